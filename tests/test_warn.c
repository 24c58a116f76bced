/* test_warn: the early-warning formulas against values worked out by hand, the risk-factor
 * reader, the detector on streams built for each rule, and the series and alerts in a store
 * (counting rules, reproducible ids, incremental updates, no use of later days). */
#include "alerts.h"
#include "eval_warn.h"
#include "series.h"
#include "warn.h"

#include <math.h>
#include <setjmp.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#define NEAR(a, b, eps) assert_true(fabs((a) - (b)) < (eps))

/* ---- formulas ---- */

static void test_median_mad_z(void **state)
{
    (void)state;
    double x[] = {4, 100, 1, 3, 2};
    /* sorted 1 2 3 4 100: median 3; deviations 2 1 0 1 97, sorted 0 1 1 2 97: MAD 1 */
    NEAR(tc_warn_median(x, 5), 3, 1e-12);
    NEAR(tc_warn_mad(x, 5), 1, 1e-12);
    /* (10 - 3) / (1.4826 * 1) = 4.72144 */
    NEAR(tc_warn_robust_z(10, x, 5, 0), 4.721435, 1e-6);
    assert_true(x[0] == 4 && x[1] == 100); /* the window is left as it was */
    double e[] = {1, 2, 3, 4};
    /* even: (2 + 3) / 2; deviations 1.5 0.5 0.5 1.5: MAD 1 */
    NEAR(tc_warn_median(e, 4), 2.5, 1e-12);
    NEAR(tc_warn_mad(e, 4), 1, 1e-12);
    double flat[] = {5, 5, 5};
    NEAR(tc_warn_robust_z(5, flat, 3, 0), 0, 1e-12);
    assert_true(tc_warn_robust_z(6, flat, 3, 0) > 1e8);
    /* the floor: (6 - 5) / 2 */
    NEAR(tc_warn_robust_z(6, flat, 3, 2), 0.5, 1e-12);
    NEAR(tc_warn_robust_z(6, flat, 0, 2), 0, 1e-12);
}

static void test_poisson(void **state)
{
    (void)state;
    /* P(X >= 2 | 1) = 1 - e^-1 (1 + 1) = 0.264241; -log10 = 0.577999 */
    NEAR(tc_warn_poisson_surprise(2, 1), 0.5779996, 1e-6);
    /* P(X >= 5 | 2) = 1 - e^-2 (1 + 2 + 2 + 4/3 + 2/3) = 1 - 7 e^-2 = 0.052653; 1.278577 */
    NEAR(tc_warn_poisson_surprise(5, 2), 1.2785767, 1e-6);
    /* P(X >= 1 | 0.001) = 1 - e^-0.001 = 0.00099950; 3.000217 */
    NEAR(tc_warn_poisson_surprise(1, 0.001), 3.0002171, 1e-6);
    /* far tail: e^-1 / 50! (1 + 1/51 + 1/(51 52) + ...): log10 50! = 64.483, so 64.9088 */
    NEAR(tc_warn_poisson_surprise(50, 1), 64.908773, 1e-4);
    NEAR(tc_warn_poisson_surprise(0, 3), 0, 1e-12);
    NEAR(tc_warn_poisson_surprise(3, 0), 300, 1e-12);
    /* below the mean the tail is near 1: P(X >= 1 | 10) = 1 - e^-10 */
    NEAR(tc_warn_poisson_surprise(1, 10), -log10(1 - exp(-10)), 1e-9);
}

