/*
 * cmd-extract.c -- `armsgraph extract`: reads one article, extracts its
 * edges with the dictionaries, and prints them (a table for people, or the
 * JSON document the scorer reads). Stores nothing.
 */
#include "ag_ingest.h"
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_extract_usage[] =
    "usage: armsgraph extract [--date YYYY-MM-DD] [--id ID] [--format table|json|csv]\n"
    "                         [--dict FILE]... [--extractor rules|scorer|both]\n"
    "                         [--candidates FILE] FILE|-\n"
    "       armsgraph extract --jsonl [--date YYYY-MM-DD] [--dict FILE]... [FILE|-]\n"
    "\n"
    "Extracts the supplies, seeks-in-exchange, sanctions and attacks edges of\n"
    "one article (plain UTF-8 text; '-' reads standard input) and prints them.\n"
    "Nothing is stored.\n"
    "\n"
    "   --date D           the article's publication date: relative dates\n"
    "                      (\"Thursday\", \"Dec. 30\", \"last month\") resolve against it;\n"
    "                      a month (YYYY-MM) is kept as the date but resolves none\n"
    "   --id ID            the article's id (default: sha256:<first 16 hex>)\n"
    "   --format F         table (default: type, source, target, status, date,\n"
    "                      items), json ({\"article\", \"entities\", \"edges\"}) or\n"
    "                      csv (the table as RFC 4180 CSV)\n"
    "   --dict FILE        an extra dictionary file loaded after the default ones\n"
    "                      (data/*.json, or $ARMSGRAPH_DATA); may be repeated\n"
    "   --extractor E      rules (the hand-written patterns), scorer (the learned\n"
    "                      pair scorer of data/scorer.json alone) or both (the\n"
    "                      rules plus the pairs the scorer is surest of);\n"
    "                      default: the scorer file's \"default\"\n"
    "   --candidates FILE  also write every candidate pair the scorer considers,\n"
    "                      with its features, as JSON Lines to FILE (the input\n"
    "                      of tools/train-scorer.py)\n"
    "   --jsonl            stream JSON Lines of articles (id, title, url, source,\n"
    "                      published, text; default: standard input) to one line\n"
    "                      per article: {\"id\", \"article\", \"entities\", \"edges\"},\n"
    "                      in input order, in constant memory; `ingest --edges`\n"
    "                      stores these lines. A bad line is named on stderr\n"
    "                      (FILE:LINE) and the stream goes on; exit 1 if any failed\n";

static void write_candidate(void *arg, const char *line, size_t len)
{
    FILE *f = arg;
    fwrite(line, 1, len, f);
    fputc('\n', f);
}

static int print_table(const ag_extraction *x, int csv)
{
    cli_table t;
    cli_table_init(&t, 6);
    t.csv = csv;
    const char *head[6] = {"TYPE", "SOURCE", "TARGET", "STATUS", "DATE", "ITEMS"};
    int rc = cli_table_row(&t, head);
    for (size_t i = 0; i < x->n_mentions && rc == AG_OK; i++) {
        const ag_mention *m = &x->mentions[i];
        const char *row[6] = {ag_edge_type_name(m->type),  x->entities[m->source].id,
                              x->entities[m->target].id,   ag_status_name(m->status),
                              m->date[0] ? m->date : NULL, m->items};
        rc = cli_table_row(&t, row);
    }
    if (rc == AG_OK)
        cli_table_print(&t, stdout);
    cli_table_destroy(&t);
    return rc == AG_OK ? EXIT_OK : EXIT_FAIL;
}

enum { OPT_DATE = 1, OPT_ID, OPT_DICT, OPT_EXTRACTOR, OPT_CANDIDATES, OPT_JSONL };
static const cli_opt extract_opts[] = {{"date", 0, 1, OPT_DATE},
                                       {"id", 0, 1, OPT_ID},
                                       {"dict", 0, 1, OPT_DICT},
                                       {"extractor", 0, 1, OPT_EXTRACTOR},
                                       {"candidates", 0, 1, OPT_CANDIDATES},
                                       {"jsonl", 0, 0, OPT_JSONL},
                                       {NULL, 0, 0, 0}};

