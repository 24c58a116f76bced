/* bench_story: near-duplicate detection and story clustering (dedup + tc_cluster, in memory)
 * on synthetic corpora of 100k and 1M articles made from the demo and VOA corpora.
 *
 * The generator (a fixed seed) makes 1,000 articles a day: seven in ten are new, made of 6
 * to 12 sentences drawn from two source articles (so that articles of one source share
 * words and names, as stories do) in a random order; three in ten are syndicated copies of
 * a new article of the last two days, with other boilerplate at both ends, a few words
 * replaced and now and then a sentence dropped. Only the dedup and clustering calls are
 * timed. Figures: articles/s over the 100k run and over the last 100k of the 1M run (flat
 * per-article cost: their ratio), the duplicate search's own rate, the index's memory and
 * the process's peak, copies found, then the in-run baselines: a naive all-pairs duplicate
 * search on 5k articles against the index's (the naive search's per-article cost grows with
 * the corpus: at 1M it would be 200 times its cost at 5k), and
 * adding 1k articles to the 1M-article index against 1k articles into an empty one.
 * Last, tocsin run's whole pipeline into an SQLite store of 20k articles
 * (BENCH_STORY_STORE) and 1k more, against 1k into a new store. BENCH_STORY_N (default
 * 1000000) sets the large run. */
#include "corpus.h"
#include "dedup.h"
#include "pipeline.h"
#include "story.h"

#include <unistd.h>

#include <stdio.h>

#define PER_DAY 1000
#define RING    2048 /* recent originals that copies are made from */
#define SAMPLE  5000
#define DAY0    19000

static uint64_t rng = 0x5eed;
static uint32_t rnd(uint32_t n)
{
    rng = rng * 6364136223846793005ull + 1442695040888963407ull;
    return (uint32_t)((rng >> 33) % n);
}

typedef struct {
    const char *p;
    size_t n;
} piece;

/* the sentences of every source article: pieces[a][0..np[a]) */
static piece **pieces;
static size_t *npieces, nsources;

static void split_sentences(const bench_corpus *c)
{
    nsources = c->n;
    pieces = tc_xcalloc(c->n, sizeof *pieces);
    npieces = tc_xcalloc(c->n, sizeof *npieces);
    for (size_t a = 0; a < c->n; a++) {
        const char *t = c->text[a], *end = t + c->len[a];
        size_t cap = 16;
        pieces[a] = tc_xmalloc(cap * sizeof **pieces);
        while (t < end) {
            const char *s = t;
            while (t < end && !(t[0] == '.' && (t + 1 == end || t[1] == ' ' || t[1] == '\n'))) t++;
            if (t < end) t++;
            if (npieces[a] == cap) pieces[a] = tc_xrealloc(pieces[a], (cap *= 2) * sizeof **pieces);
            if (t - s > 20) pieces[a][npieces[a]++] = (piece){s, (size_t)(t - s)};
            while (t < end && (*t == ' ' || *t == '\n')) t++;
        }
        if (!npieces[a]) pieces[a][npieces[a]++] = (piece){c->text[a], c->len[a]};
    }
}

static const char *const heads[] = {"",
                                    "Advertisement",
                                    "Breaking news",
                                    "Listen to this article",
                                    "Share this story",
                                    "From our correspondents"};
static const char *const tails[] = {"",
                                    "Subscribe to our newsletter.",
                                    "Read more stories.",
                                    "All rights reserved.",
                                    "Leave a comment below.",
                                    "Follow us for more news from the region."};

typedef struct {
    char *buf;
    size_t len, cap;
} text;

static void put(text *t, const char *p, size_t n)
{
    if (t->len + n + 2 > t->cap) {
        t->cap = (t->len + n + 2) * 2;
        t->buf = tc_xrealloc(t->buf, t->cap);
    }
    memcpy(t->buf + t->len, p, n);
    t->len += n;
    t->buf[t->len++] = ' ';
}

