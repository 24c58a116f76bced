/* read: files, directories and standard input to raw articles (see read.h).
 *
 * Every input is read whole into one heap buffer (tc_file_read) and cut into raw articles
 * that point into it: a text or HTML file is one article, a JSONL file one per line, a WARC
 * file one per HTML response record. gzip data (by its magic bytes) is decompressed first
 * with libarchive. The kind of a file comes from its name through the `kinds` table;
 * standard input is sniffed.
 * A reader struct carries the callback, the diagnostic sink and the counts through the
 * recursive directory walk. */
#include "read.h"

#include "arena.h"
#include "file.h"
#include "span.h"

#include <archive.h>
#include <archive_entry.h>
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define DEFAULT_MAX_BYTES ((size_t)256 << 20)
/* Symbolic links can make a directory contain itself: stop well before the stack would. */
#define MAX_DIR_DEPTH 64

typedef enum { KIND_TEXT, KIND_HTML, KIND_JSONL, KIND_WARC } file_kind;

static const struct {
    const char *ext;
    file_kind kind;
} kinds[] = {
    {".jsonl", KIND_JSONL}, {".ndjson", KIND_JSONL}, {".html", KIND_HTML}, {".htm", KIND_HTML},
    {".xhtml", KIND_HTML},  {".txt", KIND_TEXT},     {".warc", KIND_WARC},
};

typedef struct {
    size_t max_bytes;
    tc_raw_fn fn;
    void *ctx;
    tc_diag_fn diag;
    void *dctx;
    tc_read_stats stats;
} reader;

