/* Tests of read: JSONL lines and their diagnostics, directory order, missing, empty, binary
 * and oversized files, a 1 MB line, standard input sniffing, stopping early, WARC and gzip
 * inputs whole and truncated. Run from the
 * repository root (fixtures in tests/data/read/); generated files go to a temporary folder. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "arena.h"
#include "file.h"
#include "read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_SEEN 16

typedef struct {
    char *input, *body, *url, *outlet, *date, *title, *author;
    tc_raw_kind kind;
    size_t body_len;
} record;

typedef struct {
    record rec[MAX_SEEN];
    size_t n;
    char *diag_input[MAX_SEEN], *diag_reason[MAX_SEEN];
    int diag_code[MAX_SEEN];
    size_t ndiag;
    int stop_after; /* stop with 7 after this many records (0: never) */
} seen;

static char *dup_or_null(const char *s)
{
    return s ? tc_xstrdup(s) : NULL;
}

static int collect(const tc_raw *raw, void *ctx)
{
    seen *s = ctx;
    assert_true(s->n < MAX_SEEN);
    record *r = &s->rec[s->n++];
    r->input = tc_xstrdup(raw->input);
    r->kind = raw->kind;
    r->body = tc_xstrndup(raw->body, raw->body_len);
    r->body_len = raw->body_len;
    r->url = dup_or_null(raw->url);
    r->outlet = dup_or_null(raw->outlet);
    r->date = dup_or_null(raw->date);
    r->title = dup_or_null(raw->title);
    r->author = dup_or_null(raw->author);
    return s->stop_after && (int)s->n == s->stop_after ? 7 : 0;
}

static void diag(const tc_diag *d, void *ctx)
{
    seen *s = ctx;
    assert_true(s->ndiag < MAX_SEEN);
    assert_string_equal(d->stage, "read");
    s->diag_input[s->ndiag] = tc_xstrdup(d->input);
    s->diag_reason[s->ndiag] = tc_xstrdup(d->reason);
    s->diag_code[s->ndiag++] = d->code;
}

static void seen_free(seen *s)
{
    for (size_t i = 0; i < s->n; i++) {
        record *r = &s->rec[i];
        free(r->input), free(r->body), free(r->url), free(r->outlet);
        free(r->date), free(r->title), free(r->author);
    }
    for (size_t i = 0; i < s->ndiag; i++) free(s->diag_input[i]), free(s->diag_reason[i]);
    memset(s, 0, sizeof *s);
}

static int read_all(seen *s, tc_read_stats *st, size_t max, size_t n, const char *const *in)
{
    return tc_read_inputs(in, n, max, collect, s, diag, s, st);
}

/* A temporary folder for generated inputs, removed by teardown. */
static char tmpdir[64];

