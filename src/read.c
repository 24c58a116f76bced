/* read: files, directories and standard input to raw articles, streamed (see read.h).
 *
 * Three layers. A source is a file descriptor, inflated with zlib when the data starts with
 * the gzip magic bytes (concatenated members are one stream); it remembers where it broke. A
 * stream is a growable window over a source: records are cut from it and consumed, so it
 * holds at most one record (plus a read chunk) however large the file. The record readers cut
 * the stream into raw articles: JSONL by line, WARC by Content-Length, a text or HTML file
 * whole (up to the per-record limit). The kind of a file comes from its name through the
 * `kinds` table; standard input is sniffed. A reader carries the callback, the sinks, the
 * counts and the set of directories already walked (device + inode) through the recursion. */
#include "read.h"

#include "arena.h"
#include "file.h"
#include "span.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define CHUNK ((size_t)1 << 16)
/* Real directories nested deeper than this are refused: the walk is recursive. */
#define MAX_DIR_DEPTH 128
/* A WARC header block larger than this is not a WARC header block. */
#define WARC_HEAD_MAX ((size_t)1 << 16)
/* Binary by share, among the first BINARY_HEAD bytes: more than 1 NUL byte in 100 (and more
 * than two), or more than 1 control byte (NUL included) in 10, or more than half the bytes
 * invalid UTF-8 (legacy 8-bit text has far fewer: accents, not every letter). */
#define BINARY_HEAD ((size_t)1 << 16)

typedef enum { KIND_TEXT, KIND_HTML, KIND_JSONL, KIND_WARC } file_kind;

static const struct {
    const char *ext;
    file_kind kind;
} kinds[] = {
    {".jsonl", KIND_JSONL}, {".ndjson", KIND_JSONL}, {".html", KIND_HTML}, {".htm", KIND_HTML},
    {".xhtml", KIND_HTML},  {".txt", KIND_TEXT},     {".warc", KIND_WARC},
};

typedef struct {
    dev_t dev;
    ino_t ino;
} dir_id;

typedef struct {
    tc_read_opts o;
    size_t max_text, max_markup;
    tc_raw_fn fn;
    void *ctx;
    tc_read_stats stats;
    dir_id *dirs; /* open-addressing set of the directories walked; ino 0 is empty */
    size_t ndirs, dir_cap;
} reader;

static void vsay(reader *r, tc_diag_fn fn, const char *input, int code, const char *fmt, va_list ap)
{
    char reason[512];
    vsnprintf(reason, sizeof reason, fmt, ap);
    if (fn)
        fn(&(tc_diag){.input = input, .stage = "read", .code = code, .reason = reason}, r->o.dctx);
}

