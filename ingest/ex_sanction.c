/*
 * ex_sanction.c -- the sanctions family of the pattern matcher: sanctions
 * verbs ("sanctioned", "blacklisted", passive "was designated by"), nouns
 * ("sanctions on X", "the EU's latest sanctions", "under US sanctions"),
 * weak words that mean sanctions only after sanctions were mentioned
 * ("named", "listed", "the measures target"), the sanctioner remembered
 * across sentences, and "one of them, X" after a sanctions sentence.
 */
#define _POSIX_C_SOURCE 200809L
#include "extract_ctx.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#ifdef EX_DEBUG
#include <stdio.h>
#endif

static const char *const P_SANC[] = {"on", "against", "targeting", "with", "aimed at", NULL};

static int speaks(const ctx *c, const party *p);
static void object_relative(ctx *c, size_t t, group *dst, int *pron);
static int list_includes(ctx *c, size_t k, int *rc);
static int warned_of(ctx *c, size_t t, int *rc);

/* Sanctions named as a cause ("in response to US sanctions", "in
 * retaliation for ...") are another's background, not this act's. */
static int as_cause(const ctx *c, size_t t)
{
    for (size_t k = t, st = 0; k > 0 && st < 12; k--, st++) {
        if (is_boundary(c, k - 1) || is_punct(c, k - 1, ',') || ex_is_verbish(c, k - 1) ||
            ends_ing(c, k - 1) || uw(c, k - 1, "by"))
            return 0;
        if (uw(c, k - 1, "response") || uw(c, k - 1, "retaliation") || uw(c, k - 1, "reaction") ||
            uw(c, k - 1, "revenge"))
            return 1;
    }
    return 0;
}

/* Is e a person (by the dictionary or the article's own names)? */
static int person_ent(const ctx *c, ent e)
{
    if (e.actor >= 0)
        return c->d->actors[e.actor].kind == AG_PERSON;
    return e.name >= 0 && c->names.v[e.name].kind == AG_PERSON;
}

static void remember_sanctioner(ctx *c, const group *g)
{
    if (g->n > 0) {
        c->have_sanctioner = 1;
        c->sanctioner = g->e[0];
        c->sanctioner.ss = c->sanctioner.se = 0;
        c->sanction_sentence = c->sentence_no;
    }
}

/* targets of a sanctions verb: every party in the object region, except
 * places and parties after "in"/"from"/"outside"; a possessor only when
 * nothing else is there. */
/* A lower-case word in -ing: "supplying", "helping". */
static int gerund(const ctx *c, size_t k)
{
    return (c->U[k].flags & TK_WORD) && !(c->U[k].flags & TK_CAP) && ends_ing(c, k);
}

/* Does the party p, after a comma at b - 1, only describe the party before
 * it: "X, the head of Rosneft", "X, Russia's arms export agency"? */
static int appositive(const ctx *c, size_t b, const party *p)
{
    for (size_t q = b; q < p->u0; q++)
        if ((c->U[q].flags & (TK_CAP | TK_PUNCT)) || uw(c, q, "and") || uw(c, q, "or"))
            return 0;
    if (p->u0 > b) {
        /* "X, a firm controlled by the army", "X, a firm owned by Y" */
        size_t o = p->u0 - 1;
        if (o > b && uw(c, o, "the"))
            o--;
        return (uw(c, o, "of") || (o > b && (uw(c, o, "by") || uw(c, o, "to")))) &&
               (has(c, b, WC_DET) || has(c, b, WC_PERSON_ROLE));
    }
    if (p->poss != 1 || p->u1 + 1 >= c->nu)
        return 0;
    size_t q = p->u1 + 1; /* after the 's */
    return (c->U[q].flags & TK_WORD) && !(c->U[q].flags & TK_CAP) && party_at(c, q) == NULL;
}

/* After a state's possessive, an official: "Iran's central bank governor",
 * "Russia's defence minister", "Syria's top officials". */
static int state_official_after(const ctx *c, const party *p, size_t e)
{
    for (size_t q = p->u1 + 1; q < e && q < p->u1 + 5; q++) {
        if (party_at(c, q) != NULL || has(c, q, WC_PREP) || !(c->U[q].flags & TK_WORD))
            return 0;
        if (has(c, q, WC_PERSON_ROLE) || has(c, q, WC_TITLE) || uw(c, q, "governor") ||
            uw(c, q, "minister") || uw(c, q, "officials") || uw(c, q, "official") ||
            uw(c, q, "leader") || uw(c, q, "leaders") || uw(c, q, "president"))
            return 1;
    }
    return 0;
}

/* "Columbia University professors X and Y", "State Department spokesman X":
 * a body before the people's role only says where they work */
static int role_modifier(const ctx *c, const party *p)
{
    if (!(has(c, p->u1, WC_PERSON_ROLE) || uw(c, p->u1, "professor") ||
          uw(c, p->u1, "professors") || uw(c, p->u1, "researchers")))
        return 0;
    ent e = ex_party_ent(c, p);
    return !(e.actor >= 0 && c->d->actors[e.actor].kind == AG_STATE);
}

/* Does party p only qualify what follows it: "a Russia-North Korea
 * conspiracy", "Iranian drone production", "Pakistan weapons programs"?
 * Then it is no sanctions target. */
static int qualifier_only(const ctx *c, const party *p)
{
    if (p->u1 >= c->nu)
        return 0;
    if (is_punct(c, p->u1, '-') && party_at(c, p->u1 + 1) != NULL)
        return 1;
    return has(c, p->u1, WC_ITEM) && !uw(c, p->u1, "forces") && !uw(c, p->u1, "military");
}

/* "sanctions on Iranian officials", "on a Rwandan government minister":
 * the people, not their state */
static int demonym_officials(const ctx *c, const party *p, size_t e)
{
    size_t ro = p->u1; /* past "government", "army", "military", "gang" */
    if (ro + 1 < e && (uw(c, ro, "government") || uw(c, ro, "army") || uw(c, ro, "military") ||
                       uw(c, ro, "defence") || uw(c, ro, "defense") || uw(c, ro, "gang") ||
                       uw(c, ro, "cartel") || uw(c, ro, "militia") || uw(c, ro, "rebel")))
        ro++;
    int role = ro < e && (uw(c, ro, "officials") || uw(c, ro, "official") ||
                          uw(c, ro, "leaders") || uw(c, ro, "leader") || uw(c, ro, "generals") ||
                          uw(c, ro, "commanders") || uw(c, ro, "officers") ||
                          uw(c, ro, "officer") || uw(c, ro, "minister") ||
                          uw(c, ro, "ministers") || has(c, ro, WC_PERSON_ROLE) ||
                          has(c, ro, WC_TITLE));
    if (c->U[p->u0].surf == SURF_DEMONYM)
        return role;
    /* "Sudanese army chief X", "the Kremlin spokesman X", "Sudanese army
     * officers": a seat before a role names the people's state */
    return role && p->poss == 0 && !p->inferred && ent_is_state(c, ex_party_ent(c, p));
}

static void sanction_targets(ctx *c, size_t b, size_t e, group *g)
{
    group poss;
    poss.n = 0;
    poss.inferred = 0;
    g->n = 0;
    g->inferred = 0;
    poss.n = 0;
    const party *prev = NULL;
    int prev_loc = 0;
    for (size_t k = b; k < e; k++) {
        if (has(c, k, WC_REL) || uw(c, k, "over") || uw(c, k, "for") || uw(c, k, "accusing") ||
            uw(c, k, "saying") || uw(c, k, "after") || uw(c, k, "because") || has(c, k, WC_SAY))
            break;
        if (k > b && !has(c, k, WC_PREP) && party_at(c, k) == NULL &&
            (ex_is_verbish(c, k) || gerund(c, k)) && (c->U[k - 1].flags & TK_WORD) &&
            party_at(c, k - 1) == NULL && !has(c, k - 1, WC_DET))
            break; /* "sanctioned five individuals involved in supplying Iranian drones" */
        if (k > b && gerund(c, k) && party_at(c, k - 1) != NULL && party_at(c, k) == NULL &&
            !has(c, k, WC_ITEM))
            break; /* "businesses outside Russia supporting the invasion of Ukraine" */
        if (is_punct(c, k, ',') && (uw(c, k + 1, "and") || uw(c, k + 1, "but")) &&
            ((has(c, k + 2, WC_PRONOUN) && !has(c, k + 2, WC_DET)) ||
             (party_at(c, k + 2) != NULL &&
              (has(c, party_at(c, k + 2)->u1, WC_SAY) || ex_is_verbish(c, party_at(c, k + 2)->u1) ||
               has(c, party_at(c, k + 2)->u1, WC_SUPPORT_V) ||
               has(c, party_at(c, k + 2)->u1, WC_PLAN)))))
            break; /* ", and Britain said ...": a new clause */
        const party *p = party_at(c, k);
        if (p == NULL)
            continue;
        k = p->u1 - 1;
        int linked = prev != NULL && ex_coord_link(c, prev, p, 1) != 0;
        if (prev != NULL && is_punct(c, prev->u1, ',') && appositive(c, prev->u1 + 1, p)) {
            prev = p;
            continue; /* "Rosoboronexport, Russia's arms exporter", "Sechin, the head of Rosneft" */
        }
        prev = p;
        if (linked && prev_loc)
            continue; /* "in China, Turkey and the UAE" */
        prev_loc = 0;
        if (p->target_only || p->poss == 2 || role_modifier(c, p))
            continue;
        if (qualifier_only(c, p)) {
            if (is_punct(c, p->u1, '-'))
                k = party_at(c, p->u1 + 1)->u1 - 1;
            continue;
        }
        if (demonym_officials(c, p, e))
            continue;
        size_t pk = p->u0;
        while (pk > 0 && has(c, pk - 1, WC_DET))
            pk--;
        if (pk > 0 && (uw(c, pk - 1, "in") || uw(c, pk - 1, "from") || uw(c, pk - 1, "outside") ||
                       uw(c, pk - 1, "to") || uw(c, pk - 1, "into") || uw(c, pk - 1, "near") ||
                       uw(c, pk - 1, "with") || uw(c, pk - 1, "by") || uw(c, pk - 1, "across"))) {
            prev_loc = 1;
            continue;
        }
        if (p->poss == 1 && ent_is_state(c, ex_party_ent(c, p)) && state_official_after(c, p, e))
            continue; /* "sanctions on Iran's central bank governor": the person only */
        if (p->poss != 2 && ex_possessed_others(c, p, e))
            continue;
        if (p->poss == 1) {
            /* "Mali's defence minister, Colonel X": the person, not the state */
            int appo = 0;
            for (size_t q = p->u1 + 1; q < e && q < p->u1 + 6; q++) {
                if (is_punct(c, q, ',')) {
                    size_t r = q + 1;
                    while (r < c->nu && has(c, r, WC_TITLE) && party_at(c, r) == NULL)
                        r++;
                    appo = party_at(c, r) != NULL;
                    break;
                }
                if (party_at(c, q) != NULL || has(c, q, WC_PREP))
                    break;
            }
            if (appo)
                ex_party_add(c, &poss, p);
            else
                ex_party_add(c, g, p);
            continue;
        }
        if (p->actor >= 0 && c->d->actors[p->actor].kind == AG_PERSON && speaks(c, p))
            continue; /* "..., Secretary of State X announced": the speaker */
        if (p->actor >= 0 && c->d->actors[p->actor].kind == AG_PERSON) {
            /* an official sanctioned is the person, not the state he serves */
            ent self = ex_party_ent(c, p);
            self.actor = p->actor;
            ex_group_add(g, self);
            continue;
        }
        ex_party_add(c, g, p);
    }
    if (g->n == 0)
        *g = poss;
}

/* "the OFAC-sanctioned Tradive General Trading", "the M23, a US and
 * UN-sanctioned group": the sanctioner is fused to the participle; the
 * target follows, or is the party the phrase stands in apposition to. */
