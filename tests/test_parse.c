/* Hostile-input tests of parse: a 2,000-word sentence, punctuation only, emoji, invalid
 * UTF-8, a 10,000-token line, empty and odd word lists, and broken model files. Each text is
 * parsed sentence by sentence and every tree is checked against the invariants of parse.h
 * (tests/tree_check.h); finishing is the bound on time. */
#include "parse.h"

#include "parse_repair.h"

#include "arena.h"
#include "err.h"
#include "file.h"
#include "pipeline.h"
#include "span.h"
#include "text.h"
#include "trans.h"
#include "tree_check.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

static tc_parser *parser;
static tc_arena *arena;
static char model_path[4096];

static int group_setup(void **state)
{
    tc_err err = {0};
    snprintf(model_path, sizeof model_path, "%s/parse.model", tc_datadir(NULL));
    parser = tc_parser_load(model_path, &err);
    if (!parser) fprintf(stderr, "cannot load the parser model: %s\n", err.msg);
    arena = tc_arena_new(0);
    return parser ? 0 : -1;
}

static int group_teardown(void **state)
{
    tc_parser_free(parser);
    tc_arena_free(arena);
    return 0;
}

/* Parses every sentence of s[0..n) (and tags the first only) and checks each tree; returns
 * how many words were parsed. */
static size_t parse_all(const char *s, size_t n)
{
    tc_text t;
    assert_int_equal(tc_text_analyze(s, n, arena, &t), TC_OK);
    size_t words = 0;
    for (uint32_t k = 0; k < t.nsents; k++) {
        tc_tree tree;
        assert_int_equal(tc_parse_sentence(parser, &t, k, 0, arena, &tree), TC_OK);
        const char *why = tree_check(&t, k, 0, &tree);
        if (why) fail_msg("sentence %u: %s", k, why);
        words += tree.n;
    }
    if (t.nsents) {
        tc_tree tags;
        assert_int_equal(tc_parse_sentence(parser, &t, 0, TC_PARSE_TAGS, arena, &tags), TC_OK);
        const char *why = tree_check(&t, 0, TC_PARSE_TAGS, &tags);
        if (why) fail_msg("tags only: %s", why);
    }
    return words;
}

static void test_two_thousand_words(void **state)
{
    static const char *const phrase[] = {"troops", "shelled", "villages", "near",
                                         "the",    "border",  "and"};
    size_t cap = 2000 * 12, len = 0;
    char *s = tc_xmalloc(cap);
    for (int i = 0; i < 2000; i++)
        len += (size_t)snprintf(s + len, cap - len, "%s ", phrase[i % 7]);
    tc_text t;
    assert_int_equal(tc_text_analyze(s, len, arena, &t), TC_OK);
    assert_int_equal(t.nsents, 1);
    assert_int_equal(t.sents[0].ntok, 2000);
    tc_tree tree;
    assert_int_equal(tc_parse_sentence(parser, &t, 0, 0, arena, &tree), TC_OK);
    assert_int_equal(tree.n, 2000);
    const char *why = tree_check(&t, 0, 0, &tree);
    if (why) fail_msg("%s", why);
    free(s);
    tc_arena_reset(arena);
}

static void test_punctuation_only(void **state)
{
    const char *s = "!!! ??? ... ,,, ;;; --- ((( ))) [[[ ]]] \"\"\" ''' ::: /// &&& %%% $$$ ***\n"
                    "— – … « » “ ” ‘ ’ • · § ¶ † ‡\n.\n?\n";
    assert_true(parse_all(s, strlen(s)) > 40);
    tc_arena_reset(arena);
}

/* Words joined by hyphens before a noun, wherever the parser hangs them: the repair of such
 * modifiers once made a loop of heads when the participle was the root ("has far-reaching
 * implications ..., posit scientists"); every tree must stay a tree. */
