/*
 * utf8.c -- UTF-8 validation for what enters the store and the program:
 * the shortest form only, no surrogates, nothing past U+10FFFF.
 */
#include "ag_common.h"

#include <stdint.h>
#include <string.h>

size_t ag_utf8_decode(const unsigned char *s, size_t n, unsigned long *cp)
{
    size_t need;
    unsigned long c, min;

    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (s[0] >= 0xC2 && s[0] <= 0xDF) {
        need = 2;
        c = s[0] & 0x1F;
        min = 0x80;
    } else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
        need = 3;
        c = s[0] & 0x0F;
        min = 0x800;
    } else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
        need = 4;
        c = s[0] & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (n < need)
        return 0;
    for (size_t i = 1; i < need; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return need;
}

size_t ag_utf8_invalid_at(const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0, k;
    unsigned long cp;

    while (i < len) {
        if (s[i] < 0x80) {
            /* ASCII eight bytes at a time */
            uint64_t w;
            i++;
            while (i + 8 <= len) {
                memcpy(&w, s + i, 8);
                if (w & 0x8080808080808080ull)
                    break;
                i += 8;
            }
            continue;
        }
        k = ag_utf8_decode(s + i, len - i, &cp);
        if (k == 0)
            return i;
        i += k;
    }
    return len;
}

int ag_utf8_valid(const char *s)
{
    size_t n;

    if (s == NULL)
        return 1;
    n = strlen(s);
    return ag_utf8_invalid_at(s, n) == n;
}

int ag_text_utf16(const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t n = len < 1024 ? len : 1024, nul_even = 0, nul_odd = 0;

    if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
        return 1;
    /* UTF-16 text in the Latin range: every other byte is NUL */
    if (memchr(s, 0, n) == NULL)
        return 0; /* no NUL at all: the common case, found fast */
    for (size_t i = 0; i < n; i++)
        if (s[i] == 0) {
            if (i % 2 == 0)
                nul_even++;
            else
                nul_odd++;
        }
    return n >= 4 && (nul_even * 4 >= n || nul_odd * 4 >= n);
}

size_t ag_utf8_bom(const char *text, size_t len)
{
    return len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}
