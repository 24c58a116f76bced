/* corpus: what the text benchmarks share. The texts of a news corpus held in memory (the
 * "text" member of every JSONL line: ../shared/corpora/voa_stories.jsonl when present, else
 * our demo corpus), and a monotonic clock. Included by one benchmark program each. */
#ifndef TC_BENCH_CORPUS_H
#define TC_BENCH_CORPUS_H

#include "arena.h"
#include "file.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BENCH_VOA  "../shared/corpora/voa_stories.jsonl"
#define BENCH_DEMO "data/demo/corpus.jsonl"

typedef struct {
    char **text;
    size_t *len, n, bytes;
} bench_corpus;

static inline double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Adds the non-empty "text" member of every line of path to c; 1 when c holds any text. */
static inline int bench_load(const char *path, bench_corpus *c)
{
    size_t len, cap = c->n;
    char *buf = tc_file_read(path, 0, &len, NULL);
    if (!buf) return 0;
    for (char *line = buf, *next; *line; line = next) {
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
            c->bytes += c->len[c->n];
            c->text[c->n++] = tc_xstrdup(t);
        }
        json_decref(o);
        if (!next) break;
    }
    free(buf);
    return c->n > 0;
}

/* Loads the VOA corpus, else the demo corpus; returns the path used, or NULL (c empty). */
static inline const char *bench_load_default(bench_corpus *c)
{
    return bench_load(BENCH_VOA, c) ? BENCH_VOA : bench_load(BENCH_DEMO, c) ? BENCH_DEMO : NULL;
}

static inline void bench_corpus_free(bench_corpus *c)
{
    for (size_t i = 0; i < c->n; i++) free(c->text[i]);
    free(c->text);
    free(c->len);
}

#endif
