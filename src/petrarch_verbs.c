/* petrarch_verbs: the PETRARCH / TABARI verb dictionary format, read into tc_verbs.
 *
 * The format: synsets ("&NAME" then "+MEMBER" lines) and verb blocks. A block starts with
 * "--- NAME [CODE] ---"; its plain lines are the verbs it holds ("BAN {BANS BANNED}": a
 * lemma and irregular forms; "WIRE_+TAP": a phrase whose verb is the word marked '+';
 * "DOWNPLAY [014]": a verb with a code of its own), its "- PRE * POST [CODE]" lines the
 * patterns all of its verbs share. In a pattern '*' is the verb, '_' joins words that must
 * be adjacent, "$" "+" "%" mark source, target and compound actor, "^" a gap; "&NAME" stands
 * for each member of a synset; "(...)" and "{...}" (phrase brackets of PETRARCH-2) are read
 * as plain words.
 *
 * A block is turned into tc_verb_spec entries when it ends: every verb times every pattern,
 * plus the verb alone with its default code; synsets are expanded into one entry per member
 * (nested synsets too). */
#include "petrarch_verbs.h"

#include "file.h"
#include "hash.h"
#include "tabari.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_EXPAND 512

typedef struct {
    char **v;
    size_t n, cap;
} strvec;

typedef struct {
    char verb[64], pre[128], post[128], code[16];
    int exact;
} pverb;

typedef struct {
    char text[512]; /* "PRE * POST", brackets removed, synsets not yet expanded */
    char code[16];
} ppat;

typedef struct {
    tc_verbs *v;
    const tc_cameo_table *cameo;
    tc_map *synsets; /* NAME -> strvec of members */
    strvec *cur_syn;
    char block_code[16];
    pverb *verbs;
    size_t nverbs, cap_verbs;
    ppat *pats;
    size_t npats, cap_pats;
    const char *path;
    int line;
    int pass;   /* 1: synsets only (they may be used before they are defined); 2: the rest */
    int in_syn; /* inside a synset's member lines */
    tc_diag_fn diag;
    void *dctx;
} loader;

static void push(strvec *s, const char *str)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        s->v = tc_xrealloc(s->v, s->cap * sizeof *s->v);
    }
    s->v[s->n++] = tc_xstrdup(str);
}

static void complain(loader *L, const char *why)
{
    if (!L->diag) return;
    char where[4200];
    snprintf(where, sizeof where, "%s:%d", L->path, L->line);
    tc_diag d = {where, "dictionary", TC_EPARSE, why};
    L->diag(&d, L->dctx);
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) s[--n] = 0;
    return s;
}

/* Cuts "[CODE]" out of s into code (empty when none). */
static void take_code(char *s, char code[16])
{
    code[0] = 0;
    char *a = strrchr(s, '['), *b = a ? strchr(a, ']') : NULL;
    if (!a || !b) return;
    snprintf(code, 16, "%.*s", (int)(b - a - 1), a + 1);
    char *t = trim(code);
    memmove(code, t, strlen(t) + 1);
    memset(a, ' ', (size_t)(b - a + 1));
}

/* ---- synsets ---- */

static strvec *synset(loader *L, const char *name, size_t len)
{
    return tc_map_get(L->synsets, name, len);
}

/* Calls fn on every expansion of text (each &NAME replaced by each of its members). */
static void expand(loader *L, const char *text, void (*fn)(loader *, const char *, void *),
                   void *ctx, int *budget)
{
    const char *amp = strchr(text, '&');
    if (!amp) {
        if ((*budget)-- > 0) fn(L, text, ctx);
        return;
    }
    size_t n = 0;
    while (amp[1 + n] && (amp[1 + n] == '_' || (amp[1 + n] >= 'A' && amp[1 + n] <= 'Z') ||
                          (amp[1 + n] >= '0' && amp[1 + n] <= '9')))
        n++;
    strvec *set = NULL;
    while (n > 0 && !(set = synset(L, amp + 1, n))) n--;
    if (!set) {
        complain(L, "unknown synset");
        return;
    }
    for (size_t i = 0; i<set->n && * budget> 0; i++) {
        char buf[1024];
        snprintf(buf, sizeof buf, "%.*s%s%s", (int)(amp - text), text, set->v[i], amp + 1 + n);
        expand(L, buf, fn, ctx, budget);
    }
}

