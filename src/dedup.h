/* dedup: exact and near-duplicate articles (syndicated copies, reposts with other
 * boilerplate or small edits).
 *
 * A text's words are its runs of letters and digits (bytes of UTF-8 sequences count as
 * letters), ASCII lower-cased. Two hashes describe it: `exact`, of the words in order (two
 * texts that differ only in case, punctuation or spacing are exact copies), and a MinHash
 * signature of its word 4-shingles (a text of fewer than four words is one shingle):
 * TC_DEDUP_K minima of multiply-shift hashes, each kept as one byte (b-bit MinHash), so
 * that the share of equal bytes estimates the Jaccard similarity of the shingle sets. A
 * tc_dedup index finds candidates by LSH banding (TC_DEDUP_BANDS bands of TC_DEDUP_ROWS
 * bytes: two texts at Jaccard 0.5 meet in some band with probability 0.87, at 0.6 0.985,
 * at 0.3 0.23) and keeps the best candidate whose estimate reaches the threshold
 * (TC_DEDUP_THRESHOLD, 0.6, by default). Only originals are indexed: a copy points at the
 * article it copies, never at another copy. The index holds the articles of a sliding
 * window of days (TC_DEDUP_WINDOW): copies come within days of their original, and memory
 * and the cost of a lookup stay flat however many articles came before. */
#ifndef TC_DEDUP_H
#define TC_DEDUP_H

#include <stddef.h>
#include <stdint.h>

#define TC_DEDUP_K         128
#define TC_DEDUP_ROWS      4
#define TC_DEDUP_BANDS     (TC_DEDUP_K / TC_DEDUP_ROWS)
#define TC_DEDUP_THRESHOLD 0.6
#define TC_DEDUP_WINDOW    14         /* days either side */
#define TC_DAY_UNKNOWN     (-1000000) /* the day of an undated article: all undated meet */

typedef struct {
    uint64_t exact; /* hash of the words; 0 for a text without words */
    uint32_t nwords;
    uint8_t min[TC_DEDUP_K]; /* b-bit MinHash of the 4-shingles */
} tc_dedup_sig;

/* The signature of text[0..len) into *out (bytes need not be valid UTF-8 nor end in NUL).
 * Never fails; thread-safe. */
void tc_dedup_sign(const char *text, size_t len, tc_dedup_sig *out);

/* Estimated Jaccard similarity of the two texts' shingle sets, in [0, 1]; 1 for exact
 * copies. Thread-safe. */
double tc_dedup_similarity(const tc_dedup_sig *a, const tc_dedup_sig *b);

/* Days since 1970-01-01 of a "YYYY-MM-DD" date (a calendar date), else TC_DAY_UNKNOWN. */
int32_t tc_dedup_day(const char *date);

/* The "YYYY-MM-DD" of a day from tc_dedup_day into out ("" for TC_DAY_UNKNOWN). */
void tc_dedup_date(int32_t day, char out[11]);

typedef struct tc_dedup tc_dedup;

/* An empty index: threshold in (0, 1] (else TC_DEDUP_THRESHOLD), window in days (<= 0:
 * TC_DEDUP_WINDOW). Free with tc_dedup_free (NULL is fine). One thread at a time. */
tc_dedup *tc_dedup_new(double threshold, int window);
void tc_dedup_free(tc_dedup *d);

typedef struct {
    int64_t id; /* the original's id as given to tc_dedup_add, 0 when none */
    double sim; /* 1 for an exact copy, else the estimate */
    int exact;
} tc_dedup_match;

/* The original that s (of day `day`) copies, if any: an indexed article within the window
 * whose `exact` is the same, else the most similar one at or above the threshold. Only
 * reads the index. */
tc_dedup_match tc_dedup_find(tc_dedup *d, const tc_dedup_sig *s, int32_t day);

/* Indexes an original (s is copied). Articles that left the window of the latest day added
 * are dropped now and then (amortised: the index is rebuilt when they are half of it). */
void tc_dedup_add(tc_dedup *d, int64_t id, const tc_dedup_sig *s, int32_t day);

/* Articles indexed, and bytes the index holds. */
size_t tc_dedup_count(const tc_dedup *d);
size_t tc_dedup_bytes(const tc_dedup *d);

#endif
