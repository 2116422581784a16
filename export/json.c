/*
 * json.c -- the graph as one JSON document for web tools (D3, Sigma,
 * Cytoscape): {"directed": true, "nodes": [...], "edges": [...]} with every
 * attribute, absent values as null, in the graph's own (sorted) order.
 */
#include "ag_export.h"

#include <stdio.h>

#include <cjson/cJSON.h>

/* Adds key: s, or key: null when s is NULL or empty. Returns 0 or -1. */
static int add_str(cJSON *o, const char *key, const char *s)
{
    cJSON *v = s != NULL && s[0] != '\0' ? cJSON_CreateString(s) : cJSON_CreateNull();

    if (v == NULL)
        return -1;
    if (!cJSON_AddItemToObject(o, key, v)) {
        cJSON_Delete(v);
        return -1;
    }
    return 0;
}

static int add_num(cJSON *o, const char *key, double x)
{
    return cJSON_AddNumberToObject(o, key, x) != NULL ? 0 : -1;
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

static cJSON *edge_json(const ag_graph *g, const ag_gedge *e)
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
        add_str(o, "status", ag_status_name(e->status))) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

int ag_export_json(const ag_graph *g, ag_buf *out, ag_err *err)
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
        if ((item = edge_json(g, &g->edges[i])) == NULL)
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
