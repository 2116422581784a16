/*
 * ag_graph.h -- the knowledge graph: the SQLite store, the in-memory graph
 * loaded from it with filters, and the igraph queries (paths, centrality,
 * neighbourhoods, communities).
 *
 * Only graph/ includes sqlite3.h and igraph.h; everything here is plain C.
 */
#ifndef AG_GRAPH_H
#define AG_GRAPH_H

#include "ag_common.h"
#include "ag_model.h"

/* ======================================================================
 * The store (graph/store.c)
 * ====================================================================== */

#define AG_SCHEMA_VERSION 5

typedef struct ag_store ag_store;

enum ag_store_flags {
    AG_STORE_READONLY = 1, /* open for queries; fails if the file is missing */
    AG_STORE_CREATE = 2    /* create the file and schema when missing */
};

/* Path resolution: explicit path, else $ARMSGRAPH_DB, else ./armsgraph.db. */
const char *ag_store_default_path(const char *explicit_path);
int ag_store_open(ag_store **s, const char *path, int flags, ag_err *err);
/* Closes the store; the last connection to it checkpoints the WAL and
 * removes the -wal and -shm files (a reader too, when it may write the
 * file and its folder). AG_ERR_DB when SQLite could not close it. */
int ag_store_close(ag_store *s);
const char *ag_store_path(const ag_store *s);

/* Stores one article with its entities, edges and mentions in one
 * transaction: all or nothing. *added is 1 when stored, 0 when an article
 * with the same text hash was already there (nothing changes). */
int ag_store_put(ag_store *s, const ag_extraction *x, int *added, ag_err *err);

/* Batched writing, for a long ingest. After ag_store_batch_begin, each
 * ag_store_put writes its article under a savepoint of one open transaction
 * that is committed once max_articles articles were added to it or max_ms
 * milliseconds after it began (0: no time limit), whichever comes first,
 * and by ag_store_batch_end, which also ends batch mode. Each article is
 * still all or nothing: one that fails rolls back only its own savepoint.
 * What a killed process loses is the open transaction, never half an
 * article. ag_store_batch_pending is the number of articles added since
 * the last commit; when a store error (disk full, I/O) ends the open
 * transaction those articles are not stored and it drops to 0. The
 * defaults of `armsgraph ingest`: */
#define AG_STORE_BATCH_ARTICLES 2048
#define AG_STORE_BATCH_MS 100
void ag_store_batch_begin(ag_store *s, long max_articles, long max_ms);
int ag_store_batch_end(ag_store *s, ag_err *err);
long ag_store_batch_pending(const ag_store *s);

typedef struct ag_stats {
    long articles, entities, states, persons, organizations, aliases, edges, mentions;
    long edges_by_type[AG_EDGE_TYPE_COUNT];
    long mentions_by_type[AG_EDGE_TYPE_COUNT];
    char first_date[11], last_date[11]; /* "" when none */
    int schema_version;
} ag_stats;

int ag_store_stats(ag_store *s, ag_stats *st, ag_err *err);

/* Resolves an actor name (id, name or alias, case-insensitive) to an entity
 * id. On AG_ERR_NOTFOUND, err->msg lists the closest known names. *id is
 * malloc'd. */
int ag_store_resolve(ag_store *s, const char *name, char **id, ag_err *err);

/* One row of `armsgraph entities`. */
typedef struct ag_entity_row {
    char *id;
    char *name;
    ag_kind kind;
    char *state;   /* or NULL */
    char *aliases; /* sorted, "; "-joined, or NULL */
    long edges;    /* edges touching it */
    long mentions; /* mentions of those edges */
} ag_entity_row;

/* Lists the entities whose kind is in `kinds` (bits 1u << ag_kind; 0: all),
 * sorted by id. *rows is malloc'd; free with ag_entity_rows_free. */
int ag_store_entities(ag_store *s, unsigned kinds, ag_entity_row **rows, size_t *n, ag_err *err);
void ag_entity_rows_free(ag_entity_row *rows, size_t n);

/* One mention of an edge, the evidence shown by queries. */
typedef struct ag_mention_row {
    long long id; /* mentions.id */
    char *article_id;
    char *article_title;  /* or NULL */
    char *article_url;    /* or NULL */
    char *article_source; /* or NULL */
    char date[11];        /* mention date, else article date, else "" */
    char *sentence;       /* or NULL */
    long long start, end; /* byte offsets of the sentence in the article (-1: unknown) */
    char *items;          /* or NULL */
    char *category;       /* or NULL */
    char *quantity;       /* quantity as written, or NULL */
    ag_status status;
    char *attribution; /* or NULL */
    double confidence;
} ag_mention_row;

