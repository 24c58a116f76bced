/* pipeline: the engine (loaded dictionaries) and the drivers of `run`, `code` and `extract`.
 *
 * Each driver reads raw articles through tc_read_inputs; one arena per article is reset
 * after the article, so memory is bounded by the largest article, not by the corpus. */
#include "pipeline.h"

#include "actors.h"
#include "cameo.h"
#include "conllu.h"
#include "hash.h"
#include "log.h"
#include "place.h"
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
    tc_parser *parser;
    tc_wordnet *wordnet;
    tc_gazetteer *gazetteer; /* NULL when data/gazetteer.bin is missing: events get no place */
    unsigned options;        /* TC_ENGINE_* */
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
    /* the WordNet widening of verbs.txt (make verbs-wordnet); absent, the hand-written only */
    snprintf(path, sizeof path, "%s/verbs-wordnet.txt", datadir);
    tc_err werr = {0};
    if (e->verbs && access(path, R_OK) == 0 &&
        tc_verbs_load_more(e->verbs, path, e->cameo, diag, dctx, &werr) && diag) {
        tc_diag d = {path, "dictionary", werr.code, werr.msg};
        diag(&d, dctx);
    }
    snprintf(path, sizeof path, "%s/parse.model", datadir);
    if (e->verbs) e->parser = tc_parser_load(path, err);
    snprintf(path, sizeof path, "%s/wordnet.classes", datadir);
    if (e->parser) e->wordnet = tc_wordnet_load(path, err);
    snprintf(path, sizeof path, "%s/gazetteer.bin", datadir);
    tc_err gerr = {0};
    if (e->wordnet) e->gazetteer = tc_gazetteer_load(path, &gerr);
    if (e->gazetteer) tc_actors_use_gazetteer(e->actors, e->gazetteer); /* places of names */
    if (!e->wordnet) {
        tc_engine_free(e);
        return NULL;
    }
    return e;
}

