/*
 * cmd-entities.c -- `armsgraph entities`: lists the actors the store holds
 * (states, persons, organizations) with their aliases and how many edges
 * and mentions touch them.
 */
#include "ag_graph.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>

const char cmd_entities_usage[] =
    "usage: armsgraph entities [--kind K[,K]] [--format table|json|csv] [--db PATH]\n"
    "\n"
    "Lists the actors in the store, sorted by id: id, kind, name, the state a\n"
    "person or organization belongs to, the number of edges and of mentions\n"
    "touching it, and its aliases (surface forms seen in articles).\n"
    "\n"
    "Options:\n"
    "   --kind K[,K]       only these kinds: state, person, organization\n"
    "   --format FORMAT    table (default), json or csv\n"
    "   --db PATH          the store (default: $ARMSGRAPH_DB, else ./armsgraph.db)\n";

/* aliases "a; b" as a JSON array */
static cJSON *aliases_json(const char *joined)
{
    cJSON *arr = cJSON_CreateArray();
    const char *p = joined, *q;

    if (arr == NULL || joined == NULL)
        return arr;
    while ((q = strstr(p, "; ")) != NULL) {
        char *s = ag_strndup(p, (size_t)(q - p));
        if (s != NULL)
            cJSON_AddItemToArray(arr, cJSON_CreateString(s));
        free(s);
        p = q + 2;
    }
    cJSON_AddItemToArray(arr, cJSON_CreateString(p));
    return arr;
}

static const cli_opt entities_opts[] = {{"names", 0, 0, 1}, {NULL, 0, 0, 0}};

int cmd_entities(int argc, char **argv)
{
    cli_common common;
    ag_filter f;
    ag_store *s = NULL;
    ag_entity_row *rows = NULL;
    size_t n = 0;
    ag_err err;
    cli_args args;
    int r, rc = EXIT_OK, names_only = 0;

    cli_common_init(&common);
    ag_filter_init(&f);
    if (cli_args_init(&args, "entities", argc, argv, entities_opts, CLI_OPTS_COMMON | CLI_OPTS_KIND,
                      &common, &f) != EXIT_OK)
        return EXIT_FAIL;
    while ((r = cli_args_next(&args)) > 0)
        names_only = 1; /* --names, hidden: for the shell completion */
    if (cli_args_end(&args, r, 0) != EXIT_OK)
        return EXIT_USAGE;
    ag_err_clear(&err);
    if (ag_store_open(&s, ag_store_default_path(common.db), AG_STORE_READONLY, &err) != AG_OK ||
        ag_store_entities(s, f.kinds, &rows, &n, &err) != AG_OK) {
        cli_error_err(&err);
        rc = EXIT_FAIL;
        goto out;
    }
    if (names_only) {
        /* one id a line, for `complete`; an id with a newline is left out */
        for (size_t k = 0; k < n; k++)
            if (strchr(rows[k].id, '\n') == NULL)
                printf("%s\n", rows[k].id);
    } else if (common.format == CLI_JSON) {
        cJSON *doc = cJSON_CreateObject();
        cJSON *arr = cJSON_AddArrayToObject(doc, "entities");
        for (size_t k = 0; arr != NULL && k < n; k++) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "id", rows[k].id);
            cJSON_AddStringToObject(o, "name", rows[k].name);
            cJSON_AddStringToObject(o, "kind", ag_kind_name(rows[k].kind));
            if (rows[k].state != NULL)
                cJSON_AddStringToObject(o, "state", rows[k].state);
            else
                cJSON_AddNullToObject(o, "state");
            cJSON_AddItemToObject(o, "aliases", aliases_json(rows[k].aliases));
            cJSON_AddNumberToObject(o, "edges", (double)rows[k].edges);
            cJSON_AddNumberToObject(o, "mentions", (double)rows[k].mentions);
            cJSON_AddItemToArray(arr, o);
        }
        rc = cli_json_print(doc);
    } else {
        cli_table t;
        cli_table_init(&t, 7);
        t.csv = common.format == CLI_CSV;
        t.right_align = (1u << 4) | (1u << 5);
        cli_table_row(&t, (const char *const[]){"ID", "KIND", "NAME", "STATE", "EDGES", "MENTIONS",
                                                "ALIASES"});
        for (size_t k = 0; k < n; k++) {
            char e[32], m[32];
            snprintf(e, sizeof e, "%ld", rows[k].edges);
            snprintf(m, sizeof m, "%ld", rows[k].mentions);
            cli_table_row(&t, (const char *const[]){rows[k].id, ag_kind_name(rows[k].kind),
                                                    rows[k].name, rows[k].state, e, m,
                                                    rows[k].aliases});
        }
        if (n > 0 || t.csv)
            cli_table_print(&t, stdout);
        else
            printf("no entities%s\n", f.kinds ? " of that kind" : "");
        cli_table_destroy(&t);
    }
out:
    ag_entity_rows_free(rows, n);
    ag_store_close(s);
    return rc;
}