static void test_binomial(void **state)
{
    (void)state;
    /* P(X >= 2 | 3, 1/2) = (3 + 1) / 8 = 0.5; P(X >= 3 | 3, 1/2) = 1/8 */
    NEAR(tc_warn_binomial_surprise(2, 3, 0.5), 0.30103, 1e-5);
    NEAR(tc_warn_binomial_surprise(3, 3, 0.5), 0.90309, 1e-5);
    /* P(X >= 1 | 10, 0.1) = 1 - 0.9^10 = 0.651322; 0.186205 */
    NEAR(tc_warn_binomial_surprise(1, 10, 0.1), 0.1862045, 1e-6);
    NEAR(tc_warn_binomial_surprise(0, 10, 0.1), 0, 1e-12);
    NEAR(tc_warn_binomial_surprise(11, 10, 0.1), 300, 1e-12);
    NEAR(tc_warn_binomial_surprise(2, 10, 0), 300, 1e-12);
}

static void test_cusum(void **state)
{
    (void)state;
    /* z 1, 2, -3, 0.5 with k 0.5: 0.5, 2, max(0, -1.5) = 0, max(0, 0) = 0 */
    double s = tc_warn_cusum(0, 1, 0.5);
    NEAR(s, 0.5, 1e-12);
    NEAR(s = tc_warn_cusum(s, 2, 0.5), 2, 1e-12);
    NEAR(s = tc_warn_cusum(s, -3, 0.5), 0, 1e-12);
    NEAR(tc_warn_cusum(s, 0.5, 0.5), 0, 1e-12);
}

/* ---- risk factors ---- */

static const char risk_text[] =
    "# test factors\n"
    "@civil CVL AGR\n"
    "blockade   factor  blockade  7.7,14  191 1381 144  | blockade\n"
    "access     factor  access    14      1223 1663     | denial of access\n"
    "posture    factor  trigger   8.1     15            | force posture\n"
    "civilians  factor  atrocity  11      18@CVL        | attacks on civilians\n"
    "denial     factor  -         8.7     016           | denial\n"
    "easing     easing  -         -       0872 0863     | easing\n";

static size_t diags;
static char last_where[64];
static void count_diag(const tc_diag *d, void *ctx)
{
    (void)ctx;
    diags++;
    snprintf(last_where, sizeof last_where, "%s", d->input);
}

static void load_table(tc_risk_table *rt)
{
    tc_err err = {0};
    assert_int_equal(tc_risk_parse(risk_text, strlen(risk_text), "t", rt, count_diag, NULL, &err),
                     TC_OK);
}

static void test_risk_parse(void **state)
{
    (void)state;
    tc_risk_table rt;
    diags = 0;
    load_table(&rt);
    assert_int_equal(diags, 0);
    assert_int_equal(rt.n, 6);
    assert_string_equal(rt.f[0].name, "blockade");
    assert_int_equal(rt.f[0].siege, TC_SIEGE_BLOCKADE);
    assert_int_equal(rt.f[5].kind, TC_RISK_EASING);
    assert_string_equal(rt.f[3].label, "attacks on civilians");
    assert_true(tc_risk_match(&rt.f[0], "1441", "")); /* 144 is a prefix */
    assert_true(tc_risk_match(&rt.f[0], "191", "ARM"));
    assert_false(tc_risk_match(&rt.f[0], "19", "ARM")); /* a root is not the code */
    assert_true(tc_risk_match(&rt.f[3], "180", "ARMCVL"));
    assert_false(tc_risk_match(&rt.f[3], "180", "ARMMIL"));
    assert_false(tc_risk_match(&rt.f[3], "180", ""));
    /* civil society is no doer: farmers blocking a motorway are a protest */
    assert_int_equal(rt.ncivil, 2);
    assert_false(tc_risk_doer(&rt, "FRAAGR"));
    assert_false(tc_risk_doer(&rt, "ARMGOVCVL"));
    assert_true(tc_risk_doer(&rt, "AZEGOV"));
    assert_true(tc_risk_doer(&rt, "AZE"));
    assert_true(tc_risk_doer(&rt, "CVLX")); /* the first three letters are the country's */

    /* malformed lines are named and skipped; the good ones are read */
    const char bad[] = "ok factor - 1 191\r\n"
                       "Bad factor - 1 191\n"
                       "x wrong - 1 191\n"
                       "y factor - 1 19a\n"
                       "z factor - 1\n"
                       "ok factor - 1 144\n"
                       "w factor nowhere 1 191\n"
                       "v factor - 1 18@cvl\n"
                       "@civil CVL AG\n"
                       "@other CVL\n";
    diags = 0;
    tc_err err = {0};
    assert_int_equal(tc_risk_parse(bad, sizeof bad - 1, "bad.txt", &rt, count_diag, NULL, &err),
                     TC_OK);
    assert_int_equal(rt.n, 1);
    assert_int_equal(rt.ncivil, 0); /* the malformed @civil line added nothing */
    assert_int_equal(diags, 9);
    assert_string_equal(last_where, "bad.txt:10");
    assert_int_equal(tc_risk_parse("# nothing\n", 10, "empty", &rt, count_diag, NULL, &err),
                     TC_EPARSE);
    /* the hash follows the content */
    tc_risk_table a, b;
    load_table(&a);
    assert_int_equal(
        tc_risk_parse(risk_text, strlen(risk_text) - 30, "t", &b, count_diag, NULL, &err), TC_OK);
    assert_true(a.hash != b.hash);
}

