/* mention: a story's events, mentions, contested marks and denials (see mention.h).
 *
 * Per story: four queries (the story's articles, their exact copies, their events, their
 * claims) into arrays in one arena; each row's kind of happening (the table kinds[]) and
 * place; codes unified per role and kind; rows grouped by key and agreeing places; counts,
 * contested sides and denial links computed over the groups. Stories are small
 * (tens of articles), so the passes over groups are plain loops. */
#include "mention.h"

#include "arena.h"
#include "dedup.h"
#include "hash.h"
#include "place.h"
#include "story.h"

#include <jansson.h>
#include <libstemmer.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char sql_stories[] = "SELECT id, title, first_day, last_day FROM stories"
                                  " WHERE ?1 = 0 OR id = ?1 ORDER BY first_day, id";
static const char sql_articles[] =
    "SELECT sa.article_id, sa.copy_of, a.outlet, coalesce(o.outlet, a.outlet)"
    " FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
    " LEFT JOIN articles o ON o.id = sa.copy_of WHERE sa.story_id = ?1 ORDER BY a.date, a.id";
static const char sql_copies[] = "SELECT c.article_id, c.input, c.url, c.outlet, c.date"
                                 " FROM story_copies c JOIN story_articles sa"
                                 " ON sa.article_id = c.article_id WHERE sa.story_id = ?1"
                                 " ORDER BY c.id";
static const char sql_events[] =
    "SELECT e.article_id, e.sentence_id, s.idx, a.input, a.url, a.outlet, a.date, s.text,"
    " e.src_code, e.tgt_code, e.code, e.src_off, e.tgt_off, e.verb_off, length(CAST(a.text AS"
    " BLOB)), e.flags, sa.copy_of, e.src_name, e.tgt_name, e.goldstein, e.quad,"
    " substr(CAST(a.text AS BLOB), e.verb_off + 1, e.verb_len),"
    " CASE WHEN e.date_precision IN ('', 'none') OR e.event_date = a.date THEN ''"
    " ELSE e.event_date END,"
    " e.place_name, e.place_admin1, e.place_country, e.place_lat, e.place_lon,"
    " e.place_precision, e.place_source"
    " FROM story_articles sa JOIN events e ON e.article_id = sa.article_id"
    " JOIN articles a ON a.id = e.article_id JOIN sentences s ON s.id = e.sentence_id"
    " WHERE sa.story_id = ?1 ORDER BY a.date, e.article_id, s.idx, e.id";
static const char sql_claims[] =
    "SELECT c.article_id, c.speaker, c.cue, c.kind, s.text, a.outlet, a.url, a.date"
    " FROM story_claims c JOIN story_articles sa ON sa.article_id = c.article_id"
    " JOIN sentences s ON s.id = c.sentence_id JOIN articles a ON a.id = c.article_id"
    " WHERE sa.story_id = ?1 ORDER BY a.date, c.sentence_id";

/* Kinds of happening: the CAMEO codes by which outlets tell one physical happening that has one
 * doer, whatever words each chose and whomever each blamed (docs/stories.md says why each).
 * CAMEO splits some such happenings by their doer (183, a bombing not by an army, beside 19x;
 * 145, protesters rioting, beside 175, the police repressing them) or by its framing (144,
 * protesters obstructing passage, beside 191, a blockade): those codes are one kind. A code
 * begins with its prefix; 4-digit codes go with their 3-digit base. */
static const struct {
    const char *prefix, *kind;
} kinds[] = {
    {"144", "block"},   {"191", "block"},  /* a road, crossing or port closed to passage */
    {"190", "attack"},  {"193", "attack"}, /* armed attack: fighting, shelling, strikes, */
    {"194", "attack"},  {"195", "attack"}, /* ceasefire violations, bombings, weapons */
    {"196", "attack"},  {"183", "attack"}, /* of mass destruction */
    {"204", "attack"},  {"192", "occupy"}, /* territory taken */
    {"145", "riot"},    {"175", "riot"},   /* violence at a protest */
    {"173", "detain"},  {"181", "detain"}, /* people taken: arrest or abduction */
    {"180", "harm"},    {"182", "harm"},   /* people beaten, tortured, killed */
    {"185", "harm"},    {"186", "harm"},   {"202", "harm"},
    {"171", "destroy"}, {"201", "expel"}, /* property seized or destroyed; */
    {"203", "expel"},                     /* people driven out */
};

int tc_mention_kind(const char *code, char out[8])
{
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
        if (!strncmp(code, kinds[i].prefix, 3)) {
            snprintf(out, 8, "%s", kinds[i].kind);
            return 1;
        }
    }
    snprintf(out, 8, "%.2s", code);
    return 0;
}

typedef struct {
    int64_t id, copy_of;
    const char *outlet, *origin; /* origin: the outlet an independent count credits */
} article;

