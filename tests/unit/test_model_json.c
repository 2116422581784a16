/*
 * test_model_json.c -- the extraction model (names, parsing, entities found
 * or added by id, aliases, the mention limit) and its JSON form: printed,
 * read back and printed again identically; bad documents refused with the
 * place and the reason. Prints results; diffed against test_model_json.out.
 */
#include "ag_ingest.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void names(void)
{
    ag_edge_type t;
    ag_kind k;
    ag_status s;

    for (int i = 0; i < AG_EDGE_TYPE_COUNT; i++) {
        int rc = ag_edge_type_parse(ag_edge_type_name((ag_edge_type)i), &t);
        printf("type %d %s parse %d -> %d\n", i, ag_edge_type_name((ag_edge_type)i), rc, (int)t);
    }
    for (int i = 0; i < AG_KIND_COUNT; i++) {
        int rc = ag_kind_parse(ag_kind_name((ag_kind)i), &k);
        printf("kind %d %s parse %d -> %d\n", i, ag_kind_name((ag_kind)i), rc, (int)k);
    }
    for (int i = 0; i < 2; i++) {
        int rc = ag_status_parse(ag_status_name((ag_status)i), &s);
        printf("status %d %s parse %d -> %d\n", i, ag_status_name((ag_status)i), rc, (int)s);
    }
    printf("bad names: %s %s %s\n", ag_edge_type_name((ag_edge_type)7), ag_kind_name((ag_kind)9),
           ag_status_name((ag_status)5));
    printf("bad parses: %d %d %d %d\n", ag_edge_type_parse("Supplies", &t),
           ag_edge_type_parse(NULL, &t), ag_kind_parse("country", &k),
           ag_status_parse("alleged", &s));
}

static char *dup_printf_json(const ag_extraction *x)
{
    cJSON *doc = NULL;
    ag_err err;
    char *s;

    ag_err_clear(&err);
    if (ag_extraction_to_json(x, &doc, &err) != AG_OK) {
        printf("to_json failed: %s\n", err.msg);
        return NULL;
    }
    s = cJSON_Print(doc);
    cJSON_Delete(doc);
    return s;
}

/* Builds the extraction of a made-up article. */
static int build(ag_extraction *x)
{
    ag_err err;
    ag_mention *m;
    size_t a, b, c, again;

    ag_err_clear(&err);
    if (ag_article_from_text(&x->article, "Ruritania sent 40 drones to Freedonia, officials said.",
                             54, "ex-1", "2024-06-03", &err) != AG_OK)
        goto fail;
    x->article.title = ag_strdup("Drones for Freedonia");
    x->article.source = ag_strdup("Test Wire");
    if (ag_extraction_entity(x, "RUR", "Ruritania", AG_STATE, NULL, &a, &err) ||
        ag_extraction_entity(x, "FRE", "Freedonia", AG_STATE, NULL, &b, &err) ||
        ag_extraction_entity(x, "Rudolf Rassendyll", NULL, AG_PERSON, "RUR", &c, &err) ||
        ag_extraction_entity(x, "RUR", "ignored", AG_ORGANIZATION, NULL, &again, &err))
        goto fail;
    printf("indexes %zu %zu %zu, again %zu, n %zu, person name '%s' state %s\n", a, b, c, again,
           x->n_entities, x->entities[c].name, x->entities[c].state);
    if (ag_entity_add_alias(&x->entities[a], "Ruritania", &err) ||
        ag_entity_add_alias(&x->entities[a], "RURITANIA", &err) ||
        ag_entity_add_alias(&x->entities[a], "Ruritanian", &err) ||
        ag_entity_add_alias(&x->entities[a], "Strelsau", &err) ||
        ag_entity_add_alias(&x->entities[a], "", &err))
        goto fail;
    printf("aliases of RUR: %zu\n", x->entities[a].n_aliases);

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
    m->sentence = ag_strdup("Ruritania sent 40 drones to Freedonia, officials said.");
    m->start = 0;
    m->end = 54;

    if (ag_extraction_mention(x, &m, &err))
        goto fail;
    m->type = AG_SEEKS_IN_EXCHANGE;
    m->source = a;
    m->target = b;
    m->status = AG_PLANNED;
    m->confidence = 0.1 + 0.2; /* prints as 0.3 */
    m->quantity.present = 1;
    m->quantity.value = 250000000;
    m->quantity.unit = ag_strdup("USD");
    m->quantity.qualifier = ag_strdup("more than");
    return 0;
fail:
    printf("build failed: %s\n", err.msg);
    return -1;
}

