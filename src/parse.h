/* parse: part-of-speech tags, morphological features, lemmas and a labelled dependency tree
 * for each sentence, from our own model (data/parse.model, trained on UD English EWT by
 * `make model`).
 *
 * The tagger is an averaged perceptron over the word, its affixes and shape, its neighbours
 * and the tags already given; it predicts the UPOS and Penn tag together. Features (Tense,
 * VerbForm, Mood, Number, Person, PronType, ...) come from the word and its tag; Voice=Pass is
 * set on a participle that heads an aux:pass. Lemmas come from the treebank's lemmas, WordNet's
 * exception lists and suffix rules learnt from the treebank. The parser is a greedy arc-eager
 * transition parser with an averaged perceptron, trained with a dynamic oracle; a second
 * perceptron labels each arc when it is made. Trees are projective (non-projective arcs of the
 * training trees are lifted to their head's head), there is exactly one root, and every word
 * has a head.
 *
 * A word is a tc_text token: the tokenizer already splits UD-style ("don't" -> "do" "n't",
 * "Azerbaijan's" -> "Azerbaijan" "'s"), so every word keeps its byte offsets in the article. */
#ifndef TC_PARSE_H
#define TC_PARSE_H

#include "arena.h"
#include "err.h"
#include "text.h"

#include <stddef.h>
#include <stdint.h>

/* Universal POS tags, in UD's alphabetical order. */
typedef enum {
    TC_UPOS_ADJ,
    TC_UPOS_ADP,
    TC_UPOS_ADV,
    TC_UPOS_AUX,
    TC_UPOS_CCONJ,
    TC_UPOS_DET,
    TC_UPOS_INTJ,
    TC_UPOS_NOUN,
    TC_UPOS_NUM,
    TC_UPOS_PART,
    TC_UPOS_PRON,
    TC_UPOS_PROPN,
    TC_UPOS_PUNCT,
    TC_UPOS_SCONJ,
    TC_UPOS_SYM,
    TC_UPOS_VERB,
    TC_UPOS_X,
    TC_UPOS_COUNT
} tc_upos;

/* UD v2 basic relations with the subtypes English uses (UD English EWT v2.16). */
#define TC_RELATIONS(X)                                                                            \
    X(DEP, "dep")                                                                                  \
    X(ACL, "acl")                                                                                  \
    X(ACL_RELCL, "acl:relcl")                                                                      \
    X(ADVCL, "advcl")                                                                              \
    X(ADVCL_RELCL, "advcl:relcl")                                                                  \
    X(ADVMOD, "advmod")                                                                            \
    X(AMOD, "amod")                                                                                \
    X(APPOS, "appos")                                                                              \
    X(AUX, "aux")                                                                                  \
    X(AUX_PASS, "aux:pass")                                                                        \
    X(CASE, "case")                                                                                \
    X(CC, "cc")                                                                                    \
    X(CC_PRECONJ, "cc:preconj")                                                                    \
    X(CCOMP, "ccomp")                                                                              \
    X(COMPOUND, "compound")                                                                        \
    X(COMPOUND_PRT, "compound:prt")                                                                \
    X(CONJ, "conj")                                                                                \
    X(COP, "cop")                                                                                  \
    X(CSUBJ, "csubj")                                                                              \
    X(CSUBJ_OUTER, "csubj:outer")                                                                  \
    X(CSUBJ_PASS, "csubj:pass")                                                                    \
    X(DET, "det")                                                                                  \
    X(DET_PREDET, "det:predet")                                                                    \
    X(DISCOURSE, "discourse")                                                                      \
    X(DISLOCATED, "dislocated")                                                                    \
    X(EXPL, "expl")                                                                                \
    X(FIXED, "fixed")                                                                              \
    X(FLAT, "flat")                                                                                \
    X(GOESWITH, "goeswith")                                                                        \
    X(IOBJ, "iobj")                                                                                \
    X(LIST, "list")                                                                                \
    X(MARK, "mark")                                                                                \
    X(NMOD, "nmod")                                                                                \
    X(NMOD_DESC, "nmod:desc")                                                                      \
    X(NMOD_POSS, "nmod:poss")                                                                      \
    X(NMOD_UNMARKED, "nmod:unmarked")                                                              \
    X(NSUBJ, "nsubj")                                                                              \
    X(NSUBJ_OUTER, "nsubj:outer")                                                                  \
    X(NSUBJ_PASS, "nsubj:pass")                                                                    \
    X(NUMMOD, "nummod")                                                                            \
    X(OBJ, "obj")                                                                                  \
    X(OBL, "obl")                                                                                  \
    X(OBL_AGENT, "obl:agent")                                                                      \
    X(OBL_UNMARKED, "obl:unmarked")                                                                \
    X(ORPHAN, "orphan")                                                                            \
    X(PARATAXIS, "parataxis")                                                                      \
    X(PUNCT, "punct")                                                                              \
    X(REPARANDUM, "reparandum")                                                                    \
    X(ROOT, "root")                                                                                \
    X(VOCATIVE, "vocative")                                                                        \
    X(XCOMP, "xcomp")

#define TC_REL_ENUM(id, name) TC_REL_##id,
typedef enum { TC_RELATIONS(TC_REL_ENUM) TC_REL_COUNT } tc_rel;
#undef TC_REL_ENUM

