/*
 * cmd-ingest.c -- `armsgraph ingest`: reads articles (plain text, JSON
 * Lines, folders, stdin), extracts their edges and stores each article
 * whole or not at all (in transactions committed in batches;
 * docs/performance.md); or, with --edges, stores pre-extracted
 * JSON lines as they are. Ends with a summary of what was added, skipped
 * and refused.
 */
#define _XOPEN_SOURCE 700 /* nftw */
#include "ag_graph.h"
#include "ag_ingest.h"
#include "cli.h"

#include <dirent.h>
#include <ftw.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char cmd_ingest_usage[] =
    "usage: armsgraph ingest [OPTIONS] PATH...\n"
    "\n"
    "Reads articles, extracts who supplies, sanctions or attacks whom, and\n"
    "stores each article with its edges: an article is stored whole or not at\n"
    "all. Articles are committed in batches (2048 articles or 0.1 s of work,\n"
    "$ARMSGRAPH_INGEST_BATCH sets the count; from standard input or a FIFO,\n"
    "each as it is read), so an interrupted run loses at most its last\n"
    "batch. An article whose normalized text is already stored is skipped.\n"
    "\n"
    "PATH is a plain-text file (one article; its first line is the title when\n"
    "it is a short heading (docs/extraction.md), its file name without\n"
    "extension the id), a .jsonl file (one article per line: id, title, url,\n"
    "source, published, text), a folder (its .txt and .jsonl files,\n"
    "recursively, in sorted order; symbolic links in it are counted, not\n"
    "followed, and a FIFO or device in it is named, not read) or - for\n"
    "standard input (plain text; JSON Lines with --jsonl). Text whose first\n"
    "line is a JSON object is refused, never stored as one article: name the\n"
    "file *.jsonl, or pipe it with --jsonl. A data folder without dictionaries\n"
    "(*.json) is an error.\n"
    "\n"
    "Options:\n"
    "   --date YYYY-MM-DD  publication date of plain-text articles and of\n"
    "                      records without one (relative dates resolve to it)\n"
    "   --source NAME      source of articles that name none\n"
    "   --dict FILE        add the actors of this dictionary to the default\n"
    "                      ones (repeatable; docs/dictionaries.md)\n"
    "   --jsonl            read standard input as JSON Lines\n"
    "   --follow-symlinks  follow symbolic links inside folders (to files and\n"
    "                      folders; a link to a missing file is refused)\n"
    "   --edges            PATHs hold pre-extracted edges, one `extract --format\n"
    "                      json` document per line; stored without extracting\n"
    "   --db PATH          the store (default: $ARMSGRAPH_DB, else ./armsgraph.db);\n"
    "                      created when missing (once an input could be read)\n"
    "   --format FORMAT    summary as table (one line, default) or json\n"
    "   --quiet            no summary\n"
    "   --verbose          one line per article on stderr\n"
    "\n"
    "The summary \"added N, skipped N (already stored), refused N\" goes to\n"
    "standard output; each refused input is named on standard error as\n"
    "\"armsgraph: FILE:LINE: what is wrong\" and the rest is still stored.\n"
    "Exit status: 0 when nothing was refused, 1 when something was refused or\n"
    "the store failed (locked by another writer, newer schema, disk full), 2\n"
    "on a usage error.\n";

typedef struct ingest_ctx {
    ag_store *store;
    const char *db; /* the store's path; opened at the first article when missing */
    ag_dict *dict;
    const char *const *dict_files;
    size_t n_dict_files;
    const char *date, *source;
    int edges, jsonl_stdin, verbose, follow_symlinks;
    long links_not_followed; /* symbolic links in folders, without --follow-symlinks */
    struct stat *dirs;       /* the folders being walked, for link loops */
    size_t n_dirs, cap_dirs;
    long added, skipped, refused;
    int fatal; /* the store failed: stop */
    cli_progress progress;
} ingest_ctx;

/* store errors end the run; errors of one article only refuse it */
static int is_fatal(int code)
{
    return code == AG_ERR_BUSY || code == AG_ERR_DB || code == AG_ERR_NOMEM ||
           code == AG_ERR_SCHEMA || code == AG_ERR_IO;
}

static int load_dict(ingest_ctx *c)
{
    ag_err err;
    int rc;

    if (c->dict != NULL)
        return AG_OK;
    ag_err_clear(&err);
    rc = ag_dict_new(&c->dict, &err);
    if (rc == AG_OK)
        rc = ag_dict_load_default(c->dict, &err);
    for (size_t i = 0; rc == AG_OK && i < c->n_dict_files; i++)
        rc = ag_dict_load_file(c->dict, c->dict_files[i], &err);
    if (rc != AG_OK) {
        cli_error_err(&err);
        c->fatal = 1;
    }
    return rc;
}

