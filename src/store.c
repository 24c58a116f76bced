/* store: articles, sentences and events in one SQLite file (see store.h).
 *
 * A tc_store is one connection plus every statement it runs, prepared once: the fixed ones
 * at open (stmt_sql[]), the event queries on first use, one per combination of filters
 * present (clauses[]), and reused after. The schema is a list of migrations indexed by the
 * version they lead to; open applies the missing ones in one transaction. A document is
 * written under a savepoint so that a failure leaves the batch as it was. */
#include "store.h"

#include "arena.h"
#include "hash.h"
#include "log.h"

#include <ctype.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define APP_ID 0x746f6373 /* "tocs" in PRAGMA application_id */
/* A writer waits busy_ms() for the lock (BUSY_MS, or $TOCSIN_BUSY_MS) in SQLite's busy
 * handler, then tries again after a growing pause (at most busy_ms()) until BUSY_SPAN busy
 * timeouts have passed since its first try: several runs into one file take turns (each holds
 * the lock only while it writes). Some busy failures come at once, without the handler: two
 * openers switching a new file to WAL together (SQLite will not wait to upgrade a read to a
 * write); the deadline gives those the same time as the rest. */
#define BUSY_MS   5000
#define BUSY_SPAN 8

static const char *const migrations[TC_STORE_SCHEMA + 1] = {
    [1] = "CREATE TABLE articles("
          " id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, input TEXT NOT NULL,"
          " url TEXT NOT NULL, outlet TEXT NOT NULL, author TEXT NOT NULL, date TEXT NOT NULL,"
          " title TEXT NOT NULL, text TEXT NOT NULL, n_sentences INTEGER NOT NULL,"
          " n_events INTEGER NOT NULL);"
          "CREATE TABLE sentences("
          " id INTEGER PRIMARY KEY,"
          " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
          " idx INTEGER NOT NULL, start INTEGER NOT NULL, len INTEGER NOT NULL,"
          " text TEXT NOT NULL, UNIQUE(article_id, idx));"
          "CREATE TABLE events("
          " id TEXT PRIMARY KEY,"
          " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
          " sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,"
          " date TEXT NOT NULL,"
          " src_code TEXT NOT NULL, src_name TEXT NOT NULL, src_text TEXT NOT NULL,"
          " src_off INTEGER NOT NULL, src_len INTEGER NOT NULL,"
          " tgt_code TEXT NOT NULL, tgt_name TEXT NOT NULL, tgt_text TEXT NOT NULL,"
          " tgt_off INTEGER NOT NULL, tgt_len INTEGER NOT NULL,"
          " code TEXT NOT NULL, root TEXT NOT NULL, goldstein REAL NOT NULL,"
          " quad INTEGER NOT NULL, plover TEXT NOT NULL, flags INTEGER NOT NULL,"
          " verb_off INTEGER NOT NULL, verb_len INTEGER NOT NULL);"
          "CREATE INDEX events_date ON events(date, id);"
          /* (src, tgt) also serves the dyad counts of the summary. */
          "CREATE INDEX events_src ON events(src_code, tgt_code);"
          "CREATE INDEX events_tgt ON events(tgt_code);"
          "CREATE INDEX events_code ON events(code);"
          "CREATE INDEX events_article ON events(article_id);",
    /* 2: the article's language (ISO 639-1, "" unknown) from extract. */
    [2] = "ALTER TABLE articles ADD COLUMN lang TEXT NOT NULL DEFAULT '';",
    /* 3: hashes of the raw records already stored (or found stored), so that a re-run skips
     * them before extraction. */
    [3] = "CREATE TABLE IF NOT EXISTS raw_hashes(hash INTEGER PRIMARY KEY);",
    /* 4: stories (story.h): each article's story and signature (copy_of: the original of a
     * near or exact copy, 0 for an original), exact copies not stored as articles, the
     * document frequencies of the clustering terms, claims and denials among sentences. */
    [4] = "CREATE TABLE stories(id INTEGER PRIMARY KEY, title TEXT NOT NULL,"
          " first_day INTEGER NOT NULL, last_day INTEGER NOT NULL, centroid TEXT NOT NULL);"
          "CREATE INDEX stories_days ON stories(last_day, first_day);"
          "CREATE TABLE story_articles("
          " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
          " story_id INTEGER NOT NULL, day INTEGER NOT NULL, copy_of INTEGER NOT NULL,"
          " similarity REAL NOT NULL, sig BLOB NOT NULL);"
          "CREATE INDEX story_articles_story ON story_articles(story_id);"
          "CREATE INDEX story_articles_day ON story_articles(day);"
          "CREATE TABLE story_copies(id INTEGER PRIMARY KEY,"
          " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
          " input TEXT NOT NULL, url TEXT NOT NULL, outlet TEXT NOT NULL, date TEXT NOT NULL,"
          " UNIQUE(article_id, url, outlet));"
          "CREATE TABLE story_terms(term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;"
          "CREATE TABLE story_claims("
          " sentence_id INTEGER PRIMARY KEY REFERENCES sentences(id) ON DELETE CASCADE,"
          " article_id INTEGER NOT NULL, speaker TEXT NOT NULL, cue TEXT NOT NULL,"
          " kind TEXT NOT NULL);"
          "CREATE INDEX story_claims_article ON story_claims(article_id);",
    /* 5: who reports each event, whether it is past, its own date and precision (events of
     * earlier versions take the article's: a day, or none without one), its PLOVER mode ("" for
     * events of earlier versions: the store has no CAMEO table to look it up); where each
     * article's date came from ("" for articles of earlier versions). */
    [5] = "ALTER TABLE events ADD COLUMN reporter_code TEXT NOT NULL DEFAULT '';"
          "ALTER TABLE events ADD COLUMN reporter_name TEXT NOT NULL DEFAULT '';"
          "ALTER TABLE events ADD COLUMN reporter_text TEXT NOT NULL DEFAULT '';"
          "ALTER TABLE events ADD COLUMN reporter_off INTEGER NOT NULL DEFAULT 0;"
          "ALTER TABLE events ADD COLUMN reporter_len INTEGER NOT NULL DEFAULT 0;"
          "ALTER TABLE events ADD COLUMN past INTEGER NOT NULL DEFAULT 0;"
          "ALTER TABLE events ADD COLUMN event_date TEXT NOT NULL DEFAULT '';"
          "ALTER TABLE events ADD COLUMN date_precision TEXT NOT NULL DEFAULT 'none';"
          "ALTER TABLE events ADD COLUMN mode TEXT NOT NULL DEFAULT '';"
          "UPDATE events SET past = (flags & 8) != 0, event_date = date,"
          " date_precision = CASE WHEN date = '' THEN 'none' ELSE 'day' END;"
          "ALTER TABLE articles ADD COLUMN date_source TEXT NOT NULL DEFAULT '';",
    /* 6: where each event happened (code.h tc_event_place): the place's name, subdivision and
     * ISO alpha-3 country, its coordinates (NULL when there is no place), its precision and
     * where the coder found it; events of earlier versions have none. */
    [6] = "ALTER TABLE events ADD COLUMN place_name TEXT NOT NULL DEFAULT '';"
          "ALTER TABLE events ADD COLUMN place_admin1 TEXT NOT NULL DEFAULT '';"
          "ALTER TABLE events ADD COLUMN place_country TEXT NOT NULL DEFAULT '';"
          "ALTER TABLE events ADD COLUMN place_lat REAL;"
          "ALTER TABLE events ADD COLUMN place_lon REAL;"
          "ALTER TABLE events ADD COLUMN place_precision TEXT NOT NULL DEFAULT '';"
          "ALTER TABLE events ADD COLUMN place_source TEXT NOT NULL DEFAULT '';",
    /* 7: where each event's date came from: its clause ("in 2020"), the article, or none
     * (events of earlier versions took the article's when it had one); an event with no place
     * says so: precision "unknown", source "none". */
    [7] = "ALTER TABLE events ADD COLUMN date_source TEXT NOT NULL DEFAULT '';"
          "UPDATE events SET date_source = CASE WHEN event_date = '' THEN 'none' ELSE 'article'"
          " END;"
          "UPDATE events SET place_precision = 'unknown', place_source = 'none'"
          " WHERE place_precision = '';",
    /* 8: early warning (series.h, docs/warning.md): the articles of each day, the daily
     * series per country, directed dyad and place, each country's risk-factor reports per
     * day, the alerts with their levels and evidence, the watch-list, and marks saying how
     * far the series have been brought (an article index on date to find a day's volume).
     * IF NOT EXISTS: a file taken back to an older version by hand keeps them. */
    [8] = "CREATE INDEX IF NOT EXISTS articles_date ON articles(date);"
          "CREATE TABLE IF NOT EXISTS warn_volume(day INTEGER PRIMARY KEY, articles INTEGER NOT"
          " NULL, copies INTEGER NOT NULL, outlets INTEGER NOT NULL);"
          "CREATE TABLE IF NOT EXISTS warn_series(kind TEXT NOT NULL, subject TEXT NOT NULL, day"
          " INTEGER NOT NULL, n1 INTEGER NOT NULL, n2 INTEGER NOT NULL, n3 INTEGER NOT NULL, n4"
          " INTEGER NOT NULL, w1 INTEGER NOT NULL, w2 INTEGER NOT NULL, w3 INTEGER NOT NULL, w4"
          " INTEGER NOT NULL, gs_conflict REAL NOT NULL, gs_coop REAL NOT NULL, articles INTEGER"
          " NOT NULL, PRIMARY KEY(kind, subject, day)) WITHOUT ROWID;"
          "CREATE INDEX IF NOT EXISTS warn_series_day ON warn_series(day);"
          "CREATE TABLE IF NOT EXISTS warn_factor(subject TEXT NOT NULL, day INTEGER NOT NULL,"
          " factor TEXT NOT NULL, outlets INTEGER NOT NULL, events INTEGER NOT NULL, PRIMARY"
          " KEY(subject, day, factor)) WITHOUT ROWID;"
          "CREATE INDEX IF NOT EXISTS warn_factor_day ON warn_factor(day);"
          "CREATE TABLE IF NOT EXISTS warn_marks(name TEXT PRIMARY KEY, value INTEGER NOT NULL);"
          "CREATE TABLE IF NOT EXISTS alerts(id TEXT PRIMARY KEY, kind TEXT NOT NULL, factor TEXT"
          " NOT NULL, subject_kind TEXT NOT NULL, subject TEXT NOT NULL, level INTEGER NOT NULL,"
          " max_level INTEGER NOT NULL, first_day TEXT NOT NULL, last_day TEXT NOT NULL,"
          " closed_day TEXT NOT NULL, observed REAL NOT NULL, expected REAL NOT NULL, surprise"
          " REAL NOT NULL, z REAL NOT NULL, report_days INTEGER NOT NULL, outlets REAL NOT NULL,"
          " rf TEXT NOT NULL, what TEXT NOT NULL, dyads TEXT NOT NULL, places TEXT NOT NULL,"
          " clears TEXT NOT NULL);"
          "CREATE TABLE IF NOT EXISTS alert_levels(alert_id TEXT NOT NULL, day TEXT NOT NULL,"
          " level INTEGER NOT NULL, PRIMARY KEY(alert_id, day)) WITHOUT ROWID;"
          "CREATE TABLE IF NOT EXISTS alert_evidence(alert_id TEXT NOT NULL, rank INTEGER NOT"
          " NULL, event_id TEXT NOT NULL, PRIMARY KEY(alert_id, rank)) WITHOUT ROWID;"
          "CREATE TABLE IF NOT EXISTS watch(kind TEXT NOT NULL, subject TEXT NOT NULL, PRIMARY"
          " KEY(kind, subject)) WITHOUT ROWID;",
};

