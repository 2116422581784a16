/*
 * test_jsonw.c -- the streaming JSON writer (common/jsonw.c) and the
 * streamed extraction document (ag_extraction_write_json) against cJSON:
 * every byte value in a string, awkward numbers, and made-up extractions
 * with empty, absent and escaped values must print exactly as
 * cJSON_PrintUnformatted prints the tree of ag_extraction_to_json (the
 * output of `extract --jsonl` before the writer). Prints the mismatches and
 * counts; diffed against test_jsonw.out.
 */
#include "ag_ingest.h"

#include <cjson/cJSON.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int bad;

static void same(const char *label, const char *want, const ag_buf *got)
{
    const char *g = got->data != NULL ? got->data : "";

    if (want == NULL || strcmp(want, g) != 0) {
        printf("MISMATCH %s\n  cJSON:  %s\n  writer: %s\n", label, want ? want : "(null)", g);
        bad++;
    }
}

static void one_string(const char *label, const char *s)
{
    cJSON *v = cJSON_CreateString(s);
    char *want = cJSON_PrintUnformatted(v);
    ag_buf b;

    ag_buf_init(&b);
    if (ag_json_str(&b, s) != AG_OK)
        printf("ag_json_str failed\n");
    same(label, want, &b);
    ag_buf_destroy(&b);
    cJSON_free(want);
    cJSON_Delete(v);
}

static int strings(void)
{
    char s[8], label[32];
    int n = 0;

    for (int c = 1; c < 256; c++) {
        snprintf(s, sizeof s, "a%cb", c);
        snprintf(label, sizeof label, "byte %d", c);
        one_string(label, s);
        n++;
    }
    one_string("empty", "");
    one_string("quotes", "\"\\\"\\\\\"");
    one_string("utf-8", "Kyiv \xe2\x80\x94 \xc3\xa9t\xc3\xa9 \xf0\x9f\x9a\x80");
    one_string("controls", "\x01\x02\x1f\t\n\r\b\f\x7f end");
    return n + 4;
}

static int numbers(void)
{
    static const double v[] = {
        0, -0.0, 1, -1, 40, 0.85, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 0.001, 0.999, 123456789012.0,
        250000000, 2147483647.0, 2147483648.0, -2147483648.0, -2147483649.0, 2147483647.5, 1e15,
        1e16, 1e17, 1e300, -1e-300, 5e-324, DBL_MAX, DBL_MIN, 1.5, -7.25, 3.14159265358979,
        0.30000000000000004,
        /* thousandths, written without printf */
        -0.125, -0.001, 0.0005, 123456.789, -999999999.999, 999999999.5, 1000000000.5, 1e-3 * 7};
    ag_buf b;
    char label[64];
    size_t n = sizeof v / sizeof v[0];

    ag_buf_init(&b);
    for (size_t i = 0; i < n + 3; i++) {
        double d = i < n ? v[i] : i == n ? NAN : i == n + 1 ? INFINITY : -INFINITY;
        cJSON *c = cJSON_CreateNumber(d);
        char *want = cJSON_PrintUnformatted(c);
        ag_buf_reset(&b);
        if (ag_json_num(&b, d) != AG_OK)
            printf("ag_json_num failed\n");
        snprintf(label, sizeof label, "number %.17g", d);
        same(label, want, &b);
        cJSON_free(want);
        cJSON_Delete(c);
    }
    /* a sweep of confidences as the extractor rounds them, and of integers */
    for (int k = 0; k <= 1000; k++) {
        double d = k % 2 ? round((k / 1000.0) * 1000.0) / 1000.0 : (k - 500) * 4294967.0;
        cJSON *c = cJSON_CreateNumber(d);
        char *want = cJSON_PrintUnformatted(c);
        ag_buf_reset(&b);
        ag_json_num(&b, d);
        snprintf(label, sizeof label, "sweep %d", k);
        same(label, want, &b);
        cJSON_free(want);
        cJSON_Delete(c);
    }
    ag_buf_destroy(&b);
    return (int)n + 3 + 1001;
}

/* The old `extract --jsonl` line: the tree, "id" inserted first, unformatted. */
static char *tree_line(const ag_extraction *x, const char *id)
{
    cJSON *doc = NULL, *v;
    ag_err err;
    char *s;

    ag_err_clear(&err);
    if (ag_extraction_to_json(x, &doc, &err) != AG_OK)
        return NULL;
    if (id != NULL) {
        v = cJSON_CreateString(id);
        cJSON_InsertItemInArray(doc, 0, v);
        v->string = ag_strdup("id");
    }
    s = cJSON_PrintUnformatted(doc);
    cJSON_Delete(doc);
    return s;
}

static void compare(const char *label, const ag_extraction *x, const char *id)
{
    char *want = tree_line(x, id);
    ag_buf b;
    ag_err err;

    ag_buf_init(&b);
    ag_err_clear(&err);
    if (ag_extraction_write_json(x, id, &b, &err) != AG_OK)
        printf("%s: write_json failed: %s\n", label, err.msg);
    same(label, want, &b);
    printf("%s: %zu bytes, %s\n", label, b.len,
           want && strcmp(want, b.data) == 0 ? "same" : "DIFFERENT");
    ag_buf_destroy(&b);
    free(want);
}

