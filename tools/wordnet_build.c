/* wordnet_build: `make wordnet` — compiles WordNet's database files (Debian's wordnet-base)
 * into data/wordnet.classes.
 *
 *   wordnet_build DIR OUT */
#include "wordnet.h"

#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: wordnet_build WORDNET-DIR OUT\n");
        return 2;
    }
    tc_err err = {0};
    if (tc_wordnet_build(argv[1], argv[2], &err) != 0) {
        fprintf(stderr, "wordnet_build: %s\n", err.msg);
        return 1;
    }
    return 0;
}