/* Articles per transaction: AG_STORE_BATCH_ARTICLES, or
 * $ARMSGRAPH_INGEST_BATCH (1..100000; 1 commits each article). */
static long batch_articles(void)
{
    const char *env = getenv("ARMSGRAPH_INGEST_BATCH");
    char *end;
    long v;

    if (env == NULL || env[0] == '\0')
        return AG_STORE_BATCH_ARTICLES;
    v = strtol(env, &end, 10);
    if (*end != '\0' || v < 1 || v > 100000)
        return AG_STORE_BATCH_ARTICLES;
    return v;
}

/* Opens (creating when missing) the store, once an input was read; prints
 * the error and sets c->fatal when it cannot. */
static int open_store(ingest_ctx *c)
{
    ag_err err;

    if (c->store != NULL)
        return AG_OK;
    ag_err_clear(&err);
    if (ag_store_open(&c->store, c->db, AG_STORE_CREATE, &err) != AG_OK) {
        cli_error_err(&err);
        c->fatal = 1;
        return err.code;
    }
    ag_store_batch_begin(c->store, batch_articles(), AG_STORE_BATCH_MS);
    return AG_OK;
}

/* The articles of the batch that a store error took with it (pending
 * before, pending now) were counted as added: they are refused. */
static void count_lost(ingest_ctx *c, long pending_before)
{
    long lost = pending_before - ag_store_batch_pending(c->store);

    if (lost > 0) {
        c->added -= lost;
        c->refused += lost;
    }
}

/* Commits what the batch holds (before waiting on a stream, and at the
 * end); batching goes on unless the store failed. */
static void commit_batch(ingest_ctx *c)
{
    ag_err err;
    long pending;

    if (c->store == NULL)
        return;
    pending = ag_store_batch_pending(c->store);
    ag_err_clear(&err);
    if (ag_store_batch_end(c->store, &err) != AG_OK) {
        cli_error_err(&err);
        c->fatal = 1;
        count_lost(c, pending);
        return;
    }
    ag_store_batch_begin(c->store, batch_articles(), AG_STORE_BATCH_MS);
}

/* stores x; reports and counts. where is "FILE" or "FILE:LINE". */
static void store(ingest_ctx *c, const char *where, const ag_extraction *x)
{
    ag_err err;
    long pending;
    int added = 0, rc;

    /* a missing store is created by the first input read, so that an
     * ingest that can read nothing leaves nothing behind */
    if (open_store(c) != AG_OK) {
        c->refused++;
        return;
    }
    ag_err_clear(&err);
    pending = ag_store_batch_pending(c->store);
    rc = ag_store_put(c->store, x, &added, &err);
    if (rc != AG_OK) {
        if (is_fatal(rc)) {
            cli_error_err(&err);
            c->fatal = 1;
            count_lost(c, pending);
        } else {
            cli_error(where, "%s", err.msg);
        }
        c->refused++;
        return;
    }
    if (added)
        c->added++;
    else
        c->skipped++;
    cli_progress_item(&c->progress);
    if (c->verbose)
        fprintf(stderr, "%s: %s %s (%zu edge mentions)\n", where, added ? "added" : "skipped",
                x->article.id != NULL ? x->article.id : "?", x->n_mentions);
}

static void refuse(ingest_ctx *c, const char *where, const ag_err *err)
{
    cli_error(where, "%s", err->msg);
    c->refused++;
    cli_progress_item(&c->progress);
    if (err->code == AG_ERR_NOMEM)
        c->fatal = 1;
}

/* The article's defaults (--date, --source), then its extraction into x
 * with the loaded dictionaries; touches nothing of c but what it reads
 * (the extraction thread of a JSON Lines file runs it). */
static int extract_only(const ingest_ctx *c, ag_article *a, ag_extraction *x, ag_err *err)
{
    if (a->published == NULL && c->date != NULL && (a->published = ag_strdup(c->date)) == NULL)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    if (a->source == NULL && c->source != NULL && (a->source = ag_strdup(c->source)) == NULL)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    return ag_extract(c->dict, a, x, err);
}

/* extracts and stores one article (consumed) */
static void extract_and_store(ingest_ctx *c, const char *where, ag_article *a)
{
    ag_extraction x;
    ag_err err;

    ag_extraction_init(&x);
    ag_err_clear(&err);
    if (load_dict(c) != AG_OK)
        goto out;
    if (extract_only(c, a, &x, &err) != AG_OK) {
        refuse(c, where, &err);
        goto out;
    }
    cli_warn_limits(where, &x);
    store(c, where, &x);
out:
    ag_extraction_destroy(&x);
    ag_article_destroy(a);
}

