/* Tests of the PETRARCH-format readers: small files written here (comments, synonyms, date
 * restrictions, agents with plurals and substitution sets, discards, malformed lines), then
 * the validation and Phoenix dictionaries of ../shared/petrarch when that folder is there
 * (skipped with a message when it is not). Run from the repository root. */
#include "petrarch.h"
#include "text.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#define PETR "../shared/petrarch"

typedef struct {
    int n;
    char where[16][256];
} diags;

static void keep_diag(const tc_diag *g, void *ctx)
{
    diags *d = ctx;
    if (d->n < 16) snprintf(d->where[d->n], sizeof d->where[0], "%s", g->input);
    d->n++;
}

/* Codes of every mention in s for date, blank-separated. */
static void scan(const tc_actors *d, const char *s, const char *date, char *out, size_t cap)
{
    tc_arena *a = tc_arena_new(0);
    tc_text t;
    assert_int_equal(tc_text_analyze(s, strlen(s), a, &t), TC_OK);
    out[0] = 0;
    for (uint32_t i = 0; i < t.nsents; i++) {
        tc_mention *m;
        size_t n = tc_actors_scan(d, &t, i, date, a, &m);
        for (size_t k = 0; k < n; k++)
            snprintf(out + strlen(out), cap - strlen(out), "%s%s", *out ? " " : "", m[k].code);
    }
    tc_arena_free(a);
}

#define EXPECT(d, text, date, want)                                                                \
    do {                                                                                           \
        char got[256];                                                                             \
        scan(d, text, date, got, sizeof got);                                                      \
        assert_string_equal(got, want);                                                            \
    } while (0)

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static const char actors_txt[] = "<!-- a test actor file -->\n"
                                 "<!-- a comment\n"
                                 "   over two lines -->\n"
                                 "# a comment\n"
                                 "ARNOR_  [ARN] # trailing comment\n"
                                 "+ARNORIAN\n"
                                 "GONDOR [GON]\n"
                                 "+MINAS_TIRITH\n"
                                 "UNITED_STATES [USA]\n"
                                 "+US\n"
                                 "SAM_GAMGEE [HOB]\n"
                                 "\t[HOBCIV <20080120]\n"
                                 "\t[ORCHOB 100109-100112]\n"
                                 "\t[HOBMIL 20080120-20121109]\n"
                                 "\t[HOBELI >20130119]\n"
                                 "BOROMIR [---]\n"
                                 "IVO_JOSIPOVIC_\n"
                                 "PRESIDENT_JOSIPOVIC_\n"
                                 "\t[HRVGOV 100218-150219]\n"
                                 "BROKEN [XXX 20100101-20000101]\n"
                                 "\t[YYY >notadate]\n"
                                 "+\n"
                                 "NOCODE_AT_ALL\n";

static const char agents_txt[] = "!PERSON! = MAN, MEN, WOMAN\n"
                                 "CLERIC [~REL]\n"
                                 "POLICE {} [~COP]\n"
                                 "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n"
                                 "MSF {} [NGO~]\n"
                                 "FOREIGN_MINISTRY [~GOV]\n"
                                 "ARMY [~MIL]\n"
                                 "CONGRESS!PERSON! [~LEG]\n"
                                 "GOVERNMENT_NEWSPAPER [~GOVMED]\n"
                                 "NO_CODE_HERE\n"
                                 "!UNDEFINED!_THING [~GOV]\n";

static const char discards_txt[] = "+Manchester United # a club\n"
                                   "ARNOR STADIUM\n";

static char dir[64];
static tc_actors *small;
static diags small_diags;

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/tocsin-petr-XXXXXX");
    assert_non_null(mkdtemp(dir));
    const char *names[] = {"t.actors.txt", "t.agents.txt", "t.discards.txt"};
    const char *texts[] = {actors_txt, agents_txt, discards_txt};
    small = tc_actors_new();
    for (int i = 0; i < 3; i++) {
        char path[128];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        write_file(path, texts[i]);
        tc_err err = {0};
        assert_int_equal(tc_petrarch_load(small, path, keep_diag, &small_diags, &err), TC_OK);
        unlink(path);
    }
    rmdir(dir);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    tc_actors_free(small);
    return 0;
}

