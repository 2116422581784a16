/*
 * graphml.c -- the graph as GraphML, written by igraph's own GraphML writer
 * from an igraph_t carrying the vertex and edge attributes (igraph's C
 * attribute table, installed for the call and restored after).
 */
#define _POSIX_C_SOURCE 200809L
#include "ag_graph.h"

#include <igraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(ag_err *err, igraph_error_t e)
{
    return ag_err_set(err, e == IGRAPH_ENOMEM ? AG_ERR_NOMEM : AG_ERR_GRAPH, "graphml: %s",
                      igraph_strerror(e));
}

/* Sets a string attribute without the control characters XML 1.0 cannot
 * hold (all but tab, newline and carriage return): igraph's writer refuses
 * them ("Invalid value"). */
static igraph_error_t set_xml(igraph_error_t (*set)(igraph_t *, const char *, igraph_integer_t,
                                                    const char *),
                              igraph_t *ig, const char *name, igraph_integer_t k, const char *v)
{
    igraph_error_t e;
    size_t n = 0;
    char *c = malloc(strlen(v) + 1);

    if (c == NULL)
        return IGRAPH_ENOMEM;
    for (; *v; v++)
        if ((unsigned char)*v >= 0x20 || *v == '\t' || *v == '\n' || *v == '\r')
            c[n++] = *v;
    c[n] = '\0';
    e = set(ig, name, k, c);
    free(c);
    return e;
}

/* Sets every attribute of one vertex; IGRAPH_SUCCESS or the first error. */
static igraph_error_t set_vertex(igraph_t *ig, igraph_integer_t k, const ag_vertex *v)
{
    igraph_error_t e = set_xml(igraph_cattribute_VAS_set, ig, "id", k, v->id);

    if (e == IGRAPH_SUCCESS)
        e = set_xml(igraph_cattribute_VAS_set, ig, "name", k, v->name ? v->name : v->id);
    if (e == IGRAPH_SUCCESS)
        e = igraph_cattribute_VAS_set(ig, "kind", k, ag_kind_name(v->kind));
    if (e == IGRAPH_SUCCESS)
        e = set_xml(igraph_cattribute_VAS_set, ig, "state", k, v->state ? v->state : "");
    return e;
}

static igraph_error_t set_edge(igraph_t *ig, igraph_integer_t k, const ag_gedge *x)
{
    igraph_error_t e = igraph_cattribute_EAS_set(ig, "type", k, ag_edge_type_name(x->type));

    if (e == IGRAPH_SUCCESS)
        e = igraph_cattribute_EAN_set(ig, "articles", k, (igraph_real_t)x->articles);
    if (e == IGRAPH_SUCCESS)
        e = igraph_cattribute_EAN_set(ig, "mentions", k, (igraph_real_t)x->mentions);
    if (e == IGRAPH_SUCCESS)
        e = igraph_cattribute_EAS_set(ig, "first", k, x->first);
    if (e == IGRAPH_SUCCESS)
        e = igraph_cattribute_EAS_set(ig, "last", k, x->last);
    if (e == IGRAPH_SUCCESS)
        e = set_xml(igraph_cattribute_EAS_set, ig, "items", k, x->items ? x->items : "");
    if (e == IGRAPH_SUCCESS)
        e = igraph_cattribute_EAS_set(ig, "status", k, ag_status_name(x->status));
    if (e == IGRAPH_SUCCESS)
        e = igraph_cattribute_EAN_set(ig, "confidence", k, x->confidence);
    return e;
}

int ag_graph_write_graphml(const ag_graph *g, ag_buf *out, ag_err *err)
{
    igraph_attribute_table_t *old;
    igraph_t ig;
    igraph_vector_int_t ev;
    char *text = NULL;
    size_t len = 0;
    FILE *mem = NULL;
    igraph_error_t e;
    int have_graph = 0, have_vec = 0, rc = AG_OK;

    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    old = igraph_set_attribute_table(&igraph_cattribute_table);
    e = igraph_vector_int_init(&ev, (igraph_integer_t)(2 * g->n_edges));
    if (e != IGRAPH_SUCCESS) {
        rc = fail(err, e);
        goto out;
    }
    have_vec = 1;
    for (size_t i = 0; i < g->n_edges; i++) {
        /* igraph_create would grow the graph for a bad id: check first */
        if (g->edges[i].from >= g->n_vertices || g->edges[i].to >= g->n_vertices) {
            rc = ag_err_set(err, AG_ERR_USAGE, "graphml: edge %zu has an end outside the graph",
                            i);
            goto out;
        }
        VECTOR(ev)[2 * i] = (igraph_integer_t)g->edges[i].from;
        VECTOR(ev)[2 * i + 1] = (igraph_integer_t)g->edges[i].to;
    }
    e = igraph_create(&ig, &ev, (igraph_integer_t)g->n_vertices, IGRAPH_DIRECTED);
    if (e != IGRAPH_SUCCESS) {
        rc = fail(err, e);
        goto out;
    }
    have_graph = 1;
    for (size_t i = 0; i < g->n_vertices && e == IGRAPH_SUCCESS; i++)
        e = set_vertex(&ig, (igraph_integer_t)i, &g->vertices[i]);
    for (size_t i = 0; i < g->n_edges && e == IGRAPH_SUCCESS; i++)
        e = set_edge(&ig, (igraph_integer_t)i, &g->edges[i]);
    if (e != IGRAPH_SUCCESS) {
        rc = fail(err, e);
        goto out;
    }
    mem = open_memstream(&text, &len);
    if (mem == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "graphml: out of memory");
        goto out;
    }
    e = igraph_write_graph_graphml(&ig, mem, /*prefixattr=*/1);
    if (fclose(mem) != 0 && e == IGRAPH_SUCCESS)
        e = IGRAPH_ENOMEM;
    mem = NULL;
    if (e != IGRAPH_SUCCESS) {
        rc = fail(err, e);
        goto out;
    }
    if (ag_buf_append(out, text, len) != AG_OK)
        rc = ag_err_set(err, AG_ERR_NOMEM, "graphml: out of memory");
out:
    free(text);
    if (have_graph)
        igraph_destroy(&ig);
    if (have_vec)
        igraph_vector_int_destroy(&ev);
    igraph_set_attribute_table(old);
    return rc;
}
