/*
 * near.c -- one shortest path without loading the graph: a breadth-first
 * search from both ends through the store's edge indexes (edges_source,
 * edges_target) until they meet, then a walk from the source through the
 * lowest id one step closer, visiting only the actors near the two ends.
 * It gives the path shortest_one (query.c) gives on the graph of
 * AG_LOAD_EDGES_ONLY, and loads only that path's actors and the edges
 * between them. The same lookups find the actors within N hops of one
 * actor (`neighbors`) without loading the graph.
 */
#include "graph_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- labels: actor id -> distance to the target ------------------------------ */

typedef struct label {
    char *id; /* malloc'd; NULL = empty slot */
    long dist;
    int good; /* forward labels: on a shortest path (mark_good) */
} label;

typedef struct labels {
    label *slot;
    size_t mask, n;
} labels;

static size_t str_hash(const char *s)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a */

    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return (size_t)(h ^ (h >> 29));
}

static void labels_free(labels *m)
{
    for (size_t i = 0; m->slot != NULL && i <= m->mask; i++)
        free(m->slot[i].id);
    free(m->slot);
    m->slot = NULL;
}

static label *labels_find(const labels *m, const char *id)
{
    for (size_t h = str_hash(id) & m->mask; m->slot[h].id != NULL; h = (h + 1) & m->mask)
        if (strcmp(m->slot[h].id, id) == 0)
            return &m->slot[h];
    return NULL;
}

/* Labels id with dist unless it has a label; *added is the new label or
 * NULL. The ids stay where they are when the table grows. */
static int labels_add(labels *m, const char *id, long dist, label **added)
{
    size_t h;

    *added = NULL;
    if (labels_find(m, id) != NULL)
        return AG_OK;
    if ((m->n + 1) * 2 > m->mask + 1) {
        labels grown = {calloc((m->mask + 1) * 2, sizeof(label)), (m->mask + 1) * 2 - 1, m->n};
        if (grown.slot == NULL)
            return AG_ERR_NOMEM;
        for (size_t i = 0; i <= m->mask; i++) {
            if (m->slot[i].id == NULL)
                continue;
            for (h = str_hash(m->slot[i].id) & grown.mask; grown.slot[h].id != NULL;
                 h = (h + 1) & grown.mask)
                ;
            grown.slot[h] = m->slot[i];
        }
        free(m->slot);
        *m = grown;
    }
    for (h = str_hash(id) & m->mask; m->slot[h].id != NULL; h = (h + 1) & m->mask)
        ;
    if ((m->slot[h].id = ag_strdup(id)) == NULL)
        return AG_ERR_NOMEM;
    m->slot[h].dist = dist;
    m->n++;
    *added = &m->slot[h];
    return AG_OK;
}

/* ---- the search ----------------------------------------------------------------- */

/* The edges at one actor (?1) with the other end, which must be an entity
 * (the load drops an edge with an unknown end), and that end's kind. */
static const char *const sql_at[2] = {
    /* 0: in-edges, the other end is the source */
    "SELECT e.id, e.type, e.source_id, n.kind FROM edges e CROSS JOIN entities n"
    " ON n.id = e.source_id WHERE e.target_id = ?1",
    /* 1: out-edges, the other end is the target */
    "SELECT e.id, e.type, e.target_id, n.kind FROM edges e CROSS JOIN entities n"
    " ON n.id = e.target_id WHERE e.source_id = ?1"};

/* As sql_at, with the edge's figures that the load filters on (schema 4). */
static const char *const sql_near[2] = {
    "SELECT e.id, e.type, e.source_id, n.kind, e.n_mentions, e.n_articles FROM edges e"
    " CROSS JOIN entities n ON n.id = e.source_id WHERE e.target_id = ?1",
    "SELECT e.id, e.type, e.target_id, n.kind, e.n_mentions, e.n_articles FROM edges e"
    " CROSS JOIN entities n ON n.id = e.target_id WHERE e.source_id = ?1"};

typedef struct search {
    ag_store *s;
    const ag_filter *f;
    sqlite3_stmt *at[2];
    sqlite3_stmt *entity;
    labels lab;  /* path: distance from `from`; neighbors: from the actor */
    labels back; /* path: distance to `to` */
    int figures; /* at[] are sql_near: an edge needs mentions, and --min-sources articles */
} search;

