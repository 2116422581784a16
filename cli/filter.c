/*
 * filter.c -- the graph filter options shared by every command that loads
 * the graph (path, central, show, neighbors, communities, export):
 * --type a,b  --kind a,b  --since DATE  --until DATE  --min-sources N.
 */
#include "ag_graph.h"
#include "cli.h"

#include <string.h>

/* Parses a comma-separated list of names into bits of *bits (added to what
 * is there). parse returns 0 and the index of a name, or non-zero. */
static int parse_list(const char *cmd, const char *opt, const char *v, unsigned *bits,
                      int (*parse)(const char *, int *), const char *known)
{
    char word[64];
    const char *p = v;

    if (*v == '\0') {
        cli_usage_error(cmd, "%s needs a value (%s)", opt, known);
        return -1;
    }
    while (*p != '\0') {
        size_t n = strcspn(p, ",");
        int idx;

        if (n == 0 || n >= sizeof word) {
            cli_usage_error(cmd, "%s: bad list '%s' (%s)", opt, v, known);
            return -1;
        }
        memcpy(word, p, n);
        word[n] = '\0';
        if (parse(word, &idx) != 0) {
            cli_usage_error(cmd, "%s: unknown value '%s' (%s)", opt, word, known);
            return -1;
        }
        *bits |= 1u << idx;
        p += n;
        if (*p == ',') {
            p++;
            if (*p == '\0') {
                cli_usage_error(cmd, "%s: bad list '%s' (%s)", opt, v, known);
                return -1;
            }
        }
    }
    return 1;
}

static int parse_type(const char *s, int *idx)
{
    ag_edge_type t;

    if (ag_edge_type_parse(s, &t) != AG_OK)
        return -1;
    *idx = (int)t;
    return 0;
}

static int parse_kind(const char *s, int *idx)
{
    ag_kind k;

    if (ag_kind_parse(s, &k) != AG_OK)
        return -1;
    *idx = (int)k;
    return 0;
}

static int parse_date(const char *cmd, const char *opt, const char *v, char out[11])
{
    if (strlen(v) != 10 || ag_date_check(v, NULL) != AG_OK) {
        cli_usage_error(cmd, "%s takes a date YYYY-MM-DD, not '%s'", opt, v);
        return -1;
    }
    memcpy(out, v, 11);
    return 1;
}

int cli_parse_filter(const char *cmd, int argc, char **argv, int *i, ag_filter *f)
{
    const char *v;
    long n;
    int r;

    if ((r = cli_opt_value(cmd, argc, argv, i, "--type", &v)) != 0)
        return r < 0 ? r
                     : parse_list(cmd, "--type", v, &f->types, parse_type,
                                  "supplies, seeks-in-exchange, sanctions, attacks");
    if ((r = cli_opt_value(cmd, argc, argv, i, "--kind", &v)) != 0)
        return r < 0 ? r
                     : parse_list(cmd, "--kind", v, &f->kinds, parse_kind,
                                  "state, person, organization");
    if ((r = cli_opt_value(cmd, argc, argv, i, "--since", &v)) != 0)
        return r < 0 ? r : parse_date(cmd, "--since", v, f->since);
    if ((r = cli_opt_value(cmd, argc, argv, i, "--until", &v)) != 0)
        return r < 0 ? r : parse_date(cmd, "--until", v, f->until);
    if ((r = cli_opt_value(cmd, argc, argv, i, "--min-sources", &v)) != 0) {
        if (r < 0)
            return r;
        if (cli_parse_int(cmd, "--min-sources", v, 1, 1000000, &n) != EXIT_OK)
            return -1;
        f->min_sources = (int)n;
        return 1;
    }
    return 0;
}

int cli_filter_check(const char *cmd, const ag_filter *f)
{
    if (f->since[0] != '\0' && f->until[0] != '\0' && strcmp(f->since, f->until) > 0) {
        cli_usage_error(cmd, "--since %s is after --until %s", f->since, f->until);
        return -1;
    }
    return 0;
}
