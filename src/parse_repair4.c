/* parse_repair4: a list of modifiers sharing one head noun (names18, issue 14): "UN, US, French
 * and Mexican representatives", "Japanese and the Australian armies", "the Greek and Turkish
 * foreign ministers". The parser hangs such members apart (one on the verb, one as a list
 * member of another, the head noun alone as the subject); the coder reads each member of a
 * noun's modifiers joined by "and" as an actor of its own with the head's sector, so the list
 * is given that one shape: the first member the head's modifier, the later ones its
 * conjuncts. Called from tc_parse_repair (parse_repair.c). */
#include "parse.h"

#include "parse_repair.h"

#include <string.h>

/* The most members a list of modifiers is read with. */
#define LIST_MAX 12

/* One list of modifiers found before a head noun: its words from s to h, the members. */
typedef struct {
    uint32_t s, h;
    uint32_t m[LIST_MAX], nm;
} modifier_list;

/* Is s a name written in capitals ("UN", "US", "C.A.R."): two capitals or more, no small
 * letter? A name in letters of both cases ("Putin", "Xi") is a person or a place, a member of
 * the list of phrases, not a modifier of the noun after it. */
static int capitals_name(const char *s)
{
    int caps = 0;
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z') return 0;
        caps += *s >= 'A' && *s <= 'Z';
    }
    return caps >= 2;
}

/* Is word k a member a noun's list of modifiers is made of: an adjective ("French") or a name
 * in capitals ("US")? */
static int member_word(const tc_word *w, uint32_t k)
{
    if (w[k].upos == TC_UPOS_ADJ) return 1;
    return w[k].upos == TC_UPOS_PROPN && capitals_name(w[k].lemma);
}

static int lemma_is(const tc_word *w, uint32_t k, const char *s)
{
    return !strcmp(w[k].lemma, s);
}

/* The head noun after the last member mk: the last of the nouns and adjectives right after
 * it ("Turkish foreign ministers", "French army officers"), n when there is none. */
static uint32_t head_after(const tc_word *w, uint32_t n, uint32_t mk)
{
    uint32_t t = mk + 1;
    while (t < n && t - mk <= 3 && (w[t].upos == TC_UPOS_ADJ || w[t].upos == TC_UPOS_NOUN)) t++;
    uint32_t h = t - 1;
    return h > mk && w[h].upos == TC_UPOS_NOUN ? h : n;
}

/* The list whose last two members the "and" or "or" at c joins, in l; 0 when the words about
 * c are no such list (fewer than two members, a member after no comma). */
static int find_list(const tc_word *w, uint32_t n, uint32_t c, modifier_list *l)
{
    uint32_t mk = c + 1 < n && lemma_is(w, c + 1, "the") ? c + 2 : c + 1;
    if (mk >= n || !member_word(w, mk)) return 0;
    l->h = head_after(w, n, mk);
    if (l->h == n || c == 0) return 0;
    uint32_t b = lemma_is(w, c - 1, ",") ? c - 1 : c, rev[LIST_MAX], nr = 0;
    while (b > 0 && member_word(w, b - 1) && nr + 1 < LIST_MAX) {
        rev[nr++] = b - 1;
        b = b - 1;
        if (b > 0 && lemma_is(w, b - 1, "the")) b--; /* "the EU, ..." */
        if (b < 2 || !lemma_is(w, b - 1, ",") || !member_word(w, b - 2)) break;
        b--;
    }
    if (!nr) return 0;
    l->s = b;
    l->nm = 0;
    while (nr) l->m[l->nm++] = rev[--nr];
    l->m[l->nm++] = mk;
    return 1;
}

/* Is word k within the list's words? */
static int inside(const modifier_list *l, uint32_t k)
{
    return k >= l->s && k <= l->h;
}

/* Is a member a predicate with a subject, a copula or an object of its own ("The border is
 * calm[root] and Indian troops ..."): then it is no modifier. */
static int member_is_predicate(const tc_word *w, uint32_t n, const modifier_list *l)
{
    for (uint32_t k = 0; k < n; k++) {
        if (!w[k].head || inside(l, k) || !inside(l, w[k].head - 1u)) continue;
        int r = w[k].rel;
        if (w[k].head - 1u != l->h &&
            (r == TC_REL_NSUBJ || r == TC_REL_NSUBJ_PASS || r == TC_REL_COP || r == TC_REL_OBJ ||
             r == TC_REL_AUX || r == TC_REL_CSUBJ || r == TC_REL_CCOMP || r == TC_REL_XCOMP))
            return 1;
    }
    return 0;
}

/* Is relation r one a noun phrase holds in its clause (the first member's place is the list's
 * when the parser gave it one: "by UN[obl:agent], US, ...")? */
static int phrase_rel(int r)
{
    return r == TC_REL_NSUBJ || r == TC_REL_NSUBJ_PASS || r == TC_REL_OBJ || r == TC_REL_IOBJ ||
           r == TC_REL_OBL || r == TC_REL_OBL_AGENT || r == TC_REL_NMOD || r == TC_REL_NMOD_POSS ||
           r == TC_REL_CONJ || r == TC_REL_APPOS;
}

/* The place the list takes in its clause, (head, rel) in *head and *rel: the first member's
 * when the parser gave it a noun phrase's place, else the head noun's, else the first
 * member's (the root: "The Indian[root] and the Pakistani armies clashed[conj]"); 0 when all
 * lie within the list. */
