/* train_parse: `make model` — trains data/parse.model from UD English EWT.
 *
 *   train_parse TRAIN.conllu OUT.model [--dev DEV.conllu] [--max-sents N]
 *               [--tag-epochs N] [--parse-epochs N] [--folds N] [--min-weight W] [--seed N]
 *               [--teacher BEAM.model --distil MODE] [--mixed]
 *
 * Progress and (with --dev) each epoch's dev scores go to stderr. */
#include "parse_train.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char ABOUT[] =
    "Trained on UD English EWT (Universal Dependencies English Web Treebank v2.16), licensed "
    "CC BY-SA 4.0. Silveira, Natalia, Timothy Dozat, Marie-Catherine de Marneffe, Samuel "
    "Bowman, Miriam Connor, John Bauer and Christopher D. Manning. 2014. A Gold Standard "
    "Dependency Corpus for English. Proceedings of the Ninth International Conference on "
    "Language Resources and Evaluation (LREC-2014). Lemma exceptions from WordNet 3.0 "
    "(Princeton University, WordNet licence).";

int main(int argc, char **argv)
{
    tc_train_opts o = {.about = ABOUT, .log = stderr};
    const char *dev = NULL, *in = NULL, *out = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--dev") == 0 && v)
            dev = v, i++;
        else if (strcmp(a, "--max-sents") == 0 && v)
            o.max_sents = strtoul(v, NULL, 10), i++;
        else if (strcmp(a, "--tag-epochs") == 0 && v)
            o.tag_epochs = atoi(v), i++;
        else if (strcmp(a, "--parse-epochs") == 0 && v)
            o.parse_epochs = atoi(v), i++;
        else if (strcmp(a, "--min-weight") == 0 && v)
            o.min_weight = strtof(v, NULL), i++;
        else if (strcmp(a, "--folds") == 0 && v)
            o.folds = atoi(v), i++;
        else if (strcmp(a, "--mixed") == 0)
            o.mixed = 1;
        else if (strcmp(a, "--teacher") == 0 && v)
            o.teacher = v, i++;
        else if (strcmp(a, "--distil") == 0 && v)
            o.distil = atoi(v), i++;
        else if (strcmp(a, "--seed") == 0 && v)
            o.seed = strtoull(v, NULL, 0), i++;
        else if (!in)
            in = a;
        else if (!out)
            out = a;
        else
            in = NULL, out = NULL, i = argc;
    }
    if (!in || !out) {
        fprintf(stderr,
                "usage: train_parse TRAIN.conllu OUT.model [--dev DEV.conllu] "
                "[--max-sents N] [--tag-epochs N] [--parse-epochs N] [--folds N] "
                "[--min-weight W] [--seed N] [--teacher BEAM.model --distil 1-5] [--mixed]\n");
        return 2;
    }
    tc_err err = {0};
    if (tc_parse_train(in, dev, &o, out, &err) != 0) {
        fprintf(stderr, "train_parse: %s\n", err.msg);
        return 1;
    }
    return 0;
}
