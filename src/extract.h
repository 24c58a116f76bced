/* extract: a raw article (text or HTML) to a clean article: title, body text, metadata.
 *
 * HTML: a byte scanner first cuts scripts, styles, comments, SVG, noscript, templates and
 * page furniture (nav, aside, footer, select, iframe) with their content, drops attributes
 * nothing reads, collapses white space and bounds the work (4 MiB of markup, 256 open
 * elements); JSON-LD scripts are kept aside. gumbo parses the rest. Every element is then
 * measured (text, link text, paragraph text outside links); the content root is the deepest
 * element holding 85% of the page's paragraph text, where elements whose class or id names
 * furniture ("comment", "share", "related", "cookie", "sidebar", "menu", "footer", ...)
 * do not count unless they hold half of it (broken markup). The root's visible text is
 * emitted, block elements on their own lines, furniture, hidden elements and blocks that are
 * mostly links left out. JSON-LD articleBody replaces it when it is more than twice as long
 * (pages built by scripts). A page whose links outweigh its little prose tenfold is a listing:
 * TC_EEMPTY, "no article found".
 *
 * Metadata: the title is og:title, else the JSON-LD headline, else <title> without a
 * " | Site" / " - Site" suffix, else the first <h1>; the date is JSON-LD datePublished,
 * else article:published_time (and kin), else the first <time datetime>, else a date in the
 * URL's path, else the first date written in the text (ISO, 28.07.2023, "28 July 2023",
 * "July 28, 2023", German, French and Spanish month names); the author is JSON-LD's, else
 * <meta name=author>; the outlet og:site_name, else the JSON-LD publisher, else the URL's
 * host without "www."; the url og:url or the canonical link. The language is the raw's own
 * tag when it has one (JSONL "lang": "fr", "fr-FR"), else "en" when the body's first 600
 * bytes are English at a glance (function words), else libexttextcat's guess on them among
 * the ~55 languages of world news (ISO 639-1, "" below 60 bytes). Plain text: the first line left
 * after the boilerplate filter is the title when the raw has none and the line is short enough for
 * a headline (200 code points); it is then not part of the body.
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
 * and WARC metadata win over what is found in the page. */
#ifndef TC_EXTRACT_H
#define TC_EXTRACT_H

#include "arena.h"
#include "err.h"
#include "read.h"

#include <stddef.h>
#include <stdint.h>

/* Why something was left out or chosen: "call to action" + the line, "cut: comment form or
 * navigation" + the line that cut, "content root" + "<article class=...>", ... */
typedef struct {
    const char *why;
    const char *text; /* the line or element, at most ~160 bytes, valid UTF-8 */
} tc_extract_note;

typedef struct {
    const char *input;
    const char *url, *outlet, *author; /* "" when unknown, never NULL */
    char date[11];                     /* "YYYY-MM-DD" or "" when unknown */
    /* Where date came from: "jsonl" or "warc" (the container's field or header), "container"
     * (a caller's tc_raw that names none), "meta" (the page: JSON-LD, meta tags, <time>), "url"
     * (its path), "text" (the first date written in the body), "none" (no date). Static. */
    const char *date_source;
    const char *title; /* "" when none */
    const char *text;  /* clean body, NUL-terminated */
    size_t text_len;
    /* The dedup key: tc_hash64 (seed 0) of the body with ASCII letters lower-cased and each
     * white space run (line breaks included) made one space. */
    uint64_t hash;
    size_t dropped_lines; /* boilerplate lines removed (a cut counts every line it removes) */
    /* HTML: bytes at the end of the page not read because its markup passed the cap of
     * 4 MiB (scripts, styles and the like not counted); 0 when the whole page was read. */
    size_t html_unread;
    /* The body's language by libexttextcat, ISO 639-1 ("en", "de", "zh"); "" when unknown,
     * too short to tell, or a language without a two-letter code. The text is kept whatever
     * the language. */
    char lang[3];
    /* What the extractor dropped and why, and what it chose, in order (`--explain`). */
    const tc_extract_note *notes;
    size_t nnotes;
} tc_article;

/* Fills out from raw; every string lives in the arena (raw is not kept; the parse tree is
 * in the arena too, so memory is bounded by the largest page, not the batch). Returns TC_OK,
 * or TC_EEMPTY when no text is left or the page is a listing, TC_EBINARY for binary data
 * (err, which may be NULL, says why); out is filled in every case (text "" on failure).
 * Thread-safe with one arena per thread (each thread loads its own language models on first
 * use, ~2 MB). Out of memory aborts (tc_xmalloc). */
int tc_extract(const tc_raw *raw, tc_arena *a, tc_article *out, tc_err *err);

/* Normalises a date written as YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD, optionally followed by a
 * time ("T10:00...", " 10:00"), leading blanks allowed, into out[11] as "YYYY-MM-DD";
 * returns 0, or -1 (out = "") when s is NULL or not a valid calendar date (months 1-12,
 * days by month, 29 February only in leap years, year 0 refused). Thread-safe. */
int tc_extract_date(const char *s, char out[11]);

#endif
