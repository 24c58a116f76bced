/* Event frames from dependency trees: trees written by hand (so that the rules are tested,
 * not the parser), and two sentences through the committed parse model. */
#include "frame.h"

#include "arena.h"
#include "parse.h"
#include "pipeline.h"
#include "text.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

/* One word of a hand-written tree: lemma, UPOS, head (1-based, 0 root), relation. */
typedef struct {
    const char *lemma;
    int upos, head, rel;
} hw;

static tc_tree tree_of(const hw *w, uint32_t n, tc_arena *a)
{
    tc_tree t = {tc_arena_calloc(a, n, sizeof(tc_word)), n};
    for (uint32_t i = 0; i < n; i++) {
        t.w[i].lemma = w[i].lemma;
        t.w[i].upos = (uint8_t)w[i].upos;
        t.w[i].head = (uint16_t)w[i].head;
        t.w[i].rel = (uint8_t)w[i].rel;
        t.w[i].tok = i;
    }
    return t;
}

static const tc_frame *find(const tc_frame *f, size_t n, uint16_t pred)
{
    for (size_t i = 0; i < n; i++)
        if (f[i].pred == pred) return &f[i];
    fail_msg("no frame for word %u", pred);
    return NULL;
}

/* "Armenia and Azerbaijan , the two neighbours , signed a treaty and exchanged prisoners ." */
static void coordination_and_apposition(void **state)
{
    enum { ADJ, ADP, ADV, AUX, CC, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT };
    const hw w[] = {
        {"Armenia", PROPN, 8, TC_REL_NSUBJ},
        {"and", CC, 3, TC_REL_CC},
        {"Azerbaijan", PROPN, 1, TC_REL_CONJ},
        {",", PUNCT, 7, TC_REL_PUNCT},
        {"the", DET, 7, TC_REL_DET},
        {"two", NUM, 7, TC_REL_NUMMOD},
        {"neighbour", NOUN, 1, TC_REL_APPOS},
        {"sign", TC_UPOS_VERB, 0, TC_REL_ROOT},
        {"a", DET, 10, TC_REL_DET},
        {"treaty", NOUN, 8, TC_REL_OBJ},
        {"and", CC, 12, TC_REL_CC},
        {"exchange", TC_UPOS_VERB, 8, TC_REL_CONJ},
        {"prisoner", NOUN, 12, TC_REL_OBJ},
        {".", PUNCT, 8, TC_REL_PUNCT},
    };
    tc_arena *a = tc_arena_new(0);
    tc_tree t = tree_of(w, sizeof w / sizeof *w, a);
    tc_frame *f;
    size_t n = tc_frames(NULL, &t, a, &f);
    assert_int_equal(n, 2);
    const tc_frame *sign = find(f, n, 7), *ex = find(f, n, 11);
    assert_int_equal(sign->nsubj, 2); /* both states, the apposition not a third */
    assert_int_equal(sign->subj[0].word, 0);
    assert_int_equal(sign->subj[1].word, 2);
    assert_int_equal(sign->nobj, 1);
    assert_int_equal(sign->obj[0].word, 9);
    assert_int_equal(sign->gov_rel, TC_REL_ROOT);
    assert_int_equal(ex->nsubj, 2); /* the shared subject */
    assert_true(ex->flags & TC_FR_SUBJ_SHARED);
    assert_int_equal(ex->gov, 7);
    assert_int_equal(ex->gov_rel, TC_REL_CONJ);
    tc_arena_free(a);
}

