/* place: the places an article names, and where its events happened.
 *
 * Four calls, for the coder:
 *
 *   tc_place_doc *d = tc_place_scan(gz, &text, arena);   one pass over the article's tokens
 *   tc_place_doc_country(d, "AZEGOV", 6);                 optional: the actors' countries
 *   tc_place_doc_actor(d, tok0, ntok);                    optional: the actor matcher's spans
 *   tc_place_doc_actors(d, actors, n);                    or both for all the actors at once
 *   tc_place_sentence(d, s, tree, arena, &places, &n);    per sentence: the places it names
 *   tc_place_event(d, places, n, tree, pred, &loc);       per event: its location
 *
 * Recognition. The scan looks up every capitalised token (or an Arabic article before one:
 * "al-Hol") and the longest run of tokens after it in the gazetteer: the longest name wins.
 * Each mention then gets one of the places of that name by a score: the place's prior (the
 * order of magnitude of its population, plus its fame: how many names GeoNames gives it in
 * other languages; countries, our curated places and capitals raised; an alternative name
 * lowered, more so when a country or town of that country has the name as its own: "Mexico"
 * is the country, not Mexico City; a subdivision named like its own town or country lowered
 * too), the article's evidence (a mention counts for a country, and a subdivision, when its
 * likeliest place beats every place elsewhere: "Kyiv" for Ukraine, "Dallas" for Texas; a
 * mention's own vote does not count for itself), the countries the caller adds, and a
 * qualifier right after it ("Paris, Texas", "Tripoli, Libya": folded into the mention).
 *
 * Whether a mention is a place at all is told per sentence. A name that is also an actor
 * metonym (a country, a national capital, or a span the caller's actor matcher took: "Baku
 * said", "Russia invaded") is a place only where it is used as one: after a locative
 * preposition ("in", "at", "near", "from", "to", "across", "into", ... with "the", "northern",
 * "occupied" and the like between; "of", "for", "with", "on" only after words that make them
 * locative: "north of", "left for", "the border with", "strikes on"), in a list after such a
 * place ("in Baku and Tbilisi"), with a qualifier, as a dateline, or, with a parse, as an
 * oblique or nominal modifier whose case marker is such a preposition. No name is a place
 * inside a longer proper name: after a capitalised word that is no preposition ("Jordan
 * Henderson"; even after one, "in Rolling Stone", unless the word is the adjective of the
 * place's country, "in Syrian Idlib", or a span the actor matcher took), before a capitalised
 * word that is no day or month ("Moscow Times"; "in Moscow Tuesday" is Moscow; neither holds
 * in a title-case headline), or before a noun that names an outlet, an institution or a
 * street ("Rolling Stone magazine", "Cambridge university", "Baker street"). Other names are
 * places unless a person's title comes before them ("President Jackson"), a verb of saying
 * after them ("Jackson said", unless a preposition came before: "officials in Gaza said"), a
 * hyphen glued to them ("Dubai-based", "Indo-Pacific"), a possessive after a town under 100,000
 * people ("Lai's release"); or they are towns and subdivisions with no preposition that are
 * too small: under 50,000 people (200,000 opening a sentence), or, when the article names
 * their country, under 5,000 (20,000). A town named by an alternative name needs a
 * preposition, and the article to name its country or fame (20 names). An all-capital word
 * ("UN", "NATO") only matches countries and our curated names, except a dateline's. The alias
 * table's "stop" names ("May", "Police", "Latin America", demonyms) are never places and keep
 * their words from being read as a shorter name.
 *
 * Event location: the place in the predicate's clause (its subtree, not crossing into a
 * clause of its own: ccomp, advcl, acl, parataxis, csubj, a verb's conj), the most precise
 * first, then the nearest; else the most precise place of the sentence; else the article's
 * dateline or, without one, its most named place; else none. A dateline is where the story
 * was filed: it is only ever the article's place. Each result says which (TC_LOC_CLAUSE,
 * _SENTENCE, _ARTICLE, _NONE).
 *
 * Memory: everything lives in the caller's arena (one per article) and in the gazetteer's map;
 * nothing is freed separately. No function fails on any text. Thread-safe for distinct docs
 * and arenas over one gazetteer. */
#ifndef TC_PLACE_H
#define TC_PLACE_H

#include "arena.h"
#include "gazetteer.h"
#include "parse.h"
#include "text.h"

#include <stddef.h>
#include <stdint.h>

typedef enum {
    TC_PLACE_POINT = 1,       /* a town, camp, crossing, ...: its coordinates */
    TC_PLACE_SUBDIVISION = 2, /* a province, state, region: its centre of population */
    TC_PLACE_COUNTRY = 3,     /* a country: its centre of population */
} tc_place_prec;