/* the id of a text file: its name without folder and extension */
static char *id_from_path(const char *path)
{
    const char *base = strrchr(path, '/');
    const char *dot;

    base = base != NULL ? base + 1 : path;
    dot = strrchr(base, '.');
    if (dot == NULL || dot == base)
        dot = base + strlen(base);
    return ag_strndup(base, (size_t)(dot - base));
}

/* The title of a plain-text article (docs/extraction.md): its first
 * non-empty line, trimmed, when that line is a heading -- at most
 * AG_TITLE_MAX_CHARS characters, more text after it, and no sentence end
 * at its end ('.', '!' or an ellipsis, before closing quotes; a '?' only
 * when a blank line follows, as under a headline that asks). Otherwise
 * NULL: a lede, even a one-sentence paragraph, is no title, and the
 * article is cited by its id. */
#define AG_TITLE_MAX_CHARS 120

/* 1 when the text p..e ends a sentence with '.', '!' or an ellipsis, 2
 * with '?', else 0 */
static int ends_sentence(const char *p, const char *e)
{
    /* skip closing quotes and brackets: ASCII, and U+2019 / U+201D */
    for (;;) {
        if (e > p && (e[-1] == '"' || e[-1] == '\'' || e[-1] == ')'))
            e--;
        else if (e - p >= 3 && (unsigned char)e[-3] == 0xE2 && (unsigned char)e[-2] == 0x80 &&
                 ((unsigned char)e[-1] == 0x99 || (unsigned char)e[-1] == 0x9D))
            e -= 3;
        else
            break;
    }
    if (e > p && e[-1] == '?')
        return 2;
    if (e > p && (e[-1] == '.' || e[-1] == '!'))
        return 1;
    /* U+2026 HORIZONTAL ELLIPSIS */
    return e - p >= 3 && (unsigned char)e[-3] == 0xE2 && (unsigned char)e[-2] == 0x80 &&
           (unsigned char)e[-1] == 0xA6;
}

static char *title_of(const char *text)
{
    const char *p = text, *e, *q;
    size_t chars = 0;
    int blank_after = 0, end;

    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\r')
            p++;
        if (*p != '\n')
            break;
        p++;
    }
    if (*p == '\0')
        return NULL;
    e = p;
    while (*e != '\0' && *e != '\n')
        e++;
    /* what follows: a blank line, and more text at all? */
    q = e;
    if (*q == '\n') {
        q++;
        while (*q == ' ' || *q == '\t' || *q == '\r')
            q++;
        blank_after = *q == '\n';
    }
    while (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n')
        q++;
    if (*q == '\0')
        return NULL; /* the text is this one line */
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        e--;
    for (const char *c = p; c < e; c++)
        if (((unsigned char)*c & 0xC0) != 0x80)
            chars++;
    if (chars > AG_TITLE_MAX_CHARS)
        return NULL;
    end = ends_sentence(p, e);
    if (end == 1 || (end == 2 && !blank_after))
        return NULL;
    return ag_strndup(p, (size_t)(e - p));
}

