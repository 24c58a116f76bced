/* parse: the model file, and tagging, lemmatising and parsing a sentence with it.
 *
 * The model file (written by parse_train.c) is read in one piece; its tables are used where
 * they lie. Layout, every part 8-aligned: magic "TCPARSE1", a byte-order word, the features'
 * version, the strings, the tag classes, the feature sets, the tagger's weights, the word tables
 * (ambiguity classes, lemmas, lemma rules, WordNet exceptions, feature sets) and the parser's
 * transition and label weights. The tag classes' header ends with the parser's beam (width |
 * margin << 8; 0 greedy).
 *
 * The parser is greedy, or a beam search (models trained with a beam): the beam keeps the
 * candidates within a margin of the best, so it costs about what a greedy parse does where the
 * model is sure, and takes the relation of an arc its items have already labelled in the same
 * context from a cache. */
#include "parse.h"

#include "file.h"
#include "tag.h"
#include "trans.h"

#include <ctype.h>
#include <errno.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const upos_names[TC_UPOS_COUNT] = {
    "ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

#define TC_REL_NAME(id, name) name,
static const char *const rel_names[TC_REL_COUNT] = {TC_RELATIONS(TC_REL_NAME)};
#undef TC_REL_NAME

const char *tc_upos_name(int upos)
{
    return upos >= 0 && upos < TC_UPOS_COUNT ? upos_names[upos] : "_";
}

const char *tc_rel_name(int rel)
{
    return rel >= 0 && rel < TC_REL_COUNT ? rel_names[rel] : "_";
}

int tc_upos_index(const char *name)
{
    for (int i = 0; i < TC_UPOS_COUNT; i++)
        if (strcmp(upos_names[i], name) == 0) return i;
    return -1;
}

int tc_rel_index(const char *name)
{
    for (int i = 0; i < TC_REL_COUNT; i++)
        if (strcmp(rel_names[i], name) == 0) return i;
    const char *colon = strchr(name, ':');
    if (!colon) return -1;
    size_t n = (size_t)(colon - name);
    for (int i = 0; i < TC_REL_COUNT; i++)
        if (strlen(rel_names[i]) == n && strncmp(rel_names[i], name, n) == 0) return i;
    return -1;
}

const char *tc_parse_xpos_name(const tc_parser *p, int xpos)
{
    return xpos >= 0 && (uint32_t)xpos < p->nxpos ? p->strings + p->xpos_name[xpos] : "_";
}

const char *tc_parse_feats_str(const tc_parser *p, int feats)
{
    return feats >= 0 && (uint32_t)feats < p->nfeats ? p->strings + p->feats_name[feats] : "_";
}

const tc_feats *tc_parse_feats(const tc_parser *p, int feats)
{
    static const tc_feats none;
    return feats >= 0 && (uint32_t)feats < p->nfeats ? &p->feats[feats] : &none;
}

const char *tc_parser_about(const tc_parser *p)
{
    return p->about;
}

size_t tc_parser_bytes(const tc_parser *p)
{
    return p->len;
}

/* ---- loading ---- */

typedef struct {
    const unsigned char *data;
    size_t len, off;
    tc_err *err;
} cursor;

static const void *take(cursor *c, size_t n)
{
    if (c->off + n > c->len || c->off + n < c->off) return NULL;
    const void *p = c->data + c->off;
    c->off = (c->off + n + 7) / 8 * 8;
    return p;
}

static int take_u32s(cursor *c, uint32_t *v, size_t n)
{
    const void *p = take(c, n * 4);
    if (!p) return tc_err_set(c->err, TC_EPARSE, "model: truncated");
    memcpy(v, p, n * 4);
    return TC_OK;
}

static void decode_feats(const char *s, tc_feats *f)
{
    static const struct {
        const char *kv;
        size_t field;
        uint8_t val;
    } map[] = {
        {"Tense=Past", offsetof(tc_feats, tense), TC_TENSE_PAST},
        {"Tense=Pres", offsetof(tc_feats, tense), TC_TENSE_PRES},
        {"Tense=Fut", offsetof(tc_feats, tense), TC_TENSE_FUT},
        {"VerbForm=Fin", offsetof(tc_feats, verbform), TC_VF_FIN},
        {"VerbForm=Inf", offsetof(tc_feats, verbform), TC_VF_INF},
        {"VerbForm=Part", offsetof(tc_feats, verbform), TC_VF_PART},
        {"VerbForm=Ger", offsetof(tc_feats, verbform), TC_VF_GER},
        {"Mood=Ind", offsetof(tc_feats, mood), TC_MOOD_IND},
        {"Mood=Imp", offsetof(tc_feats, mood), TC_MOOD_IMP},
        {"Mood=Sub", offsetof(tc_feats, mood), TC_MOOD_SUB},
        {"Voice=Pass", offsetof(tc_feats, pass), 1},
        {"Number=Sing", offsetof(tc_feats, plural), 1},
        {"Number=Plur", offsetof(tc_feats, plural), 2},
        {"Person=1", offsetof(tc_feats, person), 1},
        {"Person=2", offsetof(tc_feats, person), 2},
        {"Person=3", offsetof(tc_feats, person), 3},
        {"PronType=Prs", offsetof(tc_feats, prontype), TC_PRON_PRS},
        {"PronType=Art", offsetof(tc_feats, prontype), TC_PRON_ART},
        {"PronType=Dem", offsetof(tc_feats, prontype), TC_PRON_DEM},
        {"PronType=Int", offsetof(tc_feats, prontype), TC_PRON_INT},
        {"PronType=Rel", offsetof(tc_feats, prontype), TC_PRON_REL},
        {"PronType=Ind", offsetof(tc_feats, prontype), TC_PRON_IND},
        {"PronType=Tot", offsetof(tc_feats, prontype), TC_PRON_TOT},
        {"PronType=Neg", offsetof(tc_feats, prontype), TC_PRON_NEG},
        {"PronType=Emp", offsetof(tc_feats, prontype), TC_PRON_EMP},
        {"Polarity=Neg", offsetof(tc_feats, neg), 1},
    };
    memset(f, 0, sizeof *f);
    for (const char *p = s; *p;) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        for (size_t i = 0; i < sizeof map / sizeof *map; i++)
            if (strlen(map[i].kv) == n && strncmp(map[i].kv, p, n) == 0)
                ((uint8_t *)f)[map[i].field] = map[i].val;
        p += n + (bar != NULL);
    }
}

static int read_strings(cursor *c, tc_parser *p)
{
    uint32_t h[2];
    if (take_u32s(c, h, 2)) return TC_EPARSE;
    const char *s = take(c, h[0]);
    if (!s || h[0] == 0 || s[h[0] - 1] != '\0')
        return tc_err_set(c->err, TC_EPARSE, "model: bad string table");
    p->strings = s;
    p->nstrings = h[0];
    if (h[1] >= h[0]) return tc_err_set(c->err, TC_EPARSE, "model: bad string offset");
    p->about = s + h[1];
    return TC_OK;
}

static int check_offsets(const tc_parser *p, const uint32_t *off, uint32_t n, tc_err *err)
{
    for (uint32_t i = 0; i < n; i++)
        if (off[i] >= p->nstrings)
            return tc_err_set(err, TC_EPARSE, "model: string offset out of range");
    return TC_OK;
}

static int read_tags(cursor *c, tc_parser *p)
{
    uint32_t h[4];
    if (take_u32s(c, h, 4)) return TC_EPARSE;
    p->nclass = h[0], p->nxpos = h[1], p->nfeats = h[2];
    /* the beam: its width in the low byte (0: greedy, as in models before the beam), the
       margin above it (0: none) */
    p->beam = h[3] & 0x7f ? h[3] & 0x7f : 1;
    p->beam_margin = h[3] >> 8 ? (int64_t)(h[3] >> 8) : INT64_MAX;
    /* bit 7: selective branching instead of the beam (an experiment, README "Parse", eighth
       session): width - 1 branches where the runner-up came within the margin, told apart
       from a beam's margin by its sign */
    if (h[3] & 0x80) p->beam_margin = -(int64_t)(h[3] >> 8) - 1;
    if (p->beam > TC_PARSE_MAX_BEAM)
        return tc_err_set(c->err, TC_EPARSE, "model: beam of %u (at most %d)", p->beam,
                          TC_PARSE_MAX_BEAM);
    if (!p->nclass || p->nclass > TC_TAG_MAXCLASS || !p->nxpos || p->nxpos > 250 || !p->nfeats ||
        p->nfeats > 65535)
        return tc_err_set(c->err, TC_EPARSE, "model: bad tag counts");
    p->cls_upos = take(c, p->nclass);
    p->cls_xpos = take(c, p->nclass);
    p->xpos_name = take(c, p->nxpos * 4);
    p->feats_name = take(c, p->nfeats * 4);
    p->feats_pass = take(c, p->nfeats * 2);
    p->feats_xpos = take(c, p->nxpos * 2);
    if (!p->cls_upos || !p->cls_xpos || !p->xpos_name || !p->feats_name || !p->feats_pass ||
        !p->feats_xpos)
        return tc_err_set(c->err, TC_EPARSE, "model: truncated tag tables");
    for (uint32_t i = 0; i < p->nclass; i++)
        if (p->cls_upos[i] >= TC_UPOS_COUNT || p->cls_xpos[i] >= p->nxpos)
            return tc_err_set(c->err, TC_EPARSE, "model: bad tag class");
    for (uint32_t i = 0; i < p->nfeats; i++)
        if (p->feats_pass[i] >= p->nfeats)
            return tc_err_set(c->err, TC_EPARSE, "model: bad feature set");
    for (uint32_t i = 0; i < p->nxpos; i++)
        if (p->feats_xpos[i] >= p->nfeats)
            return tc_err_set(c->err, TC_EPARSE, "model: bad feature set");
    if (check_offsets(p, p->xpos_name, p->nxpos, c->err) ||
        check_offsets(p, p->feats_name, p->nfeats, c->err))
        return TC_EPARSE;
    tc_tag_prepare(p);
    p->feats = tc_xcalloc(p->nfeats, sizeof *p->feats);
    for (uint32_t i = 0; i < p->nfeats; i++)
        decode_feats(p->strings + p->feats_name[i], &p->feats[i]);
    p->feats_active = tc_xcalloc(p->nfeats, sizeof *p->feats_active);
    for (uint32_t i = 0; i < p->nfeats; i++) p->feats_active[i] = (uint16_t)i;
    for (uint32_t i = 0; i < p->nfeats; i++)
        if (p->feats_pass[i] != i) p->feats_active[p->feats_pass[i]] = (uint16_t)i;
    return TC_OK;
}

static int read_model(tc_parser *p, tc_err *err)
{
    static _Atomic uint64_t serials;
    p->serial = atomic_fetch_add(&serials, 1) + 1;
    cursor c = {p->data, p->len, 0, err};
    const char *magic = take(&c, 8);
    uint32_t order[2];
    if (!magic || memcmp(magic, "TCPARSE1", 8) != 0)
        return tc_err_set(err, TC_EPARSE, "model: not a tocsin parse model (or another version)");
    if (take_u32s(&c, order, 2) || order[0] != 0x01020304u)
        return tc_err_set(err, TC_EPARSE, "model: other byte order");
    if (order[1] != TC_PARSE_FEATURES)
        return tc_err_set(err, TC_EPARSE,
                          "model: trained with features of version %u, this build uses %u "
                          "(make model)",
                          order[1], TC_PARSE_FEATURES);
    if (read_strings(&c, p) || read_tags(&c, p)) return TC_EPARSE;
    tc_fmap *maps[] = {&p->amb,     &p->lem_exact, &p->lem_lower, &p->lem_rule,
                       &p->lem_exc, &p->feats_of,  &p->wn};
    if (tc_pmodel_read(c.data, c.len, &c.off, &p->tagw, err)) return TC_EPARSE;
    for (size_t i = 0; i < sizeof maps / sizeof *maps; i++)
        if (tc_fmap_read(c.data, c.len, &c.off, maps[i], err)) return TC_EPARSE;
    if (tc_pmodel_read(c.data, c.len, &c.off, &p->trans, err) ||
        tc_pmodel_read(c.data, c.len, &c.off, &p->label, err))
        return TC_EPARSE;
    if (p->tagw.nclass != p->nclass || p->trans.nclass != TC_TR_COUNT ||
        p->label.nclass != TC_REL_COUNT)
        return tc_err_set(err, TC_EPARSE, "model: class counts disagree");
    return TC_OK;
}

tc_parser *tc_parser_from_buffer(unsigned char *data, size_t len, tc_err *err)
{
    tc_parser *p = tc_xcalloc(1, sizeof *p);
    p->data = data;
    p->len = len;
    if (read_model(p, err) != TC_OK) {
        tc_parser_free(p);
        return NULL;
    }
    return p;
}

void tc_parser_set_beam(tc_parser *p, unsigned width, long margin)
{
    p->beam = width < 1 ? 1 : width > TC_PARSE_MAX_BEAM ? TC_PARSE_MAX_BEAM : width;
    p->beam_margin = margin > 0 ? margin : INT64_MAX;
}

unsigned tc_parser_beam(const tc_parser *p, long *margin)
{
    if (margin) *margin = p->beam_margin == INT64_MAX ? 0 : (long)p->beam_margin;
    return p->beam;
}

tc_parser *tc_parser_load(const char *path, tc_err *err)
{
    size_t len;
    void *map = tc_file_map(path, &len, err);
    if (!map) return NULL;
    tc_parser *p = tc_xcalloc(1, sizeof *p);
    p->data = map;
    p->len = len;
    p->mapped = 1;
    if (read_model(p, err) != TC_OK) {
        char msg[sizeof err->msg];
        snprintf(msg, sizeof msg, "%s", err ? err->msg : "");
        tc_err_set(err, TC_EPARSE, "%s: %s", path, msg);
        tc_parser_free(p);
        return NULL;
    }
    return p;
}

void tc_parser_free(tc_parser *p)
{
    if (!p) return;
    free(p->feats);
    free(p->feats_active);
    if (p->mapped)
        tc_file_unmap(p->data, p->len);
    else
        free(p->data);
    free(p);
}

/* ---- parsing ---- */

/* The best relation of the arc whose label features are f[0..nf). */
static int label_of(const tc_parser *p, const uint64_t *f, int nf)
{
    int32_t score[TC_PMODEL_SCORES] = {0};
    tc_pmodel_score(&p->label, f, nf, score);
    int best = TC_REL_DEP;
    for (int r = 0; r < TC_REL_COUNT; r++)
        if (r != TC_REL_ROOT && score[r] > score[best]) best = r;
    return best;
}

/* Each thread keeps the summed label weights of the features that read the arc's tags,
 * direction alone (tc_label_features_split), by their atoms (compared whole: a hit
 * gives the very sums a new scoring would); they are few (over the VOA sentences 19 arcs of
 * 20 find theirs). A slot names its model by serial (tc_parser.serial). */
enum { LABEL_SLOTS = 2048, LABEL_CLASSES = 64 };
typedef struct {
    uint64_t serial; /* 0: empty */
    uint64_t key;
    int32_t score[LABEL_CLASSES];
} label_sums;
static _Thread_local label_sums label_cache[LABEL_SLOTS];

static void add_label_sums(int32_t *restrict to, const int32_t *restrict from)
{
    for (int r = 0; r < LABEL_CLASSES; r++) to[r] += from[r];
}

static int best_label(const tc_parser *p, const tc_config *c, int32_t h, int32_t d)
{
    if (h == c->root) return TC_REL_ROOT;
    uint64_t f[TC_LABEL_NFEAT];
    if ((int)TC_REL_COUNT > (int)LABEL_CLASSES || !p->serial)
        return label_of(p, f, tc_label_features(c, h, d, f));
    uint64_t key = tc_label_tags_key(c, h, d);
    label_sums *e = &label_cache[(key * 0x9e3779b97f4a7c15ull >> 32) & (LABEL_SLOTS - 1)];
    int32_t score[TC_PMODEL_SCORES] = {0};
    if (e->serial != p->serial || e->key != key) {
        tc_pmodel_score(&p->label, f, tc_label_features_split(c, h, d, 1, f), score);
        int32_t tags[TC_PMODEL_SCORES] = {0}; /* the tags' features alone, for the table */
        tc_pmodel_score(&p->label, f, TC_LABEL_NTAGS, tags);
        e->serial = p->serial, e->key = key;
        memcpy(e->score, tags, sizeof e->score);
    } else {
        add_label_sums(score, e->score);
        tc_pmodel_score(&p->label, f, tc_label_features_split(c, h, d, 0, f), score);
    }
    int best = TC_REL_DEP;
    score[TC_REL_ROOT] = INT32_MIN; /* (root is never chosen: below every other score) */
    for (int r = 0; r < TC_REL_COUNT; r++)
        if (score[r] > score[best]) best = r;
    return best;
}

/* The label features of the arc transition t makes from c, their weights asked for ahead; 0
 * when t makes no arc or one from the root (whose relation is root). */
static int arc_features(const tc_parser *p, const tc_config *c, int t, uint64_t *f)
{
    if (t != TC_TR_LEFT && t != TC_TR_RIGHT) return 0;
    int32_t h, d;
    tc_trans_arc(c, t, &h, &d);
    if (h == c->root) return 0;
    int nf = tc_label_features(c, h, d, f);
    tc_pmodel_prefetch(&p->label, f, nf);
    return nf;
}

static int finish_label(void *ctx, const tc_config *c, int32_t h, int32_t d)
{
    return best_label(ctx, c, h, d);
}

/* ---- the beam's transition scores ---- */

/* The scores of the transition features that stay while their positions do
 * (tc_trans_features_split): those of the buffer's front by its position, those of the stack's
 * top word by its position (+ 1: -1 is the empty stack), and those of the two together in a
 * small table keyed by both. The beam's items mostly stand on the same words, so those groups'
 * weights are added up once a search, not at every step and item: 11% fewer instructions for
 * the beam (callgrind). Not for the greedy parser: a word is the buffer's front for about two
 * steps, and the second time its weights are in the cache anyway (the same misses, more
 * instructions). */
#define PAIR_CACHE 64
typedef struct {
    int32_t (*b)[4], (*s0)[4];
    uint8_t *b_ok, *s0_ok;
    uint32_t *pair_key; /* (S0 + 1) << 16 | b; 0 empty */
    int32_t (*pair)[4];
} tparts;

static void tparts_init(tparts *T, uint32_t n, tc_arena *a)
{
    size_t m = (size_t)n + 2;
    T->b = tc_arena_alloc(a, m * sizeof *T->b);
    T->s0 = tc_arena_alloc(a, m * sizeof *T->s0);
    T->b_ok = tc_arena_calloc(a, m, 1);
    T->s0_ok = tc_arena_calloc(a, m, 1);
    T->pair_key = tc_arena_calloc(a, PAIR_CACHE, sizeof *T->pair_key);
    T->pair = tc_arena_alloc(a, PAIR_CACHE * sizeof *T->pair);
}

/* A configuration's transition features still to be read: the groups no table holds, and
 * the rest. */
typedef struct {
    uint64_t f[TC_TRANS_NFEAT];
    uint32_t slot[TC_TRANS_NFEAT]; /* their slots in the model's table */
    int nf[4];
    unsigned want;
    uint32_t b, s0, pair; /* s0: S0 + 1; pair: its key */
    int32_t pair_s[4];    /* the pair's scores, when the table held them (a later pair may
                             take their slot before they are added) */
} tfeat;

static uint32_t pair_slot(uint32_t key)
{
    return (key * 0x9e3779b1u) >> 26; /* PAIR_CACHE 64 */
}

/* The features of c that tparts does not hold, their weights asked for (not waited for). */
static void tfeat_get(const tc_parser *p, const tparts *T, const tc_config *c, tfeat *x)
{
    x->b = c->b;
    x->s0 = c->sp ? (uint32_t)c->stack[c->sp - 1] + 1 : 0;
    x->pair = x->s0 << 16 | x->b;
    x->want = (T->b_ok[x->b] ? 0 : TC_TRG_B) | (T->s0_ok[x->s0] ? 0 : TC_TRG_S0);
    uint32_t ps = pair_slot(x->pair);
    if (T->pair_key[ps] == x->pair)
        memcpy(x->pair_s, T->pair[ps], sizeof x->pair_s);
    else
        x->want |= TC_TRG_PAIR;
    tc_pmodel_ask(&p->trans, x->f, tc_trans_features_split(c, x->want, x->f, x->nf), x->slot);
}

static void add4(int32_t *to, const int32_t *from)
{
    to[0] += from[0], to[1] += from[1], to[2] += from[2], to[3] += from[3];
}

/* One group's n features at *f (slots at *slot) scored into to[0..4) unless *ok says another
 * item has scored them; *f and *slot move past them. */
static void group_score(const tc_parser *p, const uint64_t **f, const uint32_t **slot, int n,
                        int32_t *to, uint8_t *ok)
{
    if (!*ok) {
        memset(to, 0, 4 * sizeof *to);
        tc_pmodel_score4(&p->trans, *f, *slot, n, to);
        *ok = 1;
    }
    *f += n, *slot += n;
}

/* The scores of x's configuration into score[0..4) (zeroed by the caller), keeping the
 * groups' in T. A group another item has scored since tfeat_get is read from T. */
static void tfeat_score(const tc_parser *p, tparts *T, const tfeat *x, int32_t *score)
{
    const uint64_t *f = x->f;
    const uint32_t *slot = x->slot;
    if (x->want & TC_TRG_B) group_score(p, &f, &slot, x->nf[0], T->b[x->b], &T->b_ok[x->b]);
    if (x->want & TC_TRG_S0) group_score(p, &f, &slot, x->nf[1], T->s0[x->s0], &T->s0_ok[x->s0]);
    add4(score, T->b[x->b]);
    add4(score, T->s0[x->s0]);
    uint32_t ps = pair_slot(x->pair);
    if (!(x->want & TC_TRG_PAIR)) {
        add4(score, x->pair_s);
    } else if (T->pair_key[ps] == x->pair) {
        add4(score, T->pair[ps]);
        f += x->nf[2], slot += x->nf[2];
    } else {
        int32_t s[4] = {0};
        tc_pmodel_score4(&p->trans, f, slot, x->nf[2], s);
        add4(score, s);
        f += x->nf[2], slot += x->nf[2];
        T->pair_key[ps] = x->pair;
        memcpy(T->pair[ps], s, sizeof s);
    }
    tc_pmodel_score4(&p->trans, f, slot, x->nf[3], score);
}

