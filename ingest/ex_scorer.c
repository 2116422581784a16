/*
 * ex_scorer.c -- the learned pair scorer beside the rules. For every ordered
 * pair of parties in a sentence that holds a trigger word, it computes
 * sparse features (the words and word classes between and around the two,
 * their order, distance, kinds and identities, negation and condition in the
 * sentence, the sanctions context the article carries, what the rules have
 * found about the two so far); pairs of the article's sanctioner and a name
 * in one of the next sentences are candidates too (a sanction carried to a
 * later list). It scores each edge type with
 * a linear model (an averaged perceptron trained by tools/train-scorer.py on
 * eval/real/train and the dev set; weights in data/scorer.json). The scorer
 * alone emits the pairs scoring over its threshold; beside the rules it adds
 * the pairs over a higher threshold (both chosen by cross-validation). With
 * a candidate sink set it writes each pair's features as one JSON line: the
 * trainer's input. The weights are loaded with the dictionary (weights.c).
 */
#define _POSIX_C_SOURCE 200809L
#include "extract_ctx.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PAIR_DIST 30 /* units between the two parties of a candidate */
#define MAX_BETWEEN 14   /* between-words that become features */
#define FEAT_LEN 96

/* ---- features ------------------------------------------------------------- */

#define TRIG_NEAR 3 /* a candidate pair has a trigger this close to it, or between */

static const wc_mask TRIGGERS = WC(WC_SUPPLY) | WC(WC_SUPPLY_NOUN) | WC(WC_SUPPLIER) | WC(WC_BUY) |
                                WC(WC_SANCTION_V) | WC(WC_SANCTION_N) | WC(WC_SANCTION_WEAK) |
                                WC(WC_ATTACK_V) | WC(WC_ATTACK_N) | WC(WC_FIRE) | WC(WC_SEEK) |
                                WC(WC_EXCHANGE) | WC(WC_MUTUAL) | WC(WC_SUPPLIED_ADJ) | WC(WC_DEAL);

typedef struct feats {
    uint64_t h[256];
    size_t n;
    ag_buf *dump; /* JSON array body, when dumping */
    int neg, say; /* the sentence has a negation, a saying verb */
} feats;

/* An empty feature set for one candidate pair (its dump buffer emptied). */
static void feats_start(feats *f, int neg, int say, ag_buf *dump)
{
    f->n = 0;
    f->neg = neg;
    f->say = say;
    f->dump = dump;
    if (dump != NULL)
        ag_buf_reset(dump);
}

static char feat_char(char ch)
{
    return (char)((ch >= 'A' && ch <= 'Z') ? ch + 32 : (ch == '"' || ch == '\\') ? '_' : ch);
}

/* Adds the feature a1 a2 b (lower-cased, cut at FEAT_LEN bytes). Its hash is
 * ex_hash_lower of that string, computed as it streams by: the string is
 * built only when dumping, for the trainer. */
static void feat_add2(feats *f, const char *a1, const char *a2, const char *b, size_t bn)
{
    size_t n1 = strlen(a1), n2 = strlen(a2);
    uint64_t h = 1469598103934665603ull;
    if (f->n == sizeof f->h / sizeof f->h[0])
        return;
    if (n1 + n2 + bn >= FEAT_LEN)
        bn = n1 + n2 < FEAT_LEN - 1 ? FEAT_LEN - 1 - n1 - n2 : 0;
    for (size_t i = 0; i < n1; i++)
        h = (h ^ (unsigned char)a1[i]) * 1099511628211ull;
    for (size_t i = 0; i < n2; i++)
        h = (h ^ (unsigned char)a2[i]) * 1099511628211ull;
    for (size_t i = 0; i < bn; i++)
        h = (h ^ (unsigned char)feat_char(b[i])) * 1099511628211ull;
    f->h[f->n++] = h;
    if (f->dump != NULL) {
        if (f->dump->len > 0)
            ag_buf_putc(f->dump, ',');
        ag_buf_putc(f->dump, '"');
        ag_buf_puts(f->dump, a1);
        ag_buf_puts(f->dump, a2);
        for (size_t i = 0; i < bn; i++)
            ag_buf_putc(f->dump, feat_char(b[i]));
        ag_buf_putc(f->dump, '"');
    }
}

static void feat_add(feats *f, const char *a, const char *b, size_t bn)
{
    feat_add2(f, a, "", b, bn);
}

static void feat_str(feats *f, const char *a, const char *b)
{
    feat_add(f, a, b, strlen(b));
}

