/*
 * test_pagerank.c -- the PageRank of `central` (graph/pagerank.c, without
 * igraph) against igraph's own igraph_pagerank (PRPACK) on the same
 * weighted links, called here: small graphs worked by hand (dangling
 * vertices, a self-loop, an isolated vertex, an edge of no articles,
 * parallel edges of several types, edges out of order, the graphs that
 * `--type` and `--min-sources` leave), graphs from 128 vertices on
 * (PRPACK's Gauss-Seidel over strongly connected components instead of
 * elimination), random graphs of up to 3,000 vertices, and dampings other
 * than 0.85. For each: the largest difference (must be below 1e-10),
 * whether the ranking is the same, and whether the scores are the same to
 * the last bit (they are with Debian 12's igraph 0.10.2; another igraph
 * release may round differently: then check the first two columns and
 * update the .out). Prints; diffed against test_pagerank.out.
 */
#include "ag_graph.h"

#include <igraph.h>

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_V 3000
#define MAX_E 30000

/* graph/pagerank.c's stopping test (graph_int.h, private to graph/) */
int ag_pagerank_residual_above(const double *t, uint32_t n, double plain, double alpha,
                               double bound);

/* The stopping test where the plain sum of the residuals and the
 * compensated one fall on either side of the bound: 1 + 1000 times 1e-16
 * is 1 added plainly, 1 + 1e-13 compensated. */
static void near_bound(void)
{
    static double t[1001];
    double plain = 0, kahan = 1 + 1e-13;
    size_t i;

    t[0] = 1;
    for (i = 1; i < 1001; i++)
        t[i] = 1e-16;
    for (i = 0; i < 1001; i++)
        plain += t[i];
    printf("near the bound: plain sum %.17g; go on below the compensated sum %d, "
           "above it %d, far below %d, far above %d\n",
           plain, ag_pagerank_residual_above(t, 1001, plain, 0, kahan - 5e-14),
           ag_pagerank_residual_above(t, 1001, plain, 0, kahan + 5e-14),
           ag_pagerank_residual_above(t, 1001, plain, 0.85, 0.1),
           ag_pagerank_residual_above(t, 1001, plain, 0.85, 100));
}

static ag_vertex verts[MAX_V];
static char ids[MAX_V][24]; /* "V%05zu" of any size_t: no truncation warning */
static ag_gedge edges[MAX_E];
static int identical_graphs, graphs;

static void set_vertices(size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        snprintf(ids[i], sizeof ids[i], "V%05zu", i);
        verts[i].id = ids[i];
        verts[i].name = ids[i];
        verts[i].kind = AG_STATE;
    }
}

static void set_edge(size_t i, size_t from, size_t to, ag_edge_type type, long articles)
{
    memset(&edges[i], 0, sizeof edges[i]);
    edges[i].from = from;
    edges[i].to = to;
    edges[i].type = type;
    edges[i].mentions = articles;
    edges[i].articles = articles;
    edges[i].confidence = 1.0;
}

static int pair_cmp(const void *x, const void *y)
{
    const ag_gedge *p = x, *q = y;

    if (p->from != q->from)
        return p->from < q->from ? -1 : 1;
    if (p->to != q->to)
        return p->to < q->to ? -1 : 1;
    return 0;
}

/* igraph's PageRank of g's links (parallel edges merged, articles summed),
 * computed here without armsgraph's help. */
static int igraph_scores(const ag_graph *g, double damping, double *out)
{
    ag_gedge *e = malloc((g->n_edges ? g->n_edges : 1) * sizeof *e);
    igraph_vector_int_t ev;
    igraph_vector_t w, res;
    igraph_t ig;
    size_t i, n = 0;
    int rc = -1;

    if (e == NULL)
        return -1;
    memcpy(e, g->edges, g->n_edges * sizeof *e);
    qsort(e, g->n_edges, sizeof *e, pair_cmp);
    igraph_vector_int_init(&ev, 0);
    igraph_vector_init(&w, 0);
    igraph_vector_init(&res, 0);
    for (i = 0; i < g->n_edges; i++) {
        if (n > 0 && VECTOR(ev)[2 * n - 2] == (igraph_integer_t)e[i].from &&
            VECTOR(ev)[2 * n - 1] == (igraph_integer_t)e[i].to) {
            VECTOR(w)[n - 1] += (double)e[i].articles;
            continue;
        }
        igraph_vector_int_push_back(&ev, (igraph_integer_t)e[i].from);
        igraph_vector_int_push_back(&ev, (igraph_integer_t)e[i].to);
        igraph_vector_push_back(&w, (double)e[i].articles);
        n++;
    }
    if (igraph_create(&ig, &ev, (igraph_integer_t)g->n_vertices, IGRAPH_DIRECTED) ==
        IGRAPH_SUCCESS) {
        if (igraph_pagerank(&ig, IGRAPH_PAGERANK_ALGO_PRPACK, &res, NULL, igraph_vss_all(), 1,
                            damping, &w, NULL) == IGRAPH_SUCCESS) {
            for (i = 0; i < g->n_vertices; i++)
                out[i] = VECTOR(res)[(igraph_integer_t)i];
            rc = 0;
        }
        igraph_destroy(&ig);
    }
    igraph_vector_int_destroy(&ev);
    igraph_vector_destroy(&w);
    igraph_vector_destroy(&res);
    free(e);
    return rc;
}

