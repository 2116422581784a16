/*
 * test_common.c -- the common module: errors, buffers, dates, hashing,
 * atomic writes. Prints results; diffed against test_common.out.
 */
#define _POSIX_C_SOURCE 200809L
#include "ag_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void check_date(const char *s)
{
    ag_err err;
    int rc;

    ag_err_clear(&err);
    rc = ag_date_check(s, &err);
    printf("date %-14s -> %d %s\n", s, rc, rc ? err.msg : "ok");
}

int main(void)
{
    ag_err err;
    ag_buf b;
    char hex[65];
    int y, m, d;
    char *data = NULL;
    size_t len = 0;
    char path[] = "/tmp/ag-test-common-XXXXXX";
    int fd;

    /* errors */
    ag_err_clear(&err);
    printf("set returns %d\n", ag_err_set(&err, AG_ERR_IO, "file %s", "a.txt"));
    ag_err_prefix(&err, "ingest %d", 2);
    printf("msg: %s (%s)\n", err.msg, ag_code_name(err.code));
    printf("NULL err: %d\n", ag_err_set(NULL, AG_ERR_PARSE, "ignored"));

    /* buffers */
    ag_buf_init(&b);
    ag_buf_puts(&b, "abc");
    ag_buf_putc(&b, '-');
    for (int i = 0; i < 1000; i++)
        ag_buf_printf(&b, "%d", i % 10);
    printf("buf len %zu starts %.8s ends %s\n", b.len, b.data, b.data + b.len - 4);
    ag_buf_reset(&b);
    printf("reset len %zu '%s'\n", b.len, b.data);
    ag_buf_destroy(&b);
    ag_buf_destroy(NULL);
    printf("caseeq %d %d %d\n", ag_strcaseeq("Iran", "IRAN"), ag_strcaseeq("Iran", "Ira"),
           ag_strcaseeq("", ""));

    /* dates */
    check_date("2024-01-04");
    check_date("2024-02-29");
    check_date("2023-02-29");
    check_date("2024-02-30");
    check_date("2024-13-01");
    check_date("24-01-04");
    check_date("2024-01-04x");
    printf("days 1970-01-01 = %ld, 2024-01-04 = %ld\n", ag_days_from_civil(1970, 1, 1),
           ag_days_from_civil(2024, 1, 4));
    ag_civil_from_days(ag_days_from_civil(2024, 1, 4) - 5, &y, &m, &d);
    printf("2024-01-04 minus 5 days = %04d-%02d-%02d\n", y, m, d);
    printf("weekday 2024-01-04 = %d (3 = Thursday), 2023-12-30 = %d\n", ag_weekday(2024, 1, 4),
           ag_weekday(2023, 12, 30));

    /* hashing */
    ag_sha256_hex("abc", 3, hex);
    printf("sha256(abc) = %s\n", hex);

    /* atomic write and read back, with a limit */
    fd = mkstemp(path);
    close(fd);
    printf("write %d\n", ag_file_write_atomic(path, "hello\n", 6, &err));
    printf("read %d", ag_file_read(path, 0, &data, &len, &err));
    printf(" len %zu '%.5s'\n", len, data);
    free(data);
    printf("read limited %d", ag_file_read(path, 3, &data, &len, &err));
    printf(" %s\n", strstr(err.msg, "larger than the limit of 3 bytes") ? "limit message" : err.msg);
    unlink(path);
    printf("read missing %d", ag_file_read(path, 0, &data, &len, &err));
    printf(" %s\n", strstr(err.msg, "No such file") ? "names the error" : err.msg);
    return 0;
}
