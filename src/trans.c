/* trans: arc-eager transitions, Zhang and Nivre's (2011) rich non-local features and Goldberg
 * and Nivre's (2012) dynamic oracle. */
#include "trans.h"

#include <assert.h>
#include <string.h>

/* Bytes of the per-position arrays of a configuration of n words (one block, so that a copy
 * is one memcpy): 8-byte arrays first, then 4-byte, then bytes. */
static size_t block_size(uint32_t n)
{
    size_t m = (size_t)n + 2;
    return m * (2 * 8 + 6 * 4 + 4);
}

/* Points c's arrays into its block c->mem. */
static void carve(tc_config *c)
{
    size_t m = (size_t)c->n + 2;
    unsigned char *p = c->mem;
    c->ls = (uint64_t *)(void *)p, p += m * 8;
    c->rs = (uint64_t *)(void *)p, p += m * 8;
    c->stack = (int32_t *)(void *)p, p += m * 4;
    c->head = (int32_t *)(void *)p, p += m * 4;
    c->lc1 = (int32_t *)(void *)p, p += m * 4;
    c->lc2 = (int32_t *)(void *)p, p += m * 4;
    c->rc1 = (int32_t *)(void *)p, p += m * 4;
    c->rc2 = (int32_t *)(void *)p, p += m * 4;
    c->rel = p, p += m;
    c->nl = p, p += m;
    c->nr = p, p += m;
    c->instack = p;
}

void tc_config_init(tc_config *c, uint32_t n, const tc_tagword *tw, const uint8_t *xpos,
                    tc_arena *a)
{
    size_t m = (size_t)n + 2; /* positions 1..n and the root, n + 1; 0 unused */
    c->n = n;
    c->root = (int32_t)n + 1;
    c->tw = tw;
    c->xpos = xpos;
    c->mem = tc_arena_calloc(a, 1, block_size(n));
    carve(c);
    for (size_t i = 0; i < m; i++) c->head[i] = -1;
    c->sp = 0;
    c->b = 1;
    c->root_child = 0;
    c->leaf = NULL;
}

void tc_config_copy(tc_config *dst, const tc_config *src)
{
    void *mem = dst->mem;
    *dst = *src;
    dst->mem = mem;
    memcpy(dst->mem, src->mem, block_size(src->n));
    carve(dst);
}

int tc_config_done(const tc_config *c)
{
    return c->b == (uint32_t)c->root && c->sp == 0;
}

static int32_t s0(const tc_config *c)
{
    return c->sp ? c->stack[c->sp - 1] : -1;
}

/* Whether position i (a word, or the root) may take no dependent. */
static int is_leaf(const tc_config *c, int32_t i)
{
    return c->leaf && i > 0 && i < c->root && c->leaf[i - 1];
}

int tc_trans_legal(const tc_config *c, int t)
{
    int32_t s = s0(c);
    int at_root = c->b == (uint32_t)c->root;
    switch (t) {
    case TC_TR_SHIFT:
        return !at_root;
    case TC_TR_REDUCE:
        return s > 0 && c->head[s] >= 0;
    case TC_TR_LEFT:
        return s > 0 && c->head[s] < 0 && !is_leaf(c, (int32_t)c->b);
    case TC_TR_RIGHT:
        return s > 0 && !at_root && !is_leaf(c, s);
    }
    return 0;
}

static void add_arc(tc_config *c, int32_t h, int32_t d, int rel)
{
    c->head[d] = h;
    c->rel[d] = (uint8_t)rel;
    if (h == c->root && !c->root_child) c->root_child = d;
    if (d < h) {
        if (!c->lc1[h] || d < c->lc1[h])
            c->lc2[h] = c->lc1[h], c->lc1[h] = d;
        else if (!c->lc2[h] || d < c->lc2[h])
            c->lc2[h] = d;
        c->nl[h] += c->nl[h] < 255;
        c->ls[h] |= 1ull << (rel & 63);
    } else {
        if (!c->rc1[h] || d > c->rc1[h])
            c->rc2[h] = c->rc1[h], c->rc1[h] = d;
        else if (!c->rc2[h] || d > c->rc2[h])
            c->rc2[h] = d;
        c->nr[h] += c->nr[h] < 255;
        c->rs[h] |= 1ull << (rel & 63);
    }
}

void tc_trans_arc(const tc_config *c, int t, int32_t *h, int32_t *d)
{
    int32_t s = s0(c), b = (int32_t)c->b;
    *h = t == TC_TR_LEFT ? b : s;
    *d = t == TC_TR_LEFT ? s : b;
}

