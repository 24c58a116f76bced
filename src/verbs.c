/* verbs: the verb pattern dictionary: loading (our format; tc_verbs_add for the others),
 * inflections, the surface-form index the coder looks verbs up in, and the named word lists
 * ("@list" lines) that patterns refer to and the coder looks words up in. */
#include "verbs.h"

#include "arena.h"
#include "file.h"
#include "hash.h"
#include "wordnet.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WORDNET_VERB_EXC "/usr/share/wordnet/verb.exc"
#define MAX_LISTS        8
#define MAX_USES         16

/* A named word list: its words in the order first written, each with a bit per use. */
typedef struct {
    char *name;
    char *uses[MAX_USES];
    int nuses;
    char **words;
    uint16_t *masks;
    size_t n, cap;
    tc_map *index; /* word -> its index + 1 */
} wordlist;

struct tc_verbs {
    tc_arena *mem;
    tc_arena *nodes; /* the forms' list nodes as they are added, until pack_lists copies them */
    tc_vpattern *pats;
    size_t n, cap;
    tc_map *forms;     /* surface form -> tc_vform list */
    tc_map *irregular; /* lemma -> NUL-separated list of irregular forms */
    tc_map *pasts;     /* irregular past forms ("left", "shot") -> their lemma */
    wordlist lists[MAX_LISTS];
    int nlists;
};

/* ---- loading ---- */

static int form_rank(const tc_verbs *v, const struct tc_vform *f);

static int is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static void add_form(tc_verbs *v, const char *form, size_t len, uint32_t pat, int type)
{
    tc_vform *head = tc_map_get(v->forms, form, len);
    for (tc_vform *f = head; f; f = f->next)
        if (f->pattern == pat) return;
    tc_vform *f = tc_arena_alloc(v->nodes, sizeof *f);
    f->pattern = pat;
    f->words = v->pats[pat].words;
    f->form = (uint8_t)(type & 0x7f);
    f->own = (uint8_t)(type >> 7);
    f->rank = (uint16_t)form_rank(v, f);
    tc_vform **pp = &head;
    while (*pp && (*pp)->rank >= f->rank) pp = &(*pp)->next;
    f->next = *pp;
    *pp = f;
    /* a new form's key is copied; a known one keeps its key, and its list unless f heads it */
    if (!f->next && pp == &head)
        tc_map_put(v->forms, tc_arena_strndup(v->mem, form, len), len, head);
    else if (pp == &head)
        tc_map_put(v->forms, form, len, head);
}

static void add_suffixed(tc_verbs *v, const char *stem, size_t n, const char *suf, uint32_t pat,
                         int type)
{
    char buf[128];
    size_t sl = strlen(suf);
    if (n + sl >= sizeof buf || n + sl == 0) return;
    memcpy(buf, stem, n);
    memcpy(buf + n, suf, sl + 1);
    add_form(v, buf, n + sl, pat, type);
}

/* Every regular inflection of lemma, plus a doubled final consonant where English might
 * double it (ban -> banned), plus WordNet's irregular forms. */
