/*
 * weights.c -- the learned pair scorer's model, loaded with the dictionary:
 * the {"scorer": "settings" | EDGE TYPE, ...} entries of a dictionary file
 * (thresholds, default extractor, bias and feature weights per edge type)
 * into the weight table that ex_scorer.c reads (ex_scorer_weights in
 * extract_int.h). Apart from ex_scorer.c so that the dictionary (dict.c)
 * does not depend on the scorer's features, which depend on the parties,
 * which look actors up in the dictionary: no circle.
 */
#include "extract_int.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

/* ---- the weight table ------------------------------------------------------
 * One slot per feature holds the weights of all four edge types, so that a
 * pair costs one probe per feature. */

static int table_put(struct ex_scorer *s, uint64_t k, int type, float w)
{
    if ((s->n + 1) * 2 > s->cap) {
        size_t ncap = s->cap ? s->cap * 2 : 1024;
        uint64_t *nk = calloc(ncap, sizeof *nk);
        float(*nw)[AG_EDGE_TYPE_COUNT] = calloc(ncap, sizeof *nw);
        if (nk == NULL || nw == NULL) {
            free(nk);
            free(nw);
            return AG_ERR_NOMEM;
        }
        for (size_t i = 0; i < s->cap; i++) {
            if (s->keys[i] == 0)
                continue;
            size_t j = s->keys[i] & (ncap - 1);
            while (nk[j] != 0)
                j = (j + 1) & (ncap - 1);
            nk[j] = s->keys[i];
            memcpy(nw[j], s->w[i], sizeof nw[j]);
        }
        free(s->keys);
        free(s->w);
        s->keys = nk;
        s->w = nw;
        s->cap = ncap;
    }
    size_t j = k & (s->cap - 1);
    while (s->keys[j] != 0 && s->keys[j] != k)
        j = (j + 1) & (s->cap - 1);
    if (s->keys[j] == 0) {
        s->n++;
        s->keys[j] = k;
        memset(s->w[j], 0, sizeof s->w[j]);
    }
    s->w[j][type] = w;
    return AG_OK;
}

void ex_scorer_free(struct ex_scorer *s)
{
    if (s == NULL)
        return;
    free(s->keys);
    free(s->w);
    free(s);
}

int ex_scorer_load_entry(ag_dict *d, const cJSON *o, const char *file, int line, ag_err *err)
{
    const cJSON *what = cJSON_GetObjectItemCaseSensitive(o, "scorer");
    if (!cJSON_IsString(what))
        return ag_err_set(err, AG_ERR_PARSE, "%s:%d: \"scorer\" must be a string", file, line);
    if (d->scorer == NULL && (d->scorer = calloc(1, sizeof *d->scorer)) == NULL)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    struct ex_scorer *s = d->scorer;
    if (strcmp(what->valuestring, "settings") == 0) {
        /* a scorer file replaces the model loaded before it */
        if (s->cap > 0)
            memset(s->keys, 0, s->cap * sizeof *s->keys);
        memset(s->bias, 0, sizeof s->bias);
        s->n = 0;
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "threshold");
        const cJSON *tb = cJSON_GetObjectItemCaseSensitive(o, "threshold_both");
        const cJSON *m = cJSON_GetObjectItemCaseSensitive(o, "default");
        if (!cJSON_IsNumber(t) || !cJSON_IsNumber(tb))
            return ag_err_set(err, AG_ERR_PARSE,
                              "%s:%d: scorer settings need numbers \"threshold\" and "
                              "\"threshold_both\"",
                              file, line);
        s->threshold = t->valuedouble;
        s->threshold_both = tb->valuedouble;
        if (m != NULL &&
            (!cJSON_IsString(m) || ag_extractor_parse(m->valuestring, &s->default_mode) != AG_OK))
            return ag_err_set(err, AG_ERR_PARSE,
                              "%s:%d: scorer \"default\" must be rules, scorer or both", file,
                              line);
        return AG_OK;
    }
    ag_edge_type type;
    if (ag_edge_type_parse(what->valuestring, &type) != AG_OK)
        return ag_err_set(err, AG_ERR_PARSE, "%s:%d: scorer entry for unknown edge type \"%s\"",
                          file, line, what->valuestring);
    const cJSON *b = cJSON_GetObjectItemCaseSensitive(o, "bias");
    const cJSON *ws = cJSON_GetObjectItemCaseSensitive(o, "weights");
    if (!cJSON_IsNumber(b) || !cJSON_IsObject(ws))
        return ag_err_set(err, AG_ERR_PARSE,
                          "%s:%d: scorer entry needs a number \"bias\" and an object \"weights\"",
                          file, line);
    s->bias[type] = b->valuedouble;
    for (const cJSON *x = ws->child; x != NULL; x = x->next) {
        if (!cJSON_IsNumber(x))
            return ag_err_set(err, AG_ERR_PARSE, "%s:%d: weight of \"%s\" is not a number", file,
                              line, x->string);
        uint64_t fh = ex_hash_lower(x->string, strlen(x->string));
        if (table_put(s, ex_scorer_key(fh), (int)type, (float)x->valuedouble) != AG_OK)
            return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    }
    return AG_OK;
}

ag_extractor ex_scorer_mode(const ag_dict *d)
{
    if (d->mode != AG_EXTRACTOR_DEFAULT)
        return d->mode;
    if (d->scorer != NULL && d->scorer->default_mode != AG_EXTRACTOR_DEFAULT)
        return d->scorer->default_mode;
    return AG_EXTRACTOR_RULES;
}