struct ag_filter;
/* The mentions of edge edge_id passing the date window of f (may be NULL),
 * strongest first: confidence desc, date desc, article id, mention id. */
int ag_store_mentions(ag_store *s, long long edge_id, const struct ag_filter *f,
                      ag_mention_row **rows, size_t *n, ag_err *err);
void ag_mention_rows_free(ag_mention_row *rows, size_t n);

/* ---- revising the store: retract, extract again ---------------------------- */

/* Finds a stored article by id, url or sha256 (of its normalized text):
 * *key is its key. AG_ERR_NOTFOUND when no article matches ("no article
 * 'X' in the store"), or when several do (ambiguous, their sha256 listed). */
int ag_store_article_find(ag_store *s, const char *ref, long long *key, ag_err *err);
/* The keys of all articles, in the order they were stored (malloc'd). */
int ag_store_article_keys(ag_store *s, long long **keys, size_t *n, ag_err *err);
/* A stored article (initialised by the caller with ag_article_init): id,
 * title, url, source, published, sha256, and its text, NULL for an article
 * stored pre-extracted (ingest --edges). */
int ag_store_article_get(ag_store *s, long long key, ag_article *a, ag_err *err);

/* What a retraction or a new extraction changed (or, dry, would change). */
typedef struct ag_change {
    long articles; /* retracted, or whose mentions changed */
    long edges_added[AG_EDGE_TYPE_COUNT], edges_removed[AG_EDGE_TYPE_COUNT];
    long mentions_added[AG_EDGE_TYPE_COUNT], mentions_removed[AG_EDGE_TYPE_COUNT];
    long entities_added, entities_removed;
} ag_change;

/* Adds the counts of b to a. */
void ag_change_add(ag_change *a, const ag_change *b);

/* Removes the articles keys[0..n) with their mentions in one transaction;
 * edges, entities and aliases that no other article supports go with them,
 * and an entity another article still names takes back the name, kind,
 * state and aliases the articles that name it give it, in their order: the
 * store is the store that never ingested them (up to the ids of later
 * rows). *ch is filled. */
int ag_store_retract(ag_store *s, const long long *keys, size_t n, ag_change *ch, ag_err *err);

/* Replaces what the article of key `key` contributed by the extraction x
 * (of the same article), in one transaction, and records x's extractor
 * version and dictionary hash; mentions keep their ids where they can, so
 * that an extraction equal to the stored one changes nothing. With dry_run
 * the transaction is rolled back. *ch is filled (articles: 1 when
 * something changed). */
int ag_store_replace(ag_store *s, long long key, const ag_extraction *x, int dry_run, ag_change *ch,
                     ag_err *err);

/* How the stored articles were extracted, against the extractor version and
 * dictionary hash of today. */
typedef struct ag_extraction_age {
    long current;       /* by this version and these dictionaries */
    long older;         /* by other rules or dictionaries, or unknown ones */
    long pre_extracted; /* stored without text (ingest --edges): cannot be redone */
} ag_extraction_age;

int ag_store_extraction_age(ag_store *s, int version, const char *dict_hash, ag_extraction_age *age,
                            ag_err *err);

/* ---- curation of entities (graph/curate.c; applied by graph/store.c) --------- */

/* An analyst's edit of the entities, kept in the store and applied again,
 * in order, by every later ingest, reextract, retract and merge. */
typedef enum ag_curation_op {
    AG_CURATE_MERGE = 0,  /* value, an entity, becomes part of entity: its edges,
                             mentions and aliases move, its id and name become
                             aliases */
    AG_CURATE_ALIAS = 1,  /* value is an alias of entity */
    AG_CURATE_RENAME = 2, /* value is entity's display name */
    AG_CURATE_STATE = 3,  /* value (a state's id) is the state entity belongs to */
    AG_CURATION_OP_COUNT = 4
} ag_curation_op;

const char *ag_curation_op_name(ag_curation_op op); /* "merge", "alias", ... */
int ag_curation_op_parse(const char *name, ag_curation_op *op);

typedef struct ag_curation_row {
    long long seq; /* the order they apply in */
    ag_curation_op op;
    char *entity;
    char *value;
} ag_curation_row;