/* whether an edge of type text t whose other end has kind text k passes
 * the filter (the near end passed it when it was labelled), as keep() of
 * load.c: an unknown type reads as supplies, an unknown kind as state */
static int passes(const ag_filter *f, const char *t, const char *k)
{
    ag_edge_type type = AG_SUPPLIES;
    ag_kind kind = AG_STATE;

    ag_edge_type_parse(t, &type);
    ag_kind_parse(k, &kind);
    return (f->types == 0 || (f->types & (1u << type))) &&
           (f->kinds == 0 || (f->kinds & (1u << kind)));
}

/* Steps at[pass] bound to id: SQLITE_ROW per edge passing the filter. */
static int next_edge(search *q, int pass)
{
    int rc;

    while ((rc = sqlite3_step(q->at[pass])) == SQLITE_ROW)
        if (sqlite3_column_text(q->at[pass], 2) != NULL &&
            passes(q->f, (const char *)sqlite3_column_text(q->at[pass], 1),
                   (const char *)sqlite3_column_text(q->at[pass], 3)) &&
            (!q->figures || (sqlite3_column_int64(q->at[pass], 4) != 0 &&
                             (q->f->min_sources <= 1 ||
                              sqlite3_column_int64(q->at[pass], 5) >= q->f->min_sources))))
            return rc;
    return rc;
}

static void bind_at(search *q, int pass, const char *id)
{
    sqlite3_reset(q->at[pass]);
    sqlite3_bind_text(q->at[pass], 1, id, -1, SQLITE_STATIC);
}

/* the actor id, (id, name, kind, state) into v; 0 when it is no entity or
 * its kind does not pass the filter */
static int read_entity(search *q, const char *id, ag_vertex *v, int *ok, ag_err *err)
{
    sqlite3_stmt *st = q->entity;
    int rc, oom = 0;

    *ok = 0;
    sqlite3_reset(st);
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_DONE)
        return AG_OK;
    if (rc != SQLITE_ROW)
        return ag_store_db_error(q->s, rc, "reading entities", err);
    memset(v, 0, sizeof *v);
    v->kind = AG_STATE;
    ag_kind_parse((const char *)sqlite3_column_text(st, 2), &v->kind);
    if (q->f->kinds != 0 && !(q->f->kinds & (1u << v->kind)))
        return AG_OK;
    v->id = ag_store_column_dup(st, 0, &oom);
    v->name = ag_store_column_dup(st, 1, &oom);
    v->state = ag_store_column_dup(st, 3, &oom);
    if (oom || v->id == NULL || v->name == NULL) {
        free(v->id);
        free(v->name);
        free(v->state);
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    }
    *ok = 1;
    return AG_OK;
}

/* One side of the search: its labels and its queue in breadth-first
 * order (the labels' ids: they stay put); the last level, complete, is
 * queue[head..tail), at distance level. */
typedef struct side {
    labels *lab;
    const char **queue;
    size_t head, tail, cap;
    long level;
    int forward; /* from `from` along the walk's edges; else back from `to` */
} side;

/* a forward edge from one level to the next, for mark_good */
typedef struct dagedge {
    const char *from, *to;
} dagedge;

typedef struct dag {
    dagedge *v;
    size_t n, cap;
} dag;

static int side_init(side *x, labels *lab, const char *id, int forward)
{
    label *added;

    memset(x, 0, sizeof *x);
    x->lab = lab;
    x->forward = forward;
    lab->slot = calloc(64, sizeof(label));
    lab->mask = 63;
    if (lab->slot == NULL || labels_add(lab, id, 0, &added) != AG_OK ||
        ag_grow(&x->queue, &x->cap, 0, sizeof *x->queue, 64) != AG_OK)
        return AG_ERR_NOMEM;
    x->queue[x->tail++] = added->id;
    return AG_OK;
}

/* Labels the next level of x (level + 1): every edge at its last level
 * (out-edges forward, in-edges back; both when undirected). *met when a
 * new label is one of the other side's. Forward, the edges from the level
 * to the next are noted in dg. */
