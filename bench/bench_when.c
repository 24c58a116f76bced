/* bench_when: the temporal-expression scanner over the sentences of a news corpus (VOA, else the
 * demo corpus), beside the tokenizer alone in the same run; and the metadata date parser. */
#include "corpus.h"
#include "text.h"
#include "when.h"

#include <stdio.h>

#define ROUNDS 30

/* Seconds of one pass over the corpus: tokenise only, or tokenise and scan every sentence. */
static double pass(const bench_corpus *c, int scan, size_t *sents, size_t *exprs)
{
    tc_arena *a = tc_arena_new(0);
    tc_date ref = {2024, 6, 14, TC_DATE_DAY};
    *sents = *exprs = 0;
    double t0 = bench_now();
    for (size_t i = 0; i < c->n; i++) {
        tc_text t;
        tc_text_analyze(c->text[i], c->len[i], a, &t);
        for (uint32_t s = 0; scan && s < t.nsents; s++) {
            tc_when *w;
            size_t n;
            tc_when_scan(&t, s, ref, a, &w, &n);
            *exprs += n;
        }
        *sents += t.nsents;
        tc_arena_reset(a);
    }
    double dt = bench_now() - t0;
    tc_arena_free(a);
    return dt;
}

static double parse_dates(void)
{
    static const char *const dates[] = {"2026-12-05T10:00:00+02:00",
                                        "Sat, 05 Dec 2026 10:00:00 +0000", "December 5, 2026",
                                        "5 December 2026", "2026-12-05"};
    const int n = 200000;
    int ok = 0;
    double t0 = bench_now();
    for (int i = 0; i < n; i++) {
        tc_date d;
        const char *s = dates[i % 5];
        ok += tc_when_parse_date(s, strlen(s), &d) == TC_OK;
    }
    double dt = bench_now() - t0;
    return ok == n ? n / dt : 0;
}

int main(void)
{
    bench_corpus c = {0};
    const char *src = bench_load_default(&c);
    if (!src) {
        printf("bench_when: neither %s nor %s found, skipped\n", BENCH_VOA, BENCH_DEMO);
        return 0;
    }
    size_t sents = 0, exprs = 0;
    double best[2] = {1e9, 1e9};
    for (int r = 0; r < ROUNDS; r++)
        for (int scan = 0; scan < 2; scan++) {
            double dt = pass(&c, scan, &sents, &exprs);
            if (dt < best[scan]) best[scan] = dt;
        }
    pass(&c, 1, &sents, &exprs);
    printf("bench_when: %zu articles of %s, %zu sentences, %zu temporal expressions; best of %d "
           "rounds\n",
           c.n, src, sents, exprs, ROUNDS);
    printf("baseline (tokenizer): %.0f sentences/s\n", (double)sents / best[0]);
    printf("tokenizer + when: %.0f sentences/s (%.2fx the tokenizer's time)\n",
           (double)sents / best[1], best[1] / best[0]);
    double alone = best[1] - best[0] > 1e-9 ? best[1] - best[0] : 1e-9;
    printf("when alone: %.0f sentences/s, %.0f expressions/s\n", (double)sents / alone,
           (double)exprs / alone);
    printf("metadata dates: %.0f parsed/s\n", parse_dates());
    bench_corpus_free(&c);
    return 0;
}