typedef struct {
    int64_t article_id;
    const char *input, *url, *outlet, *date;
} copy;

/* Where an event happened, as stored: prec 0 when nowhere known. */
typedef struct {
    const char *name, *admin1, *country; /* country: ISO alpha-3 */
    double lat, lon;
    int prec;  /* place.h tc_place_prec */
    int named; /* found in the event's own clause, not elsewhere in its sentence or article */
} where;

typedef struct {
    tc_mention_row m;
    where at;
    const char *src_name, *tgt_name, *verb, *src, *tgt; /* src, tgt: unified */
    const char *day; /* the event's own date when it is not the article's, else "" */
    double goldstein;
    int quad, group;
    char root[3], kind[8]; /* kind: tc_mention_kind's */
} row;

typedef struct {
    const char **outlets;
    size_t n;
} outlet_set;

typedef TC_VEC(outlet_set) outlet_vec;
typedef TC_VEC(tc_denial) denial_vec;

typedef struct {
    tc_arena *a;
    sqlite3 *db;
    struct sb_stemmer *stemmer;
    TC_VEC(article) arts;
    TC_VEC(copy) copies;
    TC_VEC(row) rows;
    TC_VEC(tc_story_event) ev;
    TC_VEC(where) ev_at; /* parallel to ev: the event's place (its first mention's that has one) */
    denial_vec claims;
    TC_VEC(const char *) claim_speakers; /* parallel to claims: the speaker's code */
} ctx_t;

static const char *col(ctx_t *c, sqlite3_stmt *st, int i)
{
    const char *v = (const char *)sqlite3_column_text(st, i);
    return tc_arena_strndup(c->a, v ? v : "", v ? (size_t)sqlite3_column_bytes(st, i) : 0);
}

static int prepare(ctx_t *c, const char *sql, int64_t id, sqlite3_stmt **st, tc_err *err)
{
    if (sqlite3_prepare_v2(c->db, sql, -1, st, NULL) != SQLITE_OK)
        return tc_err_set(err, TC_EDB, "stories: %s", sqlite3_errmsg(c->db));
    sqlite3_bind_int64(*st, 1, id);
    return TC_OK;
}

static int finish(ctx_t *c, sqlite3_stmt *st, int rc, tc_err *err)
{
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) return tc_err_set(err, TC_EDB, "stories: %s", sqlite3_errmsg(c->db));
    return TC_OK;
}

static const article *find_article(const ctx_t *c, int64_t id)
{
    for (size_t i = 0; i < c->arts.n; i++)
        if (c->arts.v[i].id == id) return &c->arts.v[i];
    return NULL;
}

/* The place columns from column i on: name, admin1, country, lat, lon, precision, source. */
static void read_where(ctx_t *c, sqlite3_stmt *st, int i, where *w)
{
    static const char *const precs[] = {"point", "subdivision", "country"};
    const char *prec = (const char *)sqlite3_column_text(st, i + 5);
    *w = (where){.name = col(c, st, i),
                 .admin1 = col(c, st, i + 1),
                 .country = col(c, st, i + 2),
                 .lat = sqlite3_column_double(st, i + 3),
                 .lon = sqlite3_column_double(st, i + 4)};
    for (int k = 0; prec && k < 3; k++)
        if (!strcmp(prec, precs[k])) w->prec = k + 1;
    if (!w->country[0] || sqlite3_column_type(st, i + 3) == SQLITE_NULL) w->prec = 0;
    const char *source = (const char *)sqlite3_column_text(st, i + 6);
    w->named = w->prec && source && !strcmp(source, "clause");
}