static int side_expand(search *q, side *x, const labels *other, int undirected, size_t max_visit,
                       dag *dg, int *met, int *gave_up, ag_err *err)
{
    size_t end = x->tail;
    int rc = AG_OK;

    for (; x->head < end && rc == AG_OK && !*gave_up; x->head++) {
        const char *u = x->queue[x->head];
        for (int k = 0; k < (undirected ? 2 : 1) && rc == AG_OK; k++) {
            int pass = x->forward ? 1 - k : k, src; /* 1: out-edges */
            bind_at(q, pass, u);
            while ((src = next_edge(q, pass)) == SQLITE_ROW) {
                const char *w = (const char *)sqlite3_column_text(q->at[pass], 2);
                label *added;
                const label *l;
                if (labels_add(x->lab, w, x->level + 1, &added) != AG_OK ||
                    (added != NULL &&
                     ag_grow(&x->queue, &x->cap, x->tail, sizeof *x->queue, 64) != AG_OK)) {
                    rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
                    break;
                }
                if (added != NULL) {
                    x->queue[x->tail++] = added->id;
                    if (labels_find(other, w) != NULL)
                        *met = 1;
                    if (q->lab.n + q->back.n > max_visit) {
                        *gave_up = 1;
                        break;
                    }
                }
                l = added != NULL ? added : labels_find(x->lab, w);
                if (x->forward && l->dist == x->level + 1) {
                    if (ag_grow(&dg->v, &dg->cap, dg->n, sizeof *dg->v, 64) != AG_OK) {
                        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
                        break;
                    }
                    dg->v[dg->n].from = u;
                    dg->v[dg->n++].to = l->id;
                }
            }
            if (rc == AG_OK && !*gave_up && src != SQLITE_DONE)
                rc = ag_store_db_error(q->s, src, "reading edges", err);
            sqlite3_reset(q->at[pass]);
        }
    }
    x->level++;
    return rc;
}

/* A search from both ends, a whole level at a time, the side with the
 * smaller last level first, until a new label of one side is a label of
 * the other: with levels a (forward) and b (back) complete, the distance d
 * is a + b (no label was shared before, so d > a + b - 1; one is now, so
 * d <= a + b). *d is -1 when no path leads from `from` to `to`, -2 past
 * max_visit labels. */
static int label_both(search *q, side *fw, side *bw, int undirected, size_t max_visit, dag *dg,
                      long *d, ag_err *err)
{
    int rc = AG_OK, met = 0, gave_up = 0;

    *d = -1;
    while (rc == AG_OK && !met && !gave_up) {
        side *x = fw->tail - fw->head <= bw->tail - bw->head ? fw : bw;
        if (fw->head == fw->tail || bw->head == bw->tail)
            return AG_OK; /* a side has no next level: no path */
        rc = side_expand(q, x, x == fw ? &q->back : &q->lab, undirected, max_visit, dg, &met,
                         &gave_up, err);
    }
    if (rc == AG_OK)
        *d = gave_up ? -2 : fw->level + bw->level;
    return rc;
}

/* Marks the forward labels on a shortest path: at level a (the last) those
 * the back side labelled (at b = d - a, since none lies closer to `to`),
 * below it those with an edge to a marked one of the next level (the
 * edges are noted level by level: read backwards, a level's marks are
 * complete before the level below reads them). */
static void mark_good(search *q, const side *fw, const dag *dg)
{
    for (size_t i = 0; i <= q->lab.mask; i++)
        if (q->lab.slot[i].id != NULL)
            q->lab.slot[i].good = q->lab.slot[i].dist == fw->level &&
                                  labels_find(&q->back, q->lab.slot[i].id) != NULL;
    for (size_t i = dg->n; i-- > 0;) {
        label *u = labels_find(&q->lab, dg->v[i].from);
        if (!u->good && labels_find(&q->lab, dg->v[i].to)->good)
            u->good = 1;
    }
}

/* whether actor w is k steps from `from` and d - k from `to` */
static int on_path(search *q, const char *w, long k, long d, long a)
{
    const label *l;

    if (k <= a) {
        l = labels_find(&q->lab, w);
        return l != NULL && l->dist == k && l->good;
    }
    l = labels_find(&q->back, w);
    return l != NULL && l->dist == d - k;
}

