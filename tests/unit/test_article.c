/*
 * test_article.c -- the article reader: refusal of empty, binary, invalid
 * UTF-8 and oversized text with exact messages, the normalizer and its
 * offset map, hashes, generated ids, dates, and JSON Lines records.
 * Prints results; diffed against test_article.out.
 */
#include "ag_ingest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void from_text(const char *label, const char *text, size_t len, const char *id,
                      const char *published)
{
    ag_article a;
    ag_err err;
    int rc;

    ag_err_clear(&err);
    rc = ag_article_from_text(&a, text, len, id, published, &err);
    if (rc != AG_OK) {
        printf("%-22s -> %d %s\n", label, rc, err.msg);
        return;
    }
    printf("%-22s -> ok id=%s len=%zu published=%s sha=%.16s\n", label, a.id, a.len,
           a.published ? a.published : "(null)", a.sha256);
    if (a.len != len || memcmp(a.text, text, len) != 0 || a.text[len] != '\0')
        printf("  ORIGINAL TEXT NOT KEPT\n");
    ag_article_destroy(&a);
}

static void normalize(const char *label, const char *in)
{
    char *out = NULL;
    size_t n = 0, *map = NULL;
    ag_err err;
    int rc;

    ag_err_clear(&err);
    rc = ag_text_normalize(in, strlen(in), &out, &n, &map, &err);
    if (rc != AG_OK) {
        printf("norm %-12s -> %d %s\n", label, rc, err.msg);
        return;
    }
    printf("norm %-12s -> [%s] %zu bytes, map:", label, out, n);
    for (size_t i = 0; i <= n; i++)
        printf(" %zu", map[i]);
    printf("\n");
    /* every mapped byte of a kept character is the same byte in the input;
     * a composed character ("u" + U+0308 -> "ü") maps into its combining
     * mark (U+0300..U+036F: lead byte 0xCC or 0xCD) */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)out[i], at = (unsigned char)in[map[i]];
        unsigned char before = map[i] > 0 ? (unsigned char)in[map[i] - 1] : 0;
        int in_mark = at == 0xCC || at == 0xCD || before == 0xCC || before == 0xCD;
        if (c >= 0x80 && at != c && !in_mark)
            printf("  MAP MISMATCH at %zu\n", i);
    }
    free(out);
    free(map);
}

static void from_json(const char *label, const char *line)
{
    ag_article a;
    ag_err err;
    int rc;

    ag_err_clear(&err);
    rc = ag_article_from_json(&a, line, strlen(line), &err);
    if (rc != AG_OK) {
        printf("json %-20s -> %d %s\n", label, rc, err.msg);
        return;
    }
    printf("json %-20s -> ok id=%s title=%s url=%s source=%s published=%s text=[%s]\n", label, a.id,
           a.title ? a.title : "(null)", a.url ? a.url : "(null)", a.source ? a.source : "(null)",
           a.published ? a.published : "(null)", a.text);
    ag_article_destroy(&a);
}

