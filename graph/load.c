/*
 * load.c -- the in-memory graph: reads the edges of the store that pass a
 * filter (edge types, kinds of both endpoints, a date window on the mention
 * date or else the article date, a minimum of distinct articles), with the
 * aggregates of their mentions (those the store keeps on each edge, or,
 * with a date window, counted from the mentions) and keeps the vertices
 * they touch, all sorted by id.
 */
#include "graph_int.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ag_filter_init(ag_filter *f)
{
    memset(f, 0, sizeof *f);
}

void ag_graph_init(ag_graph *g)
{
    memset(g, 0, sizeof *g);
}

static void vertex_destroy(ag_vertex *v)
{
    free(v->id);
    free(v->name);
    free(v->state);
    for (size_t i = 0; i < v->n_aliases; i++)
        free(v->aliases[i]);
    free(v->aliases);
}

static void gedge_destroy(ag_gedge *e)
{
    free(e->items);
    free(e->categories);
    free(e->quantity);
}

void ag_graph_destroy(ag_graph *g)
{
    if (g == NULL)
        return;
    for (size_t i = 0; i < g->n_vertices; i++)
        vertex_destroy(&g->vertices[i]);
    free(g->vertices);
    for (size_t i = 0; g->edges != NULL && i < g->n_edges; i++)
        gedge_destroy(&g->edges[i]);
    free(g->edges);
    free(g->nedges);
    ag_graph_init(g);
}

static int vertex_id_cmp(const void *key, const void *elem)
{
    return strcmp((const char *)key, ((const ag_vertex *)elem)->id);
}

static long find_vertex(const ag_vertex *v, size_t n, const char *id)
{
    const ag_vertex *hit;

    if (id == NULL || n == 0)
        return -1;
    hit = bsearch(id, v, n, sizeof *v, vertex_id_cmp);
    return hit != NULL ? (long)(hit - v) : -1;
}

long ag_graph_vertex_index(const ag_graph *g, const char *id)
{
    return find_vertex(g->vertices, g->n_vertices, id);
}

/* ---- a set of strings, joined sorted and distinct at the end -------------- */

typedef struct strset {
    char **s;
    size_t n, cap;
} strset;

static void strset_clear(strset *set)
{
    for (size_t i = 0; i < set->n; i++)
        free(set->s[i]);
    set->n = 0;
}

static int strset_add(strset *set, const char *v, size_t len)
{
    while (len > 0 && (v[0] == ' ')) {
        v++;
        len--;
    }
    while (len > 0 && v[len - 1] == ' ')
        len--;
    if (len == 0)
        return AG_OK;
    if (set->n == set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 8;
        char **g = realloc(set->s, cap * sizeof *g);
        if (g == NULL)
            return AG_ERR_NOMEM;
        set->s = g;
        set->cap = cap;
    }
    set->s[set->n] = ag_strndup(v, len);
    if (set->s[set->n] == NULL)
        return AG_ERR_NOMEM;
    set->n++;
    return AG_OK;
}

/* adds each "; "-separated part of v */
static int strset_add_parts(strset *set, const char *v)
{
    const char *p;
    int rc;

    if (v == NULL)
        return AG_OK;
    while ((p = strstr(v, "; ")) != NULL) {
        if ((rc = strset_add(set, v, (size_t)(p - v))) != AG_OK)
            return rc;
        v = p + 2;
    }
    return strset_add(set, v, strlen(v));
}

/* ASCII case-insensitive order; of two spellings, the lower-case one first */
static int str_cmp(const void *pa, const void *pb)
{
    const unsigned char *a = *(const unsigned char *const *)pa;
    const unsigned char *b = *(const unsigned char *const *)pb;
    size_t i;

    for (i = 0; a[i] != '\0' || b[i] != '\0'; i++) {
        int ca = a[i] >= 'A' && a[i] <= 'Z' ? a[i] + 32 : a[i];
        int cb = b[i] >= 'A' && b[i] <= 'Z' ? b[i] + 32 : b[i];
        if (ca != cb)
            return ca < cb ? -1 : 1;
    }
    return strcmp((const char *)b, (const char *)a); /* lower case first */
}

/* the distinct members (ignoring ASCII case; the lower-case spelling
 * is kept) sorted and "; "-joined into *out (NULL when empty) */
static int strset_join(strset *set, char **out)
{
    ag_buf b;

    *out = NULL;
    if (set->n == 0)
        return AG_OK;
    qsort(set->s, set->n, sizeof *set->s, str_cmp);
    ag_buf_init(&b);
    for (size_t i = 0; i < set->n; i++) {
        if (i > 0 && ag_strcaseeq(set->s[i], set->s[i - 1]))
            continue;
        if ((b.len > 0 && ag_buf_puts(&b, "; ") != AG_OK) || ag_buf_puts(&b, set->s[i]) != AG_OK) {
            ag_buf_destroy(&b);
            return AG_ERR_NOMEM;
        }
    }
    *out = ag_buf_steal(&b);
    return AG_OK;
}

/* ---- loading ----------------------------------------------------------------- */

/* What the edges need while their mentions are read, beside g->edges: the
 * article of the last mention seen (distinct articles), and the item,
 * category and quantity sets when they are loaded. */
typedef struct texts {
    strset items, categories, quantity;
} texts;

static void texts_free(texts *t)
{
    strset_clear(&t->items);
    strset_clear(&t->categories);
    strset_clear(&t->quantity);
    free(t->items.s);
    free(t->categories.s);
    free(t->quantity.s);
    memset(t, 0, sizeof *t);
}

int ag_gedge_cmp(const void *pa, const void *pb)
{
    const ag_gedge *a = pa, *b = pb;

    if (a->from != b->from)
        return a->from < b->from ? -1 : 1;
    if (a->to != b->to)
        return a->to < b->to ? -1 : 1;
    if (a->type != b->type)
        return a->type < b->type ? -1 : 1;
    return a->id < b->id ? -1 : a->id > b->id;
}

static int vertex_cmp(const void *pa, const void *pb)
{
    return strcmp(((const ag_vertex *)pa)->id, ((const ag_vertex *)pb)->id);
}

/* The entities in table order (a plain scan, no index), then sorted by id
 * in memory (SQLite's BINARY collation is byte order, like strcmp). */
