/* libFuzzer target for parse: analyses the input with tc_text (after tc_utf8_clean, what the
 * pipeline does, and raw), tags and parses every sentence with the model of the data folder,
 * and aborts when a tree breaks an invariant of parse.h (tests/tree_check.h: one word per
 * token, every head within the sentence, exactly one root per piece, no cycles). The first
 * sentence is also tagged only (TC_PARSE_TAGS), and its words go through tc_parse_words.
 *
 *   make build-fuzz/fuzz_parse && build-fuzz/fuzz_parse -max_len=65536 build-fuzz/corpus */
#include "parse.h"

#include "../tests/tree_check.h"
#include "arena.h"
#include "err.h"
#include "span.h"
#include "text.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef TC_DATADIR
#define TC_DATADIR "data"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const tc_parser *parser;

static void check(const char *why)
{
    if (!why) return;
    fprintf(stderr, "fuzz_parse: %s\n", why);
    abort();
}

static void load_parser(void)
{
    tc_err err = {0};
    parser = tc_parser_load(TC_DATADIR "/parse.model", &err);
    if (!parser) {
        fprintf(stderr, "fuzz_parse: %s\n", err.msg);
        abort();
    }
}

/* The first sentence's words given one by one must give a tree of as many words. */
static void check_words(const tc_text *t, tc_arena *a)
{
    const tc_sentence *s = &t->sents[0];
    const char **w = tc_arena_alloc(a, s->ntok * sizeof *w);
    uint32_t *len = tc_arena_alloc(a, s->ntok * sizeof *len);
    for (uint32_t i = 0; i < s->ntok; i++) {
        w[i] = t->text + t->toks[s->tok0 + i].off;
        len[i] = t->toks[s->tok0 + i].len;
    }
    tc_tree tree;
    check(tc_parse_words(parser, w, len, s->ntok, 0, a, &tree) == TC_OK ? NULL : "words failed");
    check(tree.n == s->ntok ? NULL : "tc_parse_words lost words");
    check(tree_check_arcs(&tree));
}

static void check_text(const char *s, size_t n, tc_arena *a)
{
    tc_text t;
    if (tc_text_analyze(s, n, a, &t) != TC_OK) return;
    for (uint32_t k = 0; k < t.nsents; k++) {
        tc_tree tree;
        check(tc_parse_sentence(parser, &t, k, 0, a, &tree) == TC_OK ? NULL : "parse failed");
        check(tree_check(&t, k, 0, &tree));
    }
    if (!t.nsents) return;
    tc_tree tags;
    check(tc_parse_sentence(parser, &t, 0, TC_PARSE_TAGS, a, &tags) == TC_OK ? NULL
                                                                             : "tagging failed");
    check(tree_check(&t, 0, TC_PARSE_TAGS, &tags));
    check_words(&t, a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static tc_arena *a;
    if (!parser) load_parser();
    if (!a) a = tc_arena_new(0);
    tc_arena_reset(a);

    size_t n;
    char *clean = tc_utf8_clean(a, (const char *)data, size, &n);
    check_text(clean, n, a);
    check_text((const char *)data, size, a);
    return 0;
}
