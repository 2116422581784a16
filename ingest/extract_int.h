/*
 * extract_int.h -- private interfaces shared by the extraction engine's
 * files: the dictionary tables (dict.c), the names and the token hash they
 * share with the tokenizer and the scorer (words.c), the tokenizer and
 * sentence splitter (text.c), the actor matcher (actors.c), the attribute finders (attrs.c) and
 * the pattern matcher (extract.c and ex_*.c, which share extract_ctx.h). Not
 * installed; not for use outside ingest/.
 */
#ifndef AG_EXTRACT_INT_H
#define AG_EXTRACT_INT_H

#include "ag_ingest.h"

#include <stdint.h>
#include <string.h>

/* ---- word classes (data/triggers.json "class" names) --------------------- */
enum {
    WC_SUPPLY = 0,    /* supply verbs: supplied, delivered, shipped, sold, sent ... */
    WC_SUPPLY_NOUN,   /* transfer, delivery, shipment, supply, provision, sale, aid */
    WC_SUPPLIER,      /* supplier, exporter */
    WC_BUY,           /* buy, purchase, acquire, obtain, import */
    WC_SANCTION_V,    /* sanctioned, blacklisted, designated, froze */
    WC_SANCTION_N,    /* sanctions, embargo, export controls, asset freeze */
    WC_SANCTION_WEAK, /* named, listed, hit, target: sanctions only in a sanctions context */
    WC_ATTACK_V,      /* struck, attacked, shelled, bombed, invaded, pounded */
    WC_ATTACK_N,      /* attack, strike, invasion, war, offensive, assault */
    WC_FIRE,          /* fired, launched: an attack with "at/into/toward" */
    WC_SUPPORT_V,     /* launched, carried out, waging, began, kept up (+ attack noun) */
    WC_SEEK,          /* seeking, wants, receiving, received, sought */
    WC_EXCHANGE,      /* in exchange, in return, as payment */
    WC_NEG,           /* not, never, no, denied, denies */
    WC_DENY,          /* denied, dismissed, rejected */
    WC_PLAN,          /* plans, agreed, will, pledged, expected, pending, preparing */
    WC_COND,          /* if, unless, whether, could, would, might */
    WC_APPEAL,        /* urged, called on, asked */
    WC_CONSIDER,      /* considering, weighs */
    WC_SAY,           /* said, says, told, added, stressed, according to */
    WC_ITEM,          /* weapon and equipment heads (with a category) */
    WC_ORGAN,         /* forces, troops, army, government ... (demonym + organ = state) */
    WC_TARGET_HEAD,   /* cities, towns, positions, targets, warships ... */
    WC_PERSON_ROLE,   /* businessman, director, dealer, national ... */
    WC_ORG_SUFFIX,    /* Ltd, LLC, Industries, Group ... */
    WC_TITLE,         /* President, Minister, Colonel ... (stripped from names) */
    WC_STOPCAP,       /* capitalized words that are never names */
    WC_INTERCEPT,     /* shot down, intercepted */
    WC_COREF,         /* the bloc, the group, the company, the organization */
    WC_NONMIL,        /* oil, gold, food, fees, cash */
    WC_PREP,          /* prepositions */
    WC_BOUNDARY,      /* while, but, although, because, as, after */
    WC_REL,           /* which, who, that, whom */
    WC_DET,           /* the, a, an, its, their, some, several ... */
    WC_COMPOUND,      /* -based, -made, -linked, -backed: an actor in such a compound is no party */
    WC_SUPPLIED_ADJ,  /* -supplied, -provided: "X-supplied missiles" */
    WC_LED_ADJ,       /* -led: "a Hamas-led attack" */
    WC_PRIVATE_HEAD,  /* companies, firms, entities: a name before them is a modifier */
    WC_AGENT,         /* "blamed on": marks the agent like "by" */
    WC_PRONOUN,       /* it, they, its, their */
    WC_ARRIVE,        /* reach, arrived in: "weapons from X have begun to reach Y" */
    WC_STATE_COREF,   /* the junta, the regime, the military: the state the article is about */
    WC_MUTUAL,        /* exchanged fire, clashed with, fighting: each side attacks the other */
    WC_DEAL,          /* order, deal, contract: "won an order from Y", "a deal with Y for tanks" */
    /* from here on, the words a single rule asks for by name (WC_RULE_WORDS) */
    WC_ACCUSE,        /* accused, accusing: "accused Israel of the attack" */
    WC_BLAME,         /* blamed, blames: "blamed Russia for the strike" */
    WC_TIME_PREP,     /* since, after, during, amid: "since the October assault" */
    WC_REBEL,         /* rebels, guerrilla, insurgents: "Colombia's ELN guerrilla group" */
    WC_ARMED_PEOPLE,  /* militants, fighters, gunmen: a strike on them is on no state */
    WC_EFFORT,        /* efforts, attempts, bid: "leading the SAF's efforts to acquire arms" */
    WC_COPULA,        /* is, was, became, remains: "X became Russia's supplier" */
    WC_TRADE_WORD,    /* Oil, Trading, Logistics: "Oil and Gas" inside a company name */
    WC_DOCUMENT_WORD, /* Act, Decree, News, Firms: a name ending in them is no actor */
    WC_WATER_HEAD,    /* Gulf, Sea, Strait: "the Gulf of Aden" is water, no party */
    WC_NAME_LINK,     /* of, al, bin, van, &: inside a name ("Bank of X", "Ali bin Y") */
    WC_GROUP_ORG,     /* companies, firms, networks: an unnamed group of organizations */
    WC_GROUP_PERSON,  /* individuals, traders, brokers: an unnamed group of people */
    WC_COUNT
};

