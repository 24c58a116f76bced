/* eval_sample: sampled sheets of stored events and their marks read back (see eval_sample.h).
 *
 * Sampling is one pass over the stored events keeping a max-heap of the n smallest
 * (hash, id) pairs; only events that enter the heap are copied. The sheet is then printed in
 * the store's order (date, id). Reading back is a line scanner over "key: value" blocks. */
#include "eval_sample.h"

#include "arena.h"
#include "code.h"
#include "hash.h"
#include "pipeline.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    uint64_t h;
    char *id, *date, *src, *src_name, *src_text, *tgt, *tgt_name, *tgt_text, *code, *sentence;
    char *rep, *rep_name, *rep_text, *event_date, *date_precision;
    unsigned flags;
    int past;
} pick;

typedef struct {
    pick *p;
    size_t n, cap; /* picks kept; how many to keep (the sample's size) */
    size_t alloc;  /* picks allocated: grown as the heap fills, so a large n costs nothing */
    uint64_t seed;
    size_t seen;
} sampler;

/* a is after b in the sampling order (larger hash, then larger id). */
static int after(const pick *a, const pick *b)
{
    return a->h != b->h ? a->h > b->h : strcmp(a->id, b->id) > 0;
}

static void sift_down(pick *p, size_t n, size_t i)
{
    for (size_t c; (c = 2 * i + 1) < n; i = c) {
        if (c + 1 < n && after(&p[c + 1], &p[c])) c++;
        if (!after(&p[c], &p[i])) return;
        pick t = p[i];
        p[i] = p[c];
        p[c] = t;
    }
}

static void sift_up(pick *p, size_t i)
{
    for (; i && after(&p[i], &p[(i - 1) / 2]); i = (i - 1) / 2) {
        pick t = p[i];
        p[i] = p[(i - 1) / 2];
        p[(i - 1) / 2] = t;
    }
}

static void pick_free(pick *p)
{
    char **f[] = {&p->id,  &p->date,     &p->src,      &p->src_name,   &p->src_text,
                  &p->tgt, &p->tgt_name, &p->tgt_text, &p->code,       &p->sentence,
                  &p->rep, &p->rep_name, &p->rep_text, &p->event_date, &p->date_precision};
    for (size_t i = 0; i < sizeof f / sizeof *f; i++) free(*f[i]);
}

static void pick_fill(pick *p, uint64_t h, const tc_event_row *r)
{
    *p = (pick){.h = h,
                .id = tc_xstrdup(r->id),
                .date = tc_xstrdup(r->date),
                .src = tc_xstrdup(r->src_code),
                .src_name = tc_xstrdup(r->src_name),
                .src_text = tc_xstrdup(r->src_text),
                .tgt = tc_xstrdup(r->tgt_code),
                .tgt_name = tc_xstrdup(r->tgt_name),
                .tgt_text = tc_xstrdup(r->tgt_text),
                .code = tc_xstrdup(r->code),
                .sentence = tc_xstrdup(r->sentence),
                .rep = tc_xstrdup(r->reporter_code),
                .rep_name = tc_xstrdup(r->reporter_name),
                .rep_text = tc_xstrdup(r->reporter_text),
                .event_date = tc_xstrdup(r->event_date),
                .date_precision = tc_xstrdup(r->date_precision),
                .flags = r->flags,
                .past = r->past};
}

static int offer(const tc_event_row *r, void *ctx)
{
    sampler *s = ctx;
    uint64_t h = tc_hash64(r->id, strlen(r->id), s->seed);
    s->seen++;
    if (!s->cap) return 0;
    pick probe = {.h = h, .id = (char *)r->id};
    if (s->n == s->cap) {
        if (!after(&s->p[0], &probe)) return 0;
        pick_free(&s->p[0]);
        pick_fill(&s->p[0], h, r);
        sift_down(s->p, s->n, 0);
        return 0;
    }
    if (s->n == s->alloc) {
        s->alloc = s->alloc ? 2 * s->alloc : 64;
        s->p = tc_xrealloc(s->p, s->alloc * sizeof *s->p);
    }
    pick_fill(&s->p[s->n], h, r);
    sift_up(s->p, s->n++);
    return 0;
}

static int cmp_store_order(const void *a, const void *b)
{
    const pick *x = a, *y = b;
    int d = strcmp(x->date, y->date);
    return d ? d : strcmp(x->id, y->id);
}