static int load(ctx_t *c, int64_t story, tc_err *err)
{
    sqlite3_stmt *st;
    int rc;
    if (prepare(c, sql_articles, story, &st, err) < 0) return TC_EDB;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        article a = {sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), col(c, st, 2),
                     col(c, st, 3)};
        TC_PUSH(c->a, c->arts, a);
    }
    if (finish(c, st, rc, err) < 0 || prepare(c, sql_copies, story, &st, err) < 0) return TC_EDB;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        copy k = {sqlite3_column_int64(st, 0), col(c, st, 1), col(c, st, 2), col(c, st, 3),
                  col(c, st, 4)};
        TC_PUSH(c->a, c->copies, k);
    }
    if (finish(c, st, rc, err) < 0 || prepare(c, sql_events, story, &st, err) < 0) return TC_EDB;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        row r = {.m = {sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
                       sqlite3_column_int(st, 2), col(c, st, 3), col(c, st, 4), col(c, st, 5),
                       col(c, st, 6), col(c, st, 7), col(c, st, 8), col(c, st, 9), col(c, st, 10),
                       sqlite3_column_int64(st, 11), sqlite3_column_int64(st, 12),
                       sqlite3_column_int64(st, 13), sqlite3_column_int64(st, 14),
                       (unsigned)sqlite3_column_int64(st, 15), 0, sqlite3_column_int64(st, 16)},
                 .src_name = col(c, st, 17),
                 .tgt_name = col(c, st, 18),
                 .goldstein = sqlite3_column_double(st, 19),
                 .quad = sqlite3_column_int(st, 20),
                 .verb = col(c, st, 21),
                 .day = col(c, st, 22)};
        snprintf(r.root, sizeof r.root, "%.2s", r.m.code);
        tc_mention_kind(r.m.code, r.kind);
        read_where(c, st, 23, &r.at);
        TC_PUSH(c->a, c->rows, r);
    }
    if (finish(c, st, rc, err) < 0 || prepare(c, sql_claims, story, &st, err) < 0) return TC_EDB;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tc_denial d = {.article_id = sqlite3_column_int64(st, 0)};
        const char *speaker = col(c, st, 1);
        d.speaker = speaker;
        d.cue = col(c, st, 2);
        d.kind = col(c, st, 3);
        d.sentence = col(c, st, 4);
        d.outlet = col(c, st, 5);
        d.url = col(c, st, 6);
        d.date = col(c, st, 7);
        TC_PUSH(c->a, c->claims, d);
        TC_PUSH(c->a, c->claim_speakers, speaker);
    }
    return finish(c, st, rc, err);
}

/* The code that c only abbreviates among the codes of role r under its kind: the one
 * longer code beginning with it, else c. A source abbreviates only codes of its own side
 * (story.h): "AZE" is "AZEGOV" beside "AZEENV", which is another doer. */
static const char *unify(const ctx_t *c, const row *r, int tgt)
{
    const char *code = tgt ? r->m.tgt_code : r->m.src_code, *found = NULL;
    size_t n = strlen(code);
    if (!n) return code;
    char side[8], other[8];
    tc_story_side(code, side);
    for (size_t i = 0; i < c->rows.n; i++) {
        const row *o = &c->rows.v[i];
        const char *oc = tgt ? o->m.tgt_code : o->m.src_code;
        if (strcmp(o->kind, r->kind) || strlen(oc) <= n || strncmp(oc, code, n)) continue;
        if (!tgt && (tc_story_side(oc, other), strcmp(side, other))) continue;
        if (found && strcmp(found, oc)) return code;
        found = oc;
    }
    return found ? found : code;
}

static int has(const char *const *list, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(list[i], s)) return 1;
    return 0;
}

/* Counts and outlets of group g over the rows (and the copies of their articles). */
static void count_group(ctx_t *c, tc_story_event *e, int g, const char ***outlets, size_t *nout)
{
    TC_VEC(int64_t) arts = {0};
    TC_VEC(const char *) out = {0};
    TC_VEC(tc_mention_row) ms = {0};
    for (size_t i = 0; i < c->rows.n; i++) {
        const row *r = &c->rows.v[i];
        if (r->group != g) continue;
        TC_PUSH(c->a, ms, r->m);
        const article *a = find_article(c, r->m.article_id);
        const char *origin = a ? a->origin : r->m.outlet;
        if (!has(out.v, out.n, origin)) TC_PUSH(c->a, out, origin);
        int seen = 0;
        for (size_t k = 0; k < arts.n && !seen; k++) seen = arts.v[k] == r->m.article_id;
        if (!seen) {
            TC_PUSH(c->a, arts, r->m.article_id);
            e->articles++;
        }
        for (size_t k = 0; k < c->copies.n; k++) {
            const copy *cp = &c->copies.v[k];
            if (cp->article_id != r->m.article_id) continue;
            tc_mention_row m = r->m;
            m.copy = 1;
            m.input = cp->input;
            m.url = cp->url;
            m.outlet = cp->outlet;
            m.date = cp->date;
            TC_PUSH(c->a, ms, m);
            e->articles += !seen;
        }
    }
    e->m = ms.v;
    e->nm = ms.n;
    e->mentions = (int64_t)ms.n;
    e->outlets = (int64_t)out.n;
    *outlets = out.v;
    *nout = out.n;
}

/* The most frequent full code of group g (the first on ties), with its row. */
static const row *main_code(const ctx_t *c, int g)
{
    const row *best = NULL;
    size_t top = 0;
    for (size_t i = 0; i < c->rows.n; i++) {
        const row *r = &c->rows.v[i];
        if (r->group != g) continue;
        size_t n = 0;
        for (size_t j = 0; j < c->rows.n; j++)
            n += c->rows.v[j].group == g && !strcmp(c->rows.v[j].m.code, r->m.code);
        if (n > top) {
            top = n;
            best = r;
        }
    }
    return best;
}

/* Two places this close name one area; twice that around a subdivision's centre, which
 * stands for a region (Nagorno-Karabakh is 70 km across). */
