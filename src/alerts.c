/* alerts: detection over the stored series, the alert tables, evidence, watch-list and the
 * alerts / watch commands (see alerts.h).
 *
 * A refresh collects every alert of every subject in memory (found), with its texts and
 * evidence, reads the stored max levels to tell what changed, then rewrites the alert
 * tables in one batch. */
#include "alerts.h"

#include "arena.h"
#include "hash.h"
#include "pipeline.h"
#include "series.h"
#include "story.h"

#include <jansson.h>
#include <limits.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
    tc_warn_alert a;
    char id[17];
    char subject_kind[8], subject[64];
    char first[11], last[11], closed[11];
    char what[1024], clears[512], rf[160], dyads[160], places[200];
    char evidence[TC_ALERT_EVIDENCE][17];
    size_t nevidence;
} found;

typedef struct {
    tc_store *s;
    const tc_risk_table *rt;
    const tc_warn_params *p;
    const char *subject_kind;
    TC_VEC(found) f;
    tc_arena *arena;
    tc_err *err;
} refresh_ctx;

static const char *factor_name(const tc_risk_table *rt, const tc_warn_alert *a)
{
    return a->kind == TC_ALERT_RISK && rt && a->factor >= 0 ? rt->f[a->factor].name : "";
}

static void make_id(found *x, const tc_risk_table *rt)
{
    char key[200];
    int n = snprintf(key, sizeof key, "%s|%s|%s|%s|%s", tc_warn_kind_name(x->a.kind),
                     factor_name(rt, &x->a), x->subject_kind, x->subject, x->first);
    if (n < 0) n = 0;
    if ((size_t)n >= sizeof key) n = (int)sizeof key - 1; /* cut: hash what the buffer holds */
    tc_hash_hex(tc_hash64(key, (size_t)n, 0x616c657274), x->id);
}

/* Appends s to buf (size cap) with a separator when buf is not empty. */
static void append(char *buf, size_t cap, const char *sep, const char *s)
{
    size_t n = strlen(buf);
    if (n + 1 >= cap) return;
    snprintf(buf + n, cap - n, "%s%s", n ? sep : "", s);
}

/* The factors an alert gathers evidence of: the siege's roles, a risk alert's own factor. */
static unsigned alert_mask(const tc_risk_table *rt, const tc_warn_alert *a)
{
    unsigned m = 0;
    if (!rt) return 0;
    for (size_t k = 0; k < rt->n; k++) {
        const tc_risk_factor *f = &rt->f[k];
        if (a->kind == TC_ALERT_SIEGE && f->kind == TC_RISK_FACTOR && f->siege != TC_SIEGE_NONE)
            m |= 1u << k;
        if (a->kind == TC_ALERT_RISK && (int)k == a->factor) m |= 1u << k;
    }
    return m;
}

static void describe(found *x, const tc_risk_table *rt, const tc_warn_params *p)
{
    const tc_warn_alert *a = &x->a;
    char buf[256];
    if (a->kind == TC_ALERT_ESCALATION) {
        snprintf(x->what, sizeof x->what,
                 "conflict events (quad 3-4, one per independent outlet, story, dyad and root)"
                 " of %s above their baseline: %.0f on the day against %.2f expected from the"
                 " %d days before at that day's news volume (Poisson surprise %.1f, robust z"
                 " %.1f, CUSUM %.1f); fired on %d days",
                 x->subject, a->observed, a->expected, p->window, a->surprise, a->z, a->cusum,
                 a->report_days);
        snprintf(x->clears, sizeof x->clears,
                 "%d days in a row on which the conflict rate of %s stays below the thresholds"
                 " (robust z %.1f with surprise %.1f, or CUSUM %.1f)",
                 p->cooldown, x->subject, p->z, p->surprise, p->cusum_h);
        snprintf(x->rf, sizeof x->rf, "-");
        return;
    }
    unsigned mask = alert_mask(rt, a) | a->factors;
    snprintf(x->what, sizeof x->what, "%s by %s: ",
             a->kind == TC_ALERT_SIEGE ? "siege indicator (blockade, denial of access)"
                                       : rt->f[a->factor].label,
             x->subject);
    x->rf[0] = 0;
    char list[600] = "";
    for (size_t k = 0; k < rt->n; k++) {
        if (!(mask >> k & 1) || !(a->factors >> k & 1)) continue;
        snprintf(buf, sizeof buf, "%s (RF %s)", rt->f[k].label, rt->f[k].rf);
        append(list, sizeof list, "; ", buf);
        append(x->rf, sizeof x->rf, " ", rt->f[k].rf);
    }
    append(x->what, sizeof x->what, "", list);
    snprintf(buf, sizeof buf,
             "; reported on %d days (%.0f outlet-days); it opened with %.0f reports in %d days"
             " against %.2f expected at the baseline rate and that news volume (Poisson"
             " surprise %.1f)",
             a->report_days, a->outlets, a->observed, p->factor_window, a->expected, a->surprise);
    append(x->what, sizeof x->what, "", buf);
    if (!x->rf[0]) snprintf(x->rf, sizeof x->rf, "-");
    char easing[160] = "";
    for (size_t k = 0; k < rt->n; k++)
        if (rt->f[k].kind == TC_RISK_EASING) append(easing, sizeof easing, ", ", rt->f[k].label);
    snprintf(x->clears, sizeof x->clears,
             "%d days without a new report while at least %.0f articles on %s come, or"
             " easing by %s (%s) followed by %d days without a report",
             p->silence_days, p->silence_articles, x->subject, x->subject,
             easing[0] ? easing : "none defined", p->easing_days);
}