/* ---- the detector ---- */

/* n quiet days: 40 articles a day, 2 conflict events on the subject. */
static tc_warn_day *quiet(size_t n)
{
    tc_warn_day *d = calloc(n, sizeof *d);
    for (size_t i = 0; i < n; i++) {
        d[i].day = 19000 + (int32_t)i;
        d[i].volume = 40;
        d[i].conflict = 2;
        d[i].articles = 3;
    }
    return d;
}

static const tc_warn_alert *find_kind(const tc_warn_alert *a, size_t n, int kind)
{
    for (size_t i = 0; i < n; i++)
        if (a[i].kind == kind) return &a[i];
    return NULL;
}

static void test_siege(void **state)
{
    (void)state;
    tc_risk_table rt;
    load_table(&rt);
    tc_warn_params p;
    tc_warn_defaults(&p);
    size_t n = 200;
    tc_warn_day *d = quiet(n);
    d[100].factor[0] = 1; /* a blockade reported on day 100 and day 102 */
    d[102].factor[0] = 1;
    d[110].factor[1] = 1; /* access denied */
    d[115].factor[2] = 1; /* troops massed */
    d[120].factor[5] = 1; /* eased */
    tc_warn_alert *a;
    size_t na;
    tc_warn_detect(d, n, &rt, &p, 1, &a, &na);
    const tc_warn_alert *s = find_kind(a, na, TC_ALERT_SIEGE);
    assert_non_null(s);
    assert_int_equal(s->first, 19100);       /* since the first report */
    assert_int_equal(s->step_day[0], 19102); /* raised on the second day */
    assert_int_equal(s->step_level[0], TC_LEVEL_WATCH);
    assert_int_equal(s->step_day[1], 19110); /* blockade and access: a siege */
    assert_int_equal(s->step_level[1], TC_LEVEL_WARNING);
    assert_int_equal(s->step_day[2], 19115); /* a trigger while it holds */
    assert_int_equal(s->step_level[2], TC_LEVEL_ALERT);
    assert_int_equal(s->step_day[3], 19120); /* easing lowers it one level */
    assert_int_equal(s->step_level[3], TC_LEVEL_WARNING);
    assert_int_equal(s->max_level, TC_LEVEL_ALERT);
    /* easing and 14 days without a report close it */
    assert_int_equal(s->closed, 19110 + 14);
    assert_null(find_kind(a, na, TC_ALERT_ESCALATION)); /* a flat conflict series */
    free(a);

    /* the same days give the same alerts, byte for byte */
    tc_warn_alert *b, *c;
    size_t nb, nc;
    tc_warn_detect(d, n, &rt, &p, 1, &b, &nb);
    tc_warn_detect(d, n, &rt, &p, 1, &c, &nc);
    assert_int_equal(nb, nc);
    assert_memory_equal(b, c, nb * sizeof *b);
    free(b);
    free(c);

    /* a one-day spike of eight outlets is no siege */
    tc_warn_day *e = quiet(n);
    e[100].factor[0] = 8;
    tc_warn_detect(e, n, &rt, &p, 1, &a, &na);
    assert_null(find_kind(a, na, TC_ALERT_SIEGE));
    free(a);

    /* a blockade reported over 30 days with no access report is a siege too; silence while
     * articles on the subject come closes it */
    tc_warn_day *f = quiet(n);
    for (int day = 100; day <= 131; day += 5) f[day].factor[0] = 1;
    tc_warn_detect(f, n, &rt, &p, 1, &a, &na);
    s = find_kind(a, na, TC_ALERT_SIEGE);
    assert_non_null(s);
    assert_int_equal(s->max_level, TC_LEVEL_WARNING);
    assert_int_equal(s->step_day[1], 19130);
    assert_int_equal(s->closed, 19130 + 30); /* 3 articles a day: 20 well before 30 days */
    free(a);
    free(d);
    free(e);
    free(f);
}

