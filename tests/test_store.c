/* Tests of store: schema, documents, idempotency, filters, dyads, refusals, crash safety. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "hash.h"
#include "store.h"

#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const tc_cameo c191 = {.code = "191",
                              .name = "Impose blockade, restrict movement",
                              .goldstein = -9.5,
                              .quad = 4,
                              .plover = "COERCE",
                              .mode = "restrict"};
static const tc_cameo c111 = {.code = "111",
                              .name = "Criticize or denounce",
                              .goldstein = -2.0,
                              .quad = 3,
                              .plover = "ACCUSE",
                              .mode = "disapprove"};
static const tc_cameo c163 = {.code = "163",
                              .name = "Impose embargo, boycott, or sanctions",
                              .goldstein = -8.0,
                              .quad = 4,
                              .plover = "COERCE",
                              .mode = ""};

typedef struct {
    char dir[64], path[96];
} fixture;

/* An article of two sentences, split on ". ", with events added by words of the text. */
typedef struct {
    tc_article art;
    tc_sentence sents[4];
    tc_text t;
    tc_event ev[4];
    size_t nev;
} doc;

static tc_span span_of(const doc *d, const char *word, uint32_t sent)
{
    const tc_sentence *s = &d->sents[sent];
    const char *p = strstr(d->art.text + s->off, word);
    assert_non_null(p);
    return (tc_span){(uint32_t)(p - d->art.text), (uint32_t)strlen(word)};
}

static void doc_init(doc *d, const char *text, const char *date, const char *outlet)
{
    memset(d, 0, sizeof *d);
    d->art.input = "test.txt";
    d->art.url = "https://example.org/a";
    d->art.outlet = outlet;
    d->art.author = "";
    d->art.title = "A title";
    d->art.text = text;
    d->art.text_len = strlen(text);
    d->art.hash = tc_hash64(text, strlen(text), 0);
    snprintf(d->art.date, sizeof d->art.date, "%s", date);
    const char *p = text;
    while (*p && d->t.nsents < 4) {
        const char *end = strstr(p, ". ");
        size_t len = end ? (size_t)(end - p) + 1 : strlen(p);
        d->sents[d->t.nsents++] = (tc_sentence){(uint32_t)(p - text), (uint32_t)len, 0, 0};
        p += len;
        while (*p == ' ') p++;
    }
    d->t.text = text;
    d->t.len = d->art.text_len;
    d->t.sents = d->sents;
}

static void doc_event(doc *d, uint32_t sent, const char *src, const char *src_word,
                      const char *verb, const tc_cameo *c, const char *tgt, const char *tgt_word,
                      unsigned flags)
{
    tc_event *e = &d->ev[d->nev++];
    memset(e, 0, sizeof *e);
    snprintf(e->src.code, sizeof e->src.code, "%s", src);
    snprintf(e->tgt.code, sizeof e->tgt.code, "%s", tgt);
    e->src.name = strncmp(src, "AZE", 3) == 0   ? "Azerbaijan"
                  : strncmp(src, "RUS", 3) == 0 ? "Russia"
                                                : "Armenia";
    e->tgt.name = strncmp(tgt, "AZE", 3) == 0   ? "Azerbaijan"
                  : strncmp(tgt, "RUS", 3) == 0 ? "Russia"
                                                : "Armenia";
    e->src.span = span_of(d, src_word, sent);
    e->tgt.span = span_of(d, tgt_word, sent);
    e->verb = span_of(d, verb, sent);
    snprintf(e->cameo, sizeof e->cameo, "%s", c ? c->code : "0");
    e->info = c;
    e->sent = sent;
    e->flags = flags;
}

/* The main document: two sentences, two events, one negated event. */
static void doc_main(doc *d)
{
    doc_init(d,
             "Azerbaijan blockaded Armenia on Monday. Russia criticized Azerbaijan but did not "
             "sanction Baku.",
             "2023-09-19", "Example News");
    doc_event(d, 0, "AZEGOV", "Azerbaijan", "blockaded", &c191, "ARMGOV", "Armenia", 0);
    doc_event(d, 1, "RUSGOV", "Russia", "criticized", &c111, "AZEGOV", "Azerbaijan", 0);
    doc_event(d, 1, "RUSGOV", "Russia", "sanction", &c163, "AZEGOV", "Baku", TC_EV_NEGATED);
}

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    strcpy(fx->dir, "/tmp/tc_store_XXXXXX");
    if (!mkdtemp(fx->dir)) return -1;
    snprintf(fx->path, sizeof fx->path, "%s/t.db", fx->dir);
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    static const char *const suffix[] = {"", "-wal", "-shm", "-journal"};
    char p[128];
    for (size_t i = 0; i < 4; i++) {
        snprintf(p, sizeof p, "%s%s", fx->path, suffix[i]);
        unlink(p);
    }
    snprintf(p, sizeof p, "%s/other", fx->dir);
    unlink(p);
    rmdir(fx->dir);
    free(fx);
    return 0;
}

static tc_store *open_ok(const fixture *fx, int readonly)
{
    tc_err err = {0};
    tc_store *s = tc_store_open(fx->path, readonly, &err);
    if (!s) fail_msg("open %s: %s", fx->path, err.msg);
    return s;
}

/* Puts d in a batch of its own; returns *added. */
static int put_committed(tc_store *s, const doc *d, int keep_flagged)
{
    tc_err err = {0};
    int added = -1;
    assert_int_equal(tc_store_begin(s, &err), TC_OK);
    if (tc_store_put_document(s, &d->art, &d->t, d->ev, d->nev, keep_flagged, &added, &err))
        fail_msg("put: %s", err.msg);
    assert_int_equal(tc_store_commit(s, &err), TC_OK);
    return added;
}

static void assert_counts(tc_store *s, int64_t a, int64_t se, int64_t ev)
{
    tc_err err = {0};
    tc_store_counts c;
    assert_int_equal(tc_store_count(s, &c, &err), TC_OK);
    assert_int_equal(c.articles, a);
    assert_int_equal(c.sentences, se);
    assert_int_equal(c.events, ev);
}

/* The first integer of a query run on the file by plain SQLite. */
static int64_t sql_int(const char *path, const char *sql)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    int64_t v = -1;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

static void sql_exec(const char *path, const char *sql)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

typedef struct {
    char ids[8][17], codes[8][8], srcs[8][32], tgts[8][32], dates[8][11];
    int n;
    int stop_after; /* 0: never */
} collected;

static int collect(const tc_event_row *r, void *ctx)
{
    collected *c = ctx;
    if (c->n < 8) {
        snprintf(c->ids[c->n], 17, "%s", r->id);
        snprintf(c->codes[c->n], 8, "%s", r->code);
        snprintf(c->srcs[c->n], 32, "%s", r->src_code);
        snprintf(c->tgts[c->n], 32, "%s", r->tgt_code);
        snprintf(c->dates[c->n], 11, "%s", r->date);
    }
    c->n++;
    return c->stop_after && c->n == c->stop_after ? 42 : 0;
}

static int count_events(tc_store *s, const tc_event_filter *f)
{
    collected c = {0};
    tc_err err = {0};
    assert_int_equal(tc_store_each_event(s, f, collect, &c, &err), TC_OK);
    return c.n;
}

