/*
 * test_export.c -- the export module on an in-memory graph whose names are
 * hostile (quotes, backslashes, <, &, newlines, RTL marks, control
 * characters, hyphens, non-ASCII): the escaping helpers, the DOT, GEXF and
 * JSON writers byte for byte, and ego networks.
 *
 * With a folder as argument it also writes hostile.dot and hostile.gexf
 * there (tests/sh/export-validate.sh feeds them to dot and xmllint).
 */
#include "ag_export.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* the hostile actors: quote, backslash, <, &, newline, RTL mark, control */
#define HOSTILE_ORG "Evil \"Corp\" \\ <b>&amp; Co\nLtd \xE2\x80\x8F\x01X"
#define HOSTILE_PERSON "Ali \"The Broker\" N\xC3\xBA\xC3\xB1\x65z"

static void add_vertex(ag_graph *g, const char *id, const char *name, ag_kind kind,
                       const char *state)
{
    ag_vertex *v = &g->vertices[g->n_vertices++];

    v->id = ag_strdup(id);
    v->name = ag_strdup(name);
    v->kind = kind;
    v->state = ag_strdup(state);
}

static void add_edge(ag_graph *g, long long id, const char *from, const char *to, ag_edge_type type,
                     long mentions, long articles, const char *first, const char *last,
                     const char *items, const char *categories, const char *quantity,
                     double confidence, ag_status status)
{
    ag_gedge *e = &g->edges[g->n_edges++];

    memset(e, 0, sizeof *e);
    e->id = id;
    e->from = (size_t)ag_graph_vertex_index(g, from);
    e->to = (size_t)ag_graph_vertex_index(g, to);
    e->type = type;
    e->mentions = mentions;
    e->articles = articles;
    snprintf(e->first, sizeof e->first, "%s", first);
    snprintf(e->last, sizeof e->last, "%s", last);
    e->items = ag_strdup(items);
    e->categories = ag_strdup(categories);
    e->quantity = ag_strdup(quantity);
    e->confidence = confidence;
    e->status = status;
}

/* vertices sorted by id (strcmp), edges by (from id, to id, type) */
static void build(ag_graph *g)
{
    ag_graph_init(g);
    g->vertices = calloc(7, sizeof *g->vertices);
    g->edges = calloc(8, sizeof *g->edges);
    add_vertex(g, HOSTILE_PERSON, HOSTILE_PERSON, AG_PERSON, "IRN");
    add_vertex(g, HOSTILE_ORG, HOSTILE_ORG, AG_ORGANIZATION, NULL);
    add_vertex(g, "IRN", "Iran", AG_STATE, NULL);
    g->vertices[2].aliases = calloc(2, sizeof(char *));
    g->vertices[2].aliases[0] = ag_strdup("Islamic Republic of Iran");
    g->vertices[2].aliases[1] = ag_strdup("Tehran <gov>");
    g->vertices[2].n_aliases = 2;
    add_vertex(g, "PRK", "North Korea", AG_STATE, NULL);
    add_vertex(g, "RUS", "Russia", AG_STATE, NULL);
    add_vertex(g, "UKR", "Ukraine", AG_STATE, NULL);
    add_vertex(g, "USA", "United States", AG_STATE, NULL);
    add_edge(g, 7, HOSTILE_PERSON, "RUS", AG_SUPPLIES, 1, 1, "2023-03-02", "2023-03-02",
             "components", "technology", NULL, 0.6, AG_REPORTED);
    add_edge(g, 5, HOSTILE_ORG, "UKR", AG_SUPPLIES, 2, 1, "2023-06-01", "2023-06-20",
             "\"Su-35\" & <b>parts</b>", "aircraft", "12 \"units\"", 0.75, AG_REPORTED);
    add_edge(g, 1, "IRN", "RUS", AG_SUPPLIES, 5, 3, "2022-09-14", "2024-01-04",
             "Shahed-136 drones; artillery shells; ballistic missiles", "drones; missiles",
             "more than 1,000 containers", 0.9, AG_REPORTED);
    add_edge(g, 2, "IRN", "RUS", AG_SEEKS_IN_EXCHANGE, 2, 2, "2023-01-10", "2023-11-30",
             "Su-35 fighter jets", "aircraft", NULL, 0.8, AG_PLANNED);
    add_edge(g, 8, "PRK", "RUS", AG_SUPPLIES, 1, 1, "", "", NULL, NULL, NULL, 0.5, AG_REPORTED);
    add_edge(g, 3, "RUS", "UKR", AG_ATTACKS, 4, 4, "2023-10-01", "2023-10-01", "drones", NULL, NULL,
             0.95, AG_REPORTED);
    add_edge(g, 4, "USA", "IRN", AG_SANCTIONS, 1, 1, "2023-04-18", "2023-04-18", NULL, NULL, NULL,
             0.85, AG_REPORTED);
}

