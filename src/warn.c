/* warn: the formulas, the risk-factor table and the detector (see warn.h).
 *
 * The detector walks one subject's days once. For each day it computes the escalation test
 * (robust z and Poisson surprise of the conflict rate against the window before, and a CUSUM
 * of the z), then the sums of each factor over the factor window against its baseline, and
 * feeds three state machines: the escalation alert, the siege alert and one risk alert per
 * factor. docs/warning.md gives every rule with its reason. */
#include "warn.h"

#include "arena.h"
#include "file.h"
#include "hash.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SURPRISE_CAP 300.0
#define MAD_SCALE    1.4826
#define Z_CLAMP      8.0 /* one huge day moves the CUSUM by at most this */

/* ---- formulas ---- */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median_sorted(const double *s, size_t n)
{
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

double tc_warn_median(const double *x, size_t n)
{
    if (n == 0) return 0;
    double *s = tc_xmalloc(n * sizeof *s);
    memcpy(s, x, n * sizeof *s);
    qsort(s, n, sizeof *s, cmp_double);
    double m = median_sorted(s, n);
    free(s);
    return m;
}

double tc_warn_mad(const double *x, size_t n)
{
    if (n == 0) return 0;
    double m = tc_warn_median(x, n);
    double *d = tc_xmalloc(n * sizeof *d);
    for (size_t i = 0; i < n; i++) d[i] = fabs(x[i] - m);
    double mad = tc_warn_median(d, n);
    free(d);
    return mad;
}

double tc_warn_robust_z(double v, const double *x, size_t n, double floor)
{
    if (n == 0) return 0;
    double m = tc_warn_median(x, n);
    double scale = MAD_SCALE * tc_warn_mad(x, n);
    if (scale < floor) scale = floor;
    if (scale <= 0) return v == m ? 0 : v > m ? 1e9 : -1e9;
    return (v - m) / scale;
}

/* log of the regularized lower incomplete gamma P(a, x), a > 0, x >= 0: the series below
 * a + 1, else 1 - Q by Lentz's continued fraction (Q is then small and P near 1). */
static double log_gamma_p(double a, double x)
{
    if (x <= 0) return -INFINITY;
    double lead = a * log(x) - x - lgamma(a);
    if (x < a + 1) {
        double term = 1 / a, sum = term;
        for (int k = 1; k < 10000; k++) {
            term *= x / (a + k);
            sum += term;
            if (term < sum * 1e-16) break;
        }
        return lead + log(sum);
    }
    double b = x + 1 - a, c = 1e300, d = 1 / b, h = d;
    for (int k = 1; k < 10000; k++) {
        double an = -k * (k - a);
        b += 2;
        d = an * d + b;
        if (fabs(d) < 1e-300) d = 1e-300;
        c = b + an / c;
        if (fabs(c) < 1e-300) c = 1e-300;
        d = 1 / d;
        double del = d * c;
        h *= del;
        if (fabs(del - 1) < 1e-16) break;
    }
    double q = exp(lead) * h;
    return log1p(-(q < 1 ? q : 1));
}

static double cap(double s)
{
    if (!(s > 0)) return 0;
    return s > SURPRISE_CAP ? SURPRISE_CAP : s;
}

/* P(X >= x) for Poisson(mu) is P(x, mu), the regularized lower incomplete gamma. */
double tc_warn_poisson_surprise(double x, double mu)
{
    x = ceil(x);
    if (x <= 0) return 0;
    if (mu <= 0) return SURPRISE_CAP;
    return cap(-log_gamma_p(x, mu) / log(10));
}

/* log of the continued fraction of the incomplete beta (Lentz). */
static double beta_cf(double a, double b, double x)
{
    double c = 1, d = 1 - (a + b) * x / (a + 1);
    if (fabs(d) < 1e-300) d = 1e-300;
    d = 1 / d;
    double h = d;
    for (int m = 1; m < 10000; m++) {
        double m2 = 2.0 * m;
        double an = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
        d = 1 + an * d;
        d = fabs(d) < 1e-300 ? 1e300 : 1 / d;
        c = 1 + an / c;
        if (fabs(c) < 1e-300) c = 1e-300;
        h *= d * c;
        an = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
        d = 1 + an * d;
        d = fabs(d) < 1e-300 ? 1e300 : 1 / d;
        c = 1 + an / c;
        if (fabs(c) < 1e-300) c = 1e-300;
        double del = d * c;
        h *= del;
        if (fabs(del - 1) < 1e-16) break;
    }
    return log(h);
}

/* log I_x(a, b), the regularized incomplete beta. */
static double log_beta_i(double a, double b, double x)
{
    if (x <= 0) return -INFINITY;
    if (x >= 1) return 0;
    double lead = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x);
    if (x < (a + 1) / (a + b + 2)) return lead + beta_cf(a, b, x) - log(a);
    double q = exp(lead + beta_cf(b, a, 1 - x) - log(b));
    return log1p(-(q < 1 ? q : 1));
}