static void test_risk(void **state)
{
    (void)state;
    tc_risk_table rt;
    load_table(&rt);
    tc_warn_params p;
    tc_warn_defaults(&p);
    size_t n = 200;
    /* troops massed on three days by three outlets: a military exercise is no alert alone */
    tc_warn_day *d = quiet(n);
    d[100].factor[2] = d[101].factor[2] = d[103].factor[2] = 1;
    tc_warn_alert *a;
    size_t na;
    tc_warn_detect(d, n, &rt, &p, 1, &a, &na);
    assert_int_equal(na, 0);
    free(a);
    /* civilians attacked on two days: not yet; on a third: an alert of its own, and the troops
     * massed at the same time raise it a level */
    d[100].factor[3] = d[103].factor[3] = 1;
    tc_warn_detect(d, n, &rt, &p, 1, &a, &na);
    assert_int_equal(na, 0);
    free(a);
    d[105].factor[3] = 1;
    tc_warn_detect(d, n, &rt, &p, 1, &a, &na);
    assert_int_equal(na, 1);
    assert_int_equal(a[0].kind, TC_ALERT_RISK);
    assert_int_equal(a[0].factor, 3);
    assert_int_equal(a[0].first, 19100);
    assert_int_equal(a[0].step_day[0], 19105);
    assert_int_equal(a[0].max_level, TC_LEVEL_WARNING);
    free(a);
    free(d);
}