/* ---- evidence ---- */

#define EVIDENCE_SQL                                                                               \
    "SELECT e.id, e.date, e.src_code, e.tgt_code, e.code, e.quad, e.goldstein, e.flags, e.past,"   \
    " e.place_name, e.place_country, coalesce(sa.story_id, -a.id), coalesce(sa.copy_of, 0),"       \
    " a.outlet FROM events e JOIN articles a ON a.id = e.article_id"                               \
    " LEFT JOIN story_articles sa ON sa.article_id = a.id"                                         \
    " WHERE e.date BETWEEN ? AND ? ORDER BY e.date, e.id"

typedef struct {
    char id[17], dyad[20], place[64];
    int64_t story;
    char outlet[64];
    unsigned factors;
    double goldstein;
} cand;

static const char *col(sqlite3_stmt *st, int i)
{
    const unsigned char *s = sqlite3_column_text(st, i);
    return s ? (const char *)s : "";
}

/* Whether the event belongs to the alert; its factors into *factors. */
static int belongs(const found *x, const tc_risk_table *rt, sqlite3_stmt *st, unsigned *factors)
{
    char src[8], tgt[8] = "";
    tc_story_side(col(st, 2), src);
    if (col(st, 3)[0]) tc_story_side(col(st, 3), tgt);
    const char *pc = col(st, 10);
    *factors = 0;
    if (sqlite3_column_int(st, 7) & 3 || sqlite3_column_int(st, 8)) return 0;
    if (x->a.kind == TC_ALERT_ESCALATION) {
        if (sqlite3_column_int(st, 5) < 3) return 0;
        if (!strcmp(x->subject_kind, "country"))
            return !strcmp(src, x->subject) || !strcmp(tgt, x->subject) || !strcmp(pc, x->subject);
        if (!strcmp(x->subject_kind, "place")) return !strcmp(col(st, 9), x->subject);
        char dyad[20];
        snprintf(dyad, sizeof dyad, "%s>%s", src, tgt);
        return !strcmp(dyad, x->subject);
    }
    int is_country = strlen(src) == 3;
    int org = !strncmp(src, "IGO", 3) || !strncmp(src, "NGO", 3) || !strncmp(src, "MNC", 3);
    if (strcmp(is_country ? src : org ? "" : pc, x->subject) || !tc_risk_doer(rt, col(st, 2)))
        return 0;
    unsigned mask = alert_mask(rt, &x->a);
    for (size_t k = 0; k < rt->n; k++)
        if ((mask >> k & 1) && tc_risk_match(&rt->f[k], col(st, 4), col(st, 3)))
            *factors |= 1u << k;
    return *factors != 0;
}

/* Counts of names, for the dyads and places of an alert. */
typedef struct {
    char name[64];
    int n;
} tally;

static void count_name(tally *t, size_t *n, size_t cap, const char *name)
{
    if (!name[0]) return;
    for (size_t i = 0; i < *n; i++)
        if (!strcmp(t[i].name, name)) {
            t[i].n++;
            return;
        }
    if (*n < cap) {
        snprintf(t[*n].name, sizeof t[*n].name, "%s", name);
        t[(*n)++].n = 1;
    }
}

static int cmp_tally(const void *x, const void *y)
{
    const tally *a = x, *b = y;
    if (a->n != b->n) return b->n - a->n;
    return strcmp(a->name, b->name);
}

static void top_names(tally *t, size_t n, char *out, size_t cap)
{
    qsort(t, n, sizeof *t, cmp_tally);
    out[0] = 0;
    for (size_t i = 0; i < n && i < 4; i++) append(out, cap, ", ", t[i].name);
}

static int picked(const found *x, const cand *c, const cand *all, const size_t *pick)
{
    for (size_t i = 0; i < x->nevidence; i++) {
        const cand *o = &all[pick[i]];
        if (!strcmp(o->id, c->id) || (o->story == c->story && !strcmp(o->outlet, c->outlet)))
            return 1;
    }
    return 0;
}

/* Chooses the evidence among the candidates: the latest report of each factor, the first
 * report, then the latest of other stories and outlets; kept in date order. */
