/* Tests of the verb-pattern builder (tc_verbs_add), the PETRARCH verb dictionary reader and
 * `tocsin eval petrarch` (on ../shared/petrarch when it is there). */
#include "actors.h"
#include "code.h"
#include "eval_petrarch.h"
#include "petrarch_verbs.h"
#include "text.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#define SHARED "../shared/petrarch"

static tc_actors *small_world(void)
{
    static const char *const names[][2] = {
        {"ARN", "Arnor"}, {"GON", "Gondor"}, {"MOR", "Mordor"}, {"ERI", "Eriador"}};
    tc_actors *d = tc_actors_new();
    for (size_t i = 0; i < 4; i++)
        assert_int_equal(tc_actors_add(d, TC_KIND_COUNTRY, names[i][0], names[i][1], 0, 0, NULL),
                         TC_OK);
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
        tc_coder c = tc_coder_default(v, NULL, NULL);
        c.conventions = TC_CODE_PETRARCH;
        tc_code_sentence(&c, &t, s, m, nm, a, &ev, &nev, &evcap);
        for (size_t i = 0; i < nev && used < cap; i++)
            used += (size_t)snprintf(out + used, cap - used, "%s%s%s %s %s", used ? "; " : "",
                                     ev[i].flags & TC_EV_NOT_EVENT ? "~" : "", ev[i].src.code,
                                     ev[i].cameo, ev[i].tgt.code);
    }
    tc_arena_free(a);
}

static void test_builder_syntax(void **state)
{
    (void)state;
    tc_verbs *v = tc_verbs_new();
    tc_actors *d = small_world();
    const tc_verb_spec specs[] = {
        {.verb = "restore", .code = "050"},
        {.verb = "restore", .post = " diplomatic_ties", .code = "064"},
        {.verb = "tap", .pre = "wire_", .code = "1711"},
        {.verb = "noted", .exact = 1, .post = " + * ", .code = "---"},
        {.verb = "regret", .pre = "noted + ", .code = "115"},
        {.verb = "leave", .post = "_for", .code = "032", .code2 = "033"},
    };
    for (size_t i = 0; i < sizeof specs / sizeof *specs; i++)
        assert_int_equal(tc_verbs_add(v, &specs[i], NULL, NULL), TC_OK);
    tc_verb_spec bad = {.verb = "two words", .code = "010"};
    tc_err err = {0};
    assert_int_equal(tc_verbs_add(v, &bad, NULL, &err), TC_EPARSE);

    char got[512];
    code(v, d, "Arnor restored full diplomatic ties with Gondor.", got, sizeof got);
    assert_string_equal(got, "ARN 064 GON"); /* the longer pattern wins */
    code(v, d, "Arnor restored its trade with Gondor.", got, sizeof got);
    assert_string_equal(got, "ARN 050 GON");
    code(v, d, "Arnor will wire tap Mordor.", got, sizeof got); /* glued word before the verb */
    assert_string_equal(got, "ARN 1711 MOR");
    code(v, d, "Arnor noted that Mordor regretted the war with Eriador.", got, sizeof got);
    assert_string_equal(got, "ARN 115 MOR"); /* "+" marks the target */
    code(v, d, "Arnor left for Gondor on Monday.", got, sizeof got);
    assert_string_equal(got, "ARN 032 GON; GON 033 ARN"); /* a paired event */
    tc_actors_free(d);
    tc_verbs_free(v);
}

static const char dictionary[] = "<!-- a comment\n over two lines -->\n"
                                 "&MONEY\n+DOLLARS\n+SWISS FRANCS\n\n"
                                 "--- CONTRIBUTE [070] ---\n"
                                 "CONTRIBUTE  # a verb\n"
                                 "- * &MONEY TO [071]\n"
                                 "- * NOTHING [---]\n\n"
                                 "--- CLASH [190] ---\n"
                                 "CLASH {CLASHED}\n"
                                 "- % * [190:190]\n"
                                 "- DID_N'T * [904]\n";