static void start_synset(loader *L, const char *name)
{
    char key[128];
    snprintf(key, sizeof key, "%s", name);
    size_t n = strcspn(key, " \t#");
    while (n && key[n - 1] == '_') n--;
    key[n] = 0;
    strvec *s = synset(L, key, n);
    if (!s) {
        s = tc_xcalloc(1, sizeof *s);
        tc_map_put(L->synsets, tc_xstrdup(key), n, s);
    }
    L->cur_syn = s;
}

static void add_member(loader *L, char *m)
{
    for (char *c = m; *c; c++)
        if (*c == ' ') *c = '_';
    push(L->cur_syn, m);
}

/* ---- verbs and patterns ---- */

/* "WIRE_+TAP" -> verb "tap", pre "wire_"; "+CORDON_OFF" -> verb "cordon", post "_off". */
static void split_phrase(const char *phrase, pverb *pv)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", phrase);
    char *words[16];
    int n = 0, head = 0;
    for (char *w = strtok(buf, "_"); w && n < 16; w = strtok(NULL, "_")) {
        if (*w == '+') {
            head = n;
            w++;
        }
        words[n++] = w;
    }
    pv->pre[0] = pv->post[0] = 0;
    if (!n) return;
    snprintf(pv->verb, sizeof pv->verb, "%s", words[head]);
    for (int i = 0; i < head; i++)
        snprintf(pv->pre + strlen(pv->pre), sizeof pv->pre - strlen(pv->pre), "%s_", words[i]);
    for (int i = head + 1; i < n; i++)
        snprintf(pv->post + strlen(pv->post), sizeof pv->post - strlen(pv->post), "_%s", words[i]);
}

static void add_verb(loader *L, const char *phrase, const char *code, int exact)
{
    if (L->nverbs == L->cap_verbs) {
        L->cap_verbs = L->cap_verbs ? L->cap_verbs * 2 : 16;
        L->verbs = tc_xrealloc(L->verbs, L->cap_verbs * sizeof *L->verbs);
    }
    pverb *pv = &L->verbs[L->nverbs];
    memset(pv, 0, sizeof *pv);
    split_phrase(phrase, pv);
    if (!pv->verb[0]) return;
    snprintf(pv->code, sizeof pv->code, "%s", code);
    pv->exact = exact;
    L->nverbs++;
}

/* "BAN {BANS BANNED} [CODE]": the lemma, then each listed form exactly. */
static void verb_line(loader *L, char *s)
{
    char code[16];
    take_code(s, code);
    if (!code[0]) snprintf(code, sizeof code, "%s", L->block_code);
    char *brace = strchr(s, '{');
    if (brace) *brace++ = 0;
    char *lemma = trim(s);
    for (char *c = lemma; *c; c++) /* "LASH OUT": a verb and its particle */
        if (*c == ' ' || *c == '\t') *c = '_';
    if (*lemma) add_verb(L, lemma, code, 0);
    if (!brace) return;
    char *close = strchr(brace, '}');
    if (close) *close = 0;
    for (char *f = strtok(brace, " \t"); f; f = strtok(NULL, " \t")) add_verb(L, f, code, 1);
}

static void pattern_line(loader *L, char *s)
{
    if (L->npats == L->cap_pats) {
        L->cap_pats = L->cap_pats ? L->cap_pats * 2 : 16;
        L->pats = tc_xrealloc(L->pats, L->cap_pats * sizeof *L->pats);
    }
    ppat *p = &L->pats[L->npats];
    take_code(s, p->code);
    for (char *c = s; *c; c++)
        if (strchr("(){}", *c)) *c = ' ';
    if (!strchr(s, '*')) {
        complain(L, "a pattern without its verb (*)");
        return;
    }
    snprintf(p->text, sizeof p->text, "%s", trim(s));
    L->npats++;
}

typedef struct {
    const pverb *pv;
    const char *code;
} addctx;

static void split_code(const char *code, char a[16], char b[16])
{
    const char *colon = strchr(code, ':');
    snprintf(a, 16, "%.*s", colon ? (int)(colon - code) : (int)strlen(code), code);
    snprintf(b, 16, "%s", colon ? colon + 1 : "");
}

