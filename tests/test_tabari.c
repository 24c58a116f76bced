/* Tests of the TABARI readers (src/tabari.h): the .verbs dictionary (tests/data/tabari, our
 * own small files), its malformed lines, telling it from a PETRARCH file, the text records
 * with their verification blocks (hostile ones too), and `tocsin eval tabari` on the sample
 * records. Run from the repository root. */
#include "eval_tabari.h"
#include "petrarch.h"
#include "petrarch_verbs.h"
#include "tabari.h"
#include "text.h"

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

/* The events of text as "SRC CODE TGT" joined by "; " (flagged ones with "~"). */
static void code(const tc_verbs *v, const tc_actors *d, const char *text, char *out, size_t cap)
{
    tc_arena *a = tc_arena_new(0);
    tc_text t;
    assert_int_equal(tc_text_analyze(text, strlen(text), a, &t), TC_OK);
    size_t used = 0;
    out[0] = 0;
    for (uint32_t s = 0; s < t.nsents; s++) {
        tc_mention *m;
        size_t nm = tc_actors_scan(d, &t, s, "", a, &m);
        tc_event *ev = NULL;
        size_t nev = 0, evcap = 0;
        tc_code_sentence(v, NULL, &t, s, m, nm, a, &ev, &nev, &evcap);
        for (size_t i = 0; i < nev && used < cap; i++)
            used += (size_t)snprintf(out + used, cap - used, "%s%s%s %s %s", used ? "; " : "",
                                     ev[i].flags & TC_EV_NOT_EVENT ? "~" : "", ev[i].src.code,
                                     ev[i].cameo, ev[i].tgt.code);
    }
    tc_arena_free(a);
}

#define CODES(v, d, text, want)                                                                    \
    do {                                                                                           \
        char got[512];                                                                             \
        code(v, d, text, got, sizeof got);                                                         \
        assert_string_equal(got, want);                                                            \
    } while (0)

static void test_verbs(void **state)
{
    (void)state;
    diags g = {0};
    tc_err err = {0};
    tc_verbs *v = tc_tabari_verbs_load(DATA "/small.verbs", NULL, keep_diag, &g, &err);
    assert_non_null(v);
    assert_int_equal(g.n, 0);
    tc_actors *d = world();
    CODES(v, d, "Aurelia accused Borvia of spying.", "AUR 1125 BRV"); /* a pattern of a stem */
    CODES(v, d, "Aurelia will accuse Borvia.", "AUR 112 BRV");        /* the stem + e */
    CODES(v, d, "Aurelia gave dollars to Borvia.", "AUR 071 BRV");    /* a {form}, a synset */
    CODES(v, d, "Aurelia gave gold coins to Borvia.", "AUR 071 BRV"); /* a member of two words */
    CODES(v, d, "Aurelia gave Borvia food.", "AUR 073 BRV");          /* { SHELTER | FOOD } */
    CODES(v, d, "Aurelia gave Borvia books.", "AUR 070 BRV");         /* the verb alone */
    CODES(v, d, "Aurelia attacked Borvia.", "AUR 190 BRV");
    CODES(v, d, "Aurelia did not attack Borvia.", ""); /* [---]: matched, no event at all */
    CODES(v, d, "Aurelia and Borvia clashed.", "AUR 190 BRV; BRV 190 AUR");
    CODES(v, d, "Aurelia denounced Borvia as the aggressor.", "AUR 111 BRV");
    CODES(v, d, "Aurelia denounced Borvia.", ""); /* DENOUNC [---] */
    CODES(v, d, "Aurelia ignored Borvia.", "");   /* after ~~FINISH */
    tc_actors_free(d);
    tc_verbs_free(v);
    assert_null(tc_tabari_verbs_load(DATA "/nonexistent.verbs", NULL, NULL, NULL, &err));
    assert_true(err.msg[0] != 0);
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
    tc_actors *d = world(); /* what is good in the file still loads */
    CODES(v, d, "Aurelia praised Borvia.", "AUR 051 BRV");
    tc_actors_free(d);
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
    tc_actors *d = world();
    CODES(v, d, "Aurelia accused Borvia of spying.", "AUR 1125 BRV");
    tc_actors_free(d);
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
        cmocka_unit_test(test_verbs),
        cmocka_unit_test(test_bad_lines),
        cmocka_unit_test(test_sniff_and_dispatch),
        cmocka_unit_test(test_records),
        cmocka_unit_test(test_hostile_records),
        cmocka_unit_test(test_eval_cli),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