static void test_petrarch_reader(void **state)
{
    (void)state;
    char path[] = "/tmp/tocsin-verbs-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, dictionary, sizeof dictionary - 1), (ssize_t)sizeof dictionary - 1);
    close(fd);
    tc_err err = {0};
    tc_verbs *v = tc_petrarch_verbs_load(path, NULL, NULL, NULL, &err);
    unlink(path);
    assert_non_null(v);
    tc_actors *d = small_world();
    char got[512];
    code(v, d, "Arnor will contribute a million swiss francs to Gondor.", got, sizeof got);
    assert_string_equal(got, "ARN 071 GON"); /* a synset member of two words */
    code(v, d, "Arnor will contribute a million yen to Gondor.", got, sizeof got);
    assert_string_equal(got, "ARN 070 GON"); /* not in the synset: the verb's code */
    code(v, d, "Arnor will contribute nothing to Gondor.", got, sizeof got);
    assert_string_equal(got, ""); /* [---]: matched, no event */
    code(v, d, "Arnor and Gondor clashed.", got, sizeof got);
    assert_string_equal(got, "ARN 190 GON; GON 190 ARN"); /* % compound: each on the other */
    code(v, d, "Arnor didn't clash with Mordor.", got, sizeof got);
    assert_string_equal(got, "ARN 904 MOR"); /* the negation is the pattern's, no flag */
    tc_actors_free(d);
    tc_verbs_free(v);
    assert_null(tc_petrarch_verbs_load("/nonexistent/verbs.txt", NULL, NULL, NULL, &err));
}

