/* eval_extract: the extraction metrics of `tocsin eval extract` (see eval_extract.h).
 *
 * Each page is read (gunzipped when needed), extracted in one reused arena and scored at
 * once; nothing but the running sums is kept. Shingles are 64-bit hashes of four token
 * spans, sorted, so the multiset comparison is one merge of two sorted arrays. */
#include "eval_extract.h"

#include "arena.h"
#include "extract.h"
#include "hash.h"
#include "read.h"
#include "span.h"

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_MAX ((size_t)64 << 20)

typedef struct {
    const char *snippets, *truth, *pages;
    bool rows;
} options;

static const char usage[] =
    "usage: tocsin eval extract (--snippets FILE | --truth FILE) --pages DIR [--rows]\n";

/* Extracts DIR/name into out (text "" when the page is missing or yields nothing); false
 * when the page cannot be read. */
static bool extract_page(tc_arena *a, const char *dir, const char *name, const char *url,
                         tc_article *out)
{
    char path[4096];
    tc_err err = {0};
    size_t len = 0;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    char *html = tc_read_file(path, PAGE_MAX, &len, &err);
    if (!html) return false;
    tc_raw raw = {.input = name, .kind = TC_RAW_HTML, .body = html, .body_len = len, .url = url};
    tc_extract(&raw, a, out, NULL);
    free(html);
    return true;
}

/* ---- snippets ---- */

typedef struct {
    double tp, fp, fn;
    size_t pages;
} counts;

static void count_snippets(json_t *list, const char *text, bool want, counts *c, size_t *hit,
                           size_t *miss)
{
    size_t i;
    json_t *v;
    json_array_foreach(list, i, v)
    {
        if (!json_is_string(v)) continue;
        bool found = strstr(text, json_string_value(v)) != NULL;
        if (want) {
            c->tp += found;
            c->fn += !found;
        } else {
            c->fp += found;
        }
        *(found ? hit : miss) += 1;
    }
}

static int score_snippets(const options *o, json_t *all, tc_arena *a, counts *c)
{
    const char *url;
    json_t *page;
    json_object_foreach(all, url, page)
    {
        const char *file = json_string_value(json_object_get(page, "file"));
        tc_article art;
        tc_arena_reset(a);
        if (!file) continue;
        if (!extract_page(a, o->pages, file, url, &art)) {
            fprintf(stderr, "tocsin: %s/%s: cannot read\n", o->pages, file);
            return 1;
        }
        size_t with_hit = 0, with_miss = 0, wo_hit = 0, wo_miss = 0;
        count_snippets(json_object_get(page, "with"), art.text, true, c, &with_hit, &with_miss);
        count_snippets(json_object_get(page, "without"), art.text, false, c, &wo_hit, &wo_miss);
        c->pages++;
        if (o->rows) printf("%s\t%zu\t%zu\t%zu\n", file, with_hit, with_miss, wo_hit);
    }
    return 0;
}

/* ---- shingles ---- */

typedef TC_VEC(uint64_t) hashes;

/* Word 4-gram hashes of s (tokens are runs of letters, digits and '_'), sorted. A text of
 * one to three tokens gives one shorter shingle. */
static hashes shingles(tc_arena *a, const char *s)
{
    TC_VEC(tc_span) tok = {0};
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        int len;
        int32_t cp = tc_utf8_decode(s + i, n - i, &len);
        size_t start = i;
        while (i < n && (cp == '_' || (cp >= 0 && tc_is_alnum_cp(cp)))) {
            i += (size_t)len;
            cp = i < n ? tc_utf8_decode(s + i, n - i, &len) : -1;
        }
        if (i > start)
            TC_PUSH(a, tok, ((tc_span){(uint32_t)start, (uint32_t)(i - start)}));
        else
            i += (size_t)(len > 0 ? len : 1);
    }
    hashes h = {0};
    size_t k = tok.n < 4 ? tok.n : 4;
    for (size_t i = 0; k && i + k <= tok.n; i++) {
        uint64_t x = 0;
        for (size_t j = 0; j < k; j++) x = tc_hash64(s + tok.v[i + j].off, tok.v[i + j].len, x + j);
        TC_PUSH(a, h, x);
    }
    return h;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* tp, fp, fn of the prediction against the truth: one merge of the sorted multisets. */
