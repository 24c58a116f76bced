/* code: CAMEO events from the sentences of an article, read from their dependency parse.
 *
 * Each sentence with an actor and a word of the verb dictionary (verbs.h) is parsed
 * (parse.h) and cut into frames (frame.h); a verbal predicate whose pattern matches gives
 * events from its subject to its object or the oblique the pattern names, after the rules of
 * government (appeals, promises, threats, refusals, denials over what they govern), mood
 * (plans and the future as intent, modals and conditions as hypothetical, negation), reported
 * speech (who reports it) and time (its own date, past). code.c's header lists the rules.
 * Negated and hypothetical events are produced with a flag, not dropped: callers choose. */
#ifndef TC_CODE_H
#define TC_CODE_H

#include "actors.h"
#include "arena.h"
#include "cameo.h"
#include "err.h"
#include "parse.h"
#include "place.h"
#include "span.h"
#include "text.h"
#include "verbs.h"
#include "wordnet.h"
#include "when.h"

#include <stddef.h>
#include <stdint.h>

enum {
    TC_EV_NEGATED = 1 << 0,      /* "did not attack" */
    TC_EV_HYPOTHETICAL = 1 << 1, /* "would arrest ... if", "could sanction" */
    TC_EV_REPORTED = 1 << 2,     /* inside reported speech ("X said Y attacked") */
    TC_EV_PAST = 1 << 3,         /* the event's own date lies well before the article's */
};
/* Flags that make a candidate no event: such candidates are kept only on request. */
#define TC_EV_NOT_EVENT (TC_EV_NEGATED | TC_EV_HYPOTHETICAL)

typedef struct {
    char code[32];    /* CAMEO actor code: "AZEGOV", "IGOUNO" */
    const char *name; /* the dictionary's name for it ("Azerbaijan"); never NULL */
    tc_span span;     /* the words in the article text */
} tc_actor_ref;

/* Where an event's date came from: a date expression on its predicate ("in 2020"), the time the
 * story told in the sentences before (TC_EVDATE_STORY), or none there, so the article's date
 * (TC_EVDATE_ARTICLE; the store fills it in), or nothing at all. */
enum { TC_EVDATE_NONE = 0, TC_EVDATE_CLAUSE = 1, TC_EVDATE_STORY = 2, TC_EVDATE_ARTICLE = 3 };

/* Where an event happened (place.h): the place of its clause, else of its sentence, else the
 * article's dateline or main place. Strings belong to the gazetteer (never NULL: ""). */
typedef struct {
    const char *name;   /* the gazetteer's name ("Stepanakert") */
    const char *admin1; /* its first-level subdivision, "" when unknown or itself one */
    char cc3[4];        /* ISO alpha-3 of its country ("AZE"), "" when none */
    double lat, lon;    /* degrees */
    uint8_t prec;       /* tc_place_prec: 1 point, 2 subdivision, 3 country; 0 no place */
    uint8_t source;     /* tc_loc_source: 1 clause, 2 sentence, 3 article; 0 none */
} tc_event_place;

typedef struct {
    tc_actor_ref src, tgt; /* tgt.code[0] == 0: the event has no target (one-sided) */
    tc_actor_ref reporter; /* who reports it ("X said Y attacked Z": X); code[0] == 0: none */
    char cameo[8];         /* "191" */
    const tc_cameo *info;  /* name, Goldstein, quad class, PLOVER type and mode of cameo */
    tc_span verb;          /* the verb (phrase) in the article text */
    uint32_t sent;         /* sentence index in the article */
    unsigned flags;        /* TC_EV_* */
    tc_date date; /* the event's own date (when.h); prec TC_DATE_NONE: unknown, the article's */
    uint8_t date_source;  /* TC_EVDATE_*: where date came from */
    tc_event_place place; /* where it happened; prec 0: nowhere known */
} tc_event;

/* Conventions: tocsin's own (0), or PETRARCH's for its validation records: a planned,
 * future, modal or negated act is coded as the act, as PETRARCH's dictionaries expect (its
 * patterns name the negations and modals they code). */
enum {
    TC_CODE_PETRARCH = 1,
    TC_CODE_NO_DATES = 2, /* no date expressions read: events take the article's date */
    /* with TC_CODE_PETRARCH, PETRARCH's require_dyad = false (a validation record's
       <Config>): an act whose target no dictionary codes is an event with no target */
    TC_CODE_NO_DYAD = 4,
};

/* What the parse-based coder reads: loaded once, shared by threads. */
typedef struct {
    const tc_verbs *verbs;
    const tc_cameo_table *cameo; /* may be NULL: codes refined by government keep no info */
    const tc_parser *parser;
    const tc_wordnet *wordnet;  /* may be NULL: no noun classes */
    tc_date date;               /* the article's date; prec TC_DATE_NONE when unknown */
    const tc_place_doc *places; /* the article's places (place.h), or NULL: events get none */
    const tc_actors *actors;    /* the dictionaries the mentions came from, or NULL: which codes
                                   are states' (an agent is placed in no world region) */
    unsigned conventions;       /* TC_CODE_PETRARCH or 0 */
} tc_coder;

/* Codes sentence sent of t from its parse: m[0..nm) are its actor mentions (token order).
 * A sentence with no usable actor or no word of the verb dictionary is not parsed. Events are
 * appended to *out (arena-grown), negated and hypothetical ones flagged, not dropped; returns
 * how many. Never fails on any text (no parser: no event). Thread-safe for distinct arenas. */
size_t tc_code_sentence(const tc_coder *c, const tc_text *t, uint32_t sent, const tc_mention *m,
                        size_t nm, tc_arena *a, tc_event **out, size_t *nout, size_t *cap);

/* A coder over v and cameo (may be NULL) with the parser and WordNet classes of the build's
 * data directory (TC_DATADIR), loaded once per process on first use and kept: for tools and
 * tests that bring a dictionary of their own. The engine (pipeline.h) loads its own. When the
 * model is missing or of another version the parser is NULL (the coder then codes nothing) and
 * err (if not NULL) says why. Thread-safe. */
tc_coder tc_coder_default(const tc_verbs *v, const tc_cameo_table *cameo, tc_err *err);

/* A stable id for an event: a hash of the article's content hash, the sentence, the dyad, the
 * code and the verb's offset; 16 hex digits into out. */
void tc_event_id(uint64_t article_hash, const tc_event *e, char out[17]);

#endif
