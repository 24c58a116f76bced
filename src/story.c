/* story: incremental story clustering in memory (tc_cluster) and in the store (tc_stories).
 *
 * The clusterer holds a vocabulary (word -> term id, through a cache of stemmed words),
 * document frequencies, the open stories (a slot each: id, days, title, centroid sorted by
 * term id) and an inverted index term -> (slot, generation) of the centroids' terms; a
 * posting whose slot was reused since is stale and skipped. tc_stories wraps it with the
 * store: the stories and originals of the days an article needs are read on first need,
 * new and changed stories and the frequencies are written at each batch's flush. */
#include "story.h"

#include "actors.h"
#include "arena.h"
#include "hash.h"

#include <libstemmer.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Words that say nothing of what happened: function words and reporting verbs. */
static const char *const stop_words[] = {
    "about",   "after",     "again",    "against", "all",      "also",    "among",     "and",
    "any",     "are",       "around",   "because", "been",     "before",  "being",     "between",
    "both",    "but",       "came",     "can",     "could",    "did",     "does",      "doing",
    "during",  "each",      "even",     "ever",    "every",    "few",     "for",       "from",
    "further", "had",       "has",      "have",    "having",   "her",     "here",      "hers",
    "herself", "him",       "himself",  "his",     "how",      "however", "into",      "its",
    "itself",  "just",      "last",     "later",   "least",    "less",    "like",      "made",
    "make",    "many",      "may",      "might",   "more",     "most",    "much",      "must",
    "near",    "new",       "news",     "next",    "nor",      "not",     "now",       "off",
    "once",    "one",       "only",     "other",   "our",      "ours",    "out",       "over",
    "own",     "per",       "said",     "same",    "say",      "saying",  "says",      "she",
    "should",  "since",     "some",     "still",   "such",     "than",    "that",      "the",
    "their",   "theirs",    "them",     "then",    "there",    "these",   "they",      "this",
    "those",   "though",    "through",  "told",    "too",      "two",     "under",     "until",
    "upon",    "very",      "was",      "way",     "were",     "what",    "when",      "where",
    "whether", "which",     "while",    "who",     "whom",     "whose",   "why",       "will",
    "with",    "within",    "without",  "would",   "year",     "years",   "yet",       "you",
    "your",    "week",      "weeks",    "day",     "days",     "month",   "months",    "monday",
    "tuesday", "wednesday", "thursday", "friday",  "saturday", "sunday",  "according", "added",
    "three",   "time",      "well",
};

typedef struct {
    uint32_t term;
    float w;
} tw;

typedef struct {
    int64_t id;
    uint32_t gen; /* bumped when the slot is emptied */
    int live, dirty;
    int32_t first, last;
    char *title;
    tw *c; /* centroid, sorted by term; sums of unit vectors */
    size_t nc;
    double norm;
    int64_t ndocs;
} story;

typedef struct {
    uint32_t slot, gen;
} posting;

typedef struct {
    posting *v;
    uint32_t n, cap;
} postings;

struct tc_cluster {
    double threshold;
    int window;
    int64_t (*new_id)(void *ctx, const char *title, int32_t day);
    void *ctx;
    int64_t next_id;
    struct sb_stemmer *stemmer;
    tc_arena *strings;  /* words and terms */
    tc_map *words;      /* lower-cased word -> term id + 1, or STOP */
    tc_map *terms;      /* term -> term id + 1 */
    const char **names; /* term id -> term */
    int64_t *df;        /* term id -> articles holding it */
    int64_t *df_new;    /* added since the last tc_stories flush */
    postings *index;    /* term id -> postings */
    size_t nterms, terms_cap;
    int64_t ndocs, ndocs_new;
    story *s;
    size_t ns, s_cap, nlive;
    uint32_t *free_slots;
    size_t nfree;
    int32_t max_day;
    size_t adds;
    uint32_t *stamp; /* per slot: the query that last saw it */
    uint32_t query;
    uint32_t *touched; /* terms whose df_new is not 0 */
    size_t ntouched, touched_cap;
    int persist;            /* stories are written back: a changed one stays until written */
    uint32_t slot_of[8192]; /* doc_vector's scratch table */
};

#define STOP ((void *)1)
#ifndef NAME_WEIGHT
#define NAME_WEIGHT 2
#endif

static int64_t count_id(void *ctx, const char *title, int32_t day)
{
    tc_cluster *c = ctx;
    return ++c->next_id;
}

tc_cluster *tc_cluster_new(const tc_story_opts *o,
                           int64_t (*new_id)(void *ctx, const char *title, int32_t day), void *ctx)
{
    tc_cluster *c = tc_xcalloc(1, sizeof *c);
    c->threshold = o && o->threshold > 0 && o->threshold <= 1 ? o->threshold : TC_STORY_THRESHOLD;
    c->window = o && o->window > 0 ? o->window : TC_STORY_WINDOW;
    c->new_id = new_id ? new_id : count_id;
    c->ctx = new_id ? ctx : c;
    c->stemmer = sb_stemmer_new("english", NULL);
    c->strings = tc_arena_new(1 << 16);
    c->words = tc_map_new(4096);
    c->terms = tc_map_new(4096);
    c->max_day = TC_DAY_UNKNOWN;
    for (size_t i = 0; i < sizeof stop_words / sizeof *stop_words; i++)
        tc_map_put(c->words, stop_words[i], strlen(stop_words[i]), STOP);
    return c;
}