static void report(reader *r, const char *input, int code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void report(reader *r, const char *input, int code, const char *fmt, ...)
{
    char reason[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    r->stats.failures++;
    if (r->diag)
        r->diag(&(tc_diag){.input = input, .stage = "read", .code = code, .reason = reason},
                r->dctx);
}

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

static file_kind sniff(const char *s, size_t n)
{
    size_t i = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
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
    raw.body = field(obj, "text", &raw.body_len);
    if (!raw.body || raw.body_len == 0) {
        raw.kind = TC_RAW_HTML;
        raw.body = field(obj, "html", &raw.body_len);
    }
    int rc = 0;
    if (!raw.body || raw.body_len == 0) {
        report(r, input, TC_EEMPTY, "no \"text\" or \"html\" field");
    } else {
        raw.url = first_field(obj, url_keys);
        raw.outlet = first_field(obj, outlet_keys);
        raw.date = first_field(obj, date_keys);
        raw.title = field(obj, "title", NULL);
        raw.author = field(obj, "author", NULL);
        rc = deliver(r, &raw);
    }
    json_decref(obj);
    return rc;
}

static int read_jsonl(reader *r, const char *path, const char *buf, size_t len)
{
    char *input = tc_xmalloc(strlen(path) + 24);
    size_t lineno = 0, start = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    int rc = 0;
    for (size_t i = start; i < len && rc == 0;) {
        const char *nl = memchr(buf + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - buf) : len, n = end - i;
        if (n && buf[i + n - 1] == '\r') n--;
        sprintf(input, "%s:%zu", path, ++lineno);
        rc = read_json_line(r, input, buf + i, n);
        i = end + 1;
    }
    free(input);
    return rc;
}

/* ---- gzip ---- */

int tc_read_is_gzip(const char *buf, size_t len)
{
    return len >= 2 && (unsigned char)buf[0] == 0x1f && (unsigned char)buf[1] == 0x8b;
}

/* Appends everything archive a yields for its current entry to *out (heap, grown by
 * doubling); false on corrupt or truncated data or past max bytes (err says which). */
static bool slurp_entry(struct archive *a, char **out, size_t *n, size_t *cap, size_t max,
                        tc_err *err)
{
    for (;;) {
        if (*cap - *n < 65536) *out = tc_xrealloc(*out, *cap = *cap * 2 + 65536);
        la_ssize_t got = archive_read_data(a, *out + *n, *cap - *n - 1);
        if (got == 0) return true;
        if (got < 0) {
            tc_err_set(err, TC_EPARSE, "corrupt or truncated data: %s", archive_error_string(a));
            return false;
        }
        *n += (size_t)got;
        if (max && *n > max) {
            tc_err_set(err, TC_ETOOBIG, "over %zu bytes once decompressed", max);
            return false;
        }
    }
}

/* Decompresses into *out (heap, NUL-terminated, *n bytes): what comes before an error is
 * kept, so a truncated file still gives its beginning. False with err filled on an error. */
static bool gunzip(const char *buf, size_t len, size_t max, char **out, size_t *n, tc_err *err)
{
    struct archive *a = archive_read_new();
    archive_read_support_filter_gzip(a);
    archive_read_support_format_raw(a);
    struct archive_entry *e;
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    /* The raw format takes any bytes: only gzip is asked for here. */
    bool ok = tc_read_is_gzip(buf, len) && archive_read_open_memory(a, buf, len) == ARCHIVE_OK &&
              archive_read_next_header(a, &e) == ARCHIVE_OK;
    if (!ok)
        tc_err_set(err, TC_EPARSE, "corrupt or truncated gzip: %s", archive_error_string(a));
    else
        ok = slurp_entry(a, out, n, &cap, max, err);
    archive_read_free(a);
    if (!*out) *out = tc_xmalloc(1);
    (*out)[*n] = 0;
    return ok;
}

char *tc_read_gunzip(const char *buf, size_t len, size_t max, size_t *out_len, tc_err *err)
{
    char *out;
    if (gunzip(buf, len, max, &out, out_len, err)) return out;
    free(out);
    return NULL;
}

char *tc_read_file(const char *path, size_t max, size_t *len, tc_err *err)
{
    char *buf = tc_file_read(path, max, len, err);
    if (!buf || !tc_read_is_gzip(buf, *len)) return buf;
    char *plain = tc_read_gunzip(buf, *len, max, len, err);
    free(buf);
    return plain;
}

/* ---- WARC ---- */

/* WARC records are parsed here rather than by libarchive's WARC reader, which keeps only
 * the path of WARC-Target-URI; libarchive still does the gzip (one member per record). */

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

/* One WARC record at s[*at..n): delivers it when it is an HTML response; *at moves past it.
 * False when the data ends inside the record (a truncated file). */
static bool warc_record(reader *r, const char *input, const char *s, size_t n, size_t *at, int *rc)
{
    const char *rec = s + *at, *body = headers_end(rec, n - *at), *v;
    size_t vlen;
    if (!body || (v = header(rec, (size_t)(body - rec), "Content-Length", &vlen)) == NULL)
        return false;
    char digits[24];
    snprintf(digits, sizeof digits, "%.*s", (int)(vlen < 20 ? vlen : 20), v);
    size_t clen = strtoull(digits, NULL, 10);
    if (clen > (size_t)(s + n - body)) return false;
    *at = (size_t)(body - s) + clen;
    while (*at < n && (s[*at] == '\r' || s[*at] == '\n')) (*at)++;
    const char *type = header(rec, (size_t)(body - rec), "WARC-Type", &vlen);
    if (!type || vlen != 8 || strncmp(type, "response", 8) != 0) return true;
    size_t hlen;
    const char *html = http_html(body, clen, &hlen);
    if (!html || !hlen) return true;
    char *url = NULL, *date = NULL;
    if ((v = header(rec, (size_t)(body - rec), "WARC-Target-URI", &vlen)))
        url = tc_xstrndup(v, vlen);
    if ((v = header(rec, (size_t)(body - rec), "WARC-Date", &vlen))) date = tc_xstrndup(v, vlen);
    tc_raw raw = {.input = input,
                  .kind = TC_RAW_HTML,
                  .body = html,
                  .body_len = hlen,
                  .url = url,
                  .date = date};
    *rc = deliver(r, &raw);
    free(url);
    free(date);
    return true;
}

/* A whole (decompressed) WARC file: its HTML response records, one article each; input
 * names are "FILE:N" (N the record's number). */
static int read_warc(reader *r, const char *path, const char *s, size_t n)
{
    char *input = tc_xmalloc(strlen(path) + 24);
    size_t at = 0, records = 0, before = r->stats.records;
    int rc = 0;
    while (rc == 0 && at < n) {
        sprintf(input, "%s:%zu", path, ++records);
        if (n - at < 5 || memcmp(s + at, "WARC/", 5) != 0 ||
            !warc_record(r, input, s, n, &at, &rc)) {
            report(r, input, TC_EPARSE, "truncated or malformed WARC record");
            break;
        }
    }
    if (rc == 0 && r->stats.records == before)
        report(r, path, TC_EEMPTY, "no HTML response records in WARC file");
    free(input);
    return rc;
}

/* ---- files ---- */

static int read_buffer(reader *r, const char *path, file_kind kind, const char *buf, size_t len)
{
    if (len == 0) {
        report(r, path, TC_EEMPTY, "empty file");
        return 0;
    }
    /* Before the binary test: WARC payloads may be images. */
    if (kind == KIND_WARC || (len >= 5 && memcmp(buf, "WARC/", 5) == 0))
        return read_warc(r, path, buf, len);
    if (tc_looks_binary(buf, len)) {
        report(r, path, TC_EBINARY, "binary file");
        return 0;
    }
    if (kind == KIND_JSONL) return read_jsonl(r, path, buf, len);
    tc_raw raw = {.input = path,
                  .kind = kind == KIND_HTML ? TC_RAW_HTML : TC_RAW_TEXT,
                  .body = buf,
                  .body_len = len};
    return deliver(r, &raw);
}

/* Reads one file; sniffs its kind when sniffing (standard input). */
static int read_file(reader *r, const char *path, file_kind kind, bool sniffing)
{
    tc_err err = {0};
    size_t len = 0;
    char *buf = tc_file_read(path, r->max_bytes, &len, &err);
    if (!buf) {
        /* err.msg names the file already; the diagnostic does too. */
        size_t plen = strlen(path);
        const char *why = err.msg;
        if (strncmp(why, path, plen) == 0 && why[plen] == ':')
            why += plen + (why[plen + 1] == ' ' ? 2 : 1);
        report(r, path, err.code, "%s", why);
        return 0;
    }
    r->stats.files++;
    if (tc_read_is_gzip(buf, len)) {
        char *plain;
        if (!gunzip(buf, len, r->max_bytes, &plain, &len, &err))
            report(r, path, err.code, "%s", err.msg);
        free(buf);
        buf = plain;
        /* What a broken file gave before the break is still read. */
        if (err.code && !len) {
            free(buf);
            return 0;
        }
    }
    if (sniffing) kind = sniff(buf, len);
    int rc = read_buffer(r, path, kind, buf, len);
    free(buf);
    return rc;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The visible entries of a directory, sorted by name (heap array of heap strings). */
static char **list_dir(DIR *d, size_t *count)
{
    size_t n = 0, cap = 16;
    char **names = tc_xmalloc(cap * sizeof *names);
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.') continue;
        if (n == cap) names = tc_xrealloc(names, (cap *= 2) * sizeof *names);
        names[n++] = tc_xstrdup(e->d_name);
    }
    qsort(names, n, sizeof *names, cmp_names);
    *count = n;
    return names;
}

static int read_dir(reader *r, const char *path, int depth)
{
    if (depth > MAX_DIR_DEPTH) {
        report(r, path, TC_EUSAGE, "directories nested too deep (a symbolic link loop?)");
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
        char *child = tc_xmalloc(plen + strlen(names[i]) + 2);
        sprintf(child, "%s%s%s", path, plen && path[plen - 1] == '/' ? "" : "/", names[i]);
        struct stat st;
        file_kind kind;
        if (rc == 0 && stat(child, &st) == 0) {
            if (S_ISDIR(st.st_mode))
                rc = read_dir(r, child, depth + 1);
            else if (S_ISREG(st.st_mode) && kind_of_name(names[i], &kind))
                rc = read_file(r, child, kind, false);
        }
        free(child);
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
    size_t before = r->stats.records;
    int rc = read_dir(r, path, 0);
    if (rc == 0 && r->stats.records == before)
        report(r, path, TC_EEMPTY, "no articles in directory");
    return rc;
}

int tc_read_inputs(const char *const *inputs, size_t n, size_t max_bytes, tc_raw_fn fn, void *ctx,
                   tc_diag_fn diag, void *dctx, tc_read_stats *stats)
{
    reader r = {.max_bytes = max_bytes ? max_bytes : DEFAULT_MAX_BYTES,
                .fn = fn,
                .ctx = ctx,
                .diag = diag,
                .dctx = dctx};
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) rc = read_input(&r, inputs[i]);
    if (stats) *stats = r.stats;
    return rc;
}
