/*
 * extract.c -- the pattern matcher's driver: for each sentence of an article
 * it finds the parties (actors, organs, places, unknown names, short
 * references; ex_parties.c), then matches trigger words with role frames per
 * family (supply, buy, seeking in exchange: ex_supply.c; sanctions:
 * ex_sanction.c; attacks: ex_attack.c): active and passive voice,
 * ditransitives, nominalizations, relative clauses, coordination; it
 * decides negation, condition and modality in the clause, and attaches the
 * items, quantity, date, status, attribution and evidence of each edge
 * (ex_clause.c). Here: the article's lines and sentences, the dispatch of
 * each trigger to its family, and what the article said so far.
 */
#define _POSIX_C_SOURCE 200809L
#include "extract_ctx.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#ifdef EX_DEBUG
#include <stdio.h>
#endif

/* ---- article memory ------------------------------------------------------- */

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

/* Counts the states the sentence names, for "the junta" in later ones. */
static void count_states(ctx *c)
{
    for (size_t k = 0; k < c->nu; k++) {
        if (c->U[k].actor < 0)
            continue; /* no state (ex_unit_state), without the call */
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
        if (ex_head_class(c, k + 1) == 2 || c->U[k].organ_head)
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

/* ---- sentences ------------------------------------------------------------ */

/* "coast guard ships fired", "army supplies ran low": a plural noun after a
 * noun of the same phrase and before its verb, not the verb "ships" */
static int plural_noun(const ctx *c, size_t t)
{
    return t > 0 && t + 1 < c->nu && (uw(c, t, "ships") || uw(c, t, "supplies")) &&
           party_at(c, t - 1) == NULL &&
           (has(c, t - 1, WC_ORGAN) || has(c, t - 1, WC_TARGET_HEAD) || has(c, t - 1, WC_ITEM)) &&
           (ex_is_verbish(c, t + 1) || has(c, t + 1, WC_FIRE) || has(c, t + 1, WC_ATTACK_V));
}

/* The words of the FW_* frames (extract_ctx.h), by first letter: a unit's
 * frames are found once (frame_of), from the words of its first letter,
 * instead of by the uw tests of every frame's list. The rules that need
 * them (ex_via_transit, ex_hire_verb, ex_buyer_noun, ex_verbal_arms) test
 * the unit's bits, so these are their only lists. */
typedef struct frame_word {
    const char *w;
    size_t len;
    unsigned fw;
} frame_word;
#define FW_WORD(w) w, sizeof w - 1
static const frame_word fw_a[] = {{FW_WORD("air defence"), FW_DEFEND},
                                  {FW_WORD("air defense"), FW_DEFEND},
                                  {FW_WORD("arms embargo"), FW_MILITARY},
                                  {FW_WORD("arms"), FW_ARMS},
                                  {NULL, 0, 0}};
static const frame_word fw_b[] = {{FW_WORD("battle"), FW_FIGHT},  {FW_WORD("bound"), FW_BOUND},
                                  {FW_WORD("building"), FW_MAKE}, {FW_WORD("builds"), FW_MAKE},
                                  {FW_WORD("built"), FW_MAKE},    {FW_WORD("buyer"), FW_BUYER},
                                  {FW_WORD("buyers"), FW_BUYER},  {NULL, 0, 0}};
static const frame_word fw_c[] = {{FW_WORD("combat"), FW_FIGHT},    {FW_WORD("customer"), FW_BUYER},
                                  {FW_WORD("customers"), FW_BUYER}, {FW_WORD("client"), FW_BUYER},
                                  {FW_WORD("clients"), FW_BUYER},   {NULL, 0, 0}};
static const frame_word fw_e[] = {{FW_WORD("embargo"), FW_MILITARY}, {NULL, 0, 0}};
static const frame_word fw_d[] = {
    {FW_WORD("depends"), FW_TURN},    {FW_WORD("depended"), FW_TURN},
    {FW_WORD("depend"), FW_TURN},     {FW_WORD("depending"), FW_TURN},
    {FW_WORD("destined"), FW_BOUND},  {FW_WORD("defend"), FW_DEFEND},
    {FW_WORD("defends"), FW_DEFEND},  {FW_WORD("defending"), FW_DEFEND},
    {FW_WORD("defended"), FW_DEFEND}, {FW_WORD("defence"), FW_DEFEND},
    {FW_WORD("defense"), FW_DEFEND},  {NULL, 0, 0}};
static const frame_word fw_f[] = {
    {FW_WORD("fight"), FW_FIGHT}, {FW_WORD("funds"), FW_ARMS}, {NULL, 0, 0}};
static const frame_word fw_g[] = {{FW_WORD("granted"), FW_PAY}, {FW_WORD("grants"), FW_PAY},
                                  {FW_WORD("go"), FW_GO},       {FW_WORD("goes"), FW_GO},
                                  {FW_WORD("going"), FW_GO},    {NULL, 0, 0}};
static const frame_word fw_h[] = {{FW_WORD("halt"), FW_SUSPEND},  {FW_WORD("halted"), FW_SUSPEND},
                                  {FW_WORD("halts"), FW_SUSPEND}, {FW_WORD("halting"), FW_SUSPEND},
                                  {FW_WORD("helped"), FW_HELP},   {FW_WORD("helps"), FW_HELP},
                                  {FW_WORD("help"), FW_HELP},     {FW_WORD("helping"), FW_HELP},
                                  {FW_WORD("headed"), FW_BOUND},  {FW_WORD("hired"), FW_HIRE},
                                  {FW_WORD("hires"), FW_HIRE},    {FW_WORD("hiring"), FW_HIRE},
                                  {FW_WORD("hire"), FW_HIRE},     {NULL, 0, 0}};
static const frame_word fw_i[] = {{FW_WORD("intended"), FW_BOUND},
                                  {FW_WORD("importer"), FW_BUYER},
                                  {FW_WORD("importers"), FW_BUYER},
                                  {NULL, 0, 0}};
static const frame_word fw_m[] = {{FW_WORD("making"), FW_MAKE},
                                  {FW_WORD("makes"), FW_MAKE},
                                  {FW_WORD("manufacturing"), FW_MAKE},
                                  {FW_WORD("manufactures"), FW_MAKE},
                                  {FW_WORD("manufactured"), FW_MAKE},
                                  {FW_WORD("made"), FW_MAKE},
                                  {FW_WORD("manufacture"), FW_MAKE},
                                  {FW_WORD("military"), FW_MILITARY},
                                  {NULL, 0, 0}};
static const frame_word fw_o[] = {{FW_WORD("offered"), FW_PAY},
                                  {FW_WORD("offers"), FW_PAY},
                                  {FW_WORD("offering"), FW_PAY},
                                  {NULL, 0, 0}};
static const frame_word fw_p[] = {{FW_WORD("paying"), FW_PAY},
                                  {FW_WORD("pays"), FW_PAY},
                                  {FW_WORD("paid"), FW_PAY},
                                  {FW_WORD("pay"), FW_PAY},
                                  {FW_WORD("promised"), FW_PAY},
                                  {FW_WORD("promises"), FW_PAY},
                                  {FW_WORD("producing"), FW_MAKE},
                                  {FW_WORD("produces"), FW_MAKE},
                                  {FW_WORD("produced"), FW_MAKE},
                                  {FW_WORD("produce"), FW_MAKE},
                                  {FW_WORD("purchaser"), FW_BUYER},
                                  {FW_WORD("purchasers"), FW_BUYER},
                                  {NULL, 0, 0}};
static const frame_word fw_r[] = {{FW_WORD("relied"), FW_TURN},
                                  {FW_WORD("relies"), FW_TURN},
                                  {FW_WORD("rely"), FW_TURN},
                                  {FW_WORD("relying"), FW_TURN},
                                  {NULL, 0, 0}};
static const frame_word fw_s[] = {{FW_WORD("suspend"), FW_SUSPEND},
                                  {FW_WORD("suspended"), FW_SUSPEND},
                                  {FW_WORD("suspends"), FW_SUSPEND},
                                  {FW_WORD("suspending"), FW_SUSPEND},
                                  {FW_WORD("support"), FW_SUPPORT},
                                  {FW_WORD("supports"), FW_SUPPORT},
                                  {FW_WORD("supported"), FW_SUPPORT},
                                  {FW_WORD("supporting"), FW_SUPPORT},
                                  {NULL, 0, 0}};
static const frame_word fw_t[] = {{FW_WORD("turned"), FW_TURN}, {FW_WORD("turns"), FW_TURN},
                                  {FW_WORD("turn"), FW_TURN},   {FW_WORD("turning"), FW_TURN},
                                  {FW_WORD("through"), FW_VIA}, {NULL, 0, 0}};
static const frame_word fw_v[] = {{FW_WORD("via"), FW_VIA}, {NULL, 0, 0}};
static const frame_word fw_w[] = {{FW_WORD("went"), FW_GO}, {NULL, 0, 0}};
static const frame_word *const frame_words[26] = {
    ['a' - 'a'] = fw_a, ['b' - 'a'] = fw_b, ['c' - 'a'] = fw_c, ['d' - 'a'] = fw_d,
    ['e' - 'a'] = fw_e, ['f' - 'a'] = fw_f, ['g' - 'a'] = fw_g, ['h' - 'a'] = fw_h,
    ['i' - 'a'] = fw_i, ['m' - 'a'] = fw_m, ['o' - 'a'] = fw_o, ['p' - 'a'] = fw_p,
    ['r' - 'a'] = fw_r, ['s' - 'a'] = fw_s, ['t' - 'a'] = fw_t, ['v' - 'a'] = fw_v,
    ['w' - 'a'] = fw_w};
#undef FW_WORD

/* The lengths of the frame verbs by first letter, for frame_of. */
static void frame_lens(uint16_t lens[26])
{
    for (int i = 0; i < 26; i++) {
        lens[i] = 0;
        for (const frame_word *f = frame_words[i]; f != NULL && f->w != NULL; f++)
            lens[i] |= (uint16_t)(f->len < 16 ? 1u << f->len : 0);
    }
}

/* The FW_* words unit t is, its first byte being f0 in lower case (0 or
 * not a letter: none): uw's test of each word, at once. */
static unsigned frame_of(const ctx *c, size_t t, char f0)
{
    if (f0 < 'a' || f0 > 'z')
        return 0;
    const char *u = c->s + c->U[t].s;
    size_t l = c->U[t].e - c->U[t].s;
    if (l >= 16 || !((c->frame_lens[f0 - 'a'] >> l) & 1))
        return 0; /* no verb of this letter has this length */
    unsigned fw = 0;
    for (const frame_word *f = frame_words[f0 - 'a']; f->w != NULL; f++)
        if (f->len == l && ex_caseeq(u, f->w, l))
            fw |= f->fw;
    return fw;
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
                        p->poss == 1   ? "s"
                        : p->poss == 2 ? "q"
                                       : "");
            fprintf(stderr, "] ");
        }
        fprintf(stderr, "\n");
    }
