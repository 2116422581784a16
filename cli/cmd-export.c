/*
 * cmd-export.c -- `armsgraph export dot|gexf|json`: loads the filtered graph
 * (optionally the ego network of one actor), writes it as DOT, GEXF 1.3 or
 * JSON to standard output or atomically to -o FILE, writes the CSV and
 * Neo4j folders, and for DOT can render the picture through a Graphviz
 * layout program (--render svg|png, --layout dot|sfdp|neato), refusing a
 * graph too large for that program to lay out in seconds.
 */
#define _POSIX_C_SOURCE 200809L
#include "ag_export.h"
#include "ag_graph.h"
#include "cli.h"

#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

const char cmd_export_usage[] =
    "usage: armsgraph export dot|gexf|json|graphml [OPTIONS]\n"
    "       armsgraph export neo4j|csv DIR [OPTIONS]\n"
    "\n"
    "Writes the graph (or the part of it the filters keep) for other tools:\n"
    "   dot    a GraphViz digraph: colour, line style and arrowhead per edge\n"
    "          type with a legend, node shape by kind, line width by number of\n"
    "          articles, short labels, tooltips with the evidence\n"
    "   gexf   GEXF 1.3 for Gephi: node and edge attributes, colours, weights,\n"
    "          and dates so that Gephi's timeline plays the graph\n"
    "   json   {\"nodes\": [...], \"edges\": [...]} with every attribute; each\n"
    "          edge carries its sources, urls and evidence (its mentions, as\n"
    "          `show FROM TO --format json` lists them)\n"
    "   graphml  GraphML: entity ids as node ids, typed attributes (networkx)\n"
    "   neo4j  DIR/nodes.csv, articles.csv, relationships.csv, mentions.csv\n"
    "          and import.sh for `neo4j-admin database import full`\n"
    "   csv    DIR/nodes.csv, DIR/edges.csv and DIR/mentions.csv (RFC 4180)\n"
    "          for spreadsheets and pandas (docs/export.md)\n"
    "The output is the same bytes for the same store and options.\n"
    "\n"
    "Options:\n"
    "   -o, --output FILE  write FILE (atomically) instead of standard output\n"
    "   --render svg|png   (dot) lay the graph out with Graphviz and write the\n"
    "                      picture to the -o FILE (required); a graph larger than\n"
    "                      the layout draws in seconds is refused, with advice\n"
    "   --layout L         (--render) Graphviz's layout program: dot (default,\n"
    "                      up to 200 edges), neato (2,000) or sfdp (5,000)\n"
    "   --force            (--render) lay out a graph past that size anyway\n"
    "   --title TEXT       (dot) start of the caption (default: \"Arms transfers,\n"
    "                      sanctions and attacks\", or \"Around ACTOR\" with --around)\n"
    "   --static           (gexf) leave the dates out: a static graph\n"
    "   --around ACTOR     only the ego network of ACTOR (id, name or alias)\n"
    "   --depth N          hops from ACTOR, edges in either direction (default 1)\n" CLI_FILTER_HELP
    "   --db PATH          the store (default: $ARMSGRAPH_DB, else ./armsgraph.db)\n"
    "\n"
    "Examples:\n"
    "   armsgraph export dot --render svg -o graph.svg\n"
    "   armsgraph export dot --around Iran --depth 2 --since 2023-01-01 -o iran.dot\n"
    "   armsgraph export gexf --type supplies,seeks-in-exchange -o transfers.gexf\n"
    "   armsgraph export dot --render svg --layout sfdp -o big.svg\n"
    "   armsgraph export csv tables/ --since 2024-01-01\n";

enum format { FMT_NONE, FMT_DOT, FMT_GEXF, FMT_JSON, FMT_GRAPHML, FMT_NEO4J, FMT_CSV };

