/* actors: who is named in a text. The dictionary of countries (Debian's iso-codes plus
 * data/actors.txt: common names, adjectives and demonyms, capitals as government metonyms,
 * IGOs, NGOs, groups, agents, dated office-holders; then the files generated from facts,
 * data/actors-facts-*.txt, over which actors.txt wins) and the scan that finds and resolves
 * mentions in a sentence: country + agent ("Armenian officials", "Armenia's ambassador",
 * "authorities in Azerbaijan") -> ARMGOV, role + name ("US President Joe Biden") -> USAGOV,
 * and the article's date picks an office-holder's role. */
#ifndef TC_ACTORS_H
#define TC_ACTORS_H

#include "arena.h"
#include "err.h"
#include "gazetteer.h"
#include "text.h"

#include <stddef.h>
#include <stdint.h>

typedef enum {
    TC_KIND_COUNTRY, /* a state: code is its ISO alpha-3 */
    TC_KIND_ADJ,     /* adjective or demonym of a state ("Armenian"): code is the state's */
    TC_KIND_METONYM, /* a capital or seat standing for a government ("Baku", "the Kremlin") */
    TC_KIND_REGION,  /* a region acting in the news */
    TC_KIND_IGO,
    TC_KIND_NGO,
    TC_KIND_GROUP,  /* armed group, party, movement */
    TC_KIND_ETHNIC, /* ethnic or religious group */
    TC_KIND_PERSON,
    TC_KIND_AGENT,   /* an agent noun: code is the 3-letter CAMEO agent ("GOV", "MIL") */
    TC_KIND_DISCARD, /* looks like an actor but is not ("Turkish coffee") */
    TC_KIND_ACTOR,   /* a complete code from another format (PETRARCH, TABARI): agents next
                        to it add their codes the PETRARCH way (prefix~ CODE ~suffix) */
    TC_KIND_UNKNOWN, /* a name no dictionary knows (TC_MENTION_UNKNOWN; TC_SCAN_UNKNOWN only) */
    TC_KIND_COUNT
} tc_actor_kind;

typedef struct {
    uint32_t tok0, ntok; /* tokens of the text covered, adjuncts included */
    char code[32];       /* resolved CAMEO code, e.g. "ARMGOV"; agent alone: "---GOV" */
    const char *name;    /* the dictionary's canonical name ("Armenia"), never NULL */
    tc_actor_kind kind;  /* kind of the head entry */
    const char *rule;    /* how the code was made ("state + agent", "person's role on the
                            date" ...): a static string, for `dict lookup` */
    int32_t entry;       /* the entry that gave the code (tc_actors_entry), -1 for none */
    unsigned flags;      /* TC_MENTION_*; 0 for every mention of a plain tc_actors_scan */
    unsigned sex;        /* TC_SEX_*: what the text or the name says of a person's sex */
} tc_mention;

/* tc_mention.sex, for "he" and "she" (tc_actors_resolve): a person's or a name's mention that
 * an honorific or a title gives ("Mrs", "Sir", "Queen", "spokeswoman") or whose first name
 * data/names-given.txt lists; TC_SEX_EITHER a name no dictionary knows that the text makes a
 * person's ("Klein writes") and nothing more; TC_SEX_NONE for the rest. */
enum { TC_SEX_NONE, TC_SEX_FEMALE, TC_SEX_MALE, TC_SEX_EITHER };

/* tc_mention.flags: the mention holds a proper name no dictionary knows. Alone its code is ""
 * (GDELT's Actor Name without a code), its kind TC_KIND_UNKNOWN and its name the words of the
 * text; where the words before say what it is ("the Sudanese militia X", "opposition leader
 * X") it takes their code and kind. Only with TC_SCAN_UNKNOWN. */
#define TC_MENTION_UNKNOWN 1u
/* the coder's: an institution of no state given the state of the one who speaks to it */
#define TC_MENTION_HOMED 2u
/* tc_actors_resolve's: one of the two states a plural description stands for ("the two
   countries", "both leaders"), on its determiner words (the earlier state) or its noun */