/* P(X >= x) for Binomial(n, p) is I_p(x, n - x + 1). */
double tc_warn_binomial_surprise(double x, double n, double p)
{
    x = ceil(x);
    if (x <= 0) return 0;
    if (x > n || p <= 0) return SURPRISE_CAP;
    if (p >= 1) return 0;
    return cap(-log_beta_i(x, n - x + 1, p) / log(10));
}

double tc_warn_cusum(double s, double z, double k)
{
    double v = s + z - k;
    return v > 0 ? v : 0;
}

/* ---- risk factors ---- */

static const char *const kind_words[] = {"factor", "easing"};
static const char *const role_words[] = {"-", "blockade", "access", "trigger", "atrocity"};

typedef struct {
    const char *s;
    size_t n;
} word;

/* The next run of non-blank bytes of [*p, end), or n == 0 at the end. */
static word next_word(const char **p, const char *end)
{
    while (*p < end && (**p == ' ' || **p == '\t')) (*p)++;
    word w = {*p, 0};
    while (*p < end && **p != ' ' && **p != '\t') (*p)++;
    w.n = (size_t)(*p - w.s);
    return w;
}

static int word_in(word w, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strlen(list[i]) == w.n && !memcmp(list[i], w.s, w.n)) return (int)i;
    return -1;
}

/* "191", "144", "18@CVL": 2 to 4 digits, then optionally @ and three capitals. */
static int parse_code(word w, tc_risk_code *c)
{
    size_t d = 0;
    while (d < w.n && isdigit((unsigned char)w.s[d])) d++;
    if (d < 2 || d > 4) return -1;
    memset(c, 0, sizeof *c);
    memcpy(c->code, w.s, d);
    if (d == w.n) return 0;
    if (w.n != d + 4 || w.s[d] != '@') return -1;
    for (size_t i = d + 1; i < w.n; i++)
        if (w.s[i] < 'A' || w.s[i] > 'Z') return -1;
    memcpy(c->target, w.s + d + 1, 3);
    return 0;
}

/* One line "NAME KIND ROLE RF CODE... | LABEL" into f; a reason, or NULL when it is good. */
static const char *parse_line(const char *s, const char *end, tc_risk_factor *f)
{
    memset(f, 0, sizeof *f);
    const char *bar = memchr(s, '|', (size_t)(end - s));
    const char *fields_end = bar ? bar : end;
    word name = next_word(&s, fields_end), kind = next_word(&s, fields_end);
    word role = next_word(&s, fields_end), rf = next_word(&s, fields_end);
    if (!rf.n) return "a factor needs NAME KIND ROLE RF CODE...";
    if (name.n >= sizeof f->name) return "the name is too long";
    for (size_t i = 0; i < name.n; i++)
        if (!islower((unsigned char)name.s[i]) && name.s[i] != '-' && name.s[i] != '_')
            return "a name is lower-case letters, '-' and '_'";
    memcpy(f->name, name.s, name.n);
    if ((f->kind = word_in(kind, kind_words, 2)) < 0) return "the kind is factor or easing";
    if ((f->siege = word_in(role, role_words, 5)) < 0)
        return "the role is -, blockade, access, trigger or atrocity";
    if (rf.n >= sizeof f->rf) return "the risk-factor list is too long";
    memcpy(f->rf, rf.s, rf.n);
    for (word c = next_word(&s, fields_end); c.n; c = next_word(&s, fields_end)) {
        if (f->ncodes == TC_RISK_CODES) return "too many codes";
        if (parse_code(c, &f->codes[f->ncodes++]) < 0)
            return "a code is 2-4 digits, optionally @ROLE (three capitals)";
    }
    if (!f->ncodes) return "a factor needs at least one code";
    if (bar) {
        const char *l = bar + 1;
        while (l < end && (*l == ' ' || *l == '\t')) l++;
        size_t n = (size_t)(end - l);
        while (n && (l[n - 1] == ' ' || l[n - 1] == '\t')) n--;
        if (n >= sizeof f->label) n = sizeof f->label - 1;
        memcpy(f->label, l, n);
    }
    if (!f->label[0]) snprintf(f->label, sizeof f->label, "%s", f->name);
    return NULL;
}

