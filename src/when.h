/* when: dates. The article's date from its metadata, and the temporal expressions of a
 * sentence ("on Friday", "last month", "in 2020", "since December of last year", "for more
 * than seven months") resolved against it, for the coder to date each event.
 *
 * A tc_date is a calendar date with a precision: the fields finer than the precision are 0
 * (a year is {2020, 0, 0}; a month {2022, 12, 0}; a decade {1990, 0, 0}; a century {1800, 0, 0}
 * for "the 19th century", the years 1800-1899 as news uses it); a week is the date of
 * its Monday. Dates are proleptic Gregorian, years 1 to 9999.
 *
 * The scanner makes one pass over a sentence's tokens (tc_text, text.h). A word is looked up in
 * one static hash table (months, weekdays, units, number words, the few function words the
 * grammar needs); only a date word or a number, or a preposition, edge ("early"), qualifier
 * ("more than") or "the" right before a word of the table or a number, starts a match, which
 * then reads at most a dozen tokens ahead. Nothing is allocated unless an expression is found
 * (then in the caller's arena). A sentence's first 2,048 tokens are read (text.h cuts
 * sentences at 2,000).
 *
 * What is taken, and what is not (tests/golden/when.txt holds the cases):
 * - a month name only capitalised, and alone ("in May") only after a preposition or "early",
 *   "late", "mid-": "Theresa May", "the march", "May I" are no dates;
 * - a bare year (four digits, 1600-2199) only right after a preposition (in, on, since, for,
 *   by, until, till, before, after, from, during, over, throughout, of, through) or "early",
 *   "late", "mid-", and not before a hyphen or a lower-case word ending in s: "in 2020" and
 *   "sanctions imposed in 2014 remain" are years; "the 1990 Convention", "the 2022 invasion",
 *   "2,000 people", "in 2020-21", "in 1800 villages", "in 2020 elections" are not;
 * - a weekday capitalised; without a preposition not after "the", "a", "every", "each", "Good",
 *   "Black", and unless right after "on" not before a lower-case content word: "on Friday",
 *   "Russia on Friday accused", "said Friday", "Friday's attack" are dates, "Friday prayers",
 *   "every Friday", "Good Friday" are not;
 * - named days ("Independence Day", "Christmas") are not resolved: they are not taken;
 * - "the 19th century", "the nineteenth century", "the late 19th century" (2nd to 21st) are a
 *   point of century precision; "the 18th and early 19th centuries" the first of them;
 *   "19th-century" (an adjective) and "the 19" are not; a century sets no story time;
 * - "the previous year", "a day earlier", "by the end of the year" (relative to the story, or
 *   an edge of a period) are not taken;
 * - after "and", "or" or "to", a bare year, month or weekday shares the licence of the
 *   expression before it: "in January and February", "on Saturday and Sunday", "between 2019
 *   and 2021", "from 2017 to 2021" (each end a point).
 * A day-month without a year takes the year that puts it nearest the article date, a distance
 * into the future counting double (news tells of the past more than of plans: from 5 December
 * "on 14 February" is next February, "in June" the last June); so does a month alone; after
 * "since", the last one on or before the article date. An impossible date ("31 April 2023", "29
 * February" near a year with none) is read and dropped. "on Friday" (and "Friday" alone) is the
 * last Friday on or before the article date, whatever the tense; "last Friday" the last one
 * before it; "next Friday" / "this Friday" the first one after / on or after it. "last month"
 * is the calendar month before the article's; "last week" the Monday-to-Sunday week before;
 * "two weeks ago" the week holding the day 14 days back; "a decade ago" a year. Spans: "since
 * X", "over / in the past (N) units" (from the article date minus N units). A duration ("for
 * seven months") gets the start it would have if it ran up to the article date: the coder
 * should use it only with a perfect or present verb ("has lasted for"). */
#ifndef TC_WHEN_H
#define TC_WHEN_H

#include "parse.h"
#include "text.h"

#include <stddef.h>
#include <stdint.h>

typedef enum {
    TC_DATE_NONE = 0, /* unknown (a relative expression with no article date) */
    TC_DATE_CENTURY,  /* "the 19th century": year 1800, the years 1800-1899 */
    TC_DATE_DECADE,
    TC_DATE_YEAR,
    TC_DATE_MONTH,
    TC_DATE_WEEK,
    TC_DATE_DAY,
} tc_date_prec;

typedef struct {
    int16_t year;
    uint8_t month, day; /* 0 when finer than the precision */
    uint8_t prec;       /* tc_date_prec */
} tc_date;

typedef enum {
    TC_WHEN_POINT = 1, /* the event is at date ("yesterday", "in 2020") */
    TC_WHEN_SINCE, /* a span from date to the article date ("since 2020", "over the past week") */
    TC_WHEN_DURATION, /* "for seven months": date is the article date minus the duration */
} tc_when_kind;

typedef enum {
    TC_UNIT_NONE = 0,
    TC_UNIT_DAY,
    TC_UNIT_WEEK,
    TC_UNIT_MONTH,
    TC_UNIT_YEAR,
    TC_UNIT_DECADE,
} tc_when_unit;

/* A point lies in the past when its last day is more than this many days before the article.
 * lag lets a caller draw the line elsewhere (the events golden set calls past a month or more). */