enum {
    ST_BEGIN,
    ST_COMMIT,
    ST_ROLLBACK,
    ST_SAVE,
    ST_RELEASE,
    ST_UNDO,
    ST_ARTICLE,
    ST_ARTICLE_EVENTS,
    ST_SENTENCE,
    ST_EVENT,
    ST_COUNT,
    ST_DYADS,
    ST_HAS_RAW,
    ST_PUT_RAW,
    ST_HAS_ARTICLE,
    ST_EVENT_PLACE,
    ST_N
};

static const char *const stmt_sql[ST_N] = {
    [ST_BEGIN] = "BEGIN IMMEDIATE",
    [ST_COMMIT] = "COMMIT",
    [ST_ROLLBACK] = "ROLLBACK",
    [ST_SAVE] = "SAVEPOINT doc",
    [ST_RELEASE] = "RELEASE doc",
    [ST_UNDO] = "ROLLBACK TO doc",
    [ST_ARTICLE] = "INSERT INTO articles(hash, input, url, outlet, author, date, title, text,"
                   " n_sentences, n_events, lang, date_source)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10, ?11)"
                   " ON CONFLICT(hash) DO NOTHING",
    [ST_ARTICLE_EVENTS] = "UPDATE articles SET n_events = ?2 WHERE id = ?1",
    [ST_SENTENCE] = "INSERT INTO sentences(article_id, idx, start, len, text)"
                    " VALUES (?1, ?2, ?3, ?4, ?5)",
    [ST_EVENT] = "INSERT INTO events(id, article_id, sentence_id, date, src_code, src_name,"
                 " src_text, src_off, src_len, tgt_code, tgt_name, tgt_text, tgt_off, tgt_len,"
                 " code, root, goldstein, quad, plover, flags, verb_off, verb_len,"
                 " reporter_code, reporter_name, reporter_text, reporter_off, reporter_len,"
                 " past, event_date, date_precision, mode, place_name, place_admin1,"
                 " place_country, place_lat, place_lon, place_precision, place_source,"
                 " date_source) VALUES"
                 " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
                 " ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33,"
                 " ?34, ?35, ?36, ?37, ?38, ?39)"
                 " ON CONFLICT(id) DO NOTHING",
    [ST_COUNT] = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sentences),"
                 " (SELECT count(*) FROM events)",
    [ST_DYADS] = "SELECT src_code, tgt_code, count(*) AS n FROM events"
                 " GROUP BY src_code, tgt_code ORDER BY n DESC, src_code, tgt_code LIMIT ?1",
    [ST_HAS_RAW] = "SELECT 1 FROM raw_hashes WHERE hash = ?1",
    [ST_PUT_RAW] = "INSERT INTO raw_hashes(hash) VALUES (?1) ON CONFLICT DO NOTHING",
    [ST_HAS_ARTICLE] = "SELECT 1 FROM articles WHERE hash = ?1",
    [ST_EVENT_PLACE] = "SELECT place_name, place_admin1, place_country, place_lat, place_lon,"
                       " place_precision, place_source FROM events WHERE article_id = ?1 AND"
                       " sentence_id = ?2 AND verb_off = ?3 AND code = ?4 AND src_code = ?5 AND"
                       " tgt_code = ?6 LIMIT 1",
};