/* s with every control character made a space, so that a field stays on its line. */
static void put_line(FILE *out, const char *key, const char *s)
{
    fprintf(out, "%s: ", key);
    for (; *s; s++) fputc((unsigned char)*s < 0x20 || *s == 0x7f ? ' ' : *s, out);
    fputc('\n', out);
}

static void print_pick(FILE *out, const pick *p, const tc_cameo_table *cameo)
{
    const tc_cameo *info = cameo ? tc_cameo_get(cameo, p->code) : NULL;
    char actor[512];
    fprintf(out, "event: %s\ndate: %s\n", p->id, *p->date ? p->date : "-");
    snprintf(actor, sizeof actor, "%s %s (%s)", p->src, p->src_name, p->src_text);
    put_line(out, "source", actor);
    snprintf(actor, sizeof actor, "%s %s (%s)", p->tgt, p->tgt_name, p->tgt_text);
    put_line(out, "target", *p->tgt ? actor : "-");
    snprintf(actor, sizeof actor, "%s %s (%s)", p->rep, p->rep_name, p->rep_text);
    put_line(out, "reporter", *p->rep ? actor : "-");
    /* The event's own date, so that a marker can judge it too: "2020 (year), past". */
    snprintf(actor, sizeof actor, "%s (%s)%s", *p->event_date ? p->event_date : "-",
             p->date_precision, p->past ? ", past" : "");
    put_line(out, "when", actor);
    snprintf(actor, sizeof actor, "%s %s", p->code, info ? info->name : "");
    put_line(out, "code", actor);
    if (p->flags) {
        char names[64];
        tc_event_flags_text(p->flags, ' ', names);
        fprintf(out, "flags: %s\n", names);
    }
    put_line(out, "sentence", p->sentence);
    fputs("mark: \n\n", out);
}

int tc_eval_sample_write(tc_store *s, const tc_cameo_table *cameo, size_t n, uint64_t seed,
                         const char *dbname, FILE *out, size_t *total, tc_err *err)
{
    sampler sm = {.cap = n, .seed = seed};
    tc_event_filter all = {0};
    int rc = tc_store_each_event(s, &all, offer, &sm, err);
    if (total) *total = sm.seen;
    if (rc == 0) {
        qsort(sm.p, sm.n, sizeof *sm.p, cmp_store_order);
        fprintf(out,
                "# tocsin eval sample: %zu of the %zu events of %s, seed %llu\n"
                "# Mark each event after \"mark:\": y (right), n (wrong) or ? (cannot tell),\n"
                "# then a note if you like. Score it with: tocsin eval sample --score FILE\n\n",
                sm.n, sm.seen, dbname, (unsigned long long)seed);
        for (size_t i = 0; i < sm.n; i++) print_pick(out, &sm.p[i], cameo);
        if (fflush(out) != 0) rc = tc_err_set(err, TC_EIO, "the sheet could not be written");
    }
    for (size_t i = 0; i < sm.n; i++) pick_free(&sm.p[i]);
    free(sm.p);
    return rc;
}

/* ---- reading a marked sheet ---- */

typedef struct {
    int open, line, has_code, has_mark;
    int root;
    int mark; /* 'y', 'n', '?', 0 unmarked */
} block;

static int root_of(const char *code)
{
    if (!isdigit((unsigned char)code[0]) || !isdigit((unsigned char)code[1])) return 0;
    int r = (code[0] - '0') * 10 + code[1] - '0';
    return r >= 1 && r < TC_SAMPLE_ROOTS ? r : 0;
}

static void count_mark(tc_sample_marks *m, int mark)
{
    if (mark == 'y')
        m->right++;
    else if (mark == 'n')
        m->wrong++;
    else if (mark == '?')
        m->unsure++;
    else
        m->unmarked++;
}

static void problem(tc_diag_fn diag, void *dctx, const char *path, int line, const char *why)
{
    char where[4200];
    snprintf(where, sizeof where, "%s:%d", path, line);
    tc_diag d = {.input = where, .stage = "eval", .code = TC_EPARSE, .reason = why};
    (diag ? diag : tc_diag_print)(&d, dctx);
}

