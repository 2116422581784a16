/*
 * util.c -- option parsing, error printing, JSON output and the aligned
 * table printer shared by every subcommand.
 */
#include "ag_ingest.h"
#include "ag_export.h"
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

int cli_stdout_errno;

/* Whether code point cp must not reach a terminal as it is: C0 and C1
 * controls, DEL, and the bidirectional controls that would reorder the
 * rest of a line (U+061C, U+200E/F, U+202A-E, U+2066-9) or break it
 * (U+2028/9). */
static int cp_escaped(unsigned long cp)
{
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0x61c || cp == 0x200e || cp == 0x200f ||
           (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 ||
           cp == 0x2029;
}

char *cli_escape(const char *s)
{
    ag_buf b;
    const unsigned char *p = (const unsigned char *)s, *end = p + strlen(s);

    ag_buf_init(&b);
    if (ag_buf_reserve(&b, (size_t)(end - p)) != AG_OK)
        return NULL;
    while (*p) {
        unsigned long cp;
        size_t n = ag_utf8_decode(p, (size_t)(end - p), &cp);
        int rc;

        if (n == 0) {
            rc = ag_buf_putc(&b, '?'); /* not UTF-8 */
            n = 1;
        } else if (cp == '\n' || cp == '\t' || cp == '\r') {
            rc = ag_buf_putc(&b, ' '); /* one row, one line */
        } else if (cp_escaped(cp)) {
            rc = ag_buf_printf(&b, "\\u%04lx", cp);
        } else {
            rc = ag_buf_append(&b, (const char *)p, n);
        }
        if (rc != AG_OK) {
            ag_buf_destroy(&b);
            return NULL;
        }
        p += n;
    }
    return ag_buf_steal(&b);
}

/* Prints one line to stderr with control characters made harmless. */
static void error_line(const char *text)
{
    char *copy = cli_escape(text);

    if (copy == NULL) {
        fputs("armsgraph: out of memory\n", stderr);
        return;
    }
    fprintf(stderr, "%s\n", copy);
    free(copy);
}

void cli_error(const char *what, const char *fmt, ...)
{
    ag_buf b;
    va_list ap;
    int n;

    ag_buf_init(&b);
    ag_buf_puts(&b, "armsgraph: ");
    if (what != NULL)
        ag_buf_printf(&b, "%s: ", what);
    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n >= 0 && ag_buf_reserve(&b, (size_t)n) == AG_OK) {
        va_start(ap, fmt);
        vsnprintf(b.data + b.len, (size_t)n + 1, fmt, ap);
        va_end(ap);
        b.len += (size_t)n;
    }
    error_line(b.data != NULL ? b.data : "armsgraph: out of memory");
    ag_buf_destroy(&b);
}

void cli_warn_limits(const char *where, const ag_extraction *x)
{
    if (x->n_long_sentences > 0)
        cli_error(where,
                  "warning: %zu sentence%s longer than %d bytes not read (limit: docs/limits.md)",
                  x->n_long_sentences, x->n_long_sentences == 1 ? "" : "s", AG_MAX_SENTENCE_BYTES);
    if (x->n_dropped_names > 0)
        cli_error(where,
                  "warning: %zu unknown name%s past the per-article bound not considered "
                  "(limit: docs/limits.md)",
                  x->n_dropped_names, x->n_dropped_names == 1 ? "" : "s");
}

void cli_error_err(const ag_err *err)
{
    cli_error(NULL, "%s", err->msg[0] ? err->msg : ag_code_name(err->code));
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;

    fprintf(stderr, "armsgraph %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'armsgraph %s --help'.\n", cmd);
    return EXIT_USAGE;
}

void cli_common_init(cli_common *c)
{
    c->db = NULL;
    c->format = CLI_TABLE;
    c->quiet = 0;
    c->verbose = 0;
}

/* ---- options (getopt_long) ---------------------------------------------- */

/* ids of the group options; a command's own are below */
enum {
    ID_DB = 900,
    ID_FORMAT,
    ID_QUIET,
    ID_VERBOSE,
    ID_TYPE,
    ID_KIND,
    ID_SINCE,
    ID_UNTIL,
    ID_MIN_SOURCES
};

static const cli_opt common_opts[] = {{"db", 0, 1, ID_DB},
                                      {"format", 0, 1, ID_FORMAT},
                                      {"quiet", 'q', 0, ID_QUIET},
                                      {"verbose", 'v', 0, ID_VERBOSE},
                                      {NULL, 0, 0, 0}};
static const cli_opt filter_opts[] = {{"type", 0, 1, ID_TYPE},
                                      {"kind", 0, 1, ID_KIND},
                                      {"since", 0, 1, ID_SINCE},
                                      {"until", 0, 1, ID_UNTIL},
                                      {"min-sources", 0, 1, ID_MIN_SOURCES},
                                      {NULL, 0, 0, 0}};
