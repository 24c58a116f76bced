/* Tests of the TABARI readers (src/tabari.h): the .verbs dictionary (tests/data/tabari, our
 * own small files), its malformed lines, telling it from a PETRARCH file, the text records
 * with their verification blocks (hostile ones too), and `tocsin eval tabari` on the sample
 * records. Run from the repository root. */
#include "eval_petrarch.h"
#include "eval_tabari.h"
#include "petrarch.h"
#include "petrarch_verbs.h"
#include "tabari.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#define DATA "tests/data/tabari"

typedef struct {
    int n;
    int line[16];
    char why[16][160];
} diags;

static void keep_diag(const tc_diag *g, void *ctx)
{
    diags *d = ctx;
    if (d->n < 16) {
        const char *colon = strrchr(g->input, ':');
        d->line[d->n] = colon ? atoi(colon + 1) : -1;
        snprintf(d->why[d->n], sizeof d->why[0], "%s", g->reason);
    }
    d->n++;
}

static tc_actors *world(void)
{
    tc_actors *d = tc_actors_new();
    tc_err err = {0};
    assert_int_equal(tc_tabari_load_actors(d, DATA "/small.actors", NULL, NULL, &err), TC_OK);
    return d;
}

/* The events of text as "SRC CODE TGT" joined by "; ", coded as a validation record is
 * (tc_eval_petrarch_code: negated events left out). */
static void code(const tc_verbs *v, const tc_actors *d, const char *text, char *out, size_t cap)
{
    char ev[TC_EVAL_PETRARCH_MAX_EVENTS][TC_EVAL_PETRARCH_EVENT_LEN];
    int n = tc_eval_petrarch_code(d, v, text, "", ev);
    size_t used = 0;
    out[0] = 0;
    for (int i = 0; i < n && used < cap; i++) {
        char src[32], tgt[32], cameo[16];
        assert_int_equal(sscanf(ev[i], "%31s %31s %15s", src, tgt, cameo), 3);
        used += (size_t)snprintf(out + used, cap - used, "%s%s %s %s", used ? "; " : "", src, cameo,
                                 tgt);
    }
}

#define CODES(v, d, text, want)                                                                    \
    do {                                                                                           \
        char got[512];                                                                             \
        code(v, d, text, got, sizeof got);                                                         \
        assert_string_equal(got, want);                                                            \
    } while (0)

/* One element of a pattern as written in the tests: a word, or $ + % ^. */
static const char *element(const tc_pelem *e)
{
    static const char *const marks[] = {"", "$", "+", "%", "^"};
    return e->kind == TC_EL_WORD ? e->w : marks[e->kind];
}

/* Every pattern the surface form w starts, as "CODE: pre * post" ("---" for no event;
 * "CODE:CODE2" for a paired one; '_' where words are glued, a blank where others may come
 * between), sorted and joined by "; ". */
static void describe(const tc_verbs *v, const char *w, char *out, size_t cap)
{
    char items[32][160];
    int n = 0;
    for (const tc_vform *f = tc_verbs_lookup(v, w, strlen(w)); f && n < 32; f = f->next) {
        const tc_vpattern *p = tc_verbs_pattern(v, f->pattern);
        char *o = items[n++];
        size_t u = (size_t)snprintf(o, 160, "%s%s%s:", p->nocode ? "---" : p->cameo,
                                    p->cameo2[0] ? ":" : "", p->cameo2);
        for (int k = 0; k < p->npre; k++)
            u += (size_t)snprintf(o + u, 160 - u, "%s%s%s", k ? "" : " ", element(&p->pre[k]),
                                  p->pre[k].glued ? "_" : " ");
        u += (size_t)snprintf(o + u, 160 - u, "%s*", p->npre ? "" : " ");
        for (int k = 0; k < p->npost; k++)
            u += (size_t)snprintf(o + u, 160 - u, "%s%s", p->post[k].glued ? "_" : " ",
                                  element(&p->post[k]));
    }
    for (int i = 0; i < n; i++) /* a few items: insertion sort */
        for (int k = i; k > 0 && strcmp(items[k - 1], items[k]) > 0; k--) {
            char t[160];
            memcpy(t, items[k], sizeof t);
            memcpy(items[k], items[k - 1], sizeof t);
            memcpy(items[k - 1], t, sizeof t);
        }
    out[0] = 0;
    for (int i = 0; i < n; i++)
        snprintf(out + strlen(out), cap - strlen(out), "%s%s", i ? "; " : "", items[i]);
}

