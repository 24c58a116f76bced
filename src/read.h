/* read: inputs to raw articles.
 *
 * An input is a file, a directory (walked recursively, entries sorted by name so runs are
 * deterministic, hidden entries skipped), or "-" for standard input. By name (case aside,
 * and a ".gz" ending aside: gzip files are decompressed with libarchive, by their magic
 * bytes): *.jsonl / *.ndjson hold one article a line; *.html / *.htm / *.xhtml are one page;
 * *.warc holds web archive records; anything else named explicitly is one plain-text article
 * (extract takes its first non-empty line as the title). In a directory only files with
 * those endings and .txt are read. Standard input is sniffed: "WARC/" means WARC, a first
 * non-blank byte of '{' means JSONL, '<' means HTML, else text.
 *
 * A JSONL line is an object {"url","source","date","title","author","text"|"html"}: string
 * values only (others are ignored), "source" becomes outlet, a non-empty "text" is used
 * before "html". Other dumps' names are read too: "link" / "canonical_url" for url, "outlet" /
 * "site_name" / "publisher" for source, "published" / "publish_date" / "published_at" /
 * "pubDate" / "datePublished" / "date_publish" / "publishedAt" for date (the first non-empty
 * one wins, ours first). Lines may be of any length. A WARC file (plain, or .warc.gz with one gzip
 * member per record) gives one HTML article per response record whose HTTP Content-Type
 * says html: the payload past the HTTP headers, url from WARC-Target-URI, date from
 * WARC-Date, input "FILE:N" (N the record's number); other records are skipped.
 *
 * Bad input is data: a missing or unreadable file, one over the size limit, a binary file, an
 * empty file, a directory without articles, a JSONL line that is empty, is not a JSON object
 * or has neither text nor html, corrupt or truncated gzip (what came before the break is
 * still read), a truncated or malformed WARC record (the records before it are read), a
 * WARC without HTML responses: one tc_diag each (stage "read", input "FILE" or
 * "FILE:LINE"), and the rest goes on. Invalid UTF-8 is not an error here: extract cleans it. */
#ifndef TC_READ_H
#define TC_READ_H

#include "err.h"

#include <stddef.h>

typedef enum { TC_RAW_TEXT, TC_RAW_HTML } tc_raw_kind;

typedef struct {
    const char *input; /* "path", "path:LINE" for JSONL, "-" or "-:LINE" for stdin */
    tc_raw_kind kind;
    const char *body; /* the text or HTML, body_len bytes, not NUL-terminated */
    size_t body_len;
    /* Metadata given by the container (JSONL fields); NULL when absent. */
    const char *url, *outlet, *date, *title, *author;
} tc_raw;

/* Called once per raw article; everything in raw is valid for the call only. Return 0 to
 * go on, non-zero to stop reading (that value is returned by tc_read_inputs). */
typedef int (*tc_raw_fn)(const tc_raw *raw, void *ctx);

typedef struct {
    size_t files;    /* files read (including empty and binary ones) */
    size_t records;  /* raw articles handed to the callback */
    size_t failures; /* diagnostics emitted */
} tc_read_stats;

/* Reads every input in order, calling fn for each raw article and diag (may be NULL) for
 * each problem. Each file is read whole into memory; files over max_bytes (0: 256 MiB) are
 * refused with a diagnostic. Returns 0, or the callback's non-zero stop value (reading stops
 * there). stats may be NULL. Not thread-safe (it reads standard input; one reader). */
int tc_read_inputs(const char *const *inputs, size_t n, size_t max_bytes, tc_raw_fn fn, void *ctx,
                   tc_diag_fn diag, void *dctx, tc_read_stats *stats);

/* True when buf starts with the gzip magic bytes. */
int tc_read_is_gzip(const char *buf, size_t len);

/* Decompresses the gzip data buf[0..len) (libarchive; concatenated members are one stream)
 * into a heap buffer of *out_len bytes plus a NUL; the caller frees it. NULL with err filled
 * (TC_EPARSE for corrupt or truncated data, TC_ETOOBIG past max bytes, 0: no limit).
 * Thread-safe. */
char *tc_read_gunzip(const char *buf, size_t len, size_t max, size_t *out_len, tc_err *err);

/* Reads the file at path whole, gunzipped when it is gzip; as tc_file_read otherwise. */
char *tc_read_file(const char *path, size_t max, size_t *len, tc_err *err);

#endif
