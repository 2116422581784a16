/*
 * ag_model.h -- the knowledge model, the vocabulary of the graph: the kinds
 * of actors, the edge types and statuses with their names, and the values
 * that carry them from the extractor to the store (article, entity,
 * quantity, mention, extraction). ingest/ produces an ag_extraction; graph/
 * stores and loads it; export/ and cli/ read the names. It depends on
 * common/ only (graph/model.c).
 */
#ifndef AG_MODEL_H
#define AG_MODEL_H

#include "ag_common.h"

#include <stddef.h>

/* At most this many mentions (and twice as many entities) in one
 * extraction (docs/limits.md). */
#define AG_MAX_MENTIONS 10000

typedef enum ag_edge_type {
    AG_SUPPLIES = 0,
    AG_SEEKS_IN_EXCHANGE = 1,
    AG_SANCTIONS = 2,
    AG_ATTACKS = 3,
    AG_EDGE_TYPE_COUNT = 4
} ag_edge_type;

typedef enum ag_kind {
    AG_STATE = 0,
    AG_PERSON = 1,
    AG_ORGANIZATION = 2,
    AG_KIND_COUNT = 3
} ag_kind;

typedef enum ag_status { AG_REPORTED = 0, AG_PLANNED = 1 } ag_status;

const char *ag_edge_type_name(ag_edge_type t); /* "supplies", "seeks-in-exchange", ... */
int ag_edge_type_parse(const char *s, ag_edge_type *out);
const char *ag_kind_name(ag_kind k); /* "state", "person", "organization" */
int ag_kind_parse(const char *s, ag_kind *out);
const char *ag_status_name(ag_status s); /* "reported", "planned" */
int ag_status_parse(const char *s, ag_status *out);

typedef struct ag_article {
    char *id;        /* caller's id, or "sha256:<first 16 hex>" when none given */
    char *title;     /* may be NULL */
    char *url;       /* may be NULL */
    char *source;    /* may be NULL */
    char *published; /* "YYYY-MM-DD" or NULL */
    char *text;      /* the original text as read (valid UTF-8), NUL-terminated */
    size_t len;
    char sha256[65]; /* of the normalized text */
} ag_article;

void ag_article_init(ag_article *a);
void ag_article_destroy(ag_article *a);

typedef struct ag_entity {
    char *id;   /* ISO 3166-1 alpha-3 for states; the full name for others */
    char *name; /* display name */
    ag_kind kind;
    char *state;    /* state the person/organization belongs to, or NULL */
    char **aliases; /* surface forms seen in this article (for entities) */
    size_t n_aliases;
} ag_entity;

typedef struct ag_quantity {
    int present;
    double value;    /* 1000, 250000000 ... */
    char *unit;      /* "containers", "USD", "artillery shells" ... */
    char *qualifier; /* "more than", "at least", "about" or NULL */
    char *text;      /* as written: "more than 1,000 containers" */
} ag_quantity;

/* One assertion of an edge in one article. */
typedef struct ag_mention {
    ag_edge_type type;
    size_t source; /* index into ag_extraction.entities */
    size_t target;
    char *items;    /* as written, "; "-joined, or NULL */
    char *category; /* missiles, drones, artillery ammunition, aircraft, air defense,
                       armor, technology, funding, other; or NULL */
    ag_quantity quantity;
    char date[11]; /* "YYYY-MM-DD" or "" when unknown */
    ag_status status;
    char *attribution; /* who asserts it, or NULL */
    double confidence; /* 0..1 */
    char *sentence;    /* evidence, as in the original text */
    size_t start, end; /* byte offsets of the sentence in ag_article.text */
} ag_mention;

typedef struct ag_extraction {
    ag_article article;
    ag_entity *entities;
    size_t n_entities;
    ag_mention *mentions;
    size_t n_mentions;
    size_t n_long_sentences; /* sentences over AG_MAX_SENTENCE_BYTES, not read */
    size_t n_dropped_names;  /* unknown names over the per-article bound, not considered */
    int extractor_version;   /* of the rules that extracted it; 0: unknown (pre-extracted) */
    char dict_hash[65];      /* of the dictionaries used, or "" */
} ag_extraction;

void ag_extraction_init(ag_extraction *x);
void ag_extraction_destroy(ag_extraction *x);
/* Adds (or finds, by id) an entity; *index receives its position. The
 * strings are copied. */
int ag_extraction_entity(ag_extraction *x, const char *id, const char *name, ag_kind kind,
                         const char *state, size_t *index, ag_err *err);
/* Appends a zeroed mention and returns a pointer to it in *m (valid until
 * the next call); fails with AG_ERR_LIMIT past AG_MAX_MENTIONS. Its strings
 * are malloc'd by the caller and freed by ag_extraction_destroy. */
int ag_extraction_mention(ag_extraction *x, ag_mention **m, ag_err *err);
/* Adds a surface form to e->aliases unless one equal to it ignoring ASCII
 * case is there already. */
int ag_entity_add_alias(ag_entity *e, const char *alias, ag_err *err);

#endif
