/* eval_petrarch: scores the coder on PETRARCH validation records (`tocsin eval petrarch`). */
#ifndef TC_EVAL_PETRARCH_H
#define TC_EVAL_PETRARCH_H

/* `tocsin eval petrarch FILE.xml --dicts DIR [--verbose]`: reads the records of FILE (format
 * in ../shared/petrarch/README.md), loads the dictionaries its <Environment> names from DIR
 * (default: FILE's folder), codes each record's <Text> and prints, per category and overall,
 * the records exactly right and the events correct, uncoded and extra; --verbose lists every
 * record that is not right. argv[0] is "petrarch". Returns 0 when the run completed, 1 when
 * a file could not be read, 2 on a usage error. Not thread-safe (prints to stdout). */
int tc_eval_petrarch_cli(int argc, char **argv);

#endif