static void drop_story(tc_cluster *c, uint32_t slot)
{
    story *st = &c->s[slot];
    free(st->title);
    free(st->c);
    st->title = NULL;
    st->c = NULL;
    st->nc = 0;
    st->live = 0;
    st->gen++;
    c->nlive--;
    c->free_slots[c->nfree++] = slot;
}

void tc_cluster_free(tc_cluster *c)
{
    if (!c) return;
    for (size_t i = 0; i < c->ns; i++) {
        free(c->s[i].title);
        free(c->s[i].c);
    }
    for (size_t i = 0; i < c->nterms; i++) free(c->index[i].v);
    free(c->index);
    free(c->names);
    free(c->df);
    free(c->df_new);
    free(c->s);
    free(c->free_slots);
    free(c->stamp);
    free(c->touched);
    tc_map_free(c->words);
    tc_map_free(c->terms);
    tc_arena_free(c->strings);
    if (c->stemmer) sb_stemmer_delete(c->stemmer);
    free(c);
}

/* The id of term (copied), made on first sight. */
static uint32_t term_id(tc_cluster *c, const char *term, size_t len)
{
    void *v = tc_map_get(c->terms, term, len);
    if (v) return (uint32_t)((uintptr_t)v - 1);
    if (c->nterms == c->terms_cap) {
        c->terms_cap = c->terms_cap ? c->terms_cap * 2 : 4096;
        c->names = tc_xrealloc(c->names, c->terms_cap * sizeof *c->names);
        c->df = tc_xrealloc(c->df, c->terms_cap * sizeof *c->df);
        c->df_new = tc_xrealloc(c->df_new, c->terms_cap * sizeof *c->df_new);
        c->index = tc_xrealloc(c->index, c->terms_cap * sizeof *c->index);
    }
    uint32_t id = (uint32_t)c->nterms++;
    char *key = tc_arena_strndup(c->strings, term, len);
    c->names[id] = key;
    c->df[id] = c->df_new[id] = 0;
    c->index[id] = (postings){0};
    tc_map_put(c->terms, key, len, (void *)(uintptr_t)(id + 1));
    return id;
}

/* The term of a lower-cased word, or -1 for a stop word; stems are cached per word. */
static int64_t word_term(tc_cluster *c, const char *w, size_t len)
{
    void *v = tc_map_get(c->words, w, len);
    if (v == STOP) return -1;
    if (v) return (int64_t)((uintptr_t)v - 1);
    const char *stem = w;
    size_t slen = len;
    if (c->stemmer) {
        const sb_symbol *r = sb_stemmer_stem(c->stemmer, (const sb_symbol *)w, (int)len);
        if (r) {
            stem = (const char *)r;
            slen = (size_t)sb_stemmer_length(c->stemmer);
        }
    }
    uint32_t id = term_id(c, stem, slen);
    char *key = tc_arena_strndup(c->strings, w, len);
    tc_map_put(c->words, key, len, (void *)(uintptr_t)(id + 1));
    return id;
}

static int letter(unsigned char ch)
{
    return ((ch | 32) >= 'a' && (ch | 32) <= 'z') || ch >= 0x80;
}

/* Term counts of a document into *out (term id -> count, in the arena-free scratch). */
typedef struct {
    uint32_t *term;
    float *n;
    size_t len, cap;
    uint32_t *slot_of; /* open addressing over term ids */
    size_t slots;
} counts;

static void count_term(counts *k, uint32_t term, float by)
{
    size_t mask = k->slots - 1;
    for (size_t i = (term * 2654435761u) & mask;; i = (i + 1) & mask) {
        if (k->slot_of[i] == UINT32_MAX) {
            if (k->len == k->cap) {
                k->cap = k->cap ? k->cap * 2 : 256;
                k->term = tc_xrealloc(k->term, k->cap * sizeof *k->term);
                k->n = tc_xrealloc(k->n, k->cap * sizeof *k->n);
            }
            k->slot_of[i] = (uint32_t)k->len;
            k->term[k->len] = term;
            k->n[k->len++] = by;
            return;
        }
        if (k->term[k->slot_of[i]] == term) {
            k->n[k->slot_of[i]] += by;
            return;
        }
    }
}

static void doc_counts(tc_cluster *c, const tc_cluster_doc *d, counts *k)
{
    char w[64];
    const char *t = d->text;
    for (size_t i = 0; i < d->len;) {
        if (!letter((unsigned char)t[i])) {
            i++;
            continue;
        }
        size_t j = i, n = 0;
        /* names say most about a story ("Lachin", "Hakari"): a capitalised word counts twice */
        float by = t[i] >= 'A' && t[i] <= 'Z' ? NAME_WEIGHT : 1;
        for (; j < d->len && (letter((unsigned char)t[j]) || (t[j] >= '0' && t[j] <= '9')); j++)
            if (n < sizeof w) w[n++] = (char)((t[j] >= 'A' && t[j] <= 'Z') ? t[j] | 32 : t[j]);
        i = j;
        if (n < 3 || n >= sizeof w) continue;
        if (k->len * 2 >= k->slots) break; /* a very long text: its first words suffice */
        int64_t term = word_term(c, w, n);
        if (term >= 0) count_term(k, (uint32_t)term, by);
    }
    for (size_t i = 0; i < d->nextra; i++)
        if (k->len * 2 < k->slots) count_term(k, term_id(c, d->extra[i], strlen(d->extra[i])), 2);
}

static int by_weight(const void *a, const void *b)
{
    float x = ((const tw *)a)->w, y = ((const tw *)b)->w;
    return x < y ? 1 : x > y ? -1 : 0;
}

