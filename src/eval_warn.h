/* eval_warn: the early-warning detector measured (tocsin eval warn).
 *
 * Synthetic streams: a deterministic generator (own PRNG, fixed seed) makes background news
 * for many countries, a day's volume swinging by weekday, holidays and noise, conflict counts
 * overdispersed around a rate per article, coder noise in every risk factor, and injects
 * escalations of chosen shape in some of them: a step (the conflict rate doubles), a slow
 * ramp (to three times over 60 days), a one-day spike (four times the conflict and eight
 * outlets reporting a blockade on one day, added to a stable stream and compared with it:
 * it must raise no siege alert), a siege (a
 * blockade reported on about half the days, access denied from the tenth). It measures the
 * detection delay of each shape and the false alarms per country-year of the stable ones.
 *
 * Replay: a JSONL corpus coded day by day into a new store, as if it arrived live, the alerts
 * refreshed after each day with only that day and the days before: what was known when. */
#ifndef TC_EVAL_WARN_H
#define TC_EVAL_WARN_H

#include "warn.h"

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint64_t seed;
    size_t countries; /* per shape, and stable ones */
    int days;         /* per stream */
} tc_eval_warn_opts;

typedef struct {
    size_t n, detected;              /* streams of the shape, and those detected within 60 days */
    double median_delay, mean_delay; /* days from the onset to the first alert (detected) */
    double median_delay_all;         /* with the missed ones counted as never (INFINITY) */
} tc_eval_shape;

typedef struct {
    tc_eval_shape step, ramp, siege;
    double country_years;    /* of the stable streams, after the warm-up */
    size_t false_escalation; /* escalation alerts opened on stable streams */
    size_t false_rule;       /* siege and risk alerts opened on stable streams */
    size_t spike_n;          /* spike streams */
    size_t spike_siege;      /* siege alerts the spike raised (the stream without it has none) */
    size_t spike_escalation; /* spike streams whose spike raised an escalation alert */
    size_t siege_warning;    /* siege streams whose siege reached the warning level */
} tc_eval_warn_result;

/* Runs the synthetic evaluation with the risk factors rt (one factor of each siege role is
 * fed) and parameters p. Deterministic for a seed. Never fails. */
void tc_eval_warn_synthetic(const tc_eval_warn_opts *o, const tc_risk_table *rt,
                            const tc_warn_params *p, tc_eval_warn_result *r);

/* `tocsin eval warn [--seed N] [--countries N] [--replay CORPUS.jsonl [--db FILE]]
 * [--data DIR]`; argv[0] is "warn". Exit status 0, 1 on a runtime error, 2 on usage. */
int tc_eval_warn_cli(int argc, char **argv);

#endif
