/*
 * test_store.c -- the SQLite store: schema creation, forward migration from
 * the pre-release layout (user_version 0), refusal of a newer schema,
 * atomic and idempotent ag_store_put, batches of articles under savepoints,
 * a locked store, actor resolution, listings, the in-memory graph with its
 * filters, and shard merging.
 * Prints results; diffed against test_store.out.
 */
#define _POSIX_C_SOURCE 200809L
#include "ag_graph.h"
#include "ag_ingest.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char tmpdir[64];

/* prints an error message with the temporary folder shown as $TMP */
static void show_err(const char *what, int rc, const ag_err *err)
{
    const char *m = err->msg;
    const char *p = strstr(m, tmpdir);

    printf("%s -> %d (%s): ", what, rc, ag_code_name(rc));
    if (p != NULL) {
        printf("%.*s$TMP%s\n", (int)(p - m), m, p + strlen(tmpdir));
    } else {
        printf("%s\n", m);
    }
}

static char *path_of(const char *name)
{
    static char buf[4][128];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", tmpdir, name);
    return buf[k];
}

static void add_mention(ag_extraction *x, ag_edge_type t, size_t src, size_t dst, const char *items,
                        const char *date, double conf, const char *sentence)
{
    ag_mention *m;

    if (ag_extraction_mention(x, &m, NULL) != AG_OK)
        abort();
    m->type = t;
    m->source = src;
    m->target = dst;
    m->items = items ? ag_strdup(items) : NULL;
    m->category = items ? ag_strdup("other") : NULL;
    if (date)
        snprintf(m->date, sizeof m->date, "%s", date);
    m->status = AG_REPORTED;
    m->confidence = conf;
    m->sentence = ag_strdup(sentence);
    m->start = 0;
    m->end = strlen(sentence);
}

/* An article of our own: Arnland ships drones to Borovia, a person and an
 * organization with a hostile name are sanctioned. */
static void article_one(ag_extraction *x, const char *text)
{
    size_t arn, bor, per, org;

    ag_extraction_init(x);
    if (ag_article_from_text(&x->article, text, strlen(text), "one", "2024-03-01", NULL) != AG_OK)
        abort();
    x->article.title = ag_strdup("Drones for Borovia");
    ag_extraction_entity(x, "ARN", "Arnland", AG_STATE, NULL, &arn, NULL);
    ag_extraction_entity(x, "BOR", "Borovia", AG_STATE, NULL, &bor, NULL);
    ag_extraction_entity(x, "Ivo Marek", "Ivo Marek", AG_PERSON, "BOR", &per, NULL);
    ag_extraction_entity(x, "Su-35 Works \"Alpha\" <Ltd> & Co\\",
                         "Su-35 Works \"Alpha\" <Ltd> & Co\\", AG_ORGANIZATION, "BOR", &org, NULL);
    ag_entity_add_alias(&x->entities[arn], "Arnish government", NULL);
    ag_entity_add_alias(&x->entities[arn], "ARNISH GOVERNMENT", NULL);
    ag_entity_add_alias(&x->entities[org], "Alpha works", NULL);
    add_mention(x, AG_SUPPLIES, arn, bor, "drones", "2024-02-27", 0.9,
                "Arnland shipped drones to Borovia.");
    add_mention(x, AG_SANCTIONS, arn, per, NULL, NULL, 0.7, "Arnland sanctioned Ivo Marek.");
    add_mention(x, AG_SANCTIONS, arn, org, NULL, "2024-02-28", 0.8,
                "Arnland sanctioned the Alpha works.");
}

static void print_stats(ag_store *s, const char *label)
{
    ag_stats st;
    ag_err err;
    int rc = ag_store_stats(s, &st, &err);

    if (rc != AG_OK) {
        show_err(label, rc, &err);
        return;
    }
    printf("%s: v%d articles %ld entities %ld (%ld/%ld/%ld) aliases %ld edges %ld mentions %ld "
           "[%s..%s] by type %ld/%ld/%ld/%ld\n",
           label, st.schema_version, st.articles, st.entities, st.states, st.persons,
           st.organizations, st.aliases, st.edges, st.mentions, st.first_date, st.last_date,
           st.mentions_by_type[0], st.mentions_by_type[1], st.mentions_by_type[2],
           st.mentions_by_type[3]);
}