static int sanctioned_adj(ctx *c, size_t t, int *rc)
{
    group src, dst;
    if (t < 2 || !is_punct(c, t - 1, '-') || c->U[t - 1].s != c->U[t - 2].e ||
        c->U[t].s != c->U[t - 1].e || party_at(c, t - 2) == NULL)
        return 0;
    const party *sp = party_at(c, t - 2);
    if (sp->target_only)
        return 1;
    ex_group_of(c, c->pidx[sp->u0], &src, 0);
    dst.n = 0;
    dst.inferred = 0;
    for (size_t k = t + 1; k < c->nu && k < t + 4 && dst.n == 0; k++) {
        const party *p = party_at(c, k);
        if (p != NULL && !p->target_only && p->poss != 2)
            ex_group_add(&dst, ex_party_ent(c, p));
        else if (p != NULL || !(c->U[k].flags & TK_WORD))
            break;
    }
    if (dst.n == 0) {
        /* ", a US and UN-sanctioned group": back over the sanctioners to the comma */
        size_t k = src.n > 0 ? t - 2 : t;
        while (k > 0 &&
               (party_at(c, k - 1) != NULL || uw(c, k - 1, "and") || is_punct(c, k - 1, ',')) &&
               !(is_punct(c, k - 1, ',') && k >= 2 && (uw(c, k, "a") || uw(c, k, "an"))))
            k--;
        while (k > 0 && !is_punct(c, k - 1, ',') && (uw(c, k - 1, "a") || uw(c, k - 1, "an")))
            k--;
        if (k >= 2 && is_punct(c, k - 1, ',') && party_at(c, k - 2) != NULL &&
            !party_at(c, k - 2)->target_only)
            ex_group_add(&dst, ex_party_ent(c, party_at(c, k - 2)));
    }
    if (src.n > 0 && dst.n > 0)
        *rc = ex_emit_groups(c, AG_SANCTIONS, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.7);
    return 1;
}

/* "China hits Lockheed and Raytheon with sanctions", "the US slapped Iran
 * with fresh sanctions": the verb's subject sanctions its objects. Returns
 * 1 when the frame is there (rc set), 0 otherwise. */
static int with_sanctions(ctx *c, size_t t, int *rc)
{
    size_t w = t;
    if (w > 0 && !(c->U[w - 1].flags & TK_CAP) && !uw(c, w - 1, "with") &&
        (c->U[w - 1].flags & TK_WORD))
        w--; /* "with fresh sanctions" */
    if (w == 0 || !uw(c, w - 1, "with"))
        return 0;
    group src, dst;
    dst.n = 0;
    dst.inferred = 0;
    size_t v = w - 1;
    while (v > 0 && (party_at(c, v - 1) != NULL || uw(c, v - 1, "and") || is_punct(c, v - 1, ',') ||
                     uw(c, v - 1, "others") || uw(c, v - 1, "other") || has(c, v - 1, WC_DET))) {
        const party *p = party_at(c, v - 1);
        if (p != NULL && !p->target_only && p->poss != 2)
            ex_group_add(&dst, ex_party_ent(c, p));
        v = p != NULL ? p->u0 : v - 1;
    }
    if (dst.n == 0 || v == 0 || party_at(c, v - 1) != NULL || ex_blocked(c, v - 1) ||
        !ex_subject_of(c, v - 1, &src, NULL))
        return 0;
    *rc = ex_emit_groups(c, AG_SANCTIONS, &src, &dst,
                         ex_modality(c, v - 1) ? AG_PLANNED : AG_REPORTED, NULL, 0, 0, 0.7);
    return 1;
}

/* "the Wagner Group, which has been sanctioned": k is the unit after the
 * relative pronoun; the party before it (and its comma) is the target. */
static void rel_antecedent(ctx *c, size_t k, group *dst)
{
    if (k == 0 || !has(c, k - 1, WC_REL))
        return;
    size_t q = k - 1;
    if (q > 0 && is_punct(c, q - 1, ','))
        q--;
    const party *p = q > 0 ? party_at(c, q - 1) : NULL;
    if (p != NULL && !p->target_only && p->poss == 0)
        ex_group_of(c, c->pidx[q - 1], dst, 0);
}

/* "by the US and the UK's former Foreign Secretary X": a state's official
 * among the agents after "by" at b acts for the state (GUIDELINES), which
 * joins src. */
static void by_officials(ctx *c, size_t b, group *src)
{
    size_t e = ex_region_end(c, b, 24);
    for (size_t k = b + 1; k < e && k < c->nu; k++) {
        if (is_boundary(c, k) || has(c, k, WC_REL) || has(c, k, WC_SAY) || is_punct(c, k, ';'))
            break;
        const party *p = party_at(c, k);
        if (p == NULL)
            continue;
        k = p->u1 - 1;
        if (p->poss != 1 || p->target_only || !ent_is_state(c, ex_party_ent(c, p)))
            continue;
        size_t q = p->u1 + 1, titles = 0; /* past the 's */
        while (q < e && party_at(c, q) == NULL && (has(c, q, WC_TITLE) || uw(c, q, "former")))
            q++, titles++;
        const party *o = q < e ? party_at(c, q) : NULL;
        if (titles > 0 && o != NULL &&
            ((o->actor >= 0 && c->d->actors[o->actor].kind == AG_PERSON) ||
             person_ent(c, ex_party_ent(c, o)))) {
            ent pe = ex_party_ent(c, o);
            int n = 0;
            for (int i = 0; i < src->n; i++) /* the official is not a sanctioner of his own */
                if (!(ent_eq(src->e[i], pe) && !ent_is_state(c, pe)) &&
                    !(o->actor >= 0 && src->e[i].actor == o->actor && src->e[i].name < 0))
                    src->e[n++] = src->e[i];
            src->n = n;
            ex_party_add(c, src, p);
        }
    }
}

/* "These entities have been the target of sanctions by the US and Britain",
 * "X is a target of EU sanctions": j is where the noun's modifiers begin,
 * a the noun's last unit; the sanctioner (when src is empty) follows "by",
 * the target is the party that the target phrase is said of. */
static int target_of_by(ctx *c, size_t j, size_t a, size_t e, group *src, group *dst)
{
    size_t fv = j > 0 && party_at(c, j - 1) != NULL ? party_at(c, j - 1)->u0 : j;
    if (fv < 3 || !uw(c, fv - 1, "of") ||
        !(uw(c, fv - 2, "target") || uw(c, fv - 2, "targets") || uw(c, fv - 2, "subject")))
        return 0;
    size_t k = fv - 2;
    for (size_t st = 0; k > 0 && st < 6; st++) {
        if (uw(c, k - 1, "the") || uw(c, k - 1, "a") || uw(c, k - 1, "been") ||
            uw(c, k - 1, "have") || uw(c, k - 1, "has") || uw(c, k - 1, "had") ||
            uw(c, k - 1, "was") || uw(c, k - 1, "were") || uw(c, k - 1, "is") ||
            uw(c, k - 1, "are") || uw(c, k - 1, "already") || uw(c, k - 1, "previously") ||
            uw(c, k - 1, "also") || uw(c, k - 1, "repeatedly") || uw(c, k - 1, "become") ||
            uw(c, k - 1, "became") || uw(c, k - 1, "remain") || uw(c, k - 1, "remains") ||
            uw(c, k - 1, "long"))
            k--;
        else
            break;
    }
    if (k == fv - 2 || k == 0)
        return 0;
    const party *p = party_at(c, k - 1);
    if (p == NULL || p->target_only || p->poss)
        return 0;
    ex_group_of(c, c->pidx[k - 1], dst, 0);
    if (src->n == 0 && uw(c, a + 1, "by")) {
        size_t b = a + 2;
        if (uw(c, b, "both"))
            b++;
        ex_party_after(c, b, e, src, 0, 2);
        by_officials(c, a + 1, src);
    }
    return 1;
}

/* "X already appears on the British and Canadian sanctions lists", "X was
 * added to the US sanctions list", "Japan added X to its sanctions list":
 * the states that keep the list sanction who is on it (not "removed from"). */
static int on_list(ctx *c, size_t t, group *src, group *dst)
{
    if (!uw(c, t, "blacklist") &&
        (t + 1 >= c->nu || !(uw(c, t + 1, "list") || uw(c, t + 1, "lists"))))
        return 0;
    src->n = dst->n = 0;
    src->inferred = dst->inferred = 0;
    size_t b = t;
    int own = 0;
    while (b > 0) {
        const party *p = party_at(c, b - 1);
        if (p != NULL && !p->target_only && p->poss != 2) {
            ex_party_add(c, src, p);
            b = p->u0;
        } else if (c->U[b - 1].actor >= 0 && c->U[b - 1].surf == SURF_DEMONYM) {
            ent en = {c->U[b - 1].actor, -1, c->U[b - 1].s, c->U[b - 1].e, c->sentence_no};
            ex_group_add(src, en);
            b--;
        } else if (uw(c, b - 1, "its") || uw(c, b - 1, "their")) {
            own = 1;
            b--;
        } else if (uw(c, b - 1, "and") || is_punct(c, b - 1, ',') || uw(c, b - 1, "the") ||
                   uw(c, b - 1, "own") || uw(c, b - 1, "a")) {
            b--;
        } else {
            break;
        }
    }
    if (b < 2 || !(uw(c, b - 1, "on") || uw(c, b - 1, "to") || uw(c, b - 1, "onto")))
        return 0;
    size_t v = b - 2;
    if (v > 0 && party_at(c, v) != NULL)
        v = party_at(c, v)->u0 - 1; /* "added X to": the verb before its object */
    if (!(uw(c, v, "added") || uw(c, v, "adds") || uw(c, v, "add") || uw(c, v, "put") ||
          uw(c, v, "placed") || uw(c, v, "included") || uw(c, v, "listed") || uw(c, v, "appears") ||
          uw(c, v, "appear") || uw(c, v, "appeared") || uw(c, v, "is") || uw(c, v, "are") ||
          uw(c, v, "was") || uw(c, v, "were") || uw(c, v, "remains") || uw(c, v, "remain") ||
          uw(c, v, "named") ||
          (v > 0 && uw(c, v, "already") && (uw(c, v - 1, "is") || uw(c, v - 1, "are")))) ||
        ex_blocked(c, v))
        return 0;
    const party *obj = party_at(c, v + 1);
    group subj;
    subj.n = 0;
    if (!ex_subject_of(c, v, &subj, NULL) && v > 0 && uw(c, v - 1, "already"))
        ex_subject_of(c, v - 1, &subj, NULL);
    if (obj != NULL && !obj->target_only && !obj->poss) {
        ex_group_of(c, c->pidx[obj->u0], dst, 0); /* "Japan added X to its list" */
        if (src->n == 0 && own)
            *src = subj;
    } else {
        *dst = subj;
        size_t k = v > 0 && uw(c, v - 1, "already") ? v - 1 : v;
        const party *sp = k > 0 ? party_at(c, k - 1) : NULL;
        if (sp != NULL && sp->actor >= 0 && c->d->actors[sp->actor].kind == AG_PERSON) {
            ent self = ex_party_ent(c, sp); /* an official listed is the person */
            self.actor = sp->actor;
            dst->n = 0;
            ex_group_add(dst, self);
        }
    }
    return src->n > 0 && dst->n > 0;
}

/* A word both sanctions verb and noun ("sanctions", "ban") is a noun after
 * a determiner, an adjective of sanctions ("new", "fresh", "economic") or
 * a verb that governs it ("agreed new sanctions", "announced sanctions"). */
int ex_noun_position(const ctx *c, size_t t)
{
    static const char *const ADJ[] = {
        "new",      "additional",    "further",       "fresh",      "tough",
        "tougher",  "economic",      "financial",     "sweeping",   "latest",
        "sectoral", "targeted",      "secondary",     "unilateral", "more",
        "western",  "international", "comprehensive", "crippling",  "punitive",
        "harsh",    "harsher",       "severe",        "existing",   NULL};
    if (t == 0 || party_at(c, t - 1) != NULL)
        return 0;
    if (uw(c, t, "sanctions") && has(c, t - 1, WC_PREP))
        return 1; /* "subject to sanctions", "under sanctions" */
    if (has(c, t - 1, WC_DET) || (c->U[t - 1].flags & TK_POSS))
        return 1;
    for (size_t i = 0; ADJ[i] != NULL; i++)
        if (uw(c, t - 1, ADJ[i]))
            return 1;
    return has(c, t - 1, WC_SUPPORT_V) ||
           (ex_is_verbish(c, t - 1) && !has(c, t - 1, WC_SANCTION_V));
}

/* "a UN Security Council resolution", "the EU regulation": what speaks for
 * the party before it */
static int decree_noun(const ctx *c, size_t k)
{
    return uw(c, k, "resolution") || uw(c, k, "law") || uw(c, k, "decree") ||
           uw(c, k, "regulation") || uw(c, k, "order") || uw(c, k, "decision") ||
           uw(c, k, "directive");
}

/* "prohibiting the supply of weapons to X", "forbids exports to X": a ban */
static int prohibits(const ctx *c, size_t t)
{
    static const char *const W[] = {"prohibited", "prohibiting", "prohibits", "prohibit",
                                    "forbids",    "forbidding",  "forbade",   NULL};
    return uw_any(c, t, W);
}

