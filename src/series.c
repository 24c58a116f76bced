/* series: the early-warning series in the store (see series.h).
 *
 * An update reads the marks (the last article and copy folded in, the hash of the risk
 * factors), lists the days of what came since, and recomputes each day whole: its volume,
 * then one pass over its events, each adding to its subjects' accumulators (a map from
 * "kind\tsubject") and, through a set of distinct keys, to the independent-outlet counts. */
#include "series.h"

#include "arena.h"
#include "hash.h"
#include "story.h"
#include "when.h"

#include <limits.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tc_series_date(int32_t day, char out[11])
{
    int y, m, d;
    tc_when_civil(day, &y, &m, &d);
    char buf[40];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    memcpy(out, buf, 10);
    out[10] = 0;
}

int32_t tc_series_day(const char *s)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-') return INT32_MIN;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return INT32_MIN;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    if (m < 1 || m > 12 || d < 1 || d > 31) return INT32_MIN;
    return tc_when_days(y, m, d);
}

static int db_fail(sqlite3 *db, tc_err *err, const char *what)
{
    return tc_err_set(err, TC_EDB, "series: %s: %s", what, sqlite3_errmsg(db));
}

static int exec_sql(sqlite3 *db, const char *sql, tc_err *err)
{
    if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK) return db_fail(db, err, sql);
    return TC_OK;
}

static int64_t get_mark(sqlite3 *db, const char *name)
{
    sqlite3_stmt *st;
    int64_t v = 0;
    if (sqlite3_prepare_v2(db, "SELECT value FROM warn_marks WHERE name = ?", -1, &st, NULL))
        return 0;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

static int set_mark(sqlite3 *db, const char *name, int64_t v, tc_err *err)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO warn_marks(name, value) VALUES(?, ?)", -1,
                           &st, NULL))
        return db_fail(db, err, "marks");
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, v);
    int rc = sqlite3_step(st) == SQLITE_DONE ? TC_OK : db_fail(db, err, "marks");
    sqlite3_finalize(st);
    return rc;
}

/* ---- one day ---- */

typedef struct {
    char *kind, *subject; /* in the day's arena */
    int64_t n[4], w[4], articles;
    double gs_conflict, gs_coop;
    int64_t outlets[TC_RISK_MAX], events[TC_RISK_MAX];
    int has_factor;
} acc;

typedef struct {
    tc_arena *a;
    tc_map *subjects; /* "kind\tsubject" -> acc */
    tc_map *seen;     /* distinct keys of the weighted counts */
    TC_VEC(acc *) list;
    const tc_risk_table *rt;
} day_work;

/* Whether key (copied into the arena when new) was not seen before. */
static int first_time(day_work *w, const char *key)
{
    size_t n = strlen(key);
    if (tc_map_get(w->seen, key, n)) return 0;
    char *k = tc_arena_strndup(w->a, key, n);
    tc_map_put(w->seen, k, n, k);
    return 1;
}

static acc *subject_acc(day_work *w, const char *kind, const char *subject)
{
    char key[160];
    int n = snprintf(key, sizeof key, "%s\t%s", kind, subject);
    if (n < 0 || (size_t)n >= sizeof key) return NULL;
    acc *x = tc_map_get(w->subjects, key, (size_t)n);
    if (x) return x;
    x = tc_arena_calloc(w->a, 1, sizeof *x);
    char *k = tc_arena_strndup(w->a, key, (size_t)n);
    k[strlen(kind)] = 0;
    x->kind = k;
    x->subject = k + strlen(kind) + 1;
    /* the map keeps its own copy of the key: the one above is cut in two */
    tc_map_put(w->subjects, tc_arena_strndup(w->a, key, (size_t)n), (size_t)n, x);
    TC_PUSH(w->a, w->list, x);
    return x;
}

typedef struct {
    const char *src, *tgt, *code, *root, *place, *place_country, *precision, *outlet;
    double goldstein;
    int quad;
    int64_t article, story, copy_of;
} ev_row;

static int is_country(const char *side)
{
    return strlen(side) == 3 && side[0] >= 'A' && side[0] <= 'Z';
}