static void print_graph(ag_store *s, const ag_filter *f, const char *label)
{
    ag_graph g;
    ag_err err;
    int rc = ag_graph_load(s, f, &g, &err);

    if (rc != AG_OK) {
        show_err(label, rc, &err);
        return;
    }
    printf("%s: %zu vertices, %zu edges\n", label, g.n_vertices, g.n_edges);
    for (size_t i = 0; i < g.n_vertices; i++) {
        printf("  v %s [%s] %s state=%s aliases=", g.vertices[i].id,
               ag_kind_name(g.vertices[i].kind), g.vertices[i].name,
               g.vertices[i].state ? g.vertices[i].state : "-");
        for (size_t j = 0; j < g.vertices[i].n_aliases; j++)
            printf("%s%s", j ? "|" : "", g.vertices[i].aliases[j]);
        printf("\n");
    }
    for (size_t i = 0; i < g.n_edges; i++) {
        const ag_gedge *e = &g.edges[i];
        printf("  e %s -%s-> %s mentions %ld articles %ld %s..%s items=%s cat=%s conf=%.2f %s\n",
               g.vertices[e->from].id, ag_edge_type_name(e->type), g.vertices[e->to].id,
               e->mentions, e->articles, e->first, e->last, e->items ? e->items : "-",
               e->categories ? e->categories : "-", e->confidence, ag_status_name(e->status));
    }
    ag_graph_destroy(&g);
}

static void resolve(ag_store *s, const char *name)
{
    ag_err err;
    char *id = NULL;
    int rc = ag_store_resolve(s, name, &id, &err);

    if (rc == AG_OK)
        printf("resolve '%s' -> %s\n", name, id);
    else
        show_err("resolve", rc, &err);
    free(id);
}

static void sql(const char *path, const char *text)
{
    sqlite3 *db;

    if (sqlite3_open(path, &db) != SQLITE_OK ||
        sqlite3_exec(db, text, NULL, NULL, NULL) != SQLITE_OK) {
        printf("sql failed: %s\n", sqlite3_errmsg(db));
    }
    sqlite3_close(db);
}

static void print_strict(const char *path)
{
    sqlite3 *db;
    sqlite3_stmt *st;

    sqlite3_open(path, &db);
    sqlite3_prepare_v2(db,
                       "SELECT name, strict FROM pragma_table_list WHERE schema = 'main'"
                       " AND name NOT LIKE 'sqlite%' ORDER BY name",
                       -1, &st, NULL);
    printf("tables:");
    while (sqlite3_step(st) == SQLITE_ROW)
        printf(" %s%s", sqlite3_column_text(st, 0), sqlite3_column_int(st, 1) ? "(strict)" : "");
    printf("\n");
    sqlite3_finalize(st);
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, NULL);
    if (sqlite3_step(st) == SQLITE_ROW)
        printf("journal_mode: %s\n", sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
}

