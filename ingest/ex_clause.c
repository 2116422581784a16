/*
 * ex_clause.c -- clause analysis for the pattern families: the subject of a
 * trigger (relative clauses, "X said", pronouns, coordination), the party
 * after a word or a preposition, the agent after "by", passive voice,
 * negation, condition and modality in the clause, the items a clause names,
 * and emitting the edges found with their items, quantity, date, status,
 * attribution and evidence.
 */
#define _POSIX_C_SOURCE 200809L
#include "extract_ctx.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#ifdef EX_DEBUG
#include <stdio.h>
#endif

/* ---- clause analysis ----------------------------------------------------- */

static int is_prep_before(const ctx *c, size_t k)
{
    /* the word before unit k (skipping "the" and directions) is a preposition */
    while (k > 0 &&
           (uw(c, k - 1, "the") || uw(c, k - 1, "a") || uw(c, k - 1, "an") ||
            uw(c, k - 1, "northern") || uw(c, k - 1, "southern") || uw(c, k - 1, "eastern") ||
            uw(c, k - 1, "western") || uw(c, k - 1, "central") || uw(c, k - 1, "northeastern") ||
            uw(c, k - 1, "northwestern") || uw(c, k - 1, "southeastern") ||
            uw(c, k - 1, "southwestern") || uw(c, k - 1, "occupied")))
        k--;
    size_t j = k;
    int title = 0;
    while (j > 0 && k - j < 4 && (c->U[j - 1].flags & TK_CAP) && party_at(c, j - 1) == NULL &&
           (c->U[j - 1].flags & TK_WORD)) {
        title |= has(c, j - 1, WC_TITLE);
        j--;
    }
    if (title && j < k)
        k = j; /* "the ally of Ethiopian Prime Minister X": past the title */
    return k > 0 && has(c, k - 1, WC_PREP) && !has(c, k - 1, WC_BOUNDARY);
}

/* Resolves "it", "they", "its fighters" after "X said": the sayer ("they"
 * only after a plural: "Houthi officials said they"). */
static int sayer_before(ctx *c, size_t k, group *g)
{
    for (size_t j = k; j > 0; j--) {
        size_t i = j - 1;
        if (has(c, i, WC_SAY)) {
            int one = uw(c, k, "they") && i > 0 && c->U[i - 1].e > c->U[i - 1].s &&
                      (c->s[c->U[i - 1].e - 1] | 0x20) != 's';
            if (i > 0 && party_at(c, i - 1) != NULL && !is_prep_before(c, party_at(c, i - 1)->u0) &&
                !party_at(c, i - 1)->target_only && party_at(c, i - 1)->poss == 0) {
                const party *sp = party_at(c, i - 1);
                ent se = ex_party_ent(c, sp);
                if (!uw(c, k, "he") && !uw(c, k, "she") && !uw(c, k, "his") && !uw(c, k, "her") &&
                    ((se.actor >= 0 && c->d->actors[se.actor].kind == AG_PERSON) ||
                     (se.actor < 0 && se.name >= 0 && c->names.v[se.name].kind == AG_PERSON))) {
                    /* "Houthi military spokesman X said their forces": the
                     * body of the speaker's title, not the person */
                    for (size_t q = sp->u0, st = 0; q > 0 && st < 4; q--, st++) {
                        const party *op = party_at(c, q - 1);
                        if (op != NULL) {
                            if (op->target_only || op->poss == 2)
                                return 0;
                            ex_group_of(c, c->pidx[q - 1], g, 0);
                            return g->n > 0;
                        }
                        if (!(c->U[q - 1].flags & TK_WORD) || has(c, q - 1, WC_PREP) ||
                            has(c, q - 1, WC_DET))
                            return 0;
                    }
                    return 0;
                }
                ex_group_of(c, c->pidx[i - 1], g, 0);
            } else {
                ex_subject_of(c, i, g, NULL);
            }
            if (one && g->n == 1)
                g->n = 0; /* "the ministry said they": others than a singular sayer */
            return g->n > 0;
        }
        if ((uw(c, i, "saying") || uw(c, i, "claiming") || uw(c, i, "adding")) && i > 1 &&
            is_punct(c, i - 1, ','))
            return ex_subject_of(c, i - 1, g, NULL); /* "X fired ..., saying it had" */
        if (is_boundary(c, i))
            return 0;
    }
    return 0;
}

/* "Fighters of the RSF", "two units of the Sudanese army", "members of
 * Hamas" opening a clause: the party after "of" acts. */
static int of_members(const ctx *c, const party *p)
{
    size_t o = p->u0 > 0 && uw(c, p->u0 - 1, "the") ? p->u0 - 1 : p->u0;
    if (o < 2 || !uw(c, o - 1, "of"))
        return 0;
    size_t h = o - 2;
    if (!(has(c, h, WC_ARMED_PEOPLE) || uw(c, h, "members") || uw(c, h, "units") ||
          ((has(c, h, WC_ORGAN) || has(c, h, WC_REBEL)) && !has(c, h, WC_ITEM))) ||
        party_at(c, h) != NULL)
        return 0;
    size_t q = h;
    while (q > 0 && (has(c, q - 1, WC_DET) || (c->U[q - 1].flags & TK_NUM)))
        q--;
    return q == 0 || is_boundary(c, q - 1) || is_punct(c, q - 1, ',');
}

/* "States that sell Chile rifles, such as Peru and Brazil": a
 * plural of generic actors at h before a relative clause, whose members
 * follow the clause after ", like", ", such as" or ", including". */
static int generic_members(ctx *c, size_t h, size_t t, group *g)
{
    static const char *const GENERIC[] = {"countries", "states",    "nations",   "governments",
                                          "allies",    "partners",  "companies", "firms",
                                          "suppliers", "exporters", NULL};
    g->n = 0;
    if (party_at(c, h) != NULL || !uw_any(c, h, GENERIC))
        return 0;
    for (size_t q = t + 1; q + 1 < c->nu; q++) {
        if (is_boundary(c, q) || has(c, q, WC_REL) || has(c, q, WC_SAY))
            return 0;
        if (is_punct(c, q, ',') && uw(c, q + 1, "such") && uw(c, q + 2, "as"))
            return ex_party_after(c, q + 3, c->nu, g, 0, 1);
        if (is_punct(c, q, ',') && (uw(c, q + 1, "like") || uw(c, q + 1, "such as") ||
                                    uw(c, q + 1, "including") || uw(c, q + 1, "notably")))
            return ex_party_after(c, q + 2, c->nu, g, 0, 1);
    }
    return 0;
}

/* Finds the subject of the trigger at unit t: the nearest party to the
 * left that is not the object of a preposition or a verb. */