/* The filters of tc_event_filter, in the order of the bits of a query's key. Prefixes are
 * ranges [lo, hi) so that the indexes serve them and '%' or '_' in them mean nothing. */
enum { K_ACTOR, K_CAMEO, K_DATE, K_FLAG, K_PLACE };
static const struct {
    const char *name; /* the clause's parameters are :name, or :name_lo and :name_hi */
    size_t field;     /* offsetof the const char * (K_FLAG: the int) in tc_event_filter */
    int kind;
    const char *sql;
} clauses[] = {
    {"actor", offsetof(tc_event_filter, actor), K_ACTOR,
     "((e.src_code >= :actor_lo AND e.src_code < :actor_hi)"
     " OR (e.tgt_code >= :actor_lo AND e.tgt_code < :actor_hi))"},
    {"src", offsetof(tc_event_filter, src), K_ACTOR,
     "e.src_code >= :src_lo AND e.src_code < :src_hi"},
    {"tgt", offsetof(tc_event_filter, tgt), K_ACTOR,
     "e.tgt_code >= :tgt_lo AND e.tgt_code < :tgt_hi"},
    {"code", offsetof(tc_event_filter, code), K_CAMEO, "e.code >= :code_lo AND e.code < :code_hi"},
    {"from", offsetof(tc_event_filter, from), K_DATE, "e.date >= :from"},
    {"to", offsetof(tc_event_filter, to), K_DATE, "e.date <= :to"},
    {"no_past", offsetof(tc_event_filter, no_past), K_FLAG, "e.past = 0"},
    {"known_only", offsetof(tc_event_filter, known_only), K_FLAG,
     "substr(e.src_code, 1, 3) <> '---' AND substr(e.tgt_code, 1, 3) <> '---'"},
    {"place", offsetof(tc_event_filter, place), K_PLACE,
     "(e.place_name = :place COLLATE NOCASE OR e.place_admin1 = :place COLLATE NOCASE"
     " OR e.place_country = upper(:place))"},
};
#define N_CLAUSES (sizeof clauses / sizeof clauses[0])

/* The text columns of the event query, in select order, and where they go in the row. */
static const size_t row_text[] = {
    offsetof(tc_event_row, id),
    offsetof(tc_event_row, date),
    offsetof(tc_event_row, url),
    offsetof(tc_event_row, outlet),
    offsetof(tc_event_row, title),
    offsetof(tc_event_row, src_code),
    offsetof(tc_event_row, src_name),
    offsetof(tc_event_row, src_text),
    offsetof(tc_event_row, tgt_code),
    offsetof(tc_event_row, tgt_name),
    offsetof(tc_event_row, tgt_text),
    offsetof(tc_event_row, code),
    offsetof(tc_event_row, root),
    offsetof(tc_event_row, plover),
    offsetof(tc_event_row, sentence),
    offsetof(tc_event_row, input),
    offsetof(tc_event_row, reporter_code),
    offsetof(tc_event_row, reporter_name),
    offsetof(tc_event_row, reporter_text),
    offsetof(tc_event_row, event_date),
    offsetof(tc_event_row, date_precision),
    offsetof(tc_event_row, date_source),
    offsetof(tc_event_row, mode),
    offsetof(tc_event_row, article_date_source),
    offsetof(tc_event_row, place_name),
    offsetof(tc_event_row, place_admin1),
    offsetof(tc_event_row, place_country),
    offsetof(tc_event_row, place_precision),
    offsetof(tc_event_row, place_source),
};
#define N_ROW_TEXT (sizeof row_text / sizeof row_text[0])

static const char query_head[] =
    "SELECT e.id, e.date, a.url, a.outlet, a.title, e.src_code, e.src_name, e.src_text,"
    " e.tgt_code, e.tgt_name, e.tgt_text, e.code, e.root, e.plover, s.text, a.input,"
    " e.reporter_code, e.reporter_name, e.reporter_text, e.event_date, e.date_precision,"
    " e.date_source, e.mode,"
    " a.date_source, e.place_name, e.place_admin1, e.place_country, e.place_precision,"
    " e.place_source,"
    " e.goldstein, e.quad, e.flags, e.article_id, e.sentence_id, e.past, e.place_lat,"
    " e.place_lon"
    " FROM events e JOIN articles a ON a.id = e.article_id"
    " JOIN sentences s ON s.id = e.sentence_id WHERE 1";
static const char query_tail[] = " ORDER BY e.date, e.id LIMIT :limit";

struct tc_store {
    sqlite3 *db;
    char *path;
    sqlite3_stmt *st[ST_N];
    sqlite3_stmt *query[1u << N_CLAUSES]; /* by bit set of the filters present */
    int64_t *sent_ids;                    /* row ids of the sentences of the current put */
    size_t sent_cap;
    char *place_name, *place_admin1; /* tc_store_event_place's last strings */
    int was_busy; /* an error reported since open began was the lock held elsewhere */
};

static int busy(tc_store *s)
{
    int rc = sqlite3_errcode(s->db);
    return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}

/* Called where SQLite failed, before any other call can change its error code. */
static int db_error(tc_store *s, tc_err *err, const char *what)
{
    s->was_busy |= busy(s);
    return tc_err_set(err, TC_EDB, "%s: %s: %s", s->path, what, sqlite3_errmsg(s->db));
}

static int busy_ms(void)
{
    const char *env = getenv("TOCSIN_BUSY_MS");
    long ms = env ? strtol(env, NULL, 10) : 0;
    return ms > 0 && ms < 3600000 ? (int)ms : BUSY_MS;
}

/* After a busy failure at attempt (from 0) of a try begun at t0: sleeps about 100 ms << attempt
 * (at most busy_ms()), give or take a quarter so that waiting writers spread, and returns 1;
 * 0 without sleeping when the pause would end past the deadline (BUSY_SPAN busy timeouts). */
