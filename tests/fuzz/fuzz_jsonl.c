/*
 * fuzz_jsonl.c -- libFuzzer target for the JSON Lines side of ingest:
 * the streaming reader (ag_jsonl_reader over a temporary file holding the
 * input), ag_article_from_json on every line it returns, and
 * ag_extraction_from_json (then ag_extraction_to_json) on the input parsed
 * as one JSON document.
 */
#include "ag_ingest.h"
#include "util.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_tmp_create("jsonl");
    return 0;
}

static void fuzz_reader(const uint8_t *data, size_t size)
{
    ag_jsonl_reader *r = NULL;
    const char *line;
    size_t len;
    long lineno, last = 0;
    ag_err err;
    int rc;

    ag_err_clear(&err);
    if (ag_jsonl_reader_open(&r, fuzz_tmp_write(data, size), &err) != AG_OK) {
        fuzz_check(r == NULL && err.msg[0] != '\0');
        return;
    }
    while ((rc = ag_jsonl_reader_next(r, &line, &len, &lineno, &err)) == 1) {
        ag_article a;
        ag_err aerr;

        fuzz_check(lineno > last);
        last = lineno;
        fuzz_check(len <= size);
        ag_err_clear(&aerr);
        if (ag_article_from_json(&a, line, len, &aerr) == AG_OK) {
            fuzz_check(a.text != NULL && a.id != NULL);
            fuzz_check(strlen(a.sha256) == 64);
            fuzz_check(a.published == NULL || ag_date_check(a.published, NULL) == AG_OK);
        } else {
            fuzz_check(aerr.msg[0] != '\0');
        }
        ag_article_destroy(&a);
    }
    fuzz_check(rc == 0 || (rc < 0 && err.msg[0] != '\0'));
    ag_jsonl_reader_close(r);
}

static void fuzz_extraction(const uint8_t *data, size_t size)
{
    cJSON *doc, *back = NULL;
    ag_extraction x, y;
    ag_err err;
    size_t i;

    doc = cJSON_ParseWithLength((const char *)data, size);
    if (doc == NULL)
        return;
    ag_extraction_init(&x);
    ag_err_clear(&err);
    if (ag_extraction_from_json(&x, doc, &err) == AG_OK) {
        for (i = 0; i < x.n_mentions; i++) {
            fuzz_check(x.mentions[i].source < x.n_entities);
            fuzz_check(x.mentions[i].target < x.n_entities);
            fuzz_check((int)x.mentions[i].type >= 0 && x.mentions[i].type < AG_EDGE_TYPE_COUNT);
        }
        /* what was read can be written and read back */
        fuzz_check(ag_extraction_to_json(&x, &back, &err) == AG_OK);
        ag_extraction_init(&y);
        fuzz_check(ag_extraction_from_json(&y, back, &err) == AG_OK);
        fuzz_check(y.n_entities == x.n_entities && y.n_mentions == x.n_mentions);
        ag_extraction_destroy(&y);
        cJSON_Delete(back);
    } else {
        fuzz_check(err.msg[0] != '\0');
    }
    ag_extraction_destroy(&x);
    cJSON_Delete(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ag_article a;
    ag_err err;

    fuzz_reader(data, size);
    fuzz_extraction(data, size);
    /* the whole input as one record, newlines and all */
    ag_err_clear(&err);
    if (ag_article_from_json(&a, (const char *)data, size, &err) != AG_OK)
        fuzz_check(err.msg[0] != '\0');
    ag_article_destroy(&a);
    return 0;
}
