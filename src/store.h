/* store: the SQLite file (WAL) that holds articles, sentences and events.
 *
 * Schema version 1 (PRAGMA user_version): articles(id, hash UNIQUE, input, url, outlet,
 * author, date, title, text, n_sentences, n_events), sentences(id, article_id, idx, start,
 * len, text), events(id TEXT PRIMARY KEY, article_id, sentence_id, date, src_code, src_name,
 * src_text, src_off, src_len, tgt_code, tgt_name, tgt_text, tgt_off, tgt_len, code, root,
 * goldstein, quad, plover, flags, verb_off, verb_len); version 2 adds articles.lang, version 3
 * raw_hashes(hash), the raw records already seen (a re-run skips them before extraction),
 * version 4 the story tables (story.h), version 5 events.reporter_code, reporter_name,
 * reporter_text, reporter_off, reporter_len, past, event_date, date_precision, date_source, mode
 * and articles.date_source, version 6 events.place_name, place_admin1, place_country, place_lat,
 * place_lon, place_precision, place_source (docs/events.md says what each holds), version 7
 * events.date_source, version 8 the early-warning tables (series.h). Re-storing an
 * article whose content hash is there adds nothing. Writes go in batches: begin, put..., commit; a
 * crash leaves the last committed batch. One tc_store per thread. */
#ifndef TC_STORE_H
#define TC_STORE_H

#include "code.h"
#include "err.h"
#include "extract.h"
#include "text.h"

#include <stddef.h>
#include <stdint.h>

#define TC_STORE_SCHEMA 8

typedef struct tc_store tc_store;

/* Opens or creates the database at path and checks or creates the schema (one transaction,
 * recorded in PRAGMA user_version); sets WAL, synchronous=NORMAL, foreign keys and a busy
 * timeout, and prepares the statements. readonly opens an existing tocsin file without
 * writing. While another process holds a lock it needs, it tries again as begin does. NULL
 * with err filled (TC_EDB) on failure: cannot open or create, not an SQLite file, an SQLite
 * file that is not tocsin's, a schema newer than TC_STORE_SCHEMA, still locked at the
 * deadline; err is left alone on success, whatever the tries before. The store belongs to one
 * thread at a time; other processes may open the same file. */
tc_store *tc_store_open(const char *path, int readonly, tc_err *err);
/* Closes the file; a batch begun and not committed is rolled back. NULL is fine. */
void tc_store_close(tc_store *s);

/* A write batch: begin takes the write lock (BEGIN IMMEDIATE: a batch never upgrades a read),
 * commit makes every put since begin durable at once, rollback forgets them. While another
 * process holds the lock, begin and commit wait: a busy timeout of 5 s (or $TOCSIN_BUSY_MS),
 * then more tries after pauses growing from 0.1 s to at most that timeout, until eight busy
 * timeouts (40 s by default) have passed since the first. TC_EDB with err filled on failure
 * (lock not obtained by then, the message saying after how many tries and seconds; disk full;
 * read-only file); after a failed commit the batch is still open and the caller should roll
 * back. rollback returns 0 or TC_EDB. Hold the lock briefly: code first, then write. */
int tc_store_begin(tc_store *s, tc_err *err);
int tc_store_commit(tc_store *s, tc_err *err);
int tc_store_rollback(tc_store *s);

/* Stores the article, its sentences (text copied from art->text under each sentence span)
 * and the events (only those without TC_EV_NOT_EVENT flags unless keep_flagged), all borrowed for
 * the call. *added is 1 when the article was new, 0 when its hash was already stored (then nothing
 * is written). An event whose id is already stored is skipped. Must be inside begin/commit (else
 * TC_EUSAGE). All or nothing: TC_EUSAGE when t or an event points outside the text (a caller's
 * bug), TC_ETOOBIG for a text over SQLite's length limit (1 GB), TC_EDB when SQLite fails; err says
 * which, and the batch stays usable. */
int tc_store_put_document(tc_store *s, const tc_article *art, const tc_text *t, const tc_event *ev,
                          size_t nev, int keep_flagged, int *added, tc_err *err);
/* Whether a raw record (tc_hash64 of its bytes, as the caller computes it) was stored
 * before, and whether an article with this content hash (tc_article.hash) is stored: 1 yes,
 * 0 no, TC_EDB with err filled. Cheap (an index lookup): a re-run asks before extracting
 * and coding. Inside or outside a batch. */
int tc_store_has_raw(tc_store *s, uint64_t raw_hash, tc_err *err);
int tc_store_has_article(tc_store *s, uint64_t hash, tc_err *err);
/* Records that the raw record hashed raw_hash is stored (or was found stored). Inside
 * begin/commit (else TC_EUSAGE); 0 or TC_EDB. */
int tc_store_put_raw(tc_store *s, uint64_t raw_hash, tc_err *err);

/* The connection, for the modules that keep tables of their own in the file (story.h:
 * version 4's story tables): they prepare their own statements and write only inside
 * begin/commit. Borrowed; same thread rules as the store. */
struct sqlite3;
struct sqlite3 *tc_store_sqlite(tc_store *s);

typedef struct {
    int64_t articles, sentences, events;
} tc_store_counts;