/* "The convoy was blocked by troops who would not let aid through , officials said ." */
static void passive_relative_reported(void **state)
{
    enum { ADV = TC_UPOS_ADV, AUX = TC_UPOS_AUX, DET = TC_UPOS_DET, NOUN = TC_UPOS_NOUN };
    enum { ADP = TC_UPOS_ADP, PRON = TC_UPOS_PRON, PART = TC_UPOS_PART, P = TC_UPOS_PUNCT };
    const hw w[] = {
        {"the", DET, 2, TC_REL_DET},
        {"convoy", NOUN, 4, TC_REL_NSUBJ_PASS},
        {"be", AUX, 4, TC_REL_AUX_PASS},
        {"block", TC_UPOS_VERB, 15, TC_REL_CCOMP},
        {"by", ADP, 6, TC_REL_CASE},
        {"troops", NOUN, 4, TC_REL_OBL_AGENT},
        {"who", PRON, 10, TC_REL_NSUBJ},
        {"would", AUX, 10, TC_REL_AUX},
        {"not", PART, 10, TC_REL_ADVMOD},
        {"let", TC_UPOS_VERB, 6, TC_REL_ACL_RELCL},
        {"aid", NOUN, 10, TC_REL_OBJ},
        {"through", ADV, 10, TC_REL_COMPOUND_PRT},
        {",", P, 15, TC_REL_PUNCT},
        {"official", NOUN, 15, TC_REL_NSUBJ},
        {"say", TC_UPOS_VERB, 0, TC_REL_ROOT},
        {".", P, 15, TC_REL_PUNCT},
    };
    tc_arena *a = tc_arena_new(0);
    tc_tree t = tree_of(w, sizeof w / sizeof *w, a);
    tc_frame *f;
    size_t n = tc_frames(NULL, &t, a, &f);
    assert_int_equal(n, 3);
    const tc_frame *block = find(f, n, 3), *let = find(f, n, 9), *say = find(f, n, 14);
    assert_true(block->flags & TC_FR_PASSIVE);
    assert_int_equal(block->nsubj, 1);
    assert_int_equal(block->subj[0].word, 1);
    assert_int_equal(block->nagent, 1);
    assert_int_equal(block->agent[0].word, 5);
    assert_int_equal(block->agent[0].prep, 4);
    assert_int_equal(block->gov, 14);
    assert_int_equal(block->gov_rel, TC_REL_CCOMP);
    /* the relative pronoun gives way to the noun it stands for */
    assert_int_equal(let->nsubj, 1);
    assert_int_equal(let->subj[0].word, 5);
    assert_true(let->flags & TC_FR_NEGATED);
    assert_true(let->flags & TC_FR_MODAL);
    assert_int_equal(let->aux, 7);
    assert_int_equal(say->nsubj, 1);
    assert_int_equal(say->subj[0].word, 13);
    tc_arena_free(a);
}

/* "called on X to lift": the infinitive's subject is its controller, the oblique. */
static void control(void **state)
{
    const hw w[] = {
        {"Yerevan", TC_UPOS_PROPN, 2, TC_REL_NSUBJ}, {"call", TC_UPOS_VERB, 0, TC_REL_ROOT},
        {"on", TC_UPOS_ADP, 4, TC_REL_CASE},         {"Baku", TC_UPOS_PROPN, 2, TC_REL_OBL},
        {"to", TC_UPOS_PART, 6, TC_REL_MARK},        {"lift", TC_UPOS_VERB, 2, TC_REL_XCOMP},
        {"the", TC_UPOS_DET, 8, TC_REL_DET},         {"blockade", TC_UPOS_NOUN, 6, TC_REL_OBJ},
    };
    tc_arena *a = tc_arena_new(0);
    tc_tree t = tree_of(w, 8, a);
    tc_frame *f;
    size_t n = tc_frames(NULL, &t, a, &f);
    assert_int_equal(n, 2);
    const tc_frame *call = find(f, n, 1), *lift = find(f, n, 5);
    assert_int_equal(call->nobl, 1);
    assert_int_equal(call->obl[0].word, 3);
    assert_int_equal(call->obl[0].prep, 2);
    assert_int_equal(lift->nsubj, 1);
    assert_int_equal(lift->subj[0].word, 3);
    assert_int_equal(lift->mark, 4);
    assert_int_equal(lift->gov_rel, TC_REL_XCOMP);
    tc_arena_free(a);
}