#define PATTERNS(v, w, want)                                                                       \
    do {                                                                                           \
        char got[2048];                                                                            \
        describe(v, w, got, sizeof got);                                                           \
        assert_string_equal(got, want);                                                            \
    } while (0)

/* What the reader makes of each construct, read back from the dictionary (not through the
 * coder, which is being replaced). */
static void test_verbs(void **state)
{
    (void)state;
    diags g = {0};
    tc_err err = {0};
    tc_verbs *v = tc_tabari_verbs_load(DATA "/small.verbs", NULL, keep_diag, &g, &err);
    assert_non_null(v);
    assert_int_equal(g.n, 0);
    /* a stem: its inflections, and the stem + e exactly */
    PATTERNS(v, "accused", "1125: * + of spying; 112: *");
    PATTERNS(v, "accuse", "1125: * + of spying; 112: *");
    PATTERNS(v, "accuses", "1125: * + of spying; 112: *");
    /* "$ DID_NOT *": words glued by '_', the verb after a gap */
    PATTERNS(v, "attacked", "---: $ did_not *; 190: *");
    /* a {forms} line beside the lemma's inflections, no pattern twice; &MONEY's members (one
     * of two words, and written in lower case); { SHELTER | FOOD } */
    static const char give[] = "070: *; 071: * dollars for +; 071: * dollars to +; "
                               "071: * gold_coins for +; 071: * gold_coins to +; "
                               "073: * + food; 073: * + shelter";
    PATTERNS(v, "gave", give);
    PATTERNS(v, "given", give);
    PATTERNS(v, "give", give);
    PATTERNS(v, "giver", "");
    /* '%': a compound acting on each other, a paired code; the verb alone */
    PATTERNS(v, "clashed", "190: *; 190:190: % *");
    /* DENOUNC [---] with a pattern: "as_" is the word "as", not glued */
    PATTERNS(v, "denounced", "---: *; 111: $ * + as aggressor");
    /* [###] is read as [---]; a mark after the digits goes */
    PATTERNS(v, "cheered", "---: *; ---: * + at the match; 013: $ * + loudly");
    PATTERNS(v, "ignored", ""); /* after ~~FINISH */
    tc_verbs_free(v);
    assert_null(tc_tabari_verbs_load(DATA "/nonexistent.verbs", NULL, NULL, NULL, &err));
    assert_true(err.msg[0] != 0);
}

/* The same dictionary coding sentences end to end (the constructs any coder must honour). */
static void test_verbs_coding(void **state)
{
    (void)state;
    tc_verbs *v = tc_tabari_verbs_load(DATA "/small.verbs", NULL, NULL, NULL, NULL);
    tc_actors *d = world();
    CODES(v, d, "Aurelia accused Borvia of spying.", "AUR 1125 BRV");
    CODES(v, d, "Aurelia gave gold coins to Borvia.", "AUR 071 BRV");
    CODES(v, d, "Aurelia attacked Borvia.", "AUR 190 BRV");
    CODES(v, d, "Aurelia did not attack Borvia.", "");
    CODES(v, d, "Aurelia ignored Borvia.", "");
    tc_actors_free(d);
    tc_verbs_free(v);
}

