/* Golden tests of the coder: tests/golden/events.txt (format in tests/golden/README.md).
 * Each sentence is coded as a one-sentence article with the current @date; the events it
 * gives must be exactly the expected set. Every mismatch is printed; the test fails if any. */
#include "file.h"
#include "pipeline.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <glob.h>

#define MAX_EV 32

static tc_engine *engine;
static int verbose; /* TOCSIN_GOLDEN_VERBOSE=1: print the misses of scored sets too */

typedef struct {
    int line;
    char date[11];
    const char *text;
    char *want[MAX_EV];
    int nwant;
} gcase;

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The events of one sentence as sorted "SRC CODE TGT" lines ("~" in front when flagged). */
static int code_case(const gcase *c, tc_arena *a, char **got)
{
    tc_article art = {.input = "golden", .url = "", .outlet = "", .author = "", .title = ""};
    memcpy(art.date, c->date, sizeof art.date);
    art.text = c->text;
    art.text_len = strlen(c->text);
    tc_coded coded;
    assert_int_equal(tc_engine_code(engine, &art, a, &coded), TC_OK);
    int n = 0;
    for (size_t i = 0; i < coded.nev && n < MAX_EV; i++) {
        const tc_event *e = &coded.ev[i];
        char buf[128];
        int flagged = (e->flags & TC_EV_NOT_EVENT) != 0;
        snprintf(buf, sizeof buf, "%s%s %s %s", flagged ? "~" : "", e->src.code, e->cameo,
                 e->tgt.code);
        got[n++] = tc_arena_strndup(a, buf, strlen(buf));
    }
    qsort(got, (size_t)n, sizeof *got, cmp_str);
    return n;
}

/* Flagged events count only when the case expects some flagged event. */
static int check_case(const char *path, gcase *c, tc_arena *a)
{
    char *got[MAX_EV];
    int ngot = code_case(c, a, got), wants_flagged = 0;
    for (int i = 0; i < c->nwant; i++) wants_flagged |= c->want[i][0] == '~';
    int k = 0;
    for (int i = 0; i < ngot; i++)
        if (wants_flagged || got[i][0] != '~') got[k++] = got[i];
    ngot = k;
    qsort(c->want, (size_t)c->nwant, sizeof *c->want, cmp_str);
    int same = ngot == c->nwant;
    for (int i = 0; same && i < ngot; i++) same = strcmp(got[i], c->want[i]) == 0;
    if (same) return 1;
    if (verbose || strstr(path, "/events.txt"))
        printf("%s:%d: %s\n  want:", path, c->line, c->text);
    else
        return 0;
    for (int i = 0; i < c->nwant; i++) printf(" [%s]", c->want[i]);
    printf("%s\n  got: ", c->nwant ? "" : " -");
    for (int i = 0; i < ngot; i++) printf(" [%s]", got[i]);
    printf("%s\n", ngot ? "" : " -");
    return 0;
}

/* An expected event is "SRC CODE TGT" (optionally "~" first) with a real CAMEO code. */
static void check_want_line(const char *path, int lineno, const char *line)
{
    char src[64], code[16], tgt[64], extra[2];
    int n = sscanf(line + (line[0] == '~'), "%63s %15s %63s %1s", src, code, tgt, extra);
    if (n != 3 || !tc_cameo_get(tc_engine_cameo(engine), code)) {
        printf("%s:%d: malformed expected event: %s\n", path, lineno, line);
        fail();
    }
}

/* Codes every case of path; returns how many cases, *passed how many were right. */
static int run_file(const char *path, int *passed)
{
    size_t len;
    tc_err err = {0};
    char *buf = tc_file_read(path, 0, &len, &err);
    assert_non_null(buf);
    tc_arena *a = tc_arena_new(0);
    gcase c = {0};
    int cases = 0, lineno = 0, open = 0;
    char date[11] = "";
    *passed = 0;
    for (char *line = buf, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = 0;
        lineno++;
        if (open && (line[0] == '>' || !*line)) {
            cases++;
            *passed += check_case(path, &c, a);
            tc_arena_reset(a);
            open = 0;
        }
        if (!strncmp(line, "@date ", 6)) {
            snprintf(date, sizeof date, "%s", line + 6);
        } else if (!strncmp(line, "> ", 2)) {
            c = (gcase){.line = lineno, .text = line + 2};
            memcpy(c.date, date, sizeof date);
            open = 1;
        } else if (open && *line && *line != '#' && strcmp(line, "-") != 0) {
            assert_true(c.nwant < MAX_EV);
            check_want_line(path, lineno, line);
            c.want[c.nwant++] = line;
        }
        if (open && !next) {
            cases++;
            *passed += check_case(path, &c, a);
        }
    }
    tc_arena_free(a);
    free(buf);
    return cases;
}

/* The gate: every case of events.txt must be right. */
static void test_events_file(void **state)
{
    (void)state;
    int passed, cases = run_file("tests/golden/events.txt", &passed);
    printf("golden events.txt: %d of %d sentences right\n", passed, cases);
    assert_true(cases >= 30);
    assert_int_equal(passed, cases);
}

/* Other sets (tests/golden/events-*.txt) are scored, not gated, until they pass whole. */
static void test_scored_sets(void **state)
{
    (void)state;
    glob_t g;
    if (glob("tests/golden/events-*.txt", 0, NULL, &g) != 0) {
        printf("no scored sets (tests/golden/events-*.txt)\n");
        return;
    }
    for (size_t i = 0; i < g.gl_pathc; i++) {
        int passed, cases = run_file(g.gl_pathv[i], &passed);
        printf("scored %s: %d of %d sentences right (%.1f%%)\n", g.gl_pathv[i], passed, cases,
               cases ? 100.0 * passed / cases : 0.0);
    }
    globfree(&g);
}

int main(void)
{
    tc_err err = {0};
    engine = tc_engine_load(tc_datadir(NULL), tc_diag_print, NULL, &err);
    if (!engine) {
        fprintf(stderr, "cannot load the dictionaries: %s\n", err.msg);
        return 1;
    }
    verbose = getenv("TOCSIN_GOLDEN_VERBOSE") != NULL;
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_events_file),
                                       cmocka_unit_test(test_scored_sets)};
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    tc_engine_free(engine);
    return rc;
}