/* One expanded pattern text "PRE * POST" for one verb. */
static void add_one(loader *L, const char *text, void *vctx)
{
    const addctx *c = vctx;
    if (!strcmp(c->code, "+++")) /* a pattern switched off */
        return;
    const char *star = strchr(text, '*');
    char pre[512], post[512], code[16], code2[16];
    size_t np = (size_t)(star - text);
    int glued = np && text[np - 1] == '_';
    snprintf(pre, sizeof pre, "%.*s%s%s", (int)np, text, c->pv->pre[0] && !glued ? " " : "",
             c->pv->pre);
    snprintf(post, sizeof post, "%s%s", c->pv->post, star + 1);
    split_code(c->code, code, code2);
    tc_verb_spec spec = {.verb = c->pv->verb,
                         .exact = c->pv->exact,
                         .pre = pre,
                         .post = post,
                         .code = code,
                         .code2 = code2};
    tc_err err = {0};
    if (tc_verbs_add(L->v, &spec, L->cameo, &err) != TC_OK) complain(L, err.msg);
}

static void flush_block(loader *L)
{
    for (size_t i = 0; i < L->nverbs; i++) {
        const pverb *pv = &L->verbs[i];
        int budget = MAX_EXPAND;
        for (size_t j = 0; j < L->npats; j++) {
            addctx c = {pv, L->pats[j].code};
            expand(L, L->pats[j].text, add_one, &c, &budget);
        }
        if (pv->code[0]) {
            addctx c = {pv, pv->code};
            add_one(L, "*", &c);
        }
    }
    L->nverbs = L->npats = 0;
}

static void header_line(loader *L, char *s)
{
    flush_block(L);
    take_code(s, L->block_code);
}

static void one_line(loader *L, char *s)
{
    char *hash = strchr(s, '#');
    if (hash) *hash = 0;
    s = trim(s);
    if (!*s || !strncmp(s, "---", 3)) L->in_syn = 0;
    if (!*s) return;
    if (!strncmp(s, "---", 3)) {
        if (L->pass == 2) header_line(L, s);
    } else if (*s == '&') {
        L->in_syn = 1;
        if (L->pass == 1) start_synset(L, s + 1);
    } else if (*s == '+' && L->in_syn) {
        if (L->pass == 1) add_member(L, trim(s + 1));
    } else if (L->pass == 1) {
        return;
    } else if (*s == '-') {
        pattern_line(L, s + 1);
    } else if (L->block_code[0]) {
        verb_line(L, s);
    }
}

static void read_lines(loader *L, char *buf)
{
    int in_comment = 0;
    L->line = 0;
    L->in_syn = 0;
    for (char *line = buf, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = 0;
        L->line++;
        char *open = strstr(line, "<!--");
        if (in_comment || open) {
            char *close = strstr(open ? open : line, "-->");
            in_comment = !close;
            continue;
        }
        one_line(L, line);
    }
}

static void free_synset(const char *key, size_t len, void *val, void *ctx)
{
    (void)len;
    (void)ctx;
    strvec *s = val;
    for (size_t i = 0; i < s->n; i++) free(s->v[i]);
    free(s->v);
    free(s);
    free((char *)key);
}

tc_verbs *tc_petrarch_verbs_load(const char *path, const tc_cameo_table *cameo, tc_diag_fn diag,
                                 void *dctx, tc_err *err)
{
    size_t len;
    char *buf = tc_file_read(path, 0, &len, err);
    if (!buf) return NULL;
    if (tc_tabari_verbs_sniff(buf, len)) {
        tc_verbs *v = tc_tabari_verbs_parse(buf, len, path, cameo, diag, dctx);
        free(buf);
        return v;
    }
    loader L = {.v = tc_verbs_new(),
                .cameo = cameo,
                .synsets = tc_map_new(256),
                .path = path,
                .diag = diag,
                .dctx = dctx};
    char *copy = tc_xstrndup(buf, len);
    for (L.pass = 1; L.pass <= 2; L.pass++) read_lines(&L, L.pass == 1 ? copy : buf);
    flush_block(&L);
    if (!tc_verbs_count(L.v))
        complain(&L, "no verb pattern in this file (no --- NAME [CODE] --- block)");
    free(copy);
    tc_map_each(L.synsets, free_synset, NULL);
    tc_map_free(L.synsets);
    free(L.verbs);
    free(L.pats);
    free(buf);
    return L.v;
}