static int back_off(int attempt, double t0)
{
    long ms = 100L << (attempt < 16 ? attempt : 16);
    if (ms > busy_ms()) ms = busy_ms();
    ms += (long)(((unsigned)getpid() * 2654435761u) % (unsigned)(ms / 2 + 1)) - ms / 4;
    if (tc_now() + ms / 1000.0 > t0 + BUSY_SPAN * (busy_ms() / 1000.0)) return 0;
    sqlite3_sleep((int)ms);
    return 1;
}

/* err's message, which says why the last try failed, with how long the tries took. */
static int gave_up(tc_err *err, int tries, double t0)
{
    char why[sizeof err->msg];
    snprintf(why, sizeof why, "%s", err->msg);
    return tc_err_set(err, err->code, "%s (gave up after %d tries in %.1f s)", why, tries,
                      tc_now() - t0);
}

/* Runs a statement that returns no rows, then resets it (so bound pointers are let go). */
static int run(tc_store *s, sqlite3_stmt *st, tc_err *err)
{
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        db_error(s, err, sqlite3_sql(st));
        sqlite3_reset(st);
        return TC_EDB;
    }
    sqlite3_reset(st);
    return TC_OK;
}

/* The one integer a PRAGMA query returns, or -1 with err filled. */
static int64_t pragma_int(tc_store *s, const char *sql, tc_err *err)
{
    sqlite3_stmt *st;
    int64_t v = -1;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
        db_error(s, err, "reading the database");
        return -1;
    }
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    else
        db_error(s, err, "reading the database");
    sqlite3_finalize(st);
    return v;
}

static int exec(tc_store *s, const char *sql, tc_err *err)
{
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return db_error(s, err, "setting up");
    return TC_OK;
}

static int configure(tc_store *s, int readonly, tc_err *err)
{
    sqlite3_busy_timeout(s->db, busy_ms());
    /* The first statement reads the header: this is where a file that is not SQLite shows. */
    int64_t tables = pragma_int(s, "SELECT count(*) FROM sqlite_master", err);
    if (tables < 0) {
        if (sqlite3_errcode(s->db) == SQLITE_NOTADB)
            return tc_err_set(err, TC_EDB, "%s: not an SQLite database", s->path);
        return TC_EDB;
    }
    if (exec(s, "PRAGMA foreign_keys = ON", err) < 0) return TC_EDB;
    if (readonly) return TC_OK;
    if (exec(s, "PRAGMA journal_mode = WAL", err) < 0 ||
        exec(s, "PRAGMA synchronous = NORMAL", err) < 0)
        return TC_EDB;
    return TC_OK;
}

/* Checks that the file is tocsin's and not newer; *version gets its schema version. */
static int check_schema(tc_store *s, int64_t *version, tc_err *err)
{
    int64_t v = pragma_int(s, "PRAGMA user_version", err);
    int64_t app = pragma_int(s, "PRAGMA application_id", err);
    int64_t tables = pragma_int(s, "SELECT count(*) FROM sqlite_master", err);
    if (v < 0 || app < 0 || tables < 0) return TC_EDB;
    if ((app != 0 && app != APP_ID) || (app == 0 && (v != 0 || tables != 0)))
        return tc_err_set(err, TC_EDB, "%s: an SQLite database, but not tocsin's", s->path);
    if (v > TC_STORE_SCHEMA)
        return tc_err_set(err, TC_EDB,
                          "%s: schema version %lld is newer than this tocsin supports (%d);"
                          " use a newer tocsin",
                          s->path, (long long)v, TC_STORE_SCHEMA);
    *version = v;
    return TC_OK;
}

/* Brings the schema from version to TC_STORE_SCHEMA in one transaction. */
static int migrate(tc_store *s, int64_t version, tc_err *err)
{
    if (exec(s, "BEGIN IMMEDIATE", err) < 0) return TC_EDB;
    /* Another process may have created it while we waited for the lock. */
    if (check_schema(s, &version, err) < 0) goto fail;
    char sql[64];
    for (int64_t v = version + 1; v <= TC_STORE_SCHEMA; v++) {
        snprintf(sql, sizeof sql, "PRAGMA user_version = %lld", (long long)v);
        if (exec(s, migrations[v], err) < 0 || exec(s, sql, err) < 0) goto fail;
    }
    snprintf(sql, sizeof sql, "PRAGMA application_id = %d", APP_ID);
    if (exec(s, sql, err) < 0 || exec(s, "COMMIT", err) < 0) goto fail;
    return TC_OK;
fail:
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return TC_EDB;
}

static int prepare(tc_store *s, const char *sql, sqlite3_stmt **out, tc_err *err)
{
    if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, out, NULL) != SQLITE_OK)
        return db_error(s, err, "preparing a statement");
    return TC_OK;
}

/* One attempt at opening; *was_busy is set when it failed because another process held a
 * lock (creating the schema, switching to WAL). */
static tc_store *open_once(const char *path, int readonly, int *was_busy, tc_err *err)
{
    tc_store *s = tc_xcalloc(1, sizeof *s);
    s->path = tc_xstrdup(path);
    int flags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        tc_err_set(err, TC_EDB, "%s: cannot open: %s", path,
                   s->db ? sqlite3_errmsg(s->db) : "out of memory");
        goto fail;
    }
    sqlite3_extended_result_codes(s->db, 0);
    int64_t version;
    if (configure(s, readonly, err) < 0 || check_schema(s, &version, err) < 0) goto fail;
    if (version < TC_STORE_SCHEMA) {
        if (readonly) {
            if (version == 0)
                tc_err_set(err, TC_EDB, "%s: no tocsin data in this file", path);
            else
                tc_err_set(err, TC_EDB,
                           "%s: schema version %lld is older than this tocsin's (%d): open it"
                           " for writing once (a tocsin run into it) to bring it up to date",
                           path, (long long)version, TC_STORE_SCHEMA);
            goto fail;
        }
        if (migrate(s, version, err) < 0) goto fail;
    }
    for (int i = 0; i < ST_N; i++)
        if (prepare(s, stmt_sql[i], &s->st[i], err) < 0) goto fail;
    return s;
fail:
    *was_busy = s->was_busy;
    tc_store_close(s);
    return NULL;
}

tc_store *tc_store_open(const char *path, int readonly, tc_err *err)
{
    double t0 = tc_now();
    for (int attempt = 0;; attempt++) {
        /* a failed try that is tried again leaves nothing in err: callers read err->code */
        tc_err e = {0};
        int was_busy = 0;
        tc_store *s = open_once(path, readonly, &was_busy, &e);
        if (s) return s;
        if (!was_busy || !back_off(attempt, t0)) {
            if (was_busy) gave_up(&e, attempt + 1, t0);
            if (err) *err = e;
            return NULL;
        }
    }
}

