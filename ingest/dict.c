/*
 * dict.c -- the dictionaries: loading the data folder's JSON files (actors with their aliases,
 * demonyms, seats and places; word classes for triggers and vocabulary),
 * validating every entry with "FILE:LINE: what is wrong", and the hash table
 * of lower-case token n-grams the matcher looks names and phrases up in.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS, madvise */
#include "extract_int.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

enum { BIG_TABLE = 1 << 20 };

/* A zeroed table of n items of size sz, freed with table_free(p, n * sz).
 * A big one is mapped on its own and its pages are entered at once: a calloc'ed open-addressing
 * table faults in page by page in random order as keys land in it, which costs more than the
 * inserts themselves for a dictionary of 200,000 actors. */
static void *table_alloc(size_t n, size_t sz)
{
    if (n != 0 && sz > SIZE_MAX / n)
        return NULL;
    size_t len = n * sz;
#ifdef MAP_ANONYMOUS
    if (len < BIG_TABLE)
        return calloc(n, sz);
    void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
#ifdef MADV_POPULATE_WRITE
    if (madvise(p, len, MADV_POPULATE_WRITE) == 0)
        return p;
#endif
    for (size_t i = 0; i < len; i += 4096)
        ((volatile char *)p)[i] = 0;
    return p;
#else
    (void)len;
    return calloc(n, sz);
#endif
}

static void table_free(void *p, size_t n, size_t sz)
{
    if (p == NULL)
        return;
#ifdef MAP_ANONYMOUS
    if (n * sz >= BIG_TABLE) {
        munmap(p, n * sz);
        return;
    }
#endif
    free(p);
}

void ag_dict_set_extractor(ag_dict *d, ag_extractor mode)
{
    d->mode = mode;
}

void ag_dict_set_candidate_sink(ag_dict *d, ag_candidate_fn fn, void *arg)
{
    d->sink = fn;
    d->sink_arg = arg;
}

int ag_dict_new(ag_dict **d, ag_err *err)
{
    *d = calloc(1, sizeof **d);
    if (*d == NULL)
        return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    return AG_OK;
}

void ag_dict_free(ag_dict *d)
{
    if (d == NULL)
        return;
    /* the actors' strings live in the blocks */
    free(d->actors);
    table_free(d->actor_ids, d->cap_actor_ids, sizeof *d->actor_ids);
    for (size_t i = 0; i < d->n_blocks; i++)
        free(d->blocks[i]);
    free(d->blocks);
    free(d->scratch);
    free(d->keybuf);
    free(d->pend);
    table_free(d->entries, d->cap_entries, sizeof *d->entries);
    table_free(d->slots, d->cap_slots, sizeof *d->slots);
    table_free(d->pfx, d->cap_pfx, sizeof *d->pfx);
    free(d->pfx_new);
    table_free(d->one, d->cap_one, sizeof *d->one);
    ex_scorer_free(d->scorer);
    ag_buf_destroy(&d->file_hashes);
    free(d);
}

/* Moves the prefix set into a table of nc slots (a power of two). */
static int pfx_rehash(ag_dict *d, size_t nc)
{
    uint64_t *n = table_alloc(nc, sizeof *n);
    if (n == NULL)
        return AG_ERR_NOMEM;
    for (size_t i = 0; i < d->cap_pfx; i++) {
        if (d->pfx[i] == 0)
            continue;
        size_t j = (size_t)d->pfx[i] & (nc - 1);
        while (n[j] != 0)
            j = (j + 1) & (nc - 1);
        n[j] = d->pfx[i];
    }
    table_free(d->pfx, d->cap_pfx, sizeof *d->pfx);
    d->pfx = n;
    d->cap_pfx = nc;
    return AG_OK;
}

static int pfx_add(ag_dict *d, uint64_t h)
{
    int rc;

    if (h == 0)
        h = 1;
    if (d->n_pfx * 2 >= d->cap_pfx &&
        (rc = pfx_rehash(d, d->cap_pfx ? d->cap_pfx * 2 : 4096)) != AG_OK)
        return rc;
    size_t j = (size_t)h & (d->cap_pfx - 1);
    while (d->pfx[j] != 0) {
        if (d->pfx[j] == h)
            return AG_OK;
        j = (j + 1) & (d->cap_pfx - 1);
    }
    d->pfx[j] = h;
    d->n_pfx++;
    return AG_OK;
}

/* Notes prefix hash h, entered into the set by pfx_flush: a big file's
 * prefixes land all over a set of megabytes, a cache miss each, which
 * overlap when entered in one loop that fetches ahead. */
static int pfx_note(ag_dict *d, uint64_t h)
{
    if (d->n_pfx_new == d->cap_pfx_new &&
        ag_grow(&d->pfx_new, &d->cap_pfx_new, d->n_pfx_new, sizeof *d->pfx_new, 256) != AG_OK)
        return AG_ERR_NOMEM;
    d->pfx_new[d->n_pfx_new++] = h;
    return AG_OK;
}

/* Enters the noted prefixes into the set, in the order noted. */
static int pfx_flush(ag_dict *d)
{
    enum { AHEAD = 16 };
    int rc = AG_OK;

    for (size_t i = 0; i < d->n_pfx_new && rc == AG_OK; i++) {
        if (i + AHEAD < d->n_pfx_new && d->cap_pfx != 0) {
            uint64_t a = d->pfx_new[i + AHEAD];
            __builtin_prefetch(&d->pfx[(size_t)(a ? a : 1) & (d->cap_pfx - 1)], 1);
        }
        rc = pfx_add(d, d->pfx_new[i]);
    }
    free(d->pfx_new);
    d->pfx_new = NULL;
    d->n_pfx_new = d->cap_pfx_new = 0;
    return rc;
}

int ex_dict_has_prefix(const ag_dict *d, uint64_t h)
{
    if (d->cap_pfx == 0)
        return 0;
    if (h == 0)
        h = 1;
    for (size_t j = (size_t)h & (d->cap_pfx - 1); d->pfx[j] != 0; j = (j + 1) & (d->cap_pfx - 1))
        if (d->pfx[j] == h)
            return 1;
    return 0;
}

/* FNV-1a of an actor id, exact bytes (ids compare with strcmp), folded
 * to 32 bits. */
static uint32_t id_hash(const char *id)
{
    uint64_t h = 1469598103934665603u;

    for (; *id; id++)
        h = (h ^ (unsigned char)*id) * 1099511628211u;
    return (uint32_t)((h ^ (h >> 29)) >> 32 ^ (h ^ (h >> 29)));
}

/* A slot of the id index holds the id's hash in its high half and the
 * actor's index + 1 in its low half: probes compare hashes, and growth
 * moves slots, without reading the actors' ids. */
static uint64_t id_slot(uint32_t h, int idx)
{
    return (uint64_t)h << 32 | (uint32_t)(idx + 1);
}

