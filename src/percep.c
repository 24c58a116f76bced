/* percep: averaged perceptron training (dense rows in an open-addressing map keyed by the
 * 64-bit feature) and the frozen, quantised table decoding reads. */
#include "percep.h"

#include "arena.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    float w;
    int32_t ts; /* clock at the last change of w */
    double tot; /* sum of w over the clock until ts */
} pweight;

struct tc_ptrain {
    int nclass;
    uint64_t *keys; /* 0: empty */
    uint32_t *row;  /* row index of the key */
    size_t cap, n;
    pweight *w; /* n rows of nclass */
    size_t wcap;
    int32_t now;
};

tc_ptrain *tc_ptrain_new(int nclass)
{
    tc_ptrain *m = tc_xcalloc(1, sizeof *m);
    m->nclass = nclass;
    m->cap = 1 << 16;
    m->keys = tc_xcalloc(m->cap, sizeof *m->keys);
    m->row = tc_xcalloc(m->cap, sizeof *m->row);
    m->now = 1;
    return m;
}

void tc_ptrain_free(tc_ptrain *m)
{
    if (!m) return;
    free(m->keys);
    free(m->row);
    free(m->w);
    free(m);
}

static uint64_t nonzero(uint64_t k)
{
    return k ? k : 1;
}

static size_t find(const tc_ptrain *m, uint64_t key)
{
    size_t i = (size_t)(key * 0x9e3779b97f4a7c15ull >> 20) & (m->cap - 1);
    while (m->keys[i] && m->keys[i] != key) i = (i + 1) & (m->cap - 1);
    return i;
}

static void grow(tc_ptrain *m)
{
    uint64_t *ok = m->keys;
    uint32_t *orow = m->row;
    size_t ocap = m->cap;
    m->cap *= 2;
    m->keys = tc_xcalloc(m->cap, sizeof *m->keys);
    m->row = tc_xcalloc(m->cap, sizeof *m->row);
    for (size_t i = 0; i < ocap; i++) {
        if (!ok[i]) continue;
        size_t j = find(m, ok[i]);
        m->keys[j] = ok[i];
        m->row[j] = orow[i];
    }
    free(ok);
    free(orow);
}

static pweight *get_row(tc_ptrain *m, uint64_t key, int create)
{
    key = nonzero(key);
    size_t i = find(m, key);
    if (m->keys[i]) return m->w + (size_t)m->row[i] * m->nclass;
    if (!create) return NULL;
    if (m->n == m->wcap) {
        m->wcap = m->wcap ? m->wcap * 2 : 1 << 14;
        m->w = tc_xrealloc(m->w, m->wcap * m->nclass * sizeof *m->w);
    }
    memset(m->w + m->n * m->nclass, 0, m->nclass * sizeof *m->w);
    m->keys[i] = key;
    m->row[i] = (uint32_t)m->n++;
    if (m->n * 2 > m->cap) grow(m);
    return m->w + (m->n - 1) * m->nclass;
}

void tc_ptrain_score(const tc_ptrain *m, const uint64_t *f, int nf, float *scores)
{
    for (int i = 0; i < nf; i++) {
        const pweight *r = get_row((tc_ptrain *)m, f[i], 0);
        if (!r) continue;
        for (int c = 0; c < m->nclass; c++) scores[c] += r[c].w;
    }
}

void tc_ptrain_update(tc_ptrain *m, const uint64_t *f, int nf, int cls, float delta)
{
    for (int i = 0; i < nf; i++) {
        pweight *p = &get_row(m, f[i], 1)[cls];
        p->tot += (double)p->w * (m->now - p->ts);
        p->ts = m->now;
        p->w += delta;
    }
}

void tc_ptrain_tick(tc_ptrain *m)
{
    m->now++;
}

size_t tc_ptrain_features(const tc_ptrain *m)
{
    return m->n;
}

