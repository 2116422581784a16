/*
 * article.c -- from raw bytes (or one JSON Lines record) to an ag_article:
 * refuses what is not text (empty, NUL bytes, invalid UTF-8, too large),
 * keeps the original bytes, and hashes a normalized form of them so that
 * the same story with other quotes, dashes or spacing gets the same hash.
 * The normalizer also keeps a map from normalized bytes back to the
 * original ones for the extractor.
 */
#include "ag_ingest.h"
#include "extract_int.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <utf8proc.h>
#include <string.h>

/* Depth of JSON nesting allowed in one article record (the record itself
 * is depth 1; its fields are flat). */
#define ARTICLE_JSON_MAX_DEPTH 16

static int is_space_cp(unsigned long cp)
{
    switch (cp) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\v':
    case '\f':
    case 0x85:   /* next line */
    case 0xA0:   /* no-break space */
    case 0x1680: /* ogham space mark */
    case 0x2028: /* line separator */
    case 0x2029: /* paragraph separator */
    case 0x202F: /* narrow no-break space */
    case 0x205F: /* medium mathematical space */
    case 0x3000: /* ideographic space */
        return 1;
    default:
        return cp >= 0x2000 && cp <= 0x200A; /* en quad ... hair space */
    }
}

/* The ASCII character a code point normalizes to, 0 to keep it as it is,
 * or -1 to drop it (invisible format characters). */
static int fold_cp(unsigned long cp)
{
    switch (cp) {
    case 0x2018: /* left single quotation mark */
    case 0x2019: /* right single quotation mark */
    case 0x201A: /* single low-9 quotation mark */
    case 0x201B: /* single high-reversed-9 quotation mark */
    case 0x2032: /* prime */
        return '\'';
    case 0x201C: /* left double quotation mark */
    case 0x201D: /* right double quotation mark */
    case 0x201E: /* double low-9 quotation mark */
    case 0x201F: /* double high-reversed-9 quotation mark */
    case 0x2033: /* double prime */
        return '"';
    case 0x2010: /* hyphen */
    case 0x2011: /* non-breaking hyphen */
    case 0x2012: /* figure dash */
    case 0x2013: /* en dash */
    case 0x2014: /* em dash */
    case 0x2015: /* horizontal bar */
    case 0x2212: /* minus sign */
        return '-';
    case 0x00AD: /* soft hyphen */
    case 0x200B: /* zero width space */
    case 0x2060: /* word joiner */
    case 0xFEFF: /* byte order mark, zero width no-break space */
        return -1;
    default:
        return 0;
    }
}

/* ag_text_normalize into o (len + 1 bytes: the output never grows, every
 * character becomes at most its bytes) and, when m is not NULL, its map
 * into m (len + 1 entries); *out_len is set when it succeeds. */
