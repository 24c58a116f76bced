/* actors_int: what the actor module's files share (actors.c: the dictionary; actors_match.c,
 * actors_chunk.c, actors_people.c, actors_unknown.c: the sentence scan; actors_refs.c:
 * references from sentence to sentence; actors_pronouns.c: what a pronoun or a plural
 * description stands for in its sentence and the one before; actors_article.c: what the whole
 * article says of a name). The module's own header, not a contract: nothing else includes it.
 * Every function is thread-safe once the dictionary is loaded. */
#ifndef TC_ACTORS_INT_H
#define TC_ACTORS_INT_H

#include "actors.h"
#include "hash.h"
#include "nouns.h"

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
/* tc_actors_office_sex: the sex a noun of one office holder (h: "spokeswoman" female,
 * "king" male, "president" TC_SEX_NONE) gives, or -1 when h is no such noun. */
int tc_actors_office_sex(const tc_token *h);
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

/* ---- actors.c, actors_match.c, actors_chunk.c, actors_people.c, actors_unknown.c: the
 * dictionary and the sentence scan ---- */

/* How a name's word must be written in the text: any case, capitalised, in capitals, or
 * mixed as the name writes it ("HaN", "McCain": not "Han"); COMMON_UPPER: a word in capitals
 * that matches a capitalised one only when WordNet has no such word ("MORENA" is "Morena",
 * "VICTORIA" is no "Victoria"). */
enum { CASE_ANY, CASE_CAP, CASE_UPPER, CASE_MIXED, CASE_MASK = 3, STEM = 4, COMMON_UPPER = 8 };
enum { FILTER_BITS = 1 << 16 };

/* 64 bytes: 30,000 of them are a good part of the memory a load touches (its time is mostly
 * page faults); fact sources live apart (tc_actors.sources), read only by the tools. */
typedef struct {
    char code[32];    /* an agent's code without its '~' */
    const char *name; /* canonical name, in the dictionary arena */
    const char *file; /* where it was defined, "" when unknown */
    int32_t from, to; /* yyyymmdd, 0 when open */
    int32_t line;
    uint8_t kind;      /* tc_actor_kind */
    uint8_t prefix;    /* an agent whose code goes in front of the actor's ("NGO~") */
    uint8_t generated; /* from a file generated from facts: ranks below the others */
    uint8_t people;    /* a state's people ("Israelis"): a noun after it is no compound */
} entry;

typedef struct pattern {
    uint32_t ntok;
    const char **norms;
    uint8_t *rules;
    uint32_t *ids;
    uint32_t nids;
    struct pattern *next; /* same first token, not longer than this one */
} pattern;

struct tc_actors {
    tc_arena *mem;     /* names, norms, patterns */
    tc_arena *scratch; /* tokens of the name being added */
    entry *entries;
    size_t n, cap;
    tc_map *first;                     /* first-token norm -> one-word patterns (and those
                                          whose second word is a stem) */
    tc_map *pairs;                     /* "first\x1fsecond" norms -> the longer patterns */
    tc_map *stems;                     /* the same for names whose first word is a stem ("syri*") */
    uint32_t stem_min, stem_max;       /* lengths of those first words */
    uint64_t filter[FILTER_BITS / 64]; /* bit of every first token of the first map */
    uint64_t pair_filter[FILTER_BITS / 64]; /* bit of every first two tokens of the pairs */
    tc_map *states;                         /* alpha-3 -> canonical name */
    const char *file;                       /* source of the entries being added */
    int line;
    int generated; /* the file being loaded was generated from facts */
    tc_actors_facts *facts;
    size_t nfacts;
    const char **sources; /* per entry, a generated line's fact source (NULL until
                             tc_actors_load_sources); nsources of them */
    size_t nsources;
    tc_nouns *nouns;         /* what a common noun after a state makes of it, NULL for nothing */
    uint32_t noun_agent[4];  /* the entries of the agents it gives: MIL, CVL, BUS, GOV */
    const tc_gazetteer *gaz; /* borrowed (tc_actors_use_gazetteer): places of unknown names */
    tc_map *given;           /* lower-case given name -> TC_SEX_* (data/names-given.txt) */
};

enum { PAIR_MAX = 128 };

typedef struct {
    uint32_t tok0, ntok;
    const entry *e;
    int country_only; /* a person outside every dated role: only the state is known */
    int hidden;       /* a discard, or a modifier ("Russian-led"): kept only to explain;
                       * HIDDEN_IN_NAME: a state or capital inside another name ("China
                       * Mobile"), which state_org_names may still make the state's own body */
    uint32_t next;    /* where the next match starts, hidden ones too (else the sentence end) */
    int generic;      /* people of no state (people_matches): an agent that joins them names
                       * them better ("members of the U.S. Congress") */
} raw_match;

enum { HIDDEN = 1, HIDDEN_IN_NAME = 2, HIDDEN_PLACE = 3 };

enum { MAX_AGENTS = 4 };

