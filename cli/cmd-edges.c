/*
 * cmd-edges.c -- `armsgraph edges`: lists the edges of the store that pass
 * the graph filter, one row per (source, type, target) with how many
 * mentions and distinct articles assert it and the dates they cover.
 */
#include "ag_graph.h"
#include "cli.h"

#include <string.h>

const char cmd_edges_usage[] =
    "usage: armsgraph edges [FILTER OPTIONS] [--format table|json|csv] [--db PATH]\n"
    "\n"
    "Lists the edges, sorted by source id, target id and type: source, type,\n"
    "target, the mentions and distinct articles asserting it, the first and\n"
    "last date (a mention's own date, else its article's), and the items.\n"
    "JSON adds the actors' names and kinds, categories, quantities, the\n"
    "highest confidence and the status (reported when any mention is).\n"
    "\n"
    "Options:\n" CLI_FILTER_HELP
    "   --format FORMAT    table (default), json or csv\n"
    "   --db PATH          the store (default: $ARMSGRAPH_DB, else ./armsgraph.db)\n";

static cJSON *actor_json(const ag_vertex *v)
{
    cJSON *o = cJSON_CreateObject();

    cJSON_AddStringToObject(o, "id", v->id);
    cJSON_AddStringToObject(o, "name", v->name);
    cJSON_AddStringToObject(o, "kind", ag_kind_name(v->kind));
    return o;
}

static void add_opt_string(cJSON *o, const char *key, const char *v)
{
    if (v != NULL && v[0] != '\0')
        cJSON_AddStringToObject(o, key, v);
    else
        cJSON_AddNullToObject(o, key);
}

int cmd_edges(int argc, char **argv)
{
    cli_common common;
    ag_filter f;
    ag_store *s = NULL;
    ag_graph g;
    ag_err err;
    cli_args args;
    int r, rc = EXIT_OK;

    cli_common_init(&common);
    ag_filter_init(&f);
    ag_graph_init(&g);
    if (cli_args_init(&args, "edges", argc, argv, NULL, CLI_OPTS_COMMON | CLI_OPTS_FILTER, &common,
                      &f) != EXIT_OK)
        return EXIT_FAIL;
    r = cli_args_next(&args); /* no option of its own: 0 or -1 */
    if (cli_args_end(&args, r, 0) != EXIT_OK)
        return EXIT_USAGE;
    if (cli_filter_check("edges", &f) != 0)
        return EXIT_USAGE;
    ag_err_clear(&err);
    if (ag_store_open(&s, ag_store_default_path(common.db), AG_STORE_READONLY, &err) != AG_OK ||
        ag_graph_load(s, &f, &g, &err) != AG_OK) {
        cli_error_err(&err);
        rc = EXIT_FAIL;
        goto out;
    }
    if (common.format == CLI_JSON) {
        cJSON *doc = cJSON_CreateObject();
        cJSON *arr = cJSON_AddArrayToObject(doc, "edges");
        for (size_t k = 0; arr != NULL && k < g.n_edges; k++) {
            const ag_gedge *e = &g.edges[k];
            cJSON *o = cJSON_CreateObject();
            cJSON_AddItemToObject(o, "source", actor_json(&g.vertices[e->from]));
            cJSON_AddStringToObject(o, "type", ag_edge_type_name(e->type));
            cJSON_AddItemToObject(o, "target", actor_json(&g.vertices[e->to]));
            cJSON_AddNumberToObject(o, "mentions", (double)e->mentions);
            cJSON_AddNumberToObject(o, "articles", (double)e->articles);
            add_opt_string(o, "first", e->first);
            add_opt_string(o, "last", e->last);
            add_opt_string(o, "items", e->items);
            add_opt_string(o, "categories", e->categories);
            add_opt_string(o, "quantity", e->quantity);
            cJSON_AddNumberToObject(o, "confidence", e->confidence);
            cJSON_AddStringToObject(o, "status", ag_status_name(e->status));
            cJSON_AddItemToArray(arr, o);
        }
        rc = cli_json_print(doc);
    } else if (g.n_edges == 0 && common.format != CLI_CSV) {
        printf("no edges%s\n",
               f.types || f.kinds || f.since[0] || f.until[0] || f.min_sources > 1
                   ? " pass the filter"
                   : " in the store");
    } else {
        cli_table t;
        cli_table_init(&t, 8);
        t.csv = common.format == CLI_CSV;
        t.right_align = (1u << 3) | (1u << 4);
        cli_table_row(&t, (const char *const[]){"SOURCE", "TYPE", "TARGET", "MENTIONS",
                                                 "ARTICLES", "FIRST", "LAST", "ITEMS"});
        for (size_t k = 0; k < g.n_edges; k++) {
            const ag_gedge *e = &g.edges[k];
            char m[32], a[32];
            snprintf(m, sizeof m, "%ld", e->mentions);
            snprintf(a, sizeof a, "%ld", e->articles);
            cli_table_row(&t, (const char *const[]){
                                  g.vertices[e->from].id, ag_edge_type_name(e->type),
                                  g.vertices[e->to].id, m, a, e->first[0] ? e->first : NULL,
                                  e->last[0] ? e->last : NULL, e->items});
        }
        cli_table_print(&t, stdout);
        cli_table_destroy(&t);
    }
out:
    ag_graph_destroy(&g);
    ag_store_close(s);
    return rc;
}