int main(void)
{
    ag_article a1, a2;
    ag_err err;
    char *big;
    char deep[200];
    size_t k;

    /* good text, given and generated ids */
    from_text("plain", "Hello world", 11, "art-1", "2024-03-01");
    from_text("generated id", "Hello world", 11, NULL, NULL);
    from_text("empty id", "Hello world", 11, "", NULL);
    from_text("spaces around", "  Hello \t\n world \n", 18, NULL, NULL);
    from_text("multibyte", "Zaporizhzhia \xE2\x80\x94 \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2", 21, NULL,
              NULL);

    /* the hash of the normalized text ignores quotes, dashes and spacing */
    ag_err_clear(&err);
    if (ag_article_from_text(&a1,
                             "The \xE2\x80\x9C"
                             "deal\xE2\x80\x9D \xE2\x80\x93 it\xE2\x80\x99s"
                             "\xC2\xA0"
                             "done.",
                             32, NULL, NULL, &err) == AG_OK &&
        ag_article_from_text(&a2, "The \"deal\" - it's done.\n", 24, NULL, NULL, &err) == AG_OK) {
        printf("same hash: %s\n", strcmp(a1.sha256, a2.sha256) == 0 ? "yes" : "no");
        printf("same id: %s\n", strcmp(a1.id, a2.id) == 0 ? "yes" : "no");
        printf("texts differ: %s\n", a1.len != a2.len ? "yes" : "no");
        ag_article_destroy(&a1);
        ag_article_destroy(&a2);
    } else {
        printf("hash test failed: %s\n", err.msg);
    }
    ag_article_destroy(NULL);

    /* refusals */
    from_text("empty", "", 0, NULL, NULL);
    from_text("whitespace", " \t\r\n ", 5, NULL, NULL);
    from_text("nbsp only", "\xC2\xA0\xE2\x80\x83\xE2\x80\x8B", 8, NULL, NULL);
    from_text("NUL", "abc\0def", 7, NULL, NULL);
    from_text("lone continuation",
              "ab\x80"
              "cd",
              5, NULL, NULL);
    from_text("overlong", "abc\xC0\xAF", 5, NULL, NULL);
    from_text("surrogate", "x\xED\xA0\x80y", 5, NULL, NULL);
    from_text("truncated at end", "quote \xE2\x80", 8, NULL, NULL);
    from_text("past U+10FFFF", "\xF4\x90\x80\x80", 4, NULL, NULL);
    from_text("latin-1", "caf\xE9 au lait", 12, NULL, NULL);
    from_text("bad date", "Some text.", 10, NULL, "2024-02-30");
    from_text("bad date form", "Some text.", 10, NULL, "03/01/2024");
    from_text("leap day", "Some text.", 10, NULL, "2024-02-29");
    big = malloc(AG_MAX_ARTICLE_BYTES + 1);
    memset(big, 'a', AG_MAX_ARTICLE_BYTES + 1);
    from_text("too large", big, AG_MAX_ARTICLE_BYTES + 1, NULL, NULL);
    from_text("at the limit", big, AG_MAX_ARTICLE_BYTES, "max", NULL);
    free(big);

    /* the normalizer and its map back to the original bytes */
    normalize("NFD composed", "Tu\xcc\x88rkiye and Ko\xcc\x88ln");
    normalize("NFD through a zero-width space", "Tu\xe2\x80\x8b\xcc\x88rkiye");
    normalize("no precomposed form kept", "q\xcc\x81");
    normalize("ascii", "a  b");
    normalize("trim", "\n  a\tb  \n");
    normalize("quotes", "\xE2\x80\x9Cyes\xE2\x80\x9D");
    normalize("dash", "1\xE2\x80\x93"
                      "2");
    normalize("nbsp run", "a\xC2\xA0\xC2\xA0 b");
    normalize("zwsp", "a\xE2\x80\x8B"
                      "b");
    normalize("cyrillic", "\xD0\x9A\xD0\xB8 x");
    normalize("empty", "");
    normalize("invalid", "ok\xFF");

    /* JSON Lines records */
    from_json("full", "{\"id\":\"n1\",\"title\":\"T\",\"url\":\"https://example.org/a\","
                      "\"source\":\"Wire\",\"published\":\"2024-01-05\",\"text\":\"Body.\"}");
    from_json("text only", "{\"text\":\"Only a body.\"}");
    from_json("nulls", "{\"id\":null,\"title\":null,\"published\":null,\"text\":\"B.\"}");
    from_json("timestamp", "{\"published\":\"2024-01-05T08:30:00Z\",\"text\":\"B.\"}");
    from_json("empty published", "{\"published\":\"\",\"text\":\"B.\"}");
    from_json("unknown keys", "{\"text\":\"B.\",\"lang\":\"en\",\"tags\":[\"a\",{\"b\":1}]}");
    from_json("escapes", "{\"text\":\"caf\\u00e9 \\\"x\\\"\\nline\"}");
    from_json("missing text", "{\"id\":\"n2\"}");
    from_json("text number", "{\"text\":42}");
    from_json("text null", "{\"text\":null}");
    from_json("title array", "{\"title\":[\"x\"],\"text\":\"B.\"}");
    from_json("empty text", "{\"text\":\"   \"}");
    from_json("bad date", "{\"published\":\"2024-02-30\",\"text\":\"B.\"}");
    from_json("not an object", "[\"text\"]");
    from_json("bad json", "{\"text\": \"B.\",}");
    from_json("truncated", "{\"text\": \"B.");
    from_json("trailing", "{\"text\":\"B.\"} {}");
    from_json("duplicate", "{\"text\":\"A.\",\"text\":\"B.\"}");
    from_json("escaped NUL", "{\"text\":\"a\\u0000b\"}");
    from_json("escaped backslash", "{\"text\":\"a\\\\u0000b\"}");
    from_json("bad utf-8", "{\"text\":\"a\xC3(\"}");
    /* records the plain reader takes, and those it leaves to cJSON: same answers */
    from_json("all escapes", "{\"text\":\"a\\n\\t\\\"\\\\\\/z \\u0041\\u00e9\\u20ac.\"}");
    from_json("surrogate pair", "{\"text\":\"x \\ud83d\\ude00 y\"}");
    from_json("lone surrogate", "{\"text\":\"x \\ud83d y\"}");
    from_json("bad escape", "{\"text\":\"x \\q y\"}");
    from_json("short u escape", "{\"text\":\"x \\u12\"}");
    from_json("escaped key", "{\"te\\u0078t\":\"Keyed.\",\"id\":\"k1\"}");
    from_json("escaped dup key", "{\"text\":\"A.\",\"te\\u0078t\":\"B.\"}");
    from_json("null twice", "{\"id\":null,\"text\":\"B.\",\"id\":null}");
    from_json("unknown true", "{\"flag\":true,\"text\":\"B.\",\"n\":-1.5}");
    from_json("blanks", " \t{ \"text\" :\r\n\"B.\" , \"id\":\"b1\" }\r\n");
    from_json("form feed", "{\f\"text\":\"B.\"}");
    from_json("byte order mark", "\xEF\xBB\xBF{\"text\":\"B.\"}");
    from_json("empty key", "{\"\":\"x\",\"text\":\"B.\"}");
    from_json("long id",
              "{\"id\":\"0123456789012345678901234567890123456789012345678901234567890123456789"
              "0123456789012345678901234567890123456789012345678901234567890123456789"
              "0123456789012345678901234567890123456789012345678901234567890123456789"
              "0123456789012345678901234567890123456789012345678901234567890123456789"
              "0123456789012345678901234567890123456789\",\"text\":42}");
    from_json("long id, plain",
              "{\"text\":\"B.\",\"id\":"
              "\"0123456789012345678901234567890123456789012345678901234567890123456789"
              "0123456789012345678901234567890123456789012345678901234567890123456789"
              "0123456789012345678901234567890123456789012345678901234567890123456789"
              "0123456789012345678901234567890123456789012345678901234567890123456789\"}");
    big = malloc(20000);
    k = (size_t)snprintf(big, 20000, "{\"id\":\"big\",\"text\":\"");
    while (k < 19000)
        k += (size_t)snprintf(big + k, 20000 - k, "Word\\n\\\"q\\\" ");
    snprintf(big + k, 20000 - k, "end.\"}");
    {
        ag_article a;
        ag_err_clear(&err);
        int rc = ag_article_from_json(&a, big, strlen(big), &err);
        printf("json %-20s -> %d len=%zu sha256=%s\n", "record over 8 KiB", rc,
               rc == AG_OK ? a.len : 0, rc == AG_OK ? a.sha256 : err.msg);
        if (rc == AG_OK)
            ag_article_destroy(&a);
    }
    free(big);
    k = 0;
    k += (size_t)snprintf(deep + k, sizeof deep - k, "{\"text\":\"B.\",\"x\":");
    for (int i = 0; i < 20; i++)
        deep[k++] = '[';
    for (int i = 0; i < 20; i++)
        deep[k++] = ']';
    deep[k++] = '}';
    deep[k] = '\0';
    from_json("deep", deep);
    return 0;
}
