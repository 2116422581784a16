/*
 * query.c -- questions asked of the in-memory graph: paths between two
 * actors, centrality rankings, neighbourhoods and communities. Each query
 * converts the ag_graph to an igraph_t (parallel edges of different types
 * between the same ordered pair become one link, weighted by the sum of
 * their article counts), runs igraph, and maps the answer back to vertex
 * and edge indices of the ag_graph in caller-owned result values.
 */
#include "ag_graph.h"
#include "graph_int.h"

#include <igraph.h>

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- igraph plumbing ------------------------------------------------------ */

/* igraph runs PRPACK (PageRank) with OpenMP threads; on a busy machine
 * with few cores they spin, and PageRank on 20,000 actors took 0.39 s
 * instead of 0.055 s with one thread (bench/graph). So one thread, unless
 * the user set OMP_NUM_THREADS. Weak: no link-time dependency on libgomp;
 * NULL when igraph was built without OpenMP. */
extern void omp_set_num_threads(int) __attribute__((weak));

static void igraph_quiet(void)
{
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    if (omp_set_num_threads != NULL && getenv("OMP_NUM_THREADS") == NULL)
        omp_set_num_threads(1);
}

static int igraph_fail(ag_err *err, igraph_error_t e, const char *what)
{
    return ag_err_set(err, e == IGRAPH_ENOMEM ? AG_ERR_NOMEM : AG_ERR_GRAPH, "igraph: %s: %s", what,
                      igraph_strerror(e));
}

static int link_cmp(const void *x, const void *y)
{
    const ag_link *p = x, *q = y;

    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    if (p->b != q->b)
        return p->b < q->b ? -1 : 1;
    return 0;
}

static int check_size(const ag_graph *g, ag_err *err)
{
    if (g->n_vertices > (size_t)IGRAPH_INTEGER_MAX / 2 ||
        g->n_edges > (size_t)IGRAPH_INTEGER_MAX / 2)
        return ag_err_set(err, AG_ERR_LIMIT, "graph too large");
    return AG_OK;
}

static int bad_edge(ag_err *err, size_t i)
{
    return ag_err_set(err, AG_ERR_USAGE, "edge %zu: vertex index out of range", i);
}

/* The ends and distinct articles of edge i, from whichever array holds the
 * edges (g->nedges after a narrow load, else g->edges). */
static void edge_at(const ag_graph *g, size_t i, size_t *from, size_t *to, long *articles)
{
    if (g->nedges != NULL) {
        *from = g->nedges[i].from;
        *to = g->nedges[i].to;
        *articles = (long)g->nedges[i].articles;
    } else {
        *from = g->edges[i].from;
        *to = g->edges[i].to;
        *articles = g->edges[i].articles;
    }
}

/* Refuses a graph whose edges are narrow (AG_LOAD_NARROW), or missing,
 * where a query reads g->edges. */
static int check_wide(const ag_graph *g, ag_err *err)
{
    if (g->edges == NULL && g->n_edges > 0)
        return ag_err_set(err, AG_ERR_USAGE,
                          "graph loaded without its full edges (AG_LOAD_NARROW): "
                          "only centrality and communities take it");
    return AG_OK;
}

/* The size, and the ends of every edge (narrow or not) in range. */
static int check_graph(const ag_graph *g, ag_err *err)
{
    size_t i, a, b;
    long w;
    int rc;

    if ((rc = check_size(g, err)) != AG_OK)
        return rc;
    if (g->n_edges > 0 && g->edges == NULL && g->nedges == NULL)
        return check_wide(g, err);
    for (i = 0; i < g->n_edges; i++) {
        edge_at(g, i, &a, &b, &w);
        if (a >= g->n_vertices || b >= g->n_vertices)
            return bad_edge(err, i);
    }
    return AG_OK;
}

/* Collapses parallel edges into links, sorted by (a, b) (a <= b when
 * undirected). Loops are dropped when drop_loops is set. Directed links of
 * edges in (from, to) order (a loaded graph's) are collapsed as they come;
 * else bucketing by a first keeps this linear in practice. The weights are
 * summed in edge order either way. The edges may be narrow (g->nedges). An
 * edge whose ends are out of range is refused as check_graph refuses it
 * (the first of them), so that a caller that needs only the links reads
 * the edges once. */