static void report(reader *r, const char *input, int code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void notice(reader *r, const char *input, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* A failure: counted, exit status 1. */
static void report(reader *r, const char *input, int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    r->stats.failures++;
    vsay(r, r->o.diag, input, code, fmt, ap);
    va_end(ap);
}

/* Something the user should hear of that is no failure. */
static void notice(reader *r, const char *input, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsay(r, r->o.notice, input, TC_OK, fmt, ap);
    va_end(ap);
}

/* ---- sources ---- */

typedef struct {
    int fd;
    bool own_fd, gz, eof, in_member;
    z_stream z;
    unsigned char *in; /* compressed input, or the head of a plain file read to sniff gzip */
    size_t head_pos, head_len;
    uint64_t file_off; /* bytes read from the file */
    uint64_t out_off;  /* bytes handed out */
    int err;           /* TC_OK, or TC_EIO / TC_EPARSE once the data broke */
    char why[200];
} source;

static size_t read_fd(source *s, void *dst, size_t cap)
{
    for (;;) {
        ssize_t got = read(s->fd, dst, cap);
        if (got >= 0) {
            s->file_off += (size_t)got;
            return (size_t)got;
        }
        if (errno == EINTR) continue;
        s->err = TC_EIO;
        snprintf(s->why, sizeof s->why, "read error at byte %llu: %s",
                 (unsigned long long)s->file_off, strerror(errno));
        return 0;
    }
}

/* Opens path ("-": standard input) and reads its first bytes to tell gzip. */
static int source_open(source *s, const char *path)
{
    memset(s, 0, sizeof *s);
    s->own_fd = strcmp(path, "-") != 0;
    s->fd = s->own_fd ? open(path, O_RDONLY | O_CLOEXEC) : STDIN_FILENO;
    if (s->fd < 0) return -1;
    s->in = tc_xmalloc(CHUNK);
    /* A pipe may give a few bytes at a time: two are enough to tell gzip. */
    while (s->head_len < 2 && !s->err) {
        size_t got = read_fd(s, s->in + s->head_len, CHUNK - s->head_len);
        if (!got) break;
        s->head_len += got;
    }
    if (s->head_len >= 2 && s->in[0] == 0x1f && s->in[1] == 0x8b) {
        s->gz = true;
        if (inflateInit2(&s->z, 15 + 16) != Z_OK) abort();
        s->z.next_in = s->in;
        s->z.avail_in = (uInt)s->head_len;
    }
    return 0;
}

static void source_close(source *s)
{
    if (s->gz) inflateEnd(&s->z);
    if (s->own_fd && s->fd >= 0) close(s->fd);
    free(s->in);
}

/* The bytes of the compressed file consumed so far (where a break is). */
static uint64_t source_in_off(const source *s)
{
    return s->file_off - s->z.avail_in;
}

static size_t inflate_some(source *s, char *dst, size_t cap)
{
    while (!s->eof && !s->err) {
        if (s->z.avail_in == 0) {
            size_t got = read_fd(s, s->in, CHUNK);
            if (!got) {
                s->eof = true;
                if (s->in_member && !s->err) {
                    s->err = TC_EPARSE;
                    snprintf(s->why, sizeof s->why,
                             "truncated gzip: the data ends at byte %llu of the file, inside a "
                             "member, after %llu bytes inflated; every complete record before "
                             "it was read",
                             (unsigned long long)s->file_off, (unsigned long long)s->out_off);
                }
                break;
            }
            s->z.next_in = s->in;
            s->z.avail_in = (uInt)got;
        }
        if (!s->in_member && s->z.next_in[0] != 0x1f) {
            s->eof = true; /* trailing bytes that are no gzip member: ignored, as gzip does */
            break;
        }
        s->in_member = true;
        s->z.next_out = (unsigned char *)dst;
        s->z.avail_out = (uInt)(cap > UINT32_MAX ? UINT32_MAX : cap);
        int rc = inflate(&s->z, Z_NO_FLUSH);
        size_t produced = (size_t)((char *)s->z.next_out - dst);
        if (rc == Z_STREAM_END) {
            s->in_member = false;
            inflateReset(&s->z);
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            s->err = TC_EPARSE;
            snprintf(s->why, sizeof s->why,
                     "corrupt gzip data near byte %llu of the file (%s), after %llu bytes "
                     "inflated; every complete record before it was read",
                     (unsigned long long)source_in_off(s), s->z.msg ? s->z.msg : "bad data",
                     (unsigned long long)(s->out_off + produced));
        }
        if (produced) return produced;
    }
    return 0;
}

/* Up to cap bytes of the (inflated) data into dst; 0 at the end or after a break. Blocks
 * only until some data is there, so a live pipe is read as it comes. */
static size_t source_read(source *s, char *dst, size_t cap)
{
    size_t got;
    if (s->gz) {
        got = inflate_some(s, dst, cap);
    } else if (s->head_pos < s->head_len) {
        got = s->head_len - s->head_pos < cap ? s->head_len - s->head_pos : cap;
        memcpy(dst, s->in + s->head_pos, got);
        s->head_pos += got;
    } else {
        got = s->eof || s->err ? 0 : read_fd(s, dst, cap);
        if (!got) s->eof = true;
    }
    s->out_off += got;
    return got;
}

/* ---- streams: a window over a source ---- */

typedef struct {
    source src;
    char *buf;
    size_t start, end, cap; /* the unread bytes are buf[start..end) */
    uint64_t off;           /* offset in the data of buf[start] */
} stream;

/* Reads more into the window (moving or growing it as needed); the bytes read, 0 at the end. */
static size_t more(stream *st)
{
    if (st->start == st->end) st->start = st->end = 0;
    if (st->cap - st->end < CHUNK && st->start) {
        memmove(st->buf, st->buf + st->start, st->end - st->start);
        st->end -= st->start;
        st->start = 0;
    }
    if (st->cap - st->end < CHUNK) {
        st->cap = st->cap ? st->cap * 2 : 4 * CHUNK;
        st->buf = tc_xrealloc(st->buf, st->cap);
    }
    size_t got = source_read(&st->src, st->buf + st->end, st->cap - st->end - 1);
    st->end += got;
    st->buf[st->end] = 0;
    return got;
}

static size_t avail(const stream *st)
{
    return st->end - st->start;
}

static void consume(stream *st, size_t n)
{
    st->start += n;
    st->off += n;
}

/* Reads until n bytes are in the window or the data ends; true when they are there. */
static bool ensure(stream *st, size_t n)
{
    while (avail(st) < n)
        if (!more(st)) return false;
    return true;
}

/* Skips n bytes without keeping them; true when there were that many. */
static bool skip(stream *st, uint64_t n)
{
    for (;;) {
        size_t k = avail(st) < n ? avail(st) : (size_t)n;
        consume(st, k);
        n -= k;
        if (!n) return true;
        st->start = st->end = 0;
        if (!more(st)) return false;
    }
}

/* ---- text checks ---- */

/* Binary by share, not by the first NUL: a text with a few stray NUL bytes is text. */
static bool looks_binary(const char *s, size_t n)
{
    size_t head = n < BINARY_HEAD ? n : BINARY_HEAD, nul = 0, ctl = 0, invalid = 0, i = 0;
    while (i < head) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0) {
            nul++;
            i++;
        } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') {
            ctl++;
            i++;
        } else if (c >= 0x80) {
            int len;
            if (tc_utf8_decode(s + i, n - i, &len) < 0) invalid++;
            i += (size_t)len;
        } else {
            i++;
        }
    }
    return (nul > 2 && nul * 100 > head) || (nul + ctl) * 10 > head || invalid * 2 > head;
}

