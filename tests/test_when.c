/* Tests of when: the golden file tests/golden/when.txt (every case must pass; format in
 * tests/golden/README.md), the metadata date parser, the calendar's edges, and the attachment
 * of expressions to the verbs of a parsed sentence. */
#include "when.h"

#include "arena.h"
#include "err.h"
#include "parse.h"
#include "text.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static tc_arena *arena;

static int setup(void **state)
{
    arena = tc_arena_new(0);
    return 0;
}

static int teardown(void **state)
{
    tc_arena_free(arena);
    return 0;
}

static tc_date day(int y, int m, int d)
{
    tc_date r = {(int16_t)y, (uint8_t)m, (uint8_t)d, TC_DATE_DAY};
    return r;
}

/* One result as the golden file writes it: "TEXT = [since |for ]DATE[ past]". */
static void describe(const tc_text *t, const tc_when *w, char *buf, size_t size)
{
    const tc_token *a = &t->toks[w->tok0], *b = &t->toks[w->tok0 + w->ntok - 1];
    char date[24];
    snprintf(buf, size, "%.*s = %s%s%s", (int)(b->off + b->len - a->off), t->text + a->off,
             w->kind == TC_WHEN_SINCE      ? "since "
             : w->kind == TC_WHEN_DURATION ? "for "
                                           : "",
             tc_date_str(w->date, date), w->past ? " past" : "");
}

/* Every expression of the one-sentence text s (the sentence must be one), described. */
static size_t scan_all(const char *s, tc_date ref, char out[][160], size_t max)
{
    tc_text t;
    assert_int_equal(tc_text_analyze(s, strlen(s), arena, &t), TC_OK);
    size_t k = 0;
    for (uint32_t i = 0; i < t.nsents; i++) {
        tc_when *w;
        size_t n;
        assert_int_equal(tc_when_scan(&t, i, ref, arena, &w, &n), TC_OK);
        for (size_t e = 0; e < n && k < max; e++) describe(&t, &w[e], out[k++], 160);
    }
    return k;
}

/* ---- the golden file --------------------------------------------------------------------- */

typedef struct {
    int cases, failed, exprs;
} tally;

static void trim(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ')) s[--n] = 0;
}

/* Checks one case: the sentence against its expected lines ("-" alone: none). */
static void check_case(const char *file, int line, const char *sent, tc_date ref, char exp[][160],
                       size_t nexp, tally *tl)
{
    char got[32][160];
    size_t ngot = scan_all(sent, ref, got, 32), want = nexp;
    if (nexp == 1 && !strcmp(exp[0], "-")) want = 0;
    int ok = ngot == want;
    for (size_t k = 0; ok && k < want; k++) ok = !strcmp(got[k], exp[k]);
    tl->cases++;
    tl->exprs += (int)want;
    if (ok) return;
    tl->failed++;
    printf("%s:%d: %s\n", file, line, sent);
    for (size_t k = 0; k < want; k++) printf("  expected: %s\n", exp[k]);
    for (size_t k = 0; k < ngot; k++) printf("  got:      %s\n", got[k]);
    if (!ngot) printf("  got:      -\n");
}

static void run_golden(const char *file, tally *tl)
{
    FILE *f = fopen(file, "r");
    assert_non_null(f);
    char buf[4096], sent[4096] = "", exp[32][160];
    size_t nexp = 0;
    int lineno = 0, sent_line = 0;
    tc_date ref = {0};
    while (fgets(buf, sizeof buf, f)) {
        lineno++;
        trim(buf);
        if (buf[0] == '>' || buf[0] == '@' || !buf[0]) {
            if (sent[0]) {
                if (!nexp) {
                    printf("%s:%d: a sentence with no expected line\n", file, sent_line);
                    tl->failed++;
                }
                check_case(file, sent_line, sent, ref, exp, nexp, tl);
            }
            sent[0] = 0;
            nexp = 0;
        }
        if (buf[0] == '#' || !buf[0]) continue;
        if (!strncmp(buf, "@date ", 6)) {
            if (tc_when_parse_date(buf + 6, strlen(buf + 6), &ref) != TC_OK) {
                printf("%s:%d: bad @date\n", file, lineno);
                tl->failed++;
            }
        } else if (!strncmp(buf, "> ", 2)) {
            snprintf(sent, sizeof sent, "%s", buf + 2);
            sent_line = lineno;
        } else if (sent[0] && nexp < 32 && strlen(buf) < 160) {
            memcpy(exp[nexp++], buf, strlen(buf) + 1);
        } else {
            printf("%s:%d: a line outside a case\n", file, lineno);
            tl->failed++;
        }
    }
    if (sent[0]) check_case(file, sent_line, sent, ref, exp, nexp, tl);
    fclose(f);
}

