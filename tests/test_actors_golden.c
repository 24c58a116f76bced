/* Golden test of the default actor dictionaries: tests/golden/actors.txt and
 * tests/golden/actors-world.txt (institutions, parties, leaders and armed groups of many
 * countries, with the generated dictionaries), phrases written for tocsin with the actor
 * codes they must give (format at the top of actors.txt). Each
 * phrase is analysed as a text of its own and scanned with the dictionaries of tc_datadir,
 * for the current @date; the codes of all its mentions, in order, must be exactly the
 * expected ones. Every mismatch is printed with its line; the test fails if there is any.
 * Run from the repository root. */
#include "actors.h"
#include "file.h"
#include "pipeline.h"
#include "text.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#define FACTS   "../shared/actors-facts"
#define GOLDEN  "tests/golden/actors.txt"
#define WORLD   "tests/golden/actors-world.txt"
#define UNKNOWN "tests/golden/actors-unknown.txt"
#define SEEDS   "../shared/seeds"

/* Every actor mention of the seed articles, in text order (their text stays in ../shared;
 * only the codes are here). Article date 2023-07-28. */
static const struct {
    const char *file, *codes;
} seeds[] = {
    {"000_fa6794096af13f2a.txt",
     "USAELI AZE ARM USAELI USAGOV ---GOV ---CVL USAHLH ARM AZESEP USAELI USAHLH AZEGOV ARM ARMCHR "
     "AZESEP AZESEP ---HRI NGOHLHIRC ---CVL ---MED ---CVL ---CVL USAELI USAHLH AZE ---GOV AZE AZE "
     "AZESEP ARM "
     "---CVL ---CVL ---CVL ---CVL IGOUNO AZEGOV"},
    {"002_2140aaaae3518148.txt",
     "USAELI USAGOV AZESEP AZE ARM ARMGOV AZEMIL ---CVL AZE ARMCHR AZESEP AZESEP USAELI USAHLH "
     "---CVL ---GOV USAGOV USAGOV USAELI USAHLH AZE AZESEP ARM AZESEP ARMCVL ---ENV AZEGOV ARMGOV "
     "IGOUNO AZEMIL AZESEP ARMGOV ARM IGOCASCST IGOCASCST ---GOV UKR USA IGOJUDICC RUSGOV "
     "ITAMED ARMGOV RUSGOV CAU RUSMIL RUS AZE ARM AZESEP AZE ARM ARM RUSMIL AZEGOV RUSGOV ARMGOV "
     "RUSGOV ARMGOV ---GOV ARMGOV RUS ARM USAGOV ARMGOV ---GOV UKR DEUGOV RUSGOV UKRGOV"},
};

static tc_actors *dict;
static tc_gazetteer *gaz;

static void fail_diag(const tc_diag *g, void *ctx)
{
    (void)ctx;
    print_message("dictionary: %s: %s\n", g->input, g->reason);
    fail();
}

static int setup(void **state)
{
    (void)state;
    tc_err err = {0};
    dict = tc_actors_load(tc_datadir(NULL), NULL, fail_diag, NULL, &err);
    char path[4096];
    snprintf(path, sizeof path, "%s/gazetteer.bin", tc_datadir(NULL));
    gaz = tc_gazetteer_load(path, &err); /* places of unknown names: actors-unknown.txt */
    if (dict) tc_actors_use_gazetteer(dict, gaz);
    if (!dict) print_message("cannot load the dictionaries: %s\n", err.msg);
    return dict ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    tc_actors_free(dict);
    tc_gazetteer_free(gaz);
    return 0;
}

/* codes_of's flag beside TC_SCAN_UNKNOWN: the phrase is an article, read as the pipeline reads
 * one (tc_actors_scan_article: references resolved across its sentences, names placed by the
 * whole article; "@article on"). */
#define ARTICLE 0x100u

/* The codes found in phrase, blank-separated ("-" for none), into out; with TC_SCAN_UNKNOWN
 * in flags a mention of a name no dictionary knows is its code (maybe none) and the name in
 * brackets ("SDNUAF[Abu Tira]", "[John Smith]"). */
static void codes_of(const char *phrase, const char *date, unsigned flags, char *out, size_t cap)
{
    tc_arena *a = tc_arena_new(0);
    tc_text t;
    assert_int_equal(tc_text_analyze(phrase, strlen(phrase), a, &t), TC_OK);
    out[0] = 0;
    tc_mention **ms = NULL;
    size_t *nms = NULL;
    if (flags & ARTICLE) tc_actors_scan_article(dict, &t, date, flags & ~ARTICLE, a, &ms, &nms);
    for (uint32_t s = 0; s < t.nsents; s++) {
        tc_mention *m;
        size_t n = ms ? nms[s] : tc_actors_scan_ex(dict, &t, s, date, flags, a, &m);
        if (ms) m = ms[s];
        for (size_t k = 0; k < n; k++) {
            size_t used = strlen(out);
            if (m[k].flags & TC_MENTION_UNKNOWN)
                snprintf(out + used, cap - used, "%s%s[%s]", used ? " " : "", m[k].code, m[k].name);
            else
                snprintf(out + used, cap - used, "%s%s", used ? " " : "", m[k].code);
        }
    }
    if (!out[0]) snprintf(out, cap, "-");
    tc_arena_free(a);
}