/* Removes the NUL bytes of s[0..*n) in place; how many there were. */
static size_t strip_nul(char *s, size_t *n)
{
    char *p = memchr(s, 0, *n);
    if (!p) return 0;
    size_t w = (size_t)(p - s);
    for (size_t i = w; i < *n; i++)
        if (s[i]) s[w++] = s[i];
    size_t removed = *n - w;
    *n = w;
    return removed;
}

/* The longest prefix of s no longer than max that does not split a UTF-8 character. */
static size_t utf8_cut(const char *s, size_t n, size_t max)
{
    if (n <= max) return n;
    size_t k = max;
    while (k && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
    return k;
}

/* ---- the reader ---- */

/* The kind a file name announces, a ".gz" ending aside ("page.html.gz" is HTML); false when
 * the name is not one we read in directories. */
static bool kind_of_name(const char *name, file_kind *kind)
{
    size_t n = strlen(name);
    if (n > 3 && strcasecmp(name + n - 3, ".gz") == 0) n -= 3;
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
        size_t e = strlen(kinds[i].ext);
        if (n > e && strncasecmp(name + n - e, kinds[i].ext, e) == 0) {
            *kind = kinds[i].kind;
            return true;
        }
    }
    return false;
}

static size_t skip_blank(const char *s, size_t n)
{
    size_t i = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
    return i;
}

static file_kind sniff(const char *s, size_t n)
{
    size_t i = skip_blank(s, n);
    if (n - i >= 5 && memcmp(s + i, "WARC/", 5) == 0) return KIND_WARC;
    if (i < n && s[i] == '{') return KIND_JSONL;
    if (i < n && s[i] == '<') return KIND_HTML;
    return KIND_TEXT;
}

static int deliver(reader *r, const tc_raw *raw)
{
    r->stats.records++;
    return r->fn(raw, r->ctx);
}

/* A string field of obj, or NULL when absent or not a string. */
static const char *field(json_t *obj, const char *key, size_t *len)
{
    json_t *v = json_object_get(obj, key);
    if (!json_is_string(v)) return NULL;
    if (len) *len = json_string_length(v);
    return json_string_value(v);
}

static bool blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\f' && s[i] != '\v')
            return false;
    return true;
}

/* The names news dumps give these fields, ours first: a crawl's "published", a feed's
 * "pubDate", a scraper's "publish_date" are all the article's date. */
static const char *const url_keys[] = {"url", "link", "canonical_url", NULL};
static const char *const outlet_keys[] = {"source", "outlet", "site_name", "publisher", NULL};
static const char *const date_keys[] = {"date",         "published",   "publish_date",
                                        "published_at", "pubDate",     "datePublished",
                                        "date_publish", "publishedAt", NULL};
static const char *const lang_keys[] = {"lang", "language", NULL};

