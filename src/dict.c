/* dict: `tocsin dict check` and `tocsin dict lookup` (see dict.h).
 *
 * Both load the dictionaries the way the pipeline does (or PETRARCH files through
 * petrarch.h). check walks every distinct name with the entries that share it
 * (tc_actors_each_name) and compares them pairwise; lookup analyses the text like an
 * article and prints tc_actors_explain's raw matches, then tc_actors_scan's mentions. */
#include "dict.h"

#include "actors.h"
#include "arena.h"
#include "petrarch.h"
#include "pipeline.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { EXIT_PROBLEMS = 1, EXIT_USAGE = 2, MAX_FILES = 64 };

static const char usage[] =
    "usage: tocsin dict check  [--dicts DIR | --petrarch FILE... | --tabari FILE...]\n"
    "       tocsin dict lookup TEXT [--date YYYY-MM-DD] [--unknown]\n"
    "                               [--dicts DIR | --petrarch FILE...]\n"
    "\n"
    "check   malformed lines, duplicate entries, conflicting codes and overlapping date\n"
    "        ranges, each with FILE:LINE; exit 1 when anything is reported. Notes where\n"
    "        data/actors.txt overrides a generated line or an iso-codes name, and warns when\n"
    "        a generated file's facts are more than 180 days older than today or than\n"
    "        --date (the newest article); neither changes the exit status.\n"
    "lookup  what the actor matcher finds in TEXT and why; --unknown also shows the\n"
    "        proper names no dictionary knows (empty code, or the code the words before\n"
    "        give: \"the Sudanese militia X\"), as callers that ask for them get them.\n"
    "\n"
    "--dicts DIR     folder of tocsin's dictionaries (default: --data, $TOCSIN_DATA, built-in)\n"
    "--petrarch F..  PETRARCH-format files instead (names with 'agents' / 'discards' are\n"
    "                agent / discard files, any other an actor file)\n"
    "--tabari F..    TABARI actor files (a last word without '_' is a stem)\n"
    "--date D        lookup: the article date that picks office-holders' roles;\n"
    "                check: the newest article's date, for the staleness warning\n";

typedef struct {
    const char *cmd, *text, *date, *dir;
    int unknown; /* lookup --unknown: TC_SCAN_UNKNOWN */
    const char *petrarch[MAX_FILES];
    int npetrarch;
    int tabari[MAX_FILES]; /* petrarch[i] is a TABARI actor file */
} opts;

static int usage_error(const char *msg)
{
    fprintf(stderr, "tocsin dict: %s\nTry 'tocsin dict --help'.\n", msg);
    return EXIT_USAGE;
}

/* Returns 0, or an exit status (help printed: -1). */
static int parse(int argc, char **argv, opts *o)
{
    int files = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(usage, stdout);
            return -1;
        }
        if ((!strcmp(a, "--dicts") || !strcmp(a, "--data") || !strcmp(a, "--date")) &&
            i + 1 < argc) {
            *(!strcmp(a, "--date") ? &o->date : &o->dir) = argv[++i];
            files = 0;
        } else if (!strcmp(a, "--unknown")) {
            o->unknown = 1;
        } else if (!strcmp(a, "--petrarch") || !strcmp(a, "--tabari")) {
            files = a[2] == 't' ? 2 : 1;
        } else if (a[0] == '-' && a[1] == '-') {
            return usage_error("unknown option or missing value");
        } else if (files) {
            if (o->npetrarch == MAX_FILES) return usage_error("too many files");
            o->tabari[o->npetrarch] = files == 2;
            o->petrarch[o->npetrarch++] = a;
        } else if (!o->cmd) {
            o->cmd = a;
        } else if (!o->text) {
            o->text = a;
        } else {
            return usage_error("unexpected operand");
        }
    }
    if (!o->cmd) return usage_error("check or lookup?");
    if (strcmp(o->cmd, "check") && strcmp(o->cmd, "lookup"))
        return usage_error("unknown dict command (check, lookup)");
    if (!strcmp(o->cmd, "lookup") && !o->text) return usage_error("lookup needs a TEXT");
    if (!strcmp(o->cmd, "check") && o->text) return usage_error("check takes no TEXT");
    if (o->date && (strlen(o->date) != 10 || o->date[4] != '-' || o->date[7] != '-'))
        return usage_error("--date wants YYYY-MM-DD");
    return 0;
}

