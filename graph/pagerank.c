/*
 * pagerank.c -- PageRank of the collapsed, weighted, directed links of a
 * graph without igraph: the same scores, bit for bit, as igraph 0.10's
 * igraph_pagerank(IGRAPH_PAGERANK_ALGO_PRPACK) with weights and no reset
 * vector, for `central --measure pagerank` (query.c). igraph would first
 * build its own graph (igraph_create sorts the links twice by a radix sort
 * whose cost grows faster than the graph), then PRPACK copies it twice
 * more; here the links become one list of in-links by target and the
 * solver works on that (docs/performance.md, ninth round).
 *
 * What is solved (PRPACK's model, from its paper and igraph's docs): links
 * of weight 0 are ignored; the weights out of a vertex are divided by their
 * sum; a vertex with no out-weight (dangling) jumps to every vertex alike,
 * as does the random jump (1 - damping); self-loops are kept. With the
 * jump and the dangling jump both uniform, the scores are the solution of
 * (I - damping P^T) x = 1/n, normalized to sum 1. PRPACK solves that by
 * Gaussian elimination below 128 vertices; from 128 it numbers the
 * strongly connected components of the in-link graph (Tarjan, roots in
 * vertex order, in-links in order of source) and runs Gauss-Seidel sweeps
 * over each component in turn, upstream ones first, until the 1-norm of
 * the residual over (1 - damping) falls below 1e-10 times the component's
 * share of the vertices. Every sum here is taken in PRPACK's order, so the
 * rounding is the same, and so are the scores and the tie order of
 * `central`; tests/unit/test_pagerank.c compares with igraph.
 */
#include "graph_int.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#define PR_TOL 1e-10    /* the tolerance igraph hands PRPACK */
#define PR_GE_BELOW 128 /* PRPACK's choice of Gaussian elimination */

/* The in-links by target: those of v are src[off[v] .. off[v + 1]) with
 * weights w[...], sources in increasing order; weight-0 links left out. */
typedef struct inlinks {
    uint32_t *off;
    uint32_t *src;
    double *w;
    uint32_t n, m;
} inlinks;

static void inlinks_free(inlinks *in)
{
    free(in->off);
    free(in->src);
    free(in->w);
}

/* l is sorted by (a, b) without repeats: placing the links by b in that
 * order leaves each target's sources in increasing order, as igraph's
 * edge iterator by target gives them to PRPACK. Each weight is divided by
 * the total out of its source as it is placed: PRPACK sums each source's
 * weights in increasing order of target (the links of a source are in that
 * order here, one after another) and multiplies by the reciprocal. */
static int inlinks_build(uint32_t n, const ag_link *l, size_t nl, inlinks *in)
{
    size_t i, k;
    uint32_t v, m = 0;

    in->n = n;
    in->off = calloc((size_t)n + 1, sizeof *in->off);
    for (i = 0; in->off != NULL && i < nl; i++)
        if (l[i].w != 0) {
            in->off[l[i].b + 1]++;
            m++;
        }
    in->m = m;
    in->src = malloc((m ? m : 1) * sizeof *in->src);
    in->w = malloc((m ? m : 1) * sizeof *in->w);
    if (in->off == NULL || in->src == NULL || in->w == NULL)
        return AG_ERR_NOMEM;
    ag_mem_populate(in->src, m * sizeof *in->src); /* written out of order */
    ag_mem_populate(in->w, m * sizeof *in->w);
    for (v = 0; v < n; v++)
        in->off[v + 1] += in->off[v];
    for (i = 0; i < nl; i = k) {
        double total = 0., r;
        for (k = i; k < nl && l[k].a == l[i].a; k++)
            total += l[k].w;
        r = 1. / total;
        for (k = i; k < nl && l[k].a == l[i].a; k++) {
            if (l[k].w == 0)
                continue;
            in->src[in->off[l[k].b]] = (uint32_t)l[k].a;
            in->w[in->off[l[k].b]++] = l[k].w * r;
        }
    }
    for (v = n; v > 0; v--) /* off[v] is now the end of v's list: shift back */
        in->off[v] = in->off[v - 1];
    in->off[0] = 0;
    return AG_OK;
}

