/* code: the verb dictionary and the sparse-parsing event coder.
 *
 * The dictionary (data/verbs.txt) is a list of patterns: a verb lemma followed by literal
 * words and "*" gaps ("summon * ambassador"). Loading generates every inflection of the
 * lemma (regular rules, over-generating harmlessly: "visitted" never occurs in text) plus the
 * irregular forms of WordNet's verb.exc, and maps each form to the patterns it starts, most
 * specific first.
 *
 * Coding a sentence: every token that is a verb form is tried; cues reject nouns ("the
 * blockade", "a protest of"), the rest of the pattern must follow; then the clause around the
 * verb (bounded by ; : ( ) and subordinators) gives the source (the first actor heading the
 * clause, not inside a prepositional phrase) and the target (the first actor after the
 * pattern); a passive ("was blockaded by X") swaps them; negation and modality set flags;
 * actors joined by "and" give one event each. */
#include "code.h"

#include "file.h"
#include "hash.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WORDNET_VERB_EXC "/usr/share/wordnet/verb.exc"
#define MAX_WORDS 8
#define GAP_MAX 6

enum { FORM_BASE, FORM_S, FORM_PAST, FORM_ING, FORM_EXACT };

typedef struct {
    char cameo[8];
    const tc_cameo *info;
    uint8_t nwords;
    const char *words[MAX_WORDS]; /* words[0] the lemma; "*" a gap */
    int exact;                     /* the first word is an exact form, not a lemma */
    int mutual;                    /* "A and B fought": each acts on the other */
} vpattern;

typedef struct vform {
    uint32_t pattern;
    uint8_t form;
    struct vform *next; /* same surface form, patterns with more words first */
} vform;

struct tc_verbs {
    tc_arena *mem;
    vpattern *pats;
    size_t n, cap;
    tc_map *forms;     /* surface form -> vform list */
    tc_map *irregular; /* lemma -> NUL-separated list of irregular forms */
};

/* ---- loading ---- */

static int is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static void add_form(tc_verbs *v, const char *form, size_t len, uint32_t pat, int type)
{
    char *key = tc_arena_strndup(v->mem, form, len);
    vform *head = tc_map_get(v->forms, key, len);
    for (vform *f = head; f; f = f->next)
        if (f->pattern == pat)
            return;
    vform *f = tc_arena_alloc(v->mem, sizeof *f);
    f->pattern = pat;
    f->form = (uint8_t)type;
    vform **pp = &head;
    while (*pp && v->pats[(*pp)->pattern].nwords >= v->pats[pat].nwords) pp = &(*pp)->next;
    f->next = *pp;
    *pp = f;
    tc_map_put(v->forms, key, len, head);
}

static void add_suffixed(tc_verbs *v, const char *stem, size_t n, const char *suf, uint32_t pat,
                         int type)
{
    char buf[128];
    int len = snprintf(buf, sizeof buf, "%.*s%s", (int)n, stem, suf);
    if (len > 0 && (size_t)len < sizeof buf)
        add_form(v, buf, (size_t)len, pat, type);
}

/* Every regular inflection of lemma, plus a doubled final consonant where English might
 * double it (ban -> banned), plus WordNet's irregular forms. */
