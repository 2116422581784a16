/*
 * attrs.c -- attributes of an edge found in its sentence: the date (explicit
 * "January 3, 2024", "Dec. 30", weekdays, "in October", "last month",
 * resolved against the article's date) and the quantity ("more than 1,000
 * containers", "$250 million", "a million artillery shells").
 */
#define _POSIX_C_SOURCE 200809L
#include "extract_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const months[12][2] = {
    {"January", "Jan"},    {"February", "Feb"}, {"March", "Mar"},    {"April", "Apr"},
    {"May", "May"},        {"June", "Jun"},     {"July", "Jul"},     {"August", "Aug"},
    {"September", "Sept"}, {"October", "Oct"},  {"November", "Nov"}, {"December", "Dec"}};
static const char *const weekdays[7] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday"};

/* isalnum in the C locale */
static int ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Are s[0..n) all ASCII digits? */
static int ascii_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

/* The classes of a byte for the date and quantity scans: B_DATE may start
 * a date (the first letter of a month, a weekday, "Yesterday", "Today",
 * or 'l', 'y', 't': what date_at can match), B_QTY may start a quantity
 * (a digit, '$', one of "otfsenwa" or NUL), B_ALNUM an ASCII letter or
 * digit (no date starts right after one), B_QWORD that or '-' (nor a
 * quantity). B_ALNUM >> 2 == B_DATE and B_QWORD >> 2 == B_QTY. */
enum { B_DATE = 1, B_QTY = 2, B_ALNUM = 4, B_QWORD = 8 };
static const unsigned char scan_class[256] = {
    2,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
    0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  2,  0,  0,  0,  0,  0,
    0,  0,  0,  8,  0,  0,  14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 0,  0,  0,  0,  0,
    0,  0,  13, 12, 12, 13, 12, 13, 12, 12, 12, 13, 12, 12, 13, 13, 13, 12, 12, 12, 13,
    13, 12, 12, 13, 12, 13, 12, 0,  0,  0,  0,  0,  0,  14, 12, 12, 12, 14, 14, 12, 12,
    12, 12, 12, 13, 12, 14, 14, 12, 12, 12, 14, 15, 12, 12, 14, 12, 13, 12,
};

/* Bit k: s[base + k] (for base + k < n) starts a word and is of class
 * `what` (B_DATE or B_QTY): the positions the scans below try, found
 * without a branch per byte. */
static uint64_t word_starts(const char *s, size_t n, size_t base, unsigned what)
{
    uint64_t m = 0;
    size_t end = n - base < 64 ? n - base : 64;
    unsigned prev = base > 0 ? scan_class[(unsigned char)s[base - 1]] : 0;
    for (size_t k = 0; k < end; k++) {
        unsigned cur = scan_class[(unsigned char)s[base + k]];
        m |= (uint64_t)((cur & ~(prev >> 2) & what) != 0) << k;
        prev = cur;
    }
    return m;
}

/* The next position a scan tries, or n: the lowest bit of *m, with the
 * next blocks of 64 bytes from *base on when *m has none left. */
static size_t next_start(const char *s, size_t n, size_t *base, uint64_t *m, unsigned what)
{
    while (*m == 0) {
        if (n - *base <= 64)
            return n;
        *base += 64;
        *m = word_starts(s, n, *base, what);
    }
    size_t i = *base + (size_t)__builtin_ctzll(*m);
    *m &= *m - 1;
    return i;
}

static int word_at(const char *s, size_t n, size_t i, const char *w)
{
    if (i >= n || s[i] != w[0])
        return 0;
    size_t l = 1; /* the bytes of w that s holds from i on: all of them, or no word */
    while (w[l] != '\0' && i + l < n && s[i + l] == w[l])
        l++;
    if (w[l] != '\0')
        return 0;
    if (i > 0 && ascii_alnum((unsigned char)s[i - 1]))
        return 0;
    if (i + l < n && isalpha((unsigned char)s[i + l]))
        return 0;
    return (int)l;
}

