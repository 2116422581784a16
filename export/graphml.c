/*
 * graphml.c -- the graph as GraphML for networkx, yEd, Cytoscape and
 * igraph: the entity ids as node ids, typed keys (int for counts, double
 * for confidence, string otherwise), every attribute of the JSON export
 * that fits a flat value, and absent values left out rather than written
 * as empty strings.
 */
#include "export_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char header[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                             "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                             "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                             "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";

/* the keys: for, name (also the key id), type */
static const char *const keys[][3] = {
    {"node", "name", "string"},       {"node", "kind", "string"},     {"node", "state", "string"},
    {"node", "aliases", "string"},    {"edge", "type", "string"},     {"edge", "items", "string"},
    {"edge", "categories", "string"}, {"edge", "quantity", "string"}, {"edge", "mentions", "int"},
    {"edge", "articles", "int"},      {"edge", "first", "string"},    {"edge", "last", "string"},
    {"edge", "confidence", "double"}, {"edge", "status", "string"},
};

static const char *const provenance_keys[][3] = {
    {"edge", "sources", "int"},
    {"edge", "urls", "string"},
};

/* Appends <data key="key">value</data> unless value is NULL or empty. */
static int data(ag_buf *b, const char *indent, const char *key, const char *value)
{
    if (value == NULL || value[0] == '\0')
        return AG_OK;
    if (ag_buf_printf(b, "%s<data key=\"%s\">", indent, key) != AG_OK ||
        ag_export_xml_escape(b, value) != AG_OK)
        return AG_ERR_NOMEM;
    return ag_buf_puts(b, "</data>\n");
}

static int data_long(ag_buf *b, const char *key, long x)
{
    return ag_buf_printf(b, "      <data key=\"%s\">%ld</data>\n", key, x);
}

/* The shortest of %.15g and %.17g that reads back as x (as cJSON does). */
static int data_double(ag_buf *b, const char *key, double x)
{
    char num[64];
    double back = 0;

    snprintf(num, sizeof num, "%.15g", x);
    if (sscanf(num, "%lg", &back) != 1 || back != x)
        snprintf(num, sizeof num, "%.17g", x);
    return ag_buf_printf(b, "      <data key=\"%s\">%s</data>\n", key, num);
}

/* AG_ERR_USAGE when two ids escape to the same XML text (XML 1.0 cannot
 * carry some characters): node ids must stay unique and be the ids. */
static int check_ids(const ag_graph *g, ag_err *err)
{
    int clash;

    if (ag_export_ids_clash(g, ag_export_xml_escape, NULL, &clash) != AG_OK)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    if (clash)
        return ag_err_set(err, AG_ERR_USAGE,
                          "graphml: two entity ids differ only in characters XML cannot carry");
    return AG_OK;
}

static int node(ag_buf *b, const ag_vertex *v)
{
    ag_buf aliases;
    int rc = AG_OK;

    ag_buf_init(&aliases);
    rc = ag_export_aliases_join(&aliases, v);
    if (rc == AG_OK &&
        (ag_buf_puts(b, "    <node") != AG_OK || ag_export_xml_attr(b, "id", v->id) != AG_OK ||
         ag_buf_puts(b, ">\n") != AG_OK || data(b, "      ", "name", v->name) != AG_OK ||
         data(b, "      ", "kind", ag_kind_name(v->kind)) != AG_OK ||
         data(b, "      ", "state", v->state) != AG_OK ||
         data(b, "      ", "aliases", aliases.data) != AG_OK ||
         ag_buf_puts(b, "    </node>\n") != AG_OK))
        rc = AG_ERR_NOMEM;
    ag_buf_destroy(&aliases);
    return rc;
}

static int edge(ag_buf *b, const ag_graph *g, const ag_gedge *e, const ag_edge_evidence *ev)
{
    if (ag_buf_printf(b, "    <edge id=\"e%lld\"", e->id) != AG_OK ||
        ag_export_xml_attr(b, "source", g->vertices[e->from].id) != AG_OK ||
        ag_export_xml_attr(b, "target", g->vertices[e->to].id) != AG_OK ||
        ag_buf_puts(b, ">\n") != AG_OK ||
        data(b, "      ", "type", ag_edge_type_name(e->type)) != AG_OK ||
        data(b, "      ", "items", e->items) != AG_OK ||
        data(b, "      ", "categories", e->categories) != AG_OK ||
        data(b, "      ", "quantity", e->quantity) != AG_OK ||
        data_long(b, "mentions", e->mentions) != AG_OK ||
        data_long(b, "articles", e->articles) != AG_OK ||
        data(b, "      ", "first", e->first) != AG_OK ||
        data(b, "      ", "last", e->last) != AG_OK ||
        data_double(b, "confidence", e->confidence) != AG_OK ||
        data(b, "      ", "status", ag_status_name(e->status)) != AG_OK)
        return AG_ERR_NOMEM;
    if (ev != NULL) {
        ag_buf urls;
        int rc = data_long(b, "sources", e->articles);

        ag_buf_init(&urls);
        if (rc == AG_OK)
            rc = ag_export_evidence_urls(ev, &urls);
        if (rc == AG_OK)
            rc = data(b, "      ", "urls", urls.data);
        ag_buf_destroy(&urls);
        if (rc != AG_OK)
            return AG_ERR_NOMEM;
    }
    return ag_buf_puts(b, "    </edge>\n");
}

static int key_lines(ag_buf *out, const char *const (*k)[3], size_t n)
{
    int rc = AG_OK;

    for (size_t i = 0; i < n && rc == AG_OK; i++)
        rc = ag_buf_printf(out, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                           k[i][1], k[i][0], k[i][1], k[i][2]);
    return rc;
}

int ag_export_graphml(const ag_graph *g, const ag_edge_evidence *ev, ag_buf *out, ag_err *err)
{
    size_t i;
    int rc;

    for (i = 0; i < g->n_edges; i++)
        if (g->edges[i].from >= g->n_vertices || g->edges[i].to >= g->n_vertices)
            return ag_err_set(err, AG_ERR_USAGE, "graphml: edge %zu has an end outside the graph",
                              i);
    if ((rc = check_ids(g, err)) != AG_OK)
        return rc;
    if (ag_buf_puts(out, header) != AG_OK ||
        key_lines(out, keys, sizeof keys / sizeof keys[0]) != AG_OK ||
        (ev != NULL && key_lines(out, provenance_keys,
                                 sizeof provenance_keys / sizeof provenance_keys[0]) != AG_OK) ||
        ag_buf_puts(out, "  <graph id=\"armsgraph\" edgedefault=\"directed\">\n") != AG_OK)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    for (i = 0; i < g->n_vertices; i++)
        if (node(out, &g->vertices[i]) != AG_OK)
            return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    for (i = 0; i < g->n_edges; i++)
        if (edge(out, g, &g->edges[i], ev != NULL ? &ev[i] : NULL) != AG_OK)
            return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    if (ag_buf_puts(out, "  </graph>\n</graphml>\n") != AG_OK)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    return AG_OK;
}