/* The first of keys that holds a non-empty string, or NULL. */
static const char *first_field(json_t *obj, const char *const *keys)
{
    for (; *keys; keys++) {
        size_t len = 0;
        const char *v = field(obj, *keys, &len);
        if (v && len) return v;
    }
    return NULL;
}

/* The body of a JSONL record: text before html, NUL bytes (from \u0000) removed, text cut at
 * the limit. Heap copy in *copy when it had to change. */
static void json_body(reader *r, const char *input, json_t *obj, tc_raw *raw, char **copy)
{
    raw->body = field(obj, "text", &raw->body_len);
    if (!raw->body || raw->body_len == 0) {
        raw->kind = TC_RAW_HTML;
        raw->body = field(obj, "html", &raw->body_len);
    }
    if (!raw->body || !raw->body_len) return;
    size_t max = raw->kind == TC_RAW_TEXT ? r->max_text : r->max_markup;
    if (!memchr(raw->body, 0, raw->body_len) && raw->body_len <= max) return;
    *copy = tc_xstrndup(raw->body, raw->body_len);
    size_t nul = strip_nul(*copy, &raw->body_len);
    if (nul) notice(r, input, "%zu NUL bytes removed from the text", nul);
    if (raw->body_len > max) {
        r->stats.cut++;
        notice(r, input, "%s of %zu bytes cut at %zu (--max-record)",
               raw->kind == TC_RAW_TEXT ? "text" : "markup", raw->body_len, max);
        raw->body_len = utf8_cut(*copy, raw->body_len, max);
    }
    raw->body = *copy;
}

/* One JSONL line to one raw article (or one diagnostic). input is "FILE:LINE". */
static int read_json_line(reader *r, const char *input, const char *line, size_t n)
{
    if (blank(line, n)) {
        report(r, input, TC_EPARSE, "empty line");
        return 0;
    }
    json_error_t jerr;
    json_t *obj = json_loadb(line, n, JSON_ALLOW_NUL, &jerr);
    if (!json_is_object(obj)) {
        if (obj)
            report(r, input, TC_EPARSE, "not a JSON object");
        else
            report(r, input, TC_EPARSE, "bad JSON at column %d: %s", jerr.column, jerr.text);
        json_decref(obj);
        return 0;
    }
    tc_raw raw = {.input = input, .kind = TC_RAW_TEXT};
    char *copy = NULL;
    json_body(r, input, obj, &raw, &copy);
    int rc = 0;
    if (!raw.body || raw.body_len == 0) {
        report(r, input, TC_EEMPTY, "no \"text\" or \"html\" field");
    } else {
        raw.url = first_field(obj, url_keys);
        raw.outlet = first_field(obj, outlet_keys);
        raw.date = first_field(obj, date_keys);
        raw.date_source = raw.date ? "jsonl" : NULL;
        raw.lang = first_field(obj, lang_keys);
        raw.title = field(obj, "title", NULL);
        raw.author = field(obj, "author", NULL);
        rc = deliver(r, &raw);
    }
    free(copy);
    json_decref(obj);
    return rc;
}

/* A line over the limit: skipped up to its end (it cannot be cut: it would not be JSON). */
static void skip_long_line(reader *r, stream *st, const char *input)
{
    r->stats.cut++;
    report(r, input, TC_ETOOBIG, "line over %zu bytes skipped (--max-record)", r->max_markup);
    for (;;) {
        const char *nl = memchr(st->buf + st->start, '\n', avail(st));
        if (nl) {
            consume(st, (size_t)(nl - (st->buf + st->start)) + 1);
            return;
        }
        consume(st, avail(st));
        if (!more(st)) return;
    }
}

static int read_jsonl(reader *r, stream *st, const char *path)
{
    char *input = tc_xmalloc(strlen(path) + 24);
    size_t lineno = 0, scanned = 0;
    int rc = 0;
    if (ensure(st, 3) && memcmp(st->buf + st->start, "\xEF\xBB\xBF", 3) == 0) consume(st, 3);
    while (rc == 0) {
        const char *line = st->buf + st->start;
        const char *nl = memchr(line + scanned, '\n', avail(st) - scanned);
        if (!nl && avail(st) > r->max_markup) {
            sprintf(input, "%s:%zu", path, ++lineno);
            skip_long_line(r, st, input);
            scanned = 0;
            continue;
        }
        if (!nl) {
            scanned = avail(st);
            if (more(st)) continue;
            /* A last line without its newline is a line, unless the data broke in it. */
            if (!avail(st) || st->src.err) break;
        }
        size_t n = nl ? (size_t)(nl - line) : avail(st);
        sprintf(input, "%s:%zu", path, ++lineno);
        size_t len = n && line[n - 1] == '\r' ? n - 1 : n;
        rc = read_json_line(r, input, line, len);
        consume(st, nl ? n + 1 : n);
        scanned = 0;
    }
    free(input);
    return rc;
}