/* ---- beam search ---- */

typedef struct {
    tc_config c;
    int64_t score;
} bitem;

typedef struct {
    int64_t score;
    int item, t;
} bcand;

/* Candidates best first; ties by item, then transition, so that the order depends on nothing
 * but the scores. */
static int cand_before(const bcand *x, const bcand *y)
{
    if (x->score != y->score) return x->score > y->score;
    if (x->item != y->item) return x->item < y->item;
    return x->t < y->t;
}

/* What one beam search works in: its items and candidates, the features of a step, and the
 * labels of the arcs its items have scored. Items are initialised when first used (most steps
 * keep one or two of the k). The weights of a step's features are read straight from the model,
 * every item's asked for before any is added up, so that their misses overlap (a cache of the
 * weights every item had looked up, shared by the items, cost more to fill than it saved: paired
 * runs 3,323-3,832 against 4,237-4,286 sentences/s). The items of a beam make many of the same
 * arcs in the same context; an arc's relation depends on its label features alone, so the
 * relation of features already scored is taken from the label cache (42% of the arcs on the VOA
 * sentences). */
#define LABEL_CACHE 256
typedef struct {
    int k;
    bitem *cur, *next;
    bcand *cand;
    tfeat *f;     /* item i's transition features */
    int *scored;  /* whether item i has a choice (a forced move is not scored) */
    tparts parts; /* the scores of the features items share */
    uint64_t *lf; /* the label features of each kept candidate */
    int *nlf;
    uint64_t (*lkey)[2]; /* label cache: two hashes of an arc's features (0: empty) */
    uint8_t *lrel;       /* and its relation */
    /* what a new item is made for */
    uint32_t n;
    const tc_tagword *tw;
    const uint8_t *xpos, *leaf;
    tc_arena *a;
} beam;

static void beam_init(beam *B, int k, uint32_t n, const tc_tagword *tw, const uint8_t *xpos,
                      const uint8_t *leaf, tc_arena *a)
{
    B->k = k;
    B->cur = tc_arena_alloc(a, (size_t)k * sizeof *B->cur);
    B->next = tc_arena_alloc(a, (size_t)k * sizeof *B->next);
    B->cand = tc_arena_alloc(a, (size_t)k * TC_TR_COUNT * sizeof *B->cand);
    B->f = tc_arena_alloc(a, (size_t)k * sizeof *B->f);
    B->scored = tc_arena_alloc(a, (size_t)k * sizeof *B->scored);
    tparts_init(&B->parts, n, a);
    B->lf = tc_arena_alloc(a, (size_t)k * TC_LABEL_NFEAT * sizeof *B->lf);
    B->nlf = tc_arena_alloc(a, (size_t)k * sizeof *B->nlf);
    B->lkey = tc_arena_calloc(a, LABEL_CACHE, sizeof *B->lkey);
    B->lrel = tc_arena_alloc(a, LABEL_CACHE);
    B->n = n, B->tw = tw, B->xpos = xpos, B->leaf = leaf, B->a = a;
    for (int i = 0; i < k; i++) B->cur[i].c.mem = B->next[i].c.mem = NULL;
    tc_config_init(&B->cur[0].c, n, tw, xpos, a);
    B->cur[0].c.leaf = leaf;
    B->cur[0].score = 0;
}

/* The relation of the arc of label features f[0..nf): from the cache when an item has scored
 * the same features (keyed by two independent hashes of them), else scored and kept. */
static int cached_label(const tc_parser *p, beam *B, const uint64_t *f, int nf)
{
    uint64_t k0 = 0x243f6a8885a308d3ull, k1 = 0x13198a2e03707344ull;
    for (int i = 0; i < nf; i++) {
        k0 = (k0 ^ f[i]) * 0x100000001b3ull;
        k1 = tc_fmix(k1, f[i]);
    }
    k0 |= 1;
    uint32_t s = (uint32_t)(k1 >> 40) & (LABEL_CACHE - 1);
    for (int probes = 0; probes < 8; probes++, s = (s + 1) & (LABEL_CACHE - 1)) {
        if (B->lkey[s][0] == k0 && B->lkey[s][1] == k1) return B->lrel[s];
        if (!B->lkey[s][0]) {
            int r = label_of(p, f, nf);
            B->lkey[s][0] = k0, B->lkey[s][1] = k1;
            B->lrel[s] = (uint8_t)r;
            return r;
        }
    }
    return label_of(p, f, nf); /* a crowded stretch: not kept */
}

/* The features of every item with a choice, their weights asked for together. */
static void beam_features(const tc_parser *p, beam *B, int ncur)
{
    for (int i = 0; i < ncur; i++) {
        int nlegal = 0;
        for (int t = 0; t < TC_TR_COUNT; t++) nlegal += tc_trans_legal(&B->cur[i].c, t);
        B->scored[i] = nlegal > 1;
        if (nlegal > 1) tfeat_get(p, &B->parts, &B->cur[i].c, &B->f[i]);
    }
}

/* Adds item i's next moves to the candidates, best first: every legal transition, scored
 * when there is a choice (a forced move adds nothing to the item's score). */
static void expand(const tc_parser *p, beam *B, int i, int *nc)
{
    const bitem *it = &B->cur[i];
    int32_t score[4] = {0};
    if (B->scored[i]) tfeat_score(p, &B->parts, &B->f[i], score);
    for (int t = 0; t < TC_TR_COUNT; t++) {
        if (!tc_trans_legal(&it->c, t)) continue;
        bcand x = {it->score + score[t], i, t};
        int j = (*nc)++;
        for (; j > 0 && cand_before(&x, &B->cand[j - 1]); j--) B->cand[j] = B->cand[j - 1];
        B->cand[j] = x;
    }
}

/* The next items from the kept candidates cand[0..nnext): each item's labels are scored
 * together (their misses overlap), and an item whose last child this is moves instead of
 * being copied. */
static void beam_advance(const tc_parser *p, beam *B, int nnext)
{
    int left[TC_PARSE_MAX_BEAM] = {0};
    for (int j = 0; j < nnext; j++) {
        left[B->cand[j].item]++;
        B->nlf[j] = arc_features(p, &B->cur[B->cand[j].item].c, B->cand[j].t,
                                 B->lf + (size_t)j * TC_LABEL_NFEAT);
    }
    for (int j = 0; j < nnext; j++) {
        tc_config *from = &B->cur[B->cand[j].item].c;
        int t = B->cand[j].t, r = 0;
        if (t == TC_TR_LEFT || t == TC_TR_RIGHT)
            r = B->nlf[j] ? cached_label(p, B, B->lf + (size_t)j * TC_LABEL_NFEAT, B->nlf[j])
                          : TC_REL_ROOT;
        if (--left[B->cand[j].item] == 0) {
            tc_config swap = B->next[j].c;
            B->next[j].c = *from;
            *from = swap;
        } else {
            if (!B->next[j].c.mem) tc_config_init(&B->next[j].c, B->n, B->tw, B->xpos, B->a);
            tc_config_copy(&B->next[j].c, from);
        }
        tc_trans_apply(&B->next[j].c, t, r);
        B->next[j].score = B->cand[j].score;
    }
    bitem *swap = B->cur;
    B->cur = B->next, B->next = swap;
}

/* Beam search of width p->beam, keeping only the candidates within p->beam_margin of the best
 * (most steps then keep one: near-greedy cost where the model is sure). Every word is shifted
 * once and popped once, so every item ends at the same step; the best one's tree is the
 * answer. */
static void beam_piece(const tc_parser *p, const tc_tagword *tw, const uint8_t *xpos,
                       const uint8_t *leaf, uint32_t n, tc_arena *a, tc_config *out)
{
    beam B;
    int ncur = 1;
    beam_init(&B, (int)p->beam, n, tw, xpos, leaf, a);
    while (!tc_config_done(&B.cur[0].c)) {
        int nc = 0;
        beam_features(p, &B, ncur);
        for (int i = 0; i < ncur; i++) expand(p, &B, i, &nc);
        int nnext = nc < B.k ? nc : B.k;
        while (nnext > 1 && B.cand[0].score - B.cand[nnext - 1].score > p->beam_margin) nnext--;
        beam_advance(p, &B, nnext);
        ncur = nnext;
    }
    *out = B.cur[0].c;
}

/* The greedy parser: the best transition at each step. */
static void greedy_piece(const tc_parser *p, const tc_tagword *tw, const uint8_t *xpos,
                         const uint8_t *leaf, uint32_t n, tc_arena *a, tc_config *c)
{
    uint64_t f[TC_TRANS_NFEAT];
    tc_config_init(c, n, tw, xpos, a);
    c->leaf = leaf;
    /* the scores of the features of the buffer's front alone and of the stack's top alone, by
       position (front: N0, 1..n + 1; top: S0 + 1, 0..n + 2): a word is at the front or on top
       several times, and integer sums taken in any order are the same */
    size_t m = (size_t)n + 3;
    int32_t(*front)[4] = tc_arena_alloc(a, m * sizeof *front);
    int32_t(*top)[4] = tc_arena_alloc(a, m * sizeof *top);
    uint8_t *known = tc_arena_calloc(a, m, 1); /* 1: front[i] scored, 2: top[i] */
    while (!tc_config_done(c)) {
        int legal[TC_TR_COUNT], nlegal = 0, best = -1;
        for (int t = 0; t < TC_TR_COUNT; t++) {
            legal[t] = tc_trans_legal(c, t);
            nlegal += legal[t];
            if (legal[t]) best = t;
        }
        if (nlegal > 1) { /* a forced move (an empty stack, the root reached) needs no scores */
            int32_t score[4] = {0}, nfg[4];
            uint32_t slot[TC_TRANS_NFEAT];
            size_t fi = c->b, ti = (size_t)(c->sp ? c->stack[c->sp - 1] : -1) + 1;
            unsigned groups =
                TC_TRG_PAIR | (known[fi] & 1 ? 0 : TC_TRG_B) | (known[ti] & 2 ? 0 : TC_TRG_S0);
            int nf = tc_trans_features_split(c, groups, f, nfg), k = 0;
            tc_pmodel_ask(&p->trans, f, nf, slot);
            if (groups & TC_TRG_B) {
                memset(front[fi], 0, sizeof front[fi]);
                tc_pmodel_score4(&p->trans, f, slot, nfg[0], front[fi]);
                known[fi] |= 1;
                k += nfg[0];
            }
            if (groups & TC_TRG_S0) {
                memset(top[ti], 0, sizeof top[ti]);
                tc_pmodel_score4(&p->trans, f + k, slot + k, nfg[1], top[ti]);
                known[ti] |= 2;
                k += nfg[1];
            }
            tc_pmodel_score4(&p->trans, f + k, slot + k, nf - k, score);
            add4(score, front[fi]);
            add4(score, top[ti]);
            best = -1;
            for (int t = 0; t < TC_TR_COUNT; t++)
                if (legal[t] && (best < 0 || score[t] > score[best])) best = t;
        }
        int r = 0;
        if (best == TC_TR_LEFT || best == TC_TR_RIGHT) {
            int32_t h, d;
            tc_trans_arc(c, best, &h, &d);
            r = best_label(p, c, h, d);
        }
        tc_trans_apply(c, best, r);
    }
}

/* ---- selective branching (Choi and McCallum 2013) ---- */

/* A step of the one-best sequence whose runner-up move came within the threshold: the score
 * of the sequence up to and with the runner-up, and how far behind the best it was. */
typedef struct {
    int32_t step;
    uint8_t alt;
    int64_t gap, score;
} sbpoint;

/* Greedy from c, the step-th move on, the sequence's score so far base; moves into seq and
 * rel, and (pts not NULL) the k steps of smallest gap within thr into pts[0..*npts), smallest
 * first. Returns the sequence's score. */
static int64_t sb_greedy(const tc_parser *p, tc_config *c, int step, int64_t base, uint8_t *seq,
                         uint8_t *rel, sbpoint *pts, int *npts, int k, int64_t thr)
{
    uint64_t f[TC_TRANS_NFEAT];
    for (; !tc_config_done(c); step++) {
        int legal[TC_TR_COUNT], nlegal = 0, best = -1, second = -1;
        for (int t = 0; t < TC_TR_COUNT; t++) {
            legal[t] = tc_trans_legal(c, t);
            nlegal += legal[t];
            if (legal[t]) best = t;
        }
        if (nlegal > 1) {
            int32_t score[TC_PMODEL_SCORES] = {0};
            tc_pmodel_score(&p->trans, f, tc_trans_features(c, f), score);
            best = -1;
            for (int t = 0; t < TC_TR_COUNT; t++) {
                if (!legal[t]) continue;
                if (best < 0 || score[t] > score[best])
                    second = best, best = t;
                else if (second < 0 || score[t] > score[second])
                    second = t;
            }
            int64_t gap = (int64_t)score[best] - score[second];
            if (pts && gap <= thr && (*npts < k || gap < pts[*npts - 1].gap)) {
                int j = *npts < k ? (*npts)++ : k - 1;
                for (; j > 0 && pts[j - 1].gap > gap; j--) pts[j] = pts[j - 1];
                pts[j] = (sbpoint){step, (uint8_t)second, gap, base + score[second]};
            }
            base += score[best];
        }
        int r = 0;
        if (best == TC_TR_LEFT || best == TC_TR_RIGHT) {
            int32_t h, d;
            tc_trans_arc(c, best, &h, &d);
            r = best_label(p, c, h, d);
        }
        if (seq) seq[step] = (uint8_t)best, rel[step] = (uint8_t)r;
        tc_trans_apply(c, best, r);
    }
    return base;
}

/* Selective branching: the greedy sequence, then from each of its width - 1 least sure steps
 * (runner-up within -margin - 1) the runner-up move and greedy on; the best-scoring sequence's
 * tree. */
static void branch_piece(const tc_parser *p, const tc_tagword *tw, const uint8_t *xpos,
                         const uint8_t *leaf, uint32_t n, tc_arena *a, tc_config *out)
{
    sbpoint pts[TC_PARSE_MAX_BEAM];
    int npts = 0, k = (int)p->beam - 1;
    uint8_t *seq = tc_arena_alloc(a, 2 * (size_t)n + 2),
            *rel = tc_arena_alloc(a, 2 * (size_t)n + 2);
    tc_config_init(out, n, tw, xpos, a);
    out->leaf = leaf;
    int64_t best = sb_greedy(p, out, 0, 0, seq, rel, pts, &npts, k, -p->beam_margin - 1);
    if (!npts) return;
    tc_config start, cur;
    tc_config_init(&start, n, tw, xpos, a);
    start.leaf = leaf;
    tc_config_init(&cur, n, tw, xpos, a);
    for (int i = 0; i < npts; i++) {
        tc_config_copy(&cur, &start);
        for (int32_t s = 0; s < pts[i].step; s++) tc_trans_apply(&cur, seq[s], rel[s]);
        int t = pts[i].alt, r = 0;
        if (t == TC_TR_LEFT || t == TC_TR_RIGHT) {
            int32_t h, d;
            tc_trans_arc(&cur, t, &h, &d);
            r = best_label(p, &cur, h, d);
        }
        tc_trans_apply(&cur, t, r);
        int64_t score =
            sb_greedy(p, &cur, pts[i].step + 1, pts[i].score, NULL, NULL, NULL, NULL, 0, 0);
        if (score > best) best = score, tc_config_copy(out, &cur);
    }
}

/* Parses words [0..n) (tags given; leaf[i]: word i is punctuation, which heads nothing in UD);
 * heads into head[] (1-based within the piece, 0 root). */
static void parse_piece(const tc_parser *p, const tc_tagword *tw, const uint8_t *xpos,
                        const uint8_t *leaf, uint32_t n, tc_arena *a, int32_t *head, uint8_t *rel)
{
    tc_config c;
    if (p->beam > 1 && p->beam_margin < 0)
        branch_piece(p, tw, xpos, leaf, n, a, &c);
    else if (p->beam > 1)
        beam_piece(p, tw, xpos, leaf, n, a, &c);
    else /* the same trees as a beam of one, faster (no items to copy) */
        greedy_piece(p, tw, xpos, leaf, n, a, &c);
    tc_config_finish(&c, finish_label, (void *)p);
    for (uint32_t i = 0; i < n; i++) {
        head[i] = c.head[i + 1] == c.root ? 0 : c.head[i + 1];
        rel[i] = c.rel[i + 1];
    }
}

static void parse_all(const tc_parser *p, const tc_tagword *tw, const uint8_t *xpos, uint32_t n,
                      tc_arena *a, tc_word *w)
{
    int32_t *head = tc_arena_alloc(a, (n ? n : 1) * sizeof *head);
    uint8_t *rel = tc_arena_alloc(a, n ? n : 1), *leaf = tc_arena_alloc(a, n ? n : 1);
    uint32_t root = 0;
    for (uint32_t i = 0; i < n; i++) leaf[i] = w[i].upos == TC_UPOS_PUNCT;
    for (uint32_t at = 0; at < n; at += TC_PARSE_MAX_WORDS) {
        uint32_t m = n - at < TC_PARSE_MAX_WORDS ? n - at : TC_PARSE_MAX_WORDS;
        parse_piece(p, tw + at, xpos + at, leaf + at, m, a, head + at, rel + at);
        for (uint32_t i = at; i < at + m; i++) {
            w[i].rel = rel[i];
            if (head[i] > 0) {
                w[i].head = (uint16_t)(head[i] + (int32_t)at);
            } else if (!root) {
                root = i + 1;
                w[i].head = 0;
            } else {
                w[i].head = (uint16_t)root;
                w[i].rel = TC_REL_PARATAXIS;
            }
        }
    }
}

/* Hangs word k on word h (indices from 0) with relation rel. */
static void hang(tc_word *w, uint32_t k, uint32_t h, int rel)
{
    w[k].head = (uint16_t)(h + 1);
    w[k].rel = (uint8_t)rel;
}

/* Do the words [from, to) all lie in the phrase word a heads (a within 8 heads up)? */
static int phrase_of(const tc_word *w, uint32_t from, uint32_t to, uint32_t a)
{
    for (uint32_t k = from; k < to; k++) {
        uint32_t h = k;
        for (int steps = 0; steps < 8 && h != a && w[h].head; steps++) h = w[h].head - 1u;
        if (h != a) return 0;
    }
    return 1;
}

/* A noun never takes an auxiliary without a copula: when the parser hangs a subject and an
 * auxiliary on a noun whose verb it read as a modifier ("its government has sent[amod] aid
 * money"), the verb heads the clause and the noun is its object. Trees stay projective: the
 * verb comes before the noun and takes the noun's place. */
static void repair_verbal_nouns(tc_word *w, uint32_t n)
{
    for (uint32_t x = 0; x < n; x++) {
        if (w[x].upos != TC_UPOS_NOUN && w[x].upos != TC_UPOS_PROPN) continue;
        int aux = 0, cop = 0;
        uint32_t v = n;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head != x + 1) continue;
            aux |= w[k].rel == TC_REL_AUX || w[k].rel == TC_REL_AUX_PASS;
            cop |= w[k].rel == TC_REL_COP;
            if (w[k].rel == TC_REL_AMOD && w[k].upos == TC_UPOS_VERB && k < x && v == n) v = k;
        }
        if (!aux || cop || v == n) continue;
        w[v].head = w[x].head;
        w[v].rel = w[x].rel;
        hang(w, x, v, TC_REL_OBJ);
        for (uint32_t k = 0; k < n; k++) {
            int r = w[k].rel;
            if (w[k].head == x + 1 && k < v &&
                (r == TC_REL_NSUBJ || r == TC_REL_NSUBJ_PASS || r == TC_REL_AUX ||
                 r == TC_REL_AUX_PASS || r == TC_REL_ADVMOD || r == TC_REL_MARK || r == TC_REL_CC ||
                 r == TC_REL_PUNCT || r == TC_REL_OBL || r == TC_REL_ADVCL))
                w[k].head = (uint16_t)(v + 1);
        }
    }
}

/* Makes v the root with the old root r its subject; r's dependents after v go to v. */
static void root_with_subject(tc_word *w, uint32_t n, uint32_t v, uint32_t r)
{
    w[v].head = 0;
    w[v].rel = TC_REL_ROOT;
    hang(w, r, v, TC_REL_NSUBJ);
    for (uint32_t k = v + 1; k < n; k++)
        if (w[k].head == r + 1) w[k].head = (uint16_t)(v + 1);
}

/* "Hundreds", "thousands", "dozens": a number that heads the phrase of what it counts. */
static int quantity(const tc_word *w, uint32_t r)
{
    static const char *const counts[] = {"hundred", "thousand", "dozen",    "million",   "score",
                                         "ten",     "tens",     "hundreds", "thousands", NULL};
    for (size_t j = 0; counts[j]; j++)
        if (!strcmp(w[r].lemma, counts[j])) return 1;
    return 0;
}

/* A finite verb the parser hung on a root that is no verb ("Interim[root] President Manuel
 * Merino resigned[conj] on Sunday"): when only names and nouns stand between them and the verb
 * has no subject of its own, the verb is the root and the old root its subject, which hands it
 * what follows the verb. A past tense or participle right after the root noun, read as the
 * adjective of the noun after it, is such a verb too ("The two countries held[amod] talks"). */
