/*
 * change.c -- how `retract` and `reextract` show what they changed: per
 * edge type the edges and mentions added and removed, and the entities, as
 * a table (or CSV) or as members of a JSON object.
 */
#include "cli.h"

#include <string.h>

void cli_change_table(const ag_change *ch, int csv, int removed_only)
{
    cli_table t;
    ag_change sum;

    memset(&sum, 0, sizeof sum);
    cli_table_init(&t, removed_only ? 3 : 5);
    t.csv = csv;
    t.right_align = removed_only ? 0x6 : 0x1e;
    if (removed_only)
        cli_table_rowf(&t, "TYPE\tEDGES_REMOVED\tMENTIONS_REMOVED");
    else
        cli_table_rowf(&t, "TYPE\tEDGES_ADDED\tEDGES_REMOVED\tMENTIONS_ADDED\tMENTIONS_REMOVED");
    for (int k = 0; k < AG_EDGE_TYPE_COUNT; k++) {
        const char *name = ag_edge_type_name((ag_edge_type)k);
        if (removed_only)
            cli_table_rowf(&t, "%s\t%ld\t%ld", name, ch->edges_removed[k], ch->mentions_removed[k]);
        else
            cli_table_rowf(&t, "%s\t%ld\t%ld\t%ld\t%ld", name, ch->edges_added[k],
                           ch->edges_removed[k], ch->mentions_added[k], ch->mentions_removed[k]);
        sum.edges_added[0] += ch->edges_added[k];
        sum.edges_removed[0] += ch->edges_removed[k];
        sum.mentions_added[0] += ch->mentions_added[k];
        sum.mentions_removed[0] += ch->mentions_removed[k];
    }
    if (removed_only)
        cli_table_rowf(&t, "total\t%ld\t%ld", sum.edges_removed[0], sum.mentions_removed[0]);
    else
        cli_table_rowf(&t, "total\t%ld\t%ld\t%ld\t%ld", sum.edges_added[0], sum.edges_removed[0],
                       sum.mentions_added[0], sum.mentions_removed[0]);
    cli_table_print(&t, stdout);
    cli_table_destroy(&t);
    if (!csv && !removed_only)
        printf("entities: %ld added, %ld removed\n", ch->entities_added, ch->entities_removed);
}

/* {"supplies": n, ...} */
static void add_by_type(cJSON *doc, const char *name, const long *counts)
{
    cJSON *o = cJSON_AddObjectToObject(doc, name);

    for (int k = 0; k < AG_EDGE_TYPE_COUNT; k++)
        cJSON_AddNumberToObject(o, ag_edge_type_name((ag_edge_type)k), (double)counts[k]);
}

void cli_change_json(cJSON *doc, const ag_change *ch, int removed_only)
{
    if (!removed_only)
        add_by_type(doc, "edges_added", ch->edges_added);
    add_by_type(doc, "edges_removed", ch->edges_removed);
    if (!removed_only)
        add_by_type(doc, "mentions_added", ch->mentions_added);
    add_by_type(doc, "mentions_removed", ch->mentions_removed);
    if (!removed_only)
        cJSON_AddNumberToObject(doc, "entities_added", (double)ch->entities_added);
    cJSON_AddNumberToObject(doc, "entities_removed", (double)ch->entities_removed);
}

int cli_article_keys(ag_store *s, const char *const *refs, size_t n, long long *keys,
                     size_t *n_keys)
{
    ag_err err;
    int rc = EXIT_OK;

    *n_keys = 0;
    for (size_t i = 0; i < n; i++) {
        long long key;
        size_t k;

        ag_err_clear(&err);
        if (ag_store_article_find(s, refs[i], &key, &err) != AG_OK) {
            cli_error_err(&err);
            rc = EXIT_FAIL;
            continue;
        }
        for (k = 0; k < *n_keys && keys[k] != key; k++)
            ;
        if (k == *n_keys)
            keys[(*n_keys)++] = key;
    }
    return rc;
}