static int by_term(const void *a, const void *b)
{
    uint32_t x = ((const tw *)a)->term, y = ((const tw *)b)->term;
    return x < y ? -1 : x > y;
}

/* The document's unit vector of its TC_STORY_TERMS heaviest TF-IDF terms, sorted by term;
 * counts its terms into the document frequencies. Returns the number of terms. */
static size_t doc_vector(tc_cluster *c, const tc_cluster_doc *d, tw out[TC_STORY_TERMS])
{
    counts k = {.slot_of = c->slot_of, .slots = sizeof c->slot_of / sizeof *c->slot_of};
    memset(c->slot_of, 0xFF, sizeof c->slot_of);
    doc_counts(c, d, &k);
    tw *all = tc_xmalloc((k.len + 1) * sizeof *all);
    for (size_t i = 0; i < k.len; i++) {
        uint32_t t = k.term[i];
        double idf = log((double)(c->ndocs + 1) / (double)(c->df[t] + 1)) + 1;
        all[i] = (tw){t, (float)((1 + log(k.n[i])) * idf)};
        c->df[t]++;
        if (c->df_new[t]++ == 0) {
            if (c->ntouched == c->touched_cap) {
                c->touched_cap = c->touched_cap ? c->touched_cap * 2 : 1024;
                c->touched = tc_xrealloc(c->touched, c->touched_cap * sizeof *c->touched);
            }
            c->touched[c->ntouched++] = t;
        }
    }
    c->ndocs++;
    c->ndocs_new++;
    qsort(all, k.len, sizeof *all, by_weight);
    size_t n = k.len < TC_STORY_TERMS ? k.len : TC_STORY_TERMS;
    double norm = 0;
    for (size_t i = 0; i < n; i++) norm += (double)all[i].w * all[i].w;
    norm = norm > 0 ? sqrt(norm) : 1;
    for (size_t i = 0; i < n; i++) out[i] = (tw){all[i].term, (float)(all[i].w / norm)};
    qsort(out, n, sizeof *out, by_term);
    free(all);
    free(k.term);
    free(k.n);
    return n;
}

static double cosine(const story *st, const tw *v, size_t n)
{
    double dot = 0;
    for (size_t i = 0, j = 0; i < st->nc && j < n;) {
        if (st->c[i].term < v[j].term)
            i++;
        else if (st->c[i].term > v[j].term)
            j++;
        else
            dot += (double)st->c[i++].w * v[j++].w;
    }
    return st->norm > 0 ? dot / st->norm : 0;
}

static void post(tc_cluster *c, uint32_t term, uint32_t slot)
{
    postings *p = &c->index[term];
    /* Stale postings (a slot emptied, or a term that left a centroid and came back: the
     * same slot twice) go when the list is full; it doubles only when it stays half full. */
    if (p->n == p->cap) {
        if (++c->query == 0) {
            memset(c->stamp, 0, c->ns * sizeof *c->stamp);
            c->query = 1;
        }
        uint32_t k = 0;
        for (uint32_t i = 0; i < p->n; i++) {
            const posting *q = &p->v[i];
            if (c->s[q->slot].gen != q->gen || !c->s[q->slot].live || c->stamp[q->slot] == c->query)
                continue;
            c->stamp[q->slot] = c->query;
            p->v[k++] = *q;
        }
        p->n = k;
        if (p->n * 2 >= p->cap) {
            p->cap = p->cap ? p->cap * 2 : 4;
            p->v = tc_xrealloc(p->v, p->cap * sizeof *p->v);
        }
    }
    p->v[p->n++] = (posting){slot, c->s[slot].gen};
}

/* Adds v to the story's centroid, keeps its TC_STORY_CENTROID heaviest terms and posts the
 * new ones. */
static void centroid_add(tc_cluster *c, uint32_t slot, const tw *v, size_t n)
{
    story *st = &c->s[slot];
    tw *m = tc_xmalloc((st->nc + n) * sizeof *m);
    size_t k = 0, i = 0, j = 0;
    while (i < st->nc || j < n) {
        if (j == n || (i < st->nc && st->c[i].term < v[j].term))
            m[k++] = st->c[i++];
        else if (i == st->nc || st->c[i].term > v[j].term) {
            m[k++] = v[j];
            post(c, v[j++].term, slot);
        } else {
            m[k] = st->c[i++];
            m[k++].w += v[j++].w;
        }
    }
    if (k > TC_STORY_CENTROID) {
        qsort(m, k, sizeof *m, by_weight);
        k = TC_STORY_CENTROID;
        qsort(m, k, sizeof *m, by_term);
    }
    free(st->c);
    st->c = m;
    st->nc = k;
    double norm = 0;
    for (size_t x = 0; x < k; x++) norm += (double)m[x].w * m[x].w;
    st->norm = sqrt(norm);
    st->ndocs++;
    st->dirty = 1;
}

static uint32_t new_slot(tc_cluster *c)
{
    if (c->nfree) return c->free_slots[--c->nfree];
    if (c->ns == c->s_cap) {
        c->s_cap = c->s_cap ? c->s_cap * 2 : 256;
        c->s = tc_xrealloc(c->s, c->s_cap * sizeof *c->s);
        c->free_slots = tc_xrealloc(c->free_slots, c->s_cap * sizeof *c->free_slots);
        c->stamp = tc_xrealloc(c->stamp, c->s_cap * sizeof *c->stamp);
    }
    c->s[c->ns] = (story){0};
    c->stamp[c->ns] = 0;
    return (uint32_t)c->ns++;
}