static int normalize_into(const char *in, size_t len, char *o, size_t *m, size_t *out_len,
                          ag_err *err)
{
    const unsigned char *s = (const unsigned char *)in;
    size_t i = 0, n = 0, k, end = 0, space_at = 0;
    int pending_space = 0;
    unsigned long cp;

    while (i < len) {
        int fold;

        /* fast path: ASCII other than white space is copied as it is
         * (unless a combining mark follows it) */
        if (s[i] < 0x80 && s[i] > ' ' && (i + 1 >= len || s[i + 1] < 0x80)) {
            size_t j = i + 1;
            if (pending_space) {
                if (m != NULL)
                    m[n] = space_at;
                o[n++] = ' ';
                pending_space = 0;
            }
            /* the run of such characters and of single blanks between them,
             * copied at once (a blank before such a character is written
             * as it is, mapped to itself) */
            j = ex_plain_run(in, j, len); /* eight bytes at a time */
            while (j < len) {
                unsigned char c = s[j];
                if (c > ' ' && c < 0x80 && (j + 1 >= len || s[j + 1] < 0x80))
                    j++;
                else if (c == ' ' && j + 1 < len && s[j + 1] > ' ' && s[j + 1] < 0x80)
                    j++;
                else
                    break;
            }
            memcpy(o + n, s + i, j - i);
            if (m != NULL)
                for (size_t q = 0; q < j - i; q++)
                    m[n + q] = i + q;
            n += j - i;
            i = j;
            end = i;
            continue;
        }
        if (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r' || s[i] == '\v' ||
            s[i] == '\f') {
            /* ASCII white space (is_space_cp) */
            if (!pending_space && n > 0) {
                pending_space = 1;
                space_at = i;
            }
            i++;
            continue;
        }
        k = ag_utf8_decode(s + i, len - i, &cp);
        if (k == 0) {
            return ag_err_set(err, AG_ERR_INPUT, "invalid UTF-8 at byte offset %zu", i);
        }
        if (is_space_cp(cp)) {
            if (!pending_space && n > 0) {
                pending_space = 1;
                space_at = i;
            }
            i += k;
            continue;
        }
        fold = fold_cp(cp);
        if (fold < 0) {
            i += k;
            continue;
        }
        if (fold == 0) {
            /* a character with combining marks after it ("u" + U+0308):
             * its NFC form ("ü"). Characters the normalizer drops (a
             * zero-width space) may stand between, so that normalizing
             * again composes nothing more. */
            unsigned char cl[64];
            size_t pos[64], cn = 0, np = 0, j = i + k, used, marks = 0;
            unsigned long next;
            memcpy(cl, s + i, k);
            cn = k;
            for (size_t q = 0; q < k && s[i] >= 0x80; q++)
                pos[np++] = i + q; /* a non-ASCII base may carry output bytes */
            while (j < len && (used = ag_utf8_decode(s + j, len - j, &next)) > 0) {
                if (fold_cp(next) < 0 && !is_space_cp(next)) {
                    j += used; /* dropped anyway */
                    continue;
                }
                if (utf8proc_category((utf8proc_int32_t)next) != UTF8PROC_CATEGORY_MN ||
                    cn + used > sizeof cl)
                    break;
                memcpy(cl + cn, s + j, used);
                for (size_t q = 0; q < used; q++)
                    pos[np++] = j + q;
                cn += used;
                j += used;
                marks++;
            }
            utf8proc_uint8_t *nfc = NULL;
            utf8proc_ssize_t nl = marks > 0 ? utf8proc_map(cl, (utf8proc_ssize_t)cn, &nfc,
                                                           UTF8PROC_STABLE | UTF8PROC_COMPOSE)
                                            : 0;
            /* every output byte maps, in order, to a non-ASCII byte of the cluster */
            if (nl > 0 && (size_t)nl <= np) {
                if (pending_space) {
                    if (m != NULL)
                        m[n] = space_at;
                    o[n++] = ' ';
                    pending_space = 0;
                }
                for (utf8proc_ssize_t q = 0; q < nl; q++) {
                    if (m != NULL)
                        m[n] = pos[np - (size_t)nl + (size_t)q];
                    o[n++] = (char)nfc[q];
                }
                free(nfc);
                i = j;
                end = i;
                continue;
            }
            free(nfc);
        }
        if (pending_space) {
            if (m != NULL)
                m[n] = space_at;
            o[n++] = ' ';
            pending_space = 0;
        }
        if (fold > 0) {
            if (m != NULL)
                m[n] = i;
            o[n++] = (char)fold;
        } else {
            for (size_t j = 0; j < k; j++) {
                if (m != NULL)
                    m[n] = i + j;
                o[n++] = (char)s[i + j];
            }
        }
        i += k;
        end = i;
    }
    o[n] = '\0';
    if (m != NULL)
        m[n] = end;
    *out_len = n;
    return AG_OK;
}

int ag_text_normalize(const char *in, size_t len, char **out, size_t *out_len, size_t **map,
                      ag_err *err)
{
    char *o = NULL;
    size_t *m = NULL;
    int rc = AG_OK;

    *out = NULL;
    *out_len = 0;
    if (map != NULL)
        *map = NULL;
    o = malloc(len + 1);
    if (map != NULL)
        m = malloc((len + 1) * sizeof *m);
    if (o == NULL || (map != NULL && m == NULL)) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    if ((rc = normalize_into(in, len, o, m, out_len, err)) != AG_OK)
        goto out;
    *out = o;
    if (map != NULL)
        *map = m;
    o = NULL;
    m = NULL;
out:
    free(o);
    free(m);
    return rc;
}