static int load_entities(ag_store *s, ag_vertex **out, size_t *n, ag_err *err)
{
    sqlite3_stmt *st = NULL;
    ag_vertex *v = NULL;
    size_t count = 0, cap = 0;
    int rc, oom = 0;

    rc = ag_store_prepare(s, "SELECT id, name, kind, state FROM entities", &st, err);
    if (rc != AG_OK)
        goto out;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        ag_vertex *e;
        if (ag_grow(&v, &cap, count, sizeof *v, 1024) != AG_OK) {
            oom = 1;
            break;
        }
        e = &v[count++];
        memset(e, 0, sizeof *e);
        e->id = ag_store_column_dup(st, 0, &oom);
        e->name = ag_store_column_dup(st, 1, &oom);
        e->kind = AG_STATE;
        ag_kind_parse((const char *)sqlite3_column_text(st, 2), &e->kind);
        e->state = ag_store_column_dup(st, 3, &oom);
        if (oom || e->id == NULL || e->name == NULL) {
            oom = 1;
            break;
        }
    }
    if (oom) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    if (rc != SQLITE_DONE) {
        rc = ag_store_db_error(s, rc, "reading entities", err);
        goto out;
    }
    if (count > 1)
        qsort(v, count, sizeof *v, vertex_cmp);
    rc = AG_OK;
out:
    sqlite3_finalize(st);
    if (rc != AG_OK) {
        for (size_t i = 0; i < count; i++)
            vertex_destroy(&v[i]);
        free(v);
        v = NULL;
        count = 0;
    }
    *out = v;
    *n = count;
    return rc;
}

static int load_aliases(ag_store *s, ag_graph *g, ag_err *err)
{
    sqlite3_stmt *st = NULL;
    int rc;

    rc = ag_store_prepare(s,
                          "SELECT entity_id, alias FROM aliases"
                          " ORDER BY entity_id, alias COLLATE BINARY",
                          &st, err);
    if (rc != AG_OK)
        goto out;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        long i = find_vertex(g->vertices, g->n_vertices, (const char *)sqlite3_column_text(st, 0));
        const char *alias = (const char *)sqlite3_column_text(st, 1);
        ag_vertex *v;
        char **grown;

        if (i < 0 || alias == NULL)
            continue;
        v = &g->vertices[i];
        grown = realloc(v->aliases, (v->n_aliases + 1) * sizeof *grown);
        if (grown == NULL) {
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            goto out;
        }
        v->aliases = grown;
        if ((v->aliases[v->n_aliases] = ag_strdup(alias)) == NULL) {
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            goto out;
        }
        v->n_aliases++;
    }
    if (rc != SQLITE_DONE) {
        rc = ag_store_db_error(s, rc, "reading aliases", err);
        goto out;
    }
    rc = AG_OK;
out:
    sqlite3_finalize(st);
    return rc;
}

/* ---- entity ids to indices: an open-addressing hash table ------------------- */

/* A slot holds the id's first 8 bytes (zero-padded) beside its hash and
 * index, so that the lookup of one of the 400,000 (1.6 million on the 2M
 * store) edge ends reads one cache line: ids are no longer than 7 bytes in
 * the bench stores and rarely much longer in the news; the rest of a
 * longer id is compared in keys. Ids hold no NUL, so a head with a NUL
 * (an id shorter than 8 bytes) that matches is the whole id. */
typedef struct idslot {
    uint32_t index; /* index + 1 into the entity array, 0 = empty */
    uint32_t hash;  /* the id's hash (its high bits) */
    uint64_t head;  /* the id's first 8 bytes, zero-padded */
} idslot;

typedef struct idmap {
    idslot *slot;
    char *keys;   /* the ids, each NUL-terminated, in entity order */
    uint32_t *at; /* entity index -> offset of its id in keys */
    size_t mask;
} idmap;

/* FNV-1a of the len bytes of s; *head receives the first 8 of them */
static size_t id_hash(const char *s, size_t len, uint64_t *head)
{
    uint64_t h = 1469598103934665603u;
    char b[8] = {0};

    memcpy(b, s, len < 8 ? len : 8);
    memcpy(head, b, 8);
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return (size_t)(h ^ (h >> 29));
}

static void idmap_free(idmap *m)
{
    free(m->slot);
    free(m->keys);
    free(m->at);
}

static int idmap_build(idmap *m, const ag_vertex *v, size_t n)
{
    size_t size = 64, bytes = 0;

    if (n >= UINT32_MAX)
        return AG_ERR_NOMEM;
    while (size < n + n / 4)
        size *= 2;
    for (size_t i = 0; i < n; i++)
        bytes += strlen(v[i].id) + 1;
    if (bytes >= UINT32_MAX)
        return AG_ERR_NOMEM;
    m->slot = calloc(size, sizeof *m->slot);
    m->keys = malloc(bytes + 1);
    m->at = malloc((n + 1) * sizeof *m->at);
    if (m->slot == NULL || m->keys == NULL || m->at == NULL)
        return AG_ERR_NOMEM;
    m->mask = size - 1;
    bytes = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(v[i].id), full, h;
        uint64_t head;
        full = id_hash(v[i].id, len, &head);
        memcpy(m->keys + bytes, v[i].id, len + 1);
        m->at[i] = (uint32_t)bytes;
        bytes += len + 1;
        for (h = full & m->mask; m->slot[h].index != 0; h = (h + 1) & m->mask)
            ;
        m->slot[h].index = (uint32_t)(i + 1);
        m->slot[h].hash = (uint32_t)(full >> 32);
        m->slot[h].head = head;
    }
    return AG_OK;
}

/* the entity index of id (len bytes, NUL-terminated), or -1 */
static long idmap_find(const idmap *m, const char *id, size_t len)
{
    size_t full, h;
    uint64_t head;

    if (id == NULL)
        return -1;
    full = id_hash(id, len, &head);
    for (h = full & m->mask; m->slot[h].index != 0; h = (h + 1) & m->mask) {
        const idslot *x = &m->slot[h];
        if (x->hash == (uint32_t)(full >> 32) && x->head == head &&
            (len < 8 || strcmp(m->keys + m->at[x->index - 1] + 8, id + 8) == 0))
            return (long)x->index - 1;
    }
    return -1;
}

/* idmap_find of a text column (up to a NUL in it, as strcmp compared) */
static long idmap_column(const idmap *m, sqlite3_stmt *st, int col)
{
    const char *id = (const char *)sqlite3_column_text(st, col);

    return idmap_find(m, id, id != NULL ? strlen(id) : 0);
}