static void add_inflections(tc_verbs *v, const char *lemma, uint32_t pat)
{
    size_t n = strlen(lemma);
    char last = lemma[n - 1], prev = n > 1 ? lemma[n - 2] : 0;
    add_form(v, lemma, n, pat, FORM_BASE);
    if (last == 'y' && !is_vowel(prev)) {
        add_suffixed(v, lemma, n - 1, "ies", pat, FORM_S);
        add_suffixed(v, lemma, n - 1, "ied", pat, FORM_PAST);
    } else if (last == 's' || last == 'x' || last == 'z' || last == 'o' ||
               (last == 'h' && (prev == 'c' || prev == 's'))) {
        add_suffixed(v, lemma, n, "es", pat, FORM_S);
    } else {
        add_suffixed(v, lemma, n, "s", pat, FORM_S);
    }
    if (last == 'e') {
        add_suffixed(v, lemma, n, "d", pat, FORM_PAST);
        add_suffixed(v, lemma, prev == 'i' ? n - 2 : n - 1, prev == 'i' ? "ying" : "ing", pat,
                     FORM_ING);
        if (prev == 'e')
            add_suffixed(v, lemma, n, "ing", pat, FORM_ING);
    } else if (!(last == 'y' && !is_vowel(prev))) {
        add_suffixed(v, lemma, n, "ed", pat, FORM_PAST);
    }
    if (last != 'e')
        add_suffixed(v, lemma, n, "ing", pat, FORM_ING);
    if (n >= 3 && !is_vowel(last) && is_vowel(prev) && !is_vowel(lemma[n - 3]) &&
        !strchr("wxy", last)) {
        char dbl[3] = {last, 0, 0};
        char stem[128];
        snprintf(stem, sizeof stem, "%s%s", lemma, dbl);
        add_suffixed(v, stem, strlen(stem), "ed", pat, FORM_PAST);
        add_suffixed(v, stem, strlen(stem), "ing", pat, FORM_ING);
    }
    const char *irr = tc_map_get(v->irregular, lemma, n);
    for (; irr && *irr; irr += strlen(irr) + 1) {
        size_t il = strlen(irr);
        add_form(v, irr, il, pat, il > 4 && !strcmp(irr + il - 3, "ing") ? FORM_ING : FORM_PAST);
    }
}

/* lemma -> "form\0form\0\0" from WordNet's verb.exc ("fought fight"). Missing file: none. */
static void load_irregular(tc_verbs *v)
{
    size_t len;
    char *buf = tc_file_read(WORDNET_VERB_EXC, 0, &len, NULL);
    v->irregular = tc_map_new(4096);
    if (!buf)
        return;
    for (char *line = buf, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = 0;
        char form[64], lemma[64];
        if (sscanf(line, "%63s %63s", form, lemma) != 2 || strchr(lemma, '_'))
            continue;
        size_t ll = strlen(lemma), fl = strlen(form);
        const char *old = tc_map_get(v->irregular, lemma, ll);
        size_t olen = 0;
        while (old && old[olen]) olen += strlen(old + olen) + 1;
        char *list = tc_arena_alloc(v->mem, olen + fl + 2);
        if (olen)
            memcpy(list, old, olen);
        memcpy(list + olen, form, fl + 1);
        list[olen + fl + 1] = 0;
        tc_map_put(v->irregular, tc_arena_strndup(v->mem, lemma, ll), ll, list);
    }
    free(buf);
}

static void report(tc_diag_fn diag, void *dctx, const char *path, int line, const char *why)
{
    if (!diag)
        return;
    char where[4200];
    snprintf(where, sizeof where, "%s:%d", path, line);
    tc_diag d = {where, "dictionary", TC_EPARSE, why};
    diag(&d, dctx);
}

/* One pattern "verb word * word"; returns NULL or why it is bad. */
static const char *add_pattern(tc_verbs *v, const char *code, const tc_cameo *info, int mutual,
                               char *text)
{
    vpattern p = {.info = info, .mutual = mutual};
    snprintf(p.cameo, sizeof p.cameo, "%s", code);
    for (char *w = strtok(text, " \t"); w; w = strtok(NULL, " \t")) {
        if (p.nwords == MAX_WORDS)
            return "too many words in a pattern";
        for (char *c = w; *c; c++)
            if (*c >= 'A' && *c <= 'Z')
                *c = (char)(*c + 32);
        if (p.nwords == 0 && *w == '=') {
            p.exact = 1;
            w++;
        }
        if (!*w || (p.nwords == 0 && *w == '*'))
            return "a pattern starts with its verb";
        p.words[p.nwords++] = tc_arena_strndup(v->mem, w, strlen(w));
    }
    if (p.nwords == 0)
        return "empty pattern";
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 256;
        v->pats = tc_xrealloc(v->pats, v->cap * sizeof *v->pats);
    }
    v->pats[v->n] = p;
    uint32_t id = (uint32_t)v->n++;
    if (p.exact)
        add_form(v, p.words[0], strlen(p.words[0]), id, FORM_EXACT);
    else
        add_inflections(v, p.words[0], id);
    return NULL;
}

