/*
 * ex_parties.c -- the parties of a sentence for the pattern matcher: the
 * units that name an actor (states, organs, demonyms with an organ or a
 * target head, places, unknown names, ship prefixes) and the short
 * references resolved against what the article said before ("the company",
 * "both companies", "the junta"); the entity a party stands for; and the
 * coordinated groups of parties ("X, Y and Z").
 */
#define _POSIX_C_SOURCE 200809L
#include "extract_ctx.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

ent ex_party_ent(const ctx *c, const party *p)
{
    ent e = {-1, -1, 0, 0, 0};
    if (!p->inferred) {
        e.ss = c->U[p->u0].s;
        e.se = c->U[p->u1 - 1].e;
        e.sent = c->sentence_no;
    }
    if (p->actor >= 0) {
        e.actor = c->d->actors[p->actor].acts_as;
    } else if (p->name >= 0) {
        e.name = p->name;
        while (c->names.v[e.name].alias_of >= 0)
            e.name = c->names.v[e.name].alias_of;
    }
    return e;
}

/* ---- parties -------------------------------------------------------------- */

/* "U.S. defense-related companies": a private head after a hyphenated
 * modifier; the state before them is a mere modifier. */
static int private_head_after(const ctx *c, size_t k)
{
    int hyphen = 0;
    for (size_t j = k; j < c->nu && j < k + 5; j++) {
        if (has(c, j, WC_PRIVATE_HEAD))
            return hyphen;
        if (is_punct(c, j, '-'))
            hyphen = 1;
        else if (!(c->U[j].flags & TK_WORD) || (c->U[j].flags & TK_CAP) || party_at(c, j) != NULL ||
                 has(c, j, WC_PREP) || has(c, j, WC_DET))
            return 0;
    }
    return 0;
}

/* "Hezbollah allies", "Hamas members": a group's own people stand for the
 * group (a state's "Chinese companies" do not). */
static int group_members(const ctx *c, const ex_unit *u, size_t k)
{
    if (u->actor < 0 || c->d->actors[u->actor].kind != AG_ORGANIZATION ||
        c->d->actors[u->actor].state != NULL)
        return 0;
    return uw(c, k, "allies") || uw(c, k, "ally") || uw(c, k, "members") || uw(c, k, "member") ||
           uw(c, k, "partners") || uw(c, k, "affiliate") || uw(c, k, "affiliates");
}

static int push_party(ctx *c, const party *p)
{
    if (c->np == c->capp && ag_grow(&c->P, &c->capp, c->np, sizeof *c->P, 32) != AG_OK)
        return AG_ERR_NOMEM;
    c->P[c->np++] = *p;
    return AG_OK;
}

/* The last firm named so far whose home state is the state actor st: a
 * dictionary firm or a new company name. */
static ent last_firm_of(const ctx *c, int st)
{
    ent none = {-1, -1, 0, 0, 0};
    int org = c->have_last_org && c->last_org.actor >= 0 &&
              c->d->actors[c->last_org.actor].state != NULL &&
              ex_dict_actor_index(c->d, c->d->actors[c->last_org.actor].state) == st;
    int com = c->have_last_company && c->last_company.name >= 0 &&
              c->names.v[c->last_company.name].state == st;
    if (org && (!com || c->last_org.sent >= c->last_company.sent))
        return c->last_org;
    return com ? c->last_company : none;
}

/* A dictionary organization with a home state: a firm ("Rosoboronexport",
 * "Korea Aerospace Industries"), not a bloc or an armed group. */
static int firm_actor(const ctx *c, ent en)
{
    return en.actor >= 0 && c->d->actors[en.actor].kind == AG_ORGANIZATION &&
           c->d->actors[en.actor].state != NULL;
}

