/* tag: the tagger, lemmatiser and feature tables of the parse stage, and the layout of the
 * model they share with the parser. Internal to parse.c, tag.c and parse_train.c: users see
 * parse.h.
 *
 * A word's atoms (hashes of its lower-case form, affixes and shape, and its ambiguity class:
 * the Penn tags the treebank gave it) are computed once per sentence; the tagger's features
 * are hashes of those atoms and of the tags already given to its left. */
#ifndef TC_TAG_H
#define TC_TAG_H

#include "arena.h"
#include "parse.h"
#include "percep.h"

#include <stdint.h>

/* The features' version, stored in the model: a model trained with other features (or other
 * hashes, or weights laid out otherwise by percep.c) loads with an error instead of giving
 * nonsense. Bump it with any change to the features of tag.c or trans.c. */
#define TC_PARSE_FEATURES 5
#define TC_TAG_MAXCLASS   255
enum { TC_WN_NOUN = 1, TC_WN_VERB = 2, TC_WN_ADJ = 4, TC_WN_ADV = 8, TC_WN_KNOWN = 16 };
#define TC_TAG_NFEAT 40

typedef struct {
    uint64_t w, exact, suf[4], pre[3], shape;
    uint64_t amb;  /* Penn tags seen with the word: a bit each; 0 unknown */
    uint32_t sure; /* a frequent word of one tag class: that class + 1; else 0 */
    uint64_t wn;   /* of an unknown word: WordNet's parts of speech it may have (TC_WN_*) */
    uint64_t lem;  /* hash of the lower-case lemma, once tagged (the parser's) */
    uint32_t flags;
} tc_tagword;

/* The model: a read-only view into the loaded file (or into a buffer being trained). */
struct tc_parser {
    unsigned char *data; /* the file; every pointer below points into it */
    size_t len;
    int mapped;          /* data is the file mapped (else malloc'd) */
    const char *strings; /* NUL-separated strings; offsets below are into it */
    uint32_t nstrings;
    const char *about;
    /* tags: the tagger's classes are (UPOS, Penn tag) pairs */
    uint32_t nclass, nxpos;
    const uint8_t *cls_upos, *cls_xpos;
    const uint32_t *xpos_name;
    /* from the Penn tag names (tc_tag_prepare), a bit per tag of the first 64: */
    uint64_t closed;                       /* the closed classes */
    uint64_t cls_bit[TC_TAG_MAXCLASS + 1]; /* each class's Penn tag's bit (0 past the 64th) */
    uint64_t wn_xpos[5]; /* the tags of each WordNet part of speech (0: none, noun, verb, ...) */
    uint64_t xset[20];   /* the tag lists of tag.c's repairs */
    uint32_t cls_vbd, cls_vbz, cls_nns, cls_vb, cls_nnp, cls_nn, cls_to, cls_vbp,
        cls_vbg;       /* the classes VERB VBD, VERB VBZ, NOUN NNS, VERB VB, PROPN NNP,
                          NOUN NN, PART TO, VERB VBP, VERB VBG (nclass: none) */
    uint32_t xpos_vbn; /* VBN (nxpos: none) */
    tc_pmodel tagw;
    tc_fmap amb; /* lower-case form -> Penn tag mask */
    /* lemmas and features */
    tc_fmap lem_exact, lem_lower, lem_rule, lem_exc, feats_of;
    tc_fmap wn; /* WordNet lemma -> TC_WN_* mask */
    uint32_t nfeats;
    const uint32_t *feats_name;
    const uint16_t *feats_pass; /* the same with Voice=Pass, or itself */
    const uint16_t *feats_xpos; /* the most frequent set of each Penn tag */
    tc_feats *feats;            /* decoded (allocated at load) */
    uint16_t *feats_active;     /* the same without Voice=Pass, or itself (allocated at load) */
    /* parser */
    tc_pmodel trans, label;
    uint32_t beam;       /* the beam's width the parser was trained for (1: greedy) */
    int64_t beam_margin; /* candidates further than this below the best are dropped */
    uint64_t serial;     /* this model's number, never given twice in a process (tag.c's cache) */
};

/* Atoms of one word; form is len bytes. */
void tc_tag_atoms(const tc_parser *p, const char *form, uint32_t len, tc_tagword *tw);
/* Features of word i given the Penn tags of the words before it; returns how many. */
int tc_tag_features(const tc_tagword *tw, uint32_t n, uint32_t i, const uint8_t *xpos, uint64_t *f);
/* The same features in another order (those that read word i alone first), as tc_tag_words
 * scores them; returns how many. */
int tc_tag_split_features(const tc_tagword *tw, uint32_t n, uint32_t i, const uint8_t *xpos,
                          uint64_t *f);
/* Sets p's tables of Penn tags (closed, wn_xpos, xset, cls_vbd ...) from its tag names and
 * classes, once loaded: decoding then compares no names. */
void tc_tag_prepare(tc_parser *p);
/* Tags words[0..n) with the model's tag weights: class, UPOS and Penn tag of each. A closed-class
 * Penn tag (preposition, conjunction, determiner, pronoun, modal, particle ...: p->closed) goes
 * only to a word the treebank gave it, and an unknown word WordNet knows gets a noun, verb,
 * adjective or adverb tag only of a part of speech WordNet gives it. */