static void choose(found *x, const cand *c, size_t n)
{
    size_t pick[TC_ALERT_EVIDENCE];
    x->nevidence = 0;
    for (int k = 0; k < TC_RISK_MAX && x->nevidence < TC_ALERT_EVIDENCE; k++)
        for (size_t i = n; i-- > 0;)
            if ((c[i].factors >> k & 1) && !(c[i].factors & ((1u << k) - 1))) {
                if (!picked(x, &c[i], c, pick)) pick[x->nevidence++] = i;
                break;
            }
    if (n && x->nevidence < TC_ALERT_EVIDENCE && !picked(x, &c[0], c, pick))
        pick[x->nevidence++] = 0;
    for (size_t i = n; i-- > 0 && x->nevidence < TC_ALERT_EVIDENCE;)
        if (!picked(x, &c[i], c, pick)) pick[x->nevidence++] = i;
    for (size_t i = 1; i < x->nevidence; i++)
        for (size_t j = i; j > 0 && pick[j] < pick[j - 1]; j--) {
            size_t t = pick[j];
            pick[j] = pick[j - 1];
            pick[j - 1] = t;
        }
    for (size_t i = 0; i < x->nevidence; i++) memcpy(x->evidence[i], c[pick[i]].id, 17);
}

static int gather(refresh_ctx *r, found *x)
{
    sqlite3 *db = tc_store_sqlite(r->s);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, EVIDENCE_SQL, -1, &st, NULL))
        return tc_err_set(r->err, TC_EDB, "alerts: evidence: %s", sqlite3_errmsg(db));
    /* an escalation's evidence: the days it fired on and the week before */
    char from[11];
    if (x->a.kind == TC_ALERT_ESCALATION)
        tc_series_date(x->a.first - 7, from);
    else
        snprintf(from, sizeof from, "%s", x->first);
    sqlite3_bind_text(st, 1, from, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, x->last, -1, SQLITE_STATIC);
    TC_VEC(cand) c = {0};
    tally dy[32], pl[32];
    size_t ndy = 0, npl = 0;
    tc_arena_reset(r->arena);
    while (sqlite3_step(st) == SQLITE_ROW) {
        unsigned factors;
        if (!belongs(x, r->rt, st, &factors)) continue;
        cand k = {.story = sqlite3_column_int64(st, 11),
                  .factors = factors,
                  .goldstein = sqlite3_column_double(st, 6)};
        snprintf(k.id, sizeof k.id, "%s", col(st, 0));
        snprintf(k.outlet, sizeof k.outlet, "%s", col(st, 13));
        char src[8], tgt[8] = "-";
        tc_story_side(col(st, 2), src);
        if (col(st, 3)[0]) tc_story_side(col(st, 3), tgt);
        snprintf(k.dyad, sizeof k.dyad, "%s>%s", src, tgt);
        count_name(dy, &ndy, 32, k.dyad);
        count_name(pl, &npl, 32, col(st, 9));
        if (sqlite3_column_int64(st, 12)) continue; /* a near copy: its original speaks */
        TC_PUSH(r->arena, c, k);
    }
    sqlite3_finalize(st);
    top_names(dy, ndy, x->dyads, sizeof x->dyads);
    top_names(pl, npl, x->places, sizeof x->places);
    choose(x, c.v, c.n);
    return TC_OK;
}

/* ---- detection ---- */

static int on_subject(const char *subject, const tc_warn_day *days, size_t n, void *ctx)
{
    refresh_ctx *r = ctx;
    tc_warn_alert *a;
    size_t na;
    int country = !strcmp(r->subject_kind, "country");
    tc_warn_detect(days, n, country ? r->rt : NULL, r->p, 1, &a, &na);
    int rc = TC_OK;
    for (size_t i = 0; i < na && rc == TC_OK; i++) {
        found x = {.a = a[i]};
        snprintf(x.subject_kind, sizeof x.subject_kind, "%s", r->subject_kind);
        snprintf(x.subject, sizeof x.subject, "%s", subject);
        tc_series_date(a[i].first, x.first);
        tc_series_date(a[i].last, x.last);
        if (a[i].closed) tc_series_date(a[i].closed, x.closed);
        make_id(&x, r->rt);
        describe(&x, r->rt, r->p);
        rc = gather(r, &x);
        if (rc == TC_OK) {
            if (r->f.n == r->f.cap) {
                r->f.cap = r->f.cap ? 2 * r->f.cap : 16;
                r->f.v = tc_xrealloc(r->f.v, r->f.cap * sizeof *r->f.v);
            }
            r->f.v[r->f.n++] = x;
        }
    }
    free(a);
    return rc;
}

/* The watched subjects of one kind (strings owned by the caller's array: free each). */
static size_t watched(sqlite3 *db, const char *kind, char ***out)
{
    sqlite3_stmt *st;
    size_t n = 0, cap = 0;
    *out = NULL;
    if (sqlite3_prepare_v2(db, "SELECT subject FROM watch WHERE kind = ? ORDER BY subject", -1, &st,
                           NULL))
        return 0;
    sqlite3_bind_text(st, 1, kind, -1, SQLITE_STATIC);
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (n == cap) *out = tc_xrealloc(*out, (cap = cap ? 2 * cap : 8) * sizeof **out);
        (*out)[n++] = tc_xstrdup(col(st, 0));
    }
    sqlite3_finalize(st);
    return n;
}

