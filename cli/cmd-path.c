/*
 * cmd-path.c -- `armsgraph path FROM TO`: how one actor connects to
 * another. Prints each hop with its edge type and its strongest evidence
 * sentence with the article; JSON gives every hop with all its mentions.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

const char cmd_path_usage[] =
    "usage: armsgraph path FROM TO [--undirected] [--all | --k N] [--max-len N]\n"
    "                      [FILTER...] [--db PATH] [--format table|json|csv]\n"
    "\n"
    "Finds the shortest chain of edges from actor FROM to actor TO (an id, a\n"
    "name or an alias, in any case), following the edges' direction.\n"
    "\n"
    "   --undirected       follow edges both ways\n"
    "   --all              every shortest path\n"
    "   --k N              the N shortest simple paths\n"
    "   --max-len N        only paths of at most N hops\n" CLI_FILTER_HELP "\n"
    "Each hop shows its type and its strongest evidence (highest confidence,\n"
    "then latest). When two actors are linked by edges of several types, the\n"
    "hop takes the first type in the order supplies, seeks-in-exchange,\n"
    "sanctions, attacks, and lists the others. Paths of equal length come in\n"
    "the order of their actors' ids. Exit 1 when there is no path.\n";

enum { OPT_K = 1, OPT_MAX_LEN, OPT_UNDIRECTED, OPT_ALL };
static const cli_opt path_opts[] = {{"k", 0, 1, OPT_K},
                                    {"max-len", 0, 1, OPT_MAX_LEN},
                                    {"undirected", 0, 0, OPT_UNDIRECTED},
                                    {"all", 0, 0, OPT_ALL},
                                    {NULL, 0, 0, 0}};

/* "—supplies→" or "←supplies—" */
static void print_arrow(const ag_hop *h, const ag_gedge *e)
{
    if (h->reversed)
        printf("\xe2\x86\x90%s\xe2\x80\x94", ag_edge_type_name(e->type));
    else
        printf("\xe2\x80\x94%s\xe2\x86\x92", ag_edge_type_name(e->type));
}

static int print_hop(cli_graph *cg, const ag_hop *h, size_t k)
{
    const ag_graph *g = &cg->g;
    const ag_gedge *e = &g->edges[h->edge];
    ag_mention_row *rows = NULL;
    size_t n = 0, i;
    ag_err err;

    ag_err_clear(&err);
    if (ag_store_mentions(cg->store, e->id, &cg->f, &rows, &n, &err) != AG_OK) {
        cli_error_err(&err);
        return EXIT_FAIL;
    }
    printf("  %zu. %s ", k, cli_vname(&g->vertices[h->from]));
    print_arrow(h, e);
    printf(" %s: %ld mention%s in %ld article%s", cli_vname(&g->vertices[h->to]), e->mentions,
           e->mentions == 1 ? "" : "s", e->articles, e->articles == 1 ? "" : "s");
    if (e->first[0] != '\0')
        printf(", %s%s%s", e->first, strcmp(e->first, e->last) != 0 ? " to " : "",
               strcmp(e->first, e->last) != 0 ? e->last : "");
    printf("\n");
    if (n > 0) {
        const ag_mention_row *m = &rows[0];
        printf("     \"%s\"\n", m->sentence != NULL ? cli_clean(m->sentence) : "(no sentence)");
        printf("     -- %s", cli_clean(m->article_id));
        if (m->article_title != NULL)
            printf(", \"%s\"", cli_clean(m->article_title));
        if (m->date[0] != '\0')
            printf(", %s", cli_clean(m->date));
        printf("\n");
    }
    if (h->n_alts > 0) {
        printf("     also:");
        for (i = 0; i < h->n_alts; i++) {
            const ag_gedge *a = &g->edges[h->alts[i]];
            printf("%s %s%s (%ld mention%s)", i ? "," : "", ag_edge_type_name(a->type),
                   a->from == h->from ? "" : " the other way", a->mentions,
                   a->mentions == 1 ? "" : "s");
        }
        printf("\n");
    }
    ag_mention_rows_free(rows, n);
    return EXIT_OK;
}

