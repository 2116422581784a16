/*
 * curate.c -- the analysts' edits of entities: merging two into one,
 * adding an alias, renaming, setting a person's or organization's state.
 * Each edit is a row of the curation table; ag_store_curation_apply (in
 * store.c, which every write calls) plays them all again, in order, after
 * every write (an ingest, a reextract, a retract, a merge of shards), so
 * that an edit survives new extractions: an entity merged away that an
 * article names again is merged again.
 *
 * Every statement binds its values; no SQL text is ever built from data.
 */
#include "graph_int.h"

#include <stdlib.h>
#include <string.h>

/* The kind of entity id, in kind[16]: 1, or 0 when there is none. */
static int entity_kind(ag_store *s, const char *id, char kind[16], ag_err *err, int *rc)
{
    sqlite3_stmt *st = NULL;
    int found = 0;

    *rc = ag_store_prepare(s, "SELECT kind FROM entities WHERE id = ?1", &st, err);
    if (*rc != AG_OK)
        return 0;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(st) == SQLITE_ROW) {
        snprintf(kind, 16, "%s", (const char *)sqlite3_column_text(st, 0));
        found = 1;
    }
    sqlite3_finalize(st);
    return found;
}

int ag_store_curate(ag_store *s, ag_curation_op op, const char *entity, const char *value,
                    ag_err *err)
{
    sqlite3_stmt *st = NULL;
    char kind[16] = "";
    int rc = AG_OK, in_tx = 0;

    if (s->readonly)
        return ag_err_set(err, AG_ERR_USAGE, "%s: store opened read-only", s->path);
    if ((int)op < 0 || op >= AG_CURATION_OP_COUNT || entity == NULL || entity[0] == '\0' ||
        value == NULL || value[0] == '\0')
        return ag_err_set(err, AG_ERR_USAGE, "curation needs an entity and a value");
    /* what enters the store is valid UTF-8, as everywhere (the exports
     * would not be) */
    size_t bad = ag_utf8_invalid_at(value, strlen(value));
    if (bad < strlen(value))
        return ag_err_set(err, AG_ERR_INPUT, "the %s is not valid UTF-8 (byte offset %zu)",
                          op == AG_CURATE_ALIAS    ? "alias"
                          : op == AG_CURATE_RENAME ? "name"
                                                   : "value",
                          bad);
    if ((rc = ag_store_write_begin(s, &in_tx, err)) != AG_OK)
        return rc;
    if (!entity_kind(s, entity, kind, err, &rc)) {
        if (rc == AG_OK)
            rc = ag_err_set(err, AG_ERR_NOTFOUND, "no entity '%s' in the store", entity);
        goto out;
    }
    if (op == AG_CURATE_MERGE) {
        char other[16];
        if (strcmp(entity, value) == 0) {
            rc = ag_err_set(err, AG_ERR_USAGE, "cannot merge '%s' into itself", entity);
            goto out;
        }
        if (!entity_kind(s, value, other, err, &rc)) {
            if (rc == AG_OK)
                rc = ag_err_set(err, AG_ERR_NOTFOUND, "no entity '%s' in the store", value);
            goto out;
        }
    }
    if (op == AG_CURATE_STATE && strcmp(kind, "state") == 0) {
        rc = ag_err_set(err, AG_ERR_USAGE,
                        "'%s' is a state: only people and organizations "
                        "belong to one",
                        entity);
        goto out;
    }
    rc = ag_store_prepare(s, "INSERT INTO curation(op, entity_id, value) VALUES (?1, ?2, ?3)", &st,
                          err);
    if (rc != AG_OK)
        goto out;
    sqlite3_bind_text(st, 1, ag_curation_op_name(op), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, entity, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, value, -1, SQLITE_TRANSIENT);
    rc = sqlite3_step(st);
    if (rc != SQLITE_DONE) {
        rc = ag_store_db_error(s, rc, "recording the curation", err);
        goto out;
    }
    /* the aliases of the entity merged away are the kept one's from now on,
     * as edits of their own (a later extraction brings them back) */
    if (op == AG_CURATE_MERGE &&
        (rc = ag_store_exec_pair(
             s,
             "INSERT INTO curation(op, entity_id, value) SELECT 'alias', ?1, v FROM"
             " (SELECT ?2 AS v UNION SELECT name FROM entities WHERE id = ?2"
             " UNION SELECT alias FROM aliases WHERE entity_id = ?2) ORDER BY v;",
             entity, value, err)) != AG_OK)
        goto out;
    if ((rc = ag_store_curation_apply(s, err)) != AG_OK)
        goto out;
    if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        rc = ag_store_db_error(s, sqlite3_errcode(s->db), "committing", err);
        goto out;
    }
    in_tx = 0;
out:
    if (in_tx)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_finalize(st);
    ag_store_forget(s);
    return rc;
}

void ag_curation_rows_free(ag_curation_row *rows, size_t n)
{
    if (rows == NULL)
        return;
    for (size_t i = 0; i < n; i++) {
        free(rows[i].entity);
        free(rows[i].value);
    }
    free(rows);
}

int ag_store_curation(ag_store *s, ag_curation_row **rows, size_t *n, ag_err *err)
{
    sqlite3_stmt *st = NULL;
    ag_curation_row *r = NULL;
    size_t count = 0, cap = 0;
    int rc, oom = 0;

    *rows = NULL;
    *n = 0;
    rc = ag_store_prepare(s, "SELECT seq, op, entity_id, value FROM curation ORDER BY seq", &st,
                          err);
    if (rc != AG_OK)
        return rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        ag_curation_op op;
        if (ag_curation_op_parse((const char *)sqlite3_column_text(st, 1), &op) != AG_OK)
            continue;
        if (ag_grow(&r, &cap, count, sizeof *r, 16) != AG_OK) {
            oom = 1;
            break;
        }
        r[count].seq = sqlite3_column_int64(st, 0);
        r[count].op = op;
        r[count].entity = ag_store_column_dup(st, 2, &oom);
        r[count].value = ag_store_column_dup(st, 3, &oom);
        count++;
        if (oom)
            break;
    }
    sqlite3_finalize(st);
    if (oom) {
        ag_curation_rows_free(r, count);
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    }
    if (rc != SQLITE_DONE) {
        ag_curation_rows_free(r, count);
        return ag_store_db_error(s, rc, "reading the curation", err);
    }
    *rows = r;
    *n = count;
    return AG_OK;
}
