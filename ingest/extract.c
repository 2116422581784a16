/*
 * extract.c -- the pattern matcher: for each sentence of an article it finds
 * the parties (actors, organs, places, unknown names, short references),
 * then matches trigger words with role frames per family (supply, buy,
 * sanctions, attacks, seeking in exchange): active and passive voice,
 * ditransitives, nominalizations, relative clauses, coordination; it
 * decides negation, condition and modality in the clause, and attaches the
 * items, quantity, date, status, attribution and evidence of each edge.
 */
#define _POSIX_C_SOURCE 200809L
#include "extract_ctx.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#ifdef EX_DEBUG
#include <stdio.h>
#endif

/* Counts the states the sentence names, for "the junta" in later ones. */
static void count_states(ctx *c)
{
    for (size_t k = 0; k < c->nu; k++) {
        int a = ex_unit_state(c, k);
        size_t i = 0;
        if (a < 0)
            continue;
        while (i < c->n_named && c->named[i].actor != a)
            i++;
        if (i == c->n_named) {
            if (c->n_named == MAX_NAMED_STATES)
                continue;
            c->named[c->n_named].actor = a;
            c->named[c->n_named].n = 0;
            c->named[c->n_named].organ = 0;
            c->n_named++;
        }
        c->named[i].n++;
        if (ex_head_class(c, k + 1) == 2)
            c->named[i].organ++;
        c->named[i].last = c->sentence_no;
    }
}

/* Remembers the companies the sentence named, for "both companies". */
static void note_companies(ctx *c)
{
    for (size_t i = 0; i < c->np; i++) {
        const party *p = &c->P[i];
        if (p->inferred || p->poss == 2)
            continue;
        ent en = ex_party_ent(c, p);
        if (!((en.name >= 0 && c->names.v[en.name].kind == AG_ORGANIZATION) ||
              (en.actor >= 0 && c->d->actors[en.actor].kind == AG_ORGANIZATION &&
               c->d->actors[en.actor].state != NULL)))
            continue;
        size_t j = 0;
        while (j < c->n_companies && !ent_eq(c->companies[j].e, en))
            j++;
        if (j == c->n_companies && j < MAX_COMPANIES)
            c->n_companies++;
        if (j == MAX_COMPANIES)
            j--;
        memmove(&c->companies[1], &c->companies[0], j * sizeof c->companies[0]);
        c->companies[0].e = en;
        c->companies[0].sent = c->sentence_no;
    }
}

/* ---- families -------------------------------------------------------------- */

static const char *const P_FROM[] = {"from", NULL};
static const char *const P_ATK[] = {"at", "into", "toward", "towards", "on", "against", "across",
                                    "in", "inside", NULL};
static const char *const P_ATK_N[] = {"on", "against", "into", "of", "across", "at", "with", NULL};
static int attack_common(ctx *c, size_t t, group *src, const char *const *preps, int direct)
{
    group dst;
    dst.n = 0;
    dst.inferred = 0;
    size_t e = ex_region_end(c, t, 24);
    for (size_t k = t + 1; k < e; k++)
        if (is_punct(c, k, ',')) {
            e = k; /* the object and its prepositions come before a comma */
            break;
        }
    int people = 0;
    if (direct && !has(c, t + 1, WC_PREP)) {
        /* direct object: "struck Kharkiv", "shelled the Armenian towns" */
        ex_party_after(c, t + 1, e, &dst, 1, 6);
        for (size_t k = t + 1; k < e && k < t + 5 && !has(c, k, WC_PREP); k++)
            if (ex_people_noun(c, k))
                people = 1; /* "struck Kurdish militants in Iraq": not Iraq */
    }
    if (dst.n == 0 && preps != NULL && !people)
        ex_find_prep(c, t, e, preps, &dst, 1, 5);
    if (dst.n == 0 || src->n == 0)
        return AG_OK;
    return ex_emit_groups(c, AG_ATTACKS, src, &dst, AG_REPORTED, NULL, t, e, 0.8);
}

