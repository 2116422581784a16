/*
 * ex_supply.c -- the supply family of the pattern matcher: supply verbs
 * (active, passive, ditransitive, "X-supplied"), supply nouns ("Iran's
 * provision of drones to Russia"), "supplier of", purchases ("buy ... from
 * X"), arrivals ("weapons from X reach Y") and what is given or sought in
 * exchange ("in return for", "paid with").
 */
#define _POSIX_C_SOURCE 200809L
#include "extract_ctx.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const P_TO[] = {"to", NULL};
static const char *const P_FROM[] = {"from", NULL};

/* Has a supply from a member of a to a member of b been found in the
 * article so far? */
static int supplied_before(const ctx *c, const group *a, const group *b)
{
    for (size_t i = 0; i < c->nfe; i++) {
        if (c->fe[i].type != AG_SUPPLIES)
            continue;
        int sa = 0, db = 0;
        for (int j = 0; j < a->n; j++)
            sa |= ent_eq(c->fe[i].src, a->e[j]);
        for (int j = 0; j < b->n; j++)
            db |= ent_eq(c->fe[i].dst, b->e[j]);
        if (sa && db)
            return 1;
    }
    return 0;
}
/* Does the verb at k use, fire or receive weapons ("used", "fired", "received")? */
static int handles_weapons(const ctx *c, size_t k)
{
    if (c->U[k].flags & TK_CAP)
        return 0;
    return has(c, k, WC_ATTACK_V) || has(c, k, WC_FIRE) || uw(c, k, "used") || uw(c, k, "uses") ||
           uw(c, k, "using") || uw(c, k, "deployed") || uw(c, k, "deploys") ||
           uw(c, k, "operates") || uw(c, k, "operated") || uw(c, k, "fielded") ||
           uw(c, k, "flew") || uw(c, k, "flies") || uw(c, k, "employed") || uw(c, k, "received") ||
           uw(c, k, "receives") || uw(c, k, "receive") || uw(c, k, "got") || uw(c, k, "acquired") ||
           uw(c, k, "obtained") || /* "received drones delivered by X" */
           ((uw(c, k + 1, "on") || uw(c, k + 1, "upon")) &&
            (uw(c, k, "relies") || uw(c, k, "relied") || uw(c, k, "rely") || uw(c, k, "relying") ||
             uw(c, k, "reliant") || uw(c, k, "depends") || uw(c, k, "depended") ||
             uw(c, k, "dependent"))); /* "relies on jets supplied by X" */
}

/* "suspend all new arms export approvals to X", "halted deliveries": the
 * end of a supply, no supply */
static int halts(const ctx *c, size_t k)
{
    static const char *const W[] = {"suspend", "suspended", "suspends", "suspending", "halt",
                                    "halted",  "halts",     "halting",  "freeze",     "froze",
                                    "stop",    "stopped",   "stops",    "stopping",   NULL};
    return uw_any(c, k, W);
}

/* "banned exports of chips to China", "a ban on arms sales to X": a
 * sanction, no supply. */
static int banned_trade(const ctx *c, size_t t)
{
    if (t > 0 && uw(c, t - 1, "by") && ends_ing(c, t))
        return 0; /* "violated the embargo by sending arms": the means of a breach */
    for (size_t j = t, steps = 0; j > 0 && steps < 8; j--, steps++) {
        if (has(c, j - 1, WC_SANCTION_V) || has(c, j - 1, WC_SANCTION_N) || uw(c, j - 1, "curbs") ||
            uw(c, j - 1, "restricted") || uw(c, j - 1, "restricting") || halts(c, j - 1))
            return 1;
        /* "prohibiting the supply, sale or transfer of": past the list */
        if (is_punct(c, j - 1, ',') && j >= 2 &&
            (has(c, j - 2, WC_SUPPLY) || has(c, j - 2, WC_SUPPLY_NOUN))) {
            steps--;
            continue;
        }
        if (party_at(c, j - 1) != NULL || is_boundary(c, j - 1) || is_punct(c, j - 1, ',') ||
            has(c, j - 1, WC_ACCUSE) || has(c, j - 1, WC_REL) || uw(c, j - 1, "for") ||
            ex_group_noun(c, j - 1))
            break; /* "sanctions on firms accused of supplying", "... that supplied" */
    }
    return 0;
}

static int trains_or_funds(const ctx *c, size_t k)
{
    static const char *const W[] = {"arms",      "funds",     "trains",    "training", "trained",
                                    "funding",   "funded",    "financing", "financed", "supporting",
                                    "supported", "equipping", "equipped",  "backing",  NULL};
    return uw_any(c, k, W); /* "arming and supporting the M23 rebels" */
}

/* Does "arms" or "funds" stand as a verb: after its subject or "which", and
 * before its object ("Iran, which arms and funds Hezbollah")? The noun
 * "arms" is no trigger. */
int ex_verbal_arms(const ctx *c, size_t t)
{
    if (!(c->U[t].fw & FW_ARMS) || t == 0)
        return 0; /* "arms", "funds" */
    const party *p = party_at(c, t - 1);
    return (has(c, t - 1, WC_REL) || (p != NULL && !p->poss)) &&
           (party_at(c, t + 1) != NULL ||
            (uw(c, t + 1, "and") && (uw(c, t + 2, "funds") || uw(c, t + 2, "trains"))));
}

/* What is given "in return for" people or services ("its troops",
 * "military support", "the services of 1,000 mercenaries") is a payment. */
/* "in exchange for military aid", "in return for weapons": the payback is
 * paid for with arms */
static int exchange_for_arms(const ctx *c)
{
    size_t b = (size_t)c->exchange_unit + 1, pe = ex_region_end(c, (size_t)c->exchange_unit, 8);
    for (size_t k = b; k < pe; k++)
        if (uw(c, k, "aid") || uw(c, k, "military aid") || uw(c, k, "arms") ||
            uw(c, k, "weapons") ||
            (has(c, k, WC_ITEM) && c->U[k].category != CAT_FUNDING &&
             c->U[k].category != CAT_TECHNOLOGY))
            return 1;
    return 0;
}

static int for_services_only(const ctx *c)
{
    size_t b = (size_t)c->exchange_unit + 1, pe = ex_region_end(c, (size_t)c->exchange_unit, 12);
    for (size_t k = b; k < pe; k++)
        if (uw(c, k, "troops") || uw(c, k, "soldiers") || uw(c, k, "support") || uw(c, k, "help") ||
            uw(c, k, "services") || uw(c, k, "mercenaries") || uw(c, k, "fighters") ||
            uw(c, k, "work") || uw(c, k, "protection") || uw(c, k, "security") ||
            uw(c, k, "military support") || uw(c, k, "military help"))
            return 1;
    return 0;
}

static int exchange_for_services(const ctx *c)
{
    return for_services_only(c) || exchange_for_arms(c);
}

/* The arms named after "in exchange for" went from the one paid (src) to
 * the payer (dst): "Laos shipped rice to Chad in exchange for arms". */
static int arms_paid_for(ctx *c, const group *src, const group *dst, int status, size_t qb,
                         size_t qe, double conf)
{
    items arms;
    memset(&arms, 0, sizeof arms);
    ag_buf_init(&arms.text);
    ex_items_collect(c, (size_t)c->exchange_unit + 1, ex_region_end(c, (size_t)c->exchange_unit, 8),
                     &arms);
    int rc = ex_emit_groups(c, AG_SUPPLIES, src, dst, status, &arms, qb, qe, conf);
    ag_buf_destroy(&arms.text);
    return rc;
}

/* The party after "to" at k (past "the"), or NULL. */
static const party *to_party(const ctx *c, size_t k)
{
    if (uw(c, k + 1, "the"))
        k++;
    return party_at(c, k + 1);
}

/* "to sell a frigate to Chile and two tankers to Peru": each
 * further "and ITEMS to Y" after the first receiver is another edge. */
static int more_destinations(ctx *c, size_t t, size_t e, const group *src, int status, double conf)
{
    size_t k = t + 1;
    while (k < e && !(uw(c, k, "to") && to_party(c, k) != NULL))
        k++;
    if (k >= e)
        return AG_OK;
    k = to_party(c, k)->u1;
    while (k < e && uw(c, k, "and")) {
        size_t b = k + 1, q = b;
        while (q < e && q < b + 7 && !uw(c, q, "to") && party_at(c, q) == NULL &&
               !ex_is_verbish(c, q) && !is_punct(c, q, ','))
            q++;
        const party *p = q < e && uw(c, q, "to") ? to_party(c, q) : NULL;
        if (p == NULL)
            return AG_OK;
        group dst;
        items it;
        memset(&it, 0, sizeof it);
        ag_buf_init(&it.text);
        ex_items_collect(c, b, q, &it);
        ex_group_of(c, c->pidx[p->u0], &dst, 0);
        int mil = it.military;
        int rc = mil && dst.n > 0
                     ? ex_emit_groups(c, AG_SUPPLIES, src, &dst, status, &it, t, e, conf)
                     : AG_OK;
        ag_buf_destroy(&it.text);
        if (rc != AG_OK || !mil)
            return rc;
        k = p->u1;
    }
    return AG_OK;
}

/* The unit after a model name that starts at h ("F-16 jets", "Shahed-type
 * drones"): past up to three capitalized, numeric or dash units, "type" or
 * "series"; h itself when no model is there. */
static size_t past_model(const ctx *c, size_t h, size_t e)
{
    size_t h0 = h;
    while (h + 1 < e && h < h0 + 3 && !has(c, h, WC_ITEM) && party_at(c, h) == NULL &&
           ((c->U[h].flags & (TK_UPPER | TK_NUM | TK_CAP)) || is_punct(c, h, '-') ||
            uw(c, h, "type") || uw(c, h, "series")))
        h++;
    return h;
}

/* After the supplier that ends at k (its "from X"), the next ", ITEMS from Y"
 * or "and ITEMS from Y" of the clause: its items begin at *b and Y's party
 * is returned; NULL when none follows. */
static const party *next_source(const ctx *c, size_t k, size_t e, size_t *b)
{
    if (k >= e || !(uw(c, k, "and") || is_punct(c, k, ',')))
        return NULL;
    size_t q = *b = k + 1;
    while (q < e && q < *b + 7 && !uw(c, q, "from") && party_at(c, q) == NULL &&
           !has(c, q, WC_SAY) && !is_punct(c, q, ','))
        q++; /* "40 armoured trucks": a participle is no verb here */
    const party *p = q + 1 < e && uw(c, q, "from") ? party_at(c, q + 1) : NULL;
    return p != NULL && !p->target_only && !p->poss ? p : NULL;
}

/* The end of the items of the first supplier after t: the "from" before it
 * when another "ITEMS from Y" follows ("drones from Israel and rifles from
 * Belgium"), else e. */
static size_t first_source_items_end(const ctx *c, size_t t, size_t e)
{
    size_t k = t + 1, b;
    while (k < e && !(uw(c, k, "from") && party_at(c, k + 1) != NULL))
        k++;
    return k < e && next_source(c, party_at(c, k + 1)->u1, e, &b) != NULL ? k : e;
}

/* "bought drones from Israel and rifles from Belgium", "imported $406
 * million of arms from Russia and $267 million from China": each further
 * ", ITEMS from X" or "and ITEMS from X" after the first supplier is
 * another edge to the same receiver (with the items said before it; the
 * first edge's when none are). */
static int more_sources(ctx *c, size_t t, size_t e, const group *dst, int status,
                        const items *first, double conf)
{
    size_t k = first_source_items_end(c, t, e), b;
    if (k >= e)
        return AG_OK;
    const party *p;
    for (k = party_at(c, k + 1)->u1; (p = next_source(c, k, e, &b)) != NULL; k = p->u1) {
        group src;
        items it;
        memset(&it, 0, sizeof it);
        ag_buf_init(&it.text);
        ex_items_collect(c, b, p->u0 - 1, &it);
        int mil = it.military || (it.n == 0 && first->military);
        ex_group_of(c, c->pidx[p->u0], &src, 0);
        int rc = mil && src.n > 0 ? ex_emit_groups(c, AG_SUPPLIES, &src, dst, status,
                                                   it.n > 0 ? &it : first, t, e, conf)
                                  : AG_OK;
        ag_buf_destroy(&it.text);
        if (rc != AG_OK || !mil)
            return rc;
    }
    return AG_OK;
}

