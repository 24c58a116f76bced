/* eval_warn: synthetic streams and the day-by-day replay (see eval_warn.h).
 *
 * The generator is splitmix64 with Box-Muller normals and Poisson counts by inversion (in
 * pieces of mean at most 30), so a seed gives the same streams on every machine. One volume
 * series is shared by all countries of a run; each stream is then made, run through
 * tc_warn_detect, and scored. */
#include "eval_warn.h"

#include "alerts.h"
#include "arena.h"
#include "pipeline.h"
#include "series.h"
#include "when.h"

#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define WARMUP    120 /* days before anything is scored: the baselines fill */
#define MAX_DELAY 60  /* an onset not seen within this many days is missed */

/* ---- the generator ---- */

typedef struct {
    uint64_t s;
} rng;

static uint64_t next_u64(rng *r)
{
    uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static double uniform(rng *r)
{
    return ((next_u64(r) >> 11) + 0.5) * 0x1p-53;
}

static double normal(rng *r)
{
    return sqrt(-2 * log(uniform(r))) * cos(6.283185307179586 * uniform(r));
}

static double poisson(rng *r, double mu)
{
    double k = 0;
    for (; mu > 30; mu -= 30) k += poisson(r, 30);
    if (mu <= 0) return k;
    double l = exp(-mu), p = 1;
    int n = -1;
    do {
        n++;
        p *= uniform(r);
    } while (p > l);
    return k + n;
}

/* A lognormal factor of mean 1 and spread sigma. */
static double lognormal(rng *r, double sigma)
{
    return exp(sigma * normal(r) - sigma * sigma / 2);
}

/* The day's news volume: 2,000 articles on an average weekday, weekends lower, twelve
 * holidays a year at 40% (60% the day after), 10% noise. */
static void make_volume(rng *r, double *v, int days)
{
    static const double weekday[7] = {1.0, 1.05, 1.05, 1.0, 0.95, 0.6, 0.55};
    static const int holiday[12] = {0, 45, 89, 120, 150, 185, 220, 243, 280, 310, 330, 358};
    for (int d = 0; d < days; d++) {
        double f = weekday[d % 7];
        for (int h = 0; h < 12; h++) {
            if (d % 365 == holiday[h]) f *= 0.4;
            if (d % 365 == holiday[h] + 1) f *= 0.6;
        }
        v[d] = floor(2000 * f * lognormal(r, 0.1) + 0.5);
    }
}

enum { SHAPE_STABLE, SHAPE_STEP, SHAPE_RAMP, SHAPE_SPIKE, SHAPE_SIEGE };

typedef struct {
    int blockade, access;      /* factor indexes of those roles, -1 when none */
    double noise[TC_RISK_MAX]; /* coder noise: reports per conflict event */
} factor_map;

static factor_map map_factors(const tc_risk_table *rt)
{
    factor_map m = {.blockade = -1, .access = -1};
    for (size_t k = 0; k < rt->n; k++) {
        const tc_risk_factor *f = &rt->f[k];
        if (f->kind == TC_RISK_FACTOR && f->siege == TC_SIEGE_BLOCKADE && m.blockade < 0)
            m.blockade = (int)k;
        if (f->kind == TC_RISK_FACTOR && f->siege == TC_SIEGE_ACCESS && m.access < 0)
            m.access = (int)k;
        m.noise[k] = f->siege == TC_SIEGE_ACCESS ? 0.003 : 0.01;
    }
    return m;
}

/* One country's stream with shape injected at day t0. */
static void make_stream(rng *r, const double *vol, int days, int shape, int t0,
                        const factor_map *fm, size_t nf, tc_warn_day *out)
{
    /* conflict events per article: 4 to 80 a day at the average volume, log-uniform */
    double rate = exp(log(4.0) + uniform(r) * log(80.0 / 4.0)) / 2000;
    for (int d = 0; d < days; d++) {
        tc_warn_day *x = &out[d];
        memset(x, 0, sizeof *x);
        x->day = d;
        x->volume = vol[d];
        double mult = 1;
        if (shape == SHAPE_STEP && d >= t0) mult = 2;
        if (shape == SHAPE_RAMP && d >= t0) mult = 1 + 2 * fmin(1.0, (d - t0) / 60.0);
        double mu = vol[d] * rate * lognormal(r, 0.2) * mult;
        x->conflict = poisson(r, mu);
        x->articles = poisson(r, vol[d] * rate * 1.5);
        for (size_t k = 0; k < nf; k++) x->factor[k] = poisson(r, vol[d] * rate * fm->noise[k]);
        if (shape == SHAPE_SIEGE && d >= t0 && d < t0 + 90) {
            if (fm->blockade >= 0 && uniform(r) < 0.5) x->factor[fm->blockade] += 1 + poisson(r, 1);
            if (fm->access >= 0 && d >= t0 + 10 && uniform(r) < 0.3)
                x->factor[fm->access] += 1 + poisson(r, 0.5);
        }
    }
}

/* ---- scoring ---- */

static int32_t opened(const tc_warn_alert *a)
{
    return a->nsteps ? a->step_day[0] : a->first;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median_of(double *x, size_t n)
{
    if (!n) return NAN;
    qsort(x, n, sizeof *x, cmp_d);
    return n % 2 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
}

static void finish_shape(tc_eval_shape *s, double *delays, size_t n)
{
    double sum = 0;
    size_t found = 0;
    for (size_t i = 0; i < n; i++)
        if (isfinite(delays[i])) sum += delays[i], found++;
    s->n = n;
    s->detected = found;
    s->mean_delay = found ? sum / (double)found : NAN;
    s->median_delay_all = median_of(delays, n); /* sorted: the finite ones come first */
    s->median_delay = median_of(delays, found);
}

/* The delay to the first alert of kind opened at or after t0 (INFINITY when none within
 * MAX_DELAY days); *warning is set when it reached the warning level within that time. */
static double delay_to(const tc_warn_alert *a, size_t n, int kind, int t0, int *warning)
{
    for (size_t i = 0; i < n; i++) {
        if (a[i].kind != kind || opened(&a[i]) < t0) continue;
        if (opened(&a[i]) - t0 > MAX_DELAY) break;
        if (warning) {
            for (size_t s = 0; s < a[i].nsteps; s++)
                if (a[i].step_level[s] >= TC_LEVEL_WARNING && a[i].step_day[s] - t0 <= MAX_DELAY)
                    *warning = 1;
        }
        return opened(&a[i]) - t0;
    }
    return INFINITY;
}

/* Whether alerts a hold one of kind opened on day at. */
static int has_alert(const tc_warn_alert *a, size_t n, int kind, int32_t at)
{
    for (size_t i = 0; i < n; i++)
        if (a[i].kind == kind && opened(&a[i]) == at) return 1;
    return 0;
}

/* The spike against its counterfactual: the same stream (d, whose alerts are a) with four
 * times the conflict and eight more blockade reports on day t0. Counted: the siege alerts
 * opened while the spike is in the factor window, and the escalation alerts on the spike's
 * day or the next, that the stream without it does not have. */
static void score_spike(const tc_warn_day *d, size_t days, int t0, const factor_map *fm,
                        const tc_risk_table *rt, const tc_warn_params *p, const tc_warn_alert *a,
                        size_t na, tc_eval_warn_result *res)
{
    tc_warn_day *e = tc_xmalloc(days * sizeof *e);
    memcpy(e, d, days * sizeof *e);
    e[t0].conflict *= 4;
    if (fm->blockade >= 0) e[t0].factor[fm->blockade] += 8;
    tc_warn_alert *b;
    size_t nb;
    tc_warn_detect(e, days, rt, p, 1, &b, &nb);
    res->spike_n++;
    int escalated = 0;
    for (size_t i = 0; i < nb; i++) {
        int32_t at = opened(&b[i]);
        if (has_alert(a, na, b[i].kind, at)) continue;
        if (b[i].kind == TC_ALERT_SIEGE && at >= t0 && at < t0 + p->factor_window)
            res->spike_siege++;
        if (b[i].kind == TC_ALERT_ESCALATION && at >= t0 && at <= t0 + 1) escalated = 1;
    }
    res->spike_escalation += escalated;
    free(b);
    free(e);
}

void tc_eval_warn_synthetic(const tc_eval_warn_opts *o, const tc_risk_table *rt,
                            const tc_warn_params *p, tc_eval_warn_result *res)
{
    memset(res, 0, sizeof *res);
    rng r = {o->seed};
    int days = o->days;
    double *vol = tc_xmalloc((size_t)days * sizeof *vol);
    make_volume(&r, vol, days);
    factor_map fm = map_factors(rt);
    tc_warn_day *d = tc_xmalloc((size_t)days * sizeof *d);
    size_t n = o->countries;
    double *delays[3];
    for (int i = 0; i < 3; i++) delays[i] = tc_xmalloc((n ? n : 1) * sizeof(double));
    for (int shape = SHAPE_STABLE; shape <= SHAPE_SIEGE; shape++) {
        for (size_t c = 0; c < n; c++) {
            int t0 = WARMUP + 60 + (int)(uniform(&r) * (days - WARMUP - 60 - 90));
            make_stream(&r, vol, days, shape, t0, &fm, rt->n, d);
            tc_warn_alert *a;
            size_t na;
            tc_warn_detect(d, (size_t)days, rt, p, 1, &a, &na);
            int warning = 0;
            if (shape == SHAPE_STABLE) {
                for (size_t i = 0; i < na; i++) {
                    if (opened(&a[i]) < WARMUP) continue;
                    if (a[i].kind == TC_ALERT_ESCALATION)
                        res->false_escalation++;
                    else
                        res->false_rule++;
                }
                res->country_years += (days - WARMUP) / 365.0;
            } else if (shape == SHAPE_STEP || shape == SHAPE_RAMP) {
                delays[shape - SHAPE_STEP][c] = delay_to(a, na, TC_ALERT_ESCALATION, t0, NULL);
            } else if (shape == SHAPE_SPIKE) {
                score_spike(d, (size_t)days, t0, &fm, rt, p, a, na, res);
            } else {
                delays[2][c] = delay_to(a, na, TC_ALERT_SIEGE, t0, &warning);
                res->siege_warning += warning;
            }
            free(a);
        }
    }
    finish_shape(&res->step, delays[0], n);
    finish_shape(&res->ramp, delays[1], n);
    finish_shape(&res->siege, delays[2], n);
    for (int i = 0; i < 3; i++) free(delays[i]);
    free(d);
    free(vol);
}

/* ---- the replay ---- */

typedef struct {
    int32_t day;
    char *line;
} rec;

static int cmp_rec(const void *a, const void *b)
{
    const rec *x = a, *y = b;
    return (x->day > y->day) - (x->day < y->day);
}

/* The day of a JSONL record (its "date", "published" or "pubDate"), INT32_MIN when none. */
static int32_t record_day(const char *line)
{
    json_t *j = json_loads(line, JSON_DISABLE_EOF_CHECK, NULL);
    int32_t day = INT32_MIN;
    static const char *const keys[] = {"date", "published", "pubDate"};
    for (int i = 0; j && i < 3 && day == INT32_MIN; i++) {
        const char *s = json_string_value(json_object_get(j, keys[i]));
        tc_date dt;
        if (s && tc_when_parse_date(s, strlen(s), &dt) == 0 && dt.day)
            day = tc_when_days(dt.year, dt.month, dt.day);
    }
    json_decref(j);
    return day;
}

static rec *read_records(const char *path, size_t *n, size_t *undated)
{
    FILE *f = fopen(path, "r");
    if (!f) return NULL;
    rec *v = NULL;
    size_t cap = 0, len = 0;
    char *line = NULL;
    *n = *undated = 0;
    ssize_t got;
    while ((got = getline(&line, &len, f)) > 0) {
        if (line[0] == '\n') continue;
        int32_t day = record_day(line);
        if (day == INT32_MIN) {
            (*undated)++;
            continue;
        }
        if (*n == cap) v = tc_xrealloc(v, (cap = cap ? 2 * cap : 64) * sizeof *v);
        v[*n].day = day;
        v[(*n)++].line = tc_xstrdup(line);
    }
    free(line);
    fclose(f);
    if (!v) v = tc_xmalloc(1);
    /* a stable sort keeps the corpus order within a day */
    for (size_t i = 1; i < *n; i++)
        for (size_t j = i; j > 0 && cmp_rec(&v[j], &v[j - 1]) < 0; j--) {
            rec t = v[j];
            v[j] = v[j - 1];
            v[j - 1] = t;
        }
    return v;
}

static void quiet_diag(const tc_diag *d, void *ctx)
{
    (void)d;
    (*(size_t *)ctx)++;
}

/* Codes one day's records into db, then refreshes the alerts up to that day and prints what
 * changed. */
static int replay_day(const tc_engine *e, const char *db, const char *dir, const rec *r, size_t n,
                      const tc_risk_table *rt, const tc_warn_params *p, size_t *failed,
                      size_t *changes)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/day.jsonl", dir);
    FILE *f = fopen(path, "w");
    if (!f) return -1;
    for (size_t i = 0; i < n; i++) fputs(r[i].line, f);
    if (fclose(f)) return -1;
    const char *inputs[] = {path};
    tc_run_opts ro = {.diag = quiet_diag, .notice = quiet_diag, .dctx = failed};
    tc_run_stats st;
    tc_err err = {0};
    if (tc_run(e, db, inputs, 1, &ro, &st, &err) < 0) {
        fprintf(stderr, "tocsin eval warn: %s\n", err.msg);
        return -1;
    }
    tc_store *s = tc_store_open(db, 0, &err);
    if (!s) return -1;
    tc_alert_change *ch;
    size_t nch;
    int rc = tc_alerts_refresh(s, rt, p, r[0].day, &ch, &nch, &err);
    char day[11];
    tc_series_date(r[0].day, day);
    for (size_t i = 0; rc == TC_OK && i < nch; i++) {
        printf("  %s: ", day);
        tc_alerts_print_change(stdout, &ch[i]);
    }
    *changes += nch;
    free(ch);
    tc_store_close(s);
    return rc;
}

static int replay(const char *corpus, const char *db, const char *data, const tc_risk_table *rt,
                  const tc_warn_params *p)
{
    size_t n, undated, failed = 0, changes = 0;
    rec *r = read_records(corpus, &n, &undated);
    if (!r) {
        fprintf(stderr, "tocsin eval warn: %s: cannot read\n", corpus);
        return 1;
    }
    char dir[] = "/tmp/tocsin-replay-XXXXXX";
    tc_err err = {0};
    tc_engine *e = mkdtemp(dir) ? tc_engine_load(tc_datadir(data), NULL, NULL, &err) : NULL;
    int rc = e ? 0 : 1;
    if (!e) fprintf(stderr, "tocsin eval warn: %s\n", err.msg[0] ? err.msg : "no temporary folder");
    if (!rc) {
        unlink(db);
        printf("replay of %s, day by day into %s: %zu records (%zu without a date left out)\n",
               corpus, db, n, undated);
    }
    size_t days = 0;
    for (size_t i = 0; !rc && i < n;) {
        size_t j = i;
        while (j < n && r[j].day == r[i].day) j++;
        rc = replay_day(e, db, dir, r + i, j - i, rt, p, &failed, &changes) < 0;
        days++;
        i = j;
    }
    if (!rc)
        printf("  %zu days replayed, %zu alert changes (new or escalated) seen live, %zu records"
               " with a diagnostic\n",
               days, changes, failed);
    char path[4200];
    snprintf(path, sizeof path, "%s/day.jsonl", dir);
    unlink(path);
    rmdir(dir);
    tc_engine_free(e);
    for (size_t i = 0; i < n; i++) free(r[i].line);
    free(r);
    return rc;
}

/* ---- the command ---- */

static const char usage[] =
    "Usage: tocsin eval warn [--seed N] [--countries N] [--days N] [--data DIR]\n"
    "       tocsin eval warn --replay CORPUS.jsonl [--db FILE] [--data DIR]\n"
    "Synthetic streams (deterministic for a seed: 2026, 100 countries per shape, 730 days):\n"
    "detection delay of a doubling, a ramp and a siege, false alarms per country-year on\n"
    "stable streams with weekly and holiday volume swings, and whether a one-day spike\n"
    "raises a siege alert. --replay: the corpus coded day by day into FILE (a new store,\n"
    "default /tmp/tocsin-replay.db), the alerts refreshed after each day with only the news\n"
    "of that day and before; every new or escalated alert printed on the day it was known.\n";

static void print_shape(const char *name, const tc_eval_shape *s)
{
    printf("  %-34s %zu streams, %zu detected within %d days, median delay %.1f days"
           " (mean %.1f; counting the missed as never: %s%.1f)\n",
           name, s->n, s->detected, MAX_DELAY, s->median_delay, s->mean_delay,
           isfinite(s->median_delay_all) ? "" : "never ",
           isfinite(s->median_delay_all) ? s->median_delay_all : 0.0);
}

static void synthetic(const tc_eval_warn_opts *o, const tc_risk_table *rt, const tc_warn_params *p)
{
    tc_eval_warn_result r;
    tc_eval_warn_synthetic(o, rt, p, &r);
    printf("synthetic streams, seed %llu: %zu countries of each shape, %d days each (the first"
           " %d a warm-up)\n",
           (unsigned long long)o->seed, o->countries, o->days, WARMUP);
    print_shape("step (conflict doubles):", &r.step);
    print_shape("ramp (to 3x over 60 days):", &r.ramp);
    print_shape("siege (blockade, access denied):", &r.siege);
    printf("  %-34s %zu of %zu reached the warning level within %d days\n", "", r.siege_warning,
           r.siege.n, MAX_DELAY);
    printf("  %-34s siege alerts it raised %zu in %zu streams; escalation alerts %zu\n",
           "one-day spike (4x, 8 blockades):", r.spike_siege, r.spike_n, r.spike_escalation);
    printf("  %-34s escalation %.2f per country-year (%zu in %.0f), siege and risk %.2f"
           " (%zu)\n",
           "stable, false alarms:", r.country_years ? r.false_escalation / r.country_years : 0,
           r.false_escalation, r.country_years,
           r.country_years ? r.false_rule / r.country_years : 0, r.false_rule);
}

static int whole(const char *opt, const char *v, unsigned long long max, unsigned long long *out)
{
    char *end;
    unsigned long long x = strtoull(v, &end, 10);
    if (!*v || *end || v[0] == '-' || x > max) {
        fprintf(stderr, "tocsin eval warn: %s '%s': a whole number up to %llu\n", opt, v, max);
        return -1;
    }
    *out = x;
    return 0;
}

int tc_eval_warn_cli(int argc, char **argv)
{
    tc_eval_warn_opts o = {.seed = 2026, .countries = 100, .days = 730};
    const char *replay_path = NULL, *db = "/tmp/tocsin-replay.db", *data = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        unsigned long long x;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(usage, stdout);
            return 0;
        }
        if (!v) {
            fprintf(stderr, "tocsin eval warn: unexpected '%s'\n%s", a, usage);
            return 2;
        }
        i++;
        if (!strcmp(a, "--replay"))
            replay_path = v;
        else if (!strcmp(a, "--db"))
            db = v;
        else if (!strcmp(a, "--data"))
            data = v;
        else if (!strcmp(a, "--seed") && !whole(a, v, ULLONG_MAX, &x))
            o.seed = x;
        else if (!strcmp(a, "--countries") && !whole(a, v, 100000, &x) && x)
            o.countries = x;
        else if (!strcmp(a, "--days") && !whole(a, v, 100000, &x) && x >= 400)
            o.days = (int)x;
        else {
            fprintf(stderr, "tocsin eval warn: bad option '%s %s' (--days: at least 400)\n%s", a, v,
                    usage);
            return 2;
        }
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/risk-factors.txt", tc_datadir(data));
    tc_risk_table rt;
    tc_err err = {0};
    if (tc_risk_load(path, &rt, NULL, NULL, &err) < 0) {
        fprintf(stderr, "tocsin eval warn: %s\n", err.msg);
        return 1;
    }
    tc_warn_params p;
    tc_warn_defaults(&p);
    if (replay_path) return replay(replay_path, db, data, &rt, &p);
    synthetic(&o, &rt, &p);
    return 0;
}