static void repair_verbless_root(const tc_parser *p, tc_word *w, uint32_t n)
{
    uint32_t r = 0;
    while (r < n && w[r].head) r++;
    if (r == n || w[r].upos == TC_UPOS_VERB || w[r].upos == TC_UPOS_AUX) return;
    uint32_t v = n;
    for (uint32_t k = 0; k < n; k++) {
        int rel = w[k].rel;
        uint32_t h = w[k].head ? w[k].head - 1u : n;
        /* on the root, or on the last member of a list the root heads ("Israeli forces[root]
           and Palestinian gunmen clashed[acl of gunmen]") */
        int on_root = h == r || (h < n && w[h].head == r + 1 && w[h].rel == TC_REL_CONJ) ||
                      (h < n && w[h].head == r + 1 && w[h].rel == TC_REL_NMOD && quantity(w, r));
        /* ... or a past tense right after the root, read as the adjective of the noun after
           it ("Azerbaijan forced[amod] Armenians[nmod of Azerbaijan] to flee") */
        int modifier =
            h < n && k == r + 1 && h > k && w[h].head == r + 1 && rel == TC_REL_AMOD &&
            (!strcmp(tc_parse_xpos_name(p, w[k].xpos), "VBD") ||
             !strcmp(tc_parse_xpos_name(p, w[k].xpos), "VBN")) &&
            (w[h].rel == TC_REL_NMOD || w[h].rel == TC_REL_OBJ || w[h].rel == TC_REL_COMPOUND ||
             w[h].rel == TC_REL_APPOS || w[h].rel == TC_REL_FLAT);
        if (modifier) {
            uint32_t o = h;
            root_with_subject(w, n, k, r);
            hang(w, o, k, TC_REL_OBJ);
            for (uint32_t j = k + 1; j < n; j++) /* "... to flee": what it forces them to */
                if (w[j].head == k + 1 && w[j].rel == TC_REL_ACL) w[j].rel = TC_REL_XCOMP;
            return;
        }
        if (!on_root) continue;
        if (h == r && (rel == TC_REL_COP || rel == TC_REL_AUX || rel == TC_REL_AUX_PASS)) return;
        const char *x = tc_parse_xpos_name(p, w[k].xpos);
        /* (on a list's last member, a participle too: "Sudan's army and the RSF fought[VBN
           acl of RSF] for El Fasher") */
        int listed = h != r && rel == TC_REL_ACL && !strcmp(x, "VBN");
        /* ... or on the first of a list that ends right before it ("Somali clan elders and
           government officials met[VBN acl of elders] at a hotel") */
        for (uint32_t j = r + 1; j < k && h == r && rel == TC_REL_ACL && !strcmp(x, "VBN"); j++)
            listed |= w[j].head == r + 1 && w[j].rel == TC_REL_CONJ && k == j + 1;
        if (v == n && k > r && w[k].upos == TC_UPOS_VERB &&
            (!strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "VBP") || listed) &&
            (rel == TC_REL_CONJ || rel == TC_REL_AMOD || rel == TC_REL_ACL || rel == TC_REL_DEP ||
             rel == TC_REL_APPOS || rel == TC_REL_NMOD_DESC || rel == TC_REL_FLAT ||
             rel == TC_REL_COMPOUND))
            v = k;
    }
    if (v == n) return;
    int list = w[v].head != r + 1;
    for (uint32_t j = r + 1; j < v && w[v].rel == TC_REL_ACL; j++) /* the root's own list */
        list |= w[j].head == r + 1 && w[j].rel == TC_REL_CONJ;
    if (list && w[v].rel != TC_REL_ACL) return;
    for (uint32_t k = r + 1; k < v; k++)
        if (w[k].upos == TC_UPOS_VERB || w[k].upos == TC_UPOS_AUX ||
            (w[k].upos == TC_UPOS_ADP && !(quantity(w, r) && !strcmp(w[k].lemma, "of"))) ||
            (!list && (w[k].upos == TC_UPOS_PUNCT || w[k].upos == TC_UPOS_CCONJ)))
            return;
    for (uint32_t k = 0; k < n; k++)
        if (w[k].head == v + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS))
            return;
    root_with_subject(w, n, v, r);
}

/* "Serbia's president[root], who is visiting[parataxis] Moscow, criticized[advcl of visiting]
 * Kosovo": a subject, a relative clause between commas, and after the second comma a verb of
 * the past with no subject of its own that the parser hung inside the relative clause: that
 * verb is the root, the noun its subject, the clause the noun's acl:relcl. */
static void repair_relative_then_verb(const tc_parser *p, tc_word *w, uint32_t n)
{
    uint32_t r = 0;
    while (r < n && w[r].head) r++;
    if (r == n || (w[r].upos != TC_UPOS_NOUN && w[r].upos != TC_UPOS_PROPN)) return;
    for (uint32_t c = r + 1; c < n; c++) {
        if (w[c].head != r + 1 || w[c].upos != TC_UPOS_VERB) continue;
        uint32_t who = n, close = n;
        for (uint32_t k = r + 1; k < c; k++)
            if (w[k].head == c + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS) &&
                (!strcmp(w[k].lemma, "who") || !strcmp(w[k].lemma, "which")))
                who = k;
        if (who == n || who == 0 || w[who - 1].upos != TC_UPOS_PUNCT) continue;
        for (uint32_t k = c + 1; k < n && close == n; k++)
            if (!strcmp(w[k].lemma, ",")) close = k;
        if (close == n || close + 1 >= n) continue;
        uint32_t v = close + 1;
        while (v < n && w[v].upos == TC_UPOS_ADV) v++;
        if (v >= n || w[v].upos != TC_UPOS_VERB || !phrase_of(w, v, v + 1, c)) continue;
        const char *x = tc_parse_xpos_name(p, w[v].xpos);
        if (strcmp(x, "VBD") && strcmp(x, "VBN") && strcmp(x, "VBZ")) continue;
        int subj = 0;
        for (uint32_t k = 0; k < n; k++)
            subj |=
                w[k].head == v + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS);
        if (subj) continue;
        w[v].head = 0;
        w[v].rel = TC_REL_ROOT;
        hang(w, r, v, TC_REL_NSUBJ);
        hang(w, c, r, TC_REL_ACL_RELCL);
        hang(w, close, v, TC_REL_PUNCT);
        for (uint32_t k = v + 1; k < n; k++) /* the sentence's end and the root's own words */
            if (w[k].head == r + 1) w[k].head = (uint16_t)(v + 1);
        return;
    }
}

/* "rejected any cooperation with the ICC, to which it is not a party[conj]": a clause after a
 * comma opened by "which" or "whom" (a preposition before it or none) that the parser joined
 * as a conjunct is a relative clause of the noun right before the comma (twelfth session). */
static void repair_relative_conj(tc_word *w, uint32_t n)
{
    for (uint32_t c = 2; c < n; c++) {
        if (w[c].rel != TC_REL_CONJ || !w[c].head) continue;
        uint32_t who = n;
        for (uint32_t k = 1; k < c && who == n; k++)
            if (w[k].head == c + 1 &&
                (!strcmp(w[k].lemma, "which") || !strcmp(w[k].lemma, "whom")) &&
                (w[k].rel == TC_REL_OBL || w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_OBJ ||
                 w[k].rel == TC_REL_NSUBJ_PASS || w[k].rel == TC_REL_NMOD))
                who = k;
        if (who == n) continue;
        uint32_t comma = who - 1;
        if (w[comma].upos == TC_UPOS_ADP && w[comma].head == who + 1 && comma > 0) comma--;
        if (strcmp(w[comma].lemma, ",") || comma == 0) continue;
        uint32_t a = comma - 1;
        if ((w[a].upos != TC_UPOS_NOUN && w[a].upos != TC_UPOS_PROPN) || w[c].head - 1u > a)
            continue;
        hang(w, c, a, TC_REL_ACL_RELCL);
        hang(w, comma, c, TC_REL_PUNCT);
    }
}

/* "called for calm after police[obl] arrested[conj] the mayor": a preposition that may open a
 * clause, a noun phrase and a finite verb with no subject of its own right after the phrase are
 * a clause (the tagger's repair tc_tag_clause_past makes the verb finite): the verb is an advcl
 * of what the noun hung on, the noun its subject, the preposition its mark. */
/* Is w[nn] a noun, oblique or nominal modifier, with a case word of openers of its own? */
static int opened_noun(const tc_word *w, uint32_t nn, const char *const *openers)
{
    if ((w[nn].upos != TC_UPOS_NOUN && w[nn].upos != TC_UPOS_PROPN) ||
        (w[nn].rel != TC_REL_OBL && w[nn].rel != TC_REL_NMOD))
        return 0;
    for (uint32_t k = 0; k < nn; k++)
        if (w[k].head == nn + 1 && w[k].rel == TC_REL_CASE)
            for (size_t j = 0; openers[j]; j++)
                if (!strcmp(w[k].lemma, openers[j])) return 1;
    return 0;
}

static void repair_clause_after(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const openers[] = {"after", "before", "since", "until", "till", NULL};
    for (uint32_t v = 1; v < n; v++) {
        const char *x = tc_parse_xpos_name(p, w[v].xpos);
        /* (a present too: "will not end the strike until the authority meets[VBZ] ...") */
        if (w[v].upos != TC_UPOS_VERB ||
            (strcmp(x, "VBD") && strcmp(x, "VBZ") && strcmp(x, "VBP")) || !w[v].head)
            continue;
        int subj = 0;
        for (uint32_t k = 0; k < n; k++)
            subj |=
                w[k].head == v + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS);
        if (subj) continue;
        /* the noun whose phrase ends right before the verb; up through a modifier of that
           noun ("after the council and the cabinet led by the prime minister[obl:agent of
           led] dissolved ...") to the first noun with an opener of its own */
        uint32_t nn = v - 1;
        for (int steps = 0; steps < 8 && w[nn].head && w[nn].head - 1u > nn && w[nn].head - 1u < v;
             steps++)
            nn = w[nn].head - 1u;
        for (int steps = 0;
             steps < 8 && !opened_noun(w, nn, openers) && w[nn].head && w[nn].head - 1u < v &&
             w[nn].rel != TC_REL_APPOS && w[nn].upos != TC_UPOS_PUNCT;
             steps++)
            nn = w[nn].head - 1u;
        if (!opened_noun(w, nn, openers)) nn = v - 1; /* as before: the checks below fail it */
        /* (no comma or semicolon inside: "after a rift, the agency said") */
        for (uint32_t k = nn + 1; k < v && nn != v - 1; k++)
            if (!strcmp(w[k].lemma, ",") || !strcmp(w[k].lemma, ";")) nn = v - 1;
        if ((w[nn].upos != TC_UPOS_NOUN && w[nn].upos != TC_UPOS_PROPN &&
             w[nn].upos != TC_UPOS_PRON) ||
            (w[nn].rel != TC_REL_OBL && w[nn].rel != TC_REL_NMOD) || !w[nn].head ||
            w[nn].head - 1u >= nn)
            continue;
        uint32_t c = n;
        for (uint32_t k = 0; k < nn; k++)
            if (w[k].head == nn + 1 && w[k].rel == TC_REL_CASE) c = k;
        if (c == n) continue;
        int opener = 0;
        for (size_t j = 0; openers[j] && !opener; j++) opener = !strcmp(w[c].lemma, openers[j]);
        if (!opener) continue;
        if (!phrase_of(w, c + 1, v, nn)) continue; /* the words up to the verb are the noun's */
        uint32_t gov = w[nn].head - 1u; /* the clause modifies a verb: "calm" is appealed's */
        for (int steps = 0; steps < 8 && w[gov].upos != TC_UPOS_VERB && w[gov].head; steps++)
            gov = w[gov].head - 1u;
        hang(w, v, gov, TC_REL_ADVCL);
        hang(w, nn, v, TC_REL_NSUBJ);
        hang(w, c, v, TC_REL_MARK);
        w[c].upos = TC_UPOS_SCONJ;
    }
}

/* "Three men were arrested on Monday, Nigerian police[appos of Monday] said": a verb of saying
 * with no subject, right after a comma and a noun phrase, has that phrase for its subject (the
 * attribution that closes news sentences). */
/* Verbs that close a news sentence with its speaker ("..., officials said"). */
static const char *const closing_saying[] = {"say",    "tell",  "report",  "announce",
                                             "add",    "state", "confirm", "claim",
                                             "allege", "warn",  "insist",  NULL};

/* Is w[v] a verb of saying (closing_saying)? */
static int speech_verb(const tc_word *w, uint32_t v)
{
    if (w[v].upos != TC_UPOS_VERB) return 0;
    for (size_t j = 0; closing_saying[j]; j++)
        if (!strcmp(w[v].lemma, closing_saying[j])) return 1;
    return 0;
}

static void repair_closing_speaker(tc_word *w, uint32_t n)
{
    for (uint32_t v = 2; v < n; v++) {
        if (!speech_verb(w, v)) continue;
        int subj = 0;
        for (uint32_t k = 0; k < n; k++) {
            int rs = w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS;
            if (w[k].head == v + 1 && rs && k > v && w[k].upos == TC_UPOS_VERB)
                w[k].rel = TC_REL_ADVCL; /* "said, blaming[nsubj] Israel": a participle */
            else
                subj |= w[k].head == v + 1 && rs;
        }
        if (subj) continue;
        /* the words between the last comma and the verb: one phrase, its head the one word
           whose head lies outside them; or two joined by "and" ("the group and Iran's
           Revolutionary Guards said"), the second then the first's conj */
        uint32_t c = v;
        while (c > 0 && w[c - 1].upos != TC_UPOS_PUNCT) c--;
        if (c < 2 || c == v || v - c > 10 || w[c - 1].len != 1) continue;
        uint32_t h = v, h2 = v, heads = 0, and = v;
        for (uint32_t k = c; k < v; k++)
            if (w[k].upos == TC_UPOS_CCONJ) and = and == v ? k : n;
        for (uint32_t k = c; k < v; k++) {
            uint32_t lo = and < v && k > and? and+1 : c, hi = and < v && k < and? and : v;
            if (k == and || (w[k].head && w[k].head - 1u >= lo && w[k].head - 1u < hi)) continue;
            if (heads++ == 0)
                h = k;
            else
                h2 = k;
        }
        /* ... or a noun and the phrase of place after it, hung elsewhere ("officials[conj]
           in the country[obl of the reported verb] said") */
        if (heads == 2 && and == v && h2 > h + 1 && w[h + 1].rel == TC_REL_CASE &&
            w[h + 1].head == h2 + 1 && w[h + 1].upos == TC_UPOS_ADP &&
            (w[h2].upos == TC_UPOS_NOUN || w[h2].upos == TC_UPOS_PROPN)) {
            hang(w, h2, h, TC_REL_NMOD);
            heads = 1;
        }
        if ((heads != 1 && !(heads == 2 && and < v && h<and&&h2> and)) ||
            (w[h].upos != TC_UPOS_NOUN && w[h].upos != TC_UPOS_PROPN) || w[h].head == v + 1)
            continue;
        if (heads == 2) {
            hang(w, h2, h, TC_REL_CONJ);
            hang(w, and, h2, TC_REL_CC);
        }
        if (w[h].rel != TC_REL_APPOS && w[h].rel != TC_REL_CONJ && w[h].rel != TC_REL_NMOD &&
            w[h].rel != TC_REL_OBL && w[h].rel != TC_REL_DEP && w[h].rel != TC_REL_LIST &&
            w[h].rel != TC_REL_OBJ) /* ("calls on X to ...," Ambassador[obj of calls] Y said) */
            continue;
        hang(w, h, v, TC_REL_NSUBJ);
        w[c - 1].head = (uint16_t)(v + 1); /* the comma */
    }
}

/* "X and Y agreed to a ceasefire and the release of hostages, U.S.[appos of hostages] and
 * Qatari officials announced[acl of hostages] late Wednesday": a verb of saying hung on a word
 * before a comma (a modifier of a noun, or a conjunct with no "and"), with only a noun phrase
 * between the comma and it and nothing it says after it, closes the sentence with
 * its speaker: it is the root, the clause before it what it says (ccomp), the phrase its
 * subject, headed by its last noun however the parse hung its first words (session of
 * 2026-12-07, the thirteenth). */
static void repair_speaker_phrase(tc_word *w, uint32_t n)
{
    for (uint32_t v = 2; v < n; v++) {
        if (!speech_verb(w, v) ||
            (w[v].rel != TC_REL_ACL && w[v].rel != TC_REL_ACL_RELCL && w[v].rel != TC_REL_CONJ) ||
            !w[v].head || w[v].head - 1u >= v)
            continue;
        int says = 0; /* ("..., and officials said that ...": a clause of its own, before any
                         comma after the verb) */
        for (uint32_t k = v + 1; k < n && w[k].upos != TC_UPOS_PUNCT; k++)
            says |= w[k].head == v + 1 && (w[k].rel == TC_REL_CCOMP || w[k].rel == TC_REL_OBJ ||
                                           w[k].rel == TC_REL_XCOMP || w[k].rel == TC_REL_IOBJ);
        if (says) continue;
        uint32_t c = v;
        while (c > 0 && w[c - 1].upos != TC_UPOS_PUNCT) c--;
        if (c < 2 || c == v || v - c > 8 || w[c - 1].len != 1 || w[v].head - 1u >= c) continue;
        uint32_t h = v;
        int plain = 1; /* nouns, names, adjectives, determiners and "and" only */
        for (uint32_t k = c; k < v; k++) {
            uint8_t u = w[k].upos;
            plain &= u == TC_UPOS_NOUN || u == TC_UPOS_PROPN || u == TC_UPOS_ADJ ||
                     u == TC_UPOS_DET || u == TC_UPOS_CCONJ;
            if (u == TC_UPOS_NOUN || u == TC_UPOS_PROPN) h = k;
        }
        uint32_t root = n;
        for (uint32_t k = 0; k < n && root == n; k++)
            if (!w[k].head) root = k;
        if (!plain || h == v || h + 1 != v || root >= c || w[root].upos != TC_UPOS_VERB ||
            w[c].upos == TC_UPOS_CCONJ)
            continue;
        hang(w, h, v, TC_REL_NSUBJ);
        for (uint32_t k = c; k < h; k++) {
            uint32_t hk = w[k].head ? w[k].head - 1u : UINT32_MAX;
            if (hk >= c && hk < v && hk != h) continue; /* inside the phrase already */
            hang(w, k, h,
                 w[k].upos == TC_UPOS_ADJ     ? TC_REL_AMOD
                 : w[k].upos == TC_UPOS_DET   ? TC_REL_DET
                 : w[k].upos == TC_UPOS_CCONJ ? TC_REL_CC
                                              : TC_REL_COMPOUND);
        }
        w[c - 1].head = (uint16_t)(v + 1); /* the comma */
        hang(w, root, v, TC_REL_CCOMP);
        w[v].head = 0;
        w[v].rel = TC_REL_ROOT;
        return;
    }
}

/* "Troops wounded two herders[ccomp of said] near X, officials said": a noun hung on a verb as
 * its clausal complement, with no subject, copula or auxiliary of its own (so no clause), right
 * after a verb with the same head and no object, is that verb's object (session of
 * 2026-12-07, the twelfth). */
static void repair_bare_ccomp(tc_word *w, uint32_t n)
{
    for (uint32_t k = 1; k < n; k++) {
        if (w[k].rel != TC_REL_CCOMP || (w[k].upos != TC_UPOS_NOUN && w[k].upos != TC_UPOS_PROPN))
            continue;
        int clause = 0, obj = 0;
        uint32_t s = k;
        while (s > 0 && w[s - 1].head == k + 1 &&
               (w[s - 1].rel == TC_REL_DET || w[s - 1].rel == TC_REL_NUMMOD ||
                w[s - 1].rel == TC_REL_AMOD || w[s - 1].rel == TC_REL_COMPOUND ||
                w[s - 1].rel == TC_REL_NMOD_POSS))
            s--;
        if (s == 0) continue;
        uint32_t j = s - 1;
        if (w[j].upos != TC_UPOS_VERB || w[j].head != w[k].head) continue;
        for (uint32_t q = 0; q < n; q++) {
            int rel = w[q].rel;
            clause |= w[q].head == k + 1 &&
                      (rel == TC_REL_NSUBJ || rel == TC_REL_NSUBJ_PASS || rel == TC_REL_COP ||
                       rel == TC_REL_AUX || rel == TC_REL_MARK);
            obj |= w[q].head == j + 1 &&
                   (rel == TC_REL_OBJ || rel == TC_REL_CCOMP || rel == TC_REL_XCOMP);
        }
        if (!clause && !obj) hang(w, k, j, TC_REL_OBJ);
    }
}

/* "carried out drone strikes[obl]": a noun with no case marker hung as an oblique on a verb,
 * after that verb's particle (only its own modifiers between), is the verb's object when the
 * verb has none (session of 2026-12-07, the twelfth). */
static void repair_particle_object(tc_word *w, uint32_t n)
{
    for (uint32_t k = 2; k < n; k++) {
        if (w[k].rel != TC_REL_OBL || w[k].upos != TC_UPOS_NOUN || !w[k].head) continue;
        uint32_t v = w[k].head - 1u, s = k;
        while (s > 0 && w[s - 1].head == k + 1 && w[s - 1].rel != TC_REL_CASE) s--;
        if (s == 0 || v >= s || w[s - 1].rel != TC_REL_COMPOUND_PRT || w[s - 1].head != v + 1)
            continue;
        int taken = 0;
        for (uint32_t q = 0; q < n && !taken; q++)
            taken = w[q].head == k + 1 && w[q].rel == TC_REL_CASE;
        for (uint32_t q = 0; q < n && !taken; q++)
            taken = w[q].head == v + 1 && (w[q].rel == TC_REL_OBJ || w[q].rel == TC_REL_CCOMP);
        if (!taken) w[k].rel = TC_REL_OBJ;
    }
}

/* "'We condemn X,' the foreign minister said[conj of condemn]": a verb of saying after a
 * quote's closing comma and quote mark, with a subject of its own and no conjunction, joined
 * to the quoted root as its conjunct, is the sentence's verb and the quote its ccomp (the
 * coder then finds the quote's "we" or "I" the speaker; session of 2026-12-07, the
 * eleventh). */
static void repair_quote_speaker(tc_word *w, uint32_t n)
{
    static const char *const saying[] = {"say",   "tell",    "add",  "state", "insist",
                                         "claim", "declare", "warn", NULL};
    for (uint32_t v = 3; v < n; v++) {
        if (w[v].upos != TC_UPOS_VERB || w[v].rel != TC_REL_CONJ || !w[v].head) continue;
        uint32_t g = w[v].head - 1u;
        if (g >= v || w[g].head) continue;
        int speech = 0;
        for (size_t j = 0; saying[j] && !speech; j++) speech = !strcmp(w[v].lemma, saying[j]);
        if (!speech) continue;
        uint32_t c = v; /* the words between the quote mark and the verb: its subject */
        while (c > 0 && w[c - 1].upos != TC_UPOS_PUNCT) c--;
        if (c < 3 || c == v || v - c > 8) continue;
        unsigned char q = (unsigned char)w[c - 1].lemma[0];
        if ((q != '\'' && q != '"' && q != 0xE2) || strcmp(w[c - 2].lemma, ",") != 0) continue;
        int subj = 0, cc = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head != v + 1) continue;
            subj |= w[k].rel == TC_REL_NSUBJ && k >= c && k < v;
            cc |= w[k].rel == TC_REL_CC;
        }
        if (!subj || cc) continue;
        hang(w, v, 0, TC_REL_ROOT);
        w[v].head = 0;
        hang(w, g, v, TC_REL_CCOMP);
        w[c - 1].head = w[c - 2].head = (uint16_t)(v + 1);
    }
}