int ex_supply_verb(ctx *c, size_t t)
{
    group src, dst;
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    items it;
    size_t e = ex_region_end(c, t, 30), rel = (size_t)-1;
    int rc = AG_OK, passive = 0, status;
    double conf = 0.8;
    int arm = uw(c, t, "arm") || uw(c, t, "armed") || uw(c, t, "arming") || uw(c, t, "arms") ||
              uw(c, t, "funding") || uw(c, t, "funded") || uw(c, t, "fund") || uw(c, t, "funds");

    if (ex_blocked(c, t) || banned_trade(c, t))
        return AG_OK;
    int mod = ex_modality(c, t);
    if (mod == 2)
        return AG_OK;
    status = mod;
    memset(&it, 0, sizeof it);
    ag_buf_init(&it.text);
    src.n = dst.n = 0;
    size_t by_at = (size_t)-1;
    if (ex_find_by(c, t, e, &src, &by_at)) {
        passive = 1;
        if (!ex_find_prep(c, t, by_at, P_TO, &dst, 0, 4) &&
            !ex_find_prep(c, by_at, e, P_TO, &dst, 0, 4)) {
            if (!ex_possessor_left(c, t, 14, &dst)) {
                /* "Russia fired missiles that were provided by X": the user */
                size_t k = t;
                while (k > 0 && !has(c, k - 1, WC_REL))
                    k--;
                if (k > 0 && k + 5 > t)
                    ex_subject_of(c, k - 1, &dst, NULL);
            }
            if (dst.n == 0) {
                /* "Ukraine struck an airfield with missiles supplied by
                 * Britain", "Russia used drones provided by Iran": the
                 * subject of the verb that uses or fires them */
                for (size_t j = t, steps = 0; j > 0 && steps < 14 && dst.n == 0; j--, steps++) {
                    size_t v = j - 1;
                    if (is_boundary(c, v) || has(c, v, WC_REL) || has(c, v, WC_SAY))
                        break;
                    if (handles_weapons(c, v)) {
                        ex_subject_of(c, v, &dst, NULL);
                        for (int q = 0; q < dst.n; q++)
                            for (int r = 0; r < src.n; r++)
                                if (ent_eq(dst.e[q], src.e[r]))
                                    dst.n = 0; /* the supplier is no receiver */
                    }
                }
            }
            if (dst.n == 0) {
                /* "The drones were ... supplied by Iran" after "Russia fired
                 * drones at ...": the user of the previous sentence */
                for (size_t i = c->nfe; i > 0; i--) {
                    found_edge *f = &c->fe[i - 1];
                    if (f->sentence + 1 < c->sentence_no)
                        break;
                    if (f->type == AG_ATTACKS && !ent_eq(f->src, src.e[0])) {
                        ex_group_add(&dst, f->src);
                        dst.inferred = 1;
                        break;
                    }
                }
            }
            conf -= 0.1;
        }
        ex_items_collect(c, t > 8 ? t - 8 : 0, t, &it);
        ex_items_collect(c, t + 1, e, &it);
    } else if (ex_is_passive(c, t)) {
        passive = 1;
        ex_find_prep(c, t, e, P_TO, &dst, 0, 4);
        if (dst.n > 0 && ex_find_prep(c, t, e, P_FROM, &src, 0, 3)) {
            /* "300 tonnes of ammunition were flown from Iran to Russia" */
            ex_items_collect(c, t > 8 ? t - 8 : 0, t, &it);
            conf -= 0.1;
        } else if (dst.n > 0 && c->have_last_org && c->d->actors[c->last_org.actor].state != NULL) {
            /* "The Scorpene submarines have been sold to Malaysia and Chile"
             * in an article about their maker: a named product with no
             * seller in the sentence is the last company's */
            int product = 0, other = 0;
            for (size_t k = 0; k < t; k++) {
                if (party_at(c, k) != NULL)
                    other = 1;
                if ((c->U[k].flags & TK_CAP) && k > 0 && k + 1 < t && has(c, k + 1, WC_ITEM) &&
                    !has(c, k, WC_ITEM) && !has(c, k, WC_DET))
                    product = 1;
            }
            if (product && !other) {
                ex_group_add(&src, c->last_org);
                src.inferred = 1;
                ex_items_collect(c, 0, t, &it);
                conf -= 0.3;
            }
        }
    } else {
        if (ex_group_subject(c, t) != 0) {
            /* "sanctions on five companies accused of supplying": the group
             * acts, not the sanctioner */
        } else if (!ex_subject_of(c, t, &src, &rel)) {
            /* "The package would provide Saudi Arabia with ..., the White House
             * said": a deal as subject; its giver is the state that speaks */
            size_t k = t;
            while (k > 0 && (has(c, k - 1, WC_PLAN) || uw(c, k - 1, "also") ||
                             uw(c, k - 1, "has") || uw(c, k - 1, "have") || uw(c, k - 1, "will")))
                k--;
            if (k > 0 &&
                (uw(c, k - 1, "package") || uw(c, k - 1, "deal") || uw(c, k - 1, "agreement") ||
                 uw(c, k - 1, "contract") || uw(c, k - 1, "sale") || uw(c, k - 1, "aid")))
                ex_speaker_state(c, &src);
        }
        /* ditransitive: "provided Russia with", "gave Ukraine", "sold the
         * Malian air force" */
        size_t k = t + 1;
        while (k < e &&
               (uw(c, k, "the") || uw(c, k, "directly") || uw(c, k, "also") || uw(c, k, "over")))
            k++;
        if (uw(c, k, "and") && trains_or_funds(c, k + 1))
            k += 2; /* "arms and funds Hezbollah" */
        if (k < e && k > t + 1 && uw(c, k, "the") && uw(c, k - 2, "and"))
            k++; /* "arming and training the M23 rebels" */
        const party *p = party_at(c, k);
        if (p != NULL && c->U[k].surf == SURF_DEMONYM && p->u1 == k + 1 && has(c, k + 1, WC_ITEM))
            p = NULL; /* "supplying Iranian drones to Russia": a modifier, not the receiver */
        if (p != NULL && !p->poss && p->u1 < e && has(c, p->u1, WC_ITEM) &&
            !ent_is_state(c, ex_party_ent(c, p)) && c->U[p->u0].surf != SURF_DEMONYM) {
            group to;
            if (ex_find_prep(c, t, e, P_TO, &to, 0, 6) && to.n > 0)
                p = NULL; /* "sold Boeing jets to Israel": the maker, not the receiver */
        }
        if (p != NULL && !p->poss && p->u1 < e && has(c, p->u1, WC_ATTACK_N) &&
            !has(c, p->u1, WC_ORGAN))
            p = NULL; /* "to fund Ukraine war": the war's name, no receiver */
        if (p != NULL && p->poss != 2 && !p->target_only) {
            ex_group_of(c, c->pidx[k], &dst, 0);
        } else if (p != NULL && p->poss == 2) {
            /* "Iran's Qods Aviation": the qualified party */
            size_t q = p->u1 + 1;
            if (party_at(c, q) != NULL)
                ex_group_of(c, c->pidx[q], &dst, 0);
        } else if (p == NULL && k == t + 1 && (uw(c, k, "it") || uw(c, k, "them")) && k + 1 < e &&
                   (has(c, k + 1, WC_ITEM) || has(c, k + 2, WC_ITEM)) && src.n > 0) {
            /* "an ally of Pakistan that has sold it jets": the party before,
             * not the seller */
            group r;
            if (ex_pronoun_ref(c, k, &r) && !ent_eq(r.e[0], src.e[0]))
                dst = r;
        }
        if (dst.n == 0)
            ex_find_prep(c, t, e, P_TO, &dst, 0, 4);
        if (dst.n == 0 && src.n > 0 && !ent_is_state(c, src.e[0])) {
            /* "a firm exporting microelectronics for the Russian military" */
            static const char *const P_FORS[] = {"for", NULL};
            size_t f = t + 1;
            while (f < e && f < t + 6 && !uw(c, f, "for") && party_at(c, f) == NULL)
                f++;
            const party *fp = NULL;
            if (f + 1 < e && uw(c, f, "for"))
                fp = party_at(c, uw(c, f + 1, "the") ? f + 2 : f + 1);
            if (fp != NULL && !fp->target_only && !has(c, fp->u1, WC_ATTACK_N) &&
                (has(c, fp->u1 - 1, WC_ORGAN) || c->U[fp->u0].organ_head ||
                 has(c, fp->u1, WC_ORGAN)))
                ex_find_prep(c, t, e, P_FORS, &dst, 0, 3);
        }
        if (dst.n == 0 && t >= 2 && uw(c, t - 1, "to") &&
            (uw(c, t - 2, "contract") || uw(c, t - 2, "deal") || uw(c, t - 2, "agreement"))) {
            /* "signed a contract to export 40 jets, worth two billion, with
             * the army of Chile": the other party buys */
            static const char *const P_WITHC[] = {"with", NULL};
            ex_find_prep(c, t, e, P_WITHC, &dst, 0, 12);
        }
        if (dst.n == 0 && (uw(c, t, "share") || uw(c, t, "shared") || uw(c, t, "sharing") ||
                           uw(c, t, "shares"))) {
            static const char *const P_WITHX[] = {"with", NULL};
            ex_find_prep(c, t, e, P_WITHX, &dst, 0, 3); /* "share technology with X" */
        }
        if (dst.n == 0 && rel != (size_t)-1) {
            /* "India's Rafale jets, which France delivered": the possessor */
            ex_possessor_left(c, rel, 8, &dst);
        }
        if (dst.n == 0) {
            /* "supplied 80 percent of Pakistan's arms imports" */
            for (size_t q = t + 1; q < e && q < t + 8; q++) {
                const party *pp = party_at(c, q);
                if (pp != NULL && pp->poss == 1 && q + 2 < c->nu &&
                    (has(c, pp->u1 + 1, WC_ITEM) || uw(c, pp->u1 + 1, "arms") ||
                     uw(c, pp->u1 + 1, "military") || uw(c, pp->u1 + 1, "army"))) {
                    ex_party_add(c, &dst, pp);
                    break;
                }
                size_t h = past_model(c, q + 1, e); /* "Russian Shahed-type drones" */
                if (c->U[q].actor >= 0 && c->U[q].surf == SURF_DEMONYM && h < e &&
                    (uw(c, q - 1, "for") || uw(c, q - 1, "in")) && has(c, h, WC_ITEM) &&
                    ex_unit_state(c, q) >= 0) {
                    /* "components for Russian drones", "parts used in Iranian missiles" */
                    ent en = {ex_unit_state(c, q), -1, (uint32_t)c->U[q].s, (uint32_t)c->U[q].e,
                              c->sentence_no};
                    ex_group_add(&dst, en);
                    break;
                }
            }
        }
        if (dst.n == 0 && t >= 3 && uw(c, t - 1, "for") && party_at(c, t - 2) != NULL) {
            /* "Zelensky thanked Germany for providing": the thanker gets it */
            size_t v = party_at(c, t - 2)->u0;
            if (v > 0 &&
                (uw(c, v - 1, "thanked") || uw(c, v - 1, "thanks") || uw(c, v - 1, "thanking")))
                ex_subject_of(c, v - 1, &dst, NULL);
        }
        ex_items_collect(c, t + 1,
                         c->exchange_unit > (int)t && (size_t)c->exchange_unit < e
                             ? (size_t)c->exchange_unit
                             : e,
                         &it);
        if (rel != (size_t)-1 && it.n == 0)
            ex_items_collect(c, rel > 8 ? rel - 8 : 0, rel, &it);
        if (it.n == 0 && (uw(c, t + 1, "them") || uw(c, t + 1, "it")))
            ex_items_collect(c, t > 10 ? t - 10 : 0, t, &it); /* "bought drones and shipped them" */
        if (dst.n == 0 && src.n > 0 && it.military && !ex_find_prep(c, t, e, P_TO, &dst, 1, 6) &&
            ex_recent_end(c, AG_SUPPLIES, 2, &src, &dst))
            conf -= 0.3; /* "Germany has pledged to deliver four more systems" */
    }
    int kinds;
    if (src.n == 0 && dst.n > 0 && !passive && (arm || it.military) &&
        (kinds = ex_group_subject(c, t)) != 0) {
        /* "four companies that were involved in sending drones to Russia" */
        rc = ex_group_role_note(c, t, kinds, &dst, &it);
        goto out;
    }
    if (src.n == 0 || dst.n == 0)
        goto out;
    if (c->exchange_unit >= 0 && (size_t)c->exchange_unit > t && exchange_for_services(c) &&
        !(it.military && exchange_for_arms(c))) {
        /* "Russia gave North Korea oil and missiles in return for its
         * troops": the subject pays; the receiver of the payback seeks it.
         * Arms for arms ("shares its technology with Y in exchange for
         * drones") is a barter, below: the subject seeks the payback. */
        rc = ex_emit_groups(c, AG_SEEKS_IN_EXCHANGE, &dst, &src, status, &it, t, e, 0.7);
        if (rc == AG_OK && it.military)
            rc = ex_emit_groups(c, AG_SUPPLIES, &src, &dst, status, &it, t, e, conf - 0.1);
        if (rc == AG_OK && exchange_for_arms(c))
            rc = arms_paid_for(c, &dst, &src, status, 0, 0, 0.6); /* the arms went the other way */
        goto out;
    }
    if (!arm && !it.military)
        goto out;
    if (uw(c, t, "allegedly") || (t > 0 && uw(c, t - 1, "allegedly")))
        conf -= 0.1;
    rc = ex_emit_groups(c, AG_SUPPLIES, &src, &dst, status, &it,
                        passive && t > 12 ? t - 12
                        : passive         ? 0
                                          : t,
                        e, conf);
    if (rc == AG_OK && !passive)
        rc = more_destinations(c, t, e, &src, status, conf);
    /* "in return, Moscow is providing Pyongyang with technology": the
     * receiver seeks it in exchange */
    if (rc == AG_OK && c->exchange_unit >= 0 && (size_t)c->exchange_unit < t) {
        /* but when only arms come back and none went the other way, the
         * arms are the deal: their giver seeks what it was given ("In
         * exchange, Moscow will provide weapons to Sudan", after a base
         * granted to it) */
        int arms_deal = it.military && !it.civil && !supplied_before(c, &dst, &src);
        items none; /* what the giver of the arms got is said elsewhere */
        memset(&none, 0, sizeof none);
        ag_buf_init(&none.text);
        rc = ex_emit_groups(c, AG_SEEKS_IN_EXCHANGE, arms_deal ? &src : &dst,
                            arms_deal ? &dst : &src, status, arms_deal ? &none : &it, t, e, 0.7);
        ag_buf_destroy(&none.text);
    }
    /* "gave Russia shells in exchange for technical advice": the payback */
    if (rc == AG_OK && c->exchange_unit >= 0 && (size_t)c->exchange_unit > t) {
        items pay;
        memset(&pay, 0, sizeof pay);
        ag_buf_init(&pay.text);
        size_t pe = ex_region_end(c, (size_t)c->exchange_unit, 15);
        ex_items_collect(c, (size_t)c->exchange_unit + 1, pe, &pay);
        if (pay.n > 0) {
            rc = ex_emit_groups(c, AG_SEEKS_IN_EXCHANGE, &src, &dst, AG_REPORTED, &pay, 0, 0, 0.7);
            if (rc == AG_OK && pay.military)
                rc = ex_emit_groups(c, AG_SUPPLIES, &dst, &src, AG_REPORTED, &pay, 0, 0, 0.6);
        }
        ag_buf_destroy(&pay.text);
    }
    for (size_t k = t + 1; rc == AG_OK && c->exchange_unit < 0 && !passive && k + 1 < e; k++) {
        if (party_at(c, k) != NULL && k > t + 1 && !uw(c, k - 1, "to"))
            break;
        if (!uw(c, k, "for") || (k + 2 < e && has(c, k + 1, WC_NONMIL) && has(c, k + 2, WC_ITEM)))
            continue;
        /* "sell Indonesia 11 jets for palm oil": a barter, the seller seeks
         * the goods from the buyer */
        size_t g = k + 1;
        while (g < e && g < k + 3 && !has(c, g, WC_NONMIL) && (c->U[g].flags & TK_WORD) &&
               party_at(c, g) == NULL && !ex_is_verbish(c, g))
            g++;
        if (g < e && has(c, g, WC_NONMIL) && party_at(c, g) == NULL && !uw(c, g, "troops") &&
            !uw(c, g, "soldiers")) {
            items pay;
            memset(&pay, 0, sizeof pay);
            ag_buf_init(&pay.text);
            ex_items_collect(c, k + 1, g + 1, &pay);
            if (pay.n > 0 && !pay.military)
                rc = ex_emit_groups(c, AG_SEEKS_IN_EXCHANGE, &src, &dst, status, &pay, t, e, 0.6);
            ag_buf_destroy(&pay.text);
        }
        break;
    }
out:
    ag_buf_destroy(&it.text);
    return rc;
}

/* Collects the items in [b, e) and emits src supplies dst with them when
 * some item is military or unarmed_ok says the frame needs none. */
static int supply_of_items(ctx *c, const group *src, const group *dst, size_t b, size_t e,
                           int unarmed_ok, int status, size_t qb, size_t qe, double conf)
{
    items it;
    int rc = AG_OK;
    memset(&it, 0, sizeof it);
    ag_buf_init(&it.text);
    ex_items_collect(c, b, e, &it);
    if (it.military || unarmed_ok)
        rc = ex_emit_groups(c, AG_SUPPLIES, src, dst, status, &it, qb, qe, conf);
    ag_buf_destroy(&it.text);
    return rc;
}

/* With need_military, only when some item is military. */
static int emit_supply_items(ctx *c, const group *src, const group *dst, size_t b, size_t e,
                             int need_military)
{
    return supply_of_items(c, src, dst, b, e, !need_military, AG_REPORTED, 0, 0, 0.7);
}

/* When the items, or the article around them, are military ("a contract
 * for jets", "delivered ... via Chad"). */
static int supply_if_military(ctx *c, const group *src, const group *dst, size_t b, size_t e,
                              int status, size_t qb, size_t qe, double conf)
{
    return supply_of_items(c, src, dst, b, e, c->military_context, status, qb, qe, conf);
}

/* "Iranian weapons bound for the Houthis", "drones of Iranian design
 * intended for Russia": the state named by the weapons' demonym sends them
 * to the party after "bound/intended/destined/headed for". */
int ex_bound_for(ctx *c, size_t t)
{
    group src, dst;
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    if (!uw(c, t + 1, "for") || ex_blocked(c, t))
        return AG_OK;
    size_t e = ex_region_end(c, t + 1, 8);
    if (!ex_party_after(c, t + 2, e, &dst, 0, 3))
        return AG_OK;
    for (size_t k = t; k > 0 && t - k < 8; k--) {
        size_t j = k - 1;
        if (is_boundary(c, j))
            break;
        if (c->U[j].actor < 0 || c->U[j].surf != SURF_DEMONYM ||
            c->d->actors[c->U[j].actor].kind != AG_STATE)
            continue;
        int item = 0; /* weapons right after the demonym, or before "of Iranian design" */
        for (size_t q = j + 1; q < t && q <= j + 4; q++)
            item |= has(c, q, WC_ITEM);
        for (size_t q = j; q > 0 && j - q < 4 && j > 0 && uw(c, j - 1, "of"); q--)
            item |= has(c, q - 1, WC_ITEM);
        if (!item)
            continue;
        ent se;
        memset(&se, 0, sizeof se);
        se.actor = c->d->actors[c->U[j].actor].acts_as;
        se.name = -1;
        se.ss = (uint32_t)c->U[j].s; /* the demonym is the surface form */
        se.se = (uint32_t)c->U[j].e;
        se.sent = c->sentence_no;
        ex_group_add(&src, se);
        size_t ib = j > 0 && uw(c, j - 1, "of") ? (j > 4 ? j - 4 : 0) : j + 1;
        return emit_supply_items(c, &src, &dst, ib, t, 0);
    }
    return AG_OK;
}