typedef struct export_opts {
    enum format format;
    const char *output;
    const char *render; /* "svg", "png" or NULL */
    const char *layout; /* "dot", "neato", "sfdp" or NULL (dot) */
    int force;          /* render past the layout's size limit */
    const char *title;
    const char *around;
    long depth;
    int depth_given;
    int gexf_static;
    const char *dir; /* neo4j, csv: the folder */
} export_opts;

enum {
    OPT_OUTPUT = 1,
    OPT_TITLE,
    OPT_AROUND,
    OPT_RENDER,
    OPT_LAYOUT,
    OPT_FORCE,
    OPT_DEPTH,
    OPT_STATIC
};
static const cli_opt export_options[] = {
    {"output", 'o', 1, OPT_OUTPUT}, {"title", 0, 1, OPT_TITLE},   {"around", 0, 1, OPT_AROUND},
    {"render", 0, 1, OPT_RENDER},   {"layout", 0, 1, OPT_LAYOUT}, {"force", 0, 0, OPT_FORCE},
    {"depth", 0, 1, OPT_DEPTH},     {"static", 0, 0, OPT_STATIC}, {NULL, 0, 0, 0}};

/* One of export's own options; 0, or -1 after a usage error (printed). */
static int take_option(int id, const char *v, export_opts *o)
{
    switch (id) {
    case OPT_OUTPUT:
        o->output = v;
        break;
    case OPT_TITLE:
        o->title = v;
        break;
    case OPT_AROUND:
        o->around = v;
        break;
    case OPT_RENDER:
        o->render = v;
        if (strcmp(v, "svg") != 0 && strcmp(v, "png") != 0) {
            cli_usage_error("export", "--render takes svg or png, not '%s'", v);
            return -1;
        }
        break;
    case OPT_LAYOUT:
        o->layout = v;
        if (strcmp(v, "dot") != 0 && strcmp(v, "neato") != 0 && strcmp(v, "sfdp") != 0) {
            cli_usage_error("export", "--layout takes dot, neato or sfdp, not '%s'", v);
            return -1;
        }
        break;
    case OPT_FORCE:
        o->force = 1;
        break;
    case OPT_DEPTH:
        if (cli_parse_int("export", "--depth", v, 0, 100, &o->depth) != EXIT_OK)
            return -1;
        o->depth_given = 1;
        break;
    default: /* OPT_STATIC */
        o->gexf_static = 1;
        break;
    }
    return 0;
}

/* The format word, then for neo4j and csv the folder. */
static int take_argument(const char *a, export_opts *o)
{
    if ((o->format == FMT_NEO4J || o->format == FMT_CSV) && o->dir == NULL) {
        o->dir = a;
        return 0;
    }
    if (o->format != FMT_NONE) {
        cli_usage_error("export", "one format only: unexpected '%s'", a);
        return -1;
    }
    if (strcmp(a, "dot") == 0) {
        o->format = FMT_DOT;
    } else if (strcmp(a, "gexf") == 0) {
        o->format = FMT_GEXF;
    } else if (strcmp(a, "json") == 0) {
        o->format = FMT_JSON;
    } else if (strcmp(a, "graphml") == 0) {
        o->format = FMT_GRAPHML;
    } else if (strcmp(a, "neo4j") == 0) {
        o->format = FMT_NEO4J;
    } else if (strcmp(a, "csv") == 0) {
        o->format = FMT_CSV;
    } else {
        cli_usage_error("export", "unknown format '%s' (dot, gexf, json, graphml, neo4j or csv)",
                        a);
        return -1;
    }
    return 0;
}

