/*
 * cmd-show.c -- `armsgraph show ACTOR`: the edges in and out of one actor,
 * grouped by type, with counts and dates; `armsgraph show FROM TO`: the
 * mentions (evidence) behind the edges between two actors.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

const char cmd_show_usage[] =
    "usage: armsgraph show ACTOR [FILTER...] [--db PATH] [--format table|json|csv]\n"
    "       armsgraph show FROM TO [FILTER...] [--db PATH] [--format table|json|csv]\n"
    "\n"
    "With one actor: its edges, outgoing then incoming, grouped by type, with\n"
    "their numbers of mentions and articles and the first and last dates.\n"
    "With two: every mention behind the edges between them, both ways,\n"
    "strongest first. Actors are ids, names or aliases, in any case.\n"
    "\n" CLI_FILTER_HELP;

/* edge indices touching v in the given direction, by type then other id */
static const ag_graph *sort_g;
static int sort_out;

static int edge_cmp(const void *x, const void *y)
{
    const ag_gedge *a = &sort_g->edges[*(const size_t *)x];
    const ag_gedge *b = &sort_g->edges[*(const size_t *)y];
    size_t oa = sort_out ? a->to : a->from, ob = sort_out ? b->to : b->from;

    if (a->type != b->type)
        return a->type < b->type ? -1 : 1;
    if (oa != ob)
        return oa < ob ? -1 : 1;
    return 0;
}

static size_t collect(const ag_graph *g, size_t v, int out, size_t *idx)
{
    size_t i, n = 0;

    for (i = 0; i < g->n_edges; i++)
        if ((out ? g->edges[i].from : g->edges[i].to) == v)
            idx[n++] = i;
    sort_g = g;
    sort_out = out;
    qsort(idx, n, sizeof *idx, edge_cmp);
    return n;
}

static void type_summary(const ag_graph *g, const size_t *idx, size_t n, char *buf, size_t cap)
{
    long count[AG_EDGE_TYPE_COUNT] = {0};
    size_t i, len = 0;
    int t, first = 1;

    buf[0] = '\0';
    for (i = 0; i < n; i++)
        count[g->edges[idx[i]].type]++;
    for (t = 0; t < AG_EDGE_TYPE_COUNT; t++) {
        if (count[t] == 0)
            continue;
        len += (size_t)snprintf(buf + len, len < cap ? cap - len : 0, "%s%s %ld",
                                first ? " (" : ", ", ag_edge_type_name((ag_edge_type)t),
                                count[t]);
        first = 0;
    }
    if (!first && len < cap)
        snprintf(buf + len, cap - len, ")");
}

static int show_actor(cli_graph *cg, const char *id, long v, cli_format format)
{
    const ag_graph *g = &cg->g;
    size_t *in = NULL, *out = NULL, nin = 0, nout = 0, i;
    cli_table t;
    char sum_out[256], sum_in[256];
    int rc = EXIT_FAIL, dir;

    cli_table_init(&t, 7);
    t.csv = format == CLI_CSV;
    if (v >= 0) {
        in = malloc((g->n_edges + 1) * sizeof *in);
        out = malloc((g->n_edges + 1) * sizeof *out);
        if (in == NULL || out == NULL)
            goto oom;
        nout = collect(g, (size_t)v, 1, out);
        nin = collect(g, (size_t)v, 0, in);
    }
    if (format == CLI_JSON) {
        cJSON *doc = cJSON_CreateObject();
        if (doc == NULL)
            goto oom;
        if (v >= 0) {
            cJSON_AddItemToObject(doc, "actor", cli_vertex_json(&g->vertices[v]));
        } else {
            cJSON *a = cJSON_AddObjectToObject(doc, "actor");
            if (a != NULL)
                cJSON_AddStringToObject(a, "id", id);
        }
        cJSON_AddItemToObject(doc, "filter", cli_filter_json(&cg->f));
        for (dir = 0; dir < 2; dir++) {
            const size_t *idx = dir == 0 ? out : in;
            size_t n = dir == 0 ? nout : nin;
            cJSON *arr = cJSON_AddArrayToObject(doc, dir == 0 ? "out" : "in");
            for (i = 0; arr != NULL && i < n; i++)
                cJSON_AddItemToArray(arr, cli_gedge_json(g, &g->edges[idx[i]]));
        }
        rc = cli_json_print(doc);
        goto done;
    }
    if (v < 0 && !t.csv) {
        printf("%s: no edge%s\n", cli_clean(id), cli_filter_any(&cg->f) ? " passes the filter" : "");
        rc = EXIT_OK;
        goto done;
    }
    if (!t.csv) {
        type_summary(g, out, nout, sum_out, sizeof sum_out);
        type_summary(g, in, nin, sum_in, sizeof sum_in);
        printf("%s, %s\n", cli_vname(&g->vertices[v]), ag_kind_name(g->vertices[v].kind));
        printf("out: %zu edge%s%s; in: %zu edge%s%s\n\n", nout, nout == 1 ? "" : "s", sum_out,
               nin, nin == 1 ? "" : "s", sum_in);
    }
    t.right_align = (1u << 3) | (1u << 4);
    if (cli_table_rowf(&t, "DIR\tTYPE\tACTOR\tMENTIONS\tARTICLES\tFIRST\tLAST") != AG_OK)
        goto oom;
    for (dir = 0; dir < 2; dir++) {
        const size_t *idx = dir == 0 ? out : in;
        size_t n = dir == 0 ? nout : nin;
        for (i = 0; i < n; i++) {
            const ag_gedge *e = &g->edges[idx[i]];
            if (cli_table_rowf(&t, "%s\t%s\t%s\t%ld\t%ld\t%s\t%s", dir == 0 ? "out" : "in",
                               ag_edge_type_name(e->type),
                               cli_vname(&g->vertices[dir == 0 ? e->to : e->from]), e->mentions,
                               e->articles, e->first[0] ? e->first : "-",
                               e->last[0] ? e->last : "-") != AG_OK)
                goto oom;
        }
    }
    cli_table_print(&t, stdout);
    rc = EXIT_OK;
    goto done;
oom:
    cli_error(NULL, "out of memory");
    rc = EXIT_FAIL;
done:
    cli_table_destroy(&t);
    free(in);
    free(out);
    return rc;
}

