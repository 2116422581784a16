/*
 * cmd-stats.c -- `armsgraph stats`: what the store holds (articles, actors
 * by kind, aliases, edges and mentions by type, the dates covered, the
 * schema version, and how many articles older rules or dictionaries
 * extracted).
 */
#include "ag_graph.h"
#include "ag_ingest.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>

const char cmd_stats_usage[] =
    "usage: armsgraph stats [--format table|json|csv] [--dict FILE] [--db PATH]\n"
    "\n"
    "Counts what the store holds: articles, entities by kind,\n"
    "aliases, edges and mentions by type, the first and last date\n"
    "of a mention (its own date, else its article's) and the\n"
    "schema version; and how many articles were extracted by the\n"
    "current rules and dictionaries, by older ones (or unknown ones,\n"
    "in a store of schema 2: `armsgraph reextract` brings them up to\n"
    "date), or stored pre-extracted (ingest --edges).\n"
    "\n"
    "Options:\n"
    "   --format FORMAT    table (default), json or csv\n"
    "   --dict FILE        the current dictionaries include this one\n"
    "                      (repeatable, as given to ingest)\n"
    "   --db PATH          the store (default: $ARMSGRAPH_DB, else\n"
    "                      ./armsgraph.db)\n";

/* How the articles were extracted, against the default dictionaries and
 * the files dicts[0..n): AG_OK; the error of loading the default ones in
 * *why (stats goes on: it cannot tell); or the error of a file of dicts
 * (given by the user) or of the store in err. */
static int extraction_age(ag_store *s, const char *const *dicts, size_t n, ag_extraction_age *age,
                          ag_err *why, ag_err *err)
{
    ag_dict *d = NULL;
    int rc = ag_dict_new(&d, err);

    if (rc == AG_OK && ag_dict_load_default(d, why) != AG_OK)
        goto out;
    for (size_t i = 0; rc == AG_OK && i < n; i++)
        rc = ag_dict_load_file(d, dicts[i], err);
    if (rc == AG_OK)
        rc = ag_store_extraction_age(s, AG_EXTRACTOR_VERSION, ag_dict_hash(d), age, err);
out:
    ag_dict_free(d);
    return rc;
}

enum { OPT_DICT = 1 };
static const cli_opt stats_opts[] = {{"dict", 0, 1, OPT_DICT}, {NULL, 0, 0, 0}};

int cmd_stats(int argc, char **argv)
{
    cli_common common;
    ag_store *s = NULL;
    ag_stats st;
    ag_extraction_age age;
    ag_err err, age_err;
    cli_args args;
    const char **dicts;
    size_t n_dicts = 0;
    int r, rc = EXIT_OK;

    cli_common_init(&common);
    dicts = calloc((size_t)argc + 1, sizeof *dicts);
    if (dicts == NULL) {
        cli_error(NULL, "out of memory");
        return EXIT_FAIL;
    }
    if (cli_args_init(&args, "stats", argc, argv, stats_opts, CLI_OPTS_COMMON, &common, NULL) !=
        EXIT_OK) {
        free(dicts);
        return EXIT_FAIL;
    }
    while ((r = cli_args_next(&args)) > 0)
        dicts[n_dicts++] = args.value;
    if (r < 0 || cli_args_max(&args, 0) != EXIT_OK) {
        cli_args_destroy(&args);
        free(dicts);
        return EXIT_USAGE;
    }
    cli_args_destroy(&args);
    ag_err_clear(&err);
    if (ag_store_open(&s, ag_store_default_path(common.db), AG_STORE_READONLY, &err) != AG_OK ||
        ag_store_stats(s, &st, &err) != AG_OK) {
        cli_error_err(&err);
        rc = EXIT_FAIL;
        goto out;
    }
    ag_err_clear(&age_err);
    if (extraction_age(s, dicts, n_dicts, &age, &age_err, &err) != AG_OK) {
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
        if (age_err.code == AG_OK) {
            o = cJSON_AddObjectToObject(doc, "extraction");
            cJSON_AddNumberToObject(o, "rules_version", AG_EXTRACTOR_VERSION);
            cJSON_AddNumberToObject(o, "current", (double)age.current);
            cJSON_AddNumberToObject(o, "older", (double)age.older);
            cJSON_AddNumberToObject(o, "pre_extracted", (double)age.pre_extracted);
        } else {
            cJSON_AddNullToObject(doc, "extraction");
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
            if (age_err.code == AG_OK)
                printf("extracted: %ld by the current rules (version %d) and dictionaries, %ld by "
                       "older ones, %ld stored pre-extracted\n",
                       age.current, AG_EXTRACTOR_VERSION, age.older, age.pre_extracted);
            else
                printf("extracted: cannot tell (%s)\n", age_err.msg);
            printf("\n");
        }
        cli_table_print(&t, stdout);
        cli_table_destroy(&t);
    }
out:
    ag_store_close(s);
    free(dicts);
    return rc;
}