int ex_head_class(const ctx *c, size_t k)
{
    /* organ or target head right after k, allowing one lowercase word */
    if (has(c, k, WC_ORGAN))
        return 2;
    if (has(c, k, WC_TARGET_HEAD))
        return 1;
    if (k + 1 < c->nu && (c->U[k].flags & TK_WORD) && !(c->U[k].flags & TK_CAP) &&
        c->U[k].actor < 0 && !has(c, k, WC_PREP) && !has(c, k, WC_DET) &&
        !(c->U[k].wc & (WC(WC_SUPPLY) | WC(WC_ATTACK_V) | WC(WC_FIRE) | WC(WC_SANCTION_V)))) {
        if (has(c, k + 1, WC_ORGAN))
            return 2;
        if (has(c, k + 1, WC_TARGET_HEAD))
            return 1;
    }
    return 0;
}

/* The state a unit names, or -1: a state itself, or an official's state;
 * not the modifier of a compound ("Russian-built"). */
int ex_unit_state(const ctx *c, size_t k)
{
    int a = c->U[k].actor;
    if (a < 0 || c->U[k].skip ||
        (is_punct(c, k + 1, '-') && c->U[k + 1].s == c->U[k].e && has(c, k + 2, WC_COMPOUND)))
        return -1;
    a = c->d->actors[a].acts_as;
    return c->d->actors[a].kind == AG_STATE ? a : -1;
}

/* "the junta", "the military": the state the article has named most often
 * with an organ ("the Malian army"), then most often at all, then latest,
 * leaving out the states the sentence names ("US sanctions on the junta")
 * but not a place where things happen ("in Mali ... the junta"). */
static int home_state(const ctx *c)
{
    size_t best = c->n_named;
    for (size_t i = 0; i < c->n_named; i++) {
        int here = 0;
        for (size_t k = 0; k < c->nu && !here; k++)
            if (ex_unit_state(c, k) == c->named[i].actor && c->U[k].surf != SURF_PLACE &&
                !(k > 0 && uw(c, k - 1, "in")))
                here = 1; /* a town hit in the country is no other actor */
        if (here)
            continue;
        if (best == c->n_named || c->named[i].organ > c->named[best].organ ||
            (c->named[i].organ == c->named[best].organ &&
             (c->named[i].n > c->named[best].n ||
              (c->named[i].n == c->named[best].n && c->named[i].last > c->named[best].last))))
            best = i;
    }
    return best < c->n_named ? c->named[best].actor : -1;
}

/* The state of this id if the article has named it before unit k (in an
 * earlier sentence or this one); -1 if not. */
static int named_id(const ctx *c, const char *id, size_t k)
{
    int a = ex_dict_actor_index(c->d, id);
    for (size_t i = 0; a >= 0 && i < c->n_named; i++)
        if (c->named[i].actor == a)
            return a;
    for (size_t j = 0; a >= 0 && j < k; j++)
        if (ex_unit_state(c, j) == a)
            return a;
    return -1;
}

/* "the North" and "the South" (capitalized, no name after them) in an
 * article that has named North Korea: the two Koreas; -1 otherwise. */
static int korea_half(const ctx *c, size_t k)
{
    if (k == 0 || !(c->U[k].flags & TK_CAP) || c->U[k].e - c->U[k].s != 5 || c->U[k].actor >= 0)
        return -1; /* the cheap tests first: most units are no "North" */
    int north = uw(c, k, "North");
    if ((!north && !uw(c, k, "South")) || !uw(c, k - 1, "the") ||
        (k + 1 < c->nu && (c->U[k + 1].flags & TK_CAP)))
        return -1;
    int prk = named_id(c, "PRK", k);
    if (prk < 0)
        return -1;
    return north ? prk : named_id(c, "KOR", k);
}

/* Does the state reference at k end in a word for a country ("the
 * country", "the Gulf state", "the West African nation")? Such a reference
 * is to the state just named, not the one the article is about. */
