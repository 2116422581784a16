/*
 * main.c -- the armsgraph program: dispatches `armsgraph COMMAND ...` through
 * the table of subcommands (one file per subcommand, cmd-*.c), and holds
 * `help` and `--version`.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define DECLARE(name)                                                                              \
    int cmd_##name(int argc, char **argv);                                                         \
    extern const char cmd_##name##_usage[]

DECLARE(help);
DECLARE(ingest);
DECLARE(entities);
DECLARE(edges);
DECLARE(stats);
DECLARE(merge);
DECLARE(extract);
DECLARE(export);
DECLARE(path);
DECLARE(central);
DECLARE(show);
DECLARE(neighbors);
DECLARE(communities);
DECLARE(retract);
DECLARE(reextract);
DECLARE(curate);

/* A command enters this table when its engine works. */
const cli_command cli_commands[] = {
    {"ingest", cmd_ingest, "read articles, extract their edges, store them", cmd_ingest_usage},
    {"extract", cmd_extract, "extract the edges of one article (stores nothing)", cmd_extract_usage},
    {"entities", cmd_entities, "list the actors in the store", cmd_entities_usage},
    {"edges", cmd_edges, "list the edges in the store, with their sources and dates", cmd_edges_usage},
    {"stats", cmd_stats, "count what the store holds", cmd_stats_usage},
    {"show", cmd_show, "the edges of an actor, or the mentions between two", cmd_show_usage},
    {"path", cmd_path, "how one actor connects to another, with the evidence", cmd_path_usage},
    {"central", cmd_central, "rank actors by centrality (pagerank, betweenness, ...)", cmd_central_usage},
    {"neighbors", cmd_neighbors, "the actors within N hops of one", cmd_neighbors_usage},
    {"communities", cmd_communities, "blocs of actors (Leiden, fixed seed)", cmd_communities_usage},
    {"export", cmd_export, "write the graph as DOT, GEXF, JSON, GraphML or Neo4j CSV", cmd_export_usage},
    {"merge", cmd_merge, "merge stores built separately into one", cmd_merge_usage},
    {"retract", cmd_retract, "take articles out of the store, with what only they support",
     cmd_retract_usage},
    {"reextract", cmd_reextract,
     "extract stored articles again with today's rules and dictionaries", cmd_reextract_usage},
    {"curate", cmd_curate, "merge, alias, rename entities; kept through re-extraction",
     cmd_curate_usage},
    {"help", cmd_help, "show help for armsgraph or one command", cmd_help_usage},
};
const size_t cli_n_commands = sizeof cli_commands / sizeof cli_commands[0];

const char cmd_help_usage[] = "usage: armsgraph help [COMMAND]\n"
                              "\n"
                              "Lists the commands, or shows the full help of one.\n";

static void print_overview(FILE *out)
{
    size_t i;

    fputs("usage: armsgraph [--version] [--help] COMMAND [OPTIONS]\n"
          "\n"
          "Turns news articles into a knowledge graph of arms transfers, sanctions\n"
          "and attacks, and answers questions about it.\n"
          "\n"
          "Commands:\n",
          out);
    for (i = 0; i < cli_n_commands; i++)
        fprintf(out, "   %-12s %s\n", cli_commands[i].name, cli_commands[i].summary);
    fputs("\n"
          "Options common to the commands that read a store:\n"
          "   --db PATH          the store (default: $ARMSGRAPH_DB, else ./armsgraph.db)\n"
          "   --format FORMAT    table (default), json, or csv (tables as RFC 4180 CSV,\n"
          "                      header row, CRLF line ends, UTF-8)\n"
          "\n"
          "Options may come before or after the arguments; '--' ends them (an actor\n"
          "or a file whose name starts with '-' goes after it). A value follows its\n"
          "option as -oFILE, -o FILE, --output=FILE or --output FILE; short options\n"
          "bundle (-qv); a long option may be shortened while it stays unambiguous.\n"
          "\n"
          "'armsgraph help COMMAND' or 'armsgraph COMMAND --help' shows one command.\n",
          out);
}

int cmd_help(int argc, char **argv)
{
    const cli_command *c;

    if (argc < 2) {
        print_overview(stdout);
        return EXIT_OK;
    }
    if (argc > 2)
        return cli_usage_error("help", "too many arguments");
    c = cli_find(argv[1]);
    if (c == NULL) {
        cli_error(NULL, "'%s' is not a command; see 'armsgraph help'", argv[1]);
        return EXIT_USAGE;
    }
    fputs(c->usage, stdout);
    return EXIT_OK;
}

/* Flushes and closes standard output: a write error (full disk, closed
 * pipe end, /dev/full) turns the exit status to 1 with a message, so that
 * a cut output never passes for a whole one. */
static int finish_stdout(int rc)
{
    int failed = 0, e = 0;

    errno = 0;
    if (fflush(stdout) != 0) {
        failed = 1;
        e = errno;
    }
    if (ferror(stdout)) {
        failed = 1;
        if (e == 0)
            e = cli_stdout_errno;
    }
    errno = 0;
    /* a closed standard output that nothing was written to is no error */
    if (fclose(stdout) != 0 && !failed && errno != EBADF) {
        failed = 1;
        e = errno;
    }
    if (!failed)
        return rc;
    cli_error("standard output", "%s", e != 0 ? strerror(e) : "write error");
    return rc == EXIT_OK ? EXIT_FAIL : rc;
}

static int run(int argc, char **argv)
{
    const cli_command *c;
    int i;

    if (argc < 2) {
        print_overview(stderr);
        return EXIT_USAGE;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
        printf("armsgraph %s\n", AG_VERSION);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        print_overview(stdout);
        return EXIT_OK;
    }
    c = cli_find(argv[1]);
    if (c == NULL) {
        cli_error(NULL, "'%s' is not a command; see 'armsgraph help'", argv[1]);
        return EXIT_USAGE;
    }
    for (i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(c->usage, stdout);
            return EXIT_OK;
        }
    }
    return c->fn(argc - 1, argv + 1);
}

int main(int argc, char **argv)
{
    return finish_stdout(run(argc, argv));
}
