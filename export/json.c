/*
 * json.c -- the graph as one JSON document for web tools (D3, Sigma,
 * Cytoscape): {"directed": true, "nodes": [...], "edges": [...]} with every
 * attribute, absent values as null, in the graph's own (sorted) order;
 * with the evidence, every edge also carries its mentions as `show A B
 * --format json` writes them.
 */
#include "ag_export.h"

#include <stdio.h>
#include <string.h>

#include <cjson/cJSON.h>

/* Adds key: s, or key: null when s is NULL (an empty text stays ""). */
static int add_opt(cJSON *o, const char *key, const char *s)
{
    cJSON *v = s != NULL ? cJSON_CreateString(s) : cJSON_CreateNull();

    if (v == NULL)
        return -1;
    if (!cJSON_AddItemToObject(o, key, v)) {
        cJSON_Delete(v);
        return -1;
    }
    return 0;
}

/* Adds key: s, or key: null when s is NULL or empty. Returns 0 or -1. */
static int add_str(cJSON *o, const char *key, const char *s)
{
    return add_opt(o, key, s != NULL && s[0] != '\0' ? s : NULL);
}

static int add_num(cJSON *o, const char *key, double x)
{
    return cJSON_AddNumberToObject(o, key, x) != NULL ? 0 : -1;
}

cJSON *ag_export_mention_json(const ag_mention_row *m)
{
    cJSON *o = cJSON_CreateObject(), *a;

    if (o == NULL)
        return NULL;
    a = cJSON_AddObjectToObject(o, "article");
    if (a == NULL || cJSON_AddStringToObject(a, "id", m->article_id ? m->article_id : "") == NULL ||
        add_opt(a, "title", m->article_title) || add_opt(a, "url", m->article_url) ||
        add_opt(a, "source", m->article_source) || add_str(o, "date", m->date) ||
        add_opt(o, "sentence", m->sentence))
        goto fail;
    if (m->start >= 0 && m->end >= 0 &&
        (add_num(o, "start", (double)m->start) || add_num(o, "end", (double)m->end)))
        goto fail;
    if (add_opt(o, "items", m->items) || add_opt(o, "category", m->category) ||
        add_opt(o, "quantity", m->quantity) || add_str(o, "status", ag_status_name(m->status)) ||
        add_opt(o, "attribution", m->attribution) || add_num(o, "confidence", m->confidence))
        goto fail;
    return o;
fail:
    cJSON_Delete(o);
    return NULL;
}

/* Adds "sources", "urls" and "evidence" from one edge's mentions. */
static int add_evidence(cJSON *o, const ag_gedge *e, const ag_edge_evidence *ev)
{
    cJSON *urls, *arr;
    ag_buf joined;
    int rc = -1;

    ag_buf_init(&joined);
    if (add_num(o, "sources", (double)e->articles) ||
        (urls = cJSON_AddArrayToObject(o, "urls")) == NULL ||
        (arr = cJSON_AddArrayToObject(o, "evidence")) == NULL ||
        ag_export_evidence_urls(ev, &joined) != AG_OK)
        goto out;
    for (char *p = joined.data, *sp; p != NULL && *p; p = sp != NULL ? sp + 1 : NULL) {
        cJSON *u;
        sp = strchr(p, ' ');
        if (sp != NULL)
            *sp = '\0';
        if ((u = cJSON_CreateString(p)) == NULL)
            goto out;
        cJSON_AddItemToArray(urls, u);
    }
    for (size_t k = 0; k < ev->n; k++) {
        cJSON *m = ag_export_mention_json(&ev->rows[k]);
        if (m == NULL)
            goto out;
        cJSON_AddItemToArray(arr, m);
    }
    rc = 0;
out:
    ag_buf_destroy(&joined);
    return rc;
}

static cJSON *node_json(const ag_vertex *v)
{
    cJSON *o = cJSON_CreateObject(), *aliases;
    size_t i;
    int ok = 0;

    if (o == NULL || add_str(o, "id", v->id) || add_str(o, "name", v->name) ||
        add_str(o, "kind", ag_kind_name(v->kind)) || add_str(o, "state", v->state) ||
        (aliases = cJSON_AddArrayToObject(o, "aliases")) == NULL)
        goto out;
    for (i = 0; i < v->n_aliases; i++) {
        cJSON *a = cJSON_CreateString(v->aliases[i] != NULL ? v->aliases[i] : "");
        if (a == NULL)
            goto out;
        cJSON_AddItemToArray(aliases, a);
    }
    ok = 1;
out:
    if (!ok) {
        cJSON_Delete(o);
        o = NULL;
    }
    return o;
}

static cJSON *edge_json(const ag_graph *g, const ag_gedge *e, const ag_edge_evidence *ev)
{
    cJSON *o = cJSON_CreateObject();
    char id[32];

    snprintf(id, sizeof id, "e%lld", e->id);
    if (o == NULL || add_str(o, "id", id) || add_str(o, "source", g->vertices[e->from].id) ||
        add_str(o, "target", g->vertices[e->to].id) ||
        add_str(o, "type", ag_edge_type_name(e->type)) || add_str(o, "items", e->items) ||
        add_str(o, "categories", e->categories) || add_str(o, "quantity", e->quantity) ||
        add_num(o, "mentions", (double)e->mentions) ||
        add_num(o, "articles", (double)e->articles) || add_str(o, "first", e->first) ||
        add_str(o, "last", e->last) || add_num(o, "confidence", e->confidence) ||
        add_str(o, "status", ag_status_name(e->status)) || (ev != NULL && add_evidence(o, e, ev))) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

int ag_export_json(const ag_graph *g, ag_buf *out, ag_err *err)
{
    return ag_export_json_ev(g, NULL, out, err);
}

int ag_export_json_ev(const ag_graph *g, const ag_edge_evidence *ev, ag_buf *out, ag_err *err)
{
    cJSON *doc = cJSON_CreateObject(), *nodes = NULL, *edges = NULL, *item;
    char *text = NULL;
    size_t i;
    int rc = AG_ERR_NOMEM;

    if (doc == NULL || cJSON_AddBoolToObject(doc, "directed", 1) == NULL)
        goto out;
    if ((nodes = cJSON_AddArrayToObject(doc, "nodes")) == NULL ||
        (edges = cJSON_AddArrayToObject(doc, "edges")) == NULL)
        goto out;
    for (i = 0; i < g->n_vertices; i++) {
        if ((item = node_json(&g->vertices[i])) == NULL)
            goto out;
        cJSON_AddItemToArray(nodes, item);
    }
    for (i = 0; i < g->n_edges; i++) {
        if (g->edges[i].from >= g->n_vertices || g->edges[i].to >= g->n_vertices) {
            rc = ag_err_set(err, AG_ERR_USAGE, "edge %zu refers to a vertex out of range", i);
            goto out;
        }
        if ((item = edge_json(g, &g->edges[i], ev != NULL ? &ev[i] : NULL)) == NULL)
            goto out;
        cJSON_AddItemToArray(edges, item);
    }
    if ((text = cJSON_Print(doc)) == NULL || ag_buf_puts(out, text) != AG_OK ||
        ag_buf_putc(out, '\n') != AG_OK)
        goto out;
    rc = AG_OK;
out:
    if (rc == AG_ERR_NOMEM)
        ag_err_set(err, rc, "out of memory");
    cJSON_free(text);
    cJSON_Delete(doc);
    return rc;
}
