/*
 * dot.c -- the graph as a GraphViz digraph for `dot`, written by hand
 * (igraph's DOT writer carries no styling): a caption, one colour, line
 * style and arrowhead per edge type, a legend, node shapes by kind, pen
 * width by number of articles, short edge labels and tooltips with the
 * evidence. Every identifier and label goes through ag_export_dot_quote.
 */
#include "export_int.h"

#include <stdlib.h>
#include <string.h>

#define FONT "Helvetica,Arial,sans-serif"
#define ITEMS_MAX 30 /* characters of items shown on an edge */
#define NAME_MAX 40  /* characters of a name shown in a node */

typedef struct edge_style {
    const char *color;     /* line and arrow */
    const char *fontcolor; /* label: darker, for contrast on white */
    const char *style;
    const char *arrowhead;
    const char *legend; /* what the legend says */
    const char *verb;   /* "A <verb> B" in tooltips */
} edge_style;

static const edge_style edge_styles[AG_EDGE_TYPE_COUNT] = {
    [AG_SUPPLIES] = {"#1f5f99", "#17466f", "solid", "normal", "supplies", "supplies"},
    [AG_SEEKS_IN_EXCHANGE] = {"#d97706", "#8a4b04", "dashed", "empty", "seeks in exchange",
                              "seeks in exchange from"},
    [AG_SANCTIONS] = {"#6b3fa0", "#4b2c70", "dotted", "tee", "sanctions", "sanctions"},
    [AG_ATTACKS] = {"#c0392b", "#8e2a20", "solid", "vee", "attacks", "attacks"},
};

typedef struct node_style {
    const char *shape;
    const char *style;
    const char *fill;
    const char *border;
} node_style;

static const node_style node_styles[AG_KIND_COUNT] = {
    [AG_STATE] = {"box", "rounded,filled", "#e3edf7", "#2f5d8a"},
    [AG_PERSON] = {"ellipse", "filled", "#fff2d6", "#9a6b00"},
    [AG_ORGANIZATION] = {"hexagon", "filled", "#e4f3e4", "#3b7d3b"},
};

static const edge_style *style_of_type(ag_edge_type t)
{
    return (int)t >= 0 && t < AG_EDGE_TYPE_COUNT ? &edge_styles[t] : &edge_styles[AG_SUPPLIES];
}

static const node_style *style_of_kind(ag_kind k)
{
    return (int)k >= 0 && k < AG_KIND_COUNT ? &node_styles[k] : &node_styles[AG_ORGANIZATION];
}

static const char *vertex_name(const ag_vertex *v)
{
    return v->name != NULL && v->name[0] != '\0' ? v->name : v->id;
}

/* Appends key=<quoted value>, preceded by ", " unless first. */
static int attr(ag_buf *b, int first, const char *key, const char *value)
{
    if ((!first && ag_buf_puts(b, ", ") != AG_OK) || ag_buf_puts(b, key) != AG_OK ||
        ag_buf_putc(b, '=') != AG_OK)
        return AG_ERR_NOMEM;
    return ag_export_dot_quote(b, value);
}

/* Short date range: months, "2023-05" or "2023-05 – 2024-01". */
static int date_range(ag_buf *b, const char *first, const char *last)
{
    if (first[0] == '\0' && last[0] == '\0')
        return AG_OK;
    if (first[0] == '\0' || last[0] == '\0' || strncmp(first, last, 7) == 0)
        return ag_buf_printf(b, "%.7s", first[0] != '\0' ? first : last);
    return ag_buf_printf(b, "%.7s \xE2\x80\x93 %.7s", first, last);
}

/* Appends the DOT identifier of vertex i: its id, quoted, or "vN" when the
 * quoted ids are not all distinct (ag_export_dot_quote drops control
 * characters, so "A\x01B" and "AB" would merge into one node) or one could
 * be taken for a legend node. */
static int node_ref(ag_buf *b, const ag_graph *g, size_t i, int synthetic)
{
    if (synthetic)
        return ag_buf_printf(b, "\"v%zu\"", i);
    return ag_export_dot_quote(b, g->vertices[i].id);
}

/* Sets *synthetic to 1 when the quoted ids of g are not safe to use as node
 * identifiers (see node_ref). */
static int check_ids(const ag_graph *g, int *synthetic)
{
    return ag_export_ids_clash(g, ag_export_dot_quote, "\"legend_", synthetic);
}