static int parse_args(int argc, char **argv, export_opts *o, cli_common *c, ag_filter *f)
{
    cli_args args;
    int r;

    if (cli_args_init(&args, "export", argc, argv, export_options,
                      CLI_OPTS_COMMON | CLI_OPTS_FILTER, c, f) != EXIT_OK)
        return -1;
    while ((r = cli_args_next(&args)) > 0)
        if (take_option(r, args.value, o) != 0)
            break;
    for (int i = 0; r == 0 && i < args.npos; i++)
        if (take_argument(args.pos[i], o) != 0)
            r = -1;
    cli_args_destroy(&args);
    if (r != 0)
        return -1;
    if (o->format == FMT_NONE) {
        cli_usage_error("export", "which format? dot, gexf, json, graphml, neo4j or csv");
        return -1;
    }
    if (o->format == FMT_NEO4J && (o->dir == NULL || o->output != NULL)) {
        cli_usage_error("export", "neo4j writes a folder: armsgraph export neo4j DIR");
        return -1;
    }
    if (o->format == FMT_CSV && (o->dir == NULL || o->output != NULL)) {
        cli_usage_error("export", "csv writes a folder: armsgraph export csv DIR");
        return -1;
    }
    if (c->format != CLI_TABLE) {
        cli_usage_error("export", "--format does not apply: the format is the first argument");
        return -1;
    }
    if (o->render != NULL && o->format != FMT_DOT) {
        cli_usage_error("export", "--render works with dot only");
        return -1;
    }
    if (o->render != NULL && (o->output == NULL || strcmp(o->output, "-") == 0)) {
        cli_usage_error("export", "--render needs -o FILE for the picture");
        return -1;
    }
    if ((o->layout != NULL || o->force) && o->render == NULL) {
        cli_usage_error("export", "%s works with --render only",
                        o->layout != NULL ? "--layout" : "--force");
        return -1;
    }
    if (o->title != NULL && o->format != FMT_DOT) {
        cli_usage_error("export", "--title works with dot only");
        return -1;
    }
    if (o->gexf_static && o->format != FMT_GEXF) {
        cli_usage_error("export", "--static works with gexf only");
        return -1;
    }
    if (o->depth_given && o->around == NULL) {
        cli_usage_error("export", "--depth needs --around ACTOR");
        return -1;
    }
    if (cli_filter_check("export", f) < 0)
        return -1;
    return 0;
}

/* The largest graph (in edges) each layout program draws within a few
 * seconds on one core (bench/render/run.sh measures it; docs/export.md):
 * dot's crossing minimisation grows fast (100 edges 0.2 s, 200 edges 2.6 s,
 * 300 edges 25 s, 400 edges over 2 minutes); neato 2,000 edges 3.6 s;
 * sfdp 5,000 edges 3.6 s, 10,000 edges 25 s. */
static const struct layout_limit {
    const char *name;
    size_t max_edges;
} layout_limits[] = {{"dot", 200}, {"neato", 2000}, {"sfdp", 5000}};

/* EXIT_OK when the layout program draws g quickly (or --force), else
 * prints why not and what to do, and returns EXIT_FAIL. */
static int check_size(const ag_graph *g, const char *layout, int force)
{
    size_t k, n = sizeof layout_limits / sizeof layout_limits[0];

    for (k = 0; k < n && strcmp(layout_limits[k].name, layout) != 0; k++)
        ;
    if (force || k == n || g->n_edges <= layout_limits[k].max_edges)
        return EXIT_OK;
    cli_error(NULL,
              "%zu relations among %zu actors are too many for a readable picture: "
              "Graphviz's %s lays out at most %zu in seconds (docs/export.md)",
              g->n_edges, g->n_vertices, layout, layout_limits[k].max_edges);
    fprintf(stderr,
            "  draw less: --around ACTOR [--depth 1], --min-sources 2, --type TYPE,\n"
            "  --since DATE; or a faster layout: %s; or --force to wait\n",
            strcmp(layout, "dot") == 0     ? "--layout neato (2,000), --layout sfdp (5,000)"
            : strcmp(layout, "neato") == 0 ? "--layout sfdp (5,000)"
                                           : "export gexf for Gephi");
    return EXIT_FAIL;
}

/* Runs `LAYOUT -Tfmt` (dot, neato or sfdp) with the DOT text on its
 * standard input and collects its standard output in *picture. Returns
 * EXIT_OK or EXIT_FAIL (printed). */