static int month_at(const char *s, size_t n, size_t i, size_t *len)
{
    for (int m = 0; m < 12; m++) {
        if (months[m][0][0] != s[i])
            continue;
        int l = word_at(s, n, i, months[m][0]);
        if (l == 0) {
            l = word_at(s, n, i, months[m][1]);
            if (l == 0 && m == 8)
                l = word_at(s, n, i, "Sep");
            if (l > 0 && i + (size_t)l < n && s[i + (size_t)l] == '.')
                l++;
            else if (l > 0 && m != 4 && strlen(months[m][0]) != (size_t)l)
                l = 0; /* "Mar" alone is too ambiguous without the dot */
        }
        if (l > 0) {
            *len = (size_t)l;
            return m + 1;
        }
    }
    return 0;
}

/* The n last decimal digits of v >= 0, with leading zeros ("%0Nd" of a
 * number of at most n digits). */
static void put_digits(char *out, int v, int n)
{
    for (int i = n - 1; i >= 0; i--) {
        out[i] = (char)('0' + v % 10);
        v /= 10;
    }
}

static void fmt_date(char out[11], int y, int m, int d)
{
    int y2, m2, d2;
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) {
        out[0] = '\0';
        return;
    }
    ag_civil_from_days(ag_days_from_civil(y, m, d), &y2, &m2, &d2);
    if (y2 != y || m2 != m || d2 != d) {
        out[0] = '\0'; /* "February 30" is no date */
        return;
    }
    put_digits(out, y, 4);
    out[4] = '-';
    put_digits(out + 5, m, 2);
    out[7] = '-';
    put_digits(out + 8, d, 2);
    out[10] = '\0';
}

/* A month without a day keeps its precision: "2024-02". */
static void fmt_month(char out[11], int y, int m)
{
    if (y < 1 || y > 9999 || m < 1 || m > 12) {
        out[0] = '\0';
        return;
    }
    put_digits(out, y, 4);
    out[4] = '-';
    put_digits(out + 5, m, 2);
    out[7] = '\0';
}

#define P3(a, b, c)                                                                                \
    ((uint32_t)(unsigned char)(a) | (uint32_t)(unsigned char)(b) << 8 |                            \
     (uint32_t)(unsigned char)(c) << 16)

/* Do the three bytes at s begin one of the words date_at matches (months
 * and their abbreviations, weekdays, "last month", "yesterday", "today",
 * each at least three bytes long)? Tested before date_at, which tries the
 * words one by one. */
static int date_word3(const char *s)
{
    switch (P3(s[0], s[1], s[2])) {
    case P3('J', 'a', 'n'):
    case P3('F', 'e', 'b'):
    case P3('M', 'a', 'r'):
    case P3('A', 'p', 'r'):
    case P3('M', 'a', 'y'):
    case P3('J', 'u', 'n'):
    case P3('J', 'u', 'l'):
    case P3('A', 'u', 'g'):
    case P3('S', 'e', 'p'):
    case P3('O', 'c', 't'):
    case P3('N', 'o', 'v'):
    case P3('D', 'e', 'c'):
    case P3('M', 'o', 'n'):
    case P3('T', 'u', 'e'):
    case P3('W', 'e', 'd'):
    case P3('T', 'h', 'u'):
    case P3('F', 'r', 'i'):
    case P3('S', 'a', 't'):
    case P3('S', 'u', 'n'):
    case P3('l', 'a', 's'):
    case P3('y', 'e', 's'):
    case P3('Y', 'e', 's'):
    case P3('t', 'o', 'd'):
    case P3('T', 'o', 'd'):
        return 1;
    default:
        return 0;
    }
}
#undef P3

/* A date expression starting at s[i], resolved against py-pm-pd into out:
 * 1 found, 0 none. */
