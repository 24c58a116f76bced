/* dedup: word hashes, MinHash signatures and the LSH index (see dedup.h).
 *
 * The index is an array of entries (id, day, signature) and two open-addressing tables over
 * it: `exact` hash -> entry, and band key -> the head of a chain of links (entry, next) for
 * the TC_DEDUP_BANDS bands of every entry. Entries that fall out of the window stay until
 * they are half of the array; then everything is rebuilt from the live ones. */
#include "dedup.h"

#include "arena.h"
#include "hash.h"
#include "when.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SHINGLE 4

static uint64_t mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    return x ^ (x >> 33);
}

/* The multipliers (odd) and offsets of the K hash functions, from a fixed seed. */
static uint64_t hash_a[TC_DEDUP_K], hash_b[TC_DEDUP_K];

static void init_hashes(void)
{
    static int done;
    if (done) return;
    uint64_t s = 0x746f6373696e2121ull;
    for (int k = 0; k < TC_DEDUP_K; k++) {
        hash_a[k] = mix64(s += 0x9e3779b97f4a7c15ull) | 1;
        hash_b[k] = mix64(s += 0x9e3779b97f4a7c15ull);
    }
    done = 1;
}

static int word_byte(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80;
}

/* The next word at or after *pos: its hash (ASCII lower-cased), 0 when none is left. */
static uint64_t next_word(const char *text, size_t len, size_t *pos)
{
    size_t i = *pos;
    while (i < len && !word_byte((unsigned char)text[i])) i++;
    if (i == len) {
        *pos = i;
        return 0;
    }
    uint64_t h = 0xcbf29ce484222325ull;
    for (; i < len && word_byte((unsigned char)text[i]); i++) {
        unsigned char c = (unsigned char)text[i];
        if (c >= 'A' && c <= 'Z') c |= 32;
        h = (h ^ c) * 0x100000001b3ull;
    }
    *pos = i;
    return mix64(h) | 1;
}

static void add_shingle(uint32_t *mins, uint64_t sh)
{
    uint32_t x = (uint32_t)(sh >> 32);
    for (int k = 0; k < TC_DEDUP_K; k++) {
        uint32_t v = (uint32_t)((hash_a[k] * x + hash_b[k]) >> 32);
        if (v < mins[k]) mins[k] = v;
    }
}

void tc_dedup_sign(const char *text, size_t len, tc_dedup_sig *out)
{
    init_hashes();
    uint32_t mins[TC_DEDUP_K];
    memset(mins, 0xFF, sizeof mins);
    uint64_t win[SHINGLE] = {0}, exact = 0x6578616374ull, w;
    size_t pos = 0, n = 0;
    while ((w = next_word(text, len, &pos)) != 0) {
        exact = mix64(exact ^ w) + n;
        win[n % SHINGLE] = w;
        n++;
        if (n >= SHINGLE) {
            uint64_t sh = 0;
            for (size_t j = n - SHINGLE; j < n; j++) sh = mix64(sh ^ win[j % SHINGLE]);
            add_shingle(mins, sh);
        }
    }
    if (n && n < SHINGLE) {
        uint64_t sh = 0;
        for (size_t j = 0; j < n; j++) sh = mix64(sh ^ win[j]);
        add_shingle(mins, sh);
    }
    out->exact = n ? exact | 1 : 0;
    out->nwords = n > UINT32_MAX ? UINT32_MAX : (uint32_t)n;
    /* The low byte of a minimum is not uniform enough (minima are small): hash it first. */
    for (int k = 0; k < TC_DEDUP_K; k++)
        out->min[k] = n ? (uint8_t)(mix64(mins[k] + (uint64_t)k) >> 56) : 0;
}

double tc_dedup_similarity(const tc_dedup_sig *a, const tc_dedup_sig *b)
{
    if (a->exact == b->exact) return 1.0;
    if (!a->nwords || !b->nwords) return 0.0;
    int same = 0;
    for (int k = 0; k < TC_DEDUP_K; k++) same += a->min[k] == b->min[k];
    /* b-bit MinHash: unequal shingles still agree on one byte 1/256 of the time. */
    double p = (double)same / TC_DEDUP_K, chance = 1.0 / 256;
    double j = (p - chance) / (1 - chance);
    return j < 0 ? 0 : j;
}

