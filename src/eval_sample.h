/* eval_sample: a precision read of stored events by a person (`tocsin eval sample`).
 *
 * A sample is the n stored events whose tc_hash64 of their id, seeded with the seed, is
 * smallest: the same database and seed give the same sample on any machine, and events added
 * later only take a place when their hash is smaller. It is printed as a sheet a person
 * marks (format in docs/eval-events.md): a header of '#' lines, then one block per event,
 * blocks separated by a blank line:
 *
 *   event: 5f1c0e7a9b2d4c61
 *   date: 2023-06-15
 *   source: AZEGOV Azerbaijan (Azerbaijani forces)
 *   target: ARM Armenia (Armenian positions)
 *   code: 190 Use conventional military force, not specified below
 *   sentence: Azerbaijani forces shelled Armenian positions near the border.
 *   mark:
 *
 * The reader fills each "mark:" line with y (right), n (wrong) or ? (cannot tell), then
 * optionally a note; reading the sheet back gives the share right among the y and n marks,
 * with a 95% Wilson interval, overall and per CAMEO root. */
#ifndef TC_EVAL_SAMPLE_H
#define TC_EVAL_SAMPLE_H

#include "cameo.h"
#include "err.h"
#include "store.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Writes the sheet of n events of s sampled with seed to out; dbname goes in the header,
 * cameo (may be NULL) gives the code names. *total (may be NULL) receives how many events the
 * database holds. 0, TC_EDB (err filled) when the database fails, TC_EIO when out fails.
 * Memory grows with n, not with the database. Not thread-safe with the same store. */
int tc_eval_sample_write(tc_store *s, const tc_cameo_table *cameo, size_t n, uint64_t seed,
                         const char *dbname, FILE *out, size_t *total, tc_err *err);

#define TC_SAMPLE_ROOTS 21 /* CAMEO roots 01..20; index 0: a code with no valid root */

typedef struct {
    size_t right, wrong, unsure, unmarked;
} tc_sample_marks;

typedef struct {
    size_t events;                         /* blocks read */
    tc_sample_marks all;                   /*  */
    tc_sample_marks root[TC_SAMPLE_ROOTS]; /* by the CAMEO root of each block's code */
} tc_sample_score;

/* Reads a marked sheet into *out. A block without "code:" or with a mark that is not y, n, ?
 * or empty, or a line outside a block that is not '#' or blank, is reported through diag as
 * "FILE:LINE" (stage "eval") and not counted. Returns how many problems were found (>= 0),
 * or TC_EIO when the file cannot be opened. Thread-safe. */
int tc_eval_sample_read(const char *path, tc_sample_score *out, tc_diag_fn diag, void *dctx);

/* The 95% Wilson score interval of right successes out of n trials into *lo and *hi (0 and 0
 * when n is 0). */
void tc_eval_wilson(size_t right, size_t n, double *lo, double *hi);

/* Prints the share right with its interval, then per root, for score s. */
void tc_eval_sample_print(const tc_sample_score *s, FILE *out);

/* `tocsin eval sample`: argv[0] is the suite's name, then --db FILE --n N --seed S [--data DIR]
 * (writes the sheet on stdout), or --score MARKED. Returns 0 when done, 1 when the database or
 * the sheet cannot be read or the sheet holds a malformed block (FILE:LINE on stderr; the
 * rest is scored), 2 on a usage error. */
int tc_eval_sample_cli(int argc, char **argv);

#endif