int ex_subject_of(ctx *c, size_t t, group *g, size_t *rel_at)
{
    size_t steps = 0;
    g->n = 0;
    g->inferred = 0;
    if (rel_at)
        *rel_at = (size_t)-1;
    if (t >= 3 && ends_ing(c, t) && uw(c, t - 1, "and") && ends_ing(c, t - 2) &&
        party_at(c, t - 2) == NULL && !(c->U[t - 2].flags & TK_CAP))
        return ex_subject_of(c, t - 2, g, rel_at); /* "of selling and shipping": the first's */
    size_t adv = t; /* "a network allegedly supplying": past the adverbs */
    while (adv >= 2 && ends_ing(c, t) && (c->U[adv - 1].flags & TK_WORD) &&
           c->U[adv - 1].e - c->U[adv - 1].s > 4 &&
           memcmp(c->s + c->U[adv - 1].e - 2, "ly", 2) == 0)
        adv--;
    size_t nb = adv - 1; /* the word before the verb and its adverbs */
    if (adv >= 1 && ends_ing(c, t) && (c->U[nb].flags & TK_WORD) &&
        !(c->U[nb].flags & (TK_CAP | TK_POSS)) &&
        (c->U[nb].wc == 0 || (c->U[nb].wc & ~(WC(WC_PRIVATE_HEAD) | WC(WC_PERSON_ROLE) |
                                              WC(WC_ORG_SUFFIX) | WC_RULE_WORDS)) == 0) &&
        party_at(c, nb) == NULL && !ex_is_verbish(c, nb) &&
        !ends_ly(c, nb) &&
        !uw(c, nb, "been") && !uw(c, nb, "is") && !uw(c, nb, "are") && !uw(c, nb, "was") &&
        !uw(c, nb, "were") && !uw(c, nb, "be") && !uw(c, nb, "kept") && !uw(c, nb, "keep") &&
        !uw(c, nb, "keeps") && !uw(c, nb, "began") && !uw(c, nb, "started") &&
        !uw(c, nb, "start") && !uw(c, nb, "continue") && !uw(c, nb, "continues") &&
        !uw(c, nb, "still") && !uw(c, nb, "resumed") && !uw(c, nb, "begin") && !uw(c, nb, "stop"))
        return 0; /* "a network supplying X": the noun is the subject */
    if (t >= 3 && ends_ing(c, t) && uw(c, t - 1, "by")) {
        /* "Moscow was defying UN sanctions by supplying X": the subject of
         * the clause's verb, not a modifier before the noun ("UN") */
        for (size_t q = t - 1; q > 0 && t - q < 14; q--) {
            if (is_boundary(c, q - 1) || has(c, q - 1, WC_REL) || has(c, q - 1, WC_SAY))
                break;
            const party *p = party_at(c, q - 1);
            if (p == NULL || p->u0 != q - 1 || p->target_only || p->poss)
                continue;
            size_t v = p->u1;
            if (v < t - 1 && party_at(c, v) == NULL &&
                (ex_is_verbish(c, v) || ends_ing(c, v) || uw(c, v, "was") || uw(c, v, "is") ||
                 uw(c, v, "has") || uw(c, v, "had") || uw(c, v, "have") || uw(c, v, "were") ||
                 uw(c, v, "are"))) {
                ex_group_of(c, c->pidx[p->u0], g, 0);
                return g->n > 0;
            }
        }
    }
    if (t >= 3 && ends_ing(c, t) &&
        (uw(c, t - 1, "while") || uw(c, t - 1, "after") || uw(c, t - 1, "before") ||
         uw(c, t - 1, "since") || uw(c, t - 1, "when"))) {
        /* "X struck Syria and Iraq while occupying Y": the main clause's
         * subject, past the objects between */
        for (size_t q = t - 1; q > 0 && t - q < 16; q--) {
            if (is_boundary(c, q - 1) || has(c, q - 1, WC_REL) || has(c, q - 1, WC_SAY))
                break;
            if (party_at(c, q - 1) == NULL && (c->U[q - 1].flags & TK_WORD) &&
                !(c->U[q - 1].flags & TK_CAP) &&
                (ex_is_verbish(c, q - 1) ||
                 (c->U[q - 1].wc & (WC(WC_SUPPORT_V) | WC(WC_FIRE) | WC(WC_ATTACK_V) |
                                    WC(WC_SUPPLY) | WC(WC_BUY)))))
                return ex_subject_of(c, q - 1, g, rel_at);
        }
    }
    if (t == 1 && ends_ing(c, t) &&
        (uw(c, 0, "while") || uw(c, 0, "after") || uw(c, 0, "before") || uw(c, 0, "since"))) {
        /* "After besieging X for months, the RSF took it": the subject of
         * the main clause after the opening one, followed by its verb */
        for (size_t q = t + 1; q + 2 < c->nu && q < t + 16; q++) {
            if (is_boundary(c, q) || has(c, q, WC_REL) || has(c, q, WC_SAY))
                break;
            if (!is_punct(c, q, ','))
                continue;
            size_t a = uw(c, q + 1, "the") ? q + 2 : q + 1;
            const party *p = party_at(c, a);
            if (p == NULL || p->target_only || p->poss || p->u0 != a)
                break;
            size_t v = p->u1;
            while (v < c->nu && v < p->u1 + 2 &&
                   (uw(c, v, "has") || uw(c, v, "have") || uw(c, v, "had") || ends_ly(c, v)))
                v++;
            if (!ex_is_verbish(c, v) && !has(c, v, WC_SUPPORT_V))
                break;
            ex_group_of(c, c->pidx[a], g, 0);
            return g->n > 0;
        }
    }
    if (t >= 3 && ends_ing(c, t) && uw(c, t - 1, "by")) {
        /* "Iran violated a UN arms embargo by providing missiles": the
         * subject of the verb the gerund says how, past its object */
        for (size_t q = t - 1; q > 0 && t - q < 12; q--) {
            if (is_boundary(c, q - 1) || is_punct(c, q - 1, ',') || has(c, q - 1, WC_REL))
                break;
            if (party_at(c, q - 1) == NULL && (c->U[q - 1].flags & TK_WORD) &&
                !(c->U[q - 1].flags & TK_CAP) && ends_ed(c, q - 1) && ex_is_verbish(c, q - 1))
                return ex_subject_of(c, q - 1, g, rel_at);
        }
    }
    if (t >= 1 && ends_ing(c, t) &&
        (uw(c, t - 1, "on") || uw(c, t - 1, "against") || uw(c, t - 1, "about") ||
         uw(c, t - 1, "over") || uw(c, t - 1, "from") || uw(c, t - 1, "without") ||
         uw(c, t - 1, "despite")))
        return 0; /* "its ban on supplying weapons": no act */
    size_t ho =
        t >= 5 && party_at(c, t - 3) == NULL && (c->U[t - 3].flags & TK_POSS) ? t - 4 : t - 3;
    if (t >= 4 && uw(c, t - 1, "to") &&
        (uw(c, t - 2, "license") || uw(c, t - 2, "licence") || uw(c, t - 2, "permit") ||
         uw(c, t - 2, "contract") || uw(c, t - 2, "deal")) &&
        party_at(c, ho) != NULL && party_at(c, ho)->poss == 1 && !party_at(c, ho)->target_only) {
        /* "approved the firm's license to supply", "Systems' license": the holder */
        ex_group_of(c, c->pidx[ho], g, 0);
        return g->n > 0;
    }
    if (t >= 4 && uw(c, t - 1, "to") &&
        (uw(c, t - 2, "contract") || uw(c, t - 2, "contracts") || uw(c, t - 2, "deal") ||
         uw(c, t - 2, "order") || uw(c, t - 2, "agreement"))) {
        /* "awarded Lockheed Martin a contract to supply", "signed a deal
         * with Hanwha to supply": the contractor */
        for (size_t k = t - 2, st = 0; k > 0 && st < 8; k--, st++) {
            const party *p = party_at(c, k - 1);
            if (p == NULL)
                continue;
            if (p->target_only || p->poss || p->u0 == 0)
                break;
            size_t v = p->u0 - 1;
            if (uw(c, v, "awarded") || uw(c, v, "gave") || uw(c, v, "granted") ||
                uw(c, v, "handed") || uw(c, v, "with")) {
                ex_group_of(c, c->pidx[k - 1], g, 0);
                return g->n > 0;
            }
            break;
        }
    }
    if (t >= 4 && uw(c, t - 1, "to") && party_at(c, t - 2) != NULL) {
        /* "cleared a contract by Northwind Dynamics to deliver", "plans by
         * X to supply": its party */
        const party *p = party_at(c, t - 2);
        size_t b = p->u0 > 0 && uw(c, p->u0 - 1, "the") ? p->u0 - 1 : p->u0;
        if (!p->target_only && !p->poss && b >= 2 && uw(c, b - 1, "by") &&
            (uw(c, b - 2, "deal") || uw(c, b - 2, "contract") || uw(c, b - 2, "order") ||
             uw(c, b - 2, "agreement") || uw(c, b - 2, "request") || uw(c, b - 2, "application") ||
             has(c, b - 2, WC_PLAN) || has(c, b - 2, WC_EFFORT))) {
            ex_group_of(c, c->pidx[t - 2], g, 0);
            return g->n > 0;
        }
    }
    if (t >= 3 && uw(c, t - 1, "in") && (uw(c, t - 2, "involved") || uw(c, t - 2, "engaged")) &&
        !uw(c, t - 3, "was") && !uw(c, t - 3, "were") && !uw(c, t - 3, "is") &&
        !uw(c, t - 3, "are") && !uw(c, t - 3, "been") && !uw(c, t - 3, "be")) {
        /* "X involved in supplying": X, or nobody ("five individuals involved in") */
        const party *p = party_at(c, t - 3);
        if (p == NULL || p->target_only || p->poss)
            return 0;
        ex_group_of(c, c->pidx[t - 3], g, 0);
        return g->n > 0;
    }
    if (t >= 3 && uw(c, t - 1, "in") &&
        (uw(c, t - 2, "role") || uw(c, t - 2, "involvement") || uw(c, t - 2, "part"))) {
        /* "Iran's role in supplying": the possessor; "sanctioned X for their
         * role in supplying": the object before "for", or nobody */
        size_t o = (c->U[t - 3].flags & TK_POSS) && t >= 4 ? t - 4 : t - 3;
        const party *p = party_at(c, o);
        if (p != NULL && p->poss == 1 && !p->target_only) {
            ex_group_of(c, c->pidx[o], g, 0);
            return g->n > 0;
        }
        if (has(c, t - 3, WC_PRONOUN) && t >= 5 && uw(c, t - 4, "for")) {
            p = party_at(c, t - 5);
            if (p == NULL || p->target_only || p->poss)
                return 0;
            ex_group_of(c, c->pidx[t - 5], g, 0);
            return g->n > 0;
        }
        return 0;
    }
    size_t of = t; /* "for knowingly transferring", "for having transferred" */
    while (of > 1 &&
           (uw(c, of - 1, "having") || (of == t && is_punct(c, of - 1, '"')) ||
            ((c->U[of - 1].flags & TK_WORD) && c->U[of - 1].e - c->U[of - 1].s > 4 &&
             memcmp(c->s + c->U[of - 1].e - 2, "ly", 2) == 0 && party_at(c, of - 1) == NULL)))
        of--; /* "for knowingly transferring", "of actively supporting" */
    if (of >= 2 && (uw(c, of - 1, "of") || uw(c, of - 1, "for")) &&
        (ends_ing(c, t) || first_ing(c, t) || (of < t && uw(c, of, "having")))) {
        /* "accusing Paris of arming", "penalised firms for supplying":
         * the object of the main verb */
        size_t o = of - 2;
        if (is_punct(c, o, ',')) {
            /* "accuse Rwanda and Uganda, which border Congo, of arming" */
            size_t q = o;
            while (q > 0 && o - q < 12 && !is_punct(c, q - 1, ',') && !is_boundary(c, q - 1))
                q--;
            if (q >= 2 && is_punct(c, q - 1, ',') && has(c, q, WC_REL))
                o = q - 2;
        }
        const party *p = party_at(c, o);
        if (p == NULL && o >= 2 && has(c, o, WC_ORGAN) && (c->U[o - 1].flags & TK_POSS) &&
            party_at(c, o - 2) != NULL && party_at(c, o - 2)->poss == 1 &&
            ent_is_state(c, ex_party_ent(c, party_at(c, o - 2))))
            p = party_at(c, (o = o - 2)); /* "accused Azerbaijan's military of opening fire" */
        if (p == NULL && (uw(c, o, "accused") || uw(c, o, "suspected") || uw(c, o, "charged") ||
                          uw(c, o, "blamed") || has(c, o, WC_SANCTION_V)))
            return ex_subject_of(c, o, g, NULL); /* "Iran was accused of supplying",
                                                  * "X were designated for exporting" */
        if (p == NULL && (uw(c, o, "criticized") || uw(c, o, "criticised") ||
                          uw(c, o, "condemned") || uw(c, o, "praised")))
            return ex_subject_of(c, o, g, NULL); /* "the UAE was criticized for supporting" */
        if (p == NULL && o > 0 &&
            (uw(c, o, "criticism") || uw(c, o, "condemnation") || uw(c, o, "scrutiny")) &&
            (uw(c, o - 1, "faced") || uw(c, o - 1, "faces") || uw(c, o - 1, "face") ||
             uw(c, o - 1, "drew") || uw(c, o - 1, "draws") || uw(c, o - 1, "attracted")))
            return ex_subject_of(c, o - 1, g, NULL); /* "X faced criticism for arming" */
        if (p == NULL && uw(c, o, "them") && ex_group_accused(c, t) != 0)
            return 0; /* "added five firms to its list, accusing them of": the group's role */
        if (p == NULL && (uw(c, o, "it") || uw(c, o, "them")))
            return ex_pronoun_ref(c, o, g); /* "accusing it of shipping" */
        if (p == NULL && uw(c, of - 1, "for")) {
            /* "sanctioned A, B and a Chinese national for transferring": the
             * targets this sentence sanctioned */
            return ex_sanctioned_here(c, g);
        }
        if (p == NULL || p->target_only || (p->poss && o + 2 != of - 2))
            return 0; /* the possessor of "Azerbaijan's military" is the state */
        ex_group_of(c, c->pidx[o], g, 0);
        return g->n > 0;
    }
    {
        /* ", and imposed sanctions": the subject of the first verb */
        size_t k = t;
        while (k > 0 && (uw(c, k - 1, "also") || uw(c, k - 1, "then") || uw(c, k - 1, "later")))
            k--;
        if (k >= 2 && uw(c, k - 1, "and") && is_punct(c, k - 2, ',')) {
            size_t b = k - 2;
            while (b > 0 && !is_boundary(c, b - 1) && !has(c, b - 1, WC_SAY))
                b--;
            size_t sv = b > 0 && uw(c, b - 1, "that") ? b - 1 : b;
            if (sv > 0 && has(c, sv - 1, WC_SAY) && !uw(c, sv - 1, "said") &&
                !uw(c, sv - 1, "says") && !uw(c, sv - 1, "told") && !uw(c, sv - 1, "according to"))
                return ex_subject_of(c, sv - 1, g, NULL); /* "determined that ..., and imposed" */
            for (int pass = 0; pass < 2; pass++) {
                for (size_t q = b; q + 2 < k; q++) {
                    const party *p = party_at(c, q);
                    if (p == NULL)
                        continue;
                    if (!p->target_only && !p->poss && !is_prep_before(c, p->u0)) {
                        ex_group_of(c, c->pidx[q], g, 0);
                        return g->n > 0;
                    }
                    q = p->u1 - 1;
                }
                /* "Morocco annexed the area when the Spanish withdrew, and
                 * fought": past a subordinate clause with no party, the
                 * main clause's subject */
                if (b < 2 ||
                    !(uw(c, b - 1, "when") || uw(c, b - 1, "as") || uw(c, b - 1, "after") ||
                      uw(c, b - 1, "before") || uw(c, b - 1, "while") || uw(c, b - 1, "because")))
                    return 0;
                k = b; /* the subject stands before the subordinate clause */
                b = b - 1;
                while (b > 0 && !is_boundary(c, b - 1) && !has(c, b - 1, WC_SAY))
                    b--;
                k += 2; /* the loop stops two units before k */
            }
            return 0;
        }
    }
    for (size_t j = t; j > 0 && steps < 30; j--, steps++) {
        size_t k = j - 1;
        if (is_punct(c, k, ')')) {
            /* skip a parenthesis: "the Framework (CSP) said" */
            size_t o = k;
            while (o > 0 && !is_punct(c, o, '('))
                o--;
            /* but "the regular army (SAF) and the RSF": the name in the
             * parenthesis is the only party of the noun before it */
            int named_here = is_punct(c, o, '(') && o > 0 && party_at(c, o - 1) == NULL &&
                             has(c, o - 1, WC_ORGAN) && k == o + 2 && party_at(c, o + 1) != NULL;
            if (is_punct(c, o, '(') && k - o < 8 && !named_here) {
                j = o + 1;
                continue;
            }
        }
        if (is_punct(c, k, ',') && k > 2) {
            /* skip a relative clause: "Iran, which backs Hezbollah, has
             * launched" is said of Iran */
            size_t o = k - 1;
            while (o > 0 && k - o < 20 && !is_punct(c, o, ',') && !is_boundary(c, o))
                o--;
            if (is_punct(c, o, ',') && (uw(c, o + 1, "which") || uw(c, o + 1, "who")) && o > 0 &&
                party_at(c, o - 1) != NULL) {
                j = o + 1;
                continue;
            }
            /* skip an apposition: "Turkey, a NATO member, sold", "X, founder
             * of the firm Y, sent": said of the party before it */
            int appo = is_punct(c, o, ',') && o > 0 && party_at(c, o - 1) != NULL &&
                       (c->U[o + 1].flags & TK_WORD) && !(c->U[o + 1].flags & TK_CAP) &&
                       party_at(c, o + 1) == NULL && !has(c, o + 1, WC_REL) &&
                       !has(c, o + 1, WC_BOUNDARY);
            for (size_t q = o + 1; appo && q < k; q++)
                if ((ex_is_verbish(c, q) && !(has(c, q - 1, WC_DET) && ends_ing(c, q))) ||
                    has(c, q, WC_SAY) || uw(c, q, "and"))
                    appo = 0;
            if (appo) {
                j = o + 1;
                continue;
            }
        }
        if (has(c, k, WC_BOUNDARY) &&
            ((k + 1 == t && ends_ing(c, t)) ||
             (k + 3 == t && ends_ing(c, k + 1) && uw(c, k + 2, "to"))))
            continue; /* "after striking", "while continuing to supply": the main clause's */
        if (is_boundary(c, k) || is_punct(c, k, '"'))
            return 0;
        if (has(c, k, WC_SAY) && (uw(c, k + 1, "to") || (k + 1 < t && has(c, k + 1, WC_PLAN))))
            continue; /* "is believed to have sent": a hedge, not a speaker; "revealed
                       * plans to sell": the revealer sells */
        if (has(c, k, WC_SAY) && !uw(c, k, "said") && !uw(c, k, "says"))
            return 0;
        if (uw(c, k, "said") || uw(c, k, "says") || has(c, k, WC_SAY)) {
            /* "who it says supplied": go on to the relative pronoun */
            size_t r = k;
            while (r > 0 && r + 4 > k && !has(c, r - 1, WC_REL))
                r--;
            if (r > 0 && has(c, r - 1, WC_REL) && r + 4 > k) {
                j = r + 1;
                continue;
            }
            return 0;
        }
        if (has(c, k, WC_REL)) {
            /* antecedent: the party right before ", which" */
            if (rel_at)
                *rel_at = k;
            size_t a = k;
            if (a > 0 && is_punct(c, a - 1, ','))
                a--;
            if (a > 2 && is_punct(c, a - 1, ')') && is_punct(c, a - 3, '('))
                a -= 3;
            if (a > 0 && party_at(c, a - 1) == NULL && k > 0 && is_punct(c, k - 1, ',')) {
                /* "Turkey, a NATO member, which bought": past a short apposition */
                size_t q = a;
                while (q > 0 && a - q < 6 && !is_punct(c, q - 1, ',') && !is_boundary(c, q - 1) &&
                       !ex_is_verbish(c, q - 1) && !has(c, q - 1, WC_REL))
                    q--;
                if (q > 1 && a - q >= 2 && is_punct(c, q - 1, ',') &&
                    (uw(c, q, "a") || uw(c, q, "an") || uw(c, q, "another") || uw(c, q, "the")) &&
                    party_at(c, q - 2) != NULL)
                    a = q - 1;
            }
            if (a > 0 && generic_members(c, a - 1, t, g))
                return 1; /* "countries who supply X with arms, like A and B" */
            if (a > 1 && (uw(c, a - 1, "coalition") || uw(c, a - 1, "alliance"))) {
                /* "Saudi Arabia led a military coalition that began bombing" */
                for (size_t v = a - 1, st = 0; v > 0 && st < 4; v--, st++)
                    if (uw(c, v - 1, "led") || uw(c, v - 1, "leads") || uw(c, v - 1, "heads") ||
                        uw(c, v - 1, "headed") || uw(c, v - 1, "leading"))
                        return ex_subject_of(c, v - 1, g, NULL);
            }
            if (a > 0 && party_at(c, a - 1) != NULL && !party_at(c, a - 1)->target_only &&
                party_at(c, a - 1)->poss != 2 && !uw(c, k, "that")) {
                ex_group_of(c, c->pidx[a - 1], g, 0);
                return g->n > 0;
            }
            if (uw(c, k, "that") && a == k && a > 0 && has(c, a - 1, WC_SAY))
                return 0;
            if (uw(c, k, "that"))
                return 0;
            return 0;
        }
        if (has(c, k, WC_PRONOUN) && (!has(c, k, WC_DET) || has(c, k + 1, WC_ORGAN))) {
            if (sayer_before(c, k, g))
                return 1;
            g->n = 0;
            return ex_it_subject(c, k, g); /* "KAI ... . It has sold jets to Peru" */
        }
        const party *p = party_at(c, k);
        if (p == NULL && c->U[k].actor >= 0 && c->U[k].surf == SURF_DEMONYM &&
            has(c, k + 1, WC_ATTACK_N) && !is_prep_before(c, k)) {
            /* "Russian missile strikes hit Kyiv" */
            ent en = {c->U[k].actor, -1, c->U[k].s, c->U[k].e, c->sentence_no};
            ex_group_add(g, en);
            return 1;
        }
        if (p == NULL)
            continue;
        int pi = c->pidx[k];
        j = p->u0 + 1; /* continue left of the party */
        if (p->target_only || p->poss == 2)
            continue;
        if (p->poss == 1 && !has(c, p->u1 + 1, WC_ORGAN) && !has(c, p->u1 + 2, WC_ORGAN))
            continue; /* "Israel's military said": the state; "Iran's arsenal": no subject */
        size_t lb = p->u0 >= 1 && uw(c, p->u0 - 1, "the") ? p->u0 - 1 : p->u0;
        if (lb >= 3 && uw(c, lb - 1, "by") &&
            (uw(c, lb - 2, "led") || uw(c, lb - 2, "headed") || uw(c, lb - 2, "spearheaded")) &&
            party_at(c, lb - 3) == NULL) {
            ex_group_of(c, pi, g, 0); /* "rebel groups, led by HTS, seized" */
            return g->n > 0;
        }
        if (of_members(c, p)) {
            ex_group_of(c, pi, g, 0); /* "Fighters of the RSF attacked" */
            return g->n > 0;
        }
        if (is_prep_before(c, p->u0))
            continue;
        if (p->u0 > 0 && ex_is_verbish(c, p->u0 - 1) && p->u1 != t && !uw(c, p->u1, "to") &&
            !(c->U[p->u1].wc & (WC(WC_FIRE) | WC(WC_ATTACK_V) | WC(WC_SUPPLY) | WC(WC_BUY))))
            continue; /* an object, unless a verb follows it: "let Kyiv fire" */
        if (p->u0 > 0 && uw(c, p->u0 - 1, "of"))
            continue;
        if (has(c, p->u1, WC_ITEM) && !has(c, p->u1, WC_ORGAN) && p->u1 != t)
            continue; /* "Israeli and US air defences", not "Israel supplies" */
        if (rel_at != NULL) {
            size_t r = p->u0;
            while (r > 0 && uw(c, r - 1, "the"))
                r--;
            if (r > 0 && (uw(c, r - 1, "which") || uw(c, r - 1, "that")))
                *rel_at = r - 1;
        }
        ex_group_of(c, pi, g, 0);
        if (p->inferred)
            g->inferred = 1;
        return g->n > 0;
    }
    return 0;
}