/* The hashes a re-run looks up before extracting and coding, and exact dyads. */
static void test_known_hashes_and_exact(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    doc d;
    doc_main(&d);
    tc_err err = {0};
    assert_int_equal(tc_store_has_article(s, d.art.hash, &err), 0);
    assert_int_equal(tc_store_has_raw(s, 42, &err), 0);
    assert_int_equal(tc_store_put_raw(s, 42, &err), TC_EUSAGE); /* outside a batch */
    assert_int_equal(put_committed(s, &d, 0), 1);
    assert_int_equal(tc_store_has_article(s, d.art.hash, &err), 1);
    assert_int_equal(tc_store_begin(s, &err), TC_OK);
    assert_int_equal(tc_store_put_raw(s, 42, &err), TC_OK);
    assert_int_equal(tc_store_put_raw(s, UINT64_MAX, &err), TC_OK); /* any 64 bits */
    assert_int_equal(tc_store_put_raw(s, 42, &err), TC_OK);         /* twice is once */
    assert_int_equal(tc_store_commit(s, &err), TC_OK);
    assert_int_equal(tc_store_has_raw(s, 42, &err), 1);
    assert_int_equal(tc_store_has_raw(s, UINT64_MAX, &err), 1);
    assert_int_equal(tc_store_has_raw(s, 43, &err), 0);
    /* AZE as a prefix matches AZEGOV; exactly, nothing. */
    assert_int_equal(count_events(s, &(tc_event_filter){.src = "AZE"}), 1);
    assert_int_equal(count_events(s, &(tc_event_filter){.src = "AZE", .exact = 1}), 0);
    assert_int_equal(count_events(s, &(tc_event_filter){.src = "azegov", .exact = 1}), 1);
    assert_int_equal(
        count_events(s, &(tc_event_filter){.src = "RUSGOV", .tgt = "AZEGOV", .exact = 1}), 1);
    tc_store_close(s);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM raw_hashes"), 2);
}

static void test_create_schema(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    assert_counts(s, 0, 0, 0);
    tc_store_close(s);
    assert_int_equal(sql_int(fx->path, "PRAGMA user_version"), TC_STORE_SCHEMA);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                       " AND name IN ('events_date', 'events_src', 'events_tgt',"
                                       " 'events_code')"),
                     4);
    /* articles.hash is UNIQUE: SQLite's automatic index serves the lookup. */
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM pragma_index_list('articles')"
                                       " WHERE \"unique\" = 1"),
                     1);
    sqlite3 *db;
    sqlite3_open(fx->path, &db);
    sqlite3_stmt *st;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, NULL);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), "wal");
    sqlite3_finalize(st);
    sqlite3_close(db);
}

static void test_put_document(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    doc d;
    doc_main(&d);
    assert_int_equal(put_committed(s, &d, 0), 1);
    assert_counts(s, 1, 2, 2);

    collected c = {0};
    tc_err err = {0};
    assert_int_equal(tc_store_each_event(s, NULL, collect, &c, &err), TC_OK);
    assert_int_equal(c.n, 2);
    int blockade = strcmp(c.codes[0], "191") == 0 ? 0 : 1;
    assert_string_equal(c.codes[blockade], "191");
    assert_string_equal(c.srcs[blockade], "AZEGOV");
    assert_string_equal(c.tgts[blockade], "ARMGOV");
    assert_string_equal(c.dates[blockade], "2023-09-19");
    assert_true(strcmp(c.ids[0], c.ids[1]) < 0); /* same date: id order */
    char id[17];
    tc_event_id(d.art.hash, &d.ev[0], id);
    assert_string_equal(c.ids[blockade], id);
    tc_store_close(s);

    assert_int_equal(sql_int(fx->path, "SELECT n_sentences FROM articles"), 2);
    assert_int_equal(sql_int(fx->path, "SELECT n_events FROM articles"), 2);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM events WHERE root = '19' AND"
                                       " goldstein = -9.5 AND quad = 4 AND plover = 'COERCE' AND"
                                       " src_text = 'Azerbaijan' AND tgt_text = 'Armenia' AND"
                                       " src_name = 'Azerbaijan' AND flags = 0"),
                     1);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM sentences WHERE text ="
                                       " 'Azerbaijan blockaded Armenia on Monday.' AND idx = 0"),
                     1);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM events e JOIN sentences s ON"
                                       " s.id = e.sentence_id WHERE e.code = '111' AND s.idx = 1"),
                     1);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM articles WHERE hash = lower(hash)"
                                       " AND length(hash) = 16 AND outlet = 'Example News'"),
                     1);
}

/* Row fields as the callback sees them. */
static int check_row(const tc_event_row *r, void *ctx)
{
    if (strcmp(r->code, "191") != 0) return 0;
    assert_string_equal(r->root, "19");
    assert_string_equal(r->src_name, "Azerbaijan");
    assert_string_equal(r->src_text, "Azerbaijan");
    assert_string_equal(r->tgt_text, "Armenia");
    assert_string_equal(r->plover, "COERCE");
    assert_string_equal(r->sentence, "Azerbaijan blockaded Armenia on Monday.");
    assert_string_equal(r->url, "https://example.org/a");
    assert_string_equal(r->outlet, "Example News");
    assert_string_equal(r->title, "A title");
    assert_true(r->goldstein == -9.5);
    assert_int_equal(r->quad, 4);
    assert_int_equal(r->flags, 0);
    assert_true(r->article_id > 0 && r->sentence_id > 0);
    (*(int *)ctx)++;
    return 0;
}

static void test_row_fields(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    doc d;
    doc_main(&d);
    put_committed(s, &d, 0);
    int seen = 0;
    tc_err err = {0};
    assert_int_equal(tc_store_each_event(s, NULL, check_row, &seen, &err), TC_OK);
    assert_int_equal(seen, 1);
    tc_store_close(s);
}

static void test_keep_flagged(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    doc d;
    doc_main(&d);
    assert_int_equal(put_committed(s, &d, 1), 1);
    assert_counts(s, 1, 2, 3);
    tc_store_close(s);
    assert_int_equal(sql_int(fx->path, "SELECT flags FROM events WHERE code = '163'"),
                     TC_EV_NEGATED);
    assert_int_equal(sql_int(fx->path, "SELECT n_events FROM articles"), 3);
}

static void test_idempotent(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    doc d;
    doc_main(&d);
    assert_int_equal(put_committed(s, &d, 0), 1);
    assert_int_equal(put_committed(s, &d, 0), 0);
    assert_int_equal(put_committed(s, &d, 1), 0); /* even with more events: hash decides */
    assert_counts(s, 1, 2, 2);

    /* Twice in one batch as well. */
    doc d2;
    doc_init(&d2, "Armenia criticized Russia. Russia criticized Armenia.", "2023-09-20", "X");
    doc_event(&d2, 0, "ARMGOV", "Armenia", "criticized", &c111, "RUSGOV", "Russia", 0);
    tc_err err = {0};
    int a1 = -1, a2 = -1;
    assert_int_equal(tc_store_begin(s, &err), TC_OK);
    assert_int_equal(tc_store_put_document(s, &d2.art, &d2.t, d2.ev, d2.nev, 0, &a1, &err), 0);
    assert_int_equal(tc_store_put_document(s, &d2.art, &d2.t, d2.ev, d2.nev, 0, &a2, &err), 0);
    assert_int_equal(tc_store_commit(s, &err), TC_OK);
    assert_int_equal(a1, 1);
    assert_int_equal(a2, 0);
    assert_counts(s, 2, 4, 3);
    tc_store_close(s);
}

/* Three documents on three dates for the query tests. */
static void put_three(tc_store *s)
{
    doc d;
    doc_main(&d); /* 2023-09-19: AZEGOV 191 ARMGOV, RUSGOV 111 AZEGOV */
    put_committed(s, &d, 0);
    doc_init(&d, "Armenia criticized Azerbaijan. Russia criticized Armenia.", "2023-01-10", "Y");
    doc_event(&d, 0, "ARMGOV", "Armenia", "criticized", &c111, "AZEGOV", "Azerbaijan", 0);
    doc_event(&d, 1, "RUSGOV", "Russia", "criticized", &c111, "ARMGOV", "Armenia", 0);
    put_committed(s, &d, 0);
    doc_init(&d, "Azerbaijan blockaded Armenia again.", "2023-05-01", "Z");
    doc_event(&d, 0, "AZEMIL", "Azerbaijan", "blockaded", &c191, "ARMCVL", "Armenia", 0);
    put_committed(s, &d, 0);
}