static void add_inflections(tc_verbs *v, const char *lemma, uint32_t pat)
{
    size_t n = strlen(lemma);
    char last = lemma[n - 1], prev = n > 1 ? lemma[n - 2] : 0;
    /* Entries of other formats may name a verb by its past ("LEFT", "SHOT", "CALLED"). */
    int past = tc_map_get(v->pasts, lemma, n) ||
               (n > 4 && !strcmp(lemma + n - 2, "ed") && lemma[n - 3] != 'e');
    add_form(v, lemma, n, pat, (past ? TC_FORM_PAST : TC_FORM_BASE) | TC_OWN_FORM);
    if (last == 'y' && !is_vowel(prev)) {
        add_suffixed(v, lemma, n - 1, "ies", pat, TC_FORM_S);
        add_suffixed(v, lemma, n - 1, "ied", pat, TC_FORM_PAST);
    } else if (last == 's' || last == 'x' || last == 'z' || last == 'o' ||
               (last == 'h' && (prev == 'c' || prev == 's'))) {
        add_suffixed(v, lemma, n, "es", pat, TC_FORM_S);
    } else {
        add_suffixed(v, lemma, n, "s", pat, TC_FORM_S);
    }
    if (last == 'e') {
        add_suffixed(v, lemma, n, "d", pat, TC_FORM_PAST);
        add_suffixed(v, lemma, prev == 'i' ? n - 2 : n - 1, prev == 'i' ? "ying" : "ing", pat,
                     TC_FORM_ING);
        if (prev == 'e') add_suffixed(v, lemma, n, "ing", pat, TC_FORM_ING);
    } else if (!(last == 'y' && !is_vowel(prev))) {
        add_suffixed(v, lemma, n, "ed", pat, TC_FORM_PAST);
    }
    if (last != 'e') add_suffixed(v, lemma, n, "ing", pat, TC_FORM_ING);
    if (n >= 3 && !is_vowel(last) && is_vowel(prev) && !is_vowel(lemma[n - 3]) &&
        !strchr("wxy", last)) {
        char dbl[3] = {last, 0, 0};
        char stem[128];
        snprintf(stem, sizeof stem, "%s%s", lemma, dbl);
        add_suffixed(v, stem, strlen(stem), "ed", pat, TC_FORM_PAST);
        add_suffixed(v, stem, strlen(stem), "ing", pat, TC_FORM_ING);
    }
    const char *irr = tc_map_get(v->irregular, lemma, n);
    for (; irr && *irr; irr += strlen(irr) + 1) {
        size_t il = strlen(irr);
        add_form(v, irr, il, pat,
                 il > 4 && !strcmp(irr + il - 3, "ing") ? TC_FORM_ING : TC_FORM_PAST);
    }
}

/* lemma -> "form\0form\0\0" from WordNet's verb.exc ("fought fight"). Missing file: none. */
static void load_irregular(tc_verbs *v)
{
    size_t len;
    char *buf = tc_file_read(WORDNET_VERB_EXC, 0, &len, NULL);
    v->irregular = tc_map_new(4096);
    v->pasts = tc_map_new(4096);
    if (!buf) return;
    for (char *line = buf, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = 0;
        char form[64], lemma[64];
        if (sscanf(line, "%63s %63s", form, lemma) != 2 || strchr(lemma, '_')) continue;
        size_t ll = strlen(lemma), fl = strlen(form);
        const char *old = tc_map_get(v->irregular, lemma, ll);
        size_t olen = 0;
        while (old && old[olen]) olen += strlen(old + olen) + 1;
        char *list = tc_arena_alloc(v->mem, olen + fl + 2);
        if (olen) memcpy(list, old, olen);
        memcpy(list + olen, form, fl + 1);
        list[olen + fl + 1] = 0;
        tc_map_put(v->irregular, tc_arena_strndup(v->mem, lemma, ll), ll, list);
        if (fl < 4 || strcmp(form + fl - 3, "ing") != 0)
            tc_map_put(v->pasts, tc_arena_strndup(v->mem, form, fl), fl, list);
    }
    free(buf);
}

static void report(tc_diag_fn diag, void *dctx, const char *path, int line, const char *why)
{
    if (!diag) return;
    char where[4200];
    snprintf(where, sizeof where, "%s:%d", path, line);
    tc_diag d = {where, "dictionary", TC_EPARSE, why};
    diag(&d, dctx);
}

static uint8_t pattern_weight(const tc_vpattern *p)
{
    return (uint8_t)(p->npre + p->npost);
}

/* Does p name words only, no noun class? */
static int plain_words(const tc_vpattern *p)
{
    for (int k = 0; k < p->npre + p->npost; k++) {
        const tc_pelem *e = k < p->npre ? &p->pre[k] : &p->post[k - p->npre];
        if (e->kind == TC_EL_WORD && tc_verbs_class(e->w)) return 0;
    }
    return 1;
}

/* Order of the patterns a form starts: more words first; at equal length words before a noun
 * class ("burn * flag" 140 before "burn * <noun.artifact>" 1712), a form that is the entry's
 * own word ("left" of LEFT) before an inflection ("left" of LEAVE), then the finer code
 * ("appeal * for * food" 0233 before "appeal * for * aid" 023). */
static int form_rank(const tc_verbs *v, const tc_vform *f)
{
    const tc_vpattern *p = &v->pats[f->pattern];
    return pattern_weight(p) * 64 + plain_words(p) * 32 + f->own * 16 + (int)strlen(p->cameo);
}