static int open_on(const tc_cluster *c, const story *st, int32_t day)
{
    return (int64_t)day >= (int64_t)st->first - c->window &&
           (int64_t)day <= (int64_t)st->last + c->window;
}

/* Drops the stories that closed before the newest day's window; a pass over the slots once
 * every half of the stories' adds. */
static void expire(tc_cluster *c)
{
    if (++c->adds < 256 || c->adds * 2 < c->nlive || c->max_day == TC_DAY_UNKNOWN) return;
    c->adds = 0;
    for (size_t i = 0; i < c->ns; i++) {
        story *st = &c->s[i];
        if (st->live && st->last != TC_DAY_UNKNOWN && st->last < c->max_day - 2 * c->window &&
            !(c->persist && st->dirty))
            drop_story(c, (uint32_t)i);
    }
}

static story *find_story(tc_cluster *c, int64_t id)
{
    for (size_t i = 0; i < c->ns; i++)
        if (c->s[i].live && c->s[i].id == id) return &c->s[i];
    return NULL;
}

/* The open story most similar to v, at least the threshold; -1 when none. */
static int64_t best_slot(tc_cluster *c, const tw *v, size_t n, int32_t day, double *sim)
{
    if (++c->query == 0) {
        memset(c->stamp, 0, c->ns * sizeof *c->stamp);
        c->query = 1;
    }
    int64_t best = -1;
    double top = c->threshold;
    for (size_t i = 0; i < n; i++) {
        const postings *p = &c->index[v[i].term];
        for (uint32_t k = 0; k < p->n; k++) {
            uint32_t slot = p->v[k].slot;
            story *st = &c->s[slot];
            if (st->gen != p->v[k].gen || !st->live || c->stamp[slot] == c->query) continue;
            c->stamp[slot] = c->query;
            if (!open_on(c, st, day)) continue;
            double cs = cosine(st, v, n);
            if (cs >= top) {
                top = cs;
                best = slot;
            }
        }
    }
    *sim = top;
    return best;
}

static void widen(story *st, int32_t day)
{
    if (day < st->first) st->first = day;
    if (day > st->last) st->last = day;
}

int64_t tc_cluster_add(tc_cluster *c, const tc_cluster_doc *doc, int64_t join, double *sim,
                       int *created)
{
    tw v[TC_STORY_TERMS];
    size_t n = doc_vector(c, doc, v);
    *created = 0;
    *sim = 1;
    if (doc->day != TC_DAY_UNKNOWN && doc->day > c->max_day) c->max_day = doc->day;
    if (join > 0) {
        story *st = find_story(c, join);
        if (st) {
            widen(st, doc->day);
            centroid_add(c, (uint32_t)(st - c->s), v, n);
        }
        return join;
    }
    int64_t slot = best_slot(c, v, n, doc->day, sim);
    if (slot < 0) {
        expire(c);
        slot = new_slot(c);
        story *st = &c->s[slot];
        uint32_t gen = st->gen;
        *st = (story){.id = c->new_id(c->ctx, doc->title ? doc->title : "", doc->day),
                      .gen = gen,
                      .live = 1,
                      .first = doc->day,
                      .last = doc->day,
                      .title = tc_xstrdup(doc->title ? doc->title : "")};
        c->nlive++;
        *created = 1;
        *sim = 1;
    }
    widen(&c->s[slot], doc->day);
    centroid_add(c, (uint32_t)slot, v, n);
    return c->s[slot].id;
}

size_t tc_cluster_count(const tc_cluster *c)
{
    return c->nlive;
}

size_t tc_cluster_bytes(const tc_cluster *c)
{
    size_t b = sizeof *c + tc_arena_used(c->strings) +
               c->terms_cap * (sizeof *c->names + 2 * sizeof *c->df + sizeof *c->index);
    b += c->s_cap * (sizeof *c->s + sizeof *c->free_slots + sizeof *c->stamp);
    for (size_t i = 0; i < c->nterms; i++) b += c->index[i].cap * sizeof(posting);
    for (size_t i = 0; i < c->ns; i++) b += c->s[i].nc * sizeof(tw);
    /* the two maps: about 32 bytes a slot, twice the entries */
    b += (tc_map_count(c->words) + tc_map_count(c->terms)) * 64;
    return b;
}

/* ---- in the store ---- */

void tc_story_country(const char *code, char out[8])
{
    size_t n = strnlen(code, 6);
    int country =
        n >= 3 && strncmp(code, "IGO", 3) && strncmp(code, "NGO", 3) && strncmp(code, "MNC", 3);
    for (size_t i = 0; i < 3 && country; i++) country = code[i] >= 'A' && code[i] <= 'Z';
    if (country) n = 3;
    memcpy(out, code, n);
    out[n] = 0;
}

void tc_story_side(const char *code, char out[8])
{
    /* the roles that act for the state: its government, army, police, spies, courts and
     * parliament are one side with the bare country */
    static const char *const state[] = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"};
    tc_story_country(code, out);
    if (strlen(out) != 3 || strnlen(code, 6) < 6) return;
    for (size_t i = 0; i < sizeof state / sizeof *state; i++)
        if (!strncmp(code + 3, state[i], 3)) return;
    memcpy(out + 3, code + 3, 3);
    out[6] = 0;
}

enum {
    S_ARTICLE_ID,
    S_ARTICLE_OF,
    S_PUT_ARTICLE,
    S_STORY_OF,
    S_NEW_STORY,
    S_SAVE_STORY,
    S_LOAD_SIGS,
    S_LOAD_STORIES,
    S_LOAD_STORY,
    S_DF,
    S_READ_DF,
    S_COPY,
    S_CLAIM,
    S_N
};

