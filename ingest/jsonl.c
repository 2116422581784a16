/*
 * jsonl.c -- a streaming reader of JSON Lines files: one line at a time in
 * a buffer that grows to the longest line (at most AG_MAX_LINE_BYTES), so
 * memory stays constant however many records the file holds. Blank lines
 * are skipped, CRLF endings and a UTF-8 byte order mark are tolerated.
 */
#define _POSIX_C_SOURCE 200809L
#include "ag_ingest.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ag_jsonl_reader {
    FILE *f;
    int is_stdin;
    char *path;
    ag_buf line;
    long lineno; /* number of the last line read */
    int eof;     /* the stream has no more bytes */
    size_t pos, end;
    char chunk[65536];
};

int ag_jsonl_reader_open(ag_jsonl_reader **out, const char *path, ag_err *err)
{
    ag_jsonl_reader *r;
    int rc = AG_OK;

    *out = NULL;
    if (path == NULL)
        return ag_err_set(err, AG_ERR_USAGE, "no input path");
    r = calloc(1, sizeof *r);
    if (r == NULL)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    ag_buf_init(&r->line);
    r->path = ag_strdup(path);
    if (r->path == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    if (strcmp(path, "-") == 0) {
        r->f = stdin;
        r->is_stdin = 1;
    } else if ((r->f = ag_file_open_read(path, err)) == NULL) {
        rc = err != NULL ? err->code : AG_ERR_IO;
        goto out;
    }
    *out = r;
    r = NULL;
out:
    ag_jsonl_reader_close(r);
    return rc;
}

void ag_jsonl_reader_close(ag_jsonl_reader *r)
{
    if (r == NULL)
        return;
    if (r->f != NULL && !r->is_stdin)
        fclose(r->f);
    ag_buf_destroy(&r->line);
    free(r->path);
    free(r);
}

static int is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\f' && s[i] != '\v')
            return 0;
    return 1;
}

/* Reads one physical line into r->line (without its '\n'). Returns 1 with a
 * line, 0 at end of input, or a negative code. A line over the limit is
 * consumed to its end and reported, so the next call goes on after it. The
 * bytes come through r->chunk, scanned with memchr. */
static int read_line(ag_jsonl_reader *r, ag_err *err)
{
    int too_long = 0, got = 0;
    size_t total = 0;

    ag_buf_reset(&r->line);
    for (;;) {
        const char *nl;
        size_t n;

        if (r->pos == r->end) {
            if (r->eof)
                break;
            r->pos = 0;
            r->end = fread(r->chunk, 1, sizeof r->chunk, r->f);
            if (r->end == 0) {
                if (ferror(r->f))
                    return ag_err_set(err, AG_ERR_IO, "line %ld: read error: %s", r->lineno + 1,
                                      strerror(errno));
                r->eof = 1;
                break;
            }
        }
        got = 1;
        nl = memchr(r->chunk + r->pos, '\n', r->end - r->pos);
        n = (nl != NULL ? (size_t)(nl - r->chunk) : r->end) - r->pos;
        if (!too_long && total + n > AG_MAX_LINE_BYTES) {
            too_long = 1;
            ag_buf_reset(&r->line);
        }
        if (!too_long && ag_buf_append(&r->line, r->chunk + r->pos, n) != AG_OK)
            return ag_err_set(err, AG_ERR_NOMEM, "line %ld: out of memory", r->lineno + 1);
        total += n;
        r->pos += n;
        if (nl == NULL && total > AG_MAX_SKIP_BYTES) {
            /* an endless line (/dev/zero): give up on the file */
            r->eof = 1;
            r->pos = r->end = 0;
            ag_buf_reset(&r->line);
            r->lineno++;
            return ag_err_set(err, AG_ERR_INPUT,
                              "line %ld: no line end in %u bytes (limit %u bytes, "
                              "AG_MAX_LINE_BYTES): the rest of the file is not read",
                              r->lineno, AG_MAX_SKIP_BYTES, AG_MAX_LINE_BYTES);
        }
        if (nl != NULL) {
            r->pos++; /* the '\n' */
            break;
        }
    }
    if (!got)
        return 0;
    r->lineno++;
    if (too_long) {
        ag_buf_reset(&r->line);
        return ag_err_set(err, AG_ERR_LIMIT,
                          "line %ld: longer than the limit of %u bytes (AG_MAX_LINE_BYTES)",
                          r->lineno, AG_MAX_LINE_BYTES);
    }
    return 1;
}

int ag_jsonl_reader_next(ag_jsonl_reader *r, const char **line, size_t *len, long *lineno,
                         ag_err *err)
{
    int rc;

    *line = NULL;
    *len = 0;
    for (;;) {
        const char *s;
        size_t n;

        rc = read_line(r, err);
        if (lineno != NULL)
            *lineno = r->lineno;
        if (rc <= 0)
            return rc;
        if (r->line.data == NULL && ag_buf_reserve(&r->line, 1) != AG_OK)
            return ag_err_set(err, AG_ERR_NOMEM, "line %ld: out of memory", r->lineno);
        n = r->line.len;
        if (n > 0 && r->line.data[n - 1] == '\r')
            n--;
        r->line.data[n] = '\0';
        s = r->line.data;
        if (r->lineno == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
            s += 3;
            n -= 3;
        }
        if (is_blank(s, n))
            continue;
        *line = s;
        *len = n;
        return 1;
    }
}