/* how a path shows in messages: standard input is "<stdin>" */
static const char *shown(const char *path)
{
    return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

/* Whether text starts with a line that is a JSON object: JSON Lines, which
 * must not be stored as one text article. */
static int looks_like_jsonl(const char *text, size_t len)
{
    size_t i = 0, eol;
    cJSON *doc;
    int obj;

    while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
        i++;
    if (i == len || text[i] != '{')
        return 0;
    for (eol = i; eol < len && text[eol] != '\n'; eol++)
        ;
    doc = cJSON_ParseWithLength(text + i, eol - i);
    obj = cJSON_IsObject(doc);
    cJSON_Delete(doc);
    return obj;
}

static void ingest_text(ingest_ctx *c, const char *path)
{
    ag_article a;
    ag_err err;
    char *text = NULL, *id = NULL;
    size_t len = 0;
    int rc;

    ag_article_init(&a);
    ag_err_clear(&err);
    rc = ag_file_read(path, AG_MAX_ARTICLE_BYTES, &text, &len, &err);
    if (rc != AG_OK) {
        /* ag_file_read names the file itself */
        cli_error_err(&err);
        c->refused++;
        goto out;
    }
    cli_progress_bytes(&c->progress, len);
    if (looks_like_jsonl(text, len)) {
        cli_error(shown(path), "looks like JSON Lines (a JSON object per line), not a text "
                               "article: name the file *.jsonl, or read standard input with "
                               "--jsonl");
        c->refused++;
        goto out;
    }
    if (open_store(c) != AG_OK) /* something was read: the store may be made */
        goto out;
    id = strcmp(path, "-") == 0 ? NULL : id_from_path(path);
    rc = ag_article_from_text(&a, text, len, id, c->date, &err);
    if (rc != AG_OK) {
        refuse(c, shown(path), &err);
        goto out;
    }
    a.title = title_of(a.text);
    extract_and_store(c, shown(path), &a);
out:
    ag_article_destroy(&a);
    free(text);
    free(id);
}

static void ingest_edges_line(ingest_ctx *c, const char *where, const char *line, size_t len)
{
    ag_extraction x;
    ag_err err;
    cJSON *doc = NULL;
    const char *end = NULL;
    int rc;

    ag_extraction_init(&x);
    ag_err_clear(&err);
    doc = cJSON_ParseWithLengthOpts(line, len, &end, 0);
    if (doc == NULL) {
        size_t at = end != NULL && end >= line ? (size_t)(end - line) : 0;
        ag_err_set(&err, AG_ERR_PARSE, "invalid JSON at byte %zu", at);
        refuse(c, where, &err);
        goto out;
    }
    rc = ag_extraction_from_json(&x, doc, &err);
    if (rc != AG_OK) {
        refuse(c, where, &err);
        goto out;
    }
    if (x.article.sha256[0] == '\0') /* no text: the line itself identifies it */
        ag_sha256_hex(line, len, x.article.sha256);
    if (x.article.published == NULL && c->date != NULL &&
        (x.article.published = ag_strdup(c->date)) == NULL) {
        ag_err_set(&err, AG_ERR_NOMEM, "out of memory");
        refuse(c, where, &err);
        goto out;
    }
    if (x.article.source == NULL && c->source != NULL &&
        (x.article.source = ag_strdup(c->source)) == NULL) {
        ag_err_set(&err, AG_ERR_NOMEM, "out of memory");
        refuse(c, where, &err);
        goto out;
    }
    store(c, where, &x);
out:
    cJSON_Delete(doc);
    ag_extraction_destroy(&x);
}

/* ---- a JSON Lines file: reading and extraction in a second thread --------
 *
 * Storing is SQLite's work and extracting the extractor's; on two cores
 * they overlap: a thread reads the lines of a regular file and extracts
 * them, in order, into a bounded queue, and this one stores them and says
 * what was refused, in the same order and words as without the thread
 * (docs/performance.md, sixth round). The thread starts once the
 * dictionaries are loaded (by the first article, as before), touches
 * neither the store nor the messages, and stops when told (a store
 * error). */

enum { JOB_ARTICLE, JOB_REFUSED, JOB_READ_ERROR, JOB_END };

typedef struct jsonl_job {
    struct jsonl_job *next; /* in jsonl_pipe.done */
    int kind;
    char where[4096];
    char *loc;       /* JOB_READ_ERROR: what the message names */
    size_t bytes;    /* of the line, for the progress */
    int stop;        /* JOB_READ_ERROR: the rest is unreadable */
    ag_article a;    /* JOB_ARTICLE */
    ag_extraction x; /* JOB_ARTICLE */
    ag_err err;      /* JOB_REFUSED, JOB_READ_ERROR */
} jsonl_job;

#define JSONL_QUEUE 64

typedef struct jsonl_pipe {
    const ingest_ctx *c;
    ag_jsonl_reader *r;
    const char *path;
    pthread_mutex_t mu;
    pthread_cond_t more, room;
    jsonl_job *q[JSONL_QUEUE];
    size_t head, n;
    jsonl_job *done; /* stored, for the thread to free (off the storing side) */
    int stop; /* the storing side quits */
    int oom;  /* the thread ran out of memory (then queued NULL, the end) */
} jsonl_pipe;

static void job_free(jsonl_job *j)
{
    if (j == NULL)
        return;
    if (j->kind == JOB_ARTICLE) {
        ag_extraction_destroy(&j->x);
        ag_article_destroy(&j->a);
    }
    free(j->loc);
    free(j);
}

static void jobs_free(jsonl_job *j)
{
    while (j != NULL) {
        jsonl_job *next = j->next;
        job_free(j);
        j = next;
    }
}

/* queues j (taken; NULL: the end) unless the storing side quit: 0, else
 * -1; frees the jobs the storing side is done with */
static int pipe_push(jsonl_pipe *p, jsonl_job *j)
{
    jsonl_job *done;
    int rc = 0;

    pthread_mutex_lock(&p->mu);
    while (p->n == JSONL_QUEUE && !p->stop)
        pthread_cond_wait(&p->room, &p->mu);
    if (p->stop) {
        rc = -1;
    } else {
        p->q[(p->head + p->n++) % JSONL_QUEUE] = j;
        pthread_cond_signal(&p->more);
    }
    done = p->done;
    p->done = NULL;
    pthread_mutex_unlock(&p->mu);
    jobs_free(done);
    if (rc != 0)
        job_free(j);
    return rc;
}

/* the storing side is done with j: the thread frees it (freeing an
 * article's extraction was 4% of the storing side's time, its critical
 * path; docs/performance.md, seventh round) */
static void pipe_done(jsonl_pipe *p, jsonl_job *j)
{
    pthread_mutex_lock(&p->mu);
    j->next = p->done;
    p->done = j;
    pthread_mutex_unlock(&p->mu);
}

static jsonl_job *pipe_pop(jsonl_pipe *p)
{
    jsonl_job *j;

    pthread_mutex_lock(&p->mu);
    while (p->n == 0)
        pthread_cond_wait(&p->more, &p->mu);
    j = p->q[p->head];
    p->head = (p->head + 1) % JSONL_QUEUE;
    /* the thread, faster, waits on a full queue: woken when half of it
     * is free, not for each article (a switch of threads each) */
    if (--p->n == JSONL_QUEUE / 2)
        pthread_cond_signal(&p->room);
    pthread_mutex_unlock(&p->mu);
    return j;
}

/* the thread: one job per line, then JOB_END (or nothing once told to stop;
 * out of memory for a job ends the reading with a read error) */
static void *jsonl_extract_thread(void *arg)
{
    jsonl_pipe *p = arg;
    const char *line;
    size_t len;
    long lineno = 0;

    for (;;) {
        jsonl_job *j = calloc(1, sizeof *j);
        int rc, stop;

        if (j == NULL) { /* the storing side says so and stops */
            pthread_mutex_lock(&p->mu);
            p->oom = 1;
            pthread_mutex_unlock(&p->mu);
            pipe_push(p, NULL);
            return NULL;
        }
        ag_err_clear(&j->err);
        ag_article_init(&j->a);
        ag_extraction_init(&j->x);
        rc = ag_jsonl_reader_next(p->r, &line, &len, &lineno, &j->err);
        if (rc == 0) {
            j->kind = JOB_END;
            pipe_push(p, j);
            return NULL;
        }
        snprintf(j->where, sizeof j->where, "%s:%ld", shown(p->path), lineno);
        if (rc < 0) {
            /* the reader's message starts with "line N: ": say FILE:N: */
            char prefix[48];
            snprintf(prefix, sizeof prefix, "line %ld: ", lineno);
            j->kind = JOB_READ_ERROR;
            j->stop = j->err.code != AG_ERR_LIMIT;
            if (strncmp(j->err.msg, prefix, strlen(prefix)) == 0) {
                memmove(j->err.msg, j->err.msg + strlen(prefix),
                        strlen(j->err.msg + strlen(prefix)) + 1);
                j->loc = ag_strdup(j->where);
            } else {
                j->loc = ag_strdup(shown(p->path));
            }
            stop = j->stop;
            if (pipe_push(p, j) != 0)
                return NULL;
            if (stop) {
                pipe_push(p, NULL); /* the end */
                return NULL;
            }
            continue;
        }
        j->bytes = len + 1;
        j->kind = JOB_ARTICLE;
        if (ag_article_from_json(&j->a, line, len, &j->err) != AG_OK ||
            extract_only(p->c, &j->a, &j->x, &j->err) != AG_OK) {
            ag_extraction_destroy(&j->x);
            ag_article_destroy(&j->a);
            j->kind = JOB_REFUSED;
        }
        if (pipe_push(p, j) != 0)
            return NULL;
    }
}

/* Stores what the thread extracts from the rest of r; the reader is the
 * caller's. */
static void jsonl_pipeline(ingest_ctx *c, ag_jsonl_reader *r, const char *path)
{
    jsonl_pipe p;
    pthread_t th;

    memset(&p, 0, sizeof p);
    p.c = c;
    p.r = r;
    p.path = path;
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.more, NULL);
    pthread_cond_init(&p.room, NULL);
    if (pthread_create(&th, NULL, jsonl_extract_thread, &p) != 0) {
        cli_error(NULL, "cannot start a thread: %s", strerror(errno));
        c->fatal = 1;
        goto out;
    }
    while (!c->fatal) {
        jsonl_job *j = pipe_pop(&p);

        if (j == NULL || j->kind == JOB_END) {
            job_free(j);
            pthread_mutex_lock(&p.mu);
            if (p.oom) {
                cli_error(NULL, "out of memory");
                c->fatal = 1;
            }
            pthread_mutex_unlock(&p.mu);
            break;
        }
        switch (j->kind) {
        case JOB_READ_ERROR:
            cli_error(j->loc, "%s", j->err.msg);
            c->refused++;
            break;
        case JOB_REFUSED:
            cli_progress_bytes(&c->progress, j->bytes);
            refuse(c, j->where, &j->err);
            break;
        default:
            cli_progress_bytes(&c->progress, j->bytes);
            cli_warn_limits(j->where, &j->x);
            store(c, j->where, &j->x);
            break;
        }
        pipe_done(&p, j);
    }
    /* told to stop (or at the end): what is queued is dropped */
    pthread_mutex_lock(&p.mu);
    p.stop = 1;
    pthread_cond_broadcast(&p.room);
    pthread_mutex_unlock(&p.mu);
    pthread_join(th, NULL);
    jobs_free(p.done);
    while (p.n > 0) {
        job_free(p.q[p.head]);
        p.head = (p.head + 1) % JSONL_QUEUE;
        p.n--;
    }
out:
    pthread_cond_destroy(&p.room);
    pthread_cond_destroy(&p.more);
    pthread_mutex_destroy(&p.mu);
}

