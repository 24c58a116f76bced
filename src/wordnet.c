/* wordnet: building the class table from WordNet's database files, and looking lemmas up in
 * it. File: magic "TCWNET01", then a frozen map (percep.h) from a hash of (lemma, part of
 * speech) to the classes: bits 0-44 every sense's class, bits 48-55 the first sense's. */
#include "wordnet.h"

#include "arena.h"
#include "file.h"
#include "hash.h"
#include "percep.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const CLASS_NAMES[TC_WN_CLASSES] = {
    "adj.all",          "adj.pert",           "adv.all",
    "noun.Tops",        "noun.act",           "noun.animal",
    "noun.artifact",    "noun.attribute",     "noun.body",
    "noun.cognition",   "noun.communication", "noun.event",
    "noun.feeling",     "noun.food",          "noun.group",
    "noun.location",    "noun.motive",        "noun.object",
    "noun.person",      "noun.phenomenon",    "noun.plant",
    "noun.possession",  "noun.process",       "noun.quantity",
    "noun.relation",    "noun.shape",         "noun.state",
    "noun.substance",   "noun.time",          "verb.body",
    "verb.change",      "verb.cognition",     "verb.communication",
    "verb.competition", "verb.consumption",   "verb.contact",
    "verb.creation",    "verb.emotion",       "verb.motion",
    "verb.perception",  "verb.possession",    "verb.social",
    "verb.stative",     "verb.weather",       "adj.ppl"};

struct tc_wordnet {
    void *map;
    size_t len;
    tc_fmap classes;
};

const char *tc_wordnet_class_name(int k)
{
    return k >= 0 && k < TC_WN_CLASSES ? CLASS_NAMES[k] : NULL;
}

int tc_wordnet_class_index(const char *name)
{
    for (int k = 0; k < TC_WN_CLASSES; k++)
        if (strcmp(CLASS_NAMES[k], name) == 0) return k;
    return -1;
}

static uint64_t key_of(const char *lemma, size_t n, char pos)
{
    uint64_t h = tc_fmix(tc_hash64(lemma, n, 0), (uint64_t)(unsigned char)pos * 0x9e37ull + 1);
    return h ? h : 1;
}

tc_wordnet *tc_wordnet_load(const char *path, tc_err *err)
{
    size_t len;
    void *map = tc_file_map(path, &len, err);
    if (!map) return NULL;
    tc_wordnet *w = tc_xcalloc(1, sizeof *w);
    w->map = map;
    w->len = len;
    size_t off = 8;
    if (len < 16 || memcmp(map, "TCWNET01", 8) != 0 ||
        tc_fmap_read(map, w->len, &off, &w->classes, err) != TC_OK) {
        tc_err_set(err, TC_EPARSE, "%s: not a WordNet class table (make wordnet)", path);
        tc_wordnet_free(w);
        return NULL;
    }
    return w;
}

void tc_wordnet_free(tc_wordnet *w)
{
    if (!w) return;
    tc_file_unmap(w->map, w->len);
    free(w);
}

size_t tc_wordnet_count(const tc_wordnet *w)
{
    size_t n = 0;
    for (uint32_t i = 0; i < w->classes.n; i++) n += w->classes.kv[2 * i] != 0;
    return n;
}

int tc_wordnet_lookup(const tc_wordnet *w, const char *lemma, size_t n, char pos, int *first,
                      uint64_t *all)
{
    uint64_t v;
    if (!tc_fmap_get(&w->classes, key_of(lemma, n, pos), &v)) return 0;
    *first = (int)((v >> 48) & 0xff);
    *all = v & ((1ull << TC_WN_CLASSES) - 1);
    return 1;
}

void tc_wordnet_prefetch(const tc_wordnet *w, const char *lemma, size_t n, char pos)
{
    tc_fmap_prefetch(&w->classes, key_of(lemma, n, pos));
}

/* ---- building ---- */

typedef struct {
    uint32_t *off;
    uint8_t *cls;
    size_t n, cap;
} synsets;

/* Reads data.POS: each synset's byte offset and lexicographer file, in file order (offsets
 * increase, so the arrays are sorted). */