static void test_hyphen_modifiers(void **state)
{
    const char *s = "The ruling has far-reaching implications for the region, say experts.\n"
                    "Far-reaching reforms followed.\n"
                    "Iran-backed militias and U.S.-made missiles and Saudi-led strikes.\n"
                    "The long-running, war-torn, Russia-occupied, well-known case.\n"
                    "Wide-ranging - talks - began - in - Oslo-based offices.\n"
                    "Self-styled far-right anti-war pro-Kremlin state-run media reported.\n";
    assert_true(parse_all(s, strlen(s)) > 40);
    tc_arena_reset(arena);
}

static void test_emoji(void **state)
{
    const char *s = "Troops 🚀🔥 shelled 😀 the town 🇦🇲🇦🇿. 👍👍👍 \xe2\x80\x8d\xf0\x9f\x91\xa9 "
                    "Armenia said 💥 it would respond.";
    assert_true(parse_all(s, strlen(s)) > 8);
    tc_arena_reset(arena);
}

static void test_invalid_utf8(void **state)
{
    const char s[] = "\xff\xfe Armenia \xc3\x28 attacked \x80\x80 the \xed\xa0\x80 convoy.\n"
                     "\xf8\x88\x80\x80\x80 \xc0\xaf\x00 Baku \xe2\x82 said.";
    size_t n = sizeof s - 1, clean_len;
    assert_true(parse_all(s, n) > 6);
    char *clean = tc_utf8_clean(arena, s, n, &clean_len);
    assert_true(parse_all(clean, clean_len) > 6);
    tc_arena_reset(arena);
}

static void test_ten_thousand_token_line(void **state)
{
    size_t len = 5000 * 3;
    char *s = tc_xmalloc(len);
    for (size_t i = 0; i < 5000; i++) memcpy(s + 3 * i, "1, ", 3);
    assert_int_equal(parse_all(s, len), 10000);
    free(s);
    tc_arena_reset(arena);
}

/* Odd word lists: none, one, an empty word, 1,000 (three pieces). */
static void test_word_lists(void **state)
{
    static const char *const one[] = {"Armenia"};
    static const uint32_t one_len[] = {7};
    tc_tree tree;
    assert_int_equal(tc_parse_words(parser, NULL, NULL, 0, 0, arena, &tree), TC_OK);
    assert_int_equal(tree.n, 0);
    assert_int_equal(tc_parse_words(parser, one, one_len, 1, 0, arena, &tree), TC_OK);
    assert_int_equal(tree.n, 1);
    assert_int_equal(tree.w[0].head, 0);
    assert_int_equal(tree.w[0].rel, TC_REL_ROOT);

    static const char *const empty[] = {"troops", "", "fled"};
    static const uint32_t empty_len[] = {6, 0, 4};
    assert_int_equal(tc_parse_words(parser, empty, empty_len, 3, 0, arena, &tree), TC_OK);
    assert_int_equal(tree.n, 3);
    assert_null(tree_check_arcs(&tree));

    const char **many = tc_arena_alloc(arena, 1000 * sizeof *many);
    uint32_t *many_len = tc_arena_alloc(arena, 1000 * sizeof *many_len);
    for (int i = 0; i < 1000; i++) {
        many[i] = i % 2 ? "fired" : "soldiers";
        many_len[i] = (uint32_t)strlen(many[i]);
    }
    assert_int_equal(tc_parse_words(parser, many, many_len, 1000, 0, arena, &tree), TC_OK);
    assert_int_equal(tree.n, 1000);
    const char *why = tree_check_arcs(&tree);
    if (why) fail_msg("%s", why);
    tc_arena_reset(arena);
}

/* The same sentence twice gives the same tree. */
static void test_deterministic(void **state)
{
    const char *s = "Azerbaijani forces blocked the Lachin corridor, Armenian officials said.";
    tc_text t;
    tc_tree a, b;
    assert_int_equal(tc_text_analyze(s, strlen(s), arena, &t), TC_OK);
    assert_int_equal(tc_parse_sentence(parser, &t, 0, 0, arena, &a), TC_OK);
    assert_int_equal(tc_parse_sentence(parser, &t, 0, 0, arena, &b), TC_OK);
    assert_int_equal(a.n, b.n);
    for (uint32_t i = 0; i < a.n; i++) {
        assert_int_equal(a.w[i].head, b.w[i].head);
        assert_int_equal(a.w[i].rel, b.w[i].rel);
        assert_int_equal(a.w[i].upos, b.w[i].upos);
        assert_string_equal(a.w[i].lemma, b.w[i].lemma);
    }
    tc_arena_reset(arena);
}