/* show FROM TO --format csv: one table of every mention, edge by edge. */
static int pair_csv(cli_graph *cg, const size_t *idx, size_t n)
{
    const ag_graph *g = &cg->g;
    cli_table t;
    ag_err err;
    int rc = EXIT_OK;

    cli_table_init(&t, 15);
    t.csv = 1;
    if (cli_table_rowf(&t,
                       "type\tsource\ttarget\tdate\tarticle\ttitle\turl\tstatus\t"
                       "confidence\tattribution\titems\tquantity\tstart\tend\tsentence") != AG_OK)
        rc = EXIT_FAIL;
    for (size_t i = 0; i < n && rc == EXIT_OK; i++) {
        const ag_gedge *e = &g->edges[idx[i]];
        ag_mention_row *rows = NULL;
        size_t nr = 0;

        ag_err_clear(&err);
        if (ag_store_mentions(cg->store, e->id, &cg->f, &rows, &nr, &err) != AG_OK) {
            cli_error_err(&err);
            cli_table_destroy(&t);
            return EXIT_FAIL;
        }
        for (size_t j = 0; j < nr && rc == EXIT_OK; j++) {
            const ag_mention_row *m = &rows[j];
            char conf[32], start[32] = "", end[32] = "";

            snprintf(conf, sizeof conf, "%.2f", m->confidence);
            if (m->start >= 0 && m->end >= 0) {
                snprintf(start, sizeof start, "%lld", m->start);
                snprintf(end, sizeof end, "%lld", m->end);
            }
            if (cli_table_row(
                    &t, (const char *const[]){ag_edge_type_name(e->type), g->vertices[e->from].id,
                                              g->vertices[e->to].id, m->date[0] ? m->date : NULL,
                                              m->article_id, m->article_title, m->article_url,
                                              ag_status_name(m->status), conf, m->attribution,
                                              m->items, m->quantity, start[0] ? start : NULL,
                                              end[0] ? end : NULL, m->sentence}) != AG_OK)
                rc = EXIT_FAIL;
        }
        ag_mention_rows_free(rows, nr);
    }
    if (rc == EXIT_OK)
        cli_table_print(&t, stdout);
    else
        cli_error(NULL, "out of memory");
    cli_table_destroy(&t);
    return rc;
}

