/* code_int: what the coder's files share (code.c: the sentence's passes, reported speech;
 * code_match.c: patterns; code_emit.c: an event's code, date and place; code_target.c: a
 * frame's events, their sources and targets, with its parts code_force.c (force with no author
 * named), code_sense.c (senses), code_aim.c (aimed acts and purposes), code_joint.c (reciprocal
 * and joint acts), code_reach.c (targets the arguments name), code_source.c (agentless
 * sources); code_place.c: targets from places and things;
 * code_bare.c: bare targets and matters; code_mood.c: government and mood; code_args.c: the
 * actor of a phrase; code_roles.c: the roles of a predicate's arguments; code_nouns.c: events
 * named by nouns).
 * The coder's own header, not a module's contract: nothing else includes it. The functions take
 * the sentence being coded (sctx) and are thread-safe as code.h says. */
#ifndef TC_CODE_INT_H
#define TC_CODE_INT_H

#include "code.h"
#include "frame.h"

#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define NO_MENTION (-1)

/* What a predicate's pattern matched. */
typedef struct {
    const tc_vpattern *p; /* NULL: no pattern */
    char code[8];
    const tc_cameo *info;
    unsigned flags;
    uint32_t first, last;    /* words of the match (first and last) */
    uint32_t src_lo, src_hi; /* words a "$" marker covers (lo == hi: none) */
    uint32_t tgt_lo, tgt_hi; /* words a "+" marker covers */
    int32_t hint[4];         /* targets given by the clause it governs */
    uint8_t nhint;
    uint8_t hint_subj;      /* the hints are the subject of a "that" clause it governs
                               ("demanded that X resign"): they outrank targets found
                               deeper in that clause */
    uint32_t bare_subj;     /* 1 + that clause's subject when it is a person or a body
                               no dictionary places (its words the target), 0: none */
    int32_t reporter;       /* who reports it, or NO_MENTION */
    int mutual;             /* governs a mutual verb */
    int consumed;           /* a word of another predicate's pattern */
    const char *final_prep; /* the pattern's last word when a preposition */
    int announced;          /* a hostile act announced ("will attack"): a threat (13x) when its
                               own side says it, hypothetical when another tells it */
    char act[8];            /* the announced act's own code */
    int planned;            /* a nominal event told as planned ("talks set for Tuesday"): an
                               intent (03x) where CAMEO has one, else hypothetical, dated the
                               article's day */
} fmatch;

typedef struct {
    const tc_coder *c;
    const tc_text *t;
    uint32_t sent, lo;
    const tc_mention *m;
    size_t nm;
    tc_tree tr;
    uint32_t *first, *kids; /* children of word i: kids[first[i] .. first[i + 1]) */
    int32_t *ment;          /* word -> mention covering it, NO_MENTION */
    int32_t *frame_of;      /* word -> frame, -1 */
    tc_frame *fr;
    fmatch *fm;
    size_t nfr;
    uint8_t *in_phrase; /* scratch: words of the phrase being matched */
    uint32_t *seq;      /* scratch: those words in order */
    uint32_t *all;      /* every word: 0, 1, 2 ... */
    uint64_t words;     /* tc_verbs_word_bit of every word: patterns whose words are not all
                           here are not tried */
    tc_when *when;
    size_t nwhen;
    tc_arena *a;
    tc_event **out;
    size_t *nout, *cap, added;
    tc_mention *extra; /* mentions made here (state + agent), in the arena */
    const char *where; /* the one state the sentence says things happen in ("in Kenya"): its
                          code, or NULL */
    const char *where_name;
    uint32_t where_tok0, where_ntok; /* the words naming it (text tokens) */
    int where_article;               /* where is the article's place: it places sources only */
    int where_named;                 /* the sentence names a place "in X", one state's or not */
    int sourcing;                    /* sources() is asking */
    int forcing;                     /* targets of force are asked (roots 18-20) */
    int telling;                     /* targets of disapproval are asked (root 11) */
    int expelling;           /* targets of expulsion are asked (174, root 20): "to X" is where to */
    int appealing;           /* targets of an appeal are asked (root 02): "against X" is not whom */
    int restricting;         /* restrictions (172x): "banned civilians from travelling" */
    int posturing;           /* a show or move of force (root 15): the forces it puts on alert
                                are its source's own, wherever they are stationed */
    const tc_mention *armed; /* the source, an armed group of a state, while its targets are
                                asked: its victims are that state's, not the article's */
    const tc_mention *home;  /* the source, a state's institution or agent, while its targets
                                are asked: "refused a request from the prime minister" is its
                                own state's prime minister */
    int keep_agents;         /* arguments may be agents of no state (---COP) */
    int sanctioning;         /* the frame coded reduces relations (16x) */
    const tc_mention *author; /* the source, while a sanction's targets are asked: a measure
                                 bearing its state's name is its own ("the U.S. tariff") */
    int speaking;             /* the frame coded is a verbal act (01-05, 09-13) */
    int protesting;           /* the one-sided event being aimed is a protest (14x) */
    int agents_only;          /* the sentence names no state or organisation, only agents of none */
    int agents_clause;        /* the frame being coded is a clause of agents of no state in a
                                 sentence that names others (code_target.c's clause_of_agents) */
    tc_place *pl;             /* the sentence's places (place.h) */
    size_t npl;
    size_t nextra;
    tc_span bare; /* the words a one-sided event being emitted aims at, no actor (len 0: none) */
    tc_span bare_src; /* the words of force whose author the sentence does not name ("a suicide
                         bomber in Kabul"), for frame bare_src_f's events (len 0: none) */
    size_t bare_src_f;
} sctx;