/* The features the coder reads, decoded from the word's UD feature string. 0 is "not set". */
typedef enum { TC_TENSE_PAST = 1, TC_TENSE_PRES, TC_TENSE_FUT } tc_tense;
typedef enum { TC_VF_FIN = 1, TC_VF_INF, TC_VF_PART, TC_VF_GER } tc_verbform;
typedef enum { TC_MOOD_IND = 1, TC_MOOD_IMP, TC_MOOD_SUB } tc_mood;
typedef enum {
    TC_PRON_PRS = 1,
    TC_PRON_ART,
    TC_PRON_DEM,
    TC_PRON_INT,
    TC_PRON_REL,
    TC_PRON_IND,
    TC_PRON_TOT,
    TC_PRON_NEG,
    TC_PRON_EMP
} tc_prontype;

typedef struct {
    uint8_t tense, verbform, mood; /* tc_tense, tc_verbform, tc_mood */
    uint8_t pass;                  /* Voice=Pass */
    uint8_t plural;                /* Number: 0 unset, 1 Sing, 2 Plur */
    uint8_t person;                /* 0, 1, 2, 3 */
    uint8_t prontype;              /* tc_prontype */
    uint8_t neg;                   /* Polarity=Neg */
} tc_feats;

typedef struct {
    uint32_t off, len; /* the word's bytes in the text */
    uint32_t tok;      /* index of the tc_text token it is (tc_parse_words: its position) */
    const char *lemma; /* NUL-terminated; owned by the model or the arena */
    uint16_t head;     /* 1-based index of the head in the sentence; 0 for the root */
    uint8_t rel;       /* tc_rel */
    uint8_t upos;      /* tc_upos */
    uint8_t xpos;      /* Penn tag: tc_parse_xpos_name */
    uint16_t feats;    /* feature set: tc_parse_feats, tc_parse_feats_str */
} tc_word;

typedef struct {
    tc_word *w; /* w[0 .. n): word i has index i + 1 in head */
    uint32_t n;
} tc_tree;

typedef struct tc_parser tc_parser;

/* Loads a model written by tc_parse_train (one read of the file; strings and tables point
 * into it). NULL with err filled when the file is missing, short, of another format version
 * or inconsistent. The model is immutable: one may serve several threads. */
tc_parser *tc_parser_load(const char *path, tc_err *err);
void tc_parser_free(tc_parser *p);
/* The parser's beam: its width (1: greedy) and the margin (in the model's weight units; 0:
 * none) below the best candidate past which a candidate is dropped. A model holds the values it
 * was trained and chosen with; setting others measures the trade-off between accuracy and
 * speed (a width the model was not trained for parses worse). Not thread-safe: call before the
 * parser is shared. */
void tc_parser_set_beam(tc_parser *p, unsigned width, long margin);
unsigned tc_parser_beam(const tc_parser *p, long *margin);

enum {
    TC_PARSE_TAGS = 1, /* tags, features and lemmas only: every head is 0, rel dep */
};

/* Tags, lemmatises and parses sentence `sent` of t; the words live in arena a. flags:
 * TC_PARSE_*. A sentence of more than TC_PARSE_MAX_WORDS words is parsed in consecutive
 * pieces of that size (each with a root of its own attached to the first piece's root). Never
 * fails on any text: returns TC_OK. Thread-safe for distinct arenas. */
#define TC_PARSE_MAX_WORDS 400
/* The widest beam a model may ask for. */
#define TC_PARSE_MAX_BEAM 64
int tc_parse_sentence(const tc_parser *p, const tc_text *t, uint32_t sent, unsigned flags,
                      tc_arena *a, tc_tree *out);

/* The same, told which of the sentence's tokens a dictionary knows as part of a proper name
 * (name[i] non-zero for its token i, from the sentence's first; NULL for none): a capitalised
 * one the tagger reads as a common noun or a verb ("Trump signed", "Chad's army") is a name. */
int tc_parse_sentence_named(const tc_parser *p, const tc_text *t, uint32_t sent,
                            const uint8_t *name, unsigned flags, tc_arena *a, tc_tree *out);
/* name[i]: TC_NAME_WORD for a word of a name; TC_NAME_COMPOUND for the first word of a noun
 * written in two words ("tear gas"), which read as a verb is the noun before its head (NN);
 * TC_NAME_ADJ for a state's adjective in one word ("Argentine"), which read as a name or an
 * interjection before a comma or "and" is the adjective of a list ("Argentine, Chilean and
 * Peruvian diplomats"). */
enum { TC_NAME_WORD = 1, TC_NAME_COMPOUND = 2, TC_NAME_ADJ = 3 };

/* The same on words given one by one (gold tokenisation, as in CoNLL-U): words[i] is
 * len[i] bytes, need not be NUL-terminated. off of each result word is 0, tok its index. */
int tc_parse_words(const tc_parser *p, const char *const *words, const uint32_t *len, uint32_t n,
                   unsigned flags, tc_arena *a, tc_tree *out);

/* Names: UD's ("NOUN", "nsubj:pass"); the model's Penn tag ("NNS") and feature string
 * ("Number=Plur", "_" for none). Never NULL: "_" for an index out of range. */
const char *tc_upos_name(int upos);
const char *tc_rel_name(int rel);
/* Index of a UD name; -1 when unknown (a relation's unknown subtype: its base relation). */
int tc_upos_index(const char *name);
int tc_rel_index(const char *name);
const char *tc_parse_xpos_name(const tc_parser *p, int xpos);
const char *tc_parse_feats_str(const tc_parser *p, int feats);
const tc_feats *tc_parse_feats(const tc_parser *p, int feats);

/* What the model was trained on and how big it is, for tools ("UD English EWT v2.16, ..."). */
const char *tc_parser_about(const tc_parser *p);
size_t tc_parser_bytes(const tc_parser *p);

#endif
