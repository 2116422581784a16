/*
 * ego.c -- the ego network of an actor: the vertices within N hops of it,
 * edges taken in both directions, and every edge among them (what
 * `armsgraph export --around ACTOR --depth N` draws).
 */
#include "ag_export.h"

#include <stdlib.h>
#include <string.h>

static int copy_vertex(ag_vertex *dst, const ag_vertex *src)
{
    size_t i;

    dst->kind = src->kind;
    dst->id = ag_strdup(src->id);
    dst->name = ag_strdup(src->name);
    dst->state = ag_strdup(src->state);
    if (dst->id == NULL || (src->name != NULL && dst->name == NULL) ||
        (src->state != NULL && dst->state == NULL))
        return AG_ERR_NOMEM;
    if (src->n_aliases == 0)
        return AG_OK;
    dst->aliases = calloc(src->n_aliases, sizeof *dst->aliases);
    if (dst->aliases == NULL)
        return AG_ERR_NOMEM;
    for (i = 0; i < src->n_aliases; i++) {
        if ((dst->aliases[i] = ag_strdup(src->aliases[i])) == NULL)
            return AG_ERR_NOMEM;
        dst->n_aliases++;
    }
    return AG_OK;
}

static int copy_edge(ag_gedge *dst, const ag_gedge *src, size_t from, size_t to)
{
    *dst = *src;
    dst->from = from;
    dst->to = to;
    dst->items = ag_strdup(src->items);
    dst->categories = ag_strdup(src->categories);
    dst->quantity = ag_strdup(src->quantity);
    if ((src->items != NULL && dst->items == NULL) ||
        (src->categories != NULL && dst->categories == NULL) ||
        (src->quantity != NULL && dst->quantity == NULL))
        return AG_ERR_NOMEM;
    return AG_OK;
}

int ag_export_ego(const ag_graph *g, const char *center, int depth, ag_graph *out, ag_err *err)
{
    long *dist = NULL;  /* hops from center, -1 when not reached */
    size_t *map = NULL; /* index in g -> index in out */
    long c;
    size_t i, nv = 0, ne = 0;
    int rc = AG_OK, hop, grew;

    ag_graph_destroy(out);
    ag_graph_init(out);
    if (depth < 0) {
        rc = ag_err_set(err, AG_ERR_USAGE, "the depth of an ego network cannot be negative");
        goto out;
    }
    c = center != NULL ? ag_graph_vertex_index(g, center) : -1;
    if (c < 0) {
        rc = ag_err_set(err, AG_ERR_NOTFOUND, "%s has no relation that passes the filter",
                        center != NULL ? center : "(null)");
        goto out;
    }
    dist = malloc((g->n_vertices ? g->n_vertices : 1) * sizeof *dist);
    map = malloc((g->n_vertices ? g->n_vertices : 1) * sizeof *map);
    if (dist == NULL || map == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (i = 0; i < g->n_vertices; i++)
        dist[i] = -1;
    dist[c] = 0;
    /* breadth first, one sweep over the edges per hop: depth is small */
    for (hop = 1, grew = 1; hop <= depth && grew; hop++) {
        grew = 0;
        for (i = 0; i < g->n_edges; i++) {
            size_t a = g->edges[i].from, b = g->edges[i].to;

            if (a >= g->n_vertices || b >= g->n_vertices)
                continue;
            if (dist[a] == hop - 1 && dist[b] < 0) {
                dist[b] = hop;
                grew = 1;
            } else if (dist[b] == hop - 1 && dist[a] < 0) {
                dist[a] = hop;
                grew = 1;
            }
        }
    }
    for (i = 0; i < g->n_vertices; i++)
        if (dist[i] >= 0)
            nv++;
    for (i = 0; i < g->n_edges; i++) {
        size_t a = g->edges[i].from, b = g->edges[i].to;
        if (a < g->n_vertices && b < g->n_vertices && dist[a] >= 0 && dist[b] >= 0)
            ne++;
    }
    out->vertices = calloc(nv, sizeof *out->vertices);
    out->edges = calloc(ne ? ne : 1, sizeof *out->edges);
    if (out->vertices == NULL || out->edges == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    /* g's order (vertices by id, edges by from, to, type) is kept */
    for (i = 0; i < g->n_vertices; i++) {
        if (dist[i] < 0)
            continue;
        map[i] = out->n_vertices;
        rc = copy_vertex(&out->vertices[out->n_vertices++], &g->vertices[i]);
        if (rc != AG_OK) {
            rc = ag_err_set(err, rc, "out of memory");
            goto out;
        }
    }
    for (i = 0; i < g->n_edges; i++) {
        const ag_gedge *e = &g->edges[i];

        if (e->from >= g->n_vertices || e->to >= g->n_vertices || dist[e->from] < 0 ||
            dist[e->to] < 0)
            continue;
        rc = copy_edge(&out->edges[out->n_edges++], e, map[e->from], map[e->to]);
        if (rc != AG_OK) {
            rc = ag_err_set(err, rc, "out of memory");
            goto out;
        }
    }
out:
    if (rc != AG_OK)
        ag_graph_destroy(out);
    free(dist);
    free(map);
    return rc;
}