static const char *ent_kind(const ctx *c, ent e, const party *p)
{
    if (p->target_only)
        return "place";
    if (e.actor >= 0) {
        switch (c->d->actors[e.actor].kind) {
        case AG_STATE:
            return "state";
        case AG_PERSON:
            return "person";
        default:
            return c->d->actors[e.actor].state != NULL ? "company" : "org";
        }
    }
    return c->names.v[e.name].kind == AG_PERSON ? "nperson" : "norg";
}

static const char *dist_bucket(size_t d)
{
    return d == 0    ? "0"
           : d == 1  ? "1"
           : d == 2  ? "2"
           : d <= 4  ? "3-4"
           : d <= 7  ? "5-7"
           : d <= 12 ? "8-12"
           : d <= 20 ? "13-20"
                     : "21+";
}

/* The word of unit k as a feature value: a party is <P>, a number <N>. */
static void unit_word(const ctx *c, size_t k, const char **s, size_t *n)
{
    if (party_at(c, k) != NULL) {
        *s = "<p>";
        *n = 3;
    } else if (c->U[k].flags & TK_NUM) {
        *s = "<n>";
        *n = 3;
    } else {
        *s = c->s + c->U[k].s;
        *n = c->U[k].e - c->U[k].s;
    }
}

static void unit_feats(feats *f, const ctx *c, size_t k, const char *pre)
{
    const char *s;
    size_t n;
    unit_word(c, k, &s, &n);
    feat_add(f, pre, s, n);
    /* "bab:#supply": each word class of the unit but the commonest */
    wc_mask w =
        c->U[k].wc & ~(WC(WC_PREP) | WC(WC_DET) | WC(WC_ITEM) | WC(WC_STOPCAP) | WC_RULE_WORDS);
    while (w != 0) {
        int i = __builtin_ctzll(w);
        w &= w - 1;
        const char *name = ex_class_name(i);
        feat_add2(f, pre, "#", name, strlen(name));
    }
}

/* Who a party is: a dictionary actor's id ("ia=RUS"), else the last word of
 * its name ("ia=~forces"). */
static void ident_feats(feats *f, const ctx *c, ent e, const party *p, const char *pre)
{
    if (e.actor >= 0) {
        feat_str(f, pre, c->d->actors[e.actor].id);
        return;
    }
    const char *s = c->s + c->U[p->u1 - 1].s, *end = c->s + c->U[p->u1 - 1].e, *w = s;
    for (const char *q = s; q < end; q++)
        if (*q == ' ')
            w = q + 1;
    feat_add2(f, pre, "~", w, (size_t)(end - w));
}

/* What the rules have found about the two so far (found edges that are the
 * rules', not the scorer's: ex_score_sentence takes its own back out of
 * c->fe): the pair in either direction in this sentence or before it, and
 * each party's other roles in this sentence, by edge type. */
static void rules_feats(feats *f, const ctx *c, ent ea, ent eb)
{
    static const char *const tn[AG_EDGE_TYPE_COUNT] = {"s", "x", "n", "a"};
    unsigned seen = 0; /* bit (kind * 4 + type) */
    for (size_t i = 0; i < c->nfe; i++) {
        const found_edge *e = &c->fe[i];
        int here = e->sentence == c->sentence_no;
        int t = (int)e->type;
        if (t < 0 || t >= AG_EDGE_TYPE_COUNT)
            continue;
        if (ent_eq(e->src, ea) && ent_eq(e->dst, eb))
            seen |= 1u << ((here ? 0 : 1) * 4 + t);
        else if (ent_eq(e->src, eb) && ent_eq(e->dst, ea))
            seen |= 1u << ((here ? 2 : 3) * 4 + t);
        else if (here) {
            if (ent_eq(e->src, ea))
                seen |= 1u << (4 * 4 + t);
            if (ent_eq(e->dst, ea))
                seen |= 1u << (5 * 4 + t);
            if (ent_eq(e->src, eb))
                seen |= 1u << (6 * 4 + t);
            if (ent_eq(e->dst, eb))
                seen |= 1u << (7 * 4 + t);
        }
    }
    static const char *const kind[8] = {"r:", "rbefore:", "rrev:", "rrevbefore:",
                                        "ras:", "rat:", "rbs:", "rbt:"};
    for (int k = 0; k < 8; k++)
        for (int t = 0; t < AG_EDGE_TYPE_COUNT; t++)
            if (seen & (1u << (k * 4 + t)))
                feat_str(f, kind[k], tn[t]);
    if ((seen & 0xffu) == 0)
        feat_str(f, "rnone", "");
}

