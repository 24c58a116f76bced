/* Unit tests of the actor scan on a small dictionary written here (the default
 * dictionaries have their own golden file): case rules, resolution, dates, discards,
 * malformed lines. */
#include "actors.h"
#include "text.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

static const char dict[] =
    "# test dictionary\n"
    "country USA United States | US | U.S.\n"
    "country TUR Turkey\n"
    "adj     ARM Armenian\n"
    "adj     AZE Azerbaijani | Azeri\n"
    "adj     RUS Russian\n"
    "adj     TUR Turkish\n"
    "metonym RUSGOV Moscow | the Kremlin\n"
    "metonym AZEGOV Baku\n"
    "metonym ARMGOV Yerevan\n"
    "igo     IGOUNO United Nations | UN Security Council | Security Council\n"
    "person  USAGOV Joe Biden | Biden @2021-01-20..2025-01-20\n"
    "person  USAGOV Joe Biden | Biden @2009-01-20..2017-01-20\n"
    "agent   GOV government | officials | foreign ministry | ambassador | president\n"
    "agent   MIL troops | forces\n"
    "people  ARM Armenians\n"
    "ethnic  CHR Christians | Christian\n"
    "ethnic  KUR Kurds | Kurdish\n"
    "discard -   Turkish coffee\n"
    "bogus   XXX not a kind\n"
    "person  USAGOV Somebody @2020-01-01..2019-01-01\n"
    "person  USAGOV Nobody @2023-02-30..2024-01-01\n"
    "region  PSE Gaza\n"
    "region  AZESEP Artsakh\n"
    "region  UKR Kharkiv | Kharkov | Mariupol\n"
    "metonym USAMIL Pentagon\n"
    "person  RUSGOV Putin\n"
    "igo     IGOUNO UN\n"
    "agent   GOV spokesman\n"
    "country ARG Argentin*\n"
    "agent   GOV king\n"
    "person  KENGOV William Ruto @2022-09-13..\n";

/* A file generated from facts beside it (data/actors-facts-*.txt): ranks below the above. */
static const char facts[] =
    "# facts-date: 2026-01-22\n"
    "person  USAGOV Joe Biden @2021-01-20..2025-01-20  # agrees with the hand-written line\n"
    "person  USAOPP Joe Biden @2017-01-21..2021-01-19  # fills a gap\n"
    "person  RUSMIL Putin @2000-01-01..  # the hand-written undated RUSGOV wins\n"
    "person  KENGOV Only Dated @2022-09-13..2024-01-01  # no actor outside its role\n"
    "group   SDNREB Rapid Support Forces  # rsf record\n"
    "metonym TURLEG Grand National Assembly  # leg record\n"
    "person  SDNMIL Abd-al-Fattah al-Burhan  # hyphens\n"
    "agent   JUD Constitutional Council  # in 10 states\n";

static char dir[64];
static tc_actors *d;
static int bad_lines;

static void count_diag(const tc_diag *g, void *ctx)
{
    (void)ctx;
    (void)g;
    bad_lines++;
}

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/tocsin-actors-XXXXXX");
    assert_non_null(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/actors.txt", dir);
    FILE *f = fopen(path, "w");
    fputs(dict, f);
    fclose(f);
    snprintf(path, sizeof path, "%s/actors-facts-test.txt", dir);
    f = fopen(path, "w");
    fputs(facts, f);
    fclose(f);
    tc_err err = {0};
    d = tc_actors_load(dir, NULL, count_diag, NULL, &err);
    return d ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/actors.txt", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/actors-facts-test.txt", dir);
    unlink(path);
    rmdir(dir);
    tc_actors_free(d);
    return 0;
}

/* Codes found in s, space-separated, into out. */
static void scan(const char *s, const char *date, char *out, size_t cap)
{
    tc_arena *a = tc_arena_new(0);
    tc_text t;
    assert_int_equal(tc_text_analyze(s, strlen(s), a, &t), 0);
    out[0] = 0;
    for (uint32_t i = 0; i < t.nsents; i++) {
        tc_mention *m;
        size_t n = tc_actors_scan(d, &t, i, date, a, &m);
        for (size_t k = 0; k < n; k++)
            snprintf(out + strlen(out), cap - strlen(out), "%s%s", *out ? " " : "", m[k].code);
    }
    tc_arena_free(a);
}