static int country_tail(const ctx *c, size_t k)
{
    static const char *const TAIL[] = {" country", " nation",   " kingdom",
                                       " state",   " republic", NULL};
    const char *w = c->s + c->U[k].s;
    size_t n = c->U[k].e - c->U[k].s;
    for (int i = 0; TAIL[i] != NULL; i++) {
        size_t l = strlen(TAIL[i]);
        if (n > l && strncasecmp(w + n - l, TAIL[i], l) == 0)
            return 1;
    }
    return 0;
}

/* "North Korea denies it. But the country shipped shells": the one state
 * the sentence before named (and this one does not); -1 if none or more
 * than one. */
static int recent_state(const ctx *c)
{
    int found = -1;
    for (size_t i = 0; i < c->n_named; i++) {
        if (c->named[i].last + 1 != c->sentence_no)
            continue;
        for (size_t k = 0; k < c->nu; k++)
            if (ex_unit_state(c, k) == c->named[i].actor)
                return -1;
        if (found >= 0)
            return -1;
        found = c->named[i].actor;
    }
    return found;
}

/* The state the article is about, for a strike that names no owner of its
 * target: the state named most often (at least twice), other than the
 * attacker; -1 if none. */
int ex_topic_state(const ctx *c, int attacker)
{
    size_t best = c->n_named;
    for (size_t i = 0; i < c->n_named; i++)
        if (c->named[i].actor != attacker && c->named[i].n >= 2 &&
            (best == c->n_named || c->named[i].n > c->named[best].n))
            best = i;
    return best < c->n_named ? c->named[best].actor : -1;
}

/* "both companies", "the two firms": 2; "the companies": -1 (all those of
 * the last sentence that named any); a singular reference: 0. */
static int plural_coref(const ctx *c, size_t k)
{
    static const char *const num[] = {"two", "three", "four", "five", "six", NULL};
    const char *w = c->s + c->U[k].s;
    size_t n = c->U[k].e - c->U[k].s;
    static const char *const heads[] = {" companies", " firms", " entities", NULL};
    int plural = 0;
    for (int i = 0; heads[i] != NULL; i++) {
        size_t l = strlen(heads[i]);
        if (n > l && strncasecmp(w + n - l, heads[i], l) == 0)
            plural = 1;
    }
    if (!plural)
        return 0;
    if (n > 5 && strncasecmp(w, "both ", 5) == 0)
        return 2;
    for (int i = 0; num[i] != NULL; i++) {
        size_t l = strlen(num[i]);
        if (n > 4 + l && strncasecmp(w + 4, num[i], l) == 0 && w[4 + l] == ' ')
            return i + 2;
    }
    return -1;
}