static inline const char *norm_of(const sctx *s, uint32_t w)
{
    return s->t->toks[s->lo + w].norm;
}

static inline int in_words(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (**list == *w && strcmp(*list, w) == 0) return 1;
    return 0;
}

static inline int lemma_in(const sctx *s, uint32_t w, const char *const *list)
{
    return in_words(s->tr.w[w].lemma, list);
}

/* Is m a name no dictionary knows nor the text places ("---": GDELT's Actor Name alone)? */
static inline int tc_code_unknown_name(const tc_mention *m)
{
    return (m->flags & TC_MENTION_UNKNOWN) && !strcmp(m->code, "---");
}

static inline int usable(const tc_mention *m)
{
    return m->code[0] && m->code[0] != '-';
}

/* Is m's sector (the three letters after its state) sector, or one of list? */
static inline int sector_is(const tc_mention *m, const char *sector)
{
    size_t n = strlen(m->code);
    return n >= 6 && !strncmp(m->code + 3, sector, 3);
}

/* Is m's sector ("MIL" of "SYRMIL") one of list? */
static inline int sector_in(const tc_mention *m, const char *const *list)
{
    if (strlen(m->code) < 6) return 0;
    for (; *list; list++)
        if (!strncmp(m->code + 3, *list, 3)) return 1;
    return 0;
}

static inline int rel_of(const sctx *s, uint32_t w)
{
    return s->tr.w[w].rel;
}

static inline uint32_t head_of(const sctx *s, uint32_t w)
{
    return s->tr.w[w].head ? s->tr.w[w].head - 1u : w;
}

/* ---- the actor of an argument ---- */

static inline const tc_mention *mention_at(const sctx *s, int32_t k)
{
    return k == NO_MENTION ? NULL : k < (int32_t)s->nm ? &s->m[k] : &s->extra[k - s->nm];
}

static inline int word_is(const sctx *s, uint32_t w, const char *word)
{
    const char *n = norm_of(s, w);
    return n[0] == word[0] && strcmp(n, word) == 0;
}

static inline int code_root(const char *code)
{
    if (!isdigit((unsigned char)code[0]) || !isdigit((unsigned char)code[1])) return 0;
    return (code[0] - '0') * 10 + (code[1] - '0');
}

/* Is w, as written in lower case or as its lemma, singular or plural, one of list? A
 * sentence's first word may be read as a name ("Airstrikes by the army ..."). */
static inline int base_in(const sctx *s, uint32_t w, const char *const *list)
{
    if (lemma_in(s, w, list)) return 1;
    char b[64];
    snprintf(b, sizeof b, "%s", norm_of(s, w));
    if (in_words(b, list)) return 1;
    size_t n = strlen(b);
    if (n > 1 && b[n - 1] == 's') b[n - 1] = 0;
    return in_words(b, list);
}

/* ---- nominal events ---- */

