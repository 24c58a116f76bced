/* code: CAMEO events from the sentences of an article.
 *
 * Sparse parsing in the TABARI line: actors come from the actor scan, verbs and phrases from
 * the verb dictionary (data/verbs.txt); the source is the actor heading the clause before the
 * verb, the target the first actor after it, the "by" agent of a passive is the source.
 * Negated and hypothetical events are produced with a flag, not dropped: callers choose. */
#ifndef TC_CODE_H
#define TC_CODE_H

#include "actors.h"
#include "arena.h"
#include "cameo.h"
#include "err.h"
#include "span.h"
#include "text.h"

#include <stddef.h>
#include <stdint.h>

enum {
    TC_EV_NEGATED = 1 << 0,      /* "did not attack" */
    TC_EV_HYPOTHETICAL = 1 << 1, /* "would arrest ... if", "could sanction" */
    TC_EV_REPORTED = 1 << 2,     /* inside reported speech ("X said Y attacked") */
};
/* Flags that make a candidate no event: such candidates are kept only on request. */
#define TC_EV_NOT_EVENT (TC_EV_NEGATED | TC_EV_HYPOTHETICAL)

typedef struct {
    char code[32];    /* CAMEO actor code: "AZEGOV", "IGOUNO" */
    const char *name; /* the dictionary's name for it ("Azerbaijan"); never NULL */
    tc_span span;     /* the words in the article text */
} tc_actor_ref;

typedef struct {
    tc_actor_ref src, tgt;
    char cameo[8];          /* "191" */
    const tc_cameo *info;   /* name, Goldstein, quad class, PLOVER of cameo */
    tc_span verb;           /* the verb (phrase) in the article text */
    uint32_t sent;          /* sentence index in the article */
    unsigned flags;         /* TC_EV_* */
} tc_event;

typedef struct tc_verbs tc_verbs;

/* Loads the verb dictionary file (our format, see data/verbs.txt) checking each code against
 * the CAMEO table. Malformed lines are reported through diag with file:line and skipped.
 * NULL (err filled) when the file cannot be read. The result is immutable and may be shared
 * by threads. */
tc_verbs *tc_verbs_load(const char *path, const tc_cameo_table *cameo, tc_diag_fn diag,
                        void *dctx, tc_err *err);
void tc_verbs_free(tc_verbs *v);
size_t tc_verbs_count(const tc_verbs *v);

/* Codes one sentence: mentions are the actor mentions of that sentence (ordered by token).
 * Events are appended to *out (arena-grown); returns how many. Thread-safe for distinct
 * arenas. */
size_t tc_code_sentence(const tc_verbs *v, const tc_cameo_table *cameo, const tc_text *t,
                        uint32_t sent, const tc_mention *m, size_t nm, tc_arena *a,
                        tc_event **out, size_t *nout, size_t *cap);

/* A stable id for an event: a hash of the article's content hash, the sentence, the dyad, the
 * code and the verb's offset; 16 hex digits into out. */
void tc_event_id(uint64_t article_hash, const tc_event *e, char out[17]);

#endif
