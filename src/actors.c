/* actors: the actor dictionary and the per-sentence scan (references across an article are
 * in actors_refs.c, what common nouns tell in nouns.c).
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

/* How a name's word must be written in the text: any case, capitalised, in capitals, or
 * mixed as the name writes it ("HaN", "McCain": not "Han"); COMMON_UPPER: a word in capitals
 * that matches a capitalised one only when WordNet has no such word ("MORENA" is "Morena",
 * "VICTORIA" is no "Victoria"). */
enum { CASE_ANY, CASE_CAP, CASE_UPPER, CASE_MIXED, CASE_MASK = 3, STEM = 4, COMMON_UPPER = 8 };
enum { FILTER_BITS = 1 << 16 };

/* A cheap hash of a token's norm: most tokens of a text start no name, and one bit test
 * in a small table (it stays in L1) spares them the map lookup. */
static uint32_t filter_bit(const char *norm, uint32_t len)
{
    if (!len) return 0;
    const unsigned char *u = (const unsigned char *)norm;
    uint32_t h =
        len | (uint32_t)u[0] << 8 | (uint32_t)u[len / 2] << 16 | (uint32_t)u[len - 1] << 24;
    h ^= (uint32_t)u[len > 1] * 0x3d4d51cbu;
    h *= 0x9e3779b1u;
    return h >> 16;
}

/* 64 bytes: 30,000 of them are a good part of the memory a load touches (its time is mostly
 * page faults); fact sources live apart (tc_actors.sources), read only by the tools. */
