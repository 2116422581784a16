/*
 * extract_ctx.h -- private header of the pattern matcher. The driver
 * (extract.c) and the files of the parties, the clause analysis and the
 * pattern families (ex_*.c) share through it the types of one article's
 * matching context (parties, entities, coordinated groups, items, the edges
 * found, the current sentence and what the article said so far), the small
 * inline helpers that test the units of a sentence, and the prototypes of
 * the ex_ helpers that one file calls in another. Not installed; not for
 * use outside ingest/.
 */
#ifndef AG_EXTRACT_CTX_H
#define AG_EXTRACT_CTX_H

#include "extract_int.h"

#include <string.h>
#include <strings.h>

#define MAXG 8              /* parties in one coordinated group */
#define MAX_NAMED_STATES 64 /* states counted per article for "the junta" */
#define MAX_COMPANIES 6     /* companies remembered for "both companies" */
#define MAX_ENT_SEEN 64     /* entities of the extraction found by actor or name */

typedef struct party {
    size_t u0, u1;   /* unit range */
    int actor;       /* dictionary actor or -1 */
    int name;        /* unknown name or -1 */
    int target_only; /* a place or "Ukrainian cities": only the target of an attack */
    int poss;        /* followed by 's */
    int supplied;    /* "X-supplied" */
    int led;         /* "X-led" */
    int inferred;    /* resolved from a short reference */
    int plural; /* "both companies": that many recent companies (-1: all of the last sentence) */
} party;

typedef struct ent {
    int actor; /* resolved: dictionary actor (officials already mapped to states) */
    int name;
    uint32_t ss, se; /* the surface form in the current sentence, or ss == se */
    size_t sent;     /* the sentence the surface form belongs to */
} ent;

typedef struct group {
    ent e[MAXG];
    int n;
    int inferred;
} group;

typedef struct found_edge {
    ag_edge_type type;
    ent src, dst;
    size_t sentence; /* number of the sentence in the article */
} found_edge;

/* ---- items ---------------------------------------------------------------- */

typedef struct items {
    ag_buf text;
    int category;
    int n;
    int military; /* at least one head that is not non-military */
    int civil;    /* at least one head that is not military */
} items;