/* The ranking `central` gives of scores x: by score at 1e-9, then index. */
static const double *rank_by;

static int rank_cmp(const void *p, const void *q)
{
    size_t a = *(const size_t *)p, b = *(const size_t *)q;
    double ka = nearbyint(rank_by[a] * 1e9), kb = nearbyint(rank_by[b] * 1e9);

    if (ka != kb)
        return ka > kb ? -1 : 1;
    return a < b ? -1 : a > b;
}

/* Compares armsgraph's PageRank of g with igraph's; prints the scores of
 * graphs of up to 8 vertices. */
static void compare(const char *name, const ag_graph *g, double damping)
{
    ag_central_opts o;
    ag_scores s;
    ag_err err;
    double *ref = malloc((g->n_vertices ? g->n_vertices : 1) * sizeof *ref);
    size_t *rank = malloc((g->n_vertices ? g->n_vertices : 1) * sizeof *rank);
    double maxdiff = 0, sum = 0;
    int same_bits = 1, same_rank = 1;
    size_t i;

    ag_central_opts_init(&o);
    o.measure = AG_PAGERANK;
    o.damping = damping;
    ag_scores_init(&s);
    ag_err_clear(&err);
    if (ref == NULL || rank == NULL || ag_graph_centrality(g, &o, &s, &err) != AG_OK ||
        igraph_scores(g, damping, ref) != 0) {
        printf("%s: failed %s\n", name, err.msg);
        goto out;
    }
    for (i = 0; i < g->n_vertices; i++) {
        double d = fabs(s.score[i] - ref[i]);
        if (d > maxdiff)
            maxdiff = d;
        if (memcmp(&s.score[i], &ref[i], sizeof ref[i]) != 0)
            same_bits = 0;
        rank[i] = i;
        sum += s.score[i];
    }
    rank_by = ref;
    qsort(rank, g->n_vertices, sizeof *rank, rank_cmp);
    for (i = 0; i < g->n_vertices; i++)
        if (rank[i] != s.rank[i])
            same_rank = 0;
    graphs++;
    identical_graphs += same_bits;
    printf("%s: %zu vertices, damping %.2f: |diff| < 1e-10 %s, ranking %s, bits %s, sum %.9f\n",
           name, g->n_vertices, damping, maxdiff < 1e-10 ? "yes" : "NO",
           same_rank ? "same" : "DIFFERENT", same_bits ? "same" : "differ", sum);
    if (g->n_vertices <= 8) {
        printf("   ");
        for (i = 0; i < s.n; i++)
            printf(" %s=%.6f", g->vertices[s.rank[i]].id, s.score[s.rank[i]]);
        printf("\n");
    }
out:
    ag_scores_destroy(&s);
    free(ref);
    free(rank);
}

/* A small deterministic generator (the same graphs on every machine). */
static unsigned long long rng_state;

static size_t rnd(size_t n)
{
    rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (size_t)((rng_state >> 33) % n);
}

/* A random graph of n vertices and about m edges: skewed ends (low indices
 * in many edges), 4 types, some self-loops, edges of 0 to 5 articles, the
 * last tenth of the vertices isolated; sorted as a load gives them unless
 * shuffled. */
static ag_graph random_graph(size_t n, size_t m, int loops, int shuffled)
{
    ag_graph g = {verts, n, edges, 0, NULL};
    size_t i, k = 0, live = n - n / 10;

    set_vertices(n);
    for (i = 0; i < m && k < MAX_E; i++) {
        size_t a = rnd(live), b = rnd(live);
        a = a * rnd(live) / live; /* skew toward low indices */
        if (a == b && !loops)
            continue;
        set_edge(k++, a, b, (ag_edge_type)rnd(4), (long)rnd(6));
    }
    g.n_edges = k;
    if (!shuffled)
        qsort(edges, k, sizeof *edges, pair_cmp);
    return g;
}

