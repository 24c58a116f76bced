/* bench_place: the gazetteer's load time and memory, and place recognition over the sentences
 * of a news corpus (VOA, else the demo corpus) beside its baselines in the same run: the
 * tokenizer alone, and the tokenizer with the parser (what Coder v2 runs on every sentence),
 * then each with places on. The ratio to the parse baseline is the cost of places in the
 * coder. */
#include "corpus.h"
#include "gazetteer.h"
#include "parse.h"
#include "place.h"
#include "text.h"

#include <stdio.h>
#include <sys/resource.h>

#define LOADS  20
#define ROUNDS 5

static long max_rss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

/* Best time of LOADS loads (map and check) of the file; its size in *bytes. */
static double load_time(const char *path, size_t *bytes, long *rss_kb)
{
    double best = 1e9;
    long before = max_rss_kb();
    for (int i = 0; i < LOADS; i++) {
        double t0 = bench_now();
        tc_gazetteer *g = tc_gazetteer_load(path, NULL);
        double dt = bench_now() - t0;
        if (!g) return -1;
        *bytes = tc_gazetteer_bytes(g);
        tc_gazetteer_free(g);
        if (dt < best) best = dt;
    }
    *rss_kb = max_rss_kb() - before;
    return best;
}

typedef struct {
    size_t sents, places;
} counts;

/* Seconds of one pass: tokenise; parse each sentence when p; find places when g. */
static double pass(const bench_corpus *c, const tc_parser *p, const tc_gazetteer *g, counts *n)
{
    tc_arena *a = tc_arena_new(0);
    n->sents = n->places = 0;
    double t0 = bench_now();
    for (size_t i = 0; i < c->n; i++) {
        tc_text t;
        tc_text_analyze(c->text[i], c->len[i], a, &t);
        tc_place_doc *d = g ? tc_place_scan(g, &t, a) : NULL;
        for (uint32_t s = 0; s < t.nsents; s++) {
            tc_tree tree, *tp = NULL;
            if (p) {
                tc_parse_sentence(p, &t, s, 0, a, &tree);
                tp = &tree;
            }
            if (d) {
                tc_place *pl;
                size_t k;
                tc_place_sentence(d, s, tp, a, &pl, &k);
                n->places += k;
            }
        }
        n->sents += t.nsents;
        tc_arena_reset(a);
    }
    double dt = bench_now() - t0;
    tc_arena_free(a);
    return dt;
}

int main(void)
{
    const char *path = TC_DATADIR "/gazetteer.bin";
    size_t bytes = 0;
    long rss = 0;
    double load = load_time(path, &bytes, &rss);
    if (load < 0) {
        printf("bench_place: %s does not load\n", path);
        return 1;
    }
    printf("bench_place: gazetteer %.1f MB mapped, loaded and checked in %.2f ms (best of %d); "
           "resident set grew %.1f MB\n",
           bytes / 1e6, load * 1e3, LOADS, rss / 1024.0);
    bench_corpus c = {0};
    const char *src = bench_load_default(&c);
    tc_err err = {0};
    tc_parser *p = tc_parser_load(TC_DATADIR "/parse.model", &err);
    tc_gazetteer *g = tc_gazetteer_load(path, &err);
    if (!src || !p || !g) {
        printf("bench_place: no corpus or model: skipped (%s)\n", err.msg);
        return 0;
    }
    counts n[4];
    double best[4] = {1e9, 1e9, 1e9, 1e9};
    for (int r = 0; r < ROUNDS; r++)
        for (int k = 0; k < 4; k++) {
            double dt = pass(&c, k >= 2 ? p : NULL, k % 2 ? g : NULL, &n[k]);
            if (dt < best[k]) best[k] = dt;
        }
    printf("%zu articles of %s, %zu sentences, %zu places found (with the parse: %zu); best of "
           "%d rounds\n",
           c.n, src, n[0].sents, n[1].places, n[3].places, ROUNDS);
    printf("baseline (tokenizer): %.0f sentences/s\n", n[0].sents / best[0]);
    printf("tokenizer + places: %.0f sentences/s (%.2fx the tokenizer's time)\n",
           n[1].sents / best[1], best[1] / best[0]);
    double alone = best[1] - best[0] > 1e-9 ? best[1] - best[0] : 1e-9;
    printf("places alone: %.0f sentences/s, %.0f places/s\n", n[1].sents / alone,
           n[1].places / alone);
    printf("baseline (tokenizer + parse): %.0f sentences/s\n", n[2].sents / best[2]);
    printf("tokenizer + parse + places: %.0f sentences/s (%.2fx the parse baseline's time)\n",
           n[3].sents / best[3], best[3] / best[2]);
    tc_parser_free(p);
    tc_gazetteer_free(g);
    bench_corpus_free(&c);
    return 0;
}
