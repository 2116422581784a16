/*
 * load.c -- the in-memory graph: reads the edges of the store that pass a
 * filter (edge types, kinds of both endpoints, a date window on the mention
 * date or else the article date, a minimum of distinct articles), aggregates
 * their mentions and keeps the vertices they touch, all sorted by id.
 */
#include "graph_int.h"

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
    for (size_t i = 0; i < g->n_edges; i++)
        gedge_destroy(&g->edges[i]);
    free(g->edges);
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

typedef struct acc {
    long long id;
    long from, to; /* indices into the entity array */
    ag_edge_type type;
    long mentions, articles;
    long long last_article;
    char first[11], last[11];
    strset items, categories, quantity;
    double confidence;
    int any_reported;
} acc;

static void acc_free(acc *a)
{
    strset_clear(&a->items);
    strset_clear(&a->categories);
    strset_clear(&a->quantity);
    free(a->items.s);
    free(a->categories.s);
    free(a->quantity.s);
    memset(&a->items, 0, sizeof a->items);
    memset(&a->categories, 0, sizeof a->categories);
    memset(&a->quantity, 0, sizeof a->quantity);
}

static int edge_cmp(const void *pa, const void *pb)
{
    const ag_gedge *a = pa, *b = pb;

    if (a->from != b->from)
        return a->from < b->from ? -1 : 1;
    if (a->to != b->to)
        return a->to < b->to ? -1 : 1;
    if (a->type != b->type)
        return a->type < b->type ? -1 : 1;
    return 0;
}

