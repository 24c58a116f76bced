/* eval_petrarch: scores the coder on PETRARCH validation records (`tocsin eval petrarch`). */
#ifndef TC_EVAL_PETRARCH_H
#define TC_EVAL_PETRARCH_H

#include "actors.h"
#include "code.h"

enum { TC_EVAL_PETRARCH_MAX_EVENTS = 32, TC_EVAL_PETRARCH_EVENT_LEN = 96 };

/* `tocsin eval petrarch FILE.xml --dicts DIR [--verbose]`: reads the records of FILE (format
 * in ../shared/petrarch/README.md), loads the dictionaries its <Environment> names from DIR
 * (default: FILE's folder), codes each record's <Text> and prints, per category and overall,
 * the records exactly right and the events correct, uncoded and extra; --verbose lists every
 * record that is not right. argv[0] is "petrarch". Returns 0 when the run completed, 1 when
 * a file could not be read, 2 on a usage error. Not thread-safe (prints to stdout). */
int tc_eval_petrarch_cli(int argc, char **argv);

/* Codes text as one record of a validation file dated date (YYYY-MM-DD, or "") with the
 * given dictionaries, and writes its events as distinct "SRC TGT CODE" strings into out (at
 * most TC_EVAL_PETRARCH_MAX_EVENTS; an actor code standing for several, "FRO/BIL", gives
 * one event per code). Negated events are left out. Returns how many. Safe from several
 * threads (the dictionaries are only read). Also used by `tocsin eval tabari`. */
int tc_eval_petrarch_code(const tc_actors *actors, const tc_verbs *verbs, const char *text,
                          const char *date, char out[][TC_EVAL_PETRARCH_EVENT_LEN]);

/* The same, with PETRARCH's option require_dyad: when 0, an event whose target no
 * dictionary codes is kept, its target "---" (the coder is told by TC_CODE_NO_DYAD). */
int tc_eval_petrarch_code_dyad(const tc_actors *actors, const tc_verbs *verbs, const char *text,
                               const char *date, int require_dyad,
                               char out[][TC_EVAL_PETRARCH_EVENT_LEN]);

#endif