static int date_at(const char *s, size_t n, size_t i, int py, int pm, int pd, char out[11])
{
    size_t ml;
    unsigned char c0 = (unsigned char)s[i];
    if (i > 0 && isalnum((unsigned char)s[i - 1]))
        return 0; /* only at the start of a word */
    if (!(c0 >= 'A' && c0 <= 'Z') && c0 != 'l' && c0 != 'y' && c0 != 't')
        return 0;
    int m = (c0 >= 'A' && c0 <= 'Z') ? month_at(s, n, i, &ml) : 0;
    if (m > 0) {
        size_t j = i + ml;
        while (j < n && s[j] == ' ')
            j++;
        if (j < n && isdigit((unsigned char)s[j])) {
            size_t k = j;
            while (k < n && isdigit((unsigned char)s[k]))
                k++;
            /* atoi's value of one or two digits */
            int day =
                k - j <= 2 ? (k - j == 2 ? (s[j] - '0') * 10 + (s[j + 1] - '0') : s[j] - '0') : 0;
            if (day >= 1 && day <= 31 && k - j <= 2) {
                int year = 0;
                if (k + 2 < n && s[k] == ',' && s[k + 1] == ' ' &&
                    isdigit((unsigned char)s[k + 2]) && atoi(s + k + 2) > 1900)
                    year = atoi(s + k + 2);
                if (year == 0 && py > 0)
                    year = (m > pm || (m == pm && day > pd)) ? py - 1 : py;
                if (year > 0) {
                    fmt_date(out, year, m, day);
                    return 1;
                }
            }
        }
        /* "in October", "since August" */
        if (((i >= 3 && strncasecmp(s + i - 3, "in ", 3) == 0) ||
             (i >= 6 && strncasecmp(s + i - 6, "since ", 6) == 0)) &&
            py > 0) {
            int year = 0;
            if (j + 4 <= n && isdigit((unsigned char)s[j]) && atoi(s + j) > 1900)
                year = atoi(s + j);
            else
                year = m > pm ? py - 1 : py;
            fmt_month(out, year, m);
            return 1;
        }
    }
    for (int w = 0; w < 7 && py > 0 && c0 >= 'A' && c0 <= 'Z'; w++) {
        if (weekdays[w][0] == s[i] && word_at(s, n, i, weekdays[w])) {
            /* "Monday March 4", "Monday, March 4": the date it names */
            size_t j = i + strlen(weekdays[w]);
            if (j < n && s[j] == ',')
                j++;
            while (j < n && s[j] == ' ')
                j++;
            size_t ml2;
            if (j < n && j > i + strlen(weekdays[w]) && month_at(s, n, j, &ml2) > 0 &&
                date_at(s, n, j, py, pm, pd, out))
                return 1;
            int pw = ag_weekday(py, pm, pd);
            int back = (pw - w + 7) % 7;
            long z = ag_days_from_civil(py, pm, pd) - back;
            int y, mm, dd;
            ag_civil_from_days(z, &y, &mm, &dd);
            fmt_date(out, y, mm, dd);
            return 1;
        }
    }
    if (py <= 0 || !(c0 == 'l' || c0 == 'y' || c0 == 'Y' || c0 == 't' || c0 == 'T'))
        return 0; /* none of the words below */
    if (py > 0 && word_at(s, n, i, "last month")) {
        int y = pm == 1 ? py - 1 : py, mm = pm == 1 ? 12 : pm - 1;
        fmt_month(out, y, mm);
        return 1;
    }
    if (py > 0 && (word_at(s, n, i, "yesterday") || word_at(s, n, i, "Yesterday"))) {
        int y, mm, dd;
        ag_civil_from_days(ag_days_from_civil(py, pm, pd) - 1, &y, &mm, &dd);
        fmt_date(out, y, mm, dd);
        return 1;
    }
    if (py > 0 && (word_at(s, n, i, "today") || word_at(s, n, i, "Today"))) {
        fmt_date(out, py, pm, pd);
        return 1;
    }
    return 0;
}

/* Does a saying verb stand right before s[i]: "said on Friday", "said
 * Friday", "told reporters on Thursday"? Such a date is when it was said. */
static int said_before(const char *s, size_t i)
{
    static const char *const pre[] = {
        "said on ",           "said ",           "says ",
        "told reporters on ", "told reporters ", "announced on ",
        "said late on ",      "said early on ",  "said in a statement on "};
    for (size_t k = 0; k < sizeof pre / sizeof pre[0]; k++) {
        size_t l = strlen(pre[k]);
        if (i >= l && ex_caseeq(s + i - l, pre[k], l))
            return 1;
    }
    return 0;
}

