/* dict: the `tocsin dict` tools over the actor dictionaries.
 *
 *   tocsin dict check  [--dicts DIR | --petrarch FILE...]
 *       loads the dictionaries and reports, each with FILE:LINE, malformed lines, duplicate
 *       entries, names given conflicting codes, and dated entries of one name whose ranges
 *       overlap; exit 0 when clean, 1 when something was reported.
 *   tocsin dict lookup TEXT [--date YYYY-MM-DD] [--unknown] [--dicts DIR | --petrarch FILE...]
 *       what the matcher finds in TEXT and why: every dictionary match with the entry it
 *       picked for the date (and the line that defines it), then the mentions they form and
 *       their codes; with --unknown also the proper names no dictionary knows
 *       (TC_SCAN_UNKNOWN).
 *
 * --dicts (or --data) names the folder of our own dictionaries (default: tc_datadir);
 * --petrarch loads PETRARCH-format files instead (agents / discards told by their names),
 * --tabari TABARI actor files (both may be given together). */
#ifndef TC_DICT_H
#define TC_DICT_H

/* argv[0] is "dict". Returns the exit status (0 ok, 1 problems or runtime error, 2 usage). */
int tc_dict_cli(int argc, char **argv);

#endif