#define EXPECT(text, date, want)                                                                   \
    do {                                                                                           \
        char got[256];                                                                             \
        scan(text, date, got, sizeof got);                                                         \
        assert_string_equal(got, want);                                                            \
    } while (0)

static void test_malformed_lines_reported(void **state)
{
    (void)state;
    /* the unknown kind, the range that ends before it starts, 30 February */
    assert_int_equal(bad_lines, 3);
}

static void test_countries_from_iso_codes(void **state)
{
    (void)state;
    EXPECT("Armenia and Azerbaijan met in France.", "", "ARM AZE FRA");
}

static void test_case_rules(void **state)
{
    (void)state;
    EXPECT("Let us talk about the US.", "", "USA");
    EXPECT("A turkey for Turkey.", "", "TUR");
    EXPECT("The U.S. spoke.", "", "USA");
}

static void test_agents_and_possessives(void **state)
{
    (void)state;
    EXPECT("Armenian officials spoke.", "", "ARMGOV");
    EXPECT("Azeri troops moved.", "", "AZEMIL");
    EXPECT("The Russian Foreign Ministry spoke.", "", "RUSGOV");
    EXPECT("Armenia's ambassador left.", "", "ARMGOV");
    EXPECT("Officials in Baku spoke.", "", "AZEGOV");
    EXPECT("The government of Turkey spoke.", "", "TURGOV");
    EXPECT("The Kremlin spoke to officials.", "", "RUSGOV ---GOV");
}

static void test_adjective_alone_is_no_actor(void **state)
{
    (void)state;
    EXPECT("The Armenian genocide and the Russian-led alliance.", "", "");
    EXPECT("They drank Turkish coffee.", "", "");
}

static void test_dated_roles(void **state)
{
    (void)state;
    EXPECT("US President Joe Biden spoke.", "2023-07-28", "USAGOV");
    EXPECT("Biden spoke.", "2012-03-01", "USAGOV");
    /* Outside every role: the person's state only. */
    EXPECT("Biden spoke.", "2019-03-01", "USA");
    EXPECT("Biden spoke.", "", "USAGOV");
}

static void test_groups_qualify_states(void **state)
{
    (void)state;
    EXPECT("Christian Armenians left.", "", "ARMCHR");
    EXPECT("Armenian Christians left.", "", "ARMCHR");
    EXPECT("Kurdish forces advanced on Christians.", "", "KURMIL CHR");
    EXPECT("Yerevan spoke.", "", "ARMGOV");
}

static void test_stems(void **state)
{
    (void)state;
    EXPECT("Argentina met Argentine officials.", "", "ARG ARGGOV");
    EXPECT("argentina and Argent.", "", "");
}

static void test_igo(void **state)
{
    (void)state;
    EXPECT("Armenia appealed to the UN Security Council.", "", "ARM IGOUNO");
}

static void test_agents_next_to_regions_and_seats(void **state)
{
    (void)state;
    EXPECT("Gaza officials spoke.", "", "PSEGOV");
    EXPECT("Artsakh officials spoke.", "", "AZESEP");
    EXPECT("Pentagon officials spoke.", "", "USAMIL");
    EXPECT("Pentagon troops moved.", "", "USAMIL");
    EXPECT("Putin's spokesman spoke.", "", "RUSGOV");
    EXPECT("UN officials spoke.", "", "IGOUNO");
    EXPECT("Armenian-American doctors and Armenian-American officials.", "", "---GOV");
}