/* "@civil CVL AGR ...": the civil-society roles, added only when the whole line is good; a
 * reason, or NULL. */
static const char *parse_civil(const char *s, const char *end, tc_risk_table *t)
{
    word key = next_word(&s, end);
    if (key.n != 6 || memcmp(key.s, "@civil", 6)) return "the only @ line is @civil ROLE...";
    size_t n = t->ncivil;
    for (word w = next_word(&s, end); w.n; w = next_word(&s, end)) {
        int good = w.n == 3;
        for (size_t i = 0; good && i < 3; i++) good = w.s[i] >= 'A' && w.s[i] <= 'Z';
        if (!good) return "a role is three capitals";
        if (n == TC_RISK_CIVIL) return "too many civil-society roles";
        memcpy(t->civil[n], w.s, 3);
        t->civil[n++][3] = 0;
    }
    t->ncivil = n;
    return NULL;
}

static void report(tc_diag_fn diag, void *dctx, const char *name, size_t line, const char *why)
{
    char where[300];
    snprintf(where, sizeof where, "%s:%zu", name, line);
    tc_diag d = {.input = where, .stage = "risk", .code = TC_EPARSE, .reason = why};
    (diag ? diag : tc_diag_print)(&d, dctx);
}

int tc_risk_parse(const char *text, size_t len, const char *name, tc_risk_table *t, tc_diag_fn diag,
                  void *dctx, tc_err *err)
{
    memset(t, 0, sizeof *t);
    t->hash = tc_hash64("risk", 4, 0);
    const char *p = text, *end = text + len;
    for (size_t line = 1; p < end; line++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *s = p;
        p = nl ? nl + 1 : end;
        while (s < le && (*s == ' ' || *s == '\t' || *s == '\r')) s++;
        while (le > s && (le[-1] == '\r' || le[-1] == ' ' || le[-1] == '\t')) le--;
        if (s == le || *s == '#') continue;
        if (*s == '@') {
            const char *why = parse_civil(s, le, t);
            if (why)
                report(diag, dctx, name, line, why);
            else
                t->hash = tc_hash64(s, (size_t)(le - s), t->hash);
            continue;
        }
        tc_risk_factor f;
        const char *why = parse_line(s, le, &f);
        for (size_t i = 0; !why && i < t->n; i++)
            if (!strcmp(t->f[i].name, f.name)) why = "a factor of this name is already defined";
        if (!why && t->n == TC_RISK_MAX) why = "too many factors";
        if (why) {
            report(diag, dctx, name, line, why);
            continue;
        }
        t->f[t->n++] = f;
        t->hash = tc_hash64(s, (size_t)(le - s), t->hash);
    }
    if (!t->n) return tc_err_set(err, TC_EPARSE, "%s: no risk factor read", name);
    return TC_OK;
}

int tc_risk_load(const char *path, tc_risk_table *t, tc_diag_fn diag, void *dctx, tc_err *err)
{
    size_t len;
    char *text = tc_file_read(path, 1 << 20, &len, err);
    if (!text) return err ? err->code : TC_EIO;
    int rc = tc_risk_parse(text, len, path, t, diag, dctx, err);
    free(text);
    return rc;
}

int tc_risk_match(const tc_risk_factor *f, const char *code, const char *tgt_code)
{
    for (size_t i = 0; i < f->ncodes; i++) {
        const tc_risk_code *c = &f->codes[i];
        if (strncmp(code, c->code, strlen(c->code))) continue;
        if (!c->target[0]) return 1;
        /* the role follows the country (ARMCVL) or stands alone (CVL) */
        if (strlen(tgt_code) >= 3 && strstr(tgt_code, c->target)) return 1;
    }
    return 0;
}

int tc_risk_doer(const tc_risk_table *rt, const char *src_code)
{
    size_t n = strlen(src_code);
    for (size_t off = 3; off + 3 <= n; off += 3)
        for (size_t i = 0; i < rt->ncivil; i++)
            if (!memcmp(src_code + off, rt->civil[i], 3)) return 0;
    return 1;
}