static void test_golden(void **state)
{
    tally tl = {0};
    run_golden("tests/golden/when.txt", &tl);
    printf("when golden: %d of %d sentences right, %d expressions\n", tl.cases - tl.failed,
           tl.cases, tl.exprs);
    assert_int_equal(tl.failed, 0);
    assert_true(tl.exprs >= 120);
}

/* The runner itself can fail: a wrong expectation is caught. */
static void test_golden_catches(void **state)
{
    char exp[1][160] = {"in 2020 = 2021 past"};
    tally tl = {0};
    check_case("inline", 1, "They fought in 2020.", day(2026, 12, 5), exp, 1, &tl);
    assert_int_equal(tl.failed, 1);
}

/* ---- metadata dates ---------------------------------------------------------------------- */

static void parses(const char *s, int y, int m, int d, int prec)
{
    tc_date r;
    assert_int_equal(tc_when_parse_date(s, strlen(s), &r), TC_OK);
    assert_int_equal(r.year, y);
    assert_int_equal(r.month, m);
    assert_int_equal(r.day, d);
    assert_int_equal(r.prec, prec);
}

static void refused(const char *s)
{
    tc_date r;
    assert_int_equal(tc_when_parse_date(s, strlen(s), &r), TC_EPARSE);
    assert_int_equal(r.prec, TC_DATE_NONE);
}

static void test_parse_date(void **state)
{
    parses("2026-12-05", 2026, 12, 5, TC_DATE_DAY);
    parses("2026-12-05T10:00:00+02:00", 2026, 12, 5, TC_DATE_DAY);
    parses("2026-12-05T23:59:59.123Z", 2026, 12, 5, TC_DATE_DAY);
    parses("  2026-12-05 10:00  ", 2026, 12, 5, TC_DATE_DAY);
    parses("Sat, 05 Dec 2026 10:00:00 +0000", 2026, 12, 5, TC_DATE_DAY);
    parses("05 Dec 2026 10:00:00 GMT", 2026, 12, 5, TC_DATE_DAY);
    parses("5 December 2026", 2026, 12, 5, TC_DATE_DAY);
    parses("December 5, 2026", 2026, 12, 5, TC_DATE_DAY);
    parses("Dec. 5, 2026", 2026, 12, 5, TC_DATE_DAY);
    parses("Sept. 19, 2023", 2023, 9, 19, TC_DATE_DAY);
    parses("Tuesday, September 19th, 2023", 2023, 9, 19, TC_DATE_DAY);
    parses("2026/12/05", 2026, 12, 5, TC_DATE_DAY);
    parses("2026-12", 2026, 12, 0, TC_DATE_MONTH);
    parses("2026", 2026, 0, 0, TC_DATE_YEAR);
    parses("2024-02-29", 2024, 2, 29, TC_DATE_DAY);
    parses("2000-02-29", 2000, 2, 29, TC_DATE_DAY);
}

static void test_parse_date_refused(void **state)
{
    refused("");
    refused("   ");
    refused("2023-02-31");
    refused("31 February 2023");
    refused("2023-02-29");
    refused("1900-02-29");
    refused("2023-13-01");
    refused("2023-00-10");
    refused("2023-04-31");
    refused("yesterday");
    refused("Dec 2026");
    refused("2026-12-05x");
    refused("2026-12 and more");
    refused("5 Decembre 2026");
    refused("12345-01-01");
    tc_date r;
    assert_int_equal(tc_when_parse_date("2026-12-05", 7, &r), TC_OK); /* only n bytes read */
    assert_int_equal(r.prec, TC_DATE_MONTH);
}

/* ---- calendar edges ---------------------------------------------------------------------- */

static void expect(const char *sent, tc_date ref, const char *want)
{
    char got[8][160];
    size_t n = scan_all(sent, ref, got, 8);
    assert_int_equal(n, 1);
    assert_string_equal(got[0], want);
}

static void test_weekdays(void **state)
{
    /* 2026-12-04 is a Friday */
    expect("They met on Friday.", day(2026, 12, 4), "on Friday = 2026-12-04");
    expect("They met last Friday.", day(2026, 12, 4), "last Friday = 2026-11-27");
    expect("They meet next Friday.", day(2026, 12, 4), "next Friday = 2026-12-11");
    expect("They meet this Friday.", day(2026, 12, 4), "this Friday = 2026-12-04");
    expect("They met on Friday.", day(2026, 12, 5), "on Friday = 2026-12-04");
    expect("They met on Saturday.", day(2026, 12, 4), "on Saturday = 2026-11-28");
}

