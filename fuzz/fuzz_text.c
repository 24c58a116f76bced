/* libFuzzer target for text: analyses the input after tc_utf8_clean (what the pipeline does),
 * and the raw bytes too (the lexer promises not to crash on invalid UTF-8), and aborts when a
 * layout invariant of text.h breaks. tc_text_tokens must give the same tokens.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc fuzz/fuzz_text.c src/text.c \
 *         src/arena.c src/span.c src/err.c -lutf8proc -o fuzz_text */
#include "text.h"

#include "arena.h"
#include "err.h"
#include "span.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(bool ok)
{
    if (!ok) abort();
}

static void check_tokens(const tc_text *t)
{
    uint64_t prev_end = 0;
    for (size_t k = 0; k < t->ntoks; k++) {
        const tc_token *tok = &t->toks[k];
        check(tok->len > 0);
        check(tok->off >= prev_end); /* increasing, no overlap */
        check((uint64_t)tok->off + tok->len <= t->len);
        check(tok->norm && tok->norm[tok->nlen] == 0); /* raw input may hold NUL bytes */
        check(!(tok->flags & TC_TOK_PUNCT) || !(tok->flags & TC_TOK_WORD));
        prev_end = (uint64_t)tok->off + tok->len;
    }
}

static void check_sentences(const tc_text *t)
{
    uint64_t prev_end = 0, next_tok = 0;
    for (size_t k = 0; k < t->nsents; k++) {
        const tc_sentence *s = &t->sents[k];
        uint64_t end = (uint64_t)s->off + s->len;
        check(end <= t->len);
        check(s->off >= prev_end); /* in order, disjoint */
        check(s->len <= 64 * 1024 && s->ntok > 0 && s->ntok <= 2000);
        /* every token in exactly one sentence: the token ranges tile toks[] */
        check(s->tok0 == next_tok && (uint64_t)s->tok0 + s->ntok <= t->ntoks);
        for (uint32_t i = s->tok0; i < s->tok0 + s->ntok; i++)
            check(t->toks[i].off >= s->off && (uint64_t)t->toks[i].off + t->toks[i].len <= end);
        /* trimmed: it starts at its first token and ends at its last */
        check(t->toks[s->tok0].off == s->off);
        const tc_token *l = &t->toks[s->tok0 + s->ntok - 1];
        check((uint64_t)l->off + l->len == end);
        prev_end = end;
        next_tok = (uint64_t)s->tok0 + s->ntok;
    }
    check(next_tok == t->ntoks);
}

static void check_text(const char *s, size_t n, tc_arena *a)
{
    tc_text t;
    check(tc_text_analyze(s, n, a, &t) == TC_OK);
    check(t.text == s && t.len == n);
    check_tokens(&t);
    check_sentences(&t);

    size_t ntoks;
    tc_token *toks = tc_text_tokens(s, n, a, &ntoks);
    check(ntoks == t.ntoks);
    for (size_t k = 0; k < ntoks; k++) {
        check(toks[k].off == t.toks[k].off && toks[k].len == t.toks[k].len);
        check(toks[k].flags == t.toks[k].flags && toks[k].nlen == t.toks[k].nlen);
        check(memcmp(toks[k].norm, t.toks[k].norm, toks[k].nlen) == 0);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static tc_arena *a;
    if (!a) a = tc_arena_new(0);
    tc_arena_reset(a);

    size_t n;
    char *clean = tc_utf8_clean(a, (const char *)data, size, &n);
    check_text(clean, n, a);
    check_text((const char *)data, size, a);
    return 0;
}
