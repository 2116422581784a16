/*
 * test_query.c -- the graph queries (graph/query.c) on small graphs built
 * in memory, whose answers are worked out by hand in the comments:
 * paths (directed, undirected, all, k, max length, parallel edges, no path,
 * same actor), centrality, neighbourhoods, communities, bad arguments.
 * Prints results; diffed against test_query.out.
 */
#include "ag_graph.h"

#include <igraph.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

/*
 * The chain graph (vertices sorted by id, as ag_graph_load gives them):
 *
 *   AAA -supplies(2 art.)-> BBB -attacks(3)-> DDD -attacks(1)-> EEE <-supplies(1)- FFF
 *   AAA -sanctions(1)-----> BBB                ^
 *   AAA -supplies(2)-> CCC -supplies(1)--------+
 *
 * Links (parallel edges merged): A->B w=3, A->C 2, B->D 3, C->D 1, D->E 1, F->E 1.
 */
#define V(i, n)                                                                                    \
    {                                                                                              \
        .id = i, .name = n, .kind = AG_STATE                                                       \
    }
static ag_vertex chain_v[] = {
    V("AAA", "Aland"), V("BBB", "Borduria"), V("CCC", "Carpania"),
    V("DDD", "Dorne"), V("EEE", "Elbonia"),  V("FFF", "Freedonia"),
};

#define E(f, t, ty, art)                                                                           \
    {                                                                                              \
        .from = f, .to = t, .type = ty, .mentions = art, .articles = art, .confidence = 1.0        \
    }
static ag_gedge chain_e[] = {
    E(0, 1, AG_SUPPLIES, 2), E(0, 1, AG_SANCTIONS, 1), E(0, 2, AG_SUPPLIES, 2),
    E(1, 3, AG_ATTACKS, 3),  E(2, 3, AG_SUPPLIES, 1),  E(3, 4, AG_ATTACKS, 1),
    E(5, 4, AG_SUPPLIES, 1),
};

/*
 * Two triangles joined by one bridge: {AAA,BBB,CCC} and {DDD,EEE,FFF},
 * bridge CCC-DDD. m = 7; each side has 3 inner links and degree sum 7, so
 * Q = 2 * (3/7 - (7/14)^2) = 0.357143.
 */
static ag_gedge tri_e[] = {
    E(0, 1, AG_SUPPLIES, 1), E(1, 2, AG_SUPPLIES, 1), E(2, 0, AG_SUPPLIES, 1),
    E(2, 3, AG_ATTACKS, 1),  E(3, 4, AG_SUPPLIES, 1), E(4, 5, AG_SUPPLIES, 1),
    E(5, 3, AG_SUPPLIES, 1),
};

static void print_paths(const ag_graph *g, const char *what, size_t from, size_t to,
                        const ag_path_opts *o)
{
    ag_path_result r;
    ag_err err;
    size_t i, j, k;
    int rc;

    ag_path_result_init(&r);
    ag_err_clear(&err);
    rc = ag_graph_path(g, from, to, o, &r, &err);
    printf("%s: rc %d", what, rc);
    if (rc != AG_OK) {
        printf(" (%s) %s\n", ag_code_name(rc), err.msg);
        ag_path_result_destroy(&r);
        return;
    }
    printf(", %zu path(s)\n", r.n_paths);
    for (i = 0; i < r.n_paths; i++) {
        const ag_path *p = &r.paths[i];
        printf("  [%zu hops]", p->n_hops);
        if (p->n_hops == 0)
            printf(" %s", g->vertices[from].id);
        for (j = 0; j < p->n_hops; j++) {
            const ag_hop *h = &p->hops[j];
            const ag_gedge *e = &g->edges[h->edge];
            if (j == 0)
                printf(" %s", g->vertices[h->from].id);
            printf(" %s%s%s %s", h->reversed ? "<-" : "-", ag_edge_type_name(e->type),
                   h->reversed ? "-" : "->", g->vertices[h->to].id);
            if (h->n_alts > 0) {
                printf(" (also");
                for (k = 0; k < h->n_alts; k++)
                    printf(" %s", ag_edge_type_name(g->edges[h->alts[k]].type));
                printf(")");
            }
        }
        printf("\n");
    }
    ag_path_result_destroy(&r);
}