/* Is the clause around t negated, conditional, an appeal or a question?
 * Returns 1 to drop the edge. */
/* Whether a denial at d still governs t: its scope ends at a contrast
 * ("..., but the Pentagon said Tehran had shipped ...") or a semicolon. */
int ex_denied(const ctx *c, size_t t)
{
    if (c->first_deny >= t)
        return 0;
    for (size_t k = c->first_deny + 1; k < t; k++) {
        if (uw(c, k, "but") || uw(c, k, "however") || uw(c, k, "whereas") || is_punct(c, k, ';'))
            return 0;
        if (is_punct(c, k, ',') &&
            (uw(c, k + 1, "after") || uw(c, k + 1, "as") || uw(c, k + 1, "while") ||
             uw(c, k + 1, "when") || uw(c, k + 1, "since")))
            return 0; /* "Iran rejected accusations ..., after the US launched strikes" */
    }
    return 1;
}

int ex_blocked(const ctx *c, size_t t)
{
    if (c->question)
        return 1;
    for (size_t j = t, steps = 0; j > 0 && steps < 7; j--, steps++) {
        size_t k = j - 1;
        if (is_boundary(c, k) || is_punct(c, k, ','))
            break;
        if ((has(c, k, WC_NEG) && !(uw(c, k, "not") && uw(c, k + 1, "only"))) ||
            has(c, k, WC_APPEAL) || has(c, k, WC_CONSIDER) || has(c, k, WC_DENY))
            return 1; /* "not only gave X drones but also ...": no negation */
    }
    if (c->has_cond || ex_denied(c, t))
        return 1;
    return 0;
}