static int node_line(ag_buf *b, const ag_graph *g, size_t i, int synthetic, const long *degree,
                     const long *mentions)
{
    const ag_vertex *v = &g->vertices[i];
    const node_style *ns = style_of_kind(v->kind);
    ag_buf label, tip;
    int rc = AG_ERR_NOMEM;

    ag_buf_init(&label);
    ag_buf_init(&tip);
    if (ag_export_shorten(&label, vertex_name(v), NAME_MAX) != AG_OK)
        goto out;
    if (v->kind != AG_STATE && v->state != NULL && v->state[0] != '\0' &&
        ag_buf_printf(&label, "\n(%s)", v->state) != AG_OK)
        goto out;
    if (ag_buf_printf(&tip, "%s (%s%s%s)\n%ld relation%s, %ld mention%s", vertex_name(v),
                      ag_kind_name(v->kind), v->state != NULL && v->kind != AG_STATE ? ", " : "",
                      v->state != NULL && v->kind != AG_STATE ? v->state : "", degree[i],
                      degree[i] == 1 ? "" : "s", mentions[i], mentions[i] == 1 ? "" : "s") != AG_OK)
        goto out;
    for (size_t k = 0; k < v->n_aliases; k++)
        if (v->aliases[k] != NULL &&
            ag_buf_printf(&tip, "%s%s", k ? "; " : "\nalso: ", v->aliases[k]) != AG_OK)
            goto out;
    if (ag_buf_puts(b, "  ") != AG_OK || node_ref(b, g, i, synthetic) != AG_OK ||
        ag_buf_puts(b, " [") != AG_OK || attr(b, 1, "label", label.data) != AG_OK ||
        attr(b, 0, "shape", ns->shape) != AG_OK || attr(b, 0, "style", ns->style) != AG_OK ||
        attr(b, 0, "fillcolor", ns->fill) != AG_OK || attr(b, 0, "color", ns->border) != AG_OK ||
        attr(b, 0, "tooltip", tip.data) != AG_OK || ag_buf_puts(b, "];\n") != AG_OK)
        goto out;
    rc = AG_OK;
out:
    ag_buf_destroy(&label);
    ag_buf_destroy(&tip);
    return rc;
}

static int edge_line(ag_buf *b, const ag_graph *g, const ag_gedge *e, int synthetic)
{
    const edge_style *es = style_of_type(e->type);
    const ag_vertex *from = &g->vertices[e->from], *to = &g->vertices[e->to];
    ag_buf label, tip;
    double pen;
    int rc = AG_ERR_NOMEM;

    ag_buf_init(&label);
    ag_buf_init(&tip);
    if (ag_buf_append(&label, "", 0) != AG_OK)
        goto out;
    if (e->items != NULL && e->items[0] != '\0') {
        if (ag_export_shorten(&label, e->items, ITEMS_MAX) != AG_OK)
            goto out;
    } else if (e->categories != NULL && e->categories[0] != '\0') {
        if (ag_export_shorten(&label, e->categories, ITEMS_MAX) != AG_OK)
            goto out;
    }
    if (e->status == AG_PLANNED &&
        ag_buf_puts(&label, label.len ? " (planned)" : "(planned)") != AG_OK)
        goto out;
    if ((e->first[0] != '\0' || e->last[0] != '\0') && label.len > 0 &&
        ag_buf_putc(&label, '\n') != AG_OK)
        goto out;
    if (date_range(&label, e->first, e->last) != AG_OK)
        goto out;

    if (ag_buf_printf(&tip, "%s %s %s\n%ld mention%s in %ld article%s", vertex_name(from), es->verb,
                      vertex_name(to), e->mentions, e->mentions == 1 ? "" : "s", e->articles,
                      e->articles == 1 ? "" : "s") != AG_OK)
        goto out;
    if (e->first[0] != '\0' && strcmp(e->first, e->last) != 0 &&
        ag_buf_printf(&tip, ", %s to %s", e->first, e->last) != AG_OK)
        goto out;
    if (e->first[0] != '\0' && strcmp(e->first, e->last) == 0 &&
        ag_buf_printf(&tip, ", %s", e->first) != AG_OK)
        goto out;
    if (e->items != NULL && ag_buf_printf(&tip, "\nitems: %s", e->items) != AG_OK)
        goto out;
    if (e->categories != NULL && ag_buf_printf(&tip, "\ncategories: %s", e->categories) != AG_OK)
        goto out;
    if (e->quantity != NULL && ag_buf_printf(&tip, "\nquantity: %s", e->quantity) != AG_OK)
        goto out;
    if (ag_buf_printf(&tip, "\n%s, confidence %.2f", ag_status_name(e->status), e->confidence) !=
        AG_OK)
        goto out;

    pen = 1.2 + 0.8 * (double)(e->articles > 1 ? e->articles - 1 : 0);
    if (pen > 6.0)
        pen = 6.0;
    if (ag_buf_puts(b, "  ") != AG_OK || node_ref(b, g, e->from, synthetic) != AG_OK ||
        ag_buf_puts(b, " -> ") != AG_OK || node_ref(b, g, e->to, synthetic) != AG_OK ||
        ag_buf_puts(b, " [") != AG_OK || attr(b, 1, "label", label.data) != AG_OK ||
        attr(b, 0, "color", es->color) != AG_OK ||
        attr(b, 0, "fontcolor", es->fontcolor) != AG_OK ||
        attr(b, 0, "style", es->style) != AG_OK ||
        attr(b, 0, "arrowhead", es->arrowhead) != AG_OK ||
        ag_buf_printf(b, ", penwidth=%.1f", pen) != AG_OK ||
        attr(b, 0, "tooltip", tip.data) != AG_OK || ag_buf_puts(b, "];\n") != AG_OK)
        goto out;
    rc = AG_OK;
out:
    ag_buf_destroy(&label);
    ag_buf_destroy(&tip);
    return rc;
}