int ex_build_parties(ctx *c)
{
    c->np = 0;
    if (c->cappidx < c->nu + 1) {
        int *n = realloc(c->pidx, (c->nu + 1) * sizeof *n);
        if (n == NULL)
            return AG_ERR_NOMEM;
        c->pidx = n;
        c->cappidx = c->nu + 1;
    }
    for (size_t k = 0; k < c->nu; k++)
        c->pidx[k] = -1;
    for (size_t k = 0; k < c->nu; k++) {
        ex_unit *u = &c->U[k];
        party p;
        memset(&p, 0, sizeof p);
        p.actor = -1;
        p.name = -1;
        p.u0 = k;
        p.u1 = k + 1;
        if (u->skip)
            continue;
        if (u->actor >= 0) {
            p.actor = u->actor;
            if (u->surf == SURF_DEMONYM) {
                int h = ex_head_class(c, k + 1);
                if (h == 0 && k + 3 < c->nu && (uw(c, k + 1, "and") || is_punct(c, k + 1, ',')) &&
                    c->U[k + 2].actor >= 0) {
                    h = ex_head_class(c, k + 3);
                    if (h == 0 && c->U[k + 2].organ_head)
                        h = 2; /* "Russian and Ukrainian forces": an organ alias */
                }
                if (h == 0 && k + 5 < c->nu && is_punct(c, k + 1, ',') && c->U[k + 2].actor >= 0 &&
                    uw(c, k + 3, "and") && c->U[k + 4].actor >= 0)
                    h = ex_head_class(c, k + 5);
                if (h == 0 && k > 0 && uw(c, k - 1, "the") && k + 1 < c->nu &&
                    (uw(c, k + 1, "company") || uw(c, k + 1, "firm") ||
                     uw(c, k + 1, "manufacturer") || uw(c, k + 1, "maker") ||
                     uw(c, k + 1, "shipbuilder") || uw(c, k + 1, "contractor"))) {
                    /* "the South Korean company": the last firm of that state */
                    ent f = last_firm_of(c, c->d->actors[u->actor].acts_as);
                    if (!ent_ok(f))
                        continue;
                    p.actor = f.actor;
                    p.name = f.name;
                    p.u0 = k - 1;
                    p.u1 = k + 2;
                    p.inferred = 1;
                    if (push_party(c, &p) != AG_OK)
                        return AG_ERR_NOMEM;
                    for (size_t j = p.u0; j < p.u1; j++)
                        c->pidx[j] = (int)c->np - 1;
                    k = p.u1 - 1;
                    continue;
                }
                if (h == 0 && !(is_punct(c, k + 1, '-') &&
                                (has(c, k + 2, WC_SUPPLIED_ADJ) || has(c, k + 2, WC_LED_ADJ))))
                    continue;
                /* "an Iranian drone manufacturer": a private actor */
                if (h != 0) {
                    size_t hd =
                        (has(c, k + 1, WC_ORGAN) || has(c, k + 1, WC_TARGET_HEAD)) ? k + 1 : k + 2;
                    if (has(c, hd + 1, WC_PRIVATE_HEAD) && !uw(c, hd + 1, "and"))
                        continue;
                }
                p.target_only = h == 1;
            } else if (u->surf == SURF_PLACE) {
                p.target_only = 1;
            } else if ((has(c, k + 1, WC_PRIVATE_HEAD) && !group_members(c, u, k + 1) &&
                        !(k > 0 && has(c, k - 1, WC_SUPPLY) && has(c, k + 1, WC_NONMIL))) ||
                       private_head_after(c, k + 1) ||
                       (k + 2 < c->nu && !(c->U[k + 1].flags & (TK_CAP | TK_POSS)) &&
                        (c->U[k + 1].flags & TK_WORD) && has(c, k + 2, WC_PRIVATE_HEAD) &&
                        !has(c, k + 1, WC_PREP) && !has(c, k + 1, WC_DET) &&
                        !ex_is_verbish(c, k + 1) && !uw(c, k + 1, "is") && !uw(c, k + 1, "was") &&
                        !uw(c, k + 1, "are") && !uw(c, k + 1, "were") && !uw(c, k + 1, "has") &&
                        !uw(c, k + 1, "had") && !uw(c, k + 1, "have") && !uw(c, k + 1, "also") &&
                        !uw(c, k + 1, "still") && !uw(c, k + 1, "now") &&
                        !has(c, k + 1, WC_PLAN) && !has(c, k + 1, WC_COND))) {
                continue; /* "Chinese companies", "two Myanmar companies" */
            }
        } else if (u->name >= 0) {
            p.name = u->name;
            while (p.u1 < c->nu && c->U[p.u1].name == u->name && c->U[p.u1].actor < 0)
                p.u1++;
            /* "in Cabo Delgado, Mozambique": a place of that state */
            if (k > 0 &&
                (uw(c, k - 1, "in") || uw(c, k - 1, "near") || uw(c, k - 1, "on") ||
                 uw(c, k - 1, "across") || uw(c, k - 1, "of")) &&
                is_punct(c, p.u1, ',') && p.u1 + 1 < c->nu && c->U[p.u1 + 1].actor >= 0 &&
                c->U[p.u1 + 1].surf == SURF_ALIAS &&
                c->d->actors[c->U[p.u1 + 1].actor].kind == AG_STATE) {
                p.name = -1;
                p.actor = c->U[p.u1 + 1].actor;
                p.target_only = 1;
            }
            /* "Storm Shadow cruise missiles", "Bayraktar TB2 drones": a model */
            if (has(c, p.u1, WC_ITEM) ||
                (p.u1 + 1 < c->nu && (c->U[p.u1].flags & (TK_NUM | TK_UPPER)) &&
                 has(c, p.u1 + 1, WC_ITEM))) {
                k = p.u1 - 1;
                continue;
            }
            /* a navy ship's prefix names its state */
            if (uw(c, k, "USS") || uw(c, k, "HMS")) {
                p.actor = ex_dict_actor_index(c->d, uw(c, k, "USS") ? "USA" : "GBR");
                if (p.actor >= 0) {
                    p.name = -1;
                    p.target_only = 1;
                }
            }
        } else if (has(c, k, WC_COREF) && plural_coref(c, k) != 0) {
            p.plural = plural_coref(c, k);
            if (c->n_companies == 0)
                continue;
            p.actor = c->companies[0].e.actor;
            p.name = c->companies[0].e.name;
            p.inferred = 1;
        } else if (k > 0 && uw(c, k - 1, "the") && (uw(c, k, "latter") || uw(c, k, "former")) &&
                   !(k + 1 < c->nu && (c->U[k + 1].flags & TK_WORD) && !ex_is_verbish(c, k + 1) &&
                     !uw(c, k + 1, "is") && !uw(c, k + 1, "was") && !uw(c, k + 1, "has") &&
                     !uw(c, k + 1, "had") && !uw(c, k + 1, "will") && !uw(c, k + 1, "would") &&
                     !uw(c, k + 1, "said") && !uw(c, k + 1, "also"))) {
            /* "an agreement between Poland and Hanwha, the latter is to
             * deliver": the last party named before (the former: the one
             * before that), in this sentence; not "the former president" */
            size_t back = uw(c, k, "latter") ? 1 : 2;
            if (c->np < back)
                continue;
            const party *r = &c->P[c->np - back];
            if (r->inferred || r->target_only || r->poss == 2)
                continue;
            ent en = ex_party_ent(c, r);
            p.actor = en.actor;
            p.name = en.name;
            p.inferred = 1;
            p.u0 = k - 1;
        } else if ((p.actor = korea_half(c, k)) >= 0) {
            p.inferred = 1; /* "helping the North build satellites" */
        } else if (has(c, k, WC_STATE_COREF)) {
            int country = uw(c, k, "the Islamic Republic") || country_tail(c, k);
            p.actor = country ? recent_state(c) : home_state(c);
            if (p.actor < 0)
                continue;
            p.inferred = 1;
        } else if (has(c, k, WC_COREF)) {
            /* "the company", "the firm": a named company; "the bloc", "the
             * group": a dictionary organization */
            int company =
                uw(c, k, "the company") || uw(c, k, "the firm") || uw(c, k, "the manufacturer");
            ent found = {-1, -1, 0, 0, 0};
            for (size_t q = c->np; q > 0 && !ent_ok(found); q--) {
                ent en = ex_party_ent(c, &c->P[q - 1]);
                if (!c->P[q - 1].inferred &&
                    ((!company && en.actor >= 0 &&
                      c->d->actors[en.actor].kind == AG_ORGANIZATION) ||
                     (company && en.name >= 0 && c->names.v[en.name].kind == AG_ORGANIZATION) ||
                     (company && firm_actor(c, en))))
                    found = en;
            }
            /* "Korea Aerospace Industries ... . The company sold": a
             * dictionary firm named after the last new company name */
            if (!ent_ok(found) && company && c->have_last_org && firm_actor(c, c->last_org) &&
                (!c->have_last_company || c->last_org.sent > c->last_company.sent))
                found = c->last_org;
            if (!ent_ok(found) && company && c->have_last_company)
                found = c->last_company;
            if (!ent_ok(found) && !company && c->have_last_org)
                found = c->last_org;
            if (!ent_ok(found))
                continue;
            p.actor = found.actor;
            p.name = found.name;
            p.inferred = 1;
        } else {
            continue;
        }
        while (p.actor >= 0 && !p.target_only && p.u1 < c->nu && !(c->U[p.u1 - 1].flags & TK_POSS) &&
               c->U[p.u1].actor >= 0 && c->U[p.u1].surf != SURF_PLACE &&
               c->U[p.u1].surf != SURF_DEMONYM && !c->U[p.u1].skip &&
               c->d->actors[c->U[p.u1].actor].acts_as == c->d->actors[p.actor].acts_as &&
               c->d->actors[p.actor].kind == AG_STATE)
            p.u1++; /* "the US Department of State": one party, not two side by side */
        size_t e = p.u1;
        if (is_punct(c, e, '-') && c->U[e].s == c->U[e - 1].e) {
            if (has(c, e + 1, WC_COMPOUND)) {
                k = e + 1;
                continue;
            }
            if (has(c, e + 1, WC_SUPPLIED_ADJ))
                p.supplied = 1;
            else if (has(c, e + 1, WC_LED_ADJ))
                p.led = 1;
        }
        if (e < c->nu && (c->U[e].flags & TK_POSS)) {
            p.poss = 1;
            /* "Britain's Foreign Office": a state's possessive before a name
             * without a company suffix is the state itself */
            if (p.actor >= 0 && c->d->actors[p.actor].kind == AG_STATE && e + 1 < c->nu &&
                c->U[e + 1].name >= 0) {
                size_t f = e + 1;
                int org = 0;
                while (f < c->nu && c->U[f].name == c->U[e + 1].name) {
                    if (has(c, f, WC_ORG_SUFFIX))
                        org = 1;
                    f++;
                }
                if (!org) {
                    p.poss = 0;
                    p.u1 = f;
                }
            }
        }
        if (p.u1 < c->nu && (uw(c, p.u1, "border") || uw(c, p.u1, "frontier")) && p.u0 >= 2 &&
            uw(c, p.u0 - 1, "the") &&
            (uw(c, p.u0 - 2, "near") || uw(c, p.u0 - 2, "along") || uw(c, p.u0 - 2, "across") ||
             uw(c, p.u0 - 2, "to") || uw(c, p.u0 - 2, "on") || uw(c, p.u0 - 2, "at"))) {
            k = p.u1 - 1; /* "a base near the Venezuela border": where, not who */
            continue;
        }
        if (p.actor >= 0 && c->d->actors[p.actor].kind == AG_STATE && !p.target_only && p.u0 >= 2 &&
            uw(c, p.u0 - 1, "of") && c->pidx[p.u0 - 2] < 0 &&
            (uw(c, p.u0 - 2, "government") || uw(c, p.u0 - 2, "the government") ||
             uw(c, p.u0 - 2, "the army") || uw(c, p.u0 - 2, "the armed forces") ||
             uw(c, p.u0 - 2, "the military") || uw(c, p.u0 - 2, "army") ||
             uw(c, p.u0 - 2, "armed forces") || uw(c, p.u0 - 2, "military") ||
             uw(c, p.u0 - 2, "navy") || uw(c, p.u0 - 2, "air force") ||
             uw(c, p.u0 - 2, "authorities") || uw(c, p.u0 - 2, "forces"))) {
            p.u0 -= 2; /* "the Government of Rwanda": the state */
            if (p.u0 > 0 && uw(c, p.u0 - 1, "the") && c->pidx[p.u0 - 1] < 0)
                p.u0--;
        }
        if (push_party(c, &p) != AG_OK)
            return AG_ERR_NOMEM;
        for (size_t j = p.u0; j < p.u1; j++)
            c->pidx[j] = (int)c->np - 1;
        k = p.u1 - 1;
    }
    /* a possessive followed by another party qualifies it: "Iran's Qods
     * Aviation Industries", "Russia's Kursk region" */
    for (size_t i = 0; i + 1 < c->np; i++) {
        party *p = &c->P[i], *q = &c->P[i + 1];
        if (p->poss && q->u0 <= p->u1 + 2 && q->u0 >= p->u1 + 1) {
            int ok = 1;
            for (size_t k = p->u1 + 1; k < q->u0; k++)
                if ((c->U[k].flags & TK_CAP) || !(c->U[k].flags & TK_WORD) ||
                    (c->U[k].wc & ~WC_RULE_WORDS) != 0)
                    ok = 0;
            if (ok)
                p->poss = 2; /* a qualifier */
        }
    }
    return AG_OK;
}