static void test_bad_lines(void **state)
{
    (void)state;
    diags g = {0};
    tc_verbs *v = tc_tabari_verbs_load(DATA "/bad.verbs", NULL, keep_diag, &g, NULL);
    assert_non_null(v);
    static const int lines[] = {2, 4, 5, 7, 8, 9, 6};
    static const char *const why[] = {
        "before any verb", "without its [CODE]", "without its verb",  "[CODE]",
        "no verb form",    "outside a synset",   "undeclared &synset"};
    assert_int_equal(g.n, 7);
    for (int i = 0; i < 7; i++) {
        assert_int_equal(g.line[i], lines[i]);
        assert_non_null(strstr(g.why[i], why[i]));
    }
    PATTERNS(v, "praised", "051: *"); /* what is good in the file still loads */
    tc_verbs_free(v);

    g.n = 0;
    static const char empty[] = "; nothing but a comment\n<SYNSETS>\n&X\n+Y\n</SYNSETS>\n";
    v = tc_tabari_verbs_parse(empty, sizeof empty - 1, "empty.verbs", NULL, keep_diag, &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.why[0], "no verb pattern"));
    tc_verbs_free(v);
}

static void test_sniff_and_dispatch(void **state)
{
    (void)state;
    static const char tabari[] = "; c\nPRAISE  [051]\n- * + WARMLY  [051]\n";
    static const char petrarch[] = "--- PRAISE [051] ---\nPRAISE\n- * + WARMLY [051]\n";
    static const char neither[] = "just words\n- * +\n";
    assert_true(tc_tabari_verbs_sniff(tabari, sizeof tabari - 1));
    assert_false(tc_tabari_verbs_sniff(petrarch, sizeof petrarch - 1));
    assert_false(tc_tabari_verbs_sniff(neither, sizeof neither - 1));
    /* the PETRARCH entry point reads a TABARI file as TABARI (it used to load nothing) */
    diags g = {0};
    tc_err err = {0};
    tc_verbs *v = tc_petrarch_verbs_load(DATA "/small.verbs", NULL, keep_diag, &g, &err);
    assert_non_null(v);
    assert_int_equal(g.n, 0);
    PATTERNS(v, "accused", "1125: * + of spying; 112: *");
    tc_verbs_free(v);
}

typedef struct {
    int n;
    tc_tabari_record r[20];
    char text[20][160];
} records;

static void keep_record(const tc_tabari_record *r, void *ctx)
{
    records *rs = ctx;
    if (rs->n < 20) {
        rs->r[rs->n] = *r;
        snprintf(rs->text[rs->n], sizeof rs->text[0], "%s", r->text);
    }
    rs->n++;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *buf = malloc(1 << 16);
    *len = fread(buf, 1, 1 << 16, f);
    fclose(f);
    return buf;
}

static void test_records(void **state)
{
    (void)state;
    size_t len;
    char *buf = slurp(DATA "/small.records", &len);
    records rs = {0};
    assert_int_equal(tc_tabari_records(buf, len, keep_record, &rs), 14);
    free(buf);
    const tc_tabari_record *r = rs.r;
    assert_string_equal(r[0].id, "TEST-01");
    assert_string_equal(r[0].date, "1995-01-01");
    assert_string_equal(rs.text[0], "Aurelia accused Borvia of spying on its ports.");
    assert_int_equal(r[0].nevents, 1);
    assert_string_equal(r[0].events[0].src, "AUR");
    assert_string_equal(r[0].events[0].tgt, "BRV");
    assert_string_equal(r[0].events[0].code, "1125");
    assert_string_equal(r[3].date, "2024-01-04"); /* eight digits */
    assert_int_equal(r[3].nevents, 2);
    assert_true(r[4].checked);
    assert_string_equal(r[4].special, "---");
    assert_int_equal(r[4].nevents, 0);
    assert_false(r[7].checked); /* no comment at all */
    assert_true(r[8].open);     /* "-{" */
    assert_int_equal(r[8].nevents, 1);
    assert_true(r[10].option);
    assert_non_null(r[11].error); /* "9501" is no date */
    assert_non_null(r[12].error); /* "{AUR BRV 190}" */
    assert_null(r[13].error);
}

/* Records that are not what they should be: each is passed, with its error where it has one,
 * and the walk goes on. */
