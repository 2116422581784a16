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
#include "ag_ingest.h"

/* ======================================================================
 * The store (graph/store.c)
 * ====================================================================== */

#define AG_SCHEMA_VERSION 1

typedef struct ag_store ag_store;

enum ag_store_flags {
    AG_STORE_READONLY = 1, /* open for queries; fails if the file is missing */
    AG_STORE_CREATE = 2    /* create the file and schema when missing */
};

/* Path resolution: explicit path, else $ARMSGRAPH_DB, else ./armsgraph.db. */
const char *ag_store_default_path(const char *explicit_path);
int ag_store_open(ag_store **s, const char *path, int flags, ag_err *err);
void ag_store_close(ag_store *s);
const char *ag_store_path(const ag_store *s);

/* Stores one article with its entities, edges and mentions in one
 * transaction: all or nothing. *added is 1 when stored, 0 when an article
 * with the same text hash was already there (nothing changes). */
int ag_store_put(ag_store *s, const ag_extraction *x, int *added, ag_err *err);

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

/* ======================================================================
 * The in-memory graph (graph/load.c)
 * ====================================================================== */

typedef struct ag_filter {
    unsigned types;     /* bit (1u << ag_edge_type); 0 means all */
    unsigned kinds;     /* bit (1u << ag_kind) of both endpoints; 0 means all */
    char since[11];     /* "" or YYYY-MM-DD: mention date (else article date) >= since */
    char until[11];     /* "" or YYYY-MM-DD */
    int min_sources;    /* minimum distinct articles per edge; 0 or 1 = any */
} ag_filter;

void ag_filter_init(ag_filter *f);

typedef struct ag_vertex {
    char *id;
    char *name;
    ag_kind kind;
    char *state; /* or NULL */
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

typedef struct ag_graph {
    ag_vertex *vertices; /* sorted by id */
    size_t n_vertices;
    ag_gedge *edges; /* sorted by (from id, to id, type) */
    size_t n_edges;
} ag_graph;

void ag_graph_init(ag_graph *g);
void ag_graph_destroy(ag_graph *g);
/* Loads the edges passing the filter, and the vertices they touch. */
int ag_graph_load(ag_store *s, const ag_filter *f, ag_graph *g, ag_err *err);
/* Index of a vertex by id, or -1. */
long ag_graph_vertex_index(const ag_graph *g, const char *id);

#endif