static void test_year_ends(void **state)
{
    expect("They met yesterday.", day(2027, 1, 1), "yesterday = 2026-12-31");
    expect("They met last month.", day(2027, 1, 15), "last month = 2026-12 past");
    expect("They met on 30 December.", day(2027, 1, 3), "on 30 December = 2026-12-30");
    expect("They meet on 2 January.", day(2026, 12, 30), "on 2 January = 2027-01-02");
    expect("They met last week.", day(2027, 1, 2), "last week = week 2026-12-21");
    expect("They met in December.", day(2027, 1, 20), "in December = 2026-12 past");
    expect("It was tomorrow.", day(2026, 12, 31), "tomorrow = 2027-01-01");
}

static void test_leap_years(void **state)
{
    expect("They met yesterday.", day(2024, 3, 1), "yesterday = 2024-02-29");
    expect("They met yesterday.", day(2023, 3, 1), "yesterday = 2023-02-28");
    expect("They met on 29 February.", day(2024, 3, 20), "on 29 February = 2024-02-29 past");
    expect("A year ago they met.", day(2024, 2, 29), "A year ago = 2023 past");
    /* no year near 2023-03-10 has a 29 February: no date is taken */
    char got[4][160];
    assert_int_equal(scan_all("They met on 29 February.", day(2023, 3, 10), got, 4), 0);
    assert_int_equal(scan_all("They met on 31 April 2023.", day(2023, 5, 10), got, 4), 0);
    assert_int_equal(scan_all("They met on 2023-02-30.", day(2023, 5, 10), got, 4), 0);
}

static void test_no_article_date(void **state)
{
    tc_date none = {0};
    expect("They met yesterday.", none, "yesterday = ?");
    expect("They fought in 2020.", none, "in 2020 = 2020");
    expect("They met on 19 September 2023.", none, "on 19 September 2023 = 2023-09-19");
    expect("They met on 19 September.", none, "on 19 September = ?");
    /* at the calendar's ends a date beyond it is unknown, not wrong */
    expect("They meet tomorrow.", day(9999, 12, 31), "tomorrow = ?");
    expect("They met last year.", day(1, 6, 1), "last year = ?");
    expect("They met yesterday.", day(1, 1, 2), "yesterday = 0001-01-01");
}

static void test_lag_and_past(void **state)
{
    tc_text t;
    const char *s = "They met eight days ago and a week ago.";
    assert_int_equal(tc_text_analyze(s, strlen(s), arena, &t), TC_OK);
    tc_when *w;
    size_t n;
    assert_int_equal(tc_when_scan(&t, 0, day(2026, 12, 16), arena, &w, &n), TC_OK);
    assert_int_equal(n, 2);
    assert_int_equal(w[0].lag, 8);
    assert_int_equal(w[0].past, 0); /* news of the article's days: past is over two weeks */
    assert_int_equal(w[0].unit, TC_UNIT_DAY);
    assert_int_equal(w[0].amount, 8);
    /* a week ago: the week of 2026-12-09, Monday 7 to Sunday 13: 3 days before */
    assert_int_equal(w[1].date.prec, TC_DATE_WEEK);
    assert_int_equal(w[1].lag, 3);
    assert_int_equal(w[1].past, 0);
    assert_int_equal(w[0].head, TC_WHEN_NOHEAD);
    assert_int_equal(tc_when_scan(&t, 1, day(2026, 12, 16), arena, &w, &n), TC_EUSAGE);
}

static void test_date_helpers(void **state)
{
    tc_date d = {2024, 2, 0, TC_DATE_MONTH};
    int32_t a, b;
    assert_int_equal(tc_date_range(d, &a, &b), TC_OK);
    assert_int_equal(b - a, 28);
    d = (tc_date){1990, 0, 0, TC_DATE_DECADE};
    assert_int_equal(tc_date_range(d, &a, &b), TC_OK);
    assert_int_equal(b - a + 1, 3652);
    d = (tc_date){2026, 12, 1, TC_DATE_WEEK}; /* a Tuesday: not a week's Monday */
    assert_false(tc_date_valid(d));
    assert_int_equal(tc_date_range(d, &a, &b), TC_EUSAGE);
    assert_false(tc_date_valid((tc_date){2023, 2, 29, TC_DATE_DAY}));
    assert_false(tc_date_valid((tc_date){2023, 5, 1, TC_DATE_YEAR}));
    char buf[24];
    assert_string_equal(tc_date_str((tc_date){0}, buf), "?");
    assert_string_equal(tc_date_str((tc_date){1990, 0, 0, TC_DATE_DECADE}, buf), "1990s");
    /* a century: the years 1800-1899 for the 19th; its year a multiple of 100 */
    d = (tc_date){1800, 0, 0, TC_DATE_CENTURY};
    assert_int_equal(tc_date_range(d, &a, &b), TC_OK);
    assert_int_equal(a, tc_when_days(1800, 1, 1));
    assert_int_equal(b, tc_when_days(1899, 12, 31));
    assert_false(tc_date_valid((tc_date){1850, 0, 0, TC_DATE_CENTURY}));
    assert_false(tc_date_valid((tc_date){0, 0, 0, TC_DATE_CENTURY}));
    assert_string_equal(tc_date_str(d, buf), "19th century");
    assert_string_equal(tc_date_str((tc_date){2000, 0, 0, TC_DATE_CENTURY}, buf), "21st century");
    assert_string_equal(tc_date_str((tc_date){1100, 0, 0, TC_DATE_CENTURY}, buf), "12th century");
}