static void new_article(text *t)
{
    size_t a = rnd((uint32_t)nsources), b = rnd((uint32_t)nsources);
    int n = 6 + (int)rnd(7);
    t->len = 0;
    for (int i = 0; i < n; i++) {
        size_t s = i % 3 == 2 ? b : a;
        const piece *pc = &pieces[s][rnd((uint32_t)npieces[s])];
        put(t, pc->p, pc->n);
    }
}

/* A copy of src: other boilerplate, 1-5 words overwritten, a sentence dropped one time in
 * four. */
static void copy_article(text *t, const text *src)
{
    t->len = 0;
    const char *h = heads[rnd(6)], *tl = tails[rnd(6)];
    put(t, h, strlen(h));
    t->buf[t->len - 1] = '\n'; /* boilerplate lines are lines of their own */
    size_t from = 0, to = src->len;
    if (rnd(4) == 0) {
        const char *dot = memchr(src->buf, '.', src->len);
        if (dot && (size_t)(dot - src->buf) < src->len / 3) from = (size_t)(dot - src->buf) + 1;
    }
    size_t at = t->len;
    put(t, src->buf + from, to - from);
    for (int e = 1 + (int)rnd(5); e > 0; e--) {
        size_t i = at + rnd((uint32_t)(to - from));
        /* ASCII letters only: a UTF-8 sequence stays whole */
        for (int k = 0; k < 5 && i < t->len && t->buf[i] != ' ' && (unsigned char)t->buf[i] < 0x80;
             k++, i++)
            t->buf[i] = "qzxjv"[k];
    }
    t->buf[t->len - 1] = '\n';
    put(t, tl, strlen(tl));
}

typedef struct {
    tc_dedup *d;
    tc_cluster *c;
    int64_t *story_of; /* article id -> story */
    size_t n, cap, copies, copies_made;
    double seconds, dedup; /* all, and the duplicate search alone */
} run;

static void run_init(run *r)
{
    memset(r, 0, sizeof *r);
    r->d = tc_dedup_new(0, 0);
    r->c = tc_cluster_new(NULL, NULL, NULL);
}

static void run_free(run *r)
{
    tc_dedup_free(r->d);
    tc_cluster_free(r->c);
    free(r->story_of);
}

/* Dedup and clustering of one article (the timed part). */
static void add(run *r, const text *t, int32_t day)
{
    double t0 = bench_now();
    tc_dedup_sig sig;
    tc_dedup_sign(t->buf, t->len, &sig);
    tc_dedup_match m = tc_dedup_find(r->d, &sig, day);
    int64_t id = (int64_t)++r->n;
    double t1 = bench_now();
    tc_cluster_doc doc = {t->buf, t->len, day, "", NULL, 0};
    double sim;
    int created;
    int64_t story = tc_cluster_add(r->c, &doc, m.id ? r->story_of[m.id] : 0, &sim, &created);
    double t2 = bench_now();
    if (!m.id) tc_dedup_add(r->d, id, &sig, day);
    r->copies += m.id != 0;
    double t3 = bench_now();
    r->seconds += t3 - t0;
    r->dedup += (t1 - t0) + (t3 - t2);
    if ((size_t)id >= r->cap) {
        r->cap = r->cap ? r->cap * 2 : 1 << 16;
        r->story_of = tc_xrealloc(r->story_of, r->cap * sizeof *r->story_of);
    }
    r->story_of[id] = story;
}

static text ring[RING];
static size_t ring_n;

/* The next synthetic article into *t (i: its number, for the day). */
static void generate(text *t, size_t i)
{
    if (ring_n > 100 && rnd(10) < 3) {
        size_t back = rnd(ring_n < 2 * PER_DAY * 7 / 10 ? (uint32_t)ring_n : 2 * PER_DAY * 7 / 10);
        copy_article(t, &ring[(ring_n - 1 - back) % RING]);
        return;
    }
    new_article(t);
    text *slot = &ring[ring_n++ % RING];
    slot->len = 0;
    put(slot, t->buf, t->len);
    (void)i;
}