static int write_alert(sqlite3 *db, const found *x, const tc_risk_table *rt)
{
    sqlite3_stmt *st;
    const tc_warn_alert *a = &x->a;
    if (sqlite3_prepare_v2(db,
                           "INSERT OR REPLACE INTO alerts VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                           " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &st, NULL))
        return TC_EDB;
    const char *text[] = {x->id, tc_warn_kind_name(a->kind), factor_name(rt, a), x->subject_kind,
                          x->subject};
    for (int i = 0; i < 5; i++) sqlite3_bind_text(st, i + 1, text[i], -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 6, a->level);
    sqlite3_bind_int(st, 7, a->max_level);
    sqlite3_bind_text(st, 8, x->first, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 9, x->last, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 10, x->closed, -1, SQLITE_STATIC);
    double num[] = {a->observed, a->expected, a->surprise, a->z};
    for (int i = 0; i < 4; i++) sqlite3_bind_double(st, 11 + i, num[i]);
    sqlite3_bind_int(st, 15, a->report_days);
    sqlite3_bind_double(st, 16, a->outlets);
    const char *more[] = {x->rf, x->what, x->dyads, x->places, x->clears};
    for (int i = 0; i < 5; i++) sqlite3_bind_text(st, 17 + i, more[i], -1, SQLITE_STATIC);
    int rc = sqlite3_step(st) == SQLITE_DONE ? TC_OK : TC_EDB;
    sqlite3_finalize(st);
    char sql[200];
    for (size_t i = 0; rc == TC_OK && i < a->nsteps; i++) {
        char day[11];
        tc_series_date(a->step_day[i], day);
        snprintf(sql, sizeof sql, "INSERT OR REPLACE INTO alert_levels VALUES('%s', '%s', %d)",
                 x->id, day, a->step_level[i]);
        if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK) rc = TC_EDB;
    }
    for (size_t i = 0; rc == TC_OK && i < x->nevidence; i++) {
        /* ids are hex digits: safe inside the statement */
        snprintf(sql, sizeof sql, "INSERT INTO alert_evidence VALUES('%s', %zu, '%s')", x->id,
                 i + 1, x->evidence[i]);
        if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK) rc = TC_EDB;
    }
    return rc;
}

/* The stored max level of id, 0 when it is not stored. */
static int stored_level(sqlite3 *db, const char *id)
{
    sqlite3_stmt *st;
    int v = 0;
    if (sqlite3_prepare_v2(db, "SELECT max_level FROM alerts WHERE id = ?", -1, &st, NULL))
        return 0;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return v;
}

static void note_change(const found *x, const tc_risk_table *rt, int before, tc_alert_change **ch,
                        size_t *n)
{
    *ch = tc_xrealloc(*ch, (*n + 1) * sizeof **ch);
    tc_alert_change *c = &(*ch)[(*n)++];
    memset(c, 0, sizeof *c);
    memcpy(c->id, x->id, 17);
    snprintf(c->kind, sizeof c->kind, "%s", tc_warn_kind_name(x->a.kind));
    snprintf(c->factor, sizeof c->factor, "%s", factor_name(rt, &x->a));
    snprintf(c->subject_kind, sizeof c->subject_kind, "%s", x->subject_kind);
    snprintf(c->subject, sizeof c->subject, "%s", x->subject);
    c->level = x->a.level;
    c->max_level = x->a.max_level;
    c->before = before;
    memcpy(c->first, x->first, 11);
    memcpy(c->last, x->last, 11);
    memcpy(c->closed, x->closed, 11);
}

static int store_all(refresh_ctx *r, tc_alert_change **ch, size_t *nch)
{
    sqlite3 *db = tc_store_sqlite(r->s);
    if (tc_store_begin(r->s, r->err) < 0) return TC_EDB;
    for (size_t i = 0; ch && i < r->f.n; i++) {
        int before = stored_level(db, r->f.v[i].id);
        if (before < r->f.v[i].a.max_level) note_change(&r->f.v[i], r->rt, before, ch, nch);
    }
    int rc = sqlite3_exec(db,
                          "DELETE FROM alerts; DELETE FROM alert_levels;"
                          " DELETE FROM alert_evidence;",
                          NULL, NULL, NULL) == SQLITE_OK
                 ? TC_OK
                 : TC_EDB;
    for (size_t i = 0; rc == TC_OK && i < r->f.n; i++) rc = write_alert(db, &r->f.v[i], r->rt);
    if (rc == TC_OK && tc_store_commit(r->s, r->err) == TC_OK) return TC_OK;
    if (rc != TC_OK) tc_err_set(r->err, TC_EDB, "alerts: writing: %s", sqlite3_errmsg(db));
    tc_store_rollback(r->s);
    return TC_EDB;
}

