/* libFuzzer target for the parse model reader: any bytes, loaded as a model file, either are
 * refused with an error or give a model that tags and parses a few sentences without a crash,
 * a hang (damaged tables may have no empty slot) or a tree outside parse.h's invariants. The
 * committed model is a good seed: copy data/parse.model into the corpus folder. */
#include "parse.h"
#include "tag.h"

#include "arena.h"
#include "err.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const words[] = {"Azerbaijani", "troops",  "blocked", "the",    "road",
                                        "to",          "Armenia", "on",      "Monday", "."};
    static const uint32_t len[] = {11, 6, 7, 3, 4, 2, 7, 2, 6, 1};
    unsigned char *copy = malloc(size ? size : 1);
    if (!copy) return 0;
    memcpy(copy, data, size);
    tc_err err = {0};
    tc_parser *p = tc_parser_from_buffer(copy, size, &err); /* consumes copy */
    if (!p) return 0;
    tc_arena *a = tc_arena_new(0);
    tc_tree t;
    for (uint32_t n = 1; n <= 10; n += 3) {
        tc_parse_words(p, words, len, n, 0, a, &t);
        int roots = 0;
        for (uint32_t i = 0; i < t.n; i++) {
            if (t.w[i].head > t.n || t.w[i].rel >= TC_REL_COUNT || t.w[i].upos >= TC_UPOS_COUNT ||
                !t.w[i].lemma)
                abort();
            roots += t.w[i].head == 0;
        }
        if (t.n && roots != 1) abort();
        tc_arena_reset(a);
    }
    tc_arena_free(a);
    tc_parser_free(p);
    return 0;
}