/* Adds one event to one subject. */
static void add_to(day_work *w, const char *kind, const char *subject, const ev_row *e,
                   const char *dyad)
{
    acc *x = subject_acc(w, kind, subject);
    if (!x) return;
    int q = e->quad >= 1 && e->quad <= 4 ? e->quad - 1 : 3;
    x->n[q]++;
    if (e->goldstein < 0)
        x->gs_conflict += e->goldstein;
    else
        x->gs_coop += e->goldstein;
    char key[400];
    snprintf(key, sizeof key, "A\t%s\t%s\t%lld", kind, subject, (long long)e->article);
    if (first_time(w, key)) x->articles++;
    if (e->copy_of) return;
    snprintf(key, sizeof key, "W\t%s\t%s\t%lld\t%s\t%s\t%s", kind, subject, (long long)e->story,
             e->outlet, e->root, dyad);
    if (first_time(w, key)) x->w[q]++;
}

/* The risk factors this event is evidence of, for its doer's country. */
static void add_factors(day_work *w, const char *country, const ev_row *e)
{
    acc *x = NULL;
    for (size_t k = 0; k < w->rt->n; k++) {
        if (!tc_risk_match(&w->rt->f[k], e->code, e->tgt)) continue;
        if (!x && !(x = subject_acc(w, "factor", country))) return;
        x->has_factor = 1;
        x->events[k]++;
        if (e->copy_of) continue;
        char key[300];
        snprintf(key, sizeof key, "F\t%s\t%zu\t%s", country, k, e->outlet);
        if (first_time(w, key)) x->outlets[k]++;
    }
}

static void add_event(day_work *w, const ev_row *e)
{
    char src[8], tgt[8] = "", dyad[20];
    tc_story_side(e->src, src);
    if (e->tgt[0]) tc_story_side(e->tgt, tgt);
    snprintf(dyad, sizeof dyad, "%s>%s", src, tgt);
    const char *countries[3] = {src, tgt, e->place_country};
    for (int i = 0; i < 3; i++) {
        int dup = 0;
        for (int j = 0; j < i; j++) dup |= !strcmp(countries[i], countries[j]);
        if (!dup && is_country(countries[i])) add_to(w, "country", countries[i], e, dyad);
    }
    if (tgt[0]) add_to(w, "dyad", dyad, e, dyad);
    if (e->place[0] && (!strcmp(e->precision, "point") || !strcmp(e->precision, "subdivision")))
        add_to(w, "place", e->place, e, dyad);
    /* an unnamed doer ("protesters") is of the place; an organisation never stands for it */
    int org = !strncmp(src, "IGO", 3) || !strncmp(src, "NGO", 3) || !strncmp(src, "MNC", 3);
    const char *doer = is_country(src) ? src : org ? "" : e->place_country;
    if (is_country(doer) && w->rt && tc_risk_doer(w->rt, e->src)) add_factors(w, doer, e);
}

static const char *col(sqlite3_stmt *st, int i)
{
    const unsigned char *s = sqlite3_column_text(st, i);
    return s ? (const char *)s : "";
}

#define DAY_EVENTS                                                                                 \
    "SELECT e.src_code, e.tgt_code, e.code, e.root, e.goldstein, e.quad, e.flags, e.past,"         \
    " e.place_name, e.place_country, e.place_precision, a.id, coalesce(sa.story_id, -a.id),"       \
    " coalesce(sa.copy_of, 0), coalesce(o.outlet, a.outlet)"                                       \
    " FROM events e JOIN articles a ON a.id = e.article_id"                                        \
    " LEFT JOIN story_articles sa ON sa.article_id = a.id"                                         \
    " LEFT JOIN articles o ON o.id = sa.copy_of AND sa.copy_of > 0"                                \
    " WHERE e.date = ? ORDER BY e.id"

static int read_events(sqlite3 *db, const char *date, day_work *w, tc_err *err)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, DAY_EVENTS, -1, &st, NULL)) return db_fail(db, err, "events");
    sqlite3_bind_text(st, 1, date, -1, SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        unsigned flags = (unsigned)sqlite3_column_int(st, 6);
        if (flags & 3 || sqlite3_column_int(st, 7)) continue; /* negated, hypothetical, past */
        ev_row e = {.src = col(st, 0),
                    .tgt = col(st, 1),
                    .code = col(st, 2),
                    .root = col(st, 3),
                    .goldstein = sqlite3_column_double(st, 4),
                    .quad = sqlite3_column_int(st, 5),
                    .place = col(st, 8),
                    .place_country = col(st, 9),
                    .precision = col(st, 10),
                    .article = sqlite3_column_int64(st, 11),
                    .story = sqlite3_column_int64(st, 12),
                    .copy_of = sqlite3_column_int64(st, 13),
                    .outlet = col(st, 14)};
        add_event(w, &e);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? TC_OK : db_fail(db, err, "events");
}