int ex_dict_actor_index(const ag_dict *d, const char *id)
{
    if (d->cap_actor_ids == 0)
        return -1;
    uint32_t h = id_hash(id);
    for (size_t j = h & (d->cap_actor_ids - 1); d->actor_ids[j] != 0;
         j = (j + 1) & (d->cap_actor_ids - 1)) {
        uint64_t v = d->actor_ids[j];
        int idx = (int)(uint32_t)v - 1;
        if ((uint32_t)(v >> 32) == h && strcmp(d->actors[idx].id, id) == 0)
            return idx;
    }
    return -1;
}

/* Enters actor idx (its id not yet indexed) into the id index. */
static int actor_id_add(ag_dict *d, int idx)
{
    if ((size_t)(idx + 1) * 2 > d->cap_actor_ids) {
        size_t nc = d->cap_actor_ids ? d->cap_actor_ids * 2 : 512;
        uint64_t *n = table_alloc(nc, sizeof *n);
        if (n == NULL)
            return AG_ERR_NOMEM;
        for (size_t i = 0; i < d->cap_actor_ids; i++) {
            uint64_t v = d->actor_ids[i];
            if (v == 0)
                continue;
            size_t j = (size_t)(v >> 32) & (nc - 1);
            while (n[j] != 0)
                j = (j + 1) & (nc - 1);
            n[j] = v;
        }
        table_free(d->actor_ids, d->cap_actor_ids, sizeof *d->actor_ids);
        d->actor_ids = n;
        d->cap_actor_ids = nc;
    }
    uint32_t h = id_hash(d->actors[idx].id);
    size_t j = h & (d->cap_actor_ids - 1);
    while (d->actor_ids[j] != 0)
        j = (j + 1) & (d->cap_actor_ids - 1);
    d->actor_ids[j] = id_slot(h, idx);
    return AG_OK;
}

/* The entries are kept in the order they were added; the table of slots
 * indexes them by hash: a slot holds the high half of the entry's hash
 * and its index + 1 (0 = empty), so that a probe reads 8 bytes, not the
 * entry, until the hash matches. */
static uint64_t entry_slot(uint64_t h, size_t idx)
{
    return (h & 0xffffffff00000000u) | (uint32_t)(idx + 1);
}

/* Moves the index of the entries into a table of ncap slots (a power of two). */
static int table_rehash(ag_dict *d, size_t ncap)
{
    uint64_t *ns = table_alloc(ncap, sizeof *ns);
    if (ns == NULL)
        return AG_ERR_NOMEM;
    for (size_t i = 0; i < d->n_entries; i++) {
        size_t j = (size_t)d->entries[i].hash & (ncap - 1);
        while (ns[j] != 0)
            j = (j + 1) & (ncap - 1);
        ns[j] = entry_slot(d->entries[i].hash, i);
    }
    table_free(d->slots, d->cap_slots, sizeof *d->slots);
    d->slots = ns;
    d->cap_slots = ncap;
    return AG_OK;
}

static int table_grow(ag_dict *d)
{
    return table_rehash(d, d->cap_slots ? d->cap_slots * 2 : 1024);
}

/* Room for n entries in all (a big array's pages entered at once, as a
 * table's). */
static int entries_reserve(ag_dict *d, size_t n)
{
    if (n <= d->cap_entries)
        return AG_OK;
    dict_entry *ne = table_alloc(n, sizeof *ne);
    if (ne == NULL)
        return AG_ERR_NOMEM;
    if (d->n_entries > 0)
        memcpy(ne, d->entries, d->n_entries * sizeof *ne);
    table_free(d->entries, d->cap_entries, sizeof *d->entries);
    d->entries = ne;
    d->cap_entries = n;
    return AG_OK;
}

/* Sizes the tables once for about n more phrases (of one token or two),
 * instead of doubling them, and copying every entry, log2(n) times. */
static int dict_reserve(ag_dict *d, size_t n)
{
    size_t nc = d->cap_slots ? d->cap_slots : 1024;
    int rc;

    while ((d->n_entries + n) * 2 >= nc)
        nc *= 2;
    if (nc > d->cap_slots && (rc = table_rehash(d, nc)) != AG_OK)
        return rc;
    if ((rc = entries_reserve(d, d->n_entries + n)) != AG_OK)
        return rc;
    nc = d->cap_pfx ? d->cap_pfx : 4096;
    while ((d->n_pfx + n) * 2 >= nc)
        nc *= 2;
    if (nc > d->cap_pfx && (rc = pfx_rehash(d, nc)) != AG_OK)
        return rc;
    return AG_OK;
}

enum { BLOCK_BYTES = 1 << 16 };
/* the size from which a file's tables are reserved at once: above the
 * data folder's files, whose tables (and so extraction) stay as they grow */
enum { DICT_RESERVE_MIN = 1 << 16 };

/* Takes p into the list of blocks freed with d; NULL when out of memory. */
static char *keep_block(ag_dict *d, char *p)
{
    if (p != NULL && d->n_blocks == d->cap_blocks) {
        size_t nc = d->cap_blocks ? d->cap_blocks * 2 : 64;
        char **nb = realloc(d->blocks, nc * sizeof *nb);
        if (nb == NULL) {
            free(p);
            return NULL;
        }
        d->blocks = nb;
        d->cap_blocks = nc;
    }
    if (p != NULL)
        d->blocks[d->n_blocks++] = p;
    return p;
}

/* A copy of s[0..n) that lives as long as d: carved from blocks, so that
 * hundreds of thousands of keys cost a few allocations. The keys of the
 * entries (read by the matcher) and the actors' strings fill blocks of
 * their own (slot 0 and 1), so that the keys stay as dense as before. */