static void ingest_jsonl(ingest_ctx *c, const char *path)
{
    ag_jsonl_reader *r = NULL;
    ag_err err;
    const char *line;
    size_t len;
    long lineno = 0;
    struct stat sb;
    int rc, stream;

    ag_err_clear(&err);
    rc = ag_jsonl_reader_open(&r, path, &err);
    if (rc != AG_OK) {
        cli_error_err(&err);
        c->refused++;
        return;
    }
    if (open_store(c) != AG_OK) { /* the file opened: the store may be made */
        ag_jsonl_reader_close(r);
        return;
    }
    /* standard input or a FIFO may wait for its next line: what was read
     * is committed before each wait, never held in an open transaction */
    stream = strcmp(path, "-") == 0 || stat(path, &sb) != 0 || !S_ISREG(sb.st_mode);
    while (!c->fatal) {
        char where[4096];

        /* a file, once the dictionaries are loaded: the rest through the
         * extraction thread */
        if (!stream && !c->edges && c->dict != NULL) {
            jsonl_pipeline(c, r, path);
            break;
        }
        if (stream)
            commit_batch(c);
        if (c->fatal)
            break;
        rc = ag_jsonl_reader_next(r, &line, &len, &lineno, &err);
        if (rc == 0)
            break;
        snprintf(where, sizeof where, "%s:%ld", shown(path), lineno);
        if (rc > 0)
            cli_progress_bytes(&c->progress, len + 1);
        if (rc < 0) {
            /* the reader's message starts with "line N: ": say FILE:N: */
            char prefix[48];
            const char *msg = err.msg;
            snprintf(prefix, sizeof prefix, "line %ld: ", lineno);
            if (strncmp(msg, prefix, strlen(prefix)) == 0)
                cli_error(where, "%s", msg + strlen(prefix));
            else
                cli_error(shown(path), "%s", msg);
            c->refused++;
            if (err.code != AG_ERR_LIMIT) /* read error: the rest is unreadable */
                break;
            continue;
        }
        if (c->edges) {
            ingest_edges_line(c, where, line, len);
        } else {
            ag_article a;
            ag_err_clear(&err);
            if (ag_article_from_json(&a, line, len, &err) != AG_OK) {
                refuse(c, where, &err);
                continue;
            }
            extract_and_store(c, where, &a);
        }
    }
    ag_jsonl_reader_close(r);
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);

    return n > m && strcmp(s + n - m, suffix) == 0;
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void ingest_path(ingest_ctx *c, const char *path, int explicit);