/* Why a mention was taken as a place. */
enum {
    TC_PLACE_BY_PREP = 1 << 0,     /* a locative preposition (or the parse) says so */
    TC_PLACE_BY_LIST = 1 << 1,     /* listed after such a place */
    TC_PLACE_BY_DATELINE = 1 << 2, /* the article's dateline */
    TC_PLACE_QUALIFIED = 1 << 3,   /* "Paris, Texas": a qualifier named its country or state */
    TC_PLACE_BY_CONTEXT = 1 << 4,  /* the article's countries chose among places of this name */
};

typedef struct {
    uint32_t tok0, ntok; /* tokens of the text (qualifier included) */
    uint32_t off, len;   /* bytes of the text */
    tc_gaz_place gp;     /* the place: name, cc, cc3, admin1, iso2, lat, lon, pop, kind */
    uint8_t prec;        /* tc_place_prec */
    uint8_t why;         /* TC_PLACE_BY_*, TC_PLACE_QUALIFIED */
    float score;         /* the chosen place's score minus the runner-up's (99 when alone) */
} tc_place;

typedef enum { TC_LOC_NONE = 0, TC_LOC_CLAUSE, TC_LOC_SENTENCE, TC_LOC_ARTICLE } tc_loc_source;

typedef struct {
    const tc_place *place; /* NULL when TC_LOC_NONE; else into the sentence's places or the doc */
    uint8_t source;        /* tc_loc_source */
} tc_place_loc;

typedef struct tc_place_doc tc_place_doc;

/* Scans the whole text t (tokens and sentences of tc_text_analyze) once: every mention, the
 * article's evidence (countries and subdivisions named, unambiguous places), each mention's
 * place, the dateline and the main place. g and t are borrowed and must outlive the doc;
 * everything is allocated in a. Never fails; NULL g gives a doc with no place. */
tc_place_doc *tc_place_scan(const tc_gazetteer *g, const tc_text *t, tc_arena *a);

/* Adds a country to the article's evidence: an ISO alpha-2 code (len 2), or an alpha-3 code or
 * a CAMEO actor code whose first three letters are one ("AZEGOV" -> AZ; "REB", "IGOUNO" are
 * none). Each country counts once, however often it is added. Later tc_place_sentence calls
 * and the main place weigh it. Returns 1 when the code named a country, 0 when not. */
int tc_place_doc_country(tc_place_doc *d, const char *code, size_t len);

/* Tells the doc that the caller's actor matcher took tokens [tok0, tok0 + ntok) of the text as
 * an actor ("Rubio", "Hamas", "Baku" in "Baku said"): a mention overlapping it is then a place
 * only where a preposition, a list, a qualifier or the dateline makes it one, as a country's
 * name is. Call it before tc_place_sentence for that sentence. Never fails. */
void tc_place_doc_actor(tc_place_doc *d, uint32_t tok0, uint32_t ntok);

/* An actor the caller found: its code and tokens (tc_place_doc_actors). */
typedef struct {
    const char *code; /* NUL-terminated, borrowed for the call */
    uint32_t tok0, ntok;
} tc_place_actor;

/* The same as tc_place_doc_country(d, a[i].code, strlen(a[i].code)) then
 * tc_place_doc_actor(d, a[i].tok0, a[i].ntok) for each i in order, with the places chosen
 * again once rather than at each new country. Never fails. */
void tc_place_doc_actors(tc_place_doc *d, const tc_place_actor *a, size_t n);

/* The places sentence sent of the text names, in text order, into *out (arena a; *n = 0 and a
 * non-NULL empty array when none). tree is the sentence's parse (tc_parse_sentence) or NULL:
 * with it, metonyms are told by their relation as well as by the preposition. Returns TC_OK,
 * TC_EUSAGE for a sentence index out of range. */
int tc_place_sentence(const tc_place_doc *d, uint32_t sent, const tc_tree *tree, tc_arena *a,
                      tc_place **out, size_t *n);

/* The location of an event of sentence sent whose predicate is word pred of tree (0-based, as
 * tree->w[pred]); places / n are tc_place_sentence's for that sentence. Without a tree (NULL),
 * pred is ignored and the sentence's places are used. Never fails: *loc says where the place
 * came from, TC_LOC_NONE when nowhere. */
void tc_place_event(const tc_place_doc *d, const tc_place *places, size_t n, const tc_tree *tree,
                    uint32_t pred, tc_place_loc *loc);

/* The article's dateline place, else its most named place; NULL when it names none. */
const tc_place *tc_place_doc_main(const tc_place_doc *d);

/* "point", "subdivision", "country"; "unknown" for anything else. */
const char *tc_place_prec_name(int prec);
const char *tc_loc_source_name(int source);

#endif