static int build_links(const ag_graph *g, int undirected, int drop_loops, ag_link **out,
                       size_t *n_out, ag_err *err)
{
    size_t *start = NULL;
    ag_link *tmp = NULL, *l = NULL;
    size_t i, n = 0, v, a, b, pa = 0, pb = 0;
    long w;
    int rc = AG_OK;

    *out = NULL;
    *n_out = 0;
    if (g->n_edges > 0 && g->edges == NULL && g->nedges == NULL)
        return check_wide(g, err);
    if (!undirected) { /* a loaded graph's edges are in (from, to) order already */
        if ((l = malloc((g->n_edges ? g->n_edges : 1) * sizeof *l)) == NULL)
            return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        ag_mem_populate(l, g->n_edges * sizeof *l);
        for (i = 0; i < g->n_edges; i++) {
            edge_at(g, i, &a, &b, &w);
            if (a >= g->n_vertices || b >= g->n_vertices) {
                free(l);
                return bad_edge(err, i);
            }
            if (i > 0 && (a < pa || (a == pa && b < pb)))
                break; /* not in order: the buckets below */
            pa = a;
            pb = b;
            if (drop_loops && a == b)
                continue;
            if (n > 0 && l[n - 1].a == a && l[n - 1].b == b) {
                l[n - 1].w += (double)w;
            } else {
                l[n].a = a;
                l[n].b = b;
                l[n++].w = (double)w;
            }
        }
        if (i == g->n_edges) {
            *out = l;
            *n_out = n;
            return AG_OK;
        }
        free(l);
        l = NULL;
        n = 0;
    }
    start = calloc(g->n_vertices + 1, sizeof *start);
    tmp = malloc((g->n_edges ? g->n_edges : 1) * sizeof *tmp);
    l = malloc((g->n_edges ? g->n_edges : 1) * sizeof *l);
    if (start == NULL || tmp == NULL || l == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (i = 0; i < g->n_edges; i++) {
        edge_at(g, i, &a, &b, &w);
        if (a >= g->n_vertices || b >= g->n_vertices) {
            rc = bad_edge(err, i);
            goto out;
        }
        start[(undirected && b < a ? b : a) + 1]++;
    }
    for (v = 0; v < g->n_vertices; v++)
        start[v + 1] += start[v];
    for (i = 0; i < g->n_edges; i++) {
        edge_at(g, i, &a, &b, &w);
        if (undirected && b < a) {
            size_t t = a;
            a = b;
            b = t;
        }
        tmp[start[a]].a = a;
        tmp[start[a]].b = b;
        tmp[start[a]].w = (double)w;
        start[a]++;
    }
    /* start[a] is now the end of bucket a; buckets are contiguous in order */
    for (v = 0, i = 0; v < g->n_vertices; v++) {
        size_t end = start[v], j;
        size_t k = i + 1;
        while (k < end && link_cmp(&tmp[k - 1], &tmp[k]) <= 0)
            k++;
        if (k < end) /* not in order already (the directed links of a loaded graph are) */
            qsort(tmp + i, end - i, sizeof *tmp, link_cmp);
        for (j = i; j < end; j++) {
            if (drop_loops && tmp[j].a == tmp[j].b)
                continue;
            if (n > 0 && l[n - 1].a == tmp[j].a && l[n - 1].b == tmp[j].b) {
                l[n - 1].w += tmp[j].w;
            } else {
                l[n++] = tmp[j];
            }
        }
        i = end;
    }
    *out = l;
    *n_out = n;
    l = NULL;
out:
    free(start);
    free(tmp);
    free(l);
    return rc;
}

/* Builds the igraph graph of g's links (see build_links), directed unless
 * undirected; weights (if not NULL) receives each link's weight, or 1 when
 * unweighted; *n_links the number of links. */
static int make_igraph(const ag_graph *g, int undirected, int drop_loops, igraph_t *ig,
                       igraph_vector_t *weights, int unweighted, size_t *n_links, ag_err *err)
{
    ag_link *l = NULL;
    size_t n = 0, i;
    igraph_vector_int_t ev;
    int have_ev = 0;
    igraph_error_t e;
    int rc;

    *n_links = 0;
    if ((rc = build_links(g, undirected, drop_loops, &l, &n, err)) != AG_OK)
        goto out;
    if (igraph_vector_int_init(&ev, (igraph_integer_t)(2 * n)) != IGRAPH_SUCCESS) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    have_ev = 1;
    for (i = 0; i < n; i++) {
        VECTOR(ev)[2 * i] = (igraph_integer_t)l[i].a;
        VECTOR(ev)[2 * i + 1] = (igraph_integer_t)l[i].b;
    }
    e = igraph_create(ig, &ev, (igraph_integer_t)g->n_vertices, !undirected);
    if (e != IGRAPH_SUCCESS) {
        rc = igraph_fail(err, e, "create");
        goto out;
    }
    if (weights != NULL) {
        if (igraph_vector_init(weights, (igraph_integer_t)n) != IGRAPH_SUCCESS) {
            igraph_destroy(ig);
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            goto out;
        }
        for (i = 0; i < n; i++)
            VECTOR(*weights)[i] = unweighted ? 1.0 : l[i].w;
    }
    *n_links = n;
out:
    if (have_ev)
        igraph_vector_int_destroy(&ev);
    free(l);
    return rc;
}

/* ---- paths ---------------------------------------------------------------- */

void ag_path_opts_init(ag_path_opts *o)
{
    o->undirected = 0;
    o->all = 0;
    o->k = 0;
    o->max_len = 0;
}

void ag_path_result_init(ag_path_result *r)
{
    r->paths = NULL;
    r->n_paths = 0;
}

static void path_destroy(ag_path *p)
{
    size_t i;

    for (i = 0; i < p->n_hops; i++)
        free(p->hops[i].alts);
    free(p->hops);
    p->hops = NULL;
    p->n_hops = 0;
}

void ag_path_result_destroy(ag_path_result *r)
{
    size_t i;

    if (r == NULL)
        return;
    for (i = 0; i < r->n_paths; i++)
        path_destroy(&r->paths[i]);
    free(r->paths);
    ag_path_result_init(r);
}

/* Fills one hop u -> v: the usable edges between u and v, forward ones
 * first, each group by type (then by index). */
static int fill_hop(const ag_graph *g, size_t u, size_t v, int undirected, ag_hop *h, ag_err *err)
{
    size_t cand[2 * AG_EDGE_TYPE_COUNT + 8];
    size_t nc = 0, i, cap = sizeof cand / sizeof cand[0];
    size_t *all = cand;
    int pass;

    h->from = u;
    h->to = v;
    h->alts = NULL;
    h->n_alts = 0;
    h->reversed = 0;
    for (pass = 0; pass < (undirected ? 2 : 1); pass++) {
        size_t first = nc;
        for (i = 0; i < g->n_edges; i++) {
            const ag_gedge *e = &g->edges[i];
            int ok = pass == 0 ? (e->from == u && e->to == v) : (e->from == v && e->to == u);
            if (!ok)
                continue;
            if (nc == cap) {
                size_t ncap = cap * 2;
                size_t *p = all == cand ? malloc(ncap * sizeof *p) : realloc(all, ncap * sizeof *p);
                if (p == NULL) {
                    if (all != cand)
                        free(all);
                    return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
                }
                if (all == cand)
                    memcpy(p, cand, nc * sizeof *p);
                all = p;
                cap = ncap;
            }
            all[nc++] = i;
        }
        /* order this group by type, then index (insertion sort: tiny) */
        for (i = first + 1; i < nc; i++) {
            size_t x = all[i], j = i;
            while (j > first &&
                   (g->edges[all[j - 1]].type > g->edges[x].type ||
                    (g->edges[all[j - 1]].type == g->edges[x].type && all[j - 1] > x))) {
                all[j] = all[j - 1];
                j--;
            }
            all[j] = x;
        }
    }
    if (nc == 0) {
        if (all != cand)
            free(all);
        return ag_err_set(err, AG_ERR_GRAPH, "no edge between vertices %zu and %zu", u, v);
    }
    h->edge = all[0];
    h->reversed = g->edges[all[0]].from != u;
    if (nc > 1) {
        h->alts = malloc((nc - 1) * sizeof *h->alts);
        if (h->alts == NULL) {
            if (all != cand)
                free(all);
            return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        }
        memcpy(h->alts, all + 1, (nc - 1) * sizeof *h->alts);
        h->n_alts = nc - 1;
    }
    if (all != cand)
        free(all);
    return AG_OK;
}

/* Appends the path through the n vertices vs to r. */
static int add_path(const ag_graph *g, const igraph_integer_t *vs, size_t n, int undirected,
                    ag_path_result *r, ag_err *err)
{
    ag_path *p;
    size_t i;
    int rc;

    p = realloc(r->paths, (r->n_paths + 1) * sizeof *p);
    if (p == NULL)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    r->paths = p;
    p = &r->paths[r->n_paths++];
    p->hops = NULL;
    p->n_hops = 0;
    if (n < 2)
        return AG_OK;
    p->hops = calloc(n - 1, sizeof *p->hops);
    if (p->hops == NULL)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    for (i = 0; i + 1 < n; i++) {
        rc = fill_hop(g, (size_t)vs[i], (size_t)vs[i + 1], undirected, &p->hops[i], err);
        p->n_hops = i + (rc == AG_OK);
        if (rc != AG_OK)
            return rc;
    }
    return AG_OK;
}

/* Orders vertex paths by length, then lexicographically by vertex index
 * (= by id: vertices are sorted by id). */
static int vpath_cmp(const void *x, const void *y)
{
    const igraph_vector_int_t *p = *(const igraph_vector_int_t *const *)x;
    const igraph_vector_int_t *q = *(const igraph_vector_int_t *const *)y;
    igraph_integer_t n = igraph_vector_int_size(p), m = igraph_vector_int_size(q), i;

    if (n != m)
        return n < m ? -1 : 1;
    for (i = 0; i < n; i++)
        if (VECTOR(*p)[i] != VECTOR(*q)[i])
            return VECTOR(*p)[i] < VECTOR(*q)[i] ? -1 : 1;
    return 0;
}

/* Adds the paths of a list, sorted, without duplicates, up to max_len hops. */
static int add_path_list(const ag_graph *g, igraph_vector_int_list_t *list, int undirected,
                         int max_len, ag_path_result *r, ag_err *err)
{
    igraph_integer_t n = igraph_vector_int_list_size(list), i;
    const igraph_vector_int_t **v;
    int rc = AG_OK;

    if (n == 0)
        return AG_OK;
    v = malloc((size_t)n * sizeof *v);
    if (v == NULL)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    for (i = 0; i < n; i++)
        v[i] = igraph_vector_int_list_get_ptr(list, i);
    qsort(v, (size_t)n, sizeof *v, vpath_cmp);
    for (i = 0; i < n && rc == AG_OK; i++) {
        size_t len = (size_t)igraph_vector_int_size(v[i]);
        if (i > 0 && vpath_cmp(&v[i - 1], &v[i]) == 0)
            continue;
        if (max_len > 0 && len > (size_t)max_len + 1)
            break;
        rc = add_path(g, VECTOR(*v[i]), len, undirected, r, err);
    }
    free(v);
    return rc;
}

/* Adjacency lists of g in compressed form: the neighbours of v are
 * adj[start[v] .. start[v + 1]). out: successors; else predecessors. */
typedef struct csr {
    size_t *start;
    size_t *adj;
} csr;

static void csr_free(csr *c)
{
    free(c->start);
    free(c->adj);
    c->start = NULL;
    c->adj = NULL;
}

static int csr_build(const ag_graph *g, int out, csr *c, ag_err *err)
{
    size_t i, v;

    c->start = calloc(g->n_vertices + 2, sizeof *c->start);
    c->adj = malloc((g->n_edges ? g->n_edges : 1) * sizeof *c->adj);
    if (c->start == NULL || c->adj == NULL) {
        csr_free(c);
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    }
    for (i = 0; i < g->n_edges; i++)
        c->start[(out ? g->edges[i].from : g->edges[i].to) + 2]++;
    for (v = 0; v < g->n_vertices; v++)
        c->start[v + 2] += c->start[v + 1];
    for (i = 0; i < g->n_edges; i++) {
        size_t key = out ? g->edges[i].from : g->edges[i].to;
        c->adj[c->start[key + 1]++] = out ? g->edges[i].to : g->edges[i].from;
    }
    return AG_OK;
}

/* The lexicographically smallest shortest path, by a breadth-first search
 * back from `to` (stopping at the level of `from`) and a greedy walk from
 * `from` through the lowest-numbered neighbour one step closer. Plain
 * arrays instead of igraph here: building an igraph_t costs more than the
 * search itself, and a single path must come back in milliseconds on a
 * graph of 200,000 edges (bench/graph). */
static int shortest_one(const ag_graph *g, size_t from, size_t to, int undirected, int max_len,
                        ag_path_result *r, ag_err *err)
{
    csr out = {NULL, NULL}, in = {NULL, NULL};
    long *dist = NULL;
    size_t *queue = NULL, head = 0, tail = 0, i, v;
    igraph_integer_t *walk = NULL;
    long d = -1;
    int rc;

    if ((rc = csr_build(g, 1, &out, err)) != AG_OK || (rc = csr_build(g, 0, &in, err)) != AG_OK)
        goto out;
    dist = malloc(g->n_vertices * sizeof *dist);
    queue = malloc(g->n_vertices * sizeof *queue);
    if (dist == NULL || queue == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (v = 0; v < g->n_vertices; v++)
        dist[v] = -1;
    dist[to] = 0;
    queue[tail++] = to;
    while (head < tail) {
        size_t u = queue[head++];
        int pass;
        if (dist[from] >= 0 && dist[u] >= dist[from])
            break; /* the level of `from` is complete */
        for (pass = 0; pass < (undirected ? 2 : 1); pass++) {
            const csr *c = pass == 0 ? &in : &out;
            for (i = c->start[u]; i < c->start[u + 1]; i++) {
                size_t w = c->adj[i];
                if (dist[w] < 0) {
                    dist[w] = dist[u] + 1;
                    queue[tail++] = w;
                }
            }
        }
    }
    d = dist[from];
    if (d < 0) {
        rc = ag_err_set(err, AG_ERR_NOPATH, "no path");
        goto out;
    }
    if (max_len > 0 && d > max_len) {
        rc = ag_err_set(err, AG_ERR_NOPATH, "no path of at most %d hop%s (the shortest has %ld)",
                        max_len, max_len == 1 ? "" : "s", d);
        goto out;
    }
    walk = malloc(((size_t)d + 1) * sizeof *walk);
    if (walk == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    v = from;
    walk[0] = (igraph_integer_t)from;
    for (long k = 1; k <= d; k++) {
        size_t next = g->n_vertices;
        int pass;
        for (pass = 0; pass < (undirected ? 2 : 1); pass++) {
            const csr *c = pass == 0 ? &out : &in;
            for (i = c->start[v]; i < c->start[v + 1]; i++) {
                size_t w = c->adj[i];
                if (dist[w] == d - k && w < next)
                    next = w;
            }
        }
        if (next == g->n_vertices) {
            rc = ag_err_set(err, AG_ERR_GRAPH, "shortest path walk failed");
            goto out;
        }
        walk[k] = (igraph_integer_t)next;
        v = next;
    }
    rc = add_path(g, walk, (size_t)d + 1, undirected, r, err);
out:
    free(walk);
    free(queue);
    free(dist);
    csr_free(&out);
    csr_free(&in);
    return rc;
}

int ag_graph_path(const ag_graph *g, size_t from, size_t to, const ag_path_opts *o,
                  ag_path_result *r, ag_err *err)
{
    ag_path_opts def;
    size_t nl = 0;
    igraph_t ig;
    int have_ig = 0;
    igraph_vector_int_list_t list;
    int have_list = 0;
    igraph_neimode_t mode;
    igraph_error_t e;
    int rc;

    igraph_quiet();
    if (o == NULL) {
        ag_path_opts_init(&def);
        o = &def;
    }
    ag_path_result_destroy(r);
    if (from >= g->n_vertices || to >= g->n_vertices)
        return ag_err_set(err, AG_ERR_USAGE, "path: vertex index out of range");
    if (o->k < 0 || o->max_len < 0)
        return ag_err_set(err, AG_ERR_USAGE, "path: negative k or maximum length");
    if ((rc = check_wide(g, err)) != AG_OK || (rc = check_graph(g, err)) != AG_OK)
        return rc;
    if (from == to)
        return add_path(g, NULL, 0, o->undirected, r, err);
    if (!o->all && o->k <= 1) {
        rc = shortest_one(g, from, to, o->undirected, o->max_len, r, err);
        goto out;
    }
    if ((rc = make_igraph(g, o->undirected, 1, &ig, NULL, 1, &nl, err)) != AG_OK)
        goto out;
    have_ig = 1;
    mode = o->undirected ? IGRAPH_ALL : IGRAPH_OUT;
    if (igraph_vector_int_list_init(&list, 0) != IGRAPH_SUCCESS) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    have_list = 1;
    if (o->all)
        e = igraph_get_all_shortest_paths(&ig, &list, NULL, NULL, (igraph_integer_t)from,
                                          igraph_vss_1((igraph_integer_t)to), mode);
    else
        e = igraph_get_k_shortest_paths(&ig, NULL, &list, NULL, (igraph_integer_t)o->k,
                                        (igraph_integer_t)from, (igraph_integer_t)to, mode);
    if (e != IGRAPH_SUCCESS) {
        rc = igraph_fail(err, e, o->all ? "all shortest paths" : "k shortest paths");
        goto out;
    }
    if (igraph_vector_int_list_size(&list) == 0) {
        rc = ag_err_set(err, AG_ERR_NOPATH, "no path");
        goto out;
    }
    rc = add_path_list(g, &list, o->undirected, o->max_len, r, err);
    if (rc == AG_OK && r->n_paths == 0) {
        long shortest = (long)igraph_vector_int_size(igraph_vector_int_list_get_ptr(&list, 0)) - 1;
        for (igraph_integer_t i = 1; i < igraph_vector_int_list_size(&list); i++) {
            long len = (long)igraph_vector_int_size(igraph_vector_int_list_get_ptr(&list, i)) - 1;
            if (len < shortest)
                shortest = len;
        }
        rc = ag_err_set(err, AG_ERR_NOPATH, "no path of at most %d hop%s (the shortest has %ld)",
                        o->max_len, o->max_len == 1 ? "" : "s", shortest);
    }
out:
    if (rc != AG_OK)
        ag_path_result_destroy(r);
    if (have_list)
        igraph_vector_int_list_destroy(&list);
    if (have_ig)
        igraph_destroy(&ig);
    return rc;
}

/* ---- centrality ------------------------------------------------------------- */

static const char *const measure_names[AG_MEASURE_COUNT] = {
    "degree",   "in-degree", "out-degree", "betweenness", "closeness",
    "pagerank", "hub",       "authority",  "eigenvector"};

const char *ag_measure_name(ag_measure m)
{
    if ((int)m < 0 || m >= AG_MEASURE_COUNT)
        return "unknown";
    return measure_names[m];
}

int ag_measure_parse(const char *s, ag_measure *out)
{
    int i;

    if (s == NULL)
        return AG_ERR_PARSE;
    for (i = 0; i < AG_MEASURE_COUNT; i++) {
        if (strcmp(s, measure_names[i]) == 0) {
            *out = (ag_measure)i;
            return AG_OK;
        }
    }
    return AG_ERR_PARSE;
}

void ag_central_opts_init(ag_central_opts *o)
{
    o->measure = AG_PAGERANK;
    o->unweighted = 0;
    o->damping = 0.85;
    o->cutoff = -1;
}

void ag_scores_init(ag_scores *s)
{
    s->score = NULL;
    s->rank = NULL;
    s->n = 0;
}

void ag_scores_destroy(ag_scores *s)
{
    if (s == NULL)
        return;
    free(s->score);
    free(s->rank);
    ag_scores_init(s);
}

/* scores compared at 1e-9 so that rounding noise does not beat the id */
static const double *rank_keys;

static int rank_cmp(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;

    if (rank_keys[a] != rank_keys[b])
        return rank_keys[a] > rank_keys[b] ? -1 : 1;
    return a < b ? -1 : a > b;
}

/* A key as an integer that sorts the other way round: the larger the key,
 * the smaller (0 and -0 alike; k not NaN). */
static uint64_t key_desc(double k)
{
    uint64_t u;

    if (k == 0)
        k = 0; /* -0 */
    memcpy(&u, &k, sizeof u);
    u = (u >> 63) ? ~u : u | ((uint64_t)1 << 63);
    return ~u;
}

typedef struct rank_item {
    uint64_t key;
    size_t v;
} rank_item;

/* rank_cmp's order by a radix sort of the keys, byte by byte from the
 * lowest, each pass stable, from the vertices in index order: the same
 * order as qsort with rank_cmp (a total order), without its n log n calls
 * through a pointer (a sixth of what is left of `central` after the load
 * and PageRank on the 2M store, and growing faster than the graph). */
static int radix_rank(const double *keys, size_t n, size_t *rank)
{
    rank_item *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b), *t;
    size_t cnt[256], i;
    int shift;

    if (a == NULL || b == NULL) {
        free(a);
        free(b);
        return AG_ERR_NOMEM;
    }
    for (i = 0; i < n; i++) {
        a[i].key = key_desc(keys[i]);
        a[i].v = i;
    }
    for (shift = 0; shift < 64; shift += 8) {
        size_t sum = 0, d;
        memset(cnt, 0, sizeof cnt);
        for (i = 0; i < n; i++)
            cnt[(a[i].key >> shift) & 255]++;
        if (cnt[(a[0].key >> shift) & 255] == n)
            continue; /* one digit for all: the order stays */
        for (d = 0; d < 256; d++) {
            size_t c = cnt[d];
            cnt[d] = sum;
            sum += c;
        }
        for (i = 0; i < n; i++)
            b[cnt[(a[i].key >> shift) & 255]++] = a[i];
        t = a;
        a = b;
        b = t;
    }
    for (i = 0; i < n; i++)
        rank[i] = a[i].v;
    free(a);
    free(b);
    return AG_OK;
}

static int rank_scores(ag_scores *s, ag_err *err)
{
    double *keys;
    size_t i;
    int nan = 0;

    s->rank = malloc((s->n ? s->n : 1) * sizeof *s->rank);
    keys = malloc((s->n ? s->n : 1) * sizeof *keys);
    if (s->rank == NULL || keys == NULL) {
        free(keys);
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    }
    for (i = 0; i < s->n; i++) {
        s->rank[i] = i;
        keys[i] = nearbyint(s->score[i] * 1e9);
        nan |= isnan(keys[i]);
    }
    if (s->n > 64 && !nan) {
        int rc = radix_rank(keys, s->n, s->rank);
        free(keys);
        return rc == AG_OK ? AG_OK : ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    }
    rank_keys = keys;
    qsort(s->rank, s->n, sizeof *s->rank, rank_cmp);
    rank_keys = NULL;
    free(keys);
    return AG_OK;
}

static int run_measure(const igraph_t *ig, const igraph_vector_t *w, const ag_central_opts *o,
                       igraph_vector_t *res, ag_err *err)
{
    igraph_vector_t lengths, other;
    const igraph_vector_t *wt = o->unweighted ? NULL : w;
    igraph_error_t e = IGRAPH_SUCCESS;
    igraph_integer_t i;
    int have_len = 0;
    int rc = AG_OK;

    if (wt != NULL && (o->measure == AG_BETWEENNESS || o->measure == AG_CLOSENESS)) {
        /* path measures: more articles make a tie shorter */
        if (igraph_vector_init_copy(&lengths, w) != IGRAPH_SUCCESS)
            return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        have_len = 1;
        for (i = 0; i < igraph_vector_size(&lengths); i++)
            VECTOR(lengths)[i] = VECTOR(lengths)[i] > 0 ? 1.0 / VECTOR(lengths)[i] : 1.0;
        wt = &lengths;
    }
    switch (o->measure) {
    case AG_DEGREE:
        e = igraph_strength(ig, res, igraph_vss_all(), IGRAPH_ALL, 1, wt);
        break;
    case AG_IN_DEGREE:
        e = igraph_strength(ig, res, igraph_vss_all(), IGRAPH_IN, 1, wt);
        break;
    case AG_OUT_DEGREE:
        e = igraph_strength(ig, res, igraph_vss_all(), IGRAPH_OUT, 1, wt);
        break;
    case AG_BETWEENNESS:
        if (o->cutoff >= 0)
            e = igraph_betweenness_cutoff(ig, res, igraph_vss_all(), 1, wt, o->cutoff);
        else
            e = igraph_betweenness(ig, res, igraph_vss_all(), 1, wt);
        break;
    case AG_CLOSENESS:
        if (o->cutoff >= 0)
            e = igraph_closeness_cutoff(ig, res, NULL, NULL, igraph_vss_all(), IGRAPH_OUT, wt, 1,
                                        o->cutoff);
        else
            e = igraph_closeness(ig, res, NULL, NULL, igraph_vss_all(), IGRAPH_OUT, wt, 1);
        for (i = 0; e == IGRAPH_SUCCESS && i < igraph_vector_size(res); i++)
            if (!isfinite(VECTOR(*res)[i]))
                VECTOR(*res)[i] = 0; /* reaches nobody */
        break;
    case AG_PAGERANK:
        e = igraph_pagerank(ig, IGRAPH_PAGERANK_ALGO_PRPACK, res, NULL, igraph_vss_all(), 1,
                            o->damping, wt, NULL);
        break;
    case AG_HUB:
    case AG_AUTHORITY:
        if (igraph_vector_init(&other, 0) != IGRAPH_SUCCESS) {
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            break;
        }
        if (o->measure == AG_HUB)
            e = igraph_hub_and_authority_scores(ig, res, &other, NULL, 1, wt, NULL);
        else
            e = igraph_hub_and_authority_scores(ig, &other, res, NULL, 1, wt, NULL);
        igraph_vector_destroy(&other);
        break;
    case AG_EIGENVECTOR:
        e = igraph_eigenvector_centrality(ig, res, NULL, 0, 1, wt, NULL);
        break;
    default:
        rc = ag_err_set(err, AG_ERR_USAGE, "unknown measure %d", (int)o->measure);
        break;
    }
    if (rc == AG_OK && e != IGRAPH_SUCCESS)
        rc = igraph_fail(err, e, ag_measure_name(o->measure));
    if (have_len)
        igraph_vector_destroy(&lengths);
    return rc;
}

/* Weighted PageRank without igraph (pagerank.c: the same scores as
 * PRPACK's, without igraph_create and PRPACK's copies of the graph), when
 * it takes the graph: *done set. ARMSGRAPH_PAGERANK=igraph runs igraph's
 * instead, for comparison. */
static int pagerank_own(const ag_graph *g, double damping, double *score, int *done, ag_err *err)
{
    const char *env = getenv("ARMSGRAPH_PAGERANK");
    ag_link *l = NULL;
    size_t n = 0;
    int rc, unordered = 0;

    *done = 0;
    if ((env != NULL && strcmp(env, "igraph") == 0) ||
        !ag_pagerank_usable(g->n_vertices, g->n_edges, damping))
        return AG_OK;
    /* a loaded graph's edges, in (from, to) order: no list of links */
    if ((rc = ag_pagerank_graph(g, damping, score, &unordered, err)) != AG_OK || !unordered) {
        *done = rc == AG_OK;
        return rc;
    }
    if ((rc = build_links(g, 0, 0, &l, &n, err)) != AG_OK)
        return rc;
    rc = ag_pagerank_links(g->n_vertices, l, n, damping, score, err);
    free(l);
    *done = rc == AG_OK;
    return rc;
}

int ag_graph_centrality(const ag_graph *g, const ag_central_opts *o, ag_scores *s, ag_err *err)
{
    ag_central_opts def;
    size_t nl = 0, i;
    igraph_t ig;
    igraph_vector_t w, res;
    int have_ig = 0, have_res = 0, done = 0;
    int rc;

    igraph_quiet();
    if (o == NULL) {
        ag_central_opts_init(&def);
        o = &def;
    }
    ag_scores_destroy(s);
    if ((int)o->measure < 0 || o->measure >= AG_MEASURE_COUNT)
        return ag_err_set(err, AG_ERR_USAGE, "unknown measure %d", (int)o->measure);
    if (o->measure == AG_PAGERANK && !(o->damping >= 0 && o->damping <= 1))
        return ag_err_set(err, AG_ERR_USAGE, "pagerank: damping %g is not within 0..1", o->damping);
    /* the ends of the edges: checked by build_links as it reads them */
    if ((rc = check_size(g, err)) != AG_OK)
        return rc;
    if (g->n_vertices == 0 && g->n_edges > 0)
        return bad_edge(err, 0);
    s->score = calloc(g->n_vertices ? g->n_vertices : 1, sizeof *s->score);
    if (s->score == NULL)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    s->n = g->n_vertices;
    if (g->n_vertices == 0)
        goto rank;
    if (o->measure == AG_PAGERANK && !o->unweighted) {
        if ((rc = pagerank_own(g, o->damping, s->score, &done, err)) != AG_OK)
            goto out;
        if (done)
            goto rank;
    }
    if ((rc = make_igraph(g, 0, 0, &ig, &w, o->unweighted, &nl, err)) != AG_OK)
        goto out;
    have_ig = 1;
    if (igraph_vector_init(&res, 0) != IGRAPH_SUCCESS) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    have_res = 1;
    /* hub, authority and eigenvector scores of a graph without links are 0 */
    if (nl == 0 &&
        (o->measure == AG_HUB || o->measure == AG_AUTHORITY || o->measure == AG_EIGENVECTOR))
        goto rank;
    if ((rc = run_measure(&ig, &w, o, &res, err)) != AG_OK)
        goto out;
    if ((size_t)igraph_vector_size(&res) != g->n_vertices) {
        rc = ag_err_set(err, AG_ERR_GRAPH, "igraph: %s: wrong result size",
                        ag_measure_name(o->measure));
        goto out;
    }
    for (i = 0; i < g->n_vertices; i++) {
        double x = VECTOR(res)[(igraph_integer_t)i];
        /* eigenvector solvers leave -0 and 1e-17 noise where 0 is meant */
        s->score[i] = fabs(x) < 1e-12 ? 0.0 : x;
    }
rank:
    rc = rank_scores(s, err);
out:
    if (rc != AG_OK)
        ag_scores_destroy(s);
    if (have_res)
        igraph_vector_destroy(&res);
    if (have_ig) {
        igraph_vector_destroy(&w);
        igraph_destroy(&ig);
    }
    return rc;
}

/* ---- neighbourhoods ------------------------------------------------------------ */

void ag_reach_init(ag_reach *r)
{
    r->vertex = NULL;
    r->depth = NULL;
    r->n = 0;
}

void ag_reach_destroy(ag_reach *r)
{
    if (r == NULL)
        return;
    free(r->vertex);
    free(r->depth);
    ag_reach_init(r);
}

static const int *reach_depth;

static int reach_cmp(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;

    if (reach_depth[a] != reach_depth[b])
        return reach_depth[a] < reach_depth[b] ? -1 : 1;
    return a < b ? -1 : a > b;
}

int ag_graph_neighbors(const ag_graph *g, size_t v, int max_depth, ag_direction dir, ag_reach *r,
                       ag_err *err)
{
    int *depth = NULL;
    size_t *queue = NULL;
    size_t head = 0, tail = 0, i, n = 0;
    int rc = AG_OK;

    ag_reach_destroy(r);
    if (v >= g->n_vertices)
        return ag_err_set(err, AG_ERR_USAGE, "neighbors: vertex index out of range");
    if (max_depth < 1 || (dir & AG_DIR_ALL) == 0)
        return ag_err_set(err, AG_ERR_USAGE,
                          "neighbors: depth must be at least 1 and a direction given");
    if ((rc = check_wide(g, err)) != AG_OK || (rc = check_graph(g, err)) != AG_OK)
        return rc;
    depth = malloc(g->n_vertices * sizeof *depth);
    queue = malloc(g->n_vertices * sizeof *queue);
    if (depth == NULL || queue == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (i = 0; i < g->n_vertices; i++)
        depth[i] = -1;
    depth[v] = 0;
    queue[tail++] = v;
    /* level by level; each level scans the edge list once (graphs here are
     * sparse and depths small) */
    while (head < tail) {
        size_t level_end = tail;
        int d = depth[queue[head]];
        if (d >= max_depth)
            break;
        for (i = 0; i < g->n_edges; i++) {
            const ag_gedge *e = &g->edges[i];
            if ((dir & AG_DIR_OUT) && depth[e->from] == d && depth[e->to] < 0) {
                depth[e->to] = d + 1;
                queue[tail++] = e->to;
            }
            if ((dir & AG_DIR_IN) && depth[e->to] == d && depth[e->from] < 0) {
                depth[e->from] = d + 1;
                queue[tail++] = e->from;
            }
        }
        head = level_end;
    }
    n = tail - 1;
    r->vertex = malloc((n ? n : 1) * sizeof *r->vertex);
    r->depth = malloc((n ? n : 1) * sizeof *r->depth);
    if (r->vertex == NULL || r->depth == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    memcpy(r->vertex, queue + 1, n * sizeof *r->vertex);
    reach_depth = depth;
    qsort(r->vertex, n, sizeof *r->vertex, reach_cmp);
    reach_depth = NULL;
    for (i = 0; i < n; i++)
        r->depth[i] = depth[r->vertex[i]];
    r->n = n;
out:
    if (rc != AG_OK)
        ag_reach_destroy(r);
    free(depth);
    free(queue);
    return rc;
}

/* ---- communities ---------------------------------------------------------------- */

void ag_communities_init(ag_communities *c)
{
    c->membership = NULL;
    c->size = NULL;
    c->n_vertices = 0;
    c->n_communities = 0;
    c->modularity = 0;
}

void ag_communities_destroy(ag_communities *c)
{
    if (c == NULL)
        return;
    free(c->membership);
    free(c->size);
    ag_communities_init(c);
}

typedef struct cluster {
    size_t id, size, first;
} cluster;

static int cluster_cmp(const void *x, const void *y)
{
    const cluster *a = x, *b = y;

    if (a->size != b->size)
        return a->size > b->size ? -1 : 1;
    return a->first < b->first ? -1 : a->first > b->first;
}

/* Renumbers igraph's membership: largest community first, ties by the
 * lowest member index. */
static int renumber(const igraph_vector_int_t *m, ag_communities *c, ag_err *err)
{
    size_t n = c->n_vertices, k = 0, i;
    cluster *cl = NULL;
    size_t *map = NULL;
    int rc = AG_OK;

    for (i = 0; i < n; i++)
        if ((size_t)VECTOR(*m)[(igraph_integer_t)i] + 1 > k)
            k = (size_t)VECTOR(*m)[(igraph_integer_t)i] + 1;
    cl = calloc(k ? k : 1, sizeof *cl);
    map = malloc((k ? k : 1) * sizeof *map);
    c->membership = malloc((n ? n : 1) * sizeof *c->membership);
    if (cl == NULL || map == NULL || c->membership == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (i = 0; i < k; i++) {
        cl[i].id = i;
        cl[i].first = n;
    }
    for (i = 0; i < n; i++) {
        cluster *x = &cl[VECTOR(*m)[(igraph_integer_t)i]];
        if (x->size++ == 0)
            x->first = i;
    }
    qsort(cl, k, sizeof *cl, cluster_cmp);
    while (k > 0 && cl[k - 1].size == 0)
        k--;
    c->size = malloc((k ? k : 1) * sizeof *c->size);
    if (c->size == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (i = 0; i < k; i++) {
        map[cl[i].id] = i;
        c->size[i] = cl[i].size;
    }
    for (i = 0; i < n; i++)
        c->membership[i] = map[VECTOR(*m)[(igraph_integer_t)i]];
    c->n_communities = k;
out:
    free(cl);
    free(map);
    return rc;
}

int ag_graph_communities(const ag_graph *g, ag_community_algo algo, int unweighted,
                         ag_communities *c, ag_err *err)
{
    size_t nl = 0;
    igraph_t ig;
    igraph_vector_t w, nodew;
    igraph_vector_int_t memb;
    igraph_integer_t nclust = 0;
    igraph_real_t quality = 0, total = 0;
    int have_ig = 0, have_vec = 0;
    igraph_error_t e;
    int rc;

    igraph_quiet();
    ag_communities_destroy(c);
    if (algo != AG_LEIDEN && algo != AG_LOUVAIN)
        return ag_err_set(err, AG_ERR_USAGE, "unknown community algorithm %d", (int)algo);
    if ((rc = check_graph(g, err)) != AG_OK)
        return rc;
    c->n_vertices = g->n_vertices;
    if ((rc = make_igraph(g, 1, 1, &ig, &w, unweighted, &nl, err)) != AG_OK)
        goto out;
    have_ig = 1;
    if (igraph_vector_int_init(&memb, (igraph_integer_t)g->n_vertices) != IGRAPH_SUCCESS) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    if (igraph_vector_init(&nodew, 0) != IGRAPH_SUCCESS) {
        igraph_vector_int_destroy(&memb);
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    have_vec = 1;
    if (nl == 0) {
        /* no links: every actor is its own community */
        for (igraph_integer_t v = 0; v < (igraph_integer_t)g->n_vertices; v++)
            VECTOR(memb)[v] = v;
        rc = renumber(&memb, c, err);
        goto out;
    }
    igraph_rng_seed(igraph_rng_default(), 42);
    if (algo == AG_LEIDEN) {
        e = igraph_strength(&ig, &nodew, igraph_vss_all(), IGRAPH_ALL, 1, &w);
        if (e != IGRAPH_SUCCESS) {
            rc = igraph_fail(err, e, "strength");
            goto out;
        }
        total = igraph_vector_sum(&w);
        /* modularity objective: node weights = strengths, resolution 1/2m;
         * n_iterations must be positive in igraph 0.10.2 */
        e = igraph_community_leiden(&ig, &w, &nodew, 1.0 / (2.0 * total), 0.01, 0, 10, &memb,
                                    &nclust, &quality);
    } else {
        e = igraph_community_multilevel(&ig, &w, 1.0, &memb, NULL, NULL);
    }
    if (e != IGRAPH_SUCCESS) {
        rc = igraph_fail(err, e, algo == AG_LEIDEN ? "leiden" : "multilevel");
        goto out;
    }
    e = igraph_modularity(&ig, &memb, &w, 1.0, 0, &quality);
    if (e != IGRAPH_SUCCESS) {
        rc = igraph_fail(err, e, "modularity");
        goto out;
    }
    if ((rc = renumber(&memb, c, err)) != AG_OK)
        goto out;
    c->modularity = isfinite(quality) ? quality : 0;
out:
    if (rc != AG_OK) {
        ag_communities_destroy(c);
    }
    if (have_vec) {
        igraph_vector_destroy(&nodew);
        igraph_vector_int_destroy(&memb);
    }
    if (have_ig) {
        igraph_vector_destroy(&w);
        igraph_destroy(&ig);
    }
    return rc;
}