/* Parses one side of a pattern: words separated by blanks may have words between them, words
 * joined by '_' may not; "$" "+" "%" mark where the source, target or compound actor stands,
 * "^" is a plain gap. pre: the side before the verb (a '_' at the end glues to the verb). */
static const char *parse_side(tc_verbs *v, const char *s, int pre, tc_pelem *out, uint8_t *n)
{
    size_t len = strlen(s);
    int join_next = !pre && len && s[0] == '_';
    for (size_t i = 0; i < len;) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '_') {
            join_next = !pre && s[i] == '_' ? 1 : join_next;
            i++;
            continue;
        }
        size_t j = i;
        while (j < len && s[j] != ' ' && s[j] != '\t' && s[j] != '_') j++;
        if (*n == TC_VERBS_MAX_WORDS) return "too many words in a pattern";
        tc_pelem *e = &out[(*n)++];
        e->kind = TC_EL_WORD;
        if (j - i == 1 && strchr("$+%^", s[i]))
            e->kind = s[i] == '$'   ? TC_EL_SRC
                      : s[i] == '+' ? TC_EL_TGT
                      : s[i] == '%' ? TC_EL_COMP
                                    : TC_EL_SKIP;
        if (e->kind != TC_EL_WORD) {
            i = j;
            join_next = 0;
            continue;
        }
        char *w = tc_arena_strndup(v->mem, s + i, j - i);
        for (char *c = w; *c; c++)
            if (*c >= 'A' && *c <= 'Z') *c = (char)(*c + 32);
        /* "<noun.artifact>": one noun WordNet files first in that class (tc_verbs_class) */
        if (w[0] == '<') {
            char cls[32];
            snprintf(cls, sizeof cls, "%.*s", (int)(j - i >= 2 ? j - i - 2 : 0), w + 1);
            if (w[j - i - 1] != '>' || strncmp(cls, "noun.", 5) || tc_wordnet_class_index(cls) < 0)
                return "a class is written <noun.CLASS>, a WordNet noun class; a list <LIST.USE>, "
                       "after its @list lines";
        }
        e->w = w;
        e->glued = (uint8_t)(pre ? (j < len && s[j] == '_') : join_next);
        join_next = 0;
        i = j;
    }
    return NULL;
}

static void store_pattern(tc_verbs *v, const tc_vpattern *p, const char *verb)
{
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 256;
        v->pats = tc_xrealloc(v->pats, v->cap * sizeof *v->pats);
    }
    v->pats[v->n] = *p;
    for (int k = 0; k < p->npre + p->npost; k++) {
        const tc_pelem *e = k < p->npre ? &p->pre[k] : &p->post[k - p->npre];
        if (e->kind == TC_EL_WORD && !tc_verbs_class(e->w))
            v->pats[v->n].words |= tc_verbs_word_bit(e->w, strlen(e->w));
    }
    uint32_t id = (uint32_t)v->n++;
    if (p->exact)
        add_form(v, verb, strlen(verb), id, TC_FORM_EXACT | TC_OWN_FORM);
    else
        add_inflections(v, verb, id);
}

static void set_code(char dst[8], const tc_cameo **info, const tc_cameo_table *cameo,
                     const char *code)
{
    snprintf(dst, 8, "%s", code ? code : "");
    *info = code && cameo ? tc_cameo_get(cameo, code) : NULL;
}

int tc_verbs_add(tc_verbs *v, const tc_verb_spec *spec, const tc_cameo_table *cameo, tc_err *err)
{
    tc_vpattern p = {.exact = spec->exact, .mutual = spec->mutual, .gap = 255, .wide = 1};
    char verb[128];
    snprintf(verb, sizeof verb, "%s", spec->verb);
    for (char *c = verb; *c; c++)
        if (*c >= 'A' && *c <= 'Z') *c = (char)(*c + 32);
    if (!*verb || strchr(verb, ' '))
        return tc_err_set(err, TC_EPARSE, "a pattern needs one verb word");
    const char *why = parse_side(v, spec->pre ? spec->pre : "", 1, p.pre, &p.npre);
    if (!why) why = parse_side(v, spec->post ? spec->post : "", 0, p.post, &p.npost);
    if (why) return tc_err_set(err, TC_EPARSE, "%s", why);
    p.nocode = !spec->code || !spec->code[0] || strchr(spec->code, '-') || spec->code[0] == '+';
    set_code(p.cameo, &p.info, cameo, spec->code);
    if (spec->code2 && spec->code2[0] && !strchr(spec->code2, '-'))
        set_code(p.cameo2, &p.info2, cameo, spec->code2);
    for (int k = 0; k < p.npre; k++) p.comp_pre |= p.pre[k].kind == TC_EL_COMP;
    p.mutual |= p.comp_pre;
    store_pattern(v, &p, verb);
    return TC_OK;
}