/* the single integer a query of the file at path gives (-1 on error) */
static long long query_of(const char *path, const char *query)
{
    sqlite3 *db;
    sqlite3_stmt *st = NULL;
    long long v = -1;

    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, query, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

/* A graph of the edges table alone (AG_LOAD_EDGES_ONLY) with every edge
 * then counted by ag_graph_tally: the same edges, vertices and figures as
 * the full load (texts included), the edges in id order. */
static void check_tally(ag_store *s, const ag_filter *f, const char *label)
{
    ag_graph full, lean;
    ag_err err;
    size_t *idx, same = 0;

    if (ag_graph_load(s, f, &full, &err) != AG_OK ||
        ag_graph_load_parts(s, f, AG_LOAD_ALL | AG_LOAD_EDGES_ONLY, &lean, &err) != AG_OK) {
        show_err(label, -1, &err);
        return;
    }
    idx = malloc((lean.n_edges + 1) * sizeof *idx);
    for (size_t i = 0; i < lean.n_edges; i++)
        idx[i] = i;
    printf("%s: %zu of %zu edges counted before the tally", label,
           (size_t)(lean.n_edges > 0 && lean.edges[0].mentions > 0), lean.n_edges);
    if (ag_graph_tally(s, &lean, idx, lean.n_edges, AG_LOAD_TEXTS, &err) != AG_OK)
        show_err(label, -1, &err);
    for (size_t i = 0; i < lean.n_edges; i++) {
        const ag_gedge *a = &lean.edges[i];
        for (size_t j = 0; j < full.n_edges; j++) {
            const ag_gedge *b = &full.edges[j];
            if (b->id == a->id && b->mentions == a->mentions && b->articles == a->articles &&
                strcmp(b->first, a->first) == 0 && strcmp(b->last, a->last) == 0 &&
                b->confidence == a->confidence && b->status == a->status &&
                strcmp(b->items ? b->items : "-", a->items ? a->items : "-") == 0 &&
                strcmp(lean.vertices[a->from].id, full.vertices[b->from].id) == 0 &&
                strcmp(lean.vertices[a->to].id, full.vertices[b->to].id) == 0)
                same++;
        }
        if (i > 0 && lean.edges[i - 1].id >= a->id)
            printf(" (not in id order)");
    }
    printf("; %zu vertices (full: %zu), %zu edges (full: %zu), %zu the same after it\n",
           lean.n_vertices, full.n_vertices, lean.n_edges, full.n_edges, same);
    free(idx);
    ag_graph_destroy(&lean);
    ag_graph_destroy(&full);
}

/* An article of our own in which Arnland supplies ZED and sanctions the
 * person Ana Lis (of state ana_state, NULL for none). */
static void article_zed(ag_extraction *x, const char *id, const char *text, const char *ana_state)
{
    size_t arn, zed, ana;

    ag_extraction_init(x);
    if (ag_article_from_text(&x->article, text, strlen(text), id, "2024-05-01", NULL) != AG_OK)
        abort();
    ag_extraction_entity(x, "ARN", "Arnland", AG_STATE, NULL, &arn, NULL);
    ag_extraction_entity(x, "ZED", "Zedland", AG_STATE, NULL, &zed, NULL);
    ag_extraction_entity(x, "Ana Lis", "Ana Lis", AG_PERSON, ana_state, &ana, NULL);
    ag_entity_add_alias(&x->entities[zed], "Zedish government", NULL);
    add_mention(x, AG_SUPPLIES, arn, zed, "rifles", NULL, 0.7, text);
    add_mention(x, AG_SANCTIONS, arn, ana, NULL, NULL, 0.8, text);
}

/* Batches: the articles in one open transaction. An article the store
 * refuses is refused before its first write, so the others stay (and the
 * actor, alias and edge it would have been first to write are written by
 * the next); a store error once an article is being written rolls the
 * whole batch back, and says how many articles were lost. The batch is
 * committed by ag_store_batch_end, or when it holds max_articles (no time
 * limit here: no test depends on the clock). */
static void test_batch(void)
{
    ag_store *s = NULL;
    ag_extraction x;
    ag_err err;
    int rc, added = -1;

    rc = ag_store_open(&s, path_of("b.db"), AG_STORE_CREATE, &err);
    printf("batch: open -> %d\n", rc);
    ag_store_batch_begin(s, 100, 0);
    /* refused for its third mention (a bad date), before ZED, its alias,
     * Ana Lis and the edges to them are written */
    article_zed(&x, "zed-broken", "Arnland sent rifles to Zedland and sanctioned Ana Lis.", NULL);
    add_mention(&x, AG_ATTACKS, 0, 1, NULL, "2024-13-45", 0.5, "Arnland struck Zedland.");
    rc = ag_store_put(s, &x, &added, &err);
    show_err("batch: put broken", rc, &err);
    printf("batch: added %d, pending %ld\n", added, ag_store_batch_pending(s));
    ag_extraction_destroy(&x);
    article_zed(&x, "zed-1", "Zedland received Arnish rifles; Ana Lis was sanctioned.", NULL);
    rc = ag_store_put(s, &x, &added, &err);
    printf("batch: put zed-1 -> %d added %d pending %ld\n", rc, added, ag_store_batch_pending(s));
    rc = ag_store_put(s, &x, &added, &err);
    printf("batch: put zed-1 again -> %d added %d pending %ld\n", rc, added,
           ag_store_batch_pending(s));
    ag_extraction_destroy(&x);
    /* the same rows again, and now Ana Lis's state is known */
    article_zed(&x, "zed-2", "More Arnish rifles reached Zedland; Ana Lis of Zedland.", "ZED");
    rc = ag_store_put(s, &x, &added, &err);
    printf("batch: put zed-2 -> %d added %d pending %ld\n", rc, added, ag_store_batch_pending(s));
    ag_extraction_destroy(&x);
    printf("batch: committed articles before the end: %lld\n",
           query_of(path_of("b.db"), "SELECT count(*) FROM articles"));
    rc = ag_store_batch_end(s, &err);
    printf("batch: end -> %d, pending %ld\n", rc, ag_store_batch_pending(s));
    printf("batch: committed articles after the end: %lld\n",
           query_of(path_of("b.db"), "SELECT count(*) FROM articles"));
    printf("batch: foreign key problems: %lld\n",
           query_of(path_of("b.db"), "SELECT count(*) FROM pragma_foreign_key_check"));
    print_graph(s, NULL, "batch graph");
    /* outside a batch, each article commits at once */
    article_zed(&x, "zed-3", "Zedland got yet more rifles from Arnland.", NULL);
    rc = ag_store_put(s, &x, &added, &err);
    printf("batch: put zed-3 after the end -> %d added %d, committed %lld\n", rc, added,
           query_of(path_of("b.db"), "SELECT count(*) FROM articles"));
    ag_extraction_destroy(&x);
    /* batches of two articles: the second commits */
    ag_store_batch_begin(s, 2, 0);
    for (int i = 4; i <= 6; i++) {
        char id[16], text[96];
        snprintf(id, sizeof id, "zed-%d", i);
        snprintf(text, sizeof text, "Report %d: Arnland armed Zedland again.", i);
        article_zed(&x, id, text, NULL);
        rc = ag_store_put(s, &x, &added, &err);
        printf("batch of 2: put %s -> %d added %d pending %ld, committed %lld\n", id, rc, added,
               ag_store_batch_pending(s),
               query_of(path_of("b.db"), "SELECT count(*) FROM articles"));
        ag_extraction_destroy(&x);
    }
    /* closing commits what a batch still holds */
    rc = ag_store_close(s);
    printf("batch: close -> %d, committed %lld\n", rc,
           query_of(path_of("b.db"), "SELECT count(*) FROM articles"));

    /* a store error in the middle of an article (a trigger of another
     * tool refuses one sentence) takes the whole batch with it */
    sql(path_of("b.db"), "CREATE TRIGGER boom BEFORE INSERT ON mentions"
                         " WHEN NEW.sentence LIKE 'Boom%' BEGIN SELECT RAISE(ABORT, 'boom'); END");
    rc = ag_store_open(&s, path_of("b.db"), 0, &err);
    ag_store_batch_begin(s, 100, 0);
    for (int i = 7; i <= 10; i++) {
        char id[16], text[96];
        snprintf(id, sizeof id, "zed-%d", i);
        snprintf(text, sizeof text, "%s %d: Arnland armed Zedland again.",
                 i == 9 ? "Boom" : "Report", i);
        article_zed(&x, id, text, NULL);
        rc = ag_store_put(s, &x, &added, &err);
        if (rc != AG_OK)
            show_err("batch: put zed-9", rc, &err);
        printf("batch with an error: put %s -> %d added %d pending %ld\n", id, rc, added,
               ag_store_batch_pending(s));
        ag_extraction_destroy(&x);
    }
    rc = ag_store_batch_end(s, &err);
    printf("batch with an error: end -> %d, articles %lld (zed-7..9: %lld), mentions of"
           " zed-10 %lld, foreign key problems %lld\n",
           rc, query_of(path_of("b.db"), "SELECT count(*) FROM articles"),
           query_of(path_of("b.db"),
                    "SELECT count(*) FROM articles WHERE id IN ('zed-7', 'zed-8', 'zed-9')"),
           query_of(path_of("b.db"), "SELECT count(*) FROM mentions m JOIN articles a"
                                     " ON a.key = m.article_key WHERE a.id = 'zed-10'"),
           query_of(path_of("b.db"), "SELECT count(*) FROM pragma_foreign_key_check"));
    ag_store_close(s);
}

/* The rows a batch knows to be stored are forgotten when something else
 * deletes them: a retract by another connection, a retract or reextract
 * by this one while a batch is open (which commits the batch first and
 * runs in a transaction of its own: a dry run takes back only itself). */
static void put_zed(ag_store *s, const char *id, const char *text, const char *label)
{
    ag_extraction x;
    ag_err err;
    int added = -1, rc;

    article_zed(&x, id, text, NULL);
    ag_err_clear(&err);
    rc = ag_store_put(s, &x, &added, &err);
    show_err(label, rc, &err);
    printf("%s: added %d pending %ld\n", label, added, ag_store_batch_pending(s));
    ag_extraction_destroy(&x);
}

/* Re-extracts article id as article_zed(text) without its sanction (the
 * second mention): a dry run (dry = 1) or for real. */
static int reextract_zed(ag_store *s, const char *id, const char *text, const char *ana_state,
                         int dry, ag_change *ch, ag_err *err)
{
    ag_extraction x;
    long long key = 0;
    ag_err_clear(err);
    memset(ch, 0, sizeof *ch);
    int rc = ag_store_article_find(s, id, &key, err);
    article_zed(&x, id, text, ana_state);
    x.n_mentions = 1; /* the sanction is gone */
    if (rc == AG_OK)
        rc = ag_store_replace(s, key, &x, dry, ch, err);
    x.n_mentions = 2;
    ag_extraction_destroy(&x);
    return rc;
}

static void retract_zed(ag_store *s, const char *id, const char *label)
{
    ag_change ch;
    ag_err err;
    long long key = 0;
    int rc;

    ag_err_clear(&err);
    memset(&ch, 0, sizeof ch);
    rc = ag_store_article_find(s, id, &key, &err);
    if (rc == AG_OK)
        rc = ag_store_retract(s, &key, 1, &ch, &err);
    show_err(label, rc, &err);
    printf("%s: articles %ld entities removed %ld, pending %ld\n", label, ch.articles,
           ch.entities_removed, ag_store_batch_pending(s));
}

static void test_known_forgotten(void)
{
    ag_store *s = NULL, *other = NULL;
    ag_change ch;
    ag_err err;
    int rc;

    rc = ag_store_open(&s, path_of("k.db"), AG_STORE_CREATE, &err);
    printf("known: open -> %d\n", rc);
    ag_store_batch_begin(s, 100, 0);
    put_zed(s, "k-1", "Arnland sent rifles to Zedland; Ana Lis was sanctioned.", "known: put k-1");
    rc = ag_store_batch_end(s, &err);
    printf("known: end -> %d\n", rc);
    rc = ag_store_open(&other, path_of("k.db"), 0, &err);
    retract_zed(other, "k-1", "known: other connection retracts k-1");
    ag_store_close(other);
    ag_store_batch_begin(s, 100, 0);
    put_zed(s, "k-2", "Arnland sent more rifles to Zedland.", "known: put k-2");
    put_zed(s, "k-3", "Zedland got Arnish rifles once more.", "known: put k-3");
    retract_zed(s, "k-2", "known: retract k-2 in the batch");
    retract_zed(s, "k-3", "known: retract k-3 in the batch");
    printf("known: committed %lld, entities %lld\n",
           query_of(path_of("k.db"), "SELECT count(*) FROM articles"),
           query_of(path_of("k.db"), "SELECT count(*) FROM entities"));
    put_zed(s, "k-4", "Arnland armed Zedland again.", "known: put k-4");
    put_zed(s, "k-5", "Arnland armed Zedland yet again.", "known: put k-5");
    rc = reextract_zed(s, "k-4", "Arnland armed Zedland again.", NULL, 1, &ch, &err);
    show_err("known: dry reextract of k-4", rc, &err);
    printf("known: dry reextract of k-4: changed %ld, pending %ld, committed %lld\n", ch.articles,
           ag_store_batch_pending(s), query_of(path_of("k.db"), "SELECT count(*) FROM articles"));
    put_zed(s, "k-6", "Arnland armed Zedland for the sixth time.", "known: put k-6");
    rc = ag_store_batch_end(s, &err);
    printf("known: end -> %d, committed %lld, foreign key problems %lld\n", rc,
           query_of(path_of("k.db"), "SELECT count(*) FROM articles"),
           query_of(path_of("k.db"), "SELECT count(*) FROM pragma_foreign_key_check"));
    /* each article records what it named, known rows or not */
    printf("known: sources %lld, alias sources %lld (3 articles)\n",
           query_of(path_of("k.db"), "SELECT count(*) FROM sources"),
           query_of(path_of("k.db"), "SELECT count(*) FROM alias_sources"));
    print_graph(s, NULL, "known graph");
    ag_store_close(s);
}

/* The edges whose stored aggregates (schema 4) differ from those computed
 * from their mentions. */
#define AGGREGATES_WRONG                                                                           \
    "SELECT count(*) FROM edges e WHERE n_mentions <> (SELECT count(*) FROM mentions"              \
    " WHERE edge_id = e.id) OR n_articles <> (SELECT count(DISTINCT article_key) FROM mentions"    \
    " WHERE edge_id = e.id) OR n_reported <> (SELECT count(*) FROM mentions WHERE edge_id = e.id"  \
    " AND status <> 'planned') OR confidence <> (SELECT coalesce(max(confidence), 0) FROM"         \
    " mentions WHERE edge_id = e.id) OR first_date IS NOT (SELECT min(" DAY ") FROM mentions m"    \
    " WHERE m.edge_id = e.id) OR last_date IS NOT (SELECT max(" DAY ") FROM mentions m"            \
    " WHERE m.edge_id = e.id)"
#define DAY                                                                                        \
    "CASE WHEN m.date IS NULL THEN (SELECT published FROM articles WHERE key = m.article_key)"     \
    " WHEN length(m.date) = 7 THEN m.date || '-01' ELSE m.date END"

/* A batch in a plain store (no curation, no triggers of other tools)
 * writes without SQLite's foreign-key checks and triggers (graph/store.c,
 * put_begin): what they kept is kept all the same. The foreign keys hold
 * and the aggregates are right after batches, after a mention another
 * tool wrote without foreign keys before its edge (edges_stats_insert's
 * case), and after a retract and a reextract by the same connection,
 * which run with the triggers on again. */
static void test_plain_batch(void)
{
    const char *db = path_of("p.db");
    ag_store *s = NULL;
    ag_extraction x;
    ag_change ch;
    ag_err err;
    int rc, added = -1;

    rc = ag_store_open(&s, db, AG_STORE_CREATE, &err);
    printf("plain: open -> %d\n", rc);
    ag_store_batch_begin(s, 100, 0);
    put_zed(s, "p-1", "Arnland sent rifles to Zedland; Ana Lis was sanctioned.", "plain: put p-1");
    article_zed(&x, "p-2", "Arnland struck Zedland in March; Ana Lis of Zedland.", "ZED");
    add_mention(&x, AG_ATTACKS, 0, 1, NULL, "2024-03", 0.6, "Arnland struck Zedland in March.");
    x.mentions[x.n_mentions - 1].status = AG_PLANNED;
    rc = ag_store_put(s, &x, &added, &err);
    printf("plain: put p-2 -> %d added %d\n", rc, added);
    ag_extraction_destroy(&x);
    rc = ag_store_batch_end(s, &err);
    printf("plain: end -> %d, foreign key problems %lld, wrong aggregates %lld\n", rc,
           query_of(db, "SELECT count(*) FROM pragma_foreign_key_check"),
           query_of(db, AGGREGATES_WRONG));
    /* another tool, without foreign keys, writes a mention of the edge
     * that comes next */
    sql(db, "PRAGMA foreign_keys = OFF; INSERT INTO mentions(edge_id, article_key, date, status,"
            " confidence) VALUES ((SELECT max(id) + 1 FROM edges), 1, '2023-01-02', 'reported',"
            " 0.9)");
    ag_store_batch_begin(s, 100, 0);
    article_zed(&x, "p-3", "Zedland struck Arnland back.", NULL);
    add_mention(&x, AG_ATTACKS, 1, 0, NULL, "2024-04-02", 0.5, "Zedland struck Arnland back.");
    rc = ag_store_put(s, &x, &added, &err);
    printf("plain: put p-3 -> %d added %d\n", rc, added);
    ag_extraction_destroy(&x);
    put_zed(s, "p-4", "Arnland sent rifles to Zedland again.", "plain: put p-4");
    rc = ag_store_batch_end(s, &err);
    printf("plain: end -> %d, mentions of the new edge %lld, foreign key problems %lld,"
           " wrong aggregates %lld\n",
           rc,
           query_of(db, "SELECT n_mentions FROM edges WHERE type = 'attacks' AND"
                        " source_id = 'ZED'"),
           query_of(db, "SELECT count(*) FROM pragma_foreign_key_check"),
           query_of(db, AGGREGATES_WRONG));
    ag_store_batch_begin(s, 100, 0);
    /* a retract and a reextract by this connection: the batch commits
     * first, and they run with the triggers on */
    retract_zed(s, "p-1", "plain: retract p-1");
    put_zed(s, "p-5", "Arnland sent rifles to Zedland for the fifth time.", "plain: put p-5");
    rc = reextract_zed(s, "p-2", "Arnland struck Zedland in March; Ana Lis of Zedland.", "ZED", 0,
                       &ch, &err);
    show_err("plain: reextract p-2", rc, &err);
    put_zed(s, "p-6", "Arnland sent rifles to Zedland for the sixth time.", "plain: put p-6");
    rc = ag_store_batch_end(s, &err);
    printf("plain: end -> %d, articles %lld, foreign key problems %lld, wrong aggregates %lld\n",
           rc, query_of(db, "SELECT count(*) FROM articles"),
           query_of(db, "SELECT count(*) FROM pragma_foreign_key_check"),
           query_of(db, AGGREGATES_WRONG));
    print_graph(s, NULL, "plain graph");
    ag_store_close(s);
}
#undef DAY

static const char V0_LAYOUT[] =
    "CREATE TABLE articles(id TEXT PRIMARY KEY, title, url, source, published, sha256 UNIQUE,"
    " text);"
    "CREATE TABLE entities(id PRIMARY KEY, kind, name, state);"
    "CREATE TABLE aliases(alias, entity_id);"
    "CREATE TABLE edges(id INTEGER PRIMARY KEY, type, source_id, target_id);"
    "CREATE TABLE mentions(id INTEGER PRIMARY KEY, edge_id, article_id, sentence, start, end,"
    " items, category, quantity, date, status, attribution, confidence);"
    "INSERT INTO articles VALUES('old-1', 'Old report', NULL, 'wire', '2023-05-02',"
    " '1111111111111111111111111111111111111111111111111111111111111111', 'Carva hit Dunmark.');"
    "INSERT INTO articles VALUES('old-2', NULL, NULL, NULL, '',"
    " '2222222222222222222222222222222222222222222222222222222222222222', 'Again.');"
    "INSERT INTO entities VALUES('CRV', 'state', 'Carva', ''), ('DNM', 'state', 'Dunmark', NULL);"
    "INSERT INTO aliases VALUES('Carvan army', 'CRV'), ('carvan ARMY', 'CRV'), ('', 'DNM');"
    "INSERT INTO edges VALUES(7, 'attacks', 'CRV', 'DNM');"
    "INSERT INTO mentions VALUES(1, 7, 'old-1', 'Carva hit Dunmark.', 0, 18, 'rockets', 'missiles',"
    " 'dozens of rockets', '2023-05-01', 'reported', '', 0.8);"
    "INSERT INTO mentions VALUES(2, 7, 'old-2', 'Again.', 0, 6, NULL, NULL, NULL, '', NULL, NULL,"
    " NULL);";

int main(void)
{
    ag_store *s = NULL, *s2 = NULL;
    ag_extraction x, y;
    ag_err err;
    ag_filter f;
    int rc, added = -1;
    const char *one = "Arnland shipped drones to Borovia. Arnland sanctioned Ivo Marek. "
                      "Arnland sanctioned the Alpha works.";

    snprintf(tmpdir, sizeof tmpdir, "/tmp/ag-test-store-XXXXXX");
    if (mkdtemp(tmpdir) == NULL)
        return 1;
    setenv("ARMSGRAPH_NOW", "2026-01-01T00:00:00Z", 1);
    setenv("ARMSGRAPH_BUSY_TIMEOUT", "50", 1);

    /* ---- path resolution */
    unsetenv("ARMSGRAPH_DB");
    printf("default path: %s\n", ag_store_default_path(NULL));
    setenv("ARMSGRAPH_DB", "/x/env.db", 1);
    printf("env path: %s, explicit: %s\n", ag_store_default_path(NULL),
           ag_store_default_path("mine.db"));
    unsetenv("ARMSGRAPH_DB");

    /* ---- missing, read-only open */
    rc = ag_store_open(&s, path_of("missing.db"), AG_STORE_READONLY, &err);
    show_err("open missing read-only", rc, &err);

    /* ---- a fresh store */
    rc = ag_store_open(&s, path_of("a.db"), AG_STORE_CREATE, &err);
    printf("open create -> %d\n", rc);
    print_stats(s, "empty");
    print_strict(path_of("a.db"));

    article_one(&x, one);
    rc = ag_store_put(s, &x, &added, &err);
    printf("put one -> %d added %d\n", rc, added);
    print_stats(s, "after one");
    rc = ag_store_put(s, &x, &added, &err);
    printf("put one again -> %d added %d\n", rc, added);
    print_stats(s, "after again");
    ag_extraction_destroy(&x);

    /* ---- atomicity: the 3rd mention refers to an entity that is not there */
    article_one(&x, "A different text about Arnland and a new actor Zed.");
    free(x.article.id);
    x.article.id = ag_strdup("broken");
    ag_extraction_entity(&x, "ZED", "Zedland", AG_STATE, NULL, NULL, NULL);
    x.mentions[2].target = 42;
    rc = ag_store_put(s, &x, &added, &err);
    show_err("put broken", rc, &err);
    printf("added %d\n", added);
    print_stats(s, "after broken");
    resolve(s, "ZED");
    ag_extraction_destroy(&x);

    /* ---- a second article asserting the same supplies edge */
    ag_extraction_init(&y);
    {
        const char *two = "Borovia received more Arnish drones in January 2023.";
        size_t a, b;
        ag_article_from_text(&y.article, two, strlen(two), "two", "2024-01-15", NULL);
        ag_extraction_entity(&y, "ARN", "Arnland (other spelling)", AG_STATE, NULL, &a, NULL);
        ag_extraction_entity(&y, "BOR", "Borovia", AG_STATE, NULL, &b, NULL);
        add_mention(&y, AG_SUPPLIES, a, b, "Drones; spare parts", "2023-01-10", 0.6, two);
        add_mention(&y, AG_ATTACKS, b, a, NULL, NULL, 0.5, two);
        y.mentions[1].status = AG_PLANNED;
    }
    rc = ag_store_put(s, &y, &added, &err);
    printf("put two -> %d added %d\n", rc, added);
    print_stats(s, "after two");
    ag_extraction_destroy(&y);

    ag_filter_init(&f);
    print_graph(s, &f, "graph all");
    check_tally(s, &f, "edges only");
    f.types = 1u << AG_SUPPLIES;
    check_tally(s, &f, "edges only, supplies");
    ag_filter_init(&f);
    f.min_sources = 2;
    print_graph(s, &f, "graph min 2 sources");
    ag_filter_init(&f);
    f.types = 1u << AG_SANCTIONS;
    f.kinds = (1u << AG_STATE) | (1u << AG_ORGANIZATION);
    print_graph(s, &f, "graph sanctions state+org");
    ag_filter_init(&f);
    snprintf(f.since, sizeof f.since, "2024-01-01");
    print_graph(s, &f, "graph since 2024");
    ag_filter_init(&f);
    snprintf(f.until, sizeof f.until, "2024-01-15");
    print_graph(s, &f, "graph until 2024-01-15");

    /* ---- evidence */
    {
        ag_graph g;
        ag_mention_row *rows;
        size_t n;
        ag_graph_load(s, NULL, &g, &err);
        rc = ag_store_mentions(s, g.edges[0].id, NULL, &rows, &n, &err);
        printf("mentions of %s->%s: %d, %zu\n", g.vertices[g.edges[0].from].id,
               g.vertices[g.edges[0].to].id, rc, n);
        for (size_t i = 0; i < n; i++)
            printf("  %.2f %s %s '%s' [%lld,%lld) items=%s title=%s\n", rows[i].confidence,
                   rows[i].date, rows[i].article_id, rows[i].sentence, rows[i].start, rows[i].end,
                   rows[i].items ? rows[i].items : "-",
                   rows[i].article_title ? rows[i].article_title : "-");
        ag_mention_rows_free(rows, n);
        ag_filter_init(&f);
        snprintf(f.since, sizeof f.since, "2024-01-01");
        ag_store_mentions(s, g.edges[0].id, &f, &rows, &n, &err);
        printf("  since 2024: %zu\n", n);
        ag_mention_rows_free(rows, n);
        ag_graph_destroy(&g);
    }

    /* ---- entities and resolution */
    {
        ag_entity_row *rows;
        size_t n;
        rc = ag_store_entities(s, 0, &rows, &n, &err);
        printf("entities -> %d, %zu\n", rc, n);
        for (size_t i = 0; i < n; i++)
            printf("  %s | %s | %s | %s | %s | edges %ld mentions %ld\n", rows[i].id,
                   ag_kind_name(rows[i].kind), rows[i].name, rows[i].state ? rows[i].state : "-",
                   rows[i].aliases ? rows[i].aliases : "-", rows[i].edges, rows[i].mentions);
        ag_entity_rows_free(rows, n);
        ag_store_entities(s, 1u << AG_PERSON, &rows, &n, &err);
        printf("persons: %zu (%s)\n", n, n ? rows[0].id : "-");
        ag_entity_rows_free(rows, n);
    }
    resolve(s, "arn");
    resolve(s, "borovia");
    resolve(s, "arnish Government");
    resolve(s, "ALPHA WORKS");
    resolve(s, "Borvia");
    resolve(s, "Ivo Mark");
    resolve(s, "");

    /* ---- a locked store: another connection holds the write lock */
    {
        sqlite3 *db;
        sqlite3_open(path_of("a.db"), &db);
        sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
        article_one(&x, "Yet another text.");
        rc = ag_store_put(s, &x, &added, &err);
        show_err("put while locked", rc, &err);
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
        sqlite3_close(db);
        rc = ag_store_put(s, &x, &added, &err);
        printf("put after unlock -> %d added %d\n", rc, added);
        ag_extraction_destroy(&x);
        print_stats(s, "after unlock");
    }
    ag_store_close(s);
    s = NULL;

    /* ---- newer schema refused */
    sql(path_of("a.db"), "PRAGMA user_version = 7");
    rc = ag_store_open(&s, path_of("a.db"), AG_STORE_CREATE, &err);
    show_err("open newer", rc, &err);
    rc = ag_store_open(&s, path_of("a.db"), AG_STORE_READONLY, &err);
    show_err("open newer read-only", rc, &err);
    sql(path_of("a.db"), "PRAGMA user_version = 5"); /* back to AG_SCHEMA_VERSION */

    /* ---- not a store */
    {
        FILE *fp = fopen(path_of("junk.db"), "w");
        fputs("this is not a database, just text that is long enough to be a header...\n", fp);
        fclose(fp);
        rc = ag_store_open(&s, path_of("junk.db"), AG_STORE_CREATE, &err);
        show_err("open junk", rc, &err);
        sql(path_of("other.db"), "CREATE TABLE t(x)");
        rc = ag_store_open(&s, path_of("other.db"), AG_STORE_CREATE, &err);
        show_err("open foreign db", rc, &err);
    }

    /* ---- migration from the pre-release layout (user_version 0) */
    sql(path_of("v0.db"), V0_LAYOUT);
    rc = ag_store_open(&s, path_of("v0.db"), AG_STORE_READONLY, &err);
    printf("open v0 read-only -> %d\n", rc);
    print_stats(s, "migrated");
    print_graph(s, NULL, "migrated graph");
    ag_store_close(s);
    s = NULL;
    print_strict(path_of("v0.db"));

    test_batch();
    test_known_forgotten();
    test_plain_batch();

    /* ---- merge: a.db and v0.db into m.db, twice (second time skips all) */
    {
        const char *shards[2];
        ag_merge_stats ms;
        shards[0] = path_of("a.db");
        shards[1] = path_of("v0.db");
        rc = ag_store_open(&s, path_of("m.db"), AG_STORE_CREATE, &err);
        rc = ag_store_merge(s, shards, 2, &ms, &err);
        printf("merge -> %d: added %ld skipped %ld entities %ld edges %ld mentions %ld\n", rc,
               ms.articles_added, ms.articles_skipped, ms.entities, ms.edges, ms.mentions);
        rc = ag_store_merge(s, shards, 2, &ms, &err);
        printf("merge again -> %d: added %ld skipped %ld entities %ld edges %ld mentions %ld\n", rc,
               ms.articles_added, ms.articles_skipped, ms.entities, ms.edges, ms.mentions);
        print_stats(s, "merged");
        print_graph(s, NULL, "merged graph");
        shards[0] = path_of("m.db");
        rc = ag_store_merge(s, shards, 1, &ms, &err);
        show_err("merge into itself", rc, &err);
        shards[0] = path_of("nothing.db");
        rc = ag_store_merge(s, shards, 1, &ms, &err);
        show_err("merge missing shard", rc, &err);
        ag_store_close(s);
        s = NULL;
    }
    (void)s2;

    {
        char cmd[128];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
        if (system(cmd) != 0)
            printf("cleanup failed\n");
    }
    return 0;
}
