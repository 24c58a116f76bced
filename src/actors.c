/* actors: the actor dictionary: loading it, the dates of offices, and what the tools ask of it
 * (tc_actors_entry, tc_actors_explain, tc_actors_each_name). The per-sentence scan is in
 * actors_match.c (the matcher), actors_chunk.c (mentions and their codes, tc_actors_scan_ex),
 * actors_people.c (people of no state, states' own bodies, the gazetteer's places) and
 * actors_unknown.c (names no dictionary knows); references across an article are in
 * actors_refs.c, what common nouns tell in nouns.c.
 *
 * Loading: iso-codes, data/actors.txt, then the generated data/actors-facts-*.txt (their
 * entries marked generated; the fact source of each line is read again only for the tools),
 * each file mapped read-only, then the nouns (src/nouns.h). Every name of every entry is
 * tokenised like article text and indexed by the norm of its first token, or of its first
 * two (names whose first word is a stem, "syri*", in a map of their own); the patterns under
 * one key are kept longest first. A pattern carries the ids of the entries that use that
 * exact name (a person's dated roles). A 64 Kbit filter of the first tokens spares most text
 * tokens the map lookup.
 *
 * Scanning a sentence is one pass: at each token the longest pattern that matches (norms and
 * case rules) becomes a raw match; capitals that only qualify a thing are hidden; raw
 * matches that touch (or are joined by 's, or by in/of after an agent) form one mention,
 * which a phrase of common nouns may extend (the generic actors), resolved to a code as
 * docs/dictionaries.md says (entries of other formats, TC_KIND_ACTOR, combine with agents
 * PETRARCH's way). Asked for, the runs of capitalised words no match covers become mentions
 * of names no dictionary knows. */
#include "actors.h"

#include "actors_int.h"
#include "file.h"
#include "gazetteer.h"
#include "hash.h"
#include "nouns.h"

#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>

#define ISO_JSON "/usr/share/iso-codes/json/iso_3166-1.json"

/* A cheap hash of a token's norm: most tokens of a text start no name, and one bit test
 * in a small table (it stays in L1) spares them the map lookup. */
uint32_t tc_actors_filter_bit(const char *norm, uint32_t len)
{
    if (!len) return 0;
    const unsigned char *u = (const unsigned char *)norm;
    uint32_t h =
        len | (uint32_t)u[0] << 8 | (uint32_t)u[len / 2] << 16 | (uint32_t)u[len - 1] << 24;
    h ^= (uint32_t)u[len > 1] * 0x3d4d51cbu;
    h *= 0x9e3779b1u;
    return h >> 16;
}
static const struct {
    const char *word;
    tc_actor_kind kind;
} kinds[] = {
    {"country", TC_KIND_COUNTRY}, {"adj", TC_KIND_ADJ},       {"people", TC_KIND_COUNTRY},
    {"metonym", TC_KIND_METONYM}, {"region", TC_KIND_REGION}, {"igo", TC_KIND_IGO},
    {"ngo", TC_KIND_NGO},         {"group", TC_KIND_GROUP},   {"ethnic", TC_KIND_ETHNIC},
    {"person", TC_KIND_PERSON},   {"agent", TC_KIND_AGENT},   {"discard", TC_KIND_DISCARD},
};

static const char *const kind_names[TC_KIND_COUNT] = {
    [TC_KIND_COUNTRY] = "country", [TC_KIND_ADJ] = "adj",         [TC_KIND_METONYM] = "metonym",
    [TC_KIND_REGION] = "region",   [TC_KIND_IGO] = "igo",         [TC_KIND_NGO] = "ngo",
    [TC_KIND_GROUP] = "group",     [TC_KIND_ETHNIC] = "ethnic",   [TC_KIND_PERSON] = "person",
    [TC_KIND_AGENT] = "agent",     [TC_KIND_DISCARD] = "discard", [TC_KIND_ACTOR] = "actor",
    [TC_KIND_UNKNOWN] = "unknown",
};

const char *tc_actors_kind_name(tc_actor_kind kind)
{
    return (unsigned)kind < TC_KIND_COUNT ? kind_names[kind] : "?";
}

/* Does token t, not in capitals, have a capital after its first letter ("HaN", "McCain")? */
int tc_actors_inner_capital(const tc_token *t, const char *text)
{
    if (t->flags & TC_TOK_UPPER) return 0;
    for (uint32_t k = 1; k < t->len; k++) /* not after an apostrophe: "O'Brien", "D'Ivoire" */
        if (text[t->off + k] >= 'A' && text[t->off + k] <= 'Z' && text[t->off + k - 1] != '\'')
            return 1;
    return 0;
}

static int case_rule(const tc_token *t, const char *text)
{
    if (!(t->flags & TC_TOK_WORD)) return CASE_ANY;
    if ((t->flags & TC_TOK_UPPER) && t->len <= 3 && !memchr(text + t->off, '.', t->len))
        return CASE_UPPER; /* "US", "WHO": never "us" or "Who"; longer ones also as "Nato" */
    if (tc_actors_inner_capital(t, text)) return CASE_MIXED;
    if (t->flags & (TC_TOK_CAP | TC_TOK_UPPER)) return CASE_CAP;
    return CASE_ANY;
}

