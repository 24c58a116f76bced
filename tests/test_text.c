/* Unit tests of text: sentence splitting and tokens, one test per behaviour. Every analysis is
 * also checked against the invariants of text.h (check_layout). */
#include "text.h"

#include "arena.h"
#include "err.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static tc_arena *arena;

static int group_setup(void **state)
{
    arena = tc_arena_new(0);
    return 0;
}

static int group_teardown(void **state)
{
    tc_arena_free(arena);
    return 0;
}

static int reset(void **state)
{
    tc_arena_reset(arena);
    return 0;
}

/* Tokens in order, disjoint, inside the text, each in exactly one sentence; sentences trimmed,
 * in order, spanning from their first token to their last; norms NUL-terminated. */
static void check_layout(const tc_text *t)
{
    uint32_t next_tok = 0, prev_end = 0;
    for (size_t k = 0; k < t->ntoks; k++) {
        const tc_token *tok = &t->toks[k];
        assert_true(tok->len > 0);
        assert_true(tok->off >= prev_end);
        assert_true((size_t)tok->off + tok->len <= t->len);
        assert_int_equal(strlen(tok->norm), tok->nlen);
        prev_end = tok->off + tok->len;
    }
    prev_end = 0;
    for (size_t k = 0; k < t->nsents; k++) {
        const tc_sentence *s = &t->sents[k];
        assert_int_equal(s->tok0, next_tok);
        assert_true(s->ntok > 0 && s->ntok <= 2000);
        assert_true(s->len <= 64 * 1024);
        assert_true(s->off >= prev_end);
        const tc_token *f = &t->toks[s->tok0], *l = &t->toks[s->tok0 + s->ntok - 1];
        assert_int_equal(s->off, f->off);
        assert_int_equal(s->off + s->len, l->off + l->len);
        next_tok = s->tok0 + s->ntok;
        prev_end = s->off + s->len;
    }
    assert_int_equal(next_tok, t->ntoks);
}

static tc_text analyze(const char *s, size_t n)
{
    tc_text t;
    assert_int_equal(tc_text_analyze(s, n, arena, &t), TC_OK);
    assert_ptr_equal(t.text, s);
    assert_int_equal(t.len, n);
    check_layout(&t);
    return t;
}

#define ANALYZE(s) analyze((s), strlen(s))
#define LIST(...)  (const char *const[]){__VA_ARGS__}, sizeof(LIST_(__VA_ARGS__)) / sizeof(char *)
#define LIST_(...)                                                                                 \
    (const char *const[])                                                                          \
    {                                                                                              \
        __VA_ARGS__                                                                                \
    }

static void assert_bytes(const tc_text *t, uint32_t off, uint32_t len, const char *want)
{
    assert_int_equal(len, strlen(want));
    assert_memory_equal(t->text + off, want, len);
}

/* The sentences of t read exactly want[0..n). */
static void assert_sents(const tc_text *t, const char *const *want, size_t n)
{
    assert_int_equal(t->nsents, n);
    for (size_t k = 0; k < n; k++) assert_bytes(t, t->sents[k].off, t->sents[k].len, want[k]);
}

/* The tokens of t read exactly want[0..n) in the text. */
static void assert_toks(const tc_text *t, const char *const *want, size_t n)
{
    assert_int_equal(t->ntoks, n);
    for (size_t k = 0; k < n; k++) assert_bytes(t, t->toks[k].off, t->toks[k].len, want[k]);
}

static void assert_norms(const tc_token *toks, size_t ntoks, const char *const *want, size_t n)
{
    assert_int_equal(ntoks, n);
    for (size_t k = 0; k < n; k++) assert_string_equal(toks[k].norm, want[k]);
}

static void test_abbreviations(void **state)
{
    tc_text t = ANALYZE("Mr. Smith met Gen. Jones on Jan. 5. They talked.");
    assert_sents(&t, LIST("Mr. Smith met Gen. Jones on Jan. 5.", "They talked."));
    assert_toks(&t, LIST("Mr.", "Smith", "met", "Gen.", "Jones", "on", "Jan.", "5", ".", "They",
                         "talked", "."));
    assert_string_equal(t.toks[0].norm, "mr.");
}

static void test_lowercase_abbreviation_not_matched(void **state)
{
    /* "No." is an abbreviation only capitalised; "no." ends a sentence. */
    tc_text t = ANALYZE("He lives at No. 10 now. She said no. Then she left.");
    assert_sents(&t, LIST("He lives at No. 10 now.", "She said no.", "Then she left."));
}

static void test_abbreviation_may_end_before_opener(void **state)
{
    tc_text t = ANALYZE("He works for Acme Inc. The firm grew. Acme Inc. Board met.");
    assert_sents(&t, LIST("He works for Acme Inc.", "The firm grew.", "Acme Inc. Board met."));
}

