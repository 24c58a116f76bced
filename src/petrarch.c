/* petrarch: PETRARCH / TABARI actor, agent and discard files into a tc_actors.
 *
 * Each file is read whole and walked line by line; comments are cut first (XML comments may
 * span lines). An actor record is gathered (primary phrase, synonyms, codes with their date
 * restrictions) and added when the next record starts: every name times every code, in the
 * file's order, so that the first matching restriction wins as in PETRARCH. */
#include "petrarch.h"

#include "arena.h"
#include "file.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_CODES = 64, MAX_SUBST = 32 };

typedef struct {
    tc_actors *d;
    const char *path;
    tc_diag_fn diag;
    void *dctx;
    int line;   /* of the line being read */
    int in_xml; /* inside a <!-- comment spanning lines */
    int tabari; /* a last word without a final '_' is a stem */
} reader;

static void complain(reader *r, int line, const char *why)
{
    if (!r->diag) return;
    char where[4200];
    snprintf(where, sizeof where, "%s:%d", r->path, line);
    tc_diag g = {where, "dictionary", TC_EPARSE, why};
    r->diag(&g, r->dctx);
}

/* Cuts comments out of line (in place); returns the line trimmed, "" when nothing is left. */
static char *strip(reader *r, char *line)
{
    if (r->in_xml) {
        char *end = strstr(line, "-->");
        if (!end) return line + strlen(line);
        r->in_xml = 0;
        line = end + 3;
    }
    if (line[0] == '<' && line[1] == '!' && !strstr(line, "-->") && !strncmp(line, "<!--", 4)) {
        r->in_xml = 1;
        return line + strlen(line);
    }
    if (line[0] == '<') return line + strlen(line); /* <!-- one line -->, <Combine ...> */
    for (char *x; (x = strstr(line, "<!--"));) {
        char *end = strstr(x, "-->");
        if (!end) {
            r->in_xml = 1;
            *x = 0;
            break;
        }
        memmove(x, end + 3, strlen(end + 3) + 1);
    }
    line[strcspn(line, "#;")] = 0;
    char *e = line + strlen(line);
    while (e > line && isspace((unsigned char)e[-1])) e--;
    *e = 0;
    return line;
}

/* A phrase as written ("NEW_ZEALAND_", "THE AU") as a name for tc_actors_add: words joined
 * by blanks, lower case (matches any case), except a one-word name of up to three letters,
 * kept in capitals (an acronym). Returns 0 when nothing is left. */
static int phrase_name(const char *s, size_t n, char *out, size_t cap)
{
    while (n && isspace((unsigned char)*s)) s++, n--;
    while (n && (isspace((unsigned char)s[n - 1]) || s[n - 1] == '_')) n--;
    if (!n || n >= cap) return 0;
    size_t letters = 0;
    int one_word = 1;
    for (size_t i = 0; i < n; i++) {
        char c = s[i] == '_' ? ' ' : s[i];
        one_word &= c != ' ' && c != '-';
        letters += isalpha((unsigned char)c) != 0;
        out[i] = c;
    }
    out[n] = 0;
    if (!(one_word && letters <= 3 && letters == n))
        for (char *c = out; *c; c++) *c = (char)tolower((unsigned char)*c);
    return 1;
}

/* A digit run as PETRARCH reads it: up to 7 digits are YYMMDD (the first 6), more are
 * YYYYMMDD (the first 8); -> yyyymmdd, or -1 (too short, or no such day). */