/* Modality left of t in the clause: 0 none, 1 planned (plans to, agreed,
 * will, would), 2 hedged possibility (could, may, might). */
int ex_modality(const ctx *c, size_t t)
{
    if (t >= 2 && uw(c, t - 1, "to") &&
        (uw(c, t - 2, "deal") || uw(c, t - 2, "contract") || uw(c, t - 2, "agreement") ||
         uw(c, t - 2, "contracts") || uw(c, t - 2, "order")))
        return 1; /* "signed a deal to supply": the supply is to come */
    for (size_t j = t, steps = 0; j > 0 && steps < 8; j--, steps++) {
        size_t k = j - 1;
        const party *p = party_at(c, k);
        if (p != NULL && uw(c, p->u1, "to") && p->u0 > 0 && has(c, p->u0 - 1, WC_PLAN))
            return 1; /* "expect China to supply" */
        if (p != NULL && uw(c, p->u1, "to")) {
            size_t b = p->u0 > 0 && uw(c, p->u0 - 1, "the") ? p->u0 - 1 : p->u0;
            if (b >= 2 && uw(c, b - 1, "by") && (has(c, b - 2, WC_PLAN) || has(c, b - 2, WC_EFFORT)))
                return 1; /* "plans by X to supply", "efforts by X to ship" */
        }
        if (is_boundary(c, k) || has(c, k, WC_REL) || p != NULL)
            break;
        if (uw(c, k, "could") || uw(c, k, "may") || uw(c, k, "might"))
            return 2;
        if (has(c, k, WC_PLAN))
            return 1;
    }
    return 0;
}

/* An auxiliary or modal that opens a verb phrase: "and may receive", "and
 * has sent". */
static int aux_word(const ctx *c, size_t k)
{
    static const char *const W[] = {"may",  "might", "will", "would", "could", "can", "has",
                                    "have", "had",   "must", "should", NULL};
    return uw_any(c, k, W);
}

/* A verb of getting, any form: what follows it is got ("received oil"),
 * and after a purpose's "to" it ends a supply's region ("to secure a loan"). */
int ex_get_verb(const ctx *c, size_t k)
{
    static const char *const W[] = {
        "gained",  "received", "got",  "obtained", "won",    "secured", "gains",  "receives",
        "gets",    "receive",  "get",  "gain",     "obtain", "win",     "secure", "receiving",
        "getting", "gaining",  "earn", "earns",    "earned", "earning", NULL};
    return uw_any(c, k, W);
}

/* End of the region to the right of t: the next clause boundary. */
size_t ex_region_end(const ctx *c, size_t t, size_t maxlen)
{
    size_t k = t + 1;
    for (; k < c->nu && k < t + 1 + maxlen; k++) {
        if (is_punct(c, k, ';') && party_at(c, k - 1) != NULL) {
            /* "are A Co; B Ltd; and C": a list of names, no new clause */
            size_t q = uw(c, k + 1, "and") ? k + 2 : k + 1;
            const party *p = party_at(c, q);
            if (p != NULL && p->u0 == q &&
                (p->u1 >= c->nu || is_punct(c, p->u1, ';') || is_punct(c, p->u1, '.'))) {
                maxlen += p->u1 - k;
                continue;
            }
        }
        if (is_boundary(c, k) || (has(c, k, WC_SAY) && !has(c, k - 1, WC_DET)))
            break; /* "an estimated 10,000" is no speaker */
        if (uw(c, k, "and") && k + 1 < c->nu && aux_word(c, k + 1))
            break; /* "... to Y and may receive oil in return": a second verb */
        if ((uw(c, k, "in") && uw(c, k + 1, "order") && uw(c, k + 2, "to")) ||
            (uw(c, k, "to") && (ex_get_verb(c, k + 1) || uw(c, k + 1, "pay") ||
                                (uw(c, k + 1, "help") && uw(c, k + 2, "pay")))))
            break; /* "sold shells to Y (in order) to secure a loan", "to help pay for" */
        if ((uw(c, k, "help") && uw(c, k + 1, "pay")) || (uw(c, k, "pay") && uw(c, k + 1, "for")))
            break; /* "export rubber to Russia (to) help pay for jets" */
        if (is_punct(c, k, ',') && (uw(c, k + 1, "and") || uw(c, k + 1, "but"))) {
            /* ", and Azerbaijan supplies Israel": a new clause */
            const party *p = party_at(c, k + 2);
            size_t v = p != NULL ? p->u1 : k + 3;
            if ((p != NULL || (has(c, k + 2, WC_PRONOUN) && !has(c, k + 2, WC_DET))) && v < c->nu &&
                (ex_is_verbish(c, v) || has(c, v, WC_SUPPLY) || has(c, v, WC_PLAN) ||
                 has(c, v, WC_SAY) || uw(c, v, "has") || uw(c, v, "have") || uw(c, v, "had") ||
                 uw(c, v, "is") || uw(c, v, "was") || uw(c, v, "could")))
                break;
        }
    }
    if (k == t + 1 + maxlen && k < c->nu && k > 0 &&
        (party_at(c, k - 1) != NULL || is_punct(c, k - 1, ',') || uw(c, k - 1, "and"))) {
        /* a list of names goes on past the limit: "include A, B, ..., K and L" */
        while (k < c->nu) {
            const party *p = party_at(c, k);
            if (p != NULL)
                k = p->u1;
            else if ((is_punct(c, k, ',') || uw(c, k, "and")) && party_at(c, k - 1) != NULL)
                k++;
            else if (uw(c, k, "and") && is_punct(c, k - 1, ','))
                k++;
            else
                break;
        }
    }
    return k;
}

/* Armed people, unnamed: the target of a strike on them is no state. */
int ex_people_noun(const ctx *c, size_t j)
{
    return has(c, j, WC_ARMED_PEOPLE);
}

/* "Sudan's warring factions", "Russia's military suppliers", "Iran's
 * proxies": others the possessor p has, not p itself */
int ex_possessed_others(const ctx *c, const party *p, size_t e)
{
    static const char *const W[] = {"factions",     "paramilitaries", "suppliers", "supplier",
                                    "proxies",      "proxy",          "backers",   "allies",
                                    "partners",     "enablers",       "gangs",     "cartels",
                                    "intermediaries", NULL};
    size_t q0 = p->u1; /* "the Myanmar military junta's arms suppliers" */
    if (p->poss == 0 && q0 + 1 < e && has(c, q0, WC_ORGAN) && (c->U[q0 + 1].flags & TK_POSS))
        q0 += 2;
    else if (p->poss == 0 && q0 < e && has(c, q0, WC_ORGAN) && (c->U[q0].flags & TK_POSS))
        q0++;
    else if (p->poss == 0)
        return 0; /* "the Houthi rebels": the party's own people */
    /* "Haftar's militias", "Hezbollah's fighters": a person's or an armed
     * group's own men; only a state's are others ("Iran's militias") */
    int own = p->poss == 1 && q0 == p->u1 && !ent_is_state(c, ex_party_ent(c, p));
    for (size_t q = q0; q < e && q < q0 + 3 && party_at(c, q) == NULL; q++) {
        if ((ex_people_noun(c, q) && !own) || uw_any(c, q, W) || has(c, q, WC_SUPPLIER))
            return 1; /* "the junta's arms suppliers" */
        if (has(c, q, WC_PREP) || !(c->U[q].flags & TK_WORD))
            return 0;
    }
    return 0;
}