static void test_initials(void **state)
{
    tc_text t = ANALYZE("John F. Kennedy was president.");
    assert_sents(&t, LIST("John F. Kennedy was president."));
    assert_toks(&t, LIST("John", "F.", "Kennedy", "was", "president", "."));
    assert_int_equal(t.toks[1].flags, TC_TOK_WORD | TC_TOK_CAP | TC_TOK_UPPER);
}

static void test_decimals(void **state)
{
    tc_text t = ANALYZE("It grew 3.5 percent. Then fell.");
    assert_sents(&t, LIST("It grew 3.5 percent.", "Then fell."));
    assert_toks(&t, LIST("It", "grew", "3.5", "percent", ".", "Then", "fell", "."));
    assert_int_equal(t.toks[2].flags, TC_TOK_NUM);
}

static void test_numbers(void **state)
{
    tc_text t = ANALYZE("About 120,000 fled, 5th time in 2020-11-10.");
    assert_toks(&t, LIST("About", "120,000", "fled", ",", "5th", "time", "in", "2020", "-", "11",
                         "-", "10", "."));
    assert_int_equal(t.toks[1].flags, TC_TOK_NUM);
    assert_int_equal(t.toks[4].flags, TC_TOK_NUM | TC_TOK_WORD);
}

static void test_acronym_inside_sentence(void **state)
{
    tc_text t = ANALYZE("The U.S. and U.K. agreed.");
    assert_sents(&t, LIST("The U.S. and U.K. agreed."));
    assert_toks(&t, LIST("The", "U.S.", "and", "U.K.", "agreed", "."));
    assert_string_equal(t.toks[1].norm, "u.s.");
    assert_int_equal(t.toks[1].flags, TC_TOK_WORD | TC_TOK_CAP | TC_TOK_UPPER);
}

static void test_acronym_before_opener(void **state)
{
    tc_text t = ANALYZE("He flew to the U.S. The talks began.");
    assert_sents(&t, LIST("He flew to the U.S.", "The talks began."));
    t = ANALYZE("Ties with the U.N. Security Council grew.");
    assert_int_equal(t.nsents, 1);
}

static void test_latin_abbreviations(void **state)
{
    tc_text t = ANALYZE("Some states, e.g. France, i.e. Paris. Done.");
    assert_sents(&t, LIST("Some states, e.g. France, i.e. Paris.", "Done."));
    assert_string_equal(t.toks[3].norm, "e.g.");
}

static void test_curly_quotes(void **state)
{
    tc_text t = ANALYZE("“We will not yield,” he said. Then he left.");
    assert_sents(&t, LIST("“We will not yield,” he said.", "Then he left."));
    assert_toks(&t, LIST("“", "We", "will", "not", "yield", ",", "”", "he", "said", ".", "Then",
                         "he", "left", "."));
    assert_int_equal(t.toks[0].flags, TC_TOK_PUNCT | TC_TOK_QUOTE);
    assert_string_equal(t.toks[0].norm, "\"");
    assert_string_equal(t.toks[6].norm, "\"");
    assert_int_equal(t.toks[5].flags, TC_TOK_PUNCT);
}

static void test_closing_quote_joins_sentence(void **state)
{
    tc_text t = ANALYZE("He said \"stop.\" She agreed.");
    assert_sents(&t, LIST("He said \"stop.\"", "She agreed."));
    t = ANALYZE("They asked: “Why?” Nobody knew (or cared.) Then «Non!» Fin.");
    assert_sents(&t, LIST("They asked: “Why?”", "Nobody knew (or cared.)", "Then «Non!»", "Fin."));
}

static void test_opening_quote_or_bracket_starts_sentence(void **state)
{
    tc_text t = ANALYZE("It ended. \"Good,\" he said. (More later.) 2021 came.");
    assert_sents(&t, LIST("It ended.", "\"Good,\" he said.", "(More later.)", "2021 came."));
}

static void test_no_break_before_lowercase(void **state)
{
    tc_text t = ANALYZE("Why? he asked. Wait... what? OK.");
    assert_sents(&t, LIST("Why? he asked.", "Wait... what?", "OK."));
}

static void test_ellipsis_and_marks(void **state)
{
    tc_text t = ANALYZE("They waited… Then nothing! Really?! Yes.");
    assert_sents(&t, LIST("They waited…", "Then nothing!", "Really?!", "Yes."));
    assert_int_equal(t.toks[2].len, 3);
    assert_int_equal(t.toks[2].flags, TC_TOK_PUNCT);
}

static void test_no_break_without_space(void **state)
{
    tc_text t = ANALYZE("See www.example.com.Then it said.");
    assert_int_equal(t.nsents, 1);
}

