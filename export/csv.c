/*
 * csv.c -- the graph as three CSV tables for spreadsheets and pandas
 * (`armsgraph export csv DIR`): nodes.csv, edges.csv and mentions.csv,
 * RFC 4180 (header row, CRLF line ends, fields quoted only when needed,
 * quotes doubled), UTF-8, absent values as empty fields.
 */
#include "export_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ag_export_csv_field(ag_buf *out, const char *s)
{
    size_t n;
    int quote, rc = AG_OK;

    if (s == NULL || s[0] == '\0')
        return AG_OK;
    n = strlen(s);
    quote = strpbrk(s, ",\"\r\n") != NULL || s[0] == ' ' || s[n - 1] == ' ';
    if (!quote)
        return ag_buf_append(out, s, n);
    rc = ag_buf_putc(out, '"');
    for (; *s && rc == AG_OK; s++)
        rc = *s == '"' ? ag_buf_puts(out, "\"\"") : ag_buf_putc(out, *s);
    return rc == AG_OK ? ag_buf_putc(out, '"') : rc;
}

/* Appends the fields, comma-separated, and the line end. */
static int row(ag_buf *out, const char *const *f, size_t n)
{
    int rc = AG_OK;

    for (size_t i = 0; i < n && rc == AG_OK; i++) {
        if (i > 0)
            rc = ag_buf_putc(out, ',');
        if (rc == AG_OK)
            rc = ag_export_csv_field(out, f[i]);
    }
    return rc == AG_OK ? ag_buf_puts(out, AG_CSV_EOL) : rc;
}

static int oom(ag_err *err)
{
    return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
}

int ag_export_csv_nodes(const ag_graph *g, ag_buf *out, ag_err *err)
{
    long *degree = calloc(g->n_vertices + 1, sizeof *degree);
    int rc = AG_OK;

    if (degree == NULL)
        return oom(err);
    for (size_t i = 0; i < g->n_edges; i++) {
        if (g->edges[i].from >= g->n_vertices || g->edges[i].to >= g->n_vertices) {
            free(degree);
            return ag_err_set(err, AG_ERR_USAGE, "edge %zu refers to a vertex out of range", i);
        }
        degree[g->edges[i].from]++;
        degree[g->edges[i].to]++;
    }
    rc = ag_buf_puts(out, "id,name,kind,state,aliases,edges" AG_CSV_EOL);
    for (size_t i = 0; i < g->n_vertices && rc == AG_OK; i++) {
        const ag_vertex *v = &g->vertices[i];
        ag_buf aliases;
        char edges[32];
        const char *f[6];

        ag_buf_init(&aliases);
        rc = ag_export_aliases_join(&aliases, v);
        snprintf(edges, sizeof edges, "%ld", degree[i]);
        f[0] = v->id;
        f[1] = v->name;
        f[2] = ag_kind_name(v->kind);
        f[3] = v->state;
        f[4] = aliases.data;
        f[5] = edges;
        if (rc == AG_OK)
            rc = row(out, f, 6);
        ag_buf_destroy(&aliases);
    }
    free(degree);
    return rc == AG_OK ? AG_OK : oom(err);
}

int ag_export_csv_edges(const ag_graph *g, const ag_edge_evidence *ev, ag_buf *out, ag_err *err)
{
    int rc = ag_buf_puts(out, "id,source,target,type,items,categories,quantity,mentions,articles,"
                              "first,last,confidence,status,urls" AG_CSV_EOL);

    for (size_t i = 0; i < g->n_edges && rc == AG_OK; i++) {
        const ag_gedge *e = &g->edges[i];
        char id[32], mentions[32], articles[32], conf[32];
        ag_buf urls;
        const char *f[14];

        if (e->from >= g->n_vertices || e->to >= g->n_vertices)
            return ag_err_set(err, AG_ERR_USAGE, "edge %zu refers to a vertex out of range", i);
        ag_buf_init(&urls);
        snprintf(id, sizeof id, "e%lld", e->id);
        snprintf(mentions, sizeof mentions, "%ld", e->mentions);
        snprintf(articles, sizeof articles, "%ld", e->articles);
        snprintf(conf, sizeof conf, "%.3f", e->confidence);
        if (ev != NULL)
            rc = ag_export_evidence_urls(&ev[i], &urls);
        f[0] = id;
        f[1] = g->vertices[e->from].id;
        f[2] = g->vertices[e->to].id;
        f[3] = ag_edge_type_name(e->type);
        f[4] = e->items;
        f[5] = e->categories;
        f[6] = e->quantity;
        f[7] = mentions;
        f[8] = articles;
        f[9] = e->first;
        f[10] = e->last;
        f[11] = conf;
        f[12] = ag_status_name(e->status);
        f[13] = urls.data;
        if (rc == AG_OK)
            rc = row(out, f, 14);
        ag_buf_destroy(&urls);
    }
    return rc == AG_OK ? AG_OK : oom(err);
}

int ag_export_csv_mentions(const ag_graph *g, const ag_edge_evidence *ev, ag_buf *out, ag_err *err)
{
    int rc = ag_buf_puts(out, "edge,source,target,type,mention,article,title,url,article_source,"
                              "date,sentence,start,end,items,category,quantity,status,"
                              "attribution,confidence" AG_CSV_EOL);

    for (size_t i = 0; ev != NULL && i < g->n_edges && rc == AG_OK; i++) {
        const ag_gedge *e = &g->edges[i];

        if (e->from >= g->n_vertices || e->to >= g->n_vertices)
            return ag_err_set(err, AG_ERR_USAGE, "edge %zu refers to a vertex out of range", i);
        for (size_t k = 0; k < ev[i].n && rc == AG_OK; k++) {
            const ag_mention_row *m = &ev[i].rows[k];
            char id[32], mid[32], start[32] = "", end[32] = "", conf[32];
            const char *f[19];

            snprintf(id, sizeof id, "e%lld", e->id);
            snprintf(mid, sizeof mid, "%lld", m->id);
            if (m->start >= 0 && m->end >= 0) {
                snprintf(start, sizeof start, "%lld", m->start);
                snprintf(end, sizeof end, "%lld", m->end);
            }
            snprintf(conf, sizeof conf, "%.3f", m->confidence);
            f[0] = id;
            f[1] = g->vertices[e->from].id;
            f[2] = g->vertices[e->to].id;
            f[3] = ag_edge_type_name(e->type);
            f[4] = mid;
            f[5] = m->article_id;
            f[6] = m->article_title;
            f[7] = m->article_url;
            f[8] = m->article_source;
            f[9] = m->date;
            f[10] = m->sentence;
            f[11] = start;
            f[12] = end;
            f[13] = m->items;
            f[14] = m->category;
            f[15] = m->quantity;
            f[16] = ag_status_name(m->status);
            f[17] = m->attribution;
            f[18] = conf;
            rc = row(out, f, 19);
        }
    }
    return rc == AG_OK ? AG_OK : oom(err);
}
