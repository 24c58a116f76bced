/* actors: the actor dictionary and the per-sentence scan.
 *
 * Loading: every name of every entry is tokenised like article text and indexed by the norm
 * of its first token; the patterns under one first token are kept longest first. A pattern
 * carries the ids of the entries that use that exact name (a person's dated roles).
 *
 * Scanning a sentence is one pass: at each token the longest pattern that matches (norms and
 * case rules) becomes a raw match; raw matches that touch (or are joined by 's, or by
 * in/of after an agent) form one mention, resolved to a code as docs/dictionaries.md says.
 * The v0 matcher is a hash lookup per token; the compiled multi-literal matcher replaces
 * this loop later without changing the contract. */
#include "actors.h"

#include "file.h"
#include "hash.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ISO_JSON "/usr/share/iso-codes/json/iso_3166-1.json"

enum { CASE_ANY, CASE_CAP, CASE_UPPER };

typedef struct {
    tc_actor_kind kind;
    char code[32];
    const char *name; /* canonical name, in the dictionary arena */
    int32_t from, to; /* yyyymmdd, 0 when open */
} entry;

typedef struct pattern {
    uint32_t ntok;
    const char **norms;
    uint8_t *rules;
    uint32_t *ids;
    uint32_t nids;
    struct pattern *next; /* same first token, not longer than this one */
} pattern;

struct tc_actors {
    tc_arena *mem;  /* names, norms, patterns */
    entry *entries;
    size_t n, cap;
    tc_map *first;  /* first-token norm -> pattern list */
    tc_map *states; /* alpha-3 -> canonical name */
};

static const struct {
    const char *word;
    tc_actor_kind kind;
} kinds[] = {
    {"country", TC_KIND_COUNTRY}, {"adj", TC_KIND_ADJ},       {"people", TC_KIND_COUNTRY},
    {"metonym", TC_KIND_METONYM}, {"region", TC_KIND_REGION}, {"igo", TC_KIND_IGO},
    {"ngo", TC_KIND_NGO},         {"group", TC_KIND_GROUP},   {"ethnic", TC_KIND_ETHNIC},
    {"person", TC_KIND_PERSON},   {"agent", TC_KIND_AGENT},   {"discard", TC_KIND_DISCARD},
};

static int case_rule(const tc_token *t, const char *text)
{
    if (!(t->flags & TC_TOK_WORD))
        return CASE_ANY;
    if ((t->flags & TC_TOK_UPPER) && t->len <= 3 && !memchr(text + t->off, '.', t->len))
        return CASE_UPPER; /* "US", "WHO": never "us" or "Who"; longer ones also as "Nato" */
    if (t->flags & (TC_TOK_CAP | TC_TOK_UPPER))
        return CASE_CAP;
    return CASE_ANY;
}

static uint32_t add_entry(tc_actors *d, tc_actor_kind kind, const char *code, const char *name,
                          int32_t from, int32_t to)
{
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 1024;
        d->entries = tc_xrealloc(d->entries, d->cap * sizeof *d->entries);
    }
    entry *e = &d->entries[d->n];
    e->kind = kind;
    snprintf(e->code, sizeof e->code, "%s", code);
    e->name = name;
    e->from = from;
    e->to = to;
    return (uint32_t)d->n++;
}