/* The end of a sanctions verb's object region past the short names in
 * parentheses of its targets: "designated A Oy ("A") and B Oy ("B")". */
static size_t past_aliases(const ctx *c, size_t t, size_t e)
{
    for (int n = 0;
         n < 8 && e > 0 && e + 2 < c->nu && is_punct(c, e, '(') && party_at(c, e - 1) != NULL;
         n++) {
        size_t q = e + 1;
        if (is_punct(c, q, '"'))
            q++;
        const party *a = party_at(c, q);
        if (a == NULL)
            break;
        q = a->u1;
        if (q < c->nu && is_punct(c, q, '"'))
            q++;
        if (q + 2 >= c->nu || !is_punct(c, q, ')') ||
            !(uw(c, q + 1, "and") || (is_punct(c, q + 1, ',') && party_at(c, q + 2) != NULL)))
            break; /* not "(EANSA), the state-owned maker of ...": an apposition */
        size_t e2 = ex_region_end(c, q, 30);
        if (e2 <= q + 1 || t + 60 < e2)
            break;
        e = e2;
    }
    return e;
}

int ex_sanction_verb(ctx *c, size_t t, int weak)
{
    if ((uw(c, t, "freezing") || uw(c, t, "froze") || uw(c, t, "freeze") || uw(c, t, "freezes") ||
         uw(c, t, "frozen")) &&
        t + 2 < c->nu) {
        size_t o = has(c, t + 1, WC_DET) ? t + 2 : t + 1;
        if (uw(c, o, "agreement") || uw(c, o, "deal") || uw(c, o, "talks") ||
            uw(c, o, "cooperation") || uw(c, o, "relations") || uw(c, o, "negotiations") ||
            uw(c, o, "plans") || uw(c, o, "project"))
            return AG_OK; /* "Sudan was freezing the agreement on a base": no sanction */
    }
    if (t > 0 && uw(c, t - 1, "assets") && (uw(c, t, "frozen") || uw(c, t, "freeze")))
        return ex_assets_frozen(c, t); /* "have their assets frozen": the subject is the target */
    int wrc = AG_OK;
    if (!weak && (uw(c, t, "sanction") || uw(c, t, "sanctions")) && warned_of(c, t, &wrc))
        return wrc; /* "warned India of sanction": the noun */
    group src, dst;
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    size_t e = ex_region_end(c, t, 30);
    if (!weak)
        e = past_aliases(c, t, e);
    int status = 0, rc = AG_OK;
    if (ex_blocked(c, t))
        return AG_OK;
    if (weak && !c->sanction_context)
        return AG_OK;
    if (sanctioned_adj(c, t, &rc))
        return rc;
    if (uw(c, t, "sanctioned") && t > 0 && t + 1 < c->nu &&
        (has(c, t - 1, WC_PREP) || (c->U[t - 1].flags & TK_POSS)) &&
        (c->U[t + 1].flags & TK_WORD) && !(c->U[t + 1].flags & TK_CAP) &&
        party_at(c, t + 1) == NULL && !has(c, t + 1, WC_PREP) && !has(c, t + 1, WC_DET) &&
        !has(c, t + 1, WC_SAY) && !ex_is_verbish(c, t + 1)) {
        c->sanction_context = 1; /* "procurement of sanctioned goods": an adjective */
        return AG_OK;
    }
    int mod = ex_modality(c, t);
    status = mod ? 1 : 0;
#ifdef EX_DEBUG
    if (getenv("EXD"))
        fprintf(stderr, "sanction_verb t=%zu weak=%d\n", t, weak);
#endif
    src.n = dst.n = 0;
    size_t by_at;
    int by = ex_find_by(c, t, e, &src, &by_at);
    for (size_t k = t + 1; by && k < by_at; k++)
        if (ex_is_verbish(c, k) || (party_at(c, k) != NULL && !ex_is_passive(c, t)))
            by = 0; /* "restricts trade with firms tied to drones used by Russia": not its agent */
    if (!by)
        src.n = 0;
    if (by)
        by_officials(c, by_at, &src);
    if (by) {
        /* "designated ... by the United States": the subject is the target */
        size_t k = t;
        while (k > 0 && !is_boundary(c, k - 1) && !has(c, k - 1, WC_SAY) &&
               !(has(c, k - 1, WC_REL) && !(k > 1 && uw(c, k - 2, "of"))))
            k--; /* not past "X, which", but past "both of which" */
        sanction_targets(c, k, t, &dst);
        if (dst.n == 0)
            rel_antecedent(c, k, &dst);
        const party *first = NULL;
        for (size_t q = k; q < t && first == NULL; q++)
            first = party_at(c, q);
        if (dst.n > 1 && !(first != NULL && first->plural != 0)) {
            /* the first party is the subject; appositions follow (not
             * "these entities", which stands for several) */
            dst.n = 1;
        }
    } else if (ex_is_passive(c, t) || (t > 0 && uw(c, t - 1, "those"))) {
        size_t k = t;
        while (k > 0 && !is_boundary(c, k - 1) && !has(c, k - 1, WC_SAY) &&
               !(has(c, k - 1, WC_REL) && !(k > 1 && uw(c, k - 2, "of"))))
            k--; /* not past "X, which", but past "both of which" */
        sanction_targets(c, k, t, &dst);
        if (dst.n == 0)
            rel_antecedent(c, k, &dst);
        if (dst.n == 0)
            sanction_targets(c, t + 1, e, &dst);
        if (c->have_sanctioner) {
            ex_group_add(&src, c->sanctioner);
            src.inferred = 1;
        } else if (k > 0 && has(c, k - 1, WC_SAY)) {
            ex_subject_of(c, k - 1, &src, NULL);
        }
        if (src.n == 0)
            ex_speaker_state(c, &src); /* "... have been sanctioned, the UK government said" */
        for (size_t q = t + 1; src.n == 0 && q + 2 < c->nu && q < t + 6; q++) {
            if (!is_punct(c, q, ','))
                continue;
            /* "... were sanctioned, the British government said on Friday" */
            size_t a = uw(c, q + 1, "the") ? q + 2 : q + 1;
            const party *p = party_at(c, a);
            size_t v = p != NULL && has(c, p->u1, WC_ORGAN) ? p->u1 + 1 : p != NULL ? p->u1 : 0;
            if (p != NULL && !p->target_only && !p->poss &&
                (has(c, v, WC_SAY) || uw(c, v, "announced") || uw(c, v, "announces")))
                ex_group_of(c, c->pidx[a], &src, 0);
            break;
        }
    } else {
        if (weak && uw(c, t, "targeting") && c->have_sanctioner) {
            /* "imposed sanctions on X, targeting its officials": the sanctioner */
            ex_group_add(&src, c->sanctioner);
            src.inferred = 1;
        } else {
            ex_subject_of(c, t, &src, NULL);
            if (src.n == 0 && t >= 2 && decree_noun(c, t - 1) && party_at(c, t - 2) != NULL)
                ex_party_add(c, &src, party_at(c, t - 2)); /* "a UN resolution banning" */
        }
        int party_before = 0;
        for (size_t k = 0; k < t; k++)
            if (party_at(c, k) != NULL)
                party_before = 1;
        if (src.n == 0 && c->have_sanctioner && (weak || t < 4 || !party_before)) {
            /* "The measures target X": the last sanctioner */
            ex_group_add(&src, c->sanctioner);
            src.inferred = 1;
        }
        if (uw(c, t, "suspended trade") || uw(c, t, "banned") || uw(c, t, "ban") ||
            uw(c, t, "bans") || prohibits(c, t)) {
            ex_find_prep(c, t, e, P_SANC, &dst, 0, 4);
            for (size_t k = t + 1; k < e && k < t + 7 && dst.n == 0; k++)
                if (uw(c, k, "imports") || uw(c, k, "exports") || uw(c, k, "goods") ||
                    uw(c, k, "products") || uw(c, k, "sales") || uw(c, k, "arms sales") ||
                    uw(c, k, "deliveries") || uw(c, k, "shipments") || uw(c, k, "export") ||
                    has(c, k, WC_SUPPLY_NOUN)) { /* "banned arms sales to Riyadh" */
                    static const char *const P_ORIG[] = {"from", "in", "to", NULL};
                    ex_find_prep(c, k, e, P_ORIG, &dst, 0, 2);
                }
        }
        if (dst.n == 0)
            sanction_targets(c, t + 1, e, &dst);
        int pron = 0;
        if (dst.n == 0 && !weak)
            object_relative(c, t, &dst, &pron);
        if (dst.n > 0 && pron && c->have_sanctioner) {
            src.n = 0; /* "which it designated": the article's sanctioner */
            ex_group_add(&src, c->sanctioner);
            src.inferred = 1;
        }
        for (size_t k = e; dst.n == 0 && k + 1 < c->nu; k++)
            if (is_punct(c, k, ',') && uw(c, k + 1, "including")) {
                /* "sanctioned two companies it said were helping Russia, including
                 * Atlas Trading": the named ones */
                sanction_targets(c, k + 2, c->nu, &dst);
                break;
            }
    }
    if (weak && src.n > 0 && !src.inferred && person_ent(c, src.e[0]))
        src.n = 0; /* "X, identified as a broker": a weak word with a person as subject */
    remember_sanctioner(c, &src);
    c->sanction_context = 1;
    if (src.n > 0 && dst.n > 0)
        rc = ex_emit_groups(c, AG_SANCTIONS, &src, &dst, status, NULL, 0, 0, weak ? 0.6 : 0.8);
    return rc;
}

/* "X and Y will also have their assets frozen": X and Y are sanctioned, by
 * the state that says so or the article's sanctioner. */
int ex_assets_frozen(ctx *c, size_t t)
{
    if (t < 3 || !uw(c, t - 1, "assets") || ex_blocked(c, t) || c->question)
        return AG_OK;
    size_t h = t - 2;
    if (uw(c, h, "its") || uw(c, h, "their") || uw(c, h, "his") || uw(c, h, "her"))
        h--;
    if (!(uw(c, h, "have") || uw(c, h, "has") || uw(c, h, "had")))
        return AG_OK;
    group src, dst;
    src.n = 0;
    src.inferred = 0;
    if (!ex_subject_of(c, h, &dst, NULL) || dst.n == 0)
        return AG_OK;
    ex_speaker_state(c, &src);
    if (src.n == 0 && c->have_sanctioner) {
        ex_group_add(&src, c->sanctioner);
        src.inferred = 1;
    }
    if (src.n == 0)
        return AG_OK;
    c->sanction_context = 1;
    return ex_emit_groups(c, AG_SANCTIONS, &src, &dst, ex_modality(c, h) ? AG_PLANNED : AG_REPORTED,
                          NULL, 0, 0, 0.7);
}

/* Drops from g the targets that only qualify a weapon or a compound. */
static void drop_modifiers(const ctx *c, group *g)
{
    int n = 0;
    for (int i = 0; i < g->n; i++) {
        const party *p = NULL;
        for (size_t k = 0; k < c->nu && p == NULL && g->e[i].ss != g->e[i].se; k++)
            if (party_at(c, k) != NULL && party_at(c, k)->u0 == k && c->U[k].s == g->e[i].ss)
                p = party_at(c, k);
        if (p == NULL || p->poss != 0 || (!qualifier_only(c, p) && !demonym_officials(c, p, c->nu)))
            g->e[n++] = g->e[i];
    }
    g->n = n;
}

/* Verbs of breaking an embargo: "violated", "breached", "flouted". */
static const char *const BREAK[] = {"violated", "violating", "violates", "violate",
                                    "breached", "breaching", "breaches", "breach",
                                    "flouted",  "flouting",  "broke",    "breaking", NULL};

/* The gerund after "by" at b, past adverbs ("by directly or indirectly
 * providing"), or 0. */
static size_t by_gerund(const ctx *c, size_t b)
{
    if (b >= c->nu || !uw(c, b, "by"))
        return 0;
    for (size_t k = b + 1; k < c->nu && k < b + 6; k++) {
        if (ends_ing(c, k))
            return k;
        size_t n = c->U[k].e - c->U[k].s;
        if (!(uw(c, k, "or") || uw(c, k, "and") ||
              ((c->U[k].flags & TK_WORD) && !(c->U[k].flags & TK_CAP) && n > 3 &&
               c->s[c->U[k].e - 2] == 'l' && c->s[c->U[k].e - 1] == 'y')))
            return 0;
    }
    return 0;
}

/* "Russia and China violated the Darfur arms embargo", "the UAE breached
 * the UN arms embargo on Libya": who breaks an embargo arms its target (a
 * role in supplying it), and is not the one who imposed it. The imposer
 * named before the noun ("a UN arms embargo") still sanctions the target.
 * Returns 1 when the noun is not broken here (or a supply verb says how:
 * "violated the embargo by shipping rifles to X" is the verb's; "by
 * letting weapons into X" is the breach's). */