/* The legend: one sample edge per type present, one sample node per kind
 * present, in a framed cluster. */
static int legend(ag_buf *b, const int *types, const int *kinds)
{
    int t, k, present[AG_EDGE_TYPE_COUNT], n_present = 0, row = 0;

    if (ag_buf_puts(b, "  subgraph \"cluster_legend\" {\n"
                       "    label=\"Legend (line width: number of articles)\"; fontsize=10;\n"
                       "    style=\"rounded\"; color=\"#b0b0b0\"; margin=8;\n"
                       "    node [height=0.25, fontsize=10];\n") != AG_OK)
        return AG_ERR_NOMEM;
    for (t = 0; t < AG_EDGE_TYPE_COUNT; t++) {
        const edge_style *es = &edge_styles[t];

        if (!types[t])
            continue;
        present[n_present++] = t;
        /* a text node and a short sample line to an invisible point */
        if (ag_buf_printf(b, "    \"legend_type_%d\" [", t) != AG_OK ||
            attr(b, 1, "label", es->legend) != AG_OK ||
            attr(b, 0, "fontcolor", es->fontcolor) != AG_OK ||
            ag_buf_printf(b,
                          ", shape=plaintext, fontsize=10, tooltip=\"edge type\"];\n"
                          "    \"legend_type_%d_to\" [label=\"\", shape=point, width=0.01, "
                          "style=invis];\n"
                          "    \"legend_type_%d\" -> \"legend_type_%d_to\" [",
                          t, t, t) != AG_OK ||
            attr(b, 1, "color", es->color) != AG_OK || attr(b, 0, "style", es->style) != AG_OK ||
            attr(b, 0, "arrowhead", es->arrowhead) != AG_OK ||
            ag_buf_puts(b, ", penwidth=1.6, tooltip=\"edge type\"];\n") != AG_OK)
            return AG_ERR_NOMEM;
    }
    for (k = 0; k < AG_KIND_COUNT; k++) {
        const node_style *ns = &node_styles[k];

        if (!kinds[k])
            continue;
        if (ag_buf_printf(b, "    \"legend_kind_%d\" [", k) != AG_OK ||
            attr(b, 1, "label", ag_kind_name((ag_kind)k)) != AG_OK ||
            attr(b, 0, "shape", ns->shape) != AG_OK || attr(b, 0, "style", ns->style) != AG_OK ||
            attr(b, 0, "fillcolor", ns->fill) != AG_OK ||
            attr(b, 0, "color", ns->border) != AG_OK ||
            ag_buf_puts(b, ", tooltip=\"actor kind\"];\n") != AG_OK)
            return AG_ERR_NOMEM;
        /* kinds in a third column, beside the type rows: fewer rows */
        if (n_present > 0 &&
            ag_buf_printf(b,
                          "    \"legend_type_%d_to\" -> \"legend_kind_%d\" [style=invis, "
                          "minlen=1];\n",
                          present[row < n_present ? row : n_present - 1], k) != AG_OK)
            return AG_ERR_NOMEM;
        row++;
    }
    if (ag_buf_puts(b, "  }\n") != AG_OK)
        return AG_ERR_NOMEM;
    return AG_OK;
}

/* The caption: "TITLE: 12 actors, 15 relations, 2023-01-04 to 2024-01-04",
 * TITLE by default "Arms transfers, sanctions and attacks". */