/* "CODE  pattern | pattern ..." */
static const char *parse_verb_line(tc_verbs *v, const tc_cameo_table *cameo, char *line)
{
    char *hash = strchr(line, '#');
    if (hash)
        *hash = 0;
    char code[8];
    int used = 0;
    if (sscanf(line, " %7s %n", code, &used) < 1 || used == 0)
        return "expected: CODE pattern | pattern ...";
    const tc_cameo *info = tc_cameo_get(cameo, code);
    if (!info)
        return "not a CAMEO code";
    char *mutual = strstr(line + used, "@mutual");
    if (mutual)
        *mutual = 0;
    int any = 0;
    for (char *alt = line + used, *bar; alt; alt = bar) {
        bar = strchr(alt, '|');
        if (bar)
            *bar++ = 0;
        const char *why = add_pattern(v, code, info, mutual != NULL, alt);
        if (why)
            return why;
        any = 1;
    }
    return any ? NULL : "no pattern";
}

tc_verbs *tc_verbs_load(const char *path, const tc_cameo_table *cameo, tc_diag_fn diag,
                        void *dctx, tc_err *err)
{
    size_t len;
    char *buf = tc_file_read(path, 0, &len, err);
    if (!buf)
        return NULL;
    tc_verbs *v = tc_xcalloc(1, sizeof *v);
    v->mem = tc_arena_new(1 << 18);
    v->forms = tc_map_new(8192);
    load_irregular(v);
    int lineno = 0;
    for (char *line = buf, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = 0;
        lineno++;
        char *s = line;
        while (*s == ' ' || *s == '\t') s++;
        if (!*s || *s == '#')
            continue;
        const char *why = parse_verb_line(v, cameo, s);
        if (why)
            report(diag, dctx, path, lineno, why);
    }
    free(buf);
    return v;
}

void tc_verbs_free(tc_verbs *v)
{
    if (!v)
        return;
    tc_map_free(v->forms);
    tc_map_free(v->irregular);
    tc_arena_free(v->mem);
    free(v->pats);
    free(v);
}

size_t tc_verbs_count(const tc_verbs *v)
{
    return v->n;
}

/* ---- coding ---- */

/* Word classes the grammar cues need: small closed classes, so tables. */
static const char *const determiners[] = {"the", "a", "an", "this", "that", "these", "those",
                                          "its", "their", "his", "her", "our", "my", "your",
                                          "any", "no", "every", "each", "such", "another", NULL};
static const char *const prepositions[] = {
    "in", "on", "at", "of", "for", "with", "from", "against", "by", "to", "into", "onto",
    "over", "under", "between", "among", "about", "despite", "near", "across", "through",
    "toward", "towards", "without", "within", "during", "amid", "behind", "beyond", "like",
    "including", "alongside", "upon", "via", "per", NULL};
static const char *const boundaries[] = {"that", "which", "who", "whom", "whose", "where",
                                         "while", "whereas", "because", "although", "though",
                                         "but", "if", "unless", "when", "whether", NULL};
static const char *const negators[] = {"not", "n't", "never", "no", "neither", "nor", NULL};
static const char *const modals[] = {"would", "could", "might", "may", "should", "can",
                                     "shall", "must", NULL};
static const char *const be_forms[] = {"is", "are", "was", "were", "been", "being", "be",
                                       NULL};
static const char *const licensors[] = {"to", "will", "would", "could", "can", "may", "might",
                                        "must", "shall", "should", "not", "n't", "do", "does",
                                        "did", "never", "also", "they", "we", "i", "you",
                                        "jointly", "then", "and", "or", NULL};
static const char *const conjunctions[] = {"and", "or", ",", "as", "well", NULL};

static int in_list(const char *const *list, const tc_token *t)
{
    for (; *list; list++)
        if (strcmp(*list, t->norm) == 0)
            return 1;
    return 0;
}

static int is_punct(const tc_token *t, const char *chars)
{
    return (t->flags & TC_TOK_PUNCT) && t->nlen == 1 && strchr(chars, t->norm[0]);
}

typedef struct {
    const tc_text *t;
    uint32_t lo, hi; /* the sentence's tokens */
    const tc_mention *m;
    size_t nm;
} sentence_ctx;

static int is_boundary(const tc_token *t)
{
    return is_punct(t, ";:()[]") || in_list(boundaries, t);
}