/* The head word of the mention (k) that word w lies in: up through the words of the same
 * mention ("the [Azerbaijani forces]" -> "forces"). */
static inline uint32_t mention_head(const sctx *s, uint32_t w, int32_t k)
{
    while (s->tr.w[w].head && s->ment[head_of(s, w)] == k) w = head_of(s, w);
    return w;
}

/* The case word of w's phrase, or NULL. */
static inline const char *case_word(const sctx *s, uint32_t w)
{
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_CASE) return norm_of(s, s->kids[i]);
    return NULL;
}

/* ---- code.c: the sentence's passes, reported speech ---- */

/* Is w the head of "according to X"? */
int tc_code_according(const sctx *s, uint32_t w);
/* Who reports predicate f's event ("X said", "according to X"), or NO_MENTION. */
int32_t tc_code_reporter_of(sctx *s, size_t f);
/* Prepositions of where things happen. */
extern const char *const tc_code_place_preps[];

/* ---- code_match.c: a predicate's pattern ---- */

/* Predicate p's phrase (its subtree without its own clauses) in word order into s->seq; its
 * length; *at: where p is in it. */
uint32_t tc_code_phrase_of(sctx *s, uint32_t p, uint32_t *at);
/* Does pattern p match the phrase s->seq[0..n) with its verb at position at? Fills m's words
 * and markers. */
int tc_code_match_words(const sctx *s, const tc_vpattern *p, uint32_t n, uint32_t at, fmatch *m);
/* Fills s->fm[f] with the first pattern predicate frame f's verb matches, if any. */
void tc_code_find_pattern(sctx *s, size_t f);
/* Frame f calling an actor with no pattern ("called Lavrov on Thursday"): a phone call (041). */
void tc_code_phone_call(sctx *s, size_t f);
/* Marks consumed the predicates whose word is one of another predicate's pattern words. */
void tc_code_mark_consumed(sctx *s);

/* ---- code_emit.c: an event, its code, date and place ---- */

/* Adds the event of match m on predicate word p (g: the verb it completes, UINT32_MAX none)
 * from src to tgt (NO_MENTION: none; not both) with code, unless it repeats one. */
void tc_code_emit_at(sctx *s, const fmatch *m, uint32_t p, uint32_t g, int32_t src, int32_t tgt,
                     const char *code, const tc_cameo *info);
/* tc_code_emit_at for predicate frame f's own match. */
void tc_code_emit(sctx *s, size_t f, int32_t src, int32_t tgt, const char *code,
                  const tc_cameo *info);
/* May an event of code have no target (08x, 034x, 14x, 15x, 17x-20x)? */
int tc_code_one_sided(const char *code);
/* The state the sentence's one "in X" phrase names, when it is not source src's own nor the
 * place of the source itself ("Serbs in Kosovo"), as a mention; else NO_MENTION. */
int32_t tc_code_state_in(const sctx *s, int32_t src);
/* The finer code of code by who acts (src) on predicate pred: air strikes, dissent ... */
const char *tc_code_by_context(const sctx *s, const tc_mention *src, const char *code,
                               uint32_t pred);
/* The date expression word w lies in ("on Sunday", "in March"), or NULL. */
const tc_when *tc_code_when_over(const sctx *s, uint32_t w);
/* Sources of an air strike (195) rather than any attack (190). */
extern const char *const tc_code_aircraft[];

/* ---- code_target.c: a frame's events ---- */

/* Codes the events of predicate frame f: its sources and targets, each pair an event. */
void tc_code_frame(sctx *s, size_t f);

/* ---- code_force.c, code_sense.c, code_aim.c, code_joint.c, code_reach.c, code_source.c:
 * the parts of tc_code_frame (each in full at its definition) ---- */

/* Means and acts of force. */
extern const char *const tc_code_force_nouns[];
/* Force: is frame f "under fire" or "attacked" in words (src: its first source)? Does it take
 * a vehicle? The author or means of its force when it has no source. */
int tc_code_fire_of_words(const sctx *s, size_t f, const tc_mention *src);
int tc_code_vehicle_taken(const sctx *s, size_t f);
int tc_code_means_of_force(sctx *s, size_t f, int32_t *src, size_t *pns, const char **pcode,
                           const tc_cameo **pinfo);