#define TC_MENTION_PAIR 4u
/* tc_actors_resolve's: a plural pronoun ("they", "them", "their") standing for a list of
   actors named before ("Russia and China ... They vetoed"): the first member carries
   TC_MENTION_LIST, the others TC_MENTION_ALSO on the same words, after it; the coder reads
   them as a list (its words map to the first only) */
#define TC_MENTION_LIST 16u
#define TC_MENTION_ALSO 32u
/* tc_actors_scan_article's: an agent of no state given the article's own country ("the
   government" in a Somali story): placed by the story, not by its sentence */
#define TC_MENTION_STORY 8u

typedef struct tc_actors tc_actors;

/* Loads the default dictionaries from datadir: the country list of iso-codes (iso_json: path
 * to iso_3166-1.json, NULL for Debian's), data/actors.txt, then every actors-facts-*.txt of
 * datadir in name order (generated from facts: tools/actors_facts.py), and names-given.txt
 * when it is there (tc_actors_given_sex; its malformed lines go to diag too). Where a name has
 * both, an entry of actors.txt (or iso-codes) that holds for the date beats every generated one.
 * Malformed lines go to diag with file:line and are skipped. NULL with err filled when a file
 * cannot be read. The result is immutable and shareable by threads. */
tc_actors *tc_actors_load(const char *datadir, const char *iso_json, tc_diag_fn diag, void *dctx,
                          tc_err *err);
void tc_actors_free(tc_actors *d);

/* Building a dictionary by hand (loaders of other formats, tests): new, add entries, then
 * scan. tc_actors_new starts with no country names; tc_actors_add returns TC_OK or
 * TC_EPARSE (err says why: bad code length, FROM > TO, an impossible date, empty name).
 * Dates are yyyymmdd, 0 for an open end. The name follows our case rules
 * (docs/dictionaries.md): lower case matches any case. An agent's code is a role of 3 letters
 * ("GOV") or, PETRARCH-style, "~GOVMED" (appended to the actor's code) or "NGO~" (put in
 * front of it); the ~ forms take any length up to 15 letters. Adding after the first scan is
 * not allowed (not thread-safe). */
tc_actors *tc_actors_new(void);
int tc_actors_add(tc_actors *d, tc_actor_kind kind, const char *code, const char *name,
                  int32_t from, int32_t to, tc_err *err);
/* Where the entries added next come from, for tc_actors_each_name and tc_actors_explain
 * (file is copied; NULL or line 0 for none). Loaders call it per line. */
void tc_actors_set_source(tc_actors *d, const char *file, int line);
/* Loads one file of our format (docs/dictionaries.md) into d; malformed lines go to diag.
 * A generated file (generated != 0) ranks below what was loaded by hand (each line's
 * trailing comment is its fact source: tc_actors_load_sources), and its "# facts-date:
 * YYYY-MM-DD" line says
 * when its facts were true (tc_actors_facts_dates). */
int tc_actors_load_file(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx, tc_err *err);
int tc_actors_load_generated(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx,
                             tc_err *err);

/* Reads again the generated files of d for the fact source of each of their entries (the
 * trailing comment of its line: tc_actor_info.source), which loading skips to stay fast. For
 * the dictionary tools; not thread-safe (call it before sharing d). TC_OK, or an error when a
 * file cannot be read. */
int tc_actors_load_sources(tc_actors *d, tc_err *err);

/* Loads what common nouns tell (src/nouns.h: datadir/wordnet.classes and
 * datadir/wordnet-military.txt; tc_actors_load calls it) for the generic actors: a state, its
 * adjective or its capital with no agent, then a phrase of common nouns whose head is a weapon,
 * military vehicle or unit ("Israeli helicopters" = ISRMIL) or a person ("Sudanese villagers" =
 * SDNCVL; not a group: noun.group holds "public" and "economy" alike); and a capital between a
 * determiner and a noun of anything else names no government ("the Paris stock exchange", "the
 * Paris and Lisbon stock exchanges"). Missing files are no error (nothing is found). TC_OK, or
 * an error code with err filled when a file is there but bad. Not thread-safe (before scans). */
int tc_actors_load_nouns(tc_actors *d, const char *datadir, tc_err *err);

