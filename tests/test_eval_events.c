/* Tests of eval_events: matching at the three levels with hand-made coded events (so that the
 * counts do not move with the coder), the PLOVER class table, the PLOVER row scoring with
 * marked spans, and the gold reader on tests/data/eval (malformed lines named by line). */
#include "eval_events.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#define EV(s, t, c)                                                                                \
    {                                                                                              \
        .src = (s), .tgt = (t), .code = (c), .plover = ""                                          \
    }

static void test_levels(void **state)
{
    (void)state;
    const tc_eval_event gold[] = {EV("AZEGOV", "ARM", "191"), EV("AZEGOV", "ARM", "191"),
                                  EV("USA", "IRN", "163"), EV("RUS", "UKR", "190")};
    const tc_eval_event coded[] = {
        EV("AZEMIL", "ARMMIL", "195"), /* root and dyad, not exact */
        EV("AZEGOV", "ARM", "191"),    /* exact, once only: gold holds it twice */
        EV("USA", "IRNGOV", "163"),    /* root and dyad */
        EV("UKR", "RUS", "190"),       /* root only: the direction is wrong */
        EV("TUR", "SYR", "042"),       /* nothing */
    };
    tc_eval_scores s = {0};
    tc_eval_score_sentence(&s, gold, 4, coded, 5);
    assert_int_equal(s.sentences, 1);
    for (int l = 0; l < TC_EVAL_LEVELS; l++) {
        assert_int_equal(s.level[l].gold, 4);
        assert_int_equal(s.level[l].coded, 5);
    }
    assert_int_equal(s.level[TC_EVAL_ROOT].right, 4);
    assert_int_equal(s.level[TC_EVAL_DYAD].right, 3);
    assert_int_equal(s.level[TC_EVAL_EXACT].right, 1);
    /* root 19: three gold, three coded; all three at root level, two at dyad level */
    assert_int_equal(s.root[19][0].gold, 3);
    assert_int_equal(s.root[19][0].coded, 3);
    assert_int_equal(s.root[19][0].right, 3);
    assert_int_equal(s.root[19][1].right, 2);
    assert_int_equal(s.root[16][1].right, 1);
    assert_int_equal(s.root[4][0].coded, 1);
    assert_int_equal(s.root[4][0].right, 0);
    assert_int_equal(s.sents_none + s.sents_missed + s.sents_none_given, 0);
}

static void test_empty_target_and_sentences(void **state)
{
    (void)state;
    const tc_eval_event gold[] = {EV("GEOOPP", "", "141")};
    const tc_eval_event none_target[] = {EV("GEOOPP", "", "141")};
    const tc_eval_event with_target[] = {EV("GEOOPP", "GEOGOV", "141")};
    tc_eval_scores s = {0};
    tc_eval_score_sentence(&s, gold, 1, none_target, 1);
    assert_int_equal(s.level[TC_EVAL_EXACT].right, 1);
    tc_eval_score_sentence(&s, gold, 1, with_target, 1);
    assert_int_equal(s.level[TC_EVAL_ROOT].right, 2);
    assert_int_equal(s.level[TC_EVAL_DYAD].right, 1); /* "GEO>" is not "GEO>GEO" */
    assert_int_equal(s.level[TC_EVAL_EXACT].right, 1);
    tc_eval_score_sentence(&s, NULL, 0, with_target, 1); /* expecting none, given one */
    tc_eval_score_sentence(&s, NULL, 0, NULL, 0);        /* expecting none, given none */
    tc_eval_score_sentence(&s, gold, 1, NULL, 0);        /* expecting one, given none */
    assert_int_equal(s.sentences, 5);
    assert_int_equal(s.sents_none, 2);
    assert_int_equal(s.sents_none_given, 1);
    assert_int_equal(s.sents_missed, 1);
    assert_int_equal(s.level[TC_EVAL_DYAD].gold, 3);
    assert_int_equal(s.level[TC_EVAL_DYAD].coded, 3);
}

