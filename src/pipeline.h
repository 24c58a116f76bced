/* pipeline: the stages wired together. A tc_engine holds what is loaded once (CAMEO table,
 * actors, verbs) and codes articles; the drivers run read -> extract -> text -> actors ->
 * code and then store (tc_run), print events (tc_code_stream) or print clean articles
 * (tc_extract_stream). Every driver reports bad input per record and goes on. */
#ifndef TC_PIPELINE_H
#define TC_PIPELINE_H

#include "code.h"
#include "err.h"
#include "export.h"
#include "extract.h"
#include "parse.h"
#include "story.h"
#include "text.h"

#include <stdio.h>

/* The data directory: override if given, else $TOCSIN_DATA, else ../share/tocsin next to
 * the running binary, else the build's data/ folder. Never NULL. */
const char *tc_datadir(const char *override);

typedef struct tc_engine tc_engine;

/* Loads cameo.tsv, actors.txt and verbs.txt from datadir; dictionary problems go to diag.
 * NULL with err filled when a file is missing or unreadable. Immutable afterwards: one engine
 * may serve several threads. */
tc_engine *tc_engine_load(const char *datadir, tc_diag_fn diag, void *dctx, tc_err *err);
void tc_engine_free(tc_engine *e);
const tc_cameo_table *tc_engine_cameo(const tc_engine *e);
const tc_actors *tc_engine_actors(const tc_engine *e);
const tc_verbs *tc_engine_verbs(const tc_engine *e);
/* For measuring what places and event dates cost (bench_code): an engine that codes without
 * them (events get the article's date and no place). Not thread-safe: set before coding. */
enum { TC_ENGINE_NO_PLACES = 1, TC_ENGINE_NO_DATES = 2 };
void tc_engine_options(tc_engine *e, unsigned flags);

typedef struct {
    tc_text text;
    tc_event *ev; /* in the arena */
    size_t nev;
    size_t mentions; /* actor mentions found */
} tc_coded;

/* Sentences, actors and events of one clean article, all in arena a. Returns TC_OK or an
 * error for text that cannot be analysed. Thread-safe for distinct arenas. */
int tc_engine_code(const tc_engine *e, const tc_article *art, tc_arena *a, tc_coded *out);

typedef struct {
    size_t records;           /* raw articles read */
    size_t articles;          /* extracted */
    size_t added;             /* new in the database */
    size_t duplicates;        /* already stored (same content) */
    size_t known;             /* of the duplicates: found stored before extraction or coding */
    size_t failed;            /* records or inputs that gave a diagnostic (not_stored included) */
    size_t not_stored;        /* articles coded but not stored: the database failed */
    size_t skipped;           /* directory entries not read (other endings, hidden, loops, links) */
    size_t cut;               /* records cut at the per-record limit */
    size_t sentences, events; /* run: those stored; code: those coded and printed */
} tc_run_stats;

typedef struct {
    int keep_flagged; /* store negated / hypothetical events too */
    size_t batch;     /* articles per transaction (0: 64; also at 32 MB, and at the first
                         record that comes a second after the batch began) */
    tc_diag_fn diag;  /* per-record problems (NULL: tc_diag_print) */
    void *dctx;
    tc_diag_fn notice; /* cuts, removed NUL bytes, skipped files (NULL: tc_diag_print) */
    int progress;      /* show a progress bar when stderr is a terminal */
    FILE *explain;     /* extract: each article's notes (what was dropped, why) go here */
    size_t max_record; /* bytes of text per record (0: TC_READ_MAX_RECORD), see read.h */
    int verbose;       /* name every skipped file, not only count it */
    /* run with no engine: it is loaded from here (tc_engine_load) when the first article
     * needs coding, so that a re-run of stored input loads no dictionary. */
    const char *datadir;
    tc_story_opts story; /* run: duplicates and story clusters (zeros: the defaults) */
    const char *date;    /* "YYYY-MM-DD": the date of articles that have none (their
                            date_source is then "option"); NULL: none */
} tc_run_opts;

/* The whole pipeline into the database at db_path, coded with e (or, when e is NULL, with an
 * engine loaded from o->datadir when first needed: a failure to load stops the run). A raw
 * record whose bytes were stored
 * before is skipped before extraction, an article whose content is stored before coding.
 * Articles are extracted and coded outside any transaction and written in batches, so the
 * write lock is held only while writing and several runs can share one file. Returns TC_OK
 * when the run completed (even if some records failed: see stats->failed), or an error that
 * stopped it (the database could not be opened, or a batch could not be written even after
 * waiting for the lock: its articles count as not_stored, the rest of the input is not read);
 * batches already committed stay. The database is created only once an input opened. */
int tc_run(const tc_engine *e, const char *db_path, const char *const *inputs, size_t n,
           const tc_run_opts *o, tc_run_stats *stats, tc_err *err);

/* The streaming coder: events of every article, written to out in fmt (all: flagged ones
 * too) and flushed after each article, so that it can sit in a pipe behind a live feed (JSONL
 * on standard input is read line by line). Nothing is stored. */
int tc_code_stream(const tc_engine *e, const char *const *inputs, size_t n, FILE *out,
                   tc_format fmt, int all, const tc_run_opts *o, tc_run_stats *stats);

/* Clean articles as JSONL (one object a line: input, url, outlet, author, date, title,
 * lang, text, dropped_lines) or as text (title, blank line, body, form feed between articles). */
int tc_extract_stream(const char *const *inputs, size_t n, FILE *out, int as_text,
                      const tc_run_opts *o, tc_run_stats *stats);

/* Every article's sentences tagged and parsed with p, written to out as CoNLL-U
 * (tc_conllu_write: "# sent_id = INPUT-N" with INPUT's white space made '_', "# text") or,
 * with as_table, as aligned columns (index, form, lemma, UPOS, Penn tag, head, relation, the
 * head's form). Bad input is reported per record as by the other drivers. TC_OK, or TC_EIO
 * when out fails. */
int tc_parse_stream(const tc_parser *p, const char *const *inputs, size_t n, FILE *out,
                    int as_table, const tc_run_opts *o, tc_run_stats *stats);

#endif