int ex_text_normalize_buf(const char *in, size_t len, char **buf, size_t *cap, size_t **map,
                          size_t *map_cap, size_t *out_len, ag_err *err)
{
    if (*cap < len + 1) {
        char *nb = realloc(*buf, len + 1);
        if (nb == NULL)
            return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        *buf = nb;
        *cap = len + 1;
    }
    if (*map_cap < len + 1) {
        size_t *nm = realloc(*map, (len + 1) * sizeof *nm);
        if (nm == NULL)
            return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        *map = nm;
        *map_cap = len + 1;
    }
    return normalize_into(in, len, *buf, *map, out_len, err);
}

int ag_article_from_text(ag_article *a, const char *text, size_t len, const char *id,
                         const char *published, ag_err *err)
{
    char *norm = NULL;
    size_t norm_len = 0, bad, bom;
    const char *nul;
    ag_err derr;
    int rc = AG_OK;

    ag_article_init(a);
    if (text == NULL)
        return ag_err_set(err, AG_ERR_USAGE, "no article text");
    if (ag_text_utf16(text, len)) {
        rc = ag_err_set(err, AG_ERR_INPUT, "UTF-16 text; convert it to UTF-8");
        goto out;
    }
    /* a UTF-8 byte order mark is no part of the title or the text */
    bom = ag_utf8_bom(text, len);
    text += bom;
    len -= bom;
    if (len > AG_MAX_ARTICLE_BYTES) {
        rc = ag_err_set(err, AG_ERR_LIMIT,
                        "article of %zu bytes is over the limit of %u bytes (AG_MAX_ARTICLE_BYTES)",
                        len, AG_MAX_ARTICLE_BYTES);
        goto out;
    }
    nul = memchr(text, '\0', len);
    if (nul != NULL) {
        rc = ag_err_set(err, AG_ERR_INPUT, "binary data (NUL byte at offset %zu)",
                        (size_t)(nul - text));
        goto out;
    }
    bad = ag_utf8_invalid_at(text, len);
    if (bad < len) {
        rc = ag_err_set(err, AG_ERR_INPUT, "invalid UTF-8 at byte offset %zu", bad);
        goto out;
    }
    rc = ag_text_normalize(text, len, &norm, &norm_len, NULL, err);
    if (rc != AG_OK)
        goto out;
    if (norm_len == 0) {
        rc = ag_err_set(err, AG_ERR_INPUT, "empty article");
        goto out;
    }
    if (published != NULL) {
        ag_err_clear(&derr);
        if (ag_date_check(published, &derr) != AG_OK) {
            rc = ag_err_set(err, AG_ERR_PARSE, "published %s", derr.msg);
            goto out;
        }
        a->published = ag_strdup(published);
        if (a->published == NULL)
            goto nomem;
    }
    ag_sha256_hex(norm, norm_len, a->sha256);
    a->text = ag_strndup(text, len);
    if (a->text == NULL)
        goto nomem;
    a->len = len;
    if (id != NULL && id[0] != '\0') {
        a->id = ag_strdup(id);
    } else {
        char gen[7 + 16 + 1];
        memcpy(gen, "sha256:", 7);
        memcpy(gen + 7, a->sha256, 16);
        gen[23] = '\0';
        a->id = ag_strdup(gen);
    }
    if (a->id == NULL)
        goto nomem;
    goto out;
nomem:
    rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
out:
    free(norm);
    if (rc != AG_OK)
        ag_article_destroy(a);
    return rc;
}

/* ---- JSON Lines records -------------------------------------------------- */

/* Deepest nesting of arrays and objects in raw JSON text, scanned before
 * parsing so that a hostile record is refused by its depth (and cheaply)
 * rather than by the parser's own recursion limit. Stops counting past max. */
static int json_raw_depth(const char *s, size_t len, int max)
{
    int depth = 0, deepest = 0, in_string = 0;

    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (in_string) {
            /* the string's plain bytes at once */
            while (i < len && s[i] != '"' && s[i] != '\\')
                i++;
            if (i >= len)
                break;
            if (s[i] == '\\')
                i++;
            else
                in_string = 0;
        } else if (c == '"') {
            in_string = 1;
        } else if (c == '[' || c == '{') {
            if (++depth > deepest)
                deepest = depth;
            if (deepest > max)
                break;
        } else if (c == ']' || c == '}') {
            depth--;
        }
    }
    return deepest;
}

