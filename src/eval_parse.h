/* eval_parse: scores the tagger and parser against a gold CoNLL-U file (`tocsin eval parse`).
 *
 * Gold tokenisation, predicted tags: each gold sentence's forms go through tc_parse_words and
 * every word is compared with its gold line, as the CoNLL 2018 shared task's evaluation script
 * scores words when tokenisation is gold (then precision, recall and F1 are one figure):
 * UPOS, XPOS, UFeats (the string of universal features, sorted, exact: NumForm, ExtPos and
 * other features outside the script's list are left out), Lemmas (a gold "_" matches any),
 * UAS (the head) and LAS (the head and the universal part of the relation, before ':').
 * Every word counts, punctuation included. Per relation (universal part), precision, recall
 * and F1 of the labelled attachment, of which the ten worst are printed. */
#ifndef TC_EVAL_PARSE_H
#define TC_EVAL_PARSE_H

#include "parse.h"

#include <stdio.h>

/* Reads conllu_path, parses every sentence and prints the scores, the sentence count, the
 * parsing speed (words/s, parsing only) and the ten worst relations on out; verbose also
 * prints every word whose head or relation is wrong. Returns 0 when scored, 1 when the file
 * cannot be read or is malformed (message on stderr, FILE:LINE). p is only read; not
 * thread-safe (prints). */
int tc_eval_parse(const tc_parser *p, const char *conllu_path, FILE *out, int verbose);

/* `tocsin eval parse`: argv[0] is the suite's name, then FILE.conllu [--data DIR] [--verbose].
 * Loads DIR/parse.model (tc_datadir). Returns 0 when scored, 1 when the model or the file
 * cannot be read, 2 on a usage error. */
int tc_eval_parse_cli(int argc, char **argv);

#endif