/* Ends block b: counts it, or reports why it cannot be. Returns 1 when it was a problem. */
static int close_block(block *b, tc_sample_score *out, const char *path, tc_diag_fn diag,
                       void *dctx)
{
    if (!b->open) return 0;
    b->open = 0;
    if (!b->has_code || !b->has_mark) {
        problem(diag, dctx, path, b->line,
                b->has_code ? "the event has no \"mark:\" line"
                            : "the event has no \"code:\" line");
        return 1;
    }
    out->events++;
    count_mark(&out->all, b->mark);
    count_mark(&out->root[b->root], b->mark);
    return 0;
}

/* The mark at the start of v (y, yes, n, no, ?, case aside; the rest is a note): 'y', 'n',
 * '?', 0 when v is empty, -1 for anything else. */
static int parse_mark(const char *v)
{
    static const struct {
        const char *word;
        int mark;
    } words[] = {{"y", 'y'}, {"yes", 'y'}, {"n", 'n'}, {"no", 'n'}, {"?", '?'}};
    size_t n = strcspn(v, " \t\r\n");
    if (!n) return 0;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i].word) == n && !strncasecmp(v, words[i].word, n)) return words[i].mark;
    return -1;
}

/* One line of the sheet inside or outside a block; 1 when it is a problem. */
static int read_line(block *b, char *line, int lineno, tc_sample_score *out, const char *path,
                     tc_diag_fn diag, void *dctx)
{
    line[strcspn(line, "\r\n")] = 0;
    const char *v = strchr(line, ':');
    v = v ? v + 1 + strspn(v + 1, " \t") : NULL;
    if (!strncmp(line, "event:", 6)) {
        int bad = close_block(b, out, path, diag, dctx);
        *b = (block){.open = 1, .line = lineno};
        return bad;
    }
    if (!line[strspn(line, " \t")]) return close_block(b, out, path, diag, dctx);
    if (!b->open) {
        if (line[0] == '#') return 0;
        problem(diag, dctx, path, lineno,
                "a line outside an event block (each starts with \"event:\")");
        return 1;
    }
    if (!strncmp(line, "code:", 5)) {
        b->has_code = 1;
        b->root = root_of(v);
    } else if (!strncmp(line, "mark:", 5)) {
        int m = parse_mark(v);
        if (m < 0) {
            problem(diag, dctx, path, lineno, "the mark is not y, n or ?");
            b->open = 0;
            return 1;
        }
        b->has_mark = 1;
        b->mark = m;
    }
    return 0;
}

int tc_eval_sample_read(const char *path, tc_sample_score *out, tc_diag_fn diag, void *dctx)
{
    memset(out, 0, sizeof *out);
    FILE *f = fopen(path, "r");
    if (!f) return TC_EIO;
    char *line = NULL;
    size_t cap = 0;
    int bad = 0, lineno = 0;
    block b = {0};
    while (getline(&line, &cap, f) >= 0)
        bad += read_line(&b, line, ++lineno, out, path, diag, dctx);
    bad += close_block(&b, out, path, diag, dctx);
    free(line);
    fclose(f);
    return bad;
}

void tc_eval_wilson(size_t right, size_t n, double *lo, double *hi)
{
    const double z = 1.959963984540054;
    *lo = *hi = 0;
    if (!n) return;
    double p = (double)right / (double)n, z2n = z * z / (double)n;
    double centre = (p + z2n / 2) / (1 + z2n);
    double half = z * sqrt(p * (1 - p) / (double)n + z2n / (4 * (double)n)) / (1 + z2n);
    *lo = centre - half < 0 ? 0 : centre - half;
    *hi = centre + half > 1 ? 1 : centre + half;
}

static void print_marks(FILE *out, const char *name, const tc_sample_marks *m)
{
    size_t n = m->right + m->wrong;
    double lo, hi;
    tc_eval_wilson(m->right, n, &lo, &hi);
    fprintf(out, "%-6s %5zu %5zu %5zu %5zu", name, m->right, m->wrong, m->unsure, m->unmarked);
    if (n)
        fprintf(out, "  %6.3f  %.3f-%.3f\n", (double)m->right / (double)n, lo, hi);
    else
        fputs("       -  -\n", out);
}

