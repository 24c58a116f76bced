/* tabari: TABARI's .verbs dictionary into tc_verbs, and its text records with their
 * verification blocks.
 *
 * .verbs: one pass over the lines. A verb line starts an entry: its phrase, its code and, on
 * a "{...}" line after it, its irregular forms; the "- ..." pattern lines that follow are
 * gathered, and the entry becomes tc_verb_spec patterns when the next one starts: every
 * pattern (its { A | B } alternatives and &synsets expanded) times every head the verb has
 * (the lemma, the forms of a stem, the listed forms), plus the verb alone with its own code.
 *
 * Records: the file is walked line by line; a record's lines are joined into one text, its
 * comments cut out and their {...} blocks read into the expected events. */
#include "tabari.h"

#include "arena.h"
#include "file.h"
#include "hash.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_EXPAND = 512, MAX_HEADS = 64, LINE_MAX_LEN = 4096 };

typedef struct {
    char **v;
    size_t n, cap;
} strvec;

static void push(strvec *s, const char *str)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        s->v = tc_xrealloc(s->v, s->cap * sizeof *s->v);
    }
    s->v[s->n++] = tc_xstrdup(str);
}

static void clear(strvec *s)
{
    for (size_t i = 0; i < s->n; i++) free(s->v[i]);
    s->n = 0;
}

typedef struct {
    char text[512]; /* the pattern after '-', brackets of its code removed */
    char code[16];
    int line;
} tpat;

typedef struct {
    tc_verbs *v;
    const tc_cameo_table *cameo;
    tc_map *synsets; /* NAME -> strvec of members */
    strvec *cur_syn;
    const char *path;
    int line;
    tc_diag_fn diag;
    void *dctx;
    int section; /* 0; 1 inside <SYNSETS>; 2 inside a section tocsin does not read */
    /* the entry being gathered */
    int have_verb, verb_line;
    char verb[128], vpost[256], code[16];
    strvec heads; /* the verb words the patterns are added for: "=form" for an exact form */
    tpat *pats;
    size_t npats, cap_pats;
} loader;

static void complain_at(loader *L, int line, const char *why)
{
    if (!L->diag) return;
    char where[4200];
    snprintf(where, sizeof where, "%s:%d", L->path, line);
    tc_diag d = {where, "dictionary", TC_EPARSE, why};
    L->diag(&d, L->dctx);
}

static void complain(loader *L, const char *why)
{
    complain_at(L, L->line, why);
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) s[--n] = 0;
    return s;
}

/* Cuts "[CODE]" out of s into code, blanks removed, as tocsin reads it: "###" (TABARI's
 * discard) is "---"; marks after the digits ("100!") are dropped. Returns 0 when s has no
 * [...], -1 when it is empty or not closed. */
static int take_code(char *s, char code[16])
{
    code[0] = 0;
    char *a = strchr(s, '[');
    if (!a) return 0;
    char *b = strchr(a, ']');
    if (!b) return -1;
    size_t w = 0;
    for (char *c = a + 1; c < b && w + 1 < 16; c++)
        if (isalnum((unsigned char)*c) || strchr(":-+#", *c)) code[w++] = *c;
    code[w] = 0;
    memset(a, ' ', (size_t)(b - a + 1));
    if (!w) return -1;
    if (!strcmp(code, "###")) strcpy(code, "---");
    return 1;
}

/* ---- synsets ---- */

static strvec *synset(loader *L, const char *name, size_t len)
{
    return tc_map_get(L->synsets, name, len);
}

static void start_synset(loader *L, const char *name)
{
    char key[128];
    snprintf(key, sizeof key, "%s", name);
    size_t n = strcspn(key, " \t");
    while (n && key[n - 1] == '_') n--;
    key[n] = 0;
    for (char *c = key; *c; c++) *c = (char)toupper((unsigned char)*c);
    strvec *s = synset(L, key, n);
    if (!s) {
        s = tc_xcalloc(1, sizeof *s);
        tc_map_put(L->synsets, tc_xstrdup(key), n, s);
    }
    L->cur_syn = s;
}