int cmd_extract(int argc, char **argv)
{
    const char *cmd = "extract";
    cli_common c;
    const char *date = NULL, *id = NULL, *file = NULL, *v, *cand_path = NULL;
    ag_extractor mode = AG_EXTRACTOR_DEFAULT;
    FILE *cand = NULL;
    int jsonl = 0;
    const char **dicts = NULL;
    size_t ndicts = 0;
    ag_dict *d = NULL;
    ag_article a;
    ag_extraction x;
    ag_err err;
    char *text = NULL;
    size_t len = 0;
    cli_args args;
    int r, rc = EXIT_FAIL;

    cli_common_init(&c);
    ag_article_init(&a);
    ag_extraction_init(&x);
    ag_err_clear(&err);
    dicts = calloc((size_t)argc, sizeof *dicts);
    if (dicts == NULL) {
        cli_error(NULL, "out of memory");
        return EXIT_FAIL;
    }
    if (cli_args_init(&args, cmd, argc, argv, extract_opts, CLI_OPTS_COMMON, &c, NULL) != EXIT_OK)
        goto out;
    while ((r = cli_args_next(&args)) > 0) {
        v = args.value;
        if (r == OPT_DATE) {
            date = v;
        } else if (r == OPT_ID) {
            id = v;
        } else if (r == OPT_DICT) {
            dicts[ndicts++] = v;
        } else if (r == OPT_EXTRACTOR) {
            if (ag_extractor_parse(v, &mode) != AG_OK) {
                cli_usage_error(cmd, "--extractor: '%s' is not rules, scorer or both", v);
                r = -1;
                break;
            }
        } else if (r == OPT_CANDIDATES) {
            cand_path = v;
        } else {
            jsonl = 1;
        }
    }
    if (r == 0 && args.npos > 1) {
        cli_usage_error(cmd, "one article at a time");
        r = -1;
    }
    if (r == 0 && args.npos == 1)
        file = args.pos[0];
    cli_args_destroy(&args);
    if (r < 0) {
        rc = EXIT_USAGE;
        goto out;
    }
    if (jsonl && file == NULL)
        file = "-";
    if (jsonl && (id != NULL || c.format == CLI_JSON)) {
        rc = cli_usage_error(cmd, "--jsonl takes the ids from the records and writes JSON lines");
        goto out;
    }
    if (file == NULL) {
        rc = cli_usage_error(cmd, "no article given");
        goto out;
    }
    /* a month ("2024-08") is kept as the published date; it resolves no
     * relative day */
    int month_only = date != NULL && strlen(date) == 7 && ag_date_check_partial(date, NULL) == AG_OK;
    if (date != NULL && !month_only && ag_date_check(date, &err) != AG_OK) {
        rc = cli_usage_error(cmd, "--date: '%s' is not a date (YYYY-MM-DD)", date);
        goto out;
    }
    if (ag_dict_new(&d, &err) != AG_OK || ag_dict_load_default(d, &err) != AG_OK) {
        cli_error_err(&err);
        goto out;
    }
    for (size_t i = 0; i < ndicts; i++) {
        if (ag_dict_load_file(d, dicts[i], &err) != AG_OK) {
            cli_error_err(&err);
            goto out;
        }
    }
    ag_dict_set_extractor(d, mode);
    if (cand_path != NULL) {
        if ((cand = fopen(cand_path, "w")) == NULL) {
            cli_error(cand_path, "%s", strerror(errno));
            goto out;
        }
        ag_dict_set_candidate_sink(d, write_candidate, cand);
    }
    if (jsonl) {
        rc = cli_extract_jsonl(d, file, month_only ? NULL : date);
        goto out;
    }
    if (ag_file_read(file, AG_MAX_ARTICLE_BYTES, &text, &len, &err) != AG_OK ||
        ag_article_from_text(&a, text, len, id, month_only ? NULL : date, &err) != AG_OK) {
        /* the reader's message may start with the path already */
        const char *msg = err.msg[0] ? err.msg : ag_code_name(err.code);
        const char *shown = strcmp(file, "-") == 0 ? "<stdin>" : file;
        size_t fl = strlen(shown);
        if (strncmp(msg, shown, fl) == 0 && msg[fl] == ':' && msg[fl + 1] == ' ')
            msg += fl + 2;
        cli_error(shown, "%s", msg);
        goto out;
    }
    if (month_only && (a.published = ag_strdup(date)) == NULL) {
        cli_error(file, "%s", ag_code_name(AG_ERR_NOMEM));
        goto out;
    }
    if (ag_extract(d, &a, &x, &err) != AG_OK) {
        cli_error(file, "%s", err.msg);
        goto out;
    }
    cli_warn_limits(strcmp(file, "-") == 0 ? "<stdin>" : file, &x);
    if (c.format == CLI_JSON) {
        cJSON *doc = NULL;
        if (ag_extraction_to_json(&x, &doc, &err) != AG_OK) {
            cli_error_err(&err);
            goto out;
        }
        rc = cli_json_print(doc) == 0 ? EXIT_OK : EXIT_FAIL;
    } else {
        rc = print_table(&x, c.format == CLI_CSV);
    }
out:
    if (cand != NULL && fclose(cand) != 0 && rc == EXIT_OK) {
        cli_error(cand_path, "%s", strerror(errno));
        rc = EXIT_FAIL;
    }
    free(dicts);
    free(text);
    ag_dict_free(d);
    ag_article_destroy(&a);
    ag_extraction_destroy(&x);
    return rc;
}
