/*
 * cmd-merge.c -- `armsgraph merge OUT.db SHARD.db...`: merges stores built
 * on different machines into one, in one transaction.
 */
#include "ag_graph.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char cmd_merge_usage[] =
    "usage: armsgraph merge [--quiet] [--format table|json] OUT.db SHARD.db...\n"
    "\n"
    "Merges stores built separately (for example by `armsgraph ingest` on\n"
    "several machines) into OUT.db, created when missing, in one transaction:\n"
    "entities are unified by id, articles deduplicated by the hash of their\n"
    "normalized text, edges by (type, source, target); the mentions of each\n"
    "added article come along. Merging the same shard twice changes nothing.\n"
    "The shards' curation edits (`armsgraph curate`) follow the output's, shard\n"
    "by shard in the order given, and the whole curation is applied to the\n"
    "result: an edit already there is not added again; a later rename or\n"
    "state of an entity wins; a merge that would undo an earlier one folds\n"
    "into it; an alias or name given to an entity that an earlier merge took\n"
    "into another becomes an alias of that one.\n"
    "Prints \"merged N shards: added N articles, skipped N (already stored);\n"
    "N new entities, N new edges, N mentions\" (and \"; N curation edits\"\n"
    "when shards bring some), or with --format json an object of those\n"
    "counts.\n"
    "\n"
    "Options:\n"
    "   --format FORMAT    table (default) or json\n"
    "   --quiet            no summary\n";

/* Removes the store at path with its -wal, -shm and -journal files. */
static void remove_store(const char *path)
{
    static const char *const suffixes[] = {"-wal", "-shm", "-journal"};
    ag_buf b;

    (void)unlink(path);
    ag_buf_init(&b);
    for (size_t k = 0; k < sizeof suffixes / sizeof suffixes[0]; k++) {
        ag_buf_reset(&b);
        if (ag_buf_printf(&b, "%s%s", path, suffixes[k]) == AG_OK)
            (void)unlink(b.data);
    }
    ag_buf_destroy(&b);
}

enum { OPT_FORMAT = 1, OPT_QUIET };
static const cli_opt merge_opts[] = {
    {"format", 0, 1, OPT_FORMAT}, {"quiet", 'q', 0, OPT_QUIET}, {NULL, 0, 0, 0}};

int cmd_merge(int argc, char **argv)
{
    const char **paths;
    size_t n = 0;
    int quiet = 0, i, rc = EXIT_OK, created = 0, r;
    cli_args args;
    cli_common c;
    ag_store *s = NULL;
    ag_merge_stats ms;
    ag_err err;

    paths = calloc((size_t)argc + 1, sizeof *paths);
    if (paths == NULL) {
        cli_error(NULL, "out of memory");
        return EXIT_FAIL;
    }
    cli_common_init(&c);
    if (cli_args_init(&args, "merge", argc, argv, merge_opts, 0, NULL, NULL) != EXIT_OK) {
        rc = EXIT_FAIL;
        goto out;
    }
    while ((r = cli_args_next(&args)) > 0) {
        const char *v = args.value;
        if (r == OPT_QUIET) {
            quiet = 1;
        } else if (strcmp(v, "json") == 0 || strcmp(v, "table") == 0) {
            c.format = strcmp(v, "json") == 0 ? CLI_JSON : CLI_TABLE;
        } else {
            cli_usage_error("merge", "unknown format '%s' (table or json)", v);
            r = -1;
            break;
        }
    }
    for (i = 0; r == 0 && i < args.npos; i++)
        paths[n++] = args.pos[i];
    cli_args_destroy(&args);
    if (r < 0) {
        rc = EXIT_USAGE;
        goto out;
    }
    if (n < 2) {
        rc = cli_usage_error("merge", "needs OUT.db and at least one SHARD.db");
        goto out;
    }
    ag_err_clear(&err);
    created = access(paths[0], F_OK) != 0;
    if (ag_store_open(&s, paths[0], AG_STORE_CREATE, &err) != AG_OK ||
        ag_store_merge(s, paths + 1, n - 1, &ms, &err) != AG_OK) {
        cli_error_err(&err);
        rc = EXIT_FAIL;
        /* an output store this run created goes again: a failed merge
         * leaves no empty store behind (an existing one is unchanged: the
         * merge is one transaction) */
        if (created) {
            ag_store_close(s);
            s = NULL;
            remove_store(paths[0]);
        }
        goto out;
    }
    if (!quiet && c.format == CLI_JSON) {
        cJSON *doc = cJSON_CreateObject();
        if (doc != NULL) {
            cJSON_AddNumberToObject(doc, "shards", (double)(n - 1));
            cJSON_AddNumberToObject(doc, "added", (double)ms.articles_added);
            cJSON_AddNumberToObject(doc, "skipped", (double)ms.articles_skipped);
            cJSON_AddNumberToObject(doc, "entities", (double)ms.entities);
            cJSON_AddNumberToObject(doc, "edges", (double)ms.edges);
            cJSON_AddNumberToObject(doc, "mentions", (double)ms.mentions);
            cJSON_AddNumberToObject(doc, "curations", (double)ms.curations);
        }
        rc = cli_json_print(doc);
    } else if (!quiet) {
        printf("merged %zu shard%s: added %ld article%s, skipped %ld (already stored); %ld new "
               "entit%s, %ld new edge%s, %ld mention%s",
               n - 1, n == 2 ? "" : "s", ms.articles_added, ms.articles_added == 1 ? "" : "s",
               ms.articles_skipped, ms.entities, ms.entities == 1 ? "y" : "ies", ms.edges,
               ms.edges == 1 ? "" : "s", ms.mentions, ms.mentions == 1 ? "" : "s");
        if (ms.curations > 0)
            printf("; %ld curation edit%s", ms.curations, ms.curations == 1 ? "" : "s");
        putchar('\n');
    }
out:
    if (ag_store_close(s) != AG_OK) {
        cli_error(paths[0], "the store did not close cleanly");
        rc = EXIT_FAIL;
    }
    free(paths);
    return rc;
}
