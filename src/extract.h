/* extract: a raw article (text or HTML) to a clean article: title, body text, metadata.
 *
 * HTML (gumbo): the title is og:title, else <title> without a " | Site" / " - Site" suffix,
 * else the first <h1>; outlet from og:site_name, date from article:published_time (and kin)
 * or the first <time datetime>, author from <meta name=author>, url from og:url or the
 * canonical link. The body is the visible text of the <article> with the most text, else
 * <main>, else <body>; block elements on their own lines; script, style, noscript,
 * template, nav, header, footer, aside, form, button, svg, iframe, select (and the like),
 * hidden elements, and elements whose class or id names page furniture ("comment", "share",
 * "related", "cookie", "sidebar", "menu", ...) are dropped. Deep nesting costs heap here,
 * never C stack (gumbo's own parse time grows with the square of the depth). Plain text: the
 * first line left after the boilerplate filter is the title when the raw has none and the
 * line is short enough for a headline (200 code points); it is then not part of the body.
 *
 * Both: invalid UTF-8 repaired, control bytes dropped, white space inside lines collapsed
 * (NBSP included), lines trimmed, empty lines dropped; then lines that are web boilerplate
 * are removed: calls to action ("Keep Reading", "Subscribe", "Share this article"), age
 * banners ("This article is more than 1 year old", even glued to the next words or split
 * over two lines), a line repeating the title (a slug), stray tags (<p>, </p>, <br> are
 * blanked, the text kept), and an author's bio as the last paragraph ("Name Surname: He
 * is ..."). A comment form ("Leave a Reply", "Your email address will not be published")
 * or a navigation line ("Newer articles", "Related articles") cuts everything after it,
 * unless no content came before it. Lines longer than 200 bytes are never taken for
 * boilerplate.
 *
 * The body is paragraphs separated by "\n" (no blank lines, no trailing newline). JSONL
 * metadata wins over what is found in the page; an outlet still unknown is the URL's host
 * without "www.". */
#ifndef TC_EXTRACT_H
#define TC_EXTRACT_H

#include "arena.h"
#include "err.h"
#include "read.h"

#include <stddef.h>
#include <stdint.h>

typedef struct {
    const char *input;
    const char *url, *outlet, *author; /* "" when unknown, never NULL */
    char date[11];                     /* "YYYY-MM-DD" or "" when unknown */
    const char *title;                 /* "" when none */
    const char *text;                  /* clean body, NUL-terminated */
    size_t text_len;
    /* The dedup key: tc_hash64 (seed 0) of the body with ASCII letters lower-cased and each
     * white space run (line breaks included) made one space. */
    uint64_t hash;
    size_t dropped_lines; /* boilerplate lines removed (a cut counts every line it removes) */
} tc_article;

/* Fills out from raw; every string lives in the arena (raw is not kept). Returns TC_OK, or
 * TC_EEMPTY when no text is left, TC_EBINARY for binary data (err, which may be NULL, says
 * why); out is filled in every case (text "" on failure). Thread-safe with one arena per
 * thread. Out of memory aborts (tc_xmalloc). */
int tc_extract(const tc_raw *raw, tc_arena *a, tc_article *out, tc_err *err);

/* Normalises a date written as YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD, optionally followed by a
 * time ("T10:00...", " 10:00"), leading blanks allowed, into out[11] as "YYYY-MM-DD";
 * returns 0, or -1 (out = "") when s is NULL or not a valid calendar date (months 1-12,
 * days by month, 29 February only in leap years, year 0 refused). Thread-safe. */
int tc_extract_date(const char *s, char out[11]);

#endif