static void test_filters(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    put_three(s);
    assert_counts(s, 3, 5, 5);

    collected c = {0};
    tc_err err = {0};
    assert_int_equal(tc_store_each_event(s, &(tc_event_filter){0}, collect, &c, &err), TC_OK);
    assert_int_equal(c.n, 5);
    for (int i = 1; i < 5; i++) assert_true(strcmp(c.dates[i - 1], c.dates[i]) <= 0);
    assert_string_equal(c.dates[0], "2023-01-10");
    assert_string_equal(c.dates[4], "2023-09-19");

    assert_int_equal(count_events(s, &(tc_event_filter){.actor = "AZE"}), 4);
    assert_int_equal(count_events(s, &(tc_event_filter){.actor = "aze"}), 4);
    assert_int_equal(count_events(s, &(tc_event_filter){.actor = "AZEMIL"}), 1);
    assert_int_equal(count_events(s, &(tc_event_filter){.actor = "RUS"}), 2);
    assert_int_equal(count_events(s, &(tc_event_filter){.actor = ""}), 5);
    assert_int_equal(count_events(s, &(tc_event_filter){.actor = "%"}), 0);
    assert_int_equal(count_events(s, &(tc_event_filter){.actor = "\xff"}), 0);
    assert_int_equal(count_events(s, &(tc_event_filter){.src = "RUS"}), 2);
    assert_int_equal(count_events(s, &(tc_event_filter){.tgt = "ARM"}), 3);
    assert_int_equal(count_events(s, &(tc_event_filter){.src = "AZE", .tgt = "ARMGOV"}), 1);
    assert_int_equal(count_events(s, &(tc_event_filter){.code = "19"}), 2);
    assert_int_equal(count_events(s, &(tc_event_filter){.code = "1"}), 5);
    assert_int_equal(count_events(s, &(tc_event_filter){.code = "111"}), 3);
    assert_int_equal(count_events(s, &(tc_event_filter){.code = "2"}), 0);
    assert_int_equal(count_events(s, &(tc_event_filter){.from = "2023-05-01"}), 3);
    assert_int_equal(count_events(s, &(tc_event_filter){.to = "2023-05-01"}), 3);
    assert_int_equal(count_events(s, &(tc_event_filter){.from = "2023-05-01", .to = "2023-05-01"}),
                     1);
    assert_int_equal(count_events(s, &(tc_event_filter){.from = "2023-02-01", .to = "2023-04-30"}),
                     0);
    assert_int_equal(count_events(s, &(tc_event_filter){.actor = "ARM", .from = "2023-05-01"}), 2);
    assert_int_equal(count_events(s, &(tc_event_filter){.limit = 2}), 2);
    assert_int_equal(count_events(s, &(tc_event_filter){.limit = -1}), 5);

    memset(&c, 0, sizeof c);
    assert_int_equal(
        tc_store_each_event(s, &(tc_event_filter){.code = "111", .limit = 1}, collect, &c, &err),
        TC_OK);
    assert_int_equal(c.n, 1);
    assert_string_equal(c.dates[0], "2023-01-10");

    /* Early stop returns the callback's value; the same query then runs again fine. */
    memset(&c, 0, sizeof c);
    c.stop_after = 2;
    assert_int_equal(tc_store_each_event(s, NULL, collect, &c, &err), 42);
    assert_int_equal(c.n, 2);
    assert_int_equal(count_events(s, NULL), 5);
    tc_store_close(s);
}

typedef struct {
    char src[4][32], tgt[4][32];
    int64_t n[4];
    int count;
} dyads;

static int collect_dyad(const char *src, const char *tgt, int64_t n, void *ctx)
{
    dyads *d = ctx;
    if (d->count < 4) {
        snprintf(d->src[d->count], 32, "%s", src);
        snprintf(d->tgt[d->count], 32, "%s", tgt);
        d->n[d->count] = n;
    }
    d->count++;
    return 0;
}

static int stop_dyad(const char *src, const char *tgt, int64_t n, void *ctx)
{
    return 7;
}

static void test_top_dyads(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    tc_err err = {0};
    dyads d = {0};
    assert_int_equal(tc_store_top_dyads(s, 3, collect_dyad, &d, &err), TC_OK);
    assert_int_equal(d.count, 0);

    put_three(s);
    doc extra;
    doc_init(&extra, "Russia criticized Azerbaijan again.", "2023-09-21", "W");
    doc_event(&extra, 0, "RUSGOV", "Russia", "criticized", &c111, "AZEGOV", "Azerbaijan", 0);
    put_committed(s, &extra, 0);

    assert_int_equal(tc_store_top_dyads(s, 2, collect_dyad, &d, &err), TC_OK);
    assert_int_equal(d.count, 2);
    assert_string_equal(d.src[0], "RUSGOV");
    assert_string_equal(d.tgt[0], "AZEGOV");
    assert_int_equal(d.n[0], 2);
    assert_string_equal(d.src[1], "ARMGOV"); /* ties in code order */
    assert_string_equal(d.tgt[1], "AZEGOV");
    assert_int_equal(d.n[1], 1);

    memset(&d, 0, sizeof d);
    assert_int_equal(tc_store_top_dyads(s, 0, collect_dyad, &d, &err), TC_OK);
    assert_int_equal(d.count, 5);
    assert_int_equal(tc_store_top_dyads(s, 0, stop_dyad, NULL, &err), 7);
    tc_store_close(s);
}

static void test_reopen(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    doc d;
    doc_main(&d);
    put_committed(s, &d, 0);
    tc_store_close(s);

    s = open_ok(fx, 0);
    assert_counts(s, 1, 2, 2);
    assert_int_equal(put_committed(s, &d, 0), 0);
    tc_store_close(s);

    s = open_ok(fx, 1);
    assert_counts(s, 1, 2, 2);
    assert_int_equal(count_events(s, &(tc_event_filter){.actor = "RUS"}), 1);
    tc_err err = {0};
    assert_int_equal(tc_store_begin(s, &err), TC_EDB);
    assert_non_null(strstr(err.msg, "read-only"));
    tc_store_close(s);
}

static void test_not_sqlite(void **state)
{
    fixture *fx = *state;
    FILE *f = fopen(fx->path, "w");
    assert_non_null(f);
    for (int i = 0; i < 200; i++) fputs("this is a plain text file, not a database\n", f);
    fclose(f);
    tc_err err = {0};
    assert_null(tc_store_open(fx->path, 0, &err));
    assert_int_equal(err.code, TC_EDB);
    assert_non_null(strstr(err.msg, "not an SQLite database"));
    memset(&err, 0, sizeof err);
    assert_null(tc_store_open(fx->path, 1, &err));
    assert_non_null(strstr(err.msg, "not an SQLite database"));
}

static void test_missing_readonly(void **state)
{
    fixture *fx = *state;
    tc_err err = {0};
    assert_null(tc_store_open(fx->path, 1, &err));
    assert_int_equal(err.code, TC_EDB);
    assert_non_null(strstr(err.msg, "cannot open"));
    assert_int_equal(access(fx->path, F_OK), -1);
    char dir_as_file[96];
    snprintf(dir_as_file, sizeof dir_as_file, "%s/", fx->dir);
    assert_null(tc_store_open(dir_as_file, 0, &err));
}

static void test_other_sqlite(void **state)
{
    fixture *fx = *state;
    sql_exec(fx->path, "CREATE TABLE articles(x); INSERT INTO articles VALUES (1);");
    tc_err err = {0};
    assert_null(tc_store_open(fx->path, 0, &err));
    assert_non_null(strstr(err.msg, "not tocsin's"));
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM articles"), 1);
}

static void test_newer_schema(void **state)
{
    fixture *fx = *state;
    tc_store_close(open_ok(fx, 0));
    sql_exec(fx->path, "PRAGMA user_version = 99");
    tc_err err = {0};
    assert_null(tc_store_open(fx->path, 0, &err));
    assert_int_equal(err.code, TC_EDB);
    assert_non_null(strstr(err.msg, "newer"));
    assert_null(tc_store_open(fx->path, 1, &err));
    assert_int_equal(sql_int(fx->path, "PRAGMA user_version"), 99);
}