typedef uint64_t wc_mask;
#define WC(x) ((wc_mask)1 << (x))
_Static_assert(WC_COUNT <= 64, "a word's classes are the bits of a wc_mask");

/* The classes that only name the words of one rule: no trigger, no feature
 * of the learned scorer, and a word in them alone is as plain as a word in
 * no class where a rule asks for that. */
#define WC_RULE_WORDS (~(wc_mask)0 << WC_ACCUSE)

/* categories of items */
enum {
    CAT_NONE = 0,
    CAT_MISSILES,
    CAT_DRONES,
    CAT_ARTILLERY,
    CAT_AIRCRAFT,
    CAT_AIR_DEFENSE,
    CAT_ARMOR,
    CAT_TECHNOLOGY,
    CAT_FUNDING,
    CAT_OTHER,
    CAT_COUNT
};

/* ---- names and the token hash (words.c) ----------------------------------- */

/* The name of item category cat ("missiles" ...), NULL for CAT_NONE. */
const char *ex_category_name(int cat);
/* The name of word class wc ("supply", "sanction-noun" ...). */
const char *ex_class_name(int wc);
/* FNV-1a of the ASCII-lower-case bytes s[0..n): a token's hash. */
uint64_t ex_hash_lower(const char *s, size_t n);
/* The FNV-1a start value and one byte's step, for hashing as bytes go by. */
#define EX_HASH_INIT 1469598103934665603ull
static inline uint64_t ex_hash_step(uint64_t h, unsigned char c)
{
    return (h ^ c) * 1099511628211ull;
}
/* The hash of a token sequence, one token hash t after another. */
uint64_t ex_hash_combine(uint64_t h, uint64_t t);