static size_t peak_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    size_t kb = 0;
    while (f && fgets(line, sizeof line, f))
        if (!strncmp(line, "VmHWM:", 6)) kb = (size_t)strtoull(line + 6, NULL, 10);
    if (f) fclose(f);
    return kb;
}

/* n articles into a fresh run; rate of the whole and of the last `tail` articles. */
static void corpus_run(size_t n, size_t tail, run *r, double *rate, double *tail_rate,
                       double *dedup_rate)
{
    text t = {0};
    run_init(r);
    double tail_start = 0, tail_dedup = 0;
    for (size_t i = 0; i < n; i++) {
        if (i == n - tail) {
            tail_start = r->seconds;
            tail_dedup = r->dedup;
        }
        generate(&t, i);
        add(r, &t, DAY0 + (int32_t)(i / PER_DAY));
    }
    *rate = (double)n / r->seconds;
    *tail_rate = (double)tail / (r->seconds - tail_start);
    *dedup_rate = (double)tail / (r->dedup - tail_dedup);
    free(t.buf);
}

/* The naive baseline: every article's signature against every earlier one. */
static double naive(size_t n)
{
    text t = {0};
    tc_dedup_sig *sigs = tc_xmalloc(n * sizeof *sigs);
    size_t found = 0;
    double secs = 0;
    for (size_t i = 0; i < n; i++) {
        generate(&t, i);
        double t0 = bench_now();
        tc_dedup_sign(t.buf, t.len, &sigs[i]);
        for (size_t j = 0; j < i; j++)
            if (tc_dedup_similarity(&sigs[i], &sigs[j]) >= TC_DEDUP_THRESHOLD) {
                found++;
                break;
            }
        secs += bench_now() - t0;
    }
    free(sigs);
    free(t.buf);
    printf("  naive all-pairs on %zu: %.0f articles/s (%zu copies found)\n", n, n / secs, found);
    return n / secs;
}

/* n synthetic articles from number `first` as JSONL records into path. */
static void write_jsonl(const char *path, size_t first, size_t n)
{
    FILE *f = fopen(path, "w");
    text t = {0};
    char date[11];
    for (size_t i = first; i < first + n; i++) {
        generate(&t, i);
        tc_dedup_date(DAY0 + (int32_t)(i / PER_DAY), date);
        json_t *o = json_object();
        char url[64];
        snprintf(url, sizeof url, "https://outlet%zu.example/%zu", i % 97, i);
        json_object_set_new(o, "source", json_string(url + 8));
        json_object_set_new(o, "url", json_string(url));
        json_object_set_new(o, "date", json_string(date));
        json_object_set_new(o, "text", json_stringn(t.buf, t.len));
        json_dumpf(o, f, JSON_COMPACT);
        fputc('\n', f);
        json_decref(o);
    }
    fclose(f);
    free(t.buf);
}

static void count_diag(const tc_diag *d, void *ctx)
{
    (void)d;
    ++*(size_t *)ctx;
}

static double timed_run(const char *db, const char *input)
{
    const char *in[] = {input};
    size_t diags = 0;
    tc_run_opts o = {.datadir = "data", .diag = count_diag, .notice = count_diag, .dctx = &diags};
    tc_run_stats st;
    tc_err err = {0};
    double t0 = bench_now();
    if (tc_run(NULL, db, in, 1, &o, &st, &err) < 0) fprintf(stderr, "bench_story: %s\n", err.msg);
    double secs = bench_now() - t0;
    if (diags) printf("  (%s: %zu records reported, %zu stored)\n", input, diags, st.added);
    return secs;
}

/* tocsin run's whole pipeline (coding included) into a store of n articles, then 1k more,
 * against the same 1k into a new store. */
