/*
 * cmd-curate.c -- `armsgraph curate ACTION ...`: the analysts' edits of
 * entities (merge two into one, add an alias, rename, set the state of a
 * person or organization), kept in the store and applied again by every
 * later ingest and reextract; `curate list` shows them, `curate export`
 * writes them as a dictionary file (the --dict format) to share.
 */
#include "ag_graph.h"
#include "ag_ingest.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>

const char cmd_curate_usage[] =
    "usage: armsgraph curate merge ACTOR OTHER\n"
    "       armsgraph curate alias ACTOR NAME\n"
    "       armsgraph curate rename ACTOR NAME\n"
    "       armsgraph curate state ACTOR STATE\n"
    "       armsgraph curate list [--format table|json|csv]\n"
    "       armsgraph curate export [-o FILE]\n"
    "\n"
    "Edits the entities of the store; each edit is kept in the store and applied\n"
    "again, in order, after every later ingest, reextract, retract and merge,\n"
    "so that it survives new extractions. ACTOR and OTHER are ids, names or\n"
    "aliases of entities of the store.\n"
    "\n"
    "   merge ACTOR OTHER  OTHER becomes part of ACTOR: its edges (folded into\n"
    "                      ACTOR's), mentions and aliases move; its id and name\n"
    "                      become aliases of ACTOR; OTHER goes. An article that\n"
    "                      names OTHER later is merged too.\n"
    "   alias ACTOR NAME   NAME is an alias of ACTOR\n"
    "   rename ACTOR NAME  NAME is ACTOR's display name\n"
    "   state ACTOR STATE  the person or organization ACTOR belongs to STATE (a\n"
    "                      state's id or name in the dictionaries)\n"
    "   list               the edits, in order (JSON: {\"curation\": [{\"seq\",\n"
    "                      \"op\", \"entity\", \"value\"}]})\n"
    "   export             the edits as a dictionary file (docs/dictionaries.md),\n"
    "                      one actor entry per edited entity, for --dict\n"
    "\n"
    "Options:\n"
    "   --db PATH          the store (default: $ARMSGRAPH_DB, else ./armsgraph.db)\n"
    "   --format FORMAT    list: table (default), json or csv; an edit: table\n"
    "                      (a line) or json ({\"op\", \"entity\", \"value\"}; an\n"
    "                      unknown actor or state as {\"error\", \"actor\" or\n"
    "                      \"state\", \"message\"})\n"
    "   -o, --output FILE  export: write FILE (replaced whole) instead of\n"
    "                      standard output\n"
    "   --quiet            print nothing but errors\n"
    "\n"
    "Exit status: 0 done, 1 when an actor or state is unknown or ambiguous or\n"
    "the store failed (nothing changes), 2 on a usage error.\n";

enum { OPT_OUTPUT = 1 };
static const cli_opt curate_opts[] = {{"output", 'o', 1, OPT_OUTPUT}, {NULL, 0, 0, 0}};

/* The id of a state named `name` in the default dictionaries, malloc'd;
 * NULL when there is none (said, and with --format json also as a JSON
 * object on standard output). */
static char *state_id(const char *name, cli_format format)
{
    ag_dict *d = NULL;
    ag_entity e;
    ag_err err;
    char *id = NULL;

    ag_err_clear(&err);
    if (ag_dict_new(&d, &err) != AG_OK || ag_dict_load_default(d, &err) != AG_OK) {
        cli_error_err(&err);
    } else if (ag_dict_lookup(d, name, &e) != AG_OK || e.kind != AG_STATE) {
        char msg[AG_ERR_MSG_MAX];
        snprintf(msg, sizeof msg, "unknown state '%s' (give its id or name)", name);
        cli_error(NULL, "%s", msg);
        if (format == CLI_JSON)
            cli_json_failure("unknown state", msg, "state", name, NULL, NULL);
    } else if ((id = ag_strdup(e.id)) == NULL) {
        cli_error(NULL, "out of memory");
    }
    ag_dict_free(d);
    return id;
}