static void free_synset(const char *key, size_t len, void *val, void *ctx)
{
    (void)len;
    (void)ctx;
    strvec *s = val;
    clear(s);
    free(s->v);
    free(s);
    free((char *)key);
}

/* ---- expansion of a pattern: { A | B } alternatives, then &SYNSETs ---- */

typedef void (*expand_fn)(loader *L, const char *text, void *ctx);

static void expand_synsets(loader *L, const char *text, expand_fn fn, void *ctx, int *budget)
{
    const char *amp = strchr(text, '&');
    if (!amp) {
        if ((*budget)-- > 0) fn(L, text, ctx);
        return;
    }
    size_t n = 0;
    while (amp[1 + n] && (amp[1 + n] == '_' || isalnum((unsigned char)amp[1 + n]))) n++;
    strvec *set = NULL;
    while (n > 0 && !(set = synset(L, amp + 1, n))) n--;
    if (!set) {
        complain(L, "undeclared &synset in a pattern; pattern skipped");
        return;
    }
    for (size_t i = 0; i<set->n && * budget> 0; i++) {
        char buf[1024];
        snprintf(buf, sizeof buf, "%.*s%s%s", (int)(amp - text), text, set->v[i], amp + 1 + n);
        expand_synsets(L, buf, fn, ctx, budget);
    }
}

static void expand(loader *L, const char *text, expand_fn fn, void *ctx, int *budget)
{
    const char *open = strchr(text, '{');
    if (!open) {
        expand_synsets(L, text, fn, ctx, budget);
        return;
    }
    const char *close = strchr(open, '}');
    if (!close) {
        complain(L, "'{' without its '}' in a pattern; pattern skipped");
        return;
    }
    for (const char *alt = open + 1; alt<close && * budget> 0;) {
        const char *bar = memchr(alt, '|', (size_t)(close - alt));
        const char *end = bar ? bar : close;
        char buf[1024];
        snprintf(buf, sizeof buf, "%.*s %.*s %s", (int)(open - text), text, (int)(end - alt), alt,
                 close + 1);
        expand(L, buf, fn, ctx, budget);
        alt = end + 1;
    }
}

/* ---- patterns into tc_verb_spec ---- */

/* One side of a pattern as tc_verb_spec wants it: a '_' ending a word that a blank follows
 * only says "a whole word" in TABARI (tocsin's words are whole anyway) and goes; '_' between
 * words keeps them adjacent; a hyphen is a token of its own in text ("re-trial"). */
static void side(const char *in, size_t n, char *out, size_t cap)
{
    size_t w = 0;
    for (size_t i = 0; i < n && w + 4 < cap; i++) {
        char c = in[i];
        if (c == '_' && (i + 1 == n || in[i + 1] == ' ' || in[i + 1] == '\t')) continue;
        if (c == '-') {
            memcpy(out + w, "_-_", 3);
            w += 3;
            continue;
        }
        out[w++] = c == '\t' ? ' ' : c;
    }
    out[w] = 0;
}

typedef struct {
    const char *head; /* "=form" for an exact form */
    const char *code;
    int line;
} addctx;

static void add_one(loader *L, const char *text, void *vctx)
{
    const addctx *c = vctx;
    const char *star = strchr(text, '*');
    if (!star) return; /* checked when the line was read; an alternative may hold it */
    char pre[512], post[1024], tail[512], code[16], code2[16] = "";
    size_t np = (size_t)(star - text);
    /* a '_' right before '*' glues the word to the verb: keep it */
    int glued = np && text[np - 1] == '_';
    side(text, glued ? np - 1 : np, pre, sizeof pre - 1);
    if (glued) strcat(pre, "_");
    side(star + 1, strlen(star + 1), tail, sizeof tail);
    snprintf(post, sizeof post, "%s%s", L->vpost, tail);
    const char *colon = strchr(c->code, ':');
    snprintf(code, sizeof code, "%.*s", colon ? (int)(colon - c->code) : 15, c->code);
    if (colon) snprintf(code2, sizeof code2, "%s", colon + 1);
    tc_verb_spec spec = {.verb = c->head + (c->head[0] == '='),
                         .exact = c->head[0] == '=',
                         .pre = pre,
                         .post = post,
                         .code = code,
                         .code2 = code2};
    tc_err err = {0};
    if (tc_verbs_add(L->v, &spec, L->cameo, &err) != TC_OK) complain_at(L, c->line, err.msg);
}