static char *dict_strndup(ag_dict *d, int slot, const char *s, size_t n)
{
    char *p;

    if (n >= BLOCK_BYTES / 4) { /* a long key gets a block of its own */
        if ((p = keep_block(d, malloc(n + 1))) == NULL)
            return NULL;
    } else {
        if (d->block[slot] == NULL || d->block_left[slot] < n + 1) {
            if ((d->block[slot] = keep_block(d, malloc(BLOCK_BYTES))) == NULL)
                return NULL;
            d->block_left[slot] = BLOCK_BYTES;
        }
        p = d->block[slot] + (BLOCK_BYTES - d->block_left[slot]);
        d->block_left[slot] -= n + 1;
    }
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* A copy of an actor's string s in the actors' blocks. */
static char *actor_strdup(ag_dict *d, const char *s)
{
    return dict_strndup(d, 1, s, strlen(s));
}

/* A phrase tokenized and waiting to enter the entry table (phrase_flush):
 * its key and exact text stand in keybuf at key, one after the other. */
struct dict_pending {
    uint64_t hash;
    size_t key, klen;
    int ntok, actor, surf, category;
    wc_mask classes;
    int upper0;       /* the phrase begins with a capital A-Z */
    int ex_new;       /* it is matched byte for byte (exact) */
    uint64_t first_h; /* the hash of its first token */
};

/* Enters pending phrase p into the entry table. */
static int phrase_commit(ag_dict *d, const struct dict_pending *p)
{
    int rc;
    const char *key = d->keybuf + p->key, *exact = key + p->klen + 1;

    if (d->n_entries * 2 >= d->cap_slots && (rc = table_grow(d)) != AG_OK)
        return rc;
    size_t j = (size_t)p->hash & (d->cap_slots - 1);
    for (; d->slots[j] != 0; j = (j + 1) & (d->cap_slots - 1)) {
        if ((d->slots[j] ^ p->hash) >> 32 != 0)
            continue;
        dict_entry *e = &d->entries[(uint32_t)d->slots[j] - 1];
        if (e->hash == p->hash && strcmp(e->key, key) == 0) {
            if ((e->exact != NULL) == p->ex_new) {
                if (p->actor >= 0 && e->actor < 0) {
                    e->actor = p->actor;
                    e->surf = p->surf;
                    e->cap_first = p->upper0;
                }
                e->classes |= p->classes;
                if (p->category && !e->category)
                    e->category = p->category;
                return AG_OK;
            }
        }
    }
    if (d->n_entries == d->cap_entries &&
        (rc = entries_reserve(d, d->cap_entries ? d->cap_entries * 2 : 512)) != AG_OK)
        return rc;
    dict_entry *e = &d->entries[d->n_entries];
    e->hash = p->hash;
    e->key = dict_strndup(d, 0, key, p->klen);
    e->exact = p->ex_new ? dict_strndup(d, 0, exact, p->klen) : NULL;
    if (e->key == NULL || (p->ex_new && e->exact == NULL))
        return AG_ERR_NOMEM;
    e->ntok = p->ntok;
    e->actor = p->actor;
    e->surf = p->surf;
    e->classes = p->classes;
    e->category = p->category;
    e->cap_first = p->actor >= 0 && p->upper0;
    d->slots[j] = entry_slot(p->hash, d->n_entries);
    d->n_entries++;
    size_t bit = (size_t)(p->first_h & (EX_FIRST_BITS - 1));
    d->first_ok[bit / 32] |= (uint64_t)(p->ntok >= 2 ? 3 : 1) << (2 * (bit % 32));
    if (p->ntok > d->max_ntok)
        d->max_ntok = p->ntok;
    return AG_OK;
}

/* Enters the pending phrases into the entry table, in the order they were
 * added. In a big dictionary each one's slot is a cache miss: fetching
 * the slots a few phrases ahead overlaps them. */
static int phrase_flush(ag_dict *d)
{
    enum { AHEAD = 8 };
    int rc = AG_OK;

    for (size_t i = 0; i < d->n_pend && rc == AG_OK; i++) {
        if (i + AHEAD < d->n_pend && d->cap_slots != 0)
            __builtin_prefetch(&d->slots[(size_t)d->pend[i + AHEAD].hash & (d->cap_slots - 1)], 1);
        rc = phrase_commit(d, &d->pend[i]);
    }
    d->n_pend = 0;
    d->keybuf_used = 0;
    return rc;
}

/* Adds a phrase: actor (>= 0) with a surface kind, and/or word classes.
 * It waits with a few others to enter the entry table (phrase_flush). */
static int add_phrase(ag_dict *d, const char *phrase, int actor, int surf, wc_mask classes,
                      int category)
{
    enum { PENDING = 64 };
    ex_token *tok;
    size_t ntok = 0, plen = strlen(phrase), klen = 0;
    char *key, *exact;
    int rc = AG_OK, has_lower = 0;
    uint64_t h = 0;

    rc = ex_tokenize(phrase, plen, &d->scratch, &ntok, &d->cap_scratch);
    tok = d->scratch;
    if (rc != AG_OK)
        return rc;
    if (ntok == 0 || ntok > EX_MAX_NGRAM)
        return AG_OK; /* nothing to match, or too long: ignored */
    if (d->n_pend == PENDING && (rc = phrase_flush(d)) != AG_OK)
        return rc;
    if (d->pend == NULL && (d->pend = malloc(PENDING * sizeof *d->pend)) == NULL)
        return AG_ERR_NOMEM;
    /* the lower-case key and the exact text, each at most plen + 1 bytes,
     * after those of the other pending phrases in keybuf */
    size_t need = d->keybuf_used + 2 * (plen + 1);
    if (need > d->cap_keybuf) {
        size_t nc = d->cap_keybuf < 4096 ? 4096 : d->cap_keybuf;
        while (nc < need)
            nc *= 2;
        char *nb = realloc(d->keybuf, nc);
        if (nb == NULL)
            return AG_ERR_NOMEM;
        d->keybuf = nb;
        d->cap_keybuf = nc;
    }
    for (size_t i = 0; i < ntok; i++) {
        h = i == 0 ? tok[i].h : ex_hash_combine(h, tok[i].h);
        if ((rc = pfx_note(d, h)) != AG_OK)
            return rc;
        if (i > 0) {
            size_t bit = (size_t)(h & (EX_FIRST_BITS - 1));
            d->pfx_ok[bit / 64] |= (uint64_t)1 << (bit % 64);
        }
    }
    key = d->keybuf + d->keybuf_used;
    exact = key + plen + 1;
    for (size_t i = 0; i < ntok; i++) {
        if (i > 0) {
            key[klen] = ' ';
            exact[klen++] = ' ';
        }
        for (uint32_t k = tok[i].s; k < tok[i].e; k++) {
            char c = phrase[k];
            if (c >= 'a' && c <= 'z')
                has_lower = 1;
            key[klen] = (char)tolower((unsigned char)c);
            exact[klen++] = c;
        }
    }
    key[klen] = '\0';
    /* the exact text right after the key's end, where phrase_commit looks */
    memmove(key + klen + 1, exact, klen);
    key[2 * klen + 1] = '\0';
    struct dict_pending *p = &d->pend[d->n_pend++];
    p->hash = h;
    p->key = d->keybuf_used;
    p->klen = klen;
    p->ntok = (int)ntok;
    p->actor = actor;
    p->surf = surf;
    p->category = category;
    p->classes = classes;
    p->upper0 = phrase[0] >= 'A' && phrase[0] <= 'Z';
    p->ex_new = !has_lower && plen <= 5;
    p->first_h = tok[0].h;
    d->keybuf_used += 2 * klen + 2;
    return AG_OK;
}

static int tok_eq_lower(const char *s, const ex_token *t, const char **k)
{
    const char *p = *k; /* in a register, not through k */
    for (uint32_t i = t->s; i < t->e; i++, p++)
        if (*p != (char)ex_lower((unsigned char)s[i])) {
            *k = p;
            return 0;
        }
    *k = p;
    return 1;
}

static int tok_eq_exact(const char *s, const ex_token *t, const char **k)
{
    const char *p = *k;
    for (uint32_t i = t->s; i < t->e; i++, p++)
        if (*p != s[i]) {
            *k = p;
            return 0;
        }
    *k = p;
    return 1;
}

static const dict_entry *match_impl(const ag_dict *d, const char *s, const ex_token *tok,
                                    size_t ntok, size_t i, int n, int fold);
static const dict_entry *one_match(const ag_dict *d, const char *s, const ex_token *tok,
                                   size_t ntok, size_t i);

const dict_entry *ex_dict_match(const ag_dict *d, const char *s, const ex_token *tok, size_t ntok,
                                size_t i, int n)
{
    if (n == 1 && d->one != NULL && i < ntok)
        return one_match(d, s, tok, ntok, i);
    return match_impl(d, s, tok, ntok, i, n, 0);
}

/* The table of one-token keys, built again after each file: every hash of
 * a one-token entry, with the key inline (its exact text when it has one)
 * when that entry alone has the hash and its key is short. Not built for
 * more than DICT_ONE_MAX such hashes (a big user dictionary keeps its
 * memory): then every lookup goes through match_impl. */
#define DICT_ONE_MAX 65536

static void one_build(ag_dict *d)
{
    size_t n = 0, cap = 1024;
    table_free(d->one, d->cap_one, sizeof *d->one);
    d->one = NULL;
    d->cap_one = 0;
    for (size_t i = 0; i < d->n_entries; i++)
        n += d->entries[i].ntok == 1;
    if (n > DICT_ONE_MAX)
        return;
    while (cap < 2 * n)
        cap *= 2;
    dict_one *t = table_alloc(cap, sizeof *t);
    if (t == NULL)
        return; /* no table: the slow way */
    for (size_t i = 0; i < d->n_entries; i++) {
        const dict_entry *e = &d->entries[i];
        if (e->ntok != 1)
            continue;
        size_t j = (size_t)e->hash & (cap - 1);
        while (t[j].entry != 0 && t[j].hash != e->hash)
            j = (j + 1) & (cap - 1);
        size_t kl = strlen(e->key);
        if (t[j].entry != 0) {
            t[j].len = DICT_ONE_SLOW; /* two entries of one hash */
            continue;
        }
        t[j].hash = e->hash;
        t[j].entry = (uint32_t)i + 1;
        if (kl > DICT_ONE_KEY) {
            t[j].len = DICT_ONE_SLOW;
        } else {
            t[j].len = (uint8_t)kl;
            t[j].flags = (uint8_t)((e->exact != NULL ? DICT_ONE_EXACT : 0) |
                                   (e->cap_first ? DICT_ONE_CAP : 0));
            memcpy(t[j].key, e->exact != NULL ? e->exact : e->key, kl);
        }
    }
    d->one = t;
    d->cap_one = cap;
}

/* ex_dict_match of one token through the table of one-token keys. */
static const dict_entry *one_match(const ag_dict *d, const char *s, const ex_token *tok,
                                   size_t ntok, size_t i)
{
    uint64_t h = tok[i].h;
    size_t j = (size_t)h & (d->cap_one - 1);
    while (d->one[j].entry != 0 && d->one[j].hash != h)
        j = (j + 1) & (d->cap_one - 1);
    const dict_one *o = &d->one[j];
    if (o->entry == 0)
        return NULL; /* no one-token key of this hash */
    if (o->len == DICT_ONE_SLOW)
        return match_impl(d, s, tok, ntok, i, 1, 0);
    const dict_entry *e = &d->entries[o->entry - 1];
    __builtin_prefetch(e); /* what the caller reads next */
    if (tok[i].e - tok[i].s != o->len)
        return NULL;
    if ((o->flags & DICT_ONE_CAP) && (tok[i].flags & TK_WORD) &&
        !(tok[i].flags & (TK_CAP | TK_UPPER)))
        return NULL; /* an actor's name written capitalized, in lower case here */
    if (o->flags & DICT_ONE_EXACT)
        return memcmp(o->key, s + tok[i].s, o->len) == 0 ? e : NULL;
    for (size_t k = 0; k < o->len; k++)
        if (o->key[k] != (char)ex_lower((unsigned char)s[tok[i].s + k]))
            return NULL;
    return e;
}

/* fold: ignore case entirely (lookups by name) */
static const dict_entry *match_impl(const ag_dict *d, const char *s, const ex_token *tok,
                                    size_t ntok, size_t i, int n, int fold)
{
    if (d->cap_slots == 0 || i + (size_t)n > ntok)
        return NULL;
    uint64_t h = tok[i].h;
    for (int k = 1; k < n; k++)
        h = ex_hash_combine(h, tok[i + (size_t)k].h);
    const dict_entry *best = NULL;
    for (size_t j = (size_t)h & (d->cap_slots - 1); d->slots[j] != 0;
         j = (j + 1) & (d->cap_slots - 1)) {
        if ((d->slots[j] ^ h) >> 32 != 0)
            continue;
        const dict_entry *e = &d->entries[(uint32_t)d->slots[j] - 1];
        if (e->hash != h || e->ntok != n)
            continue;
        if (!fold && e->cap_first && (tok[i].flags & TK_WORD) &&
            !(tok[i].flags & (TK_CAP | TK_UPPER)))
            continue;
        int exact = e->exact != NULL && !fold;
        const char *k = exact ? e->exact : e->key;
        int ok = 1;
        for (int t = 0; t < n && ok; t++) {
            if (t > 0) {
                if (*k != ' ')
                    ok = 0;
                k++;
            }
            if (ok)
                ok = exact ? tok_eq_exact(s, &tok[i + (size_t)t], &k)
                           : tok_eq_lower(s, &tok[i + (size_t)t], &k);
        }
        if (ok && *k == '\0') {
            /* an exact (all-caps) entry wins over a case-folded one */
            if (best == NULL || e->exact != NULL)
                best = e;
        }
    }
    return best;
}

/* ---- loading -------------------------------------------------------------- */

/* a: the item of field (NULL when absent) */
static int str_list(const cJSON *a, const char *field, const char *file, int line, ag_err *err,
                    const cJSON **out)
{
    *out = NULL;
    if (a == NULL || cJSON_IsNull(a))
        return AG_OK;
    if (!cJSON_IsArray(a))
        return ag_err_set(err, AG_ERR_PARSE, "%s:%d: \"%s\" must be a list of strings", file, line,
                          field);
    const cJSON *x;
    cJSON_ArrayForEach(x, a)
    {
        if (!cJSON_IsString(x) || x->valuestring[0] == '\0')
            return ag_err_set(err, AG_ERR_PARSE, "%s:%d: \"%s\" must hold non-empty strings", file,
                              line, field);
    }
    *out = a;
    return AG_OK;
}

/* x: the item of field (NULL when absent) */
static const char *opt_string(const cJSON *x, const char *field, const char *file, int line,
                              ag_err *err, int *rc)
{
    if (x == NULL || cJSON_IsNull(x))
        return NULL;
    if (!cJSON_IsString(x) || x->valuestring[0] == '\0') {
        *rc = ag_err_set(err, AG_ERR_PARSE, "%s:%d: \"%s\" must be a non-empty string", file, line,
                         field);
        return NULL;
    }
    return x->valuestring;
}

enum { F_ACTOR, F_KIND, F_NAME, F_STATE, F_ROLE, F_ALIASES, F_DEMONYMS, F_SEATS, F_PLACES, F_NOTE };

/* The field number of an actor entry's field name, or -1. */
static int actor_field(const char *s)
{
    static const char *const names[] = {"actor",   "kind",     "name",  "state",  "role",
                                        "aliases", "demonyms", "seats", "places", "note"};
    int k = -1;

    switch (s[0]) {
    case 'a':
        k = s[1] == 'c' ? F_ACTOR : F_ALIASES;
        break;
    case 'k':
        k = F_KIND;
        break;
    case 'n':
        k = s[1] == 'a' ? F_NAME : F_NOTE;
        break;
    case 's':
        k = s[1] == 't' ? F_STATE : F_SEATS;
        break;
    case 'r':
        k = F_ROLE;
        break;
    case 'd':
        k = F_DEMONYMS;
        break;
    case 'p':
        k = F_PLACES;
        break;
    default:
        return -1;
    }
    return strcmp(s, names[k]) == 0 ? k : -1;
}

/* An actor entry's fields: from its cJSON tree (load_actor) or read
 * straight from the text (fast_entry). A list is a cJSON array or n
 * strings. */
typedef struct actor_in {
    const char *s[F_ROLE + 1];  /* actor, kind, name, state, role; NULL when absent */
    const cJSON *list[4];       /* aliases, demonyms, seats, places ... */
    const char *const *strs[4]; /* ... or these */
    size_t n_strs[4];
    const char *unknown; /* the name of the first unknown field, or NULL */
} actor_in;

/* Fetches the slot of actor id in the index, a cache miss in a big
 * dictionary, while the entry is checked. */
static void actor_prefetch(const ag_dict *d, const char *id)
{
    if (d->cap_actor_ids != 0 && id != NULL)
        __builtin_prefetch(&d->actor_ids[id_hash(id) & (d->cap_actor_ids - 1)]);
}

/* Checks the actor's id, kind and role; *kind is the kind. */
static int actor_check(const actor_in *in, ag_kind *kind, const char *file, int line, ag_err *err)
{
    const char *role = in->s[F_ROLE];

    if (in->s[F_ACTOR] == NULL)
        return ag_err_set(err, AG_ERR_PARSE, "%s:%d: \"actor\" must be a non-empty string", file,
                          line);
    if (in->s[F_KIND] == NULL || ag_kind_parse(in->s[F_KIND], kind) != AG_OK)
        return ag_err_set(err, AG_ERR_PARSE,
                          "%s:%d: \"kind\" must be \"state\", \"person\" or \"organization\"", file,
                          line);
    if (role != NULL && strcmp(role, "official") != 0 && strcmp(role, "private") != 0)
        return ag_err_set(err, AG_ERR_PARSE, "%s:%d: \"role\" must be \"official\" or \"private\"",
                          file, line);
    return AG_OK;
}

/* Adds (or completes) the actor of a checked entry, and its phrases. */
static int actor_add(ag_dict *d, const actor_in *in, ag_kind kind, const char *file, int line,
                     ag_err *err)
{
    const char *id = in->s[F_ACTOR], *name = in->s[F_NAME], *state = in->s[F_STATE],
               *role = in->s[F_ROLE];
    int rc;

    if (in->unknown != NULL)
        return ag_err_set(err, AG_ERR_PARSE, "%s:%d: unknown field \"%s\"", file, line,
                          in->unknown);
    int idx = ex_dict_actor_index(d, id);
    if (idx < 0) {
        if (d->n_actors == d->cap_actors) {
            size_t nc = d->cap_actors ? d->cap_actors * 2 : 256;
            dict_actor *na = realloc(d->actors, nc * sizeof *na);
            if (na == NULL)
                return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            d->actors = na;
            d->cap_actors = nc;
        }
        dict_actor *a = &d->actors[d->n_actors];
        memset(a, 0, sizeof *a);
        if (d->file == NULL || strcmp(d->file, file) != 0)
            d->file = actor_strdup(d, file); /* one copy per file, not per actor */
        a->id = actor_strdup(d, id);
        a->name = actor_strdup(d, name ? name : id);
        a->state = state ? actor_strdup(d, state) : NULL;
        a->file = d->file;
        a->kind = kind;
        a->official = role != NULL && strcmp(role, "official") == 0;
        a->line = line;
        a->acts_as = (int)d->n_actors;
        if (a->id == NULL || a->name == NULL || a->file == NULL || (state && a->state == NULL))
            return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        idx = (int)d->n_actors++;
        if (actor_id_add(d, idx) != AG_OK)
            return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    } else {
        dict_actor *a = &d->actors[idx];
        if (a->kind != kind)
            return ag_err_set(err, AG_ERR_PARSE,
                              "%s:%d: actor \"%s\" has kind %s here but %s at %s:%d", file, line,
                              id, in->s[F_KIND], ag_kind_name(a->kind), a->file, a->line);
        if (a->state == NULL && state != NULL && (a->state = actor_strdup(d, state)) == NULL)
            return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        if (role != NULL)
            a->official = strcmp(role, "official") == 0;
    }
    if ((rc = add_phrase(d, id, idx, SURF_ALIAS, 0, 0)) != AG_OK ||
        (name && (rc = add_phrase(d, name, idx, SURF_ALIAS, 0, 0)) != AG_OK))
        return ag_err_set(err, rc, "out of memory");
    static const int surfs[4] = {SURF_ALIAS, SURF_DEMONYM, SURF_SEAT, SURF_PLACE};
    for (int i = 0; i < 4; i++) {
        const cJSON *x;
        if (in->list[i] != NULL) {
            cJSON_ArrayForEach(x, in->list[i])
            {
                if ((rc = add_phrase(d, x->valuestring, idx, surfs[i], 0, 0)) != AG_OK)
                    return ag_err_set(err, rc, "out of memory");
            }
        }
        for (size_t k = 0; k < in->n_strs[i]; k++)
            if ((rc = add_phrase(d, in->strs[i][k], idx, surfs[i], 0, 0)) != AG_OK)
                return ag_err_set(err, rc, "out of memory");
    }
    return AG_OK;
}

static int load_actor(ag_dict *d, const cJSON *o, const char *file, int line, ag_err *err)
{
    /* one pass over the fields (the first of a repeated one counts), rather
     * than a search of them by name for each field */
    const cJSON *f[F_NOTE + 1] = {NULL}, *unknown = NULL, *x;
    cJSON_ArrayForEach(x, o)
    {
        int k = x->string ? actor_field(x->string) : -1;
        if (k < 0) {
            if (unknown == NULL)
                unknown = x;
        } else if (f[k] == NULL) {
            f[k] = x;
        }
    }
    int rc = AG_OK;
    actor_in in = {{NULL}, {NULL}, {NULL}, {0}, NULL};
    static const char *const names[F_ROLE + 1] = {"actor", "kind", "name", "state", "role"};
    for (int k = F_ACTOR; k <= F_ROLE; k++)
        in.s[k] = opt_string(f[k], names[k], file, line, err, &rc);
    static const char *const fields[4] = {"aliases", "demonyms", "seats", "places"};
    ag_kind kind;

    if (rc != AG_OK)
        return rc;
    actor_prefetch(d, in.s[F_ACTOR]);
    if ((rc = actor_check(&in, &kind, file, line, err)) != AG_OK)
        return rc;
    for (int i = 0; i < 4; i++)
        if ((rc = str_list(f[F_ALIASES + i], fields[i], file, line, err, &in.list[i])) != AG_OK)
            return rc;
    if (unknown != NULL)
        in.unknown = unknown->string ? unknown->string : "?";
    return actor_add(d, &in, kind, file, line, err);
}

/* ---- the fast reading of a plain actor entry ------------------------------ */

/* Where a plain actor entry's strings are copied, reused from entry to
 * entry. */
typedef struct fast_buf {
    char *chars; /* the strings, each ended by a NUL */
    size_t n_chars, cap_chars;
    size_t *offs;      /* the lists' strings: their offsets in chars ... */
    const char **strs; /* ... and, once read, their addresses */
    size_t n_strs, cap_strs;
} fast_buf;

static void fast_buf_free(fast_buf *fb)
{
    free(fb->chars);
    free(fb->offs);
    free(fb->strs);
}

static size_t fast_ws(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
    return i;
}

/* The index of the closing quote of the non-empty string whose opening
 * quote is s[i], or 0 when it is empty or holds an escape or a control
 * character: those are for cJSON to read. */
static size_t fast_str(const char *s, size_t n, size_t i)
{
    for (size_t j = i + 1; j < n; j++) {
        unsigned char c = (unsigned char)s[j];
        if (c == '"')
            return j > i + 1 ? j : 0;
        if (c == '\\' || c < 0x20)
            return 0;
    }
    return 0;
}

/* Copies the string between the quotes s[i] and s[e] to fb; its offset
 * in fb->chars, or (size_t)-1 when out of memory. */
static size_t fast_copy(fast_buf *fb, const char *s, size_t i, size_t e)
{
    size_t len = e - i - 1, at = fb->n_chars;

    while (at + len + 1 > fb->cap_chars)
        if (ag_grow(&fb->chars, &fb->cap_chars, fb->cap_chars, 1, 1024) != AG_OK)
            return (size_t)-1;
    memcpy(fb->chars + at, s + i + 1, len);
    fb->chars[at + len] = '\0';
    fb->n_chars = at + len + 1;
    return at;
}

/* Reads the entry at s[*pi] without cJSON when it is a plain actor entry:
 * an object of non-empty strings and lists of them without escapes or
 * control characters (which cJSON reads byte for byte), an "actor" among
 * its fields, the known ones of the right type. 1, with *in filled (its
 * strings in fb) and *pi past the entry; 0 when the entry is anything
 * else, for cJSON to read (and to say what is wrong); negative when out
 * of memory. */
static int fast_entry(const char *s, size_t n, size_t *pi, fast_buf *fb, actor_in *in)
{
    struct {
        size_t name, first, count; /* the name's offset; the values in offs */
        int list;
    } fld[24];
    size_t nf = 0, i = fast_ws(s, n, *pi + 1), e;

    fb->n_chars = fb->n_strs = 0;
    if (i >= n || s[i] != '"')
        return 0;
    for (;;) {
        if (nf == sizeof fld / sizeof fld[0] || (e = fast_str(s, n, i)) == 0)
            return 0;
        if ((fld[nf].name = fast_copy(fb, s, i, e)) == (size_t)-1)
            return AG_ERR_NOMEM;
        i = fast_ws(s, n, e + 1);
        if (i >= n || s[i] != ':')
            return 0;
        i = fast_ws(s, n, i + 1);
        if (i >= n || (s[i] != '"' && s[i] != '['))
            return 0;
        fld[nf].first = fb->n_strs;
        fld[nf].count = 0;
        fld[nf].list = s[i] == '[';
        if (fld[nf].list)
            i = fast_ws(s, n, i + 1);
        while (i < n && s[i] == '"') {
            if ((e = fast_str(s, n, i)) == 0)
                return 0;
            if (fb->n_strs == fb->cap_strs) {
                size_t cap = fb->cap_strs;
                if (ag_grow(&fb->offs, &cap, fb->n_strs, sizeof *fb->offs, 64) != AG_OK ||
                    ag_grow(&fb->strs, &fb->cap_strs, fb->n_strs, sizeof *fb->strs, 64) != AG_OK)
                    return AG_ERR_NOMEM;
            }
            if ((fb->offs[fb->n_strs++] = fast_copy(fb, s, i, e)) == (size_t)-1)
                return AG_ERR_NOMEM;
            fld[nf].count++;
            i = fast_ws(s, n, e + 1);
            if (!fld[nf].list)
                break;
            if (i < n && s[i] == ',') {
                i = fast_ws(s, n, i + 1);
                if (i >= n || s[i] != '"')
                    return 0; /* a value must follow */
            } else if (i < n && s[i] == ']')
                break;
            else
                return 0;
        }
        if (fld[nf].list) {
            if (i >= n || s[i] != ']')
                return 0;
            i = fast_ws(s, n, i + 1);
        }
        nf++;
        if (i < n && s[i] == '}')
            break;
        if (i >= n || s[i] != ',')
            return 0;
        i = fast_ws(s, n, i + 1);
    }
    /* the strings' addresses, now that chars stays put */
    for (size_t k = 0; k < fb->n_strs; k++)
        fb->strs[k] = fb->chars + fb->offs[k];
    memset(in, 0, sizeof *in);
    int seen[F_NOTE + 1] = {0}, has_actor = 0;
    for (size_t k = 0; k < nf; k++) {
        const char *name = fb->chars + fld[k].name;
        int f = actor_field(name);
        has_actor |= f == F_ACTOR;
        if (f < 0) {
            if (in->unknown == NULL)
                in->unknown = name;
            continue;
        }
        if (f == F_NOTE || seen[f]++)
            continue; /* the first of a repeated field counts */
        if ((f >= F_ALIASES) != fld[k].list)
            return 0; /* of the wrong type: cJSON's reading says so */
        if (f >= F_ALIASES) {
            in->strs[f - F_ALIASES] = fb->strs + fld[k].first;
            in->n_strs[f - F_ALIASES] = fld[k].count;
        } else {
            in->s[f] = fb->strs[fld[k].first];
        }
    }
    if (!has_actor)
        return 0;
    *pi = i + 1;
    return 1;
}

static int load_class(ag_dict *d, const cJSON *o, const char *file, int line, ag_err *err)
{
    int rc = AG_OK;
    const char *cls =
        opt_string(cJSON_GetObjectItemCaseSensitive(o, "class"), "class", file, line, err, &rc);
    const char *cat = opt_string(cJSON_GetObjectItemCaseSensitive(o, "category"), "category", file,
                                 line, err, &rc);
    const cJSON *words;
    int c = -1, category = 0;

    if (rc != AG_OK)
        return rc;
    for (int i = 0; cls && i < WC_COUNT; i++)
        if (strcmp(cls, ex_class_name(i)) == 0)
            c = i;
    if (c < 0)
        return ag_err_set(err, AG_ERR_PARSE, "%s:%d: unknown class \"%s\"", file, line,
                          cls ? cls : "");
    if (cat != NULL) {
        for (int i = 1; i < CAT_COUNT; i++)
            if (strcmp(cat, ex_category_name(i)) == 0)
                category = i;
        if (category == 0)
            return ag_err_set(err, AG_ERR_PARSE, "%s:%d: unknown category \"%s\"", file, line, cat);
    }
    if ((rc = str_list(cJSON_GetObjectItemCaseSensitive(o, "words"), "words", file, line, err,
                       &words)) != AG_OK)
        return rc;
    if (words == NULL)
        return ag_err_set(err, AG_ERR_PARSE, "%s:%d: \"words\" is missing", file, line);
    const cJSON *x;
    cJSON_ArrayForEach(x, o)
    {
        if (x->string && strcmp(x->string, "class") && strcmp(x->string, "category") &&
            strcmp(x->string, "words") && strcmp(x->string, "note"))
            return ag_err_set(err, AG_ERR_PARSE, "%s:%d: unknown field \"%s\"", file, line,
                              x->string);
    }
    cJSON_ArrayForEach(x, words)
    {
        if ((rc = add_phrase(d, x->valuestring, -1, 0, WC(c), category)) != AG_OK)
            return ag_err_set(err, rc, "out of memory");
    }
    return AG_OK;
}

static size_t skip_ws(const char *s, size_t n, size_t i, int *line)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) {
        if (s[i] == '\n')
            (*line)++;
        i++;
    }
    return i;
}