int tc_alerts_refresh(tc_store *s, const tc_risk_table *rt, const tc_warn_params *p, int32_t upto,
                      tc_alert_change **changes, size_t *nchanges, tc_err *err)
{
    if (changes) *changes = NULL, *nchanges = 0;
    if (tc_series_update(s, rt, NULL, err) < 0) return TC_EDB;
    int32_t first, last;
    int span = tc_series_span(s, &first, &last, err);
    if (span < 0) return TC_EDB;
    refresh_ctx r = {.s = s, .rt = rt, .p = p, .arena = tc_arena_new(0), .err = err};
    int rc = TC_OK;
    if (span == 0) {
        if (last > upto) last = upto;
        static const char *const kinds[] = {"country", "dyad", "place"};
        for (int k = 0; k < 3 && rc == TC_OK; k++) {
            char **only = NULL;
            size_t nonly = k ? watched(tc_store_sqlite(s), kinds[k], &only) : 0;
            r.subject_kind = kinds[k];
            if (k == 0 || nonly)
                rc = tc_series_each(s, rt, kinds[k], first, last, (const char *const *)only, nonly,
                                    on_subject, &r, err);
            for (size_t i = 0; i < nonly; i++) free(only[i]);
            free(only);
        }
    }
    if (rc == TC_OK) rc = store_all(&r, changes, nchanges);
    free(r.f.v);
    tc_arena_free(r.arena);
    return rc;
}

void tc_alerts_print_change(FILE *out, const tc_alert_change *c)
{
    fprintf(out, "%s %s%s%s %s %s: %s%s%s%s since %s, last report %s%s%s [%s]\n",
            c->before ? "escalated" : "new", c->kind, c->factor[0] ? " " : "", c->factor,
            c->subject_kind, c->subject, tc_warn_level_name(c->max_level),
            c->before ? " (was " : "", c->before ? tc_warn_level_name(c->before) : "",
            c->before ? ")" : "", c->first, c->last, c->closed[0] ? ", closed " : "", c->closed,
            c->id);
}

int tc_alerts_after_run(const char *db_path, const char *datadir, FILE *out)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/risk-factors.txt", datadir);
    tc_risk_table rt;
    tc_err err = {0};
    if (tc_risk_load(path, &rt, NULL, NULL, &err) < 0) {
        fprintf(stderr, "tocsin: %s\n", err.msg);
        return 1;
    }
    tc_store *s = tc_store_open(db_path, 0, &err);
    if (!s) {
        fprintf(stderr, "tocsin: %s\n", err.msg);
        return 1;
    }
    tc_warn_params p;
    tc_warn_defaults(&p);
    tc_alert_change *ch;
    size_t n;
    int rc = tc_alerts_refresh(s, &rt, &p, INT32_MAX, &ch, &n, &err);
    if (rc < 0) fprintf(stderr, "tocsin: alerts: %s\n", err.msg);
    for (size_t i = 0; rc == TC_OK && i < n; i++) {
        fputs("tocsin run: alert ", out);
        tc_alerts_print_change(out, &ch[i]);
    }
    free(ch);
    tc_store_close(s);
    return rc < 0;
}

/* ---- the commands ---- */

static const char alerts_usage[] =
    "Usage: tocsin alerts --db FILE [--format table|tsv|jsonl] [--open] [--level N]\n"
    "                     [--watched] [--data DIR]\n"
    "Brings the early-warning series and alerts of FILE up to date with its articles and\n"
    "lists the alerts: what fired (escalation of conflict events, the siege indicator, a\n"
    "risk factor of the UN Framework of Analysis), for whom and where, the level (watch,\n"
    "warning, alert) and its changes, how far above baseline, since when, the evidence\n"
    "(events with their sentence, outlet, url, article and story) and what would clear it.\n"
    "--open: only alerts still open; --level N: only those that reached level N (1-3);\n"
    "--watched: only those of watched countries, dyads and places (tocsin watch). Risk\n"
    "factors come from DIR/risk-factors.txt. docs/warning.md.\n";

static const char watch_usage[] =
    "Usage: tocsin watch add|remove --db FILE country|dyad|place SUBJECT\n"
    "       tocsin watch list --db FILE\n"
    "The watch-list: countries (ISO alpha-3 as CAMEO uses it: AZE), directed dyads\n"
    "(AZE>ARM, or AZE-ARM) and places (the gazetteer's name: Lachin corridor). Alerts of\n"
    "watched subjects are marked; watched dyads and places get escalation alerts of their\n"
    "own (countries always have them).\n";

typedef struct {
    const char *db, *data, *format;
    int open_only, level, watched_only;
} alerts_opts;

static int is_watched(sqlite3 *db, const char *kind, const char *subject, const char *dyads,
                      const char *places)
{
    sqlite3_stmt *st;
    int w = 0;
    if (sqlite3_prepare_v2(db, "SELECT kind, subject FROM watch", -1, &st, NULL)) return 0;
    while (!w && sqlite3_step(st) == SQLITE_ROW) {
        const char *k = col(st, 0), *v = col(st, 1);
        if (!strcmp(k, kind) && !strcmp(v, subject))
            w = 1;
        else if (!strcmp(k, "country") && strstr(dyads, v))
            w = 1;
        else if (!strcmp(k, "dyad") && strstr(dyads, v))
            w = 1;
        else if (!strcmp(k, "place") && strstr(places, v))
            w = 1;
    }
    sqlite3_finalize(st);
    return w;
}