/* "exchanged fire", "clashed with": each side attacks the other */
static int mutual_attack(const ctx *c, size_t t)
{
    const char *w = c->s + c->U[t].s;
    size_t n = c->U[t].e - c->U[t].s;
    return (n > 5 && strncasecmp(w + n - 5, " fire", 5) == 0) ||
           (n > 8 && strncasecmp(w + n - 8, "gunfire", 7) == 0) ||
           (n > 5 && strncasecmp(w + n - 5, " with", 5) == 0 && strncasecmp(w, "clash", 5) == 0);
}

static int mutual(ctx *c, size_t t, size_t e, group *src)
{
    group other;
    other.n = 0;
    other.inferred = 0;
    if ((uw(c, t + 1, "with") && ex_party_after(c, t + 2, e, &other, 0, 3)) ||
        (c->U[t].e - c->U[t].s > 5 && ex_party_after(c, t + 1, e, &other, 0, 2) &&
         uw(c, t, "clashed with"))) {
        int rc = ex_emit_groups(c, AG_ATTACKS, src, &other, AG_REPORTED, NULL, 0, 0, 0.6);
        if (rc == AG_OK)
            rc = ex_emit_groups(c, AG_ATTACKS, &other, src, AG_REPORTED, NULL, 0, 0, 0.6);
        return rc;
    }
    if (src->n < 2 || src->n > 3)
        return AG_OK; /* "Russian and Ukrainian forces exchanged fire" */
    for (int i = 0; i < src->n; i++)
        for (int j = 0; j < src->n; j++) {
            if (i == j)
                continue;
            group a = {{src->e[i]}, 1, src->inferred}, b = {{src->e[j]}, 1, src->inferred};
            int rc = ex_emit_groups(c, AG_ATTACKS, &a, &b, AG_REPORTED, NULL, 0, 0, 0.6);
            if (rc != AG_OK)
                return rc;
        }
    return AG_OK;
}