/* ---- WARC ---- */

/* WARC records are parsed here: libarchive's WARC reader keeps only the path of
 * WARC-Target-URI. */

/* Where the header block starting at s ends (after its blank line), or NULL. */
static const char *headers_end(const char *s, size_t n)
{
    for (const char *p = s; (p = memchr(p, '\n', (size_t)(s + n - p))); p++) {
        if (p + 1 < s + n && p[1] == '\n') return p + 2;
        if (p + 2 < s + n && p[1] == '\r' && p[2] == '\n') return p + 3;
    }
    return NULL;
}

/* The value of header `name` in s[0..n) (a header block), trimmed, its length in *len;
 * NULL when absent. */
static const char *header(const char *s, size_t n, const char *name, size_t *len)
{
    size_t k = strlen(name);
    for (const char *p = s, *end = s + n; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        if ((size_t)(le - p) > k && strncasecmp(p, name, k) == 0 && p[k] == ':') {
            const char *v = p + k + 1;
            while (v < le && (*v == ' ' || *v == '\t')) v++;
            while (le > v && (le[-1] == '\r' || le[-1] == ' ')) le--;
            *len = (size_t)(le - v);
            return v;
        }
        p = le + 1;
    }
    return NULL;
}

static bool contains_ci(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    for (size_t i = 0; i + k <= n; i++)
        if (strncasecmp(s + i, w, k) == 0) return true;
    return false;
}

/* The HTML payload of a response record's block (past the HTTP headers, when they say
 * text/html), or NULL. */
static const char *http_html(const char *s, size_t n, size_t *len)
{
    const char *end = headers_end(s, n), *type;
    size_t tlen;
    if (n < 5 || memcmp(s, "HTTP/", 5) != 0 || !end) return NULL;
    type = header(s, (size_t)(end - s), "Content-Type", &tlen);
    if (!type || !contains_ci(type, tlen, "html")) return NULL;
    *len = (size_t)(s + n - end);
    return end;
}

static char *header_dup(const char *s, size_t n, const char *name)
{
    size_t len;
    const char *v = header(s, n, name, &len);
    return v ? tc_xstrndup(v, len) : NULL;
}

/* Delivers an HTML response record whose header block is head[0..hlen) and whose block
 * (cut at the limit) is body[0..blen). */
static int warc_deliver(reader *r, const char *input, const char *head, size_t hlen,
                        const char *body, size_t blen)
{
    size_t html_len;
    const char *html = http_html(body, blen, &html_len);
    if (!html || !html_len) return 0;
    char *url = header_dup(head, hlen, "WARC-Target-URI");
    char *date = header_dup(head, hlen, "WARC-Date");
    tc_raw raw = {.input = input,
                  .kind = TC_RAW_HTML,
                  .body = html,
                  .body_len = html_len,
                  .url = url,
                  .date = date,
                  .date_source = date ? "warc" : NULL};
    int rc = deliver(r, &raw);
    free(url);
    free(date);
    return rc;
}

/* One record at the window's start: delivered when an HTML response, then consumed. 1 when
 * the data ends inside it or it is malformed (reported), else 0 or the callback's value in
 * *rc. */
static int warc_record(reader *r, stream *st, const char *input, int *rc)
{
    const char *end;
    while (!(end = headers_end(st->buf + st->start, avail(st))))
        if (avail(st) > WARC_HEAD_MAX || !more(st)) return 1;
    const char *rec = st->buf + st->start, *v;
    size_t hlen = (size_t)(end - rec), vlen;
    if (avail(st) < 5 || memcmp(rec, "WARC/", 5) != 0 ||
        !(v = header(rec, hlen, "Content-Length", &vlen)))
        return 1;
    char digits[24];
    snprintf(digits, sizeof digits, "%.*s", (int)(vlen < 20 ? vlen : 20), v);
    uint64_t clen = strtoull(digits, NULL, 10);
    const char *type = header(rec, hlen, "WARC-Type", &vlen);
    if (type && vlen == 8 && strncmp(type, "response", 8) == 0) {
        size_t keep = clen > r->max_markup ? r->max_markup : (size_t)clen;
        if (!ensure(st, hlen + keep)) return 1;
        if (keep < clen) {
            r->stats.cut++;
            notice(r, input, "record of %llu bytes cut at %zu (--max-record)",
                   (unsigned long long)clen, keep);
        }
        rec = st->buf + st->start;
        *rc = warc_deliver(r, input, rec, hlen, rec + hlen, keep);
    }
    return skip(st, hlen + clen) ? 0 : 1;
}