static void ingest_dir(ingest_ctx *c, const char *path, const struct stat *sb)
{
    DIR *d;
    struct dirent *de;
    char **names = NULL;
    size_t n = 0, cap = 0;

    /* a link (with --follow-symlinks) back to a folder being walked */
    for (size_t k = 0; k < c->n_dirs; k++) {
        if (c->dirs[k].st_dev == sb->st_dev && c->dirs[k].st_ino == sb->st_ino) {
            cli_error(path, "warning: a symbolic link loop, not followed");
            return;
        }
    }
    if (ag_grow(&c->dirs, &c->cap_dirs, c->n_dirs, sizeof *c->dirs, 8) != AG_OK) {
        cli_error(NULL, "out of memory");
        c->fatal = 1;
        return;
    }
    d = opendir(path);
    if (d == NULL) {
        cli_error(path, "%s", strerror(errno));
        c->refused++;
        return;
    }
    c->dirs[c->n_dirs++] = *sb;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue; /* ".", ".." and hidden files */
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 32;
            char **g = realloc(names, ncap * sizeof *g);
            if (g == NULL)
                break;
            names = g;
            cap = ncap;
        }
        if ((names[n] = ag_strdup(de->d_name)) == NULL)
            break;
        n++;
    }
    closedir(d);
    if (n > 1)
        qsort(names, n, sizeof *names, name_cmp);
    for (size_t i = 0; i < n; i++) {
        ag_buf b;
        ag_buf_init(&b);
        if (!c->fatal &&
            ag_buf_printf(&b, "%s%s%s", path, has_suffix(path, "/") ? "" : "/", names[i]) == AG_OK)
            ingest_path(c, b.data, 0);
        ag_buf_destroy(&b);
        free(names[i]);
    }
    free(names);
    c->n_dirs--;
}