/* "I am encouraged the parties[obj] have reached[conj] an agreement": a verb joined as a
 * conjunct or an adverbial clause with no conjunction, no mark, no comma and no subject of its
 * own, whose auxiliary comes
 * right after a noun read as the object of the verb it is joined to, is a clause of its own
 * with that noun for its subject, the complement of that verb (a "that" left out; session of
 * 2026-12-07, the eleventh). */
static void repair_object_subject(tc_word *w, uint32_t n)
{
    static const char *const auxes[] = {"have", "will", "would", "can", "could", NULL};
    for (uint32_t v = 3; v < n; v++) {
        if (w[v].upos != TC_UPOS_VERB || !w[v].head ||
            (w[v].rel != TC_REL_CONJ && w[v].rel != TC_REL_ADVCL))
            continue;
        uint32_t g = w[v].head - 1u, a = v - 1, o = v - 2;
        if (g >= o || w[a].upos != TC_UPOS_AUX || w[a].head != v + 1) continue;
        int aux = 0;
        for (size_t j = 0; auxes[j] && !aux; j++) aux = !strcmp(w[a].lemma, auxes[j]);
        if (!aux || (w[o].upos != TC_UPOS_NOUN && w[o].upos != TC_UPOS_PROPN) ||
            w[o].rel != TC_REL_OBJ || w[o].head != g + 1)
            continue;
        int bad = 0;
        for (uint32_t k = g + 1; k < v && !bad; k++) bad = w[k].upos == TC_UPOS_PUNCT;
        for (uint32_t k = 0; k < n && !bad; k++)
            bad = w[k].head == v + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_CC ||
                                         w[k].rel == TC_REL_NSUBJ_PASS || w[k].rel == TC_REL_MARK);
        if (bad) continue;
        hang(w, o, v, TC_REL_NSUBJ);
        hang(w, v, g, TC_REL_CCOMP);
    }
}

/* "Rockets[root] fired[acl] by Hezbollah struck[conj of fired] an army base": a finite verb
 * joined with no conjunction to the participle that describes a root noun is the sentence's
 * verb, and the noun (with its participle) its subject. */
static void repair_participle_subject(const tc_parser *p, tc_word *w, uint32_t n)
{
    uint32_t r = 0;
    while (r < n && w[r].head) r++;
    if (r == n || (w[r].upos != TC_UPOS_NOUN && w[r].upos != TC_UPOS_PROPN)) return;
    for (uint32_t a = r + 1; a < n; a++) {
        if (w[a].head != r + 1 || w[a].rel != TC_REL_ACL || w[a].upos != TC_UPOS_VERB ||
            strcmp(tc_parse_xpos_name(p, w[a].xpos), "VBN"))
            continue;
        for (uint32_t v = a + 1; v < n; v++) {
            if (w[v].head != a + 1 || w[v].rel != TC_REL_CONJ || w[v].upos != TC_UPOS_VERB ||
                strcmp(tc_parse_xpos_name(p, w[v].xpos), "VBD"))
                continue;
            int blocked = 0;
            for (uint32_t k = 0; k < n; k++)
                blocked |= w[k].head == v + 1 &&
                           (w[k].rel == TC_REL_CC || w[k].rel == TC_REL_NSUBJ ||
                            w[k].rel == TC_REL_NSUBJ_PASS || w[k].rel == TC_REL_MARK);
            if (blocked) continue;
            root_with_subject(w, n, v, r);
            return;
        }
    }
}

/* "A car bombing[nsubj of said] by X killed[acl] 75 people, a monitor said": a saying with two
 * subjects, the first with a participle that has an object, is told of that participle's
 * clause: the participle is the verb the saying tells (ccomp), the noun its subject. */
static void repair_reported_participle(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const saying[] = {"say", "tell", "report", "add", "state", NULL};
    for (uint32_t v = 1; v < n; v++) {
        int speech = 0;
        if (w[v].upos != TC_UPOS_VERB) continue; /* (before the lemmas: most words are none) */
        for (size_t j = 0; saying[j] && !speech; j++) speech = !strcmp(w[v].lemma, saying[j]);
        if (!speech) continue;
        uint32_t a = n, subjects = 0;
        for (uint32_t k = 0; k < v; k++)
            if (w[k].head == v + 1 && w[k].rel == TC_REL_NSUBJ && subjects++ == 0) a = k;
        if (subjects != 2 || (w[a].upos != TC_UPOS_NOUN && w[a].upos != TC_UPOS_PROPN)) continue;
        for (uint32_t c = a + 1; c < v; c++) {
            const char *x = tc_parse_xpos_name(p, w[c].xpos);
            if (w[c].head != a + 1 || w[c].rel != TC_REL_ACL || w[c].upos != TC_UPOS_VERB ||
                (strcmp(x, "VBN") && strcmp(x, "VBD")))
                continue;
            int obj = 0;
            for (uint32_t k = c + 1; k < v && !obj; k++)
                obj = w[k].head == c + 1 && w[k].rel == TC_REL_OBJ;
            if (!obj) continue;
            hang(w, c, v, TC_REL_CCOMP);
            hang(w, a, c, TC_REL_NSUBJ);
            break;
        }
    }
}

/* "is looking to Trump to veto[conj] the bill": an infinitive with "to" joined to a verb that
 * has no "to" of its own completes it (xcomp), it is no second conjunct. */
static void repair_to_conj(tc_word *w, uint32_t n)
{
    for (uint32_t v = 0; v < n; v++) {
        if (w[v].upos != TC_UPOS_VERB || w[v].rel != TC_REL_CONJ || !w[v].head) continue;
        uint32_t h = w[v].head - 1u;
        if (h > v || (w[h].upos != TC_UPOS_VERB && w[h].upos != TC_UPOS_AUX)) continue;
        int to_v = 0, to_h = 0, cc = 0;
        for (uint32_t k = 0; k < n; k++) {
            int mark_to = w[k].rel == TC_REL_MARK && !strcmp(w[k].lemma, "to");
            to_v |= w[k].head == v + 1 && mark_to && k < v;
            to_h |= w[k].head == h + 1 && mark_to;
            cc |= w[k].head == v + 1 && w[k].rel == TC_REL_CC && k < v;
        }
        if (!to_v || to_h || cc) continue;
        w[v].rel = TC_REL_XCOMP;
    }
    /* "agreed on 18 September to lift[ccomp] a blockade": an infinitive with "to" and no
       subject of its own completes its verb */
    for (uint32_t v = 0; v < n; v++) {
        if (w[v].upos != TC_UPOS_VERB || w[v].rel != TC_REL_CCOMP || !w[v].head) continue;
        int to_v = 0, subj = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head != v + 1) continue;
            to_v |= w[k].rel == TC_REL_MARK && !strcmp(w[k].lemma, "to") && k < v;
            subj |= w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS ||
                    w[k].rel == TC_REL_EXPL;
            /* "knows how to do", "decide whether to go": a question stays a ccomp */
            static const char *const wh[] = {"what", "how",  "where", "when", "whether", "which",
                                             "who",  "whom", "why",   "if",   NULL};
            for (size_t j = 0; wh[j] && !subj; j++) subj = k < v && !strcmp(w[k].lemma, wh[j]);
        }
        if (to_v && !subj) w[v].rel = TC_REL_XCOMP;
    }
    /* "agreed on Tuesday to lift[advcl] its blockade": after a verb that takes an infinitive
       for its content, one with no subject is that content, no purpose */
    static const char *const takers[] = {
        "agree", "decide", "vow",      "pledge",    "promise", "refuse", "threaten", "offer",
        "plan",  "intend", "try",      "attempt",   "want",    "seek",   "fail",     "decline",
        "hope",  "expect", "aim",      "prepare",   "resolve", "choose", "vote",     "move",
        "begin", "start",  "continue", "undertake", "demand",  "ask",    "urge",     NULL};
    for (uint32_t v = 0; v < n; v++) {
        if (w[v].upos != TC_UPOS_VERB || w[v].rel != TC_REL_ADVCL || !w[v].head) continue;
        uint32_t h = w[v].head - 1u;
        if (h > v || w[h].upos != TC_UPOS_VERB) continue;
        int taker = 0;
        for (size_t j = 0; takers[j] && !taker; j++) taker = !strcmp(w[h].lemma, takers[j]);
        if (!taker) continue;
        int to_v = 0, other = 0, xcomp = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head == h + 1 && w[k].rel == TC_REL_XCOMP) xcomp = 1;
            if (w[k].head != v + 1) continue;
            if (w[k].rel == TC_REL_MARK) {
                if (!strcmp(w[k].lemma, "to") && k + 1 == v)
                    to_v = 1;
                else
                    other = 1; /* "in order to", "so as to" */
            }
            other |= w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS;
        }
        if (to_v && !other && !xcomp) w[v].rel = TC_REL_XCOMP;
    }
}

/* "were released from captivity by[nmod of captivity] the Libyan government": in a passive
 * clause with no agent, a "by" phrase hung on the verb's oblique is the verb's agent. */
static void repair_passive_agent(tc_word *w, uint32_t n)
{
    for (uint32_t v = 0; v < n; v++) {
        if (w[v].upos != TC_UPOS_VERB) continue;
        int pass = 0, agent = 0;
        for (uint32_t k = 0; k < n; k++) {
            pass |= w[k].head == v + 1 && w[k].rel == TC_REL_AUX_PASS;
            agent |= w[k].head == v + 1 && w[k].rel == TC_REL_OBL_AGENT;
        }
        if (!pass || agent) continue;
        for (uint32_t o = v + 1; o < n; o++) {
            if (w[o].head != v + 1 || w[o].rel != TC_REL_OBL) continue;
            for (uint32_t b = o + 1; b < n; b++) {
                if (w[b].head != o + 1 || w[b].rel != TC_REL_NMOD) continue;
                int by = 0;
                for (uint32_t c = o + 1; c < b && !by; c++)
                    by = w[c].head == b + 1 && w[c].rel == TC_REL_CASE && !strcmp(w[c].lemma, "by");
                if (!by) continue;
                hang(w, b, v, TC_REL_OBL_AGENT);
                agent = 1;
                break;
            }
            if (agent) break;
        }
    }
}

/* "Spain, Ireland[compound of Spain] and Norway recognised": a name after a comma is no
 * compound of a name before it (a compound comes before its head); it is the next member of
 * the list. */
static void repair_list_compound(tc_word *w, uint32_t n)
{
    for (uint32_t k = 2; k < n; k++) {
        if (w[k].rel != TC_REL_COMPOUND || w[k].upos != TC_UPOS_PROPN || !w[k].head) continue;
        uint32_t h = w[k].head - 1u;
        if (h >= k || w[h].upos != TC_UPOS_PROPN || w[k - 1].upos != TC_UPOS_PUNCT ||
            w[k - 1].len != 1)
            continue;
        int list = 0; /* a later member joined by "and" or "or" */
        for (uint32_t c = k + 1; c < n && !list; c++)
            list = w[c].head && w[c].head - 1u == h && w[c].rel == TC_REL_CONJ && c > k;
        if (!list) continue;
        w[k].rel = TC_REL_CONJ;
    }
}

/* "Caras Galadhon's[nmod:poss of left] new mayor left": a possessor hung on a verb is the
 * possessor of the noun that follows it (a verb owns nothing), the first noun that heads
 * the words up to it. */
static void repair_verb_possessor(tc_word *w, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++) {
        if (w[k].rel != TC_REL_NMOD_POSS || !w[k].head) continue;
        uint32_t v = w[k].head - 1u;
        if (v <= k || w[v].upos != TC_UPOS_VERB) continue;
        uint32_t o = k + 1;
        while (o < v &&
               !((w[o].upos == TC_UPOS_NOUN || w[o].upos == TC_UPOS_PROPN) && w[o].head == v + 1))
            o++;
        int between = o < v; /* the words between are the possessor's or the noun's */
        for (uint32_t c = k + 1; c < o && between; c++)
            between = phrase_of(w, c, c + 1, k) || phrase_of(w, c, c + 1, o);
        if (!between) continue;
        w[k].head = (uint16_t)(o + 1);
    }
}

/* "toward Gondor and Arnor 's[case of Gondor] Elrond[conj of Gondor]": a possessive marker
 * belongs to the word right before it, a member of the list, and that word is the possessor
 * of the noun right after the marker, the member the parser gave its place in the list
 * (also when the parser hung the marker right but made both nouns members). */
static void repair_list_possessive(tc_word *w, uint32_t n)
{
    for (uint32_t k = 1; k + 1 < n; k++) {
        if (w[k].rel != TC_REL_CASE || !w[k].head || !w[k].lemma || strcmp(w[k].lemma, "'s"))
            continue;
        uint32_t p = k - 1, o = k + 1;
        if ((w[p].upos != TC_UPOS_PROPN && w[p].upos != TC_UPOS_NOUN) ||
            (w[o].upos != TC_UPOS_PROPN && w[o].upos != TC_UPOS_NOUN) || !w[p].head)
            continue;
        uint32_t h = w[p].head - 1u; /* the list's first member */
        /* (the marker on the possessor or on the list's head: "Corvia 's[case of Corvia]") */
        if (w[k].head != p + 1 && w[k].head != h + 1) continue;
        if (h >= p || w[p].rel != TC_REL_CONJ || w[o].rel != TC_REL_CONJ || w[o].head != h + 1)
            continue;
        int kids = 0; /* the possessor is a bare name: nothing hangs on it */
        for (uint32_t c = 0; c < n && !kids; c++)
            kids = w[c].head == p + 1 && c != k && w[c].rel != TC_REL_FLAT &&
                   w[c].rel != TC_REL_COMPOUND && w[c].rel != TC_REL_CC;
        if (kids) continue;
        for (uint32_t c = 0; c < n; c++) /* its "and" now goes with the noun */
            if (w[c].head == p + 1 && w[c].rel == TC_REL_CC) w[c].head = (uint16_t)(o + 1);
        hang(w, k, p, TC_REL_CASE);
        hang(w, p, o, TC_REL_NMOD_POSS);
    }
}

/* "X really did[aux] not ever clash": a subject the parser hung on an auxiliary belongs to
 * the verb the auxiliary serves (an auxiliary heads nothing). */
static void repair_aux_dependents(tc_word *w, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++) {
        if (!w[k].head ||
            (w[k].rel != TC_REL_NSUBJ && w[k].rel != TC_REL_NSUBJ_PASS && w[k].rel != TC_REL_EXPL))
            continue;
        uint32_t a = w[k].head - 1u;
        if ((w[a].rel != TC_REL_AUX && w[a].rel != TC_REL_AUX_PASS) || !w[a].head) continue;
        uint32_t v = w[a].head - 1u;
        static const char *const auxes[] = {"be",    "have",   "do",  "will",  "would",
                                            "shall", "should", "can", "could", "may",
                                            "might", "must",   NULL};
        int aux = 0, close = v > a && k < a; /* "did not ever clash": adverbs between */
        for (size_t j = 0; auxes[j] && !aux; j++) aux = !strcmp(w[a].lemma, auxes[j]);
        for (uint32_t c = a + 1; c < v && close; c++)
            close =
                w[c].upos == TC_UPOS_ADV || w[c].upos == TC_UPOS_PART || w[c].upos == TC_UPOS_AUX;
        if (!aux || !close || (w[v].upos != TC_UPOS_VERB && w[v].upos != TC_UPOS_AUX)) continue;
        hang(w, k, v,
             w[a].rel == TC_REL_AUX_PASS && w[k].rel == TC_REL_NSUBJ ? TC_REL_NSUBJ_PASS
                                                                     : w[k].rel);
    }
}

/* "In a joint letter, Germany[appos of letter], France and Italy called on Baku": a name in
 * apposition to a fronted oblique, its phrase ending right before a verb with no subject of
 * its own, is that verb's subject. */
static void repair_fronted_subject(tc_word *w, uint32_t n)
{
    for (uint32_t a = 1; a + 1 < n; a++) {
        if (w[a].rel != TC_REL_APPOS || w[a].upos != TC_UPOS_PROPN || !w[a].head) continue;
        uint32_t o = w[a].head - 1u;
        if (o >= a || w[o].rel != TC_REL_OBL || !w[o].head) continue;
        uint32_t v = w[o].head - 1u;
        if (v <= a || w[v].upos != TC_UPOS_VERB) continue;
        int subj = 0;
        for (uint32_t k = 0; k < n && !subj; k++)
            subj = w[k].head == v + 1 && (w[k].rel == TC_REL_NSUBJ ||
                                          w[k].rel == TC_REL_NSUBJ_PASS || w[k].rel == TC_REL_EXPL);
        if (subj) continue;
        if (!phrase_of(w, a + 1, v, a)) continue; /* the words up to the verb are a's */
        hang(w, a, v, TC_REL_NSUBJ);
    }
}

/* "Following the announcement of the deal, the United States[nsubj] said ...": a fronted
 * participle the parser made the clausal subject of a verb that has a subject of its own, a
 * comma between them, is an adverbial clause (a clause has one subject). */
static void repair_fronted_csubj(tc_word *w, uint32_t n)
{
    for (uint32_t c = 0; c + 2 < n; c++) {
        if (w[c].rel != TC_REL_CSUBJ || w[c].upos != TC_UPOS_VERB || !w[c].head) continue;
        uint32_t v = w[c].head - 1u, comma = n, subj = n;
        if (v <= c) continue;
        for (uint32_t k = c + 1; k < v && comma == n; k++)
            if (w[k].upos == TC_UPOS_PUNCT && w[k].len == 1) comma = k;
        for (uint32_t k = comma; k < v && subj == n; k++)
            if (w[k].head == v + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS ||
                                       w[k].rel == TC_REL_EXPL))
                subj = k;
        if (comma == n || subj == n) continue;
        w[c].rel = TC_REL_ADVCL;
    }
}

/* "Acting on a judge's order, Egyptian police[obl of Acting] detained X": the phrase between
 * the comma closing a fronted phrase and a verb with no subject of its own, hung inside the
 * fronted phrase, is the verb's subject; an opening participle the parser made the verb's
 * clausal subject is an adverbial clause. */
static void repair_fronted_phrase(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t v = 2; v < n; v++) {
        if (w[v].upos != TC_UPOS_VERB) continue;
        const char *x = tc_parse_xpos_name(p, w[v].xpos);
        if (strcmp(x, "VBD") && strcmp(x, "VBZ") && strcmp(x, "VBP")) continue;
        int subj = 0;
        for (uint32_t k = 0; k < n && !subj; k++)
            subj = w[k].head == v + 1 && (w[k].rel == TC_REL_NSUBJ ||
                                          w[k].rel == TC_REL_NSUBJ_PASS || w[k].rel == TC_REL_EXPL);
        if (subj) continue;
        uint32_t c = v;
        while (c > 0 && !(w[c - 1].upos == TC_UPOS_PUNCT && w[c - 1].len == 1)) c--;
        if (c < 2 || c == v || v - c > 12) continue;
        c--; /* the comma */
        uint32_t a = n, heads = 0;
        for (uint32_t k = c + 1; k < v; k++)
            if (!w[k].head || w[k].head - 1u <= c || w[k].head - 1u >= v) {
                heads++;
                a = k;
            }
        if (heads != 1 || (w[a].upos != TC_UPOS_NOUN && w[a].upos != TC_UPOS_PROPN) || !w[a].head ||
            w[a].head - 1u >= c)
            continue;
        /* the fronted phrase hangs on the verb: its words all lie in the verb's tree */
        uint32_t top = w[a].head - 1u;
        for (int steps = 0; steps < 12 && w[top].head && w[top].head - 1u != v; steps++)
            top = w[top].head - 1u;
        /* ... or the parser made the fronted phrase, a preposition's noun, the root and hung
           the verb inside it ("In a move[root] that angered Moscow, Kyiv[appos] signed[advcl]
           ..."): the verb is the root, the phrase its oblique */
        if (!w[top].head && top < c &&
            (w[top].upos == TC_UPOS_NOUN || w[top].upos == TC_UPOS_PROPN ||
             w[top].upos == TC_UPOS_NUM)) { /* ("In 2021[root], a coup ...") */
            int pp = 0;
            for (uint32_t k = 0; k < top; k++)
                pp |= w[k].head == top + 1 && w[k].rel == TC_REL_CASE;
            if (!pp || !phrase_of(w, v, v + 1, top)) continue;
            w[v].head = 0;
            w[v].rel = TC_REL_ROOT;
            hang(w, top, v, TC_REL_OBL);
            hang(w, a, v, TC_REL_NSUBJ);
            for (uint32_t k = v + 1; k < n; k++)
                if (w[k].head == top + 1) w[k].head = (uint16_t)(v + 1);
            continue;
        }
        if (!w[top].head || w[top].head - 1u != v || top >= c) continue;
        hang(w, a, v, TC_REL_NSUBJ);
        if (w[top].rel == TC_REL_CSUBJ && w[top].upos == TC_UPOS_VERB) w[top].rel = TC_REL_ADVCL;
        w[c].head = (uint16_t)(top + 1);
    }
}

/* "prosecutors indicted[acl of prosecutors] impeached[root] President Yoon": a participle
 * hung bare on the subject right before a participle that heads the clause with an object is
 * the clause's verb, the second participle a modifier of that object. */