static void test_plover_classes(void **state)
{
    (void)state;
    assert_int_equal(tc_eval_plover_class("0874", "RETREAT"), TC_PLV_YIELD);
    assert_int_equal(tc_eval_plover_class("081", "CONCEDE"), TC_PLV_YIELD);
    assert_int_equal(tc_eval_plover_class("1041", "REQUEST"), TC_PLV_REQUEST);
    assert_int_equal(tc_eval_plover_class("10", ""), TC_PLV_REQUEST);
    assert_int_equal(tc_eval_plover_class("036", ""), TC_PLV_AGREE);
    assert_int_equal(tc_eval_plover_class("190", "ASSAULT"), TC_PLV_ASSAULT);
    assert_int_equal(tc_eval_plover_class("163", "COERCE"), TC_PLV_COERCE);
    assert_int_equal(tc_eval_plover_class("020", ""), TC_PLV_REQUEST); /* appeals are requests */
    assert_int_equal(tc_eval_plover_class("010", ""), -1);             /* statements: none */
    assert_int_equal(tc_eval_plover_parse("YIELD"), TC_PLV_YIELD);
    assert_int_equal(tc_eval_plover_parse("CONCEDE"), -1);
    assert_string_equal(tc_eval_plover_name(TC_PLV_COOPERATE), "COOPERATE");
    /* every PLOVER type data/cameo.tsv names has a class; roots 03-20 all have one */
    tc_err err = {0};
    tc_cameo_table *t = tc_cameo_load(TC_DATADIR "/cameo.tsv", &err);
    assert_non_null(t);
    size_t seen = 0;
    char code[8];
    for (int len = 2; len <= 4; len++)
        for (int i = 0; i < (len == 2 ? 100 : len == 3 ? 1000 : 10000); i++) {
            snprintf(code, sizeof code, "%0*d", len, i);
            const tc_cameo *c = tc_cameo_get(t, code);
            if (!c) continue;
            seen++;
            int cls = tc_eval_plover_class(c->code, c->plover);
            if (*c->plover || strncmp(code, "03", 2) >= 0) assert_true(cls >= 0);
        }
    assert_int_equal(seen, tc_cameo_count(t));
    tc_cameo_free(t);
}

typedef struct {
    int lines[16];
    int n;
} diags;

static void collect(const tc_diag *d, void *ctx)
{
    diags *ds = ctx;
    const char *colon = strrchr(d->input, ':');
    assert_non_null(colon);
    assert_string_equal(d->stage, "eval");
    if (ds->n < 16) ds->lines[ds->n++] = atoi(colon + 1);
}

static void test_read_gold(void **state)
{
    (void)state;
    tc_err err = {0};
    tc_cameo_table *t = tc_cameo_load(TC_DATADIR "/cameo.tsv", &err);
    tc_arena *a = tc_arena_new(0);
    tc_eval_gold *g;
    size_t n;
    diags ds = {0};
    assert_int_equal(tc_eval_gold_read("tests/data/eval/gold.jsonl", t, a, &g, &n, collect, &ds),
                     0);
    assert_int_equal(n, 6);
    assert_int_equal(ds.n, 0);
    assert_string_equal(g[1].id, "g2");
    assert_int_equal(g[1].nev, 2);
    assert_string_equal(g[1].ev[1].src, "DEU");
    assert_string_equal(g[2].id, "g3");
    assert_int_equal(g[2].nev, 0);
    assert_int_equal(g[3].line, 5); /* after the blank line */
    assert_string_equal(g[3].date, "2023-09-13");
    assert_string_equal(g[4].ev[0].tgt, ""); /* "target": null */
    assert_string_equal(g[4].ev[0].plover, "PROTEST");
    assert_int_equal(g[5].plover, -1);

    tc_arena_reset(a);
    ds.n = 0;
    assert_int_equal(
        tc_eval_gold_read("tests/data/eval/malformed.jsonl", t, a, &g, &n, collect, &ds), 6);
    assert_int_equal(n, 2);
    assert_string_equal(g[0].id, "m1");
    assert_string_equal(g[1].id, "m8");
    const int want[] = {2, 3, 4, 5, 6, 7};
    assert_int_equal(ds.n, 6);
    for (int i = 0; i < 6; i++) assert_int_equal(ds.lines[i], want[i]);

    assert_int_equal(
        tc_eval_gold_read("tests/data/eval/no-such-file.jsonl", t, a, &g, &n, collect, &ds),
        TC_EIO);
    tc_arena_free(a);
    tc_cameo_free(t);
}

