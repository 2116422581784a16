/*
 * json.c -- the JSON form of an extraction (documented in ag_ingest.h):
 * written by `armsgraph extract --format json` with a fixed key order, and
 * read back, with every value's type checked, by `armsgraph ingest --edges`.
 */
#include "ag_ingest.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const categories[] = {"missiles",   "drones",      "artillery ammunition",
                                         "aircraft",   "air defense", "armor",
                                         "technology", "funding",     "other"};
#define N_CATEGORIES (sizeof categories / sizeof categories[0])

/* ---- writing ------------------------------------------------------------- */

/* Adds a string, or null when s is NULL or empty. */
static int add_str(cJSON *obj, const char *key, const char *s)
{
    cJSON *v = (s != NULL && s[0] != '\0') ? cJSON_CreateString(s) : cJSON_CreateNull();
    if (v == NULL)
        return AG_ERR_NOMEM;
    if (!cJSON_AddItemToObject(obj, key, v)) {
        cJSON_Delete(v);
        return AG_ERR_NOMEM;
    }
    return AG_OK;
}

static int add_num(cJSON *obj, const char *key, double value)
{
    return cJSON_AddNumberToObject(obj, key, value) != NULL ? AG_OK : AG_ERR_NOMEM;
}

/* Confidence with three decimals: 0.85 prints as 0.85, not 0.84999999. */
static double round3(double v)
{
    return round(v * 1000.0) / 1000.0;
}

