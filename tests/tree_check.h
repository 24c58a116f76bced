/* tree_check: the invariants of parse.h that every tree must keep, whatever the text; shared
 * by tests/test_parse.c and fuzz/fuzz_parse.c.
 *
 * For sentence s of t parsed into tree: one word per token, in order, with the token's bytes;
 * tags, relations and lemmas in range; every head within the sentence; in each piece of
 * TC_PARSE_MAX_WORDS words exactly one word whose head lies outside the piece (the first
 * piece's is the root, head 0, relation root; the others attach to it); no cycles. With
 * TC_PARSE_TAGS every head is 0 and every relation dep. */
#ifndef TC_TREE_CHECK_H
#define TC_TREE_CHECK_H

#include "parse.h"
#include "text.h"

#include <stdint.h>
#include <stdlib.h>

/* Words, tags and lemmas: NULL when they hold, else what broke. */
static inline const char *tree_check_words(const tc_text *t, uint32_t s, const tc_tree *tree)
{
    const tc_sentence *se = &t->sents[s];
    if (tree->n != se->ntok) return "not one word per token";
    for (uint32_t i = 0; i < tree->n; i++) {
        const tc_word *w = &tree->w[i];
        const tc_token *tok = &t->toks[se->tok0 + i];
        if (w->tok != se->tok0 + i) return "a word's token index is wrong";
        if (w->off != tok->off || w->len != tok->len) return "a word's bytes are not its token's";
        if (w->upos >= TC_UPOS_COUNT || w->rel >= TC_REL_COUNT)
            return "tag or relation out of range";
        if (!w->lemma) return "a word without a lemma";
        if (w->head > tree->n) return "a head beyond the sentence";
    }
    return NULL;
}

/* Roots per piece and acyclicity of a parsed (not tags-only) tree. */
static inline const char *tree_check_arcs(const tc_tree *tree)
{
    uint32_t n = tree->n, first_root = 0;
    for (uint32_t p0 = 0; p0 < n; p0 += TC_PARSE_MAX_WORDS) {
        uint32_t p1 = n - p0 > TC_PARSE_MAX_WORDS ? p0 + TC_PARSE_MAX_WORDS : n, roots = 0;
        for (uint32_t i = p0; i < p1; i++) {
            uint32_t h = tree->w[i].head;
            if (h >= p0 + 1 && h <= p1) continue;
            roots++;
            if (p0 == 0 && (h != 0 || tree->w[i].rel != TC_REL_ROOT))
                return "the first piece's root is not head 0, relation root";
            if (p0 == 0) first_root = i + 1;
            if (p0 > 0 && h != first_root) return "a piece's root is not attached to the root";
        }
        if (roots != 1) return "a piece without exactly one root";
    }
    for (uint32_t i = 0; i < n; i++) {
        uint32_t h = tree->w[i].head, steps = 0;
        while (h && steps++ <= n) h = tree->w[h - 1].head;
        if (h) return "a cycle";
    }
    return NULL;
}

/* Every invariant of sentence s of t parsed into tree with flags: NULL when all hold. */
static inline const char *tree_check(const tc_text *t, uint32_t s, unsigned flags,
                                     const tc_tree *tree)
{
    const char *why = tree_check_words(t, s, tree);
    if (why) return why;
    if (!(flags & TC_PARSE_TAGS)) return tree_check_arcs(tree);
    for (uint32_t i = 0; i < tree->n; i++)
        if (tree->w[i].head != 0 || tree->w[i].rel != TC_REL_DEP)
            return "TC_PARSE_TAGS gave a head or a relation";
    return NULL;
}

#endif