static int64_t count_sql(sqlite3 *db, const char *sql, const char *date, int64_t *second)
{
    sqlite3_stmt *st;
    int64_t v = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL)) return -1;
    sqlite3_bind_text(st, 1, date, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW) {
        v = sqlite3_column_int64(st, 0);
        if (second) *second = sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    return v;
}

static int write_acc(sqlite3 *db, sqlite3_stmt *ins, sqlite3_stmt *fac, int32_t day,
                     const tc_risk_table *rt, const acc *x, tc_err *err)
{
    if (strcmp(x->kind, "factor")) {
        sqlite3_reset(ins);
        sqlite3_bind_text(ins, 1, x->kind, -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 2, x->subject, -1, SQLITE_STATIC);
        sqlite3_bind_int(ins, 3, day);
        for (int q = 0; q < 4; q++) {
            sqlite3_bind_int64(ins, 4 + q, x->n[q]);
            sqlite3_bind_int64(ins, 8 + q, x->w[q]);
        }
        sqlite3_bind_double(ins, 12, x->gs_conflict);
        sqlite3_bind_double(ins, 13, x->gs_coop);
        sqlite3_bind_int64(ins, 14, x->articles);
        if (sqlite3_step(ins) != SQLITE_DONE) return db_fail(db, err, "writing a series");
        return TC_OK;
    }
    for (size_t k = 0; k < rt->n; k++) {
        if (!x->events[k]) continue;
        sqlite3_reset(fac);
        sqlite3_bind_text(fac, 1, x->subject, -1, SQLITE_STATIC);
        sqlite3_bind_int(fac, 2, day);
        sqlite3_bind_text(fac, 3, rt->f[k].name, -1, SQLITE_STATIC);
        sqlite3_bind_int64(fac, 4, x->outlets[k]);
        sqlite3_bind_int64(fac, 5, x->events[k]);
        if (sqlite3_step(fac) != SQLITE_DONE) return db_fail(db, err, "writing a factor");
    }
    return TC_OK;
}

/* Recomputes one day whole. */
static int do_day(sqlite3 *db, const char *date, const tc_risk_table *rt, tc_arena *a, tc_err *err)
{
    int32_t day = tc_series_day(date);
    if (day == INT32_MIN) return TC_OK;
    char sql[160];
    snprintf(sql, sizeof sql,
             "DELETE FROM warn_series WHERE day = %d; DELETE FROM warn_factor WHERE day = %d;"
             "DELETE FROM warn_volume WHERE day = %d;",
             (int)day, (int)day, (int)day);
    if (exec_sql(db, sql, err) < 0) return TC_EDB;
    int64_t outlets = 0;
    int64_t arts = count_sql(
        db, "SELECT count(*), count(DISTINCT outlet) FROM articles WHERE date = ?", date, &outlets);
    int64_t copies = count_sql(db, "SELECT count(*) FROM story_copies WHERE date = ?", date, NULL);
    if (arts < 0 || copies < 0) return db_fail(db, err, "volume");
    snprintf(sql, sizeof sql, "INSERT INTO warn_volume VALUES(%d, %lld, %lld, %lld)", (int)day,
             (long long)arts, (long long)copies, (long long)outlets);
    if (exec_sql(db, sql, err) < 0) return TC_EDB;

    tc_arena_reset(a);
    day_work w = {.a = a, .subjects = tc_map_new(64), .seen = tc_map_new(256), .rt = rt};
    int rc = read_events(db, date, &w, err);
    sqlite3_stmt *ins = NULL, *fac = NULL;
    if (rc == TC_OK &&
        (sqlite3_prepare_v2(db,
                            "INSERT INTO warn_series VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            " ?, ?)",
                            -1, &ins, NULL) ||
         sqlite3_prepare_v2(db, "INSERT INTO warn_factor VALUES(?, ?, ?, ?, ?)", -1, &fac, NULL)))
        rc = db_fail(db, err, "preparing");
    for (size_t i = 0; rc == TC_OK && i < w.list.n; i++)
        rc = write_acc(db, ins, fac, day, rt, w.list.v[i], err);
    sqlite3_finalize(ins);
    sqlite3_finalize(fac);
    tc_map_free(w.subjects);
    tc_map_free(w.seen);
    return rc;
}