static void pair_feats(const ctx *c, const party *a, const party *b, ent ea, ent eb, feats *f)
{
    int ab = a->u0 < b->u0;
    size_t l = ab ? a->u1 : b->u1, r = ab ? b->u0 : a->u0;
    const char *o = ab ? "ab" : "ba";
    const char *pre;

    feat_str(f, "bias", "");
    feat_str(f, "ord=", o);
    feat_str(f, "dist=", dist_bucket(r > l ? r - l : 0));
    feat_str(f, "ka=", ent_kind(c, ea, a));
    feat_str(f, "kb=", ent_kind(c, eb, b));
    {
        char kk[40];
        size_t n1 = strlen(ent_kind(c, ea, a));
        memcpy(kk, ent_kind(c, ea, a), n1);
        kk[n1] = '/';
        strcpy(kk + n1 + 1, ent_kind(c, eb, b));
        feat_str(f, "kab=", kk);
    }
    if (a->poss)
        feat_str(f, "aposs", "");
    if (b->poss)
        feat_str(f, "bposs", "");
    if (a->supplied)
        feat_str(f, "asupplied", "");
    if (a->u0 == 0 || (c->np > 0 && &c->P[0] == a))
        feat_str(f, "afirst", "");
    /* between */
    int only_coord = 1;
    size_t nb = 0;
    for (size_t k = l; k < r && nb < MAX_BETWEEN; k++, nb++) {
        pre = ab ? "bab:" : "bba:";
        unit_feats(f, c, k, pre);
        if (!(uw(c, k, "and") || is_punct(c, k, ',') || uw(c, k, "or")))
            only_coord = 0;
    }
    if (r > l && only_coord)
        feat_str(f, "coord", "");
    /* the first trigger between, with the order and the kinds */
    const wc_mask trig = TRIGGERS & ~(WC(WC_SANCTION_WEAK) | WC(WC_EXCHANGE) | WC(WC_SUPPLIED_ADJ));
    for (size_t k = l; k < r; k++) {
        if (!(c->U[k].wc & trig))
            continue;
        char kk[64];
        int w = 0;
        while (w < WC_COUNT && !(c->U[k].wc & trig & WC(w)))
            w++;
        snprintf(kk, sizeof kk, "%s|%s|%s/%s", o, ex_class_name(w), ent_kind(c, ea, a),
                 ent_kind(c, eb, b));
        feat_str(f, "trig=", kk);
        pre = ab ? "twab:" : "twba:";
        unit_feats(f, c, k, pre);
        break;
    }

    /* the words right before each party and right after the pair */
    if (a->u0 > 0) {
        pre = ab ? "paab:" : "paba:";
        unit_feats(f, c, a->u0 - 1, pre);
    }
    if (b->u0 > 0) {
        pre = ab ? "pbab:" : "pbba:";
        unit_feats(f, c, b->u0 - 1, pre);
    }
    size_t first = ab ? a->u0 : b->u0, last = ab ? b->u1 : a->u1;
    for (size_t k = first, i = 0; k > 0 && i < 3; k--, i++) {
        pre = ab ? "lab:" : "lba:";
        unit_feats(f, c, k - 1, pre);
    }
    for (size_t k = last, i = 0; k < c->nu && i < 3; k++, i++) {
        pre = ab ? "rab:" : "rba:";
        unit_feats(f, c, k, pre);
    }
    /* the sentence */
    if (f->neg)
        feat_str(f, "neg", "");
    if (f->say)
        feat_str(f, "say", "");
    if (c->has_cond)
        feat_str(f, "cond", "");
    if (c->question)
        feat_str(f, "question", "");
    if (c->sanction_context)
        feat_str(f, "sctx", "");
    if (c->have_sanctioner && ent_eq(c->sanctioner, ea))
        feat_str(f, "a_is_sanctioner", "");
    if (c->have_sanctioner && ent_eq(c->sanctioner, eb))
        feat_str(f, "b_is_sanctioner", "");
    if (c->headline)
        feat_str(f, "headline", "");
    feat_str(f, "sent=", c->sentence_no <= 1 ? "1" : c->sentence_no <= 3 ? "2-3" : "4+");
    ident_feats(f, c, ea, a, "ia=");
    ident_feats(f, c, eb, b, "ib=");
    rules_feats(f, c, ea, eb);
}