#define TC_WHEN_PAST_DAYS 14
/* The story's time (tc_when_story) is a point more than this many days before the article:
 * nearer, the sentence that names it more often tells the news itself. A month or a year
 * (a span coarser than a week) is past from this many days after its end too: "last month"
 * is told as background from the first week of the next. */
#define TC_WHEN_STORY_DAYS 7

/* The days after its end from which a point of precision prec is past. */
#define TC_WHEN_PAST_AFTER(prec) ((prec) >= TC_DATE_WEEK ? TC_WHEN_PAST_DAYS : TC_WHEN_STORY_DAYS)
#define TC_WHEN_NOLAG            INT32_MIN
#define TC_WHEN_NOHEAD           UINT32_MAX

typedef struct {
    uint32_t tok0, ntok; /* the expression: tokens t->toks[tok0 .. tok0 + ntok), its preposition
                          * ("on", "in", "since", "for") included */
    uint8_t kind;        /* tc_when_kind */
    uint8_t past;        /* 1: a POINT whose last day is more than TC_WHEN_PAST_AFTER(its
                          * precision) days before the article date; a span or a duration
                          * reaches the article: never */
    uint8_t unit;        /* DURATION and "N units ago": the unit (tc_when_unit), else 0 */
    uint16_t amount;     /* DURATION: how many units (0 when not a number: "for months") */
    tc_date date;        /* the point, the span's start or the duration's start; prec NONE when
                          * it cannot be computed */
    int32_t lag;         /* days from the last day of date to the article date (negative: after
                          * it); TC_WHEN_NOLAG when either is unknown */
    uint32_t head;       /* tc_when_attach: token index of the word it modifies, or
                          * TC_WHEN_NOHEAD */
} tc_when;

/* Days from 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm; the date
 * is not checked), and back. Thread-safe. */
int32_t tc_when_days(int y, int m, int d);
void tc_when_civil(int32_t day, int *y, int *m, int *d);

/* Parses an article's metadata date s[0..n) (no NUL needed): ISO 8601 ("2026-12-05",
 * "2026-12-05T10:00:00+02:00", "2026-12" month, "2026" year), RFC 2822 ("Sat, 05 Dec 2026
 * 10:00:00 +0000"), "5 December 2026", "December 5, 2026", "Dec. 5, 2026", "2026/12/05", with
 * white space around. The date is the one written: a time zone is not applied. After the date
 * only a time, a zone or white space may follow ('T', ' ', ','). 0 with *out filled, or
 * TC_EPARSE (out has prec NONE) for anything else, an impossible date (31 February, month 13)
 * included. Thread-safe. */
int tc_when_parse_date(const char *s, size_t n, tc_date *out);

/* Every temporal expression of sentence `sent` of t, in order, disjoint, resolved against the
 * article date ref (prec DAY normally; NONE leaves relative expressions unresolved, and a
 * year-less day-month too). *out is in arena a (NULL when *n is 0: nothing is allocated);
 * head is TC_WHEN_NOHEAD. Never fails on any text: returns TC_OK (TC_EUSAGE for a sentence
 * index out of range). Thread-safe (the word table is built once, under pthread_once). */
int tc_when_scan(const tc_text *t, uint32_t sent, tc_date ref, tc_arena *a, tc_when **out,
                 size_t *n);

/* Fills head for each of w[0..n) from the sentence's tree (tc_parse_sentence of the same
 * sentence): the expression's head word is its first word whose head lies outside it; when
 * that word attaches by obl, obl:unmarked, nmod, nmod:unmarked, advmod or nmod:poss ("Friday's
 * attack"), head is the token index of the word it attaches to ("appealed" in "appealed to the
 * council last month"), else (the root, another relation) TC_WHEN_NOHEAD. The parser's errors
 * pass through. Never fails; thread-safe. */
void tc_when_attach(const tc_text *t, uint32_t sent, const tc_tree *tree, tc_when *w, size_t n);

/* The time sentence `sent` of t sets for the story it tells, read without a parse: the point
 * (TC_WHEN_POINT) opening it and set off by a comma ("Last year, Detrez posted ..."; opening
 * also after a heading the text ran into it, "Japanese occupation photos Last year, ..."), or
 * with anywhere its last point ("talks failed at the summit held in February"). Whether it is
 * past is the caller's to judge (a month without a year may be read as a coming one).
 * 1 with *out filled (head TC_WHEN_NOHEAD), 0 when there is none. Allocates in a only what
 * tc_when_scan does. Thread-safe. */
int tc_when_story(const tc_text *t, uint32_t sent, tc_date ref, tc_arena *a, int anywhere,
                  tc_when *out);

/* Whether d is a real date of its precision (month 1-12, day within the month, fields finer
 * than the precision 0, year 1-9999). */
int tc_date_valid(tc_date d);

/* First and last day of d as day numbers (days since 1970-01-01); 0 when d is valid, else
 * TC_EUSAGE. */
int tc_date_range(tc_date d, int32_t *first, int32_t *last);

/* Writes d as "2020", "2022-12", "2023-09-19", "1990s", "19th century", "week 2026-11-30" (a week:
 * its Monday) or "?" (invalid or NONE) into buf (at least 24 bytes); returns buf. */
char *tc_date_str(tc_date d, char *buf);

#endif
