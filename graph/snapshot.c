/*
 * snapshot.c -- the graph snapshot's bytes: the graph that a load of the
 * edges' counts gives without a filter (every edge with a mention and both
 * ends among the entities: its id, type, mentions and distinct articles;
 * the actors those edges touch: id, name, kind, state), in one compact
 * blob that the store keeps (graph_snapshot, graph/store.c), and the
 * filtered graph read back from it. `central` and `communities` read that
 * one row instead of scanning the edges and the entities (graph/load.c).
 * No SQL here: the store reads, writes and invalidates the row.
 *
 * Layout (integers as LEB128 varints):
 *   "AGS1", vertices V, edges E
 *   V times, in id order: a byte (kind | 16 when it has a state), then
 *     id, name and, with the flag, state, each NUL-terminated
 *   E times, sorted by (from, to, type, id) as a load sorts them: from
 *     minus the previous from, to, type, mentions, articles, and the id
 *     minus the previous id (zigzag: the ids go up and down)
 */
#include "graph_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char MAGIC[4] = {'A', 'G', 'S', '1'};

/* ---- writing -------------------------------------------------------------- */

static size_t put_varint(unsigned char *p, uint64_t v)
{
    size_t n = 0;

    while (v >= 0x80) {
        p[n++] = (unsigned char)(v | 0x80);
        v >>= 7;
    }
    p[n++] = (unsigned char)v;
    return n;
}

static uint64_t zigzag(int64_t v)
{
    return ((uint64_t)v << 1) ^ (uint64_t)(v >> 63);
}

/* a NUL-terminated string, NUL included */
static int put_str(ag_buf *b, const char *s)
{
    return ag_buf_append(b, s, strlen(s) + 1);
}

int ag_snapshot_encode(const ag_graph *g, ag_buf *b)
{
    unsigned char tmp[64];
    size_t n;
    long long prev_id = 0;
    size_t prev_from = 0;

    ag_buf_reset(b);
    if (ag_buf_reserve(b, 16 + g->n_vertices * 24 + g->n_edges * 12) != AG_OK ||
        ag_buf_append(b, MAGIC, sizeof MAGIC) != AG_OK)
        return AG_ERR_NOMEM;
    n = put_varint(tmp, g->n_vertices);
    n += put_varint(tmp + n, g->n_edges);
    if (ag_buf_append(b, (const char *)tmp, n) != AG_OK)
        return AG_ERR_NOMEM;
    for (size_t i = 0; i < g->n_vertices; i++) {
        const ag_vertex *v = &g->vertices[i];
        char flag = (char)((unsigned)v->kind | (v->state != NULL ? 16u : 0u));
        if (ag_buf_putc(b, flag) != AG_OK || put_str(b, v->id) != AG_OK ||
            put_str(b, v->name != NULL ? v->name : "") != AG_OK ||
            (v->state != NULL && put_str(b, v->state) != AG_OK))
            return AG_ERR_NOMEM;
    }
    for (size_t i = 0; i < g->n_edges; i++) {
        const ag_gedge *e = &g->edges[i];
        n = put_varint(tmp, e->from - prev_from);
        n += put_varint(tmp + n, e->to);
        tmp[n++] = (unsigned char)e->type;
        n += put_varint(tmp + n, (uint64_t)e->mentions);
        n += put_varint(tmp + n, (uint64_t)e->articles);
        n += put_varint(tmp + n, zigzag((int64_t)((uint64_t)e->id - (uint64_t)prev_id)));
        if (ag_buf_append(b, (const char *)tmp, n) != AG_OK)
            return AG_ERR_NOMEM;
        prev_from = e->from;
        prev_id = e->id;
    }
    return AG_OK;
}

/* ---- reading -------------------------------------------------------------- */

typedef struct reader {
    const unsigned char *p, *end;
    int bad; /* read past the end, or a varint too long */
} reader;

