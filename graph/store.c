/*
 * store.c -- the SQLite store: opening (schema creation and forward
 * migration by PRAGMA user_version), writing articles (one transaction
 * each, or batched under savepoints),
 * statistics, actor resolution, listings of entities and mentions.
 *
 * Every statement binds its values; no SQL text is ever built from data.
 *
 * Schema history (user_version):
 *   0  pre-release snapshots: plain (non-STRICT) tables without versioning:
 *        articles(id TEXT PRIMARY KEY, title, url, source, published,
 *                 sha256 UNIQUE, text)
 *        entities(id PRIMARY KEY, kind, name, state)
 *        aliases(alias, entity_id)
 *        edges(id INTEGER PRIMARY KEY, type, source_id, target_id)
 *        mentions(id INTEGER PRIMARY KEY, edge_id, article_id, sentence,
 *                 start, end, items, category, quantity, date, status,
 *                 attribution, confidence)
 *      migrate_0_to_1 copies them into version 1.
 *   1  STRICT tables; a mention's date was a day (YYYY-MM-DD) only.
 *   2  a mention's date may be a month (YYYY-MM); migrate_1_to_2 rebuilds
 *      the mentions table with the wider CHECK.
 *   3  the tables of SCHEMA below: an article records the extractor version
 *      and the dictionaries' hash that produced its mentions, and which
 *      entities (sources) and aliases (alias_sources) it named, so that an
 *      article can be retracted or extracted again exactly; the curation
 *      table holds the analysts' edits of entities. migrate_2_to_3
 *      adds the columns (NULL: unknown) and takes the endpoints of an
 *      article's edges, with all their aliases, as what it named.
 *   4  each edge keeps the aggregates of its mentions (EDGE_STATS_SQL:
 *      mentions, distinct articles, reported mentions, highest confidence,
 *      first and last date), kept right by triggers on every write of a
 *      mention or an article's date, so that a graph load reads edges, not
 *      mentions; mentions_edge indexes (edge_id, article_key) for the
 *      triggers' distinct-article test. migrate_3_to_4 adds the columns
 *      and computes them.
 *   5  fewer rows per article (ingest's cost is SQLite's per row): an
 *      article that names an entity by its name as one of its aliases,
 *      spelt as the name, records that in sources.name_is_alias instead of
 *      an alias_sources row repeating the name (a third of them); the
 *      sweep of retract and reextract and the curated merge read such
 *      aliases from sources (index sources_name). The trigger of a mention
 *      insert does nothing while edge_stats_deferred holds a row: ingest
 *      puts one there inside its own transaction, keeps the aggregates of
 *      the mentions it writes itself and writes them, and takes the row
 *      away, before it commits (no other connection ever sees the row).
 *      migrate_4_to_5 adds the column, turns the repeating rows into it,
 *      and creates the table, the index and the triggers (those of every
 *      store older than 5 are made here). (Since the sixth round of issue
 *      13 an ingest batch in a plain store turns its connection's
 *      triggers off instead, put_begin; the row still serves a single
 *      article's transaction, and older programs.)
 *      A version 5 store may also hold the graph snapshot (graph_snapshot
 *      and its six triggers, SNAPSHOT_SQL), made by the first `central` or
 *      `communities` that finds none: no version of its own; a migration
 *      to a later version must drop it or keep it right.
 */
#define _POSIX_C_SOURCE 200809L
#include "graph_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* PRAGMA application_id of an armsgraph store ("ArGr"). */
#define AG_APPLICATION_ID 0x41724772

/* The mentions table of version 2: a date is a day or a month ("2024-02"). */
#define MENTIONS_SQL                                                                               \
    "CREATE TABLE mentions (\n"                                                                    \
    "  id INTEGER PRIMARY KEY,\n"                                                                  \
    "  edge_id INTEGER NOT NULL REFERENCES edges(id),\n"                                           \
    "  article_key INTEGER NOT NULL REFERENCES articles(key),\n"                                   \
    "  sentence TEXT,\n"                                                                           \
    "  sent_start INTEGER,\n"                                                                      \
    "  sent_end INTEGER,\n"                                                                        \
    "  items TEXT,\n"                                                                              \
    "  category TEXT,\n"                                                                           \
    "  qty_value REAL,\n"                                                                          \
    "  qty_unit TEXT,\n"                                                                           \
    "  qty_qualifier TEXT,\n"                                                                      \
    "  qty_text TEXT,\n"                                                                           \
    "  date TEXT CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'\n"                  \
    "                    OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),\n"                       \
    "  status TEXT NOT NULL CHECK (status IN ('reported', 'planned')),\n"                          \
    "  attribution TEXT,\n"                                                                        \
    "  confidence REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1)\n"                     \
    ") STRICT;\n"                                                                                  \
    "CREATE INDEX mentions_edge ON mentions(edge_id, article_key);\n"                              \
    "CREATE INDEX mentions_article ON mentions(article_key);\n"

/* Version 3: what each article named, the provenance of entities and
 * aliases (an entity's name, kind and state are those of the first article
 * that named it, as at ingest); and the curation of entities (merges,
 * aliases, names, states) that every write applies again (curate.c). */
#define SOURCES_SQL                                                                                \
    "CREATE TABLE sources (\n"                                                                     \
    "  article_key INTEGER NOT NULL REFERENCES articles(key),\n"                                   \
    "  entity_id TEXT NOT NULL REFERENCES entities(id),\n"                                         \
    "  kind TEXT NOT NULL,\n"                                                                      \
    "  name TEXT NOT NULL,\n"                                                                      \
    "  state TEXT,\n"                                                                              \
    "  PRIMARY KEY (article_key, entity_id)\n"                                                     \
    ") STRICT, WITHOUT ROWID;\n"                                                                   \
    "CREATE INDEX sources_entity ON sources(entity_id, article_key);\n"                            \
    "CREATE INDEX sources_state ON sources(entity_id, article_key) WHERE state IS NOT NULL;\n"     \
    "CREATE TABLE alias_sources (\n"                                                               \
    "  article_key INTEGER NOT NULL REFERENCES articles(key),\n"                                   \
    "  entity_id TEXT NOT NULL REFERENCES entities(id),\n"                                         \
    "  alias TEXT NOT NULL COLLATE NOCASE,\n"                                                      \
    "  PRIMARY KEY (article_key, entity_id, alias)\n"                                              \
    ") STRICT, WITHOUT ROWID;\n"                                                                   \
    "CREATE INDEX alias_sources_entity ON alias_sources(entity_id, alias, article_key);\n"         \
    "CREATE TABLE curation (\n"                                                                    \
    "  seq INTEGER PRIMARY KEY,\n"                                                                 \
    "  op TEXT NOT NULL CHECK (op IN ('merge', 'alias', 'rename', 'state')),\n"                    \
    "  entity_id TEXT NOT NULL CHECK (entity_id <> ''),\n"                                         \
    "  value TEXT NOT NULL CHECK (value <> '')\n"                                                  \
    ") STRICT;\n"

/* Version 4: the date a mention counts with in an edge's first and last
 * date (the graph load's, graph/load.c): its own, a month standing for its
 * first day, else its article's published date. X is the row (NEW, OLD, o). */
#define MENTION_DAY(X)                                                                             \
    "CASE WHEN " X ".date IS NULL THEN (SELECT published FROM articles WHERE key = " X             \
    ".article_key) WHEN length(" X ".date) = 7 THEN " X ".date || '-01' ELSE " X ".date END"

/* A mention OLD leaves its edge: the counts go down; the highest
 * confidence and the dates are read again from the edge's other mentions
 * only when OLD held one of them. `o.id <> OLD.id` also serves the update
 * trigger, run after the row changed. */
#define EDGE_STATS_LEAVE                                                                           \
    "UPDATE edges SET n_mentions = n_mentions - 1,"                                                \
    " n_articles = n_articles - NOT EXISTS (SELECT 1 FROM mentions o WHERE o.edge_id ="            \
    " OLD.edge_id AND o.article_key = OLD.article_key AND o.id <> OLD.id),"                        \
    " n_reported = n_reported - (OLD.status <> 'planned'),"                                        \
    " confidence = CASE WHEN OLD.confidence < confidence THEN confidence ELSE (SELECT"             \
    " coalesce(max(o.confidence), 0) FROM mentions o WHERE o.edge_id = OLD.edge_id"                \
    " AND o.id <> OLD.id) END,"                                                                    \
    " first_date = CASE WHEN coalesce(" MENTION_DAY(                                               \
        "OLD") " > first_date, 1) THEN first_date"                                                 \
               " ELSE (SELECT min(" MENTION_DAY(                                                   \
                   "o") ") FROM mentions o WHERE o.edge_id = OLD.edge_id"                          \
                        " AND o.id <> OLD.id) END,"                                                \
                        " last_date = CASE WHEN coalesce(" MENTION_DAY(                            \
                            "OLD") " < last_date, 1) THEN last_date"                               \
                                   " ELSE (SELECT max(" MENTION_DAY(                               \
                                       "o") ") FROM mentions o WHERE o.edge_id = OLD.edge_id"      \
                                            " AND o.id <> OLD.id) END"                             \
                                            " WHERE id = OLD.edge_id;"

/* A mention NEW joins its edge. min() and max() of SQL are NULL when an
 * argument is: coalesce takes the other one then (an UPDATE ... FROM a
 * subquery holding the day, evaluated once, cost ingest more). */
#define EDGE_STATS_JOIN                                                                            \
    "UPDATE edges SET n_mentions = n_mentions + 1,"                                                \
    " n_articles = n_articles + NOT EXISTS (SELECT 1 FROM mentions o WHERE o.edge_id ="            \
    " NEW.edge_id AND o.article_key = NEW.article_key AND o.id <> NEW.id),"                        \
    " n_reported = n_reported + (NEW.status <> 'planned'),"                                        \
    " confidence = max(confidence, NEW.confidence),"                                               \
    " first_date = coalesce(min(first_date, " MENTION_DAY("NEW") "), " MENTION_DAY(                \
        "NEW") ","                                                                                 \
               " first_date),"                                                                     \
               " last_date = coalesce(max(last_date, " MENTION_DAY("NEW") "), " MENTION_DAY(       \
                   "NEW") ","                                                                      \
                          " last_date)"                                                            \
                          " WHERE id = NEW.edge_id;"

/* The aggregates computed from the mentions, of every edge (the
 * migration: WHERE "") or of those the WHERE clause on mentions o picks. */
#define EDGE_STATS_COMPUTE(WHERE)                                                                  \
    "UPDATE edges SET n_mentions = x.n, n_articles = x.a, n_reported = x.r, confidence = x.c,"     \
    " first_date = x.f, last_date = x.l FROM (SELECT o.edge_id AS id, count(*) AS n,"              \
    " count(DISTINCT o.article_key) AS a, sum(o.status <> 'planned') AS r,"                        \
    " max(o.confidence) AS c, min(" MENTION_DAY("o") ") AS f, max(" MENTION_DAY(                   \
        "o") ") AS l"                                                                              \
             " FROM mentions o " WHERE " GROUP BY o.edge_id) AS x WHERE edges.id = x.id;"

/* The triggers that keep the aggregates right through every write: ingest,
 * merge, retract, reextract, a curated merge moving mentions to another
 * edge, and any other program writing the store with SQLite. One string
 * each (the limit of a string literal). store_plain names them: a new
 * one goes there too. */
static const char *const EDGE_STATS_TRIGGERS[] = {
    /* ingest keeps the aggregates of its own mentions (edge_stats_deferred) */
    "CREATE TRIGGER mentions_stats_insert AFTER INSERT ON mentions"
    " WHEN NOT EXISTS (SELECT 1 FROM edge_stats_deferred) BEGIN " EDGE_STATS_JOIN " END",
    "CREATE TRIGGER mentions_stats_delete AFTER DELETE ON mentions BEGIN " EDGE_STATS_LEAVE " END",
    "CREATE TRIGGER mentions_stats_update AFTER UPDATE OF edge_id, article_key, date, confidence,"
    " status ON mentions BEGIN " EDGE_STATS_LEAVE " " EDGE_STATS_JOIN " END",
    /* a program writing without foreign keys may add mentions before
     * their edge */
    "CREATE TRIGGER edges_stats_insert AFTER INSERT ON edges"
    " WHEN EXISTS (SELECT 1 FROM mentions WHERE edge_id = NEW.id) BEGIN " EDGE_STATS_COMPUTE(
        "WHERE o.edge_id = NEW.id") " END",
    /* ids and keys renumbered by such a program: computed again */
    "CREATE TRIGGER edges_stats_renumber AFTER UPDATE OF id ON edges WHEN OLD.id <> NEW.id"
    " BEGIN UPDATE edges SET n_mentions = 0, n_articles = 0, n_reported = 0, confidence = 0,"
    " first_date = NULL, last_date = NULL WHERE id = NEW.id; " EDGE_STATS_COMPUTE(
        "WHERE o.edge_id = NEW.id") " END",
    /* a mention without a date of its own counts with its article's */
    "CREATE TRIGGER articles_stats AFTER UPDATE OF key, published ON articles"
    " WHEN OLD.key <> NEW.key OR OLD.published IS NOT NEW.published BEGIN " EDGE_STATS_COMPUTE(
        "WHERE o.edge_id IN (SELECT edge_id FROM mentions WHERE article_key = NEW.key)") " END"};

static const char SCHEMA[] =
    "CREATE TABLE articles (\n"
    "  key INTEGER PRIMARY KEY,\n"
    "  id TEXT NOT NULL,\n"
    "  title TEXT,\n"
    "  url TEXT,\n"
    "  source TEXT,\n"
    "  published TEXT CHECK (published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),\n"
    "  sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),\n"
    "  ingested_at TEXT NOT NULL,\n"
    "  text TEXT,\n"
    "  extractor INTEGER,\n"
    "  dict_hash TEXT CHECK (length(dict_hash) = 64)\n"
    ") STRICT;\n"
    "CREATE INDEX articles_id ON articles(id);\n"
    "CREATE TABLE entities (\n"
    "  id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),\n"
    "  kind TEXT NOT NULL CHECK (kind IN ('state', 'person', 'organization')),\n"
    "  name TEXT NOT NULL,\n"
    "  state TEXT\n"
    ") STRICT;\n"
    "CREATE TABLE aliases (\n"
    "  alias TEXT NOT NULL COLLATE NOCASE CHECK (alias <> ''),\n"
    "  entity_id TEXT NOT NULL REFERENCES entities(id),\n"
    "  PRIMARY KEY (alias, entity_id)\n"
    ") STRICT, WITHOUT ROWID;\n"
    "CREATE INDEX aliases_entity ON aliases(entity_id);\n"
    "CREATE TABLE edges (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  type TEXT NOT NULL CHECK (type IN ('supplies', 'seeks-in-exchange', 'sanctions',\n"
    "                                     'attacks')),\n"
    "  source_id TEXT NOT NULL REFERENCES entities(id),\n"
    "  target_id TEXT NOT NULL REFERENCES entities(id),\n"
    "  n_mentions INTEGER NOT NULL DEFAULT 0,\n"
    "  n_articles INTEGER NOT NULL DEFAULT 0,\n"
    "  n_reported INTEGER NOT NULL DEFAULT 0,\n"
    "  confidence REAL NOT NULL DEFAULT 0,\n"
    "  first_date TEXT,\n"
    "  last_date TEXT,\n"
    "  UNIQUE (type, source_id, target_id)\n"
    ") STRICT;\n"
    "CREATE INDEX edges_source ON edges(source_id);\n"
    "CREATE INDEX edges_target ON edges(target_id);\n" MENTIONS_SQL SOURCES_SQL;

/* ---- small helpers shared inside graph/ ------------------------------------ */

int ag_store_db_error(ag_store *s, int sqlite_rc, const char *what, ag_err *err)
{
    int prim = sqlite_rc & 0xff;

    if (prim == SQLITE_BUSY || prim == SQLITE_LOCKED)
        return ag_err_set(err, AG_ERR_BUSY, "%s: database is locked by another writer", s->path);
    if (prim == SQLITE_NOMEM)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    if (prim == SQLITE_READONLY)
        return ag_err_set(err, AG_ERR_IO, "%s: the store or its folder is read-only (%s)", s->path,
                          sqlite3_errstr(sqlite_rc));
    if (prim == SQLITE_FULL)
        return ag_err_set(err, AG_ERR_IO, "%s: %s: disk full", s->path, what);
    if (prim == SQLITE_IOERR || prim == SQLITE_CANTOPEN)
        return ag_err_set(err, AG_ERR_IO, "%s: %s: %s", s->path, what, sqlite3_errmsg(s->db));
    if (prim == SQLITE_CORRUPT)
        return ag_err_set(err, AG_ERR_DB, "%s: the store is damaged (%s)", s->path,
                          sqlite3_errstr(sqlite_rc));
    if (prim == SQLITE_NOTADB)
        return ag_err_set(err, AG_ERR_DB, "%s: not an armsgraph store (%s)", s->path,
                          sqlite3_errstr(sqlite_rc));
    return ag_err_set(err, AG_ERR_DB, "%s: %s: %s", s->path, what,
                      s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(sqlite_rc));
}

int ag_store_prepare(ag_store *s, const char *sql, sqlite3_stmt **st, ag_err *err)
{
    int rc = sqlite3_prepare_v2(s->db, sql, -1, st, NULL);

    if (rc != SQLITE_OK) {
        *st = NULL;
        return ag_store_db_error(s, rc, "preparing a statement", err);
    }
    return AG_OK;
}

char *ag_store_column_dup(sqlite3_stmt *st, int col, int *oom)
{
    const unsigned char *t;
    char *copy;

    if (sqlite3_column_type(st, col) == SQLITE_NULL)
        return NULL;
    t = sqlite3_column_text(st, col);
    if (t == NULL) {
        *oom = 1;
        return NULL;
    }
    copy = ag_strndup((const char *)t, (size_t)sqlite3_column_bytes(st, col));
    if (copy == NULL)
        *oom = 1;
    return copy;
}

static int exec(ag_store *s, const char *sql, const char *what, ag_err *err)
{
    int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);

    if (rc != SQLITE_OK)
        return ag_store_db_error(s, rc, what, err);
    return AG_OK;
}

/* BEGIN IMMEDIATE; *in_tx is set once the transaction has begun. */
static int tx_begin(ag_store *s, const char *what, int *in_tx, ag_err *err)
{
    int rc = exec(s, "BEGIN IMMEDIATE", what, err);

    if (rc == AG_OK)
        *in_tx = 1;
    return rc;
}

