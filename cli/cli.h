/*
 * cli.h -- what the subcommands of the armsgraph program share: the command
 * table entry, option helpers, the aligned-table printer and error output.
 */
#ifndef AG_CLI_H
#define AG_CLI_H

#include "ag_common.h"
#include "ag_graph.h"

#include <getopt.h>
#include <stdio.h>

#include <cjson/cJSON.h>

/* exit codes */
enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

typedef struct cli_command {
    const char *name;
    int (*fn)(int argc, char **argv); /* argv[0] is the command name */
    const char *summary;              /* one line for `armsgraph help` */
    const char *usage;                /* full --help text, ends with '\n' */
} cli_command;

extern const cli_command cli_commands[];
extern const size_t cli_n_commands;

typedef enum cli_format { CLI_TABLE = 0, CLI_JSON = 1, CLI_CSV = 2 } cli_format;

/* Options every command may take. */
typedef struct cli_common {
    const char *db; /* --db PATH */
    cli_format format;
    int quiet, verbose;
} cli_common;

/* The errno of a failed write to standard output, for main's final check
 * (which reports every write error on standard output, once). */
extern int cli_stdout_errno;

/* Prints "armsgraph: WHAT: MSG" to stderr. what may be NULL. */
void cli_error(const char *what, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A malloc'd copy of s fit for a terminal line: tab, CR and LF become a
 * space; other controls (C0, DEL, C1) and the bidirectional controls
 * (U+202E ...) are shown escaped, "\u202e"; bytes that are not UTF-8 '?'.
 * NULL when out of memory. */
char *cli_escape(const char *s);
struct ag_extraction;
/* Warns on stderr about input that a limit kept from being read. */
void cli_warn_limits(const char *where, const struct ag_extraction *x);
/* Prints "armsgraph: MSG" from an ag_err. */
void cli_error_err(const ag_err *err);
/* Prints "armsgraph CMD: MSG" and "usage: ..." hint; returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Refuses --format csv for a command that prints no table: EXIT_OK, or
 * EXIT_USAGE with the usage error printed. */
int cli_no_csv(const char *cmd, const cli_common *c);
void cli_common_init(cli_common *c);

/* ---- options (getopt_long) ------------------------------------------------ */

/* One option of a command's table, which ends with {NULL}. */
typedef struct cli_opt {
    const char *name; /* the long name, without "--" */
    int letter;       /* the short name ('o' for -o), or 0 */
    int has_value;    /* 1: takes a value (--name V, --name=V, -xV, -x V) */
    int id;           /* what cli_args_next returns for it: 1 to 899 */
} cli_opt;

/* Option groups a command takes beside its own table: --db --format
 * --quiet/-q --verbose/-v into a cli_common; the graph filter (--type
 * --kind --since --until --min-sources) into an ag_filter, or its --kind
 * alone. */
enum { CLI_OPTS_COMMON = 1u, CLI_OPTS_FILTER = 2u, CLI_OPTS_KIND = 4u };
enum { CLI_MAX_OPTS = 40 };

/* The state of one parse of a command's argv by getopt_long. Options may
 * come before, between and after the arguments; "--" ends them; an
 * unknown, ambiguous or malformed option is a usage error naming the
 * command and the option. */
typedef struct cli_args {
    const char *cmd;
    int argc;
    char **argv;
    cli_common *c;
    ag_filter *f;
    const cli_opt *ent[CLI_MAX_OPTS]; /* the options, groups first */
    struct option lo[CLI_MAX_OPTS + 1];
    char shorts[2 * CLI_MAX_OPTS + 3];
    int n;
    const char *value; /* the value of the option cli_args_next returned */
    const char *name;  /* "--name" (in full) or "-x", for messages */
    char namebuf[80];
    const char **pos; /* the arguments, in order (cli_args_next returned 0) */
    int npos;
} cli_args;

/* Prepares to parse argv (argv[0] the command's name) with the command's
 * own options opts (may be NULL) and the groups (CLI_OPTS_*), which fill
 * *c and *f (either may be NULL when its group is not asked for).
 * EXIT_OK, or EXIT_FAIL when out of memory (printed). */
int cli_args_init(cli_args *p, const char *cmd, int argc, char **argv, const cli_opt *opts,
                  unsigned groups, cli_common *c, ag_filter *f);
/* The id of the next of the command's own options (p->value holds its
 * value, p->name its name), after handling any group options before it;
 * 0 when all are read (p->pos[0..p->npos) are the arguments); -1 after a
 * usage error was printed. */
int cli_args_next(cli_args *p);
/* EXIT_OK when there are at most max arguments, else the usage error
 * "unexpected argument 'X'" (printed) and EXIT_USAGE. */
int cli_args_max(const cli_args *p, int max);
void cli_args_destroy(cli_args *p);
/* After the options: destroys p, and EXIT_USAGE when r (the last value of
 * cli_args_next) is negative or there are more than max arguments (as
 * cli_args_max), else EXIT_OK. */
int cli_args_end(cli_args *p, int r, int max);

/* Returns the command's entry, or NULL. */
const cli_command *cli_find(const char *name);
/* Prints the command's usage to stdout, returns EXIT_OK. */
int cli_help(const char *cmd);
/* Parses a positive integer option value; usage error on garbage. */
int cli_parse_int(const char *cmd, const char *opt, const char *s, long min, long max, long *out);

/* Prints a cJSON document to stdout, pretty, with a final newline. Frees it. */
int cli_json_print(cJSON *doc);

/* The JSON answer of a command that failed with --format json, on stdout
 * beside the message on stderr: {"error": ERROR, K1: V1, K2: V2, "message":
 * MESSAGE} (K1/K2 NULL: left out). */
void cli_json_failure(const char *error, const char *message, const char *k1, const char *v1,
                      const char *k2, const char *v2);

/* ---- aligned tables ---------------------------------------------------- */

typedef struct cli_table {
    size_t ncols;
    char **cells; /* row-major, owned */
    size_t nrows;
    size_t cap;
    unsigned right_align; /* bit i: column i right-aligned */
    int csv;              /* print as CSV (--format csv) */
} cli_table;

void cli_table_init(cli_table *t, size_t ncols);
void cli_table_destroy(cli_table *t);
/* Appends a row of ncols strings (NULL prints as "-"); strings are copied. */
int cli_table_row(cli_table *t, const char *const *cols);
/* Appends a row from printf-style cells separated by '\t' */
int cli_table_rowf(cli_table *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prints with a header row (the first row added) and two spaces between
 * columns, padding by display width (UTF-8 aware). With t->csv set, prints
 * RFC 4180 CSV instead: the header in lower case, a cell "-" (absent) as
 * an empty field, fields quoted when needed, CRLF line ends. */
void cli_table_print(const cli_table *t, FILE *out);

/* ---- graph filter options (cli/filter.c) --------------------------------- */

/* One filter option (opt: "--type", "--kind", "--since", "--until",
 * "--min-sources") with value v into *f (initialised by the caller with
 * ag_filter_init); 1, or -1 on a usage error (printed). */
int cli_filter_opt(const char *cmd, const char *opt, const char *v, ag_filter *f);
/* After parsing: -1 with a usage error printed when --since is after --until. */
int cli_filter_check(const char *cmd, const ag_filter *f);
/* Help text lines for the filter options. */
#define CLI_FILTER_HELP                                                                            \
    "   --type T[,T]       edge types: supplies, seeks-in-exchange, sanctions, attacks\n"          \
    "   --kind K[,K]       actor kinds of both ends: state, person, organization\n"                \
    "   --since DATE       mentions dated on or after DATE: YYYY-MM-DD, or YYYY-MM\n"              \
    "                      or YYYY for the first day of that month or year\n"                      \
    "   --until DATE       mentions dated on or before DATE (YYYY-MM, YYYY: the\n"                 \
    "                      last day); a mention dated by month alone passes when\n"                \
    "                      its month overlaps the range\n"                                         \
    "   --min-sources N    edges reported by at least N distinct articles\n"

/* ---- the filtered graph of the query commands (cli/filter.c) ------------- */

typedef struct cli_graph {
    ag_store *store;
    ag_graph g;
    ag_filter f;
    long store_edges;  /* edges in the whole store; -1 until needed */
    cli_format format; /* CLI_JSON: failures also answer in JSON on stdout */
} cli_graph;

/* Opens the store read-only and loads the graph through f. Prints what went
 * wrong; returns EXIT_OK or EXIT_FAIL. */
int cli_graph_open(cli_graph *cg, const char *db, const ag_filter *f);
/* cli_graph_open reading only `parts` of the graph (AG_LOAD_*). */
/* Sets up cg and opens the store read-only, silently: err says why not. */
int cli_graph_open_store(cli_graph *cg, const char *db, const ag_filter *f, ag_err *err);
int cli_graph_open_parts(cli_graph *cg, const char *db, const ag_filter *f, unsigned parts);
/* cli_graph_open_parts, then cli_graph_need_edges; closes the graph again
 * when it has no edges. EXIT_OK or EXIT_FAIL (printed). */
int cli_graph_open_edges(cli_graph *cg, const char *db, const ag_filter *f, unsigned parts);
void cli_graph_close(cli_graph *cg);
/* EXIT_OK when the loaded graph has edges, else prints that the store is
 * empty or that nothing passes the filter, and returns EXIT_FAIL. */
int cli_graph_need_edges(cli_graph *cg);
/* Resolves an actor argument (id, name or alias) to its vertex: *v is the
 * index, or -1 when the actor is known but has no edge passing the filter;
 * *id (if id is not NULL) receives its id, malloc'd. Prints the error
 * (unknown actor with the closest names); EXIT_OK or EXIT_FAIL. */
int cli_graph_actor(cli_graph *cg, const char *name, char **id, long *v);
/* The actors a search through the edge indexes (path, neighbors) may
 * label before it gives up and the graph is loaded: $ENV when set (the
 * tests; 0: no search), else ag_graph_search_bound of s (AG_SEARCH_MIN
 * when s is NULL). */
size_t cli_search_bound(const char *env, ag_store *s);
/* "Name (ID)" in a static buffer of 4 slots, escaped by cli_escape (a
 * hostile name must not drive the terminal). */
const char *cli_vname(const ag_vertex *v);
/* s escaped by cli_escape, in a static buffer of 4 slots (truncated past
 * AG_MAX_SENTENCE_BYTES); NULL stays NULL. */
const char *cli_clean(const char *s);
int cli_filter_any(const ag_filter *f);
cJSON *cli_filter_json(const ag_filter *f);
cJSON *cli_vertex_json(const ag_vertex *v);
cJSON *cli_gedge_json(const ag_graph *g, const ag_gedge *e);
cJSON *cli_mention_json(const ag_mention_row *m);

/* ---- progress on a terminal (cli/progress.c) --------------------------- */

typedef struct cli_progress {
    int enabled;                     /* drawing at all: stderr is a terminal, not --quiet */
    double start, drawn;             /* monotonic seconds */
    long items;                      /* articles done (stored, skipped or refused) */
    unsigned long long bytes, total; /* bytes read; total 0 when unknown */
} cli_progress;

/* Whether a bar belongs on stderr: a terminal, not --quiet, TERM not dumb. */
int cli_progress_wanted(int quiet);
void cli_progress_init(cli_progress *p, int enabled, unsigned long long total_bytes);
void cli_progress_bytes(cli_progress *p, unsigned long long n);
/* One more article; redraws at most ten times a second. */
void cli_progress_item(cli_progress *p);
/* Clears the bar so that the summary starts on a clean line. */
void cli_progress_finish(cli_progress *p);

/* ---- what retract and reextract changed (cli/change.c) ------------------ */

/* Per edge type, the edges and mentions added and removed, with a total
 * row, then (not as CSV) "entities: N added, N removed". removed_only
 * (retract, which adds nothing): the removed columns only (its summary
 * line counts the entities). */
void cli_change_table(const ag_change *ch, int csv, int removed_only);
/* The same counts as members of doc: "edges_added": {"supplies": N, ...},
 * "edges_removed", "mentions_added", "mentions_removed", "entities_added",
 * "entities_removed"; with removed_only, the *_removed ones. */
void cli_change_json(cJSON *doc, const ag_change *ch, int removed_only);
/* Resolves article references (id, url or sha256) to distinct keys (keys
 * has room for n); prints each one that is unknown or ambiguous. EXIT_OK,
 * or EXIT_FAIL when any failed. */
int cli_article_keys(ag_store *s, const char *const *refs, size_t n, long long *keys,
                     size_t *n_keys);

/* ---- extract --jsonl (cli/extract-jsonl.c) ------------------------------ */

struct ag_dict;
/* Streams JSON Lines of articles from path ("-": stdin) to one JSON line of
 * edges per article on stdout; date applies to records without one. Returns
 * EXIT_OK, or EXIT_FAIL when any line failed (each named on stderr). */
int cli_extract_jsonl(const struct ag_dict *d, const char *path, const char *date);

#endif
