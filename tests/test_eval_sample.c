/* Tests of eval_sample: the Wilson interval, a sample that is the same for the same seed
 * (and the n smallest of a larger sample), and a sheet read back as it was written and then
 * as a person marked it. The events are those of the demo corpus, coded into a database in
 * /tmp. */
#include "eval_sample.h"
#include "pipeline.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

typedef struct {
    char dir[64], db[96];
    tc_store *store;
    tc_cameo_table *cameo;
    size_t events;
} fixture;

static void quiet(const tc_diag *d, void *ctx)
{
    (void)d, (void)ctx;
}

static int setup(void **state)
{
    static fixture fx;
    strcpy(fx.dir, "/tmp/tc_sample_XXXXXX");
    if (!mkdtemp(fx.dir)) return -1;
    snprintf(fx.db, sizeof fx.db, "%s/demo.db", fx.dir);
    const char *in[] = {TC_DATADIR "/demo"};
    tc_run_opts ro = {.datadir = TC_DATADIR, .diag = quiet, .notice = quiet};
    tc_run_stats st;
    tc_err err = {0};
    if (tc_run(NULL, fx.db, in, 1, &ro, &st, &err) < 0) return -1;
    fx.events = st.events;
    fx.store = tc_store_open(fx.db, 1, &err);
    fx.cameo = tc_cameo_load(TC_DATADIR "/cameo.tsv", &err);
    *state = &fx;
    return fx.store && fx.cameo && fx.events >= 20 ? 0 : -1;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    static const char *const suffix[] = {"", "-wal", "-shm"};
    char p[128];
    tc_store_close(fx->store);
    tc_cameo_free(fx->cameo);
    for (size_t i = 0; i < 3; i++) {
        snprintf(p, sizeof p, "%s%s", fx->db, suffix[i]);
        unlink(p);
    }
    snprintf(p, sizeof p, "%s/sheet.txt", fx->dir);
    unlink(p);
    rmdir(fx->dir);
    return 0;
}

/* The sheet of n events with seed, as a malloc'd string. */
static char *sheet(fixture *fx, size_t n, uint64_t seed, size_t *total)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    tc_err err = {0};
    assert_int_equal(tc_eval_sample_write(fx->store, fx->cameo, n, seed, "demo.db", f, total, &err),
                     0);
    fclose(f);
    return buf;
}