void ex_find_date(const char *s, size_t n, const char *published, char out[11])
{
    int py = 0, pm = 0, pd = 0;
    char said[11] = "";
    out[0] = '\0';
    if (published != NULL && strlen(published) == 10) {
        const char *p = published;
        if (ascii_digits(p, 4) && p[4] == '-' && ascii_digits(p + 5, 2) && p[7] == '-' &&
            ascii_digits(p + 8, 2)) { /* "YYYY-MM-DD": what atoi reads, without it */
            py = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
            pm = (p[5] - '0') * 10 + (p[6] - '0');
            pd = (p[8] - '0') * 10 + (p[9] - '0');
        } else {
            py = atoi(published);
            pm = atoi(published + 5);
            pd = atoi(published + 8);
        }
    }
    size_t base = 0;
    uint64_t m = n > 0 ? word_starts(s, n, 0, B_DATE) : 0;
    for (size_t i = next_start(s, n, &base, &m, B_DATE); i < n;
         i = next_start(s, n, &base, &m, B_DATE)) {
        /* what date_at looks at first, then the words it may match */
        if (i + 3 > n || !date_word3(s + i) || !date_at(s, n, i, py, pm, pd, out))
            continue;
        if (!said_before(s, i))
            return;
        if (said[0] == '\0')
            memcpy(said, out, sizeof said); /* when it was said: only if nothing else */
        out[0] = '\0';
    }
    memcpy(out, said, sizeof said);
}

/* ---- datelines ----------------------------------------------------------- */

/* A full date with its year at s[i]: "14 March 2025", "March 14, 2025",
 * "Mar. 14, 2025", "2025-03-14". Returns its length, 0 if none. */
static size_t full_date_at(const char *s, size_t n, size_t i, char out[11])
{
    size_t j = i, ml;
    int d = 0, m = 0, y = 0;
    if (j + 10 <= n && isdigit((unsigned char)s[j]) && s[j + 4] == '-' && s[j + 7] == '-') {
        char tmp[11];
        memcpy(tmp, s + j, 10);
        tmp[10] = '\0';
        if (ag_date_check(tmp, NULL) == AG_OK) {
            memcpy(out, tmp, 11);
            return 10;
        }
        return 0;
    }
    if (j < n && isdigit((unsigned char)s[j])) { /* 14 March 2025 */
        d = atoi(s + j);
        while (j < n && isdigit((unsigned char)s[j]))
            j++;
        if (j >= n || s[j] != ' ')
            return 0;
        j++;
        if (j >= n || (m = month_at(s, n, j, &ml)) == 0)
            return 0;
        j += ml;
        if (j + 5 > n || s[j] != ' ' || !isdigit((unsigned char)s[j + 1]))
            return 0;
        y = atoi(s + j + 1);
        j += 5;
    } else if (j < n && (m = month_at(s, n, j, &ml)) > 0) { /* March 14, 2025 */
        j += ml;
        if (j + 1 >= n || s[j] != ' ' || !isdigit((unsigned char)s[j + 1]))
            return 0;
        d = atoi(s + j + 1);
        j++;
        while (j < n && isdigit((unsigned char)s[j]))
            j++;
        if (j + 6 > n || s[j] != ',' || s[j + 1] != ' ' || !isdigit((unsigned char)s[j + 2]))
            return 0;
        y = atoi(s + j + 2);
        j += 6;
    } else {
        return 0;
    }
    if (y < 1900 || y > 2100)
        return 0;
    fmt_date(out, y, m, d);
    return out[0] ? j - i : 0;
}

