/*
 * cmd-reextract.c -- `armsgraph reextract [ARTICLE...]`: runs the
 * extraction again over stored article texts with today's rules and
 * dictionaries, one transaction per article, and shows what changed.
 */
#include "ag_graph.h"
#include "ag_ingest.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>

const char cmd_reextract_usage[] =
    "usage: armsgraph reextract [OPTIONS] [ARTICLE...]\n"
    "\n"
    "Extracts the edges of stored articles again, from their stored text, with\n"
    "today's rules and dictionaries: all articles, or those named by id, url\n"
    "or sha256. Each article is one transaction: its mentions, and what it\n"
    "names, are replaced whole or not at all; edges and entities that no\n"
    "article supports any more go. The article records the extractor version\n"
    "and dictionaries that extracted it (`stats` counts the older ones).\n"
    "Articles stored pre-extracted (ingest --edges) have no text and are\n"
    "skipped. Running it twice in a row changes nothing the second time.\n"
    "\n"
    "Prints how many articles changed, then per edge type the edges and\n"
    "mentions added and removed, and the entities added and removed.\n"
    "\n"
    "Options:\n"
    "   --dict FILE        add the actors of this dictionary to the default\n"
    "                      ones (repeatable; docs/dictionaries.md)\n"
    "   --dry-run          show what would change; write nothing\n"
    "   --db PATH          the store (default: $ARMSGRAPH_DB, else ./armsgraph.db)\n"
    "   --format FORMAT    table (default), json or csv\n"
    "   --quiet            print nothing but errors\n"
    "   --verbose          one line per changed article on stderr\n"
    "\n"
    "Exit status: 0 when every article was extracted again, 1 when an\n"
    "ARTICLE is unknown or ambiguous (nothing changes), an article failed\n"
    "(the others are still done) or the store failed, 2 on a usage error.\n";

enum { OPT_DICT = 1, OPT_DRY_RUN };
static const cli_opt reextract_opts[] = {
    {"dict", 0, 1, OPT_DICT}, {"dry-run", 0, 0, OPT_DRY_RUN}, {NULL, 0, 0, 0}};

typedef struct reextract_run {
    ag_store *s;
    ag_dict *d;
    int dry_run, verbose;
    long done, changed, without_text, failed;
    ag_change total;
} reextract_run;

/* Extracts the article of key again and replaces what it contributed.
 * AG_OK, or the error of a failure of the store (printed) that ends the
 * run; a failure of this article alone is printed and counted. */
static int reextract_one(reextract_run *r, long long key)
{
    ag_article a;
    ag_extraction x;
    ag_change ch;
    ag_err err;
    int rc;

    ag_article_init(&a);
    ag_extraction_init(&x);
    ag_err_clear(&err);
    rc = ag_store_article_get(r->s, key, &a, &err);
    if (rc != AG_OK) {
        cli_error_err(&err);
        goto out;
    }
    if (a.text == NULL) {
        r->without_text++;
        if (r->verbose)
            fprintf(stderr, "%s: no text (stored pre-extracted), skipped\n", cli_clean(a.id));
        goto out;
    }
    rc = ag_extract(r->d, &a, &x, &err);
    if (rc == AG_OK)
        rc = ag_store_replace(r->s, key, &x, r->dry_run, &ch, &err);
    if (rc != AG_OK) {
        cli_error_err(&err);
        r->failed++;
        if (rc != AG_ERR_BUSY && rc != AG_ERR_DB && rc != AG_ERR_IO && rc != AG_ERR_NOMEM)
            rc = AG_OK; /* this article only */
        goto out;
    }
    cli_warn_limits(a.id, &x);
    r->done++;
    r->changed += ch.articles;
    ag_change_add(&r->total, &ch);
    if (r->verbose && ch.articles) {
        long added = 0, removed = 0;
        for (int t = 0; t < AG_EDGE_TYPE_COUNT; t++) {
            added += ch.mentions_added[t];
            removed += ch.mentions_removed[t];
        }
        fprintf(stderr, "%s: %ld mention%s added, %ld removed\n", cli_clean(a.id), added,
                added == 1 ? "" : "s", removed);
    }
out:
    ag_extraction_destroy(&x);
    ag_article_destroy(&a);
    return rc;
}

