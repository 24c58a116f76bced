/* read: inputs to raw articles, streamed record by record.
 *
 * An input is a file, a directory (walked recursively, entries sorted by name so runs are
 * deterministic, hidden entries skipped), or "-" for standard input. By name (case aside,
 * and a ".gz" ending aside: gzip data is told by its magic bytes and inflated as it is read):
 * *.jsonl / *.ndjson hold one article a line; *.html / *.htm / *.xhtml are one page; *.warc
 * holds web archive records; anything else named explicitly is one plain-text article
 * (extract takes its first non-empty line as the title). In a directory only files with those
 * endings and .txt are read; every other entry (another ending, a hidden entry, a special
 * file, a dangling symbolic link) is skipped and counted. Symbolic links are followed, each
 * real directory (device + inode) at most once: a link back into the walk is a loop, reported
 * and skipped. Standard input is sniffed: "WARC/" means WARC, a first non-blank byte of '{'
 * means JSONL, '<' means HTML, else text.
 *
 * Files are read as streams: memory is bounded by the largest record, never by the file, and
 * a file may be of any size. Per record (--max-record M, default TC_READ_MAX_RECORD): a text
 * article is cut at M bytes; markup (an HTML file, a WARC payload) at 4 M; a JSONL line over
 * 4 M cannot be cut and is skipped. Each cut or skip is reported and counted.
 *
 * A JSONL line is an object {"url","source","date","title","author","lang","text"|"html"}:
 * string values only (others are ignored), "source" becomes outlet, a non-empty "text" is
 * used before "html". Other dumps' names are read too: "link" / "canonical_url" for url,
 * "outlet" / "site_name" / "publisher" for source, "published" / "publish_date" /
 * "published_at" / "pubDate" / "datePublished" / "date_publish" / "publishedAt" for date,
 * "language" for lang (the first non-empty one wins, ours first). A WARC file (plain, or
 * .warc.gz with one gzip member per record) gives one HTML article per response record whose
 * HTTP Content-Type says html: the payload past the HTTP headers, url from WARC-Target-URI,
 * date from WARC-Date, input "FILE:N" (N the record's number); other records are skipped.
 *
 * Bad input is data: a missing or unreadable file, a binary file (by the share of NUL and
 * control bytes and invalid UTF-8; a few stray NUL bytes in a text are removed, with a
 * notice), an empty file, a directory without articles, a JSONL line that is empty, is not a
 * JSON object or has neither text nor html, corrupt or truncated gzip (every complete record
 * before the break is read, then one diagnostic gives the byte offset of the break), a
 * truncated or malformed WARC record, a WARC without HTML responses: one tc_diag each (stage
 * "read", input "FILE", "FILE:LINE" or "FILE:N"), and the rest goes on. Invalid UTF-8 is
 * not an error here: extract cleans it. */
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
    const char *lang;        /* the container's own language tag (JSONL "lang"), or NULL */
    const char *date_source; /* which container gave date: "jsonl", "warc"; NULL when none */
} tc_raw;

/* Called once per raw article; everything in raw is valid for the call only. Return 0 to
 * go on, non-zero to stop reading (that value is returned by tc_read_inputs). */
typedef int (*tc_raw_fn)(const tc_raw *raw, void *ctx);

typedef struct {
    size_t files;    /* files opened (including empty and binary ones) */
    size_t records;  /* raw articles handed to the callback */
    size_t failures; /* diagnostics emitted */
    size_t skipped;  /* directory entries not read (other endings, hidden, links, loops) */
    size_t cut;      /* records cut or skipped at the per-record limit */
} tc_read_stats;

/* The default per-record limit: bytes of text. Markup may take four times as much. */
#define TC_READ_MAX_RECORD ((size_t)16 << 20)

typedef struct {
    size_t max_record; /* 0: TC_READ_MAX_RECORD */
    tc_diag_fn diag;   /* failures (may be NULL) */
    /* Notices that are no failure: a record cut at the limit, NUL bytes removed, a looping
     * or dangling link (always), a skipped file (only when verbose). May be NULL. */
    tc_diag_fn notice;
    void *dctx; /* for diag and notice */
    int verbose;
} tc_read_opts;

/* Reads every input in order, calling fn for each raw article, o->diag for each problem and
 * o->notice for each notice. Returns 0, or the callback's non-zero stop value (reading stops
 * there). stats may be NULL. Not thread-safe (it reads standard input; one reader). */
int tc_read_stream(const char *const *inputs, size_t n, const tc_read_opts *o, tc_raw_fn fn,
                   void *ctx, tc_read_stats *stats);

/* tc_read_stream with max_record and diag only (no notices). */
int tc_read_inputs(const char *const *inputs, size_t n, size_t max_record, tc_raw_fn fn, void *ctx,
                   tc_diag_fn diag, void *dctx, tc_read_stats *stats);

/* True when buf starts with the gzip magic bytes. */
int tc_read_is_gzip(const char *buf, size_t len);

/* Decompresses the gzip data buf[0..len) (zlib; concatenated members are one stream)
 * into a heap buffer of *out_len bytes plus a NUL; the caller frees it. NULL with err filled
 * (TC_EPARSE for corrupt or truncated data, TC_ETOOBIG past max bytes, 0: no limit).
 * Thread-safe. */
char *tc_read_gunzip(const char *buf, size_t len, size_t max, size_t *out_len, tc_err *err);

/* Reads the file at path whole, gunzipped when it is gzip; as tc_file_read otherwise. */
char *tc_read_file(const char *path, size_t max, size_t *len, tc_err *err);

#endif