static int embargo_breach(ctx *c, size_t t, size_t a, const group *on)
{
    size_t v = t, o = t > 0 && uw(c, t - 1, "arms") ? t - 1 : t;
    int broken = 0;
    for (size_t st = 0; v > 0 && st < 6 && !broken; st++) {
        v--;
        broken = uw_any(c, v, BREAK);
        if (!broken && (party_at(c, v) != NULL && !(o > 0 && v == o - 1) &&
                        party_at(c, v)->u1 != o))
            break;
    }
    if (!broken || ex_blocked(c, v) || c->question || c->has_cond)
        return 1;
    if (a + 2 < c->nu && uw(c, a + 1, "by") && ends_ing(c, a + 2) && has(c, a + 2, WC_SUPPLY))
        return 1; /* "by providing missiles to X": the verb's own edge */
    group breakers, target, imposer;
    target.n = imposer.n = 0;
    target.inferred = imposer.inferred = 0;
    if (!ex_subject_of(c, v, &breakers, NULL) || breakers.n == 0)
        return 1;
    if (on->n > 0)
        target = *on;
    const party *m = o > 0 ? party_at(c, o - 1) : NULL;
    if (m != NULL && m->poss != 2) {
        group mg;
        ex_group_of(c, c->pidx[m->u0], &mg, 1);
        if (mg.n > 0 && ent_is_state(c, mg.e[0]) && target.n == 0)
            target = mg; /* "the Darfur arms embargo", "Libya's arms embargo" */
        else if (mg.n > 0 && !ent_is_state(c, mg.e[0]))
            imposer = mg; /* "a UN arms embargo" */
    }
    if (target.n == 0)
        return AG_OK; /* no target named: nothing the breach says for sure */
    for (int i = 0; i < breakers.n; i++)
        for (int j = 0; j < target.n; j++)
            if (ent_eq(breakers.e[i], target.e[j]))
                return AG_OK; /* "Iran violated the embargo on Iran" */
    int status = ex_modality(c, v) ? AG_PLANNED : AG_REPORTED;
    size_t e = ex_region_end(c, a, 12);
    int rc = AG_OK;
    if (imposer.n > 0)
        rc = ex_emit_groups(c, AG_SANCTIONS, &imposer, &target, AG_REPORTED, NULL, 0, 0, 0.7);
    if (rc == AG_OK)
        rc = ex_emit_groups(c, AG_SUPPLIES, &breakers, &target, status, NULL, v, e, 0.6);
    return rc;
}

/* "the designations of A and B": the listed ones follow "of"; with no
 * sanctioner named, the article's last one made them */
static int designation(const ctx *c, size_t t)
{
    return uw(c, t, "designation") || uw(c, t, "designations") ||
           uw(c, t, "sanctions designations");
}

/* "Washington placed M23 leaders under sanctions": the verb's subject
 * sanctions its object. Returns 1 when the noun is not so governed. */
static int placed_under(ctx *c, size_t t)
{
    static const char *const PUT[] = {"placed", "places", "placing", "place", "put",
                                      "puts",   "putting", NULL};
    if (t < 3 || !uw(c, t - 1, "under"))
        return 1;
    size_t v = t - 1;
    while (v > 0 && t - v < 8 && !uw_any(c, v - 1, PUT) && !is_boundary(c, v - 1) &&
           !has(c, v - 1, WC_REL))
        v--;
    if (v == 0 || !uw_any(c, v - 1, PUT) || ex_blocked(c, v - 1))
        return 1;
    v--;
    group src, dst;
    if (!ex_party_after(c, v + 1, t - 1, &dst, 0, 3) || dst.n == 0 ||
        !ex_subject_of(c, v, &src, NULL) || src.n == 0)
        return 1;
    return ex_emit_groups(c, AG_SANCTIONS, &src, &dst, ex_modality(c, v) ? AG_PLANNED : AG_REPORTED,
                          NULL, 0, 0, 0.7);
}

/* "These penalties were announced together by London and its allies of the
 * Y Forum, which include A, B and C": the agents of the article's
 * measures (and the states listed as the partners) sanction the targets
 * of the article's first sanctions sentence, its announcement. Returns 1
 * when the frame is there (rc set), 0 otherwise. */
static int joint_measures(ctx *c, size_t t, int *rc)
{
    static const char *const BE[] = {"were", "was", "have", "had", "are", "is", NULL};
    static const char *const ADV[] = {"been", "jointly", "also", "together", NULL};
    static const char *const DID[] = {"imposed", "announced",   "issued", "adopted",
                                      "taken",   "coordinated", NULL};
    if (t == 0 || !c->have_sanctioner || !(uw(c, t - 1, "the") || uw(c, t - 1, "these")) ||
        t + 3 >= c->nu || !uw_any(c, t + 1, BE))
        return 0;
    size_t k = t + 2;
    while (k < c->nu && k < t + 4 && uw_any(c, k, ADV))
        k++;
    if (k >= c->nu || !uw_any(c, k, DID))
        return 0;
    for (size_t q = k + 1; q < c->nu && q < k + 3 && uw_any(c, q, ADV); q++)
        k = q;
    if (k + 2 >= c->nu || !uw(c, k + 1, "by") || ex_blocked(c, t))
        return 0;
    group src, dst;
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    size_t e = ex_region_end(c, k + 1, 30);
    if (!ex_party_after(c, k + 2, e, &src, 0, 1) || src.n == 0)
        return 0;
    for (size_t q = k + 2; q + 1 < c->nu && q < k + 24; q++) {
        /* "its partners in the X Center, which include A, B and C" */
        if (!((uw(c, q, "which") && (uw(c, q + 1, "include") || uw(c, q + 1, "includes"))) ||
              uw(c, q, "including") || uw(c, q, "namely")))
            continue;
        int partners = 0;
        for (size_t r = k + 2; r < q; r++)
            partners |= uw(c, r, "partners") || uw(c, r, "allies") || uw(c, r, "members");
        group more;
        size_t b = uw(c, q, "which") ? q + 2 : q + 1;
        if (partners && ex_party_after(c, b, ex_region_end(c, b, 30), &more, 0, 1))
            for (int i = 0; i < more.n; i++)
                if (ent_is_state(c, more.e[i]))
                    ex_group_add(&src, more.e[i]);
        break;
    }
    size_t first = c->sentence_no;
    for (size_t i = 0; i < c->nfe; i++)
        if (c->fe[i].type == AG_SANCTIONS && ent_eq(c->fe[i].src, c->sanctioner) &&
            c->fe[i].sentence < first)
            first = c->fe[i].sentence;
    for (size_t i = 0; i < c->nfe; i++)
        if (c->fe[i].type == AG_SANCTIONS && ent_eq(c->fe[i].src, c->sanctioner) &&
            c->fe[i].sentence == first && !ent_is_state(c, c->fe[i].dst))
            ex_group_add(&dst, c->fe[i].dst);
    dst.inferred = 1;
    *rc = dst.n > 0 ? ex_emit_groups(c, AG_SANCTIONS, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.6)
                    : AG_OK;
    return 1;
}

/* "warned India of sanctions", "threatened X with possible sanctions under
 * the Y Act", "warned India for CAATSA sanction": a threat of sanctions
 * on the verb's object by its subject (planned). Returns 1 when the frame
 * is there (rc set), 0 otherwise. */
static int warned_of(ctx *c, size_t t, int *rc)
{
    static const char *const WARN[] = {"warned",   "warns",       "warn",
                                       "warning",  "threatened",  "threatens",
                                       "threaten", "threatening", NULL};
    size_t w = t;
    while (w > 0 && t - w < 12 &&
           !(uw(c, w - 1, "of") || uw(c, w - 1, "for") || uw(c, w - 1, "with"))) {
        w--;
        const party *n = party_at(c, w);
        if (n != NULL && !ent_is_state(c, ex_party_ent(c, n))) {
            w = n->u0; /* "for CAATSA sanction": the law's name */
            continue;
        }
        if (c->s[c->U[w].s] >= 'A' && c->s[c->U[w].s] <= 'Z' && ex_unit_state(c, w) < 0)
            continue; /* "for Countering America's Adversaries Through Sanctions Act" */
        if (is_boundary(c, w) || has(c, w, WC_REL) || has(c, w, WC_SAY) || ex_is_verbish(c, w) ||
            (c->U[w].flags & TK_PUNCT) || ex_unit_state(c, w) >= 0)
            return 0;
    }
    if (w < 3)
        return 0;
    const party *p = party_at(c, w - 2);
    if (p == NULL || p->target_only || p->poss || p->u0 == 0 || !uw_any(c, p->u0 - 1, WARN) ||
        ex_blocked(c, p->u0 - 1))
        return 0;
    group src, dst;
    dst.n = 0;
    dst.inferred = 0;
    if (!ex_subject_of(c, p->u0 - 1, &src, NULL) || src.n == 0)
        return 0;
    ex_group_of(c, c->pidx[p->u0], &dst, 0);
    *rc = dst.n > 0 ? ex_emit_groups(c, AG_SANCTIONS, &src, &dst, AG_PLANNED, NULL, 0, 0, 0.7)
                    : AG_OK;
    remember_sanctioner(c, &src);
    c->sanction_context = 1;
    return 1;
}

/* "Tehran launched a satellite in defiance of EU and global sanctions",
 * "X sells oil abroad while circumventing U.S. and UN sanctions": who
 * defies or evades the sanctions of the owners named
 * before the noun is their target (the clause's subject). Returns 1 when
 * the frame is there (rc set), 0 otherwise. */
static int defied(ctx *c, size_t t, int *rc)
{
    static const char *const EVADE[] = {
        "defying",     "defied",     "defies",   "defy",          "evading",
        "evaded",      "evades",     "evade",    "circumventing", "circumvented",
        "circumvents", "circumvent", "skirting", "skirted",       NULL};
    static const char *const ADJ[] = {"international", "western", "existing",
                                      "multilateral",  "global",  NULL};
    group src, dst;
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    size_t k = t;
    while (k > 0 && t - k < 10) {
        const party *p = party_at(c, k - 1);
        if (p != NULL && !p->target_only && p->poss != 2) {
            ex_party_add(c, &src, p);
            k = p->u0;
        } else if (uw(c, k - 1, "and") || is_punct(c, k - 1, ',') || uw_any(c, k - 1, ADJ)) {
            k--;
        } else {
            break;
        }
    }
    if (src.n == 0 || k < 2)
        return 0;
    if (uw(c, k - 1, "the"))
        k--;
    size_t v;
    if (uw_any(c, k - 1, EVADE))
        v = k - 1;
    else if (k >= 3 && uw(c, k - 1, "of") && uw(c, k - 2, "defiance") && uw(c, k - 3, "in"))
        v = k - 3;
    else
        return 0;
    if (ex_blocked(c, v) || !ex_subject_of(c, v, &dst, NULL) || dst.n == 0)
        return 0;
    for (int i = 0; i < src.n; i++)
        for (int j = 0; j < dst.n; j++)
            if (ent_eq(src.e[i], dst.e[j]))
                return 0;
    c->sanction_context = 1;
    *rc = ex_emit_groups(c, AG_SANCTIONS, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.6);
    return 1;
}