static int render(const char *layout, const char *fmt, const ag_buf *dot, ag_buf *picture)
{
    int in[2] = {-1, -1}, out[2] = {-1, -1};
    char targ[16];
    char prog[8];
    char *args[] = {prog, targ, NULL};
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    sigset_t defaults;
    struct sigaction ign, old;
    pid_t pid = -1;
    size_t off = 0;
    int status, e, rc = EXIT_FAIL, fa_ok = 0, attr_ok = 0, sig_set = 0;

    snprintf(targ, sizeof targ, "-T%s", fmt);
    snprintf(prog, sizeof prog, "%s", layout);
    /* dot may exit before reading everything: get EPIPE, not a signal */
    memset(&ign, 0, sizeof ign);
    ign.sa_handler = SIG_IGN;
    sigemptyset(&ign.sa_mask);
    if (sigaction(SIGPIPE, &ign, &old) == 0)
        sig_set = 1;
    if (pipe(in) != 0 || pipe(out) != 0) {
        cli_error(prog, "cannot create a pipe: %s", strerror(errno));
        goto out;
    }
    if (posix_spawn_file_actions_init(&fa) != 0) {
        cli_error(prog, "cannot prepare to run it");
        goto out;
    }
    fa_ok = 1;
    if (posix_spawnattr_init(&attr) != 0) {
        cli_error(prog, "cannot prepare to run it");
        goto out;
    }
    attr_ok = 1;
    /* the child gets the pipes as stdin and stdout, and SIGPIPE back */
    if (posix_spawn_file_actions_adddup2(&fa, in[0], 0) != 0 ||
        posix_spawn_file_actions_adddup2(&fa, out[1], 1) != 0 ||
        posix_spawn_file_actions_addclose(&fa, in[1]) != 0 ||
        posix_spawn_file_actions_addclose(&fa, out[0]) != 0 || sigemptyset(&defaults) != 0 ||
        sigaddset(&defaults, SIGPIPE) != 0 ||
        posix_spawnattr_setsigdefault(&attr, &defaults) != 0 ||
        posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF) != 0) {
        cli_error(prog, "cannot prepare to run it");
        goto out;
    }
    e = posix_spawnp(&pid, prog, &fa, &attr, args, environ);
    if (e != 0) {
        pid = -1;
        if (e == ENOENT)
            cli_error(NULL, "%s (Graphviz) is not installed; install the graphviz package", prog);
        else
            cli_error(prog, "cannot run it: %s", strerror(e));
        goto out;
    }
    close(in[0]);
    close(out[1]);
    in[0] = out[1] = -1;
    /* dot reads all of its input before it writes: no deadlock */
    while (off < dot->len) {
        ssize_t n = write(in[1], dot->data + off, dot->len - off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        off += (size_t)n;
    }
    close(in[1]);
    in[1] = -1;
    for (;;) {
        char chunk[65536];
        ssize_t n = read(out[0], chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (ag_buf_append(picture, chunk, (size_t)n) != AG_OK) {
            cli_error(NULL, "out of memory");
            goto out;
        }
    }
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            cli_error(prog, "lost track of it: %s", strerror(errno));
            pid = -1;
            goto out;
        }
    }
    pid = -1;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        if (WIFEXITED(status))
            cli_error(prog, "failed (exit %d)", WEXITSTATUS(status));
        else
            cli_error(prog, "killed by signal %d", WTERMSIG(status));
        goto out;
    }
    if (off < dot->len || picture->len == 0) {
        cli_error(prog, "produced no picture");
        goto out;
    }
    rc = EXIT_OK;
out:
    if (in[0] >= 0)
        close(in[0]);
    if (in[1] >= 0)
        close(in[1]);
    if (out[0] >= 0)
        close(out[0]);
    if (out[1] >= 0)
        close(out[1]);
    if (pid > 0)
        (void)waitpid(pid, &status, 0);
    if (fa_ok)
        posix_spawn_file_actions_destroy(&fa);
    if (attr_ok)
        posix_spawnattr_destroy(&attr);
    if (sig_set)
        sigaction(SIGPIPE, &old, NULL);
    return rc;
}