void tc_trans_apply(tc_config *c, int t, int rel)
{
    int32_t s = s0(c), b = (int32_t)c->b;
    switch (t) {
    case TC_TR_SHIFT:
        c->stack[c->sp++] = b;
        c->instack[b] = 1;
        c->b++;
        break;
    case TC_TR_REDUCE:
        c->sp--;
        c->instack[s] = 0;
        break;
    case TC_TR_LEFT:
        add_arc(c, b, s, rel);
        c->sp--;
        c->instack[s] = 0;
        break;
    case TC_TR_RIGHT:
        add_arc(c, s, b, rel);
        c->stack[c->sp++] = b;
        c->instack[b] = 1;
        c->b++;
        break;
    }
}

/* ---- features ---- */

enum { NONE_ATOM = 0x3fa7, ROOT_ATOM = 0x3fa8 };

static uint64_t W(const tc_config *c, int32_t i)
{
    if (i <= 0 || i > c->root) return NONE_ATOM;
    return i == c->root ? ROOT_ATOM : c->tw[i - 1].w;
}

static uint64_t P(const tc_config *c, int32_t i)
{
    if (i <= 0 || i > c->root) return 254;
    return i == c->root ? 253 : c->xpos[i - 1];
}

static uint64_t L(const tc_config *c, int32_t i)
{
    return i > 0 && i < c->root && c->head[i] >= 0 ? c->rel[i] : 255;
}

static int32_t kid(const int32_t *arr, int32_t i)
{
    return i > 0 ? (arr[i] ? arr[i] : -1) : -1;
}

static uint64_t dist(int32_t a, int32_t b)
{
    int32_t d = b - a;
    if (d < 0) d = -d;
    return d <= 5 ? (uint64_t)d : d <= 10 ? 6 : 7;
}

/* The atoms of a configuration's features: its positions and their words and tags. */
typedef struct {
    int32_t S0, S1, N0, N1, N2, S0h, S0h2, S0l, S0l2, S0r, S0r2, N0l, N0l2;
    uint64_t s0w, s0p, n0w, n0p, n1w, n1p, n2w, n2p, s0wp, n0wp, n1wp, d;
} tatoms;

static void trans_atoms(const tc_config *c, tatoms *a)
{
    a->S0 = c->sp ? s0(c) : -1, a->S1 = c->sp >= 2 ? c->stack[c->sp - 2] : -1;
    a->N0 = (int32_t)c->b; /* the root when the words are all read */
    a->N1 = a->N0 < c->root ? a->N0 + 1 : -1;
    a->N2 = a->N1 > 0 && a->N1 < c->root ? a->N1 + 1 : -1;
    a->S0h = a->S0 > 0 ? c->head[a->S0] : -1;
    a->S0h2 = a->S0h > 0 && a->S0h < c->root ? c->head[a->S0h] : -1;
    a->S0l = kid(c->lc1, a->S0), a->S0l2 = kid(c->lc2, a->S0);
    a->S0r = kid(c->rc1, a->S0), a->S0r2 = kid(c->rc2, a->S0);
    a->N0l = kid(c->lc1, a->N0), a->N0l2 = kid(c->lc2, a->N0);
    a->s0w = W(c, a->S0), a->s0p = P(c, a->S0), a->n0w = W(c, a->N0), a->n0p = P(c, a->N0);
    a->n1w = W(c, a->N1), a->n1p = P(c, a->N1), a->n2w = W(c, a->N2), a->n2p = P(c, a->N2);
    a->s0wp = a->s0w * 256 + a->s0p, a->n0wp = a->n0w * 256 + a->n0p;
    a->n1wp = a->n1w * 256 + a->n1p;
    a->d = a->S0 >= 0 && a->N0 > 0 ? dist(a->S0, a->N0) : 8;
}

/* A feature of template t (its number in tc_trans_features' order) into f[k], t into id[k]. */
#define F(t, a_, b_, c_) (id[k] = (t), f[k++] = tc_feat3((t), (a_), (b_), (c_)))

static int group_b(const tc_config *c, const tatoms *a, uint64_t *restrict f, uint8_t *restrict id)
{
    int k = 0;
    F(3, a->n0wp, 0, 0), F(4, a->n0w, 0, 0), F(5, a->n0p, 0, 0);
    F(6, a->n1wp, 0, 0), F(7, a->n1w, 0, 0), F(8, a->n1p, 0, 0);
    F(9, a->n2w * 256 + a->n2p, 0, 0), F(10, a->n2w, 0, 0), F(11, a->n2p, 0, 0);
    F(19, a->n0p, a->n1p, 0), F(20, a->n0p, a->n1p, a->n2p);
    F(76, a->N0 < c->root ? c->tw[a->N0 - 1].suf[2] : 0, a->n0p, 0);
    return k;
}