static const cli_opt kind_opts[] = {{"kind", 0, 1, ID_KIND}, {NULL, 0, 0, 0}};

/* getopt_long's val for the long option at index i: LONG_VAL + i */
enum { LONG_VAL = 1000 };

static int add_opts(cli_args *p, const cli_opt *o)
{
    for (; o != NULL && o->name != NULL; o++) {
        size_t k;
        if (p->n >= CLI_MAX_OPTS)
            return -1;
        p->ent[p->n] = o;
        p->lo[p->n].name = o->name;
        p->lo[p->n].has_arg = o->has_value ? required_argument : no_argument;
        p->lo[p->n].flag = NULL;
        p->lo[p->n].val = LONG_VAL + p->n;
        p->n++;
        if (o->letter != 0) {
            k = strlen(p->shorts);
            p->shorts[k++] = (char)o->letter;
            if (o->has_value)
                p->shorts[k++] = ':';
            p->shorts[k] = '\0';
        }
    }
    return 0;
}

int cli_args_init(cli_args *p, const char *cmd, int argc, char **argv, const cli_opt *opts,
                  unsigned groups, cli_common *c, ag_filter *f)
{
    memset(p, 0, sizeof *p);
    p->cmd = cmd;
    p->argc = argc;
    p->argv = argv;
    p->c = c;
    p->f = f;
    /* '-': the arguments come back in order, one by one (no permutation,
     * whatever POSIXLY_CORRECT says); ':': a missing value is told apart */
    strcpy(p->shorts, "-:");
    if (((groups & CLI_OPTS_COMMON) && add_opts(p, common_opts) != 0) ||
        ((groups & CLI_OPTS_FILTER) && add_opts(p, filter_opts) != 0) ||
        ((groups & CLI_OPTS_KIND) && add_opts(p, kind_opts) != 0) || add_opts(p, opts) != 0) {
        cli_error(NULL, "%s: too many options (CLI_MAX_OPTS)", cmd);
        return EXIT_FAIL;
    }
    p->lo[p->n].name = NULL;
    p->pos = calloc((size_t)argc + 1, sizeof *p->pos);
    if (p->pos == NULL) {
        cli_error(NULL, "out of memory");
        return EXIT_FAIL;
    }
    optind = 0; /* glibc: start over, reading the option string again */
    opterr = 0; /* the messages are ours */
    return EXIT_OK;
}

void cli_args_destroy(cli_args *p)
{
    if (p == NULL)
        return;
    free(p->pos);
    p->pos = NULL;
}

/* the entry of a short option letter, or NULL */
static const cli_opt *find_letter(const cli_args *p, int letter)
{
    for (int i = 0; i < p->n; i++)
        if (p->ent[i]->letter == letter)
            return p->ent[i];
    return NULL;
}

/* The usage error of getopt_long's '?' or ':'. */
static int bad_option(cli_args *p, int ch)
{
    const char *cmd = p->cmd;
    int opt = optopt;

    if (opt >= LONG_VAL && opt < LONG_VAL + p->n) { /* a long option's value */
        const char *name = p->ent[opt - LONG_VAL]->name;
        if (ch == ':')
            return cli_usage_error(cmd, "option '--%s' needs a value", name);
        return cli_usage_error(cmd, "option '--%s' takes no value", name);
    }
    if (opt != 0) { /* a short option */
        if (ch == ':')
            return cli_usage_error(cmd, "option '-%c' needs a value", opt);
        return cli_usage_error(cmd, "unknown option '-%c'", opt);
    }
    /* an unknown or ambiguous long option: the word getopt_long passed */
    {
        const char *a = optind > 0 && optind <= p->argc ? p->argv[optind - 1] : "--?";
        size_t len, n = 0;
        char alts[400] = "";

        if (strncmp(a, "--", 2) != 0)
            return cli_usage_error(cmd, "unknown option '%s'", a);
        len = strcspn(a + 2, "=");
        for (int i = 0; i < p->n; i++) {
            size_t k = strlen(alts);
            if (strncmp(p->ent[i]->name, a + 2, len) == 0 && k + 40 < sizeof alts) {
                snprintf(alts + k, sizeof alts - k, "%s--%s", n ? ", " : "", p->ent[i]->name);
                n++;
            }
        }
        if (n > 1)
            return cli_usage_error(cmd, "ambiguous option '%.*s' (%s)", (int)len + 2, a, alts);
        return cli_usage_error(cmd, "unknown option '%.*s'", (int)len + 2, a);
    }
}