static void test_builder_and_petrarch_codes(void **state)
{
    (void)state;
    tc_actors *b = tc_actors_new();
    tc_err err = {0};
    assert_int_equal(tc_actors_add(b, TC_KIND_ACTOR, "HGWGOVMED", "Quibbler", 0, 0, &err), 0);
    assert_int_equal(tc_actors_add(b, TC_KIND_ACTOR, "ARN", "Arnor", 0, 0, &err), 0);
    assert_int_equal(tc_actors_add(b, TC_KIND_AGENT, "~GOVMED", "government newspaper", 0, 0, &err),
                     0);
    assert_int_equal(tc_actors_add(b, TC_KIND_AGENT, "NGO~", "MSF", 0, 0, &err), 0);
    assert_int_equal(tc_actors_add(b, TC_KIND_AGENT, "~GOV", "diplomat", 0, 0, &err), 0);
    assert_true(tc_actors_add(b, TC_KIND_AGENT, "~G~V", "x", 0, 0, &err) < 0);
    assert_true(tc_actors_add(b, TC_KIND_PERSON, "ARNGOV", "x", 20230230, 0, &err) < 0);
    assert_true(tc_actors_add(b, TC_KIND_PERSON, "ARNGOV", "x", 20230301, 20230201, &err) < 0);
    tc_actors *keep = d;
    d = b;
    EXPECT("The Quibbler government newspaper said.", "", "HGWGOVMED");
    EXPECT("An MSF Arnor diplomat said.", "", "NGOARNGOV");
    d = keep;
    tc_actors_free(b);
}

static int names_seen;

static void count_name(const char *name, const tc_actor_info *e, size_t n, void *ctx)
{
    (void)ctx;
    assert_non_null(name);
    assert_true(n >= 1);
    assert_non_null(e[0].file);
    names_seen++;
}

static void test_explain_and_each_name(void **state)
{
    (void)state;
    tc_arena *a = tc_arena_new(0);
    tc_text t;
    const char *s = "Azeri troops drank Turkish coffee.";
    assert_int_equal(tc_text_analyze(s, strlen(s), a, &t), 0);
    tc_actor_match *m;
    size_t n = tc_actors_explain(d, &t, 0, "", a, &m);
    assert_int_equal(n, 3);
    assert_string_equal(m[0].e.code, "AZE");
    assert_int_equal(m[0].e.kind, TC_KIND_ADJ);
    assert_true(m[0].e.line > 0);
    assert_string_equal(m[1].e.code, "MIL");
    assert_true(m[2].hidden);
    tc_arena_free(a);
    tc_actors_each_name(d, count_name, NULL);
    assert_true(names_seen > 200);
}

/* A dictionary of a million entries loads (a generated file in /tmp). */
static void test_million_entries(void **state)
{
    (void)state;
    char path[] = "/tmp/tocsin-million-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    for (long i = 0; i < 1000000; i++) {
        char w[6] = "";
        for (long k = 0, v = i; k < 5; k++, v /= 26) w[k] = (char)('a' + v % 26);
        fprintf(f, "person ABCGOV Zed%s Qux%ld @2000-01-01..2001-12-31\n", w, i);
    }
    fclose(f);
    tc_actors *big = tc_actors_new();
    tc_err err = {0};
    assert_int_equal(tc_actors_load_file(big, path, NULL, NULL, &err), 0);
    unlink(path);
    assert_int_equal(tc_actors_count(big), 1000000);
    tc_actors *keep = d;
    d = big;
    EXPECT("Zedbaaaa Qux1 spoke.", "2000-06-01", "ABCGOV");
    d = keep;
    tc_actors_free(big);
}

/* Generated entries: below the hand-written ones where both hold, on their own elsewhere,
 * nothing outside their dates; hyphenated names; the date of their facts. */
