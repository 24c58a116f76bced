/* bench_code: coding speed, sentences per second on one core, over the texts of
 * ../shared/corpora/voa_stories.jsonl (else data/demo/corpus.jsonl), with the full default
 * dictionaries.
 *
 * Two runs over the same texts in the same invocation (the machines are noisy: the ratio is
 * the stable figure): the baseline is sentence splitting, tokenising and the actor scan
 * alone; the measured run is what `tocsin code` does with a clean article (tc_engine_code:
 * the same plus the reference resolver and the coder). Each run
 * repeats the corpus until it has lasted at least MIN_SECONDS. One arena reset per article,
 * single threaded. Prints both rates, the coder's own rate (its share of the time), the ratio,
 * a third run without places and event dates (tc_engine_options) beside the full one, and the
 * peak RSS. Time is the thread's CPU time (the rate per core: others' jobs on the machine
 * take the core away, not the work), with the wall-clock rate of the full run beside it. */
#include "corpus.h"
#include "pipeline.h"

#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

#define MIN_SECONDS 2.0
#define DATE        "2023-06-01"

typedef struct {
    size_t sentences, events;
    double seconds, wall; /* thread CPU time; wall-clock time */
} result;

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Passes over the corpus until MIN_SECONDS: the whole of `tocsin code` on a clean article
 * (tc_engine_code: text, actors, references, coder) when full, else the baseline (text and
 * actor scan only). */
static result run(const bench_corpus *c, const tc_engine *e, int full)
{
    result r = {0};
    tc_arena *a = tc_arena_new(0);
    double t0 = cpu_now(), w0 = bench_now();
    do {
        for (size_t i = 0; i < c->n; i++) {
            tc_arena_reset(a);
            if (full) {
                tc_article art = {.text = c->text[i], .text_len = c->len[i], .date = DATE};
                tc_coded coded;
                if (tc_engine_code(e, &art, a, &coded) != TC_OK) continue;
                r.sentences += coded.text.nsents;
                r.events += coded.nev;
                continue;
            }
            tc_text t;
            if (tc_text_analyze(c->text[i], c->len[i], a, &t) != TC_OK) continue;
            for (uint32_t s = 0; s < t.nsents; s++) {
                tc_mention *m;
                tc_actors_scan(tc_engine_actors(e), &t, s, DATE, a, &m);
            }
            r.sentences += t.nsents;
        }
        r.seconds = cpu_now() - t0;
    } while (r.seconds < MIN_SECONDS);
    r.wall = bench_now() - w0;
    tc_arena_free(a);
    return r;
}

int main(void)
{
    bench_corpus c = {0};
    const char *src = bench_load_default(&c);
    if (!src) {
        printf("bench_code: neither %s nor %s found, skipped\n", BENCH_VOA, BENCH_DEMO);
        return 0;
    }
    tc_err err = {0};
    tc_engine *e = tc_engine_load(tc_datadir(NULL), NULL, NULL, &err);
    if (!e) {
        fprintf(stderr, "bench_code: cannot load the dictionaries: %s\n", err.msg);
        return 1;
    }
    printf("bench_code: %zu articles of %s; %zu verb patterns, %zu verb forms\n", c.n, src,
           tc_verbs_count(tc_engine_verbs(e)), tc_verbs_forms(tc_engine_verbs(e)));
    result base = run(&c, e, 0);
    result full = run(&c, e, 1);
    tc_engine_options(e, TC_ENGINE_NO_PLACES | TC_ENGINE_NO_DATES);
    result bare = run(&c, e, 1);
    tc_engine_options(e, 0);
    double rb = (double)base.sentences / base.seconds, rf = (double)full.sentences / full.seconds;
    double coder_s = full.seconds / (double)full.sentences - base.seconds / (double)base.sentences;
    printf("baseline (text + actor scan): %.0f sentences/s\n", rb);
    printf("tocsin code (text + actors + coder): %.0f sentences/s (wall clock %.0f), %.2f events "
           "per 100 sentences; %.2fx the baseline's time\n",
           rf, (double)full.sentences / full.wall,
           100.0 * (double)full.events / (double)full.sentences, rb / rf);
    if (coder_s > 0) printf("references + coder alone: %.0f sentences/s\n", 1.0 / coder_s);
    double rn = (double)bare.sentences / bare.seconds;
    printf("the same without places and event dates: %.0f sentences/s; with them %.2fx its time\n",
           rn, rn / rf);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak RSS %.0f MB\n", (double)ru.ru_maxrss / 1024);
    tc_engine_free(e);
    bench_corpus_free(&c);
    return 0;
}