static int32_t petr_date(const char *s, size_t n)
{
    if (n < 6) return -1;
    n = n <= 7 ? 6 : 8;
    long v = 0;
    for (size_t i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
    if (n == 6) v += v / 10000 <= 30 ? 20000000 : 19000000;
    return (int32_t)v;
}

typedef struct {
    char code[32];
    int32_t from, to;
    int line;
} pcode;

/* The next digit run in s, as a date; *end after it. */
static int32_t next_date(const char *s, const char **end)
{
    while (*s && !isdigit((unsigned char)*s)) s++;
    const char *e = s;
    while (isdigit((unsigned char)*e)) e++;
    *end = e;
    return petr_date(s, (size_t)(e - s));
}

/* "[CODE]", "[CODE <DATE]", "[CODE >DATE]", "[CODE DATE-DATE]": the inside of the brackets.
 * Returns NULL or why it is bad. */
static const char *parse_code(const char *in, pcode *c)
{
    while (isspace((unsigned char)*in)) in++;
    size_t n = strcspn(in, " \t<>");
    if (n == 0 || n >= sizeof c->code) return "empty or overlong code in [...]";
    for (size_t i = 0; i < n; i++) c->code[i] = (char)toupper((unsigned char)in[i]);
    c->code[n] = 0;
    c->from = c->to = 0;
    const char *rest = in + n, *end;
    while (isspace((unsigned char)*rest)) rest++;
    if (!strpbrk(rest, "<>-"))
        return NULL; /* "[CODE]", or a stray date that PETRARCH ignores as well */
    if (*rest == '<' || *rest == '>') {
        int32_t v = next_date(rest + 1, &end);
        if (v < 0) return "date restriction: want <DATE or >DATE (YYMMDD or YYYYMMDD)";
        *(*rest == '<' ? &c->to : &c->from) = v;
        return NULL;
    }
    c->from = next_date(rest, &end);
    const char *dash = strchr(end, '-');
    c->to = dash ? next_date(dash + 1, &end) : -1;
    if (c->from < 0 || c->to < 0) return "date restriction: want DATE-DATE (YYMMDD or YYYYMMDD)";
    return NULL;
}

typedef struct {
    char **names;
    int *lines;
    size_t nnames, cap;
    pcode codes[MAX_CODES];
    int ncodes;
    int line; /* of the primary phrase */
} record;

static void add_name(reader *r, record *rec, const char *s, size_t n)
{
    char name[512];
    while (n && isspace((unsigned char)s[n - 1])) n--;
    int stem = r->tabari && n && s[n - 1] != '_';
    if (!phrase_name(s, n, name, sizeof name - 1)) {
        complain(r, r->line, "empty or overlong phrase");
        return;
    }
    if (stem) /* TABARI: "ARGENTIN" matches Argentina, Argentine */
        strcat(name, "*");
    if (rec->nnames == rec->cap) {
        rec->cap = rec->cap ? rec->cap * 2 : 16;
        rec->names = tc_xrealloc(rec->names, rec->cap * sizeof *rec->names);
        rec->lines = tc_xrealloc(rec->lines, rec->cap * sizeof *rec->lines);
    }
    rec->lines[rec->nnames] = r->line;
    rec->names[rec->nnames++] = tc_xstrdup(name);
}

/* Every [...] in s into rec's codes. */
static void add_codes(reader *r, record *rec, const char *s)
{
    for (const char *a = strchr(s, '['); a; a = strchr(a + 1, '[')) {
        const char *b = strchr(a, ']');
        char in[128];
        if (!b || (size_t)(b - a) >= sizeof in) {
            complain(r, r->line, "'[' without its ']'");
            return;
        }
        snprintf(in, sizeof in, "%.*s", (int)(b - a - 1), a + 1);
        if (rec->ncodes == MAX_CODES) {
            complain(r, r->line, "too many codes for one actor");
            return;
        }
        pcode *c = &rec->codes[rec->ncodes];
        const char *why = parse_code(in, c);
        if (why) {
            complain(r, r->line, why);
            continue;
        }
        if (c->from && c->to && c->from > c->to) {
            complain(r, r->line, "date range ends before it starts; restriction skipped");
            continue;
        }
        c->line = r->line;
        rec->ncodes++;
    }
}

static int is_null_code(const char *code)
{
    return strspn(code, "-") == strlen(code);
}

/* Adds the gathered record to the dictionary and empties it. */
static void flush(reader *r, record *rec)
{
    if (rec->nnames && !rec->ncodes) complain(r, rec->line, "actor without a code");
    for (size_t i = 0; i < rec->nnames; i++) {
        for (int k = 0; k < rec->ncodes; k++) {
            const pcode *c = &rec->codes[k];
            tc_err err = {0};
            tc_actor_kind kind = is_null_code(c->code) ? TC_KIND_DISCARD : TC_KIND_ACTOR;
            tc_actors_set_source(r->d, r->path, c->line);
            if (tc_actors_add(r->d, kind, c->code, rec->names[i], c->from, c->to, &err) < 0)
                complain(r, i == 0 ? c->line : rec->lines[i], err.msg);
        }
        free(rec->names[i]);
    }
    rec->nnames = 0;
    rec->ncodes = 0;
}

typedef void (*line_fn)(reader *r, char *line, int indented, void *ctx);

static int each_line(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx, tc_err *err,
                     int tabari, line_fn fn, void *ctx)
{
    size_t len;
    char *buf = tc_file_read(path, 0, &len, err);
    if (!buf) return err ? err->code : TC_EIO;
    reader r = {d, path, diag, dctx, 0, 0, tabari};
    for (char *line = buf, *next; line; line = next) {
        next = memchr(line, '\n', len - (size_t)(line - buf));
        if (next) *next++ = 0;
        r.line++;
        if (strlen(line) != (size_t)((next ? next - 1 : buf + len) - line)) {
            complain(&r, r.line, "NUL byte in line");
            continue;
        }
        int indented = *line == ' ' || *line == '\t';
        char *s = line;
        while (isspace((unsigned char)*s)) s++;
        s = strip(&r, s);
        if (*s) fn(&r, s, indented, ctx);
    }
    tc_actors_set_source(d, NULL, 0);
    free(buf);
    return TC_OK;
}

static void actor_line(reader *r, char *s, int indented, void *ctx)
{
    record *rec = ctx;
    if (strstr(s, "---STOP---")) return;
    if (*s == '[') {
        if (!rec->nnames)
            complain(r, r->line, "code without an actor");
        else
            add_codes(r, rec, s);
        return;
    }
    if (*s == '+') {
        if (!rec->nnames) {
            complain(r, r->line, "synonym without an actor");
            return;
        }
        add_name(r, rec, s + 1, strcspn(s + 1, "["));
        add_codes(r, rec, s + 1);
        return;
    }
    (void)indented;
    /* Primary phrases in a row with no code yet share the codes that follow (PETRARCH). */
    if (!rec->nnames || rec->ncodes) {
        flush(r, rec);
        rec->line = r->line;
    }
    add_name(r, rec, s, strcspn(s, "["));
    add_codes(r, rec, s);
}

static int load_actors(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx, tc_err *err,
                       int tabari)
{
    record rec = {0};
    int rc = each_line(d, path, diag, dctx, err, tabari, actor_line, &rec);
    if (rc == TC_OK) {
        reader r = {d, path, diag, dctx, 0, 0, tabari};
        flush(&r, &rec);
        tc_actors_set_source(d, NULL, 0);
    }
    free(rec.names);
    free(rec.lines);
    return rc;
}

int tc_petrarch_load_actors(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx,
                            tc_err *err)
{
    return load_actors(d, path, diag, dctx, err, 0);
}

int tc_tabari_load_actors(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx, tc_err *err)
{
    return load_actors(d, path, diag, dctx, err, 1);
}

/* ---- agents ---- */

typedef struct {
    char marker[32];
    char *items; /* comma-separated */
} subst;

typedef struct {
    subst sets[MAX_SUBST];
    int n;
} agent_ctx;

static void add_agent(reader *r, const char *phrase, size_t n, const char *code)
{
    char name[512];
    if (!phrase_name(phrase, n, name, sizeof name)) {
        complain(r, r->line, "empty or overlong phrase");
        return;
    }
    for (char *c = name; *c; c++) *c = (char)tolower((unsigned char)*c);
    tc_err err = {0};
    tc_actors_set_source(r->d, r->path, r->line);
    if (tc_actors_add(r->d, TC_KIND_AGENT, code, name, 0, 0, &err) < 0)
        complain(r, r->line, err.msg);
}

/* PETRARCH's regular plural of a phrase: Y -> IES, S -> SES, else +S (on the last word). */
static void plural_of(const char *s, size_t n, char *out, size_t cap)
{
    while (n && (isspace((unsigned char)s[n - 1]) || s[n - 1] == '_')) n--;
    if (!n) {
        *out = 0;
        return;
    }
    char last = (char)toupper((unsigned char)s[n - 1]);
    if (last == 'Y')
        snprintf(out, cap, "%.*sIES", (int)n - 1, s);
    else if (last == 'S')
        snprintf(out, cap, "%.*sES", (int)n, s);
    else
        snprintf(out, cap, "%.*sS", (int)n, s);
}

static void define_subst(reader *r, agent_ctx *a, char *s)
{
    char *m1 = strchr(s, '!'), *m2 = m1 ? strchr(m1 + 1, '!') : NULL, *eq = strchr(s, '=');
    if (!m2 || !eq || eq < m2 || m2 - m1 - 1 >= 32 || a->n == MAX_SUBST) {
        complain(r, r->line, "substitution set: want !NAME! = WORD, WORD ...");
        return;
    }
    subst *x = &a->sets[a->n++];
    snprintf(x->marker, sizeof x->marker, "%.*s", (int)(m2 - m1 - 1), m1 + 1);
    x->items = tc_xstrdup(eq + 1);
}

/* PHRASE with one !MARKER!: one agent per word of the set, no plurals. */
static void expand_subst(reader *r, agent_ctx *a, const char *phrase, size_t n, const char *code)
{
    const char *m1 = memchr(phrase, '!', n);
    const char *m2 = m1 ? memchr(m1 + 1, '!', n - (size_t)(m1 + 1 - phrase)) : NULL;
    int k = 0;
    while (m2 && k < a->n &&
           (strlen(a->sets[k].marker) != (size_t)(m2 - m1 - 1) ||
            strncmp(a->sets[k].marker, m1 + 1, (size_t)(m2 - m1 - 1))))
        k++;
    if (!m2 || k == a->n) {
        complain(r, r->line, "substitution marker undefined or not closed");
        return;
    }
    char *items = tc_xstrdup(a->sets[k].items), *save = NULL;
    for (char *it = strtok_r(items, ",", &save); it; it = strtok_r(NULL, ",", &save)) {
        while (isspace((unsigned char)*it)) it++;
        char buf[512];
        size_t iw = strcspn(it, " \t");
        int len = snprintf(buf, sizeof buf, "%.*s%.*s%.*s", (int)(m1 - phrase), phrase, (int)iw, it,
                           (int)(n - (size_t)(m2 + 1 - phrase)), m2 + 1);
        if (len > 0 && (size_t)len < sizeof buf) add_agent(r, buf, (size_t)len, code);
    }
    free(items);
}

static void agent_line(reader *r, char *s, int indented, void *ctx)
{
    (void)indented;
    agent_ctx *a = ctx;
    char *br = strchr(s, '[');
    if (*s == '!' && strchr(s, '=') && !br) {
        define_subst(r, a, s);
        return;
    }
    char *close = br ? strchr(br, ']') : NULL;
    if (!close) {
        complain(r, r->line, "agent without a [CODE]");
        return;
    }
    char code[40];
    size_t w = 0;
    for (char *c = br + 1; c < close && w + 1 < sizeof code; c++)
        if (!isspace((unsigned char)*c)) code[w++] = (char)toupper((unsigned char)*c);
    code[w] = 0;
    char *brace = memchr(s, '{', (size_t)(br - s));
    size_t plen = (size_t)((brace ? brace : br) - s);
    if (memchr(s, '!', plen)) {
        expand_subst(r, a, s, plen, code);
        return;
    }
    add_agent(r, s, plen, code);
    if (!brace) {
        char pl[512];
        plural_of(s, plen, pl, sizeof pl);
        if (*pl) add_agent(r, pl, strlen(pl), code);
        return;
    }
    char *bclose = memchr(brace, '}', (size_t)(br - brace));
    if (!bclose) {
        complain(r, r->line, "'{' without its '}'");
        return;
    }
    *bclose = 0;
    char *save = NULL;
    for (char *p = strtok_r(brace + 1, " \t", &save); p; p = strtok_r(NULL, " \t", &save))
        add_agent(r, p, strlen(p), code);
}

int tc_petrarch_load_agents(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx,
                            tc_err *err)
{
    agent_ctx a = {.n = 0};
    int rc = each_line(d, path, diag, dctx, err, 0, agent_line, &a);
    for (int i = 0; i < a.n; i++) free(a.sets[i].items);
    return rc;
}

/* ---- discards ---- */

static void discard_line(reader *r, char *s, int indented, void *ctx)
{
    (void)indented;
    (void)ctx;
    if (*s == '+') s++;
    char name[512];
    if (!phrase_name(s, strlen(s), name, sizeof name)) {
        complain(r, r->line, "empty or overlong phrase");
        return;
    }
    for (char *c = name; *c; c++) *c = (char)tolower((unsigned char)*c);
    tc_err err = {0};
    tc_actors_set_source(r->d, r->path, r->line);
    if (tc_actors_add(r->d, TC_KIND_DISCARD, "-", name, 0, 0, &err) < 0)
        complain(r, r->line, err.msg);
}

int tc_petrarch_load_discards(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx,
                              tc_err *err)
{
    return each_line(d, path, diag, dctx, err, 0, discard_line, NULL);
}

int tc_petrarch_load(tc_actors *d, const char *path, tc_diag_fn diag, void *dctx, tc_err *err)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (strstr(base, "agents")) return tc_petrarch_load_agents(d, path, diag, dctx, err);
    if (strstr(base, "discards")) return tc_petrarch_load_discards(d, path, diag, dctx, err);
    return tc_petrarch_load_actors(d, path, diag, dctx, err);
}