/* Writes the bytes to -o FILE atomically, or to standard output. */
static int emit(const char *path, const ag_buf *b)
{
    ag_err err;

    ag_err_clear(&err);
    if (path != NULL && strcmp(path, "-") != 0) {
        if (ag_file_write_atomic(path, b->data != NULL ? b->data : "", b->len, &err) != AG_OK) {
            cli_error_err(&err);
            return EXIT_FAIL;
        }
        return EXIT_OK;
    }
    /* a write error is reported once, by main's check of standard output */
    if (b->len > 0 && fwrite(b->data, 1, b->len, stdout) != b->len)
        cli_stdout_errno = errno;
    return EXIT_OK;
}

/* The mentions behind every edge of g that pass the date window of f:
 * *ev (malloc'd, g->n_edges entries) for ag_export_*_ev. Prints the error;
 * EXIT_OK or EXIT_FAIL. */
static int load_evidence(ag_store *s, const ag_graph *g, const ag_filter *f, ag_edge_evidence **ev)
{
    ag_err err;

    ag_err_clear(&err);
    *ev = calloc(g->n_edges + 1, sizeof **ev);
    if (*ev == NULL) {
        cli_error(NULL, "out of memory");
        return EXIT_FAIL;
    }
    for (size_t i = 0; i < g->n_edges; i++) {
        if (ag_store_mentions(s, g->edges[i].id, f, &(*ev)[i].rows, &(*ev)[i].n, &err) != AG_OK) {
            cli_error_err(&err);
            return EXIT_FAIL;
        }
    }
    return EXIT_OK;
}

static void free_evidence(ag_edge_evidence *ev, size_t n)
{
    for (size_t i = 0; ev != NULL && i < n; i++)
        ag_mention_rows_free(ev[i].rows, ev[i].n);
    free(ev);
}

/* export neo4j|csv DIR: the folder (made when missing) gets the files of
 * the format, each written atomically. */
static int write_folder(enum format format, const ag_graph *g, const ag_edge_evidence *ev,
                        const char *dir)
{
    static const char *const neo4j[] = {"nodes.csv", "articles.csv", "relationships.csv",
                                        "mentions.csv", "import.sh"};
    static const char *const csv[] = {"nodes.csv", "edges.csv", "mentions.csv"};
    const char *const *names = format == FMT_CSV ? csv : neo4j;
    int n = format == FMT_CSV ? 3 : 5;
    ag_buf text, path;
    ag_err err;
    int rc = EXIT_OK;

    ag_buf_init(&text);
    ag_buf_init(&path);
    ag_err_clear(&err);
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        cli_error(dir, "cannot create the folder: %s", strerror(errno));
        return EXIT_FAIL;
    }
    for (int k = 0; k < n && rc == EXIT_OK; k++) {
        int r = AG_OK;
        ag_buf_reset(&text);
        ag_buf_reset(&path);
        if (format == FMT_CSV && k == 0)
            r = ag_export_csv_nodes(g, &text, &err);
        else if (format == FMT_CSV && k == 1)
            r = ag_export_csv_edges(g, ev, &text, &err);
        else if (format == FMT_CSV)
            r = ag_export_csv_mentions(g, ev, &text, &err);
        else if (k == 0)
            r = ag_export_neo4j_nodes(g, &text, &err);
        else if (k == 1)
            r = ag_export_neo4j_articles(g, ev, &text, &err);
        else if (k == 2)
            r = ag_export_neo4j_relationships(g, &text, &err);
        else if (k == 3)
            r = ag_export_neo4j_mentions(g, ev, &text, &err);
        else
            ag_export_neo4j_script(g, &text);
        if (r == AG_OK && ag_buf_printf(&path, "%s/%s", dir, names[k]) != AG_OK)
            r = ag_err_set(&err, AG_ERR_NOMEM, "out of memory");
        if (r == AG_OK)
            r = ag_file_write_atomic(path.data, text.data != NULL ? text.data : "", text.len, &err);
        if (r != AG_OK) {
            cli_error_err(&err);
            rc = EXIT_FAIL;
        }
    }
    ag_buf_destroy(&text);
    ag_buf_destroy(&path);
    return rc;
}

