/* Tests of dedup: exact copies, near copies (other boilerplate, small edits), the estimate
 * against the true Jaccard similarity, the threshold, the window and the index's bound. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "dedup.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A deterministic generator of texts: words drawn from a vocabulary of made-up words. */
static uint64_t rng = 1;
static uint32_t next_rand(void)
{
    rng = rng * 6364136223846793005ull + 1442695040888963407ull;
    return (uint32_t)(rng >> 33);
}

static const char *word(uint32_t i)
{
    static char buf[64][16];
    static int k;
    static const char *syl[] = {"ka", "lo",  "mi", "ter", "sa",  "ven", "dor", "pu",
                                "ri", "gal", "ne", "bo",  "tus", "fe",  "zan", "qui"};
    char *w = buf[k++ & 63];
    snprintf(w, 16, "%s%s%s", syl[i & 15], syl[(i >> 4) & 15], syl[(i >> 8) & 15]);
    return w;
}

/* n words of a vocabulary of 4096, separated by spaces and, now and then, ". ". */
static char *text_of(size_t n, uint64_t seed)
{
    rng = seed;
    char *t = malloc(n * 20 + 1), *p = t;
    for (size_t i = 0; i < n; i++)
        p += sprintf(p, "%s%s", word(next_rand() & 4095), i % 12 == 11 ? ". " : " ");
    *p = 0;
    return t;
}

/* t with `edits` words replaced (at random places) and boilerplate around it. */
static char *copy_of(const char *t, int edits, const char *head, const char *tail, uint64_t seed)
{
    size_t n = strlen(t);
    char *c = malloc(n + strlen(head) + strlen(tail) + edits * 20 + 8), *p = c;
    p += sprintf(p, "%s\n", head);
    memcpy(p, t, n + 1);
    rng = seed;
    for (int e = 0; e < edits; e++) {
        /* overwrite one word with another of the same length */
        size_t at = next_rand() % n;
        while (at < n && p[at] != ' ') at++;
        if (at + 7 >= n) continue;
        at++;
        for (int j = 0; j < 6 && p[at + j] != ' '; j++) p[at + j] = "xqzjvw"[j];
    }
    p += n;
    sprintf(p, "\n%s", tail);
    return c;
}

/* The exact Jaccard similarity of the word 4-shingle sets, by brute force. */
static double true_jaccard(const char *a, const char *b)
{
    char *sa[4096], *sb[4096];
    size_t na = 0, nb = 0;
    char *texts[2] = {strdup(a), strdup(b)};
    for (int k = 0; k < 2; k++) {
        char *w[4096];
        size_t nw = 0;
        for (char *tok = strtok(texts[k], " .\n"); tok && nw < 4096; tok = strtok(NULL, " .\n"))
            w[nw++] = tok;
        for (size_t i = 0; i + 4 <= nw; i++) {
            char *s = malloc(100);
            snprintf(s, 100, "%s %s %s %s", w[i], w[i + 1], w[i + 2], w[i + 3]);
            if (k == 0)
                sa[na++] = s;
            else
                sb[nb++] = s;
        }
    }
    size_t inter = 0, ua = 0;
    for (size_t i = 0; i < na; i++) {
        int dup = 0;
        for (size_t j = 0; j < i && !dup; j++) dup = !strcmp(sa[i], sa[j]);
        if (dup) continue;
        ua++;
        for (size_t j = 0; j < nb; j++)
            if (!strcmp(sa[i], sb[j])) {
                inter++;
                break;
            }
    }
    size_t ub = 0;
    for (size_t i = 0; i < nb; i++) {
        int dup = 0;
        for (size_t j = 0; j < i && !dup; j++) dup = !strcmp(sb[i], sb[j]);
        ub += !dup;
    }
    for (size_t i = 0; i < na; i++) free(sa[i]);
    for (size_t i = 0; i < nb; i++) free(sb[i]);
    free(texts[0]);
    free(texts[1]);
    return (double)inter / (double)(ua + ub - inter);
}