enum { HUGE_PAGE = 2 << 20 };

/* Room for twice d's entries (1024 at first). Past a megabyte the array is allocated by huge
 * pages where the kernel gives them on request (transparent huge pages in "madvise" mode):
 * 30,000 entries, 2 MB, would otherwise come one 4 KB page fault at a time, and on a virtual
 * machine faults are most of a load's time. */
static void grow_entries(tc_actors *d)
{
    size_t cap = d->cap ? d->cap * 2 : 1024, bytes = cap * sizeof *d->entries;
    if (bytes < HUGE_PAGE / 2) {
        d->entries = tc_xrealloc(d->entries, bytes);
        d->cap = cap;
        return;
    }
    bytes = (bytes + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
    entry *e = aligned_alloc(HUGE_PAGE, bytes);
    if (!e) e = tc_xmalloc(bytes);
#ifdef MADV_HUGEPAGE
    madvise(e, bytes, MADV_HUGEPAGE);
#endif
    if (d->n) memcpy(e, d->entries, d->n * sizeof *e);
    free(d->entries);
    d->entries = e;
    d->cap = bytes / sizeof *e;
}

static uint32_t add_entry(tc_actors *d, tc_actor_kind kind, const char *code, const char *name,
                          int32_t from, int32_t to)
{
    if (d->n == d->cap) grow_entries(d);
    entry *e = &d->entries[d->n];
    memset(e, 0, sizeof *e);
    e->kind = (uint8_t)kind;
    size_t len = strlen(code);
    if (kind == TC_KIND_AGENT && len > 1 && (code[0] == '~' || code[len - 1] == '~')) {
        e->prefix = code[0] != '~';
        snprintf(e->code, sizeof e->code, "%.*s", (int)len - 1, code + !e->prefix);
    } else {
        size_t n = len < sizeof e->code ? len : sizeof e->code - 1;
        memcpy(e->code, code, n); /* not snprintf: 30,000 entries load in milliseconds */
        e->code[n] = 0;
    }
    e->name = name;
    e->from = from;
    e->to = to;
    e->file = d->file ? d->file : "";
    e->line = d->line;
    e->generated = (uint8_t)d->generated;
    return (uint32_t)d->n++;
}

static int same_pattern(const pattern *p, const tc_token *toks, size_t n, const uint8_t *rules)
{
    if (p->ntok != n) return 0;
    /* last word first: the first ones are the key of p's list, shared by all of it */
    for (size_t i = n; i-- > 0;)
        if (p->rules[i] != rules[i] || strcmp(p->norms[i], toks[i].norm) != 0) return 0;
    return 1;
}

/* Rules of the tokens of a name; a '*' glued to a word makes it a stem ("syri*": Syria,
 * Syrian) and is dropped. Returns the number of tokens left. */
static size_t name_rules(tc_token *toks, size_t n, const char *s, uint8_t *rules)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        const tc_token *t = &toks[i];
        if (w && t->nlen == 1 && t->norm[0] == '*' && (toks[w - 1].flags & TC_TOK_WORD) &&
            toks[w - 1].off + toks[w - 1].len == t->off) {
            rules[w - 1] |= STEM;
            continue;
        }
        toks[w] = *t;
        rules[w++] = (uint8_t)case_rule(t, s);
    }
    return w;
}

uint32_t tc_actors_pair_bit(uint32_t first, uint32_t second)
{
    return (first * 0x9e37u + second) % FILTER_BITS;
}

int tc_actors_has_bit(const uint64_t *f, uint32_t bit)
{
    return f[bit / 64] >> (bit % 64) & 1;
}

/* The key of the pairs map for two tokens ("first\x1fsecond") into buf[PAIR_MAX]; its length,
 * 0 when it does not fit. */
size_t tc_actors_pair_key(char *buf, const tc_token *a, const tc_token *b)
{
    if (a->nlen + b->nlen + 1 > PAIR_MAX) return 0;
    memcpy(buf, a->norm, a->nlen);
    buf[a->nlen] = 0x1f;
    memcpy(buf + a->nlen + 1, b->norm, b->nlen);
    return a->nlen + 1 + b->nlen;
}

