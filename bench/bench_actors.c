/* bench_actors: the actor scan's speed and the dictionaries' cost, on one core.
 *
 * Texts: ../shared/corpora/voa_stories.jsonl when present, else data/demo/corpus.jsonl. Three
 * passes over the same bytes in the same invocation (the machines are noisy: the ratios are
 * the stable figures), each repeated until it has lasted MIN_SECONDS:
 *   read    the baseline: every byte read and counted (a checksum of the bytes);
 *   text    sentences and tokens (tc_text_analyze), what the scan stands on;
 *   scan    tc_actors_scan over every sentence of the already tokenised texts.
 * MB/s of text for each, and the ratios to the read pass. Then the time to load the default
 * dictionaries (first load, and the mean of later loads once the files are in the page cache;
 * there is no compiled matcher and so no cache to measure: see bench_hyperscan), the
 * number of entries, and the peak RSS (before the Phoenix load); then, when
 * ../shared/petrarch is there, the time to load the Phoenix dictionaries. */
#include "actors.h"
#include "corpus.h"
#include "petrarch.h"
#include "pipeline.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#define MIN_SECONDS 2.0
#define PETR        "../shared/petrarch/"

static volatile uint64_t sink;

static void pass_read(const bench_corpus *c)
{
    uint64_t sum = 0;
    for (size_t i = 0; i < c->n; i++)
        for (size_t k = 0; k < c->len[i]; k++) sum += (unsigned char)c->text[i][k];
    sink += sum;
}

static void pass_text(const bench_corpus *c, tc_arena *a)
{
    for (size_t i = 0; i < c->n; i++) {
        tc_text t;
        tc_text_analyze(c->text[i], c->len[i], a, &t);
        sink += t.ntoks;
        tc_arena_reset(a);
    }
}

static tc_actors *dict;
static tc_text *texts;
static size_t mentions;

static void pass_scan(const bench_corpus *c, tc_arena *a)
{
    for (size_t i = 0; i < c->n; i++) {
        for (uint32_t s = 0; s < texts[i].nsents; s++) {
            tc_mention *m;
            mentions += tc_actors_scan(dict, &texts[i], s, "2023-07-28", a, &m);
        }
        tc_arena_reset(a);
    }
}

/* MB/s of pass over c, repeated until MIN_SECONDS. */
static double rate(const bench_corpus *c, tc_arena *a, int which)
{
    double t0 = bench_now(), t;
    size_t rounds = 0;
    do {
        if (which == 0)
            pass_read(c);
        else if (which == 1)
            pass_text(c, a);
        else
            pass_scan(c, a);
        rounds++;
        t = bench_now() - t0;
    } while (t < MIN_SECONDS);
    return (double)c->bytes * (double)rounds / t / 1e6;
}

/* Seconds to load the Phoenix dictionaries (PETRARCH format), or -1 when absent. */
static double phoenix_load(size_t *entries)
{
    static const char *const files[] = {PETR "Phoenix.Countries.actors.txt",
                                        PETR "Phoenix.International.actors.txt",
                                        PETR "Phoenix.MilNonState.actors.txt",
                                        PETR "Phoenix.agents.txt", PETR "Phoenix.discards.txt"};
    double t0 = bench_now();
    tc_actors *d = tc_actors_new();
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        if (tc_petrarch_load(d, files[i], NULL, NULL, NULL) < 0) {
            tc_actors_free(d);
            return -1;
        }
    double t = bench_now() - t0;
    *entries = tc_actors_count(d);
    tc_actors_free(d);
    return t;
}

int main(void)
{
    bench_corpus c = {0};
    const char *src = bench_load_default(&c);
    if (!src) {
        fprintf(stderr, "bench_actors: neither %s nor %s\n", BENCH_VOA, BENCH_DEMO);
        return 1;
    }
    const char *dir = tc_datadir(NULL);
    tc_err err = {0};
    double t0 = bench_now();
    dict = tc_actors_load(dir, NULL, NULL, NULL, &err);
    double first = bench_now() - t0;
    if (!dict) {
        fprintf(stderr, "bench_actors: %s\n", err.msg);
        return 1;
    }
    enum { LOADS = 20 };
    t0 = bench_now();
    for (int i = 0; i < LOADS; i++) tc_actors_free(tc_actors_load(dir, NULL, NULL, NULL, &err));
    double warm = (bench_now() - t0) / LOADS;

    tc_arena *keep = tc_arena_new(0), *a = tc_arena_new(0);
    texts = tc_xmalloc(c.n * sizeof *texts);
    size_t sents = 0;
    for (size_t i = 0; i < c.n; i++) {
        tc_text_analyze(c.text[i], c.len[i], keep, &texts[i]);
        sents += texts[i].nsents;
    }
    double r_read = rate(&c, a, 0), r_text = rate(&c, a, 1), r_scan = rate(&c, a, 2);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("corpus        %s: %zu texts, %.2f MB, %zu sentences\n", src, c.n, c.bytes / 1e6, sents);
    printf("read pass     %9.1f MB/s  (baseline)\n", r_read);
    printf("text pass     %9.1f MB/s  (%.3f of the read pass)\n", r_text, r_text / r_read);
    printf("actor scan    %9.1f MB/s  (%.3f of the read pass; tokens given)\n", r_scan,
           r_scan / r_read);
    printf("text + scan   %9.1f MB/s  (combined)\n", 1.0 / (1.0 / r_text + 1.0 / r_scan));
    printf("dictionaries  %zu entries; load %.1f ms first, %.1f ms warm (nothing to cache: no "
           "compile step)\n",
           tc_actors_count(dict), first * 1e3, warm * 1e3);
    printf("peak RSS      %.1f MB\n", ru.ru_maxrss / 1024.0);
    size_t pn = 0;
    double pt = phoenix_load(&pn);
    if (pt >= 0)
        printf("Phoenix       %zu entries (PETRARCH format) load in %.1f ms\n", pn, pt * 1e3);
    tc_arena_free(keep);
    tc_arena_free(a);
    free(texts);
    tc_actors_free(dict);
    bench_corpus_free(&c);
    return 0;
}
