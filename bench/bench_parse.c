/* bench_parse: tag + parse speed over the sentences of a news corpus (VOA, else the demo
 * corpus), beside the tokenizer alone in the same run, in the thread's CPU time; model load
 * time and peak RSS. */
#include "corpus.h"
#include "parse.h"
#include "text.h"

#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

#define ROUNDS 5

/* The thread's CPU time: sentences a second per core, whatever else the machine runs (its
 * wall clock counts the time other jobs hold the core). */
static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Sentences per second of one pass over the corpus: tokenise only, tag, or tag + parse. */
static double pass(const tc_parser *p, const bench_corpus *c, int what, size_t *sents,
                   size_t *words)
{
    tc_arena *a = tc_arena_new(0);
    *sents = *words = 0;
    double t0 = cpu_now();
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
    double dt = cpu_now() - t0;
    tc_arena_free(a);
    return dt;
}

/* Several models (paths on the command line) are measured in the same run, their rounds
 * alternating, so that the machine's swings fall on all of them alike. */
#define MAX_MODELS 8

int main(int argc, char **argv)
{
    bench_corpus c = {0};
    const char *src = bench_load_default(&c);
    if (!src) {
        printf("bench_parse: neither %s nor %s found, skipped\n", BENCH_VOA, BENCH_DEMO);
        return 0;
    }
    const char *path[MAX_MODELS] = {TC_DATADIR "/parse.model"};
    int nm = argc > 1 ? argc - 1 : 1;
    if (nm > MAX_MODELS) nm = MAX_MODELS;
    for (int m = 0; argc > 1 && m < nm; m++) path[m] = argv[m + 1];
    tc_parser *p[MAX_MODELS];
    double load_ms[MAX_MODELS];
    for (int m = 0; m < nm; m++) {
        tc_err err = {0};
        double t0 = bench_now();
        p[m] = tc_parser_load(path[m], &err);
        load_ms[m] = (bench_now() - t0) * 1000;
        if (!p[m]) {
            fprintf(stderr, "bench_parse: %s\n", err.msg);
            return 1;
        }
    }
    size_t sents = 0, words = 0;
    double best[MAX_MODELS][3];
    for (int m = 0; m < nm; m++) best[m][0] = best[m][1] = best[m][2] = 1e9;
    for (int r = 0; r < ROUNDS; r++)
        for (int m = 0; m < nm; m++)
            for (int what = 0; what < 3; what++) {
                double dt = pass(p[m], &c, what, &sents, &words);
                if (dt < best[m][what]) best[m][what] = dt;
            }
    printf("bench_parse: %zu articles of %s, %zu sentences, %zu words (%.1f a sentence); best of "
           "%d rounds\n",
           c.n, src, sents, words, (double)words / (double)sents, ROUNDS);
    for (int m = 0; m < nm; m++) {
        if (nm > 1) printf("%s:\n", path[m]);
        printf("baseline (tokenizer): %.0f sentences/s\n", (double)sents / best[m][0]);
        printf("tokenizer + tagger + lemmas: %.0f sentences/s\n", (double)sents / best[m][1]);
        printf("tokenizer + tag + parse: %.0f sentences/s, %.0f words/s (%.1fx the tokenizer's "
               "time)\n",
               (double)sents / best[m][2], (double)words / best[m][2], best[m][2] / best[m][0]);
        printf("tag + parse alone: %.0f sentences/s\n", (double)sents / (best[m][2] - best[m][0]));
        printf("model: %.1f MB, loaded in %.1f ms\n", (double)tc_parser_bytes(p[m]) / 1e6,
               load_ms[m]);
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak RSS %.0f MB\n", (double)ru.ru_maxrss / 1024);
    for (int m = 0; m < nm; m++) tc_parser_free(p[m]);
    bench_corpus_free(&c);
    return 0;
}