/* "X-supplied missiles" */
int ex_supplied_adj(ctx *c, const party *p)
{
    group src, dst;
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    size_t t = p->u1 + 1;
    if (c->question || ex_denied(c, p->u0))
        return AG_OK; /* "refused to let Kyiv fire US-supplied missiles" still says who supplied */
    src.n = 0;
    src.inferred = 0;
    ex_party_add(c, &src, p);
    if (!ex_subject_of(c, p->u0, &dst, NULL))
        return AG_OK;
    return emit_supply_items(c, &src, &dst, t + 1, ex_region_end(c, t, 8), 0);
}

/* A named company, or a dictionary firm with a home state. */
static int company_like(const ctx *c, ent e)
{
    if (e.actor >= 0)
        return c->d->actors[e.actor].kind == AG_ORGANIZATION && c->d->actors[e.actor].state != NULL;
    return e.name >= 0 && c->names.v[e.name].kind == AG_ORGANIZATION;
}

static int barter_deal(ctx *c, size_t t, size_t e);

int ex_supply_noun(ctx *c, size_t t)
{
    group src, dst;
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    items it;
    size_t e = ex_region_end(c, t, 16);
    int rc = AG_OK, status = 0;

    if (ex_blocked(c, t))
        return AG_OK;
    if (t >= 4 && (uw(c, t, "weapons deal") || uw(c, t, "arms deal")) && uw(c, t - 2, "for") &&
        is_punct(c, t - 1, '-'))
        return barter_deal(c, t, e); /* "a port-for-weapons deal with Russia" */
    if (banned_trade(c, t))
        return AG_OK;
    if (has(c, t, WC_SUPPLY) && t > 0 && party_at(c, t - 1) != NULL &&
        party_at(c, t - 1)->poss == 0)
        return AG_OK; /* "Israel supplies Azerbaijan": the verb */
    if (has(c, t, WC_SUPPLY) && t > 0 && has(c, t - 1, WC_REL))
        return AG_OK; /* "companies that supply weapons to X": the verb's */
    if ((t > 0 && uw(c, t - 1, "any")) || (t > 1 && uw(c, t - 2, "any")))
        return AG_OK; /* "any transfer of missiles to Russia would be": no act */
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    size_t why = t; /* "sanctions on A and B over arms sales to Taiwan" */
    while (why > 0 && t - why < 4 && !uw(c, why - 1, "over") && !is_boundary(c, why - 1))
        why--;
    if (why > 0 && uw(c, why - 1, "over") && ex_sanctioned_here(c, &src)) {
        if (why < t && party_at(c, why) != NULL && party_at(c, why)->u1 == t &&
            !party_at(c, why)->poss)
            ex_group_of(c, c->pidx[why], &dst, 0); /* "over Taiwan arms deals" */
        for (int i = 0; i < src.n; i++)
            for (int j = 0; j < dst.n; j++)
                if (ent_eq(src.e[i], dst.e[j]))
                    src.n = 0;
        src.inferred = 1;
    }
    /* possessor: "Iran's continued provision of drones to Russia",
     * "Washington's $2 billion arms package" */
    for (size_t j = t, steps = 0; src.n == 0 && j > 0 && steps < 6; j--, steps++) {
        const party *p = party_at(c, j - 1);
        if (p != NULL) {
            int demonym_items = p->poss == 0 && c->U[j - 1].surf == SURF_DEMONYM && j < t;
            for (size_t q = j; demonym_items && q < t; q++)
                demonym_items = has(c, q, WC_ITEM) || uw(c, q, "arms") || uw(c, q, "weapons");
            if (p->poss == 1 || steps == 0 || demonym_items) /* "Iranian arms shipments" */
                ex_group_of(c, c->pidx[j - 1], &src, 0);
            break;
        }
        if (uw(c, j - 1, "its") || uw(c, j - 1, "their")) {
            ex_pronoun_ref(c, j - 1, &src); /* "over its supply of shells" */
            break;
        }
        if ((!(c->U[j - 1].flags & (TK_WORD | TK_NUM)) && c->U[j - 1].ch != '$') ||
            has(c, j - 1, WC_TITLE) || has(c, j - 1, WC_SAY))
            break; /* not "Azerbaijan's President slams sale of ...": the president's */
        if (has(c, j - 1, WC_PREP) ||
            (steps >= 3 && !(c->U[j - 1].flags & TK_NUM) && c->U[j - 1].ch != '$' &&
             !uw(c, j - 1, "million") && !uw(c, j - 1, "billion")))
            break;
    }
    size_t pre_items = t; /* "weapons" of "North Korean weapons exports" */
    if (src.n == 0 && t > 0) {
        /* "Iranian arms shipments to the Houthis", "North Korean weapons
         * exports to Russia": a bare demonym (no party of its own) before
         * the noun and its arms words is the state that ships */
        size_t j = t;
        while (j > 0 && j + 2 > t && (uw(c, j - 1, "arms") || uw(c, j - 1, "weapons")))
            j--;
        if (j > 0 && c->U[j - 1].actor >= 0 && c->U[j - 1].surf == SURF_DEMONYM &&
            party_at(c, j - 1) == NULL && c->d->actors[c->U[j - 1].actor].kind == AG_STATE &&
            (j < t || strncasecmp(c->s + c->U[t].s, "arms ", 5) == 0 ||
             strncasecmp(c->s + c->U[t].s, "weapons ", 8) == 0 ||
             strncasecmp(c->s + c->U[t].s, "military ", 9) == 0)) {
            ent en = {c->U[j - 1].actor, -1, 0, 0, 0};
            if (uw(c, t + 1, "to")) { /* not "... shipment is ... attributed to X" */
                ex_group_add(&src, en);
                pre_items = j;
            }
        }
    }
    int from = src.n == 0 && ex_find_prep(c, t, e, P_FROM, &src, 0, 3);
    for (size_t k = t + 1; src.n == 0 && !ends_ing(c, t) && k < e; k++) {
        /* "the sale of 40 jets to Egypt by France", not "... was blocked by
         * the US" nor "missiles made by X" */
        if (ex_is_verbish(c, k) || ends_ed(c, k) || has(c, k, WC_REL) || has(c, k, WC_COMPOUND) ||
            is_punct(c, k, ','))
            break;
        if (uw(c, k, "by"))
            ex_party_after(c, k + 1, e, &src, 0, 1);
    }
    if (src.n == 0 && t >= 2 && uw(c, t - 1, "for") && party_at(c, t - 2) != NULL &&
        !party_at(c, t - 2)->target_only && party_at(c, t - 2)->poss == 0) {
        /* "criticized China and Russia for arms sales to Myanmar": the object */
        ex_group_of(c, c->pidx[party_at(c, t - 2)->u0], &src, 0);
    }
    if (src.n == 0 && t >= 1 && (uw(c, t - 1, "for") || (t >= 2 && uw(c, t - 2, "for")))) {
        /* "the firm signed a contract with the ministry on May 3 for supply
         * of missiles to X": the company that signed */
        for (size_t k = t, st = 0; k > 1 && st < 16; k--, st++) {
            if (is_boundary(c, k - 1) || has(c, k - 1, WC_REL))
                break;
            if (!(uw(c, k - 1, "contract") || uw(c, k - 1, "deal") || uw(c, k - 1, "agreement")))
                continue;
            size_t v = k - 1;
            while (v > 0 && (has(c, v - 1, WC_DET) || !(c->U[v - 1].flags & TK_WORD) ||
                             (c->U[v - 1].flags & TK_NUM) || uw(c, v - 1, "worth")))
                v--;
            group subj;
            if (v > 0 && ex_subject_of(c, v - 1, &subj, NULL) && subj.n == 1 &&
                company_like(c, subj.e[0]))
                src = subj;
            break;
        }
    }
    if (src.n == 0) {
        /* "a sale of US weapons to the Emirates", "the delivery of a third
         * regiment of Russian S-400 systems to Turkey" */
        for (size_t k = t + 1; k + 1 < e && k < t + 8; k++) {
            if (c->U[k].actor < 0 || c->U[k].surf == SURF_PLACE) {
                if (party_at(c, k) != NULL)
                    break; /* another party first */
                continue;
            }
            size_t h = past_model(c, k + 1, e); /* "American F-16 jets" */
            if (has(c, h, WC_ITEM) && c->U[h].category != CAT_FUNDING && !uw(c, h, "components") &&
                !uw(c, h, "parts") && !uw(c, h, "technology") && !uw(c, h, "goods") &&
                !uw(c, h, "items")) {
                ent en = {c->U[k].actor, -1, 0, 0, 0};
                ex_group_add(&src, en);
            }
            break;
        }
    }
    if (src.n == 0) {
        /* "the State Department approved a possible sale to Taipei" */
        size_t k = t;
        int steps = 0;
        while (k > 0 && steps < 10 && !has(c, k - 1, WC_SUPPORT_V) && !is_boundary(c, k - 1) &&
               party_at(c, k - 1) == NULL) {
            k--;
            steps++;
        }
        if (k > 0 && has(c, k - 1, WC_SUPPORT_V))
            ex_subject_of(c, k - 1, &src, NULL);
    }
    if (dst.n == 0)
        ex_find_prep(c, t, e, P_TO, &dst, 0, 4);
    if (dst.n == 0 && (uw(c, t, "aid") || uw(c, t, "military aid") || uw(c, t, "assistance") ||
                       uw(c, t, "military assistance") || uw(c, t, "security assistance") ||
                       uw(c, t, "arms package") || uw(c, t, "weapons package") ||
                       uw(c, t, "arms packages") || uw(c, t, "weapons packages"))) {
        static const char *const P_FOR[] = {"for", NULL};
        ex_find_prep(c, t, e, P_FOR, &dst, 0, 2); /* "military aid for Ukraine" */
    }
    if (dst.n == 0 && t >= 2 &&
        (uw(c, t - 1, "took") || uw(c, t - 1, "take") || uw(c, t - 1, "takes") ||
         uw(c, t - 1, "taken") || uw(c, t - 1, "taking") || uw(c, t - 1, "received") ||
         uw(c, t - 1, "receives")))
        ex_subject_of(c, t - 1, &dst, NULL); /* "Ukraine took delivery of jets from X" */
    if (src.n == 0 || dst.n == 0)
        return AG_OK;
    for (size_t k = t > 4 ? t - 4 : 0; k < t; k++)
        if (has(c, k, WC_PLAN))
            status = 1;
    if (ex_modality(c, t) == 1)
        status = 1;
    memset(&it, 0, sizeof it);
    ag_buf_init(&it.text);
    if (pre_items < t)
        ex_items_collect(c, pre_items, t, &it);
    else
        ex_items_collect(c, t + 1, from ? first_source_items_end(c, t, e) : e, &it);
    if (has(c, t, WC_ITEM))
        ex_items_collect(c, t, t + 1, &it);
    if (it.n == 0 && t > 0 && has(c, t - 1, WC_ITEM) && party_at(c, t - 1) == NULL)
        ex_items_collect(c, t - 1, t, &it); /* "weapons sales to Taiwan" */
    int armsword = uw(c, t, "arms") || strncasecmp(c->s + c->U[t].s, "arms ", 5) == 0 ||
                   strncasecmp(c->s + c->U[t].s, "weapons ", 8) == 0;
    if (it.n == 0 && armsword) {
        ag_buf_append(&it.text, c->s + c->U[t].s, c->U[t].e - c->U[t].s);
        it.n = 1;
        it.category = CAT_OTHER;
    }
    if (it.military || has(c, t, WC_ITEM) || armsword) {
        rc = ex_emit_groups(c, AG_SUPPLIES, &src, &dst, status, &it, t, e, 0.7);
        if (rc == AG_OK && from)
            rc = more_sources(c, t, e, &dst, status, &it, 0.7);
    }
    ag_buf_destroy(&it.text);
    return rc;
}

/* "China has become Russia's main supplier of machine tools" */
/* "sanctions on Myanmar's arms brokers", "the junta and its arms dealers":
 * no one in the sentence is the supplier; the members named as sanctioned
 * in the next sentences are (a group role). Nothing outside a sanctions
 * sentence, or for suppliers of anything but arms. */
static int sanctioned_suppliers(ctx *c, size_t t, size_t poss_at, const group *dst)
{
    int sanc = 0;
    for (size_t j = 0; j < poss_at; j++)
        sanc |= has(c, j, WC_SANCTION_V) || has(c, j, WC_SANCTION_N);
    int arms = strncasecmp(c->s + c->U[t].s, "arms ", 5) == 0 ||
               strncasecmp(c->s + c->U[t].s, "weapons ", 8) == 0 ||
               (t > 0 && (uw(c, t - 1, "arms") || uw(c, t - 1, "weapons")));
    if (!sanc || !arms)
        return AG_OK;
    items it;
    memset(&it, 0, sizeof it);
    ag_buf_init(&it.text);
    int rc = ag_buf_append(&it.text, "arms", 4) == AG_OK ? AG_OK : AG_ERR_NOMEM;
    it.n = 1;
    it.military = 1;
    it.category = CAT_OTHER;
    if (rc == AG_OK)
        rc = ex_group_role_note(c, t, 3, dst, &it);
    ag_buf_destroy(&it.text);
    return rc;
}

