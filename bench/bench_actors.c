/* bench_actors: the actor scan's speed and the dictionaries' cost, on one core.
 *
 * Texts: ../shared/corpora/voa_stories.jsonl when present, else data/demo/corpus.jsonl. Three
 * passes over the same bytes in the same invocation (the machines are noisy: the ratios are
 * the stable figures), each repeated until it has lasted MIN_SECONDS:
 *   read    the baseline: every byte read and counted (a checksum of the bytes);
 *   text    sentences and tokens (tc_text_analyze), what the scan stands on;
 *   scan    tc_actors_scan over every sentence of the already tokenised texts.
 * MB/s of text for each, and the ratios to the read pass. Then, side by side, the hand-written
 * dictionary alone (data/actors.txt, through a folder that links it alone) and the default
 * dictionaries (with the generated data/actors-facts-*.txt): the time to load them (first load,
 * and the mean of later loads once the files are in the page cache; there is no compiled
 * matcher and so no cache to measure: see bench_hyperscan), the number of entries, the scan
 * rate, and the peak RSS after each (before the Phoenix load), with the ratios and whether
 * the default load stays within 50 ms and 100 MB (printed, not an exit status: the machines
 * are noisy). The verdict is on the first load, what a command pays once per process: later
 * loads reuse the memory the first one freed and fault no pages in, which is most of the
 * first one's time on a virtual machine. Then, when ../shared/petrarch is there, the time to load
 * the Phoenix dictionaries. */
#include "actors.h"
#include "corpus.h"
#include "petrarch.h"
#include "pipeline.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

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

/* A folder that holds data/actors.txt alone (a link): the hand-written dictionary without
 * the generated ones. Returns its path (static), or NULL. */
static const char *hand_only_dir(const char *datadir)
{
    static char dir[] = "/tmp/tocsin-bench-actors-XXXXXX";
    char src[4096], dst[4200], real[4096];
    snprintf(src, sizeof src, "%s/actors.txt", datadir);
    if (!realpath(src, real) || !mkdtemp(dir)) return NULL;
    snprintf(dst, sizeof dst, "%s/actors.txt", dir);
    return symlink(real, dst) == 0 ? dir : NULL;
}

static void remove_hand_only_dir(const char *dir)
{
    char dst[4200];
    snprintf(dst, sizeof dst, "%s/actors.txt", dir);
    unlink(dst);
    rmdir(dir);
}

typedef struct {
    double first, warm, scan; /* ms, ms, MB/s */
    size_t entries;
    double rss; /* MB, peak after this load and scan */
} dict_cost;

/* Loads the dictionaries of dir (first and warm), scans the corpus with them. */
static int measure(const char *dir, const bench_corpus *c, tc_arena *a, dict_cost *out)
{
    enum { LOADS = 20 };
    tc_err err = {0};
    double t0 = bench_now();
    dict = tc_actors_load(dir, NULL, NULL, NULL, &err);
    out->first = (bench_now() - t0) * 1e3;
    if (!dict) {
        fprintf(stderr, "bench_actors: %s\n", err.msg);
        return -1;
    }
    t0 = bench_now();
    for (int i = 0; i < LOADS; i++) tc_actors_free(tc_actors_load(dir, NULL, NULL, NULL, &err));
    out->warm = (bench_now() - t0) / LOADS * 1e3;
    out->entries = tc_actors_count(dict);
    out->scan = rate(c, a, 2);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    out->rss = ru.ru_maxrss / 1024.0;
    tc_actors_free(dict);
    dict = NULL;
    return 0;
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
    tc_arena *keep = tc_arena_new(0), *a = tc_arena_new(0);
    texts = tc_xmalloc(c.n * sizeof *texts);
    size_t sents = 0;
    for (size_t i = 0; i < c.n; i++) {
        tc_text_analyze(c.text[i], c.len[i], keep, &texts[i]);
        sents += texts[i].nsents;
    }
    double r_read = rate(&c, a, 0), r_text = rate(&c, a, 1);
    /* The hand-written dictionary alone first (so its peak RSS is its own), then all. */
    const char *hand = hand_only_dir(dir);
    dict_cost h = {0}, all = {0};
    int ok = hand && measure(hand, &c, a, &h) == 0;
    if (hand) remove_hand_only_dir(hand);
    if (measure(dir, &c, a, &all) < 0) return 1;
    printf("corpus        %s: %zu texts, %.2f MB, %zu sentences\n", src, c.n, c.bytes / 1e6, sents);
    printf("read pass     %9.1f MB/s  (baseline)\n", r_read);
    printf("text pass     %9.1f MB/s  (%.3f of the read pass)\n", r_text, r_text / r_read);
    printf("actor scan    %9.1f MB/s  (%.3f of the read pass; tokens given; all dictionaries)\n",
           all.scan, all.scan / r_read);
    printf("text + scan   %9.1f MB/s  (combined)\n", 1.0 / (1.0 / r_text + 1.0 / all.scan));
    printf("dictionaries  (load: first, then warm; nothing to cache: no compile step)\n");
    if (ok)
        printf("  actors.txt alone         %6zu entries; load %5.1f ms first, %5.1f ms warm; "
               "scan %6.1f MB/s; peak RSS %5.1f MB\n",
               h.entries, h.first, h.warm, h.scan, h.rss);
    printf("  + actors-facts-*.txt     %6zu entries; load %5.1f ms first, %5.1f ms warm; "
           "scan %6.1f MB/s; peak RSS %5.1f MB\n",
           all.entries, all.first, all.warm, all.scan, all.rss);
    if (ok)
        printf("  ratio                    load %.1fx first (%.1fx warm), scan %.2fx the time; "
               "limits 50 ms (first load) and 100 MB: %s on this run\n",
               all.first / h.first, all.warm / h.warm, h.scan / all.scan,
               all.first < 50 && all.rss < 100 ? "within" : "OVER (a noisy machine?)");
    size_t pn = 0;
    double pt = phoenix_load(&pn);
    if (pt >= 0)
        printf("Phoenix       %zu entries (PETRARCH format) load in %.1f ms\n", pn, pt * 1e3);
    tc_arena_free(keep);
    tc_arena_free(a);
    free(texts);
    bench_corpus_free(&c);
    return 0;
}