/* What versions 4 and 5 added, dropped: a file of version 3 again. */
/* Back to a version 5 file: the place columns of version 6 dropped. */
#define DOWNGRADE_TO_6 "ALTER TABLE events DROP COLUMN date_source;"

#define DOWNGRADE_TO_5                                                                             \
    DOWNGRADE_TO_6                                                                                 \
    "ALTER TABLE events DROP COLUMN place_name; ALTER TABLE events DROP COLUMN place_admin1;"      \
    "ALTER TABLE events DROP COLUMN place_country; ALTER TABLE events DROP COLUMN place_lat;"      \
    "ALTER TABLE events DROP COLUMN place_lon; ALTER TABLE events DROP COLUMN place_precision;"    \
    "ALTER TABLE events DROP COLUMN place_source;"

#define DOWNGRADE_TO_3                                                                             \
    DOWNGRADE_TO_5                                                                                 \
    "DROP TABLE story_claims; DROP TABLE story_terms; DROP TABLE story_copies;"                    \
    "DROP TABLE story_articles; DROP TABLE stories;"                                               \
    "ALTER TABLE articles DROP COLUMN date_source;"                                                \
    "ALTER TABLE events DROP COLUMN reporter_code; ALTER TABLE events DROP COLUMN reporter_name;"  \
    "ALTER TABLE events DROP COLUMN reporter_text; ALTER TABLE events DROP COLUMN reporter_off;"   \
    "ALTER TABLE events DROP COLUMN reporter_len; ALTER TABLE events DROP COLUMN past;"            \
    "ALTER TABLE events DROP COLUMN event_date; ALTER TABLE events DROP COLUMN date_precision;"    \
    "ALTER TABLE events DROP COLUMN mode;"

/* A version 1 file (no articles.lang) is migrated on open and keeps its rows. */
static void test_migrate_v1(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    doc d;
    doc_main(&d);
    memcpy(d.art.lang, "hy", 3);
    assert_int_equal(put_committed(s, &d, 0), 1);
    tc_store_close(s);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM articles WHERE lang = 'hy'"), 1);
    sql_exec(fx->path,
             DOWNGRADE_TO_3 "DROP TABLE raw_hashes; ALTER TABLE articles DROP COLUMN lang;"
                            " PRAGMA user_version = 1");
    s = open_ok(fx, 0);
    assert_counts(s, 1, 2, 2);
    tc_store_close(s);
    assert_int_equal(sql_int(fx->path, "PRAGMA user_version"), TC_STORE_SCHEMA);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM articles WHERE lang = ''"), 1);
}

static void test_close_without_commit(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    doc a, b;
    doc_main(&a);
    put_committed(s, &a, 0);
    doc_init(&b, "Armenia criticized Azerbaijan. Russia criticized Armenia.", "2023-01-10", "Y");
    doc_event(&b, 0, "ARMGOV", "Armenia", "criticized", &c111, "AZEGOV", "Azerbaijan", 0);
    tc_err err = {0};
    int added;
    assert_int_equal(tc_store_begin(s, &err), TC_OK);
    assert_int_equal(tc_store_put_document(s, &b.art, &b.t, b.ev, b.nev, 0, &added, &err), 0);
    assert_int_equal(added, 1);
    tc_store_close(s);

    s = open_ok(fx, 0);
    assert_counts(s, 1, 2, 2);
    assert_int_equal(count_events(s, &(tc_event_filter){.src = "ARM"}), 0);
    assert_int_equal(put_committed(s, &b, 0), 1); /* the re-run finishes the job */
    assert_counts(s, 2, 4, 3);
    tc_store_close(s);
}

static void test_rollback(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    doc d;
    doc_main(&d);
    tc_err err = {0};
    int added;
    assert_int_equal(tc_store_rollback(s), TC_OK); /* nothing begun: harmless */
    assert_int_equal(tc_store_begin(s, &err), TC_OK);
    assert_int_equal(tc_store_put_document(s, &d.art, &d.t, d.ev, d.nev, 0, &added, &err), 0);
    assert_int_equal(tc_store_rollback(s), TC_OK);
    assert_counts(s, 0, 0, 0);
    tc_store_close(s);
}

/* A process that dies in the middle of a batch, without closing anything. */
static void test_crash(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    doc a, b, c;
    doc_main(&a);
    put_committed(s, &a, 0);
    tc_store_close(s);
    doc_init(&b, "Armenia criticized Azerbaijan. Russia criticized Armenia.", "2023-01-10", "Y");
    doc_event(&b, 0, "ARMGOV", "Armenia", "criticized", &c111, "AZEGOV", "Azerbaijan", 0);
    doc_init(&c, "Azerbaijan blockaded Armenia again.", "2023-05-01", "Z");
    doc_event(&c, 0, "AZEMIL", "Azerbaijan", "blockaded", &c191, "ARMCVL", "Armenia", 0);

    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        tc_err err;
        int added;
        tc_store *cs = tc_store_open(fx->path, 0, &err);
        if (!cs) _exit(2);
        put_committed(cs, &c, 0); /* committed, then the process dies unclosed */
        if (tc_store_begin(cs, &err) ||
            tc_store_put_document(cs, &b.art, &b.t, b.ev, b.nev, 0, &added, &err))
            _exit(3);
        _exit(0);
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);

    s = open_ok(fx, 0);
    assert_counts(s, 2, 3, 3);
    assert_int_equal(count_events(s, &(tc_event_filter){.src = "ARMGOV"}), 0);
    assert_int_equal(count_events(s, &(tc_event_filter){.src = "AZEMIL"}), 1);
    assert_int_equal(put_committed(s, &b, 0), 1);
    assert_int_equal(put_committed(s, &c, 0), 0);
    tc_store_close(s);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM pragma_integrity_check"
                                       " WHERE integrity_check = 'ok'"),
                     1);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

/* A child that opens path, takes the lock (BEGIN EXCLUSIVE, or IMMEDIATE on a tocsin file),
 * writes a byte to ready and keeps the lock ms milliseconds, or, with a pipe hold, until the
 * parent closes hold[1]. */
static pid_t lock_in_child(const char *path, const char *begin, int ms, int ready, const int *hold)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid != 0) return pid;
    if (hold) close(hold[1]);
    sqlite3 *db;
    if (sqlite3_open(path, &db) != SQLITE_OK || sqlite3_exec(db, begin, NULL, NULL, NULL)) _exit(2);
    if (write(ready, "x", 1) != 1) _exit(3);
    char c;
    if (hold && read(hold[0], &c, 1) < 0) _exit(4);
    if (ms) usleep((useconds_t)ms * 1000);
    sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    sqlite3_close(db);
    _exit(0);
}

static void wait_child(pid_t pid)
{
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
}

/* A new file locked elsewhere at open's first try, free before the deadline: the open succeeds
 * and err stays clean (a failed try's error once stayed in err; tc_run took it for a failure
 * that stopped the run and dropped its last batch: articles lost without a word). */
static void test_open_after_busy(void **state)
{
    fixture *fx = *state;
    int ready[2];
    assert_int_equal(pipe(ready), 0);
    /* two busy timeouts: the first try fails; the deadline is eight */
    pid_t pid = lock_in_child(fx->path, "BEGIN EXCLUSIVE", 500, ready[1], NULL);
    assert_true(pid > 0);
    char c;
    assert_int_equal(read(ready[0], &c, 1), 1);
    setenv("TOCSIN_BUSY_MS", "250", 1);
    tc_err err = {0};
    tc_store *s = tc_store_open(fx->path, 0, &err);
    unsetenv("TOCSIN_BUSY_MS");
    wait_child(pid);
    if (!s) fail_msg("open after a busy try: %s", err.msg);
    assert_int_equal(err.code, TC_OK);
    assert_string_equal(err.msg, "");
    assert_counts(s, 0, 0, 0);
    tc_store_close(s);
    close(ready[0]);
    close(ready[1]);
}

