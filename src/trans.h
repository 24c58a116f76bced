/* trans: the arc-eager transition system of the parser (internal to parse.c and
 * parse_train.c): the configuration, its legal transitions, the features of a configuration
 * and of an arc about to be made, and the dynamic oracle's cost of each transition.
 *
 * Words are 1..n; the root is position n + 1, at the end of the buffer (Ballesteros and Nivre
 * 2013): a word is made the root only once every word has been read, so "..., witnesses said."
 * can still make "said" the root. Parsing ends with the stack empty and the root at the front;
 * every word then has a head, and tc_config_finish keeps one root (UD trees have one).
 *
 * A word marked a leaf (punctuation at decoding: in UD it heads nothing) takes no dependent:
 * LEFT-ARC onto it and RIGHT-ARC from it are illegal. SHIFT stays legal until the root is
 * reached and then LEFT-ARC or REDUCE onto the root, so a legal transition always remains. */
#ifndef TC_TRANS_H
#define TC_TRANS_H

#include "arena.h"
#include "tag.h"

#include <stdint.h>

enum { TC_TR_SHIFT, TC_TR_REDUCE, TC_TR_LEFT, TC_TR_RIGHT, TC_TR_COUNT };
#define TC_TRANS_NFEAT 96
#define TC_LABEL_NFEAT 32

typedef struct {
    uint32_t n;
    int32_t root;         /* the root's position: n + 1, at the end of the buffer */
    const tc_tagword *tw; /* words 1..n are tw[0..n) */
    const uint8_t *xpos;  /* xpos[0..n) of words 1..n */
    int32_t *stack;
    uint32_t sp; /* stack holds stack[0..sp) */
    uint32_t b;  /* front of the buffer; n + 1 when empty */
    /* per position 0..n */
    int32_t *head; /* -1 none */
    uint8_t *rel, *nl, *nr, *instack;
    int32_t *lc1, *lc2, *rc1, *rc2; /* two leftmost and rightmost dependents; 0 none */
    uint64_t *ls, *rs;              /* relations of the left and right dependents */
    int32_t root_child;             /* the first word the root took; 0 none */
    const uint8_t *leaf;            /* leaf[0..n) of words 1..n: takes no dependent; NULL none */
    void *mem;                      /* the block every array above lies in */
} tc_config;

void tc_config_init(tc_config *c, uint32_t n, const tc_tagword *tw, const uint8_t *xpos,
                    tc_arena *a);
/* Makes dst (initialised for the same words) a copy of src: the beam's step. */
void tc_config_copy(tc_config *dst, const tc_config *src);
int tc_config_done(const tc_config *c);
int tc_trans_legal(const tc_config *c, int t);
/* Applies transition t; rel is the relation of the arc it makes (LEFT, RIGHT). */
void tc_trans_apply(tc_config *c, int t, int rel);
/* The arc t would make: its head and dependent. */
void tc_trans_arc(const tc_config *c, int t, int32_t *h, int32_t *d);
/* Features of the configuration; returns how many (TC_TRANS_TEMPLATES), in template order. */
#define TC_TRANS_TEMPLATES 82
int tc_trans_features(const tc_config *c, uint64_t *f);
/* The same features in four groups by what they depend on, so that a decoder can keep the
 * scores of the first three for as long as that part of the configuration stays: the front of
 * the buffer alone (N0, N1, N2; TC_TRG_B), the stack's top word alone (S0; TC_TRG_S0), the two
 * together (TC_TRG_PAIR), and the rest (children, heads, labels, S1), always. Writes the groups
 * asked for and the rest into f, one after the other, their counts into nf[0..4) (a group not
 * asked for: nf untouched); returns the total. */
enum { TC_TRG_B = 1, TC_TRG_S0 = 2, TC_TRG_PAIR = 4 };
int tc_trans_features_split(const tc_config *c, unsigned groups, uint64_t *f, int *nf);
/* Features of the arc h -> d made now (at most TC_LABEL_NFEAT). */
int tc_label_features(const tc_config *c, int32_t h, int32_t d, uint64_t *f);
/* The same features, the first TC_LABEL_NTAGS of them (only when tags is not 0) those that
 * read the two words' tags, the arc's direction and whether it leaves the root alone, whose
 * atoms tc_label_tags_key gives (a number below 2^18, different for any two that differ);
 * returns how many it wrote. */
#define TC_LABEL_NTAGS 5
int tc_label_features_split(const tc_config *c, int32_t h, int32_t d, int tags, uint64_t *f);
uint64_t tc_label_tags_key(const tc_config *c, int32_t h, int32_t d);
/* Gold arcs t makes unreachable (gold[i]: gold head of position i, 1..n; the root is n + 1). */
int tc_trans_cost(const tc_config *c, int t, const int32_t *gold);
/* Keeps one root: every other word the root took (or, defensively, any word without a head)
 * hangs from the leftmost one that is not a leaf (the first one taken when all are), with the
 * relation label(ctx, c, h, d) picks. */
void tc_config_finish(tc_config *c,
                      int (*label)(void *ctx, const tc_config *c, int32_t h, int32_t d), void *ctx);

#endif
