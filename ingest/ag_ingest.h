/*
 * ag_ingest.h -- from article text to typed edges.
 *
 * ingest/ reads articles (plain text, JSON Lines), normalizes and splits
 * them, finds actors with the dictionaries in data/, and extracts edges of
 * four types with their attributes and evidence, as an ag_extraction of
 * the knowledge model (ag_model.h). It never touches the store: graph/
 * takes an ag_extraction and stores it.
 */
#ifndef AG_INGEST_H
#define AG_INGEST_H

#include "ag_common.h"
#include "ag_model.h"

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
/* Appends the same document as one line without a line end, exactly as
 * cJSON_PrintUnformatted prints it, with "id": id first when id is not NULL
 * (the form of `extract --jsonl`); without building the cJSON tree. */
int ag_extraction_write_json(const ag_extraction *x, const char *id, ag_buf *out, ag_err *err);
/* Rebuilds an extraction from that document (the article text stays NULL). */
int ag_extraction_from_json(ag_extraction *x, const struct cJSON *doc, ag_err *err);

/* ---- reading articles ------------------------------------------------------ */

/* Limits on what one input may cost (docs/limits.md). */
#define AG_MAX_ARTICLE_BYTES (8u << 20)
#define AG_MAX_SENTENCE_BYTES 8192
#define AG_MAX_LINE_BYTES (16u << 20)
/* A line over AG_MAX_LINE_BYTES is skipped to its end, but the reader gives
 * up on the file when no line end comes within this many bytes of the
 * line's start (an endless input such as /dev/zero). */
#define AG_MAX_SKIP_BYTES (4u * AG_MAX_LINE_BYTES)
#define AG_MAX_ID_BYTES 256     /* an article's or an entity's id */
#define AG_MAX_TITLE_BYTES 1024 /* an article's title */

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
 * the next call goes on with the following line; a line with no end within
 * AG_MAX_SKIP_BYTES fails with AG_ERR_INPUT, and the rest is not read. */
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
/* Loads every *.json in the default data folder: $ARMSGRAPH_DATA, else
 * share/armsgraph/data of the prefix the running program is installed in
 * (found from /proc/self/exe, so the prefix may be moved), else the source
 * tree's data/ (a program run from its build tree), else the data folder of
 * the prefix configured at build time. */
int ag_dict_load_default(ag_dict *d, ag_err *err);
/* The folder ag_dict_load_default would use (for messages), or NULL. The
 * string is in static storage, overwritten by the next call. */
const char *ag_dict_default_dir(void);

/* The SHA-256 (hex) of the list of the SHA-256 of each file loaded, in
 * loading order: two dictionaries built from the same files in the same
 * order have the same hash. "" before any file is loaded. */
const char *ag_dict_hash(const ag_dict *d);

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

/* The version of the extraction rules, stored with each article they
 * extract (`stats` counts the articles extracted by older ones, which
 * `reextract` brings up to date). Raise it with every change to ingest/
 * that changes what is extracted from some text. */
#define AG_EXTRACTOR_VERSION 6

/* Extracts the edges of an article. x->article receives a copy of *a;
 * x->extractor_version and x->dict_hash say what extracted it. */
int ag_extract(const ag_dict *d, const ag_article *a, ag_extraction *x, ag_err *err);

#endif