/* A lock held past the deadline: begin waits about eight busy timeouts in all, then fails
 * saying so; the batch can be begun once the lock is free. */
static void test_begin_deadline(void **state)
{
    fixture *fx = *state;
    tc_store_close(open_ok(fx, 0));
    int ready[2], hold[2];
    assert_int_equal(pipe(ready), 0);
    assert_int_equal(pipe(hold), 0);
    pid_t pid = lock_in_child(fx->path, "BEGIN IMMEDIATE", 0, ready[1], hold);
    assert_true(pid > 0);
    char c;
    assert_int_equal(read(ready[0], &c, 1), 1);
    setenv("TOCSIN_BUSY_MS", "50", 1);
    tc_store *s = open_ok(fx, 0);
    tc_err err = {0};
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    assert_int_equal(tc_store_begin(s, &err), TC_EDB);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double took = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    assert_non_null(strstr(err.msg, "locked"));
    assert_non_null(strstr(err.msg, "gave up after"));
    assert_true(took > 0.3); /* the deadline, 0.4 s, less at most one pause */
    close(hold[1]);
    wait_child(pid);
    assert_int_equal(tc_store_begin(s, &err), TC_OK);
    assert_int_equal(tc_store_commit(s, &err), TC_OK);
    unsetenv("TOCSIN_BUSY_MS");
    tc_store_close(s);
    close(ready[0]);
    close(ready[1]);
    close(hold[0]);
}

static void test_outside_batch(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    doc d;
    doc_main(&d);
    tc_err err = {0};
    int added = -1;
    assert_int_equal(tc_store_put_document(s, &d.art, &d.t, d.ev, d.nev, 0, &added, &err),
                     TC_EUSAGE);
    assert_int_equal(added, 0);
    assert_counts(s, 0, 0, 0);
    tc_store_close(s);
}

static void test_bad_event(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    doc d;
    doc_main(&d);
    tc_err err = {0};
    int added = -1;
    assert_int_equal(tc_store_begin(s, &err), TC_OK);
    d.ev[1].sent = 9;
    assert_int_equal(tc_store_put_document(s, &d.art, &d.t, d.ev, d.nev, 0, &added, &err),
                     TC_EUSAGE);
    assert_non_null(strstr(err.msg, "no sentence 9"));
    d.ev[1].sent = 1;
    d.ev[0].tgt.span.off = (uint32_t)d.art.text_len;
    d.ev[0].tgt.span.len = 1;
    assert_int_equal(tc_store_put_document(s, &d.art, &d.t, d.ev, d.nev, 0, &added, &err),
                     TC_EUSAGE);
    assert_int_equal(added, 0);
    /* The batch goes on. */
    doc ok;
    doc_main(&ok);
    assert_int_equal(tc_store_put_document(s, &ok.art, &ok.t, ok.ev, ok.nev, 0, &added, &err), 0);
    assert_int_equal(tc_store_commit(s, &err), TC_OK);
    assert_counts(s, 1, 2, 2);
    tc_store_close(s);
}

static void test_no_events_no_info(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    doc d;
    doc_init(&d, "Nothing happened today.", "", "");
    assert_int_equal(put_committed(s, &d, 0), 1);
    doc_init(&d, "Armenia and Azerbaijan met.", "", "");
    doc_event(&d, 0, "ARMGOV", "Armenia", "met", NULL, "AZEGOV", "Azerbaijan", 0);
    snprintf(d.ev[0].cameo, sizeof d.ev[0].cameo, "0");
    assert_int_equal(put_committed(s, &d, 0), 1);
    assert_counts(s, 2, 2, 1);
    assert_int_equal(count_events(s, &(tc_event_filter){.from = "2000-01-01"}), 0);
    tc_store_close(s);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM events WHERE goldstein = 0 AND"
                                       " quad = 0 AND plover = '' AND root = '0' AND date = ''"),
                     1);
}

static void test_row_make(void **state)
{
    doc d;
    doc_main(&d);
    tc_arena *a = tc_arena_new(0);
    tc_event_row r;
    tc_event_row_make(&d.art, &d.t, &d.ev[1], a, &r);
    char id[17];
    tc_event_id(d.art.hash, &d.ev[1], id);
    assert_string_equal(r.id, id);
    assert_string_equal(r.date, "2023-09-19");
    assert_string_equal(r.src_code, "RUSGOV");
    assert_string_equal(r.src_name, "Russia");
    assert_string_equal(r.src_text, "Russia");
    assert_string_equal(r.tgt_code, "AZEGOV");
    assert_string_equal(r.tgt_text, "Azerbaijan");
    assert_string_equal(r.code, "111");
    assert_string_equal(r.root, "11");
    assert_string_equal(r.plover, "ACCUSE");
    assert_string_equal(r.sentence, "Russia criticized Azerbaijan but did not sanction Baku.");
    assert_string_equal(r.outlet, "Example News");
    assert_true(r.goldstein == -2.0);
    assert_int_equal(r.quad, 3);
    assert_int_equal(r.article_id, 0);
    assert_int_equal(r.sentence_id, 0);

    d.ev[1].sent = 7;
    d.ev[1].info = NULL;
    d.ev[1].src.span.off = 100000;
    tc_event_row_make(&d.art, &d.t, &d.ev[1], a, &r);
    assert_string_equal(r.sentence, "");
    assert_string_equal(r.src_text, "");
    assert_string_equal(r.plover, "");
    assert_int_equal(r.quad, 0);
    tc_arena_free(a);
}

/* A file as tocsin wrote it at schema version 3, typed out here rather than made by this
 * tocsin: two articles (one undated), an event with a target and the past bit, one without a
 * target. */
static const char schema3_file[] =
    "CREATE TABLE articles(id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE,"
    " input TEXT NOT NULL, url TEXT NOT NULL, outlet TEXT NOT NULL, author TEXT NOT NULL,"
    " date TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL, n_sentences INTEGER NOT NULL,"
    " n_events INTEGER NOT NULL, lang TEXT NOT NULL DEFAULT '');"
    "CREATE TABLE sentences(id INTEGER PRIMARY KEY,"
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " idx INTEGER NOT NULL, start INTEGER NOT NULL, len INTEGER NOT NULL, text TEXT NOT NULL,"
    " UNIQUE(article_id, idx));"
    "CREATE TABLE events(id TEXT PRIMARY KEY,"
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,"
    " date TEXT NOT NULL, src_code TEXT NOT NULL, src_name TEXT NOT NULL,"
    " src_text TEXT NOT NULL, src_off INTEGER NOT NULL, src_len INTEGER NOT NULL,"
    " tgt_code TEXT NOT NULL, tgt_name TEXT NOT NULL, tgt_text TEXT NOT NULL,"
    " tgt_off INTEGER NOT NULL, tgt_len INTEGER NOT NULL, code TEXT NOT NULL, root TEXT NOT NULL,"
    " goldstein REAL NOT NULL, quad INTEGER NOT NULL, plover TEXT NOT NULL,"
    " flags INTEGER NOT NULL, verb_off INTEGER NOT NULL, verb_len INTEGER NOT NULL);"
    "CREATE INDEX events_date ON events(date, id);"
    "CREATE INDEX events_src ON events(src_code, tgt_code);"
    "CREATE INDEX events_tgt ON events(tgt_code);"
    "CREATE INDEX events_code ON events(code);"
    "CREATE INDEX events_article ON events(article_id);"
    "CREATE TABLE raw_hashes(hash INTEGER PRIMARY KEY);"
    "INSERT INTO articles VALUES (1, '00000000000000a1', 'old.txt', '', 'Old', '', '2021-05-02',"
    " 'T', 'Armenia and Azerbaijan fought in 2020.', 1, 1, 'en');"
    "INSERT INTO articles VALUES (2, '00000000000000a2', 'undated.txt', '', '', '', '', 'T',"
    " 'The minister resigned.', 1, 1, '');"
    "INSERT INTO sentences VALUES (1, 1, 0, 0, 38, 'Armenia and Azerbaijan fought in 2020.');"
    "INSERT INTO sentences VALUES (2, 2, 0, 0, 22, 'The minister resigned.');"
    "INSERT INTO events VALUES ('e1', 1, 1, '2021-05-02', 'ARM', 'Armenia', 'Armenia', 0, 7,"
    " 'AZE', 'Azerbaijan', 'Azerbaijan', 12, 10, '190', '19', -10.0, 4, 'ASSAULT', 8, 23, 6);"
    "INSERT INTO events VALUES ('e2', 2, 2, '', 'GOV', 'Government', 'minister', 4, 8,"
    " '', '', '', 0, 0, '0', '0', 0.0, 0, '', 0, 13, 8);"
    "PRAGMA application_id = 1953457011; PRAGMA user_version = 3;";