#define NEAR_KM 50.0

static double km(const where *a, const where *b)
{
    const double rad = 3.14159265358979 / 180;
    double x = (b->lon - a->lon) * rad * cos((a->lat + b->lat) / 2 * rad),
           y = (b->lat - a->lat) * rad;
    return 6371 * sqrt(x * x + y * y);
}

/* Whether one happening can have taken place at both a and b: one of them unknown (with
 * named, one not named in the event's own clause: another clause of the sentence may name
 * another place, and an article's dateline or most named place says where it was filed, not
 * where each of its events happened), one inside the other (a country holds its places, a
 * subdivision the places of its name), the same place, or two places of one country within
 * NEAR_KM, twice that when one is a subdivision ("the Lachin corridor" and
 * "Nagorno-Karabakh"; "the Hakari bridge" and "Nagorno-Karabakh"). */
static int same_area(const where *a, const where *b, int named)
{
    if (!a->prec || !b->prec || (named && (!a->named || !b->named))) return 1;
    if (strcmp(a->country, b->country)) return 0;
    if (a->prec == TC_PLACE_COUNTRY || b->prec == TC_PLACE_COUNTRY) return 1;
    if (!strcmp(a->name, b->name)) return 1;
    if (a->prec == TC_PLACE_SUBDIVISION && !strcmp(b->admin1, a->name)) return 1;
    if (b->prec == TC_PLACE_SUBDIVISION && !strcmp(a->admin1, b->name)) return 1;
    int region = a->prec == TC_PLACE_SUBDIVISION || b->prec == TC_PLACE_SUBDIVISION;
    return km(a, b) <= (region ? 2 * NEAR_KM : NEAR_KM);
}

/* The group of row r: the one of its key (source, target, kind of happening, day) whose
 * place agrees with r's (same_area); for a row without a date of its own, the one such dated
 * group when there is exactly one ("has blockaded ... since December" and a later "the
 * blockade" are one event); -1 when none. */
static int group_of(const ctx_t *c, const row *r)
{
    int dated = -1, ndated = 0;
    for (size_t g = 0; g < c->ev.n; g++) {
        const tc_story_event *e = &c->ev.v[g];
        if (strcmp(e->src_code, r->src) || strcmp(e->tgt_code, r->tgt) ||
            strcmp(e->kind, r->kind) || !same_area(&c->ev_at.v[g], &r->at, 1))
            continue;
        if (!strcmp(e->day, r->day)) return (int)g;
        if (!r->day[0] && e->day[0]) {
            dated = (int)g;
            ndated++;
        }
    }
    return ndated == 1 ? dated : -1;
}

static void group_rows(ctx_t *c, int64_t story, outlet_vec *sets)
{
    for (size_t i = 0; i < c->rows.n; i++) {
        c->rows.v[i].src = unify(c, &c->rows.v[i], 0);
        c->rows.v[i].tgt = unify(c, &c->rows.v[i], 1);
    }
    /* dated rows first, so that undated ones find the dated groups */
    for (size_t k = 0; k < 2 * c->rows.n; k++) {
        row *r = &c->rows.v[k % c->rows.n];
        if ((k < c->rows.n) != (r->day[0] != 0)) continue;
        r->group = group_of(c, r);
        if (r->group >= 0) {
            /* the first mention that names where the event happened places it */
            where *at = &c->ev_at.v[r->group];
            if (r->at.prec && (!at->prec || (r->at.named && !at->named))) *at = r->at;
            continue;
        }
        tc_story_event e = {.story_id = story,
                            .src_code = r->src,
                            .tgt_code = r->tgt,
                            .kind = tc_arena_strndup(c->a, r->kind, strlen(r->kind)),
                            .day = r->day,
                            .sides = ""};
        char key[512];
        int n = snprintf(key, sizeof key, "%lld|%s|%s|%s|%s %s|%s", (long long)story, r->src,
                         r->tgt, r->kind, r->at.name, r->at.country, r->day);
        e.gid =
            tc_hash64(key, (size_t)n < sizeof key ? (size_t)n : sizeof key - 1, 0x6764656c74ull) >>
            1;
        tc_hash_hex(e.gid, e.id);
        r->group = (int)c->ev.n;
        TC_PUSH(c->a, c->ev, e);
        TC_PUSH(c->a, c->ev_at, r->at);
    }
    for (size_t g = 0; g < c->ev.n; g++) {
        tc_story_event *e = &c->ev.v[g];
        const row *r = main_code(c, (int)g);
        const where *at = &c->ev_at.v[g];
        char place[300] = "";
        if (at->prec) snprintf(place, sizeof place, "%s, %s", at->name, at->country);
        e->place = tc_arena_strndup(c->a, place, strlen(place));
        e->root = tc_arena_strndup(c->a, r->root, strlen(r->root));
        e->code = r->m.code;
        e->src_name = r->src_name;
        e->tgt_name = r->tgt_name;
        e->goldstein = r->goldstein;
        e->quad = r->quad;
        outlet_set os;
        count_group(c, e, (int)g, &os.outlets, &os.n);
        e->date = e->day[0] ? e->day : e->m[0].date;
        TC_PUSH(c->a, *sets, os);
    }
}

