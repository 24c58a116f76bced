/* eval_events: scores the coder against gold sentences (`tocsin eval events`).
 *
 * Two kinds of gold line, told apart line by line (docs/eval-events.md):
 * - ours: {"id", "text", "date", "events": [{"source", "target", "code"}, ...]}, every event
 *   the sentence must give ("events": [] when it must give none). Coded and gold events are
 *   compared as multisets of keys at three levels: the CAMEO root ("19"); root and dyad of
 *   countries (root, the first three letters of source and of target, direction kept, an
 *   empty target matching an event with no target); exact (full code, full actor codes).
 *   Right = the size of the multiset intersection; precision = right / coded, recall =
 *   right / gold. Per root, the same at root and dyad level.
 * - PLOVER rows (../shared/events-dev/plv_dev.jsonl): {"text", "marked", "plover", ...}, one
 *   marked source-target pair and its PLOVER class (older names) per row. A coded event's
 *   class comes from its CAMEO code (tc_eval_plover_class). A row is found (type) when some
 *   event coded from its sentence has its class, strictly found when that event's source and
 *   target words also overlap the marked <s> and <t> spans; type precision = events coded whose
 *   class is that of a row of their sentence (strict: with the spans) / every event coded.
 *   Rows sharing a sentence are coded once.
 * Sentences are coded as `tocsin code` codes an article of that text and date, and the
 * events it would print (no negated or hypothetical one) are the coded events. */
#ifndef TC_EVAL_EVENTS_H
#define TC_EVAL_EVENTS_H

#include "arena.h"
#include "cameo.h"
#include "err.h"
#include "span.h"

#include <stddef.h>
#include <stdio.h>

enum { TC_EVAL_ROOT, TC_EVAL_DYAD, TC_EVAL_EXACT, TC_EVAL_LEVELS };
#define TC_EVAL_ROOTS 21 /* CAMEO roots 01..20; index 0 holds codes with no valid root */

/* The PLOVER classes of the events-dev data (older names), in this order. */
enum {
    TC_PLV_AGREE,
    TC_PLV_CONSULT,
    TC_PLV_SUPPORT,
    TC_PLV_COOPERATE,
    TC_PLV_AID,
    TC_PLV_YIELD,
    TC_PLV_REQUEST,
    TC_PLV_ACCUSE,
    TC_PLV_REJECT,
    TC_PLV_THREATEN,
    TC_PLV_PROTEST,
    TC_PLV_MOBILIZE,
    TC_PLV_SANCTION,
    TC_PLV_COERCE,
    TC_PLV_ASSAULT,
    TC_PLV_CLASSES
};

/* One event, gold or coded. Strings are borrowed. tgt is "" when the event has no target.
 * plover is the CAMEO table's PLOVER type of code ("" when none or unknown); src_span and
 * tgt_span say where the actors are in the sentence (coded events; {0, 0} when unknown). */
typedef struct {
    const char *src, *tgt, *code, *plover;
    tc_span src_span, tgt_span;
} tc_eval_event;

/* One gold line. Strings live in the arena given to tc_eval_gold_read. */
typedef struct {
    int line;                /* 1-based line in the file */
    const char *id;          /* the line's "id", or "" */
    const char *text;        /* NUL-terminated, text_len bytes */
    size_t text_len;         /*  */
    char date[11];           /* "YYYY-MM-DD" or "" */
    int plover;              /* -1: our format; else a TC_PLV_* class (PLOVER row) */
    const tc_eval_event *ev; /* ours: the expected events */
    size_t nev;
    const tc_span *src, *tgt; /* PLOVER row: the marked spans in text */
    size_t nsrc, ntgt;
} tc_eval_gold;

typedef struct {
    size_t gold, coded, right;
} tc_eval_count;

typedef struct {
    size_t rows, found[2], coded, right[2]; /* [0] type, [1] strict */
} tc_eval_class_count;

typedef struct {
    /* ours */
    size_t sentences;        /* gold lines of our format scored */
    size_t sents_none;       /* of them, lines expecting no event */
    size_t sents_none_given; /* ... given some event anyway */
    size_t sents_missed;     /* lines expecting events and given none */
    tc_eval_count level[TC_EVAL_LEVELS];
    tc_eval_count root[TC_EVAL_ROOTS][2]; /* per root: [0] root level, [1] dyad level */
    /* PLOVER rows */
    size_t plv_rows, plv_sentences;
    size_t plv_rows_none; /* rows whose sentence gave no event at all */
    size_t plv_coded;     /* events coded from the rows' sentences, every class */
    size_t plv_unclassed; /* of them, events whose code has no PLOVER class */
    size_t plv_right[2];  /* events right: [0] type, [1] strict */
    size_t plv_found[2];  /* rows found: [0] type, [1] strict */
    tc_eval_class_count cls[TC_PLV_CLASSES];
} tc_eval_scores;

/* The class name ("YIELD") of a TC_PLV_* value; "" when out of range. Static. */
const char *tc_eval_plover_name(int cls);
/* The TC_PLV_* class of a class name as events-dev writes it ("YIELD"); -1 when unknown. */
int tc_eval_plover_parse(const char *name);
/* The class of a coded event: its CAMEO code's PLOVER type (cameo.tsv) in the older names
 * (CONCEDE and RETREAT are YIELD), except that root 03 is AGREE and root 10 REQUEST whatever
 * the table says; -1 when the code has no class (roots 01 and 02). Thread-safe. */
int tc_eval_plover_class(const char *code, const char *plover);

/* Reads the gold file at path into *out (n rows, in file order, all in arena a). A malformed
 * line (not JSON, a field missing or of the wrong type, an unknown CAMEO code when cameo is not
 * NULL, an invalid date or actor code, unbalanced marks) is reported through diag as
 * "FILE:LINE", stage "eval", and skipped. Returns how many lines were malformed (>= 0), or
 * TC_EIO when the file cannot be opened. Thread-safe for distinct arenas. */
int tc_eval_gold_read(const char *path, const tc_cameo_table *cameo, tc_arena *a,
                      tc_eval_gold **out, size_t *n, tc_diag_fn diag, void *dctx);

/* Adds one sentence of our format: gold events g[0..ng), coded events c[0..nc). */
void tc_eval_score_sentence(tc_eval_scores *s, const tc_eval_event *g, size_t ng,
                            const tc_eval_event *c, size_t nc);
/* Adds one sentence of PLOVER rows: rows[0..nrows) share the sentence whose coded events are
 * c[0..nc) (their plover fields filled). */
void tc_eval_score_plover(tc_eval_scores *s, const tc_eval_gold *const *rows, size_t nrows,
                          const tc_eval_event *c, size_t nc);

/* Prints the scores: the three levels and sentence counts when there were lines of our
 * format (per_root: the table per root, names from cameo, which may be NULL), the PLOVER
 * figures and table per class when there were PLOVER rows. */
void tc_eval_scores_print(const tc_eval_scores *s, const tc_cameo_table *cameo, int per_root,
                          FILE *out);

/* `tocsin eval events`: argv[0] is the suite's name, then GOLD.jsonl [--data DIR] [--verbose]
 * [--per-root]. Loads the engine (tc_datadir), codes every gold sentence, prints the scores
 * on stdout; --verbose also prints each sentence or row missed or over-coded. Returns 0 when
 * scored, 1 when the engine or the file cannot be read or some line was malformed (each named
 * on stderr as FILE:LINE; the others are still scored), 2 on a usage error. */
int tc_eval_events_cli(int argc, char **argv);

#endif
