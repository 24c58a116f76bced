/* eval_tabari: TABARI validation records as a test of the coder.
 *
 * The records are walked by tabari.h; each record's text is coded as a one-sentence article
 * by the same function as PETRARCH's records (tc_eval_petrarch_code) and its events compared,
 * as a set, with the record's verification blocks. The dictionaries are the user's (TABARI
 * files) where given, tocsin's own engine's otherwise. */
#include "eval_tabari.h"

#include "eval_petrarch.h"
#include "file.h"
#include "petrarch.h"
#include "petrarch_verbs.h"
#include "pipeline.h"
#include "tabari.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *file;
    const tc_actors *actors;
    const tc_verbs *verbs;
    int quiet;
    int records, scored, right, correct, uncoded, extra, unscored, malformed;
} evalctx;

static void print_events(const char *label, char ev[][TC_EVAL_PETRARCH_EVENT_LEN], int n,
                         const char *special)
{
    printf("  %s:", label);
    for (int i = 0; i < n; i++) printf(" [%s]", ev[i]);
    if (!n) printf(" %s", special && special[0] ? special : "none");
    printf("\n");
}

/* Scores one record against its blocks; prints its line unless quiet. */
static void score(const tc_tabari_record *r, void *vctx)
{
    evalctx *E = vctx;
    E->records++;
    if (r->error) {
        fprintf(stderr, "tocsin: %s:%d: record %s: %s\n", E->file, r->line, r->id, r->error);
        E->malformed++;
        return;
    }
    if (r->option || !r->checked || (r->open && !r->nevents)) {
        E->unscored++;
        if (!E->quiet)
            printf("SKIP %s (%s)\n", r->id,
                   r->option ? "a TABARI option"
                   : r->open ? "'-{' opens its list"
                             : "no verification block");
        return;
    }
    char want[TC_EVAL_PETRARCH_MAX_EVENTS][TC_EVAL_PETRARCH_EVENT_LEN];
    char got[TC_EVAL_PETRARCH_MAX_EVENTS][TC_EVAL_PETRARCH_EVENT_LEN];
    int nwant = 0;
    for (int i = 0; i < r->nevents && nwant < TC_EVAL_PETRARCH_MAX_EVENTS; i++) {
        snprintf(want[nwant], sizeof want[nwant], "%s %s %s", r->events[i].src, r->events[i].tgt,
                 r->events[i].code);
        int dup = 0;
        for (int k = 0; k < nwant; k++) dup |= !strcmp(want[k], want[nwant]);
        nwant += !dup;
    }
    int ngot = tc_eval_petrarch_code(E->actors, E->verbs, r->text, r->date, got);
    int correct = 0;
    for (int i = 0; i < nwant; i++)
        for (int k = 0; k < ngot; k++)
            if (!strcmp(want[i], got[k])) {
                correct++;
                break;
            }
    int extra = r->open ? 0 : ngot - correct;
    int right = correct == nwant && !extra;
    E->scored++;
    E->right += right;
    E->correct += correct;
    E->uncoded += nwant - correct;
    E->extra += extra;
    if (E->quiet) return;
    printf("%s %s\n", right ? "PASS" : "FAIL", r->id);
    if (right) return;
    printf("  text: %s\n", r->text);
    print_events("want", want, nwant, r->special);
    print_events("got ", got, ngot, NULL);
}

/* Loads each file of the comma-separated list into d with load. Returns 0 or 1. */
static int load_list(tc_actors *d, const char *list,
                     int (*load)(tc_actors *, const char *, tc_diag_fn, void *, tc_err *))
{
    char *copy = tc_xstrdup(list), *save = NULL;
    int rc = 0;
    for (char *f = strtok_r(copy, ",", &save); f && !rc; f = strtok_r(NULL, ",", &save)) {
        while (*f == ' ') f++;
        tc_err err = {0};
        if (*f && load(d, f, tc_diag_print, NULL, &err) != TC_OK) {
            fprintf(stderr, "tocsin: eval tabari: %s\n", err.msg);
            rc = 1;
        }
    }
    free(copy);
    return rc;
}

typedef struct {
    const char *verbs, *actors, *agents, *data;
} dict_args;

