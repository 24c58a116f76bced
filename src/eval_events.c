/* eval_events: the event scores of `tocsin eval events` (see eval_events.h).
 *
 * The gold file is read whole into an arena (a few thousand lines at most). Lines of our
 * format are coded and scored one by one; PLOVER rows are grouped by sentence first, so a
 * sentence marked twice is coded once and its events are counted once. Matching is by key:
 * each event becomes a string per level ("19", "19 AZE>ARM", "191 AZEGOV>ARM") and the right
 * events of a level are the multiset intersection of the gold and coded keys. */
#include "eval_events.h"

#include "extract.h"
#include "pipeline.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#define KEY_MAX  80
#define CODE_MAX 32 /* an actor code's bytes, as tc_actor_ref holds them */

static const char *const plover_names[TC_PLV_CLASSES] = {
    "AGREE",  "CONSULT",  "SUPPORT", "COOPERATE", "AID",      "YIELD",  "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "MOBILIZE",  "SANCTION", "COERCE", "ASSAULT"};

/* cameo.tsv's PLOVER types (draft 0.8, 2021) in the events-dev data's older names. */
static const struct {
    const char *plover;
    int cls;
} plover_renamed[] = {
    {"CONCEDE", TC_PLV_YIELD},
    {"RETREAT", TC_PLV_YIELD},
};

/* CAMEO roots whose class is fixed whatever cameo.tsv says (events-dev's README: REQUEST
 * also covers the 10x demands, AGREE the 03x intents and promises). Appeals (02x), which the
 * 2021 conversion table leaves out with the statements (01x), are requests in PLOVER's sense
 * (a request or demand of the target) and in the data's: its REQUEST rows hold appeals ("is
 * pushing for the government to propose a ceasefire", refugees seeking refuge). */
static const struct {
    const char *root;
    int cls;
} root_classes[] = {
    {"02", TC_PLV_REQUEST},
    {"03", TC_PLV_AGREE},
    {"10", TC_PLV_REQUEST},
};

const char *tc_eval_plover_name(int cls)
{
    return cls >= 0 && cls < TC_PLV_CLASSES ? plover_names[cls] : "";
}

int tc_eval_plover_parse(const char *name)
{
    for (int i = 0; i < TC_PLV_CLASSES; i++)
        if (!strcmp(plover_names[i], name)) return i;
    return -1;
}

int tc_eval_plover_class(const char *code, const char *plover)
{
    for (size_t i = 0; i < sizeof root_classes / sizeof *root_classes; i++)
        if (!strncmp(code, root_classes[i].root, 2)) return root_classes[i].cls;
    for (size_t i = 0; i < sizeof plover_renamed / sizeof *plover_renamed; i++)
        if (!strcmp(plover, plover_renamed[i].plover)) return plover_renamed[i].cls;
    return plover && *plover ? tc_eval_plover_parse(plover) : -1;
}

/* ---- matching ---- */

/* The CAMEO root of code as an index 1..20, 0 when it has none. */
static int root_index(const char *code)
{
    if (code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return 0;
    int r = (code[0] - '0') * 10 + code[1] - '0';
    return r >= 1 && r < TC_EVAL_ROOTS ? r : 0;
}

static void event_key(const tc_eval_event *e, int level, char out[KEY_MAX])
{
    if (level == TC_EVAL_ROOT)
        snprintf(out, KEY_MAX, "%.2s", e->code);
    else if (level == TC_EVAL_DYAD)
        snprintf(out, KEY_MAX, "%.2s %.3s>%.3s", e->code, e->src, e->tgt);
    else
        snprintf(out, KEY_MAX, "%s %s>%s", e->code, e->src, e->tgt);
}

static int cmp_key(const void *a, const void *b)
{
    return strcmp(a, b);
}

static char (*sorted_keys(const tc_eval_event *e, size_t n, int level))[KEY_MAX]
{
    char(*k)[KEY_MAX] = tc_xmalloc((n ? n : 1) * KEY_MAX);
    for (size_t i = 0; i < n; i++) event_key(&e[i], level, k[i]);
    qsort(k, n, KEY_MAX, cmp_key);
    return k;
}

/* Right events of one level: the multiset intersection of the keys, counted per root too
 * (by the key's first two characters) when per_root is not NULL. */
static size_t intersect(const tc_eval_event *g, size_t ng, const tc_eval_event *c, size_t nc,
                        int level, tc_eval_count (*per_root)[2])
{
    char(*gk)[KEY_MAX] = sorted_keys(g, ng, level), (*ck)[KEY_MAX] = sorted_keys(c, nc, level);
    size_t i = 0, j = 0, right = 0;
    while (i < ng && j < nc) {
        int d = strcmp(gk[i], ck[j]);
        if (d == 0) {
            right++;
            if (per_root) per_root[root_index(gk[i])][level].right++;
            i++, j++;
        } else if (d < 0) {
            i++;
        } else {
            j++;
        }
    }
    free(gk);
    free(ck);
    return right;
}

void tc_eval_score_sentence(tc_eval_scores *s, const tc_eval_event *g, size_t ng,
                            const tc_eval_event *c, size_t nc)
{
    s->sentences++;
    if (!ng) s->sents_none++;
    if (!ng && nc) s->sents_none_given++;
    if (ng && !nc) s->sents_missed++;
    for (int l = 0; l < TC_EVAL_LEVELS; l++) {
        s->level[l].gold += ng;
        s->level[l].coded += nc;
        s->level[l].right += intersect(g, ng, c, nc, l, l == TC_EVAL_EXACT ? NULL : s->root);
    }
    for (size_t i = 0; i < ng; i++)
        for (int l = 0; l < 2; l++) s->root[root_index(g[i].code)][l].gold++;
    for (size_t i = 0; i < nc; i++)
        for (int l = 0; l < 2; l++) s->root[root_index(c[i].code)][l].coded++;
}

static int overlaps(tc_span a, const tc_span *b, size_t nb)
{
    for (size_t i = 0; i < nb; i++)
        if (a.len && b[i].len && a.off < b[i].off + b[i].len && b[i].off < a.off + a.len) return 1;
    return 0;
}

/* 0: e is not of row's class; 1: of its class; 2: and its actors overlap the marked spans,
 * source on source, target on target (a side with no mark, such as an implicit "recipient"
 * that is not in the sentence, is not checked). */
static int row_match(const tc_eval_gold *row, const tc_eval_event *e, int cls)
{
    if (cls != row->plover) return 0;
    int src = !row->nsrc || overlaps(e->src_span, row->src, row->nsrc);
    int tgt = !row->ntgt || overlaps(e->tgt_span, row->tgt, row->ntgt);
    return src && tgt ? 2 : 1;
}

void tc_eval_score_plover(tc_eval_scores *s, const tc_eval_gold *const *rows, size_t nrows,
                          const tc_eval_event *c, size_t nc)
{
    s->plv_sentences++;
    s->plv_rows += nrows;
    if (!nc) s->plv_rows_none += nrows;
    int found_best[64] = {0}; /* per row (rows beyond 64 share a sentence only in theory) */
    for (size_t j = 0; j < nc; j++) {
        int cls = tc_eval_plover_class(c[j].code, c[j].plover), best = 0;
        s->plv_coded++;
        if (cls < 0) {
            s->plv_unclassed++;
            continue;
        }
        s->cls[cls].coded++;
        for (size_t i = 0; i < nrows; i++) {
            int m = row_match(rows[i], &c[j], cls);
            if (m > best) best = m;
            if (i < 64 && m > found_best[i]) found_best[i] = m;
        }
        for (int k = 0; k < best; k++) s->plv_right[k]++, s->cls[cls].right[k]++;
    }
    for (size_t i = 0; i < nrows; i++) {
        int cls = rows[i]->plover, best = i < 64 ? found_best[i] : 0;
        s->cls[cls].rows++;
        for (int k = 0; k < best; k++) s->plv_found[k]++, s->cls[cls].found[k]++;
    }
}

/* ---- reading ---- */

typedef struct {
    const char *path;
    int line;
    tc_arena *a;
    const tc_cameo_table *cameo;
    char why[160];
} reader;

static int fail(reader *r, const char *fmt, const char *arg)
{
    snprintf(r->why, sizeof r->why, fmt, arg);
    return -1;
}

static const char *dup_str(reader *r, const char *s)
{
    return tc_arena_strndup(r->a, s, strlen(s));
}

/* An actor code: 3 to 31 capital letters or digits. */
static int is_actor_code(const char *s)
{
    size_t n = strlen(s);
    if (n < 3 || n >= CODE_MAX) return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'))) return 0;
    return 1;
}

static int read_event(reader *r, json_t *o, tc_eval_event *e)
{
    json_t *src = json_object_get(o, "source"), *tgt = json_object_get(o, "target");
    json_t *code = json_object_get(o, "code");
    if (!json_is_object(o)) return fail(r, "%san event is not an object", "");
    if (!json_is_string(src) || !is_actor_code(json_string_value(src)))
        return fail(r, "%san event's \"source\" is not an actor code (3-31 capitals or digits)",
                    "");
    if (tgt && !json_is_null(tgt) &&
        (!json_is_string(tgt) ||
         (*json_string_value(tgt) && !is_actor_code(json_string_value(tgt)))))
        return fail(r, "%san event's \"target\" is not an actor code, \"\" or null", "");
    const char *c = json_is_string(code) ? json_string_value(code) : NULL;
    size_t n = c ? strlen(c) : 0;
    if (!c || n < 2 || n > 4 || strspn(c, "0123456789") != n)
        return fail(r, "%san event's \"code\" is not a CAMEO code (2-4 digits)", "");
    const tc_cameo *info = r->cameo ? tc_cameo_get(r->cameo, c) : NULL;
    if (r->cameo && !info) return fail(r, "CAMEO has no event code '%s'", c);
    *e = (tc_eval_event){.src = dup_str(r, json_string_value(src)),
                         .tgt = json_is_string(tgt) ? dup_str(r, json_string_value(tgt)) : "",
                         .code = dup_str(r, c),
                         .plover = info ? info->plover : ""};
    return 0;
}

static int read_events(reader *r, json_t *arr, tc_eval_gold *g)
{
    if (!json_is_array(arr)) return fail(r, "%s\"events\" is not an array", "");
    size_t n = json_array_size(arr);
    tc_eval_event *ev = tc_arena_calloc(r->a, n ? n : 1, sizeof *ev);
    for (size_t i = 0; i < n; i++)
        if (read_event(r, json_array_get(arr, i), &ev[i]) < 0) return -1;
    g->ev = ev;
    g->nev = n;
    return 0;
}

/* The <s>...</s> and <t>...</t> spans of marked, in the text the marks are taken out of,
 * which must be g->text. */
static int read_marks(reader *r, const char *marked, tc_eval_gold *g)
{
    TC_VEC(tc_span) spans[2] = {{0}, {0}};
    char *plain = tc_arena_alloc(r->a, strlen(marked) + 1);
    size_t n = 0;
    long open[2] = {-1, -1};
    for (const char *p = marked; *p;) {
        int close = p[1] == '/', k = -1;
        const char *tag = p + 1 + close;
        if (*p == '<' && (*tag == 's' || *tag == 't') && tag[1] == '>') k = *tag == 't';
        if (k < 0) {
            plain[n++] = *p++;
            continue;
        }
        if (close == (open[k] < 0)) return fail(r, "unbalanced <%s> marks", k ? "t" : "s");
        if (close) {
            tc_span sp = {(uint32_t)open[k], (uint32_t)(n - (size_t)open[k])};
            TC_PUSH(r->a, spans[k], sp);
            open[k] = -1;
        } else {
            open[k] = (long)n;
        }
        p = tag + 2;
    }
    plain[n] = 0;
    if (open[0] >= 0 || open[1] >= 0) return fail(r, "%san <s> or <t> mark is not closed", "");
    if (strcmp(plain, g->text))
        return fail(r, "%s\"marked\" without its marks is not \"text\"", "");
    g->src = spans[0].v, g->nsrc = spans[0].n;
    g->tgt = spans[1].v, g->ntgt = spans[1].n;
    return 0;
}

static int read_gold(reader *r, json_t *o, tc_eval_gold *g)
{
    json_t *text = json_object_get(o, "text"), *id = json_object_get(o, "id");
    json_t *date = json_object_get(o, "date"), *plover = json_object_get(o, "plover");
    json_t *marked = json_object_get(o, "marked");
    char idbuf[32];
    if (!json_is_object(o)) return fail(r, "%snot a JSON object", "");
    if (!json_is_string(text) || !*json_string_value(text))
        return fail(r, "%sno \"text\" (a non-empty string)", "");
    memset(g, 0, sizeof *g);
    g->line = r->line;
    g->text = dup_str(r, json_string_value(text));
    g->text_len = strlen(g->text);
    if (json_is_integer(id))
        snprintf(idbuf, sizeof idbuf, "%lld", (long long)json_integer_value(id));
    g->id = json_is_string(id)    ? dup_str(r, json_string_value(id))
            : json_is_integer(id) ? dup_str(r, idbuf)
                                  : "";
    if (date && !json_is_null(date)) {
        const char *d = json_is_string(date) ? json_string_value(date) : "?";
        if (*d && (strlen(d) != 10 || tc_extract_date(d, g->date) < 0))
            return fail(r, "\"date\" '%.40s' is not a date (YYYY-MM-DD)", d);
    }
    if (plover && marked) {
        if (!json_is_string(plover) ||
            (g->plover = tc_eval_plover_parse(json_string_value(plover))) < 0)
            return fail(r, "%s\"plover\" is not a PLOVER class of events-dev", "");
        if (!json_is_string(marked)) return fail(r, "%s\"marked\" is not a string", "");
        return read_marks(r, json_string_value(marked), g);
    }
    g->plover = -1;
    if (!json_object_get(o, "events"))
        return fail(r, "%sno \"events\" (nor \"plover\" and \"marked\")", "");
    return read_events(r, json_object_get(o, "events"), g);
}

static void report(tc_diag_fn diag, void *dctx, const char *path, int line, const char *why)
{
    char where[4200];
    snprintf(where, sizeof where, "%s:%d", path, line);
    tc_diag d = {.input = where, .stage = "eval", .code = TC_EPARSE, .reason = why};
    (diag ? diag : tc_diag_print)(&d, dctx);
}

int tc_eval_gold_read(const char *path, const tc_cameo_table *cameo, tc_arena *a,
                      tc_eval_gold **out, size_t *n, tc_diag_fn diag, void *dctx)
{
    FILE *f = fopen(path, "r");
    *out = NULL;
    *n = 0;
    if (!f) return TC_EIO;
    TC_VEC(tc_eval_gold) rows = {0};
    reader r = {.path = path, .a = a, .cameo = cameo};
    char *line = NULL;
    size_t cap = 0;
    int bad = 0;
    for (ssize_t len; (len = getline(&line, &cap, f)) >= 0;) {
        r.line++;
        if (strspn(line, " \t\r\n") == (size_t)len) continue;
        json_error_t jerr;
        json_t *o = json_loadb(line, (size_t)len, 0, &jerr);
        tc_eval_gold g;
        int rc = o ? read_gold(&r, o, &g) : fail(&r, "not JSON: %.100s", jerr.text);
        json_decref(o);
        if (rc < 0) {
            report(diag, dctx, path, r.line, r.why);
            bad++;
            continue;
        }
        TC_PUSH(a, rows, g);
    }
    free(line);
    fclose(f);
    *out = rows.v;
    *n = rows.n;
    return bad;
}

/* ---- printing ---- */

static double ratio(size_t a, size_t b)
{
    return b ? (double)a / (double)b : 0.0;
}

/* a / b right-aligned in width columns, "-" when b is 0. */
static void print_ratio(FILE *out, size_t a, size_t b, int width)
{
    if (b)
        fprintf(out, "%*.3f", width, ratio(a, b));
    else
        fprintf(out, "%*s", width, "-");
}

static void print_level(FILE *out, const char *name, const tc_eval_count *c)
{
    double p = ratio(c->right, c->coded), r = ratio(c->right, c->gold);
    fprintf(out, "%-7s %9.3f %7.3f %7.3f %7zu %7zu %7zu\n", name, p, r,
            p + r > 0 ? 2 * p * r / (p + r) : 0.0, c->right, c->coded, c->gold);
}

static void print_roots(const tc_eval_scores *s, const tc_cameo_table *cameo, FILE *out)
{
    fprintf(out, "\nper root    gold  coded  P(root) R(root)  P(dyad) R(dyad)  name\n");
    for (int r = 0; r < TC_EVAL_ROOTS; r++) {
        const tc_eval_count *c = s->root[r];
        if (!c[0].gold && !c[0].coded) continue;
        char code[16];
        snprintf(code, sizeof code, "%02d", r);
        const tc_cameo *info = cameo && r ? tc_cameo_get(cameo, code) : NULL;
        fprintf(out, "%-8s %7zu %6zu", r ? code : "other", c[0].gold, c[0].coded);
        print_ratio(out, c[0].right, c[0].coded, 9);
        print_ratio(out, c[0].right, c[0].gold, 8);
        print_ratio(out, c[1].right, c[1].coded, 9);
        print_ratio(out, c[1].right, c[1].gold, 8);
        fprintf(out, "  %s\n", info ? info->name : "");
    }
}

static void print_plover(const tc_eval_scores *s, FILE *out)
{
    fprintf(out,
            "PLOVER rows %zu (%zu sentences), events coded %zu (%zu with no PLOVER class)\n"
            "type recall %.3f precision %.3f (rows found %zu, events right %zu)\n"
            "strict recall %.3f precision %.3f (rows found %zu, events right %zu)\n"
            "rows given no event %.3f (%zu of %zu)\n",
            s->plv_rows, s->plv_sentences, s->plv_coded, s->plv_unclassed,
            ratio(s->plv_found[0], s->plv_rows), ratio(s->plv_right[0], s->plv_coded),
            s->plv_found[0], s->plv_right[0], ratio(s->plv_found[1], s->plv_rows),
            ratio(s->plv_right[1], s->plv_coded), s->plv_found[1], s->plv_right[1],
            ratio(s->plv_rows_none, s->plv_rows), s->plv_rows_none, s->plv_rows);
    fprintf(out, "\nclass       rows  R(type) R(strict)  coded  P(type) P(strict)\n");
    for (int k = 0; k < TC_PLV_CLASSES; k++) {
        const tc_eval_class_count *c = &s->cls[k];
        fprintf(out, "%-10s %5zu", plover_names[k], c->rows);
        print_ratio(out, c->found[0], c->rows, 9);
        print_ratio(out, c->found[1], c->rows, 10);
        fprintf(out, " %6zu", c->coded);
        print_ratio(out, c->right[0], c->coded, 9);
        print_ratio(out, c->right[1], c->coded, 10);
        fputc('\n', out);
    }
}

void tc_eval_scores_print(const tc_eval_scores *s, const tc_cameo_table *cameo, int per_root,
                          FILE *out)
{
    if (s->sentences) {
        fprintf(out,
                "sentences %zu (%zu expecting no event), gold events %zu, coded events %zu\n"
                "level   precision  recall      f1   right   coded    gold\n",
                s->sentences, s->sents_none, s->level[0].gold, s->level[0].coded);
        print_level(out, "root", &s->level[TC_EVAL_ROOT]);
        print_level(out, "dyad", &s->level[TC_EVAL_DYAD]);
        print_level(out, "exact", &s->level[TC_EVAL_EXACT]);
        fprintf(out,
                "sentences expecting events given none: %zu of %zu\n"
                "sentences expecting no event given some: %zu of %zu\n",
                s->sents_missed, s->sentences - s->sents_none, s->sents_none_given, s->sents_none);
        if (per_root) print_roots(s, cameo, out);
    }
    if (!s->sentences && !s->plv_rows) fputs("no gold sentence scored\n", out);
    if (s->sentences && s->plv_rows) fputc('\n', out);
    if (s->plv_rows) print_plover(s, out);
}

/* ---- coding and the command ---- */

typedef struct {
    const tc_engine *engine;
    tc_arena *scratch;
    FILE *verbose; /* misses go here, or NULL */
    FILE *dyad;    /* rows found by type but not with the marked actors go here, or NULL */
    FILE *wrong;   /* coded events not right with the marked actors go here, or NULL */
    tc_eval_scores s;
} run;

/* Codes one sentence as `tocsin code` codes an article of that text and date; the events it
 * would print into *out (in r->scratch, valid until the next call). */
static size_t code_text(run *r, const tc_eval_gold *g, tc_eval_event **out)
{
    tc_arena_reset(r->scratch);
    tc_article art = {.input = g->id,
                      .url = "",
                      .outlet = "",
                      .author = "",
                      .title = "",
                      .text = g->text,
                      .text_len = g->text_len};
    memcpy(art.date, g->date, sizeof art.date);
    tc_coded coded;
    *out = NULL;
    if (tc_engine_code(r->engine, &art, r->scratch, &coded) < 0) return 0;
    tc_eval_event *ev = tc_arena_calloc(r->scratch, coded.nev ? coded.nev : 1, sizeof *ev);
    size_t n = 0;
    for (size_t i = 0; i < coded.nev; i++) {
        const tc_event *e = &coded.ev[i];
        if (e->flags & TC_EV_NOT_EVENT) continue;
        ev[n++] = (tc_eval_event){.src = e->src.code,
                                  .tgt = e->tgt.code,
                                  .code = e->cameo,
                                  .plover = e->info ? e->info->plover : "",
                                  .src_span = e->src.span,
                                  .tgt_span = e->tgt.span};
    }
    *out = ev;
    return n;
}

static void print_events(FILE *f, const char *what, const tc_eval_event *e, size_t n)
{
    fprintf(f, "  %s:", what);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%s %s %s %s", i ? ";" : "", e[i].src, e[i].code, *e[i].tgt ? e[i].tgt : "-");
    fputs(n ? "\n" : " none\n", f);
}

static void score_ours(run *r, const char *path, const tc_eval_gold *g)
{
    tc_eval_event *c;
    size_t nc = code_text(r, g, &c);
    size_t before = r->s.level[TC_EVAL_EXACT].right;
    tc_eval_score_sentence(&r->s, g->ev, g->nev, c, nc);
    size_t right = r->s.level[TC_EVAL_EXACT].right - before;
    if (!r->verbose || (right == g->nev && right == nc)) return;
    fprintf(r->verbose, "%s:%d %s: %s\n", path, g->line, g->id, g->text);
    print_events(r->verbose, "expected", g->ev, g->nev);
    print_events(r->verbose, "coded   ", c, nc);
}

static int cmp_text(const void *a, const void *b)
{
    const tc_eval_gold *x = *(const tc_eval_gold *const *)a, *y = *(const tc_eval_gold *const *)b;
    int d = strcmp(x->text, y->text);
    return d ? d : (x->line > y->line) - (x->line < y->line);
}

static void print_plover_miss(run *r, const tc_eval_gold *const *rows, size_t nrows,
                              const tc_eval_event *c, size_t nc)
{
    tc_eval_scores one = {0};
    tc_eval_score_plover(&one, rows, nrows, c, nc);
    if (one.plv_found[1] == nrows && one.plv_right[0] == nc) return;
    fprintf(r->verbose, "%s: %s\n", rows[0]->id, rows[0]->text);
    for (size_t i = 0; i < nrows; i++) {
        int best = 0; /* 1: its class coded, 2: with the marked actors */
        for (size_t j = 0; j < nc; j++) {
            int m = row_match(rows[i], &c[j], tc_eval_plover_class(c[j].code, c[j].plover));
            if (m > best) best = m;
        }
        fprintf(r->verbose, "  row %s %s", rows[i]->id, tc_eval_plover_name(rows[i]->plover));
        if (best == 1) { /* found by type only: say whom the people marked */
            const tc_eval_gold *g = rows[i];
            fputs(" (type only; marked", r->verbose);
            for (size_t k = 0; k < g->nsrc; k++)
                fprintf(r->verbose, " <s>%.*s</s>", (int)g->src[k].len, g->text + g->src[k].off);
            for (size_t k = 0; k < g->ntgt; k++)
                fprintf(r->verbose, " <t>%.*s</t>", (int)g->tgt[k].len, g->text + g->tgt[k].off);
            fputc(')', r->verbose);
        }
        fputc('\n', r->verbose);
    }
    fprintf(r->verbose, "  coded:");
    const char *text = rows[0]->text;
    for (size_t j = 0; j < nc; j++) { /* each actor with its words: "SYRGOV[Syrian forces]" */
        fprintf(r->verbose, "%s %s[%.*s] %s %s", j ? ";" : "", c[j].src, (int)c[j].src_span.len,
                text + c[j].src_span.off, c[j].code, *c[j].tgt ? c[j].tgt : "-");
        if (c[j].tgt_span.len)
            fprintf(r->verbose, "[%.*s]", (int)c[j].tgt_span.len, text + c[j].tgt_span.off);
        fprintf(r->verbose, " (%s)",
                tc_eval_plover_name(tc_eval_plover_class(c[j].code, c[j].plover)));
    }
    fputs(nc ? "\n" : " none\n", r->verbose);
}

/* One line per row whose class was coded but never with the marked actors (--dyad-misses):
 * id, class, the marked source and target spans (joined by "|", "-" when none), the coded
 * events of the row's class with each actor's words, and the sentence, tab-separated. */
static void print_dyad_misses(run *r, const tc_eval_gold *const *rows, size_t nrows,
                              const tc_eval_event *c, size_t nc)
{
    FILE *f = r->dyad;
    for (size_t i = 0; i < nrows; i++) {
        const tc_eval_gold *g = rows[i];
        int best = 0;
        for (size_t j = 0; j < nc; j++) {
            int m = row_match(g, &c[j], tc_eval_plover_class(c[j].code, c[j].plover));
            if (m > best) best = m;
        }
        if (best != 1) continue;
        fprintf(f, "%s\t%s\t", g->id, tc_eval_plover_name(g->plover));
        for (size_t k = 0; k < g->nsrc; k++)
            fprintf(f, "%s%.*s", k ? "|" : "", (int)g->src[k].len, g->text + g->src[k].off);
        fputs(g->nsrc ? "\t" : "-\t", f);
        for (size_t k = 0; k < g->ntgt; k++)
            fprintf(f, "%s%.*s", k ? "|" : "", (int)g->tgt[k].len, g->text + g->tgt[k].off);
        fputs(g->ntgt ? "\t" : "-\t", f);
        int any = 0;
        for (size_t j = 0; j < nc; j++) {
            if (tc_eval_plover_class(c[j].code, c[j].plover) != g->plover) continue;
            fprintf(f, "%s%s[%.*s] %s %s[%.*s]", any++ ? "; " : "", *c[j].src ? c[j].src : "-",
                    (int)c[j].src_span.len, g->text + c[j].src_span.off, c[j].code,
                    *c[j].tgt ? c[j].tgt : "-", (int)c[j].tgt_span.len,
                    g->text + c[j].tgt_span.off);
        }
        fprintf(f, "\t%s\n", g->text);
    }
}

/* The marked spans of rows joined by "|" ("-" when none) for the side src (1) or target (0). */
static void print_marks(FILE *f, const tc_eval_gold *g, int src)
{
    const tc_span *sp = src ? g->src : g->tgt;
    size_t n = src ? g->nsrc : g->ntgt;
    for (size_t k = 0; k < n; k++)
        fprintf(f, "%s%.*s", k ? "|" : "", (int)sp[k].len, g->text + sp[k].off);
    if (!n) fputc('-', f);
}

/* One line per coded event that no row of its sentence counts right with the marked actors
 * (--event-misses): the first row's id, "class" (no row has the event's class) or "actors"
 * (a row has it, not with these actors), the event with its actors' words and class, each
 * row as CLASS <s>|<t> marks, and the sentence, tab-separated: the strict precision's losses. */
static void print_event_misses(run *r, const tc_eval_gold *const *rows, size_t nrows,
                               const tc_eval_event *c, size_t nc)
{
    FILE *f = r->wrong;
    const char *text = rows[0]->text;
    for (size_t j = 0; j < nc; j++) {
        int cls = tc_eval_plover_class(c[j].code, c[j].plover), best = 0;
        for (size_t i = 0; cls >= 0 && i < nrows; i++) {
            int m = row_match(rows[i], &c[j], cls);
            if (m > best) best = m;
        }
        if (best == 2) continue;
        fprintf(f, "%s\t%s\t%s[%.*s] %s %s[%.*s] (%s)\t", rows[0]->id, best ? "actors" : "class",
                *c[j].src ? c[j].src : "-", (int)c[j].src_span.len, text + c[j].src_span.off,
                c[j].code, *c[j].tgt ? c[j].tgt : "-", (int)c[j].tgt_span.len,
                text + c[j].tgt_span.off, cls >= 0 ? tc_eval_plover_name(cls) : "-");
        for (size_t i = 0; i < nrows; i++) {
            fprintf(f, "%s%s <s>", i ? "; " : "", tc_eval_plover_name(rows[i]->plover));
            print_marks(f, rows[i], 1);
            fputs("</s> <t>", f);
            print_marks(f, rows[i], 0);
            fputs("</t>", f);
        }
        fprintf(f, "\t%s\n", text);
    }
}

/* Codes each distinct sentence of the PLOVER rows once and scores its rows. */
static void score_plover_rows(run *r, const tc_eval_gold *g, size_t n)
{
    const tc_eval_gold **rows = tc_xmalloc((n ? n : 1) * sizeof *rows);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (g[i].plover >= 0) rows[m++] = &g[i];
    qsort(rows, m, sizeof *rows, cmp_text);
    for (size_t i = 0, j; i < m; i = j) {
        for (j = i + 1; j < m && !strcmp(rows[j]->text, rows[i]->text); j++) {
        }
        tc_eval_event *c;
        size_t nc = code_text(r, rows[i], &c);
        tc_eval_score_plover(&r->s, rows + i, j - i, c, nc);
        if (r->verbose) print_plover_miss(r, rows + i, j - i, c, nc);
        if (r->dyad) print_dyad_misses(r, rows + i, j - i, c, nc);
        if (r->wrong) print_event_misses(r, rows + i, j - i, c, nc);
    }
    free(rows);
}

static const char usage[] =
    "Usage: tocsin eval events GOLD.jsonl [--data DIR] [--verbose] [--per-root]\n"
    "                          [--dyad-misses] [--event-misses]\n"
    "Codes every gold sentence as 'tocsin code' does and scores the events. Lines of our\n"
    "format ({\"id\", \"text\", \"date\", \"events\": [{\"source\", \"target\", \"code\"}]}):\n"
    "precision, recall and F1 at root, root + country dyad and exact level (--per-root: per\n"
    "CAMEO root too). events-dev rows ({\"text\", \"marked\", \"plover\"}): type recall and\n"
    "precision per PLOVER class, plain and with the marked actors. --verbose prints every\n"
    "sentence with a miss; --dyad-misses one tab-separated line per events-dev row whose\n"
    "class was coded but not with the marked actors (id, class, marked source, marked\n"
    "target, the coded events of that class with their words, the sentence) before the\n"
    "figures; --event-misses one line per coded event not right with the marked actors\n"
    "(id, 'class' or 'actors', the event with its words, the rows' marks, the sentence).\n"
    "See docs/eval-events.md. Exit status 1 when a line is malformed.\n";

int tc_eval_events_cli(int argc, char **argv)
{
    const char *file = NULL, *data = NULL;
    int verbose = 0, per_root = 0, dyad = 0, wrong = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(usage, stdout);
            return 0;
        } else if (!strcmp(argv[i], "--verbose") || !strcmp(argv[i], "-v")) {
            verbose = 1;
        } else if (!strcmp(argv[i], "--dyad-misses")) {
            dyad = 1;
        } else if (!strcmp(argv[i], "--event-misses")) {
            wrong = 1;
        } else if (!strcmp(argv[i], "--per-root")) {
            per_root = 1;
        } else if (!strcmp(argv[i], "--data") && i + 1 < argc) {
            data = argv[++i];
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
    tc_err err = {0};
    tc_engine *e = tc_engine_load(tc_datadir(data), tc_diag_print, NULL, &err);
    if (!e) {
        fprintf(stderr, "tocsin eval events: %s\n", err.msg);
        return 1;
    }
    tc_arena *a = tc_arena_new(0);
    tc_eval_gold *g;
    size_t n;
    int bad = tc_eval_gold_read(file, tc_engine_cameo(e), a, &g, &n, tc_diag_print, NULL);
    if (bad < 0) fprintf(stderr, "tocsin eval events: %s: cannot be read\n", file);
    run r = {.engine = e,
             .scratch = tc_arena_new(1 << 20),
             .verbose = verbose ? stdout : NULL,
             .dyad = dyad ? stdout : NULL,
             .wrong = wrong ? stdout : NULL};
    for (size_t i = 0; bad >= 0 && i < n; i++)
        if (g[i].plover < 0) score_ours(&r, file, &g[i]);
    if (bad >= 0) score_plover_rows(&r, g, n);
    if (bad >= 0 && (verbose || dyad || wrong) && n) fputc('\n', stdout);
    if (bad >= 0) tc_eval_scores_print(&r.s, tc_engine_cameo(e), per_root, stdout);
    if (bad > 0) fprintf(stderr, "tocsin eval events: %s: %d malformed lines skipped\n", file, bad);
    tc_arena_free(r.scratch);
    tc_arena_free(a);
    tc_engine_free(e);
    return bad != 0;
}