void tc_store_close(tc_store *s)
{
    if (!s) return;
    for (int i = 0; i < ST_N; i++) sqlite3_finalize(s->st[i]);
    for (size_t i = 0; i < sizeof s->query / sizeof s->query[0]; i++) sqlite3_finalize(s->query[i]);
    /* Closing with a transaction open rolls it back: an unfinished batch leaves no trace. */
    sqlite3_close_v2(s->db);
    free(s->sent_ids);
    free(s->place_name);
    free(s->place_admin1);
    free(s->path);
    free(s);
}

/* Runs st until it is not refused for the lock, or the deadline has passed (err says so). */
static int run_waiting(tc_store *s, sqlite3_stmt *st, tc_err *err)
{
    double t0 = tc_now();
    for (int attempt = 0;; attempt++) {
        tc_err e = {0};
        if (run(s, st, &e) == TC_OK) return TC_OK;
        int was_busy = busy(s);
        if (!was_busy || !back_off(attempt, t0)) {
            if (was_busy) gave_up(&e, attempt + 1, t0);
            if (err) *err = e;
            return TC_EDB;
        }
    }
}

int tc_store_begin(tc_store *s, tc_err *err)
{
    /* SQLite would let a read-only connection begin and fail at the first write. */
    if (sqlite3_db_readonly(s->db, "main") == 1)
        return tc_err_set(err, TC_EDB, "%s: opened read-only", s->path);
    return run_waiting(s, s->st[ST_BEGIN], err);
}

int tc_store_commit(tc_store *s, tc_err *err)
{
    return run_waiting(s, s->st[ST_COMMIT], err);
}

/* 1 when the statement, given hash, returns a row; 0 when not; TC_EDB. */
static int lookup(tc_store *s, sqlite3_stmt *st, tc_err *err)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc == SQLITE_ROW) return 1;
    if (rc == SQLITE_DONE) return 0;
    return db_error(s, err, "looking up a hash");
}

int tc_store_has_raw(tc_store *s, uint64_t raw_hash, tc_err *err)
{
    sqlite3_bind_int64(s->st[ST_HAS_RAW], 1, (int64_t)raw_hash);
    return lookup(s, s->st[ST_HAS_RAW], err);
}

int tc_store_put_raw(tc_store *s, uint64_t raw_hash, tc_err *err)
{
    if (sqlite3_get_autocommit(s->db))
        return tc_err_set(err, TC_EUSAGE, "%s: put_raw outside begin/commit", s->path);
    sqlite3_bind_int64(s->st[ST_PUT_RAW], 1, (int64_t)raw_hash);
    return run(s, s->st[ST_PUT_RAW], err);
}

int tc_store_has_article(tc_store *s, uint64_t hash, tc_err *err)
{
    char hex[17];
    tc_hash_hex(hash, hex);
    sqlite3_bind_text(s->st[ST_HAS_ARTICLE], 1, hex, 16, SQLITE_TRANSIENT);
    return lookup(s, s->st[ST_HAS_ARTICLE], err);
}

struct sqlite3 *tc_store_sqlite(tc_store *s)
{
    return s->db;
}

int tc_store_rollback(tc_store *s)
{
    if (sqlite3_get_autocommit(s->db)) return TC_OK;
    return run(s, s->st[ST_ROLLBACK], NULL);
}

/* Binds s[0..n) as text, borrowed until the statement is reset. */
static void bind_text(sqlite3_stmt *st, int i, const char *p, size_t n)
{
    sqlite3_bind_text(st, i, p ? p : "", p ? (int)n : 0, SQLITE_STATIC);
}

static void bind_str(sqlite3_stmt *st, int i, const char *p)
{
    bind_text(st, i, p, p ? strlen(p) : 0);
}

static int span_ok(tc_span sp, size_t len)
{
    return sp.off <= len && sp.len <= len - sp.off;
}

/* A caller's bug that would store nonsense: every sentence and event span must be in the
 * text, every event's sentence must exist. */
static int check_document(const tc_article *art, const tc_text *t, const tc_event *ev, size_t nev,
                          tc_err *err)
{
    for (size_t i = 0; i < t->nsents; i++)
        if (!span_ok((tc_span){t->sents[i].off, t->sents[i].len}, art->text_len))
            return tc_err_set(err, TC_EUSAGE, "%s: sentence %zu lies outside the text",
                              art->input ? art->input : "?", i);
    for (size_t i = 0; i < nev; i++) {
        const tc_event *e = &ev[i];
        if (e->sent >= t->nsents)
            return tc_err_set(err, TC_EUSAGE, "%s: event %zu: no sentence %u (of %zu)",
                              art->input ? art->input : "?", i, e->sent, t->nsents);
        if (!span_ok(e->src.span, art->text_len) || !span_ok(e->tgt.span, art->text_len) ||
            !span_ok(e->reporter.span, art->text_len) || !span_ok(e->verb, art->text_len))
            return tc_err_set(err, TC_EUSAGE, "%s: event %zu: a span lies outside the text",
                              art->input ? art->input : "?", i);
    }
    return TC_OK;
}

/* Inserts the article; *id is its row id, or 0 when its hash is already there. */
static int put_article(tc_store *s, const tc_article *art, size_t nsents, int64_t *id, tc_err *err)
{
    sqlite3_stmt *st = s->st[ST_ARTICLE];
    char hash[17];
    tc_hash_hex(art->hash, hash);
    bind_text(st, 1, hash, 16);
    bind_str(st, 2, art->input);
    bind_str(st, 3, art->url);
    bind_str(st, 4, art->outlet);
    bind_str(st, 5, art->author);
    bind_str(st, 6, art->date);
    bind_str(st, 7, art->title);
    bind_text(st, 8, art->text, art->text_len);
    sqlite3_bind_int64(st, 9, (int64_t)nsents);
    bind_str(st, 10, art->lang);
    bind_str(st, 11, art->date_source);
    if (run(s, st, err) < 0) return TC_EDB;
    *id = sqlite3_changes(s->db) ? sqlite3_last_insert_rowid(s->db) : 0;
    return TC_OK;
}

static int put_sentences(tc_store *s, const tc_article *art, const tc_text *t, int64_t art_id,
                         tc_err *err)
{
    if (t->nsents > s->sent_cap) {
        s->sent_cap = t->nsents * 2;
        s->sent_ids = tc_xrealloc(s->sent_ids, s->sent_cap * sizeof *s->sent_ids);
    }
    sqlite3_stmt *st = s->st[ST_SENTENCE];
    for (size_t i = 0; i < t->nsents; i++) {
        const tc_sentence *se = &t->sents[i];
        sqlite3_bind_int64(st, 1, art_id);
        sqlite3_bind_int64(st, 2, (int64_t)i);
        sqlite3_bind_int64(st, 3, se->off);
        sqlite3_bind_int64(st, 4, se->len);
        bind_text(st, 5, art->text + se->off, se->len);
        if (run(s, st, err) < 0) return TC_EDB;
        s->sent_ids[i] = sqlite3_last_insert_rowid(s->db);
    }
    return TC_OK;
}

