/* eval_parse: the tagging and parsing scores of `tocsin eval parse` (see eval_parse.h).
 *
 * The gold file is read whole (tc_conllu_read); each sentence is parsed in one reused arena
 * and scored at once, so only the running counts are kept: per column the words right, and
 * per universal relation the gold, predicted and correctly attached words. */
#include "eval_parse.h"

#include "arena.h"
#include "conllu.h"
#include "log.h"
#include "pipeline.h"

#include <stdlib.h>
#include <string.h>

#define OTHER_REL TC_REL_COUNT /* a gold relation the model does not know */
#define FEATS_MAX 1024

/* The features the CoNLL 2018 script scores as UFeats; the others (NumForm, ExtPos, ...)
 * are left out of both strings before they are compared. */
static const char *const universal_feats[] = {
    "Abbr",    "Animacy", "Aspect",   "Case",   "Definite", "Degree",   "Evident",
    "Foreign", "Gender",  "Mood",     "Number", "NumType",  "Person",   "Polarity",
    "Polite",  "Poss",    "PronType", "Reflex", "Tense",    "VerbForm", "Voice"};

typedef struct {
    size_t gold, pred, right;
} relcount;

typedef struct {
    size_t sents, words;
    size_t upos, xpos, feats, lemma, uas, las;
    relcount rel[TC_REL_COUNT + 1];
    double secs;
} scores;

/* Length of the universal part of a relation name ("nsubj:pass" -> 5). */
static size_t universal_len(const char *rel)
{
    const char *colon = strchr(rel, ':');
    return colon ? (size_t)(colon - rel) : strlen(rel);
}

/* Index of the universal part of rel; OTHER_REL when unknown. */
static int universal_index(const char *rel)
{
    char base[32];
    size_t n = universal_len(rel);
    if (n >= sizeof base) return OTHER_REL;
    memcpy(base, rel, n);
    base[n] = 0;
    int i = tc_rel_index(base);
    return i < 0 ? OTHER_REL : i;
}