/* Appends "SIDE: outlet, outlet" for group h to buf unless the side is there. */
static void add_side(char *buf, size_t cap, const char *side, const outlet_set *os)
{
    char tag[16];
    snprintf(tag, sizeof tag, "%s:", side);
    if (strstr(buf, tag) == buf || (strstr(buf, tag) && strstr(buf, tag)[-1] == ' ')) return;
    size_t n = strlen(buf);
    n += (size_t)snprintf(buf + n, cap - n, "%s%s", n ? "; " : "", tag);
    for (size_t i = 0; i < os->n && n < cap; i++)
        n += (size_t)snprintf(buf + n, cap - n, "%s%s", i ? ", " : " ", os->outlets[i]);
}

/* Days that can be one happening's: equal, one unknown, or one within the other ("2022" and
 * "2022-12"). */
static int same_days(const char *a, const char *b)
{
    size_t n = strlen(a) < strlen(b) ? strlen(a) : strlen(b);
    return !strncmp(a, b, n);
}

/* Two accounts of one happening with different doers: events of one kind of happening of the
 * table (a physical happening has one doer; words, aid or sanctions can come from both sides
 * and both be true), on days and at places named in their clauses that agree, with targets
 * of one country, or, when a target is unknown, both places known (the article's will do)
 * and agreeing; sources of different sides. */
static int compatible(const ctx_t *c, size_t g, size_t h)
{
    const tc_story_event *a = &c->ev.v[g], *b = &c->ev.v[h];
    const where *wa = &c->ev_at.v[g], *wb = &c->ev_at.v[h];
    char k[8], sa[8], sb[8];
    if (!tc_mention_kind(a->code, k) || strcmp(a->kind, b->kind)) return 0;
    if (!a->src_code[0] || !b->src_code[0] || !same_days(a->day, b->day) || !same_area(wa, wb, 1))
        return 0;
    if (a->tgt_code[0] && b->tgt_code[0]) {
        tc_story_country(a->tgt_code, sa);
        tc_story_country(b->tgt_code, sb);
        if (strcmp(sa, sb)) return 0;
    } else if (!wa->prec || !wb->prec || !same_area(wa, wb, 0)) {
        return 0;
    }
    tc_story_side(a->src_code, sa);
    tc_story_side(b->src_code, sb);
    return strcmp(sa, sb) != 0;
}

static void contest(ctx_t *c, const outlet_set *sets)
{
    for (size_t g = 0; g < c->ev.n; g++) {
        tc_story_event *e = &c->ev.v[g];
        char buf[1024] = "", side[8];
        for (size_t h = 0; h < c->ev.n; h++) {
            if (h == g || !compatible(c, g, h)) continue;
            if (!e->contested) {
                tc_story_side(e->src_code, side);
                add_side(buf, sizeof buf, side, &sets[g]);
            }
            e->contested = 1;
            tc_story_side(c->ev.v[h].src_code, side);
            add_side(buf, sizeof buf, side, &sets[h]);
        }
        if (e->contested) e->sides = tc_arena_strndup(c->a, buf, strlen(buf));
    }
}

static int denial_code(const char *code)
{
    return !strncmp(code, "016", 3) || !strncmp(code, "12", 2);
}

/* Whether sentence s holds a word with the stem of word w. */
static int names_stem(ctx_t *c, const char *s, const char *w)
{
    char stem[64], buf[64];
    size_t n = 0;
    /* the verb's first word: its span may hold a particle or an object ("blocking the road") */
    for (; ((w[n] | 32) >= 'a' && (w[n] | 32) <= 'z') && n < sizeof buf - 1; n++)
        buf[n] = (char)(w[n] | 32);
    if (n < 3) return 0;
    const sb_symbol *r = sb_stemmer_stem(c->stemmer, (const sb_symbol *)buf, (int)n);
    int len = sb_stemmer_length(c->stemmer);
    if (!r || len < 3 || len >= (int)sizeof stem) return 0;
    memcpy(stem, r, (size_t)len);
    for (const char *p = s; *p;) {
        while (*p && !((*p | 32) >= 'a' && (*p | 32) <= 'z')) p++;
        size_t k = 0;
        while (p[k] && ((p[k] | 32) >= 'a' && (p[k] | 32) <= 'z') && k < sizeof buf - 1) {
            buf[k] = (char)(p[k] | 32);
            k++;
        }
        if (k) {
            r = sb_stemmer_stem(c->stemmer, (const sb_symbol *)buf, (int)k);
            int rl = sb_stemmer_length(c->stemmer), m = rl < len ? rl : len;
            /* the same stem, or one the other begins with ("block" of "blocking" and
             * "blockad" of "blockade"): a noun and its verb */
            if (r && (rl == len || m >= 5) && !memcmp(r, stem, (size_t)m)) return 1;
        }
        p += k ? k : (*p ? 1 : 0);
    }
    return 0;
}

