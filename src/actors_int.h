/* actors_int: what the actor module's files share (actors.c: the dictionary and the sentence
 * scan; actors_refs.c: references from sentence to sentence; actors_article.c: what the whole
 * article says of a name). The module's own header, not a contract: nothing else includes it.
 * Every function is thread-safe once the dictionary is loaded. */
#ifndef TC_ACTORS_INT_H
#define TC_ACTORS_INT_H

#include "actors.h"

#include <stddef.h>

/* 1 when norm (a token's lower-case form, NUL-terminated) is a word that makes a name an
 * organisation's ("university", "ministry", "group"), else 0. */
int tc_actors_org_word(const char *norm);

/* 1 when w, lower-cased, is a common word WordNet knows ("crow", "will"), else 0. */
int tc_actors_common_word(const tc_actors *d, const tc_token *w);

/* 1 when a phrase of lower-case common nouns starts at token i of t, before end, that is no
 * verb after a singular subject ("family" of "the Gee family"; not "called", "says"), else 0. */
int tc_actors_noun_at(const tc_actors *d, const tc_text *t, uint32_t i, uint32_t end);

/* 1 when token i of t is a word of a person's role: a person noun for WordNet ("analyst",
 * "mother") or "head", "chief", "member" ..., else 0. */
int tc_actors_role_word(const tc_actors *d, const tc_text *t, uint32_t i);

/* 1 when tokens [i, j) of t name a place the gazetteer lent to d knows (a town of 1,000
 * people or more, a subdivision, a country), its country's alpha-3 into cc3; else 0. */
int tc_actors_place(const tc_actors *d, const tc_text *t, uint32_t i, uint32_t j, char cc3[4]);

#endif