static int set_format(cli_args *p, const char *v)
{
    if (strcmp(v, "table") == 0)
        p->c->format = CLI_TABLE;
    else if (strcmp(v, "json") == 0)
        p->c->format = CLI_JSON;
    else if (strcmp(v, "csv") == 0)
        p->c->format = CLI_CSV;
    else
        return cli_usage_error(p->cmd, "unknown format '%s' (table, json or csv)", v);
    return EXIT_OK;
}

int cli_args_next(cli_args *p)
{
    for (;;) {
        int ch = getopt_long(p->argc, p->argv, p->shorts, p->lo, NULL);
        const cli_opt *o;

        if (ch == -1) { /* the end, or "--": what is left are arguments */
            while (optind < p->argc)
                p->pos[p->npos++] = p->argv[optind++];
            return 0;
        }
        if (ch == 1) { /* an argument, in its place */
            p->pos[p->npos++] = optarg;
            continue;
        }
        if (ch == '?' || ch == ':') {
            bad_option(p, ch);
            return -1;
        }
        if (ch >= LONG_VAL && ch < LONG_VAL + p->n) {
            o = p->ent[ch - LONG_VAL];
            snprintf(p->namebuf, sizeof p->namebuf, "--%s", o->name);
        } else {
            o = find_letter(p, ch);
            if (o == NULL) {
                bad_option(p, '?');
                return -1;
            }
            snprintf(p->namebuf, sizeof p->namebuf, "-%c", ch);
        }
        p->name = p->namebuf;
        p->value = optarg;
        switch (o->id) {
        case ID_DB:
            p->c->db = optarg;
            break;
        case ID_FORMAT:
            if (set_format(p, optarg) != EXIT_OK)
                return -1;
            break;
        case ID_QUIET:
            p->c->quiet = 1;
            break;
        case ID_VERBOSE:
            p->c->verbose = 1;
            break;
        case ID_TYPE:
        case ID_KIND:
        case ID_SINCE:
        case ID_UNTIL:
        case ID_MIN_SOURCES:
            snprintf(p->namebuf, sizeof p->namebuf, "--%s", o->name);
            if (cli_filter_opt(p->cmd, p->namebuf, optarg, p->f) < 0)
                return -1;
            break;
        default:
            return o->id;
        }
    }
}

int cli_args_max(const cli_args *p, int max)
{
    if (p->npos > max)
        return cli_usage_error(p->cmd, "unexpected argument '%s'", p->pos[max]);
    return EXIT_OK;
}

int cli_args_end(cli_args *p, int r, int max)
{
    int rc = r < 0 ? EXIT_USAGE : cli_args_max(p, max);

    cli_args_destroy(p);
    return rc == EXIT_OK ? EXIT_OK : EXIT_USAGE;
}

const cli_command *cli_find(const char *name)
{
    size_t i;

    for (i = 0; i < cli_n_commands; i++)
        if (strcmp(cli_commands[i].name, name) == 0)
            return &cli_commands[i];
    return NULL;
}

int cli_help(const char *cmd)
{
    const cli_command *c = cli_find(cmd);

    if (c != NULL)
        fputs(c->usage, stdout);
    return EXIT_OK;
}

int cli_parse_int(const char *cmd, const char *opt, const char *s, long min, long max, long *out)
{
    char *end;
    long v;

    errno = 0;
    v = strtol(s, &end, 10);
    if (errno != 0 || end == s || *end != '\0' || v < min || v > max)
        return cli_usage_error(cmd, "%s takes a whole number from %ld to %ld, not '%s'", opt, min,
                               max, s);
    *out = v;
    return EXIT_OK;
}

int cli_json_print(cJSON *doc)
{
    char *s;

    if (doc == NULL) {
        cli_error(NULL, "out of memory");
        return EXIT_FAIL;
    }
    s = cJSON_Print(doc);
    cJSON_Delete(doc);
    if (s == NULL) {
        cli_error(NULL, "out of memory");
        return EXIT_FAIL;
    }
    errno = 0;
    if (fputs(s, stdout) == EOF || fputc('\n', stdout) == EOF)
        cli_stdout_errno = errno;
    cJSON_free(s);
    return EXIT_OK;
}

void cli_json_failure(const char *error, const char *message, const char *k1, const char *v1,
                      const char *k2, const char *v2)
{
    cJSON *o = cJSON_CreateObject();

    if (o == NULL)
        return;
    cJSON_AddStringToObject(o, "error", error);
    if (k1 != NULL)
        cJSON_AddStringToObject(o, k1, v1);
    if (k2 != NULL)
        cJSON_AddStringToObject(o, k2, v2);
    cJSON_AddStringToObject(o, "message", message);
    cli_json_print(o);
}

/* ---- tables ------------------------------------------------------------- */

