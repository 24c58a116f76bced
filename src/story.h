/* story: articles about one happening, across outlets, grouped into stories as they come.
 *
 * An article is a short weighted vector: its distinctive words (ASCII lower-cased, a
 * capitalised word counted twice: names say most about a story; English
 * stop words left out, Snowball-stemmed) and pseudo-terms for the actors ("@AZE", the
 * country or group of each coded source and target) and event roots ("#19") of its events,
 * weighted by TF-IDF (document frequencies counted as articles come, idf = ln((N+1)/(df+1))
 * + 1), its TC_STORY_TERMS heaviest terms kept and scaled to unit length. A story is the sum
 * of its articles' vectors (its TC_STORY_CENTROID heaviest terms). An article joins the story
 * of highest cosine similarity, at least the threshold (TC_STORY_THRESHOLD, 0.12, settable),
 * among the stories whose span of days, widened by the window (TC_STORY_WINDOW, 3 days,
 * settable), holds the article's day; else it begins a story. A copy (dedup.h) joins its
 * original's story. Candidates come from an inverted index of the stories' terms, so an
 * article is compared only with the stories that share a term with it; stories that left the
 * window of the newest day are dropped from memory (their rows stay in the store). Nothing is
 * ever recomputed: a new batch joins the existing stories.
 *
 * tc_cluster is that in memory (the benchmark uses it alone); tc_stories keeps it in the
 * store (tables stories, story_articles, story_copies, story_terms, story_claims of schema
 * version 4), loading from the store the stories and originals of the days it needs. */
#ifndef TC_STORY_H
#define TC_STORY_H

#include "actors.h"
#include "dedup.h"
#include "err.h"
#include "extract.h"
#include "store.h"

#include <stddef.h>
#include <stdint.h>

#define TC_STORY_TERMS     60
#define TC_STORY_CENTROID  160
#define TC_STORY_THRESHOLD 0.12
#define TC_STORY_WINDOW    3

typedef struct {
    double threshold;     /* cosine to join a story, in (0, 1]; 0: TC_STORY_THRESHOLD */
    int window;           /* days; 0: TC_STORY_WINDOW */
    double dup_threshold; /* dedup.h; 0: TC_DEDUP_THRESHOLD */
    int dup_window;       /* days; 0: TC_DEDUP_WINDOW */
} tc_story_opts;

/* ---- in memory ---- */

typedef struct tc_cluster tc_cluster;

/* An empty clusterer; new_id gives the id of each new story (called with ctx and the
 * article's title and day; NULL: 1, 2, 3, ...). One thread at a time. */
tc_cluster *tc_cluster_new(const tc_story_opts *o,
                           int64_t (*new_id)(void *ctx, const char *title, int32_t day), void *ctx);
void tc_cluster_free(tc_cluster *c);

typedef struct {
    const char *text;
    size_t len;
    int32_t day;              /* tc_dedup_day of its date */
    const char *title;        /* "" when none */
    const char *const *extra; /* pseudo-terms ("@AZE", "#19"), borrowed for the call */
    size_t nextra;
} tc_cluster_doc;

/* Places doc in a story and returns the story's id: join's (the story of the article doc
 * copies, when join > 0), else the most similar open story, else a new one (*created = 1).
 * *sim gets the cosine (1 for a new story or a copy). Never fails. */
int64_t tc_cluster_add(tc_cluster *c, const tc_cluster_doc *doc, int64_t join, double *sim,
                       int *created);

/* Stories in memory, and bytes held (vocabulary, stories, index). */
size_t tc_cluster_count(const tc_cluster *c);
size_t tc_cluster_bytes(const tc_cluster *c);

/* The side an actor code stands for, into out: a country's state ("AZE", and "AZEGOV",
 * "AZEMIL", "AZECOP", "AZESPY", "AZEJUD", "AZELEG" -> "AZE"), a country's other sector
 * ("AZEENV", "ARMREB", "ARMCHR": the country and its first role), else the code itself
 * ("IGOUNO", "---ENV"). Contested attribution and denials compare sides. */
void tc_story_side(const char *code, char out[8]);
/* The country of a country's code ("AZEENV" -> "AZE"), else the code itself ("IGOUNO"):
 * the actors' pseudo-terms, and targets compared at country level. */
void tc_story_country(const char *code, char out[8]);

/* ---- in the store ---- */

typedef struct tc_stories tc_stories;

/* Stories kept in s (borrowed; it must outlive the result): reads the document frequencies.
 * NULL with err filled (TC_EDB) when the store cannot be read. One thread. */
tc_stories *tc_stories_open(tc_store *s, const tc_story_opts *o, tc_err *err);
void tc_stories_close(tc_stories *s);

/* A new article just stored (inside the store's batch): its signature, its story (a copy
 * joins its original's), and the claims and denials among its sentences (cue words, and the
 * first actor named in the sentence as the speaker when actors is not NULL). ev: the events
 * as stored (flagged ones are not used). 0, or TC_EDB with err filled. */
int tc_stories_add(tc_stories *s, const tc_article *art, const tc_text *t, const tc_event *ev,
                   size_t nev, const tc_actors *actors, tc_err *err);

/* An article whose text is already stored (the same hash) came again: when it comes from
 * another outlet or url it is a copy, recorded once (story_copies) as a mention of the
 * stored one; a re-read of the same record adds nothing. 0, or TC_EDB. Inside the batch. */
int tc_stories_copy(tc_stories *s, const tc_article *art, tc_err *err);

/* Writes the stories changed since the last flush and the document frequencies; call inside
 * the batch, before commit. 0, or TC_EDB. */
int tc_stories_flush(tc_stories *s, tc_err *err);

#endif
