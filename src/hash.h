/* hash: a fast 64-bit byte hash and an open-addressing map from byte strings to pointers.
 *
 * The map borrows its keys: the bytes must outlive the map (dictionaries keep their names in
 * their own storage). Lookups are safe from several threads once no one inserts. */
#ifndef TC_HASH_H
#define TC_HASH_H

#include <stddef.h>
#include <stdint.h>

/* Stable across runs and machines (ids in the database depend on it). */
uint64_t tc_hash64(const void *data, size_t len, uint64_t seed);
/* 16 lower-case hex digits of h into out[17]. */
void tc_hash_hex(uint64_t h, char out[17]);

typedef struct tc_map tc_map;

tc_map *tc_map_new(size_t expected);
void tc_map_free(tc_map *m);
/* Value for key, or NULL. */
void *tc_map_get(const tc_map *m, const char *key, size_t len);
/* Sets key to val; returns the previous value or NULL. Key bytes are borrowed. */
void *tc_map_put(tc_map *m, const char *key, size_t len, void *val);
size_t tc_map_count(const tc_map *m);
/* Calls fn for every entry, in no particular order. */
void tc_map_each(const tc_map *m, void (*fn)(const char *key, size_t len, void *val, void *ctx),
                 void *ctx);

#endif