size_t ex_dateline(const char *s, size_t n, char out[11])
{
    size_t i = 0, caps = 0;
    out[0] = '\0';
    while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
        i++;
    /* the place: capital letters, spaces, dots, hyphens ("KYIV", "UNITED NATIONS") */
    while (i < n && i < 60 &&
           (isupper((unsigned char)s[i]) || s[i] == ' ' || s[i] == '.' || s[i] == '-' ||
            s[i] == '\'')) {
        caps += isupper((unsigned char)s[i]) != 0;
        i++;
    }
    if (caps < 3)
        return 0;
    /* ", Ukraine" or "(Reuters)" may follow the place */
    for (int part = 0; part < 2 && i < n; part++) {
        size_t k = i;
        if (k + 1 < n && s[k] == ',' && s[k + 1] == ' ')
            k += 2;
        else if (k < n && s[k] == ' ')
            k++;
        size_t len = full_date_at(s, n, k, out);
        if (len > 0) {
            k += len;
            while (k < n &&
                   (s[k] == ' ' || s[k] == '(' || s[k] == ')' || isalpha((unsigned char)s[k])) &&
                   k < i + 60)
                k++; /* "(Reuters)" */
            if (k + 3 <= n && ((unsigned char)s[k] == 0xE2 || s[k] == '-'))
                return k + ((unsigned char)s[k] == 0xE2 ? 3 : 1); /* a dash: the end */
            out[0] = '\0';
            return 0;
        }
        /* a region after the place: "ODESA, Ukraine, 3 May 2024 -" */
        if (s[i] != ',')
            return 0;
        k = i + 1;
        while (k < n && k < i + 30 && s[k] != ',')
            k++;
        i = k;
    }
    return 0;
}

static const struct {
    const char *w;
    double v;
} number_words[] = {{"one", 1},       {"two", 2},      {"three", 3},   {"four", 4},
                    {"five", 5},      {"six", 6},      {"seven", 7},   {"eight", 8},
                    {"nine", 9},      {"ten", 10},     {"eleven", 11}, {"twelve", 12},
                    {"fifteen", 15},  {"twenty", 20},  {"thirty", 30}, {"fifty", 50},
                    {"hundred", 100}, {"a dozen", 12}, {"a", 1}};

/* words and their lengths */
static const struct {
    const char *w;
    size_t l;
} qualifiers[] = {{"more than", 9}, {"at least", 8},       {"about", 5},         {"some", 4},
                  {"nearly", 6},    {"almost", 6},         {"over", 4},          {"up to", 5},
                  {"roughly", 7},   {"around", 6},         {"well over", 9},     {"fewer than", 10},
                  {"less than", 9}, {"approximately", 13}, {"an estimated", 12}, {"several", 7}};

static const struct {
    const char *w;
    size_t l;
} unit_stop[] = {{"of", 2},    {"to", 2},   {"from", 4}, {"by", 2},     {"in", 2},    {"on", 2},
                 {"at", 2},    {"for", 3},  {"and", 3},  {"with", 4},   {"since", 5}, {"that", 4},
                 {"which", 5}, {"into", 4}, {"over", 4}, {"across", 6}, {"a", 1},     {"per", 3},
                 {"the", 3},   {"as", 2},   {"were", 4}, {"was", 3},    {"had", 3},   {"have", 4},
                 {"has", 3},   {"is", 2},   {"are", 3},  {"will", 4},   {"would", 5}, {"who", 3}};