/* An edge end waiting for its slot's cache line: the rows of the edges
 * scan resolve their ends PENDING rows later, after a prefetch of the
 * first slot each end probes, so that the misses of 1.6 million lookups
 * (2M store: a 2 MB table) overlap. An id of 8 bytes or more is looked up
 * at once (its tail is compared in keys, and SQLite's text goes with the
 * next row). */
#define PENDING 8

typedef struct pend {
    size_t row;
    size_t hash[2];
    uint64_t head[2]; /* or, when done, the entity index (UINT64_MAX: unknown) */
    unsigned char done[2];
} pend;

/* the entity index of a short id (< 8 bytes) by its hash and head, or -1 */
static long idmap_probe(const idmap *m, size_t full, uint64_t head)
{
    for (size_t h = full & m->mask; m->slot[h].index != 0; h = (h + 1) & m->mask)
        if (m->slot[h].hash == (uint32_t)(full >> 32) && m->slot[h].head == head)
            return (long)m->slot[h].index - 1;
    return -1;
}

/* a date column (YYYY-MM-DD or NULL) into out */
static void column_date(sqlite3_stmt *st, int col, char out[11])
{
    const char *d = (const char *)sqlite3_column_text(st, col);
    size_t len = d != NULL ? strlen(d) : 0;

    if (len > 10)
        len = 10;
    memcpy(out, d != NULL ? d : "", len);
    out[len] = '\0';
}

/* The edges table in id order (its rowid order: no sort) into g->edges,
 * with their ends resolved to entity indices (-1 as (size_t) when unknown),
 * and with stats, the aggregates of their mentions that the store keeps
 * (schema 4): what a load without a date window would count from the
 * mentions. The ids are dense, so max(id) sizes the array once. */
static int load_edge_rows(ag_store *s, const ag_vertex *ents, size_t n_ents, int stats, ag_graph *g,
                          ag_err *err)
{
    sqlite3_stmt *st = NULL;
    idmap map = {NULL, NULL, NULL, 0};
    size_t cap = 0;
    int rc;

    if (idmap_build(&map, ents, n_ents) != AG_OK) {
        idmap_free(&map);
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    }
    rc = ag_store_prepare(s, "SELECT max(id) FROM edges", &st, err); /* a seek, not a scan */
    if (rc != AG_OK)
        goto out;
    if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
        rc = ag_store_db_error(s, rc, "reading edges", err);
        goto out;
    }
    if (sqlite3_column_int64(st, 0) > 0 && sqlite3_column_int64(st, 0) < (1 << 26))
        cap = (size_t)sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    st = NULL;
    g->edges = malloc((cap ? cap : 1) * sizeof *g->edges);
    if (g->edges == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    rc = ag_store_prepare(s,
                          stats ? "SELECT id, type, source_id, target_id, n_mentions, n_articles,"
                                  " n_reported, confidence, first_date, last_date FROM edges"
                                  " ORDER BY id"
                                : "SELECT id, type, source_id, target_id FROM edges ORDER BY id",
                          &st, err);
    if (rc != AG_OK)
        goto out;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        ag_gedge *e;
        long from, to;
        if (ag_grow(&g->edges, &cap, g->n_edges, sizeof *g->edges, 4096) != AG_OK) {
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            goto out;
        }
        e = &g->edges[g->n_edges++];
        memset(e, 0, sizeof *e);
        e->id = sqlite3_column_int64(st, 0);
        e->type = AG_SUPPLIES;
        ag_edge_type_parse((const char *)sqlite3_column_text(st, 1), &e->type);
        from = idmap_column(&map, st, 2);
        to = idmap_column(&map, st, 3);
        e->from = (size_t)from;
        e->to = (size_t)to;
        if (stats) {
            e->mentions = (long)sqlite3_column_int64(st, 4);
            e->articles = (long)sqlite3_column_int64(st, 5);
            e->status = sqlite3_column_int64(st, 6) > 0 ? AG_REPORTED : AG_PLANNED;
            e->confidence = sqlite3_column_double(st, 7);
            column_date(st, 8, e->first);
            column_date(st, 9, e->last);
        }
    }
    if (rc != SQLITE_DONE) {
        rc = ag_store_db_error(s, rc, "reading edges", err);
        goto out;
    }
    rc = AG_OK;
out:
    idmap_free(&map);
    sqlite3_finalize(st);
    return rc;
}

/* Edge ids to accumulators: a direct index when the ids are dense (they
 * are until a retract, reextract or curated merge deletes edges), else a
 * binary search. */
typedef struct accindex {
    const ag_gedge *v;
    size_t n;
    long long base;
    size_t *at; /* at[id - base] = accumulator index + 1, or NULL */
    size_t len;
    int contiguous; /* the ids (increasing) are base, base + 1, ... */
} accindex;

static int accindex_build(accindex *x, const ag_gedge *v, size_t n)
{
    x->v = v;
    x->n = n;
    x->at = NULL;
    x->len = 0;
    x->base = n > 0 ? v[0].id : 0;
    x->contiguous = n > 0 && v[n - 1].id - x->base == (long long)n - 1;
    if (x->contiguous)
        return AG_OK;
    if (n == 0 || v[n - 1].id - x->base >= (long long)(4 * n + 1024))
        return AG_OK; /* sparse: binary search */
    x->len = (size_t)(v[n - 1].id - x->base) + 1;
    x->at = calloc(x->len, sizeof *x->at);
    if (x->at == NULL)
        return AG_ERR_NOMEM;
    for (size_t i = 0; i < n; i++)
        x->at[v[i].id - x->base] = i + 1;
    return AG_OK;
}

