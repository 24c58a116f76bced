/* parse_train: the tables by counting (tag classes, ambiguity classes, lemmas, lemma rules,
 * feature sets), the tagger by averaged perceptron, the parser's tags by jackknifing (each
 * fold tagged by a tagger that never saw it), then the parser by averaged perceptron: greedy,
 * with Goldberg and Nivre's dynamic oracle and exploration, or (opts->beam > 1) globally, a
 * structured perceptron over the beam's transition sequences with max-violation updates. */
#include "parse_train.h"

#include "conllu.h"
#include "hash.h"
#include "percep.h"
#include "tag.h"
#include "trans.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* An amb entry needs this many occurrences: rarer words look unknown in training as well. */
#define AMB_MIN_COUNT 3
/* Frequent words nearly always of one tag class are tagged without the classifier. */
#define SURE_MIN_COUNT 20
#define SURE_SHARE     0.995
/* A lemma rule needs this many word types. */
#define RULE_MIN_COUNT 2

typedef struct {
    uint32_t n;
    const char **form;
    uint32_t *len;
    uint8_t *cls, *upos, *xpos, *pxpos;
    int32_t *head; /* 0..n, projective */
    uint8_t *rel;  /* 0..n */
    tc_tagword *tw;
} tsent;

typedef struct {
    const tc_train_opts *o;
    tc_conllu train, dev;
    tsent *ts;
    size_t nts;
    tc_arena *a;
    /* string table */
    tc_mbuf str;
    tc_map *strmap;
    /* tags and feature sets, sorted by name */
    char **xname, **fname;
    uint32_t *xname_off; /* offsets of xname in the string table */
    uint32_t nxpos, nfeats, nclass;
    uint8_t cls_upos[TC_TAG_MAXCLASS], cls_xpos[TC_TAG_MAXCLASS];
    /* the model's static part: everything but the weights */
    tc_mbuf tables;
    tc_parser view; /* amb only, for computing atoms while training */
    tc_mbuf ambbuf, viewbuf;
    uint64_t rng;
} trainer;

static uint64_t rnd(trainer *T)
{
    T->rng ^= T->rng << 13;
    T->rng ^= T->rng >> 7;
    T->rng ^= T->rng << 17;
    return T->rng;
}

static void shuffle(trainer *T, size_t *v, size_t n)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = rnd(T) % i, t = v[i - 1];
        v[i - 1] = v[j];
        v[j] = t;
    }
}