#define EVIDENCE_ROWS                                                                              \
    "SELECT e.id, e.date, e.src_code, e.tgt_code, e.code, e.goldstein, a.outlet, a.url, a.id,"     \
    " coalesce(sa.story_id, 0), s.text, e.place_name FROM alert_evidence v"                        \
    " JOIN events e ON e.id = v.event_id JOIN articles a ON a.id = e.article_id"                   \
    " JOIN sentences s ON s.id = e.sentence_id"                                                    \
    " LEFT JOIN story_articles sa ON sa.article_id = a.id WHERE v.alert_id = ? ORDER BY v.rank"

static void print_steps(sqlite3 *db, const char *id, FILE *out, json_t *arr)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db,
                           "SELECT day, level FROM alert_levels WHERE alert_id = ? ORDER BY day",
                           -1, &st, NULL))
        return;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    int first = 1;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *lv = tc_warn_level_name(sqlite3_column_int(st, 1));
        if (arr)
            json_array_append_new(arr, json_pack("{s:s, s:s}", "day", col(st, 0), "level", lv));
        else
            fprintf(out, "%s%s %s", first ? "" : ", ", lv, col(st, 0));
        first = 0;
    }
    sqlite3_finalize(st);
}

static void print_evidence(sqlite3 *db, const char *id, FILE *out, json_t *arr)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, EVIDENCE_ROWS, -1, &st, NULL)) return;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (arr) {
            json_array_append_new(
                arr, json_pack("{s:s, s:s, s:s, s:s, s:s, s:f, s:s, s:s, s:I, s:I, s:s, s:s}",
                               "event_id", col(st, 0), "date", col(st, 1), "src_code", col(st, 2),
                               "tgt_code", col(st, 3), "code", col(st, 4), "goldstein",
                               sqlite3_column_double(st, 5), "outlet", col(st, 6), "url",
                               col(st, 7), "article_id", (json_int_t)sqlite3_column_int64(st, 8),
                               "story_id", (json_int_t)sqlite3_column_int64(st, 9), "sentence",
                               col(st, 10), "place", col(st, 11)));
            continue;
        }
        fprintf(out, "    %s  %s %s %s  %s, article %lld, story %lld%s%s  [%s]\n", col(st, 1),
                col(st, 2), col(st, 4), col(st, 3)[0] ? col(st, 3) : "-", col(st, 6),
                (long long)sqlite3_column_int64(st, 8), (long long)sqlite3_column_int64(st, 9),
                col(st, 7)[0] ? ", " : "", col(st, 7), col(st, 0));
        fprintf(out, "      \"%s\"\n", col(st, 10));
    }
    sqlite3_finalize(st);
}

enum {
    A_ID,
    A_KIND,
    A_FACTOR,
    A_SKIND,
    A_SUBJECT,
    A_LEVEL,
    A_MAX,
    A_FIRST,
    A_LAST,
    A_CLOSED,
    A_OBSERVED,
    A_EXPECTED,
    A_SURPRISE,
    A_Z,
    A_DAYS,
    A_OUTLETS,
    A_RF,
    A_WHAT,
    A_DYADS,
    A_PLACES,
    A_CLEARS
};

static void print_alert_table(sqlite3 *db, sqlite3_stmt *st, int watched, FILE *out)
{
    const char *factor = col(st, A_FACTOR);
    fprintf(out, "alert %s: %s%s%s, %s %s%s\n", col(st, A_ID), col(st, A_KIND),
            factor[0] ? " " : "", factor, col(st, A_SKIND), col(st, A_SUBJECT),
            watched ? " (watched)" : "");
    fprintf(out, "  level %s (at most %s); since %s, last report %s, %s%s\n",
            tc_warn_level_name(sqlite3_column_int(st, A_LEVEL)),
            tc_warn_level_name(sqlite3_column_int(st, A_MAX)), col(st, A_FIRST), col(st, A_LAST),
            col(st, A_CLOSED)[0] ? "closed " : "open", col(st, A_CLOSED));
    fputs("  levels: ", out);
    print_steps(db, col(st, A_ID), out, NULL);
    fprintf(out, "\n  what: %s\n", col(st, A_WHAT));
    fprintf(out, "  risk factors (UN Framework 2014): %s\n", col(st, A_RF));
    fprintf(out, "  who: %s\n  where: %s\n", col(st, A_DYADS)[0] ? col(st, A_DYADS) : "-",
            col(st, A_PLACES)[0] ? col(st, A_PLACES) : "-");
    fprintf(out, "  clears: %s\n  evidence:\n", col(st, A_CLEARS));
    print_evidence(db, col(st, A_ID), out, NULL);
    fputc('\n', out);
}