/* The event denial d (said by speaker) most likely denies, or -1. */
static int denied(ctx_t *c, const tc_denial *d, const char *speaker)
{
    char ss[8] = "", es[8];
    if (speaker[0]) tc_story_side(speaker, ss);
    int best = -1, top = 0;
    for (size_t g = 0; g < c->ev.n; g++) {
        const tc_story_event *e = &c->ev.v[g];
        if (e->quad < 3 || denial_code(e->code)) continue;
        int score = 0;
        for (size_t i = 0; i < c->rows.n && score < 2; i++)
            if (c->rows.v[i].group == (int)g && names_stem(c, d->sentence, c->rows.v[i].verb))
                score = 2;
        tc_story_side(e->src_code, es);
        score += ss[0] && !strcmp(ss, es);
        if (!score) continue;
        if (score > top || (score == top && e->mentions > c->ev.v[best].mentions)) {
            top = score;
            best = (int)g;
        }
    }
    return best;
}

/* Links the claims and the coded denials to events; the rest go to *unlinked. */
static void link_denials(ctx_t *c, denial_vec *unlinked)
{
    for (size_t g = 0; g < c->ev.n; g++) {
        const tc_story_event *e = &c->ev.v[g];
        if (!denial_code(e->code)) continue;
        tc_denial d = {e->m[0].outlet,   e->src_code, e->code,      "denial (coded)",
                       e->m[0].sentence, e->m[0].url, e->m[0].date, e->m[0].article_id};
        TC_PUSH(c->a, c->claims, d);
        TC_PUSH(c->a, c->claim_speakers, e->src_code);
    }
    denial_vec *per = tc_arena_calloc(c->a, c->ev.n + 1, sizeof *per);
    for (size_t i = 0; i < c->claims.n; i++) {
        int g = denied(c, &c->claims.v[i], c->claim_speakers.v[i]);
        if (g < 0)
            TC_PUSH(c->a, *unlinked, c->claims.v[i]);
        else
            TC_PUSH(c->a, per[g], c->claims.v[i]);
    }
    for (size_t g = 0; g < c->ev.n; g++) {
        c->ev.v[g].denials = per[g].v;
        c->ev.v[g].ndenials = per[g].n;
    }
}

/* Most mentioned first, then first reported first (date, article, sentence, verb). */
static int by_mentions(const void *a, const void *b)
{
    const tc_story_event *x = a, *y = b;
    const tc_mention_row *p = &x->m[0], *q = &y->m[0];
    if (x->mentions != y->mentions) return x->mentions > y->mentions ? -1 : 1;
    int d = strcmp(p->date, q->date);
    if (d) return d;
    if (p->article_id != q->article_id) return p->article_id < q->article_id ? -1 : 1;
    if (p->sentence_idx != q->sentence_idx) return p->sentence_idx < q->sentence_idx ? -1 : 1;
    if (p->verb_off != q->verb_off) return p->verb_off < q->verb_off ? -1 : 1;
    return strcmp(x->id, y->id);
}

/* "outlet, outlet (copy of outlet)" and the counts of the story's articles and outlets. */
static void outlets_of(ctx_t *c, tc_story_view *v)
{
    TC_VEC(const char *) all = {0}, indep = {0};
    size_t cap = 256, n = 0;
    char *s = tc_arena_alloc(c->a, cap);
    s[0] = 0;
    for (size_t i = 0; i < c->arts.n + c->copies.n; i++) {
        const char *outlet, *origin;
        if (i < c->arts.n) {
            outlet = c->arts.v[i].outlet;
            origin = c->arts.v[i].origin;
            v->copies += c->arts.v[i].copy_of != 0;
        } else {
            const copy *k = &c->copies.v[i - c->arts.n];
            const article *a = find_article(c, k->article_id);
            outlet = k->outlet;
            origin = a ? a->origin : "";
            v->copies++;
        }
        if (!has(indep.v, indep.n, origin)) TC_PUSH(c->a, indep, origin);
        if (has(all.v, all.n, outlet)) continue;
        TC_PUSH(c->a, all, outlet);
        char item[512];
        int k = strcmp(outlet, origin) ? snprintf(item, sizeof item, "%s%s (copy of %s)",
                                                  n ? ", " : "", outlet, origin)
                                       : snprintf(item, sizeof item, "%s%s", n ? ", " : "", outlet);
        while (n + (size_t)k + 1 > cap) {
            char *t = tc_arena_alloc(c->a, cap * 2);
            memcpy(t, s, n + 1);
            s = t;
            cap *= 2;
        }
        memcpy(s + n, item, (size_t)k + 1);
        n += (size_t)k;
    }
    v->articles = (int64_t)(c->arts.n + c->copies.n);
    v->outlets = (int64_t)all.n;
    v->independent = (int64_t)indep.n;
    v->outlet_list = s;
}