/* ---- the detector ---- */

void tc_warn_defaults(tc_warn_params *p)
{
    *p = (tc_warn_params){.window = 56,
                          .min_days = 14,
                          .min_volume = 200,
                          .z = 4.5,
                          .surprise = 4,
                          .min_count = 3,
                          .cusum_k = 1,
                          .cusum_h = 5,
                          .cooldown = 7,
                          .factor_window = 14,
                          .base_window = 90,
                          .prior_events = 0.2,
                          .prior_articles = 500,
                          .factor_surprise = 3,
                          .risk_days = 3,
                          .siege_days = 30,
                          .silence_days = 30,
                          .silence_articles = 20,
                          .easing_days = 14};
}

const char *tc_warn_level_name(int level)
{
    static const char *const names[] = {"none", "watch", "warning", "alert"};
    return level >= 0 && level <= 3 ? names[level] : "?";
}

const char *tc_warn_kind_name(int kind)
{
    static const char *const names[] = {"escalation", "siege", "risk"};
    return kind >= 0 && kind <= 2 ? names[kind] : "?";
}

/* The sums of one factor (or a set of them, mask) over the factor window ending at day i. */
typedef struct {
    double reports;                      /* outlet-days in the window */
    int days;                            /* days with a report */
    double expected, surprise;           /* of the reports */
    double expected_days, days_surprise; /* of the days with a report */
} factor_sum;

static double day_factor(const tc_warn_day *d, unsigned mask)
{
    double s = 0;
    for (int k = 0; k < TC_RISK_MAX; k++)
        if (mask >> k & 1) s += d->factor[k];
    return s;
}

static factor_sum sum_factor(const tc_warn_day *days, size_t i, unsigned mask,
                             const tc_warn_params *p)
{
    factor_sum r = {0};
    double vol = 0, base = 0, base_vol = 0, top = 0, second = 0;
    size_t from = i + 1 > (size_t)p->factor_window ? i + 1 - (size_t)p->factor_window : 0;
    for (size_t j = from; j <= i; j++) {
        double f = day_factor(&days[j], mask);
        r.reports += f;
        r.days += f > 0;
        if (f > top)
            second = top, top = f;
        else if (f > second)
            second = f;
        vol += days[j].volume;
    }
    if (r.reports <= 0) return r; /* nothing reported: nothing to weigh (most days) */
    /* a spike, one day far busier than the others (at least 3 reports, three times the next
     * day's), is one burst of news: the tests below leave that day out */
    int spike = top >= 3 && top >= 3 * second;
    double reports = spike ? r.reports - top : r.reports;
    int ndays = spike ? r.days - 1 : r.days;
    size_t bfrom = from > (size_t)p->base_window ? from - (size_t)p->base_window : 0;
    for (size_t j = bfrom; j < from; j++) {
        base += day_factor(&days[j], mask);
        base_vol += days[j].volume;
    }
    double rate = (base + p->prior_events) / (base_vol + p->prior_articles);
    r.expected = rate * vol;
    r.surprise = tc_warn_poisson_surprise(reports, r.expected);
    /* the days with a report against the chance of a day with one, 1 - exp(-rate volume) */
    double pi = 0;
    size_t w = 0;
    for (size_t j = from; j <= i; j++, w++) pi += 1 - exp(-rate * days[j].volume);
    r.expected_days = pi;
    r.days_surprise = tc_warn_binomial_surprise(ndays, (double)w, w ? pi / (double)w : 0);
    if (spike) r.days = ndays, r.reports = reports;
    return r;
}

/* Reports beyond the baseline, and spread over more days than the baseline would give: one
 * day of many reports (a spike) is not a sustained factor. */
static int sustained_over(const factor_sum *s, const tc_warn_params *p, int days)
{
    return s->days >= days && s->reports >= days && s->surprise >= p->factor_surprise &&
           s->days_surprise >= p->factor_surprise;
}

static int sustained(const factor_sum *s, const tc_warn_params *p)
{
    return sustained_over(s, p, 2);
}

typedef struct {
    tc_warn_alert *a;
    size_t n, cap;
} alert_list;

static tc_warn_alert *open_alert(alert_list *l, int kind, int factor, int32_t day)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 8;
        l->a = tc_xrealloc(l->a, l->cap * sizeof *l->a);
    }
    tc_warn_alert *a = &l->a[l->n++];
    memset(a, 0, sizeof *a);
    a->kind = kind;
    a->factor = factor;
    a->first = a->last = day;
    return a;
}