static const char *file_type(mode_t m)
{
    if (S_ISFIFO(m))
        return "a FIFO";
    if (S_ISSOCK(m))
        return "a socket";
    if (S_ISCHR(m))
        return "a character device";
    if (S_ISBLK(m))
        return "a block device";
    return "not a regular file";
}

static void ingest_path(ingest_ctx *c, const char *path, int explicit)
{
    struct stat sb;
    int wanted;

    if (strcmp(path, "-") == 0) {
        if (c->edges || c->jsonl_stdin)
            ingest_jsonl(c, path);
        else
            ingest_text(c, path);
        return;
    }
    /* in folders, symbolic links are not followed unless asked: a folder
     * from elsewhere must not bring in /etc/passwd through a link */
    if (lstat(path, &sb) != 0) {
        cli_error(path, "%s", strerror(errno));
        c->refused++;
        return;
    }
    if (S_ISLNK(sb.st_mode)) {
        if (!explicit && !c->follow_symlinks) {
            c->links_not_followed++;
            if (c->verbose)
                fprintf(stderr, "%s: a symbolic link, not followed\n", path);
            return;
        }
        if (stat(path, &sb) != 0) {
            if (errno == ENOENT)
                cli_error(path, "a symbolic link to a missing file");
            else
                cli_error(path, "%s", strerror(errno));
            c->refused++;
            return;
        }
    }
    if (S_ISDIR(sb.st_mode)) {
        ingest_dir(c, path, &sb);
        return;
    }
    wanted = c->edges ? has_suffix(path, ".jsonl")
                      : has_suffix(path, ".jsonl") || has_suffix(path, ".txt");
    if (!explicit && !wanted)
        return;
    /* a FIFO, a device or a socket in a folder is named, never opened (a
     * FIFO could block the run); one named on the command line is read,
     * without blocking on a FIFO that has no writer */
    if (!S_ISREG(sb.st_mode) && (!explicit || !(S_ISFIFO(sb.st_mode) || S_ISCHR(sb.st_mode)))) {
        cli_error(path, "%s, not read", file_type(sb.st_mode));
        c->refused++;
        return;
    }
    if (c->edges || has_suffix(path, ".jsonl"))
        ingest_jsonl(c, path);
    else
        ingest_text(c, path);
}

static unsigned long long walked_bytes; /* nftw has no user pointer */

static int add_size(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
    (void)ftw;
    if (type == FTW_F && (has_suffix(path, ".txt") || has_suffix(path, ".jsonl")))
        walked_bytes += (unsigned long long)sb->st_size;
    return 0;
}

/* Bytes the inputs hold, for the progress bar's ETA (0 when unknown, as
 * for standard input). Folders are walked as ingest walks them. */
static unsigned long long input_bytes(const char *const *paths, size_t n)
{
    unsigned long long total = 0;

    for (size_t i = 0; i < n; i++) {
        struct stat sb;
        if (strcmp(paths[i], "-") == 0 || stat(paths[i], &sb) != 0)
            return 0;
        if (S_ISDIR(sb.st_mode)) {
            walked_bytes = 0;
            if (nftw(paths[i], add_size, 16, FTW_PHYS) != 0)
                return 0;
            total += walked_bytes;
        } else {
            total += (unsigned long long)sb.st_size;
        }
    }
    return total;
}

enum { OPT_DATE = 1, OPT_SOURCE, OPT_DICT, OPT_FOLLOW_SYMLINKS, OPT_EDGES, OPT_JSONL };
static const cli_opt ingest_opts[] = {{"date", 0, 1, OPT_DATE},
                                      {"source", 0, 1, OPT_SOURCE},
                                      {"dict", 0, 1, OPT_DICT},
                                      {"follow-symlinks", 0, 0, OPT_FOLLOW_SYMLINKS},
                                      {"edges", 0, 0, OPT_EDGES},
                                      {"jsonl", 0, 0, OPT_JSONL},
                                      {NULL, 0, 0, 0}};