/* A verb right after "to": an infinitive ("to strike", "to help"), not a
 * recipient. Trigger verbs and a few common purpose verbs. */
static int infinitive(const ctx *c, size_t k)
{
    if (c->U[k].flags & TK_CAP)
        return 0;
    if (c->U[k].wc & (WC(WC_SUPPLY) | WC(WC_ATTACK_V) | WC(WC_FIRE) | WC(WC_SANCTION_V) |
                      WC(WC_BUY) | WC(WC_SEEK)))
        return 1;
    static const char *const V[] = {
        "help",    "use",       "defend",  "fight",  "counter",   "protect",   "target",
        "hit",     "kill",      "repel",   "resist", "engage",    "bolster",   "strengthen",
        "boost",   "replace",   "equip",   "deter",  "modernize", "modernise", "intercept",
        "shoot",   "reinforce", "assist",  "combat", "battle",    "confront",  "crush",
        "destroy", "suppress",  "monitor", "patrol", "secure",    "guard",     "fend",
        "ward",    "shell",     "bomb",    "down",   "replenish", "upgrade",   "train",
        NULL};
    return uw_any(c, k, V);
}

/* First party after unit k (skipping determiners and adjectives) up to e. */
int ex_party_after(ctx *c, size_t k, size_t e, group *g, int allow_target_only, int maxgap)
{
    int gap = 0, passed_in = 0, people = 0;
    g->n = 0;
    for (size_t j = k; j < e && gap <= maxgap; j++) {
        const party *p = party_at(c, j);
        if (p != NULL && passed_in && (p->actor < 0 || people))
            return 0; /* "struck militants in northern Iraq": the people, not the country */
        if (p != NULL) {
            if (p->poss == 2) {
                j = p->u1;
                continue;
            }
            if (p->target_only && !allow_target_only)
                return 0;
            if (!allow_target_only && !p->poss && p->u1 < e && has(c, p->u1, WC_ATTACK_N) &&
                !has(c, p->u1, WC_ORGAN))
                return 0; /* "to fund Ukraine war": the war's name, no recipient */
            if (p->poss == 1 && ex_possessed_others(c, p, e))
                return 0; /* "struck Iran's proxies in Syria": not Iran */
            if (p->poss == 1) {
                /* "against Tehran's Hezbollah allies": the group, not its patron */
                for (size_t q = p->u1 + 1; q < e && q < p->u1 + 4; q++) {
                    const party *p2 = party_at(c, q);
                    if (p2 != NULL) {
                        ent e2 = ex_party_ent(c, p2);
                        if (!p2->target_only && !p2->poss && ent_ok(e2) && !ent_is_state(c, e2))
                            p = p2;
                        break;
                    }
                    if (!(c->U[q].flags & TK_WORD) || has(c, q, WC_PREP) || has(c, q, WC_REL))
                        break;
                }
            }
            ex_group_of(c, c->pidx[p->u0], g, allow_target_only);
            g->inferred = p->inferred;
            return g->n > 0;
        }
        if (j > k && j + 1 < e && is_punct(c, j, ',') &&
            (uw(c, j + 1, "including") || uw(c, j + 1, "like") || uw(c, j + 1, "notably") ||
             uw(c, j + 1, "such as") || (uw(c, j + 1, "such") && uw(c, j + 2, "as"))) &&
            (c->U[j - 1].flags & TK_WORD) && !(c->U[j - 1].flags & TK_CAP) &&
            party_at(c, j - 1) == NULL && !has(c, j - 1, WC_ITEM)) {
            gap++;
            continue; /* "to more than 30 countries, including Poland and Ukraine" */
        }
        if (has(c, j, WC_REL) || has(c, j, WC_SAY) || is_punct(c, j, ','))
            return 0;
        if (j == k && k > 0 && uw(c, k - 1, "to") && infinitive(c, j))
            return 0; /* "supplied by Britain to strike Russia": no recipient */
        if (j > k && (uw(c, j, "like") || uw(c, j, "including") || uw(c, j, "notably") ||
                      uw(c, j, "such as")) &&
            (((c->U[j - 1].flags & TK_WORD) && !(c->U[j - 1].flags & TK_CAP) &&
              party_at(c, j - 1) == NULL) ||
             (is_punct(c, j - 1, ',') && j >= k + 2 && party_at(c, j - 2) == NULL))) {
            gap++;
            continue; /* "from countries like India and France" */
        }
        if (j > k && j + 1 < e && uw(c, j, "such") && uw(c, j + 1, "as") &&
            is_punct(c, j - 1, ',') && j >= k + 2 && party_at(c, j - 2) == NULL) {
            gap++;
            j++;
            continue; /* "to its allies, such as Hezbollah" */
        }
        if (j > k && j + 1 < e && uw(c, j, "loyal") && uw(c, j + 1, "to") &&
            (ex_people_noun(c, j - 1) || has(c, j - 1, WC_ORGAN))) {
            j++; /* "forces loyal to Khalifa Haftar": his */
            continue;
        }
        if (j > k && has(c, j, WC_PREP) && !uw(c, j, "of") &&
            !(allow_target_only && (uw(c, j, "in") || uw(c, j, "near") || uw(c, j, "across"))))
            return 0;
        if (uw(c, j, "in") || uw(c, j, "near") || uw(c, j, "across"))
            passed_in = 1;
        if (ex_people_noun(c, j))
            people = 1;
        gap++;
    }
    return 0;
}

/* ---- items ---------------------------------------------------------------- */

void ex_items_collect(const ctx *c, size_t b, size_t e, items *it)
{
    for (size_t k = b; k < e && k < c->nu; k++) {
        if (!has(c, k, WC_ITEM) && !has(c, k, WC_NONMIL))
            continue;
        /* extend over following item words ("missile launch systems") */
        size_t h = k;
        while (h + 1 < e && has(c, h + 1, WC_ITEM))
            h++;
        if (has(c, h + 1, WC_NONMIL) && h + 1 < e)
            continue;
        size_t m = k;
        int steps = 0;
        while (m > b && steps < 4) {
            const ex_unit *u = &c->U[m - 1];
            if ((party_at(c, m - 1) != NULL && c->U[m - 1].surf != SURF_DEMONYM) ||
                (has(c, m - 1, WC_ORGAN) && !has(c, m - 1, WC_ITEM) && !uw(c, m - 1, "military")))
                break; /* "the Malian air force Bayraktar drones": not a modifier */
            if (u->wc &
                (WC(WC_DET) | WC(WC_PREP) | WC(WC_SUPPLY) | WC(WC_SAY) | WC(WC_FIRE) | WC(WC_BUY) |
                 WC(WC_SEEK) | WC(WC_SUPPLY_NOUN) | WC(WC_REL) | WC(WC_PLAN) | WC(WC_PRONOUN)))
                break;
            if ((u->flags & TK_PUNCT) && u->ch != '-')
                break;
            if (uw(c, m - 1, "has") || uw(c, m - 1, "have") || uw(c, m - 1, "had") ||
                (ends_ed(c, m - 1) && m >= 2 &&
                 (uw(c, m - 2, "has") || uw(c, m - 2, "have") || uw(c, m - 2, "had"))))
                break; /* "has blocked drone exports": not what moves */
            if ((u->flags & TK_NUM) || uw(c, m - 1, "and") || uw(c, m - 1, "or") ||
                uw(c, m - 1, "million") || uw(c, m - 1, "billion") || uw(c, m - 1, "than") ||
                uw(c, m - 1, "least") || (u->flags & TK_POSS))
                break;
            if (uw(c, m - 1, "first") || uw(c, m - 1, "additional") || uw(c, m - 1, "another") ||
                uw(c, m - 1, "further") || uw(c, m - 1, "new") || uw(c, m - 1, "extra") ||
                uw(c, m - 1, "second") || uw(c, m - 1, "last") || uw(c, m - 1, "promised"))
                break; /* "the first fighter jets": not part of what moves */
            m--;
            steps++;
        }
        if (m < c->nu && (c->U[m].flags & TK_PUNCT))
            m++;
        if (m > h)
            continue;
        /* the same words twice ("missile; missile defence systems") once */
        int dup = 0;
        size_t hl = c->U[h].e - c->U[m].s;
        if (it->text.data != NULL) {
            for (const char *q = it->text.data; *q && !dup; q++)
                if ((q == it->text.data || q[-1] == ' ') && strncmp(q, c->s + c->U[m].s, hl) == 0 &&
                    (q[hl] == '\0' || q[hl] == ';'))
                    dup = 1;
        }
        if (dup) {
            k = h;
            continue;
        }
        if (it->n > 0)
            ag_buf_puts(&it->text, "; ");
        ag_buf_append(&it->text, c->s + c->U[m].s, hl);
        it->n++;
        int pit = h > m && has(c, h - 1, WC_NONMIL) && (uw(c, h, "mines") || uw(c, h, "mine"));
        if (!pit && (has(c, h, WC_ITEM) || has(c, k, WC_ITEM))) { /* not "gold mines" */
            it->military = it->military || has(c, h, WC_ITEM);
            int cat = c->U[h].category ? c->U[h].category : c->U[k].category;
            for (size_t q = m; q <= h && !cat; q++)
                cat = c->U[q].category;
            if (!it->category || (it->category == CAT_OTHER && cat))
                it->category = cat ? cat : CAT_OTHER;
        } else
            it->civil = 1;
        k = h;
    }
}

/* The one receiving end of the article's edges of a type found in this
 * sentence and the `back` before it, given to dst when none of src is it:
 * "Germany has pledged to deliver four more systems" after supplies to
 * Ukraine, "some drones were launched by the Houthis" after strikes on
 * Israel. Two different ends: no guess. */
int ex_recent_end(ctx *c, ag_edge_type type, size_t back, const group *src, group *dst)
{
    ent r = {-1, -1, 0, 0, 0};
    for (size_t i = c->nfe; i > 0; i--) {
        const found_edge *f = &c->fe[i - 1];
        if (f->sentence + back < c->sentence_no)
            break;
        if (f->type != type)
            continue;
        if (ent_ok(r) && !ent_eq(r, f->dst))
            return 0;
        r = f->dst;
    }
    if (!ent_ok(r))
        return 0;
    for (int i = 0; i < src->n; i++)
        if (ent_eq(src->e[i], r))
            return 0;
    r.ss = r.se = 0;
    ex_group_add(dst, r);
    dst->inferred = 1;
    return dst->n > 0;
}