int cmd_export(int argc, char **argv)
{
    export_opts o = {FMT_NONE, NULL, NULL, NULL, 0, NULL, NULL, 1, 0, 0, NULL};
    cli_common c;
    ag_filter f;
    ag_store *s = NULL;
    ag_graph g, ego;
    ag_buf text, picture;
    ag_err err;
    char *center = NULL;
    const ag_graph *use = &g;
    ag_edge_evidence *ev = NULL;
    ag_buf title;
    int rc = EXIT_FAIL;

    cli_common_init(&c);
    ag_filter_init(&f);
    ag_graph_init(&g);
    ag_graph_init(&ego);
    ag_buf_init(&text);
    ag_buf_init(&picture);
    ag_buf_init(&title);
    ag_err_clear(&err);
    if (parse_args(argc, argv, &o, &c, &f) != 0) {
        rc = EXIT_USAGE;
        goto out;
    }
    if (ag_store_open(&s, ag_store_default_path(c.db), AG_STORE_READONLY, &err) != AG_OK ||
        (o.around != NULL && ag_store_resolve(s, o.around, &center, &err) != AG_OK) ||
        ag_graph_load(s, &f, &g, &err) != AG_OK) {
        cli_error_err(&err);
        goto out;
    }
    if (center != NULL) {
        if (ag_export_ego(&g, center, (int)o.depth, &ego, &err) != AG_OK) {
            if (err.code == AG_ERR_NOTFOUND)
                cli_error(NULL, "%s has no relation that passes the filter", o.around);
            else
                cli_error_err(&err);
            goto out;
        }
        use = &ego;
        if (o.title == NULL) {
            long k = ag_graph_vertex_index(&ego, center);
            const char *name = k >= 0 && ego.vertices[k].name ? ego.vertices[k].name : center;

            if (ag_buf_printf(&title, "Around %s, %ld hop%s", name, o.depth,
                              o.depth == 1 ? "" : "s") != AG_OK) {
                cli_error(NULL, "out of memory");
                goto out;
            }
            o.title = title.data;
        }
    }
    if (o.format != FMT_DOT && load_evidence(s, use, &f, &ev) != EXIT_OK)
        goto out;
    switch (o.format) {
    case FMT_DOT:
        rc = ag_export_dot(use, o.title, &text, &err);
        break;
    case FMT_GEXF:
        rc = ag_export_gexf_ev(use, o.gexf_static ? AG_GEXF_STATIC : 0, ev, &text, &err);
        break;
    case FMT_GRAPHML:
        rc = ag_export_graphml(use, ev, &text, &err);
        break;
    case FMT_NEO4J:
    case FMT_CSV:
        rc = write_folder(o.format, use, ev, o.dir);
        goto out;
    default:
        rc = ag_export_json_ev(use, ev, &text, &err);
        break;
    }
    if (rc != AG_OK) {
        cli_error_err(&err);
        rc = EXIT_FAIL;
        goto out;
    }
    if (o.render != NULL) {
        const char *layout = o.layout != NULL ? o.layout : "dot";

        rc = check_size(use, layout, o.force);
        if (rc == EXIT_OK)
            rc = render(layout, o.render, &text, &picture);
        if (rc == EXIT_OK)
            rc = emit(o.output, &picture);
    } else {
        rc = emit(o.output, &text);
    }
out:
    free_evidence(ev, use->n_edges);
    free(center);
    ag_buf_destroy(&text);
    ag_buf_destroy(&picture);
    ag_buf_destroy(&title);
    ag_graph_destroy(&g);
    ag_graph_destroy(&ego);
    ag_store_close(s);
    return rc;
}