int cmd_ingest(int argc, char **argv)
{
    cli_common common;
    ingest_ctx c;
    const char **paths = NULL, **dicts = NULL;
    size_t n_paths = 0, n_dicts = 0;
    ag_err err;
    cli_args args;
    int i, r, rc = EXIT_OK;

    cli_common_init(&common);
    memset(&c, 0, sizeof c);
    paths = calloc((size_t)argc + 1, sizeof *paths);
    dicts = calloc((size_t)argc + 1, sizeof *dicts);
    if (paths == NULL || dicts == NULL) {
        cli_error(NULL, "out of memory");
        rc = EXIT_FAIL;
        goto out;
    }
    if (cli_args_init(&args, "ingest", argc, argv, ingest_opts, CLI_OPTS_COMMON, &common, NULL) !=
        EXIT_OK) {
        rc = EXIT_FAIL;
        goto out;
    }
    while ((r = cli_args_next(&args)) > 0) {
        const char *v = args.value;

        if (r == OPT_DATE) {
            ag_err_clear(&err);
            if (ag_date_check(v, &err) != AG_OK) {
                cli_usage_error("ingest", "--date: %s", err.msg);
                r = -1;
                break;
            }
            c.date = v;
        } else if (r == OPT_SOURCE) {
            c.source = v[0] != '\0' ? v : NULL;
        } else if (r == OPT_DICT) {
            dicts[n_dicts++] = v;
        } else if (r == OPT_FOLLOW_SYMLINKS) {
            c.follow_symlinks = 1;
        } else if (r == OPT_EDGES) {
            c.edges = 1;
        } else {
            c.jsonl_stdin = 1;
        }
    }
    for (i = 0; r == 0 && i < args.npos; i++)
        paths[n_paths++] = args.pos[i];
    cli_args_destroy(&args);
    if (r < 0 || cli_no_csv("ingest", &common) != EXIT_OK) {
        rc = EXIT_USAGE;
        goto out;
    }
    if (n_paths == 0) {
        rc = cli_usage_error("ingest", "no PATH given (a file, a folder or -)");
        goto out;
    }
    c.verbose = common.verbose;
    c.dict_files = dicts;
    c.n_dict_files = n_dicts;

    /* a broken dictionary stops the run before anything is read */
    if (!c.edges && load_dict(&c) != AG_OK) {
        rc = EXIT_FAIL;
        goto out;
    }
    /* an existing store is opened now, so that a locked store or one of a
     * newer schema stops the run before anything is read */
    c.db = ag_store_default_path(common.db);
    if (access(c.db, F_OK) == 0 && open_store(&c) != AG_OK) {
        rc = EXIT_FAIL;
        goto out;
    }
    cli_progress_init(&c.progress, cli_progress_wanted(common.quiet),
                      cli_progress_wanted(common.quiet) ? input_bytes(paths, n_paths) : 0);
    for (size_t k = 0; k < n_paths && !c.fatal; k++)
        ingest_path(&c, paths[k], 1);
    commit_batch(&c);
    cli_progress_finish(&c.progress);
    if (c.links_not_followed > 0)
        cli_error(NULL,
                  "warning: %ld symbolic link%s in folders not followed (--follow-symlinks "
                  "follows them)",
                  c.links_not_followed, c.links_not_followed == 1 ? "" : "s");

    if (!common.quiet) {
        if (common.format == CLI_JSON) {
            cJSON *doc = cJSON_CreateObject();
            if (doc != NULL) {
                cJSON_AddNumberToObject(doc, "added", (double)c.added);
                cJSON_AddNumberToObject(doc, "skipped", (double)c.skipped);
                cJSON_AddNumberToObject(doc, "refused", (double)c.refused);
                cJSON_AddNumberToObject(doc, "links_not_followed", (double)c.links_not_followed);
            }
            cli_json_print(doc);
        } else {
            printf("added %ld article%s, skipped %ld (already stored), refused %ld", c.added,
                   c.added == 1 ? "" : "s", c.skipped, c.refused);
            if (c.links_not_followed > 0)
                printf("; %ld symbolic link%s not followed", c.links_not_followed,
                       c.links_not_followed == 1 ? "" : "s");
            putchar('\n');
        }
    }
    rc = c.refused > 0 || c.fatal ? EXIT_FAIL : EXIT_OK;
out:
    if (ag_store_close(c.store) != AG_OK) {
        cli_error(c.db, "the store did not close cleanly");
        rc = EXIT_FAIL;
    }
    ag_dict_free(c.dict);
    free(c.dirs);
    free(paths);
    free(dicts);
    return rc;
}