static int ascii_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The tokens of a name of ASCII letters, single blanks and hyphens between letters ("Keir
 * Starmer", "Abd-al-Fattah al-Burhan"), as tc_text_tokens would give them, without its
 * sentence machinery: most names of the generated files are so, and they are 30,000. NULL
 * when the name has anything else (the tokeniser decides). */
static tc_token *plain_tokens(const char *s, size_t len, tc_arena *a, size_t *n)
{
    size_t ntok = 1;
    if (!len || !ascii_letter(s[0]) || !ascii_letter(s[len - 1])) return NULL;
    for (size_t i = 1; i + 1 < len; i++) {
        if (ascii_letter(s[i])) continue;
        if (s[i] == ' ' && s[i + 1] != ' ' && s[i + 1] != '-' && s[i - 1] != '-')
            ntok++;
        else if (s[i] == '-' && ascii_letter(s[i - 1]) && ascii_letter(s[i + 1]))
            ntok += 2; /* "Self-Defense": self, -, defense */
        else
            return NULL;
    }
    tc_token *t = tc_arena_alloc(a, ntok * sizeof *t);
    char *norm = tc_arena_alloc(a, len + 1);
    size_t k = 0;
    for (size_t i = 0; i < len;) {
        if (s[i] == ' ') {
            i++;
            continue;
        }
        if (s[i] == '-') { /* its norm is static: norm[i] ends the word before */
            t[k++] = (tc_token){(uint32_t)i, 1, "-", 1, TC_TOK_PUNCT};
            i++;
            continue;
        }
        size_t j = i;
        int upper = 1;
        for (; j < len && ascii_letter(s[j]); j++) {
            upper &= s[j] < 'a';
            norm[j] = s[j] < 'a' ? (char)(s[j] + 32) : s[j];
        }
        norm[j] = 0; /* each word's norm ends where its blank or hyphen was */
        t[k++] =
            (tc_token){(uint32_t)i, (uint32_t)(j - i), norm + i, (uint32_t)(j - i),
                       TC_TOK_WORD | (s[i] < 'a' ? TC_TOK_CAP : 0) | (upper ? TC_TOK_UPPER : 0)};
        i = j;
    }
    *n = k;
    return t;
}

/* A new pattern of the tokens of a name and their rules, with its key, in one block of d's
 * memory (most names are added once: one allocation each). */
static pattern *new_pattern(tc_actors *d, const tc_token *toks, size_t n, const uint8_t *rules,
                            const char *key, size_t klen, const char **stored_key)
{
    size_t bytes = klen + 1;
    for (size_t i = 0; i < n; i++) bytes += toks[i].nlen + 1;
    size_t head = sizeof(pattern) + n * sizeof(const char *) + 2 * sizeof(uint32_t);
    char *mem = tc_arena_alloc(d->mem, head + n + bytes);
    pattern *p = (pattern *)mem;
    memset(p, 0, sizeof *p);
    p->norms = (const char **)(mem + sizeof(pattern));
    p->ids = (uint32_t *)(mem + sizeof(pattern) + n * sizeof(const char *));
    p->rules = (uint8_t *)(mem + head);
    char *w = mem + head + n;
    memcpy(p->rules, rules, n);
    for (size_t i = 0; i < n; i++) {
        memcpy(w, toks[i].norm, toks[i].nlen);
        w[toks[i].nlen] = 0;
        p->norms[i] = w;
        w += toks[i].nlen + 1;
    }
    memcpy(w, key, klen);
    w[klen] = 0;
    *stored_key = w;
    p->ntok = (uint32_t)n;
    return p;
}

/* Adds entry id to pattern p (room for two ids in its block, doubling after that). */
static void add_id(tc_actors *d, pattern *p, uint32_t id)
{
    if (p->nids >= 2 && (p->nids & (p->nids - 1)) == 0) {
        uint32_t *ids = tc_arena_alloc(d->mem, 2 * p->nids * sizeof *ids);
        memcpy(ids, p->ids, p->nids * sizeof *ids);
        p->ids = ids;
    }
    p->ids[p->nids++] = id;
}

/* Indexes one name (s[0..len)) for entry id. */
static void add_name(tc_actors *d, const char *s, size_t len, uint32_t id)
{
    size_t n;
    tc_arena_reset(d->scratch);
    tc_token *toks = plain_tokens(s, len, d->scratch, &n);
    if (!toks) toks = tc_text_tokens(s, len, d->scratch, &n);
    if (n == 0 || n > 255) return;
    uint8_t rules[256];
    n = name_rules(toks, n, s, rules);
    if (n == 0) return;
    /* Names of two words or more are indexed by their first two: the first alone ("national",
     * "lord", "john") begins hundreds of names, and a list that long is walked per token. */
    int paired = !(rules[0] & STEM) && n >= 2 && !(rules[1] & STEM) &&
                 toks[0].nlen + toks[1].nlen + 1 <= PAIR_MAX;
    tc_map *index = rules[0] & STEM ? d->stems : paired ? d->pairs : d->first;
    char buf[PAIR_MAX];
    const char *key = toks[0].norm;
    size_t klen = toks[0].nlen;
    if (paired) {
        klen = tc_actors_pair_key(buf, &toks[0], &toks[1]);
        key = buf;
    }
    pattern *head = tc_map_get(index, key, klen);
    for (pattern *p = head; p; p = p->next) {
        if (same_pattern(p, toks, n, rules)) {
            add_id(d, p, id);
            return;
        }
    }
    /* A generated group's name in capitals that no hand-written name has ("VICTORIA", "ELAM":
     * Party Facts' short names) matches a capitalised word only when that is no common word;
     * the hand-written ones and the IGOs' always do ("Nato", "Unesco"). */
    if (d->entries[id].generated && d->entries[id].kind == TC_KIND_GROUP)
        for (size_t k = 0; k < n; k++)
            if ((toks[k].flags & TC_TOK_UPPER) && (rules[k] & CASE_MASK) == CASE_CAP)
                rules[k] |= COMMON_UPPER;
    for (pattern *p = head; p; p = p->next) {
        if (same_pattern(p, toks, n, rules)) {
            add_id(d, p, id);
            return;
        }
    }
    const char *stored;
    pattern *p = new_pattern(d, toks, n, rules, key, klen, &stored);
    p->ids[0] = id;
    p->nids = 1;
    pattern **pp = &head;
    while (*pp && (*pp)->ntok > p->ntok) pp = &(*pp)->next;
    p->next = *pp;
    *pp = p;
    uint32_t len0 = (uint32_t)toks[0].nlen;
    tc_map_put(index, stored, klen, head);
    if (index == d->stems) {
        d->stem_min = d->stem_min && d->stem_min < len0 ? d->stem_min : len0;
        d->stem_max = d->stem_max > len0 ? d->stem_max : len0;
        return;
    }
    uint32_t bit = tc_actors_filter_bit(p->norms[0], len0);
    if (index == d->pairs)
        bit = tc_actors_pair_bit(bit, tc_actors_filter_bit(p->norms[1], toks[1].nlen));
    uint64_t *f = index == d->pairs ? d->pair_filter : d->filter;
    f[bit / 64] |= (uint64_t)1 << (bit % 64);
}

/* Is yyyymmdd a day of the calendar? */
static int valid_day(int32_t ymd)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y = ymd / 10000, m = ymd / 100 % 100, dd = ymd % 100;
    if (y < 1 || m < 1 || m > 12 || dd < 1 || dd > mdays[m - 1]) return 0;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m != 2 || dd <= 28 + leap;
}