static cJSON *hop_json(cli_graph *cg, const ag_hop *h, int *rc)
{
    const ag_graph *g = &cg->g;
    const ag_gedge *e = &g->edges[h->edge];
    ag_mention_row *rows = NULL;
    size_t n = 0, i;
    ag_err err;
    cJSON *o, *arr;

    ag_err_clear(&err);
    if (ag_store_mentions(cg->store, e->id, &cg->f, &rows, &n, &err) != AG_OK) {
        cli_error_err(&err);
        *rc = EXIT_FAIL;
        return NULL;
    }
    o = cJSON_CreateObject();
    if (o == NULL) {
        ag_mention_rows_free(rows, n);
        return NULL;
    }
    cJSON_AddStringToObject(o, "from", g->vertices[h->from].id);
    cJSON_AddStringToObject(o, "to", g->vertices[h->to].id);
    cJSON_AddStringToObject(o, "type", ag_edge_type_name(e->type));
    cJSON_AddBoolToObject(o, "reversed", h->reversed);
    cJSON_AddItemToObject(o, "edge", cli_gedge_json(g, e));
    arr = cJSON_AddArrayToObject(o, "mentions");
    for (i = 0; arr != NULL && i < n; i++)
        cJSON_AddItemToArray(arr, cli_mention_json(&rows[i]));
    arr = cJSON_AddArrayToObject(o, "alternatives");
    for (i = 0; arr != NULL && i < h->n_alts; i++)
        cJSON_AddItemToArray(arr, cli_gedge_json(g, &g->edges[h->alts[i]]));
    ag_mention_rows_free(rows, n);
    return o;
}

static int print_json(cli_graph *cg, size_t from, size_t to, const ag_path_opts *o,
                      const ag_path_result *r)
{
    cJSON *doc = cJSON_CreateObject(), *paths;
    size_t i, j;
    int rc = EXIT_OK;

    if (doc == NULL) {
        cli_error(NULL, "out of memory");
        return EXIT_FAIL;
    }
    cJSON_AddItemToObject(doc, "from", cli_vertex_json(&cg->g.vertices[from]));
    cJSON_AddItemToObject(doc, "to", cli_vertex_json(&cg->g.vertices[to]));
    cJSON_AddBoolToObject(doc, "directed", !o->undirected);
    cJSON_AddItemToObject(doc, "filter", cli_filter_json(&cg->f));
    paths = cJSON_AddArrayToObject(doc, "paths");
    for (i = 0; paths != NULL && i < r->n_paths && rc == EXIT_OK; i++) {
        cJSON *p = cJSON_CreateObject(), *hops;
        if (p == NULL)
            break;
        cJSON_AddItemToArray(paths, p);
        cJSON_AddNumberToObject(p, "length", (double)r->paths[i].n_hops);
        hops = cJSON_AddArrayToObject(p, "hops");
        for (j = 0; hops != NULL && j < r->paths[i].n_hops && rc == EXIT_OK; j++)
            cJSON_AddItemToArray(hops, hop_json(cg, &r->paths[i].hops[j], &rc));
    }
    if (rc != EXIT_OK) {
        cJSON_Delete(doc);
        return rc;
    }
    return cli_json_print(doc);
}

static int print_table(cli_graph *cg, const ag_path_result *r)
{
    const ag_graph *g = &cg->g;
    size_t i, j;

    for (i = 0; i < r->n_paths; i++) {
        const ag_path *p = &r->paths[i];
        if (r->n_paths > 1)
            printf("%sPath %zu of %zu, %zu hop%s:\n", i ? "\n" : "", i + 1, r->n_paths, p->n_hops,
                   p->n_hops == 1 ? "" : "s");
        printf("%s", cli_vname(&g->vertices[p->hops[0].from]));
        for (j = 0; j < p->n_hops; j++) {
            printf(" ");
            print_arrow(&p->hops[j], &g->edges[p->hops[j].edge]);
            printf(" %s", cli_vname(&g->vertices[p->hops[j].to]));
        }
        printf("\n");
        for (j = 0; j < p->n_hops; j++)
            if (print_hop(cg, &p->hops[j], j + 1) != EXIT_OK)
                return EXIT_FAIL;
    }
    return EXIT_OK;
}

