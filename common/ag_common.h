/*
 * ag_common.h -- what every armsgraph module shares: the error value, a
 * growable byte buffer, small string and file helpers, dates.
 *
 * Conventions (see docs/architecture.md):
 *   - functions that can fail return int: 0 (AG_OK) or a negative ag_code,
 *     and fill the caller's ag_err (which may be NULL);
 *   - values are caller-owned: ag_X_init() then ag_X_destroy(); destroy
 *     functions accept NULL and leave the value re-initialisable;
 *   - the library never prints.
 */
#ifndef AG_COMMON_H
#define AG_COMMON_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define AG_VERSION "0.1.0"

enum ag_code {
    AG_OK = 0,
    AG_ERR_NOMEM = -1,    /* out of memory */
    AG_ERR_IO = -2,       /* file or stream error */
    AG_ERR_USAGE = -3,    /* caller passed something meaningless */
    AG_ERR_PARSE = -4,    /* malformed input (JSON, dictionary, date) */
    AG_ERR_DB = -5,       /* SQLite failure */
    AG_ERR_NOTFOUND = -6, /* unknown actor, empty result */
    AG_ERR_LIMIT = -7,    /* input exceeds a configured limit */
    AG_ERR_INPUT = -8,    /* bad article text (UTF-8, empty, binary) */
    AG_ERR_SCHEMA = -9,   /* store from a newer schema version */
    AG_ERR_BUSY = -10,    /* store locked by another writer */
    AG_ERR_GRAPH = -11,   /* igraph failure */
    AG_ERR_NOPATH = -12   /* no path between two actors */
};

#define AG_ERR_MSG_MAX 1024

typedef struct ag_err {
    int code;
    char msg[AG_ERR_MSG_MAX];
} ag_err;

void ag_err_clear(ag_err *err);
/* Fills err (if not NULL) and returns code, so callers can write
 * `rc = ag_err_set(err, AG_ERR_IO, "...")`. */
int ag_err_set(ag_err *err, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Prepends "prefix: " to the message already in err. */
void ag_err_prefix(ag_err *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *ag_code_name(int code);

/* ---- growable buffer ---------------------------------------------------- */

typedef struct ag_buf {
    char *data; /* always NUL-terminated once anything was appended */
    size_t len;
    size_t cap;
} ag_buf;

void ag_buf_init(ag_buf *b);
void ag_buf_destroy(ag_buf *b);
void ag_buf_reset(ag_buf *b);
int ag_buf_reserve(ag_buf *b, size_t extra);
int ag_buf_append(ag_buf *b, const char *s, size_t n);
int ag_buf_puts(ag_buf *b, const char *s);
int ag_buf_putc(ag_buf *b, char c);
int ag_buf_printf(ag_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Hands the bytes to the caller (never NULL) and re-initialises b. */
char *ag_buf_steal(ag_buf *b);

/* Makes room for element n of the array whose address is at pp (a T **),
 * with *cap elements of elem bytes: doubles it, or starts at first. 0 or
 * AG_ERR_NOMEM (the array is then unchanged). */
int ag_grow(void *pp, size_t *cap, size_t n, size_t elem, size_t first);

/* Enters the pages of a block of n bytes just allocated (a speed hint for
 * the graph loads; blocks under a megabyte are left alone). */
void ag_mem_populate(void *p, size_t n);

/* ---- streaming JSON writer (jsonw.c) -----------------------------------
 * Appends JSON text exactly as cJSON 1.7 prints it unformatted, for output
 * paths too hot for cJSON's object tree. Structure ({ } [ ] : ,) is the
 * caller's. Each returns 0 or AG_ERR_NOMEM. */
int ag_json_str(ag_buf *b, const char *s);         /* "s", escaped; NULL as "" */
int ag_json_str_or_null(ag_buf *b, const char *s); /* null for NULL or "" */
int ag_json_key(ag_buf *b, const char *key);       /* "key": */
int ag_json_num(ag_buf *b, double d);              /* cJSON's number format */

/* ---- strings ------------------------------------------------------------ */

char *ag_strdup(const char *s); /* NULL in, NULL out */
char *ag_strndup(const char *s, size_t n);
int ag_strcaseeq(const char *a, const char *b); /* ASCII case-insensitive equality */
/* Offset of the first byte of s[0..len) that is not valid UTF-8 (overlong
 * forms, surrogates and values past U+10FFFF are invalid), or len. */
/* Decodes one UTF-8 sequence at s[0..n): its length (1-4) and the code
 * point in *cp, or 0 when the bytes are not valid UTF-8 (overlong forms,
 * surrogates and values past U+10FFFF are invalid). */
size_t ag_utf8_decode(const unsigned char *s, size_t n, unsigned long *cp);
size_t ag_utf8_invalid_at(const char *s, size_t len);
/* Whether the NUL-terminated s is valid UTF-8 (NULL is). */
int ag_utf8_valid(const char *s);
/* Whether text looks like UTF-16: a UTF-16 byte order mark (FF FE or FE
 * FF), or NUL bytes at every other place in its first kilobyte. */
int ag_text_utf16(const char *text, size_t len);
/* 3 when text starts with a UTF-8 byte order mark (EF BB BF), else 0. */
size_t ag_utf8_bom(const char *text, size_t len);

/* ---- files -------------------------------------------------------------- */

/* Opens a file for reading ("rb") without blocking on a FIFO that has no
 * writer (it then reads as empty); a folder fails with "PATH: is a
 * directory". NULL on failure, with err filled ("PATH: reason"). */
FILE *ag_file_open_read(const char *path, ag_err *err);
/* Reads a whole file (path "-" is stdin). Fails with AG_ERR_LIMIT when it is
 * larger than limit bytes (0: no limit). *out is NUL-terminated. */
int ag_file_read(const char *path, size_t limit, char **out, size_t *len, ag_err *err);
/* Writes data to path. A regular file, or a path that does not exist yet,
 * is written through a temporary file in the same folder and a rename, so
 * readers see the old file or the new one, never half; a new file gets the
 * mode 0666 less the umask, a replaced one keeps its mode (and, as far as
 * allowed, its owner). Anything else is written in place and stays what it
 * is: a device (/dev/null), a FIFO, a symbolic link (written through to the
 * file it points to, /dev/stdout included; a link to a missing file fails).
 * A folder fails. */
int ag_file_write_atomic(const char *path, const char *data, size_t len, ag_err *err);

/* ---- dates -------------------------------------------------------------- */

/* Checks "YYYY-MM-DD" (a real calendar date). Returns 0 or AG_ERR_PARSE. */
int ag_date_check(const char *s, ag_err *err);
/* The same, or a month alone ("2024-02"): an edge's date keeps the
 * precision the text gives. */
int ag_date_check_partial(const char *s, ag_err *err);
/* Days since 1970-01-01 for a civil date (proleptic Gregorian). */
long ag_days_from_civil(int y, int m, int d);
void ag_civil_from_days(long z, int *y, int *m, int *d);
/* 0 = Monday ... 6 = Sunday */
int ag_weekday(int y, int m, int d);

/* ---- hashing ------------------------------------------------------------ */

/* Lower-case hex SHA-256 of data into hex[65] (nettle). */
void ag_sha256_hex(const void *data, size_t len, char hex[65]);

#endif
