/*
 * test_jsonl.c -- the JSON Lines reader: line numbers across blank lines,
 * CRLF endings, a byte order mark, a last line without newline, a line over
 * AG_MAX_LINE_BYTES (reported, then skipped), stdin as "-", missing files;
 * and records read through ag_article_from_json with "line N" messages
 * (also those of tests/data/jsonl/mixed.jsonl).
 * Prints results; diffed against test_jsonl.out.
 */
#define _POSIX_C_SOURCE 200809L
#include "ag_ingest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char path[] = "/tmp/ag-test-jsonl-XXXXXX";

static void write_file(const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    fwrite(data, 1, len, f);
    fclose(f);
}

static void write_str(const char *s)
{
    write_file(s, strlen(s));
}

/* Reads every line of the file, printing what the reader returns. */
static void read_all(const char *label, const char *p)
{
    ag_jsonl_reader *r = NULL;
    const char *line;
    size_t len;
    long lineno;
    ag_err err;
    int rc;

    printf("-- %s\n", label);
    ag_err_clear(&err);
    if (ag_jsonl_reader_open(&r, p, &err) != AG_OK) {
        printf("open: %d %s\n", err.code, strstr(err.msg, "ag-test-jsonl") ? "(tmp)" : err.msg);
        if (strstr(err.msg, "ag-test-jsonl"))
            printf("  msg ends: %s\n", strchr(err.msg, ':') + 1);
        return;
    }
    for (;;) {
        rc = ag_jsonl_reader_next(r, &line, &len, &lineno, &err);
        if (rc == 0) {
            printf("end after line %ld\n", lineno);
            break;
        }
        if (rc < 0) {
            printf("error %d: %s\n", rc, err.msg);
            if (rc != AG_ERR_LIMIT)
                break;
            continue;
        }
        if (len > 60)
            printf("line %ld: %zu bytes [%.20s...] nul-terminated=%d\n", lineno, len, line,
                   line[len] == '\0');
        else
            printf("line %ld: %zu bytes [%s] nul-terminated=%d\n", lineno, len, line,
                   line[len] == '\0');
    }
    ag_jsonl_reader_close(r);
}

/* Reads articles the way `armsgraph ingest` does: one record per line. */
static void read_articles(const char *p)
{
    ag_jsonl_reader *r = NULL;
    const char *line;
    size_t len;
    long lineno;
    ag_err err;
    ag_article a;
    int rc;

    printf("-- articles\n");
    if (ag_jsonl_reader_open(&r, p, &err) != AG_OK) {
        printf("open failed: %s\n", err.msg);
        return;
    }
    while ((rc = ag_jsonl_reader_next(r, &line, &len, &lineno, &err)) != 0) {
        if (rc < 0) {
            printf("%s\n", err.msg);
            break;
        }
        ag_err_clear(&err);
        if (ag_article_from_json(&a, line, len, &err) != AG_OK) {
            ag_err_prefix(&err, "line %ld", lineno);
            printf("%s\n", err.msg);
            continue;
        }
        printf("line %ld: article %s published %s, %zu bytes\n", lineno, a.id,
               a.published ? a.published : "-", a.len);
        ag_article_destroy(&a);
    }
    ag_jsonl_reader_close(r);
}

int main(void)
{
    int fd = mkstemp(path);
    char *big;
    size_t n;

    if (fd < 0)
        return 1;
    close(fd);

    write_str("{\"a\":1}\n\n   \n{\"b\":2}\n\t\n{\"c\":3}\n");
    read_all("blank lines", path);

    write_str("{\"a\":1}\r\n\r\n{\"b\":2}\r\n");
    read_all("CRLF", path);

    write_str("\xEF\xBB\xBF{\"a\":1}\n{\"b\":2}");
    read_all("BOM, no final newline", path);

    write_file("", 0);
    read_all("empty file", path);

    write_str("\n\n\n");
    read_all("only blank lines", path);

    write_file("{\"a\":1}\n\0\n", 10);
    read_all("NUL byte in a line", path);

    /* a line one byte over the limit between two good lines */
    n = (size_t)AG_MAX_LINE_BYTES + 1;
    big = malloc(n + 32);
    memcpy(big, "{\"a\":1}\n", 8);
    memset(big + 8, 'x', n);
    memcpy(big + 8 + n, "\n{\"b\":2}\n", 9);
    write_file(big, 8 + n + 9);
    read_all("line over the limit", path);
    /* exactly at the limit is fine */
    memset(big, 'y', AG_MAX_LINE_BYTES);
    big[AG_MAX_LINE_BYTES] = '\n';
    write_file(big, (size_t)AG_MAX_LINE_BYTES + 1);
    read_all("line at the limit", path);
    free(big);

    write_str("{\"a\":1}\n{\"b\":2}\n");
    if (freopen(path, "rb", stdin) != NULL)
        read_all("stdin", "-");

    read_all("missing file", "/nonexistent/articles.jsonl");
    read_all("directory", "/tmp");

    {
        static const char records[] =
            "{\"id\":\"a1\",\"published\":\"2024-05-02\",\"text\":\"First story.\"}\n"
            "\n"
            "{\"id\":\"a2\",\"text\":17}\n"
            "{\"id\":\"a3\",\"text\":\"Third\",\"published\":\"2024-02-30\"}\n"
            "not json\n"
            "{\"id\":\"a5\"}\r\n"
            "{\"id\":\"a6\",\"text\":\"Sixth story.\"}\n"
            "{\"id\":\"a7\",\0\"text\":\"x\"}\n";
        write_file(records, sizeof records - 1);
        read_articles(path);
    }

    /* the shared sample of good and bad records (run from tests/unit) */
    read_articles("../data/jsonl/mixed.jsonl");

    ag_jsonl_reader_close(NULL);
    unlink(path);
    return 0;
}