/* "YYYY-MM-DD" -> yyyymmdd, or -1 (per sentence scanned: no sscanf). */
int32_t tc_actors_parse_ymd(const char *s, size_t n)
{
    if (n != 10 || s[4] != '-' || s[7] != '-') return -1;
    int32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (i == 4 || i == 7) continue;
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return valid_day(v) ? v : -1;
}

/* "@FROM..TO" in [s, e) with open ends; returns 0 or -1. */
static int parse_range(const char *s, const char *e, int32_t *from, int32_t *to)
{
    const char *dots = NULL;
    for (const char *p = s; p + 1 < e && !dots; p++)
        if (p[0] == '.' && p[1] == '.') dots = p;
    if (*s != '@' || !dots) return -1;
    size_t fl = (size_t)(dots - s - 1), tl = (size_t)(e - dots - 2);
    while (tl && (dots[2 + tl - 1] == ' ' || dots[2 + tl - 1] == '\t')) tl--;
    *from = fl ? tc_actors_parse_ymd(s + 1, fl) : 0;
    *to = tl ? tc_actors_parse_ymd(dots + 2, tl) : 0;
    if (*from < 0 || *to < 0 || (*from && *to && *from > *to)) return -1;
    return 0;
}

static int blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* Trims the blanks around [*s, *e). */
static void trim_span(const char **s, const char **e)
{
    while (*s < *e && blank(**s)) (*s)++;
    while (*e > *s && blank((*e)[-1])) (*e)--;
}

static const char *trim(char *s, char **end)
{
    while (*s == ' ' || *s == '\t') s++;
    char *e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
    *e = 0;
    if (end) *end = e;
    return s;
}

static void diag_line(tc_diag_fn diag, void *dctx, const char *path, int line, const char *why)
{
    if (!diag) return;
    char where[4200];
    snprintf(where, sizeof where, "%s:%d", path, line);
    tc_diag d = {where, "dictionary", TC_EPARSE, why};
    diag(&d, dctx);
}

/* The blank-separated word of [*pos, e) into w[cap], *pos past it and the blanks after; -1
 * when there is none or it does not fit. */
static int next_word(const char **pos, const char *e, char *w, size_t cap)
{
    const char *p = *pos;
    size_t n = 0;
    while (p < e && blank(*p)) p++;
    while (p < e && !blank(*p)) {
        if (n + 1 >= cap) return -1;
        w[n++] = *p++;
    }
    w[n] = 0;
    while (p < e && blank(*p)) p++;
    *pos = p;
    return n ? 0 : -1;
}

/* One line [s, e) of our format: KIND CODE names [@FROM..TO]. The line is not written to
 * (files are mapped read-only); only a line's first name, its canonical one, is copied.
 * Returns NULL or why it is bad. */
