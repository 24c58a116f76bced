/* percep: the averaged perceptron behind the tagger and the parser, and the model file that
 * holds them.
 *
 * Features are 64-bit hashes of a template number and its atoms (word hashes, tag and label
 * numbers). Training keeps a dense row of weights per feature (weight, running sum, time of
 * the last change: averaging is lazy). Freezing averages the weights, quantises them to 24-bit
 * integers, drops the zeros and lays them out as an open-addressing table of 32-bit
 * fingerprints, each pointing at its (class, weight) entries (a model of at most 4 classes: 16-bit
 * fingerprints and 12-bit weights in one 8-byte slot): that table is what the model file stores
 * and what decoding reads, straight from the loaded file. */
#ifndef TC_PERCEP_H
#define TC_PERCEP_H

#include "err.h"

#include <stddef.h>
#include <stdint.h>

/* Combines a feature hash with one more atom: a 128-bit product of the two (XORing them
 * first would make small atoms of one template collide with those of another). */
static inline uint64_t tc_fmix(uint64_t h, uint64_t v)
{
    __uint128_t r = (__uint128_t)(h ^ 0xa0761d6478bd642full) * (v ^ 0xe7037ed1a0b428dbull);
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}
/* A feature of template t with atoms a, b, c (0 for unused). */
static inline uint64_t tc_feat3(uint32_t t, uint64_t a, uint64_t b, uint64_t c)
{
    return tc_fmix(tc_fmix(tc_fmix(0x51ed27ull + t, a), b), c);
}

/* ---- training ---- */

typedef struct tc_ptrain tc_ptrain;

/* A model of nclass classes (at most 255). Never NULL. Not thread-safe. */
tc_ptrain *tc_ptrain_new(int nclass);
void tc_ptrain_free(tc_ptrain *m);
/* Adds the current weights of features f[0..nf) to scores[0..nclass). */
void tc_ptrain_score(const tc_ptrain *m, const uint64_t *f, int nf, float *scores);
/* Adds delta to the weight of class cls for each feature. */
void tc_ptrain_update(tc_ptrain *m, const uint64_t *f, int nf, int cls, float delta);
/* One more example seen: the clock of averaging. */
void tc_ptrain_tick(tc_ptrain *m);
size_t tc_ptrain_features(const tc_ptrain *m);

/* ---- frozen model ---- */

typedef struct {
    uint32_t nclass, nslots, nent;
    int dense; /* at most 4 classes: slots of four 12-bit weights << 16 | a 16-bit fingerprint */
    const uint64_t *slots; /* sparse: fingerprint << 32 | first entry << 8 | entry count; 0 empty */
    const uint32_t *ent;   /* weight (signed 24 bits) << 8 | class */
} tc_pmodel;

/* Adds the weights of features f[0..nf) to scores (integers: the scale is the same for every
 * class). scores has TC_PMODEL_SCORES entries, whatever nclass is: a damaged model file can
 * name any class up to 255, and nothing at load time reads every entry. At most 256 features
 * are read. Thread-safe. */
#define TC_PMODEL_SCORES 256
void tc_pmodel_score(const tc_pmodel *m, const uint64_t *f, int nf, int32_t *scores);
/* The slots of features f[0..nf) into slot, their memory asked for (not waited for); then
 * tc_pmodel_score4 adds their weights, as tc_pmodel_score does but into scores[0..4) alone,
 * for a model of at most 4 classes (the parser's transitions; a damaged file's larger model
 * adds its first four classes). nf at most 256 for both. Thread-safe. */
void tc_pmodel_ask(const tc_pmodel *m, const uint64_t *f, int nf, uint32_t *slot);
void tc_pmodel_score4(const tc_pmodel *m, const uint64_t *f, const uint32_t *slot, int nf,
                      int32_t *scores);
/* Asks the memory for the slots tc_pmodel_score will read for features f[0..nf), without
 * waiting: a caller that knows several sets of features ahead (the items of a beam) overlaps
 * the misses of all of them. Changes no score. Thread-safe. */
void tc_pmodel_prefetch(const tc_pmodel *m, const uint64_t *f, int nf);

/* A growable byte buffer: model files are built in one and written at once. */
typedef struct {
    unsigned char *p;
    size_t n, cap;
} tc_mbuf;
void tc_mbuf_put(tc_mbuf *b, const void *data, size_t n);
void tc_mbuf_align(tc_mbuf *b); /* pads to a multiple of 8 */

/* Averages m's weights and appends its frozen form to b (header, slots, entries; 8-aligned).
 * Weights whose averaged value is below min_weight in magnitude are dropped. */
void tc_ptrain_freeze(tc_ptrain *m, float min_weight, tc_mbuf *b);
/* Reads a frozen model at data[*off..len), advancing *off. TC_EPARSE when it does not fit. */
int tc_pmodel_read(const unsigned char *data, size_t len, size_t *off, tc_pmodel *m, tc_err *err);

/* A frozen map from nonzero 64-bit keys to 64-bit values (word tables of the model): n slots
 * (a power of two) of key and value, linear probing. */
typedef struct {
    uint32_t n;
    const uint64_t *kv;
} tc_fmap;

/* Value of key in *val; 1 when found, 0 when not. Thread-safe. */
int tc_fmap_get(const tc_fmap *m, uint64_t key, uint64_t *val);
/* Asks the memory for key's first slot, without waiting (tc_pmodel_prefetch's use). */
void tc_fmap_prefetch(const tc_fmap *m, uint64_t key);
/* Appends a map of keys[i] -> vals[i] (keys nonzero and distinct) to b. */
void tc_fmap_write(tc_mbuf *b, const uint64_t *keys, const uint64_t *vals, size_t n);
int tc_fmap_read(const unsigned char *data, size_t len, size_t *off, tc_fmap *m, tc_err *err);

#endif
