/*
 * actors.c -- the actor matcher: turns the tokens of a sentence into units
 * by longest match over the dictionary's n-gram table (actors, trigger
 * words and vocabulary phrases), and finds names the dictionary does not
 * know (capitalized runs such as "Acme Trading LLC" or "Viktor Bout"),
 * which the article keeps in a list so that later short forms ("Acme",
 * "Bout", an acronym in parentheses) point back to them.
 */
#define _POSIX_C_SOURCE 200809L
#include "extract_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

void ex_names_free(ex_names *nm)
{
    if (nm == NULL)
        return;
    for (size_t i = 0; i < nm->n; i++)
        free(nm->v[i].text);
    free(nm->v);
    nm->v = NULL;
    nm->n = nm->cap = 0;
}

static int is_word(const ex_unit *u, const char *s, const char *w)
{
    return ex_word_is(s + u->s, u->e - u->s, w);
}

/* Is the unit a word of class wc written capitalized, as the class lists
 * it: "Oil", not "oil" nor "OIL"? */
static int cap_word_of(const ex_unit *u, const char *s, int wc)
{
    if (!(u->wc & WC(wc)) || s[u->s] < 'A' || s[u->s] > 'Z')
        return 0;
    for (size_t k = u->s + 1; k < u->e; k++)
        if (s[k] >= 'A' && s[k] <= 'Z')
            return 0;
    return 1;
}

/* Trades that pair up with "and" inside company names ("Oil and Gas",
 * "Arms and Ammunition", "Trading and Logistics"). */
static int trade_word(const ex_unit *u, const char *s)
{
    return cap_word_of(u, s, WC_TRADE_WORD);
}


/* Is the run b..e a state organ's name: a capitalized organ word first
 * ("Ministry of Defence", "Coast Guard", "Armed Forces"), or a branch
 * adjective before one ("Maritime Self-Defense Force", "Naval Forces")? */
static int organ_run(const ex_unit *U, size_t b, size_t e, const char *s)
{
    static const char *const FIRST[] = {"ministry", "coast guard", "navy", "army", "air force",
                                        "armed forces", "defence forces", "defense forces",
                                        "national guard", "border guard", "border guards",
                                        "marine corps", "marines", "self-defense forces",
                                        "defence ministry", "defense ministry", NULL};
    static const char *const BRANCH[] = {"maritime", "ground", "air", "naval", "border",
                                         "coast", "self-defense", "self-defence", NULL};
    if (b >= e || !(U[b].flags & TK_CAP))
        return 0;
    for (int k = 0; FIRST[k]; k++)
        if (is_word(&U[b], s, FIRST[k]))
            return e == b + 1 || (e >= b + 3 && is_word(&U[b + 1], s, "of"));
    for (int k = 0; BRANCH[k]; k++)
        if (is_word(&U[b], s, BRANCH[k]))
            return e <= b + 5 && e > b + 1 &&
                   ((U[e - 1].wc & WC(WC_ORGAN)) || is_word(&U[e - 1], s, "force"));
    return 0;
}