/* the index of edge `id` in g->edges, or -1 */
static long acc_find(const accindex *x, long long id)
{
    size_t lo = 0, hi = x->n;

    if (x->contiguous) /* ids base..base+n-1 without gaps: the usual case */
        return id >= x->base && id - x->base < (long long)x->n ? (long)(id - x->base) : -1;
    if (x->at != NULL) {
        if (id < x->base || id - x->base >= (long long)x->len || x->at[id - x->base] == 0)
            return -1;
        return (long)(x->at[id - x->base] - 1);
    }
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->v[mid].id == id)
            return (long)mid;
        if (x->v[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

/* The published date of each article by key: a direct index when the keys
 * are dense, else sorted keys and a binary search. */
typedef struct pubdates {
    long long *key;   /* sorted (rowid order) */
    char (*date)[11]; /* "" when none */
    size_t n;
    long long base;
    size_t *at; /* at[key - base] = index + 1, or NULL */
    size_t len;
} pubdates;

static void pubdates_free(pubdates *p)
{
    free(p->key);
    free(p->date);
    free(p->at);
    memset(p, 0, sizeof *p);
}

static int load_pubdates(ag_store *s, pubdates *p, ag_err *err)
{
    sqlite3_stmt *st = NULL;
    size_t cap = 0, cap2 = 0;
    int rc;

    memset(p, 0, sizeof *p);
    rc = ag_store_prepare(s, "SELECT key, published FROM articles ORDER BY key", &st, err);
    if (rc != AG_OK)
        return rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *d = (const char *)sqlite3_column_text(st, 1);
        if (ag_grow(&p->key, &cap, p->n, sizeof *p->key, 1024) != AG_OK ||
            ag_grow(&p->date, &cap2, p->n, sizeof *p->date, 1024) != AG_OK) {
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            goto out;
        }
        p->key[p->n] = sqlite3_column_int64(st, 0);
        snprintf(p->date[p->n], sizeof p->date[0], "%.10s", d != NULL ? d : "");
        p->n++;
    }
    if (rc != SQLITE_DONE) {
        rc = ag_store_db_error(s, rc, "reading articles", err);
        goto out;
    }
    rc = AG_OK;
    if (p->n > 0 && p->key[p->n - 1] - p->key[0] < (long long)(4 * p->n + 1024)) {
        p->base = p->key[0];
        p->len = (size_t)(p->key[p->n - 1] - p->base) + 1;
        p->at = calloc(p->len, sizeof *p->at);
        if (p->at == NULL) {
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            goto out;
        }
        for (size_t i = 0; i < p->n; i++)
            p->at[p->key[i] - p->base] = i + 1;
    }
out:
    sqlite3_finalize(st);
    if (rc != AG_OK)
        pubdates_free(p);
    return rc;
}

/* the published date of article `key`; NULL when unknown or none */
static const char *pubdate(const pubdates *p, long long key)
{
    size_t i, lo = 0, hi = p->n;

    if (p->at != NULL) {
        if (key < p->base || key - p->base >= (long long)p->len || p->at[key - p->base] == 0)
            return NULL;
        i = p->at[key - p->base] - 1;
        return p->date[i][0] != '\0' ? p->date[i] : NULL;
    }
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (p->key[mid] == key)
            return p->date[mid][0] != '\0' ? p->date[mid] : NULL;
        if (p->key[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* What the mentions of one edge add up to while they are read: a small
 * record (the mentions come in no edge order; small records keep the
 * random accesses in cache). Dates are YYYYMMDD numbers, 0 for none. */
typedef struct tally {
    long long last_article; /* the article of the last mention seen, -1 */
    double confidence;      /* highest */
    int32_t mentions, articles, first, last;
    int reported; /* any mention reported */
} tally;

/* "YYYY-MM-DD" (digits: the store's CHECK) as YYYYMMDD */
static int32_t date_int(const char *d)
{
    int32_t v = 0;

    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7)
            v = v * 10 + (d[i] - '0');
    return v;
}

/* YYYYMMDD as "YYYY-MM-DD" (digits by hand: snprintf for every edge of a
 * big store cost a sixth of a whole `central`) */
static void date_str(int32_t v, char out[11])
{
    if (v <= 0) {
        out[0] = '\0';
        return;
    }
    for (int i = 9; i >= 0; i--) {
        if (i == 4 || i == 7) {
            out[i] = '-';
            continue;
        }
        out[i] = (char)('0' + v % 10);
        v /= 10;
    }
    out[10] = '\0';
}

/* the items, category and quantity of a mention (columns col..col + 2 of
 * st) into tx; AG_ERR_NOMEM or AG_OK */
static int texts_add(texts *tx, sqlite3_stmt *st, int col)
{
    if (strset_add_parts(&tx->items, (const char *)sqlite3_column_text(st, col)) != AG_OK ||
        strset_add_parts(&tx->categories, (const char *)sqlite3_column_text(st, col + 1)) !=
            AG_OK ||
        strset_add_parts(&tx->quantity, (const char *)sqlite3_column_text(st, col + 2)) != AG_OK)
        return AG_ERR_NOMEM;
    return AG_OK;
}

/* Adds a mention (article, date d or NULL, confidence, status; its items,
 * category and quantity are columns 5..7 of st, read when tx is not NULL)
 * to the figures of its edge. AG_ERR_NOMEM or AG_OK. */
static int tally_add(tally *t, texts *tx, sqlite3_stmt *st, long long article, const char *d,
                     double conf, const char *status)
{
    char full[11];

    t->mentions++;
    if (article != t->last_article) {
        t->articles++;
        t->last_article = article;
    }
    if (d != NULL && strlen(d) == 7) {
        memcpy(full, d, 7); /* a month: its first day */
        memcpy(full + 7, "-01", 4);
        d = full;
    }
    if (d != NULL && strlen(d) == 10) {
        int32_t day = date_int(d);
        if (t->first == 0 || day < t->first)
            t->first = day;
        if (day > t->last)
            t->last = day;
    }
    if (tx != NULL && texts_add(tx, st, 5) != AG_OK)
        return AG_ERR_NOMEM;
    if (conf > t->confidence)
        t->confidence = conf;
    if (status == NULL || strcmp(status, "planned") != 0)
        t->reported = 1;
    return AG_OK;
}

/* the figures of t into e */
static void tally_set(ag_gedge *e, const tally *t)
{
    e->mentions = t->mentions;
    e->articles = t->articles;
    date_str(t->first, e->first);
    date_str(t->last, e->last);
    e->confidence = t->confidence;
    e->status = t->reported ? AG_REPORTED : AG_PLANNED;
}

/* the texts of tx joined into e; AG_ERR_NOMEM or AG_OK */
static int texts_set(ag_gedge *e, texts *tx)
{
    if (strset_join(&tx->items, &e->items) != AG_OK ||
        strset_join(&tx->categories, &e->categories) != AG_OK ||
        strset_join(&tx->quantity, &e->quantity) != AG_OK)
        return AG_ERR_NOMEM;
    return AG_OK;
}

/* whether an edge with these figures and ends (entity indices, -1 as
 * (size_t) when unknown) passes the filter */
static int keep_edge(long mentions, long articles, ag_edge_type type, size_t from, size_t to,
                     const ag_filter *f, const ag_vertex *ents)
{
    if (mentions == 0)
        return 0;
    if (f->min_sources > 1 && articles < f->min_sources)
        return 0;
    if (f->types != 0 && !(f->types & (1u << type)))
        return 0;
    if (from == (size_t)-1 || to == (size_t)-1)
        return 0;
    if (f->kinds != 0 &&
        (!(f->kinds & (1u << ents[from].kind)) || !(f->kinds & (1u << ents[to].kind))))
        return 0;
    return 1;
}

/* whether edge e (ends still entity indices) passes the filter */
static int keep(const ag_gedge *e, const ag_filter *f, const ag_vertex *ents)
{
    return keep_edge(e->mentions, e->articles, e->type, e->from, e->to, f, ents);
}

/* Moves the entities that remap marks (0) into g->vertices, in id order,
 * and sets remap[i] to each one's vertex index. */
static int take_vertices(ag_graph *g, ag_vertex *ents, size_t n_ents, long *remap)
{
    g->vertices = calloc(n_ents + 1, sizeof *g->vertices);
    if (g->vertices == NULL)
        return AG_ERR_NOMEM;
    for (size_t i = 0; i < n_ents; i++) {
        if (remap[i] < 0)
            continue;
        remap[i] = (long)g->n_vertices;
        g->vertices[g->n_vertices++] = ents[i];
        memset(&ents[i], 0, sizeof ents[i]);
    }
    return AG_OK;
}

/* One edge of the load from the aggregates, small while the edges are
 * sorted (the ag_gedge of 112 bytes is written once, in its place). */
typedef struct erow {
    long long id;
    uint32_t from, to; /* entity indices */
    long mentions, articles;
    double confidence;
    char first[11], last[11];
    unsigned char type, reported;
} erow;

/* a row's place within the edges of its source: (to, type), then row */
typedef struct rowkey {
    uint64_t key; /* to << 3 | type */
    uint32_t row;
} rowkey;

static int rowkey_cmp(const void *pa, const void *pb)
{
    const rowkey *a = pa, *b = pb;

    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return a->row < b->row ? -1 : a->row > b->row;
}

/* idx: the n rows ordered by (from, to, type), ties in row order. A
 * counting sort by from that reads the rows in order, then each source's
 * run (ten edges on average) sorted by its packed keys: one pass over the
 * rows out of order, where three stable counting sorts made six. */
static int order_rows(uint32_t *idx, size_t n, const erow *rows, size_t n_ents)
{
    size_t *at = calloc(n_ents + 1, sizeof *at), longest = 1;
    rowkey *run = NULL;

    if (at == NULL)
        return AG_ERR_NOMEM;
    for (size_t i = 0; i < n; i++)
        at[rows[i].from + 1]++;
    for (size_t k = 0; k < n_ents; k++) {
        if (at[k + 1] > longest)
            longest = at[k + 1];
        at[k + 1] += at[k];
    }
    if ((run = malloc(longest * sizeof *run)) == NULL) {
        free(at);
        return AG_ERR_NOMEM;
    }
    for (size_t i = 0; i < n; i++)
        idx[at[rows[i].from]++] = (uint32_t)i;
    /* at[k] is now the end of source k's run */
    for (size_t k = 0, start = 0; k < n_ents; start = at[k++]) {
        size_t m = at[k] - start;
        if (m < 2)
            continue;
        for (size_t j = 0; j < m; j++) {
            const erow *r = &rows[idx[start + j]];
            run[j].key = (uint64_t)r->to << 3 | r->type;
            run[j].row = idx[start + j];
        }
        if (m <= 16) { /* insertion sort */
            for (size_t j = 1; j < m; j++) {
                rowkey x = run[j];
                size_t i = j;
                for (; i > 0 && rowkey_cmp(&run[i - 1], &x) > 0; i--)
                    run[i] = run[i - 1];
                run[i] = x;
            }
        } else {
            qsort(run, m, sizeof *run, rowkey_cmp);
        }
        for (size_t j = 0; j < m; j++)
            idx[start + j] = run[j].row;
    }
    free(at);
    free(run);
    return AG_OK;
}

/* Sets the ends of the row of p. */
static void resolve_pending(const idmap *m, erow *rows, const pend *p)
{
    uint32_t *end[2] = {&rows[p->row].from, &rows[p->row].to};

    for (int k = 0; k < 2; k++) {
        long v = !p->done[k]                ? idmap_probe(m, p->hash[k], p->head[k])
                 : p->head[k] == UINT64_MAX ? -1
                                            : (long)p->head[k];
        *end[k] = v < 0 ? UINT32_MAX : (uint32_t)v;
    }
}

/* The load without a date window nor texts: each edge's figures are the
 * store's aggregates (schema 4). The edges that pass the filter are read
 * into small records, ordered by (from, to, type) (order_rows; a sort of
 * the 112-byte ag_gedges moved each one about), then written once into
 * g->edges; the vertices they touch are
 * kept in id order (from ents, which give up what is kept). */
static int load_from_stats(ag_store *s, ag_vertex *ents, size_t n_ents, const ag_filter *f,
                           int counts_only, ag_graph *g, ag_err *err)
{
    sqlite3_stmt *st = NULL;
    idmap map = {NULL, NULL, NULL, 0};
    erow *rows = NULL;
    uint32_t *idx = NULL;
    long *remap = NULL;
    size_t n = 0, cap = 0, n_pend = 0, kept = 0;
    pend ring[PENDING];
    int rc;

    if (n_ents >= UINT32_MAX || idmap_build(&map, ents, n_ents) != AG_OK) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    /* the rows sized once by the highest id (a seek), their pages entered */
    rc = ag_store_prepare(s, "SELECT max(id) FROM edges", &st, err);
    if (rc != AG_OK)
        goto out;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int64(st, 0) > 0 &&
        sqlite3_column_int64(st, 0) < (1 << 26)) {
        cap = (size_t)sqlite3_column_int64(st, 0);
        if ((rows = malloc(cap * sizeof *rows)) == NULL) {
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            goto out;
        }
        ag_mem_populate(rows, cap * sizeof *rows);
    }
    sqlite3_finalize(st);
    st = NULL;
    /* without the figures that are not printed: a fifth of `central` */
    rc = ag_store_prepare(s,
                          counts_only ? "SELECT id, type, source_id, target_id, n_mentions,"
                                        " n_articles, 1, 0.0, NULL, NULL FROM edges"
                                      : "SELECT id, type, source_id, target_id, n_mentions,"
                                        " n_articles, n_reported, confidence, first_date,"
                                        " last_date FROM edges",
                          &st, err);
    if (rc != AG_OK)
        goto out;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        ag_edge_type type = AG_SUPPLIES;
        long mentions = (long)sqlite3_column_int64(st, 4);
        erow *r;
        pend *p = &ring[n_pend % PENDING];
        int waits = 0;

        if (mentions == 0)
            continue;
        ag_edge_type_parse((const char *)sqlite3_column_text(st, 1), &type);
        if (ag_grow(&rows, &cap, n, sizeof *rows, 65536) != AG_OK) {
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            goto out;
        }
        if (n_pend >= PENDING) /* the oldest pending row, its slots fetched by now */
            resolve_pending(&map, rows, &ring[n_pend % PENDING]);
        r = &rows[n++];
        r->id = sqlite3_column_int64(st, 0);
        r->type = (unsigned char)type;
        r->mentions = mentions;
        r->articles = (long)sqlite3_column_int64(st, 5);
        r->reported = sqlite3_column_int64(st, 6) > 0;
        r->confidence = sqlite3_column_double(st, 7);
        column_date(st, 8, r->first);
        column_date(st, 9, r->last);
        for (int k = 0; k < 2; k++) {
            const char *id = (const char *)sqlite3_column_text(st, 2 + k);
            size_t len = id != NULL ? strlen(id) : 0;
            long v = -1;
            p->done[k] = !(id != NULL && len < 8);
            if (!p->done[k]) {
                p->hash[k] = id_hash(id, len, &p->head[k]);
                __builtin_prefetch(&map.slot[p->hash[k] & map.mask]);
                waits = 1;
                continue;
            }
            if (id != NULL)
                v = idmap_find(&map, id, len);
            p->head[k] = v < 0 ? UINT64_MAX : (uint64_t)v;
        }
        p->row = n - 1;
        if (waits)
            n_pend++;
        else /* nothing to wait for; the slot is free again */
            resolve_pending(&map, rows, p);
    }
    if (rc != SQLITE_DONE) {
        rc = ag_store_db_error(s, rc, "reading edges", err);
        goto out;
    }
    for (size_t k = n_pend > PENDING ? n_pend - PENDING : 0; k < n_pend; k++)
        resolve_pending(&map, rows, &ring[k % PENDING]);
    /* keep the edges passing the filter */
    for (size_t i = 0; i < n; i++) {
        const erow *r = &rows[i];
        if (keep_edge(r->mentions, r->articles, (ag_edge_type)r->type,
                      r->from == UINT32_MAX ? (size_t)-1 : r->from,
                      r->to == UINT32_MAX ? (size_t)-1 : r->to, f, ents))
            rows[kept++] = *r;
    }
    n = kept;
    sqlite3_finalize(st);
    st = NULL;
    idmap_free(&map);
    memset(&map, 0, sizeof map);
    idx = malloc((n + 1) * sizeof *idx);
    remap = malloc((n_ents + 1) * sizeof *remap);
    if (idx == NULL || remap == NULL || order_rows(idx, n, rows, n_ents) != AG_OK) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < n_ents; i++)
        remap[i] = -1;
    for (size_t i = 0; i < n; i++)
        remap[rows[i].from] = remap[rows[i].to] = 0;
    if (take_vertices(g, ents, n_ents, remap) != AG_OK ||
        (g->edges = malloc((n ? n : 1) * sizeof *g->edges)) == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    ag_mem_populate(g->edges, n * sizeof *g->edges);
    for (size_t i = 0; i < n; i++) {
        const erow *r = &rows[idx[i]];
        ag_gedge *e = &g->edges[i];

        if (i + 8 < n) /* the rows are read in sorted order: out of order in memory */
            __builtin_prefetch(&rows[idx[i + 8]]);
        memset(e, 0, sizeof *e);
        e->id = r->id;
        e->from = (size_t)remap[r->from];
        e->to = (size_t)remap[r->to];
        e->type = (ag_edge_type)r->type;
        e->mentions = r->mentions;
        e->articles = r->articles;
        memcpy(e->first, r->first, sizeof e->first);
        memcpy(e->last, r->last, sizeof e->last);
        e->confidence = r->confidence;
        e->status = r->reported ? AG_REPORTED : AG_PLANNED;
    }
    g->n_edges = n;
    rc = AG_OK;
out:
    sqlite3_finalize(st);
    idmap_free(&map);
    free(rows);
    free(idx);
    free(remap);
    return rc;
}

/* Sorts the edges by from in place (a bucket permutation: no second
 * array of edges, which would double the peak), then each run of equal
 * from by (to, type): linear in practice, where one qsort is not. */
static int sort_edges(ag_graph *g)
{
    size_t nv = g->n_vertices, *start = calloc(nv + 1, sizeof *start);
    size_t *next = malloc((nv ? nv : 1) * sizeof *next);

    if (start == NULL || next == NULL) {
        free(start);
        free(next);
        return AG_ERR_NOMEM;
    }
    for (size_t i = 0; i < g->n_edges; i++)
        start[g->edges[i].from + 1]++;
    for (size_t v = 0; v < nv; v++)
        start[v + 1] += start[v];
    memcpy(next, start, nv * sizeof *next);
    /* next[v]: the first place of bucket v not yet holding its own edge */
    for (size_t v = 0; v < nv; v++) {
        while (next[v] < start[v + 1]) {
            ag_gedge e = g->edges[next[v]];
            while (e.from != v) { /* swap e into its bucket, take the one there */
                ag_gedge t = g->edges[next[e.from]];
                g->edges[next[e.from]++] = e;
                e = t;
            }
            g->edges[next[v]++] = e;
        }
    }
    for (size_t v = 0; v < nv; v++)
        if (start[v + 1] - start[v] > 1)
            qsort(g->edges + start[v], start[v + 1] - start[v], sizeof *g->edges, ag_gedge_cmp);
    free(start);
    free(next);
    return AG_OK;
}

/* ag_snapshot_decode, narrow when asked and the counts fit, else wide */
static int decode(const void *data, size_t n, const ag_filter *f, int narrow, ag_graph *g)
{
    int rc = ag_snapshot_decode(data, n, f, narrow, g);

    return narrow && rc == AG_ERR_LIMIT ? ag_snapshot_decode(data, n, f, 0, g) : rc;
}

/* The load of the edges' counts through the store's graph snapshot
 * (graph/snapshot.c, graph/store.c): one row read and decoded through the
 * filter, where the load scans the edges and the entities. When there is
 * none (or it is not one: a row of another layout), the graph without a
 * filter is loaded, written as the snapshot in the same read transaction
 * (best effort: a read-only store, another writer), and decoded the same
 * way. ARMSGRAPH_GRAPH_SNAPSHOT=0 turns it off (the plain load). With
 * narrow, the edges come as g->nedges (AG_LOAD_NARROW) unless a count
 * does not fit them. */
static int load_counts_snapshot(ag_store *s, const ag_filter *f, int narrow, ag_graph *g,
                                ag_err *err)
{
    sqlite3_stmt *st = NULL;
    const void *data = NULL;
    size_t n = 0, n_ents = 0;
    ag_vertex *ents = NULL;
    ag_graph full;
    ag_filter none;
    ag_buf blob;
    int began = 0, rc;

    ag_graph_init(&full);
    ag_buf_init(&blob);
    rc = ag_store_read_begin(s, &began, err);
    if (rc != AG_OK)
        goto out;
    /* a row that cannot be read (a table of that name but not ours) is
     * none: the load below reports the store's own errors */
    if (ag_store_snapshot_get(s, &st, &data, &n, err) != AG_OK) {
        data = NULL;
        ag_err_clear(err);
    }
    if (data != NULL && (rc = decode(data, n, f, narrow, g)) != AG_ERR_DB) {
        if (rc != AG_OK)
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    sqlite3_finalize(st);
    st = NULL;
    ag_filter_init(&none);
    rc = load_entities(s, &ents, &n_ents, err);
    if (rc == AG_OK)
        rc = load_from_stats(s, ents, n_ents, &none, 1, &full, err);
    for (size_t i = 0; i < n_ents; i++)
        vertex_destroy(&ents[i]);
    free(ents);
    if (rc != AG_OK)
        goto out;
    if (ag_snapshot_encode(&full, &blob) != AG_OK) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    ag_graph_destroy(&full);
    (void)ag_store_snapshot_put(s, blob.data, blob.len, &began);
    if ((rc = decode(blob.data, blob.len, f, narrow, g)) != AG_OK)
        rc = ag_err_set(err, rc == AG_ERR_NOMEM ? AG_ERR_NOMEM : AG_ERR_GRAPH,
                        rc == AG_ERR_NOMEM ? "out of memory" : "graph snapshot: bad bytes");
out:
    sqlite3_finalize(st);
    ag_store_read_end(s, &began);
    ag_graph_destroy(&full);
    ag_buf_destroy(&blob);
    return rc;
}

/* whether loads of the counts go through the graph snapshot */
static int snapshot_on(void)
{
    const char *v = getenv("ARMSGRAPH_GRAPH_SNAPSHOT");

    return v == NULL || strcmp(v, "0") != 0;
}

int ag_graph_load(ag_store *s, const ag_filter *filter, ag_graph *g, ag_err *err)
{
    return ag_graph_load_parts(s, filter, AG_LOAD_ALL, g, err);
}

int ag_graph_load_parts(ag_store *s, const ag_filter *filter, unsigned parts, ag_graph *g,
                        ag_err *err)
{
    /* Without a date window the edges table holds each edge's figures
     * (schema 4: kept by the store's triggers), and only the texts, when
     * asked for, are read from the mentions. With a window the mentions
     * are read in rowid order, not sorted: an article's mentions are
     * written together (one transaction, also in merge and migration), so
     * counting changes of article per edge counts distinct articles. The
     * article's date comes from pubdates (a lookup in memory, not a
     * join). */
    static const char sql_texts[] = "SELECT edge_id, article_key, date, confidence, status,"
                                    " items, category, qty_text FROM mentions";
    static const char sql_plain[] =
        "SELECT edge_id, article_key, date, confidence, status FROM mentions";
    static const char sql_only_texts[] =
        "SELECT edge_id, items, category, qty_text FROM mentions"
        " WHERE items IS NOT NULL OR category IS NOT NULL OR qty_text IS NOT NULL";
    int with_texts = (parts & AG_LOAD_TEXTS) != 0, edges_only, stats, tallies, scan;
    ag_filter none;
    const ag_filter *f = filter;
    sqlite3_stmt *st = NULL;
    ag_vertex *ents = NULL;
    size_t n_ents = 0, n_rows = 0, j;
    long *remap = NULL;
    tally *ty = NULL;
    texts *tx = NULL;
    accindex ax = {NULL, 0, 0, NULL, 0, 0};
    pubdates pub;
    int rc;

    ag_graph_init(g);
    memset(&pub, 0, sizeof pub);
    if (f == NULL) {
        ag_filter_init(&none);
        f = &none;
    }
    stats = f->since[0] == '\0' && f->until[0] == '\0';
    edges_only = (parts & AG_LOAD_EDGES_ONLY) && stats && f->min_sources <= 1;
    if (edges_only)
        with_texts = 0;
    stats = stats && !edges_only;
    tallies = !edges_only && !stats; /* the figures counted from the mentions */
    scan = tallies || (stats && with_texts);
    if (stats && (parts & ~(unsigned)AG_LOAD_NARROW) == AG_LOAD_COUNTS_ONLY && snapshot_on()) {
        rc = load_counts_snapshot(s, f, (parts & AG_LOAD_NARROW) != 0, g, err);
        goto out;
    }
    rc = load_entities(s, &ents, &n_ents, err);
    if (rc != AG_OK)
        goto out;
    if (stats && !with_texts) {
        rc = load_from_stats(s, ents, n_ents, f, (parts & AG_LOAD_COUNTS_ONLY) != 0, g, err);
        if (rc == AG_OK && (parts & AG_LOAD_ALIASES))
            rc = load_aliases(s, g, err);
        goto out;
    }
    rc = load_edge_rows(s, ents, n_ents, stats, g, err);
    if (rc != AG_OK)
        goto out;
    n_rows = g->n_edges;
    remap = malloc((n_ents + 1) * sizeof *remap);
    ty = calloc(tallies ? n_rows + 1 : 1, sizeof *ty);
    if (with_texts)
        tx = calloc(n_rows + 1, sizeof *tx);
    if (remap == NULL || ty == NULL || (with_texts && tx == NULL) ||
        (scan && accindex_build(&ax, g->edges, n_rows) != AG_OK)) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < n_rows && tallies; i++)
        ty[i].last_article = -1;
    rc = tallies ? load_pubdates(s, &pub, err) : AG_OK;
    if (rc == AG_OK && scan)
        rc = ag_store_prepare(s,
                              stats        ? sql_only_texts
                              : with_texts ? sql_texts
                                           : sql_plain,
                              &st, err);
    if (rc != AG_OK)
        goto out;
    while (scan && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        long k = acc_find(&ax, sqlite3_column_int64(st, 0));
        long long article;
        const char *d, *status;
        double conf;

        if (k < 0)
            continue;
        if (stats) { /* the texts only */
            if (texts_add(&tx[k], st, 1) != AG_OK) {
                rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
                goto out;
            }
            continue;
        }
        article = sqlite3_column_int64(st, 1);
        d = (const char *)sqlite3_column_text(st, 2);
        conf = sqlite3_column_double(st, 3);
        status = (const char *)sqlite3_column_text(st, 4);
        if (d == NULL)
            d = pubdate(&pub, article);
        /* the window, as SQL compared coalesce(m.date, a.published) */
        /* a month-precision date ("2024-03") stands for its whole month:
         * it passes --since when its month reaches the window's first day,
         * --until when its first day does ("2024-03" sorts before "2024-03-01") */
        if (f->since[0] != '\0' &&
            (d == NULL || (strlen(d) == 7 ? strncmp(d, f->since, 7) : strcmp(d, f->since)) < 0))
            continue;
        if (f->until[0] != '\0' && (d == NULL || strcmp(d, f->until) > 0))
            continue;
        if (tally_add(&ty[k], with_texts ? &tx[k] : NULL, st, article, d, conf, status) != AG_OK) {
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            goto out;
        }
    }
    if (scan && rc != SQLITE_DONE) {
        rc = ag_store_db_error(s, rc, "reading edges", err);
        goto out;
    }
    sqlite3_finalize(st);
    st = NULL;
    for (size_t i = 0; i < n_rows; i++) {
        if (edges_only)
            g->edges[i].mentions = 1; /* not read: kept as if it had a mention */
        else if (tallies)
            tally_set(&g->edges[i], &ty[i]);
    }
    free(ty);
    ty = NULL;
    free(ax.at);
    ax.at = NULL;
    pubdates_free(&pub);

    /* keep the edges passing the filter (in place), mark their ends */
    for (size_t i = 0; i < n_ents; i++)
        remap[i] = -1;
    for (size_t i = j = 0; i < n_rows; i++) {
        ag_gedge *e = &g->edges[i];
        if (!keep(e, f, ents)) {
            if (with_texts)
                texts_free(&tx[i]);
            continue;
        }
        if (with_texts && texts_set(e, &tx[i]) != AG_OK) {
            g->n_edges = j; /* what is behind j is freed as tx, not as edges */
            free(e->items);
            free(e->categories);
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            goto out;
        }
        if (with_texts)
            texts_free(&tx[i]); /* early: keeps the peak low */
        remap[e->from] = 0;
        remap[e->to] = 0;
        if (edges_only)
            e->mentions = 0; /* not counted: ag_graph_tally */
        g->edges[j++] = *e;
    }
    g->n_edges = j;

    /* keep the vertices the edges touch, in id order */
    if (take_vertices(g, ents, n_ents, remap) != AG_OK) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < g->n_edges; i++) {
        g->edges[i].from = (size_t)remap[g->edges[i].from];
        g->edges[i].to = (size_t)remap[g->edges[i].to];
    }
    if (g->n_edges > 1 && !edges_only && sort_edges(g) != AG_OK) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    rc = (parts & AG_LOAD_ALIASES) ? load_aliases(s, g, err) : AG_OK;
out:
    sqlite3_finalize(st);
    if (tx != NULL)
        for (size_t i = 0; i < n_rows; i++)
            texts_free(&tx[i]);
    free(tx);
    free(ty);
    free(ax.at);
    pubdates_free(&pub);
    for (size_t i = 0; i < n_ents; i++)
        vertex_destroy(&ents[i]);
    free(ents);
    free(remap);
    if (rc != AG_OK)
        ag_graph_destroy(g);
    return rc;
}