static int view_story(ctx_t *c, sqlite3_stmt *st, int (*fn)(const tc_story_view *v, void *ctx),
                      void *fctx, tc_err *err)
{
    int64_t id = sqlite3_column_int64(st, 0);
    char first[11], last[11];
    tc_dedup_date(sqlite3_column_int(st, 2), first);
    tc_dedup_date(sqlite3_column_int(st, 3), last);
    tc_arena_reset(c->a);
    memset(&c->arts, 0, sizeof c->arts);
    memset(&c->copies, 0, sizeof c->copies);
    memset(&c->rows, 0, sizeof c->rows);
    memset(&c->ev, 0, sizeof c->ev);
    memset(&c->ev_at, 0, sizeof c->ev_at);
    memset(&c->claims, 0, sizeof c->claims);
    memset(&c->claim_speakers, 0, sizeof c->claim_speakers);
    if (load(c, id, err) < 0) return TC_EDB;
    outlet_vec sets = {0};
    denial_vec unlinked = {0};
    group_rows(c, id, &sets);
    contest(c, sets.v);
    link_denials(c, &unlinked);
    tc_story_view v = {.id = id, .title = col(c, st, 1), .first = first, .last = last};
    outlets_of(c, &v);
    /* most mentioned first: the order groups keep their denials and sides with them */
    if (c->ev.n) qsort(c->ev.v, c->ev.n, sizeof *c->ev.v, by_mentions);
    v.ev = c->ev.v;
    v.nev = c->ev.n;
    v.unlinked = unlinked.v;
    v.nunlinked = unlinked.n;
    return fn(&v, fctx);
}

int tc_mention_stories(tc_store *s, int64_t id, int (*fn)(const tc_story_view *v, void *ctx),
                       void *fctx, tc_err *err)
{
    ctx_t c = {.a = tc_arena_new(1 << 16), .db = tc_store_sqlite(s)};
    c.stemmer = sb_stemmer_new("english", NULL);
    sqlite3_stmt *st;
    int rc, ret = TC_OK, seen = 0;
    if (prepare(&c, sql_stories, id, &st, err) < 0) {
        ret = TC_EDB;
        goto done;
    }
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        seen = 1;
        if ((ret = view_story(&c, st, fn, fctx, err)) != 0) break;
    }
    if (ret == TC_OK && finish(&c, st, rc, err) < 0)
        ret = TC_EDB;
    else if (ret != TC_OK)
        sqlite3_finalize(st);
    if (ret == TC_OK && id && !seen) ret = 1;
done:
    if (c.stemmer) sb_stemmer_delete(c.stemmer);
    tc_arena_free(c.a);
    return ret;
}

/* ---- printing ---- */

static void print_denials(FILE *out, const char *head, const tc_denial *d, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fprintf(out, "%s%s%s%s, \"%s\"): %s\n", head, d[i].outlet, d[i].speaker[0] ? " (" : " (",
                d[i].speaker[0] ? d[i].speaker : "no speaker named", d[i].cue, d[i].sentence);
}

void tc_mention_print(FILE *out, const tc_story_view *v, int detail)
{
    fprintf(out,
            "story %lld: %s\n  %s%s%s; %lld articles (%lld copies) from %lld outlets, %lld"
            " independent\n  outlets: %s\n",
            (long long)v->id, v->title, v->first[0] ? v->first : "(no date)",
            strcmp(v->first, v->last) ? " to " : "", strcmp(v->first, v->last) ? v->last : "",
            (long long)v->articles, (long long)v->copies, (long long)v->outlets,
            (long long)v->independent, v->outlet_list);
    fprintf(out, "  events: %zu\n", v->nev);
    for (size_t i = 0; i < v->nev; i++) {
        const tc_story_event *e = &v->ev[i];
        fprintf(out,
                "    %s %s %s  %s (Goldstein %+.1f)%s%s%s%s  %lld mentions, %lld articles, %lld"
                " independent outlets%s  [%s]\n",
                e->src_code[0] ? e->src_code : "-", e->kind, e->tgt_code[0] ? e->tgt_code : "-",
                e->code, e->goldstein, e->place[0] ? " in " : "", e->place,
                e->day[0] ? " on its own date " : "", e->day, (long long)e->mentions,
                (long long)e->articles, (long long)e->outlets, e->contested ? "  CONTESTED" : "",
                e->id);
        if (e->contested) fprintf(out, "      sides: %s\n", e->sides);
        print_denials(out, "      denied by ", e->denials, e->ndenials);
        for (size_t k = 0; detail && k < e->nm; k++) {
            const tc_mention_row *m = &e->m[k];
            fprintf(out, "      %s %s%s (article %lld, sentence %d): %s\n",
                    m->date[0] ? m->date : "(no date)", m->outlet, m->copy ? " (exact copy)" : "",
                    (long long)m->article_id, m->sentence_idx + 1, m->sentence);
        }
    }
    if (detail) print_denials(out, "  claim linked to no event: ", v->unlinked, v->nunlinked);
    fputc('\n', out);
}

