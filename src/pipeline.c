/* pipeline: the engine (loaded dictionaries) and the drivers of `run`, `code` and `extract`.
 *
 * Each driver reads raw articles through tc_read_inputs; one arena per article is reset
 * after the article, so memory is bounded by the largest article, not by the corpus. */
#include "pipeline.h"

#include "actors.h"
#include "cameo.h"
#include "log.h"
#include "read.h"
#include "store.h"

#include <jansson.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef TC_DATADIR
#define TC_DATADIR "data"
#endif

const char *tc_datadir(const char *override)
{
    static char found[PATH_MAX + 32];
    if (override && *override) return override;
    const char *env = getenv("TOCSIN_DATA");
    if (env && *env) return env;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = 0;
            snprintf(found, sizeof found, "%s/../share/tocsin/cameo.tsv", exe);
            if (access(found, R_OK) == 0) {
                found[strlen(found) - strlen("/cameo.tsv")] = 0;
                return found;
            }
        }
    }
    return TC_DATADIR;
}

struct tc_engine {
    tc_cameo_table *cameo;
    tc_actors *actors;
    tc_verbs *verbs;
};

tc_engine *tc_engine_load(const char *datadir, tc_diag_fn diag, void *dctx, tc_err *err)
{
    char path[PATH_MAX];
    tc_engine *e = tc_xcalloc(1, sizeof *e);
    snprintf(path, sizeof path, "%s/cameo.tsv", datadir);
    e->cameo = tc_cameo_load(path, err);
    if (e->cameo) e->actors = tc_actors_load(datadir, NULL, diag, dctx, err);
    snprintf(path, sizeof path, "%s/verbs.txt", datadir);
    if (e->actors) e->verbs = tc_verbs_load(path, e->cameo, diag, dctx, err);
    if (!e->verbs) {
        tc_engine_free(e);
        return NULL;
    }
    return e;
}

void tc_engine_free(tc_engine *e)
{
    if (!e) return;
    tc_verbs_free(e->verbs);
    tc_actors_free(e->actors);
    tc_cameo_free(e->cameo);
    free(e);
}

const tc_cameo_table *tc_engine_cameo(const tc_engine *e)
{
    return e->cameo;
}

const tc_actors *tc_engine_actors(const tc_engine *e)
{
    return e->actors;
}

const tc_verbs *tc_engine_verbs(const tc_engine *e)
{
    return e->verbs;
}

/* Drops the mentions inside a wire dateline ("ISLAMABAD —" is a place, not Pakistan's
 * government acting); m is in token order. Returns the count left. */
static size_t skip_dateline(const tc_article *art, const tc_text *t, tc_mention *m, size_t nm)
{
    size_t d = tc_dateline_len(art->text, art->text_len), k = 0;
    while (d && k < nm && t->toks[m[k].tok0].off < d) k++;
    if (k) memmove(m, m + k, (nm - k) * sizeof *m); /* m is NULL when nm is 0 */
    return nm - k;
}

int tc_engine_code(const tc_engine *e, const tc_article *art, tc_arena *a, tc_coded *out)
{
    memset(out, 0, sizeof *out);
    int rc = tc_text_analyze(art->text, art->text_len, a, &out->text);
    if (rc < 0) return rc;
    size_t cap = 0;
    tc_actors_refs refs = {0};
    for (uint32_t s = 0; s < out->text.nsents; s++) {
        tc_mention *m;
        size_t nm = tc_actors_scan(e->actors, &out->text, s, art->date, a, &m);
        out->mentions += nm;
        nm = tc_actors_resolve(&out->text, s, m, nm, &refs, a, &m);
        if (s == 0) nm = skip_dateline(art, &out->text, m, nm);
        tc_code_sentence(e->verbs, e->cameo, &out->text, s, m, nm, a, &out->ev, &out->nev, &cap);
    }
    return TC_OK;
}

/* ---- drivers ---- */

typedef struct {
    const tc_engine *engine;
    const tc_run_opts *o;
    tc_run_stats *st;
    tc_arena *arena;
    tc_progress progress;
    /* run */
    tc_store *store;
    size_t in_batch;
    tc_err *err;
    /* code / extract */
    FILE *out;
    tc_exporter *exporter;
    int all, as_text;
} driver;

static void diag(const driver *d, const char *input, const char *stage, int code,
                 const char *reason)
{
    tc_diag g = {input, stage, code, reason};
    (d->o && d->o->diag ? d->o->diag : tc_diag_print)(&g, d->o ? d->o->dctx : NULL);
    d->st->failed++;
}

/* Extracts and codes raw into the driver's arena; 0 on success. */
static int prepare(driver *d, const tc_raw *raw, tc_article *art, tc_coded *coded)
{
    tc_err err = {0};
    tc_arena_reset(d->arena);
    d->st->records++;
    tc_progress_step(&d->progress, 1);
    if (tc_extract(raw, d->arena, art, &err) < 0) {
        diag(d, raw->input, "extract", err.code, err.msg);
        return -1;
    }
    d->st->articles++;
    if (coded) {
        int rc = tc_engine_code(d->engine, art, d->arena, coded);
        if (rc < 0) {
            diag(d, raw->input, "code", rc, tc_strerror(rc));
            return -1;
        }
        d->st->sentences += coded->text.nsents;
    }
    return 0;
}