static void test_escalation(void **state)
{
    (void)state;
    tc_warn_params p;
    tc_warn_defaults(&p);
    size_t n = 200;
    tc_warn_day *d = quiet(n);
    /* weekly swings in volume with the conflict proportional: nothing fires */
    for (size_t i = 0; i < n; i++) {
        d[i].volume = i % 7 >= 5 ? 200 : 400;
        d[i].conflict = d[i].volume / 20;
    }
    tc_warn_alert *a;
    size_t na;
    tc_warn_detect(d, n, NULL, &p, 1, &a, &na);
    assert_int_equal(na, 0);
    free(a);
    /* the rate doubles from day 150 (a weekday: 20 events expected, 40 seen). Day 150: the
     * window's Pearson residuals are all 0 (scale floored at 1), z = 20 / sqrt(20) = 4.4721,
     * just below 4.5; the CUSUM gets 4.4721 - 1 = 3.4721. Day 151: the 56 days before hold
     * 8 weeks of volume, 19,200 articles, and 20 events more than 1 in 20, so the rate is
     * 0.05 + 20 / 19200 and mu = 400 rate = 20.41667; every residual of the window is
     * (V / 20 - rate V) / sqrt(rate V), the median one a weekday's (20 - mu) / sqrt(mu), the
     * MAD 0: z = (40 - mu) / sqrt(mu) - (20 - mu) / sqrt(mu) = 20 / sqrt(mu) = 4.42627, and
     * the CUSUM 3.4721 + 4.42627 - 1 = 6.8984 >= 5: it fires that day */
    for (size_t i = 150; i < n; i++) d[i].conflict *= 2;
    tc_warn_detect(d, n, NULL, &p, 1, &a, &na);
    assert_true(na >= 1);
    assert_int_equal(a[0].kind, TC_ALERT_ESCALATION);
    assert_int_equal(a[0].first, 19151);
    NEAR(a[0].expected, 20.416667, 1e-5);
    NEAR(a[0].z, 4.426267, 1e-5);
    NEAR(a[0].cusum, 6.898403, 1e-5);
    free(a);
    /* tripled: z = 40 / sqrt(20) = 8.94, surprise far beyond 4: that very day */
    for (size_t i = 150; i < n; i++) d[i].conflict = d[i].conflict / 2 * 3;
    tc_warn_detect(d, n, NULL, &p, 1, &a, &na);
    assert_true(na >= 1);
    assert_int_equal(a[0].first, 19150);
    assert_true(a[0].observed > a[0].expected);
    free(a);
    /* statistics off: no escalation */
    tc_warn_detect(d, n, NULL, &p, 0, &a, &na);
    assert_int_equal(na, 0);
    free(a);
    /* too little news for a baseline: nothing, however large the jump */
    for (size_t i = 0; i < n; i++) d[i].volume = 2, d[i].conflict = i == 150 ? 9 : 0;
    tc_warn_detect(d, n, NULL, &p, 1, &a, &na);
    assert_int_equal(na, 0);
    free(a);
    free(d);
}

static void test_synthetic_deterministic(void **state)
{
    (void)state;
    tc_risk_table rt;
    load_table(&rt);
    tc_warn_params p;
    tc_warn_defaults(&p);
    tc_eval_warn_opts o = {.seed = 11, .countries = 4, .days = 400};
    tc_eval_warn_result a, b;
    tc_eval_warn_synthetic(&o, &rt, &p, &a);
    tc_eval_warn_synthetic(&o, &rt, &p, &b);
    assert_memory_equal(&a, &b, sizeof a);
    assert_int_equal(a.step.n, 4);
    assert_int_equal(a.spike_siege, 0);
}

/* ---- in a store ---- */

typedef struct {
    char dir[64], path[96];
} fixture;

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    snprintf(fx->dir, sizeof fx->dir, "/tmp/test_warn_XXXXXX");
    if (!mkdtemp(fx->dir)) return -1;
    snprintf(fx->path, sizeof fx->path, "%s/w.db", fx->dir);
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    char p[128];
    static const char *const ext[] = {"", "-wal", "-shm"};
    for (int i = 0; i < 3; i++) {
        snprintf(p, sizeof p, "%s%s", fx->path, ext[i]);
        unlink(p);
    }
    rmdir(fx->dir);
    free(fx);
    return 0;
}

static void sql(tc_store *s, const char *fmt, ...)
{
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    char *msg = NULL;
    if (sqlite3_exec(tc_store_sqlite(s), buf, NULL, NULL, &msg) != SQLITE_OK) {
        fprintf(stderr, "%s: %s\n", buf, msg);
        fail();
    }
}

