/*
 * cmd-neighbors.c -- `armsgraph neighbors ACTOR [--depth N]`: the actors
 * within N hops of one actor, following edges out, in or both ways.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

const char cmd_neighbors_usage[] =
    "usage: armsgraph neighbors ACTOR [--depth N] [--direction out|in|all]\n"
    "                           [FILTER...] [--db PATH] [--format table|json|csv]\n"
    "\n"
    "Lists the actors within N hops of ACTOR (an id, a name or an alias), by\n"
    "distance then id.\n"
    "\n"
    "   --depth N          hops (default 1)\n"
    "   --direction D      out (edges from ACTOR onwards), in (edges towards\n"
    "                      it) or all (default: both ways)\n" CLI_FILTER_HELP;

enum { OPT_DEPTH = 1, OPT_DIRECTION };

/* The actors near ACTOR without loading the graph (ag_graph_load_near):
 * EXIT_OK with cg holding them; else, silently and with cg closed, -1
 * (the search gave up, or an error that the load will word again). */
static int open_near(cli_graph *cg, const char *db, const ag_filter *f, const char *name,
                     long depth, ag_direction dir)
{
    ag_err err;
    char *id = NULL;
    int found = 0;

    if (cli_search_bound("ARMSGRAPH_NEIGHBORS_SEARCH", NULL) == 0)
        return -1;
    if (cli_graph_open_store(cg, db, f, &err) == AG_OK &&
        ag_store_resolve(cg->store, name, &id, &err) == AG_OK)
        ag_graph_load_near(cg->store, f, id, (int)depth, dir,
                           cli_search_bound("ARMSGRAPH_NEIGHBORS_SEARCH", cg->store), &cg->g,
                           &found, &err);
    free(id);
    if (found != 1) {
        cli_graph_close(cg);
        return -1;
    }
    return EXIT_OK;
}
static const cli_opt neighbors_opts[] = {
    {"depth", 0, 1, OPT_DEPTH}, {"direction", 0, 1, OPT_DIRECTION}, {NULL, 0, 0, 0}};

int cmd_neighbors(int argc, char **argv)
{
    const char *cmd = "neighbors";
    const char *name = NULL, *v;
    char *id = NULL;
    long vx = -1, depth = 1;
    ag_direction dir = AG_DIR_ALL;
    cli_common c;
    ag_filter f;
    cli_graph cg;
    ag_reach r;
    ag_err err;
    cli_table t;
    size_t i;
    cli_args args;
    int r1, rc = EXIT_FAIL;

    cli_common_init(&c);
    ag_filter_init(&f);
    ag_reach_init(&r);
    cli_table_init(&t, 4);
    if (cli_args_init(&args, cmd, argc, argv, neighbors_opts, CLI_OPTS_COMMON | CLI_OPTS_FILTER, &c,
                      &f) != EXIT_OK)
        return EXIT_FAIL;
    while ((r1 = cli_args_next(&args)) > 0) {
        v = args.value;
        if (r1 == OPT_DEPTH) {
            if (cli_parse_int(cmd, "--depth", v, 1, 1000000, &depth) != EXIT_OK)
                r1 = -1;
        } else if (strcmp(v, "out") == 0) {
            dir = AG_DIR_OUT;
        } else if (strcmp(v, "in") == 0) {
            dir = AG_DIR_IN;
        } else if (strcmp(v, "all") == 0) {
            dir = AG_DIR_ALL;
        } else {
            cli_usage_error(cmd, "unknown direction '%s' (out, in or all)", v);
            r1 = -1;
        }
        if (r1 < 0)
            break;
    }
    if (args.npos > 0)
        name = args.pos[0];
    if (cli_args_end(&args, r1, 1) != EXIT_OK)
        return EXIT_USAGE;
    if (name == NULL)
        return cli_usage_error(cmd, "needs an actor");
    if (cli_filter_check(cmd, &f) != 0)
        return EXIT_USAGE;
    if (open_near(&cg, c.db, &f, name, depth, dir) != EXIT_OK &&
        cli_graph_open_parts(&cg, c.db, &f, 0) != EXIT_OK)
        return EXIT_FAIL;
    cg.format = c.format;
    if (cli_graph_actor(&cg, name, &id, &vx) != EXIT_OK)
        goto out;
    if (vx >= 0) {
        ag_err_clear(&err);
        if (ag_graph_neighbors(&cg.g, (size_t)vx, (int)depth, dir, &r, &err) != AG_OK) {
            cli_error_err(&err);
            goto out;
        }
    }
    if (c.format == CLI_JSON) {
        cJSON *doc = cJSON_CreateObject(), *arr;
        if (doc == NULL)
            goto oom;
        if (vx >= 0) {
            cJSON_AddItemToObject(doc, "actor", cli_vertex_json(&cg.g.vertices[vx]));
        } else {
            cJSON *o = cJSON_AddObjectToObject(doc, "actor");
            if (o != NULL)
                cJSON_AddStringToObject(o, "id", id);
        }
        cJSON_AddNumberToObject(doc, "depth", (double)depth);
        cJSON_AddStringToObject(doc, "direction",
                                dir == AG_DIR_OUT  ? "out"
                                : dir == AG_DIR_IN ? "in"
                                                   : "all");
        cJSON_AddItemToObject(doc, "filter", cli_filter_json(&f));
        arr = cJSON_AddArrayToObject(doc, "neighbors");
        for (i = 0; arr != NULL && i < r.n; i++) {
            cJSON *o = cli_vertex_json(&cg.g.vertices[r.vertex[i]]);
            if (o == NULL)
                break;
            cJSON_AddNumberToObject(o, "depth", r.depth[i]);
            cJSON_AddItemToArray(arr, o);
        }
        rc = cli_json_print(doc);
        goto out;
    }
    t.csv = c.format == CLI_CSV;
    if (vx < 0 && !t.csv) {
        printf("%s: no edge%s, no neighbors\n", cli_clean(id),
               cli_filter_any(&f) ? " passes the filter" : "");
        rc = EXIT_OK;
        goto out;
    }
    if (r.n == 0 && !t.csv) {
        printf("%s: no neighbors\n", cli_vname(&cg.g.vertices[vx]));
        rc = EXIT_OK;
        goto out;
    }
    t.right_align = 1u;
    if (cli_table_rowf(&t, "DEPTH\tID\tNAME\tKIND") != AG_OK)
        goto oom;
    for (i = 0; i < r.n; i++) {
        const ag_vertex *w = &cg.g.vertices[r.vertex[i]];
        if (cli_table_rowf(&t, "%d\t%s\t%s\t%s", r.depth[i], cli_clean(w->id),
                           w->name ? cli_clean(w->name) : "-", ag_kind_name(w->kind)) != AG_OK)
            goto oom;
    }
    cli_table_print(&t, stdout);
    rc = EXIT_OK;
    goto out;
oom:
    cli_error(NULL, "out of memory");
    rc = EXIT_FAIL;
out:
    cli_table_destroy(&t);
    ag_reach_destroy(&r);
    free(id);
    cli_graph_close(&cg);
    return rc;
}