static void print_scores(const ag_graph *g, ag_measure m, int unweighted, double cutoff)
{
    ag_central_opts o;
    ag_scores s;
    ag_err err;
    double sum = 0;
    size_t i;
    int rc;

    ag_central_opts_init(&o);
    o.measure = m;
    o.unweighted = unweighted;
    o.cutoff = cutoff;
    ag_scores_init(&s);
    ag_err_clear(&err);
    rc = ag_graph_centrality(g, &o, &s, &err);
    printf("%s%s%s: rc %d", ag_measure_name(m), unweighted ? " unweighted" : "",
           cutoff >= 0 ? " cutoff" : "", rc);
    if (rc != AG_OK) {
        printf(" %s\n", err.msg);
        return;
    }
    for (i = 0; i < s.n; i++) {
        printf(" %s=%.6f", g->vertices[s.rank[i]].id, s.score[s.rank[i]]);
        sum += s.score[i];
    }
    printf(" (sum %.6f)\n", sum);
    ag_scores_destroy(&s);
}

static void print_reach(const ag_graph *g, size_t v, int depth, ag_direction dir)
{
    ag_reach r;
    ag_err err;
    size_t i;
    int rc;

    ag_reach_init(&r);
    ag_err_clear(&err);
    rc = ag_graph_neighbors(g, v, depth, dir, &r, &err);
    printf("neighbors %s depth %d dir %d: rc %d", g->vertices[v].id, depth, (int)dir, rc);
    if (rc != AG_OK)
        printf(" %s", err.msg);
    for (i = 0; i < r.n; i++)
        printf(" %s@%d", g->vertices[r.vertex[i]].id, r.depth[i]);
    printf("\n");
    ag_reach_destroy(&r);
}

/* whether a graph and its narrow copy (AG_LOAD_NARROW) give the same
 * ranking and the same scores, to the bit (igraph's random generator
 * seeded alike before each: ARPACK, for hub, authority and eigenvector,
 * starts from a random vector) */
static void same_scores(const ag_graph *wide, const ag_graph *narrow, ag_measure m, int unweighted)
{
    ag_central_opts o;
    ag_scores a, b;
    ag_err err;
    int ra, rb, same;

    ag_central_opts_init(&o);
    o.measure = m;
    o.unweighted = unweighted;
    ag_scores_init(&a);
    ag_scores_init(&b);
    ag_err_clear(&err);
    ra = ag_graph_centrality(wide, &o, &a, &err);
    rb = ag_graph_centrality(narrow, &o, &b, &err);
    same =
        ra == rb && a.n == b.n && (a.n == 0 || memcmp(a.rank, b.rank, a.n * sizeof *a.rank) == 0);
    for (size_t i = 0; same && i < a.n; i++)
        if (m == AG_HUB || m == AG_AUTHORITY || m == AG_EIGENVECTOR
                ? fabs(a.score[i] - b.score[i]) > 1e-12
                : memcmp(&a.score[i], &b.score[i], sizeof a.score[i]) != 0)
            same = 0;
    printf("narrow %s%s: rc %d, %s\n", ag_measure_name(m), unweighted ? " unweighted" : "", rb,
           same ? "same" : "DIFFERENT");
    ag_scores_destroy(&a);
    ag_scores_destroy(&b);
}

static void same_communities(const ag_graph *wide, const ag_graph *narrow, ag_community_algo algo,
                             int unweighted)
{
    ag_communities a, b;
    ag_err err;
    int ra, rb, same;

    ag_communities_init(&a);
    ag_communities_init(&b);
    ag_err_clear(&err);
    ra = ag_graph_communities(wide, algo, unweighted, &a, &err);
    rb = ag_graph_communities(narrow, algo, unweighted, &b, &err);
    same = ra == rb && a.n_vertices == b.n_vertices && a.n_communities == b.n_communities &&
           a.modularity == b.modularity &&
           memcmp(a.membership, b.membership, a.n_vertices * sizeof *a.membership) == 0;
    printf("narrow %s: rc %d, %zu communities, %s\n", algo == AG_LEIDEN ? "leiden" : "louvain", rb,
           b.n_communities, same ? "same" : "DIFFERENT");
    ag_communities_destroy(&a);
    ag_communities_destroy(&b);
}

static void print_communities(const ag_graph *g, ag_community_algo algo, int unweighted)
{
    ag_communities c;
    ag_err err;
    size_t i, k;
    int rc;

    ag_communities_init(&c);
    ag_err_clear(&err);
    rc = ag_graph_communities(g, algo, unweighted, &c, &err);
    printf("%s: rc %d", algo == AG_LEIDEN ? "leiden" : "louvain", rc);
    if (rc != AG_OK) {
        printf(" %s\n", err.msg);
        return;
    }
    printf(", %zu communities, modularity %.6f:", c.n_communities, c.modularity);
    for (k = 0; k < c.n_communities; k++) {
        printf(" {");
        for (i = 0; i < c.n_vertices; i++)
            if (c.membership[i] == k)
                printf(" %s", g->vertices[i].id);
        printf(" }(%zu)", c.size[k]);
    }
    printf("\n");
    ag_communities_destroy(&c);
}