static int group_s0(const tc_config *c, const tatoms *a, uint64_t *restrict f, uint8_t *restrict id)
{
    int k = 0;
    F(0, a->s0wp, 0, 0), F(1, a->s0w, 0, 0), F(2, a->s0p, 0, 0);
    F(77, a->S0 > 0 ? c->tw[a->S0 - 1].suf[2] : 0, a->s0p, 0);
    return k;
}

static int group_pair(const tc_config *c, const tatoms *a, uint64_t *restrict f,
                      uint8_t *restrict id)
{
    int k = 0;
    uint64_t s0w = a->s0w, s0p = a->s0p, n0w = a->n0w, n0p = a->n0p, d = a->d;
    F(12, a->s0wp, a->n0wp, 0), F(13, a->s0wp, n0w, 0), F(14, s0w, a->n0wp, 0);
    F(15, a->s0wp, n0p, 0), F(16, s0p, a->n0wp, 0), F(17, s0w, n0w, 0), F(18, s0p, n0p, 0);
    F(21, s0p, n0p, a->n1p);
    F(26, s0w, d, 0), F(27, s0p, d, 0), F(28, n0w, d, 0), F(29, n0p, d, 0);
    F(30, s0w, n0w, d), F(31, s0p, n0p, d);
    F(80, s0p, n0p, a->S0 > 0 && a->N0 > 0 ? P(c, a->N0 - 1) : 255);
    F(81, s0p, n0p, a->S0 >= 0 ? P(c, a->S0 + 1) : 255);
    return k;
}

static int group_rest(const tc_config *c, const tatoms *a, uint64_t *restrict f,
                      uint8_t *restrict id)
{
    int32_t S0 = a->S0, N0 = a->N0, S0h = a->S0h, S0h2 = a->S0h2, S0l = a->S0l, S0l2 = a->S0l2;
    int32_t S0r = a->S0r, S0r2 = a->S0r2, N0l = a->N0l, N0l2 = a->N0l2, S1 = a->S1;
    uint64_t s0w = a->s0w, s0p = a->s0p, n0w = a->n0w, n0p = a->n0p;
    uint64_t vl0 = S0 > 0 ? c->nl[S0] : 0, vr0 = S0 > 0 ? c->nr[S0] : 0;
    uint64_t vn0 = N0 > 0 ? c->nl[N0] : 0;
    uint64_t sl0 = S0 > 0 ? c->ls[S0] : 0, sr0 = S0 > 0 ? c->rs[S0] : 0;
    uint64_t sn0 = N0 > 0 ? c->ls[N0] : 0;
    /* every atom read once, before the features are written */
    uint64_t pS0h = P(c, S0h), pS0l = P(c, S0l), pS0r = P(c, S0r), pN0l = P(c, N0l);
    uint64_t pS0h2 = P(c, S0h2), pS0l2 = P(c, S0l2), pS0r2 = P(c, S0r2), pN0l2 = P(c, N0l2);
    uint64_t wS0h = W(c, S0h), wS0l = W(c, S0l), wS0r = W(c, S0r), wN0l = W(c, N0l);
    uint64_t wS0h2 = W(c, S0h2), wS0l2 = W(c, S0l2), wS0r2 = W(c, S0r2), wN0l2 = W(c, N0l2);
    uint64_t lS0 = L(c, S0), lS0l = L(c, S0l), lS0r = L(c, S0r), lN0l = L(c, N0l);
    uint64_t lS0h = L(c, S0h), lS0l2 = L(c, S0l2), lS0r2 = L(c, S0r2), lN0l2 = L(c, N0l2);
    uint64_t wS1 = W(c, S1), pS1 = P(c, S1);
    int k = 0;
    /* triples */
    F(22, pS0h, s0p, n0p), F(23, s0p, pS0l, n0p), F(24, s0p, pS0r, n0p);
    F(25, s0p, n0p, pN0l);
    /* valency */
    F(32, s0w, vr0, 0), F(33, s0p, vr0, 0), F(34, s0w, vl0, 0), F(35, s0p, vl0, 0);
    F(36, n0w, vn0, 0), F(37, n0p, vn0, 0);
    /* second-order unigrams */
    F(38, wS0h, 0, 0), F(39, pS0h, 0, 0), F(40, lS0, 0, 0);
    F(41, wS0l, 0, 0), F(42, pS0l, 0, 0), F(43, lS0l, 0, 0);
    F(44, wS0r, 0, 0), F(45, pS0r, 0, 0), F(46, lS0r, 0, 0);
    F(47, wN0l, 0, 0), F(48, pN0l, 0, 0), F(49, lN0l, 0, 0);
    /* third order */
    F(50, wS0h2, 0, 0), F(51, pS0h2, 0, 0), F(52, lS0h, 0, 0);
    F(53, wS0l2, 0, 0), F(54, pS0l2, 0, 0), F(55, lS0l2, 0, 0);
    F(56, wS0r2, 0, 0), F(57, pS0r2, 0, 0), F(58, lS0r2, 0, 0);
    F(59, wN0l2, 0, 0), F(60, pN0l2, 0, 0), F(61, lN0l2, 0, 0);
    F(62, s0p, pS0l, pS0l2), F(63, s0p, pS0r, pS0r2);
    F(64, s0p, pS0h, pS0h2), F(65, n0p, pN0l, pN0l2);
    /* label sets */
    F(66, s0w, sr0, 0), F(67, s0p, sr0, 0), F(68, s0w, sl0, 0), F(69, s0p, sl0, 0);
    F(70, n0w, sn0, 0), F(71, n0p, sn0, 0);
    /* the second stack word */
    F(72, wS1, 0, 0), F(73, pS1, 0, 0), F(74, pS1, s0p, n0p);
    F(75, pS1, s0p, 0);
    F(78, s0p, n0p, lS0), F(79, s0p, lS0, lS0l);
    return k;
}
#undef F