int ex_sanction_noun(ctx *c, size_t t)
{
    int wrc = AG_OK;
    if (defied(c, t, &wrc))
        return wrc;
    if (warned_of(c, t, &wrc))
        return wrc;
    if (joint_measures(c, t, &wrc))
        return wrc;
    if (with_sanctions(c, t, &wrc))
        return wrc;
    if ((wrc = placed_under(c, t)) != 1)
        return wrc;
    group src, dst;
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    /* "restrictive measures (sanctions) against X": past a short aside */
    size_t a = t;
    if (is_punct(c, t + 1, '('))
        for (size_t k = t + 2; k < c->nu && k < t + 7; k++)
            if (is_punct(c, k, ')')) {
                a = k;
                break;
            }
    size_t e = ex_region_end(c, a, 12);
    int status = 0;
    if (ex_blocked(c, t))
        return AG_OK;
    src.n = dst.n = 0;
    src.inferred = dst.inferred = 0;
    int weak = has(c, t, WC_SANCTION_WEAK) && !has(c, t, WC_SANCTION_N);
    if (weak && !c->sanction_context)
        return AG_OK;
    /* target: "sanctions on X", "package of sanctions against X" */
    for (size_t k = a + 1; k < e && k < a + 6 && dst.n == 0; k++) {
        if (uw(c, k, "on") || uw(c, k, "against") || uw(c, k, "targeting") || uw(c, k, "with") ||
            uw(c, k, "aimed at") || (k == a + 1 && uw(c, k, "of") && designation(c, t)) ||
            ((uw(c, k, "in") || uw(c, k, "for")) &&
             (uw(c, t, "arms embargo") || uw(c, t, "embargo")))) { /* "the embargo in Libya" */
            size_t q = k + 1;
            while (q < e && q < k + 4 && !has(c, q, WC_SUPPLY_NOUN) && !has(c, q, WC_BUY) &&
                   party_at(c, q) == NULL)
                q++;
            if (q + 1 < e && (has(c, q, WC_SUPPLY_NOUN) || has(c, q, WC_BUY)) &&
                (uw(c, q + 1, "to") || uw(c, q + 1, "from")) &&
                ex_party_after(c, q + 2, e, &dst, 0, 2))
                break; /* "a ban on arms sales to Israel", "an embargo on imports from X" */
            size_t g0 = uw(c, k + 1, "the") ? k + 2 : k + 1;
            if (g0 + 1 < e &&
                (has(c, g0, WC_GROUP_ORG) || has(c, g0, WC_GROUP_PERSON) || has(c, g0, WC_COREF)) &&
                is_punct(c, g0 + 1, ',') && party_at(c, g0) == NULL &&
                ex_party_after(c, g0 + 2, ex_region_end(c, g0 + 1, 16), &dst, 0, 0))
                break; /* "on the companies, A, B and C" */
            if (!ex_party_after(c, k + 1, e, &dst, 0, 3)) {
                /* "the sanctions the council imposed on X": the target comes later */
                break;
            }
            drop_modifiers(c, &dst);
        }
    }
    if (dst.n == 0 && (uw(c, t, "embargo") || uw(c, t, "arms embargo") || uw(c, t, "sanctions"))) {
        /* "Iran violated a UN arms embargo by providing missiles to the
         * Houthis": the embargo is on the one the gerund supplies */
        int broken = 0;
        for (size_t k = t, st = 0; k > 0 && st < 5 && !broken; k--, st++)
            broken = uw_any(c, k - 1, BREAK);
        size_t b = a + 1, o = t > 0 && uw(c, t - 1, "arms") ? t - 1 : t;
        broken = broken && o > 0 && party_at(c, o - 1) != NULL; /* whose embargo: "a UN ..." */
        size_t g = broken ? by_gerund(c, b) : 0;
        if (g > 0)
            for (size_t k = g + 1; k + 1 < c->nu && k < g + 11 && dst.n == 0; k++) {
                if (is_boundary(c, k) || has(c, k, WC_REL))
                    break;
                if (uw(c, k, "to") || uw(c, k, "into"))
                    ex_party_after(c, k + 1, ex_region_end(c, k, 6), &dst, 0, 2);
            }
    }
    if (uw(c, t, "embargo") || uw(c, t, "arms embargo")) {
        int rc2 = embargo_breach(c, t, a, &dst);
        if (rc2 != 1)
            return rc2;
    }
    int imposed_later = 0;
    for (size_t k = a + 1; dst.n == 0 && k + 2 < c->nu && k < a + 16; k++) {
        /* "Further sanctions, a travel ban and an asset freeze, will be
         * imposed on X": past an aside that lists the measures */
        if (is_boundary(c, k) || has(c, k, WC_REL) || has(c, k, WC_SAY))
            break;
        if ((uw(c, k, "imposed") || uw(c, k, "levied") || uw(c, k, "placed")) &&
            (uw(c, k - 1, "be") || uw(c, k - 1, "been")) && uw(c, k + 1, "on")) {
            imposed_later = ex_party_after(c, k + 2, ex_region_end(c, k + 1, 12), &dst, 0, 3);
            break;
        }
    }
    /* source: modifier or possessor right before the noun */
    size_t j = t;
    while (j > 0 && (uw(c, j - 1, "new") || uw(c, j - 1, "additional") || uw(c, j - 1, "further") ||
                     uw(c, j - 1, "its") || uw(c, j - 1, "their") || (c->U[j - 1].flags & TK_NUM) ||
                     uw(c, j - 1, "arms") || uw(c, j - 1, "sweeping") || uw(c, j - 1, "tough") ||
                     uw(c, j - 1, "economic") || uw(c, j - 1, "financial") ||
                     uw(c, j - 1, "latest") || uw(c, j - 1, "fresh") || uw(c, j - 1, "tougher") ||
                     uw(c, j - 1, "sectoral") || uw(c, j - 1, "targeted") ||
                     uw(c, j - 1, "comprehensive") || uw(c, j - 1, "crippling") ||
                     uw(c, j - 1, "punitive") || uw(c, j - 1, "harsh") || uw(c, j - 1, "severe")))
        j--;
    if (j > 1 && (c->U[j - 1].flags & TK_POSS) && party_at(c, j - 1) == NULL &&
        party_at(c, j - 2) != NULL)
        j--; /* "the EU's latest sanctions" */
    if (j > 0 && party_at(c, j - 1) != NULL && !party_at(c, j - 1)->target_only) {
        ex_group_of(c, c->pidx[j - 1], &src, 0);
    } else if (j > 0 && (uw(c, j - 1, "our") || uw(c, j - 1, "we"))) {
        ex_speaker_state(c, &src); /* said by an official: the speaker's state */
    }
    size_t fv = j > 0 && party_at(c, j - 1) != NULL ? party_at(c, j - 1)->u0 : j;
    while (fv > 0 && j - fv < 5 &&
           (uw(c, fv - 1, "similar") || uw(c, fv - 1, "the") || uw(c, fv - 1, "possible") ||
            uw(c, fv - 1, "more") || uw(c, fv - 1, "new") || uw(c, fv - 1, "further") ||
            uw(c, fv - 1, "additional") || uw(c, fv - 1, "tougher")))
        fv--;
    if (fv > 0 && dst.n == 0 &&
        (uw(c, fv - 1, "face") || uw(c, fv - 1, "faces") || uw(c, fv - 1, "facing"))) {
        /* "India could face similar penalties, US officials have warned";
         * not "banks that help Russia face" */
        size_t q = fv - 1;
        int modal = !uw(c, q, "facing");
        while (q > 0 && (uw(c, q - 1, "could") || uw(c, q - 1, "may") || uw(c, q - 1, "might") ||
                         uw(c, q - 1, "would") || uw(c, q - 1, "will") || uw(c, q - 1, "now") ||
                         uw(c, q - 1, "also") || uw(c, q - 1, "already") ||
                         (!modal && (uw(c, q - 1, "is") || uw(c, q - 1, "are") ||
                                     uw(c, q - 1, "was") || uw(c, q - 1, "were"))))) {
            modal |= !(uw(c, q - 1, "now") || uw(c, q - 1, "also") || uw(c, q - 1, "already") ||
                       uw(c, q - 1, "is") || uw(c, q - 1, "are") || uw(c, q - 1, "was") ||
                       uw(c, q - 1, "were"));
            q--; /* "X is also facing sanctions": the sanctions of the article */
        }
        const party *p = q > 0 ? party_at(c, q - 1) : NULL;
        if (p != NULL && !p->target_only && !p->poss &&
            !(p->u0 > 0 && (ex_is_verbish(c, p->u0 - 1) || has(c, p->u0 - 1, WC_PREP))))
            ex_group_of(c, c->pidx[q - 1], &dst, 0);
        else if (q > 0 && is_punct(c, q - 1, ','))
            ex_subject_of(c, fv - 1, &dst, NULL); /* "India, which agreed ..., could face" */
        if (src.n == 0)
            ex_speaker_state(c, &src);
        if (src.n == 0 && c->have_sanctioner) {
            ex_group_add(&src, c->sanctioner);
            src.inferred = 1;
        }
        status = modal; /* threatened ("could face"), or borne ("is facing") */
    }
    group lsrc, ldst;
    if (on_list(c, t, &lsrc, &ldst))
        return ex_emit_groups(c, AG_SANCTIONS, &lsrc, &ldst, AG_REPORTED, NULL, 0, 0, 0.7);
    if (dst.n == 0 && target_of_by(c, j, a, e, &src, &dst) && src.n > 0 && dst.n > 0)
        return ex_emit_groups(c, AG_SANCTIONS, &src, &dst,
                              ex_modality(c, t) ? AG_PLANNED : AG_REPORTED, NULL, 0, 0, 0.7);
    if (src.n == 0 && dst.n > 0 &&
        (uw(c, a + 1, "imposed") || uw(c, a + 1, "levied") || uw(c, a + 1, "introduced") ||
         uw(c, a + 1, "adopted") || uw(c, a + 1, "enforced"))) {
        /* "the sanctions imposed on Iran by the EU" */
        group by;
        if (ex_find_by(c, a + 1, e, &by, NULL))
            src = by;
    }
    if (src.n == 0) {
        /* "sanctions the organization has imposed on X": a party right after;
         * "sanctions that the regional body ECOWAS has imposed on X" */
        size_t k = t + 1;
        if (uw(c, k, "that") || uw(c, k, "which"))
            k++;
        const party *p = party_at(c, k);
        for (size_t q = k; p == NULL && q < k + 4 && q < c->nu && (c->U[q].flags & TK_WORD) &&
                           !(c->U[q].flags & TK_CAP) && !ex_is_verbish(c, q) && !has(c, q, WC_PREP);
             q++)
            p = party_at(c, q + 1); /* past "the regional organization" */
        if (p != NULL && !p->target_only &&
            (uw(c, p->u1, "has") || uw(c, p->u1, "had") || uw(c, p->u1, "imposed") ||
             uw(c, p->u1, "have"))) {
            ex_group_of(c, c->pidx[p->u0], &src, 0);
            for (size_t q = p->u1; q < p->u1 + 6 && q < c->nu && dst.n == 0; q++)
                if (uw(c, q, "on") || uw(c, q, "against"))
                    ex_party_after(c, q + 1, c->nu, &dst, 0, 3);
        }
    }
    int supported = 0;
    for (size_t k = t, st = 0; k > 0 && st < 6; k--, st++) {
        if (is_boundary(c, k - 1) || party_at(c, k - 1) != NULL ||
            ((uw(c, k - 1, "to") || uw(c, k - 1, "under")) && k - 1 + 3 >= t))
            break; /* "has been subject to sanctions": no one imposes them here */
        if (has(c, k - 1, WC_SUPPORT_V) || ex_is_verbish(c, k - 1) ||
            (has(c, k - 1, WC_PLAN) && ends_ed(c, k - 1)))
            supported = 1; /* "imposed sanctions", "agreed new sanctions" */
    }
    if (src.n == 0 && designation(c, t) && dst.n > 0)
        ex_find_by(c, a, e, &src, NULL);                      /* "the designation of X by the US" */
    int definite = j > 0 && uw(c, j - 1, "the") && dst.n > 0; /* "the sanctions on X" */
    if (src.n == 0) {
        if ((!supported || !ex_subject_of(c, t, &src, NULL)) &&
            (weak || (designation(c, t) && dst.n > 0) || definite) && c->have_sanctioner) {
            ex_group_add(&src, c->sanctioner);
            src.inferred = 1;
        }
    }
    /* "under US and European Union sanctions": the subject is the target */
    size_t m = j;
    while (m > 0 && (party_at(c, m - 1) != NULL || uw(c, m - 1, "and") || is_punct(c, m - 1, ',')))
        m--;
    if (m > 0 && (uw(c, m - 1, "a") || uw(c, m - 1, "an") || uw(c, m - 1, "the")))
        m--; /* "was under a UN arms embargo", "subject to the EU's sanctions" */
    while (m > 0 && (uw(c, m - 1, "already") || uw(c, m - 1, "also") || uw(c, m - 1, "now") ||
                     uw(c, m - 1, "still")))
        m--;
    /* "X is subject to sanctions by the United States" */
    int subject_to = m >= 2 && m <= j && uw(c, m - 1, "to") && uw(c, m - 2, "subject");
    int by = 0;
    if (dst.n == 0 && src.n == 0 && m > 0 && (subject_to || uw(c, m - 1, "under")))
        by = ex_find_by(c, a, e, &src, NULL); /* "under an arms embargo imposed by the UN" */
    if (dst.n == 0 && src.n > 0 && m > 0 && (m < j || subject_to || by) &&
        (uw(c, m - 1, "under") || subject_to)) {
        size_t k = subject_to ? m - 2 : m - 1;
        /* an apposition: "X, a firm already under US sanctions" or the subject */
        size_t q = k;
        while (q > 0 && !has(c, q - 1, WC_REL) && !is_boundary(c, q - 1))
            q--;
        if (q > 0 && has(c, q - 1, WC_REL))
            ex_subject_of(c, q, &dst, NULL);
        else
            ex_subject_of(c, k, &dst, NULL);
        if (dst.n == 0) {
            /* "Qods Aviation Industries, a firm already under US sanctions" */
            for (size_t r = k; r > 0; r--) {
                const party *p = party_at(c, r - 1);
                if (p != NULL && !p->target_only && p->poss != 2) {
                    ex_party_add(c, &dst, p);
                    break;
                }
            }
        }
    }
    size_t f0 = 0;
    while (f0 < c->nu && (c->U[f0].flags & TK_PUNCT))
        f0++;
    if (dst.n == 0 && src.n > 0 && t < f0 + 8 &&
        (uw(c, f0, "due") || uw(c, f0, "because") || uw(c, f0, "under") || uw(c, f0, "despite") ||
         uw(c, f0, "thanks"))) {
        /* "Due in part to our sanctions, Russia has become isolated" */
        for (size_t k = t + 1; k < c->nu && k < t + 10; k++)
            if (is_punct(c, k, ',')) {
                ex_party_after(c, k + 1, c->nu, &dst, 0, 1);
                break;
            }
    }
    int mod = ex_modality(c, t);
    if (mod)
        status = 1;
    for (size_t k = t > 6 ? t - 6 : 0; k < t; k++)
        if (has(c, k, WC_PLAN))
            status = 1;
    if (src.n == 0 && dst.n > 0) {
        /* "New sanctions will be imposed on X and Y": the state that says
         * so, or the article's sanctioner */
        int pass = imposed_later;
        for (size_t k = a + 1; k < e && k < a + 5; k++)
            if ((uw(c, k, "imposed") || uw(c, k, "levied") || uw(c, k, "introduced")) &&
                (uw(c, k - 1, "be") || uw(c, k - 1, "been") || uw(c, k - 1, "were") ||
                 uw(c, k - 1, "was") || uw(c, k - 1, "are") || uw(c, k - 1, "is")))
                pass = 1;
        if (pass)
            ex_speaker_state(c, &src);
        if (pass && src.n == 0 && c->have_sanctioner) {
            ex_group_add(&src, c->sanctioner);
            src.inferred = 1;
        }
    }
    if (src.n == 0 && dst.n > 0 && c->un_body > 0 &&
        (uw(c, t, "arms embargo") || (uw(c, t, "embargo") && t > 0 && uw(c, t - 1, "arms")))) {
        /* "the arms embargo imposed on Libya" in an article naming the UN:
         * the Security Council's embargo */
        ent un = {c->un_body - 1, -1, 0, 0, c->sentence_no};
        ex_group_add(&src, un);
        src.inferred = 1;
    }
    if (!as_cause(c, t))
        remember_sanctioner(c, &src);
    c->sanction_context = 1;
    if (src.n == 0 || dst.n == 0)
        return AG_OK;
    return ex_emit_groups(c, AG_SANCTIONS, &src, &dst, status, NULL, 0, 0, 0.7);
}