static void test_generated_files(void **state)
{
    (void)state;
    EXPECT("Putin spoke.", "2024-01-01", "RUSGOV");
    EXPECT("Joe Biden spoke.", "2019-06-01", "USAOPP");
    EXPECT("Joe Biden spoke.", "2022-06-01", "USAGOV");
    EXPECT("Only Dated spoke.", "2023-01-01", "KENGOV");
    EXPECT("Only Dated spoke.", "2025-01-01", "");
    EXPECT("Abd-al-Fattah al-Burhan spoke.", "2025-01-01", "SDNMIL");
    const tc_actors_facts *f;
    assert_int_equal(tc_actors_facts_dates(d, &f), 1);
    assert_int_equal(f[0].date, 20260122);
    assert_non_null(strstr(f[0].file, "actors-facts-test.txt"));
    assert_int_equal(tc_actors_days(20260122, 20261205), 317);
    assert_int_equal(tc_actors_days(20240101, 20250101), 366);
    assert_int_equal(tc_actors_days(20250101, 20240101), -366);
    assert_true(tc_actors_is_state(d, "TURLEG"));
    assert_true(tc_actors_is_state(d, "SDN"));
    assert_false(tc_actors_is_state(d, "IGOUNO"));
    assert_false(tc_actors_is_state(d, "---GOV"));
    assert_false(tc_actors_is_state(d, "TU"));
}

/* A state's own institution or group after it or its possessive is one mention with the
 * institution's code; a nationality before another state's institution gives its own; "X of
 * its state"; a ruler's title, a name and "of" a state; a generated agent. */
static void test_institutions_and_titles(void **state)
{
    (void)state;
    EXPECT("Sudan's Rapid Support Forces attacked.", "2025-01-01", "SDNREB");
    EXPECT("the Turkish Grand National Assembly voted", "2025-01-01", "TURLEG");
    EXPECT("the Grand National Assembly of Turkey voted", "2025-01-01", "TURLEG");
    EXPECT("the Armenian Grand National Assembly voted", "2025-01-01", "ARMLEG");
    EXPECT("King Xyzzy of Turkey spoke.", "2025-01-01", "TURGOV");
    EXPECT("the king Xyzzy of Turkey spoke.", "2025-01-01", "---GOV TUR");
    EXPECT("Turkey's Constitutional Council ruled.", "2025-01-01", "TURJUD");
}

/* dict lookup's why: the rule and the entry of each mention, and the generated line's fact
 * source once tc_actors_load_sources has read it. */
static void test_rule_and_source(void **state)
{
    (void)state;
    tc_err err = {0};
    assert_int_equal(tc_actors_load_sources(d, &err), TC_OK);
    tc_arena *a = tc_arena_new(0);
    tc_text t;
    const char *s = "Sudan's Rapid Support Forces attacked.";
    assert_int_equal(tc_text_analyze(s, strlen(s), a, &t), 0);
    tc_mention *m;
    assert_int_equal(tc_actors_scan(d, &t, 0, "2025-01-01", a, &m), 1);
    assert_non_null(strstr(m[0].rule, "own institution"));
    tc_actor_info e = tc_actors_entry(d, m[0].entry);
    assert_string_equal(e.code, "SDNREB");
    assert_int_equal(e.line, 6);
    assert_true(e.generated);
    assert_string_equal(e.source, "rsf record");
    tc_arena_free(a);
}

/* A line of regions lists places of one state: each is shown by its own name, an alias of the
 * first ("Kharkov") by its own spelling too. */
static void test_region_names(void **state)
{
    (void)state;
    tc_arena *a = tc_arena_new(0);
    tc_text t;
    const char *s = "Shelling hit Kharkiv, Kharkov and Mariupol.";
    assert_int_equal(tc_text_analyze(s, strlen(s), a, &t), 0);
    tc_mention *m;
    assert_int_equal(tc_actors_scan(d, &t, 0, "2025-01-01", a, &m), 3);
    assert_string_equal(m[0].name, "Kharkiv");
    assert_string_equal(m[1].name, "Kharkov");
    assert_string_equal(m[2].name, "Mariupol");
    assert_string_equal(m[2].code, "UKR");
    tc_arena_free(a);
}

/* The codes and names of text's first sentence scanned with flags, "CODE[NAME]" for a
 * mention of a name no dictionary knows, into out. */