/* Training's order (template order): the order its float sums are taken in, so that the
 * same data gives the same model. */
int tc_trans_features(const tc_config *c, uint64_t *f)
{
    static int (*const group[])(const tc_config *, const tatoms *, uint64_t *,
                                uint8_t *) = {group_b, group_s0, group_pair, group_rest};
    uint64_t g[TC_TRANS_NFEAT];
    uint8_t id[TC_TRANS_NFEAT];
    tatoms a;
    trans_atoms(c, &a);
    int k = 0;
    for (size_t i = 0; i < sizeof group / sizeof *group; i++) {
        int m = group[i](c, &a, g, id);
        for (int j = 0; j < m; j++) f[id[j]] = g[j];
        k += m;
    }
    assert(k == TC_TRANS_TEMPLATES);
    return k;
}

int tc_trans_features_split(const tc_config *c, unsigned groups, uint64_t *f, int *nf)
{
    uint8_t id[TC_TRANS_NFEAT];
    tatoms a;
    trans_atoms(c, &a);
    int k = 0;
    if (groups & TC_TRG_B) k += nf[0] = group_b(c, &a, f + k, id);
    if (groups & TC_TRG_S0) k += nf[1] = group_s0(c, &a, f + k, id);
    if (groups & TC_TRG_PAIR) k += nf[2] = group_pair(c, &a, f + k, id);
    k += nf[3] = group_rest(c, &a, f + k, id);
    return k;
}

int tc_label_features(const tc_config *c, int32_t h, int32_t d, uint64_t *f)
{
    uint64_t dir = h < d, hp = P(c, h), dp = P(c, d), hw = W(c, h), dw = W(c, d);
    uint64_t ds = d > 0 ? c->tw[d - 1].suf[2] : 0, dl = dist(h, d);
    int32_t hh = h > 0 ? c->head[h] : -1;
    int k = 0;
    uint32_t t = 200;
#define F(a, b) f[k++] = tc_feat3(t++, dir, (a), (b))
    F(0, 0), F(hp, 0), F(dp, 0), F(hp, dp), F(hw, 0), F(dw, 0), F(hw, dp), F(hp, dw);
    F(hw, dw), F(hp * 256 + dp, dl), F(ds, dp), F(ds, hp);
    F(dp, L(c, kid(c->lc1, d))), F(dp, c->ls[d]), F(dp, c->rs[d]), F(hp, c->ls[h]);
    F(hp, c->rs[h]), F(dp, L(c, kid(c->rc1, d))), F(dp * 256 + hp, P(c, d + 1));
    F(dp * 256 + hp, P(c, d - 1)), F(hp * 256 + dp, hh >= 0 ? P(c, hh) : 255);
    F(hp * 256 + dp, L(c, h)), F(dp, W(c, kid(c->lc1, d))), F(dp * 256 + hp, h == c->root);
    F(dw, hp * 256 + dp), F(dp, c->tw[d > 0 ? d - 1 : 0].flags);
#undef F
    return k;
}