int ag_graph_tally(ag_store *s, ag_graph *g, const size_t *idx, size_t n, unsigned parts,
                   ag_err *err)
{
    /* the mentions of one edge by article (the order of the index
     * mentions_edge: no sort), so that changes of article count distinct
     * articles, as the aggregates of the store do */
    static const char sql[] = "SELECT m.edge_id, m.article_key, coalesce(m.date, a.published),"
                              " m.confidence, m.status, m.items, m.category, m.qty_text"
                              " FROM mentions m JOIN articles a ON a.key = m.article_key"
                              " WHERE m.edge_id = ?1 ORDER BY m.article_key, m.id";
    const int with_texts = (parts & AG_LOAD_TEXTS) != 0;
    sqlite3_stmt *st = NULL;
    int rc = ag_store_prepare(s, sql, &st, err);

    for (size_t i = 0; rc == AG_OK && i < n; i++) {
        ag_gedge *e = &g->edges[idx[i]];
        tally t;
        texts tx;

        if (e->mentions > 0)
            continue; /* filled */
        memset(&t, 0, sizeof t);
        memset(&tx, 0, sizeof tx);
        t.last_article = -1;
        sqlite3_bind_int64(st, 1, e->id);
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const char *d = (const char *)sqlite3_column_text(st, 2);
            if (d != NULL && d[0] == '\0')
                d = NULL;
            if (tally_add(&t, with_texts ? &tx : NULL, st, sqlite3_column_int64(st, 1), d,
                          sqlite3_column_double(st, 3),
                          (const char *)sqlite3_column_text(st, 4)) != AG_OK)
                break;
        }
        sqlite3_reset(st);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            texts_free(&tx);
            rc = ag_store_db_error(s, rc, "reading mentions", err);
            break;
        }
        tally_set(e, &t);
        rc = rc == SQLITE_DONE && (!with_texts || texts_set(e, &tx) == AG_OK)
                 ? AG_OK
                 : ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        texts_free(&tx);
    }
    sqlite3_finalize(st);
    return rc;
}
