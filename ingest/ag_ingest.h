/*
 * ag_ingest.h -- from article text to typed edges.
 *
 * ingest/ reads articles (plain text, JSON Lines), normalizes and splits
 * them, finds actors with the dictionaries in data/, and extracts edges of
 * four types with their attributes and evidence. It never touches the store:
 * graph/ takes an ag_extraction and stores it.
 */
#ifndef AG_INGEST_H
#define AG_INGEST_H

#include "ag_common.h"

/* ---- the extraction model ------------------------------------------------ */

typedef enum ag_edge_type {
    AG_SUPPLIES = 0,
    AG_SEEKS_IN_EXCHANGE = 1,
    AG_SANCTIONS = 2,
    AG_ATTACKS = 3,
    AG_EDGE_TYPE_COUNT = 4
} ag_edge_type;

typedef enum ag_kind { AG_STATE = 0, AG_PERSON = 1, AG_ORGANIZATION = 2, AG_KIND_COUNT = 3 } ag_kind;

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

/* ---- JSON form of an extraction ---------------------------------------------
 * The document printed by `armsgraph extract --format json` and read back by
 * `armsgraph ingest --edges`: {"article": {"id","title","url","source",
 * "published","sha256"}, "entities": [{"id","name","kind","state","aliases"}],
 * "edges": [{"type", "source": {"id","name","kind"}, "target": {...},
 * "items", "category", "quantity": {"value","unit","qualifier","text"} | null,
 * "date", "status", "attribution", "confidence",
 * "evidence": {"sentence","start","end"}}]}. Absent values are null.
 * Reading it back, absent optional members count as null, "status" defaults
 * to reported and "confidence" to 1; an edge's source/target not among the
 * entities is added when it has a "kind", and may be written "ID" for an
 * entity of the document. Errors name the place: "edge 3:
 * 'type' must be one of supplies, seeks-in-exchange, sanctions, attacks"
 * (entities and edges count from 1). */
struct cJSON;
int ag_extraction_to_json(const ag_extraction *x, struct cJSON **out, ag_err *err);
/* Rebuilds an extraction from that document (the article text stays NULL). */
int ag_extraction_from_json(ag_extraction *x, const struct cJSON *doc, ag_err *err);

/* ---- reading articles ------------------------------------------------------ */

/* Limits on what one input may cost (docs/limits.md). */
#define AG_MAX_ARTICLE_BYTES (8u << 20)
#define AG_MAX_SENTENCE_BYTES 8192
#define AG_MAX_MENTIONS 10000
#define AG_MAX_LINE_BYTES (16u << 20)

/* Builds an article from raw bytes: refuses empty text, UTF-16 (by its byte
 * order mark or its NUL bytes), NUL bytes, invalid UTF-8 (with the byte
 * offset) and texts over AG_MAX_ARTICLE_BYTES; drops a leading UTF-8 byte
 * order mark; copies the text, computes the hash of its normalized form.
 * id/title/published may be NULL; published, when given, must be a
 * calendar date. */
int ag_article_from_text(ag_article *a, const char *text, size_t len, const char *id,
                         const char *published, ag_err *err);

/* Normalizes text for hashing and matching: curly quotes become ASCII
 * quotes, en/em dashes '-', NBSP and other Unicode spaces ' ', runs of
 * whitespace one space, both ends trimmed. *out (NUL-terminated, *out_len
 * bytes) is malloc'd; when map is not NULL, *map (out_len + 1 entries,
 * malloc'd) gives for each byte of *out its byte offset in the input, and
 * (*map)[out_len] the end of the last input byte used. The input must be
 * valid UTF-8. */
int ag_text_normalize(const char *in, size_t len, char **out, size_t *out_len, size_t **map,
                      ag_err *err);

/* Parses one JSON Lines record {"id","title","url","source","published",
 * "text"} into an article ("text" required, the others strings or null;
 * "published" may be a timestamp, its date is kept). Messages do not name
 * the line ("'text' must be a string"): callers prefix "line N". */
int ag_article_from_json(ag_article *a, const char *line, size_t len, ag_err *err);

/* Streams a JSON Lines file one line at a time (constant memory). */
typedef struct ag_jsonl_reader ag_jsonl_reader;
int ag_jsonl_reader_open(ag_jsonl_reader **r, const char *path, ag_err *err); /* "-": stdin */
/* Returns 1 with a line, 0 at end, negative on error. *line is owned by the
 * reader, NUL-terminated, without its line end (LF or CRLF), and valid until
 * the next call; *lineno counts from 1. Blank lines are skipped. Messages
 * start with "line N: "; after a line over AG_MAX_LINE_BYTES (AG_ERR_LIMIT)
 * the next call goes on with the following line. */
int ag_jsonl_reader_next(ag_jsonl_reader *r, const char **line, size_t *len, long *lineno,
                         ag_err *err);
void ag_jsonl_reader_close(ag_jsonl_reader *r);

/* ---- dictionaries --------------------------------------------------------- */

typedef struct ag_dict ag_dict;

int ag_dict_new(ag_dict **d, ag_err *err);
void ag_dict_free(ag_dict *d);
/* Loads one dictionary file (docs/dictionaries.md); a malformed entry fails
 * with "FILE:LINE: what is wrong". */
int ag_dict_load_file(ag_dict *d, const char *path, ag_err *err);
/* Loads every *.json in the default data folder: $ARMSGRAPH_DATA, else the
 * build tree's data/, else the installed share/armsgraph/data. */
int ag_dict_load_default(ag_dict *d, ag_err *err);
/* The folder ag_dict_load_default would use (for messages), or NULL. */
const char *ag_dict_default_dir(void);

/* Looks an actor up by id, name or alias, case-insensitively. Returns 0 and
 * fills *e with borrowed pointers, or AG_ERR_NOTFOUND. */
int ag_dict_lookup(const ag_dict *d, const char *name, ag_entity *e);

/* ---- extraction ------------------------------------------------------------ */

/* Which extractor produces the edges: the hand-written rules, the learned
 * pair scorer (data/scorer.json), or both (the rules plus the pairs the
 * scorer is most sure of). DEFAULT takes the scorer file's "default", else
 * the rules. */
typedef enum ag_extractor {
    AG_EXTRACTOR_DEFAULT = 0,
    AG_EXTRACTOR_RULES = 1,
    AG_EXTRACTOR_SCORER = 2,
    AG_EXTRACTOR_BOTH = 3
} ag_extractor;

int ag_extractor_parse(const char *s, ag_extractor *out); /* "rules", "scorer", "both" */
void ag_dict_set_extractor(ag_dict *d, ag_extractor mode);

/* Receives each candidate pair the scorer considers, as one JSON object
 * {"sentence","source","target","features"} on one line (no newline): the
 * training data of tools/train-scorer.py. NULL stops it. */
typedef void (*ag_candidate_fn)(void *arg, const char *line, size_t len);
void ag_dict_set_candidate_sink(ag_dict *d, ag_candidate_fn fn, void *arg);

/* Extracts the edges of an article. x->article receives a copy of *a. */
int ag_extract(const ag_dict *d, const ag_article *a, ag_extraction *x, ag_err *err);

#endif