/* Lets the scan of names no dictionary knows (TC_SCAN_UNKNOWN) place them with the gazetteer
 * g (data/gazetteer.bin): "in Quetta" = PAK, "the Berlin-based X" = DEU. d borrows g, which
 * must outlive it; NULL (the default) for none: such names are then placed only by the
 * dictionaries' words. Not thread-safe (call it before scans); loading stays as fast. */
void tc_actors_use_gazetteer(tc_actors *d, const tc_gazetteer *g);

/* The generated files loaded and the date their facts were true (yyyymmdd, 0 when the file
 * does not say), in load order; strings belong to d. */
typedef struct {
    const char *file;
    int32_t date;
} tc_actors_facts;
size_t tc_actors_facts_dates(const tc_actors *d, const tc_actors_facts **out);

/* Facts older than this many days before today or before the newest article are stale. */
#define TC_ACTORS_STALE_DAYS 180

/* Days from the facts date of a generated file to day (yyyymmdd), negative when day comes
 * first: tc_actors_days(f.date, today) > TC_ACTORS_STALE_DAYS is stale. 0 if either is 0. */
int32_t tc_actors_days(int32_t from, int32_t to);
size_t tc_actors_count(const tc_actors *d);
/* 1 when code's first three letters are a state's (iso-codes' alpha-3 or a country line of
 * actors.txt: "SDNUAF" yes, "IGOUNO", "EUR", "---GOV" no), else 0. Thread-safe. */
int tc_actors_is_state(const tc_actors *d, const char *code);

/* Finds the actor mentions of sentence `sent` of t, resolved for date ("YYYY-MM-DD", or ""
 * for no date: undated entries only... and the latest role). Mentions are in token order and
 * do not overlap; the array is in the arena, its length returned, NULL-safe for zero. */
size_t tc_actors_scan(const tc_actors *d, const tc_text *t, uint32_t sent, const char *date,
                      tc_arena *a, tc_mention **out);

/* tc_actors_scan's flags: TC_SCAN_UNKNOWN also gives the proper names no dictionary knows
 * (TC_MENTION_UNKNOWN): runs of capitalised words that no match covers, with inner particles
 * ("Bank of America", "Abd al-Rahman"); not days, months or honorifics, and a sentence's first
 * word only when a capitalised word follows and it is no closed-class word ("The", "In", "But").
 * A plain tc_actors_scan never gives them: a caller asks. */
#define TC_SCAN_UNKNOWN 1u

/* tc_actors_scan with flags (TC_SCAN_*); the same contract. Unknown names' texts are copied
 * into the arena. */
size_t tc_actors_scan_ex(const tc_actors *d, const tc_text *t, uint32_t sent, const char *date,
                         unsigned flags, tc_arena *a, tc_mention **out);

/* One dictionary entry as the tools see it. Strings belong to the dictionary. */
typedef struct {
    tc_actor_kind kind;
    const char *code; /* as stored; an agent's prefix code ends in '~' ("NGO~") */
    const char *name; /* canonical name of its line */
    int32_t from, to; /* yyyymmdd, 0 when open */
    const char *file; /* where it was defined ("" when unknown: iso-codes, tc_actors_add) */
    int line;
    const char *source; /* a generated line's fact source (its comment), "" otherwise */
    int generated;      /* from a generated file: ranks below the hand-written ones */
} tc_actor_info;

/* The entry of a mention (tc_mention.entry >= 0) as the tools see it. */
tc_actor_info tc_actors_entry(const tc_actors *d, int32_t idx);

/* Calls fn once per distinct name (its tokens' norms joined by blanks, case rules aside)
 * with every entry that uses it, in the order they were added; for `dict check`. */
void tc_actors_each_name(const tc_actors *d,
                         void (*fn)(const char *name, const tc_actor_info *e, size_t n, void *ctx),
                         void *ctx);

/* What the matcher saw in a sentence, before mentions are formed: each dictionary match
 * (longest at its place), the entry picked for the date, whether only the person's state is
 * known (outside every dated role), and whether it is a discard or a modifier ("Russian-led")
 * that hides itself. In the arena; count returned. For `dict lookup`. */
