/*
 * ex_attack.c -- the attacks family of the pattern matcher: attack verbs
 * ("struck", "shelled", "fired ... at", "at war with", "seized ... from"),
 * mutual attacks ("exchanged fire", "clashed with"), attack nouns ("Russia's
 * invasion of", "a Hamas rocket attack on", "blamed X for the strike"), and
 * whether a word both verb and noun ("strikes") stands as a verb.
 */
#define _POSIX_C_SOURCE 200809L
#include "extract_ctx.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const P_FROM[] = {"from", NULL};

static const char *const P_ATK[] = {"at",      "into",   "toward", "towards", "on",
                                    "against", "across", "in",     "inside",  NULL};
static const char *const P_ATK_N[] = {"on", "against", "into",   "of",        "across",
                                      "at", "with",    "inside", "targeting", NULL};

/* A month's name: "October", "Oct." */
static int month_word(const ctx *c, size_t k)
{
    static const char *const M[] = {"January", "February", "March",    "April",   "May",
                                    "June",    "July",     "August",   "September",
                                    "October", "November", "December", "Jan.",    "Feb.",
                                    "Aug.",    "Sept.",    "Oct.",     "Nov.",    "Dec.",
                                    NULL};
    return (c->U[k].flags & TK_CAP) && uw_any(c, k, M);
}

/* A year: four digits. */
static int year_unit(const ctx *c, size_t k)
{
    return (c->U[k].flags & TK_NUM) && c->U[k].e - c->U[k].s == 4;
}

/* Verbs of taking ground back: "retook", "recaptured" (one's own ground). */
static int retake_verb(const ctx *c, size_t t)
{
    static const char *const RETAKE[] = {"retook",     "retaken",   "retake",      "retaking",
                                         "recaptured", "recapture", "recapturing", NULL};
    return uw_any(c, t, RETAKE);
}

/* Verbs of taking ground: "captured", "seized", "overran", "retook". */
static int capture_verb(const ctx *c, size_t t)
{
    static const char *const TAKE[] = {"captured", "capturing", "captures", "seized",
                                       "seizing",  "seizes",    "overran",  "overrun",
                                       "occupied", "occupy",    NULL};
    return uw_any(c, t, TAKE) || retake_verb(c, t);
}

static int attack_common(ctx *c, size_t t, group *src, const char *const *preps, int direct)
{
    group dst;
    dst.n = 0;
    dst.inferred = 0;
    size_t e = ex_region_end(c, t, 24);
    for (size_t k = t + 1; k < e; k++)
        if (is_punct(c, k, ',') || (uw(c, k, "and") && uw(c, k + 1, "by"))) {
            e = k; /* the object and its prepositions come before a comma, or
                    * before another agent ("used by X to attack A and by Y in B") */
            break;
        }
    int people = 0;
    for (size_t k = t + 1; k + 2 < e && k < t + 10; k++) {
        /* "struck a depot used by Hezbollah": the user is the target */
        if (!((uw(c, k, "used") || uw(c, k, "operated") || uw(c, k, "run") ||
               uw(c, k, "controlled") || uw(c, k, "held") || uw(c, k, "owned")) &&
              uw(c, k + 1, "by")) &&
            !((uw(c, k, "belonging") || uw(c, k, "linked") || uw(c, k, "tied")) &&
              uw(c, k + 1, "to")))
            continue;
        if (ex_party_after(c, k + 2, e, &dst, 0, 6)) /* "the Iran-backed militant group X" */
            return src->n > 0
                       ? ex_emit_groups(c, AG_ATTACKS, src, &dst, AG_REPORTED, NULL, t, e, 0.7)
                       : AG_OK;
        break;
    }
    if (direct && !has(c, t + 1, WC_PREP)) {
        /* direct object: "struck Kharkiv", "shelled the Armenian towns" */
        static const char *const SHIPPING[] = {"merchant",   "commercial", "cargo",
                                               "tanker",     "tankers",    "freighter",
                                               "freighters", "container",  "shipping",
                                               NULL};
        ex_party_after(c, t + 1, e, &dst, 1, 6);
        for (size_t k = t + 1; k < e && k < t + 5 && !has(c, k, WC_PREP); k++)
            if (ex_people_noun(c, k))
                people = 1; /* "struck Kurdish militants in Iraq": not Iraq */
        size_t e0 = ex_region_end(c, t, 24); /* past "US, UK merchant ships" */
        for (size_t k = t + 1; k < e0 && k < t + 8 && !has(c, k, WC_PREP) &&
                               !(is_punct(c, k, ',') && party_at(c, k + 1) == NULL);
             k++)
            if (uw_any(c, k, SHIPPING))
                return AG_OK; /* "attacked US, UK merchant ships": a ship's flag is no target */
    }
    if (dst.n == 0 && preps != NULL && !people)
        ex_find_prep(c, t, e, preps, &dst, 1, 5);
    int retake = retake_verb(c, t);
    if (dst.n == 0 && src->n > 0 && direct && ent_is_state(c, src->e[0]) && !retake) {
        /* "Russia uses drones to attack civilian infrastructure": a state's
         * strike on a target that names no owner hits the state the
         * article is about (named most, other than the attacker) */
        int th = 0, firms = 0;
        for (size_t k = t + 1; k < e && k < t + 6 && party_at(c, k) == NULL; k++) {
            if (has(c, k, WC_TARGET_HEAD))
                th = 1;
            if (has(c, k, WC_GROUP_ORG) || has(c, k, WC_GROUP_PERSON))
                firms = 1; /* "targeted two companies and a vessel": a sanction's words */
        }
        if (firms)
            th = 0;
        int hs = -1;
        for (size_t i = 0; th && i < c->np && hs < 0; i++) {
            ent pe = ex_party_ent(c, &c->P[i]);
            if (c->P[i].poss != 2 && ent_is_state(c, pe) && pe.actor != src->e[0].actor &&
                !has(c, c->P[i].u1, WC_SAY))
                hs = pe.actor; /* "critical for Ukraine as Russia continues to attack" */
        }
        if (th && hs < 0) {
            hs = ex_topic_state(c, src->e[0].actor);
            if (hs >= 0 && c->have_sanctioner && c->sanctioner.actor == hs)
                hs = -1; /* the state that sanctions the attacker is not whom it hit */
        }
        if (hs >= 0 && hs != src->e[0].actor) {
            ent te = {hs, -1, 0, 0, c->sentence_no};
            ex_group_add(&dst, te);
            dst.inferred = 1;
            return ex_emit_groups(c, AG_ATTACKS, src, &dst, AG_REPORTED, NULL, t, e, 0.5);
        }
    }
    if (dst.n == 0 && src->n > 0 && direct && !ent_is_state(c, src->e[0]) && capture_verb(c, t) &&
        !retake) {
        /* "the rebels captured four towns and dozens of outposts": ground
         * taken by an armed group with no owner named is the state the
         * article is about (not the attacker's sanctioner) */
        static const char *const GROUND[] = {
            "outposts",  "outpost",   "posts",    "towns",       "town",     "bases",
            "base",      "camps",     "camp",     "positions",   "territory", "villages",
            "territories", "barracks", "foothold", "garrison",   NULL};
        int ground = 0;
        for (size_t k = t + 1; k < e && k < t + 7 && party_at(c, k) == NULL; k++)
            if (uw_any(c, k, GROUND))
                ground = 1;
        int hs = ground ? ex_topic_state(c, src->e[0].actor) : -1;
        if (hs >= 0 && c->have_sanctioner && c->sanctioner.actor == hs)
            hs = -1;
        for (int i = 0; hs >= 0 && i < src->n; i++)
            if (ent_is_state(c, src->e[i]) || src->e[i].actor == hs)
                hs = -1;
        if (hs >= 0) {
            ent te = {hs, -1, 0, 0, c->sentence_no};
            ex_group_add(&dst, te);
            dst.inferred = 1;
            return ex_emit_groups(c, AG_ATTACKS, src, &dst, AG_REPORTED, NULL, t, e, 0.5);
        }
    }
    if (dst.n == 0 && src->n == 1 && direct && !ent_is_state(c, src->e[0])) {
        /* "Colombia's ELN attacked a military base": an armed group's
         * strike on an unnamed site at home hits its state */
        int th = 0;
        for (size_t k = t + 1; k < e && k < t + 6 && party_at(c, k) == NULL; k++)
            if (has(c, k, WC_TARGET_HEAD))
                th = 1;
        for (size_t i = 0; th && i + 1 < c->np; i++) {
            const party *h = &c->P[i], *g = &c->P[i + 1];
            ent he = ex_party_ent(c, h);
            int rebel = 0; /* "Colombia's ELN guerrilla group", "Myanmar's KIA rebels" */
            for (size_t k = g->u1; k < t && k < g->u1 + 3; k++)
                if (has(c, k, WC_REBEL))
                    rebel = 1;
            if (rebel && h->poss != 0 && ent_is_state(c, he) && g->u0 == h->u1 + 1 && g->u1 <= t &&
                ent_eq(ex_party_ent(c, g), src->e[0])) {
                ex_group_add(&dst, he);
                dst.inferred = 1;
                return ex_emit_groups(c, AG_ATTACKS, src, &dst, AG_REPORTED, NULL, t, e, 0.6);
            }
        }
    }
    if (dst.n == 0 || src->n == 0)
        return AG_OK;
    return ex_emit_groups(c, AG_ATTACKS, src, &dst, AG_REPORTED, NULL, t, e, 0.8);
}