/* The dates to recompute: those of articles and copies past the marks, or all of them. */
static int list_days(sqlite3 *db, int all, int64_t art, int64_t cp, char ***out, size_t *n,
                     tc_err *err)
{
    sqlite3_stmt *st;
    const char *sql = all ? "SELECT DISTINCT date FROM articles UNION"
                            " SELECT DISTINCT date FROM story_copies ORDER BY 1"
                          : "SELECT DISTINCT date FROM articles WHERE id > ?1 UNION"
                            " SELECT DISTINCT date FROM story_copies WHERE id > ?2 ORDER BY 1";
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL)) return db_fail(db, err, "days");
    if (!all) {
        sqlite3_bind_int64(st, 1, art);
        sqlite3_bind_int64(st, 2, cp);
    }
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*n == cap) *out = tc_xrealloc(*out, (cap = cap ? 2 * cap : 64) * sizeof **out);
        (*out)[(*n)++] = tc_xstrdup(col(st, 0));
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? TC_OK : db_fail(db, err, "days");
}

/* The value of a one-number query, -1 on failure. */
static int64_t max_id(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st;
    int64_t v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL)) return -1;
    if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

int tc_series_update(tc_store *s, const tc_risk_table *rt, size_t *ndays, tc_err *err)
{
    sqlite3 *db = tc_store_sqlite(s);
    if (ndays) *ndays = 0;
    if (tc_store_begin(s, err) < 0) return TC_EDB;
    int64_t hash = rt ? (int64_t)(rt->hash >> 1) : 0;
    int all = get_mark(db, "risk") != hash;
    int64_t art = get_mark(db, "articles"), cp = get_mark(db, "copies");
    char **days = NULL;
    size_t n = 0;
    int rc = list_days(db, all, art, cp, &days, &n, err);
    if (rc == TC_OK && all) rc = exec_sql(db, "DELETE FROM warn_factor", err);
    tc_arena *a = tc_arena_new(0);
    for (size_t i = 0; rc == TC_OK && i < n; i++) rc = do_day(db, days[i], rt, a, err);
    tc_arena_free(a);
    for (size_t i = 0; i < n; i++) free(days[i]);
    free(days);
    int64_t max_art = max_id(db, "SELECT coalesce(max(id), 0) FROM articles");
    int64_t max_cp = max_id(db, "SELECT coalesce(max(id), 0) FROM story_copies");
    if (rc == TC_OK && (max_art < 0 || max_cp < 0)) rc = db_fail(db, err, "marks");
    if (rc == TC_OK) rc = set_mark(db, "articles", max_art, err);
    if (rc == TC_OK) rc = set_mark(db, "copies", max_cp, err);
    if (rc == TC_OK) rc = set_mark(db, "risk", hash, err);
    if (rc == TC_OK && tc_store_commit(s, err) == TC_OK) {
        if (ndays) *ndays = n;
        return TC_OK;
    }
    tc_store_rollback(s);
    return TC_EDB;
}

int tc_series_span(tc_store *s, int32_t *first, int32_t *last, tc_err *err)
{
    sqlite3 *db = tc_store_sqlite(s);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "SELECT min(day), max(day) FROM warn_volume", -1, &st, NULL))
        return db_fail(db, err, "span");
    int rc = 1;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
        *first = sqlite3_column_int(st, 0);
        *last = sqlite3_column_int(st, 1);
        rc = 0;
    }
    sqlite3_finalize(st);
    return rc;
}

/* ---- reading ---- */

static int listed(const char *subject, const char *const *only, size_t n)
{
    if (!only) return 1;
    for (size_t i = 0; i < n; i++)
        if (!strcmp(only[i], subject)) return 1;
    return 0;
}