/* The clause around token i: [*from, *to). */
static void clause_of(const sentence_ctx *s, uint32_t i, uint32_t *from, uint32_t *to)
{
    uint32_t a = i, b = i + 1;
    while (a > s->lo && !is_boundary(&s->t->toks[a - 1])) a--;
    /* ", and Yerevan claims": a comma then a conjunction also opens a clause. */
    for (uint32_t k = i; k > a + 1; k--)
        if (is_punct(&s->t->toks[k - 2], ",") &&
            (!strcmp(s->t->toks[k - 1].norm, "and") || !strcmp(s->t->toks[k - 1].norm, "but")))
            {
                a = k;
                break;
            }
    while (b < s->hi && !is_boundary(&s->t->toks[b]) &&
           !(b + 1 < s->hi && is_punct(&s->t->toks[b], ",") &&
             (!strcmp(s->t->toks[b + 1].norm, "and") || !strcmp(s->t->toks[b + 1].norm, "but"))))
        b++;
    *from = a;
    *to = b;
}

static int ends_mention(const sentence_ctx *s, uint32_t tok)
{
    for (size_t k = 0; k < s->nm; k++)
        if (s->m[k].tok0 + s->m[k].ntok == tok + 1)
            return 1;
    return 0;
}

/* A verb form preceded by a determiner or a possessive, or followed by "of", is a noun; a
 * bare base form is a verb only after to, a modal, do or not, or right after its subject
 * ("the Lachin blockade" is a noun, "Armenians blockade" and "will blockade" are verbs). */
static int looks_nominal(const sentence_ctx *s, uint32_t i, int form)
{
    const tc_token *t = s->t->toks;
    if (form == FORM_ING || form == FORM_EXACT) /* "the ethnic cleansing of", "the shelling" */
        return (i > s->lo && in_list(determiners, &t[i - 1])) ||
               (i > s->lo + 1 && in_list(determiners, &t[i - 2]) &&
                !(t[i - 1].flags & TC_TOK_PUNCT)) ||
               (i + 1 < s->hi && strcmp(t[i + 1].norm, "of") == 0);
    if (form == FORM_BASE && i > s->lo && !in_list(licensors, &t[i - 1]) &&
        !ends_mention(s, i - 1))
        return 1;
    if (i > s->lo && (in_list(determiners, &t[i - 1]) || (t[i - 1].flags & TC_TOK_CLITIC)))
        return 1;
    if (form != FORM_PAST && i > s->lo && in_list(prepositions, &t[i - 1]) &&
        strcmp(t[i - 1].norm, "to") != 0)
        return 1;
    return form != FORM_PAST && i + 1 < s->hi && strcmp(t[i + 1].norm, "of") == 0;
}

/* Matches the words of p after the verb at i; *end is one past the last matched token. */
static int match_rest(const sentence_ctx *s, const vpattern *p, uint32_t i, uint32_t limit,
                      uint32_t *end)
{
    uint32_t pos = i + 1;
    for (int w = 1; w < p->nwords; w++) {
        if (strcmp(p->words[w], "*") == 0)
            continue;
        int gap = w > 1 && strcmp(p->words[w - 1], "*") == 0 ? GAP_MAX : 0;
        uint32_t k = pos;
        while (k < limit && k <= pos + (uint32_t)gap &&
               strcmp(s->t->toks[k].norm, p->words[w]) != 0)
            k++;
        if (k >= limit || k > pos + (uint32_t)gap)
            return 0;
        pos = k + 1;
    }
    *end = pos;
    return 1;
}

static int usable(const tc_mention *m)
{
    return m->code[0] != '-';
}

/* The preposition heading the phrase m is in (looking back a few words), or NULL. */
static const tc_token *head_preposition(const sentence_ctx *s, const tc_mention *m,
                                        uint32_t from)
{
    const tc_token *t = s->t->toks;
    for (uint32_t k = m->tok0, steps = 0; k > from && steps < 5; k--, steps++) {
        const tc_token *p = &t[k - 1];
        if (in_list(prepositions, p))
            return p;
        if (k >= 2 + from && is_punct(p, "-")) {
            k--;
            continue;
        }
        if ((p->flags & TC_TOK_PUNCT) || (p->flags & (TC_TOK_CAP | TC_TOK_UPPER)))
            return NULL;
    }
    return NULL;
}

/* Prepositions whose object can be the target of the verb before them ("sent aid to X",
 * "imposed sanctions on X", "the road into X"); "fought over X", "met in X" are not. */
