/* series: the daily early-warning series, kept in the store (tables of schema 8).
 *
 * Per day (the article's date: what was known that day, never an event's own date), per
 * country (every country an event's source, target or place belongs to), per directed dyad
 * (source side > target side, story.h tc_story_side) and per place (the gazetteer's name of a
 * point or subdivision): events by quad class (n1..n4), the same counted once per
 * independent outlet, story, dyad and CAMEO root (w1..w4: a near copy counts for nothing, ten
 * sentences of one article on one event count once), the Goldstein sums of conflict
 * (negative) and cooperation (positive) events, and the articles with an event of the
 * subject. warn_volume holds each day's articles (originals and copies) and outlets: the
 * series divided by it are rates. warn_factor holds, per country and day, the independent
 * outlets reporting each risk factor (warn.h) with that country's side as the doer.
 *
 * Counting rules: negated and hypothetical events never count (they are not stored unless
 * --keep-flagged, and are skipped here too), nor events flagged past (a report today of
 * something long ago is not today's signal); events in reported speech count (most news is
 * reported), once per outlet. Updated incrementally: the days of articles (and copies) added
 * since the last update are recomputed whole; a changed risk-factor file recomputes every
 * day. */
#ifndef TC_SERIES_H
#define TC_SERIES_H

#include "err.h"
#include "store.h"
#include "warn.h"

#include <stddef.h>
#include <stdint.h>

/* Brings the series of s up to date with the articles stored (its own write batch: call
 * outside begin/commit). *days gets the number of days recomputed (may be NULL). 0, or TC_EDB
 * with err filled. One thread per store. */
int tc_series_update(tc_store *s, const tc_risk_table *rt, size_t *days, tc_err *err);

/* The first and last day with articles (tc_when_days); 0 when there are none, 1 when the store
 * holds no dated article, TC_EDB on failure. */
int tc_series_span(tc_store *s, int32_t *first, int32_t *last, tc_err *err);

/* Calls fn for each subject of kind ("country", "dyad", "place") in code order, or only for
 * the subjects listed in only[0..nonly) when only is not NULL, with its days from first to
 * last (one per day, no gap; a day with nothing is zeros with the day's volume) and the
 * factor reports (countries only). The array is borrowed for the call. Stops when fn returns
 * non-zero and returns that; else 0, or TC_EDB. */
int tc_series_each(tc_store *s, const tc_risk_table *rt, const char *kind, int32_t first,
                   int32_t last, const char *const *only, size_t nonly,
                   int (*fn)(const char *subject, const tc_warn_day *days, size_t n, void *ctx),
                   void *ctx, tc_err *err);

/* "YYYY-MM-DD" of a day number into out[11]; the day number of such a string, or INT32_MIN
 * when it is not one. */
void tc_series_date(int32_t day, char out[11]);
int32_t tc_series_day(const char *date);

#endif
