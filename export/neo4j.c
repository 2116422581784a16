/*
 * neo4j.c -- the graph as CSV files for Neo4j's bulk importer
 * (`neo4j-admin database import full`), with typed headers, one ID space
 * ("Entity") and ';' as the array delimiter; see docs/scale-out.md.
 */
#include "ag_export.h"

#include <stdlib.h>
#include <string.h>

/* Appends a quoted CSV field, quotes doubled; newlines stay (import.sh
 * passes --multiline-fields=true), so that two ids that differ only in a
 * newline or a control character stay two ids. */
static int csv_field(ag_buf *out, const char *s)
{
    int rc = ag_buf_putc(out, '"');

    for (; s != NULL && *s && rc == AG_OK; s++)
        rc = *s == '"' ? ag_buf_puts(out, "\"\"") : ag_buf_putc(out, *s);
    return rc == AG_OK ? ag_buf_putc(out, '"') : rc;
}

char ag_export_neo4j_delimiter(const ag_graph *g)
{
    static const char cand[] = ";|\x1f\x1e\x1d\x1c\x1b\x1a\x19\x18\x17\x16\x15\x14\x13\x12"
                               "\x11\x10\x0f\x0e\x0c\x0b\x08\x07\x06\x05\x04\x03\x02\x01";

    for (const char *c = cand; *c; c++) {
        int used = 0;
        for (size_t i = 0; i < g->n_vertices && !used; i++)
            for (size_t k = 0; k < g->vertices[i].n_aliases && !used; k++)
                used = strchr(g->vertices[i].aliases[k], *c) != NULL;
        if (!used)
            return *c;
    }
    return ';'; /* every candidate in some alias: ';' there becomes ',' */
}

static const char *label_of(ag_kind k)
{
    return k == AG_STATE    ? "Entity;State"
           : k == AG_PERSON ? "Entity;Person"
                            : "Entity;Organization";
}

static const char *type_of(ag_edge_type t)
{
    static const char *const names[AG_EDGE_TYPE_COUNT] = {"SUPPLIES", "SEEKS_IN_EXCHANGE",
                                                          "SANCTIONS", "ATTACKS"};
    return (unsigned)t < AG_EDGE_TYPE_COUNT ? names[t] : "RELATED";
}

int ag_export_neo4j_nodes(const ag_graph *g, ag_buf *out, ag_err *err)
{
    int rc = ag_buf_puts(out, "id:ID(Entity),name,kind,state,aliases:string[],:LABEL\n");
    char delim = ag_export_neo4j_delimiter(g);


    for (size_t i = 0; i < g->n_vertices && rc == AG_OK; i++) {
        const ag_vertex *v = &g->vertices[i];
        ag_buf arr;

        ag_buf_init(&arr);
        for (size_t k = 0; k < v->n_aliases && rc == AG_OK; k++) {
            if (k > 0)
                rc = ag_buf_putc(&arr, delim);
            for (const char *p = v->aliases[k]; *p && rc == AG_OK; p++)
                rc = ag_buf_putc(&arr, *p == delim ? ',' : *p);
        }
        if (rc == AG_OK)
            rc = csv_field(out, v->id);
        if (rc == AG_OK)
            rc = ag_buf_putc(out, ',');
        if (rc == AG_OK)
            rc = csv_field(out, v->name);
        if (rc == AG_OK)
            rc = ag_buf_printf(out, ",%s,", ag_kind_name(v->kind));
        if (rc == AG_OK && v->state != NULL)
            rc = csv_field(out, v->state);
        if (rc == AG_OK)
            rc = ag_buf_putc(out, ',');
        if (rc == AG_OK)
            rc = csv_field(out, arr.data != NULL ? arr.data : "");
        if (rc == AG_OK)
            rc = ag_buf_printf(out, ",%s\n", label_of(v->kind));
        ag_buf_destroy(&arr);
    }
    return rc == AG_OK ? AG_OK : ag_err_set(err, AG_ERR_NOMEM, "out of memory");
}

int ag_export_neo4j_relationships(const ag_graph *g, ag_buf *out, ag_err *err)
{
    int rc = ag_buf_puts(out, ":START_ID(Entity),:END_ID(Entity),:TYPE,articles:int,mentions:int,"
                              "first:date,last:date,items,status,confidence:float,edge:long\n");

    for (size_t i = 0; i < g->n_edges && rc == AG_OK; i++) {
        const ag_gedge *e = &g->edges[i];

        if (e->from >= g->n_vertices || e->to >= g->n_vertices)
            return ag_err_set(err, AG_ERR_USAGE, "edge %zu: an end outside the graph", i);
        rc = csv_field(out, g->vertices[e->from].id);
        if (rc == AG_OK)
            rc = ag_buf_putc(out, ',');
        if (rc == AG_OK)
            rc = csv_field(out, g->vertices[e->to].id);
        if (rc == AG_OK)
            rc = ag_buf_printf(out, ",%s,%ld,%ld,%s,%s,", type_of(e->type), e->articles,
                               e->mentions, e->first, e->last);
        if (rc == AG_OK && e->items != NULL)
            rc = csv_field(out, e->items);
        if (rc == AG_OK)
            rc = ag_buf_printf(out, ",%s,%.3f,%lld\n", ag_status_name(e->status), e->confidence,
                               e->id);
    }
    return rc == AG_OK ? AG_OK : ag_err_set(err, AG_ERR_NOMEM, "out of memory");
}