static int same_pattern(const pattern *p, const tc_token *toks, size_t n, const uint8_t *rules)
{
    if (p->ntok != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (p->rules[i] != rules[i] || strcmp(p->norms[i], toks[i].norm) != 0)
            return 0;
    return 1;
}

/* Indexes one name (s[0..len)) for entry id. */
static void add_name(tc_actors *d, const char *s, size_t len, uint32_t id)
{
    size_t n;
    tc_token *toks = tc_text_tokens(s, len, d->mem, &n);
    if (n == 0 || n > 255)
        return;
    uint8_t *rules = tc_arena_alloc(d->mem, n);
    for (size_t i = 0; i < n; i++) rules[i] = (uint8_t)case_rule(&toks[i], s);
    pattern *head = tc_map_get(d->first, toks[0].norm, toks[0].nlen);
    for (pattern *p = head; p; p = p->next) {
        if (same_pattern(p, toks, n, rules)) {
            uint32_t *ids = tc_arena_alloc(d->mem, (p->nids + 1) * sizeof *ids);
            memcpy(ids, p->ids, p->nids * sizeof *ids);
            ids[p->nids++] = id;
            p->ids = ids;
            return;
        }
    }
    pattern *p = tc_arena_calloc(d->mem, 1, sizeof *p);
    p->ntok = (uint32_t)n;
    p->norms = tc_arena_alloc(d->mem, n * sizeof *p->norms);
    for (size_t i = 0; i < n; i++) p->norms[i] = toks[i].norm;
    p->rules = rules;
    p->ids = tc_arena_alloc(d->mem, sizeof *p->ids);
    p->ids[0] = id;
    p->nids = 1;
    pattern **pp = &head;
    while (*pp && (*pp)->ntok > p->ntok) pp = &(*pp)->next;
    p->next = *pp;
    *pp = p;
    tc_map_put(d->first, p->norms[0], strlen(p->norms[0]), head);
}

static int32_t parse_ymd(const char *s, size_t n)
{
    int y, m, dd;
    if (n != 10 || sscanf(s, "%4d-%2d-%2d", &y, &m, &dd) != 3 || m < 1 || m > 12 || dd < 1 ||
        dd > 31)
        return -1;
    return y * 10000 + m * 100 + dd;
}

/* "@FROM..TO" with open ends; returns 0 or -1. */
static int parse_range(const char *s, int32_t *from, int32_t *to)
{
    const char *dots = strstr(s, "..");
    if (*s != '@' || !dots)
        return -1;
    size_t fl = (size_t)(dots - s - 1), tl = strlen(dots + 2);
    while (tl && (dots[2 + tl - 1] == ' ' || dots[2 + tl - 1] == '\t')) tl--;
    *from = fl ? parse_ymd(s + 1, fl) : 0;
    *to = tl ? parse_ymd(dots + 2, tl) : 0;
    if (*from < 0 || *to < 0 || (*from && *to && *from > *to))
        return -1;
    return 0;
}

static const char *trim(char *s, char **end)
{
    while (*s == ' ' || *s == '\t') s++;
    char *e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
    *e = 0;
    if (end)
        *end = e;
    return s;
}

static void diag_line(tc_diag_fn diag, void *dctx, const char *path, int line, const char *why)
{
    if (!diag)
        return;
    char where[4200];
    snprintf(where, sizeof where, "%s:%d", path, line);
    tc_diag d = {where, "dictionary", TC_EPARSE, why};
    diag(&d, dctx);
}

/* One line of our format: KIND CODE names [@FROM..TO]. Returns NULL or why it is bad. */
static const char *parse_line(tc_actors *d, char *line)
{
    char *hash = strchr(line, '#');
    if (hash)
        *hash = 0;
    char kind_w[16], code[32];
    int used = 0;
    if (sscanf(line, " %15s %31s %n", kind_w, code, &used) < 2 || used == 0)
        return "expected: KIND CODE name | name ... [@FROM..TO]";
    size_t k = 0;
    while (k < sizeof kinds / sizeof kinds[0] && strcmp(kinds[k].word, kind_w) != 0) k++;
    if (k == sizeof kinds / sizeof kinds[0])
        return "unknown kind";
    char *names = line + used;
    int32_t from = 0, to = 0;
    char *at = strchr(names, '@');
    if (at) {
        if (parse_range(at, &from, &to) < 0)
            return "bad date range (want @YYYY-MM-DD..YYYY-MM-DD, FROM <= TO)";
        *at = 0;
    }
    tc_actor_kind kind = kinds[k].kind;
    if ((kind == TC_KIND_COUNTRY || kind == TC_KIND_ADJ || kind == TC_KIND_AGENT) &&
        strlen(code) != 3)
        return "a country, adj, people or agent code has 3 letters";
    const char *canon = NULL;
    for (char *tok = strtok(names, "|"); tok; tok = strtok(NULL, "|")) {
        const char *name = trim(tok, NULL);
        if (!*name)
            continue;
        name = tc_arena_strndup(d->mem, name, strlen(name));
        if (!canon)
            canon = name;
        if (!strcmp(kind_w, "country") && canon == name)
            tc_map_put(d->states, tc_arena_strndup(d->mem, code, 3), 3, (void *)name);
        add_name(d, name, strlen(name), add_entry(d, kind, code, canon, from, to));
    }
    return canon ? NULL : "no name";
}

static int load_ours(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx, tc_err *err)
{
    size_t len;
    char *buf = tc_file_read(path, 0, &len, err);
    if (!buf)
        return err ? err->code : TC_EIO;
    int lineno = 0;
    for (char *line = buf, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = 0;
        lineno++;
        char *e;
        char *s = (char *)trim(line, &e);
        if (!*s || *s == '#')
            continue;
        const char *why = parse_line(d, s);
        if (why)
            diag_line(diag, dctx, path, lineno, why);
    }
    free(buf);
    return TC_OK;
}

static void add_iso_name(tc_actors *d, json_t *c, const char *field, const char *code,
                         const char *canon)
{
    const char *s = json_string_value(json_object_get(c, field));
    if (!s || strstr(s, ", "))
        return; /* "Korea, Republic of": inverted forms are not how news writes */
    s = tc_arena_strndup(d->mem, s, strlen(s));
    add_name(d, s, strlen(s), add_entry(d, TC_KIND_COUNTRY, code, canon, 0, 0));
}

static int load_iso(tc_actors *d, const char *path, tc_err *err)
{
    json_error_t jerr;
    json_t *root = json_load_file(path, 0, &jerr);
    json_t *list = json_object_get(root, "3166-1");
    if (!json_is_array(list)) {
        json_decref(root);
        return tc_err_set(err, TC_EPARSE, "%s: %s", path,
                          root ? "no \"3166-1\" list" : jerr.text);
    }
    size_t i;
    json_t *c;
    json_array_foreach(list, i, c) {
        const char *code = json_string_value(json_object_get(c, "alpha_3"));
        const char *name = json_string_value(json_object_get(c, "common_name"));
        if (!name)
            name = json_string_value(json_object_get(c, "name"));
        if (!code || !name || strlen(code) != 3)
            continue;
        const char *canon = tc_arena_strndup(d->mem, name, strlen(name));
        const char *key = tc_arena_strndup(d->mem, code, 3);
        tc_map_put(d->states, key, 3, (void *)canon);
        add_iso_name(d, c, "name", key, canon);
        add_iso_name(d, c, "official_name", key, canon);
        add_iso_name(d, c, "common_name", key, canon);
    }
    json_decref(root);
    return TC_OK;
}

tc_actors *tc_actors_new(void)
{
    tc_actors *d = tc_xcalloc(1, sizeof *d);
    d->mem = tc_arena_new(1 << 20);
    d->first = tc_map_new(8192);
    d->states = tc_map_new(512);
    return d;
}

int tc_actors_add(tc_actors *d, tc_actor_kind kind, const char *code, const char *name,
                  int32_t from, int32_t to, tc_err *err)
{
    size_t len = strlen(name);
    if ((kind == TC_KIND_COUNTRY || kind == TC_KIND_ADJ || kind == TC_KIND_AGENT) &&
        strlen(code) != 3)
        return tc_err_set(err, TC_EPARSE, "%s: a country, adj or agent code has 3 letters", code);
    if (from && to && from > to)
        return tc_err_set(err, TC_EPARSE, "%s: date range ends before it starts", name);
    if (!len || (unsigned)kind >= TC_KIND_COUNT)
        return tc_err_set(err, TC_EPARSE, "empty name or unknown kind");
    const char *copy = tc_arena_strndup(d->mem, name, len);
    add_name(d, copy, len, add_entry(d, kind, code, copy, from, to));
    return TC_OK;
}

int tc_actors_load_file(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx,
                        tc_err *err)
{
    return load_ours(d, path, diag, dctx, err);
}

tc_actors *tc_actors_load(const char *datadir, const char *iso_json, tc_diag_fn diag,
                          void *dctx, tc_err *err)
{
    tc_actors *d = tc_actors_new();
    char path[4096];
    snprintf(path, sizeof path, "%s/actors.txt", datadir);
    if (load_iso(d, iso_json ? iso_json : ISO_JSON, err) < 0 ||
        load_ours(d, path, diag, dctx, err) < 0) {
        tc_actors_free(d);
        return NULL;
    }
    return d;
}

void tc_actors_free(tc_actors *d)
{
    if (!d)
        return;
    tc_map_free(d->first);
    tc_map_free(d->states);
    tc_arena_free(d->mem);
    free(d->entries);
    free(d);
}

size_t tc_actors_count(const tc_actors *d)
{
    return d->n;
}

/* ---- scanning ---- */

typedef struct {
    uint32_t tok0, ntok;
    const entry *e;
    int country_only; /* a person outside every dated role: only the state is known */
} raw_match;

static int token_fits(const tc_token *t, const char *norm, int rule)
{
    if (strcmp(t->norm, norm) != 0)
        return 0;
    if (rule == CASE_UPPER)
        return (t->flags & TC_TOK_UPPER) != 0;
    if (rule == CASE_CAP)
        return (t->flags & (TC_TOK_CAP | TC_TOK_UPPER)) != 0;
    return 1;
}

static int32_t date_key(const char *date)
{
    return date && *date ? parse_ymd(date, strlen(date)) : 0;
}

static int covers(const entry *e, int32_t day)
{
    return (!e->from || day >= e->from) && (!e->to || day <= e->to);
}

/* Picks the entry of p for the day (0: unknown): a covering range, else an undated entry,
 * else the role nearest in time (country only). */
static const entry *pick(const tc_actors *d, const pattern *p, int32_t day, int *country_only)
{
    const entry *undated = NULL, *nearest = NULL;
    int32_t best = INT32_MAX;
    *country_only = 0;
    for (uint32_t i = 0; i < p->nids; i++) {
        const entry *e = &d->entries[p->ids[i]];
        if (!e->from && !e->to) {
            if (!undated)
                undated = e;
            continue;
        }
        if (day && covers(e, day))
            return e;
        int32_t dist = !day ? (e->to ? 99999999 - e->to : 0)
                            : (e->to && day > e->to ? day - e->to : e->from - day);
        if (dist < best) {
            best = dist;
            nearest = e;
        }
    }
    if (undated)
        return undated;
    *country_only = day != 0;
    return nearest;
}

static size_t raw_scan(const tc_actors *d, const tc_text *t, const tc_sentence *s, int32_t day,
                       raw_match *out)
{
    size_t n = 0;
    uint32_t end = s->tok0 + s->ntok;
    for (uint32_t i = s->tok0; i < end;) {
        const pattern *p = tc_map_get(d->first, t->toks[i].norm, t->toks[i].nlen);
        for (; p; p = p->next) {
            if (i + p->ntok > end)
                continue;
            uint32_t k = 0;
            while (k < p->ntok && token_fits(&t->toks[i + k], p->norms[k], p->rules[k])) k++;
            if (k == p->ntok)
                break;
        }
        if (!p) {
            i++;
            continue;
        }
        int country_only;
        const entry *e = pick(d, p, day, &country_only);
        /* "Russian-led", "Iran-backed", "Armenian-American": a modifier, not an actor. */
        int modifier = i + p->ntok < end && t->toks[i + p->ntok].nlen == 1 &&
                       t->toks[i + p->ntok].norm[0] == '-';
        if (e && e->kind != TC_KIND_DISCARD && !modifier)
            out[n++] = (raw_match){i, p->ntok, e, country_only};
        i += p->ntok;
    }
    return n;
}

typedef struct {
    uint32_t tok0, tok_end;
    const raw_match *base, *agent, *person, *adj;
    const raw_match *group; /* ethnic or religious group qualifying a state ("Christian") */
} chunk;

static int is_base(tc_actor_kind k)
{
    return k == TC_KIND_COUNTRY || k == TC_KIND_METONYM || k == TC_KIND_REGION ||
           k == TC_KIND_IGO || k == TC_KIND_NGO || k == TC_KIND_GROUP || k == TC_KIND_ETHNIC;
}

static int word_is(const tc_token *t, const char *w)
{
    return strcmp(t->norm, w) == 0;
}

/* May raw match r extend chunk c? (gap = tokens between them) */
static int joins(const tc_text *t, const chunk *c, const raw_match *r)
{
    uint32_t gap = r->tok0 - c->tok_end;
    tc_actor_kind k = r->e->kind;
    int has_state = c->base || c->adj || c->person;
    if (c->person)
        return 0;
    if (gap == 0) {
        /* "Armenian Christians", "Christian Armenians": a state qualified by a group. */
        int base_is_group = c->base && c->base->e->kind == TC_KIND_ETHNIC;
        if (k == TC_KIND_ETHNIC && has_state && !c->group && !c->agent)
            return 1;
        if (k == TC_KIND_COUNTRY && base_is_group && !c->adj && !c->group && !c->agent)
            return 1;
        return k == TC_KIND_AGENT || k == TC_KIND_PERSON || (!has_state && is_base(k));
    }
    const tc_token *g = &t->toks[c->tok_end];
    if (gap == 1 && (g->flags & TC_TOK_CLITIC) && word_is(g, "'s"))
        return has_state && (k == TC_KIND_AGENT || k == TC_KIND_PERSON);
    if (!c->agent || has_state || !is_base(k) || gap > 2)
        return 0;
    if (!word_is(g, "in") && !word_is(g, "of") && !word_is(g, "from"))
        return 0;
    return gap == 1 || word_is(g + 1, "the");
}

static void add_to_chunk(chunk *c, const raw_match *r)
{
    switch (r->e->kind) {
    case TC_KIND_AGENT:
        if (!c->agent)
            c->agent = r;
        break;
    case TC_KIND_PERSON: c->person = r; break;
    case TC_KIND_ADJ: c->adj = r; break;
    case TC_KIND_ETHNIC:
        if (c->base || c->adj)
            c->group = r;
        else
            c->base = r;
        break;
    default:
        if (c->base && c->base->e->kind == TC_KIND_ETHNIC) {
            c->group = c->base;
            c->base = r;
        } else if (!c->base) {
            c->base = r;
        }
    }
    c->tok_end = r->tok0 + r->ntok;
}

/* The code of a finished chunk; returns 0 when the chunk is no actor (a lone adjective). */
static int resolve(const tc_actors *d, const chunk *c, tc_mention *m)
{
    const raw_match *state = c->base ? c->base : c->adj;
    const char *agent = c->agent ? c->agent->e->code : NULL;
    m->tok0 = c->tok0;
    m->ntok = c->tok_end - c->tok0;
    if (c->person) {
        const entry *p = c->person->e;
        snprintf(m->code, sizeof m->code, "%.*s", c->person->country_only ? 3 : 31, p->code);
        m->name = p->name;
        m->kind = TC_KIND_PERSON;
        return 1;
    }
    if (!state) {
        if (!agent)
            return 0;
        snprintf(m->code, sizeof m->code, "---%.28s", agent);
        m->name = c->agent->e->name;
        m->kind = TC_KIND_AGENT;
        return 1;
    }
    if (state == c->adj && !agent && !c->group)
        return 0; /* "Armenian genocide": an adjective alone is no actor */
    const entry *e = state->e;
    int national = e->kind == TC_KIND_COUNTRY || e->kind == TC_KIND_ADJ ||
                   e->kind == TC_KIND_METONYM;
    const char *group = c->group ? c->group->e->code : "";
    /* A metonym carries its own agent ("Yerevan" = ARMGOV) unless one is named. */
    const char *own_agent = e->kind == TC_KIND_METONYM && strlen(e->code) > 3 ? e->code + 3 : "";
    if (national)
        snprintf(m->code, sizeof m->code, "%.3s%.14s%.3s", e->code, group,
                 agent ? agent : own_agent);
    else if (e->kind == TC_KIND_ETHNIC && agent)
        snprintf(m->code, sizeof m->code, "%.28s%.3s", e->code, agent); /* "Kurdish forces" */
    else
        snprintf(m->code, sizeof m->code, "%s", e->code);
    /* A state is shown by its common name ("Russia"), whatever name the text used. */
    const char *state_name = e->kind == TC_KIND_COUNTRY || e->kind == TC_KIND_ADJ
                                 ? tc_map_get(d->states, e->code, 3)
                                 : NULL;
    m->name = state_name ? state_name : e->name;
    m->kind = e->kind == TC_KIND_ADJ ? TC_KIND_COUNTRY : e->kind;
    return 1;
}

size_t tc_actors_scan(const tc_actors *d, const tc_text *t, uint32_t sent, const char *date,
                      tc_arena *a, tc_mention **out)
{
    const tc_sentence *s = &t->sents[sent];
    *out = NULL;
    if (s->ntok == 0)
        return 0;
    raw_match *raw = tc_arena_alloc(a, s->ntok * sizeof *raw);
    size_t nraw = raw_scan(d, t, s, date_key(date), raw);
    if (nraw == 0)
        return 0;
    tc_mention *m = tc_arena_alloc(a, nraw * sizeof *m);
    size_t nm = 0;
    chunk c = {0};
    for (size_t i = 0; i <= nraw; i++) {
        if (i < nraw && c.tok_end && joins(t, &c, &raw[i])) {
            add_to_chunk(&c, &raw[i]);
            continue;
        }
        if (c.tok_end && resolve(d, &c, &m[nm]))
            nm++;
        if (i < nraw) {
            c = (chunk){.tok0 = raw[i].tok0};
            add_to_chunk(&c, &raw[i]);
        }
    }
    *out = m;
    return nm;
}
