/* parse_repair: what parse.c, the repairs of the parse (parse_repair.c, parse_repair2.c,
 * parse_repair3.c) and the glued headings (parse_heading.c) share. Internal to those files:
 * users see parse.h. */
#ifndef TC_PARSE_REPAIR_H
#define TC_PARSE_REPAIR_H

#include "parse.h"

#include <stdint.h>

/* Repairs the tree of w[0..n) as the parser left it (every repair, in order), then
 * untangles it. */
void tc_parse_repair(const tc_parser *p, tc_word *w, uint32_t n);

/* The helpers of parse_repair.c the later repairs use, each at its definition in full. */
void tc_parse_hang(tc_word *w, uint32_t k, uint32_t h, int rel);
uint32_t tc_parse_root(const tc_word *w, uint32_t n);
int tc_parse_phrase_of(const tc_word *w, uint32_t from, uint32_t to, uint32_t a);

/* The repairs of parse_repair2.c, each at its definition in full; tc_parse_untangle: one tree of
 * whatever the repairs did. */
void tc_parse_repair_participle_pair(const tc_parser *p, tc_word *w, uint32_t n);
/* The count of words of a section heading glued before the sentence's own words (no stop
 * between: "Border security Indian Prime Minister X said", "Rebels regroup The army ..."), 0
 * when none; tags are those of the whole sentence (parse_heading.c). */
uint32_t tc_parse_glued_heading(const tc_parser *p, const char *const *words, const uint32_t *len,
                                const tc_word *w, const uint8_t *xpos, uint32_t n);
void tc_parse_repair_hyphen_modifier(const tc_parser *p, tc_word *w, uint32_t n);
void tc_parse_repair_hyphen_verb(const tc_parser *p, tc_word *w, uint32_t n);
void tc_parse_repair_span_object(tc_word *w, uint32_t n);
void tc_parse_repair_ago_compound(tc_word *w, uint32_t n);
void tc_parse_repair_participle_after_clause(const tc_parser *p, tc_word *w, uint32_t n);
void tc_parse_repair_possessive_list(tc_word *w, uint32_t n);
void tc_parse_repair_between_pair(tc_word *w, uint32_t n);
void tc_parse_repair_demanded_subjunctive(const tc_parser *p, tc_word *w, uint32_t n);
void tc_parse_repair_postposed_noun_amod(tc_word *w, uint32_t n);
void tc_parse_repair_dateline_subject(tc_word *w, uint32_t n);
void tc_parse_repair_place_name_subject(tc_word *w, uint32_t n);
void tc_parse_repair_closed_list_appos(tc_word *w, uint32_t n);
void tc_parse_repair_and_pair(tc_word *w, uint32_t n);
void tc_parse_repair_double_object(tc_word *w, uint32_t n);
void tc_parse_repair_second_subject(tc_word *w, uint32_t n);
void tc_parse_repair_and_clause_subject(const tc_parser *p, tc_word *w, uint32_t n);
void tc_parse_repair_noun_before_verb(const tc_parser *p, tc_word *w, uint32_t n);
void tc_parse_repair_place_event_noun(const tc_parser *p, tc_word *w, uint32_t n);
void tc_parse_repair_coordinated_number_verb(const tc_parser *p, tc_word *w, uint32_t n);
void tc_parse_repair_visiting(const tc_parser *p, tc_word *w, uint32_t n);
void tc_parse_repair_prep_visiting(const tc_parser *p, tc_word *w, uint32_t n);
void tc_parse_repair_subordinate_subject(const tc_parser *p, tc_word *w, uint32_t n);
void tc_parse_repair_held_captive(const tc_parser *p, tc_word *w, uint32_t n);
void tc_parse_repair_subject_modifier(const tc_parser *p, tc_word *w, uint32_t n);
void tc_parse_repair_reduced_relative(const tc_parser *p, tc_word *w, uint32_t n);
void tc_parse_repair_that_if(tc_word *w, uint32_t n);
void tc_parse_untangle(tc_word *w, uint32_t n);

/* Is w[v] a verb of saying that closes a news sentence ("..., officials said")? */
int tc_parse_speech_verb(const tc_word *w, uint32_t v);

/* The repairs of parse_repair3.c (wire copy's structures), each at its definition in full. */
void tc_parse_repair_wire_subjects(const tc_parser *p, tc_word *w, uint32_t n);
void tc_parse_repair_wire_spans(tc_word *w, uint32_t n);
void tc_parse_repair_wire_said_conj(tc_word *w, uint32_t n);
void tc_parse_repair_wire_agent_late(const tc_parser *p, tc_word *w, uint32_t n);

/* parse_repair4.c: a list of modifiers sharing one head noun ("UN, US, French and Mexican
 * representatives") given one shape: the first member the head's modifier, the later ones its
 * conjuncts. */
void tc_parse_repair_modifier_list(tc_word *w, uint32_t n);

/* parse_repair5.c: a preposition hung on the number of the nominal it marks ("to about one
 * million refugees") hung on the nominal's noun. */
void tc_parse_repair_number_case(tc_word *w, uint32_t n);
/* parse_repair5.c: a possessive's "'s" inside one flat name ("Al-Sharaa's HTS"): the name
 * after it the head, the possessor its nmod:poss. */
void tc_parse_repair_possessive_flat(tc_word *w, uint32_t n);

#endif