typedef struct {
    char code[32];    /* an agent's code without its '~' */
    const char *name; /* canonical name, in the dictionary arena */
    const char *file; /* where it was defined, "" when unknown */
    int32_t from, to; /* yyyymmdd, 0 when open */
    int32_t line;
    uint8_t kind;      /* tc_actor_kind */
    uint8_t prefix;    /* an agent whose code goes in front of the actor's ("NGO~") */
    uint8_t generated; /* from a file generated from facts: ranks below the others */
    uint8_t people;    /* a state's people ("Israelis"): a noun after it is no compound */
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
    tc_arena *mem;     /* names, norms, patterns */
    tc_arena *scratch; /* tokens of the name being added */
    entry *entries;
    size_t n, cap;
    tc_map *first;                     /* first-token norm -> one-word patterns (and those
                                          whose second word is a stem) */
    tc_map *pairs;                     /* "first\x1fsecond" norms -> the longer patterns */
    tc_map *stems;                     /* the same for names whose first word is a stem ("syri*") */
    uint32_t stem_min, stem_max;       /* lengths of those first words */
    uint64_t filter[FILTER_BITS / 64]; /* bit of every first token of the first map */
    uint64_t pair_filter[FILTER_BITS / 64]; /* bit of every first two tokens of the pairs */
    tc_map *states;                         /* alpha-3 -> canonical name */
    const char *file;                       /* source of the entries being added */
    int line;
    int generated; /* the file being loaded was generated from facts */
    tc_actors_facts *facts;
    size_t nfacts;
    const char **sources; /* per entry, a generated line's fact source (NULL until
                             tc_actors_load_sources); nsources of them */
    size_t nsources;
    tc_nouns *nouns;         /* what a common noun after a state makes of it, NULL for nothing */
    uint32_t noun_agent[3];  /* the entries of the agents it gives: MIL, CVL, BUS */
    const tc_gazetteer *gaz; /* borrowed (tc_actors_use_gazetteer): places of unknown names */
    tc_map *given;           /* lower-case given name -> TC_SEX_* (data/names-given.txt) */
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
static int inner_capital(const tc_token *t, const char *text)
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
    if (inner_capital(t, text)) return CASE_MIXED;
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

enum { PAIR_MAX = 128 };

static uint32_t pair_bit(uint32_t first, uint32_t second)
{
    return (first * 0x9e37u + second) % FILTER_BITS;
}

static int has_bit(const uint64_t *f, uint32_t bit)
{
    return f[bit / 64] >> (bit % 64) & 1;
}

/* The key of the pairs map for two tokens ("first\x1fsecond") into buf[PAIR_MAX]; its length,
 * 0 when it does not fit. */
static size_t pair_key(char *buf, const tc_token *a, const tc_token *b)
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
        klen = pair_key(buf, &toks[0], &toks[1]);
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
    uint32_t bit = filter_bit(p->norms[0], len0);
    if (index == d->pairs) bit = pair_bit(bit, filter_bit(p->norms[1], toks[1].nlen));
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
static int32_t parse_ymd(const char *s, size_t n)
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
    *from = fl ? parse_ymd(s + 1, fl) : 0;
    *to = tl ? parse_ymd(dots + 2, tl) : 0;
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
    int32_t day = parse_ymd(s, (size_t)(e - s));
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
    } agents[3] = {{"MIL", "(a weapon, military vehicle or unit)", "wordnet-military.txt"},
                   {"CVL", "(a person or group)", "wordnet.classes"},
                   {"BUS", "(a vehicle of trade: trucks, cargo ships)", "wordnet.classes"}};
    for (int k = 0; k < 3; k++) {
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

/* ---- scanning ---- */

typedef struct {
    uint32_t tok0, ntok;
    const entry *e;
    int country_only; /* a person outside every dated role: only the state is known */
    int hidden;       /* a discard, or a modifier ("Russian-led"): kept only to explain;
                       * HIDDEN_IN_NAME: a state or capital inside another name ("China
                       * Mobile"), which state_org_names may still make the state's own body */
    uint32_t next;    /* where the next match starts, hidden ones too (else the sentence end) */
    int generic;      /* people of no state (people_matches): an agent that joins them names
                       * them better ("members of the U.S. Congress") */
} raw_match;

enum { HIDDEN = 1, HIDDEN_IN_NAME = 2, HIDDEN_PLACE = 3 };

static int token_fits(const tc_actors *d, const tc_text *x, const tc_token *t, const char *norm,
                      int rule)
{
    if (rule & STEM ? strncmp(t->norm, norm, strlen(norm)) != 0 : strcmp(t->norm, norm) != 0)
        return 0;
    if ((rule & CASE_MASK) == CASE_UPPER) return (t->flags & TC_TOK_UPPER) != 0;
    if ((rule & CASE_MASK) == CASE_MIXED) return inner_capital(t, x->text);
    if ((rule & COMMON_UPPER) && !(t->flags & TC_TOK_UPPER) && tc_nouns_common(d->nouns, t))
        return 0;
    if ((rule & CASE_MASK) == CASE_CAP) return (t->flags & (TC_TOK_CAP | TC_TOK_UPPER)) != 0;
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

/* The hand-written dated entry of p nearest to day (for day 0, the latest role), a state's
 * role when it has one and day is given, or NULL. */
static const entry *nearest_hand_written(const tc_actors *d, const pattern *p, int32_t day)
{
    const entry *nearest = NULL;
    int32_t best = INT32_MAX;
    /* for a day outside every role, a state's role: a former NATO secretary general who was
     * Denmark's prime minister is Denmark's ("Anders Fogh Rasmussen" in 2021 = DNK) */
    int states = 0;
    for (uint32_t i = 0; day && i < p->nids && !states; i++) {
        const entry *e = &d->entries[p->ids[i]];
        states = !e->generated && (e->from || e->to) && tc_actors_is_state(d, e->code);
    }
    for (uint32_t i = 0; i < p->nids; i++) {
        const entry *e = &d->entries[p->ids[i]];
        if (e->generated || (!e->from && !e->to) || (states && !tc_actors_is_state(d, e->code)))
            continue;
        int32_t dist = !day ? (e->to ? 99999999 - e->to : 0)
                            : (e->to && day > e->to ? day - e->to : e->from - day);
        if (dist < best) {
            best = dist;
            nearest = e;
        }
    }
    return nearest;
}

/* With no day, the latest generated office of a name of two words or more ("Andrew Holness"
 * in an undated sentence is Jamaica's prime minister, as facts last give him; a surname
 * alone stays a word: "Meta"; not a party leader's role), or NULL. */
static const entry *latest_generated(const tc_actors *d, const pattern *p)
{
    const entry *latest = NULL;
    for (uint32_t i = 0; i < p->nids; i++) {
        const entry *e = &d->entries[p->ids[i]];
        if (!e->generated || (!e->from && !e->to) || e->kind != TC_KIND_PERSON ||
            !strcmp(e->code + 3, "PTY"))
            continue; /* a party leader's role says less than the office an agent names */
        if (!latest || (latest->to && (!e->to || e->to > latest->to))) latest = e;
    }
    return latest;
}

/* Picks the entry of p for the day (0: unknown): a covering range, else an undated entry,
 * the hand-written entries first, then the generated ones; with no day a hand-written role
 * (the latest) before any generated entry, since actors.txt wins; else the hand-written role
 * nearest in time (country only). Outside every generated role a name is no actor: a surname
 * that facts give for a term of office ("Meta") is a word like any other after it. */
static const entry *pick(const tc_actors *d, const pattern *p, int32_t day, int *country_only)
{
    *country_only = 0;
    for (int rank = 0; rank < 2; rank++) {
        const entry *undated = NULL;
        for (uint32_t i = 0; i < p->nids; i++) {
            const entry *e = &d->entries[p->ids[i]];
            if (e->generated != rank) continue;
            if (!e->from && !e->to) {
                /* (a name iso-codes gives, line 0, yields to the same name in a dictionary
                   file: actors.txt wins on conflict, "Congo" COD) */
                if (!undated || (!undated->line && e->line)) undated = e;
            } else if (day && covers(e, day)) {
                return e;
            }
        }
        if (undated) return undated;
        if (!rank && !day && (undated = nearest_hand_written(d, p, 0))) return undated;
        if (rank && !day && p->ntok >= 2 && (undated = latest_generated(d, p))) return undated;
    }
    *country_only = day != 0;
    return nearest_hand_written(d, p, day);
}

/* The first (so longest) pattern of list p that fits at token i. */
static const pattern *first_fit(const tc_actors *d, const pattern *p, const tc_text *t, uint32_t i,
                                uint32_t end)
{
    for (; p; p = p->next) {
        if (i + p->ntok > end) continue;
        uint32_t k = 0;
        while (k < p->ntok && token_fits(d, t, &t->toks[i + k], p->norms[k], p->rules[k])) k++;
        if (k == p->ntok) return p;
    }
    return NULL;
}

/* The longest pattern starting at token i that fits, or NULL: whole first words through
 * the filter and the map, then stems by the token's prefixes (only when there are some). */
static const pattern *longest_at(const tc_actors *d, const tc_text *t, uint32_t i, uint32_t end)
{
    const tc_token *tok = &t->toks[i];
    const pattern *best = NULL;
    uint32_t bit = filter_bit(tok->norm, tok->nlen);
    if (has_bit(d->filter, bit))
        best = first_fit(d, tc_map_get(d->first, tok->norm, tok->nlen), t, i, end);
    if (i + 1 < end) {
        const tc_token *next = &t->toks[i + 1];
        char key[PAIR_MAX];
        size_t klen = has_bit(d->pair_filter, pair_bit(bit, filter_bit(next->norm, next->nlen)))
                          ? pair_key(key, tok, next)
                          : 0;
        const pattern *p = klen ? first_fit(d, tc_map_get(d->pairs, key, klen), t, i, end) : NULL;
        if (p && (!best || p->ntok > best->ntok)) best = p;
    }
    if (!d->stem_max || !(tok->flags & TC_TOK_WORD)) return best;
    uint32_t top = tok->nlen < d->stem_max ? tok->nlen : d->stem_max;
    for (uint32_t len = top; len >= d->stem_min && len > 0; len--) {
        const pattern *p = first_fit(d, tc_map_get(d->stems, tok->norm, len), t, i, end);
        if (p && (!best || p->ntok > best->ntok)) best = p;
    }
    return best;
}

static int is_hyphen(const tc_token *t)
{
    return t->nlen == 1 && t->norm[0] == '-';
}

/* "Armenian-American": the second half of a hyphenated word is no actor either. */
static int glued_after_hyphen(const tc_text *t, uint32_t first, uint32_t i)
{
    if (i < first + 2 || !is_hyphen(&t->toks[i - 1])) return 0;
    const tc_token *h = &t->toks[i - 1], *w = &t->toks[i - 2];
    return (w->flags & TC_TOK_WORD) && w->off + w->len == h->off && h->off + 1 == t->toks[i].off;
}

static int word_is(const tc_token *t, const char *w)
{
    return strcmp(t->norm, w) == 0;
}

/* Is token i a capitalised word that no name begins, not the sentence's first (where any word
 * has a capital), no honorific and no day or month? Part of an unknown name, then. */
static int in_words(const tc_token *w, const char *const *words, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (w->norm[0] == words[k][0] && !strcmp(w->norm, words[k])) return 1;
    return 0;
}

/* Is w one of words, its abbreviation's period aside ("Mr." is "mr")? */
static int in_words_dotted(const tc_token *w, const char *const *words, size_t n)
{
    size_t len = w->nlen;
    if (len > 1 && w->norm[len - 1] == '.') len--;
    for (size_t k = 0; k < n; k++)
        if (strlen(words[k]) == len && !memcmp(w->norm, words[k], len)) return 1;
    return 0;
}

/* A capitalised word that may be part of a name: no honorific (with its period or not), day
 * or month. */
static int capital_word(const tc_token *w)
{
    static const char *const not_names[] = {
        "mr",        "mrs",      "ms",        "dr",       "sir",    "dame",     "madam",
        "monday",    "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday",
        "january",   "february", "march",     "april",    "june",   "july",     "august",
        "september", "october",  "november",  "december"};
    return (w->flags & TC_TOK_WORD) && (w->flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
           !in_words_dotted(w, not_names, sizeof not_names / sizeof *not_names);
}

/* Closed-class words that open sentences with a capital: no name starts with them. */
static const char *const openers[] = {
    "the",     "a",      "an",    "in",      "on",    "at",      "but",       "and",
    "or",      "if",     "when",  "while",   "after", "before",  "as",        "for",
    "with",    "by",     "from",  "to",      "of",    "this",    "that",      "these",
    "those",   "it",     "he",    "she",     "they",  "we",      "i",         "you",
    "his",     "her",    "their", "our",     "its",   "my",      "there",     "here",
    "some",    "many",   "most",  "all",     "both",  "each",    "every",     "no",
    "not",     "also",   "yet",   "so",      "since", "until",   "although",  "though",
    "because", "during", "under", "over",    "about", "despite", "meanwhile", "however",
    "what",    "who",    "why",   "how",     "where", "which",   "one",       "two",
    "three",   "such",   "other", "another", "among", "against", "amid",      "without",
    "now",     "then",   "does",  "did",     "do",    "was",     "are",       "were",
    "would",   "can",    "could", "should",  "has",   "have",    "had"};

/* Does token i open a sentence or a clause whose first word has a capital whatever it is: the
 * sentence's first, or after an opening quote, a bracket, a colon or a dash? */
static int clause_start(const tc_text *t, const tc_sentence *s, uint32_t i)
{
    static const char *const openings[] = {"(", "[", ":", ";", "\xe2\x80\x94", "\xe2\x80\x93"};
    if (i == s->tok0) return 1;
    const tc_token *p = &t->toks[i - 1];
    return (p->flags & TC_TOK_QUOTE) || in_words(p, openings, sizeof openings / sizeof *openings);
}

/* Is token i a capitalised word that may be part of a name no dictionary knows: no closed-class
 * word ("The", "While", "If"), not a clause's first (where any word has a capital: the
 * sentence's, after a quote), no honorific, day or month, and no name begins there? */
static int unknown_name_word(const tc_actors *d, const tc_text *t, const tc_sentence *s, uint32_t i)
{
    uint32_t end = s->tok0 + s->ntok;
    if (i <= s->tok0 || i >= end || !capital_word(&t->toks[i]) || clause_start(t, s, i) ||
        in_words(&t->toks[i], openers, sizeof openers / sizeof *openers) ||
        tc_nouns_designator_end(t, i, end) > i) /* "U.S. B-2 bombers" */
        return 0;
    return longest_at(d, t, i, end) == NULL;
}

/* A person known by one word only ("Risch", "Ilyas") next to a capitalised word no name
 * begins is someone else: "Jim Risch", "Ilyas Ali Hassan", "Trump Tower". */
static int other_person(const tc_actors *d, const tc_text *t, const tc_sentence *s, uint32_t i,
                        uint32_t matched_to, const pattern *p, const entry *e)
{
    if (p->ntok != 1 || !e || e->kind != TC_KIND_PERSON) return 0;
    /* the word before may end a name matched before ("Secretary of State Blinken") */
    return (matched_to < i && unknown_name_word(d, t, s, i - 1)) ||
           unknown_name_word(d, t, s, i + 1);
}

/* Is sentence s written in title case (most of its words of four letters or more capitalised,
 * as headlines are)? Its capitals then mark no names. */
static int title_case(const tc_text *t, const tc_sentence *s)
{
    uint32_t words = 0, caps = 0;
    for (uint32_t i = s->tok0; i < s->tok0 + s->ntok; i++) {
        const tc_token *w = &t->toks[i];
        if (!(w->flags & TC_TOK_WORD) || w->nlen < 4) continue;
        words++;
        caps += (w->flags & (TC_TOK_CAP | TC_TOK_UPPER)) != 0;
    }
    return words >= 5 && caps * 10 >= words * 7;
}

/* A capital or a state inside a name is no actor: "Moscow Metro", "the Kyiv Independent",
 * "China Mobile", "Qatar Airways" (a capitalised word that no name begins right after it);
 * "the University of Khartoum" (a capital after one and "of"; not the sentence's first:
 * "Residents of Kyiv"; not a state: "King Harald of Norway"); "flights of Air France" (a state
 * right after one). */
static int in_other_name(const tc_actors *d, const tc_text *t, const tc_sentence *s, uint32_t i,
                         const pattern *p, const entry *e)
{
    int state = e && e->kind == TC_KIND_COUNTRY && e->code[0] != '-';
    if (!e || (e->kind != TC_KIND_METONYM && !state) || (!state && p->ntok != 1)) return 0;
    /* not a state: "King Harald of Norway", "the National Assembly of Armenia" */
    if (!state && i >= s->tok0 + 3 && word_is(&t->toks[i - 1], "of") &&
        unknown_name_word(d, t, s, i - 2))
        return 1;
    if (title_case(t, s)) return 0; /* a headline: "Kim Kardashian Spotlights Azerbaijan's" */
    /* a state's name, or a capital's or a seat's one word ("the Trinamool Congress", "Radio
     * Moscow"), after a name's word */
    if (unknown_name_word(d, t, s, i - 1)) return 1;
    return unknown_name_word(d, t, s, i + p->ntok);
}

/* Raw matches of sentence s; hidden ones (discards, modifiers) only when keep_hidden. */
/* Do "-led" and an agent follow the match of entry e, a state's name, adjective or capital,
 * that ends at token j ("Saudi-led forces")? The two tokens of "-led" (the match takes them,
 * so that the agent touches it), or 0. */
static uint32_t led_agent(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                          const entry *e, uint32_t j, int32_t day)
{
    uint32_t end = s->tok0 + s->ntok;
    int country_only;
    if (!(e->kind == TC_KIND_COUNTRY || e->kind == TC_KIND_ADJ || e->kind == TC_KIND_METONYM) ||
        !tc_actors_is_state(d, e->code))
        return 0;
    if (j + 2 >= end || !is_hyphen(&t->toks[j]) || !word_is(&t->toks[j + 1], "led") ||
        t->toks[j].off + t->toks[j].len != t->toks[j + 1].off)
        return 0;
    const pattern *p = longest_at(d, t, j + 2, end);
    const entry *a = p ? pick(d, p, day, &country_only) : NULL;
    if (a && a->kind == TC_KIND_AGENT) return 2;
    /* "the Saudi-led coalition", "a U.S.-led mission": the state leads it (an alliance or a
       bloc is an organisation of its own: "the Russian-led alliance" is no Russia) */
    static const char *const bodies[] = {"coalition", "mission", "operation"};
    for (size_t k = 0; k < sizeof bodies / sizeof *bodies; k++)
        if (word_is(&t->toks[j + 2], bodies[k])) return 2;
    return 0;
}

/* Vehicles of trade after a state's adjective ("Armenian trucks", "Iranian cargo ships" =
 * ARMBUS, IRNBUS): the heads that are such vehicles alone, and the ships and boats that a
 * modifier makes so (a "Russian ship" may be a warship: no actor). */
static const char *const trade_vehicles[] = {"truck",   "trucks",   "lorry",     "lorries",
                                             "tanker",  "tankers",  "freighter", "freighters",
                                             "trawler", "trawlers", "airliner",  "airliners"};
static const char *const trade_ships[] = {"ship", "ships", "vessel", "vessels", "boat", "boats"};
static const char *const trade_uses[] = {"cargo",   "merchant",   "container",
                                         "fishing", "commercial", "passenger"};

/* Is the phrase of common nouns [i, i + n) a vehicle of trade (trade_vehicles)? */
static int trade_vehicle(const tc_text *t, uint32_t i, uint32_t n)
{
    const tc_token *head = &t->toks[i + n - 1];
    if (in_words(head, trade_vehicles, sizeof trade_vehicles / sizeof *trade_vehicles)) return 1;
    if (n < 2 || !in_words(head, trade_ships, sizeof trade_ships / sizeof *trade_ships)) return 0;
    return in_words(&t->toks[i + n - 2], trade_uses, sizeof trade_uses / sizeof *trade_uses);
}

/* Does "-flagged" follow the match of entry e, a state's name or adjective, that ends at token
 * j ("an Iranian-flagged cargo ship": the ship's state)? Its tokens (2), or 0. */
static uint32_t flagged(const tc_actors *d, const tc_text *t, const tc_sentence *s, const entry *e,
                        uint32_t j)
{
    if (!(e->kind == TC_KIND_COUNTRY || e->kind == TC_KIND_ADJ) || !tc_actors_is_state(d, e->code))
        return 0;
    uint32_t end = s->tok0 + s->ntok;
    if (j + 2 >= end || !is_hyphen(&t->toks[j]) || !word_is(&t->toks[j + 1], "flagged") ||
        t->toks[j].off + t->toks[j].len != t->toks[j + 1].off)
        return 0;
    for (uint32_t n = 1; n <= 2 && j + 2 + n <= end; n++) /* a vessel follows */
        if (trade_vehicle(t, j + 2, n) ||
            in_words(&t->toks[j + 1 + n], trade_ships, sizeof trade_ships / sizeof *trade_ships))
            return 2;
    return 0;
}

/* Is token i, a person's name, right after an honorific of its own ("Mr. Putin", "Ms Ardern",
 * "Sir Keir Starmer"; not one a match before took)? The honorific is part of the mention. */
static int honorific_before(const tc_text *t, const tc_sentence *s, uint32_t i, uint32_t matched_to)
{
    static const char *const honorifics[] = {"mr",   "mrs",   "ms",      "dr",     "sir",
                                             "dame", "madam", "mawlawi", "mullah", "maulana"};
    if (i <= s->tok0 || i - 1 < matched_to) return 0;
    const tc_token *w = &t->toks[i - 1];
    return (w->flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
           in_words_dotted(w, honorifics, sizeof honorifics / sizeof *honorifics);
}

/* Languages that name an outlet's service and are no state's adjective ("VOA Mandarin", "BBC
 * Persian"). */
static const char *const languages[] = {
    "mandarin", "cantonese", "urdu",    "pashto",   "dari",    "farsi",  "persian",
    "hausa",    "swahili",   "amharic", "tigrinya", "kurdish", "uyghur", "tibetan",
    "burmese",  "bangla",    "bengali", "hindi",    "khmer",   "arabic", "english"};

/* Words that go on a clause after an outlet's service: "told VOA Mandarin that ...". */
static const char *const clause_words[] = {
    "that", "on", "in",  "via",  "by",    "about",  "last", "this", "the",  "and",   "during",
    "it",   "he", "she", "they", "after", "before", "for",  "with", "when", "while", "there"};

/* Does a language and maybe "Service" follow the match of entry e, a news outlet (a metonym
 * whose code ends in MED), that ends at token j: "VOA Mandarin", "BBC Persian", "VOA's Somali
 * Service" (after "'s", "Service" is needed)? A language is a word of languages or a state's
 * adjective ("Somali", "Russian"); without "Service" the clause must go on after it
 * (clause_words: "told VOA Russian troops were ..." is VOA and Russian troops). The tokens the
 * outlet's name takes, or 0. */
static uint32_t outlet_service(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                               const entry *e, uint32_t j)
{
    uint32_t end = s->tok0 + s->ntok, k = j;
    size_t len = strlen(e->code);
    if (e->kind != TC_KIND_METONYM || len < 6 || strcmp(e->code + len - 3, "MED")) return 0;
    int owner = k < end && (t->toks[k].flags & TC_TOK_CLITIC) && word_is(&t->toks[k], "'s");
    k += owner;
    if (k >= end || !(t->toks[k].flags & TC_TOK_CAP)) return 0;
    const pattern *p = longest_at(d, t, k, end);
    const entry *a = p ? pick(d, p, 0, &(int){0}) : NULL;
    if (a && a->kind == TC_KIND_ADJ && tc_actors_is_state(d, a->code))
        k += p->ntok;
    else if (in_words(&t->toks[k], languages, sizeof languages / sizeof *languages))
        k++;
    else
        return 0;
    if (k < end && word_is(&t->toks[k], "service")) return k + 1 - j;
    if (owner) return 0;
    /* then the clause goes on: an end, a punctuation mark or a function word */
    return k == end || (t->toks[k].flags & TC_TOK_PUNCT) ||
                   in_words(&t->toks[k], clause_words, sizeof clause_words / sizeof *clause_words)
               ? k - j
               : 0;
}

static int place_of(const tc_actors *d, const tc_text *t, uint32_t i, uint32_t j, uint32_t min_pop,
                    int alone, char cc3[4]);
static int possessive_mark(const tc_text *t, uint32_t i);

/* A person known by one word only ("Kerry") right after "in", "near" ... is the place of that
 * name when the gazetteer (lent) has one: "a refugee centre in Kerry" is Ireland's county, not
 * John Kerry (not before a possessive: "in Kerry's view"). */
static int place_not_person(const tc_actors *d, const tc_text *t, const tc_sentence *s, uint32_t i,
                            const pattern *p, const entry *e)
{
    static const char *const before[] = {"in",       "near",    "outside",    "across",
                                         "around",   "inside",  "throughout", "northern",
                                         "southern", "eastern", "western"};
    char cc3[4];
    if (!d->gaz || p->ntok != 1 || !e || e->kind != TC_KIND_PERSON || i <= s->tok0) return 0;
    if (!in_words(&t->toks[i - 1], before, sizeof before / sizeof *before)) return 0;
    if (i + 1 < s->tok0 + s->ntok && possessive_mark(t, i + 1)) return 0;
    return place_of(d, t, i, i + 1, 1000, 0, cc3);
}

static size_t raw_scan(const tc_actors *d, const tc_text *t, const tc_sentence *s, int32_t day,
                       int keep_hidden, raw_match *out)
{
    size_t n = 0;
    uint32_t end = s->tok0 + s->ntok, matched_to = 0;
    for (uint32_t i = s->tok0; i < end;) {
        const pattern *p = longest_at(d, t, i, end);
        if (!p) {
            i++;
            continue;
        }
        int country_only;
        const entry *e = pick(d, p, day, &country_only);
        /* "Russian-led", "Iran-backed", "Armenian-American": a modifier, not an actor; but a
         * state leading an agent is that state's ("Saudi-led forces" = SAUMIL) */
        uint32_t led = e ? led_agent(d, t, s, e, i + p->ntok, day) : 0;
        if (!led && e) led = flagged(d, t, s, e, i + p->ntok);
        uint32_t service = !led && e ? outlet_service(d, t, s, e, i + p->ntok) : 0;
        led += service; /* "VOA Mandarin": the language is no other name the outlet is in */
        /* "ex-Ecuadorian Foreign Minister X": "ex-" before a state's adjective says what the
           person was, it makes no modifier ("ex-ministers" stays one) */
        int ex = e && e->kind == TC_KIND_ADJ && i >= s->tok0 + 2 && word_is(&t->toks[i - 2], "ex");
        int modifier = !led && ((i + p->ntok < end && is_hyphen(&t->toks[i + p->ntok])) ||
                                (glued_after_hyphen(t, s->tok0, i) && !ex));
        int hidden = !e || e->kind == TC_KIND_DISCARD || modifier ||
                             other_person(d, t, s, i, matched_to, p, e)
                         ? HIDDEN
                     : place_not_person(d, t, s, i, p, e)          ? HIDDEN_PLACE
                     : !service && in_other_name(d, t, s, i, p, e) ? HIDDEN_IN_NAME
                                                                   : 0;
        uint32_t title =
            e && e->kind == TC_KIND_PERSON && !hidden && honorific_before(t, s, i, matched_to);
        if (e && n && out[n - 1].next == end) out[n - 1].next = i - title;
        if (e && (!hidden || keep_hidden))
            out[n++] =
                (raw_match){i - title, p->ntok + led + title, e, country_only, hidden, end, 0};
        i += p->ntok + led;
        matched_to = i;
    }
    return n;
}

enum { MAX_AGENTS = 4 };

typedef struct {
    uint32_t tok0, tok_end;
    const raw_match *base, *person, *adj;
    const raw_match *group; /* ethnic or religious group qualifying a state ("Christian") */
    const raw_match *agents[MAX_AGENTS];
    int nagents;
    const raw_match *owned; /* "Sudan's Rapid Support Forces": the state's own group */
    int title_of;           /* "King Abdullah of Jordan": a title, a name, of, the state */
    int noun;               /* the agent is a common noun's sector (src/nouns.h) */
    int people;             /* an adjective used as its people's noun: "the British" */
    int place;              /* an adjective and a place's noun: "Israeli towns" (the state) */
    int shared;             /* the state of the agent coordinated before it ("and tanks") */
    int posted;             /* an organisation between the state and its envoy ("China's
                               U.N. ambassador"): where the envoy sits (posting()) */
    uint32_t next;          /* where the match after its last one starts (raw_match.next) */
} chunk;

static int is_base(tc_actor_kind k)
{
    return k == TC_KIND_COUNTRY || k == TC_KIND_METONYM || k == TC_KIND_REGION ||
           k == TC_KIND_IGO || k == TC_KIND_NGO || k == TC_KIND_GROUP || k == TC_KIND_ETHNIC ||
           k == TC_KIND_ACTOR;
}

/* Are tokens [from, to) at most three plain modifiers ("new", "top", "awful and evil")
 * between a possessive and its agent ("Armenia's new foreign minister")? Not phrases:
 * "Russia's decision to send troops", "Israel's war against Hamas fighters" join nothing. */
static int modifiers_only(const tc_text *t, uint32_t from, uint32_t to)
{
    static const char *const stop[] = {
        "to",   "of",    "for",   "against", "with",  "on",      "in",       "by",     "from",
        "at",   "the",   "a",     "an",      "and",   "or",      "its",      "their",  "over",
        "into", "as",    "than",  "while",   "when",  "whereas", "although", "though", "because",
        "if",   "since", "until", "who",     "which", "that",    "but"};
    uint32_t words = 0;
    if (to <= from) return 0;
    for (uint32_t k = from; k < to; k++) {
        const tc_token *w = &t->toks[k];
        /* a hyphen glued between two words joins them: "high-profile", "newly-elected" */
        if (k > from && k + 1 < to && is_hyphen(w) &&
            t->toks[k - 1].off + t->toks[k - 1].len == w->off &&
            w->off + w->len == t->toks[k + 1].off)
            continue;
        if (++words > 3) return 0;
        if (w->flags & (TC_TOK_PUNCT | TC_TOK_CAP | TC_TOK_UPPER) || w->nlen < 2) return 0;
        if (k > from && k + 1 < to && word_is(w, "and")) continue; /* "awful and evil" */
        for (size_t i = 0; i < sizeof stop / sizeof *stop; i++)
            if (word_is(w, stop[i])) return 0;
        const char *end = w->norm + w->nlen;
        if ((w->nlen > 4 && !strcmp(end - 3, "ing")) || (w->nlen > 3 && !strcmp(end - 2, "ed")))
            return 0;
        for (const char *c = w->norm; c < end; c++)
            if (!(*c >= 'a' && *c <= 'z') && *c != '-') return 0;
    }
    return 1;
}

/* Is r an institution or group of the chunk's own state, right after it or after its
 * possessive ("Sudan's Rapid Support Forces", "the Israeli Knesset"), or a group after the
 * possessive of a state that an agent's "of" joined ("the leader of Afghanistan's Taliban")?
 * It gives the code. */
static int owned_by(const chunk *c, const raw_match *r)
{
    const raw_match *st = c->base ? c->base : c->adj;
    tc_actor_kind k = r->e->kind;
    if (!st || c->person || c->owned || c->group) return 0;
    /* "the leader of Afghanistan's Taliban insurgency": an office of the group after the
       state's possessive (joins asks for it), which is the group's, not the state's */
    /* ... "members of the U.S. Congress": people of no state are the institution's */
    int named = c->nagents && !(c->nagents == 1 && c->agents[0]->generic);
    if (named && (c->agents[c->nagents - 1]->tok0 > st->tok0 || r->tok0 == st->tok0 + st->ntok ||
                  k != TC_KIND_GROUP))
        return 0;
    if (st->e->kind != TC_KIND_COUNTRY && st->e->kind != TC_KIND_ADJ) return 0;
    if ((k != TC_KIND_GROUP && k != TC_KIND_METONYM) || strlen(r->e->code) <= 3) return 0;
    /* "the Canadian House of Commons": a nationality before another state's institution
     * names its own (CAN + LEG); a group keeps its state ("Iranian Hezbollah" is no Iranian) */
    return !strncmp(r->e->code, st->e->code, 3) ||
           (st->e->kind == TC_KIND_ADJ && k == TC_KIND_METONYM && st == c->adj &&
            st->tok0 + st->ntok == r->tok0);
}

/* Is r "of" + the state of chunk c's institution or group ("the Grand National Assembly of
 * Turkey", "the National Liberation Army of Colombia")? It adds nothing but its words. */
static int of_own_state(const tc_text *t, const chunk *c, const raw_match *r)
{
    const raw_match *b = c->base;
    if (!b || c->person || c->adj || r->e->kind != TC_KIND_COUNTRY) return 0;
    if ((b->e->kind != TC_KIND_GROUP && b->e->kind != TC_KIND_METONYM) || strlen(b->e->code) <= 3)
        return 0;
    return r->tok0 == c->tok_end + 1 && word_is(&t->toks[c->tok_end], "of") &&
           !strncmp(b->e->code, r->e->code, 3);
}

/* Titles that name a state's ruler with "of": "King Abdullah of Jordan". */
static const char *const ruler_titles[] = {"king",   "queen",  "emir",    "amir",      "sultan",
                                           "prince", "sheikh", "emperor", "president", "crown"};

/* Does chunk c (a title alone) reach state r over a name and "of": "King Abdullah of Jordan",
 * "President Ruto of Kenya"? The name may be unknown: one to three capitalised words. */
static int title_of(const tc_text *t, const chunk *c, const raw_match *r)
{
    if (c->nagents != 1 || c->base || c->adj || c->person || r->e->kind != TC_KIND_COUNTRY)
        return 0;
    const raw_match *a = c->agents[0];
    const tc_token *title = &t->toks[a->tok0];
    size_t k = 0;
    while (k < sizeof ruler_titles / sizeof *ruler_titles && !word_is(title, ruler_titles[k])) k++;
    if (k == sizeof ruler_titles / sizeof *ruler_titles || !(title->flags & TC_TOK_CAP)) return 0;
    static const char *const inner[] = {"bin", "bint", "ibn", "al", "el",
                                        "de",  "van",  "von", "der"};
    uint32_t of = r->tok0 - 1;
    if (of > c->tok_end && word_is(&t->toks[of], "the")) of--; /* "of the Netherlands" */
    if (of < c->tok_end + 1 || of - c->tok_end > 6 || !word_is(&t->toks[of], "of")) return 0;
    /* the name: capitalised words, particles of names and hyphens glued inside ("Haitham bin
       Tarik", "Willem-Alexander"), a capitalised word first and last */
    for (uint32_t i = c->tok_end; i < of; i++) {
        const tc_token *w = &t->toks[i];
        int cap = (w->flags & (TC_TOK_CAP | TC_TOK_UPPER)) && (w->flags & TC_TOK_WORD);
        int edge = i == c->tok_end || i + 1 == of;
        if (cap) continue;
        if (edge) return 0;
        if (is_hyphen(w) && t->toks[i - 1].off + t->toks[i - 1].len == w->off &&
            w->off + w->len == t->toks[i + 1].off)
            continue;
        if (!in_words(w, inner, sizeof inner / sizeof *inner)) return 0;
    }
    return 1;
}

/* May raw match r extend chunk c? (gap = tokens between them) */
/* Is token i a possessive: "'s", or an apostrophe glued to a word ending in s ("Athens'
 * foreign ministry")? */
static int possessive_mark(const tc_text *t, uint32_t i)
{
    const tc_token *g = &t->toks[i], *w = i ? &t->toks[i - 1] : NULL;
    if ((g->flags & TC_TOK_CLITIC) && word_is(g, "'s")) return 1;
    return w && (word_is(g, "'") || word_is(g, "\xe2\x80\x99")) && w->off + w->len == g->off &&
           w->nlen && w->norm[w->nlen - 1] == 's';
}

/* Are tokens [from, to) one to three words of an office's rank, capitalised ("Russian Deputy
 * Foreign Minister", "Chinese Executive Vice Foreign Minister") or not ("U.S. deputy assistant
 * secretary of state")? */
static int rank_words(const tc_text *t, uint32_t from, uint32_t to)
{
    static const char *const ranks[] = {"deputy",    "vice",    "acting", "executive", "senior",
                                        "assistant", "first",   "second", "chief",     "principal",
                                        "permanent", "special", "under",  "interim"};
    if (to <= from || to - from > 3) return 0;
    for (uint32_t k = from; k < to; k++)
        if (!in_words(&t->toks[k], ranks, sizeof ranks / sizeof *ranks)) return 0;
    return 1;
}

/* Is r the organisation a state's envoy is sent to, between the state and the envoy's noun:
 * "China's U.N. ambassador", "the U.S. deputy U.N. ambassador", "a British UN envoy", "Iran's
 * U.N. mission"? The envoy speaks for the state (its GOV); the organisation only says where it
 * sits (the dictionary's "U.N. ambassador" alone would be the UN's). Not "the U.N. envoy for
 * Syria" (no state before it) nor "Kenya's AU troops" (no envoy's noun after it). */
static int posting(const tc_text *t, const chunk *c, const raw_match *r)
{
    static const char *const envoys[] = {
        "ambassador",      "ambassadors", "envoy",     "envoys",     "representative",
        "representatives", "delegate",    "delegates", "delegation", "mission"};
    const raw_match *st = c->base ? c->base : c->adj;
    if (r->e->kind != TC_KIND_IGO || !st || c->person || c->nagents || c->group || c->owned ||
        (c->base && c->base->e->kind != TC_KIND_COUNTRY) || r->tok0 < c->tok_end)
        return 0;
    uint32_t from = c->tok_end, after = r->tok0 + r->ntok;
    if (from < r->tok0 && possessive_mark(t, from)) from++;
    if (from < r->tok0 && !rank_words(t, from, r->tok0)) return 0; /* "deputy", "permanent" */
    uint32_t end = after;
    while (end < t->ntoks && end < after + 2 &&
           in_words(&t->toks[end],
                    (const char *const[]){"deputy", "acting", "permanent", "special", "chief"}, 5))
        end++;
    return end < t->ntoks && in_words(&t->toks[end], envoys, sizeof envoys / sizeof *envoys);
}

static int joins(const tc_text *t, const chunk *c, const raw_match *r)
{
    uint32_t gap = r->tok0 - c->tok_end;
    tc_actor_kind k = r->e->kind;
    int has_state = c->base || c->adj || c->person;
    const tc_token *g = &t->toks[c->tok_end];
    int possessive = gap >= 1 && possessive_mark(t, c->tok_end) &&
                     (gap == 1 || modifiers_only(t, c->tok_end + 1, r->tok0));
    /* "Pashinyan's government", "the Obama administration" (his, out of office too), "King
     * Abdullah II of Jordan" */
    if (c->person)
        return (k == TC_KIND_AGENT && possessive && !c->person->country_only) ||
               (k == TC_KIND_AGENT && gap == 0 && !strcmp(r->e->code, "GOV")) ||
               (gap == 1 && word_is(g, "of") && k == TC_KIND_COUNTRY &&
                !strncmp(r->e->code, c->person->e->code, 3));
    /* "the Drug Enforcement Administration (DEA) officials": an acronym in brackets and the
     * agent after them */
    if (gap == 1 && k == TC_KIND_AGENT && word_is(g, ")") && c->tok0 > 0 &&
        word_is(&t->toks[c->tok0 - 1], "(") && (c->base || c->adj))
        return 1;
    if ((gap == 0 || possessive) && owned_by(c, r)) return 1;
    if (of_own_state(t, c, r)) return 1;
    if (title_of(t, c, r)) return 1;
    if (gap == 0) {
        /* "Armenian Christians", "Christian Armenians": a state qualified by a group. */
        int base_is_group = c->base && c->base->e->kind == TC_KIND_ETHNIC;
        if (k == TC_KIND_ETHNIC && has_state && !c->group && !c->nagents) return 1;
        if (k == TC_KIND_COUNTRY && base_is_group && !c->adj && !c->group && !c->nagents) return 1;
        return k == TC_KIND_AGENT || k == TC_KIND_PERSON || (!has_state && is_base(k));
    }
    if (possessive) return has_state && (k == TC_KIND_AGENT || k == TC_KIND_PERSON);
    if (has_state && !c->person && k == TC_KIND_AGENT && rank_words(t, c->tok_end, r->tok0))
        return 1; /* "Russian Deputy Foreign Minister" */
    if (!c->nagents || has_state || !is_base(k)) return 0;
    if (!word_is(g, "in") && !word_is(g, "of") && !word_is(g, "from")) return 0;
    /* "lawmakers from the right-wing populist Alternative for Germany": a group after a few
     * plain modifiers */
    if (gap > 2)
        return k == TC_KIND_GROUP && !word_is(g, "in") && word_is(g + 1, "the") &&
               modifiers_only(t, c->tok_end + 2, r->tok0);
    /* "its troops in Syria" are not Syria's: the possessive names the owner. */
    if (c->tok0 > 0) {
        const tc_token *p = &t->toks[c->tok0 - 1];
        if (word_is(p, "its") || word_is(p, "their") || word_is(p, "his") || word_is(p, "her") ||
            word_is(p, "our"))
            return 0;
    }
    return gap == 1 || word_is(g + 1, "the");
}

static void add_to_chunk(chunk *c, const raw_match *r)
{
    switch (r->e->kind) {
    case TC_KIND_AGENT:
        if (c->nagents == 1 && c->agents[0]->generic && !r->generic) c->nagents = 0;
        if (c->nagents < MAX_AGENTS) c->agents[c->nagents++] = r;
        break;
    case TC_KIND_PERSON:
        c->person = r;
        break;
    case TC_KIND_ADJ:
        c->adj = r;
        break;
    case TC_KIND_ETHNIC:
        if (c->base || c->adj)
            c->group = r;
        else
            c->base = r;
        break;
    default:
        if (owned_by(c, r)) {
            c->owned = r;
        } else if (c->person) {
            /* "of Jordan" after the king's name: the person decides */
        } else if (c->base && c->base->e->kind == TC_KIND_ETHNIC) {
            c->group = c->base;
            c->base = r;
        } else if (!c->base) {
            c->base = r;
        }
    }
    c->tok_end = r->tok0 + r->ntok;
    c->next = r->next;
}

/* Does code hold the 3-letter block b at a block boundary? */
static int has_block(const char *code, const char *b)
{
    for (size_t i = 0; code[i] && code[i + 1] && code[i + 2]; i += 3)
        if (!strncmp(code + i, b, 3)) return 1;
    return 0;
}

/* Adds the blocks of agent code a to code (in front when prefix), skipping those it has. */
static void add_blocks(char *code, size_t cap, const char *a, int prefix)
{
    char add[32] = "";
    for (size_t i = 0; a[i]; i += 3) {
        char b[4];
        snprintf(b, sizeof b, "%.3s", a + i);
        if (!has_block(code, b) && strlen(add) + strlen(b) < sizeof add) strcat(add, b);
        if (strlen(a + i) < 3) break;
    }
    char out[64];
    snprintf(out, sizeof out, prefix ? "%s%s" : "%2$s%1$s", add, code);
    size_t n = strlen(out) < cap ? strlen(out) : cap - 1;
    memcpy(code, out, n);
    code[n] = 0;
}

/* PETRARCH's combination: prefix agents, the actor's code, suffix agents, no block twice. */
static void combine_actor(const chunk *c, const entry *e, char *code, size_t cap)
{
    snprintf(code, cap, "%s", e->code);
    for (int i = 0; i < c->nagents; i++)
        add_blocks(code, cap, c->agents[i]->e->code, c->agents[i]->e->prefix);
}

/* Code of a state-like entry e (country, adjective, metonym, region) with the chunk's group
 * and agent: "ARM" + "CHR" + "GOV". A metonym or region carries its own role ("Pentagon" =
 * USAMIL): a named agent replaces it, except a plain GOV ("Pentagon officials" = USAMIL). */
static void national_code(const chunk *c, const entry *e, char *code, size_t cap)
{
    const char *agent = c->nagents ? c->agents[0]->e->code : NULL;
    const char *group = c->group ? c->group->e->code : "";
    const char *own = strlen(e->code) > 3 ? e->code + 3 : "";
    if (!agent || (*own && !strcmp(agent, "GOV"))) agent = own;
    snprintf(code, cap, "%.3s%.14s%.12s", e->code, group, agent);
}

/* The code of a finished chunk; returns 0 when the chunk is no actor (a lone adjective). */
/* Is the lone adjective of chunk c its people's noun: "the" before it, one word ending as
 * the nationalities English uses as plural nouns do ("British", "French", "Dutch", "Swiss",
 * "Japanese"), and no noun after it ("the British rejected", "the French and", not "the
 * British public", "the British Museum")? */
static int adjective_people(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                            const chunk *c)
{
    static const char *const endings[] = {"ish", "ese", "ch", "ss"};
    uint32_t end = s->tok0 + s->ntok, len;
    const char *why;
    const tc_token *w = &t->toks[c->tok0];
    if (c->tok_end != c->tok0 + 1 || c->tok0 == s->tok0 || !word_is(&t->toks[c->tok0 - 1], "the"))
        return 0;
    int ends = 0;
    for (size_t k = 0; k < sizeof endings / sizeof *endings && !ends; k++) {
        size_t el = strlen(endings[k]);
        ends = w->nlen > el && !memcmp(w->norm + w->nlen - el, endings[k], el);
    }
    if (!ends) return 0;
    if (c->tok_end >= end) return 1;
    const tc_token *x = &t->toks[c->tok_end];
    if (x->flags & (TC_TOK_CAP | TC_TOK_UPPER)) return 0;
    if (x->flags & TC_TOK_PUNCT) return !is_hyphen(x);
    return tc_nouns_head(d->nouns, t, c->tok_end, end, TC_NOUNS_SUBJECT, &len, &why) ==
           TC_NOUN_NONE;
}

/* Does the text give the person of chunk c, entry p, a government office right before the
 * name ("Prime Minister Imran Khan", "President X") that the entry's code on the date does
 * not hold (PAKOPP)? Not "former", "ex-", "late" or "then" before it. */
static int titled(const tc_actors *d, const tc_text *t, const chunk *c, const entry *p)
{
    if (!c->nagents) return 0;
    const raw_match *a = c->agents[0];
    if (a->tok0 + a->ntok > c->person->tok0 || strcmp(a->e->code, "GOV") != 0 ||
        !tc_map_get(d->states, p->code, 3) || strlen(p->code) < 6 ||
        !strncmp(p->code + 3, "GOV", 3))
        return 0;
    /* offices of government, not "leader" (of a party: "Labour leader Keir Starmer") */
    static const char *const offices[] = {"president", "minister", "premier", "chancellor",
                                          "king",      "queen",    "emir",    "sultan"};
    const tc_token *last = &t->toks[a->tok0 + a->ntok - 1];
    int office = 0;
    for (size_t k = 0; k < sizeof offices / sizeof *offices; k++)
        office |= word_is(last, offices[k]);
    if (!office) return 0;
    static const char *const before[] = {"former",  "ex",     "late",   "then",   "outgoing",
                                         "deposed", "ousted", "exiled", "jailed", "imprisoned"};
    for (uint32_t i = c->tok0 > 2 ? c->tok0 - 2 : 0; i < c->person->tok0; i++)
        for (size_t k = 0; k < sizeof before / sizeof *before; k++)
            if (word_is(&t->toks[i], before[k])) return 0;
    return 1;
}

/* Is entry e of chunk c a state's party (XXXPTY) followed by a legislator's noun ("Tory MP",
 * "Republican senators")? A member of parliament acts in the legislature, whatever the
 * party; its leader or spokesman stays the party's. */
static int party_legislator(const tc_actors *d, const chunk *c, const entry *e)
{
    return e->kind == TC_KIND_GROUP && strlen(e->code) == 6 && !strcmp(e->code + 3, "PTY") &&
           tc_map_get(d->states, e->code, 3) && c->nagents &&
           !strcmp(c->agents[c->nagents - 1]->e->code, "LEG");
}

/* The rule of a state's envoy to an organisation (posting()): its state is its own, never the
 * topic of its office ("X, China's U.N. ambassador," is China's, where "X, a North Korea envoy,"
 * may be another state's envoy for North Korea). */
static const char rule_posted[] =
    "a state + its envoy to an organisation (\"China's U.N. ambassador\")";

static int resolve(const tc_actors *d, const tc_text *t, const chunk *c, tc_mention *m)
{
    m->rule = "";
    m->entry = -1;
    m->flags = 0;
    const raw_match *state = c->base ? c->base : c->adj;
    m->tok0 = c->tok0;
    m->ntok = c->tok_end - c->tok0;
    if (c->person) {
        const entry *p = c->person->e;
        const raw_match *after = c->nagents ? c->agents[c->nagents - 1] : NULL;
        m->entry = (int32_t)(p - d->entries);
        if (after && after->tok0 > c->person->tok0 && tc_map_get(d->states, p->code, 3)) {
            /* "Putin's spokesman" = RUS + GOV; "Guterres's spokesman" stays IGOUNO */
            snprintf(m->code, sizeof m->code, "%.3s%.28s", p->code, after->e->code);
            m->rule = "a person's state + the agent after the possessive";
        } else if (titled(d, t, c, p)) {
            /* "Pakistan Prime Minister Imran Khan" in text of no date, or of a date when the
               dictionary has him in opposition: the title the text gives him now */
            snprintf(m->code, sizeof m->code, "%.3s%.28s", p->code, c->agents[0]->e->code);
            m->rule = "a person's state + the office the text gives before the name";
        } else if (c->person->country_only && !tc_map_get(d->states, p->code, 3)) {
            return 0; /* outside every role and no state to fall back on: a former UN head */
        } else {
            snprintf(m->code, sizeof m->code, "%.*s", c->person->country_only ? 3 : 31, p->code);
            m->rule = c->person->country_only ? "a person outside every dated role: the state"
                      : p->from || p->to      ? "a person's role on the date"
                                              : "a person's code";
        }
        m->name = p->name;
        m->kind = TC_KIND_PERSON;
        return 1;
    }
    if (!state) {
        if (!c->nagents) return 0;
        snprintf(m->code, sizeof m->code, "---%.28s", c->agents[0]->e->code);
        m->name = c->agents[0]->e->name;
        m->kind = TC_KIND_AGENT;
        m->entry = (int32_t)(c->agents[0]->e - d->entries);
        m->rule = "an agent with no state";
        return 1;
    }
    const entry *e = state->e;
    if (c->owned) {
        const entry *o = c->owned->e;
        m->entry = (int32_t)(o - d->entries);
        m->name = o->name;
        m->kind = o->kind;
        if (!strncmp(o->code, e->code, 3)) {
            snprintf(m->code, sizeof m->code, "%s", o->code);
            m->rule = "a state's own institution or group named after it (\"Sudan's RSF\")";
        } else {
            snprintf(m->code, sizeof m->code, "%.3s%.28s", e->code, o->code + 3);
            m->rule = "a nationality + another state's institution: that nationality's";
        }
        return 1;
    }
    /* "the Saudi-led coalition": a state leading a coalition or mission stands for it */
    int leads = state == c->adj && !c->nagents && !c->group && c->adj->ntok >= 3 &&
                word_is(&t->toks[c->adj->tok0 + c->adj->ntok - 1], "led");
    if (state == c->adj && (c->people || leads || c->place)) { /* "the British rejected it" */
        snprintf(m->code, sizeof m->code, "%.3s", c->adj->e->code);
        const char *canon = tc_map_get(d->states, c->adj->e->code, 3);
        m->entry = (int32_t)(c->adj->e - d->entries);
        m->name = canon ? canon : c->adj->e->name;
        m->kind = TC_KIND_COUNTRY;
        m->rule = leads      ? "a nationality leading a coalition ('the Saudi-led coalition')"
                  : c->place ? "a nationality + a place's noun (WordNet's noun.location): the state"
                             : "a nationality used as its people's noun ('the British')";
        return 1;
    }
    if (state == c->adj && !c->nagents && !c->group)
        return 0; /* "Armenian genocide": an adjective alone is no actor */
    int national =
        e->kind == TC_KIND_COUNTRY || e->kind == TC_KIND_ADJ || e->kind == TC_KIND_METONYM;
    /* A region coded as a plain state takes the agent ("Gaza's health ministry" = PSEGOV);
     * one with a role of its own (AZESEP) keeps it. */
    int bare_region = e->kind == TC_KIND_REGION && strlen(e->code) == 3;
    m->entry = (int32_t)(e - d->entries);
    if (national || bare_region) {
        national_code(c, e, m->code, sizeof m->code);
        m->rule = c->nagents                   ? (e->kind == TC_KIND_METONYM && strlen(e->code) > 3
                                                      ? "a metonym's role, or the agent that replaces it"
                                                      : "state + agent")
                  : e->kind == TC_KIND_METONYM ? "a metonym's own role"
                                               : "the state";
        if (c->title_of) m->rule = "a title, a name and 'of' the state (\"King X of Y\")";
        if (c->shared)
            m->rule = "an agent coordinated with a state's agent of its side shares its state "
                      "(\"Russian helicopters and tanks\")";
        if (c->posted) { /* an envoy, a delegation or a mission: the state's government */
            snprintf(m->code, sizeof m->code, "%.3sGOV", e->code);
            m->rule = rule_posted;
        }
        if (c->noun)
            m->rule = !strcmp(c->agents[0]->e->code, "MIL")
                          ? "state + a weapon, military vehicle or unit, act of force or base"
                      : !strcmp(c->agents[0]->e->code, "BUS")
                          ? "state's adjective + a vehicle of trade (trucks, cargo ships)"
                          : "state + a person noun (WordNet's noun.person)";
    } else if (e->kind == TC_KIND_ACTOR) {
        combine_actor(c, e, m->code, sizeof m->code);
        m->rule = "an actor of another format + its agents";
    } else if (e->kind == TC_KIND_ETHNIC && c->nagents) { /* "Kurdish forces" */
        snprintf(m->code, sizeof m->code, "%.28s%.3s", e->code, c->agents[0]->e->code);
        m->rule = "an ethnic or religious group + agent";
    } else if (party_legislator(d, c, e)) { /* "Tory MP X", "AfD lawmakers" */
        snprintf(m->code, sizeof m->code, "%.3sLEG", e->code);
        m->rule = "a state's party + a legislator's noun: the state's legislature";
    } else {
        snprintf(m->code, sizeof m->code, "%s", e->code);
        m->rule = "an organisation's or group's own code";
    }
    /* A state is shown by its common name ("Russia"), whatever name the text used. */
    const char *state_name = e->kind == TC_KIND_COUNTRY || e->kind == TC_KIND_ADJ
                                 ? tc_map_get(d->states, e->code, 3)
                                 : NULL;
    m->name = state_name ? state_name : e->name;
    m->kind = e->kind == TC_KIND_ADJ ? TC_KIND_COUNTRY : e->kind;
    if (party_legislator(d, c, e)) m->kind = TC_KIND_COUNTRY; /* the state's, as its agents */
    return 1;
}

/* Are tokens [from, to) a coordination: "and", "or", ",", ", and", "and the" ("Japanese and
 * the Australian armies")? */
static int coordinated(const tc_text *t, uint32_t from, uint32_t to)
{
    if (to <= from || to - from > 2) return 0;
    for (uint32_t k = from; k < to; k++)
        if (!word_is(&t->toks[k], "and") && !word_is(&t->toks[k], "or") &&
            !word_is(&t->toks[k], ",") &&
            !(k > from && k + 1 == to && word_is(&t->toks[k], "the") &&
              word_is(&t->toks[k - 1], "and")))
            return 0;
    return 1;
}

/* Words of a role that say what a person knows of a country, not that they are of it: "a North
 * Korean expert", "the Japan chair at the Hudson Institute". */
static const char *const topics[] = {"expert",        "experts",   "analyst",   "analysts",
                                     "specialist",    "scholar",   "watcher",   "observer",
                                     "researcher",    "historian", "hand",      "chair",
                                     "correspondent", "envoy",     "ambassador"};

/* A generic actor: a state, its adjective or capital with no agent yet, then common nouns
 * whose head is a weapon, a military vehicle or unit, or a person: "Israeli helicopters" =
 * ISR + MIL, "Sudanese villagers" = SDN + CVL (not a group: noun.group holds "public" and
 * "economy", "community" and "business" alike). The nouns end
 * before limit (the next match). Extends c with the noun's agent (in arena a); 1 if it did. */
static int noun_agent(const tc_actors *d, const tc_text *t, chunk *c, uint32_t limit, tc_arena *a)
{
    const raw_match *st = c->base ? c->base : c->adj;
    if (!d->nouns || !st || c->person || c->owned || c->nagents) return 0;
    tc_actor_kind k = st->e->kind;
    if ((k != TC_KIND_COUNTRY && k != TC_KIND_ADJ && k != TC_KIND_METONYM) || st->e->people)
        return 0; /* "took 200 Israelis hostage" */
    uint32_t n;
    const char *why;
    if (c->next < limit) limit = c->next; /* "a United States military plane": a discard */
    tc_noun_sort sort =
        tc_nouns_head(d->nouns, t, c->tok_end, limit,
                      k == TC_KIND_ADJ ? TC_NOUNS_MODIFIER : TC_NOUNS_SUBJECT, &n, &why);
    int mil = sort == TC_NOUN_MILITARY;
    /* "an Iranian-flagged vessel": a flag makes any ship one of trade */
    int flag = word_is(&t->toks[c->tok_end - 1], "flagged");
    int trade = sort == TC_NOUN_OTHER && (k == TC_KIND_ADJ || flag) &&
                (trade_vehicle(t, c->tok_end, n) ||
                 (flag && in_words(&t->toks[c->tok_end + n - 1], trade_ships,
                                   sizeof trade_ships / sizeof *trade_ships)));
    /* "Israeli towns", "Pakistani airspace", "a Palestinian state": a nationality and a place's
       noun are the state, where force or recognition is aimed */
    /* (not an area an ethnic reading may name, "an Armenian enclave", "the Kurdish region",
       nor many states, "Central African states") */
    static const char *const areas[] = {"enclave",
                                        "enclaves",
                                        "exclave",
                                        "region",
                                        "regions",
                                        "area",
                                        "areas",
                                        "district",
                                        "districts",
                                        "province",
                                        "provinces",
                                        "zone",
                                        "zones",
                                        "quarter",
                                        "quarters",
                                        "neighbourhood",
                                        "neighborhood",
                                        "neighbourhoods",
                                        "neighborhoods",
                                        "homeland",
                                        "homelands",
                                        "heartland",
                                        "lands",
                                        "states",
                                        "nations",
                                        "countries",
                                        "community",
                                        "communities",
                                        NULL};
    if (sort == TC_NOUN_PLACE && k == TC_KIND_ADJ) {
        if (in_words(&t->toks[c->tok_end + n - 1], areas, sizeof areas / sizeof *areas - 1))
            return 0;
        c->tok_end += n;
        c->place = 1;
        return 1;
    }
    if (!mil && !trade && sort != TC_NOUN_PERSON) return 0;
    /* "a senior Iran analyst", "a China expert": a state's name before such a noun is what the
     * person studies (its adjective may be their nationality: "a North Korean expert") */
    if (!mil && k != TC_KIND_ADJ &&
        in_words(&t->toks[c->tok_end + n - 1], topics, sizeof topics / sizeof *topics))
        return 0;
    /* after a name, one word only: "US bombers", not "the United States sent weapons" (an
     * irregular past WordNet has as a noun, "sent", before the head) */
    uint32_t words = 0;
    for (uint32_t i = c->tok_end; i < c->tok_end + n; i++)
        words += (t->toks[i].flags & TC_TOK_WORD) && !(t->toks[i].flags & TC_TOK_UPPER);
    if (k != TC_KIND_ADJ && words > 1) return 0;
    raw_match *r = tc_arena_alloc(a, sizeof *r);
    *r = (raw_match){c->tok_end, n, &d->entries[d->noun_agent[mil ? 0 : trade ? 2 : 1]], 0, 0,
                     c->next,    0};
    add_to_chunk(c, r);
    c->noun = 1;
    return 1;
}

/* "Ghanaian cocoa farmers", "Russian gas companies": common nouns between a nationality with
 * no agent and an agent that starts at `agent` join them (c then ends where the agent starts). */
static void bridge_nouns(const tc_actors *d, const tc_text *t, chunk *c, uint32_t agent)
{
    const raw_match *st = c->base ? c->base : c->adj;
    if (!d->nouns || !st || c->person || c->owned || c->nagents || agent <= c->tok_end) return;
    tc_actor_kind k = st->e->kind;
    if (k != TC_KIND_ADJ || c->base) return; /* "France sent peacekeepers": a verb between */
    uint32_t n;
    const char *why;
    tc_nouns_head(d->nouns, t, c->tok_end, agent, TC_NOUNS_MODIFIER, &n, &why);
    if (n && c->tok_end + n == agent) /* nouns, or a designator: "Israeli F-35 jets" */
        c->tok_end = agent;
}

/* ---- people of no state (issue 13, seventh round) ---- */

/* Counts and crowds that stand for people when no "of" follows ("Hundreds protested", "police
 * arrested dozens", "a crowd gathered"; "hundreds of people" and "a crowd of protesters" are
 * their noun's, "thousands of dollars" no one's). A crowd is people at large, as Phoenix's
 * MOB [~CVL] (WordNet files it under noun.group). */
static const char *const people_counts[] = {"dozens", "hundreds", "thousands", "crowd", "crowds"};

/* Plural person nouns of people who comment on events, watch or buy rather than act in them
 * ("analysts said", "fans cheered"); whose word names states as often as people ("its
 * allies", "Western partners", "maritime claimants"); who are what a release or an exchange
 * moves, whose side is the holder's ("exchanged prisoners", "freed the hostages"); or whom the
 * coder reads by whom they oppose or suffer from ("opponents of the government", "victims of
 * the attack"); whose word says only whom they stand beside ("Blinken and their colleagues")
 * or that they are not of the place they are in ("foreigners who fought in Ukraine");
 * and "men", a work force for WordNet, and too often a story's few ("deporting
 * the men"): no actor of their own. */
static const char *const bystanders[] = {
    "prisoners",   "hostages",    "detainees",  "captives",    "inmates",     "opponents",
    "detractors",  "victims",     "men",        "colleagues",  "peers",       "foreigners",
    "expatriates", "expats",      "analysts",   "experts",     "observers",   "commentators",
    "pundits",     "economists",  "scholars",   "researchers", "scientists",  "historians",
    "specialists", "watchers",    "fans",       "viewers",     "readers",     "listeners",
    "spectators",  "audiences",   "consumers",  "customers",   "shoppers",    "users",
    "buyers",      "subscribers", "allies",     "partners",    "rivals",      "enemies",
    "foes",        "neighbors",   "neighbours", "adversaries", "competitors", "claimants",
    "signatories"};

/* The tokens of a count of people or a crowd at token i ("Hundreds", "tens of thousands",
 * "hundreds of thousands", "crowds") with no "of" after it and no number before it, or 0. */
static uint32_t people_count(const tc_text *t, const tc_sentence *s, uint32_t i)
{
    uint32_t end = s->tok0 + s->ntok, n = 0;
    const tc_token *w = &t->toks[i];
    if (w->nlen < 4 || (w->norm[w->nlen - 1] != 's' && w->norm[w->nlen - 1] != 'd')) return 0;
    if ((word_is(w, "tens") || word_is(w, "hundreds")) && i + 2 < end &&
        word_is(&t->toks[i + 1], "of") && word_is(&t->toks[i + 2], "thousands"))
        n = 3;
    else if (in_words(w, people_counts, sizeof people_counts / sizeof *people_counts))
        n = 1;
    if (!n || (i + n < end && word_is(&t->toks[i + n], "of"))) return 0;
    if (i > s->tok0 && (t->toks[i - 1].flags & TC_TOK_NUM)) return 0; /* "5 thousands" */
    return n;
}

/* May token w be a plural noun by its ending ("drivers", "fishermen", "children"; not "this",
 * "status", "boss")? A cheap test before WordNet's lookups. */
static int plural_like(const tc_token *w)
{
    if (!(w->flags & TC_TOK_WORD) || w->nlen < 4) return 0;
    const char *e = w->norm + w->nlen;
    if (e[-1] == 's') return e[-2] != 's' && e[-2] != 'u' && e[-2] != 'i' && e[-2] != '\'';
    return !strcmp(e - 3, "men") || !strcmp(e - 3, "ren");
}

/* Is one of the three tokens from i, before end, plural_like? */
static int plural_ahead(const tc_text *t, uint32_t i, uint32_t end)
{
    for (uint32_t k = i; k < end && k < i + 3 && (t->toks[k].flags & TC_TOK_WORD); k++)
        if (plural_like(&t->toks[k])) return 1;
    return 0;
}

/* Does token i follow a subject: a match (after_match), a capitalised word that opens no
 * clause and is no closed-class word, or a pronoun ("they guard")? */
static int after_subject(const tc_text *t, const tc_sentence *s, uint32_t i, int after_match)
{
    static const char *const pronouns[] = {"he", "she", "it", "they", "we", "who", "which", "that"};
    if (after_match) return 1;
    if (i == s->tok0) return 0;
    const tc_token *q = &t->toks[i - 1];
    return ((q->flags & TC_TOK_CAP) && !clause_start(t, s, i - 1) &&
            !in_words(q, openers, sizeof openers / sizeof *openers)) ||
           in_words(q, pronouns, sizeof pronouns / sizeof *pronouns);
}

/* The tokens of a phrase of common nouns at token i whose head is a plural person noun
 * (WordNet's noun.person: "taxi drivers", "fishermen", "Retirees" opening a sentence), or 0;
 * after a subject (after_subject) a word that may be a verb cannot open it. *read gets the
 * tokens of the phrase read either way, which no later start can make a person's. */
static uint32_t people_phrase(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                              uint32_t i, uint32_t end, int after_match, uint32_t *read)
{
    uint32_t n;
    const char *why;
    *read = 0;
    /* most words head no plural within three words: spare them WordNet's lookups */
    if (!plural_ahead(t, i, end)) return 0;
    int before = (after_subject(t, s, i, after_match) ? TC_NOUNS_SUBJECT : TC_NOUNS_MODIFIER) |
                 (clause_start(t, s, i) ? TC_NOUNS_CAPITAL : 0);
    tc_noun_sort sort = tc_nouns_head(d->nouns, t, i, end, before, &n, &why);
    *read = n;
    if (sort != TC_NOUN_PERSON || !n) return 0;
    const tc_token *h = &t->toks[i + n - 1];
    uint32_t one;
    /* "suicide bombers": a head that alone is a weapon reads as one to the coder */
    if (!tc_nouns_plural(d->nouns, h) ||
        tc_nouns_head(d->nouns, t, i + n - 1, i + n, TC_NOUNS_MODIFIER, &one, &why) ==
            TC_NOUN_MILITARY ||
        in_words(h, bystanders, sizeof bystanders / sizeof *bystanders) ||
        in_words(h, topics, sizeof topics / sizeof *topics))
        return 0;
    return n;
}

/* Adds to the raw matches raw[0..n) of sentence s (token order, hidden ones included) the
 * people of no state that no match covers: a count of people or a plural person noun's phrase,
 * as the agent CVL (data/wordnet.classes), so that the chunks read them as any agent ("taxi
 * drivers in Nairobi", "Kenya's taxi drivers", "IS members"). Not right after a match but a
 * group's or an organisation's ("Kenyan taxi drivers" is noun_agent's; "Trump supporters",
 * "Israel fears" are not); after a capitalised word or a pronoun, a verb's form is the verb.
 * The matches go to *out (arena a, room for s->ntok); their count. */
static size_t people_matches(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                             const raw_match *raw, size_t n, tc_arena *a, raw_match **out)
{
    uint32_t end = s->tok0 + s->ntok;
    raw_match *res = tc_arena_alloc(a, s->ntok * sizeof *res);
    size_t m = 0, k = 0;
    /* (the agent CVL exists only where the noun classes were loaded) */
    const entry *cvl = d->nouns ? &d->entries[d->noun_agent[1]] : NULL;
    for (uint32_t i = s->tok0; i < end;) {
        if (k < n && raw[k].tok0 <= i) {
            i = raw[k].tok0 + raw[k].ntok > i ? raw[k].tok0 + raw[k].ntok : i + 1;
            res[m++] = raw[k++];
            continue;
        }
        uint32_t limit = k < n ? raw[k].tok0 : end, len = 0;
        const raw_match *p = m && res[m - 1].tok0 + res[m - 1].ntok == i ? &res[m - 1] : NULL;
        tc_actor_kind pk = p ? (tc_actor_kind)p->e->kind : TC_KIND_COUNT;
        int joinable =
            !p || (!p->hidden && (pk == TC_KIND_GROUP || pk == TC_KIND_IGO || pk == TC_KIND_NGO));
        const tc_token *w = &t->toks[i];
        if (!joinable) { /* "Angolan helicopter pilots": the match's own nouns (noun_agent) */
            const char *why;
            uint32_t from = i;
            while (i < limit && plural_ahead(t, i, limit) &&
                   tc_nouns_head(d->nouns, t, i, i + 1, TC_NOUNS_MODIFIER, &len, &why) !=
                       TC_NOUN_NONE)
                i++;
            i += i == from;
            continue;
        }
        uint32_t read = 0;
        if (d->nouns && (w->flags & TC_TOK_WORD)) {
            len = people_count(t, s, i);
            if (!len) len = people_phrase(d, t, s, i, limit, p != NULL, &read);
        }
        /* "Old friends Malaysia's former prime minister": a name right after is no phrase's */
        if (!len || i + len > limit ||
            (i + len == limit && k < n && raw[k].e->kind != TC_KIND_AGENT)) {
            i += !len && read ? read : 1;
            continue;
        }
        if (m) res[m - 1].next = i;
        res[m++] = (raw_match){i, len, cvl, 0, 0, limit, 1};
        i += len;
    }
    *out = res;
    return m;
}

/* Is w a determiner before a capital that may only qualify a thing ("the Paris stock
 * exchange")? Not "that": before a capital it opens a clause far more often than it points
 * ("demanded that Washington change its stance", "said that Beijing can"). */
static int determiner(const tc_token *w)
{
    static const char *const dets[] = {"the", "a",   "an",  "this", "its",
                                       "his", "her", "our", "their"};
    for (size_t k = 0; k < sizeof dets / sizeof *dets; k++)
        if (word_is(w, dets[k])) return 1;
    return 0;
}

/* Words that end an organisation's name after a state's ("the Nigeria Labour Congress", "the
 * Kenya Red Cross", "the Pakistan Muslim League", "the Cameroon Livestock Ministry"). */
static const char *const state_org_heads[] = {
    "congress", "union",      "unions",        "league",     "party",       "council",
    "cross",    "front",      "movement",      "alliance",   "association", "federation",
    "society",  "authority",  "airways",       "airlines",   "bank",        "corporation",
    "company",  "commission", "institute",     "university", "forum",       "foundation",
    "agency",   "network",    "confederation", "ministry",   "command"};

/* Extends a state's agent whose last word is capitalised ("the Somali Military") over one
 * capitalised word after it that ends an organisation's name (state_org_heads: "Command",
 * "Council"), which no mention covers (next: where the next mention starts): "the Somali
 * Military Command said" is one mention, whose head the parse finds in it. */
static void org_tail(const tc_text *t, const tc_sentence *s, tc_mention *m, uint32_t next)
{
    uint32_t j = m->tok0 + m->ntok;
    if (m->kind != TC_KIND_COUNTRY || strlen(m->code) != 6 || j >= s->tok0 + s->ntok || j >= next ||
        !(t->toks[j - 1].flags & TC_TOK_CAP) || !(t->toks[j].flags & TC_TOK_CAP) ||
        !in_words(&t->toks[j], state_org_heads, sizeof state_org_heads / sizeof *state_org_heads))
        return;
    if (j + 1 < s->tok0 + s->ntok && (t->toks[j + 1].flags & (TC_TOK_CAP | TC_TOK_UPPER)))
        return; /* "the Somali Military Command Center": a longer name */
    m->ntok++;
}

/* Makes a state's name (maybe with "'s": "Somalia's National Intelligence and Security
 * Agency") and the capitalised words after it up to a word that ends an organisation's name
 * one match of the state, hiding the dictionary's matches inside (not
 * "Labour" GBRPTY and "Congress" USALEG in "the Nigeria Labour Congress": NGA); not when
 * only agents follow ("Nigeria Police" stays NGACOP) nor when a match inside is the state's
 * own ("the U.S. Congress"). A state hidden as part of another name (HIDDEN_IN_NAME) is
 * taken so only when an agent ends the name ("Meanwhile, Cameroon Livestock Ministry official
 * X": the state's ministry), which would else split the unknown name that places the whole.
 * raw[0..n) in token order. */
static void state_org_names(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                            raw_match *raw, size_t n)
{
    uint32_t end = s->tok0 + s->ntok;
    for (size_t k = 0; k < n; k++) {
        raw_match *r = &raw[k];
        if ((r->hidden && r->hidden != HIDDEN_IN_NAME) || r->e->kind != TC_KIND_COUNTRY ||
            !tc_actors_is_state(d, r->e->code))
            continue;
        uint32_t j = r->tok0 + r->ntok, e = 0;
        /* "Somalia's National Intelligence and Security Agency": the state's own body */
        int owner = j + 1 < end && possessive_mark(t, j) && (t->toks[j + 1].flags & TC_TOK_CAP);
        j += owner;
        for (uint32_t i = j; i < end && i < j + 6; i++) {
            const tc_token *w = &t->toks[i];
            if (!(w->flags & (TC_TOK_CAP | TC_TOK_UPPER))) {
                if (i > j &&
                    (word_is(w, "of") || word_is(w, "for") || (owner && word_is(w, "and"))) &&
                    i + 1 < end && (t->toks[i + 1].flags & TC_TOK_CAP))
                    continue; /* "the Zimbabwe Congress of Trade Unions" */
                break;
            }
            if (in_words(w, state_org_heads, sizeof state_org_heads / sizeof *state_org_heads))
                e = i + 1;
        }
        if (!e) continue;
        int other = 0, own = 0; /* a word inside that no agent covers; the state's own match */
        for (uint32_t i = j; i < e && !other; i++) {
            other = 1;
            for (size_t q = k + 1; q < n && raw[q].tok0 < e; q++)
                if (raw[q].e->kind == TC_KIND_AGENT && raw[q].tok0 <= i &&
                    i < raw[q].tok0 + raw[q].ntok)
                    other = 0;
        }
        int agent_head = 0; /* the last word an agent's: "Ministry" */
        for (size_t q = k + 1; q < n && raw[q].tok0 < e; q++) {
            own |= !strncmp(raw[q].e->code, r->e->code, 3); /* "the U.S. Congress" = USALEG */
            agent_head |= raw[q].e->kind == TC_KIND_AGENT && raw[q].tok0 + raw[q].ntok == e;
        }
        /* hidden in a name: the unknown name's scan places the whole of it ("the Ghana
         * Institute of Governance" = GHA) unless an agent at its end would split it */
        if (!other || own || (r->hidden && !agent_head)) continue;
        for (size_t q = k + 1; q < n && raw[q].tok0 < e; q++) raw[q].hidden = HIDDEN;
        r->ntok = e - r->tok0;
        r->hidden = 0; /* "Meanwhile, Cameroon Livestock Ministry official X": the state's */
    }
}

/* Marks hidden the capitals of raw[0..n) that only qualify a thing: after a determiner (or
 * in a coordination), before common nouns that head no person or weapon: "the Paris stock
 * exchange", "the Paris and Lisbon stock exchanges" (Lisbon first, then Paris before "and"). */
static void hide_named_capitals(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                                raw_match *raw, size_t n)
{
    uint32_t end = s->tok0 + s->ntok;
    for (size_t k = n; d->nouns && k-- > 0;) {
        raw_match *r = &raw[k];
        if (r->hidden || r->e->kind != TC_KIND_METONYM || r->tok0 == s->tok0) continue;
        /* "Mocimboa da Praia", "Santo Domingo de los Colorados": a capital's name closing a
           longer name, after a capitalised word and a particle of names, is no capital */
        static const char *const name_particles[] = {"da", "de", "do",  "dos", "das", "del",
                                                     "di", "du", "des", "la",  "le",  "los"};
        if (r->tok0 >= s->tok0 + 2 &&
            in_words(&t->toks[r->tok0 - 1], name_particles,
                     sizeof name_particles / sizeof *name_particles) &&
            (t->toks[r->tok0 - 2].flags & TC_TOK_CAP)) {
            r->hidden = 1;
            continue;
        }
        /* "the Paris ...", or "the Paris and Lisbon ..." (not "..., and Yerevan now claims") */
        int det = determiner(&t->toks[r->tok0 - 1]);
        const raw_match *prev = k ? &raw[k - 1] : NULL;
        int chained = prev && prev->e->kind == TC_KIND_METONYM && prev->tok0 > s->tok0 &&
                      determiner(&t->toks[prev->tok0 - 1]) &&
                      coordinated(t, prev->tok0 + prev->ntok, r->tok0);
        if (!det && !chained) continue;
        uint32_t after = r->tok0 + r->ntok, limit = k + 1 < n ? raw[k + 1].tok0 : end, len;
        const char *why;
        tc_noun_sort sort = tc_nouns_head(d->nouns, t, after, limit, TC_NOUNS_SINGULAR, &len, &why);
        r->hidden = sort == TC_NOUN_OTHER || sort == TC_NOUN_GROUP || sort == TC_NOUN_PLACE ||
                    (k + 1 < n && raw[k + 1].hidden && raw[k + 1].e->kind == TC_KIND_METONYM &&
                     coordinated(t, after, raw[k + 1].tok0));
    }
}

/* ---- where unknown names are (the gazetteer) ---- */

/* Words before a name that say it is a place: "in Houston", "from Quetta". */
static const char *const locatives[] = {"in",      "at",     "from", "near",      "to",
                                        "outside", "across", "into", "towards",   "toward",
                                        "around",  "inside", "via",  "throughout"};

/* Words after a name that say it is a person's: "Kelly said". */
static const char *const speech[] = {"said",  "says",    "told",      "added",
                                     "noted", "wrote",   "explained", "argued",
                                     "asked", "replied", "recalled",  "stressed"};

/* Words that make a name an organisation's: "Koya University", "the Wilson Center". */
static const char *const org_heads[] = {
    "university",  "institute",  "center",      "centre",   "council",        "service",
    "foundation",  "group",      "company",     "bank",     "agency",         "association",
    "committee",   "commission", "hospital",    "airport",  "court",          "school",
    "college",     "academy",    "corporation", "network",  "society",        "authority",
    "board",       "federation", "airways",     "airlines", "organization",   "organisation",
    "fund",        "forum",      "club",        "museum",   "observatory",    "institution",
    "consultancy", "lines",      "initiative",  "program",  "programme",      "project",
    "department",  "ministry",   "exchange",    "bureau",   "administration", "tribunal",
    "schools",     "zoo",        "unit",        "facility", "prison",         "jail",
    "hotel",       "stadium",    "mosque",      "base",     "station",        "league",
    "congress",    "alliance",   "coalition",   "front",    "movement",       "union"};

/* The country (alpha-3 into cc3) of the best-known place the gazetteer has under the words
 * [i, j) of t: a country, a capital, a place of our alias table, a town of at least min_pop
 * people (a name that is only another place's alternative name: ten times that), a
 * subdivision of a million people or more (any first-level one for alone 2: before an agent,
 * "the North Dakota Senate"), or, unless the name stands alone (no "in",
 * "-based" ... says it is a place), any other subdivision or place: "Meta" alone is a company
 * before it is a Colombian department of 500,000. The first place of the name that fits, of
 * the best-known one's country ("Mombasa": the county, then the city). 0 when none or no
 * gazetteer. */
static int place_of(const tc_actors *d, const tc_text *t, uint32_t i, uint32_t j, uint32_t min_pop,
                    int alone, char cc3[4])
{
    char key[256];
    const uint32_t *ids;
    uint32_t n;
    tc_gaz_place p;
    if (!d->gaz || j <= i || j - i > tc_gazetteer_max_tokens(d->gaz)) return 0;
    size_t len = tc_gazetteer_key(&t->toks[i], j - i, key, sizeof key);
    if (!len || tc_gazetteer_lookup(d->gaz, key, len, &ids, &n) != 1 || !n) return 0;
    char best[4] = "";
    for (uint32_t k = 0; k < n; k++) { /* the best-known place, or one of its country */
        if (tc_gazetteer_place(d->gaz, ids[k] & ~TC_GAZ_ALT, &p) != TC_OK || !p.cc3[0]) return 0;
        if (!k) memcpy(best, p.cc3, 4);
        if (p.kind == TC_GAZ_NONE || strcmp(p.cc3, best)) return 0;
        /* another language's name that is an English word alone ("Soul", Seoul's) */
        if ((ids[k] & TC_GAZ_ALT) && alone && j == i + 1 && tc_nouns_common(d->nouns, &t->toks[i]))
            continue;
        uint64_t need = ids[k] & TC_GAZ_ALT ? (uint64_t)min_pop * 10 : min_pop;
        int known = (p.flags & (TC_GAZ_CAPITAL | TC_GAZ_CURATED)) || p.kind == TC_GAZ_COUNTRY;
        if (p.kind == TC_GAZ_CITY && p.pop < need && !known) continue;
        if (alone && p.kind != TC_GAZ_CITY && !known &&
            !(p.kind == TC_GAZ_ADMIN1 && (alone == 2 || p.pop >= 1000000)))
            continue;
        memcpy(cc3, p.cc3, 4);
        return 1;
    }
    return 0;
}

int tc_actors_place(const tc_actors *d, const tc_text *t, uint32_t i, uint32_t j, char cc3[4])
{
    return place_of(d, t, i, j, 1000, 0, cc3);
}

/* The place of 1 to 3 words ending right before token e (longest first), at or after first. */
static int place_ending(const tc_actors *d, const tc_text *t, uint32_t first, uint32_t e,
                        char cc3[4])
{
    for (uint32_t len = 3; len >= 1; len--)
        if (e >= first + len && (t->toks[e - len].flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
            place_of(d, t, e - len, e, 1000, 0, cc3))
            return 1;
    return 0;
}

/* The place of 1 to 3 capitalised words starting at token b (longest first), before end. */
static int place_starting(const tc_actors *d, const tc_text *t, uint32_t b, uint32_t end,
                          char cc3[4])
{
    for (uint32_t len = 3; len >= 1; len--)
        if (b + len <= end && (t->toks[b].flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
            place_of(d, t, b, b + len, 1000, 0, cc3))
            return 1;
    return 0;
}

/* Is token k "based" glued to a hyphen after a place: "the Berlin-based X"? Its country. */
static int based_at(const tc_actors *d, const tc_text *t, uint32_t first, uint32_t k, char cc3[4])
{
    return k >= first + 2 && word_is(&t->toks[k], "based") && is_hyphen(&t->toks[k - 1]) &&
           place_ending(d, t, first, k - 1, cc3);
}

int tc_actors_org_word(const char *norm)
{
    for (size_t k = 0; k < sizeof org_heads / sizeof *org_heads; k++)
        if (norm[0] == org_heads[k][0] && !strcmp(norm, org_heads[k])) return 1;
    return 0;
}

int tc_actors_common_word(const tc_actors *d, const tc_token *w)
{
    return tc_nouns_common(d->nouns, w);
}

int tc_actors_noun_at(const tc_actors *d, const tc_text *t, uint32_t i, uint32_t end)
{
    uint32_t n;
    const char *why;
    return i < end && !(t->toks[i].flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
           tc_nouns_head(d->nouns, t, i, end, TC_NOUNS_SINGULAR, &n, &why) != TC_NOUN_NONE;
}

/* Does a name of tokens [i, j) hold a word that makes it an organisation's? */
static int org_name(const tc_text *t, uint32_t i, uint32_t j)
{
    for (uint32_t k = i; k < j; k++)
        if (in_words(&t->toks[k], org_heads, sizeof org_heads / sizeof *org_heads)) return 1;
    return 0;
}

/* Does the name of tokens [i, j) end in a word of a law's or a treaty's name ("the Chinese
 * Exclusion Act", "the Russian Foreign Agents Law"): a text, no actor, whatever state's
 * adjective comes before it? */
static int document_name(const tc_text *t, uint32_t i, uint32_t j)
{
    static const char *const heads[] = {
        "act",        "law",       "treaty",   "accord",    "accords",      "agreement",
        "convention", "charter",   "protocol", "doctrine",  "constitution", "declaration",
        "bill",       "amendment", "statute",  "ordinance", "decree"};
    return j > i && in_words(&t->toks[j - 1], heads, sizeof heads / sizeof *heads);
}

/* Is the name of tokens [i, j) a place the gazetteer knows, by itself: after "in", "from" ...
 * any place, else a city of 500,000 people or more, a capital or a place of our alias table
 * (place_of); not a word in capitals ("NISA"), not before "said" ("Kelly said"), not when a
 * capitalised word follows (the name goes on into a dictionary's: "Koya University"), not an
 * organisation's name? */
static int bare_place(const tc_actors *d, const tc_text *t, const tc_sentence *s, uint32_t i,
                      uint32_t j, char cc3[4])
{
    uint32_t first = s->tok0, end = s->tok0 + s->ntok;
    int loc =
        i > first && in_words(&t->toks[i - 1], locatives, sizeof locatives / sizeof *locatives);
    if (j < end && (in_words(&t->toks[j], speech, sizeof speech / sizeof *speech) ||
                    (t->toks[j].flags & (TC_TOK_CAP | TC_TOK_UPPER))))
        return 0;
    if ((j == i + 1 && (t->toks[i].flags & TC_TOK_UPPER)) || org_name(t, i, j)) return 0;
    return place_of(d, t, i, j, loc ? 1000 : 500000, !loc, cc3);
}

/* ---- names no dictionary knows (TC_SCAN_UNKNOWN) ---- */

enum { MARK_FREE, MARK_KNOWN, MARK_NAMED, MARK_BREAK };

/* What each token of sentence s is to an unknown name (in arena a, indexed from s->tok0):
 * MARK_KNOWN inside a match that stands, MARK_NAMED inside a person, capital or state hidden
 * as part of another name ("Moscow Metro", "Jim Risch", "China Mobile": their words join it),
 * MARK_BREAK inside a discard or modifier, MARK_FREE elsewhere. */
static uint8_t *name_marks(const tc_text *t, const tc_sentence *s, const raw_match *raw, size_t n,
                           tc_arena *a)
{
    (void)t;
    uint8_t *mark = tc_arena_calloc(a, s->ntok, 1);
    for (size_t k = 0; k < n; k++) {
        tc_actor_kind kind = raw[k].e->kind;
        uint8_t v = !raw[k].hidden                  ? MARK_KNOWN
                    : raw[k].hidden == HIDDEN_PLACE ? MARK_FREE /* "in Kerry": a place's name */
                    : kind == TC_KIND_PERSON || kind == TC_KIND_METONYM || kind == TC_KIND_COUNTRY
                        ? MARK_NAMED
                        : MARK_BREAK;
        for (uint32_t i = raw[k].tok0; i < raw[k].tok0 + raw[k].ntok; i++) mark[i - s->tok0] = v;
    }
    return mark;
}

/* Lower-case words inside a name: "Bank of America", "Abd al-Rahman", "Ursula von der Leyen". */
static const char *const particles[] = {"of",  "al",  "el", "bin", "ibn", "de",  "del", "da", "dos",
                                        "das", "des", "du", "van", "von", "der", "la",  "le"};

/* May token i (free, or named) be a word of an unknown name? */
static int name_piece(const tc_text *t, const tc_sentence *s, const uint8_t *mark, uint32_t i)
{
    uint8_t m = mark[i - s->tok0];
    return (m == MARK_FREE || m == MARK_NAMED) && capital_word(&t->toks[i]);
}

/* Does a particle glued to a capitalised word start a name at token i: "al-Bunni", "el-Sisi"? */
static int particle_name(const tc_text *t, const tc_sentence *s, const uint8_t *mark, uint32_t i)
{
    return mark[i - s->tok0] == MARK_FREE && i + 2 < s->tok0 + s->ntok &&
           (word_is(&t->toks[i], "al") || word_is(&t->toks[i], "el")) &&
           !(t->toks[i].flags & (TC_TOK_CAP | TC_TOK_UPPER)) && is_hyphen(&t->toks[i + 1]) &&
           t->toks[i].off + t->toks[i].len == t->toks[i + 1].off && name_piece(t, s, mark, i + 2);
}

/* Is token i a hyphen glued between two capitalised words of a name ("Dakin-Grimm")? */
static int hyphen_name(const tc_text *t, const tc_sentence *s, const uint8_t *mark, uint32_t i)
{
    return i > s->tok0 && i + 1 < s->tok0 + s->ntok && is_hyphen(&t->toks[i]) &&
           t->toks[i - 1].off + t->toks[i - 1].len == t->toks[i].off &&
           t->toks[i].off + t->toks[i].len == t->toks[i + 1].off && name_piece(t, s, mark, i + 1);
}

/* Does a capitalised word at a clause's start that WordNet does not know (no "Officials")
 * open a sentence that says who it is: ", who is", ", a" / ", an" / ", the", or "is a" / "was
 * an" ("Mehdiyev, who is Azerbaijani, said"); one WordNet knows only before "is a", a
 * state's adjective and a person's noun ("Yang is a Chinese businessman")? */
static int said_who(const tc_actors *d, const tc_text *t, const tc_sentence *s, uint32_t i)
{
    static const char *const copulas[] = {"is", "was"};
    static const char *const articles[] = {"a", "an", "the"};
    uint32_t end = s->tok0 + s->ntok;
    if (i + 2 >= end || !(t->toks[i].flags & TC_TOK_CAP) || (t->toks[i].flags & TC_TOK_UPPER))
        return 0;
    const tc_token *a = &t->toks[i + 1], *b = &t->toks[i + 2];
    if (tc_nouns_common(d->nouns, &t->toks[i])) {
        /* a word WordNet knows only before "is a", a state's adjective and a person's noun:
         * "Yang is a Chinese businessman" (not "Pizza is an Italian dish") */
        const pattern *p = i + 3 < end ? longest_at(d, t, i + 3, end) : NULL;
        int country_only;
        const entry *e = p ? pick(d, p, 0, &country_only) : NULL;
        uint32_t len;
        const char *why;
        return in_words(a, copulas, 2) && (word_is(b, "a") || word_is(b, "an")) && e &&
               e->kind == TC_KIND_ADJ && tc_actors_is_state(d, e->code) &&
               tc_nouns_head(d->nouns, t, i + 3 + p->ntok, end, TC_NOUNS_SINGULAR, &len, &why) ==
                   TC_NOUN_PERSON;
    }
    if (word_is(a, ",")) /* "Mehdiyev, who is Azerbaijani", "Maimane, who headed" */
        return word_is(b, "who") || in_words(b, articles, 3);
    return in_words(a, copulas, 2) && (word_is(b, "a") || word_is(b, "an"));
}

/* Is the capitalised word i at a clause's start a well-known place of the gazetteer (a
 * capital, a city of 500,000, a subdivision of a million) that owns what follows: "'s" or a
 * lower-case word ("Punjab government", "Kurdistan's regional government")? */
static int start_place(const tc_actors *d, const tc_text *t, const tc_sentence *s, uint32_t i)
{
    char cc3[4];
    uint32_t end = s->tok0 + s->ntok;
    return i + 1 < end && (t->toks[i].flags & TC_TOK_CAP) && !(t->toks[i].flags & TC_TOK_UPPER) &&
           (word_is(&t->toks[i + 1], "'s") ||
            ((t->toks[i + 1].flags & TC_TOK_WORD) &&
             !(t->toks[i + 1].flags & (TC_TOK_CAP | TC_TOK_UPPER)))) &&
           place_of(d, t, i, i + 1, 500000, 1, cc3);
}

/* The end of the unknown name that starts at token i (i itself when none starts there). It
 * has a word of its own: a hidden capital alone is no name ("the Paris stock exchange"). No
 * closed-class word starts one ("The", "We", "I"); at a clause's start a capitalised word
 * follows the first; and one lower-case word WordNet knows is no name alone ("European",
 * "Western", "Deputy": a surname such as "Brown" is found by the references, after its first
 * name; words in capitals are names: "IS", "NATO"). */
static uint32_t name_end(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                         const uint8_t *mark, uint32_t i)
{
    uint32_t end = s->tok0 + s->ntok, j = i, last = i, last_free = i;
    int particle = particle_name(t, s, mark, i);
    if (!particle && (!name_piece(t, s, mark, i) ||
                      in_words(&t->toks[i], openers, sizeof openers / sizeof *openers)))
        return i;
    int who = 0;
    if (!particle && clause_start(t, s, i) &&
        (i + 1 >= end || !(name_piece(t, s, mark, i + 1) || particle_name(t, s, mark, i + 1) ||
                           hyphen_name(t, s, mark, i + 1))) &&
        !(who = said_who(d, t, s, i)) && !start_place(d, t, s, i))
        return i; /* "Officials said", "\"Deputies ..."; not "Dakin-Grimm said" */
    while (j < end) {
        const tc_token *w = &t->toks[j];
        if (name_piece(t, s, mark, j)) {
            if (mark[j - s->tok0] == MARK_FREE) last_free = j + 1;
            last = ++j;
            continue;
        }
        /* a particle or a hyphen glued inside a name, with a capital word after it; "for" and
         * "on" (and "the") inside an organisation's ("Institute for the Study of War", "Council
         * on Foreign Relations") */
        int lower = mark[j - s->tok0] == MARK_FREE && !(w->flags & (TC_TOK_CAP | TC_TOK_UPPER));
        int glue = (lower && in_words(w, particles, sizeof particles / sizeof *particles)) ||
                   (is_hyphen(w) && t->toks[j - 1].off + t->toks[j - 1].len == w->off);
        int org_glue = lower && (word_is(w, "for") || word_is(w, "on")) && org_name(t, i, j);
        if (!(glue || org_glue) || j + 1 >= end) break;
        uint32_t k = j + 1;
        if (org_glue && word_is(&t->toks[k], "the") && k + 1 < end) k++;
        if (is_hyphen(&t->toks[k]) && k + 1 < end) k++; /* "al-Rahman" */
        if (!name_piece(t, s, mark, k)) break;
        j = k;
    }
    /* "Dubai-based", "U.S.-led": a modifier, no name */
    if (last + 1 < end && is_hyphen(&t->toks[last]) &&
        t->toks[last - 1].off + t->toks[last - 1].len == t->toks[last].off &&
        !(t->toks[last + 1].flags & (TC_TOK_CAP | TC_TOK_UPPER)))
        return i;
    char cc3[4];
    if (last == i + 1 && !who && !(t->toks[i].flags & TC_TOK_UPPER) &&
        tc_nouns_common(d->nouns, &t->toks[i]) && !bare_place(d, t, s, i, i + 1, cc3) &&
        !place_of(d, t, i, i + 1, 500000, 1, cc3))
        return i; /* but "the Alabama Court", "Delhi Police": WordNet has the places too */
    /* "Cox's Bazar": a place of the gazetteer whose name holds a possessive goes on over it */
    if (last_free > i && last + 1 < end && possessive_mark(t, last))
        for (uint32_t k = last + 2; k <= end && k <= last + 3 && name_piece(t, s, mark, k - 1); k++)
            if (place_of(d, t, i, k, 1000, 0, cc3)) return k;
    return last_free > i ? last : i;
}

/* A new mention of tokens [i, j) of t: a name no dictionary knows, its text copied into a. */
static tc_mention unknown_mention(const tc_text *t, uint32_t i, uint32_t j, tc_arena *a)
{
    tc_mention u;
    memset(&u, 0, sizeof u);
    u.tok0 = i;
    u.ntok = j - i;
    uint32_t from = t->toks[i].off, to = t->toks[j - 1].off + t->toks[j - 1].len;
    u.name = tc_arena_strndup(a, t->text + from, to - from);
    u.kind = TC_KIND_UNKNOWN;
    u.rule = "a proper name no dictionary knows";
    u.entry = -1;
    u.flags = TC_MENTION_UNKNOWN;
    return u;
}

/* Was unknown name m placed as a place the gazetteer knows, by itself (bare_place)? */
static int gazetteer_place(const tc_mention *m)
{
    return (m->flags & TC_MENTION_UNKNOWN) && m->kind == TC_KIND_REGION && m->code[0] &&
           m->code[0] != '-';
}

/* Does mention m say what a name right after it is: a state's or no state's agent ("the
 * Sudanese militia", "opposition leader", "Chinese state media"), or a capital's, a region's,
 * a group's or an organisation's ("VOA host", "Central Java Governor", "Hamas spokesman";
 * not the capital or the group alone: "Aden Barre Duale" is a name), not a person? */
static int names_what(const tc_text *t, const tc_mention *m)
{
    if (m->flags || strlen(m->code) <= 3) return 0;
    if (m->kind == TC_KIND_COUNTRY || m->kind == TC_KIND_AGENT) return 1;
    if (m->kind != TC_KIND_METONYM && m->kind != TC_KIND_REGION && m->kind != TC_KIND_GROUP &&
        m->kind != TC_KIND_IGO && m->kind != TC_KIND_NGO)
        return 0;
    const tc_token *w = &t->toks[m->tok0 + m->ntok - 1];
    const char *last = strrchr(m->name, ' ');
    last = last ? last + 1 : m->name;
    return m->ntok >= 2 && strncasecmp(last, w->norm, w->nlen + 1) != 0;
}

/* Is m people of no state that WordNet's person noun made (people_matches)? A name after them
 * is theirs in no way that places it ("his associates Rafat Amirov and Polad Omarov, both
 * from Azerbaijan"). */
static int no_ones_people(const tc_actors *d, const tc_mention *m)
{
    return m->entry == (int32_t)d->noun_agent[1] && !strncmp(m->code, "---", 3);
}

/* Is m a state's agent ("Indonesia's education minister", "a Pakistani official")? */
static int states_agent(const tc_mention *m)
{
    return !m->flags && m->kind == TC_KIND_COUNTRY && strlen(m->code) > 3;
}

/* Does a comma at token c, then at most three articles or plain modifiers, lead to mention
 * m: "Nadiem Makarim, Indonesia's education minister", "X, a senior Pakistani official"? */
static int apposed_after(const tc_text *t, uint32_t c, const tc_mention *m)
{
    if (!word_is(&t->toks[c], ",") || m->tok0 <= c || m->tok0 - c > 4) return 0;
    uint32_t k = c + 1;
    if (k < m->tok0 &&
        (word_is(&t->toks[k], "a") || word_is(&t->toks[k], "an") || word_is(&t->toks[k], "the")))
        k++;
    return k == m->tok0 || modifiers_only(t, k, m->tok0);
}

/* Is token i a word of a person's role: a person noun for WordNet, or a word whose first
 * sense is another ("head", "chief", "chair", "member")? */
static int role_noun(const tc_actors *d, const tc_text *t, uint32_t i)
{
    static const char *const roles[] = {"head",    "chief", "chair",      "member",
                                        "members", "boss",  "co-founder", "star"};
    uint32_t len;
    const char *why;
    return in_words(&t->toks[i], roles, sizeof roles / sizeof *roles) ||
           tc_nouns_head(d->nouns, t, i, i + 1, TC_NOUNS_MODIFIER, &len, &why) == TC_NOUN_PERSON;
}

int tc_actors_role_word(const tc_actors *d, const tc_text *t, uint32_t i)
{
    return role_noun(d, t, i);
}

static int org_kind_noun(const tc_token *w);

/* Does a comma at token c, then an article, a role whose last word is a person noun for
 * WordNet and "of", "at", "in" or "for" (then maybe "the"), lead to mention m: "X, director
 * general of the Pakistani military", "X, spokesman for the World Food Programme"? Verbs are
 * no role: "X, told VOA" is no apposition. */
static int role_of(const tc_actors *d, const tc_text *t, uint32_t c, const tc_mention *m)
{
    static const char *const preps[] = {"of", "at", "in", "for", "from"};
    if (!word_is(&t->toks[c], ",") || m->tok0 <= c + 2 || m->tok0 - c > 9) return 0;
    uint32_t k = c + 1, p = m->tok0 - 1;
    if (word_is(&t->toks[k], "a") || word_is(&t->toks[k], "an") || word_is(&t->toks[k], "the")) k++;
    /* the first words of the organisation's name ("the National University of Singapore") */
    while (p > k + 1 && m->tok0 - p <= 2 && (t->toks[p].flags & TC_TOK_CAP) &&
           !in_words(&t->toks[p], preps, sizeof preps / sizeof *preps))
        p--;
    /* what the organisation is before its name: "at geopolitical risk consultancy Control
     * Risks", "at the tech firm X" (up to three plain words, the last a noun of org_kind_noun) */
    if (p == m->tok0 - 1 && p > k + 1 && org_kind_noun(&t->toks[p])) {
        uint32_t q = p;
        while (q > k + 1 && p - q < 2 && modifiers_only(t, q - 1, q)) q--;
        if (modifiers_only(t, q, p + 1)) p = q - 1;
    }
    if (word_is(&t->toks[p], "the")) p--;
    if (p <= k || !in_words(&t->toks[p], preps, sizeof preps / sizeof *preps)) return 0;
    uint32_t len;
    const char *why;
    for (uint32_t i = k; i < p; i++)
        if (!(t->toks[i].flags & TC_TOK_WORD)) return 0;
    /* a capitalised word in a role is its topic: "a senior Iran analyst at" */
    int plain = 1;
    for (uint32_t i = k; i + 1 < p && plain; i++)
        plain = (t->toks[i].flags & (TC_TOK_CAP | TC_TOK_UPPER)) || modifiers_only(t, i, i + 1);
    if (role_noun(d, t, p - 1) && p - k <= 4 && plain) return 1;
    for (uint32_t i = k; i < p; i++)
        if (t->toks[i].flags & (TC_TOK_CAP | TC_TOK_UPPER)) return 0;
    /* "(associate) professor of political philosophy at": a person noun, of + its field */
    for (uint32_t o = k + 1; o < p && o < k + 3; o++)
        if (word_is(&t->toks[o], "of"))
            return tc_nouns_head(d->nouns, t, o - 1, o, TC_NOUNS_MODIFIER, &len, &why) ==
                   TC_NOUN_PERSON;
    return 0;
}

/* An organisation's, a group's or a state's agent's code: what a person in apposition takes. */
/* Was unknown name m placed by its own words as an organisation or a thing based somewhere
 * (place_unknown's rules but the bare place: "X University in Y", "the Berlin-based X")? */
static int org_name_placed(const tc_mention *m)
{
    return !strncmp(m->rule, "an organisation", 15) || !strncmp(m->rule, "based in", 8);
}

static int gives_code(const tc_mention *m)
{
    if (m->flags) /* an organisation no dictionary knows, placed by its words ("X University") */
        return m->code[0] && m->code[0] != '-' && org_name_placed(m);
    return m->code[0] && m->code[0] != '-' &&
           (states_agent(m) || m->kind == TC_KIND_IGO || m->kind == TC_KIND_NGO ||
            m->kind == TC_KIND_GROUP ||
            ((m->kind == TC_KIND_METONYM || m->kind == TC_KIND_REGION) && strlen(m->code) > 3));
}

/* Is m an agent with no state right after the comma at c (and an article): "X, a spokesman
 * for ..."? Then the role's organisation comes after it. */
static int agent_after_comma(const tc_text *t, uint32_t c, const tc_mention *m)
{
    if (!word_is(&t->toks[c], ",") ||
        !(m->code[0] == '-' && m->code[1] == '-' && m->code[2] == '-'))
        return 0;
    uint32_t k = c + 1;
    if (k < m->tok0 &&
        (word_is(&t->toks[k], "a") || word_is(&t->toks[k], "an") || word_is(&t->toks[k], "the")))
        k++;
    return k == m->tok0;
}

/* Is the gap between mentions a and b a preposition of a role ("for", "of", "at", "in"),
 * maybe with "the"? */
static int role_preposition(const tc_text *t, const tc_mention *a, const tc_mention *b)
{
    static const char *const preps[] = {"of", "at", "in", "for"};
    uint32_t k = a->tok0 + a->ntok;
    if (b->tok0 <= k || b->tok0 - k > 2) return 0;
    if (!in_words(&t->toks[k], preps, sizeof preps / sizeof *preps)) return 0;
    return b->tok0 == k + 1 || word_is(&t->toks[k + 1], "the");
}

/* The state of the dictionary match of raw[0..n) that starts at token i, when it is a
 * state's name, adjective or capital, or a place of it (into cc3; adj_only: an
 * adjective or a capital only); 0 otherwise. */
static int state_at(const tc_actors *d, const raw_match *raw, size_t n, uint32_t i, int adj_only,
                    char cc3[4])
{
    for (size_t k = 0; k < n; k++)
        if (raw[k].tok0 == i) {
            tc_actor_kind kind = raw[k].e->kind;
            if (!(kind == TC_KIND_COUNTRY || kind == TC_KIND_ADJ || kind == TC_KIND_METONYM ||
                  kind == TC_KIND_REGION) ||
                !tc_actors_is_state(d, raw[k].e->code) ||
                (adj_only && kind != TC_KIND_ADJ && kind != TC_KIND_METONYM))
                return 0;
            snprintf(cc3, 4, "%.3s", raw[k].e->code);
            return 1;
        }
    return 0;
}

/* What a role in apposition after the comma at c says of where a person is from: "X, an
 * Italian sinologist", "X, a 41-year-old beautician from Zimbabwe", "X, a media commentator
 * based in Hong Kong". After an article, up to eight words with no comma: a state's adjective
 * before any preposition (not two of different states: "an Iranian American journalist"), or
 * the place after "from" or "based in" (a state or what the gazetteer knows). Its country
 * into cc3. */
static int apposed_place(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                         const raw_match *raw, size_t nraw, uint32_t c, char cc3[4])
{
    static const char *const stops[] = {"who", "which", "that", "whose", "and", "or", "but"};
    static const char *const copulas[] = {"is", "was"};
    uint32_t end = s->tok0 + s->ntok, k = c + 1;
    char adj[4] = "", other[4];
    if (c >= end || k >= end) return 0;
    /* "X, who is Azerbaijani", "X is a Chinese businessman": the article is optional */
    int copula = in_words(&t->toks[c], copulas, 2);
    if (!copula && word_is(&t->toks[c], ",") && word_is(&t->toks[k], "who") && k + 2 < end &&
        in_words(&t->toks[k + 1], copulas, 2)) {
        copula = 1;
        k += 2;
    }
    if (!copula && !word_is(&t->toks[c], ",")) return 0;
    int article =
        word_is(&t->toks[k], "a") || word_is(&t->toks[k], "an") || word_is(&t->toks[k], "the");
    if (!article && !copula) return 0;
    if (!article) k--; /* the role starts right after the copula */
    for (uint32_t q = k + 1; q < end && q < k + 9; q++) {
        const tc_token *w = &t->toks[q];
        int based_in = word_is(w, "in") && word_is(&t->toks[q - 1], "based");
        if (word_is(w, "from") || based_in) {
            uint32_t b = q + 1 + (q + 2 < end && word_is(&t->toks[q + 1], "the"));
            if (b < end && (state_at(d, raw, nraw, b, 0, cc3) || place_starting(d, t, b, end, cc3)))
                return 1;
            return 0;
        }
        if (((w->flags & TC_TOK_PUNCT) && !is_hyphen(w)) ||
            in_words(w, stops, sizeof stops / sizeof *stops) ||
            in_words(w, locatives, sizeof locatives / sizeof *locatives) || word_is(w, "of") ||
            word_is(w, "for") || word_is(w, "on") || word_is(w, "with"))
            break;
        if ((w->flags & TC_TOK_CAP) && state_at(d, raw, nraw, q, 1, other)) {
            if (adj[0] && strcmp(adj, other)) return 0; /* two states */
            memcpy(adj, other, 4);
        }
        if (adj[0] && in_words(w, topics, sizeof topics / sizeof *topics))
            return 0; /* "a North Korean expert" knows the country, is not of it */
    }
    if (!adj[0]) return 0;
    memcpy(cc3, adj, 4);
    return 1;
}

/* Does the apposition end right after mention m: a comma, a bracket, a preposition of a role
 * or the sentence's end ("X, the U.N. envoy for Syria, said"; not "X, the U.N. said")? */
static int closes_apposition(const tc_text *t, const tc_sentence *s, const tc_mention *m)
{
    static const char *const ends[] = {",", ")", "for", "of", "to", "at", "in", "."};
    uint32_t j = m->tok0 + m->ntok;
    return j >= s->tok0 + s->ntok || in_words(&t->toks[j], ends, sizeof ends / sizeof *ends);
}

/* Does a role follow mention m and close an apposition: maybe "'s", then one to three
 * lower-case words whose head is a person noun for WordNet, then what closes_apposition
 * takes ("the Zanu PF information director,", "WFP's acting country director in")? */
static int role_after(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                      const tc_mention *m)
{
    static const char *const stops[] = {"or", "who", "which", "that", "the", "a", "an"};
    uint32_t k = m->tok0 + m->ntok, end = s->tok0 + s->ntok;
    static const char *const ends[] = {",", ")", "for", "of", "at", "in", "and", "."};
    if (k < end && word_is(&t->toks[k], "'s")) k++;
    for (uint32_t e = k; e < k + 4 && e < end; e++) {
        const tc_token *w = &t->toks[e];
        if (in_words(w, ends, sizeof ends / sizeof *ends)) return e > k && role_noun(d, t, e - 1);
        if (!(w->flags & TC_TOK_WORD) || (w->flags & (TC_TOK_CAP | TC_TOK_UPPER)) ||
            in_words(w, stops, sizeof stops / sizeof *stops))
            return 0;
    }
    return 0;
}

/* Is the name before token c a person "of" or "from" mention m: "X of the Eurasia Group", "X
 * from the Spanish National Research Council", "X of the Kenyan army" (an organisation, a group or
 * a state's agent with a code, or an organisation no dictionary knows placed by its words)? Not a
 * state alone ("X of Jordan" may be a title's). */
static int of_whom(const tc_actors *d, const tc_text *t, uint32_t c, const tc_mention *m)
{
    (void)d;
    if (!word_is(&t->toks[c], "of") && !word_is(&t->toks[c], "from")) return 0;
    if (!(m->tok0 == c + 1 || (m->tok0 == c + 2 && word_is(&t->toks[c + 1], "the")))) return 0;
    return gives_code(m);
}

/* Is m what a name after "'s" belongs to: a state or its capital, an organisation with a code,
 * a well-known place ("Zimbabwe's X", "VOA's X", "Ontario's X")? */
static int possessor(const tc_actors *d, const tc_mention *m)
{
    if (gazetteer_place(m)) return 1; /* "West Bengal's Trinamool Congress" = IND */
    return !m->flags && m->code[0] && m->code[0] != '-' &&
           (tc_actors_is_state(d, m->code) || m->kind == TC_KIND_IGO || m->kind == TC_KIND_NGO);
}

/* Is b what state or place a (a state's name or a place the gazetteer knows) owns, placed in
 * a's country: "Kenya's Meteorological Department", "Ontario's provincial leader"? */
static int owned_place(const tc_actors *d, const tc_text *t, const tc_mention *a,
                       const tc_mention *b)
{
    uint32_t k = a->tok0 + a->ntok;
    if (!(gazetteer_place(a) || (!a->flags && a->kind == TC_KIND_COUNTRY && strlen(a->code) == 3 &&
                                 tc_actors_is_state(d, a->code))))
        return 0;
    if (k >= b->tok0 || !word_is(&t->toks[k], "'s") ||
        !(k + 1 == b->tok0 || modifiers_only(t, k + 1, b->tok0)))
        return 0;
    if (b->kind == TC_KIND_UNKNOWN && !b->code[0]) return 1; /* its own turn comes later */
    return b->code[0] != '-' && !strncmp(a->code, b->code, 3) &&
           (b->kind == TC_KIND_AGENT || b->kind == TC_KIND_COUNTRY);
}

/* Is the name u in apposition after a state's agent a, "to" (maybe "the") and the state or
 * organisation b it is sent to: "Pakistan's permanent representative to the United Nations,
 * Munir Akram,", "Zambia's ambassador to China, X,"? */
static int envoy_to(const tc_actors *d, const tc_text *t, const tc_mention *a, const tc_mention *b,
                    const tc_mention *u)
{
    uint32_t k = a->tok0 + a->ntok;
    if (!states_agent(a) || b->flags || !b->code[0] || b->code[0] == '-' ||
        !(tc_actors_is_state(d, b->code) || b->kind == TC_KIND_IGO) ||
        b->tok0 + b->ntok + 1 != u->tok0 || !word_is(&t->toks[u->tok0 - 1], ","))
        return 0;
    return word_is(&t->toks[k], "to") &&
           (b->tok0 == k + 1 || (b->tok0 == k + 2 && word_is(&t->toks[k + 1], "the")));
}

/* Is "former" or "ex" among tokens [from, to): "Barnier, a former EU commissioner,", whom the
 * organisation no longer speaks for? */
static int former_before(const tc_text *t, uint32_t from, uint32_t to)
{
    for (uint32_t i = from; i < to; i++)
        if (word_is(&t->toks[i], "former") || word_is(&t->toks[i], "ex")) return 1;
    return 0;
}

/* Gives unknown name u the code of what stands in apposition with it: a state's agent right
 * before and a comma ("Indonesia's education minister, Nadiem Makarim"); after a comma a
 * state's agent ("X, a Bolivian official"), a role of an organisation or a state's agent ("X,
 * director general of the Pakistani military"), or an agent of one ("X, a spokesman for the
 * World Food Programme"). prev[1 - nprev .. 0] are the mentions before u, next[0..nnext) those
 * after it. */
static void apposition(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                       const raw_match *raw, size_t nraw, tc_mention *u, const tc_mention *prev,
                       size_t nprev, const tc_mention *next, size_t nnext)
{
    const tc_mention *by = NULL;
    uint32_t after = u->tok0 + u->ntok;
    if (nnext > 1 && agent_after_comma(t, after, &next[0]) && gives_code(&next[1]) &&
        role_preposition(t, &next[0], &next[1]))
        by = &next[1];
    else if (prev && states_agent(prev) && u->tok0 >= 1 && prev->tok0 + prev->ntok + 1 == u->tok0 &&
             word_is(&t->toks[u->tok0 - 1], ","))
        by = prev;
    else if (nprev >= 2 && envoy_to(d, t, &prev[-1], prev, u))
        by = &prev[-1]; /* "Pakistan's permanent representative to the United Nations, X," */
    else if (next && states_agent(next) && apposed_after(t, after, next) &&
             (next->rule == rule_posted || !in_words(&t->toks[next->tok0 + next->ntok - 1], topics,
                                                     sizeof topics / sizeof *topics)))
        by = next;
    else if (next && (next->kind == TC_KIND_IGO || next->kind == TC_KIND_NGO) && !next->flags &&
             apposed_after(t, after, next) && closes_apposition(t, s, next) &&
             !former_before(t, after, next->tok0))
        by = next; /* "X, the U.N. special envoy for Syria,"; not "X, a former EU commissioner," */
    else if (next && gives_code(next) && !next->flags && apposed_after(t, after, next) &&
             role_after(d, t, s, next) &&
             !(former_before(t, after, next->tok0) && !tc_actors_is_state(d, next->code)))
        by = next; /* "X, the Zanu PF information director,", "X, WFP's country director in Y" */
    else if (next && of_whom(d, t, after, next))
        by = next; /* "X of the Eurasia Group", "X of VOA's Urdu Service" */
    else if (prev && possessor(d, prev) && u->tok0 >= 1 && prev->tok0 + prev->ntok + 1 == u->tok0 &&
             word_is(&t->toks[u->tok0 - 1], "'s"))
        by = prev; /* "Zimbabwe's Blessed Mhlanga", "VOA's Katherine Smith" */
    if (by == prev && by && by->kind == TC_KIND_METONYM && !strcmp(by->code + 3, "GOV") &&
        !word_is(&t->toks[u->tok0 - 1], ",")) {
        snprintf(u->code, sizeof u->code, "%.3s", by->code); /* "Jerusalem's Old City" */
        u->kind = TC_KIND_REGION;
        u->rule = "a name no dictionary knows after a state's capital and 's";
        return;
    } else if (next && nnext > 1 &&
               ((!next->flags && strlen(next->code) == 3) ||
                (next->kind == TC_KIND_UNKNOWN && next->tok0 + next->ntok == next[1].tok0)) &&
               gives_code(&next[1]) && role_of(d, t, after, &next[1]))
        by = &next[1]; /* "X, a senior Iran analyst at the Eurasia Group", "at Koya University" */
    else if (next &&
             (gives_code(next) ||
              (gazetteer_place(next) && word_is(&t->toks[next->tok0 - 1], "in"))) &&
             role_of(d, t, after, next))
        by = next; /* "X, the railway superintendent in Quetta" */
    else if (next && nnext > 1 && owned_place(d, t, next, &next[1]) &&
             (apposed_after(t, after, next) || role_of(d, t, after, next)))
        by = next[1].code[0] ? &next[1] : next; /* "X, Ontario's provincial leader" */
    char cc3[4];
    if (!by && apposed_place(d, t, s, raw, nraw, after, cc3)) {
        memcpy(u->code, cc3, 4);
        u->kind = TC_KIND_COUNTRY; /* placed: a state's, like "the Sudanese militia X" */
        u->rule = org_name(t, u->tok0, u->tok0 + u->ntok)
                      ? "an organisation no dictionary knows with a role in apposition that says "
                        "its state"
                      : "a name no dictionary knows with a role in apposition that says its state";
        return;
    }
    if (!by) return;
    snprintf(u->code, sizeof u->code, "%s", by->code);
    u->kind = by->kind == TC_KIND_REGION ? TC_KIND_COUNTRY : by->kind;
    u->rule = org_name(t, u->tok0, u->tok0 + u->ntok)
                  ? "an organisation no dictionary knows in apposition with a state's agent"
                  : "a name no dictionary knows in apposition with a state's agent or an "
                    "organisation";
}

/* Places unknown name u (no code yet) in a country by what the sentence says: the name is a
 * place the gazetteer knows (bare_place); "the Berlin-based X", "X, a New York-based
 * consultancy", "X, based in Y"; an organisation's name followed by "in Y" ("Koya University
 * in Iraqi Kurdistan") or holding a well-known place ("the Houston Methodist Hospital"). */
/* Nouns of a settlement before its name: "the town of X", "the regional capital, X". */
static const char *const settlements[] = {"capital", "city", "town", "village", "port"};

/* The last words of a subdivision's name: "Lamu County", "Zamfara State". */
static const char *const admin_units[] = {"county",     "province", "district",
                                          "state",      "region",   "governorate",
                                          "prefecture", "oblast",   "municipality"};

static void place_unknown(const tc_actors *d, const tc_text *t, const tc_sentence *s, tc_mention *u)
{
    uint32_t i = u->tok0, j = u->tok0 + u->ntok, first = s->tok0, end = s->tok0 + s->ntok;
    char cc3[4];
    const char *rule = NULL;
    int org = org_name(t, i, j);
    if (bare_place(d, t, s, i, j, cc3)) {
        rule = "a place the gazetteer knows";
        u->kind = TC_KIND_REGION;
    }
    for (uint32_t k = i; !rule && k > first && k + 5 > i; k--)
        if (based_at(d, t, first, k - 1, cc3)) rule = "based in a place ('the Berlin-based X')";
    uint32_t k = j;
    if (!rule && k < end && word_is(&t->toks[k], ",")) k++;
    if (!rule && k < end && (word_is(&t->toks[k], "a") || word_is(&t->toks[k], "an"))) k++;
    for (uint32_t b = k; !rule && b < end && b < k + 6; b++)
        if (based_at(d, t, first, b, cc3)) rule = "based in a place ('X, a Berlin-based ...')";
    if (!rule && k < end && word_is(&t->toks[k], "based")) k++;
    if (!rule && (org || k > j) && k + 1 < end && word_is(&t->toks[k], "in")) {
        uint32_t b = k + 1 + (k + 2 < end && word_is(&t->toks[k + 1], "the"));
        if (place_starting(d, t, b, end, cc3) || place_starting(d, t, b + 1, end, cc3))
            rule = "an organisation in a place ('X University in Y', 'X, based in Y')";
    }
    k = j + (j + 1 < end && word_is(&t->toks[j], "of"));
    if (!rule && org && k > j && k < end) {
        uint32_t b = k + (k + 1 < end && word_is(&t->toks[k], "the"));
        if (place_starting(d, t, b, end, cc3))
            rule = "an organisation of a place ('X Council of the United States')";
    }
    for (uint32_t a = i; !rule && org && a < j; a++)
        for (uint32_t b = j; !rule && b > a; b--)
            if (!org_name(t, a, b) && (b - a < j - i) &&
                (t->toks[a].flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
                place_of(d, t, a, b, 300000, 1, cc3))
                rule = "an organisation named after a place";
    /* "the regional capital, Banja Luka", "the town of L'Estere": a settlement's noun says it
     * is a place, of any size */
    if (!rule && !org && i >= first + 2 &&
        (word_is(&t->toks[i - 1], "of") || word_is(&t->toks[i - 1], ",")) &&
        in_words(&t->toks[i - 2], settlements, sizeof settlements / sizeof *settlements) &&
        place_of(d, t, i, j, 1000, 0, cc3)) {
        rule = "a place the gazetteer knows after a settlement's noun ('the town of X')";
        u->kind = TC_KIND_REGION;
    }
    /* "Lamu County", "the Amur Region", "Zamfara State": a place and its administration's word */
    if (!rule && j - i >= 2 && j - i <= 4 &&
        in_words(&t->toks[j - 1], admin_units, sizeof admin_units / sizeof *admin_units) &&
        place_of(d, t, i, j - 1, 1000, 0, cc3)) {
        rule = "a place the gazetteer knows and its administration's word ('Lamu County')";
        u->kind = TC_KIND_REGION;
    }
    /* "Badghis province", "Lamu county": the same word in lower case after the name */
    if (!rule && j < end && !org && !(t->toks[j].flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
        in_words(&t->toks[j], admin_units, sizeof admin_units / sizeof *admin_units) &&
        place_of(d, t, i, j, 1000, 0, cc3)) {
        rule = "a place the gazetteer knows before its administration's word ('Badghis province')";
        u->kind = TC_KIND_REGION;
    }
    if (!rule) return;
    memcpy(u->code, cc3, 4);
    u->rule = rule;
    if (u->kind == TC_KIND_UNKNOWN) u->kind = TC_KIND_COUNTRY; /* placed: a state's */
}

/* May tokens [from, to) stand between an agent and a name it says what is: none, one or two
 * lower-case nouns whose head is a person ("Haitian police chief X", "the Sudanese army
 * spokesman X"), or "of" and one or two lower-case nouns after an agent that ends in a
 * person's word ("North Korea's army chief of staff X", "the Kenyan minister of health X"), no
 * verb ("Israeli troops shot X")? */
static int role_between(const tc_actors *d, const tc_text *t, uint32_t from, uint32_t to)
{
    uint32_t len = 0;
    const char *why;
    if (from == to) return 1;
    if (to > from + 1 && to <= from + 3 && word_is(&t->toks[from], "of") && d->nouns &&
        tc_nouns_head(d->nouns, t, from - 1, from, TC_NOUNS_SINGULAR, &len, &why) ==
            TC_NOUN_PERSON) {
        for (uint32_t k = from + 1; k < to; k++)
            if ((t->toks[k].flags & (TC_TOK_CAP | TC_TOK_UPPER)) ||
                !(t->toks[k].flags & TC_TOK_WORD) || !tc_nouns_common(d->nouns, &t->toks[k]) ||
                word_is(&t->toks[k], "the"))
                return 0;
        return 1;
    }
    if (to < from || to - from > 2 || !modifiers_only(t, from, to)) return 0;
    return tc_nouns_head(d->nouns, t, from, to, TC_NOUNS_SINGULAR, &len, &why) == TC_NOUN_PERSON &&
           len == to - from;
}

/* The state of a state's adjective, or of its name before an organisation's, that ends right
 * before token i among raw[0..n), into cc3: "the Iraqi Supreme Judicial Council", "Chinese
 * Kling AI", "the Estonian Center of Defence Investments"; a state's name only before an
 * organisation's ("Jordan Bardella" is a person's). [i, j) is the name after it. */
static int state_before(const tc_actors *d, const tc_text *t, const raw_match *raw, size_t n,
                        uint32_t i, uint32_t j, char cc3[4], uint32_t *from)
{
    for (size_t k = 0; k < n; k++) {
        if (raw[k].tok0 + raw[k].ntok != i) continue;
        tc_actor_kind kind = raw[k].e->kind;
        if (kind != TC_KIND_ADJ && !(kind == TC_KIND_COUNTRY && org_name(t, i, j))) return 0;
        if (!tc_actors_is_state(d, raw[k].e->code) || strlen(raw[k].e->code) != 3) return 0;
        memcpy(cc3, raw[k].e->code, 4);
        *from = raw[k].tok0;
        return 1;
    }
    return 0;
}

/* Do tokens from k to mention x say that x is among what ends at k: ", including (the) X",
 * ", such as (the) X"? */
static int including(const tc_text *t, uint32_t k, const tc_mention *x)
{
    uint32_t i = k;
    if (i < x->tok0 && word_is(&t->toks[i], ",")) i++;
    if (i < x->tok0 && word_is(&t->toks[i], "including")) {
        i++;
    } else if (i + 1 < x->tok0 && word_is(&t->toks[i], "such") && word_is(&t->toks[i + 1], "as")) {
        i += 2;
    } else {
        return 0;
    }
    if (i < x->tok0 && word_is(&t->toks[i], "the")) i++;
    return i == x->tok0;
}

/* Are tokens [from, to) ", including" and maybe an article and plain modifiers ("militants,
 * including a senior leader")? */
static int included_after(const tc_text *t, uint32_t from, uint32_t to)
{
    uint32_t i = from;
    if (i < to && word_is(&t->toks[i], ",")) i++;
    if (i >= to || !word_is(&t->toks[i], "including")) return 0;
    i++;
    if (i < to && (word_is(&t->toks[i], "a") || word_is(&t->toks[i], "the") ||
                   word_is(&t->toks[i], "its") || word_is(&t->toks[i], "their")))
        i++;
    return i == to || modifiers_only(t, i, to);
}

/* Are tokens [from, to) lower-case words that say which level of a state an agent is of
 * ("state", "provincial", "regional", "city", "police" ...): "the Lagos state government",
 * "the Kandahar provincial police chief"? */
static int local_words(const tc_text *t, uint32_t from, uint32_t to)
{
    static const char *const levels[] = {
        "state",       "provincial", "regional",    "province",     "district", "county",
        "city",        "local",      "municipal",   "metropolitan", "police",   "municipality",
        "governorate", "region",     "prefectural", "territorial",  "tribal"};
    for (uint32_t k = from; k < to; k++)
        if ((t->toks[k].flags & (TC_TOK_CAP | TC_TOK_UPPER)) ||
            !in_words(&t->toks[k], levels, sizeof levels / sizeof *levels))
            return 0;
    return from < to;
}

/* Gives the agent with no state res[q] ("---GOV") the state of a place the sentence puts it
 * in: a name no dictionary knows right before it, or before "'s" and its modifiers, that is a
 * well-known place of the gazetteer (place_of for a name alone: "Central Java Governor X" =
 * IDNGOV, "Arizona's attorney general" = USAJUD; the name becomes the place; not
 * "anti-Balaka militias"); "PLACE-based" just before it ("New York-based immigration lawyer
 * X" = USAJUD); or "in" (and "the") and a place after it ("a court in Lyon" = FRAJUD,
 * "authorities in Idaho" = USAGOV). n mentions in res. */
static void stateless_agent(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                            tc_mention *res, size_t n, size_t q)
{
    /* sectors of organisations, which those they include place ("rights groups, including the
       American Civil Liberties Union" = USAHRI); not governments or people: "world leaders,
       including Putin" are not Russia's */
    static const char *const org_sectors[] = {"HRI", "NGO", "MED", "LAB", "BUS", "EDU", "ENV"};
    char cc3[4] = "";
    tc_mention *p = q ? &res[q - 1] : NULL;
    uint32_t pend = p ? p->tok0 + p->ntok : 0, at = res[q].tok0;
    int owner = p && pend + 1 <= at && word_is(&t->toks[pend], "'s") &&
                (pend + 1 == at || modifiers_only(t, pend + 1, at));
    /* "the Lagos state government", "the Sindh provincial assembly": a subdivision's words */
    int level = p && pend < at && at <= pend + 2 && local_words(t, pend, at);
    if (p && (p->flags & TC_MENTION_UNKNOWN) && (pend == at || owner || level) &&
        (p->kind == TC_KIND_UNKNOWN || p->kind == TC_KIND_REGION) &&
        !(p->tok0 > s->tok0 && is_hyphen(&t->toks[p->tok0 - 1])) &&
        place_of(d, t, p->tok0, pend, 500000, 2, cc3)) {
        memcpy(p->code, cc3, 4);
        p->kind = TC_KIND_REGION;
        p->rule = "a place the gazetteer knows, before an agent";
    }
    for (uint32_t k = at; !cc3[0] && k > s->tok0 && k + 4 > at; k--)
        if (!based_at(d, t, s->tok0, k - 1, cc3)) cc3[0] = 0;
    const tc_mention *x = q + 1 < n ? &res[q + 1] : NULL;
    uint32_t k = at + res[q].ntok, end = s->tok0 + s->ntok;
    /* "Kenya's foreign ministry spokesman, Ambassador X, said": an office and a name in
     * apposition after a state's agent are of its state */
    if (!cc3[0] && p && states_agent(p) && (res[q].flags & TC_MENTION_UNKNOWN) && pend + 1 == at &&
        word_is(&t->toks[pend], ",") &&
        (k >= end || word_is(&t->toks[k], ",") || word_is(&t->toks[k], ".")))
        snprintf(cc3, sizeof cc3, "%.3s", p->code);
    if (!cc3[0] && x && gazetteer_place(x) && k + 1 < x->tok0 + 1 &&
        (word_is(&t->toks[k], "in") || word_is(&t->toks[k], "of")) &&
        (x->tok0 == k + 1 || (x->tok0 == k + 2 && word_is(&t->toks[k + 1], "the"))))
        memcpy(cc3, x->code, 4);
    int org = 0;
    for (size_t i = 0; i < sizeof org_sectors / sizeof *org_sectors; i++)
        org |= !strcmp(res[q].code + 3, org_sectors[i]);
    if (!cc3[0] && org && x && x->kind != TC_KIND_PERSON && including(t, k, x) &&
        tc_actors_is_state(d, x->code))
        snprintf(cc3, sizeof cc3, "%.3s", x->code);
    /* "50 al-Shabab militants, including a senior leader": the group's own member */
    if (!cc3[0] && p && p->kind == TC_KIND_GROUP && p->code[0] && p->code[0] != '-' &&
        included_after(t, pend, at)) {
        snprintf(res[q].code, sizeof res[q].code, "%s", p->code);
        res[q].kind = TC_KIND_GROUP;
        res[q].rule = "an agent with no state ', including' a group's: the group's";
        return;
    }
    if (!cc3[0]) return;
    char code[32];
    snprintf(code, sizeof code, "%.3s%.28s", cc3, res[q].code + 3);
    memcpy(res[q].code, code, sizeof code);
    res[q].kind = TC_KIND_COUNTRY; /* a state's agent now, as "a Bolivian official" */
    res[q].rule = "an agent with no state, placed by the place the sentence puts it in";
}

/* Makes a place the gazetteer knows with people after it, m, those people: "a Nevada man",
 * "Ohio voters" = USACVL (the nouns' head a person for WordNet; a subdivision or a city of a
 * million people or more), up to the next mention (at end). */
static void place_people(const tc_actors *d, const tc_text *t, tc_mention *m, uint32_t end)
{
    uint32_t i = m->tok0 + m->ntok, len;
    const char *why;
    char cc3[4];
    if (!gazetteer_place(m) || strlen(m->code) != 3 || i >= end || local_words(t, i, i + 1) ||
        tc_nouns_head(d->nouns, t, i, end, TC_NOUNS_MODIFIER, &len, &why) != TC_NOUN_PERSON ||
        !place_of(d, t, m->tok0, m->tok0 + m->ntok, 1000000, 1, cc3))
        return; /* a smaller town's name is a club's as often: "a Liverpool footballer" */
    snprintf(m->code + 3, sizeof m->code - 3, "CVL");
    m->ntok += len;
    m->kind = TC_KIND_COUNTRY;
    m->rule = "a place the gazetteer knows + a person noun (WordNet's noun.person)";
}

/* Nouns that say what a name right after them is when a state's adjective comes first, with
 * the sector they give: "the Spanish utility Iberdrola" = ESPBUS, "the Dutch think tank
 * Clingendael" = NLDNGO, "the Chinese tech giant Alibaba", "the Indonesian ride-hailing startup
 * Gojek". Not persons' nouns: "the Sudanese militia X" and "Kenyan police chief X" are an agent
 * and its name, above. */
static const struct {
    const char *noun, *sector;
} org_kinds[] = {
    {"company", "BUS"},      {"firm", "BUS"},         {"utility", "BUS"},     {"giant", "BUS"},
    {"carmaker", "BUS"},     {"automaker", "BUS"},    {"chipmaker", "BUS"},   {"maker", "BUS"},
    {"manufacturer", "BUS"}, {"conglomerate", "BUS"}, {"startup", "BUS"},     {"start-up", "BUS"},
    {"lender", "BUS"},       {"insurer", "BUS"},      {"retailer", "BUS"},    {"airline", "BUS"},
    {"operator", "BUS"},     {"producer", "BUS"},     {"developer", "BUS"},   {"exporter", "BUS"},
    {"supplier", "BUS"},     {"shipbuilder", "BUS"},  {"contractor", "BUS"},  {"miner", "BUS"},
    {"refiner", "BUS"},      {"platform", "BUS"},     {"app", "BUS"},         {"brand", "BUS"},
    {"corporation", "BUS"},  {"tank", "NGO"},         {"think-tank", "NGO"},  {"charity", "NGO"},
    {"nonprofit", "NGO"},    {"non-profit", "NGO"},   {"foundation", "NGO"},  {"newspaper", "MED"},
    {"daily", "MED"},        {"outlet", "MED"},       {"broadcaster", "MED"}, {"magazine", "MED"},
    {"website", "MED"},      {"tabloid", "MED"},      {"channel", "MED"},     {"university", "EDU"},
    {"association", "NGO"},  {"union", "LAB"}};

/* Is w a noun of org_kinds, or of a consultancy or an agency, that says what the name after it
 * is ("risk consultancy Control Risks")? */
static int org_kind_noun(const tc_token *w)
{
    static const char *const more[] = {"consultancy",  "agency",    "organisation",
                                       "organization", "institute", "group"};
    for (size_t k = 0; k < sizeof org_kinds / sizeof *org_kinds; k++)
        if (word_is(w, org_kinds[k].noun)) return 1;
    return in_words(w, more, sizeof more / sizeof *more);
}

/* Words that may not stand between the adjective and the noun: a clause's or a phrase's. */
static const char *const org_kind_stops[] = {"the",  "a",  "an", "and",  "or",
                                             "of",   "to", "in", "on",   "for",
                                             "with", "by", "as", "that", "which"};

/* The sector of the noun of org_kinds that ends right before token i, after a state's
 * adjective of raw[0..n) and at most three lower-case words (modifiers of the noun: "tech",
 * "international affairs think", "ride-hailing"), with the state into cc3 and the adjective's first
 * token into *from; NULL when none. s is the sentence. */
static const char *org_kind_before(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                                   const raw_match *raw, size_t n, uint32_t i, char cc3[4],
                                   uint32_t *from)
{
    if (i < s->tok0 + 2) return NULL;
    const tc_token *head = &t->toks[i - 1];
    const char *sector = NULL;
    for (size_t k = 0; k < sizeof org_kinds / sizeof *org_kinds && !sector; k++)
        if (word_is(head, org_kinds[k].noun) && !(head->flags & (TC_TOK_CAP | TC_TOK_UPPER)))
            sector = org_kinds[k].sector;
    if (!sector) return NULL;
    uint32_t j = i - 1, words = 0; /* the adjective ends right before j */
    while (j > s->tok0 && words < 3) {
        const tc_token *w = &t->toks[j - 1];
        if (is_hyphen(w) && glued_after_hyphen(t, s->tok0, j)) {
            j--; /* "ride-hailing": one word */
            continue;
        }
        if ((w->flags & (TC_TOK_CAP | TC_TOK_UPPER | TC_TOK_PUNCT)) ||
            in_words(w, org_kind_stops, sizeof org_kind_stops / sizeof *org_kind_stops))
            break;
        j--;
        words++;
    }
    for (uint32_t e = i - 1; e >= j && e > s->tok0; e--)
        for (size_t k = 0; k < n; k++) {
            if (raw[k].hidden || raw[k].tok0 + raw[k].ntok != e) continue;
            if (raw[k].e->kind != TC_KIND_ADJ || !tc_actors_is_state(d, raw[k].e->code) ||
                strlen(raw[k].e->code) != 3)
                continue;
            memcpy(cc3, raw[k].e->code, 4);
            *from = raw[k].tok0;
            return sector;
        }
    return NULL;
}

/* Titles of an office that a portfolio follows: "Minister of Justice X", "Secretary for
 * Home Affairs X". */
static const char *const portfolio_titles[] = {"minister", "secretary", "commissioner"};

/* Words of a government portfolio's name: "Justice", "Foreign Affairs", "Homeland Security". */
static const char *const portfolio_names[] = {
    "justice",       "finance",     "defence",        "defense",     "interior",
    "health",        "education",   "information",    "agriculture", "trade",
    "energy",        "labour",      "labor",          "transport",   "tourism",
    "culture",       "environment", "water",          "mines",       "mining",
    "petroleum",     "oil",         "industry",       "commerce",    "housing",
    "security",      "affairs",     "planning",       "economy",     "works",
    "lands",         "fisheries",   "livestock",      "youth",       "sports",
    "women",         "gender",      "state",          "home",        "foreign",
    "internal",      "public",      "local",          "national",    "homeland",
    "immigration",   "religious",   "treasury",       "development", "infrastructure",
    "technology",    "science",     "communications", "welfare",     "employment",
    "investment",    "cooperation", "relations",      "veterans",    "family",
    "economic",      "social",      "rural",          "urban",       "federal",
    "administration"};

/* The number of words of a portfolio (portfolio_names, up to four) that open the unknown name
 * [i, j) right after an agent mention prev (a state's or none's) that ends in an office's
 * title and "of" or "for" ("Minister of Justice Naser Eldin Abdel Bari": "Justice"), when a
 * capitalised word of a name follows them; 0 when none. */
static uint32_t portfolio_words(const tc_text *t, const tc_mention *prev, uint32_t i, uint32_t j)
{
    uint32_t pend = prev->tok0 + prev->ntok, k = i;
    int agent =
        prev->kind == TC_KIND_AGENT || (prev->kind == TC_KIND_COUNTRY && strlen(prev->code) > 3);
    if (prev->flags || !agent || pend + 1 != i ||
        !(word_is(&t->toks[pend], "of") || word_is(&t->toks[pend], "for")) ||
        !in_words(&t->toks[pend - 1], portfolio_titles,
                  sizeof portfolio_titles / sizeof *portfolio_titles))
        return 0;
    while (k + 1 < j && k < i + 4 && (t->toks[k].flags & TC_TOK_CAP) &&
           in_words(&t->toks[k], portfolio_names, sizeof portfolio_names / sizeof *portfolio_names))
        k++;
    return k > i && (t->toks[k].flags & TC_TOK_CAP) ? k - i : 0;
}

/* The mentions m[0..nm) with the unknown names of sentence s (by mark) added in token order,
 * joined to the mention right before that says what they are, or coded by one in apposition;
 * into *out (arena a). */
/* An office with no state right after a name no dictionary knows that is no place nor one word
 * WordNet knows ("NFU president Minette Batters"; not "the Honourable Premier X") is that
 * organisation's, no state's government:
 * the name, the office and the person's name after it become one name with no code. Returns
 * the count of res[0..n) left. */
static size_t organisation_offices(const tc_actors *d, const tc_text *t, tc_mention *res, size_t n)
{
    /* one person's offices that organisations have too, not "negotiators" ("Brexit
       negotiators" are governments') */
    static const char *const offices[] = {"president", "chairman",    "chairwoman",
                                          "chair",     "leader",      "director",
                                          "spokesman", "spokeswoman", "spokesperson"};
    char cc3[4];
    size_t kept = 0;
    for (size_t q = 0; q < n; q++) {
        tc_mention *o = kept ? &res[kept - 1] : NULL, *m = &res[q];
        if (o && (o->flags & TC_MENTION_UNKNOWN) && !o->code[0] && m->kind == TC_KIND_AGENT &&
            !strcmp(m->code, "---GOV") && o->tok0 + o->ntok == m->tok0 &&
            in_words(&t->toks[m->tok0], offices, sizeof offices / sizeof *offices) &&
            !(o->ntok == 1 && tc_actors_common_word(d, &t->toks[o->tok0])) && /* "Honourable" */
            !tc_actors_place(d, t, o->tok0, m->tok0, cc3)) {
            o->ntok = m->tok0 + m->ntok - o->tok0;
            if (m->flags & TC_MENTION_UNKNOWN) o->name = m->name; /* the person's */
            o->rule = "an office of an organisation no dictionary knows ('NFU president X'): "
                      "no state's";
            continue;
        }
        res[kept++] = *m;
    }
    return kept;
}

static size_t unknown_names(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                            const uint8_t *mark, const raw_match *raw, size_t nraw,
                            const tc_mention *m, size_t nm, tc_arena *a, tc_mention **out)
{
    tc_mention *res = tc_arena_alloc(a, (nm + s->ntok / 2 + 1) * sizeof *res);
    size_t n = 0, k = 0;
    uint32_t end = s->tok0 + s->ntok;
    for (uint32_t i = s->tok0; i < end;) {
        if (k < nm && m[k].tok0 <= i) {
            res[n++] = m[k];
            i = m[k].tok0 + m[k].ntok;
            k++;
            continue;
        }
        uint32_t j = name_end(d, t, s, mark, i);
        if (k < nm && j > m[k].tok0) j = m[k].tok0;
        if (j == i) {
            i++;
            continue;
        }
        /* "Mr. Lindqvist": the honorific is part of the name's mention */
        uint32_t h = honorific_before(t, s, i, 0) && mark[i - 1 - s->tok0] == MARK_FREE;
        tc_mention u = unknown_mention(t, i - h, j, a);
        tc_mention *prev = n ? &res[n - 1] : NULL;
        uint32_t pend = prev ? prev->tok0 + prev->ntok : 0;
        /* a capital or a region alone says what a name is only with a role: "VOA host X" */
        int seat = prev && pend < i && !prev->flags && strlen(prev->code) > 3 &&
                   (prev->kind == TC_KIND_METONYM || prev->kind == TC_KIND_REGION);
        char cc3[4];
        uint32_t from, pw;
        const char *sector = org_kind_before(d, t, s, raw, nraw, i, cc3, &from);
        if (sector && (!prev || pend <= from || !strncmp(prev->code, cc3, 3))) {
            snprintf(u.code, sizeof u.code, "%s%s", cc3, sector);
            u.kind = TC_KIND_COUNTRY;
            u.rule = "an organisation no dictionary knows with what it is, after a state's "
                     "adjective ('the Spanish utility X')";
            if (prev && pend > from) n--; /* "Chinese company" joins it */
            u.tok0 = prev && pend > from ? prev->tok0 : from;
            u.ntok = j - u.tok0;
            res[n++] = u;
        } else if (prev && (pw = portfolio_words(t, prev, i, j)) > 0) {
            /* "Minister of Justice X": the portfolio joins the office, the rest is the name */
            prev->ntok = j - prev->tok0;
            prev->name = unknown_mention(t, i + pw, j, a).name;
            prev->flags |= TC_MENTION_UNKNOWN;
            prev->rule = "an office and its portfolio + a name no dictionary knows";
        } else if (prev && (names_what(t, prev) || seat) && !no_ones_people(d, prev) &&
                   role_between(d, t, pend, i)) {
            prev->ntok = j - prev->tok0;
            prev->name = u.name;
            prev->flags |= TC_MENTION_UNKNOWN;
            prev->rule = "an agent, maybe a state's, + a name no dictionary knows";
        } else if (!document_name(t, i, j) && state_before(d, t, raw, nraw, i, j, cc3, &from) &&
                   (!prev || pend <= from || !strcmp(prev->code, cc3))) {
            memcpy(u.code, cc3, 4);
            u.kind = TC_KIND_COUNTRY;
            u.rule = org_name(t, i, j) ? "an organisation's name after a state's adjective or name"
                                       : "a name no dictionary knows after a state's adjective";
            if (prev && pend > from) n--; /* "U.S." joins it */
            u.tok0 = prev && pend > from ? prev->tok0 : from;
            u.ntok = j - u.tok0;
            res[n++] = u;
        } else {
            res[n++] = u;
        }
        i = j;
    }
    for (size_t q = 0; q < n; q++) org_tail(t, s, &res[q], q + 1 < n ? res[q + 1].tok0 : end);
    /* Then what each name's own sentence says of it: where it is first (an organisation's
     * place comes before a person's role in it), then apposition. */
    for (size_t q = 0; q < n; q++)
        if (res[q].kind == TC_KIND_UNKNOWN && !res[q].code[0]) place_unknown(d, t, s, &res[q]);
    n = organisation_offices(d, t, res, n);
    for (size_t q = 0; q < n; q++)
        if (!strncmp(res[q].code, "---", 3)) stateless_agent(d, t, s, res, n, q);
    for (size_t q = 0; q < n; q++) place_people(d, t, &res[q], q + 1 < n ? res[q + 1].tok0 : end);
    /* right to left: an organisation is placed before the person whose role is in it ("X,
     * program director for the Y Foundation, a Thai rights group") */
    for (size_t q = n; q-- > 0;)
        if (res[q].kind == TC_KIND_UNKNOWN && !res[q].code[0] && res[q].tok0 + res[q].ntok < end)
            apposition(d, t, s, raw, nraw, &res[q], q ? &res[q - 1] : NULL, q,
                       q + 1 < n ? &res[q + 1] : NULL, n - q - 1);
    *out = res;
    return n;
}

/* Words that say a person's sex, before a name or in its mention: honorifics and titles
 * ("Mrs", "Sir", "Queen Rania"), nouns of office ("spokeswoman X"). */
static const char *const female_words[] = {
    "mrs",         "ms",         "miss",          "madam",         "dame",
    "lady",        "queen",      "princess",      "baroness",      "duchess",
    "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman",
    "sheikha"};
static const char *const male_words[] = {"mr",       "sir",         "lord",        "king",
                                         "prince",   "baron",       "duke",        "spokesman",
                                         "chairman", "congressman", "businessman", "councilman"};

/* The sex what its words say (female_words, male_words), else its first name, of person
 * mention m of sentence s; TC_SEX_EITHER a name no dictionary knows that speaks ("Klein
 * writes", "Nasser said") or that ", who" follows; TC_SEX_NONE for the rest. */
static unsigned sex_of(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                       const tc_mention *m)
{
    static const char *const speech_after[] = {"said",   "says",   "told",  "writes",  "wrote",
                                               "argues", "argued", "added", "recalled"};
    int unknown = (m->flags & TC_MENTION_UNKNOWN) != 0;
    if (m->kind != TC_KIND_PERSON && !unknown) return TC_SEX_NONE;
    uint32_t end = m->tok0 + m->ntok;
    for (uint32_t i = m->tok0 > s->tok0 ? m->tok0 - 1 : m->tok0; i < end; i++) {
        if (in_words_dotted(&t->toks[i], female_words, sizeof female_words / sizeof *female_words))
            return TC_SEX_FEMALE;
        if (in_words_dotted(&t->toks[i], male_words, sizeof male_words / sizeof *male_words))
            return TC_SEX_MALE;
    }
    const char *name = m->name;
    size_t len = strcspn(name, " ");
    int words = name[len] != 0;
    /* a name no dictionary knows is a person's by a first name only with a surname after it,
       and none of an organisation's words ("Victoria Falls Authority") */
    unsigned sex = TC_SEX_NONE;
    if (!unknown || words) sex = tc_actors_given_sex(d, name, len);
    if (sex && unknown) {
        for (uint32_t i = m->tok0; i < end; i++)
            if (tc_actors_org_word(t->toks[i].norm)) return TC_SEX_NONE;
    }
    if (sex || !unknown || m->kind == TC_KIND_REGION || end >= s->tok0 + s->ntok) return sex;
    /* "Maimane, who headed the opposition": a relative clause of a person */
    int who = end + 1 < s->tok0 + s->ntok && word_is(&t->toks[end], ",") &&
              word_is(&t->toks[end + 1], "who");
    return who || in_words(&t->toks[end], speech_after, sizeof speech_after / sizeof *speech_after)
               ? TC_SEX_EITHER
               : TC_SEX_NONE;
}

/* Do agents of codes a and b stand on one side, so that "and" between them shares a state
 * ("Russian helicopters and tanks", "Israeli soldiers and police", "Palestinian women and
 * children"): the same sector, or both the state's forces (MIL, COP, SPY)? Not troops and
 * civilians, nor troops and rebels. */
static int one_side(const char *a, const char *b)
{
    static const char *const forces[] = {"MIL", "COP", "SPY"};
    if (!strcmp(a, b)) return 1;
    int fa = 0, fb = 0;
    for (size_t k = 0; k < sizeof forces / sizeof *forces; k++) {
        fa |= !strcmp(a, forces[k]);
        fb |= !strcmp(b, forces[k]);
    }
    return fa && fb;
}

/* The state (a country's name or adjective) and agent of chunk c, resolved, that an agent with
 * no state coordinated right after it shares ("Russian helicopters and tanks" = RUSMIL twice);
 * NULL when there is none. */
static const raw_match *shared_state(const tc_text *t, const chunk *c, const raw_match *next)
{
    const raw_match *st = c->base ? c->base : c->adj;
    if (!st || !next || c->person || c->owned || c->group || c->people || c->place ||
        c->nagents != 1 || next->e->kind != TC_KIND_AGENT)
        return NULL;
    if (st->e->kind != TC_KIND_COUNTRY && st->e->kind != TC_KIND_ADJ) return NULL;
    uint32_t gap = next->tok0 - c->tok_end;
    /* "and", "or", ", and": not a comma alone ("Israeli troops, police said") */
    if (gap < 1 || gap > 2 || !coordinated(t, c->tok_end, next->tok0) ||
        word_is(&t->toks[next->tok0 - 1], ","))
        return NULL;
    return one_side(c->agents[0]->e->code, next->e->code) ? st : NULL;
}

/* "the Chinese side", "the Japanese side" (session of 2026-12-07, the eleventh): in diplomatic
 * news a nationality's side is its government, so "side" is an agent (data/actors.txt); but
 * only right after a state's adjective or name (raw[i - 1] ends where it starts) and not
 * before "of the border / river / line ..." ("on the Turkish side of the border" is a place,
 * the state's as before; "accused the Russian side of" is the government's); "the
 * other side", "both sides" name no state: they are no agent). Is raw[i] such a loose "side"? */
static int loose_side(const tc_text *t, const tc_sentence *s, const raw_match *raw, size_t i)
{
    const raw_match *r = &raw[i];
    if (r->e->kind != TC_KIND_AGENT || r->ntok != 1 ||
        (!word_is(&t->toks[r->tok0], "side") && !word_is(&t->toks[r->tok0], "sides")))
        return 0;
    static const char *const lines[] = {"border", "frontier", "boundary", "river",  "line",
                                        "fence",  "wall",     "crossing", "strait", "divide"};
    uint32_t after = r->tok0 + 1, end = s->tok0 + s->ntok;
    if (after + 2 < end && word_is(&t->toks[after], "of") && word_is(&t->toks[after + 1], "the"))
        for (size_t k = 0; k < sizeof lines / sizeof *lines; k++)
            if (word_is(&t->toks[after + 2], lines[k])) return 1;
    if (i == 0 || raw[i - 1].hidden || raw[i - 1].tok0 + raw[i - 1].ntok != r->tok0) return 1;
    return raw[i - 1].e->kind != TC_KIND_ADJ && raw[i - 1].e->kind != TC_KIND_COUNTRY;
}

/* "drew opposition from China", "voiced opposition to the plan", "opposition against the
 * deal": the bare word "opposition" right before "from", "to" or "against" is a reaction, no
 * party: no agent (so "from China" is China's; demands16). Is raw[i] such an opposition? */
static int reaction_opposition(const tc_text *t, const tc_sentence *s, const raw_match *r)
{
    uint32_t after = r->tok0 + 1;
    if (r->e->kind != TC_KIND_AGENT || r->ntok != 1 || after >= s->tok0 + s->ntok ||
        !word_is(&t->toks[r->tok0], "opposition"))
        return 0;
    /* ("the opposition from the south", "Kenya's opposition to the vote": the party) */
    if (r->tok0 > s->tok0) {
        const tc_token *p = &t->toks[r->tok0 - 1];
        if (word_is(p, "the") || word_is(p, "'s") || word_is(p, "its") || word_is(p, "their") ||
            word_is(p, "his") || word_is(p, "her"))
            return 0;
    }
    const tc_token *n = &t->toks[after];
    return word_is(n, "from") || word_is(n, "to") || word_is(n, "against");
}

size_t tc_actors_scan_ex(const tc_actors *d, const tc_text *t, uint32_t sent, const char *date,
                         unsigned flags, tc_arena *a, tc_mention **out)
{
    const tc_sentence *s = &t->sents[sent];
    *out = NULL;
    if (s->ntok == 0) return 0;
    raw_match *raw = tc_arena_alloc(a, s->ntok * sizeof *raw);
    size_t nraw = raw_scan(d, t, s, date_key(date), 1, raw), kept = 0;
    hide_named_capitals(d, t, s, raw, nraw);
    state_org_names(d, t, s, raw, nraw);
    nraw = people_matches(d, t, s, raw, nraw, a, &raw);
    uint8_t *seen = flags & TC_SCAN_UNKNOWN ? name_marks(t, s, raw, nraw, a) : NULL;
    for (size_t i = 0; i < nraw; i++)
        if (!raw[i].hidden && !loose_side(t, s, raw, i) && !reaction_opposition(t, s, &raw[i]))
            raw[kept++] = raw[i];
    nraw = kept;
    if (nraw == 0 && !seen) return 0;
    tc_mention *m = tc_arena_alloc(a, (nraw ? nraw : 1) * sizeof *m);
    size_t nm = 0;
    chunk c = {0};
    chunk lone[4]; /* adjectives waiting for the agent of the last one: "French, German and" */
    size_t nlone = 0;
    const raw_match *carry = NULL; /* the state an agent at carry_at shares: "and tanks" */
    uint32_t carry_at = 0;
    for (size_t i = 0; i <= nraw; i++) {
        if (i < nraw && c.tok_end && raw[i].e->kind == TC_KIND_AGENT)
            bridge_nouns(d, t, &c, raw[i].tok0);
        if (i < nraw && c.tok_end && posting(t, &c, &raw[i])) {
            c.tok_end = raw[i].tok0 + raw[i].ntok; /* its words are the envoy's phrase */
            c.posted = 1;
            c.next = raw[i].next;
            continue;
        }
        if (i < nraw && c.tok_end && joins(t, &c, &raw[i])) {
            c.title_of |= title_of(t, &c, &raw[i]);
            add_to_chunk(&c, &raw[i]);
            continue;
        }
        if (c.tok_end) {
            noun_agent(d, t, &c, i < nraw ? raw[i].tok0 : s->tok0 + s->ntok, a);
            int lone_adj = c.adj && !c.base && !c.person && !c.nagents && !c.group && !c.owned;
            c.people = lone_adj && adjective_people(d, t, s, &c);
            if (lone_adj && !c.people && i < nraw && nlone < 4 &&
                coordinated(t, c.tok_end, raw[i].tok0)) {
                lone[nlone++] = c;
            } else {
                tc_mention me;
                /* "Russian helicopters and tanks": the state of the agent before */
                if (carry && c.tok0 == carry_at && !c.base && !c.adj && !c.person && !c.group &&
                    !c.owned && c.nagents == 1) {
                    if (carry->e->kind == TC_KIND_ADJ)
                        c.adj = carry;
                    else
                        c.base = carry;
                    c.shared = 1;
                }
                carry = NULL;
                if (resolve(d, t, &c, &me)) {
                    if (i < nraw && tc_actors_is_state(d, me.code) && strlen(me.code) == 6 &&
                        (carry = shared_state(t, &c, &raw[i])) != NULL)
                        carry_at = raw[i].tok0;
                    /* "Armenian and Azerbaijani troops": the adjectives share the agents; so
                       do an adjective and an organisation's ("British and EU negotiators") */
                    int org = c.base && !c.adj &&
                              (c.base->e->kind == TC_KIND_IGO || c.base->e->kind == TC_KIND_NGO);
                    for (size_t k = 0;
                         ((c.adj && !c.base) || org) && !c.person && c.nagents && k < nlone; k++) {
                        memcpy(lone[k].agents, c.agents, sizeof c.agents);
                        lone[k].nagents = c.nagents;
                        nm += resolve(d, t, &lone[k], &m[nm]);
                    }
                    m[nm++] = me;
                }
                nlone = 0;
            }
        }
        if (i < nraw) {
            c = (chunk){.tok0 = raw[i].tok0};
            add_to_chunk(&c, &raw[i]);
        }
    }
    *out = m;
    if (seen) nm = unknown_names(d, t, s, seen, raw, nraw, m, nm, a, out);
    for (size_t k = 0; k < nm; k++) (*out)[k].sex = sex_of(d, t, s, &(*out)[k]);
    return nm;
}

size_t tc_actors_scan(const tc_actors *d, const tc_text *t, uint32_t sent, const char *date,
                      tc_arena *a, tc_mention **out)
{
    return tc_actors_scan_ex(d, t, sent, date, 0, a, out);
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
    size_t n = raw_scan(d, t, s, date_key(date), 1, raw);
    hide_named_capitals(d, t, s, raw, n);
    state_org_names(d, t, s, raw, n);
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
