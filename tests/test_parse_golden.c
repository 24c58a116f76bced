/* Golden tests of the parser: tests/golden/parse.txt (format in tests/golden/README.md).
 * Each sentence is analysed by tc_text (it must be one sentence) and parsed with
 * tc_parse_sentence; every listed arc must have the expected head and relation. Prints
 * "parse golden: N of M sentences right, A of B arcs"; TOCSIN_GOLDEN_VERBOSE=1 prints each
 * wrong arc. Malformed golden lines are reported as FILE:LINE and fail the test. */
#include "file.h"
#include "parse.h"
#include "pipeline.h"
#include "text.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

/* The gate: how many golden sentences may have a wrong arc, and how many arcs must be right.
 * Floors under what the committed model gives (52 of 122 sentences, 648 of 778 arcs with the
 * model of 2026-12-05), so that a worse model fails; every sentence right is the goal. */
#define MAX_SENTENCES_WRONG     75
#define MIN_ARCS_RIGHT_PERMILLE 820
/* The file must keep at least this many cases. */
#define MIN_CASES 90

#define MAX_ARCS 16
#define NO_HEAD  UINT32_MAX /* the root's head: "-" */

typedef struct {
    int line;
    const char *dep, *rel, *head; /* as written */
    uint32_t dtok, htok;          /* token indexes in the case's text; htok NO_HEAD for "-" */
} garc;

typedef struct {
    int line;
    const char *text;
    tc_text t;
    garc arcs[MAX_ARCS];
    int narcs;
} gcase;

typedef struct {
    gcase *c;
    int n, cap;
    int bad; /* malformed lines */
} gfile;

static int verbose;

/* Token index of "form" or "form#K" (K-th occurrence, exact bytes) in t; -1 when none. */
static long find_word(const tc_text *t, const char *ref)
{
    size_t len = strlen(ref);
    long k = 1;
    const char *hash = strrchr(ref, '#');
    if (hash && hash > ref && hash[1] && strspn(hash + 1, "0123456789") == strlen(hash + 1)) {
        k = strtol(hash + 1, NULL, 10);
        len = (size_t)(hash - ref);
    }
    for (size_t i = 0; i < t->ntoks && k > 0; i++) {
        const tc_token *tok = &t->toks[i];
        if (tok->len == len && memcmp(t->text + tok->off, ref, len) == 0 && --k == 0)
            return (long)i;
    }
    return -1;
}

/* A relation name tocsin knows exactly (not only its base). */
static int known_rel(const char *rel)
{
    int r = tc_rel_index(rel);
    return r >= 0 && strcmp(tc_rel_name(r), rel) == 0;
}

/* Checks one arc line of c and appends it; a reason when it is malformed, else NULL. */
static const char *add_arc(gcase *c, int lineno, char *line)
{
    char *save, *f[4];
    int n = 0;
    for (char *tok = strtok_r(line, " \t", &save); tok && n < 4; tok = strtok_r(NULL, " \t", &save))
        f[n++] = tok;
    if (n != 3) return "want DEPENDENT RELATION HEAD";
    if (!known_rel(f[1])) return "unknown relation";
    if ((strcmp(f[2], "-") == 0) != (strcmp(f[1], "root") == 0))
        return "the head is - exactly when the relation is root";
    if (c->narcs == MAX_ARCS) return "too many arcs";
    long d = find_word(&c->t, f[0]), h = strcmp(f[2], "-") ? find_word(&c->t, f[2]) : -2;
    if (d < 0) return "the dependent is not a word of the sentence";
    if (h == -1) return "the head is not a word of the sentence";
    c->arcs[c->narcs++] =
        (garc){lineno, f[0], f[1], f[2], (uint32_t)d, h < 0 ? NO_HEAD : (uint32_t)h};
    return NULL;
}

/* Reads the cases of buf (modified in place; strings point into it, tokens into a) into f.
 * Every malformed line is reported on diag as NAME:LINE: REASON and counted in f->bad. */
static void load_golden(const char *name, char *buf, tc_arena *a, gfile *f, FILE *diag)
{
    int lineno = 0;
    gcase *c = NULL;
    for (char *line = buf, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = 0;
        lineno++;
        const char *why = NULL;
        if (!strncmp(line, "> ", 2)) {
            if (f->n == f->cap) {
                f->cap = f->cap ? 2 * f->cap : 64;
                f->c = realloc(f->c, (size_t)f->cap * sizeof *f->c);
                assert_non_null(f->c);
            }
            c = &f->c[f->n++];
            *c = (gcase){.line = lineno, .text = line + 2};
            tc_text_analyze(c->text, strlen(c->text), a, &c->t);
        } else if (!*line || *line == '#') {
            continue;
        } else if (!c) {
            why = "an arc before any sentence ('> ...')";
        } else {
            why = add_arc(c, lineno, line);
        }
        if (why) {
            fprintf(diag, "%s:%d: %s\n", name, lineno, why);
            f->bad++;
        }
    }
}

/* The tree word that is token tok of the text; NULL when the parser left it out. */
static const tc_word *word_of(const tc_tree *tree, uint32_t tok)
{
    for (uint32_t i = 0; i < tree->n; i++)
        if (tree->w[i].tok == tok) return &tree->w[i];
    return NULL;
}