/* The fields of tc_event_row that schema 5 added, copied. */
typedef struct {
    char id[17], tgt_code[32], reporter_code[32], reporter_name[32], reporter_text[32];
    char event_date[16], date_precision[8], mode[16], date[11], date_source[16];
    int past;
} new_fields;

typedef struct {
    new_fields r[8];
    int n;
} new_rows;

static void copy_new_fields(const tc_event_row *r, new_fields *f)
{
    snprintf(f->id, sizeof f->id, "%s", r->id);
    snprintf(f->tgt_code, sizeof f->tgt_code, "%s", r->tgt_code);
    snprintf(f->reporter_code, sizeof f->reporter_code, "%s", r->reporter_code);
    snprintf(f->reporter_name, sizeof f->reporter_name, "%s", r->reporter_name);
    snprintf(f->reporter_text, sizeof f->reporter_text, "%s", r->reporter_text);
    snprintf(f->event_date, sizeof f->event_date, "%s", r->event_date);
    snprintf(f->date_precision, sizeof f->date_precision, "%s", r->date_precision);
    snprintf(f->mode, sizeof f->mode, "%s", r->mode);
    snprintf(f->date, sizeof f->date, "%s", r->date);
    snprintf(f->date_source, sizeof f->date_source, "%s", r->article_date_source);
    f->past = r->past;
}

static int collect_new(const tc_event_row *r, void *ctx)
{
    new_rows *c = ctx;
    if (c->n < 8) copy_new_fields(r, &c->r[c->n]);
    c->n++;
    return 0;
}

static const new_fields *find_row(const new_rows *c, const char *id)
{
    for (int i = 0; i < c->n && i < 8; i++)
        if (strcmp(c->r[i].id, id) == 0) return &c->r[i];
    fail_msg("no event %s", id);
    return NULL;
}

/* A version 3 file is migrated on open: its events take the article's date as theirs (a
 * day, or none without one), past from the flags, no reporter, no mode; new events go in with
 * every field. */
static void test_migrate_v3(void **state)
{
    fixture *fx = *state;
    sql_exec(fx->path, schema3_file);
    tc_store *s = open_ok(fx, 0);
    assert_counts(s, 2, 2, 2);
    new_rows c = {0};
    tc_err err = {0};
    assert_int_equal(tc_store_each_event(s, NULL, collect_new, &c, &err), TC_OK);
    assert_int_equal(c.n, 2);
    const new_fields *e1 = find_row(&c, "e1"), *e2 = find_row(&c, "e2");
    assert_string_equal(e1->event_date, "2021-05-02");
    assert_string_equal(e1->date_precision, "day");
    assert_int_equal(e1->past, 1);
    assert_string_equal(e1->reporter_code, "");
    assert_string_equal(e1->mode, "");
    assert_string_equal(e2->event_date, "");
    assert_string_equal(e2->date_precision, "none");
    assert_int_equal(e2->past, 0);
    assert_string_equal(e2->tgt_code, "");
    assert_string_equal(e2->date_source, ""); /* not recorded before schema 5 */
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM events WHERE place_name = '' AND"
                                       " place_country = '' AND place_lat IS NULL AND"
                                       " place_precision = 'unknown' AND place_source = 'none'"),
                     2);

    doc d;
    doc_main(&d);
    d.ev[0].date = (tc_date){2020, 0, 0, TC_DATE_YEAR};
    d.ev[0].flags |= TC_EV_PAST;
    assert_int_equal(put_committed(s, &d, 0), 1);
    assert_counts(s, 3, 4, 4);
    tc_store_close(s);
    assert_int_equal(sql_int(fx->path, "PRAGMA user_version"), TC_STORE_SCHEMA);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM events WHERE past = 1 AND"
                                       " event_date = '2020' AND date_precision = 'year' AND"
                                       " date = '2023-09-19' AND mode = 'restrict'"),
                     1);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM articles WHERE date_source = ''"), 3);
}

/* Reporter, past, the event's own date at each precision, an empty target and the PLOVER
 * mode, stored and read back, and the same from tc_event_row_make. */
static void test_new_fields(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    doc d;
    doc_init(&d,
             "Russia said Azerbaijan blockaded Armenia in 2020. Armenia criticized Azerbaijan. "
             "Russia criticized Armenia. Azerbaijan criticized Russia.",
             "2023-09-19", "Example News");
    d.art.date_source = "warc";
    doc_event(&d, 0, "AZEGOV", "Azerbaijan", "blockaded", &c191, "ARMGOV", "Armenia",
              TC_EV_REPORTED | TC_EV_PAST);
    tc_event *e = &d.ev[0];
    snprintf(e->reporter.code, sizeof e->reporter.code, "RUSGOV");
    e->reporter.name = "Russia";
    e->reporter.span = span_of(&d, "Russia", 0);
    e->date = (tc_date){2020, 0, 0, TC_DATE_YEAR};
    doc_event(&d, 1, "ARMGOV", "Armenia", "criticized", &c111, "AZEGOV", "Azerbaijan", 0);
    d.ev[1].date = (tc_date){2023, 9, 0, TC_DATE_MONTH};
    /* No target: a one-sided event. */
    doc_event(&d, 2, "RUSGOV", "Russia", "criticized", &c163, "ARMGOV", "Armenia", 0);
    memset(&d.ev[2].tgt, 0, sizeof d.ev[2].tgt);
    doc_event(&d, 3, "AZEGOV", "Azerbaijan", "criticized", &c111, "RUSGOV", "Russia", 0);
    d.ev[3].date = (tc_date){2023, 9, 18, TC_DATE_WEEK};
    assert_int_equal(put_committed(s, &d, 0), 1);

    new_rows c = {0};
    tc_err err = {0};
    assert_int_equal(tc_store_each_event(s, NULL, collect_new, &c, &err), TC_OK);
    assert_int_equal(c.n, 4);
    tc_arena *a = tc_arena_new(0);
    static const struct {
        const char *rep, *rep_name, *rep_text, *date, *prec, *mode, *tgt;
        int past;
    } want[] = {
        {"RUSGOV", "Russia", "Russia", "2020", "year", "restrict", "ARMGOV", 1},
        {"", "", "", "2023-09", "month", "disapprove", "AZEGOV", 0},
        {"", "", "", "2023-09-19", "day", "", "", 0},
        {"", "", "", "2023-09-18", "week", "disapprove", "RUSGOV", 0},
    };
    for (size_t i = 0; i < 4; i++) {
        char id[17];
        tc_event_id(d.art.hash, &d.ev[i], id);
        new_fields made;
        tc_event_row r;
        tc_event_row_make(&d.art, &d.t, &d.ev[i], a, &r);
        copy_new_fields(&r, &made);
        const new_fields *got[2] = {find_row(&c, id), &made};
        for (size_t k = 0; k < 2; k++) {
            assert_string_equal(got[k]->reporter_code, want[i].rep);
            assert_string_equal(got[k]->reporter_name, want[i].rep_name);
            assert_string_equal(got[k]->reporter_text, want[i].rep_text);
            assert_string_equal(got[k]->event_date, want[i].date);
            assert_string_equal(got[k]->date_precision, want[i].prec);
            assert_string_equal(got[k]->mode, want[i].mode);
            assert_string_equal(got[k]->tgt_code, want[i].tgt);
            assert_string_equal(got[k]->date, "2023-09-19");
            assert_string_equal(got[k]->date_source, "warc");
            assert_int_equal(got[k]->past, want[i].past);
        }
    }
    tc_arena_free(a);
    /* Exactly no target: the one-sided event alone; "" without exact: no filter. */
    assert_int_equal(count_events(s, &(tc_event_filter){.tgt = "", .exact = 1}), 1);
    assert_int_equal(count_events(s, &(tc_event_filter){.src = "RUSGOV", .tgt = "", .exact = 1}),
                     1);
    assert_int_equal(count_events(s, &(tc_event_filter){.src = "AZEGOV", .tgt = "", .exact = 1}),
                     0);
    assert_int_equal(count_events(s, &(tc_event_filter){.tgt = ""}), 4);
    /* --no-past: the blockade of 2020 left out, alone or with other filters. */
    assert_int_equal(count_events(s, &(tc_event_filter){.no_past = 1}), 3);
    assert_int_equal(count_events(s, &(tc_event_filter){.src = "AZE", .no_past = 1}), 1);
    assert_int_equal(count_events(s, &(tc_event_filter){.src = "AZE"}), 2);
    assert_int_equal(count_events(s, &(tc_event_filter){.code = "19", .no_past = 1}), 0);
    tc_store_close(s);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM events WHERE reporter_off = 0 AND"
                                       " reporter_len = 6 AND reporter_text = 'Russia'"),
                     1);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM events WHERE tgt_code = '' AND"
                                       " tgt_name = '' AND tgt_text = '' AND tgt_len = 0"),
                     1);
    /* Only the past event has the flag's bit and the column. */
    assert_int_equal(
        sql_int(fx->path, "SELECT count(*) FROM events WHERE past = ((flags & 8) != 0)"), 4);
}