static void put(json_t *o, const char *k, const char *v)
{
    json_object_set_new(o, k, json_stringn_nocheck(v, strlen(v)));
}

static json_t *denials_json(const tc_denial *d, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *o = json_object();
        put(o, "outlet", d[i].outlet);
        put(o, "speaker", d[i].speaker);
        put(o, "cue", d[i].cue);
        put(o, "kind", d[i].kind);
        put(o, "sentence", d[i].sentence);
        put(o, "url", d[i].url);
        put(o, "date", d[i].date);
        json_object_set_new(o, "article_id", json_integer(d[i].article_id));
        json_array_append_new(a, o);
    }
    return a;
}

static json_t *event_json(const tc_story_event *e)
{
    json_t *o = json_object(), *ms = json_array();
    put(o, "id", e->id);
    json_object_set_new(o, "gdelt_id", json_integer((json_int_t)e->gid));
    put(o, "date", e->date);
    /* the first mention's article: every event row names where it comes from */
    json_object_set_new(o, "article_id", json_integer(e->m[0].article_id));
    put(o, "input", e->m[0].input);
    put(o, "url", e->m[0].url);
    put(o, "src_code", e->src_code);
    put(o, "src_name", e->src_name);
    put(o, "tgt_code", e->tgt_code);
    put(o, "tgt_name", e->tgt_name);
    put(o, "code", e->code);
    put(o, "root", e->root);
    put(o, "kind", e->kind);
    put(o, "place", e->place);
    json_object_set_new(o, "goldstein", json_real(e->goldstein));
    json_object_set_new(o, "quad", json_integer(e->quad));
    json_object_set_new(o, "mentions", json_integer(e->mentions));
    json_object_set_new(o, "articles", json_integer(e->articles));
    json_object_set_new(o, "independent_outlets", json_integer(e->outlets));
    json_object_set_new(o, "contested", json_boolean(e->contested));
    put(o, "sides", e->sides);
    json_object_set_new(o, "denials", denials_json(e->denials, e->ndenials));
    for (size_t k = 0; k < e->nm; k++) {
        const tc_mention_row *m = &e->m[k];
        json_t *x = json_object();
        json_object_set_new(x, "article_id", json_integer(m->article_id));
        json_object_set_new(x, "sentence", json_integer(m->sentence_idx + 1));
        put(x, "input", m->input);
        put(x, "url", m->url);
        put(x, "outlet", m->outlet);
        put(x, "date", m->date);
        put(x, "src_code", m->src_code);
        put(x, "tgt_code", m->tgt_code);
        put(x, "code", m->code);
        json_object_set_new(x, "exact_copy", json_boolean(m->copy));
        json_object_set_new(x, "copy_of", json_integer(m->copy_of));
        put(x, "text", m->sentence);
        json_array_append_new(ms, x);
    }
    json_object_set_new(o, "mention_list", ms);
    return o;
}

int tc_mention_print_json(FILE *out, const tc_story_view *v)
{
    json_t *o = json_object(), *evs = json_array();
    json_object_set_new(o, "id", json_integer(v->id));
    put(o, "title", v->title);
    put(o, "first", v->first);
    put(o, "last", v->last);
    json_object_set_new(o, "articles", json_integer(v->articles));
    json_object_set_new(o, "copies", json_integer(v->copies));
    json_object_set_new(o, "outlets", json_integer(v->outlets));
    json_object_set_new(o, "independent_outlets", json_integer(v->independent));
    put(o, "outlet_list", v->outlet_list);
    for (size_t i = 0; i < v->nev; i++) json_array_append_new(evs, event_json(&v->ev[i]));
    json_object_set_new(o, "events", evs);
    json_object_set_new(o, "unlinked_claims", denials_json(v->unlinked, v->nunlinked));
    int rc = json_dumpf(o, out, JSON_COMPACT);
    fputc('\n', out);
    json_decref(o);
    return rc == 0 ? TC_OK : TC_EIO;
}
