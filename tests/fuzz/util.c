/*
 * util.c -- what the libFuzzer targets of tests/fuzz share: see util.h.
 */
#define _POSIX_C_SOURCE 200809L
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char tmp_path[256];

void fuzz_check(int ok)
{
    if (!ok)
        abort();
}

static void cleanup(void)
{
    if (tmp_path[0] != '\0')
        unlink(tmp_path);
}

void fuzz_tmp_create(const char *tag)
{
    const char *dir = getenv("TMPDIR");
    int fd;

    snprintf(tmp_path, sizeof tmp_path, "%s/ag-fuzz-%s-XXXXXX", dir ? dir : "/tmp", tag);
    fd = mkstemp(tmp_path);
    if (fd < 0)
        abort();
    close(fd);
    atexit(cleanup);
}

const char *fuzz_tmp_write(const uint8_t *data, size_t size)
{
    FILE *f = fopen(tmp_path, "wb");

    fuzz_check(f != NULL);
    fuzz_check(size == 0 || fwrite(data, 1, size, f) == size);
    fuzz_check(fclose(f) == 0);
    return tmp_path;
}