/* --format csv: one row per hop of every path */
static int print_csv(const ag_graph *g, const ag_path_result *r)
{
    cli_table t;
    int rc = AG_OK;

    cli_table_init(&t, 11);
    t.csv = 1;
    rc = cli_table_rowf(&t, "path\thop\tfrom\ttype\tto\treversed\tmentions\tarticles\tfirst\t"
                            "last\titems");
    for (size_t i = 0; i < r->n_paths && rc == AG_OK; i++) {
        for (size_t j = 0; j < r->paths[i].n_hops && rc == AG_OK; j++) {
            const ag_hop *h = &r->paths[i].hops[j];
            const ag_gedge *e = &g->edges[h->edge];
            rc = cli_table_rowf(&t, "%zu\t%zu\t%s\t%s\t%s\t%s\t%ld\t%ld\t%s\t%s\t%s", i + 1, j + 1,
                                g->vertices[h->from].id, ag_edge_type_name(e->type),
                                g->vertices[h->to].id, h->reversed ? "yes" : "no", e->mentions,
                                e->articles, e->first[0] ? e->first : "-",
                                e->last[0] ? e->last : "-", e->items ? e->items : "-");
        }
    }
    if (rc == AG_OK)
        cli_table_print(&t, stdout);
    else
        cli_error(NULL, "out of memory");
    cli_table_destroy(&t);
    return rc == AG_OK ? EXIT_OK : EXIT_FAIL;
}

/* The figures (mentions, articles, dates; texts with AG_LOAD_TEXTS) of the
 * edges the paths show: their hops and the alternatives. *all_counted: each
 * of them has a mention (else it is not in the graph of a full load). */
static int tally_hops(cli_graph *cg, unsigned parts, const ag_path_result *r, int *all_counted)
{
    size_t *idx = NULL, n = 0, cap = 0;
    ag_err err;
    int rc = AG_OK;

    for (size_t i = 0; rc == AG_OK && i < r->n_paths; i++) {
        for (size_t j = 0; rc == AG_OK && j < r->paths[i].n_hops; j++) {
            const ag_hop *h = &r->paths[i].hops[j];
            for (size_t a = 0; rc == AG_OK && a <= h->n_alts; a++) {
                rc = ag_grow(&idx, &cap, n, sizeof *idx, 16);
                if (rc == AG_OK)
                    idx[n++] = a == 0 ? h->edge : h->alts[a - 1];
            }
        }
    }
    ag_err_clear(&err);
    if (rc != AG_OK)
        ag_err_set(&err, rc, "out of memory");
    else
        rc = ag_graph_tally(cg->store, &cg->g, idx, n, parts, &err);
    *all_counted = 1;
    for (size_t i = 0; rc == AG_OK && i < n; i++)
        if (cg->g.edges[idx[i]].mentions == 0)
            *all_counted = 0;
    free(idx);
    if (rc != AG_OK) {
        cli_error_err(&err);
        return EXIT_FAIL;
    }
    return EXIT_OK;
}

/* The shortest path on the graph of the edges table alone
 * (AG_LOAD_EDGES_ONLY; vertices in both graphs are in id order): EXIT_OK
 * when it exists and all its edges, and their alternatives, have mentions.
 * Then it is the path the full graph gives too (the same length, since the
 * full graph's edges are among these; the lowest in id order among more
 * paths). Else -1, silently: no path, an actor or edge missing, or an edge
 * without mentions; the caller loads the full graph and looks again. */
static int find_fast(cli_graph *cg, const long vs[2], const ag_path_opts *o, unsigned parts,
                     ag_path_result *r)
{
    ag_err err;
    int counted = 0;

    if (cg->g.n_edges == 0 || vs[0] < 0 || vs[1] < 0)
        return -1;
    ag_err_clear(&err);
    if (ag_graph_path(&cg->g, (size_t)vs[0], (size_t)vs[1], o, r, &err) != AG_OK)
        return -1;
    if (tally_hops(cg, parts, r, &counted) != EXIT_OK)
        return EXIT_FAIL;
    return counted ? EXIT_OK : -1;
}