void tc_mbuf_put(tc_mbuf *b, const void *data, size_t n)
{
    if (b->n + n > b->cap) {
        while (b->n + n > b->cap) b->cap = b->cap ? b->cap * 2 : 1 << 16;
        b->p = tc_xrealloc(b->p, b->cap);
    }
    if (n) memcpy(b->p + b->n, data, n);
    b->n += n;
}

void tc_mbuf_align(tc_mbuf *b)
{
    static const unsigned char zero[8];
    tc_mbuf_put(b, zero, (8 - b->n % 8) % 8);
}

static uint32_t slot_of(uint64_t key, uint32_t nslots)
{
    return (uint32_t)(((key & 0xffffffffull) * nslots) >> 32);
}

static uint32_t fp_of(uint64_t key)
{
    uint32_t fp = (uint32_t)(key >> 32);
    return fp ? fp : 1;
}

/* The dense layout's 16-bit fingerprint: bits of the key the slot number does not use, never
 * 0 (an empty slot). */
static uint64_t dense_fp(uint64_t key)
{
    uint64_t fp = key >> 48;
    return fp ? fp : 1;
}

/* Averaged weights of every row, in row order, into avg; returns the largest magnitude. */
static float average(const tc_ptrain *m, float *avg)
{
    float big = 0;
    for (size_t i = 0; i < m->n * (size_t)m->nclass; i++) {
        const pweight *p = &m->w[i];
        double tot = p->tot + (double)p->w * (m->now - p->ts);
        avg[i] = (float)(tot / m->now);
        if (fabsf(avg[i]) > big) big = fabsf(avg[i]);
    }
    return big;
}

/* A weight as a signed 24-bit integer: w / scale rounded, clamped (the largest weight may
 * round one past the range). */
static int32_t quant(float w, float scale)
{
    long q = lrintf(w / scale);
    return (int32_t)(q > 8388607 ? 8388607 : q < -8388607 ? -8388607 : q);
}

/* Keeps weights of magnitude min_weight and more that do not round to zero. */
static int kept_weight(float w, float min_weight, float scale)
{
    return fabsf(w) >= min_weight && quant(w, scale) != 0;
}

/* Sparse layout: slots of fingerprint, first entry and count; entries of class and weight. */
static void write_sparse(const tc_ptrain *m, const float *avg, const uint64_t *key_of,
                         float min_weight, float scale, tc_mbuf *b)
{
    size_t kept = 0, nent = 0;
    uint8_t *cnt = tc_xcalloc(m->n ? m->n : 1, 1);
    for (size_t r = 0; r < m->n; r++) {
        for (int c = 0; c < m->nclass; c++)
            cnt[r] += kept_weight(avg[r * m->nclass + c], min_weight, scale);
        kept += cnt[r] > 0;
        nent += cnt[r];
    }
    uint32_t nslots = (uint32_t)(kept + kept / 3 + 1);
    uint64_t *slots = tc_xcalloc(nslots, sizeof *slots);
    uint32_t *ent = tc_xmalloc((nent ? nent : 1) * sizeof *ent);
    uint32_t e = 0;
    for (size_t r = 0; r < m->n; r++) {
        if (!cnt[r] || e + cnt[r] > 0xffffff) continue;
        uint32_t s = slot_of(key_of[r], nslots);
        while (slots[s]) s = s + 1 == nslots ? 0 : s + 1;
        slots[s] = (uint64_t)fp_of(key_of[r]) << 32 | (uint64_t)e << 8 | cnt[r];
        for (int c = 0; c < m->nclass; c++) {
            float w = avg[r * m->nclass + c];
            if (kept_weight(w, min_weight, scale))
                ent[e++] = (uint32_t)quant(w, scale) << 8 | (uint32_t)c;
        }
    }
    uint32_t head[4] = {(uint32_t)m->nclass, nslots, e, 0};
    tc_mbuf_put(b, head, sizeof head);
    tc_mbuf_put(b, slots, nslots * sizeof *slots);
    tc_mbuf_put(b, ent, e * sizeof *ent);
    tc_mbuf_align(b);
    free(cnt);
    free(slots);
    free(ent);
}