int32_t tc_dedup_day(const char *date)
{
    if (!date) return TC_DAY_UNKNOWN;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7 ? date[i] != '-' : (date[i] < '0' || date[i] > '9'))
            return TC_DAY_UNKNOWN;
    }
    int y = atoi(date), m = atoi(date + 5), d = atoi(date + 8);
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1]) return TC_DAY_UNKNOWN;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (m == 2 && d == 29 && !leap) return TC_DAY_UNKNOWN;
    return tc_when_days(y, m, d);
}

void tc_dedup_date(int32_t day, char out[11])
{
    if (day == TC_DAY_UNKNOWN) {
        out[0] = 0;
        return;
    }
    int y, m, d;
    tc_when_civil(day, &y, &m, &d);
    if (y < 1 || y > 9999) {
        out[0] = 0;
        return;
    }
    char buf[48];
    snprintf(buf, sizeof buf, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
             (unsigned)d % 100u);
    memcpy(out, buf, 11);
}

/* ---- the index ---- */

typedef struct {
    int64_t id;
    int32_t day;
    int dead;
    tc_dedup_sig sig;
} entry;

typedef struct {
    uint32_t entry, next; /* next link of the chain, UINT32_MAX at its end */
} link;

typedef struct {
    uint64_t key; /* 0: empty */
    uint32_t head;
} bucket;

struct tc_dedup {
    double threshold;
    int window;
    entry *e;
    size_t n, cap, dead;
    int32_t max_day;
    bucket *exact, *band; /* open addressing, capacity a power of two */
    size_t exact_cap, band_cap, band_used;
    link *links;
    size_t nlinks, links_cap;
    uint32_t *seen; /* per entry: the query that last looked at it */
    uint32_t query;
    size_t adds; /* since the last look for entries out of the window */
};

static uint64_t band_key(const tc_dedup_sig *s, int b)
{
    uint32_t v;
    memcpy(&v, s->min + b * TC_DEDUP_ROWS, sizeof v);
    return mix64(((uint64_t)b << 32 | v) + 0x62616e64ull) | 1;
}

/* The bucket for key in t (cap a power of two): the one holding it, or the empty one where
 * it would go. */
static bucket *probe(bucket *t, size_t cap, uint64_t key)
{
    for (size_t i = key & (cap - 1);; i = (i + 1) & (cap - 1))
        if (t[i].key == key || t[i].key == 0) return &t[i];
}

static void index_entry(tc_dedup *d, uint32_t i);

/* Rebuilds both tables for at least `want` entries, from the live entries only. */
static void rebuild(tc_dedup *d, size_t want)
{
    size_t live = 0;
    for (size_t i = 0; i < d->n; i++)
        if (!d->e[i].dead) d->e[live++] = d->e[i];
    d->n = live;
    d->dead = 0;
    if (want < live) want = live;
    size_t cap = 64;
    while (cap < want * 2) cap *= 2;
    free(d->exact);
    free(d->band);
    d->exact_cap = cap;
    d->exact = tc_xcalloc(cap, sizeof *d->exact);
    while (cap < want * TC_DEDUP_BANDS * 2) cap *= 2;
    d->band_cap = cap;
    d->band = tc_xcalloc(cap, sizeof *d->band);
    d->band_used = 0;
    d->nlinks = 0;
    free(d->seen);
    d->seen = tc_xcalloc(d->cap ? d->cap : 1, sizeof *d->seen);
    d->query = 0;
    for (size_t i = 0; i < d->n; i++) index_entry(d, (uint32_t)i);
}

tc_dedup *tc_dedup_new(double threshold, int window)
{
    tc_dedup *d = tc_xcalloc(1, sizeof *d);
    d->threshold = threshold > 0 && threshold <= 1 ? threshold : TC_DEDUP_THRESHOLD;
    d->window = window > 0 ? window : TC_DEDUP_WINDOW;
    d->max_day = TC_DAY_UNKNOWN;
    rebuild(d, 0);
    return d;
}

void tc_dedup_free(tc_dedup *d)
{
    if (!d) return;
    free(d->e);
    free(d->exact);
    free(d->band);
    free(d->links);
    free(d->seen);
    free(d);
}

