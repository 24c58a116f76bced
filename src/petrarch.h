/* petrarch: readers of the PETRARCH (and TABARI) dictionary formats, so that users keep the
 * actor, agent and discard files they already have. Each reader adds entries to a tc_actors
 * through the builder API (tc_actors_new / tc_actors_add); nothing of the formats survives
 * loading. What the formats mean is described at each function; where tocsin reads them
 * differently from PETRARCH it says so. */
#ifndef TC_PETRARCH_H
#define TC_PETRARCH_H

#include "actors.h"
#include "err.h"

/* Actor file (Phoenix.*.actors.txt, PETR.Validate.actors.txt; TABARI's .actors is the same
 * layout): a primary phrase with an optional [CODE], `+` synonym lines, and date
 * restrictions on indented lines: [CODE], [CODE <DATE], [CODE >DATE], [CODE DATE-DATE],
 * DATE being YYMMDD (YY <= 30 is 20YY) or YYYYMMDD, ends included, the first matching
 * restriction winning and the plain [CODE] as the default. `_` and blanks both join words
 * (tocsin does not allow words between them); a final `_` is dropped. Comments: lines
 * starting with # or <!, `<!-- ... -->` (also over several lines), and ` #` or `;` to the
 * end of a line. Every name becomes a TC_KIND_ACTOR entry (agents next to it add their
 * codes, PETRARCH style); a code of dashes ([---]) makes the phrase a discard (recognised,
 * never coded). Names match in any case, except a one-word name of up to three letters
 * ("US", "UN"), which matches only in capitals. Malformed lines go to diag as FILE:LINE and
 * are skipped. Returns TC_OK, or an error when the file cannot be read. */
int tc_petrarch_load_actors(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx,
                            tc_err *err);

/* TABARI actor file: the same layout, but a phrase whose last word has no final `_` is a
 * stem that matches any word it begins ("ARGENTIN" matches Argentina and Argentine;
 * "AFGHANISTAN_" only itself). `;` starts a comment. */
int tc_tabari_load_actors(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx, tc_err *err);

/* Agent file (Phoenix.agents.txt): `PHRASE {PLURALS} [~CODE]` or `[CODE~]` (the code goes
 * after or before the actor's), with regular plurals made as PETRARCH makes them (Y -> IES,
 * S -> SES, else +S) unless {...} gives them ({} for none), and substitution sets
 * `!PERSON! = MAN, MEN, ...` used as CONGRESS!PERSON! (no plurals for those). */
int tc_petrarch_load_agents(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx,
                            tc_err *err);

/* Discard file: one phrase a line, `+` in front for a story-level discard. PETRARCH drops a
 * sentence (or story) that contains one; tocsin reads each as a discard entry, which hides
 * the actors it overlaps, and leaves sentence and story dropping to the coder. */
int tc_petrarch_load_discards(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx,
                              tc_err *err);

/* One file by its name: "*agents*" is an agent file, "*discards*" a discard file, any other
 * an actor file. */
int tc_petrarch_load(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx, tc_err *err);

#endif