/* A weight as a signed 12-bit integer of the dense layout's scale. */
static int32_t quant12(float w, float scale)
{
    long q = lrintf(w / scale);
    return (int32_t)(q > 2047 ? 2047 : q < -2047 ? -2047 : q);
}

/* Dense layout (at most 4 classes): 8-byte slots of a 16-bit fingerprint and four 12-bit
 * weights, so that a feature costs one read and the table half the bytes (and cache) of 32-bit
 * fingerprints and 24-bit weights (dev UAS / LAS 84.85 / 81.30, against 84.85 / 81.31 with
 * those). */
static void write_dense(const tc_ptrain *m, const float *avg, const uint64_t *key_of,
                        float min_weight, float big, tc_mbuf *b)
{
    float scale = big > 0 ? big / 2047.0f : 1.0f;
    size_t kept = 0;
    for (size_t r = 0; r < m->n; r++) {
        int any = 0;
        for (int c = 0; c < m->nclass; c++) {
            float w = avg[r * m->nclass + c];
            any |= fabsf(w) >= min_weight && quant12(w, scale) != 0;
        }
        kept += any;
    }
    uint32_t nslots = (uint32_t)(kept + kept / 3 + 1);
    uint64_t *slots = tc_xcalloc(nslots, sizeof *slots);
    for (size_t r = 0; r < m->n; r++) {
        uint64_t v = 0;
        int any = 0;
        for (int c = 0; c < m->nclass; c++) {
            float w = avg[r * m->nclass + c];
            if (fabsf(w) < min_weight || quant12(w, scale) == 0) continue;
            v |= ((uint64_t)quant12(w, scale) & 0xfff) << (16 + 12 * c);
            any = 1;
        }
        if (!any) continue;
        uint32_t s = slot_of(key_of[r], nslots);
        while (slots[s]) s = s + 1 == nslots ? 0 : s + 1;
        slots[s] = v | dense_fp(key_of[r]);
    }
    uint32_t head[4] = {(uint32_t)m->nclass, nslots, 0, 1};
    tc_mbuf_put(b, head, sizeof head);
    tc_mbuf_put(b, slots, (size_t)nslots * sizeof *slots);
    tc_mbuf_align(b);
    free(slots);
}

void tc_ptrain_freeze(tc_ptrain *m, float min_weight, tc_mbuf *b)
{
    size_t nw = m->n * (size_t)m->nclass;
    float *avg = tc_xmalloc((nw ? nw : 1) * sizeof *avg);
    float big = average(m, avg);
    float scale = big > 0 ? big / 8388607.0f : 1.0f;
    /* keys in row order, so the output depends on nothing but the training */
    uint64_t *key_of = tc_xcalloc(m->n ? m->n : 1, sizeof *key_of);
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i]) key_of[m->row[i]] = m->keys[i];
    if (m->nclass <= 4)
        write_dense(m, avg, key_of, min_weight, big, b);
    else
        write_sparse(m, avg, key_of, min_weight, scale, b);
    free(avg);
    free(key_of);
}

int tc_pmodel_read(const unsigned char *data, size_t len, size_t *off, tc_pmodel *m, tc_err *err)
{
    uint32_t head[4];
    if (*off + sizeof head > len)
        return tc_err_set(err, TC_EPARSE, "model: truncated weight table");
    memcpy(head, data + *off, sizeof head);
    int dense = head[3] == 1;
    size_t need = sizeof head + (size_t)head[1] * 8 + (size_t)head[2] * 4;
    if (head[0] == 0 || head[0] > (dense ? 4u : 255u) || head[1] == 0 || head[3] > 1 ||
        *off + need > len)
        return tc_err_set(err, TC_EPARSE, "model: bad weight table");
    m->nclass = head[0];
    m->nslots = head[1];
    m->nent = head[2];
    m->dense = dense;
    m->slots = (const uint64_t *)(const void *)(data + *off + sizeof head);
    m->ent = (const uint32_t *)(const void *)(data + *off + sizeof head + (size_t)head[1] * 8);
    *off += (need + 7) / 8 * 8;
    return TC_OK;
}