static int print_list(ag_store *s, cli_format format)
{
    ag_curation_row *rows = NULL;
    size_t n = 0;
    ag_err err;

    ag_err_clear(&err);
    if (ag_store_curation(s, &rows, &n, &err) != AG_OK) {
        cli_error_err(&err);
        return EXIT_FAIL;
    }
    if (format == CLI_JSON) {
        cJSON *doc = cJSON_CreateObject();
        cJSON *list = cJSON_AddArrayToObject(doc, "curation");
        for (size_t i = 0; list != NULL && i < n; i++) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddNumberToObject(o, "seq", (double)rows[i].seq);
            cJSON_AddStringToObject(o, "op", ag_curation_op_name(rows[i].op));
            cJSON_AddStringToObject(o, "entity", rows[i].entity);
            cJSON_AddStringToObject(o, "value", rows[i].value);
            cJSON_AddItemToArray(list, o);
        }
        cli_json_print(doc);
    } else {
        cli_table t;
        cli_table_init(&t, 4);
        t.csv = format == CLI_CSV;
        t.right_align = 1u;
        cli_table_rowf(&t, "SEQ\tOP\tENTITY\tVALUE");
        for (size_t i = 0; i < n; i++) {
            const char *cols[4];
            char seq[32];
            snprintf(seq, sizeof seq, "%lld", rows[i].seq);
            cols[0] = seq;
            cols[1] = ag_curation_op_name(rows[i].op);
            cols[2] = cli_clean(rows[i].entity);
            cols[3] = cli_clean(rows[i].value);
            cli_table_row(&t, cols);
        }
        cli_table_print(&t, stdout);
        cli_table_destroy(&t);
    }
    ag_curation_rows_free(rows, n);
    return EXIT_OK;
}

/* The dictionary entry of the edited entity e: its id, kind and name, the
 * aliases and state of the edits. */
static cJSON *actor_entry(const ag_entity_row *e, const ag_curation_row *rows, size_t n)
{
    cJSON *o = cJSON_CreateObject(), *aliases = cJSON_CreateArray();
    const char *state = NULL;

    cJSON_AddStringToObject(o, "actor", e->id);
    cJSON_AddStringToObject(o, "kind", ag_kind_name(e->kind));
    cJSON_AddStringToObject(o, "name", e->name);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(rows[i].entity, e->id) != 0)
            continue;
        if (rows[i].op == AG_CURATE_ALIAS)
            cJSON_AddItemToArray(aliases, cJSON_CreateString(rows[i].value));
        else if (rows[i].op == AG_CURATE_STATE)
            state = rows[i].value;
    }
    cJSON_AddItemToObject(o, "aliases", aliases);
    if (state != NULL)
        cJSON_AddStringToObject(o, "state", state);
    return o;
}

static int export_dict(ag_store *s, const char *path)
{
    ag_curation_row *rows = NULL;
    ag_entity_row *ents = NULL;
    size_t n = 0, n_ents = 0;
    ag_buf b;
    ag_err err;
    int rc = EXIT_OK;

    ag_buf_init(&b);
    ag_err_clear(&err);
    if (ag_store_curation(s, &rows, &n, &err) != AG_OK ||
        ag_store_entities(s, 0, &ents, &n_ents, &err) != AG_OK) {
        cli_error_err(&err);
        rc = EXIT_FAIL;
        goto out;
    }
    /* one entry per edited entity still in the store, in entity order */
    ag_buf_puts(&b, "[\n");
    for (size_t k = 0, written = 0; k < n_ents; k++) {
        size_t i;
        cJSON *o;
        char *text;

        for (i = 0; i < n && strcmp(rows[i].entity, ents[k].id) != 0; i++)
            ;
        if (i == n)
            continue;
        o = actor_entry(&ents[k], rows, n);
        text = cJSON_PrintUnformatted(o);
        cJSON_Delete(o);
        if (text == NULL) {
            cli_error(NULL, "out of memory");
            rc = EXIT_FAIL;
            goto out;
        }
        ag_buf_printf(&b, "%s%s", written++ ? ",\n" : "", text);
        free(text);
    }
    if (ag_buf_puts(&b, "\n]\n") != AG_OK) {
        cli_error(NULL, "out of memory");
        rc = EXIT_FAIL;
        goto out;
    }
    if (path == NULL || strcmp(path, "-") == 0) {
        fwrite(b.data, 1, b.len, stdout);
    } else if (ag_file_write_atomic(path, b.data, b.len, &err) != AG_OK) {
        cli_error_err(&err);
        rc = EXIT_FAIL;
    }
out:
    ag_buf_destroy(&b);
    ag_curation_rows_free(rows, n);
    ag_entity_rows_free(ents, n_ents);
    return rc;
}

/* An actor of the edit that the store does not hold: with --format json,
 * also the failure as a JSON object on standard output (as path, show
 * and neighbors do). */
static void actor_error(const ag_err *err, const char *name, cli_format format)
{
    cli_error_err(err);
    if (format == CLI_JSON && err->code == AG_ERR_NOTFOUND)
        cli_json_failure("unknown actor", err->msg, "actor", name, NULL, NULL);
}

/* Records one edit: pos[0] the action, pos[1] the actor, pos[2] the value;
 * says what it did as a line, or with --format json as {"op", "entity",
 * "value"}. */
