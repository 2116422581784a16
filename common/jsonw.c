/*
 * jsonw.c -- a streaming JSON writer into an ag_buf for the hot output
 * paths (`extract --jsonl`): strings and numbers are written byte for byte
 * as cJSON 1.7 prints them unformatted, so that output made here equals the
 * output of the cJSON object tree it replaces, without building the tree.
 */
#include "ag_common.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Does s[0..n) hold a byte below 32, a quote or a backslash? Eight bytes
 * at a time (exact tests for a byte below 32 and for a zero byte). */
static int needs_escape(const char *s, size_t n)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    size_t i = 0;

    for (; i + 8 <= n; i += 8) {
        uint64_t w, q, bs;
        memcpy(&w, s + i, 8);
        q = w ^ (ones * '"');
        bs = w ^ (ones * '\\');
        if (((w - ones * 32) & ~w & high) || ((q - ones) & ~q & high) || ((bs - ones) & ~bs & high))
            return 1;
    }
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 32 || c == '"' || c == '\\')
            return 1;
    }
    return 0;
}

int ag_json_str(ag_buf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    size_t n = 0, esc = 0;
    char *p;

    if (s == NULL)
        return ag_buf_append(b, "\"\"", 2);
    n = strlen(s);
    if (needs_escape(s, n)) {
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c < 32 || c == '"' || c == '\\')
                esc += 5; /* at most \u00XX: 6 bytes for 1 */
        }
    }
    if (ag_buf_reserve(b, n + esc + 2) != AG_OK)
        return AG_ERR_NOMEM;
    p = b->data + b->len;
    *p++ = '"';
    if (esc == 0) {
        memcpy(p, s, n);
        p += n;
    } else {
        for (const unsigned char *q = (const unsigned char *)s; *q; q++) {
            unsigned char c = *q;
            if (c >= 32 && c != '"' && c != '\\') {
                *p++ = (char)c;
                continue;
            }
            *p++ = '\\';
            switch (c) {
            case '"':
                *p++ = '"';
                break;
            case '\\':
                *p++ = '\\';
                break;
            case '\b':
                *p++ = 'b';
                break;
            case '\f':
                *p++ = 'f';
                break;
            case '\n':
                *p++ = 'n';
                break;
            case '\r':
                *p++ = 'r';
                break;
            case '\t':
                *p++ = 't';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hex[c >> 4];
                *p++ = hex[c & 15];
                break;
            }
        }
    }
    *p++ = '"';
    b->len = (size_t)(p - b->data);
    b->data[b->len] = '\0';
    return AG_OK;
}

int ag_json_str_or_null(ag_buf *b, const char *s)
{
    if (s == NULL || s[0] == '\0')
        return ag_buf_append(b, "null", 4);
    return ag_json_str(b, s);
}

int ag_json_key(ag_buf *b, const char *key)
{
    if (ag_json_str(b, key) != AG_OK)
        return AG_ERR_NOMEM;
    return ag_buf_putc(b, ':');
}

/* cJSON's test whether the 15-digit form reads back as the same number. */
static int same_double(double a, double b)
{
    double max = fabs(a) > fabs(b) ? fabs(a) : fabs(b);
    return fabs(a - b) <= max * DBL_EPSILON;
}

/* Writes the decimal digits of v into the end of tmp[0..end): returns where they start. */
static char *put_uint(char *end, unsigned long long v)
{
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
    } while (v > 0);
    return end;
}

int ag_json_num(ag_buf *b, double d)
{
    char tmp[32];
    int n;

    if (isnan(d) || isinf(d)) {
        n = snprintf(tmp, sizeof tmp, "null");
    } else if (d > INT_MIN && d < INT_MAX && d == (double)(int)d && !(d == 0 && signbit(d))) {
        /* a shortcut: "%1.15g" prints these integers exactly as "%d" does */
        long long v = (int)d;
        char *p = put_uint(tmp + sizeof tmp, (unsigned long long)(v < 0 ? -v : v));
        if (v < 0)
            *--p = '-';
        return ag_buf_append(b, p, (size_t)(tmp + sizeof tmp - p));
    } else if (d != 0 && fabs(d) < 1e9 && (double)llround(d * 1000.0) / 1000.0 == d) {
        /* thousandths (confidences): d is the double nearest to k / 1000,
         * which has at most 12 significant digits, so "%1.15g" prints that
         * decimal, without trailing zeros, and it reads back as d */
        long long k = llround(d * 1000.0);
        unsigned long long a = (unsigned long long)(k < 0 ? -k : k);
        char *end = tmp + sizeof tmp, *p;
        unsigned frac = (unsigned)(a % 1000);
        int digits = 3;
        while (frac % 10 == 0) { /* not 0: d is no integer */
            frac /= 10;
            digits--;
        }
        p = end;
        for (int i = 0; i < digits; i++) {
            *--p = (char)('0' + frac % 10);
            frac /= 10;
        }
        *--p = '.';
        p = put_uint(p, a / 1000);
        if (k < 0)
            *--p = '-';
        return ag_buf_append(b, p, (size_t)(end - p));
    } else {
        n = snprintf(tmp, sizeof tmp, "%1.15g", d);
        if (!same_double(strtod(tmp, NULL), d))
            n = snprintf(tmp, sizeof tmp, "%1.17g", d);
    }
    if (n < 0 || (size_t)n >= sizeof tmp)
        return AG_ERR_NOMEM;
    return ag_buf_append(b, tmp, (size_t)n);
}