static void repair_participle_pair(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t a = 1; a + 2 < n; a++) {
        uint32_t r = a + 1, sj = a - 1;
        /* ... or hung on the second as its auxiliary ("prosecutors charged[aux:pass] jailed
           former President X"): no verb is an auxiliary */
        int on_subject = w[a].rel == TC_REL_ACL && w[a].head == sj + 1;
        int as_aux = (w[a].rel == TC_REL_AUX || w[a].rel == TC_REL_AUX_PASS) && w[a].head == r + 1;
        if (w[a].upos != TC_UPOS_VERB || (!on_subject && !as_aux) || w[r].upos != TC_UPOS_VERB ||
            w[sj].head != r + 1 || (w[sj].rel != TC_REL_NSUBJ && w[sj].rel != TC_REL_NSUBJ_PASS))
            continue;
        const char *xa = tc_parse_xpos_name(p, w[a].xpos), *xr = tc_parse_xpos_name(p, w[r].xpos);
        if ((strcmp(xa, "VBD") && strcmp(xa, "VBN")) || (strcmp(xr, "VBN") && strcmp(xr, "VBD")))
            continue;
        int bare = 1, aux = 0;
        uint32_t o = n;
        for (uint32_t k = 0; k < n; k++) {
            bare &= w[k].head != a + 1;
            if (w[k].head != r + 1 || k == a) continue;
            aux |= w[k].rel == TC_REL_AUX || w[k].rel == TC_REL_AUX_PASS;
            int unmarked = 1; /* an "agent" with no "by" is an object */
            for (uint32_t c = 0; c < k; c++)
                unmarked &= !(w[c].head == k + 1 && w[c].rel == TC_REL_CASE);
            if (k > r && o == n &&
                (w[k].rel == TC_REL_OBJ ||
                 ((w[k].rel == TC_REL_OBL_AGENT || w[k].rel == TC_REL_OBL) && unmarked)))
                o = k;
        }
        if (!bare || aux || o == n) continue;
        w[a].head = w[r].head;
        w[a].rel = w[r].rel;
        for (uint32_t k = 0; k < n; k++)
            if (w[k].head == r + 1 && k != o && k != a) w[k].head = (uint16_t)(a + 1);
        hang(w, sj, a, TC_REL_NSUBJ);
        hang(w, o, a, TC_REL_OBJ);
        hang(w, r, o, TC_REL_AMOD);
    }
}

/* "praised Orban's sanction[nsubj of policy]-defying trade policy[ccomp]", "sent
 * U.S.[obj]-made[advcl] missiles": a participle written joined by a hyphen to the word before
 * it ("Iran-backed", "U.S.-made") modifies the noun after it, and that word is the
 * participle's; the noun takes the place the participle or the first word held. Needs the
 * words' offsets (written joined, no blank around the hyphen). */
static void repair_hyphen_modifier(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t v = 2; v + 1 < n; v++) {
        uint32_t hy = v - 1, x = v - 2;
        if (w[v].upos != TC_UPOS_VERB || w[hy].len != 1 || w[hy].upos != TC_UPOS_PUNCT ||
            w[hy].off != w[x].off + w[x].len || w[v].off != w[hy].off + 1)
            continue;
        const char *xv = tc_parse_xpos_name(p, w[v].xpos);
        if (strcmp(xv, "VBN") && strcmp(xv, "VBG")) continue;
        /* the noun the modifier stands before: the head of the words right after it */
        uint32_t nn = v + 1;
        for (int steps = 0; steps < 6 && w[nn].head && w[nn].head - 1u > nn && w[nn].head - 1u < n;
             steps++)
            nn = w[nn].head - 1u;
        if (w[nn].upos != TC_UPOS_NOUN && w[nn].upos != TC_UPOS_PROPN) continue;
        if (w[v].head == nn + 1 && w[v].rel == TC_REL_AMOD && w[x].head == v + 1) continue;
        /* the place in the clause: of the noun, the modifier and the first word, the one
           hung outside them (or the root) */
        uint32_t top = n;
        const uint32_t cands[3] = {nn, v, x};
        for (int c = 0; c < 3 && top == n; c++)
            if (!w[cands[c]].head || w[cands[c]].head - 1u < x || w[cands[c]].head - 1u > nn)
                top = cands[c];
        if (top == n) continue;
        uint16_t head = w[top].head;
        int rel = w[top].rel;
        if (top != nn) {
            w[nn].head = head;
            w[nn].rel = (uint8_t)(rel == TC_REL_ADVCL || rel == TC_REL_CCOMP ? TC_REL_OBJ : rel);
        } else if (rel == TC_REL_CCOMP) {
            w[nn].rel = TC_REL_OBJ;
        }
        /* what hung on the first word or the participle before the noun now hangs on it */
        for (uint32_t k = 0; k < n; k++)
            if (k != v && k != hy && k != nn && (w[k].head == x + 1 || w[k].head == v + 1) &&
                (k < x || k > nn))
                w[k].head = (uint16_t)(nn + 1);
        for (uint32_t k = x + 1; k < nn; k++)
            if (k != v && k != hy && (w[k].head == x + 1 || w[k].head == v + 1) &&
                w[k].rel != TC_REL_PUNCT)
                w[k].head = (uint16_t)(nn + 1);
        for (uint32_t k = 0; k < x; k++) /* "Orban's" of "sanction" is the noun's */
            if (w[k].head == x + 1 && w[k].rel == TC_REL_NMOD_POSS) w[k].head = (uint16_t)(nn + 1);
        hang(w, v, nn, TC_REL_AMOD);
        hang(w, x, v, TC_REL_OBL_UNMARKED);
        hang(w, hy, x, TC_REL_PUNCT);
    }
}

/* "Police tear-gassed[root] demonstrators", "attackers fire-bombed a station": a past tense
 * written joined by a hyphen to a lower-case noun (tc_tag_finite makes it one) is one verb
 * with it; the parser hangs the noun as its subject, or the subject on the noun. The noun is
 * the verb's compound; the noun phrase before it (its head right before the noun) the subject,
 * its words hung on that head. Needs the words' offsets. */
static void repair_hyphen_verb(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t v = 3; v < n; v++) {
        uint32_t hy = v - 1, x = v - 2, sj = v - 3;
        if (w[v].upos != TC_UPOS_VERB || strcmp(tc_parse_xpos_name(p, w[v].xpos), "VBD") ||
            w[hy].len != 1 || w[hy].upos != TC_UPOS_PUNCT || w[hy].off != w[x].off + w[x].len ||
            w[v].off != w[hy].off + 1 || w[x].upos != TC_UPOS_NOUN || !w[x].lemma ||
            !islower((unsigned char)w[x].lemma[0]) ||
            (w[sj].upos != TC_UPOS_NOUN && w[sj].upos != TC_UPOS_PROPN &&
             w[sj].upos != TC_UPOS_PRON))
            continue;
        /* the subject phrase: the nouns, names, adjectives, numbers and articles before sj */
        uint32_t from = sj;
        while (from > 0 && (w[from - 1].upos == TC_UPOS_NOUN || w[from - 1].upos == TC_UPOS_PROPN ||
                            w[from - 1].upos == TC_UPOS_ADJ || w[from - 1].upos == TC_UPOS_NUM ||
                            w[from - 1].upos == TC_UPOS_DET))
            from--;
        for (uint32_t k = 0; k < n; k++) {
            if (k == x || k == hy || k == sj) continue;
            uint32_t h = w[k].head ? w[k].head - 1u : n;
            if (k >= from && k < sj && (h == x || h == v || (h >= from && h < x && h != sj))) {
                int r = w[k].upos == TC_UPOS_DET   ? TC_REL_DET
                        : w[k].upos == TC_UPOS_ADJ ? TC_REL_AMOD
                        : w[k].upos == TC_UPOS_NUM ? TC_REL_NUMMOD
                                                   : TC_REL_COMPOUND;
                if (h == x || h == v || w[k].rel == TC_REL_APPOS || w[k].rel == TC_REL_NSUBJ)
                    hang(w, k, sj, r);
            } else if (h == x) {
                w[k].head = (uint16_t)(v + 1);
            }
        }
        if (w[sj].head - 1u != v || w[sj].rel != TC_REL_NSUBJ) {
            /* what hung on sj from outside its phrase hangs on the verb */
            for (uint32_t k = 0; k < n; k++)
                if (w[k].head == sj + 1 && (k < from || k > v)) w[k].head = (uint16_t)(v + 1);
            if (w[v].head == sj + 1) {
                w[v].head = w[sj].head;
                w[v].rel = w[sj].rel;
            }
            hang(w, sj, v, TC_REL_NSUBJ);
        }
        hang(w, x, v, TC_REL_COMPOUND);
        hang(w, hy, x, TC_REL_PUNCT);
    }
}

/* "unions held a ninth day[obl:unmarked] of strikes", "staged a third night of protests": a
 * span of time "of" something, the only noun after a verb with no object, is its object. */
static void repair_span_object(tc_word *w, uint32_t n)
{
    static const char *const spans[] = {"day",  "night",  "week", "month",   "round",
                                        "wave", "series", "year", "weekend", NULL};
    for (uint32_t d = 1; d < n; d++) {
        if (w[d].rel != TC_REL_OBL_UNMARKED || w[d].upos != TC_UPOS_NOUN || !w[d].head) continue;
        uint32_t v = w[d].head - 1u;
        int span = 0, of = 0, obj = 0;
        for (size_t j = 0; spans[j] && !span; j++) span = !strcmp(w[d].lemma, spans[j]);
        if (!span || v > d || w[v].upos != TC_UPOS_VERB) continue;
        for (uint32_t k = 0; k < n; k++) {
            obj |= w[k].head == v + 1 && w[k].rel == TC_REL_OBJ;
            if (w[k].head != d + 1 || w[k].rel != TC_REL_NMOD || k < d) continue;
            for (uint32_t c = d + 1; c < k; c++)
                of |= w[c].head == k + 1 && w[c].rel == TC_REL_CASE && !strcmp(w[c].lemma, "of");
        }
        if (of && !obj) w[d].rel = TC_REL_OBJ;
    }
}

/* "attacked Eritrea[compound] decades ago", "arrested the Somali envoy[compound] years ago":
 * the object right before a time unit with "ago" is read as the unit's compound, and the
 * verb loses its object. A noun or name hung as compound on such a unit is the object of the
 * verb "ago" modifies, when it has none, and takes the words before it the unit held
 * (session of 2026-12-07, the tenth, branch past10). */
static void repair_ago_compound(tc_word *w, uint32_t n)
{
    static const char *const units[] = {"day",    "week",       "month",   "year",
                                        "decade", "generation", "century", NULL};
    for (uint32_t d = 1; d + 1 < n; d++) {
        uint32_t c = d - 1, ago = d + 1;
        if (strcmp(w[ago].lemma, "ago") || w[d].head != ago + 1 || !w[ago].head) continue;
        if (w[c].head != d + 1 || w[c].rel != TC_REL_COMPOUND ||
            (w[c].upos != TC_UPOS_NOUN && w[c].upos != TC_UPOS_PROPN))
            continue;
        int unit = 0;
        for (size_t k = 0; units[k] && !unit; k++) unit = !strcmp(w[d].lemma, units[k]);
        uint32_t v = w[ago].head - 1u;
        if (!unit || w[v].upos != TC_UPOS_VERB || v > c) continue;
        int obj = 0;
        for (uint32_t k = 0; k < n; k++) obj |= w[k].head == v + 1 && w[k].rel == TC_REL_OBJ;
        if (obj) continue;
        for (uint32_t k = v + 1; k < c; k++) /* "the Somali envoy": its words go with it */
            if (w[k].head == d + 1) w[k].head = (uint16_t)(c + 1);
        hang(w, c, v, TC_REL_OBJ);
    }
}

/* "Al-Shabab has stepped up attacks since the peacekeepers left, inflicting[advcl of left]
 * heavy losses on Somali troops": an -ing clause with no subject of its own, after the comma
 * that closes a "since" clause (the start of the span the main clause's act runs over), is
 * the main clause's: the attackers inflict the losses, not the peacekeepers (session of
 * 2026-12-07, the tenth, branch past10). Not after "after", "as", "when": "was arrested after
 * police raided his home, seizing documents" is the police's seizing. */
static void repair_participle_after_clause(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const marks[] = {"since", NULL};
    for (uint32_t d = 2; d < n; d++) {
        if (w[d].rel != TC_REL_ADVCL || !w[d].head || strcmp(w[d - 1].lemma, ",") ||
            strcmp(tc_parse_xpos_name(p, w[d].xpos), "VBG"))
            continue;
        uint32_t h = w[d].head - 1u;
        if (h > d || w[h].rel != TC_REL_ADVCL || !w[h].head || w[h].head - 1u > h) continue;
        int mark = 0, subj = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head == h + 1 && w[k].rel == TC_REL_MARK && k < h)
                for (size_t j = 0; marks[j]; j++) mark |= !strcmp(w[k].lemma, marks[j]);
            subj |= w[k].head == d + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_MARK);
        }
        if (mark && !subj) w[d].head = w[h].head;
    }
}

/* "Russia[nsubj of ministers] and Turkey's foreign ministers met": a noun that is no
 * predicate (no copula, itself an argument) has no subject, and no compound is coordinated
 * with a possessor; the first of a list whose last member carries the possessive "'s" is the
 * noun's possessor. */
static void repair_possessive_list(tc_word *w, uint32_t n)
{
    for (uint32_t x = 0; x + 2 < n; x++) {
        if ((w[x].rel != TC_REL_NSUBJ && w[x].rel != TC_REL_COMPOUND) || !w[x].head) continue;
        uint32_t h = w[x].head - 1u;
        if ((w[h].upos != TC_UPOS_NOUN && w[h].upos != TC_UPOS_PROPN) || h < x ||
            (w[x].rel == TC_REL_NSUBJ && w[h].rel != TC_REL_NSUBJ && w[h].rel != TC_REL_OBJ &&
             w[h].rel != TC_REL_NSUBJ_PASS && w[h].rel != TC_REL_OBL))
            continue;
        int cop = 0, poss = 0;
        for (uint32_t k = 0; k < n; k++) {
            cop |= w[k].head == h + 1 && w[k].rel == TC_REL_COP;
            if (w[k].head != x + 1 || w[k].rel != TC_REL_CONJ || k > h) continue;
            for (uint32_t c = k + 1; c < h && !poss; c++)
                poss = w[c].head == k + 1 && w[c].rel == TC_REL_CASE &&
                       (!strcmp(w[c].lemma, "'s") || !strcmp(w[c].lemma, "'"));
        }
        if (!cop && poss) w[x].rel = TC_REL_NMOD_POSS;
    }
}

/* Makes the phrase headed by c, after the "and" at k, the conjunct of x: c hangs on x, the
 * "and" on c, and the words between them that hang outside the phrase hang on c by their part
 * of speech (determiner, adjective, number, else compound). */
static void join_second(tc_word *w, uint32_t n, uint32_t x, uint32_t k, uint32_t c)
{
    hang(w, c, x, TC_REL_CONJ);
    hang(w, k, c, TC_REL_CC);
    for (uint32_t j = k + 1; j < c; j++) {
        uint32_t h = w[j].head ? w[j].head - 1u : n;
        if (h > k && h <= c) continue; /* already inside the phrase */
        int u = w[j].upos;
        hang(w, j, c,
             u == TC_UPOS_DET   ? TC_REL_DET
             : u == TC_UPOS_ADJ ? TC_REL_AMOD
             : u == TC_UPOS_NUM ? TC_REL_NUMMOD
                                : TC_REL_COMPOUND);
    }
}

/* "fighting between the army and Fano militiamen[conj of fighting]", "between Ethiopian troops
 * and Fano[compound] militiamen[nmod of troops]": "between" takes two sides, so the noun phrase
 * after the "and" that closes a "between" phrase with no conjunct of its own is its second
 * side, whatever the parser hung it on. */
static void repair_between_pair(tc_word *w, uint32_t n)
{
    for (uint32_t x = 1; x + 2 < n; x++) {
        if ((w[x].upos != TC_UPOS_NOUN && w[x].upos != TC_UPOS_PROPN) || !w[x].head) continue;
        int between = 0, conj = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head != x + 1) continue;
            between |= k < x && w[k].rel == TC_REL_CASE && !strcmp(w[k].lemma, "between");
            conj |= w[k].rel == TC_REL_CONJ;
        }
        if (!between || conj) continue;
        uint32_t k = x + 1; /* the "and", after x's own words ("the army in Goma and") */
        while (k < n && w[k].upos != TC_UPOS_CCONJ && w[k].upos != TC_UPOS_VERB &&
               w[k].upos != TC_UPOS_AUX && w[k].upos != TC_UPOS_PUNCT && phrase_of(w, k, k + 1, x))
            k++;
        if (k >= n || strcmp(w[k].lemma, "and")) continue;
        uint32_t end = k + 1, c = n;
        for (; end < n; end++) {
            int u = w[end].upos;
            if (u != TC_UPOS_DET && u != TC_UPOS_ADJ && u != TC_UPOS_NOUN && u != TC_UPOS_PROPN &&
                u != TC_UPOS_NUM)
                break;
            if (u == TC_UPOS_NOUN || u == TC_UPOS_PROPN) c = end;
        }
        if (c == n || phrase_of(w, x, x + 1, c)) continue; /* c above x: no loop */
        join_second(w, n, x, k, c);
    }
}

/* Is word k a noun or a proper noun? */
static int nominal(const tc_word *w, uint32_t k)
{
    return w[k].upos == TC_UPOS_NOUN || w[k].upos == TC_UPOS_PROPN;
}

/* "a resolution demanding the administration[obj] cut[acl of administration] off aid": a bare
 * verb read as describing the object of a verb of demanding is the demanded clause (the
 * subjunctive), with that object for its subject. */
static void repair_demanded_subjunctive(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const demanding[] = {"demand",    "insist",  "urge",    "request", "require",
                                            "recommend", "propose", "suggest", NULL};
    for (uint32_t v = 2; v < n; v++) {
        const char *x = tc_parse_xpos_name(p, w[v].xpos);
        if (w[v].rel != TC_REL_ACL || w[v].upos != TC_UPOS_VERB || !w[v].head ||
            (strcmp(x, "VB") && strcmp(x, "VBN") && strcmp(x, "VBD")))
            continue;
        /* (a participle only with an object of its own: "cut[VBN] off aid", not "the
           soldiers arrested yesterday") */
        int own_obj = !strcmp(x, "VB");
        for (uint32_t k = v + 1; k < n && !own_obj; k++)
            own_obj = w[k].head == v + 1 && w[k].rel == TC_REL_OBJ;
        if (!own_obj) continue;
        uint32_t o = w[v].head - 1u;
        if (o >= v || w[o].rel != TC_REL_OBJ || !w[o].head) continue;
        uint32_t g = w[o].head - 1u;
        int asks = 0;
        for (size_t j = 0; demanding[j] && !asks; j++) asks = !strcmp(w[g].lemma, demanding[j]);
        int marked = 0; /* "to cut" is an infinitive, read elsewhere */
        for (uint32_t k = 0; k < n && !marked; k++)
            marked = w[k].head == v + 1 && (w[k].rel == TC_REL_MARK || w[k].rel == TC_REL_NSUBJ);
        if (!asks || marked) continue;
        hang(w, v, g, TC_REL_CCOMP);
        hang(w, o, v, TC_REL_NSUBJ);
    }
}

/* "the release of an Austrian student, activist[amod of release] and journalist": a noun
 * after a comma read as the adjective of a word before it names again who the noun before the
 * comma names (its apposition, with what is joined to it): one person, no second actor. */
static void repair_postposed_noun_amod(tc_word *w, uint32_t n)
{
    for (uint32_t k = 3; k < n; k++) {
        if (w[k].rel != TC_REL_AMOD || !w[k].head || w[k].head - 1u >= k ||
            strcmp(w[k - 1].lemma, ",") || w[k - 2].upos != TC_UPOS_NOUN ||
            w[k - 2].rel == TC_REL_COMPOUND)
            continue;
        /* (a word tagged an adjective is a noun when a noun is its conjunct: "activist and
           journalist") */
        int noun = w[k].upos == TC_UPOS_NOUN;
        for (uint32_t j = k + 1; j < n && !noun; j++)
            noun = w[j].head == k + 1 && w[j].rel == TC_REL_CONJ && w[j].upos == TC_UPOS_NOUN;
        if (!noun) continue;
        hang(w, k, k - 2, TC_REL_APPOS);
        hang(w, k - 1, k, TC_REL_PUNCT);
    }
}

/* "ANKARA[nsubj]: A court[appos of ANKARA] ... ordered": a wire dateline (a word in capitals
 * and a colon or dash opening the sentence) read as the subject, with the sentence's real
 * subject its apposition, gives that apposition the subject's place; the dateline hangs on
 * the verb as a loose word. */
static void repair_dateline_subject(tc_word *w, uint32_t n)
{
    if (n < 4 || w[0].rel != TC_REL_NSUBJ || !w[0].head || strlen(w[0].lemma) < 3) return;
    if (strcmp(w[1].lemma, ":") && strcmp(w[1].lemma, "-") && strcmp(w[1].lemma, "--")) return;
    for (const char *c = w[0].lemma; *c; c++)
        if (*c >= 'a' && *c <= 'z') return;
    uint32_t v = w[0].head - 1u;
    for (uint32_t k = 2; k < n; k++)
        if (w[k].head == 1 && w[k].rel == TC_REL_APPOS &&
            (w[k].upos == TC_UPOS_NOUN || w[k].upos == TC_UPOS_PROPN)) {
            hang(w, k, v, TC_REL_NSUBJ);
            hang(w, 0, v, TC_REL_DEP);
            hang(w, 1, v, TC_REL_PUNCT);
            return;
        }
}

/* "A court in the Chilean capital[nmod of court] Santiago[nsubj] ordered": a name right after
 * a noun of place in the subject's phrase, read as a second subject of the verb, is that
 * place's name (its apposition). */
static void repair_place_name_subject(tc_word *w, uint32_t n)
{
    static const char *const places[] = {"capital",  "city",    "town",   "province", "region",
                                         "district", "village", "county", "port",     NULL};
    for (uint32_t b = 2; b < n; b++) {
        if (w[b].rel != TC_REL_NSUBJ || w[b].upos != TC_UPOS_PROPN || !w[b].head) continue;
        uint32_t pl = b - 1, v = w[b].head - 1u;
        int place = 0;
        for (size_t j = 0; places[j] && !place; j++) place = !strcmp(w[pl].lemma, places[j]);
        if (!place || w[pl].upos != TC_UPOS_NOUN || w[pl].rel == TC_REL_NSUBJ) continue;
        /* the place noun lies in the phrase of another subject of the same verb */
        uint32_t a = pl;
        for (int up = 0; up < 6 && w[a].head && w[a].head - 1u != v; up++) a = w[a].head - 1u;
        if (w[a].head - 1u != v || w[a].rel != TC_REL_NSUBJ || a >= pl) continue;
        hang(w, b, pl, TC_REL_APPOS);
    }
}

/* "Iraq's premier and his Jordanian counterpart, Omar Razzaz[conj], signed": a name after a
 * comma that closes a list's last conjunct (the one after "and") is that conjunct's
 * apposition, no further member: a list goes on after its "and" no more. Only a name set off
 * by a comma on both sides (or closing the phrase before the verb), with no "and" of its own. */