int ex_attack_verb(ctx *c, size_t t, int fire)
{
    group src;
    src.n = 0;
    src.inferred = 0;
    size_t e = ex_region_end(c, t, 24);
    if (ex_blocked(c, t) || ex_modality(c, t))
        return AG_OK;
    for (size_t k = t + 1; k < e && k < t + 3; k++)
        if (has(c, k, WC_INTERCEPT) || uw(c, k, "down"))
            return AG_OK;
    if (t > 0 && uw(c, t - 1, "to")) {
        /* "Ukraine used drones to strike Russia": the act of the user */
        for (size_t j = t - 1, steps = 0; j > 0 && steps < 8; j--, steps++) {
            size_t v = j - 1;
            if (is_boundary(c, v) || has(c, v, WC_REL) || has(c, v, WC_SAY) ||
                is_punct(c, v, ','))
                break;
            if (uw(c, v, "used") && uw(c, v + 1, "by") && !ex_blocked(c, v) && !ex_modality(c, v) &&
                ex_party_after(c, v + 2, t - 1, &src, 0, 3))
                return attack_common(c, t, &src, P_ATK, 1); /* "drones used by Russia to strike" */
            if ((uw(c, v, "used") || uw(c, v, "uses") || uw(c, v, "using")) &&
                !ex_blocked(c, v) && !ex_modality(c, v) && ex_subject_of(c, v, &src, NULL))
                return attack_common(c, t, &src, P_ATK, 1);
        }
        return AG_OK; /* "to strike": not an act */
    }
    if ((t > 1 && uw(c, t - 2, "to") && (uw(c, t - 1, "further") || uw(c, t - 1, "again"))) ||
        (t > 2 && party_at(c, t - 1) != NULL && (uw(c, t - 2, "let") || uw(c, t - 2, "letting"))))
        return AG_OK; /* "let Ukraine strike": not an act */
    if (has(c, t, WC_INTERCEPT))
        return AG_OK;
    for (size_t k = t + 1; k < t + 5 && k < c->nu; k++)
        if (uw(c, k, "with") && (has(c, k + 1, WC_SANCTION_N) || has(c, k + 2, WC_SANCTION_N) ||
                                 uw(c, k + 1, "measures") || uw(c, k + 2, "measures")))
            return ex_sanction_verb(c, t, 0); /* "was hit with new sanctions by X" */
    if (t > 0 && ((has(c, t - 1, WC_PREP) && !has(c, t - 1, WC_BOUNDARY)) || has(c, t - 1, WC_DET)) &&
        c->U[t].e - c->U[t].s > 4 &&
        memcmp(c->s + c->U[t].e - 3, "ing", 3) == 0 && party_at(c, t + 1) != NULL)
        return AG_OK; /* "against invading Russian forces": an adjective */
    src.n = 0;
    size_t by_at;
    int by_ok = ex_find_by(c, t, e, &src, &by_at);
    for (size_t k = t + 1; by_ok && k < by_at; k++)
        if (ex_is_verbish(c, k))
            by_ok = 0; /* "struck X with missiles provided by Y": the participle's agent */
    if (!by_ok)
        src.n = 0;
    if (by_ok) {
        /* "was hit by X's missiles" */
        group dst;
        dst.n = 0;
        dst.inferred = 0;
        size_t k = t;
        while (k > 0 && !is_boundary(c, k - 1) && !has(c, k - 1, WC_REL))
            k--;
        dst.n = 0;
        for (size_t q = k; q < t && dst.n == 0; q++)
            if (party_at(c, q) != NULL && party_at(c, q)->poss != 2)
                ex_group_of(c, c->pidx[q], &dst, 1);
        if (!ex_is_passive(c, t) || dst.n == 0) {
            /* "the missile, fired by the Houthis, struck a road near X" */
            return AG_OK;
        }
        return ex_emit_groups(c, AG_ATTACKS, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.7);
    }
    if (ex_is_passive(c, t))
        return AG_OK;
    if (!ex_subject_of(c, t, &src, NULL))
        return AG_OK;
    if (fire) {
        /* "fired 18 drones at", "sent waves of them into" */
        if (uw(c, t, "sent") || uw(c, t, "send") || uw(c, t, "sending")) {
            static const char *const P_INTO[] = {"into", "at", NULL};
            return attack_common(c, t, &src, P_INTO, 0);
        }
        static const char *const P_FIRE[] = {"at", "into", "toward", "towards", "on", "against",
                                             NULL};
        return attack_common(c, t, &src, P_FIRE, 0);
    }
    if (uw(c, t, "seized") || uw(c, t, "captured")) {
        group dst;
        dst.n = 0;
        dst.inferred = 0;
        if (ex_find_prep(c, t, e, P_FROM, &dst, 0, 4))
            return ex_emit_groups(c, AG_ATTACKS, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.7);
    }
    if (mutual_attack(c, t))
        return mutual(c, t, e, &src);
    if (uw(c, t, "at war with") || uw(c, t, "waging war on") || uw(c, t, "war on") ||
        uw(c, t, "waged war on")) {
        group dst;
        dst.n = 0;
        dst.inferred = 0;
        if (ex_party_after(c, t + 1, e, &dst, 1, 3))
            return ex_emit_groups(c, AG_ATTACKS, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.8);
        return AG_OK;
    }
    return attack_common(c, t, &src, P_ATK, 1);
}