static void bind_actor(sqlite3_stmt *st, int i, const tc_actor_ref *r, const char *text)
{
    bind_text(st, i, r->code, strnlen(r->code, sizeof r->code));
    bind_str(st, i + 1, r->name);
    bind_text(st, i + 2, text + r->span.off, r->span.len);
    sqlite3_bind_int64(st, i + 3, r->span.off);
    sqlite3_bind_int64(st, i + 4, r->span.len);
}

/* The names of tc_date_prec, as stored in date_precision. */
static const char *const prec_names[] = {
    [TC_DATE_NONE] = "none", [TC_DATE_CENTURY] = "century", [TC_DATE_DECADE] = "decade",
    [TC_DATE_YEAR] = "year", [TC_DATE_MONTH] = "month",     [TC_DATE_WEEK] = "week",
    [TC_DATE_DAY] = "day",
};

/* The event's own date as ISO text as precise as it is known into out ("1990" for the 1990s,
 * "2020", "2023-09", a week's Monday, "2023-09-19"), its precision's name into *prec; an event
 * with no date of its own (or an invalid one) takes the article's date, a day, and with none
 * gives "" and "none"; so does a past act with no date of its own (it is before the article). */
static void event_date(const tc_event *e, const char *art_date, char out[16], const char **prec,
                       const char **source)
{
    tc_date d = e->date;
    /* a past act with no date of its own ("have designated X a terrorist group"): before the
       article, when unknown; never the article's day */
    if (d.prec == TC_DATE_NONE && (e->flags & TC_EV_PAST)) {
        out[0] = 0;
        *prec = prec_names[TC_DATE_NONE];
        *source = "none";
        return;
    }
    if (d.prec == TC_DATE_NONE || d.prec > TC_DATE_DAY || !tc_date_valid(d)) {
        snprintf(out, 16, "%s", art_date ? art_date : "");
        *prec = prec_names[out[0] ? TC_DATE_DAY : TC_DATE_NONE];
        *source = out[0] ? "article" : "none";
        return;
    }
    *source = e->date_source == TC_EVDATE_CLAUSE  ? "clause"
              : e->date_source == TC_EVDATE_STORY ? "story"
                                                  : "article";
    if (d.prec <= TC_DATE_YEAR)
        snprintf(out, 16, "%04d", d.year);
    else if (d.prec == TC_DATE_MONTH)
        snprintf(out, 16, "%04d-%02d", d.year, d.month);
    else
        snprintf(out, 16, "%04d-%02d-%02d", d.year, d.month, d.day);
    *prec = prec_names[d.prec];
}

/* The event's place as stored: its strings ("" for NULL), its precision's and source's names;
 * *has is 0 when the event has no place (precision 0 or out of range), and then the strings
 * are "" but for the precision, "unknown", and the source, "none". */
typedef struct {
    const char *name, *admin1, *precision, *source;
    char country[4];
    int has;
} place_text;

static void place_of(const tc_event_place *p, place_text *out)
{
    *out = (place_text){"", "", "unknown", "none", "", 0};
    if (p->prec < TC_PLACE_POINT || p->prec > TC_PLACE_COUNTRY) return;
    out->has = 1;
    out->name = p->name ? p->name : "";
    out->admin1 = p->admin1 ? p->admin1 : "";
    out->precision = tc_place_prec_name(p->prec);
    out->source = p->source >= TC_LOC_CLAUSE && p->source <= TC_LOC_ARTICLE
                      ? tc_loc_source_name(p->source)
                      : "";
    memcpy(out->country, p->cc3, sizeof out->country);
    out->country[sizeof out->country - 1] = 0;
}

static void bind_place(sqlite3_stmt *st, int i, const tc_event_place *p)
{
    place_text pt;
    place_of(p, &pt);
    bind_str(st, i, pt.name);
    bind_str(st, i + 1, pt.admin1);
    sqlite3_bind_text(st, i + 2, pt.country, (int)strlen(pt.country), SQLITE_TRANSIENT);
    if (pt.has) {
        sqlite3_bind_double(st, i + 3, p->lat);
        sqlite3_bind_double(st, i + 4, p->lon);
    } else {
        sqlite3_bind_null(st, i + 3);
        sqlite3_bind_null(st, i + 4);
    }
    bind_str(st, i + 5, pt.precision);
    bind_str(st, i + 6, pt.source);
}

/* Inserts one event; *added is 1 when its id was new. */
static int put_event(tc_store *s, const tc_article *art, const tc_event *e, int64_t art_id,
                     int *added, tc_err *err)
{
    sqlite3_stmt *st = s->st[ST_EVENT];
    char id[17];
    tc_event_id(art->hash, e, id);
    size_t clen = strnlen(e->cameo, sizeof e->cameo);
    bind_text(st, 1, id, strnlen(id, 16));
    sqlite3_bind_int64(st, 2, art_id);
    sqlite3_bind_int64(st, 3, s->sent_ids[e->sent]);
    bind_str(st, 4, art->date);
    bind_actor(st, 5, &e->src, art->text);
    bind_actor(st, 10, &e->tgt, art->text);
    bind_text(st, 15, e->cameo, clen);
    bind_text(st, 16, e->cameo, clen < 2 ? clen : 2);
    sqlite3_bind_double(st, 17, e->info ? e->info->goldstein : 0);
    sqlite3_bind_int(st, 18, e->info ? e->info->quad : 0);
    bind_str(st, 19, e->info ? e->info->plover : "");
    sqlite3_bind_int64(st, 20, e->flags);
    sqlite3_bind_int64(st, 21, e->verb.off);
    sqlite3_bind_int64(st, 22, e->verb.len);
    bind_actor(st, 23, &e->reporter, art->text);
    sqlite3_bind_int(st, 28, (e->flags & TC_EV_PAST) != 0);
    char date[16];
    const char *prec, *source;
    event_date(e, art->date, date, &prec, &source);
    bind_str(st, 39, source);
    bind_str(st, 29, date);
    bind_str(st, 30, prec);
    bind_str(st, 31, e->info && e->info->mode ? e->info->mode : "");
    bind_place(st, 32, &e->place);
    if (run(s, st, err) < 0) return TC_EDB;
    *added = sqlite3_changes(s->db) > 0;
    return TC_OK;
}

static int put_body(tc_store *s, const tc_article *art, const tc_text *t, const tc_event *ev,
                    size_t nev, int keep_flagged, int *added, tc_err *err)
{
    int64_t art_id;
    if (put_article(s, art, t->nsents, &art_id, err) < 0) return TC_EDB;
    if (!art_id) return TC_OK;
    if (put_sentences(s, art, t, art_id, err) < 0) return TC_EDB;
    int64_t n = 0;
    for (size_t i = 0; i < nev; i++) {
        int one;
        if ((ev[i].flags & TC_EV_NOT_EVENT) && !keep_flagged) continue;
        if (put_event(s, art, &ev[i], art_id, &one, err) < 0) return TC_EDB;
        n += one;
    }
    if (n) {
        sqlite3_stmt *st = s->st[ST_ARTICLE_EVENTS];
        sqlite3_bind_int64(st, 1, art_id);
        sqlite3_bind_int64(st, 2, n);
        if (run(s, st, err) < 0) return TC_EDB;
    }
    *added = 1;
    return TC_OK;
}