/* Every record of a (decompressed) WARC stream; input names are "FILE:N". */
static int read_warc(reader *r, stream *st, const char *path)
{
    char *input = tc_xmalloc(strlen(path) + 24);
    size_t records = 0, before = r->stats.records;
    int rc = 0;
    while (rc == 0) {
        /* Records are followed by two CRLFs; tolerate any number of line ends. */
        while ((avail(st) || more(st)) &&
               (st->buf[st->start] == '\r' || st->buf[st->start] == '\n'))
            consume(st, 1);
        if (!avail(st)) break;
        sprintf(input, "%s:%zu", path, ++records);
        if (warc_record(r, st, input, &rc)) {
            /* A gzip break is reported once, by the caller. */
            if (!st->src.err) report(r, input, TC_EPARSE, "truncated or malformed WARC record");
            break;
        }
    }
    if (rc == 0 && r->stats.records == before && !st->src.err)
        report(r, path, TC_EEMPTY, "no HTML response records in WARC file");
    free(input);
    return rc;
}

/* ---- files ---- */

/* A text or HTML file: one article, cut at the limit (the rest is not read). */
static int read_whole(reader *r, stream *st, const char *path, file_kind kind)
{
    size_t max = kind == KIND_TEXT ? r->max_text : r->max_markup;
    bool cut = ensure(st, max + 1);
    char *body = st->buf + st->start;
    size_t n = cut ? utf8_cut(body, avail(st), max) : avail(st);
    if (n == 0) {
        if (!st->src.err) report(r, path, TC_EEMPTY, "empty file");
        return 0;
    }
    if (looks_binary(body, n)) {
        report(r, path, TC_EBINARY, "binary file");
        return 0;
    }
    size_t nul = strip_nul(body, &n);
    if (nul) notice(r, path, "%zu NUL bytes removed from the text", nul);
    if (cut) {
        r->stats.cut++;
        notice(r, path, "%s cut at %zu bytes (--max-record); the rest is not read",
               kind == KIND_TEXT ? "text" : "page", max);
    }
    tc_raw raw = {.input = path,
                  .kind = kind == KIND_HTML ? TC_RAW_HTML : TC_RAW_TEXT,
                  .body = body,
                  .body_len = n};
    return deliver(r, &raw);
}

/* The start of the data, for sniffing: reads until a non-blank byte and a few more are in
 * the window (a live pipe may give one line at a time). */
static void head(stream *st)
{
    while (more(st)) {
        size_t i = skip_blank(st->buf + st->start, avail(st));
        if (avail(st) >= i + 5) return;
    }
}

/* Reads one file; sniffs its kind when sniffing (standard input). */
static int read_file(reader *r, const char *path, file_kind kind, bool sniffing)
{
    stream st = {0};
    if (source_open(&st.src, path) < 0) {
        report(r, path, errno == ENOENT ? TC_ENOTFOUND : TC_EIO, "%s", strerror(errno));
        return 0;
    }
    r->stats.files++;
    head(&st);
    const char *s = st.buf + st.start;
    if (sniffing) kind = sniff(s, avail(&st));
    int rc = 0;
    /* Before the binary test: WARC payloads may be images. */
    if (kind == KIND_WARC || (avail(&st) >= 5 && memcmp(s, "WARC/", 5) == 0))
        rc = read_warc(r, &st, path);
    else if (kind != KIND_JSONL)
        rc = read_whole(r, &st, path, kind);
    else if (avail(&st) && looks_binary(s, avail(&st)))
        report(r, path, TC_EBINARY, "binary file");
    else if (!avail(&st) && !st.src.err)
        report(r, path, TC_EEMPTY, "empty file");
    else
        rc = read_jsonl(r, &st, path);
    if (st.src.err) report(r, path, st.src.err, "%s", st.src.why);
    source_close(&st.src);
    free(st.buf);
    return rc;
}

