/*
 * graph_int.h -- private to graph/ (like SQLite's sqliteInt.h): the inside
 * of an ag_store, shared by store.c, load.c and query.c, and the PageRank
 * of pagerank.c that query.c calls. Nothing outside graph/ includes this
 * file.
 */
#ifndef AG_GRAPH_INT_H
#define AG_GRAPH_INT_H

#include "ag_graph.h"

#include <sqlite3.h>
#include <stdint.h>

struct put_stmts;

struct ag_store {
    sqlite3 *db;
    char *path;
    int readonly;
    struct put_stmts *put;        /* ag_store_put's statements, prepared once */
    int batch;                    /* ag_store_batch_begin: articles under savepoints */
    int batch_tx;                 /* the batch's transaction is open */
    long batch_pending;           /* articles added in it */
    long batch_max, batch_max_ms; /* commit at this many articles, this age */
    long long batch_t0_ms;        /* when it began (monotonic clock) */
};

/* Fills err with "PATH: what: sqlite message" (or the locked-store message
 * for SQLITE_BUSY) and returns the ag_code. */
int ag_store_db_error(ag_store *s, int sqlite_rc, const char *what, ag_err *err);
/* Prepares sql on the store's connection. */
int ag_store_prepare(ag_store *s, const char *sql, sqlite3_stmt **st, ag_err *err);
/* Applies the curation table to the store, in order: merges,
 * aliases, names and states; idempotent. Called inside the transaction of
 * every write, after the write. */
int ag_store_curation_apply(ag_store *s, ag_err *err);
/* Begins (BEGIN IMMEDIATE; *in_tx set) the transaction of a write that
 * is atomic on its own (retract, reextract, curate, merge of shards):
 * first commits what an open ingest batch holds, so that the write never
 * runs inside the batch nor is rolled back with it, and forgets the rows
 * ag_store_put knows to be stored (the write may delete or change them). */
int ag_store_write_begin(ag_store *s, int *in_tx, ag_err *err);
/* Forgets the rows ag_store_put knows to be stored: after a write that
 * may have deleted or changed rows, committed or rolled back. */
void ag_store_forget(ag_store *s);
/* Runs every statement of sql (';'-separated) with ?1 = a and ?2 = b. */
int ag_store_exec_pair(ag_store *s, const char *sql, const char *a, const char *b, ag_err *err);
/* malloc'd copy of a text column, NULL for SQL NULL; *oom set on failure. */
char *ag_store_column_dup(sqlite3_stmt *st, int col, int *oom);
/* qsort order of ag_gedges as a load keeps them: (from, to, type), then id. */
int ag_gedge_cmp(const void *pa, const void *pb);

/* ---- the graph snapshot (graph/snapshot.c: its bytes; graph/store.c: its row) */

/* The bytes of g, a graph that ag_graph_load_parts gave with
 * AG_LOAD_COUNTS_ONLY and no filter, into b. AG_ERR_NOMEM or AG_OK. */
int ag_snapshot_encode(const ag_graph *g, ag_buf *b);
/* The graph of those n bytes through the filter f (types, kinds,
 * min_sources; not a date window): what ag_graph_load_parts with
 * AG_LOAD_COUNTS_ONLY and f gives; with narrow, its edges as g->nedges
 * (AG_LOAD_NARROW). AG_ERR_DB when the bytes are not a snapshot (g is then
 * empty), AG_ERR_LIMIT when narrow and a count does not fit the narrow
 * edge (g empty: decode again without narrow), AG_ERR_NOMEM. */
int ag_snapshot_decode(const void *data, size_t n, const ag_filter *f, int narrow, ag_graph *g);
/* Begins a read transaction when none is open (*began set): the snapshot
 * row and a load that replaces it see one state of the store. */
int ag_store_read_begin(ag_store *s, int *began, ag_err *err);
/* Ends the read transaction ag_store_read_begin began, if it did. */
void ag_store_read_end(ag_store *s, int *began);
/* The snapshot row, when there is one of this program's format: *data and
 * *n point into *st (finalized by the caller); *data NULL when none. */
int ag_store_snapshot_get(ag_store *s, sqlite3_stmt **st, const void **data, size_t *n,
                          ag_err *err);
/* Writes the snapshot row, best effort, in the read transaction that
 * ag_store_read_begin began (*began) and ends it: SQLite refuses the write
 * when another connection committed since that transaction's first read,
 * and it gives up at once when a writer holds the store; a read-only store
 * is left alone. 1 when written. */
int ag_store_snapshot_put(ag_store *s, const void *data, size_t n, int *began);

/* ---- PageRank without igraph (graph/pagerank.c) ---------------------------- */

/* One link of a collapsed graph (query.c): a -> b (a <= b when
 * undirected), w the sum of the article counts of the edges merged. */
typedef struct ag_link {
    size_t a, b;
    double w;
} ag_link;

/* Whether ag_pagerank_links takes a graph of this size and this damping:
 * at least one vertex, fewer than 2^31 vertices and links, 0 <= damping < 1. */
int ag_pagerank_usable(size_t n_vertices, size_t n_links, double damping);
/* The PageRank scores of the n_vertices vertices of the directed links l
 * (sorted by (a, b), no two alike, weights >= 0) into score[n_vertices]:
 * what igraph_pagerank with PRPACK, these weights and this damping gives,
 * to the last bit. AG_ERR_USAGE when not usable, AG_ERR_NOMEM. */
int ag_pagerank_links(size_t n_vertices, const ag_link *l, size_t n_links, double damping,
                      double *score, ag_err *err);
/* ag_pagerank_links over the links of g's edges (collapsed as query.c's
 * build_links collapses them, without its list of links): the same scores.
 * The edges (narrow or not) must be in (from, to) order with their ends in
 * range; *unordered set (and nothing done) when they are not. */
int ag_pagerank_graph(const ag_graph *g, double damping, double *score, int *unordered,
                      ag_err *err);
/* Whether a Gauss-Seidel sweep of n residuals t (plain: their sum added
 * plainly) goes on: PRPACK's test on their compensated sum. */
int ag_pagerank_residual_above(const double *t, uint32_t n, double plain, double alpha,
                               double bound);

#endif