int ex_find_quantity(const char *s, size_t n, ag_quantity *q)
{
    size_t base = 0;
    uint64_t m = n > 0 ? word_starts(s, n, 0, B_QTY) : 0;
    /* not inside a word; a digit, '$', or strchr("otfsentwa", c0), which
     * finds the final NUL too */
    for (size_t i = next_start(s, n, &base, &m, B_QTY); i < n;
         i = next_start(s, n, &base, &m, B_QTY)) {
        if (!isdigit((unsigned char)s[i]) && s[i] != '$') {
            int any = 0;
            for (size_t k = 0; k < sizeof number_words / sizeof number_words[0] && !any; k++)
                any = number_words[k].w[0] == s[i] && word_at(s, n, i, number_words[k].w) > 0;
            if (!any)
                continue;
        }
        size_t b = i, j = i;
        const char *qual = NULL;
        /* a qualifier right before: "more than 1,000" */
        for (size_t k = 0; k < sizeof qualifiers / sizeof qualifiers[0] && i > 0 && s[i - 1] == ' ';
             k++) {
            size_t l = qualifiers[k].l;
            if (i >= l + 1 && s[i - 1] == ' ' && memcmp(s + i - 1 - l, qualifiers[k].w, l) == 0 &&
                (i - 1 - l == 0 || !isalnum((unsigned char)s[i - 2 - l]))) {
                qual = qualifiers[k].w;
                b = i - 1 - l;
                break;
            }
        }
        int usd = 0;
        double v = -1;
        if (j < n && s[j] == '$') {
            usd = 1;
            j++;
        }
        if (j < n && isdigit((unsigned char)s[j])) {
            char buf[32];
            size_t k = 0;
            while (j < n && (isdigit((unsigned char)s[j]) || s[j] == ',' || s[j] == '.') &&
                   k + 1 < sizeof buf) {
                if (s[j] != ',')
                    buf[k++] = s[j];
                j++;
            }
            if (k > 0 && buf[k - 1] == '.') {
                k--;
                j--;
            }
            buf[k] = '\0';
            if (j < n && isalpha((unsigned char)s[j]))
                continue; /* 10th, F-16s, 1990s */
            v = strtod(buf, NULL);
        } else if (!usd) {
            for (size_t k = 0; k < sizeof number_words / sizeof number_words[0]; k++) {
                int l = word_at(s, n, j, number_words[k].w);
                if (l > 0) {
                    /* "a" counts only before million/billion/thousand */
                    if (strcmp(number_words[k].w, "a") == 0 &&
                        !(word_at(s, n, j + 2, "million") || word_at(s, n, j + 2, "billion") ||
                          word_at(s, n, j + 2, "thousand")))
                        break;
                    v = number_words[k].v;
                    j += (size_t)l;
                    break;
                }
            }
        }
        if (v < 0)
            continue;
        /* years and days are no quantities */
        if (!usd && v >= 1900 && v <= 2100 && qual == NULL)
            continue;
        while (j < n && s[j] == ' ')
            j++;
        int l;
        if ((l = word_at(s, n, j, "million")) > 0)
            v *= 1e6;
        else if ((l = word_at(s, n, j, "billion")) > 0)
            v *= 1e9;
        else if ((l = word_at(s, n, j, "thousand")) > 0)
            v *= 1e3;
        if (l > 0) {
            j += (size_t)l;
            while (j < n && s[j] == ' ')
                j++;
        }
        if (word_at(s, n, j, "percent"))
            continue;
        /* the unit: up to three words before a stop word or punctuation */
        size_t ub = j, ue = j;
        int words = 0;
        if (word_at(s, n, j, "of"))
            j += 3; /* "dozens of drones", "hundreds of thousands of shells" */
        ub = j;
        ue = j;
        while (j < n && words < 3) {
            size_t w = j;
            while (j < n && (isalnum((unsigned char)s[j]) || s[j] == '-'))
                j++;
            if (j == w)
                break;
            int stop = 0;
            for (size_t k = 0; k < sizeof unit_stop / sizeof unit_stop[0]; k++)
                if (j - w == unit_stop[k].l && memcmp(s + w, unit_stop[k].w, j - w) == 0)
                    stop = 1;
            if (j - w > 4 && memcmp(s + j - 3, "ing", 3) == 0)
                stop = 1; /* "containers containing ..." */
            if (stop)
                break;
            ue = j;
            words++;
            if (j < n && s[j] == ' ')
                j++;
            else
                break;
        }
        if (!usd && ue == ub)
            continue;
        if (!usd && v < 2 && qual == NULL && ue - ub < 3)
            continue;
        q->present = 1;
        q->value = v;
        q->unit = usd ? ag_strdup("USD") : ag_strndup(s + ub, ue - ub);
        q->qualifier = ag_strdup(qual);
        size_t te = usd ? (l > 0 ? ub : j) : ue;
        while (te > b && s[te - 1] == ' ')
            te--;
        q->text = ag_strndup(s + b, te - b);
        if (q->unit == NULL || q->text == NULL || (qual && q->qualifier == NULL))
            return AG_ERR_NOMEM;
        return 1;
    }
    return 0;
}