static int cmp_row_article(const void *a, const void *b)
{
    const ag_mention_row *x = *(const ag_mention_row *const *)a;
    const ag_mention_row *y = *(const ag_mention_row *const *)b;

    return strcmp(x->article_id ? x->article_id : "", y->article_id ? y->article_id : "");
}

/* Appends ,"s" (or a bare comma when s is NULL). */
static int comma_field(ag_buf *out, const char *s)
{
    int rc = ag_buf_putc(out, ',');

    return rc == AG_OK && s != NULL ? csv_field(out, s) : rc;
}

int ag_export_neo4j_articles(const ag_graph *g, const ag_edge_evidence *ev, ag_buf *out,
                             ag_err *err)
{
    const ag_mention_row **all = NULL;
    size_t n = 0, total = 0, i;
    int rc = ag_buf_puts(out, "id:ID(Article),title,url,source,:LABEL\n");

    for (i = 0; ev != NULL && i < g->n_edges; i++)
        total += ev[i].n;
    if (rc == AG_OK && total > 0 && (all = malloc(total * sizeof *all)) == NULL)
        rc = AG_ERR_NOMEM;
    for (i = 0; rc == AG_OK && ev != NULL && i < g->n_edges; i++)
        for (size_t k = 0; k < ev[i].n; k++)
            all[n++] = &ev[i].rows[k];
    if (n > 0)
        qsort(all, n, sizeof *all, cmp_row_article);
    for (i = 0; i < n && rc == AG_OK; i++) {
        if (i > 0 && cmp_row_article(&all[i - 1], &all[i]) == 0)
            continue;
        rc = csv_field(out, all[i]->article_id);
        if (rc == AG_OK)
            rc = comma_field(out, all[i]->article_title);
        if (rc == AG_OK)
            rc = comma_field(out, all[i]->article_url);
        if (rc == AG_OK)
            rc = comma_field(out, all[i]->article_source);
        if (rc == AG_OK)
            rc = ag_buf_puts(out, ",Article\n");
    }
    free(all);
    return rc == AG_OK ? AG_OK : ag_err_set(err, AG_ERR_NOMEM, "out of memory");
}

int ag_export_neo4j_mentions(const ag_graph *g, const ag_edge_evidence *ev, ag_buf *out,
                             ag_err *err)
{
    int rc = ag_buf_puts(out, ":START_ID(Article),:END_ID(Entity),:TYPE,edge:long,relation,target,"
                              "date:date,sentence,start:long,end:long,attribution,status,"
                              "confidence:float\n");

    for (size_t i = 0; ev != NULL && i < g->n_edges && rc == AG_OK; i++) {
        const ag_gedge *e = &g->edges[i];

        if (e->from >= g->n_vertices || e->to >= g->n_vertices)
            return ag_err_set(err, AG_ERR_USAGE, "edge %zu: an end outside the graph", i);
        for (size_t k = 0; k < ev[i].n && rc == AG_OK; k++) {
            const ag_mention_row *m = &ev[i].rows[k];

            rc = csv_field(out, m->article_id);
            if (rc == AG_OK)
                rc = comma_field(out, g->vertices[e->from].id);
            if (rc == AG_OK)
                rc = ag_buf_printf(out, ",MENTIONS,%lld,%s", e->id, ag_edge_type_name(e->type));
            if (rc == AG_OK)
                rc = comma_field(out, g->vertices[e->to].id);
            if (rc == AG_OK)
                rc = ag_buf_printf(out, ",%s", m->date);
            if (rc == AG_OK)
                rc = comma_field(out, m->sentence);
            if (rc == AG_OK && m->start >= 0 && m->end >= 0)
                rc = ag_buf_printf(out, ",%lld,%lld", m->start, m->end);
            else if (rc == AG_OK)
                rc = ag_buf_puts(out, ",,");
            if (rc == AG_OK)
                rc = comma_field(out, m->attribution);
            if (rc == AG_OK)
                rc = ag_buf_printf(out, ",%s,%.3f\n", ag_status_name(m->status), m->confidence);
        }
    }
    return rc == AG_OK ? AG_OK : ag_err_set(err, AG_ERR_NOMEM, "out of memory");
}

void ag_export_neo4j_script(const ag_graph *g, ag_buf *out)
{
    char delim = ag_export_neo4j_delimiter(g);

    ag_buf_puts(out, "#!/bin/sh\n"
                     "# Loads this folder into a new Neo4j database (default name: armsgraph).\n"
                     "# Stop the database first; the import creates it from scratch.\n"
                     "#   sh import.sh [DATABASE]\n"
                     "set -eu\n"
                     "cd \"$(dirname \"$0\")\"\n"
                     "neo4j-admin database import full \\\n"
                     "    --nodes=nodes.csv \\\n"
                     "    --nodes=articles.csv \\\n"
                     "    --relationships=relationships.csv \\\n"
                     "    --relationships=mentions.csv \\\n");
    if (delim == ';' || delim == '|')
        ag_buf_printf(out, "    --array-delimiter='%c' \\\n", delim);
    else
        ag_buf_printf(out, "    --array-delimiter='U+%04X' \\\n", (unsigned)delim);
    ag_buf_puts(out, "    --multiline-fields=true \\\n"
                     "    --overwrite-destination=true \\\n"
                     "    \"${1:-armsgraph}\"\n");
}
