/*
 * fuzz_article.c -- libFuzzer target for the article reader and the text
 * normalizer: ag_article_from_text on arbitrary bytes, and ag_text_normalize
 * with its offset map, checking the properties docs/reliability.md lists
 * (bounded output, monotonic map inside the input, no leading, trailing or
 * doubled spaces, idempotence).
 */
#include "ag_ingest.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void check(int ok, const char *what)
{
    if (!ok) {
        /* a property failed: crash so libFuzzer keeps the input */
        fprintf(stderr, "fuzz_article: property failed: %s\n", what);
        abort();
    }
}

static void fuzz_normalize(const char *s, size_t len)
{
    char *out = NULL, *again = NULL;
    size_t out_len = 0, again_len = 0, *map = NULL, i;
    ag_err err;

    ag_err_clear(&err);
    if (ag_text_normalize(s, len, &out, &out_len, &map, &err) != AG_OK) {
        check(out == NULL && map == NULL, "outputs on failure");
        check(err.code != AG_OK && err.msg[0] != '\0', "error message");
        return;
    }
    check(out != NULL && map != NULL, "outputs");
    check(out_len <= len, "output never grows");
    check(out[out_len] == '\0', "terminated");
    /* NUL is a valid code point: ag_article_from_text refuses it, the
     * normalizer keeps it */
    check(memchr(s, '\0', len) != NULL || strlen(out) == out_len, "no NUL added");
    if (out_len > 0) {
        check(out[0] != ' ' && out[out_len - 1] != ' ', "trimmed");
    }
    for (i = 0; i < out_len; i++) {
        check(map[i] < len, "map inside the input");
        check(i == 0 || map[i] > map[i - 1], "map increasing");
        check(out[i] != '\t' && out[i] != '\n' && out[i] != '\r', "whitespace folded");
        check(!(out[i] == ' ' && i > 0 && out[i - 1] == ' '), "no doubled spaces");
        /* an ASCII byte left as is maps to the same byte */
        if ((unsigned char)s[map[i]] < 0x80 && s[map[i]] != ' ' && s[map[i]] != '\t' &&
            s[map[i]] != '\n' && s[map[i]] != '\r' && s[map[i]] != '\f' && s[map[i]] != '\v')
            check(out[i] == s[map[i]], "ASCII kept");
    }
    check(map[out_len] <= len, "end inside the input");
    check(out_len == 0 || map[out_len] > map[out_len - 1], "end after the last byte");

    /* normalizing twice changes nothing */
    check(ag_text_normalize(out, out_len, &again, &again_len, NULL, &err) == AG_OK,
          "normal form is valid input");
    check(again_len == out_len && memcmp(again, out, out_len) == 0, "idempotent");
    free(again);
    free(out);
    free(map);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ag_article a;
    ag_err err;
    const char *text = (const char *)data;
    int rc;

    ag_err_clear(&err);
    rc = ag_article_from_text(&a, text, size, NULL, NULL, &err);
    if (rc == AG_OK) {
        size_t bom = ag_utf8_bom(text, size); /* a UTF-8 byte order mark is dropped */
        check(a.text != NULL && a.len == size - bom, "text copied");
        check(memcmp(a.text, text + bom, a.len) == 0 && a.text[a.len] == '\0', "text as read");
        check(strlen(a.sha256) == 64, "hash");
        check(a.id != NULL && strncmp(a.id, "sha256:", 7) == 0, "default id");
    } else {
        check(err.code == rc && err.msg[0] != '\0', "error message");
        check(rc == AG_ERR_INPUT || rc == AG_ERR_LIMIT, "error kind");
    }
    ag_article_destroy(&a);
    ag_article_destroy(&a); /* destroy leaves it re-initialisable */

    fuzz_normalize(text, size);

    /* a published date taken from the input's first bytes */
    if (size >= 10) {
        char date[11];
        memcpy(date, text, 10);
        date[10] = '\0';
        rc = ag_article_from_text(&a, "Text.", 5, "id-1", date, &err);
        if (rc == AG_OK)
            check(a.published != NULL && strcmp(a.published, date) == 0, "date kept");
        ag_article_destroy(&a);
    }
    return 0;
}