/* Sets the alert's level, recording the change. */
static void set_level(tc_warn_alert *a, int level, int32_t day)
{
    if (level == a->level) return;
    a->level = level;
    if (level > a->max_level) a->max_level = level;
    if (a->nsteps < TC_ALERT_STEPS) {
        a->step_day[a->nsteps] = day;
        a->step_level[a->nsteps++] = level;
    }
}

/* The state of the escalation test across days. */
typedef struct {
    double cusum;
    size_t open_i; /* the open alert's index in the list (the list may move) */
    int is_open;
} esc_state;

/* The escalation test of day i: 0 when the baseline is too thin, else 1 with *level the
 * level it fires at (0: it does not) and out[] = count, expected, surprise, z. The rate is
 * pooled over the window (events / articles); each day's count is turned into its Pearson
 * residual (x - rate V) / sqrt(rate V), whose spread does not depend on the day's volume,
 * and the robust z of today's residual is taken against the window's, with a scale of at
 * least 1 (never less variable than Poisson). The dispersion phi = scale^2 makes the
 * surprise quasi-Poisson: -log10 P(X >= x / phi) for X ~ Poisson(mu / phi). */
static int escalation_day(const tc_warn_day *days, size_t i, const tc_warn_params *p, esc_state *st,
                          int *level, double out[4])
{
    double u[TC_WARN_MAX_WINDOW];
    size_t nd = 0;
    double vol = 0, ev = 0;
    size_t from = i > (size_t)p->window ? i - (size_t)p->window : 0;
    for (size_t j = from; j < i; j++) {
        if (days[j].volume <= 0) continue;
        vol += days[j].volume;
        ev += days[j].conflict;
    }
    *level = 0;
    const tc_warn_day *d = &days[i];
    if (vol < p->min_volume || d->volume <= 0) return 0;
    double rate = ev > 0 ? ev / vol : 0.5 / vol;
    for (size_t j = from; j < i; j++) {
        if (days[j].volume <= 0 || nd == TC_WARN_MAX_WINDOW) continue;
        double m = rate * days[j].volume;
        u[nd++] = (days[j].conflict - m) / sqrt(m);
    }
    if ((int)nd < p->min_days) return 0;
    double mu = rate * d->volume;
    double scale = 1.4826 * tc_warn_mad(u, nd);
    if (scale < 1) scale = 1;
    double z = tc_warn_robust_z((d->conflict - mu) / sqrt(mu), u, nd, 1);
    double s = tc_warn_poisson_surprise(d->conflict / (scale * scale), mu / (scale * scale));
    st->cusum = tc_warn_cusum(st->cusum, z > Z_CLAMP ? Z_CLAMP : z, p->cusum_k);
    int by_day = d->conflict >= p->min_count && z >= p->z && s >= p->surprise;
    int by_sum = st->cusum >= p->cusum_h && d->conflict >= 1;
    out[0] = d->conflict, out[1] = mu, out[2] = s, out[3] = z;
    if (!by_day && !by_sum) return 1;
    *level = TC_LEVEL_WATCH;
    if ((z >= 2 * p->z && s >= 2 * p->surprise) || st->cusum >= 2 * p->cusum_h)
        *level = TC_LEVEL_WARNING;
    if (z >= 3 * p->z && s >= 3 * p->surprise) *level = TC_LEVEL_ALERT;
    return 1;
}

static void detect_escalation(const tc_warn_day *days, size_t n, const tc_warn_params *p,
                              alert_list *l)
{
    esc_state st = {0};
    for (size_t i = 0; i < n; i++) {
        int level;
        double v[4] = {0};
        escalation_day(days, i, p, &st, &level, v);
        tc_warn_alert *a = st.is_open ? &l->a[st.open_i] : NULL;
        if (level) {
            double cusum = st.cusum;
            if (st.cusum >= p->cusum_h) st.cusum = 0; /* restart after an alarm */
            if (!a) {
                a = open_alert(l, TC_ALERT_ESCALATION, -1, days[i].day);
                st.open_i = l->n - 1;
                st.is_open = 1;
            }
            a->last = days[i].day;
            a->report_days++;
            a->outlets += days[i].conflict;
            if (level > a->level || a->nsteps == 0) {
                a->observed = v[0], a->expected = v[1], a->surprise = v[2], a->z = v[3];
                a->cusum = cusum;
            }
            if (level > a->level) set_level(a, level, days[i].day);
        } else if (a && days[i].day - a->last >= p->cooldown) {
            a->closed = days[i].day;
            st.is_open = 0;
        }
    }
}