void tc_pmodel_prefetch(const tc_pmodel *m, const uint64_t *f, int nf)
{
    for (int i = 0; i < nf; i++) __builtin_prefetch(&m->slots[slot_of(f[i], m->nslots)]);
}

static void score_dense(const tc_pmodel *m, const uint64_t *f, int nf, const uint32_t *slot,
                        int32_t *scores)
{
    /* the sums in registers (through scores, every add would be a load and a store, as the
       compiler cannot tell that scores is none of the slots), two to a register: the four
       12-bit weights with their sign bits flipped are w + 2048, from 0 to 4095, and weights 0
       and 2 (1 and 3) lie 24 bits apart, so that one add sums two of them in 24-bit lanes
       (at most 256 features: below 2^20, no carry from one lane into the next) */
    uint64_t even = 0, odd = 0;
    int32_t found = 0;
    const uint64_t *slots = m->slots;
    const uint32_t nslots = m->nslots;
    const uint64_t lanes = 0xfff000fffull, flip = 1ull << 27 | 1ull << 39 | 1ull << 51 | 1ull << 63;
    for (int i = 0; i < nf; i++) {
        uint64_t fp = dense_fp(f[i]), v = slots[slot[i]];
        /* most features sit in their own slot or are missing with it empty: probe further
           only past another feature's slot */
        if ((v & 0xffff) != fp) {
            uint32_t s = slot[i], probes = 0;
            while (v != 0 && (v & 0xffff) != fp && ++probes < nslots) {
                s = s + 1 == nslots ? 0 : s + 1;
                v = slots[s];
            }
            if ((v & 0xffff) != fp) continue;
        }
        v ^= flip;
        even += v >> 16 & lanes;
        odd += v >> 28 & lanes;
        found++;
    }
    int32_t bias = 2048 * found;
    scores[0] += (int32_t)(even & 0xffffff) - bias, scores[1] += (int32_t)(odd & 0xffffff) - bias;
    scores[2] += (int32_t)(even >> 24) - bias, scores[3] += (int32_t)(odd >> 24) - bias;
}

void tc_pmodel_score(const tc_pmodel *m, const uint64_t *f, int nf, int32_t *scores)
{
    /* the tables are far larger than the caches, and each feature costs a miss on its slot
       and (sparse layout) another on its entries: ask for every slot first, then for every
       run of entries, then add */
    uint32_t slot[256];
    if (nf > 256) nf = 256;
    for (int i = 0; i < nf; i++) {
        slot[i] = slot_of(f[i], m->nslots);
        __builtin_prefetch(&m->slots[slot[i]]);
    }
    if (m->dense) {
        score_dense(m, f, nf, slot, scores);
        return;
    }
    uint32_t first[256], count[256];
    int n = 0;
    for (int i = 0; i < nf; i++) {
        uint32_t fp = fp_of(f[i]), s = slot[i];
        uint64_t v = m->slots[s];
        /* (at most nslots slots read: a damaged table may have no empty one) */
        for (uint32_t probes = 1; v != 0 && (uint32_t)(v >> 32) != fp; probes++) {
            if (probes >= m->nslots) {
                v = 0;
                break;
            }
            s = s + 1 == m->nslots ? 0 : s + 1;
            v = m->slots[s];
        }
        if (!v) continue;
        first[n] = (uint32_t)(v >> 8) & 0xffffff;
        count[n] = (uint32_t)v & 0xff;
        if (first[n] + count[n] <= m->nent) {
            __builtin_prefetch(m->ent + first[n]);
            n++;
        }
    }
    for (int i = 0; i < n; i++) {
        const uint32_t *e = m->ent + first[i];
        /* four at a time (a feature of the tagger has up to a hundred entries): the loop's
           own instructions were a third of it; the rest, up to three, unrolled too */
        for (uint32_t q = count[i] >> 2; q; q--, e += 4) {
            uint32_t e0 = e[0], e1 = e[1], e2 = e[2], e3 = e[3];
            scores[e0 & 0xff] += (int32_t)e0 >> 8;
            scores[e1 & 0xff] += (int32_t)e1 >> 8;
            scores[e2 & 0xff] += (int32_t)e2 >> 8;
            scores[e3 & 0xff] += (int32_t)e3 >> 8;
        }
        switch (count[i] & 3) {
        case 3:
            scores[e[2] & 0xff] += (int32_t)e[2] >> 8; /* fall through */
        case 2:
            scores[e[1] & 0xff] += (int32_t)e[1] >> 8; /* fall through */
        case 1:
            scores[e[0] & 0xff] += (int32_t)e[0] >> 8;
            break;
        default:
            break;
        }
    }
}

