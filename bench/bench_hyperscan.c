/* bench_hyperscan: would a Hyperscan literal matcher beat our token matcher for actor names?
 *
 * Every name of the default dictionaries (tc_actors_each_name) is put back in its written form
 * ("al - qaeda" -> "al-qaeda") and compiled as a caseless literal (hs_compile_lit_multi,
 * SOM_LEFTMOST, block mode): compile time, and what a disk cache would cost (serialize,
 * deserialize). Then, over the texts of ../shared/corpora/voa_stories.jsonl (else
 * data/demo/corpus.jsonl), in one invocation, each pass repeated until MIN_SECONDS: hs_scan of
 * each text, counting the matches with a word boundary at both ends; tc_text_analyze +
 * tc_actors_scan per sentence (what Hyperscan would replace); tc_actors_scan alone on tokenised
 * texts (as bench_actors). MB/s, ratios, peak RSS. */
#include "actors.h"
#include "corpus.h"
#include "pipeline.h"
#include "text.h"

#include <hs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#define MIN_SECONDS 0.5
#define DATE        "2023-07-28"
#define HS_FLAGS    (HS_FLAG_CASELESS | HS_FLAG_SOM_LEFTMOST)

static bench_corpus c;
static struct {
    char **s;
    size_t *len, n, names; /* names: as tc_actors_each_name gave them, before dedup */
} lits;
static tc_actors *dict;
static tc_text *texts;
static tc_arena *arena;
static hs_database_t *db;
static hs_scratch_t *scratch;
static char *blob; /* db serialized */
static size_t blob_len, raw, hits, mentions;

/* Tokens written with no blank before them (right = 0) or after them (right = 1): "people's",
 * "al-qaeda", "afc/m23", "(keeling)", "foreign, commonwealth". */
static int glues(const char *tok, size_t len, int right)
{
    if (len == 1) return strchr(right ? "(-/" : ",)-/", *tok) != NULL;
    return !right && ((len == 2 && !memcmp(tok, "'s", 2)) || (len == 3 && !memcmp(tok, "n't", 3)));
}

/* Adds a name (token norms joined by blanks) to lits in its written form. */
static void add_name(const char *name, const tc_actor_info *e, size_t n, void *ctx)
{
    (void)e, (void)n, (void)ctx;
    char *out = tc_xmalloc(strlen(name) + 1), *w = out;
    int glued = 1; /* no blank before the first token */
    for (const char *p = name; *p;) {
        const char *end = strchr(p, ' ');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (!glued && !glues(p, len, 0)) *w++ = ' ';
        memcpy(w, p, len);
        w += len;
        glued = glues(p, len, 1);
        p += len + (end != NULL);
    }
    *w = 0;
    lits.s = tc_xrealloc(lits.s, (lits.n + 1) * sizeof *lits.s);
    lits.s[lits.n++] = out;
    lits.names++;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts lits and drops duplicates ("US" and "us" are one caseless literal). */
static void dedup(void)
{
    qsort(lits.s, lits.n, sizeof *lits.s, cmp_str);
    size_t w = 0;
    for (size_t i = 0; i < lits.n; i++)
        if (w && !strcmp(lits.s[w - 1], lits.s[i]))
            free(lits.s[i]);
        else
            lits.s[w++] = lits.s[i];
    lits.len = tc_xmalloc((lits.n = w) * sizeof *lits.len);
    for (size_t i = 0; i < w; i++) lits.len[i] = strlen(lits.s[i]);
}

/* Is the character starting at s[at] part of a word? ASCII letters and digits are, and any
 * non-ASCII character but General Punctuation (E2 80..81 xx: ’ “ ” — …), so that
 * "Armenia’s" ends a name and "Armeniaé" does not. */
static int word_char(const unsigned char *s, size_t at, size_t len)
{
    unsigned char b = s[at];
    if (b < 0x80) return (unsigned)(b | 0x20) - 'a' < 26u || (unsigned)b - '0' < 10u;
    return !(b == 0xE2 && at + 1 < len && (s[at + 1] & 0xFE) == 0x80);
}

/* Does text[start..end) have a word boundary at both ends? */
static int bounded(const unsigned char *s, size_t len, size_t start, size_t end)
{
    if (end < len && word_char(s, end, len)) return 0;
    if (start == 0) return 1;
    size_t k = start - 1; /* back to the first byte of the character before */
    while (k > 0 && start - k < 4 && (s[k] & 0xC0) == 0x80) k--;
    return !word_char(s, k, len);
}

typedef struct {
    const unsigned char *s;
    size_t len;
} scan_ctx;

/* Hyperscan's callback: counts every match, and apart those bounded by non-word characters. */
static int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned fl,
                    void *ctx)
{
    (void)id, (void)fl;
    const scan_ctx *x = ctx;
    raw++;
    hits += bounded(x->s, x->len, (size_t)from, (size_t)to);
    return 0;
}