int tc_store_put_document(tc_store *s, const tc_article *art, const tc_text *t, const tc_event *ev,
                          size_t nev, int keep_flagged, int *added, tc_err *err)
{
    *added = 0;
    if (sqlite3_get_autocommit(s->db))
        return tc_err_set(err, TC_EUSAGE, "%s: put_document outside begin/commit", s->path);
    if (art->text_len >= (size_t)sqlite3_limit(s->db, SQLITE_LIMIT_LENGTH, -1))
        return tc_err_set(err, TC_ETOOBIG, "%s: article of %zu bytes is too long to store",
                          art->input ? art->input : "?", art->text_len);
    if (check_document(art, t, ev, nev, err) < 0) return TC_EUSAGE;
    if (run(s, s->st[ST_SAVE], err) < 0) return TC_EDB;
    if (put_body(s, art, t, ev, nev, keep_flagged, added, err) < 0) {
        *added = 0;
        run(s, s->st[ST_UNDO], NULL);
        run(s, s->st[ST_RELEASE], NULL);
        return TC_EDB;
    }
    return run(s, s->st[ST_RELEASE], err);
}

int tc_store_count(tc_store *s, tc_store_counts *out, tc_err *err)
{
    sqlite3_stmt *st = s->st[ST_COUNT];
    if (sqlite3_step(st) != SQLITE_ROW) {
        db_error(s, err, "counting");
        sqlite3_reset(st);
        return TC_EDB;
    }
    out->articles = sqlite3_column_int64(st, 0);
    out->sentences = sqlite3_column_int64(st, 1);
    out->events = sqlite3_column_int64(st, 2);
    sqlite3_reset(st);
    return TC_OK;
}

/* The filter's value for clause i, NULL when absent ("1" for a flag that is set). An exact
 * actor code "" is present: it matches the events without that actor (no target). */
static const char *filter_value(const tc_event_filter *f, size_t i)
{
    const char *p = (const char *)f + clauses[i].field;
    if (clauses[i].kind == K_FLAG) return *(const int *)p ? "1" : NULL;
    const char *v = *(const char *const *)p;
    if (v && !*v && f->exact && clauses[i].kind == K_ACTOR) return v;
    return v && *v ? v : NULL;
}

/* The query for the filters in key, prepared on first use. */
static sqlite3_stmt *query_for(tc_store *s, unsigned key, tc_err *err)
{
    if (s->query[key]) return s->query[key];
    size_t cap = sizeof query_head + sizeof query_tail;
    for (size_t i = 0; i < N_CLAUSES; i++) cap += strlen(clauses[i].sql) + 5;
    char *sql = tc_xmalloc(cap);
    strcpy(sql, query_head);
    for (size_t i = 0; i < N_CLAUSES; i++) {
        if (key & (1u << i)) {
            strcat(sql, " AND ");
            strcat(sql, clauses[i].sql);
        }
    }
    strcat(sql, query_tail);
    prepare(s, sql, &s->query[key], err);
    free(sql);
    return s->query[key];
}

static void bind_named_text(sqlite3_stmt *st, const char *name, const char *p, size_t n)
{
    sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, name), p, (int)n, SQLITE_TRANSIENT);
}

/* Binds :name_lo and :name_hi so that lo <= x < hi holds exactly for the x starting with
 * prefix v. hi is v with trailing 0xFF bytes dropped and the last byte incremented; when
 * there is no such string, hi is an empty blob, which SQLite orders after every text. With
 * exact, hi is v followed by byte 1: only v itself lies between (codes hold no control
 * characters). */
static void bind_prefix(sqlite3_stmt *st, const char *name, const char *v, int upper, int exact)
{
    size_t n = strlen(v);
    char *lo = tc_xmalloc(n + 2), param[32];
    memcpy(lo, v, n + 1);
    if (upper)
        for (size_t i = 0; i < n; i++) lo[i] = (char)toupper((unsigned char)lo[i]);
    snprintf(param, sizeof param, ":%s_lo", name);
    bind_named_text(st, param, lo, n);
    snprintf(param, sizeof param, ":%s_hi", name);
    if (exact) {
        lo[n] = 1;
        bind_named_text(st, param, lo, n + 1);
        free(lo);
        return;
    }
    while (n && (unsigned char)lo[n - 1] == 0xFF) n--;
    if (n) {
        lo[n - 1] = (char)((unsigned char)lo[n - 1] + 1);
        bind_named_text(st, param, lo, n);
    } else {
        sqlite3_bind_zeroblob(st, sqlite3_bind_parameter_index(st, param), 0);
    }
    free(lo);
}

static void bind_filter(sqlite3_stmt *st, const tc_event_filter *f)
{
    char param[32];
    for (size_t i = 0; i < N_CLAUSES; i++) {
        const char *v = filter_value(f, i);
        if (!v || clauses[i].kind == K_FLAG) continue;
        if (clauses[i].kind == K_DATE || clauses[i].kind == K_PLACE) {
            snprintf(param, sizeof param, ":%s", clauses[i].name);
            bind_named_text(st, param, v, strlen(v));
        } else {
            bind_prefix(st, clauses[i].name, v, clauses[i].kind == K_ACTOR,
                        f->exact && clauses[i].kind == K_ACTOR);
        }
    }
    sqlite3_bind_int64(st, sqlite3_bind_parameter_index(st, ":limit"),
                       f->limit > 0 ? f->limit : -1);
}

/* A coordinate column: NAN when NULL (no place). */
static double column_coord(sqlite3_stmt *st, int i)
{
    return sqlite3_column_type(st, i) == SQLITE_NULL ? NAN : sqlite3_column_double(st, i);
}

static void read_row(sqlite3_stmt *st, tc_event_row *row)
{
    for (size_t i = 0; i < N_ROW_TEXT; i++) {
        const char *v = (const char *)sqlite3_column_text(st, (int)i);
        *(const char **)((char *)row + row_text[i]) = v ? v : "";
    }
    row->goldstein = sqlite3_column_double(st, N_ROW_TEXT);
    row->quad = sqlite3_column_int(st, N_ROW_TEXT + 1);
    row->flags = (unsigned)sqlite3_column_int64(st, N_ROW_TEXT + 2);
    row->article_id = sqlite3_column_int64(st, N_ROW_TEXT + 3);
    row->sentence_id = sqlite3_column_int64(st, N_ROW_TEXT + 4);
    row->past = sqlite3_column_int(st, N_ROW_TEXT + 5) != 0;
    row->place_lat = column_coord(st, N_ROW_TEXT + 6);
    row->place_lon = column_coord(st, N_ROW_TEXT + 7);
}