static void json_ent(const ctx *c, ag_buf *b, ent e)
{
    const char *id = e.actor >= 0 ? c->d->actors[e.actor].id : c->names.v[e.name].text;
    ag_buf_putc(b, '"');
    for (const char *p = id; *p; p++)
        ag_buf_putc(b, (*p == '"' || *p == '\\' || (unsigned char)*p < 0x20) ? '_' : *p);
    ag_buf_putc(b, '"');
}

/* Dumps the pair's features (when dumping) and, unless only the rules run,
 * emits it as an edge of each type whose score passes the threshold. */
/* "Pakistan" and "the Pakistani army": two parties, one state (a seat acts
 * as its state), never a pair */
static int same_state(const ctx *c, ent a, ent b)
{
    if (a.actor < 0 || b.actor < 0)
        return 0;
    int sa = c->d->actors[a.actor].acts_as, sb = c->d->actors[b.actor].acts_as;
    return sa >= 0 && sa == sb;
}

static int score_pair(ctx *c, ag_extractor mode, const party *a, const party *b, ent ea, ent eb,
                      feats *f, ag_buf *line)
{
    const struct ex_scorer *s = c->d->scorer;
    int rc = AG_OK;
    if (f->dump != NULL) {
        ag_buf_reset(line);
        ag_buf_printf(line, "{\"sentence\":%zu,\"source\":", c->sentence_no);
        json_ent(c, line, ea);
        ag_buf_puts(line, ",\"target\":");
        json_ent(c, line, eb);
        ag_buf_puts(line, ",\"features\":[");
        ag_buf_append(line, f->dump->data ? f->dump->data : "", f->dump->len);
        ag_buf_puts(line, "]}");
        if (line->data == NULL)
            return AG_ERR_NOMEM;
        c->d->sink(c->d->sink_arg, line->data, line->len);
    }
    if (s == NULL || mode == AG_EXTRACTOR_RULES)
        return AG_OK;
    /* beside the rules, only the pairs it is surest of */
    double th = mode == AG_EXTRACTOR_BOTH ? s->threshold_both : s->threshold;
    double score[AG_EDGE_TYPE_COUNT];
    for (int t = 0; t < AG_EDGE_TYPE_COUNT; t++)
        score[t] = s->bias[t];
    for (size_t k = 0; k < f->n; k++) {
        const float *w = ex_scorer_weights(s, f->h[k]);
        for (int t = 0; w != NULL && t < AG_EDGE_TYPE_COUNT; t++)
            score[t] += w[t];
    }
    for (int t = 0; t < AG_EDGE_TYPE_COUNT && rc == AG_OK; t++) {
        double sc = score[t];
        if (sc <= th)
            continue;
        group gs = {.n = 0}, gd = {.n = 0};
        ex_group_add(&gs, ea);
        ex_group_add(&gd, eb);
        items it;
        ag_buf_init(&it.text);
        it.category = 0;
        it.n = 0;
        it.military = 0;
        if (t == AG_SUPPLIES || t == AG_SEEKS_IN_EXCHANGE)
            ex_items_collect(c, 0, c->nu, &it);
        int status = a != NULL && ex_modality(c, a->u0 < b->u0 ? b->u0 : a->u0) == 1;
        /* the scorer's edges are output only: they open no group's role and
         * stay out of the found edges the rules (and the rules features
         * above) read, so that beside the rules it adds exactly its pairs */
        size_t nfe = c->nfe;
        int grole = c->grole.open;
        c->grole.open = 0;
        rc = ex_emit_groups(c, (ag_edge_type)t, &gs, &gd, status, &it, 0, c->nu,
                            1.0 / (1.0 + exp(-sc)));
        c->grole.open = grole;
        c->nfe = nfe;
        ag_buf_destroy(&it.text);
    }
    return rc;
}

/* A sanction carried to a later sentence: the article's sanctioner and a
 * party named in one of the CARRY_SENTENCES sentences after it last acted,
 * when the two are not a pair of the same sentence ("Also designated were A
 * and B", a bullet line). Its features are apart from a pair's ("c..."). */