void tc_pmodel_ask(const tc_pmodel *m, const uint64_t *f, int nf, uint32_t *slot)
{
    for (int i = 0; i < nf; i++) {
        slot[i] = slot_of(f[i], m->nslots);
        __builtin_prefetch(&m->slots[slot[i]]);
    }
}

void tc_pmodel_score4(const tc_pmodel *m, const uint64_t *f, const uint32_t *slot, int nf,
                      int32_t *scores)
{
    if (!m->dense) {
        int32_t all[TC_PMODEL_SCORES] = {0};
        tc_pmodel_score(m, f, nf, all);
        for (int c = 0; c < 4; c++) scores[c] += all[c];
        return;
    }
    score_dense(m, f, nf < 256 ? nf : 256, slot, scores);
}

static size_t fmap_slot(uint64_t key, uint32_t n)
{
    return (size_t)((key * 0x9e3779b97f4a7c15ull) >> 32) & (n - 1);
}

int tc_fmap_get(const tc_fmap *m, uint64_t key, uint64_t *val)
{
    if (!m->n || !key) return 0;
    /* at most n probes: a damaged file may have no empty slot left */
    for (size_t i = fmap_slot(key, m->n), probes = 0; probes < m->n;
         i = (i + 1) & (m->n - 1), probes++) {
        uint64_t k = m->kv[2 * i];
        if (!k) return 0;
        if (k == key) {
            *val = m->kv[2 * i + 1];
            return 1;
        }
    }
    return 0;
}

void tc_fmap_prefetch(const tc_fmap *m, uint64_t key)
{
    if (m->n) __builtin_prefetch(&m->kv[2 * fmap_slot(key, m->n)]);
}

void tc_fmap_write(tc_mbuf *b, const uint64_t *keys, const uint64_t *vals, size_t n)
{
    uint32_t size = 16;
    while (size < n * 2) size *= 2;
    uint64_t *kv = tc_xcalloc(2 * (size_t)size, sizeof *kv);
    for (size_t j = 0; j < n; j++) {
        size_t i = fmap_slot(keys[j], size);
        while (kv[2 * i] && kv[2 * i] != keys[j]) i = (i + 1) & (size - 1);
        kv[2 * i] = keys[j];
        kv[2 * i + 1] = vals[j];
    }
    uint32_t head[2] = {size, 0};
    tc_mbuf_put(b, head, sizeof head);
    tc_mbuf_put(b, kv, 2 * (size_t)size * sizeof *kv);
    free(kv);
}

int tc_fmap_read(const unsigned char *data, size_t len, size_t *off, tc_fmap *m, tc_err *err)
{
    uint32_t head[2];
    if (*off + sizeof head > len) return tc_err_set(err, TC_EPARSE, "model: truncated word table");
    memcpy(head, data + *off, sizeof head);
    if (head[0] < 16 || (head[0] & (head[0] - 1)) || *off + 8 + (size_t)head[0] * 16 > len)
        return tc_err_set(err, TC_EPARSE, "model: bad word table");
    m->n = head[0];
    m->kv = (const uint64_t *)(const void *)(data + *off + 8);
    *off += 8 + (size_t)head[0] * 16;
    return TC_OK;
}