/* The gathered entry into patterns; then the entry is empty. */
/* Whether surface form w already starts a pattern numbered from first on (one of the entry's
 * own heads made it: an inflection of its lemma). */
static int covered(const loader *L, const char *w, size_t first)
{
    for (const tc_vform *f = tc_verbs_lookup(L->v, w, strlen(w)); f; f = f->next)
        if (f->pattern >= first) return 1;
    return 0;
}

static void flush_entry(loader *L)
{
    int saved = L->line;
    size_t first = tc_verbs_count(L->v);
    for (size_t h = 0; L->have_verb && h < L->heads.n; h++) {
        const char *head = L->heads.v[h];
        if (h && head[0] == '=' && covered(L, head + 1, first)) continue;
        int budget = MAX_EXPAND;
        for (size_t j = 0; j < L->npats; j++) {
            addctx c = {head, L->pats[j].code, L->pats[j].line};
            L->line = L->pats[j].line;
            expand(L, L->pats[j].text, add_one, &c, &budget);
        }
        addctx c = {head, L->code, L->verb_line};
        add_one(L, "*", &c);
    }
    L->line = saved;
    L->have_verb = 0;
    L->npats = 0;
    clear(&L->heads);
}

/* The words of "GAVE GIVEN}" as exact forms of the entry's verb, beside the inflections of its
 * lemma (a form those already give is not added twice). */
static void add_forms(loader *L, char *s)
{
    char *close = strchr(s, '}');
    if (close) *close = 0;
    int any = 0;
    for (char *f = strtok(s, " \t"); f; f = strtok(NULL, " \t")) {
        char form[160];
        snprintf(form, sizeof form, "=%s", f);
        for (char *c = form; *c; c++) *c = (char)tolower((unsigned char)*c);
        if (L->heads.n < MAX_HEADS) push(&L->heads, form);
        any = 1;
    }
    if (!any) complain(L, "no verb form inside {...}");
}

/* "ACCUS" (a stem: no final '_') is read as the lemma "accus" and the form "accuse" (a
 * consonant ends it: the stem of a verb in -e; "advances" too for "ADVANC"); "ACCEPT_" as the
 * lemma alone; "GIVE {GAVE ...}" as "give" and the forms listed;
 * "AIR_STRIKE" as the verb "air" glued to "strike". */
static void verb_line(loader *L, char *s)
{
    flush_entry(L);
    char code[16];
    if (take_code(s, code) <= 0) {
        complain(L, "verb without its [CODE]; read as [---]");
        strcpy(code, "---");
    }
    char *forms = strchr(s, '{');
    if (forms) *forms++ = 0;
    char *phrase = trim(s);
    for (char *c = phrase; *c; c++) *c = *c == ' ' ? '_' : (char)tolower((unsigned char)*c);
    size_t n = strlen(phrase);
    int stem = n && phrase[n - 1] != '_';
    while (n && phrase[n - 1] == '_') phrase[--n] = 0;
    size_t w = strcspn(phrase, "_-");
    if (!w || w >= sizeof L->verb) {
        complain(L, "a verb line without its verb");
        return;
    }
    snprintf(L->verb, sizeof L->verb, "%.*s", (int)w, phrase);
    side(phrase + w, n - w, L->vpost, sizeof L->vpost);
    snprintf(L->code, sizeof L->code, "%s", code);
    L->have_verb = 1;
    L->verb_line = L->line;
    push(&L->heads, L->verb);
    char last = L->verb[w - 1], prev = w > 1 ? L->verb[w - 2] : 0;
    if (stem && !L->vpost[0] && !strchr("aeiouy", last)) {
        char form[160];
        snprintf(form, sizeof form, "=%se", L->verb);
        push(&L->heads, form);
        /* the lemma makes "accuses" of "accus" (verbs.h); "advances" of "advanc" it does not */
        if (!strchr("sxzo", last) && !(last == 'h' && (prev == 'c' || prev == 's'))) {
            snprintf(form, sizeof form, "=%ses", L->verb);
            push(&L->heads, form);
        }
    }
    if (forms) add_forms(L, forms);
}