static const char *const story_sql[S_N] = {
    [S_ARTICLE_ID] = "SELECT id FROM articles WHERE hash = ?1",
    [S_ARTICLE_OF] = "SELECT id, url, outlet FROM articles WHERE hash = ?1",
    [S_PUT_ARTICLE] = "INSERT INTO story_articles(article_id, story_id, day, copy_of, similarity,"
                      " sig) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
    [S_STORY_OF] = "SELECT story_id FROM story_articles WHERE article_id = ?1",
    [S_NEW_STORY] = "INSERT INTO stories(title, first_day, last_day, centroid)"
                    " VALUES (?1, ?2, ?2, '')",
    [S_SAVE_STORY] = "UPDATE stories SET first_day = min(first_day, ?2),"
                     " last_day = max(last_day, ?3), centroid = ?4 WHERE id = ?1",
    [S_LOAD_SIGS] = "SELECT article_id, day, sig FROM story_articles"
                    " WHERE day BETWEEN ?1 AND ?2 AND copy_of = 0",
    [S_LOAD_STORIES] = "SELECT id, title, first_day, last_day, centroid FROM stories"
                       " WHERE last_day >= ?1 AND first_day <= ?2",
    [S_LOAD_STORY] = "SELECT id, title, first_day, last_day, centroid FROM stories WHERE id = ?1",
    [S_DF] = "INSERT INTO story_terms(term, df) VALUES (?1, ?2)"
             " ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
    [S_READ_DF] = "SELECT term, df FROM story_terms",
    [S_COPY] = "INSERT INTO story_copies(article_id, input, url, outlet, date)"
               " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
    [S_CLAIM] = "INSERT INTO story_claims(sentence_id, article_id, speaker, cue, kind)"
                " SELECT id, ?1, ?3, ?4, ?5 FROM sentences WHERE article_id = ?1 AND idx = ?2"
                " ON CONFLICT DO NOTHING",
};

#define DOCS_TERM " N" /* story_terms' row of the article count: no term holds a space */

struct tc_stories {
    tc_store *store;
    sqlite3 *db;
    sqlite3_stmt *st[S_N];
    tc_cluster *c;
    tc_dedup *d;
    int reach;       /* days either side an article needs loaded */
    int32_t *loaded; /* open addressing set of days read from the store */
    size_t nloaded, loaded_cap;
    tc_arena *scratch;
    tc_err *err; /* of the call under way, for new_story */
    int failed;
};

static int sdb_error(tc_stories *s, tc_err *err, const char *what)
{
    return tc_err_set(err, TC_EDB, "stories: %s: %s", what, sqlite3_errmsg(s->db));
}

static int step_done(tc_stories *s, sqlite3_stmt *st, tc_err *err, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) return sdb_error(s, err, what);
    return TC_OK;
}

static int64_t new_story(void *ctx, const char *title, int32_t day)
{
    tc_stories *s = ctx;
    sqlite3_stmt *st = s->st[S_NEW_STORY];
    sqlite3_bind_text(st, 1, title, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, day);
    if (step_done(s, st, s->err, "new story") < 0) {
        s->failed = 1;
        return 0;
    }
    return sqlite3_last_insert_rowid(s->db);
}

static int read_df(tc_stories *s, tc_err *err)
{
    sqlite3_stmt *st = s->st[S_READ_DF];
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *term = (const char *)sqlite3_column_text(st, 0);
        int64_t df = sqlite3_column_int64(st, 1);
        if (!term) continue;
        if (!strcmp(term, DOCS_TERM)) {
            s->c->ndocs = df;
            continue;
        }
        uint32_t id = term_id(s->c, term, strlen(term)); /* df may move */
        s->c->df[id] = df;
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TC_OK : sdb_error(s, err, "reading term frequencies");
}

tc_stories *tc_stories_open(tc_store *store, const tc_story_opts *o, tc_err *err)
{
    tc_stories *s = tc_xcalloc(1, sizeof *s);
    s->store = store;
    s->db = tc_store_sqlite(store);
    s->c = tc_cluster_new(o, new_story, s);
    s->c->persist = 1;
    s->d = tc_dedup_new(o ? o->dup_threshold : 0, o ? o->dup_window : 0);
    s->reach = s->c->window * 2 > TC_DEDUP_WINDOW ? s->c->window * 2 : TC_DEDUP_WINDOW;
    if (o && o->dup_window > s->reach) s->reach = o->dup_window;
    s->scratch = tc_arena_new(1 << 16);
    for (int i = 0; i < S_N; i++) {
        if (sqlite3_prepare_v3(s->db, story_sql[i], -1, SQLITE_PREPARE_PERSISTENT, &s->st[i],
                               NULL) != SQLITE_OK) {
            sdb_error(s, err, "preparing");
            tc_stories_close(s);
            return NULL;
        }
    }
    if (read_df(s, err) < 0) {
        tc_stories_close(s);
        return NULL;
    }
    return s;
}

void tc_stories_close(tc_stories *s)
{
    if (!s) return;
    for (int i = 0; i < S_N; i++) sqlite3_finalize(s->st[i]);
    tc_cluster_free(s->c);
    tc_dedup_free(s->d);
    tc_arena_free(s->scratch);
    free(s->loaded);
    free(s);
}