uint64_t tc_label_tags_key(const tc_config *c, int32_t h, int32_t d)
{
    return (uint64_t)(h < d) | P(c, h) << 1 | P(c, d) << 9 | (uint64_t)(h == c->root) << 17;
}

int tc_label_features_split(const tc_config *c, int32_t h, int32_t d, int tags, uint64_t *f)
{
    uint64_t dir = h < d, hp = P(c, h), dp = P(c, d), hw = W(c, h), dw = W(c, d);
    uint64_t ds = d > 0 ? c->tw[d - 1].suf[2] : 0, dl = dist(h, d);
    int32_t hh = h > 0 ? c->head[h] : -1;
    int k = 0;
#define F(t, a, b) f[k++] = tc_feat3((t), dir, (a), (b))
    if (tags) {
        F(200, 0, 0), F(201, hp, 0), F(202, dp, 0), F(203, hp, dp);
        F(223, dp * 256 + hp, h == c->root);
    }
    F(209, hp * 256 + dp, dl), F(204, hw, 0), F(205, dw, 0), F(206, hw, dp), F(207, hp, dw), F(208, hw, dw);
    F(210, ds, dp), F(211, ds, hp), F(212, dp, L(c, kid(c->lc1, d))), F(213, dp, c->ls[d]);
    F(214, dp, c->rs[d]), F(215, hp, c->ls[h]), F(216, hp, c->rs[h]);
    F(217, dp, L(c, kid(c->rc1, d))), F(218, dp * 256 + hp, P(c, d + 1));
    F(219, dp * 256 + hp, P(c, d - 1)), F(220, hp * 256 + dp, hh >= 0 ? P(c, hh) : 255);
    F(221, hp * 256 + dp, L(c, h)), F(222, dp, W(c, kid(c->lc1, d)));
    F(224, dw, hp * 256 + dp), F(225, dp, c->tw[d > 0 ? d - 1 : 0].flags);
#undef F
    return k;
}

/* ---- the dynamic oracle ---- */

static int gold_dep_in(const tc_config *c, int32_t h, const int32_t *gold, int buffer, int32_t from)
{
    int n = 0;
    if (buffer) {
        for (int32_t k = from; k < c->root; k++) n += gold[k] == h;
    } else {
        for (uint32_t i = 0; i < c->sp; i++) {
            int32_t k = c->stack[i];
            n += k > 0 && gold[k] == h && c->head[k] < 0;
        }
    }
    return n;
}

int tc_trans_cost(const tc_config *c, int t, const int32_t *gold)
{
    int32_t s = s0(c), b = (int32_t)c->b;
    int cost = 0;
    switch (t) {
    case TC_TR_LEFT: /* s loses its dependents ahead and a head beyond b */
        cost += gold_dep_in(c, s, gold, 1, b);
        cost += gold[s] > b;
        break;
    case TC_TR_RIGHT: /* b loses a head elsewhere and its dependents on the stack */
        cost += gold[b] != s && (gold[b] > b || (gold[b] > 0 && c->instack[gold[b]]));
        cost += gold_dep_in(c, b, gold, 0, 0);
        break;
    case TC_TR_REDUCE: /* s loses its dependents ahead */
        cost += gold_dep_in(c, s, gold, 1, b);
        break;
    case TC_TR_SHIFT: /* b loses a head on the stack and its dependents there */
        cost += gold[b] > 0 && gold[b] < b && c->instack[gold[b]];
        cost += gold_dep_in(c, b, gold, 0, 0);
        break;
    }
    return cost;
}

void tc_config_finish(tc_config *c,
                      int (*label)(void *ctx, const tc_config *c, int32_t h, int32_t d), void *ctx)
{
    /* one root: the leftmost word the root took that may head others (when the parser has
       gone wrong, the words it took after the main clause's head are stranded pieces of that
       clause: "accused the Taliban[root] of ..."); the others hang from it */
    for (int32_t i = 1; i < c->root; i++)
        if (c->head[i] == c->root && !is_leaf(c, i)) {
            c->root_child = i;
            c->rel[i] = TC_REL_ROOT;
            break;
        }
    for (int32_t i = 1; i < c->root; i++) {
        if (c->head[i] >= 0 && (c->head[i] != c->root || i == c->root_child)) continue;
        if (!c->root_child) {
            add_arc(c, c->root, i, TC_REL_ROOT);
            continue;
        }
        c->head[i] = -1;
        add_arc(c, c->root_child, i, label(ctx, c, c->root_child, i));
    }
}