static void repair_closed_list_appos(tc_word *w, uint32_t n)
{
    for (uint32_t d = 3; d + 1 < n; d++) {
        if (w[d].rel != TC_REL_CONJ || w[d].upos != TC_UPOS_PROPN || strcmp(w[d - 1].lemma, ","))
            continue;
        /* the conjunct the comma closes: d - 2 or the nearest conj over it */
        uint32_t c = d - 2;
        for (int up = 0; up < 4 && w[c].rel != TC_REL_CONJ && w[c].head && w[c].head - 1u < d - 1;
             up++)
            c = w[c].head - 1u;
        int closed = 0, own_cc = 0;
        for (uint32_t k = 0; k < n; k++) {
            closed |= w[k].head == c + 1 && w[k].rel == TC_REL_CC && k < c;
            own_cc |= w[k].head == d + 1 && (w[k].rel == TC_REL_CC || w[k].rel == TC_REL_CONJ);
        }
        if (w[c].rel != TC_REL_CONJ || !closed || own_cc) continue;
        uint32_t e = d + 1; /* one past the name's own words ("Omar al-Sadr") */
        while (e < n && e - d < 6 && strcmp(w[e].lemma, ",") &&
               (w[e].rel == TC_REL_FLAT || w[e].upos == TC_UPOS_PROPN ||
                (w[e].upos == TC_UPOS_PUNCT && !strcmp(w[e].lemma, "-"))))
            e++;
        if (e >= n || strcmp(w[e].lemma, ",")) continue;
        for (uint32_t k = d + 1; k < e; k++)
            if (w[k].upos == TC_UPOS_PROPN) hang(w, k, d, TC_REL_FLAT);
        hang(w, d, c, TC_REL_APPOS);
    }
}

/* Lists of two noun phrases the parser broke at the "and": "Sudanese troops and RSF[compound]
 * fighters[nmod of troops]" (the second phrase hung on the first as a modifier), "Government
 * forces[obl, no preposition] and RSF[conj] fighters[nsubj]" (its first word taken for the
 * conjunct, its head for the verb's argument). The second phrase's head is the conjunct; in
 * the second case the first phrase takes the argument's place. */
static void repair_and_pair(tc_word *w, uint32_t n)
{
    for (uint32_t k = 1; k + 1 < n; k++) {
        if (w[k].upos != TC_UPOS_CCONJ || (strcmp(w[k].lemma, "and") && strcmp(w[k].lemma, "or")))
            continue;
        uint32_t x = k - 1; /* the first phrase's head: the noun right before, or its head */
        if (!nominal(w, x)) continue;
        while (w[x].head && w[x].head - 1u > x && w[x].head - 1u < k &&
               (w[x].rel == TC_REL_COMPOUND || w[x].rel == TC_REL_FLAT))
            x = w[x].head - 1u;
        uint32_t end = k + 1, y = n;
        for (; end < n; end++) {
            int u = w[end].upos;
            if (u != TC_UPOS_DET && u != TC_UPOS_ADJ && !nominal(w, end) && u != TC_UPOS_NUM) break;
            if (nominal(w, end)) y = end;
        }
        if (y == n || y == k + 1 || !w[y].head || !w[x].head) continue; /* one word: no break */
        uint32_t hy = w[y].head - 1u;
        if (hy == x && w[y].rel == TC_REL_CONJ) continue;
        uint32_t mid = n; /* a word of the second phrase taken for the conjunct */
        for (uint32_t j = k + 1; j < y; j++)
            if (w[j].head == x + 1 && w[j].rel == TC_REL_CONJ) mid = j;
        int modifier = hy == x && (w[y].rel == TC_REL_NMOD || w[y].rel == TC_REL_COMPOUND ||
                                   w[y].rel == TC_REL_APPOS);
        int argument = 0;
        if (mid != n && (hy < x || hy >= end) && w[x].head - 1u == hy && w[x].rel == TC_REL_OBL) {
            argument = 1; /* x an oblique with no preposition of y's verb */
            for (uint32_t j = 0; j < x; j++)
                argument &= !(w[j].head == x + 1 && w[j].rel == TC_REL_CASE);
        }
        if (!modifier && !argument) continue;
        if (argument) {
            w[x].rel = w[y].rel;
            hang(w, mid, y, TC_REL_COMPOUND);
        }
        join_second(w, n, x, k, y);
    }
}

/* "had given the Pentagon[compound] permission", "offered Kyiv[compound] support": a name
 * opening the object of a verb of giving, with no second object, is whom it is given to (iobj),
 * the determiner before it its own. */
static void repair_double_object(tc_word *w, uint32_t n)
{
    static const char *const givers[] = {"give", "grant",   "offer", "send", "lend",
                                         "hand", "award",   "deny",  "sell", "owe",
                                         "show", "promise", "pay",   NULL};
    for (uint32_t o = 2; o < n; o++) {
        if (w[o].rel != TC_REL_OBJ || w[o].upos != TC_UPOS_NOUN || !w[o].head) continue;
        uint32_t v = w[o].head - 1u;
        int giver = 0;
        for (size_t j = 0; givers[j] && !giver; j++) giver = !strcmp(w[v].lemma, givers[j]);
        if (!giver || v > o) continue;
        uint32_t c = n, d = n;
        int other = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head == v + 1 && k != o && (w[k].rel == TC_REL_OBJ || w[k].rel == TC_REL_IOBJ))
                other = 1;
            if (w[k].head != o + 1 || k > o) continue;
            if (w[k].rel == TC_REL_COMPOUND && w[k].upos == TC_UPOS_PROPN && c == n) c = k;
            if (w[k].rel == TC_REL_DET && k < o) d = k;
        }
        if (other || c == n || c + 1 != o || (d != n && d > c)) continue;
        for (uint32_t k = v + 1; k < c; k++) /* only the determiner between */
            if (k != d) c = n;
        if (c == n) continue;
        hang(w, c, v, TC_REL_IOBJ);
        if (d != n) hang(w, d, c, TC_REL_DET);
    }
}

/* "Mujahid said Islamabad[nsubj of said] must address[ccomp] ...": a verb has one subject; a
 * second one after it, right before a clause it governs that has none (nothing but that
 * clause's auxiliaries and adverbs between), is that clause's subject. */
static void repair_second_subject(tc_word *w, uint32_t n)
{
    for (uint32_t b = 1; b + 1 < n; b++) {
        if (w[b].rel != TC_REL_NSUBJ || !w[b].head) continue;
        uint32_t v = w[b].head - 1u;
        if (v >= b) continue;
        int before = 0;
        for (uint32_t k = 0; k < v && !before; k++)
            before = w[k].head == v + 1 && w[k].rel == TC_REL_NSUBJ;
        if (!before) continue;
        uint32_t c = b + 1;
        while (c < n && phrase_of(w, c, c + 1, b)) c++;
        while (c < n && w[c].head && (w[c].rel == TC_REL_AUX || w[c].rel == TC_REL_ADVMOD) &&
               w[c].head - 1u > c)
            c = w[c].head - 1u;
        if (c >= n || w[c].head != v + 1 || w[c].rel != TC_REL_CCOMP) continue;
        int own = 0;
        for (uint32_t k = 0; k < n && !own; k++)
            own = w[k].head == c + 1 && (w[k].rel == TC_REL_NSUBJ ||
                                         w[k].rel == TC_REL_NSUBJ_PASS || w[k].rel == TC_REL_EXPL);
        for (uint32_t k = b + 1; k < c && !own; k++) /* only the clause's own words between */
            own = !phrase_of(w, k, k + 1, b) &&
                  !(w[k].head == c + 1 && (w[k].rel == TC_REL_AUX || w[k].rel == TC_REL_ADVMOD));
        if (!own) hang(w, b, c, TC_REL_NSUBJ);
    }
}

/* "The AU suspended Niger, and the Economic Community of West African States[conj of Niger]
 * lifted[conj of suspended] its sanctions", "raised its reward to $25 million and Britain[conj
 * of $] and the EU imposed sanctions": a finite verb joined to an earlier verb with no subject
 * of its own, right after "and" and a name the parser made a conjunct of a word of the first
 * clause, has that name (with its own list) for subject and the "and" for its conjunction. */
static void repair_and_clause_subject(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t v = 3; v < n; v++) {
        if (w[v].upos != TC_UPOS_VERB || w[v].rel != TC_REL_CONJ || !w[v].head ||
            w[v].head - 1u >= v)
            continue;
        const char *xp = tc_parse_xpos_name(p, w[v].xpos);
        if (strcmp(xp, "VBD") && strcmp(xp, "VBZ") && strcmp(xp, "VBP")) continue;
        uint32_t g = w[v].head - 1u, best = n;
        int own = 0;
        for (uint32_t k = 0; k < n && !own; k++)
            own = w[k].head == v + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_CC ||
                                         w[k].rel == TC_REL_NSUBJ_PASS || w[k].rel == TC_REL_EXPL);
        /* the first "and" after which every word up to the verb is one phrase, a conjunct of
           a word of the first clause that is no verb, with a name in it */
        for (uint32_t c = v - 2; !own && c > g; c--) {
            if (w[c].upos != TC_UPOS_CCONJ || strcmp(w[c].lemma, "and") || w[c].head <= c + 1 ||
                w[c].head - 1u >= v)
                continue;
            uint32_t s = w[c].head - 1u, x = w[s].head ? w[s].head - 1u : n;
            int name = 0;
            for (uint32_t k = c + 1; k < v; k++) name |= w[k].upos == TC_UPOS_PROPN;
            /* (not the pair of "between": "fighting between the army and the RSF continued") */
            for (uint32_t k = 0; k < x && x < c && name; k++)
                name = !(w[k].head == x + 1 && w[k].rel == TC_REL_CASE &&
                         !strcmp(w[k].lemma, "between"));
            if (name && w[s].rel == TC_REL_CONJ && x < c && x != g && w[x].upos != TC_UPOS_VERB &&
                (w[s].upos == TC_UPOS_NOUN || w[s].upos == TC_UPOS_PROPN) &&
                phrase_of(w, c + 1, v, s))
                best = c;
        }
        if (best == n) continue;
        hang(w, w[best].head - 1u, v, TC_REL_NSUBJ);
        hang(w, best, v, TC_REL_CC);
    }
}

/* "Police[compound of fired] fired[VBN] tear gas at protesters": a noun right before a verb
 * with no subject, hung on that verb as a modifier, is its subject. */
static void repair_noun_before_verb(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t v = 1; v < n; v++) {
        uint32_t x = v - 1;
        if (w[v].upos != TC_UPOS_VERB || w[x].head != v + 1 ||
            (w[x].upos != TC_UPOS_NOUN && w[x].upos != TC_UPOS_PROPN) ||
            (w[x].rel != TC_REL_COMPOUND && w[x].rel != TC_REL_AMOD && w[x].rel != TC_REL_NMOD &&
             w[x].rel != TC_REL_OBL_UNMARKED))
            continue;
        const char *xp = tc_parse_xpos_name(p, w[v].xpos);
        if (strcmp(xp, "VBD") && strcmp(xp, "VBN") && strcmp(xp, "VBZ") && strcmp(xp, "VBP"))
            continue;
        int subj = 0, obj = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head != v + 1) continue;
            subj |= w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS ||
                    w[k].rel == TC_REL_AUX_PASS || w[k].rel == TC_REL_AUX;
            obj |= w[k].rel == TC_REL_OBJ;
        }
        if (!subj && obj) w[x].rel = TC_REL_NSUBJ;
    }
}

/* "Putin met visiting[xcomp] Indian Prime Minister Narendra Modi[obj of visiting] in Moscow":
 * "visiting" right after a verb with no object of its own, before a person named with a title
 * or a nationality, is that one's adjective (news' "the visiting minister"): the visitor is the
 * verb's object, and what hung on "visiting" hangs on the verb. Not after a verb of going on
 * ("began visiting"). */
static void repair_visiting(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t g = 1; g < n; g++) {
        if (strcmp(w[g].lemma, "visit") || strcmp(tc_parse_xpos_name(p, w[g].xpos), "VBG") ||
            w[g].head != g || w[g].rel != TC_REL_XCOMP || w[g - 1].upos != TC_UPOS_VERB)
            continue;
        uint32_t v = g - 1, o = n;
        int taken = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head == v + 1 && w[k].rel == TC_REL_OBJ) taken = 1;
            if (w[k].head == g + 1 && w[k].rel == TC_REL_OBJ && o == n) o = k;
            if (w[k].head == g + 1 &&
                (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_AUX || w[k].rel == TC_REL_MARK))
                taken = 1;
        }
        /* (a person named with a title or a nationality: "began visiting[xcomp] Kenya" and
           "plans visiting South Africa" keep their reading) */
        int titled = 0;
        for (uint32_t k = g + 1; k < o; k++)
            titled |=
                w[k].head == o + 1 && (w[k].rel == TC_REL_AMOD || w[k].rel == TC_REL_NMOD_DESC);
        static const char *const going_on[] = {"begin",  "start",  "continue", "keep",      "stop",
                                               "finish", "resume", "avoid",    "consider",  "plan",
                                               "go",     "come",   "quit",     "recommend", NULL};
        for (size_t j = 0; going_on[j] && titled; j++) titled = strcmp(w[v].lemma, going_on[j]);
        if (taken || o == n || w[o].upos != TC_UPOS_PROPN || !titled) continue;
        for (uint32_t k = 0; k < n; k++)
            if (w[k].head == g + 1 && k != o) w[k].head = (uint16_t)(v + 1);
        hang(w, o, v, TC_REL_OBJ);
        hang(w, g, o, TC_REL_AMOD);
    }
}

/* "filed a lawsuit against[mark] visiting[advcl] Saudi Crown Prince X[obj of visiting]": after
 * a preposition, "visiting" before a person named with a title or a nationality is that
 * one's adjective as after a verb (repair_visiting): the person is the preposition's object
 * on the word "visiting" hung on, the preposition its case. */
static void repair_prep_visiting(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const preps[] = {"against", "with", "for", "by",    "to",   "from",
                                        "of",      "on",   "at",  "about", "upon", NULL};
    for (uint32_t g = 1; g < n; g++) {
        if (strcmp(w[g].lemma, "visit") || strcmp(tc_parse_xpos_name(p, w[g].xpos), "VBG") ||
            !w[g].head || w[g - 1].head != g + 1 ||
            (w[g - 1].rel != TC_REL_MARK && w[g - 1].rel != TC_REL_CASE))
            continue;
        int prep = 0;
        for (size_t j = 0; preps[j] && !prep; j++) prep = !strcmp(w[g - 1].lemma, preps[j]);
        uint32_t o = n;
        int taken = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head == g + 1 && w[k].rel == TC_REL_OBJ && o == n) o = k;
            if (w[k].head == g + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_AUX))
                taken = 1;
        }
        int titled = 0;
        for (uint32_t k = g + 1; k < o; k++)
            titled |=
                w[k].head == o + 1 && (w[k].rel == TC_REL_AMOD || w[k].rel == TC_REL_NMOD_DESC);
        if (!prep || taken || o == n || w[o].upos != TC_UPOS_PROPN || !titled) continue;
        uint32_t h = w[g].head - 1u;
        int verb = w[h].upos == TC_UPOS_VERB;
        for (uint32_t k = 0; k < n; k++)
            if (w[k].head == g + 1 && k != o && k != g - 1) w[k].head = (uint16_t)(h + 1);
        hang(w, o, h, verb ? TC_REL_OBL : TC_REL_NMOD);
        hang(w, g - 1, o, TC_REL_CASE);
        hang(w, g, o, TC_REL_AMOD);
    }
}

/* "12 people were killed on March 5 as[case] Russian forces[nmod of 5] launched[advcl] air
 * strikes": a noun opened by a subordinator of time or cause and hung as a modifier on a word
 * before it, right before a finite verb with no subject of its own that does not lie in the
 * noun's phrase, is that verb's subject, and the subordinator its mark (the coder had given
 * the verb the main clause's passive subject, the victims, as the striker). Not "such as",
 * "as well as". (Session of 2026-12-07, the thirteenth: strictP13.) */
static void repair_subordinate_subject(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const subs[] = {"as",    "when",    "after", "before", "while",
                                       "since", "because", "until", "once",   NULL};
    for (uint32_t m = 1; m + 2 < n; m++) {
        int sub = 0; /* (the relation first: asked of every word, the lemmas cost more) */
        for (size_t j = 0; subs[j] && !sub && w[m].rel == TC_REL_CASE; j++)
            sub = !strcmp(w[m].lemma, subs[j]);
        if (!sub || w[m].rel != TC_REL_CASE || !w[m].head || !strcmp(w[m - 1].lemma, "such") ||
            !strcmp(w[m - 1].lemma, "well"))
            continue;
        uint32_t x = w[m].head - 1u;
        if (x <= m || x + 1 >= n || (w[x].upos != TC_UPOS_NOUN && w[x].upos != TC_UPOS_PROPN) ||
            (w[x].rel != TC_REL_NMOD && w[x].rel != TC_REL_OBL) || !w[x].head ||
            w[x].head - 1u >= m || !phrase_of(w, m, x + 1, x))
            continue;
        uint32_t v = x + 1;
        while (v < n && (w[v].rel == TC_REL_AUX || w[v].rel == TC_REL_AUX_PASS) && w[v].head &&
               w[v].head - 1u > v)
            v = w[v].head - 1u;
        if (v >= n || w[v].upos != TC_UPOS_VERB || phrase_of(w, v, v + 1, x)) continue;
        const char *xp = tc_parse_xpos_name(p, w[v].xpos);
        int finite = !strcmp(xp, "VBD") || !strcmp(xp, "VBZ") || !strcmp(xp, "VBP"), subj = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head != v + 1) continue;
            subj |= w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS ||
                    w[k].rel == TC_REL_EXPL || w[k].rel == TC_REL_MARK;
            finite |= (w[k].rel == TC_REL_AUX || w[k].rel == TC_REL_AUX_PASS) && k > x;
        }
        if (!finite || subj) continue;
        hang(w, x, v, TC_REL_NSUBJ);
        hang(w, m, v, TC_REL_MARK);
    }
}

/* "released two soldiers[nsubj of held] held[ccomp] captive", "will release two
 * soldiers[obj] held[amod of captive] captive[obj of release]": a noun followed by "held
 * captive", "held hostage" or "held prisoner" is the one held, as the parser reads "a
 * journalist held[acl, VBN] hostage[obj]": the noun is the verb's object (it had no target,
 * or "captive" was its words), "held" its participle. (Session of 2026-12-07, the
 * thirteenth: strictP13.) */
static void repair_held_captive(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const held_as[] = {"captive", "hostage", "prisoner", NULL};
    for (uint32_t h = 2; h + 1 < n; h++) {
        uint32_t x = h - 1, c = h + 1;
        if (strcmp(w[h].lemma, "hold")) continue; /* (before the three: most words are none) */
        int as = 0;
        for (size_t j = 0; held_as[j] && !as; j++) as = !strcmp(w[c].lemma, held_as[j]);
        if (!as || !w[h].head || !w[x].head ||
            (w[x].upos != TC_UPOS_NOUN && w[x].upos != TC_UPOS_PROPN))
            continue;
        if (w[x].rel == TC_REL_NSUBJ && w[x].head == h + 1 && w[h].head - 1u < x &&
            (w[h].rel == TC_REL_CCOMP || w[h].rel == TC_REL_XCOMP || w[h].rel == TC_REL_ADVCL ||
             w[h].rel == TC_REL_PARATAXIS)) {
            uint32_t g = w[h].head - 1u;
            int obj = 0;
            for (uint32_t k = 0; k < n && !obj; k++)
                obj = w[k].head == g + 1 && w[k].rel == TC_REL_OBJ;
            if (obj) continue;
            hang(w, x, g, TC_REL_OBJ);
        } else if (w[x].rel == TC_REL_OBJ && w[h].rel == TC_REL_AMOD && w[h].head == c + 1 &&
                   w[c].rel == TC_REL_OBJ && w[c].head == w[x].head) {
            for (uint32_t k = 0; k < n; k++) /* "held captive by them[nmod of captive]" */
                if (w[k].head == c + 1 && k != h) {
                    w[k].head = (uint16_t)(h + 1);
                    if (w[k].rel == TC_REL_NMOD) w[k].rel = TC_REL_OBL;
                }
        } else
            continue;
        hang(w, h, x, TC_REL_ACL);
        hang(w, c, h, w[c].upos == TC_UPOS_ADJ ? TC_REL_XCOMP : TC_REL_OBJ);
        if (p->xpos_vbn < p->nxpos) w[h].xpos = (uint8_t)p->xpos_vbn;
        for (uint32_t i = 0; i < p->nfeats; i++) /* (and a past participle's features) */
            if (!strcmp(p->strings + p->feats_name[i], "Tense=Past|VerbForm=Part")) {
                w[h].feats = (uint16_t)i;
                break;
            }
    }
}

/* "Somalia said Kenyan troops[nsubj of killed] killed[amod] dozens[obj of said]": a past
 * tense or participle read as the adjective of the noun after it, with a subject of its own
 * before it, is the verb of the clause the noun was taken to be: it takes the noun's place
 * (a verb's object or complement: the clause it says, ccomp) and the noun becomes its
 * object. */
static void repair_subject_modifier(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t v = 1; v + 1 < n; v++) {
        const char *x = tc_parse_xpos_name(p, w[v].xpos);
        if (w[v].rel != TC_REL_AMOD || w[v].upos != TC_UPOS_VERB || !w[v].head ||
            w[v].head - 1u <= v || (strcmp(x, "VBD") && strcmp(x, "VBN")))
            continue;
        uint32_t h = w[v].head - 1u;
        if ((w[h].rel != TC_REL_OBJ && w[h].rel != TC_REL_CCOMP) || !w[h].head ||
            w[w[h].head - 1u].upos != TC_UPOS_VERB)
            continue;
        int subj = 0;
        for (uint32_t k = 0; k < v && !subj; k++)
            subj = w[k].head == v + 1 && w[k].rel == TC_REL_NSUBJ;
        if (!subj) continue;
        hang(w, v, w[h].head - 1u, TC_REL_CCOMP);
        hang(w, h, v, TC_REL_OBJ);
    }
}

/* "A plane used[root] to help Afghan troops crashed[xcomp of help] near Kabul": a past
 * tense after a subject and an infinitive of purpose, hung inside that infinitive as its
 * complement, is the sentence's verb; the first verb is a participle modifying the subject. */