/* The walk from `from` (at distance d): at each step the lowest id among
 * the neighbours one step closer, as shortest_one. walk[0..d] point into
 * the labels. */
static int walk_forward(search *q, const char *from, long d, long a, int undirected,
                        const char **walk, ag_err *err)
{
    const char *v = from;
    int rc = AG_OK;

    walk[0] = from;
    for (long k = 1; k <= d && rc == AG_OK; k++) {
        const char *next = NULL;
        for (int pass = 0; pass < (undirected ? 2 : 1) && rc == AG_OK; pass++) {
            int p = pass == 0 ? 1 : 0; /* out-edges first, then in-edges */
            bind_at(q, p, v);
            int src;
            while ((src = next_edge(q, p)) == SQLITE_ROW) {
                const char *w = (const char *)sqlite3_column_text(q->at[p], 2);
                const label *l = k <= a ? labels_find(&q->lab, w) : labels_find(&q->back, w);
                if (on_path(q, w, k, d, a) && (next == NULL || strcmp(l->id, next) < 0))
                    next = l->id;
            }
            if (src != SQLITE_DONE)
                rc = ag_store_db_error(q->s, src, "reading edges", err);
            sqlite3_reset(q->at[p]);
        }
        if (rc == AG_OK && next == NULL)
            rc = ag_err_set(err, AG_ERR_GRAPH, "shortest path walk failed");
        walk[k] = next;
        v = next;
    }
    return rc;
}

static int vertex_cmp(const void *pa, const void *pb)
{
    return strcmp(((const ag_vertex *)pa)->id, ((const ag_vertex *)pb)->id);
}

static int vertex_key_cmp(const void *key, const void *elem)
{
    return strcmp((const char *)key, ((const ag_vertex *)elem)->id);
}

static int edge_id_cmp(const void *pa, const void *pb)
{
    const ag_gedge *a = pa, *b = pb;

    return a->id < b->id ? -1 : a->id > b->id;
}

/* g: the n actors of walk[], sorted by id, and every edge from one of them
 * to another passing the filter, in id order, figures 0 (not counted). */
static int load_walk(search *q, const char *const *walk, size_t n, ag_graph *g, ag_err *err)
{
    size_t cap = 0;
    int rc = AG_OK, ok;

    g->vertices = calloc(n, sizeof *g->vertices);
    if (g->vertices == NULL)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < n && rc == AG_OK; i++) {
        rc = read_entity(q, walk[i], &g->vertices[g->n_vertices], &ok, err);
        if (rc == AG_OK && !ok)
            rc = ag_err_set(err, AG_ERR_GRAPH, "actor %s of the path is gone", walk[i]);
        g->n_vertices += rc == AG_OK;
    }
    if (rc != AG_OK)
        return rc;
    qsort(g->vertices, n, sizeof *g->vertices, vertex_cmp);
    for (size_t i = 0; i < n && rc == AG_OK; i++) {
        int src;
        bind_at(q, 1, g->vertices[i].id);
        while ((src = next_edge(q, 1)) == SQLITE_ROW) {
            sqlite3_stmt *st = q->at[1];
            const ag_vertex *to = bsearch(sqlite3_column_text(st, 2), g->vertices, n,
                                          sizeof *g->vertices, vertex_key_cmp);
            ag_gedge *e;
            if (to == NULL)
                continue;
            if (ag_grow(&g->edges, &cap, g->n_edges, sizeof *g->edges, 16) != AG_OK) {
                rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
                break;
            }
            e = &g->edges[g->n_edges++];
            memset(e, 0, sizeof *e);
            e->id = sqlite3_column_int64(st, 0);
            e->type = AG_SUPPLIES;
            ag_edge_type_parse((const char *)sqlite3_column_text(st, 1), &e->type);
            e->from = i;
            e->to = (size_t)(to - g->vertices);
        }
        if (rc == AG_OK && src != SQLITE_DONE)
            rc = ag_store_db_error(q->s, src, "reading edges", err);
        sqlite3_reset(q->at[1]);
    }
    if (rc == AG_OK && g->n_edges > 1)
        qsort(g->edges, g->n_edges, sizeof *g->edges, edge_id_cmp);
    return rc;
}