static void bad_doc(const char *label, const char *json)
{
    cJSON *doc = cJSON_Parse(json);
    ag_extraction x;
    ag_err err;
    int rc;

    if (doc == NULL) {
        printf("%-18s -> test JSON does not parse\n", label);
        return;
    }
    ag_err_clear(&err);
    rc = ag_extraction_from_json(&x, doc, &err);
    if (rc == AG_OK) {
        printf("%-18s -> ok, %zu entities %zu edges\n", label, x.n_entities, x.n_mentions);
        ag_extraction_destroy(&x);
    } else {
        printf("%-18s -> %d %s\n", label, rc, err.msg);
    }
    cJSON_Delete(doc);
}

#define ART "\"article\":{\"id\":\"t\"}"
#define ENTS                                                                                       \
    "\"entities\":[{\"id\":\"AAA\",\"kind\":\"state\"},{\"id\":\"BBB\",\"kind\":\"state\"}]"
#define REFS "\"source\":{\"id\":\"AAA\"},\"target\":{\"id\":\"BBB\"}"

int main(void)
{
    ag_extraction x, y;
    ag_mention *m;
    ag_err err;
    char *first, *second;
    cJSON *doc;
    int rc = 0;

    names();

    ag_extraction_init(&x);
    if (build(&x) != 0)
        return 1;
    first = dup_printf_json(&x);
    printf("%s\n", first);

    doc = cJSON_Parse(first);
    ag_err_clear(&err);
    if (ag_extraction_from_json(&y, doc, &err) != AG_OK) {
        printf("from_json failed: %s\n", err.msg);
        rc = 1;
    } else {
        second = dup_printf_json(&y);
        printf("round trip identical: %s\n", strcmp(first, second) == 0 ? "yes" : "no");
        printf("read back: text %s, sha %.12s, %zu entities, %zu edges, date %s, offsets %zu-%zu\n",
               y.article.text ? "set" : "NULL", y.article.sha256, y.n_entities, y.n_mentions,
               y.mentions[0].date, y.mentions[0].start, y.mentions[0].end);
        free(second);
        ag_extraction_destroy(&y);
    }
    cJSON_Delete(doc);
    free(first);
    ag_extraction_destroy(&x);
    ag_extraction_destroy(&x); /* twice is fine */
    ag_extraction_destroy(NULL);

    /* the mention limit */
    ag_extraction_init(&x);
    for (int i = 0; i <= AG_MAX_MENTIONS; i++) {
        ag_err_clear(&err);
        if (ag_extraction_mention(&x, &m, &err) != AG_OK) {
            printf("mention %d: %d %s\n", i + 1, err.code, err.msg);
            break;
        }
        m->sentence = ag_strdup("s");
    }
    printf("mentions kept: %zu\n", x.n_mentions);
    ag_extraction_destroy(&x);

    /* entities need an id */
    ag_extraction_init(&x);
    ag_err_clear(&err);
    printf("entity without id: %d %s\n",
           ag_extraction_entity(&x, "", "x", AG_STATE, NULL, NULL, &err), err.msg);
    ag_extraction_destroy(&x);

    /* documents that must be refused, and lenient ones */
    bad_doc("minimal", "{" ART ",\"edges\":[]}");
    bad_doc("defaults", "{" ART "," ENTS ",\"edges\":[{\"type\":\"attacks\"," REFS "}]}");
    bad_doc("new entity by ref",
            "{" ART ",\"edges\":[{\"type\":\"sanctions\",\"source\":{\"id\":\"USA\",\"kind\":"
            "\"state\"},\"target\":{\"id\":\"Acme Corp\",\"kind\":\"organization\"}}]}");
    bad_doc("month date",
            "{" ART "," ENTS ",\"edges\":[{\"type\":\"attacks\"," REFS ",\"date\":\"2024-02\"}]}");
    bad_doc("bad month date",
            "{" ART "," ENTS ",\"edges\":[{\"type\":\"attacks\"," REFS ",\"date\":\"2024-13\"}]}");
    bad_doc("not an object", "[1]");
    bad_doc("no article", "{\"edges\":[]}");
    bad_doc("article no id", "{\"article\":{\"title\":\"x\"},\"edges\":[]}");
    bad_doc("bad sha", "{\"article\":{\"id\":\"t\",\"sha256\":\"abc\"},\"edges\":[]}");
    bad_doc("bad published",
            "{\"article\":{\"id\":\"t\",\"published\":\"2023-02-29\"},\"edges\":[]}");
    bad_doc("no edges", "{" ART "}");
    bad_doc("edges object", "{" ART ",\"edges\":{}}");
    bad_doc("entity kind", "{" ART ",\"entities\":[{\"id\":\"A\",\"kind\":\"country\"}],"
                           "\"edges\":[]}");
    bad_doc("entity twice", "{" ART ",\"entities\":[{\"id\":\"A\",\"kind\":\"state\"},"
                            "{\"id\":\"A\",\"kind\":\"state\"}],\"edges\":[]}");
    bad_doc("entity aliases", "{" ART ",\"entities\":[{\"id\":\"A\",\"kind\":\"state\","
                              "\"aliases\":[\"x\",3]}],\"edges\":[]}");
    bad_doc("entity name", "{" ART ",\"entities\":[{\"id\":\"A\",\"kind\":\"state\","
                           "\"name\":5}],\"edges\":[]}");
    bad_doc("edge type", "{" ART "," ENTS ",\"edges\":[{\"type\":\"attacks\"," REFS "},"
                         "{\"type\":\"attacks\"," REFS "},{\"type\":\"sells\"," REFS "}]}");
    bad_doc("edge no type", "{" ART "," ENTS ",\"edges\":[{" REFS "}]}");
    bad_doc("edge no source", "{" ART "," ENTS ",\"edges\":[{\"type\":\"attacks\"}]}");
    bad_doc("edge unknown ref", "{" ART "," ENTS ",\"edges\":[{\"type\":\"attacks\","
                                "\"source\":{\"id\":\"ZZZ\"},\"target\":{\"id\":\"BBB\"}}]}");
    bad_doc("edge ref string", "{" ART "," ENTS ",\"edges\":[{\"type\":\"attacks\","
                               "\"source\":\"AAA\",\"target\":{\"id\":\"BBB\"}}]}");
    bad_doc("edge ref unknown", "{" ART "," ENTS ",\"edges\":[{\"type\":\"attacks\","
                                "\"source\":\"AAA\",\"target\":\"CCC\"}]}");
    bad_doc("edge ref number", "{" ART "," ENTS ",\"edges\":[{\"type\":\"attacks\","
                               "\"source\":\"AAA\",\"target\":7}]}");
    bad_doc("edge category", "{" ART "," ENTS ",\"edges\":[{\"type\":\"supplies\"," REFS
                             ",\"category\":\"tanks\"}]}");
    bad_doc("edge date", "{" ART "," ENTS ",\"edges\":[{\"type\":\"supplies\"," REFS
                         ",\"date\":\"2024-04-31\"}]}");
    bad_doc("edge status", "{" ART "," ENTS ",\"edges\":[{\"type\":\"supplies\"," REFS
                           ",\"status\":\"rumoured\"}]}");
    bad_doc("edge confidence",
            "{" ART "," ENTS ",\"edges\":[{\"type\":\"supplies\"," REFS ",\"confidence\":1.5}]}");
    bad_doc("edge items", "{" ART "," ENTS ",\"edges\":[{\"type\":\"supplies\"," REFS
                          ",\"items\":[\"shells\"]}]}");
    bad_doc("quantity value", "{" ART "," ENTS ",\"edges\":[{\"type\":\"supplies\"," REFS
                              ",\"quantity\":{\"value\":\"many\"}}]}");
    bad_doc("quantity unit", "{" ART "," ENTS ",\"edges\":[{\"type\":\"supplies\"," REFS
                             ",\"quantity\":{\"value\":3,\"unit\":7}}]}");
    bad_doc("evidence start", "{" ART "," ENTS ",\"edges\":[{\"type\":\"supplies\"," REFS
                              ",\"evidence\":{\"sentence\":\"s\",\"start\":-1,\"end\":4}}]}");
    bad_doc("evidence order", "{" ART "," ENTS ",\"edges\":[{\"type\":\"supplies\"," REFS
                              ",\"evidence\":{\"sentence\":\"s\",\"start\":9,\"end\":4}}]}");
    bad_doc("evidence fraction", "{" ART "," ENTS ",\"edges\":[{\"type\":\"supplies\"," REFS
                                 ",\"evidence\":{\"start\":1.5,\"end\":4}}]}");
    return rc;
}