static void write_file(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    assert_int_equal(fclose(f), 0);
}

static void expect_no_model(const char *path)
{
    tc_err err = {0};
    tc_parser *p = tc_parser_load(path, &err);
    if (p) fail_msg("%s loaded as a model", path);
    assert_true(err.code < 0);
    assert_true(err.msg[0] != 0);
}

/* The beam search on the same hostile input: trees, in bounded time and memory, at the widest
 * beam a model may ask for and at a usual one (the committed model is greedy: its trees are
 * worse at a width it was not trained for, but must still be trees). */
static void test_beam_hostile(void **state)
{
    long margin;
    unsigned width = tc_parser_beam(parser, &margin);
    static const unsigned widths[] = {8, TC_PARSE_MAX_BEAM};
    for (size_t w = 0; w < 2; w++) {
        tc_parser_set_beam(parser, widths[w], 0);
        assert_int_equal(tc_parser_beam(parser, NULL), widths[w]);
        size_t len = 1000 * 3;
        char *s = tc_xmalloc(len);
        for (size_t i = 0; i < 1000; i++) memcpy(s + 3 * i, "1, ", 3);
        assert_int_equal(parse_all(s, len), 2000);
        free(s);
        const char *p = "!!! ??? ... ,,, ;;; --- ((( ))) Troops 🚀🔥 shelled \xc3\x28 the town.";
        assert_true(parse_all(p, strlen(p)) > 20);
        tc_arena_reset(arena);
    }
    tc_parser_set_beam(parser, width, margin);
}

/* Punctuation heads nothing (UD: punct is a leaf), greedy or beam, unless the sentence has
 * nothing else: the parser once made "Uhuru" the subject of the final full stop. */
static void test_punct_heads_nothing(void **state)
{
    const char *s = "Obama will hold talks with President Uhuru Kenyatta at State House, Nairobi. "
                    "Afghan officials accused the Taliban of plotting the attack on the girls' "
                    "school. \"We will not stop,\" he said (in Kabul) - and left; others stayed... "
                    "1, 2, 3, 4, 5! -- ? Troops shelled the town: 12 dead.";
    long margin;
    unsigned width = tc_parser_beam(parser, &margin);
    static const unsigned widths[] = {1, 8};
    tc_text t;
    assert_int_equal(tc_text_analyze(s, strlen(s), arena, &t), TC_OK);
    for (size_t w = 0; w < 2; w++) {
        tc_parser_set_beam(parser, widths[w], 0);
        for (uint32_t k = 0; k < t.nsents; k++) {
            tc_tree tree;
            assert_int_equal(tc_parse_sentence(parser, &t, k, 0, arena, &tree), TC_OK);
            for (uint32_t i = 0; i < tree.n; i++) {
                uint32_t h = tree.w[i].head;
                if (h && tree.w[h - 1].upos == TC_UPOS_PUNCT)
                    fail_msg("beam %u, sentence %u: word %u hangs from punctuation", widths[w], k,
                             i + 1);
            }
        }
    }
    tc_parser_set_beam(parser, width, margin);
    tc_arena_reset(arena);
}

/* The head of word i (0-based) of the first sentence of s, 0-based (-1: the root). */
static int head_in(const char *s, uint32_t i)
{
    tc_text t;
    assert_int_equal(tc_text_analyze(s, strlen(s), arena, &t), TC_OK);
    tc_tree tree;
    assert_int_equal(tc_parse_sentence(parser, &t, 0, 0, arena, &tree), TC_OK);
    assert_true(i < tree.n);
    return (int)tree.w[i].head - 1;
}