/* One shortest path without loading the graph (ag_graph_load_path), on a
 * cli_graph of the path's actors and edges: EXIT_OK when found (cg open,
 * ids and vs set), EXIT_FAIL when printed; else, silently and with cg
 * closed, -1 when the search gave up or the store did not open (the lean
 * graph comes next) and -2 when only the full graph can answer (no path
 * on the edges table, an edge without mentions on the path, --max-len). */
static int find_near(cli_graph *cg, const char *db, const ag_filter *f, const char *names[2],
                     const ag_path_opts *o, unsigned parts, char *ids[2], long vs[2],
                     ag_path_result *r)
{
    ag_err err;
    int found = -1, rc = -1, k;
    size_t max = cli_search_bound("ARMSGRAPH_PATH_SEARCH", NULL);

    if (max == 0)
        return -1;
    if (cli_graph_open_store(cg, db, f, &err) != AG_OK)
        goto out;
    max = cli_search_bound("ARMSGRAPH_PATH_SEARCH", cg->store);
    for (k = 0; k < 2; k++)
        if (ag_store_resolve(cg->store, names[k], &ids[k], &err) != AG_OK)
            goto out;
    if (strcmp(ids[0], ids[1]) == 0 ||
        ag_graph_load_path(cg->store, f, ids[0], ids[1], o->undirected, max, &cg->g, &found,
                           &err) != AG_OK ||
        found < 0)
        goto out;
    rc = -2;
    if (found == 0)
        goto out;
    for (k = 0; k < 2; k++)
        vs[k] = ag_graph_vertex_index(&cg->g, ids[k]);
    rc = find_fast(cg, vs, o, parts, r);
    if (rc == -1)
        rc = -2;
out:
    if (rc != EXIT_OK) {
        ag_path_result_destroy(r);
        cli_graph_close(cg);
        for (k = 0; k < 2; k++) {
            free(ids[k]);
            ids[k] = NULL;
        }
    }
    return rc;
}