/* COMMIT; *in_tx is cleared once the transaction has ended. */
static int tx_commit(ag_store *s, const char *what, int *in_tx, ag_err *err)
{
    int rc = exec(s, "COMMIT", what, err);

    if (rc == AG_OK)
        *in_tx = 0;
    return rc;
}

/* SQLITE_STATIC: every statement that binds through here is stepped and
 * reset while the bound strings live, and binds all its parameters anew
 * before each step (no copy of each string, the article text included). */
static int bind_text(sqlite3_stmt *st, int i, const char *v)
{
    if (v == NULL)
        return sqlite3_bind_null(st, i);
    return sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
}

/* bind a possibly empty string as NULL when empty */
static int bind_text_or_null(sqlite3_stmt *st, int i, const char *v)
{
    return bind_text(st, i, v != NULL && v[0] != '\0' ? v : NULL);
}

/* a single integer from a query without parameters */
static int query_int(ag_store *s, const char *sql, long long *out, ag_err *err)
{
    sqlite3_stmt *st = NULL;
    int rc;

    rc = ag_store_prepare(s, sql, &st, err);
    if (rc != AG_OK)
        goto out;
    rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        rc = ag_store_db_error(s, rc, "reading the store", err);
        goto out;
    }
    *out = sqlite3_column_int64(st, 0);
    rc = AG_OK;
out:
    sqlite3_finalize(st);
    return rc;
}

/* a single integer from a query with the parameter ?1 = v */
static int query_text_int(ag_store *s, const char *sql, const char *v, long long *out, ag_err *err)
{
    sqlite3_stmt *st = NULL;
    int rc = ag_store_prepare(s, sql, &st, err);

    if (rc != AG_OK)
        return rc;
    bind_text(st, 1, v);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *out = sqlite3_column_int64(st, 0);
        rc = AG_OK;
    } else {
        rc = ag_store_db_error(s, rc, "reading the store", err);
    }
    sqlite3_finalize(st);
    return rc;
}

/* "YYYY-MM-DDTHH:MM:SSZ" from $ARMSGRAPH_NOW when set, else the clock */
static void now_iso(char buf[32])
{
    const char *env = getenv("ARMSGRAPH_NOW");
    time_t t;
    struct tm tm;

    if (env != NULL && env[0] != '\0') {
        snprintf(buf, 32, "%s", env);
        return;
    }
    t = time(NULL);
    gmtime_r(&t, &tm);
    strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* ---- opening and migrations ---------------------------------------------- */

const char *ag_store_default_path(const char *explicit_path)
{
    const char *env;

    if (explicit_path != NULL && explicit_path[0] != '\0')
        return explicit_path;
    env = getenv("ARMSGRAPH_DB");
    if (env != NULL && env[0] != '\0')
        return env;
    return "armsgraph.db";
}

const char *ag_store_path(const ag_store *s)
{
    return s != NULL ? s->path : NULL;
}

static int create_triggers(ag_store *s, const char *what, ag_err *err)
{
    static const char drop[] = "DROP TRIGGER IF EXISTS mentions_stats_insert;"
                               "DROP TRIGGER IF EXISTS mentions_stats_delete;"
                               "DROP TRIGGER IF EXISTS mentions_stats_update;"
                               "DROP TRIGGER IF EXISTS edges_stats_insert;"
                               "DROP TRIGGER IF EXISTS edges_stats_renumber;"
                               "DROP TRIGGER IF EXISTS articles_stats;";
    int rc = exec(s, drop, what, err);

    for (size_t i = 0; rc == AG_OK && i < sizeof EDGE_STATS_TRIGGERS / sizeof *EDGE_STATS_TRIGGERS;
         i++)
        rc = exec(s, EDGE_STATS_TRIGGERS[i], what, err);
    return rc;
}

/* Version 5 over the tables of version 4 (SCHEMA, or a migrated store):
 * what an article named by the name spelt as one of its aliases is a flag
 * of its sources row, not an alias_sources row; the mentions' insert
 * trigger does nothing inside an ingest that keeps the aggregates. */
#define SCHEMA_5_SQL                                                                               \
    "ALTER TABLE sources ADD COLUMN name_is_alias INTEGER NOT NULL DEFAULT 0"                      \
    " CHECK (name_is_alias IN (0, 1));"                                                            \
    "UPDATE sources SET name_is_alias = 1 WHERE EXISTS (SELECT 1 FROM alias_sources x"             \
    " WHERE x.article_key = sources.article_key AND x.entity_id = sources.entity_id"               \
    " AND x.alias = sources.name COLLATE BINARY);"                                                 \
    "DELETE FROM alias_sources WHERE EXISTS (SELECT 1 FROM sources y"                              \
    " WHERE y.article_key = alias_sources.article_key AND y.entity_id = alias_sources.entity_id"   \
    " AND y.name_is_alias = 1 AND y.name = alias_sources.alias COLLATE BINARY);"                   \
    "CREATE INDEX sources_name ON sources(entity_id, name COLLATE NOCASE, article_key)"            \
    " WHERE name_is_alias = 1;"                                                                    \
    "CREATE TABLE edge_stats_deferred (\n"                                                         \
    "  x INTEGER PRIMARY KEY\n"                                                                    \
    ") STRICT;\n"

static int create_schema(ag_store *s, ag_err *err)
{
    int rc = exec(s, SCHEMA, "creating the schema", err);

    if (rc == AG_OK)
        rc = exec(s, SCHEMA_5_SQL, "creating the schema", err);
    if (rc == AG_OK)
        rc = create_triggers(s, "creating the schema", err);

    if (rc == AG_OK)
        rc = exec(s, "PRAGMA application_id = 1098008434", "creating the schema", err);
    return rc;
}

/* Version 1 allowed only days as dates: the mentions table is rebuilt. */
static int migrate_1_to_2(ag_store *s, ag_err *err)
{
    static const char sql[] = "ALTER TABLE mentions RENAME TO v1_mentions;"
                              "DROP INDEX mentions_edge; DROP INDEX mentions_article;" MENTIONS_SQL
                              ";INSERT INTO mentions SELECT * FROM v1_mentions ORDER BY id;"
                              "DROP TABLE v1_mentions;";
    return exec(s, sql, "migrating from schema version 1", err);
}

/* Version 2 knew no provenance of entities and aliases: an article is
 * taken to have named the endpoints of its edges, with all their aliases
 * (an approximation that `reextract` makes exact). */
#define SOURCES_FROM_EDGES_SQL                                                                     \
    "INSERT OR IGNORE INTO sources(article_key, entity_id, kind, name, state)"                     \
    "  SELECT m.article_key, e.id, e.kind, e.name, e.state FROM mentions m"                        \
    "  JOIN edges d ON d.id = m.edge_id JOIN entities e ON e.id IN (d.source_id, d.target_id)"     \
    "  ORDER BY m.article_key, e.id;"                                                              \
    "INSERT OR IGNORE INTO alias_sources(article_key, entity_id, alias)"                           \
    "  SELECT s.article_key, s.entity_id, a.alias FROM sources s"                                  \
    "  JOIN aliases a ON a.entity_id = s.entity_id ORDER BY 1, 2, 3;"

static int migrate_2_to_3(ag_store *s, ag_err *err)
{
    static const char sql[] =
        "ALTER TABLE articles ADD COLUMN extractor INTEGER;"
        "ALTER TABLE articles ADD COLUMN dict_hash TEXT CHECK (length(dict_hash) = 64);" SOURCES_SQL
        ";" SOURCES_FROM_EDGES_SQL;
    return exec(s, sql, "migrating from schema version 2", err);
}

/* Version 3 read every mention to load a graph: the edges get the
 * aggregates of their mentions and the triggers that keep them. */
static int migrate_3_to_4(ag_store *s, ag_err *err)
{
    static const char sql[] =
        "ALTER TABLE edges ADD COLUMN n_mentions INTEGER NOT NULL DEFAULT 0;"
        "ALTER TABLE edges ADD COLUMN n_articles INTEGER NOT NULL DEFAULT 0;"
        "ALTER TABLE edges ADD COLUMN n_reported INTEGER NOT NULL DEFAULT 0;"
        "ALTER TABLE edges ADD COLUMN confidence REAL NOT NULL DEFAULT 0;"
        "ALTER TABLE edges ADD COLUMN first_date TEXT;"
        "ALTER TABLE edges ADD COLUMN last_date TEXT;"
        "DROP INDEX mentions_edge;"
        "CREATE INDEX mentions_edge ON mentions(edge_id, article_key);" EDGE_STATS_COMPUTE("");

    /* the triggers come with version 5 */
    return exec(s, sql, "migrating from schema version 3", err);
}

/* Version 4 wrote an alias_sources row repeating the sources name, and
 * triggers that ingest could not do without. */
static int migrate_4_to_5(ag_store *s, ag_err *err)
{
    int rc = exec(s, SCHEMA_5_SQL, "migrating from schema version 4", err);

    return rc == AG_OK ? create_triggers(s, "migrating from schema version 4", err) : rc;
}

/* Version 0 becomes the current schema directly. */
static int migrate_0_to_1(ag_store *s, ag_err *err)
{
    static const char rename[] = "ALTER TABLE articles RENAME TO v0_articles;"
                                 "ALTER TABLE entities RENAME TO v0_entities;"
                                 "ALTER TABLE aliases RENAME TO v0_aliases;"
                                 "ALTER TABLE edges RENAME TO v0_edges;"
                                 "ALTER TABLE mentions RENAME TO v0_mentions;";
    static const char copy[] =
        "INSERT INTO entities(id, kind, name, state)"
        "  SELECT id, kind, coalesce(name, id), nullif(state, '') FROM v0_entities ORDER BY id;"
        "INSERT OR IGNORE INTO aliases(alias, entity_id)"
        "  SELECT alias, entity_id FROM v0_aliases WHERE alias <> ''"
        "  AND entity_id IN (SELECT id FROM entities);"
        "INSERT INTO edges(id, type, source_id, target_id)"
        "  SELECT id, type, source_id, target_id FROM v0_edges ORDER BY id;"
        "INSERT INTO mentions(id, edge_id, article_key, sentence, sent_start, sent_end, items,"
        "  category, qty_text, date, status, attribution, confidence)"
        "  SELECT m.id, m.edge_id, a.key, m.sentence, m.start, m.\"end\", nullif(m.items, ''),"
        "  nullif(m.category, ''), nullif(m.quantity, ''), nullif(m.date, ''),"
        "  coalesce(m.status, 'reported'), nullif(m.attribution, ''),"
        "  coalesce(m.confidence, 0.5)"
        "  FROM v0_mentions m JOIN articles a ON a.id = m.article_id ORDER BY m.id;"
        "DROP TABLE v0_mentions; DROP TABLE v0_edges; DROP TABLE v0_aliases;"
        "DROP TABLE v0_entities; DROP TABLE v0_articles;" SOURCES_FROM_EDGES_SQL;
    sqlite3_stmt *st = NULL;
    char now[32];
    int rc;

    rc = exec(s, rename, "migrating from schema version 0", err);
    if (rc == AG_OK)
        rc = create_schema(s, err);
    if (rc != AG_OK)
        goto out;
    rc =
        ag_store_prepare(s,
                         "INSERT INTO articles(id, title, url, source, published, sha256,"
                         " ingested_at, text) SELECT id, title, url, source,"
                         " nullif(published, ''), sha256, ?1, text FROM v0_articles ORDER BY rowid",
                         &st, err);
    if (rc != AG_OK)
        goto out;
    now_iso(now);
    sqlite3_bind_text(st, 1, now, -1, SQLITE_TRANSIENT);
    rc = sqlite3_step(st);
    if (rc != SQLITE_DONE) {
        rc = ag_store_db_error(s, rc, "migrating the articles of schema version 0", err);
        goto out;
    }
    rc = exec(s, copy, "migrating from schema version 0", err);
out:
    sqlite3_finalize(st);
    return rc;
}

/* Brings the schema to AG_SCHEMA_VERSION; called with a read-write
 * connection, outside any transaction. */
static int migrate(ag_store *s, ag_err *err)
{
    long long version = 0, tables = 0, articles = 0, appid = 0;
    int rc, in_tx = 0;

    rc = tx_begin(s, "starting the schema update", &in_tx, err);
    if (rc != AG_OK)
        goto out;
    /* read again inside the write lock: another process may have done it */
    if ((rc = query_int(s, "PRAGMA user_version", &version, err)) != AG_OK ||
        (rc = query_int(s, "PRAGMA application_id", &appid, err)) != AG_OK ||
        (rc = query_int(s, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'", &tables,
                        err)) != AG_OK ||
        (rc = query_int(s,
                        "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
                        " AND name = 'articles'",
                        &articles, err)) != AG_OK)
        goto out;
    if (version > AG_SCHEMA_VERSION) {
        rc = ag_err_set(err, AG_ERR_SCHEMA,
                        "%s: store schema version %lld is newer than this armsgraph supports (%d)",
                        s->path, version, AG_SCHEMA_VERSION);
        goto out;
    }
    if (version == 0) {
        if (tables == 0) {
            rc = create_schema(s, err);
        } else if (articles == 1 && appid == 0) {
            rc = migrate_0_to_1(s, err);
        } else {
            rc = ag_err_set(err, AG_ERR_DB, "%s: not an armsgraph store (unknown tables)", s->path);
        }
        if (rc != AG_OK)
            goto out;
        version = AG_SCHEMA_VERSION;
    }
    if (version == 1) {
        if ((rc = migrate_1_to_2(s, err)) != AG_OK)
            goto out;
        version = 2;
    }
    if (version == 2) {
        if ((rc = migrate_2_to_3(s, err)) != AG_OK)
            goto out;
        version = 3;
    }
    if (version == 3) {
        if ((rc = migrate_3_to_4(s, err)) != AG_OK)
            goto out;
        version = 4;
    }
    if (version == 4) {
        if ((rc = migrate_4_to_5(s, err)) != AG_OK)
            goto out;
        version = 5;
    }
    rc = exec(s, "PRAGMA user_version = 5", "writing the schema version", err);
    if (rc != AG_OK)
        goto out;
    rc = tx_commit(s, "committing the schema update", &in_tx, err);
out:
    if (in_tx)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

/* Checks the version and identity of an opened store; *needs_migration is
 * set when the schema is older than ours. */
static int check_version(ag_store *s, int *needs_migration, ag_err *err)
{
    long long version = 0, appid = 0;
    int rc;

    *needs_migration = 0;
    if ((rc = query_int(s, "PRAGMA user_version", &version, err)) != AG_OK ||
        (rc = query_int(s, "PRAGMA application_id", &appid, err)) != AG_OK)
        return rc;
    if (version > AG_SCHEMA_VERSION)
        return ag_err_set(err, AG_ERR_SCHEMA,
                          "%s: store schema version %lld is newer than this armsgraph supports "
                          "(%d)",
                          s->path, version, AG_SCHEMA_VERSION);
    if (version > 0 && appid != AG_APPLICATION_ID)
        return ag_err_set(err, AG_ERR_DB, "%s: not an armsgraph store (application id %lld)",
                          s->path, appid);
    *needs_migration = version < AG_SCHEMA_VERSION;
    return AG_OK;
}

static long busy_timeout_ms(void)
{
    const char *env = getenv("ARMSGRAPH_BUSY_TIMEOUT");
    char *end;
    long v;

    if (env == NULL || env[0] == '\0')
        return 5000;
    v = strtol(env, &end, 10);
    if (*end != '\0' || v < 0 || v > 600000)
        return 5000;
    return v;
}

/* "file:PATH?immutable=1" with the URI's special characters escaped */
static char *immutable_uri(const char *path)
{
    ag_buf b;

    ag_buf_init(&b);
    ag_buf_puts(&b, "file:");
    while (path[0] == '/' && path[1] == '/') /* "file://" would name a host */
        path++;
    for (; *path; path++) {
        if (*path == '%' || *path == '?' || *path == '#')
            ag_buf_printf(&b, "%%%02x", (unsigned char)*path);
        else
            ag_buf_putc(&b, *path);
    }
    if (ag_buf_puts(&b, "?immutable=1") != AG_OK) {
        ag_buf_destroy(&b);
        return NULL;
    }
    return ag_buf_steal(&b);
}

/* Why a new file cannot be made at path: the folder's own error (missing,
 * not writable), else SQLite's last system error. */
static const char *folder_problem(const char *path)
{
    const char *slash = strrchr(path, '/');
    char *dir = slash == NULL ? ag_strdup(".") : ag_strndup(path, (size_t)(slash - path) + 1);
    const char *why = "cannot create the file";

    if (dir != NULL && access(dir, W_OK | X_OK) != 0)
        why = strerror(errno);
    free(dir);
    return why;
}

/* whether the folder of path accepts new files (the WAL index) */
static int folder_writable(const char *path)
{
    const char *slash = strrchr(path, '/');
    char *dir;
    int ok;

    if (slash == NULL)
        return access(".", W_OK) == 0;
    dir = ag_strndup(path, slash == path ? 1 : (size_t)(slash - path));
    if (dir == NULL)
        return 1;
    ok = access(dir, W_OK) == 0;
    free(dir);
    return ok;
}

/* mode: 0 read-write, 1 read-only, 2 read-only on a read-only folder (the
 * WAL index cannot be created there; nobody can be writing) */
static int connect(ag_store *s, int mode, ag_err *err)
{
    int readonly = mode != 0;
    int oflags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    char *uri = NULL;
    int rc, query_only = 0;

    /* A reader that may write the file and its folder connects read-write
     * with query_only on: a read-only connection can neither checkpoint nor
     * remove the -wal and -shm files when it closes, and would leave them
     * behind after every query. */
    if (mode == 1 && access(s->path, R_OK | W_OK) == 0 && folder_writable(s->path)) {
        oflags = SQLITE_OPEN_READWRITE;
        query_only = 1;
    }

    if (mode == 2) {
        if ((uri = immutable_uri(s->path)) == NULL)
            return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        oflags |= SQLITE_OPEN_URI;
    }
    rc = sqlite3_open_v2(uri != NULL ? uri : s->path, &s->db, oflags | SQLITE_OPEN_NOMUTEX, NULL);
    free(uri);
    if (rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_CANTOPEN && !readonly && access(s->path, F_OK) != 0)
            rc = ag_err_set(err, AG_ERR_IO, "%s: cannot create the store: %s", s->path,
                            folder_problem(s->path));
        else
            rc = ag_store_db_error(s, rc, "cannot open", err);
        sqlite3_close(s->db);
        s->db = NULL;
        return rc;
    }
    s->readonly = readonly;
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_busy_timeout(s->db, (int)busy_timeout_ms());
    rc = exec(s, "PRAGMA foreign_keys = ON", "opening", err);
    if (rc == AG_OK && query_only)
        rc = exec(s, "PRAGMA query_only = ON", "opening", err);
    return rc;
}

/* WAL: readers go on while one writer writes. synchronous = NORMAL: a
 * commit is in the WAL file when COMMIT returns, so a killed process loses
 * nothing committed; only a power cut may lose the last commits (never
 * corrupting the store), and ingest stops paying an fsync per article. */
static int set_wal(ag_store *s, ag_err *err)
{
    long long dummy;
    int rc;

    /* PRAGMA journal_mode returns a row */
    rc = query_int(s, "PRAGMA journal_mode = WAL", &dummy, err);
    if (rc == AG_OK)
        rc = exec(s, "PRAGMA synchronous = NORMAL", "opening", err);
    if (rc == AG_OK)
        rc = exec(s, "PRAGMA temp_store = MEMORY", "opening", err);
    return rc;
}

int ag_store_open(ag_store **out, const char *path, int flags, ag_err *err)
{
    ag_store *s = NULL;
    struct stat sb;
    int rc, needs_migration = 0, readonly = (flags & AG_STORE_READONLY) != 0;

    *out = NULL;
    if (path == NULL)
        path = ag_store_default_path(NULL);
    if (stat(path, &sb) != 0) {
        if (readonly || !(flags & AG_STORE_CREATE))
            return ag_err_set(err, AG_ERR_IO,
                              "%s: no such store (run 'armsgraph ingest' to create one)", path);
    } else if (!S_ISREG(sb.st_mode)) {
        return ag_err_set(err, AG_ERR_IO, "%s: not a regular file", path);
    }
    s = calloc(1, sizeof *s);
    if (s == NULL || (s->path = ag_strdup(path)) == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    rc = connect(s, readonly, err);
    if (rc != AG_OK)
        goto out;
    rc = check_version(s, &needs_migration, err);
    if (rc == AG_ERR_IO && readonly && !folder_writable(path)) {
        sqlite3_close(s->db);
        s->db = NULL;
        rc = connect(s, 2, err);
        if (rc == AG_OK)
            rc = check_version(s, &needs_migration, err);
    }
    if (rc != AG_OK)
        goto out;
    if (needs_migration) {
        if (readonly) {
            /* migrate through a short read-write connection, then reopen */
            sqlite3_close(s->db);
            s->db = NULL;
            rc = connect(s, 0, err);
            if (rc == AG_OK)
                rc = migrate(s, err);
            if (rc == AG_OK)
                rc = set_wal(s, err);
            sqlite3_close(s->db);
            s->db = NULL;
            if (rc == AG_OK)
                rc = connect(s, 1, err);
            if (rc == AG_OK)
                rc = check_version(s, &needs_migration, err);
        } else {
            rc = migrate(s, err);
        }
        if (rc != AG_OK)
            goto out;
    }
    if (!readonly && (rc = set_wal(s, err)) != AG_OK)
        goto out;
    *out = s;
    s = NULL;
out:
    ag_store_close(s);
    return rc;
}

static void put_stmts_free(struct put_stmts *p);
static int batch_commit(ag_store *s, ag_err *err);

int ag_store_close(ag_store *s)
{
    int rc = AG_OK;

    if (s == NULL)
        return AG_OK;
    if (s->batch_tx) { /* the aggregates kept by ingest first */
        ag_err e;
        ag_err_clear(&e);
        if (batch_commit(s, &e) != AG_OK)
            rc = AG_ERR_DB;
    }
    put_stmts_free(s->put);
    if (s->db != NULL && sqlite3_close(s->db) != SQLITE_OK) {
        /* a statement left unfinalized keeps the connection (and the -wal
         * and -shm files) open: finalize what is left and close again */
        sqlite3_stmt *st;
        while ((st = sqlite3_next_stmt(s->db, NULL)) != NULL)
            sqlite3_finalize(st);
        if (sqlite3_close(s->db) != SQLITE_OK)
            rc = AG_ERR_DB;
    }
    free(s->path);
    free(s);
    return rc;
}

/* ---- rows known to be stored --------------------------------------------- */

/* The same entities, aliases and edges come again and again in the
 * articles of an ingest. A row this connection wrote or found is stored
 * from then on, unless something takes it back: every rollback, every
 * write that deletes or changes rows (retract, reextract, curation that
 * changed something, merge: ag_store_forget) and every commit of another
 * connection (PRAGMA data_version, checked as a transaction begins)
 * empties the table. Keys: a letter ('e' entity, 'a' alias,
 * 'd' edge) then the row's key columns, each ended by a NUL. */
typedef struct known_slot {
    char *key; /* NULL: empty */
    size_t len;
    long long value; /* an edge: its id; an entity: 1 when its state is set */
} known_slot;

typedef struct known {
    known_slot *slot;
    size_t mask, n;
} known;

#define KNOWN_MAX ((size_t)1 << 18) /* more rows than this: start again (memory) */

static size_t key_hash(const char *k, size_t n)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a */

    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)k[i]) * 1099511628211u;
    return (size_t)(h ^ (h >> 29));
}