typedef struct {
    size_t problems;
    size_t overrides; /* generated entries that actors.txt overrides */
    size_t iso;       /* iso-codes' names a dictionary file gives another code */
} counter;

static void count_diag(const tc_diag *d, void *ctx)
{
    ((counter *)ctx)->problems++;
    printf("%s: %s\n", d->input, d->reason);
}

static tc_actors *load(const opts *o, tc_diag_fn diag, void *dctx)
{
    tc_err err = {0};
    tc_actors *d;
    if (o->npetrarch) {
        d = tc_actors_new();
        for (int i = 0; i < o->npetrarch; i++)
            if ((o->tabari[i] ? tc_tabari_load_actors : tc_petrarch_load)(d, o->petrarch[i], diag,
                                                                          dctx, &err) < 0) {
                fprintf(stderr, "tocsin dict: %s\n", err.msg);
                tc_actors_free(d);
                return NULL;
            }
        return d;
    }
    d = tc_actors_load(tc_datadir(o->dir), NULL, diag, dctx, &err);
    if (!d) {
        fprintf(stderr, "tocsin dict: %s\n", err.msg);
        return NULL;
    }
    if (tc_actors_load_sources(d, &err) < 0) {
        fprintf(stderr, "tocsin dict: %s\n", err.msg);
        tc_actors_free(d);
        return NULL;
    }
    return d;
}

/* ---- check ---- */

static void print_range(int32_t from, int32_t to)
{
    if (!from && !to) return;
    printf(" @");
    if (from) printf("%04d-%02d-%02d", from / 10000, from / 100 % 100, from % 100);
    printf("..");
    if (to) printf("%04d-%02d-%02d", to / 10000, to / 100 % 100, to % 100);
}

static int overlap(const tc_actor_info *a, const tc_actor_info *b)
{
    return (!a->from || !b->to || a->from <= b->to) && (!b->from || !a->to || b->from <= a->to);
}

static int dated(const tc_actor_info *e)
{
    return e->from || e->to;
}

static void say(counter *c, const tc_actor_info *a, const tc_actor_info *b, const char *name,
                const char *what)
{
    c->problems++;
    printf("%s:%d: \"%s\": %s (%s %s) and %s:%d (%s %s)\n", a->file, a->line, name, what,
           tc_actors_kind_name(a->kind), a->code, b->file, b->line, tc_actors_kind_name(b->kind),
           b->code);
}

/* What is wrong with two entries of one name, or NULL. Entries from iso-codes (line 0)
 * repeated in our file with the same code are deliberate. */
static const char *clash(const tc_actor_info *a, const tc_actor_info *b)
{
    int same_code = !strcmp(a->code, b->code);
    int discard = (a->kind == TC_KIND_DISCARD) + (b->kind == TC_KIND_DISCARD);
    if ((a->line == 0 || b->line == 0) && same_code) return NULL;
    if (discard == 1 && !dated(a) && !dated(b)) return "a discard hides an actor of the same name";
    if (same_code && a->kind == b->kind && a->from == b->from && a->to == b->to) return "duplicate";
    if (dated(a) && dated(b) && overlap(a, b))
        return same_code ? "overlapping date ranges" : "overlapping date ranges, different codes";
    if (!dated(a) && !dated(b) && !same_code) return "conflicting codes";
    return NULL;
}

/* A generated entry and a hand-written one: the hand-written one wins where both hold;
 * reported as a note when their codes differ (agreeing facts are silent). */
