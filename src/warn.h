/* warn: early warning from daily series. Pure computation, no SQLite (series.h keeps the
 * series and alerts in the store; eval_warn.h measures this module on synthetic streams).
 *
 * Three parts. The formulas: robust z over a window ((x - median) / (1.4826 MAD)), Poisson
 * and binomial surprise (-log10 P(X >= x)), the CUSUM step. The atrocity risk factors: CAMEO
 * code groups read from data/risk-factors.txt (an analyst edits it; docs/warning.md). The
 * detector: one subject's days in order (tc_warn_day), a state machine per alert kind that
 * opens, escalates, eases and closes alerts (tc_warn_alert). Every formula and threshold is in
 * docs/warning.md. Deterministic: the same days give the same alerts. */
#ifndef TC_WARN_H
#define TC_WARN_H

#include "err.h"

#include <stddef.h>
#include <stdint.h>

/* ---- formulas ---- */

/* The median of x[0..n-1] (n > 0; 0 for n == 0); x is left as it was. */
double tc_warn_median(const double *x, size_t n);
/* The median absolute deviation from the median (unscaled). */
double tc_warn_mad(const double *x, size_t n);
/* (v - median) / max(1.4826 MAD, floor) over the window x[0..n-1]; 0 when n == 0 or the
 * scale is 0 (floor 0 and a flat window) and v is the median, +-1e9 when only v differs. */
double tc_warn_robust_z(double v, const double *x, size_t n, double floor);
/* -log10 P(X >= x) for X ~ Poisson(mu): 0 when x <= 0; mu <= 0 and x > 0 gives 300
 * (impossible under the baseline; capped). Accurate in the far tail (log space). */
double tc_warn_poisson_surprise(double x, double mu);
/* -log10 P(X >= x) for X ~ Binomial(n, p), x and n whole, 0 <= p <= 1; 0 when x <= 0, 300
 * when x > n or p == 0 < x (capped). */
double tc_warn_binomial_surprise(double x, double n, double p);
/* One CUSUM step: max(0, s + z - k). */
double tc_warn_cusum(double s, double z, double k);

/* ---- risk factors ---- */

#define TC_RISK_MAX   16 /* factors in one file */
#define TC_RISK_CODES 24 /* code patterns in one factor */

enum {
    TC_RISK_FACTOR = 0, /* raises the risk */
    TC_RISK_EASING = 1, /* lowers the level ("ease blockade", "allow aid") */
};

/* The role a factor gives in the siege indicator (data/risk-factors.txt "role="). */
enum {
    TC_SIEGE_NONE = 0,
    TC_SIEGE_BLOCKADE, /* the blockade itself */
    TC_SIEGE_ACCESS,   /* denial of humanitarian access */
    TC_SIEGE_TRIGGER,  /* raises an ongoing siege to the top level (RF 8 triggers) */
    TC_SIEGE_ATROCITY, /* a trigger that also opens an alert of its own (an atrocity itself) */
};

typedef struct {
    char code[8];   /* a CAMEO code prefix: "144" matches 144 and 1441..1444 */
    char target[8]; /* a role the target's code must hold ("CVL"), "" for any */
} tc_risk_code;

typedef struct {
    char name[24];  /* "blockade" */
    char rf[48];    /* "7.7 7.10 7.11 14": the Framework's risk factors / indicators */
    char label[96]; /* "blockade and restriction of movement" */
    int kind;       /* TC_RISK_FACTOR or TC_RISK_EASING */
    int siege;      /* TC_SIEGE_* */
    tc_risk_code codes[TC_RISK_CODES];
    size_t ncodes;
} tc_risk_factor;

#define TC_RISK_CIVIL 24 /* roles in the civil-society line */

typedef struct {
    tc_risk_factor f[TC_RISK_MAX];
    size_t n;
    /* roles ("CVL", "AGR") whose doers are civil society: the factors are the conduct of
     * states and organised armed groups, so their events never count (the "@civil" line) */
    char civil[TC_RISK_CIVIL][4];
    size_t ncivil;
    uint64_t hash; /* of the factors as read: the stored factor series depend on it */
} tc_risk_table;

/* Reads the factors from text (len bytes, not NUL-terminated; docs/warning.md has the
 * format). A malformed line is reported through diag (input "NAME:LINE", stage "risk") and
 * skipped; the rest is read. TC_OK, or TC_EPARSE with err filled when no factor was read.
 * Never reads outside text. Thread-safe. */
int tc_risk_parse(const char *text, size_t len, const char *name, tc_risk_table *t, tc_diag_fn diag,
                  void *dctx, tc_err *err);
