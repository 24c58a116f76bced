/* libFuzzer target for extract: the input bytes as an HTML page, then as a plain-text
 * article, through tc_extract. Any status is fine; a broken invariant aborts: the body and
 * the title are valid UTF-8 and NUL-terminated with strlen == their length, the date is ""
 * or "YYYY-MM-DD", the language "" or two letters, no string is NULL.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc fuzz/fuzz_extract.c src/extract.c \
 *         src/arena.c src/span.c src/err.c src/hash.c -lgumbo -lutf8proc -o fuzz_extract */
#include "extract.h"
#include "text.h"
#include "span.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void check_str(const char *s)
{
    if (!s || tc_utf8_valid_prefix(s, strlen(s)) != strlen(s)) abort();
}

static void check(const tc_article *a, int rc)
{
    if (rc != TC_OK && rc != TC_EEMPTY && rc != TC_EBINARY) abort();
    if (!a->text || a->text[a->text_len] != 0 || strlen(a->text) != a->text_len ||
        tc_utf8_valid_prefix(a->text, a->text_len) != a->text_len)
        abort();
    if ((rc == TC_OK) != (a->text_len > 0)) abort();
    check_str(a->title);
    for (size_t i = 0; i < a->nnotes; i++) {
        check_str(a->notes[i].why);
        check_str(a->notes[i].text);
    }
    check_str(a->url);
    check_str(a->outlet);
    check_str(a->author);
    if (a->lang[0] && (strlen(a->lang) != 2 || a->lang[0] < 'a' || a->lang[0] > 'z')) abort();
    char date[11];
    if (a->date[0] && (tc_extract_date(a->date, date) != 0 || strcmp(date, a->date) != 0)) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static tc_arena *arena;
    if (!arena) arena = tc_arena_new(0);
    if (tc_text_dateline((const char *)data, size) > size) abort();
    static const tc_raw_kind kinds[] = {TC_RAW_HTML, TC_RAW_TEXT};
    for (size_t i = 0; i < 2; i++) {
        tc_raw raw = {.input = "fuzz",
                      .kind = kinds[i],
                      .body = (const char *)data,
                      .body_len = size,
                      .url = i ? NULL : "https://news.example/2023/07/28/story"};
        tc_article a;
        tc_err err;
        check(&a, tc_extract(&raw, arena, &a, &err));
        tc_arena_reset(arena);
    }
    return 0;
}
