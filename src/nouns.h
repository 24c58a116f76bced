/* nouns: what a common noun says about the actor it follows, for the actor scan's generic
 * actors ("Israeli helicopters" = ISRMIL, "Sudanese villagers" = SDNCVL) and for the capital
 * inside a name ("the Paris stock exchange": no government).
 *
 * It reads two files of the data folder: data/wordnet.classes (src/wordnet.h: the
 * lexicographer class of each noun's first sense: noun.person, noun.group, ...) and
 * data/wordnet-military.txt (tools/wordnet_military.py: the nouns whose first sense lies under
 * WordNet's weapon, military vehicle, military unit or aircraft, which the classes alone do not
 * tell from a teapot), with a short list of its own for the nouns of armed force WordNet files
 * with acts or places (strike, raid, shelling, positions, base, checkpoint ...: nouns.c,
 * force_nouns), read as the military's. A noun phrase is read as English compounds are: singular
 * modifiers, then the head ("tank crews", "helicopter pilots"); the head decides. Nothing here is
 * thread-unsafe after loading. */
#ifndef TC_NOUNS_H
#define TC_NOUNS_H

#include "err.h"
#include "text.h"

#include <stdint.h>

typedef struct tc_nouns tc_nouns;

/* What the head of a phrase of common nouns is. */
typedef enum {
    TC_NOUN_NONE,     /* no common noun there */
    TC_NOUN_MILITARY, /* a weapon, military vehicle or unit, an aircraft: sector MIL */
    TC_NOUN_PERSON,   /* noun.person ("villagers", "hostages"): sector CVL */
    TC_NOUN_GROUP,    /* noun.group ("public", "economy", "business"): no sector */
    TC_NOUN_OTHER,    /* any other noun ("exchange", "talks", "oil"): a thing, no actor */
    TC_NOUN_PLACE     /* noun.location ("towns", "airspace", "state"): a place, no agent; after
                         a nationality, the state itself ("Israeli towns" = ISR) */
} tc_noun_sort;

/* Loads datadir/wordnet.classes and datadir/wordnet-military.txt. A missing file is no error:
 * what it would tell is then unknown (TC_NOUN_NONE). NULL with err filled when a file is
 * there but unreadable or malformed. Immutable after loading; free with tc_nouns_free. */
tc_nouns *tc_nouns_load(const char *datadir, tc_err *err);
void tc_nouns_free(tc_nouns *n);

/* What the word before the nouns may be, for telling a noun from a verb. */
enum {
    TC_NOUNS_MODIFIER = 0, /* an adjective ("Israeli"): the words are nouns */
    TC_NOUNS_SUBJECT = 1,  /* a subject, maybe plural ("Israel", "Armenia and Azerbaijan"): a
                              first word that may be any form of a verb is the verb ("Israel
                              bombs", "Ukraine accused", "Azerbaijan have") */
    TC_NOUNS_SINGULAR = 2, /* a singular subject ("the Kremlin"): only an inflected form is the
                              verb ("the Kremlin claims", not "the Paris stock exchange") */
    TC_NOUNS_CAPITAL = 4   /* or'ed with one of those: the first word may be capitalised, as a
                              sentence's first word is ("Taxi drivers protested") */
};

/* Reads the phrase of lower-case common nouns starting at token i, not past end (at most three
 * words, compounds of two such as "aircraft carrier" as one): *ntok gets its tokens, *why the
 * file that decided ("data/wordnet-military.txt", "data/wordnet.classes"; static strings), and
 * the sort of its head is returned. A word that WordNet also knows as a verb ends the phrase
 * before it when a noun came first ("a Chinese company says": "company"); `before` (TC_NOUNS_*)
 * says what the first word follows. NULL n reads nothing. Thread-safe. */
tc_noun_sort tc_nouns_head(const tc_nouns *n, const tc_text *t, uint32_t i, uint32_t end,
                           int before, uint32_t *ntok, const char **why);

/* Is token w a plural form of a noun WordNet knows, by English's regular endings or "-men",
 * "children" ("drivers", "fishermen", "youths"; not "police", "man", "people")? 0 for NULL n.
 * Thread-safe. */
int tc_nouns_plural(const tc_nouns *n, const tc_token *w);

/* The end of a model designator at token i ("B-2", "F-35", "S-400", "MQ-9": up to three
 * capitals, a hyphen and a number glued together), or i itself. tc_nouns_head reads one before
 * its nouns (and counts it in *ntok). Thread-safe. */
uint32_t tc_nouns_designator_end(const tc_text *t, uint32_t i, uint32_t end);

/* Is token w, lower-cased, a word WordNet has as a noun or a verb, in any regular form
 * ("European", "Western", "Deputy", "Brown")? For telling a lone capitalised word from a name;
 * 0 for NULL n. Thread-safe. */
int tc_nouns_common(const tc_nouns *n, const tc_token *w);

#endif