/* The same from a file (DATADIR/risk-factors.txt); TC_EIO when it cannot be read. */
int tc_risk_load(const char *path, tc_risk_table *t, tc_diag_fn diag, void *dctx, tc_err *err);
/* Whether an event coded code with target tgt_code ("" for none) is evidence of factor f. */
int tc_risk_match(const tc_risk_factor *f, const char *code, const char *tgt_code);
/* Whether an event of source src_code may be evidence of a factor: not when a role of the
 * code (its three-letter parts after the first) is one of rt's civil-society roles
 * ("FRAAGR": farmers blocking a road are a protest, not a siege). */
int tc_risk_doer(const tc_risk_table *rt, const char *src_code);

/* ---- the detector ---- */

/* One subject's day: what the series give for it (series.h). */
typedef struct {
    int32_t day;                /* tc_when_days */
    double volume;              /* articles stored for that day, every outlet (news volume) */
    double conflict;            /* the subject's conflict events (quad 3, 4), one per
                                   independent outlet, story, dyad and root */
    double articles;            /* articles with an event of the subject */
    double factor[TC_RISK_MAX]; /* independent outlets reporting each factor, by the subject */
} tc_warn_day;

#define TC_WARN_MAX_WINDOW 366

typedef struct {
    /* escalation (statistical) */
    int window;        /* days of baseline before the day (56; at most TC_WARN_MAX_WINDOW) */
    int min_days;      /* days with news needed in the baseline (14) */
    double min_volume; /* articles needed in the baseline (200) */
    double z;          /* robust z to fire (4.5) */
    double surprise;   /* quasi-Poisson surprise to fire (4) */
    double min_count;  /* conflict events to fire (3) */
    double cusum_k;    /* CUSUM reference (1) */
    double cusum_h;    /* CUSUM decision threshold (5) */
    int cooldown;      /* quiet days before an escalation alert closes (7) */
    /* risk factors and siege */
    int factor_window;       /* days over which reports of a factor add up (14) */
    int base_window;         /* days of the factor's baseline before that (90) */
    double prior_events;     /* prior of the factor's baseline: reports ... (0.2) */
    double prior_articles;   /* ... per articles (500) */
    double factor_surprise;  /* Poisson surprise of a factor (and of its days) to open (3) */
    int risk_days;           /* days with reports for a trigger to open an alert alone (3) */
    int siege_days;          /* a blockade reported over this many days is a siege (30) */
    int silence_days;        /* a siege clears after this many days without a report ... (30) */
    double silence_articles; /* ... and this many articles on the subject (20) */
    int easing_days;         /* or this many days without a report after easing (14) */
} tc_warn_params;

/* The defaults above. */
void tc_warn_defaults(tc_warn_params *p);

enum { TC_ALERT_ESCALATION = 0, TC_ALERT_SIEGE = 1, TC_ALERT_RISK = 2 };
enum { TC_LEVEL_WATCH = 1, TC_LEVEL_WARNING = 2, TC_LEVEL_ALERT = 3 };

#define TC_ALERT_STEPS 8

typedef struct {
    int kind;                         /* TC_ALERT_* */
    int factor;                       /* TC_ALERT_RISK: the factor's index; else -1 */
    int32_t first, last;              /* the first day it fired, the last day with evidence */
    int32_t closed;                   /* the day it closed, 0 while open */
    int level, max_level;             /* TC_LEVEL_*: now and at most */
    int32_t step_day[TC_ALERT_STEPS]; /* each change of level: the day ... */
    int step_level[TC_ALERT_STEPS];   /* ... and the new level (the first TC_ALERT_STEPS) */
    size_t nsteps;
    double observed, expected, surprise, z, cusum; /* at the last day that raised the level */
    unsigned factors; /* bit i: factor i was reported while the alert was open */
    int report_days;  /* days with a report of the alert's factors */
    double outlets;   /* outlet-days reporting them */
} tc_warn_alert;

/* Runs the detector over one subject's days (n > 0, in order, one per day from days[0].day
 * to days[n-1].day with no gap) and returns the alerts it raised, oldest first, in a new
 * array (*out, the caller frees it; *nout its length; NULL and 0 when none). An alert still
 * open on the last day has closed == 0. statistics: 0 leaves the escalation (statistical)
 * alerts out. Never fails; thread-safe. */
void tc_warn_detect(const tc_warn_day *days, size_t n, const tc_risk_table *rt,
                    const tc_warn_params *p, int statistics, tc_warn_alert **out, size_t *nout);

/* "watch", "warning", "alert" for levels 1-3; "escalation", "siege", "risk" for kinds. */
const char *tc_warn_level_name(int level);
const char *tc_warn_kind_name(int kind);

#endif