/* ---- coordinated groups --------------------------------------------------- */

void ex_group_add(group *g, ent e)
{
    if (!ent_ok(e))
        return;
    for (int i = 0; i < g->n; i++)
        if (ent_eq(g->e[i], e))
            return;
    if (g->n < MAXG)
        g->e[g->n++] = e;
}

/* Adds the party's entity, or the companies "both companies" stands for. */
void ex_party_add(const ctx *c, group *g, const party *p)
{
    if (p->plural == 0) {
        ex_group_add(g, ex_party_ent(c, p));
        return;
    }
    for (size_t i = 0; i < c->n_companies; i++) {
        if (p->plural > 0 ? i >= (size_t)p->plural : c->companies[i].sent != c->companies[0].sent)
            break;
        ent en = c->companies[i].e;
        en.ss = en.se = 0;
        ex_group_add(g, en);
    }
    g->inferred = 1;
}

/* Is the gap between parties a and b a coordination? Returns 0 no, 1 a
 * list comma, 2 a conjunction. */
int ex_coord_link(const ctx *c, const party *a, const party *b, int allow_target_only)
{
    size_t k = a->u1;
    int conj = 0;
    size_t gap = 0;
    if (a->poss == 2 || (b->poss && !(b->poss == 1 && has(c, b->u1 + 1, WC_ORGAN))) ||
        (b->target_only && !allow_target_only) || (a->target_only && !allow_target_only))
        return 0; /* "X and India's defence ministry": the state's organ is the state */
    if (b->u0 == k + 1 && own_acronym(c, k) != 0)
        return 1; /* "the Ta'ang National Liberation Army (TNLA)": one party, the list goes on */
    if (k + 1 < b->u0 && (has(c, k, WC_ORGAN) || uw(c, k, "mercenaries")) &&
        (a->actor >= 0 || a->name >= 0))
        k++; /* "Malian soldiers and Wagner fighters", "Wagner mercenaries and" */
    if (k < b->u0 && is_punct(c, k, ')') && a->u0 > 0 && is_punct(c, a->u0 - 1, '('))
        k++; /* "the regular army (SAF) and the RSF" */
    size_t bs = b->u0; /* "X and a rebel group called Y": the description before a name */
    size_t kn = bs > 0 && uw(c, bs - 1, "the") ? bs - 1 : bs;
    if (kn >= 2 && ((uw(c, kn - 1, "as") && uw(c, kn - 2, "known")) || uw(c, kn - 1, "called"))) {
        size_t d = uw(c, kn - 1, "called") ? kn - 1 : kn - 2;
        size_t q = d;
        while (q > k && d - q < 4 && (c->U[q - 1].flags & TK_WORD) && !(c->U[q - 1].flags & TK_CAP) &&
               party_at(c, q - 1) == NULL && !uw(c, q - 1, "and") && !has(c, q - 1, WC_REL) &&
               !has(c, q - 1, WC_SAY))
            q--;
        if (q < d && q > k && uw(c, q - 1, "and"))
            bs = q;
        else if (q < d && q > k + 1 && (uw(c, q - 1, "a") || uw(c, q - 1, "an")))
            bs = q - 1;
    }
    while (k < bs) {
        if (uw(c, k, "and") || uw(c, k, "as well as") || uw(c, k, "alongside") ||
            uw(c, k, "along with") || uw(c, k, "or") || uw(c, k, "&"))
            conj = 1;
        else if (conj && (c->U[k].flags & TK_NUM) && k + 1 == bs)
            ; /* "50 Wagner mercenaries and 10 Malian soldiers" */
        else if (conj && has(c, k, WC_TITLE) && (c->U[k].flags & TK_CAP))
            ; /* "Dr X and General Y": a title before the next name */
        else if (conj && k + 1 == b->u0 && !(c->U[k].flags & TK_CAP) &&
                 (has(c, k, WC_REBEL) || uw(c, k, "paramilitary") || uw(c, k, "militant") ||
                  uw(c, k, "jihadist")))
            ; /* "the regular army (SAF) and the paramilitary RSF" */
        else if (conj && k + 1 == bs &&
                 (uw(c, k, "northern") || uw(c, k, "southern") || uw(c, k, "eastern") ||
                  uw(c, k, "western") || uw(c, k, "central") || uw(c, k, "north") ||
                  uw(c, k, "south") || uw(c, k, "east") || uw(c, k, "west")))
            ; /* "in northern Syria and northern Iraq": a part of the second place */
        else if (!(is_punct(c, k, ',') || uw(c, k, "the") || uw(c, k, "its")))
            return 0;
        k++;
        gap++;
    }
    if (gap == 0 || gap > 3)
        return 0;
    if (conj && is_punct(c, a->u1, ',') &&
        (has(c, b->u1, WC_SAY) || has(c, b->u1, WC_SUPPORT_V) || ex_is_verbish(c, b->u1)))
        return 0; /* "supplied by Iran, and Israel says" */
    if (conj && a->u0 > 0 && has(c, a->u0 - 1, WC_PREP) && !uw(c, a->u0 - 1, "of") &&
        (ex_is_verbish(c, b->u1) || has(c, b->u1, WC_SAY) ||
         ((uw(c, b->u1, "has") || uw(c, b->u1, "had") || uw(c, b->u1, "have") ||
           uw(c, b->u1, "was") || uw(c, b->u1, "is")) &&
          ex_is_verbish(c, b->u1 + 1))))
        return 0; /* "sent arms to Sudan and the UAE sent drones": a new clause */
    return conj ? 2 : 1;
}

