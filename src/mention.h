/* mention: a story's events with their mentions (GDELT 2.0's model), contested attribution
 * and denials, read from the stored events of the story's articles.
 *
 * One event per (story, source, target, kind of happening, place, day): every stored event
 * of the story with that key is a mention of it, and so is each exact copy (story_copies) of
 * a mentioning article. The kind is tc_mention_kind's: a kind of the table for codes that
 * tell one physical happening ("block": 144 and 191), else the CAMEO root. Codes of one role
 * and kind that only refine each other are one actor within a story ("AZE" and "AZEGOV" are
 * one source when no other "AZE..." code acts under that kind). Places agree when one is
 * unknown, one holds the other (a country its places, a subdivision the places of its name),
 * they are the same, or they lie within 50 km in one country (100 km of a subdivision's
 * centre): a mention joins the event of its key whose place agrees (places found in its own
 * clause), and the event's place is its first mention's that has one, one of its own clause
 * first.
 * day is the event's own date (events.event_date at its precision) when it is not the
 * article's date, else empty: a report of the same happening on a later day with no date of
 * its own is a mention of the same event, whose date is its first mention's; "fought in
 * 2020" is another event.
 * Counts: mentions (sentences, copies included), articles (stored articles and exact copies)
 * and independent outlets: outlets of the originals only (a near or exact copy counts for
 * the outlet it copies, never for its own).
 *
 * Contested: two events of a story of one kind of the table (a physical happening with one
 * doer), days and places that agree, targets of one country (story.h tc_story_country) or,
 * when a target is unknown, both places known, whose sources are of different sides (story.h
 * tc_story_side: "AZE" for its government, "AZEENV" for its environmentalists) are both
 * marked, and each lists the sides with the independent outlets behind each. Denials: claims found
 * in the story's sentences (story.h) and coded denials (CAMEO 016 and 12x), each linked to the
 * conflict event (quad class 3 or 4) of the story it most likely denies: one whose verb's stem
 * it names, or a stem of five letters or more that begins the other ("block", "blockade"; two
 * points), whose source is the speaker's side (one point); at least one point,
 * ties to the event with more mentions. */
#ifndef TC_MENTION_H
#define TC_MENTION_H

#include "err.h"
#include "store.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct {
    int64_t article_id, sentence_id;
    int sentence_idx; /* 0-based within the article */
    const char *input, *url, *outlet, *date, *sentence;
    const char *src_code, *tgt_code, *code; /* as coded (before unification) */
    int64_t src_off, tgt_off, verb_off, doc_len;
    unsigned flags;
    int copy;        /* 1: an exact copy's mention (url, outlet, date are the copy's) */
    int64_t copy_of; /* the original article of a near copy, else 0 */
} tc_mention_row;

typedef struct {
    const char *outlet, *speaker, *cue, *kind, *sentence, *url, *date;
    int64_t article_id;
} tc_denial;

typedef struct {
    int64_t story_id;
    uint64_t gid; /* a stable 63-bit id of the key (GlobalEventID) */
    char id[17];  /* gid in hex */
    const char *src_code, *src_name, *tgt_code, *tgt_name;
    const char *code, *root, *date;
    const char *kind;  /* tc_mention_kind's: "block", "attack", ..., else the root ("04") */
    const char *place; /* "Nagorno-Karabakh, AZE": name and ISO alpha-3; "" when unknown */
    const char *day;   /* the key's day: the event's own date when the coder found one that is
                          not the article's ("2020", "2023-07-26"), else "" */
    double goldstein;
    int quad;
    int64_t mentions, articles, outlets; /* outlets: independent ones */
    const tc_mention_row *m;             /* every mention, first first */
    size_t nm;
    int contested;
    const char *sides; /* "AZE: blog, newsoutlet; ---ENV: newsoutlet", "" */
    const tc_denial *denials;
    size_t ndenials;
} tc_story_event;

typedef struct {
    int64_t id;
    const char *title, *first, *last;               /* dates YYYY-MM-DD ("" when undated) */
    int64_t articles, copies, outlets, independent; /* copies: near and exact */
    const char *outlet_list;  /* "Meridian Wire, Harbor City Chronicle (copy), ..." */
    const tc_story_event *ev; /* most mentioned first */
    size_t nev;
    const tc_denial *unlinked; /* claims linked to no event */
    size_t nunlinked;
} tc_story_view;

/* The kind of happening CAMEO code names, into out: the table's ("block" for 144x and 191,
 * "attack" for 190, 183x, 193-196, 204, "occupy", "riot", "detain", "harm", "destroy",
 * "expel"; docs/stories.md lists them), else the code's root ("04"). 1 for a kind of the
 * table (a physical happening with one doer: contested attribution applies), else 0. */
int tc_mention_kind(const char *code, char out[8]);

/* Calls fn for story id (0: every story, by first day then id) with its events, mentions,
 * contested marks and denials; everything is borrowed for the call. Stops when fn returns
 * non-zero and returns that. 0 when every story was seen, 1 when id (> 0) is no story,
 * TC_EDB with err filled when SQLite fails. Only reads; one thread per store. */
int tc_mention_stories(tc_store *s, int64_t id, int (*fn)(const tc_story_view *v, void *ctx),
                       void *ctx, tc_err *err);

/* A story for people: its dates, counts and outlets, then each event with its counts, the
 * sides of a contested one and its denials; with detail, every mention and the claims
 * linked to no event too. */
void tc_mention_print(FILE *out, const tc_story_view *v, int detail);
/* A story as one JSON line: every field of the view, events with their mention lists. 0, or
 * TC_EIO. */
int tc_mention_print_json(FILE *out, const tc_story_view *v);

#endif
