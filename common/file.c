/*
 * file.c -- whole-file reads with a size limit and atomic writes (temporary
 * file in the same folder, fsync, rename).
 */
#define _POSIX_C_SOURCE 200809L
#include "ag_common.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int ag_file_read(const char *path, size_t limit, char **out, size_t *len, ag_err *err)
{
    FILE *f = NULL;
    ag_buf b;
    char chunk[65536];
    size_t n;
    int rc = AG_OK;

    ag_buf_init(&b);
    *out = NULL;
    *len = 0;
    if (strcmp(path, "-") == 0) {
        f = stdin;
        path = "<stdin>"; /* how standard input shows in messages */
    } else {
        struct stat st;
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            rc = ag_err_set(err, AG_ERR_IO, "%s: is a directory", path);
            goto out;
        }
        f = fopen(path, "rb");
        if (f == NULL) {
            rc = ag_err_set(err, AG_ERR_IO, "%s: %s", path, strerror(errno));
            goto out;
        }
    }
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (limit > 0 && b.len + n > limit) {
            rc = ag_err_set(err, AG_ERR_LIMIT, "%s: larger than the limit of %zu bytes", path,
                            limit);
            goto out;
        }
        if (ag_buf_append(&b, chunk, n) != AG_OK) {
            rc = ag_err_set(err, AG_ERR_NOMEM, "%s: out of memory", path);
            goto out;
        }
    }
    if (ferror(f)) {
        rc = ag_err_set(err, AG_ERR_IO, "%s: read error: %s", path, strerror(errno));
        goto out;
    }
    *len = b.len;
    *out = ag_buf_steal(&b);
out:
    if (f != NULL && f != stdin)
        fclose(f);
    ag_buf_destroy(&b);
    return rc;
}

int ag_file_write_atomic(const char *path, const char *data, size_t len, ag_err *err)
{
    ag_buf tmp;
    FILE *f = NULL;
    int rc = AG_OK;
    int fd;

    ag_buf_init(&tmp);
    if (ag_buf_printf(&tmp, "%s.tmp.XXXXXX", path) != AG_OK) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "%s: out of memory", path);
        goto out;
    }
    fd = mkstemp(tmp.data);
    if (fd < 0) {
        rc = ag_err_set(err, AG_ERR_IO, "%s: cannot create a temporary file: %s", path,
                        strerror(errno));
        goto out;
    }
    f = fdopen(fd, "wb");
    if (f == NULL) {
        close(fd);
        unlink(tmp.data);
        rc = ag_err_set(err, AG_ERR_IO, "%s: %s", path, strerror(errno));
        goto out;
    }
    if (fwrite(data, 1, len, f) != len || fflush(f) != 0 || fsync(fileno(f)) != 0) {
        rc = ag_err_set(err, AG_ERR_IO, "%s: write failed: %s", path, strerror(errno));
        fclose(f);
        f = NULL;
        unlink(tmp.data);
        goto out;
    }
    if (fclose(f) != 0) {
        f = NULL;
        rc = ag_err_set(err, AG_ERR_IO, "%s: write failed: %s", path, strerror(errno));
        unlink(tmp.data);
        goto out;
    }
    f = NULL;
    (void)chmod(tmp.data, 0644);
    if (rename(tmp.data, path) != 0) {
        rc = ag_err_set(err, AG_ERR_IO, "%s: %s", path, strerror(errno));
        unlink(tmp.data);
        goto out;
    }
out:
    ag_buf_destroy(&tmp);
    return rc;
}
