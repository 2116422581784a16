/*
 * cmd-central.c -- `armsgraph central`: ranks the actors of the filtered
 * graph by a centrality measure (degree, betweenness, PageRank, ...), as a
 * table or JSON.
 */
#include "cli.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

const char cmd_central_usage[] =
    "usage: armsgraph central [--measure M] [--top N] [--unweighted] [--cutoff L]\n"
    "                         [FILTER...] [--db PATH] [--format table|json|csv]\n"
    "\n"
    "Ranks the actors by a centrality measure, highest first (ties by id).\n"
    "Parallel edges of different types between two actors count as one link\n"
    "weighted by their number of distinct articles.\n"
    "\n"
    "   --measure M        degree, in-degree, out-degree, betweenness, closeness,\n"
    "                      pagerank (default), hub, authority, eigenvector\n"
    "   --top N            print the N best (default 20; 0: all)\n"
    "   --unweighted       every link weighs 1\n"
    "   --cutoff L         betweenness, closeness: only paths up to length L\n"
    "                      (hops, or the sum of 1/articles when weighted)\n" CLI_FILTER_HELP "\n"
    "Degrees sum the weights; betweenness and closeness take 1/articles as the\n"
    "length of a link; closeness follows outgoing links (0 for an actor that\n"
    "reaches nobody); pagerank uses damping 0.85; hub and authority scores and\n"
    "eigenvector centrality (on the undirected projection) are scaled so that\n"
    "the largest is 1. See docs/queries.md.\n";

enum { OPT_MEASURE = 1, OPT_TOP, OPT_CUTOFF, OPT_UNWEIGHTED };
static const cli_opt central_opts[] = {{"measure", 0, 1, OPT_MEASURE},
                                       {"top", 0, 1, OPT_TOP},
                                       {"cutoff", 0, 1, OPT_CUTOFF},
                                       {"unweighted", 0, 0, OPT_UNWEIGHTED},
                                       {NULL, 0, 0, 0}};

int cmd_central(int argc, char **argv)
{
    const char *cmd = "central";
    cli_common c;
    ag_filter f;
    ag_central_opts o;
    cli_graph cg;
    ag_scores s;
    ag_err err;
    cli_table t;
    long top = 20, cutoff = -1;
    const char *v;
    size_t i, n;
    cli_args args;
    int r, rc = EXIT_FAIL;

    cli_common_init(&c);
    ag_filter_init(&f);
    ag_central_opts_init(&o);
    ag_scores_init(&s);
    cli_table_init(&t, 5);
    if (cli_args_init(&args, cmd, argc, argv, central_opts, CLI_OPTS_COMMON | CLI_OPTS_FILTER, &c,
                      &f) != EXIT_OK)
        return EXIT_FAIL;
    while ((r = cli_args_next(&args)) > 0) {
        v = args.value;
        if (r == OPT_MEASURE) {
            if (ag_measure_parse(v, &o.measure) != AG_OK) {
                cli_usage_error(cmd,
                                "unknown measure '%s' (degree, in-degree, out-degree, "
                                "betweenness, closeness, pagerank, hub, authority, "
                                "eigenvector)",
                                v);
                r = -1;
            }
        } else if (r == OPT_TOP) {
            if (cli_parse_int(cmd, "--top", v, 0, 1000000000, &top) != EXIT_OK)
                r = -1;
        } else if (r == OPT_CUTOFF) {
            if (cli_parse_int(cmd, "--cutoff", v, 0, 1000000, &cutoff) != EXIT_OK)
                r = -1;
        } else {
            o.unweighted = 1;
        }
        if (r < 0)
            break;
    }
    if (cli_args_end(&args, r, 0) != EXIT_OK)
        return EXIT_USAGE;
    if (cli_filter_check(cmd, &f) != 0)
        return EXIT_USAGE;
    if (cutoff >= 0 && o.measure != AG_BETWEENNESS && o.measure != AG_CLOSENESS)
        return cli_usage_error(cmd, "--cutoff applies to betweenness and closeness only");
    o.cutoff = (double)cutoff;
    if (cli_graph_open_edges(&cg, c.db, &f, AG_LOAD_COUNTS_ONLY | AG_LOAD_NARROW) != EXIT_OK)
        return EXIT_FAIL;
    ag_err_clear(&err);
    if (ag_graph_centrality(&cg.g, &o, &s, &err) != AG_OK) {
        cli_error_err(&err);
        goto out;
    }
    n = top == 0 || (size_t)top > s.n ? s.n : (size_t)top;
    if (c.format == CLI_JSON) {
        cJSON *doc = cJSON_CreateObject(), *arr;
        if (doc == NULL)
            goto oom;
        cJSON_AddStringToObject(doc, "measure", ag_measure_name(o.measure));
        cJSON_AddStringToObject(doc, "weights", o.unweighted ? "none" : "articles");
        if (cutoff >= 0)
            cJSON_AddNumberToObject(doc, "cutoff", (double)cutoff);
        cJSON_AddItemToObject(doc, "filter", cli_filter_json(&f));
        cJSON_AddNumberToObject(doc, "actors", (double)cg.g.n_vertices);
        cJSON_AddNumberToObject(doc, "edges", (double)cg.g.n_edges);
        arr = cJSON_AddArrayToObject(doc, "ranking");
        for (i = 0; arr != NULL && i < n; i++) {
            const ag_vertex *vx = &cg.g.vertices[s.rank[i]];
            cJSON *row = cli_vertex_json(vx);
            char num[64];
            if (row == NULL)
                break;
            cJSON_AddNumberToObject(row, "rank", (double)(i + 1));
            /* the same %.6f as the table, as a JSON number */
            snprintf(num, sizeof num, "%.6f", s.score[s.rank[i]]);
            cJSON_AddItemToObject(row, "score", cJSON_CreateRaw(num));
            cJSON_AddItemToArray(arr, row);
        }
        rc = cli_json_print(doc);
        goto out;
    }
    char head[64];

    t.right_align = 1u | (1u << 4);
    t.csv = c.format == CLI_CSV;
    snprintf(head, sizeof head, "%s", ag_measure_name(o.measure));
    for (char *p = head; *p; p++)
        *p = (char)toupper((unsigned char)*p);
    if (cli_table_rowf(&t, "RANK\tID\tNAME\tKIND\t%s", head) != AG_OK)
        goto oom;
    for (i = 0; i < n; i++) {
        const ag_vertex *vx = &cg.g.vertices[s.rank[i]];
        if (cli_table_rowf(&t, "%zu\t%s\t%s\t%s\t%.6f", i + 1, cli_clean(vx->id),
                           vx->name ? cli_clean(vx->name) : "-", ag_kind_name(vx->kind),
                           s.score[s.rank[i]]) != AG_OK)
            goto oom;
    }
    cli_table_print(&t, stdout);
    if (!c.quiet && n < s.n)
        fprintf(stderr, "(%zu of %zu actors; --top 0 shows all)\n", n, s.n);
    rc = EXIT_OK;
    goto out;
oom:
    cli_error(NULL, "out of memory");
    rc = EXIT_FAIL;
out:
    cli_table_destroy(&t);
    ag_scores_destroy(&s);
    cli_graph_close(&cg);
    return rc;
}