/* Records an edit of the entity of id `entity` (which must exist) and
 * applies it, in one transaction. A merge refuses an entity into itself
 * and an unknown value; a state is refused for a state. */
int ag_store_curate(ag_store *s, ag_curation_op op, const char *entity, const char *value,
                    ag_err *err);
/* The edits, in order. *rows is malloc'd; free with ag_curation_rows_free. */
int ag_store_curation(ag_store *s, ag_curation_row **rows, size_t *n, ag_err *err);
void ag_curation_rows_free(ag_curation_row *rows, size_t n);

typedef struct ag_merge_stats {
    long articles_added, articles_skipped; /* skipped: same text hash already there */
    long entities, edges, mentions;        /* rows added to the output */
    long curations;                        /* curation edits added */
} ag_merge_stats;

/* Merges the stores at shards[0..n) into s in one transaction: entities
 * unified by id, articles deduplicated by text hash, edges by (type,
 * source, target), mentions copied with their article; the shards'
 * curation edits are added after the output's (an edit already there is
 * not added again) and the whole curation is applied to the result. */
int ag_store_merge(ag_store *s, const char *const *shards, size_t n, ag_merge_stats *ms,
                   ag_err *err);

/* ======================================================================
 * The in-memory graph (graph/load.c)
 * ====================================================================== */

typedef struct ag_filter {
    unsigned types;  /* bit (1u << ag_edge_type); 0 means all */
    unsigned kinds;  /* bit (1u << ag_kind) of both endpoints; 0 means all */
    char since[11];  /* "" or YYYY-MM-DD: mention date (else article date) >= since */
    char until[11];  /* "" or YYYY-MM-DD */
    int min_sources; /* minimum distinct articles per edge; 0 or 1 = any */
} ag_filter;

void ag_filter_init(ag_filter *f);

typedef struct ag_vertex {
    char *id;
    char *name;
    ag_kind kind;
    char *state;    /* or NULL */
    char **aliases; /* sorted (byte order) */
    size_t n_aliases;
} ag_vertex;

typedef struct ag_gedge {
    long long id; /* edges.id in the store */
    size_t from, to;
    ag_edge_type type;
    long mentions;     /* mentions passing the filter */
    long articles;     /* distinct articles among them */
    char first[11];    /* earliest date, or "" */
    char last[11];     /* latest date, or "" */
    char *items;       /* distinct items, "; "-joined, or NULL */
    char *categories;  /* distinct categories, "; "-joined, or NULL */
    char *quantity;    /* quantity texts, "; "-joined, or NULL */
    double confidence; /* highest confidence */
    ag_status status;  /* reported if any mention is reported */
} ag_gedge;

/* An edge of a narrow load (AG_LOAD_NARROW): what centrality and
 * communities read of it, in 16 bytes where an ag_gedge takes 112 (on a
 * graph of 800,000 edges, 13 MB instead of 90 MB that the kernel must
 * hand over zeroed). Its mentions (at least one) are not kept. */
typedef struct ag_nedge {
    uint32_t from, to; /* vertex indices */
    uint32_t articles; /* distinct articles among its mentions */
    uint8_t type;      /* ag_edge_type */
} ag_nedge;

typedef struct ag_graph {
    ag_vertex *vertices; /* sorted by id */
    size_t n_vertices;
    ag_gedge *edges; /* sorted by (from id, to id, type); AG_LOAD_EDGES_ONLY: id order */
    size_t n_edges;
    /* AG_LOAD_NARROW: the n_edges edges in the same order, and edges NULL
     * (when a load gives it; else NULL and edges as above) */
    ag_nedge *nedges;
} ag_graph;

void ag_graph_init(ag_graph *g);
void ag_graph_destroy(ag_graph *g);
/* Loads the edges passing the filter, and the vertices they touch. */
int ag_graph_load(ag_store *s, const ag_filter *f, ag_graph *g, ag_err *err);

/* What ag_graph_load_parts reads besides the edges and their counts, dates,
 * confidence and status. */