/* "{GAVE GIVEN GIVING}" after a verb line: its forms, each exact. */
static void forms_line(loader *L, char *s)
{
    if (!L->have_verb)
        complain(L, "verb forms {...} before any verb");
    else
        add_forms(L, s + 1);
}

static void pattern_line(loader *L, char *s)
{
    if (!L->have_verb) {
        complain(L, "a pattern before any verb");
        return;
    }
    char code[16];
    int got = take_code(s, code);
    if (got <= 0) {
        complain(L, got < 0 ? "empty or unclosed [CODE] in a pattern"
                            : "a pattern without its [CODE]");
        return;
    }
    if (!strchr(s, '*')) {
        complain(L, "a pattern without its verb (*)");
        return;
    }
    if (L->npats == L->cap_pats) {
        L->cap_pats = L->cap_pats ? L->cap_pats * 2 : 16;
        L->pats = tc_xrealloc(L->pats, L->cap_pats * sizeof *L->pats);
    }
    tpat *p = &L->pats[L->npats++];
    for (char *c = s; *c; c++) *c = (char)toupper((unsigned char)*c); /* as TABARI reads it */
    snprintf(p->text, sizeof p->text, "%s", trim(s));
    snprintf(p->code, sizeof p->code, "%s", code);
    p->line = L->line;
}

/* A line starting with '<': the sections of the file. */
static void tag_line(loader *L, const char *s)
{
    char up[16];
    size_t n = 0;
    for (; s[n] && n + 1 < sizeof up; n++) up[n] = (char)toupper((unsigned char)s[n]);
    up[n] = 0;
    if (!strncmp(up, "</", 2)) {
        L->section = 0;
    } else if (!strncmp(up, "<SYN", 4)) {
        L->section = 1;
    } else if (!strncmp(up, "<TIME", 5) || !strncmp(up, "<ATTRIB", 7)) {
        L->section = 2;
        complain(L, "TABARI <TIME> and <ATTRIB> sections are not read by tocsin; skipped");
    }
}

static void one_line(loader *L, char *s)
{
    s[strcspn(s, ";")] = 0;
    s = trim(s);
    if (!*s) return;
    if (*s == '<') {
        tag_line(L, s);
    } else if (L->section == 2) {
        return;
    } else if (*s == '&') {
        start_synset(L, s + 1);
    } else if (*s == '+') {
        char *m = trim(s + 1);
        for (char *c = m; *c; c++) *c = *c == ' ' ? '_' : (char)toupper((unsigned char)*c);
        if (L->cur_syn && *m)
            push(L->cur_syn, m);
        else
            complain(L, "a +MEMBER line outside a synset");
    } else if (L->section == 1) {
        complain(L, "inside <SYNSETS>, want &NAME or +MEMBER");
    } else if (*s == '-') {
        pattern_line(L, s + 1);
    } else if (*s == '{') {
        forms_line(L, s);
    } else {
        verb_line(L, s);
    }
    if (*s != '+' && *s != '&') L->cur_syn = NULL;
}

tc_verbs *tc_tabari_verbs_parse(const char *buf, size_t len, const char *path,
                                const tc_cameo_table *cameo, tc_diag_fn diag, void *dctx)
{
    loader L = {.v = tc_verbs_new(),
                .cameo = cameo,
                .synsets = tc_map_new(64),
                .path = path,
                .diag = diag,
                .dctx = dctx};
    char line[LINE_MAX_LEN];
    for (size_t at = 0; at < len;) {
        const char *nl = memchr(buf + at, '\n', len - at);
        size_t n = (nl ? (size_t)(nl - buf) : len) - at;
        L.line++;
        int nul = memchr(buf + at, 0, n) != NULL;
        snprintf(line, sizeof line, "%.*s", (int)(n < sizeof line ? n : sizeof line - 1), buf + at);
        at += n + 1;
        if (line[0] == '~') break; /* TABARI's end of the dictionary */
        if (nul || n >= sizeof line) {
            complain(&L, nul ? "NUL byte in line" : "line too long; skipped");
            continue;
        }
        if (line[0] != '#' && line[0] != '/') one_line(&L, line);
    }
    flush_entry(&L);
    if (!tc_verbs_count(L.v)) complain_at(&L, L.line, "no verb pattern in this TABARI file");
    tc_map_each(L.synsets, free_synset, NULL);
    tc_map_free(L.synsets);
    free(L.heads.v);
    free(L.pats);
    return L.v;
}