static void index_entry(tc_dedup *d, uint32_t i)
{
    const entry *en = &d->e[i];
    if (en->sig.exact) {
        bucket *bk = probe(d->exact, d->exact_cap, en->sig.exact);
        bk->key = en->sig.exact;
        bk->head = i;
    }
    if (!en->sig.nwords) return;
    for (int b = 0; b < TC_DEDUP_BANDS; b++) {
        uint64_t key = band_key(&en->sig, b);
        bucket *bk = probe(d->band, d->band_cap, key);
        if (bk->key == 0) {
            bk->key = key;
            bk->head = UINT32_MAX;
            d->band_used++;
        }
        if (d->nlinks == d->links_cap) {
            d->links_cap = d->links_cap ? d->links_cap * 2 : 1024;
            d->links = tc_xrealloc(d->links, d->links_cap * sizeof *d->links);
        }
        d->links[d->nlinks] = (link){i, bk->head};
        bk->head = (uint32_t)d->nlinks++;
    }
}

static int in_window(const tc_dedup *d, int32_t a, int32_t b)
{
    int64_t diff = (int64_t)a - b;
    return diff <= d->window && diff >= -d->window;
}

tc_dedup_match tc_dedup_find(tc_dedup *d, const tc_dedup_sig *s, int32_t day)
{
    tc_dedup_match best = {0, 0, 0};
    if (s->exact) {
        bucket *bk = probe(d->exact, d->exact_cap, s->exact);
        if (bk->key) {
            const entry *en = &d->e[bk->head];
            if (!en->dead && in_window(d, en->day, day)) return (tc_dedup_match){en->id, 1.0, 1};
        }
    }
    if (!s->nwords) return best;
    if (++d->query == 0) {
        memset(d->seen, 0, d->cap * sizeof *d->seen);
        d->query = 1;
    }
    for (int b = 0; b < TC_DEDUP_BANDS; b++) {
        bucket *bk = probe(d->band, d->band_cap, band_key(s, b));
        if (!bk->key) continue;
        for (uint32_t l = bk->head; l != UINT32_MAX; l = d->links[l].next) {
            uint32_t i = d->links[l].entry;
            if (d->seen[i] == d->query) continue;
            d->seen[i] = d->query;
            const entry *en = &d->e[i];
            if (en->dead || !in_window(d, en->day, day)) continue;
            double sim = tc_dedup_similarity(s, &en->sig);
            if (sim >= d->threshold && sim > best.sim) best = (tc_dedup_match){en->id, sim, 0};
        }
    }
    return best;
}

/* Marks the entries older than the window of the newest day; rebuilds when they are half. */
static void expire(tc_dedup *d)
{
    if (d->max_day == TC_DAY_UNKNOWN) return;
    for (size_t i = 0; i < d->n; i++) {
        entry *en = &d->e[i];
        if (!en->dead && en->day != TC_DAY_UNKNOWN && en->day < d->max_day - d->window) {
            en->dead = 1;
            d->dead++;
        }
    }
    if (d->dead * 2 > d->n) rebuild(d, d->n - d->dead);
}

void tc_dedup_add(tc_dedup *d, int64_t id, const tc_dedup_sig *s, int32_t day)
{
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 256;
        d->e = tc_xrealloc(d->e, d->cap * sizeof *d->e);
        d->seen = tc_xrealloc(d->seen, d->cap * sizeof *d->seen);
        memset(d->seen + d->n, 0, (d->cap - d->n) * sizeof *d->seen);
    }
    if (day != TC_DAY_UNKNOWN && day > d->max_day) d->max_day = day;
    /* A look for expired entries costs a pass: once every half of the index's adds. */
    if (++d->adds >= 1024 && d->adds * 2 >= d->n - d->dead) {
        d->adds = 0;
        expire(d);
    }
    d->e[d->n] = (entry){id, day, 0, *s};
    d->n++;
    if ((d->n + 1) * 2 > d->exact_cap || d->band_used * 2 + TC_DEDUP_BANDS * 2 > d->band_cap)
        rebuild(d, d->n * 2);
    else
        index_entry(d, (uint32_t)(d->n - 1));
}

size_t tc_dedup_count(const tc_dedup *d)
{
    return d->n - d->dead;
}

size_t tc_dedup_bytes(const tc_dedup *d)
{
    return sizeof *d + d->cap * (sizeof *d->e + sizeof *d->seen) + d->exact_cap * sizeof *d->exact +
           d->band_cap * sizeof *d->band + d->links_cap * sizeof *d->links;
}