static void known_clear(known *t)
{
    for (size_t i = 0; t->slot != NULL && i <= t->mask; i++)
        free(t->slot[i].key);
    free(t->slot);
    memset(t, 0, sizeof *t);
}

/* the slot of key: its own, or the empty one where it would go */
static known_slot *known_slot_of(const known *t, const char *key, size_t len)
{
    for (size_t h = key_hash(key, len) & t->mask;; h = (h + 1) & t->mask) {
        known_slot *sl = &t->slot[h];
        if (sl->key == NULL || (sl->len == len && memcmp(sl->key, key, len) == 0))
            return sl;
    }
}

static const known_slot *known_get(const known *t, const ag_buf *k)
{
    const known_slot *sl;

    if (k == NULL || t->slot == NULL)
        return NULL;
    sl = known_slot_of(t, k->data, k->len);
    return sl->key != NULL ? sl : NULL;
}

/* doubles the table (from 1024 slots); AG_ERR_NOMEM leaves it as it was */
static int known_grow(known *t)
{
    size_t size = t->slot != NULL ? 2 * (t->mask + 1) : 1024;
    known bigger = {calloc(size, sizeof(known_slot)), size - 1, t->n};

    if (bigger.slot == NULL)
        return AG_ERR_NOMEM;
    for (size_t i = 0; t->slot != NULL && i <= t->mask; i++)
        if (t->slot[i].key != NULL)
            *known_slot_of(&bigger, t->slot[i].key, t->slot[i].len) = t->slot[i];
    free(t->slot);
    *t = bigger;
    return AG_OK;
}

/* remembers k (stored) with value; out of memory only forgets */
static void known_put(known *t, const ag_buf *k, long long value)
{
    known_slot *sl;

    if (k == NULL)
        return;
    if (t->n >= KNOWN_MAX)
        known_clear(t);
    if ((t->slot == NULL || 2 * (t->n + 1) > t->mask + 1) && known_grow(t) != AG_OK)
        return;
    sl = known_slot_of(t, k->data, k->len);
    if (sl->key == NULL) {
        if ((sl->key = malloc(k->len)) == NULL)
            return;
        memcpy(sl->key, k->data, k->len);
        sl->len = k->len;
        t->n++;
    }
    sl->value = value;
}

/* ---- writing one article ------------------------------------------------- */

/* The aggregates (schema 4) of the mentions an ingest wrote to one edge
 * and not yet to its row: what the trigger mentions_stats_insert would
 * have added, mention by mention. */
typedef struct edge_delta {
    sqlite3_int64 edge_id;
    sqlite3_int64 article; /* the last article counted in n_articles */
    long n_mentions, n_articles, n_reported;
    double confidence;        /* highest */
    char first[11], last[11]; /* days, "" when none */
} edge_delta;

/* The deltas of the open transaction, by edge id (open addressing; the
 * slots hold an index into d plus 1, 0 when free). */
typedef struct edge_deltas {
    edge_delta *d;
    size_t n, cap;
    size_t *slot;
    size_t mask; /* slots - 1 */
    int on;      /* the deltas are kept: the trigger does nothing */
    int row;     /* edge_stats_deferred holds this transaction's row */
} edge_deltas;

typedef struct put_stmts {
    sqlite3_stmt *find, *article, *entity, *alias, *edge, *edge_id, *mention;
    sqlite3_stmt *source, *alias_source;           /* what the article named */
    sqlite3_stmt *defer_on, *defer_off, *edge_add; /* the aggregates kept by ingest */
    sqlite3_stmt *edge_new; /* edges_stats_insert, run by hand while the triggers are off */
    edge_deltas deltas;
    known known;            /* rows known to be stored */
    ag_buf key;             /* a key of known, built by known_key */
    long long data_version; /* PRAGMA data_version when known was last checked */
    int curation;           /* the curation table has rows: 1, 0, or -1 when not known */
    int triggers_off;       /* SQLITE_DBCONFIG_ENABLE_TRIGGER is off on the connection */
    int fk_off;             /* PRAGMA foreign_keys is off for the open transaction */
} put_stmts;

/* the key of a row in p->key: kind, then up to three columns (NULL: fewer);
 * NULL when out of memory (the row is then written, not looked up) */
static const ag_buf *known_key(put_stmts *p, char kind, const char *a, const char *b, const char *c)
{
    const char *cols[3] = {a, b, c};

    ag_buf_reset(&p->key);
    if (ag_buf_putc(&p->key, kind) != AG_OK)
        return NULL;
    for (int i = 0; i < 3 && cols[i] != NULL; i++)
        if (ag_buf_append(&p->key, cols[i], strlen(cols[i]) + 1) != AG_OK)
            return NULL;
    return &p->key;
}

static void put_stmts_free(put_stmts *p)
{
    if (p == NULL)
        return;
    known_clear(&p->known);
    ag_buf_destroy(&p->key);
    sqlite3_finalize(p->find);
    sqlite3_finalize(p->article);
    sqlite3_finalize(p->entity);
    sqlite3_finalize(p->alias);
    sqlite3_finalize(p->edge);
    sqlite3_finalize(p->edge_id);
    sqlite3_finalize(p->mention);
    sqlite3_finalize(p->source);
    sqlite3_finalize(p->alias_source);
    sqlite3_finalize(p->defer_on);
    sqlite3_finalize(p->defer_off);
    sqlite3_finalize(p->edge_add);
    sqlite3_finalize(p->edge_new);
    free(p->deltas.d);
    free(p->deltas.slot);
    free(p);
}