/* Bits of the factors of one siege role (or kind). */
static unsigned role_mask(const tc_risk_table *rt, int role)
{
    unsigned m = 0;
    for (size_t k = 0; k < rt->n; k++)
        if (rt->f[k].kind == TC_RISK_FACTOR && rt->f[k].siege == role) m |= 1u << k;
    return m;
}

static unsigned easing_mask(const tc_risk_table *rt)
{
    unsigned m = 0;
    for (size_t k = 0; k < rt->n; k++)
        if (rt->f[k].kind == TC_RISK_EASING) m |= 1u << k;
    return m;
}

/* The state of one rule-based alert (siege, or one factor's risk alert). */
typedef struct {
    int is_open;
    size_t i;               /* its index in the list */
    double silent_articles; /* articles on the subject since its last report */
    int32_t eased;          /* the last day of an easing report, 0 none */
} rule_state;

/* Whether an open rule alert closes on day d: a long silence while there was news of the
 * subject, or easing followed by no report. */
static int rule_closes(const tc_warn_alert *a, const rule_state *st, int32_t d,
                       const tc_warn_params *p)
{
    if (d - a->last >= p->silence_days && st->silent_articles >= p->silence_articles) return 1;
    return st->eased > a->last && d - a->last >= p->easing_days;
}

/* The rule's open alert on day d, or NULL: none open, or the one open closes on d. */
static tc_warn_alert *rule_open(alert_list *l, rule_state *st, int32_t d, const tc_warn_params *p)
{
    tc_warn_alert *a = st->is_open ? &l->a[st->i] : NULL;
    if (!a || !rule_closes(a, st, d, p)) return a;
    a->closed = d;
    *st = (rule_state){0};
    return NULL;
}

/* Records the day's reports of an open rule alert (mask: its factors). */
static void rule_day(tc_warn_alert *a, rule_state *st, const tc_warn_day *d, unsigned mask,
                     unsigned all)
{
    double f = day_factor(d, mask);
    for (int k = 0; k < TC_RISK_MAX; k++)
        if ((all >> k & 1) && d->factor[k] > 0) a->factors |= 1u << k;
    if (f > 0) {
        a->last = d->day;
        a->report_days++;
        a->outlets += f;
        st->silent_articles = 0;
    } else {
        st->silent_articles += d->articles;
    }
}

/* A rule alert opened on day i: it began with the first report of the factor window, and
 * the reports of the window before day i are its own (day i is counted by rule_day). */
static tc_warn_alert *open_rule(alert_list *l, int kind, int factor, const tc_warn_day *days,
                                size_t i, unsigned mask, const tc_warn_params *p)
{
    tc_warn_alert *a = open_alert(l, kind, factor, days[i].day);
    int first = 1;
    for (size_t j = i + 1 > (size_t)p->factor_window ? i + 1 - (size_t)p->factor_window : 0; j < i;
         j++) {
        double f = day_factor(&days[j], mask);
        if (f <= 0) continue;
        if (first) a->first = days[j].day;
        first = 0;
        a->report_days++;
        a->outlets += f;
    }
    return a;
}

static void note_sum(tc_warn_alert *a, const factor_sum *s)
{
    a->observed = s->reports, a->expected = s->expected, a->surprise = s->surprise;
}

/* The siege: a sustained blockade or denial of access opens it (watch); both, or a
 * blockade reported over siege_days, make it a siege (warning); a trigger (force posture,
 * expulsion, attacks on civilians) by the same side while it holds, an alert. Easing lowers
 * the level by one. */