static int show_pair(cli_graph *cg, long a, long b, const char *ida, const char *idb,
                     cli_format format)
{
    const ag_graph *g = &cg->g;
    size_t *idx = NULL, n = 0, i, j;
    cJSON *doc = NULL, *arr = NULL;
    ag_err err;
    int rc = EXIT_FAIL;

    idx = malloc((g->n_edges + 1) * sizeof *idx);
    if (idx == NULL)
        goto oom;
    if (a >= 0 && b >= 0) {
        /* a -> b first, then b -> a; each by type */
        size_t *tmp = malloc((g->n_edges + 1) * sizeof *tmp);
        size_t m;
        if (tmp == NULL)
            goto oom;
        m = collect(g, (size_t)a, 1, tmp);
        for (i = 0; i < m; i++)
            if (g->edges[tmp[i]].to == (size_t)b)
                idx[n++] = tmp[i];
        m = collect(g, (size_t)b, 1, tmp);
        for (i = 0; i < m; i++)
            if (g->edges[tmp[i]].to == (size_t)a && a != b)
                idx[n++] = tmp[i];
        free(tmp);
    }
    if (n == 0) {
        cli_error(NULL, "no edge between %s and %s%s", a >= 0 ? cli_vname(&g->vertices[a]) : cli_clean(ida),
                  b >= 0 ? cli_vname(&g->vertices[b]) : cli_clean(idb),
                  cli_filter_any(&cg->f) ? " passes the filter" : "");
        goto done;
    }
    if (format == CLI_CSV) {
        rc = pair_csv(cg, idx, n);
        goto done;
    }
    if (format == CLI_JSON) {
        doc = cJSON_CreateObject();
        if (doc == NULL)
            goto oom;
        cJSON_AddItemToObject(doc, "actors", cJSON_CreateArray());
        cJSON_AddItemToArray(cJSON_GetObjectItem(doc, "actors"), cli_vertex_json(&g->vertices[a]));
        cJSON_AddItemToArray(cJSON_GetObjectItem(doc, "actors"), cli_vertex_json(&g->vertices[b]));
        cJSON_AddItemToObject(doc, "filter", cli_filter_json(&cg->f));
        arr = cJSON_AddArrayToObject(doc, "edges");
    }
    for (i = 0; i < n; i++) {
        const ag_gedge *e = &g->edges[idx[i]];
        ag_mention_row *rows = NULL;
        size_t nr = 0;
        cli_table t;

        ag_err_clear(&err);
        if (ag_store_mentions(cg->store, e->id, &cg->f, &rows, &nr, &err) != AG_OK) {
            cli_error_err(&err);
            goto done;
        }
        if (format == CLI_JSON) {
            cJSON *o = cli_gedge_json(g, e), *ms;
            if (o != NULL) {
                ms = cJSON_AddArrayToObject(o, "mentions");
                for (j = 0; ms != NULL && j < nr; j++)
                    cJSON_AddItemToArray(ms, cli_mention_json(&rows[j]));
                cJSON_AddItemToArray(arr, o);
            }
            ag_mention_rows_free(rows, nr);
            continue;
        }
        printf("%s%s \xe2\x80\x94%s\xe2\x86\x92 %s: %ld mention%s in %ld article%s\n", i ? "\n" : "",
               cli_vname(&g->vertices[e->from]), ag_edge_type_name(e->type),
               cli_vname(&g->vertices[e->to]), e->mentions, e->mentions == 1 ? "" : "s",
               e->articles, e->articles == 1 ? "" : "s");
        if (e->items != NULL)
            printf("  items: %s\n", cli_clean(e->items));
        if (e->quantity != NULL)
            printf("  quantity: %s\n", cli_clean(e->quantity));
        cli_table_init(&t, 5);
        cli_table_rowf(&t, "  date\tarticle\tstatus\tconf.\tsentence");
        for (j = 0; j < nr; j++) {
            const ag_mention_row *m = &rows[j];
            cli_table_rowf(&t, "  %s\t%s\t%s\t%.2f\t%s", m->date[0] ? m->date : "-",
                           cli_clean(m->article_id), ag_status_name(m->status), m->confidence,
                           m->sentence != NULL ? cli_clean(m->sentence) : "-");
        }
        cli_table_print(&t, stdout);
        cli_table_destroy(&t);
        ag_mention_rows_free(rows, nr);
    }
    rc = format == CLI_JSON ? cli_json_print(doc) : EXIT_OK;
    doc = NULL;
    goto done;
oom:
    cli_error(NULL, "out of memory");
    rc = EXIT_FAIL;
done:
    cJSON_Delete(doc);
    free(idx);
    return rc;
}

int cmd_show(int argc, char **argv)
{
    const char *cmd = "show";
    const char *names[2] = {NULL, NULL};
    char *ids[2] = {NULL, NULL};
    long vs[2] = {-1, -1};
    cli_common c;
    ag_filter f;
    cli_graph cg;
    cli_args args;
    int r, rc = EXIT_FAIL, npos, k;

    cli_common_init(&c);
    ag_filter_init(&f);
    if (cli_args_init(&args, cmd, argc, argv, NULL, CLI_OPTS_COMMON | CLI_OPTS_FILTER, &c, &f) !=
        EXIT_OK)
        return EXIT_FAIL;
    r = cli_args_next(&args); /* no option of its own: 0 or -1 */
    npos = args.npos < 2 ? args.npos : 2;
    for (k = 0; k < npos; k++)
        names[k] = args.pos[k];
    if (cli_args_end(&args, r, 2) != EXIT_OK)
        return EXIT_USAGE;
    if (npos == 0)
        return cli_usage_error(cmd, "needs an actor, or two");
    if (cli_filter_check(cmd, &f) != 0)
        return EXIT_USAGE;
    if (cli_graph_open(&cg, c.db, &f) != EXIT_OK)
        return EXIT_FAIL;
    cg.format = c.format;
    for (k = 0; k < npos; k++)
        if (cli_graph_actor(&cg, names[k], &ids[k], &vs[k]) != EXIT_OK)
            goto out;
    if (npos == 1)
        rc = show_actor(&cg, ids[0], vs[0], c.format);
    else
        rc = show_pair(&cg, vs[0], vs[1], ids[0], ids[1], c.format);
out:
    free(ids[0]);
    free(ids[1]);
    cli_graph_close(&cg);
    return rc;
}
