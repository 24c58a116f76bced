/* WordNet classes: the committed table answers for words whose classes WordNet 3.0 states,
 * and the builder reads WordNet's file format (a small database written here), gives the same
 * bytes twice, and fails cleanly on missing or foreign files. */
#include "wordnet.h"

#include "err.h"
#include "file.h"
#include "pipeline.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

static int has(const tc_wordnet *w, const char *lemma, char pos, const char *cls, int first_only)
{
    int first;
    uint64_t all;
    if (!tc_wordnet_lookup(w, lemma, strlen(lemma), pos, &first, &all)) return 0;
    int k = tc_wordnet_class_index(cls);
    assert_true(k >= 0);
    return first_only ? first == k : (int)(all >> k & 1);
}

static void committed_table(void **state)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/wordnet.classes", tc_datadir(NULL));
    tc_err err = {0};
    tc_wordnet *w = tc_wordnet_load(path, &err);
    assert_non_null(w);
    assert_true(tc_wordnet_count(w) > 100000);
    assert_true(has(w, "soldier", 'n', "noun.person", 1));
    assert_true(has(w, "helicopter", 'n', "noun.artifact", 1));
    assert_true(has(w, "armored vehicle", 'n', "noun.artifact", 1));
    assert_true(has(w, "decision", 'n', "noun.act", 1));
    assert_true(has(w, "village", 'n', "noun.location", 0));
    assert_false(has(w, "village", 'n', "noun.person", 0));
    assert_true(has(w, "attack", 'v', "verb.competition", 1));
    assert_true(has(w, "attack", 'v', "verb.communication", 0));
    int first;
    uint64_t all;
    assert_false(tc_wordnet_lookup(w, "xyzzyq", 6, 'n', &first, &all));
    assert_false(tc_wordnet_lookup(w, "decision", 8, 'v', &first, &all));
    tc_wordnet_free(w);
}

static void put(const char *dir, const char *name, const char *text)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* A database in WordNet's format: two noun synsets (offsets 100, 200), one verb synset. */
static void builder(void **state)
{
    char dir[] = "/tmp/tocsin-wn-XXXXXX";
    assert_non_null(mkdtemp(dir));
    put(dir, "data.noun",
        "  licence header line\n00000100 18 n 01 guard 0 000 | a person\n"
        "00000200 06 n 01 guard 1 000 | a device\n");
    put(dir, "index.noun",
        "  licence header line\nguard n 2 1 @ 2 1 00000200 00000100  \n"
        "night_watch n 1 0 1 0 00000100  \n");
    put(dir, "data.verb", "00000300 35 v 01 guard 0 000 | protect\n");
    put(dir, "index.verb", "guard v 1 0 1 0 00000300  \n");
    char a[4200], b[4200];
    snprintf(a, sizeof a, "%s/a.bin", dir);
    snprintf(b, sizeof b, "%s/b.bin", dir);
    tc_err err = {0};
    assert_int_equal(tc_wordnet_build(dir, a, &err), TC_OK);
    assert_int_equal(tc_wordnet_build(dir, b, &err), TC_OK);
    size_t na, nb;
    char *da = tc_file_read(a, 0, &na, NULL), *db = tc_file_read(b, 0, &nb, NULL);
    assert_int_equal(na, nb);
    assert_memory_equal(da, db, na);
    free(da);
    free(db);
    tc_wordnet *w = tc_wordnet_load(a, &err);
    assert_non_null(w);
    assert_int_equal(tc_wordnet_count(w), 3);
    assert_true(has(w, "guard", 'n', "noun.artifact", 1)); /* the first sense listed */
    assert_true(has(w, "guard", 'n', "noun.person", 0));
    assert_true(has(w, "night watch", 'n', "noun.person", 1));
    assert_true(has(w, "guard", 'v', "verb.contact", 1));
    tc_wordnet_free(w);

    /* a file that is not a class table is refused */
    put(dir, "foreign.bin", "this is not a class table, only some text of more than 16 bytes\n");
    snprintf(b, sizeof b, "%s/foreign.bin", dir);
    assert_null(tc_wordnet_load(b, &err));
    assert_int_equal(err.code, TC_EPARSE);
    char missing[4200];
    snprintf(missing, sizeof missing, "%s/none", dir);
    assert_int_equal(tc_wordnet_build(missing, a, &err), TC_EIO);
    char cmd[4300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

static void names(void **state)
{
    assert_string_equal(tc_wordnet_class_name(18), "noun.person");
    assert_string_equal(tc_wordnet_class_name(35), "verb.contact");
    assert_null(tc_wordnet_class_name(45));
    assert_int_equal(tc_wordnet_class_index("noun.location"), 15);
    assert_int_equal(tc_wordnet_class_index("noun.nothing"), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(committed_table),
        cmocka_unit_test(builder),
        cmocka_unit_test(names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