static void print_alert_json(sqlite3 *db, sqlite3_stmt *st, int watched, FILE *out)
{
    json_t *levels = json_array(), *ev = json_array();
    print_steps(db, col(st, A_ID), NULL, levels);
    print_evidence(db, col(st, A_ID), NULL, ev);
    json_t *o = json_pack(
        "{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:f, s:f, s:f, s:f, s:i, s:f, s:s,"
        " s:s, s:s, s:s, s:s, s:b, s:o, s:o}",
        "id", col(st, A_ID), "kind", col(st, A_KIND), "factor", col(st, A_FACTOR), "subject_kind",
        col(st, A_SKIND), "subject", col(st, A_SUBJECT), "level",
        tc_warn_level_name(sqlite3_column_int(st, A_LEVEL)), "max_level",
        tc_warn_level_name(sqlite3_column_int(st, A_MAX)), "first_day", col(st, A_FIRST),
        "last_day", col(st, A_LAST), "closed_day", col(st, A_CLOSED), "observed",
        sqlite3_column_double(st, A_OBSERVED), "expected", sqlite3_column_double(st, A_EXPECTED),
        "surprise", sqlite3_column_double(st, A_SURPRISE), "z", sqlite3_column_double(st, A_Z),
        "report_days", sqlite3_column_int(st, A_DAYS), "outlet_days",
        sqlite3_column_double(st, A_OUTLETS), "risk_factors", col(st, A_RF), "what",
        col(st, A_WHAT), "dyads", col(st, A_DYADS), "places", col(st, A_PLACES), "clears",
        col(st, A_CLEARS), "watched", watched, "levels", levels, "evidence", ev);
    char *s = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII | JSON_PRESERVE_ORDER);
    if (s) fprintf(out, "%s\n", s);
    free(s);
    json_decref(o);
}

static void print_alert_tsv(sqlite3_stmt *st, int watched, FILE *out)
{
    fprintf(out, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%.3f\t%.3f\t%.2f\t%s\t%s\t%d\n",
            col(st, A_ID), col(st, A_KIND), col(st, A_FACTOR), col(st, A_SKIND), col(st, A_SUBJECT),
            tc_warn_level_name(sqlite3_column_int(st, A_LEVEL)),
            tc_warn_level_name(sqlite3_column_int(st, A_MAX)), col(st, A_FIRST), col(st, A_LAST),
            col(st, A_CLOSED), sqlite3_column_double(st, A_OBSERVED),
            sqlite3_column_double(st, A_EXPECTED), sqlite3_column_double(st, A_SURPRISE),
            col(st, A_DYADS), col(st, A_PLACES), watched);
}

static int list_alerts(tc_store *s, const alerts_opts *o, FILE *out)
{
    sqlite3 *db = tc_store_sqlite(s);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db,
                           "SELECT * FROM alerts WHERE max_level >= ? AND (? = 0 OR"
                           " closed_day = '') ORDER BY first_day, kind, factor, subject_kind,"
                           " subject",
                           -1, &st, NULL)) {
        fprintf(stderr, "tocsin alerts: %s\n", sqlite3_errmsg(db));
        return 1;
    }
    sqlite3_bind_int(st, 1, o->level);
    sqlite3_bind_int(st, 2, o->open_only);
    if (!strcmp(o->format, "tsv"))
        fputs("id\tkind\tfactor\tsubject_kind\tsubject\tlevel\tmax_level\tfirst_day\tlast_day\t"
              "closed_day\tobserved\texpected\tsurprise\tdyads\tplaces\twatched\n",
              out);
    size_t n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        int w = is_watched(db, col(st, A_SKIND), col(st, A_SUBJECT), col(st, A_DYADS),
                           col(st, A_PLACES));
        if (o->watched_only && !w) continue;
        n++;
        if (!strcmp(o->format, "jsonl"))
            print_alert_json(db, st, w, out);
        else if (!strcmp(o->format, "tsv"))
            print_alert_tsv(st, w, out);
        else
            print_alert_table(db, st, w, out);
    }
    sqlite3_finalize(st);
    if (!strcmp(o->format, "table") && !n) fputs("no alert\n", out);
    return 0;
}

static int parse_alerts_opts(int argc, char **argv, alerts_opts *o)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(alerts_usage, stdout);
            return -1;
        }
        if (!strcmp(a, "--open"))
            o->open_only = 1;
        else if (!strcmp(a, "--watched"))
            o->watched_only = 1;
        else if (v && (!strcmp(a, "--db") || !strcmp(a, "-d")))
            o->db = v, i++;
        else if (v && !strcmp(a, "--data"))
            o->data = v, i++;
        else if (v && (!strcmp(a, "--format") || !strcmp(a, "-f")))
            o->format = v, i++;
        else if (v && !strcmp(a, "--level") && strlen(v) == 1 && v[0] >= '1' && v[0] <= '3')
            o->level = v[0] - '0', i++;
        else {
            fprintf(stderr, "tocsin alerts: unexpected '%s'\n%s", a, alerts_usage);
            return -2;
        }
    }
    if (!o->db) {
        fprintf(stderr, "tocsin alerts: --db FILE is required\n%s", alerts_usage);
        return -2;
    }
    if (strcmp(o->format, "table") && strcmp(o->format, "tsv") && strcmp(o->format, "jsonl")) {
        fprintf(stderr, "tocsin alerts: --format '%s': table, tsv or jsonl\n", o->format);
        return -2;
    }
    return 0;
}