typedef struct ctx {
    const ag_dict *d;
    ag_extraction *x;
    const char *published;
    ex_names names;
    /* current sentence */
    const char *s; /* normalized line */
    ex_unit *U;
    size_t nu;
    party *P;
    size_t np, capp;
    int *pidx; /* unit -> party index or -1 */
    size_t cappidx;
    size_t sent_s, sent_e; /* sentence in the normalized line */
    const size_t *map;     /* normalized line -> offsets in the line, NULL: the same (ctx_orig) */
    size_t line_off;       /* the line's offset in the article's text */
    int question;
    int headline; /* a title or caption line: "Russia, China Violate Embargo" lists by commas */
    int exchange_unit; /* unit index of "in exchange/in return", or -1 */
    /* article memory */
    int have_last_org;
    ent last_org; /* the last dictionary organization */
    int have_last_company;
    ent last_company; /* the last named organization not in the dictionary */
    int have_sanctioner;
    ent sanctioner;
    int have_subject; /* the last sentence opened with a subject: one organization or
                       * state (what "it" stands for next), or a group ("they") */
    group subject;
    size_t subject_sentence;
    int sanction_context;
    int military_context; /* the article has named weapons, arms or an embargo */
    int un_body;          /* 1 + the dictionary actor of the UN or its Security Council named */
    int un, unsc;         /* the dictionary actors "United Nations", "UN Security Council" or -1 */
    struct {
        int open;         /* a sanctions sentence named a group: "sanctioned five companies" */
        ent src;          /* its sanctioner */
        int orgs, people; /* which kinds the group holds */
        size_t last;      /* the last sentence that opened it or named its members */
    } carry;
    struct {
        int open;  /* "these companies procured parts for X" with no names yet */
        int kinds; /* 1 organizations, 2 people, 3 either */
        group dst;
        items it;
        size_t last; /* the sentence that said it or named the group's members */
        size_t said; /* the sentence that said it */
        size_t at;   /* the unit of its verb there */
    } grole;
    char *last_sayer;
    found_edge *fe;
    size_t nfe, capfe;
    const char *why;          /* the rule that fired (debugging) */
    ag_err error;             /* why emitting failed, when it did */
    int date_done;            /* date of the current sentence found */
    ag_extractor mode;        /* rules, scorer or both */
    int quiet;                /* rules run for the article memory only: no mentions */
    size_t sanction_sentence; /* where the last sanctioner acted */
    size_t sentence_no;       /* the current sentence's number in the article */
    int has_cond;             /* the sentence has "if" or "unless" */
    size_t first_deny;        /* the first denial word of the sentence, or its length */
    struct {
        int actor, name; /* an ent's dictionary actor or name (ex_clause.c ent_index) */
        size_t idx;      /* its entity in x */
    } ent_seen[MAX_ENT_SEEN];
    size_t n_ent_seen;
    uint16_t frame_lens[26]; /* bit l: a frame verb of length l starts with 'a' + i (extract.c) */
    struct {
        size_t sent;    /* the sentence of the last quantity scanned (ex_clause.c emit) */
        const char *at; /* the text scanned */
        size_t len;     /* its length */
        size_t mention; /* 1 + the mention that holds the result, 0 none */
    } q_seen;
    char date[11];
    char dateline[11];   /* the article's date from its dateline, when none was given */
    size_t dateline_len; /* its length in the original text: no edge's date */
    struct {
        int actor;      /* a state the article named */
        unsigned n;     /* how often */
        unsigned organ; /* how often with an organ: "Malian army", "Myanmar's generals" */
        size_t last;    /* the last sentence that named it */
    } named[MAX_NAMED_STATES];
    size_t n_named;
    struct {
        ent e;       /* a company the article named, most recent first */
        size_t sent; /* the sentence that named it last */
    } companies[MAX_COMPANIES];
    size_t n_companies;
} ctx;

/* ---- small helpers ------------------------------------------------------- */

static inline __attribute__((always_inline)) int uw(const ctx *c, size_t k, const char *w)
{
    if (k >= c->nu)
        return 0;
    size_t l = strlen(w); /* a constant where w is a literal */
    return c->U[k].e - c->U[k].s == l && ex_caseeq(c->s + c->U[k].s, w, l);
}

/* Is unit k one of the words of the NULL-terminated list? */
static inline int uw_any(const ctx *c, size_t k, const char *const *words)
{
    return k < c->nu && ex_word_in(c->s + c->U[k].s, c->U[k].e - c->U[k].s, words);
}

/* The offset in the article's text of byte i of the current (normalized) line. */
static inline size_t ctx_orig(const ctx *c, size_t i)
{
    return (c->map != NULL ? c->map[i] : i) + c->line_off;
}

static inline int has(const ctx *c, size_t k, int wc)
{
    return k < c->nu && (c->U[k].wc & WC(wc)) != 0;
}

/* Words of frames that have no word class of their own, found once per
 * unit by do_sentence (ex_unit.fw; extract.c's frame_words lists them). A
 * sentence pass that needs one of FW_VIA, FW_HIRE, FW_BUYER is run only
 * when the sentence has it. */