/* Senses: does frame f tell no act (a sense its words do not tell apart)? */
int tc_code_tells_no_act(const sctx *s, size_t f);
/* The actor whose deed, plan or words are the subject of clause c ("that Kenya's move could"),
 * or NO_MENTION (code_sense.c). */
int32_t tc_code_deed_owner(const sctx *s, uint32_t c);
/* Aims: the targets of frame f with none of its own, by its aim, its purpose, or the subject of
 * the "that" clause a demand governs. */
size_t tc_code_unnamed_targets(sctx *s, size_t f, const int32_t *src, size_t ns, int32_t *tgt);
size_t tc_code_purpose_targets(sctx *s, size_t f, const tc_mention *ms0, int32_t *tgt);
size_t tc_code_clause_subject_targets(const sctx *s, size_t f, int32_t *tgt, size_t nt);
/* Reciprocal and joint acts: done to each other, done together, cooperation apart from whom
 * it opposes, each pair emitted with its paired act, a companion with no code. */
int tc_code_mutual_act(const sctx *s, size_t f, const int32_t *src, size_t ns, const int32_t *tgt,
                       size_t nt);
int tc_code_joint_drill(const sctx *s, size_t f, const int32_t *src, size_t ns, size_t nt);
size_t tc_code_drop_opposed(const sctx *s, size_t f, int32_t *tgt, size_t nt);
void tc_code_emit_pairs(sctx *s, size_t f, const int32_t *src, size_t ns, const int32_t *tgt,
                        size_t nt, const char *code, const tc_cameo *info);
uint32_t tc_code_uncoded_companion(const sctx *s, size_t f, size_t ns);
/* The targets frame f's arguments name, chosen; its sources when they name none. */
size_t tc_code_choose_targets(sctx *s, size_t f, const int32_t *src, size_t ns,
                              const tc_mention *ms0, int32_t *tgt, uint32_t *sued,
                              int *lone_source);
int tc_code_agentless_sources(sctx *s, size_t f, const tc_mention *ms0, int lone_source,
                              int32_t *src, size_t *ns, int32_t *tgt, size_t *nt);

/* ---- code_args.c and code_roles.c: the actors of arguments, sources and targets ---- */

/* What code_args.c tells code_roles.c of a phrase's words (each in full at its definition):
 * is w a noun of people, a victim of harm, a companion of the act's author (at its head h), the
 * subject of an absolute "with", an answer noun after "in", one who works abroad, an agent of
 * no one state, the source of a report ("according to")? Is m an agent with no state? */
int tc_code_people_noun(const sctx *s, uint32_t w);
int tc_code_victim(const sctx *s, uint32_t w);
int tc_code_companion_at(const sctx *s, uint32_t h);
int tc_code_absolute_with(const sctx *s, uint32_t w);
int tc_code_companion(const sctx *s, uint32_t w);
int tc_code_in_answer(const sctx *s, uint32_t w);
int tc_code_abroad(const sctx *s, uint32_t w);
int tc_code_stateless(const sctx *s, uint32_t w);
int tc_code_reported_by(const sctx *s, uint32_t w);
int tc_code_is_agent(const tc_mention *m);
/* The agent with no state ("officials") of the state named by state (len bytes of its code)
 * and name: a mention made here, or NO_MENTION; agent_of_state takes the whole code. */
int32_t tc_code_agent_of(sctx *s, const tc_mention *agent, const char *state, int len,
                         const char *name);
int32_t tc_code_agent_of_state(sctx *s, const tc_mention *agent, const char *state,
                               const char *name);
/* Adds actor k to out[0 .. n) unless there or full (max); the new count. */
size_t tc_code_add_actor(int32_t *out, size_t n, size_t max, int32_t k);
/* The actors of the list members coordinated with word x, appended to out[0 .. n) (at most
 * max), sharing with's sector; the new count. */
size_t tc_code_members(sctx *s, uint32_t x, const tc_mention *with, int32_t *out, size_t n,
                       size_t max);
/* Nouns of who asked ("at X's request") and of quantities ("tens of thousands of"). */
extern const char *const tc_code_behest[];
extern const char *const tc_code_quantities[];