int ex_attack_noun(ctx *c, size_t t)
{
    group src, dst;
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    size_t e = ex_region_end(c, t, 14);
    if (ex_blocked(c, t) || c->question)
        return AG_OK;
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    /* source: possessor or modifier right before: "Russia's invasion",
     * "a Hamas rocket attack", "the Hamas-led attack", "its war" */
    size_t j = t;
    int steps = 0;
    while (j > 0 && steps < 4) {
        const party *p = party_at(c, j - 1);
        if (p != NULL) {
            if (!p->target_only && p->poss != 2)
                ex_group_of(c, c->pidx[j - 1], &src, 0);
            break;
        }
        if (c->U[j - 1].actor >= 0 && c->U[j - 1].surf == SURF_DEMONYM) {
            ent en = {c->U[j - 1].actor, -1, c->U[j - 1].s, c->U[j - 1].e, c->sentence_no};
            ex_group_add(&src, en); /* "a Russian missile attack on Kyiv" */
            break;
        }
        if (has(c, j - 1, WC_PRONOUN)) {
            /* its/their: the nearest party before it */
            for (size_t q = j - 1; q > 0 && src.n == 0; q--) {
                const party *pp = party_at(c, q - 1);
                if (pp != NULL && !pp->target_only && pp->poss != 2) {
                    ex_group_of(c, c->pidx[q - 1], &src, 0);
                    src.inferred = 1;
                    if (src.n > 1)
                        src.n = 0; /* "X and Y ... its": ambiguous */
                    break;
                }
            }
            break;
        }
        if (!(c->U[j - 1].flags & (TK_WORD | TK_NUM)) && c->U[j - 1].ch != '-')
            break;
        if (has(c, j - 1, WC_PREP) || has(c, j - 1, WC_SUPPORT_V) || has(c, j - 1, WC_REL))
            break;
        j--;
        steps++;
    }
    if (src.n == 0)
        ex_find_by(c, t, e, &src, NULL);
    if (src.n == 0) {
        /* "Israel has been waging war on Hamas", "used ... in strikes on" */
        size_t k = t;
        int st = 0;
        while (k > 0 && st < 10 && !has(c, k - 1, WC_SUPPORT_V) && !is_boundary(c, k - 1)) {
            k--;
            st++;
        }
        if (k > 0 && has(c, k - 1, WC_SUPPORT_V) && !ex_modality(c, k - 1) && !ex_blocked(c, k - 1))
            ex_subject_of(c, k - 1, &src, NULL);
    }
    size_t blame = (size_t)-1;
    if (src.n == 0) {
        /* "Ukraine blamed Russia for the strike", "accused Israel of the attack" */
        size_t k = t;
        while (k > 0 && t - k < 4 && !has(c, k - 1, WC_PREP) && party_at(c, k - 1) == NULL &&
               (c->U[k - 1].flags & (TK_WORD | TK_NUM)))
            k--;
        const party *p = k >= 2 ? party_at(c, k - 2) : NULL;
        if (p != NULL && (uw(c, k - 1, "for") || uw(c, k - 1, "of")) && !p->target_only &&
            !p->poss && p->u0 > 0) {
            size_t v = p->u0 - 1;
            int ok = uw(c, k - 1, "for")
                         ? (uw(c, v, "blamed") || uw(c, v, "blames") || uw(c, v, "blaming") ||
                            uw(c, v, "blame"))
                         : (uw(c, v, "accused") || uw(c, v, "accuses") || uw(c, v, "accusing"));
            if (ok && !ex_blocked(c, v) && !c->question) {
                ex_group_of(c, c->pidx[k - 2], &src, 0);
                blame = v;
            }
        }
    }
    if (src.n == 0)
        return AG_OK;
    if (uw(c, t, "war") || uw(c, t, "invasion") || uw(c, t, "offensive")) {
        static const char *const P_WAR[] = {"on", "against", "of", "into", "in", "with", NULL};
        ex_find_prep(c, t, e, P_WAR, &dst, 1, 3);
    } else {
        ex_find_prep(c, t, e, P_ATK_N, &dst, 1, 5);
    }
    for (size_t k = t + 1; dst.n == 0 && k + 2 < e; k++) {
        /* "an offensive to push the rebels out of the area" */
        static const char *const OUST[] = {"push", "drive", "dislodge", "oust", "expel", "rout",
                                           "flush", "clear", "crush", "destroy", NULL};
        if (is_punct(c, k, ',') || is_boundary(c, k) || has(c, k, WC_REL))
            break;
        if (!uw(c, k, "to"))
            continue;
        for (int i = 0; OUST[i] != NULL; i++)
            if (uw(c, k + 1, OUST[i]))
                ex_party_after(c, k + 2, e, &dst, 1, 3);
        break;
    }
    if (dst.n == 0 && blame != (size_t)-1)
        ex_subject_of(c, blame, &dst, NULL); /* the blamer was hit */
    if (dst.n == 0) {
        /* "a 2019 attack on the Abqaiq plant that Washington blamed on Iran" */
        return AG_OK;
    }
    return ex_emit_groups(c, AG_ATTACKS, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.7);
}

/* A word both verb and noun ("strikes", "attack") is a verb after its
 * subject, a pronoun, "to", a modal or an adverb. */