enum {
    FW_SUSPEND = 1 << 0,
    FW_SUPPORT = 1 << 1,
    FW_PAY = 1 << 2,
    FW_FIGHT = 1 << 3,
    FW_GO = 1 << 4,
    FW_HELP = 1 << 5,
    FW_TURN = 1 << 6,
    FW_BOUND = 1 << 7,
    FW_MAKE = 1 << 8,
    FW_DEFEND = 1 << 9,
    FW_FRAMES = (1 << 10) - 1, /* the frames above: lower-case words only */
    FW_VIA = 1 << 10,          /* ex_via_transit's "via", "through" */
    FW_HIRE = 1 << 11,         /* ex_hire_verb's verbs */
    FW_BUYER = 1 << 12,        /* ex_buyer_noun's nouns */
    FW_MILITARY = 1 << 13,     /* "embargo", "arms embargo", "military": a military context */
    FW_ARMS = 1 << 14,         /* ex_verbal_arms's "arms", "funds" */
};
_Static_assert(FW_ARMS <= UINT16_MAX, "a unit's FW_* words are the bits of ex_unit.fw");

static inline int is_punct(const ctx *c, size_t k, char ch)
{
    return k < c->nu && (c->U[k].flags & TK_PUNCT) && c->U[k].ch == ch;
}

/* Does unit k end in "-ing" (a word of more than four bytes)? */
static inline int ends_ing(const ctx *c, size_t k)
{
    return c->U[k].e - c->U[k].s > 4 && memcmp(c->s + c->U[k].e - 3, "ing", 3) == 0;
}

/* Does the first word of unit k end in "-ing" ("opening fire on")? */
static inline int first_ing(const ctx *c, size_t k)
{
    size_t e = c->U[k].s;
    while (e < c->U[k].e && c->s[e] != ' ')
        e++;
    return e - c->U[k].s > 4 && memcmp(c->s + e - 3, "ing", 3) == 0;
}

/* Does unit k end in "-ed" (a word of more than three bytes)? */
static inline int ends_ed(const ctx *c, size_t k)
{
    return c->U[k].e - c->U[k].s > 3 && memcmp(c->s + c->U[k].e - 2, "ed", 2) == 0;
}

/* Does unit k end in "-ly" (an adverb: "actively", "largely")? */
static inline int ends_ly(const ctx *c, size_t k)
{
    return c->U[k].e - c->U[k].s > 2 && memcmp(c->s + c->U[k].e - 2, "ly", 2) == 0;
}

/* A name's own acronym in parentheses at o: "Ta'ang National Liberation
 * Army (TNLA)", the same actor or name on both sides. Returns the unit after
 * ")", or 0. */
static inline size_t own_acronym(const ctx *c, size_t o)
{
    if (o == 0 || o + 2 >= c->nu || !is_punct(c, o, '(') || c->pidx[o - 1] < 0 ||
        c->pidx[o + 1] < 0)
        return 0;
    const party *a = &c->P[c->pidx[o - 1]], *b = &c->P[c->pidx[o + 1]];
    if (b->u0 != o + 1 || b->u1 >= c->nu || !is_punct(c, b->u1, ')') || a->actor != b->actor ||
        a->name != b->name)
        return 0;
    return b->u1 + 1;
}

static inline int is_boundary(const ctx *c, size_t k)
{
    /* "Main Battle Tanks (MBTs) to Poland": a one-word aside is no boundary */
    if (is_punct(c, k, '(') && k > 0 && k + 2 < c->nu && is_punct(c, k + 2, ')') &&
        (c->U[k + 1].flags & TK_WORD) && has(c, k - 1, WC_ITEM))
        return 0;
    if (is_punct(c, k, ')') && k >= 3 && is_punct(c, k - 2, '(') && (c->U[k - 1].flags & TK_WORD) &&
        has(c, k - 3, WC_ITEM))
        return 0;
    /* "the Ta'ang National Liberation Army (TNLA) and": a name's own
     * acronym inside a list of names */
    size_t o = is_punct(c, k, '(') ? k : is_punct(c, k, ')') && k >= 2 ? k - 2 : 0;
    if (o > 0 && own_acronym(c, o) == o + 3 && o + 5 < c->nu &&
        (uw(c, o + 3, "and") ||
         (is_punct(c, o + 3, ',') &&
          (c->pidx[o + 4] >= 0 || (uw(c, o + 4, "the") && c->pidx[o + 5] >= 0)))))
        return 0;
    return is_punct(c, k, ';') || is_punct(c, k, ':') || is_punct(c, k, '(') ||
           is_punct(c, k, ')') || has(c, k, WC_BOUNDARY);
}