int cmd_path(int argc, char **argv)
{
    const char *cmd = "path";
    const char *names[2] = {NULL, NULL};
    char *ids[2] = {NULL, NULL};
    long vs[2] = {-1, -1};
    cli_common c;
    ag_filter f;
    ag_path_opts o;
    ag_path_result r;
    cli_graph cg;
    ag_err err;
    long num;
    cli_args args;
    int r1, rc = EXIT_FAIL, opened = 0, npos = 0, k, fast;
    unsigned parts;
    char msg[1200];

    cli_common_init(&c);
    ag_filter_init(&f);
    ag_path_opts_init(&o);
    ag_path_result_init(&r);
    if (cli_args_init(&args, cmd, argc, argv, path_opts, CLI_OPTS_COMMON | CLI_OPTS_FILTER, &c,
                      &f) != EXIT_OK)
        return EXIT_FAIL;
    while ((r1 = cli_args_next(&args)) > 0) {
        if (r1 == OPT_K || r1 == OPT_MAX_LEN) {
            if (cli_parse_int(cmd, args.name, args.value, 1, r1 == OPT_K ? 10000 : 1000000, &num) !=
                EXIT_OK) {
                r1 = -1;
                break;
            }
            *(r1 == OPT_K ? &o.k : &o.max_len) = (int)num;
        } else if (r1 == OPT_UNDIRECTED) {
            o.undirected = 1;
        } else {
            o.all = 1;
        }
    }
    npos = args.npos;
    names[0] = npos > 0 ? args.pos[0] : NULL;
    names[1] = npos > 1 ? args.pos[1] : NULL;
    if (cli_args_end(&args, r1, 2) != EXIT_OK)
        return EXIT_USAGE;
    if (npos < 2)
        return cli_usage_error(cmd, "needs two actors, FROM and TO");
    if (o.all && o.k > 0)
        return cli_usage_error(cmd, "--all and --k do not go together");
    if (cli_filter_check(cmd, &f) != 0)
        return EXIT_USAGE;
    /* the table shows no items: they are read for JSON and CSV only */
    parts = c.format != CLI_TABLE ? AG_LOAD_TEXTS : 0;
    /* One shortest path without a date window or --min-sources: first on
     * the edges table alone, with the mentions read only for the hops
     * found (find_fast); anything else on the full graph. */
    fast = !o.all && o.k <= 1 && f.since[0] == '\0' && f.until[0] == '\0' && f.min_sources <= 1;
    if (fast) {
        /* first through the edge indexes, near the ends */
        rc = find_near(&cg, c.db, &f, names, &o, parts, ids, vs, &r);
        if (rc == EXIT_OK) {
            opened = 1;
            cg.format = c.format;
            goto found;
        }
        if (rc == EXIT_FAIL)
            goto out;
        fast = rc == -1;
        rc = EXIT_FAIL;
    }
    for (;;) {
        if (cli_graph_open_parts(&cg, c.db, &f, parts | (fast ? AG_LOAD_EDGES_ONLY : 0)) != EXIT_OK)
            goto out;
        opened = 1;
        cg.format = c.format;
        for (k = 0; k < 2; k++)
            if (cli_graph_actor(&cg, names[k], &ids[k], &vs[k]) != EXIT_OK)
                goto out;
        if (!fast || strcmp(ids[0], ids[1]) == 0)
            break;
        rc = find_fast(&cg, vs, &o, parts, &r);
        if (rc == EXIT_OK)
            goto found;
        if (rc == EXIT_FAIL)
            goto out;
        rc = EXIT_FAIL;
        ag_path_result_destroy(&r);
        cli_graph_close(&cg);
        opened = 0;
        free(ids[0]);
        free(ids[1]);
        ids[0] = ids[1] = NULL;
        fast = 0;
    }
    if (strcmp(ids[0], ids[1]) == 0) {
        cli_error(NULL, "'%s' and '%s' are the same actor (%s); nothing to connect", names[0],
                  names[1], ids[0]);
        goto out;
    }
    if (cli_graph_need_edges(&cg) != EXIT_OK)
        goto out;
    for (k = 0; k < 2; k++) {
        if (vs[k] < 0) {
            snprintf(msg, sizeof msg, "no path from %s to %s: %s has no edge%s", ids[0], ids[1],
                     ids[k], cli_filter_any(&f) ? " passing the filter" : "");
            goto nopath;
        }
    }
    ag_err_clear(&err);
    if (ag_graph_path(&cg.g, (size_t)vs[0], (size_t)vs[1], &o, &r, &err) != AG_OK) {
        if (err.code == AG_ERR_NOPATH) {
            const char *what = err.msg + (strncmp(err.msg, "no path", 7) == 0 ? 7 : 0);
            snprintf(
                msg, sizeof msg, "no %spath from %s to %s%s%s", o.undirected ? "undirected " : "",
                cli_vname(&cg.g.vertices[vs[0]]), cli_vname(&cg.g.vertices[vs[1]]), what,
                o.undirected || what[0] != '\0' ? ""
                                                : " along the edges' directions; try --undirected");
            goto nopath;
        }
        cli_error_err(&err);
        goto out;
    }
found:
    if (c.format == CLI_JSON)
        rc = print_json(&cg, (size_t)vs[0], (size_t)vs[1], &o, &r);
    else if (c.format == CLI_CSV)
        rc = print_csv(&cg.g, &r);
    else
        rc = print_table(&cg, &r);
    goto out;
nopath:
    cli_error(NULL, "%s", msg);
    if (c.format == CLI_JSON)
        cli_json_failure("no path", msg, "from", ids[0], "to", ids[1]);
out:
    ag_path_result_destroy(&r);
    free(ids[0]);
    free(ids[1]);
    if (opened)
        cli_graph_close(&cg);
    return rc;
}
