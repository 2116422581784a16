/*
 * file.c -- whole-file reads with a size limit, and output files: regular
 * files replaced atomically (temporary file in the same folder, fsync,
 * rename), devices, FIFOs and symbolic links written in place.
 */
#define _POSIX_C_SOURCE 200809L
#include "ag_common.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

FILE *ag_file_open_read(const char *path, ag_err *err)
{
    struct stat st;
    FILE *f;
    int fd, fl;

    /* O_NONBLOCK: opening a FIFO that no one writes must not hang; reads
     * are blocking again (a FIFO without a writer reads as empty) */
    fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        ag_err_set(err, AG_ERR_IO, "%s: %s", path, strerror(errno));
        return NULL;
    }
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        ag_err_set(err, AG_ERR_IO, "%s: is a directory", path);
        return NULL;
    }
    if ((fl = fcntl(fd, F_GETFL)) == -1 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) == -1 ||
        (f = fdopen(fd, "rb")) == NULL) {
        ag_err_set(err, AG_ERR_IO, "%s: %s", path, strerror(errno));
        close(fd);
        return NULL;
    }
    return f;
}

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
    } else if ((f = ag_file_open_read(path, err)) == NULL) {
        rc = err != NULL ? err->code : AG_ERR_IO;
        goto out;
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

/* Writes all of data to fd, going on after EINTR and short writes. */
static int write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return -1;
        }
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Opens a new file "PATH.tmp.XXXXXX" with O_EXCL and the given mode (the
 * umask applies, as for any new file); fd or -1 with errno. */
static int open_temp(const char *path, mode_t mode, ag_buf *tmp)
{
    static unsigned long counter;
    static const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";

    for (int attempt = 0; attempt < 100; attempt++) {
        unsigned long v = (unsigned long)getpid() * 2654435761u ^ (unsigned long)time(NULL) ^
                          (++counter * 40503u) ^ (unsigned long)clock();
        char suffix[7];
        int fd;

        for (int k = 0; k < 6; k++) {
            suffix[k] = letters[v % 36];
            v /= 36;
        }
        suffix[6] = '\0';
        ag_buf_reset(tmp);
        if (ag_buf_printf(tmp, "%s.tmp.%s", path, suffix) != AG_OK) {
            errno = ENOMEM;
            return -1;
        }
        fd = open(tmp->data, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    errno = EEXIST;
    return -1;
}

/* The atomic way, for a regular file or a path that does not exist yet: a
 * temporary file in the same folder, written, synced and renamed over path.
 * old is the stat of the file replaced, or NULL for a new one. */
static int write_replace(const char *path, const struct stat *old, const char *data, size_t len,
                         ag_err *err)
{
    ag_buf tmp;
    int rc = AG_OK, fd;

    ag_buf_init(&tmp);
    /* a new file gets 0666 less the umask; a replaced one keeps its mode */
    fd = open_temp(path, old != NULL ? (old->st_mode & 0777) | 0600 : 0666, &tmp);
    if (fd < 0) {
        rc = ag_err_set(err, AG_ERR_IO, "%s: cannot create a temporary file: %s", path,
                        strerror(errno));
        goto out;
    }
    if (old != NULL) {
        /* root replacing another user's file leaves it theirs (best effort) */
        if (fchown(fd, old->st_uid, old->st_gid) != 0 && geteuid() == 0)
            (void)fchown(fd, (uid_t)-1, old->st_gid);
        (void)fchmod(fd, old->st_mode & 07777);
    }
    if (write_all(fd, data, len) != 0 || fsync(fd) != 0) {
        rc = ag_err_set(err, AG_ERR_IO, "%s: write failed: %s", path, strerror(errno));
        close(fd);
        unlink(tmp.data);
        goto out;
    }
    if (close(fd) != 0) {
        rc = ag_err_set(err, AG_ERR_IO, "%s: write failed: %s", path, strerror(errno));
        unlink(tmp.data);
        goto out;
    }
    if (rename(tmp.data, path) != 0) {
        rc = ag_err_set(err, AG_ERR_IO, "%s: %s", path, strerror(errno));
        unlink(tmp.data);
        goto out;
    }
out:
    ag_buf_destroy(&tmp);
    return rc;
}

/* In place, for what must stay what it is: a device, a FIFO, a symbolic
 * link (written through, to what it points to; never created). */
static int write_in_place(const char *path, const char *data, size_t len, ag_err *err)
{
    struct stat st;
    int fd, flags = O_WRONLY | O_NOCTTY | O_CLOEXEC;

    /* truncate a regular file at the end of a link, nothing else */
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
        flags |= O_TRUNC;
    fd = open(path, flags);
    if (fd < 0) {
        if (errno == ENOENT)
            return ag_err_set(err, AG_ERR_IO, "%s: a symbolic link to a missing file", path);
        return ag_err_set(err, AG_ERR_IO, "%s: %s", path, strerror(errno));
    }
    if (write_all(fd, data, len) != 0 ||
        (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && fsync(fd) != 0)) {
        int e = errno;
        close(fd);
        return ag_err_set(err, AG_ERR_IO, "%s: write failed: %s", path, strerror(e));
    }
    if (close(fd) != 0)
        return ag_err_set(err, AG_ERR_IO, "%s: write failed: %s", path, strerror(errno));
    return AG_OK;
}

int ag_file_write_atomic(const char *path, const char *data, size_t len, ag_err *err)
{
    struct stat st;

    if (lstat(path, &st) != 0) {
        if (errno != ENOENT)
            return ag_err_set(err, AG_ERR_IO, "%s: %s", path, strerror(errno));
        return write_replace(path, NULL, data, len, err);
    }
    if (S_ISDIR(st.st_mode))
        return ag_err_set(err, AG_ERR_IO, "%s: is a directory", path);
    if (S_ISREG(st.st_mode))
        return write_replace(path, &st, data, len, err);
    return write_in_place(path, data, len, err);
}