/* "the X gang, which it also designated as a terrorist group", "Rosneft,
 * which Washington sanctioned in 2022": the relative pronoun is the verb's
 * object, so the target is its antecedent (past a head noun of the name:
 * "gang", "group"); a pronoun subject stands for the article's sanctioner
 * (*pron set). Adds the antecedent to dst. */
static void object_relative(ctx *c, size_t t, group *dst, int *pron)
{
    static const char *const AUX[] = {"also",    "has",   "had",      "have",     "previously",
                                      "already", "later", "recently", "formally", NULL};
    static const char *const HEAD[] = {"gang",    "group", "cartel", "militia",  "network",
                                       "company", "firm",  "bank",   "movement", NULL};
    size_t k = t;
    while (k > 0 && t - k < 3 && uw_any(c, k - 1, AUX))
        k--;
    if (k < 3)
        return;
    const party *sp = party_at(c, k - 1);
    size_t s = sp != NULL ? sp->u0 : has(c, k - 1, WC_PRONOUN) ? k - 1 : k;
    if (sp != NULL && s > 0 && uw(c, s - 1, "the"))
        s--; /* "who the US sanctioned" */
    if (s == k || s < 2 || !(uw(c, s - 1, "which") || uw(c, s - 1, "whom") || uw(c, s - 1, "who")))
        return;
    *pron = sp == NULL;
    size_t q = s - 1;
    if (is_punct(c, q - 1, ','))
        q--;
    for (int st = 0; st < 2 && q > 0 && uw_any(c, q - 1, HEAD); st++)
        q--;
    const party *p = q > 0 ? party_at(c, q - 1) : NULL;
    if (p != NULL && !p->target_only && p->poss == 0)
        ex_group_of(c, c->pidx[q - 1], dst, 0);
}

/* A weak sanctions word: 1 as a verb ("the measures target X", "X was
 * also listed"), 2 as a noun ("similar measures on X"), 3 as a verb that
 * needs no sanctions said before ("targeted two firms for supplying X"), 0 not sanctions
 * ("Russian drones hit Kharkiv"). */
int ex_weak_sanction(const ctx *c, size_t t, wc_mask w)
{
    int after_measures = 0;
    for (size_t k = t > 16 ? t - 16 : 0; k < t; k++)
        if (uw(c, k, "measures") || uw(c, k, "sanctions") || uw(c, k, "package") ||
            uw(c, k, "penalties"))
            after_measures = 1;
    if (uw(c, t, "targeting")) {
        /* "imposed sanctions on Monday, targeting two officials", not
         * "strikes targeting Kyiv" */
        /* "sanctioned 12 firms in its biggest action targeting X": an
         * action noun in a sentence that sanctions */
        int action = 0, sanctioning = 0;
        for (size_t k = t > 3 ? t - 3 : 0; k < t; k++)
            action |= uw(c, k, "action") || uw(c, k, "actions") || uw(c, k, "designations") ||
                      uw(c, k, "step") || uw(c, k, "move");
        for (size_t k = 0; action && k < t; k++)
            sanctioning |= has(c, k, WC_SANCTION_V) || has(c, k, WC_SANCTION_N);
        action = action && sanctioning;
        if (!(after_measures || action) || t == 0 || (!is_punct(c, t - 1, ',') && !action))
            return 0;
        for (size_t k = t > 8 ? t - 8 : 0; k < t; k++)
            if (has(c, k, WC_ATTACK_N) || has(c, k, WC_ATTACK_V) || has(c, k, WC_FIRE))
                return 0;
        return 1;
    }
    if (after_measures && !(w & WC(WC_SANCTION_N)))
        return 1;
    if (uw(c, t, "named") || uw(c, t, "listed") || uw(c, t, "designated") || uw(c, t, "added") ||
        uw(c, t, "identified"))
        return 1;
    if (uw(c, t, "targeted") || uw(c, t, "targets")) {
        /* "OFAC targeted two firms for supplying Russia with drones": a
         * reason in "for" + gerund is a listing's, not a strike's */
        for (size_t k = t + 1; k + 1 < c->nu && k < t + 14; k++) {
            if (is_boundary(c, k) || has(c, k, WC_ATTACK_N) || has(c, k, WC_ATTACK_V) ||
                has(c, k, WC_FIRE) || has(c, k, WC_TARGET_HEAD))
                break;
            if (uw(c, k, "for") && ends_ing(c, k + 1) &&
                (has(c, k + 1, WC_SUPPLY) || has(c, k + 1, WC_BUY) || uw(c, k + 1, "helping") ||
                 uw(c, k + 1, "facilitating") || uw(c, k + 1, "procuring") ||
                 uw(c, k + 1, "assisting") || uw(c, k + 1, "enabling")))
                return 3; /* a sanction said strongly; not "targeted Hezbollah for firing" */
        }
        size_t f = 0;
        while (f < t && (c->U[f].flags & TK_PUNCT))
            f++;
        if (uw(c, t, "targeted") && f + 1 == t && uw(c, f, "also") && c->have_sanctioner &&
            c->sanction_sentence + 2 >= c->sentence_no)
            return 1; /* "Also targeted on Tuesday was X" */
    }
    if (uw(c, t, "targeted") && c->have_sanctioner && c->sanction_sentence + 2 >= c->sentence_no) {
        /* "X and Y were also targeted" right after a sanctions sentence,
         * not "Kyiv was targeted by missiles" */
        size_t v = t;
        if (v > 0 && uw(c, v - 1, "also"))
            v--;
        if (v < 2 || !(uw(c, v - 1, "were") || uw(c, v - 1, "was")) || party_at(c, v - 2) == NULL)
            return 0;
        for (size_t k = 0; k < c->nu; k++)
            if (k != t && (has(c, k, WC_ATTACK_N) || has(c, k, WC_ATTACK_V) || has(c, k, WC_FIRE) ||
                           (has(c, k, WC_ITEM) && c->U[k].category != CAT_FUNDING)))
                return 0;
        return 1;
    }
    if (uw(c, t, "measures"))
        return 2;
    return 0;
}

/* "plans to classify cartels from X and Y as terrorist organizations",
 * "declared the Z gang a terrorist group": a terrorist listing is a
 * designation (sanctions) by the verb's subject on its objects; a group
 * noun names no target but opens the article's sanctions, whose names may
 * follow ("The list includes A, B and C"). */
int ex_terror_listing(ctx *c)
{
    static const char *const V[] = {"classify", "classified", "classifies", "classifying",
                                    "declare",  "declared",   "declares",   "declaring",
                                    "label",    "labelled",   "labeled",    "labels",
                                    "brand",    "branded",    "brands",     NULL};
    static const char *const PRE[] = {"a", "an", "foreign", "global", "international", NULL};
    if (c->question || c->has_cond || c->first_deny < c->nu)
        return AG_OK;
    for (size_t k = 1; k + 1 < c->nu; k++) {
        if (!uw(c, k, "as"))
            continue;
        size_t q = k + 1;
        while (q < c->nu && q < k + 4 && uw_any(c, q, PRE))
            q++;
        if (q >= c->nu || !(uw(c, q, "terrorist") || uw(c, q, "terrorists")))
            continue;
        size_t v = k;
        int found = 0;
        while (v > 0 && k - v < 14 && !found) {
            v--;
            if (is_boundary(c, v) || has(c, v, WC_SAY) || has(c, v, WC_REL) || uw(c, v, "as") ||
                has(c, v, WC_SANCTION_V))
                break; /* not "branded X as shameless for designating Y as terrorists" */
            found = uw_any(c, v, V);
        }
        if (!found || ex_blocked(c, v))
            continue;
        group src, dst;
        src.n = dst.n = 0;
        src.inferred = dst.inferred = 0;
        if (!ex_subject_of(c, v, &src, NULL) || src.n == 0)
            continue;
        sanction_targets(c, v + 1, k, &dst);
        int status = ex_modality(c, v) ? AG_PLANNED : AG_REPORTED;
        for (size_t r = v > 3 ? v - 3 : 0; r < v; r++)
            if (has(c, r, WC_PLAN))
                status = AG_PLANNED;
        remember_sanctioner(c, &src);
        c->sanction_context = 1;
        if (dst.n == 0)
            return AG_OK;
        return ex_emit_groups(c, AG_SANCTIONS, &src, &dst, status, NULL, 0, 0, 0.7);
    }
    return AG_OK;
}

/* "One of them, Acme Trading LLC, ..." right after a sanctions sentence
 * whose targets were not named: the named one was sanctioned too. */