int ex_verb_position(const ctx *c, size_t t)
{
    if (t == 0)
        return 0;
    const party *p = party_at(c, t - 1);
    if (p != NULL)
        return p->poss == 0 && !p->target_only;
    size_t k = t - 1;
    size_t l = c->U[k].e - c->U[k].s;
    if (l > 2 && memcmp(c->s + c->U[k].e - 2, "ly", 2) == 0 && k > 0)
        return party_at(c, k - 1) != NULL || has(c, k - 1, WC_PRONOUN) || uw(c, k - 1, "to");
    return (has(c, k, WC_PRONOUN) && !has(c, k, WC_DET)) || uw(c, k, "to") || has(c, k, WC_PLAN) || has(c, k, WC_NEG) ||
           uw(c, k, "also") || uw(c, k, "did") || uw(c, k, "could") || uw(c, k, "may") ||
           (has(c, k, WC_REL) && !(k > 0 && has(c, k - 1, WC_PREP))) || /* not "for that strike" */
           uw(c, k, "then") || uw(c, k, "again");
}

/* ---- sentences ------------------------------------------------------------ */

static void note_orgs(ctx *c)
{
    for (size_t i = 0; i < c->np; i++) {
        const party *p = &c->P[i];
        if (p->inferred || p->poss == 2)
            continue;
        ent en = ex_party_ent(c, p);
        if (en.actor >= 0 && c->d->actors[en.actor].kind == AG_ORGANIZATION) {
            c->have_last_org = 1;
            c->last_org = en;
        }
        if (en.name >= 0 && c->names.v[en.name].kind == AG_ORGANIZATION) {
            c->have_last_company = 1;
            c->last_company = en;
        }
    }
}

static int do_sentence(ctx *c)
{
    int rc;
    if ((rc = ex_build_parties(c)) != AG_OK)
        return rc;
#ifdef EX_DEBUG
    if (getenv("EXD")) {
        for (size_t k = 0; k < c->nu; k++) {
            const party *p = party_at(c, k);
            fprintf(stderr, "[%.*s", (int)(c->U[k].e - c->U[k].s), c->s + c->U[k].s);
            if (c->U[k].wc)
                fprintf(stderr, "|%llx", (unsigned long long)c->U[k].wc);
            if (p)
                fprintf(stderr, "|P%d%s%s", c->pidx[k], p->target_only ? "t" : "",
                        p->poss == 1 ? "s" : p->poss == 2 ? "q" : "");
            fprintf(stderr, "] ");
        }
        fprintf(stderr, "\n");
    }
#endif
    c->has_cond = 0;
    c->first_deny = c->nu;
    for (size_t k = 0; k < c->nu; k++) {
        if (has(c, k, WC_COND))
            c->has_cond = 1;
        if (has(c, k, WC_DENY) && c->first_deny == c->nu)
            c->first_deny = k;
        if (has(c, k, WC_SANCTION_N) || has(c, k, WC_SANCTION_V))
            c->sanction_context = 1; /* "added X to its sanctions list" */
    }
    c->exchange_unit = -1;
    for (size_t k = 0; k < c->nu; k++)
        if (has(c, k, WC_EXCHANGE)) {
            c->exchange_unit = (int)k;
            break;
        }
    c->why = "one_of_them";
    if ((rc = ex_one_of_them(c)) != AG_OK)
        return rc;
    c->why = "supplied_adj";
    for (size_t i = 0; i < c->np; i++)
        if (c->P[i].supplied && (rc = ex_supplied_adj(c, &c->P[i])) != AG_OK)
            return rc;
    for (size_t t = 0; t < c->nu && rc == AG_OK; t++) {
        if (party_at(c, t) != NULL && party_at(c, t)->actor >= 0 && c->U[t].wc == 0)
            continue;
        wc_mask w = c->U[t].wc;
        if ((w & WC(WC_SUPPLY)) && (w & WC(WC_FIRE))) {
            /* "sent drones to Russia" or "sent drones into Kyiv" */
            c->why = "supply_verb", rc = ex_supply_verb(c, t);
            if (rc == AG_OK)
                c->why = "attack_verb", rc = ex_attack_verb(c, t, 1);
        } else if (w & WC(WC_SUPPLY))
            c->why = "supply_verb", rc = ex_supply_verb(c, t);
        else if (w & WC(WC_BUY))
            c->why = "buy_verb", rc = ex_buy_verb(c, t);
        else if (w & WC(WC_SUPPLIER))
            c->why = "supplier_noun", rc = ex_supplier_noun(c, t);
        else if ((w & WC(WC_SANCTION_V)) && (w & WC(WC_SANCTION_N)) && t > 0 &&
                 has(c, t - 1, WC_DET))
            c->why = "sanction_noun", rc = ex_sanction_noun(c, t); /* "a ban on" */
        else if (w & WC(WC_SANCTION_V))
            c->why = "sanction_verb", rc = ex_sanction_verb(c, t, 0);
        else if (w & WC(WC_SANCTION_N))
            c->why = "sanction_noun", rc = ex_sanction_noun(c, t);
        else if ((w & WC(WC_SANCTION_WEAK)) && ex_weak_sanction(c, t, w) != 0) {
            int ws = ex_weak_sanction(c, t, w);
            if (ws == 1)
                c->why = "sanction_verb", rc = ex_sanction_verb(c, t, 1);
            else
                c->why = "sanction_noun", rc = ex_sanction_noun(c, t);
        } else if (w & WC(WC_FIRE))
            c->why = "attack_verb", rc = ex_attack_verb(c, t, 1);
        else if ((w & WC(WC_ATTACK_V)) && (!(w & WC(WC_ATTACK_N)) || ex_verb_position(c, t)))
            c->why = "attack_verb", rc = ex_attack_verb(c, t, 0);
        else if (w & WC(WC_ATTACK_N))
            c->why = "attack_noun", rc = ex_attack_noun(c, t);
        if (rc == AG_OK && (w & WC(WC_SUPPLY_NOUN)))
            c->why = "supply_noun", rc = ex_supply_noun(c, t);
        if (rc == AG_OK && (w & WC(WC_SEEK)))
            c->why = "seek_verb", rc = ex_seek_verb(c, t);
        if (rc == AG_OK && (w & WC(WC_ARRIVE)))
            c->why = "arrive_verb", rc = ex_arrive_verb(c, t);
        if (rc == AG_OK && (w & WC(WC_EXCHANGE)) &&
            (uw(c, t, "paid with") || uw(c, t, "paying with") || uw(c, t, "pays with") ||
             uw(c, t, "paid for it with") || uw(c, t, "pay with")))
            c->why = "paid_with", rc = ex_paid_with(c, t);
        if (rc == AG_OK && (w & WC(WC_SEEK)) && c->exchange_unit < 0 &&
            (uw(c, t, "received") || uw(c, t, "receiving") || uw(c, t, "receives") ||
             uw(c, t, "receive") || uw(c, t, "got") || uw(c, t, "obtained")))
            c->why = "buy_verb", rc = ex_buy_verb(c, t); /* "received drones from Iran" */
    }
    note_orgs(c);
    note_companies(c);
    count_states(c);
    return rc;
}