int tc_alerts_cli(int argc, char **argv)
{
    alerts_opts o = {.format = "table"};
    int rc = parse_alerts_opts(argc, argv, &o);
    if (rc) return rc == -1 ? 0 : 2;
    if (access(o.db, F_OK) != 0) {
        fprintf(stderr, "tocsin alerts: %s: no such database\n", o.db);
        return 1;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/risk-factors.txt", tc_datadir(o.data));
    tc_risk_table rt;
    tc_err err = {0};
    if (tc_risk_load(path, &rt, NULL, NULL, &err) < 0) {
        fprintf(stderr, "tocsin alerts: %s\n", err.msg);
        return 1;
    }
    tc_store *s = tc_store_open(o.db, 0, &err);
    if (!s) {
        fprintf(stderr, "tocsin alerts: %s\n", err.msg);
        return 1;
    }
    tc_warn_params p;
    tc_warn_defaults(&p);
    rc = tc_alerts_refresh(s, &rt, &p, INT32_MAX, NULL, NULL, &err);
    if (rc < 0)
        fprintf(stderr, "tocsin alerts: %s\n", err.msg);
    else
        rc = list_alerts(s, &o, stdout);
    tc_store_close(s);
    return rc ? 1 : 0;
}

/* A watch subject as stored: a dyad "AZE-ARM" becomes "AZE>ARM"; NULL when malformed. */
static const char *watch_subject(const char *kind, const char *v, char out[64])
{
    if (!*v || strlen(v) >= 64) return NULL;
    snprintf(out, 64, "%s", v);
    if (!strcmp(kind, "dyad")) {
        char *sep = strpbrk(out, ">-:");
        if (!sep || sep == out || !sep[1]) return NULL;
        *sep = '>';
    }
    return strcmp(kind, "country") && strcmp(kind, "dyad") && strcmp(kind, "place") ? NULL : out;
}

static int watch_do(tc_store *s, const char *verb, const char *kind, const char *subject)
{
    sqlite3 *db = tc_store_sqlite(s);
    sqlite3_stmt *st;
    if (!strcmp(verb, "list")) {
        if (sqlite3_prepare_v2(db, "SELECT kind, subject FROM watch ORDER BY kind, subject", -1,
                               &st, NULL))
            return 1;
        while (sqlite3_step(st) == SQLITE_ROW) printf("%s\t%s\n", col(st, 0), col(st, 1));
        sqlite3_finalize(st);
        return 0;
    }
    const char *sql = !strcmp(verb, "add")
                          ? "INSERT OR IGNORE INTO watch(kind, subject) VALUES(?, ?)"
                          : "DELETE FROM watch WHERE kind = ? AND subject = ?";
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL)) return 1;
    sqlite3_bind_text(st, 1, kind, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, subject, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : 1;
    sqlite3_finalize(st);
    if (!rc && !sqlite3_changes(db))
        fprintf(stderr, "tocsin watch: %s %s %s: nothing to %s\n", verb, kind, subject,
                !strcmp(verb, "add") ? "add (already watched)" : "remove (not watched)");
    return rc;
}

int tc_watch_cli(int argc, char **argv)
{
    const char *db = NULL, *pos[3] = {0};
    size_t npos = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(watch_usage, stdout);
            return 0;
        }
        if (!strcmp(argv[i], "--db") && i + 1 < argc)
            db = argv[++i];
        else if (npos < 3 && argv[i][0] != '-')
            pos[npos++] = argv[i];
        else {
            fprintf(stderr, "tocsin watch: unexpected '%s'\n%s", argv[i], watch_usage);
            return 2;
        }
    }
    int list = npos == 1 && pos[0] && !strcmp(pos[0], "list");
    int change = npos == 3 && (!strcmp(pos[0], "add") || !strcmp(pos[0], "remove"));
    char subject[64];
    if (!db || (!list && !change) || (change && !watch_subject(pos[1], pos[2], subject))) {
        fprintf(stderr, "tocsin watch: %s\n%s",
                !db ? "--db FILE is required" : "add|remove country|dyad|place SUBJECT, or list",
                watch_usage);
        return 2;
    }
    tc_err err = {0};
    tc_store *s = tc_store_open(db, 0, &err);
    if (!s) {
        fprintf(stderr, "tocsin watch: %s\n", err.msg);
        return 1;
    }
    int rc = watch_do(s, pos[0], change ? pos[1] : "", change ? subject : "");
    if (rc) fprintf(stderr, "tocsin watch: %s\n", sqlite3_errmsg(tc_store_sqlite(s)));
    tc_store_close(s);
    return rc;
}