/* prepares ag_store_put's statements once per store (s->put) */
static int put_stmts_prepare(ag_store *s, ag_err *err)
{
    put_stmts *p;
    int rc;

    if (s->put != NULL)
        return AG_OK;
    if ((p = calloc(1, sizeof *p)) == NULL)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    p->curation = -1;
    ag_buf_init(&p->key);
    if ((rc = ag_store_prepare(s, "SELECT key FROM articles WHERE sha256 = ?1", &p->find, err)) ||
        (rc = ag_store_prepare(s,
                               "INSERT INTO articles(id, title, url, source, published, sha256,"
                               " ingested_at, text, extractor, dict_hash) VALUES (?1, ?2, ?3, ?4,"
                               " ?5, ?6, ?7, ?8, ?9, ?10)",
                               &p->article, err)) ||
        (rc = ag_store_prepare(s,
                               "INSERT INTO entities(id, kind, name, state) VALUES (?1, ?2, ?3,"
                               " ?4) ON CONFLICT(id) DO UPDATE SET state ="
                               " coalesce(entities.state, excluded.state)",
                               &p->entity, err)) ||
        (rc = ag_store_prepare(s, "INSERT OR IGNORE INTO aliases(alias, entity_id) VALUES (?1, ?2)",
                               &p->alias, err)) ||
        (rc = ag_store_prepare(s,
                               "INSERT OR IGNORE INTO edges(type, source_id, target_id)"
                               " VALUES (?1, ?2, ?3)",
                               &p->edge, err)) ||
        (rc = ag_store_prepare(s,
                               "SELECT id FROM edges WHERE type = ?1 AND source_id = ?2"
                               " AND target_id = ?3",
                               &p->edge_id, err)) ||
        (rc =
             ag_store_prepare(s,
                              "INSERT INTO mentions(edge_id, article_key, sentence, sent_start,"
                              " sent_end, items, category, qty_value, qty_unit, qty_qualifier,"
                              " qty_text, date, status, attribution, confidence, id) VALUES (?1,"
                              " ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                              &p->mention, err)) ||
        (rc = ag_store_prepare(s,
                               "INSERT OR IGNORE INTO sources(article_key, entity_id, kind, name,"
                               " state, name_is_alias) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                               &p->source, err)) ||
        (rc = ag_store_prepare(s,
                               "INSERT OR IGNORE INTO alias_sources(article_key, entity_id, alias)"
                               " VALUES (?1, ?2, ?3)",
                               &p->alias_source, err)) ||
        (rc = ag_store_prepare(s, "INSERT OR IGNORE INTO edge_stats_deferred VALUES (1)",
                               &p->defer_on, err)) ||
        (rc = ag_store_prepare(s, "DELETE FROM edge_stats_deferred", &p->defer_off, err)) ||
        (rc = ag_store_prepare(s,
                               "UPDATE edges SET n_mentions = n_mentions + ?2,"
                               " n_articles = n_articles + ?3, n_reported = n_reported + ?4,"
                               " confidence = max(confidence, ?5),"
                               " first_date = coalesce(min(first_date, ?6), ?6, first_date),"
                               " last_date = coalesce(max(last_date, ?7), ?7, last_date)"
                               " WHERE id = ?1",
                               &p->edge_add, err)) ||
        (rc = ag_store_prepare(s, EDGE_STATS_COMPUTE("WHERE o.edge_id = ?1"), &p->edge_new, err))) {
        put_stmts_free(p);
        return rc;
    }
    s->put = p;
    return AG_OK;
}

/* runs a bound INSERT to completion and resets it */
static int step_done(ag_store *s, sqlite3_stmt *st, const char *what, ag_err *err)
{
    int rc = sqlite3_step(st);

    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return ag_store_db_error(s, rc, what, err);
    return AG_OK;
}

/* ---- the aggregates of ingest's own mentions --------------------------------
 *
 * The trigger mentions_stats_insert cost a sixth of ingest: an UPDATE of
 * the edge with two subqueries for every mention. Inside its transaction
 * ag_store_put turns it off (a row in edge_stats_deferred), adds what each
 * mention brings to its edge in memory, and writes each edge touched once
 * (edge_deltas_flush) before the transaction commits or anything else
 * writes in it; a rollback takes the row away and the deltas are dropped. */

static void edge_deltas_drop(edge_deltas *t)
{
    if (t->slot != NULL)
        memset(t->slot, 0, (t->mask + 1) * sizeof *t->slot);
    t->n = 0;
    t->on = 0;
    t->row = 0;
}

/* Turns the triggers of this connection on or off
 * (SQLITE_DBCONFIG_ENABLE_TRIGGER: no change of the schema, which a
 * reader in another process would have to read again; SQLite prepares
 * this connection's statements again). p->triggers_off tells what SQLite
 * says the setting is. */
static void triggers_enable(ag_store *s, put_stmts *p, int on)
{
    int now = 1;

    if (sqlite3_db_config(s->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, on, &now) != SQLITE_OK)
        now = 1;
    p->triggers_off = now == 0;
}

/* After an ingest batch's transaction ended (committed or rolled back):
 * the deltas go, the triggers and the foreign-key checks come back. */
static void put_tx_ended(ag_store *s)
{
    put_stmts *p = s->put;

    if (p == NULL)
        return;
    edge_deltas_drop(&p->deltas);
    if (p->triggers_off)
        triggers_enable(s, p, 1);
    if (p->fk_off && sqlite3_get_autocommit(s->db) != 0) {
        sqlite3_exec(s->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
        p->fk_off = 0;
    }
}

static size_t edge_hash(sqlite3_int64 id)
{
    return (size_t)((unsigned long long)id * 0x9E3779B97F4A7C15ull >> 17);
}

/* the delta of edge id, added when new; NULL when out of memory */
static edge_delta *edge_delta_of(edge_deltas *t, sqlite3_int64 id)
{
    size_t i;

    if (t->slot == NULL || 2 * (t->n + 1) > t->mask + 1) {
        size_t slots = t->slot == NULL ? 1024 : 2 * (t->mask + 1);
        size_t *ns = calloc(slots, sizeof *ns);
        if (ns == NULL)
            return NULL;
        free(t->slot);
        t->slot = ns;
        t->mask = slots - 1;
        for (size_t k = 0; k < t->n; k++) {
            for (i = edge_hash(t->d[k].edge_id) & t->mask; t->slot[i] != 0; i = (i + 1) & t->mask)
                ;
            t->slot[i] = k + 1;
        }
    }
    for (i = edge_hash(id) & t->mask; t->slot[i] != 0; i = (i + 1) & t->mask)
        if (t->d[t->slot[i] - 1].edge_id == id)
            return &t->d[t->slot[i] - 1];
    if (ag_grow(&t->d, &t->cap, t->n, sizeof *t->d, 256) != AG_OK)
        return NULL;
    memset(&t->d[t->n], 0, sizeof *t->d);
    t->d[t->n].edge_id = id;
    t->slot[i] = ++t->n;
    return &t->d[t->n - 1];
}

/* Adds mention m of the article of key article_key (published: its date or
 * NULL) to its edge's delta, as EDGE_STATS_JOIN would: the article is new,
 * so it counts once per edge. */
static int edge_delta_add(edge_deltas *t, sqlite3_int64 edge_id, const ag_mention *m,
                          sqlite3_int64 article_key, const char *published, ag_err *err)
{
    edge_delta *d = edge_delta_of(t, edge_id);
    size_t n = strlen(m->date);
    char day[11] = "";

    if (d == NULL)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    /* MENTION_DAY: its own date, a month standing for its first day, else
     * the article's */
    if (n == 7) {
        memcpy(day, m->date, 7);
        memcpy(day + 7, "-01", 4);
    } else if (n == 10) {
        memcpy(day, m->date, 11);
    } else if (n == 0 && published != NULL && strlen(published) == 10) {
        memcpy(day, published, 11);
    }
    d->n_mentions++;
    if (d->article != article_key) {
        d->n_articles++;
        d->article = article_key;
    }
    d->n_reported += m->status != AG_PLANNED;
    if (m->confidence > d->confidence)
        d->confidence = m->confidence;
    if (day[0] != '\0' && (d->first[0] == '\0' || strcmp(day, d->first) < 0))
        memcpy(d->first, day, sizeof day);
    if (day[0] != '\0' && (d->last[0] == '\0' || strcmp(day, d->last) > 0))
        memcpy(d->last, day, sizeof day);
    return AG_OK;
}

/* Writes the deltas to their edges and lets the trigger work again; on a
 * store error the caller rolls the transaction back. */
static int edge_deltas_flush(ag_store *s, put_stmts *p, ag_err *err)
{
    edge_deltas *t = &p->deltas;
    int rc = AG_OK;

    if (!t->on)
        return AG_OK;
    for (size_t k = 0; rc == AG_OK && k < t->n; k++) {
        const edge_delta *d = &t->d[k];
        sqlite3_bind_int64(p->edge_add, 1, d->edge_id);
        sqlite3_bind_int64(p->edge_add, 2, d->n_mentions);
        sqlite3_bind_int64(p->edge_add, 3, d->n_articles);
        sqlite3_bind_int64(p->edge_add, 4, d->n_reported);
        sqlite3_bind_double(p->edge_add, 5, d->confidence);
        bind_text_or_null(p->edge_add, 6, d->first);
        bind_text_or_null(p->edge_add, 7, d->last);
        rc = step_done(s, p->edge_add, "storing an edge's figures", err);
    }
    if (rc == AG_OK && t->row)
        rc = step_done(s, p->defer_off, "storing the edges' figures", err);
    if (rc == AG_OK && p->triggers_off)
        triggers_enable(s, p, 1);
    if (rc == AG_OK)
        edge_deltas_drop(t);
    return rc;
}

/* Turns the trigger off for the rest of the open transaction: an ingest
 * batch has turned the connection's triggers off (put_begin), else a row
 * of edge_stats_deferred does it. */
static int edge_deltas_begin(ag_store *s, put_stmts *p, ag_err *err)
{
    int rc;

    if (p->deltas.on)
        return AG_OK;
    if (p->triggers_off) {
        p->deltas.on = 1;
        return AG_OK;
    }
    rc = step_done(s, p->defer_on, "starting an ingest", err);
    p->deltas.on = p->deltas.row = rc == AG_OK;
    return rc;
}

static long long now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void ag_store_batch_begin(ag_store *s, long max_articles, long max_ms)
{
    s->batch = 1;
    /* a batch's transaction outgrows SQLite's default 2 MB of page cache
     * (the indexes' pages read again from the kernel's cache): 16 MB took
     * a tenth off ingest with schema 5 (docs/performance.md, fifth round);
     * only speed depends on it, so a failure is not one */
    sqlite3_exec(s->db, "PRAGMA cache_size = -16384", NULL, NULL, NULL);
    s->batch_max = max_articles;
    s->batch_max_ms = max_ms;
}

long ag_store_batch_pending(const ag_store *s)
{
    return s->batch_pending;
}

/* Rolls the batch's transaction back after a store error, which err
 * tells: the articles it held are lost, and err says how many. */
static void batch_lose(ag_store *s, ag_err *err)
{
    if (sqlite3_get_autocommit(s->db) == 0)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    known_clear(&s->put->known);
    put_tx_ended(s);
    s->batch_tx = 0;
    if (err != NULL && s->batch_pending > 0) {
        size_t n = strlen(err->msg);
        snprintf(err->msg + n, sizeof err->msg - n, " (the last %ld article%s added %s lost)",
                 s->batch_pending, s->batch_pending == 1 ? "" : "s",
                 s->batch_pending == 1 ? "was" : "were");
    }
    s->batch_pending = 0;
}

/* Commits the batch's open transaction, if any; on failure rolls it back. */
static int batch_commit(ag_store *s, ag_err *err)
{
    int rc;

    if (!s->batch_tx)
        return AG_OK;
    rc = edge_deltas_flush(s, s->put, err);
    if (rc == AG_OK)
        rc = tx_commit(s, "committing", &s->batch_tx, err);
    if (rc != AG_OK)
        batch_lose(s, err);
    else
        put_tx_ended(s);
    s->batch_pending = 0;
    return rc;
}

int ag_store_batch_end(ag_store *s, ag_err *err)
{
    s->batch = 0;
    return batch_commit(s, err);
}

void ag_store_forget(ag_store *s)
{
    if (s != NULL && s->put != NULL) {
        known_clear(&s->put->known);
        s->put->curation = -1; /* a curate, a merge of shards may have added edits */
    }
}

/* Just after a transaction began: forgets the known rows when another
 * connection committed since they were last checked (it may have deleted
 * them: a retract, a reextract, a curation). */
static int known_check(ag_store *s, ag_err *err)
{
    long long v = 0;
    int rc = query_int(s, "PRAGMA data_version", &v, err);

    if (rc == AG_OK && v != s->put->data_version) {
        known_clear(&s->put->known);
        s->put->curation = -1;
        s->put->data_version = v;
    }
    return rc;
}

/* ---- the graph snapshot (its bytes: graph/snapshot.c) ------------------------ */

/* The graph of the edges' counts without a filter, as one blob that
 * `central` and `communities` read instead of scanning the edges and the
 * entities (graph/load.c). Made by the first such load that finds none
 * (the table and its triggers too: no schema version of its own, and a
 * program of before reads and writes the store as ever). Every write of
 * an edge or an entity deletes it, by the triggers below, in the write's
 * own transaction, whichever program writes, so that a row that is there
 * is the graph of the store as it is; an ingest batch that turns its
 * connection's triggers off deletes it as the batch begins (put_begin).
 * The format holds the layout of the bytes and the schema version: a row
 * of another format is no snapshot. */
#define SNAPSHOT_FORMAT (100 * 1 + AG_SCHEMA_VERSION)
#define SNAPSHOT_TRIGGER(NAME, WHAT, TABLE)                                                        \
    "CREATE TRIGGER IF NOT EXISTS " NAME " AFTER " WHAT " ON " TABLE                               \
    " BEGIN DELETE FROM graph_snapshot; END;"
#define SNAPSHOT_TRIGGER_NAMES                                                                     \
    " 'graph_snapshot_edges_insert', 'graph_snapshot_edges_update',"                               \
    " 'graph_snapshot_edges_delete', 'graph_snapshot_entities_insert',"                            \
    " 'graph_snapshot_entities_update', 'graph_snapshot_entities_delete'"
static const char SNAPSHOT_SQL[] =
    "CREATE TABLE IF NOT EXISTS graph_snapshot (\n"
    "  id INTEGER PRIMARY KEY CHECK (id = 1),\n"
    "  format INTEGER NOT NULL,\n"
    "  data BLOB NOT NULL\n"
    ") STRICT;" SNAPSHOT_TRIGGER("graph_snapshot_edges_insert", "INSERT", "edges")
        SNAPSHOT_TRIGGER("graph_snapshot_edges_update", "UPDATE", "edges")
            SNAPSHOT_TRIGGER("graph_snapshot_edges_delete", "DELETE", "edges")
                SNAPSHOT_TRIGGER("graph_snapshot_entities_insert", "INSERT", "entities")
                    SNAPSHOT_TRIGGER("graph_snapshot_entities_update", "UPDATE", "entities")
                        SNAPSHOT_TRIGGER("graph_snapshot_entities_delete", "DELETE", "entities");

/* whether the store has a graph_snapshot table (*has) */
static int snapshot_table(ag_store *s, int *has, ag_err *err)
{
    long long v = 0;
    int rc = query_int(s,
                       "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                       " AND name = 'graph_snapshot'",
                       &v, err);

    *has = rc == AG_OK && v > 0;
    return rc;
}

/* Deletes the snapshot, in the open write transaction. */
static int snapshot_drop(ag_store *s, ag_err *err)
{
    int has = 0, rc = snapshot_table(s, &has, err);

    if (rc == AG_OK && has)
        rc = exec(s, "DELETE FROM graph_snapshot", "dropping the graph snapshot", err);
    return rc;
}

int ag_store_read_begin(ag_store *s, int *began, ag_err *err)
{
    int rc = AG_OK;

    *began = 0;
    if (sqlite3_get_autocommit(s->db) != 0 &&
        (rc = exec(s, "BEGIN", "starting a read", err)) == AG_OK)
        *began = 1;
    return rc;
}

void ag_store_read_end(ag_store *s, int *began)
{
    if (*began && sqlite3_get_autocommit(s->db) == 0)
        sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
    if (*began && sqlite3_get_autocommit(s->db) == 0)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    *began = 0;
}

int ag_store_snapshot_get(ag_store *s, sqlite3_stmt **st, const void **data, size_t *n, ag_err *err)
{
    int has = 0, rc = snapshot_table(s, &has, err);

    *st = NULL;
    *data = NULL;
    *n = 0;
    if (rc != AG_OK || !has)
        return rc;
    rc = ag_store_prepare(s, "SELECT data FROM graph_snapshot WHERE id = 1 AND format = ?1", st,
                          err);
    if (rc != AG_OK)
        return rc;
    sqlite3_bind_int(*st, 1, SNAPSHOT_FORMAT);
    rc = sqlite3_step(*st);
    if (rc == SQLITE_ROW) {
        *data = sqlite3_column_blob(*st, 0);
        *n = (size_t)sqlite3_column_bytes(*st, 0);
        return AG_OK;
    }
    return rc == SQLITE_DONE ? AG_OK : ag_store_db_error(s, rc, "reading the graph snapshot", err);
}

int ag_store_snapshot_put(ag_store *s, const void *data, size_t n, int *began)
{
    sqlite3_stmt *st = NULL;
    long long query_only = 0;
    ag_err err;
    int ok = 0;

    if (!*began)
        return 0;
    if (sqlite3_db_readonly(s->db, "main") != 0 || n > (size_t)0x7fffffff ||
        query_int(s, "PRAGMA query_only", &query_only, &err) != AG_OK) {
        ag_store_read_end(s, began);
        return 0;
    }
    /* a writer holding the store wins: no wait */
    sqlite3_busy_timeout(s->db, 0);
    if (query_only)
        sqlite3_exec(s->db, "PRAGMA query_only = OFF", NULL, NULL, NULL);
    if (sqlite3_exec(s->db, SNAPSHOT_SQL, NULL, NULL, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(s->db,
                           "INSERT OR REPLACE INTO graph_snapshot (id, format, data)"
                           " VALUES (1, ?1, ?2)",
                           -1, &st, NULL) == SQLITE_OK &&
        sqlite3_bind_int(st, 1, SNAPSHOT_FORMAT) == SQLITE_OK &&
        sqlite3_bind_blob(st, 2, data, (int)n, SQLITE_STATIC) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_DONE)
        ok = 1;
    sqlite3_finalize(st);
    if (ok && sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
        ok = 0;
    if (sqlite3_get_autocommit(s->db) == 0)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    *began = 0;
    if (query_only)
        sqlite3_exec(s->db, "PRAGMA query_only = ON", NULL, NULL, NULL);
    sqlite3_busy_timeout(s->db, (int)busy_timeout_ms());
    return ok;
}

/* *plain: the store has no curation and no triggers but its own (those of
 * EDGE_STATS_TRIGGERS and of the graph snapshot), so that an ingest batch may turn SQLite's
 * foreign-key checks and triggers off (put_begin). */
static int store_plain(ag_store *s, int *plain, ag_err *err)
{
    long long v = 0;
    int rc = query_int(s,
                       "SELECT NOT EXISTS (SELECT 1 FROM curation) AND NOT EXISTS (SELECT 1"
                       " FROM sqlite_master WHERE type = 'trigger' AND name NOT IN"
                       " ('mentions_stats_insert', 'mentions_stats_delete',"
                       " 'mentions_stats_update', 'edges_stats_insert', 'edges_stats_renumber',"
                       " 'articles_stats'," SNAPSHOT_TRIGGER_NAMES "))",
                       &v, err);

    *plain = rc == AG_OK && v != 0;
    return rc;
}

/* Begins an article's writes: its own transaction, or in batch mode the
 * batch's transaction (begun when none is open). No savepoint per article:
 * what could refuse an article is checked before its first write
 * (put_check), so a write fails only on a store error, and that rolls
 * the whole batch back (put_end_batch). A savepoint made SQLite copy every
 * page an article touched a first time, a tenth of ingest. */
static int put_begin(ag_store *s, int *in_tx, ag_err *err)
{
    int rc = put_stmts_prepare(s, err);

    if (rc != AG_OK)
        return rc;
    if (!s->batch) {
        if ((rc = tx_begin(s, "starting a transaction", in_tx, err)) == AG_OK)
            rc = known_check(s, err);
        return rc;
    }
    if (!s->batch_tx) {
        put_stmts *p = s->put;
        int plain = 0;
        /* In a plain store, the batch's own inserts go without SQLite's
         * foreign-key checks and triggers (a tenth of ingest): every row
         * an article refers to is written before it in the same
         * transaction or known to be stored (known, emptied by every
         * rollback, every write of this connection that deletes rows and
         * every commit of another connection), and what the triggers
         * keep is kept by edge_deltas and put_mention
         * (tests/unit/test_store.c). PRAGMA foreign_keys changes only
         * outside a transaction: a curation or trigger that another
         * connection adds between this read and BEGIN runs without the
         * checks, but never without the triggers. */
        rc = store_plain(s, &plain, err);
        if (rc == AG_OK && plain &&
            sqlite3_exec(s->db, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL) == SQLITE_OK)
            p->fk_off = 1;
        if (rc == AG_OK)
            rc = tx_begin(s, "starting a transaction", &s->batch_tx, err);
        s->batch_t0_ms = now_ms();
        if (rc == AG_OK)
            rc = known_check(s, err);
        if (rc == AG_OK)
            rc = store_plain(s, &plain, err);
        if (rc == AG_OK && plain)
            triggers_enable(s, p, 0);
        /* the triggers that drop the graph snapshot are off too */
        if (rc == AG_OK && p->triggers_off)
            rc = snapshot_drop(s, err);
        if (rc != AG_OK && !s->batch_tx)
            put_tx_ended(s);
    }
    return rc;
}

int ag_store_write_begin(ag_store *s, int *in_tx, ag_err *err)
{
    int rc = batch_commit(s, err);

    ag_store_forget(s);
    if (rc == AG_OK)
        rc = tx_begin(s, "starting a transaction", in_tx, err);
    return rc;
}

/* Ends an article's writes in batch mode; commits the batch when it is big
 * or old enough. A failure after the article's first write (wrote: a
 * store error) rolls the whole batch back: its articles are lost, err
 * says how many, and batch_pending drops to 0. A store error may also
 * have ended the transaction itself. */
static int put_end_batch(ag_store *s, int rc, int added, int wrote, ag_err *err)
{
    if (rc != AG_OK && wrote) {
        batch_lose(s, err);
        return rc;
    }
    if (sqlite3_get_autocommit(s->db) != 0) { /* the transaction is gone */
        put_tx_ended(s);
        s->batch_tx = 0;
        s->batch_pending = 0;
        return rc;
    }
    if (rc == AG_OK && added)
        s->batch_pending++;
    if (rc == AG_OK && (s->batch_pending >= s->batch_max ||
                        (s->batch_max_ms > 0 && now_ms() - s->batch_t0_ms >= s->batch_max_ms)))
        rc = batch_commit(s, err);
    return rc;
}

/* Stores an entity named by the article of key article_key (checked by
 * put_check), with its aliases, and records that the article named them. */
static int put_entity(ag_store *s, put_stmts *p, const ag_entity *e, sqlite3_int64 article_key,
                      ag_err *err)
{
    const char *name = e->name != NULL && e->name[0] != '\0' ? e->name : e->id;
    const char *state;
    const ag_buf *k;
    const known_slot *kn;
    int rc = AG_OK, name_is_alias = 0;

    state = e->kind != AG_STATE && e->state != NULL && e->state[0] != '\0' ? e->state : NULL;
    /* a stored entity changes only when its state is unset and this one
     * has a state: its row is written only then, but what the article
     * named (sources) is written for every article */
    k = known_key(p, 'e', e->id, NULL, NULL);
    kn = known_get(&p->known, k);
    if (kn == NULL || (kn->value == 0 && state != NULL)) {
        bind_text(p->entity, 1, e->id);
        bind_text(p->entity, 2, ag_kind_name(e->kind));
        bind_text(p->entity, 3, name);
        bind_text(p->entity, 4, state);
        rc = step_done(s, p->entity, "storing an entity", err);
        if (rc == AG_OK)
            known_put(&p->known, k, state != NULL);
    }
    /* the name is an alias the article named, spelt so, when the first of
     * its aliases equal to it but for the case (alias_sources's NOCASE:
     * ASCII letters) is spelt as the name: a flag of the sources row,
     * which then stands for the aliases equal to the name but for the
     * case, as their first row of alias_sources did (schema 5) */
    for (size_t i = 0; i < e->n_aliases; i++) {
        if (e->aliases[i] != NULL && sqlite3_stricmp(e->aliases[i], name) == 0) {
            name_is_alias = strcmp(e->aliases[i], name) == 0;
            break;
        }
    }
    if (rc == AG_OK) {
        sqlite3_bind_int64(p->source, 1, article_key);
        bind_text(p->source, 2, e->id);
        bind_text(p->source, 3, ag_kind_name(e->kind));
        bind_text(p->source, 4, name);
        bind_text(p->source, 5, state);
        sqlite3_bind_int(p->source, 6, name_is_alias);
        rc = step_done(s, p->source, "storing an entity's source", err);
        /* the article named the entity before (twice in its list): the
         * aliases go to alias_sources as they come */
        if (rc == AG_OK && sqlite3_changes(s->db) == 0)
            name_is_alias = 0;
    }
    for (size_t i = 0; rc == AG_OK && i < e->n_aliases; i++) {
        if (e->aliases[i] == NULL || e->aliases[i][0] == '\0')
            continue;
        k = known_key(p, 'a', e->aliases[i], e->id, NULL);
        if (known_get(&p->known, k) == NULL) {
            bind_text(p->alias, 1, e->aliases[i]);
            bind_text(p->alias, 2, e->id);
            rc = step_done(s, p->alias, "storing an alias", err);
            if (rc != AG_OK)
                break;
            known_put(&p->known, k, 1);
        }
        if (name_is_alias && sqlite3_stricmp(e->aliases[i], name) == 0)
            continue;
        sqlite3_bind_int64(p->alias_source, 1, article_key);
        bind_text(p->alias_source, 2, e->id);
        bind_text(p->alias_source, 3, e->aliases[i]);
        rc = step_done(s, p->alias_source, "storing an alias's source", err);
    }
    return rc;
}

/* Stores mention i of x (checked by put_check) for the article of key
 * article_key, as mentions.id id (0: the next free one). */
static int put_mention(ag_store *s, put_stmts *p, const ag_extraction *x, size_t i,
                       sqlite3_int64 article_key, sqlite3_int64 id, ag_err *err)
{
    const ag_mention *m = &x->mentions[i];
    const char *src, *dst, *type;
    const ag_buf *k;
    const known_slot *kn;
    sqlite3_int64 edge_id;
    int rc, new_edge;

    src = x->entities[m->source].id;
    dst = x->entities[m->target].id;
    type = ag_edge_type_name(m->type);

    k = known_key(p, 'd', type, src, dst);
    kn = known_get(&p->known, k);
    if (kn != NULL) {
        edge_id = kn->value;
    } else {
        bind_text(p->edge, 1, type);
        bind_text(p->edge, 2, src);
        bind_text(p->edge, 3, dst);
        rc = step_done(s, p->edge, "storing an edge", err);
        if (rc != AG_OK)
            return rc;
        new_edge = sqlite3_changes(s->db) > 0;
        bind_text(p->edge_id, 1, type);
        bind_text(p->edge_id, 2, src);
        bind_text(p->edge_id, 3, dst);
        rc = sqlite3_step(p->edge_id);
        if (rc != SQLITE_ROW) {
            sqlite3_reset(p->edge_id);
            return ag_store_db_error(s, rc, "finding an edge", err);
        }
        edge_id = sqlite3_column_int64(p->edge_id, 0);
        sqlite3_reset(p->edge_id);
        /* what the trigger edges_stats_insert does, for mentions a program
         * writing without foreign keys left before their edge */
        if (new_edge && p->triggers_off) {
            sqlite3_bind_int64(p->edge_new, 1, edge_id);
            if ((rc = step_done(s, p->edge_new, "storing an edge", err)) != AG_OK)
                return rc;
        }
        known_put(&p->known, k, edge_id);
    }

    sqlite3_bind_int64(p->mention, 1, edge_id);
    sqlite3_bind_int64(p->mention, 2, article_key);
    bind_text(p->mention, 3, m->sentence);
    if (m->sentence != NULL) {
        sqlite3_bind_int64(p->mention, 4, (sqlite3_int64)m->start);
        sqlite3_bind_int64(p->mention, 5, (sqlite3_int64)m->end);
    } else {
        sqlite3_bind_null(p->mention, 4);
        sqlite3_bind_null(p->mention, 5);
    }
    bind_text_or_null(p->mention, 6, m->items);
    bind_text_or_null(p->mention, 7, m->category);
    if (m->quantity.present) {
        sqlite3_bind_double(p->mention, 8, m->quantity.value);
        bind_text_or_null(p->mention, 9, m->quantity.unit);
        bind_text_or_null(p->mention, 10, m->quantity.qualifier);
        bind_text_or_null(p->mention, 11, m->quantity.text);
    } else {
        for (int col = 8; col <= 11; col++)
            sqlite3_bind_null(p->mention, col);
    }
    bind_text_or_null(p->mention, 12, m->date);
    bind_text(p->mention, 13, ag_status_name(m->status == AG_PLANNED ? AG_PLANNED : AG_REPORTED));
    bind_text_or_null(p->mention, 14, m->attribution);
    sqlite3_bind_double(p->mention, 15, m->confidence);
    if (id > 0)
        sqlite3_bind_int64(p->mention, 16, id);
    else
        sqlite3_bind_null(p->mention, 16);
    rc = step_done(s, p->mention, "storing a mention", err);
    if (rc == AG_OK && p->deltas.on)
        rc = edge_delta_add(&p->deltas, edge_id, m, article_key, x->article.published, err);
    return rc;
}

/* Stores the entities, aliases, edges and mentions of x for the article of
 * key article_key; the mentions take the ids reuse[0..n_reuse) in order,
 * then the next free ones. */
static int put_derived(ag_store *s, put_stmts *p, const ag_extraction *x, sqlite3_int64 article_key,
                       const sqlite3_int64 *reuse, size_t n_reuse, ag_err *err)
{
    int rc = AG_OK;

    for (size_t i = 0; rc == AG_OK && i < x->n_entities; i++)
        rc = put_entity(s, p, &x->entities[i], article_key, err);
    for (size_t i = 0; rc == AG_OK && i < x->n_mentions; i++)
        rc = put_mention(s, p, x, i, article_key, i < n_reuse ? reuse[i] : 0, err);
    return rc;
}

/* What put_entity and put_mention refuse, checked before the first write
 * of an article, in the order they write: the same error for the same
 * article. */
static int put_check(const ag_extraction *x, ag_err *err)
{
    for (size_t i = 0; i < x->n_entities; i++) {
        const ag_entity *e = &x->entities[i];
        if (e->id == NULL || e->id[0] == '\0')
            return ag_err_set(err, AG_ERR_USAGE, "entity without an id");
        if ((int)e->kind < 0 || e->kind >= AG_KIND_COUNT)
            return ag_err_set(err, AG_ERR_USAGE, "entity '%s': unknown kind %d", e->id,
                              (int)e->kind);
    }
    for (size_t i = 0; i < x->n_mentions; i++) {
        const ag_mention *m = &x->mentions[i];
        if (m->source >= x->n_entities || m->target >= x->n_entities)
            return ag_err_set(err, AG_ERR_USAGE,
                              "mention %zu refers to entity %zu, but the article has %zu entities",
                              i + 1, m->source >= x->n_entities ? m->source : m->target,
                              x->n_entities);
        if ((int)m->type < 0 || m->type >= AG_EDGE_TYPE_COUNT)
            return ag_err_set(err, AG_ERR_USAGE, "mention %zu: unknown edge type %d", i + 1,
                              (int)m->type);
        if (m->date[0] != '\0' && ag_date_check_partial(m->date, NULL) != AG_OK)
            return ag_err_set(err, AG_ERR_PARSE, "mention %zu: bad date '%s'", i + 1, m->date);
        if (!(m->confidence >= 0.0 && m->confidence <= 1.0))
            return ag_err_set(err, AG_ERR_USAGE, "mention %zu: confidence %g is not within 0..1",
                              i + 1, m->confidence);
    }
    return AG_OK;
}

/* Every string of x is valid UTF-8 (a name that is not would make the JSON,
 * GraphML and Neo4j exports invalid): AG_OK, or AG_ERR_INPUT naming the
 * field. */
static int check_utf8(const ag_extraction *x, ag_err *err)
{
    const ag_article *a = &x->article;
    const char *what = NULL;

    if (!ag_utf8_valid(a->id))
        what = "the article id";
    else if (!ag_utf8_valid(a->title))
        what = "the article title";
    else if (!ag_utf8_valid(a->url))
        what = "the article url";
    else if (!ag_utf8_valid(a->source))
        what = "the article source";
    else if (!ag_utf8_valid(a->published))
        what = "the article date";
    else if (a->text != NULL && ag_utf8_invalid_at(a->text, a->len) != a->len)
        what = "the article text";
    for (size_t i = 0; what == NULL && i < x->n_entities; i++) {
        const ag_entity *e = &x->entities[i];
        if (!ag_utf8_valid(e->id) || !ag_utf8_valid(e->name) || !ag_utf8_valid(e->state))
            what = "an actor's id, name or state";
        for (size_t k = 0; what == NULL && k < e->n_aliases; k++)
            if (!ag_utf8_valid(e->aliases[k]))
                what = "an actor's alias";
    }
    for (size_t i = 0; what == NULL && i < x->n_mentions; i++) {
        const ag_mention *m = &x->mentions[i];
        if (!ag_utf8_valid(m->items) || !ag_utf8_valid(m->category) ||
            !ag_utf8_valid(m->attribution) || !ag_utf8_valid(m->sentence) ||
            !ag_utf8_valid(m->quantity.unit) || !ag_utf8_valid(m->quantity.qualifier) ||
            !ag_utf8_valid(m->quantity.text) || !ag_utf8_valid(m->date))
            what = "an edge's items, quantity, attribution or sentence";
    }
    if (what != NULL)
        return ag_err_set(err, AG_ERR_INPUT, "invalid UTF-8 in %s", what);
    return AG_OK;
}

int ag_store_put(ag_store *s, const ag_extraction *x, int *added, ag_err *err)
{
    const ag_article *a = &x->article;
    put_stmts *p;
    sqlite3_int64 key;
    char now[32], fallback_id[32];
    int rc, in_tx = 0, began = 0, stored = 0, wrote = 0;

    if (added != NULL)
        *added = 0;
    if (s->readonly)
        return ag_err_set(err, AG_ERR_USAGE, "%s: store opened read-only", s->path);
    if (strlen(a->sha256) != 64)
        return ag_err_set(err, AG_ERR_USAGE, "article '%s' has no text hash",
                          a->id != NULL ? a->id : "?");
    if ((rc = check_utf8(x, err)) != AG_OK)
        return rc;
    if (a->published != NULL && a->published[0] != '\0' &&
        ag_date_check(a->published, NULL) != AG_OK)
        return ag_err_set(err, AG_ERR_PARSE, "article '%s': bad date '%s'",
                          a->id != NULL ? a->id : "?", a->published);
    rc = put_begin(s, &in_tx, err);
    if (rc != AG_OK)
        goto out;
    began = 1;
    p = s->put;

    bind_text(p->find, 1, a->sha256);
    rc = sqlite3_step(p->find);
    sqlite3_reset(p->find);
    if (rc == SQLITE_ROW) {
        rc = AG_OK; /* already stored: nothing changes */
        goto out;
    }
    if (rc != SQLITE_DONE) {
        rc = ag_store_db_error(s, rc, "looking up an article", err);
        goto out;
    }

    snprintf(fallback_id, sizeof fallback_id, "sha256:%.16s", a->sha256);
    if ((rc = put_check(x, err)) != AG_OK) {
        ag_err_prefix(err, "article '%s'", a->id != NULL && a->id[0] ? a->id : fallback_id);
        goto out;
    }
    now_iso(now);
    bind_text(p->article, 1, a->id != NULL && a->id[0] != '\0' ? a->id : fallback_id);
    bind_text_or_null(p->article, 2, a->title);
    bind_text_or_null(p->article, 3, a->url);
    bind_text_or_null(p->article, 4, a->source);
    bind_text_or_null(p->article, 5, a->published);
    bind_text(p->article, 6, a->sha256);
    bind_text(p->article, 7, now);
    if (a->text != NULL)
        sqlite3_bind_text(p->article, 8, a->text, (int)a->len, SQLITE_STATIC);
    else
        sqlite3_bind_null(p->article, 8);
    if (x->extractor_version > 0)
        sqlite3_bind_int64(p->article, 9, x->extractor_version);
    else
        sqlite3_bind_null(p->article, 9);
    bind_text_or_null(p->article, 10, x->dict_hash);
    wrote = 1;
    rc = step_done(s, p->article, "storing an article", err);
    if (rc != AG_OK)
        goto out;
    key = sqlite3_last_insert_rowid(s->db);

    /* the curation is played again after each article; most stores have
     * none, and reading the table for each article cost 7% of ingest */
    if (p->curation < 0) {
        long long any = 0;
        rc = query_int(s, "SELECT EXISTS (SELECT 1 FROM curation)", &any, err);
        p->curation = any != 0;
    }
    /* the aggregates of the mentions: kept here, unless the curation moves
     * mentions (its updates need the edges' figures up to date) */
    if (rc == AG_OK)
        rc = p->curation ? edge_deltas_flush(s, p, err) : edge_deltas_begin(s, p, err);
    if (rc == AG_OK)
        rc = put_derived(s, p, x, key, NULL, 0, err);
    if (rc == AG_OK && p->curation)
        rc = ag_store_curation_apply(s, err);
    if (rc != AG_OK) {
        if (rc != AG_ERR_BUSY && rc != AG_ERR_NOMEM && rc != AG_ERR_IO)
            ag_err_prefix(err, "article '%s'", a->id != NULL && a->id[0] ? a->id : fallback_id);
        goto out;
    }

    if (!s->batch && (rc = edge_deltas_flush(s, p, err)) == AG_OK)
        rc = tx_commit(s, "committing", &in_tx, err);
    stored = rc == AG_OK;
out:
    if (in_tx) {
        sqlite3_exec(s->db, rc == AG_OK ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);
        put_tx_ended(s);
    }
    if (began && s->batch)
        rc = put_end_batch(s, rc, stored, wrote, err);
    if (began && rc != AG_OK)
        known_clear(&s->put->known); /* the rollback may take back known rows */
    if (rc == AG_OK && added != NULL)
        *added = stored;
    return rc;
}

/* ---- statistics ----------------------------------------------------------- */

int ag_store_stats(ag_store *s, ag_stats *stats, ag_err *err)
{
    static const char sql[] =
        "SELECT 'articles', '', count(*) FROM articles"
        " UNION ALL SELECT 'entities', kind, count(*) FROM entities GROUP BY kind"
        " UNION ALL SELECT 'aliases', '', count(*) FROM aliases"
        " UNION ALL SELECT 'edges', type, count(*) FROM edges GROUP BY type"
        " UNION ALL SELECT 'mentions', e.type, count(*) FROM mentions m"
        "   JOIN edges e ON e.id = m.edge_id GROUP BY e.type"
        " UNION ALL SELECT 'first', coalesce(min(coalesce(m.date, a.published)), ''), 0"
        "   FROM mentions m JOIN articles a ON a.key = m.article_key"
        " UNION ALL SELECT 'last', coalesce(max(coalesce(m.date, a.published)), ''), 0"
        "   FROM mentions m JOIN articles a ON a.key = m.article_key"
        " UNION ALL SELECT 'version', '', user_version FROM pragma_user_version";
    sqlite3_stmt *st = NULL;
    int rc;

    memset(stats, 0, sizeof *stats);
    rc = ag_store_prepare(s, sql, &st, err);
    if (rc != AG_OK)
        goto out;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *what = (const char *)sqlite3_column_text(st, 0);
        const char *sub = (const char *)sqlite3_column_text(st, 1);
        long n = (long)sqlite3_column_int64(st, 2);
        ag_kind k;
        ag_edge_type t;

        if (what == NULL || sub == NULL)
            continue;
        if (strcmp(what, "articles") == 0) {
            stats->articles = n;
        } else if (strcmp(what, "entities") == 0) {
            stats->entities += n;
            if (ag_kind_parse(sub, &k) == AG_OK) {
                if (k == AG_STATE)
                    stats->states = n;
                else if (k == AG_PERSON)
                    stats->persons = n;
                else
                    stats->organizations = n;
            }
        } else if (strcmp(what, "aliases") == 0) {
            stats->aliases = n;
        } else if (strcmp(what, "edges") == 0) {
            stats->edges += n;
            if (ag_edge_type_parse(sub, &t) == AG_OK)
                stats->edges_by_type[t] = n;
        } else if (strcmp(what, "mentions") == 0) {
            stats->mentions += n;
            if (ag_edge_type_parse(sub, &t) == AG_OK)
                stats->mentions_by_type[t] = n;
        } else if (strcmp(what, "first") == 0) {
            snprintf(stats->first_date, sizeof stats->first_date, "%.10s", sub);
        } else if (strcmp(what, "last") == 0) {
            snprintf(stats->last_date, sizeof stats->last_date, "%.10s", sub);
        } else if (strcmp(what, "version") == 0) {
            stats->schema_version = (int)n;
        }
    }
    if (rc != SQLITE_DONE) {
        rc = ag_store_db_error(s, rc, "reading statistics", err);
        goto out;
    }
    rc = AG_OK;
out:
    sqlite3_finalize(st);
    return rc;
}

/* ---- resolving actor names ------------------------------------------------- */

/* Levenshtein distance, ASCII case-insensitive, over bytes. */
static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), *row, best;

    if (la > 256)
        la = 256;
    if (lb > 256)
        lb = 256;
    row = malloc((lb + 1) * sizeof *row);
    if (row == NULL)
        return (size_t)-1;
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            unsigned char ca = (unsigned char)a[i - 1], cb = (unsigned char)b[j - 1];
            size_t up = row[j], cost;
            if (ca >= 'A' && ca <= 'Z')
                ca = (unsigned char)(ca - 'A' + 'a');
            if (cb >= 'A' && cb <= 'Z')
                cb = (unsigned char)(cb - 'A' + 'a');
            cost = ca == cb ? 0 : 1;
            best = diag + cost;
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    best = row[lb];
    free(row);
    return best;
}

typedef struct candidate {
    char *name;
    size_t distance;
} candidate;

static int candidate_cmp(const void *pa, const void *pb)
{
    const candidate *a = pa, *b = pb;

    if (a->distance != b->distance)
        return a->distance < b->distance ? -1 : 1;
    return strcmp(a->name, b->name);
}

/* fills err with "unknown actor 'X'; closest: A, B, C" */
static int not_found(ag_store *s, const char *name, ag_err *err)
{
    static const char sql[] = "SELECT e.id, e.name, a.alias FROM entities e"
                              " LEFT JOIN aliases a ON a.entity_id = e.id ORDER BY e.id";
    sqlite3_stmt *st = NULL;
    candidate *c = NULL;
    size_t n = 0, cap = 0;
    ag_buf b;
    int rc;

    ag_buf_init(&b);
    rc = ag_store_prepare(s, sql, &st, err);
    if (rc != AG_OK)
        goto out;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *id = (const char *)sqlite3_column_text(st, 0);
        const char *nm = (const char *)sqlite3_column_text(st, 1);
        const char *al = (const char *)sqlite3_column_text(st, 2);
        size_t d;

        if (id == NULL || nm == NULL)
            continue;
        d = edit_distance(name, id);
        if (edit_distance(name, nm) < d)
            d = edit_distance(name, nm);
        if (al != NULL && edit_distance(name, al) < d)
            d = edit_distance(name, al);
        if (n > 0 && strcmp(c[n - 1].name, nm) == 0) { /* same entity, another alias */
            if (d < c[n - 1].distance)
                c[n - 1].distance = d;
            continue;
        }
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            candidate *g = realloc(c, ncap * sizeof *g);
            if (g == NULL) {
                rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
                goto out;
            }
            c = g;
            cap = ncap;
        }
        c[n].name = ag_strdup(nm);
        c[n].distance = d;
        if (c[n].name == NULL) {
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            goto out;
        }
        n++;
    }
    if (rc != SQLITE_DONE) {
        rc = ag_store_db_error(s, rc, "looking up actors", err);
        goto out;
    }
    if (n > 0)
        qsort(c, n, sizeof *c, candidate_cmp);
    ag_buf_printf(&b, "unknown actor '%s'", name);
    if (n == 0)
        ag_buf_puts(&b, "; the store holds no actors");
    for (size_t i = 0; i < n && i < 3; i++) {
        /* the same display name may belong to two entities */
        if (i > 0 && strcmp(c[i].name, c[i - 1].name) == 0)
            continue;
        ag_buf_puts(&b, i == 0 ? "; closest: " : ", ");
        ag_buf_puts(&b, c[i].name);
    }
    rc = ag_err_set(err, AG_ERR_NOTFOUND, "%s", b.data != NULL ? b.data : "unknown actor");
out:
    for (size_t i = 0; i < n; i++)
        free(c[i].name);
    free(c);
    ag_buf_destroy(&b);
    sqlite3_finalize(st);
    return rc;
}

int ag_store_resolve(ag_store *s, const char *name, char **id, ag_err *err)
{
    static const char *const stages[3] = {
        "SELECT id FROM entities WHERE id = ?1 COLLATE NOCASE ORDER BY id",
        "SELECT id FROM entities WHERE name = ?1 COLLATE NOCASE ORDER BY id",
        "SELECT DISTINCT entity_id FROM aliases WHERE alias = ?1 ORDER BY entity_id"};
    sqlite3_stmt *st = NULL;
    int rc = AG_OK;

    *id = NULL;
    if (name == NULL || name[0] == '\0')
        return ag_err_set(err, AG_ERR_USAGE, "empty actor name");
    for (int k = 0; k < 3; k++) {
        char *first = NULL;
        long found = 0;

        rc = ag_store_prepare(s, stages[k], &st, err);
        if (rc != AG_OK)
            goto out;
        bind_text(st, 1, name);
        ag_buf b;
        ag_buf_init(&b);
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const char *v = (const char *)sqlite3_column_text(st, 0);
            if (v == NULL)
                continue;
            if (found == 0)
                first = ag_strdup(v);
            ag_buf_puts(&b, found == 0 ? "" : ", ");
            ag_buf_puts(&b, v);
            found++;
        }
        sqlite3_finalize(st);
        st = NULL;
        if (rc != SQLITE_DONE) {
            free(first);
            ag_buf_destroy(&b);
            rc = ag_store_db_error(s, rc, "looking up an actor", err);
            goto out;
        }
        if (found == 1) {
            ag_buf_destroy(&b);
            if (first == NULL) {
                rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
                goto out;
            }
            *id = first;
            rc = AG_OK;
            goto out;
        }
        free(first);
        if (found > 1) {
            rc = ag_err_set(err, AG_ERR_NOTFOUND, "actor '%s' is ambiguous: %s; use an id", name,
                            b.data != NULL ? b.data : "");
            ag_buf_destroy(&b);
            goto out;
        }
        ag_buf_destroy(&b);
    }
    rc = not_found(s, name, err);
out:
    sqlite3_finalize(st);
    return rc;
}

/* ---- listings --------------------------------------------------------------- */

/* A listing: what it binds, which rows it keeps, what each element holds.
 * ctx is the listing's argument, passed to bind and keep. */
typedef struct row_type {
    size_t size;      /* bytes of one element */
    size_t first_cap; /* elements of the first allocation; it doubles after */
    void (*bind)(sqlite3_stmt *st, const void *ctx); /* or NULL */
    int (*keep)(sqlite3_stmt *st, const void *ctx);  /* or NULL: every row */
    /* fills elem (zeroed) from the current row; sets *oom when a copy failed */
    void (*fill)(sqlite3_stmt *st, void *elem, int *oom);
    void (*clear)(void *elem); /* frees what fill allocated */
    const char *what;          /* for the error message */
} row_type;

static void free_rows(const row_type *t, void *rows, size_t n)
{
    if (rows == NULL)
        return;
    for (size_t i = 0; i < n; i++)
        t->clear((unsigned char *)rows + i * t->size);
    free(rows);
}

/* Runs sql, bound by t->bind, and collects one element per row that t->keep
 * lets through. *rows is malloc'd, or NULL when there are none. */
static int list_rows(ag_store *s, const char *sql, const row_type *t, const void *ctx, void **rows,
                     size_t *n, ag_err *err)
{
    sqlite3_stmt *st = NULL;
    unsigned char *r = NULL;
    size_t count = 0, cap = 0;
    int rc, oom = 0;

    *rows = NULL;
    *n = 0;
    rc = ag_store_prepare(s, sql, &st, err);
    if (rc != AG_OK)
        goto out;
    if (t->bind != NULL)
        t->bind(st, ctx);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        void *elem;

        if (t->keep != NULL && !t->keep(st, ctx))
            continue;
        if (count == cap) {
            size_t ncap = cap ? cap * 2 : t->first_cap;
            unsigned char *g = realloc(r, ncap * t->size);
            if (g == NULL) {
                oom = 1;
                break;
            }
            r = g;
            cap = ncap;
        }
        elem = r + count++ * t->size;
        memset(elem, 0, t->size);
        t->fill(st, elem, &oom);
        if (oom)
            break;
    }
    if (oom) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    if (rc != SQLITE_DONE) {
        rc = ag_store_db_error(s, rc, t->what, err);
        goto out;
    }
    rc = AG_OK;
    *rows = r;
    *n = count;
    r = NULL;
    count = 0;
out:
    free_rows(t, r, count);
    sqlite3_finalize(st);
    return rc;
}