/* ---- emitting edges ------------------------------------------------------- */

static int ent_index(ctx *c, ent e, size_t *idx)
{
    ag_err err;
    int rc;
    char surface[256];
    size_t k = 0;
    /* the entity of an actor or name met before, without comparing ids */
    while (k < c->n_ent_seen &&
           (c->ent_seen[k].actor != e.actor || (e.actor < 0 && c->ent_seen[k].name != e.name)))
        k++;
    if (k < c->n_ent_seen) {
        *idx = c->ent_seen[k].idx;
        rc = AG_OK;
    } else if (e.actor >= 0) {
        const dict_actor *a = &c->d->actors[e.actor];
        rc = ag_extraction_entity(c->x, a->id, a->name, a->kind, a->state, idx, &err);
    } else {
        const ex_name *n = &c->names.v[e.name];
        rc = ag_extraction_entity(c->x, n->text, n->text, n->kind,
                                  n->state >= 0 ? c->d->actors[n->state].id : NULL, idx, &err);
    }
    if (rc == AG_OK && k == c->n_ent_seen && k < MAX_ENT_SEEN) {
        c->ent_seen[k].actor = e.actor;
        c->ent_seen[k].name = e.actor >= 0 ? -1 : e.name;
        c->ent_seen[k].idx = *idx;
        c->n_ent_seen++;
    }
    if (rc == AG_OK && e.sent == c->sentence_no && e.se > e.ss && e.se - e.ss < sizeof surface) {
        memcpy(surface, c->s + e.ss, e.se - e.ss);
        surface[e.se - e.ss] = '\0';
        rc = ag_entity_add_alias(&c->x->entities[*idx], surface, &err);
    }
    return rc;
}

/* The speaker right after a saying verb: "said Kirby", not "said the firms
 * had sent". */
const party *ex_speaker_after(const ctx *c, size_t k)
{
    const party *p = party_at(c, k + 1);
    if (p != NULL && (p->inferred || uw(c, p->u1, "had") || uw(c, p->u1, "has") ||
                      uw(c, p->u1, "have") || uw(c, p->u1, "was") || uw(c, p->u1, "were") ||
                      has(c, p->u1, WC_PLAN) || ex_is_verbish(c, p->u1)))
        return NULL;
    return p;
}

/* The state that speaks in the sentence: "the White House said", "said
 * Kirby" (an official), "US officials have warned". */
void ex_speaker_state(ctx *c, group *g)
{
    for (size_t k = 0; k < c->nu && g->n == 0; k++) {
        if (!has(c, k, WC_SAY))
            continue;
        size_t b = k;
        while (b > 0 && (uw(c, b - 1, "have") || uw(c, b - 1, "has") || uw(c, b - 1, "had") ||
                         uw(c, b - 1, "also") || has(c, b - 1, WC_ORGAN)))
            b--;
        const party *p = b > 0 ? party_at(c, b - 1) : NULL;
        if (p == NULL)
            p = ex_speaker_after(c, k);
        if (p != NULL && p->actor >= 0 && !p->target_only && p->poss != 2) {
            ent en = ex_party_ent(c, p);
            if (ent_is_state(c, en)) {
                ex_group_add(g, en);
                g->inferred = 1;
            }
        }
    }
}

static void find_attribution(ctx *c, char **out)
{
    *out = NULL;
    for (size_t k = 0; k < c->nu; k++) {
        if (!has(c, k, WC_SAY) ||
            (k > 0 && (uw(c, k - 1, "been") || uw(c, k - 1, "was") || uw(c, k - 1, "were") ||
                       uw(c, k - 1, "is") || uw(c, k - 1, "are") || has(c, k - 1, WC_DET))))
            continue; /* "has been accused", "an estimated": nobody speaks */
        if (uw(c, k, "added") && k + 1 < c->nu && !(c->U[k + 1].flags & TK_PUNCT) &&
            !uw(c, k + 1, "that"))
            continue; /* "added both companies to its list": no saying */
        const party *p = NULL;
        if (uw(c, k, "according to")) {
            for (size_t j = k + 1; j < c->nu && j < k + 6 && p == NULL; j++)
                p = party_at(c, j);
        } else {
            /* "Seoul has also estimated", "said Kirby", "Israeli officials say" */
            for (size_t j = k, st = 0; j > 0 && st < 4 && p == NULL; j--, st++) {
                p = party_at(c, j - 1);
                if (p != NULL && (p->poss == 2 || is_prep_before(c, p->u0)))
                    p = NULL;
                if (p == NULL && (c->U[j - 1].flags & TK_PUNCT))
                    break;
            }
            if (p == NULL)
                p = ex_speaker_after(c, k);
            if (p == NULL && k > 0 && has(c, k - 1, WC_PRONOUN) && c->last_sayer != NULL) {
                *out = ag_strdup(c->last_sayer);
                return;
            }
        }
        if (p != NULL) {
            if (p->actor >= 0 && c->d->actors[p->actor].kind == AG_PERSON)
                *out = ag_strdup(c->d->actors[p->actor].name);
            else
                *out = ag_strndup(c->s + c->U[p->u0].s, c->U[p->u1 - 1].e - c->U[p->u0].s);
            free(c->last_sayer);
            c->last_sayer = ag_strdup(*out);
            return;
        }
    }
}

/* A copy of a quantity found before, as ex_find_quantity would give it again. */
static int copy_quantity(ag_quantity *q, const ag_quantity *from)
{
    *q = *from;
    q->unit = from->unit != NULL ? ag_strdup(from->unit) : NULL;
    q->qualifier = from->qualifier != NULL ? ag_strdup(from->qualifier) : NULL;
    q->text = from->text != NULL ? ag_strdup(from->text) : NULL;
    if ((from->unit != NULL && q->unit == NULL) || (from->qualifier != NULL && !q->qualifier) ||
        (from->text != NULL && q->text == NULL))
        return AG_ERR_NOMEM;
    return AG_OK;
}

static int emit(ctx *c, ag_edge_type type, ent src, ent dst, int status, const items *it, size_t qb,
                size_t qe, double conf)
{
    ag_err err;
    size_t si, ti;
    ag_mention *m;
    int rc;

    if (!ent_ok(src) || !ent_ok(dst) || ent_eq(src, dst))
        return AG_OK;
    if (type == AG_SANCTIONS && dst.actor >= 0 && (dst.actor == c->un || dst.actor == c->unsc))
        return AG_OK; /* "named in a report of the UN panel": the UN is not sanctioned */
    if (type == AG_SANCTIONS && c->unsc >= 0 &&
        ((src.actor >= 0 && src.actor == c->un) ||
         (src.actor < 0 && (strcmp(c->names.v[src.name].text, "United Nations") == 0 ||
                            strcmp(c->names.v[src.name].text, "UN") == 0 ||
                            strcmp(c->names.v[src.name].text, "U.N.") == 0)))) {
        src.actor = c->unsc; /* the UN's sanctions are its Security Council's */
        src.name = -1;
    }
#ifdef EX_DEBUG
    fprintf(stderr, "EDGE %s %s -> %s [%s] %.*s\n", ag_edge_type_name(type),
            src.actor >= 0 ? c->d->actors[src.actor].id : c->names.v[src.name].text,
            dst.actor >= 0 ? c->d->actors[dst.actor].id : c->names.v[dst.name].text, c->why,
            (int)(c->sent_e - c->sent_s), c->s + c->sent_s);
#endif
    if (c->nfe == c->capfe && ag_grow(&c->fe, &c->capfe, c->nfe, sizeof *c->fe, 32) != AG_OK)
        return AG_ERR_NOMEM;
    c->fe[c->nfe].type = type;
    c->fe[c->nfe].src = src;
    c->fe[c->nfe].dst = dst;
    c->fe[c->nfe].sentence = c->sentence_no;
    c->nfe++;
    if (c->quiet)
        return AG_OK;
    if ((rc = ent_index(c, src, &si)) != AG_OK || (rc = ent_index(c, dst, &ti)) != AG_OK)
        return rc;
    /* the same triple from the same sentence once */
    size_t so = ctx_orig(c, c->sent_s);
    for (size_t i = 0; i < c->x->n_mentions; i++) {
        ag_mention *o = &c->x->mentions[i];
        if (o->type == type && o->source == si && o->target == ti && o->start == so) {
            if (status == AG_REPORTED)
                o->status = AG_REPORTED;
            return AG_OK;
        }
    }
    if ((rc = ag_extraction_mention(c->x, &m, &err)) != AG_OK) {
        c->error = err;
        return rc;
    }
    m->type = type;
    m->source = si;
    m->target = ti;
    m->status = status ? AG_PLANNED : AG_REPORTED;
    m->confidence = conf;
    if (it != NULL && it->n > 0) {
        m->items = ag_strdup(it->text.data);
        m->category = ag_strdup(ex_category_name(it->category ? it->category : CAT_OTHER));
    }
    if (qe > qb && (type == AG_SUPPLIES || type == AG_ATTACKS)) {
        const char *qs = c->s + c->U[qb].s;
        size_t qn = c->U[qe - 1].e - c->U[qb].s;
        if (c->q_seen.mention > 0 && c->q_seen.sent == c->sentence_no && c->q_seen.at == qs &&
            c->q_seen.len == qn) {
            /* the same words as the edge before: the same quantity */
            if ((rc = copy_quantity(&m->quantity,
                                    &c->x->mentions[c->q_seen.mention - 1].quantity)) != AG_OK)
                return rc;
        } else {
            ex_find_quantity(qs, qn, &m->quantity);
            c->q_seen.sent = c->sentence_no;
            c->q_seen.at = qs;
            c->q_seen.len = qn;
            c->q_seen.mention = c->x->n_mentions;
        }
    }
    if (!c->date_done) {
        size_t ds = c->sent_s;
        while (ds < c->sent_e && ctx_orig(c, ds) < c->dateline_len)
            ds++; /* not the dateline's own date */
        ex_find_date(c->s + ds, c->sent_e - ds, c->published, c->date);
        c->date_done = 1;
    }
    memcpy(m->date, c->date, sizeof m->date);
    find_attribution(c, &m->attribution);
    /* evidence in the original text */
    size_t s0 = ctx_orig(c, c->sent_s);
    size_t e0 = ctx_orig(c, c->sent_e - 1) + 1;
    const char *orig = c->x->article.text;
    while (e0 < c->x->article.len && ((unsigned char)orig[e0] & 0xC0) == 0x80)
        e0++;
    m->start = s0;
    m->end = e0;
    m->sentence = ag_strndup(orig + s0, e0 - s0);
    if (m->sentence == NULL)
        return AG_ERR_NOMEM;
    return AG_OK;
}