int main(void)
{
    ag_graph g = {verts, 0, edges, 0, NULL};
    size_t i, k;
    static const size_t sizes[] = {128, 200, 500, 1000, 3000};

    /*
     * V0 -supplies(2)-> V1 -attacks(3)-> V3 -attacks(1)-> V4 <-supplies(1)- V5
     * V0 -sanctions(1)-> V1;  V0 -supplies(2)-> V2 -supplies(1)-> V3
     * V2 -sanctions(0)-> V5 (no articles: igraph ignores a weight of 0)
     * V3 -supplies(2)-> V3 (a self-loop);  V6: isolated
     * V4 is dangling (no out-links); so is V5 once the 0 link is dropped.
     */
    set_vertices(7);
    set_edge(0, 0, 1, AG_SUPPLIES, 2);
    set_edge(1, 0, 1, AG_SANCTIONS, 1);
    set_edge(2, 0, 2, AG_SUPPLIES, 2);
    set_edge(3, 1, 3, AG_ATTACKS, 3);
    set_edge(4, 2, 3, AG_SUPPLIES, 1);
    set_edge(5, 2, 5, AG_SANCTIONS, 0);
    set_edge(6, 3, 3, AG_SUPPLIES, 2);
    set_edge(7, 3, 4, AG_ATTACKS, 1);
    set_edge(8, 5, 4, AG_SUPPLIES, 1);
    g.n_vertices = 7;
    g.n_edges = 9;
    compare("hand", &g, 0.85);
    compare("hand", &g, 0.5);
    compare("hand", &g, 0.0);
    /* --type supplies: the graph of the supplies edges (the load keeps the
     * actors they touch: V0..V5, V4 the last; V6 gone) */
    for (i = 0, k = 0; i < 9; i++)
        if (edges[i].type == AG_SUPPLIES)
            edges[k++] = edges[i];
    g.n_edges = k;
    g.n_vertices = 6;
    compare("hand --type supplies", &g, 0.85);
    /* --min-sources 2 on the whole graph: edges of 2 articles or more */
    set_edge(0, 0, 1, AG_SUPPLIES, 2);
    set_edge(1, 0, 2, AG_SUPPLIES, 2);
    set_edge(2, 1, 3, AG_ATTACKS, 3);
    set_edge(3, 3, 3, AG_SUPPLIES, 2);
    g.n_edges = 4;
    g.n_vertices = 4;
    compare("hand --min-sources 2", &g, 0.85);
    /* all dangling: no links at all; one vertex */
    g.n_edges = 0;
    compare("no links", &g, 0.85);
    g.n_vertices = 1;
    compare("one vertex", &g, 0.85);
    /* edges out of (from, to) order, as an edges-only load leaves them */
    set_edge(0, 2, 0, AG_SUPPLIES, 1);
    set_edge(1, 0, 1, AG_ATTACKS, 2);
    set_edge(2, 1, 2, AG_SUPPLIES, 3);
    set_edge(3, 0, 1, AG_SUPPLIES, 1);
    g.n_edges = 4;
    g.n_vertices = 3;
    compare("out of order", &g, 0.85);

    /* 128 vertices and more: a cycle with a tail and dangling ends */
    set_vertices(300);
    for (i = 0, k = 0; i < 200; i++)
        set_edge(k++, i, (i + 1) % 200, AG_SUPPLIES, 1 + (long)(i % 3));
    for (i = 200; i < 280; i++)
        set_edge(k++, i, i % 7, AG_ATTACKS, 1);
    set_edge(k++, 5, 290, AG_SUPPLIES, 4);
    g.n_vertices = 300;
    g.n_edges = k;
    qsort(edges, k, sizeof *edges, pair_cmp);
    compare("cycle and tail", &g, 0.85);
    g.n_edges = 0;
    compare("300 without links", &g, 0.85);

    rng_state = 42;
    for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        char name[64];
        g = random_graph(sizes[i], sizes[i] * 3, 1, 0);
        snprintf(name, sizeof name, "random %zu", sizes[i]);
        compare(name, &g, 0.85);
        g = random_graph(sizes[i], sizes[i] * 8, 0, 1);
        snprintf(name, sizeof name, "random %zu dense shuffled", sizes[i]);
        compare(name, &g, 0.85);
        compare(name, &g, 0.99);
        compare(name, &g, 0.3);
    }
    for (i = 0; i < 40; i++) {
        char name[64];
        size_t n = 2 + rnd(400);
        g = random_graph(n, 1 + rnd(n * 4), (int)rnd(2), (int)rnd(2));
        snprintf(name, sizeof name, "random #%zu", i);
        compare(name, &g, 0.85);
    }
    printf("%d of %d graphs: the same scores to the last bit\n", identical_graphs, graphs);
    near_bound();
    return 0;
}