/* Dates the store cannot trust and articles without a date: a decade, an invalid date, none. */
static void test_event_date_edges(void **state)
{
    doc d;
    doc_main(&d);
    tc_arena *a = tc_arena_new(0);
    tc_event_row r;
    d.ev[0].date = (tc_date){1990, 0, 0, TC_DATE_DECADE};
    tc_event_row_make(&d.art, &d.t, &d.ev[0], a, &r);
    assert_string_equal(r.event_date, "1990");
    assert_string_equal(r.date_precision, "decade");
    d.ev[0].date = (tc_date){2023, 2, 30, TC_DATE_DAY}; /* no 30 February: the article's day */
    tc_event_row_make(&d.art, &d.t, &d.ev[0], a, &r);
    assert_string_equal(r.event_date, "2023-09-19");
    assert_string_equal(r.date_precision, "day");
    d.ev[0].date = (tc_date){2023, 1, 1, 77}; /* no such precision */
    tc_event_row_make(&d.art, &d.t, &d.ev[0], a, &r);
    assert_string_equal(r.date_precision, "day");
    d.art.date[0] = 0;
    d.ev[0].date = (tc_date){0};
    tc_event_row_make(&d.art, &d.t, &d.ev[0], a, &r);
    assert_string_equal(r.event_date, "");
    assert_string_equal(r.date_precision, "none");
    d.ev[0].date = (tc_date){2022, 12, 0, TC_DATE_MONTH}; /* its own date needs no article's */
    tc_event_row_make(&d.art, &d.t, &d.ev[0], a, &r);
    assert_string_equal(r.event_date, "2022-12");
    assert_string_equal(r.date_precision, "month");
    tc_arena_free(a);

    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    doc bad;
    doc_main(&bad);
    bad.ev[1].reporter.span = (tc_span){(uint32_t)bad.art.text_len, 2};
    tc_err err = {0};
    int added = -1;
    assert_int_equal(tc_store_begin(s, &err), TC_OK);
    assert_int_equal(tc_store_put_document(s, &bad.art, &bad.t, bad.ev, bad.nev, 0, &added, &err),
                     TC_EUSAGE);
    assert_non_null(strstr(err.msg, "outside the text"));
    assert_int_equal(tc_store_rollback(s), TC_OK);
    assert_counts(s, 0, 0, 0);
    tc_store_close(s);
}

/* The place fields of tc_event_row, copied. */
typedef struct {
    char id[17], name[64], admin1[64], country[8], precision[16], source[16];
    double lat, lon;
} place_fields;

typedef struct {
    place_fields r[8];
    int n;
} place_rows;

static void copy_place(const tc_event_row *r, place_fields *f)
{
    snprintf(f->id, sizeof f->id, "%s", r->id);
    snprintf(f->name, sizeof f->name, "%s", r->place_name);
    snprintf(f->admin1, sizeof f->admin1, "%s", r->place_admin1);
    snprintf(f->country, sizeof f->country, "%s", r->place_country);
    snprintf(f->precision, sizeof f->precision, "%s", r->place_precision);
    snprintf(f->source, sizeof f->source, "%s", r->place_source);
    f->lat = r->place_lat;
    f->lon = r->place_lon;
}

static int collect_place(const tc_event_row *r, void *ctx)
{
    place_rows *c = ctx;
    if (c->n < 8) copy_place(r, &c->r[c->n]);
    c->n++;
    return 0;
}

static const place_fields *find_place(const place_rows *c, const char *id)
{
    for (int i = 0; i < c->n && i < 8; i++)
        if (strcmp(c->r[i].id, id) == 0) return &c->r[i];
    fail_msg("no event %s", id);
    return NULL;
}

static void assert_no_place(const place_fields *f)
{
    assert_string_equal(f->name, "");
    assert_string_equal(f->admin1, "");
    assert_string_equal(f->country, "");
    assert_string_equal(f->precision, "unknown");
    assert_string_equal(f->source, "none");
    assert_true(isnan(f->lat) && isnan(f->lon));
}

static const tc_event_place lachin = {.name = "Lachin",
                                      .admin1 = "Lachin District",
                                      .cc3 = "AZE",
                                      .lat = 39.64,
                                      .lon = 46.55,
                                      .prec = TC_PLACE_POINT,
                                      .source = TC_LOC_CLAUSE};

/* doc_main with places: the blockade at Lachin (a point found in its clause), the criticism in
 * Azerbaijan (a country, from the sentence, its name NULL: stored ""), the sanction nowhere
 * (its coordinates and country set, but no precision: no place). */
static void doc_places(doc *d)
{
    doc_main(d);
    d->ev[0].place = lachin;
    d->ev[1].place = (tc_event_place){.cc3 = "AZE",
                                      .lat = 40.4,
                                      .lon = 49.8,
                                      .prec = TC_PLACE_COUNTRY,
                                      .source = TC_LOC_SENTENCE};
    d->ev[2].place = (tc_event_place){.name = "Baku",
                                      .admin1 = "",
                                      .cc3 = "AZE",
                                      .lat = 40.4,
                                      .lon = 49.9,
                                      .source = TC_LOC_ARTICLE};
}

static void check_places(const place_fields *const f[3])
{
    assert_string_equal(f[0]->name, "Lachin");
    assert_string_equal(f[0]->admin1, "Lachin District");
    assert_string_equal(f[0]->country, "AZE");
    assert_true(f[0]->lat == 39.64 && f[0]->lon == 46.55);
    assert_string_equal(f[0]->precision, "point");
    assert_string_equal(f[0]->source, "clause");
    assert_string_equal(f[1]->name, "");
    assert_string_equal(f[1]->admin1, "");
    assert_string_equal(f[1]->country, "AZE");
    assert_true(f[1]->lat == 40.4 && f[1]->lon == 49.8);
    assert_string_equal(f[1]->precision, "country");
    assert_string_equal(f[1]->source, "sentence");
    assert_no_place(f[2]);
}