/* Is w a weapon or vehicle that can act ("missiles struck")? */
int tc_code_instrument_noun(const sctx *s, uint32_t w);
/* The actor of the phrase headed by w, looking depth levels into its owners, or NO_MENTION. */
int32_t tc_code_arg_mention(sctx *s, uint32_t w, int depth);
/* The actors of the phrase headed by w, each member of a list in it (own_list: of a list w
 * heads too); at most max into out, their count returned. */
size_t tc_code_phrase_actors(sctx *s, uint32_t w, int own_list, int32_t *out, size_t max);
/* The phrases hung on noun w ("nmod") whose preposition is one of preps, as "on" in "the ban
 * on Cypriot ships": their heads, in order, at most max into out; their count. What a thing is
 * aimed at (tc_code_owned_thing, a passive's thing-subject) or made of. */
size_t tc_code_prep_phrases(const sctx *s, uint32_t w, const char *const *preps, uint32_t *out,
                            size_t max);
/* The first actor among args, or NO_MENTION; the actors of args (lists give several). */
int32_t tc_code_first_arg_mention(sctx *s, const tc_frame_arg *args, int n);
size_t tc_code_arg_mentions(sctx *s, const tc_frame_arg *args, int n, int32_t *out, size_t max);
/* Prepositions whose object can be a target ("to", "on", "against" ...). */
extern const char *const tc_code_target_preps[];
/* nouns of what is done to someone, whose bare possessor undergoes it (code_nouns.c) */
extern const char *const tc_code_undergone_nouns[];
int tc_code_possessor_undergoes(const sctx *s, uint32_t w);
int32_t tc_code_dissent_source(sctx *s, size_t f, int32_t tgt);
/* "X was detained in Miami": the police (COP) of the one state the sentence itself places its
 * acts in (s->where, not the article's place), as a mention made here; NO_MENTION if none. */
int32_t tc_code_place_police(sctx *s);
/* WordNet's first-sense lexicographer class of w's lemma as a noun ("noun.person"), or NULL. */
const char *tc_code_noun_class(const sctx *s, uint32_t w);
int tc_code_person_name(const sctx *s, const tc_mention *m);
/* The first usable actor among words [lo, hi), or NO_MENTION. */
int32_t tc_code_mention_in(sctx *s, uint32_t lo, uint32_t hi);
/* The actors of the first actor after word after in p's phrase that is no place. */
size_t tc_code_deep_mention(sctx *s, uint32_t p, uint32_t after, int32_t *out, size_t max);
/* The actors of fr's objects but the source's own ("pulled its troops"). */
size_t tc_code_object_mentions(sctx *s, const tc_frame *fr, int32_t *out, size_t max);
/* The actors of frame fr's obliques with a target preposition ("protest against X"). */
size_t tc_code_oblique_mentions(sctx *s, const tc_frame *fr, int32_t *out, size_t max);
/* The targets and the sources of predicate frame f, at most max into out. */
size_t tc_code_targets(sctx *s, size_t f, int32_t *out, size_t max);
/* The subject of a finite clause the parse gave none, or 0. */
size_t tc_code_misread_subject(sctx *s, const tc_frame *fr, int32_t *out, size_t max);
size_t tc_code_sources(sctx *s, size_t f, int32_t *out, size_t max);
/* Does the sentence name an actor other than the sources' countries and places? Does fr aim
 * at someone no dictionary codes? May frame f's subject act (force needs one)? */
int tc_code_other_actor(const sctx *s, const int32_t *src, size_t ns);
int tc_code_someone_aimed_at(const sctx *s, const tc_frame *fr);
int tc_code_acting_subject(const sctx *s, size_t f);
uint32_t tc_code_law_of_participle(const sctx *s, uint32_t p);
void tc_code_law_aimed(sctx *s, size_t f);
/* The author a means of force names with "by" ("airstrikes by the army"), or NO_MENTION. */
int32_t tc_code_force_author(sctx *s, uint32_t w);

/* ---- code_place.c: targets from places and things ---- */

/* A mention made here (kept beside the sentence's own) over words tok0 .. tok0 + ntok - 1 of
 * the text, with at most len bytes of code, as its index; NO_MENTION when the sentence's room
 * for such mentions is full. */
int32_t tc_code_extra(sctx *s, uint32_t tok0, uint32_t ntok, const char *code, int len,
                      const char *name, tc_actor_kind kind, const char *rule);
/* The state a capitalised adjective of noun w names ("Chinese ships", "Cypriot goods"; w no
 * mention of its own), not src's own state (src NULL: any); *adj its word. NULL when none. */
