/*
 * model.c -- the knowledge model (ag_model.h): names of edge types, kinds
 * and statuses, and the life cycle of articles, entities and mentions in an
 * ag_extraction.
 */
#include "ag_model.h"

#include <stdlib.h>
#include <string.h>

static const char *const edge_type_names[AG_EDGE_TYPE_COUNT] = {"supplies", "seeks-in-exchange",
                                                                "sanctions", "attacks"};
static const char *const kind_names[AG_KIND_COUNT] = {"state", "person", "organization"};
static const char *const status_names[2] = {"reported", "planned"};

const char *ag_edge_type_name(ag_edge_type t)
{
    if ((int)t < 0 || t >= AG_EDGE_TYPE_COUNT)
        return "unknown";
    return edge_type_names[t];
}

int ag_edge_type_parse(const char *s, ag_edge_type *out)
{
    if (s != NULL) {
        for (int i = 0; i < AG_EDGE_TYPE_COUNT; i++) {
            if (strcmp(s, edge_type_names[i]) == 0) {
                *out = (ag_edge_type)i;
                return AG_OK;
            }
        }
    }
    return AG_ERR_PARSE;
}

const char *ag_kind_name(ag_kind k)
{
    if ((int)k < 0 || k >= AG_KIND_COUNT)
        return "unknown";
    return kind_names[k];
}

int ag_kind_parse(const char *s, ag_kind *out)
{
    if (s != NULL) {
        for (int i = 0; i < AG_KIND_COUNT; i++) {
            if (strcmp(s, kind_names[i]) == 0) {
                *out = (ag_kind)i;
                return AG_OK;
            }
        }
    }
    return AG_ERR_PARSE;
}

const char *ag_status_name(ag_status s)
{
    if (s == AG_PLANNED)
        return status_names[1];
    if (s == AG_REPORTED)
        return status_names[0];
    return "unknown";
}

int ag_status_parse(const char *s, ag_status *out)
{
    if (s == NULL)
        return AG_ERR_PARSE;
    if (strcmp(s, status_names[0]) == 0) {
        *out = AG_REPORTED;
        return AG_OK;
    }
    if (strcmp(s, status_names[1]) == 0) {
        *out = AG_PLANNED;
        return AG_OK;
    }
    return AG_ERR_PARSE;
}

/* ---- articles ------------------------------------------------------------ */

void ag_article_init(ag_article *a)
{
    memset(a, 0, sizeof *a);
}

void ag_article_destroy(ag_article *a)
{
    if (a == NULL)
        return;
    free(a->id);
    free(a->title);
    free(a->url);
    free(a->source);
    free(a->published);
    free(a->text);
    ag_article_init(a);
}

/* ---- extractions --------------------------------------------------------- */

void ag_extraction_init(ag_extraction *x)
{
    memset(x, 0, sizeof *x);
    ag_article_init(&x->article);
}

static void entity_destroy(ag_entity *e)
{
    free(e->id);
    free(e->name);
    free(e->state);
    for (size_t i = 0; i < e->n_aliases; i++)
        free(e->aliases[i]);
    free(e->aliases);
    memset(e, 0, sizeof *e);
}

static void mention_destroy(ag_mention *m)
{
    free(m->items);
    free(m->category);
    free(m->quantity.unit);
    free(m->quantity.qualifier);
    free(m->quantity.text);
    free(m->attribution);
    free(m->sentence);
    memset(m, 0, sizeof *m);
}

void ag_extraction_destroy(ag_extraction *x)
{
    if (x == NULL)
        return;
    ag_article_destroy(&x->article);
    for (size_t i = 0; i < x->n_entities; i++)
        entity_destroy(&x->entities[i]);
    free(x->entities);
    for (size_t i = 0; i < x->n_mentions; i++)
        mention_destroy(&x->mentions[i]);
    free(x->mentions);
    ag_extraction_init(x);
}

int ag_extraction_entity(ag_extraction *x, const char *id, const char *name, ag_kind kind,
                         const char *state, size_t *index, ag_err *err)
{
    ag_entity *grown, *e;
    int rc = AG_OK;

    if (id == NULL || id[0] == '\0')
        return ag_err_set(err, AG_ERR_USAGE, "entity without an id");
    if ((int)kind < 0 || kind >= AG_KIND_COUNT)
        return ag_err_set(err, AG_ERR_USAGE, "entity '%s': unknown kind %d", id, (int)kind);
    for (size_t i = 0; i < x->n_entities; i++) {
        if (strcmp(x->entities[i].id, id) == 0) {
            if (index != NULL)
                *index = i;
            return AG_OK;
        }
    }
    if (x->n_entities >= (size_t)AG_MAX_MENTIONS * 2)
        return ag_err_set(err, AG_ERR_LIMIT, "more than %d entities in one article",
                          AG_MAX_MENTIONS * 2);
    /* grow in powers of two (8 at first): the array is only ever appended to */
    if (x->n_entities < 8 ? x->n_entities == 0 : (x->n_entities & (x->n_entities - 1)) == 0) {
        size_t cap = x->n_entities < 8 ? 8 : x->n_entities * 2;
        grown = realloc(x->entities, cap * sizeof *grown);
        if (grown == NULL)
            return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        x->entities = grown;
    }
    e = &x->entities[x->n_entities];
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->id = ag_strdup(id);
    e->name = ag_strdup(name != NULL ? name : id);
    if (state != NULL && state[0] != '\0')
        e->state = ag_strdup(state);
    if (e->id == NULL || e->name == NULL || (state != NULL && state[0] != '\0' && !e->state)) {
        entity_destroy(e);
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    if (index != NULL)
        *index = x->n_entities;
    x->n_entities++;
out:
    return rc;
}

int ag_entity_add_alias(ag_entity *e, const char *alias, ag_err *err)
{
    char **grown, *copy;

    if (alias == NULL || alias[0] == '\0')
        return AG_OK;
    for (size_t i = 0; i < e->n_aliases; i++)
        if (ag_strcaseeq(e->aliases[i], alias))
            return AG_OK;
    copy = ag_strdup(alias);
    if (copy == NULL)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    grown = realloc(e->aliases, (e->n_aliases + 1) * sizeof *grown);
    if (grown == NULL) {
        free(copy);
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    }
    e->aliases = grown;
    e->aliases[e->n_aliases++] = copy;
    return AG_OK;
}

int ag_extraction_mention(ag_extraction *x, ag_mention **m, ag_err *err)
{
    ag_mention *grown;
    size_t cap;

    if (x->n_mentions >= AG_MAX_MENTIONS)
        return ag_err_set(err, AG_ERR_LIMIT,
                          "more than %d edge mentions in one article (AG_MAX_MENTIONS)",
                          AG_MAX_MENTIONS);
    /* grow in powers of two: the array is only ever appended to */
    cap = 1;
    while (cap < x->n_mentions + 1)
        cap *= 2;
    if (x->n_mentions == 0 || (x->n_mentions & (x->n_mentions - 1)) == 0) {
        grown = realloc(x->mentions, cap * sizeof *grown);
        if (grown == NULL)
            return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        x->mentions = grown;
    }
    *m = &x->mentions[x->n_mentions];
    memset(*m, 0, sizeof **m);
    x->n_mentions++;
    return AG_OK;
}