static size_t count_lines(const char *s, const char *prefix)
{
    size_t n = 0, k = strlen(prefix);
    for (const char *p = s; p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
        if (!strncmp(p, prefix, k)) n++;
    return n;
}

static void test_wilson(void **state)
{
    (void)state;
    double lo, hi;
    tc_eval_wilson(2, 3, &lo, &hi);
    assert_true(lo > 0.2076 && lo < 0.2078);
    assert_true(hi > 0.9384 && hi < 0.9386);
    tc_eval_wilson(10, 10, &lo, &hi);
    assert_true(lo > 0.7224 && lo < 0.7225);
    assert_true(hi > 0.999999 && hi <= 1.0);
    tc_eval_wilson(0, 0, &lo, &hi);
    assert_true(lo == 0 && hi == 0);
}

static void test_deterministic(void **state)
{
    fixture *fx = *state;
    size_t total;
    char *a = sheet(fx, 10, 42, &total), *b = sheet(fx, 10, 42, NULL), *c = sheet(fx, 10, 43, NULL);
    assert_int_equal(total, fx->events);
    assert_string_equal(a, b);
    assert_true(strcmp(a, c) != 0);
    assert_int_equal(count_lines(a, "event: "), 10);
    assert_int_equal(count_lines(a, "mark: "), 10);
    /* the 5 of seed 42 are among its 10: the smallest hashes */
    char *five = sheet(fx, 5, 42, NULL);
    assert_int_equal(count_lines(five, "event: "), 5);
    for (const char *p = strstr(five, "event: "); p; p = strstr(p + 1, "event: ")) {
        char id[32];
        snprintf(id, sizeof id, "%.23s\n", p);
        assert_non_null(strstr(a, id));
    }
    /* more than there are: every event once */
    char *all = sheet(fx, fx->events + 50, 1, NULL);
    assert_int_equal(count_lines(all, "event: "), fx->events);
    free(a), free(b), free(c), free(five), free(all);
}

typedef struct {
    size_t reported, past;
} tally;

static int tally_row(const tc_event_row *r, void *ctx)
{
    tally *t = ctx;
    t->reported += *r->reporter_code != 0;
    t->past += r->past;
    return 0;
}

/* Every event's reporter ("-" for none) and own date are on the sheet, as many reported and
 * past ones as the store holds. */
static void test_reporter_and_when(void **state)
{
    fixture *fx = *state;
    tally t = {0};
    tc_err err = {0};
    assert_int_equal(tc_store_each_event(fx->store, NULL, tally_row, &t, &err), 0);
    char *all = sheet(fx, fx->events, 3, NULL);
    assert_int_equal(count_lines(all, "reporter: "), fx->events);
    assert_int_equal(count_lines(all, "when: "), fx->events);
    assert_int_equal(fx->events - count_lines(all, "reporter: -\n"), t.reported);
    size_t past = 0;
    for (const char *p = strstr(all, "\nwhen: "); p; p = strstr(p + 1, "\nwhen: ")) {
        const char *nl = strchr(p + 1, '\n');
        const char *mark = strstr(p + 1, ", past\n");
        past += mark && mark < nl + 1 && mark + 6 == nl;
    }
    assert_int_equal(past, t.past);
    free(all);
}

static void test_read_back(void **state)
{
    fixture *fx = *state;
    char path[128];
    snprintf(path, sizeof path, "%s/sheet.txt", fx->dir);
    char *s = sheet(fx, 12, 7, NULL);
    FILE *f = fopen(path, "w");
    fputs(s, f);
    fclose(f);
    tc_sample_score sc;
    assert_int_equal(tc_eval_sample_read(path, &sc, quiet, NULL), 0);
    assert_int_equal(sc.events, 12);
    assert_int_equal(sc.all.unmarked, 12);
    size_t per_root = 0;
    for (int r = 0; r < TC_SAMPLE_ROOTS; r++) per_root += sc.root[r].unmarked;
    assert_int_equal(per_root, 12);
    assert_int_equal(sc.root[0].unmarked, 0); /* every code has a root */

    /* marked in turn y, n, ?, y with a note, ... (strtok drops the blank lines: "event:"
     * opens a block all the same) */
    static const char *const marks[] = {"y", "n", "?", "Y the date is the article's"};
    f = fopen(path, "w");
    size_t k = 0;
    for (char *line = strtok(s, "\n"); line; line = strtok(NULL, "\n")) {
        if (!strncmp(line, "mark:", 5))
            fprintf(f, "mark: %s\n\n", marks[k++ % 4]);
        else
            fprintf(f, "%s\n", line);
    }
    fclose(f);
    assert_int_equal(tc_eval_sample_read(path, &sc, quiet, NULL), 0);
    assert_int_equal(sc.events, 12);
    assert_int_equal(sc.all.right, 6);
    assert_int_equal(sc.all.wrong, 3);
    assert_int_equal(sc.all.unsure, 3);
    assert_int_equal(sc.all.unmarked, 0);

    /* a bad mark and a stray line are problems, named, and not counted */
    f = fopen(path, "w");
    fputs("stray\n\nevent: 1\ncode: 190 x\nmark: maybe\n\nevent: 2\ncode: 111 y\nmark: n\n", f);
    fclose(f);
    assert_int_equal(tc_eval_sample_read(path, &sc, quiet, NULL), 2);
    assert_int_equal(sc.events, 1);
    assert_int_equal(sc.root[11].wrong, 1);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wilson),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_read_back),
        cmocka_unit_test(test_reporter_and_when),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