void tc_eval_sample_print(const tc_sample_score *s, FILE *out)
{
    size_t n = s->all.right + s->all.wrong;
    double lo, hi;
    tc_eval_wilson(s->all.right, n, &lo, &hi);
    fprintf(out, "events %zu, marked y or n %zu", s->events, n);
    if (n)
        fprintf(out, ": right %.3f (95%% Wilson interval %.3f-%.3f)\n",
                (double)s->all.right / (double)n, lo, hi);
    else
        fputs(": no share right to give\n", out);
    fputs("\nroot   right wrong     ? blank   share  95% interval\n", out);
    print_marks(out, "all", &s->all);
    for (int r = 0; r < TC_SAMPLE_ROOTS; r++) {
        const tc_sample_marks *m = &s->root[r];
        char name[8];
        if (!(m->right + m->wrong + m->unsure + m->unmarked)) continue;
        snprintf(name, sizeof name, r ? "%02d" : "other", r);
        print_marks(out, name, m);
    }
}

/* ---- the command ---- */

static const char usage[] =
    "Usage: tocsin eval sample --db FILE --n N --seed S [--data DIR]\n"
    "       tocsin eval sample --score MARKED\n"
    "The first form prints a sheet of N stored events chosen at random (the same database\n"
    "and seed give the same events): each with its date, actors, CAMEO code and sentence and\n"
    "a line \"mark:\" to fill with y, n or ? and a note. --score reads a marked sheet back\n"
    "and prints the share right with its 95% Wilson interval, per CAMEO root too.\n";

static int whole_number(const char *opt, const char *v, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 10);
    if (isdigit((unsigned char)*v) && !*end && !errno) {
        *out = n;
        return 0;
    }
    fprintf(stderr, "tocsin eval sample: %s: '%.40s' is not a whole number\n%s", opt, v, usage);
    return -1;
}

static int score_sheet(const char *path)
{
    tc_sample_score s;
    int bad = tc_eval_sample_read(path, &s, tc_diag_print, NULL);
    if (bad < 0) {
        fprintf(stderr, "tocsin eval sample: %s: cannot be read\n", path);
        return 1;
    }
    tc_eval_sample_print(&s, stdout);
    return bad ? 1 : 0;
}

static int write_sheet(const char *db, const char *data, size_t n, uint64_t seed)
{
    char path[4096];
    tc_err err = {0};
    snprintf(path, sizeof path, "%s/cameo.tsv", tc_datadir(data));
    tc_cameo_table *cameo = tc_cameo_load(path, &err);
    tc_store *s = cameo ? tc_store_open(db, 1, &err) : NULL;
    int rc = s ? tc_eval_sample_write(s, cameo, n, seed, db, stdout, NULL, &err) : -1;
    if (rc < 0) fprintf(stderr, "tocsin eval sample: %s\n", err.msg);
    tc_store_close(s);
    tc_cameo_free(cameo);
    return rc < 0;
}

int tc_eval_sample_cli(int argc, char **argv)
{
    const char *db = NULL, *data = NULL, *score = NULL;
    uint64_t n = 0, seed = 0;
    int has_n = 0, has_seed = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(usage, stdout);
            return 0;
        }
        if (!v || a[0] != '-') {
            fprintf(stderr, "tocsin eval sample: unexpected '%s'\n%s", a, usage);
            return 2;
        }
        i++;
        if (!strcmp(a, "--db"))
            db = v;
        else if (!strcmp(a, "--data"))
            data = v;
        else if (!strcmp(a, "--score"))
            score = v;
        else if (!strcmp(a, "--n") || !strcmp(a, "--seed")) {
            int is_n = a[2] == 'n';
            if (whole_number(a, v, is_n ? &n : &seed) < 0) return 2;
            *(is_n ? &has_n : &has_seed) = 1;
        } else {
            fprintf(stderr, "tocsin eval sample: unknown option '%s'\n%s", a, usage);
            return 2;
        }
    }
    if (score && !db && !has_n && !has_seed) return score_sheet(score);
    if (score || !db || !has_n || !has_seed || !n || n > SIZE_MAX / 2 / sizeof(pick)) {
        fputs(score ? "tocsin eval sample: --score takes no other option\n"
                    : "tocsin eval sample: --db FILE, --n N (> 0) and --seed S are required\n",
              stderr);
        fputs(usage, stderr);
        return 2;
    }
    return write_sheet(db, data, (size_t)n, seed);
}