typedef struct {
    uint32_t tok0, tok_end;
    const raw_match *base, *person, *adj;
    const raw_match *group; /* ethnic or religious group qualifying a state ("Christian") */
    const raw_match *agents[MAX_AGENTS];
    int nagents;
    const raw_match *owned; /* "Sudan's Rapid Support Forces": the state's own group */
    int title_of;           /* "King Abdullah of Jordan": a title, a name, of, the state */
    int noun;               /* the agent is a common noun's sector (src/nouns.h) */
    int people;             /* an adjective used as its people's noun: "the British" */
    int place;              /* an adjective and a place's noun: "Israeli towns" (the state) */
    int shared;             /* the state of the agent coordinated before it ("and tanks") */
    int posted;             /* an organisation between the state and its envoy ("China's
                               U.N. ambassador"): where the envoy sits (posting()) */
    uint32_t next;          /* where the match after its last one starts (raw_match.next) */
} chunk;

/* The helpers of actors.c the other files of the scan use, each at its definition in full. */
uint32_t tc_actors_filter_bit(const char *norm, uint32_t len);
int tc_actors_inner_capital(const tc_token *t, const char *text);
uint32_t tc_actors_pair_bit(uint32_t first, uint32_t second);
int tc_actors_has_bit(const uint64_t *f, uint32_t bit);
size_t tc_actors_pair_key(char *buf, const tc_token *a, const tc_token *b);
int32_t tc_actors_parse_ymd(const char *s, size_t n);

/* The helpers of actors_match.c the other files of the scan use, each at its definition in full. */
int32_t tc_actors_date_key(const char *date);
size_t tc_actors_raw_scan(const tc_actors *d, const tc_text *t, const tc_sentence *s, int32_t day,
                          int keep_hidden, raw_match *out);
int tc_actors_is_hyphen(const tc_token *t);
int tc_actors_word_is(const tc_token *t, const char *w);
int tc_actors_in_words(const tc_token *w, const char *const *words, size_t n);
extern const char *const tc_actors_trade_ships[6];
int tc_actors_trade_vehicle(const tc_text *t, uint32_t i, uint32_t n);
extern const char *const tc_actors_openers[95];
int tc_actors_clause_start(const tc_text *t, const tc_sentence *s, uint32_t i);
const entry *tc_actors_pick(const tc_actors *d, const pattern *p, int32_t day, int *country_only);
const pattern *tc_actors_longest_at(const tc_actors *d, const tc_text *t, uint32_t i, uint32_t end);
int tc_actors_glued_after_hyphen(const tc_text *t, uint32_t first, uint32_t i);
int tc_actors_in_words_dotted(const tc_token *w, const char *const *words, size_t n);
int tc_actors_capital_word(const tc_token *w);
int tc_actors_honorific_before(const tc_text *t, const tc_sentence *s, uint32_t i,
                               uint32_t matched_to);

/* The helpers of actors_chunk.c the other files of the scan use, each at its definition in full. */
int tc_actors_possessive_mark(const tc_text *t, uint32_t i);
int tc_actors_coordinated(const tc_text *t, uint32_t from, uint32_t to);
extern const char *const tc_actors_topics[15];
int tc_actors_modifiers_only(const tc_text *t, uint32_t from, uint32_t to);
extern const char tc_actors_rule_posted[];

/* The helpers of actors_people.c the other files of the scan use, each at its definition in full.
 */
void tc_actors_state_org_names(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                               raw_match *raw, size_t n);
void tc_actors_hide_named_capitals(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                                   raw_match *raw, size_t n);
int tc_actors_place_of(const tc_actors *d, const tc_text *t, uint32_t i, uint32_t j,
                       uint32_t min_pop, int alone, char cc3[4]);
size_t tc_actors_people_matches(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                                const raw_match *raw, size_t n, tc_arena *a, raw_match **out);
void tc_actors_org_tail(const tc_text *t, const tc_sentence *s, tc_mention *m, uint32_t next);
extern const char *const tc_actors_locatives[14];
int tc_actors_place_starting(const tc_actors *d, const tc_text *t, uint32_t b, uint32_t end,
                             char cc3[4]);
int tc_actors_based_at(const tc_actors *d, const tc_text *t, uint32_t first, uint32_t k,
                       char cc3[4]);
int tc_actors_org_name(const tc_text *t, uint32_t i, uint32_t j);
int tc_actors_document_name(const tc_text *t, uint32_t i, uint32_t j);
int tc_actors_bare_place(const tc_actors *d, const tc_text *t, const tc_sentence *s, uint32_t i,
                         uint32_t j, char cc3[4]);

/* The helpers of actors_unknown.c the other files of the scan use, each at its definition in full.
 */
uint8_t *tc_actors_name_marks(const tc_text *t, const tc_sentence *s, const raw_match *raw,
                              size_t n, tc_arena *a);
size_t tc_actors_unknown_names(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                               const uint8_t *mark, const raw_match *raw, size_t nraw,
                               const tc_mention *m, size_t nm, tc_arena *a, tc_mention **out);
unsigned tc_actors_sex_of(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                          const tc_mention *m);

#endif