tc_verbs *tc_verbs_new(void)
{
    tc_verbs *v = tc_xcalloc(1, sizeof *v);
    v->mem = tc_arena_new(1 << 18);
    v->nodes = tc_arena_new(1 << 18);
    v->forms = tc_map_new(8192);
    load_irregular(v);
    return v;
}

/* ---- word lists ---- */

static wordlist *find_list(const tc_verbs *v, const char *name, size_t len)
{
    for (int i = 0; i < v->nlists; i++)
        if (strlen(v->lists[i].name) == len && !memcmp(v->lists[i].name, name, len))
            return (wordlist *)&v->lists[i];
    return NULL;
}

/* The bit of use[0..len) in list l, or 0 when no line of the list names that use. */
static uint16_t use_bit(const wordlist *l, const char *use, size_t len)
{
    for (int i = 0; i < l->nuses; i++)
        if (strlen(l->uses[i]) == len && !memcmp(l->uses[i], use, len)) return (uint16_t)(1u << i);
    return 0;
}

/* Adds word (lower case, one blank between its words) to l with the uses of mask; a word
 * already listed gains them, keeping its place. */
static void add_listed(tc_verbs *v, wordlist *l, const char *word, uint16_t mask)
{
    size_t len = strlen(word);
    size_t at = (size_t)(uintptr_t)tc_map_get(l->index, word, len);
    if (at) {
        l->masks[at - 1] |= mask;
        return;
    }
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        l->words = tc_xrealloc(l->words, l->cap * sizeof *l->words);
        l->masks = tc_xrealloc(l->masks, l->cap * sizeof *l->masks);
    }
    l->words[l->n] = tc_arena_strndup(v->mem, word, len);
    l->masks[l->n] = mask;
    tc_map_put(l->index, l->words[l->n], len, (void *)(uintptr_t)(l->n + 1));
    l->n++;
}

/* The list named name, made when new; NULL when there are too many. */
static wordlist *list_named(tc_verbs *v, const char *name)
{
    wordlist *l = find_list(v, name, strlen(name));
    if (l || v->nlists == MAX_LISTS) return l;
    l = &v->lists[v->nlists++];
    l->name = tc_arena_strndup(v->mem, name, strlen(name));
    l->index = tc_map_new(256);
    return l;
}

/* "@list NAME USE ...: word | two words | ...": adds each word to the list NAME with those
 * uses (a word on several lines has the uses of all of them); returns NULL or why it is bad. */
