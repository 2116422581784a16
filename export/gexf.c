/*
 * gexf.c -- the graph as GEXF 1.3 for Gephi and Gephi Lite: declared node
 * and edge attributes, viz colours by kind and type, node sizes by degree,
 * edge weight = number of articles, and (unless static) a dynamic graph
 * whose edges and nodes live from their first to their last mention date,
 * so that Gephi's timeline plays it. Valid against the RELAX NG grammar of
 * GEXF 1.3 (no xsi:schemaLocation: the grammar rejects it).
 */
#include "export_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct rgb {
    int r, g, b;
} rgb;

/* the DOT palette, a little brighter for Gephi's dark and light themes */
static const rgb kind_colors[AG_KIND_COUNT] = {
    [AG_STATE] = {70, 130, 180},
    [AG_PERSON] = {230, 159, 0},
    [AG_ORGANIZATION] = {60, 150, 60},
};

static const rgb type_colors[AG_EDGE_TYPE_COUNT] = {
    [AG_SUPPLIES] = {31, 95, 153},
    [AG_SEEKS_IN_EXCHANGE] = {217, 119, 6},
    [AG_SANCTIONS] = {107, 63, 160},
    [AG_ATTACKS] = {192, 57, 43},
};

static const char header[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
    "version=\"1.3\">\n"
    "  <meta>\n"
    "    <creator>armsgraph</creator>\n"
    "    <description>Arms transfers, sanctions and attacks reported in news "
    "articles</description>\n"
    "  </meta>\n";

static const char attributes[] =
    "    <attributes class=\"node\">\n"
    "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
    "      <attribute id=\"state\" title=\"state\" type=\"string\"/>\n"
    "      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n"
    "    </attributes>\n"
    "    <attributes class=\"edge\">\n"
    "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
    "      <attribute id=\"items\" title=\"items\" type=\"string\"/>\n"
    "      <attribute id=\"categories\" title=\"categories\" type=\"string\"/>\n"
    "      <attribute id=\"quantity\" title=\"quantity\" type=\"string\"/>\n"
    "      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"
    "      <attribute id=\"articles\" title=\"articles\" type=\"integer\"/>\n"
    "      <attribute id=\"first\" title=\"first\" type=\"string\"/>\n"
    "      <attribute id=\"last\" title=\"last\" type=\"string\"/>\n"
    "      <attribute id=\"confidence\" title=\"confidence\" type=\"double\"/>\n"
    "      <attribute id=\"status\" title=\"status\" type=\"string\"/>\n";
static const char provenance_attributes[] =
    "      <attribute id=\"sources\" title=\"sources\" type=\"integer\"/>\n"
    "      <attribute id=\"urls\" title=\"urls\" type=\"string\"/>\n";

/* Appends <attvalue for="key" value="..."/> unless value is NULL or empty. */
static int attvalue(ag_buf *b, const char *key, const char *value)
{
    if (value == NULL || value[0] == '\0')
        return AG_OK;
    if (ag_buf_printf(b, "          <attvalue for=\"%s\"", key) != AG_OK ||
        ag_export_xml_attr(b, "value", value) != AG_OK)
        return AG_ERR_NOMEM;
    return ag_buf_puts(b, "/>\n");
}

static int spell(ag_buf *b, const char *first, const char *last)
{
    if (first[0] == '\0' && last[0] == '\0')
        return AG_OK;
    if (ag_buf_puts(b, "        <spells><spell") != AG_OK ||
        (first[0] != '\0' && ag_buf_printf(b, " start=\"%s\"", first) != AG_OK) ||
        (last[0] != '\0' && ag_buf_printf(b, " end=\"%s\"", last) != AG_OK))
        return AG_ERR_NOMEM;
    return ag_buf_puts(b, "/></spells>\n");
}

static int color(ag_buf *b, rgb c)
{
    return ag_buf_printf(b, "        <viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n", c.r, c.g, c.b);
}

/* Appends the aliases attvalue, "; "-joined. */
static int aliases(ag_buf *b, const ag_vertex *v)
{
    ag_buf joined;
    int rc;

    if (v->n_aliases == 0)
        return AG_OK;
    ag_buf_init(&joined);
    rc = ag_export_aliases_join(&joined, v);
    if (rc == AG_OK)
        rc = attvalue(b, "aliases", joined.data);
    ag_buf_destroy(&joined);
    return rc;
}

/* Appends id="..." for vertex i of g: its id, or "nI" when synthetic. */
static int id_attr(ag_buf *b, const char *name, const ag_graph *g, size_t i, int synthetic)
{
    if (synthetic)
        return ag_buf_printf(b, " %s=\"n%zu\"", name, i);
    return ag_export_xml_attr(b, name, g->vertices[i].id);
}

/* Sets *synthetic to 1 when two ids of g escape to the same XML text (the
 * characters XML 1.0 cannot carry are dropped): node ids must stay unique,
 * so every node is then called "nI" (the names stay in the labels). */
static int check_ids(const ag_graph *g, int *synthetic)
{
    return ag_export_ids_clash(g, ag_export_xml_escape, NULL, synthetic);
}

static int node(ag_buf *b, const ag_graph *g, size_t i, int synthetic, long degree,
                const char *first, const char *last, int dynamic)
{
    const ag_vertex *v = &g->vertices[i];
    int k = (int)v->kind >= 0 && v->kind < AG_KIND_COUNT ? (int)v->kind : AG_ORGANIZATION;
    double size = 10.0 + 3.0 * (double)(degree < 20 ? degree : 20);

    if (ag_buf_puts(b, "      <node") != AG_OK || id_attr(b, "id", g, i, synthetic) != AG_OK ||
        ag_export_xml_attr(b, "label", v->name != NULL && v->name[0] ? v->name : v->id) != AG_OK ||
        ag_buf_puts(b, ">\n        <attvalues>\n") != AG_OK ||
        attvalue(b, "kind", ag_kind_name(v->kind)) != AG_OK ||
        attvalue(b, "state", v->state) != AG_OK || aliases(b, v) != AG_OK ||
        ag_buf_puts(b, "        </attvalues>\n") != AG_OK ||
        (dynamic && spell(b, first, last) != AG_OK) || color(b, kind_colors[k]) != AG_OK ||
        ag_buf_printf(b, "        <viz:size value=\"%.1f\"/>\n      </node>\n", size) != AG_OK)
        return AG_ERR_NOMEM;
    return AG_OK;
}

static int edge(ag_buf *b, const ag_graph *g, const ag_gedge *e, const ag_edge_evidence *ev,
                int synthetic, int dynamic)
{
    int t = (int)e->type >= 0 && e->type < AG_EDGE_TYPE_COUNT ? (int)e->type : AG_SUPPLIES;
    const char *type = ag_edge_type_name(e->type);
    char num[64];

    if (ag_buf_printf(b, "      <edge id=\"e%lld\"", e->id) != AG_OK ||
        id_attr(b, "source", g, e->from, synthetic) != AG_OK ||
        id_attr(b, "target", g, e->to, synthetic) != AG_OK ||
        ag_export_xml_attr(b, "label", type) != AG_OK ||
        ag_export_xml_attr(b, "kind", type) != AG_OK ||
        ag_buf_printf(b, " weight=\"%ld\">\n        <attvalues>\n",
                      e->articles > 0 ? e->articles : 1) != AG_OK ||
        attvalue(b, "type", type) != AG_OK || attvalue(b, "items", e->items) != AG_OK ||
        attvalue(b, "categories", e->categories) != AG_OK ||
        attvalue(b, "quantity", e->quantity) != AG_OK)
        return AG_ERR_NOMEM;
    snprintf(num, sizeof num, "%ld", e->mentions);
    if (attvalue(b, "mentions", num) != AG_OK)
        return AG_ERR_NOMEM;
    snprintf(num, sizeof num, "%ld", e->articles);
    if (attvalue(b, "articles", num) != AG_OK || attvalue(b, "first", e->first) != AG_OK ||
        attvalue(b, "last", e->last) != AG_OK)
        return AG_ERR_NOMEM;
    snprintf(num, sizeof num, "%.6f", e->confidence);
    if (attvalue(b, "confidence", num) != AG_OK ||
        attvalue(b, "status", ag_status_name(e->status)) != AG_OK)
        return AG_ERR_NOMEM;
    if (ev != NULL) {
        ag_buf urls;
        int rc;

        ag_buf_init(&urls);
        snprintf(num, sizeof num, "%ld", e->articles);
        rc = attvalue(b, "sources", num);
        if (rc == AG_OK)
            rc = ag_export_evidence_urls(ev, &urls);
        if (rc == AG_OK)
            rc = attvalue(b, "urls", urls.data);
        ag_buf_destroy(&urls);
        if (rc != AG_OK)
            return AG_ERR_NOMEM;
    }
    if (ag_buf_puts(b, "        </attvalues>\n") != AG_OK ||
        (dynamic && spell(b, e->first, e->last) != AG_OK) || color(b, type_colors[t]) != AG_OK ||
        ag_buf_puts(b, "      </edge>\n") != AG_OK)
        return AG_ERR_NOMEM;
    return AG_OK;
}

int ag_export_gexf(const ag_graph *g, int flags, ag_buf *out, ag_err *err)
{
    return ag_export_gexf_ev(g, flags, NULL, out, err);
}

int ag_export_gexf_ev(const ag_graph *g, int flags, const ag_edge_evidence *ev, ag_buf *out,
                      ag_err *err)
{
    int dynamic = !(flags & AG_GEXF_STATIC), synthetic = 0;
    long *degree = NULL;
    char(*first)[11] = NULL, (*last)[11] = NULL; /* per vertex, over its edges */
    size_t i;
    int rc = AG_ERR_NOMEM;

    degree = calloc(g->n_vertices + 1, sizeof *degree);
    first = calloc(g->n_vertices + 1, sizeof *first);
    last = calloc(g->n_vertices + 1, sizeof *last);
    if (degree == NULL || first == NULL || last == NULL)
        goto out;
    for (i = 0; i < g->n_edges; i++) {
        const ag_gedge *e = &g->edges[i];
        size_t ends[2] = {e->from, e->to};

        if (e->from >= g->n_vertices || e->to >= g->n_vertices) {
            rc = ag_err_set(err, AG_ERR_USAGE, "edge %zu refers to a vertex out of range", i);
            goto out;
        }
        for (int k = 0; k < 2; k++) {
            size_t v = ends[k];
            degree[v]++;
            if (e->first[0] != '\0' && (first[v][0] == '\0' || strcmp(e->first, first[v]) < 0))
                memcpy(first[v], e->first, 11);
            if (e->last[0] != '\0' && strcmp(e->last, last[v]) > 0)
                memcpy(last[v], e->last, 11);
        }
    }
    if (check_ids(g, &synthetic) != AG_OK || ag_buf_puts(out, header) != AG_OK ||
        ag_buf_puts(out, dynamic ? "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" "
                                   "timeformat=\"date\" timerepresentation=\"interval\">\n"
                                 : "  <graph defaultedgetype=\"directed\" mode=\"static\">\n") !=
            AG_OK ||
        ag_buf_puts(out, attributes) != AG_OK ||
        (ev != NULL && ag_buf_puts(out, provenance_attributes) != AG_OK) ||
        ag_buf_puts(out, "    </attributes>\n") != AG_OK ||
        ag_buf_printf(out, "    <nodes count=\"%zu\">\n", g->n_vertices) != AG_OK)
        goto out;
    for (i = 0; i < g->n_vertices; i++)
        if (node(out, g, i, synthetic, degree[i], first[i], last[i], dynamic) != AG_OK)
            goto out;
    if (ag_buf_printf(out, "    </nodes>\n    <edges count=\"%zu\">\n", g->n_edges) != AG_OK)
        goto out;
    for (i = 0; i < g->n_edges; i++)
        if (edge(out, g, &g->edges[i], ev != NULL ? &ev[i] : NULL, synthetic, dynamic) != AG_OK)
            goto out;
    if (ag_buf_puts(out, "    </edges>\n  </graph>\n</gexf>\n") != AG_OK)
        goto out;
    rc = AG_OK;
out:
    if (rc == AG_ERR_NOMEM)
        ag_err_set(err, rc, "out of memory");
    free(degree);
    free(first);
    free(last);
    return rc;
}