/* Through the committed model: a sentence it parses as EWT would. */
static void parsed_sentence(void **state)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/parse.model", tc_datadir(NULL));
    tc_err err = {0};
    tc_parser *p = tc_parser_load(path, &err);
    assert_non_null(p);
    tc_arena *a = tc_arena_new(0);
    const char *s = "The convoy was blocked by Azerbaijani troops who had closed the road.";
    tc_text t;
    assert_int_equal(tc_text_analyze(s, strlen(s), a, &t), TC_OK);
    tc_tree tree;
    tc_parse_sentence(p, &t, 0, 0, a, &tree);
    tc_frame *f;
    size_t n = tc_frames(p, &tree, a, &f);
    assert_int_equal(n, 2);
    assert_int_equal(f[0].pred, 3); /* blocked */
    assert_true(f[0].flags & TC_FR_PASSIVE);
    assert_int_equal(f[0].subj[0].word, 1);  /* convoy */
    assert_int_equal(f[0].agent[0].word, 6); /* troops */
    assert_int_equal(f[1].pred, 9);          /* closed */
    assert_false(f[1].flags & TC_FR_PASSIVE);
    assert_int_equal(f[1].subj[0].word, 6); /* troops, for "who" */
    assert_int_equal(f[1].obj[0].word, 11); /* road */
    tc_arena_free(a);
    tc_parser_free(p);
}

/* "Villagers are voicing relief after 40 fishermen held near Lamu were freed by pirates ." as
 * the parser may read it: "after" the case of "fishermen", a phrase of "voicing", and
 * "voicing" the passive's subject. The noun of the phrase ending right before the passive's
 * auxiliary is its subject (thirteenth session, branch past13). */
static void passive_after_phrase(void **state)
{
    enum { ADP = TC_UPOS_ADP, AUX = TC_UPOS_AUX, NOUN = TC_UPOS_NOUN, NUM = TC_UPOS_NUM };
    enum { PROPN = TC_UPOS_PROPN, P = TC_UPOS_PUNCT, VERB = TC_UPOS_VERB };
    const hw w[] = {
        {"villager", NOUN, 3, TC_REL_NSUBJ},
        {"be", AUX, 3, TC_REL_AUX},
        {"voice", VERB, 12, TC_REL_NSUBJ_PASS},
        {"relief", NOUN, 3, TC_REL_OBJ},
        {"after", ADP, 7, TC_REL_CASE},
        {"40", NUM, 7, TC_REL_NUMMOD},
        {"fisherman", NOUN, 3, TC_REL_OBL},
        {"hold", VERB, 7, TC_REL_ACL},
        {"near", ADP, 10, TC_REL_CASE},
        {"Lamu", PROPN, 8, TC_REL_OBL},
        {"be", AUX, 12, TC_REL_AUX_PASS},
        {"free", VERB, 0, TC_REL_ROOT},
        {"by", ADP, 14, TC_REL_CASE},
        {"pirate", NOUN, 12, TC_REL_OBL_AGENT},
        {".", P, 12, TC_REL_PUNCT},
    };
    tc_arena *a = tc_arena_new(0);
    tc_tree t = tree_of(w, sizeof w / sizeof *w, a);
    tc_frame *f;
    size_t n = tc_frames(NULL, &t, a, &f);
    const tc_frame *fr = find(f, n, 11);
    assert_true(fr->flags & TC_FR_PASSIVE);
    assert_int_equal(fr->nsubj, 1);
    assert_int_equal(fr->subj[0].word, 6);
    assert_int_equal(fr->nagent, 1);
    /* a phrase of "near" is no clause read as a phrase: "held" keeps its own */
    const tc_frame *hold = find(f, n, 7);
    assert_true(hold->nsubj == 0 || hold->subj[0].word != 9);
    tc_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(coordination_and_apposition),
        cmocka_unit_test(passive_relative_reported),
        cmocka_unit_test(passive_after_phrase),
        cmocka_unit_test(control),
        cmocka_unit_test(parsed_sentence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