/* The ends and distinct articles of edge i of g (narrow or not). */
static void edge_at(const ag_graph *g, size_t i, size_t *from, size_t *to, double *articles)
{
    if (g->nedges != NULL) {
        *from = g->nedges[i].from;
        *to = g->nedges[i].to;
        *articles = (double)g->nedges[i].articles;
    } else {
        *from = g->edges[i].from;
        *to = g->edges[i].to;
        *articles = (double)g->edges[i].articles;
    }
}

/* inlinks_build over the links that collapsing g's edges gives (query.c's
 * build_links: parallel edges of one ordered pair are one link, their
 * article counts summed in edge order), read from the edges themselves in
 * two passes, without the list of links (19 MB on the 2M store). Needs the
 * edges in (from, to) order, as a load gives them, and their ends in
 * range: 1 when they are not (in is then empty: build the links). */
static int inlinks_from_edges(const ag_graph *g, inlinks *in, int *unordered)
{
    uint32_t n = (uint32_t)g->n_vertices, v, m = 0;
    size_t i, k, a, b, pa = 0, pb = 0, a2, b2;
    double w, lw;

    *unordered = 0;
    in->n = n;
    in->off = calloc((size_t)n + 1, sizeof *in->off);
    if (in->off == NULL)
        return AG_ERR_NOMEM;
    /* pass 1: the order, the ends, and the links of each target */
    for (i = 0; i < g->n_edges; i = k) {
        edge_at(g, i, &a, &b, &w);
        if (a >= n || b >= n || (i > 0 && (a < pa || (a == pa && b <= pb)))) {
            *unordered = 1;
            return AG_OK;
        }
        for (k = i + 1; k < g->n_edges; k++) {
            edge_at(g, k, &a2, &b2, &lw);
            if (a2 != a || b2 != b)
                break;
            w += lw;
        }
        pa = a;
        pb = b;
        if (w != 0) {
            in->off[b + 1]++;
            m++;
        }
    }
    in->m = m;
    in->src = malloc((m ? m : 1) * sizeof *in->src);
    in->w = malloc((m ? m : 1) * sizeof *in->w);
    if (in->src == NULL || in->w == NULL)
        return AG_ERR_NOMEM;
    ag_mem_populate(in->src, m * sizeof *in->src); /* written out of order */
    ag_mem_populate(in->w, m * sizeof *in->w);
    for (v = 0; v < n; v++)
        in->off[v + 1] += in->off[v];
    /* pass 2, a source at a time: its total out, then its links placed */
    for (i = 0; i < g->n_edges; i = k) {
        size_t j, end;
        double total = 0., r;
        edge_at(g, i, &a, &b, &w);
        for (end = i; end < g->n_edges; end++) {
            edge_at(g, end, &a2, &b2, &lw);
            if (a2 != a)
                break;
            total += lw;
        }
        r = 1. / total;
        for (j = i; j < end; j = k) {
            edge_at(g, j, &a2, &b, &w);
            for (k = j + 1; k < end; k++) {
                edge_at(g, k, &a2, &b2, &lw);
                if (b2 != b)
                    break;
                w += lw;
            }
            if (w == 0)
                continue;
            in->src[in->off[b]] = (uint32_t)a;
            in->w[in->off[b]++] = w * r;
        }
        k = end;
    }
    for (v = n; v > 0; v--) /* off[v] is now the end of v's list: shift back */
        in->off[v] = in->off[v - 1];
    in->off[0] = 0;
    return AG_OK;
}

/* Kahan's compensated sum: *s += a, carrying the lost low bits in *c. */
static void kahan_add(double *s, double a, double *c)
{
    double y = a - *c;
    double t = *s + y;

    *c = t - *s - y;
    *s = t;
}

/* Scales x to sum 1 (the sum compensated). */
static void normalize_sum(double *x, uint32_t n)
{
    double s = 0, c = 0;
    uint32_t i;

    for (i = 0; i < n; i++)
        kahan_add(&s, x[i], &c);
    s = 1 / s;
    for (i = 0; i < n; i++)
        x[i] *= s;
}

/* Below 128 vertices: (I - damping P^T) x = 1/n by Gaussian elimination
 * without pivoting on the dense matrix, row = target, column = source. */
