/* bench_code: coding speed, sentences per second on one core, over the texts of
 * ../shared/corpora/voa_stories.jsonl (else data/demo/corpus.jsonl), with the full default
 * dictionaries.
 *
 * Two runs over the same texts in the same invocation (the machines are noisy: the ratio is
 * the stable figure): the baseline is sentence splitting, tokenising and the actor scan
 * alone; the measured run adds the coder (tc_code_sentence on every sentence). Each run
 * repeats the corpus until it has lasted at least MIN_SECONDS. One arena reset per article,
 * single threaded. Prints both rates, the coder's own rate (its share of the time), the ratio
 * and the peak RSS. */
#include "actors.h"
#include "code.h"
#include "file.h"
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

typedef struct {
    char **text;
    size_t *len, n;
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
        }
        json_decref(o);
    }
    free(buf);
    return c->n > 0;
}

typedef struct {
    size_t sentences, events;
    double seconds;
} result;

/* Passes over the corpus until MIN_SECONDS; codes when v is not NULL. */
static result run(const corpus *c, const tc_actors *actors, const tc_verbs *v,
                  const tc_cameo_table *cameo)
{
    result r = {0};
    tc_arena *a = tc_arena_new(0);
    double t0 = now();
    do {
        for (size_t i = 0; i < c->n; i++) {
            tc_arena_reset(a);
            tc_text t;
            if (tc_text_analyze(c->text[i], c->len[i], a, &t) != TC_OK) continue;
            tc_event *ev = NULL;
            size_t nev = 0, cap = 0;
            for (uint32_t s = 0; s < t.nsents; s++) {
                tc_mention *m;
                size_t nm = tc_actors_scan(actors, &t, s, "2023-06-01", a, &m);
                if (v) tc_code_sentence(v, cameo, &t, s, m, nm, a, &ev, &nev, &cap);
            }
            r.sentences += t.nsents;
            r.events += nev;
        }
        r.seconds = now() - t0;
    } while (r.seconds < MIN_SECONDS);
    tc_arena_free(a);
    return r;
}

int main(void)
{
    corpus c = {0};
    const char *src = load(VOA, &c) ? VOA : load(DEMO, &c) ? DEMO : NULL;
    if (!src) {
        printf("bench_code: neither %s nor %s found, skipped\n", VOA, DEMO);
        return 0;
    }
    tc_err err = {0};
    const char *dir = tc_datadir(NULL);
    tc_engine *e = tc_engine_load(dir, NULL, NULL, &err);
    char path[4096];
    snprintf(path, sizeof path, "%s/verbs.txt", dir);
    tc_verbs *v = e ? tc_verbs_load(path, tc_engine_cameo(e), NULL, NULL, &err) : NULL;
    if (!v) {
        fprintf(stderr, "bench_code: cannot load the dictionaries: %s\n", err.msg);
        return 1;
    }
    const tc_actors *actors = tc_engine_actors(e);
    printf("bench_code: %zu articles of %s; %zu verb patterns, %zu verb forms\n", c.n, src,
           tc_verbs_count(v), tc_verbs_forms(v));
    result base = run(&c, actors, NULL, NULL);
    result full = run(&c, actors, v, tc_engine_cameo(e));
    double rb = (double)base.sentences / base.seconds, rf = (double)full.sentences / full.seconds;
    double coder_s = full.seconds / (double)full.sentences - base.seconds / (double)base.sentences;
    printf("baseline (text + actor scan): %.0f sentences/s\n", rb);
    printf("tocsin code (text + actors + coder): %.0f sentences/s, %.2f events per 100 "
           "sentences; %.2fx the baseline's time\n",
           rf, 100.0 * (double)full.events / (double)full.sentences, rb / rf);
    if (coder_s > 0) printf("the coder alone: %.0f sentences/s\n", 1.0 / coder_s);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak RSS %.0f MB\n", (double)ru.ru_maxrss / 1024);
    tc_verbs_free(v);
    tc_engine_free(e);
    for (size_t i = 0; i < c.n; i++) free(c.text[i]);
    free(c.text);
    free(c.len);
    return 0;
}