static inline int ent_eq(ent a, ent b)
{
    return a.actor == b.actor && a.name == b.name;
}

static inline int ent_ok(ent a)
{
    return a.actor >= 0 || a.name >= 0;
}

static inline int ent_is_state(const ctx *c, ent e)
{
    return e.actor >= 0 && c->d->actors[e.actor].kind == AG_STATE;
}

static inline const party *party_at(const ctx *c, size_t k)
{
    if (k >= c->nu || c->pidx[k] < 0)
        return NULL;
    return &c->P[c->pidx[k]];
}

/* Is unit k a lower-case word that looks like a verb (the party after it is
 * its object)? Shared by the parties (ex_parties.c) and the clause analysis
 * (ex_clause.c), which otherwise would call each other in a circle. */
static inline int ex_is_verbish(const ctx *c, size_t k)
{
    if (k >= c->nu || !(c->U[k].flags & TK_WORD) || (c->U[k].flags & TK_CAP))
        return 0;
    if (k > 0 && is_punct(c, k - 1, '-') && c->U[k - 1].e == c->U[k].s)
        return 0; /* "al-Qaeda-linked": a compound adjective */
    if (c->U[k].wc & (WC(WC_SUPPLY) | WC(WC_ATTACK_V) | WC(WC_FIRE) | WC(WC_SANCTION_V) |
                      WC(WC_BUY) | WC(WC_SEEK)))
        return 1;
    size_t l = c->U[k].e - c->U[k].s;
    const char *w = c->s + c->U[k].s;
    if (l > 3 && memcmp(w + l - 2, "ed", 2) == 0 && !has(c, k, WC_PLAN))
        return 1;
    return uw(c, k, "let") || uw(c, k, "help") || uw(c, k, "helps") || uw(c, k, "urged") ||
           uw(c, k, "warned") || uw(c, k, "met") || uw(c, k, "told") || uw(c, k, "gave") ||
           uw(c, k, "caught");
}

/* ---- parties (ex_parties.c) ---------------------------------------------- */

ent ex_party_ent(const ctx *c, const party *p);
void ex_note_subject(ctx *c);
int ex_it_subject(ctx *c, size_t k, group *g);
int ex_head_class(const ctx *c, size_t k);
int ex_unit_state(const ctx *c, size_t k);
int ex_topic_state(const ctx *c, int attacker);
int ex_build_parties(ctx *c);
void ex_group_add(group *g, ent e);
void ex_party_add(const ctx *c, group *g, const party *p);
int ex_coord_link(const ctx *c, const party *a, const party *b, int allow_target_only);
void ex_group_of(const ctx *c, int pi, group *g, int allow_target_only);

/* ---- clause analysis (ex_clause.c) --------------------------------------- */

int ex_subject_of(ctx *c, size_t t, group *g, size_t *rel_at);
int ex_denied(const ctx *c, size_t t);
int ex_blocked(const ctx *c, size_t t);
int ex_modality(const ctx *c, size_t t);
/* A verb of getting: "received", "won", "secured", "to earn" ... */
int ex_get_verb(const ctx *c, size_t k);
size_t ex_region_end(const ctx *c, size_t t, size_t maxlen);
int ex_people_noun(const ctx *c, size_t j);
int ex_party_after(ctx *c, size_t k, size_t e, group *g, int allow_target_only, int maxgap);
int ex_possessed_others(const ctx *c, const party *p, size_t e);
void ex_items_collect(const ctx *c, size_t b, size_t e, items *it);
const party *ex_speaker_after(const ctx *c, size_t k);
int ex_emit_groups(ctx *c, ag_edge_type type, const group *src, const group *dst, int status,
                   const items *it, size_t qb, size_t qe, double conf);