static ag_kind entity_kind(sqlite3_stmt *st)
{
    ag_kind k = AG_STATE;

    ag_kind_parse((const char *)sqlite3_column_text(st, 2), &k);
    return k;
}

/* ctx: the kinds wanted, bits 1u << ag_kind (0: all) */
static int entity_keep(sqlite3_stmt *st, const void *ctx)
{
    unsigned kinds = *(const unsigned *)ctx;

    return kinds == 0 || (kinds & (1u << entity_kind(st)));
}

static void entity_fill(sqlite3_stmt *st, void *elem, int *oom)
{
    ag_entity_row *e = elem;

    e->kind = entity_kind(st);
    e->id = ag_store_column_dup(st, 0, oom);
    e->name = ag_store_column_dup(st, 1, oom);
    e->state = ag_store_column_dup(st, 3, oom);
    e->aliases = ag_store_column_dup(st, 4, oom);
    e->edges = (long)sqlite3_column_int64(st, 5);
    e->mentions = (long)sqlite3_column_int64(st, 6);
}

static void entity_clear(void *elem)
{
    ag_entity_row *e = elem;

    free(e->id);
    free(e->name);
    free(e->state);
    free(e->aliases);
}

static const row_type entity_rows = {
    sizeof(ag_entity_row), 32, NULL, entity_keep, entity_fill, entity_clear, "listing entities"};