const char *tc_code_adj_state(const sctx *s, uint32_t w, const tc_mention *src, uint32_t *adj);
/* The state of the place frame f is aimed at or happens in, made a mention (the extra ones),
 * when that is another state than src's; NO_MENTION otherwise. */
int32_t tc_code_place_target(sctx *s, size_t f, const tc_mention *src);
/* The state whose adjective names the thing frame f is aimed at ("the ban on Cypriot ships"),
 * as an extra mention; NO_MENTION when none or when it is src's own. */
int32_t tc_code_owned_thing(sctx *s, size_t f, const tc_mention *src);
/* tc_code_owned_thing's state and the states of adjectives coordinated with its own
 * ("tariffs on Canadian and Mexican exports"), at most cap into out; their count. */
size_t tc_code_owned_things(sctx *s, size_t f, const tc_mention *src, int32_t *out, size_t cap);
/* "attacked a military vehicle": the forces (MIL, COP) of the state the sentence places force
 * in, or of the armed group source's own state, whose thing frame f is aimed at; NO_MENTION. */
int32_t tc_code_forces_thing(sctx *s, size_t f, const tc_mention *src);
/* The gazetteer's place word w of the sentence lies in (no actor of its own), or NULL. */
const tc_place *tc_code_place_on(const sctx *s, uint32_t w);
/* The last word under w (w itself when none is after it). */
uint32_t tc_code_last_under(const sctx *s, uint32_t w);

/* ---- code_bare.c: bare targets and matters, words with no code ---- */

/* The words naming w: its phrase up to w, with names and "of" phrases after it. */
tc_span tc_code_phrase_span(sctx *s, uint32_t w);
/* The matter of a one-sided investigation, criticism, refusal, demand or appeal of frame f
 * ("rejected an extradition request"), or an empty span. */
tc_span tc_code_matter_target(sctx *s, size_t f);
/* The words a one-sided act of frame f aims at that no dictionary codes ("fired at
 * protesters"), or an empty span. */
tc_span tc_code_bare_target(sctx *s, size_t f);

/* ---- code_nouns.c: events named by nouns ---- */

/* Codes the events word w names as a noun, if any. */
void tc_code_noun(sctx *s, uint32_t w);
/* Codes the praise or blame adjective w says of an actor in a saying's clause ("Carney said
 * Washington's tariffs were unjustified": 111), if it is one. */
void tc_code_judgment(sctx *s, uint32_t w);
/* Is w[0..n) a word of the judgment list (data/verbs.txt's "@list judgment" lines; c's verbs',
 * or data/verbs.txt's for verbs of another format) with that use ("blame", "hostile" ...)? */
int tc_code_listed(const tc_coder *c, const char *use, const char *w, size_t n);
/* Is norm[0..len) one of the words tc_code_judgment reads (the uses blame, praise, worry,
 * noun and alarm of the word list "judgment", c's or data/verbs.txt's)? */
int tc_code_judging_word(const tc_coder *c, const char *norm, size_t len);
/* The verb an event noun of another form names ("invasion" -> "invade"; a plural too), or
 * NULL: noun[0..len) in lower case. */
const char *tc_code_deverbal(const char *noun, size_t len);
/* Is noun[0..len) (lower case, a plural too) a noun of a speech act ("accusation", "call")? */
int tc_code_speech_noun(const char *noun, size_t len);

/* code_mood.c: government and mood of the sentence's frames (flags, intents, threats,
 * refusals); a frame's code changed with its info; a nominal event in the mood of frame f's
 * clause; the demand or appeal of "X said Y must/should". */
void tc_code_govern(sctx *s);
void tc_code_background(sctx *s);
void tc_code_set_code(const sctx *s, fmatch *m, const char *code);
void tc_code_obligation(sctx *s, size_t f);
/* Gives m the mood of the clause of predicate frame f (-1: none): negated, hypothetical,
 * governed, reported. */
void tc_code_clause_mood(sctx *s, int32_t f, fmatch *m);
/* The intent (03x) to do what code names, for the cooperative roots 04-08; NULL otherwise. */
const char *tc_code_intent_of(const char *code);
uint32_t tc_code_alleging(const sctx *s, uint32_t w);

#endif