static int read_data(const char *path, synsets *s, tc_err *err)
{
    FILE *f = fopen(path, "r");
    if (!f) return tc_err_set(err, TC_EIO, "%s: %s", path, strerror(errno));
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0) {
        unsigned long off;
        unsigned lex;
        if (line[0] == ' ' || sscanf(line, "%lu %u", &off, &lex) != 2) continue;
        if (lex >= TC_WN_CLASSES) continue;
        if (s->n == s->cap) {
            s->cap = s->cap ? s->cap * 2 : 1 << 16;
            s->off = tc_xrealloc(s->off, s->cap * sizeof *s->off);
            s->cls = tc_xrealloc(s->cls, s->cap);
        }
        s->off[s->n] = (uint32_t)off;
        s->cls[s->n++] = (uint8_t)lex;
    }
    free(line);
    fclose(f);
    return TC_OK;
}

static int class_at(const synsets *s, uint32_t off)
{
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (s->off[mid] < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < s->n && s->off[lo] == off ? s->cls[lo] : -1;
}

typedef struct {
    TC_VEC(uint64_t) keys;
    TC_VEC(uint64_t) vals;
    tc_arena *a;
} table;

/* One line of index.POS: lemma pos synset_cnt p_cnt [ptr]... sense_cnt tagsense_cnt [offset]... */
static void index_line(char *line, char pos, const synsets *s, table *t)
{
    char *save = NULL, *lemma = strtok_r(line, " \n", &save);
    strtok_r(NULL, " \n", &save);
    char *cnt = strtok_r(NULL, " \n", &save), *pcnt = strtok_r(NULL, " \n", &save);
    if (!lemma || !cnt || !pcnt) return;
    long nsyn = strtol(cnt, NULL, 10), np = strtol(pcnt, NULL, 10);
    for (long i = 0; i < np + 2; i++) strtok_r(NULL, " \n", &save);
    uint64_t all = 0;
    int first = -1;
    for (long i = 0; i < nsyn; i++) {
        char *o = strtok_r(NULL, " \n", &save);
        int c = o ? class_at(s, (uint32_t)strtoul(o, NULL, 10)) : -1;
        if (c < 0) continue;
        all |= 1ull << c;
        if (first < 0) first = c;
    }
    if (first < 0) return;
    for (char *p = lemma; *p; p++)
        if (*p == '_') *p = ' ';
    TC_PUSH(t->a, t->keys, key_of(lemma, strlen(lemma), pos));
    TC_PUSH(t->a, t->vals, all | (uint64_t)first << 48);
}

static int read_index(const char *dir, char pos, const char *name, table *t, tc_err *err)
{
    char path[4096];
    synsets s = {0};
    snprintf(path, sizeof path, "%s/data.%s", dir, name);
    int rc = read_data(path, &s, err);
    snprintf(path, sizeof path, "%s/index.%s", dir, name);
    FILE *f = rc == TC_OK ? fopen(path, "r") : NULL;
    if (rc == TC_OK && !f) rc = tc_err_set(err, TC_EIO, "%s: %s", path, strerror(errno));
    char *line = NULL;
    size_t cap = 0;
    while (f && getline(&line, &cap, f) > 0)
        if (line[0] != ' ') index_line(line, pos, &s, t);
    free(line);
    if (f) fclose(f);
    free(s.off);
    free(s.cls);
    return rc;
}

int tc_wordnet_build(const char *dir, const char *out, tc_err *err)
{
    table t = {.a = tc_arena_new(0)};
    int rc = read_index(dir, 'n', "noun", &t, err);
    if (rc == TC_OK) rc = read_index(dir, 'v', "verb", &t, err);
    if (rc == TC_OK && t.keys.n == 0) rc = tc_err_set(err, TC_EPARSE, "%s: no lemmas", dir);
    if (rc == TC_OK) {
        tc_mbuf b = {0};
        tc_mbuf_put(&b, "TCWNET01", 8);
        tc_fmap_write(&b, t.keys.v, t.vals.v, t.keys.n);
        FILE *f = fopen(out, "wb");
        if (!f || fwrite(b.p, 1, b.n, f) != b.n)
            rc = tc_err_set(err, TC_EIO, "%s: cannot write", out);
        if (f && fclose(f) != 0 && rc == TC_OK)
            rc = tc_err_set(err, TC_EIO, "%s: cannot write", out);
        free(b.p);
    }
    tc_arena_free(t.a);
    return rc;
}
