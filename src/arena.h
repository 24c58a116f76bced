/* arena: the one allocator family of tocsin.
 *
 * tc_x* allocate from the C heap and abort with a message when memory runs out: callers
 * never check for NULL. tc_alloc_fail_after() is the single seam where a test can make the
 * n-th allocation fail (and so abort), Lua-style.
 *
 * tc_arena is a bump allocator for everything made while processing one unit of work (one
 * article): blocks are kept across tc_arena_reset() so a steady pipeline does no malloc. */
#ifndef TC_ARENA_H
#define TC_ARENA_H

#include <stddef.h>

void *tc_xmalloc(size_t n);
void *tc_xcalloc(size_t count, size_t size);
void *tc_xrealloc(void *p, size_t n);
char *tc_xstrdup(const char *s);
char *tc_xstrndup(const char *s, size_t n);

/* After n more successful allocations the next one fails (aborts). n < 0 turns it off.
 * Not thread-safe: for tests only. */
void tc_alloc_fail_after(long n);

typedef struct tc_arena tc_arena;

/* New arena whose blocks are at least block_size bytes (0: a default). Never NULL. */
tc_arena *tc_arena_new(size_t block_size);
/* Frees every block. NULL is fine. */
void tc_arena_free(tc_arena *a);
/* Releases everything allocated so far; keeps the blocks for reuse. */
void tc_arena_reset(tc_arena *a);
/* n bytes aligned to 16, uninitialised; valid until the next reset. Aborts on OOM. */
void *tc_arena_alloc(tc_arena *a, size_t n);
/* Zeroed allocation of count * size bytes (overflow-checked). */
void *tc_arena_calloc(tc_arena *a, size_t count, size_t size);
/* Copy of s[0..n) with a terminating NUL. */
char *tc_arena_strndup(tc_arena *a, const char *s, size_t n);
/* Bytes handed out since the last reset (for memory reports). */
size_t tc_arena_used(const tc_arena *a);

/* A growable array living in an arena: TC_VEC(int) v = {0}; TC_PUSH(arena, v, 5); */
#define TC_VEC(T)                                                                                  \
    struct {                                                                                       \
        T *v;                                                                                      \
        size_t n, cap;                                                                             \
    }
#define TC_PUSH(arena, vec, x)                                                                     \
    do {                                                                                           \
        if ((vec).n == (vec).cap)                                                                  \
            (vec).v = tc_arena_grow((arena), (vec).v, &(vec).cap, sizeof *(vec).v);                \
        (vec).v[(vec).n++] = (x);                                                                  \
    } while (0)
/* Helper of TC_PUSH: a copy of old (cap elements) into a block twice as large. */
void *tc_arena_grow(tc_arena *a, void *old, size_t *cap, size_t elem);

#endif