static int list_place(const tc_word *w, const modifier_list *l, uint16_t *head, uint8_t *rel)
{
    uint32_t m1 = l->m[0], pick = l->h + 1;
    int m1_out = !w[m1].head || !inside(l, w[m1].head - 1u);
    if (m1_out && w[m1].head && phrase_rel(w[m1].rel))
        pick = m1;
    else if (w[l->h].head && !inside(l, w[l->h].head - 1u))
        pick = l->h;
    else if (m1_out)
        pick = m1;
    if (pick > l->h) return 0;
    *head = w[pick].head;
    *rel = w[pick].rel;
    return 1;
}

/* Gives the words of the list their shape: the first member the head's modifier (an
 * adjective amod, a name compound), the later ones its conjuncts with their commas and "and",
 * a "the" the head's, the words between the last member and the head the head's modifiers. */
static void shape_list(tc_word *w, const modifier_list *l)
{
    uint32_t m1 = l->m[0], next = 1;
    tc_parse_hang(w, m1, l->h, w[m1].upos == TC_UPOS_ADJ ? TC_REL_AMOD : TC_REL_COMPOUND);
    for (uint32_t k = l->s; k < l->h; k++) {
        while (next < l->nm && l->m[next] < k) next++;
        if (k == m1) continue;
        if (next < l->nm && k == l->m[next])
            tc_parse_hang(w, k, m1, TC_REL_CONJ);
        else if (lemma_is(w, k, "the"))
            tc_parse_hang(w, k, l->h, TC_REL_DET);
        else if (next < l->nm && lemma_is(w, k, ","))
            tc_parse_hang(w, k, l->m[next], TC_REL_PUNCT);
        else if (next < l->nm)
            tc_parse_hang(w, k, l->m[next], TC_REL_CC);
        else
            tc_parse_hang(w, k, l->h, w[k].upos == TC_UPOS_ADJ ? TC_REL_AMOD : TC_REL_COMPOUND);
    }
}

/* Is the list, an oblique of a passive verb after "by" ("condemned by Argentine, Chilean and
 * Peruvian diplomats"), the verb's agent? */
static int by_agent(const tc_word *w, uint32_t n, const modifier_list *l, uint16_t place, int rel)
{
    if (rel != TC_REL_OBL || !place || l->s == 0 || !lemma_is(w, l->s - 1, "by")) return 0;
    for (uint32_t k = 0; k < n; k++)
        if (w[k].head == place && w[k].rel == TC_REL_AUX_PASS) return 1;
    return 0;
}

/* Does every word of the list reach the root (no cycle)? */
static int list_rooted(const tc_word *w, uint32_t n, const modifier_list *l)
{
    for (uint32_t k = l->s; k <= l->h; k++) {
        uint32_t x = k, steps = 0;
        while (w[x].head && steps++ <= n) x = w[x].head - 1u;
        if (w[x].head) return 0;
    }
    return 1;
}

/* Mends one list: the head noun takes the list's place, the words outside it that hung on
 * its words hang on the head noun (the word that is the list's new head takes the place of
 * the member it hung on; a word on the old root hangs on the new one). Undone when the
 * result is no tree. */
static void mend_list(tc_word *w, uint32_t n, const modifier_list *l)
{
    uint16_t head[TC_PARSE_MAX_WORDS], place;
    uint8_t rel[TC_PARSE_MAX_WORDS], place_rel;
    if (!list_place(w, l, &place, &place_rel)) return;
    for (uint32_t k = 0; k < n; k++) {
        head[k] = w[k].head;
        rel[k] = w[k].rel;
    }
    uint32_t root = n; /* the word that takes an old root's place */
    for (uint32_t k = 0; k < n; k++) {
        if (inside(l, k) || !head[k] || !inside(l, head[k] - 1u) || head[k] - 1u == l->h) continue;
        uint32_t x = head[k] - 1u;
        if (k + 1 == place && (!head[x] || !inside(l, head[x] - 1u))) {
            w[k].head = head[x];
            w[k].rel = rel[x];
            if (!head[x]) root = k;
        } else
            w[k].head = (uint16_t)(l->h + 1);
    }
    shape_list(w, l);
    w[l->h].head = place;
    w[l->h].rel = by_agent(w, n, l, place, place_rel) ? TC_REL_OBL_AGENT : place_rel;
    for (uint32_t k = 0; k < n && root < n; k++)
        if (!inside(l, k) && head[k] && inside(l, head[k] - 1u) && !head[head[k] - 1u] && k != root)
            w[k].head = (uint16_t)(root + 1);
    if (list_rooted(w, n, l)) return;
    for (uint32_t k = 0; k < n; k++) {
        w[k].head = head[k];
        w[k].rel = rel[k];
    }
}

void tc_parse_repair_modifier_list(tc_word *w, uint32_t n)
{
    if (n > TC_PARSE_MAX_WORDS) return;
    for (uint32_t c = 1; c + 2 < n; c++) {
        if (w[c].upos != TC_UPOS_CCONJ || (!lemma_is(w, c, "and") && !lemma_is(w, c, "or")))
            continue;
        modifier_list l;
        if (!find_list(w, n, c, &l) || member_is_predicate(w, n, &l)) continue;
        mend_list(w, n, &l);
    }
}