/* Collapses runs of blanks and trims, in place. */
static void squeeze(char *s)
{
    char *w = s;
    for (const char *r = s; *r; r++)
        if (*r != ' ' || (w > s && w[-1] != ' ')) *w++ = *r;
    while (w > s && w[-1] == ' ') w--;
    *w = 0;
}

/* Counts the states (an expected code's first three letters, organisations and agents
 * aside) in seen[26*26*26]; returns how many are new. */
static int count_states(const char *codes, unsigned char *seen)
{
    int added = 0;
    for (const char *c = codes; *c; c += strcspn(c, " "), c += strspn(c, " ")) {
        if (!strncmp(c, "IGO", 3) || !strncmp(c, "NGO", 3) || !strncmp(c, "IMG", 3)) continue;
        if (c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' || c[2] < 'A' || c[2] > 'Z')
            continue;
        size_t k = (size_t)(c[0] - 'A') * 676 + (size_t)(c[1] - 'A') * 26 + (size_t)(c[2] - 'A');
        added += !seen[k];
        seen[k] = 1;
    }
    return added;
}

/* Checks every phrase of the golden file path; fails below min_cases phrases or min_states
 * states among the expected codes, or on any mismatch. */
static void golden_file(const char *path, int min_cases, int min_states)
{
    size_t len;
    tc_err err = {0};
    char *buf = tc_file_read(path, 0, &len, &err);
    assert_non_null(buf);
    char date[16] = "";
    int lineno = 0, cases = 0, bad = 0, states = 0;
    unsigned flags = 0; /* "@unknown on": the phrases after it are scanned with TC_SCAN_UNKNOWN */
    unsigned char *seen = calloc(26 * 26 * 26, 1);
    for (char *line = buf, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = 0;
        lineno++;
        if (!*line || *line == '#') continue;
        if (!strncmp(line, "@date", 5)) {
            snprintf(date, sizeof date, "%s", line + 5 + strspn(line + 5, " \t"));
            if (!strcmp(date, "none")) date[0] = 0;
            continue;
        }
        if (!strncmp(line, "@unknown", 8)) {
            flags = (flags & ARTICLE) | (strstr(line + 8, "on") ? TC_SCAN_UNKNOWN : 0);
            continue;
        }
        if (!strncmp(line, "@article", 8)) {
            flags = (flags & TC_SCAN_UNKNOWN) | (strstr(line + 8, "on") ? ARTICLE : 0);
            continue;
        }
        char *tab = strchr(line, '\t');
        if (!tab) {
            print_message("%s:%d: no TAB between phrase and codes\n", path, lineno);
            bad++;
            continue;
        }
        *tab = 0;
        char *want = tab + 1;
        squeeze(want);
        char got[1024];
        codes_of(line, date, flags, got, sizeof got);
        cases++;
        states += count_states(want, seen);
        if (strcmp(got, want) != 0) {
            print_message("%s:%d: [%s] \"%s\": want %s, got %s\n", path, lineno,
                          *date ? date : "no date", line, want, got);
            bad++;
        }
    }
    free(buf);
    free(seen);
    print_message("%s: %d of %d phrases right, %d states\n", path, cases - bad, cases, states);
    assert_true(cases >= min_cases);
    assert_true(states >= min_states);
    assert_int_equal(bad, 0);
}

static void test_golden_phrases(void **state)
{
    (void)state;
    golden_file(GOLDEN, 200, 0);
}

/* The world's institutions, parties, leaders and armed groups: at least 400 dated phrases
 * from at least 60 states. */
static void test_world_phrases(void **state)
{
    (void)state;
    golden_file(WORLD, 400, 60);
}

/* Names no dictionary knows, placed by what their sentence and their article say (the rules
 * of docs/dictionaries.md, "Names no dictionary knows"), and what must stay unplaced. */
static void test_unknown_phrases(void **state)
{
    (void)state;
    golden_file(UNKNOWN, 40, 15);
}

static void test_seed_articles(void **state)
{
    (void)state;
    int bad = 0;
    for (size_t i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
        char path[256];
        snprintf(path, sizeof path, "%s/%s", SEEDS, seeds[i].file);
        size_t len;
        char *text = tc_file_read(path, 0, &len, NULL);
        if (!text) {
            print_message("%s not found: skipped\n", path);
            skip();
        }
        char got[4096];
        codes_of(text, "2023-07-28", 0, got, sizeof got);
        free(text);
        if (strcmp(got, seeds[i].codes) != 0) {
            print_message("%s:\n  want %s\n  got  %s\n", path, seeds[i].codes, got);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

/* Codes of every mention of text, references resolved across its sentences. */
static void resolved_codes(const char *text, const char *date, char *out, size_t cap)
{
    tc_arena *a = tc_arena_new(0);
    tc_text t;
    assert_int_equal(tc_text_analyze(text, strlen(text), a, &t), TC_OK);
    tc_actors_refs refs = {0};
    out[0] = 0;
    for (uint32_t s = 0; s < t.nsents; s++) {
        tc_mention *m, *r;
        size_t n = tc_actors_scan(dict, &t, s, date, a, &m);
        n = tc_actors_resolve(&t, s, m, n, &refs, a, &r);
        for (size_t k = 0; k < n; k++) {
            size_t used = strlen(out);
            snprintf(out + used, cap - used, "%s%s", used ? " " : "", r[k].code);
        }
    }
    tc_arena_free(a);
}

#define RESOLVED(text, want)                                                                       \
    do {                                                                                           \
        char got[512];                                                                             \
        resolved_codes(text, "2023-07-28", got, sizeof got);                                       \
        assert_string_equal(got, want);                                                            \
    } while (0)

static void test_references(void **state)
{
    (void)state;
    RESOLVED("The Russian Foreign Ministry summoned Armenia's ambassador over Yerevan's "
             "overtures. The ministry called them unfriendly.",
             "RUSGOV ARMGOV ARMGOV RUSGOV");
    RESOLVED("Despite Armenia being a member of the CSTO, its government sent aid.",
             "ARM IGOCASCST ARMGOV");
    RESOLVED("Azerbaijan closed the road. The country denied it.", "AZE AZE");
    RESOLVED("Hamas fired rockets. The group said so.", "PSEREBHMS PSEREBHMS");
    RESOLVED("Nikol Pashinyan spoke. He said the UN must act. The organisation agreed.",
             "ARMGOV ARMGOV IGOUNO IGOUNO");
    RESOLVED("Putin spoke. The country and its army.", "RUSGOV RUS RUSMIL");
    /* Nothing to point at: left as they are. */
    RESOLVED("The ministry said he left the country.", "---GOV");
}

/* The committed data/actors-facts-*.txt are what tools/actors_facts.py makes of the facts
 * (make actors-data): every line traceable, nothing edited by hand. Needs ../shared and
 * python3; skipped, saying so, without them. */
static void test_generated_in_sync(void **state)
{
    (void)state;
    static const char *const files[] = {"actors-facts-factbook.txt",      "actors-facts-groups.txt",
                                        "actors-facts-ifg.txt",           "actors-facts-igo.txt",
                                        "actors-facts-parties.txt",       "actors-facts-ucdp.txt",
                                        "actors-facts-leaders-by-sa.txt", "igo-members.tsv"};
    struct stat st;
    if (stat(FACTS, &st) != 0 || !S_ISDIR(st.st_mode)) {
        print_message("%s not found: generated files not checked against the facts\n", FACTS);
        skip();
    }
    char dir[] = "/tmp/tocsin-facts-XXXXXX", cmd[256];
    assert_non_null(mkdtemp(dir));
    snprintf(cmd, sizeof cmd, "python3 tools/actors_facts.py %s %s 2>/dev/null", FACTS, dir);
    int rc = system(cmd);
    int bad = 0;
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        char made[128], ours[128];
        snprintf(made, sizeof made, "%s/%s", dir, files[i]);
        snprintf(ours, sizeof ours, "%s/%s", tc_datadir(NULL), files[i]);
        size_t la = 0, lb = 0;
        char *a = rc == 0 ? tc_file_read(made, 0, &la, NULL) : NULL;
        char *b = tc_file_read(ours, 0, &lb, NULL);
        if (rc == 0 && (!a || !b || la != lb || memcmp(a, b, la) != 0)) {
            print_message("%s differs from what make actors-data makes now\n", ours);
            bad++;
        }
        free(a);
        free(b);
        unlink(made);
    }
    rmdir(dir);
    if (rc != 0) {
        print_message("tools/actors_facts.py did not run (python3?): not checked\n");
        skip();
    }
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_golden_phrases),  cmocka_unit_test(test_world_phrases),
        cmocka_unit_test(test_unknown_phrases), cmocka_unit_test(test_generated_in_sync),
        cmocka_unit_test(test_seed_articles),   cmocka_unit_test(test_references),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