int ex_supplier_noun(ctx *c, size_t t)
{
    group src, dst;
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    if (ex_blocked(c, t))
        return AG_OK;
    size_t q = t;
    while (q > 0 && t - q < 4 && (c->U[q - 1].flags & TK_WORD) && !(c->U[q - 1].flags & TK_CAP) &&
           !has(c, q - 1, WC_PRONOUN) && party_at(c, q - 1) == NULL)
        q--;
    if (q >= 3 && (uw(c, q - 1, "its") || uw(c, q - 1, "their")) && is_punct(c, q - 2, ',') &&
        party_at(c, q - 3) != NULL && !party_at(c, q - 3)->target_only) {
        /* "a shift away from Russia, its traditional arms supplier": the
         * appositive's head supplies the sentence's subject */
        const party *head = party_at(c, q - 3);
        for (size_t i = c->np; i > 0 && dst.n == 0; i--)
            if (c->P[i - 1].poss == 1 && c->P[i - 1].u0 < head->u0 && !c->P[i - 1].target_only)
                ex_party_add(c, &dst, &c->P[i - 1]); /* "India's purchases from Russia, its" */
        for (size_t i = 0; i < c->np && dst.n == 0; i++) {
            const party *p = &c->P[i];
            if (p == head || p->target_only || p->poss == 2 || p->u0 >= head->u0 ||
                (p->u0 > 0 && has(c, p->u0 - 1, WC_PREP)))
                continue;
            ex_party_add(c, &dst, p);
        }
        ex_party_add(c, &src, head);
        if (dst.n == 0 || ent_eq(src.e[0], dst.e[0]))
            return AG_OK;
        return emit_supply_items(c, &src, &dst, t + 1, ex_region_end(c, t, 8), 0);
    }
    size_t as = t; /* "X's status as the principal supplier" */
    while (as > 0 && t - as < 5 && !uw(c, as - 1, "as"))
        as--;
    int status_as =
        as >= 4 && uw(c, as - 1, "as") &&
        (uw(c, as - 2, "status") || uw(c, as - 2, "role") || uw(c, as - 2, "position")) &&
        (c->U[as - 3].flags & TK_POSS) && party_at(c, as - 4) != NULL &&
        !party_at(c, as - 4)->target_only;
    size_t its = t > 0 && (uw(c, t - 1, "its") || uw(c, t - 1, "their"))   ? t - 1
                 : t > 1 && (uw(c, t - 2, "its") || uw(c, t - 2, "their")) ? t - 2
                                                                           : 0;
    if (!status_as && its > 0 && ex_pronoun_ref(c, its, &dst))
        return sanctioned_suppliers(c, t, its, &dst); /* "the junta and its arms brokers" */
    if (status_as || !ex_possessor_left(c, t, 7, &dst)) {
        /* "Iran is the main supplier of drones to Russia", "Russia's status
         * as the principal supplier of weapons to Armenia" */
        size_t e = ex_region_end(c, t, 12);
        int of_recv = 0;
        dst.n = 0;
        if (!ex_find_prep(c, t, e, P_TO, &dst, 0, 4)) {
            /* "Iran is the main supplier of the Houthis": "of" a party that
             * is not a weapon's maker ("supplier of Russian drones") */
            size_t o = t + 1;
            if (!uw(c, o, "of"))
                return AG_OK;
            const party *p = party_at(c, uw(c, o + 1, "the") ? o + 2 : o + 1);
            if (p == NULL || p->target_only || p->poss || (p->u1 < c->nu && has(c, p->u1, WC_ITEM)))
                return AG_OK;
            if (!c->military_context && !uw(c, t, "arms supplier") &&
                !uw(c, t, "weapons supplier") && !uw(c, t, "arms provider"))
                return AG_OK; /* "the main supplier of the firm" in an article on trade */
            ex_group_of(c, c->pidx[p->u0], &dst, 0);
            of_recv = 1;
        }
        if (status_as)
            ex_group_of(c, c->pidx[as - 4], &src, 0);
        else if (!ex_subject_of(c, t, &src, NULL))
            return AG_OK;
        /* "the main arms supplier to India": the noun says what moves */
        int armsy = uw(c, t, "arms supplier") || uw(c, t, "arms suppliers") ||
                    uw(c, t, "arms exporter") || uw(c, t, "arms donor") ||
                    uw(c, t, "weapons supplier") || uw(c, t, "arms provider") ||
                    (t > 0 &&
                     (uw(c, t - 1, "arms") || uw(c, t - 1, "weapons") || uw(c, t - 1, "military") ||
                      uw(c, t - 1, "defence") || uw(c, t - 1, "defense")));
        return emit_supply_items(c, &src, &dst, t + 1, e, !of_recv && !armsy);
    }
    size_t k = t;
    while (k > 0 && party_at(c, k - 1) == NULL)
        k--;
    if (k == 0)
        return AG_OK;
    size_t pu = party_at(c, k - 1)->u0;
    size_t cv = pu; /* the word before the possessor, past "the" */
    while (cv > 0 && (has(c, cv - 1, WC_DET) || uw(c, cv - 1, "now") || uw(c, cv - 1, "also") ||
                      uw(c, cv - 1, "still") || uw(c, cv - 1, "already") || uw(c, cv - 1, "long") ||
                      uw(c, cv - 1, "once")))
        cv--;
    size_t a = t + 1; /* "Armenia's main arms supplier is India", "... supplier: India" */
    size_t na = a + 1 < c->nu && uw(c, a + 1, "the") ? a + 2 : a + 1;
    const party *named =
        na < c->nu && (has(c, a, WC_COPULA) || is_punct(c, a, ':')) ? party_at(c, na) : NULL;
    if (named != NULL && named->u0 == na && !named->target_only && !named->poss) {
        ex_group_of(c, c->pidx[na], &src, 0);
        if (src.n == 0 || ent_eq(src.e[0], dst.e[0]))
            return AG_OK;
        return emit_supply_items(c, &src, &dst, t + 1, ex_region_end(c, t, 16), 0);
    }
    if (cv > 0 && !is_punct(c, cv - 1, ',') && !uw(c, cv - 1, "as") && !uw(c, cv - 1, "among") &&
        !uw(c, cv - 1, "amongst") && !has(c, cv - 1, WC_COPULA))
        /* "sanctions on Myanmar's arms brokers", "sanctioned Russia's
         * suppliers": an object, not "X became Russia's supplier" */
        return sanctioned_suppliers(c, t, pu, &dst);
    int appos =
        cv >= 2 && is_punct(c, cv - 1, ',') && party_at(c, cv - 2) != NULL; /* "X, Y's donor" */
    for (size_t j = cv; !appos && j > 0 && party_at(c, j - 1) == NULL; j--)
        if (is_punct(c, j - 1, ',') || is_punct(c, j - 1, '-') || is_punct(c, j - 1, ';'))
            return AG_OK; /* "other states - among Rwanda's donors -": not the clause's subject */
    if (!ex_subject_of(c, pu, &src, NULL)) {
        /* "Armenia's main arms supplier, India, sent": the appositive */
        if (a + 1 >= c->nu || !is_punct(c, a, ','))
            return AG_OK;
        const party *n = party_at(c, a + 1);
        if (n == NULL || n->u0 != a + 1 || n->target_only || n->poss ||
            !(n->u1 < c->nu && is_punct(c, n->u1, ',')))
            return AG_OK;
        ex_group_of(c, c->pidx[a + 1], &src, 0);
        if (src.n == 0 || ent_eq(src.e[0], dst.e[0]))
            return AG_OK;
    }
    return emit_supply_items(c, &src, &dst, t + 1, ex_region_end(c, t, 16), 0);
}

/* "Y plans to buy missiles from X" */
/* "sanctioned X for leading the SAF's efforts to acquire weapons", "leading
 * RSF efforts to procure arms": the one who leads procures for the owner of
 * the efforts (or "for Y"): a role in supplying it. -1 when the sentence is
 * no such frame (a state's own efforts to buy). */
static int procurement_efforts(ctx *c, size_t t, size_t e)
{
    static const char *const P_FOR2[] = {"for", NULL};
    size_t n = t - 2; /* "efforts" */
    group lead, ben;
    lead.n = ben.n = 0;
    lead.inferred = ben.inferred = 0;
    size_t v = n;
    while (v > 0 && n - v < 6 && !ex_is_verbish(c, v - 1) && !ends_ing(c, v - 1) &&
           !is_boundary(c, v - 1)) {
        const party *p = party_at(c, v - 1);
        if (p != NULL && ben.n == 0 && !p->target_only && p->poss != 2)
            ex_group_of(c, c->pidx[v - 1], &ben, 0); /* "the SAF's efforts", "RSF efforts" */
        v--;
    }
    if (ben.n == 0)
        ex_find_prep(c, t, e, P_FOR2, &ben, 0, 3);
    if (v == 0 || !(ex_is_verbish(c, v - 1) || ends_ing(c, v - 1)) ||
        !ex_subject_of(c, v - 1, &lead, NULL) || lead.n == 0 || ben.n == 0 ||
        ent_is_state(c, lead.e[0]) || ent_eq(lead.e[0], ben.e[0]))
        return -1; /* not a procurer's frame: the usual buyer and seller */
    items it;
    memset(&it, 0, sizeof it);
    ag_buf_init(&it.text);
    ex_items_collect(c, t + 1, e, &it);
    int rc = it.military ? ex_emit_groups(c, AG_SUPPLIES, &lead, &ben, AG_REPORTED, &it, t, e, 0.6)
                         : AG_OK;
    ag_buf_destroy(&it.text);
    return rc;
}

static const char *const IMPORT_V[] = {"import", "imports", "imported", "importing", NULL};

int ex_buy_verb(ctx *c, size_t t)
{
    group src, dst;
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    items it;
    size_t e = ex_region_end(c, t, 20);
    int rc;
    if (ex_blocked(c, t))
        return AG_OK;
    for (size_t k = t + 1; k < e && k < t + 7; k++)
        if (has(c, k, WC_DEAL))
            return AG_OK; /* "obtained from Jakarta an order for submarines": a sale */
        else if (party_at(c, k) == NULL && !has(c, k, WC_DET) && !has(c, k, WC_PREP) &&
                 !(c->U[k].flags & TK_NUM) && !uw(c, k, "first") && !uw(c, k, "new") &&
                 !uw(c, k, "export"))
            break;
    if (t >= 3 && uw(c, t - 1, "to") && has(c, t - 2, WC_EFFORT)) {
        int pe = procurement_efforts(c, t, e); /* "leading the SAF's efforts to acquire arms" */
        if (pe != -1)
            return pe;
    }
    size_t poss_at = t;
    while (poss_at > 1 && t - poss_at < 3 && !(c->U[poss_at - 1].flags & TK_POSS) &&
           (c->U[poss_at - 1].flags & TK_WORD) && !(c->U[poss_at - 1].flags & TK_CAP) &&
           !has(c, poss_at - 1, WC_PREP) && !has(c, poss_at - 1, WC_DET) &&
           !ex_is_verbish(c, poss_at - 1))
        poss_at--; /* "Armenia's defensive military procurements" */
    if (poss_at > 1 && (c->U[poss_at - 1].flags & TK_POSS) && party_at(c, poss_at - 2) != NULL &&
        party_at(c, poss_at - 2)->poss == 1 && !party_at(c, poss_at - 2)->target_only)
        ex_group_of(c, c->pidx[poss_at - 2], &dst,
                    0); /* "India's purchases of tanks from Russia" */
    else if (poss_at > 0 && (uw(c, poss_at - 1, "its") || uw(c, poss_at - 1, "their"))) {
        if (!ex_pronoun_ref(c, poss_at - 1, &dst))
            return AG_OK; /* "sanctions on Turkey over its purchase of": Turkey buys */
    } else if (!(ex_is_passive(c, t) && ex_find_by(c, t, e, &dst, NULL)) &&
               !ex_subject_of(c, t, &dst, NULL)) {
        /* "imported from Iran by Ethiopia", "Ethiopia imported ..."; "these
         * companies procured parts for X": the group's role */
        static const char *const P_FOR1[] = {"for", NULL};
        static const char *const P_INTO[] = {"into", NULL};
        group ben;
        int kinds = ex_group_subject(c, t);
        if (kinds == 0 || !(ex_find_prep(c, t, e, P_FOR1, &ben, 0, 3) ||
                            /* "firms found to have imported electronics into Russia" */
                            (uw_any(c, t, IMPORT_V) && ex_find_prep(c, t, e, P_INTO, &ben, 0, 3))))
            return AG_OK;
        memset(&it, 0, sizeof it);
        ag_buf_init(&it.text);
        ex_items_collect(c, t + 1, e, &it);
        rc = it.military ? ex_group_role_note(c, t, kinds, &ben, &it) : AG_OK;
        ag_buf_destroy(&it.text);
        return rc;
    }
    memset(&it, 0, sizeof it);
    ag_buf_init(&it.text);
    ex_items_collect(c, t + 1, first_source_items_end(c, t, e), &it);
    if (it.n == 0)
        ex_items_collect(c, t > 3 ? t - 3 : 0, t, &it); /* "drones imported from Iran" */
    if (it.n == 0)
        for (size_t k = t > 3 ? t - 3 : 0; k < t; k++)
            if (uw(c, k, "military") || uw(c, k, "arms") || uw(c, k, "weapons") ||
                uw(c, k, "defence") || uw(c, k, "defense"))
                it.military = 1; /* "arms purchases from X", "military procurements" */
    size_t fe = e; /* "the purchase of jets after deals with X and an order from Y": Y's order */
    for (size_t k = t + 1; k < e; k++)
        if (has(c, k, WC_DEAL) && !uw(c, k - 1, "of")) {
            fe = k;
            break;
        }
    if (!ex_find_prep(c, t, fe, P_FROM, &src, 0, 4)) {
        /* "buy Iranian drones", "receive the Russian S-400 system",
         * "received its first batch of Chinese drones" */
        for (size_t k = t + 1; k + 1 < e && k < t + 7; k++)
            if (c->U[k].actor >= 0 && c->U[k].surf == SURF_DEMONYM &&
                (has(c, k + 1, WC_ITEM) ||
                 /* "acquire Russian attack helicopters": one modifier */
                 (k + 2 < e && (c->U[k + 1].flags & TK_WORD) && !(c->U[k + 1].flags & TK_CAP) &&
                  party_at(c, k + 1) == NULL && !has(c, k + 1, WC_PREP) && !has(c, k + 1, WC_DET) &&
                  has(c, k + 2, WC_ITEM)) ||
                 ((c->U[k + 1].flags & TK_CAP) &&
                  (has(c, k + 2, WC_ITEM) ||
                   (k + 4 < e && is_punct(c, k + 2, '-') && has(c, k + 4, WC_ITEM)))))) {
                ent en = {c->U[k].actor, -1, 0, 0, 0};
                src.n = 0;
                src.inferred = 0;
                ex_group_add(&src, en);
                break;
            }
    }
    if (src.n == 0 && t >= 4 && uw(c, t - 1, "to") && c->pidx[t - 2] >= 0 &&
        c->P[c->pidx[t - 2]].u1 == t - 1) {
        /* "Nigeria turned to Russia and Pakistan to buy jets": the sellers.
         * The list's first member follows "turned to". */
        size_t q = t - 2;
        while (q > 0 && (c->pidx[q - 1] >= 0 || uw(c, q - 1, "and") || is_punct(c, q - 1, ',')))
            q--;
        if (q >= 2 && uw(c, q - 1, "to") &&
            (uw(c, q - 2, "turned") || uw(c, q - 2, "turn") || uw(c, q - 2, "turns") ||
             uw(c, q - 2, "turning") || uw(c, q - 2, "looked") || uw(c, q - 2, "looks") ||
             uw(c, q - 2, "looking") || uw(c, q - 2, "look"))) {
            group buyer;
            if (ex_subject_of(c, q - 2, &buyer, NULL) && buyer.n > 0) {
                ex_group_of(c, c->pidx[q], &src, 0);
                dst = buyer;
            }
        }
        for (int i = 0; i < src.n; i++)
            if (ent_eq(src.e[i], dst.e[0]))
                src.n = 0;
    }
    rc = AG_OK;
    for (size_t k = t + 1; k + 2 < e && !it.military; k++)
        if ((c->U[k].flags & TK_CAP) && c->U[k].e - c->U[k].s <= 3 && is_punct(c, k + 1, '-') &&
            (c->U[k + 2].flags & TK_NUM))
            it.military = 1; /* a model: "S-400", "F-35", "J-10C" */
    if (src.n > 0 && it.military) {
        int st = ex_modality(c, t) ? 1 : 0;
        for (size_t k = t > 5 ? t - 5 : 0; k < t; k++)
            if (has(c, k, WC_PLAN))
                st = 1;
        rc = ex_emit_groups(c, AG_SUPPLIES, &src, &dst, st, &it, t, e, 0.7);
        if (rc == AG_OK)
            rc = more_sources(c, t, e, &dst, st, &it, 0.7);
    }
    group ben;
    static const char *const P_FOR[] = {"for", NULL};
    static const char *const P_INTO2[] = {"into", NULL};
    if (rc == AG_OK && it.military && src.n == 0 && uw_any(c, t, IMPORT_V) &&
        ex_find_prep(c, t, e, P_INTO2, &ben, 0, 3) && ben.n > 0 && !ent_eq(ben.e[0], dst.e[0]) &&
        !ent_is_state(c, dst.e[0])) {
        /* "the firm imported drone parts into Russia": a supplier to the
         * state it brings them into */
        int st = ex_modality(c, t) ? 1 : 0;
        rc = ex_emit_groups(c, AG_SUPPLIES, &dst, &ben, st, &it, t, e, 0.6);
    }
    if (rc == AG_OK && it.military && !uw(c, t, "imported") && !uw(c, t, "imports") &&
        !uw(c, t, "ordered") && ex_find_prep(c, t, e, P_FOR, &ben, 0, 3) && ben.n > 0 &&
        !ent_eq(ben.e[0], dst.e[0]) && !(src.n > 0 && ent_eq(ben.e[0], src.e[0]))) {
        /* "the firm procured drone parts for Iran": a supplier to the one it buys for */
        int st = ex_modality(c, t) ? 1 : 0;
        rc = ex_emit_groups(c, AG_SUPPLIES, &dst, &ben, st, &it, t, e, 0.6);
    }
    ag_buf_destroy(&it.text);
    return rc;
}