static int64_t sql_int(tc_store *s, const char *q)
{
    sqlite3_stmt *st;
    int64_t v = -1;
    if (sqlite3_prepare_v2(tc_store_sqlite(s), q, -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

static void article(tc_store *s, int id, const char *date, const char *outlet, int story,
                    int copy_of)
{
    sql(s,
        "INSERT INTO articles(id, hash, input, url, outlet, author, date, title, text,"
        " n_sentences, n_events) VALUES(%d, 'h%d', 'in', 'http://x/%d', '%s', '', '%s', 't',"
        " 'text', 1, 1);"
        "INSERT INTO sentences(id, article_id, idx, start, len, text) VALUES(%d, %d, 0, 0, 4,"
        " 'sentence %d');"
        "INSERT INTO story_articles VALUES(%d, %d, 0, %d, 1.0, x'00');",
        id, id, id, outlet, date, id, id, id, id, story, copy_of);
}

static void event(tc_store *s, const char *id, int art, const char *date, const char *src,
                  const char *tgt, const char *code, int quad, int flags, const char *place)
{
    sql(s,
        "INSERT INTO events(id, article_id, sentence_id, date, src_code, src_name, src_text,"
        " src_off, src_len, tgt_code, tgt_name, tgt_text, tgt_off, tgt_len, code, root,"
        " goldstein, quad, plover, flags, verb_off, verb_len, past, place_name, place_country,"
        " place_precision) VALUES('%s', %d, %d, '%s', '%s', '', '', 0, 0, '%s', '', '', 0, 0,"
        " '%s', substr('%s', 1, 2), -9.5, %d, '', %d, 0, 0, 0, '%s', 'AZE', 'point')",
        id, art, art, date, src, tgt, code, code, quad, flags, place);
}

/* The stream of the store test: a blockade by AZE reported by two outlets on two days (and a
 * near copy), a negated access denial, a Serbian clash. */
static void fill(tc_store *s)
{
    article(s, 1, "2023-01-01", "Wire A", 1, 0);
    event(s, "e1", 1, "2023-01-01", "AZE", "ARM", "191", 4, 0, "Lachin corridor");
    article(s, 2, "2023-01-01", "Copy B", 1, 1);
    event(s, "e2", 2, "2023-01-01", "AZE", "ARM", "191", 4, 0, "Lachin corridor");
    article(s, 3, "2023-01-03", "Post C", 2, 0);
    event(s, "e3", 3, "2023-01-03", "AZEGOV", "", "191", 4, 0, "Lachin corridor");
    event(s, "e4", 3, "2023-01-03", "AZE", "ARM", "1223", 3, 1, "Lachin corridor");
    article(s, 4, "2023-01-03", "Wire A", 3, 0);
    event(s, "e5", 4, "2023-01-03", "SRB", "XKX", "190", 4, 0, "");
}

static void test_store_series_alerts(void **state)
{
    fixture *fx = *state;
    tc_err err = {0};
    tc_store *s = tc_store_open(fx->path, 0, &err);
    assert_non_null(s);
    fill(s);
    tc_risk_table rt;
    load_table(&rt);
    size_t days;
    assert_int_equal(tc_series_update(s, &rt, &days, &err), TC_OK);
    assert_int_equal(days, 2);
    /* raw events count the copy, independent ones do not */
    assert_int_equal(sql_int(s, "SELECT n4 FROM warn_series WHERE kind = 'country' AND subject ="
                                " 'AZE' AND day = 19358"),
                     2);
    assert_int_equal(sql_int(s, "SELECT w4 FROM warn_series WHERE kind = 'country' AND subject ="
                                " 'AZE' AND day = 19358"),
                     1);
    assert_int_equal(sql_int(s, "SELECT w4 FROM warn_series WHERE kind = 'dyad' AND subject ="
                                " 'AZE>ARM' AND day = 19358"),
                     1);
    assert_int_equal(sql_int(s, "SELECT n4 FROM warn_series WHERE kind = 'place' AND subject ="
                                " 'Lachin corridor' AND day = 19360"),
                     1);
    assert_int_equal(sql_int(s, "SELECT outlets FROM warn_factor WHERE subject = 'AZE' AND day ="
                                " 19358 AND factor = 'blockade'"),
                     1);
    /* the negated denial of access counts nowhere */
    assert_int_equal(sql_int(s, "SELECT count(*) FROM warn_factor WHERE factor = 'access'"), 0);
    assert_int_equal(sql_int(s, "SELECT articles + copies FROM warn_volume WHERE day = 19358"), 2);
    /* nothing new: nothing recomputed */
    assert_int_equal(tc_series_update(s, &rt, &days, &err), TC_OK);
    assert_int_equal(days, 0);

    tc_warn_params p;
    tc_warn_defaults(&p);
    /* as of the first day only one day of reports: no alert (nothing from the future) */
    tc_alert_change *ch;
    size_t nch;
    assert_int_equal(tc_alerts_refresh(s, &rt, &p, 19358, &ch, &nch, &err), TC_OK);
    assert_int_equal(nch, 0);
    free(ch);
    assert_int_equal(tc_alerts_refresh(s, &rt, &p, INT32_MAX, &ch, &nch, &err), TC_OK);
    assert_int_equal(nch, 1);
    assert_string_equal(ch[0].kind, "siege");
    assert_string_equal(ch[0].subject, "AZE");
    assert_string_equal(ch[0].first, "2023-01-01");
    assert_int_equal(ch[0].before, 0);
    char id[17];
    memcpy(id, ch[0].id, 17);
    free(ch);
    assert_int_equal(sql_int(s, "SELECT count(*) FROM alerts WHERE subject = 'SRB'"), 0);
    /* the evidence: the original's event and the later report, not the copy's */
    assert_int_equal(sql_int(s, "SELECT count(*) FROM alert_evidence"), 2);
    assert_int_equal(sql_int(s, "SELECT count(*) FROM alert_evidence WHERE event_id = 'e2'"), 0);

    /* a refresh with nothing new changes nothing */
    assert_int_equal(tc_alerts_refresh(s, &rt, &p, INT32_MAX, &ch, &nch, &err), TC_OK);
    assert_int_equal(nch, 0);
    free(ch);
    /* access denied later: one day recomputed, the same alert escalates to a siege */
    article(s, 5, "2023-01-05", "Post C", 4, 0);
    event(s, "e6", 5, "2023-01-05", "AZE", "ARM", "1223", 3, 0, "Lachin corridor");
    assert_int_equal(tc_alerts_refresh(s, &rt, &p, INT32_MAX, &ch, &nch, &err), TC_OK);
    assert_int_equal(nch, 1);
    assert_string_equal(ch[0].id, id);
    assert_int_equal(ch[0].before, TC_LEVEL_WATCH);
    assert_int_equal(ch[0].max_level, TC_LEVEL_WARNING);
    free(ch);
    tc_store_close(s);

    /* the same input in another store: the same alert ids */
    char other[128];
    snprintf(other, sizeof other, "%s/v.db", fx->dir);
    tc_store *t = tc_store_open(other, 0, &err);
    assert_non_null(t);
    fill(t);
    article(t, 5, "2023-01-05", "Post C", 4, 0);
    event(t, "e6", 5, "2023-01-05", "AZE", "ARM", "1223", 3, 0, "Lachin corridor");
    assert_int_equal(tc_alerts_refresh(t, &rt, &p, INT32_MAX, NULL, NULL, &err), TC_OK);
    char q[128];
    snprintf(q, sizeof q, "SELECT max_level FROM alerts WHERE id = '%s'", id);
    assert_int_equal(sql_int(t, q), TC_LEVEL_WARNING);
    tc_store_close(t);
    static const char *const ext[] = {"", "-wal", "-shm"};
    for (int i = 0; i < 3; i++) {
        char path[140];
        snprintf(path, sizeof path, "%s%s", other, ext[i]);
        unlink(path);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_median_mad_z),
        cmocka_unit_test(test_poisson),
        cmocka_unit_test(test_binomial),
        cmocka_unit_test(test_cusum),
        cmocka_unit_test(test_risk_parse),
        cmocka_unit_test(test_siege),
        cmocka_unit_test(test_risk),
        cmocka_unit_test(test_escalation),
        cmocka_unit_test(test_synthetic_deterministic),
        cmocka_unit_test_setup_teardown(test_store_series_alerts, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