static void repair_reduced_relative(const tc_parser *p, tc_word *w, uint32_t n)
{
    uint32_t r = 0;
    while (r < n && w[r].head) r++;
    if (r == n || w[r].upos != TC_UPOS_VERB || strcmp(tc_parse_xpos_name(p, w[r].xpos), "VBD"))
        return;
    uint32_t subj = n, inf = n;
    for (uint32_t k = 0; k < n; k++) {
        if (w[k].head != r + 1) continue;
        if (w[k].rel == TC_REL_NSUBJ && k < r &&
            (w[k].upos == TC_UPOS_NOUN || w[k].upos == TC_UPOS_PROPN))
            subj = k;
        if (w[k].rel == TC_REL_XCOMP && k > r) inf = k;
        if (w[k].rel == TC_REL_AUX || w[k].rel == TC_REL_OBJ) return; /* "used the plane" */
    }
    if (subj == n || inf == n || subj + 1 != r) return;
    for (uint32_t v = inf + 1; v < n; v++) {
        const char *x = tc_parse_xpos_name(p, w[v].xpos);
        if (w[v].upos != TC_UPOS_VERB || (strcmp(x, "VBD") && strcmp(x, "VBN")) ||
            w[v].head != inf + 1 || w[v].rel != TC_REL_XCOMP)
            continue;
        if (w[v - 1].upos == TC_UPOS_CCONJ || w[v - 1].upos == TC_UPOS_PUNCT) return;
        for (uint32_t k = 0; k < n; k++)
            if (w[k].head == v + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS))
                return;
        w[v].head = 0;
        w[v].rel = TC_REL_ROOT;
        hang(w, subj, v, TC_REL_NSUBJ);
        hang(w, r, subj, TC_REL_ACL);
        for (uint32_t k = v + 1; k < n; k++) /* the final punctuation */
            if (w[k].head == r + 1 && w[k].upos == TC_UPOS_PUNCT) w[k].head = (uint16_t)(v + 1);
        return;
    }
}

/* "threatened that if X did not comply, Y would cut ties": the parser takes the condition's
 * verb for the complement of "that" and hangs the clause with "would" beside it (parataxis):
 * the clause with the modal is the complement, the condition its adverbial clause, and "that"
 * its mark. */
static void repair_that_if(tc_word *w, uint32_t n)
{
    static const char *const modals[] = {"would", "will", "could", "might", "shall", NULL};
    for (uint32_t c = 1; c < n; c++) {
        if (w[c].rel != TC_REL_CCOMP || !w[c].head || w[c].upos != TC_UPOS_VERB) continue;
        uint32_t v = w[c].head - 1u, that = n, cond = n;
        for (uint32_t k = 0; k < c; k++) {
            if (w[k].head != c + 1 || w[k].rel != TC_REL_MARK) continue;
            if (!strcmp(w[k].lemma, "that")) that = k;
            if (!strcmp(w[k].lemma, "if") || !strcmp(w[k].lemma, "unless")) cond = k;
        }
        if (that == n || cond == n || cond != that + 1 || v > that) continue;
        /* (the modal's clause hung on the main verb, or joined to the condition's verb) */
        uint32_t q = n;
        for (uint32_t k = c + 1; k < n && q == n; k++) {
            if ((w[k].head != v + 1 && w[k].head != c + 1) || w[k].upos != TC_UPOS_VERB ||
                (w[k].rel != TC_REL_PARATAXIS && w[k].rel != TC_REL_CONJ))
                continue;
            for (uint32_t j = c + 1; j < k && q == n; j++) {
                int modal = 0;
                for (size_t m = 0; modals[m] && !modal; m++) modal = !strcmp(w[j].lemma, modals[m]);
                if (modal && w[j].head == k + 1 && w[j].rel == TC_REL_AUX) q = k;
            }
        }
        if (q == n) continue;
        /* ... and its subject, taken for the condition's object right before the modal
           ("if Uganda did not comply, Kenya[obj] would cut ties") */
        for (uint32_t k = c + 1; k + 1 < q; k++)
            if (w[k].head == c + 1 && w[k].rel == TC_REL_OBJ && w[k + 1].head == q + 1 &&
                w[k + 1].rel == TC_REL_AUX && k > 0 && !strcmp(w[k - 1].lemma, ","))
                hang(w, k, q, TC_REL_NSUBJ);
        hang(w, q, v, TC_REL_CCOMP);
        hang(w, c, q, TC_REL_ADVCL);
        hang(w, that, q, TC_REL_MARK);
    }
}

/* ---- wire copy's sentence structures (sixteenth session, parse16; issue 14, "Coder v2") ---- */

/* Is word k a subject (nsubj, nsubj:pass, expl)? */
static int subject_rel(const tc_word *w, uint32_t k)
{
    return w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS || w[k].rel == TC_REL_EXPL;
}

/* Has word v a dependent of relation rel (and, lemma not NULL, that lemma)? */
static int has_dep(const tc_word *w, uint32_t n, uint32_t v, int rel, const char *lemma)
{
    for (uint32_t k = 0; k < n; k++)
        if (w[k].head == v + 1 && w[k].rel == rel && (!lemma || !strcmp(w[k].lemma, lemma)))
            return 1;
    return 0;
}

/* Has word v a subject of its own? */
static int has_subject(const tc_word *w, uint32_t n, uint32_t v)
{
    for (uint32_t k = 0; k < n; k++)
        if (w[k].head == v + 1 && subject_rel(w, k)) return 1;
    return 0;
}

/* Is w[v]'s tag one of the past tense or participle, or a present ("VBD", "VBZ", ...)? */
static int xpos_is(const tc_parser *p, const tc_word *w, uint32_t v, const char *const *tags)
{
    const char *x = tc_parse_xpos_name(p, w[v].xpos);
    for (size_t j = 0; tags[j]; j++)
        if (!strcmp(x, tags[j])) return 1;
    return 0;
}

/* "The United States[nsubj of Kingdom], the United Kingdom and France imposed": a noun is no
 * predicate without a copula, so a noun hung as the subject of a noun after it, a comma
 * between their phrases and a member joined by "and" or "or" after the second, is the first
 * member of the list: it takes the second's place, and the second and the later members are
 * its conjuncts. */
static void repair_list_first_subject(tc_word *w, uint32_t n)
{
    for (uint32_t x = 0; x + 3 < n; x++) {
        if (w[x].rel != TC_REL_NSUBJ || !nominal(w, x) || !w[x].head) continue;
        uint32_t h = w[x].head - 1u, c = x + 1;
        if (h <= x + 1 || !nominal(w, h) || has_dep(w, n, h, TC_REL_COP, NULL)) continue;
        while (c < h && phrase_of(w, c, c + 1, x) && w[c].upos != TC_UPOS_PUNCT) c++;
        if (c >= h || strcmp(w[c].lemma, ",") || !phrase_of(w, c + 1, h, h)) continue;
        int joined = 0; /* a later member with its "and" */
        for (uint32_t k = h + 1; k < n && !joined; k++)
            if (w[k].head == h + 1 && w[k].rel == TC_REL_CONJ)
                for (uint32_t j = h + 1; j < k && !joined; j++)
                    joined = w[j].head == k + 1 && w[j].rel == TC_REL_CC;
        if (!joined) continue;
        for (uint32_t k = 0; k < n; k++)
            if (w[k].head == h + 1 && w[k].rel == TC_REL_CONJ) w[k].head = (uint16_t)(x + 1);
        w[x].head = w[h].head;
        w[x].rel = w[h].rel;
        hang(w, h, x, TC_REL_CONJ);
        hang(w, c, h, TC_REL_PUNCT);
    }
}

/* "Britain and Canada[nsubj of have] have both designated X": a subject hung on an auxiliary
 * with a floating "both", "all" or "each" between the auxiliary and its verb belongs to the
 * verb (an auxiliary heads nothing; repair_aux_dependents reads only adverbs between). */
static void repair_floating_quantifier(tc_word *w, uint32_t n)
{
    static const char *const floating[] = {"both", "all", "each", NULL};
    for (uint32_t k = 0; k < n; k++) {
        if (!w[k].head || !subject_rel(w, k)) continue;
        uint32_t a = w[k].head - 1u;
        if ((w[a].rel != TC_REL_AUX && w[a].rel != TC_REL_AUX_PASS) || !w[a].head || a < k)
            continue;
        uint32_t v = w[a].head - 1u;
        if (v <= a || (w[v].upos != TC_UPOS_VERB && w[v].upos != TC_UPOS_AUX)) continue;
        int q = 0, close = 1;
        for (uint32_t c = a + 1; c < v && close; c++) {
            int f = 0;
            for (size_t j = 0; floating[j] && !f; j++) f = !strcmp(w[c].lemma, floating[j]);
            q |= f;
            close = f || w[c].upos == TC_UPOS_ADV || w[c].upos == TC_UPOS_PART ||
                    w[c].upos == TC_UPOS_AUX;
        }
        if (!q || !close) continue;
        hang(w, k, v,
             w[a].rel == TC_REL_AUX_PASS && w[k].rel == TC_REL_NSUBJ ? TC_REL_NSUBJ_PASS
                                                                     : w[k].rel);
    }
    /* "Norway and Iceland have[root] both[det of talks] suspended[amod of talks] talks": the
       participle after "have" and the quantifier is the verb, "have" its auxiliary, the noun
       its object */
    for (uint32_t h = 0; h + 3 < n; h++) {
        uint32_t q = h + 1, v = h + 2;
        int f = 0;
        for (size_t j = 0; floating[j] && !f; j++) f = !strcmp(w[q].lemma, floating[j]);
        if (!f || strcmp(w[h].lemma, "have") || w[v].upos != TC_UPOS_VERB ||
            w[v].rel != TC_REL_AMOD || !w[v].head)
            continue;
        uint32_t o = w[v].head - 1u;
        if (o <= v || w[o].head != h + 1 || w[o].rel != TC_REL_OBJ || !nominal(w, o)) continue;
        w[v].head = w[h].head;
        w[v].rel = w[h].rel;
        for (uint32_t k = 0; k < n; k++)
            if (w[k].head == h + 1) w[k].head = (uint16_t)(v + 1);
        hang(w, h, v, TC_REL_AUX);
        hang(w, q, v, TC_REL_ADVMOD);
    }
}

/* Is w[t] a unit of time that measures how long after or before ("days", "two weeks")? */
static int time_unit(const tc_word *w, uint32_t t)
{
    static const char *const units[] = {"minute", "hour", "day",    "week",
                                        "month",  "year", "decade", NULL};
    if (w[t].upos != TC_UPOS_NOUN) return 0;
    for (size_t j = 0; units[j]; j++)
        if (!strcmp(w[t].lemma, units[j])) return 1;
    return 0;
}

/* "..., the ministry said, days[nsubj of said] after the two navies held exercises", "weeks[nsubj
 * of collapsed] after the ceasefire[nmod of weeks] collapsed": a unit of time right before
 * "after" or "before" measures the span to what follows: it hangs on the clause's verb
 * (obl:unmarked) or on the noun of the phrase (nmod:unmarked), as EWT does, and is no one's
 * subject; a phrase of "after" the parser read as a clause's subject is the clause's subject
 * with "after" its mark. A clause with such a mark, or a noun with such a case word, is no
 * complement of a verb (ccomp): an adverbial clause, an oblique. */
static void repair_span_after(tc_word *w, uint32_t n)
{
    for (uint32_t t = 0; t + 2 < n; t++) {
        uint32_t m = t + 1;
        if (!time_unit(w, t) || (strcmp(w[m].lemma, "after") && strcmp(w[m].lemma, "before")) ||
            !w[m].head || w[m].head - 1u <= m)
            continue;
        uint32_t x = w[m].head - 1u;
        /* "weeks after the ceasefire[nmod of weeks] collapsed[verb of weeks]", "days after[case]
           militants[nsubj] attacked": the clause */
        uint32_t v = n;
        if (nominal(w, x) && w[x].head == t + 1 && w[t].rel == TC_REL_NSUBJ && w[t].head)
            v = w[t].head - 1u;
        else if (nominal(w, x) && w[x].rel == TC_REL_NSUBJ && w[x].head)
            v = w[x].head - 1u;
        if (v < n && v > x && w[v].upos == TC_UPOS_VERB && w[m].rel == TC_REL_CASE &&
            phrase_of(w, m, v, x)) {
            hang(w, x, v, TC_REL_NSUBJ);
            hang(w, m, v, TC_REL_MARK);
            w[m].upos = TC_UPOS_SCONJ;
            x = v;
        }
        if ((w[t].head == x + 1 && !subject_rel(w, t)) || phrase_of(w, x, x + 1, t)) continue;
        if (w[x].upos == TC_UPOS_VERB && w[m].rel == TC_REL_MARK)
            hang(w, t, x, TC_REL_OBL_UNMARKED);
        else if (nominal(w, x) && w[m].rel == TC_REL_CASE)
            hang(w, t, x, TC_REL_NMOD_UNMARKED);
        else
            continue;
        uint32_t r = 0;
        while (r < n && w[r].head) r++;
        for (uint32_t k = 0; k < n; k++) /* ("," before the unit: the clause's; the end: the
                                            root's) */
            if (w[k].head == t + 1 && w[k].upos == TC_UPOS_PUNCT && k != t)
                w[k].head = (uint16_t)((k < t || r == n ? x : r) + 1);
    }
    static const char *const adverbial[] = {"after",   "before",   "since",  "until", "while",
                                            "because", "although", "though", "once",  NULL};
    for (uint32_t c = 0; c < n; c++) {
        if (w[c].rel != TC_REL_CCOMP) continue;
        int marked = 0;
        for (uint32_t k = 0; k < c && !marked; k++)
            if (w[k].head == c + 1 && (w[k].rel == TC_REL_MARK || w[k].rel == TC_REL_CASE))
                for (size_t j = 0; adverbial[j] && !marked; j++)
                    marked = !strcmp(w[k].lemma, adverbial[j]);
        /* (a noun only with its span, "days after a strike[ccomp]": "said after renewed
           fighting[ccomp]" read as an oblique gives the speaker the fighting in the coder) */
        if (marked && nominal(w, c) && has_dep(w, n, c, TC_REL_NMOD_UNMARKED, NULL))
            w[c].rel = TC_REL_OBL;
        else if (marked && !nominal(w, c) && has_subject(w, n, c)) /* (a finite clause: "said
                                          after renewed fighting" the coder would give the
                                          speaker, as an adverbial clause of the saying) */
            w[c].rel = TC_REL_ADVCL;
    }
}

/* The head of the words [c, v) when one word of them hangs outside them (n if not one). */
static uint32_t phrase_head(const tc_word *w, uint32_t n, uint32_t c, uint32_t v)
{
    uint32_t h = n, heads = 0;
    for (uint32_t k = c; k < v; k++)
        if (!w[k].head || w[k].head - 1u < c || w[k].head - 1u >= v) heads++, h = k;
    return heads == 1 ? h : n;
}

/* "Belarus freed three people in a deal[nsubj of said] brokered by Lithuania, U.S.
 * officials[obl:agent of brokered] said": a verb of saying that closes the sentence, after a
 * comma and one noun phrase, has that phrase for its subject; a subject the parser gave it
 * before the comma that has a preposition of its own is no subject (a phrase of the clause
 * it says: an oblique of that clause's verb). */
static void repair_closing_speaker_phrase(tc_word *w, uint32_t n)
{
    for (uint32_t v = 2; v < n; v++) {
        if (!speech_verb(w, v)) continue;
        int last = 1; /* nothing after it but punctuation */
        for (uint32_t k = v + 1; k < n && last; k++) last = w[k].upos == TC_UPOS_PUNCT;
        uint32_t c = v;
        while (c > 0 && w[c - 1].upos != TC_UPOS_PUNCT) c--;
        if (!last || c < 2 || c == v || v - c > 8 || strcmp(w[c - 1].lemma, ",")) continue;
        uint32_t h = phrase_head(w, n, c, v), s = n, says = n;
        if (h == n || !nominal(w, h) || (w[h].head == v + 1 && subject_rel(w, h))) continue;
        for (uint32_t k = 0; k + 1 < c; k++) {
            if (w[k].head != v + 1) continue;
            if (w[k].rel == TC_REL_NSUBJ) s = k;
            if (w[k].rel == TC_REL_CCOMP && w[k].upos == TC_UPOS_VERB) says = k;
        }
        if (s == n || says == n || says > s || !has_dep(w, n, s, TC_REL_CASE, NULL)) continue;
        hang(w, s, says, TC_REL_OBL);
        hang(w, h, v, TC_REL_NSUBJ);
        hang(w, c - 1, v, TC_REL_PUNCT);
    }
}

/* "Japan and the Philippines held an exercise ..., their defence ministries said[conj of
 * held], days after ...": a verb of saying with a subject of its own right after a comma,
 * joined with no "and" to the sentence's root before it and saying nothing after it, is the
 * sentence's verb, the root what it says (a closing attribution, as repair_speaker_phrase
 * reads one with no subject). */
static void repair_closing_said_conj(tc_word *w, uint32_t n)
{
    for (uint32_t v = 3; v < n; v++) {
        if (!speech_verb(w, v) || !w[v].head ||
            (w[v].rel != TC_REL_CONJ && w[v].rel != TC_REL_PARATAXIS))
            continue;
        uint32_t g = w[v].head - 1u, c = v;
        while (c > 0 && w[c - 1].upos != TC_UPOS_PUNCT) c--;
        if (g >= v || w[g].head || c < 2 || c == v || v - c > 8 || strcmp(w[c - 1].lemma, ",") ||
            g >= c - 1)
            continue;
        int subj = 0, bad = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head != v + 1) continue;
            subj |= w[k].rel == TC_REL_NSUBJ && k >= c && k < v;
            bad |= w[k].rel == TC_REL_CC || w[k].rel == TC_REL_MARK ||
                   (k > v && (w[k].rel == TC_REL_OBJ || w[k].rel == TC_REL_CCOMP ||
                              w[k].rel == TC_REL_XCOMP || w[k].rel == TC_REL_IOBJ));
        }
        if (!subj || bad || phrase_head(w, n, c, v) == n) continue;
        w[v].head = 0;
        w[v].rel = TC_REL_ROOT;
        hang(w, g, v, TC_REL_CCOMP);
        hang(w, c - 1, v, TC_REL_PUNCT);
        for (uint32_t k = v + 1; k < n; k++) /* the sentence's end */
            if (w[k].head == g + 1 && w[k].upos == TC_UPOS_PUNCT) w[k].head = (uint16_t)(v + 1);
        return;
    }
}

/* Has word a an agent of "by" (obl:agent, or an oblique with "by")? The agent or n. */
static uint32_t by_agent_of(const tc_word *w, uint32_t n, uint32_t a)
{
    for (uint32_t k = a + 1; k < n; k++)
        if (w[k].head == a + 1 && (w[k].rel == TC_REL_OBL_AGENT || w[k].rel == TC_REL_OBL) &&
            has_dep(w, n, k, TC_REL_CASE, "by"))
            return k;
    return n;
}

/* "Drones[root] launched[acl] by a militia struck[xcomp of launched] a base", "Troops
 * deployed[root, VBD] by Russia attacked[xcomp] a village": a participle with a "by" agent
 * right after its noun, and a past tense after the agent's phrase hung on the participle with
 * no subject, conjunction or mark of its own, is a reduced relative and the sentence's verb:
 * the past tense is the root, the noun its subject, the participle the noun's acl. */
static void repair_agent_participle(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const past[] = {"VBD", NULL}, *const part[] = {"VBN", "VBD", NULL};
    uint32_t r = 0;
    while (r < n && w[r].head) r++;
    if (r == n) return;
    uint32_t s = n, a = n;
    if (nominal(w, r)) { /* the noun the root, the participle its acl */
        for (uint32_t k = r + 1; k < n && a == n; k++)
            if (w[k].head == r + 1 && w[k].rel == TC_REL_ACL && w[k].upos == TC_UPOS_VERB &&
                xpos_is(p, w, k, part) && phrase_of(w, r + 1, k, r))
                a = k;
        s = r;
    } else if (w[r].upos == TC_UPOS_VERB && xpos_is(p, w, r, part) && r > 0 &&
               w[r - 1].head == r + 1 && w[r - 1].rel == TC_REL_NSUBJ && nominal(w, r - 1) &&
               !has_dep(w, n, r, TC_REL_AUX, NULL) && !has_dep(w, n, r, TC_REL_AUX_PASS, NULL) &&
               !has_dep(w, n, r, TC_REL_OBJ, NULL)) {
        a = r;
        s = r - 1;
    }
    if (a == n) return;
    uint32_t ag = by_agent_of(w, n, a);
    if (ag == n) return;
    uint32_t end = ag + 1; /* one past the agent's phrase */
    while (end < n && phrase_of(w, end, end + 1, ag)) end++;
    uint32_t v = end;
    /* (a participle too when it has an object of its own: "attacked[VBN] a village") */
    if (v >= n || w[v].head != a + 1 || w[v].upos != TC_UPOS_VERB ||
        !(xpos_is(p, w, v, past) || (xpos_is(p, w, v, part) && has_dep(w, n, v, TC_REL_OBJ, NULL))))
        return;
    int rel = w[v].rel;
    if ((rel != TC_REL_XCOMP && rel != TC_REL_CONJ && rel != TC_REL_CCOMP && rel != TC_REL_ADVCL &&
         rel != TC_REL_DEP && rel != TC_REL_PARATAXIS) ||
        has_subject(w, n, v) || has_dep(w, n, v, TC_REL_CC, NULL) ||
        has_dep(w, n, v, TC_REL_MARK, NULL))
        return;
    w[v].head = 0;
    w[v].rel = TC_REL_ROOT;
    w[ag].rel = TC_REL_OBL_AGENT; /* (a participle's "by" phrase: its agent) */
    if (a == r) {
        hang(w, s, v, TC_REL_NSUBJ);
        hang(w, a, s, TC_REL_ACL);
        if (p->xpos_vbn < p->nxpos) w[a].xpos = (uint8_t)p->xpos_vbn;
    } else {
        hang(w, s, v, TC_REL_NSUBJ);
    }
    for (uint32_t k = v + 1; k < n; k++) /* what follows the verb is the verb's */
        if (w[k].head == a + 1 || w[k].head == s + 1) w[k].head = (uint16_t)(v + 1);
}

