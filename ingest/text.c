/*
 * text.c -- lines, sentences and tokens. The tokenizer classifies bytes and
 * slices the text (tokens are byte ranges, nothing is copied); the sentence
 * splitter survives abbreviations ("Dec. 30", "U.S.", "D.C.", "Mr."),
 * closing quotes, and headline or caption lines without final punctuation.
 */
#include "extract_int.h"

#include <utf8proc.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static int is_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* The classes of a byte inside a word, one table lookup for the scan of
 * an ASCII word: C_WORD a letter, digit or byte >= 0x80 (is_letter or
 * is_digit), C_LOWER 'a'-'z', C_ALPHA an ASCII letter, C_HIGH >= 0x80,
 * C_UPPER 'A'-'Z' (the byte's lower case is 32 more). */
enum { C_WORD = 1, C_LOWER = 2, C_ALPHA = 4, C_HIGH = 8, C_UPPER = 16 };
static const unsigned char word_class[256] = {
    0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
    0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
    1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  0,  0,  0,  0,  0,  0,  0,  21, 21, 21, 21, 21, 21, 21,
    21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 0,  0,  0,  0,  0,
    0,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,
    7,  7,  7,  0,  0,  0,  0,  0,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,
    9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,
    9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,
    9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,
    9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,
    9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,
};

static int push_tok(ex_token **toks, size_t *ntok, size_t *cap, const char *s, size_t b, size_t e,
                    uint32_t flags)
{
    if (*ntok == *cap && ag_grow(toks, cap, *ntok, sizeof **toks, 256) != AG_OK)
        return AG_ERR_NOMEM;
    ex_token *t = &(*toks)[(*ntok)++];
    t->s = (uint32_t)b;
    t->e = (uint32_t)e;
    t->ch = (flags & TK_PUNCT) ? s[b] : 0;
    if (flags & TK_WORD) {
        /* the word's case and its hash in one pass */
        unsigned char c0 = (unsigned char)s[b];
        int upper = 1, letters = 0;
        uint64_t h = EX_HASH_INIT;
        utf8proc_int32_t cp;
        if (c0 >= 'A' && c0 <= 'Z')
            flags |= TK_CAP;
        else if (c0 >= 0x80 &&
                 utf8proc_iterate((const utf8proc_uint8_t *)s + b, (utf8proc_ssize_t)(e - b), &cp) >
                     0 &&
                 utf8proc_category(cp) == UTF8PROC_CATEGORY_LU)
            flags |= TK_CAP; /* "Łukasz", "Ömer", "Żytomyr" */
        size_t i = b;
        while (i < e) {
            unsigned char c = (unsigned char)s[i];
            if (c < 0x80) {
                unsigned char l = c | 0x20;
                if (c >= 'a' && c <= 'z')
                    upper = 0;
                letters += l >= 'a' && l <= 'z';
                h = ex_hash_step(h, ex_lower(c));
                i++;
                continue;
            }
            utf8proc_ssize_t l =
                utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(e - i), &cp);
            if (l <= 0)
                break;
            if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LL)
                upper = 0;
            if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LU)
                letters++;
            for (size_t k = i; k < i + (size_t)l; k++)
                h = ex_hash_step(h, (unsigned char)s[k]);
            i += (size_t)l;
        }
        for (; i < e; i++) /* the bytes after a bad sequence */
            h = ex_hash_step(h, ex_lower((unsigned char)s[i]));
        if (upper && letters >= 2)
            flags |= TK_UPPER;
        t->h = h;
    } else {
        t->h = ex_hash_lower(s + b, e - b);
    }
    t->flags = flags;
    return AG_OK;
}