/* The set of days already read: open addressing, INT32_MIN empty. */
static int day_loaded(tc_stories *s, int32_t day, int add)
{
    if (add && (s->nloaded + 1) * 2 > s->loaded_cap) {
        size_t cap = s->loaded_cap ? s->loaded_cap * 2 : 256;
        int32_t *old = s->loaded;
        size_t old_cap = s->loaded_cap;
        s->loaded = tc_xmalloc(cap * sizeof *s->loaded);
        for (size_t i = 0; i < cap; i++) s->loaded[i] = INT32_MIN;
        s->loaded_cap = cap;
        s->nloaded = 0;
        for (size_t i = 0; i < old_cap; i++)
            if (old[i] != INT32_MIN) day_loaded(s, old[i], 1);
        free(old);
    }
    if (!s->loaded_cap) return 0;
    size_t mask = s->loaded_cap - 1;
    for (size_t i = ((uint32_t)day * 2654435761u) & mask;; i = (i + 1) & mask) {
        if (s->loaded[i] == day) return 1;
        if (s->loaded[i] == INT32_MIN) {
            if (add) {
                s->loaded[i] = day;
                s->nloaded++;
            }
            return 0;
        }
    }
}

static void read_sig(const void *blob, int n, tc_dedup_sig *sig)
{
    memset(sig, 0, sizeof *sig);
    if (n != (int)(8 + 4 + TC_DEDUP_K)) return;
    memcpy(&sig->exact, blob, 8);
    memcpy(&sig->nwords, (const char *)blob + 8, 4);
    memcpy(sig->min, (const char *)blob + 12, TC_DEDUP_K);
}

/* A story read from the store: its centroid is "term weight" lines. */
static void load_story(tc_stories *s, sqlite3_stmt *st)
{
    tc_cluster *c = s->c;
    int64_t id = sqlite3_column_int64(st, 0);
    if (find_story(c, id)) return;
    const char *title = (const char *)sqlite3_column_text(st, 1);
    const char *cen = (const char *)sqlite3_column_text(st, 4);
    uint32_t slot = new_slot(c);
    story *sy = &c->s[slot];
    uint32_t gen = sy->gen;
    *sy = (story){.id = id,
                  .gen = gen,
                  .live = 1,
                  .first = sqlite3_column_int(st, 2),
                  .last = sqlite3_column_int(st, 3),
                  .title = tc_xstrdup(title ? title : "")};
    c->nlive++;
    tw v[TC_STORY_CENTROID];
    size_t n = 0;
    for (const char *p = cen ? cen : ""; *p && n < TC_STORY_CENTROID;) {
        const char *sp = strchr(p, ' '), *nl = strchr(p, '\n');
        if (!sp || (nl && nl < sp)) break;
        v[n++] = (tw){term_id(c, p, (size_t)(sp - p)), strtof(sp + 1, NULL)};
        p = nl ? nl + 1 : sp + strlen(sp);
    }
    qsort(v, n, sizeof *v, by_term);
    centroid_add(c, slot, v, n);
    sy->dirty = 0;
    sy->ndocs = 0;
}

/* Reads the originals of days [lo, hi] and the stories open on them. */
static int load_days(tc_stories *s, int32_t lo, int32_t hi, tc_err *err)
{
    sqlite3_stmt *st = s->st[S_LOAD_SIGS];
    sqlite3_bind_int(st, 1, lo);
    sqlite3_bind_int(st, 2, hi);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tc_dedup_sig sig;
        read_sig(sqlite3_column_blob(st, 2), sqlite3_column_bytes(st, 2), &sig);
        tc_dedup_add(s->d, sqlite3_column_int64(st, 0), &sig, sqlite3_column_int(st, 1));
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return sdb_error(s, err, "reading signatures");
    st = s->st[S_LOAD_STORIES];
    sqlite3_bind_int64(st, 1, (int64_t)lo - s->c->window);
    sqlite3_bind_int64(st, 2, (int64_t)hi + s->c->window);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) load_story(s, st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return sdb_error(s, err, "reading stories");
    return TC_OK;
}