/* "exchanged fire", "clashed with": each side attacks the other */
static int fight_verb(const ctx *c, size_t t)
{
    return uw(c, t, "fighting") || uw(c, t, "fought") || uw(c, t, "battling") ||
           uw(c, t, "battled");
}

static int mutual(ctx *c, size_t t, size_t e, group *src)
{
    group other;
    other.n = 0;
    other.inferred = 0;
    if (fight_verb(c, t)) {
        /* "Saudi Arabia fought the Houthis", "fighting against X": one way;
         * "X and Y have been fighting": each way; "fought alongside X": none */
        if (uw(c, t + 1, "alongside") || uw(c, t + 1, "for") || uw(c, t + 1, "together") ||
            uw(c, t + 1, "beside") || uw(c, t + 1, "back") || uw(c, t + 1, "off") ||
            uw(c, t + 1, "in") || uw(c, t + 1, "across") || uw(c, t + 1, "inside"))
            return AG_OK; /* "Wagner has battled in Libya and Mali": where, not whom */
        size_t k = uw(c, t + 1, "against") ? t + 2 : t + 1;
        static const char *const REVOLT[] = {"insurgency", "insurgencies", "rebellion", "uprising",
                                             "insurrection", NULL};
        for (size_t q = k; q < e && q < k + 6; q++)
            if (uw_any(c, q, REVOLT) && q + 1 < e && (uw(c, q + 1, "by") || uw(c, q + 1, "of"))) {
                k = q + 2; /* "fighting a seven-year insurgency by Boko Haram" */
                break;
            }
        if (ex_party_after(c, k, e, &other, 0, 4))
            return ex_emit_groups(c, AG_ATTACKS, src, &other, AG_REPORTED, NULL, 0, 0, 0.6);
        if (party_at(c, t + 1) != NULL || uw(c, t + 1, "against") || uw(c, t + 1, "with"))
            return AG_OK;
    }
    int with = c->U[t].e - c->U[t].s > 5 && strncasecmp(c->s + c->U[t].e - 5, " with", 5) == 0;
    if ((uw(c, t + 1, "with") && ex_party_after(c, t + 2, e, &other, 0, 3)) ||
        (with && ex_party_after(c, t + 1, e, &other, 0, 2))) { /* "clashed with X" */
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

/* "The missile, fired by the Houthis on Sunday, struck a road": the agent
 * of the participle that describes the weapon in subject position. */
static int weapon_agent(ctx *c, size_t t, group *g)
{
    size_t k = t;
    while (k > 0 && !is_boundary(c, k - 1) && !has(c, k - 1, WC_REL) && !has(c, k - 1, WC_SAY))
        k--;
    for (size_t q = k; q + 2 < t; q++) {
        if (!(uw(c, q, "fired") || uw(c, q, "launched") || uw(c, q, "sent") || uw(c, q, "flown")) ||
            !uw(c, q + 1, "by") || q == 0 || !is_punct(c, q - 1, ','))
            continue;
        int weapon = 0;
        for (size_t w = k; w < q; w++)
            if (has(c, w, WC_ITEM))
                weapon = 1;
        size_t a = uw(c, q + 2, "the") ? q + 3 : q + 2;
        const party *p = party_at(c, a);
        if (!weapon || p == NULL || p->target_only || p->poss)
            return 0;
        ex_group_of(c, c->pidx[a], g, 0);
        return g->n > 0;
    }
    return 0;
}

/* "a bombing claimed by X", "an airstrike attributed (by the press) to X":
 * the attacker named after the attack noun at t, within n units. */
static int attributed_to(ctx *c, size_t t, size_t n, group *g)
{
    g->n = 0;
    g->inferred = 0;
    for (size_t k = t + 1; k + 2 < c->nu && k < t + n; k++) {
        if (is_punct(c, k, ',') || is_boundary(c, k) || has(c, k, WC_REL))
            break;
        if (party_at(c, k) != NULL) {
            k = party_at(c, k)->u1 - 1; /* "an attack on Haifa claimed by X" */
            continue;
        }
        size_t a = (size_t)-1;
        if (uw(c, k, "claimed") && uw(c, k + 1, "by"))
            a = k + 1;
        for (size_t q = k + 1; uw(c, k, "attributed") && q < c->nu && q < k + 7; q++)
            if (uw(c, q, "to")) {
                a = q;
                break;
            }
        if (a != (size_t)-1)
            return !ex_blocked(c, k) && ex_party_after(c, a + 1, ex_region_end(c, a, 6), g, 0, 2);
    }
    return 0;
}

/* "An airstrike attributed to Israel hit a radar": the attribution of the
 * attack noun that opens the clause of the verb at t. */
static int attributed_subject(ctx *c, size_t t, group *g)
{
    size_t k = t;
    while (k > 0 && !is_boundary(c, k - 1) && !has(c, k - 1, WC_REL) && !has(c, k - 1, WC_SAY) &&
           !is_punct(c, k - 1, ','))
        k--;
    for (size_t a = k; a < t && a < k + 4; a++)
        if (has(c, a, WC_ATTACK_N) && party_at(c, a) == NULL)
            return attributed_to(c, a, t - a, g);
    return 0;
}

/* "supplied Russia with drones that were used in attacks across Ukraine":
 * the weapons of the passive "used" at v, named right before "that" or
 * "which", were received by the receiver of this sentence's last supply:
 * the user. */
static int weapon_user(ctx *c, size_t v, group *g)
{
    size_t k = v;
    g->n = 0;
    g->inferred = 0;
    while (k > 0 && v - k < 3 &&
           (uw(c, k - 1, "were") || uw(c, k - 1, "was") || uw(c, k - 1, "been") ||
            uw(c, k - 1, "have") || uw(c, k - 1, "has") || uw(c, k - 1, "had") ||
            uw(c, k - 1, "are") || uw(c, k - 1, "is") || uw(c, k - 1, "reportedly")))
        k--;
    if (k == v || k < 2 || !(uw(c, k - 1, "that") || uw(c, k - 1, "which")))
        return 0;
    const party *p = party_at(c, k - 2);
    if (p != NULL && p->u0 >= 2 && uw(c, p->u0 - 1, "from") && has(c, p->u0 - 2, WC_ITEM) &&
        party_at(c, p->u0 - 2) == NULL)
        p = NULL; /* "bought drones from Iran that were used" */
    else if (p != NULL || !has(c, k - 2, WC_ITEM))
        return 0;
    for (size_t i = c->nfe; i > 0; i--) {
        const found_edge *f = &c->fe[i - 1];
        if (f->sentence != c->sentence_no)
            break;
        if (f->type == AG_SUPPLIES) {
            ex_group_add(g, f->dst);
            g->inferred = 1;
            return g->n > 0;
        }
    }
    return 0;
}

int ex_attack_verb(ctx *c, size_t t, int fire)
{
    group src;
    src.n = 0;
    src.inferred = 0;
    size_t e = ex_region_end(c, t, 24);
    if ((uw(c, t, "war on") || uw(c, t, "war against")) && !c->question && !c->has_cond) {
        /* "Russia's full-scale war on Ukraine": the possessor, past its adjectives;
         * a possessive nominal is taken for granted ("pledged to end X's war") */
        size_t j = t;
        while (j > 0 && t - j < 6 && party_at(c, j - 1) == NULL &&
               ((c->U[j - 1].ch == '-' && c->U[j - 1].e == c->U[j].s) ||
                ((c->U[j - 1].flags & TK_WORD) && !(c->U[j - 1].flags & TK_POSS) &&
                 !(c->U[j - 1].flags & TK_CAP) && !ex_is_verbish(c, j - 1) &&
                 !has(c, j - 1, WC_PREP) && !has(c, j - 1, WC_DET))))
            j--;
        if (j >= 2 && (c->U[j - 1].flags & TK_POSS) && party_at(c, j - 2) != NULL &&
            party_at(c, j - 2)->poss == 1 && !party_at(c, j - 2)->target_only) {
            group own, dst;
            ex_group_of(c, c->pidx[j - 2], &own, 0);
            if (!ex_party_after(c, t + 1, e, &dst, 1, 3))
                return AG_OK;
            return ex_emit_groups(c, AG_ATTACKS, &own, &dst, AG_REPORTED, NULL, 0, 0, 0.7);
        }
    }
    if (ex_blocked(c, t) || ex_modality(c, t))
        return AG_OK;
    if (t > 0 && is_punct(c, t - 1, '-') && c->U[t - 1].e == c->U[t].s)
        return AG_OK; /* "the Israeli-occupied Golan Heights": an adjective */
    if (t > 0 && (uw(c, t - 1, "an") || uw(c, t - 1, "a")) && !has(c, t, WC_ATTACK_N))
        return AG_OK; /* "in an ambush north of X": a noun with no role of its own */
    if (t > 0 && (uw(c, t - 1, "its") || uw(c, t - 1, "their"))) {
        /* "for its war on Ukraine": the pronoun's party, the one after */
        group dst;
        if (!ex_pronoun_ref(c, t - 1, &src) || !ex_party_after(c, t + 1, e, &dst, 1, 3))
            return AG_OK;
        return ex_emit_groups(c, AG_ATTACKS, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.6);
    }
    for (size_t k = t + 1; k < e && k < t + 3; k++)
        if (has(c, k, WC_INTERCEPT) || uw(c, k, "down"))
            return AG_OK;
    if ((uw(c, t, "fight") || uw(c, t, "fights") || uw(c, t, "defeat")) &&
        t + 1 < e && (has(c, t + 1, WC_ATTACK_N) || (has(c, t + 1, WC_DET) && t + 2 < e &&
                                                    has(c, t + 2, WC_ATTACK_N))))
        return AG_OK; /* "to help fight attacks by X": the noun names who attacks */
    if (uw(c, t, "destroyed") || uw(c, t, "destroying"))
        for (size_t k = t + 1; k < e && k < t + 6 && !has(c, k, WC_PREP); k++)
            if (has(c, k, WC_ITEM) &&
                (c->U[k].category == CAT_MISSILES || c->U[k].category == CAT_DRONES))
                return AG_OK; /* "destroyed 40 Russian drones": an interception */
    if (t > 0 && uw(c, t - 1, "to")) {
        /* "Ukraine used drones to strike Russia": the act of the user */
        for (size_t j = t - 1, steps = 0; j > 0 && steps < 8; j--, steps++) {
            size_t v = j - 1;
            if (is_boundary(c, v) || has(c, v, WC_REL) || has(c, v, WC_SAY) || is_punct(c, v, ','))
                break;
            if (uw(c, v, "used") && uw(c, v + 1, "by") && !ex_blocked(c, v) && !ex_modality(c, v) &&
                ex_party_after(c, v + 2, t - 1, &src, 0, 3))
                return attack_common(c, t, &src, P_ATK, 1); /* "drones used by Russia to strike" */
            if ((uw(c, v, "used") || uw(c, v, "uses") || uw(c, v, "using") || uw(c, v, "use")) &&
                !ex_blocked(c, v) && !ex_modality(c, v) &&
                (weapon_user(c, v, &src) || ex_subject_of(c, v, &src, NULL)))
                return attack_common(c, t, &src, P_ATK, 1); /* "drones that were used to hit" */
            if (v + 2 == t &&
                (uw(c, v, "continues") || uw(c, v, "continued") || uw(c, v, "continue") ||
                 uw(c, v, "began") || uw(c, v, "begun") || uw(c, v, "started") ||
                 uw(c, v, "starts") || uw(c, v, "resumed")) &&
                !ex_blocked(c, v) && !ex_modality(c, v) && ex_subject_of(c, v, &src, NULL))
                return attack_common(c, t, &src, P_ATK, 1); /* "continues to attack X" */
        }
        return AG_OK; /* "to strike": not an act */
    }
    if ((t > 1 && uw(c, t - 2, "to") && (uw(c, t - 1, "further") || uw(c, t - 1, "again"))) ||
        (t > 2 && party_at(c, t - 1) != NULL && (uw(c, t - 2, "let") || uw(c, t - 2, "letting"))))
        return AG_OK; /* "let Ukraine strike": not an act */
    if (has(c, t, WC_INTERCEPT))
        return AG_OK;
    if (has(c, t + 1, WC_SANCTION_N) || (t + 2 < c->nu && has(c, t + 2, WC_SANCTION_N) &&
                                         !party_at(c, t + 1) && !has(c, t + 1, WC_DET)))
        return AG_OK; /* "targeted financial sanctions": an adjective */
    for (size_t k = t + 1; k < t + 12 && k + 1 < c->nu; k++) {
        if (is_boundary(c, k) || has(c, k, WC_REL))
            break;
        if (uw(c, k, "with") && (has(c, k + 1, WC_SANCTION_N) || has(c, k + 2, WC_SANCTION_N) ||
                                 uw(c, k + 1, "measures") || uw(c, k + 2, "measures"))) {
            if (k < t + 5 && ex_is_passive(c, t))
                return ex_sanction_verb(c, t, 0); /* "was hit with new sanctions by X" */
            return AG_OK; /* "China hits Lockheed with sanctions": the sanction noun's frame */
        }
    }
    if (t > 0 &&
        ((has(c, t - 1, WC_PREP) && !has(c, t - 1, WC_BOUNDARY)) || has(c, t - 1, WC_DET)) &&
        ends_ing(c, t) && party_at(c, t + 1) != NULL)
        return AG_OK; /* "against invading Russian forces": an adjective */
    if (t > 0 && uw(c, t - 1, "the") && ends_ing(c, t))
        return ex_attack_noun(c, t); /* "for the killing of X": a noun */
    src.n = 0;
    if (fire && t > 0 && has(c, t - 1, WC_ITEM) && ends_ed(c, t)) {
        /* "intercepted missiles fired at Israel by the Houthis": the agent
         * after "by" fires, not the subject of the main clause */
        static const char *const P_FIRE1[] = {"at",      "into", "toward", "towards",
                                              "on",      "onto", NULL};
        for (size_t k = t + 1; k < e && src.n == 0; k++)
            if (uw(c, k, "by") && !ex_party_after(c, k + 1, e, &src, 0, 4))
                return AG_OK; /* "by Iran-backed Houthi rebels" */
        if (src.n == 0)
            return AG_OK;
        return attack_common(c, t, &src, P_FIRE1, 0);
    }
    size_t by_at;
    int by_ok = ex_find_by(c, t, e, &src, &by_at);
    for (size_t k = t + 1; by_ok && k < by_at; k++)
        if (ex_is_verbish(c, k) || (fight_verb(c, t) && has(c, k, WC_ATTACK_N)))
            by_ok = 0; /* "struck X with missiles provided by Y": the participle's agent;
                        * "fighting an insurgency by Boko Haram": the noun's */
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
        size_t h = t > 0 && uw(c, t - 1, "being") ? t - 1 : t;
        if (h > 0 && has(c, h - 1, WC_ITEM) && party_at(c, h - 1) == NULL)
            k = t; /* "drones (being) used by X": the weapons are the participle's */
        for (size_t q = k; q < t && dst.n == 0; q++)
            if (party_at(c, q) != NULL && party_at(c, q)->poss != 2 &&
                !(party_at(c, q)->poss == 0 && has(c, party_at(c, q)->u1, WC_ITEM)))
                ex_group_of(c, c->pidx[q], &dst, 1); /* not "US weapons were used by X" */
        if (dst.n == 0 && fire && ex_is_passive(c, t) &&
            ex_recent_end(c, AG_ATTACKS, 1, &src, &dst))
            return ex_emit_groups(c, AG_ATTACKS, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.5);
        if (!ex_is_passive(c, t) || dst.n == 0) {
            /* "the missile, fired by the Houthis, struck a road near X" */
            return AG_OK;
        }
        return ex_emit_groups(c, AG_ATTACKS, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.7);
    }
    if (ex_is_passive(c, t))
        return AG_OK;
    if (uw(c, t, "attacked") || uw(c, t, "attacks") || uw(c, t, "attack") ||
        uw(c, t, "attacking")) {
        /* "the Congress attacked the government for not seeking": words */
        for (size_t k = t + 1; k + 1 < c->nu && k < t + 6; k++)
            if (uw(c, k, "for") &&
                (ends_ing(c, k + 1) || uw(c, k + 1, "not") || uw(c, k + 1, "its") ||
                 uw(c, k + 1, "their") || uw(c, k + 1, "his") || uw(c, k + 1, "her")))
                return AG_OK;
    }
    if ((uw(c, t, "assassinated") || uw(c, t, "annexed")) && t > 0 &&
        (has(c, t - 1, WC_PREP) || has(c, t - 1, WC_DET)))
        return AG_OK; /* "the head of assassinated ex-president X's guard": an adjective */
    if (fight_verb(c, t) && ends_ing(c, t) && t > 1) {
        /* "backs the forces fighting X": the unnamed forces fight, not the
         * subject; "militias such as X now battling Y": X */
        static const char *const FIGHTERS[] = {"forces", "troops", "fighters", "militias",
                                               "groups", "units",  "soldiers", NULL};
        size_t nb = t - 1;
        while (nb > 0 && (uw(c, nb, "now") || uw(c, nb, "still") || uw(c, nb, "currently")))
            nb--;
        const party *p = party_at(c, nb);
        if (p == NULL && (c->U[nb].flags & TK_WORD) && !(c->U[nb].flags & TK_CAP) &&
            uw_any(c, nb, FIGHTERS) && party_at(c, nb - 1) == NULL && c->U[nb - 1].actor < 0)
            return AG_OK; /* not "the AU and Somali troops fighting X" */
        if (p != NULL && nb + 1 < t && !p->poss && !p->target_only) {
            ex_group_of(c, c->pidx[nb], &src, 0);
            return mutual(c, t, e, &src);
        }
    }
    if (!ex_subject_of(c, t, &src, NULL) && !weapon_agent(c, t, &src) &&
        !attributed_subject(c, t, &src))
        return AG_OK;
    if (uw(c, t, "returned fire") || uw(c, t, "return fire") || uw(c, t, "returning fire") ||
        uw(c, t, "returns fire")) {
        /* "X fired shells at Y's island and Y's navy returned fire": at
         * the last side that attacked it, in this sentence or the one before */
        for (size_t i = c->nfe; i > 0 && src.n > 0; i--) {
            const found_edge *f = &c->fe[i - 1];
            if (f->sentence + 1 < c->sentence_no)
                break;
            if (f->type == AG_ATTACKS && ent_eq(f->dst, src.e[0]) && !ent_eq(f->src, src.e[0])) {
                group back = {{f->src}, 1, 1};
                back.e[0].ss = back.e[0].se = 0;
                return ex_emit_groups(c, AG_ATTACKS, &src, &back, AG_REPORTED, NULL, 0, 0, 0.6);
            }
        }
        return AG_OK;
    }
    if (fire) {
        /* "fired 18 drones at", "sent waves of them into" */
        if (uw(c, t, "sent") || uw(c, t, "send") || uw(c, t, "sending")) {
            static const char *const P_INTO[] = {"into", "at", NULL};
            return attack_common(c, t, &src, P_INTO, 0);
        }
        static const char *const P_FIRE[] = {"at", "into",    "toward", "towards",
                                             "on", "onto", "against", NULL};
        return attack_common(c, t, &src, P_FIRE, 0);
    }
    if (capture_verb(c, t)) {
        /* "seized 200 rifles smuggled from the US": weapons taken, no
         * attack; "captured the town of Paletwa from the junta", "retook Wad
         * Madani from the RSF": the one the ground is taken from */
        int weapons = 0, site = 0;
        for (size_t k = t + 1; k < e && k < t + 7 && party_at(c, k) == NULL &&
                               (!has(c, k, WC_PREP) || uw(c, k, "of"));
             k++) { /* "seized some of the rifles" */
            int parts_of = (uw(c, k, "parts") || uw(c, k, "part")) && uw(c, k + 1, "of");
            weapons |= has(c, k, WC_ITEM) && !has(c, k, WC_TARGET_HEAD) && !parts_of;
            site |= has(c, k, WC_TARGET_HEAD) || parts_of; /* "large parts of North Kivu" */
        }
        if (weapons && !site)
            return AG_OK;
        group dst;
        dst.n = 0;
        dst.inferred = 0;
        if (ex_find_prep(c, t, e, P_FROM, &dst, 0, 8))
            return ex_emit_groups(c, AG_ATTACKS, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.7);
    }
    if (has(c, t, WC_MUTUAL))
        return mutual(c, t, e, &src);
    if (uw(c, t, "took control of") || uw(c, t, "taken control of") ||
        uw(c, t, "wrested control of")) {
        /* "took control of Damascus": of a state's ground, not of a firm */
        group dst;
        if (ex_party_after(c, t + 1, e, &dst, 1, 2) && dst.n > 0 && ent_is_state(c, dst.e[0]))
            return ex_emit_groups(c, AG_ATTACKS, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.7);
        return AG_OK;
    }
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

/* The resister before the verb at v when the verb has no subject of its
 * own: "Ukraine's defenders continue to fight", "as they continue to
 * fight", "helps Ukrainians defend", "gives Ukraine the means to defend":
 * a possessor of people, a people demonym, a pronoun's party or the
 * nearest party, within the clause. */
static int resister_before(ctx *c, size_t v, group *dst)
{
    static const char *const PEOPLE[] = {"defenders", "forces", "troops", "soldiers", "army",
                                         "military",  "people", "fighters", NULL};
    dst->n = 0;
    dst->inferred = 0;
    for (size_t q = v, st = 0; q > 0 && st < 8; q--, st++) {
        size_t k = q - 1;
        if (is_punct(c, k, ',') || has(c, k, WC_REL) || has(c, k, WC_SAY) ||
            (is_boundary(c, k) && !uw(c, k, "as")))
            return 0;
        const party *p = party_at(c, k);
        if (p != NULL) {
            if (p->target_only || p->poss == 2)
                return 0;
            ex_group_of(c, c->pidx[k], dst, 1);
            return dst->n > 0;
        }
        if (uw_any(c, k, PEOPLE) && k >= 2 && (c->U[k - 1].flags & TK_POSS) &&
            party_at(c, k - 2) != NULL && !party_at(c, k - 2)->target_only) {
            ex_group_of(c, c->pidx[k - 2], dst, 0); /* "Ukraine's defenders" */
            return dst->n > 0;
        }
        if (c->U[k].actor >= 0 && c->U[k].surf == SURF_DEMONYM && c->s[c->U[k].e - 1] == 's') {
            ent en = {c->U[k].actor, -1, c->U[k].s, c->U[k].e, c->sentence_no};
            ex_group_add(dst, en); /* "Ukrainians" */
            return 1;
        }
        if (uw(c, k, "they") || uw(c, k, "it"))
            return ex_pronoun_ref(c, k, dst);
    }
    return 0;
}

/* "Ukraine's defenders fight Russian aggression", "to defend their land
 * against Russian advances", "protect its people against Russia's aerial
 * attacks": the one who resists the attack at t is its target. */
static int resisted(ctx *c, size_t t, group *dst)
{
    static const char *const RESIST[] = {"fight",   "fights",     "fighting", "fought",
                                         "resist",  "resists",    "resisted", "resisting",
                                         "repel",   "repels",     "repelled", "repelling",
                                         "counter", "countering", NULL};
    static const char *const GUARD[] = {"defend",  "defends",  "defended",  "defending",
                                        "protect", "protects", "protected", "protecting",
                                        "shield",  NULL};
    size_t k = t;
    for (int st = 0; k > 0 && st < 4; st++) {
        if (uw_any(c, k - 1, RESIST) || uw(c, k - 1, "against"))
            break;
        const party *p = party_at(c, k - 1);
        if (p != NULL && p->poss == 0 && c->U[k - 1].surf != SURF_DEMONYM)
            return 0;
        if (p != NULL) {
            k = p->u0;
            continue;
        }
        if (!(has(c, k - 1, WC_DET) || (c->U[k - 1].flags & TK_POSS) ||
              (c->U[k - 1].actor >= 0 && c->U[k - 1].surf == SURF_DEMONYM) ||
              ((c->U[k - 1].flags & TK_WORD) && !(c->U[k - 1].flags & TK_CAP) &&
               !has(c, k - 1, WC_PREP) && !ex_is_verbish(c, k - 1))))
            break;
        k--;
    }
    if (k == 0)
        return 0;
    size_t v = k - 1;
    if (uw(c, v, "against")) {
        /* "defend (their territory) against" */
        size_t q = v;
        while (q > 0 && v - q < 6 && !uw_any(c, q - 1, GUARD) && !is_boundary(c, q - 1) &&
               party_at(c, q - 1) == NULL)
            q--;
        if (q == 0 || !uw_any(c, q - 1, GUARD))
            return 0;
        v = q - 1;
    } else if (!uw_any(c, v, RESIST)) {
        return 0;
    }
    if (ex_blocked(c, v))
        return 0;
    return ex_subject_of(c, v, dst, NULL) || resister_before(c, v, dst);
}

/* "A deployed a brigade to B to back B's war in C", "A's transfer of its
 * soldiers to bolster B's war effort": the sender of the troops to the war
 * noun at t (from its possessor back at j) fights in it too. */
static int troops_sent_for(ctx *c, size_t j, group *g)
{
    static const char *const HELP[] = {"support", "bolster", "back",   "help",
                                       "aid",     "boost",   "reinforce", NULL};
    static const char *const TROOPS[] = {"troops", "soldiers", "forces", "fighters", "personnel",
                                         NULL};
    static const char *const SEND_V[] = {"sent",     "send",     "sends",      "sending",
                                         "deployed", "deploy",   "deploying",  "dispatched",
                                         "transferred", "transferring", NULL};
    static const char *const SEND_N[] = {"transfer", "deployment", "dispatch", NULL};
    g->n = 0;
    g->inferred = 0;
    const party *own = j > 0 ? party_at(c, j - 1) : NULL;
    size_t b = own != NULL ? own->u0 : 0;
    const party *by = b >= 2 && uw(c, b - 1, "to") ? party_at(c, b - 2) : NULL;
    if (by != NULL && !by->target_only && !by->poss && by->u0 >= 2 && uw(c, by->u0 - 1, "by") &&
        (uw(c, by->u0 - 2, "provided") || uw(c, by->u0 - 2, "given") ||
         uw(c, by->u0 - 2, "offered") || uw(c, by->u0 - 2, "lent")) &&
        !ex_blocked(c, by->u0 - 2)) {
        /* "support provided by A to B's war efforts in C, including combat
         * troops": A's troops fight in it */
        for (size_t k = j; k < c->nu && k < j + 14 && !is_boundary(c, k); k++)
            if (uw_any(c, k, TROOPS)) {
                ex_group_of(c, c->pidx[by->u0], g, 0);
                return g->n > 0;
            }
    }
    size_t h = (size_t)-1;
    for (size_t k = j, st = 0; k > 1 && st < 3; k--, st++)
        if (uw_any(c, k - 1, HELP) && uw(c, k - 2, "to")) {
            h = k - 2;
            break;
        }
    int troops = 0;
    for (size_t k = h, st = 0; h != (size_t)-1 && k > 0 && st < 12; k--, st++) {
        size_t q = k - 1;
        if (is_boundary(c, q) || has(c, q, WC_REL) || has(c, q, WC_SAY))
            return 0;
        if (uw_any(c, q, TROOPS))
            troops = 1;
        if (troops && uw_any(c, q, SEND_V)) {
            if (ex_blocked(c, q) || ex_modality(c, q))
                return 0;
            return ex_subject_of(c, q, g, NULL) && g->n > 0;
        }
        if (troops && uw_any(c, q, SEND_N) && q >= 2 && (c->U[q - 1].flags & TK_POSS) &&
            party_at(c, q - 2) != NULL && !party_at(c, q - 2)->target_only) {
            ex_group_of(c, c->pidx[q - 2], g, 0); /* "Pyongyang's transfer of its troops" */
            return g->n > 0;
        }
    }
    return 0;
}

/* A month or a weekday at k ("October", "Oct", "Monday"). */
static int date_word(const ctx *c, size_t k)
{
    static const char *const DATES[] = {
        "January",  "February", "March",     "April",    "May",    "June",     "July",
        "August",   "September", "October",  "November", "December", "Jan",    "Feb",
        "Aug",      "Sept",     "Sep",       "Oct",      "Nov",    "Dec",      "Monday",
        "Tuesday",  "Wednesday", "Thursday", "Friday",   "Saturday", "Sunday", NULL};
    return k < c->nu && (c->U[k].flags & TK_CAP) && uw_any(c, k, DATES);
}

int ex_attack_noun(ctx *c, size_t t)
{
    group src, dst;
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    size_t e = ex_region_end(c, t, 14);
    for (size_t k = t + 1; k + 1 < e; k++)
        if (uw(c, k, "and") && party_at(c, k + 1) == NULL && !uw(c, k + 1, "by") &&
            ((uw(c, k + 2, "by") && party_at(c, k + 2) == NULL) ||
             (k + 3 < e && uw(c, k + 3, "by") && party_at(c, k + 2) == NULL))) {
            e = k; /* "air raids by A and ground attacks by the army of B": a
                    * second act with its own agent ends the first's target */
            break;
        }
    /* "takes no side in Russia's war on Ukraine": a possessive nominal is
     * taken for granted; a negation outside it does not deny it */
    int presupposed = t >= 2 && (c->U[t - 1].flags & TK_POSS) && party_at(c, t - 2) != NULL &&
                      party_at(c, t - 2)->poss == 1 && t >= 3 &&
                      has(c, party_at(c, t - 2)->u0 - 1, WC_PREP);
    if (presupposed ? (c->question || c->has_cond) : (ex_blocked(c, t) || c->question))
        return AG_OK;
    if (t + 1 < c->nu && has(c, t + 1, WC_ITEM) && party_at(c, t + 1) == NULL &&
        (uw(c, t, "attack") || uw(c, t, "strike") || uw(c, t, "assault")))
        return AG_OK; /* "attack drones", "strike missiles": a kind of weapon */
    if (!c->headline && t > 0 && (c->U[t].flags & TK_CAP) && party_at(c, t - 1) != NULL &&
        t + 1 < c->nu && (c->U[t + 1].flags & TK_CAP) && (c->U[t + 1].flags & TK_WORD))
        return AG_OK; /* "Burma Campaign UK": a name */
    if (uw(c, t, "war") &&
        (uw(c, t + 1, "machine") || uw(c, t + 1, "chest") || uw(c, t + 1, "games") ||
         uw(c, t + 1, "room") || uw(c, t + 1, "footing")))
        return AG_OK; /* "Russia's war machine": the means, not a war on anyone */
    for (size_t k = t, st = 0; k > 0 && st < 4 && party_at(c, k - 1) == NULL; k--, st++)
        if (has(c, k - 1, WC_BLAME))
            return AG_OK; /* "blamed the attack on X": the blame frame says who attacked */
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    /* source: possessor or modifier right before: "Russia's invasion",
     * "a Hamas rocket attack", "the Hamas-led attack", "its war" */
    size_t j = t;
    int steps = 0;
    while (j > 0 && steps < 4) {
        const party *p = party_at(c, j - 1);
        if (p != NULL) {
            int place = p->poss == 0 && p->u1 == t && c->U[p->u0].surf != SURF_DEMONYM &&
                        ent_is_state(c, ex_party_ent(c, p)) &&
                        (uw(c, t, "invasion") || uw(c, t, "war") || uw(c, t, "conflict") ||
                         uw(c, t, "occupation")) &&
                        !(p->u0 > 0 && is_punct(c, p->u0 - 1, '-'));
            if (!p->target_only && p->poss != 2 && !place)
                ex_group_of(c, c->pidx[j - 1], &src, 0); /* not "since the Ukraine invasion" */
            break;
        }
        if (c->U[j - 1].actor >= 0 && c->U[j - 1].surf == SURF_DEMONYM) {
            ent en = {c->U[j - 1].actor, -1, c->U[j - 1].s, c->U[j - 1].e, c->sentence_no};
            ex_group_add(&src, en); /* "a Russian missile attack on Kyiv" */
            break;
        }
        if ((uw(c, j - 1, "his") || uw(c, j - 1, "her")) && !has(c, j - 1, WC_PRONOUN)) {
            ex_pronoun_ref(c, j - 1, &src); /* "let Putin maintain his assault on Y" */
            break;
        }
        if (has(c, j - 1, WC_PRONOUN)) {
            if (uw(c, j - 1, "its") || uw(c, j - 1, "their") || uw(c, j - 1, "his") ||
                uw(c, j - 1, "her"))
                ex_pronoun_ref(c, j - 1, &src); /* its/their: the nearest party before it */
            break; /* not "He called the assault a violation": a subject */
        }
        if (j >= 5 && is_punct(c, j - 1, ',') && year_unit(c, j - 2) && is_punct(c, j - 3, ',') &&
            (c->U[j - 4].flags & TK_NUM) && month_word(c, j - 5)) {
            j -= 4; /* "Hamas' October 7, 2023, attack on Israel": past the year */
            continue;
        }
        if (!(c->U[j - 1].flags & (TK_WORD | TK_NUM)) && c->U[j - 1].ch != '-')
            break;
        if (has(c, j - 1, WC_PREP) || has(c, j - 1, WC_SUPPORT_V) || has(c, j - 1, WC_REL))
            break;
        j--;
        if (!(c->U[j].ch == '-' || (j > 0 && c->U[j - 1].ch == '-' && c->U[j - 1].e == c->U[j].s)))
            steps++; /* "Russia's full-scale war": a hyphened word is one step */
    }
    if (src.n == 0)
        ex_find_by(c, t, e, &src, NULL);
    if (src.n == 0)
        attributed_to(c, t, 8, &src); /* "a bombing claimed by X" */
    if (src.n == 0) {
        /* "Israel has been waging war on Hamas", "used ... in strikes on" */
        size_t k = t;
        int st = 0;
        while (k > 0 && st < 10 && !has(c, k - 1, WC_SUPPORT_V) && !is_boundary(c, k - 1) &&
               !uw(c, k - 1, "for") && !has(c, k - 1, WC_ACCUSE) && !has(c, k - 1, WC_TIME_PREP) &&
               !has(c, k - 1, WC_PLAN) && /* not "vowed to ... for the killing" */
               !(uw(c, k - 1, "in") && k >= 2 && (c->U[k - 2].flags & TK_WORD) &&
                 party_at(c, k - 2) == NULL && !has(c, k - 2, WC_ATTACK_N) &&
                 !has(c, k - 2, WC_ITEM) && !ex_is_verbish(c, k - 2))) {
            /* not "continued support in the war"; "used jets in the conflict" */
            if (uw(c, k - 1, "in") && k >= 3 &&
                (uw(c, k - 2, "involved") || uw(c, k - 2, "engaged") ||
                 uw(c, k - 2, "embroiled"))) {
                size_t h = k - 3;
                if (h > 0 && ends_ly(c, h))
                    h--; /* "actively involved" */
                if (has(c, h, WC_PRIVATE_HEAD) || has(c, h, WC_GROUP_ORG) ||
                    has(c, h, WC_GROUP_PERSON))
                    break; /* "sanctions on six entities involved in the conflict" */
            }
            k--;
            st++;
        }
        if (k > 0 && has(c, k - 1, WC_SUPPORT_V) && !ex_modality(c, k - 1) &&
            !ex_blocked(c, k - 1)) {
            size_t v = k - 1;
            if (uw(c, k, "by") && party_at(c, k + 1) != NULL && !party_at(c, k + 1)->target_only)
                ex_group_of(c, c->pidx[k + 1], &src, 0); /* "drones used by Russia in attacks" */
            else if (v >= 3 && uw(c, v - 1, "to") && (c->U[v - 2].flags & TK_WORD) &&
                     party_at(c, v - 2) == NULL && (uw(c, v - 3, "its") || uw(c, v - 3, "their")))
                ex_pronoun_ref(c, v - 3, &src); /* "curb its ability to wage war on" */
            else if (v >= 4 && uw(c, v - 1, "to") && (c->U[v - 2].flags & TK_WORD) &&
                     (c->U[v - 3].flags & TK_POSS) && party_at(c, v - 4) != NULL &&
                     !party_at(c, v - 4)->target_only)
                ex_group_of(c, c->pidx[v - 4], &src, 0); /* "Moscow's capacity to wage war" */
            else if (!(uw(c, v, "used") && weapon_user(c, v, &src)))
                ex_subject_of(c, k - 1, &src, NULL); /* not "drones that were used in" */
        }
    }
    if (src.n == 0 && (uw(c, t, "war") || uw(c, t, "wars"))) {
        /* "Morocco fought a series of wars against X" */
        for (size_t k = t, st = 0; k > 0 && st < 5 && src.n == 0; k--, st++) {
            if (party_at(c, k - 1) != NULL || is_boundary(c, k - 1))
                break;
            if ((uw(c, k - 1, "fought") || uw(c, k - 1, "fight") || uw(c, k - 1, "fights") ||
                 uw(c, k - 1, "fighting")) &&
                !ex_blocked(c, k - 1))
                ex_subject_of(c, k - 1, &src, NULL);
        }
    }
    if (src.n == 0) {
        /* "JNIM claimed responsibility for coordinated attacks on" */
        size_t k = t;
        while (k > 0 && t - k < 3 && !has(c, k - 1, WC_PREP) && party_at(c, k - 1) == NULL)
            k--;
        if (k >= 3 && uw(c, k - 1, "for") && uw(c, k - 2, "responsibility") &&
            (uw(c, k - 3, "claimed") || uw(c, k - 3, "claims") || uw(c, k - 3, "claiming") ||
             uw(c, k - 3, "claim")))
            ex_subject_of(c, k - 3, &src, NULL);
    }
    size_t blame = (size_t)-1;
    if (src.n == 0) {
        /* "Ukraine blamed Russia for the strike", "accused Israel of the attack" */
        size_t k = t;
        while (k > 0 && t - k < 4 && !has(c, k - 1, WC_PREP) && party_at(c, k - 1) == NULL &&
               (c->U[k - 1].flags & (TK_WORD | TK_NUM)))
            k--;
        const party *p = k >= 2 ? party_at(c, k - 2) : NULL;
        int organ = 0;
        if (p == NULL && k >= 4 && has(c, k - 2, WC_ORGAN) && (c->U[k - 3].flags & TK_POSS) &&
            party_at(c, k - 4) != NULL && party_at(c, k - 4)->poss == 1 &&
            ent_is_state(c, ex_party_ent(c, party_at(c, k - 4)))) {
            p = party_at(c, k - 4); /* "accused Russia's army of shelling" */
            organ = 1;
        }
        if (p != NULL && (uw(c, k - 1, "for") || uw(c, k - 1, "of")) && !p->target_only &&
            (!p->poss || organ) && p->u0 > 0) {
            size_t v = p->u0 - 1;
            int ok = uw(c, k - 1, "for") ? has(c, v, WC_BLAME) : has(c, v, WC_ACCUSE);
            if (ok && !ex_blocked(c, v) && !c->question) {
                ex_group_of(c, c->pidx[p->u0], &src, 0);
                blame = v;
            }
        }
    }
    if (src.n == 0)
        return AG_OK;
    int against = 0; /* an operation "against" what is no party: no place hit */
    if (uw(c, t, "war") || uw(c, t, "invasion") || uw(c, t, "offensive") || uw(c, t, "campaign")) {
        static const char *const P_WAR[] = {"on", "against", "of", "into", "in", "with", NULL};
        ex_find_prep(c, t, e, P_WAR, &dst, 1, 3);
    } else if (uw(c, t, "war effort") || uw(c, t, "military efforts") ||
               uw(c, t, "military effort") || uw(c, t, "military operation") ||
               uw(c, t, "military operations") || uw(c, t, "wars") || uw(c, t, "aggression") ||
               uw(c, t, "efforts against") || uw(c, t, "effort against")) {
        /* "the Kremlin's military efforts in Ukraine": not "operations with X" */
        static const char *const P_OPS[] = {"against", "on", NULL};
        static const char *const P_IN_OPS[] = {"in", NULL};
        for (size_t k = t + 1; k < e; k++)
            against |= uw(c, k, "against") || uw(c, k, "on");
        if (uw(c, t, "efforts against") || uw(c, t, "effort against")) {
            /* "its efforts against Ukraine": a state or an armed group, not "illicit trade" */
            if (ex_party_after(c, t + 1, e, &dst, 0, 1) && !ent_is_state(c, dst.e[0]) &&
                (dst.e[0].actor < 0 || c->d->actors[dst.e[0].actor].kind != AG_ORGANIZATION))
                dst.n = 0;
            against = dst.n == 0;
        } else if (!ex_find_prep(c, t, e, P_OPS, &dst, 1, 1) && !against)
            ex_find_prep(c, t, e, P_IN_OPS, &dst, 1, 1); /* "... against five ships": no state */
    } else if (uw(c, t + 1, "on") && date_word(c, t + 2)) {
        /* "Iran's missile attack on October 1": a date, not a target; "the
         * attack on October 7 on Israel": the target after it */
        size_t k = t + 3;
        if (k < e && (c->U[k].flags & TK_NUM))
            k++;
        if (k < e && (uw(c, k, "on") || uw(c, k, "against")))
            ex_find_prep(c, k - 1, e, P_ATK_N, &dst, 1, 5);
        against = dst.n == 0;
    } else {
        ex_find_prep(c, t, e, P_ATK_N, &dst, 1, 5);
        for (size_t h = t + 1; dst.n > 0 && h + 1 < e && c->U[h].s < dst.e[0].ss; h++)
            if (has(c, h, WC_TARGET_HEAD) && is_punct(c, h + 1, ',') && uw(c, h + 2, "with"))
                dst.n = 0; /* "attacks on commercial ships, with Iran ...": the ships */
        for (size_t k = t + 1; dst.n == 0 && k < e && k < t + 3; k++)
            if (uw(c, k, "on") || uw(c, k, "against") || uw(c, k, "targeting"))
                for (size_t q = k + 1; q < e && q < k + 4 && party_at(c, q) == NULL; q++)
                    if (has(c, q, WC_ARMED_PEOPLE))
                        against = 1; /* "strikes against militants in X": not X */
    }
    for (size_t k = t + 1; dst.n == 0 && k + 2 < e; k++) {
        /* "an offensive to push the rebels out of the area" */
        static const char *const OUST[] = {"push",  "drive", "dislodge", "oust",    "expel", "rout",
                                           "flush", "clear", "crush",    "destroy", NULL};
        if (is_punct(c, k, ',') || is_boundary(c, k) || has(c, k, WC_REL))
            break;
        if (!uw(c, k, "to"))
            continue;
        static const char *const SEIZE[] = {"seize", "capture", "take", "retake", "recapture",
                                            "overrun", "occupy", NULL};
        if (uw_any(c, k + 1, OUST) || uw_any(c, k + 1, SEIZE))
            ex_party_after(c, k + 2, e, &dst, 1, 3); /* also "an assault to seize the capital" */
        break;
    }
    if (dst.n == 0 && ends_ing(c, t) && !has(c, t + 1, WC_PREP))
        ex_party_after(c, t + 1, e, &dst, 1, 3); /* "began bombing Houthi forces" */
    if (dst.n == 0 && blame == (size_t)-1 && !against) {
        /* "attacks by X in Cabo Delgado", "Israeli strikes in Rafah": the
         * place hit is its state's */
        static const char *const P_IN[] = {"in", "within", NULL};
        ex_find_prep(c, t, e, P_IN, &dst, 1, 8); /* "intensified attacks within X" */
    }
    if (dst.n == 0 && blame != (size_t)-1)
        ex_subject_of(c, blame, &dst, NULL); /* the blamer was hit */
    if (dst.n == 0)
        resisted(c, t, &dst); /* "Ukraine continues to fight Russian aggression" */
    if (dst.n == 0 && blame == (size_t)-1 && !against && src.n == 1 && !ent_is_state(c, src.e[0]) &&
        (uw(c, t, "offensive") || uw(c, t, "counteroffensive") || uw(c, t, "counter-offensive") ||
         uw(c, t, "insurgency"))) {
        /* "a military offensive by forces loyal to X": an armed group's
         * offensive that names no target attacks the state the article is
         * about (not the group's sanctioner) */
        int hs = ex_topic_state(c, src.e[0].actor);
        if (hs >= 0 && c->have_sanctioner && c->sanctioner.actor == hs)
            hs = -1;
        if (hs >= 0) {
            ent te = {hs, -1, 0, 0, c->sentence_no};
            ex_group_add(&dst, te);
            dst.inferred = 1;
        }
    }
    if (dst.n == 0) {
        /* "a 2019 attack on the Abqaiq plant that Washington blamed on Iran" */
        return AG_OK;
    }
    /* "its defence campaign against Russia": a war fought both ways */
    int rc = AG_OK;
    group sender;
    if (troops_sent_for(c, j, &sender) && !ent_eq(sender.e[0], dst.e[0]))
        rc = ex_emit_groups(c, AG_ATTACKS, &sender, &dst, AG_REPORTED, NULL, 0, 0, 0.6);
    if (rc != AG_OK)
        return rc;
    if (t > 0 && (uw(c, t - 1, "defence") || uw(c, t - 1, "defense") || uw(c, t - 1, "defensive")))
        rc = ex_emit_groups(c, AG_ATTACKS, &dst, &src, AG_REPORTED, NULL, 0, 0, 0.6);
    return rc != AG_OK ? rc
                       : ex_emit_groups(c, AG_ATTACKS, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.7);
}

/* A word both verb and noun ("strikes", "attack") is a verb after its
 * subject, a pronoun, "to", a modal or an adverb. */
int ex_verb_position(const ctx *c, size_t t)
{
    if (t == 0)
        return 0;
    const party *p = party_at(c, t - 1);
    if (p != NULL && p->u0 > 0 && (uw(c, p->u0 - 1, "the") || has(c, p->u0 - 1, WC_PREP)) &&
        (uw(c, t + 1, "on") || uw(c, t + 1, "against")))
        return 0; /* "a rally against the US strikes on Yemen": a noun */
    if (p != NULL)
        return p->poss == 0 && !p->target_only;
    size_t k = t - 1;
    if (ends_ly(c, k) && k > 0)
        return party_at(c, k - 1) != NULL || has(c, k - 1, WC_PRONOUN) || uw(c, k - 1, "to");
    return (has(c, k, WC_PRONOUN) && !has(c, k, WC_DET)) || uw(c, k, "to") || has(c, k, WC_PLAN) ||
           has(c, k, WC_NEG) || uw(c, k, "also") || uw(c, k, "did") || uw(c, k, "could") ||
           uw(c, k, "may") ||
           (has(c, k, WC_REL) && !(k > 0 && has(c, k - 1, WC_PREP))) || /* not "for that strike" */
           uw(c, k, "then") || uw(c, k, "again");
}

/* ---- the war between two sides ---------------------------------------------
 * "the war between the army and the RSF", "fighting between Armenia and
 * Azerbaijan", "the Israel-Hamas war": each side attacks the other. */

static int between_side(ctx *c, size_t k, size_t e, group *g, size_t *end)
{
    for (size_t j = k; j < e && j < k + 8; j++) {
        const party *p = party_at(c, j);
        if (p != NULL && !p->target_only && p->poss != 2) {
            g->n = 0;
            g->inferred = p->inferred;
            ex_group_add(g, ex_party_ent(c, p));
            *end = p->u1;
            return 1;
        }
        if (uw(c, j, "and") || is_boundary(c, j) || has(c, j, WC_REL))
            return 0;
    }
    return 0;
}

/* The two sides of the war noun at t, or 0. */
static int war_sides(ctx *c, size_t t, size_t e, group *a, group *b)
{
    size_t end = 0;
    /* "the Israel-Hamas war" */
    if (t >= 3 && is_punct(c, t - 2, '-') && party_at(c, t - 1) != NULL &&
        party_at(c, t - 3) != NULL && c->U[t - 2].s == c->U[t - 3].e &&
        c->U[t - 1].s == c->U[t - 2].e) {
        ex_group_add(a, ex_party_ent(c, party_at(c, t - 3)));
        ex_group_add(b, ex_party_ent(c, party_at(c, t - 1)));
        return 1;
    }
    /* "the Russian-Ukraine war", "the Israeli-Palestinian conflict": a
     * demonym on either side; not "the US-Israeli war on Iran" */
    if (t >= 3 && is_punct(c, t - 2, '-') && c->U[t - 2].s == c->U[t - 3].e &&
        c->U[t - 1].s == c->U[t - 2].e && !uw(c, t + 1, "on") && !uw(c, t + 1, "against")) {
        ent side[2];
        int ok = 1;
        for (int i = 0; i < 2; i++) {
            size_t k = i == 0 ? t - 3 : t - 1;
            const party *p = party_at(c, k);
            if (p != NULL && p->u0 == k && p->u1 == k + 1 && !p->poss)
                side[i] = ex_party_ent(c, p);
            else if (p == NULL && c->U[k].actor >= 0 && c->U[k].surf == SURF_DEMONYM)
                side[i] = (ent){c->U[k].actor, -1, c->U[k].s, c->U[k].e, c->sentence_no};
            else
                ok = 0;
        }
        if (ok) {
            ex_group_add(a, side[0]);
            ex_group_add(b, side[1]);
            return 1;
        }
    }
    /* "the war between X and Y" */
    size_t k = t + 1;
    while (k < e && k < t + 6 && !uw(c, k, "between") && !is_boundary(c, k) && !is_punct(c, k, ','))
        k++;
    if (k < e && uw(c, k, "between")) {
        if (!between_side(c, k + 1, e, a, &end))
            return 0;
        size_t j = end;
        if (j < e && has(c, j, WC_ORGAN) && party_at(c, j) == NULL)
            j++; /* "the Israel Defense Forces (IDF)" */
        if (is_punct(c, j, '(') && j + 2 < c->nu && is_punct(c, j + 2, ')')) {
            j += 3; /* "the Sudanese Armed Forces (SAF) and the RSF": past the acronym */
            e = ex_region_end(c, j - 1, 16);
        }
        size_t j0 = j;
        while (j < e && j < j0 + 8 && !uw(c, j, "and"))
            j++;
        return j < e && uw(c, j, "and") && between_side(c, j + 1, e, b, &end);
    }
    /* "X and Y have been engaged in a bloody conflict" */
    for (size_t v = t; v > 1 && t - v < 7; v--) {
        if (is_boundary(c, v - 1) || is_punct(c, v - 1, ','))
            return 0;
        if (uw(c, v - 1, "in") &&
            (uw(c, v - 2, "engaged") || uw(c, v - 2, "locked") || uw(c, v - 2, "embroiled"))) {
            group both;
            if (ex_blocked(c, v - 2) || !ex_subject_of(c, v - 2, &both, NULL) || both.n != 2)
                return 0;
            ex_group_add(a, both.e[0]);
            ex_group_add(b, both.e[1]);
            return 1;
        }
    }
    return 0;
}

/* "X is sending more troops to A after its soldiers fighting in the A-B
 * war suffered losses": the owner of troops fighting in the war of two
 * others, who armed one side in this article, attacks the other. */
static int third_side(ctx *c, size_t t, const group *a, const group *b)
{
    static const char *const TROOPS[] = {"troops", "soldiers", "forces", "fighters", NULL};
    if (t < 7 || !is_punct(c, t - 2, '-'))
        return AG_OK;
    size_t k = t - 3;
    if (uw(c, k - 1, "the"))
        k--;
    if (k < 4 || !uw(c, k - 1, "in") || !(uw(c, k - 2, "fighting") || uw(c, k - 2, "fought")) ||
        !uw_any(c, k - 3, TROOPS))
        return AG_OK;
    group own;
    own.n = 0;
    own.inferred = 1;
    size_t o = k - 4;
    const party *op = party_at(c, o);
    if (op != NULL && op->poss == 1 && !op->target_only) {
        ex_party_add(c, &own, op); /* "North Korea's soldiers fighting in" */
    } else if (uw(c, o, "its") || uw(c, o, "their")) {
        /* the nearest party before it that is neither side */
        for (size_t q = o; q > 0 && own.n == 0; q--) {
            const party *p = party_at(c, q - 1);
            if (p == NULL || p->target_only || p->poss == 2)
                continue;
            ent pe = ex_party_ent(c, p);
            if (!ent_eq(pe, a->e[0]) && !ent_eq(pe, b->e[0]))
                ex_group_add(&own, pe);
            q = p->u0 + 1;
        }
    }
    if (own.n != 1 || ent_eq(own.e[0], a->e[0]) || ent_eq(own.e[0], b->e[0]))
        return AG_OK;
    for (size_t i = 0; i < c->nfe; i++) {
        const found_edge *f = &c->fe[i];
        if (f->type != AG_SUPPLIES || !ent_eq(f->src, own.e[0]))
            continue;
        const group *other = ent_eq(f->dst, a->e[0]) ? b : ent_eq(f->dst, b->e[0]) ? a : NULL;
        if (other != NULL)
            return ex_emit_groups(c, AG_ATTACKS, &own, other, AG_REPORTED, NULL, 0, 0, 0.5);
    }
    return AG_OK;
}

int ex_between(ctx *c, size_t t)
{
    group a, b;
    size_t e = ex_region_end(c, t, 24);
    a.n = b.n = 0;
    a.inferred = b.inferred = 0;
    if (uw(c, t + 1, "of") && uw(c, t + 2, "words"))
        return AG_OK; /* "a war of words" */
    if (ex_blocked(c, t) || c->question || !war_sides(c, t, e, &a, &b))
        return AG_OK;
    if (a.n == 0 || b.n == 0 || ent_eq(a.e[0], b.e[0]))
        return AG_OK;
    int rc = ex_emit_groups(c, AG_ATTACKS, &a, &b, AG_REPORTED, NULL, 0, 0, 0.6);
    if (rc == AG_OK)
        rc = ex_emit_groups(c, AG_ATTACKS, &b, &a, AG_REPORTED, NULL, 0, 0, 0.6);
    if (rc == AG_OK)
        rc = third_side(c, t, &a, &b);
    return rc;
}

/* ---- troops sent to fight ---------------------------------------------------
 * "Eritrea sent thousands of troops to fight the Tigrayan forces": the
 * sender attacks (sending troops is no supply). */
int ex_sent_to_fight(ctx *c, size_t t)
{
    group src, dst;
    if (t < 3 || !uw(c, t - 1, "to") || c->question)
        return AG_OK;
    size_t k = t - 1, v = (size_t)-1;
    int troops = 0, gapped = 0;
    for (size_t st = 0; k > 0 && st < (gapped ? 26 : troops ? 10 : 7); st++, k--) {
        size_t q = k - 1;
        if (troops && !gapped && uw(c, q, "and")) {
            gapped = 1; /* "sent shells to Russia and, later, its own troops to fight Y" */
            continue;
        }
        if (troops && !gapped &&
            (is_punct(c, q, ',') || ends_ly(c, q) || uw(c, q, "more") || uw(c, q, "later") ||
             uw(c, q, "then") || uw(c, q, "even")))
            continue; /* ", more recently, even its own troops" */
        /* past the first conjunct's object and adverbs to its verb */
        int inner =
            gapped && (is_punct(c, q, ',') || party_at(c, q) != NULL || (c->U[q].flags & TK_WORD));
        if (gapped && (is_boundary(c, q) || has(c, q, WC_SAY) || has(c, q, WC_REL)))
            break;
        if (!inner && (is_boundary(c, q) || is_punct(c, q, ',') || party_at(c, q) != NULL))
            break;
        if (uw(c, q, "troops") || uw(c, q, "soldiers") || uw(c, q, "forces") ||
            uw(c, q, "fighters") || uw(c, q, "mercenaries") || uw(c, q, "personnel"))
            troops = 1;
        if (troops && (uw(c, q, "sent") || uw(c, q, "send") || uw(c, q, "sending") ||
                       uw(c, q, "deployed") || uw(c, q, "deploy") || uw(c, q, "deploying") ||
                       uw(c, q, "dispatched") || uw(c, q, "dispatch"))) {
            v = q;
            break;
        }
        if (gapped && ex_is_verbish(c, q))
            break; /* another verb: no gapped send */
    }
    if (v == (size_t)-1 || ex_blocked(c, v) || ex_modality(c, v) ||
        !ex_subject_of(c, v, &src, NULL))
        return AG_OK;
    if (!ex_party_after(c, t + 1, ex_region_end(c, t, 10), &dst, 0, 3))
        return AG_OK;
    return ex_emit_groups(c, AG_ATTACKS, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.6);
}

/* ---- an attack blamed on a side ---------------------------------------------
 * "Kyiv blamed Moscow for the strike", "Kyiv blamed the strike on Moscow",
 * "an attack that Kyiv blamed on Moscow": the blamed side attacks the
 * attack's own target ("the attack on Abqaiq") or else the one who blames. */

/* The attack noun within n units after k, and its target if it names one. */
static size_t attack_noun_after(ctx *c, size_t k, size_t n, size_t e, group *dst)
{
    for (size_t q = k; q < e && q < k + n; q++) {
        if (party_at(c, q) != NULL || is_punct(c, q, ','))
            return (size_t)-1;
        if (has(c, q, WC_ATTACK_N)) {
            if (q + 1 < e && (uw(c, q + 1, "on") || uw(c, q + 1, "against")) &&
                party_at(c, q + 2) != NULL)
                ex_party_after(c, q + 2, e, dst, 1, 0);
            return q;
        }
    }
    return (size_t)-1;
}

int ex_blame_verb(ctx *c, size_t t)
{
    group blamer, blamed, dst;
    size_t e = ex_region_end(c, t, 16);
    blamed.n = dst.n = 0;
    blamed.inferred = dst.inferred = 0;
    if (ex_blocked(c, t) || c->question)
        return AG_OK;
    const party *rp = t > 0 ? party_at(c, t - 1) : NULL;
    int relative =
        rp != NULL && !rp->target_only && !rp->poss && rp->u0 >= 2 && has(c, rp->u0 - 1, WC_REL) &&
        (has(c, rp->u0 - 2, WC_ATTACK_N) ||
         (rp->u0 >= 3 && is_punct(c, rp->u0 - 2, ',') && has(c, rp->u0 - 3, WC_ATTACK_N)));
    if (relative) /* "an attack that Kyiv blamed on Moscow" */
        ex_group_of(c, c->pidx[rp->u0], &blamer, 0);
    else if (!ex_subject_of(c, t, &blamer, NULL))
        return AG_OK;
    if (blamer.n == 0)
        return AG_OK;
    const party *p = uw(c, t, "blamed on") ? NULL : party_at(c, t + 1);
    if (p != NULL && !p->target_only && !p->poss) {
        /* "blamed Moscow for the strike" */
        size_t q = p->u1;
        if (!uw(c, q, "for") || attack_noun_after(c, q + 1, 4, e, &dst) == (size_t)-1)
            return AG_OK;
        ex_group_of(c, c->pidx[p->u0], &blamed, 0);
    } else {
        size_t q = attack_noun_after(c, t + 1, 4, e, &dst);
        size_t on = (size_t)-1;
        if (q == (size_t)-1) {
            if (!relative)
                return AG_OK;
            on = uw(c, t, "blamed on") ? t : t + 1; /* "blamed on" is one unit */
        } else {
            on = q + 1;
            if (dst.n > 0) {
                /* "blamed the attack on Abqaiq on Iran"; with one "on", the
                 * party after it is the one blamed */
                size_t past = party_at(c, q + 2)->u1;
                size_t k = past;
                while (k < e && k < past + 4 && !uw(c, k, "on"))
                    k++;
                if (k < e && uw(c, k, "on") && party_at(c, k + 1) != NULL)
                    on = k;
                else
                    dst.n = 0;
            }
        }
        if (!(uw(c, on, "on") || uw(c, on, "blamed on")) ||
            !ex_party_after(c, on + 1, e, &blamed, 0, 1))
            return AG_OK;
    }
    if (dst.n == 0)
        dst = blamer;
    if (blamed.n == 0 || ent_eq(blamed.e[0], dst.e[0]))
        return AG_OK;
    return ex_emit_groups(c, AG_ATTACKS, &blamed, &dst, AG_REPORTED, NULL, 0, 0, 0.6);
}

/* ---- defending against a side -----------------------------------------------
 * "Ukraine is defending itself against Russia", "Germany supports Ukraine in
 * its defence against Russia", "Kyiv's air defence against Russian
 * missiles": the side defended against attacks the defender. */
int ex_defend_against(ctx *c, size_t t)
{
    group src, dst;
    size_t k = t + 1;
    if (uw(c, k, "itself") || uw(c, k, "themselves") || uw(c, k, "ourselves") ||
        uw(c, k, "himself"))
        k++;
    if (!uw(c, k, "against") || ex_blocked(c, t) ||
        !ex_party_after(c, k + 1, ex_region_end(c, k, 6), &src, 0, 2))
        return AG_OK;
    int noun = !(uw(c, t, "defend") || uw(c, t, "defends") || uw(c, t, "defending") ||
                 uw(c, t, "defended"));
    dst.n = 0;
    dst.inferred = 0;
    if (noun) {
        size_t j = t;
        while (j > 0 && (uw(c, j - 1, "own") || uw(c, j - 1, "air") || uw(c, j - 1, "national")))
            j--;
        if (j > 0 && has(c, j - 1, WC_PRONOUN) && has(c, j - 1, WC_DET))
            ex_pronoun_ref(c, j - 1, &dst); /* "its defence": the owner before it */
        else if (j >= 2 && (c->U[j - 1].flags & TK_POSS) && party_at(c, j - 2) != NULL &&
                 party_at(c, j - 2)->poss == 1)
            ex_group_of(c, c->pidx[j - 2], &dst, 0); /* "Ukraine's defence" */
    } else if (t >= 2 && uw(c, t - 1, "to")) {
        /* "aid to Ukraine to defend itself against Y": the one helped,
         * the nearest party before the infinitive */
        for (size_t q = t - 1, st = 0; q > 0 && st < 6 && dst.n == 0; q--, st++) {
            const party *p = party_at(c, q - 1);
            if (is_boundary(c, q - 1) || has(c, q - 1, WC_REL))
                break;
            if (p != NULL && p->poss != 2)
                ex_group_of(c, c->pidx[q - 1], &dst, 1);
        }
        if (dst.n == 0 && !ex_subject_of(c, t, &dst, NULL))
            dst.n = 0;
    } else if (!ex_subject_of(c, t, &dst, NULL)) {
        dst.n = 0;
    }
    if (dst.n == 0)
        return AG_OK;
    return ex_emit_groups(c, AG_ATTACKS, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.5);
}

/* ---- troops joining a war in combat -----------------------------------------
 * "North Korea sent 10,000 troops to Russia, some of whom have begun
 * engaging in combat": the troops' state joins the war of the state they
 * were sent to (or are in), and attacks whom that state attacks in the
 * article. */
static int combat_phrase(const ctx *c, size_t k)
{
    static const char *const W[] = {"engaged in combat",     "engaging in combat",
                                    "engage in combat",      "took part in combat",
                                    "taking part in combat", "take part in combat",
                                    "takes part in combat",  "took part in the fighting",
                                    "taking part in the fighting", NULL};
    return uw_any(c, k, W);
}

int ex_combat_joined(ctx *c)
{
    static const char *const P_TOIN[] = {"to", "in", "into", NULL};
    if (c->question || c->has_cond || c->first_deny < c->nu)
        return AG_OK;
    for (size_t k = 1; k < c->nu; k++) {
        if (!has(c, k, WC_ATTACK_V) || !combat_phrase(c, k) || ex_modality(c, k) == 2)
            continue;
        group side, host;
        const party *p0 = NULL;
        for (size_t i = 0; i < c->np && p0 == NULL; i++) {
            const party *q = &c->P[i]; /* the first party that is no speaker and */
            size_t after = q->u1;      /* no object: the troops' state */
            while (after < c->nu && (party_at(c, after) != NULL || is_punct(c, after, ',') ||
                                     uw(c, after, "and")))
                after++;
            if (q->u1 <= k && !q->target_only && q->poss != 2 && !has(c, after, WC_SAY) &&
                !(q->u0 > 0 && has(c, q->u0 - 1, WC_PREP)))
                p0 = q;
        }
        if (p0 == NULL)
            continue;
        ex_group_of(c, c->pidx[p0->u0], &side, 0);
        if (side.n != 1 || !ent_is_state(c, side.e[0]) ||
            !ex_find_prep(c, p0->u1 - 1, k, P_TOIN, &host, 1, 4) || host.n != 1 ||
            !ent_is_state(c, host.e[0]) || ent_eq(host.e[0], side.e[0]))
            continue;
        int already = 0;
        for (size_t i = 0; i < c->nfe; i++)
            already |= c->fe[i].sentence == c->sentence_no && c->fe[i].type == AG_ATTACKS &&
                       ent_eq(c->fe[i].src, side.e[0]);
        if (already)
            continue;
        group enemy;
        enemy.n = 0;
        enemy.inferred = 1;
        for (size_t i = 0; i < c->nfe; i++)
            if (c->fe[i].type == AG_ATTACKS && ent_eq(c->fe[i].src, host.e[0]) &&
                !ent_eq(c->fe[i].dst, side.e[0]) && ent_is_state(c, c->fe[i].dst))
                ex_group_add(&enemy, c->fe[i].dst);
        if (enemy.n == 0 || enemy.n > 2)
            continue;
        int rc = ex_emit_groups(c, AG_ATTACKS, &side, &enemy, AG_REPORTED, NULL, k, k + 1, 0.5);
        if (rc != AG_OK)
            return rc;
    }
    return AG_OK;
}