static void test_line_breaks(void **state)
{
    const char *s = "First line without stop\n  Second line.  \n \t \n\nThird\r\nFourth";
    tc_text t = ANALYZE(s);
    assert_sents(&t, LIST("First line without stop", "Second line.", "Third", "Fourth"));
    assert_int_equal(t.sents[1].off, strchr(s, 'S') - s);
    assert_int_equal(t.sents[1].tok0, 4);
    assert_int_equal(t.sents[1].ntok, 3);
}

static void test_clitics_and_offsets(void **state)
{
    const char *s = "Armenia’s army hasn't moved; O'Brien's can't.";
    tc_text t = ANALYZE(s);
    assert_toks(&t, LIST("Armenia", "’s", "army", "has", "n't", "moved", ";", "O'Brien", "'s", "ca",
                         "n't", "."));
    assert_norms(t.toks, t.ntoks,
                 LIST("armenia", "'s", "army", "has", "n't", "moved", ";", "o'brien", "'s", "ca",
                      "n't", "."));
    assert_int_equal(t.toks[0].off, 0);
    assert_int_equal(t.toks[0].len, 7);
    assert_int_equal(t.toks[1].off, 7);
    assert_int_equal(t.toks[1].len, 4); /* ’ is three bytes */
    assert_int_equal(t.toks[1].nlen, 2);
    assert_int_equal(t.toks[1].flags, TC_TOK_CLITIC | TC_TOK_WORD);
    assert_int_equal(t.toks[2].off, 12);
    assert_int_equal(t.toks[4].flags, TC_TOK_CLITIC | TC_TOK_WORD);
    assert_int_equal(t.toks[0].flags, TC_TOK_WORD | TC_TOK_CAP);
}

static void test_apostrophes_kept_or_split(void **state)
{
    /* UD English splits 'll 're 've 'm 'd as it splits 's and n't */
    tc_text t = ANALYZE("they'll rock'n'roll at Jones' 'n't ’tis we’re I'm O'Donnell'd");
    assert_toks(&t, LIST("they", "'ll", "rock'n'roll", "at", "Jones", "'", "'", "n't", "’", "tis",
                         "we", "’re", "I", "'m", "O'Donnell", "'d"));
    assert_int_equal(t.toks[1].flags, TC_TOK_CLITIC | TC_TOK_WORD);
    assert_int_equal(t.toks[5].flags, TC_TOK_PUNCT | TC_TOK_QUOTE);
    assert_int_equal(t.toks[7].flags, TC_TOK_CLITIC | TC_TOK_WORD);
    assert_string_equal(t.toks[8].norm, "'");
    assert_string_equal(t.toks[11].norm, "'re");

    tc_text u = ANALYZE("Baku cannot wait, Cannot gonna Cannoteers");
    assert_toks(&u,
                LIST("Baku", "can", "not", "wait", ",", "Can", "not", "gon", "na", "Cannoteers"));
}

static void test_hyphens_and_dashes(void **state)
{
    tc_text t = ANALYZE("Nagorno-Karabakh — a U.S.-led talk – ended");
    assert_toks(
        &t, LIST("Nagorno", "-", "Karabakh", "—", "a", "U.S.", "-", "led", "talk", "–", "ended"));
    assert_int_equal(t.toks[1].flags, TC_TOK_PUNCT);
    assert_int_equal(t.toks[3].flags, TC_TOK_PUNCT);
    assert_string_equal(t.toks[3].norm, "—");
}

static void test_flags_and_unicode_words(void **state)
{
    tc_text t = ANALYZE("NATO Erdoğan’s İSTANBUL eBay Ärzte 3M");
    assert_toks(&t, LIST("NATO", "Erdoğan", "’s", "İSTANBUL", "eBay", "Ärzte", "3M"));
    assert_int_equal(t.toks[0].flags, TC_TOK_WORD | TC_TOK_CAP | TC_TOK_UPPER);
    assert_string_equal(t.toks[0].norm, "nato");
    assert_int_equal(t.toks[1].flags, TC_TOK_WORD | TC_TOK_CAP);
    assert_string_equal(t.toks[1].norm, "erdoğan");
    assert_int_equal(t.toks[3].flags, TC_TOK_WORD | TC_TOK_CAP | TC_TOK_UPPER);
    assert_int_equal(t.toks[4].flags, TC_TOK_WORD);
    assert_string_equal(t.toks[5].norm, "ärzte");
    assert_int_equal(t.toks[6].flags, TC_TOK_NUM | TC_TOK_WORD | TC_TOK_CAP | TC_TOK_UPPER);
}

static void test_empty(void **state)
{
    tc_text t = analyze("", 0);
    assert_int_equal(t.ntoks, 0);
    assert_int_equal(t.nsents, 0);
}