int ex_emit_groups(ctx *c, ag_edge_type type, const group *src, const group *dst, int status,
                   const items *it, size_t qb, size_t qe, double conf)
{
    for (int i = 0; i < src->n; i++)
        for (int j = 0; j < dst->n; j++) {
            int rc = emit(c, type, src->e[i], dst->e[j], status, it, qb, qe,
                          conf - ((src->inferred || dst->inferred) ? 0.2 : 0.0));
            if (rc != AG_OK)
                return rc;
        }
    /* the members of a group whose supply role was said before their names */
    if (type == AG_SANCTIONS && status == AG_REPORTED)
        return ex_group_role_emit(c, dst);
    return AG_OK;
}

/* The targets this sentence has sanctioned so far. */
int ex_sanctioned_here(const ctx *c, group *g)
{
    g->n = 0;
    g->inferred = 0;
    for (size_t i = 0; i < c->nfe; i++)
        if (c->fe[i].sentence == c->sentence_no && c->fe[i].type == AG_SANCTIONS)
            ex_group_add(g, c->fe[i].dst);
    return g->n > 0;
}

/* ---- a group's role, said before its members are named ---------------------
 * "sanctions against four companies that were involved in sending drones to
 * Russia. A, B and C were hit ...", "these companies procured parts for X":
 * the members named as sanctioned in the next sentences supply X. */

/* Is unit j a plural group with no name: "companies", "these firms"?
 * 1 organizations, 2 people, 3 either; 0 no. */
int ex_group_noun(const ctx *c, size_t j)
{
    const ex_unit *u = &c->U[j]; /* "companies", "these companies"; not "Companies" */
    wc_mask w = u->t1 - u->t0 > 1 || !(u->flags & TK_CAP) ? u->head_wc : 0;
    if (w & (WC(WC_GROUP_ORG) | WC(WC_GROUP_PERSON)))
        return ((w & WC(WC_GROUP_ORG)) ? 1 : 0) | ((w & WC(WC_GROUP_PERSON)) ? 2 : 0);
    if ((uw(c, j, "individual") || uw(c, j, "person")) && j > 0 &&
        (uw(c, j - 1, "one") || uw(c, j - 1, "an") || uw(c, j - 1, "a")))
        return 2; /* "five companies as well as one individual" */
    return 0;
}

/* "added five companies and one individual to its list, accusing them of
 * selling": the unnamed groups of the clause before "accusing them of" at
 * t (the unit after "of"); 0 when it names anyone or has no group. */
int ex_group_accused(const ctx *c, size_t t)
{
    if (t >= 3 && uw(c, t - 1, "and") && ends_ing(c, t) && ends_ing(c, t - 2))
        t -= 2; /* "accusing them of selling and shipping" */
    if (t < 4 || !uw(c, t - 1, "of") || !uw(c, t - 2, "them") || !has(c, t - 3, WC_ACCUSE))
        return 0;
    int kinds = 0;
    for (size_t j = 0; j + 3 < t; j++) {
        const party *p = party_at(c, j);
        if (p != NULL && !p->target_only && !p->poss &&
            (p->name >= 0 || (p->actor >= 0 && c->d->actors[p->actor].kind != AG_STATE)))
            return 0; /* "sanctioned Acme Ltd, accusing them of" */
        kinds |= ex_group_noun(c, j);
    }
    return kinds;
}

/* Is the subject of the verb at t a plural group with no name: "four
 * companies that ... were involved in", "these firms procured"? */
int ex_group_subject(const ctx *c, size_t t)
{
    int kinds = ex_group_accused(c, t);
    if (kinds != 0)
        return kinds;
    for (size_t k = t, steps = 0; k > 0 && steps < 12; k--, steps++) {
        size_t j = k - 1;
        if (party_at(c, j) != NULL && c->U[j].surf == SURF_DEMONYM && j + 1 < t &&
            ex_group_noun(c, j + 1) != 0)
            continue; /* "five Chinese companies accused of supplying" */
        if (party_at(c, j) != NULL || is_boundary(c, j))
            return 0;
        if (has(c, j, WC_REL) && !(uw(c, j, "that") || uw(c, j, "which") || uw(c, j, "who")))
            return 0; /* "firms with workers whose income would fund X" */
        if (has(c, j, WC_REL))
            return j > 0 ? ex_group_noun(c, j - 1) : 0; /* "four firms that shipped" */
        if ((kinds = ex_group_noun(c, j)) != 0) {
            /* "two individuals and three companies responsible for" */
            for (size_t q = j; q > 0 && j - q < 4 && party_at(c, q - 1) == NULL; q--)
                if (uw(c, q - 1, "and") && q >= 2)
                    kinds |= ex_group_noun(c, q - 2) |
                             (q >= 3 && (c->U[q - 2].flags & TK_NUM) ? ex_group_noun(c, q - 3) : 0);
            return kinds;
        }
    }
    return 0;
}

int ex_group_role_note(ctx *c, size_t t, int kinds, const group *dst, const items *it)
{
#ifdef EX_DEBUG
    if (getenv("EXD"))
        fprintf(stderr, "grole_note t=%zu why=%s\n", t, c->why);
#endif
    c->grole.at = t;
    c->grole.open = 1;
    c->grole.kinds = kinds;
    c->grole.dst = *dst;
    c->grole.last = c->grole.said = c->sentence_no;
    ag_buf_reset(&c->grole.it.text);
    c->grole.it.category = it->category;
    c->grole.it.n = it->n;
    c->grole.it.military = it->military;
    if (it->text.len > 0 && ag_buf_append(&c->grole.it.text, it->text.data, it->text.len) != AG_OK)
        return AG_ERR_NOMEM;
    return AG_OK;
}

int ex_group_role_emit(ctx *c, const group *members)
{
    if (!c->grole.open)
        return AG_OK;
    if (c->sentence_no > c->grole.last + 4) {
        c->grole.open = 0;
        return AG_OK;
    }
    group src;
    src.n = 0;
    src.inferred = 1;
    for (int i = 0; i < members->n; i++) {
        ent e = members->e[i];
        ag_kind kind = e.actor >= 0  ? c->d->actors[e.actor].kind
                       : e.name >= 0 ? c->names.v[e.name].kind
                                     : AG_STATE;
        int skip = kind == AG_STATE || (e.actor >= 0 && c->d->actors[e.actor].state == NULL) ||
                   (kind == AG_PERSON && !(c->grole.kinds & 2)) ||
                   (kind == AG_ORGANIZATION && !(c->grole.kinds & 1));
        for (int j = 0; j < c->grole.dst.n; j++)
            if (ent_eq(e, c->grole.dst.e[j]))
                skip = 1;
        if (!skip)
            ex_group_add(&src, e);
    }
    if (src.n == 0)
        return AG_OK;
    if (c->grole.said == c->sentence_no)
        c->grole.open = 0; /* "two firms making X for Y: A and B": named at once */
    c->grole.last = c->sentence_no;
    return ex_emit_groups(c, AG_SUPPLIES, &src, &c->grole.dst, AG_REPORTED, &c->grole.it, 0, 0,
                          0.7);
}

/* At the end of a sentence that said a group's role: the members sanctioned
 * in it after the group noun ("sanctioned two firms involved in making
 * rockets for X: A and B", with A and B carried before the role was read). */
int ex_group_role_late(ctx *c)
{
    if (!c->grole.open || c->grole.said != c->sentence_no)
        return AG_OK;
    size_t t = c->grole.at;
    int noun = 0; /* said of a group noun before its verb */
    for (size_t j = 0; j < t && j < c->nu && !noun; j++)
        noun = ex_group_noun(c, j) != 0;
    if (!noun)
        return AG_OK;
    group g;
    g.n = 0;
    g.inferred = 0;
    for (size_t i = 0; i < c->nfe; i++) /* named in this sentence, after the verb */
        if (c->fe[i].type == AG_SANCTIONS && c->fe[i].dst.sent == c->sentence_no &&
            c->fe[i].dst.se > c->fe[i].dst.ss && c->fe[i].dst.ss >= c->U[t].e)
            ex_group_add(&g, c->fe[i].dst);
    if (g.n == 0) {
        /* "sanctioned A and B, two firms involved in shipping X to Y": the
         * group noun in apposition to the names just before its comma */
        size_t j = 0;
        while (j < t && ex_group_noun(c, j) == 0)
            j++;
        size_t q = j;
        while (q > 0 && j - q < 4 && !is_punct(c, q - 1, ',') && party_at(c, q - 1) == NULL &&
               (c->U[q - 1].flags & (TK_WORD | TK_NUM)) && !ex_is_verbish(c, q - 1))
            q--;
        if (q >= 2 && j < t && is_punct(c, q - 1, ',') && party_at(c, q - 2) != NULL)
            for (size_t i = 0; i < c->nfe; i++)
                if (c->fe[i].type == AG_SANCTIONS && c->fe[i].dst.sent == c->sentence_no &&
                    c->fe[i].dst.se > c->fe[i].dst.ss && c->fe[i].dst.se <= c->U[q - 1].s)
                    ex_group_add(&g, c->fe[i].dst);
    }
    return g.n > 0 ? ex_group_role_emit(c, &g) : AG_OK;
}

/* ---- roles around a trigger ----------------------------------------------- */