static void print_word(const gcase *c, const tc_tree *tree, uint16_t head)
{
    if (head == 0 || head > tree->n) {
        printf("-");
        return;
    }
    const tc_token *tok = &c->t.toks[tree->w[head - 1].tok];
    printf("%.*s", (int)tok->len, c->text + tok->off);
}

/* Parses c; returns how many of its arcs are right (all of them for a right sentence). */
static int check_case(const char *path, const tc_parser *p, const gcase *c, tc_arena *a)
{
    if (c->t.nsents != 1) {
        printf("%s:%d: comes out as %zu sentences, not one: %s\n", path, c->line, c->t.nsents,
               c->text);
        return 0;
    }
    tc_tree tree;
    assert_int_equal(tc_parse_sentence(p, &c->t, 0, 0, a, &tree), TC_OK);
    int right = 0;
    for (int i = 0; i < c->narcs; i++) {
        const garc *g = &c->arcs[i];
        const tc_word *w = word_of(&tree, g->dtok);
        uint32_t htok =
            w && w->head ? (w->head <= tree.n ? tree.w[w->head - 1].tok : UINT32_MAX) : NO_HEAD;
        if (w && htok == g->htok && strcmp(tc_rel_name(w->rel), g->rel) == 0) {
            right++;
            continue;
        }
        if (!verbose) continue;
        if (right == i) printf("%s:%d: %s\n", path, c->line, c->text); /* its first miss */
        printf("  line %d: want %s %s %s, got %s ", g->line, g->dep, g->rel, g->head,
               w ? tc_rel_name(w->rel) : "(no word)");
        if (w) print_word(c, &tree, w->head);
        printf("\n");
    }
    return right;
}

static void test_golden_file(void **state)
{
    (void)state;
    const char *path = "tests/golden/parse.txt";
    char model[4096];
    snprintf(model, sizeof model, "%s/parse.model", tc_datadir(NULL));
    tc_err err = {0};
    tc_parser *p = tc_parser_load(model, &err);
    if (!p) fail_msg("cannot load the parser model: %s", err.msg);

    size_t len;
    char *buf = tc_file_read(path, 0, &len, &err);
    assert_non_null(buf);
    tc_arena *texts = tc_arena_new(0), *a = tc_arena_new(0);
    gfile f = {0};
    load_golden(path, buf, texts, &f, stdout);
    int sents_right = 0, arcs = 0, arcs_right = 0;
    for (int i = 0; i < f.n; i++) {
        int right = check_case(path, p, &f.c[i], a);
        sents_right += right == f.c[i].narcs && f.c[i].t.nsents == 1;
        arcs += f.c[i].narcs;
        arcs_right += right;
        tc_arena_reset(a);
    }
    printf("parse golden: %d of %d sentences right, %d of %d arcs\n", sents_right, f.n, arcs_right,
           arcs);
    int bad = f.bad;
    free(f.c);
    free(buf);
    tc_arena_free(texts);
    tc_arena_free(a);
    tc_parser_free(p);
    if (f.n - sents_right > MAX_SENTENCES_WRONG && !verbose)
        printf("TOCSIN_GOLDEN_VERBOSE=1 %s prints each wrong arc\n",
               "build/tests/test_parse_golden");
    assert_int_equal(bad, 0);
    assert_true(f.n >= MIN_CASES);
    assert_true(f.n - sents_right <= MAX_SENTENCES_WRONG);
    assert_true(arcs_right * 1000 >= MIN_ARCS_RIGHT_PERMILLE * arcs);
}

/* Every kind of malformed line is named with its file and line. */
static void test_malformed_lines(void **state)
{
    (void)state;
    char text[] = "stray nsubj line\n"             /* 1: before any sentence */
                  "> Troops shelled the town.\n"   /* 2 */
                  "shelled root -\n"               /* 3: fine */
                  "Troops nsubj shelled extra\n"   /* 4: four fields */
                  "town obj\n"                     /* 5: two fields */
                  "ships nsubj shelled\n"          /* 6: no such word */
                  "town objx shelled\n"            /* 7: unknown relation */
                  "town obj shelled#2\n"           /* 8: no second occurrence */
                  "Troops nsubj -\n"               /* 9: '-' head, not root */
                  "# a comment, then a good arc\n" /* 10 */
                  "town obj shelled\n";            /* 11: fine */
    char *out = NULL;
    size_t outlen = 0;
    FILE *diag = open_memstream(&out, &outlen);
    assert_non_null(diag);
    tc_arena *a = tc_arena_new(0);
    gfile f = {0};
    load_golden("bad.txt", text, a, &f, diag);
    fclose(diag);
    assert_int_equal(f.bad, 7);
    static const int lines[] = {1, 4, 5, 6, 7, 8, 9};
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        char where[32];
        snprintf(where, sizeof where, "bad.txt:%d: ", lines[i]);
        if (!strstr(out, where)) fail_msg("no report for %s in:\n%s", where, out);
    }
    assert_null(strstr(out, "bad.txt:3:"));
    assert_null(strstr(out, "bad.txt:11:"));
    assert_int_equal(f.n, 1);
    assert_int_equal(f.c[0].narcs, 2);
    free(f.c);
    free(out);
    tc_arena_free(a);
}

int main(void)
{
    const char *v = getenv("TOCSIN_GOLDEN_VERBOSE");
    verbose = v && *v && strcmp(v, "0") != 0;
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_malformed_lines),
                                       cmocka_unit_test(test_golden_file)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