tc_verbs *tc_tabari_verbs_load(const char *path, const tc_cameo_table *cameo, tc_diag_fn diag,
                               void *dctx, tc_err *err)
{
    size_t len;
    char *buf = tc_file_read(path, 0, &len, err);
    if (!buf) return NULL;
    tc_verbs *v = tc_tabari_verbs_parse(buf, len, path, cameo, diag, dctx);
    free(buf);
    return v;
}

int tc_tabari_verbs_sniff(const char *buf, size_t len)
{
    int verb_line = 0;
    for (size_t at = 0; at < len;) {
        const char *nl = memchr(buf + at, '\n', len - at);
        size_t n = (nl ? (size_t)(nl - buf) : len) - at;
        const char *s = buf + at;
        at += n + 1;
        size_t i = 0, e = n;
        while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
        while (e > i && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) e--;
        if (e - i >= 6 && !memcmp(s + i, "---", 3) && !memcmp(s + e - 3, "---", 3))
            return 0; /* PETRARCH's "--- NAME [CODE] ---" */
        if (i == 0 && n && isalpha((unsigned char)s[0])) {
            const char *semi = memchr(s, ';', n);
            const char *br = memchr(s, '[', semi ? (size_t)(semi - s) : n);
            verb_line |= br != NULL;
        }
    }
    return verb_line;
}

/* ---- text records ---- */

/* "950101" or "19950101" -> "1995-01-01" into out; 0, or -1 for a bad date. */
static int record_date(const char *s, size_t n, char out[11])
{
    if (n != 6 && n != 8) return -1;
    int v[8];
    for (size_t i = 0; i < n; i++) v[i] = s[i] - '0';
    int year = n == 8 ? v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3] : v[0] * 10 + v[1];
    if (n == 6) year += year <= 30 ? 2000 : 1900;
    const int *md = v + (n == 8 ? 4 : 2);
    int month = md[0] * 10 + md[1], day = md[2] * 10 + md[3];
    if (month < 1 || month > 12 || day < 1 || day > 31) return -1;
    snprintf(out, 11, "%04d-%02d-%02d", year, month, day);
    return 0;
}

/* Copies field [s, e) trimmed into out; 0, or -1 when it is empty or too long. */
static int field(const char *s, const char *e, char *out, size_t cap)
{
    while (s < e && isspace((unsigned char)*s)) s++;
    while (e > s && isspace((unsigned char)e[-1])) e--;
    if (s == e || (size_t)(e - s) >= cap) return -1;
    memcpy(out, s, (size_t)(e - s));
    out[e - s] = 0;
    return 0;
}

/* One block's inside [s, e): "SRC / TGT / CODE", "---", "###", "+++" or "OPTION: ...". */
static const char *read_block(tc_tabari_record *r, const char *s, const char *e)
{
    char all[64];
    int whole = field(s, e, all, sizeof all) == 0;
    if (whole && (!strcmp(all, "---") || !strcmp(all, "###") || !strcmp(all, "+++"))) {
        memcpy(r->special, all, sizeof r->special); /* one of the three, with its NUL */
        return NULL;
    }
    while (s < e && isspace((unsigned char)*s)) s++;
    if (e - s >= 7 && !memcmp(s, "OPTION:", 7)) {
        r->option = 1;
        return NULL;
    }
    if (r->nevents == TC_TABARI_MAX_EVENTS)
        return "more verification blocks than tocsin reads (32)";
    tc_tabari_event *ev = &r->events[r->nevents];
    const char *a = memchr(s, '/', (size_t)(e - s));
    const char *b = a ? memchr(a + 1, '/', (size_t)(e - a - 1)) : NULL;
    const char *c = b ? memchr(b + 1, '/', (size_t)(e - b - 1)) : NULL;
    if (!b || field(s, a, ev->src, sizeof ev->src) || field(a + 1, b, ev->tgt, sizeof ev->tgt) ||
        field(b + 1, c ? c : e, ev->code, sizeof ev->code))
        return "a verification block is not {SOURCE / TARGET / CODE}";
    r->nevents++;
    return NULL;
}