static void put(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* One record of a validation file: category, text, and "SRC TGT CODE" or "error=WHY". */
static void record(FILE *f, int n, const char *cat, const char *text, const char *want)
{
    fprintf(f, "<Sentence date=\"20240101\" id=\"R-%d\" category=\"%s\">\n", n, cat);
    char src[8], tgt[8], code[8];
    if (!strncmp(want, "error=", 6))
        fprintf(f, "<EventCoding error=\"%s\"></EventCoding>\n", want + 6);
    else if (sscanf(want, "%7s %7s %7s", src, tgt, code) == 3)
        fprintf(f,
                "<EventCoding sourcecode=\"%s\" targetcode=\"%s\" eventcode=\"%s\">"
                "</EventCoding>\n",
                src, tgt, code);
    fprintf(f, "<Text>%s</Text>\n</Sentence>\n", text);
}

/* Runs tc_eval_petrarch_cli(argc, argv) with its standard output read into text (cap bytes,
 * NUL-terminated); its exit status. */
static int run_eval(int argc, char **argv, char *text, size_t cap)
{
    char out[] = "/tmp/tocsin-petr-out-XXXXXX";
    int fd = mkstemp(out);
    assert_true(fd >= 0);
    fflush(stdout);
    int saved = dup(1);
    dup2(fd, 1);
    int rc = tc_eval_petrarch_cli(argc, argv);
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    ssize_t n = pread(fd, text, cap - 1, 0);
    text[n > 0 ? n : 0] = 0;
    close(fd);
    unlink(out);
    return rc;
}

/* Writes a small validation file with the given <Environment> into a fresh folder and scores
 * it: 18 categories each get their row (they used to be folded into the 16th); two actor
 * files in one element; discard phrases are whole words in a row, and a bare year in the list
 * discards nothing. Every record must come out right. */
static void eval_small(const char *environment)
{
    char dir[] = "/tmp/tocsin-petr-XXXXXX";
    assert_non_null(mkdtemp(dir));
    put(dir, "verbs.txt", "--- ATTACK [190] ---\nATTACK\n");
    put(dir, "a.actors.txt", "AURELIA [AUR]\n");
    put(dir, "b.actors.txt", "BORVIA [BRV]\n");
    put(dir, "discards.txt", "2013\nWORLD CUP\n+FOOTBALL LEAGUE\n");
    char path[512];
    snprintf(path, sizeof path, "%s/records.xml", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f, "%s\n<Sentences>\n", environment);
    for (int i = 1; i <= 18; i++) {
        char cat[16];
        snprintf(cat, sizeof cat, "C%02d", i);
        record(f, i, cat, "Aurelia attacked Borvia.", "AUR BRV 190");
    }
    record(f, 19, "YEAR", "Aurelia attacked Borvia in 2013.", "AUR BRV 190");
    record(f, 20, "DISCARD", "Aurelia attacked Borvia at the World-Cup final.",
           "error=sentencediscard");
    record(f, 21, "DISCARD", "Aurelia attacked Borvia near the Cupola of the world.",
           "AUR BRV 190");
    record(f, 22, "DISCARD", "The Football League: Aurelia attacked Borvia.", "error=storydiscard");
    fputs("</Sentences>\n", f);
    fclose(f);

    char a0[] = "petrarch";
    char *argv[] = {a0, path, NULL};
    static char text[8192];
    assert_int_equal(run_eval(2, argv, text, sizeof text), 0);
    for (int i = 1; i <= 18; i++) {
        char row[16];
        snprintf(row, sizeof row, "\nC%02d ", i);
        assert_non_null(strstr(text, row));
    }
    assert_non_null(strstr(text, "\nYEAR "));
    const char *all = strstr(text, "\nALL ");
    int records = 0, right = 0;
    assert_non_null(all);
    assert_int_equal(sscanf(all, " ALL %d %d", &records, &right), 2);
    assert_int_equal(records, 22);
    assert_int_equal(right, 22);
    static const char *const files[] = {"verbs.txt", "a.actors.txt", "b.actors.txt", "discards.txt",
                                        "records.xml"};
    for (size_t i = 0; i < 5; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        unlink(path);
    }
    rmdir(dir);
}

/* eval petrarch on small files written here, with the elements of today's <Environment> and
 * with PETRARCH-1's name attributes. */
static void test_eval_small(void **state)
{
    (void)state;
    eval_small("<Environment>\n<Verbfile>verbs.txt</Verbfile>\n"
               "<Actorfile>a.actors.txt, b.actors.txt</Actorfile>\n"
               "<Discardfile>discards.txt</Discardfile>\n</Environment>");
    eval_small("<Environment>\n<Verbfile name=\"verbs.txt\">\n"
               "<Actorfile name=\"a.actors.txt, b.actors.txt\">\n"
               "<Discardfile name=\"discards.txt\">\n</Environment>");
}

/* The records' <Config> elements hold for the records after them: require_dyad = false keeps
 * an act whose target no dictionary codes ("---"), an agent of no state acting ("---GOV"),
 * and the act on no phrase at all ("said today") is none; comma_emax 0 keeps the terminal
 * comma clause, which PETRARCH's default (2 to 8 words) leaves out. */
static void test_eval_config(void **state)
{
    (void)state;
    char dir[] = "/tmp/tocsin-petr-XXXXXX";
    assert_non_null(mkdtemp(dir));
    put(dir, "verbs.txt",
        "--- SAID [023] ---\nSAID\n--- ATTACK [190] ---\nATTACK\n--- ARREST [212] ---\nARREST\n"
        "--- REGRET [111] ---\nREGRET {REGRETTED}\n- NOTED + * [115]\n"
        "--- RISEN [---] ---\nRISEN\n- DEATH TOLL * [223]\n"
        "--- AGREE [081] ---\nAGREE\n- * WITH % [031]\n--- WARN [160] ---\nWARN\n");
    put(dir, "a.actors.txt",
        "AURELIA [AUR]\n+AURELIAN\nBORVIA [BRV]\nCORVIA [COR]\nROMENDA [BRV]\nTELEMNAR [TEL]\n");
    put(dir, "b.agents.txt", "OFFICIAL [~GOV]\nPOLICE [~COP]\nSTUDENT [~EDU]\nPRESIDENT [~GOV]\n");
    char path[512];
    snprintf(path, sizeof path, "%s/records.xml", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("<Environment>\n<Verbfile>verbs.txt</Verbfile>\n<Actorfile>a.actors.txt</Actorfile>\n"
          "<Agentfile>b.agents.txt</Agentfile>\n</Environment>\n<Sentences>\n",
          f);
    /* the defaults: the terminal clause is left out, no event lacks its target */
    record(f, 1, "D", "Aurelia attacked Borvia, a senior official said on Saturday.",
           "AUR BRV 190");
    /* an agent of no state is a target beside a placed source, whatever the code (212 is no
       CAMEO root of force) */
    record(f, 5, "D", "Aurelian police arrested students in the capital today.",
           "AURCOP ---EDU 212");
    fputs("<Config option=\"require_dyad\" value=\"False\"></Config>\n"
          "<Config option=\"comma_emax\" value=\"0\"></Config>\n",
          f);
    fputs("<Sentence date=\"20240101\" id=\"R-2\" category=\"N\">\n"
          "<EventCoding sourcecode=\"AUR\" targetcode=\"BRV\" eventcode=\"190\"></EventCoding>\n"
          "<EventCoding sourcecode=\"---GOV\" targetcode=\"---\" eventcode=\"023\">"
          "</EventCoding>\n<Text>Aurelia attacked Borvia, a senior official said on "
          "Saturday.</Text>\n</Sentence>\n",
          f);
    record(f, 3, "N", "Aurelia attacked Borvia, a senior official said today.", "AUR BRV 190");
    fputs("<Config option=\"require_dyad\" value=\"true\"></Config>\n", f);
    record(f, 4, "D", "Aurelia attacked Borvia, a senior official said on Saturday.",
           "AUR BRV 190");
    /* a pattern's "+" names the target, before the object's possessor */
    record(f, 6, "D", "Aurelia noted that Borvia regretted Corvia's refusal.", "AUR BRV 115");
    /* a noun phrase is its first actor with its agent: Borvia + President */
    record(f, 7, "D", "Borvia President Romenda attacked Aurelia.", "BRVGOV AUR 190");
    record(f, 11, "D", "Aurelia's president Romenda attacked Corvia.", "AURGOV COR 190");
    /* 223 is no CAMEO root of force: the subject need not be one who can act */
    record(f, 8, "D", "Aurelia's death toll has risen in the dispute with Borvia.", "AUR BRV 223");
    /* a passive with no "by" in its verb phrase is read as active, one with it is passive */
    record(f, 9, "D", "Aurelia was attacked over its dispute with Borvia.", "AUR BRV 190");
    record(f, 10, "D", "Aurelia was attacked by Borvia.", "BRV AUR 190");
    /* a "%" after the verb is every member of the list; a noun phrase aimed at is its first
       actor ("Corvia's Romenda": Corvia) */
    fputs("<Sentence date=\"20240101\" id=\"R-12\" category=\"D\">\n"
          "<EventCoding sourcecode=\"AUR\" targetcode=\"BRV\" eventcode=\"031\"></EventCoding>\n"
          "<EventCoding sourcecode=\"AUR\" targetcode=\"COR\" eventcode=\"031\"></EventCoding>\n"
          "<Text>Aurelia agrees with Borvia and Corvia that the dispute should end.</Text>\n"
          "</Sentence>\n",
          f);
    fputs("<Sentence date=\"20240101\" id=\"R-13\" category=\"D\">\n"
          "<EventCoding sourcecode=\"AUR\" targetcode=\"BRV\" eventcode=\"160\"></EventCoding>\n"
          "<EventCoding sourcecode=\"AUR\" targetcode=\"COR\" eventcode=\"160\"></EventCoding>\n"
          "<Text>Aurelia warned Borvia and Corvia's Telemnar.</Text>\n</Sentence>\n",
          f);
    fputs("</Sentences>\n", f);
    fclose(f);

    char a0[] = "petrarch", a1[] = "--verbose";
    char *argv[] = {a0, path, a1, NULL};
    static char text[8192];
    assert_int_equal(run_eval(3, argv, text, sizeof text), 0);
    const char *all = strstr(text, "\nALL ");
    int records = 0, right = 0;
    assert_non_null(all);
    assert_int_equal(sscanf(all, " ALL %d %d", &records, &right), 2);
    if (right != 13) printf("%s", text);
    assert_int_equal(records, 13);
    assert_int_equal(right, 13);
    static const char *const files[] = {"verbs.txt", "a.actors.txt", "b.agents.txt", "records.xml"};
    for (size_t i = 0; i < 4; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        unlink(path);
    }
    rmdir(dir);
}

/* The whole unit-test suite, when ../shared is there: the command completes. The score is
 * printed (make check shows it); the gate is in the issue, not here. */
static void test_eval_shared(void **state)
{
    (void)state;
    if (access(SHARED "/PETR.UnitTest.records.xml", R_OK) != 0) {
        printf("skipped: %s not found\n", SHARED);
        return;
    }
    char a0[] = "petrarch", a1[] = SHARED "/PETR.UnitTest.records.xml", a2[] = "--dicts",
         a3[] = SHARED;
    char *argv[] = {a0, a1, a2, a3, NULL};
    assert_int_equal(tc_eval_petrarch_cli(4, argv), 0);
    char *bad[] = {a0, NULL};
    assert_int_equal(tc_eval_petrarch_cli(1, bad), 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_builder_syntax), cmocka_unit_test(test_petrarch_reader),
        cmocka_unit_test(test_eval_small), cmocka_unit_test(test_eval_config),
        cmocka_unit_test(test_eval_shared)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