void ag_entity_rows_free(ag_entity_row *rows, size_t n)
{
    free_rows(&entity_rows, rows, n);
}

int ag_store_entities(ag_store *s, unsigned kinds, ag_entity_row **rows, size_t *n, ag_err *err)
{
    static const char sql[] =
        "SELECT e.id, e.name, e.kind, e.state,"
        " (SELECT group_concat(alias, '; ') FROM (SELECT alias FROM aliases"
        "   WHERE entity_id = e.id ORDER BY alias COLLATE BINARY)),"
        " (SELECT count(*) FROM edges d WHERE d.source_id = e.id OR d.target_id = e.id),"
        " (SELECT count(*) FROM mentions m JOIN edges d ON d.id = m.edge_id"
        "   WHERE d.source_id = e.id OR d.target_id = e.id)"
        " FROM entities e ORDER BY e.id";
    void *r;
    int rc = list_rows(s, sql, &entity_rows, &kinds, &r, n, err);

    *rows = r;
    return rc;
}

/* what ag_store_mentions binds */
typedef struct mention_args {
    long long edge_id;
    const struct ag_filter *f;
} mention_args;

static void mention_bind(sqlite3_stmt *st, const void *ctx)
{
    const mention_args *a = ctx;

    sqlite3_bind_int64(st, 1, a->edge_id);
    bind_text(st, 2, a->f != NULL ? a->f->since : "");
    bind_text(st, 3, a->f != NULL ? a->f->until : "");
}

static void mention_fill(sqlite3_stmt *st, void *elem, int *oom)
{
    ag_mention_row *m = elem;
    const char *d, *status;

    m->id = sqlite3_column_int64(st, 0);
    m->article_id = ag_store_column_dup(st, 1, oom);
    m->article_title = ag_store_column_dup(st, 2, oom);
    m->article_url = ag_store_column_dup(st, 3, oom);
    m->article_source = ag_store_column_dup(st, 4, oom);
    d = (const char *)sqlite3_column_text(st, 5);
    snprintf(m->date, sizeof m->date, "%.10s", d != NULL ? d : "");
    m->sentence = ag_store_column_dup(st, 6, oom);
    m->start = sqlite3_column_type(st, 7) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 7);
    m->end = sqlite3_column_type(st, 8) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 8);
    m->items = ag_store_column_dup(st, 9, oom);
    m->category = ag_store_column_dup(st, 10, oom);
    m->quantity = ag_store_column_dup(st, 11, oom);
    status = (const char *)sqlite3_column_text(st, 12);
    m->status = status != NULL && strcmp(status, "planned") == 0 ? AG_PLANNED : AG_REPORTED;
    m->attribution = ag_store_column_dup(st, 13, oom);
    m->confidence = sqlite3_column_double(st, 14);
}

static void mention_clear(void *elem)
{
    ag_mention_row *m = elem;

    free(m->article_id);
    free(m->article_title);
    free(m->article_url);
    free(m->article_source);
    free(m->sentence);
    free(m->items);
    free(m->category);
    free(m->quantity);
    free(m->attribution);
}

static const row_type mention_rows = {
    sizeof(ag_mention_row), 8, mention_bind, NULL, mention_fill, mention_clear, "listing mentions"};

void ag_mention_rows_free(ag_mention_row *rows, size_t n)
{
    free_rows(&mention_rows, rows, n);
}

int ag_store_mentions(ag_store *s, long long edge_id, const struct ag_filter *f,
                      ag_mention_row **rows, size_t *n, ag_err *err)
{
    static const char sql[] =
        "SELECT m.id, a.id, a.title, a.url, a.source, coalesce(m.date, a.published, ''),"
        " m.sentence, m.sent_start, m.sent_end, m.items, m.category, m.qty_text, m.status,"
        " m.attribution, m.confidence"
        " FROM mentions m JOIN articles a ON a.key = m.article_key"
        " WHERE m.edge_id = ?1"
        " AND (?2 = '' OR (CASE WHEN length(coalesce(m.date, a.published)) = 7"
        " THEN coalesce(m.date, a.published) || '-31'"
        " ELSE coalesce(m.date, a.published) END) >= ?2)"
        " AND (?3 = '' OR coalesce(m.date, a.published) <= ?3)"
        " ORDER BY m.confidence DESC, coalesce(m.date, a.published, '') DESC, a.id, m.id";
    const mention_args a = {edge_id, f};
    void *r;
    int rc = list_rows(s, sql, &mention_rows, &a, &r, n, err);

    *rows = r;
    return rc;
}

/* ---- merging shards ------------------------------------------------------- */

typedef struct merge_stmts {
    sqlite3_stmt *entities, *aliases, *articles, *mentions, *sources, *alias_sources; /* shard */
    sqlite3_stmt *find, *article, *entity, *alias, *edge, *edge_id, *mention; /* on the output */
} merge_stmts;

static void merge_stmts_finalize(merge_stmts *m)
{
    sqlite3_finalize(m->entities);
    sqlite3_finalize(m->aliases);
    sqlite3_finalize(m->articles);
    sqlite3_finalize(m->mentions);
    sqlite3_finalize(m->sources);
    sqlite3_finalize(m->alias_sources);
    memset(m, 0, sizeof *m);
}

/* binds column `col` of `from` as parameter `i` of `to`, keeping its type */
static void bind_column(sqlite3_stmt *to, int i, sqlite3_stmt *from, int col)
{
    sqlite3_bind_value(to, i, sqlite3_column_value(from, col));
}

/* step_done for a row copied from shard into s: a row the store refuses
 * (a constraint, a wrong type) is the shard's fault and names the shard;
 * a failure of s itself (disk full, locked) names s. */
static int merge_step(ag_store *s, ag_store *shard, sqlite3_stmt *st, const char *what, ag_err *err)
{
    int rc = sqlite3_step(st);

    sqlite3_reset(st);
    if (rc == SQLITE_DONE)
        return AG_OK;
    if ((rc & 0xff) == SQLITE_CONSTRAINT || (rc & 0xff) == SQLITE_MISMATCH)
        return ag_err_set(err, AG_ERR_DB, "%s: %s: the shard holds what a store may not (%s)",
                          shard->path, what, sqlite3_errmsg(s->db));
    return ag_store_db_error(s, rc, what, err);
}

/* Every text column of the row that st (a statement on shard) stands on is
 * valid UTF-8: a shard made by another tool, or by an older armsgraph, was
 * never checked as ingest checks what it stores. AG_ERR_INPUT names the
 * shard, what was being merged and the column. */
static int merge_utf8(ag_store *shard, sqlite3_stmt *st, const char *what, ag_err *err)
{
    for (int c = 0, n = sqlite3_column_count(st); c < n; c++) {
        const char *t;
        size_t len, at;

        if (sqlite3_column_type(st, c) != SQLITE_TEXT)
            continue;
        t = (const char *)sqlite3_column_text(st, c);
        len = (size_t)sqlite3_column_bytes(st, c);
        if (t != NULL && (at = ag_utf8_invalid_at(t, len)) != len)
            return ag_err_set(err, AG_ERR_INPUT,
                              "%s: %s: invalid UTF-8 in its %s (byte offset %zu)", shard->path,
                              what, sqlite3_column_name(st, c), at);
    }
    return AG_OK;
}

/* Copies what the shard's article `from` named to the output's article `to`. */
static int merge_sources(ag_store *s, put_stmts *p, ag_store *shard, merge_stmts *m,
                         sqlite3_int64 from, sqlite3_int64 to, ag_err *err)
{
    int rc;

    sqlite3_bind_int64(m->sources, 1, from);
    while ((rc = sqlite3_step(m->sources)) == SQLITE_ROW) {
        if ((rc = merge_utf8(shard, m->sources, "merging an entity's source", err)) != AG_OK)
            break;
        sqlite3_bind_int64(p->source, 1, to);
        for (int c = 0; c < 5; c++)
            bind_column(p->source, c + 2, m->sources, c);
        if ((rc = merge_step(s, shard, p->source, "merging an entity's source", err)) != AG_OK)
            break;
    }
    sqlite3_reset(m->sources);
    if (rc != SQLITE_DONE && rc != AG_OK)
        return rc < 0 ? rc : ag_store_db_error(shard, rc, "reading sources", err);
    sqlite3_bind_int64(m->alias_sources, 1, from);
    while ((rc = sqlite3_step(m->alias_sources)) == SQLITE_ROW) {
        if ((rc = merge_utf8(shard, m->alias_sources, "merging an alias's source", err)) != AG_OK)
            break;
        sqlite3_bind_int64(p->alias_source, 1, to);
        bind_column(p->alias_source, 2, m->alias_sources, 0);
        bind_column(p->alias_source, 3, m->alias_sources, 1);
        if ((rc = merge_step(s, shard, p->alias_source, "merging an alias's source", err)) != AG_OK)
            break;
    }
    sqlite3_reset(m->alias_sources);
    if (rc != SQLITE_DONE && rc != AG_OK)
        return rc < 0 ? rc : ag_store_db_error(shard, rc, "reading alias sources", err);
    return AG_OK;
}

static int merge_one(ag_store *s, put_stmts *p, ag_store *shard, ag_merge_stats *ms, ag_err *err)
{
    merge_stmts m;
    int rc;

    memset(&m, 0, sizeof m);
    if ((rc = ag_store_prepare(shard, "SELECT id, kind, name, state FROM entities ORDER BY id",
                               &m.entities, err)) ||
        (rc = ag_store_prepare(shard,
                               "SELECT alias, entity_id FROM aliases ORDER BY entity_id, alias",
                               &m.aliases, err)) ||
        (rc =
             ag_store_prepare(shard,
                              "SELECT key, id, title, url, source, published, sha256,"
                              " ingested_at, text, extractor, dict_hash FROM articles ORDER BY key",
                              &m.articles, err)) ||
        (rc = ag_store_prepare(shard,
                               "SELECT entity_id, kind, name, state, name_is_alias FROM sources"
                               " WHERE article_key = ?1 ORDER BY entity_id",
                               &m.sources, err)) ||
        (rc = ag_store_prepare(shard,
                               "SELECT entity_id, alias FROM alias_sources"
                               " WHERE article_key = ?1 ORDER BY entity_id, alias",
                               &m.alias_sources, err)) ||
        (rc = ag_store_prepare(shard,
                               "SELECT e.type, e.source_id, e.target_id, m.sentence,"
                               " m.sent_start, m.sent_end, m.items, m.category, m.qty_value,"
                               " m.qty_unit, m.qty_qualifier, m.qty_text, m.date, m.status,"
                               " m.attribution, m.confidence FROM mentions m"
                               " JOIN edges e ON e.id = m.edge_id WHERE m.article_key = ?1"
                               " ORDER BY m.id",
                               &m.mentions, err)))
        goto out;

    while ((rc = sqlite3_step(m.entities)) == SQLITE_ROW) {
        if ((rc = merge_utf8(shard, m.entities, "merging an entity", err)) != AG_OK)
            goto out;
        for (int c = 0; c < 4; c++)
            bind_column(p->entity, c + 1, m.entities, c);
        if ((rc = merge_step(s, shard, p->entity, "merging an entity", err)) != AG_OK)
            goto out;
    }
    if (rc != SQLITE_DONE) {
        rc = ag_store_db_error(shard, rc, "reading entities", err);
        goto out;
    }
    while ((rc = sqlite3_step(m.aliases)) == SQLITE_ROW) {
        if ((rc = merge_utf8(shard, m.aliases, "merging an alias", err)) != AG_OK)
            goto out;
        bind_column(p->alias, 1, m.aliases, 0);
        bind_column(p->alias, 2, m.aliases, 1);
        if ((rc = merge_step(s, shard, p->alias, "merging an alias", err)) != AG_OK)
            goto out;
    }
    if (rc != SQLITE_DONE) {
        rc = ag_store_db_error(shard, rc, "reading aliases", err);
        goto out;
    }
    while ((rc = sqlite3_step(m.articles)) == SQLITE_ROW) {
        sqlite3_int64 key;

        bind_column(p->find, 1, m.articles, 6);
        rc = sqlite3_step(p->find);
        sqlite3_reset(p->find);
        if (rc == SQLITE_ROW) {
            ms->articles_skipped++;
            continue;
        }
        if (rc != SQLITE_DONE) {
            rc = ag_store_db_error(s, rc, "looking up an article", err);
            goto out;
        }
        if ((rc = merge_utf8(shard, m.articles, "merging an article", err)) != AG_OK)
            goto out;
        for (int c = 1; c <= 10; c++)
            bind_column(p->article, c, m.articles, c);
        if ((rc = merge_step(s, shard, p->article, "merging an article", err)) != AG_OK)
            goto out;
        key = sqlite3_last_insert_rowid(s->db);
        ms->articles_added++;
        if ((rc = merge_sources(s, p, shard, &m, sqlite3_column_int64(m.articles, 0), key, err)) !=
            AG_OK)
            goto out;

        sqlite3_bind_int64(m.mentions, 1, sqlite3_column_int64(m.articles, 0));
        while ((rc = sqlite3_step(m.mentions)) == SQLITE_ROW) {
            sqlite3_int64 edge_id;

            if ((rc = merge_utf8(shard, m.mentions, "merging a mention", err)) != AG_OK) {
                sqlite3_reset(m.mentions);
                goto out;
            }
            for (int c = 0; c < 3; c++) {
                bind_column(p->edge, c + 1, m.mentions, c);
                bind_column(p->edge_id, c + 1, m.mentions, c);
            }
            if ((rc = merge_step(s, shard, p->edge, "merging an edge", err)) != AG_OK) {
                sqlite3_reset(m.mentions);
                goto out;
            }
            ms->edges += sqlite3_changes(s->db);
            rc = sqlite3_step(p->edge_id);
            edge_id = sqlite3_column_int64(p->edge_id, 0);
            sqlite3_reset(p->edge_id);
            if (rc != SQLITE_ROW) {
                sqlite3_reset(m.mentions);
                rc = ag_store_db_error(s, rc, "finding an edge", err);
                goto out;
            }
            sqlite3_bind_int64(p->mention, 1, edge_id);
            sqlite3_bind_int64(p->mention, 2, key);
            for (int c = 3; c < 16; c++)
                bind_column(p->mention, c, m.mentions, c);
            /* the next free id (the statement is ag_store_put's, which may
             * have bound one) */
            sqlite3_bind_null(p->mention, 16);
            if ((rc = merge_step(s, shard, p->mention, "merging a mention", err)) != AG_OK) {
                sqlite3_reset(m.mentions);
                goto out;
            }
            ms->mentions++;
        }
        sqlite3_reset(m.mentions);
        if (rc != SQLITE_DONE) {
            rc = ag_store_db_error(shard, rc, "reading mentions", err);
            goto out;
        }
    }
    if (rc != SQLITE_DONE) {
        rc = ag_store_db_error(shard, rc, "reading articles", err);
        goto out;
    }
    rc = AG_OK;
out:
    merge_stmts_finalize(&m);
    return rc;
}

