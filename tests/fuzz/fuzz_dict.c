/*
 * fuzz_dict.c -- libFuzzer target for the dictionary loader: the input is
 * written to a temporary file and loaded with ag_dict_load_file into a fresh
 * dictionary; a failure must carry a "FILE:LINE: ..." message, a success
 * must answer lookups.
 */
#define _POSIX_C_SOURCE 200809L
#include "ag_ingest.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char tmp_path[256];

static void check(int ok)
{
    if (!ok)
        abort();
}

static void cleanup(void)
{
    if (tmp_path[0] != '\0')
        unlink(tmp_path);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *dir = getenv("TMPDIR");
    int fd;

    (void)argc;
    (void)argv;
    snprintf(tmp_path, sizeof tmp_path, "%s/ag-fuzz-dict-XXXXXX", dir ? dir : "/tmp");
    fd = mkstemp(tmp_path);
    if (fd < 0)
        abort();
    close(fd);
    atexit(cleanup);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"Russia", "RUS", "iran", "Wagner Group", "", "x"};
    ag_dict *d = NULL;
    ag_entity e;
    ag_err err;
    FILE *f;
    size_t i;
    int rc;

    f = fopen(tmp_path, "wb");
    check(f != NULL);
    check(size == 0 || fwrite(data, 1, size, f) == size);
    check(fclose(f) == 0);

    ag_err_clear(&err);
    check(ag_dict_new(&d, &err) == AG_OK);
    rc = ag_dict_load_file(d, tmp_path, &err);
    if (rc != AG_OK) {
        /* the message names the file */
        check(err.msg[0] != '\0');
        check(strncmp(err.msg, tmp_path, strlen(tmp_path)) == 0);
    }
    for (i = 0; i < sizeof names / sizeof names[0]; i++) {
        memset(&e, 0, sizeof e);
        if (ag_dict_lookup(d, names[i], &e) == AG_OK)
            check(e.id != NULL && e.name != NULL);
    }
    /* and the actors the input itself names, up to 64 bytes of each line */
    for (i = 0; i < size;) {
        char name[65];
        size_t n = 0;

        while (i < size && data[i] != '\n' && n < 64)
            name[n++] = (char)data[i++];
        name[n] = '\0';
        while (i < size && data[i] != '\n')
            i++;
        i++;
        memset(&e, 0, sizeof e);
        if (ag_dict_lookup(d, name, &e) == AG_OK)
            check(e.id != NULL);
    }
    ag_dict_free(d);
    return 0;
}
