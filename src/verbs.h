/* verbs: the verb pattern dictionary of the coder.
 *
 * A pattern is a verb with words before and after it, adjacent ('_') or with a gap, and "$"
 * "+" "%" markers where the source, the target or a compound actor stands (tc_verb_spec;
 * data/verbs.txt, our format, only has words after the verb; src/petrarch_verbs.c reads
 * PETRARCH's). Loading generates every inflection of the verb (regular rules, over-generating
 * harmlessly, plus WordNet's verb.exc) and maps each surface form to the patterns it starts,
 * best first: more words, then the entry's own word over an inflection, then the finer CAMEO
 * code. The coder (code.c) reads the patterns through tc_verbs_lookup. */
#ifndef TC_VERBS_H
#define TC_VERBS_H

#include "cameo.h"
#include "err.h"

#include <stddef.h>
#include <stdint.h>

typedef struct tc_verbs tc_verbs;

/* Loads the verb dictionary file (our format, see data/verbs.txt) checking each code against
 * the CAMEO table. Malformed lines are reported through diag with file:line and skipped.
 * NULL (err filled) when the file cannot be read. The result is immutable and may be shared
 * by threads. */
tc_verbs *tc_verbs_load(const char *path, const tc_cameo_table *cameo, tc_diag_fn diag, void *dctx,
                        tc_err *err);
/* Adds the patterns of another file in the same format (data/verbs-wordnet.txt after
 * data/verbs.txt): among patterns of one verb the longer wins, then the finer code, then the
 * earlier file's. Non-zero (err filled) when the file cannot be read. */
int tc_verbs_load_more(tc_verbs *v, const char *path, const tc_cameo_table *cameo, tc_diag_fn diag,
                       void *dctx, tc_err *err);
/* The "@list" lines of path alone (data/verbs.txt's word lists, for a coder whose verbs come
 * from another format); NULL (err filled) when the file cannot be read. */
tc_verbs *tc_verbs_load_lists(const char *path, tc_err *err);
void tc_verbs_free(tc_verbs *v);
/* How many patterns; how many distinct word forms start one (inflections included). */
size_t tc_verbs_count(const tc_verbs *v);
size_t tc_verbs_forms(const tc_verbs *v);

/* Building a verb dictionary from another format (src/petrarch_verbs.c) or in tests. */
typedef struct {
    const char *verb; /* one word: a lemma (all its inflections are found) or, when exact,
                         that form only */
    int exact;
    const char *pre;   /* words before the verb, nearest last; NULL for none */
    const char *post;  /* words after the verb; NULL for none */
    const char *code;  /* the event code; NULL, "" or "---": the pattern matches (hiding
                          shorter ones) but gives no event */
    const char *code2; /* NULL, or the code of a paired event from target to source */
    int mutual;        /* a compound subject with no target: each acts on the others */
} tc_verb_spec;
/* In pre and post, words separated by blanks may have other words between them and words
 * joined by '_' may not ("in_" at the end of pre: "in" right before the verb; "_off" at the
 * start of post: "off" right after it); "$", "+" and "%" stand where the source, the target
 * or a compound actor is; "^" is a gap. Codes need not be CAMEO codes (the event's info is
 * then NULL). Longer patterns are tried first. */
tc_verbs *tc_verbs_new(void);
/* Adds one pattern; TC_EPARSE (err says why) for a malformed one. Not thread-safe: build
 * first, then share. */
int tc_verbs_add(tc_verbs *v, const tc_verb_spec *spec, const tc_cameo_table *cameo, tc_err *err);

/* Named word lists ("@list NAME USE ...: word | word ..." lines of our format; docs/verbs.md,
 * "Word lists"). A pattern names a list's words of one use as "<NAME.USE>", written out once
 * per word at load; the coder asks whether a word has a use. Is w[0..n) (lower case, words
 * joined by one blank) a word of list with that use? 0 when v has no such list or use. */
int tc_verbs_listed(const tc_verbs *v, const char *list, const char *use, const char *w, size_t n);
/* Does v hold the word list named list? */
int tc_verbs_has_list(const tc_verbs *v, const char *list);

/* ---- what the coder reads ---- */

#define TC_VERBS_MAX_WORDS 8
#define TC_VERBS_GAP       6

enum { TC_FORM_BASE, TC_FORM_S, TC_FORM_PAST, TC_FORM_ING, TC_FORM_EXACT };
#define TC_OWN_FORM 0x80 /* or-ed into a form type: the word the entry names */

/* One element of a pattern around the verb. glued: no word between it and its neighbour
 * nearer the verb; otherwise any number of words of the clause (TC_VERBS_GAP in our format). */
enum { TC_EL_WORD, TC_EL_SRC, TC_EL_TGT, TC_EL_COMP, TC_EL_SKIP };
/* The WordNet noun class a pattern word stands for, with its closing '>' ("<noun.artifact>":
 * "noun.artifact>"), or NULL when the word is a plain one. */
static inline const char *tc_verbs_class(const char *w)
{
    return w[0] == '<' ? w + 1 : NULL;
}

typedef struct {
    const char *w; /* the word's norm (TC_EL_WORD), or "<noun.CLASS>" (tc_verbs_class) */
    uint8_t kind, glued;
} tc_pelem;

typedef struct {
    char cameo[8], cameo2[8]; /* cameo2: the paired event, target on source ("032:033") */
    const tc_cameo *info, *info2;
    uint8_t npre, npost;
    tc_pelem pre[TC_VERBS_MAX_WORDS];  /* before the verb, in text order */
    tc_pelem post[TC_VERBS_MAX_WORDS]; /* after it, in text order */
    uint8_t gap;                       /* widest unglued gap, in words */
    int exact;                         /* the verb is an exact form, not a lemma */
    int mutual;                        /* "A and B fought": each acts on the other */
    int undergo;                       /* "X came under attack (from $)": the subject undergoes
                                          the act (the target); the source is the "$" actor,
                                          else none (our format: "@undergo", or a "$" after
                                          the verb) */
    int nocode;                        /* "---": matches (and so hides shorter ones), no event */
    int wide;                          /* its words may lie anywhere in the sentence */
    int comp_pre;                      /* "%" before the verb: the compound subject's members
                                          act on each other, whatever follows */
    uint64_t words;                    /* tc_verbs_word_bit of each of its words: a sentence
                                          lacking one of these bits lacks one of its words */
} tc_vpattern;

/* One of 64 bits for word w[0..n) (a hash), to rule out patterns whose words a sentence lacks. */
static inline uint64_t tc_verbs_word_bit(const char *w, size_t n)
{
    uint64_t h = 1469598103934665603u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)w[i]) * 1099511628211u;
    return (uint64_t)1 << (h >> 58);
}

typedef struct tc_vform {
    uint32_t pattern;
    uint8_t form;
    uint8_t own;           /* the entry's own word, not an inflection of it */
    uint16_t rank;         /* its place in the list: higher first (verbs.c, form_rank) */
    struct tc_vform *next; /* same surface form, patterns with more words first */
    uint64_t words;        /* the pattern's words (tc_vpattern.words), so that a sentence
                              lacking one passes over the pattern without reading it: the
                              patterns are large and far apart, a cache miss each */
} tc_vform;

/* The patterns surface form w[0..n) starts (an inflection, the lemma or an exact form), best
 * first; NULL when none. */
const tc_vform *tc_verbs_lookup(const tc_verbs *v, const char *w, size_t n);
const tc_vpattern *tc_verbs_pattern(const tc_verbs *v, uint32_t i);

#endif