static void show_escapes(void)
{
    static const char *const samples[] = {
        "plain",       "Su-35",         "say \"hi\"", "back\\slash\\",   "a<b>&c",
        "two\nlines",  "tab\there",     "bell\x07",   "\xE2\x80\x8FRTL", "S\xC3\xA3o Tom\xC3\xA9",
        "bad\xFFutf8", "\xED\xA0\x80x", "&amp;",      "'single'",        ""};
    size_t i;

    for (i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        ag_buf d, x;

        ag_buf_init(&d);
        ag_buf_init(&x);
        ag_export_dot_quote(&d, samples[i]);
        ag_export_xml_escape(&x, samples[i]);
        printf("dot %s\nxml [%s]\n", d.data, x.data);
        ag_buf_destroy(&d);
        ag_buf_destroy(&x);
    }
}

static void show_shorten(void)
{
    static const char *const samples[] = {"short", "exactly ten", "drones; artillery shells",
                                          "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                                          "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"};
    size_t i;

    for (i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        ag_buf b;

        ag_buf_init(&b);
        ag_export_shorten(&b, samples[i], 10);
        printf("shorten(10) [%s]\n", b.data);
        ag_buf_destroy(&b);
    }
}

static void show_ego(const ag_graph *g, const char *center, int depth)
{
    ag_graph ego;
    ag_err err;
    size_t i;
    int rc;

    ag_graph_init(&ego);
    ag_err_clear(&err);
    rc = ag_export_ego(g, center, depth, &ego, &err);
    printf("ego %s depth %d: rc %d", center, depth, rc);
    if (rc != AG_OK) {
        printf(" (%s) %s\n", ag_code_name(rc), err.msg);
    } else {
        printf(", %zu vertices, %zu edges\n", ego.n_vertices, ego.n_edges);
        for (i = 0; i < ego.n_vertices; i++)
            printf("  v %s\n", ego.vertices[i].id);
        for (i = 0; i < ego.n_edges; i++)
            printf("  e%lld %s -> %s %s\n", ego.edges[i].id, ego.vertices[ego.edges[i].from].id,
                   ego.vertices[ego.edges[i].to].id, ag_edge_type_name(ego.edges[i].type));
    }
    ag_graph_destroy(&ego);
}

/* ids that quote to the same DOT string or XML text, or look like legend
 * nodes, must not merge nodes: the writers fall back to "vN" / "nN" ids */
static void show_colliding_ids(const char *a, const char *b)
{
    ag_graph g;
    ag_buf dot;
    ag_err err;
    const char *p;

    ag_graph_init(&g);
    ag_buf_init(&dot);
    g.vertices = calloc(2, sizeof *g.vertices);
    g.edges = calloc(1, sizeof *g.edges);
    add_vertex(&g, a, "first", AG_STATE, NULL);
    add_vertex(&g, b, "second", AG_STATE, NULL);
    add_edge(&g, 1, a, b, AG_ATTACKS, 1, 1, "", "", NULL, NULL, NULL, 1.0, AG_REPORTED);
    ag_export_dot(&g, NULL, &dot, &err);
    /* the node and edge lines only */
    for (p = strstr(dot.data, "  // actors\n"); p != NULL && *p != '}'; p = strchr(p, '\n') + 1)
        if (strncmp(p, "  \"", 3) == 0)
            printf("%.*s\n", (int)(strcspn(p, "[") - 1), p);
    /* and the GEXF node and edge tags */
    ag_buf_reset(&dot);
    ag_export_gexf(&g, AG_GEXF_STATIC, &dot, &err);
    for (p = dot.data; (p = strstr(p, "      <")) != NULL; p++)
        if (strncmp(p + 7, "node ", 5) == 0 || strncmp(p + 7, "edge ", 5) == 0)
            printf("%.*s\n", (int)strcspn(p, "\n"), p);
    ag_buf_destroy(&dot);
    ag_graph_destroy(&g);
}

static int write_file(const char *dir, const char *name, const ag_buf *b)
{
    char path[4096];
    ag_err err;

    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (ag_file_write_atomic(path, b->data, b->len, &err) != AG_OK) {
        fprintf(stderr, "%s\n", err.msg);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    ag_graph g, empty;
    ag_buf dot, gexf, stat, json, edot;
    ag_err err;
    int rc = 0;

    build(&g);
    ag_graph_init(&empty);
    ag_buf_init(&dot);
    ag_buf_init(&gexf);
    ag_buf_init(&stat);
    ag_buf_init(&json);
    ag_buf_init(&edot);

    if (argc > 1) {
        /* files for the validators */
        if (ag_export_dot(&g, NULL, &dot, &err) != AG_OK ||
            ag_export_gexf(&g, 0, &gexf, &err) != AG_OK ||
            write_file(argv[1], "hostile.dot", &dot) || write_file(argv[1], "hostile.gexf", &gexf))
            rc = 1;
        goto out;
    }

    printf("== escaping\n");
    show_escapes();
    show_shorten();

    printf("== dot\n");
    rc |= ag_export_dot(&g, NULL, &dot, &err) != AG_OK;
    fputs(dot.data, stdout);
    printf("== dot, empty graph, own title\n");
    rc |= ag_export_dot(&empty, "Nothing \"here\"", &edot, &err) != AG_OK;
    fputs(edot.data, stdout);

    printf("== dot, ids that would merge\n");
    show_colliding_ids("A\x01"
                       "B",
                       "AB");
    show_colliding_ids("A\tB", "A B");
    show_colliding_ids("AAA", "legend_type_0");
    show_colliding_ids("Su 35", "Su-35");

    printf("== gexf\n");
    rc |= ag_export_gexf(&g, 0, &gexf, &err) != AG_OK;
    fputs(gexf.data, stdout);
    printf("== gexf --static, empty graph\n");
    rc |= ag_export_gexf(&empty, AG_GEXF_STATIC, &stat, &err) != AG_OK;
    fputs(stat.data, stdout);

    printf("== json\n");
    rc |= ag_export_json(&g, &json, &err) != AG_OK;
    fputs(json.data, stdout);

    printf("== determinism\n");
    {
        ag_buf again;
        ag_buf_init(&again);
        ag_export_dot(&g, NULL, &again, &err);
        printf("dot twice: %s\n", strcmp(again.data, dot.data) == 0 ? "same" : "DIFFERENT");
        ag_buf_reset(&again);
        ag_export_gexf(&g, 0, &again, &err);
        printf("gexf twice: %s\n", strcmp(again.data, gexf.data) == 0 ? "same" : "DIFFERENT");
        ag_buf_destroy(&again);
    }

    printf("== ego\n");
    show_ego(&g, "UKR", 1);
    show_ego(&g, "UKR", 2);
    show_ego(&g, "USA", 0);
    show_ego(&g, "USA", 9);
    show_ego(&g, "FRA", 1);
    show_ego(&g, "IRN", -1);
out:
    ag_buf_destroy(&dot);
    ag_buf_destroy(&gexf);
    ag_buf_destroy(&stat);
    ag_buf_destroy(&json);
    ag_buf_destroy(&edot);
    ag_graph_destroy(&g);
    ag_graph_destroy(&empty);
    return rc;
}