/* seeking in exchange */
int ex_seek_verb(ctx *c, size_t t)
{
    static const char *const ASK[] = {"ask",      "asks",      "asked",      "asking", "ask for",
                                      "asks for", "asked for", "asking for", NULL};
    group seeker, partner;
    seeker.n = partner.n = 0;
    seeker.inferred = partner.inferred = 0;
    items it;
    size_t e = ex_region_end(c, t, 20);
    int rc = AG_OK;
    if (c->exchange_unit < 0 || ex_blocked(c, t))
        return AG_OK;
    if (t > 1 && uw(c, t - 1, "to") && has(c, t - 2, WC_SEEK))
        return AG_OK; /* "is seeking to acquire": one edge, from "seeking" */
    if (!ex_subject_of(c, t, &seeker, NULL))
        return AG_OK;
    partner.n = 0;
    partner.inferred = 0;
    ex_find_prep(c, t, e, P_FROM, &partner, 0, 3);
    int ask = uw_any(c, t, ASK); /* "ask (Moscow) for": seeking, to come */
    if (partner.n == 0 && t + 2 < e && ask && party_at(c, t + 1) != NULL && uw(c, t + 2, "for")) {
        /* "ask Moscow for technology in exchange for troops" */
        ent en = ex_party_ent(c, party_at(c, t + 1));
        if (!ent_eq(en, seeker.e[0]))
            ex_group_add(&partner, en);
    }
    if (partner.n == 0 && (size_t)c->exchange_unit > t) {
        /* "Wagner obtained a gold mine in the Central African Republic in
         * exchange for ...": the state where it was obtained */
        static const char *const P_IN[] = {"in", NULL};
        group where;
        size_t q = uw(c, 1, "the") ? 2 : 1; /* also "In the CAR, Wagner obtained ..." */
        where.n = 0;
        if (!ex_find_prep(c, t, (size_t)c->exchange_unit, P_IN, &where, 1, 4) && uw(c, 0, "in") &&
            party_at(c, q) != NULL && party_at(c, q)->u0 == q)
            ex_group_of(c, c->pidx[q], &where, 1);
        if (where.n == 1 && ent_is_state(c, where.e[0]) && !ent_eq(where.e[0], seeker.e[0]))
            partner = where;
    }
    if (partner.n == 0 && (size_t)c->exchange_unit < t) {
        /* the party inside "in exchange for transferring equipment to Moscow" */
        for (size_t k = (size_t)c->exchange_unit + 1; k < t && partner.n == 0; k++) {
            const party *p = party_at(c, k);
            if (p != NULL && !p->target_only && p->poss != 2) {
                ent en = ex_party_ent(c, p);
                if (!ent_eq(en, seeker.e[0]))
                    ex_group_add(&partner, en);
            }
            if (is_punct(c, k, ','))
                break;
        }
    }
    if (partner.n == 0) {
        /* "acquire Russian military equipment" */
        for (size_t k = t + 1; k < e && partner.n == 0; k++)
            if (c->U[k].actor >= 0 && c->U[k].surf == SURF_DEMONYM) {
                ent en = {c->U[k].actor, -1, 0, 0, 0};
                if (!ent_eq(en, seeker.e[0]))
                    ex_group_add(&partner, en);
            }
    }
    if (partner.n == 0) {
        /* the counterpart of the seeker's last supply */
        for (size_t i = c->nfe; i > 0 && partner.n == 0; i--) {
            found_edge *f = &c->fe[i - 1];
            if (f->type == AG_SUPPLIES && ent_eq(f->src, seeker.e[0]))
                ex_group_add(&partner, f->dst);
        }
        partner.inferred = 1;
    }
    if (partner.n == 0)
        return AG_OK;
    memset(&it, 0, sizeof it);
    ag_buf_init(&it.text);
    /* what is sought stops at "in return for ..." when that follows */
    size_t after = (size_t)c->exchange_unit > t ? (size_t)c->exchange_unit : 0;
    ex_items_collect(c, t + 1, after > 0 && after < e ? after : e, &it);
    int planned = uw(c, t, "seeking") || uw(c, t, "seek") || uw(c, t, "seeks") ||
                  uw(c, t, "wants") || uw(c, t, "want") || ex_modality(c, t) != 0 || ask;

    rc = ex_emit_groups(c, AG_SEEKS_IN_EXCHANGE, &seeker, &partner, planned, &it, 0, 0, 0.7);
    if (rc == AG_OK && after > 0) {
        /* "receiving oil from Russia in return for the munitions": the
         * munitions went from the seeker to its partner */
        items gave;
        memset(&gave, 0, sizeof gave);
        ag_buf_init(&gave.text);
        ex_items_collect(c, after + 1, ex_region_end(c, after, 15), &gave);
        if (gave.military)
            rc = ex_emit_groups(c, AG_SUPPLIES, &seeker, &partner, AG_REPORTED, &gave, 0, 0, 0.6);
        ag_buf_destroy(&gave.text);
    }
    for (size_t k = (size_t)c->exchange_unit + 1; k < t && rc == AG_OK; k++) {
        group giver;
        giver.n = 0;
        giver.inferred = 0;
        if (!has(c, k, WC_SUPPLY) || !ex_subject_of(c, k, &giver, NULL))
            continue;
        if (ent_eq(giver.e[0], partner.e[0])) {
            items pay;
            memset(&pay, 0, sizeof pay);
            ag_buf_init(&pay.text);
            ex_items_collect(c, k + 1, e, &pay);
            if (pay.military)
                rc = ex_emit_groups(c, AG_SUPPLIES, &partner, &seeker, ex_modality(c, k) == 1, &pay,
                                    0, 0, 0.6);
            ag_buf_destroy(&pay.text);
        }
        break;
    }
    if (rc == AG_OK && !planned && it.military)
        rc = ex_emit_groups(c, AG_SUPPLIES, &partner, &seeker, AG_REPORTED, &it, 0, 0, 0.6);
    ag_buf_destroy(&it.text);
    return rc;
}

/* "Moscow has paid with food and technical help": the payer pays back the
 * party that supplied it; that party seeks the payment in exchange. */
int ex_paid_with(ctx *c, size_t t)
{
    group payer, seeker;
    items it;
    int rc = AG_OK;
    payer.n = seeker.n = 0;
    payer.inferred = seeker.inferred = 0;
    if (ex_blocked(c, t) || ex_modality(c, t) == 2 || !ex_subject_of(c, t, &payer, NULL))
        return AG_OK;
    for (size_t i = c->nfe; i > 0 && seeker.n == 0; i--) {
        found_edge *f = &c->fe[i - 1];
        if (f->type == AG_SUPPLIES && ent_eq(f->dst, payer.e[0]))
            ex_group_add(&seeker, f->src);
    }
    if (seeker.n == 0)
        return AG_OK;
    memset(&it, 0, sizeof it);
    ag_buf_init(&it.text);
    ex_items_collect(c, t + 1, ex_region_end(c, t, 20), &it);
    if (it.n > 0) {
        rc = ex_emit_groups(c, AG_SEEKS_IN_EXCHANGE, &seeker, &payer, AG_REPORTED, &it, 0, 0, 0.6);
        if (rc == AG_OK && it.military)
            rc = ex_emit_groups(c, AG_SUPPLIES, &payer, &seeker, AG_REPORTED, &it, 0, 0, 0.5);
    }
    ag_buf_destroy(&it.text);
    return rc;
}

/* "X has supplied weapons to Y and may receive aid in return": the verb of
 * getting that a coordination joins to the first verb (0 if none). */
static size_t second_get(const ctx *c, size_t v, size_t x)
{
    static const char *const AUX[] = {"may",  "might", "will", "would",      "could", "can",
                                      "has",  "have",  "had",  "reportedly", "also",  "is",
                                      "was",  "be",    "were", "are",        NULL};
    for (size_t k = v + 1; k + 1 < x; k++) {
        if (!uw(c, k, "and"))
            continue;
        size_t q = k + 1;
        while (q < x && uw_any(c, q, AUX))
            q++;
        if (q < x && ex_get_verb(c, q))
            return q;
    }
    return 0;
}

/* "In exchange, Moscow has helped Pyongyang ...", "..., while Russia
 * offered air defence systems to Iran in return": the payback of a deal
 * said before; the one it goes to seeks it from its giver. "In return, the
 * mercenaries won rights to mines in Mali": the subject of a verb of
 * getting seeks from the other. Military payback is a supply too. */
int ex_exchange_lead(ctx *c)
{
    if (c->exchange_unit < 0 || c->question || c->has_cond || c->first_deny < c->nu)
        return AG_OK;
    size_t x = (size_t)c->exchange_unit, f0 = 0, b;
    while (f0 < c->nu && (c->U[f0].flags & TK_PUNCT))
        f0++;
    if (x == f0) {
        b = x + 1; /* "In exchange, X ...", "In return for their work, X ..." */
        while (b < c->nu && b < x + 12 && !is_punct(c, b, ',') && party_at(c, b) == NULL)
            b++;
        if (b >= c->nu || !is_punct(c, b, ','))
            return AG_OK;
        b++;
    } else if (x + 1 >= c->nu || is_punct(c, x + 1, '.') || is_punct(c, x + 1, ',')) {
        b = x; /* "..., while X offered Y systems in return." */
        while (b > 0 && !is_punct(c, b - 1, ',') && !uw(c, b - 1, "while") &&
               !is_boundary(c, b - 1))
            b--;
    } else
        return AG_OK;
    const party *sp = party_at(c, b);
    if (sp == NULL && b + 1 < c->nu && has(c, b, WC_DET))
        sp = party_at(c, b + 1);
    if (sp == NULL || sp->target_only || sp->poss)
        return AG_OK;
    size_t v = sp->u1;
    while (v < c->nu && (uw(c, v, "has") || uw(c, v, "have") || uw(c, v, "had") ||
                         uw(c, v, "will") || uw(c, v, "would") || uw(c, v, "also") ||
                         uw(c, v, "reportedly") || uw(c, v, "then") || uw(c, v, "later")))
        v++;
    if (v >= c->nu || party_at(c, v) != NULL || !(c->U[v].flags & TK_WORD) ||
        (c->U[v].flags & TK_CAP) || ex_blocked(c, v) || ex_modality(c, v) == 2)
        return AG_OK;
    int gets = ex_get_verb(c, v);
    size_t e = x > v ? x : ex_region_end(c, v, 16), g = x > v ? second_get(c, v, x) : 0;
    group subj, other;
    ex_group_of(c, c->pidx[sp->u0], &subj, 0);
    other.n = 0;
    for (size_t j = v + 1; j < (g > 0 ? g : e) && j < v + 10 && other.n == 0; j++) {
        const party *p = party_at(c, j);
        if (p != NULL && !p->target_only && p->poss != 2)
            ex_group_of(c, c->pidx[j], &other, 0); /* "helped Pyongyang", "access to Mali's" */
        else if (has(c, j, WC_REL) || has(c, j, WC_SAY) || is_punct(c, j, ','))
            break;
    }
    if (other.n == 0)
        return AG_OK;
    for (int i = 0; i < other.n; i++)
        if (ent_eq(other.e[i], subj.e[0]))
            return AG_OK;
    if (g > 0) {
        v = g; /* what is got follows the second verb */
        gets = 1;
    }
    items it;
    memset(&it, 0, sizeof it);
    ag_buf_init(&it.text);
    ex_items_collect(c, v + 1, e, &it);
    const group *seeker = gets ? &subj : &other, *payer = gets ? &other : &subj;
    if (!gets && it.military && !it.civil && !supplied_before(c, &other, &subj)) {
        /* "(a base for Russia.) In exchange, Moscow will provide weapons to
         * Sudan": only arms, and no arms went the other way, so the arms
         * are the deal and their giver seeks what it gets (the base) */
        seeker = &subj;
        payer = &other;
    }
    int status = ex_modality(c, v) ? AG_PLANNED : AG_REPORTED;
    int rc = ex_emit_groups(c, AG_SEEKS_IN_EXCHANGE, seeker, payer, status, &it, v, e, 0.6);
    if (rc == AG_OK && it.military) /* the arms go from the subject unless it got them */
        rc = ex_emit_groups(c, AG_SUPPLIES, gets ? &other : &subj, gets ? &subj : &other,
                            status, &it, v, e, 0.6);
    ag_buf_destroy(&it.text);
    return rc;
}

/* "The Wagner Group props up the Malian junta in exchange for mining
 * concessions": a service to the object paid for with what follows; the
 * one who serves seeks the payment from the one served (a military payment
 * is a supply too). */
static int service_verb(const ctx *c, size_t v)
{
    static const char *const W[] = {
        "bolsters", "bolstered", "bolster",  "protects",  "protected", "protect",  "guards",
        "guarded",  "guard",     "defends",  "defended",  "defend",    "props up", "propped up",
        "prop up",  "trains",    "trained",  "train",     "shields",   "shielded", "backs",
        "backed",   "back",      "supports", "supported", "support",   "secures",  "secured",
        "helps",    "helped",    "help",     "assists",   "assisted",  "assist",   NULL};
    return uw_any(c, v, W);
}

int ex_service_for_pay(ctx *c)
{
    if (c->exchange_unit <= 2 || c->question || c->has_cond || c->first_deny < c->nu)
        return AG_OK;
    size_t x = (size_t)c->exchange_unit, v = x, e;
    if (x + 1 >= c->nu || !uw(c, x + 1, "for"))
        return AG_OK; /* "in exchange for" / "in return for" */
    while (v > 0 && x - v < 10 && !service_verb(c, v - 1) && !is_boundary(c, v - 1) &&
           !is_punct(c, v - 1, ','))
        v--;
    if (v == 0 || !service_verb(c, v - 1) || ex_blocked(c, v - 1) || ex_modality(c, v - 1) == 2)
        return AG_OK;
    v--;
    group subj, other;
    if (!ex_subject_of(c, v, &subj, NULL) || subj.n == 0 ||
        !ex_party_after(c, v + 1, x, &other, 1, 4) || other.n == 0)
        return AG_OK;
    for (int i = 0; i < other.n; i++)
        if (ent_eq(other.e[i], subj.e[0]))
            return AG_OK;
    e = ex_region_end(c, x, 12);
    items it;
    memset(&it, 0, sizeof it);
    ag_buf_init(&it.text);
    ex_items_collect(c, x + 2, e, &it);
    int status = ex_modality(c, v) ? AG_PLANNED : AG_REPORTED;
    const group *seeker = &subj, *payer = &other;
    for (size_t k = v + 1; k < x; k++)
        if (uw(c, k, "get") || uw(c, k, "obtain") || uw(c, k, "secure") || uw(c, k, "win") ||
            uw(c, k, "receive")) {
            seeker = &other; /* "helped Pakistan get loans in exchange for shells": */
            payer = &subj;   /* the one helped is paid in loans for the shells */
        }
    int rc = ex_emit_groups(c, AG_SEEKS_IN_EXCHANGE, seeker, payer, status, &it, v, e, 0.6);
    if (rc == AG_OK && it.military && seeker == &subj)
        rc = ex_emit_groups(c, AG_SUPPLIES, payer, seeker, status, &it, v, e, 0.6);
    ag_buf_destroy(&it.text);
    return rc;
}

/* "India is the biggest buyer of Russian weapons", "Egypt, the largest
 * customer of French arms", "the biggest client of Rheinmetall": the
 * state a demonym on the weapons names, or the company, sells to the buyer. */