static int solve_dense(const inlinks *in, double alpha, double *score)
{
    uint32_t n = in->n, i, j, k;
    double *a = calloc((size_t)n * n, sizeof *a);

    if (a == NULL)
        return AG_ERR_NOMEM;
    for (i = 0; i < n; i++)
        for (j = in->off[i]; j < in->off[i + 1]; j++)
            a[(size_t)i * n + in->src[j]] += in->w[j];
    for (i = 0; i < n * n; i++)
        a[i] = -alpha * a[i];
    for (i = 0; i < n; i++) {
        a[(size_t)i * n + i] += 1;
        score[i] = 1.0 / n;
    }
    for (i = 0; i < n; i++) { /* forward: zero row i left of the diagonal */
        double *ri = a + (size_t)i * n;
        for (k = 0; k < i; k++) {
            const double *rk = a + (size_t)k * n;
            double f;
            if (ri[k] == 0)
                continue;
            f = ri[k] / rk[k];
            ri[k] = 0;
            for (j = k + 1; j < n; j++)
                ri[j] -= f * rk[j];
            score[i] -= f * score[k];
        }
    }
    for (i = n; i-- > 0;) { /* back substitution */
        const double *ri = a + (size_t)i * n;
        for (j = i + 1; j < n; j++)
            score[i] -= ri[j] * score[j];
        score[i] /= ri[i];
    }
    normalize_sum(score, n);
    free(a);
    return AG_OK;
}

/* The strongly connected components of the graph whose edges go from each
 * vertex to its in-link sources, by Tarjan's algorithm without recursion:
 * roots in vertex order, neighbours in list order. order[] lists the
 * vertices component by component as they complete (each component's
 * vertices as they leave Tarjan's stack), so that every component comes
 * after those it takes in-links from; first[c] is where component c
 * starts; *n_comp their number; comp[v] the component of v. */
/* Tarjan's figures of a vertex, together: the search reads both of each
 * link's source, one cache line instead of two. A vertex whose component
 * is done has low TARJAN_DONE, which no other low beats (its component is
 * then in comp[], written once): 8 bytes a vertex instead of 12, on the 2M
 * store 640 KB read at random instead of 960. */
typedef struct tarjan_v {
    int32_t num, low;
} tarjan_v;

#define TARJAN_DONE INT32_MAX

static int components(const inlinks *in, uint32_t *order, uint32_t *first, int32_t *comp,
                      uint32_t *n_comp)
{
    uint32_t n = in->n;
    tarjan_v *t = malloc((n ? n : 1) * sizeof *t);
    uint32_t *stack = malloc((n ? n : 1) * sizeof *stack);
    uint32_t *call_v = malloc((n ? n : 1) * sizeof *call_v);
    uint32_t *call_j = malloc((n ? n : 1) * sizeof *call_j);
    uint32_t root, depth, sp = 0, done = 0, nc = 0;
    int32_t seen = 0;
    int rc = AG_OK;

    if (t == NULL || stack == NULL || call_v == NULL || call_j == NULL) {
        rc = AG_ERR_NOMEM;
        goto out;
    }
    for (root = 0; root < n; root++)
        t[root].num = -1;
    for (root = 0; root < n; root++) {
        if (t[root].num != -1)
            continue;
        call_v[0] = root;
        call_j[0] = in->off[root];
        depth = 1;
        while (depth > 0) {
            uint32_t p = call_v[depth - 1];
            uint32_t j = call_j[depth - 1], end = in->off[p + 1];
            int descended = 0;
            if (j == in->off[p]) { /* first visit */
                t[p].num = t[p].low = seen++;
                stack[sp++] = p;
            } else { /* back from the source of in-link j - 1 */
                uint32_t h = in->src[j - 1];
                if (t[h].low < t[p].low)
                    t[p].low = t[h].low;
            }
            for (; j < end; j++) {
                uint32_t h = in->src[j];
                if (t[h].num == -1) {
                    call_j[depth - 1] = j + 1;
                    call_v[depth] = h;
                    call_j[depth] = in->off[h];
                    depth++;
                    descended = 1;
                    break;
                }
                if (t[h].low < t[p].low)
                    t[p].low = t[h].low;
            }
            if (descended)
                continue;
            call_j[depth - 1] = j;
            if (t[p].low == t[p].num) { /* p roots a component: pop it */
                first[nc] = done;
                do {
                    t[stack[--sp]].low = TARJAN_DONE;
                    comp[stack[sp]] = (int32_t)nc;
                } while ((order[done++] = stack[sp]) != p);
                nc++;
            }
            depth--;
        }
    }
    *n_comp = nc;
out:
    free(t);
    free(stack);
    free(call_v);
    free(call_j);
    return rc;
}

