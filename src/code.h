/* code: CAMEO events from the sentences of an article.
 *
 * Sparse parsing in the TABARI line: actors come from the actor scan, verbs and phrases from
 * the verb dictionary (data/verbs.txt, or a PETRARCH one through petrarch_verbs.h); the source
 * is the actor heading the clause before the verb, the target the first actor after it, the
 * "by" agent of a passive is the source; appeals, threats, refusals and denials take what they
 * govern as their content, not as events. Negated and hypothetical events are produced with a
 * flag, not dropped: callers choose. */
#ifndef TC_CODE_H
#define TC_CODE_H

#include "actors.h"
#include "arena.h"
#include "cameo.h"
#include "err.h"
#include "parse.h"
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

typedef struct {
    tc_actor_ref src, tgt; /* tgt.code[0] == 0: the event has no target (one-sided) */
    tc_actor_ref reporter; /* who reports it ("X said Y attacked Z": X); code[0] == 0: none */
    char cameo[8];         /* "191" */
    const tc_cameo *info;  /* name, Goldstein, quad class, PLOVER type and mode of cameo */
    tc_span verb;          /* the verb (phrase) in the article text */
    uint32_t sent;         /* sentence index in the article */
    unsigned flags;        /* TC_EV_* */
    tc_date date; /* the event's own date (when.h); prec TC_DATE_NONE: unknown, the article's */
} tc_event;

/* What the parse-based coder reads: loaded once, shared by threads. */
typedef struct {
    const tc_verbs *verbs;
    const tc_cameo_table *cameo; /* may be NULL: codes refined by government keep no info */
    const tc_parser *parser;
    const tc_wordnet *wordnet; /* may be NULL: no noun classes */
    tc_date date; /* the article's date; prec TC_DATE_NONE when unknown */
} tc_coder;

/* Codes sentence sent of t from its parse: m[0..nm) are its actor mentions (token order).
 * Events are appended to *out (arena-grown); returns how many. Thread-safe for distinct
 * arenas. */
size_t tc_code_sentence2(const tc_coder *c, const tc_text *t, uint32_t sent, const tc_mention *m,
                         size_t nm, tc_arena *a, tc_event **out, size_t *nout, size_t *cap);

/* Codes one sentence: mentions are the actor mentions of that sentence (ordered by token).
 * cameo (may be NULL) gives the info of codes refined by government ("urged X to lift the
 * blockade": 0256). Events are appended to *out (arena-grown); returns how many. Thread-safe
 * for distinct arenas. */
size_t tc_code_sentence(const tc_verbs *v, const tc_cameo_table *cameo, const tc_text *t,
                        uint32_t sent, const tc_mention *m, size_t nm, tc_arena *a, tc_event **out,
                        size_t *nout, size_t *cap);

/* A stable id for an event: a hash of the article's content hash, the sentence, the dyad, the
 * code and the verb's offset; 16 hex digits into out. */
void tc_event_id(uint64_t article_hash, const tc_event *e, char out[17]);

#endif