/* ---- directories ---- */

static size_t dir_slot(const reader *r, dir_id id)
{
    uint64_t h =
        ((uint64_t)id.dev * 0x9E3779B97F4A7C15u) ^ ((uint64_t)id.ino * 0xC2B2AE3D27D4EB4Fu);
    return (size_t)(h ^ (h >> 29)) & (r->dir_cap - 1);
}

/* Adds the directory to the set; false when it was there already. */
static bool dir_visit(reader *r, const struct stat *st)
{
    dir_id id = {st->st_dev, st->st_ino ? st->st_ino : (ino_t)-1};
    if ((r->ndirs + 1) * 2 > r->dir_cap) {
        dir_id *old = r->dirs;
        size_t old_cap = r->dir_cap;
        r->dir_cap = old_cap ? old_cap * 2 : 64;
        r->dirs = tc_xcalloc(r->dir_cap, sizeof *r->dirs);
        for (size_t i = 0; i < old_cap; i++) {
            if (!old[i].ino) continue;
            size_t k = dir_slot(r, old[i]);
            while (r->dirs[k].ino) k = (k + 1) & (r->dir_cap - 1);
            r->dirs[k] = old[i];
        }
        free(old);
    }
    size_t k = dir_slot(r, id);
    for (; r->dirs[k].ino; k = (k + 1) & (r->dir_cap - 1))
        if (r->dirs[k].ino == id.ino && r->dirs[k].dev == id.dev) return false;
    r->dirs[k] = id;
    r->ndirs++;
    return true;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The entries of a directory but . and .., sorted by name (heap array of heap strings). */
static char **list_dir(DIR *d, size_t *count)
{
    size_t n = 0, cap = 16;
    char **names = tc_xmalloc(cap * sizeof *names);
    for (struct dirent *e; (e = readdir(d));) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        if (n == cap) names = tc_xrealloc(names, (cap *= 2) * sizeof *names);
        names[n++] = tc_xstrdup(e->d_name);
    }
    qsort(names, n, sizeof *names, cmp_names);
    *count = n;
    return names;
}

/* A skipped entry: counted; named when verbose (or always, when always). */
static void skipped(reader *r, const char *path, bool always, const char *why)
{
    r->stats.skipped++;
    if (always || r->o.verbose) notice(r, path, "skipped: %s", why);
}

static int read_dir(reader *r, const char *path, int depth);

static int read_entry(reader *r, const char *child, const char *name, int depth)
{
    struct stat st, lst;
    file_kind kind;
    if (name[0] == '.') {
        skipped(r, child, false, "hidden");
        return 0;
    }
    if (stat(child, &st) != 0) {
        bool link = lstat(child, &lst) == 0 && S_ISLNK(lst.st_mode);
        skipped(r, child, true, link ? "dangling symbolic link" : strerror(errno));
        return 0;
    }
    if (S_ISDIR(st.st_mode)) {
        if (!dir_visit(r, &st)) {
            skipped(r, child, true, "a link to a directory already read (a loop?)");
            return 0;
        }
        return read_dir(r, child, depth + 1);
    }
    if (!S_ISREG(st.st_mode)) {
        skipped(r, child, false, "not a regular file");
        return 0;
    }
    if (!kind_of_name(name, &kind)) {
        skipped(r, child, false, "not a kind tocsin reads (.txt .html .jsonl .warc, gzipped)");
        return 0;
    }
    return read_file(r, child, kind, false);
}