/* Whether a sweep goes on: PRPACK's test, the compensated sum of the n
 * residuals t over (1 - alpha) at least bound. plain, their sum added
 * plainly, is within (n + 2) 2^-53 plain of the compensated one; far
 * enough from the bound it decides alone (the compensated sum, a chain of
 * four dependent additions per vertex, was a fifth of a sweep). Not
 * static: tests/unit/test_pagerank.c tries the case near the bound, which
 * no graph there reaches. */
int ag_pagerank_residual_above(const double *t, uint32_t n, double plain, double alpha,
                               double bound)
{
    double lim = bound * (1 - alpha);
    double slack = plain * ((double)n + 8) * 0x1p-50 + lim * 0x1p-40;
    double res = 0, carry = 0;
    uint32_t i;

    if (plain > lim + slack)
        return 1;
    if (plain < lim - slack)
        return 0;
    for (i = 0; i < n; i++)
        kahan_add(&res, t[i], &carry);
    return res / (1 - alpha) >= bound;
}

/* The in-links of vertex v (old number) renumbered: i = pos[v] its place
 * in component order, its list at off[i] .. off[i + 1]: first the links
 * from other components (.. mid[i]), then those from its own, each part in
 * the order of in; a self-loop's weight apart in self[i]. Reads the lists
 * in their order (the renumbered ones are written a vertex at a time). */
static void renumber(const inlinks *in, const uint32_t *pos, const int32_t *comp,
                     const uint32_t *first, uint32_t n_comp, uint32_t *off, uint32_t *mid,
                     uint32_t *src, double *w, double *self)
{
    uint32_t n = in->n, v, i, j;

    for (i = 0; i <= n; i++)
        off[i] = 0;
    for (v = 0; v < n; v++)
        for (j = in->off[v]; j < in->off[v + 1]; j++)
            off[pos[v] + 1] += in->src[j] != v;
    for (i = 0; i < n; i++)
        off[i + 1] += off[i];
    for (v = 0; v < n; v++) {
        uint32_t k = off[pos[v]], pass, c = (uint32_t)comp[v];
        /* h is in v's component when pos[h] is among its places: one
         * array read at random per link instead of two */
        uint32_t lo = first[c], hi = c + 1 < n_comp ? first[c + 1] : n;
        self[pos[v]] = 0;
        for (pass = 0; pass < 2; pass++) {
            if (pass == 1)
                mid[pos[v]] = k;
            for (j = in->off[v]; j < in->off[v + 1]; j++) {
                uint32_t h = in->src[j], ph = pos[h];
                if (h == v) {
                    if (pass == 0)
                        self[pos[v]] += in->w[j];
                } else if ((ph >= lo && ph < hi) == (pass == 1)) {
                    src[k] = ph;
                    w[k++] = in->w[j];
                }
            }
        }
    }
}

/* From 128 vertices: the in-links renumbered in component order (see
 * renumber), then Gauss-Seidel component by component, the other
 * components' part of each sum taken once. */