static const char *const target_preps[] = {"to", "with", "against", "on", "into", "onto",
                                           "at", "upon", "toward", "towards", "from",
                                           "between", "of", "for", NULL};

enum { ANY_PHRASE, NO_PP, TARGET_PP };

static const tc_mention *first_mention(const sentence_ctx *s, uint32_t from, uint32_t to,
                                       int which, uint32_t clause_from)
{
    for (size_t k = 0; k < s->nm; k++) {
        const tc_mention *m = &s->m[k];
        if (m->tok0 < from || m->tok0 >= to || !usable(m))
            continue;
        const tc_token *prep = which == ANY_PHRASE ? NULL : head_preposition(s, m, clause_from);
        if (prep && (which == NO_PP || !in_list(target_preps, prep)))
            continue;
        return m;
    }
    return NULL;
}

/* Mentions coordinated with m ("Azerbaijan and Armenia"): m itself first. */
static size_t compound(const sentence_ctx *s, const tc_mention *m, uint32_t limit,
                       const tc_mention **out, size_t max)
{
    size_t n = 0;
    out[n++] = m;
    size_t k = (size_t)(m - s->m) + 1;
    uint32_t end = m->tok0 + m->ntok;
    while (k < s->nm && n < max && s->m[k].tok0 < limit) {
        uint32_t j = end;
        while (j < s->m[k].tok0 &&
               (in_list(conjunctions, &s->t->toks[j]) || in_list(determiners, &s->t->toks[j])))
            j++;
        if (j != s->m[k].tok0 || j == end)
            break;
        if (usable(&s->m[k]))
            out[n++] = &s->m[k];
        end = s->m[k].tok0 + s->m[k].ntok;
        k++;
    }
    return n;
}

static unsigned flags_before(const sentence_ctx *s, uint32_t from, uint32_t verb, uint32_t to)
{
    unsigned f = 0;
    const tc_token *t = s->t->toks;
    for (uint32_t k = verb > from + 3 ? verb - 3 : from; k < verb; k++)
        if (in_list(negators, &t[k]))
            f |= TC_EV_NEGATED;
    for (uint32_t k = from; k < verb; k++)
        if (in_list(modals, &t[k]))
            f |= TC_EV_HYPOTHETICAL;
    /* "If Baku attacks, ...": the verb is inside a condition. */
    if (from > s->lo && (!strcmp(t[from - 1].norm, "if") || !strcmp(t[from - 1].norm, "unless")))
        f |= TC_EV_HYPOTHETICAL;
    (void)to;
    return f;
}

static int is_passive(const sentence_ctx *s, uint32_t verb, uint32_t from, int form)
{
    if (form != FORM_PAST)
        return 0;
    const tc_token *t = s->t->toks;
    for (uint32_t k = verb, steps = 0; k > from && steps < 3; k--, steps++) {
        if (in_list(be_forms, &t[k - 1]))
            return 1;
        if (t[k - 1].flags & TC_TOK_PUNCT)
            return 0;
    }
    return 0;
}

static tc_actor_ref ref_of(const sentence_ctx *s, const tc_mention *m)
{
    tc_actor_ref r;
    snprintf(r.code, sizeof r.code, "%s", m->code);
    r.name = m->name;
    const tc_token *a = &s->t->toks[m->tok0], *b = &s->t->toks[m->tok0 + m->ntok - 1];
    r.span = (tc_span){a->off, b->off + b->len - a->off};
    return r;
}

typedef struct {
    tc_arena *a;
    tc_event **out;
    size_t *nout, *cap;
    size_t added;
} sink;

static void emit(sink *k, const sentence_ctx *s, const tc_mention *src, const tc_mention *tgt,
                 const vpattern *p, uint32_t sent, uint32_t v0, uint32_t v1, unsigned flags)
{
    if (strcmp(src->code, tgt->code) == 0)
        return;
    for (size_t i = *k->nout; i > 0 && (*k->out)[i - 1].sent == sent; i--) {
        const tc_event *o = &(*k->out)[i - 1];
        if (!strcmp(o->src.code, src->code) && !strcmp(o->tgt.code, tgt->code) &&
            !strcmp(o->cameo, p->cameo))
            return;
    }
    if (*k->nout == *k->cap)
        *k->out = tc_arena_grow(k->a, *k->out, k->cap, sizeof **k->out);
    tc_event *e = &(*k->out)[(*k->nout)++];
    memset(e, 0, sizeof *e);
    e->src = ref_of(s, src);
    e->tgt = ref_of(s, tgt);
    memcpy(e->cameo, p->cameo, sizeof e->cameo);
    e->info = p->info;
    const tc_token *a = &s->t->toks[v0], *b = &s->t->toks[v1 - 1];
    e->verb = (tc_span){a->off, b->off + b->len - a->off};
    e->sent = sent;
    e->flags = flags;
    k->added++;
}