static uint64_t get_varint(reader *r)
{
    uint64_t v = 0;

    for (int shift = 0; shift < 64 && r->p < r->end; shift += 7) {
        unsigned char c = *r->p++;
        v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80))
            return v;
    }
    r->bad = 1;
    return 0;
}

/* a NUL-terminated string in place, or NULL (r->bad) when it has no end */
static const char *get_str(reader *r)
{
    const unsigned char *nul = r->p < r->end ? memchr(r->p, 0, (size_t)(r->end - r->p)) : NULL;
    const char *s = (const char *)r->p;

    if (nul == NULL) {
        r->bad = 1;
        return NULL;
    }
    r->p = nul + 1;
    return s;
}

/* one actor of the blob: its strings point into the blob */
typedef struct vref {
    const char *id, *name, *state;
    ag_kind kind;
} vref;

static void free_vertices(ag_vertex *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(v[i].id);
        free(v[i].name);
        free(v[i].state);
    }
    free(v);
}

/* whether an edge of the snapshot passes f (its figures and ends are
 * those of a load: at least one mention, both ends known); kind[] the
 * actors' kinds, read only when f has kinds (a byte an actor: on the 2M
 * store, reading the kind of each edge's target from the actors' records
 * missed the cache, a fifth of `central`) */
static int passes(const ag_filter *f, unsigned type, long articles, const unsigned char *kind,
                  size_t from, size_t to)
{
    if (f->min_sources > 1 && articles < f->min_sources)
        return 0;
    if (f->types != 0 && !(f->types & (1u << type)))
        return 0;
    if (f->kinds != 0 && (!(f->kinds & (1u << kind[from])) || !(f->kinds & (1u << kind[to]))))
        return 0;
    return 1;
}