static cJSON *entity_ref(const ag_entity *e)
{
    cJSON *o = cJSON_CreateObject();

    if (o == NULL)
        return NULL;
    if (add_str(o, "id", e->id) || add_str(o, "name", e->name) ||
        add_str(o, "kind", ag_kind_name(e->kind))) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

/* Adds "aliases": the forms the article named the entity by. */
static int add_aliases(cJSON *o, const ag_entity *e)
{
    cJSON *aliases = cJSON_AddArrayToObject(o, "aliases");

    if (aliases == NULL)
        return AG_ERR_NOMEM;
    for (size_t i = 0; i < e->n_aliases; i++) {
        cJSON *s = cJSON_CreateString(e->aliases[i]);
        if (s == NULL || !cJSON_AddItemToArray(aliases, s)) {
            cJSON_Delete(s);
            return AG_ERR_NOMEM;
        }
    }
    return AG_OK;
}

static cJSON *entity_json(const ag_entity *e)
{
    cJSON *o = entity_ref(e);

    if (o == NULL)
        return NULL;
    if (add_str(o, "state", e->state) || add_aliases(o, e)) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

/* An edge's endpoint: its reference and the forms the article named it by,
 * so that a reader who knows the actor by another name ("Hanwha" for the
 * dictionary's "Hanwha Aerospace") finds it in the edge itself. */
static cJSON *endpoint_json(const ag_entity *e)
{
    cJSON *o = entity_ref(e);

    if (o != NULL && add_aliases(o, e) != AG_OK) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

static cJSON *mention_json(const ag_extraction *x, const ag_mention *m)
{
    cJSON *o = cJSON_CreateObject(), *v;

    if (o == NULL)
        return NULL;
    if (add_str(o, "type", ag_edge_type_name(m->type)))
        goto fail;
    v = endpoint_json(&x->entities[m->source]);
    if (v == NULL || !cJSON_AddItemToObject(o, "source", v)) {
        cJSON_Delete(v);
        goto fail;
    }
    v = endpoint_json(&x->entities[m->target]);
    if (v == NULL || !cJSON_AddItemToObject(o, "target", v)) {
        cJSON_Delete(v);
        goto fail;
    }
    if (add_str(o, "items", m->items) || add_str(o, "category", m->category))
        goto fail;
    if (m->quantity.present) {
        v = cJSON_AddObjectToObject(o, "quantity");
        if (v == NULL || add_num(v, "value", m->quantity.value) ||
            add_str(v, "unit", m->quantity.unit) ||
            add_str(v, "qualifier", m->quantity.qualifier) || add_str(v, "text", m->quantity.text))
            goto fail;
    } else if (cJSON_AddNullToObject(o, "quantity") == NULL) {
        goto fail;
    }
    if (add_str(o, "date", m->date) || add_str(o, "status", ag_status_name(m->status)) ||
        add_str(o, "attribution", m->attribution) ||
        add_num(o, "confidence", round3(m->confidence)))
        goto fail;
    v = cJSON_AddObjectToObject(o, "evidence");
    if (v == NULL || add_str(v, "sentence", m->sentence) || add_num(v, "start", (double)m->start) ||
        add_num(v, "end", (double)m->end))
        goto fail;
    return o;
fail:
    cJSON_Delete(o);
    return NULL;
}

int ag_extraction_to_json(const ag_extraction *x, cJSON **out, ag_err *err)
{
    cJSON *doc = NULL, *art, *arr, *v;
    int rc = AG_OK;

    *out = NULL;
    for (size_t i = 0; i < x->n_mentions; i++) {
        if (x->mentions[i].source >= x->n_entities || x->mentions[i].target >= x->n_entities)
            return ag_err_set(err, AG_ERR_USAGE, "edge %zu: entity index out of range", i + 1);
    }
    doc = cJSON_CreateObject();
    if (doc == NULL)
        goto nomem;
    art = cJSON_AddObjectToObject(doc, "article");
    if (art == NULL || add_str(art, "id", x->article.id) ||
        add_str(art, "title", x->article.title) || add_str(art, "url", x->article.url) ||
        add_str(art, "source", x->article.source) ||
        add_str(art, "published", x->article.published) ||
        add_str(art, "sha256", x->article.sha256))
        goto nomem;
    arr = cJSON_AddArrayToObject(doc, "entities");
    if (arr == NULL)
        goto nomem;
    for (size_t i = 0; i < x->n_entities; i++) {
        v = entity_json(&x->entities[i]);
        if (v == NULL || !cJSON_AddItemToArray(arr, v)) {
            cJSON_Delete(v);
            goto nomem;
        }
    }
    arr = cJSON_AddArrayToObject(doc, "edges");
    if (arr == NULL)
        goto nomem;
    for (size_t i = 0; i < x->n_mentions; i++) {
        v = mention_json(x, &x->mentions[i]);
        if (v == NULL || !cJSON_AddItemToArray(arr, v)) {
            cJSON_Delete(v);
            goto nomem;
        }
    }
    *out = doc;
    doc = NULL;
    goto out;
nomem:
    rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
out:
    cJSON_Delete(doc);
    return rc;
}

/* ---- writing without the tree --------------------------------------------
 * The same document, streamed: ag_extraction_write_json appends what
 * cJSON_PrintUnformatted prints for ag_extraction_to_json's tree, byte for
 * byte (test_jsonw compares the two), at a fraction of the cost. */

/* One byte, in place when the buffer has room. */
static inline int w_putc(ag_buf *b, char c)
{
    if (b->len + 2 > b->cap)
        return ag_buf_putc(b, c);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
    return AG_OK;
}

/* A string without escapes, its length known where it is a literal. */
static inline __attribute__((always_inline)) int w_lit(ag_buf *b, const char *s)
{
    return ag_buf_append(b, s, strlen(s));
}

/* "key":s, or "key":null when s is NULL or empty, after a comma unless first. */
static inline __attribute__((always_inline)) int w_key(ag_buf *b, const char *key, int first)
{
    size_t l = strlen(key); /* a plain ASCII name: nothing to escape */
    char *p;

    if (ag_buf_reserve(b, l + 4) != AG_OK)
        return AG_ERR_NOMEM;
    p = b->data + b->len;
    if (!first)
        *p++ = ',';
    *p++ = '"';
    memcpy(p, key, l);
    p += l;
    *p++ = '"';
    *p++ = ':';
    *p = '\0';
    b->len = (size_t)(p - b->data);
    return AG_OK;
}

static inline __attribute__((always_inline)) int w_str(ag_buf *b, const char *key, const char *s,
                                                       int first)
{
    return w_key(b, key, first) || ag_json_str_or_null(b, s);
}

static inline __attribute__((always_inline)) int w_num(ag_buf *b, const char *key, double v)
{
    return w_key(b, key, 0) || ag_json_num(b, v);
}

/* {"id","name","kind"} of an entity, without the closing brace. */
static int w_entity_ref(ag_buf *b, const ag_entity *e)
{
    return w_putc(b, '{') || w_str(b, "id", e->id, 1) || w_str(b, "name", e->name, 0) ||
           w_str(b, "kind", ag_kind_name(e->kind), 0);
}

/* ,"aliases":[...] without a closing brace */
static int w_aliases(ag_buf *b, const ag_entity *e)
{
    if (w_lit(b, ",\"aliases\":["))
        return AG_ERR_NOMEM;
    for (size_t i = 0; i < e->n_aliases; i++) {
        if ((i > 0 && w_putc(b, ',')) || ag_json_str(b, e->aliases[i]))
            return AG_ERR_NOMEM;
    }
    return w_putc(b, ']');
}

/* Where the entities list of the output holds an entity's reference
 * ({"id","name","kind") and its ,"aliases":[...]: a mention copies them
 * from there instead of writing them again. */
#define REF_KEPT 64 /* entities whose parts are kept */
typedef struct ref_at {
    size_t rs, re, as, ae;
} ref_at;

static int w_entity(ag_buf *b, const ag_entity *e, ref_at *at)
{
    at->rs = b->len;
    if (w_entity_ref(b, e))
        return AG_ERR_NOMEM;
    at->re = b->len;
    if (w_str(b, "state", e->state, 0))
        return AG_ERR_NOMEM;
    at->as = b->len;
    if (w_aliases(b, e))
        return AG_ERR_NOMEM;
    at->ae = b->len;
    return w_putc(b, '}');
}

/* Appends the bytes b->data[s..e) again. */
static int w_again(ag_buf *b, size_t s, size_t e)
{
    if (ag_buf_reserve(b, e - s) != AG_OK)
        return AG_ERR_NOMEM;
    memcpy(b->data + b->len, b->data + s, e - s);
    b->len += e - s;
    b->data[b->len] = '\0';
    return AG_OK;
}

/* An entity's reference and aliases in a mention. */
static int w_ref(ag_buf *b, const ag_extraction *x, size_t i, const ref_at *at)
{
    if (i < REF_KEPT)
        return w_again(b, at[i].rs, at[i].re) || w_again(b, at[i].as, at[i].ae);
    return w_entity_ref(b, &x->entities[i]) || w_aliases(b, &x->entities[i]);
}

static int w_mention(ag_buf *b, const ag_extraction *x, const ag_mention *m, const ref_at *at)
{
    if (w_putc(b, '{') || w_str(b, "type", ag_edge_type_name(m->type), 1) ||
        w_lit(b, ",\"source\":") || w_ref(b, x, m->source, at) || w_lit(b, "},\"target\":") ||
        w_ref(b, x, m->target, at) || w_putc(b, '}') || w_str(b, "items", m->items, 0) ||
        w_str(b, "category", m->category, 0))
        return AG_ERR_NOMEM;
    if (m->quantity.present) {
        if (w_lit(b, ",\"quantity\":{\"value\":") || ag_json_num(b, m->quantity.value) ||
            w_str(b, "unit", m->quantity.unit, 0) ||
            w_str(b, "qualifier", m->quantity.qualifier, 0) ||
            w_str(b, "text", m->quantity.text, 0) || w_putc(b, '}'))
            return AG_ERR_NOMEM;
    } else if (w_lit(b, ",\"quantity\":null")) {
        return AG_ERR_NOMEM;
    }
    if (w_str(b, "date", m->date, 0) || w_str(b, "status", ag_status_name(m->status), 0) ||
        w_str(b, "attribution", m->attribution, 0) ||
        w_num(b, "confidence", round3(m->confidence)) || w_lit(b, ",\"evidence\":{") ||
        w_str(b, "sentence", m->sentence, 1) || w_num(b, "start", (double)m->start) ||
        w_num(b, "end", (double)m->end) || w_lit(b, "}}"))
        return AG_ERR_NOMEM;
    return AG_OK;
}

int ag_extraction_write_json(const ag_extraction *x, const char *id, ag_buf *out, ag_err *err)
{
    const ag_article *a = &x->article;
    ref_at at[REF_KEPT], spare;

    for (size_t i = 0; i < x->n_mentions; i++) {
        if (x->mentions[i].source >= x->n_entities || x->mentions[i].target >= x->n_entities)
            return ag_err_set(err, AG_ERR_USAGE, "edge %zu: entity index out of range", i + 1);
    }
    if (w_putc(out, '{') ||
        (id != NULL && (ag_json_key(out, "id") || ag_json_str(out, id) || w_putc(out, ','))) ||
        w_lit(out, "\"article\":{") || w_str(out, "id", a->id, 1) ||
        w_str(out, "title", a->title, 0) || w_str(out, "url", a->url, 0) ||
        w_str(out, "source", a->source, 0) || w_str(out, "published", a->published, 0) ||
        w_str(out, "sha256", a->sha256, 0) || w_lit(out, "},\"entities\":["))
        goto nomem;
    for (size_t i = 0; i < x->n_entities; i++) {
        if ((i > 0 && w_putc(out, ',')) ||
            w_entity(out, &x->entities[i], i < REF_KEPT ? &at[i] : &spare))
            goto nomem;
    }
    if (w_lit(out, "],\"edges\":["))
        goto nomem;
    for (size_t i = 0; i < x->n_mentions; i++) {
        if ((i > 0 && w_putc(out, ',')) || w_mention(out, x, &x->mentions[i], at))
            goto nomem;
    }
    if (w_lit(out, "]}"))
        goto nomem;
    return AG_OK;
nomem:
    return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
}

/* ---- reading ------------------------------------------------------------- */

/* Reads an optional string member: absent or null gives NULL. */
static int get_str(const cJSON *obj, const char *key, const char **out, const char *where,
                   ag_err *err)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

    *out = NULL;
    if (v == NULL || cJSON_IsNull(v))
        return AG_OK;
    if (!cJSON_IsString(v))
        return ag_err_set(err, AG_ERR_PARSE, "%s'%s' must be a string or null", where, key);
    *out = v->valuestring;
    return AG_OK;
}

static int dup_str(char **dst, const char *src, ag_err *err)
{
    *dst = NULL;
    if (src == NULL || src[0] == '\0')
        return AG_OK;
    *dst = ag_strdup(src);
    return *dst != NULL ? AG_OK : ag_err_set(err, AG_ERR_NOMEM, "out of memory");
}

static int is_hex64(const char *s)
{
    size_t i;

    for (i = 0; s[i] != '\0'; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return 0;
    return i == 64;
}

static int read_article(ag_article *a, const cJSON *art, ag_err *err)
{
    const char *id, *title, *url, *source, *published, *sha;
    ag_err derr;
    int rc;

    if (!cJSON_IsObject(art))
        return ag_err_set(err, AG_ERR_PARSE, "'article' must be an object");
    if ((rc = get_str(art, "id", &id, "article: ", err)) ||
        (rc = get_str(art, "title", &title, "article: ", err)) ||
        (rc = get_str(art, "url", &url, "article: ", err)) ||
        (rc = get_str(art, "source", &source, "article: ", err)) ||
        (rc = get_str(art, "published", &published, "article: ", err)) ||
        (rc = get_str(art, "sha256", &sha, "article: ", err)))
        return rc;
    if (id == NULL || id[0] == '\0')
        return ag_err_set(err, AG_ERR_PARSE, "article: missing 'id'");
    if (strlen(id) > AG_MAX_ID_BYTES)
        return ag_err_set(err, AG_ERR_LIMIT, "article: 'id' longer than %d bytes (AG_MAX_ID_BYTES)",
                          AG_MAX_ID_BYTES);
    if (title != NULL && strlen(title) > AG_MAX_TITLE_BYTES)
        return ag_err_set(err, AG_ERR_LIMIT,
                          "article: 'title' longer than %d bytes (AG_MAX_TITLE_BYTES)",
                          AG_MAX_TITLE_BYTES);
    if (published != NULL) {
        ag_err_clear(&derr);
        if (ag_date_check(published, &derr) != AG_OK)
            return ag_err_set(err, AG_ERR_PARSE, "article: published %s", derr.msg);
    }
    if (sha != NULL) {
        if (!is_hex64(sha))
            return ag_err_set(err, AG_ERR_PARSE,
                              "article: 'sha256' must be 64 lower-case hex digits");
        memcpy(a->sha256, sha, 65);
    }
    if ((rc = dup_str(&a->id, id, err)) || (rc = dup_str(&a->title, title, err)) ||
        (rc = dup_str(&a->url, url, err)) || (rc = dup_str(&a->source, source, err)) ||
        (rc = dup_str(&a->published, published, err)))
        return rc;
    return AG_OK;
}

static int parse_kind(const cJSON *v, const char *where, ag_kind *kind, ag_err *err)
{
    if (!cJSON_IsString(v) || ag_kind_parse(v->valuestring, kind) != AG_OK)
        return ag_err_set(err, AG_ERR_PARSE, "%s'kind' must be one of state, person, organization",
                          where);
    return AG_OK;
}

static int read_entity(ag_extraction *x, const cJSON *e, size_t n, ag_err *err)
{
    const char *id, *name, *state;
    const cJSON *aliases;
    char where[48];
    ag_kind kind;
    size_t index;
    int rc;

    snprintf(where, sizeof where, "entity %zu: ", n);
    if (!cJSON_IsObject(e))
        return ag_err_set(err, AG_ERR_PARSE, "entity %zu: must be an object", n);
    if ((rc = get_str(e, "id", &id, where, err)) || (rc = get_str(e, "name", &name, where, err)) ||
        (rc = get_str(e, "state", &state, where, err)))
        return rc;
    if (id == NULL || id[0] == '\0')
        return ag_err_set(err, AG_ERR_PARSE, "entity %zu: missing 'id'", n);
    if (strlen(id) > AG_MAX_ID_BYTES)
        return ag_err_set(err, AG_ERR_LIMIT,
                          "entity %zu: 'id' longer than %d bytes (AG_MAX_ID_BYTES)", n,
                          AG_MAX_ID_BYTES);
    if ((rc = parse_kind(cJSON_GetObjectItemCaseSensitive(e, "kind"), where, &kind, err)))
        return rc;
    for (size_t i = 0; i < x->n_entities; i++)
        if (strcmp(x->entities[i].id, id) == 0)
            return ag_err_set(err, AG_ERR_PARSE, "entity %zu: id '%s' appears twice", n, id);
    if ((rc = ag_extraction_entity(x, id, name, kind, state, &index, err)))
        return rc;
    aliases = cJSON_GetObjectItemCaseSensitive(e, "aliases");
    if (aliases == NULL || cJSON_IsNull(aliases))
        return AG_OK;
    if (!cJSON_IsArray(aliases))
        return ag_err_set(err, AG_ERR_PARSE, "entity %zu: 'aliases' must be an array of strings",
                          n);
    for (const cJSON *a = aliases->child; a != NULL; a = a->next) {
        if (!cJSON_IsString(a))
            return ag_err_set(err, AG_ERR_PARSE,
                              "entity %zu: 'aliases' must be an array of strings", n);
        if ((rc = ag_entity_add_alias(&x->entities[index], a->valuestring, err)))
            return rc;
    }
    return AG_OK;
}

/* Resolves an edge's "source"/"target": {"id","name","kind"}, an entity of
 * the document, or a new one when its kind is given; or "ID", an entity of
 * the document. */
static int read_ref(ag_extraction *x, const cJSON *edge, const char *key, size_t n, size_t *index,
                    ag_err *err)
{
    const cJSON *ref = cJSON_GetObjectItemCaseSensitive(edge, key);
    const cJSON *kv;
    const char *id, *name;
    char where[64];
    ag_kind kind;
    int rc;

    if (ref == NULL)
        return ag_err_set(err, AG_ERR_PARSE, "edge %zu: missing '%s'", n, key);
    if (cJSON_IsString(ref) && ref->valuestring[0] != '\0') {
        /* the short form "source": "RUS" names an entity of the document */
        for (size_t i = 0; i < x->n_entities; i++) {
            if (strcmp(x->entities[i].id, ref->valuestring) == 0) {
                *index = i;
                return AG_OK;
            }
        }
        return ag_err_set(err, AG_ERR_PARSE, "edge %zu: %s: '%s' is not among the entities", n, key,
                          ref->valuestring);
    }
    if (!cJSON_IsObject(ref))
        return ag_err_set(err, AG_ERR_PARSE, "edge %zu: '%s' must be an object with an 'id'", n,
                          key);
    snprintf(where, sizeof where, "edge %zu: %s: ", n, key);
    if ((rc = get_str(ref, "id", &id, where, err)) ||
        (rc = get_str(ref, "name", &name, where, err)))
        return rc;
    if (id == NULL || id[0] == '\0')
        return ag_err_set(err, AG_ERR_PARSE, "edge %zu: %s: missing 'id'", n, key);
    if (strlen(id) > AG_MAX_ID_BYTES)
        return ag_err_set(err, AG_ERR_LIMIT,
                          "edge %zu: %s: 'id' longer than %d bytes (AG_MAX_ID_BYTES)", n, key,
                          AG_MAX_ID_BYTES);
    for (size_t i = 0; i < x->n_entities; i++) {
        if (strcmp(x->entities[i].id, id) == 0) {
            *index = i;
            return AG_OK;
        }
    }
    kv = cJSON_GetObjectItemCaseSensitive(ref, "kind");
    if (kv == NULL)
        return ag_err_set(err, AG_ERR_PARSE,
                          "edge %zu: %s: '%s' is not among the entities and has no 'kind'", n, key,
                          id);
    if ((rc = parse_kind(kv, where, &kind, err)))
        return rc;
    return ag_extraction_entity(x, id, name, kind, NULL, index, err);
}

/* Reads a non-negative integer that fits a size_t. */
static int get_offset(const cJSON *obj, const char *key, size_t n, size_t *out, ag_err *err)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

    *out = 0;
    if (v == NULL || cJSON_IsNull(v))
        return AG_OK;
    if (!cJSON_IsNumber(v) || v->valuedouble < 0 || v->valuedouble > 9007199254740992.0 ||
        v->valuedouble != floor(v->valuedouble))
        return ag_err_set(err, AG_ERR_PARSE,
                          "edge %zu: evidence: '%s' must be a non-negative integer", n, key);
    *out = (size_t)v->valuedouble;
    return AG_OK;
}

static int read_quantity(ag_quantity *q, const cJSON *v, size_t n, ag_err *err)
{
    const cJSON *value;
    const char *unit, *qualifier, *text;
    char where[64];
    int rc;

    if (v == NULL || cJSON_IsNull(v))
        return AG_OK;
    if (!cJSON_IsObject(v))
        return ag_err_set(err, AG_ERR_PARSE, "edge %zu: 'quantity' must be an object or null", n);
    value = cJSON_GetObjectItemCaseSensitive(v, "value");
    if (!cJSON_IsNumber(value) || !isfinite(value->valuedouble) || value->valuedouble < 0)
        return ag_err_set(err, AG_ERR_PARSE,
                          "edge %zu: quantity: 'value' must be a non-negative number", n);
    snprintf(where, sizeof where, "edge %zu: quantity: ", n);
    if ((rc = get_str(v, "unit", &unit, where, err)) ||
        (rc = get_str(v, "qualifier", &qualifier, where, err)) ||
        (rc = get_str(v, "text", &text, where, err)))
        return rc;
    q->present = 1;
    q->value = value->valuedouble;
    if ((rc = dup_str(&q->unit, unit, err)) || (rc = dup_str(&q->qualifier, qualifier, err)) ||
        (rc = dup_str(&q->text, text, err)))
        return rc;
    return AG_OK;
}

static int read_edge(ag_extraction *x, const cJSON *e, size_t n, ag_err *err)
{
    const cJSON *v;
    const char *items, *category, *date, *attribution, *sentence;
    char where[48];
    ag_mention *m;
    ag_edge_type type;
    ag_status status = AG_REPORTED;
    size_t source, target;
    int rc;

    snprintf(where, sizeof where, "edge %zu: ", n);
    if (!cJSON_IsObject(e))
        return ag_err_set(err, AG_ERR_PARSE, "edge %zu: must be an object", n);
    v = cJSON_GetObjectItemCaseSensitive(e, "type");
    if (v == NULL)
        return ag_err_set(err, AG_ERR_PARSE, "edge %zu: missing 'type'", n);
    if (!cJSON_IsString(v) || ag_edge_type_parse(v->valuestring, &type) != AG_OK)
        return ag_err_set(err, AG_ERR_PARSE,
                          "edge %zu: 'type' must be one of supplies, seeks-in-exchange, "
                          "sanctions, attacks",
                          n);
    if ((rc = read_ref(x, e, "source", n, &source, err)) ||
        (rc = read_ref(x, e, "target", n, &target, err)))
        return rc;
    if ((rc = get_str(e, "items", &items, where, err)) ||
        (rc = get_str(e, "category", &category, where, err)) ||
        (rc = get_str(e, "date", &date, where, err)) ||
        (rc = get_str(e, "attribution", &attribution, where, err)))
        return rc;
    if (category != NULL) {
        size_t i;
        for (i = 0; i < N_CATEGORIES; i++)
            if (strcmp(category, categories[i]) == 0)
                break;
        if (i == N_CATEGORIES)
            return ag_err_set(err, AG_ERR_PARSE,
                              "edge %zu: 'category' must be one of missiles, drones, artillery "
                              "ammunition, aircraft, air defense, armor, technology, funding, "
                              "other",
                              n);
    }
    if (date != NULL && date[0] != '\0') {
        ag_err derr;
        ag_err_clear(&derr);
        if (ag_date_check_partial(date, &derr) != AG_OK)
            return ag_err_set(err, AG_ERR_PARSE, "edge %zu: date %s", n, derr.msg);
    }
    v = cJSON_GetObjectItemCaseSensitive(e, "status");
    if (v != NULL && !cJSON_IsNull(v) &&
        (!cJSON_IsString(v) || ag_status_parse(v->valuestring, &status) != AG_OK))
        return ag_err_set(err, AG_ERR_PARSE, "edge %zu: 'status' must be reported or planned", n);
    if ((rc = ag_extraction_mention(x, &m, err)))
        return rc;
    m->type = type;
    m->source = source;
    m->target = target;
    m->status = status;
    m->confidence = 1.0;
    v = cJSON_GetObjectItemCaseSensitive(e, "confidence");
    if (v != NULL && !cJSON_IsNull(v)) {
        if (!cJSON_IsNumber(v) || !(v->valuedouble >= 0.0 && v->valuedouble <= 1.0))
            return ag_err_set(err, AG_ERR_PARSE,
                              "edge %zu: 'confidence' must be a number from 0 to 1", n);
        m->confidence = v->valuedouble;
    }
    if (date != NULL && date[0] != '\0')
        memcpy(m->date, date, strlen(date) + 1); /* a day or a month: checked above */
    if ((rc = dup_str(&m->items, items, err)) || (rc = dup_str(&m->category, category, err)) ||
        (rc = dup_str(&m->attribution, attribution, err)))
        return rc;
    if ((rc = read_quantity(&m->quantity, cJSON_GetObjectItemCaseSensitive(e, "quantity"), n, err)))
        return rc;
    v = cJSON_GetObjectItemCaseSensitive(e, "evidence");
    if (v == NULL || cJSON_IsNull(v))
        return AG_OK;
    if (!cJSON_IsObject(v))
        return ag_err_set(err, AG_ERR_PARSE, "edge %zu: 'evidence' must be an object or null", n);
    snprintf(where, sizeof where, "edge %zu: evidence: ", n);
    if ((rc = get_str(v, "sentence", &sentence, where, err)) ||
        (rc = get_offset(v, "start", n, &m->start, err)) ||
        (rc = get_offset(v, "end", n, &m->end, err)))
        return rc;
    if (m->end < m->start)
        return ag_err_set(err, AG_ERR_PARSE, "edge %zu: evidence: 'end' is before 'start'", n);
    if (sentence != NULL && strlen(sentence) > AG_MAX_SENTENCE_BYTES)
        return ag_err_set(err, AG_ERR_LIMIT, "edge %zu: evidence sentence longer than %d bytes", n,
                          AG_MAX_SENTENCE_BYTES);
    return dup_str(&m->sentence, sentence, err);
}

int ag_extraction_from_json(ag_extraction *x, const cJSON *doc, ag_err *err)
{
    const cJSON *arr;
    size_t n;
    int rc = AG_OK;

    ag_extraction_init(x);
    if (!cJSON_IsObject(doc)) {
        rc = ag_err_set(err, AG_ERR_PARSE, "an extraction must be a JSON object");
        goto out;
    }
    arr = cJSON_GetObjectItemCaseSensitive(doc, "article");
    if (arr == NULL) {
        rc = ag_err_set(err, AG_ERR_PARSE, "missing 'article'");
        goto out;
    }
    if ((rc = read_article(&x->article, arr, err)))
        goto out;
    arr = cJSON_GetObjectItemCaseSensitive(doc, "entities");
    if (arr != NULL && !cJSON_IsNull(arr)) {
        if (!cJSON_IsArray(arr)) {
            rc = ag_err_set(err, AG_ERR_PARSE, "'entities' must be an array");
            goto out;
        }
        n = 0;
        for (const cJSON *e = arr->child; e != NULL; e = e->next)
            if ((rc = read_entity(x, e, ++n, err)))
                goto out;
    }
    arr = cJSON_GetObjectItemCaseSensitive(doc, "edges");
    if (arr == NULL) {
        rc = ag_err_set(err, AG_ERR_PARSE, "missing 'edges'");
        goto out;
    }
    if (!cJSON_IsArray(arr)) {
        rc = ag_err_set(err, AG_ERR_PARSE, "'edges' must be an array");
        goto out;
    }
    n = 0;
    for (const cJSON *e = arr->child; e != NULL; e = e->next)
        if ((rc = read_edge(x, e, ++n, err)))
            goto out;
out:
    if (rc != AG_OK)
        ag_extraction_destroy(x);
    return rc;
}