static int build(ag_extraction *x, int variant)
{
    ag_err err;
    ag_mention *m;
    size_t a, b, c;

    ag_err_clear(&err);
    if (ag_article_from_text(&x->article, "Ruritania sent 40 drones to Freedonia, officials said.",
                             54, variant ? "ex \"2\"\\" : "ex-1", variant ? NULL : "2024-06-03",
                             &err) != AG_OK)
        goto fail;
    if (variant == 0) {
        x->article.title = ag_strdup("Drones \"for\"\tFreedonia\n");
        x->article.source = ag_strdup("");
        x->article.url = ag_strdup("https://example.org/a?b=1&c=\\2");
    }
    if (ag_extraction_entity(x, "RUR", "Ruritania", AG_STATE, NULL, &a, &err) ||
        ag_extraction_entity(x, "FRE",
                             variant ? ""
                                     : "Fr\xc3\xa9"
                                       "donia",
                             AG_STATE, NULL, &b, &err) ||
        ag_extraction_entity(x, "Rudolf \"R\"", NULL, AG_PERSON, "RUR", &c, &err))
        goto fail;
    if (ag_entity_add_alias(&x->entities[a], "Ruritania", &err) ||
        ag_entity_add_alias(&x->entities[a], "Ruri\x01tania", &err))
        goto fail;
    if (variant == 1)
        return 0; /* entities, no edges */
    if (ag_extraction_mention(x, &m, &err))
        goto fail;
    m->type = AG_SUPPLIES;
    m->source = a;
    m->target = b;
    m->items = ag_strdup("drones");
    m->category = ag_strdup("drones");
    m->quantity.present = 1;
    m->quantity.value = 40;
    m->quantity.unit = ag_strdup("drones");
    m->quantity.text = ag_strdup("40 drones");
    memcpy(m->date, "2024-06-01", 11);
    m->attribution = ag_strdup("officials");
    m->confidence = 0.85;
    m->sentence = ag_strdup("Ruritania sent 40 \"drones\" to Freedonia,\r\nofficials said.");
    m->start = 0;
    m->end = 54;
    if (ag_extraction_mention(x, &m, &err))
        goto fail;
    m->type = AG_SEEKS_IN_EXCHANGE;
    m->source = c;
    m->target = b;
    m->status = AG_PLANNED;
    m->confidence = 0.1 + 0.2;
    m->quantity.present = 1;
    m->quantity.value = 2.5e9;
    m->quantity.unit = ag_strdup("USD");
    m->quantity.qualifier = ag_strdup("more than");
    if (ag_extraction_mention(x, &m, &err))
        goto fail;
    m->type = AG_ATTACKS;
    m->source = b;
    m->target = a;
    m->confidence = 2.0 / 3;
    m->start = 100000;
    m->end = 100001;
    return 0;
fail:
    printf("build failed: %s\n", err.msg);
    return -1;
}

/* 97 more entities, every third with aliases, and mentions between far
 * apart ones. */
static int many_entities(ag_extraction *x)
{
    ag_err err;
    ag_mention *m;
    char id[16], alias[32];
    size_t k;

    ag_err_clear(&err);
    for (int i = 0; i < 97; i++) {
        snprintf(id, sizeof id, "E%03d", i);
        if (ag_extraction_entity(x, id, NULL, (ag_kind)(i % AG_KIND_COUNT), i % 5 ? NULL : "RUR",
                                 &k, &err))
            goto fail;
        for (int j = 0; i % 3 == 0 && j < 2; j++) {
            snprintf(alias, sizeof alias, "Entity \"%d\" form %d", i, j);
            if (ag_entity_add_alias(&x->entities[k], alias, &err))
                goto fail;
        }
    }
    for (size_t i = 0; i < 12; i++) {
        if (ag_extraction_mention(x, &m, &err))
            goto fail;
        m->type = (ag_edge_type)(i % AG_EDGE_TYPE_COUNT);
        m->source = (i * 37) % x->n_entities;
        m->target = x->n_entities - 1 - (i * 11) % x->n_entities;
        m->confidence = 0.5 + (double)i / 100;
        m->sentence = ag_strdup("Many actors.");
    }
    return 0;
fail:
    printf("many entities failed: %s\n", err.msg);
    return -1;
}

int main(void)
{
    ag_extraction x;
    ag_err err;
    int n;

    n = strings();
    printf("strings compared: %d\n", n);
    n = numbers();
    printf("numbers compared: %d\n", n);

    for (int variant = 0; variant < 2; variant++) {
        char label[32];
        ag_extraction_init(&x);
        if (build(&x, variant) != 0)
            return 1;
        snprintf(label, sizeof label, "extraction %d with id", variant);
        compare(label, &x, x.article.id);
        snprintf(label, sizeof label, "extraction %d without id", variant);
        compare(label, &x, NULL);
        ag_extraction_destroy(&x);
    }
    ag_extraction_init(&x);
    compare("empty extraction", &x, "e");
    ag_extraction_destroy(&x);

    /* more entities than the writer keeps the places of (64): mentions of
     * the first ones copy them, of the others write them again */
    ag_extraction_init(&x);
    if (build(&x, 0) != 0 || many_entities(&x) != 0)
        return 1;
    compare("many entities", &x, "m");
    ag_extraction_destroy(&x);

    /* an edge pointing past the entities is refused, as by the tree */
    ag_extraction_init(&x);
    if (build(&x, 0) != 0)
        return 1;
    x.mentions[1].target = 7;
    {
        ag_buf b;
        ag_buf_init(&b);
        ag_err_clear(&err);
        printf("index out of range: %d %s\n", ag_extraction_write_json(&x, "i", &b, &err), err.msg);
        ag_buf_destroy(&b);
    }
    ag_extraction_destroy(&x);

    printf("mismatches: %d\n", bad);
    return bad != 0;
}
