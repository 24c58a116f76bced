/* Tests of an event's time taken from the story (the coder's code_emit.c, with when.c's
 * tc_when_story): articles of a few sentences, each event checked for its date, its precision
 * and its past flag. The events golden file matches events on SRC CODE TGT only, so the dates
 * of old facts told across sentences are checked here. Every sentence is ours. */
#include "pipeline.h"
#include "when.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static tc_engine *engine;

typedef struct {
    const char *date, *text;
    uint32_t sent;    /* the sentence of the event checked */
    const char *code; /* its CAMEO code */
    int past;         /* 1: flagged past */
    const char *when; /* its own date as tc_date_str writes it, "-" for none */
} scase;

static const scase cases[] = {
    /* the past point opening the sentence before times a simple past naming none */
    {"2025-03-13",
     "Moldova's president met supporters in Chisinau on Monday. Last year, Russian troops shelled "
     "the Ukrainian port of Izmail. Russian drones also attacked Ukrainian ships on the Danube.",
     2, "195", 1, "2024"},
    /* "There," takes the occasion of the sentence before (February: this year's, as the past
       tense tells), and the next simple past the time that one took */
    {"2019-12-18",
     "North Korea warned Washington on Monday. The two leaders met at a summit held in Hanoi in "
     "February. There, Kim Jong Un asked Donald Trump for sanctions relief. Trump rejected the "
     "request.",
     2, "020", 1, "2019-02"},
    {"2019-12-18",
     "North Korea warned Washington on Monday. The two leaders met at a summit held in Hanoi in "
     "February. There, Kim Jong Un asked Donald Trump for sanctions relief. Trump rejected the "
     "request.",
     3, "120", 1, "2019-02"},
    /* "N years after" a clause of a present sentence */
    {"2020-03-10",
     "Ukrainian lawmakers are questioning the decision to sanction Moscow six years after Russian "
     "forces invaded Crimea.",
     0, "190", 1, "2014"},
    /* a then-title */
    {"2021-03-29",
     "Human rights groups said Ivorian rebels attacked then-president Laurent Gbagbo's guards.", 0,
     "190", 1, "-"},
    /* "days later" than an act told before, in a clause of the sentence */
    {"2025-03-12",
     "Last month, insurgents ambushed a bus in Kalat. Days later, the BLA took credit for "
     "attacking a military convoy in the city.",
     1, "190", 1, "-"},
    /* measures imposed in the perfect by a subject dated in the past stand since then */
    {"2025-03-14",
     "The Taliban, who seized power in August 2021, have imposed strict restrictions on women in "
     "Afghanistan.",
     0, "172", 1, "-"},
    /* news stays news: after the lead's recent act, after a quotation's present, with a time of
       its own */
    {"2025-03-14",
     "Azerbaijani troops shelled the Armenian village of Jermuk on Tuesday. Armenia condemned the "
     "attack.",
     1, "111", 0, "-"},
    {"2025-03-14",
     "Indian troops killed two Pakistani soldiers on Monday. Last year, Pakistan accused India of "
     "backing militants. \"We strongly reject the baseless allegations,\" an Indian foreign "
     "ministry spokesperson told reporters.",
     2, "016", 0, "-"},
    {"2025-03-14",
     "Indian troops killed two Pakistani soldiers on Monday. India said last year it would punish "
     "Pakistan. Pakistan condemned the killings on Tuesday.",
     2, "111", 0, "2025-03-11"},
    /* a weekday alone on an act to come is the coming one (a Thursday article: next Tuesday);
       told as done, the last one (the thirteenth session, branch past13) */
    {"2025-03-13", "Kenya's president is due to visit Uganda on Tuesday.", 0, "036", 0,
     "2025-03-18"},
    {"2025-03-13", "Egypt will host talks between Sudan's army and its rivals on Monday.", 0, "036",
     0, "2025-03-17"},
    {"2025-03-13", "Kenya's president visited Uganda on Tuesday.", 0, "042", 0, "2025-03-11"},
};

static void test_story_time(void **state)
{
    int bad = 0;
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        const scase *c = &cases[k];
        tc_arena *a = tc_arena_new(0);
        tc_article art = {.input = "story", .url = "", .outlet = "", .author = "", .title = ""};
        snprintf(art.date, sizeof art.date, "%s", c->date);
        art.text = c->text;
        art.text_len = strlen(c->text);
        tc_coded coded;
        assert_int_equal(tc_engine_code(engine, &art, a, &coded), TC_OK);
        const tc_event *e = NULL;
        for (size_t i = 0; i < coded.nev && !e; i++)
            if (coded.ev[i].sent == c->sent && !strcmp(coded.ev[i].cameo, c->code))
                e = &coded.ev[i];
        char buf[24] = "-";
        if (e && e->date.prec != TC_DATE_NONE &&
            (e->date_source == TC_EVDATE_CLAUSE || e->date_source == TC_EVDATE_STORY))
            tc_date_str(e->date, buf);
        int past = e && (e->flags & TC_EV_PAST);
        /* the first case's date is the story's, and says so (date_source "story") */
        if (k == 0 && (!e || e->date_source != TC_EVDATE_STORY)) {
            printf("case 0: the story's date not told as such\n");
            bad++;
        }
        if (!e || past != c->past || strcmp(buf, c->when)) {
            printf("case %zu (sentence %u, %s): %s, got past %d, date %s; want past %d, date %s\n",
                   k, c->sent, c->code, e ? "found" : "no such event", past, buf, c->past, c->when);
            bad++;
        }
        tc_arena_free(a);
    }
    assert_int_equal(bad, 0);
}

int main(void)
{
    tc_err err = {0};
    engine = tc_engine_load(tc_datadir(NULL), tc_diag_print, NULL, &err);
    if (!engine) {
        fprintf(stderr, "cannot load the dictionaries: %s\n", err.msg);
        return 1;
    }
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_story_time)};
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    tc_engine_free(engine);
    return rc;
}