/* Neither a verb nor an auxiliary owns what the parser may hang on them: a possessor is its
 * noun's ("Mali's new envoy left", "Nairobi's new mayor left": the parse hung the name on the
 * verb), a subject is the verb's the auxiliary serves ("Argentina has so far refrained"). */
static void test_no_verb_possessor_no_aux_subject(void **state)
{
    assert_int_equal(
        head_in("Mali's new envoy left yesterday for Algeria for talks with Niger.", 0), 3);
    assert_int_equal(
        head_in("Nairobi's new mayor left yesterday for Kampala for talks with Uganda.", 0), 3);
    assert_int_equal(head_in("Argentina has so far refrained from criticizing Chile.", 0), 4);
    tc_arena_reset(arena);
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The decoder's split of the transition features (trans.h) gives the same features as
 * training's list, in every configuration a walk of random legal transitions reaches: a
 * template added to one and not the other would score the model with weights it never had. */
static void test_feature_groups(void **state)
{
    static const char *const words[] = {"Troops", "of",     "the", "army",      "shelled",
                                        "the",    "town",   ",",   "officials", "said",
                                        "on",     "Monday", "."};
    enum { N = sizeof words / sizeof *words };
    tc_tagword tw[N];
    uint8_t xpos[N], leaf[N];
    for (uint32_t i = 0; i < N; i++) {
        tc_tag_atoms(parser, words[i], (uint32_t)strlen(words[i]), &tw[i]);
        xpos[i] = (uint8_t)(i * 7 % 40);
        leaf[i] = words[i][0] == ',' || words[i][0] == '.';
    }
    uint32_t seed = 12345;
    for (int walk = 0; walk < 20; walk++) {
        tc_config c;
        tc_config_init(&c, N, tw, xpos, arena);
        c.leaf = walk % 2 ? leaf : NULL;
        while (!tc_config_done(&c)) {
            uint64_t all[TC_TRANS_NFEAT], split[TC_TRANS_NFEAT];
            int nf[4] = {0};
            int n = tc_trans_features(&c, all);
            int m = tc_trans_features_split(&c, TC_TRG_B | TC_TRG_S0 | TC_TRG_PAIR, split, nf);
            assert_int_equal(n, TC_TRANS_TEMPLATES);
            assert_int_equal(m, n);
            assert_int_equal(nf[0] + nf[1] + nf[2] + nf[3], n);
            qsort(all, (size_t)n, sizeof *all, cmp_u64);
            qsort(split, (size_t)m, sizeof *split, cmp_u64);
            assert_memory_equal(all, split, (size_t)n * sizeof *all);
            int t;
            do {
                seed = seed * 1103515245u + 12345u;
                t = (int)(seed >> 16) % TC_TR_COUNT;
            } while (!tc_trans_legal(&c, t));
            tc_trans_apply(&c, t, TC_REL_DEP);
        }
    }
    tc_arena_reset(arena);
}

/* The tagger scores a word's features in parts, some summed once and kept for the word's next
 * occurrence (tag.c): the parts are the features of tc_tag_features, each once, at every
 * position (first, inside, last); and a sentence tagged again, with the sums kept, or by a
 * second model loaded while the first is in use, is tagged the same. */
static void test_tag_split(void **state)
{
    static const char *const words[] = {"Rebels", "shelled",   "the",      "Zorvian", "border",
                                        "town",   "yesterday", ",",        "killing", "three",
                                        "people", "unglimped", "cadoodle", "."};
    enum { N = sizeof words / sizeof *words };
    tc_tagword tw[N];
    uint8_t xpos[N];
    for (uint32_t i = 0; i < N; i++) {
        tc_tag_atoms(parser, words[i], (uint32_t)strlen(words[i]), &tw[i]);
        xpos[i] = (uint8_t)(i * 7 % 40);
    }
    for (uint32_t i = 0; i < N; i++) {
        uint64_t all[TC_TAG_NFEAT], split[TC_TAG_NFEAT];
        int n = tc_tag_features(tw, N, i, xpos, all);
        int m = tc_tag_split_features(tw, N, i, xpos, split);
        assert_int_equal(m, n);
        qsort(all, (size_t)n, sizeof *all, cmp_u64);
        qsort(split, (size_t)m, sizeof *split, cmp_u64);
        assert_memory_equal(all, split, (size_t)n * sizeof *all);
    }
    uint8_t cls[3][N], upos[3][N], x[3][N];
    tc_tag_words(parser, tw, N, cls[0], upos[0], x[0]);
    tc_tag_words(parser, tw, N, cls[1], upos[1], x[1]);
    tc_err err = {0};
    tc_parser *second = tc_parser_load(model_path, &err);
    assert_non_null(second);
    tc_tag_words(second, tw, N, cls[2], upos[2], x[2]);
    tc_parser_free(second);
    for (int r = 1; r < 3; r++) {
        assert_memory_equal(cls[0], cls[r], N);
        assert_memory_equal(x[0], x[r], N);
    }
    (void)state;
}

/* Missing, empty, garbage and truncated model files fail with a message, never crash. */
/* The wire-subject repairs on a parse of odd shape keep it a tree: "by British[obl of Kenyan]
 * and Kenyan[amod] officials[on Kenyan]", a list of adjectives whose first member hangs on a
 * later one, must not make the noun the head of the adjective it hangs on. */
static void test_adjective_list_repair_keeps_tree(void **state)
{
    (void)state;
    tc_word w[] = {
        {.lemma = "talk", .head = 0, .rel = TC_REL_ROOT, .upos = TC_UPOS_NOUN},
        {.lemma = "by", .head = 3, .rel = TC_REL_CASE, .upos = TC_UPOS_ADP},
        {.lemma = "british", .head = 5, .rel = TC_REL_OBL, .upos = TC_UPOS_ADJ},
        {.lemma = "and", .head = 5, .rel = TC_REL_CC, .upos = TC_UPOS_CCONJ},
        {.lemma = "kenyan", .head = 1, .rel = TC_REL_AMOD, .upos = TC_UPOS_ADJ},
        {.lemma = "official", .head = 5, .rel = TC_REL_NMOD, .upos = TC_UPOS_NOUN},
        {.lemma = ".", .head = 1, .rel = TC_REL_PUNCT, .upos = TC_UPOS_PUNCT},
    };
    tc_tree tree = {w, sizeof w / sizeof *w};
    assert_null(tree_check_arcs(&tree));
    tc_parse_repair_wire_subjects(parser, w, tree.n);
    assert_null(tree_check_arcs(&tree));
}

static void test_bad_models(void **state)
{
    char dir[] = "/tmp/tc_parse_XXXXXX", path[64];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/none.model", dir);
    expect_no_model(path);
    write_file(path, "", 0);
    expect_no_model(path);
    char junk[4096];
    for (size_t i = 0; i < sizeof junk; i++) junk[i] = (char)(i * 131 + 7);
    write_file(path, junk, sizeof junk);
    expect_no_model(path);

    size_t len;
    tc_err err = {0};
    char *model = tc_file_read(model_path, 0, &len, &err);
    assert_non_null(model);
    static const double cuts[] = {0.001, 0.5, 0.999};
    for (size_t i = 0; i < 3; i++) {
        write_file(path, model, (size_t)(len * cuts[i]));
        expect_no_model(path);
    }
    free(model);
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_two_thousand_words),
        cmocka_unit_test(test_punctuation_only),
        cmocka_unit_test(test_hyphen_modifiers),
        cmocka_unit_test(test_emoji),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_ten_thousand_token_line),
        cmocka_unit_test(test_word_lists),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_beam_hostile),
        cmocka_unit_test(test_punct_heads_nothing),
        cmocka_unit_test(test_no_verb_possessor_no_aux_subject),
        cmocka_unit_test(test_bad_models),
        cmocka_unit_test(test_adjective_list_repair_keeps_tree),
        cmocka_unit_test(test_feature_groups),
        cmocka_unit_test(test_tag_split),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