int tc_store_each_event(tc_store *s, const tc_event_filter *f,
                        int (*fn)(const tc_event_row *row, void *ctx), void *ctx, tc_err *err)
{
    static const tc_event_filter none = {0};
    if (!f) f = &none;
    unsigned key = 0;
    for (size_t i = 0; i < N_CLAUSES; i++)
        if (filter_value(f, i)) key |= 1u << i;
    sqlite3_stmt *st = query_for(s, key, err);
    if (!st) return TC_EDB;
    if (sqlite3_stmt_busy(st))
        return tc_err_set(err, TC_EUSAGE, "%s: nested event query on one store", s->path);
    bind_filter(st, f);
    int rc, ret = TC_OK;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tc_event_row row;
        read_row(st, &row);
        if ((ret = fn(&row, ctx)) != 0) break;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) ret = db_error(s, err, "reading events");
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return ret;
}

int tc_store_top_dyads(tc_store *s, size_t n,
                       int (*fn)(const char *src_code, const char *tgt_code, int64_t count,
                                 void *ctx),
                       void *ctx, tc_err *err)
{
    sqlite3_stmt *st = s->st[ST_DYADS];
    if (sqlite3_stmt_busy(st))
        return tc_err_set(err, TC_EUSAGE, "%s: nested dyad query on one store", s->path);
    sqlite3_bind_int64(st, 1, n && n <= INT64_MAX ? (int64_t)n : -1);
    int rc, ret = TC_OK;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *src = (const char *)sqlite3_column_text(st, 0);
        const char *tgt = (const char *)sqlite3_column_text(st, 1);
        if ((ret = fn(src ? src : "", tgt ? tgt : "", sqlite3_column_int64(st, 2), ctx)) != 0)
            break;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) ret = db_error(s, err, "counting dyads");
    sqlite3_reset(st);
    return ret;
}

/* The article text under sp, copied into the arena; "" when sp is outside the text. */
static const char *span_copy(const tc_article *art, tc_span sp, tc_arena *a)
{
    if (!art->text || !span_ok(sp, art->text_len)) return "";
    return tc_arena_strndup(a, art->text + sp.off, sp.len);
}

void tc_event_row_make(const tc_article *art, const tc_text *t, const tc_event *e, tc_arena *a,
                       tc_event_row *row)
{
    char *id = tc_arena_alloc(a, 17);
    tc_event_id(art->hash, e, id);
    size_t clen = strnlen(e->cameo, sizeof e->cameo);
    *row = (tc_event_row){
        .id = id,
        .date = art->date,
        .url = art->url ? art->url : "",
        .outlet = art->outlet ? art->outlet : "",
        .title = art->title ? art->title : "",
        .input = art->input ? art->input : "",
        .src_code = tc_arena_strndup(a, e->src.code, strnlen(e->src.code, sizeof e->src.code)),
        .src_name = e->src.name ? e->src.name : "",
        .src_text = span_copy(art, e->src.span, a),
        .tgt_code = tc_arena_strndup(a, e->tgt.code, strnlen(e->tgt.code, sizeof e->tgt.code)),
        .tgt_name = e->tgt.name ? e->tgt.name : "",
        .tgt_text = span_copy(art, e->tgt.span, a),
        .code = tc_arena_strndup(a, e->cameo, clen),
        .root = tc_arena_strndup(a, e->cameo, clen < 2 ? clen : 2),
        .plover = e->info && e->info->plover ? e->info->plover : "",
        .mode = e->info && e->info->mode ? e->info->mode : "",
        .article_date_source = art->date_source ? art->date_source : "",
        .reporter_code = tc_arena_strndup(a, e->reporter.code,
                                          strnlen(e->reporter.code, sizeof e->reporter.code)),
        .reporter_name = e->reporter.name ? e->reporter.name : "",
        .reporter_text = span_copy(art, e->reporter.span, a),
        .past = (e->flags & TC_EV_PAST) != 0,
        .sentence = "",
        .goldstein = e->info ? e->info->goldstein : 0,
        .quad = e->info ? e->info->quad : 0,
        .flags = e->flags,
    };
    char date[16];
    const char *prec, *source;
    event_date(e, art->date, date, &prec, &source);
    row->event_date = tc_arena_strndup(a, date, strlen(date));
    row->date_precision = prec;
    row->date_source = source;
    place_text pt;
    place_of(&e->place, &pt);
    row->place_name = pt.name;
    row->place_admin1 = pt.admin1;
    row->place_country = tc_arena_strndup(a, pt.country, strlen(pt.country));
    row->place_precision = pt.precision;
    row->place_source = pt.source;
    row->place_lat = pt.has ? e->place.lat : NAN;
    row->place_lon = pt.has ? e->place.lon : NAN;
    if (e->sent < t->nsents) {
        const tc_sentence *se = &t->sents[e->sent];
        row->sentence = span_copy(art, (tc_span){se->off, se->len}, a);
    }
}

/* The index of name among names[1..n], 0 when it is none of them. */
static uint8_t name_index(const char *name, const char *(*names)(int), int n)
{
    for (int i = 1; i <= n; i++)
        if (name && strcmp(name, names(i)) == 0) return (uint8_t)i;
    return 0;
}

static const char *column_str(sqlite3_stmt *st, int i)
{
    const char *v = (const char *)sqlite3_column_text(st, i);
    return v ? v : "";
}

int tc_store_event_place(tc_store *s, int64_t article_id, int64_t sentence_id, int64_t verb_off,
                         const char *code, const char *src_code, const char *tgt_code,
                         tc_event_place *out, tc_err *err)
{
    sqlite3_stmt *st = s->st[ST_EVENT_PLACE];
    memset(out, 0, sizeof *out);
    out->name = out->admin1 = "";
    sqlite3_bind_int64(st, 1, article_id);
    sqlite3_bind_int64(st, 2, sentence_id);
    sqlite3_bind_int64(st, 3, verb_off);
    bind_str(st, 4, code);
    bind_str(st, 5, src_code);
    bind_str(st, 6, tgt_code);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(st);
        return rc == SQLITE_DONE ? 0 : db_error(s, err, "reading an event's place");
    }
    out->prec = name_index(column_str(st, 5), tc_place_prec_name, TC_PLACE_COUNTRY);
    if (out->prec) {
        free(s->place_name);
        free(s->place_admin1);
        s->place_name = tc_xstrdup(column_str(st, 0));
        s->place_admin1 = tc_xstrdup(column_str(st, 1));
        out->name = s->place_name;
        out->admin1 = s->place_admin1;
        snprintf(out->cc3, sizeof out->cc3, "%s", column_str(st, 2));
        out->lat = sqlite3_column_double(st, 3);
        out->lon = sqlite3_column_double(st, 4);
        out->source = name_index(column_str(st, 6), tc_loc_source_name, TC_LOC_ARTICLE);
    }
    sqlite3_reset(st);
    return 1;
}