int ex_one_of_them(ctx *c)
{
    int rc = AG_OK;
    size_t k = 0;
    while (k < c->nu && (c->U[k].flags & TK_PUNCT))
        k++;
    if (list_includes(c, k, &rc))
        return rc;
    if (c->have_sanctioner && c->sanction_sentence + 1 == c->sentence_no &&
        (uw(c, k, "the companies") || uw(c, k, "the firms") || uw(c, k, "the entities") ||
         uw(c, k, "they") || uw(c, k, "those")) &&
        (uw(c, k + 1, "include") || uw(c, k + 1, "included") || uw(c, k + 1, "are") ||
         uw(c, k + 1, "were"))) {
        /* "The companies include Anduril Industries, X and Y": those just
         * sanctioned */
        group src, dst;
        src.n = dst.n = 0;
        src.inferred = 1;
        dst.inferred = 0;
        ex_group_add(&src, c->sanctioner);
        const party *p = NULL;
        for (size_t q = k + 2; q < c->nu && q < k + 4 && p == NULL; q++)
            p = party_at(c, q);
        if (p == NULL || p->target_only || p->poss)
            return AG_OK;
        ex_group_of(c, c->pidx[p->u0], &dst, 0);
        for (int i = 0; i < dst.n; i++)
            if (dst.e[i].actor >= 0 && c->d->actors[dst.e[i].actor].kind == AG_STATE)
                return AG_OK; /* "they were Russia and Iran": not companies */
        return dst.n > 0 ? ex_emit_groups(c, AG_SANCTIONS, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.6)
                         : AG_OK;
    }
    if (!((uw(c, k, "one") && uw(c, k + 1, "of") && uw(c, k + 2, "them")) ||
          (uw(c, k, "among") && uw(c, k + 1, "them"))))
        return AG_OK;
    if (!c->have_sanctioner || c->sanction_sentence + 1 != c->sentence_no)
        return AG_OK;
    k += uw(c, k, "one") ? 3 : 2;
    if (!is_punct(c, k, ','))
        return AG_OK;
    for (size_t q = k + 1; q < c->nu && q < k + 8; q++) {
        const party *p = party_at(c, q);
        if (p == NULL)
            continue;
        if (p->name >= 0 && p->actor < 0 && !p->poss && !p->target_only) {
            group src, dst;
            src.n = dst.n = 0;
            src.inferred = 1;
            dst.inferred = 0;
            ex_group_add(&src, c->sanctioner);
            ex_party_add(c, &dst, p);
            return ex_emit_groups(c, AG_SANCTIONS, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.6);
        }
        q = p->u1 - 1;
    }
    return AG_OK;
}

/* ---- sanctions carried to the names that follow ----------------------------
 * "The Treasury sanctioned five companies and one individual ..." names a
 * group; the names come in the sentences, lists and bullet lines after it:
 * "They are A, B and C", "- D, a trading house in Dubai". */

static int count_word(const ctx *c, size_t k)
{
    static const char *const w[] = {
        "two",    "three", "four",   "five",    "six",        "seven",    "eight",
        "nine",   "ten",   "eleven", "twelve",  "several",    "multiple", "numerous",
        "dozens", "dozen", "number", "network", "additional", "other",    NULL};
    if (c->U[k].flags & TK_NUM)
        return 1;
    for (int i = 0; w[i]; i++)
        if (uw(c, k, w[i]))
            return 1;
    return 0;
}

static int people_group(const ctx *c, size_t k)
{
    return uw(c, k, "individuals") || uw(c, k, "officials") || uw(c, k, "people") ||
           uw(c, k, "persons") || uw(c, k, "executives") || uw(c, k, "officers") ||
           uw(c, k, "nationals") || uw(c, k, "leaders") || uw(c, k, "figures") ||
           uw(c, k, "commanders") || uw(c, k, "businessmen") || uw(c, k, "members") ||
           uw(c, k, "citizens") || uw(c, k, "academics") || uw(c, k, "journalists") ||
           uw(c, k, "lawmakers") || uw(c, k, "politicians") || uw(c, k, "oligarchs") ||
           uw(c, k, "diplomats") || uw(c, k, "employees") ||
           (c->U[k].actor >= 0 && c->U[k].surf == SURF_DEMONYM && c->U[k].e > c->U[k].s &&
            c->s[c->U[k].e - 1] == 's'); /* "227 Americans" */
}

static int org_group(const ctx *c, size_t k)
{
    return uw(c, k, "companies") || uw(c, k, "firms") || uw(c, k, "entities") ||
           uw(c, k, "organizations") || uw(c, k, "organisations") || uw(c, k, "banks") ||
           uw(c, k, "vessels") || uw(c, k, "ships") || uw(c, k, "businesses") ||
           uw(c, k, "suppliers") || uw(c, k, "manufacturers") || uw(c, k, "contractors") ||
           uw(c, k, "makers") || uw(c, k, "producers") || uw(c, k, "exporters") ||
           uw(c, k, "subsidiaries");
}

/* After the sentence's rules: did a sanctioner act on a counted group? */
void ex_carry_open(ctx *c)
{
    if (!c->have_sanctioner || c->sanction_sentence != c->sentence_no)
        return;
    if (c->carry.open && ent_eq(c->carry.src, c->sanctioner))
        c->carry.last = c->sentence_no; /* the same sanctioner acts again: the group goes on */
    int orgs = 0, people = 0;
    for (size_t k = 1; k < c->nu; k++) {
        int o = org_group(c, k), p = people_group(c, k);
        if (!o && !p)
            continue;
        for (size_t j = k; j > 0 && j + 6 > k; j--)
            if (count_word(c, j - 1)) {
                orgs |= o;
                people |= p;
                break;
            }
    }
    if (!orgs && !people)
        return;
    c->carry.open = 1;
    c->carry.src = c->sanctioner;
    c->carry.orgs = orgs;
    c->carry.people = people;
    c->carry.last = c->sentence_no;
}

/* Is the party p someone who speaks rather than one who is named: "X said",
 * "said X", "according to X", "X, a spokesman, told"? */
static int speaks(const ctx *c, const party *p)
{
    size_t b = p->u0; /* "according to the Chinese Ministry of Commerce" */
    while (b > 0 && (has(c, b - 1, WC_DET) ||
                     (party_at(c, b - 1) != NULL && c->U[b - 1].surf == SURF_DEMONYM)))
        b--;
    if (b > 0 && (has(c, b - 1, WC_SAY) || uw(c, b - 1, "according to")))
        return 1;
    for (size_t k = p->u1; k < c->nu && k < p->u1 + 6; k++) {
        if (k == p->u1 && (uw(c, k, "for") || uw(c, k, "over")))
            break; /* "sanctioned X for his alleged role": the reason, no speech */
        if ((has(c, k, WC_SAY) && !has(c, k - 1, WC_DET)) ||
            ((uw(c, k, "announced") || uw(c, k, "declared") || uw(c, k, "announces")) &&
             (k + 1 >= c->nu || (c->U[k + 1].flags & TK_PUNCT) || uw(c, k + 1, "in") ||
              uw(c, k + 1, "on") || uw(c, k + 1, "at"))))
            return 1; /* "..., X announced." */
        if (party_at(c, k) != NULL || has(c, k, WC_REL))
            break;
    }
    return 0;
}

/* Names of the members of a carried group, from unit b on, as targets of
 * the sanctioner: persons and organizations that do not speak, no state, no
 * place, no known body. */
#define MAX_MEMBERS 32 /* names of one listing sentence ("include A, B, ... and K") */

typedef struct members {
    ent e[MAX_MEMBERS];
    int n;
} members;

/* Emits src's sanctions on the members, MAXG at a time (a group holds no more). */
static int emit_members(ctx *c, const group *src, const members *m)
{
    int rc = AG_OK;
    for (int i = 0; i < m->n && rc == AG_OK; i += MAXG) {
        group dst;
        dst.n = 0;
        dst.inferred = 0;
        for (int j = i; j < m->n && j < i + MAXG; j++)
            ex_group_add(&dst, m->e[j]);
        rc = ex_emit_groups(c, AG_SANCTIONS, src, &dst, AG_REPORTED, NULL, 0, 0, 0.6);
    }
    return rc;
}

static void member_names(ctx *c, size_t b, int people, int orgs, int officials, ent sanctioner,
                         members *dst)
{
    dst->n = 0;
    size_t loc_end = 0; /* the end of "executives from A, B and C": no members */
    for (size_t i = 0; i < c->np; i++) {
        const party *p = &c->P[i];
        if (p->u0 < b || p->inferred || p->target_only || p->poss == 2 || speaks(c, p))
            continue;
        if (loc_end > 0 && (p->u0 == loc_end + 1 || (p->u0 == loc_end + 2 &&
                                                     is_punct(c, loc_end, ',') &&
                                                     uw(c, loc_end + 1, "and"))) &&
            (is_punct(c, loc_end, ',') || uw(c, loc_end, "and"))) {
            loc_end = p->u1;
            continue;
        }
        loc_end = 0;
        if (p->u0 > 0 && (uw(c, p->u0 - 1, "from") || uw(c, p->u0 - 1, "at"))) {
            loc_end = p->u1; /* "six executives from Raytheon": the people, not their firm */
            continue;
        }
        if (role_modifier(c, p))
            continue;
        ent e = ex_party_ent(c, p);
        if (officials && p->actor >= 0 && c->d->actors[p->actor].kind == AG_PERSON)
            e.actor = p->actor; /* an official on a list is the person, not the state */
        if (p->poss == 1 && e.actor < 0 && e.name >= 0 && c->names.v[e.name].kind == AG_PERSON)
            continue; /* "ex-president X's security unit": X is not listed */
        if (e.actor < 0 && p->u0 > 0 &&
            (uw(c, p->u0 - 1, "in") ||
             (p->u0 > 1 && uw(c, p->u0 - 1, "the") && uw(c, p->u0 - 2, "in"))))
            continue; /* "in the Pitte Rivere area": a place no dictionary knows */
        size_t pr = p->u0 > 0 && uw(c, p->u0 - 1, "the") ? p->u0 - 1 : p->u0;
        if (e.actor < 0 && pr >= 2 && (uw(c, pr - 1, "to") || uw(c, pr - 1, "at")) &&
            ends_ed(c, pr - 2))
            continue; /* "who was appointed to the State Board of X": a post, not a member */
        ag_kind kind;
        if (e.actor >= 0)
            kind = c->d->actors[e.actor].kind;
        else if (e.name >= 0)
            kind = c->names.v[e.name].kind;
        else
            continue;
        if (kind == AG_STATE || ent_eq(e, sanctioner))
            continue;
        if (e.actor >= 0 && kind == AG_ORGANIZATION && c->d->actors[e.actor].state == NULL)
            continue; /* the EU, the UN, Hezbollah: known bodies, not a group's members */
        if ((kind == AG_PERSON && !people) || (kind == AG_ORGANIZATION && !orgs))
            continue;
        int dup = !ent_ok(e);
        for (int j = 0; j < dst->n && !dup; j++)
            dup = ent_eq(dst->e[j], e);
        if (!dup && dst->n < MAX_MEMBERS)
            dst->e[dst->n++] = e;
    }
}

/* The article's sanctioner (inferred) and the people and organizations it
 * lists from unit b on. */
static void sanctioner_lists(ctx *c, size_t b, group *src, members *dst)
{
    src->n = 0;
    src->inferred = 1;
    ex_group_add(src, c->sanctioner);
    member_names(c, b, 1, 1, 0, c->sanctioner, dst);
}

/* "The list includes the Mexican cartels: A, B and C" (k at "The") within
 * two sentences of a sanctions sentence: those the last sanctioner listed,
 * past a description up to a colon. Returns 1 when the frame is there. */
static int list_includes(ctx *c, size_t k, int *rc)
{
    if (!c->have_sanctioner || c->sanction_sentence + 2 < c->sentence_no || k + 3 >= c->nu ||
        !uw(c, k, "the") || !uw(c, k + 1, "list") ||
        !(uw(c, k + 2, "includes") || uw(c, k + 2, "include") || uw(c, k + 2, "included")))
        return 0;
    size_t b = k + 3;
    for (size_t q = b; q < c->nu && q < k + 9; q++)
        if (is_punct(c, q, ':'))
            b = q + 1;
    group src;
    members dst;
    sanctioner_lists(c, b, &src, &dst);
    for (size_t i = 0; i < c->np && dst.n < MAX_MEMBERS; i++) {
        /* a known armed group or cartel on the list is listed too */
        const party *p = &c->P[i];
        if (p->u0 < b || p->actor < 0 || p->inferred || p->target_only || p->poss == 2 ||
            p->actor == c->un || p->actor == c->unsc || speaks(c, p) ||
            c->d->actors[p->actor].kind != AG_ORGANIZATION || c->d->actors[p->actor].state != NULL)
            continue;
        ent e = ex_party_ent(c, p);
        int dup = ent_eq(e, c->sanctioner);
        for (int j = 0; j < dst.n && !dup; j++)
            dup = ent_eq(dst.e[j], e);
        if (!dup)
            dst.e[dst.n++] = e;
    }
    *rc = dst.n > 0 ? emit_members(c, &src, &dst) : AG_OK;
    return 1;
}

/* In the sentences after the group was named, its members: every person or
 * organization (not a state, a place or the sanctioner) of the group's kind. */
int ex_carry_names(ctx *c)
{
    if (!c->carry.open || c->carry.last == c->sentence_no)
        return AG_OK;
    if (c->sentence_no > c->carry.last + 2 || c->question || c->first_deny < c->nu) {
        c->carry.open = 0;
        return AG_OK;
    }
    for (size_t k = 0; k < c->nu; k++)
        if (has(c, k, WC_NEG))
            return AG_OK;
    group src;
    members dst;
    src.n = 0;
    src.inferred = 1;
    ex_group_add(&src, c->carry.src);
    member_names(c, 0, c->carry.people, c->carry.orgs, 0, c->carry.src, &dst);
    if (dst.n == 0)
        return AG_OK;
    c->carry.last = c->sentence_no;
    return emit_members(c, &src, &dst);
}