static hs_database_t *compile(void)
{
    unsigned *fl = tc_xmalloc(lits.n * sizeof *fl), *ids = tc_xmalloc(lits.n * sizeof *ids);
    for (size_t i = 0; i < lits.n; i++) fl[i] = HS_FLAGS, ids[i] = (unsigned)i;
    hs_database_t *d = NULL;
    hs_compile_error_t *e = NULL;
    if (hs_compile_lit_multi((const char *const *)lits.s, fl, ids, lits.len, (unsigned)lits.n,
                             HS_MODE_BLOCK, NULL, &d, &e) != HS_SUCCESS) {
        fprintf(stderr, "bench_hyperscan: literal %d: %s\n", e->expression, e->message);
        exit(1);
    }
    free(fl);
    free(ids);
    return d;
}

enum { HS, TEXT_SCAN, SCAN, COMPILE, SERIALIZE, DESERIALIZE };

/* One round of measurement `which`. */
static void run(int which)
{
    hs_database_t *d = NULL;
    char *b;
    size_t n;
    switch (which) {
    case HS:
        for (size_t i = 0; i < c.n; i++) {
            scan_ctx x = {(const unsigned char *)c.text[i], c.len[i]};
            hs_scan(db, c.text[i], (unsigned)c.len[i], 0, scratch, on_match, &x);
        }
        break;
    case TEXT_SCAN:
    case SCAN:
        for (size_t i = 0; i < c.n; i++) {
            tc_text t = texts[i];
            if (which == TEXT_SCAN) tc_text_analyze(c.text[i], c.len[i], arena, &t);
            for (uint32_t s = 0; s < t.nsents; s++) {
                tc_mention *m;
                mentions += tc_actors_scan(dict, &t, s, DATE, arena, &m);
            }
            tc_arena_reset(arena);
        }
        break;
    case COMPILE:
        hs_free_database(compile());
        break;
    case SERIALIZE:
        hs_serialize_database(db, &b, &n);
        free(b);
        break;
    case DESERIALIZE:
        hs_deserialize_database(blob, blob_len, &d);
        hs_free_database(d);
        break;
    }
}

/* Seconds per round of `which`, repeated until MIN_SECONDS; *rounds says how many. */
static double timed(int which, size_t *rounds)
{
    double t0 = bench_now(), t;
    size_t r = 0;
    do {
        run(which);
        r++;
        t = bench_now() - t0;
    } while (t < MIN_SECONDS);
    if (rounds) *rounds = r;
    return t / (double)r;
}

static double peak_mb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss / 1024.0;
}

/* Measures everything, printing each figure as it comes: tokens and names first, then
 * Hyperscan's database, then the passes over the texts. */
static void measure(const char *src, tc_arena *keep)
{
    size_t sents = 0, r, db_size = 0;
    for (size_t i = 0; i < c.n; i++) {
        tc_text_analyze(c.text[i], c.len[i], keep, &texts[i]);
        sents += texts[i].nsents;
    }
    double mb = (double)c.bytes / 1e6;
    printf("corpus        %s: %zu texts, %.2f MB, %zu sentences\n", src, c.n, mb, sents);
    tc_actors_each_name(dict, add_name, NULL);
    dedup();
    printf("names         %zu from tc_actors_each_name -> %zu distinct caseless literals\n",
           lits.names, lits.n);
    double rss0 = peak_mb(), t_compile = timed(COMPILE, NULL);
    db = compile();
    hs_database_size(db, &db_size);
    hs_serialize_database(db, &blob, &blob_len);
    printf(
        "hs compile    %9.1f ms    (hs_compile_lit_multi, CASELESS|SOM_LEFTMOST, BLOCK; %.0f KB)\n",
        t_compile * 1e3, db_size / 1024.0);
    printf("hs cache      %9.2f ms    serialize, %.2f ms deserialize (%.0f KB serialized)\n",
           timed(SERIALIZE, NULL) * 1e3, timed(DESERIALIZE, NULL) * 1e3, blob_len / 1024.0);
    hs_alloc_scratch(db, &scratch);

    double r_hs = mb / timed(HS, &r);
    printf("hyperscan     %9.1f MB/s  (%zu raw matches, %zu word-bounded, per pass)\n", r_hs,
           raw / r, hits / r);
    double r_ts = mb / timed(TEXT_SCAN, &r);
    printf("text + scan   %9.1f MB/s  (tc_text_analyze + tc_actors_scan; %zu mentions per pass)\n",
           r_ts, mentions / r);
    double r_scan = mb / timed(SCAN, NULL);
    printf("actor scan    %9.1f MB/s  (tc_actors_scan alone, tokens given)\n", r_scan);
    printf("ratios        hyperscan / (text + scan) = %.2f; hyperscan / actor scan = %.2f\n",
           r_hs / r_ts, r_hs / r_scan);
    printf("peak RSS      %9.1f MB    (%.1f MB before Hyperscan)\n", peak_mb(), rss0);
}

int main(void)
{
    const char *src = bench_load_default(&c);
    if (!src) {
        printf("bench_hyperscan: neither %s nor %s; nothing to measure\n", BENCH_VOA, BENCH_DEMO);
        return 0;
    }
    tc_err err = {0};
    if (!(dict = tc_actors_load(tc_datadir(NULL), NULL, NULL, NULL, &err))) {
        fprintf(stderr, "bench_hyperscan: %s\n", err.msg);
        return 1;
    }
    arena = tc_arena_new(0);
    texts = tc_xmalloc(c.n * sizeof *texts);
    measure(src, tc_arena_new(0));
    return 0; /* everything is freed by the exit */
}