/* Nothing is allocated for a sentence with no expression; a long one with many is read whole. */
static void test_arena_and_long_input(void **state)
{
    tc_text t;
    const char *s = "The minister said the talks would go on in Geneva with 2,000 delegates.";
    assert_int_equal(tc_text_analyze(s, strlen(s), arena, &t), TC_OK);
    size_t used = tc_arena_used(arena), n;
    tc_when *w;
    assert_int_equal(tc_when_scan(&t, 0, day(2026, 12, 5), arena, &w, &n), TC_OK);
    assert_int_equal(n, 0);
    assert_null(w);
    assert_int_equal(tc_arena_used(arena), used);

    size_t len = 0, cap = 12 * 600 + 1;
    char *big = malloc(cap);
    for (int k = 0; k < 600; k++)
        len += (size_t)snprintf(big + len, cap - len, "in %d May ", 1900 + k);
    assert_int_equal(tc_text_analyze(big, len, arena, &t), TC_OK);
    assert_int_equal(t.nsents, 1);
    assert_int_equal(tc_when_scan(&t, 0, day(2026, 12, 5), arena, &w, &n), TC_OK);
    assert_int_equal(n, 300); /* 1900-2199; "May" after a year is no month */
    for (size_t k = 0; k < n; k++) assert_int_equal(w[k].date.year, 1900 + (int)k);
    free(big);
}

/* ---- attachment to the parse ------------------------------------------------------------- */

static void attached(const tc_parser *p, const char *s, const char *verb)
{
    tc_text t;
    tc_tree tree;
    tc_when *w;
    size_t n;
    assert_int_equal(tc_text_analyze(s, strlen(s), arena, &t), TC_OK);
    assert_int_equal(tc_parse_sentence(p, &t, 0, 0, arena, &tree), TC_OK);
    assert_int_equal(tc_when_scan(&t, 0, day(2026, 12, 5), arena, &w, &n), TC_OK);
    assert_int_equal(n, 1);
    tc_when_attach(&t, 0, &tree, w, n);
    assert_int_not_equal(w[0].head, TC_WHEN_NOHEAD);
    const tc_token *h = &t.toks[w[0].head];
    if (strlen(verb) != h->len || memcmp(t.text + h->off, verb, h->len))
        fail_msg("%s: attached to %.*s, not %s", s, (int)h->len, t.text + h->off, verb);
}

static void test_attach(void **state)
{
    tc_err err;
    tc_parser *p = tc_parser_load(TC_DATADIR "/parse.model", &err);
    if (!p) fail_msg("%s", err.msg);
    attached(p, "Armenia appealed to the U.N. Security Council last month.", "appealed");
    attached(p, "Azerbaijan and Armenia fought over the territory in 2020.", "fought");
    attached(p, "The minister, who resigned on Friday, said the talks would go on.", "resigned");
    attached(p, "Troops have blockaded the road for more than seven months.", "blockaded");
    attached(p, "Officials said the convoy was stopped two days ago.", "stopped");
    attached(p, "Friday's attack killed 12 people.", "attack");
    tc_parser_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_golden),
        cmocka_unit_test(test_golden_catches),
        cmocka_unit_test(test_parse_date),
        cmocka_unit_test(test_parse_date_refused),
        cmocka_unit_test(test_weekdays),
        cmocka_unit_test(test_year_ends),
        cmocka_unit_test(test_leap_years),
        cmocka_unit_test(test_no_article_date),
        cmocka_unit_test(test_lag_and_past),
        cmocka_unit_test(test_date_helpers),
        cmocka_unit_test(test_arena_and_long_input),
        cmocka_unit_test(test_attach),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