static void test_malformed_lines_reported(void **state)
{
    (void)state;
    /* BROKEN's impossible range, its bad date, the empty synonym, NOCODE_AT_ALL, the agent
     * without a code, the undefined substitution marker. */
    assert_int_equal(small_diags.n, 6);
    assert_non_null(strstr(small_diags.where[0], "t.actors.txt:20"));
}

static void test_actors_and_synonyms(void **state)
{
    (void)state;
    EXPECT(small, "Arnor and the Arnorian army met Minas Tirith.", "", "ARN ARNMIL GON");
    EXPECT(small, "Let us see the US.", "", "USA");
    EXPECT(small, "Boromir spoke.", "", "");
    EXPECT(small, "President Josipovic and Ivo Josipovic.", "2012-01-01", "HRVGOV HRVGOV");
}

static void test_date_restrictions(void **state)
{
    (void)state;
    EXPECT(small, "Sam Gamgee left.", "1995-01-04", "HOBCIV");
    EXPECT(small, "Sam Gamgee left.", "2010-01-06", "HOBMIL");
    EXPECT(small, "Sam Gamgee left.", "2010-01-10", "ORCHOB"); /* first match wins */
    EXPECT(small, "Sam Gamgee left.", "2013-01-01", "HOB");    /* the default */
    EXPECT(small, "Sam Gamgee left.", "2014-01-04", "HOBELI");
}

static void test_agents(void **state)
{
    (void)state;
    EXPECT(small, "The Arnor clerics met.", "", "ARNREL");
    EXPECT(small, "MSF Arnor met Gondor's golden geese.", "", "NGOARN GONGGS");
    EXPECT(small, "Gondor police and Gondor polices.", "", "GONCOP GON");
    EXPECT(small, "Arnor congressmen and Arnor congresswoman.", "", "ARNLEG ARNLEG");
    EXPECT(small, "The Arnor government newspaper said.", "", "ARNGOVMED");
    EXPECT(small, "The Arnor foreign ministries.", "", "ARNGOV");
    EXPECT(small, "A cleric said.", "", "---REL");
}

static void test_discards(void **state)
{
    (void)state;
    EXPECT(small, "Manchester United won at Arnor Stadium.", "", "");
}

static int have_petrarch(void)
{
    if (access(PETR "/PETR.Validate.actors.txt", R_OK) == 0) return 1;
    print_message("%s not found: skipped\n", PETR);
    return 0;
}

static void test_validation_dictionaries(void **state)
{
    (void)state;
    if (!have_petrarch()) skip();
    tc_actors *d = tc_actors_new();
    diags g = {0};
    const char *files[] = {PETR "/PETR.Validate.actors.txt", PETR "/PETR.Validate.agents.txt",
                           PETR "/PETR.Validate.discards.txt"};
    for (int i = 0; i < 3; i++) {
        tc_err err = {0};
        assert_int_equal(tc_petrarch_load(d, files[i], keep_diag, &g, &err), TC_OK);
    }
    assert_int_equal(g.n, 0);
    /* Codes the validation records expect of these phrases. */
    EXPECT(d, "Arnor cleric", "1995-01-01", "ARNREL");
    EXPECT(d, "An MSF Arnor diplomat", "1995-01-01", "NGOARNGOV");
    EXPECT(d, "Gondor's main opposition group", "1995-01-01", "GONMOP");
    EXPECT(d, "Gondor's golden geese", "1995-01-01", "GONGGS");
    EXPECT(d, "The Quibbler government newspaper", "1995-01-01", "HGWGOVMED");
    EXPECT(d, "White House security officials", "1995-01-01", "USAGOV");
    EXPECT(d, "Minas Tirith border police", "1995-01-01", "GONCOP");
    EXPECT(d, "The Calenardhon Ministry of Silly Walks", "1995-01-06", "CALGOV");
    EXPECT(d, "Osgiliath soldiers", "1995-01-06", "OSGMIL");
    EXPECT(d, "West German world government", "1995-01-01", "GMWGOVWGO");
    EXPECT(d, "human rights activists of Gonzo GMO", "1995-01-01", "GONGMOOPP");
    EXPECT(d, "The Hermit Kingdom fired at Zealand and New Zealand", "1995-01-03", "PRK DNK NZE");
    EXPECT(d, "The KU and the K.U. and the AU", "1995-01-01", "USAEDU USAEDU IGOAFR");
    EXPECT(d, "The Kuwait government", "1995-01-01", "KUWGOV");
    EXPECT(d, "Sam Gamgee", "2008-01-19", "HOBCIV");
    EXPECT(d, "Sam Gamgee", "2010-01-09", "ORCHOB");
    EXPECT(d, "Sam Gamgee", "2012-12-31", "HOBGOV");
    EXPECT(d, "Hamfast Gamgee", "1995-01-04", "HOB");
    EXPECT(d, "Hamfast Gamgee", "2012-11-09", "HOBGOV");
    EXPECT(d, "Smeagol", "1995-11-01", "HOBGOV");
    EXPECT(d, "Stinker", "1995-01-01", "HOB");
    EXPECT(d, "Slinker", "2001-01-01", "HOBREB");
    EXPECT(d, "Zimbabwe", "1978-12-23", "RHO");
    EXPECT(d, "Zimbabwe", "2001-01-01", "ZBW");
    EXPECT(d, "Boromir", "1995-01-01", "");
    tc_actors_free(d);
}

