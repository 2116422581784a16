/*
 * words.c -- the small pieces that the dictionary (dict.c), the tokenizer
 * (text.c) and the learned scorer (ex_scorer.c) share, kept apart so that
 * none of them needs another in a circle: the names of the word classes and
 * item categories, the names of the extractors, and the hash of lower-case
 * tokens that dictionary keys and tokens are compared by.
 */
#include "extract_int.h"

#include <string.h>

static const char *const class_names[] = {
    "supply",        "supply-noun",  "supplier",    "buy",        "sanction-verb", "sanction-noun",
    "sanction-weak", "attack-verb",  "attack-noun", "fire",       "support-verb",  "seek",
    "exchange",      "negation",     "deny",        "plan",       "condition",     "appeal",
    "consider",      "say",          "item",        "organ",      "target-head",   "person-role",
    "org-suffix",    "title",        "stopcap",     "intercept",  "coref",         "nonmilitary",
    "preposition",   "boundary",     "relative",    "determiner", "compound",      "supplied-adj",
    "led-adj",       "private-head", "agent",       "pronoun",    "arrive",        "state-coref",
    "mutual",        "deal",         "accuse",      "blame",      "time-prep",     "rebel",
    "armed-people",  "effort",       "copula",      "trade-word", "document-word", "water-head",
    "name-link",     "group-org",    "group-person"};
_Static_assert(sizeof class_names / sizeof *class_names == WC_COUNT, "a name for every word class");

static const char *const category_names[CAT_COUNT] = {
    NULL,         "missiles", "drones", "artillery ammunition", "aircraft", "air defense", "armor",
    "technology", "funding",  "other"};

const char *ex_class_name(int wc)
{
    return wc >= 0 && wc < WC_COUNT ? class_names[wc] : "";
}

int ag_extractor_parse(const char *s, ag_extractor *out)
{
    static const char *const names[] = {"rules", "scorer", "both"};
    for (int i = 0; i < 3; i++)
        if (strcmp(s, names[i]) == 0) {
            *out = (ag_extractor)(i + 1);
            return AG_OK;
        }
    return AG_ERR_USAGE;
}

const char *ex_category_name(int cat)
{
    if (cat <= 0 || cat >= CAT_COUNT)
        return NULL;
    return category_names[cat];
}

uint64_t ex_hash_lower(const char *s, size_t n)
{
    uint64_t h = EX_HASH_INIT;
    for (size_t i = 0; i < n; i++)
        h = ex_hash_step(h, ex_lower((unsigned char)s[i]));
    return h;
}

uint64_t ex_hash_combine(uint64_t h, uint64_t t)
{
    return (h ^ (t + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2))) * 1099511628211ull;
}