/* Reads the {...} blocks of the comment [s, e) into r. */
static const char *read_blocks(tc_tabari_record *r, const char *s, const char *e)
{
    for (const char *open = memchr(s, '{', (size_t)(e - s)); open && !r->open;
         open = memchr(open + 1, '{', (size_t)(e - open - 1))) {
        if (open > s && open[-1] == '-') {
            r->open = 1;
            break;
        }
        const char *close = memchr(open, '}', (size_t)(e - open));
        if (!close) return "'{' without its '}' in the verification comment";
        r->checked = 1;
        const char *why = read_block(r, open + 1, close);
        if (why) return why;
        open = close;
    }
    r->checked |= r->open;
    return NULL;
}

/* Cuts every comment out of text (in place) and reads its blocks into r. */
static const char *cut_comments(tc_tabari_record *r, char *text)
{
    const char *why = NULL;
    for (char *a; (a = strstr(text, "/*"));) {
        char *b = strstr(a + 2, "*/");
        char *end = b ? b : a + strlen(a);
        if (!why) why = read_blocks(r, a + 2, end);
        end = b ? b + 2 : end;
        memmove(a, end, strlen(end) + 1);
    }
    return why;
}

/* The record whose first line is [s, s + n) and whose text is text (taken over). */
static void emit(tc_tabari_record *r, const char *s, size_t n, char *text, tc_tabari_record_fn fn,
                 void *ctx)
{
    size_t d = 0;
    while (d < n && isdigit((unsigned char)s[d])) d++;
    const char *why = record_date(s, d, r->date) ? "the date is not YYMMDD or YYYYMMDD" : NULL;
    if (why) r->date[0] = 0;
    if (field(s + d, s + n, r->id, sizeof r->id)) snprintf(r->id, sizeof r->id, "line %d", r->line);
    const char *cut = cut_comments(r, text);
    size_t tn = strlen(text);
    while (tn && text[tn - 1] == ' ') text[--tn] = 0;
    r->error = why ? why : cut;
    r->text = text;
    fn(r, ctx);
}

size_t tc_tabari_records(const char *buf, size_t len, tc_tabari_record_fn fn, void *ctx)
{
    size_t count = 0, at = 0;
    int line = 0;
    tc_tabari_record *r = tc_xmalloc(sizeof *r);
    while (at < len) {
        const char *s = buf + at, *nl = memchr(s, '\n', len - at);
        size_t n = nl ? (size_t)(nl - s) : len - at;
        at += n + 1;
        line++;
        if (!isdigit((unsigned char)*s)) continue;
        memset(r, 0, sizeof *r);
        r->line = line;
        size_t tlen = 0, tcap = 256;
        char *text = tc_xmalloc(tcap);
        while (at < len) { /* the text: lines up to a blank one */
            const char *t = buf + at, *tnl = memchr(t, '\n', len - at);
            size_t tn = tnl ? (size_t)(tnl - t) : len - at, k = 0;
            while (k < tn && isspace((unsigned char)t[k])) k++;
            if (k == tn) break;
            at += tn + 1;
            line++;
            while (tlen + tn + 2 > tcap) tcap *= 2;
            text = tc_xrealloc(text, tcap);
            for (size_t i = 0; i < tn; i++) text[tlen++] = t[i] && t[i] != '\r' ? t[i] : ' ';
            text[tlen++] = ' ';
        }
        text[tlen] = 0;
        emit(r, s, n, text, fn, ctx);
        free(text);
        count++;
    }
    free(r);
    return count;
}
