/* libFuzzer target for the coder with the bundled dictionaries: the input (after
 * tc_utf8_clean, what the pipeline does) is an article's text, coded by the engine of the data
 * folder (actors, verb patterns and word lists, parser, WordNet, places). The parse repairs
 * and the coder's rules read words around each word (k - 1, k + 2, heads and lists of
 * modifiers), which sentences of odd shapes reach: no crash, no undefined behaviour, and
 * every event names a sentence of the text and a CAMEO code.
 *
 *   make fuzz   (builds build-fuzz/fuzz_code with clang -fsanitize=fuzzer,address,undefined) */
#include "arena.h"
#include "code.h"
#include "pipeline.h"
#include "span.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef TC_DATADIR
#define TC_DATADIR "data"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static tc_engine *engine;

static void load_engine(void)
{
    tc_err err = {0};
    engine = tc_engine_load(TC_DATADIR, NULL, NULL, &err);
    if (!engine) {
        fprintf(stderr, "fuzz_code: %s\n", err.msg);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static tc_arena *a;
    if (!engine) load_engine();
    if (!a) a = tc_arena_new(0);
    tc_arena_reset(a);
    tc_article art = {.input = "fuzz", .url = "", .outlet = "", .author = "", .date = "2024-05-01"};
    art.text = tc_utf8_clean(a, (const char *)data, size, &art.text_len);
    art.title = "";
    tc_coded out;
    if (tc_engine_code(engine, &art, a, &out) != TC_OK) return 0;
    for (size_t i = 0; i < out.nev; i++)
        if (out.ev[i].sent >= out.text.nsents || !out.ev[i].cameo[0]) {
            fprintf(stderr, "fuzz_code: event %zu names no sentence or code\n", i);
            abort();
        }
    return 0;
}
