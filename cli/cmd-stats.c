/*
 * cmd-stats.c -- `armsgraph stats`: what the store holds (articles, actors
 * by kind, aliases, edges and mentions by type, the dates covered, the
 * schema version).
 */
#include "ag_graph.h"
#include "cli.h"

#include <string.h>

const char cmd_stats_usage[] = "usage: armsgraph stats [--format table|json|csv] [--db PATH]\n"
                               "\n"
                               "Counts what the store holds: articles, entities by kind,\n"
                               "aliases, edges and mentions by type, the first and last date\n"
                               "of a mention (its own date, else its article's) and the\n"
                               "schema version.\n"
                               "\n"
                               "Options:\n"
                               "   --format FORMAT    table (default), json or csv\n"
                               "   --db PATH          the store (default: $ARMSGRAPH_DB, else\n"
                               "                      ./armsgraph.db)\n";

int cmd_stats(int argc, char **argv)
{
    cli_common common;
    ag_store *s = NULL;
    ag_stats st;
    ag_err err;
    cli_args args;
    int r, rc = EXIT_OK;

    cli_common_init(&common);
    if (cli_args_init(&args, "stats", argc, argv, NULL, CLI_OPTS_COMMON, &common, NULL) != EXIT_OK)
        return EXIT_FAIL;
    r = cli_args_next(&args); /* no option of its own: 0 or -1 */
    if (cli_args_end(&args, r, 0) != EXIT_OK)
        return EXIT_USAGE;
    ag_err_clear(&err);
    if (ag_store_open(&s, ag_store_default_path(common.db), AG_STORE_READONLY, &err) != AG_OK ||
        ag_store_stats(s, &st, &err) != AG_OK) {
        cli_error_err(&err);
        rc = EXIT_FAIL;
        goto out;
    }
    if (common.format == CLI_JSON) {
        cJSON *doc = cJSON_CreateObject();
        cJSON *o;
        cJSON_AddStringToObject(doc, "store", ag_store_path(s));
        cJSON_AddNumberToObject(doc, "schema_version", st.schema_version);
        cJSON_AddNumberToObject(doc, "articles", (double)st.articles);
        o = cJSON_AddObjectToObject(doc, "entities");
        cJSON_AddNumberToObject(o, "total", (double)st.entities);
        cJSON_AddNumberToObject(o, "state", (double)st.states);
        cJSON_AddNumberToObject(o, "person", (double)st.persons);
        cJSON_AddNumberToObject(o, "organization", (double)st.organizations);
        cJSON_AddNumberToObject(doc, "aliases", (double)st.aliases);
        o = cJSON_AddObjectToObject(doc, "edges");
        cJSON_AddNumberToObject(o, "total", (double)st.edges);
        for (int t = 0; t < AG_EDGE_TYPE_COUNT; t++)
            cJSON_AddNumberToObject(o, ag_edge_type_name((ag_edge_type)t),
                                    (double)st.edges_by_type[t]);
        o = cJSON_AddObjectToObject(doc, "mentions");
        cJSON_AddNumberToObject(o, "total", (double)st.mentions);
        for (int t = 0; t < AG_EDGE_TYPE_COUNT; t++)
            cJSON_AddNumberToObject(o, ag_edge_type_name((ag_edge_type)t),
                                    (double)st.mentions_by_type[t]);
        if (st.first_date[0] != '\0') {
            cJSON_AddStringToObject(doc, "first_date", st.first_date);
            cJSON_AddStringToObject(doc, "last_date", st.last_date);
        } else {
            cJSON_AddNullToObject(doc, "first_date");
            cJSON_AddNullToObject(doc, "last_date");
        }
        rc = cli_json_print(doc);
    } else {
        cli_table t;
        cli_table_init(&t, 3);
        t.csv = common.format == CLI_CSV;
        t.right_align = (1u << 1) | (1u << 2);
        cli_table_rowf(&t, "TYPE\tEDGES\tMENTIONS");
        for (int k = 0; k < AG_EDGE_TYPE_COUNT; k++)
            cli_table_rowf(&t, "%s\t%ld\t%ld", ag_edge_type_name((ag_edge_type)k),
                           st.edges_by_type[k], st.mentions_by_type[k]);
        cli_table_rowf(&t, "total\t%ld\t%ld", st.edges, st.mentions);
        if (!t.csv) {
            printf("store:     %s (schema version %d)\n", ag_store_path(s), st.schema_version);
            printf("articles:  %ld\n", st.articles);
            printf("entities:  %ld (state %ld, person %ld, organization %ld)\n", st.entities,
                   st.states, st.persons, st.organizations);
            printf("aliases:   %ld\n", st.aliases);
            if (st.first_date[0] != '\0')
                printf("dates:     %s to %s\n", st.first_date, st.last_date);
            else
                printf("dates:     none\n");
            printf("\n");
        }
        cli_table_print(&t, stdout);
        cli_table_destroy(&t);
    }
out:
    ag_store_close(s);
    return rc;
}
