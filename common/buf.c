/*
 * buf.c -- ag_buf, the growable NUL-terminated byte buffer used for every
 * piece of text the library builds (JSON, DOT, GEXF, messages), small
 * string helpers and memory helpers (growing arrays, entering pages).
 */
#define _DEFAULT_SOURCE /* madvise */
#include "ag_common.h"

#include <ctype.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

void ag_buf_init(ag_buf *b)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void ag_buf_destroy(ag_buf *b)
{
    if (b == NULL)
        return;
    free(b->data);
    ag_buf_init(b);
}

void ag_buf_reset(ag_buf *b)
{
    b->len = 0;
    if (b->data != NULL)
        b->data[0] = '\0';
}

int ag_buf_reserve(ag_buf *b, size_t extra)
{
    size_t need, cap;
    char *p;

    if (extra > SIZE_MAX - b->len - 1)
        return AG_ERR_NOMEM;
    need = b->len + extra + 1;
    if (need <= b->cap)
        return AG_OK;
    cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    p = realloc(b->data, cap);
    if (p == NULL)
        return AG_ERR_NOMEM;
    b->data = p;
    b->cap = cap;
    return AG_OK;
}

int ag_buf_append(ag_buf *b, const char *s, size_t n)
{
    if (ag_buf_reserve(b, n) != AG_OK)
        return AG_ERR_NOMEM;
    if (n > 0)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return AG_OK;
}

int ag_buf_puts(ag_buf *b, const char *s)
{
    return ag_buf_append(b, s, strlen(s));
}

int ag_buf_putc(ag_buf *b, char c)
{
    return ag_buf_append(b, &c, 1);
}

int ag_buf_printf(ag_buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return AG_ERR_USAGE;
    if (ag_buf_reserve(b, (size_t)n) != AG_OK)
        return AG_ERR_NOMEM;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return AG_OK;
}

char *ag_buf_steal(ag_buf *b)
{
    char *p = b->data;

    if (p == NULL)
        p = calloc(1, 1);
    ag_buf_init(b);
    return p;
}

int ag_grow(void *pp, size_t *cap, size_t n, size_t elem, size_t first)
{
    void *v, *nv;
    if (n < *cap)
        return AG_OK;
    size_t nc = *cap ? *cap * 2 : first;
    if (nc <= n || nc > SIZE_MAX / elem)
        return AG_ERR_NOMEM;
    memcpy(&v, pp, sizeof v);
    nv = realloc(v, nc * elem);
    if (nv == NULL)
        return AG_ERR_NOMEM;
    memcpy(pp, &nv, sizeof nv);
    *cap = nc;
    return AG_OK;
}

char *ag_strdup(const char *s)
{
    return s == NULL ? NULL : ag_strndup(s, strlen(s));
}

char *ag_strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);

    if (p == NULL)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

int ag_strcaseeq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return 0;
    return *a == *b;
}

/* Enters the pages of a block of n bytes just allocated in one call
 * (MADV_POPULATE_WRITE, Linux 5.14) instead of a page fault each: a page
 * fault cost a sixth of `central` on the 500k store. Blocks under a
 * megabyte, and kernels without it, are left alone. */
void ag_mem_populate(void *p, size_t n)
{
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    uintptr_t a = ((uintptr_t)p + 4095) & ~(uintptr_t)4095,
              b = ((uintptr_t)p + n) & ~(uintptr_t)4095;

    if (p != NULL && n >= (1u << 20) && b > a)
        (void)madvise((void *)a, b - a, MADV_POPULATE_WRITE);
#else
    (void)p;
    (void)n;
#endif
}
