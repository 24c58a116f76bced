/* eval_tabari: scores the coder on TABARI validation records (`tocsin eval tabari`). */
#ifndef TC_EVAL_TABARI_H
#define TC_EVAL_TABARI_H

/* `tocsin eval tabari FILE [--verbs FILE] [--actors FILE[,FILE...]] [--agents FILE[,...]]
 * [--data DIR] [--quiet]`: reads FILE's records (TABARI's text format with verification
 * blocks, src/tabari.h), codes each record's text with the dictionaries given (TABARI .verbs
 * or a PETRARCH verb file; TABARI actor files; agent files), tocsin's own (DIR, default
 * tc_datadir) for any not given, and prints a line per record (PASS, FAIL with the events
 * wanted and got, SKIP for a record without verification blocks or an OPTION record), unless
 * --quiet, then the totals: records scored and right, events correct, uncoded and extra. A
 * record is right when the set of events coded (order aside) is the set of its blocks, or
 * holds them all when its list is open ("-{"); "{---}", "{###}" and "{+++}" want no event.
 * Malformed records are reported on stderr as FILE:LINE and the rest is scored. argv[0] is
 * "tabari". Returns 0 when every record was read, 1 when a file could not be read or a
 * record was malformed, 2 on a usage error. Not thread-safe (prints to stdout). */
int tc_eval_tabari_cli(int argc, char **argv);

#endif