int main(void)
{
    ag_graph g = {chain_v, 6, chain_e, sizeof chain_e / sizeof chain_e[0], NULL};
    ag_graph tri = {chain_v, 6, tri_e, sizeof tri_e / sizeof tri_e[0], NULL};
    ag_graph empty = {NULL, 0, NULL, 0, NULL};
    ag_graph bad = {chain_v, 2, chain_e, 3, NULL}; /* edge 2 points to vertex 2 of 2 */
    ag_path_opts o;
    ag_measure m;
    ag_reach r;
    int i;

    /* ---- paths ---- */
    ag_path_opts_init(&o);
    /* two shortest paths A-B-D and A-C-D: the lower ids win; the A->B hop
     * has two parallel edges, supplies (lower type) first */
    print_paths(&g, "A->D", 0, 3, &o);
    print_paths(&g, "A->E", 0, 4, &o);
    print_paths(&g, "D->A (edges point the other way)", 3, 0, &o);
    print_paths(&g, "A->F directed", 0, 5, &o);
    print_paths(&g, "A->A", 0, 0, &o);
    o.undirected = 1;
    /* undirected: the last hop walks F->E backwards */
    print_paths(&g, "A->F undirected", 0, 5, &o);
    print_paths(&g, "D->A undirected", 3, 0, &o);
    o.undirected = 0;
    o.all = 1;
    print_paths(&g, "A->E all", 0, 4, &o);
    o.all = 0;
    o.k = 5; /* only two simple paths exist */
    print_paths(&g, "A->E k=5", 0, 4, &o);
    o.undirected = 1;
    o.k = 3; /* undirected: B-A-C and B-D-C; no third simple path */
    print_paths(&g, "B->C k=3 undirected", 1, 2, &o);
    o.undirected = 0;
    o.k = 0;
    o.max_len = 2;
    print_paths(&g, "A->E max 2", 0, 4, &o);
    o.max_len = 3;
    print_paths(&g, "A->E max 3", 0, 4, &o);
    o.k = 2;
    o.max_len = 2;
    print_paths(&g, "A->E k=2 max 2", 0, 4, &o);
    o.k = 0;
    o.all = 1;
    print_paths(&g, "A->E all max 2", 0, 4, &o);
    o.all = 0;
    o.max_len = 0;
    print_paths(&g, "bad index", 0, 6, &o);
    print_paths(&bad, "bad graph", 0, 1, &o);
    o.k = -1;
    print_paths(&g, "negative k", 0, 1, &o);

    /* ---- centrality ---- */
    /* degree (links): A 2, B 2, C 2, D 3, E 2, F 1; weighted by articles:
     * A 3+2=5, B 3+3=6, C 2+1=3, D 3+1+1=5, E 2, F 1 */
    print_scores(&g, AG_DEGREE, 1, -1);
    print_scores(&g, AG_DEGREE, 0, -1);
    print_scores(&g, AG_IN_DEGREE, 0, -1);
    print_scores(&g, AG_OUT_DEGREE, 1, -1);
    /* betweenness, unweighted: A->D splits over B and C (1/2 each), A->E
     * too and passes D, B->E and C->E pass D: B 1, C 1, D 3.
     * Weighted (length 1/articles): A->B->D is 2/3 long, A->C->D 3/2, so
     * A->D and A->E both go through B: B 2, C 0, D 3. */
    print_scores(&g, AG_BETWEENNESS, 1, -1);
    print_scores(&g, AG_BETWEENNESS, 0, -1);
    /* with paths of at most 2 hops (unweighted), A->E (3 hops) is dropped:
     * B 0.5, C 0.5, D 2 */
    print_scores(&g, AG_BETWEENNESS, 1, 2);
    /* closeness (out, unweighted, over reachable actors): A reaches B1 C1 D2
     * E3: 4/7 = 0.571429; B reaches D1 E2: 2/3; C the same; D reaches E: 1;
     * E nobody: 0; F reaches E: 1 */
    print_scores(&g, AG_CLOSENESS, 1, -1);
    /* pagerank (damping 0.85; NetworkX 2.8 gives the same six values to
     * 1e-6 on this graph): sums to 1.
     * hub (weighted): A A^T has blocks {A}: 13, {B,C}: [[9,3],[3,1]] (10, 0),
     * {D,F}: [[1,1],[1,1]] (2, 0): the top eigenvector is A alone: A 1, rest 0.
     * authority: A^T A has blocks {B,C}: [[9,6],[6,4]] (13, 0), {D}: 10,
     * {E}: 2: B 1, C 2/3, rest 0. Scaled so that the largest is 1.
     * eigenvector (undirected projection) on the two triangles: the bridge
     * ends C and D 1, the others 1/sqrt(2) = 0.707107 (NetworkX agrees). */
    print_scores(&g, AG_PAGERANK, 0, -1);
    print_scores(&g, AG_PAGERANK, 1, -1);
    print_scores(&g, AG_HUB, 0, -1);
    print_scores(&g, AG_AUTHORITY, 0, -1);
    print_scores(&tri, AG_EIGENVECTOR, 1, -1);
    print_scores(&empty, AG_PAGERANK, 0, -1);
    {
        ag_graph lonely = {chain_v, 2, NULL, 0, NULL};
        print_scores(&lonely, AG_HUB, 0, -1);
        print_scores(&lonely, AG_PAGERANK, 0, -1);
    }
    print_scores(&bad, AG_PAGERANK, 0, -1);
    for (i = 0; i < AG_MEASURE_COUNT; i++) {
        int rc = ag_measure_parse(ag_measure_name((ag_measure)i), &m);
        printf("measure %d %s parses back: %d\n", i, ag_measure_name((ag_measure)i),
               rc == AG_OK && (int)m == i);
    }
    printf("parse 'rank': %d\n", ag_measure_parse("rank", &m));

    /* ---- neighbours ---- */
    print_reach(&g, 0, 1, AG_DIR_ALL);
    print_reach(&g, 0, 2, AG_DIR_OUT);
    print_reach(&g, 4, 1, AG_DIR_IN);
    print_reach(&g, 4, 2, AG_DIR_IN);
    print_reach(&g, 4, 9, AG_DIR_ALL);
    print_reach(&g, 4, 9, AG_DIR_OUT);
    print_reach(&g, 4, 0, AG_DIR_OUT);
    ag_reach_init(&r);
    printf("neighbors bad index: %d\n", ag_graph_neighbors(&g, 6, 1, AG_DIR_ALL, &r, NULL));

    /* ---- communities ---- */
    print_communities(&tri, AG_LEIDEN, 1);
    print_communities(&tri, AG_LOUVAIN, 1);
    print_communities(&empty, AG_LEIDEN, 0);
    {
        ag_graph lonely = {chain_v, 3, NULL, 0, NULL};
        print_communities(&lonely, AG_LEIDEN, 0);
    }

    /* ---- a narrow graph (AG_LOAD_NARROW): the same scores and communities
     * as the graph it narrows; path and neighbors refuse it ---- */
    {
        ag_nedge ne[sizeof chain_e / sizeof chain_e[0]], te[sizeof tri_e / sizeof tri_e[0]];
        ag_graph narrow = {chain_v, 6, NULL, sizeof chain_e / sizeof chain_e[0], ne};
        ag_graph ntri = {chain_v, 6, NULL, sizeof tri_e / sizeof tri_e[0], te};
        ag_nedge nbad[1] = {{0, 2, 1, 0}};
        ag_graph bad_narrow = {chain_v, 2, NULL, 1, nbad};
        ag_path_result pr;
        ag_err err;
        for (size_t k = 0; k < narrow.n_edges; k++)
            ne[k] = (ag_nedge){(uint32_t)chain_e[k].from, (uint32_t)chain_e[k].to,
                               (uint32_t)chain_e[k].articles, (uint8_t)chain_e[k].type};
        for (size_t k = 0; k < ntri.n_edges; k++)
            te[k] = (ag_nedge){(uint32_t)tri_e[k].from, (uint32_t)tri_e[k].to,
                               (uint32_t)tri_e[k].articles, (uint8_t)tri_e[k].type};
        /* not hub and authority unweighted: on this chain their eigenvalue
         * is multiple, and two calls on the same wide graph differ */
        for (i = 0; i < AG_MEASURE_COUNT; i++) {
            same_scores(&g, &narrow, (ag_measure)i, 0);
            if (i != AG_HUB && i != AG_AUTHORITY)
                same_scores(&g, &narrow, (ag_measure)i, 1);
        }
        same_communities(&tri, &ntri, AG_LEIDEN, 1);
        same_communities(&tri, &ntri, AG_LOUVAIN, 0);
        print_scores(&bad_narrow, AG_PAGERANK, 0, -1);
        print_communities(&bad_narrow, AG_LEIDEN, 0);
        ag_path_result_init(&pr);
        ag_path_opts_init(&o);
        ag_err_clear(&err);
        printf("narrow path: %d %s\n", ag_graph_path(&narrow, 0, 3, &o, &pr, &err), err.msg);
        ag_err_clear(&err);
        printf("narrow neighbors: %d %s\n", ag_graph_neighbors(&narrow, 0, 1, AG_DIR_ALL, &r, &err),
               err.msg);
    }

    /* destroy functions accept NULL */
    ag_path_result_destroy(NULL);
    ag_scores_destroy(NULL);
    ag_reach_destroy(NULL);
    ag_communities_destroy(NULL);
    return 0;
}