int ex_tokenize(const char *s, size_t n, ex_token **toks, size_t *ntok, size_t *cap)
{
    size_t i = 0;
    *ntok = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        size_t b = i;
        uint32_t fl;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            i++;
            continue;
        }
        if (is_letter(c)) {
            /* initials with dots: U.S., D.C., U.K. */
            if (i + 3 < n + 0 && s[i + 1] == '.' && isalpha((unsigned char)s[i + 2]) &&
                s[i + 3] == '.') {
                i += 4;
                while (i + 1 < n && isalpha((unsigned char)s[i]) && s[i + 1] == '.')
                    i += 2;
                if (push_tok(toks, ntok, cap, s, b, i, TK_WORD) != AG_OK)
                    return AG_ERR_NOMEM;
                continue;
            }
            /* an ASCII word's case and hash as it is scanned (push_tok's) */
            uint64_t h = EX_HASH_INIT;
            unsigned high = 0, lower = 0, letters = 0;
            while (i < n) {
                unsigned char d = (unsigned char)s[i];
                unsigned t = word_class[d];
                if (t & C_WORD) {
                    high |= t & C_HIGH;
                    lower |= t & C_LOWER;
                    letters += (t & C_ALPHA) != 0;
                    h = ex_hash_step(h, (unsigned char)(d + ((t & C_UPPER) << 1)));
                    i++;
                } else if (d == '\'' && i + 1 < n && is_letter((unsigned char)s[i + 1]) &&
                           !((s[i + 1] == 's' || s[i + 1] == 'S') &&
                             (i + 2 >= n || !is_letter((unsigned char)s[i + 2])))) {
                    h = ex_hash_step(h, d);
                    i++;
                } else {
                    break;
                }
            }
            if (!high) {
                if (*ntok == *cap && ag_grow(toks, cap, *ntok, sizeof **toks, 256) != AG_OK)
                    return AG_ERR_NOMEM;
                ex_token *t = &(*toks)[(*ntok)++];
                t->s = (uint32_t)b;
                t->e = (uint32_t)i;
                t->ch = 0;
                t->h = h;
                t->flags = TK_WORD | (c >= 'A' && c <= 'Z' ? TK_CAP : 0) |
                           (!lower && letters >= 2 ? TK_UPPER : 0);
                continue;
            }
            fl = TK_WORD;
        } else if (is_digit(c)) {
            while (i < n) {
                unsigned char d = (unsigned char)s[i];
                if (is_digit(d) || is_letter(d))
                    i++;
                else if ((d == ',' || d == '.') && i + 1 < n && is_digit((unsigned char)s[i + 1]))
                    i++;
                else
                    break;
            }
            fl = TK_NUM;
        } else if (c == '\'' && i + 1 < n && (s[i + 1] == 's' || s[i + 1] == 'S') &&
                   (i + 2 >= n || !is_letter((unsigned char)s[i + 2]))) {
            i += 2;
            fl = TK_WORD | TK_POSS;
        } else if (c == '\'' && i > 0 && (s[i - 1] == 's' || s[i - 1] == 'S') &&
                   (i + 1 >= n || s[i + 1] == ' ') && *ntok > 0 && (*toks)[*ntok - 1].e == i) {
            i++; /* "Hamas' attack": a plural or s-final possessive */
            fl = TK_WORD | TK_POSS;
        } else {
            i++;
            fl = TK_PUNCT;
        }
        if (push_tok(toks, ntok, cap, s, b, i, fl) != AG_OK)
            return AG_ERR_NOMEM;
    }
    return AG_OK;
}

/* 0x80 in each byte of w that is a blank, 0 in the others (exact). */
static uint64_t blank_bytes(uint64_t w)
{
    const uint64_t lo7 = 0x7F7F7F7F7F7F7F7Full;
    uint64_t y = w ^ 0x2020202020202020ull;
    return ~(((y & lo7) + lo7) | y | lo7);
}

size_t ex_plain_run(const char *s, size_t i, size_t n)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;

    for (; i + 9 <= n; i += 8) {
        uint64_t w, w1;
        memcpy(&w, s + i, 8);
        memcpy(&w1, s + i + 1, 8);
        if (((w | w1) & high) || ((w - ones * 0x20) & ~w & high) ||
            ((w1 - ones * 0x20) & ~w1 & high) || (blank_bytes(w) & blank_bytes(w1)))
            break;
    }
    return i;
}

int ex_plain_line(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = ex_plain_run(s, 0, n);

    for (; i < n; i++) {
        if (u[i] >= 0x80 || u[i] < 0x20 || (u[i] == ' ' && i + 1 < n && u[i + 1] == ' '))
            return 0;
    }
    return 1;
}

static int push_span(ex_span **out, size_t *nout, size_t *cap, size_t s, size_t e, int headline)
{
    if (*nout == *cap && ag_grow(out, cap, *nout, sizeof **out, 64) != AG_OK)
        return AG_ERR_NOMEM;
    (*out)[*nout].s = s;
    (*out)[*nout].e = e;
    (*out)[*nout].headline = headline;
    (*nout)++;
    return AG_OK;
}

int ex_split_lines(const char *s, size_t n, ex_span **out, size_t *nout, size_t *cap)
{
    size_t i = 0;
    *nout = 0;
    while (i < n) {
        size_t b = i, e;
        const char *nl = memchr(s + i, '\n', n - i);
        i = nl != NULL ? (size_t)(nl - s) : n;
        e = i;
        if (i < n)
            i++;
        while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r'))
            b++;
        while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
            e--;
        if (e > b && push_span(out, nout, cap, b, e, 0) != AG_OK)
            return AG_ERR_NOMEM;
    }
    return AG_OK;
}