static void detect_siege(const tc_warn_day *days, size_t n, const tc_risk_table *rt,
                         const tc_warn_params *p, alert_list *l)
{
    unsigned blockade = role_mask(rt, TC_SIEGE_BLOCKADE), access = role_mask(rt, TC_SIEGE_ACCESS);
    unsigned trigger = role_mask(rt, TC_SIEGE_TRIGGER) | role_mask(rt, TC_SIEGE_ATROCITY);
    unsigned easing = easing_mask(rt);
    unsigned group = blockade | access;
    if (!group) return;
    rule_state st = {0};
    for (size_t i = 0; i < n; i++) {
        const tc_warn_day *d = &days[i];
        tc_warn_alert *a = rule_open(l, &st, d->day, p);
        factor_sum g = sum_factor(days, i, group, p);
        if (!a) {
            if (!sustained(&g, p) || day_factor(d, group) <= 0) continue;
            a = open_rule(l, TC_ALERT_SIEGE, -1, days, i, group, p);
            st = (rule_state){.is_open = 1, .i = l->n - 1};
            note_sum(a, &g);
            set_level(a, TC_LEVEL_WATCH, d->day);
        }
        rule_day(a, &st, d, group, group | trigger);
        if (day_factor(d, easing) > 0) st.eased = d->day;
        int level = TC_LEVEL_WATCH;
        int both = (a->factors & blockade) && (a->factors & access);
        if (both || (a->last - a->first >= p->siege_days && a->report_days >= 3))
            level = TC_LEVEL_WARNING;
        if (level == TC_LEVEL_WARNING && sum_factor(days, i, trigger, p).reports > 0)
            level = TC_LEVEL_ALERT;
        if (level < a->level) level = a->level; /* a siege does not fade by itself */
        if (day_factor(d, easing) > 0 && level > TC_LEVEL_WATCH) level--;
        if (level != a->level) set_level(a, level, d->day);
    }
}

/* One atrocity factor on its own (expulsion, attacks on civilians): open when reported on
 * risk_days days at least, beyond its baseline; one level more for each other factor
 * sustained at the same time (force posture or denial only do that: a military exercise or
 * a denial is no alert by itself). */
static void detect_risk(const tc_warn_day *days, size_t n, const tc_risk_table *rt, size_t k,
                        const tc_warn_params *p, alert_list *l)
{
    unsigned self = 1u << k, easing = easing_mask(rt), others = 0;
    for (size_t j = 0; j < rt->n; j++)
        if (j != k && rt->f[j].kind == TC_RISK_FACTOR) others |= 1u << j;
    rule_state st = {0};
    for (size_t i = 0; i < n; i++) {
        const tc_warn_day *d = &days[i];
        tc_warn_alert *a = rule_open(l, &st, d->day, p);
        factor_sum s = sum_factor(days, i, self, p);
        if (!a) {
            if (!sustained_over(&s, p, p->risk_days) || d->factor[k] <= 0) continue;
            a = open_rule(l, TC_ALERT_RISK, (int)k, days, i, self, p);
            st = (rule_state){.is_open = 1, .i = l->n - 1};
            note_sum(a, &s);
        }
        rule_day(a, &st, d, self, self | others);
        if (day_factor(d, easing) > 0) st.eased = d->day;
        int level = TC_LEVEL_WATCH;
        for (size_t j = 0; j < rt->n && level < TC_LEVEL_ALERT; j++) {
            if (!(others >> j & 1)) continue;
            factor_sum o = sum_factor(days, i, 1u << j, p);
            if (sustained(&o, p)) level++;
        }
        if (level < a->level) level = a->level;
        if (day_factor(d, easing) > 0 && level > TC_LEVEL_WATCH) level--;
        if (level != a->level) set_level(a, level, d->day);
    }
}

static int cmp_alert(const void *x, const void *y)
{
    const tc_warn_alert *a = x, *b = y;
    if (a->first != b->first) return a->first < b->first ? -1 : 1;
    if (a->kind != b->kind) return a->kind < b->kind ? -1 : 1;
    return (a->factor > b->factor) - (a->factor < b->factor);
}

void tc_warn_detect(const tc_warn_day *days, size_t n, const tc_risk_table *rt,
                    const tc_warn_params *p, int statistics, tc_warn_alert **out, size_t *nout)
{
    alert_list l = {0};
    if (statistics) detect_escalation(days, n, p, &l);
    if (rt) {
        detect_siege(days, n, rt, p, &l);
        for (size_t k = 0; k < rt->n; k++)
            if (rt->f[k].kind == TC_RISK_FACTOR && rt->f[k].siege == TC_SIEGE_ATROCITY)
                detect_risk(days, n, rt, k, p, &l);
    }
    if (l.n) qsort(l.a, l.n, sizeof *l.a, cmp_alert);
    *out = l.a;
    *nout = l.n;
}