static void store_run(size_t n)
{
    char dir[] = "/tmp/bench_story_XXXXXX", big[64], add[64], db[64], db2[64], cmd[96];
    if (!mkdtemp(dir)) return;
    snprintf(big, sizeof big, "%s/big.jsonl", dir);
    snprintf(add, sizeof add, "%s/add.jsonl", dir);
    snprintf(db, sizeof db, "%s/big.db", dir);
    snprintf(db2, sizeof db2, "%s/alone.db", dir);
    write_jsonl(big, 0, n);
    write_jsonl(add, n, 1000);
    double first = timed_run(db, big), more = timed_run(db, add), alone = timed_run(db2, add);
    printf("  tocsin run into a store: %zuk articles in %.1f s (%.0f articles/s, coding included);"
           " 1k more into it %.2f s, 1k into a new store %.2f s: ratio %.2f\n",
           n / 1000, first, n / first, more, alone, more / alone);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0) fprintf(stderr, "bench_story: %s not removed\n", dir);
}

int main(void)
{
    bench_corpus c = {0};
    bench_load(BENCH_DEMO, &c);
    bench_load(BENCH_VOA, &c);
    if (!c.n) {
        fprintf(stderr, "bench_story: no corpus (run from the repository)\n");
        return 1;
    }
    split_sentences(&c);
    const char *env = getenv("BENCH_STORY_N");
    size_t big = env && atol(env) >= 200000 ? (size_t)atol(env) : 1000000;
    printf("bench_story: %zu source articles; %d articles a day, 3 in 10 syndicated copies\n", c.n,
           PER_DAY);

    run small, large;
    double r100, t100, d100, r1m, t1m, d1m;
    corpus_run(100000, 100000, &small, &r100, &t100, &d100);
    printf("  100k articles: %.0f articles/s (duplicate search alone %.0f/s), %zu copies found of"
           " about 30000 made; index %.1f MB, %zu stories open\n",
           r100, d100, small.copies, (tc_dedup_bytes(small.d) + tc_cluster_bytes(small.c)) / 1e6,
           tc_cluster_count(small.c));
    run_free(&small);
    corpus_run(big, 100000, &large, &r1m, &t1m, &d1m);
    printf("  %zuk articles: %.0f articles/s; the last 100k: %.0f articles/s (duplicate search"
           " alone %.0f/s); index %.1f MB (duplicates %.1f, stories %.1f), peak RSS %.0f MB\n",
           big / 1000, r1m, t1m, d1m, (tc_dedup_bytes(large.d) + tc_cluster_bytes(large.c)) / 1e6,
           tc_dedup_bytes(large.d) / 1e6, tc_cluster_bytes(large.c) / 1e6, peak_kb() / 1e3);
    printf("  per-article cost, last 100k of %zuk / 100k run: %.2f (1.00 = flat)\n", big / 1000,
           r100 / t1m);

    /* 1k more into the large index, against 1k alone */
    text t = {0};
    double before = large.seconds;
    for (size_t i = 0; i < 1000; i++) {
        generate(&t, big + i);
        add(&large, &t, DAY0 + (int32_t)((big + i) / PER_DAY));
    }
    double inc = large.seconds - before;
    run alone;
    run_init(&alone);
    for (size_t i = 0; i < 1000; i++) {
        generate(&t, big + i);
        add(&alone, &t, DAY0 + (int32_t)((big + i) / PER_DAY));
    }
    printf("  1k articles added to the %zuk index: %.1f ms; 1k into an empty one: %.1f ms;"
           " ratio %.2f\n",
           big / 1000, inc * 1e3, alone.seconds * 1e3, inc / alone.seconds);
    run_free(&alone);
    run_free(&large);
    free(t.buf);

    const char *senv = getenv("BENCH_STORY_STORE");
    size_t in_store = senv ? (size_t)atol(senv) : 20000;
    if (in_store >= 1000) store_run(in_store);

    double base = naive(SAMPLE);
    printf(
        "  duplicate search, LSH index at %zuk (last 100k) / naive all-pairs at %d: %.1fx;"
        " naive all-pairs at %zuk would be about %.0f articles/s (%.0fx slower than the index)\n",
        big / 1000, SAMPLE, d1m / base, big / 1000, base * SAMPLE / (double)big,
        d1m / (base * SAMPLE / (double)big));
    return 0;
}
