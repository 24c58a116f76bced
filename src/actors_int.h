/* actors_int: what the actor module's files share (actors.c: the dictionary and the sentence
 * scan; actors_refs.c: references from sentence to sentence; actors_pronouns.c: what a
 * pronoun or a plural description stands for in its sentence and the one before;
 * actors_article.c: what the whole article says of a name). The module's own header, not a
 * contract: nothing else includes it. Every function is thread-safe once the dictionary is
 * loaded. */
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

/* ---- actors_refs.c and actors_pronouns.c: references ---- */

/* The sorts of actor a reference takes up ("the country", "the group", "the agency", "he"). */
enum { REF_STATE, REF_ORG, REF_GROUP, REF_PERSON, REF_NONE };

/* The sort of m's actor (REF_NONE for an ethnic group or an unknown kind). */
int tc_actors_sort_of(const tc_mention *m);
/* 1 when a person of sex may be the pronoun of sex want, else 0. */
int tc_actors_sex_agrees(unsigned sex, unsigned want);

/* The rules of actors_pronouns.c, each at its definition in full. t's tokens and the mentions
 * resolved so far in the sentence (res, n of them) are read only; a mention returned points
 * into res or into refs (NULL: the rule does not apply), lists go into out (at most 4) and
 * their count is returned (0: none). */
int tc_actors_after_opener(const tc_text *t, uint32_t first, uint32_t i);
int tc_actors_opening_pronoun(const tc_text *t, uint32_t i, uint32_t end);
int tc_actors_joined_subject(const tc_text *t, uint32_t first, uint32_t i, uint32_t end);
int tc_actors_plural_agent(const tc_text *t, const tc_mention *m);
int tc_actors_said_it(const tc_text *t, uint32_t first, uint32_t i);
/* Quotations (issue 14, groups16: "'We urge ...,' they said", "'...,' the spokesperson told
 * VOA. 'We have consistently urged ...'"). tc_actors_quote_speaker: is token i the first word
 * after the closing mark of a quotation that opens the sentence [first, end), before a verb of
 * saying ("they" of "'...,' they said")? tc_actors_quote_attributed: does the sentence tell
 * its quotation's speaker, "'...,' X said" or "X said: '...'"; *at and *len the words where
 * the speaker stands. tc_actors_quote_open_after: is a quotation open after the sentence (open:
 * it was before it)? tc_actors_unattributed_quote: is the sentence a quotation's words with no
 * speaker of its own (it opens with a mark, or goes on with one left open: open)? */
int tc_actors_quote_speaker(const tc_text *t, uint32_t first, uint32_t i, uint32_t end);
int tc_actors_quote_attributed(const tc_text *t, uint32_t first, uint32_t end, uint32_t *at,
                               uint32_t *len);
int tc_actors_quote_open_after(const tc_text *t, uint32_t first, uint32_t end, int open);
int tc_actors_unattributed_quote(const tc_text *t, uint32_t first, uint32_t end, int open);
const tc_mention *tc_actors_speaking_subject(const tc_text *t, uint32_t first, uint32_t i,
                                             unsigned want, const tc_mention *res, size_t n,
                                             int *nobody);
int tc_actors_counted(const tc_text *t, uint32_t a, uint32_t b);
const tc_mention *tc_actors_others_of(const tc_text *t, uint32_t first, uint32_t i,
                                      const tc_mention *res, size_t n);
const tc_mention *tc_actors_object_of_pronoun(const tc_text *t, uint32_t i, const tc_mention *res,
                                              size_t n);
const tc_mention *tc_actors_speaker_object(const tc_text *t, uint32_t first, uint32_t i,
                                           uint32_t end, const tc_mention *res, size_t n);
const tc_mention *tc_actors_maker_of(const tc_text *t, uint32_t i, uint32_t end,
                                     const tc_actors_refs *refs, const tc_mention *res, size_t n);
const tc_mention *tc_actors_proposal_maker(const tc_text *t, uint32_t sent, uint32_t i,
                                           const tc_actors_refs *refs, const tc_mention *res,
                                           size_t n);
size_t tc_actors_act_doer(const tc_text *t, uint32_t sent, uint32_t i, const tc_actors_refs *refs,
                          const tc_mention *res, size_t n, const tc_mention **out);
/* tc_actors_pair_mentions writes 0 or 2 mentions into out (made, not pointers into res). */
int tc_actors_pair_at(const tc_text *t, uint32_t i, uint32_t end, uint32_t *det, uint32_t *len,
                      int *gov);
size_t tc_actors_pair_mentions(const tc_text *t, uint32_t i, uint32_t det, uint32_t len, int gov,
                               uint32_t since, const tc_actors_refs *r, tc_mention *out);
size_t tc_actors_last_list(const tc_text *t, uint32_t first, uint32_t upto, const tc_mention *res,
                           size_t n, const tc_mention **out, int *opens);
int tc_actors_takes_they(const tc_mention *m);
size_t tc_actors_plural_ref(const tc_text *t, uint32_t sent, uint32_t i, uint32_t end,
                            const tc_mention *res, size_t n, const tc_actors_refs *r,
                            const tc_mention **out, int *none);

#endif