static const char *parse_line(tc_actors *d, const char *s, const char *e)
{
    const char *hash = memchr(s, '#', (size_t)(e - s));
    if (hash) e = hash;
    char kind_w[16], code[32];
    const char *p = s;
    if (next_word(&p, e, kind_w, sizeof kind_w) < 0 || next_word(&p, e, code, sizeof code) < 0)
        return "expected: KIND CODE name | name ... [@FROM..TO]";
    size_t k = 0;
    while (k < sizeof kinds / sizeof kinds[0] && strcmp(kinds[k].word, kind_w) != 0) k++;
    if (k == sizeof kinds / sizeof kinds[0]) return "unknown kind";
    int32_t from = 0, to = 0;
    const char *at = memchr(p, '@', (size_t)(e - p));
    if (at) {
        if (parse_range(at, e, &from, &to) < 0)
            return "bad date range (want @YYYY-MM-DD..YYYY-MM-DD, real days, FROM <= TO)";
        e = at;
    }
    tc_actor_kind kind = kinds[k].kind;
    if ((kind == TC_KIND_COUNTRY || kind == TC_KIND_ADJ || kind == TC_KIND_AGENT) &&
        strlen(code) != 3)
        return "a country, adj, people or agent code has 3 letters";
    const char *canon = NULL;
    for (const char *q = p; q <= e;) {
        const char *bar = memchr(q, '|', (size_t)(e - q)), *ns = q, *ne = bar ? bar : e;
        q = ne + 1;
        trim_span(&ns, &ne);
        if (ns == ne) continue;
        if (!canon) {
            canon = tc_arena_strndup(d->mem, ns, (size_t)(ne - ns));
            /* a state is shown by the name iso-codes or actors.txt gives it */
            if (!strcmp(kind_w, "country") && !d->generated)
                tc_map_put(d->states, tc_arena_strndup(d->mem, code, 3), 3, (void *)canon);
        }
        /* a line of regions lists several places of one state ("Kharkiv | Mariupol"): each
           is shown by its own name */
        const char *shown = kind == TC_KIND_REGION && ns != p
                                ? tc_arena_strndup(d->mem, ns, (size_t)(ne - ns))
                                : canon;
        uint32_t id = add_entry(d, kind, code, shown, from, to);
        d->entries[id].people = !strcmp(kind_w, "people");
        add_name(d, ns, (size_t)(ne - ns), id);
    }
    return canon ? NULL : "no name";
}

/* The facts date of a generated file's line [s, e) ("# facts-date: YYYY-MM-DD"). */
static void facts_date(tc_actors *d, const char *s, const char *e, tc_diag_fn diag, void *dctx,
                       const char *path, int lineno)
{
    s += 13;
    trim_span(&s, &e);
    int32_t day = tc_actors_parse_ymd(s, (size_t)(e - s));
    d->facts[d->nfacts - 1].date = day < 0 ? 0 : day;
    if (day < 0) diag_line(diag, dctx, path, lineno, "bad facts-date (want YYYY-MM-DD)");
}

/* Loads a file of our format, mapped read-only: reading it into memory of our own cost as
 * much as the rest of the load (page faults). An empty file has no lines. */
static int load_ours(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx, tc_err *err)
{
    size_t len = 0;
    tc_err e2 = {0};
    char *map = tc_file_map(path, &len, &e2);
    if (!map && e2.code != TC_EEMPTY) {
        if (err) *err = e2;
        return e2.code ? e2.code : TC_EIO;
    }
    int lineno = 0;
    tc_actors_set_source(d, path, 0);
    if (d->generated) {
        d->facts = tc_xrealloc(d->facts, (d->nfacts + 1) * sizeof *d->facts);
        d->facts[d->nfacts++] = (tc_actors_facts){d->file, 0};
    }
    const char *end = map ? map + len : NULL;
    for (const char *line = map; line && line < end;) {
        const char *nl = memchr(line, '\n', (size_t)(end - line)), *s = line, *e = nl ? nl : end;
        line = nl ? nl + 1 : end;
        lineno++;
        trim_span(&s, &e);
        if (d->generated && e - s >= 13 && !strncmp(s, "# facts-date:", 13))
            facts_date(d, s, e, diag, dctx, path, lineno);
        if (s == e || *s == '#') continue;
        d->line = lineno;
        const char *why = parse_line(d, s, e);
        if (why) diag_line(diag, dctx, path, lineno, why);
    }
    tc_actors_set_source(d, NULL, 0);
    if (map) tc_file_unmap(map, len);
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
        return tc_err_set(err, TC_EPARSE, "%s: %s", path, root ? "no \"3166-1\" list" : jerr.text);
    }
    size_t i;
    json_t *c;
    tc_actors_set_source(d, path, 0);
    json_array_foreach(list, i, c)
    {
        const char *code = json_string_value(json_object_get(c, "alpha_3"));
        const char *name = json_string_value(json_object_get(c, "common_name"));
        if (!name) name = json_string_value(json_object_get(c, "name"));
        if (!code || !name || strlen(code) != 3) continue;
        const char *canon = tc_arena_strndup(d->mem, name, strlen(name));
        const char *key = tc_arena_strndup(d->mem, code, 3);
        tc_map_put(d->states, key, 3, (void *)canon);
        add_iso_name(d, c, "name", key, canon);
        add_iso_name(d, c, "official_name", key, canon);
        add_iso_name(d, c, "common_name", key, canon);
    }
    tc_actors_set_source(d, NULL, 0);
    json_decref(root);
    return TC_OK;
}