int ag_graph_load_path(ag_store *s, const ag_filter *f, const char *from, const char *to,
                       int undirected, size_t max_visit, ag_graph *g, int *found, ag_err *err)
{
    search q;
    side fw, bw;
    dag dg = {NULL, 0, 0};
    const char **walk = NULL;
    ag_vertex ends[2];
    long d = -1;
    int rc, ok[2] = {0, 0}, in_tx = 0;

    memset(&q, 0, sizeof q);
    memset(ends, 0, sizeof ends);
    memset(&fw, 0, sizeof fw);
    memset(&bw, 0, sizeof bw);
    ag_graph_init(g);
    *found = -1;
    if (f->since[0] != '\0' || f->until[0] != '\0' || f->min_sources > 1 || strcmp(from, to) == 0)
        return AG_OK;
    q.s = s;
    q.f = f;
    /* one snapshot for all the lookups, beside a writer */
    if (sqlite3_get_autocommit(s->db) &&
        sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK)
        in_tx = 1;
    rc = ag_store_prepare(s, sql_at[0], &q.at[0], err);
    if (rc == AG_OK)
        rc = ag_store_prepare(s, sql_at[1], &q.at[1], err);
    if (rc == AG_OK)
        rc = ag_store_prepare(s, "SELECT id, name, kind, state FROM entities WHERE id = ?1",
                              &q.entity, err);
    /* both ends must be actors whose kind passes the filter */
    for (int k = 0; k < 2 && rc == AG_OK; k++)
        rc = read_entity(&q, k == 0 ? from : to, &ends[k], &ok[k], err);
    if (rc != AG_OK || !ok[0] || !ok[1]) {
        *found = 0; /* an end without edges in the graph */
        goto out;
    }
    if (side_init(&fw, &q.lab, from, 1) != AG_OK || side_init(&bw, &q.back, to, 0) != AG_OK) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    rc = label_both(&q, &fw, &bw, undirected, max_visit, &dg, &d, err);
    if (rc != AG_OK || d < 0) {
        *found = d == -1 ? 0 : -1;
        goto out;
    }
    mark_good(&q, &fw, &dg);
    walk = malloc(((size_t)d + 1) * sizeof *walk);
    if (walk == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    rc = walk_forward(&q, from, d, fw.level, undirected, walk, err);
    if (rc == AG_OK)
        rc = load_walk(&q, walk, (size_t)d + 1, g, err);
    if (rc == AG_OK)
        *found = 1;
out:
    for (int k = 0; k < 2; k++) {
        free(ends[k].id);
        free(ends[k].name);
        free(ends[k].state);
    }
    free(walk);
    free(fw.queue);
    free(bw.queue);
    free(dg.v);
    labels_free(&q.lab);
    labels_free(&q.back);
    sqlite3_finalize(q.at[0]);
    sqlite3_finalize(q.at[1]);
    sqlite3_finalize(q.entity);
    if (in_tx)
        sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
    if (rc != AG_OK) {
        ag_graph_destroy(g);
        *found = -1;
    }
    return rc;
}

/* ---- the actors near one actor (neighbors) -------------------------------------- */

/* an edge met by the search; its ends point into the labels */
typedef struct nedge {
    long long id;
    ag_edge_type type;
    const char *from, *to;
    long mentions, articles;
} nedge;

typedef struct nedges {
    nedge *v;
    size_t n, cap;
} nedges;

/* Notes the edge of at[pass]'s row at actor u (out-edge when pass is 1),
 * labelling its other end with dist unless it has a label; *added is that
 * label's id when new, else NULL. */
static int note_edge(search *q, int pass, const char *u, long dist, nedges *ne, const char **added)
{
    sqlite3_stmt *st = q->at[pass];
    const char *w = (const char *)sqlite3_column_text(st, 2);
    const label *l;
    label *nl;
    nedge *e;

    *added = NULL;
    if (labels_add(&q->lab, w, dist, &nl) != AG_OK ||
        ag_grow(&ne->v, &ne->cap, ne->n, sizeof *ne->v, 64) != AG_OK)
        return AG_ERR_NOMEM;
    l = nl != NULL ? nl : labels_find(&q->lab, w);
    *added = nl != NULL ? nl->id : NULL;
    e = &ne->v[ne->n++];
    e->id = sqlite3_column_int64(st, 0);
    e->type = AG_SUPPLIES;
    ag_edge_type_parse((const char *)sqlite3_column_text(st, 1), &e->type);
    e->from = pass == 1 ? u : l->id;
    e->to = pass == 1 ? l->id : u;
    e->mentions = (long)sqlite3_column_int64(st, 4);
    e->articles = (long)sqlite3_column_int64(st, 5);
    return AG_OK;
}

/* Breadth first from the actor (labelled 0) through the edges of dir, to
 * max_depth hops: every edge passing the filter at an actor closer than
 * max_depth is noted. *gave_up past max_visit labels. */
static int label_near(search *q, const char *id, int max_depth, ag_direction dir, size_t max_visit,
                      nedges *ne, int *gave_up, ag_err *err)
{
    const char **queue = NULL; /* the labels' ids: they stay put */
    long *qdist = NULL;
    size_t head = 0, tail = 0, cap = 0, cap2 = 0;
    const char *added;
    label *root;
    int rc = AG_OK;

    *gave_up = 0;
    q->lab.slot = calloc(64, sizeof(label));
    q->lab.mask = 63;
    if (q->lab.slot == NULL || labels_add(&q->lab, id, 0, &root) != AG_OK ||
        ag_grow(&queue, &cap, 0, sizeof *queue, 64) != AG_OK ||
        ag_grow(&qdist, &cap2, 0, sizeof *qdist, 64) != AG_OK) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    queue[tail] = root->id;
    qdist[tail++] = 0;
    while (head < tail && rc == AG_OK && !*gave_up && qdist[head] < max_depth) {
        const char *u = queue[head];
        long du = qdist[head++];
        for (int pass = 1; pass >= 0 && rc == AG_OK && !*gave_up; pass--) {
            int src;
            if (!(dir & (pass == 1 ? AG_DIR_OUT : AG_DIR_IN)))
                continue;
            bind_at(q, pass, u);
            while ((src = next_edge(q, pass)) == SQLITE_ROW) {
                if (note_edge(q, pass, u, du + 1, ne, &added) != AG_OK ||
                    (added != NULL && (ag_grow(&queue, &cap, tail, sizeof *queue, 64) != AG_OK ||
                                       ag_grow(&qdist, &cap2, tail, sizeof *qdist, 64) != AG_OK))) {
                    rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
                    break;
                }
                if (added != NULL) {
                    queue[tail] = added;
                    qdist[tail++] = du + 1;
                }
                if (q->lab.n > max_visit) {
                    *gave_up = 1;
                    break;
                }
            }
            if (rc == AG_OK && !*gave_up && src != SQLITE_DONE)
                rc = ag_store_db_error(q->s, src, "reading edges", err);
            sqlite3_reset(q->at[pass]);
        }
    }
    /* the graph holds the actor when any edge at it passes the filter,
     * also one against dir: the answer is then "no neighbors" */
    for (int pass = 1; pass >= 0 && rc == AG_OK && !*gave_up && ne->n == 0; pass--) {
        int src;
        bind_at(q, pass, id);
        if ((src = next_edge(q, pass)) == SQLITE_ROW) {
            if (note_edge(q, pass, root->id, 1, ne, &added) != AG_OK)
                rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        } else if (src != SQLITE_DONE) {
            rc = ag_store_db_error(q->s, src, "reading edges", err);
        }
        sqlite3_reset(q->at[pass]);
    }
out:
    free(queue);
    free(qdist);
    return rc;
}

/* g: the labelled actors, sorted by id, and the noted edges (each once),
 * sorted by (from, to, type) as a load sorts them. */
static int load_near(search *q, const nedges *ne, ag_graph *g, ag_err *err)
{
    size_t n = 0;
    int rc = AG_OK, ok;

    if (ne->n == 0)
        return AG_OK;
    g->vertices = calloc(q->lab.n, sizeof *g->vertices);
    g->edges = malloc(ne->n * sizeof *g->edges);
    if (g->vertices == NULL || g->edges == NULL)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    for (size_t i = 0; i <= q->lab.mask && rc == AG_OK; i++) {
        if (q->lab.slot[i].id == NULL)
            continue;
        rc = read_entity(q, q->lab.slot[i].id, &g->vertices[g->n_vertices], &ok, err);
        if (rc == AG_OK && !ok)
            rc = ag_err_set(err, AG_ERR_GRAPH, "actor %s is gone", q->lab.slot[i].id);
        g->n_vertices += rc == AG_OK;
    }
    if (rc != AG_OK)
        return rc;
    qsort(g->vertices, g->n_vertices, sizeof *g->vertices, vertex_cmp);
    for (size_t i = 0; i < ne->n; i++) {
        const nedge *x = &ne->v[i];
        const ag_vertex *a = bsearch(x->from, g->vertices, g->n_vertices, sizeof *g->vertices,
                                     vertex_key_cmp),
                        *b = bsearch(x->to, g->vertices, g->n_vertices, sizeof *g->vertices,
                                     vertex_key_cmp);
        ag_gedge *e = &g->edges[i];
        memset(e, 0, sizeof *e);
        e->id = x->id;
        e->type = x->type;
        e->from = (size_t)(a - g->vertices);
        e->to = (size_t)(b - g->vertices);
        e->mentions = x->mentions;
        e->articles = x->articles;
    }
    qsort(g->edges, ne->n, sizeof *g->edges, ag_gedge_cmp);
    for (size_t i = 0; i < ne->n; i++) /* an edge met from both ends */
        if (n == 0 || g->edges[i].id != g->edges[n - 1].id)
            g->edges[n++] = g->edges[i];
    g->n_edges = n;
    return AG_OK;
}

int ag_graph_load_near(ag_store *s, const ag_filter *f, const char *id, int max_depth,
                       ag_direction dir, size_t max_visit, ag_graph *g, int *found, ag_err *err)
{
    search q;
    nedges ne = {NULL, 0, 0};
    ag_vertex v;
    int rc, ok = 0, in_tx = 0, gave_up = 0;

    memset(&q, 0, sizeof q);
    memset(&v, 0, sizeof v);
    ag_graph_init(g);
    *found = 0;
    if (f->since[0] != '\0' || f->until[0] != '\0' || max_depth < 1 || (dir & AG_DIR_ALL) == 0)
        return AG_OK;
    q.s = s;
    q.f = f;
    q.figures = 1;
    /* one snapshot for all the lookups, beside a writer */
    if (sqlite3_get_autocommit(s->db) &&
        sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK)
        in_tx = 1;
    rc = ag_store_prepare(s, sql_near[0], &q.at[0], err);
    if (rc == AG_OK)
        rc = ag_store_prepare(s, sql_near[1], &q.at[1], err);
    if (rc == AG_OK)
        rc = ag_store_prepare(s, "SELECT id, name, kind, state FROM entities WHERE id = ?1",
                              &q.entity, err);
    if (rc == AG_OK)
        rc = read_entity(&q, id, &v, &ok, err);
    if (rc == AG_OK && ok) /* else no edge at it passes the filter: an empty graph */
        rc = label_near(&q, id, max_depth, dir, max_visit, &ne, &gave_up, err);
    if (rc == AG_OK && ok && !gave_up)
        rc = load_near(&q, &ne, g, err);
    if (rc == AG_OK)
        *found = gave_up ? 0 : 1;
    free(v.id);
    free(v.name);
    free(v.state);
    free(ne.v);
    labels_free(&q.lab);
    sqlite3_finalize(q.at[0]);
    sqlite3_finalize(q.at[1]);
    sqlite3_finalize(q.entity);
    if (in_tx)
        sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
    if (rc != AG_OK || !*found)
        ag_graph_destroy(g);
    return rc;
}

size_t ag_graph_search_bound(ag_store *s)
{
    sqlite3_stmt *st = NULL;
    ag_err err;
    size_t bound = AG_SEARCH_MIN;

    /* a seek, not a count: rowids are not reused below the highest */
    if (ag_store_prepare(s, "SELECT max(rowid) FROM entities", &st, &err) == AG_OK &&
        sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int64(st, 0) / 8 > (long long)bound)
        bound = (size_t)(sqlite3_column_int64(st, 0) / 8);
    sqlite3_finalize(st);
    return bound;
}
