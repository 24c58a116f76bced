/* wordnet: the semantic classes of English nouns and verbs, from WordNet 3.0's lexicographer
 * files (noun.person, noun.artifact, noun.act, verb.contact, ...), for the coder's pattern
 * restrictions ("attacked the decision" is criticism, "attacked the village" force) and for
 * actors ("Sudanese doctors": a person noun).
 *
 * data/wordnet.classes is compiled by `make wordnet` from Debian's wordnet-base (index.noun,
 * index.verb, data.noun, data.verb) with tc_wordnet_build: for each lemma and part of speech,
 * the class of its most frequent sense and the set of the classes of all its senses. Loading
 * maps the file; lookups hash the lemma once. */
#ifndef TC_WORDNET_H
#define TC_WORDNET_H

#include "err.h"

#include <stddef.h>
#include <stdint.h>

/* WordNet's 45 lexicographer files, numbered as WordNet numbers them. */
#define TC_WN_CLASSES 45

typedef struct tc_wordnet tc_wordnet;

/* Maps a file written by tc_wordnet_build. NULL with err filled when it is missing or not
 * such a file. Immutable: threads may share it. */
tc_wordnet *tc_wordnet_load(const char *path, tc_err *err);
void tc_wordnet_free(tc_wordnet *w);
/* Lemmas in the file. */
size_t tc_wordnet_count(const tc_wordnet *w);

/* The classes of lemma (lower-case; several words joined by spaces: "armored vehicle") as pos
 * 'n' or 'v': 1 when WordNet has it, with the class of its first sense in *first and a bit per
 * class of any sense in *all (bit k: class k); 0 when it has not. Thread-safe. */
int tc_wordnet_lookup(const tc_wordnet *w, const char *lemma, size_t n, char pos, int *first,
                      uint64_t *all);
/* Asks the memory for what tc_wordnet_lookup of the same lemma and pos will read, without
 * waiting: a caller with many lemmas to look up asks for all of them first, so that their
 * misses overlap. Changes no answer. */
void tc_wordnet_prefetch(const tc_wordnet *w, const char *lemma, size_t n, char pos);

/* "noun.person" for 18; NULL out of range. The index of a name, -1 when unknown. */
const char *tc_wordnet_class_name(int k);
int tc_wordnet_class_index(const char *name);

/* Compiles WordNet's database files in dir into out. TC_EIO / TC_EPARSE with err filled. The
 * same files give a byte-identical output. */
int tc_wordnet_build(const char *dir, const char *out, tc_err *err);

#endif