tc_actors *tc_actors_new(void)
{
    tc_actors *d = tc_xcalloc(1, sizeof *d);
    d->mem = tc_arena_new(64 << 10);
    d->scratch = tc_arena_new(0);
    d->first = tc_map_new(1024);
    d->pairs = tc_map_new(4096);
    d->states = tc_map_new(512);
    d->stems = tc_map_new(64);
    return d;
}

void tc_actors_set_source(tc_actors *d, const char *file, int line)
{
    if (!file || !*file)
        d->file = NULL;
    else if (!d->file || strcmp(d->file, file) != 0)
        d->file = tc_arena_strndup(d->mem, file, strlen(file));
    d->line = line;
}

/* A PETRARCH-style agent code: "~GOV", "~GOVMED", "NGO~" (letters, one '~' at one end). */
static int tilde_code(const char *code)
{
    size_t n = strlen(code);
    if (n < 2 || n > 16 || (code[0] == '~') == (code[n - 1] == '~')) return 0;
    for (size_t i = 0; i < n; i++)
        if (code[i] != '~' &&
            !((code[i] >= 'A' && code[i] <= 'Z') || (code[i] >= '0' && code[i] <= '9')))
            return 0;
    return strchr(code + 1, '~') == code + n - 1 || strrchr(code, '~') == code;
}

int tc_actors_add(tc_actors *d, tc_actor_kind kind, const char *code, const char *name,
                  int32_t from, int32_t to, tc_err *err)
{
    size_t len = strlen(name);
    if ((kind == TC_KIND_COUNTRY || kind == TC_KIND_ADJ ||
         (kind == TC_KIND_AGENT && !tilde_code(code))) &&
        strlen(code) != 3)
        return tc_err_set(err, TC_EPARSE, "%s: a country, adj or agent code has 3 letters", code);
    if (strlen(code) >= 32)
        return tc_err_set(err, TC_EPARSE, "%.40s: code longer than 31 characters", code);
    if ((from && !valid_day(from)) || (to && !valid_day(to)))
        return tc_err_set(err, TC_EPARSE, "%s: no such day in its date range", name);
    if (from && to && from > to)
        return tc_err_set(err, TC_EPARSE, "%s: date range ends before it starts", name);
    if (!len || (unsigned)kind >= TC_KIND_COUNT)
        return tc_err_set(err, TC_EPARSE, "empty name or unknown kind");
    const char *copy = tc_arena_strndup(d->mem, name, len);
    add_name(d, copy, len, add_entry(d, kind, code, copy, from, to));
    return TC_OK;
}

int tc_actors_load_file(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx, tc_err *err)
{
    return load_ours(d, path, diag, dctx, err);
}

int tc_actors_load_generated(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx,
                             tc_err *err)
{
    d->generated = 1;
    int rc = load_ours(d, path, diag, dctx, err);
    d->generated = 0;
    return rc;
}

/* The trailing comment of line (NUL-terminated, in place), or NULL. */
static const char *comment_of(char *line)
{
    char *hash = strchr(line, '#');
    return hash ? trim(hash + 1, NULL) : NULL;
}

int tc_actors_load_sources(tc_actors *d, tc_err *err)
{
    size_t i = 0;
    d->sources = tc_xrealloc(d->sources, (d->n ? d->n : 1) * sizeof *d->sources);
    d->nsources = d->n;
    for (size_t k = 0; k < d->n; k++) d->sources[k] = "";
    while (i < d->n) {
        entry *e = &d->entries[i];
        if (!e->generated || !*e->file) {
            i++;
            continue;
        }
        size_t len;
        char *buf = tc_file_read(e->file, 0, &len, err);
        if (!buf) return err ? err->code : TC_EIO;
        const char *file = e->file;
        char *line = buf, *next;
        int lineno = 1;
        /* The entries of one file follow each other, in the order of its lines. */
        for (; i < d->n && d->entries[i].file == file; i++) {
            entry *f = &d->entries[i];
            for (; line && lineno < f->line; lineno++) {
                next = strchr(line, '\n');
                line = next ? next + 1 : NULL;
            }
            if (!line || lineno != f->line) continue;
            next = strchr(line, '\n');
            size_t n = next ? (size_t)(next - line) : strlen(line);
            char *copy = tc_arena_strndup(d->mem, line, n);
            const char *c = comment_of(copy);
            d->sources[i] = c ? c : "";
        }
        free(buf);
    }
    return TC_OK;
}

size_t tc_actors_facts_dates(const tc_actors *d, const tc_actors_facts **out)
{
    *out = d->facts;
    return d->nfacts;
}

/* Days since 0000-03-01 of yyyymmdd (the civil-from-days algorithm, proleptic Gregorian). */
static int32_t day_number(int32_t ymd)
{
    int32_t y = ymd / 10000, m = ymd / 100 % 100, dd = ymd % 100;
    y -= m <= 2;
    int32_t era = y / 400, yoe = y - era * 400;
    int32_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
    return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy;
}

