/* actors: who is named in a text. The dictionary of countries (Debian's iso-codes plus
 * data/actors.txt: common names, adjectives and demonyms, capitals as government metonyms,
 * IGOs, NGOs, groups, agents, dated office-holders) and the scan that finds and resolves
 * mentions in a sentence: country + agent ("Armenian officials", "Armenia's ambassador",
 * "authorities in Azerbaijan") -> ARMGOV, role + name ("US President Joe Biden") -> USAGOV,
 * and the article's date picks an office-holder's role. */
#ifndef TC_ACTORS_H
#define TC_ACTORS_H

#include "arena.h"
#include "err.h"
#include "text.h"

#include <stddef.h>
#include <stdint.h>

typedef enum {
    TC_KIND_COUNTRY,  /* a state: code is its ISO alpha-3 */
    TC_KIND_ADJ,      /* adjective or demonym of a state ("Armenian"): code is the state's */
    TC_KIND_METONYM,  /* a capital or seat standing for a government ("Baku", "the Kremlin") */
    TC_KIND_REGION,   /* a region acting in the news */
    TC_KIND_IGO,
    TC_KIND_NGO,
    TC_KIND_GROUP,    /* armed group, party, movement */
    TC_KIND_ETHNIC,   /* ethnic or religious group */
    TC_KIND_PERSON,
    TC_KIND_AGENT,    /* an agent noun: code is the 3-letter CAMEO agent ("GOV", "MIL") */
    TC_KIND_DISCARD,  /* looks like an actor but is not ("Turkish coffee") */
    TC_KIND_COUNT
} tc_actor_kind;

typedef struct {
    uint32_t tok0, ntok; /* tokens of the text covered, adjuncts included */
    char code[32];       /* resolved CAMEO code, e.g. "ARMGOV"; agent alone: "---GOV" */
    const char *name;    /* the dictionary's canonical name ("Armenia"), never NULL */
    tc_actor_kind kind;  /* kind of the head entry */
} tc_mention;

typedef struct tc_actors tc_actors;

/* Loads the default dictionaries from datadir (data/actors.txt) and the country list of
 * iso-codes (iso_json: path to iso_3166-1.json, NULL for Debian's). Malformed lines go to
 * diag with file:line and are skipped. NULL with err filled when a file cannot be read. The
 * result is immutable and shareable by threads. */
tc_actors *tc_actors_load(const char *datadir, const char *iso_json, tc_diag_fn diag,
                          void *dctx, tc_err *err);
void tc_actors_free(tc_actors *d);

/* Building a dictionary by hand (loaders of other formats, tests): new, add entries, then
 * scan. tc_actors_new starts with no country names; tc_actors_add returns TC_OK or
 * TC_EPARSE (err says why: bad code length, FROM > TO, empty name). Dates are yyyymmdd, 0
 * for an open end. Adding after the first scan is not allowed (not thread-safe). */
tc_actors *tc_actors_new(void);
int tc_actors_add(tc_actors *d, tc_actor_kind kind, const char *code, const char *name,
                  int32_t from, int32_t to, tc_err *err);
/* Loads one file of our format (docs/dictionaries.md) into d; malformed lines go to diag. */
int tc_actors_load_file(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx,
                        tc_err *err);
size_t tc_actors_count(const tc_actors *d);

/* Finds the actor mentions of sentence `sent` of t, resolved for date ("YYYY-MM-DD", or ""
 * for no date: undated entries only... and the latest role). Mentions are in token order and
 * do not overlap; the array is in the arena, its length returned, NULL-safe for zero. */
size_t tc_actors_scan(const tc_actors *d, const tc_text *t, uint32_t sent, const char *date,
                      tc_arena *a, tc_mention **out);

#endif