void tc_engine_free(tc_engine *e)
{
    if (!e) return;
    tc_gazetteer_free(e->gazetteer);
    tc_wordnet_free(e->wordnet);
    tc_parser_free(e->parser);
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

void tc_engine_options(tc_engine *e, unsigned flags)
{
    e->options = flags;
}

/* Drops the mentions inside a wire dateline ("ISLAMABAD —" is a place, not Pakistan's
 * government acting); m is in token order. Returns the count left. */
static size_t skip_dateline(const tc_article *art, const tc_text *t, tc_mention *m, size_t nm)
{
    size_t d = tc_text_dateline(art->text, art->text_len), k = 0;
    while (d && k < nm && t->toks[m[k].tok0].off < d) k++;
    if (k) memmove(m, m + k, (nm - k) * sizeof *m); /* m is NULL when nm is 0 */
    return nm - k;
}

int tc_engine_code(const tc_engine *e, const tc_article *art, tc_arena *a, tc_coded *out)
{
    memset(out, 0, sizeof *out);
    int rc = tc_text_analyze(art->text, art->text_len, a, &out->text);
    if (rc < 0) return rc;
    size_t cap = 0, ns = out->text.nsents;
    tc_coder coder = {.verbs = e->verbs,
                      .cameo = e->cameo,
                      .parser = e->parser,
                      .wordnet = e->wordnet,
                      .actors = e->actors};
    if (art->date[0]) tc_when_parse_date(art->date, strlen(art->date), &coder.date);
    /* actors first, so that the places are read knowing the article's countries */
    if (e->options & TC_ENGINE_NO_DATES) coder.conventions |= TC_CODE_NO_DATES;
    tc_place_doc *places = e->gazetteer && !(e->options & TC_ENGINE_NO_PLACES)
                               ? tc_place_scan(e->gazetteer, &out->text, a)
                               : NULL;
    tc_mention **ms;
    size_t *nms;
    /* names no dictionary knows, kept where their sentence or article places them with a
     * role (docs/dictionaries.md: they add right events at the same precision) */
    tc_actors_scan_article(e->actors, &out->text, art->date, TC_SCAN_UNKNOWN, a, &ms, &nms);
    size_t nact = 0;
    for (uint32_t s = 0; s < ns; s++) nact += nms[s];
    tc_place_actor *act = places ? tc_arena_alloc(a, (nact ? nact : 1) * sizeof *act) : NULL;
    nact = 0;
    for (uint32_t s = 0; s < ns; s++) {
        /* the names nothing places are kept as actors of no known state ("---"), GDELT's
           Actor Name without a code: the coder takes them beside an actor it can place */
        for (size_t k = 0; k < nms[s]; k++)
            if ((ms[s][k].flags & TC_MENTION_UNKNOWN) && !ms[s][k].code[0] &&
                ms[s][k].kind != TC_KIND_REGION)
                snprintf(ms[s][k].code, sizeof ms[s][k].code, "---");
        nms[s] = tc_actors_keep_placed(ms[s], nms[s]);
        out->mentions += nms[s];
        if (s == 0) nms[s] = skip_dateline(art, &out->text, ms[s], nms[s]);
        for (size_t k = 0; places && k < nms[s]; k++)
            if (strcmp(ms[s][k].code, "---") != 0) /* "---": maybe a place's name */
                act[nact++] = (tc_place_actor){ms[s][k].code, ms[s][k].tok0, ms[s][k].ntok};
    }
    if (places) tc_place_doc_actors(places, act, nact);
    coder.places = places;
    for (uint32_t s = 0; s < ns; s++)
        tc_code_sentence(&coder, &out->text, s, ms[s], nms[s], a, &out->ev, &out->nev, &cap);
    return TC_OK;
}

/* ---- drivers ---- */

/* run codes articles outside any transaction into slots, one arena each, and writes a batch
 * of them at once: the write lock is held only while writing. */
#define BATCH_DEFAULT 64
#define BATCH_BYTES   ((size_t)32 << 20) /* arena bytes of a batch before it is written */
#define BATCH_SECONDS 1.0                /* a slow feed is still stored as it comes */
#define SLOT_KEEP     ((size_t)8 << 20)  /* a slot's arena larger than this is let go */

typedef struct {
    tc_arena *arena;
    tc_article art;
    tc_coded coded;
    uint64_t raw_hash;
    int coded_ok; /* 0: a duplicate found before coding, only its raw hash is written */
} slot;

typedef struct {
    const tc_engine *engine;
    tc_engine *owned; /* run: loaded on first need */
    const tc_run_opts *o;
    tc_run_stats *st;
    tc_arena *arena;
    tc_progress progress;
    /* run */
    const char *db_path;
    tc_store *store;
    tc_stories *stories;
    slot *slots;
    size_t nslots, cap, batch_bytes;
    double batch_start;
    tc_err *err;
    int stopped; /* the database failed (said in err): nothing more is read or written */
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

static void notice(const driver *d, const char *input, const char *stage, const char *reason)
{
    tc_diag g = {input, stage, TC_OK, reason};
    (d->o && d->o->notice ? d->o->notice : tc_diag_print)(&g, d->o ? d->o->dctx : NULL);
}

/* The text cut at the per-record limit (on a character boundary), with a notice. */
static void cut_text(driver *d, tc_article *art)
{
    size_t max = d->o && d->o->max_record ? d->o->max_record : TC_READ_MAX_RECORD;
    if (art->text_len <= max) return;
    char why[96];
    snprintf(why, sizeof why, "text of %zu bytes cut at %zu (--max-record)", art->text_len, max);
    notice(d, art->input, "extract", why);
    d->st->cut++;
    while (max && ((unsigned char)art->text[max] & 0xC0) == 0x80) max--;
    art->text_len = max;
}

/* Extracts raw into arena a; 0 on success. */
static int extract(driver *d, const tc_raw *raw, tc_arena *a, tc_article *art)
{
    tc_err err = {0};
    tc_arena_reset(a);
    if (tc_extract(raw, a, art, &err) < 0) {
        diag(d, raw->input, "extract", err.code, err.msg);
        return -1;
    }
    d->st->articles++;
    if (!art->date[0] && d->o->date) {
        snprintf(art->date, sizeof art->date, "%s", d->o->date);
        art->date_source = "option";
    }
    if (art->html_unread) {
        char why[160];
        snprintf(why, sizeof why,
                 "page cut: its markup passed 4 MiB, the last %zu bytes of %zu were not read",
                 art->html_unread, raw->body_len);
        notice(d, raw->input, "extract", why);
        d->st->cut++;
    }
    cut_text(d, art);
    return 0;
}

/* run without an engine: loads it from o->datadir; -1 with d->err filled when it cannot. */
static int need_engine(driver *d)
{
    if (d->engine) return 0;
    d->engine = d->owned = tc_engine_load(d->o && d->o->datadir ? d->o->datadir : tc_datadir(NULL),
                                          tc_diag_print, NULL, d->err);
    return d->engine ? 0 : -1;
}

/* A text longer than CODE_CHUNK is coded a piece at a time: the coder's memory per byte is
 * tens of times the text, and a 16 MB record would take most of a gigabyte at once. */
#define CODE_CHUNK ((size_t)1 << 20)

/* Where the piece from off ends: at a line end, else after a full stop, in its second half;
 * else on a character boundary. */
static size_t chunk_end(const char *s, size_t n, size_t off)
{
    if (n - off <= CODE_CHUNK) return n;
    size_t end = off + CODE_CHUNK, half = off + CODE_CHUNK / 2;
    for (size_t i = end; i > half; i--)
        if (s[i - 1] == '\n') return i;
    for (size_t i = end; i > half; i--)
        if (s[i - 1] == ' ' && s[i - 2] == '.') return i;
    while (end > off + 1 && ((unsigned char)s[end] & 0xC0) == 0x80) end--;
    return end;
}

/* Codes art piece by piece in a scratch arena; the sentences (their spans only: no tokens)
 * and events, moved to the article's offsets, go to arena a. References do not cross
 * pieces. */
static int code_chunked(const tc_engine *e, const tc_article *art, tc_arena *a, tc_coded *out)
{
    TC_VEC(tc_sentence) sents = {0};
    TC_VEC(tc_event) evs = {0};
    tc_arena *scratch = tc_arena_new(1 << 20);
    int rc = TC_OK;
    memset(out, 0, sizeof *out);
    for (size_t off = 0, end; rc == TC_OK && off < art->text_len; off = end) {
        end = chunk_end(art->text, art->text_len, off);
        tc_article part = *art;
        part.text = art->text + off;
        part.text_len = end - off;
        tc_coded c;
        tc_arena_reset(scratch);
        if ((rc = tc_engine_code(e, &part, scratch, &c)) < 0) break;
        uint32_t base = (uint32_t)sents.n, o = (uint32_t)off;
        for (size_t i = 0; i < c.text.nsents; i++) {
            tc_sentence se = {c.text.sents[i].off + o, c.text.sents[i].len, 0, 0};
            TC_PUSH(a, sents, se);
        }
        for (size_t i = 0; i < c.nev; i++) {
            tc_event ev = c.ev[i];
            ev.sent += base;
            ev.src.span.off += o;
            ev.tgt.span.off += o;
            ev.verb.off += o;
            ev.src.name = tc_arena_strndup(a, ev.src.name, strlen(ev.src.name));
            ev.tgt.name = tc_arena_strndup(a, ev.tgt.name, strlen(ev.tgt.name));
            TC_PUSH(a, evs, ev);
        }
        out->mentions += c.mentions;
    }
    tc_arena_free(scratch);
    out->text =
        (tc_text){.text = art->text, .len = art->text_len, .sents = sents.v, .nsents = sents.n};
    out->ev = evs.v;
    out->nev = evs.n;
    return rc;
}

static int code(driver *d, const tc_article *art, tc_arena *a, tc_coded *coded)
{
    int rc = art->text_len > CODE_CHUNK ? code_chunked(d->engine, art, a, coded)
                                        : tc_engine_code(d->engine, art, a, coded);
    if (rc < 0) diag(d, art->input, "code", rc, tc_strerror(rc));
    return rc;
}

/* Extracts and codes raw into the driver's arena; 0 on success. */
static int prepare(driver *d, const tc_raw *raw, tc_article *art, tc_coded *coded)
{
    d->st->records++;
    tc_progress_step(&d->progress, 1);
    if (extract(d, raw, d->arena, art) < 0) return -1;
    if (coded && code(d, art, d->arena, coded) < 0) return -1;
    if (coded) d->st->sentences += coded->text.nsents;
    return 0;
}

static size_t count_events(const driver *d, const tc_coded *c)
{
    size_t n = 0;
    for (size_t i = 0; i < c->nev; i++)
        n += (d->o && d->o->keep_flagged) || !(c->ev[i].flags & TC_EV_NOT_EVENT);
    return n;
}

/* The batch could not be written: every article in it is counted as not stored, and named
 * (its raw record is not marked seen either: a re-run stores it). */
static void batch_lost(driver *d)
{
    size_t lost = 0;
    for (size_t i = 0; i < d->nslots; i++) lost += d->slots[i].coded_ok;
    char why[640];
    snprintf(why, sizeof why, "%zu articles not stored: %s", lost, d->err->msg);
    diag(d, d->db_path, "store", TC_EDB, why);
    for (size_t i = 0; i < d->nslots; i++)
        if (d->slots[i].coded_ok)
            notice(d, d->slots[i].art.input, "store", "not stored: the write above failed");
    d->st->failed += lost ? lost - 1 : 0;
    d->st->not_stored += lost;
}

/* Writes one slot inside the batch's transaction; added counts go to *t. TC_EDB stops the
 * batch; a document refused alone (too long, a bug) is reported and the batch goes on. */
static int put_slot(driver *d, slot *sl, tc_run_stats *t)
{
    if (sl->coded_ok) {
        int added = 0;
        tc_err e = {0};
        int rc = tc_store_put_document(d->store, &sl->art, &sl->coded.text, sl->coded.ev,
                                       sl->coded.nev, d->o && d->o->keep_flagged, &added, &e);
        if (rc == TC_EDB) {
            *d->err = e;
            return TC_EDB;
        }
        if (rc < 0) {
            diag(d, sl->art.input, "store", rc, e.msg);
            d->st->not_stored++;
            return TC_OK;
        }
        rc = added ? tc_stories_add(d->stories, &sl->art, &sl->coded.text, sl->coded.ev,
                                    sl->coded.nev, d->engine ? tc_engine_actors(d->engine) : NULL,
                                    d->err)
                   : tc_stories_copy(d->stories, &sl->art, d->err);
        if (rc < 0) return TC_EDB;
        if (added) {
            t->added++;
            t->sentences += sl->coded.text.nsents;
            t->events += count_events(d, &sl->coded);
        } else {
            t->duplicates++;
        }
    } else if (tc_stories_copy(d->stories, &sl->art, d->err) < 0) {
        return TC_EDB;
    }
    return tc_store_put_raw(d->store, sl->raw_hash, d->err);
}

/* Writes the batch in one transaction; 0, or 1 when the database failed (reported). */
static int flush(driver *d)
{
    if (!d->nslots) return 0;
    tc_run_stats t = {0};
    int rc = tc_store_begin(d->store, d->err);
    for (size_t i = 0; rc == TC_OK && i < d->nslots; i++) rc = put_slot(d, &d->slots[i], &t);
    if (rc == TC_OK) rc = tc_stories_flush(d->stories, d->err);
    if (rc == TC_OK) rc = tc_store_commit(d->store, d->err);
    if (rc == TC_OK) {
        d->st->added += t.added;
        d->st->duplicates += t.duplicates;
        d->st->sentences += t.sentences;
        d->st->events += t.events;
    } else {
        tc_store_rollback(d->store);
        batch_lost(d);
    }
    for (size_t i = 0; i < d->nslots; i++) {
        if (tc_arena_used(d->slots[i].arena) > SLOT_KEEP) {
            tc_arena_free(d->slots[i].arena);
            d->slots[i].arena = tc_arena_new(1 << 20);
        }
    }
    d->nslots = 0;
    d->batch_bytes = 0;
    return rc == TC_OK ? 0 : 1;
}

static slot *next_slot(driver *d)
{
    if (d->nslots == d->cap) {
        d->slots = tc_xrealloc(d->slots, (d->cap + 8) * sizeof *d->slots);
        for (size_t i = d->cap; i < d->cap + 8; i++)
            d->slots[i] = (slot){.arena = tc_arena_new(1 << 20)};
        d->cap += 8;
    }
    return &d->slots[d->nslots];
}

/* Opens the database at the first record: a run whose inputs all fail creates no file. */
static int need_store(driver *d)
{
    if (!d->store) d->store = tc_store_open(d->db_path, 0, d->err);
    if (d->store && !d->stories)
        d->stories = tc_stories_open(d->store, d->o ? &d->o->story : NULL, d->err);
    return d->stories ? 0 : -1;
}

/* The run cannot go on (err says why): the reader stops, and no batch is written after. */
static int stop(driver *d)
{
    d->stopped = 1;
    return 1;
}

/* 1 when the lookup says stored; a failed lookup is as good as not found. */
static int stored(int rc)
{
    return rc == 1;
}

static int on_raw_run(const tc_raw *raw, void *ctx)
{
    driver *d = ctx;
    d->st->records++;
    tc_progress_step(&d->progress, 1);
    if (need_store(d) < 0) return stop(d);
    /* the record as read, where it came from included: the same text from another outlet or
       url is a copy the stories must still hear of (tc_stories_copy), not a record seen */
    uint64_t h = tc_hash64(raw->body, raw->body_len, raw->kind + 1);
    if (raw->url) h = tc_hash64(raw->url, strlen(raw->url), h);
    if (raw->outlet) h = tc_hash64(raw->outlet, strlen(raw->outlet), h);
    if (stored(tc_store_has_raw(d->store, h, NULL))) {
        d->st->duplicates++;
        d->st->known++;
        return 0;
    }
    slot *sl = next_slot(d);
    if (extract(d, raw, sl->arena, &sl->art) < 0) return 0;
    sl->raw_hash = h;
    sl->coded_ok = !stored(tc_store_has_article(d->store, sl->art.hash, NULL));
    if (!sl->coded_ok) {
        d->st->duplicates++;
        d->st->known++;
    } else if (need_engine(d) < 0) {
        return stop(d);
    } else if (code(d, &sl->art, sl->arena, &sl->coded) < 0) {
        return 0;
    }
    /* (the batch's clock starts with its first article ready, not before the engine's load:
       a slow start-up, a sanitizer's, wrote the first article alone) */
    if (!d->nslots++) d->batch_start = tc_now();
    d->batch_bytes += tc_arena_used(sl->arena);
    size_t batch = d->o && d->o->batch ? d->o->batch : BATCH_DEFAULT;
    if (d->nslots >= batch || d->batch_bytes > BATCH_BYTES ||
        tc_now() - d->batch_start > BATCH_SECONDS)
        return flush(d) ? stop(d) : 0;
    return 0;
}

static void read_all(driver *d, const char *const *inputs, size_t n, tc_raw_fn fn)
{
    tc_read_stats rs = {0};
    tc_progress_start(&d->progress, "articles", 0);
    if (!(d->o && d->o->progress)) d->progress.active = 0;
    tc_read_opts ro = {.diag = d->o && d->o->diag ? d->o->diag : tc_diag_print,
                       .notice = d->o && d->o->notice ? d->o->notice : tc_diag_print,
                       .dctx = d->o ? d->o->dctx : NULL};
    if (d->o) {
        ro.max_record = d->o->max_record;
        ro.verbose = d->o->verbose;
    }
    tc_read_stream(inputs, n, &ro, fn, d, &rs);
    d->st->failed += rs.failures;
    d->st->skipped += rs.skipped;
    d->st->cut += rs.cut;
    tc_progress_done(&d->progress);
}

int tc_run(const tc_engine *e, const char *db_path, const char *const *inputs, size_t n,
           const tc_run_opts *o, tc_run_stats *stats, tc_err *err)
{
    memset(stats, 0, sizeof *stats);
    driver d = {.engine = e, .o = o, .st = stats, .db_path = db_path, .err = err};
    err->code = TC_OK;
    /* An existing file is checked before any input is read; a new one waits for a record. */
    if (access(db_path, F_OK) == 0 && need_store(&d) < 0) return err->code;
    read_all(&d, inputs, n, on_raw_run);
    /* the last batch goes in unless the run was stopped: not on err->code, which only a
       failure may set (a stale one once lost this batch without a word) */
    if (d.store && !d.stopped && flush(&d)) d.stopped = 1;
    for (size_t i = 0; i < d.cap; i++) tc_arena_free(d.slots[i].arena);
    free(d.slots);
    tc_stories_close(d.stories);
    tc_store_close(d.store);
    tc_engine_free(d.owned);
    if (!d.stopped) return TC_OK;
    return err->code ? err->code : TC_EDB;
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
    /* One article in, its events out: a reader at the other end of a pipe sees them now. */
    fflush(d->out);
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
        fflush(d->out);
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
    fflush(d->out);
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

/* ---- parse ---- */

typedef struct {
    driver d; /* first: read_all hands &d to on_raw_parse */
    const tc_parser *parser;
    int as_table;
} parse_driver;

/* s[0..n) in a column width characters wide: cut after width characters (never inside one),
 * padded with spaces. */
static void put_column(FILE *out, const char *s, size_t n, int width)
{
    int chars = 0;
    size_t end = 0;
    for (; end < n; end++) {
        if (((unsigned char)s[end] & 0xC0) == 0x80) continue;
        if (chars == width) break;
        chars++;
    }
    fprintf(out, "%.*s%*s", (int)end, s, width - chars, "");
}

/* One sentence as aligned columns: index, form, lemma, UPOS, Penn tag, head, relation, and
 * the head's form. */
static void print_table(FILE *out, const tc_parser *p, const char *text, const char *id,
                        const tc_tree *t)
{
    int fw = 4;
    for (uint32_t i = 0; i < t->n; i++)
        if ((int)t->w[i].len > fw) fw = t->w[i].len > 24 ? 24 : (int)t->w[i].len;
    const tc_word *a = &t->w[0], *z = &t->w[t->n - 1];
    fprintf(out, "# %s: %.*s\n", id, (int)(z->off + z->len - a->off), text + a->off);
    for (uint32_t i = 0; i < t->n; i++) {
        const tc_word *w = &t->w[i], *h = w->head ? &t->w[w->head - 1] : NULL;
        fprintf(out, "%4u  ", i + 1);
        put_column(out, text + w->off, w->len, fw);
        fputs("  ", out);
        put_column(out, w->lemma, strlen(w->lemma), fw);
        fprintf(out, "  %-5s  %-4s  %4u  %-12s  %.*s\n", tc_upos_name(w->upos),
                tc_parse_xpos_name(p, w->xpos), w->head, tc_rel_name(w->rel), h ? (int)h->len : 1,
                h ? text + h->off : "-");
    }
    fputc('\n', out);
}

/* Parses and prints the sentences of text[0..len), numbering them on from *num; 0 or -1 when
 * the text cannot be analysed (said). */
static int parse_print(parse_driver *pd, const char *input, const char *text, size_t len,
                       uint32_t *num)
{
    driver *d = &pd->d;
    tc_text t;
    int rc = tc_text_analyze(text, len, d->arena, &t);
    if (rc < 0) {
        diag(d, input, "text", rc, tc_strerror(rc));
        return -1;
    }
    for (uint32_t s = 0; s < t.nsents; s++) {
        tc_tree tree;
        char id[1024];
        tc_parse_sentence(pd->parser, &t, s, 0, d->arena, &tree);
        snprintf(id, sizeof id, "%s-%u", input, ++*num);
        if (pd->as_table)
            print_table(d->out, pd->parser, text, id, &tree);
        else
            tc_conllu_write(d->out, pd->parser, id, text, &tree, NULL);
    }
    d->st->sentences += t.nsents;
    return 0;
}

static int on_raw_parse(const tc_raw *raw, void *ctx)
{
    parse_driver *pd = ctx;
    driver *d = &pd->d;
    tc_article art;
    if (prepare(d, raw, &art, NULL) < 0) return 0;
    /* sent_id is INPUT-N; CoNLL-U tools split comments on white space, so none in it */
    char *input = tc_arena_strndup(d->arena, art.input, strlen(art.input));
    for (char *c = input; *c; c++)
        if (*c == ' ' || *c == '\t') *c = '_';
    uint32_t num = 0;
    /* a plain text's first line became its title, not its body: it is a sentence to parse too */
    int titled = raw->kind == TC_RAW_TEXT && !(raw->title && *raw->title) && art.title &&
                 *art.title && art.text != art.title;
    if (titled && parse_print(pd, input, art.title, strlen(art.title), &num) < 0) return 0;
    parse_print(pd, input, art.text, art.text_len, &num);
    fflush(d->out);
    return 0;
}

int tc_parse_stream(const tc_parser *p, const char *const *inputs, size_t n, FILE *out,
                    int as_table, const tc_run_opts *o, tc_run_stats *stats)
{
    memset(stats, 0, sizeof *stats);
    parse_driver pd = {.d = {.o = o, .st = stats, .out = out}, .parser = p, .as_table = as_table};
    pd.d.arena = tc_arena_new(1 << 20);
    read_all(&pd.d, inputs, n, on_raw_parse);
    tc_arena_free(pd.d.arena);
    return fflush(out) == 0 ? TC_OK : TC_EIO;
}