static int caption(ag_buf *b, const ag_graph *g, const char *title)
{
    char first[11] = "", last[11] = "";
    size_t i;

    for (i = 0; i < g->n_edges; i++) {
        const ag_gedge *e = &g->edges[i];
        if (e->first[0] != '\0' && (first[0] == '\0' || strcmp(e->first, first) < 0))
            memcpy(first, e->first, sizeof first);
        if (e->last[0] != '\0' && strcmp(e->last, last) > 0)
            memcpy(last, e->last, sizeof last);
    }
    if (ag_buf_puts(b, title != NULL ? title : "Arms transfers, sanctions and attacks") != AG_OK)
        return AG_ERR_NOMEM;
    if (g->n_edges == 0)
        return ag_buf_puts(b, ": no relation passes the filter");
    if (ag_buf_printf(b, ": %zu actor%s, %zu relation%s", g->n_vertices,
                      g->n_vertices == 1 ? "" : "s", g->n_edges,
                      g->n_edges == 1 ? "" : "s") != AG_OK)
        return AG_ERR_NOMEM;
    if (first[0] != '\0' && strcmp(first, last) != 0)
        return ag_buf_printf(b, ", %s to %s", first, last);
    if (first[0] != '\0')
        return ag_buf_printf(b, ", %s", first);
    return AG_OK;
}

int ag_export_dot(const ag_graph *g, const char *title, ag_buf *out, ag_err *err)
{
    long *degree = NULL, *mentions = NULL;
    int types[AG_EDGE_TYPE_COUNT] = {0}, kinds[AG_KIND_COUNT] = {0}, synthetic = 0;
    ag_buf cap;
    size_t i;
    int rc = AG_ERR_NOMEM;

    ag_buf_init(&cap);
    degree = calloc(g->n_vertices + 1, sizeof *degree);
    mentions = calloc(g->n_vertices + 1, sizeof *mentions);
    if (degree == NULL || mentions == NULL)
        goto out;
    for (i = 0; i < g->n_edges; i++) {
        const ag_gedge *e = &g->edges[i];

        if (e->from >= g->n_vertices || e->to >= g->n_vertices) {
            rc = ag_err_set(err, AG_ERR_USAGE, "edge %zu refers to a vertex out of range", i);
            goto out;
        }
        degree[e->from]++;
        degree[e->to]++;
        mentions[e->from] += e->mentions;
        mentions[e->to] += e->mentions;
        if ((int)e->type >= 0 && e->type < AG_EDGE_TYPE_COUNT)
            types[e->type] = 1;
    }
    for (i = 0; i < g->n_vertices; i++)
        if ((int)g->vertices[i].kind >= 0 && g->vertices[i].kind < AG_KIND_COUNT)
            kinds[g->vertices[i].kind] = 1;
    if (check_ids(g, &synthetic) != AG_OK || caption(&cap, g, title) != AG_OK)
        goto out;

    if (ag_buf_puts(out, "// armsgraph: arms transfers, sanctions and attacks; render with\n"
                         "// dot -Tsvg FILE.dot -o FILE.svg\n"
                         "digraph \"armsgraph\" {\n"
                         "  graph [rankdir=LR, charset=\"UTF-8\", fontname=\"" FONT "\", "
                         "fontsize=16, labelloc=t, labeljust=l,\n"
                         "         nodesep=0.3, ranksep=1.1, pad=0.3, newrank=true, "
                         "bgcolor=\"white\", ") != AG_OK ||
        attr(out, 1, "label", cap.data) != AG_OK ||
        ag_buf_puts(out, "];\n"
                         "  node [fontname=\"" FONT "\", fontsize=12, penwidth=1.2, "
                         "margin=\"0.14,0.06\"];\n"
                         "  edge [fontname=\"" FONT "\", fontsize=9, arrowsize=0.8];\n") != AG_OK)
        goto out;
    if (g->n_edges > 0 && (ag_buf_putc(out, '\n') != AG_OK || legend(out, types, kinds) != AG_OK))
        goto out;
    if (g->n_vertices > 0 && ag_buf_puts(out, "\n  // actors\n") != AG_OK)
        goto out;
    for (i = 0; i < g->n_vertices; i++)
        if (node_line(out, g, i, synthetic, degree, mentions) != AG_OK)
            goto out;
    if (g->n_edges > 0 && ag_buf_puts(out, "\n  // relations\n") != AG_OK)
        goto out;
    for (i = 0; i < g->n_edges; i++)
        if (edge_line(out, g, &g->edges[i], synthetic) != AG_OK)
            goto out;
    if (ag_buf_puts(out, "}\n") != AG_OK)
        goto out;
    rc = AG_OK;
out:
    if (rc == AG_ERR_NOMEM)
        ag_err_set(err, rc, "out of memory");
    ag_buf_destroy(&cap);
    free(degree);
    free(mentions);
    return rc;
}
