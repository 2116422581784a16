/*
 * extract-jsonl.c -- `armsgraph extract --jsonl`: the streaming mapper. Reads
 * JSON Lines of articles and writes one JSON line per article with its id and
 * edges, in input order and constant memory, so that GNU parallel --pipe,
 * Hadoop Streaming or Spark's RDD.pipe can run it as it is. A bad line is
 * reported on stderr with its line number and the stream goes on.
 */
#include "ag_ingest.h"
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* One article line into one output line, written through buf (kept between
 * lines so that its memory is reused); 0 or an ag_code with err set. */
static int map_line(const ag_dict *d, const char *line, size_t len, const char *date,
                    const char *where, ag_buf *buf, ag_err *err)
{
    ag_article a;
    ag_extraction x;
    int rc;

    ag_article_init(&a);
    ag_extraction_init(&x);
    ag_buf_reset(buf);
    rc = ag_article_from_json(&a, line, len, err);
    if (rc != AG_OK)
        goto out;
    if (a.published == NULL && date != NULL && (a.published = ag_strdup(date)) == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    rc = ag_extract(d, &a, &x, err);
    if (rc != AG_OK)
        goto out;
    cli_warn_limits(where, &x);
    /* the id first, so that a line can be keyed without parsing it all */
    rc = ag_extraction_write_json(&x, a.id != NULL ? a.id : "", buf, err);
    if (rc != AG_OK)
        goto out;
    if (ag_buf_putc(buf, '\n') != AG_OK) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    errno = 0;
    if (fwrite(buf->data, 1, buf->len, stdout) != buf->len)
        cli_stdout_errno = errno;
out:
    ag_extraction_destroy(&x);
    ag_article_destroy(&a);
    return rc;
}

int cli_extract_jsonl(const ag_dict *d, const char *path, const char *date)
{
    const char *shown = strcmp(path, "-") == 0 ? "<stdin>" : path;
    ag_jsonl_reader *r = NULL;
    ag_err err;
    const char *line;
    size_t len;
    long lineno = 0;
    int failed = 0, rc;
    ag_buf buf;

    ag_buf_init(&buf);
    ag_err_clear(&err);
    /* output lines are about three times the input: write them in blocks
     * of 64 KiB rather than stdio's 4 KiB (a terminal keeps its lines) */
    static char out_block[1 << 16]; /* glibc ignores the size without a buffer */
    if (!isatty(STDOUT_FILENO))
        setvbuf(stdout, out_block, _IOFBF, sizeof out_block);
    if (ag_jsonl_reader_open(&r, path, &err) != AG_OK) {
        cli_error_err(&err);
        return EXIT_FAIL;
    }
    for (;;) {
        char where[4096];

        ag_err_clear(&err);
        rc = ag_jsonl_reader_next(r, &line, &len, &lineno, &err);
        if (rc == 0)
            break;
        snprintf(where, sizeof where, "%s:%ld", shown, lineno);
        if (rc < 0) {
            /* the reader says "line N: ..."; we say FILE:N: ... */
            const char *msg = strncmp(err.msg, "line ", 5) == 0 && strstr(err.msg, ": ") != NULL
                                  ? strstr(err.msg, ": ") + 2
                                  : err.msg;
            cli_error(where, "%s", msg);
            failed = 1;
            if (err.code != AG_ERR_LIMIT) /* a read error: the rest is unreadable */
                break;
            continue;
        }
        rc = map_line(d, line, len, date, where, &buf, &err);
        if (rc != AG_OK) {
            cli_error(where, "%s", err.msg);
            failed = 1;
            if (rc == AG_ERR_NOMEM)
                break;
        }
        if (ferror(stdout))
            break; /* main reports the write error; the rest would be lost */
    }
    ag_jsonl_reader_close(r);
    ag_buf_destroy(&buf);
    return failed ? EXIT_FAIL : EXIT_OK;
}
