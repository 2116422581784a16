/*
 * cmd-retract.c -- `armsgraph retract ARTICLE...`: takes articles out of
 * the store with their mentions, and the edges and entities that no other
 * article supports, in one transaction.
 */
#include "ag_graph.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>

const char cmd_retract_usage[] =
    "usage: armsgraph retract [OPTIONS] ARTICLE...\n"
    "\n"
    "Removes articles from the store, each named by its id, its url or the\n"
    "sha256 of its normalized text, with their mentions; the edges, entities\n"
    "and aliases that no other article supports go with them, and an entity\n"
    "that another article still names keeps what that article says of it\n"
    "(name, state, aliases). The store is then the store that never ingested\n"
    "those articles. All articles go in one transaction: when one is unknown,\n"
    "or an id or url names several (give the sha256 then), nothing changes.\n"
    "\n"
    "Prints \"retracted N articles: N edges, N mentions and N entities\n"
    "removed\", then per edge type the edges and mentions removed. With\n"
    "--format csv the table only; with --format json an object of\n"
    "\"retracted\", \"edges_removed\" and \"mentions_removed\" (by edge type)\n"
    "and \"entities_removed\".\n"
    "\n"
    "Options:\n"
    "   --db PATH          the store (default: $ARMSGRAPH_DB, else ./armsgraph.db)\n"
    "   --format FORMAT    table (default), json or csv\n"
    "   --quiet            print nothing but errors\n"
    "\n"
    "Exit status: 0 when the articles were removed, 1 when an article is\n"
    "unknown or ambiguous or the store failed (nothing changed), 2 on a usage\n"
    "error.\n";

/* "retracted 1 article: 3 edges, 3 mentions and 1 entity removed" */
static void print_summary(const ag_change *ch)
{
    long edges = 0, mentions = 0;

    for (int k = 0; k < AG_EDGE_TYPE_COUNT; k++) {
        edges += ch->edges_removed[k];
        mentions += ch->mentions_removed[k];
    }
    printf("retracted %ld article%s: %ld edge%s, %ld mention%s and %ld entit%s removed\n",
           ch->articles, ch->articles == 1 ? "" : "s", edges, edges == 1 ? "" : "s", mentions,
           mentions == 1 ? "" : "s", ch->entities_removed, ch->entities_removed == 1 ? "y" : "ies");
}

int cmd_retract(int argc, char **argv)
{
    cli_common common;
    cli_args args;
    ag_store *s = NULL;
    ag_change ch;
    ag_err err;
    long long *keys = NULL;
    size_t n_keys = 0;
    int r, rc = EXIT_OK;

    cli_common_init(&common);
    if (cli_args_init(&args, "retract", argc, argv, NULL, CLI_OPTS_COMMON, &common, NULL) !=
        EXIT_OK)
        return EXIT_FAIL;
    r = cli_args_next(&args); /* no option of its own: 0 or -1 */
    if (r < 0) {
        rc = EXIT_USAGE;
        goto out;
    }
    if (args.npos == 0) {
        rc = cli_usage_error("retract", "no ARTICLE given (an id, url or sha256)");
        goto out;
    }
    keys = calloc((size_t)args.npos, sizeof *keys);
    if (keys == NULL) {
        cli_error(NULL, "out of memory");
        rc = EXIT_FAIL;
        goto out;
    }
    ag_err_clear(&err);
    if (ag_store_open(&s, ag_store_default_path(common.db), 0, &err) != AG_OK) {
        cli_error_err(&err);
        rc = EXIT_FAIL;
        goto out;
    }
    rc = cli_article_keys(s, args.pos, (size_t)args.npos, keys, &n_keys);
    if (rc != EXIT_OK)
        goto out;
    if (ag_store_retract(s, keys, n_keys, &ch, &err) != AG_OK) {
        cli_error_err(&err);
        rc = EXIT_FAIL;
        goto out;
    }
    if (common.quiet)
        goto out;
    if (common.format == CLI_JSON) {
        cJSON *doc = cJSON_CreateObject();
        if (doc != NULL) {
            cJSON_AddNumberToObject(doc, "retracted", (double)ch.articles);
            cli_change_json(doc, &ch, 1);
        }
        rc = cli_json_print(doc);
    } else {
        if (common.format != CLI_CSV)
            print_summary(&ch);
        cli_change_table(&ch, common.format == CLI_CSV, 1);
    }
out:
    cli_args_destroy(&args);
    if (ag_store_close(s) != AG_OK) {
        cli_error(ag_store_default_path(common.db), "the store did not close cleanly");
        rc = EXIT_FAIL;
    }
    free(keys);
    return rc;
}