static int make_tmp(void **state)
{
    strcpy(tmpdir, "/tmp/tocsin-test-read-XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int remove_tmp(void **state)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static char *tmp_path(const char *name)
{
    char *p = tc_xmalloc(strlen(tmpdir) + strlen(name) + 2);
    sprintf(p, "%s/%s", tmpdir, name);
    return p;
}

static char *write_tmp(const char *name, const char *data, size_t n)
{
    char *p = tmp_path(name);
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    fclose(f);
    return p;
}

static void test_jsonl_lines(void **state)
{
    const char *in[] = {"tests/data/read/articles.jsonl"};
    seen s = {0};
    tc_read_stats st;
    assert_int_equal(read_all(&s, &st, 0, 1, in), 0);
    assert_int_equal(s.n, 3);
    assert_int_equal(st.files, 1);
    assert_int_equal(st.records, 3);
    assert_int_equal(st.failures, 2);

    record *r = &s.rec[0];
    assert_string_equal(r->input, "tests/data/read/articles.jsonl:1");
    assert_int_equal(r->kind, TC_RAW_TEXT);
    assert_string_equal(r->body, "Negotiators met in Geneva on Friday.");
    assert_string_equal(r->url, "https://www.example.org/news/1");
    assert_string_equal(r->outlet, "Example Post");
    assert_string_equal(r->date, "2023-07-28");
    assert_string_equal(r->title, "Talks resume");
    assert_string_equal(r->author, "A. Writer");

    r = &s.rec[1]; /* html body; a number date and an array title are ignored */
    assert_string_equal(r->input, "tests/data/read/articles.jsonl:2");
    assert_int_equal(r->kind, TC_RAW_HTML);
    assert_string_equal(r->body, "<p>Ministers signed the accord.</p>");
    assert_null(r->date);
    assert_null(r->title);
    assert_null(r->author);

    r = &s.rec[2];
    assert_string_equal(r->input, "tests/data/read/articles.jsonl:3");
    assert_string_equal(r->outlet, "Wire");
    assert_null(r->url);

    assert_int_equal(s.ndiag, 2);
    assert_string_equal(s.diag_input[0], "tests/data/read/articles.jsonl:4");
    assert_int_equal(s.diag_code[0], TC_EPARSE);
    assert_string_equal(s.diag_input[1], "tests/data/read/articles.jsonl:5");
    assert_int_equal(s.diag_code[1], TC_EEMPTY);
    seen_free(&s);
}

static void test_jsonl_odd_lines(void **state)
{
    static const char data[] = "\xEF\xBB\xBF[1, 2]\n"
                               "\n"
                               "   \r\n"
                               "{\"text\": 42}\n"
                               "{\"text\": \"\", \"html\": \"<b>kept</b>\"}\r\n"
                               "{\"text\": \"no final newline\"}";
    char *p = write_tmp("odd.ndjson", data, sizeof data - 1);
    const char *in[] = {p};
    seen s = {0};
    tc_read_stats st;
    assert_int_equal(read_all(&s, &st, 0, 1, in), 0);
    assert_int_equal(s.n, 2);
    assert_int_equal(s.rec[0].kind, TC_RAW_HTML);
    assert_string_equal(s.rec[0].body, "<b>kept</b>");
    assert_string_equal(s.rec[1].body, "no final newline");
    assert_int_equal(s.ndiag, 4); /* an array, an empty line, a blank line, a number text */
    assert_non_null(strstr(s.diag_reason[0], "not a JSON object"));
    assert_non_null(strstr(s.diag_reason[1], "empty"));
    assert_non_null(strstr(s.diag_input[2], ".ndjson:3"));
    assert_non_null(strstr(s.diag_input[3], ".ndjson:4"));
    seen_free(&s);
    free(p);
}

/* Other dumps' names for the fields: "published", "pubDate", "link", "publisher"; ours win
 * when both are there, and an empty value gives way to the next name. */
static void test_jsonl_field_names(void **state)
{
    static const char data[] =
        "{\"text\": \"a\", \"published\": \"2025-03-14 20:30:26Z\", \"link\": \"https://x.org/a\","
        " \"publisher\": \"X News\"}\n"
        "{\"text\": \"b\", \"date\": \"2023-01-02\", \"pubDate\": \"2020-01-01\"}\n"
        "{\"text\": \"c\", \"date\": \"\", \"publish_date\": \"2022-12-12\"}\n";
    char *p = write_tmp("names.jsonl", data, sizeof data - 1);
    const char *in[] = {p};
    seen s = {0};
    tc_read_stats st;
    assert_int_equal(read_all(&s, &st, 0, 1, in), 0);
    assert_int_equal(s.n, 3);
    assert_string_equal(s.rec[0].date, "2025-03-14 20:30:26Z");
    assert_string_equal(s.rec[0].url, "https://x.org/a");
    assert_string_equal(s.rec[0].outlet, "X News");
    assert_string_equal(s.rec[1].date, "2023-01-02");
    assert_string_equal(s.rec[2].date, "2022-12-12");
    seen_free(&s);
    free(p);
    (void)state;
}

static void test_directory_order(void **state)
{
    const char *in[] = {"tests/data/read/tree"};
    seen s = {0};
    tc_read_stats st;
    assert_int_equal(read_all(&s, &st, 0, 1, in), 0);
    assert_int_equal(s.ndiag, 0);
    assert_int_equal(s.n, 4);
    assert_int_equal(st.files, 4);
    assert_string_equal(s.rec[0].input, "tests/data/read/tree/a/1.jsonl:1");
    assert_string_equal(s.rec[0].body, "From the tree JSONL.");
    assert_string_equal(s.rec[1].input, "tests/data/read/tree/a/2.html");
    assert_int_equal(s.rec[1].kind, TC_RAW_HTML);
    assert_string_equal(s.rec[2].input, "tests/data/read/tree/b.txt");
    assert_int_equal(s.rec[2].kind, TC_RAW_TEXT);
    assert_string_equal(s.rec[2].body, "Plain text headline\n\nPlain text body.\n");
    assert_string_equal(s.rec[3].input, "tests/data/read/tree/d.HTM");
    assert_int_equal(s.rec[3].kind, TC_RAW_HTML);
    seen_free(&s);
}

static void test_missing_empty_binary(void **state)
{
    static const char bin[] = "\x7f"
                              "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0";
    char *empty = write_tmp("empty.txt", "", 0);
    char *binary = write_tmp("binary.txt", bin, sizeof bin - 1);
    char *dir = tmp_path("nothing");
    assert_int_equal(mkdir(dir, 0700), 0);
    const char *in[] = {"tests/data/read/no-such-file.txt", empty, binary, dir,
                        "tests/data/read/tree/b.txt"};
    seen s = {0};
    tc_read_stats st;
    assert_int_equal(read_all(&s, &st, 0, 5, in), 0);
    assert_int_equal(s.n, 1); /* the batch goes on after each problem */
    assert_int_equal(s.ndiag, 4);
    assert_int_equal(st.failures, 4);
    assert_int_equal(st.files, 3);
    assert_string_equal(s.diag_input[0], "tests/data/read/no-such-file.txt");
    assert_int_equal(s.diag_code[0], TC_ENOTFOUND);
    assert_string_equal(s.diag_input[1], empty);
    assert_int_equal(s.diag_code[1], TC_EEMPTY);
    assert_string_equal(s.diag_input[2], binary);
    assert_int_equal(s.diag_code[2], TC_EBINARY);
    assert_string_equal(s.diag_input[3], dir);
    assert_int_equal(s.diag_code[3], TC_EEMPTY);
    seen_free(&s);
    free(empty), free(binary), free(dir);
}

/* Over the per-record limit a text is cut, not refused: the notice says so. */
static void test_too_big(void **state)
{
    char *p = write_tmp("big.txt", "0123456789abcdef", 16);
    const char *in[] = {p};
    seen s = {0};
    tc_read_stats st;
    tc_read_opts o = {.max_record = 10, .diag = diag, .notice = diag, .dctx = &s};
    assert_int_equal(tc_read_stream(in, 1, &o, collect, &s, &st), 0);
    assert_int_equal(s.n, 1);
    assert_int_equal(s.rec[0].body_len, 10);
    assert_int_equal(st.cut, 1);
    assert_int_equal(st.failures, 0);
    assert_int_equal(s.ndiag, 1);
    assert_string_equal(s.diag_input[0], p);
    assert_non_null(strstr(s.diag_reason[0], "cut at 10 bytes"));
    seen_free(&s);
    assert_int_equal(read_all(&s, &st, 16, 1, in), 0);
    assert_int_equal(s.n, 1);
    assert_int_equal(s.rec[0].body_len, 16);
    assert_int_equal(st.cut, 0);
    seen_free(&s);
    free(p);
}

static void test_megabyte_line(void **state)
{
    size_t body = 1 << 20;
    char *line = tc_xmalloc(body + 64);
    size_t n = (size_t)sprintf(line, "{\"title\": \"Long\", \"text\": \"");
    for (size_t i = 0; i < body; i++) line[n++] = i % 7 == 6 ? ' ' : (char)('a' + i % 26);
    n += (size_t)sprintf(line + n, "\"}\n{\"text\": \"after\"}\n");
    char *p = write_tmp("huge.jsonl", line, n);
    const char *in[] = {p};
    seen s = {0};
    tc_read_stats st;
    assert_int_equal(read_all(&s, &st, 0, 1, in), 0);
    assert_int_equal(s.ndiag, 0);
    assert_int_equal(s.n, 2);
    assert_int_equal(s.rec[0].body_len, body);
    assert_string_equal(s.rec[1].body, "after");
    seen_free(&s);
    free(p), free(line);
}

static void test_stop(void **state)
{
    const char *in[] = {"tests/data/read/articles.jsonl", "tests/data/read/tree"};
    seen s = {.stop_after = 2};
    tc_read_stats st;
    assert_int_equal(read_all(&s, &st, 0, 2, in), 7);
    assert_int_equal(s.n, 2);
    assert_int_equal(st.records, 2);
    assert_int_equal(st.files, 1);
    seen_free(&s);
}

/* Feeds data to tc_read_inputs as standard input through a pipe. */
static void read_stdin(seen *s, const char *data)
{
    int fds[2], saved = dup(0);
    assert_int_equal(pipe(fds), 0);
    assert_int_equal(write(fds[1], data, strlen(data)), (ssize_t)strlen(data));
    close(fds[1]);
    assert_int_equal(dup2(fds[0], 0), 0);
    close(fds[0]);
    clearerr(stdin);
    const char *in[] = {"-"};
    assert_int_equal(read_all(s, NULL, 0, 1, in), 0);
    assert_int_equal(dup2(saved, 0), 0);
    close(saved);
    clearerr(stdin);
}

static void test_stdin_sniffing(void **state)
{
    seen s = {0};
    read_stdin(&s, "  {\"text\": \"one\"}\n{\"text\": \"two\"}\n");
    assert_int_equal(s.n, 2);
    assert_int_equal(s.ndiag, 0);
    assert_string_equal(s.rec[1].input, "-:2");
    assert_string_equal(s.rec[1].body, "two");
    seen_free(&s);

    read_stdin(&s, "  <!doctype html><p>page</p>");
    assert_int_equal(s.n, 1);
    assert_int_equal(s.rec[0].kind, TC_RAW_HTML);
    assert_string_equal(s.rec[0].input, "-");
    seen_free(&s);

    read_stdin(&s, "Headline\nBody text.\n");
    assert_int_equal(s.n, 1);
    assert_int_equal(s.rec[0].kind, TC_RAW_TEXT);
    seen_free(&s);
}

/* Reads a fixture whole (for making broken copies of it). */
static char *fixture(const char *path, size_t *n)
{
    tc_err err;
    char *s = tc_file_read(path, 0, n, &err);
    assert_non_null(s);
    return s;
}

static void test_warc(void **state)
{
    /* warcinfo, request, an HTML response, an image response, an HTML response. */
    const char *in[] = {"tests/data/read/crawl.warc.gz"};
    seen s = {0};
    assert_int_equal(read_all(&s, NULL, 0, 1, in), 0);
    assert_int_equal(s.ndiag, 0);
    assert_int_equal(s.n, 2);
    assert_string_equal(s.rec[0].input, "tests/data/read/crawl.warc.gz:3");
    assert_int_equal(s.rec[0].kind, TC_RAW_HTML);
    assert_string_equal(s.rec[0].url, "https://news.example/2023/07/28/convoy");
    assert_string_equal(s.rec[0].date, "2023-07-28T10:00:02Z");
    assert_true(strncmp(s.rec[0].body, "<html>", 6) == 0); /* past the HTTP headers */
    assert_string_equal(s.rec[1].url, "https://other.example/talks");
    seen_free(&s);
}

static void test_gzip_and_truncation(void **state)
{
    size_t n;
    char *warc = fixture("tests/data/read/crawl.warc.gz", &n);
    seen s = {0};
    /* Cut inside the compressed data, and (decompressed) inside the second HTML record. */
    char *cut_gz = write_tmp("cut.warc.gz", warc, n * 2 / 3);
    size_t plain_n;
    tc_err err;
    char *plain = tc_read_gunzip(warc, n, 0, &plain_n, &err);
    assert_non_null(plain);
    char *cut_warc = write_tmp("cut.warc", plain, plain_n - 40);
    const char *in[] = {cut_gz, cut_warc, "tests/data/read/page.html.gz"};
    assert_int_equal(read_all(&s, NULL, 0, 3, in), 0);
    assert_int_equal(s.ndiag, 2);
    assert_string_equal(s.diag_input[0], cut_gz);
    assert_int_equal(s.diag_code[0], TC_EPARSE);
    assert_int_equal(s.diag_code[1], TC_EPARSE); /* the record cut short */
    /* the first HTML record of the cut WARC, then the gzipped page */
    assert_true(s.n >= 2);
    assert_string_equal(s.rec[s.n - 1].input, "tests/data/read/page.html.gz");
    assert_int_equal(s.rec[s.n - 1].kind, TC_RAW_HTML);
    assert_non_null(strstr(s.rec[s.n - 1].body, "talks resumed in Brussels"));
    assert_null(tc_read_gunzip("not gzip", 8, 0, &plain_n, &err));
    seen_free(&s);
    free(warc), free(plain), free(cut_gz), free(cut_warc);
}

/* Binary by share, not by the first NUL byte: short texts in several languages and
 * encodings, each with a stray NUL, are text (the NUL removed); an executable's header and
 * a UTF-16 text are not. */
static void test_binary_by_share(void **state)
{
    static const struct {
        const char *name, *data;
        size_t len;
        int text;
    } cases[] = {
#define CASE(name, lit, text) {name, lit, sizeof lit - 1, text}
        CASE("fr-latin1.txt",
             "L'\xe9t\xe9 \xe0 No\xebl, o\xf9 \xe7"
             "a?\0 Le d\xe9"
             "bat continue.",
             1),
        CASE("fr.txt",
             "L'\xc3\xa9t\xc3\xa9 \xc3\xa0 No\xc3\xabl.\0 Le d\xc3\xa9"
             "bat.",
             1),
        CASE("ru.txt",
             "\xd0\x9c\xd0\xb8\xd1\x80 \xd0\xb8\0 \xd0\xb2\xd0\xbe\xd0\xb9\xd0\xbd\xd0\xb0", 1),
        CASE("zh.txt", "\xe5\x92\x8c\xe5\xb9\xb3\xe8\xb0\x88\xe5\x88\xa4\0\xe7\xbb\xa7\xe7\xbb\xad",
             1),
        CASE("ar.txt",
             "\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85 \0\xd8\xb9\xd9\x84\xd9\x8a\xd9\x83\xd9\x85", 1),
        CASE("elf.txt",
             "\x7f"
             "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0",
             0),
        CASE("utf16.txt", "N\0e\0w\0s\0 \0t\0o\0d\0a\0y\0", 0),
#undef CASE
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *p = write_tmp(cases[i].name, cases[i].data, cases[i].len);
        const char *in[] = {p};
        seen s = {0};
        tc_read_stats st;
        assert_int_equal(read_all(&s, &st, 0, 1, in), 0);
        assert_int_equal(s.n, (size_t)cases[i].text);
        if (cases[i].text) {
            assert_int_equal(s.rec[0].body_len, cases[i].len - 1);
            assert_null(memchr(s.rec[0].body, 0, s.rec[0].body_len));
        } else {
            assert_int_equal(s.diag_code[0], TC_EBINARY);
        }
        seen_free(&s);
        free(p);
    }
    (void)state;
}

/* A directory with links back to itself is walked once; the links are counted as skipped. */
static void test_link_loop(void **state)
{
    char *dir = tmp_path("loop"), *self = tmp_path("loop/self"), *up = tmp_path("loop/up");
    assert_int_equal(mkdir(dir, 0700), 0);
    free(write_tmp("loop/a.txt", "Headline\n\nBody.\n", 16));
    assert_int_equal(symlink(".", self), 0);
    assert_int_equal(symlink("../loop", up), 0);
    const char *in[] = {dir};
    seen s = {0};
    tc_read_stats st;
    tc_read_opts o = {.diag = diag, .notice = diag, .dctx = &s};
    assert_int_equal(tc_read_stream(in, 1, &o, collect, &s, &st), 0);
    assert_int_equal(s.n, 1);
    assert_int_equal(st.skipped, 2);
    assert_int_equal(st.failures, 0);
    assert_int_equal(s.ndiag, 2);
    assert_non_null(strstr(s.diag_reason[0], "loop"));
    seen_free(&s);
    free(dir), free(self), free(up);
    (void)state;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsonl_lines),
        cmocka_unit_test(test_jsonl_odd_lines),
        cmocka_unit_test(test_jsonl_field_names),
        cmocka_unit_test(test_directory_order),
        cmocka_unit_test(test_missing_empty_binary),
        cmocka_unit_test(test_too_big),
        cmocka_unit_test(test_megabyte_line),
        cmocka_unit_test(test_stop),
        cmocka_unit_test(test_stdin_sniffing),
        cmocka_unit_test(test_warc),
        cmocka_unit_test(test_gzip_and_truncation),
        cmocka_unit_test(test_binary_by_share),
        cmocka_unit_test(test_link_loop),
    };
    return cmocka_run_group_tests(tests, make_tmp, remove_tmp);
}