static void test_exact(void **state)
{
    tc_dedup_sig a, b, c;
    const char *x = "Talks resumed in Brussels on Monday, officials said.";
    const char *y = "talks RESUMED in brussels on monday officials said";
    const char *z = "Talks resumed in Geneva on Monday, officials said.";
    tc_dedup_sign(x, strlen(x), &a);
    tc_dedup_sign(y, strlen(y), &b);
    tc_dedup_sign(z, strlen(z), &c);
    assert_int_equal(a.nwords, 8);
    assert_true(a.exact == b.exact);
    assert_true(a.exact != c.exact);
    assert_true(tc_dedup_similarity(&a, &b) == 1.0);
    assert_true(tc_dedup_similarity(&a, &c) < 1.0);

    tc_dedup *d = tc_dedup_new(0, 0);
    tc_dedup_add(d, 7, &a, 100);
    tc_dedup_match m = tc_dedup_find(d, &b, 101);
    assert_int_equal(m.id, 7);
    assert_true(m.exact);
    tc_dedup_free(d);
}

static void test_empty(void **state)
{
    tc_dedup_sig a, b;
    tc_dedup_sign("", 0, &a);
    tc_dedup_sign(" ... -- !", 9, &b);
    assert_int_equal(a.exact, 0);
    assert_int_equal(b.nwords, 0);
    assert_true(tc_dedup_similarity(&a, &b) == 1.0); /* both empty: the same (no) words */
    tc_dedup *d = tc_dedup_new(0, 0);
    tc_dedup_add(d, 1, &a, 0);
    /* an empty text is never anyone's copy: nothing is indexed for it */
    assert_int_equal(tc_dedup_find(d, &b, 0).id, 0);
    tc_dedup_free(d);
}

/* Copies with other boilerplate and a few edits are found; the estimate is close to the
 * true similarity of the shingle sets. */
static void test_near_copies(void **state)
{
    char *orig = text_of(400, 11);
    tc_dedup_sig so;
    tc_dedup_sign(orig, strlen(orig), &so);
    tc_dedup *d = tc_dedup_new(0, 0);
    tc_dedup_add(d, 1, &so, 19000);
    for (int v = 0; v < 20; v++) {
        char *other = text_of(400, 1000 + v);
        tc_dedup_sig s;
        tc_dedup_sign(other, strlen(other), &s);
        tc_dedup_add(d, 100 + v, &s, 19000);
        free(other);
    }
    int found = 0;
    double worst = 0;
    for (int v = 0; v < 20; v++) {
        char *c = copy_of(orig, 3 + v % 5, "Share this article Subscribe to our newsletter",
                          "Read more: related stories. Leave a comment", 50 + v);
        tc_dedup_sig sc;
        tc_dedup_sign(c, strlen(c), &sc);
        double est = tc_dedup_similarity(&so, &sc), truth = true_jaccard(orig, c);
        if (fabs(est - truth) > worst) worst = fabs(est - truth);
        tc_dedup_match m = tc_dedup_find(d, &sc, 19001);
        found += m.id == 1 && !m.exact;
        free(c);
    }
    printf("near copies found: %d of 20; largest |estimate - Jaccard|: %.3f\n", found, worst);
    assert_int_equal(found, 20);
    assert_true(worst < 0.15);
    free(orig);
    tc_dedup_free(d);
}

/* Independent texts are not copies; a stricter threshold refuses a copy with edits. */
static void test_threshold(void **state)
{
    char *a = text_of(300, 5), *b = text_of(300, 6);
    char *c = copy_of(a, 12, "Advertisement", "Newer articles", 9);
    tc_dedup_sig sa, sb, sc;
    tc_dedup_sign(a, strlen(a), &sa);
    tc_dedup_sign(b, strlen(b), &sb);
    tc_dedup_sign(c, strlen(c), &sc);
    double sim = tc_dedup_similarity(&sa, &sc);
    assert_true(tc_dedup_similarity(&sa, &sb) < 0.1);
    assert_true(sim > 0.6 && sim < 0.95);

    tc_dedup *loose = tc_dedup_new(0.5, 0), *strict = tc_dedup_new(0.95, 0);
    tc_dedup_add(loose, 1, &sa, 0);
    tc_dedup_add(strict, 1, &sa, 0);
    assert_int_equal(tc_dedup_find(loose, &sb, 0).id, 0);
    assert_int_equal(tc_dedup_find(loose, &sc, 0).id, 1);
    assert_int_equal(tc_dedup_find(strict, &sc, 0).id, 0);
    tc_dedup_free(loose);
    tc_dedup_free(strict);
    free(a);
    free(b);
    free(c);
}