/* Participles whose own agent a "by" is: "drones used by Russia" */
static const char *const OTHER_AGENT[] = {
    "supported",  "backed", "funded",    "sponsored", "condemned", "criticized",
    "criticised", "used",   "operated",  "flown",     "fired",     "launched",
    "deployed",   "led",    "commanded", "headed",    NULL};

int ex_find_by(ctx *c, size_t t, size_t e, group *g, size_t *at)
{
    g->n = 0;
    g->inferred = 0;
    for (size_t k = t + 1; k < e; k++) {
        if ((uw(c, k, "by") && !uw(c, k - 1, "known") && !uw(c, k - 1, "called") &&
             !uw(c, k - 1, "named") && !uw(c, k - 1, "described") && !uw(c, k - 1, "identified") &&
             /* "the war against the Houthis supported by Iran": another's agent */
             !(k - 1 != t && uw_any(c, k - 1, OTHER_AGENT))) ||
            has(c, k, WC_AGENT)) {
            if (ex_party_after(c, k + 1, e, g, 0, 2)) {
                if (at)
                    *at = k;
                return 1;
            }
        }
        if (has(c, k, WC_REL) && party_at(c, k + 1) != NULL &&
            has(c, party_at(c, k + 1)->u1, WC_AGENT)) {
            k = party_at(c, k + 1)->u1 - 1; /* "an attack ... that Washington blamed on Iran" */
            continue;
        }
        if (has(c, k, WC_REL) || is_punct(c, k, ','))
            break;
    }
    return 0;
}

int ex_find_prep(ctx *c, size_t t, size_t e, const char *const *preps, group *g,
                 int allow_target_only, int maxgap)
{
    g->n = 0;
    g->inferred = 0;
    for (size_t k = t + 1; k < e; k++) {
        if (uw(c, k, "according to"))
            return 0;
        if (party_at(c, k) != NULL) {
            k = party_at(c, k)->u1 - 1;
            continue;
        }
        for (int i = 0; preps[i]; i++) {
            if (uw(c, k, preps[i]) && ex_party_after(c, k + 1, e, g, allow_target_only, maxgap))
                return 1;
        }
        if (has(c, k, WC_REL) && k > t + 1)
            break;
    }
    return 0;
}

/* A possessor party left of t within n units: "Hezbollah's arsenal". */
int ex_possessor_left(ctx *c, size_t t, size_t n, group *g)
{
    g->n = 0;
    for (size_t j = t, steps = 0; j > 0 && steps < n; j--, steps++) {
        const party *p = party_at(c, j - 1);
        if (p != NULL && p->poss == 1) {
            ex_party_add(c, g, p);
            return g->n > 0;
        }
        if (is_boundary(c, j - 1))
            break;
    }
    return 0;
}

int ex_is_passive(const ctx *c, size_t t)
{
    if (t == 0)
        return 0;
    size_t k = t - 1;
    while (k > 0 &&
           (((c->U[k].flags & TK_WORD) && ends_ly(c, k)) ||
            uw(c, k, "also") || uw(c, k, "already") || uw(c, k, "later") || uw(c, k, "then") ||
            uw(c, k, "since") || uw(c, k, "now") || uw(c, k, "itself") || uw(c, k, "themselves")))
        k--;
    size_t w0 = c->U[t].s, w1 = w0;
    while (w1 < c->U[t].e && c->s[w1] != ' ')
        w1++;
    if (w1 - w0 > 4 && memcmp(c->s + w1 - 3, "ing", 3) == 0)
        return 0; /* "have been firing" */
    if (w1 < c->U[t].e && has(c, t, WC_ATTACK_V))
        return 0; /* "has been at war with" */
    return uw(c, k, "was") || uw(c, k, "were") || uw(c, k, "been") || uw(c, k, "be") ||
           uw(c, k, "being") || uw(c, k, "is") || uw(c, k, "are");
}

/* "its", "their" at unit k: the nearest party before it (one entity only). */
int ex_pronoun_ref(const ctx *c, size_t k, group *g)
{
    g->n = 0;
    if (k > 0 && (is_punct(c, k - 1, ',') || uw(c, k - 1, "and")) &&
        (uw(c, k, "its") || uw(c, k, "their")))
        for (size_t q = k - 1; q > 0 && k - q < 24 && !is_boundary(c, q - 1); q--)
            if (uw(c, q - 1, uw(c, k, "its") ? "its" : "their"))
                return ex_pronoun_ref(c, q - 1, g); /* "with its support to X, its attack
                                                     * on Y": the same owner */
    for (size_t q = k; q > 0; q--) {
        const party *pp = party_at(c, q - 1);
        if (pp != NULL && has(c, pp->u1, WC_ITEM)) {
            q = pp->u0 + 1; /* "US weapons": a modifier, not the owner */
            continue;
        }
        if (pp != NULL && pp->u0 > 1 && uw(c, pp->u0 - 1, "by") && ends_ed(c, pp->u0 - 2) &&
            !(pp->u0 > 2 && has(c, pp->u0 - 3, WC_ITEM))) { /* not "drones used by X in its war" */
            /* "Ukraine, which is supported by Germany in its campaign": the
             * passive's agent is not what "its" stands for */
            q = pp->u0 + 1;
            continue;
        }
        if (pp != NULL && pp->u0 > 0 &&
            (uw(c, pp->u0 - 1, "including") || uw(c, pp->u0 - 1, "such as"))) {
            q = pp->u0 + 1; /* "its allies, including X, to sustain its war": an example */
            continue;
        }
        if (pp != NULL && !pp->target_only && pp->poss != 2) {
            ex_group_of(c, c->pidx[q - 1], g, 0);
            g->inferred = 1;
            if (g->n > 1)
                g->n = 0; /* "X and Y ... its": ambiguous */
            break;
        }
    }
    return g->n > 0;
}

/* ---- "it" or "they" opening a sentence ---------------------------------------
 * "Korea Aerospace Industries makes trainers. It has sold 60 of them to
 * Peru": a clause-initial "it" stands for the one organization or state
 * that opened the sentence before as its subject; "they" for the two or
 * more that did. */

/* Where the sentence's subject is: the first party before any verb, or the
 * pronoun "it" or "they" there (returns -1), or nothing (-2). */
static int opening_party(const ctx *c)
{
    size_t k0 = 0;
    if (c->nu > 0 && (has(c, 0, WC_PREP) || has(c, 0, WC_SAY) || has(c, 0, WC_TIME_PREP)))
        for (size_t q = 1; q < c->nu && q < 14; q++) {
            if (is_punct(c, q, ',')) {
                k0 = q + 1; /* "With the latest deal, KAI has sold": past the lead */
                break;
            }
            if (ex_is_verbish(c, q) || has(c, q, WC_REL))
                break;
        }
    for (size_t k = k0; k < c->nu; k++) {
        const party *p = party_at(c, k);
        if (p != NULL) {
            if (p->target_only || p->poss == 2 || is_prep_before(c, p->u0) ||
                (p->poss == 1 && !has(c, p->u1, WC_ORGAN) && !has(c, p->u1 + 1, WC_ORGAN)))
                return -2;
            return (int)k;
        }
        if (uw(c, k, "it") || uw(c, k, "they"))
            return -1;
        if (ex_is_verbish(c, k) || has(c, k, WC_SAY) || has(c, k, WC_REL) || has(c, k, WC_PREP))
            return -2;
    }
    return -2;
}

/* Whether the group may be called "it" (one organization or state) or
 * "they" (two or more). */
static int fits_pronoun(const ctx *c, const group *g, int they)
{
    if (they)
        return g->n >= 2;
    if (g->n != 1)
        return 0;
    ent e = g->e[0];
    int kind = e.actor >= 0 ? (int)c->d->actors[c->d->actors[e.actor].acts_as].kind
                            : (int)c->names.v[e.name].kind;
    return kind == AG_STATE || kind == AG_ORGANIZATION;
}

void ex_note_subject(ctx *c)
{
    int k = opening_party(c);
    if (k == -1 && c->have_subject && c->subject_sentence + 1 == c->sentence_no) {
        c->subject_sentence = c->sentence_no; /* "It ... . It also ...": the same */
        return;
    }
    c->have_subject = 0;
    if (k < 0)
        return;
    group g;
    ex_group_of(c, c->pidx[k], &g, 0);
    if (!fits_pronoun(c, &g, 0) && !fits_pronoun(c, &g, 1))
        return;
    c->have_subject = 1;
    c->subject = g;
    c->subject_sentence = c->sentence_no;
}

int ex_it_subject(ctx *c, size_t k, group *g)
{
    g->n = 0;
    int they = uw(c, k, "they");
    if (!uw(c, k, "it") && !they)
        return 0;
    int o = opening_party(c);
    if (o >= 0 && (size_t)o < k && k > 0 &&
        (is_boundary(c, k - 1) || uw(c, k - 1, "as") || uw(c, k - 1, "when") ||
         has(c, k - 1, WC_TIME_PREP) || (uw(c, k - 1, "and") && is_punct(c, k - 2, ',')))) {
        /* "Turkey is under sanctions as it bought the system from Russia":
         * the main clause's subject */
        for (size_t q = (size_t)o + 1; q < k; q++) {
            const party *p = party_at(c, q);
            if (p == NULL || p->u0 != q || q < party_at(c, (size_t)o)->u1)
                continue;
            if (!(c->U[p->u1].wc & (WC(WC_SANCTION_N) | WC(WC_ITEM) | WC(WC_ATTACK_N))))
                return 0; /* another party between ("sanctioned Iran after it"): ambiguous */
        }
        ex_group_of(c, c->pidx[o], g, 0);
        if (!fits_pronoun(c, g, they))
            g->n = 0;
        g->inferred = 1;
        return g->n > 0;
    }
    if (!c->have_subject || c->subject_sentence + 1 != c->sentence_no || o != -1 ||
        !fits_pronoun(c, &c->subject, they))
        return 0;
    for (size_t q = 0; q < k; q++)
        if (uw(c, q, "it") || uw(c, q, "they"))
            return 0; /* the opening pronoun only */
    *g = c->subject;
    for (int i = 0; i < g->n; i++)
        g->e[i].ss = g->e[i].se = 0; /* named in the sentence before: no surface here */
    g->inferred = 1;
    return 1;
}