static int edit(ag_store *s, const char *const *pos, int quiet, cli_format format)
{
    static const char *const actions[] = {"merge", "alias", "rename", "state"};
    ag_curation_op op = AG_CURATE_MERGE;
    char *id = NULL, *value = NULL;
    ag_err err;
    int rc = EXIT_FAIL;

    for (int k = 0; k < AG_CURATION_OP_COUNT; k++)
        if (strcmp(pos[0], actions[k]) == 0)
            op = (ag_curation_op)k;
    ag_err_clear(&err);
    if (ag_store_resolve(s, pos[1], &id, &err) != AG_OK) {
        actor_error(&err, pos[1], format);
        goto out;
    }
    if (op == AG_CURATE_MERGE) {
        if (ag_store_resolve(s, pos[2], &value, &err) != AG_OK) {
            actor_error(&err, pos[2], format);
            goto out;
        }
    } else if (op == AG_CURATE_STATE) {
        if ((value = state_id(pos[2], format)) == NULL)
            goto out;
    } else if ((value = ag_strdup(pos[2])) == NULL) {
        cli_error(NULL, "out of memory");
        goto out;
    }
    if (ag_store_curate(s, op, id, value, &err) != AG_OK) {
        cli_error_err(&err);
        goto out;
    }
    rc = EXIT_OK;
    if (quiet)
        goto out;
    if (format == CLI_JSON) {
        cJSON *doc = cJSON_CreateObject();
        if (doc != NULL) {
            cJSON_AddStringToObject(doc, "op", ag_curation_op_name(op));
            cJSON_AddStringToObject(doc, "entity", id);
            cJSON_AddStringToObject(doc, "value", value);
        }
        rc = cli_json_print(doc);
    } else if (op == AG_CURATE_MERGE)
        printf("merged %s into %s\n", cli_clean(value), cli_clean(id));
    else if (op == AG_CURATE_ALIAS)
        printf("%s: alias '%s' added\n", cli_clean(id), cli_clean(value));
    else if (op == AG_CURATE_RENAME)
        printf("%s: renamed '%s'\n", cli_clean(id), cli_clean(value));
    else
        printf("%s: state %s\n", cli_clean(id), cli_clean(value));
out:
    free(id);
    free(value);
    return rc;
}

int cmd_curate(int argc, char **argv)
{
    cli_common common;
    cli_args args;
    ag_store *s = NULL;
    ag_err err;
    const char *output = NULL, *action;
    int r, rc = EXIT_OK, is_edit;

    cli_common_init(&common);
    if (cli_args_init(&args, "curate", argc, argv, curate_opts, CLI_OPTS_COMMON, &common, NULL) !=
        EXIT_OK)
        return EXIT_FAIL;
    while ((r = cli_args_next(&args)) > 0)
        output = args.value;
    if (r < 0) {
        rc = EXIT_USAGE;
        goto out;
    }
    if (args.npos == 0) {
        rc = cli_usage_error("curate", "no action given (merge, alias, rename, state, list, "
                                       "export)");
        goto out;
    }
    action = args.pos[0];
    is_edit = strcmp(action, "merge") == 0 || strcmp(action, "alias") == 0 ||
              strcmp(action, "rename") == 0 || strcmp(action, "state") == 0;
    if (!is_edit && strcmp(action, "list") != 0 && strcmp(action, "export") != 0) {
        rc = cli_usage_error("curate",
                             "unknown action '%s' (merge, alias, rename, state, list, "
                             "export)",
                             action);
        goto out;
    }
    if (is_edit && args.npos != 3) {
        rc = cli_usage_error("curate", "%s needs ACTOR and %s", action,
                             strcmp(action, "merge") == 0   ? "OTHER"
                             : strcmp(action, "state") == 0 ? "STATE"
                                                            : "NAME");
        goto out;
    }
    if (!is_edit && cli_args_max(&args, 1) != EXIT_OK) {
        rc = EXIT_USAGE;
        goto out;
    }
    if (common.format == CLI_CSV && strcmp(action, "list") != 0) {
        rc = cli_usage_error("curate", "--format csv goes with list only (%s prints no table)",
                             action);
        goto out;
    }
    if (output != NULL && strcmp(action, "export") != 0) {
        rc = cli_usage_error("curate", "--output goes with export only");
        goto out;
    }
    ag_err_clear(&err);
    if (ag_store_open(&s, ag_store_default_path(common.db), is_edit ? 0 : AG_STORE_READONLY,
                      &err) != AG_OK) {
        cli_error_err(&err);
        rc = EXIT_FAIL;
        goto out;
    }
    if (is_edit)
        rc = edit(s, args.pos, common.quiet, common.format);
    else if (strcmp(action, "list") == 0)
        rc = print_list(s, common.format);
    else
        rc = export_dict(s, output);
out:
    cli_args_destroy(&args);
    if (ag_store_close(s) != AG_OK) {
        cli_error(ag_store_default_path(common.db), "the store did not close cleanly");
        rc = EXIT_FAIL;
    }
    return rc;
}
