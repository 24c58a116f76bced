/* arena: aborting heap allocation and per-article bump arenas (see arena.h). */
#include "arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long fail_after = -1;

static void *checked(void *p, size_t n)
{
    if (fail_after == 0)
        p = NULL;
    else if (fail_after > 0)
        fail_after--;
    if (!p && n) {
        fprintf(stderr, "tocsin: out of memory (%zu bytes)\n", n);
        abort();
    }
    return p;
}

void tc_alloc_fail_after(long n)
{
    fail_after = n;
}

void *tc_xmalloc(size_t n)
{
    return checked(malloc(n ? n : 1), n ? n : 1);
}

void *tc_xcalloc(size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size) return checked(NULL, SIZE_MAX);
    return checked(calloc(count ? count : 1, size ? size : 1), count * size + 1);
}

void *tc_xrealloc(void *p, size_t n)
{
    return checked(realloc(p, n ? n : 1), n ? n : 1);
}

char *tc_xstrndup(const char *s, size_t n)
{
    char *d = tc_xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

char *tc_xstrdup(const char *s)
{
    return tc_xstrndup(s, strlen(s));
}

typedef struct block {
    struct block *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} block;

struct tc_arena {
    block *head;  /* block being filled */
    block *spare; /* blocks released by reset, reused first */
    size_t block_size, total;
};

tc_arena *tc_arena_new(size_t block_size)
{
    tc_arena *a = tc_xcalloc(1, sizeof *a);
    a->block_size = block_size ? block_size : 64 * 1024;
    return a;
}

static void free_chain(block *b)
{
    while (b) {
        block *next = b->next;
        free(b);
        b = next;
    }
}

void tc_arena_free(tc_arena *a)
{
    if (!a) return;
    free_chain(a->head);
    free_chain(a->spare);
    free(a);
}

void tc_arena_reset(tc_arena *a)
{
    while (a->head) {
        block *b = a->head;
        a->head = b->next;
        /* Oversized blocks (one huge article) are not kept: memory stays bounded. */
        if (b->size > 16 * a->block_size) {
            free(b);
            continue;
        }
        b->used = 0;
        b->next = a->spare;
        a->spare = b;
    }
    a->total = 0;
}

static block *take_block(tc_arena *a, size_t need)
{
    for (block **pp = &a->spare; *pp; pp = &(*pp)->next) {
        if ((*pp)->size >= need) {
            block *b = *pp;
            *pp = b->next;
            return b;
        }
    }
    size_t size = need > a->block_size ? need : a->block_size;
    block *b = tc_xmalloc(sizeof *b + size);
    b->size = size;
    b->used = 0;
    return b;
}

void *tc_arena_alloc(tc_arena *a, size_t n)
{
    size_t need = (n + 15) & ~(size_t)15;
    if (need < n) return checked(NULL, SIZE_MAX);
    block *b = a->head;
    if (!b || b->size - b->used < need) {
        b = take_block(a, need);
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += need;
    a->total += need;
    return p;
}

void *tc_arena_calloc(tc_arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size) return checked(NULL, SIZE_MAX);
    void *p = tc_arena_alloc(a, count * size);
    memset(p, 0, count * size);
    return p;
}

char *tc_arena_strndup(tc_arena *a, const char *s, size_t n)
{
    char *d = tc_arena_alloc(a, n + 1);
    if (n) memcpy(d, s, n);
    d[n] = 0;
    return d;
}

size_t tc_arena_used(const tc_arena *a)
{
    return a->total;
}

void *tc_arena_grow(tc_arena *a, void *old, size_t *cap, size_t elem)
{
    size_t ncap = *cap ? *cap * 2 : 16;
    void *p = tc_arena_alloc(a, ncap * elem);
    if (old) memcpy(p, old, *cap * elem);
    *cap = ncap;
    return p;
}
