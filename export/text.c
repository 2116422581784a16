/*
 * text.c -- the text helpers of the writers: quoting for DOT, escaping for
 * XML 1.0, and shortening labels on character boundaries. All three walk
 * the text as UTF-8 and drop what the target format cannot carry.
 */
#include "ag_export.h"

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