static void scan_names(const tc_actors *dd, const char *text, unsigned flags, char *out, size_t cap)
{
    tc_arena *a = tc_arena_new(0);
    tc_text t;
    assert_int_equal(tc_text_analyze(text, strlen(text), a, &t), 0);
    tc_mention *m;
    size_t n = tc_actors_scan_ex(dd, &t, 0, "2024-01-01", flags, a, &m);
    out[0] = 0;
    for (size_t k = 0; k < n; k++) {
        size_t used = strlen(out);
        if (!(flags & TC_SCAN_UNKNOWN)) assert_int_equal(m[k].flags, 0);
        if (m[k].flags & TC_MENTION_UNKNOWN) {
            assert_true(m[k].kind == TC_KIND_UNKNOWN || m[k].code[0]);
            snprintf(out + used, cap - used, "%s%s[%s]", used ? " " : "", m[k].code, m[k].name);
        } else {
            snprintf(out + used, cap - used, "%s%s", used ? " " : "", m[k].code);
        }
    }
    tc_arena_free(a);
}

#define NAMES(dd, text, flags, want)                                                               \
    do {                                                                                           \
        char got[256];                                                                             \
        scan_names(dd, text, flags, got, sizeof got);                                              \
        assert_string_equal(got, want);                                                            \
    } while (0)

/* Names no dictionary knows come only when asked for: alone with no code, after an agent
 * with its code; a sentence's first word only before another capital, and never a
 * closed-class word, a day, a month or an honorific alone (one before a name is part of its
 * mention: "Mr Quill"). */
static void test_unknown_names(void **state)
{
    (void)state;
    const char *s1 = "The Armenian troops met Xavier Quill in Yerevan.";
    NAMES(d, s1, 0, "ARMMIL ARMGOV");
    NAMES(d, s1, TC_SCAN_UNKNOWN, "ARMMIL [Xavier Quill] ARMGOV");
    NAMES(d, "Armenian officials Zara Vosk said", TC_SCAN_UNKNOWN, "ARMGOV[Zara Vosk]");
    NAMES(d, "Officials said on Monday in March.", TC_SCAN_UNKNOWN, "---GOV");
    NAMES(d, "On Monday, Mr Quill spoke.", TC_SCAN_UNKNOWN, "[Mr Quill]");
    NAMES(d, "Zara Vosk and the Bank of Zork spoke.", TC_SCAN_UNKNOWN,
          "[Zara Vosk] [Bank of Zork]");
    NAMES(d, "Moscow spoke with Abd al-Zork.", TC_SCAN_UNKNOWN, "RUSGOV [Abd al-Zork]");
    NAMES(d, "Quill spoke.", TC_SCAN_UNKNOWN, "");
}

/* The token count of the first mention of text's first sentence scanned by dd for unknown
 * names too, and its code into code (32 bytes); 0 when none. */
static uint32_t first_span(const tc_actors *dd, const char *text, char *code)
{
    tc_arena *a = tc_arena_new(0);
    tc_text t;
    assert_int_equal(tc_text_analyze(text, strlen(text), a, &t), 0);
    tc_mention *m;
    size_t n = tc_actors_scan_ex(dd, &t, 0, "2024-01-01", TC_SCAN_UNKNOWN, a, &m);
    uint32_t len = n ? m[0].ntok : 0;
    snprintf(code, 32, "%s", n ? m[0].code : "");
    tc_arena_free(a);
    return len;
}

/* A state's agent ending in a capitalised word takes one capitalised word after it that ends
 * an organisation's name ("the Somali Military Command"): its head is in the mention. Not
 * after a word in lower case. With WordNet's classes (data/), which make "Council" a word, no
 * name alone. */