static void test_phoenix_dictionaries(void **state)
{
    (void)state;
    if (!have_petrarch()) skip();
    tc_actors *d = tc_actors_new();
    diags g = {0};
    const char *files[] = {PETR "/Phoenix.Countries.actors.txt",
                           PETR "/Phoenix.International.actors.txt",
                           PETR "/Phoenix.MilNonState.actors.txt", PETR "/Phoenix.agents.txt",
                           PETR "/Phoenix.discards.txt"};
    for (int i = 0; i < 5; i++) {
        tc_err err = {0};
        assert_int_equal(tc_petrarch_load(d, files[i], keep_diag, &g, &err), TC_OK);
    }
    /* Only the four lines PETRARCH itself rejects: two ranges that end before they start,
     * an agent code closed by '}', an agent with no code. */
    static const char *const known[] = {"Phoenix.Countries.actors.txt:14190",
                                        "Phoenix.International.actors.txt:40",
                                        "Phoenix.agents.txt:544", "Phoenix.agents.txt:1927"};
    assert_int_equal(g.n, 4);
    for (int i = 0; i < 4; i++) assert_non_null(strstr(g.where[i], known[i]));
    assert_true(tc_actors_count(d) > 50000);
    EXPECT(d, "Afghanistan", "2014-01-01", "AFG");
    EXPECT(d, "Afghan farmers", "2014-01-01", "AFGAGR");
    EXPECT(d, "Hamid Karzai", "2010-01-01", "AFGGOV");
    EXPECT(d, "the United Nations", "2014-01-01", "IGOUNO");
    EXPECT(d, "Ban Ki-moon", "2010-01-01", "IGOUNO");
    EXPECT(d, "Hamas", "2014-01-01", "PSEREBHMS");
    tc_actors_free(d);
}

static void test_tabari_stems(void **state)
{
    (void)state;
    char path[] = "/tmp/tocsin-tabari-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs("ARGENTIN [ARG] ; a stem\n"
          "AFGHANISTAN_ [AFG]\n"
          "NEW_ZEALAND [NZL]\n",
          f);
    fclose(f);
    tc_actors *d = tc_actors_new();
    tc_err err = {0};
    diags g = {0};
    assert_int_equal(tc_tabari_load_actors(d, path, keep_diag, &g, &err), TC_OK);
    unlink(path);
    assert_int_equal(g.n, 0);
    EXPECT(d, "Argentina and the Argentine team.", "", "ARG ARG");
    EXPECT(d, "Afghanistan, not Afghanistani.", "", "AFG");
    EXPECT(d, "New Zealanders.", "", "NZL");
    tc_actors_free(d);
}

static void test_missing_file(void **state)
{
    (void)state;
    tc_actors *d = tc_actors_new();
    tc_err err = {0};
    assert_true(tc_petrarch_load(d, "/nonexistent/x.actors.txt", NULL, NULL, &err) < 0);
    assert_true(err.msg[0] != 0);
    tc_actors_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_malformed_lines_reported),
        cmocka_unit_test(test_actors_and_synonyms),
        cmocka_unit_test(test_date_restrictions),
        cmocka_unit_test(test_agents),
        cmocka_unit_test(test_discards),
        cmocka_unit_test(test_validation_dictionaries),
        cmocka_unit_test(test_phoenix_dictionaries),
        cmocka_unit_test(test_tabari_stems),
        cmocka_unit_test(test_missing_file),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