/* Finds a string escape "\u0000" (a NUL character) in raw JSON text. */
static int has_escaped_nul(const char *s, size_t len)
{
    const char *p = s, *end = s + len;

    while (p < end && (p = memchr(p, '\\', (size_t)(end - p))) != NULL) {
        size_t i = (size_t)(p - s);
        if (i + 1 >= len)
            break;
        if (s[i + 1] == 'u' && i + 5 < len && memcmp(s + i + 2, "0000", 4) == 0)
            return 1;
        p += 2; /* past the escaped character */
    }
    return 0;
}

/* Reads an optional string field into *out (NULL when absent or null). */
static int opt_string(const cJSON *rec, const char *key, const char **out, ag_err *err)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(rec, key);

    *out = NULL;
    if (v == NULL || cJSON_IsNull(v))
        return AG_OK;
    if (!cJSON_IsString(v))
        return ag_err_set(err, AG_ERR_PARSE, "'%s' must be a string", key);
    *out = v->valuestring;
    return AG_OK;
}

static int set_copy(char **dst, const char *src, ag_err *err)
{
    if (src == NULL)
        return AG_OK;
    *dst = ag_strdup(src);
    if (*dst == NULL)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    return AG_OK;
}

/* ---- the plain record, read without a cJSON tree ---------------------------- */

/* The fields of an article record, decoded (NULL when absent or null). */
typedef struct rec_fields {
    const char *v[6]; /* id, title, url, source, published, text */
} rec_fields;

enum { R_ID, R_TITLE, R_URL, R_SOURCE, R_PUBLISHED, R_TEXT };
static const char *const rec_keys[] = {"id", "title", "url", "source", "published", "text"};

static int rec_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static int hex4(const char *p, unsigned *out)
{
    unsigned v = 0;
    for (int k = 0; k < 4; k++) {
        char c = p[k];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            return -1;
    }
    *out = v;
    return 0;
}

/* Decodes the JSON string whose opening quote is at s[*i] into *o (what
 * cJSON 1.7 makes of it), *i past its closing quote. -1 for what the fast
 * reader leaves to cJSON: a surrogate escape, an escaped NUL, a bad
 * escape, no closing quote. */
static int rec_string(const char *s, size_t len, size_t *i, char **o)
{
    size_t k = *i + 1;
    char *w = *o;
    const char *dq = NULL; /* the next quote at or after k, once found */

    for (;;) {
        const char *q = s + k;
        /* the plain bytes up to the next quote or backslash at once */
        if (dq == NULL || dq < q)
            dq = memchr(q, '"', len - k);
        if (dq == NULL)
            return -1;
        const char *bs = memchr(q, '\\', (size_t)(dq - q));
        const char *stop = bs != NULL ? bs : dq;
        memcpy(w, q, (size_t)(stop - q));
        w += stop - q;
        k = (size_t)(stop - s);
        if (bs == NULL)
            break;
        if (k + 1 >= len)
            return -1;
        char c = s[k + 1];
        k += 2;
        switch (c) {
        case 'b':
            *w++ = '\b';
            break;
        case 'f':
            *w++ = '\f';
            break;
        case 'n':
            *w++ = '\n';
            break;
        case 'r':
            *w++ = '\r';
            break;
        case 't':
            *w++ = '\t';
            break;
        case '"':
        case '\\':
        case '/':
            *w++ = c;
            break;
        case 'u': {
            unsigned cp;
            if (k + 4 > len || hex4(s + k, &cp) != 0 || cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF))
                return -1;
            k += 4;
            if (cp < 0x80) {
                *w++ = (char)cp;
            } else if (cp < 0x800) {
                *w++ = (char)(0xC0 | (cp >> 6));
                *w++ = (char)(0x80 | (cp & 0x3F));
            } else {
                *w++ = (char)(0xE0 | (cp >> 12));
                *w++ = (char)(0x80 | ((cp >> 6) & 0x3F));
                *w++ = (char)(0x80 | (cp & 0x3F));
            }
            break;
        }
        default:
            return -1;
        }
    }
    *w++ = '\0';
    *i = k + 1;
    *o = w;
    return 0;
}

