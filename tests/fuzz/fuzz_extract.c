/*
 * fuzz_extract.c -- libFuzzer target for the sentence splitter and the
 * extractor: the default dictionaries (data/, or $ARMSGRAPH_DATA) are
 * loaded once, then every input that makes an article goes through
 * ag_extract; the mentions must point at real entities, their evidence must
 * be the text between their offsets, their dates calendar dates, and the
 * result must convert to JSON.
 */
#include "ag_ingest.h"
#include "util.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static ag_dict *dict;

static void cleanup(void)
{
    ag_dict_free(dict);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    ag_err err;

    (void)argc;
    (void)argv;
    ag_err_clear(&err);
    if (ag_dict_new(&dict, &err) != AG_OK || ag_dict_load_default(dict, &err) != AG_OK) {
        fprintf(stderr, "fuzz_extract: cannot load the dictionaries: %s\n", err.msg);
        abort();
    }
    atexit(cleanup);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ag_article a;
    ag_extraction x;
    ag_err err;
    cJSON *doc = NULL;
    size_t i;

    ag_err_clear(&err);
    if (ag_article_from_text(&a, (const char *)data, size, "fuzz", "2024-01-15", &err) != AG_OK) {
        ag_article_destroy(&a);
        return 0;
    }
    ag_extraction_init(&x);
    if (ag_extract(dict, &a, &x, &err) == AG_OK) {
        fuzz_check(x.n_mentions <= AG_MAX_MENTIONS);
        for (i = 0; i < x.n_entities; i++)
            fuzz_check(x.entities[i].id != NULL && x.entities[i].name != NULL);
        for (i = 0; i < x.n_mentions; i++) {
            const ag_mention *m = &x.mentions[i];

            fuzz_check(m->source < x.n_entities && m->target < x.n_entities);
            fuzz_check(m->start <= m->end && m->end <= a.len);
            /* the evidence is the text between its offsets, as written */
            fuzz_check(m->sentence != NULL && strlen(m->sentence) == m->end - m->start);
            fuzz_check(memcmp(m->sentence, a.text + m->start, m->end - m->start) == 0);
            fuzz_check(m->confidence >= 0.0 && m->confidence <= 1.0);
            fuzz_check(m->date[0] == '\0' || ag_date_check_partial(m->date, NULL) == AG_OK);
        }
        fuzz_check(ag_extraction_to_json(&x, &doc, &err) == AG_OK);
        cJSON_Delete(doc);
    } else {
        fuzz_check(err.msg[0] != '\0');
    }
    ag_extraction_destroy(&x);
    ag_article_destroy(&a);
    return 0;
}