int ex_buyer_noun(ctx *c)
{
    if (c->question || c->has_cond || c->first_deny < c->nu)
        return AG_OK;
    for (size_t t = 1; t + 2 < c->nu; t++) {
        if (!(c->U[t].fw & FW_BUYER) || !uw(c, t + 1, "of") || ex_blocked(c, t))
            continue;
        size_t q = t + 2;
        while (q < c->nu && (has(c, q, WC_DET) || uw(c, q, "advanced") || uw(c, q, "modern")))
            q++;
        if (q + 1 >= c->nu)
            continue;
        const party *sp = party_at(c, q);
        int demonym = sp == NULL && c->U[q].actor >= 0 && c->U[q].surf == SURF_DEMONYM &&
                      (has(c, q + 1, WC_ITEM) || uw(c, q + 1, "arms") || uw(c, q + 1, "weapons") ||
                       uw(c, q + 1, "weaponry"));
        if (!demonym && (sp == NULL || sp->poss == 2 || sp->u0 != q))
            continue;
        size_t e = ex_region_end(c, t, 12);
        items it;
        memset(&it, 0, sizeof it);
        ag_buf_init(&it.text);
        ex_items_collect(c, q, e, &it);
        group seller, buyer;
        seller.n = 0;
        seller.inferred = 0;
        if (demonym) {
            ent en = {ex_unit_state(c, q), -1, 0, 0, c->sentence_no};
            if (en.actor >= 0)
                ex_group_add(&seller, en);
        } else
            ex_group_of(c, c->pidx[q], &seller, 0);
        int ok = seller.n > 0;
        if (ok && !demonym)
            ok = !ent_is_state(c, seller.e[0]) && (it.military || c->military_context);
        /* "the biggest buyer of Russian weapons" / "client of Rheinmetall" */
        if (ok && ex_subject_of(c, t, &buyer, NULL) && buyer.n > 0 &&
            !ent_eq(buyer.e[0], seller.e[0])) {
            int rc = ex_emit_groups(c, AG_SUPPLIES, &seller, &buyer, AG_REPORTED, &it, t, e, 0.6);
            ag_buf_destroy(&it.text);
            if (rc != AG_OK)
                return rc;
            continue;
        }
        ag_buf_destroy(&it.text);
    }
    return AG_OK;
}

/* "Mali's junta hired the Wagner Group", "hired Russian mercenaries from
 * the Wagner Group": a force hired for pay seeks the pay from the one who
 * hires it (an organization: a state's troops are no hire). */
int ex_hire_verb(ctx *c)
{
    if (c->question || c->has_cond || c->first_deny < c->nu)
        return AG_OK;
    for (size_t t = 1; t + 1 < c->nu; t++) {
        if (!(c->U[t].fw & FW_HIRE) || ex_blocked(c, t) || ex_modality(c, t) == 2)
            continue; /* "hired", "hires", "hiring", "hire" */
        group hirer, hired;
        size_t e = ex_region_end(c, t, 12);
        if (!ex_subject_of(c, t, &hirer, NULL) || hirer.n == 0)
            continue;
        if (!ex_party_after(c, t + 1, e, &hired, 0, 3) || hired.n == 0) {
            static const char *const P_FROMH[] = {"from", NULL};
            if (!ex_find_prep(c, t, e, P_FROMH, &hired, 0, 4) || hired.n == 0)
                continue;
        }
        if (hired.e[0].actor < 0 || c->d->actors[hired.e[0].actor].kind != AG_ORGANIZATION ||
            ent_eq(hired.e[0], hirer.e[0]))
            continue; /* "hired a lawyer", "hired Russia": no force for pay */
        int rc = ex_emit_groups(c, AG_SEEKS_IN_EXCHANGE, &hired, &hirer,
                                ex_modality(c, t) ? AG_PLANNED : AG_REPORTED, NULL, t, e, 0.6);
        if (rc != AG_OK)
            return rc;
    }
    return AG_OK;
}

/* Verbs of backing a side with arms, for backs_with_arms(). */
static const char *const BACK[] = {
    "back",      "backs",      "backed",    "backing",    "support",    "supports",
    "supported", "supporting", "aid",       "aids",       "aided",      "aiding",
    "assist",    "assists",    "assisted",  "assisting",  "bolster",    "bolsters",
    "bolstered", "bolstering", "reinforce", "reinforces", "reinforced", "reinforcing",
    "help",      "helps",      "helped",    "helping",    NULL};

/* "assisting Y in upgrading its navy", "helping Y build missiles": help to
 * build up another's forces is a supply to it. */
static int help_build_up(ctx *c)
{
    static const char *const HELP[] = {
        "help",       "helps",       "helped",    "helping",    "assist",    "assists",
        "assisted",   "assisting",   "aid",       "aids",       "aided",     "aiding",
        "support",    "supports",    "supported", "supporting", "reinforce", "reinforces",
        "reinforced", "reinforcing", NULL};
    static const char *const BUILD[] = {"modernise", "modernising", "modernize",  "modernizing",
                                        "upgrade",   "upgrading",   "develop",    "developing",
                                        "build",     "building",    "rebuild",    "rebuilding",
                                        "produce",   "producing",   "strengthen", "strengthening",
                                        "expand",    "expanding",   NULL};
    static const char *const FORCE[] = {"navy",         "army",  "air force",    "military",
                                        "arsenal",      "fleet", "armed forces", "air defences",
                                        "air defenses", NULL};
    for (size_t t = 1; t + 3 < c->nu; t++) {
        size_t q = has(c, t + 1, WC_DET) ? t + 2 : t + 1; /* the one helped, then the verb */
        const party *o = party_at(c, q);
        if (o == NULL || o->u0 != q || o->poss || o->target_only || o->u1 + 1 >= c->nu)
            continue;
        size_t b = uw(c, o->u1, "in") || uw(c, o->u1, "to") ? o->u1 + 1 : o->u1;
        if (b >= c->nu || !uw_any(c, b, BUILD) || !uw_any(c, t, HELP) || ex_blocked(c, t) ||
            ex_modality(c, t) == 2)
            continue;
        size_t e = ex_region_end(c, b, 8);
        int force = 0;
        for (size_t j = b + 1; j < e && !force; j++)
            force = uw_any(c, j, FORCE);
        group src, dst;
        if (!ex_subject_of(c, t, &src, NULL) || src.n == 0)
            continue;
        ex_group_of(c, c->pidx[q], &dst, 0);
        if (dst.n == 0 || ent_eq(src.e[0], dst.e[0]))
            continue;
        int rc = supply_of_items(c, &src, &dst, b + 1, e, force,
                                 ex_modality(c, t) ? AG_PLANNED : AG_REPORTED, t, e, 0.6);
        if (rc != AG_OK)
            return rc;
    }
    return AG_OK;
}

/* "frigates constructed by China for the Pakistan Navy" */
static int built_for(ctx *c)
{
    static const char *const BUILT[] = {"built", "constructed", "manufactured", "produced", NULL};
    for (size_t t = 1; t + 4 < c->nu; t++) {
        if (!uw(c, t + 1, "by") || !uw_any(c, t, BUILT) || ex_blocked(c, t))
            continue;
        const party *by = party_at(c, t + 2);
        if (by == NULL || by->u0 != t + 2 || by->target_only || by->poss || by->u1 + 1 >= c->nu ||
            !uw(c, by->u1, "for"))
            continue;
        size_t q = has(c, by->u1 + 1, WC_DET) ? by->u1 + 2 : by->u1 + 1;
        const party *fo = party_at(c, q);
        if (fo == NULL || fo->u0 != q || fo->target_only)
            continue;
        group src, dst;
        ex_group_of(c, c->pidx[t + 2], &src, 0);
        ex_group_of(c, c->pidx[q], &dst, 0);
        if (src.n == 0 || dst.n == 0 || ent_eq(src.e[0], dst.e[0]))
            continue;
        size_t ib = t > 6 ? t - 6 : 0; /* the weapons before the participle */
        int rc = supply_of_items(c, &src, &dst, ib, t, 0, AG_REPORTED, ib, t, 0.6);
        if (rc != AG_OK)
            return rc;
    }
    return AG_OK;
}

/* "the arms trade between North Korea and Russia": each supplies the other */
static int arms_trade_between(ctx *c)
{
    for (size_t t = 1; t + 4 < c->nu; t++) {
        if (!uw(c, t, "trade") || !uw(c, t + 1, "between") ||
            !(uw(c, t - 1, "arms") || uw(c, t - 1, "weapons")) || ex_blocked(c, t))
            continue;
        group pair;
        if (!ex_party_after(c, t + 2, ex_region_end(c, t, 8), &pair, 0, 1) || pair.n != 2 ||
            !ent_is_state(c, pair.e[0]) || !ent_is_state(c, pair.e[1]))
            continue;
        group a, b;
        a.n = b.n = 1;
        a.inferred = b.inferred = 0;
        a.e[0] = pair.e[0];
        b.e[0] = pair.e[1];
        int rc = ex_emit_groups(c, AG_SUPPLIES, &a, &b, AG_REPORTED, NULL, t, t + 1, 0.6);
        if (rc == AG_OK)
            rc = ex_emit_groups(c, AG_SUPPLIES, &b, &a, AG_REPORTED, NULL, t, t + 1, 0.6);
        if (rc != AG_OK)
            return rc;
    }
    return AG_OK;
}

/* "Iran backs the Houthis with missiles", "aided the M23 rebel group with
 * weapons": support given in the form of arms. */
static int backs_with_arms(ctx *c)
{
    for (size_t k = 2; k + 1 < c->nu; k++) {
        if (!uw(c, k, "with"))
            continue;
        size_t q = k; /* "the M23 rebel group with": past two common nouns */
        while (q > k - 2 && q > 1 && c->pidx[q - 1] < 0 && (c->U[q - 1].flags & TK_WORD) &&
               !(c->U[q - 1].flags & TK_CAP) && !ex_is_verbish(c, q - 1) && !has(c, q - 1, WC_ITEM))
            q--;
        if (c->pidx[q - 1] < 0)
            continue;
        const party *o = &c->P[c->pidx[q - 1]];
        size_t v = o->u0 > 0 && has(c, o->u0 - 1, WC_DET) ? o->u0 - 1 : o->u0;
        if (o->u1 != q || o->poss || o->target_only || v == 0 || !uw_any(c, v - 1, BACK))
            continue;
        size_t t = v - 1;
        if (ex_blocked(c, t) || ex_modality(c, t) == 2)
            continue;
        group src, dst;
        if (!ex_subject_of(c, t, &src, NULL) || src.n == 0)
            continue;
        ex_group_of(c, c->pidx[q - 1], &dst, 0);
        if (dst.n == 0 || ent_eq(src.e[0], dst.e[0]))
            continue;
        size_t e = ex_region_end(c, k, 8);
        int rc = supply_of_items(c, &src, &dst, k + 1, e, 0,
                                 ex_modality(c, t) ? AG_PLANNED : AG_REPORTED, t, e, 0.6);
        if (rc != AG_OK)
            return rc;
    }
    return AG_OK;
}

/* "Pakistan sold shells to Ukraine (in order) to secure a loan from the
 * IMF": a supply made to get something from a third party; its supplier
 * seeks that from the third party. */
static int supply_to_get(ctx *c)
{
    int rc = AG_OK;
    if (c->nfe == 0 || c->fe[c->nfe - 1].sentence != c->sentence_no)
        return AG_OK; /* no edge of this sentence, so no supply to start from */
    for (size_t k = 2; k + 2 < c->nu && rc == AG_OK; k++) {
        if (!uw(c, k, "to") || !ex_get_verb(c, k + 1))
            continue;
        int bought = 0; /* "bought drones from X to get ...": the buyer's aim */
        for (size_t j = 0; j < k; j++)
            bought |= has(c, j, WC_BUY);
        if (bought)
            continue;
        const found_edge *sup = NULL;
        for (size_t i = c->nfe; i > 0 && sup == NULL; i--)
            if (c->fe[i - 1].sentence == c->sentence_no && c->fe[i - 1].type == AG_SUPPLIES &&
                c->fe[i - 1].dst.ss < c->U[k].s && c->fe[i - 1].src.ss < c->U[k].s)
                sup = &c->fe[i - 1];
        if (sup == NULL)
            continue;
        size_t e = ex_region_end(c, k + 1, 12), at = 0;
        group from, seeker;
        if (!ex_find_prep(c, k + 1, e, P_FROM, &from, 0, 4) || from.n != 1 ||
            ent_eq(from.e[0], sup->src) || ent_eq(from.e[0], sup->dst))
            continue;
        for (at = k + 2; at < e && !uw(c, at, "from"); at++)
            ;
        seeker.n = 1;
        seeker.inferred = 0;
        seeker.e[0] = sup->src;
        items it;
        memset(&it, 0, sizeof it);
        ag_buf_init(&it.text);
        ex_items_collect(c, k + 2, at, &it);
        rc = ex_emit_groups(c, AG_SEEKS_IN_EXCHANGE, &seeker, &from, AG_REPORTED, &it, k + 1, e,
                            0.6);
        ag_buf_destroy(&it.text);
    }
    return rc;
}

/* The support frames of a supply, over the whole sentence: arms given as
 * backing, help to build up forces, weapons built for a side, the arms
 * trade between two states, a supply made to get something elsewhere. */
int ex_support_frames(ctx *c)
{
    if (c->question || c->has_cond || c->first_deny < c->nu)
        return AG_OK;
    int rc = backs_with_arms(c);
    if (rc == AG_OK)
        rc = help_build_up(c);
    if (rc == AG_OK)
        rc = built_for(c);
    if (rc == AG_OK)
        rc = arms_trade_between(c);
    if (rc == AG_OK)
        rc = supply_to_get(c);
    return rc;
}

/* "Pyongyang shipped rifles to Hamas via Iran", "drones delivered to the RSF
 * through Chad": the state the weapons pass through has a role in the
 * supply (it facilitates it) and supplies the receiver. */
int ex_via_transit(ctx *c)
{
    static const char *const P_TOINTO[] = {"to", "into", NULL};
    if (c->question || c->has_cond || c->first_deny < c->nu)
        return AG_OK;
    for (size_t k = 1; k + 1 < c->nu; k++) {
        if (!(c->U[k].fw & FW_VIA)) /* "via", "through" */
            continue;
        size_t q = has(c, k + 1, WC_DET) ? k + 2 : k + 1;
        const party *tp = q < c->nu ? party_at(c, q) : NULL;
        if (tp == NULL || tp->poss != 0 || tp->u0 != q)
            continue;
        group via, dst;
        ex_group_of(c, c->pidx[q], &via, 1);
        if (via.n != 1 || !ent_is_state(c, via.e[0]) || (tp->u1 < c->nu && has(c, tp->u1, WC_ITEM)))
            continue; /* "via a Dubai-based firm", "through Iranian drones" */
        size_t t = k;
        while (t > 0 && k - t < 14 && !is_boundary(c, t - 1) &&
               !(has(c, t - 1, WC_SUPPLY) || has(c, t - 1, WC_SUPPLY_NOUN)))
            t--;
        if (t == 0 || !(has(c, t - 1, WC_SUPPLY) || has(c, t - 1, WC_SUPPLY_NOUN)) ||
            ex_blocked(c, t - 1))
            continue;
        t--;
        if (!ex_find_prep(c, t, ex_region_end(c, t, 16), P_TOINTO, &dst, 0, 4) || dst.n == 0)
            continue;
        int same = 0;
        for (int i = 0; i < dst.n; i++)
            same |= ent_eq(dst.e[i], via.e[0]);
        if (same)
            continue;
        int rc = supply_if_military(c, &via, &dst, t + 1, k,
                                    ex_modality(c, t) ? AG_PLANNED : AG_REPORTED, t, k + 2, 0.5);
        if (rc != AG_OK)
            return rc;
    }
    return AG_OK;
}

/* The company whose name modifies the items that end at h: "an Airbus
 * helicopter", "72 Diehl Defence missiles"; none for a state or demonym
 * ("German submarines": an origin, no seller). */