/* Does a parenthesis at k list the members of a group named before it:
 * "three firms involved in buying arms for X (A, B, and C)"? */
static int paren_list(const ctx *c, size_t k)
{
    if (!is_punct(c, k, '('))
        return 0;
    int grp = 0, names = 0;
    for (size_t j = 0; j < k; j++)
        grp |= ex_group_noun(c, j);
    int right_after = k > 0 && ex_group_noun(c, k - 1); /* "three firms (A)" */
    for (size_t j = k + 1; j < c->nu; j++) {
        const party *p = party_at(c, j);
        if (p != NULL) {
            names++;
            j = p->u1 - 1;
        } else if (is_punct(c, j, ')')) {
            return grp && (names > 1 || right_after); /* not an acronym: "Acme (AC)" */
        } else if (!is_punct(c, j, ',') && !uw(c, j, "and")) {
            return 0;
        }
    }
    return 0;
}

/* "Among the companies sanctioned are ..., including A, B and C", "The
 * designated entities are A and B": a sanctions sentence whose rules found
 * no target lists the targets of the last sanctioner after "including",
 * "include", "are" or a colon. */
int ex_sanction_list(ctx *c)
{
    if (!c->have_sanctioner || c->question || c->first_deny < c->nu)
        return AG_OK;
    int sanc = 0;
    for (size_t k = 0; k < c->nu; k++) {
        if (has(c, k, WC_NEG))
            return AG_OK;
        sanc |= has(c, k, WC_SANCTION_V) || has(c, k, WC_SANCTION_N);
    }
    if (!sanc)
        return AG_OK;
    for (size_t i = 0; i < c->nfe; i++)
        if (c->fe[i].sentence == c->sentence_no && c->fe[i].type == AG_SANCTIONS)
            return AG_OK;
    size_t b = 0;
    for (size_t k = 0; k < c->nu && b == 0; k++)
        if (uw(c, k, "including") || uw(c, k, "include") || uw(c, k, "includes") ||
            uw(c, k, "included") || is_punct(c, k, ':') || paren_list(c, k) ||
            ((uw(c, k, "called") || uw(c, k, "namely")) && k > 0 && is_punct(c, k - 1, ',')) ||
            ((uw(c, k, "are") || uw(c, k, "were") || uw(c, k, "was") || uw(c, k, "is")) && k > 0 &&
             (has(c, k - 1, WC_SANCTION_V) || has(c, k - 1, WC_PRIVATE_HEAD))))
            b = k + 1;
    if (b == 0)
        return AG_OK;
    group src;
    members dst;
    sanctioner_lists(c, b, &src, &dst);
    if (dst.n == 0)
        return AG_OK;
    return emit_members(c, &src, &dst);
}

/* "The latest additions to Russia's stop list include A, B and C", "fresh
 * entrants to the list include A and B", "Britain added to its stop list
 * two men, A and B": the keeper of the list (its
 * possessor, the subject of "adding to its", or the article's sanctioner)
 * sanctions the names that follow. */
int ex_list_additions(ctx *c)
{
    static const char *const NOUN[] = {"additions", "addition", "entrants", "newcomers", NULL};
    static const char *const VERB[] = {"adding", "added", "adds", "add", NULL};
    if (c->question || c->first_deny < c->nu || !(c->have_sanctioner || c->sanction_context))
        return AG_OK;
    for (size_t k = 3; k < c->nu; k++) {
        if (!(uw(c, k, "list") || uw(c, k, "lists")) || party_at(c, k) != NULL)
            continue;
        const party *owner = NULL;
        int own = 0;
        size_t b = k;
        while (b > 0 && b + 7 > k && !uw(c, b - 1, "to") && !uw(c, b - 1, "onto")) {
            const party *p = party_at(c, b - 1);
            if (p != NULL && p->poss == 1 && owner == NULL) {
                owner = p; /* "Russia's stop list" */
                b = p->u0;
                continue;
            }
            if (p != NULL || has(c, b - 1, WC_PREP) || ex_is_verbish(c, b - 1))
                break;
            own |= uw(c, b - 1, "its") || uw(c, b - 1, "their");
            b--;
        }
        if (b < 2 || !(uw(c, b - 1, "to") || uw(c, b - 1, "onto")))
            continue;
        size_t a = b - 2, from = 0;
        if (uw_any(c, a, NOUN)) {
            for (size_t q = k + 1; q < c->nu && q < k + 4 && from == 0; q++)
                if (uw(c, q, "include") || uw(c, q, "includes") || uw(c, q, "included") ||
                    uw(c, q, "are") || uw(c, q, "were") || uw(c, q, "is") || uw(c, q, "was") ||
                    is_punct(c, q, ':'))
                    from = q + 1;
        } else if (uw_any(c, a, VERB) && k + 1 < c->nu && !has(c, k + 1, WC_PREP)) {
            from = k + 1; /* "adding to its list two individuals, A and B" */
        }
        if (from == 0 || ex_blocked(c, a))
            continue;
        group src;
        src.n = 0;
        src.inferred = 0;
        if (owner != NULL) {
            ex_party_add(c, &src, owner);
        } else if (own && uw_any(c, a, VERB)) {
            ex_subject_of(c, a, &src, NULL);
        } else if (c->have_sanctioner) {
            ex_group_add(&src, c->sanctioner);
            src.inferred = 1;
        }
        if (src.n == 0 || person_ent(c, src.e[0]))
            continue;
        members dst;
        member_names(c, from, 1, 1, 1, src.e[0], &dst);
        if (dst.n == 0)
            continue;
        c->sanction_context = 1;
        return emit_members(c, &src, &dst);
    }
    return AG_OK;
}

/* Is the party at u0 said to be backed or run by the sanctioned: "firms
 * linked to X", "entities controlled by the army or X", "oil moved on behalf
 * of Y and X", "companies that support X", "currency provided to X"? */
static int backed_before(const ctx *c, size_t u0)
{
    static const char *const LINK[] = {"support",   "supporting", "supports", "backing",
                                       "financing", "funding",    NULL};
    static const char *const GAVE[] = {"provided",  "providing", "provides",   "funneled",
                                       "funnelled", "channeled", "channelled", NULL};
    int to = 0;
    for (size_t k = u0, st = 0; k > 0 && st < 20; k--, st++) {
        size_t q = k - 1;
        if (is_punct(c, q, ')') && q >= 2) { /* "the army (SAF) or": past the alias */
            size_t r = is_punct(c, q - 1, '"') ? q - 2 : q - 1;
            const party *al = party_at(c, r);
            size_t o = al != NULL ? al->u0 : 0; /* where the alias (or its quote) opens */
            if (o >= 1 && is_punct(c, o - 1, '"'))
                o--;
            if (al != NULL && o >= 1 && is_punct(c, o - 1, '(')) {
                k = o; /* the next unit looked at is the one before the parenthesis */
                continue;
            }
        }
        const party *p = party_at(c, q);
        if (p != NULL) { /* "on behalf of Y and X": back over a coordinated party */
            if (!(uw(c, p->u1, "and") || uw(c, p->u1, "or") || is_punct(c, p->u1, ',') ||
                  is_punct(c, p->u1, '(') || is_punct(c, p->u1, ')') || is_punct(c, p->u1, '"') ||
                  is_punct(c, p->u1, '-')))
                return 0;
            k = p->u0 + 1;
            continue;
        }
        if (is_boundary(c, q) || is_punct(c, q, ';') || has(c, q, WC_SAY) || has(c, q, WC_REL))
            return 0;
        if (uw_any(c, q, LINK))
            return 1;
        if (q > 0 && ((uw(c, q, "to") && (uw(c, q - 1, "linked") || uw(c, q - 1, "connected") ||
                                          uw(c, q - 1, "tied"))) ||
                      (uw(c, q, "by") && uw(c, q - 1, "controlled")) ||
                      (uw(c, q, "with") && uw(c, q - 1, "associated")) ||
                      (uw(c, q, "of") && uw(c, q - 1, "behalf"))))
            return 1;
        to |= uw(c, q, "to");
        if (to && uw_any(c, q, GAVE))
            return 1; /* "provided millions of dollars to the Houthis" */
        if (ex_is_verbish(c, q) && !uw(c, q, "linked") && !uw(c, q, "connected") &&
            !uw(c, q, "tied") && !uw(c, q, "controlled") && !uw(c, q, "associated"))
            return 0;
    }
    return 0;
}

/* "sanctions on businesses linked to the RSF", "entities that shipped oil on
 * behalf of Hezbollah": sanctions on a group's backers and members sanction
 * the group (a known organization of no state: an armed group, a militia, a
 * cartel) too, by the same sanctioner; not when a state is the one
 * sanctioned ("sanctioned Iran for supporting X"), nor for the owner of a
 * firm ("a firm owned by X"). */
int ex_backed_group(ctx *c)
{
    if (c->question || c->first_deny < c->nu || !c->have_sanctioner ||
        c->sanction_sentence != c->sentence_no)
        return AG_OK;
    for (size_t k = 0; k < c->nu; k++)
        if (has(c, k, WC_NEG))
            return AG_OK;
    int acted = 0;
    for (size_t i = 0; i < c->nfe; i++) {
        const found_edge *f = &c->fe[i];
        if (f->sentence != c->sentence_no || f->type != AG_SANCTIONS)
            continue;
        acted |= ent_eq(f->src, c->sanctioner);
        for (size_t i2 = 0; ent_is_state(c, f->dst) && i2 < c->np; i2++)
            if (ent_eq(ex_party_ent(c, &c->P[i2]), f->dst) && !backed_before(c, c->P[i2].u0))
                return AG_OK; /* a state sanctioned in its own right, not a backer's patron */
    }
    if (!acted) { /* "sanctioned three firms linked to X": a group noun, no name */
        int grp = 0;
        for (size_t k = 0; k < c->nu && !grp; k++)
            grp = org_group(c, k) || people_group(c, k);
        if (!grp)
            return AG_OK;
    }
    group src, dst;
    src.n = dst.n = 0;
    src.inferred = 1;
    dst.inferred = 0;
    ex_group_add(&src, c->sanctioner);
    for (size_t i = 0; i < c->np; i++) {
        const party *p = &c->P[i];
        if (p->actor < 0 || p->inferred || p->poss == 2 || p->target_only)
            continue;
        const dict_actor *a = &c->d->actors[p->actor];
        ent e = ex_party_ent(c, p);
        if (a->kind != AG_ORGANIZATION || a->state != NULL || ent_eq(e, c->sanctioner) ||
            p->actor == c->un || p->actor == c->unsc || !backed_before(c, p->u0))
            continue;
        ex_group_add(&dst, e);
    }
    if (dst.n == 0)
        return AG_OK;
    return ex_emit_groups(c, AG_SANCTIONS, &src, &dst, AG_REPORTED, NULL, 0, 0, 0.6);
}

/* ---- suspended arms exports ---------------------------------------------------
 * "Berlin will suspend fresh approvals for weapons exports to Egypt", "London
 * halted arms sales to Riyadh": an embargo by the subject. */
int ex_suspend_verb(ctx *c, size_t t)
{
    static const char *const P_TOY[] = {"to", NULL};
    size_t e = ex_region_end(c, t, 12), k;
    int arms = 0;
    for (k = t + 1; k < e && k < t + 6; k++) {
        if (party_at(c, k) != NULL)
            break;
        if (uw(c, k, "arms") || uw(c, k, "weapons") || uw(c, k, "military") ||
            (has(c, k, WC_ITEM) && c->U[k].category != CAT_FUNDING))
            arms = 1;
        if (arms && (has(c, k, WC_SUPPLY_NOUN) || uw(c, k, "export") || uw(c, k, "licences") ||
                     uw(c, k, "licenses") || uw(c, k, "approvals") || uw(c, k, "exports")))
            break;
    }
    if (!arms || k >= e || party_at(c, k) != NULL || ex_blocked(c, t))
        return AG_OK;
    group by, to;
    if (!ex_subject_of(c, t, &by, NULL) || !ex_find_prep(c, k, e, P_TOY, &to, 0, 4))
        return AG_OK;
    return ex_emit_groups(c, AG_SANCTIONS, &by, &to, ex_modality(c, t) ? AG_PLANNED : AG_REPORTED,
                          NULL, 0, 0, 0.6);
}