/* Reads story id (a copy's, closed in memory) so that the copy widens and feeds it. */
static int load_story_id(tc_stories *s, int64_t id, tc_err *err)
{
    sqlite3_stmt *st = s->st[S_LOAD_STORY];
    sqlite3_bind_int64(st, 1, id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) load_story(s, st);
    sqlite3_reset(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? TC_OK : sdb_error(s, err, "reading a story");
}

/* Makes sure the days around day are read, one query per run of days not read yet. */
static int need_days(tc_stories *s, int32_t day, tc_err *err)
{
    int64_t start = 0;
    int open = 0;
    for (int64_t d = (int64_t)day - s->reach; d <= (int64_t)day + s->reach + 1; d++) {
        int missing = d <= (int64_t)day + s->reach && !day_loaded(s, (int32_t)d, 1);
        if (missing && !open) {
            start = d;
            open = 1;
        } else if (!missing && open) {
            if (load_days(s, (int32_t)start, (int32_t)(d - 1), err) < 0) return TC_EDB;
            open = 0;
        }
    }
    return TC_OK;
}

/* ---- claims and denials ---- */

/* Words that deny or dispute what a sentence is about. A denial stands alone; a
 * counter-claim ("X claims that routes exist") counts as a denial only when no actor of
 * another side is named after it (then it is an accusation: "X claims that Y attacked"). */
static const struct {
    const char *cue;
    const char *kind;
} cues[] = {
    {"deny", "denial"},         {"denies", "denial"},
    {"denied", "denial"},       {"denying", "denial"},
    {"reject", "denial"},       {"rejects", "denial"},
    {"rejected", "denial"},     {"rejecting", "denial"},
    {"refute", "denial"},       {"refutes", "denial"},
    {"refuted", "denial"},      {"dismissed", "denial"},
    {"dismisses", "denial"},    {"myth", "denial"},
    {"pretend", "denial"},      {"pretends", "denial"},
    {"pretending", "denial"},   {"there is no", "denial"},
    {"there was no", "denial"}, {"not taking place", "denial"},
    {"baseless", "denial"},     {"groundless", "denial"},
    {"unfounded", "denial"},    {"fabricated", "denial"},
    {"so-called", "denial"},    {"claims that", "claim"},
    {"claimed that", "claim"},  {"insists that", "claim"},
    {"insisted that", "claim"}, {"maintains that", "claim"},
};

static int boundary(const char *s, size_t n, size_t i)
{
    return i >= n || !letter((unsigned char)s[i]);
}

/* The first cue in s[0..n) (ASCII case-insensitive, on word boundaries): its index, and its
 * end offset in *end; -1 when none. */
static int find_cue(const char *s, size_t n, size_t *end)
{
    int best = -1;
    size_t at = SIZE_MAX;
    for (size_t k = 0; k < sizeof cues / sizeof *cues; k++) {
        size_t m = strlen(cues[k].cue);
        for (size_t i = 0; i + m <= n && i < at; i++) {
            if ((i && !boundary(s, n, i - 1)) || strncasecmp(s + i, cues[k].cue, m) ||
                !boundary(s, n, i + m))
                continue;
            best = (int)k;
            at = i;
            *end = i + m;
        }
    }
    return best;
}

/* Where the clause that holds a claim's content ends: at the first ", but", "; " or
 * " while " after the cue ("X claims that routes exist, but Y appealed ..."). */
static size_t clause_end(const char *s, size_t n, size_t from)
{
    static const char *const ends[] = {", but ", "; ", " while ", " whereas ", ", although "};
    size_t best = n;
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
        size_t m = strlen(ends[k]);
        for (size_t i = from; i + m <= best; i++)
            if (!strncmp(s + i, ends[k], m)) {
                best = i;
                break;
            }
    }
    return best;
}

static int put_claim(tc_stories *s, int64_t art_id, uint32_t sent, const char *speaker,
                     const char *cue, const char *kind, tc_err *err)
{
    sqlite3_stmt *st = s->st[S_CLAIM];
    sqlite3_bind_int64(st, 1, art_id);
    sqlite3_bind_int64(st, 2, sent);
    sqlite3_bind_text(st, 3, speaker, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, cue, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, kind, -1, SQLITE_STATIC);
    return step_done(s, st, err, "storing a claim");
}

static int claims(tc_stories *s, int64_t art_id, const tc_article *art, const tc_text *t,
                  const tc_actors *actors, tc_err *err)
{
    for (uint32_t i = 0; i < t->nsents; i++) {
        const tc_sentence *se = &t->sents[i];
        const char *p = art->text + se->off;
        size_t end = 0;
        int k = find_cue(p, se->len, &end);
        if (k < 0) continue;
        char speaker[32] = "", side[8] = "", other[8];
        int accuses = 0;
        tc_mention *m = NULL;
        size_t nm = 0;
        tc_arena_reset(s->scratch);
        if (actors && t->toks && se->ntok)
            nm = tc_actors_scan(actors, t, i, art->date, s->scratch, &m);
        size_t stop = clause_end(p, se->len, end);
        for (size_t j = 0; j < nm; j++) {
            uint32_t off = t->toks[m[j].tok0].off - se->off;
            if (off >= stop) break;
            if (!*speaker && off < end) {
                snprintf(speaker, sizeof speaker, "%s", m[j].code);
                tc_story_side(speaker, side);
            } else if (off >= end && *side) {
                tc_story_side(m[j].code, other);
                accuses |= strcmp(other, side) != 0;
            }
        }
        if (!strcmp(cues[k].kind, "claim") && (accuses || !*speaker)) continue;
        if (put_claim(s, art_id, i, speaker, cues[k].cue, cues[k].kind, err) < 0) return TC_EDB;
    }
    return TC_OK;
}

/* ---- articles ---- */

static int64_t article_id(tc_stories *s, uint64_t hash, tc_err *err)
{
    char hex[17];
    tc_hash_hex(hash, hex);
    sqlite3_stmt *st = s->st[S_ARTICLE_ID];
    sqlite3_bind_text(st, 1, hex, 16, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) sdb_error(s, err, "finding an article");
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? id : -1;
}

static int64_t story_of(tc_stories *s, int64_t art_id)
{
    sqlite3_stmt *st = s->st[S_STORY_OF];
    sqlite3_bind_int64(st, 1, art_id);
    int64_t id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    return id;
}

/* The pseudo-terms of the events: "@" and the side of each actor, "#" and each root. */
static size_t event_terms(const tc_event *ev, size_t nev, char (*buf)[12], const char **out,
                          size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < nev && n + 3 <= max; i++) {
        if (ev[i].flags & TC_EV_NOT_EVENT) continue;
        char side[8];
        const char *codes[2] = {ev[i].src.code, ev[i].tgt.code};
        for (int r = 0; r < 2; r++) {
            /* an agent of no state ("---CVL") is in every story */
            if (!codes[r][0] || !strncmp(codes[r], "---", 3)) continue;
            tc_story_country(codes[r], side);
            snprintf(buf[n], 12, "@%s", side);
            out[n] = buf[n];
            n++;
        }
        snprintf(buf[n], 12, "#%.2s", ev[i].cameo);
        out[n] = buf[n];
        n++;
    }
    /* the same term twice would count twice */
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        size_t j = 0;
        while (j < k && strcmp(out[j], out[i])) j++;
        if (j == k) out[k++] = out[i];
    }
    return k;
}