static void print_summary(const reextract_run *r, const cli_common *common)
{
    if (common->format == CLI_JSON) {
        cJSON *doc = cJSON_CreateObject();
        if (doc != NULL) {
            cJSON_AddBoolToObject(doc, "dry_run", r->dry_run);
            cJSON_AddNumberToObject(doc, "articles", (double)r->done);
            cJSON_AddNumberToObject(doc, "changed", (double)r->changed);
            cJSON_AddNumberToObject(doc, "unchanged", (double)(r->done - r->changed));
            cJSON_AddNumberToObject(doc, "without_text", (double)r->without_text);
            cJSON_AddNumberToObject(doc, "failed", (double)r->failed);
            cli_change_json(doc, &r->total, 0);
        }
        cli_json_print(doc);
        return;
    }
    if (common->format != CLI_CSV) {
        if (r->dry_run)
            printf("dry run, nothing written: ");
        printf("re-extracted %ld article%s: %ld %schanged, %ld unchanged", r->done,
               r->done == 1 ? "" : "s", r->changed, r->dry_run ? "would be " : "",
               r->done - r->changed);
        if (r->without_text > 0)
            printf("; %ld without text skipped", r->without_text);
        if (r->failed > 0)
            printf("; %ld failed", r->failed);
        putchar('\n');
    }
    cli_change_table(&r->total, common->format == CLI_CSV, 0);
}

int cmd_reextract(int argc, char **argv)
{
    cli_common common;
    cli_args args;
    reextract_run run;
    ag_err err;
    long long *keys = NULL;
    size_t n_keys = 0;
    int r, rc = EXIT_OK;

    cli_common_init(&common);
    memset(&run, 0, sizeof run);
    ag_err_clear(&err);
    if (cli_args_init(&args, "reextract", argc, argv, reextract_opts, CLI_OPTS_COMMON, &common,
                      NULL) != EXIT_OK)
        return EXIT_FAIL;
    if (ag_dict_new(&run.d, &err) != AG_OK) {
        cli_error_err(&err);
        rc = EXIT_FAIL;
        goto out;
    }
    /* the dictionaries load once the options are read: default ones first */
    {
        const char **dicts = calloc((size_t)argc + 1, sizeof *dicts);
        size_t n_dicts = 0;

        if (dicts == NULL) {
            cli_error(NULL, "out of memory");
            rc = EXIT_FAIL;
            goto out;
        }
        while ((r = cli_args_next(&args)) > 0) {
            if (r == OPT_DICT)
                dicts[n_dicts++] = args.value;
            else
                run.dry_run = 1;
        }
        if (r == 0 && ag_dict_load_default(run.d, &err) == AG_OK) {
            for (size_t i = 0; i < n_dicts && err.code == AG_OK; i++)
                ag_dict_load_file(run.d, dicts[i], &err);
        }
        free(dicts);
        if (r < 0) {
            rc = EXIT_USAGE;
            goto out;
        }
        if (err.code != AG_OK) {
            cli_error_err(&err);
            rc = EXIT_FAIL;
            goto out;
        }
    }
    run.verbose = common.verbose;
    if (ag_store_open(&run.s, ag_store_default_path(common.db), 0, &err) != AG_OK) {
        cli_error_err(&err);
        rc = EXIT_FAIL;
        goto out;
    }
    if (args.npos > 0) {
        keys = calloc((size_t)args.npos, sizeof *keys);
        if (keys == NULL) {
            cli_error(NULL, "out of memory");
            rc = EXIT_FAIL;
            goto out;
        }
        if ((rc = cli_article_keys(run.s, args.pos, (size_t)args.npos, keys, &n_keys)) != EXIT_OK)
            goto out;
    } else if (ag_store_article_keys(run.s, &keys, &n_keys, &err) != AG_OK) {
        cli_error_err(&err);
        rc = EXIT_FAIL;
        goto out;
    }
    for (size_t i = 0; i < n_keys; i++) {
        if (reextract_one(&run, keys[i]) != AG_OK) {
            rc = EXIT_FAIL;
            break;
        }
    }
    if (run.failed > 0)
        rc = EXIT_FAIL;
    if (!common.quiet)
        print_summary(&run, &common);
out:
    cli_args_destroy(&args);
    if (ag_store_close(run.s) != AG_OK) {
        cli_error(ag_store_default_path(common.db), "the store did not close cleanly");
        rc = EXIT_FAIL;
    }
    ag_dict_free(run.d);
    free(keys);
    return rc;
}