/* Rows in each table into *out. 0, or TC_EDB with err filled. */
int tc_store_count(tc_store *s, tc_store_counts *out, tc_err *err);

/* One event as stored, every field a string or number borrowed for the callback only.
 * Strings are never NULL ("" when unknown). */
typedef struct {
    const char *id, *date, *url, *outlet, *title, *input; /* date: the article's (YYYY-MM-DD) */
    const char *src_code, *src_name, *src_text;
    const char *tgt_code, *tgt_name, *tgt_text; /* all "" for an event with no target */
    const char *code, *root, *plover, *sentence;
    const char *mode;                                          /* PLOVER mode ("demo") */
    const char *reporter_code, *reporter_name, *reporter_text; /* who reports it */
    /* The event's own date, ISO as precise as known ("2020", "2023-09", "2023-09-19"; a week
     * its Monday, a decade its first year), the article's when it has none of its own; and
     * its precision: "day", "week", "month", "year", "decade", "century", or "none" (no date at
     * all). */
    const char *event_date, *date_precision;
    const char *date_source; /* "clause", "story", "article", "none" */
    /* Where the article's date came from (tc_article.date_source; "" for articles stored
     * before schema 5). */
    const char *article_date_source;
    /* Where the event happened (code.h tc_event_place): the gazetteer's name, its first-level
     * subdivision ("" when unknown; a subdivision may name itself), its country's ISO
     * alpha-3 code ("" when none), its precision ("point", "subdivision", "country") and
     * where the coder found it ("clause", "sentence", "article"); all "" when the event has
     * no place (events stored before schema 6 have none), and then place_lat and place_lon
     * are NAN. A row whose place_precision is NULL or "" has no place, whatever its
     * coordinates. */
    const char *place_name, *place_admin1, *place_country, *place_precision, *place_source;
    double place_lat, place_lon; /* degrees */
    double goldstein;
    int quad;
    unsigned flags;
    int past; /* 1: the event's own date lies well before the article's (TC_EV_PAST) */
    int64_t article_id, sentence_id;
} tc_event_row;

typedef struct {
    const char *actor;     /* code prefix matching source or target ("AZE", "RUSGOV"), or NULL */
    const char *src, *tgt; /* code prefixes of source / target, or NULL */
    const char *code;      /* CAMEO code prefix ("19", "191"), or NULL */
    const char *from, *to; /* inclusive YYYY-MM-DD bounds, or NULL */
    long limit;            /* 0 (or negative): no limit */
    int exact;             /* actor, src and tgt match whole codes, not prefixes */
    int no_past;           /* leave out events flagged past (TC_EV_PAST) */
    int known_only;        /* leave out events with an actor of no state (---COP) */
    /* events whose place is called this (its name or its subdivision's, ASCII
     * case-insensitive: "Stepanakert", "donetsk") or lies in the country of this ISO
     * alpha-3 code ("AZE"), or NULL */
    const char *place;
} tc_event_filter;

/* Calls fn for each stored event matching f (NULL or "" fields match everything, except that
 * with exact an actor, src or tgt of "" matches only the events without that actor: no
 * target; actor codes compare ASCII case-insensitively, events without a date fail any date
 * bound), in date then id order; stops early (and returns fn's value) when fn returns
 * non-zero. 0 when every row was seen, TC_EDB with err filled when SQLite fails, TC_EUSAGE
 * when fn calls back into this function on the same store. */
int tc_store_each_event(tc_store *s, const tc_event_filter *f,
                        int (*fn)(const tc_event_row *row, void *ctx), void *ctx, tc_err *err);

/* The place of one stored event, the one of article_id and sentence_id whose verb is at
 * verb_off, coded code from src_code to tgt_code (as stored; "" for no target), into *out:
 * out->prec 0 when the event has no place. The strings live in the store until the next call
 * or tc_store_close. 1 when the event is found, 0 when it is not (*out zeroed), TC_EDB with err
 * filled when SQLite fails. For the readers of a story's mentions (gdelt.h). */
int tc_store_event_place(tc_store *s, int64_t article_id, int64_t sentence_id, int64_t verb_off,
                         const char *code, const char *src_code, const char *tgt_code,
                         tc_event_place *out, tc_err *err);

/* Calls fn(src_code, tgt_code, count, ctx) for the n most frequent (source, target) code
 * pairs among the stored events (n == 0: every pair), most frequent first, ties in code
 * order. The strings are borrowed for the call. Stops early and returns fn's value when fn
 * returns non-zero; else 0, or TC_EDB with err filled. */
int tc_store_top_dyads(tc_store *s, size_t n,
                       int (*fn)(const char *src_code, const char *tgt_code, int64_t count,
                                 void *ctx),
                       void *ctx, tc_err *err);

/* Fills the row for an event that is not stored (the streaming coder): the same fields as a
 * stored row; its strings live in the arena or in art and e, which must outlive the row.
 * Spans outside the text give "". article_id and sentence_id are 0. Never fails;
 * thread-safe for distinct arenas. */
void tc_event_row_make(const tc_article *art, const tc_text *t, const tc_event *e, tc_arena *a,
                       tc_event_row *row);

#endif