typedef struct {
    uint32_t tok0, ntok;
    tc_actor_info e;
    int country_only, hidden;
} tc_actor_match;
size_t tc_actors_explain(const tc_actors *d, const tc_text *t, uint32_t sent, const char *date,
                         tc_arena *a, tc_actor_match **out);

/* "country", "adj", ... as in our file format ("actor" for TC_KIND_ACTOR). */
const char *tc_actors_kind_name(tc_actor_kind kind);

/* Light reference resolution across one article: what the last actors of each sort were.
 * Start zeroed for each article ({0}); it holds codes and borrowed names only. "he" and "she"
 * agree with a person's sex where it is known (tc_mention.sex), and a person no dictionary knows
 * named nearer than the last known one stands between them. */
typedef struct {
    tc_mention last[4]; /* last state actor (country, metonym, state + agent, a person's
                           state), organisation (IGO, NGO), group (armed group, party),
                           person */
    unsigned has;       /* bit i: last[i] is set */
    struct {
        tc_mention m;
        char head[24]; /* the mention's last word ("ministry" of "the Russian Foreign Ministry") */
    } recent[8];       /* the last state actors with an agent, newest at (nrecent - 1) % 8 */
    unsigned nrecent;
    tc_mention states[4]; /* the last state actors of any kind, newest at (nstates - 1) % 4 */
    unsigned nstates;
    tc_mention subject; /* the previous sentence's opening actor ("The UN highlighted ..."); */
    int has_subject;    /* "It urged ..." at the start of the next one is that actor */
    int subject_many;   /* it came after a count ("Thousands of Kenyans"): a "They", no "It" */
    tc_mention object;  /* the previous sentence's first people acted on after its opening
                           actor ("Soldiers arrested two journalists."); */
    int has_object;     /* "They accused them ..." opening the next one: those people */
    tc_mention lead;    /* the previous sentence's first person ("Pashinyan met Putin."); */
    int has_lead;       /* "He also criticized ..." opening the next one is that person */
    int lead_unknown;   /* the previous sentence opened with a name no dictionary knows, no
                           person before it: a "He" opening the next one is not resolved */
    struct {
        tc_mention m;
        char first[24], last[24]; /* the first and last words of its name, lower-case */
    } people[8];                  /* the last persons named, newest at (npeople - 1) % 8 */
    unsigned npeople;
    struct {
        tc_mention m;
        char first[24], last[24];
    } unplaced[8]; /* the last names no dictionary knows and nothing placed, apart: they would
                      push the persons placed out of people */
    unsigned nunplaced;
    tc_mention persons[8]; /* the last persons for "he" and "she": the dictionaries' and the
                              names no dictionary knows that are persons' (tc_mention.sex),
                              newest at (npersons - 1) % 8 */
    unsigned npersons;
    unsigned lead_sex;  /* the sex of the previous sentence's first person, known or not */
    tc_mention list[4]; /* the last list of two to four actors named ("Russia and China"),
                           for "they", "them", "their" after it */
    unsigned nlist;     /* its members (0: none) */
    uint32_t list_sent; /* 1 + the sentence that named it (or went on with it: "They ...") */
    int list_opens;     /* it opened that sentence (its subject) */
    uint32_t sides_at;  /* 1 + the first token of the last party, opposition or fighters named
                           (of a state or of none): "both sides", "the parties" after it are
                           theirs, not two states' (0: none) */
    tc_mention quoter;  /* the speaker of the last quotation, while its words go on: the
                           quoted "We" and "I" of a sentence with no speaker of its own */
    int has_quoter;
    int quote_open;    /* a quotation was left open at the end of the previous sentence */
    tc_mention opener; /* the previous sentence's opening actor, of a state or of none
                          ("Rights groups called ... '...,' they said") */
    int has_opener;
} tc_actors_refs;

/* The sex data/names-given.txt gives the first name word[0..len) (any case): TC_SEX_FEMALE,
 * TC_SEX_MALE, or TC_SEX_NONE when it lists it not (or d has no such file). Thread-safe. */
/* The state whose adjective or demonym the lower-case word norm (len bytes) is in the
 * dictionaries ("chinese": "CHN"), or NULL. */
