/* libFuzzer target for when: the metadata date parser on the raw bytes, and the sentence
 * scanner over the text they make (after tc_utf8_clean, as in the pipeline), against an
 * article date taken from the first bytes. Aborts when an invariant of when.h breaks: every
 * expression inside its sentence, in order and disjoint; every date a real calendar date of
 * its precision (or NONE, all zero); past only on a point more than TC_WHEN_PAST_DAYS back.
 *
 *   make build-fuzz/fuzz_when (every library source: when.c needs text, span and arena) */
#include "when.h"

#include "arena.h"
#include "err.h"
#include "span.h"
#include "text.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(bool ok)
{
    if (!ok) abort();
}

static void check_date(tc_date d)
{
    if (d.prec == TC_DATE_NONE)
        check(!d.year && !d.month && !d.day);
    else
        check(tc_date_valid(d));
}

static void check_sentence(const tc_text *t, uint32_t s, tc_date ref, tc_arena *a)
{
    tc_when *w;
    size_t n;
    check(tc_when_scan(t, s, ref, a, &w, &n) == TC_OK);
    check(n == 0 || w != NULL);
    const tc_sentence *se = &t->sents[s];
    uint64_t prev = se->tok0;
    for (size_t k = 0; k < n; k++) {
        check(w[k].ntok > 0 && w[k].tok0 >= prev);
        check((uint64_t)w[k].tok0 + w[k].ntok <= (uint64_t)se->tok0 + se->ntok);
        prev = (uint64_t)w[k].tok0 + w[k].ntok;
        check(w[k].kind >= TC_WHEN_POINT && w[k].kind <= TC_WHEN_DURATION);
        check_date(w[k].date);
        check(w[k].head == TC_WHEN_NOHEAD);
        bool resolved = w[k].date.prec != TC_DATE_NONE && ref.prec == TC_DATE_DAY;
        check(resolved == (w[k].lag != TC_WHEN_NOLAG));
        check(w[k].past == (w[k].kind == TC_WHEN_POINT && resolved &&
                            w[k].lag > TC_WHEN_PAST_AFTER(w[k].date.prec)));
        char buf[24];
        check(strlen(tc_date_str(w[k].date, buf)) < sizeof buf);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static tc_arena *a;
    if (!a) a = tc_arena_new(0);
    tc_arena_reset(a);

    tc_date d;
    int rc = tc_when_parse_date((const char *)data, size, &d);
    check(rc == TC_OK || rc == TC_EPARSE);
    if (rc == TC_OK)
        check(tc_date_valid(d));
    else
        check(d.prec == TC_DATE_NONE);

    /* an article date from the first two bytes (a year 1900-2155, any month, days 1-28), made
     * through the parser; 0xff first: no article date; 0xfe, 0xfd: the calendar's two ends */
    tc_date ref = {0};
    if (size >= 2 && data[0] == 0xfe) {
        check(tc_when_parse_date("9999-12-31", 10, &ref) == TC_OK);
    } else if (size >= 2 && data[0] == 0xfd) {
        check(tc_when_parse_date("0001-01-01", 10, &ref) == TC_OK);
    } else if (size >= 2 && data[0] != 0xff) {
        char iso[32];
        snprintf(iso, sizeof iso, "%d-%02d-%02d", 1900 + data[0], 1 + data[1] % 12,
                 1 + data[1] % 28);
        check(tc_when_parse_date(iso, strlen(iso), &ref) == TC_OK);
    }
    size_t n;
    char *clean = tc_utf8_clean(a, (const char *)data, size, &n);
    tc_text t;
    check(tc_text_analyze(clean, n, a, &t) == TC_OK);
    for (uint32_t s = 0; s < t.nsents; s++) check_sentence(&t, s, ref, a);
    return 0;
}