static void carried_feats(const ctx *c, const party *b, ent eb, feats *f)
{
    size_t since = c->sentence_no - c->sanction_sentence;
    const char *pre;
    feat_str(f, "carried", "");
    feat_str(f, "cdist=", dist_bucket(since));
    feat_str(f, "ckb=", ent_kind(c, eb, b));
    feat_str(f, "cka=", ent_kind(c, c->sanctioner, &(party){.target_only = 0}));
    if (c->carry.open)
        feat_str(f, "copen", "");
    if (c->sanction_context)
        feat_str(f, "csctx", "");
    if (c->headline)
        feat_str(f, "cheadline", "");
    if (c->np == 1)
        feat_str(f, "calone", "");
    if (b->u0 == 0)
        feat_str(f, "cfirst", "");
    for (size_t k = b->u0, i = 0; k > 0 && i < 3; k--, i++) {
        pre = i == 0 ? "cl1:" : "cl:";
        unit_feats(f, c, k - 1, pre);
    }
    for (size_t k = b->u1, i = 0; k < c->nu && i < 3; k++, i++) {
        pre = i == 0 ? "cr1:" : "cr:";
        unit_feats(f, c, k, pre);
    }
    if (f->neg)
        feat_str(f, "cneg", "");
    ident_feats(f, c, eb, b, "cib=");
    rules_feats(f, c, c->sanctioner, eb);
}

#define CARRY_SENTENCES 6

int ex_score_sentence(ctx *c, ag_extractor mode)
{
    const struct ex_scorer *s = c->d->scorer;
    int dumping = c->d->sink != NULL;
    ag_buf fb, line;
    int rc = AG_OK;

    if (c->np < 1 || (!dumping && s == NULL))
        return AG_OK;
    /* what the sentence says once, not per pair: triggers (as prefix
     * counts), negation, saying */
    size_t trig_before[AG_MAX_SENTENCE_BYTES / 2 + 2];
    int neg = 0, say = 0;
    if (c->nu + 1 > sizeof trig_before / sizeof trig_before[0])
        return AG_OK;
    trig_before[0] = 0;
    for (size_t k = 0; k < c->nu; k++) {
        trig_before[k + 1] = trig_before[k] + ((c->U[k].wc & TRIGGERS) != 0);
        neg |= has(c, k, WC_NEG) || has(c, k, WC_DENY);
        say |= has(c, k, WC_SAY);
    }
    ag_buf_init(&fb);
    ag_buf_init(&line);
    for (size_t i = 0; i < c->np && rc == AG_OK; i++) {
        for (size_t j = 0; j < c->np && rc == AG_OK && trig_before[c->nu] > 0; j++) {
            const party *a = &c->P[i], *b = &c->P[j];
            if (i == j || a->inferred || b->inferred || a->poss == 2 || b->poss == 2)
                continue;
            size_t l = a->u0 < b->u0 ? a->u1 : b->u1, r = a->u0 < b->u0 ? b->u0 : a->u0;
            if (r > l + MAX_PAIR_DIST || (a->u0 < b->u0 ? a->u1 > b->u0 : b->u1 > a->u0))
                continue;
            size_t lo = a->u0 < b->u0 ? a->u0 : b->u0, hi = a->u1 > b->u1 ? a->u1 : b->u1;
            lo = lo > TRIG_NEAR ? lo - TRIG_NEAR : 0;
            hi = hi + TRIG_NEAR < c->nu ? hi + TRIG_NEAR : c->nu;
            if (trig_before[hi] == trig_before[lo])
                continue; /* no trigger near the pair */
            ent ea = ex_party_ent(c, a), eb = ex_party_ent(c, b);
            if (!ent_ok(ea) || !ent_ok(eb) || ent_eq(ea, eb) || same_state(c, ea, eb))
                continue;
            feats f;
            feats_start(&f, neg, say, dumping ? &fb : NULL);
            pair_feats(c, a, b, ea, eb, &f);
            rc = score_pair(c, mode, a, b, ea, eb, &f, &line);
        }
    }
    /* the sanction carried to the names of the next sentences */
    int carry = c->have_sanctioner && ent_ok(c->sanctioner) &&
                c->sentence_no > c->sanction_sentence &&
                c->sentence_no <= c->sanction_sentence + CARRY_SENTENCES;
    for (size_t i = 0; carry && i < c->np; i++)
        if (ent_eq(ex_party_ent(c, &c->P[i]), c->sanctioner))
            carry = 0; /* the sanctioner is a party of this sentence */
    for (size_t j = 0; carry && j < c->np && rc == AG_OK; j++) {
        const party *b = &c->P[j];
        if (b->inferred || b->poss == 2 || b->target_only)
            continue;
        ent eb = ex_party_ent(c, b);
        if (!ent_ok(eb) || ent_eq(eb, c->sanctioner) || same_state(c, eb, c->sanctioner))
            continue;
        feats f;
        feats_start(&f, neg, say, dumping ? &fb : NULL);
        carried_feats(c, b, eb, &f);
        rc = score_pair(c, mode, NULL, b, c->sanctioner, eb, &f, &line);
    }
    ag_buf_destroy(&fb);
    ag_buf_destroy(&line);
    return rc;
}
