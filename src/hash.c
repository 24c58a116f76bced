/* hash: 64-bit hashing (a multiply-mix over 8-byte words) and a linear-probing map. */
#include "hash.h"

#include "arena.h"

#include <stdlib.h>
#include <string.h>

static uint64_t mix(uint64_t a, uint64_t b)
{
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static uint64_t load64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

uint64_t tc_hash64(const void *data, size_t len, uint64_t seed)
{
    const unsigned char *p = data;
    const uint64_t k0 = 0xa0761d6478bd642full, k1 = 0xe7037ed1a0b428dbull;
    uint64_t h = seed ^ mix(len ^ k0, k1);
    while (len >= 8) {
        h = mix(h ^ load64(p), k1) + k0;
        p += 8;
        len -= 8;
    }
    uint64_t tail = 0;
    for (size_t i = 0; i < len; i++) tail |= (uint64_t)p[i] << (8 * i);
    h = mix(h ^ tail ^ k0, k1 ^ len);
    return mix(h, k0 ^ 0x8ebc6af09c88c6e3ull);
}

void tc_hash_hex(uint64_t h, char out[17])
{
    static const char hex[] = "0123456789abcdef";
    for (int i = 15; i >= 0; i--) {
        out[i] = hex[h & 15];
        h >>= 4;
    }
    out[16] = 0;
}

typedef struct {
    const char *key;
    size_t len;
    uint64_t hash;
    void *val;
} slot;

struct tc_map {
    slot *slots;
    size_t cap, count; /* cap is a power of two */
};

tc_map *tc_map_new(size_t expected)
{
    tc_map *m = tc_xcalloc(1, sizeof *m);
    m->cap = 16;
    while (m->cap < expected * 2) m->cap *= 2;
    m->slots = tc_xcalloc(m->cap, sizeof *m->slots);
    return m;
}

void tc_map_free(tc_map *m)
{
    if (!m) return;
    free(m->slots);
    free(m);
}

static slot *find(const tc_map *m, const char *key, size_t len, uint64_t h)
{
    size_t i = h & (m->cap - 1);
    for (;;) {
        slot *s = &m->slots[i];
        if (!s->key || (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0)) return s;
        i = (i + 1) & (m->cap - 1);
    }
}

void *tc_map_get(const tc_map *m, const char *key, size_t len)
{
    slot *s = find(m, key, len, tc_hash64(key, len, 0));
    return s->key ? s->val : NULL;
}

static void grow(tc_map *m)
{
    slot *old = m->slots;
    size_t ocap = m->cap;
    m->cap *= 2;
    m->slots = tc_xcalloc(m->cap, sizeof *m->slots);
    for (size_t i = 0; i < ocap; i++)
        if (old[i].key) *find(m, old[i].key, old[i].len, old[i].hash) = old[i];
    free(old);
}

void *tc_map_put(tc_map *m, const char *key, size_t len, void *val)
{
    if ((m->count + 1) * 4 > m->cap * 3) grow(m);
    uint64_t h = tc_hash64(key, len, 0);
    slot *s = find(m, key, len, h);
    void *prev = s->key ? s->val : NULL;
    if (!s->key) {
        s->key = key ? key : "";
        s->len = len;
        s->hash = h;
        m->count++;
    }
    s->val = val;
    return prev;
}

size_t tc_map_count(const tc_map *m)
{
    return m->count;
}

void tc_map_each(const tc_map *m, void (*fn)(const char *, size_t, void *, void *), void *ctx)
{
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key) fn(m->slots[i].key, m->slots[i].len, m->slots[i].val, ctx);
}