static void test_org_tail(void **state)
{
    (void)state;
    tc_err err = {0};
    char code[32];
    if (access("data/wordnet.classes", R_OK) != 0) {
        print_message("data/wordnet.classes not found (run from the repository root): "
                      "skipped\n");
        return;
    }
    tc_actors *g = tc_actors_new();
    assert_int_equal(tc_actors_add(g, TC_KIND_ADJ, "ARM", "Armenian", 0, 0, &err), TC_OK);
    assert_int_equal(tc_actors_add(g, TC_KIND_AGENT, "GOV", "government", 0, 0, &err), TC_OK);
    assert_int_equal(tc_actors_load_nouns(g, "data", &err), TC_OK);
    assert_int_equal(first_span(g, "The Armenian Government Council met.", code), 3);
    assert_string_equal(code, "ARMGOV");
    assert_int_equal(first_span(g, "The Armenian government Council met.", code), 2);
    tc_actors_free(g);
}

/* What the pipeline keeps of the names no dictionary knows: those placed with a role, and an
 * agent with no state that took a name; not a name with no code nor a bare place. */
static void test_keep_placed(void **state)
{
    (void)state;
    const struct {
        const char *code;
        tc_actor_kind kind;
        unsigned flags;
        int kept;
    } in[] = {
        {"ARMMIL", TC_KIND_ADJ, 0, 1},                    /* a dictionary's mention */
        {"", TC_KIND_UNKNOWN, TC_MENTION_UNKNOWN, 0},     /* "Xavier Quill" */
        {"---GOV", TC_KIND_AGENT, TC_MENTION_UNKNOWN, 1}, /* "Minister Zara Vosk" */
        {"PAK", TC_KIND_REGION, TC_MENTION_UNKNOWN, 0},   /* "Quetta" alone */
        {"SWE", TC_KIND_COUNTRY, TC_MENTION_UNKNOWN, 1},  /* "X, a Swedish engineer" */
        {"", TC_KIND_AGENT, 0, 1},                        /* nothing of the unknown names */
    };
    enum { N = sizeof in / sizeof *in };
    tc_mention m[N];
    memset(m, 0, sizeof m);
    for (size_t k = 0; k < N; k++) {
        snprintf(m[k].code, sizeof m[k].code, "%s", in[k].code);
        m[k].kind = in[k].kind;
        m[k].flags = in[k].flags;
        m[k].tok0 = (uint32_t)k;
    }
    size_t n = tc_actors_keep_placed(m, N), j = 0;
    for (size_t k = 0; k < N; k++)
        if (in[k].kept) {
            assert_true(j < n);
            assert_int_equal(m[j++].tok0, k);
        }
    assert_int_equal(n, j);
    assert_int_equal(tc_actors_keep_placed(m, 0), 0);
}

/* Generic actors from the committed WordNet files (data/): a nationality or state with a
 * weapon, vehicle or unit noun is its forces, with a person noun its civilians; a capital
 * between a determiner and a noun of a thing is no government; a plural person noun with no
 * state is people of no state. Without the files, nothing. */
static void test_generic_nouns(void **state)
{
    (void)state;
    tc_err err = {0};
    tc_actors *g = tc_actors_new();
    assert_int_equal(tc_actors_add(g, TC_KIND_ADJ, "RUS", "Russian", 0, 0, &err), TC_OK);
    assert_int_equal(tc_actors_add(g, TC_KIND_COUNTRY, "RUS", "Russia", 0, 0, &err), TC_OK);
    assert_int_equal(tc_actors_add(g, TC_KIND_METONYM, "RUSGOV", "Moscow", 0, 0, &err), TC_OK);
    assert_int_equal(tc_actors_load_nouns(g, "/nonexistent-tocsin-dir", &err), TC_OK);
    NAMES(g, "Russian helicopters", 0, "");
    if (access("data/wordnet.classes", R_OK) != 0) {
        print_message("data/wordnet.classes not found (run from the repository root): "
                      "skipped\n");
        tc_actors_free(g);
        return;
    }
    assert_int_equal(tc_actors_load_nouns(g, "data", &err), TC_OK);
    NAMES(g, "Russian helicopters", 0, "RUSMIL");
    NAMES(g, "Russian aircraft carriers", 0, "RUSMIL");
    NAMES(g, "Russian villagers", 0, "RUSCVL");
    NAMES(g, "the Russian economy", 0, "");
    NAMES(g, "Russian teapots", 0, "");
    NAMES(g, "Russia bombs Moscow", 0, "RUS RUSGOV");
    NAMES(g, "the Moscow stock exchange", 0, "");
    NAMES(g, "Moscow residents", 0, "RUSCVL");
    NAMES(g, "the Moscow residents", 0, "RUSCVL");
    /* people of no state: a plural person noun, a count or a crowd alone (issue 13, seventh
       round); not those who comment, nor a count of things */
    NAMES(g, "Taxi drivers and fishermen marched", 0, "---CVL ---CVL");
    NAMES(g, "Hundreds rallied", 0, "---CVL");
    NAMES(g, "thousands of dollars", 0, "");
    NAMES(g, "Analysts and fans watched", 0, "");
    NAMES(g, "Russia's taxi drivers", 0, "RUSCVL");
    NAMES(g, "a taxi driver", 0, "");
    tc_actors_free(g);
}