/* Words that end with a period without ending the sentence. */
static int is_abbrev(const char *w, size_t n)
{
    static const char *const ab[] = {
        "Mr",   "Mrs",   "Ms",     "Dr",  "St",   "Gen",  "Col",  "Lt",     "Sgt",
        "Capt", "Maj",   "Rep",    "Sen", "Gov",  "Jan",  "Feb",  "Mar",    "Apr",
        "Jun",  "Jul",   "Aug",    "Sep", "Sept", "Oct",  "Nov",  "Dec",    "No",
        "vs",   "Prof",  "Sr",     "Jr",  "Adm",  "Rev",  "Ft",   "Mt",     "Brig",
        "Cmdr", "Lieut", "approx", "etc", "Nos",  "Gens", "Pres", "Messrs", "Lt.Gen"};
    if (n == 1 && w[0] >= 'A' && w[0] <= 'Z')
        return 1; /* an initial */
    if (n == 0 || n > 6)
        return 0;
    for (size_t i = 0; i < sizeof ab / sizeof ab[0]; i++)
        if (ab[i][0] == w[0] && strlen(ab[i]) == n && memcmp(ab[i], w, n) == 0)
            return 1;
    return 0;
}

static int is_close(char c)
{
    return c == '"' || c == '\'' || c == ')' || c == ']';
}

/* The first i' >= i with s[i'] one of . ! ?, or n; eight bytes at a time
 * (an exact test for a zero byte in each XOR). */
static size_t next_stop(const char *s, size_t i, size_t n)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;

    for (; i + 8 <= n; i += 8) {
        uint64_t w, a, b, c;
        memcpy(&w, s + i, 8);
        a = w ^ (ones * '.');
        b = w ^ (ones * '!');
        c = w ^ (ones * '?');
        if (((a - ones) & ~a & high) | ((b - ones) & ~b & high) | ((c - ones) & ~c & high))
            break;
    }
    while (i < n && s[i] != '.' && s[i] != '!' && s[i] != '?')
        i++;
    return i;
}

int ex_split_line(const char *s, size_t n, ex_span **out, size_t *nout, size_t *cap)
{
    size_t b = 0, i;
    size_t last = n;
    *nout = 0;
    while (last > 0 && is_close(s[last - 1]))
        last--;
    if (last > 0 && s[last] == ')') {
        /* "... a depot. (Handout photo)": a trailing parenthesis */
        size_t o = last;
        while (o > 0 && s[o - 1] != '(')
            o--;
        if (o > 2 && s[o - 2] == ' ')
            last = o - 2;
    }
    if (last == 0 ||
        (s[last - 1] != '.' && s[last - 1] != '!' && s[last - 1] != '?' && s[last - 1] != ':')) {
        /* a heading; but a long paragraph cut short ("... and the") is
         * still sentences */
        if (n < 240 || memchr(s, '.', n) == NULL)
            return push_span(out, nout, cap, 0, n, 1);
    }
    for (i = 0; i < n; i++) {
        if ((i = next_stop(s, i, n)) >= n)
            break;
        char c = s[i];
        size_t e = i + 1;
        while (e < n && is_close(s[e]))
            e++;
        if (e >= n)
            break;
        if (c == '.' && e == i + 1 && e + 1 < n && s[e] >= 'A' && s[e] <= 'Z' && s[e + 1] >= 'a' &&
            s[e + 1] <= 'z') {
            /* "...of the Congo.Rwanda's minister": two sentences glued by a
             * lost space, after a lower-case word of three letters or more */
            size_t w = i;
            while (w > 0 && isalpha((unsigned char)s[w - 1]))
                w--;
            if (i - w >= 3 && islower((unsigned char)s[i - 1]) && !is_abbrev(s + w, i - w) &&
                (w == 0 || s[w - 1] == ' ')) {
                if (push_span(out, nout, cap, b, e, 0) != AG_OK)
                    return AG_ERR_NOMEM;
                b = e;
                i = e - 1;
                continue;
            }
        }
        if (s[e] != ' ' || e + 1 >= n)
            continue;
        unsigned char nx = (unsigned char)s[e + 1];
        if (!((nx >= 'A' && nx <= 'Z') || is_digit(nx) || nx == '"' || nx == '(' || nx >= 0xC3))
            continue;
        if (c == '.') {
            size_t w = i;
            while (w > 0 && isalpha((unsigned char)s[w - 1]))
                w--;
            /* "U.S." style: a letter preceded by a dot */
            if (i - w == 1 && w > 0 && s[w - 1] == '.')
                continue;
            if (is_abbrev(s + w, i - w))
                continue;
        }
        if (push_span(out, nout, cap, b, e, 0) != AG_OK)
            return AG_ERR_NOMEM;
        b = e + 1;
        i = e;
    }
    if (b < n && push_span(out, nout, cap, b, n, 0) != AG_OK)
        return AG_ERR_NOMEM;
    return AG_OK;
}
