/* parse_train: trains the parse model (tagger, lemma and feature tables, parser) from
 * Universal Dependencies CoNLL-U files and writes data/parse.model. Deterministic: the same
 * files and options give a byte-identical model. */
#ifndef TC_PARSE_TRAIN_H
#define TC_PARSE_TRAIN_H

#include "err.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct {
    int tag_epochs;      /* passes of the tagger (0: 8) */
    int parse_epochs;    /* passes of the parser (0: 15) */
    int folds;           /* jackknife folds giving the parser predicted tags (0: 5; 1: gold) */
    int beam;            /* the parser's beam (0: $TC_PARSE_BEAM, else greedy; 1: greedy,
                            dynamic oracle; more: global training with max-violation updates,
                            decoded with that beam) */
    int mixed;           /* with a beam, each sentence also trains the greedy way (dynamic
                            oracle), so that the beam's best path alone is a good parse */
    int beam_margin;     /* decoding drops candidates this far below the best (weight units;
                            0: $TC_PARSE_BEAM_MARGIN, else none) */
    const char *teacher; /* a beam model of the same features that teaches the greedy parser
                            (NULL: none; README "Parse", eighth session) */
    int distil;          /* how: 1 its lookahead picks among the dynamic oracle's cheapest
                            moves; 2 its lookahead's move is the target; 3 its trees replace
                            the treebank's; 4 its trees are added where they differ; 5 as 1, but
                            only where the parser's move costs more than the cheapest */
    size_t max_sents;    /* use only the first N training sentences (0: all): smoke tests */
    uint64_t seed;       /* shuffling and exploration */
    float min_weight;    /* averaged weights smaller than this are left out of the file */
    const char *wordnet; /* folder of WordNet's *.exc files (NULL: /usr/share/wordnet) */
    const char *about;   /* the attribution stored in the model */
    FILE *log;           /* progress and dev scores per epoch (NULL: quiet) */
} tc_train_opts;

/* Trains on train_path, scores each epoch on dev_path when it is not NULL (the scores are only
 * reported: nothing is chosen on them unless the caller does), and writes the model to
 * out_path. TC_EIO / TC_EPARSE with err filled on unreadable or malformed input. Not
 * thread-safe (uses memory in proportion to the treebank: about 2 GB for UD English EWT). */
int tc_parse_train(const char *train_path, const char *dev_path, const tc_train_opts *o,
                   const char *out_path, tc_err *err);

#endif