#endif
    for (size_t k = 1; k < c->nu && !c->headline; k++) {
        /* "the sale of 48 Eurofighters", "80 Rafales": a capitalized plural
         * no class knows, counted, is a weapon by its product name */
        ex_unit *u = &c->U[k];
        if ((c->U[k - 1].flags & TK_NUM) && (u->flags & TK_CAP) && (u->flags & TK_WORD) &&
            !(u->flags & TK_UPPER) && u->actor < 0 && c->pidx[k] < 0 && u->wc == 0 &&
            u->e - u->s >= 5 && c->s[u->e - 1] == 's' &&
            !(k + 1 < c->nu && (c->U[k + 1].flags & TK_CAP) && (c->U[k + 1].flags & TK_WORD))) {
            u->wc |= WC(WC_ITEM);
            u->category = CAT_OTHER;
        }
    }
    c->has_cond = 0;
    c->first_deny = c->nu;
    unsigned late = 0; /* the FW_* words of the sentence */
    for (size_t k = 0; k < c->nu; k++) {
        unsigned fw = frame_of(c, k, (char)(c->s[c->U[k].s] | 0x20));
        c->U[k].fw = (uint16_t)fw;
        late |= fw;
        if (has(c, k, WC_COND))
            c->has_cond = 1;
        if (has(c, k, WC_DENY) && c->first_deny == c->nu)
            c->first_deny = k;
        if (has(c, k, WC_SANCTION_N) || has(c, k, WC_SANCTION_V))
            c->sanction_context = 1; /* "added X to its sanctions list" */
        if ((has(c, k, WC_ITEM) && c->U[k].category != CAT_FUNDING &&
             c->U[k].category != CAT_TECHNOLOGY) ||
            (fw & FW_MILITARY))
            c->military_context = 1;
    }
    for (size_t i = 0; i < c->np; i++) {
        int a = c->P[i].actor;
        if (a >= 0 && (a == c->un || a == c->unsc))
            c->un_body = a + 1; /* the body of "the arms embargo" said alone */
    }
    c->exchange_unit = -1;
    for (size_t k = 0; k < c->nu; k++)
        if (has(c, k, WC_EXCHANGE)) {
            c->exchange_unit = (int)k;
            break;
        }
    c->why = "carried_sanctions";
    if ((rc = ex_carry_names(c)) != AG_OK)
        return rc;
    c->why = "one_of_them";
    if ((rc = ex_one_of_them(c)) != AG_OK)
        return rc;
    c->why = "supplied_adj";
    for (size_t i = 0; i < c->np; i++)
        if (c->P[i].supplied && (rc = ex_supplied_adj(c, &c->P[i])) != AG_OK)
            return rc;
    for (size_t t = 0; t < c->nu && rc == AG_OK; t++) {
        const party *pt = party_at(c, t);
        if (pt != NULL && ((pt->actor >= 0 && (c->U[t].wc & ~WC_RULE_WORDS) == 0) || pt->name >= 0))
            continue; /* no trigger inside a name: "Alpha Arms Co Ltd" */
        wc_mask w = c->U[t].wc;
        int ws = 0; /* the weak sanctions word's reading, ex_weak_sanction's */
        if ((c->U[t].fw & FW_ARMS) && ex_verbal_arms(c, t)) {
            c->why = "supply_verb", rc = ex_supply_verb(c, t);
            continue;
        }
        if ((w & WC(WC_SUPPLY)) && (w & WC(WC_FIRE))) {
            /* "sent drones to Russia" or "sent drones into Kyiv" */
            c->why = "supply_verb", rc = ex_supply_verb(c, t);
            if (rc == AG_OK)
                c->why = "attack_verb", rc = ex_attack_verb(c, t, 1);
        } else if ((w & WC(WC_SUPPLY)) && !plural_noun(c, t) &&
                   !((w & WC(WC_SUPPLY_NOUN)) &&
                     ((t > 0 && has(c, t - 1, WC_DET)) || uw(c, t + 1, "of"))) &&
                   !(t > 0 && has(c, t - 1, WC_DET) && ends_ing(c, t) && t + 1 < c->nu &&
                     (c->U[t + 1].flags & TK_WORD) && !has(c, t + 1, WC_PREP) &&
                     party_at(c, t + 1) == NULL))              /* not "the shipping firm" */
            c->why = "supply_verb", rc = ex_supply_verb(c, t); /* not "its supply of" */
        else if (w & WC(WC_BUY))
            c->why = "buy_verb", rc = ex_buy_verb(c, t);
        else if (w & WC(WC_SUPPLIER))
            c->why = "supplier_noun", rc = ex_supplier_noun(c, t);
        else if ((w & WC(WC_SANCTION_V)) && (w & WC(WC_SANCTION_N)) && ex_noun_position(c, t))
            c->why = "sanction_noun",
            rc = ex_sanction_noun(c, t); /* "a ban on", "agreed new sanctions" */
        else if ((w & WC(WC_SANCTION_V)) ||
                 ((w & WC(WC_SANCTION_N)) && (uw(c, t, "sanctions") || uw(c, t, "sanction")) &&
                  t + 1 < c->nu && party_at(c, t + 1) != NULL && ex_verb_position(c, t)))
            c->why = "sanction_verb", rc = ex_sanction_verb(c, t, 0); /* "the US sanctions Iran" */
        else if (w & WC(WC_SANCTION_N))
            c->why = "sanction_noun", rc = ex_sanction_noun(c, t);
        else if ((w & WC(WC_SANCTION_WEAK)) && (ws = ex_weak_sanction(c, t, w)) != 0) {
            if (ws == 1 || ws == 3)
                c->why = "sanction_verb", rc = ex_sanction_verb(c, t, ws == 1);
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
        if (rc == AG_OK && (w & (WC(WC_ITEM) | WC(WC_SUPPLY_NOUN))) && uw(c, t + 1, "from"))
            c->why = "with_help", rc = ex_with_help(c, t);
        if (rc == AG_OK && (w & (WC(WC_ATTACK_N) | WC(WC_MUTUAL))))
            c->why = "between", rc = ex_between(c, t);
        /* verbs of frames without a word class of their own, by first letter */
        char f0 = (char)(c->s[c->U[t].s] | 0x20);
        if (!(c->U[t].flags & TK_WORD) || (c->U[t].flags & TK_CAP))
            f0 = 0;
        unsigned fw = f0 ? c->U[t].fw & FW_FRAMES : 0;
        if (rc == AG_OK && (fw & FW_SUSPEND))
            c->why = "suspend_verb", rc = ex_suspend_verb(c, t);
        if (rc == AG_OK && (fw & FW_SUPPORT))
            c->why = "support_verb", rc = ex_support_verb(c, t);
        if (rc == AG_OK && (fw & FW_PAY) && c->exchange_unit > (int)t)
            c->why = "pay_verb", rc = ex_pay_verb(c, t);
        else if (rc == AG_OK && (fw & FW_PAY) && c->exchange_unit < 0)
            c->why = "pay_for", rc = ex_pay_for(c, t);
        if (rc == AG_OK && (fw & FW_FIGHT))
            c->why = "sent_to_fight", rc = ex_sent_to_fight(c, t);
        if (rc == AG_OK && (fw & FW_GO))
            c->why = "go_to", rc = ex_go_to(c, t);
        if (rc == AG_OK && (fw & FW_HELP))
            c->why = "help_obtain", rc = ex_help_obtain(c, t);
        if (rc == AG_OK && (fw & FW_TURN))
            c->why = "turn_to", rc = ex_turn_to(c, t);
        if (rc == AG_OK && (fw & FW_DEFEND))
            c->why = "defend_against", rc = ex_defend_against(c, t);
        if (rc == AG_OK && (has(c, t, WC_BLAME) || (f0 == 'b' && uw(c, t, "blamed on"))))
            c->why = "blame_verb", rc = ex_blame_verb(c, t);
        if (rc == AG_OK && (fw & FW_BOUND))
            c->why = "bound_for", rc = ex_bound_for(c, t);
        if (rc == AG_OK && (fw & FW_MAKE))
            c->why = "make_for", rc = ex_make_for(c, t);
        if (rc == AG_OK && (w & WC(WC_DEAL)))
            c->why = "deal_noun", rc = ex_deal_noun(c, t);
        if (rc == AG_OK && (w & WC(WC_ARRIVE)))
            c->why = "arrive_verb", rc = ex_arrive_verb(c, t);
        if (rc == AG_OK && (w & WC(WC_EXCHANGE)) &&
            (uw(c, t, "paid with") || uw(c, t, "paying with") || uw(c, t, "pays with") ||
             uw(c, t, "paid for it with") || uw(c, t, "pay with")))
            c->why = "paid_with", rc = ex_paid_with(c, t);
        if (rc == AG_OK && (w & WC(WC_SEEK)) && c->exchange_unit < 0 &&
            (uw(c, t, "received") || uw(c, t, "receiving") || uw(c, t, "receives") ||
             uw(c, t, "receive") || uw(c, t, "got") || uw(c, t, "obtained") || uw(c, t, "gets") ||
             uw(c, t, "getting") || uw(c, t, "get")))
            c->why = "buy_verb", rc = ex_buy_verb(c, t); /* "received drones from Iran" */
    }
    if (rc == AG_OK && (c->mode != AG_EXTRACTOR_RULES || c->d->sink != NULL)) {
        int quiet = c->quiet;
        c->quiet = 0;
        c->why = "scorer";
        rc = ex_score_sentence(c, c->mode);
        c->quiet = quiet;
    }
    /* the passes over the whole sentence, after its triggers; one that
     * needs a word (FW_*) the sentence lacks would find nothing */
    static const struct {
        const char *why;
        int (*pass)(ctx *c);
        unsigned needs; /* FW_* bits, one of which the sentence must have; 0: none */
    } LATE[] = {
        {"exchange_lead", ex_exchange_lead, 0},   {"service_for_pay", ex_service_for_pay, 0},
        {"via_transit", ex_via_transit, FW_VIA},  {"hire_verb", ex_hire_verb, FW_HIRE},
        {"buyer_noun", ex_buyer_noun, FW_BUYER},  {"sanction_list", ex_sanction_list, 0},
        {"list_additions", ex_list_additions, 0}, {"backed_group", ex_backed_group, 0},
        {"support_frames", ex_support_frames, 0}, {"group_role", ex_group_role_late, 0},
        {"combat_joined", ex_combat_joined, 0},
        {"terror_listing", ex_terror_listing, 0}};
    for (size_t i = 0; rc == AG_OK && i < sizeof LATE / sizeof LATE[0]; i++) {
        if (LATE[i].needs != 0 && !(late & LATE[i].needs))
            continue;
        c->why = LATE[i].why;
        rc = LATE[i].pass(c);
    }
    ex_carry_open(c);
    ex_note_subject(c);
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
    static const char *const pre[] = {"Read also", "Read more", "See also",    "Related:",
                                      "Also read", "READ MORE", "Top Stories", "Updated "};
    for (size_t i = 0; i < sizeof pre / sizeof pre[0]; i++) {
        if (s[0] != pre[i][0])
            continue;
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
    char *norm = NULL; /* a line's normal form and map, when it is not its own */
    size_t *map = NULL, cap_norm = 0, cap_map = 0;
    int rc = AG_OK;

    memset(&c, 0, sizeof c);
    ag_buf_init(&c.grole.it.text);
    c.d = d;
    c.x = x;
    c.mode = ex_scorer_mode(d);
    c.un = ex_dict_actor_index(d, "United Nations");
    c.unsc = ex_dict_actor_index(d, "UN Security Council");
    c.quiet = c.mode == AG_EXTRACTOR_SCORER;
    frame_lens(c.frame_lens);
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
    x->extractor_version = AG_EXTRACTOR_VERSION;
    memcpy(x->dict_hash, d->hash, sizeof x->dict_hash);
    if (x->article.text == NULL) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    c.published = a->published;
    if (a->published == NULL && (c.dateline_len = ex_dateline(a->text, a->len, c.dateline)) > 0) {
        /* no date given: the dateline's */
        c.published = c.dateline;
        free(x->article.published);
        if ((x->article.published = ag_strdup(c.dateline)) == NULL) {
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            goto out;
        }
    }
    if (ex_split_lines(a->text, a->len, &lines, &nlines, &caplines) != AG_OK) {
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t li = 0; li < nlines; li++) {
        size_t nlen = 0, llen = lines[li].e - lines[li].s;
        const char *line = a->text + lines[li].s;
        const char *ntext;
        /* a line of plain ASCII without runs of blanks is its own normal form */
        int plain = ex_plain_line(line, llen);
        if (plain) {
            ntext = line;
            nlen = llen;
        } else {
            rc = ex_text_normalize_buf(line, llen, &norm, &cap_norm, &map, &cap_map, &nlen, err);
            if (rc != AG_OK)
                goto out;
            ntext = norm;
        }
        if (nlen == 0 || skip_line(ntext, nlen))
            continue;
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
            /* token offsets relative to the line; an abbreviation's period
             * before a comma goes ("Alpha Engine Co., which makes ..."): it
             * ends no clause and would stand between a name and its "which" */
            size_t nk = 0;
            for (size_t i = 0; i < ntok; i++) {
                if (i > 0 && i + 1 < ntok && tok[i].ch == '.' && tok[i].s == tok[i - 1].e &&
                    (tok[i + 1].ch == ',' || tok[i + 1].ch == ';') && tok[i + 1].s == tok[i].e)
                    continue;
                tok[nk] = tok[i];
                tok[nk].s += (uint32_t)ss;
                tok[nk].e += (uint32_t)ss;
                nk++;
            }
            ntok = nk;
            if (ex_units(d, ntext, tok, ntok, &units, &c.nu, &capu, &c.names, sents[si].headline) !=
                AG_OK) {
                rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
                goto out;
            }
            c.s = ntext;
            c.U = units;
            c.sent_s = ss;
            c.sent_e = se;
            c.map = plain ? NULL : map;
            c.line_off = lines[li].s;
            c.question = 0;
            c.headline = sents[si].headline;
            c.sentence_no++;
            c.date_done = 0;
            {
                size_t q = se;
                while (q > ss &&
                       (ntext[q - 1] == '"' || ntext[q - 1] == '\'' || ntext[q - 1] == ')'))
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
    free(c.P);
    free(c.pidx);
    free(c.fe);
    free(c.last_sayer);
    ag_buf_destroy(&c.grole.it.text);
    x->n_dropped_names = c.names.dropped;
    ex_names_free(&c.names);
    return rc;
}