enum ag_load_parts {
    AG_LOAD_TEXTS = 1,   /* the edges' items, categories and quantity */
    AG_LOAD_ALIASES = 2, /* the vertices' aliases */
    AG_LOAD_ALL = 3,
    /* Not a part but less, for one shortest path: the edges table alone.
     * Every edge is kept (an edge without a mention too, which a store
     * written by armsgraph does not hold) and the edges stay in id order,
     * not sorted; their figures (mentions, articles, dates, confidence,
     * status, texts) stay 0 / NULL until ag_graph_tally fills them for the
     * edges a query picked: one that still has 0 mentions was not in the
     * graph a full load gives, and the caller must load again without this
     * flag. Ignored (the mentions are read) with a date window or
     * min_sources. */
    AG_LOAD_EDGES_ONLY = 4,
    /* Not a part but less, for queries that print no edge (centrality,
     * communities): the edges' mentions and articles only; their dates
     * stay "", confidence 0 and status reported. Applies when the load
     * takes the store's aggregates (no date window, no texts). */
    AG_LOAD_COUNTS_ONLY = 8,
    /* With AG_LOAD_COUNTS_ONLY alone: the edges may come as g->nedges
     * (16 bytes an edge) instead of g->edges, which is then NULL; they do
     * when the load reads the graph snapshot and every index and count
     * fits in 32 bits. Only ag_graph_centrality and ag_graph_communities
     * take such a graph; the other queries refuse it (AG_ERR_USAGE). */
    AG_LOAD_NARROW = 16
};

/* ag_graph_load reading only `parts` (AG_LOAD_*); what is not read stays
 * NULL. Queries that print no items or aliases (centrality, paths as a
 * table, neighbourhoods, communities) load faster with 0. */
int ag_graph_load_parts(ag_store *s, const ag_filter *f, unsigned parts, ag_graph *g, ag_err *err);
/* Fills the figures of the n edges idx[] (AG_LOAD_TEXTS in parts: their
 * texts too) of a graph loaded with AG_LOAD_EDGES_ONLY from their mentions,
 * as ag_graph_load_parts would have; edges filled already are left. */
int ag_graph_tally(ag_store *s, ag_graph *g, const size_t *idx, size_t n, unsigned parts,
                   ag_err *err);
/* One shortest path from actor id `from` to actor id `to` (following the
 * edges both ways when undirected) without loading the graph
 * (graph/near.c): a breadth-first search from both ends through the
 * store's edge indexes, labelling at most max_visit actors, then a walk
 * from `from` through the lowest id one step closer. On AG_OK *found is
 *   1: g holds the actors of the path ag_graph_path gives on the graph of
 *      AG_LOAD_EDGES_ONLY through the filter's types and kinds (sorted by
 *      id, without aliases) and every edge from one of them to another
 *      passing the filter (in id order, figures 0 until ag_graph_tally):
 *      ag_graph_path on g gives that same path, with the same hops;
 *   0: that graph has no path (or an end has no edge in it): neither has
 *      the full graph;
 *  -1: the search gave up (past max_visit actors, or a date window or
 *      min_sources in f): load the graph.
 * g is empty unless *found is 1. */
int ag_graph_load_path(ag_store *s, const ag_filter *f, const char *from, const char *to,
                       int undirected, size_t max_visit, ag_graph *g, int *found, ag_err *err);
/* Index of a vertex by id, or -1. */
long ag_graph_vertex_index(const ag_graph *g, const char *id);

/* ======================================================================
 * Queries (graph/query.c): paths, centrality, neighbourhoods and
 * communities over an ag_graph, computed with igraph. Vertex arguments and
 * results are indices into g->vertices; edges are indices into g->edges.
 * ====================================================================== */

/* One step of a path, in walking order: from -> to through g->edges[edge],
 * the usable edge of lowest type between the two (edges pointing from -> to
 * come before reversed ones). reversed is 1 when that edge points to -> from
 * (undirected search only). alts (n_alts, malloc'd) are the other usable
 * parallel edges, in the same order. */
typedef struct ag_hop {
    size_t from, to;
    size_t edge;
    int reversed;
    size_t *alts;
    size_t n_alts;
} ag_hop;

typedef struct ag_path {
    ag_hop *hops;
    size_t n_hops; /* 0 when both ends are the same actor */
} ag_path;

typedef struct ag_path_result {
    ag_path *paths; /* shortest first; equal lengths by vertex ids */
    size_t n_paths;
} ag_path_result;

typedef struct ag_path_opts {
    int undirected; /* follow edges both ways */
    int all;        /* every shortest path, not just one */
    int k;          /* the k shortest simple paths; 0 or 1: one */
    int max_len;    /* at most this many hops; 0: no limit */
} ag_path_opts;

void ag_path_opts_init(ag_path_opts *o);
void ag_path_result_init(ag_path_result *r);
void ag_path_result_destroy(ag_path_result *r);
/* Paths from vertex `from` to vertex `to`. Fails with AG_ERR_NOPATH when
 * there is none (of at most max_len hops), AG_ERR_USAGE on a bad index. */