static int is_universal_feat(const char *f, size_t n)
{
    for (size_t i = 0; i < sizeof universal_feats / sizeof *universal_feats; i++)
        if (strlen(universal_feats[i]) == n && !memcmp(universal_feats[i], f, n)) return 1;
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The universal features of a FEATS string, sorted and joined with '|' into out ("" for none),
 * as the CoNLL 2018 script compares them. */
static void universal_feats_of(const char *feats, char out[FEATS_MAX])
{
    char buf[FEATS_MAX], *keep[64], *save;
    size_t n = 0, len = 0;
    snprintf(buf, sizeof buf, "%s", feats);
    for (char *f = strtok_r(buf, "|", &save); f && n < 64; f = strtok_r(NULL, "|", &save))
        if (is_universal_feat(f, strcspn(f, "="))) keep[n++] = f;
    qsort(keep, n, sizeof *keep, cmp_str);
    out[0] = 0;
    for (size_t i = 0; i < n && len < FEATS_MAX; i++)
        len += (size_t)snprintf(out + len, FEATS_MAX - len, "%s%s", i ? "|" : "", keep[i]);
}

static int same_feats(const char *gold, const char *pred)
{
    char g[FEATS_MAX], p[FEATS_MAX];
    universal_feats_of(gold, g);
    universal_feats_of(pred, p);
    return strcmp(g, p) == 0;
}

static int same_universal(const char *a, const char *b)
{
    size_t n = universal_len(a);
    return n == universal_len(b) && memcmp(a, b, n) == 0;
}

static void print_miss(FILE *out, const tc_conllu_sent *s, size_t sno, uint32_t i, const tc_word *w)
{
    const tc_conllu_word *g = &s->w[i];
    char id[32];
    if (!s->sent_id) snprintf(id, sizeof id, "#%zu", sno + 1);
    fprintf(out, "%s: %u %s: gold %u %s, got %u %s\n", s->sent_id ? s->sent_id : id, i + 1, g->form,
            g->head, g->deprel, w ? w->head : 0, w ? tc_rel_name(w->rel) : "-");
}

/* Scores word i of gold sentence s against w (NULL: the parser gave no such word). */
static void score_word(const tc_parser *p, const tc_conllu_word *g, const tc_word *w, scores *sc,
                       int *arc_ok)
{
    int gold_rel = universal_index(g->deprel);
    sc->words++;
    sc->rel[gold_rel].gold++;
    *arc_ok = 0;
    if (!w) return;
    const char *rel = tc_rel_name(w->rel);
    sc->upos += strcmp(g->upos, tc_upos_name(w->upos)) == 0;
    sc->xpos += strcmp(g->xpos, tc_parse_xpos_name(p, w->xpos)) == 0;
    sc->feats += same_feats(g->feats, tc_parse_feats_str(p, w->feats));
    sc->lemma += strcmp(g->lemma, "_") == 0 || (w->lemma && strcmp(g->lemma, w->lemma) == 0);
    sc->rel[universal_index(rel)].pred++;
    if (w->head != g->head) return;
    sc->uas++;
    if (!same_universal(g->deprel, rel)) return;
    sc->las++;
    sc->rel[gold_rel].right++;
    *arc_ok = 1;
}

static void score_sentence(const tc_parser *p, const tc_conllu_sent *s, size_t sno, tc_arena *a,
                           scores *sc, FILE *out, int verbose)
{
    const char **forms = tc_arena_alloc(a, (s->n + 1) * sizeof *forms);
    uint32_t *lens = tc_arena_alloc(a, (s->n + 1) * sizeof *lens);
    for (uint32_t i = 0; i < s->n; i++) {
        forms[i] = s->w[i].form;
        lens[i] = (uint32_t)strlen(s->w[i].form);
    }
    tc_tree t = {0};
    double t0 = tc_now();
    tc_parse_words(p, forms, lens, s->n, 0, a, &t);
    sc->secs += tc_now() - t0;
    sc->sents++;
    for (uint32_t i = 0; i < s->n; i++) {
        const tc_word *w = i < t.n ? &t.w[i] : NULL;
        int ok;
        score_word(p, &s->w[i], w, sc, &ok);
        if (!ok && verbose) print_miss(out, s, sno, i, w);
    }
}

static double pct(size_t right, size_t all)
{
    return all ? 100.0 * (double)right / (double)all : 0;
}

static double f1(const relcount *r)
{
    return r->gold + r->pred ? 200.0 * (double)r->right / (double)(r->gold + r->pred) : 0;
}

static const scores *sort_scores;

/* Worst F1 first; among equals the more frequent relation first. */
static int cmp_worst(const void *a, const void *b)
{
    const relcount *x = &sort_scores->rel[*(const int *)a], *y = &sort_scores->rel[*(const int *)b];
    double fx = f1(x), fy = f1(y);
    if (fx != fy) return fx < fy ? -1 : 1;
    return (x->gold < y->gold) - (x->gold > y->gold);
}

static void print_worst(FILE *out, const scores *sc)
{
    int idx[TC_REL_COUNT + 1], n = 0;
    for (int r = 0; r <= TC_REL_COUNT; r++)
        if (sc->rel[r].gold || sc->rel[r].pred) idx[n++] = r;
    sort_scores = sc;
    qsort(idx, (size_t)n, sizeof *idx, cmp_worst);
    fprintf(out, "\nten worst relations by LAS F1 (universal part)\n");
    fprintf(out, "%-12s %9s %7s %7s %7s\n", "relation", "precision", "recall", "F1", "gold");
    for (int k = 0; k < n && k < 10; k++) {
        const relcount *r = &sc->rel[idx[k]];
        fprintf(out, "%-12s %9.2f %7.2f %7.2f %7zu\n",
                idx[k] == OTHER_REL ? "(other)" : tc_rel_name(idx[k]), pct(r->right, r->pred),
                pct(r->right, r->gold), f1(r), r->gold);
    }
}

static void print_scores(FILE *out, const scores *sc)
{
    fprintf(out, "sentences %8zu\nwords     %8zu\n", sc->sents, sc->words);
    fprintf(out, "UPOS      %8.2f\nXPOS      %8.2f\nUFeats    %8.2f\nLemmas    %8.2f\n",
            pct(sc->upos, sc->words), pct(sc->xpos, sc->words), pct(sc->feats, sc->words),
            pct(sc->lemma, sc->words));
    fprintf(out, "UAS       %8.2f\nLAS       %8.2f\n", pct(sc->uas, sc->words),
            pct(sc->las, sc->words));
    double secs = sc->secs > 0 ? sc->secs : 1e-9;
    fprintf(out, "speed     %8.0f words/s, %.0f sentences/s (tag + parse on gold tokens)\n",
            (double)sc->words / secs, (double)sc->sents / secs);
    print_worst(out, sc);
}

int tc_eval_parse(const tc_parser *p, const char *conllu_path, FILE *out, int verbose)
{
    tc_conllu gold;
    tc_err err = {0};
    if (tc_conllu_read(conllu_path, &gold, &err) < 0) {
        fprintf(stderr, "tocsin eval parse: %s\n", err.msg);
        return 1;
    }
    scores *sc = tc_xcalloc(1, sizeof *sc);
    tc_arena *a = tc_arena_new(0);
    for (size_t i = 0; i < gold.n; i++) {
        score_sentence(p, &gold.s[i], i, a, sc, out, verbose);
        tc_arena_reset(a);
    }
    print_scores(out, sc);
    tc_arena_free(a);
    tc_conllu_free(&gold);
    free(sc);
    return 0;
}

static const char usage[] =
    "Usage: tocsin eval parse FILE.conllu [--data DIR] [--verbose] [--beam W] [--margin M]\n"
    "Parses each gold sentence's words with the model DIR/parse.model and prints UPOS, XPOS,\n"
    "UFeats, Lemmas, UAS and LAS (CoNLL 2018 definitions, gold tokenisation), the speed and\n"
    "the ten worst relations. --verbose prints every wrong arc. --beam and --margin decode\n"
    "with another beam than the model's (width W, margin M; 0: none), to measure the\n"
    "trade-off.\n";

int tc_eval_parse_cli(int argc, char **argv)
{
    const char *file = NULL, *data = NULL;
    int verbose = 0;
    long width = -1, margin = -1;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(usage, stdout);
            return 0;
        } else if (!strcmp(argv[i], "--verbose") || !strcmp(argv[i], "-v")) {
            verbose = 1;
        } else if (!strcmp(argv[i], "--data") && i + 1 < argc) {
            data = argv[++i];
        } else if (!strcmp(argv[i], "--beam") && i + 1 < argc) {
            width = strtol(argv[++i], NULL, 10);
        } else if (!strcmp(argv[i], "--margin") && i + 1 < argc) {
            margin = strtol(argv[++i], NULL, 10);
        } else if ((argv[i][0] == '-' && argv[i][1]) || file) {
            fputs(usage, stderr);
            return 2;
        } else {
            file = argv[i];
        }
    }
    if (!file) {
        fputs(usage, stderr);
        return 2;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/parse.model", tc_datadir(data));
    tc_err err = {0};
    tc_parser *p = tc_parser_load(path, &err);
    if (!p) {
        fprintf(stderr, "tocsin eval parse: %s\n", err.msg);
        return 1;
    }
    if (width >= 0 || margin >= 0) {
        long m;
        unsigned w = tc_parser_beam(p, &m);
        tc_parser_set_beam(p, width >= 0 ? (unsigned)width : w, margin >= 0 ? margin : m);
    }
    int rc = tc_eval_parse(p, file, stdout, verbose);
    tc_parser_free(p);
    return rc;
}