int32_t tc_actors_days(int32_t from, int32_t to)
{
    return from && to ? day_number(to) - day_number(from) : 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The generated files of datadir (actors-facts-*.txt) in name order, malloc'ed; their
 * count. */
static size_t list_generated(const char *datadir, char ***out)
{
    DIR *dir = opendir(datadir);
    char **names = NULL;
    size_t n = 0;
    *out = NULL;
    if (!dir) return 0;
    for (struct dirent *de; (de = readdir(dir));) {
        size_t len = strlen(de->d_name);
        if (strncmp(de->d_name, "actors-facts-", 13) || len < 18 ||
            strcmp(de->d_name + len - 4, ".txt"))
            continue;
        names = tc_xrealloc(names, (n + 1) * sizeof *names);
        names[n] = tc_xmalloc(len + 1);
        memcpy(names[n++], de->d_name, len + 1);
    }
    closedir(dir);
    if (n) qsort(names, n, sizeof *names, by_name);
    *out = names;
    return n;
}

/* Loads the generated files names[0..n) of datadir, in that order. */
static int load_generated(tc_actors *d, const char *datadir, char **names, size_t n,
                          tc_diag_fn diag, void *dctx, tc_err *err)
{
    int rc = TC_OK;
    for (size_t i = 0; i < n && rc == TC_OK; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", datadir, names[i]);
        rc = tc_actors_load_generated(d, path, diag, dctx, err);
    }
    return rc;
}

/* Puts one given name [s, e) of sex into d->given, lower-case, in d's arena. */
static void add_given(tc_actors *d, const char *s, const char *e, unsigned sex)
{
    trim_span(&s, &e);
    if (e <= s) return;
    char *w = tc_arena_strndup(d->mem, s, (size_t)(e - s));
    for (char *c = w; *c; c++) *c = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
    tc_map_put(d->given, w, (size_t)(e - s), (void *)(uintptr_t)sex);
}

/* Loads datadir/names-given.txt ("female  Mary | Anne", "male  John") when it is there: a
 * dictionary without it gives no sex. A line of another sex word goes to diag. */
static void load_given(tc_actors *d, const char *datadir, tc_diag_fn diag, void *dctx)
{
    char path[4096], line[1024];
    snprintf(path, sizeof path, "%s/names-given.txt", datadir);
    FILE *f = fopen(path, "r");
    if (!f) return;
    d->given = tc_map_new(1024);
    for (int no = 1; fgets(line, sizeof line, f); no++) {
        char *hash = strpbrk(line, "#\n"), *end;
        if (hash) *hash = 0;
        const char *p = trim(line, &end);
        if (p == end) continue;
        char sexw[16];
        if (next_word(&p, end, sexw, sizeof sexw) < 0 ||
            (strcmp(sexw, "female") && strcmp(sexw, "male"))) {
            diag_line(diag, dctx, path, no, "expected 'female' or 'male' and names");
            continue;
        }
        unsigned sex = sexw[0] == 'f' ? TC_SEX_FEMALE : TC_SEX_MALE;
        for (const char *bar; (bar = memchr(p, '|', (size_t)(end - p))); p = bar + 1)
            add_given(d, p, bar, sex);
        add_given(d, p, end, sex);
    }
    fclose(f);
}

const char *tc_actors_adj_state(const tc_actors *d, const char *norm, size_t len)
{
    for (const pattern *p = tc_map_get(d->first, norm, len); p; p = p->next)
        for (uint32_t i = 0; p->ntok == 1 && i < p->nids; i++)
            if (d->entries[p->ids[i]].kind == TC_KIND_ADJ) return d->entries[p->ids[i]].code;
    return NULL;
}

unsigned tc_actors_given_sex(const tc_actors *d, const char *word, size_t len)
{
    char w[32];
    if (!d->given || len == 0 || len >= sizeof w) return TC_SEX_NONE;
    for (size_t k = 0; k < len; k++)
        w[k] = (char)(word[k] >= 'A' && word[k] <= 'Z' ? word[k] + 32 : word[k]);
    return (unsigned)(uintptr_t)tc_map_get(d->given, w, len);
}

tc_actors *tc_actors_load(const char *datadir, const char *iso_json, tc_diag_fn diag, void *dctx,
                          tc_err *err)
{
    char path[4096], **gen;
    snprintf(path, sizeof path, "%s/actors.txt", datadir);
    size_t ngen = list_generated(datadir, &gen);
    tc_actors *d = tc_actors_new();
    int rc = load_iso(d, iso_json ? iso_json : ISO_JSON, err);
    if (rc == TC_OK) rc = load_ours(d, path, diag, dctx, err);
    if (rc == TC_OK) rc = load_generated(d, datadir, gen, ngen, diag, dctx, err);
    if (rc == TC_OK) rc = tc_actors_load_nouns(d, datadir, err);
    if (rc == TC_OK) load_given(d, datadir, diag, dctx);
    for (size_t i = 0; i < ngen; i++) free(gen[i]);
    free(gen);
    if (rc != TC_OK) {
        tc_actors_free(d);
        return NULL;
    }
    return d;
}

int tc_actors_load_nouns(tc_actors *d, const char *datadir, tc_err *err)
{
    tc_nouns *n = tc_nouns_load(datadir, err);
    if (!n) return err ? err->code : TC_EIO;
    tc_nouns_free(d->nouns);
    d->nouns = n;
    static const struct {
        const char *code, *name, *file;
    } agents[4] = {{"MIL", "(a weapon, military vehicle or unit)", "wordnet-military.txt"},
                   {"CVL", "(a person or group)", "wordnet.classes"},
                   {"BUS", "(a vehicle of trade: trucks, cargo ships)", "wordnet.classes"},
                   {"GOV", "(an opposite number: \"my Chinese colleague\")", "wordnet.classes"}};
    for (int k = 0; k < 4; k++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", datadir, agents[k].file);
        tc_actors_set_source(d, path, 0);
        d->noun_agent[k] = add_entry(d, TC_KIND_AGENT, agents[k].code, agents[k].name, 0, 0);
    }
    tc_actors_set_source(d, NULL, 0);
    return TC_OK;
}

void tc_actors_free(tc_actors *d)
{
    if (!d) return;
    tc_nouns_free(d->nouns);
    tc_map_free(d->first);
    tc_map_free(d->pairs);
    tc_map_free(d->states);
    tc_map_free(d->stems);
    tc_map_free(d->given);
    tc_arena_free(d->mem);
    tc_arena_free(d->scratch);
    free(d->entries);
    free(d->sources);
    free(d->facts);
    free(d);
}

void tc_actors_use_gazetteer(tc_actors *d, const tc_gazetteer *g)
{
    d->gaz = g;
}

size_t tc_actors_count(const tc_actors *d)
{
    return d->n;
}

int tc_actors_is_state(const tc_actors *d, const char *code)
{
    return strlen(code) >= 3 && tc_map_get(d->states, code, 3) != NULL;
}

static tc_actor_info info_of(const tc_actors *d, const entry *e)
{
    size_t id = (size_t)(e - d->entries);
    const char *source = id < d->nsources ? d->sources[id] : "";
    tc_actor_info i = {(tc_actor_kind)e->kind,
                       e->code,
                       e->name,
                       e->from,
                       e->to,
                       e->file,
                       e->line,
                       source,
                       e->generated};
    return i;
}

tc_actor_info tc_actors_entry(const tc_actors *d, int32_t idx)
{
    if (idx < 0 || (size_t)idx >= d->n) return (tc_actor_info){.file = "", .source = ""};
    return info_of(d, &d->entries[idx]);
}

size_t tc_actors_explain(const tc_actors *d, const tc_text *t, uint32_t sent, const char *date,
                         tc_arena *a, tc_actor_match **out)
{
    const tc_sentence *s = &t->sents[sent];
    *out = NULL;
    if (s->ntok == 0) return 0;
    raw_match *raw = tc_arena_alloc(a, s->ntok * sizeof *raw);
    size_t n = tc_actors_raw_scan(d, t, s, tc_actors_date_key(date), 1, raw);
    tc_actors_hide_named_capitals(d, t, s, raw, n);
    tc_actors_state_org_names(d, t, s, raw, n);
    tc_actor_match *m = tc_arena_alloc(a, (n ? n : 1) * sizeof *m);
    for (size_t i = 0; i < n; i++) {
        m[i] = (tc_actor_match){raw[i].tok0, raw[i].ntok, info_of(d, raw[i].e), raw[i].country_only,
                                raw[i].hidden};
        if (raw[i].e->prefix) {
            char *code = tc_arena_alloc(a, strlen(raw[i].e->code) + 2);
            sprintf(code, "%s~", raw[i].e->code);
            m[i].e.code = code;
        }
    }
    *out = m;
    return n;
}

typedef struct {
    const tc_actors *d;
    void (*fn)(const char *, const tc_actor_info *, size_t, void *);
    void *ctx;
    tc_actor_info *buf;
    size_t cap;
} each_ctx;

static void each_list(const char *key, size_t len, void *val, void *ctx)
{
    (void)key;
    (void)len;
    each_ctx *x = ctx;
    for (const pattern *p = val; p; p = p->next) {
        if (p->nids > x->cap) {
            x->cap = p->nids * 2;
            x->buf = tc_xrealloc(x->buf, x->cap * sizeof *x->buf);
        }
        for (uint32_t i = 0; i < p->nids; i++) x->buf[i] = info_of(x->d, &x->d->entries[p->ids[i]]);
        size_t nlen = 0;
        for (uint32_t i = 0; i < p->ntok; i++) nlen += strlen(p->norms[i]) + 1;
        char *name = tc_xmalloc(nlen + 1), *w = name;
        for (uint32_t i = 0; i < p->ntok; i++) w += sprintf(w, "%s%s", i ? " " : "", p->norms[i]);
        x->fn(name, x->buf, p->nids, x->ctx);
        free(name);
    }
}

void tc_actors_each_name(const tc_actors *d,
                         void (*fn)(const char *name, const tc_actor_info *e, size_t n, void *ctx),
                         void *ctx)
{
    each_ctx x = {d, fn, ctx, NULL, 0};
    tc_map_each(d->first, each_list, &x);
    tc_map_each(d->pairs, each_list, &x);
    tc_map_each(d->stems, each_list, &x);
    free(x.buf);
}
