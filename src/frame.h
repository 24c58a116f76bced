/* frame: event frames from a dependency tree, the first step of the parse-based coder.
 *
 * A frame is a predicate with its arguments as a coder wants them: the subjects (a passive's
 * "by" agent apart, a relative clause's subject as the noun it describes, a shared subject
 * carried into coordinated verbs, the controller of an infinitive), the objects, the obliques
 * with their prepositions, and what governs it (a speech verb, "called on X to", "plans to",
 * "threatened to") with the relation. Coordinated arguments ("Armenia and Azerbaijan") are
 * listed one by one; an apposition is the same argument, never a second one. Negation, the
 * auxiliaries that make a mood (modal, future) and the subordinating word ("if", "after") are
 * recorded, not judged: the coding rules decide what they mean.
 *
 * Word indexes are 0-based positions in the tc_tree (tree word i has head index i + 1). */
#ifndef TC_FRAME_H
#define TC_FRAME_H

#include "arena.h"
#include "parse.h"

#include <stddef.h>
#include <stdint.h>

#define TC_FRAME_ARGS 8
#define TC_FRAME_NONE UINT16_MAX

enum {
    TC_FR_PASSIVE = 1 << 0,     /* nsubj:pass or aux:pass (structure, not the lexical Voice) */
    TC_FR_NEGATED = 1 << 1,     /* "not", "n't", "never" on the predicate */
    TC_FR_MODAL = 1 << 2,       /* can, could, may, might, must, should, would */
    TC_FR_FUTURE = 1 << 3,      /* will, shall */
    TC_FR_SUBJ_SHARED = 1 << 4, /* subjects taken from a coordinated or governing verb */
};

typedef struct {
    uint16_t word; /* the argument's head word */
    uint16_t prep; /* its case word ("on", "against"), TC_FRAME_NONE for none */
} tc_frame_arg;

typedef struct {
    uint16_t pred;   /* the predicate word */
    uint16_t gov;    /* the predicate governing this one (xcomp, ccomp, advcl, conj, ...) */
    uint8_t gov_rel; /* tc_rel of pred to gov; TC_REL_ROOT when none */
    uint16_t mark;   /* the subordinating word ("if", "that", "to"); TC_FRAME_NONE */
    uint16_t aux;    /* the auxiliary that gave MODAL or FUTURE; TC_FRAME_NONE */
    unsigned flags;  /* TC_FR_* */
    uint8_t nsubj, nobj, nobl, nagent;
    tc_frame_arg subj[TC_FRAME_ARGS];  /* prep is TC_FRAME_NONE */
    tc_frame_arg obj[TC_FRAME_ARGS];   /* obj and iobj, in word order */
    tc_frame_arg obl[TC_FRAME_ARGS];   /* obl and nmod of the predicate, with prepositions */
    tc_frame_arg agent[TC_FRAME_ARGS]; /* obl:agent, the "by" of a passive */
} tc_frame;

/* The children of every word of t, in word order: word i's are kids[first[i] .. first[i + 1]),
 * both arrays in arena a. Thread-safe for distinct arenas. */
void tc_tree_children(const tc_tree *t, tc_arena *a, uint32_t **first, uint32_t **kids);

/* Frames of every predicate of tree t (verbs, and any word with a subject of its own: "X is
 * hostile to Y"), in word order, in arena a; their number. p, the model t comes from, may be
 * NULL (nothing reads it yet). t must satisfy parse.h's invariants (tc_parse_sentence's trees
 * do). Thread-safe for distinct arenas. */
size_t tc_frames(const tc_parser *p, const tc_tree *t, tc_arena *a, tc_frame **out);

#endif