/* The dictionaries: the user's where given, the engine's for the rest. Returns 0 or 1. */
static int load_dicts(evalctx *E, const dict_args *a, tc_engine **engine, tc_actors **own_actors,
                      tc_verbs **own_verbs)
{
    tc_err err = {0};
    if (!a->verbs || !a->actors) {
        *engine = tc_engine_load(tc_datadir(a->data), tc_diag_print, NULL, &err);
        if (!*engine) {
            fprintf(stderr, "tocsin: eval tabari: %s\n", err.msg);
            return 1;
        }
    }
    if (a->verbs) {
        *own_verbs = tc_petrarch_verbs_load(a->verbs, NULL, tc_diag_print, NULL, &err);
        if (!*own_verbs) {
            fprintf(stderr, "tocsin: eval tabari: %s\n", err.msg);
            return 1;
        }
    }
    if (a->actors) {
        *own_actors = tc_actors_new();
        if (load_list(*own_actors, a->actors, tc_tabari_load_actors) ||
            (a->agents && load_list(*own_actors, a->agents, tc_petrarch_load_agents)))
            return 1;
    }
    E->verbs = *own_verbs ? *own_verbs : tc_engine_verbs(*engine);
    E->actors = *own_actors ? *own_actors : tc_engine_actors(*engine);
    return 0;
}

/* The usage line on f; 2 (a usage error) on stderr, 0 (--help) on stdout. */
static int usage(FILE *f)
{
    fprintf(f, "usage: tocsin eval tabari FILE [--verbs FILE] [--actors FILE[,FILE...]] "
               "[--agents FILE[,FILE...]] [--data DIR] [--quiet]\n"
               "Codes the records of a TABARI text file and checks them against their\n"
               "{SOURCE / TARGET / CODE} blocks (docs/dictionaries.md).\n");
    return f == stdout ? 0 : 2;
}

static void print_totals(const evalctx *E)
{
    printf("%8s %8s %8s %7s %8s %8s %6s %9s %10s\n", "records", "scored", "right", "%", "correct",
           "uncoded", "extra", "unscored", "malformed");
    printf("%8d %8d %8d %6.1f%% %8d %8d %6d %9d %10d\n", E->records, E->scored, E->right,
           E->scored ? 100.0 * E->right / E->scored : 0.0, E->correct, E->uncoded, E->extra,
           E->unscored, E->malformed);
}

int tc_eval_tabari_cli(int argc, char **argv)
{
    evalctx E = {0};
    dict_args a = {0};
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        const char **val = !strcmp(o, "--verbs")    ? &a.verbs
                           : !strcmp(o, "--actors") ? &a.actors
                           : !strcmp(o, "--agents") ? &a.agents
                           : !strcmp(o, "--data")   ? &a.data
                                                    : NULL;
        if (val && i + 1 < argc)
            *val = argv[++i];
        else if (!strcmp(o, "--quiet") || !strcmp(o, "-q"))
            E.quiet = 1;
        else if (!strcmp(o, "--help") || !strcmp(o, "-h"))
            return usage(stdout);
        else if (val || o[0] == '-' || E.file)
            return usage(stderr);
        else
            E.file = o;
    }
    if (!E.file) return usage(stderr);
    size_t len;
    tc_err err = {0};
    char *buf = tc_file_read(E.file, 0, &len, &err);
    if (!buf) {
        fprintf(stderr, "tocsin: eval tabari: %s\n", err.msg);
        return 1;
    }
    tc_engine *engine = NULL;
    tc_actors *actors = NULL;
    tc_verbs *verbs = NULL;
    tc_coder_default(NULL, NULL, &err); /* without the parse model nothing would be coded */
    if (err.code) fprintf(stderr, "tocsin: eval tabari: %s\n", err.msg);
    int rc = err.code ? 1 : load_dicts(&E, &a, &engine, &actors, &verbs);
    if (!rc) {
        tc_tabari_records(buf, len, score, &E);
        print_totals(&E);
        rc = E.malformed > 0;
    }
    tc_actors_free(actors);
    tc_verbs_free(verbs);
    tc_engine_free(engine);
    free(buf);
    return rc;
}