int ex_find_by(ctx *c, size_t t, size_t e, group *g, size_t *at);
int ex_find_prep(ctx *c, size_t t, size_t e, const char *const *preps, group *g,
                 int allow_target_only, int maxgap);
int ex_possessor_left(ctx *c, size_t t, size_t n, group *g);
int ex_recent_end(ctx *c, ag_edge_type type, size_t back, const group *src, group *dst);
void ex_speaker_state(ctx *c, group *g);
int ex_is_passive(const ctx *c, size_t t);
int ex_pronoun_ref(const ctx *c, size_t k, group *g);

/* ---- supply, purchases and seeking in exchange (ex_supply.c) ------------- */

int ex_supply_verb(ctx *c, size_t t);
int ex_verbal_arms(const ctx *c, size_t t);
int ex_supplied_adj(ctx *c, const party *p);
int ex_supply_noun(ctx *c, size_t t);
int ex_supplier_noun(ctx *c, size_t t);
int ex_buy_verb(ctx *c, size_t t);
int ex_make_for(ctx *c, size_t t);
int ex_seek_verb(ctx *c, size_t t);
int ex_paid_with(ctx *c, size_t t);
int ex_exchange_lead(ctx *c);
int ex_service_for_pay(ctx *c);
int ex_via_transit(ctx *c);
int ex_hire_verb(ctx *c);
int ex_support_frames(ctx *c);
int ex_buyer_noun(ctx *c);
int ex_go_to(ctx *c, size_t t);
int ex_assets_frozen(ctx *c, size_t t);
int ex_arrive_verb(ctx *c, size_t t);
int ex_with_help(ctx *c, size_t t);
int ex_deal_noun(ctx *c, size_t t);
int ex_pay_verb(ctx *c, size_t t);
int ex_pay_for(ctx *c, size_t t);
int ex_support_verb(ctx *c, size_t t);
int ex_bound_for(ctx *c, size_t t);
int ex_help_obtain(ctx *c, size_t t);
int ex_turn_to(ctx *c, size_t t);

/* ---- sanctions (ex_sanction.c) ------------------------------------------- */

int ex_sanction_verb(ctx *c, size_t t, int weak);
int ex_sanction_noun(ctx *c, size_t t);
int ex_weak_sanction(const ctx *c, size_t t, wc_mask w);
int ex_one_of_them(ctx *c);
void ex_carry_open(ctx *c);
int ex_group_subject(const ctx *c, size_t t);
int ex_group_noun(const ctx *c, size_t j);
int ex_group_accused(const ctx *c, size_t t);
int ex_sanctioned_here(const ctx *c, group *g);
int ex_group_role_note(ctx *c, size_t t, int kinds, const group *dst, const items *it);
int ex_group_role_emit(ctx *c, const group *members);
int ex_group_role_late(ctx *c);
int ex_carry_names(ctx *c);
int ex_sanction_list(ctx *c);
int ex_list_additions(ctx *c);
int ex_terror_listing(ctx *c);
int ex_backed_group(ctx *c);
int ex_combat_joined(ctx *c);
int ex_suspend_verb(ctx *c, size_t t);
int ex_noun_position(const ctx *c, size_t t);

/* ---- attacks (ex_attack.c) ----------------------------------------------- */

int ex_attack_verb(ctx *c, size_t t, int fire);
int ex_attack_noun(ctx *c, size_t t);
int ex_verb_position(const ctx *c, size_t t);
int ex_between(ctx *c, size_t t);
int ex_sent_to_fight(ctx *c, size_t t);
int ex_blame_verb(ctx *c, size_t t);
int ex_defend_against(ctx *c, size_t t);

/* ---- the learned pair scorer (ex_scorer.c) ------------------------------- */

/* Scores the sentence's party pairs; emits those over the mode's threshold
 * and hands each pair's features to the candidate sink, when set. */
int ex_score_sentence(ctx *c, ag_extractor mode);
#endif