static int solve_sparse(const inlinks *in, double alpha, double *score)
{
    uint32_t n = in->n, nc = 0, c, i, j;
    uint32_t *order = malloc((n ? n : 1) * sizeof *order);
    uint32_t *first = malloc((n ? n : 1) * sizeof *first);
    int32_t *comp = malloc((n ? n : 1) * sizeof *comp);
    uint32_t *pos = malloc((n ? n : 1) * sizeof *pos);
    uint32_t *off = malloc(((size_t)n + 1) * sizeof *off);
    uint32_t *mid = malloc((n ? n : 1) * sizeof *mid);
    uint32_t *src = malloc((in->m ? in->m : 1) * sizeof *src);
    double *w = malloc((in->m ? in->m : 1) * sizeof *w);
    double *self = malloc((n ? n : 1) * sizeof *self);
    double *x = malloc((n ? n : 1) * sizeof *x);
    double *outside = malloc((n ? n : 1) * sizeof *outside);
    double *denom = malloc((n ? n : 1) * sizeof *denom);
    double *term = malloc((n ? n : 1) * sizeof *term);
    const double jump = 1.0 / n;
    int rc = AG_OK;

    if (order == NULL || first == NULL || comp == NULL || pos == NULL || off == NULL ||
        mid == NULL || src == NULL || w == NULL || self == NULL || x == NULL || outside == NULL ||
        denom == NULL || term == NULL) {
        rc = AG_ERR_NOMEM;
        goto out;
    }
    ag_mem_populate(src, in->m * sizeof *src);
    ag_mem_populate(w, in->m * sizeof *w);
    if ((rc = components(in, order, first, comp, &nc)) != AG_OK)
        goto out;
    for (i = 0; i < n; i++)
        pos[order[i]] = i;
    renumber(in, pos, comp, first, nc, off, mid, src, w, self);
    for (i = 0; i < n; i++) {
        denom[i] = 1 - alpha * self[i];
        x[i] = jump / denom[i] / 1;
    }
    for (c = 0; c < nc; c++) {
        uint32_t lo = first[c], hi = c + 1 < nc ? first[c + 1] : n;
        const double bound = PR_TOL * (double)(hi - lo) / (double)n;
        int again;
        for (i = lo; i < hi; i++) {
            double s = 0;
            for (j = off[i]; j < mid[i]; j++)
                s += x[src[j]] * w[j];
            outside[i] = s;
        }
        if (hi - lo == 1 && mid[lo] == off[lo + 1]) { /* alone: one step is final */
            x[lo] = (alpha * outside[lo] + jump) / denom[lo];
            continue;
        }
        do {
            double plain = 0;
            for (i = lo; i < hi; i++) {
                double s = outside[i];
                for (j = mid[i]; j < off[i + 1]; j++)
                    s += x[src[j]] * w[j];
                term[i] = fabs(jump + alpha * s - denom[i] * x[i]);
                plain += term[i];
                s = alpha * s + jump;
                x[i] = denom[i] == 1 ? s : s / denom[i];
            }
            again = ag_pagerank_residual_above(term + lo, hi - lo, plain, alpha, bound);
        } while (again);
    }
    normalize_sum(x, n);
    for (i = 0; i < n; i++)
        score[order[i]] = x[i];
out:
    free(order);
    free(first);
    free(comp);
    free(pos);
    free(off);
    free(mid);
    free(src);
    free(w);
    free(self);
    free(x);
    free(outside);
    free(denom);
    free(term);
    return rc;
}

int ag_pagerank_usable(size_t n_vertices, size_t n_links, double damping)
{
    return n_vertices > 0 && n_vertices < INT32_MAX && n_links < INT32_MAX && damping >= 0 &&
           damping < 1;
}

int ag_pagerank_links(size_t n_vertices, const ag_link *l, size_t n_links, double damping,
                      double *score, ag_err *err)
{
    inlinks in = {NULL, NULL, NULL, 0, 0};
    int rc;

    if (!ag_pagerank_usable(n_vertices, n_links, damping))
        return ag_err_set(err, AG_ERR_USAGE, "pagerank: graph too large or damping not below 1");
    rc = inlinks_build((uint32_t)n_vertices, l, n_links, &in);
    if (rc == AG_OK)
        rc = n_vertices < PR_GE_BELOW ? solve_dense(&in, damping, score)
                                      : solve_sparse(&in, damping, score);
    inlinks_free(&in);
    return rc == AG_OK ? AG_OK : ag_err_set(err, AG_ERR_NOMEM, "out of memory");
}

int ag_pagerank_graph(const ag_graph *g, double damping, double *score, int *unordered, ag_err *err)
{
    inlinks in = {NULL, NULL, NULL, 0, 0};
    int rc;

    *unordered = 0;
    if (!ag_pagerank_usable(g->n_vertices, g->n_edges, damping))
        return ag_err_set(err, AG_ERR_USAGE, "pagerank: graph too large or damping not below 1");
    if (g->n_edges > 0 && g->edges == NULL && g->nedges == NULL) {
        *unordered = 1; /* no edges to read: the caller's check refuses it */
        return AG_OK;
    }
    rc = inlinks_from_edges(g, &in, unordered);
    if (rc == AG_OK && !*unordered)
        rc = g->n_vertices < PR_GE_BELOW ? solve_dense(&in, damping, score)
                                         : solve_sparse(&in, damping, score);
    inlinks_free(&in);
    return rc == AG_OK ? AG_OK : ag_err_set(err, AG_ERR_NOMEM, "out of memory");
}