const char *tc_actors_adj_state(const tc_actors *d, const char *norm, size_t len);
unsigned tc_actors_given_sex(const tc_actors *d, const char *word, size_t len);

/* Resolves the references of sentence sent to the actors named before them in the article
 * (this sentence's earlier ones included) and updates refs with the sentence's own actors:
 * call it on every sentence, in order, with the mentions tc_actors_scan gave. "its / their
 * government" (an agent with no country after its or their) takes the last state's code
 * (ARM + GOV); "the ministry" the last state actor whose mention ended in the same word ("the
 * Russian Foreign Ministry ... The ministry" = RUSGOV), or stays as it is; "the country" is
 * the last state; "the group" / "the movement" the last group; "the organisation" / "the
 * agency" the last organisation; "he" / "she" the last person of that sex (a
 * person no dictionary knows named nearer: no one); "It" / "They" opening a sentence
 * (not "It is", "It would" ...) the actor that opened the sentence before, when one did;
 * "They", "them", "their" a list of two to four actors of this sentence or the one before
 * (TC_MENTION_LIST / TC_MENTION_ALSO), and a plural "They" never a single state named by its
 * name; "The country" opening a sentence the state that opened the one before. Returns
 * the mentions with the resolved ones changed or added, in token order (in arena a; m itself when
 * nothing changes); a person's first or last name alone, capitalised and not beside another
 * capitalised word, is the person named so before ("Lai Ching-te ... Lai said" = TWNGOV; a name
 * no dictionary knows, from tc_actors_scan_ex, is remembered too when it has a code); a name
 * no dictionary knows and nothing in its sentence placed takes the code of the person or name
 * placed before whose name it is, or whose first or last word it is ("Haitian police chief
 * Frantz Exantus ... Exantus said" = HTICOP: document-level name coreference). Thread-safe
 * for distinct refs. */
size_t tc_actors_resolve(const tc_text *t, uint32_t sent, const tc_mention *m, size_t nm,
                         tc_actors_refs *refs, tc_arena *a, tc_mention **out);

/* Is the capitalised name of tokens [i, j) of t a thing's by its own words (a storm's, a sea's,
 * a summit's, a law's: "Cyclone Ana", "the Arafura Sea", "the Coastal Fisheries Law"), no actor
 * whatever its sentence says? The scan of unknown names (TC_SCAN_UNKNOWN) gives them no
 * mention; bench_actors_voa counts them apart. Thread-safe. */
int tc_actors_thing_name(const tc_actors *d, const tc_text *t, uint32_t i, uint32_t j);

/* The mentions of every sentence of t as the pipeline reads an article, into (*ms)[s] and
 * (*nms)[s] (arrays of t->nsents, all in arena a): each sentence scanned in order
 * (tc_actors_scan_ex with flags) and its references resolved to what came before
 * (tc_actors_resolve); then, with TC_SCAN_UNKNOWN, what the whole article says of a person's
 * name: a name no dictionary knows and nothing placed, or a capitalised word alone that no
 * mention covers, that is the full name, the last or the first word of a person the article
 * places anywhere (before or after: "Leavitt called ... White House press secretary Karoline
 * Leavitt") takes that person's code, unless two names of different states share the word
 * ("Jimmy Lai", "Lai Ching-te"). Call tc_actors_keep_placed on each sentence after it when
 * the unplaced names are to go. Thread-safe for distinct arenas. */
void tc_actors_scan_article(const tc_actors *d, const tc_text *t, const char *date, unsigned flags,
                            tc_arena *a, tc_mention ***ms, size_t **nms);

/* Keeps of m[0..n), in order and in place, the dictionaries' mentions and the names no
 * dictionary knows that their sentence or article placed with a role (a code that is not a
 * place of the gazetteer alone: "Haitian police chief X" = HTICOP, "X, a Swedish engineer",
 * "a Nevada man", "Minister X" = ---GOV); names with no code and bare places ("Kerman", "Novi
 * Sad") go. Call it after
 * tc_actors_resolve, which still needs them. Returns how many are kept. Thread-safe. */
size_t tc_actors_keep_placed(tc_mention *m, size_t n);

#endif