/* The repairs of wire copy's structures above: the subjects' first, before the others (the
 * lists and roots they mend are read by them) ... */
static void repair_wire_subjects(const tc_parser *p, tc_word *w, uint32_t n)
{
    repair_list_first_subject(w, n);
    repair_floating_quantifier(w, n);
    repair_agent_participle(p, w, n);
}

/* ... and the closing attributions' last, after the repairs that make clauses of "after"
 * phrases (repair_clause_after, repair_subordinate_subject); a saying that lost a false
 * subject then finds its speaker as repair_closing_speaker reads one. */
static void repair_wire_closings(tc_word *w, uint32_t n)
{
    repair_span_after(w, n);
    repair_closing_speaker_phrase(w, n);
    repair_closing_speaker(w, n);
    repair_closing_said_conj(w, n);
}

/* Whatever the repairs did, the words form one tree: a word whose heads loop is hung on the
 * root (a repair's mistake must cost an arc, never a loop in the code that climbs the tree). */
static void untangle(tc_word *w, uint32_t n)
{
    uint32_t root = 0;
    while (root < n && w[root].head) root++;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t h = i, steps = 0;
        while (w[h].head && steps++ <= n) h = w[h].head - 1u;
        if (!w[h].head) continue;
        if (root == n) { /* no root left: this word is it */
            w[i].head = 0;
            w[i].rel = TC_REL_ROOT;
            root = i;
        } else {
            hang(w, i, root, TC_REL_DEP);
        }
    }
}

/* Voice from the tree: a participle with a passive auxiliary is passive; one with the perfect
 * "have" and no passive auxiliary ("had closed the road") is not, whatever its word says. */
static void mark_voice(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        if (!w[i].head) continue;
        tc_word *h = &w[w[i].head - 1];
        if (w[i].rel == TC_REL_AUX_PASS) h->feats = p->feats_pass[h->feats];
    }
    for (uint32_t i = 0; i < n; i++) {
        if (!w[i].head || w[i].rel != TC_REL_AUX || strcmp(w[i].lemma, "have") != 0) continue;
        tc_word *h = &w[w[i].head - 1];
        int passive = 0;
        for (uint32_t k = 0; k < n; k++)
            passive |= w[k].head == w[i].head && w[k].rel == TC_REL_AUX_PASS;
        if (!passive) h->feats = p->feats_active[h->feats];
    }
}

/* Tags words[0..n) into w (tw: their atoms, filled here): classes, repairs, lemmas, features.
 * name (NULL for none): the words a dictionary knows as part of a proper name. */
static void tag_sentence(const tc_parser *p, const char *const *words, const uint32_t *len,
                         uint32_t n, const uint8_t *name, tc_tagword *tw, uint8_t *xpos,
                         tc_arena *a, tc_word *w)
{
    uint8_t *cls = tc_arena_alloc(a, n), *upos = tc_arena_alloc(a, n);
    for (uint32_t i = 0; i < n; i++) tc_tag_atoms(p, words[i], len[i], &tw[i]);
    tc_tag_words(p, tw, n, cls, upos, xpos);
    if (name) tc_tag_names(p, words, n, name, cls, upos, xpos);
    tc_tag_opening_noun(p, tw, words, len, n, cls, upos, xpos);
    tc_tag_particle_object(p, words, len, n, cls, upos, xpos);
    tc_tag_noun_pair(p, words, len, n, cls, upos, xpos);
    tc_tag_finite(p, tw, words, len, n, cls, upos, xpos);
    tc_tag_infinitive(p, tw, words, len, n, cls, upos, xpos);
    tc_tag_mandative(p, tw, words, len, n, cls, upos, xpos);
    tc_tag_present(p, tw, words, len, n, cls, upos, xpos);
    tc_tag_possessed(p, tw, words, len, n, cls, upos, xpos);
    tc_tag_modal(p, tw, words, len, n, cls, upos, xpos);
    tc_tag_clause_past(p, tw, words, len, n, cls, upos, xpos);
    tc_tag_capital(p, words, len, n, cls, upos, xpos);
    for (uint32_t i = 0; i < n; i++) {
        w[i].tok = i;
        w[i].len = len[i];
        w[i].upos = upos[i];
        w[i].xpos = xpos[i];
        int feats;
        tc_tag_lemma_feats(p, words[i], len[i], xpos[i], upos[i], a, &w[i].lemma, &tw[i].lem,
                           &feats);
        w[i].feats = (uint16_t)feats;
        w[i].rel = TC_REL_DEP;
        w[i].head = 0;
    }
}

/* Parses tagged words w[0..n) (tw, xpos: their atoms and tags) and repairs the tree. */
static void parse_tagged(const tc_parser *p, const tc_tagword *tw, const uint8_t *xpos, uint32_t n,
                         tc_arena *a, tc_word *w)
{
    parse_all(p, tw, xpos, n, a, w);
    repair_verbal_nouns(w, n);
    repair_wire_subjects(p, w, n);
    repair_verbless_root(p, w, n);
    repair_relative_then_verb(p, w, n);
    repair_relative_conj(w, n);
    repair_clause_after(p, w, n);
    repair_closing_speaker(w, n);
    repair_speaker_phrase(w, n);
    repair_bare_ccomp(w, n);
    repair_particle_object(w, n);
    repair_quote_speaker(w, n);
    repair_object_subject(w, n);
    repair_to_conj(w, n);
    repair_participle_subject(p, w, n);
    repair_passive_agent(w, n);
    repair_reported_participle(p, w, n);
    repair_list_compound(w, n);
    repair_aux_dependents(w, n);
    repair_verb_possessor(w, n);
    repair_list_possessive(w, n);
    repair_fronted_subject(w, n);
    repair_fronted_phrase(p, w, n);
    repair_fronted_csubj(w, n);
    repair_participle_pair(p, w, n);
    repair_span_object(w, n);
    repair_ago_compound(w, n);
    repair_participle_after_clause(p, w, n);
    repair_possessive_list(w, n);
    repair_between_pair(w, n);
    repair_and_pair(w, n);
    repair_closed_list_appos(w, n);
    repair_dateline_subject(w, n);
    repair_demanded_subjunctive(p, w, n);
    repair_postposed_noun_amod(w, n);
    repair_place_name_subject(w, n);
    repair_double_object(w, n);
    repair_second_subject(w, n);
    repair_and_clause_subject(p, w, n);
    repair_noun_before_verb(p, w, n);
    repair_subject_modifier(p, w, n);
    repair_visiting(p, w, n);
    repair_prep_visiting(p, w, n);
    repair_reduced_relative(p, w, n);
    repair_subordinate_subject(p, w, n);
    repair_held_captive(p, w, n);
    repair_that_if(w, n);
    repair_wire_closings(w, n);
    untangle(w, n);
    mark_voice(p, w, n);
}

static int word_eq(const char *w, uint32_t n, const char *x)
{
    /* the first letters first: bare_time asks every word of a sentence of several lists */
    return (n ? x[0] == w[0] : !x[0]) && strlen(x) == n && !memcmp(w, x, n);
}

static int word_in(const char *w, uint32_t n, const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (word_eq(w, n, list[k])) return 1;
    return 0;
}

static const char *const weekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday",    NULL};

/* The words of a bare time phrase of news that starts at word i, or 0: a weekday with no
 * preposition, perhaps with its part of the day ("Friday evening"), or "last", "this" or
 * "next" with a week, month, year, weekend, night or weekday ("last week"). Not after a word
 * that makes it part of a phrase ("on Friday", "since last year", "the Friday", "of last
 * week"), nor before a possessive or a noun it qualifies ("Friday's vote", "Friday prayers",
 * "last week's talks"): tags are those of the whole sentence. */
static uint32_t bare_time(const char *const *words, const uint32_t *len, const tc_word *w,
                          uint32_t n, uint32_t i)
{
    static const char *const before[] = {
        "on",      "by",      "until", "till", "since", "from", "of",   "for",
        "to",      "before",  "after", "the",  "a",     "an",   "this", "that",
        "last",    "next",    "every", "each", "'s",    "in",   "at",   "during",
        "through", "between", "and",   "or",   "as",    "than", "per",  NULL};
    static const char *const parts[] = {"morning", "afternoon", "evening", "night", NULL};
    static const char *const spans[] = {"week", "month", "year", "weekend", "night", NULL};
    static const char *const deictic[] = {"last", "this", "next", "Last", "This", "Next", NULL};
    static const char *const edges[] = {"earlier", "later", "early", "late", NULL};
    /* (the first letter first: a phrase opens with a word of edges, weekdays or deictic) */
    if (!len[i] || !strchr("elMTWFStnLN", words[i][0])) return 0;
    uint32_t k = 0, lead = word_in(words[i], len[i], edges) && i + 1 < n; /* "late Friday" */
    int span = 0;
    if (word_in(words[i + lead], len[i + lead], weekdays)) {
        k = lead + 1;
        if (i + k < n && word_in(words[i + k], len[i + k], parts)) k++;
    } else if (word_in(words[i], len[i], deictic) && i + 1 < n &&
               (word_in(words[i + 1], len[i + 1], spans) ||
                word_in(words[i + 1], len[i + 1], weekdays))) {
        k = 2;
        span = !word_in(words[i + 1], len[i + 1], weekdays);
    }
    /* (asked after the phrase is found: most words start none) */
    if (!k || (i > 0 && (word_in(words[i - 1], len[i - 1], before) ||
                         (len[i - 1] == 4 && !memcmp(words[i - 1], "\xE2\x80\x99s", 4)))))
        return 0;
    if (i + k >= n) return i + k == n && i > 0 ? k : 0;
    const tc_word *after = &w[i + k];
    /* "last week" is the treebank's own ("the election this month, Ishiba ..."), but not
       first, before a verb ("Denmark last week announced", "last month formally signed") or
       before a preposition ("air strikes this year against al-Shabab") */
    uint32_t v = i + k;
    while (v + 1 < n && w[v].upos == TC_UPOS_ADV) v++;
    if (span && i > 0 && w[v].upos != TC_UPOS_VERB && w[v].upos != TC_UPOS_AUX &&
        w[v].upos != TC_UPOS_ADP)
        return 0;
    if (after->upos == TC_UPOS_NOUN || after->upos == TC_UPOS_PART ||
        word_eq(words[i + k], len[i + k], "'s") ||
        (len[i + k] == 4 && !memcmp(words[i + k], "\xE2\x80\x99s", 4)))
        return 0;
    return k;
}

/* The predicate a bare time phrase of the full sentence's words [s, e) modifies, given the tree
 * w over all words but such phrases: the verb right after it ("Denmark last week announced"),
 * else the first verb up from the word before it ("carried out strikes Friday evening
 * against"), else the root. Full indices. */
static uint32_t time_predicate(const tc_word *w, const uint8_t *gone, uint32_t n, uint32_t s,
                               uint32_t e)
{
    uint32_t root = n;
    for (uint32_t k = 0; k < n; k++)
        if (!gone[k] && !w[k].head) root = k;
    if (e < n && !gone[e] && (w[e].upos == TC_UPOS_VERB || w[e].upos == TC_UPOS_AUX)) {
        uint32_t v = e;
        if (w[v].upos == TC_UPOS_AUX && w[v].head) v = w[v].head - 1u;
        return v;
    }
    if (s > 0 && !gone[s - 1]) {
        uint32_t v = s - 1;
        /* "the vote Sunday", "talks in Doha Monday": a noun after its preposition keeps it */
        int cased = 0;
        for (uint32_t k = 0; k < n; k++)
            cased |= !gone[k] && w[k].head == v + 1 && w[k].rel == TC_REL_CASE;
        if (cased && (w[v].upos == TC_UPOS_NOUN || w[v].upos == TC_UPOS_PROPN)) return v;
        for (int steps = 0; steps < 64 && w[v].upos != TC_UPOS_VERB && w[v].head; steps++)
            v = w[v].head - 1u;
        return v;
    }
    return root;
}

/* News English puts bare time phrases where the treebank seldom has them ("Denmark last week
 * announced a suspension of aid", "carried out strikes Friday evening against Hamas
 * targets"), and the parser then takes the subject or the object for a modifier of the time.
 * The sentence is parsed without them (tagged again without them too), and each is hung on its
 * predicate as obl:unmarked, as the treebank does: 1 when it did, 0 when the sentence has none
 * (w, tw and xpos then untouched). */
static int parse_without_times(const tc_parser *p, const char *const *words, const uint32_t *len,
                               uint32_t n, const uint8_t *name, tc_arena *a, tc_word *w)
{
    uint8_t *gone = NULL;
    uint32_t m = 0;
    for (uint32_t i = 0; i < n;) {
        uint32_t k = bare_time(words, len, w, n, i);
        if (!k) {
            i++;
            continue;
        }
        if (!gone) gone = tc_arena_calloc(a, n, 1);
        memset(gone + i, 1, k);
        m += k;
        i += k;
    }
    if (!gone || n - m < 2) return 0;
    uint32_t r = n - m, *full = tc_arena_alloc(a, r * sizeof *full);
    const char **rw = tc_arena_alloc(a, r * sizeof *rw);
    uint32_t *rl = tc_arena_alloc(a, r * sizeof *rl);
    uint8_t *rn = name ? tc_arena_alloc(a, r) : NULL;
    for (uint32_t i = 0, j = 0; i < n; i++)
        if (!gone[i]) {
            if (rn) rn[j] = name[i];
            full[j] = i, rw[j] = words[i], rl[j++] = len[i];
        }
    tc_tagword *tw = tc_arena_alloc(a, r * sizeof *tw);
    uint8_t *xpos = tc_arena_alloc(a, r);
    tc_word *rwd = tc_arena_calloc(a, r, sizeof *rwd);
    tag_sentence(p, rw, rl, r, rn, tw, xpos, a, rwd);
    parse_tagged(p, tw, xpos, r, a, rwd);
    for (uint32_t j = 0; j < r; j++) {
        tc_word *x = &w[full[j]];
        *x = rwd[j];
        x->tok = full[j];
        x->head = rwd[j].head ? (uint16_t)(full[rwd[j].head - 1] + 1) : 0;
    }
    for (uint32_t i = 0; i < n;) {
        if (!gone[i]) {
            i++;
            continue;
        }
        uint32_t e = i;
        while (e < n && gone[e] &&
               (e == i || !word_in(words[e], len[e], weekdays) ||
                !word_in(words[e - 1], len[e - 1], weekdays)))
            e++;
        uint32_t head = e - 1, v = time_predicate(w, gone, n, i, e);
        w[head].head = (uint16_t)(v + 1);
        w[head].rel = w[v].upos == TC_UPOS_NOUN || w[v].upos == TC_UPOS_PROPN ? TC_REL_NMOD_UNMARKED
                                                                              : TC_REL_OBL_UNMARKED;
        for (uint32_t k = i; k < head; k++) {
            w[k].head = (uint16_t)(head + 1);
            w[k].rel = w[k].upos == TC_UPOS_DET   ? TC_REL_DET
                       : w[k].upos == TC_UPOS_ADJ ? TC_REL_AMOD
                       : w[k].upos == TC_UPOS_ADV ? TC_REL_ADVMOD
                                                  : TC_REL_COMPOUND;
        }
        i = e;
    }
    return 1;
}

/* Words that name a person's role: "Opposition leader Kizza Besigye said" is one subject,
 * not a heading glued to a sentence. */
static const char *const role_nouns[] = {
    "leader",    "leaders",     "chief",         "chiefs",     "official",    "officials",
    "spokesman", "spokeswoman", "spokesperson",  "minister",   "ministers",   "president",
    "commander", "head",        "secretary",     "envoy",      "ambassador",  "director",
    "lawyer",    "analyst",     "expert",        "member",     "members",     "activist",
    "activists", "general",     "correspondent", "reporter",   "editor",      "candidate",
    "lawmaker",  "lawmakers",   "judge",         "prosecutor", "prosecutors", "researcher",
    "professor", "founder",     "governor",      "mayor",      "officer",     "officers",
    "adviser",   "advisor",     "chairman",      "chairwoman", "coach",       "captain",
    "king",      "queen",       "prince",        "cleric",     "pastor",      "bishop",
    "rapper",    "singer",      "actor",         "star",       "player",      "striker",
    "economist", "executive",   "manager",       "chair",      "counterpart", "colleague",
    NULL};

/* A section heading glued to the sentence after it, no stop between ("Border security Indian
 * Prime Minister X criticized Y", "Party control Chinese President Xi convened"): the count
 * of its words, 0 when none. Two to four nouns and adjectives open the sentence, the first
 * capitalised, the last a lower-case common noun that names no person's role; a capitalised
 * name or adjective (not a weekday or month) follows, and a finite verb later. */
static uint32_t glued_heading(const char *const *words, const uint32_t *len, const tc_word *w,
                              const uint8_t *xpos, const tc_parser *p, uint32_t n)
{
    static const char *const months[] = {"January",  "February", "March",  "April",     "May",
                                         "June",     "July",     "August", "September", "October",
                                         "November", "December", NULL};
    if (n < 6 || !len[0] || !(words[0][0] >= 'A' && words[0][0] <= 'Z')) return 0;
    for (uint32_t k = 2; k <= 4 && k + 2 < n; k++) {
        uint32_t h = k - 1;
        int ok = 1;
        for (uint32_t i = 0; i < k && ok; i++)
            ok =
                w[i].upos == TC_UPOS_NOUN || w[i].upos == TC_UPOS_PROPN || w[i].upos == TC_UPOS_ADJ;
        if (!ok) return 0;
        const char *hx = tc_parse_xpos_name(p, xpos[h]);
        if (w[h].upos != TC_UPOS_NOUN || !len[h] || !(words[h][0] >= 'a' && words[h][0] <= 'z') ||
            (strcmp(hx, "NN") && strcmp(hx, "NNS")) || word_in(words[h], len[h], role_nouns))
            continue;
        if (!len[k] || !(words[k][0] >= 'A' && words[k][0] <= 'Z') ||
            (w[k].upos != TC_UPOS_PROPN && w[k].upos != TC_UPOS_ADJ) ||
            word_in(words[k], len[k], weekdays) || word_in(words[k], len[k], months))
            continue;
        int verb = 0;
        for (uint32_t i = k + 1; i < n && !verb; i++) {
            const char *x = tc_parse_xpos_name(p, xpos[i]);
            verb =
                (w[i].upos == TC_UPOS_VERB || w[i].upos == TC_UPOS_AUX) &&
                (!strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "VBP") || !strcmp(x, "MD"));
        }
        return verb ? k : 0;
    }
    return 0;
}

/* Parses the sentence after a glued heading of k words on its own, and the heading apart, hung
 * on the sentence's root (dep). */
static void parse_after_heading(const tc_parser *p, const tc_tagword *tw, const uint8_t *xpos,
                                uint32_t n, uint32_t k, tc_arena *a, tc_word *w)
{
    parse_tagged(p, tw + k, xpos + k, n - k, a, w + k);
    uint32_t root = 0;
    for (uint32_t i = k; i < n; i++) {
        if (w[i].head)
            w[i].head = (uint16_t)(w[i].head + k);
        else if (!root)
            root = i + 1;
        else
            w[i].head = (uint16_t)(root ? root : 1);
    }
    parse_tagged(p, tw, xpos, k, a, w);
    for (uint32_t i = 0; i < k; i++)
        if (!w[i].head) {
            w[i].head = (uint16_t)root;
            w[i].rel = TC_REL_DEP;
        }
}

static int parse_words(const tc_parser *p, const char *const *words, const uint32_t *len,
                       uint32_t n, const uint8_t *name, unsigned flags, tc_arena *a, tc_tree *out)
{
    out->n = n;
    out->w = tc_arena_calloc(a, n ? n : 1, sizeof *out->w);
    if (!n) return TC_OK;
    tc_tagword *tw = tc_arena_alloc(a, n * sizeof *tw);
    uint8_t *xpos = tc_arena_alloc(a, n);
    tag_sentence(p, words, len, n, name, tw, xpos, a, out->w);
    if (flags & TC_PARSE_TAGS) return TC_OK;
    uint32_t k = glued_heading(words, len, out->w, xpos, p, n);
    if (k)
        parse_after_heading(p, tw, xpos, n, k, a, out->w);
    else if (!parse_without_times(p, words, len, n, name, a, out->w))
        parse_tagged(p, tw, xpos, n, a, out->w);
    return TC_OK;
}

int tc_parse_words(const tc_parser *p, const char *const *words, const uint32_t *len, uint32_t n,
                   unsigned flags, tc_arena *a, tc_tree *out)
{
    return parse_words(p, words, len, n, NULL, flags, a, out);
}

int tc_parse_sentence(const tc_parser *p, const tc_text *t, uint32_t sent, unsigned flags,
                      tc_arena *a, tc_tree *out)
{
    return tc_parse_sentence_named(p, t, sent, NULL, flags, a, out);
}

int tc_parse_sentence_named(const tc_parser *p, const tc_text *t, uint32_t sent,
                            const uint8_t *name, unsigned flags, tc_arena *a, tc_tree *out)
{
    if (sent >= t->nsents) {
        out->n = 0;
        out->w = tc_arena_calloc(a, 1, sizeof *out->w);
        return TC_OK;
    }
    const tc_sentence *s = &t->sents[sent];
    const char **words = tc_arena_alloc(a, (s->ntok ? s->ntok : 1) * sizeof *words);
    uint32_t *len = tc_arena_alloc(a, (s->ntok ? s->ntok : 1) * sizeof *len);
    for (uint32_t i = 0; i < s->ntok; i++) {
        const tc_token *k = &t->toks[s->tok0 + i];
        /* curly quotes and apostrophes as the treebank writes them: ’s -> 's, “ -> " */
        int curly = (k->flags & (TC_TOK_QUOTE | TC_TOK_CLITIC)) && k->len != k->nlen;
        words[i] = curly ? k->norm : t->text + k->off;
        len[i] = curly ? k->nlen : k->len;
    }
    int rc = parse_words(p, words, len, s->ntok, name, flags, a, out);
    for (uint32_t i = 0; i < out->n; i++) {
        out->w[i].tok = s->tok0 + i;
        out->w[i].off = t->toks[s->tok0 + i].off;
        out->w[i].len = t->toks[s->tok0 + i].len;
    }
    if (!(flags & TC_PARSE_TAGS)) {
        repair_hyphen_modifier(p, out->w, out->n);
        repair_hyphen_verb(p, out->w, out->n);
        untangle(out->w, out->n);
    }
    return rc;
}