static uint32_t intern(trainer *T, const char *s)
{
    size_t n = strlen(s);
    void *v = tc_map_get(T->strmap, s, n);
    if (v) return (uint32_t)((uintptr_t)v - 1);
    uint32_t off = (uint32_t)T->str.n;
    tc_mbuf_put(&T->str, s, n + 1);
    tc_map_put(T->strmap, tc_arena_strndup(T->a, s, n), n, (void *)(uintptr_t)(off + 1));
    return off;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted distinct values of one column over the training words. */
static char **distinct(trainer *T, size_t field, uint32_t *n)
{
    tc_map *m = tc_map_new(256);
    TC_VEC(char *) v = {0};
    for (size_t i = 0; i < T->train.n; i++)
        for (uint32_t j = 0; j < T->train.s[i].n; j++) {
            char *s = *(char **)((char *)&T->train.s[i].w[j] + field);
            if (!tc_map_get(m, s, strlen(s))) {
                tc_map_put(m, s, strlen(s), s);
                TC_PUSH(T->a, v, s);
            }
        }
    tc_map_free(m);
    qsort(v.v, v.n, sizeof *v.v, cmp_str);
    *n = (uint32_t)v.n;
    return v.v;
}

static int index_of(char **names, uint32_t n, const char *s)
{
    char **hit = bsearch(&s, names, n, sizeof *names, cmp_str);
    return hit ? (int)(hit - names) : -1;
}

static int build_classes(trainer *T, tc_err *err)
{
    T->xname = distinct(T, offsetof(tc_conllu_word, xpos), &T->nxpos);
    T->fname = distinct(T, offsetof(tc_conllu_word, feats), &T->nfeats);
    if (T->nxpos > 64 || T->nfeats > 65535)
        return tc_err_set(err, TC_EPARSE, "training: too many Penn tags or feature sets");
    /* classes: the (UPOS, Penn) pairs seen, sorted by UPOS then Penn */
    uint8_t seen[TC_UPOS_COUNT][64] = {{0}};
    for (size_t i = 0; i < T->train.n; i++)
        for (uint32_t j = 0; j < T->train.s[i].n; j++) {
            int u = tc_upos_index(T->train.s[i].w[j].upos);
            if (u < 0)
                return tc_err_set(err, TC_EPARSE, "training: unknown UPOS '%s'",
                                  T->train.s[i].w[j].upos);
            seen[u][index_of(T->xname, T->nxpos, T->train.s[i].w[j].xpos)] = 1;
        }
    T->nclass = 0;
    for (int u = 0; u < TC_UPOS_COUNT; u++)
        for (uint32_t x = 0; x < T->nxpos; x++)
            if (seen[u][x] && T->nclass < TC_TAG_MAXCLASS) {
                T->cls_upos[T->nclass] = (uint8_t)u;
                T->cls_xpos[T->nclass++] = (uint8_t)x;
            }
    return TC_OK;
}

static int class_of(const trainer *T, int upos, int xpos)
{
    for (uint32_t c = 0; c < T->nclass; c++)
        if (T->cls_upos[c] == upos && T->cls_xpos[c] == xpos) return (int)c;
    return 0;
}

/* ---- projective trees ---- */

static int dominates(const int32_t *head, uint32_t n, int32_t h, int32_t k)
{
    for (uint32_t steps = 0; k > 0 && steps <= n; steps++) {
        if (k == h) return 1;
        k = head[k];
    }
    return h == 0 && k == 0;
}

static int projective_arc(const int32_t *head, uint32_t n, int32_t d)
{
    int32_t h = head[d], lo = h < d ? h : d, hi = h < d ? d : h;
    for (int32_t k = lo + 1; k < hi; k++)
        if (!dominates(head, n, h, k)) return 0;
    return 1;
}

/* Lifts the shortest non-projective arc to its head's head until none is left. */
static void projectivize(int32_t *head, uint32_t n)
{
    for (uint32_t round = 0; round < n * n + 1; round++) {
        int32_t pick = -1, span = 0;
        for (int32_t d = 1; d <= (int32_t)n; d++) {
            if (head[d] <= 0 || projective_arc(head, n, d)) continue;
            int32_t s = abs(head[d] - d);
            if (pick < 0 || s < span) pick = d, span = s;
        }
        if (pick < 0) return;
        head[pick] = head[head[pick]];
    }
}

/* ---- sentences ---- */

static void prepare(trainer *T, const tc_conllu_sent *s, tsent *t)
{
    uint32_t n = s->n;
    t->n = n;
    t->form = tc_arena_alloc(T->a, (n + 1) * sizeof *t->form);
    t->len = tc_arena_alloc(T->a, (n + 1) * sizeof *t->len);
    t->cls = tc_arena_alloc(T->a, n + 1);
    t->upos = tc_arena_alloc(T->a, n + 1);
    t->xpos = tc_arena_alloc(T->a, n + 1);
    t->pxpos = tc_arena_alloc(T->a, n + 1);
    t->head = tc_arena_alloc(T->a, (n + 1) * sizeof *t->head);
    t->rel = tc_arena_calloc(T->a, n + 1, 1);
    t->tw = tc_arena_alloc(T->a, (n + 1) * sizeof *t->tw);
    t->head[0] = -1;
    for (uint32_t i = 0; i < n; i++) {
        const tc_conllu_word *w = &s->w[i];
        t->form[i] = w->form;
        t->len[i] = (uint32_t)strlen(w->form);
        int u = tc_upos_index(w->upos), x = index_of(T->xname, T->nxpos, w->xpos);
        t->upos[i] = (uint8_t)(u < 0 ? TC_UPOS_X : u);
        t->xpos[i] = (uint8_t)(x < 0 ? 0 : x);
        t->pxpos[i] = t->xpos[i];
        t->cls[i] = (uint8_t)class_of(T, t->upos[i], t->xpos[i]);
        t->head[i + 1] = (int32_t)w->head;
        int r = tc_rel_index(w->deprel);
        t->rel[i + 1] = (uint8_t)(r < 0 ? TC_REL_DEP : r);
    }
    projectivize(t->head, n);
}

static void compute_atoms(trainer *T, tsent *t)
{
    for (uint32_t i = 0; i < t->n; i++) tc_tag_atoms(&T->view, t->form[i], t->len[i], &t->tw[i]);
}

/* ---- counting tables ---- */

typedef struct {
    char *k, *v;
} kv;

static int cmp_kv(const void *a, const void *b)
{
    const kv *x = a, *y = b;
    int c = strcmp(x->k, y->k);
    return c ? c : strcmp(x->v, y->v);
}

/* For each distinct key, the most frequent value (ties: the smallest) and its count. */
static void vote(kv *r, size_t n, void (*emit)(void *ctx, const char *k, const char *v, size_t c),
                 void *ctx)
{
    qsort(r, n, sizeof *r, cmp_kv);
    for (size_t i = 0; i < n;) {
        size_t j = i, best = i, bestc = 0;
        while (j < n && strcmp(r[j].k, r[i].k) == 0) {
            size_t m = j;
            while (m < n && strcmp(r[m].k, r[j].k) == 0 && strcmp(r[m].v, r[j].v) == 0) m++;
            if (m - j > bestc) bestc = m - j, best = j;
            j = m;
        }
        emit(ctx, r[i].k, r[best].v, bestc);
        i = j;
    }
}

typedef struct {
    trainer *T;
    TC_VEC(uint64_t) keys;
    TC_VEC(uint64_t) vals;
    int kind;
} table;

/* Keys are "SEED\tTEXT": SEED a number mixed into the hash of TEXT. */
static uint64_t key_hash(const char *k)
{
    char *tab = strchr(k, '\t');
    uint64_t seed = strtoull(k, NULL, 10);
    return tc_tag_key(tab + 1, strlen(tab + 1), seed);
}

enum { T_STRING, T_NUMBER, T_RULE };

static void emit_entry(void *ctx, const char *k, const char *v, size_t count)
{
    table *t = ctx;
    uint64_t val;
    if (t->kind == T_RULE) {
        if (count < RULE_MIN_COUNT) return;
        char *bar = strchr(v, '|');
        val = (uint64_t)strtoul(v, NULL, 10) << 32 | intern(t->T, bar + 1);
    } else {
        val = t->kind == T_STRING ? intern(t->T, v) : strtoull(v, NULL, 10);
    }
    TC_PUSH(t->T->a, t->keys, key_hash(k));
    TC_PUSH(t->T->a, t->vals, val);
}

static char *fmt(trainer *T, const char *f, uint64_t a, const char *s)
{
    char buf[512];
    snprintf(buf, sizeof buf, f, (unsigned long long)a, s);
    return tc_arena_strndup(T->a, buf, strlen(buf));
}

static void write_table(trainer *T, kv *r, size_t n, int kind)
{
    table t = {.T = T, .kind = kind};
    vote(r, n, emit_entry, &t);
    tc_fmap_write(&T->tables, t.keys.v, t.vals.v, t.keys.n);
}

static char *lower_dup(trainer *T, const char *s)
{
    size_t n = strlen(s);
    char *d = tc_arena_alloc(T->a, n + 1);
    tc_tag_lower(s, (uint32_t)n, d);
    return d;
}

/* Penn tag masks of words seen AMB_MIN_COUNT times; a word seen SURE_MIN_COUNT times with one
 * tag class at least SURE_SHARE of them also carries that class (+1) in the top byte: the
 * tagger gives it without scoring. */
static void build_amb(trainer *T, tc_mbuf *out)
{
    TC_VEC(kv) r = {0};
    for (size_t i = 0; i < T->nts; i++)
        for (uint32_t j = 0; j < T->ts[i].n; j++) {
            kv e = {fmt(T, "%llu\t%s", 1, lower_dup(T, T->ts[i].form[j])),
                    fmt(T, "%llu", T->ts[i].cls[j], "")};
            TC_PUSH(T->a, r, e);
        }
    qsort(r.v, r.n, sizeof *r.v, cmp_kv);
    TC_VEC(uint64_t) keys = {0};
    TC_VEC(uint64_t) vals = {0};
    for (size_t i = 0; i < r.n;) {
        size_t j = i, best = 0, bestcls = 0;
        uint64_t mask = 0;
        while (j < r.n && strcmp(r.v[j].k, r.v[i].k) == 0) {
            size_t m = j;
            while (m < r.n && strcmp(r.v[m].k, r.v[i].k) == 0 && strcmp(r.v[m].v, r.v[j].v) == 0)
                m++;
            size_t cls = strtoul(r.v[j].v, NULL, 10);
            mask |= 1ull << T->cls_xpos[cls];
            if (m - j > best) best = m - j, bestcls = cls;
            j = m;
        }
        if (j - i >= AMB_MIN_COUNT) {
            if (j - i >= SURE_MIN_COUNT && (double)best >= SURE_SHARE * (double)(j - i))
                mask |= (uint64_t)(bestcls + 1) << 56;
            TC_PUSH(T->a, keys, key_hash(r.v[i].k));
            TC_PUSH(T->a, vals, mask);
        }
        i = j;
    }
    tc_fmap_write(out, keys.v, vals.v, keys.n);
}

/* Suffix rules of one word type: for each suffix long enough to hold the change, the change
 * ("cut N bytes, add TEXT") that turns the form into its lemma. */
static void add_rules(trainer *T, int x, const char *low, const char *lemma, void *vec)
{
    TC_VEC(kv) *rule = vec;
    size_t n = strlen(low), m = strlen(lemma), lcp = 0;
    while (lcp < n && lcp < m && low[lcp] == lemma[lcp]) lcp++;
    size_t cut = n - lcp;
    for (size_t k = cut > 0 ? cut : 1; k <= 6 && k <= n; k++) {
        kv r = {fmt(T, "%llu\t%s", 300 + (uint64_t)x, low + n - k),
                fmt(T, "%llu|%s", cut, lemma + lcp)};
        TC_PUSH(T->a, *rule, r);
    }
}

/* Lemmas and feature sets by (lower-case form, Penn tag); rules by (Penn tag, suffix), learnt
 * once per word type so that frequent words do not outvote the open classes. */
static void build_word_tables(trainer *T, kv **feats_out, size_t *nfeats_out)
{
    TC_VEC(kv) lem = {0};
    TC_VEC(kv) rule = {0};
    TC_VEC(kv) feats = {0};
    tc_map *types = tc_map_new(1 << 16);
    for (size_t i = 0; i < T->nts; i++)
        for (uint32_t j = 0; j < T->train.s[i].n; j++) {
            const tc_conllu_word *w = &T->train.s[i].w[j];
            int x = index_of(T->xname, T->nxpos, w->xpos);
            char *low = lower_dup(T, w->form);
            kv e = {fmt(T, "%llu\t%s", 200 + (uint64_t)x, low), w->lemma};
            TC_PUSH(T->a, lem, e);
            kv f = {fmt(T, "%llu\t%s", 500 + (uint64_t)x, low),
                    fmt(T, "%llu", (uint64_t)index_of(T->fname, T->nfeats, w->feats), "")};
            TC_PUSH(T->a, feats, f);
            char *lk = lower_dup(T, w->lemma);
            size_t tl = strlen(e.k) + strlen(lk) + 2;
            char *type = tc_arena_alloc(T->a, tl);
            snprintf(type, tl, "%s\t%s", e.k, lk);
            if (tc_map_get(types, type, strlen(type))) continue;
            tc_map_put(types, type, strlen(type), type);
            add_rules(T, x, low, lk, &rule);
        }
    tc_map_free(types);
    tc_fmap_write(&T->tables, NULL, NULL, 0); /* lem_exact: kept empty by this trainer */
    write_table(T, lem.v, lem.n, T_STRING);
    write_table(T, rule.v, rule.n, T_RULE);
    *feats_out = feats.v;
    *nfeats_out = feats.n;
}

/* WordNet's exception lists: "went go" in verb.exc, keyed by (form, WordNet's POS). */
static void build_exceptions(trainer *T)
{
    static const char *const files[] = {"noun.exc", "verb.exc", "adj.exc", "adv.exc"};
    const char *dir = T->o->wordnet ? T->o->wordnet : "/usr/share/wordnet";
    TC_VEC(kv) r = {0};
    for (int g = 0; g < 4; g++) {
        char path[1024], line[512];
        snprintf(path, sizeof path, "%s/%s", dir, files[g]);
        FILE *f = fopen(path, "r");
        if (!f) {
            if (T->o->log)
                fprintf(T->o->log, "train: %s: not found, no WordNet exceptions\n", path);
            continue;
        }
        while (fgets(line, sizeof line, f)) {
            char *form = strtok(line, " \n"), *base = strtok(NULL, " \n");
            if (!form || !base || strchr(form, '_')) continue;
            kv e = {fmt(T, "%llu\t%s", 401 + (uint64_t)g, form),
                    tc_arena_strndup(T->a, base, strlen(base))};
            TC_PUSH(T->a, r, e);
        }
        fclose(f);
    }
    write_table(T, r.v, r.n, T_STRING);
}

/* WordNet's lemmas with their parts of speech (index.noun, ...): what an unknown word may be. */
static void build_wordnet(trainer *T, tc_mbuf *out)
{
    static const char *const files[] = {"index.noun", "index.verb", "index.adj", "index.adv"};
    const char *dir = T->o->wordnet ? T->o->wordnet : "/usr/share/wordnet";
    TC_VEC(kv) r = {0};
    for (int g = 0; g < 4; g++) {
        char path[1024], line[4096];
        snprintf(path, sizeof path, "%s/%s", dir, files[g]);
        FILE *f = fopen(path, "r");
        if (!f) continue;
        while (fgets(line, sizeof line, f)) {
            if (line[0] == ' ') continue;
            char *lemma = strtok(line, " \n");
            if (!lemma || strchr(lemma, '_')) continue;
            kv e = {fmt(T, "%llu\t%s", 600, lemma), fmt(T, "%llu", 1ull << g, "")};
            TC_PUSH(T->a, r, e);
        }
        fclose(f);
    }
    qsort(r.v, r.n, sizeof *r.v, cmp_kv);
    TC_VEC(uint64_t) keys = {0};
    TC_VEC(uint64_t) vals = {0};
    for (size_t i = 0; i < r.n;) {
        uint64_t mask = 0;
        size_t j = i;
        for (; j < r.n && strcmp(r.v[j].k, r.v[i].k) == 0; j++)
            mask |= strtoull(r.v[j].v, NULL, 10);
        TC_PUSH(T->a, keys, key_hash(r.v[i].k));
        TC_PUSH(T->a, vals, mask);
        i = j;
    }
    tc_fmap_write(out, keys.v, vals.v, keys.n);
}

/* Feature sets: the table by word, the passive twin of each set, the commonest per tag. */
static void build_feats(trainer *T, kv *feats, size_t n, uint16_t *pass, uint16_t *by_xpos)
{
    write_table(T, feats, n, T_NUMBER);
    for (uint32_t i = 0; i < T->nfeats; i++) {
        char buf[512];
        const char *s = T->fname[i];
        snprintf(buf, sizeof buf, "%s%sVoice=Pass", strcmp(s, "_") ? s : "",
                 strcmp(s, "_") ? "|" : "");
        int j = strstr(s, "Voice=") ? -1 : index_of(T->fname, T->nfeats, buf);
        pass[i] = (uint16_t)(j < 0 ? (int)i : j);
    }
    uint32_t *count = tc_xcalloc((size_t)T->nxpos * T->nfeats, sizeof *count);
    for (size_t i = 0; i < T->nts; i++)
        for (uint32_t j = 0; j < T->train.s[i].n; j++) {
            int f = index_of(T->fname, T->nfeats, T->train.s[i].w[j].feats);
            count[(size_t)T->ts[i].xpos[j] * T->nfeats + (size_t)f]++;
        }
    for (uint32_t x = 0; x < T->nxpos; x++) {
        uint32_t best = 0;
        for (uint32_t f = 1; f < T->nfeats; f++)
            if (count[(size_t)x * T->nfeats + f] > count[(size_t)x * T->nfeats + best]) best = f;
        by_xpos[x] = (uint16_t)best;
    }
    free(count);
}

/* ---- the tagger ---- */

static void tag_sentence_train(trainer *T, tc_ptrain *m, tsent *t, int learn, uint8_t *out)
{
    uint64_t f[TC_TAG_NFEAT];
    float score[TC_TAG_MAXCLASS];
    for (uint32_t i = 0; i < t->n; i++) {
        if (t->tw[i].sure) {
            out[i] = T->cls_xpos[t->tw[i].sure - 1];
            continue;
        }
        int nf = tc_tag_features(t->tw, t->n, i, out, f);
        memset(score, 0, sizeof score);
        tc_ptrain_score(m, f, nf, score);
        uint32_t best = 0;
        for (uint32_t c = 1; c < T->nclass; c++)
            if (score[c] > score[best]) best = c;
        if (learn) {
            if (best != t->cls[i]) {
                tc_ptrain_update(m, f, nf, t->cls[i], 1.0f);
                tc_ptrain_update(m, f, nf, (int)best, -1.0f);
            }
            tc_ptrain_tick(m);
        }
        out[i] = T->cls_xpos[best];
    }
}

/* A tagger trained on every sentence outside fold (all of them when fold < 0). */
static tc_ptrain *train_tagger(trainer *T, int fold, int folds)
{
    tc_ptrain *m = tc_ptrain_new((int)T->nclass);
    size_t *order = tc_xmalloc((T->nts ? T->nts : 1) * sizeof *order), n = 0;
    for (size_t i = 0; i < T->nts; i++)
        if (fold < 0 || (int)(i % (size_t)folds) != fold) order[n++] = i;
    uint8_t *hist = tc_xmalloc(TC_PARSE_MAX_WORDS + 1024);
    for (int e = 0; e < T->o->tag_epochs; e++) {
        shuffle(T, order, n);
        for (size_t k = 0; k < n; k++) {
            tsent *t = &T->ts[order[k]];
            if (t->n <= TC_PARSE_MAX_WORDS + 1000) tag_sentence_train(T, m, t, 1, hist);
        }
    }
    free(hist);
    free(order);
    return m;
}

/* Predicted Penn tags for the parser's training: each fold tagged by a tagger of the rest. */
static void jackknife(trainer *T)
{
    int folds = T->o->folds;
    if (folds <= 1) return;
    for (int fold = 0; fold < folds; fold++) {
        tc_ptrain *m = train_tagger(T, fold, folds);
        size_t right = 0, all = 0;
        for (size_t i = (size_t)fold; i < T->nts; i += (size_t)folds) {
            tsent *t = &T->ts[i];
            if (t->n > TC_PARSE_MAX_WORDS + 1000) continue;
            tag_sentence_train(T, m, t, 0, t->pxpos);
            for (uint32_t j = 0; j < t->n; j++) right += t->pxpos[j] == t->xpos[j], all++;
        }
        if (T->o->log)
            fprintf(T->o->log, "train: jackknife fold %d: Penn tags %.2f%%\n", fold + 1,
                    all ? 100.0 * (double)right / (double)all : 0);
        tc_ptrain_free(m);
    }
}

/* The parser's lemma atoms, from the predicted tags as decoding will have them. The string
 * table is final by now (lemmas only read it). */
static void lemma_atoms(trainer *T)
{
    T->view.strings = (const char *)T->str.p;
    T->view.nstrings = (uint32_t)T->str.n;
    tc_arena *a = tc_arena_new(0);
    for (size_t i = 0; i < T->nts; i++) {
        tsent *t = &T->ts[i];
        for (uint32_t j = 0; j < t->n; j++) {
            const char *x = T->xname[t->pxpos[j]];
            int upos = strncmp(x, "NNP", 3) == 0 ? TC_UPOS_PROPN : TC_UPOS_NOUN;
            t->tw[j].lem = tc_tag_lemma_key(
                tc_tag_lemma(&T->view, t->form[j], t->len[j], t->pxpos[j], upos, a));
        }
        tc_arena_reset(a);
    }
    tc_arena_free(a);
}

/* ---- the parser ---- */

static int pick_label(tc_ptrain *lab, const tc_config *c, int32_t h, int32_t d, int gold)
{
    if (h == c->root) return TC_REL_ROOT;
    uint64_t f[TC_LABEL_NFEAT];
    float score[TC_REL_COUNT] = {0};
    int nf = tc_label_features(c, h, d, f);
    tc_ptrain_score(lab, f, nf, score);
    int best = TC_REL_DEP;
    for (int r = 0; r < TC_REL_COUNT; r++)
        if (r != TC_REL_ROOT && score[r] > score[best]) best = r;
    if (gold >= 0) {
        if (best != gold) {
            tc_ptrain_update(lab, f, nf, gold, 1.0f);
            tc_ptrain_update(lab, f, nf, best, -1.0f);
        }
        tc_ptrain_tick(lab);
        return gold;
    }
    return best;
}

/* The zero-cost transition the model likes best (the cheapest when none is free). */
static int oracle(const tc_config *c, const int32_t *gold, const float *score)
{
    int best = -1, bestcost = 1 << 30;
    for (int t = 0; t < TC_TR_COUNT; t++) {
        if (!tc_trans_legal(c, t)) continue;
        int cost = tc_trans_cost(c, t, gold);
        if (cost < bestcost || (cost == bestcost && score[t] > score[best]))
            best = t, bestcost = cost;
    }
    return best;
}

/* ---- distillation: a globally trained beam model as the greedy parser's teacher ---- */

/* Candidates of a beam's step: a move of an item and the score it leads to. */
typedef struct {
    double score;
    int item, t;
} tcand;

static int tcand_before(const tcand *x, const tcand *y)
{
    if (x->score != y->score) return x->score > y->score;
    if (x->item != y->item) return x->item < y->item;
    return x->t < y->t;
}

/* An item of the teacher's search: its configuration, score and the move its path began with. */
typedef struct {
    tc_config c;
    int64_t score;
    int first;
} ditem;

/* The teacher (opts->teacher, a beam model of the same features) and its search's memory,
 * set up for one sentence at a time. */
typedef struct {
    const tc_parser *p;
    int k, mode;
    int64_t margin;
    ditem *cur, *next;
    tcand *cand;
    uint64_t asked, steps; /* lookahead searches and the steps they took */
} teacher;

static void teacher_setup(teacher *D, const tsent *t, tc_arena *a)
{
    D->cur = tc_arena_alloc(a, (size_t)D->k * sizeof *D->cur);
    D->next = tc_arena_alloc(a, (size_t)D->k * sizeof *D->next);
    D->cand = tc_arena_alloc(a, (size_t)D->k * TC_TR_COUNT * sizeof *D->cand);
    for (int i = 0; i < D->k; i++) {
        tc_config_init(&D->cur[i].c, t->n, t->tw, t->pxpos, a);
        tc_config_init(&D->next[i].c, t->n, t->tw, t->pxpos, a);
    }
}

/* The teacher's relation of the arc t makes from c (0: no arc). */
static int teacher_label(const tc_parser *p, const tc_config *c, int t)
{
    if (t != TC_TR_LEFT && t != TC_TR_RIGHT) return 0;
    int32_t h, d;
    tc_trans_arc(c, t, &h, &d);
    if (h == c->root) return TC_REL_ROOT;
    uint64_t f[TC_LABEL_NFEAT];
    int32_t score[TC_PMODEL_SCORES] = {0};
    tc_pmodel_score(&p->label, f, tc_label_features(c, h, d, f), score);
    int best = TC_REL_DEP;
    for (int r = 0; r < TC_REL_COUNT; r++)
        if (r != TC_REL_ROOT && score[r] > score[best]) best = r;
    return best;
}

/* Adds the legal moves of D->cur[i] to the candidates, best first. */
static void teacher_expand(teacher *D, int i, int *nc)
{
    const ditem *it = &D->cur[i];
    int32_t score[TC_PMODEL_SCORES] = {0};
    int nlegal = 0;
    for (int t = 0; t < TC_TR_COUNT; t++) nlegal += tc_trans_legal(&it->c, t);
    if (nlegal > 1) {
        uint64_t f[TC_TRANS_NFEAT];
        tc_pmodel_score(&D->p->trans, f, tc_trans_features(&it->c, f), score);
    }
    for (int t = 0; t < TC_TR_COUNT; t++) {
        if (!tc_trans_legal(&it->c, t)) continue;
        tcand x = {(double)(it->score + score[t]), i, t};
        int j = (*nc)++;
        for (; j > 0 && tcand_before(&x, &D->cand[j - 1]); j--) D->cand[j] = D->cand[j - 1];
        D->cand[j] = x;
    }
}

/* The teacher's beam search from c: the move its best item began with, decided as soon as
 * every item of the beam began with the same one; with whole, searched to the end, the best
 * item's configuration left in D->cur[0]. */
static int teacher_search(teacher *D, const tc_config *c, int whole)
{
    tc_config_copy(&D->cur[0].c, c);
    D->cur[0].score = 0, D->cur[0].first = -1;
    int ncur = 1;
    D->asked++;
    while (!tc_config_done(&D->cur[0].c)) {
        int nc = 0;
        for (int i = 0; i < ncur; i++) teacher_expand(D, i, &nc);
        int nnext = nc < D->k ? nc : D->k, agree = 1;
        while (nnext > 1 && D->cand[0].score - D->cand[nnext - 1].score > (double)D->margin)
            nnext--;
        for (int j = 0; j < nnext; j++) {
            const ditem *from = &D->cur[D->cand[j].item];
            ditem *to = &D->next[j];
            int t = D->cand[j].t;
            tc_config_copy(&to->c, &from->c);
            tc_trans_apply(&to->c, t, teacher_label(D->p, &from->c, t));
            to->score = (int64_t)D->cand[j].score;
            to->first = from->first < 0 ? t : from->first;
            agree &= to->first == D->next[0].first;
        }
        ditem *swap = D->cur;
        D->cur = D->next, D->next = swap;
        ncur = nnext;
        D->steps++;
        if (agree && !whole) break;
    }
    return D->cur[0].first;
}

/* Whether the greedy parser's move pred at c is to be corrected towards target: with the
 * teacher of modes 1 and 2 whenever they differ, else when pred costs more. */
static int wrong_move(const teacher *D, const tc_config *c, const int32_t *gold, int pred,
                      int target)
{
    if (D && (D->mode == 1 || D->mode == 2)) return pred != target;
    return tc_trans_cost(c, pred, gold) > tc_trans_cost(c, target, gold);
}

/* The move the greedy parser learns at c: the dynamic oracle's (good), or with a teacher in
 * modes 1 and 5 the teacher's move when it is one of the cheapest (5: asked only when pred
 * costs more), in mode 2 the teacher's move. */
static int target_move(teacher *D, const tc_config *c, const int32_t *gold, int good, int pred)
{
    if (!D || D->mode == 3 || D->mode == 4) return good;
    int best = tc_trans_cost(c, good, gold), ncheap = 0;
    if (D->mode == 5 && tc_trans_cost(c, pred, gold) == best) return good;
    for (int t = 0; t < TC_TR_COUNT; t++)
        ncheap += tc_trans_legal(c, t) && tc_trans_cost(c, t, gold) == best;
    if (D->mode != 2 && ncheap < 2) return good;
    int m = teacher_search(D, c, 0);
    return D->mode == 2 || tc_trans_cost(c, m, gold) == best ? m : good;
}

/* Sequence-level distillation: the teacher's tree of t (whole search from the start) into
 * head and rel (0: the root). */
static void teacher_tree(teacher *D, const tsent *t, int32_t *head, uint8_t *rel, tc_arena *a)
{
    tc_config c;
    tc_config_init(&c, t->n, t->tw, t->pxpos, a);
    teacher_setup(D, t, a);
    teacher_search(D, &c, 1);
    const tc_config *e = &D->cur[0].c;
    head[0] = -1;
    for (uint32_t i = 1; i <= t->n; i++) {
        head[i] = e->head[i] == e->root || e->head[i] < 0 ? 0 : e->head[i];
        rel[i] = e->head[i] == e->root ? TC_REL_ROOT : e->rel[i];
    }
}

/* Modes 3 and 4: each training sentence's tree replaced by the teacher's (3), or the teacher's
 * added as a second copy of the sentence where it differs from the treebank's (4). */
static void distil_trees(trainer *T, teacher *D)
{
    tc_arena *a = tc_arena_new(1 << 16);
    size_t n0 = T->nts, added = 0, words = 0, same = 0;
    tsent *ts = tc_arena_calloc(T->a, 2 * n0, sizeof *ts);
    memcpy(ts, T->ts, n0 * sizeof *ts);
    for (size_t i = 0; i < n0; i++) {
        tsent *t = &ts[i];
        if (t->n == 0 || t->n > TC_PARSE_MAX_WORDS) continue;
        int32_t *head = tc_arena_alloc(T->a, (t->n + 1) * sizeof *head);
        uint8_t *rel = tc_arena_calloc(T->a, t->n + 1, 1);
        teacher_tree(D, t, head, rel, a);
        int differ = 0;
        for (uint32_t j = 1; j <= t->n; j++) {
            words++;
            same += head[j] == t->head[j];
            differ |= head[j] != t->head[j] || rel[j] != t->rel[j];
        }
        if (D->mode == 3) {
            t->head = head, t->rel = rel;
        } else if (differ) {
            ts[n0 + added] = *t;
            ts[n0 + added].head = head, ts[n0 + added].rel = rel;
            added++;
        }
        tc_arena_reset(a);
    }
    T->ts = ts;
    T->nts = n0 + added;
    if (T->o->log)
        fprintf(T->o->log, "train: teacher's trees: UAS %.2f on train, %zu sentences added\n",
                words ? 100.0 * (double)same / (double)words : 0, added);
    tc_arena_free(a);
}

static void parse_sentence_train(trainer *T, tc_ptrain *trans, tc_ptrain *lab, tsent *t,
                                 int explore, teacher *D, tc_arena *a)
{
    tc_config c;
    tc_config_init(&c, t->n, t->tw, t->pxpos, a);
    if (D && D->mode != 3 && D->mode != 4) teacher_setup(D, t, a);
    /* gold heads with the root where the configuration has it, at n + 1 */
    int32_t *gold = tc_arena_alloc(a, (t->n + 2) * sizeof *gold);
    gold[0] = gold[t->n + 1] = -1;
    for (uint32_t i = 1; i <= t->n; i++) gold[i] = t->head[i] == 0 ? c.root : t->head[i];
    uint64_t f[TC_TRANS_NFEAT];
    while (!tc_config_done(&c)) {
        float score[TC_TR_COUNT] = {0};
        int nf = tc_trans_features(&c, f);
        tc_ptrain_score(trans, f, nf, score);
        int pred = -1;
        for (int k = 0; k < TC_TR_COUNT; k++)
            if (tc_trans_legal(&c, k) && (pred < 0 || score[k] > score[pred])) pred = k;
        int good = target_move(D, &c, gold, oracle(&c, gold, score), pred);
        int next = good;
        if (wrong_move(D, &c, gold, pred, good)) {
            tc_ptrain_update(trans, f, nf, good, 1.0f);
            tc_ptrain_update(trans, f, nf, pred, -1.0f);
            if (explore && rnd(T) % 10 != 0) next = pred;
            if (D && D->mode == 1 && tc_trans_cost(&c, pred, gold) == tc_trans_cost(&c, good, gold))
                next = pred;
        } else {
            next = pred;
        }
        tc_ptrain_tick(trans);
        int rel = 0;
        if (next == TC_TR_LEFT || next == TC_TR_RIGHT) {
            int32_t h, d;
            tc_trans_arc(&c, next, &h, &d);
            rel = pick_label(lab, &c, h, d, gold[d] == h ? t->rel[d] : -1);
        }
        tc_trans_apply(&c, next, rel);
    }
}

/* ---- global training of the beam (Zhang and Clark 2008; Huang, Fayong and Guo 2012) ---- */

/* The gold transitions of t: at each step the first zero-cost move of LEFT, RIGHT, REDUCE,
 * SHIFT (the dynamic oracle's costs; the tree is projective, so every gold arc is made). The
 * labeller learns on each gold arc on the way. Returns how many (2n). */
static int gold_sequence(tc_ptrain *lab, const tsent *t, const int32_t *gold, tc_arena *a,
                         uint8_t *seq)
{
    static const int order[TC_TR_COUNT] = {TC_TR_LEFT, TC_TR_RIGHT, TC_TR_REDUCE, TC_TR_SHIFT};
    tc_config c;
    tc_config_init(&c, t->n, t->tw, t->pxpos, a);
    int len = 0;
    while (!tc_config_done(&c)) {
        int next = -1;
        for (int k = 0; k < TC_TR_COUNT && next < 0; k++)
            if (tc_trans_legal(&c, order[k]) && tc_trans_cost(&c, order[k], gold) == 0)
                next = order[k];
        if (next < 0) /* cannot happen on a projective tree; the cheapest legal move */
            for (int k = 0; k < TC_TR_COUNT && next < 0; k++)
                if (tc_trans_legal(&c, order[k])) next = order[k];
        int rel = 0;
        if (next == TC_TR_LEFT || next == TC_TR_RIGHT) {
            int32_t h, d;
            tc_trans_arc(&c, next, &h, &d);
            rel = pick_label(lab, &c, h, d, gold[d] == h ? t->rel[d] : -1);
        }
        seq[len++] = (uint8_t)next;
        tc_trans_apply(&c, next, rel);
    }
    return len;
}

/* A move of a beam item: its transition and label, and the move before it (-1: none). */
typedef struct {
    int32_t parent;
    uint8_t t, rel;
} bmove;

typedef struct {
    tc_config c;
    double score;
    int32_t last; /* its last move in the history; -1 none */
    int gold;     /* its moves are the gold sequence's so far */
} titem;

/* The relation a beam item gives the arc t makes: the gold one on a gold arc (as the greedy
 * training does), else the labeller's. */
static int beam_label(tc_ptrain *lab, const tc_config *c, int t, const tsent *s,
                      const int32_t *gold)
{
    if (t != TC_TR_LEFT && t != TC_TR_RIGHT) return 0;
    int32_t h, d;
    tc_trans_arc(c, t, &h, &d);
    return gold[d] == h ? s->rel[d] : pick_label(lab, c, h, d, -1);
}

/* Scores of c's transitions into score (zeros for a forced move); returns the legal mask. */
static int score_config(tc_ptrain *trans, const tc_config *c, float *score)
{
    int legal = 0, nlegal = 0;
    for (int t = 0; t < TC_TR_COUNT; t++) {
        score[t] = 0;
        if (tc_trans_legal(c, t)) legal |= 1 << t, nlegal++;
    }
    if (nlegal > 1) {
        uint64_t f[TC_TRANS_NFEAT];
        tc_ptrain_score(trans, f, tc_trans_features(c, f), score);
    }
    return legal;
}

/* Adds delta to the features of every chosen move of seq[0..len) from the start, replayed with
 * the relations rel[] (forced moves have no features). */
static void update_sequence(tc_ptrain *trans, const tsent *t, const uint8_t *seq,
                            const uint8_t *rel, int len, float delta, tc_arena *a)
{
    tc_config c;
    tc_config_init(&c, t->n, t->tw, t->pxpos, a);
    uint64_t f[TC_TRANS_NFEAT];
    for (int i = 0; i < len; i++) {
        int nlegal = 0;
        for (int k = 0; k < TC_TR_COUNT; k++) nlegal += tc_trans_legal(&c, k);
        if (nlegal > 1) tc_ptrain_update(trans, f, tc_trans_features(&c, f), seq[i], delta);
        tc_trans_apply(&c, seq[i], rel[i]);
    }
}

typedef struct {
    titem *cur, *next;
    tcand *cand;
    bmove *hist;
    int32_t nhist;
} beam_state;

/* One step of the beam: expands every item, keeps the k best. */
static int beam_step(tc_ptrain *trans, tc_ptrain *lab, const tsent *t, const int32_t *gold,
                     const uint8_t *gseq, int step, beam_state *B, int ncur, int k)
{
    int nc = 0;
    for (int i = 0; i < ncur; i++) {
        float score[TC_TR_COUNT];
        int legal = score_config(trans, &B->cur[i].c, score);
        for (int m = 0; m < TC_TR_COUNT; m++) {
            if (!(legal >> m & 1)) continue;
            tcand x = {B->cur[i].score + score[m], i, m};
            int j = nc++;
            for (; j > 0 && tcand_before(&x, &B->cand[j - 1]); j--) B->cand[j] = B->cand[j - 1];
            B->cand[j] = x;
        }
    }
    int nnext = nc < k ? nc : k;
    for (int j = 0; j < nnext; j++) {
        const titem *from = &B->cur[B->cand[j].item];
        titem *to = &B->next[j];
        int m = B->cand[j].t, rel = beam_label(lab, &from->c, m, t, gold);
        tc_config_copy(&to->c, &from->c);
        tc_trans_apply(&to->c, m, rel);
        to->score = B->cand[j].score;
        to->gold = from->gold && m == gseq[step];
        B->hist[B->nhist] = (bmove){from->last, (uint8_t)m, (uint8_t)rel};
        to->last = B->nhist++;
    }
    titem *swap = B->cur;
    B->cur = B->next, B->next = swap;
    return nnext;
}

/* The moves and relations that led to history entry last, into seq and rel; returns how many. */
static int unwind(const bmove *hist, int32_t last, uint8_t *seq, uint8_t *rel)
{
    int len = 0;
    for (int32_t i = last; i >= 0; i = hist[i].parent) len++;
    int at = len;
    for (int32_t i = last; i >= 0; i = hist[i].parent) seq[--at] = hist[i].t, rel[at] = hist[i].rel;
    return len;
}

/* One sentence of global training: beam search with the current weights beside the gold
 * sequence, then one update at the step where the beam's best leads the gold prefix by most
 * (max-violation), when it is not the gold prefix itself. */
static void beam_train_sentence(tc_ptrain *trans, tc_ptrain *lab, const tsent *t, int k,
                                tc_arena *a)
{
    uint32_t n = t->n;
    int32_t *gold = tc_arena_alloc(a, (n + 2) * sizeof *gold);
    gold[0] = gold[n + 1] = -1;
    for (uint32_t i = 1; i <= n; i++) gold[i] = t->head[i] == 0 ? (int32_t)n + 1 : t->head[i];
    uint8_t *gseq = tc_arena_alloc(a, 2 * n + 2), *grel = tc_arena_alloc(a, 2 * n + 2);
    int len = gold_sequence(lab, t, gold, a, gseq);
    beam_state B = {.cur = tc_arena_alloc(a, (size_t)k * sizeof(titem)),
                    .next = tc_arena_alloc(a, (size_t)k * sizeof(titem)),
                    .cand = tc_arena_alloc(a, (size_t)k * TC_TR_COUNT * sizeof(tcand)),
                    .hist = tc_arena_alloc(a, ((size_t)k * (size_t)len + 1) * sizeof(bmove))};
    for (int i = 0; i < k; i++) {
        tc_config_init(&B.cur[i].c, n, t->tw, t->pxpos, a);
        tc_config_init(&B.next[i].c, n, t->tw, t->pxpos, a);
    }
    B.cur[0].score = 0, B.cur[0].last = -1, B.cur[0].gold = 1;
    tc_config g; /* the gold prefix, scored as the beam goes */
    tc_config_init(&g, n, t->tw, t->pxpos, a);
    double gscore = 0, worst = -1;
    int32_t worst_last = -1;
    int worst_step = -1, ncur = 1;
    for (int step = 0; step < len; step++) {
        float score[TC_TR_COUNT];
        score_config(trans, &g, score);
        gscore += score[gseq[step]];
        grel[step] = (uint8_t)beam_label(lab, &g, gseq[step], t, gold);
        tc_trans_apply(&g, gseq[step], grel[step]);
        ncur = beam_step(trans, lab, t, gold, gseq, step, &B, ncur, k);
        double v = B.cur[0].score - gscore;
        if (!B.cur[0].gold && v >= 0 && v > worst)
            worst = v, worst_step = step, worst_last = B.cur[0].last;
    }
    if (worst_step >= 0) {
        uint8_t *pseq = tc_arena_alloc(a, 2 * n + 2), *prel = tc_arena_alloc(a, 2 * n + 2);
        int plen = unwind(B.hist, worst_last, pseq, prel);
        update_sequence(trans, t, gseq, grel, worst_step + 1, 1.0f, a);
        update_sequence(trans, t, pseq, prel, plen, -1.0f, a);
    }
    tc_ptrain_tick(trans);
}

/* ---- the file ---- */

static void put_u32s(tc_mbuf *b, const uint32_t *v, size_t n)
{
    tc_mbuf_put(b, v, n * 4);
    tc_mbuf_align(b);
}

static void write_model(trainer *T, tc_ptrain *tagw, tc_ptrain *trans, tc_ptrain *lab,
                        const uint16_t *pass, const uint16_t *by_xpos, tc_mbuf *b)
{
    uint32_t about = intern(T, T->o->about ? T->o->about : "");
    uint32_t *xn = tc_xmalloc(T->nxpos * 4), *fn = tc_xmalloc(T->nfeats * 4);
    for (uint32_t i = 0; i < T->nxpos; i++) xn[i] = intern(T, T->xname[i]);
    for (uint32_t i = 0; i < T->nfeats; i++) fn[i] = intern(T, T->fname[i]);
    tc_mbuf_put(b, "TCPARSE1", 8);
    put_u32s(b, (uint32_t[]){0x01020304u, TC_PARSE_FEATURES}, 2);
    put_u32s(b, (uint32_t[]){(uint32_t)T->str.n, about}, 2);
    tc_mbuf_put(b, T->str.p, T->str.n);
    tc_mbuf_align(b);
    /* the beam in the fourth word: width (0: greedy) | margin << 8 */
    uint32_t beam = T->o->beam > 1 ? (uint32_t)T->o->beam | (uint32_t)T->o->beam_margin << 8 : 0;
    put_u32s(b, (uint32_t[]){T->nclass, T->nxpos, T->nfeats, beam}, 4);
    tc_mbuf_put(b, T->cls_upos, T->nclass);
    tc_mbuf_align(b);
    tc_mbuf_put(b, T->cls_xpos, T->nclass);
    tc_mbuf_align(b);
    put_u32s(b, xn, T->nxpos);
    put_u32s(b, fn, T->nfeats);
    tc_mbuf_put(b, pass, T->nfeats * 2);
    tc_mbuf_align(b);
    tc_mbuf_put(b, by_xpos, T->nxpos * 2);
    tc_mbuf_align(b);
    tc_ptrain_freeze(tagw, T->o->min_weight, b);
    tc_mbuf_put(b, T->tables.p, T->tables.n);
    tc_ptrain_freeze(trans, T->o->min_weight, b);
    tc_ptrain_freeze(lab, T->o->min_weight, b);
    free(xn);
    free(fn);
}

/* UPOS, UAS and LAS (universal part of the relation) on the dev file. */
static void score_dev(trainer *T, const tc_mbuf *model, int epoch)
{
    tc_err err = {0};
    unsigned char *copy = tc_xmalloc(model->n);
    memcpy(copy, model->p, model->n);
    tc_parser *p = tc_parser_from_buffer(copy, model->n, &err);
    if (!p) {
        fprintf(T->o->log, "train: model does not load: %s\n", err.msg);
        return;
    }
    tc_arena *a = tc_arena_new(0);
    size_t words = 0, upos = 0, uas = 0, las = 0;
    for (size_t i = 0; i < T->dev.n; i++) {
        const tc_conllu_sent *s = &T->dev.s[i];
        const char **forms = tc_arena_alloc(a, (s->n + 1) * sizeof *forms);
        uint32_t *len = tc_arena_alloc(a, (s->n + 1) * sizeof *len);
        for (uint32_t j = 0; j < s->n; j++)
            forms[j] = s->w[j].form, len[j] = (uint32_t)strlen(forms[j]);
        tc_tree t;
        tc_parse_words(p, forms, len, s->n, 0, a, &t);
        for (uint32_t j = 0; j < s->n; j++) {
            const char *g = s->w[j].deprel, *r = tc_rel_name(t.w[j].rel);
            size_t gl = strcspn(g, ":"), rl = strcspn(r, ":");
            words++;
            upos += strcmp(tc_upos_name(t.w[j].upos), s->w[j].upos) == 0;
            if (t.w[j].head == s->w[j].head) {
                uas++;
                las += gl == rl && strncmp(g, r, gl) == 0;
            }
        }
        tc_arena_reset(a);
    }
    fprintf(T->o->log, "train: epoch %d dev: UPOS %.2f UAS %.2f LAS %.2f (%zu words)\n", epoch,
            100.0 * (double)upos / (double)words, 100.0 * (double)uas / (double)words,
            100.0 * (double)las / (double)words, words);
    tc_arena_free(a);
    tc_parser_free(p);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void say(const trainer *T, double t0, const char *what)
{
    if (T->o->log) {
        fprintf(T->o->log, "train: %-40s %7.1f s\n", what, now_s() - t0);
        fflush(T->o->log);
    }
}

static int load_inputs(trainer *T, const char *train_path, const char *dev_path, tc_err *err)
{
    if (tc_conllu_read(train_path, &T->train, err)) return err->code;
    if (dev_path && tc_conllu_read(dev_path, &T->dev, err)) return err->code;
    if (T->o->max_sents && T->train.n > T->o->max_sents) T->train.n = T->o->max_sents;
    if (!T->train.n) return tc_err_set(err, TC_EEMPTY, "%s: no sentences", train_path);
    return build_classes(T, err);
}

static void build_tables(trainer *T, uint16_t *pass, uint16_t *by_xpos)
{
    intern(T, "");
    intern(T, T->o->about ? T->o->about : "");
    T->xname_off = tc_arena_alloc(T->a, T->nxpos * sizeof *T->xname_off);
    for (uint32_t i = 0; i < T->nxpos; i++) T->xname_off[i] = intern(T, T->xname[i]);
    for (uint32_t i = 0; i < T->nfeats; i++) intern(T, T->fname[i]);
    T->nts = T->train.n;
    T->ts = tc_arena_calloc(T->a, T->nts, sizeof *T->ts);
    for (size_t i = 0; i < T->nts; i++) prepare(T, &T->train.s[i], &T->ts[i]);
    build_amb(T, &T->ambbuf);
    size_t off = 0;
    tc_fmap_read(T->ambbuf.p, T->ambbuf.n, &off, &T->view.amb, NULL);
    build_amb(T, &T->tables);
    kv *feats;
    size_t nfeats;
    build_word_tables(T, &feats, &nfeats);
    build_exceptions(T);
    build_feats(T, feats, nfeats, pass, by_xpos);
    size_t exc_at = T->tables.n;
    build_wordnet(T, &T->tables);
    /* the view needs lem_exc and wn for WordNet's parts of speech: read them back */
    tc_mbuf copy = {0};
    tc_mbuf_put(&copy, T->tables.p, T->tables.n);
    T->viewbuf = copy;
    (void)exc_at;
    size_t at = 0;
    tc_fmap *maps[] = {&T->view.amb,     &T->view.lem_exact, &T->view.lem_lower, &T->view.lem_rule,
                       &T->view.lem_exc, &T->view.feats_of,  &T->view.wn};
    for (int i = 0; i < 7; i++) tc_fmap_read(T->viewbuf.p, T->viewbuf.n, &at, maps[i], NULL);
    T->view.strings = (const char *)T->str.p;
    T->view.nstrings = (uint32_t)T->str.n;
    T->view.nxpos = T->nxpos;
    T->view.xpos_name = T->xname_off;
    for (size_t i = 0; i < T->nts; i++) compute_atoms(T, &T->ts[i]);
}

static void train_parser(trainer *T, tc_ptrain *tagw, tc_ptrain *trans, tc_ptrain *lab,
                         const uint16_t *pass, const uint16_t *by_xpos, teacher *D, double t0)
{
    size_t *order = tc_xmalloc(T->nts * sizeof *order);
    for (size_t i = 0; i < T->nts; i++) order[i] = i;
    tc_arena *a = tc_arena_new(1 << 16);
    for (int e = 0; e < T->o->parse_epochs; e++) {
        shuffle(T, order, T->nts);
        for (size_t k = 0; k < T->nts; k++) {
            tsent *t = &T->ts[order[k]];
            if (t->n == 0 || t->n > TC_PARSE_MAX_WORDS) continue;
            if (T->o->beam > 1 && T->o->mixed) {
                beam_train_sentence(trans, lab, t, T->o->beam, a);
                tc_arena_reset(a);
                parse_sentence_train(T, trans, lab, t, e > 0, NULL, a);
            } else if (T->o->beam > 1)
                beam_train_sentence(trans, lab, t, T->o->beam, a);
            else
                parse_sentence_train(T, trans, lab, t, e > 0, D, a);
            tc_arena_reset(a);
        }
        char what[64];
        snprintf(what, sizeof what, "parser epoch %d (%zu + %zu features)", e + 1,
                 tc_ptrain_features(trans), tc_ptrain_features(lab));
        if (D && D->asked && T->o->log)
            fprintf(T->o->log, "train: teacher: %llu searches, %.2f steps each\n",
                    (unsigned long long)D->asked, (double)D->steps / (double)D->asked);
        say(T, t0, what);
        if (T->dev.n && T->o->log) {
            tc_mbuf m = {0};
            write_model(T, tagw, trans, lab, pass, by_xpos, &m);
            score_dev(T, &m, e + 1);
            free(m.p);
        }
    }
    tc_arena_free(a);
    free(order);
}

int tc_parse_train(const char *train_path, const char *dev_path, const tc_train_opts *opts,
                   const char *out_path, tc_err *err)
{
    tc_train_opts o = *opts;
    o.tag_epochs = o.tag_epochs ? o.tag_epochs : 8;
    o.parse_epochs = o.parse_epochs ? o.parse_epochs : 15;
    o.folds = o.folds ? o.folds : 5;
    /* the beam from the environment when the caller gives none (`make model PARSE_BEAM=8`) */
    if (!o.beam && getenv("TC_PARSE_BEAM")) o.beam = atoi(getenv("TC_PARSE_BEAM"));
    if (!o.beam_margin && getenv("TC_PARSE_BEAM_MARGIN"))
        o.beam_margin = atoi(getenv("TC_PARSE_BEAM_MARGIN"));
    o.beam = o.beam < 1 ? 1 : o.beam > TC_PARSE_MAX_BEAM ? TC_PARSE_MAX_BEAM : o.beam;
    o.beam_margin = o.beam_margin < 0 ? 0 : o.beam_margin > 0xffffff ? 0xffffff : o.beam_margin;
    trainer T = {.o = &o, .a = tc_arena_new(1 << 20), .strmap = tc_map_new(1 << 16)};
    T.rng = o.seed ? o.seed : 0x7c5a11f00dull;
    double t0 = now_s();
    int rc = load_inputs(&T, train_path, dev_path, err);
    tc_parser *tp = NULL; /* the teacher */
    if (rc == TC_OK && o.teacher && o.beam == 1 && o.distil >= 1 && o.distil <= 5 &&
        !(tp = tc_parser_load(o.teacher, err)))
        rc = err->code;
    uint16_t *pass = NULL, *by_xpos = NULL;
    tc_ptrain *tagw = NULL, *trans = NULL, *lab = NULL;
    if (rc == TC_OK) {
        pass = tc_xcalloc(T.nfeats, sizeof *pass);
        by_xpos = tc_xcalloc(T.nxpos, sizeof *by_xpos);
        build_tables(&T, pass, by_xpos);
        say(&T, t0, "tables");
        jackknife(&T);
        lemma_atoms(&T);
        say(&T, t0, "jackknifed tags");
        tagw = train_tagger(&T, -1, 1);
        say(&T, t0, "tagger");
        trans = tc_ptrain_new(TC_TR_COUNT);
        lab = tc_ptrain_new(TC_REL_COUNT);
        teacher D = {.p = tp,
                     .mode = o.distil,
                     .k = tp ? (int)tp->beam : 0,
                     .margin = tp ? tp->beam_margin : 0};
        if (tp && (o.distil == 3 || o.distil == 4)) distil_trees(&T, &D);
        train_parser(&T, tagw, trans, lab, pass, by_xpos, tp ? &D : NULL, t0);
        if (o.beam > 1 && T.dev.n && o.log) { /* the beam's margin: accuracy against cost */
            int keep = o.beam_margin;
            static const int margins[] = {500, 1000, 1500, 2000, 2500, 3000, 4000, 0};
            for (size_t i = 0; i < sizeof margins / sizeof *margins; i++) {
                tc_mbuf m = {0};
                o.beam_margin = margins[i];
                write_model(&T, tagw, trans, lab, pass, by_xpos, &m);
                fprintf(o.log, "train: beam %d, margin %d (0: none):\n", o.beam, margins[i]);
                score_dev(&T, &m, 0);
                free(m.p);
            }
            o.beam_margin = keep;
        }
        if (getenv("TC_PRUNE_SWEEP") && T.dev.n && o.log) {
            float keep = o.min_weight;
            for (float w = 0.05f; w < 2.0f; w *= 2) {
                tc_mbuf m = {0};
                o.min_weight = w;
                write_model(&T, tagw, trans, lab, pass, by_xpos, &m);
                fprintf(o.log, "train: min weight %.2f: %zu bytes\n", (double)w, m.n);
                score_dev(&T, &m, 0);
                free(m.p);
            }
            o.min_weight = keep;
        }
        tc_mbuf m = {0};
        write_model(&T, tagw, trans, lab, pass, by_xpos, &m);
        FILE *f = fopen(out_path, "wb");
        if (!f || fwrite(m.p, 1, m.n, f) != m.n)
            rc = tc_err_set(err, TC_EIO, "%s: cannot write the model", out_path);
        if (f && fclose(f) != 0 && rc == TC_OK)
            rc = tc_err_set(err, TC_EIO, "%s: cannot write the model", out_path);
        if (rc == TC_OK && o.log) fprintf(o.log, "train: wrote %s (%zu bytes)\n", out_path, m.n);
        free(m.p);
    }
    tc_parser_free(tp);
    tc_ptrain_free(tagw);
    tc_ptrain_free(trans);
    tc_ptrain_free(lab);
    free(pass);
    free(by_xpos);
    free(T.str.p);
    free(T.tables.p);
    free(T.ambbuf.p);
    free(T.viewbuf.p);
    tc_map_free(T.strmap);
    tc_arena_free(T.a);
    tc_conllu_free(&T.train);
    tc_conllu_free(&T.dev);
    return rc;
}