static void compare(hashes t, hashes p, double *tp, double *fp, double *fn)
{
    qsort(t.v, t.n, sizeof *t.v, cmp_u64);
    qsort(p.v, p.n, sizeof *p.v, cmp_u64);
    size_t i = 0, j = 0, match = 0;
    while (i < t.n && j < p.n) {
        if (t.v[i] == p.v[j]) {
            match++;
            i++;
            j++;
        } else if (t.v[i] < p.v[j]) {
            i++;
        } else {
            j++;
        }
    }
    *tp = (double)match;
    *fp = (double)(p.n - match);
    *fn = (double)(t.n - match);
}

typedef struct {
    double psum, rsum;
    size_t pn, rn, pages;
} macro;

static void score_page(macro *m, const char *id, hashes t, hashes p, bool rows)
{
    double tp, fp, fn;
    compare(t, p, &tp, &fp, &fn);
    double prec = fp == 0 && fn == 0 ? 1.0 : tp + fp > 0 ? tp / (tp + fp) : 0;
    double rec = tp + fn > 0 ? tp / (tp + fn) : 0;
    if (tp + fp > 0) m->psum += prec, m->pn++;
    if (tp + fn > 0) m->rsum += rec, m->rn++;
    m->pages++;
    if (rows) printf("%s\t%.4f\t%.4f\n", id, prec, rec);
}

static int score_truth(const options *o, json_t *all, tc_arena *a, macro *m)
{
    const char *id;
    json_t *page;
    json_object_foreach(all, id, page)
    {
        const char *body = json_string_value(json_object_get(page, "articleBody"));
        const char *url = json_string_value(json_object_get(page, "url"));
        char name[1024];
        tc_article art;
        tc_arena_reset(a);
        if (!body) continue;
        snprintf(name, sizeof name, "%s.html.gz", id);
        bool ok = extract_page(a, o->pages, name, url, &art);
        if (!ok) {
            snprintf(name, sizeof name, "%s.html", id);
            ok = extract_page(a, o->pages, name, url, &art);
        }
        if (!ok) {
            fprintf(stderr, "tocsin: %s/%s: cannot read\n", o->pages, name);
            return 1;
        }
        score_page(m, id, shingles(a, body), shingles(a, art.text), o->rows);
    }
    return 0;
}

/* ---- the command ---- */

static int parse_args(int argc, char **argv, options *o)
{
    static const char *const takes_value[] = {"--snippets", "--truth", "--pages"};
    for (int i = 1; i < argc; i++) {
        const char **slot[] = {&o->snippets, &o->truth, &o->pages};
        size_t k = 0;
        if (strcmp(argv[i], "--rows") == 0) {
            o->rows = true;
            continue;
        }
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) return -1;
        while (k < 3 && strcmp(argv[i], takes_value[k]) != 0) k++;
        if (k == 3 || i + 1 >= argc) return 2;
        *slot[k] = argv[++i];
    }
    return (!o->snippets == !o->truth || !o->pages) ? 2 : 0;
}

static void print_scores(double p, double r, size_t pages)
{
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    printf("precision %.4f\nrecall %.4f\nf1 %.4f\npages %zu\n", p, r, f, pages);
}

int tc_eval_extract_cli(int argc, char **argv)
{
    options o = {0};
    int rc = parse_args(argc, argv, &o);
    if (rc) {
        fputs(usage, rc < 0 ? stdout : stderr);
        return rc < 0 ? 0 : 2;
    }
    const char *file = o.snippets ? o.snippets : o.truth;
    json_error_t jerr;
    json_t *all = json_load_file(file, 0, &jerr);
    if (!json_is_object(all)) {
        fprintf(stderr, "tocsin: %s: not a JSON object (%s)\n", file, jerr.text);
        json_decref(all);
        return 1;
    }
    tc_arena *a = tc_arena_new(0);
    if (o.snippets) {
        counts c = {0};
        rc = score_snippets(&o, all, a, &c);
        if (!rc)
            print_scores(c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0,
                         c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0, c.pages);
    } else {
        macro m = {0};
        rc = score_truth(&o, all, a, &m);
        if (!rc)
            print_scores(m.pn ? m.psum / (double)m.pn : 0, m.rn ? m.rsum / (double)m.rn : 0,
                         m.pages);
    }
    tc_arena_free(a);
    json_decref(all);
    return rc;
}