int ag_snapshot_decode(const void *data, size_t n, const ag_filter *f, int narrow, ag_graph *g)
{
    reader r = {data, (const unsigned char *)data + n, 0};
    vref *vs = NULL;
    long *remap = NULL;
    unsigned char *kind = NULL, *touched = NULL;
    size_t nv, ne, kept = 0, from = 0, prev_from = 0, prev_to = 0;
    unsigned prev_type = 0;
    uint64_t id = 0;
    int rc = AG_ERR_DB;

    memset(g, 0, sizeof *g);
    if (n < sizeof MAGIC || memcmp(data, MAGIC, sizeof MAGIC) != 0)
        return AG_ERR_DB;
    r.p += sizeof MAGIC;
    nv = (size_t)get_varint(&r);
    ne = (size_t)get_varint(&r);
    /* each vertex takes 3 bytes at least, each edge 6 */
    if (r.bad || nv > n / 3 || ne > n / 6)
        return AG_ERR_DB;
    vs = malloc((nv ? nv : 1) * sizeof *vs);
    remap = malloc((nv ? nv : 1) * sizeof *remap);
    kind = malloc(nv ? nv : 1);
    touched = calloc(nv ? nv : 1, 1);
    /* the narrow edges hold every index and count in 32 bits */
    narrow = narrow && nv < UINT32_MAX;
    if (narrow) {
        g->nedges = malloc((ne ? ne : 1) * sizeof *g->nedges);
        ag_mem_populate(g->nedges, ne * sizeof *g->nedges);
    } else {
        /* zeroed (fresh pages for a large block: calloc writes nothing), so
         * that only the fields a load of the counts fills are written below */
        g->edges = calloc(ne ? ne : 1, sizeof *g->edges);
        ag_mem_populate(g->edges, ne * sizeof *g->edges);
    }
    if (vs == NULL || remap == NULL || kind == NULL || touched == NULL ||
        (g->edges == NULL && g->nedges == NULL)) {
        rc = AG_ERR_NOMEM;
        goto out;
    }
    for (size_t i = 0; i < nv && !r.bad; i++) {
        unsigned flag = r.p < r.end ? *r.p++ : (r.bad = 1, 0u);
        vs[i].kind = (ag_kind)(flag & 15);
        kind[i] = (unsigned char)(flag & 15);
        vs[i].id = get_str(&r);
        vs[i].name = get_str(&r);
        vs[i].state = (flag & 16) ? get_str(&r) : NULL;
        if ((flag & ~16u) >= AG_KIND_COUNT ||
            (i > 0 && !r.bad && strcmp(vs[i - 1].id, vs[i].id) >= 0))
            r.bad = 1;
    }
    for (size_t i = 0; i < ne && !r.bad; i++) {
        size_t to;
        unsigned type;
        long mentions, articles;
        uint64_t zz;

        from += (size_t)get_varint(&r);
        to = (size_t)get_varint(&r);
        type = r.p < r.end ? *r.p++ : (r.bad = 1, 0u);
        mentions = (long)get_varint(&r);
        articles = (long)get_varint(&r);
        zz = get_varint(&r);
        id += (zz >> 1) ^ (0 - (zz & 1)); /* unsigned: wraps, never overflows */
        /* in range, and in the order of a load (from, to, type) */
        if (r.bad || from >= nv || to >= nv || type >= AG_EDGE_TYPE_COUNT || mentions <= 0 ||
            articles < 0 || from < prev_from ||
            (i > 0 && from == prev_from && (to < prev_to || (to == prev_to && type < prev_type)))) {
            r.bad = 1;
            break;
        }
        prev_from = from;
        prev_to = to;
        prev_type = type;
        if (!passes(f, type, articles, kind, from, to))
            continue;
        touched[from] = touched[to] = 1;
        if (narrow) {
            ag_nedge *x = &g->nedges[kept++];
            if ((uint64_t)articles > UINT32_MAX) {
                rc = AG_ERR_LIMIT; /* the caller decodes again, wide */
                goto out;
            }
            x->from = (uint32_t)from;
            x->to = (uint32_t)to;
            x->articles = (uint32_t)articles;
            x->type = (uint8_t)type;
            continue;
        }
        ag_gedge *e = &g->edges[kept++];
        e->id = (long long)id;
        e->from = from;
        e->to = to;
        e->type = (ag_edge_type)type;
        e->mentions = mentions;
        e->articles = articles;
        e->status = AG_REPORTED; /* what a load of the counts only says */
    }
    if (r.bad || r.p != r.end)
        goto out; /* AG_ERR_DB: not a snapshot this program wrote */
    /* the actors the kept edges touch, in id order */
    for (size_t i = 0; i < nv; i++)
        remap[i] = touched[i] ? (long)g->n_vertices++ : -1;
    g->vertices = calloc(g->n_vertices + 1, sizeof *g->vertices);
    if (g->vertices == NULL) {
        g->n_vertices = 0;
        rc = AG_ERR_NOMEM;
        goto out;
    }
    for (size_t i = 0, k = 0; i < nv; i++) {
        ag_vertex *v;
        if (remap[i] < 0)
            continue;
        v = &g->vertices[k++];
        v->kind = vs[i].kind;
        v->id = ag_strdup(vs[i].id);
        v->name = ag_strdup(vs[i].name);
        v->state = ag_strdup(vs[i].state);
        if (v->id == NULL || v->name == NULL || (vs[i].state != NULL && v->state == NULL)) {
            rc = AG_ERR_NOMEM;
            goto out;
        }
    }
    if (narrow) {
        for (size_t i = 0; i < kept; i++) {
            g->nedges[i].from = (uint32_t)remap[g->nedges[i].from];
            g->nedges[i].to = (uint32_t)remap[g->nedges[i].to];
        }
    } else {
        for (size_t i = 0; i < kept; i++) {
            g->edges[i].from = (size_t)remap[g->edges[i].from];
            g->edges[i].to = (size_t)remap[g->edges[i].to];
        }
    }
    g->n_edges = kept;
    rc = AG_OK;
out:
    if (rc != AG_OK) {
        free_vertices(g->vertices, g->n_vertices);
        free(g->edges);
        free(g->nedges);
        memset(g, 0, sizeof *g);
    }
    free(vs);
    free(remap);
    free(kind);
    free(touched);
    return rc;
}
