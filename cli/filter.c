/*
 * filter.c -- the graph filter options shared by every command that loads
 * the graph (path, central, show, neighbors, communities, export):
 * --type a,b  --kind a,b  --since DATE  --until DATE  --min-sources N;
 * and the loading, actor resolution and JSON pieces of the query commands.
 */
#include "ag_graph.h"
#include "ag_export.h"
#include "ag_ingest.h"
#include "cli.h"

#include <stdio.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdlib.h>
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

/* --since/--until DATE: YYYY-MM-DD, or YYYY-MM, or YYYY: --since takes the
 * first day of the month or year, --until the last ("--until 2024-02" is
 * through 2024-02-29). */
static int parse_date(const char *cmd, const char *opt, const char *v, int until, char out[11])
{
    static const char last[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    char d[32];
    size_t n = strlen(v);

    if (n == 10) {
        memcpy(d, v, 11);
    } else if (n == 7 && ag_date_check_partial(v, NULL) == AG_OK) {
        int y = atoi(v), m = atoi(v + 5);
        int dd = until ? last[m] + (m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) : 1;
        snprintf(d, sizeof d, "%.7s-%02d", v, dd % 100);
    } else if (n == 4 && strspn(v, "0123456789") == 4) {
        snprintf(d, sizeof d, "%.4s-%s", v, until ? "12-31" : "01-01");
    } else {
        d[0] = '\0';
    }
    if (strlen(d) != 10 || ag_date_check(d, NULL) != AG_OK) {
        cli_usage_error(cmd, "%s takes a date YYYY-MM-DD, YYYY-MM or YYYY, not '%s'", opt, v);
        return -1;
    }
    memcpy(out, d, 11);
    return 1;
}

int cli_filter_opt(const char *cmd, const char *opt, const char *v, ag_filter *f)
{
    long n;

    if (strcmp(opt, "--type") == 0)
        return parse_list(cmd, opt, v, &f->types, parse_type,
                          "supplies, seeks-in-exchange, sanctions, attacks");
    if (strcmp(opt, "--kind") == 0)
        return parse_list(cmd, opt, v, &f->kinds, parse_kind, "state, person, organization");
    if (strcmp(opt, "--since") == 0)
        return parse_date(cmd, opt, v, 0, f->since);
    if (strcmp(opt, "--until") == 0)
        return parse_date(cmd, opt, v, 1, f->until);
    if (cli_parse_int(cmd, opt, v, 1, 1000000, &n) != EXIT_OK) /* --min-sources */
        return -1;
    f->min_sources = (int)n;
    return 1;
}

int cli_filter_check(const char *cmd, const ag_filter *f)
{
    if (f->since[0] != '\0' && f->until[0] != '\0' && strcmp(f->since, f->until) > 0) {
        cli_usage_error(cmd, "--since %s is after --until %s", f->since, f->until);
        return -1;
    }
    return 0;
}

/* ---- the filtered graph ---------------------------------------------------- */

/* The graph only: the store's statistics (a join over every mention) are
 * read in cli_graph_need_edges, and only when the graph is empty. */
int cli_graph_open_store(cli_graph *cg, const char *db, const ag_filter *f, ag_err *err)
{
#ifdef __GLIBC__
    /* A load frees its big arrays (the edge rows, the id table) before the
     * igraph graph and PageRank's arrays are made: served from the heap,
     * not each by its own mapping, these reuse the freed pages instead of
     * faulting in fresh ones (a third fewer page faults on the 2M store of
     * bench/graph). */
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
#endif
    cg->store = NULL;
    ag_graph_init(&cg->g);
    cg->f = *f;
    cg->store_edges = -1;
    cg->format = CLI_TABLE;
    ag_err_clear(err);
    return ag_store_open(&cg->store, ag_store_default_path(db), AG_STORE_READONLY, err);
}

int cli_graph_open_parts(cli_graph *cg, const char *db, const ag_filter *f, unsigned parts)
{
    ag_err err;

    if (cli_graph_open_store(cg, db, f, &err) != AG_OK ||
        ag_graph_load_parts(cg->store, f, parts, &cg->g, &err) != AG_OK) {
        cli_error_err(&err);
        cli_graph_close(cg);
        return EXIT_FAIL;
    }
    return EXIT_OK;
}

int cli_graph_open(cli_graph *cg, const char *db, const ag_filter *f)
{
    return cli_graph_open_parts(cg, db, f, AG_LOAD_ALL);
}

int cli_graph_open_edges(cli_graph *cg, const char *db, const ag_filter *f, unsigned parts)
{
    if (cli_graph_open_parts(cg, db, f, parts) != EXIT_OK)
        return EXIT_FAIL;
    if (cli_graph_need_edges(cg) != EXIT_OK) {
        cli_graph_close(cg);
        return EXIT_FAIL;
    }
    return EXIT_OK;
}

void cli_graph_close(cli_graph *cg)
{
    if (cg == NULL)
        return;
    ag_graph_destroy(&cg->g);
    ag_store_close(cg->store);
    cg->store = NULL;
}

int cli_filter_any(const ag_filter *f)
{
    return f->types != 0 || f->kinds != 0 || f->since[0] != '\0' || f->until[0] != '\0' ||
           f->min_sources > 1;
}

int cli_graph_need_edges(cli_graph *cg)
{
    ag_stats st;
    ag_err err;

    if (cg->g.n_edges > 0)
        return EXIT_OK;
    if (cg->store_edges < 0) {
        ag_err_clear(&err);
        if (ag_store_stats(cg->store, &st, &err) != AG_OK) {
            cli_error_err(&err);
            return EXIT_FAIL;
        }
        cg->store_edges = st.edges;
    }
    if (cg->store_edges == 0)
        cli_error(ag_store_path(cg->store), "the store holds no edges yet; see 'armsgraph ingest'");
    else
        cli_error(ag_store_path(cg->store), "no edge passes the filter (%ld edge%s in the store)",
                  cg->store_edges, cg->store_edges == 1 ? "" : "s");
    return EXIT_FAIL;
}

int cli_graph_actor(cli_graph *cg, const char *name, char **id, long *v)
{
    ag_err err;
    char *got = NULL;

    if (id != NULL)
        *id = NULL;
    ag_err_clear(&err);
    if (ag_store_resolve(cg->store, name, &got, &err) != AG_OK) {
        cli_error_err(&err);
        if (cg->format == CLI_JSON && err.code == AG_ERR_NOTFOUND)
            cli_json_failure("unknown actor", err.msg, "actor", name, NULL, NULL);
        return EXIT_FAIL;
    }
    *v = ag_graph_vertex_index(&cg->g, got);
    if (id != NULL)
        *id = got;
    else
        free(got);
    return EXIT_OK;
}

size_t cli_search_bound(const char *env, ag_store *s)
{
    const char *v = getenv(env);
    char *end;
    long n;

    if (v != NULL && v[0] != '\0') {
        n = strtol(v, &end, 10);
        if (*end == '\0' && n >= 0)
            return (size_t)n;
    }
    return s != NULL ? ag_graph_search_bound(s) : AG_SEARCH_MIN;
}

/* s escaped (cli_escape) into b of n bytes, truncated to fit */
static void escape_to(char *b, size_t n, const char *s)
{
    char *e = cli_escape(s);

    snprintf(b, n, "%s", e != NULL ? e : "?");
    free(e);
}

const char *cli_clean(const char *s)
{
    static char buf[4][AG_MAX_SENTENCE_BYTES + 64];
    static int slot;
    char *b = buf[slot];

    if (s == NULL)
        return NULL;
    slot = (slot + 1) % 4;
    escape_to(b, sizeof buf[0], s);
    return b;
}

const char *cli_vname(const ag_vertex *v)
{
    static char buf[4][512];
    static int slot;
    char *b = buf[slot];
    char *name, *id;

    slot = (slot + 1) % 4;
    name = v->name != NULL && strcmp(v->name, v->id) != 0 ? cli_escape(v->name) : NULL;
    id = cli_escape(v->id);
    if (name != NULL)
        snprintf(b, sizeof buf[0], "%s (%s)", name, id != NULL ? id : "?");
    else
        snprintf(b, sizeof buf[0], "%s", id != NULL ? id : "?");
    free(name);
    free(id);
    return b;
}

/* ---- JSON pieces --------------------------------------------------------------- */

static cJSON *add_str_or_null(cJSON *o, const char *k, const char *v)
{
    return v != NULL ? cJSON_AddStringToObject(o, k, v) : cJSON_AddNullToObject(o, k);
}

cJSON *cli_filter_json(const ag_filter *f)
{
    cJSON *o = cJSON_CreateObject(), *a;
    int i;

    if (o == NULL)
        return NULL;
    a = cJSON_AddArrayToObject(o, "types");
    for (i = 0; a != NULL && i < AG_EDGE_TYPE_COUNT; i++)
        if (f->types == 0 || (f->types & (1u << i)))
            cJSON_AddItemToArray(a, cJSON_CreateString(ag_edge_type_name((ag_edge_type)i)));
    a = cJSON_AddArrayToObject(o, "kinds");
    for (i = 0; a != NULL && i < AG_KIND_COUNT; i++)
        if (f->kinds == 0 || (f->kinds & (1u << i)))
            cJSON_AddItemToArray(a, cJSON_CreateString(ag_kind_name((ag_kind)i)));
    add_str_or_null(o, "since", f->since[0] ? f->since : NULL);
    add_str_or_null(o, "until", f->until[0] ? f->until : NULL);
    cJSON_AddNumberToObject(o, "min_sources", f->min_sources > 1 ? f->min_sources : 1);
    return o;
}

cJSON *cli_vertex_json(const ag_vertex *v)
{
    cJSON *o = cJSON_CreateObject();

    if (o == NULL)
        return NULL;
    cJSON_AddStringToObject(o, "id", v->id);
    add_str_or_null(o, "name", v->name);
    cJSON_AddStringToObject(o, "kind", ag_kind_name(v->kind));
    return o;
}

cJSON *cli_gedge_json(const ag_graph *g, const ag_gedge *e)
{
    cJSON *o = cJSON_CreateObject();

    if (o == NULL)
        return NULL;
    cJSON_AddStringToObject(o, "type", ag_edge_type_name(e->type));
    cJSON_AddStringToObject(o, "source", g->vertices[e->from].id);
    cJSON_AddStringToObject(o, "target", g->vertices[e->to].id);
    cJSON_AddNumberToObject(o, "mentions", (double)e->mentions);
    cJSON_AddNumberToObject(o, "articles", (double)e->articles);
    add_str_or_null(o, "first", e->first[0] ? e->first : NULL);
    add_str_or_null(o, "last", e->last[0] ? e->last : NULL);
    add_str_or_null(o, "items", e->items);
    add_str_or_null(o, "categories", e->categories);
    add_str_or_null(o, "quantity", e->quantity);
    cJSON_AddNumberToObject(o, "confidence", e->confidence);
    cJSON_AddStringToObject(o, "status", ag_status_name(e->status));
    return o;
}

cJSON *cli_mention_json(const ag_mention_row *m)
{
    /* one writer for show and export json: the two must match */
    return ag_export_mention_json(m);
}