static void test_whitespace_only(void **state)
{
    tc_text t = ANALYZE(" \t\n\n \xC2\xA0 \xE2\x80\x8B\n");
    assert_int_equal(t.ntoks, 0);
    assert_int_equal(t.nsents, 0);
}

static void test_only_punctuation(void **state)
{
    tc_text t = ANALYZE("?!... --- «»");
    assert_int_equal(t.ntoks, 10);
    assert_int_equal(t.nsents, 1);
    for (size_t k = 0; k < t.ntoks; k++) assert_true(t.toks[k].flags & TC_TOK_PUNCT);
}

static void test_long_line_without_spaces(void **state)
{
    size_t n = 1 << 20;
    char *s = malloc(n);
    memset(s, 'a', n);
    tc_text t = analyze(s, n);
    /* A letter run is cut into 256-byte tokens, and sentences at 64 KiB. */
    assert_int_equal(t.ntoks, n / 256);
    assert_int_equal(t.toks[1].off, 256);
    assert_int_equal(t.nsents, 16);
    assert_int_equal(t.sents[0].len, 64 * 1024);

    memset(s, '.', n);
    t = analyze(s, n);
    assert_int_equal(t.ntoks, n);
    assert_int_equal(t.sents[0].ntok, 2000);
    assert_int_equal(t.nsents, (n + 1999) / 2000);
    free(s);
}

static void test_sentence_token_bound(void **state)
{
    size_t n = 5000 * 2;
    char *s = malloc(n);
    for (size_t k = 0; k < n; k += 2) memcpy(s + k, "a ", 2);
    tc_text t = analyze(s, n);
    assert_int_equal(t.nsents, 3);
    assert_int_equal(t.sents[0].ntok, 2000);
    assert_int_equal(t.sents[2].ntok, 1000);
    assert_int_equal(t.sents[1].off, 4000);
    free(s);
}

static void test_invalid_bytes(void **state)
{
    const char s[] = "ab\xFF\xFE cd\xE2\x80 .\xC3";
    tc_text t = analyze(s, sizeof s - 1);
    assert_toks(&t, LIST("ab", "\xFF", "\xFE", "cd", "\xE2", "\x80", ".", "\xC3"));
    assert_int_equal(t.toks[1].flags, TC_TOK_PUNCT);
    assert_int_equal(t.toks[1].len, 1);
    assert_int_equal(t.nsents, 1);
}

static void test_too_big(void **state)
{
    if (SIZE_MAX <= UINT32_MAX) skip();
    tc_text t;
    /* The length is checked before any byte is read. */
    assert_int_equal(tc_text_analyze("x", (size_t)UINT32_MAX + 1, arena, &t), TC_ETOOBIG);
    assert_int_equal(t.ntoks, 0);
    assert_int_equal(t.nsents, 0);
}

static void test_tokens_of_a_name(void **state)
{
    size_t n;
    const char *s = "the U.S. State Department";
    tc_token *toks = tc_text_tokens(s, strlen(s), arena, &n);
    assert_norms(toks, n, LIST("the", "u.s.", "state", "department"));
    assert_int_equal(toks[1].off, 4);
    assert_int_equal(toks[1].len, 4);
    assert_int_equal(toks[2].flags, TC_TOK_WORD | TC_TOK_CAP);

    s = "Armenia’s";
    toks = tc_text_tokens(s, strlen(s), arena, &n);
    assert_norms(toks, n, LIST("armenia", "'s"));

    toks = tc_text_tokens("", 0, arena, &n);
    assert_non_null(toks);
    assert_int_equal(n, 0);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup(f, reset)
    const struct CMUnitTest tests[] = {
        T(test_abbreviations),
        T(test_lowercase_abbreviation_not_matched),
        T(test_abbreviation_may_end_before_opener),
        T(test_initials),
        T(test_decimals),
        T(test_numbers),
        T(test_acronym_inside_sentence),
        T(test_acronym_before_opener),
        T(test_latin_abbreviations),
        T(test_curly_quotes),
        T(test_closing_quote_joins_sentence),
        T(test_opening_quote_or_bracket_starts_sentence),
        T(test_no_break_before_lowercase),
        T(test_ellipsis_and_marks),
        T(test_no_break_without_space),
        T(test_line_breaks),
        T(test_clitics_and_offsets),
        T(test_apostrophes_kept_or_split),
        T(test_hyphens_and_dashes),
        T(test_flags_and_unicode_words),
        T(test_empty),
        T(test_whitespace_only),
        T(test_only_punctuation),
        T(test_long_line_without_spaces),
        T(test_sentence_token_bound),
        T(test_invalid_bytes),
        T(test_too_big),
        T(test_tokens_of_a_name),
    };
#undef T
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