static void override(counter *c, const tc_actor_info *a, const tc_actor_info *b, const char *name)
{
    const tc_actor_info *gen = a->generated ? a : b, *hand = a->generated ? b : a;
    if (!strcmp(gen->code, hand->code) || (dated(gen) && dated(hand) && !overlap(gen, hand)) ||
        hand->kind == TC_KIND_DISCARD)
        return;
    c->overrides++;
    printf("%s:%d: \"%s\": note: %s %s", gen->file, gen->line, name, tc_actors_kind_name(gen->kind),
           gen->code);
    print_range(gen->from, gen->to);
    printf(" (%s) is overridden by %s:%d (%s %s", gen->source, hand->file, hand->line,
           tc_actors_kind_name(hand->kind), hand->code);
    print_range(hand->from, hand->to);
    printf(")\n");
}

/* An undated name of iso-codes (line 0) that a dictionary file gives another code: the
 * file's wins ("Congo": COD over iso-codes' COG); a note. 1 when a and b are such a pair. */
static int iso_override(counter *c, const tc_actor_info *a, const tc_actor_info *b,
                        const char *name)
{
    if (!a->line == !b->line || dated(a) || dated(b) || !strcmp(a->code, b->code) ||
        a->kind == TC_KIND_DISCARD || b->kind == TC_KIND_DISCARD)
        return 0;
    const tc_actor_info *iso = a->line ? b : a, *hand = a->line ? a : b;
    c->iso++;
    printf("%s:%d: \"%s\": note: %s %s (iso-codes) is overridden by %s:%d (%s %s)\n", hand->file,
           hand->line, name, tc_actors_kind_name(iso->kind), iso->code, hand->file, hand->line,
           tc_actors_kind_name(hand->kind), hand->code);
    return 1;
}

static void check_name(const char *name, const tc_actor_info *e, size_t n, void *ctx)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            if (e[i].generated != e[j].generated) {
                override(ctx, &e[i], &e[j], name);
                continue;
            }
            if (iso_override(ctx, &e[i], &e[j], name)) continue;
            const char *why = clash(&e[i], &e[j]);
            if (why) say(ctx, &e[j], &e[i], name, why);
        }
}

/* Warns about generated files whose facts are more than TC_ACTORS_STALE_DAYS older than
 * today or than `newest` (an article date); not a problem: the facts are what there is. */
