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
    "person  USAGOV Somebody @2020-01-01..2019-01-01\n";

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

#define EXPECT(text, date, want)                                                                \
    do {                                                                                       \
        char got[256];                                                                         \
        scan(text, date, got, sizeof got);                                                     \
        assert_string_equal(got, want);                                                        \
    } while (0)

static void test_malformed_lines_reported(void **state)
{
    (void)state;
    assert_int_equal(bad_lines, 2); /* the unknown kind and the impossible date range */
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

static void test_igo(void **state)
{
    (void)state;
    EXPECT("Armenia appealed to the UN Security Council.", "", "ARM IGOUNO");
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
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