int tc_stories_add(tc_stories *s, const tc_article *art, const tc_text *t, const tc_event *ev,
                   size_t nev, const tc_actors *actors, tc_err *err)
{
    int64_t id = article_id(s, art->hash, err);
    if (id <= 0) return id < 0 ? TC_EDB : TC_OK;
    int32_t day = tc_dedup_day(art->date);
    if (need_days(s, day, err) < 0) return TC_EDB;
    tc_dedup_sig sig;
    tc_dedup_sign(art->text, art->text_len, &sig);
    tc_dedup_match m = tc_dedup_find(s->d, &sig, day);
    int64_t join = m.id ? story_of(s, m.id) : 0;
    if (join && !find_story(s->c, join) && load_story_id(s, join, err) < 0) return TC_EDB;
    char buf[48][12];
    const char *extra[48];
    size_t nextra = event_terms(ev, nev, buf, extra, 48);
    tc_cluster_doc doc = {art->text, art->text_len, day, art->title ? art->title : "",
                          extra,     nextra};
    double sim;
    int created;
    s->err = err;
    s->failed = 0;
    int64_t sid = tc_cluster_add(s->c, &doc, join, &sim, &created);
    if (s->failed) return TC_EDB;
    unsigned char blob[8 + 4 + TC_DEDUP_K];
    memcpy(blob, &sig.exact, 8);
    memcpy(blob + 8, &sig.nwords, 4);
    memcpy(blob + 12, sig.min, TC_DEDUP_K);
    sqlite3_stmt *st = s->st[S_PUT_ARTICLE];
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, sid);
    sqlite3_bind_int(st, 3, day);
    sqlite3_bind_int64(st, 4, m.id);
    sqlite3_bind_double(st, 5, m.id ? m.sim : sim);
    sqlite3_bind_blob(st, 6, blob, sizeof blob, SQLITE_TRANSIENT);
    if (step_done(s, st, err, "storing an article's story") < 0) return TC_EDB;
    if (!m.id) tc_dedup_add(s->d, id, &sig, day);
    return claims(s, id, art, t, actors, err);
}

int tc_stories_copy(tc_stories *s, const tc_article *art, tc_err *err)
{
    char hex[17];
    tc_hash_hex(art->hash, hex);
    sqlite3_stmt *st = s->st[S_ARTICLE_OF];
    sqlite3_bind_text(st, 1, hex, 16, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(st);
        return rc == SQLITE_DONE ? TC_OK : sdb_error(s, err, "finding an article");
    }
    int64_t id = sqlite3_column_int64(st, 0);
    const char *url = (const char *)sqlite3_column_text(st, 1);
    const char *outlet = (const char *)sqlite3_column_text(st, 2);
    /* the same url and outlet: the same record read again, not a copy */
    int same = !strcmp(url ? url : "", art->url ? art->url : "") &&
               !strcmp(outlet ? outlet : "", art->outlet ? art->outlet : "");
    sqlite3_reset(st);
    if (same) return TC_OK;
    st = s->st[S_COPY];
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, art->input ? art->input : "", -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, art->url ? art->url : "", -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, art->outlet ? art->outlet : "", -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 5, art->date, -1, SQLITE_TRANSIENT);
    return step_done(s, st, err, "storing a copy");
}

static int save_story(tc_stories *s, story *sy, tc_err *err)
{
    size_t cap = sy->nc * 48 + 1, n = 0;
    char *cen = tc_xmalloc(cap);
    cen[0] = 0;
    for (size_t i = 0; i < sy->nc; i++)
        n += (size_t)snprintf(cen + n, cap - n, "%s %.5g\n", s->c->names[sy->c[i].term],
                              (double)sy->c[i].w);
    sqlite3_stmt *st = s->st[S_SAVE_STORY];
    sqlite3_bind_int64(st, 1, sy->id);
    sqlite3_bind_int(st, 2, sy->first);
    sqlite3_bind_int(st, 3, sy->last);
    sqlite3_bind_text(st, 4, cen, (int)n, SQLITE_TRANSIENT);
    int rc = step_done(s, st, err, "storing a story");
    free(cen);
    if (rc == TC_OK) sy->dirty = 0;
    return rc;
}

static int save_df(tc_stories *s, const char *term, int64_t df, tc_err *err)
{
    sqlite3_stmt *st = s->st[S_DF];
    sqlite3_bind_text(st, 1, term, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, df);
    return step_done(s, st, err, "storing term frequencies");
}

int tc_stories_flush(tc_stories *s, tc_err *err)
{
    tc_cluster *c = s->c;
    for (size_t i = 0; i < c->ns; i++)
        if (c->s[i].live && c->s[i].dirty && save_story(s, &c->s[i], err) < 0) return TC_EDB;
    for (size_t i = 0; i < c->ntouched; i++) {
        uint32_t t = c->touched[i];
        if (save_df(s, c->names[t], c->df_new[t], err) < 0) return TC_EDB;
        c->df_new[t] = 0;
    }
    c->ntouched = 0;
    if (c->ndocs_new && save_df(s, DOCS_TERM, c->ndocs_new, err) < 0) return TC_EDB;
    c->ndocs_new = 0;
    return TC_OK;
}