static int on_raw_run(const tc_raw *raw, void *ctx)
{
    driver *d = ctx;
    tc_article art;
    tc_coded coded;
    if (prepare(d, raw, &art, &coded) < 0) return 0;
    int added = 0;
    if (tc_store_put_document(d->store, &art, &coded.text, coded.ev, coded.nev,
                              d->o && d->o->keep_flagged, &added, d->err) < 0)
        return 1; /* the database failed: stop, keep what was committed */
    if (added) {
        d->st->added++;
        for (size_t i = 0; i < coded.nev; i++)
            d->st->events += (d->o && d->o->keep_flagged) || !(coded.ev[i].flags & TC_EV_NOT_EVENT);
    } else {
        d->st->duplicates++;
    }
    size_t batch = d->o && d->o->batch ? d->o->batch : 256;
    if (++d->in_batch >= batch) {
        d->in_batch = 0;
        if (tc_store_commit(d->store, d->err) < 0 || tc_store_begin(d->store, d->err) < 0) return 1;
    }
    return 0;
}

static void read_all(driver *d, const char *const *inputs, size_t n, tc_raw_fn fn)
{
    tc_read_stats rs = {0};
    tc_progress_start(&d->progress, "articles", 0);
    if (!(d->o && d->o->progress)) d->progress.active = 0;
    tc_read_inputs(inputs, n, 0, fn, d, d->o && d->o->diag ? d->o->diag : tc_diag_print,
                   d->o ? d->o->dctx : NULL, &rs);
    d->st->failed += rs.failures;
    tc_progress_done(&d->progress);
}

int tc_run(const tc_engine *e, const char *db_path, const char *const *inputs, size_t n,
           const tc_run_opts *o, tc_run_stats *stats, tc_err *err)
{
    memset(stats, 0, sizeof *stats);
    tc_store *s = tc_store_open(db_path, 0, err);
    if (!s) return err->code;
    driver d = {.engine = e, .o = o, .st = stats, .store = s, .err = err};
    d.arena = tc_arena_new(1 << 20);
    err->code = TC_OK;
    if (tc_store_begin(s, err) == TC_OK) {
        read_all(&d, inputs, n, on_raw_run);
        if (err->code == TC_OK)
            tc_store_commit(s, err);
        else
            tc_store_rollback(s);
    }
    tc_arena_free(d.arena);
    tc_store_close(s);
    return err->code;
}

static int on_raw_code(const tc_raw *raw, void *ctx)
{
    driver *d = ctx;
    tc_article art;
    tc_coded coded;
    if (prepare(d, raw, &art, &coded) < 0) return 0;
    for (size_t i = 0; i < coded.nev; i++) {
        const tc_event *ev = &coded.ev[i];
        if (!d->all && (ev->flags & TC_EV_NOT_EVENT)) continue;
        tc_event_row row;
        tc_event_row_make(&art, &coded.text, ev, d->arena, &row);
        tc_export_row(d->exporter, &row);
        d->st->events++;
    }
    return 0;
}

int tc_code_stream(const tc_engine *e, const char *const *inputs, size_t n, FILE *out,
                   tc_format fmt, int all, const tc_run_opts *o, tc_run_stats *stats)
{
    memset(stats, 0, sizeof *stats);
    driver d = {.engine = e, .o = o, .st = stats, .out = out, .all = all};
    d.arena = tc_arena_new(1 << 20);
    d.exporter = tc_export_new(out, fmt);
    read_all(&d, inputs, n, on_raw_code);
    int rc = tc_export_end(d.exporter);
    tc_arena_free(d.arena);
    return rc;
}

static void put_field(json_t *obj, const char *key, const char *val)
{
    json_object_set_new(obj, key, json_stringn_nocheck(val, strlen(val)));
}

static int on_raw_extract(const tc_raw *raw, void *ctx)
{
    driver *d = ctx;
    tc_article art;
    int failed = prepare(d, raw, &art, NULL) < 0;
    if (d->o && d->o->explain)
        for (size_t i = 0; i < art.nnotes; i++)
            fprintf(d->o->explain, "%s: %s: %s\n", art.input, art.notes[i].why, art.notes[i].text);
    if (failed) return 0;
    if (d->as_text) {
        fprintf(d->out, "%s\n\n%s\n\f\n", art.title, art.text);
        return 0;
    }
    json_t *o = json_object();
    put_field(o, "input", art.input);
    put_field(o, "url", art.url);
    put_field(o, "outlet", art.outlet);
    put_field(o, "author", art.author);
    put_field(o, "date", art.date);
    put_field(o, "title", art.title);
    put_field(o, "lang", art.lang);
    json_object_set_new(o, "text", json_stringn_nocheck(art.text, art.text_len));
    json_object_set_new(o, "dropped_lines", json_integer((json_int_t)art.dropped_lines));
    json_dumpf(o, d->out, JSON_COMPACT);
    fputc('\n', d->out);
    json_decref(o);
    return 0;
}

int tc_extract_stream(const char *const *inputs, size_t n, FILE *out, int as_text,
                      const tc_run_opts *o, tc_run_stats *stats)
{
    memset(stats, 0, sizeof *stats);
    driver d = {.o = o, .st = stats, .out = out, .as_text = as_text};
    d.arena = tc_arena_new(1 << 20);
    read_all(&d, inputs, n, on_raw_extract);
    tc_arena_free(d.arena);
    return fflush(out) == 0 ? TC_OK : TC_EIO;
}