/* Parses the entry at s[*i] (a '{'), moving *i past it and *line on;
 * NULL with err set when it is unterminated or invalid. */
static cJSON *parse_entry(const char *s, size_t n, size_t *pi, int *line, const char *file,
                          ag_err *err)
{
    size_t i = *pi, start = i;
    int start_line = *line, depth = 0, in_str = 0;

    for (; i < n; i++) {
        char c = s[i];
        if (c == '\n')
            (*line)++;
        if (in_str) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_str = 0;
            continue;
        }
        if (c == '"')
            in_str = 1;
        else if (c == '{' || c == '[')
            depth++;
        else if (c == '}' || c == ']') {
            if (--depth == 0) {
                i++;
                break;
            }
        }
    }
    if (depth != 0) {
        ag_err_set(err, AG_ERR_PARSE, "%s:%d: unterminated object", file, start_line);
        return NULL;
    }
    cJSON *o = cJSON_ParseWithLength(s + start, i - start);
    if (o == NULL) {
        const char *ep = cJSON_GetErrorPtr();
        int eline = start_line;
        if (ep != NULL && ep >= s + start && ep <= s + i)
            for (const char *p = s + start; p < ep; p++)
                eline += *p == '\n';
        ag_err_set(err, AG_ERR_PARSE, "%s:%d: invalid JSON", file, eline);
    }
    *pi = i;
    return o;
}