/* Each day's volume over [first, last] into vol. */
static int read_volume(sqlite3 *db, int32_t first, int32_t last, double *vol, tc_err *err)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db,
                           "SELECT day, articles + copies FROM warn_volume WHERE day BETWEEN ?"
                           " AND ?",
                           -1, &st, NULL))
        return db_fail(db, err, "volume");
    sqlite3_bind_int(st, 1, first);
    sqlite3_bind_int(st, 2, last);
    while (sqlite3_step(st) == SQLITE_ROW)
        vol[sqlite3_column_int(st, 0) - first] = sqlite3_column_double(st, 1);
    sqlite3_finalize(st);
    return TC_OK;
}

/* The factor reports of one subject into days. */
static int read_factors(sqlite3_stmt *st, const tc_risk_table *rt, const char *subject,
                        int32_t first, int32_t last, tc_warn_day *days)
{
    sqlite3_reset(st);
    sqlite3_bind_text(st, 1, subject, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 2, first);
    sqlite3_bind_int(st, 3, last);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *name = col(st, 1);
        for (size_t k = 0; k < rt->n; k++)
            if (!strcmp(rt->f[k].name, name))
                days[sqlite3_column_int(st, 0) - first].factor[k] = sqlite3_column_double(st, 2);
    }
    return TC_OK;
}

typedef struct {
    char subject[128];
    size_t n;
} cur_subject;

int tc_series_each(tc_store *s, const tc_risk_table *rt, const char *kind, int32_t first,
                   int32_t last, const char *const *only, size_t nonly,
                   int (*fn)(const char *subject, const tc_warn_day *days, size_t n, void *ctx),
                   void *ctx, tc_err *err)
{
    if (last < first) return TC_OK;
    sqlite3 *db = tc_store_sqlite(s);
    size_t n = (size_t)(last - first) + 1;
    double *vol = tc_xcalloc(n, sizeof *vol);
    tc_warn_day *days = tc_xmalloc(n * sizeof *days);
    sqlite3_stmt *st = NULL, *fac = NULL;
    int rc = read_volume(db, first, last, vol, err);
    if (rc == TC_OK &&
        (sqlite3_prepare_v2(db,
                            "SELECT subject, day, w3 + w4, articles FROM warn_series WHERE"
                            " kind = ? AND day BETWEEN ? AND ? ORDER BY subject, day",
                            -1, &st, NULL) ||
         sqlite3_prepare_v2(db,
                            "SELECT day, factor, outlets FROM warn_factor WHERE subject = ? AND"
                            " day BETWEEN ? AND ?",
                            -1, &fac, NULL)))
        rc = db_fail(db, err, "series");
    if (rc == TC_OK) {
        sqlite3_bind_text(st, 1, kind, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 2, first);
        sqlite3_bind_int(st, 3, last);
    }
    char cur[128] = "";
    int have = 0, step = rc == TC_OK ? sqlite3_step(st) : SQLITE_DONE;
    while (rc == TC_OK) {
        const char *subj = step == SQLITE_ROW ? col(st, 0) : NULL;
        if (have && (!subj || strcmp(subj, cur))) {
            if (rt && !strcmp(kind, "country")) read_factors(fac, rt, cur, first, last, days);
            if ((rc = fn(cur, days, n, ctx)) != 0) break;
            have = 0;
        }
        if (!subj) break;
        if (!have && listed(subj, only, nonly) && strlen(subj) < sizeof cur) {
            snprintf(cur, sizeof cur, "%s", subj);
            memset(days, 0, n * sizeof *days);
            for (size_t i = 0; i < n; i++)
                days[i].day = first + (int32_t)i, days[i].volume = vol[i];
            have = 1;
        }
        if (have && !strcmp(subj, cur)) {
            size_t i = (size_t)(sqlite3_column_int(st, 1) - first);
            days[i].conflict = sqlite3_column_double(st, 2);
            days[i].articles = sqlite3_column_double(st, 3);
        }
        step = sqlite3_step(st);
        if (step != SQLITE_ROW && step != SQLITE_DONE) rc = db_fail(db, err, "series");
    }
    sqlite3_finalize(st);
    sqlite3_finalize(fac);
    free(vol);
    free(days);
    return rc;
}