static int load_entities(ag_store *s, ag_vertex **out, size_t *n, ag_err *err)
{
    sqlite3_stmt *st = NULL;
    ag_vertex *v = NULL;
    size_t count = 0, cap = 0;
    int rc, oom = 0;

    rc = ag_store_prepare(s, "SELECT id, name, kind, state FROM entities ORDER BY id", &st, err);
    if (rc != AG_OK)
        goto out;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        ag_vertex *e;
        if (count == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            ag_vertex *g = realloc(v, ncap * sizeof *g);
            if (g == NULL) {
                oom = 1;
                break;
            }
            v = g;
            cap = ncap;
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
        long i = find_vertex(g->vertices, g->n_vertices,
                             (const char *)sqlite3_column_text(st, 0));
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

/* appends the accumulated edge to g->edges when it passes the filter */
static int flush(acc *a, const ag_filter *f, const ag_vertex *ents, ag_graph *g, int *used)
{
    ag_gedge *e, *grown;
    int rc;

    if (a->id < 0 || a->mentions == 0)
        return AG_OK;
    if (f->min_sources > 1 && a->articles < f->min_sources)
        return AG_OK;
    if (f->types != 0 && !(f->types & (1u << a->type)))
        return AG_OK;
    if (a->from < 0 || a->to < 0)
        return AG_OK;
    if (f->kinds != 0 &&
        (!(f->kinds & (1u << ents[a->from].kind)) || !(f->kinds & (1u << ents[a->to].kind))))
        return AG_OK;
    grown = realloc(g->edges, (g->n_edges + 1) * sizeof *grown);
    if (grown == NULL)
        return AG_ERR_NOMEM;
    g->edges = grown;
    e = &g->edges[g->n_edges];
    memset(e, 0, sizeof *e);
    e->id = a->id;
    e->from = (size_t)a->from;
    e->to = (size_t)a->to;
    e->type = a->type;
    e->mentions = a->mentions;
    e->articles = a->articles;
    memcpy(e->first, a->first, sizeof e->first);
    memcpy(e->last, a->last, sizeof e->last);
    e->confidence = a->confidence;
    e->status = a->any_reported ? AG_REPORTED : AG_PLANNED;
    g->n_edges++;
    if ((rc = strset_join(&a->items, &e->items)) != AG_OK ||
        (rc = strset_join(&a->categories, &e->categories)) != AG_OK ||
        (rc = strset_join(&a->quantity, &e->quantity)) != AG_OK)
        return rc;
    used[a->from] = 1;
    used[a->to] = 1;
    return AG_OK;
}

/* The edges table in id order (its rowid order: no sort), one accumulator
 * each, with its ends resolved. */
static int load_edge_rows(ag_store *s, const ag_vertex *ents, size_t n_ents, acc **out, size_t *n,
                          ag_err *err)
{
    sqlite3_stmt *st = NULL;
    acc *v = NULL;
    size_t count = 0, cap = 0;
    int rc;

    *out = NULL;
    *n = 0;
    rc = ag_store_prepare(s, "SELECT id, type, source_id, target_id FROM edges ORDER BY id", &st,
                          err);
    if (rc != AG_OK)
        return rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        acc *a;
        if (count == cap) {
            size_t ncap = cap ? cap * 2 : 256;
            acc *grown = realloc(v, ncap * sizeof *grown);
            if (grown == NULL) {
                rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
                goto out;
            }
            v = grown;
            cap = ncap;
        }
        a = &v[count++];
        memset(a, 0, sizeof *a);
        a->id = sqlite3_column_int64(st, 0);
        a->type = AG_SUPPLIES;
        ag_edge_type_parse((const char *)sqlite3_column_text(st, 1), &a->type);
        a->from = find_vertex(ents, n_ents, (const char *)sqlite3_column_text(st, 2));
        a->to = find_vertex(ents, n_ents, (const char *)sqlite3_column_text(st, 3));
        a->last_article = -1;
    }
    if (rc != SQLITE_DONE) {
        rc = ag_store_db_error(s, rc, "reading edges", err);
        goto out;
    }
    rc = AG_OK;
    *out = v;
    *n = count;
    v = NULL;
    count = 0;
out:
    for (size_t i = 0; i < count; i++)
        acc_free(&v[i]);
    free(v);
    sqlite3_finalize(st);
    return rc;
}

static acc *acc_find(acc *v, size_t n, long long id)
{
    size_t lo = 0, hi = n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid].id == id)
            return &v[mid];
        if (v[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

int ag_graph_load(ag_store *s, const ag_filter *filter, ag_graph *g, ag_err *err)
{
    /* Mentions in rowid order, not sorted: an article's mentions are written
     * together (one transaction, also in merge and migration), so counting
     * changes of article per edge counts distinct articles. */
    static const char sql[] =
        "SELECT m.edge_id, m.article_key, coalesce(m.date, a.published), m.items, m.category,"
        " m.qty_text, m.confidence, m.status"
        " FROM mentions m JOIN articles a ON a.key = m.article_key"
        /* a month-precision date ("2024-03") stands for its whole month:
         * it passes --since when its last day does ("2024-03-31" sorts
         * after every day of March), --until when its first day does
         * ("2024-03" sorts before "2024-03-01") */
        " WHERE (?1 = '' OR (CASE WHEN length(coalesce(m.date, a.published)) = 7"
        " THEN coalesce(m.date, a.published) || '-31'"
        " ELSE coalesce(m.date, a.published) END) >= ?1)"
        " AND (?2 = '' OR coalesce(m.date, a.published) <= ?2)";
    ag_filter none;
    const ag_filter *f = filter;
    sqlite3_stmt *st = NULL;
    ag_vertex *ents = NULL;
    size_t n_ents = 0, n_accs = 0;
    int *used = NULL;
    long *remap = NULL;
    acc *accs = NULL;
    int rc;

    ag_graph_init(g);
    if (f == NULL) {
        ag_filter_init(&none);
        f = &none;
    }
    rc = load_entities(s, &ents, &n_ents, err);
    if (rc != AG_OK)
        goto out;
    used = calloc(n_ents + 1, sizeof *used);
    remap = calloc(n_ents + 1, sizeof *remap);
    if (used == NULL || remap == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    rc = load_edge_rows(s, ents, n_ents, &accs, &n_accs, err);
    if (rc != AG_OK)
        goto out;
    rc = ag_store_prepare(s, sql, &st, err);
    if (rc != AG_OK)
        goto out;
    sqlite3_bind_text(st, 1, f->since, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, f->until, -1, SQLITE_TRANSIENT);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        acc *a = acc_find(accs, n_accs, sqlite3_column_int64(st, 0));
        long long article = sqlite3_column_int64(st, 1);
        const char *d = (const char *)sqlite3_column_text(st, 2);
        const char *status = (const char *)sqlite3_column_text(st, 7);
        double conf = sqlite3_column_double(st, 6);

        if (a == NULL)
            continue;
        a->mentions++;
        if (article != a->last_article) {
            a->articles++;
            a->last_article = article;
        }
        char full[11];
        if (d != NULL && strlen(d) == 7) {
            memcpy(full, d, 7); /* a month: its first day */
            memcpy(full + 7, "-01", 4);
            d = full;
        }
        if (d != NULL && strlen(d) == 10) {
            if (a->first[0] == '\0' || strcmp(d, a->first) < 0)
                memcpy(a->first, d, 11);
            if (a->last[0] == '\0' || strcmp(d, a->last) > 0)
                memcpy(a->last, d, 11);
        }
        if (strset_add_parts(&a->items, (const char *)sqlite3_column_text(st, 3)) != AG_OK ||
            strset_add_parts(&a->categories, (const char *)sqlite3_column_text(st, 4)) != AG_OK ||
            strset_add_parts(&a->quantity, (const char *)sqlite3_column_text(st, 5)) != AG_OK) {
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            goto out;
        }
        if (conf > a->confidence)
            a->confidence = conf;
        if (status == NULL || strcmp(status, "planned") != 0)
            a->any_reported = 1;
    }
    if (rc != SQLITE_DONE) {
        rc = ag_store_db_error(s, rc, "reading edges", err);
        goto out;
    }
    for (size_t i = 0; i < n_accs; i++) {
        if (flush(&accs[i], f, ents, g, used) != AG_OK) {
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            goto out;
        }
        acc_free(&accs[i]); /* early: keeps the peak low */
    }

    /* keep the vertices the edges touch, in id order */
    g->vertices = calloc(n_ents + 1, sizeof *g->vertices);
    if (g->vertices == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < n_ents; i++) {
        if (!used[i])
            continue;
        remap[i] = (long)g->n_vertices;
        g->vertices[g->n_vertices++] = ents[i];
        memset(&ents[i], 0, sizeof ents[i]);
    }
    for (size_t i = 0; i < g->n_edges; i++) {
        g->edges[i].from = (size_t)remap[g->edges[i].from];
        g->edges[i].to = (size_t)remap[g->edges[i].to];
    }
    if (g->n_edges > 1)
        qsort(g->edges, g->n_edges, sizeof *g->edges, edge_cmp);
    rc = load_aliases(s, g, err);
out:
    sqlite3_finalize(st);
    for (size_t i = 0; i < n_accs; i++)
        acc_free(&accs[i]);
    free(accs);
    for (size_t i = 0; i < n_ents; i++)
        vertex_destroy(&ents[i]);
    free(ents);
    free(used);
    free(remap);
    if (rc != AG_OK)
        ag_graph_destroy(g);
    return rc;
}