/* Adds the curation of shard to s's; *added grows by the edits added.
 * The rule for the curation of shards: the edits of each
 * shard are added after those of the output, shard by shard in the order
 * given, each shard's in its own order; an edit the output already holds
 * (same operation, entity and value) is not added again, so that the same
 * curation made twice, or a shard merged twice, is one. Replayed in that
 * order, a later rename or state of an entity overrides an earlier one;
 * a merge that would undo an earlier one (A into B after B into A) folds
 * into it; an alias or name of an entity that an earlier merge took into
 * another is an alias of that one (ag_store_curation_apply follows merged
 * ids). */
static int curation_merge(ag_store *s, ag_store *shard, long *added, ag_err *err)
{
    sqlite3_stmt *from = NULL, *to = NULL;
    int rc;

    rc = ag_store_prepare(shard, "SELECT op, entity_id, value FROM curation ORDER BY seq", &from,
                          err);
    if (rc == AG_OK)
        rc = ag_store_prepare(s,
                              "INSERT INTO curation(op, entity_id, value) SELECT ?1, ?2, ?3"
                              " WHERE NOT EXISTS (SELECT 1 FROM curation"
                              " WHERE op = ?1 AND entity_id = ?2 AND value = ?3)",
                              &to, err);
    if (rc != AG_OK)
        goto out;
    while ((rc = sqlite3_step(from)) == SQLITE_ROW) {
        if ((rc = merge_utf8(shard, from, "merging the curation", err)) != AG_OK)
            goto out;
        for (int c = 0; c < 3; c++)
            sqlite3_bind_value(to, c + 1, sqlite3_column_value(from, c));
        rc = sqlite3_step(to);
        sqlite3_reset(to);
        if (rc != SQLITE_DONE) {
            rc = ag_store_db_error(s, rc, "merging the curation", err);
            goto out;
        }
        *added += sqlite3_changes(s->db);
    }
    rc = rc == SQLITE_DONE ? AG_OK : ag_store_db_error(shard, rc, "reading the curation", err);
out:
    sqlite3_finalize(from);
    sqlite3_finalize(to);
    return rc;
}

int ag_store_merge(ag_store *s, const char *const *shards, size_t n, ag_merge_stats *ms,
                   ag_err *err)
{
    struct stat out_sb;
    long long before = 0, after = 0;
    int rc, in_tx = 0, have_out = stat(s->path, &out_sb) == 0;

    memset(ms, 0, sizeof *ms);
    if (s->readonly)
        return ag_err_set(err, AG_ERR_USAGE, "%s: store opened read-only", s->path);
    for (size_t i = 0; i < n; i++) {
        struct stat sb;
        if (have_out && stat(shards[i], &sb) == 0 && sb.st_dev == out_sb.st_dev &&
            sb.st_ino == out_sb.st_ino)
            return ag_err_set(err, AG_ERR_USAGE, "%s: cannot merge a store into itself", shards[i]);
    }
    rc = put_stmts_prepare(s, err);
    if (rc == AG_OK)
        rc = ag_store_write_begin(s, &in_tx, err);
    if (rc != AG_OK)
        goto out;
    if ((rc = query_int(s, "SELECT count(*) FROM entities", &before, err)) != AG_OK)
        goto out;
    for (size_t i = 0; i < n; i++) {
        ag_store *shard = NULL;

        rc = ag_store_open(&shard, shards[i], AG_STORE_READONLY, err);
        if (rc == AG_OK)
            rc = merge_one(s, s->put, shard, ms, err);
        if (rc == AG_OK)
            rc = curation_merge(s, shard, &ms->curations, err);
        ag_store_close(shard);
        if (rc != AG_OK)
            goto out;
    }
    if ((rc = ag_store_curation_apply(s, err)) != AG_OK ||
        (rc = query_int(s, "SELECT count(*) FROM entities", &after, err)) != AG_OK)
        goto out;
    ms->entities = (long)(after - before);
    rc = tx_commit(s, "committing", &in_tx, err);
out:
    if (in_tx)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    ag_store_forget(s);
    return rc;
}

/* ---- revising the store: retract, extract again ------------------------------ */

int ag_store_article_find(ag_store *s, const char *ref, long long *key, ag_err *err)
{
    sqlite3_stmt *st = NULL;
    long found = 0;
    ag_buf b;
    int rc;

    ag_buf_init(&b);
    *key = 0;
    rc = ag_store_prepare(s,
                          "SELECT key, sha256 FROM articles WHERE id = ?1 OR url = ?1"
                          " OR sha256 = lower(?1) ORDER BY key",
                          &st, err);
    if (rc != AG_OK)
        goto out;
    bind_text(st, 1, ref);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (found++ == 0)
            *key = sqlite3_column_int64(st, 0);
        ag_buf_printf(&b, "%s%.16s", found == 1 ? "" : ", ", sqlite3_column_text(st, 1));
    }
    if (rc != SQLITE_DONE) {
        rc = ag_store_db_error(s, rc, "looking up an article", err);
        goto out;
    }
    if (found == 0)
        rc = ag_err_set(err, AG_ERR_NOTFOUND,
                        "no article '%s' in the store (give its id, url or "
                        "sha256)",
                        ref);
    else if (found > 1)
        rc = ag_err_set(err, AG_ERR_NOTFOUND,
                        "article '%s' is ambiguous: %ld articles have that id or url (sha256 %s);"
                        " give the sha256",
                        ref, found, b.data != NULL ? b.data : "");
    else
        rc = AG_OK;
out:
    ag_buf_destroy(&b);
    sqlite3_finalize(st);
    return rc;
}

int ag_store_article_keys(ag_store *s, long long **keys, size_t *n, ag_err *err)
{
    sqlite3_stmt *st = NULL;
    long long *k = NULL;
    size_t count = 0, cap = 0;
    int rc;

    *keys = NULL;
    *n = 0;
    rc = ag_store_prepare(s, "SELECT key FROM articles ORDER BY key", &st, err);
    if (rc != AG_OK)
        goto out;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (ag_grow(&k, &cap, count, sizeof *k, 64) != AG_OK) {
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            goto out;
        }
        k[count++] = sqlite3_column_int64(st, 0);
    }
    if (rc != SQLITE_DONE) {
        rc = ag_store_db_error(s, rc, "listing articles", err);
        goto out;
    }
    rc = AG_OK;
    *keys = k;
    *n = count;
    k = NULL;
out:
    free(k);
    sqlite3_finalize(st);
    return rc;
}

int ag_store_article_get(ag_store *s, long long key, ag_article *a, ag_err *err)
{
    sqlite3_stmt *st = NULL;
    const char *sha;
    int rc, oom = 0;

    rc = ag_store_prepare(s,
                          "SELECT id, title, url, source, published, sha256, text FROM articles"
                          " WHERE key = ?1",
                          &st, err);
    if (rc != AG_OK)
        goto out;
    sqlite3_bind_int64(st, 1, key);
    rc = sqlite3_step(st);
    if (rc == SQLITE_DONE) {
        rc = ag_err_set(err, AG_ERR_NOTFOUND, "no article of key %lld", key);
        goto out;
    }
    if (rc != SQLITE_ROW) {
        rc = ag_store_db_error(s, rc, "reading an article", err);
        goto out;
    }
    a->id = ag_store_column_dup(st, 0, &oom);
    a->title = ag_store_column_dup(st, 1, &oom);
    a->url = ag_store_column_dup(st, 2, &oom);
    a->source = ag_store_column_dup(st, 3, &oom);
    a->published = ag_store_column_dup(st, 4, &oom);
    a->text = ag_store_column_dup(st, 6, &oom);
    a->len = a->text != NULL ? (size_t)sqlite3_column_bytes(st, 6) : 0;
    sha = (const char *)sqlite3_column_text(st, 5);
    snprintf(a->sha256, sizeof a->sha256, "%s", sha != NULL ? sha : "");
    rc = oom ? ag_err_set(err, AG_ERR_NOMEM, "out of memory") : AG_OK;
out:
    sqlite3_finalize(st);
    return rc;
}

void ag_change_add(ag_change *a, const ag_change *b)
{
    a->articles += b->articles;
    for (int t = 0; t < AG_EDGE_TYPE_COUNT; t++) {
        a->edges_added[t] += b->edges_added[t];
        a->edges_removed[t] += b->edges_removed[t];
        a->mentions_added[t] += b->mentions_added[t];
        a->mentions_removed[t] += b->mentions_removed[t];
    }
    a->entities_added += b->entities_added;
    a->entities_removed += b->entities_removed;
}

/* Runs every statement of sql (';'-separated), binding ?1 to a, or to key
 * when a is NULL, and ?2 to b, where a statement has those parameters. */
static int exec_each(ag_store *s, const char *sql, sqlite3_int64 key, const char *a, const char *b,
                     const char *what, ag_err *err)
{
    const char *tail = sql;
    int rc = AG_OK;

    while (rc == AG_OK && tail != NULL && *tail != '\0') {
        sqlite3_stmt *st = NULL;
        int src = sqlite3_prepare_v2(s->db, tail, -1, &st, &tail);

        if (src != SQLITE_OK)
            return ag_store_db_error(s, src, what, err);
        if (st == NULL) /* only white space left */
            break;
        if (sqlite3_bind_parameter_count(st) >= 1 && a == NULL)
            sqlite3_bind_int64(st, 1, key);
        else if (sqlite3_bind_parameter_count(st) >= 1)
            sqlite3_bind_text(st, 1, a, -1, SQLITE_TRANSIENT);
        if (sqlite3_bind_parameter_count(st) >= 2)
            bind_text(st, 2, b);
        rc = step_done(s, st, what, err);
        sqlite3_finalize(st);
    }
    return rc;
}

static int exec_key(ag_store *s, const char *sql, sqlite3_int64 key, const char *what, ag_err *err)
{
    return exec_each(s, sql, key, NULL, NULL, what, err);
}

/* Adds to counts[type] the rows (type, count) of sql, with key as ?1 if
 * it has a parameter. */
static int count_by_type_key(ag_store *s, const char *sql, sqlite3_int64 key, long *counts,
                             ag_err *err)
{
    sqlite3_stmt *st = NULL;
    int rc = ag_store_prepare(s, sql, &st, err);

    if (rc != AG_OK)
        return rc;
    if (sqlite3_bind_parameter_count(st) > 0)
        sqlite3_bind_int64(st, 1, key);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        ag_edge_type t;
        if (ag_edge_type_parse((const char *)sqlite3_column_text(st, 0), &t) == AG_OK)
            counts[t] += (long)sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? AG_OK : ag_store_db_error(s, rc, "counting changes", err);
}

static int count_by_type(ag_store *s, const char *sql, long *counts, ag_err *err)
{
    return count_by_type_key(s, sql, 0, counts, err);
}

/* The columns that make a mention what it is, without its ids. */
#define MENTION_CANON                                                                              \
    "d.type, d.source_id, d.target_id, m.sentence, m.sent_start, m.sent_end, m.items,"             \
    " m.category, m.qty_value, m.qty_unit, m.qty_qualifier, m.qty_text, m.date, m.status,"         \
    " m.attribution, m.confidence FROM mentions m JOIN edges d ON d.id = m.edge_id"                \
    " WHERE m.article_key = ?1"

/* Empty temporary tables for one revision: the edges and entities it
 * touches, the article's mentions before and after. */
static int touch_begin(ag_store *s, ag_err *err)
{
    static const char sql[] =
        "CREATE TEMP TABLE IF NOT EXISTS ag_touched_edges(id INTEGER PRIMARY KEY);"
        "CREATE TEMP TABLE IF NOT EXISTS ag_touched_entities(id TEXT PRIMARY KEY);"
        "CREATE TEMP TABLE IF NOT EXISTS ag_before(type, src, dst, sentence, s, e, items, cat,"
        " qv, qu, qq, qt, date, status, attribution, confidence);"
        "CREATE TEMP TABLE IF NOT EXISTS ag_after(type, src, dst, sentence, s, e, items, cat,"
        " qv, qu, qq, qt, date, status, attribution, confidence);"
        "DELETE FROM ag_touched_edges; DELETE FROM ag_touched_entities;"
        "DELETE FROM ag_before; DELETE FROM ag_after;";
    return exec(s, sql, "preparing the revision", err);
}

/* Takes away what the article of key contributed (its mentions and the
 * record of what it named), remembering what that touches. */
static int detach_article(ag_store *s, sqlite3_int64 key, ag_err *err)
{
    static const char sql[] =
        "INSERT OR IGNORE INTO temp.ag_touched_edges SELECT edge_id FROM mentions"
        " WHERE article_key = ?1;"
        "INSERT OR IGNORE INTO temp.ag_touched_entities SELECT entity_id FROM sources"
        " WHERE article_key = ?1;"
        "INSERT INTO temp.ag_before SELECT " MENTION_CANON ";"
        "DELETE FROM mentions WHERE article_key = ?1;"
        "DELETE FROM alias_sources WHERE article_key = ?1;"
        "DELETE FROM sources WHERE article_key = ?1;";
    return exec_key(s, sql, key, "taking an article's mentions away", err);
}

/* Removes the touched edges, entities and aliases that no article supports
 * any more, and gives a touched entity the name, kind, state and aliases
 * its sources give it, in the order of their articles (as ingest would). */
static int sweep(ag_store *s, ag_change *ch, ag_err *err)
{
    static const char gone_edges[] =
        "SELECT type, count(*) FROM edges WHERE id IN (SELECT id FROM temp.ag_touched_edges)"
        " AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.edge_id = edges.id) GROUP BY type";
#define UNSUPPORTED                                                                                \
    " WHERE id IN (SELECT id FROM temp.ag_touched_entities)"                                       \
    " AND NOT EXISTS (SELECT 1 FROM sources x WHERE x.entity_id = entities.id)"                    \
    " AND NOT EXISTS (SELECT 1 FROM edges d WHERE d.source_id = entities.id"                       \
    " OR d.target_id = entities.id)"
    static const char drop_edges[] =
        "DELETE FROM edges WHERE id IN (SELECT id FROM temp.ag_touched_edges)"
        " AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.edge_id = edges.id);";
    /* an alias goes when no article names the entity by it any more, and
     * is spelt as the first article that still does spells it; an article
     * that named it by its name, spelt so, says so in sources (schema 5) */
#define NAME_ALIAS                                                                                 \
    " FROM sources y WHERE y.entity_id = aliases.entity_id"                                        \
    " AND y.name = aliases.alias COLLATE NOCASE AND y.name_is_alias = 1"
#define FIRST_SPELLING                                                                             \
    "SELECT alias FROM (SELECT x.article_key AS k, x.alias AS alias FROM alias_sources x"          \
    " WHERE x.entity_id = aliases.entity_id AND x.alias = aliases.alias"                           \
    " UNION ALL SELECT y.article_key, y.name" NAME_ALIAS ") ORDER BY k LIMIT 1"
    static const char sql[] =
        "DELETE FROM aliases WHERE entity_id IN (SELECT id FROM temp.ag_touched_entities)"
        " AND NOT EXISTS (SELECT 1 FROM alias_sources x WHERE x.entity_id = aliases.entity_id"
        " AND x.alias = aliases.alias) AND NOT EXISTS (SELECT 1" NAME_ALIAS ");"
        "UPDATE aliases SET alias = (" FIRST_SPELLING ")"
        " WHERE entity_id IN (SELECT id FROM temp.ag_touched_entities)"
        " AND alias <> (" FIRST_SPELLING ") COLLATE BINARY;"
        "DELETE FROM entities" UNSUPPORTED ";"
        "UPDATE entities SET"
        " kind = (SELECT kind FROM sources x WHERE x.entity_id = entities.id"
        "   ORDER BY article_key LIMIT 1),"
        " name = (SELECT name FROM sources x WHERE x.entity_id = entities.id"
        "   ORDER BY article_key LIMIT 1),"
        " state = (SELECT state FROM sources x"
        "   WHERE x.entity_id = entities.id AND state IS NOT NULL ORDER BY article_key LIMIT 1)"
        " WHERE id IN (SELECT id FROM temp.ag_touched_entities)"
        " AND EXISTS (SELECT 1 FROM sources x WHERE x.entity_id = entities.id);";
#undef FIRST_SPELLING
#undef NAME_ALIAS
    long long gone = 0;
    int rc;

    if ((rc = count_by_type(s, gone_edges, ch->edges_removed, err)) != AG_OK ||
        (rc = exec(s, drop_edges, "removing edges no article supports", err)) != AG_OK ||
        (rc = query_int(s, "SELECT count(*) FROM entities" UNSUPPORTED, &gone, err)) != AG_OK)
        return rc;
#undef UNSUPPORTED
    ch->entities_removed += (long)gone;
    return exec(s, sql, "removing what no article supports", err);
}