/* Reads a record that is one flat object of strings and nulls, with the
 * six keys of an article each at most once, unescaped, and a string
 * "text", into f; its strings are decoded into buf (len + 1 bytes). 0 when
 * it is such a record, -1 for anything else: cJSON reads that, and says
 * what is wrong. A record read here is one cJSON reads the same (depth 1,
 * no key of the article twice), so both ways give the same article. */
static int rec_fast(const char *s, size_t len, char *buf, rec_fields *f)
{
    size_t i = 0;
    char *w = buf;
    unsigned seen = 0;

    memset(f, 0, sizeof *f);
    while (i < len && rec_blank(s[i]))
        i++;
    if (i >= len || s[i] != '{')
        return -1;
    i++;
    for (;;) {
        while (i < len && rec_blank(s[i]))
            i++;
        if (i >= len || s[i] != '"')
            return -1;
        /* the key, which has no escape */
        size_t kb = i + 1, ke = kb;
        while (ke < len && s[ke] != '"' && s[ke] != '\\')
            ke++;
        if (ke >= len || s[ke] != '"')
            return -1;
        int field = -1;
        for (int k = 0; k < 6; k++)
            if (strlen(rec_keys[k]) == ke - kb && memcmp(s + kb, rec_keys[k], ke - kb) == 0)
                field = k;
        i = ke + 1;
        while (i < len && rec_blank(s[i]))
            i++;
        if (i >= len || s[i] != ':')
            return -1;
        i++;
        while (i < len && rec_blank(s[i]))
            i++;
        if (i >= len)
            return -1;
        const char *val = NULL;
        if (s[i] == '"') {
            val = w;
            if (rec_string(s, len, &i, &w) != 0)
                return -1;
        } else if (len - i >= 4 && memcmp(s + i, "null", 4) == 0) {
            i += 4;
        } else {
            return -1;
        }
        if (field >= 0) {
            if ((seen >> field) & 1)
                return -1; /* twice: cJSON's error */
            seen |= 1u << field;
            f->v[field] = val;
        }
        while (i < len && rec_blank(s[i]))
            i++;
        if (i >= len)
            return -1;
        if (s[i] == ',') {
            i++;
            continue;
        }
        if (s[i] != '}')
            return -1;
        i++;
        break;
    }
    while (i < len && rec_blank(s[i]))
        i++;
    return i == len && f->v[R_TEXT] != NULL ? 0 : -1;
}

/* The limits on the id and the title. */
static int rec_limits(const rec_fields *f, ag_err *err)
{
    if (f->v[R_ID] != NULL && strlen(f->v[R_ID]) > AG_MAX_ID_BYTES)
        return ag_err_set(err, AG_ERR_LIMIT, "'id' longer than %d bytes (AG_MAX_ID_BYTES)",
                          AG_MAX_ID_BYTES);
    if (f->v[R_TITLE] != NULL && strlen(f->v[R_TITLE]) > AG_MAX_TITLE_BYTES)
        return ag_err_set(err, AG_ERR_LIMIT, "'title' longer than %d bytes (AG_MAX_TITLE_BYTES)",
                          AG_MAX_TITLE_BYTES);
    return AG_OK;
}

/* Reads the record with cJSON into f, with the errors of every kind of
 * record; the strings stay in *rec. */
