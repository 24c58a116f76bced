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
#include "parse_repair.h"
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
    if (name) tc_tag_names(p, words, len, n, name, cls, upos, xpos);
    tc_tag_opening_noun(p, tw, words, len, n, cls, upos, xpos);
    tc_tag_particle_object(p, words, len, n, cls, upos, xpos);
    tc_tag_noun_pair(p, words, len, n, cls, upos, xpos);
    tc_tag_finite(p, tw, words, len, n, cls, upos, xpos);
    tc_tag_infinitive(p, tw, words, len, n, cls, upos, xpos);
    tc_tag_mandative(p, tw, words, len, n, cls, upos, xpos);
    tc_tag_present(p, tw, words, len, n, cls, upos, xpos);
    tc_tag_possessed(p, tw, words, len, n, cls, upos, xpos);
    tc_tag_modal(p, tw, words, len, n, cls, upos, xpos);
    tc_tag_progressive(p, words, len, n, cls, upos, xpos);
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
    tc_parse_repair(p, w, n);
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
        /* "Since Friday, jets have struck": the opening preposition (parsed without its
           time, an adverb of the verb) is the time's case, the time an oblique */
        if (i == 1 && w[0].head == v + 1 && w[0].rel != TC_REL_CASE &&
            (w[0].upos == TC_UPOS_ADP || w[0].upos == TC_UPOS_SCONJ || w[0].upos == TC_UPOS_ADV) &&
            (!strcmp(w[0].lemma, "since") || !strcmp(w[0].lemma, "until") ||
             !strcmp(w[0].lemma, "after") || !strcmp(w[0].lemma, "before"))) {
            w[0].head = (uint16_t)(head + 1);
            w[0].rel = TC_REL_CASE;
            if (w[head].rel == TC_REL_OBL_UNMARKED) w[head].rel = TC_REL_OBL;
        }
        i = e;
    }
    return 1;
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
    uint32_t k = tc_parse_glued_heading(p, words, len, out->w, xpos, n);
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
        tc_parse_repair_hyphen_modifier(p, out->w, out->n);
        tc_parse_repair_hyphen_verb(p, out->w, out->n);
        tc_parse_untangle(out->w, out->n);
    }
    return rc;
}