/* A copy outside the window is not found; the index stays bounded as days pass. */
static void test_window(void **state)
{
    char *a = text_of(200, 21);
    tc_dedup_sig sa;
    tc_dedup_sign(a, strlen(a), &sa);
    tc_dedup *d = tc_dedup_new(0, 7);
    tc_dedup_add(d, 1, &sa, 1000);
    assert_int_equal(tc_dedup_find(d, &sa, 1007).id, 1);
    assert_int_equal(tc_dedup_find(d, &sa, 1008).id, 0);
    assert_int_equal(tc_dedup_find(d, &sa, 993).id, 1);
    tc_dedup_free(d);

    /* 100 articles a day for 200 days in a window of 7 days: a few thousand live at most */
    d = tc_dedup_new(0, 7);
    size_t most = 0;
    for (int day = 0; day < 200; day++) {
        for (int i = 0; i < 100; i++) {
            char t[64];
            snprintf(t, sizeof t, "day %d item %d of the list", day, i);
            tc_dedup_sig s;
            tc_dedup_sign(t, strlen(t), &s);
            tc_dedup_add(d, day * 100 + i + 1, &s, 5000 + day);
        }
        if (tc_dedup_count(d) > most) most = tc_dedup_count(d);
    }
    printf("index over 20,000 articles in a 7-day window: at most %zu live, %zu bytes\n", most,
           tc_dedup_bytes(d));
    assert_true(most <= 100 * (7 + 1) * 2 + 1024);
    /* the latest day's article is still found, the first day's is gone */
    tc_dedup_sig s;
    tc_dedup_sign("day 199 item 3 of the list", 26, &s);
    assert_int_equal(tc_dedup_find(d, &s, 5199).id, 199 * 100 + 3 + 1);
    tc_dedup_sign("day 0 item 3 of the list", 24, &s);
    assert_int_equal(tc_dedup_find(d, &s, 5000).id, 0);
    tc_dedup_free(d);
    free(a);
}

static void test_days(void **state)
{
    assert_int_equal(tc_dedup_day("1970-01-01"), 0);
    assert_int_equal(tc_dedup_day("1970-01-02"), 1);
    assert_int_equal(tc_dedup_day("2000-03-01") - tc_dedup_day("2000-02-28"), 2);
    assert_int_equal(tc_dedup_day("2023-03-01") - tc_dedup_day("2023-02-28"), 1);
    assert_int_equal(tc_dedup_day("2023-07-31") - tc_dedup_day("2023-07-30"), 1);
    assert_int_equal(tc_dedup_day("2023-02-29"), TC_DAY_UNKNOWN);
    assert_int_equal(tc_dedup_day("2023-13-01"), TC_DAY_UNKNOWN);
    assert_int_equal(tc_dedup_day(""), TC_DAY_UNKNOWN);
    assert_int_equal(tc_dedup_day("2023-07"), TC_DAY_UNKNOWN);
    assert_int_equal(tc_dedup_day(NULL), TC_DAY_UNKNOWN);
    char out[11];
    static const char *const dates[] = {"1970-01-01", "2000-02-29", "2023-07-31", "1969-12-31",
                                        "2400-12-31"};
    for (size_t i = 0; i < sizeof dates / sizeof *dates; i++) {
        tc_dedup_date(tc_dedup_day(dates[i]), out);
        assert_string_equal(out, dates[i]);
    }
    tc_dedup_date(TC_DAY_UNKNOWN, out);
    assert_string_equal(out, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exact),       cmocka_unit_test(test_empty),
        cmocka_unit_test(test_near_copies), cmocka_unit_test(test_threshold),
        cmocka_unit_test(test_window),      cmocka_unit_test(test_days),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
