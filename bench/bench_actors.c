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
 * there is no compiled-matcher cache yet, so "with cache" has nothing to measure), the
 * number of entries, and the peak RSS (before the Phoenix load); then, when
 * ../shared/petrarch is there, the time to load the Phoenix dictionaries. */
#include "actors.h"
#include "file.h"
#include "petrarch.h"
#include "pipeline.h"
#include "text.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#define VOA         "../shared/corpora/voa_stories.jsonl"
#define DEMO        "data/demo/corpus.jsonl"
#define MIN_SECONDS 2.0
#define PETR        "../shared/petrarch/"

typedef struct {
    char **text;
    size_t *len, n, bytes;
} corpus;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The "text" member of every line of path. */
static int load(const char *path, corpus *c)
{
    size_t len;
    char *buf = tc_file_read(path, 0, &len, NULL);
    if (!buf) return 0;
    size_t cap = 0;
    for (char *line = buf, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = 0;
        json_t *o = json_loads(line, 0, NULL);
        const char *t = json_string_value(json_object_get(o, "text"));
        if (t && *t) {
            if (c->n == cap) {
                cap = cap * 2 + 64;
                c->text = tc_xrealloc(c->text, cap * sizeof *c->text);
                c->len = tc_xrealloc(c->len, cap * sizeof *c->len);
            }
            c->len[c->n] = strlen(t);
            c->text[c->n++] = tc_xstrdup(t);
            c->bytes += strlen(t);
        }
        json_decref(o);
    }
    free(buf);
    return c->n > 0;
}

static volatile uint64_t sink;

static void pass_read(const corpus *c)
{
    uint64_t sum = 0;
    for (size_t i = 0; i < c->n; i++)
        for (size_t k = 0; k < c->len[i]; k++) sum += (unsigned char)c->text[i][k];
    sink += sum;
}

static void pass_text(const corpus *c, tc_arena *a)
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

static void pass_scan(const corpus *c, tc_arena *a)
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
static double rate(const corpus *c, tc_arena *a, int which)
{
    double t0 = now(), t;
    size_t rounds = 0;
    do {
        if (which == 0)
            pass_read(c);
        else if (which == 1)
            pass_text(c, a);
        else
            pass_scan(c, a);
        rounds++;
        t = now() - t0;
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
    double t0 = now();
    tc_actors *d = tc_actors_new();
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        if (tc_petrarch_load(d, files[i], NULL, NULL, NULL) < 0) {
            tc_actors_free(d);
            return -1;
        }
    double t = now() - t0;
    *entries = tc_actors_count(d);
    tc_actors_free(d);
    return t;
}

int main(void)
{
    corpus c = {0};
    const char *src = load(VOA, &c) ? VOA : load(DEMO, &c) ? DEMO : NULL;
    if (!src) {
        fprintf(stderr, "bench_actors: neither %s nor %s\n", VOA, DEMO);
        return 1;
    }
    const char *dir = tc_datadir(NULL);
    tc_err err = {0};
    double t0 = now();
    dict = tc_actors_load(dir, NULL, NULL, NULL, &err);
    double first = now() - t0;
    if (!dict) {
        fprintf(stderr, "bench_actors: %s\n", err.msg);
        return 1;
    }
    enum { LOADS = 20 };
    t0 = now();
    for (int i = 0; i < LOADS; i++) tc_actors_free(tc_actors_load(dir, NULL, NULL, NULL, &err));
    double warm = (now() - t0) / LOADS;

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
    for (size_t i = 0; i < c.n; i++) free(c.text[i]);
    free(c.text);
    free(c.len);
    return 0;
}