static int read_dir(reader *r, const char *path, int depth)
{
    if (depth > MAX_DIR_DEPTH) {
        report(r, path, TC_EUSAGE, "directories nested more than %d deep", MAX_DIR_DEPTH);
        return 0;
    }
    DIR *d = opendir(path);
    if (!d) {
        report(r, path, TC_EIO, "%s", strerror(errno));
        return 0;
    }
    size_t n, plen = strlen(path);
    char **names = list_dir(d, &n);
    closedir(d);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        if (rc == 0) {
            char *child = tc_xmalloc(plen + strlen(names[i]) + 2);
            sprintf(child, "%s%s%s", path, plen && path[plen - 1] == '/' ? "" : "/", names[i]);
            rc = read_entry(r, child, names[i], depth);
            free(child);
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

static int read_input(reader *r, const char *path)
{
    if (strcmp(path, "-") == 0) return read_file(r, path, KIND_TEXT, true);
    struct stat st;
    if (stat(path, &st) != 0) {
        report(r, path, errno == ENOENT ? TC_ENOTFOUND : TC_EIO, "%s", strerror(errno));
        return 0;
    }
    if (!S_ISDIR(st.st_mode)) {
        file_kind kind = KIND_TEXT;
        kind_of_name(path, &kind);
        return read_file(r, path, kind, false);
    }
    if (!dir_visit(r, &st)) {
        skipped(r, path, true, "a directory already read");
        return 0;
    }
    size_t before = r->stats.records;
    int rc = read_dir(r, path, 0);
    if (rc == 0 && r->stats.records == before)
        report(r, path, TC_EEMPTY, "no articles in directory");
    return rc;
}

int tc_read_stream(const char *const *inputs, size_t n, const tc_read_opts *o, tc_raw_fn fn,
                   void *ctx, tc_read_stats *stats)
{
    reader r = {.o = *o, .fn = fn, .ctx = ctx};
    r.max_text = o->max_record ? o->max_record : TC_READ_MAX_RECORD;
    r.max_markup = r.max_text > SIZE_MAX / 4 ? SIZE_MAX / 2 : r.max_text * 4;
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) rc = read_input(&r, inputs[i]);
    free(r.dirs);
    if (stats) *stats = r.stats;
    return rc;
}

int tc_read_inputs(const char *const *inputs, size_t n, size_t max_record, tc_raw_fn fn, void *ctx,
                   tc_diag_fn diag, void *dctx, tc_read_stats *stats)
{
    tc_read_opts o = {.max_record = max_record, .diag = diag, .dctx = dctx};
    return tc_read_stream(inputs, n, &o, fn, ctx, stats);
}

/* ---- whole-buffer gzip ---- */

int tc_read_is_gzip(const char *buf, size_t len)
{
    return len >= 2 && (unsigned char)buf[0] == 0x1f && (unsigned char)buf[1] == 0x8b;
}

char *tc_read_gunzip(const char *buf, size_t len, size_t max, size_t *out_len, tc_err *err)
{
    if (!tc_read_is_gzip(buf, len)) {
        tc_err_set(err, TC_EPARSE, "not gzip data");
        return NULL;
    }
    z_stream z = {0};
    if (inflateInit2(&z, 15 + 16) != Z_OK) abort();
    size_t cap = len * 4 + CHUNK, n = 0;
    char *out = tc_xmalloc(cap);
    z.next_in = (unsigned char *)(uintptr_t)buf;
    z.avail_in = (uInt)len; /* inputs past 4 GB are read by tc_read_stream, not here */
    int rc = Z_OK;
    while (rc != Z_DATA_ERROR && rc != Z_MEM_ERROR) {
        if (cap - n < CHUNK) out = tc_xrealloc(out, cap *= 2);
        z.next_out = (unsigned char *)out + n;
        z.avail_out = (uInt)(cap - n - 1);
        rc = inflate(&z, Z_NO_FLUSH);
        n = (size_t)((char *)z.next_out - out);
        if (max && n > max) {
            tc_err_set(err, TC_ETOOBIG, "over %zu bytes once decompressed", max);
            break;
        }
        if (rc == Z_STREAM_END) {
            if (!z.avail_in || z.next_in[0] != 0x1f) break;
            inflateReset(&z);
        } else if (rc == Z_BUF_ERROR && z.avail_out) {
            tc_err_set(err, TC_EPARSE, "truncated gzip data");
            break;
        }
    }
    if (rc == Z_DATA_ERROR || rc == Z_MEM_ERROR)
        tc_err_set(err, TC_EPARSE, "corrupt gzip data: %s", z.msg ? z.msg : "bad data");
    bool ok = rc == Z_STREAM_END && !(max && n > max);
    inflateEnd(&z);
    if (!ok) {
        free(out);
        return NULL;
    }
    out[n] = 0;
    *out_len = n;
    return out;
}

char *tc_read_file(const char *path, size_t max, size_t *len, tc_err *err)
{
    char *buf = tc_file_read(path, max, len, err);
    if (!buf || !tc_read_is_gzip(buf, *len)) return buf;
    char *plain = tc_read_gunzip(buf, *len, max, len, err);
    free(buf);
    return plain;
}