static tc_eval_event coded(const char *s, const char *t, const char *c, const char *plover,
                           tc_span ss, tc_span ts)
{
    return (tc_eval_event){
        .src = s, .tgt = t, .code = c, .plover = plover, .src_span = ss, .tgt_span = ts};
}

static void test_plover_rows(void **state)
{
    (void)state;
    tc_arena *a = tc_arena_new(0);
    tc_eval_gold *g;
    size_t n;
    diags ds = {0};
    assert_int_equal(
        tc_eval_gold_read("tests/data/eval/plover.jsonl", NULL, a, &g, &n, collect, &ds), 2);
    assert_int_equal(n, 4);
    assert_int_equal(ds.lines[0], 5); /* an unclosed mark */
    assert_int_equal(ds.lines[1], 6); /* an unknown class */
    /* "<s>Turkey</s> condemned <t>Israel</t> over ...": spans in the unmarked text */
    assert_int_equal(g[0].plover, TC_PLV_ACCUSE);
    assert_int_equal(g[0].nsrc, 1);
    assert_int_equal(g[0].src[0].off, 0);
    assert_int_equal(g[0].src[0].len, 6);
    assert_int_equal(g[0].tgt[0].off, 17);
    assert_int_equal(g[0].tgt[0].len, 6);
    assert_int_equal(g[2].ntgt, 0); /* the recipient is not in the sentence */

    tc_eval_scores s = {0};
    tc_span turkey = {0, 6}, israel = {17, 6}, police = {0, 6}, chile = {0, 5}, none = {0, 0};
    /* p1 (ACCUSE Turkey -> Israel) and p2 (ASSAULT Israel -> the convoy) share a sentence */
    const tc_eval_gold *s1[] = {&g[0], &g[1]};
    tc_eval_event c1[] = {coded("TUR", "ISR", "111", "ACCUSE", turkey, israel),
                          coded("ISR", "TUR", "190", "ASSAULT", israel, turkey),
                          coded("TUR", "ISR", "010", "", turkey, israel)};
    tc_eval_score_plover(&s, s1, 2, c1, 3);
    /* p3: no event; p4: an event of another class */
    const tc_eval_gold *s3[] = {&g[2]}, *s4[] = {&g[3]};
    tc_eval_score_plover(&s, s3, 1, NULL, 0);
    tc_eval_event c4[] = {coded("CHL", "VENGOV", "161", "SANCTION", chile, none)};
    tc_eval_score_plover(&s, s4, 1, c4, 1);

    assert_int_equal(s.plv_rows, 4);
    assert_int_equal(s.plv_sentences, 3);
    assert_int_equal(s.plv_rows_none, 1);
    assert_int_equal(s.plv_coded, 4);
    assert_int_equal(s.plv_unclassed, 1);
    assert_int_equal(s.plv_found[0], 2); /* p1, p2 */
    assert_int_equal(s.plv_found[1], 1); /* p1: the assault's target is not the convoy */
    assert_int_equal(s.plv_right[0], 2);
    assert_int_equal(s.plv_right[1], 1);
    assert_int_equal(s.cls[TC_PLV_ACCUSE].rows, 2);
    assert_int_equal(s.cls[TC_PLV_ACCUSE].found[0], 1);
    assert_int_equal(s.cls[TC_PLV_ASSAULT].right[0], 1);
    assert_int_equal(s.cls[TC_PLV_ASSAULT].right[1], 0);
    assert_int_equal(s.cls[TC_PLV_SANCTION].coded, 1);
    assert_int_equal(s.cls[TC_PLV_SANCTION].right[0], 0);
    assert_int_equal(s.cls[TC_PLV_YIELD].rows, 1);
    assert_int_equal(s.cls[TC_PLV_YIELD].found[0], 0);

    /* a row with no <t> mark: the source alone decides the strict match */
    tc_eval_scores s2 = {0};
    tc_eval_event c3[] = {coded("NGACOP", "", "092", "ACCUSE", police, none)};
    tc_eval_score_plover(&s2, s3, 1, c3, 1);
    assert_int_equal(s2.plv_found[1], 1);
    tc_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_levels),         cmocka_unit_test(test_empty_target_and_sentences),
        cmocka_unit_test(test_plover_classes), cmocka_unit_test(test_read_gold),
        cmocka_unit_test(test_plover_rows),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