static int rec_cjson(const char *line, size_t len, cJSON **rec, rec_fields *f, ag_err *err)
{
    const char *end = NULL;
    const cJSON *t;

    memset(f, 0, sizeof *f);
    if (json_raw_depth(line, len, ARTICLE_JSON_MAX_DEPTH) > ARTICLE_JSON_MAX_DEPTH)
        return ag_err_set(err, AG_ERR_LIMIT, "JSON nested deeper than %d levels",
                          ARTICLE_JSON_MAX_DEPTH);
    *rec = cJSON_ParseWithLengthOpts(line, len, &end, 0);
    if (*rec == NULL) {
        size_t at = end != NULL && end >= line ? (size_t)(end - line) : 0;
        return ag_err_set(err, AG_ERR_PARSE, "invalid JSON at byte %zu", at);
    }
    while (end != NULL && (size_t)(end - line) < len &&
           (*end == ' ' || *end == '\t' || *end == '\r' || *end == '\n'))
        end++;
    if (end == NULL || (size_t)(end - line) < len)
        return ag_err_set(err, AG_ERR_PARSE, "trailing data after the JSON value at byte %zu",
                          end != NULL ? (size_t)(end - line) : len);
    if (!cJSON_IsObject(*rec))
        return ag_err_set(err, AG_ERR_PARSE, "a record must be a JSON object");
    /* a repeated key would be read as its first value only: refuse it */
    for (const cJSON *c = (*rec)->child; c != NULL; c = c->next) {
        for (const cJSON *d = c->next; d != NULL; d = d->next) {
            for (size_t k = 0; k < sizeof rec_keys / sizeof rec_keys[0]; k++) {
                if (strcmp(c->string, rec_keys[k]) == 0 && strcmp(d->string, rec_keys[k]) == 0)
                    return ag_err_set(err, AG_ERR_PARSE, "duplicate key '%s'", rec_keys[k]);
            }
        }
    }
    int rc;
    for (int k = R_ID; k <= R_PUBLISHED; k++)
        if ((rc = opt_string(*rec, rec_keys[k], &f->v[k], err)) != AG_OK)
            return rc;
    if ((rc = rec_limits(f, err)) != AG_OK)
        return rc;
    t = cJSON_GetObjectItemCaseSensitive(*rec, "text");
    if (t == NULL)
        return ag_err_set(err, AG_ERR_PARSE, "missing 'text'");
    if (!cJSON_IsString(t))
        return ag_err_set(err, AG_ERR_PARSE, "'text' must be a string");
    f->v[R_TEXT] = t->valuestring;
    return AG_OK;
}

int ag_article_from_json(ag_article *a, const char *line, size_t len, ag_err *err)
{
    cJSON *rec = NULL;
    char small[8192]; /* the decoded strings of a record of less than this */
    char *buf = NULL;
    rec_fields f;
    const char *published;
    char date[11];
    size_t bad;
    int rc = AG_OK;

    ag_article_init(a);
    bad = ag_utf8_invalid_at(line, len);
    if (bad < len) {
        rc = ag_err_set(err, AG_ERR_INPUT, "invalid UTF-8 at byte offset %zu of the record", bad);
        goto out;
    }
    if (memchr(line, '\0', len) != NULL || has_escaped_nul(line, len)) {
        rc = ag_err_set(err, AG_ERR_INPUT, "binary data (NUL character in the record)");
        goto out;
    }
    buf = len < sizeof small ? small : malloc(len + 1);
    if (buf == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    if (rec_fast(line, len, buf, &f) == 0)
        rc = rec_limits(&f, err);
    else
        rc = rec_cjson(line, len, &rec, &f, err);
    if (rc != AG_OK)
        goto out;
    published = f.v[R_PUBLISHED];
    if (published != NULL && published[0] == '\0')
        published = NULL;
    /* a timestamp "2024-03-05T10:00:00Z" keeps its date */
    if (published != NULL && strlen(published) > 10 &&
        (published[10] == 'T' || published[10] == ' ')) {
        memcpy(date, published, 10);
        date[10] = '\0';
        published = date;
    }
    rc = ag_article_from_text(a, f.v[R_TEXT], strlen(f.v[R_TEXT]), f.v[R_ID], published, err);
    if (rc != AG_OK)
        goto out;
    if ((rc = set_copy(&a->title, f.v[R_TITLE], err)) != AG_OK ||
        (rc = set_copy(&a->url, f.v[R_URL], err)) != AG_OK ||
        (rc = set_copy(&a->source, f.v[R_SOURCE], err)) != AG_OK)
        goto out;
out:
    cJSON_Delete(rec);
    if (buf != small)
        free(buf);
    if (rc != AG_OK)
        ag_article_destroy(a);
    return rc;
}
