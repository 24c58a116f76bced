/* The parse model's training, as a smoke test on a slice of UD English EWT (../shared/ud;
 * skipped, saying so, when it is absent): two trainings of the same slice give byte-identical
 * files, the model loads and parses, and a damaged file is refused. The full model is trained
 * by `make model`. */
#include "parse.h"
#include "parse_train.h"

#include "arena.h"
#include "err.h"
#include "file.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#define UD "../shared/ud/UD_English-EWT/en_ewt-ud-train.conllu"

static int have_ud(void)
{
    if (access(UD, R_OK) == 0) return 1;
    printf("test_parse_train: %s absent, training smoke test skipped\n", UD);
    return 0;
}

static char *train_beam(const char *out, size_t *len, int beam, int margin)
{
    tc_train_opts o = {.tag_epochs = 2,
                       .parse_epochs = 2,
                       .folds = 2,
                       .max_sents = 400,
                       .beam = beam,
                       .beam_margin = margin,
                       .about = "smoke test"};
    tc_err err = {0};
    int rc = tc_parse_train(UD, NULL, &o, out, &err);
    if (rc != TC_OK) fail_msg("training failed: %s", err.msg);
    char *data = tc_file_read(out, 0, len, NULL);
    assert_non_null(data);
    return data;
}

static char *train(const char *out, size_t *len)
{
    return train_beam(out, len, 1, 0);
}

/* Heads within the sentence, one root, and every word reaches it (no cycle). */
static void assert_tree(const tc_tree *t)
{
    int roots = 0;
    for (uint32_t i = 0; i < t->n; i++) {
        assert_true(t->w[i].head <= t->n);
        roots += t->w[i].head == 0;
        uint32_t k = i + 1, steps = 0;
        while (k && steps++ <= t->n) k = t->w[k - 1].head;
        assert_int_equal(k, 0);
    }
    assert_int_equal(roots, t->n ? 1 : 0);
}

/* Makes the two temporary files a model is trained into (templates a and b). */
static void two_temp_files(char *a, char *b)
{
    int fa = mkstemp(a), fb = mkstemp(b);
    assert_true(fa >= 0 && fb >= 0);
    close(fa);
    close(fb);
}

static void deterministic_and_usable(void **state)
{
    if (!have_ud()) {
        skip();
        return;
    }
    char a[] = "/tmp/tocsin-parse-a-XXXXXX", b[] = "/tmp/tocsin-parse-b-XXXXXX";
    two_temp_files(a, b);
    size_t na, nb;
    char *da = train(a, &na), *db = train(b, &nb);
    assert_int_equal(na, nb);
    assert_memory_equal(da, db, na);

    tc_err err = {0};
    tc_parser *p = tc_parser_load(a, &err);
    assert_non_null(p);
    assert_string_equal(tc_parser_about(p), "smoke test");
    const char *words[] = {"Troops", "blocked", "the", "road", "."};
    uint32_t len[] = {6, 7, 3, 4, 1};
    tc_arena *ar = tc_arena_new(0);
    tc_tree t;
    assert_int_equal(tc_parse_words(p, words, len, 5, 0, ar, &t), TC_OK);
    int roots = 0;
    for (uint32_t i = 0; i < t.n; i++) {
        assert_true(t.w[i].head <= t.n);
        roots += t.w[i].head == 0;
    }
    assert_int_equal(roots, 1);
    tc_parser_free(p);

    /* the same file cut short is refused, not crashed on */
    FILE *f = fopen(b, "wb");
    assert_non_null(f);
    fwrite(da, 1, na / 2, f);
    fclose(f);
    assert_null(tc_parser_load(b, &err));
    assert_int_equal(err.code, TC_EPARSE);

    tc_arena_free(ar);
    free(da);
    free(db);
    unlink(a);
    unlink(b);
}

/* A parser trained with a beam: deterministic too, holds its beam, and gives trees at every
 * width (the beam's items all end at the same step; a narrower beam is the greedy search). */
static void beam_trained(void **state)
{
    if (!have_ud()) {
        skip();
        return;
    }
    char a[] = "/tmp/tocsin-parse-a-XXXXXX", b[] = "/tmp/tocsin-parse-b-XXXXXX";
    two_temp_files(a, b);
    size_t na, nb, ng;
    char *da = train_beam(a, &na, 4, 1500), *db = train_beam(b, &nb, 4, 1500);
    assert_int_equal(na, nb);
    assert_memory_equal(da, db, na);
    char *dg = train(b, &ng); /* the greedy training differs */
    assert_true(ng != na || memcmp(da, dg, na) != 0);

    tc_err err = {0};
    tc_parser *p = tc_parser_load(a, &err);
    assert_non_null(p);
    long margin = -1;
    assert_int_equal(tc_parser_beam(p, &margin), 4);
    assert_int_equal(margin, 1500);
    const char *words[] = {"The", "minister", "said", "troops", "had",  "blocked",
                           "the", "road",     "to",   "the",    "town", "."};
    uint32_t len[12];
    for (int i = 0; i < 12; i++) len[i] = (uint32_t)strlen(words[i]);
    tc_arena *ar = tc_arena_new(0);
    static const unsigned widths[] = {1, 2, 4, 8, 64};
    for (size_t w = 0; w < sizeof widths / sizeof *widths; w++) {
        tc_parser_set_beam(p, widths[w], w % 2 ? 1000 : 0);
        assert_int_equal(tc_parser_beam(p, NULL), widths[w]);
        for (uint32_t n = 0; n <= 12; n += 3) {
            tc_tree t;
            assert_int_equal(tc_parse_words(p, words, len, n, 0, ar, &t), TC_OK);
            assert_int_equal(t.n, n);
            assert_tree(&t);
        }
        tc_arena_reset(ar);
    }
    tc_parser_free(p);
    tc_arena_free(ar);
    free(da);
    free(db);
    free(dg);
    unlink(a);
    unlink(b);
}

static void missing_input(void **state)
{
    tc_train_opts o = {0};
    tc_err err = {0};
    assert_int_equal(tc_parse_train("/nonexistent.conllu", NULL, &o, "/tmp/never", &err), TC_EIO);
    assert_non_null(strstr(err.msg, "/nonexistent.conllu"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(deterministic_and_usable),
        cmocka_unit_test(beam_trained),
        cmocka_unit_test(missing_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