void tc_tag_words(const tc_parser *p, const tc_tagword *tw, uint32_t n, uint8_t *cls, uint8_t *upos,
                  uint8_t *xpos);
/* The repair of a sentence tagged with no finite verb (tag.c says when); words[i] is len[i]
 * bytes. */
void tc_tag_finite(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                   const uint32_t *len, uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos);
/* A capitalised word opening a sentence, tagged as a verb, before an -ed past tense or
 * participle, is the noun WordNet knows it as ("Police arrested"). */
void tc_tag_opening_noun(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                         const uint32_t *len, uint32_t n, uint8_t *cls, uint8_t *upos,
                         uint8_t *xpos);
/* In a sentence with no finite verb, a plural noun right after the proper name that opens it,
 * a verb to WordNet too, before an object's first word, becomes its third person (VBZ):
 * headlines ("Saudi Arabia lifts blockade"). */
void tc_tag_present(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                    const uint32_t *len, uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos);
/* An adjective right after a modal (adverbs between), a verb to WordNet, before an object's
 * first word, is that verb's base form ("will free 1,500 prisoners", "could open the border"). */
/* A third person -s word after a phrasal verb's particle ("carried out air strikes[VBZ]") is
 * its object, a plural noun. */
void tc_tag_particle_object(const tc_parser *p, const char *const *words, const uint32_t *len,
                            uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos);
/* A base-form verb after "and"/"or" between two nouns ("a missile and drone[VB] attack") is a
 * noun. */
void tc_tag_noun_pair(const tc_parser *p, const char *const *words, const uint32_t *len, uint32_t n,
                      uint8_t *cls, uint8_t *upos, uint8_t *xpos);
/* An -ing word read as a noun right after a form of "be" whose subject is a name or a
 * pronoun, before an object, a "that" or a preposition, is the progressive's participle when
 * WordNet has it as a verb ("Serbia is warning[NN] Kosovo that ..."). */
void tc_tag_progressive(const tc_parser *p, const char *const *words, const uint32_t *len,
                        uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos);
void tc_tag_modal(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                  const uint32_t *len, uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos);
/* So is one right after "to" and a verb that takes an infinitive ("has decided to ease[NN]
 * restrictions on X", "plans to ease[NN] curbs"): the "to" is the infinitive's. */
void tc_tag_infinitive(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                       const uint32_t *len, uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos);
/* So is the last word of the noun phrase of a "that" clause after a verb or a noun of asking,
 * when a particle, an adverb or a preposition follows ("demanded that the president step[NN]
 * down"): the clause's bare verb (the mandative subjunctive). */
void tc_tag_mandative(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                      const uint32_t *len, uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos);
/* A subordinating word, a noun phrase and an -ed word that may be a past tense: the past tense
 * of a clause ("called for calm after police arrested[VBN] the mayor"), not a participle (unless
 * "by" follows: "after the man arrested by police"). */
void tc_tag_clause_past(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                        const uint32_t *len, uint32_t n, uint8_t *cls, uint8_t *upos,
                        uint8_t *xpos);
/* A capitalised word inside a sentence of lower-case prose, read as a verb, is a name ("is
 * looking to Trump[VB] to veto", "Hope[VBP] Hicks said"); not at the start, not after a quote or
 * colon, not in a headline written in title case. */
void tc_tag_capital(const tc_parser *p, const char *const *words, const uint32_t *len, uint32_t n,
                    uint8_t *cls, uint8_t *upos, uint8_t *xpos);
/* A capitalised word a dictionary knows as part of a proper name (name[i] non-zero), read
 * as a common noun or a verb, is a name ("Trump[NN] signed orders", "Chad[VB]'s army"). */
void tc_tag_names(const tc_parser *p, const char *const *words, const uint32_t *len, uint32_t n,
                  const uint8_t *name, uint8_t *cls, uint8_t *upos, uint8_t *xpos);
/* The repair of a plural noun after a possessive read as a verb ("last year's Columbia
 * University protests"): a VBZ that WordNet knows as a noun, right after "'s" and up to three
 * nouns or adjectives, is NNS. */
void tc_tag_possessed(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                      const uint32_t *len, uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos);
/* Lemma and feature set of a tagged word. The lemma lives in the model or in a. */
const char *tc_tag_lemma(const tc_parser *p, const char *form, uint32_t len, int xpos, int upos,
                         tc_arena *a);
int tc_tag_feats(const tc_parser *p, const char *form, uint32_t len, int xpos);
/* The parser's atom of a lemma. */
uint64_t tc_tag_lemma_key(const char *lemma);
/* The three at once: lemma, its atom and the feature set, as tc_tag_lemma, tc_tag_lemma_key
 * and tc_tag_feats give them (a thread keeps those of the words it saw last). */
void tc_tag_lemma_feats(const tc_parser *p, const char *form, uint32_t len, int xpos, int upos,
                        tc_arena *a, const char **lemma, uint64_t *key, int *feats);

/* A model over data (consumed: freed with the model), for training's dev scores. */
tc_parser *tc_parser_from_buffer(unsigned char *data, size_t len, tc_err *err);

/* Hashes shared by training and decoding. */
uint64_t tc_tag_key(const char *s, size_t len, uint64_t seed);
/* Lower-cases form (ASCII and the common Latin-1 letters) into buf (at least len + 1). */
size_t tc_tag_lower(const char *form, uint32_t len, char *buf);

#endif
