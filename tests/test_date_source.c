/* Tests of the article's date_source (extract.h): where the date came from, for each place
 * extract looks, through read for JSONL and WARC and through tc_extract for the rest. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "arena.h"
#include "extract.h"
#include "read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Each record read: its date and date_source after extraction. */
typedef struct {
    char date[8][11], source[8][16];
    int n;
} seen;

static int extract_one(const tc_raw *raw, void *ctx)
{
    seen *s = ctx;
    tc_arena *a = tc_arena_new(0);
    tc_article art;
    tc_err err = {0};
    if (tc_extract(raw, a, &art, &err) == TC_OK && s->n < 8) {
        snprintf(s->date[s->n], sizeof s->date[0], "%s", art.date);
        snprintf(s->source[s->n], sizeof s->source[0], "%s", art.date_source);
    }
    s->n++;
    tc_arena_free(a);
    return 0;
}

static void read_all(const char *path, seen *s)
{
    memset(s, 0, sizeof *s);
    const char *in[] = {path};
    tc_read_stats st;
    assert_int_equal(tc_read_inputs(in, 1, 0, extract_one, s, NULL, NULL, &st), 0);
}

static void test_jsonl(void **state)
{
    char path[] = "/tmp/tc_date_source_XXXXXX.jsonl";
    int fd = mkstemps(path, 6);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs("{\"date\": \"2023-09-19\", \"text\": \"Armenia criticized Azerbaijan.\"}\n"
          "{\"published\": \"2024-01-02T10:00:00Z\", \"text\": \"France criticized Russia.\"}\n"
          "{\"date\": \"soon\", \"text\": \"Russia criticized France on 28 July 2023.\"}\n"
          "{\"url\": \"https://x.example/news/2022/12/13/road\", \"text\": \"A road closed.\"}\n"
          "{\"text\": \"Nothing here has a date.\"}\n",
          f);
    fclose(f);
    seen s;
    read_all(path, &s);
    unlink(path);
    assert_int_equal(s.n, 5);
    static const char *const date[] = {"2023-09-19", "2024-01-02", "2023-07-28", "2022-12-13", ""};
    static const char *const source[] = {"jsonl", "jsonl", "text", "url", "none"};
    for (int i = 0; i < 5; i++) {
        assert_string_equal(s.date[i], date[i]);
        assert_string_equal(s.source[i], source[i]);
    }
}

/* tests/data/read/crawl.warc.gz: two HTML responses, each with its WARC-Date. */
static void test_warc(void **state)
{
    seen s;
    read_all("tests/data/read/crawl.warc.gz", &s);
    assert_int_equal(s.n, 2);
    for (int i = 0; i < 2; i++) {
        assert_string_equal(s.source[i], "warc");
        assert_int_equal(strlen(s.date[i]), 10);
    }
}

static void extract_raw(const tc_raw *raw, tc_article *art, tc_arena *a)
{
    tc_err err = {0};
    assert_int_equal(tc_extract(raw, a, art, &err), TC_OK);
}

static void test_page_and_caller(void **state)
{
    tc_arena *a = tc_arena_new(0);
    tc_article art;
    const char page[] =
        "<html><head><meta property='article:published_time' content='2021-03-04T05:06:07Z'>"
        "<title>T</title></head><body><article><p>Armenia criticized Azerbaijan over the road "
        "on Monday, officials said in a statement.</p></article></body></html>";
    tc_raw raw = {
        .input = "page.html", .kind = TC_RAW_HTML, .body = page, .body_len = sizeof page - 1};
    extract_raw(&raw, &art, a);
    assert_string_equal(art.date, "2021-03-04");
    assert_string_equal(art.date_source, "meta");
    /* A container's date wins over the page's; a caller that names no container. */
    raw.date = "2020-01-02";
    extract_raw(&raw, &art, a);
    assert_string_equal(art.date, "2020-01-02");
    assert_string_equal(art.date_source, "container");
    raw.date_source = "warc";
    extract_raw(&raw, &art, a);
    assert_string_equal(art.date_source, "warc");
    /* A container date that is no date: the page's. */
    raw.date = "yesterday";
    extract_raw(&raw, &art, a);
    assert_string_equal(art.date, "2021-03-04");
    assert_string_equal(art.date_source, "meta");
    /* Failure still fills it. */
    tc_raw empty = {.input = "e.txt", .kind = TC_RAW_TEXT, .body = "", .body_len = 0};
    tc_err err = {0};
    assert_int_equal(tc_extract(&empty, a, &art, &err), TC_EEMPTY);
    assert_string_equal(art.date_source, "none");
    tc_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsonl),
        cmocka_unit_test(test_warc),
        cmocka_unit_test(test_page_and_caller),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