/* The number of line ends in [p, end). */
static int count_lines(const char *p, const char *end)
{
    int n = 0;

    for (; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        n++;
    return n;
}

/* Reads the entry at s[*i] (a '{') with cJSON and loads it, moving *i
 * past it and *line on. */
static int load_entry(ag_dict *d, const char *s, size_t n, size_t *pi, int *line, const char *file,
                      ag_err *err)
{
    size_t start = *pi;
    int start_line = *line, rc;
    /* cJSON finds where a well-formed entry ends; a bad one is scanned
     * again for the message of its own kind and line */
    const char *end = NULL;
    cJSON *o = cJSON_ParseWithLengthOpts(s + start, n - start, &end, 0);
    if (o != NULL) {
        *pi = (size_t)(end - s);
        *line += count_lines(s + start, end);
    } else if ((o = parse_entry(s, n, pi, line, file, err)) == NULL) {
        return AG_ERR_PARSE;
    }
    if (cJSON_GetObjectItemCaseSensitive(o, "actor") != NULL)
        rc = load_actor(d, o, file, start_line, err);
    else if (cJSON_GetObjectItemCaseSensitive(o, "class") != NULL)
        rc = load_class(d, o, file, start_line, err);
    else if (cJSON_GetObjectItemCaseSensitive(o, "scorer") != NULL)
        rc = ex_scorer_load_entry(d, o, file, start_line, err);
    else
        rc = ag_err_set(err, AG_ERR_PARSE,
                        "%s:%d: entry has none of \"actor\", \"class\" and \"scorer\"", file,
                        start_line);
    cJSON_Delete(o);
    return rc;
}

/* Scans the top-level array and parses each element on its own, so that
 * errors carry the line of the element. */
static int load_text(ag_dict *d, const char *file, const char *s, size_t n, fast_buf *fb,
                     ag_err *err)
{
    size_t i = 0;
    int line = 1;

    i = skip_ws(s, n, i, &line);
    if (i >= n || s[i] != '[')
        return ag_err_set(err, AG_ERR_PARSE, "%s:%d: expected a JSON array of entries", file, line);
    i++;
    for (;;) {
        i = skip_ws(s, n, i, &line);
        if (i >= n)
            return ag_err_set(err, AG_ERR_PARSE, "%s:%d: unterminated array", file, line);
        if (s[i] == ']') {
            i++;
            break;
        }
        if (s[i] != '{')
            return ag_err_set(err, AG_ERR_PARSE, "%s:%d: expected an object", file, line);
        size_t start = i;
        int start_line = line, rc;
        /* a plain actor entry is read straight from the text, any other by cJSON */
        actor_in in;
        ag_kind kind;
        if ((rc = fast_entry(s, n, &i, fb, &in)) < 0)
            return ag_err_set(err, rc, "out of memory");
        if (rc == 1) {
            line += count_lines(s + start, s + i);
            actor_prefetch(d, in.s[F_ACTOR]);
            if ((rc = actor_check(&in, &kind, file, start_line, err)) == AG_OK)
                rc = actor_add(d, &in, kind, file, start_line, err);
        } else {
            rc = load_entry(d, s, n, &i, &line, file, err);
        }
        if (rc != AG_OK)
            return rc;
        i = skip_ws(s, n, i, &line);
        if (i < n && s[i] == ',') {
            i++;
            continue;
        }
        if (i < n && s[i] == ']') {
            i++;
            break;
        }
        return ag_err_set(err, AG_ERR_PARSE, "%s:%d: expected ',' or ']'", file, line);
    }
    i = skip_ws(s, n, i, &line);
    if (i < n)
        return ag_err_set(err, AG_ERR_PARSE, "%s:%d: text after the array", file, line);
    return AG_OK;
}

/* Resolves which actor each acts as, once per file rather than per mention:
 * an official acts for a state that may come from a later entry or file. */
static void resolve_officials(ag_dict *d)
{
    for (size_t i = 0; i < d->n_actors; i++) {
        dict_actor *a = &d->actors[i];
        int si = a->kind == AG_PERSON && a->official && a->state != NULL
                     ? ex_dict_actor_index(d, a->state)
                     : -1;
        a->acts_as = si >= 0 ? si : (int)i;
    }
}

int ag_dict_load_file(ag_dict *d, const char *path, ag_err *err)
{
    char *text = NULL;
    size_t len = 0;
    int rc = ag_file_read(path, 64u << 20, &text, &len, err);
    if (rc != AG_OK)
        return rc;
    size_t bom = ag_utf8_bom(text, len), bad;
    fast_buf fb = {NULL, 0, 0, NULL, NULL, 0, 0};
    if (ag_text_utf16(text, len)) {
        rc = ag_err_set(err, AG_ERR_INPUT, "%s: UTF-16 text; save the dictionary as UTF-8", path);
    } else if ((bad = ag_utf8_invalid_at(text, len)) < len) {
        int line = 1;
        for (size_t i = 0; i < bad; i++)
            line += text[i] == '\n';
        rc = ag_err_set(err, AG_ERR_INPUT, "%s:%d: invalid UTF-8 at byte offset %zu", path, line,
                        bad);
    } else {
        char hex[65];
        ag_sha256_hex(text, len, hex);
        if (ag_buf_printf(&d->file_hashes, "%s\n", hex) != AG_OK) {
            free(text);
            return ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        }
        ag_sha256_hex(d->file_hashes.data, d->file_hashes.len, d->hash);
        /* a big file: reserve the tables for a phrase per two strings
         * (a field name and its value), a guess that only saves time */
        size_t quotes = 0;
        for (size_t i = 0; i < len; i++) /* a loop the compiler vectorizes */
            quotes += text[i] == '"';
        if (quotes / 4 >= DICT_RESERVE_MIN && dict_reserve(d, quotes / 4) != AG_OK)
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        else
            rc = load_text(d, path, text + bom, len - bom, &fb, err);
    }
    free(text);
    fast_buf_free(&fb);
    if ((phrase_flush(d) != AG_OK || pfx_flush(d) != AG_OK) && rc == AG_OK)
        rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
    one_build(d);
    resolve_officials(d);
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int ag_dict_load_default(ag_dict *d, ag_err *err)
{
    char dir[PATH_MAX];
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = AG_OK;
    DIR *dp;
    struct dirent *de;

    if (!ex_data_dir(dir, sizeof dir))
        return ag_err_set(err, AG_ERR_NOTFOUND, "no data folder (set ARMSGRAPH_DATA)");
    dp = opendir(dir);
    if (dp == NULL)
        return ag_err_set(err, AG_ERR_IO, "%s: cannot open the data folder", dir);
    while ((de = readdir(dp)) != NULL) {
        size_t l = strlen(de->d_name);
        if (l < 6 || strcmp(de->d_name + l - 5, ".json") != 0 || de->d_name[0] == '.')
            continue;
        if (ag_grow(&names, &cap, n, sizeof *names, 16) != AG_OK) {
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            goto out;
        }
        if ((names[n] = ag_strdup(de->d_name)) == NULL) {
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
            goto out;
        }
        n++;
    }
    if (n == 0) {
        /* no dictionary: every article would give zero edges, silently */
        rc = ag_err_set(err, AG_ERR_NOTFOUND,
                        "%s: no dictionary (*.json) in the data folder; set ARMSGRAPH_DATA "
                        "to the folder of actors.json, states.json and triggers.json",
                        dir);
        goto out;
    }
    qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n && rc == AG_OK; i++) {
        ag_buf p;
        ag_buf_init(&p);
        if (ag_buf_printf(&p, "%s/%s", dir, names[i]) != AG_OK)
            rc = ag_err_set(err, AG_ERR_NOMEM, "out of memory");
        else
            rc = ag_dict_load_file(d, p.data, err);
        ag_buf_destroy(&p);
    }
out:
    closedir(dp);
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

const char *ag_dict_hash(const ag_dict *d)
{
    return d->hash;
}

int ag_dict_lookup(const ag_dict *d, const char *name, ag_entity *e)
{
    int idx = -1;
    if (d == NULL || name == NULL || e == NULL)
        return AG_ERR_NOTFOUND;
    for (size_t i = 0; i < d->n_actors && idx < 0; i++)
        if (ag_strcaseeq(d->actors[i].id, name) || ag_strcaseeq(d->actors[i].name, name))
            idx = (int)i;
    if (idx < 0) {
        ex_token *tok = NULL;
        size_t ntok = 0, cap = 0;
        if (ex_tokenize(name, strlen(name), &tok, &ntok, &cap) == AG_OK && ntok > 0 &&
            ntok <= EX_MAX_NGRAM) {
            const dict_entry *de = match_impl(d, name, tok, ntok, 0, (int)ntok, 1);
            if (de != NULL && de->actor >= 0)
                idx = de->actor;
        }
        free(tok);
    }
    if (idx < 0)
        return AG_ERR_NOTFOUND;
    memset(e, 0, sizeof *e);
    e->id = d->actors[idx].id;
    e->name = d->actors[idx].name;
    e->kind = d->actors[idx].kind;
    e->state = d->actors[idx].state;
    return AG_OK;
}