static int maker_of_items(const ctx *c, size_t h, size_t lo, group *g)
{
    g->n = 0;
    g->inferred = 0;
    size_t k = h + 1;
    while (k > lo && has(c, k - 1, WC_ITEM) && party_at(c, k - 1) == NULL)
        k--;
    if (k == h + 1 || k == lo)
        return 0;
    if (k >= lo + 4 && is_punct(c, k - 1, ')') && is_punct(c, k - 3, '('))
        k -= 3; /* "a Rheinland Air Service (RAS) aircraft" */
    const party *p = party_at(c, k - 1);
    if (p == NULL || p->target_only || p->poss || p->u1 != k)
        return 0;
    ent en = ex_party_ent(c, p);
    ag_kind kind = en.actor >= 0  ? c->d->actors[en.actor].kind
                   : en.name >= 0 ? c->names.v[en.name].kind
                                  : AG_STATE;
    if (kind == AG_STATE || c->U[p->u0].surf == SURF_DEMONYM)
        return 0;
    ex_group_add(g, en);
    return 1;
}

/* The maker named on the items that end before ie (searched back to lo;
 * items taken from b) supplies the one party after the "to" at `to`;
 * *after is set past that party. 0: no such maker or buyer, nothing
 * emitted. */
static int maker_to_buyer(ctx *c, size_t lo, size_t b, size_t ie, size_t to, size_t e, int status,
                          size_t *after, int *rc)
{
    group src, dst;
    const party *p = party_at(c, uw(c, to + 1, "the") ? to + 2 : to + 1);
    if (!maker_of_items(c, ie - 1, lo, &src) || p == NULL || p->target_only || p->poss)
        return 0;
    dst.n = 0;
    dst.inferred = 0;
    ex_group_add(&dst, ex_party_ent(c, p)); /* not "Pakistan and 72 Diehl Defence missiles" */
    *after = p->u1;
    items it;
    memset(&it, 0, sizeof it);
    ag_buf_init(&it.text);
    ex_items_collect(c, b, ie, &it);
    *rc = it.military ? ex_emit_groups(c, AG_SUPPLIES, &src, &dst, status, &it, b, e, 0.6) : AG_OK;
    ag_buf_destroy(&it.text);
    return 1;
}

/* "an Airbus helicopter will go to Pakistan and 72 Diehl Defence missiles
 * to the Philippines": a maker's items going to a buyer, as approvals of
 * exports list them. */
int ex_go_to(ctx *c, size_t t)
{
    if (!c->military_context || ex_blocked(c, t) || ex_modality(c, t) == 2 || t + 2 >= c->nu ||
        !uw(c, t + 1, "to"))
        return AG_OK;
    size_t v = t;
    while (v > 0 && (uw(c, v - 1, "will") || uw(c, v - 1, "would") || uw(c, v - 1, "also") ||
                     uw(c, v - 1, "is") || uw(c, v - 1, "are") || uw(c, v - 1, "to")))
        v--;
    if (v == 0)
        return AG_OK;
    size_t e = ex_region_end(c, t, 20), after = 0;
    int status = (uw(c, t, "go") && v < t) || ex_modality(c, t) == 1 ? AG_PLANNED : AG_REPORTED;
    int rc = AG_OK;
    /* the items before the verb: "a Rheinland Air Service (RAS) aircraft" */
    size_t b = v > 6 ? v - 6 : 0;
    if (!maker_to_buyer(c, 0, b, v, t + 1, e, status, &after, &rc))
        return AG_OK;
    /* "... and 72 Diehl Defence missiles to the Philippines" */
    for (size_t k = after; rc == AG_OK && k + 3 < e; k++) {
        if (!uw(c, k, "and"))
            continue;
        size_t q = k + 1;
        while (q < e && !uw(c, q, "to") && q < k + 8)
            q++;
        if (q < e && uw(c, q, "to") &&
            maker_to_buyer(c, k + 1, k + 1, q, q, e, status, &after, &rc))
            k = after;
    }
    return rc;
}

/* "Weapons from France and India have begun to reach Armenia" */
int ex_arrive_verb(ctx *c, size_t t)
{
    group src, dst;
    items it;
    int rc = AG_OK;
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    if (ex_blocked(c, t) || ex_modality(c, t) == 2)
        return AG_OK;
    size_t b = t;
    while (b > 0 && t - b < 12 && !is_boundary(c, b - 1) && !has(c, b - 1, WC_SAY) &&
           !has(c, b - 1, WC_REL))
        b--;
    for (size_t k = b; k < t && src.n == 0; k++)
        if (uw(c, k, "from"))
            ex_party_after(c, k + 1, t, &src, 0, 1);
    size_t e = ex_region_end(c, t, 8);
    if (!ex_party_after(c, t + 1, e, &dst, 0, 2))
        return AG_OK;
    if (src.n == 0) {
        /* "the howitzers arrived in Poland from South Korea" */
        static const char *const P_FROM_A[] = {"from", NULL};
        ex_find_prep(c, t, e, P_FROM_A, &src, 0, 1);
    }
    for (size_t k = b; k + 1 < t && src.n == 0; k++)
        if (c->U[k].actor >= 0 && c->U[k].surf == SURF_DEMONYM && has(c, k + 1, WC_ITEM)) {
            /* "the first Turkish drones arrived in Poland" */
            ent en = {ex_unit_state(c, k), -1, 0, 0, c->sentence_no};
            if (en.actor >= 0)
                ex_group_add(&src, en);
        }
    if (src.n == 0 || ent_eq(src.e[0], dst.e[0]))
        return AG_OK;
    memset(&it, 0, sizeof it);
    ag_buf_init(&it.text);
    ex_items_collect(c, b, t, &it);
    if (it.military)
        rc = ex_emit_groups(c, AG_SUPPLIES, &src, &dst, AG_REPORTED, &it, 0, 0, 0.6);
    ag_buf_destroy(&it.text);
    return rc;
}

/* "Chad moved troops with technical assistance from Russia": the helper
 * supplies the subject of the clause. t is the help ("assistance"),
 * followed by "from". */
int ex_with_help(ctx *c, size_t t)
{
    size_t w = t;
    while (w > 0 && t - w < 3 && !uw(c, w - 1, "with") && (c->U[w - 1].flags & TK_WORD) &&
           !(c->U[w - 1].flags & TK_CAP) && party_at(c, w - 1) == NULL)
        w--;
    if (w == 0 || !uw(c, w - 1, "with") || ex_blocked(c, w - 1) || ex_modality(c, w - 1) == 2 ||
        (c->U[t].category == CAT_FUNDING && !has(c, t, WC_SUPPLY_NOUN)))
        return AG_OK; /* not "a dam built with loans from France" */
    group src, dst;
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    if (!ex_party_after(c, t + 2, ex_region_end(c, t + 1, 8), &src, 0, 1) ||
        !ex_subject_of(c, w - 1, &dst, NULL) || ent_eq(src.e[0], dst.e[0]))
        return AG_OK;
    items it;
    memset(&it, 0, sizeof it);
    ag_buf_init(&it.text);
    ex_items_collect(c, w, t + 1, &it);
    int rc = AG_OK;
    if (it.military)
        rc = ex_emit_groups(c, AG_SUPPLIES, &src, &dst,
                            ex_modality(c, w - 1) ? AG_PLANNED : AG_REPORTED, &it, 0, 0, 0.6);
    ag_buf_destroy(&it.text);
    return rc;
}

/* ---- orders and deals -------------------------------------------------------
 * "Hanwha won an order from Poland for howitzers", "Poland placed an order
 * with Hanwha", "Hanwha signed a contract with Estonia for 40 howitzers": the
 * seller supplies the buyer (planned: a contract is a promise). With "with",
 * the seller is the company when the other side is a state. */

/* "a port-for-weapons deal with Russia", "an oil-for-arms agreement with
 * X": the subject pays with the first, the other side gives the second and
 * seeks the first. */
static int barter_deal(ctx *c, size_t t, size_t e)
{
    static const char *const P_WITHB[] = {"with", NULL};
    /* "port - for - weapons deal" (one unit) or "port - for - weapons - deal" */
    size_t w = uw(c, t, "weapons deal") || uw(c, t, "arms deal") ? t : t - 1;
    if (w < 4 || !is_punct(c, w - 1, '-') || !uw(c, w - 2, "for") || !is_punct(c, w - 3, '-') ||
        !(c->U[w - 4].flags & TK_WORD) || ex_blocked(c, t))
        return AG_OK;
    int arms = w == t || uw(c, w, "weapons") || uw(c, w, "arms") ||
               (has(c, w, WC_ITEM) && c->U[w].category != CAT_FUNDING);
    group subj, other;
    size_t v = w - 4;
    while (v > 0 && (has(c, v - 1, WC_DET) || (c->U[v - 1].flags & TK_NUM)))
        v--;
    if (!ex_find_prep(c, t, e, P_WITHB, &other, 0, 2) || other.n == 0)
        return AG_OK;
    if (v == 0 || !ex_subject_of(c, v - 1, &subj, NULL) || subj.n == 0) {
        /* "including Iranian drones and a port-for-weapons deal": the subject of the clause */
        size_t k = v;
        while (k > 0 && !is_boundary(c, k - 1) &&
               !(ex_is_verbish(c, k - 1) && party_at(c, k - 1) == NULL))
            k--;
        if (k == 0 || !ex_subject_of(c, k - 1, &subj, NULL) || subj.n == 0)
            return AG_OK;
    }
    items paid, back;
    memset(&paid, 0, sizeof paid);
    memset(&back, 0, sizeof back);
    ag_buf_init(&paid.text);
    ag_buf_init(&back.text);
    int rc = ag_buf_append(&paid.text, c->s + c->U[w - 4].s, c->U[w - 4].e - c->U[w - 4].s);
    paid.n = 1;
    rc = rc == AG_OK
             ? ex_emit_groups(c, AG_SEEKS_IN_EXCHANGE, &other, &subj,
                              ex_modality(c, t) ? AG_PLANNED : AG_REPORTED, &paid, 0, 0, 0.6)
             : AG_ERR_NOMEM;
    if (rc == AG_OK && arms) {
        size_t wl = c->U[w].e - c->U[w].s; /* "weapons" of the unit "weapons deal" */
        const char *sp = w == t ? memchr(c->s + c->U[w].s, ' ', wl) : NULL;
        ag_buf_append(&back.text, c->s + c->U[w].s, sp ? (size_t)(sp - (c->s + c->U[w].s)) : wl);
        back.n = 1;
        back.military = 1;
        back.category = CAT_OTHER;
        rc = ex_emit_groups(c, AG_SUPPLIES, &other, &subj,
                            ex_modality(c, t) ? AG_PLANNED : AG_REPORTED, &back, 0, 0, 0.6);
    }
    ag_buf_destroy(&paid.text);
    ag_buf_destroy(&back.text);
    return rc;
}

/* "Dassault Aviation and Egypt signed a contract for jets", "the deal was
 * signed between Alpha Aerospace and the Indian army": of the two sides, the
 * firm sells to the other. Returns 1 when the sentence says no such pair. */
static int deal_pair(ctx *c, size_t t, size_t v, size_t e)
{
    group pair, seller, buyer;
    pair.n = 0;
    pair.inferred = 0;
    if (v > 0 && (ex_is_verbish(c, v - 1) || has(c, v - 1, WC_SUPPORT_V)) &&
        !ex_blocked(c, v - 1) && ex_subject_of(c, v - 1, &pair, NULL) && pair.n != 2)
        pair.n = 0;
    for (size_t k = t + 1; pair.n == 0 && k + 1 < e; k++)
        if (uw(c, k, "between") && (!ex_party_after(c, k + 1, e, &pair, 0, 1) || pair.n != 2))
            pair.n = 0;
    if (pair.n != 2 || ex_blocked(c, t))
        return 1;
    int f0 = company_like(c, pair.e[0]), f1 = company_like(c, pair.e[1]);
    if (f0 == f1 && !f0 && ent_is_state(c, pair.e[0]) && ent_is_state(c, pair.e[1])) {
        /* "Chile and Peru signed a contract covering Chilean-built
         * frigates": the state whose demonym marks the weapons sells them */
        for (size_t k = t + 1; k < e && f0 == f1; k++)
            if (c->U[k].actor >= 0 && c->U[k].surf == SURF_DEMONYM) {
                f0 |= c->U[k].actor == pair.e[0].actor;
                f1 |= c->U[k].actor == pair.e[1].actor;
            }
    }
    if (f0 == f1)
        return 1;
    seller.n = buyer.n = 1;
    seller.inferred = buyer.inferred = 0;
    seller.e[0] = pair.e[f0 ? 0 : 1];
    buyer.e[0] = pair.e[f0 ? 1 : 0];
    return supply_if_military(c, &seller, &buyer, t + 1, e, AG_PLANNED, t, e, 0.6);
}

int ex_deal_noun(ctx *c, size_t t)
{
    static const char *const P_FROMWITH[] = {"from", "with", NULL};
    group subj, other;
    size_t e = ex_region_end(c, t, 16);
    size_t v = t;
    int rc = AG_OK;

    if (t >= 5 && is_punct(c, t - 2, '-') && uw(c, t - 3, "for"))
        return barter_deal(c, t, e); /* "a port-for-weapons deal with Russia" */

    /* "won an export order from X": an arms firm's order in an article
     * about arms ("export" is no verb here) */
    int exportish =
        t > 0 && (uw(c, t - 1, "export") || uw(c, t - 1, "arms") || uw(c, t - 1, "defence") ||
                  uw(c, t - 1, "defense") || uw(c, t - 1, "weapons"));
    if (exportish)
        v--;
    if (uw(c, t, "export order") || uw(c, t, "export orders") || uw(c, t, "export deal") ||
        uw(c, t, "export contract"))
        exportish = 1;
    /* the verb before: "won an order", "signed a $2 billion deal" */
    while (v > 0 && t - v < 5 && !ex_is_verbish(c, v - 1) && !has(c, v - 1, WC_SUPPORT_V) &&
           party_at(c, v - 1) == NULL && !is_boundary(c, v - 1) && !is_punct(c, v - 1, ','))
        v--;
    if ((rc = deal_pair(c, t, v, e)) != 1)
        return rc; /* a firm and its buyer as the two sides of the deal */
    rc = AG_OK;
    if (v > 0 && party_at(c, v - 1) != NULL && party_at(c, v - 1)->poss == 1 &&
        !party_at(c, v - 1)->target_only && !ex_blocked(c, t)) {
        /* "under Poland's framework agreement with Hyundai Rotem": the
         * possessor is the side that signed */
        ex_group_of(c, c->pidx[v - 1], &subj, 0);
        v = t; /* no verb governs it: not "placed an order" */
    } else {
        if (v == 0 || !(ex_is_verbish(c, v - 1) || has(c, v - 1, WC_SUPPORT_V)) ||
            ex_blocked(c, v - 1))
            return AG_OK;
        v--;
        if (!ex_subject_of(c, v, &subj, NULL) || subj.n == 0)
            return AG_OK;
    }
    static const char *const P_TOFOR[] = {"to", "for", NULL};
    int tofor = 0;
    if (!ex_find_prep(c, t, e, P_FROMWITH, &other, 0, 2) || other.n == 0) {
        /* "Rosoboronexport signed a contract for four helicopters for China",
         * "a contract on the delivery of radars to India": a firm's contract
         * names its buyer after "to" or "for" */
        if (!company_like(c, subj.e[0]) || !ex_find_prep(c, t, e, P_TOFOR, &other, 0, 2) ||
            other.n == 0 || company_like(c, other.e[0]))
            return AG_OK;
        tofor = 1;
    }
    size_t prep = t + 1;
    while (prep < e && !uw(c, prep, "from") && !uw(c, prep, "with") &&
           !(tofor && (uw(c, prep, "to") || uw(c, prep, "for"))))
        prep++;
    /* "reached a deal with Russia to buy air defence systems": the verb
     * after the other side says who sells */
    int after = 0;
    if (uw(c, prep, "with") && party_at(c, prep + 1) != NULL) {
        size_t q = party_at(c, prep + 1)->u1;
        if (uw(c, q, "to") && q + 1 < e && has(c, q + 1, WC_BUY))
            after = 1; /* the subject buys */
        else if (uw(c, q, "to") && q + 1 < e && has(c, q + 1, WC_SUPPLY))
            after = 2; /* the subject sells */
    }
    for (size_t k = t + 1; k < prep; k++)
        if (has(c, k, WC_BUY) || has(c, k, WC_SUPPLY) || has(c, k, WC_SEEK))
            return AG_OK; /* "a deal to buy missiles from India": the verb's frame says it */
    items it;
    memset(&it, 0, sizeof it);
    ag_buf_init(&it.text);
    ex_items_collect(c, t + 1, e, &it);
    int model = 0;
    for (size_t k = t + 1; k + 2 < e; k++)
        if ((c->U[k].flags & TK_CAP) && c->U[k].e - c->U[k].s <= 3 && is_punct(c, k + 1, '-') &&
            (c->U[k + 2].flags & TK_NUM))
            model = 1; /* "S-400", "F-16" */
    if (!it.military && !model &&
        !((exportish || c->military_context) &&
          (company_like(c, subj.e[0]) || company_like(c, other.e[0])))) {
        ag_buf_destroy(&it.text);
        return AG_OK;
    }
    const group *seller = NULL, *buyer = NULL;
    if (tofor || after == 2) {
        seller = &subj;
        buyer = &other;
    } else if (after == 1) {
        seller = &other;
        buyer = &subj;
    } else if (uw(c, prep, "from")) {
        seller = &subj; /* "won an order from Poland" */
        buyer = &other;
    } else if (uw(c, v, "placed") || uw(c, v, "places") || uw(c, v, "place")) {
        seller = &other; /* "placed an order with Hanwha" */
        buyer = &subj;
    } else if (exportish && !company_like(c, other.e[0])) {
        seller = &subj; /* "Turkey signed its first export deal with Indonesia" */
        buyer = &other;
    } else if (company_like(c, subj.e[0]) && !company_like(c, other.e[0])) {
        seller = &subj;
        buyer = &other;
    } else if (company_like(c, other.e[0]) && !company_like(c, subj.e[0])) {
        seller = &other;
        buyer = &subj;
    }
    if (seller != NULL)
        rc = ex_emit_groups(c, AG_SUPPLIES, seller, buyer, AG_PLANNED, &it, t, e, 0.6);
    ag_buf_destroy(&it.text);
    return rc;
}