static void staleness(const tc_actors *d, const char *newest)
{
    const tc_actors_facts *f;
    size_t n = tc_actors_facts_dates(d, &f);
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    int32_t today = (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
    int32_t art = newest ? atoi(newest) * 10000 + atoi(newest + 5) * 100 + atoi(newest + 8) : 0;
    for (size_t i = 0; i < n; i++) {
        if (!f[i].date) {
            printf("%s: warning: no facts-date line: its facts are of an unknown date\n",
                   f[i].file);
            continue;
        }
        int32_t ref = art > today ? art : today;
        int32_t days = tc_actors_days(f[i].date, ref);
        if (days > TC_ACTORS_STALE_DAYS)
            printf("%s: warning: facts of %04d-%02d-%02d, %d days before %s (more than %d): "
                   "re-run `make actors-data` on fresher facts, or check the office-holders "
                   "who changed since\n",
                   f[i].file, f[i].date / 10000, f[i].date / 100 % 100, f[i].date % 100, days,
                   ref == art ? "the newest article" : "today", TC_ACTORS_STALE_DAYS);
    }
}

static int check(const opts *o)
{
    counter c = {0};
    tc_actors *d = load(o, count_diag, &c);
    if (!d) return EXIT_PROBLEMS;
    tc_actors_each_name(d, check_name, &c);
    if (!o->npetrarch) staleness(d, o->date);
    printf("%zu entries, %zu problem%s", tc_actors_count(d), c.problems,
           c.problems == 1 ? "" : "s");
    if (c.overrides)
        printf(", %zu generated entr%s overridden by hand-written ones", c.overrides,
               c.overrides == 1 ? "y" : "ies");
    if (c.iso) printf(", %zu iso-codes name%s overridden", c.iso, c.iso == 1 ? "" : "s");
    putchar('\n');
    tc_actors_free(d);
    return c.problems ? EXIT_PROBLEMS : 0;
}

/* ---- lookup ---- */

static void print_span(const tc_text *t, uint32_t tok0, uint32_t ntok)
{
    const tc_token *a = &t->toks[tok0], *b = &t->toks[tok0 + ntok - 1];
    printf("\"%.*s\"", (int)(b->off + b->len - a->off), t->text + a->off);
}

static void explain_sentence(const tc_actors *d, const tc_text *t, uint32_t s, const char *date,
                             unsigned flags, tc_arena *a)
{
    tc_actor_match *mm;
    size_t n = tc_actors_explain(d, t, s, date, a, &mm);
    for (size_t i = 0; i < n; i++) {
        const tc_actor_match *m = &mm[i];
        printf("  match ");
        print_span(t, m->tok0, m->ntok);
        printf(": %s %s \"%s\"", tc_actors_kind_name(m->e.kind), m->e.code, m->e.name);
        print_range(m->e.from, m->e.to);
        if (*m->e.file) printf(" (%s:%d)", m->e.file, m->e.line);
        if (*m->e.source) printf(" [fact: %s]", m->e.source);
        if (m->country_only) printf(" -- outside every dated role: its state only");
        if (m->hidden)
            printf(" -- %s", m->e.kind == TC_KIND_DISCARD
                                 ? "discard: hides the words"
                                 : "a modifier ('Russian-led') or part of another name ('Jim "
                                   "Risch'): no actor");
        putchar('\n');
    }
    tc_mention *men;
    size_t nm = tc_actors_scan_ex(d, t, s, date, flags, a, &men);
    for (size_t i = 0; i < nm; i++) {
        printf("  => %-12s ", men[i].code[0] ? men[i].code : "(no code)");
        print_span(t, men[i].tok0, men[i].ntok);
        printf(" (%s, %s%s)\n", men[i].name, tc_actors_kind_name(men[i].kind),
               men[i].flags & TC_MENTION_UNKNOWN ? ", a name no dictionary knows" : "");
        tc_actor_info e = tc_actors_entry(d, men[i].entry);
        printf("     by: %s", *men[i].rule ? men[i].rule : "?");
        if (*e.file) printf("; from %s:%d", e.file, e.line);
        if (*e.source) printf(" [fact: %s]", e.source);
        putchar('\n');
    }
    if (!n && !nm)
        printf("  no dictionary match\n");
    else if (!nm)
        printf("  no actor (an adjective alone, a discard or a modifier)\n");
}

static int lookup(const opts *o)
{
    tc_actors *d = load(o, tc_diag_print, NULL);
    if (!d) return EXIT_PROBLEMS;
    tc_arena *a = tc_arena_new(0);
    tc_text t;
    if (tc_text_analyze(o->text, strlen(o->text), a, &t) != TC_OK) {
        fprintf(stderr, "tocsin dict: the text cannot be analysed\n");
        tc_arena_free(a);
        tc_actors_free(d);
        return EXIT_PROBLEMS;
    }
    const char *date = o->date ? o->date : "";
    tc_gazetteer *g = NULL; /* --unknown: names placed by the gazetteer too, as callers do */
    if (o->unknown && !o->npetrarch) {
        char path[4096];
        tc_err gerr = {0};
        snprintf(path, sizeof path, "%s/gazetteer.bin", tc_datadir(o->dir));
        g = tc_gazetteer_load(path, &gerr);
        tc_actors_use_gazetteer(d, g);
    }
    printf("date: %s\n", *date ? date : "none (undated entries, latest roles)");
    for (uint32_t s = 0; s < t.nsents; s++) {
        if (!t.sents[s].ntok) continue;
        printf("sentence %u: ", s + 1);
        print_span(&t, t.sents[s].tok0, t.sents[s].ntok);
        putchar('\n');
        explain_sentence(d, &t, s, date, o->unknown ? TC_SCAN_UNKNOWN : 0, a);
    }
    tc_arena_free(a);
    tc_actors_free(d);
    tc_gazetteer_free(g);
    return 0;
}

int tc_dict_cli(int argc, char **argv)
{
    opts o = {0};
    int rc = parse(argc, argv, &o);
    if (rc) return rc < 0 ? 0 : rc;
    return !strcmp(o.cmd, "check") ? check(&o) : lookup(&o);
}