/* The actor after "by" following a passive verb, within the clause. */
static const tc_mention *by_agent(const sentence_ctx *s, uint32_t from, uint32_t to)
{
    for (uint32_t k = from; k < to; k++)
        if (!strcmp(s->t->toks[k].norm, "by"))
            return first_mention(s, k + 1, k + 4 < to ? k + 4 : to, ANY_PHRASE, from);
    return NULL;
}

static void code_verb(sink *k, const sentence_ctx *s, uint32_t sent, uint32_t i,
                      const vpattern *p, int form, uint32_t pend)
{
    uint32_t cfrom, cto;
    clause_of(s, i, &cfrom, &cto);
    const tc_mention *src, *tgt;
    if (is_passive(s, i, cfrom, form)) {
        tgt = first_mention(s, cfrom, i, NO_PP, cfrom);
        src = by_agent(s, pend, cto);
    } else {
        src = first_mention(s, cfrom, i, NO_PP, cfrom);
        /* An infinitive or gerund with no subject of its own takes the sentence's. */
        if (!src && i > s->lo &&
            (!strcmp(s->t->toks[i - 1].norm, "to") || form == FORM_ING))
            src = first_mention(s, s->lo, cfrom, NO_PP, s->lo);
        /* From the verb on: a target often sits in a gap ("summoned X's ambassador"). */
        tgt = first_mention(s, i + 1, cto, TARGET_PP, i + 1);
    }
    if (!src)
        return;
    unsigned flags = flags_before(s, cfrom, i, cto);
    const tc_mention *srcs[8], *tgts[8];
    size_t ns = compound(s, src, i, srcs, 8);
    if (!tgt) {
        if (!p->mutual)
            return;
        for (size_t a = 0; a < ns; a++) /* "Azerbaijan and Armenia fought" */
            for (size_t b = 0; b < ns; b++)
                if (a != b)
                    emit(k, s, srcs[a], srcs[b], p, sent, i, pend, flags);
        return;
    }
    size_t nt = compound(s, tgt, cto, tgts, 8);
    for (size_t a = 0; a < ns; a++)
        for (size_t b = 0; b < nt; b++) emit(k, s, srcs[a], tgts[b], p, sent, i, pend, flags);
}

size_t tc_code_sentence(const tc_verbs *v, const tc_cameo_table *cameo, const tc_text *t,
                        uint32_t sent, const tc_mention *m, size_t nm, tc_arena *a,
                        tc_event **out, size_t *nout, size_t *cap)
{
    (void)cameo;
    const tc_sentence *st = &t->sents[sent];
    sentence_ctx s = {t, st->tok0, st->tok0 + st->ntok, m, nm};
    sink k = {a, out, nout, cap, 0};
    if (nm < 2)
        return 0;
    for (uint32_t i = s.lo; i < s.hi; i++) {
        const vform *f = tc_map_get(v->forms, t->toks[i].norm, t->toks[i].nlen);
        for (; f; f = f->next) {
            const vpattern *p = &v->pats[f->pattern];
            uint32_t cfrom, cto, pend;
            clause_of(&s, i, &cfrom, &cto);
            if (looks_nominal(&s, i, f->form) || !match_rest(&s, p, i, cto, &pend))
                continue;
            code_verb(&k, &s, sent, i, p, f->form, pend);
            break;
        }
    }
    return k.added;
}

void tc_event_id(uint64_t article_hash, const tc_event *e, char out[17])
{
    char buf[160];
    int n = snprintf(buf, sizeof buf, "%016llx|%u|%s|%s|%s|%u",
                     (unsigned long long)article_hash, e->sent, e->src.code, e->tgt.code,
                     e->cameo, e->verb.off);
    tc_hash_hex(tc_hash64(buf, (size_t)n, 0x7463), out);
}
