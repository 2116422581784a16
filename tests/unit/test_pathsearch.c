/*
 * test_pathsearch.c -- one shortest path found through the store's edge
 * indexes (ag_graph_load_path) against the same query on loaded graphs, on
 * a generated store with many paths of equal length: for every pair of
 * actors, directed and undirected, with and without type and kind filters,
 * the path (its actors, each hop's edge, direction and alternatives) must
 * be the one ag_graph_path gives on the graph of AG_LOAD_EDGES_ONLY, and,
 * when all its edges have mentions, on the fully loaded graph; "no path"
 * must mean no path on either. A small bound makes the search give up.
 * Prints counts; diffed against test_pathsearch.out.
 */
#define _POSIX_C_SOURCE 200809L
#include "ag_graph.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define N_ACTORS 40
#define N_EDGES 110

static char tmpdir[64];
static unsigned long long rng = 88172645463325252ull;

static unsigned next_rand(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

static const char *const kinds[3] = {"state", "person", "organization"};
static const char *const types[4] = {"supplies", "seeks-in-exchange", "sanctions", "attacks"};

/* the store: actors with ids not in insertion order, edges of every type
 * (some parallel, some loops), about one in eight without a mention */
static int make_store(const char *path)
{
    ag_store *s = NULL;
    ag_err err;
    sqlite3 *db = NULL;
    char q[512];
    int perm[N_ACTORS], rc = 0;

    if (ag_store_open(&s, path, AG_STORE_CREATE, &err) != AG_OK) {
        printf("create: %s\n", err.msg);
        return -1;
    }
    ag_store_close(s);
    if (sqlite3_open(path, &db) != SQLITE_OK)
        return -1;
    sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
    for (int i = 0; i < N_ACTORS; i++)
        perm[i] = i;
    for (int i = N_ACTORS - 1; i > 0; i--) {
        int j = (int)next_rand((unsigned)i + 1), t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
    }
    for (int i = 0; i < N_ACTORS && rc == 0; i++) {
        snprintf(q, sizeof q,
                 "INSERT INTO entities(id, kind, name) VALUES ('A%02d', '%s', 'Actor %d')", perm[i],
                 kinds[perm[i] % 3], perm[i]);
        rc = sqlite3_exec(db, q, NULL, NULL, NULL);
    }
    for (int a = 1; a <= 30 && rc == 0; a++) {
        snprintf(q, sizeof q,
                 "INSERT INTO articles(key, id, published, sha256, ingested_at) VALUES"
                 " (%d, 'art-%d', '2024-01-%02d', printf('%%064d', %d), '2026-01-01T00:00:00Z')",
                 a, a, 1 + a % 28, a);
        rc = sqlite3_exec(db, q, NULL, NULL, NULL);
    }
    for (int e = 1, made = 0; made < N_EDGES && rc == 0; e++) {
        int from = (int)next_rand(N_ACTORS), to = (int)next_rand(N_ACTORS);
        if (from == to && next_rand(4) != 0)
            continue;
        snprintf(q, sizeof q,
                 "INSERT OR IGNORE INTO edges(type, source_id, target_id) VALUES ('%s', 'A%02d', "
                 "'A%02d')",
                 types[next_rand(4)], from, to);
        rc = sqlite3_exec(db, q, NULL, NULL, NULL);
        if (rc != 0 || sqlite3_changes(db) == 0)
            continue;
        made++;
        for (unsigned m = next_rand(8) == 0 ? 0 : 1 + next_rand(3); m > 0 && rc == 0; m--) {
            snprintf(q, sizeof q,
                     "INSERT INTO mentions(edge_id, article_key, status, confidence)"
                     " VALUES (%lld, %u, 'reported', 0.%u)",
                     (long long)sqlite3_last_insert_rowid(db), 1 + next_rand(30), 1 + next_rand(9));
            rc = sqlite3_exec(db, q, NULL, NULL, NULL);
        }
        (void)e;
    }
    if (rc == 0)
        rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    if (rc != 0)
        printf("make_store: %s\n", sqlite3_errmsg(db));
    sqlite3_close(db);
    return rc == 0 ? 0 : -1;
}

/* the path as text: each hop's ends, edge (store id), direction and
 * alternatives */
static void describe(const ag_graph *g, const ag_path *p, char *out, size_t n)
{
    size_t len = 0;

    out[0] = '\0';
    for (size_t i = 0; i < p->n_hops && len < n; i++) {
        const ag_hop *h = &p->hops[i];
        len += (size_t)snprintf(out + len, n - len, "%s%s>%s:%lld%s", i ? " " : "",
                                g->vertices[h->from].id, g->vertices[h->to].id,
                                g->edges[h->edge].id, h->reversed ? "r" : "");
        for (size_t a = 0; a < h->n_alts && len < n; a++)
            len += (size_t)snprintf(out + len, n - len, ",%lld", g->edges[h->alts[a]].id);
    }
}

/* the shortest path from a to b on g as text; 0 when there is none */
static int path_on(const ag_graph *g, const char *a, const char *b, const ag_path_opts *o,
                   char *out, size_t n)
{
    long va = ag_graph_vertex_index(g, a), vb = ag_graph_vertex_index(g, b);
    ag_path_result r;
    ag_err err;
    int ok;

    if (va < 0 || vb < 0)
        return 0;
    ag_path_result_init(&r);
    ok = ag_graph_path(g, (size_t)va, (size_t)vb, o, &r, &err) == AG_OK;
    if (ok)
        describe(g, &r.paths[0], out, n);
    ag_path_result_destroy(&r);
    return ok;
}

/* how many shortest paths lead from a to b on g (igraph's, to show ties) */
static size_t shortest_count(const ag_graph *g, const char *a, const char *b, int undirected)
{
    long va = ag_graph_vertex_index(g, a), vb = ag_graph_vertex_index(g, b);
    ag_path_opts o;
    ag_path_result r;
    ag_err err;
    size_t n = 0;

    if (va < 0 || vb < 0)
        return 0;
    ag_path_opts_init(&o);
    o.all = 1;
    o.undirected = undirected;
    ag_path_result_init(&r);
    if (ag_graph_path(g, (size_t)va, (size_t)vb, &o, &r, &err) == AG_OK)
        n = r.n_paths;
    ag_path_result_destroy(&r);
    return n;
}

/* every edge of the near graph's path and its alternatives has a mention
 * (ag_graph_tally): the answer of the full graph too */
static int all_counted(ag_store *s, ag_graph *g, const ag_path_opts *o, const char *a,
                       const char *b)
{
    ag_path_result r;
    ag_err err;
    size_t idx[64], n = 0;
    int ok = 1;

    ag_path_result_init(&r);
    if (ag_graph_path(g, (size_t)ag_graph_vertex_index(g, a), (size_t)ag_graph_vertex_index(g, b),
                      o, &r, &err) != AG_OK)
        return 0;
    for (size_t i = 0; i < r.paths[0].n_hops; i++) {
        const ag_hop *h = &r.paths[0].hops[i];
        for (size_t k = 0; k <= h->n_alts && n < 64; k++)
            idx[n++] = k == 0 ? h->edge : h->alts[k - 1];
    }
    if (ag_graph_tally(s, g, idx, n, 0, &err) != AG_OK)
        ok = 0;
    for (size_t i = 0; i < n && ok; i++)
        ok = g->edges[idx[i]].mentions > 0;
    ag_path_result_destroy(&r);
    return ok;
}

static void scenario(ag_store *s, const char *label, unsigned types_bits, unsigned kind_bits,
                     int undirected, size_t max_visit)
{
    ag_filter f;
    ag_path_opts o;
    ag_graph lean, full;
    ag_err err;
    long pairs = 0, found = 0, counted = 0, nopath = 0, gave_up = 0, wrong = 0, ties = 0;
    char a[8], b[8], x[2048], y[2048];

    ag_filter_init(&f);
    f.types = types_bits;
    f.kinds = kind_bits;
    ag_path_opts_init(&o);
    o.undirected = undirected;
    if (ag_graph_load_parts(s, &f, AG_LOAD_EDGES_ONLY, &lean, &err) != AG_OK ||
        ag_graph_load_parts(s, &f, 0, &full, &err) != AG_OK) {
        printf("%s: load failed: %s\n", label, err.msg);
        return;
    }
    for (int i = 0; i < N_ACTORS; i++) {
        for (int j = 0; j < N_ACTORS; j++) {
            ag_graph near;
            int got = -9;
            if (i == j)
                continue;
            snprintf(a, sizeof a, "A%02d", i);
            snprintf(b, sizeof b, "A%02d", j);
            pairs++;
            if (ag_graph_load_path(s, &f, a, b, undirected, max_visit, &near, &got, &err) !=
                AG_OK) {
                printf("%s %s->%s: %s\n", label, a, b, err.msg);
                wrong++;
                continue;
            }
            if (got == 1) {
                found++;
                if (shortest_count(&lean, a, b, undirected) > 1)
                    ties++;
                if (!path_on(&near, a, b, &o, x, sizeof x) ||
                    !path_on(&lean, a, b, &o, y, sizeof y) || strcmp(x, y) != 0) {
                    printf("%s %s->%s: search [%s], edges table [%s]\n", label, a, b, x, y);
                    wrong++;
                } else if (all_counted(s, &near, &o, a, b)) {
                    counted++;
                    if (!path_on(&full, a, b, &o, y, sizeof y) || strcmp(x, y) != 0) {
                        printf("%s %s->%s: search [%s], full graph [%s]\n", label, a, b, x, y);
                        wrong++;
                    }
                }
            } else if (got == 0) {
                nopath++;
                if (path_on(&lean, a, b, &o, y, sizeof y) ||
                    path_on(&full, a, b, &o, y, sizeof y)) {
                    printf("%s %s->%s: search found no path, the graph [%s]\n", label, a, b, y);
                    wrong++;
                }
            } else {
                gave_up++;
            }
            ag_graph_destroy(&near);
        }
    }
    printf("%s: %ld pairs, %ld paths (%ld among ties, %ld with mentions throughout), "
           "%ld without, %ld given up, %ld wrong\n",
           label, pairs, found, ties, counted, nopath, gave_up, wrong);
    ag_graph_destroy(&lean);
    ag_graph_destroy(&full);
}

int main(void)
{
    ag_store *s = NULL;
    ag_err err;
    char path[128], cmd[160];

    snprintf(tmpdir, sizeof tmpdir, "/tmp/ag-test-pathsearch-XXXXXX");
    if (mkdtemp(tmpdir) == NULL)
        return 1;
    setenv("ARMSGRAPH_NOW", "2026-01-01T00:00:00Z", 1);
    snprintf(path, sizeof path, "%s/g.db", tmpdir);
    if (make_store(path) != 0 || ag_store_open(&s, path, AG_STORE_READONLY, &err) != AG_OK)
        return 1;

    scenario(s, "directed", 0, 0, 0, 100000);
    scenario(s, "undirected", 0, 0, 1, 100000);
    scenario(s, "directed, supplies and attacks", (1u << AG_SUPPLIES) | (1u << AG_ATTACKS), 0, 0,
             100000);
    scenario(s, "undirected, states and persons", 0, (1u << AG_STATE) | (1u << AG_PERSON), 1,
             100000);
    scenario(s, "undirected, at most 6 labels", 0, 0, 1, 6);

    ag_store_close(s);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : 1;
}
