/*
 * cmd-communities.c -- `armsgraph communities`: blocs of actors found by
 * Leiden (or Louvain) on the undirected projection of the filtered graph,
 * maximising modularity with a fixed random seed.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

const char cmd_communities_usage[] =
    "usage: armsgraph communities [--algorithm leiden|louvain] [--unweighted]\n"
    "                             [--min-size N] [FILTER...] [--db PATH]\n"
    "                             [--format table|json|csv]\n"
    "\n"
    "Splits the actors into blocs: communities of the graph taken without\n"
    "directions, links weighted by their number of distinct articles,\n"
    "maximising modularity. The random seed is fixed (42): the same store\n"
    "gives the same blocs. Largest bloc first; members by id.\n"
    "\n"
    "   --algorithm A      leiden (default) or louvain\n"
    "   --unweighted       every link weighs 1\n"
    "   --min-size N       list only blocs of at least N actors (default 1)\n" CLI_FILTER_HELP;

enum { OPT_ALGORITHM = 1, OPT_MIN_SIZE, OPT_UNWEIGHTED };
static const cli_opt communities_opts[] = {{"algorithm", 0, 1, OPT_ALGORITHM},
                                           {"min-size", 0, 1, OPT_MIN_SIZE},
                                           {"unweighted", 0, 0, OPT_UNWEIGHTED},
                                           {NULL, 0, 0, 0}};

int cmd_communities(int argc, char **argv)
{
    const char *cmd = "communities";
    const char *v;
    ag_community_algo algo = AG_LEIDEN;
    int unweighted = 0;
    long min_size = 1;
    cli_common c;
    ag_filter f;
    cli_graph cg;
    ag_communities cm;
    ag_err err;
    cli_table t;
    ag_buf b;
    size_t i, k, shown = 0;
    cli_args args;
    int r, rc = EXIT_FAIL;

    cli_common_init(&c);
    ag_filter_init(&f);
    ag_communities_init(&cm);
    cli_table_init(&t, 3);
    ag_buf_init(&b);
    if (cli_args_init(&args, cmd, argc, argv, communities_opts, CLI_OPTS_COMMON | CLI_OPTS_FILTER,
                      &c, &f) != EXIT_OK)
        return EXIT_FAIL;
    while ((r = cli_args_next(&args)) > 0) {
        v = args.value;
        if (r == OPT_ALGORITHM) {
            if (strcmp(v, "leiden") == 0) {
                algo = AG_LEIDEN;
            } else if (strcmp(v, "louvain") == 0) {
                algo = AG_LOUVAIN;
            } else {
                cli_usage_error(cmd, "unknown algorithm '%s' (leiden or louvain)", v);
                r = -1;
            }
        } else if (r == OPT_MIN_SIZE) {
            if (cli_parse_int(cmd, "--min-size", v, 1, 1000000000, &min_size) != EXIT_OK)
                r = -1;
        } else {
            unweighted = 1;
        }
        if (r < 0)
            break;
    }
    if (cli_args_end(&args, r, 0) != EXIT_OK)
        return EXIT_USAGE;
    if (cli_filter_check(cmd, &f) != 0)
        return EXIT_USAGE;
    if (cli_graph_open_edges(&cg, c.db, &f, AG_LOAD_COUNTS_ONLY | AG_LOAD_NARROW) != EXIT_OK)
        return EXIT_FAIL;
    ag_err_clear(&err);
    if (ag_graph_communities(&cg.g, algo, unweighted, &cm, &err) != AG_OK) {
        cli_error_err(&err);
        goto out;
    }
    for (k = 0; k < cm.n_communities; k++)
        if (cm.size[k] >= (size_t)min_size)
            shown++;
    if (c.format == CLI_JSON) {
        cJSON *doc = cJSON_CreateObject(), *arr;
        char num[64];
        if (doc == NULL)
            goto oom;
        cJSON_AddStringToObject(doc, "algorithm", algo == AG_LEIDEN ? "leiden" : "louvain");
        cJSON_AddStringToObject(doc, "weights", unweighted ? "none" : "articles");
        cJSON_AddNumberToObject(doc, "seed", 42);
        cJSON_AddItemToObject(doc, "filter", cli_filter_json(&f));
        snprintf(num, sizeof num, "%.6f", cm.modularity);
        cJSON_AddItemToObject(doc, "modularity", cJSON_CreateRaw(num));
        cJSON_AddNumberToObject(doc, "actors", (double)cm.n_vertices);
        cJSON_AddNumberToObject(doc, "communities", (double)cm.n_communities);
        arr = cJSON_AddArrayToObject(doc, "blocs");
        for (k = 0; arr != NULL && k < cm.n_communities; k++) {
            cJSON *o, *mem;
            if (cm.size[k] < (size_t)min_size)
                continue;
            o = cJSON_CreateObject();
            if (o == NULL)
                break;
            cJSON_AddNumberToObject(o, "bloc", (double)(k + 1));
            cJSON_AddNumberToObject(o, "size", (double)cm.size[k]);
            mem = cJSON_AddArrayToObject(o, "members");
            for (i = 0; mem != NULL && i < cm.n_vertices; i++)
                if (cm.membership[i] == k)
                    cJSON_AddItemToArray(mem, cli_vertex_json(&cg.g.vertices[i]));
            cJSON_AddItemToArray(arr, o);
        }
        rc = cli_json_print(doc);
        goto out;
    }
    t.csv = c.format == CLI_CSV;
    if (!t.csv)
        printf("%zu bloc%s among %zu actors, modularity %.6f (%s, %s, seed 42)\n", cm.n_communities,
               cm.n_communities == 1 ? "" : "s", cm.n_vertices, cm.modularity,
               algo == AG_LEIDEN ? "leiden" : "louvain",
               unweighted ? "unweighted" : "weighted by articles");
    if (t.csv)
        ; /* the table alone */
    else if (shown < cm.n_communities)
        printf("(%zu bloc%s of fewer than %ld actors not listed)\n", cm.n_communities - shown,
               cm.n_communities - shown == 1 ? "" : "s", min_size);
    if (!t.csv)
        printf("\n");
    t.right_align = 1u | 2u;
    if (cli_table_rowf(&t, "BLOC\tSIZE\tMEMBERS") != AG_OK)
        goto oom;
    for (k = 0; k < cm.n_communities; k++) {
        if (cm.size[k] < (size_t)min_size)
            continue;
        ag_buf_reset(&b);
        for (i = 0; i < cm.n_vertices; i++)
            if (cm.membership[i] == k &&
                ag_buf_printf(&b, "%s%s", b.len ? ", " : "", cli_vname(&cg.g.vertices[i])) != AG_OK)
                goto oom;
        if (cli_table_rowf(&t, "%zu\t%zu\t%s", k + 1, cm.size[k], b.data) != AG_OK)
            goto oom;
    }
    cli_table_print(&t, stdout);
    rc = EXIT_OK;
    goto out;
oom:
    cli_error(NULL, "out of memory");
    rc = EXIT_FAIL;
out:
    ag_buf_destroy(&b);
    cli_table_destroy(&t);
    ag_communities_destroy(&cm);
    cli_graph_close(&cg);
    return rc;
}
