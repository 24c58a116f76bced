/* bench_parse: tag + parse speed over the sentences of a news corpus (VOA, else the demo
 * corpus), beside the tokenizer alone in the same run; model load time and peak RSS. */
#include "corpus.h"
#include "parse.h"
#include "text.h"

#include <stdio.h>
#include <sys/resource.h>

#define ROUNDS 5

/* Sentences per second of one pass over the corpus: tokenise only, tag, or tag + parse. */
static double pass(const tc_parser *p, const bench_corpus *c, int what, size_t *sents,
                   size_t *words)
{
    tc_arena *a = tc_arena_new(0);
    *sents = *words = 0;
    double t0 = bench_now();
    for (size_t i = 0; i < c->n; i++) {
        tc_text t;
        tc_text_analyze(c->text[i], c->len[i], a, &t);
        for (uint32_t s = 0; what && s < t.nsents; s++) {
            tc_tree tree;
            tc_parse_sentence(p, &t, s, what == 1 ? TC_PARSE_TAGS : 0, a, &tree);
        }
        *sents += t.nsents;
        *words += t.ntoks;
        tc_arena_reset(a);
    }
    double dt = bench_now() - t0;
    tc_arena_free(a);
    return dt;
}

int main(void)
{
    bench_corpus c = {0};
    const char *src = bench_load_default(&c);
    if (!src) {
        printf("bench_parse: neither %s nor %s found, skipped\n", BENCH_VOA, BENCH_DEMO);
        return 0;
    }
    tc_err err = {0};
    double t0 = bench_now();
    tc_parser *p = tc_parser_load(TC_DATADIR "/parse.model", &err);
    double load_ms = (bench_now() - t0) * 1000;
    if (!p) {
        fprintf(stderr, "bench_parse: %s\n", err.msg);
        return 1;
    }
    size_t sents = 0, words = 0;
    double best[3] = {1e9, 1e9, 1e9};
    for (int r = 0; r < ROUNDS; r++)
        for (int what = 0; what < 3; what++) {
            double dt = pass(p, &c, what, &sents, &words);
            if (dt < best[what]) best[what] = dt;
        }
    printf("bench_parse: %zu articles of %s, %zu sentences, %zu words (%.1f a sentence); best of "
           "%d rounds\n",
           c.n, src, sents, words, (double)words / (double)sents, ROUNDS);
    printf("baseline (tokenizer): %.0f sentences/s\n", (double)sents / best[0]);
    printf("tokenizer + tagger + lemmas: %.0f sentences/s\n", (double)sents / best[1]);
    printf("tokenizer + tag + parse: %.0f sentences/s, %.0f words/s (%.1fx the tokenizer's "
           "time)\n",
           (double)sents / best[2], (double)words / best[2], best[2] / best[0]);
    printf("tag + parse alone: %.0f sentences/s\n", (double)sents / (best[2] - best[0]));
    printf("model: %.1f MB, loaded in %.1f ms\n", (double)tc_parser_bytes(p) / 1e6, load_ms);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak RSS %.0f MB\n", (double)ru.ru_maxrss / 1024);
    tc_parser_free(p);
    bench_corpus_free(&c);
    return 0;
}