/* The ASCII lower case of byte c (tolower in the C locale). */
static inline unsigned char ex_lower(unsigned char c)
{
    return (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

/* Do the n bytes at s equal the first n of w, ignoring ASCII case (what
 * strncasecmp(s, w, n) == 0 says when w has no NUL before n)? */
static inline int ex_caseeq(const char *s, const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != w[i] && ex_lower((unsigned char)s[i]) != ex_lower((unsigned char)w[i]))
            return 0;
    return 1;
}

/* Is s[0..n) the word w, ignoring ASCII case? The length and the first
 * byte are compared before any call of strlen. */
static inline int ex_word_is(const char *s, size_t n, const char *w)
{
    if (n == 0 || ex_lower((unsigned char)s[0]) != ex_lower((unsigned char)w[0]))
        return 0;
    return strlen(w) == n && ex_caseeq(s + 1, w + 1, n - 1);
}

/* Is s[0..n) one of the words of the NULL-terminated list, ignoring ASCII case? */
static inline int ex_word_in(const char *s, size_t n, const char *const *words)
{
    for (int i = 0; words[i]; i++)
        if (ex_word_is(s, n, words[i]))
            return 1;
    return 0;
}

/* how a dictionary name denotes its actor */
enum { SURF_ALIAS = 0, SURF_DEMONYM = 1, SURF_SEAT = 2, SURF_PLACE = 3 };

typedef struct dict_actor {
    char *id;
    char *name;
    ag_kind kind;
    char *state;  /* NULL or a state id */
    int official; /* role "official": acts for its state */
    int acts_as;  /* the actor it acts as: an official's state, else itself */
    int line;
    char *file;
} dict_actor;

/* ---- dictionary tables (dict.c) ----------------------------------------- */

#define EX_MAX_NGRAM 8
#define EX_FIRST_BITS 65536 /* bits of the bloom of first tokens */

typedef struct dict_entry {
    uint64_t hash; /* of the lower-case token sequence */
    char *key;     /* lower-case tokens joined by one space */
    char *exact;   /* when not NULL, the text must equal this byte for byte */
    int ntok;
    int actor;       /* index into actors, or -1 */
    int surf;        /* SURF_* when actor >= 0 */
    wc_mask classes; /* word classes */
    int category;    /* CAT_* for items */
    int cap_first;   /* an actor name written capitalized: the text must be too */
} dict_entry;

/* A slot of the table of one-token keys (dict.c): the key's bytes inline
 * (its exact text when the entry has one) with the entry's two tests as
 * flags, so that matching a token reads one slot instead of a slot, the
 * entry and the key. A hash of two one-token entries, or a key longer
 * than DICT_ONE_KEY, is left to match_impl. */
#define DICT_ONE_KEY 18
#define DICT_ONE_SLOW 255 /* len of a key that match_impl must test */
enum { DICT_ONE_EXACT = 1, DICT_ONE_CAP = 2 };
typedef struct dict_one {
    uint64_t hash;
    uint32_t entry; /* index + 1 of the entry of this hash; 0: an empty slot */
    uint8_t len;    /* the key's length, or DICT_ONE_SLOW */
    uint8_t flags;  /* DICT_ONE_EXACT: key holds the exact text; DICT_ONE_CAP: cap_first */
    char key[DICT_ONE_KEY];
} dict_one;

struct ag_dict {
    dict_actor *actors;
    size_t n_actors, cap_actors;
    /* index of actors by id (open addressing): the id's hash in the high
     * 32 bits, actor index + 1 in the low ones; 0 = empty */
    uint64_t *actor_ids;
    size_t cap_actor_ids;
    char **blocks; /* keys and actors' strings live in these blocks, freed at once */
    size_t n_blocks, cap_blocks;
    char *block[2];           /* the blocks being filled: keys, actors' strings */
    size_t block_left[2];     /* bytes free at their end */
    char *file;               /* the file of the last actor loaded, a copy in the blocks */
    struct ex_token *scratch; /* tokens of the phrase being added */
    size_t cap_scratch;
    char *keybuf; /* the keys and exact texts of the pending phrases */
    size_t cap_keybuf, keybuf_used;
    struct dict_pending *pend; /* phrases waiting to enter the entry table (dict.c) */
    size_t n_pend;
    dict_entry *entries; /* in the order added, indexed by slots */
    size_t n_entries, cap_entries;
    uint64_t *slots; /* open addressing, power-of-two size: entry hash's high half, index + 1 */
    size_t cap_slots;
    /* blooms of first-token hashes, two bits per hash value side by side
     * (one cache line for both tests): the low bit set if some key starts
     * with it (ex_first_ok), the high bit the same for the keys of two
     * tokens or more (ex_multi_ok) */
    uint64_t first_ok[EX_FIRST_BITS / 32];
    uint64_t *pfx; /* set of hashes of every key prefix (open addressing, 0 = empty) */
    /* bloom of the hashes of the prefixes of two tokens or more (one bit
     * per value): a run of tokens that misses it is no prefix, without a
     * look into pfx (ex_pfx_ok) */
    uint64_t pfx_ok[EX_FIRST_BITS / 64];
    size_t n_pfx, cap_pfx;
    uint64_t *pfx_new; /* prefixes of the file being loaded, entered into pfx at its end */
    size_t n_pfx_new, cap_pfx_new;
    int max_ntok;
    dict_one *one; /* every hash of a one-token key (open addressing), or NULL: not built */
    size_t cap_one;
    struct ex_scorer *scorer; /* the learned pair scorer's model (weights.c), or NULL */
    ag_extractor mode;        /* set by ag_dict_set_extractor */
    ag_candidate_fn sink;     /* candidate pairs go here, when set */
    void *sink_arg;
    ag_buf file_hashes; /* "sha256 of a file loaded\n", in loading order */
    char hash[65];      /* sha256 of file_hashes: ag_dict_hash */
};

/* ---- the learned pair scorer's model (weights.c) ------------------------- */

struct ex_scorer {
    uint64_t *keys;                 /* feature hashes, open addressing; 0 = empty */
    float (*w)[AG_EDGE_TYPE_COUNT]; /* the weights of a feature, one per edge type */
    size_t n, cap;
    double bias[AG_EDGE_TYPE_COUNT];
    double threshold;      /* the scorer alone */
    double threshold_both; /* added to the rules */
    ag_extractor default_mode;
};

/* The table key of feature hash fh (0 marks an empty slot). */
static inline uint64_t ex_scorer_key(uint64_t fh)
{
    return fh ? fh : 1;
}

/* The weights of the feature of hash fh (one per edge type), or NULL when
 * it has none. */
static inline const float *ex_scorer_weights(const struct ex_scorer *s, uint64_t fh)
{
    uint64_t k = ex_scorer_key(fh);
    if (s->cap == 0)
        return NULL;
    size_t j = k & (s->cap - 1);
    while (s->keys[j] != 0) {
        if (s->keys[j] == k)
            return s->w[j];
        j = (j + 1) & (s->cap - 1);
    }
    return NULL;
}

struct cJSON;
/* Loads one {"scorer": "settings" | EDGE TYPE, ...} entry of a dictionary file. */
int ex_scorer_load_entry(ag_dict *d, const struct cJSON *o, const char *file, int line,
                         ag_err *err);
void ex_scorer_free(struct ex_scorer *s);
/* The extractor in force: the one set, else the scorer file's default, else the rules. */
ag_extractor ex_scorer_mode(const ag_dict *d);

/* ---- the data folder (datadir.c) ----------------------------------------- */

/* Writes the folder of the default dictionaries into out (ag_dict_default_dir
 * says which): 1 when there is one, else 0. */
int ex_data_dir(char *out, size_t size);

/* ---- dictionary tables (dict.c), continued -------------------------------- */

/* Finds the entry whose key is the n tokens starting at tok[i] in s. */
struct ex_token;
const dict_entry *ex_dict_match(const ag_dict *d, const char *s, const struct ex_token *tok,
                                size_t ntok, size_t i, int n);
/* Is h the hash of the first tokens of some key? */
int ex_dict_has_prefix(const ag_dict *d, uint64_t h);
/* May some key start with the token of hash h? (0: surely not) */
static inline int ex_first_ok(const ag_dict *d, uint64_t h)
{
    size_t bit = (size_t)(h & (EX_FIRST_BITS - 1));
    return (d->first_ok[bit / 32] >> (2 * (bit % 32))) & 1;
}
/* May some key of two tokens or more start with the token of hash h? */
static inline int ex_multi_ok(const ag_dict *d, uint64_t h)
{
    size_t bit = (size_t)(h & (EX_FIRST_BITS - 1));
    return (d->first_ok[bit / 32] >> (2 * (bit % 32) + 1)) & 1;
}
/* May h, the hash of two tokens or more, be that of the first tokens of
 * some key? (0: surely not; 1: ask ex_dict_has_prefix) */
static inline int ex_pfx_ok(const ag_dict *d, uint64_t h)
{
    size_t bit = (size_t)(h & (EX_FIRST_BITS - 1));
    return (d->pfx_ok[bit / 64] >> (bit % 64)) & 1;
}
/* Index of an actor by id, or -1. */
int ex_dict_actor_index(const ag_dict *d, const char *id);

/* ---- tokens and sentences (text.c) -------------------------------------- */

enum { TK_WORD = 1, TK_NUM = 2, TK_PUNCT = 4, TK_CAP = 8, TK_UPPER = 16, TK_POSS = 32 };

typedef struct ex_token {
    uint32_t s, e; /* byte range in the normalized text */
    uint32_t flags;
    uint64_t h; /* hash of the lower-case form */
    char ch;    /* the character of a punctuation token */
} ex_token;

/* Tokenizes s[0..n) into *toks (grown as needed, reused across calls). */
int ex_tokenize(const char *s, size_t n, ex_token **toks, size_t *ntok, size_t *cap);

typedef struct ex_span {
    size_t s, e;  /* byte range in the text that was split */
    int headline; /* a line without final punctuation */
} ex_span;

/* Is s[0..n) plain ASCII (no control bytes) without two blanks in a row:
 * a line that is its own normal form? */
int ex_plain_line(const char *s, size_t n);
/* The first i' >= i, in steps of eight, where the eight bytes from i' are
 * not all plain ASCII (0x20 to 0x7F) followed by plain ASCII with no two
 * blanks in a row (so each byte before it is plain and no blank before it
 * is doubled, nor followed by a byte >= 0x80). */
size_t ex_plain_run(const char *s, size_t i, size_t n);
/* Splits one line (normalized, no newlines) into sentences. */
int ex_split_line(const char *s, size_t n, ex_span **out, size_t *nout, size_t *cap);
/* Splits a whole original text into lines (non-empty, trimmed): ranges in
 * the original text. */
int ex_split_lines(const char *s, size_t n, ex_span **out, size_t *nout, size_t *cap);

/* ---- normalization (article.c) ------------------------------------------ */

/* ag_text_normalize with its map into buffers that grow as needed and are
 * reused from line to line (*buf of *cap bytes, *map of *map_cap
 * entries; the caller frees them): no allocation per line. */
int ex_text_normalize_buf(const char *in, size_t len, char **buf, size_t *cap, size_t **map,
                          size_t *map_cap, size_t *out_len, ag_err *err);

/* ---- units (actors.c) --------------------------------------------------- */

/* A unit is one token or one multi-token dictionary match. */
typedef struct ex_unit {
    size_t t0, t1; /* token range [t0, t1) */
    uint32_t s, e; /* byte range in the sentence text */
    wc_mask wc;
    wc_mask head_wc; /* the classes of its last word alone: "companies" in "these companies" */
    int category;
    int actor; /* dictionary actor or -1 */
    int surf;
    int name;       /* index into the article's unknown names, or -1 */
    uint32_t flags; /* TK_* of the first token */
    char ch;        /* punctuation char or 0 */
    uint16_t fw;    /* extract.c's FW_* words it is, found by do_sentence (0 before) */
    uint64_t h;     /* hash of the lower-case form of a single token */
    int skip;       /* part of a dateline or a compound: no party */
    int organ_head; /* an actor's alias ending in an organ word: "Sudanese army" */
} ex_unit;

typedef struct ex_name {
    char *text; /* as written (without titles) */
    ag_kind kind;
    int alias_of; /* index of a previous name it abbreviates, or -1 */
    int state;    /* its home state when the text gives it ("Tehran-based", "an Iranian
                     firm"): a dictionary actor, or -1 */
} ex_name;

typedef struct ex_names {
    ex_name *v;
    size_t n, cap;
    size_t dropped; /* new names not kept: over EX_MAX_NAMES */
} ex_names;

void ex_names_free(ex_names *nm);

/* Builds units for one sentence; in a headline written in title case a new
 * name needs a company suffix. */
int ex_units(const ag_dict *d, const char *s, const ex_token *tok, size_t ntok, ex_unit **units,
             size_t *nunits, size_t *cap, ex_names *names, int headline);

/* ---- attributes (attrs.c) ----------------------------------------------- */

/* Resolves a date expression found in s[0..n) against published
 * ("YYYY-MM-DD" or NULL): writes "YYYY-MM-DD" into out[11] or "". */
void ex_find_date(const char *s, size_t n, const char *published, char out[11]);
/* The date of a dateline at the start of the text ("KYIV, 14 March 2025 -",
 * "WASHINGTON, March 14, 2025 (Reuters) -"): fills out and returns the
 * dateline's length in bytes, or 0. */
size_t ex_dateline(const char *s, size_t n, char out[11]);
/* Finds a quantity in s[0..n); fills q (strings malloc'd) when found. */
int ex_find_quantity(const char *s, size_t n, ag_quantity *q);

#endif