static const char *parse_list_line(tc_verbs *v, char *line)
{
    char *hash = strchr(line, '#');
    if (hash) *hash = 0;
    char *colon = strchr(line, ':'), *save = NULL;
    if (!colon) return "expected: @list NAME USE ...: word | word ...";
    *colon = 0;
    char *name = strtok_r(line + 5, " \t", &save);
    wordlist *l = name ? list_named(v, name) : NULL;
    if (!l) return name ? "too many word lists" : "a list needs a name";
    uint16_t mask = 0;
    for (char *u = strtok_r(NULL, " \t", &save); u; u = strtok_r(NULL, " \t", &save)) {
        uint16_t bit = use_bit(l, u, strlen(u));
        if (!bit && l->nuses == MAX_USES) return "too many uses in one list";
        if (!bit) {
            l->uses[l->nuses] = tc_arena_strndup(v->mem, u, strlen(u));
            bit = (uint16_t)(1u << l->nuses++);
        }
        mask |= bit;
    }
    if (!mask) return "a list line names its uses before ':'";
    for (char *alt = colon + 1, *bar; alt; alt = bar) {
        bar = strchr(alt, '|');
        if (bar) *bar++ = 0;
        char word[128] = "";
        size_t n = 0;
        for (char *w = strtok_r(alt, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
            if (n + strlen(w) + 2 > sizeof word) return "a listed word too long";
            n += (size_t)snprintf(word + n, sizeof word - n, "%s%s", n ? " " : "", w);
        }
        if (!n) return "an empty list word";
        /* a word naming a list would be written out into itself, without end */
        if (strpbrk(word, "<>")) return "a listed word has no '<' or '>'";
        for (char *c = word; *c; c++) *c = (char)tolower((unsigned char)*c);
        add_listed(v, l, word, mask);
    }
    return NULL;
}

int tc_verbs_listed(const tc_verbs *v, const char *list, const char *use, const char *w, size_t n)
{
    const wordlist *l = v ? find_list(v, list, strlen(list)) : NULL;
    uint16_t bit = l ? use_bit(l, use, strlen(use)) : 0;
    size_t at = bit ? (size_t)(uintptr_t)tc_map_get(l->index, w, n) : 0;
    return at && (l->masks[at - 1] & bit);
}

int tc_verbs_has_list(const tc_verbs *v, const char *list)
{
    return v && find_list(v, list, strlen(list)) != NULL;
}

/* The first "<LIST.USE>" of pattern text naming a list of v: where it starts, *end past its
 * '>', its list and use (bit 0: the list has no such use); NULL when there is none ("<noun.
 * artifact>" is a WordNet class, no list). */
static const char *list_ref(const tc_verbs *v, const char *text, const wordlist **l, uint16_t *bit,
                            const char **end)
{
    for (const char *lt = strchr(text, '<'); lt; lt = strchr(lt + 1, '<')) {
        const char *gt = strchr(lt, '>'), *dot = gt ? memchr(lt, '.', (size_t)(gt - lt)) : NULL;
        *l = dot ? find_list(v, lt + 1, (size_t)(dot - lt - 1)) : NULL;
        if (!*l) continue;
        *bit = use_bit(*l, dot + 1, (size_t)(gt - dot - 1));
        *end = gt + 1;
        return lt;
    }
    return NULL;
}

static const char *add_pattern(tc_verbs *v, const char *code, const tc_cameo *info,
                               const char *code2, const tc_cameo *info2, int mutual, int undergo,
                               char *text);

/* The pattern text once per word of list l that has the use bit, in the list's order, the
 * word standing where [ref, end) stood: "call * <judgment.name>" is "call * arbitrary |
 * call * unconstitutional | ..." written out. */
static const char *expand_ref(tc_verbs *v, const char *code, const tc_cameo *info,
                              const char *code2, const tc_cameo *info2, int mutual, int undergo,
                              const char *text, const char *ref, const char *end, const wordlist *l,
                              uint16_t bit)
{
    if (!bit) return "a list is named <LIST.USE>, with a use its @list lines give";
    /* one list a pattern: two would write it out once per pair of words, and so on */
    const wordlist *l2;
    uint16_t bit2;
    const char *end2;
    if (list_ref(v, end, &l2, &bit2, &end2)) return "a pattern names one word list at most";
    int any = 0;
    for (size_t i = 0; i < l->n; i++) {
        if (!(l->masks[i] & bit)) continue;
        char buf[1024];
        int n = snprintf(buf, sizeof buf, "%.*s%s%s", (int)(ref - text), text, l->words[i], end);
        if (n < 0 || (size_t)n >= sizeof buf) return "pattern too long";
        const char *why = add_pattern(v, code, info, code2, info2, mutual, undergo, buf);
        if (why) return why;
        any = 1;
    }
    return any ? NULL : "no word of the list has that use";
}

/* One pattern of our format, "verb word * word"; returns NULL or why it is bad. */
static const char *add_pattern(tc_verbs *v, const char *code, const tc_cameo *info,
                               const char *code2, const tc_cameo *info2, int mutual, int undergo,
                               char *text)
{
    const wordlist *l;
    uint16_t bit;
    const char *end, *ref = list_ref(v, text, &l, &bit, &end);
    if (ref)
        return expand_ref(v, code, info, code2, info2, mutual, undergo, text, ref, end, l, bit);
    tc_vpattern p = {
        .info = info, .info2 = info2, .mutual = mutual, .undergo = undergo, .gap = TC_VERBS_GAP};
    p.nocode = !info; /* "-": an idiom that hides the verb ("met with criticism") */
    snprintf(p.cameo, sizeof p.cameo, "%s", code);
    if (code2) snprintf(p.cameo2, sizeof p.cameo2, "%s", code2);
    char post[512] = "", *verb = NULL;
    size_t used = 0;
    int gap = 0;
    for (char *w = strtok(text, " \t"); w; w = strtok(NULL, " \t")) {
        if (!verb) {
            p.exact = *w == '=';
            verb = w + p.exact;
            if (!*verb || *verb == '*') return "a pattern starts with its verb";
            char *dash = strchr(verb, '-'); /* "test-fire": the verb "test", then "- fire" */
            if (dash && dash != verb) {
                *dash = 0;
                w = dash + 1;
            } else {
                continue;
            }
        }
        if (!strcmp(w, "*")) {
            gap = 1;
            continue;
        }
        /* A hyphen is a token of its own in text: "de-escalate" is "de" "-" "escalate". */
        for (char *part = w, *dash; part; part = dash) {
            dash = strchr(part, '-');
            if (dash) *dash++ = 0;
            const char *sep = part == w ? (gap ? " " : "_") : (gap ? " -_" : "_-_");
            size_t ns = strlen(sep), np = strlen(part);
            if (ns + np >= sizeof post - used) return "pattern too long";
            memcpy(post + used, sep, ns);
            memcpy(post + used + ns, part, np + 1);
            used += ns + np;
            gap = 0;
        }
    }
    if (!verb) return "empty pattern";
    for (char *c = verb; *c; c++)
        if (*c >= 'A' && *c <= 'Z') *c = (char)(*c + 32);
    const char *why = parse_side(v, post, 0, p.post, &p.npost);
    if (why) return why;
    for (int k = 0; k < p.npost; k++) p.undergo |= p.post[k].kind == TC_EL_SRC;
    store_pattern(v, &p, verb);
    return NULL;
}

/* "CODE  pattern | pattern ..." */
static const char *parse_verb_line(tc_verbs *v, const tc_cameo_table *cameo, char *line)
{
    char *hash = strchr(line, '#');
    if (hash) *hash = 0;
    char code[16], *code2 = NULL;
    int used = 0;
    if (sscanf(line, " %15s %n", code, &used) < 1 || used == 0)
        return "expected: CODE pattern | pattern ...";
    char *colon = strchr(code, ':'); /* "042:043": the target does the second to the source */
    if (colon) {
        *colon = 0;
        code2 = colon + 1;
    }
    const tc_cameo *info = tc_cameo_get(cameo, code);
    const tc_cameo *info2 = code2 ? tc_cameo_get(cameo, code2) : NULL;
    int idiom = !strcmp(code, "-") && !code2;
    if ((!info && !idiom) || (code2 && !info2) || strlen(code) > 7 || (code2 && strlen(code2) > 7))
        return "not a CAMEO code";
    char *mutual = strstr(line + used, "@mutual");
    if (mutual) {
        for (const char *k = mutual + 7; *k; k++)
            if (!isspace((unsigned char)*k)) return "text after @mutual (it ends the line)";
        *mutual = 0;
    }
    /* "@undergo": the subject undergoes the act ("came under attack"), the target */
    char *undergo = strstr(line + used, "@undergo");
    if (undergo) {
        for (const char *k = undergo + 8; *k; k++)
            if (!isspace((unsigned char)*k)) return "text after @undergo (it ends the line)";
        *undergo = 0;
    }
    int any = 0;
    for (char *alt = line + used, *bar; alt; alt = bar) {
        bar = strchr(alt, '|');
        if (bar) *bar++ = 0;
        const char *why =
            add_pattern(v, code, info, code2, info2, mutual != NULL, undergo != NULL, alt);
        if (why) return why;
        any = 1;
    }
    return any ? NULL : "no pattern";
}

tc_verbs *tc_verbs_load(const char *path, const tc_cameo_table *cameo, tc_diag_fn diag, void *dctx,
                        tc_err *err)
{
    tc_verbs *v = tc_verbs_new();
    if (tc_verbs_load_more(v, path, cameo, diag, dctx, err)) {
        tc_verbs_free(v);
        return NULL;
    }
    return v;
}

typedef struct {
    const char *key;
    size_t len;
    tc_vform *head;
} form_list;

typedef struct {
    form_list *v;
    size_t n, cap;
} form_lists;

static void collect_list(const char *key, size_t len, void *val, void *ctx)
{
    form_lists *L = ctx;
    if (L->n == L->cap) {
        L->cap = L->cap ? L->cap * 2 : 1024;
        L->v = tc_xrealloc(L->v, L->cap * sizeof *L->v);
    }
    L->v[L->n++] = (form_list){key, len, val};
}

/* Lays each form's list of patterns out again in one block, in its order: the coder walks the
 * lists of a sentence's words (the gate, the matcher), and nodes allocated pattern by pattern
 * lie far apart, a cache miss each. The nodes as added are freed (none is pointed at now). */
static void pack_lists(tc_verbs *v)
{
    form_lists L = {0};
    tc_map_each(v->forms, collect_list, &L);
    for (size_t i = 0; i < L.n; i++) {
        size_t n = 0;
        for (const tc_vform *f = L.v[i].head; f; f = f->next) n++;
        tc_vform *block = tc_arena_alloc(v->mem, n * sizeof *block), *to = block;
        for (const tc_vform *f = L.v[i].head; f; f = f->next, to++) {
            *to = *f;
            to->next = f->next ? to + 1 : NULL;
        }
        tc_map_put(v->forms, L.v[i].key, L.v[i].len, block);
    }
    free(L.v);
    tc_arena_free(v->nodes);
    v->nodes = tc_arena_new(1 << 18);
}

/* Reads path's "@list" lines and, unless lists_only, its patterns. */
static int load_file(tc_verbs *v, const char *path, const tc_cameo_table *cameo, tc_diag_fn diag,
                     void *dctx, tc_err *err, int lists_only)
{
    size_t len;
    char *buf = tc_file_read(path, 0, &len, err);
    if (!buf) return err && err->code ? err->code : TC_EIO;
    int lineno = 0;
    for (char *line = buf, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = 0;
        lineno++;
        char *s = line;
        while (*s == ' ' || *s == '\t') s++;
        if (!*s || *s == '#') continue;
        int list = !strncmp(s, "@list", 5) && (s[5] == ' ' || s[5] == '\t');
        if (lists_only && !list) continue;
        const char *why = list ? parse_list_line(v, s) : parse_verb_line(v, cameo, s);
        if (why) report(diag, dctx, path, lineno, why);
    }
    free(buf);
    pack_lists(v);
    return 0;
}

int tc_verbs_load_more(tc_verbs *v, const char *path, const tc_cameo_table *cameo, tc_diag_fn diag,
                       void *dctx, tc_err *err)
{
    return load_file(v, path, cameo, diag, dctx, err, 0);
}

tc_verbs *tc_verbs_load_lists(const char *path, tc_err *err)
{
    tc_verbs *v = tc_verbs_new();
    if (load_file(v, path, NULL, NULL, NULL, err, 1)) {
        tc_verbs_free(v);
        return NULL;
    }
    return v;
}

void tc_verbs_free(tc_verbs *v)
{
    if (!v) return;
    for (int i = 0; i < v->nlists; i++) {
        tc_map_free(v->lists[i].index);
        free(v->lists[i].words);
        free(v->lists[i].masks);
    }
    tc_map_free(v->forms);
    tc_map_free(v->irregular);
    tc_map_free(v->pasts);
    tc_arena_free(v->mem);
    tc_arena_free(v->nodes);
    free(v->pats);
    free(v);
}

size_t tc_verbs_count(const tc_verbs *v)
{
    return v->n;
}

size_t tc_verbs_forms(const tc_verbs *v)
{
    return tc_map_count(v->forms);
}

const tc_vform *tc_verbs_lookup(const tc_verbs *v, const char *w, size_t n)
{
    return tc_map_get(v->forms, w, n);
}

const tc_vpattern *tc_verbs_pattern(const tc_verbs *v, uint32_t i)
{
    return &v->pats[i];
}