/* The codes of every sentence of text, scanned with flags and resolved across them, into out:
 * a mention that is a reference is marked with a '^'. */
static void resolve_all(const char *text, unsigned flags, char *out, size_t cap)
{
    tc_arena *a = tc_arena_new(0);
    tc_text t;
    assert_int_equal(tc_text_analyze(text, strlen(text), a, &t), 0);
    tc_actors_refs refs = {0};
    out[0] = 0;
    for (uint32_t s = 0; s < t.nsents; s++) {
        tc_mention *m;
        size_t n = tc_actors_scan_ex(d, &t, s, "2024-01-01", flags, a, &m);
        n = tc_actors_resolve(&t, s, m, n, &refs, a, &m);
        for (size_t k = 0; k < n; k++) {
            size_t used = strlen(out);
            snprintf(out + used, cap - used, "%s%s%s%s", used ? " " : "",
                     strstr(m[k].rule, "reference") ? "^" : "", m[k].code,
                     m[k].flags & TC_MENTION_UNKNOWN ? "?" : "");
        }
    }
    tc_arena_free(a);
}

/* A person's first or last name alone refers to the person named before; not beside another
 * capitalised word; an unknown name is remembered only when the scan gave it. */
static void test_person_name_references(void **state)
{
    (void)state;
    char got[256];
    resolve_all("William Ruto spoke in Yerevan. Ruto left.", 0, got, sizeof got);
    assert_string_equal(got, "KENGOV ARMGOV ^KENGOV");
    resolve_all("William Ruto spoke. Mr Ruto left. Ruto Street is long.", 0, got, sizeof got);
    assert_string_equal(got, "KENGOV ^KENGOV");
    resolve_all("Xavier Quill spoke. Quill left.", 0, got, sizeof got);
    assert_string_equal(got, "");
    resolve_all("Xavier Quill spoke. Quill left.", TC_SCAN_UNKNOWN, got, sizeof got);
    assert_string_equal(got, "? ^?");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_malformed_lines_reported),
        cmocka_unit_test(test_countries_from_iso_codes),
        cmocka_unit_test(test_case_rules),
        cmocka_unit_test(test_agents_and_possessives),
        cmocka_unit_test(test_adjective_alone_is_no_actor),
        cmocka_unit_test(test_dated_roles),
        cmocka_unit_test(test_groups_qualify_states),
        cmocka_unit_test(test_igo),
        cmocka_unit_test(test_stems),
        cmocka_unit_test(test_agents_next_to_regions_and_seats),
        cmocka_unit_test(test_builder_and_petrarch_codes),
        cmocka_unit_test(test_explain_and_each_name),
        cmocka_unit_test(test_million_entries),
        cmocka_unit_test(test_generated_files),
        cmocka_unit_test(test_institutions_and_titles),
        cmocka_unit_test(test_rule_and_source),
        cmocka_unit_test(test_region_names),
        cmocka_unit_test(test_unknown_names),
        cmocka_unit_test(test_keep_placed),
        cmocka_unit_test(test_org_tail),
        cmocka_unit_test(test_generic_nouns),
        cmocka_unit_test(test_person_name_references),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