/* Is the unit a dot inside a web address ("Vesti.Ua"): a letter right after it? */
static int web_dot(const ex_unit *u, const char *s)
{
    char ch = s[u->e];
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/* Is the unit a capitalized word that may be part of a name? */
static int name_word(const ex_unit *u)
{
    if (u->actor >= 0 || !(u->flags & TK_WORD) || (u->flags & TK_POSS))
        return 0;
    if (!(u->flags & (TK_CAP | TK_UPPER)))
        return 0;
    if (u->wc & (WC(WC_STOPCAP) | WC(WC_SAY)))
        return 0;
    return 1;
}

static int name_connector(const ex_unit *u)
{
    return (u->wc & WC(WC_NAME_LINK)) != 0;
}

static int words_eq(const char *a, size_t al, const char *b, size_t bl)
{
    return al == bl && memcmp(a, b, al) == 0;
}

/* Registers a name; returns its index (an earlier equal name, or a new one
 * that may abbreviate an earlier name). */
#define EX_MAX_NAMES 1024 /* names kept per article: bounds the cost of hostile input */

static int add_name(ex_names *nm, const char *text, size_t len, ag_kind kind, int allow_new)
{
    /* equal, or a prefix of words, or the last word of a person */
    for (size_t i = 0; i < nm->n; i++) {
        const char *t = nm->v[i].text;
        size_t tl = strlen(t);
        if (words_eq(t, tl, text, len))
            return nm->v[i].alias_of >= 0 ? nm->v[i].alias_of : (int)i;
    }
    for (size_t i = 0; i < nm->n; i++) {
        const char *t = nm->v[i].text;
        size_t tl = strlen(t);
        if (nm->v[i].alias_of >= 0)
            continue;
        if (tl > len && memcmp(t, text, len) == 0 && t[len] == ' ')
            return (int)i;
        if (nm->v[i].kind == AG_PERSON && tl > len && memcmp(t + tl - len, text, len) == 0 &&
            t[tl - len - 1] == ' ')
            return (int)i;
    }
    if (!allow_new)
        return -1;
    if (nm->n >= EX_MAX_NAMES) {
        nm->dropped++;
        return -1;
    }
    if (nm->n == nm->cap && ag_grow(&nm->v, &nm->cap, nm->n, sizeof *nm->v, 16) != AG_OK)
        return -1;
    nm->v[nm->n].text = ag_strndup(text, len);
    if (nm->v[nm->n].text == NULL)
        return -1;
    nm->v[nm->n].kind = kind;
    nm->v[nm->n].alias_of = -1;
    nm->v[nm->n].state = -1;
    return (int)nm->n++;
}

/* The state a unit names, as a place, capital, alias or demonym, or -1. */
static int unit_state(const ag_dict *d, const ex_unit *u)
{
    if (u->actor < 0)
        return -1;
    int a = d->actors[u->actor].acts_as;
    return a >= 0 && d->actors[a].kind == AG_STATE ? a : -1;
}

/* Does the unit name a state itself, not a place in it nor an official? */
static int own_state(const ag_dict *d, const ex_unit *u)
{
    return u->surf != SURF_PLACE && unit_state(d, u) == u->actor && u->actor >= 0;
}

/* The home state the text gives a new name at units [b, e): "Tehran-based
 * X", "the Iranian firm X", "X, a Russian businessman". */
static int home_state(const ag_dict *d, const ex_unit *U, size_t n, size_t b, size_t e,
                      const char *s)
{
    if (b >= 3 && is_word(&U[b - 1], s, "based") && U[b - 2].ch == '-')
        return unit_state(d, &U[b - 3]);
    if (b >= 2 && (U[b - 1].wc & (WC(WC_PRIVATE_HEAD) | WC(WC_PERSON_ROLE))) &&
        U[b - 2].surf == SURF_DEMONYM)
        return unit_state(d, &U[b - 2]);
    if (e + 3 < n && U[e].ch == ',' &&
        (is_word(&U[e + 1], s, "a") || is_word(&U[e + 1], s, "an")) &&
        U[e + 2].surf == SURF_DEMONYM && (U[e + 3].wc & (WC(WC_PRIVATE_HEAD) | WC(WC_PERSON_ROLE))))
        return unit_state(d, &U[e + 2]);
    return -1;
}

/* Does a name end in a word for a text ("Register", "Regulations", "Act",
 * "Plan")? Such a name is a document, not an actor. */
/* Whether s[b, e) holds a digit: "K9", "J-10". */
static int has_digit(const char *s, size_t b, size_t e)
{
    for (size_t k = b; k < e; k++)
        if (s[k] >= '0' && s[k] <= '9')
            return 1;
    return 0;
}

static int document_word(const ex_unit *u, const char *s)
{
    return cap_word_of(u, s, WC_DOCUMENT_WORD);
}

static int water_head(const ex_unit *u, const char *s)
{
    return cap_word_of(u, s, WC_WATER_HEAD);
}

/* Whether the units so far end with "Gulf of", "Sea of", "Strait of" ...:
 * the name that follows names a body of water, not a state or a place. */
static int water_body(const ex_unit *u, size_t n, const char *s)
{
    return n >= 2 && u[n - 1].e - u[n - 1].s == 2 && memcmp(s + u[n - 1].s, "of", 2) == 0 &&
           water_head(&u[n - 2], s);
}

/* Is the unit's last word written in lower case ("The companies", "firms")?
 * With a plural: does it end in "ies" or "s" ("the companies", "the firms")? */
static int lower_tail(const ex_unit *u, const char *s, int plural)
{
    size_t k = u->e;
    while (k > u->s && s[k - 1] != ' ')
        k--;
    return s[k] >= 'a' && s[k] <= 'z' && (!plural || (u->e - k > 3 && s[u->e - 1] == 's'));
}

/* One member of a list at unit *b (moved past a demonym before a name), its
 * last unit in *q: 1 an organization (a dictionary one, or a name of one), 2
 * another name or actor, 3 a single capitalized word that names nothing
 * yet, 0 no member ("drone makers"). */
static int list_member(const ag_dict *d, const ex_unit *U, size_t n, const char *s,
                       const ex_names *names, size_t *b, size_t *q)
{
    int r;
    size_t k = *b;
    if (k + 1 < n && U[k].actor >= 0 && U[k].surf == SURF_DEMONYM && U[k + 1].name >= 0)
        *b = ++k; /* "Russian Postal Lines": the demonym is the firm's home */
    *q = k;
    if (U[k].name >= 0) {
        while (*q + 1 < n && U[*q + 1].name == U[k].name)
            (*q)++;
        int i = names->v[U[k].name].alias_of >= 0 ? names->v[U[k].name].alias_of : U[k].name;
        r = names->v[i].kind == AG_ORGANIZATION ? 1 : 2;
    } else if (U[k].actor >= 0) {
        r = d->actors[U[k].actor].kind == AG_ORGANIZATION ? 1 : 2;
        /* "BAE Systems Land and Armaments, X": a division named after the
         * firm (a pair of words joined by "and" only inside the list) */
        size_t f = k;
        while (r == 1 && f + 1 < n && f < k + 3 && name_word(&U[f + 1]) && U[f + 1].name < 0 &&
               U[f + 1].s == U[f].e + 1)
            f++;
        if (f > k && f + 3 < n && is_word(&U[f + 1], s, "and") && name_word(&U[f + 2]) &&
            U[f + 2].name < 0 && U[f + 3].ch == ',')
            f += 2;
        *q = f;
    } else if (name_word(&U[k]) && !(U[k].wc & WC(WC_TITLE))) {
        r = 3;
    } else {
        return 0;
    }
    if (*q + 1 < n && U[*q + 1].ch == '.' && (U[*q].wc & WC(WC_ORG_SUFFIX)))
        (*q)++; /* "Kestrel Drones Inc." */
    if (*q + 1 < n && U[*q + 1].ch == '.' && web_dot(&U[*q + 1], s))
        return 0; /* "Caliber.Az reports": a web address */
    if (*q + 1 < n && !(U[*q + 1].ch == ',' || is_word(&U[*q + 1], s, "and") ||
                        U[*q + 1].ch == '.' || U[*q + 1].ch == ';' || U[*q + 1].ch == ')' ||
                        (U[*q + 1].ch == '-' && !(U[*q + 1].flags & TK_WORD))))
        return 0; /* "Raytheon said": no list member */
    return r;
}

/* The unit after the separator that follows a list member ending at q (",",
 * "and", ", and"), or 0 when none follows. */
static size_t list_next(const ex_unit *U, size_t n, const char *s, size_t q)
{
    size_t r = q + 1;
    if (r < n && U[r].ch == ',')
        r++;
    if (r < n && is_word(&U[r], s, "and"))
        r++;
    return r > q + 1 && r < n ? r : 0;
}

/* Types the members of the list that starts at unit k: two capitalized
 * words that alone read as a person's name are an organization's, a
 * single new capitalized word becomes an organization's name (orgs); an
 * organization's two-word name becomes a person's (!orgs). With count,
 * changes nothing and returns how many members are organizations, or -1
 * when one is a state (and the number of members in *members). */
static int list_type(const ag_dict *d, ex_unit *U, size_t n, const char *s, ex_names *names,
                     size_t k, int orgs, int count, int *members)
{
    int norg = 0, state = 0;
    *members = 0;
    for (size_t q; k < n;) {
        int m = list_member(d, U, n, s, names, &k, &q);
        size_t k2 = q + 2, q2;
        if (m == 3 && q + 2 < n && is_word(&U[q + 1], s, "and") &&
            list_member(d, U, n, s, names, &k2, &q2) == 0)
            m = 0; /* "Design and Manufacturing of ...": one name, not two */
        if (m == 3 && (k == 0 || (*members == 0 && !(q + 1 < n && U[q + 1].ch == ','))))
            m = 0; /* not the sentence's first word; a first member has more after it */
        if (m == 0 || (m == 3 && !orgs))
            break;
        norg += m == 1;
        state |= m == 2 && U[k].actor >= 0 && d->actors[U[k].actor].kind == AG_STATE;
        (*members)++;
        if (!count && m == 2 && U[k].name >= 0) {
            ex_name *nm = &names->v[names->v[U[k].name].alias_of >= 0
                                        ? names->v[U[k].name].alias_of
                                        : U[k].name];
            if (orgs && nm->kind == AG_PERSON && !(U[k].wc & WC(WC_TITLE)))
                nm->kind = AG_ORGANIZATION;
        } else if (!count && m == 1 && !orgs && U[k].name >= 0 && q == k + 1 &&
                   !(U[q].wc & WC(WC_ORG_SUFFIX))) {
            names->v[U[k].name].kind = AG_PERSON;
        } else if (!count && m == 3) {
            int idx = add_name(names, s + U[k].s, U[k].e - U[k].s, AG_ORGANIZATION, 1);
            if (idx >= 0)
                U[k].name = idx;
        }
        if ((k = list_next(U, n, s, q)) == 0)
            break;
    }
    return state ? -1 : norg;
}

/* "The companies targeted include Raytheon, Bluefin Robotics, NovaGrid and
 * Helix Works": a plural noun for organizations (or for individuals) said
 * right before a list types the list's members (list_type). So does a list
 * of three or more members of which at least two are organizations and
 * none is a state ("Alpha Trading LLC, Orbital Dynamics, Vexa and Beta
 * Logistics Ltd"). */
static void typed_list(const ag_dict *d, ex_unit *U, size_t n, const char *s, ex_names *names,
                       wc_mask all_wc, size_t nsep)
{
    int members;
    /* the first pass needs a group noun (a class of some unit: all_wc),
     * the second a list of three members, so two separators ("," or "and":
     * nsep, counted before units merged into names, which only lowers it) */
    int groups = (all_wc & (WC(WC_GROUP_ORG) | WC(WC_GROUP_PERSON) | WC(WC_COREF))) != 0;
    for (size_t g = 0; groups && g + 2 < n; g++) {
        int orgs = ((U[g].wc & WC(WC_GROUP_ORG)) && !(U[g].wc & WC(WC_GROUP_PERSON))) ||
                   ((U[g].wc & WC(WC_COREF)) && lower_tail(&U[g], s, 1)); /* "the firms" */
        int people = (U[g].wc & WC(WC_GROUP_PERSON)) && !(U[g].wc & WC(WC_GROUP_ORG));
        if ((!orgs && !people) || U[g].actor >= 0 || !lower_tail(&U[g], s, 0))
            continue;
        size_t k = g + 1;
        while (k < n && k < g + 3 && (U[k].flags & TK_WORD) && !(U[k].flags & TK_CAP) &&
               !is_word(&U[k], s, "include") && !is_word(&U[k], s, "includes") &&
               !is_word(&U[k], s, "included") && !is_word(&U[k], s, "including") &&
               !is_word(&U[k], s, "are") && !is_word(&U[k], s, "were") &&
               !is_word(&U[k], s, "namely") && !is_word(&U[k], s, "such"))
            k++; /* "The companies targeted include", "firms sanctioned were" */
        if (k + 1 >= n)
            continue;
        if (is_word(&U[k], s, "such") && k + 1 < n && is_word(&U[k + 1], s, "as"))
            k++;
        else if (!(U[k].ch == ':' || U[k].ch == ',' ||
                   (U[k].ch == '-' && !(U[k].flags & TK_WORD)) ||
                   ((U[k].flags & TK_WORD) && !(U[k].flags & TK_CAP))))
            continue;
        list_type(d, U, n, s, names, k + 1, orgs, 0, &members);
    }
    for (size_t k = 0; nsep >= 2 && k < n; k++) {
        if (!(U[k].flags & (TK_CAP | TK_UPPER)))
            continue; /* a member is a name, an actor or a capitalized word */
        if (k > 0 && (U[k - 1].ch == ',' || is_word(&U[k - 1], s, "and") ||
                      (U[k - 1].name >= 0 && U[k - 1].name == U[k].name)))
            continue; /* a list starts after no separator and no name */
        if (list_type(d, U, n, s, names, k, 1, 1, &members) >= 2 && members >= 3)
            list_type(d, U, n, s, names, k, 1, 0, &members); /* no state among them */
    }
}

int ex_units(const ag_dict *d, const char *s, const ex_token *tok, size_t ntok, ex_unit **units,
             size_t *nunits, size_t *cap, ex_names *names, int headline)
{
    size_t i = 0, nsep = 0; /* units "," or "and" */
    int paren = 0;          /* a "(" among the tokens */
    wc_mask all_wc = 0;     /* the classes of the units */
    *nunits = 0;
    while (i < ntok) {
        const dict_entry *best = NULL;
        int bn = 1;
        if (*nunits == *cap && ag_grow(units, cap, *nunits, sizeof **units, 128) != AG_OK)
            return AG_ERR_NOMEM;
        ex_unit *u = &(*units)[*nunits]; /* filled in place */
        if (ex_first_ok(d, tok[i].h)) {
            /* the longest run of tokens that is a prefix of some key. The
             * first token is not looked up: a key that matches n tokens
             * has the hashes of their first 1 ... n in the prefix set, so
             * a longer run than the true one finds no other match; nor
             * does a shorter one when no key of two tokens or more starts
             * with the first */
            int maxn = 1;
            uint64_t h = tok[i].h;
            int more = ex_multi_ok(d, h) ? d->max_ntok : 1;
            for (int n = 2; n <= more && i + (size_t)n <= ntok; n++) {
                h = ex_hash_combine(h, tok[i + (size_t)n - 1].h);
                if (!ex_pfx_ok(d, h) || !ex_dict_has_prefix(d, h))
                    break;
                maxn = n;
            }
            for (int n = maxn; n >= 1 && best == NULL; n--) {
                best = ex_dict_match(d, s, tok, ntok, i, n);
                if (best != NULL)
                    bn = n;
            }
        }
        *u = (ex_unit){.t0 = i,
                       .t1 = i + (size_t)bn,
                       .s = tok[i].s,
                       .e = tok[i + (size_t)bn - 1].e,
                       .flags = tok[i].flags,
                       .ch = tok[i].ch,
                       .h = tok[i].h,
                       .actor = -1,
                       .name = -1};
        if (best != NULL) {
            u->wc = u->head_wc = best->classes;
            u->category = best->category;
            u->actor = best->actor;
            u->surf = best->surf;
            if (u->actor >= 0 && water_body(*units, *nunits, s))
                u->actor = -1; /* "the Gulf of Aden", "the Sea of Japan": water, no party */
            if (bn >= 2) {
                const dict_entry *last = ex_dict_match(d, s, tok, ntok, i + (size_t)bn - 1, 1);
                u->head_wc = last != NULL ? last->classes : 0;
                u->organ_head = u->actor >= 0 && (u->head_wc & WC(WC_ORGAN));
            }
        }
        paren |= u->ch == '(';
        all_wc |= u->wc;
        nsep += u->ch == ',' || (u->e - u->s == 3 && is_word(u, s, "and"));
        (*nunits)++;
        i += (size_t)bn;
    }

    /* unknown names: runs of capitalized words */
    ex_unit *U = *units;
    size_t n = *nunits;
    /* "RSF commander Abdelrahim Dagalo", "Hunter Biden": a given name before
     * a known person's surname names another person of that family */
    for (size_t k = 1; k < n; k++)
        if (U[k].actor >= 0 && d->actors[U[k].actor].kind == AG_PERSON && U[k].t1 == U[k].t0 + 1 &&
            name_word(&U[k - 1]) && (U[k - 1].flags & TK_CAP) && !(U[k - 1].flags & TK_UPPER) &&
            !(U[k - 1].wc & (WC(WC_TITLE) | WC(WC_ORG_SUFFIX) | WC(WC_PERSON_ROLE))) &&
            U[k - 1].e < U[k].s) {
            U[k].actor = -1;
            U[k].wc = U[k].head_wc = 0;
        }
    size_t first = 0;
    while (first < n && (U[first].flags & TK_PUNCT))
        first++;
    /* A headline in title case ("Israel Launches Airstrikes across Syria")
     * capitalizes verbs and nouns: there a new name needs a company suffix. */
    size_t nwords = 0, ncaps = 0;
    for (size_t k = 0; headline && k < n; k++)
        if ((U[k].flags & TK_WORD) && U[k].e - U[k].s >= 4) {
            nwords++;
            ncaps += (U[k].flags & (TK_CAP | TK_UPPER)) != 0;
        }
    int title_case = headline && nwords >= 4 && ncaps * 4 >= nwords * 3;
    for (i = 0; i < n;) {
        if (!(U[i].flags & (TK_CAP | TK_UPPER))) {
            i++; /* no capital: neither a name word nor a titled one (most units) */
            continue;
        }
        int titled = i > 0 && i + 1 < n && (U[i - 1].wc & WC(WC_TITLE)) && (U[i].flags & TK_CAP) &&
                     (U[i].flags & TK_WORD) && U[i].actor < 0 && (U[i].wc & WC(WC_STOPCAP)) &&
                     name_word(&U[i + 1]);
        if (!name_word(&U[i]) && !titled) { /* "Defence Minister No Kwang Chol" */
            i++;
            continue;
        }
        if (i + 2 < n && is_word(&U[i + 1], s, "of") && water_head(&U[i], s)) {
            i += 3; /* "Gulf of Aden": water, no name */
            continue;
        }
        size_t b = i, e = i + 1;
        for (;;) {
            if (e < n && name_word(&U[e]) && !(U[e - 1].flags & TK_POSS)) {
                e++;
                continue;
            }
            /* an initial: "Harry S. Truman" */
            if (e + 1 < n && U[e].ch == '.' && U[e - 1].e - U[e - 1].s == 1 &&
                name_word(&U[e + 1])) {
                e += 2;
                continue;
            }
            /* "Design and Manufacturing of Aircraft Engines": one word, "and"
             * and a company word start one name */
            if (e == b + 1 && e + 1 < n && is_word(&U[e], s, "and") && name_word(&U[e + 1]) &&
                (U[e + 1].wc & WC(WC_ORG_SUFFIX)) && (U[e + 1].flags & TK_CAP) &&
                !(U[b].wc & WC(WC_ORG_SUFFIX)) && !(U[b].flags & TK_UPPER)) {
                e += 2;
                continue;
            }
            /* "X and Y (ACR)", "Defense Technology and Science Research
             * Center (DTSRC)": an acronym spans the whole name */
            if (e + 4 < n && (U[e].e - U[e].s == 3 && memcmp(s + U[e].s, "and", 3) == 0)) {
                size_t a = e + 1;
                while (a < n && a < e + 5 && name_word(&U[a]))
                    a++;
                if (a > e + 1 && a + 2 < n && U[a].ch == '(' && (U[a + 1].flags & TK_UPPER) &&
                    U[a + 2].ch == ')') {
                    e = a;
                    continue;
                }
            }
            /* "Saeed al-Jabri", "bin-Salman" */
            if (e + 2 < n && name_connector(&U[e]) && U[e].ch != '-' && U[e + 1].ch == '-' &&
                U[e + 1].s == U[e].e && U[e + 2].s == U[e + 1].e && name_word(&U[e + 2])) {
                e += 3;
                continue;
            }
            /* "Nusrat ul-Islam wa al-Muslimin": a connector before "al-X" */
            if (e + 3 < n && name_connector(&U[e]) && U[e].ch != '-' && name_connector(&U[e + 1]) &&
                U[e + 1].ch != '-' && U[e + 2].ch == '-' && U[e + 2].s == U[e + 1].e &&
                U[e + 3].s == U[e + 2].e && name_word(&U[e + 3])) {
                e += 4;
                continue;
            }
            /* two connectors: "Framework for the Defence" */
            if (e + 2 < n && name_connector(&U[e]) && name_connector(&U[e + 1]) && U[e].ch != '-' &&
                U[e + 1].ch != '-' && name_word(&U[e + 2])) {
                e += 3;
                continue;
            }
            if (e + 1 < n && name_connector(&U[e]) && name_word(&U[e + 1]) &&
                U[e].s == U[e - 1].e + (U[e].ch == '-' ? 0 : 1)) {
                if (U[e].ch == '-' && U[e + 1].s != U[e].e)
                    break;
                e += 2;
                continue;
            }
            if (e + 1 < n && U[e].ch == '-' && U[e].s == U[e - 1].e && U[e + 1].s == U[e].e &&
                (U[e + 1].flags & TK_NUM)) {
                e += 2;
                continue;
            }
            /* "K&M Trade": an ampersand between letters, no spaces */
            if (e + 1 < n && is_word(&U[e], s, "&") && U[e].s == U[e - 1].e &&
                U[e + 1].s == U[e].e && name_word(&U[e + 1])) {
                e += 2;
                continue;
            }
            /* "Falcon Global Trade;": a trade word ending a name of two
             * words or more, with no title after it ("Trade Minister") */
            if (e < n && e >= b + 2 && (U[e].flags & TK_CAP) && trade_word(&U[e], s) &&
                U[e].actor < 0 && U[e].s == U[e - 1].e + 1 &&
                (e + 1 == n || !(U[e + 1].flags & TK_CAP))) {
                e += 1;
                continue;
            }
            /* "Orbit Trade Ltd": a capitalized common word inside a company name */
            if (e + 1 < n && (U[e].flags & TK_CAP) && (U[e].flags & TK_WORD) && U[e].actor < 0 &&
                (U[e].wc & WC(WC_STOPCAP)) && !(U[e].wc & WC(WC_SAY)) && name_word(&U[e + 1]) &&
                (U[e + 1].wc & WC(WC_ORG_SUFFIX)) && U[e].s == U[e - 1].e + 1) {
                e += 2;
                continue;
            }
            /* "Control Afzar Tabriz Co Ltd": a place inside a company name */
            if (e + 1 < n && U[e].actor >= 0 && (U[e].flags & TK_CAP) && !(U[e].flags & TK_POSS) &&
                U[e].s == U[e - 1].e + 1 && d->actors[U[e].actor].kind == AG_STATE) {
                size_t f = e + 1;
                while (f < n && f < e + 5 && name_word(&U[f]) && !(U[f].wc & WC(WC_ORG_SUFFIX)))
                    f++;
                if (f < n && name_word(&U[f]) && (U[f].wc & WC(WC_ORG_SUFFIX))) {
                    U[e].actor = -1;
                    e = f + 1;
                    continue;
                }
            }
            /* "Myanma Oil and Gas Enterprise": a pair of trades inside one
             * company name, which ends with its suffix */
            if (e + 2 < n && U[e].e - U[e].s == 3 && memcmp(s + U[e].s, "and", 3) == 0 &&
                trade_word(&U[e - 1], s) && name_word(&U[e + 1]) &&
                (trade_word(&U[e + 1], s) || e == b + 1)) { /* not "Falcon Trade and Acme Co" */
                size_t f = e + 1;
                while (f < n && f < e + 4 && name_word(&U[f]))
                    f++;
                if (U[f - 1].wc & WC(WC_ORG_SUFFIX)) {
                    e = f;
                    continue;
                }
            }
            break;
        }
        size_t next = e;
        if (water_head(&U[e - 1], s) || is_word(&U[e - 1], s, "Ocean")) {
            i = next; /* "the Red Sea", "the Black Sea": water, no name */
            continue;
        }
        /* "Sudan's Ministry of Defence", "the Japan Maritime Self-Defense
         * Force": a new name that is an organ of the state right before it
         * (or of its possessive) is that state */
        if (e >= b + 2 && organ_run(U, b, e, s)) { /* one organ word: see ex_parties.c */
            size_t m = b;
            if (b >= 2 && (U[b - 1].flags & TK_POSS) && own_state(d, &U[b - 2]))
                m = b - 2;
            else if (b >= 1 && own_state(d, &U[b - 1]) && !(U[b - 1].flags & TK_POSS) &&
                     (U[b - 1].flags & TK_CAP) && U[b].s == U[b - 1].e + 1)
                m = b - 1;
            if (m < b) {
                U[m].e = U[e - 1].e;
                U[m].t1 = U[e - 1].t1;
                U[m].surf = SURF_SEAT;
                U[m].flags &= ~TK_POSS;
                U[m].head_wc = U[e - 1].wc;
                U[m].organ_head = 1;
                memmove(&U[m + 1], &U[e], (n - e) * sizeof *U);
                n -= e - (m + 1);
                *nunits = n;
                i = m + 1;
                continue;
            }
        }
        /* "Xiamen Haixing Aero-Engine Co", "Hong Kong Tianle International Co
         * Limited": a city starting a company name */
        while (b > 0 && U[b - 1].actor >= 0 &&
               (U[b - 1].surf == SURF_PLACE || U[b - 1].surf == SURF_ALIAS) &&
               d->actors[U[b - 1].actor].kind == AG_STATE && (U[b - 1].flags & TK_CAP) &&
               !(U[b - 1].flags & TK_POSS) && U[b].s == U[b - 1].e + 1 &&
               (U[b - 1].t1 == U[b - 1].t0 + 1 || U[b - 1].surf == SURF_PLACE)) {
            int org = 0;
            for (size_t k = b; k < e; k++)
                if (U[k].wc & WC(WC_ORG_SUFFIX))
                    org = 1;
            if (!org)
                break;
            b--; /* "Hangzhou Fuyang Koto Machinery Co": two places */
            U[b].actor = -1;
        }
        /* "Lockheed Martin Missiles and Fire Control": a division of a
         * dictionary organization is that organization */
        if (b > 0 && U[b - 1].actor >= 0 && d->actors[U[b - 1].actor].kind == AG_ORGANIZATION &&
            U[b].s == U[b - 1].e + 1 && (U[b - 1].flags & TK_CAP) && !(U[b - 1].flags & TK_POSS)) {
            int org = 0;
            for (size_t k = b; k < e; k++)
                if ((U[k].wc & WC(WC_ORG_SUFFIX)) && (U[k].flags & TK_CAP))
                    org = 1;
            if (org) {
                U[b - 1].e = U[e - 1].e;
                U[b - 1].t1 = U[e - 1].t1;
                memmove(&U[b], &U[e], (n - e) * sizeof *U);
                n -= e - b;
                *nunits = n;
                i = b;
                continue;
            }
        }
        /* strip leading titles */
        while (b < e && (U[b].wc & WC(WC_TITLE)))
            b++;
        /* "Chief of Defense Staff General Mubarakh Muganga": a person's name
         * follows the last title inside the run */
        for (size_t k = e; k > b + 1 && k >= 3; k--) {
            size_t q = k - 3; /* a title with two name words after it */
            if (q < b || !(U[q].wc & WC(WC_TITLE)) || (U[q].wc & WC(WC_ORG_SUFFIX)) ||
                !(U[q].flags & TK_CAP))
                continue;
            int org = 0;
            for (size_t r = q + 1; r < e; r++)
                if ((U[r].wc & (WC(WC_ORG_SUFFIX) | WC(WC_TITLE))) || !name_word(&U[r]))
                    org = 1;
            if (!org && e - q == 3)
                b = q + 1;
            break;
        }
        if (b + 1 < e && (U[e - 1].wc & WC(WC_TITLE)) && !(U[e - 1].wc & WC(WC_ORG_SUFFIX)) &&
            e < n && U[e].ch == '.') {
            i = next; /* "Special Operations Force Commander Brig.": a role, the name follows */
            continue;
        }
        while (b < e && name_connector(&U[b]) &&
               !((U[b].flags & TK_CAP) && b + 1 < e && !is_word(&U[b], s, "the") &&
                 !is_word(&U[b], s, "of") && !is_word(&U[b], s, "for")))
            b++; /* not the particle of "Al Junaid", "El Fasher", "Bin Talal" */
        /* "Secretary of State Wendy Sherman", "Minister of Foreign Affairs
         * X": the office after "TITLE of" is part of the title */
        if (b >= 2 && is_word(&U[b - 1], s, "of") && (U[b - 2].wc & WC(WC_TITLE))) {
            static const char *const OFFICE[] = {"State",   "Affairs", "Homeland", "Security",
                                                 "Treasury", "Commerce", "Justice", "Interior",
                                                 "Energy",  "Finance", "Trade",    "Industry",
                                                 "War",     "Navy",    "Army",     NULL};
            size_t b0 = b;
            for (int hit = 1; hit && b + 2 < e;) {
                hit = (U[b].wc & WC(WC_TITLE)) != 0;
                for (int w = 0; !hit && OFFICE[w] != NULL; w++)
                    hit = is_word(&U[b], s, OFFICE[w]);
                if (hit)
                    b++;
            }
            int office = 1; /* "Minister of Foreign Affairs" before a known name */
            for (size_t k = b; k < e && office; k++) {
                office = (U[k].wc & WC(WC_TITLE)) != 0;
                for (int w = 0; !office && OFFICE[w] != NULL; w++)
                    office = is_word(&U[k], s, OFFICE[w]);
            }
            if (office || (b == b0 && b + 2 == e && is_word(&U[b], s, "State"))) {
                i = next; /* no name, or "Secretary of State Blinken": a surname alone */
                continue;
            }
        }
        /* "Defense Industries System", "Foreign Trade Bank": capitalized
         * common words right before a company word belong to the name */
        if (b < e && ((U[b].wc & WC(WC_ORG_SUFFIX)) || trade_word(&U[b], s))) {
            size_t f = b;
            while (f > 0 && b - f < 2 && (U[f - 1].flags & TK_CAP) && (U[f - 1].flags & TK_WORD) &&
                   U[f - 1].actor < 0 && (U[f - 1].wc & (WC(WC_STOPCAP) | WC(WC_TITLE))) &&
                   !(U[f - 1].wc & (WC(WC_SAY) | WC(WC_DET))) && !(U[f - 1].flags & TK_POSS) &&
                   U[f].s == U[f - 1].e + 1 && (f - 1 != first || trade_word(&U[f - 1], s)))
                f--;
            b = f;
        }
        size_t nw = 0;
        int org = 0, upper_all = 1;
        for (size_t k = b; k < e; k++) {
            if (U[k].flags & TK_WORD)
                nw++;
            if (U[k].wc & WC(WC_ORG_SUFFIX))
                org = 1;
            if ((U[k].flags & TK_WORD) && !(U[k].flags & TK_UPPER))
                upper_all = 0;
        }
        if (b < e && nw > 0 &&
            (document_word(&U[e - 1], s) ||
             (b >= 2 && document_word(&U[b - 2], s) &&
              (is_word(&U[b - 1], s, "on") || is_word(&U[b - 1], s, "concerning") ||
               is_word(&U[b - 1], s, "against"))))) {
            /* also "the Act on Special Measures concerning ...": the title goes on */
            while (next + 1 < n &&
                   (is_word(&U[next], s, "concerning") || is_word(&U[next], s, "on") ||
                    is_word(&U[next], s, "of") || is_word(&U[next], s, "for")) &&
                   name_word(&U[next + 1])) {
                next++;
                while (next < n && (name_word(&U[next]) ||
                                    (name_connector(&U[next]) && next + 1 < n &&
                                     name_word(&U[next + 1]))))
                    next++;
            }
            i = next; /* "the Federal Register", "Council Regulations": a text, no actor */
            continue;
        }
        if (b < e && nw >= 2 && (is_word(&U[b], s, "MV") || is_word(&U[b], s, "MT") ||
                                 is_word(&U[b], s, "M/V"))) {
            i = next; /* "MV Torm Thor": a merchant ship, no actor */
            continue;
        }
        if (b < e && nw >= 2 && !org && (U[e - 1].wc & WC(WC_ITEM)) && U[e - 1].actor < 0 &&
            ((b > 0 && (U[b - 1].flags & TK_NUM)) || has_digit(s, U[b].s, U[e - 1].e) ||
             (e - b >= 2 && (U[e - 2].wc & WC(WC_ITEM))))) {
            /* "K9 Self-Propelled Howitzers (SPHs)", "Anti-Ship Missile
             * System": a weapon in capitals, no actor; nor is its acronym */
            if (e + 2 < n && U[e].ch == '(' && (U[e + 1].flags & (TK_UPPER | TK_CAP)) &&
                U[e + 2].ch == ')')
                next = e + 3;
            i = next;
            continue;
        }
        if (b < e && nw > 0) {
            const char *text = s + U[b].s;
            size_t len = U[e - 1].e - U[b].s;
            int initial = b == first;
            int idx = -1;
            int based = b >= 2 && (U[b - 1].wc & WC(WC_COMPOUND)) && U[b - 2].ch == '-';
            if (nw == 1 && upper_all && (U[b].wc & WC(WC_ITEM)))
                idx = -1; /* "UAV", "MLRS": a weapon, not a name */
            else if (nw == 1 && upper_all)
                idx = add_name(
                    names, text, len, AG_ORGANIZATION,
                    len >= 3 && b > 0 &&
                        (((U[b - 1].wc & WC(WC_PRIVATE_HEAD)) && !(U[b - 1].flags & TK_CAP)) ||
                         (U[b - 1].wc & WC(WC_SANCTION_V))));
            /* "the state oil company PDVSA", "sanctioned PDVSA" */
            else if (nw == 1 && !upper_all) {
                /* a single word: a short form of an earlier name, or a
                 * company in apposition: "drone maker Skydio", "Skydio, an
                 * American drone maker" */
                int firm =
                    b > 0 && (U[b - 1].wc & WC(WC_PRIVATE_HEAD)) && !(U[b - 1].flags & TK_CAP);
                /* "Alpha Post Ltd and Freightlink": joined to a firm's name */
                if (b >= 2 && (is_word(&U[b - 1], s, "and") || U[b - 1].ch == ',') &&
                    U[b - 2].name >= 0 && names->v[U[b - 2].name].kind == AG_ORGANIZATION &&
                    e < n && !(U[e].flags & TK_POSS) &&
                    !(U[e].ch == '.' && web_dot(&U[e], s)) && /* "Vesti.Ua" */
                    !(e + 1 < n && is_word(&U[e], s, "and") && (U[e + 1].flags & TK_CAP)))
                    firm = 1; /* not "Design and Manufacturing of X": one name */
                size_t q = b;
                while (q > 0 && b - q < 2 && (U[q - 1].ch == '-' || U[q - 1].ch == ':'))
                    q--;
                if (q < b && q > 0 && (U[q - 1].wc & (WC(WC_PRIVATE_HEAD) | WC(WC_GROUP_ORG))) &&
                    !(U[q - 1].flags & TK_CAP))
                    firm = 1; /* "two Turkish entities – Margo and Demir –" */
                if (!firm && e + 2 < n && U[e].ch == ',' &&
                    (is_word(&U[e + 1], s, "a") || is_word(&U[e + 1], s, "an") ||
                     is_word(&U[e + 1], s, "the")))
                    for (size_t k = e + 2; k < n && k < e + 7 && !(U[k].flags & TK_PUNCT); k++)
                        if ((U[k].wc & WC(WC_PRIVATE_HEAD)) && !(U[k].flags & TK_CAP))
                            firm = 1;
                idx = add_name(names, text, len, AG_ORGANIZATION, firm);
            } else if (nw == 1 && upper_all && len < 2) {
                idx = -1;
            } else if (initial && nw == 1) {
                idx = add_name(names, text, len, AG_ORGANIZATION, 0);
            } else {
                if (!title_case && trade_word(&U[e - 1], s))
                    org = 1; /* "Alpha Arms", "Beta Logistics": no person's name */
                ag_kind kind = (org || upper_all || nw > 4 || based) ? AG_ORGANIZATION : AG_PERSON;
                idx = add_name(names, text, len, kind, !title_case || org);
            }
            if (idx >= 0) {
                if (names->v[idx].state < 0)
                    names->v[idx].state = home_state(d, U, n, b, e, s);
                for (size_t k = b; k < e; k++)
                    U[k].name = idx;
                /* an acronym in parentheses: "Acme Trading (ACT)" */
                size_t ae = e + 2; /* the closing parenthesis */
                if (e + 4 < n && U[e].ch == '(' && (U[e + 1].flags & TK_UPPER) &&
                    U[e + 2].ch == '-' && (U[e + 3].flags & TK_UPPER) && U[e + 4].ch == ')')
                    ae = e + 4; /* "(CSP-DPA)" */
                if (ae < n && U[e].ch == '(' && (U[e + 1].flags & TK_UPPER) && U[ae].ch == ')' &&
                    U[e + 1].actor < 0) {
                    size_t al = U[ae - 1].e - U[e + 1].s;
                    for (size_t k = e + 2; k < ae; k++)
                        U[k].name = idx;
                    int a2 = add_name(names, s + U[e + 1].s, al, AG_ORGANIZATION, 1);
                    if (a2 >= 0 && a2 != idx && names->v[a2].alias_of < 0 &&
                        (size_t)a2 == names->n - 1)
                        names->v[a2].alias_of = idx;
                    U[e + 1].name = idx;
                    next = ae + 1;
                } else if (ae < n && U[e].ch == '(' && (U[e + 1].flags & TK_UPPER) &&
                           U[ae].ch == ')' && ae == e + 2 && U[e + 1].actor >= 0 &&
                           d->actors[U[e + 1].actor].kind == AG_STATE) {
                    /* "the Office of Foreign Assets Controls (OFAC)": an organ
                     * the dictionary knows by its acronym only is its state
                     * (an organization keeps the name the text gives it) */
                    for (size_t k = b; k < e; k++) {
                        U[k].name = -1;
                        U[k].actor = U[e + 1].actor;
                        U[k].surf = U[e + 1].surf;
                    }
                }
            }
        }
        i = next;
    }
    typed_list(d, U, n, s, names, all_wc, nsep);
    /* an acronym in parentheses after a dictionary actor: "the National
     * Intelligence Service (NIS)" */
    for (i = 0; paren && i + 2 < n; i++) {
        /* "the Israel Defense Forces (IDF)": a state and its organ */
        size_t a = i;
        if (U[i].actor < 0 && (U[i].wc & WC(WC_ORGAN)) && (U[i].flags & TK_CAP) && i > 0 &&
            U[i - 1].actor >= 0 && !(U[i - 1].flags & TK_POSS))
            a = i - 1;
        if (U[a].actor >= 0 && U[i + 1].ch == '(' && U[i + 2].actor < 0 && U[i + 2].name < 0 &&
            (U[i + 2].flags & TK_UPPER) && i + 3 < n && U[i + 3].ch == ')') {
            U[i + 2].actor = U[a].actor;
            U[i + 2].surf = U[a].surf;
        }
    }
    return AG_OK;
}
