/*
 * text.c -- the text helpers of the writers: quoting for DOT, escaping for
 * XML 1.0 (and XML attributes), and shortening labels on character
 * boundaries, which walk the text as UTF-8 and drop what the target format
 * cannot carry; the joined aliases of a vertex, and the check that ids stay
 * distinct once quoted, which the DOT, GEXF and GraphML writers share.
 */
#include "export_int.h"

#include <stdlib.h>
#include <string.h>

/* Decodes the code point at s[*i] and advances *i past it. Returns the code
 * point, or -1 for a byte that does not start valid UTF-8 (then *i moves one
 * byte), refusing overlong forms, surrogates and values past U+10FFFF. */
static long utf8_next(const char *s, size_t *i)
{
    const unsigned char *p = (const unsigned char *)s + *i;
    long cp;
    size_t n, k;

    if (p[0] < 0x80) {
        *i += 1;
        return p[0];
    }
    if (p[0] >= 0xC2 && p[0] <= 0xDF) {
        n = 2;
        cp = p[0] & 0x1F;
    } else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
        n = 3;
        cp = p[0] & 0x0F;
    } else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
        n = 4;
        cp = p[0] & 0x07;
    } else {
        *i += 1;
        return -1;
    }
    for (k = 1; k < n; k++) {
        if ((p[k] & 0xC0) != 0x80) {
            *i += 1;
            return -1;
        }
        cp = (cp << 6) | (p[k] & 0x3F);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
        *i += 1;
        return -1;
    }
    *i += n;
    return cp;
}

int ag_export_dot_quote(ag_buf *out, const char *s)
{
    size_t i = 0, start;
    int rc;

    if ((rc = ag_buf_putc(out, '"')) != AG_OK)
        return rc;
    while (s != NULL && s[i] != '\0') {
        long cp;

        start = i;
        cp = utf8_next(s, &i);
        if (cp == '"')
            rc = ag_buf_puts(out, "\\\"");
        else if (cp == '\\')
            rc = ag_buf_puts(out, "\\\\");
        else if (cp == '&')
            rc = ag_buf_puts(out, "&amp;");
        else if (cp == '\n')
            rc = ag_buf_puts(out, "\\n");
        else if (cp == '\t')
            rc = ag_buf_putc(out, ' ');
        else if (cp < 0x20 || cp == 0x7F)
            continue; /* other controls and invalid bytes: dropped */
        else
            rc = ag_buf_append(out, s + start, i - start);
        if (rc != AG_OK)
            return rc;
    }
    return ag_buf_putc(out, '"');
}

int ag_export_xml_escape(ag_buf *out, const char *s)
{
    size_t i = 0, start;
    int rc = AG_OK;

    /* make sure the buffer is a string even when s is empty */
    if ((rc = ag_buf_append(out, "", 0)) != AG_OK)
        return rc;
    while (s != NULL && s[i] != '\0') {
        long cp;

        start = i;
        cp = utf8_next(s, &i);
        switch (cp) {
        case '&':
            rc = ag_buf_puts(out, "&amp;");
            break;
        case '<':
            rc = ag_buf_puts(out, "&lt;");
            break;
        case '>':
            rc = ag_buf_puts(out, "&gt;");
            break;
        case '"':
            rc = ag_buf_puts(out, "&quot;");
            break;
        case '\'':
            rc = ag_buf_puts(out, "&apos;");
            break;
        case '\t':
            rc = ag_buf_puts(out, "&#9;");
            break;
        case '\n':
            rc = ag_buf_puts(out, "&#10;");
            break;
        case '\r':
            rc = ag_buf_puts(out, "&#13;");
            break;
        default:
            /* XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
             * [#x10000-#x10FFFF]; surrogates never come out of utf8_next */
            if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF)
                continue;
            rc = ag_buf_append(out, s + start, i - start);
            break;
        }
        if (rc != AG_OK)
            return rc;
    }
    return rc;
}

/* characters not worth keeping before an ellipsis */
static int is_trailing_junk(char c)
{
    return c == ' ' || c == ';' || c == ',' || c == '-' || c == ':';
}

int ag_export_shorten(ag_buf *out, const char *s, size_t max)
{
    size_t i = 0, count = 0, cut = 0, len;

    if (s == NULL)
        return ag_buf_append(out, "", 0);
    len = strlen(s);
    if (max < 2)
        max = 2;
    while (i < len) {
        if (count == max - 1)
            cut = i;
        (void)utf8_next(s, &i);
        count++;
    }
    if (count <= max)
        return ag_buf_append(out, s, len);
    while (cut > 0 && is_trailing_junk(s[cut - 1]))
        cut--;
    if (ag_buf_append(out, s, cut) != AG_OK)
        return AG_ERR_NOMEM;
    return ag_buf_puts(out, "\xE2\x80\xA6");
}

int ag_export_xml_attr(ag_buf *out, const char *name, const char *value)
{
    if (ag_buf_printf(out, " %s=\"", name) != AG_OK || ag_export_xml_escape(out, value) != AG_OK)
        return AG_ERR_NOMEM;
    return ag_buf_putc(out, '"');
}

int ag_export_aliases_join(ag_buf *out, const ag_vertex *v)
{
    int rc = AG_OK;

    for (size_t k = 0; k < v->n_aliases && rc == AG_OK; k++)
        rc = ag_buf_printf(out, "%s%s", k ? "; " : "", v->aliases[k] ? v->aliases[k] : "");
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int ag_export_ids_clash(const ag_graph *g, int (*quote)(ag_buf *, const char *),
                        const char *reserved, int *clash)
{
    char **quoted = calloc(g->n_vertices + 1, sizeof *quoted);
    size_t i, n = 0, rlen = reserved != NULL ? strlen(reserved) : 0;
    int rc = AG_ERR_NOMEM;

    *clash = 0;
    if (quoted == NULL)
        goto out;
    for (i = 0; i < g->n_vertices; i++) {
        ag_buf q;

        ag_buf_init(&q);
        if (quote(&q, g->vertices[i].id) != AG_OK) {
            ag_buf_destroy(&q);
            goto out;
        }
        quoted[n++] = ag_buf_steal(&q);
        if (reserved != NULL && strncmp(quoted[n - 1], reserved, rlen) == 0)
            *clash = 1;
    }
    qsort(quoted, n, sizeof *quoted, cmp_str);
    for (i = 1; i < n; i++)
        if (strcmp(quoted[i - 1], quoted[i]) == 0)
            *clash = 1;
    rc = AG_OK;
out:
    for (i = 0; i < n; i++)
        free(quoted[i]);
    free(quoted);
    return rc;
}