void cli_table_init(cli_table *t, size_t ncols)
{
    t->ncols = ncols;
    t->cells = NULL;
    t->nrows = 0;
    t->cap = 0;
    t->right_align = 0;
    t->csv = 0;
}

void cli_table_destroy(cli_table *t)
{
    size_t i;
    int csv;

    if (t == NULL)
        return;
    for (i = 0; i < t->nrows * t->ncols; i++)
        free(t->cells[i]);
    free(t->cells);
    csv = t->csv;
    cli_table_init(t, t->ncols);
    t->csv = csv;
}

int cli_table_row(cli_table *t, const char *const *cols)
{
    size_t j;

    if (t->nrows == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 16;
        char **p = realloc(t->cells, cap * t->ncols * sizeof *p);
        if (p == NULL)
            return AG_ERR_NOMEM;
        t->cells = p;
        t->cap = cap;
    }
    for (j = 0; j < t->ncols; j++) {
        char *s = cli_escape(cols[j] != NULL ? cols[j] : "-");
        if (s == NULL) {
            while (j-- > 0)
                free(t->cells[t->nrows * t->ncols + j]);
            return AG_ERR_NOMEM;
        }
        t->cells[t->nrows * t->ncols + j] = s;
    }
    t->nrows++;
    return AG_OK;
}

int cli_table_rowf(cli_table *t, const char *fmt, ...)
{
    ag_buf b;
    va_list ap;
    const char *cols[32];
    size_t n = 0;
    int rc;
    int len;
    char *p;

    ag_buf_init(&b);
    va_start(ap, fmt);
    len = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (len < 0 || ag_buf_reserve(&b, (size_t)len) != AG_OK) {
        ag_buf_destroy(&b);
        return AG_ERR_NOMEM;
    }
    va_start(ap, fmt);
    vsnprintf(b.data, (size_t)len + 1, fmt, ap);
    va_end(ap);
    b.len = (size_t)len;
    p = b.data;
    cols[n++] = p;
    for (; *p && n < 32; p++) {
        if (*p == '\t') {
            *p = '\0';
            cols[n++] = p + 1;
        }
    }
    while (n < t->ncols && n < 32)
        cols[n++] = "";
    rc = cli_table_row(t, cols);
    ag_buf_destroy(&b);
    return rc;
}

/* display width of UTF-8 text: one column per code point */
static size_t display_width(const char *s)
{
    size_t w = 0;

    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            w++;
    return w;
}

int cli_no_csv(const char *cmd, const cli_common *c)
{
    if (c->format == CLI_CSV)
        return cli_usage_error(cmd, "--format csv: this command prints no table (table or json)");
    return EXIT_OK;
}

/* The table as RFC 4180 CSV (see cli_table_print). */
static void table_csv(const cli_table *t, FILE *out)
{
    ag_buf line;

    ag_buf_init(&line);
    for (size_t i = 0; i < t->nrows; i++) {
        ag_buf_reset(&line);
        for (size_t j = 0; j < t->ncols; j++) {
            const char *c = t->cells[i * t->ncols + j];
            if (j > 0)
                ag_buf_putc(&line, ',');
            if (i == 0) {
                ag_buf cell;
                ag_buf_init(&cell);
                for (; *c == ' '; c++) /* a table's indent */
                    ;
                for (; *c; c++)
                    ag_buf_putc(&cell, *c >= 'A' && *c <= 'Z' ? (char)(*c - 'A' + 'a') : *c);
                ag_export_csv_field(&line, cell.data);
                ag_buf_destroy(&cell);
            } else if (strcmp(c, "-") != 0) {
                ag_export_csv_field(&line, c);
            }
        }
        ag_buf_puts(&line, AG_CSV_EOL);
        fwrite(line.data, 1, line.len, out);
    }
    ag_buf_destroy(&line);
}

void cli_table_print(const cli_table *t, FILE *out)
{
    size_t widths[32] = {0};
    size_t i, j, nc = t->ncols < 32 ? t->ncols : 32;

    if (t->csv) {
        table_csv(t, out);
        return;
    }
    for (i = 0; i < t->nrows; i++)
        for (j = 0; j < nc; j++) {
            size_t w = display_width(t->cells[i * t->ncols + j]);
            if (w > widths[j])
                widths[j] = w;
        }
    for (i = 0; i < t->nrows; i++) {
        for (j = 0; j < nc; j++) {
            const char *c = t->cells[i * t->ncols + j];
            size_t pad = widths[j] - display_width(c);
            int last = j + 1 == nc;
            if (t->right_align & (1u << j)) {
                fprintf(out, "%*s%s", (int)pad, "", c);
            } else {
                fputs(c, out);
                if (!last)
                    fprintf(out, "%*s", (int)pad, "");
            }
            if (!last)
                fputs("  ", out);
        }
        fputc('\n', out);
    }
}
