/* alerts: the detector of warn.h run over the series of series.h, the alerts kept in the store
 * with their evidence, the watch-list, and the commands that show them.
 *
 * A refresh brings the series up to date, runs the detector over every country (escalation,
 * siege, risk factors) and over each watched dyad and place (escalation), and replaces the
 * stored alerts by what it found: alerts are a function of the stored articles, so the same
 * input gives the same alerts with the same ids (tc_hash64 of kind, factor, subject and first
 * day). Each alert keeps its changes of level (alert_levels) and its evidence: up to
 * TC_ALERT_EVIDENCE events, the first report and the latest ones of distinct stories and
 * outlets, one of each factor reported (alert_evidence). What it compares with what was
 * stored before are its changes: new alerts and alerts whose level rose. */
#ifndef TC_ALERTS_H
#define TC_ALERTS_H

#include "err.h"
#include "store.h"
#include "warn.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define TC_ALERT_EVIDENCE 6

typedef struct {
    char id[17];
    char kind[16], factor[24], subject_kind[8], subject[64];
    int level, max_level, before;         /* before: the stored max level, 0 for a new alert */
    char first[11], last[11], closed[11]; /* closed "" while open */
} tc_alert_change;

/* Refreshes the alerts of s (its own write batches) with the days up to upto (a day number;
 * INT32_MAX: every stored day), the risk factors rt and the parameters p. Changes (new and
 * escalated alerts) go to *changes (a new array the caller frees, *nchanges long; NULL: not
 * wanted). 0, or TC_EDB with err filled. One thread per store. */
int tc_alerts_refresh(tc_store *s, const tc_risk_table *rt, const tc_warn_params *p, int32_t upto,
                      tc_alert_change **changes, size_t *nchanges, tc_err *err);

/* One line for a change: "new siege AZE: watch since 2022-12-12 [id]". */
void tc_alerts_print_change(FILE *out, const tc_alert_change *c);

/* `tocsin alerts` and `tocsin watch` (argv[0] is the command's name): exit status 0, 1 on a
 * runtime error, 2 on a usage error. */
int tc_alerts_cli(int argc, char **argv);
int tc_watch_cli(int argc, char **argv);

/* After `tocsin run` into db_path: refreshes its alerts with the risk factors of datadir and
 * prints the new and escalated ones on out. 0, or 1 after a message on stderr. */
int tc_alerts_after_run(const char *db_path, const char *datadir, FILE *out);

#endif