int ag_graph_path(const ag_graph *g, size_t from, size_t to, const ag_path_opts *o,
                  ag_path_result *r, ag_err *err);

typedef enum ag_measure {
    AG_DEGREE = 0,
    AG_IN_DEGREE,
    AG_OUT_DEGREE,
    AG_BETWEENNESS,
    AG_CLOSENESS,
    AG_PAGERANK,
    AG_HUB,
    AG_AUTHORITY,
    AG_EIGENVECTOR,
    AG_MEASURE_COUNT
} ag_measure;

const char *ag_measure_name(ag_measure m); /* "degree", "in-degree", ... */
int ag_measure_parse(const char *s, ag_measure *out);

typedef struct ag_central_opts {
    ag_measure measure;
    int unweighted; /* weights: distinct articles per pair of actors; 1 if set */
    double damping; /* pagerank; default 0.85 */
    double cutoff;  /* betweenness, closeness: paths up to this length; < 0: all */
} ag_central_opts;

void ag_central_opts_init(ag_central_opts *o);

typedef struct ag_scores {
    double *score; /* per vertex */
    size_t *rank;  /* vertex indices, highest score first, ties by id */
    size_t n;
} ag_scores;

void ag_scores_init(ag_scores *s);
void ag_scores_destroy(ag_scores *s);
/* Parallel edges of different types between the same ordered pair count as
 * one link whose weight is the sum of their article counts (see
 * docs/queries.md for each measure and its conventions). */
int ag_graph_centrality(const ag_graph *g, const ag_central_opts *o, ag_scores *s, ag_err *err);

typedef enum ag_direction { AG_DIR_OUT = 1, AG_DIR_IN = 2, AG_DIR_ALL = 3 } ag_direction;

typedef struct ag_reach {
    size_t *vertex; /* reached vertices (not the start), by depth then id */
    int *depth;     /* hops from the start */
    size_t n;
} ag_reach;

void ag_reach_init(ag_reach *r);
void ag_reach_destroy(ag_reach *r);
/* Vertices within max_depth hops of v following edges in direction dir. */
int ag_graph_neighbors(const ag_graph *g, size_t v, int max_depth, ag_direction dir, ag_reach *r,
                       ag_err *err);
/* The actors within max_depth hops of actor id (following the edges of
 * dir) without loading the graph (graph/near.c): a breadth-first search
 * through the store's edge indexes, labelling at most max_visit actors.
 * On AG_OK *found is
 *   1: g holds those actors (sorted by id, without aliases) and every edge
 *      passing the filter at one of them closer than max_depth (sorted as
 *      a load sorts them; figures: mentions and articles only), or, when
 *      no edge at the actor passes against dir but one does the other
 *      way, the actor, that edge and its other end; empty when no edge at
 *      the actor passes the filter: ag_graph_neighbors on g gives what it
 *      gives on the loaded graph;
 *   0: the search gave up (past max_visit actors, or a date window in f):
 *      load the graph.
 * g is empty unless *found is 1. */
int ag_graph_load_near(ag_store *s, const ag_filter *f, const char *id, int max_depth,
                       ag_direction dir, size_t max_visit, ag_graph *g, int *found, ag_err *err);
/* The fewest actors a search through the edge indexes may label before it
 * gives up (ag_graph_load_path, ag_graph_load_near). */
#define AG_SEARCH_MIN 4096
/* The bound for such a search on store s: an eighth of its actors, at
 * least AG_SEARCH_MIN, so that a search that gives up costs a fraction of
 * the load that follows at any size. */
size_t ag_graph_search_bound(ag_store *s);

typedef enum ag_community_algo { AG_LEIDEN = 0, AG_LOUVAIN = 1 } ag_community_algo;

typedef struct ag_communities {
    size_t *membership; /* per vertex: community, 0 = largest; ties by lowest member id */
    size_t *size;       /* per community */
    size_t n_vertices, n_communities;
    double modularity; /* of the partition, on the weighted undirected projection */
} ag_communities;

void ag_communities_init(ag_communities *c);
void ag_communities_destroy(ag_communities *c);
/* Communities of the undirected projection (weights: articles, or 1 when
 * unweighted), maximising modularity, random seed fixed (42). */
int ag_graph_communities(const ag_graph *g, ag_community_algo algo, int unweighted,
                         ag_communities *c, ag_err *err);

#endif
