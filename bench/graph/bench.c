/*
 * bench.c -- times the graph queries on a large store: loading the graph
 * (ag_graph_load), one path query, PageRank, betweenness (full and with a
 * cutoff) and the peak memory; optionally writes the loaded links as TSV
 * (source, target, weight) so that NetworkX can time the same graph.
 *
 * usage: bench STORE FROM TO [LINKS.tsv]
 * Prints "name seconds" lines, then "peak_rss_kb N".
 */
#define _POSIX_C_SOURCE 200809L
#include "ag_graph.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int fail(const ag_err *err)
{
    fprintf(stderr, "bench: %s\n", err->msg);
    return 1;
}

/* Links as the queries see them: parallel typed edges merged, weight = sum
 * of their article counts. Edges come sorted by (from, to, type). */
static int write_links(const ag_graph *g, const char *path)
{
    FILE *f = fopen(path, "w");
    size_t i = 0;

    if (f == NULL)
        return -1;
    while (i < g->n_edges) {
        size_t j = i;
        long w = 0;
        while (j < g->n_edges && g->edges[j].from == g->edges[i].from &&
               g->edges[j].to == g->edges[i].to)
            w += g->edges[j++].articles;
        fprintf(f, "%s\t%s\t%ld\n", g->vertices[g->edges[i].from].id,
                g->vertices[g->edges[i].to].id, w);
        i = j;
    }
    return fclose(f);
}

int main(int argc, char **argv)
{
    ag_store *s = NULL;
    ag_graph g;
    ag_err err;
    ag_path_result r;
    ag_path_opts po;
    ag_central_opts co;
    ag_scores sc;
    struct rusage ru;
    double t0, t;
    char *from = NULL, *to = NULL;
    long vf, vt;
    int rc;

    if (argc < 4) {
        fprintf(stderr, "usage: bench STORE FROM TO [LINKS.tsv]\n");
        return 2;
    }
    ag_err_clear(&err);
    ag_graph_init(&g);
    ag_path_result_init(&r);
    ag_scores_init(&sc);
    if (ag_store_open(&s, argv[1], AG_STORE_READONLY, &err) != AG_OK)
        return fail(&err);

    t0 = now();
    if (ag_graph_load(s, NULL, &g, &err) != AG_OK)
        return fail(&err);
    t = now() - t0;
    printf("load %.3f\n", t);
    printf("actors %zu\nedges %zu\n", g.n_vertices, g.n_edges);

    if (ag_store_resolve(s, argv[2], &from, &err) != AG_OK ||
        ag_store_resolve(s, argv[3], &to, &err) != AG_OK)
        return fail(&err);
    vf = ag_graph_vertex_index(&g, from);
    vt = ag_graph_vertex_index(&g, to);
    if (vf < 0 || vt < 0) {
        fprintf(stderr, "bench: %s or %s has no edges\n", from, to);
        return 1;
    }
    ag_path_opts_init(&po);
    t0 = now();
    rc = ag_graph_path(&g, (size_t)vf, (size_t)vt, &po, &r, &err);
    t = now() - t0;
    if (rc != AG_OK && rc != AG_ERR_NOPATH)
        return fail(&err);
    printf("path %.4f\n", t);
    printf("path_hops %zd\n", rc == AG_OK ? (ssize_t)r.paths[0].n_hops : (ssize_t)-1);
    ag_path_result_destroy(&r);

    ag_central_opts_init(&co);
    co.measure = AG_PAGERANK;
    t0 = now();
    if (ag_graph_centrality(&g, &co, &sc, &err) != AG_OK)
        return fail(&err);
    printf("pagerank %.3f\n", now() - t0);
    printf("pagerank_top %s %.6f\n", g.vertices[sc.rank[0]].id, sc.score[sc.rank[0]]);
    /* the same through igraph's PRPACK (graph/pagerank.c computes it
     * without igraph): the time, and whether scores and ranking are the same */
    {
        ag_scores ig;
        size_t i, bits = 0, ranks = 0;
        double maxdiff = 0;

        ag_scores_init(&ig);
        setenv("ARMSGRAPH_PAGERANK", "igraph", 1);
        t0 = now();
        if (ag_graph_centrality(&g, &co, &ig, &err) != AG_OK)
            return fail(&err);
        printf("pagerank_igraph %.3f\n", now() - t0);
        unsetenv("ARMSGRAPH_PAGERANK");
        for (i = 0; i < g.n_vertices; i++) {
            double d =
                sc.score[i] > ig.score[i] ? sc.score[i] - ig.score[i] : ig.score[i] - sc.score[i];
            maxdiff = d > maxdiff ? d : maxdiff;
            bits += memcmp(&sc.score[i], &ig.score[i], sizeof(double)) == 0;
            ranks += sc.rank[i] == ig.rank[i];
        }
        printf("pagerank_vs_igraph same_bits %zu/%zu same_rank %zu/%zu max_diff %g\n", bits,
               g.n_vertices, ranks, g.n_vertices, maxdiff);
        ag_scores_destroy(&ig);
    }

    if (getenv("BENCH_NO_BETWEENNESS") != NULL)
        goto done;
    co.measure = AG_BETWEENNESS;
    co.unweighted = 1;
    co.cutoff = 3;
    t0 = now();
    if (ag_graph_centrality(&g, &co, &sc, &err) != AG_OK)
        return fail(&err);
    printf("betweenness_cutoff3_unweighted %.3f\n", now() - t0);

    co.cutoff = -1;
    t0 = now();
    if (ag_graph_centrality(&g, &co, &sc, &err) != AG_OK)
        return fail(&err);
    printf("betweenness_unweighted %.3f\n", now() - t0);
    printf("betweenness_top %s %.1f\n", g.vertices[sc.rank[0]].id, sc.score[sc.rank[0]]);

    if (getenv("BENCH_WEIGHTED_BETWEENNESS") != NULL) {
        co.unweighted = 0;
        t0 = now();
        if (ag_graph_centrality(&g, &co, &sc, &err) != AG_OK)
            return fail(&err);
        printf("betweenness_weighted %.3f\n", now() - t0);
    }

done:
    if (argc > 4 && write_links(&g, argv[4]) != 0) {
        fprintf(stderr, "bench: cannot write %s\n", argv[4]);
        return 1;
    }
    getrusage(RUSAGE_SELF, &ru);
    printf("peak_rss_kb %ld\n", ru.ru_maxrss);
    ag_scores_destroy(&sc);
    ag_graph_destroy(&g);
    ag_store_close(s);
    free(from);
    free(to);
    return 0;
}