/* Marks the dateline ("BRUSSELS, Oct. 20 -") of the first sentence. */
static void skip_dateline(ctx *c)
{
    if (c->nu < 4 || !(c->U[0].flags & TK_UPPER))
        return;
    for (size_t k = 1; k < c->nu && k < 12; k++) {
        if (is_punct(c, k, '-') && k > 0 && c->U[k].s > c->U[k - 1].e &&
            ((c->U[k - 1].flags & (TK_NUM | TK_UPPER)) || is_punct(c, k - 1, ')'))) {
            for (size_t j = 0; j <= k; j++) {
                c->U[j].skip = 1;
                c->U[j].actor = -1;
                c->U[j].name = -1;
            }
            return;
        }
    }
}

static int skip_line(const char *s, size_t n)
{
    static const char *const pre[] = {"Read also", "Read more", "See also", "Related:",
                                      "Also read", "READ MORE", "Top Stories", "Updated "};
    for (size_t i = 0; i < sizeof pre / sizeof pre[0]; i++) {
        size_t l = strlen(pre[i]);
        if (n >= l && memcmp(s, pre[i], l) == 0)
            return 1;
    }
    return 0;
}

int ag_extract(const ag_dict *d, const ag_article *a, ag_extraction *x, ag_err *err)
{
    ctx c;
    ex_span *lines = NULL, *sents = NULL;
    size_t nlines = 0, caplines = 0, nsents = 0, capsents = 0;
    ex_token *tok = NULL;
    size_t ntok = 0, captok = 0;
    ex_unit *units = NULL;
    size_t capu = 0;
    char *norm = NULL;
    size_t *map = NULL, *absmap = NULL, capmap = 0;
    int rc = AG_OK;

    memset(&c, 0, sizeof c);
    c.d = d;
    c.x = x;
    if (a == NULL || a->text == NULL)
        return ag_err_set(err, AG_ERR_USAGE, "no article text");
    /* copy the article */
    x->article.id = ag_strdup(a->id);
    x->article.title = ag_strdup(a->title);
    x->article.url = ag_strdup(a->url);
    x->article.source = ag_strdup(a->source);
    x->article.published = ag_strdup(a->published);
    x->article.text = ag_strndup(a->text, a->len);
    x->article.len = a->len;
    memcpy(x->article.sha256, a->sha256, sizeof a->sha256);
    if (x->article.text == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    c.published = a->published;
    if (ex_split_lines(a->text, a->len, &lines, &nlines, &caplines) != AG_OK) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t li = 0; li < nlines; li++) {
        size_t nlen = 0, llen = lines[li].e - lines[li].s;
        const char *line = a->text + lines[li].s;
        const char *ntext;
        int plain = 1;
        /* a line of plain ASCII without runs of blanks is its own normal form */
        for (size_t i = 0; i < llen && plain; i++) {
            unsigned char ch = (unsigned char)line[i];
            if (ch >= 0x80 || ch < 0x20 || (ch == ' ' && i + 1 < llen && line[i + 1] == ' '))
                plain = 0;
        }
        if (plain) {
            ntext = line;
            nlen = llen;
        } else {
            free(norm);
            free(map);
            norm = NULL;
            map = NULL;
            rc = ag_text_normalize(line, llen, &norm, &nlen, &map, err);
            if (rc != AG_OK)
                goto out;
            ntext = norm;
        }
        if (nlen == 0 || skip_line(ntext, nlen))
            continue;
        if (nlen + 1 > capmap) {
            free(absmap);
            capmap = (nlen + 1) * 2;
            absmap = malloc(capmap * sizeof *absmap);
            if (absmap == NULL) {
                rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
                goto out;
            }
        }
        for (size_t i = 0; i <= nlen; i++)
            absmap[i] = (plain ? i : map[i]) + lines[li].s;
        if (ex_split_line(ntext, nlen, &sents, &nsents, &capsents) != AG_OK) {
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            goto out;
        }
        for (size_t si = 0; si < nsents; si++) {
            size_t ss = sents[si].s, se = sents[si].e;
            if (se - ss > AG_MAX_SENTENCE_BYTES) {
                x->n_long_sentences++; /* the CLI says so */
                continue;
            }
            if (ex_tokenize(ntext + ss, se - ss, &tok, &ntok, &captok) != AG_OK) {
                rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
                goto out;
            }
            /* token offsets relative to the line */
            for (size_t i = 0; i < ntok; i++) {
                tok[i].s += (uint32_t)ss;
                tok[i].e += (uint32_t)ss;
            }
            if (ex_units(d, ntext, tok, ntok, &units, &c.nu, &capu, &c.names) != AG_OK) {
                rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
                goto out;
            }
            c.s = ntext;
            c.U = units;
            c.sent_s = ss;
            c.sent_e = se;
            c.map = absmap;
            c.question = 0;
            c.sentence_no++;
            c.date_done = 0;
            {
                size_t q = se;
                while (q > ss && (ntext[q - 1] == '"' || ntext[q - 1] == '\'' || ntext[q - 1] == ')'))
                    q--;
                if (q > ss && ntext[q - 1] == '?')
                    c.question = 1;
            }
            if (si == 0 && !sents[si].headline)
                skip_dateline(&c); /* "BRUSSELS, Oct. 20 -" starts a paragraph */
            if ((rc = do_sentence(&c)) != AG_OK) {
                if (c.error.code != 0)
                    rc = ag_err_set(err, c.error.code, "%s", c.error.msg);
                else
                    rc = ag_err_set(err, rc, "out of memory");
                goto out;
            }
        }
    }
out:
    free(lines);
    free(sents);
    free(tok);
    free(units);
    free(norm);
    free(map);
    free(absmap);
    free(c.P);
    free(c.pidx);
    free(c.fe);
    free(c.last_sayer);
    x->n_dropped_names = c.names.dropped;
    ex_names_free(&c.names);
    return rc;
}
