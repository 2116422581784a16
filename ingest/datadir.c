/*
 * datadir.c -- where the default dictionaries are: $ARMSGRAPH_DATA; else
 * the data folder installed beside the program, found from the program's
 * own path (/proc/self/exe: <prefix>/bin/armsgraph reads
 * <prefix>/share/armsgraph/data wherever the prefix was put or moved);
 * else the source tree's data/ (a program run from its build tree); else
 * the data folder of the prefix configured at build time.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include "extract_int.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int copy_out(char *out, size_t size, const char *s)
{
    size_t n = strlen(s);
    if (n >= size)
        return 0;
    memcpy(out, s, n + 1);
    return 1;
}

/* The data folder relative to the running program (AG_BIN_TO_DATA_DIR,
 * from the installed bin folder to the installed data folder), resolved to
 * a canonical path: 1 when it is a folder, else 0. */
static int beside_program(char *out, size_t size)
{
#ifdef AG_BIN_TO_DATA_DIR
    char exe[PATH_MAX], path[PATH_MAX + sizeof AG_BIN_TO_DATA_DIR + 1], real[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    char *slash;

    if (n <= 0)
        return 0;
    exe[n] = '\0';
    if ((slash = strrchr(exe, '/')) == NULL)
        return 0;
    *slash = '\0';
    snprintf(path, sizeof path, "%s/%s", exe, AG_BIN_TO_DATA_DIR);
    if (realpath(path, real) == NULL || !is_dir(real))
        return 0;
    return copy_out(out, size, real);
#else
    (void)out;
    (void)size;
    return 0;
#endif
}

int ex_data_dir(char *out, size_t size)
{
    const char *env = getenv("ARMSGRAPH_DATA");

    if (env != NULL && env[0] != '\0')
        return copy_out(out, size, env);
    if (beside_program(out, size))
        return 1;
#ifdef AG_BUILD_DATA_DIR
    if (is_dir(AG_BUILD_DATA_DIR))
        return copy_out(out, size, AG_BUILD_DATA_DIR);
#endif
#ifdef AG_INSTALL_DATA_DIR
    if (is_dir(AG_INSTALL_DATA_DIR))
        return copy_out(out, size, AG_INSTALL_DATA_DIR);
#endif
    return 0;
}

const char *ag_dict_default_dir(void)
{
    static char dir[PATH_MAX];
    return ex_data_dir(dir, sizeof dir) ? dir : NULL;
}