/* ---- paying for services ----------------------------------------------------
 * "A junta pays a monthly fee to the Wagner Group in return for its
 * fighters": the one paid seeks the payment in exchange. */
int ex_pay_verb(ctx *c, size_t t)
{
    static const char *const P_TOX[] = {"to", NULL};
    group payer, paid;
    size_t e = ex_region_end(c, t, 16);
    int pay = uw(c, t, "paying") || uw(c, t, "pays") || uw(c, t, "paid") || uw(c, t, "pay");
    if (c->exchange_unit < 0 || (size_t)c->exchange_unit < t || ex_blocked(c, t) ||
        (!pay && !exchange_for_services(c)) || !ex_subject_of(c, t, &payer, NULL))
        return AG_OK; /* "offered X mining rights in exchange for help": for services only */
    if (!ex_find_prep(c, t, (size_t)c->exchange_unit, P_TOX, &paid, 0, 4) &&
        !ex_party_after(c, t + 1, (size_t)c->exchange_unit, &paid, 0, 2))
        return AG_OK;
    items it;
    memset(&it, 0, sizeof it);
    ag_buf_init(&it.text);
    ex_items_collect(c, t + 1, (size_t)c->exchange_unit, &it);
    int st = ex_modality(c, t) || uw(c, t, "offered") || uw(c, t, "offers") ||
                     uw(c, t, "offering") || uw(c, t, "promised") || uw(c, t, "promises")
                 ? AG_PLANNED
                 : AG_REPORTED;
    int rc = ex_emit_groups(c, AG_SEEKS_IN_EXCHANGE, &paid, &payer, st, &it, t, e, 0.6);
    if (rc == AG_OK && exchange_for_arms(c) && !for_services_only(c)) {
        /* "offering Russia mineral access in exchange for military aid": the
         * one paid gives the arms */
        rc = arms_paid_for(c, &paid, &payer, st, t, e, 0.5);
    }
    ag_buf_destroy(&it.text);
    return rc;
}

/* "Indonesia will pay for the Russian jets with rubber", "plans to export
 * rubber to Russia to help pay for 11 Russian jets": arms paid for in
 * goods; their seller (a "from" party, a demonym on them, else the one the
 * goods go to) supplies the payer and seeks the goods in exchange. */
int ex_pay_for(ctx *c, size_t t)
{
    static const char *const PAY[] = {"pay", "pays", "paid", "paying", NULL};
    static const char *const P_TOX[] = {"to", NULL};
    if (!uw_any(c, t, PAY) || !uw(c, t + 1, "for") || c->question || c->has_cond ||
        ex_blocked(c, t) || ex_modality(c, t) == 2)
        return AG_OK;
    size_t e = ex_region_end(c, t + 1, 16), w = t + 2;
    while (w < e && !uw(c, w, "with"))
        w++;
    items arms, goods;
    memset(&arms, 0, sizeof arms);
    memset(&goods, 0, sizeof goods);
    ag_buf_init(&arms.text);
    ag_buf_init(&goods.text);
    group payer, seller;
    seller.n = 0;
    seller.inferred = 0;
    int rc = AG_OK;
    ex_items_collect(c, t + 2, w, &arms);
    if (!arms.military || arms.civil || !ex_subject_of(c, t, &payer, NULL) || payer.n == 0)
        goto out;
    if (!ex_find_prep(c, t + 1, w, P_FROM, &seller, 0, 4)) {
        for (size_t k = t + 2; k < w && seller.n == 0; k++)
            if (c->U[k].actor >= 0 && c->U[k].surf == SURF_DEMONYM) {
                ent en = {c->U[k].actor, -1, 0, 0, 0};
                ex_group_add(&seller, en); /* "the Russian jets" */
            }
    }
    /* "export rubber to Russia to help pay for": the goods and their
     * receiver, the seller when nothing else names it */
    size_t b = t;
    while (b > 0 && t - b < 14 && !is_boundary(c, b - 1) && !is_punct(c, b - 1, ','))
        b--;
    size_t v = b;
    while (v < t && !has(c, v, WC_SUPPLY))
        v++;
    if (seller.n == 0 && v < t)
        ex_find_prep(c, v, t, P_TOX, &seller, 0, 3);
    if (seller.n == 0)
        goto out;
    for (int i = 0; i < seller.n; i++)
        if (ent_eq(seller.e[i], payer.e[0]))
            goto out;
    if (w < e)
        ex_items_collect(c, w + 1, e, &goods); /* "with rubber" */
    else if (v < t)
        ex_items_collect(c, v + 1, t, &goods);
    int st = ex_modality(c, t) ? AG_PLANNED : AG_REPORTED;
    for (size_t k = 0; k < t && st == AG_REPORTED; k++)
        if (has(c, k, WC_PLAN)) /* "plans to export rubber ... to help pay for" */
            st = AG_PLANNED;
    rc = ex_emit_groups(c, AG_SUPPLIES, &seller, &payer, st, &arms, t, e, 0.6);
    if (rc == AG_OK)
        rc = ex_emit_groups(c, AG_SEEKS_IN_EXCHANGE, &seller, &payer, st, &goods, t, e, 0.6);
out:
    ag_buf_destroy(&arms.text);
    ag_buf_destroy(&goods.text);
    return rc;
}

/* "its support to Russia's war in Ukraine", "Iran's support for Moscow's
 * invasion": support for a side's war is a supply to that side. */
static int support_for_war(ctx *c, size_t t)
{
    if (t == 0 || !uw(c, t, "support") || !(uw(c, t + 1, "to") || uw(c, t + 1, "for")) ||
        ex_blocked(c, t) || ex_modality(c, t) == 2)
        return AG_OK;
    const party *p = party_at(c, t + 2);
    size_t h = p != NULL && p->u1 < c->nu && (c->U[p->u1].flags & TK_POSS) ? p->u1 + 1
               : p != NULL                                                 ? p->u1
                                                                           : 0;
    if (p == NULL || p->poss != 1 || p->target_only ||
        !(has(c, h, WC_ATTACK_N) || uw(c, h, "war effort") || uw(c, h, "military")))
        return AG_OK;
    group src, dst;
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    if (uw(c, t - 1, "its") || uw(c, t - 1, "their")) {
        for (size_t k = t - 1; k > 0 && party_at(c, k - 1) == NULL; k--)
            if (ex_group_noun(c, k - 1))
                return AG_OK; /* "sanctioned Chinese companies over their support for" */
        ex_pronoun_ref(c, t - 1, &src);
    } else if ((c->U[t - 1].flags & TK_POSS) && t >= 2 && party_at(c, t - 2) != NULL &&
               !party_at(c, t - 2)->target_only)
        ex_group_of(c, c->pidx[t - 2], &src, 0);
    if (src.n == 0)
        return AG_OK;
    ex_group_of(c, c->pidx[t + 2], &dst, 0);
    return ex_emit_groups(c, AG_SUPPLIES, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.5);
}

/* ---- support for an armed group ---------------------------------------------
 * "Rwanda and Uganda continue to support the M23 rebels", "accusing them of
 * actively supporting the M23": in an article about arms, support for an
 * armed group or a warlord is military support (not for a state). */
int ex_support_verb(ctx *c, size_t t)
{
    group src, dst;
    if (t > 0 && (has(c, t - 1, WC_DET) || (c->U[t - 1].flags & TK_POSS)))
        return support_for_war(c, t);
    if (!c->military_context || ex_blocked(c, t) || ex_modality(c, t) == 2)
        return AG_OK;
    size_t k = t + 1;
    while (k < c->nu &&
           (uw(c, k, "the") || uw(c, k, "so") || is_punct(c, k, '-') || uw(c, k, "called") ||
            uw(c, k, "directly") || uw(c, k, "retired") || has(c, k, WC_TITLE)))
        k++; /* "the so-called M23", "the retired Major General X" */
    const party *p = party_at(c, k);
    if (p == NULL || p->target_only || p->poss)
        return AG_OK;
    ent e = ex_party_ent(c, p);
    if (e.actor < 0 || c->d->actors[e.actor].kind == AG_STATE ||
        (c->d->actors[e.actor].kind == AG_ORGANIZATION && c->d->actors[e.actor].state != NULL))
        return AG_OK; /* an armed group or a warlord of the dictionary, not a state or a firm */
    if (!ex_subject_of(c, t, &src, NULL) || src.n == 0)
        return AG_OK;
    dst.n = 0;
    dst.inferred = 0;
    ex_group_of(c, c->pidx[p->u0], &dst, 0);
    return ex_emit_groups(c, AG_SUPPLIES, &src, &dst, ex_modality(c, t) ? AG_PLANNED : AG_REPORTED,
                          NULL, 0, 0, 0.5);
}

/* ---- helping a buyer, turning to suppliers -----------------------------------
 * "Turkey helped Lebanon obtain rifles": the helper has a role in supplying
 * the buyer; "Russia turned to partners such as Iran and North Korea for
 * shells", "India relied on Russia for arms": those turned to supply the
 * subject. Military items only. */
int ex_help_obtain(ctx *c, size_t t)
{
    group src, dst;
    size_t e = ex_region_end(c, t, 14);
    const party *p = party_at(c, t + 1);
    if (p == NULL || p->target_only || p->poss || ex_blocked(c, t) || ex_modality(c, t) == 2)
        return AG_OK;
    size_t v = p->u1;
    if (uw(c, v, "to"))
        v++;
    if (v >= e || !has(c, v, WC_BUY) || !ex_subject_of(c, t, &src, NULL) || src.n == 0)
        return AG_OK;
    ex_group_of(c, c->pidx[p->u0], &dst, 0);
    return emit_supply_items(c, &src, &dst, v + 1, ex_region_end(c, v, 10), 1);
}

int ex_turn_to(ctx *c, size_t t)
{
    group src, dst;
    size_t e = ex_region_end(c, t, 16);
    int rely = (c->s[c->U[t].s] | 0x20) != 't'; /* "relied on Russia for arms" */
    if (!uw(c, t + 1, rely ? "on" : "to") || ex_blocked(c, t) || ex_modality(c, t) == 2)
        return AG_OK;
    size_t k = t + 2;
    while (k < e && k < t + 6 && party_at(c, k) == NULL &&
           (uw(c, k, "partners") || uw(c, k, "allies") || uw(c, k, "countries") ||
            uw(c, k, "ally") || uw(c, k, "partner") || uw(c, k, "traditional") ||
            uw(c, k, "longtime") || uw(c, k, "main") || uw(c, k, "key") || uw(c, k, "old") ||
            uw(c, k, "states") || uw(c, k, "such") || uw(c, k, "as") || uw(c, k, "like") ||
            uw(c, k, "including") || uw(c, k, "its") || uw(c, k, "their") || uw(c, k, "the") ||
            has(c, k, WC_DET) || is_punct(c, k, ',')))
        k++;
    const party *p = party_at(c, k);
    if (p == NULL || p->target_only || p->poss)
        return AG_OK;
    ex_group_of(c, c->pidx[p->u0], &src, 0);
    size_t q = p->u1;
    while (q < e && (party_at(c, q) != NULL || uw(c, q, "and") || is_punct(c, q, ',')))
        q = party_at(c, q) != NULL ? party_at(c, q)->u1 : q + 1;
    if (!uw(c, q, "for") || !ex_subject_of(c, t, &dst, NULL) || dst.n == 0)
        return AG_OK;
    return emit_supply_items(c, &src, &dst, q + 1, ex_region_end(c, q, 8), 1);
}

/* "firms involved in making rockets and trucks for the Sudanese army",
 * "Alpha Corp, which produces shells for the Russian army": a maker of
 * weapons for Y supplies Y; an unnamed group of makers is a role carried to
 * the members named next. */
int ex_make_for(ctx *c, size_t t)
{
    static const char *const P_FOR_M[] = {"for", NULL};
    size_t e = ex_region_end(c, t, 16);
    group src, dst;
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    if (ex_blocked(c, t) || ex_is_passive(c, t))
        return AG_OK;
    size_t f = t + 1;
    if (ex_find_prep(c, t, e, P_FOR_M, &dst, 0, 3)) {
        while (f < e && !uw(c, f, "for"))
            f++;
    } else {
        /* "produced the drones used by Russia": the user */
        while (f + 2 < e && !(uw(c, f, "used") && uw(c, f + 1, "by") &&
                              party_at(c, f + 2) != NULL && !party_at(c, f + 2)->target_only))
            f++;
        if (f + 2 >= e || f > t + 8)
            return AG_OK;
        ex_group_of(c, c->pidx[f + 2], &dst, 0);
    }
    items it;
    memset(&it, 0, sizeof it);
    ag_buf_init(&it.text);
    ex_items_collect(c, t + 1, f, &it);
    int rc = AG_OK, kinds;
    if (!it.military || it.n == 0)
        goto out;
    if (ex_subject_of(c, t, &src, NULL) && src.n > 0) {
        if (!ent_is_state(c, src.e[0]) && !ent_eq(src.e[0], dst.e[0]))
            rc = ex_emit_groups(c, AG_SUPPLIES, &src, &dst, ex_modality(c, t) ? 1 : 0, &it, t, e,
                                0.6);
    } else if ((kinds = ex_group_subject(c, t)) != 0) {
        rc = ex_group_role_note(c, t, kinds, &dst, &it);
    }
out:
    ag_buf_destroy(&it.text);
    return rc;
}
