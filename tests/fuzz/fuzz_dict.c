/*
 * fuzz_dict.c -- libFuzzer target for the dictionary loader: the input is
 * written to a temporary file and loaded with ag_dict_load_file into a fresh
 * dictionary; a failure must carry a "FILE:LINE: ..." message, a success
 * must answer lookups.
 */
#include "ag_ingest.h"
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_tmp_create("dict");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"Russia", "RUS", "iran", "Wagner Group", "", "x"};
    const char *tmp_path = fuzz_tmp_write(data, size);
    ag_dict *d = NULL;
    ag_entity e;
    ag_err err;
    size_t i;
    int rc;

    ag_err_clear(&err);
    fuzz_check(ag_dict_new(&d, &err) == AG_OK);
    rc = ag_dict_load_file(d, tmp_path, &err);
    if (rc != AG_OK) {
        /* the message names the file */
        fuzz_check(err.msg[0] != '\0');
        fuzz_check(strncmp(err.msg, tmp_path, strlen(tmp_path)) == 0);
    }
    for (i = 0; i < sizeof names / sizeof names[0]; i++) {
        memset(&e, 0, sizeof e);
        if (ag_dict_lookup(d, names[i], &e) == AG_OK)
            fuzz_check(e.id != NULL && e.name != NULL);
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
            fuzz_check(e.id != NULL);
    }
    ag_dict_free(d);
    return 0;
}