/* The coordinated group around party pi: "X, Y and Z". A group of commas
 * alone ("Kirby, Russia") is no group. */
void ex_group_of(const ctx *c, int pi, group *g, int allow_target_only)
{
    int lo = pi, hi = pi, any_conj = 0;
    g->n = 0;
    g->inferred = c->P[pi].inferred;
    while (lo > 0) {
        int l = ex_coord_link(c, &c->P[lo - 1], &c->P[lo], allow_target_only);
        if (l == 0)
            break;
        any_conj |= l == 2;
        lo--;
    }
    while (hi + 1 < (int)c->np) {
        int l = ex_coord_link(c, &c->P[hi], &c->P[hi + 1], allow_target_only);
        if (l == 0)
            break;
        if (l == 1 && any_conj)
            break; /* "X and Y, Z said" */
        any_conj |= l == 2;
        hi++;
    }
    if (!any_conj && c->headline && hi > lo) {
        /* a headline lists by commas ("Arms Sales to Saudi Arabia, UAE"),
         * unless the last is a speaker ("..., US Says") or the subject of a
         * verb after an opening place ("In Venezuela, Russia pockets ...") */
        any_conj = !has(c, c->P[hi].u1, WC_SAY) &&
                   !(ex_is_verbish(c, c->P[hi].u1) && c->P[lo].u0 == 1 && has(c, 0, WC_PREP));
    }
    if (!any_conj)
        lo = hi = pi;
    for (int i = lo; i <= hi; i++)
        if (c->P[i].poss != 2 && (!c->P[i].target_only || allow_target_only))
            ex_party_add(c, g, &c->P[i]);
}