int ag_store_retract(ag_store *s, const long long *keys, size_t n, ag_change *ch, ag_err *err)
{
    int rc, in_tx = 0;

    memset(ch, 0, sizeof *ch);
    if (s->readonly)
        return ag_err_set(err, AG_ERR_USAGE, "%s: store opened read-only", s->path);
    if ((rc = ag_store_write_begin(s, &in_tx, err)) != AG_OK || (rc = touch_begin(s, err)) != AG_OK)
        goto out;
    for (size_t i = 0; i < n; i++) {
        if ((rc = detach_article(s, keys[i], err)) != AG_OK ||
            (rc = exec_key(s, "DELETE FROM articles WHERE key = ?1", keys[i], "removing an article",
                           err)) != AG_OK)
            goto out;
        ch->articles += sqlite3_changes(s->db);
    }
    if ((rc = count_by_type(s, "SELECT type, count(*) FROM temp.ag_before GROUP BY type",
                            ch->mentions_removed, err)) != AG_OK ||
        (rc = sweep(s, ch, err)) != AG_OK || (rc = ag_store_curation_apply(s, err)) != AG_OK)
        goto out;
    rc = tx_commit(s, "committing", &in_tx, err);
out:
    if (in_tx)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    ag_store_forget(s);
    return rc;
}

/* How many of the entities of the extraction noted by note_entities the
 * store holds (counting all of them would read the whole table). */
#define NOTED_ENTITIES                                                                             \
    "SELECT count(*) FROM entities WHERE id IN (SELECT id FROM temp.ag_x_entities)"

/* Notes the ids of x's entities in temp.ag_x_entities. */
static int note_entities(ag_store *s, const ag_extraction *x, ag_err *err)
{
    sqlite3_stmt *st = NULL;
    int rc = exec(s,
                  "CREATE TEMP TABLE IF NOT EXISTS ag_x_entities(id TEXT PRIMARY KEY);"
                  "DELETE FROM temp.ag_x_entities;",
                  "noting entities", err);

    if (rc == AG_OK)
        rc = ag_store_prepare(s, "INSERT OR IGNORE INTO temp.ag_x_entities VALUES (?1)", &st, err);
    for (size_t i = 0; rc == AG_OK && i < x->n_entities; i++) {
        bind_text(st, 1, x->entities[i].id);
        rc = step_done(s, st, "noting entities", err);
    }
    sqlite3_finalize(st);
    return rc;
}

/* The ids of the article's mentions, in order (malloc'd). */
static int mention_ids(ag_store *s, sqlite3_int64 key, sqlite3_int64 **ids, size_t *n, ag_err *err)
{
    sqlite3_stmt *st = NULL;
    size_t cap = 0;
    int rc;

    *ids = NULL;
    *n = 0;
    rc =
        ag_store_prepare(s, "SELECT id FROM mentions WHERE article_key = ?1 ORDER BY id", &st, err);
    if (rc != AG_OK)
        return rc;
    sqlite3_bind_int64(st, 1, key);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (ag_grow(ids, &cap, *n, sizeof **ids, 16) != AG_OK) {
            sqlite3_finalize(st);
            return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        }
        (*ids)[(*n)++] = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? AG_OK : ag_store_db_error(s, rc, "reading mentions", err);
}

int ag_store_replace(ag_store *s, long long key, const ag_extraction *x, int dry_run, ag_change *ch,
                     ag_err *err)
{
    put_stmts *p;
    sqlite3_stmt *st = NULL;
    sqlite3_int64 *ids = NULL;
    size_t n_ids = 0;
    long long before = 0, after = 0, max_edge = 0;
    int rc, in_tx = 0, any = 0;

    memset(ch, 0, sizeof *ch);
    if (s->readonly)
        return ag_err_set(err, AG_ERR_USAGE, "%s: store opened read-only", s->path);
    if ((rc = check_utf8(x, err)) != AG_OK)
        return rc;
    /* its own transaction, never a savepoint of an ingest batch: a dry run
     * rolls back this article's revision alone */
    if ((rc = put_stmts_prepare(s, err)) != AG_OK ||
        (rc = ag_store_write_begin(s, &in_tx, err)) != AG_OK)
        goto out;
    p = s->put;
    if ((rc = put_check(x, err)) != AG_OK || (rc = touch_begin(s, err)) != AG_OK ||
        (rc = mention_ids(s, key, &ids, &n_ids, err)) != AG_OK ||
        (rc = detach_article(s, key, err)) != AG_OK || (rc = note_entities(s, x, err)) != AG_OK ||
        (rc = query_int(s, NOTED_ENTITIES, &before, err)) != AG_OK ||
        (rc = query_int(s, "SELECT coalesce(max(id), 0) FROM edges", &max_edge, err)) != AG_OK ||
        (rc = put_derived(s, p, x, key, ids, n_ids, err)) != AG_OK ||
        (rc = ag_store_curation_apply(s, err)) != AG_OK ||
        (rc = query_int(s, NOTED_ENTITIES, &after, err)) != AG_OK ||
        (rc = exec_key(s,
                       "INSERT INTO temp.ag_after SELECT " MENTION_CANON ";"
                       "INSERT OR IGNORE INTO temp.ag_touched_entities SELECT entity_id"
                       " FROM sources WHERE article_key = ?1;",
                       key, "comparing mentions", err)) != AG_OK ||
        (rc = count_by_type(s,
                            "SELECT type, count(*) FROM (SELECT * FROM temp.ag_after EXCEPT"
                            " SELECT * FROM temp.ag_before) GROUP BY type",
                            ch->mentions_added, err)) != AG_OK ||
        (rc = count_by_type(s,
                            "SELECT type, count(*) FROM (SELECT * FROM temp.ag_before EXCEPT"
                            " SELECT * FROM temp.ag_after) GROUP BY type",
                            ch->mentions_removed, err)) != AG_OK)
        goto out;
    ch->entities_added = (long)(after - before);
    /* a new edge has an id past the old ones (one a curated merge folded
     * into another is gone again) */
    if ((rc = sweep(s, ch, err)) != AG_OK || (rc = ag_store_curation_apply(s, err)) != AG_OK ||
        (rc = count_by_type_key(s, "SELECT type, count(*) FROM edges WHERE id > ?1 GROUP BY type",
                                max_edge, ch->edges_added, err)) != AG_OK)
        goto out;
    rc = ag_store_prepare(s, "UPDATE articles SET extractor = ?2, dict_hash = ?3 WHERE key = ?1",
                          &st, err);
    if (rc != AG_OK)
        goto out;
    sqlite3_bind_int64(st, 1, key);
    if (x->extractor_version > 0)
        sqlite3_bind_int64(st, 2, x->extractor_version);
    bind_text_or_null(st, 3, x->dict_hash);
    if ((rc = step_done(s, st, "recording the extraction", err)) != AG_OK)
        goto out;
    for (int t = 0; t < AG_EDGE_TYPE_COUNT; t++)
        any |= ch->edges_added[t] || ch->edges_removed[t] || ch->mentions_added[t] ||
               ch->mentions_removed[t];
    ch->articles = any || ch->entities_added || ch->entities_removed;
    if (!dry_run)
        rc = tx_commit(s, "committing", &in_tx, err);
out:
    if (in_tx)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    if (rc != AG_OK && rc != AG_ERR_BUSY && rc != AG_ERR_NOMEM && rc != AG_ERR_IO &&
        x->article.id != NULL)
        ag_err_prefix(err, "article '%s'", x->article.id);
    sqlite3_finalize(st);
    ag_store_forget(s); /* the sweep deleted rows, or the rollback took them back */
    free(ids);
    return rc;
}

int ag_store_extraction_age(ag_store *s, int version, const char *dict_hash, ag_extraction_age *age,
                            ag_err *err)
{
    sqlite3_stmt *st = NULL;
    int rc;

    memset(age, 0, sizeof *age);
    rc = ag_store_prepare(s,
                          "SELECT coalesce(sum(text IS NULL), 0),"
                          " coalesce(sum(text IS NOT NULL AND extractor IS ?1"
                          "   AND dict_hash IS ?2), 0),"
                          " coalesce(sum(text IS NOT NULL AND (extractor IS NOT ?1"
                          "   OR dict_hash IS NOT ?2)), 0) FROM articles",
                          &st, err);
    if (rc != AG_OK)
        return rc;
    sqlite3_bind_int64(st, 1, version);
    bind_text(st, 2, dict_hash);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        age->pre_extracted = (long)sqlite3_column_int64(st, 0);
        age->current = (long)sqlite3_column_int64(st, 1);
        age->older = (long)sqlite3_column_int64(st, 2);
        rc = AG_OK;
    } else {
        rc = ag_store_db_error(s, rc, "reading the articles", err);
    }
    sqlite3_finalize(st);
    return rc;
}

/* ---- playing the curation again (graph/curate.c records it) ------------------ */

static const char *const op_names[AG_CURATION_OP_COUNT] = {"merge", "alias", "rename", "state"};

const char *ag_curation_op_name(ag_curation_op op)
{
    return (int)op >= 0 && op < AG_CURATION_OP_COUNT ? op_names[op] : "?";
}

/* ?1 the entity kept, ?2 the entity merged into it: its edges (folded into
 * the kept entity's, mentions and all), what the articles said of it, its
 * aliases; its id and name become aliases; then it goes. */
static const char MERGE_SQL[] =
    "INSERT OR IGNORE INTO entities(id, kind, name, state)"
    " SELECT ?1, kind, name, state FROM entities WHERE id = ?2;"
    "INSERT OR IGNORE INTO edges(type, source_id, target_id)"
    " SELECT type, CASE source_id WHEN ?2 THEN ?1 ELSE source_id END,"
    " CASE target_id WHEN ?2 THEN ?1 ELSE target_id END FROM edges"
    " WHERE source_id = ?2 OR target_id = ?2 ORDER BY id;"
    "UPDATE mentions SET edge_id = (SELECT n.id FROM edges o JOIN edges n ON n.type = o.type"
    " AND n.source_id = CASE o.source_id WHEN ?2 THEN ?1 ELSE o.source_id END"
    " AND n.target_id = CASE o.target_id WHEN ?2 THEN ?1 ELSE o.target_id END"
    " WHERE o.id = mentions.edge_id)"
    " WHERE edge_id IN (SELECT id FROM edges WHERE source_id = ?2 OR target_id = ?2);"
    "DELETE FROM edges WHERE source_id = ?2 OR target_id = ?2;"
    /* the merged entity's name that its articles named it by becomes an
     * alias of theirs, unless the article named the kept one so */
    "INSERT OR IGNORE INTO alias_sources(article_key, entity_id, alias)"
    " SELECT x.article_key, ?1, x.name FROM sources x WHERE x.entity_id = ?2"
    " AND x.name_is_alias = 1 AND NOT EXISTS (SELECT 1 FROM sources y"
    " WHERE y.article_key = x.article_key AND y.entity_id = ?1 AND y.name_is_alias = 1"
    " AND y.name = x.name COLLATE NOCASE);"
    "INSERT OR IGNORE INTO sources(article_key, entity_id, kind, name, state)"
    " SELECT x.article_key, ?1, e.kind, e.name, e.state FROM sources x"
    " JOIN entities e ON e.id = ?1 WHERE x.entity_id = ?2;"
    "DELETE FROM sources WHERE entity_id = ?2;"
    "INSERT OR IGNORE INTO alias_sources(article_key, entity_id, alias)"
    " SELECT x.article_key, ?1, x.alias FROM alias_sources x WHERE x.entity_id = ?2"
    " AND NOT EXISTS (SELECT 1 FROM sources y WHERE y.article_key = x.article_key"
    " AND y.entity_id = ?1 AND y.name_is_alias = 1 AND y.name = x.alias COLLATE NOCASE);"
    "DELETE FROM alias_sources WHERE entity_id = ?2;"
    "INSERT OR IGNORE INTO aliases(alias, entity_id)"
    " SELECT alias, ?1 FROM aliases WHERE entity_id = ?2"
    " UNION ALL SELECT id, ?1 FROM entities WHERE id = ?2"
    " UNION ALL SELECT name, ?1 FROM entities WHERE id = ?2;"
    "DELETE FROM aliases WHERE entity_id = ?2;"
    "DELETE FROM entities WHERE id = ?2;";

static const char *const apply_sql[AG_CURATION_OP_COUNT] = {
    MERGE_SQL,
    "INSERT OR IGNORE INTO aliases(alias, entity_id) SELECT ?2, id FROM entities WHERE id = ?1;",
    "UPDATE entities SET name = ?2 WHERE id = ?1 AND name IS NOT ?2;",
    "UPDATE entities SET state = ?2 WHERE id = ?1 AND kind <> 'state' AND state IS NOT ?2;"};

int ag_store_exec_pair(ag_store *s, const char *sql, const char *a, const char *b, ag_err *err)
{
    return exec_each(s, sql, 0, a, b, "applying the curation", err);
}

int ag_curation_op_parse(const char *name, ag_curation_op *op)
{
    for (int k = 0; k < AG_CURATION_OP_COUNT; k++) {
        if (name != NULL && strcmp(name, op_names[k]) == 0) {
            *op = (ag_curation_op)k;
            return AG_OK;
        }
    }
    return AG_ERR_PARSE;
}

/* The entity that the merge of edit seq keeps: NULL in *keep when it is
 * the edit's own, else (malloc'd) the entity that an earlier merge took
 * the edit's own into (edits of merged shards, graph/curate.c), followed
 * through earlier merges; each step goes to an earlier edit, so the walk
 * ends. */
static int merge_keeper(ag_store *s, sqlite3_stmt *has, sqlite3_stmt *up, const char *entity,
                        sqlite3_int64 seq, char **keep, ag_err *err)
{
    int rc, oom = 0;

    *keep = NULL;
    /* most edits are of an entity that is there: one lookup by key */
    sqlite3_reset(has);
    sqlite3_bind_text(has, 1, entity, -1, SQLITE_TRANSIENT);
    rc = sqlite3_step(has);
    sqlite3_reset(has);
    if (rc == SQLITE_ROW)
        return AG_OK;
    if (rc != SQLITE_DONE)
        return ag_store_db_error(s, rc, "reading the entities", err);
    for (;;) {
        char *k;
        sqlite3_reset(up);
        sqlite3_bind_text(up, 1, *keep != NULL ? *keep : entity, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(up, 2, seq);
        if ((rc = sqlite3_step(up)) != SQLITE_ROW)
            break;
        seq = sqlite3_column_int64(up, 1);
        k = ag_store_column_dup(up, 0, &oom);
        if (oom)
            break;
        free(*keep);
        *keep = k;
    }
    sqlite3_reset(up);
    if (oom || rc != SQLITE_DONE) {
        free(*keep);
        *keep = NULL;
        return oom ? ag_err_set(err, AG_ERR_NOMEM, "out of memory")
                   : ag_store_db_error(s, rc, "reading the curation", err);
    }
    return AG_OK;
}

int ag_store_curation_apply(ag_store *s, ag_err *err)
{
    sqlite3_stmt *st = NULL, *up = NULL, *has = NULL;
    long long walk = 0;
    char *keep = NULL;
    int changes = sqlite3_total_changes(s->db);
    int rc = ag_store_prepare(s, "SELECT op, entity_id, value, seq FROM curation ORDER BY seq", &st,
                              err);

    if (rc == AG_OK)
        rc = ag_store_prepare(s,
                              "SELECT entity_id, seq FROM curation WHERE op = 'merge'"
                              " AND value = ?1 AND seq < ?2"
                              " AND NOT EXISTS (SELECT 1 FROM entities WHERE id = ?1)"
                              " ORDER BY seq DESC LIMIT 1",
                              &up, err);
    if (rc == AG_OK)
        rc = ag_store_prepare(s, "SELECT 1 FROM entities WHERE id = ?1", &has, err);
    /* an edit of an entity that an earlier merge took away comes only with
     * the curation of merged shards: without one, no edit needs the walk */
    if (rc == AG_OK)
        rc = query_int(s,
                       "SELECT count(*) FROM (SELECT 1 FROM curation c JOIN curation m"
                       " ON m.op = 'merge' AND m.value = c.entity_id AND m.seq < c.seq LIMIT 1)",
                       &walk, err);
    if (rc != AG_OK) {
        sqlite3_finalize(st);
        sqlite3_finalize(up);
        sqlite3_finalize(has);
        return rc;
    }
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        ag_curation_op op;
        const char *a = (const char *)sqlite3_column_text(st, 1);
        const char *b = (const char *)sqlite3_column_text(st, 2);

        if (ag_curation_op_parse((const char *)sqlite3_column_text(st, 0), &op) != AG_OK ||
            a == NULL || b == NULL)
            continue;
        if (op == AG_CURATE_MERGE) { /* most merges have nothing to do */
            long long there = 0;
            if ((rc = query_text_int(s, "SELECT count(*) FROM entities WHERE id = ?1", b, &there,
                                     err)) != AG_OK)
                break;
            if (there == 0)
                continue;
        }
        /* (edits of merged shards) a merge keeping an entity that an earlier
         * merge took into another keeps that one, and folds into it when it
         * would undo the earlier; an alias or name of such an entity
         * becomes an alias of the one that took it */
        if (walk && op != AG_CURATE_STATE &&
            (rc = merge_keeper(s, has, up, a, sqlite3_column_int64(st, 3), &keep, err)) != AG_OK)
            break;
        if (keep != NULL && op == AG_CURATE_RENAME)
            op = AG_CURATE_ALIAS;
        rc = AG_OK;
        if (keep == NULL || op != AG_CURATE_MERGE || strcmp(keep, b) != 0)
            rc = ag_store_exec_pair(s, apply_sql[op], keep != NULL ? keep : a, b, err);
        free(keep);
        keep = NULL;
        if (rc != AG_OK)
            break;
    }
    sqlite3_finalize(st);
    sqlite3_finalize(up);
    sqlite3_finalize(has);
    /* a merge deletes entities and edges, a state changes an entity */
    if (sqlite3_total_changes(s->db) != changes)
        ag_store_forget(s);
    if (rc == SQLITE_DONE)
        return AG_OK;
    return rc < 0 ? rc : ag_store_db_error(s, rc, "reading the curation", err);
}
