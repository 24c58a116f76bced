/* conllu: Universal Dependencies' CoNLL-U files, read for training and scoring the parser and
 * written by `tocsin parse`.
 *
 * The reader keeps the basic tree: lines with an integer ID. Multiword token ranges ("3-4")
 * and empty nodes ("8.1") are skipped, comments are kept only for "# sent_id" and "# text". */
#ifndef TC_CONLLU_H
#define TC_CONLLU_H

#include "err.h"
#include "parse.h"

#include <stdint.h>
#include <stdio.h>

typedef struct {
    char *form, *lemma, *upos, *xpos, *feats, *deprel; /* as in the file ("_" kept) */
    uint32_t head;                                     /* 0 for the root */
} tc_conllu_word;

typedef struct {
    char *sent_id, *text; /* NULL when the file has none */
    tc_conllu_word *w;
    uint32_t n;
} tc_conllu_sent;

typedef struct {
    tc_conllu_sent *s;
    size_t n;
    char *buf;             /* every string above points into it */
    tc_conllu_word *words; /* every sentence's words, one array */
} tc_conllu;

/* Reads a whole CoNLL-U file. A malformed line (not 10 columns, bad ID or HEAD, a head out
 * of the sentence) fails with TC_EPARSE and err naming FILE:LINE. TC_EIO when unreadable. */
int tc_conllu_read(const char *path, tc_conllu *out, tc_err *err);
/* The same on a buffer (copied). name is used in messages. */
int tc_conllu_parse(const char *data, size_t len, const char *name, tc_conllu *out, tc_err *err);
void tc_conllu_free(tc_conllu *c);

/* Writes one parsed sentence as CoNLL-U: "# sent_id", "# text" (when given), then a line per
 * word with the form taken from text at the word's offset (or forms[i] when forms is not
 * NULL), SpaceAfter=No where the next word follows without a space. Ends with a blank line. */
void tc_conllu_write(FILE *out, const tc_parser *p, const char *sent_id, const char *text,
                     const tc_tree *t, const char *const *forms);

#endif