/* Places stored and read back (and made by tc_event_row_make alike), NULL where there is no
 * place, the --place filter, and one event's place looked up as gdelt.c does. */
static void test_places(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    doc d;
    doc_places(&d);
    assert_int_equal(put_committed(s, &d, 1), 1);
    place_rows c = {0};
    tc_err err = {0};
    assert_int_equal(tc_store_each_event(s, NULL, collect_place, &c, &err), TC_OK);
    assert_int_equal(c.n, 3);
    tc_arena *a = tc_arena_new(0);
    place_fields made[3];
    const place_fields *stored[3], *fresh[3];
    for (size_t i = 0; i < 3; i++) {
        char id[17];
        tc_event_id(d.art.hash, &d.ev[i], id);
        stored[i] = find_place(&c, id);
        tc_event_row r;
        tc_event_row_make(&d.art, &d.t, &d.ev[i], a, &r);
        copy_place(&r, &made[i]);
        fresh[i] = &made[i];
    }
    tc_arena_free(a);
    check_places(stored);
    check_places(fresh);

    /* By name or subdivision (ASCII case-insensitive), by country code; with other filters. */
    assert_int_equal(count_events(s, &(tc_event_filter){.place = "Lachin"}), 1);
    assert_int_equal(count_events(s, &(tc_event_filter){.place = "lachin district"}), 1);
    assert_int_equal(count_events(s, &(tc_event_filter){.place = "aze"}), 2);
    assert_int_equal(count_events(s, &(tc_event_filter){.place = "AZE", .src = "RUS"}), 1);
    assert_int_equal(count_events(s, &(tc_event_filter){.place = "AZE", .code = "19"}), 1);
    assert_int_equal(count_events(s, &(tc_event_filter){.place = "Baku"}), 0);
    assert_int_equal(count_events(s, &(tc_event_filter){.place = "Lachi"}), 0);
    assert_int_equal(count_events(s, &(tc_event_filter){.place = ""}), 3);

    tc_event_place p;
    int64_t art = sql_int(fx->path, "SELECT id FROM articles");
    int64_t sent0 = sql_int(fx->path, "SELECT id FROM sentences WHERE idx = 0");
    int64_t sent1 = sql_int(fx->path, "SELECT id FROM sentences WHERE idx = 1");
    assert_int_equal(
        tc_store_event_place(s, art, sent0, d.ev[0].verb.off, "191", "AZEGOV", "ARMGOV", &p, &err),
        1);
    assert_string_equal(p.name, "Lachin");
    assert_string_equal(p.admin1, "Lachin District");
    assert_string_equal(p.cc3, "AZE");
    assert_true(p.lat == 39.64 && p.lon == 46.55);
    assert_int_equal(p.prec, TC_PLACE_POINT);
    assert_int_equal(p.source, TC_LOC_CLAUSE);
    assert_int_equal(
        tc_store_event_place(s, art, sent1, d.ev[2].verb.off, "163", "RUSGOV", "AZEGOV", &p, &err),
        1);
    assert_int_equal(p.prec, 0);
    assert_string_equal(p.name, "");
    /* Another dyad, another verb: no such event. */
    assert_int_equal(
        tc_store_event_place(s, art, sent0, d.ev[0].verb.off, "191", "ARMGOV", "AZEGOV", &p, &err),
        0);
    assert_int_equal(tc_store_event_place(s, art, sent0, d.ev[0].verb.off + 1, "191", "AZEGOV",
                                          "ARMGOV", &p, &err),
                     0);
    tc_store_close(s);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM events WHERE place_lat IS NULL AND"
                                       " place_lon IS NULL AND place_precision = 'unknown'"),
                     1);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM events WHERE place_lat IS NOT NULL"),
                     2);
}

/* A version 5 file (no place columns): read-only it is refused with a reason; opened for writing
 * it is migrated, its events have no place, and new events go in with theirs. */
static void test_migrate_v5(void **state)
{
    fixture *fx = *state;
    tc_store *s = open_ok(fx, 0);
    doc d;
    doc_main(&d);
    assert_int_equal(put_committed(s, &d, 0), 1);
    tc_store_close(s);
    sql_exec(fx->path, DOWNGRADE_TO_5 "PRAGMA user_version = 5");
    tc_err err = {0};
    assert_null(tc_store_open(fx->path, 1, &err));
    assert_non_null(strstr(err.msg, "schema version 5 is older"));
    s = open_ok(fx, 0);
    assert_counts(s, 1, 2, 2);
    place_rows c = {0};
    assert_int_equal(tc_store_each_event(s, NULL, collect_place, &c, &err), TC_OK);
    assert_int_equal(c.n, 2);
    assert_no_place(&c.r[0]);
    assert_no_place(&c.r[1]);
    doc p;
    doc_init(&p, "Azerbaijan blockaded Armenia at Lachin. Russia criticized Azerbaijan.",
             "2023-09-20", "Other News");
    doc_event(&p, 0, "AZEGOV", "Azerbaijan", "blockaded", &c191, "ARMGOV", "Armenia", 0);
    p.ev[0].place = lachin;
    assert_int_equal(put_committed(s, &p, 0), 1);
    assert_int_equal(count_events(s, &(tc_event_filter){.place = "Lachin"}), 1);
    tc_store_close(s);
    assert_int_equal(sql_int(fx->path, "PRAGMA user_version"), TC_STORE_SCHEMA);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM events WHERE place_name = '' AND"
                                       " place_precision = 'unknown' AND place_lat IS NULL"),
                     2);
    /* schema 7: the migrated events took the article's date; the new one too (no clause date) */
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM events WHERE date_source = 'article'"),
                     3);
    assert_int_equal(sql_int(fx->path, "SELECT count(*) FROM events WHERE place_name = 'Lachin'"
                                       " AND place_source = 'clause' AND place_lon = 46.55"),
                     1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_create_schema, setup, teardown),
        cmocka_unit_test_setup_teardown(test_put_document, setup, teardown),
        cmocka_unit_test_setup_teardown(test_row_fields, setup, teardown),
        cmocka_unit_test_setup_teardown(test_keep_flagged, setup, teardown),
        cmocka_unit_test_setup_teardown(test_idempotent, setup, teardown),
        cmocka_unit_test_setup_teardown(test_filters, setup, teardown),
        cmocka_unit_test_setup_teardown(test_top_dyads, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reopen, setup, teardown),
        cmocka_unit_test_setup_teardown(test_not_sqlite, setup, teardown),
        cmocka_unit_test_setup_teardown(test_missing_readonly, setup, teardown),
        cmocka_unit_test_setup_teardown(test_other_sqlite, setup, teardown),
        cmocka_unit_test_setup_teardown(test_newer_schema, setup, teardown),
        cmocka_unit_test_setup_teardown(test_migrate_v1, setup, teardown),
        cmocka_unit_test_setup_teardown(test_known_hashes_and_exact, setup, teardown),
        cmocka_unit_test_setup_teardown(test_close_without_commit, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rollback, setup, teardown),
        cmocka_unit_test_setup_teardown(test_crash, setup, teardown),
        cmocka_unit_test_setup_teardown(test_open_after_busy, setup, teardown),
        cmocka_unit_test_setup_teardown(test_begin_deadline, setup, teardown),
        cmocka_unit_test_setup_teardown(test_outside_batch, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_event, setup, teardown),
        cmocka_unit_test_setup_teardown(test_no_events_no_info, setup, teardown),
        cmocka_unit_test(test_row_make),
        cmocka_unit_test_setup_teardown(test_migrate_v3, setup, teardown),
        cmocka_unit_test_setup_teardown(test_new_fields, setup, teardown),
        cmocka_unit_test_setup_teardown(test_event_date_edges, setup, teardown),
        cmocka_unit_test_setup_teardown(test_places, setup, teardown),
        cmocka_unit_test_setup_teardown(test_migrate_v5, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