static void test_hostile_records(void **state)
{
    (void)state;
    records rs = {0};
    assert_int_equal(tc_tabari_records("", 0, keep_record, &rs), 0);
    static const char crlf[] = "950101 A\r\nAurelia left.\r\n/* {AUR / BRV / 042 / extra} */";
    assert_int_equal(tc_tabari_records(crlf, sizeof crlf - 1, keep_record, &rs), 1);
    assert_null(rs.r[0].error);
    assert_string_equal(rs.text[0], "Aurelia left.");
    assert_string_equal(rs.r[0].events[0].code, "042"); /* fields after the third: ignored */

    static const char nul[] = "950101 B\nAure\0lia left. /* {AUR / BRV / 042\n\n950102 C\n";
    rs.n = 0;
    assert_int_equal(tc_tabari_records(nul, sizeof nul - 1, keep_record, &rs), 2);
    assert_non_null(rs.r[0].error); /* '{' without '}' in a comment that is never closed */
    assert_string_equal(rs.text[0], "Aure lia left.");
    assert_string_equal(rs.r[1].id, "C");
    assert_string_equal(rs.text[1], "");

    char many[4096] = "950101 D\nAurelia left.\n/* ";
    for (int i = 0; i < 40; i++) strcat(many, "{AUR / BRV / 042} ");
    strcat(many, "*/\n");
    rs.n = 0;
    assert_int_equal(tc_tabari_records(many, strlen(many), keep_record, &rs), 1);
    assert_non_null(rs.r[0].error);
    assert_int_equal(rs.r[0].nevents, TC_TABARI_MAX_EVENTS);

    static const char baddate[] = "951399 E\nx\n\n123456789 F\ny\n";
    rs.n = 0;
    assert_int_equal(tc_tabari_records(baddate, sizeof baddate - 1, keep_record, &rs), 2);
    assert_non_null(rs.r[0].error);
    assert_non_null(rs.r[1].error);
}

static int run_cli(int argc, char **argv, char *out, size_t cap)
{
    char path[] = "/tmp/tocsin-tabari-out-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    fflush(stdout);
    int saved = dup(1);
    dup2(fd, 1);
    int rc = tc_eval_tabari_cli(argc, argv);
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    ssize_t n = pread(fd, out, cap - 1, 0);
    out[n > 0 ? n : 0] = 0;
    close(fd);
    unlink(path);
    return rc;
}

static void test_eval_cli(void **state)
{
    (void)state;
    char a0[] = "tabari", a1[] = DATA "/small.records", a2[] = "--verbs",
         a3[] = DATA "/small.verbs", a4[] = "--actors", a5[] = DATA "/small.actors",
         a6[] = "--agents", a7[] = DATA "/small.agents";
    char *argv[] = {a0, a1, a2, a3, a4, a5, a6, a7, NULL};
    static char out[16384];
    /* two records are malformed on purpose: reported, the rest scored, exit status 1 */
    assert_int_equal(run_cli(8, argv, out, sizeof out), 1);
    assert_non_null(strstr(out, "PASS TEST-01\n"));
    assert_non_null(strstr(out, "FAIL TEST-07\n")); /* its block wants 111 on purpose */
    assert_non_null(strstr(out, "want: [AUR BRV 111]"));
    assert_non_null(strstr(out, "got : [AUR BRV 190]"));
    assert_non_null(strstr(out, "SKIP TEST-08"));
    assert_non_null(strstr(out, "PASS TEST-10\n")); /* an agent of the agent file */
    assert_null(strstr(out, "TEST-12"));            /* malformed: on stderr only */
    char *bad[] = {a0, NULL};
    assert_int_equal(tc_eval_tabari_cli(1, bad), 2);
    char *twice[] = {a0, a1, a1, NULL};
    assert_int_equal(tc_eval_tabari_cli(3, twice), 2);
    char missing[] = DATA "/nonexistent.records";
    char *gone[] = {a0, missing, a2, a3, a4, a5, NULL};
    assert_int_equal(tc_eval_tabari_cli(6, gone), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_verbs),     cmocka_unit_test(test_verbs_coding),
        cmocka_unit_test(test_bad_lines), cmocka_unit_test(test_sniff_and_dispatch),
        cmocka_unit_test(test_records),   cmocka_unit_test(test_hostile_records),
        cmocka_unit_test(test_eval_cli),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
