/* code: the verb dictionary and the sparse-parsing event coder.
 *
 * The dictionary is a list of patterns around a verb: words before it and after it, adjacent
 * ('_') or with a gap, and "$" "+" "%" markers where the source, the target or a compound
 * actor stands (tc_verb_spec; data/verbs.txt, our format, only has words after the verb;
 * src/petrarch_verbs.c reads PETRARCH's). Loading generates every inflection of the verb
 * (regular rules, over-generating harmlessly, plus WordNet's verb.exc) and maps each surface
 * form to the patterns it starts, best first: more words, then the entry's own word over an
 * inflection, then the finer CAMEO code.
 *
 * Coding a sentence is table-driven, in three passes:
 *  1. candidates: every token that is a verb form, with the first pattern that matches around
 *     it; grammar cues reject nouns ("the blockade", "a protest of", "promised raids",
 *     "efforts to stop"); a verb inside another candidate's words is part of that phrase;
 *  2. government (table governors): an infinitive, a gerund or a that-clause under an appeal,
 *     demand, promise, threat, refusal or denial ("called on X to lift the blockade",
 *     "refused to withdraw", "denied that its troops attacked X") is not an event of its own:
 *     it is flagged, it refines the governing code (0256, 1246, 1381 ...) and may give it its
 *     target;
 *  3. roles: the clause around the verb (bounded by ; : ( ), subordinators, speech verbs and
 *     reporting commas) gives the source (the first actor heading it, outside prepositional
 *     phrases) and the target (the actor after the pattern, or after a target preposition);
 *     a passive ("was blockaded by X") swaps them; pattern markers override both; actors
 *     joined by "and" give one event each, an agent shared across them ("the ambassadors of
 *     A, B and C"); "its/their" + agent is the state named before it; mutual verbs with a
 *     compound subject and no target give both directions; paired codes ("042:043") give the
 *     target's event too. Negation, modality and conditions flag an event (not an event by
 *     default), what someone said is flagged reported (still an event). */
#include "code.h"

#include "hash.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- coding ---- */

/* Word classes the grammar cues need: small closed classes, so tables. */
static const char *const determiners[] = {
    "the", "a",  "an",   "this", "that", "these", "those", "its",  "their",   "his", "her",
    "our", "my", "your", "any",  "no",   "every", "each",  "such", "another", NULL};
static const char *const prepositions[] = {
    "in",     "on",      "at",   "of",     "for",     "with",   "from",      "against",
    "by",     "to",      "into", "onto",   "over",    "under",  "between",   "among",
    "about",  "despite", "near", "across", "through", "toward", "towards",   "without",
    "within", "during",  "amid", "behind", "beyond",  "like",   "including", "alongside",
    "upon",   "via",     "per",  NULL};
static const char *const boundaries[] = {"that",    "which", "who",     "whom",    "whose",
                                         "where",   "while", "whereas", "because", "although",
                                         "though",  "but",   "if",      "unless",  "when",
                                         "whether", "after", "before",  "until",   NULL};
static const char *const negators[] = {"not", "n't", "never", "no", "neither", "nor", NULL};
static const char *const modals[] = {"would", "could", "might", "may", "should",
                                     "can",   "shall", "must",  NULL};
static const char *const be_forms[] = {"is", "are", "was", "were", "been", "being", "be", NULL};
static const char *const adverbs[] = {"ever",    "even", "really", "again", "now",   "still",
                                      "further", "not",  "also",   "soon",  "never", NULL};
static const char *const failures[] = {"fail", "fails", "failed", "failing", NULL};
static const char *const have_forms[] = {"has", "have", "had", "having", NULL};
static const char *const licensors[] = {
    "to",     "will", "would", "could",   "can",  "may", "might", "must", "shall",
    "should", "not",  "n't",   "do",      "does", "did", "never", "also", "they",
    "we",     "i",    "you",   "jointly", "then", "and", "or",    NULL};
static const char *const conjunctions[] = {"and", "or", "nor", ",", "as", "well", NULL};

/* Called for many tokens of every sentence: the first byte rules out most words without a
 * call to strcmp. */
static int in_list(const char *const *list, const tc_token *t)
{
    const char c = t->norm[0];
    for (; *list; list++)
        if (**list == c && strcmp(*list, t->norm) == 0) return 1;
    return 0;
}

static int is_punct(const tc_token *t, const char *chars)
{
    return (t->flags & TC_TOK_PUNCT) && t->nlen == 1 && strchr(chars, t->norm[0]);
}

typedef struct {
    const tc_verbs *v;
    const tc_text *t;
    uint32_t lo, hi; /* the sentence's tokens */
    const tc_mention *m;
    size_t nm;
} sentence_ctx;

/* What someone says is a clause of its own ("Baku said [Armenian forces shelled X]"). */
static const char *const speech_verbs[] = {"said",  "says",     "say",    "claimed", "claims",
                                           "claim", "stated",   "states", "added",   "alleged",
                                           "told",  "reported", "noted",  NULL};
static const char *const speech_boundaries[] = {
    "said",     "says",    "say",      "claimed",  "claims", "claim",
    "stated",   "alleged", "alleges",  "allege",   "insist", "insists",
    "insisted", "believe", "believes", "believed", NULL};

static int is_boundary(const tc_token *t)
{
    return is_punct(t, ";:()[]") || in_list(boundaries, t) || in_list(speech_boundaries, t);
}

/* Does token b end the clause before it? A boundary word, ", and" / ", but", or a comma
 * opening a reporting clause (", a senior official said"). */
static int ends_clause(const sentence_ctx *s, uint32_t b)
{
    const tc_token *t = s->t->toks;
    if (is_boundary(&t[b])) return 1;
    if (!is_punct(&t[b], ",") || b + 1 >= s->hi) return 0;
    if (!strcmp(t[b + 1].norm, "and") || !strcmp(t[b + 1].norm, "but")) return 1;
    for (uint32_t k = b + 1; k < s->hi && k < b + 9 && !is_punct(&t[k], ","); k++)
        if (in_list(speech_verbs, &t[k])) return 1;
    return 0;
}

static int joined(const sentence_ctx *s, uint32_t from, uint32_t to);

static int ends_mention(const sentence_ctx *s, uint32_t tok)
{
    for (size_t k = 0; k < s->nm; k++)
        if (s->m[k].tok0 + s->m[k].ntok == tok + 1) return 1;
    return 0;
}

/* Tokens [a, verb) are a list of three or more actors ("Evil Mordor, the awful Fornost, and
 * good Gondor"), at most a determiner and an adjective before the first and only auxiliaries
 * or adverbs after the last. */
static int list_subject(const sentence_ctx *s, uint32_t a, uint32_t verb)
{
    size_t k = 0, n = 0;
    while (k < s->nm && s->m[k].tok0 < a) k++;
    if (k == s->nm || s->m[k].tok0 > a + 2) return 0;
    uint32_t end = s->m[k].tok0 + s->m[k].ntok;
    for (n = 1, k++; k < s->nm && s->m[k].tok0 < verb && joined(s, end, s->m[k].tok0); k++, n++)
        end = s->m[k].tok0 + s->m[k].ntok;
    if (k < s->nm && s->m[k].tok0 < verb) return 0;
    for (; end < verb; end++)
        if (!in_list(have_forms, &s->t->toks[end]) && !in_list(be_forms, &s->t->toks[end]) &&
            !in_list(adverbs, &s->t->toks[end]))
            return 0;
    return n >= 3;
}

/* The clause around token i: [*from, *to). */
/* Does ", who ..." (or which, whose) open at a and close with a comma before i? */
static int relative_closed(const sentence_ctx *s, uint32_t a, uint32_t i)
{
    const tc_token *t = s->t->toks;
    const tc_token *r = &t[a - 1];
    if (!is_punct(&t[a - 2], ",") ||
        (strcmp(r->norm, "who") && strcmp(r->norm, "which") && strcmp(r->norm, "whose")))
        return 0;
    for (uint32_t k = a; k < i; k++)
        if (is_punct(&t[k], ",")) return 1;
    return 0;
}

static void clause_of(const sentence_ctx *s, uint32_t i, uint32_t *from, uint32_t *to)
{
    uint32_t a = i, b = i + 1;
    while (a > s->lo && !is_boundary(&s->t->toks[a - 1])) a--;
    /* "The European Union (EU) criticized": a short parenthesis after a name is no boundary. */
    while (a > s->lo + 1 && is_punct(&s->t->toks[a - 1], ")") && i - a < 2) {
        uint32_t k = a - 1;
        while (k > s->lo && a - k < 6 && !is_punct(&s->t->toks[k - 1], "(")) k--;
        if (k == s->lo || a - k >= 6 || !ends_mention(s, k - 2)) break;
        for (a = k - 1; a > s->lo && !is_boundary(&s->t->toks[a - 1]);) a--;
    }
    /* "X, who is visiting Armenia, called on Y": a verb after a closed non-restrictive
     * relative clause belongs to the clause before it. */
    while (a > s->lo + 1 && relative_closed(s, a, i)) {
        a -= 2;
        while (a > s->lo && !is_boundary(&s->t->toks[a - 1])) a--;
    }
    /* ", and Yerevan claims": a comma then a conjunction also opens a clause, unless it is
     * inside a list of actors that is the whole subject. */
    for (uint32_t k = i; k > a + 1 && !list_subject(s, a, i); k--)
        if (is_punct(&s->t->toks[k - 2], ",") &&
            (!strcmp(s->t->toks[k - 1].norm, "and") || !strcmp(s->t->toks[k - 1].norm, "but"))) {
            a = k;
            break;
        }
    while (b < s->hi && !ends_clause(s, b)) b++;
    *from = a;
    *to = b;
}

/* A verb form preceded by a determiner or a possessive, or followed by "of", is a noun; a
 * bare base form is a verb only after to, a modal, do or not, or right after its subject
 * ("the Lachin blockade" is a noun, "Armenians blockade" and "will blockade" are verbs). */

/* The token after the adverbs right before i ("will not ever clash": the "will"). */
static uint32_t before_adverbs(const sentence_ctx *s, uint32_t i)
{
    const tc_token *t = s->t->toks;
    while (i > s->lo + 1 &&
           (in_list(adverbs, &t[i - 1]) ||
            (t[i - 1].nlen > 4 && !strcmp(t[i - 1].norm + t[i - 1].nlen - 2, "ly"))))
        i--;
    return i;
}

/* "the European Union (EU) agree": the subject ends before a parenthesis ending at b. */
static int after_parenthesis(const sentence_ctx *s, uint32_t b)
{
    if (b < s->lo + 2 || !is_punct(&s->t->toks[b - 1], ")")) return 0;
    uint32_t k = b - 1;
    while (k > s->lo && b - k < 6 && !is_punct(&s->t->toks[k - 1], "(")) k--;
    return k > s->lo + 1 && b - k < 6 && ends_mention(s, k - 2);
}

static int looks_nominal(const tc_verbs *v, const sentence_ctx *s, uint32_t i, int form, int wide)
{
    const tc_token *t = s->t->toks;
    if (form == TC_FORM_ING || form == TC_FORM_EXACT) /* "the ethnic cleansing of", "the shelling" */
        return (i > s->lo && in_list(determiners, &t[i - 1])) ||
               (i > s->lo + 1 && in_list(determiners, &t[i - 2]) &&
                !(t[i - 1].flags & TC_TOK_PUNCT)) ||
               (i + 1 < s->hi && strcmp(t[i + 1].norm, "of") == 0);
    uint32_t b = before_adverbs(s, i);
    if (form == TC_FORM_BASE && b > s->lo && !in_list(licensors, &t[b - 1]) &&
        !ends_mention(s, b - 1) && !after_parenthesis(s, b) &&
        !(wide && (in_list(be_forms, &t[b - 1]) || in_list(have_forms, &t[b - 1]))))
        return 1;
    /* "promised raids", "tortured captured soldiers": a plural or a participle right after
     * a verb belongs to its object. */
    if ((form == TC_FORM_S || (form == TC_FORM_PAST && !wide)) && i > s->lo && b == i &&
        tc_verbs_lookup(v, t[i - 1].norm, t[i - 1].nlen) && !ends_mention(s, i - 1) &&
        !in_list(be_forms, &t[i - 1]) && !in_list(have_forms, &t[i - 1]))
        return 1;
    if (i > s->lo && (in_list(determiners, &t[i - 1]) ||
                      ((t[i - 1].flags & TC_TOK_CLITIC) && strcmp(t[i - 1].norm, "n't") != 0)))
        return 1;
    if (form != TC_FORM_PAST && i > s->lo && in_list(prepositions, &t[i - 1]) &&
        strcmp(t[i - 1].norm, "to") != 0)
        return 1;
    return form != TC_FORM_PAST && i + 1 < s->hi && strcmp(t[i + 1].norm, "of") == 0;
}

/* Where a pattern matched: one past its last token, its first token, and the token ranges
 * its "$" "+" "%" markers cover (lo == hi when the pattern has none). */
typedef struct {
    uint32_t end, start;
    uint32_t src_lo, src_hi, tgt_lo, tgt_hi;
    uint8_t src_skip, tgt_skip; /* "^": actors to pass over before the marked one */
    int neg_in_pattern;         /* a negator or modal is one of the pattern's words */
} pmatch;

static int word_at(const sentence_ctx *s, uint32_t k, const char *w)
{
    return strcmp(s->t->toks[k].norm, w) == 0;
}

static void mark_region(pmatch *m, int kind, int pre, uint32_t lo, uint32_t hi, int skips)
{
    if (kind == TC_EL_SRC || (kind == TC_EL_COMP && pre)) {
        m->src_lo = lo;
        m->src_hi = hi;
        m->src_skip = (uint8_t)skips;
    } else if (kind == TC_EL_TGT || kind == TC_EL_COMP) {
        m->tgt_lo = lo;
        m->tgt_hi = hi;
        m->tgt_skip = (uint8_t)skips;
    }
}

/* The words after the verb (tokens [vend, limit)). */
static int match_post(const sentence_ctx *s, const tc_vpattern *p, uint32_t vend, uint32_t limit,
                      pmatch *m)
{
    uint32_t pos = vend, mark = 0;
    int pending = -1, skips = 0;
    for (int w = 0; w < p->npost; w++) {
        const tc_pelem *e = &p->post[w];
        if (e->kind == TC_EL_SKIP) {
            skips++;
            continue;
        }
        if (e->kind != TC_EL_WORD) {
            pending = e->kind;
            mark = pos;
            continue;
        }
        skips = 0;
        uint32_t k = pos;
        uint32_t reach = e->glued && pending < 0 ? pos : pos + p->gap;
        while (k < limit && k <= reach && !word_at(s, k, e->w)) k++;
        if (k >= limit || k > reach) return 0;
        if (pending >= 0) mark_region(m, pending, 0, mark, k, skips);
        pending = -1;
        pos = k + 1;
    }
    if (pending >= 0) mark_region(m, pending, 0, mark, limit, skips);
    m->end = pos;
    return 1;
}

/* The words before the verb (tokens [lo, vstart)), matched from the verb backwards. */
static int match_pre(const sentence_ctx *s, const tc_vpattern *p, uint32_t vstart, uint32_t lo,
                     pmatch *m)
{
    uint32_t pos = vstart, mark = 0;
    int pending = -1;
    for (int w = p->npre; w-- > 0;) {
        const tc_pelem *e = &p->pre[w];
        if (e->kind == TC_EL_SKIP) continue;
        if (e->kind != TC_EL_WORD) {
            pending = e->kind;
            mark = pos;
            continue;
        }
        int glued = e->glued && pending < 0;
        uint32_t k = pos;
        while (k > lo && !word_at(s, k - 1, e->w) && !glued && pos - k < p->gap) k--;
        if (k == lo || !word_at(s, k - 1, e->w)) return 0;
        k--;
        if (pending >= 0) mark_region(m, pending, 1, k + 1, mark, 0);
        pending = -1;
        if (in_list(negators, &s->t->toks[k]) || in_list(modals, &s->t->toks[k]))
            m->neg_in_pattern = 1;
        pos = k;
    }
    if (pending >= 0) mark_region(m, pending, 1, lo, mark, 0);
    m->start = pos;
    return 1;
}

static int match_pattern(const sentence_ctx *s, const tc_vpattern *p, uint32_t i, uint32_t from,
                         uint32_t to, pmatch *m)
{
    memset(m, 0, sizeof *m);
    return match_pre(s, p, i, from, m) && match_post(s, p, i + 1, to, m);
}

static int usable(const tc_mention *m)
{
    return m->code[0] != '-';
}

static const char *const quantities[] = {"thousands", "hundreds", "dozens", "millions", "tens",
                                         "scores",    "crowds",   "groups", "busloads", NULL};

/* The preposition heading the phrase m is in (looking back a few words), or NULL. */
static const tc_token *head_preposition(const sentence_ctx *s, const tc_mention *m, uint32_t from)
{
    const tc_token *t = s->t->toks;
    for (uint32_t k = m->tok0, steps = 0; k > from && steps < 5; k--, steps++) {
        const tc_token *p = &t[k - 1];
        /* "thousands of Armenians", "dozens of protesters": a quantity, not a phrase. */
        if (k >= from + 2 && !strcmp(p->norm, "of") && in_list(quantities, &t[k - 2])) return NULL;
        if (in_list(prepositions, p)) return p;
        if (k >= 2 + from && is_punct(p, "-")) {
            k--;
            continue;
        }
        if ((p->flags & TC_TOK_PUNCT) || (p->flags & (TC_TOK_CAP | TC_TOK_UPPER))) return NULL;
    }
    return NULL;
}

/* Prepositions whose object can be the target of the verb before them ("sent aid to X",
 * "imposed sanctions on X", "the road into X"); "fought over X", "met in X" are not. */
static const char *const target_preps[] = {"to",   "with",    "against", "on",     "into",
                                           "onto", "at",      "upon",    "toward", "towards",
                                           "from", "between", "of",      "for",    NULL};

enum { ANY_PHRASE, NO_PP, TARGET_PP };

static const char *const relations[] = {"rival",     "archrival", "ally",    "allies",
                                        "neighbour", "neighbor",  "partner", "foe",
                                        "enemy",     "adversary", NULL};
static const char *const event_nouns[] = {"summit",  "conference", "talks",   "forum",
                                          "process", "format",     "meeting", NULL};

/* Is m "X's rival" (or ally, neighbour ...) right before another actor? */
static int related_by(const sentence_ctx *s, const tc_mention *m)
{
    const tc_token *t = s->t->toks;
    uint32_t end = m->tok0 + m->ntok;
    if (end + 2 >= s->hi || strcmp(t[end].norm, "'s") || !in_list(relations, &t[end + 1])) return 0;
    for (size_t k = 0; k < s->nm; k++)
        if (s->m[k].tok0 == end + 2 && usable(&s->m[k])) return 1;
    return 0;
}

/* Is m a place naming an event: "the Singapore summit", "the Geneva talks"? */
static int names_event(const sentence_ctx *s, const tc_mention *m)
{
    uint32_t end = m->tok0 + m->ntok;
    return end < s->hi && m->kind != TC_KIND_IGO && in_list(event_nouns, &s->t->toks[end]);
}

static const char *const behest[] = {"request", "invitation", "behest",
                                     "urging",  "initiative", NULL};

/* "at X's request", "at the request of X", "at X's invitation": m names who asked (but
 * "rejected X's request": X is the target). */
static int on_behalf(const sentence_ctx *s, const tc_mention *m)
{
    const tc_token *t = s->t->toks;
    uint32_t end = m->tok0 + m->ntok;
    if (m->tok0 > s->lo && !strcmp(t[m->tok0 - 1].norm, "at") && end + 1 < s->hi &&
        !strcmp(t[end].norm, "'s") && in_list(behest, &t[end + 1]))
        return 1;
    return m->tok0 >= s->lo + 4 && !strcmp(t[m->tok0 - 1].norm, "of") &&
           in_list(behest, &t[m->tok0 - 2]) && !strcmp(t[m->tok0 - 4].norm, "at");
}

static const tc_mention *first_mention(const sentence_ctx *s, uint32_t from, uint32_t to, int which,
                                       uint32_t clause_from)
{
    for (size_t k = 0; k < s->nm; k++) {
        const tc_mention *m = &s->m[k];
        if (m->tok0 < from || m->tok0 >= to || !usable(m)) continue;
        const tc_token *prep = which == ANY_PHRASE ? NULL : head_preposition(s, m, clause_from);
        /* "condemned an attack by X": a "by" after the object introduces the target. */
        int by_object =
            prep && which == TARGET_PP && !strcmp(prep->norm, "by") && prep > &s->t->toks[from];
        if (prep && (which == NO_PP || !in_list(target_preps, prep)) && !by_object) continue;
        /* "Turkey's rival Greece", "Russia's ally Belarus": the second is the actor. */
        if (related_by(s, m)) continue;
        /* "the Singapore summit", "the Geneva talks": a place naming an event. */
        if (names_event(s, m)) continue;
        /* "met at France's request", "at the invitation of X": who asked is no target. */
        if (which == TARGET_PP && on_behalf(s, m)) continue;
        /* "mobilized its army", "withdrew their troops": the subject's own, no target (the
         * resolver made "its army" one mention, AZE + MIL). */
        if (which == TARGET_PP && (!strcmp(s->t->toks[m->tok0].norm, "its") ||
                                   !strcmp(s->t->toks[m->tok0].norm, "their")))
            continue;
        return m;
    }
    return NULL;
}

/* Mentions coordinated with m ("Azerbaijan and Armenia"): m itself first. */
/* Do tokens [from, to) coordinate two actors? Conjunctions, commas and determiners, and at most
 * two plain lower-case words ("and the evil awful Gondor"), with at least one conjunction. */
static int joined(const sentence_ctx *s, uint32_t from, uint32_t to)
{
    int conj = 0, plain = 0;
    if (from == to) return 0;
    for (uint32_t j = from; j < to; j++) {
        const tc_token *t = &s->t->toks[j];
        if (is_punct(t, "(")) { /* "the European Union (EU)" */
            while (j < to && !is_punct(&s->t->toks[j], ")")) j++;
            continue;
        }
        if (in_list(conjunctions, t))
            conj = 1;
        else if (in_list(determiners, t))
            continue;
        else if (conj && (t->flags & TC_TOK_WORD) && !(t->flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
                 !in_list(prepositions, t) && !in_list(boundaries, t) &&
                 !tc_verbs_lookup(s->v, t->norm, t->nlen) && ++plain <= 2)
            continue;
        else
            return 0;
    }
    return conj;
}

static size_t compound(const sentence_ctx *s, const tc_mention *m, uint32_t limit,
                       const tc_mention **out, size_t max)
{
    size_t n = 0;
    out[n++] = m;
    size_t k = (size_t)(m - s->m) + 1;
    uint32_t end = m->tok0 + m->ntok;
    while (k < s->nm && n < max && s->m[k].tok0 < limit) {
        if (!joined(s, end, s->m[k].tok0)) break;
        out[n++] = &s->m[k]; /* "Danish media and government": share_agent completes it */
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
        if (in_list(negators, &t[k])) f |= TC_EV_NEGATED;
    for (uint32_t k = from; k < verb; k++)
        if (in_list(modals, &t[k])) f |= TC_EV_HYPOTHETICAL;
    /* "failed to protect", "refused to withdraw": an infinitive that did not happen. */
    if (verb >= s->lo + 2 && !strcmp(t[verb - 1].norm, "to") && in_list(failures, &t[verb - 2]))
        f |= TC_EV_NEGATED;
    /* "If Baku attacks, ...": the verb is inside a condition. */
    if (from > s->lo && (!strcmp(t[from - 1].norm, "if") || !strcmp(t[from - 1].norm, "unless")))
        f |= TC_EV_HYPOTHETICAL;
    (void)to;
    return f;
}

static int is_passive(const sentence_ctx *s, uint32_t verb, uint32_t from, int form)
{
    if (form != TC_FORM_PAST) return 0;
    const tc_token *t = s->t->toks;
    for (uint32_t k = verb, steps = 0; k > from && steps < 3; k--, steps++) {
        if (in_list(be_forms, &t[k - 1])) return 1;
        if (t[k - 1].flags & TC_TOK_PUNCT) return 0;
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
    const tc_cameo_table *cameo; /* for codes refined by the source; may be NULL */
} sink;

/* Where an event's verb is: sentence, first and one-past-last token, flags. */
typedef struct {
    uint32_t sent, v0, v1;
    unsigned flags;
} evplace;

/* What protesters, students, workers or residents do is dissent (14x), not state action:
 * they block a road (144, not the blockade 191), boycott (143, not the embargo 163), protest
 * in the street (141, not the official complaint 114). */
static const char *const dissent_agents[] = {"OPP", "CVL", "EDU", "LAB", "ENV", NULL};
static const char *const dissent_codes[][2] = {{"191", "144"}, {"163", "143"}, {"114", "141"}};

static const char *as_dissent(const sink *k, const sentence_ctx *s, const tc_mention *src,
                              const char *code, const evplace *at, const tc_cameo **info)
{
    if (!k->cameo || strlen(src->code) < 6) return code;
    const char *const *a = dissent_agents;
    while (*a && strncmp(src->code + 3, *a, 3) != 0) a++;
    if (!*a) return code;
    for (size_t i = 0; i < sizeof dissent_codes / sizeof *dissent_codes; i++) {
        if (strcmp(code, dissent_codes[i][0]) != 0) continue;
        /* "Students protested against X", but "the opposition complained to X" stays. */
        if (!strcmp(code, "114") && strncmp(s->t->toks[at->v0].norm, "protest", 7) != 0)
            return code;
        const tc_cameo *to = tc_cameo_get(k->cameo, dissent_codes[i][1]);
        if (!to) return code;
        *info = to;
        return dissent_codes[i][1];
    }
    return code;
}

/* "warplanes struck X" is an air strike (195), not any attack (190). */
static const char *const aircraft[] = {"warplanes", "jets",   "drones",      "drone",    "aircraft",
                                       "bombers",   "planes", "helicopters", "gunships", NULL};

static int by_air(const sentence_ctx *s, const tc_mention *src)
{
    const tc_token *last = &s->t->toks[src->tok0 + src->ntok - 1];
    return in_list(aircraft, last) ||
           (src->ntok >= 2 && !strcmp(last[-1].norm, "air") &&
            (!strcmp(last->norm, "force") || !strcmp(last->norm, "forces")));
}

/* "expelled more than 700,000 Rohingya", "deported thousands of Armenians": a mass expulsion
 * (201), not the deportation of individuals (174). */
static int massive(const sentence_ctx *s, uint32_t from, uint32_t to)
{
    for (uint32_t k = from; k < to && k < s->hi; k++) {
        const tc_token *w = &s->t->toks[k];
        if (!strcmp(w->norm, "thousands") || !strcmp(w->norm, "millions") ||
            !strcmp(w->norm, "entire"))
            return 1;
        long n = 0;
        int digits = 0;
        for (const char *c = w->norm; *c && n < 1000000; c++) {
            if (isdigit((unsigned char)*c)) {
                n = n * 10 + (*c - '0');
                digits++;
            } else if (*c != ',') {
                n = digits = 0;
                break;
            }
        }
        if (digits && n >= 1000) return 1;
    }
    return 0;
}

static const char *by_context(const sink *k, const sentence_ctx *s, const tc_mention *src,
                              const tc_mention *tgt, const char *code, const evplace *at,
                              const tc_cameo **info)
{
    const char *to = NULL;
    if (!k->cameo) return code;
    if (!strcmp(code, "190") && by_air(s, src))
        to = "195";
    else if (!strcmp(code, "174") && tgt->tok0 > at->v1 && massive(s, at->v1, tgt->tok0 + 1))
        to = "201";
    const tc_cameo *c = to ? tc_cameo_get(k->cameo, to) : NULL;
    if (!c) return as_dissent(k, s, src, code, at, info);
    *info = c;
    return to;
}

static void emit(sink *k, const sentence_ctx *s, const tc_mention *src, const tc_mention *tgt,
                 const char *code, const tc_cameo *info, const evplace *at)
{
    if (strcmp(src->code, tgt->code) == 0 || !usable(src) || !usable(tgt)) return;
    code = by_context(k, s, src, tgt, code, at, &info);
    for (size_t i = *k->nout; i > 0 && (*k->out)[i - 1].sent == at->sent; i--) {
        const tc_event *o = &(*k->out)[i - 1];
        if (!strcmp(o->src.code, src->code) && !strcmp(o->tgt.code, tgt->code) &&
            !strcmp(o->cameo, code))
            return;
    }
    if (*k->nout == *k->cap) *k->out = tc_arena_grow(k->a, *k->out, k->cap, sizeof **k->out);
    tc_event *e = &(*k->out)[(*k->nout)++];
    memset(e, 0, sizeof *e);
    e->src = ref_of(s, src);
    e->tgt = ref_of(s, tgt);
    snprintf(e->cameo, sizeof e->cameo, "%s", code);
    e->info = info;
    const tc_token *a = &s->t->toks[at->v0], *b = &s->t->toks[at->v1 - 1];
    e->verb = (tc_span){a->off, b->off + b->len - a->off};
    e->sent = at->sent;
    e->flags = at->flags;
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

static const tc_mention *in_region(const sentence_ctx *s, uint32_t lo, uint32_t hi, int skip)
{
    const tc_mention *m = lo < hi ? first_mention(s, lo, hi, ANY_PHRASE, lo) : NULL;
    for (; m && skip > 0; skip--) m = first_mention(s, m->tok0 + m->ntok, hi, ANY_PHRASE, lo);
    return m;
}

/* "arrived in Washington", "froze its participation in the CSTO": the actor right after a
 * pattern ending in a preposition, when the preposition follows the verb or the pattern
 * names the object too ("deport * to" names a destination, not a target). */
static const tc_mention *after_pattern(const sentence_ctx *s, uint32_t i, const tc_vpattern *p,
                                       const pmatch *pm)
{
    if (pm->end >= s->hi || pm->end < i + 2 || !in_list(prepositions, &s->t->toks[pm->end - 1]) ||
        (pm->end != i + 2 && p->npost < 2))
        return NULL;
    if (pm->end >= i + 3 && !strcmp(s->t->toks[pm->end - 2].norm, "out"))
        return NULL; /* "drove X out of Y": Y is where from */
    uint32_t k = pm->end;
    while (k < s->hi && in_list(determiners, &s->t->toks[k])) k++;
    for (size_t j = 0; j < s->nm; j++)
        if (s->m[j].tok0 == k && usable(&s->m[j]))
            return related_by(s, &s->m[j]) && j + 1 < s->nm ? &s->m[j + 1] : &s->m[j];
    return NULL;
}

/* The last comma in [from, to) when what follows it up to `to` has no "and" / "or" (not the
 * end of a list: "Armenia, Azerbaijan and Russia signed"), else 0. */
static uint32_t last_comma(const sentence_ctx *s, uint32_t from, uint32_t to)
{
    const tc_token *t = s->t->toks;
    for (uint32_t k = to; k-- > from;) {
        if (!strcmp(t[k].norm, "and") || !strcmp(t[k].norm, "or")) return 0;
        if (is_punct(&t[k], ",")) return k;
    }
    return 0;
}

/* A lower-case word that is no verb of the dictionary, no function word and no adverb: most
 * likely a noun ("legislation", "tariffs"). */
static int plain_noun(const sentence_ctx *s, const tc_token *w)
{
    static const char *const aspect[] = {
        "keep",    "keeps",     "kept",      "continue",    "continues", "continued", "stop",
        "stops",   "stopped",   "start",     "starts",      "started",   "began",     "begin",
        "begins",  "resume",    "resumed",   "avoid",       "avoided",   "consider",  "considered",
        "risk",    "risked",    "finish",    "finished",    "quit",      "mind",      "enjoy",
        "suggest", "suggested", "recommend", "recommended", "without",   NULL};
    if (w->flags & (TC_TOK_PUNCT | TC_TOK_CAP | TC_TOK_UPPER) || w->nlen < 3) return 0;
    for (const char *c = w->norm; *c; c++)
        if (*c < 'a' || *c > 'z') return 0;
    if (!strcmp(w->norm + w->nlen - 2, "ly")) return 0;
    if (in_list(prepositions, w) || in_list(determiners, w) || in_list(conjunctions, w) ||
        in_list(be_forms, w) || in_list(have_forms, w) || in_list(modals, w) ||
        in_list(adverbs, w) || in_list(negators, w) || in_list(boundaries, w) || in_list(aspect, w))
        return 0;
    return !tc_verbs_lookup(s->v, w->norm, w->nlen);
}

/* Is m (a state by its name) followed by a plain lower-case noun before the verb at i:
 * "the United States military plane", "the Iran deal"? */
static int modifies_noun(const sentence_ctx *s, const tc_mention *m, uint32_t i)
{
    uint32_t end = m->tok0 + m->ntok;
    if (end + 1 >= i || strlen(m->code) != 3 ||
        (m->kind != TC_KIND_COUNTRY && m->kind != TC_KIND_REGION))
        return 0;
    static const char *const verbish[] = {"do",    "does",  "did",    "said",   "says",  "say",
                                          "told",  "added", "stated", "also",   "again", "will",
                                          "shall", "can",   "must",   "cannot", "wo",    NULL};
    const tc_token *w = &s->t->toks[end];
    return plain_noun(s, w) && !in_list(verbish, w) && strcmp(w->norm + w->nlen - 2, "ed") != 0;
}

/* Does a quotation open (an odd number of quotation marks) between tokens from and to? */
static int quote_between(const sentence_ctx *s, uint32_t from, uint32_t to)
{
    static const char *const marks[] = {"\"",       "\xE2\x80\x9C", "\xE2\x80\x9D",
                                        "\xC2\xAB", "\xC2\xBB",     NULL};
    int n = 0;
    for (uint32_t k = from; k < to; k++) n += in_list(marks, &s->t->toks[k]);
    return n % 2;
}

/* "legislation targeting Turkey", "tariffs (on Wednesday) targeting Mexico": a gerund right
 * after a plain noun describes that noun, which is its subject, not an actor. */
static int describes_noun(const sentence_ctx *s, uint32_t i)
{
    static const char *const when[] = {"monday",   "tuesday", "wednesday", "thursday",  "friday",
                                       "saturday", "sunday",  "today",     "yesterday", NULL};
    uint32_t k = i;
    while (k > s->lo && in_list(when, &s->t->toks[k - 1])) {
        k--;
        if (k > s->lo &&
            (!strcmp(s->t->toks[k - 1].norm, "on") || !strcmp(s->t->toks[k - 1].norm, "last")))
            k--; /* "on Wednesday", "last Friday" */
    }
    return k > s->lo && !ends_mention(s, k - 1) && plain_noun(s, &s->t->toks[k - 1]);
}

/* An infinitive or gerund with no subject of its own takes the sentence's ("vowed to wage
 * war", "is about to restore", "accused X of preparing"); PETRARCH patterns leave
 * subordinate gerunds ("after leaving X") uncoded. */
static int takes_outer_subject(const sentence_ctx *s, uint32_t i, int form, int wide)
{
    const tc_token *t = s->t->toks;
    if (form == TC_FORM_ING) return !wide;
    return strcmp(t[i - 1].norm, "to") == 0;
}

/* Does the clause at cfrom follow "said", "believe that" ...? What someone says or believes
 * has its own subject: "X believe that cutting off aid to Y will work" is not X's act. */
static int opens_reported_clause(const sentence_ctx *s, uint32_t cfrom)
{
    if (cfrom <= s->lo) return 0;
    const tc_token *b = &s->t->toks[cfrom - 1];
    if (in_list(speech_boundaries, b)) return 1;
    return !strcmp(b->norm, "that") && cfrom - 1 > s->lo && in_list(speech_boundaries, b - 1);
}

/* "efforts to stop", "plans to attack": an infinitive completing a plural noun (no verb of
 * the dictionary) is an intention, not an event. */
static int completes_noun(const sentence_ctx *s, uint32_t i)
{
    if (i < s->lo + 2 || strcmp(s->t->toks[i - 1].norm, "to") != 0) return 0;
    const tc_token *n = &s->t->toks[i - 2];
    return n->nlen > 3 && n->norm[n->nlen - 1] == 's' && n->norm[n->nlen - 2] != 's' &&
           !(n->flags & (TC_TOK_CAP | TC_TOK_UPPER)) && !tc_verbs_lookup(s->v, n->norm, n->nlen);
}

/* Source and target by the clause rules; a pattern's markers override them. */
static void assign(const sentence_ctx *s, uint32_t i, int form, const tc_vpattern *p, const pmatch *pm,
                   uint32_t cfrom, uint32_t cto, const tc_mention **src, const tc_mention **tgt)
{
    /* A pattern reaching back across a clause boundary ("noted that X regretted") takes its
     * source from the clause where it starts. */
    if (pm->start < cfrom) {
        uint32_t to;
        clause_of(s, pm->start, &cfrom, &to);
    }
    if (is_passive(s, i, cfrom, form)) {
        *tgt = first_mention(s, cfrom, i, NO_PP, cfrom);
        *src = by_agent(s, i + 1, cto);
        /* "Tanks were delivered to Ukraine by Germany": the recipient after the verb. */
        if (!*tgt && *src) *tgt = first_mention(s, i + 1, (*src)->tok0, TARGET_PP, i + 1);
    } else if (form == TC_FORM_ING && describes_noun(s, i)) {
        *src = *tgt = NULL;
        return;
    } else {
        *src = first_mention(s, cfrom, i, NO_PP, cfrom);
        /* "A United States military plane ... crashed": a state naming a thing is no subject. */
        while (*src && modifies_noun(s, *src, i))
            *src = first_mention(s, (*src)->tok0 + (*src)->ntok, i, NO_PP, cfrom);
        /* "In a move that wrong-footed Ankara, Cairo signed": the subject is the actor right
         * before the verb, after the last comma, unless that part is a list's end. */
        uint32_t c = last_comma(s, cfrom, i);
        if (*src && c && (*src)->tok0 < c) {
            const tc_mention *near = first_mention(s, c + 1, i, NO_PP, c + 1);
            if (near) *src = near;
        }
        /* An infinitive or gerund with no subject of its own takes the sentence's. */
        if (!*src && i > s->lo && takes_outer_subject(s, i, form, p->wide) &&
            !opens_reported_clause(s, cfrom))
            *src = first_mention(s, s->lo, cfrom, NO_PP, s->lo);
        /* "X tweeted, “It's time to stop Y's attacks”": a verb inside a quotation that
         * opened after X is not X's deed. */
        if (*src && quote_between(s, (*src)->tok0 + (*src)->ntok, i)) *src = NULL;
        /* From the verb on: a target often sits in a gap ("summoned X's ambassador"). */
        *tgt = after_pattern(s, i, p, pm);
        if (!*tgt)
            *tgt = first_mention(s, i + 1, cto > pm->end ? cto : pm->end,
                                 p->wide ? ANY_PHRASE : TARGET_PP, i + 1);
        /* PETRARCH's "allowed that X ...": the subject of the object clause is the target. */
        if (!*tgt && p->wide && cto < s->hi && !strcmp(s->t->toks[cto].norm, "that")) {
            uint32_t a, b;
            clause_of(s, cto + 1, &a, &b);
            *tgt = first_mention(s, cto + 1, b, NO_PP, cto + 1);
        }
    }
    const tc_mention *ms = in_region(s, pm->src_lo, pm->src_hi, pm->src_skip);
    const tc_mention *mt = in_region(s, pm->tgt_lo, pm->tgt_hi, pm->tgt_skip);
    if (ms) *src = ms;
    if (mt) *tgt = mt;
}

/* A verb that matched a pattern, and what its neighbours make of it. */
typedef struct {
    uint32_t i;
    const tc_vpattern *p;
    int form;
    pmatch pm;
    char code[8]; /* the event code: the pattern's, or refined by its content */
    const tc_cameo *info;
    unsigned flags;             /* from the verb governing it ("refused to withdraw": negated) */
    const tc_mention *tgt_hint; /* the target its that-clause gives, when it has none */
    int mutual; /* governs a mutual verb ("A and B agreed to hold talks"): mutual too */
} candidate;

static void emit_all(sink *k, const sentence_ctx *s, const tc_mention *const *a, size_t na,
                     const tc_mention *const *b, size_t nb, const candidate *c, const evplace *at)
{
    for (size_t x = 0; x < na; x++)
        for (size_t y = 0; y < nb; y++) {
            emit(k, s, a[x], b[y], c->code, c->info, at);
            if (c->p->cameo2[0]) emit(k, s, b[y], a[x], c->p->cameo2, c->p->info2, at);
        }
}

/* "The ambassadors of Arnor, Osgiliath and Gondor", "lawmakers in A and B": the agent
 * heading the first member applies to the bare states that follow it. Copies go to store. */
static void share_agent(const sentence_ctx *s, const tc_mention **ms, size_t n, tc_mention *store)
{
    const tc_mention *h = ms[0];
    size_t hl = strlen(h->code);
    int agent_first = n > 1 && h->ntok >= 3 && hl == 6 &&
                      (!strcmp(s->t->toks[h->tok0 + 1].norm, "of") ||
                       !strcmp(s->t->toks[h->tok0 + 1].norm, "in"));
    for (size_t k = 1; k < n; k++) {
        const tc_mention *m = ms[k];
        store[k] = *m;
        if (!strncmp(m->code, "---", 3) && hl >= 6) /* "Danish media and government" */
            snprintf(store[k].code, sizeof store[k].code, "%.*s%s", (int)(hl - 3), h->code,
                     m->code + 3);
        else if (agent_first && strlen(m->code) == 3 &&
                 (m->kind == TC_KIND_COUNTRY || m->kind == TC_KIND_ACTOR))
            snprintf(store[k].code, sizeof store[k].code, "%s%s", m->code, h->code + 3);
        ms[k] = &store[k];
    }
}

/* Verbs that govern an infinitive or a that-clause ("called on X to open", "threatened to
 * blockade", "refused to withdraw", "demanded that X lift", "denied that its troops had
 * attacked X"): by the governing code (a prefix), the flag the governed event takes (it was
 * asked for, promised, threatened, refused or denied, not done); when the governing code is
 * the generic one, a finer code chosen by the governed code (refined_exact) or its root; and
 * for a that-clause without a target of its own, who the target is: the clause's subject
 * (HINT_SOURCE: "demanded that Azerbaijan lift") or its object (HINT_TARGET: "denied that
 * its troops attacked Armenia"). */
enum { HINT_NONE, HINT_SOURCE, HINT_TARGET };
typedef struct {
    const char *root;
    unsigned flag;
    const char *generic;
    int hint;
    const char *by_root[21]; /* content root 01..20 -> refined code, NULL: keep */
} governor;

static const governor governors[] = {
    {"016", TC_EV_NEGATED, "016", HINT_TARGET, {NULL}},
    {"03",
     TC_EV_HYPOTHETICAL,
     "030",
     HINT_NONE,
     {[4] = "036", [5] = "030", [6] = "031", [7] = "033", [8] = "035"}},
    {"02",
     TC_EV_HYPOTHETICAL,
     "020",
     HINT_SOURCE,
     {[3] = "020",
      [4] = "026",
      [5] = "022",
      [6] = "021",
      [7] = "023",
      [8] = "025",
      [9] = "020",
      [16] = "0254"}},
    {"10",
     TC_EV_HYPOTHETICAL,
     "100",
     HINT_SOURCE,
     {[4] = "108", [5] = "102", [6] = "101", [7] = "103", [8] = "105"}},
    {"12",
     TC_EV_NEGATED,
     "120",
     HINT_NONE,
     {[4] = "125", [5] = "120", [6] = "121", [7] = "121", [8] = "124"}},
    {"13",
     TC_EV_HYPOTHETICAL,
     "130",
     HINT_NONE,
     {[16] = "131", [17] = "137", [18] = "137", [19] = "138", [20] = "138"}},
};

/* Finer codes for refusals to yield and threats of force, by the content's full code. */
static const char *const refined_exact[][3] = {
    {"03", "0841", "0353"}, {"03", "085", "0354"},  {"03", "0863", "0355"}, {"03", "087", "0356"},
    {"03", "0871", "0356"}, {"03", "0872", "0356"}, {"03", "072", "0332"},  {"03", "073", "0333"},
    {"03", "052", "0334"},  {"03", "074", "0334"},  {"03", "057", "037"},   {"03", "071", "0331"},
    {"02", "074", "0234"},  {"02", "038", "028"},   {"12", "150", "1222"},  {"10", "0872", "1056"},
    {"10", "087", "1056"},  {"10", "0871", "107"},  {"10", "0841", "1053"}, {"10", "085", "1054"},
    {"10", "0862", "1055"}, {"10", "0861", "1055"}, {"10", "0834", "1042"}, {"10", "0863", "1033"},
    {"02", "0841", "0253"}, {"02", "085", "0254"},  {"02", "0863", "0255"}, {"02", "0861", "0255"},
    {"02", "087", "0256"},  {"02", "0871", "0256"}, {"02", "0872", "0256"}, {"12", "0841", "1243"},
    {"12", "085", "1244"},  {"12", "0863", "1245"}, {"12", "0861", "1245"}, {"12", "087", "1246"},
    {"12", "0871", "1246"}, {"12", "0872", "1246"}, {"13", "191", "1381"},  {"13", "192", "1382"},
    {"13", "190", "1384"},  {"13", "194", "1384"},  {"13", "195", "1384"},  {"13", "163", "1312"},
    {"13", "161", "1313"},  {"13", "162", "1311"},  {"02", "0874", "0256"}, {"03", "0874", "0356"},
    {"10", "0874", "106"},  {"12", "0874", "1246"},
};

static const governor *governor_of(const char *code)
{
    for (size_t g = 0; g < sizeof governors / sizeof *governors; g++)
        if (!strncmp(code, governors[g].root, strlen(governors[g].root))) return &governors[g];
    return NULL;
}

static void refine(candidate *gov, const governor *g, const char *content,
                   const tc_cameo_table *cameo)
{
    const char *to = NULL;
    for (size_t r = 0; r < sizeof refined_exact / sizeof *refined_exact && !to; r++)
        if (!strncmp(refined_exact[r][0], g->root, 2) && !strcmp(refined_exact[r][1], content))
            to = refined_exact[r][2];
    int root = (content[0] - '0') * 10 + (content[1] - '0');
    if (!to && root >= 1 && root <= 20) to = g->by_root[root];
    const tc_cameo *info = to && cameo ? tc_cameo_get(cameo, to) : NULL;
    if (!info) return;
    snprintf(gov->code, sizeof gov->code, "%s", to);
    gov->info = info;
}

/* The candidate governing x: for an infinitive, the nearest governing verb before it in its
 * clause; for the first verb of a that-clause, a governing verb right before the "that". */
static candidate *governor_for(const sentence_ctx *s, candidate *c, size_t x, int *that)
{
    const tc_token *t = s->t->toks;
    uint32_t i = c[x].i, from, to;
    clause_of(s, i, &from, &to);
    *that = 0;
    if (i > s->lo && !strcmp(t[i - 1].norm, "to")) {
        for (size_t y = x; y-- > 0 && c[y].i >= from;)
            if (governor_of(c[y].code) && !c[y].p->wide) return &c[y];
        return NULL;
    }
    /* "denied firing on X": a gerund right after the governing verb. */
    if (c[x].form == TC_FORM_ING && c[x - 1].pm.end == i && governor_of(c[x - 1].code))
        return &c[x - 1];
    if (from < s->lo + 2 || strcmp(t[from - 1].norm, "that") != 0) return NULL;
    for (size_t y = x; y-- > 0;) {
        if (c[y].i + 1 < from && c[y].pm.end + 1 < from) return NULL;
        if (governor_of(c[y].code) && !c[y].p->wide && c[y].i < from) {
            *that = 1;
            return &c[y];
        }
    }
    return NULL;
}

static void govern(const sentence_ctx *s, const tc_cameo_table *cameo, candidate *c, size_t n)
{
    for (size_t x = 1; x < n; x++) {
        int that;
        if (c[x].p->wide) continue;
        candidate *y = governor_for(s, c, x, &that);
        const governor *g = y ? governor_of(y->code) : NULL;
        if (!g) continue;
        c[x].flags |= g->flag;
        if (!strcmp(y->code, g->generic) && isdigit((unsigned char)c[x].code[1]))
            refine(y, g, c[x].code, cameo);
        y->mutual |= c[x].p->mutual;
        if (that && g->hint != HINT_NONE) {
            uint32_t from, to;
            const tc_mention *src, *tgt;
            clause_of(s, c[x].i, &from, &to);
            assign(s, c[x].i, c[x].form, c[x].p, &c[x].pm, from, to, &src, &tgt);
            y->tgt_hint = g->hint == HINT_SOURCE ? src : tgt;
        }
    }
}

/* Is the clause starting at cfrom what someone said ("Baku said [Armenian forces
 * shelled ...]", "claims that [...]")? */
static unsigned reported(const sentence_ctx *s, uint32_t cfrom)
{
    const tc_token *t = s->t->toks;
    uint32_t k = cfrom;
    if (k > s->lo && !strcmp(t[k - 1].norm, "that")) k--;
    return k > s->lo && in_list(speech_verbs, &t[k - 1]) ? TC_EV_REPORTED : 0;
}

/* "Lawmakers and officials in A and B": agents without a state, joined before an agent
 * "in"/"of" a state, hold for each state of the list too. ms has room for 16. */
static size_t lead_agents(const sentence_ctx *s, const tc_mention **ms, size_t n, tc_mention *store)
{
    const tc_mention *h = ms[0];
    size_t k = (size_t)(h - s->m);
    if (k == 0 || k >= s->nm || &s->m[k] != h || strlen(h->code) != 6 || h->ntok < 3 ||
        (strcmp(s->t->toks[h->tok0 + 1].norm, "in") && strcmp(s->t->toks[h->tok0 + 1].norm, "of")))
        return n;
    const tc_mention *lead = &s->m[k - 1];
    if (strncmp(lead->code, "---", 3) != 0 || !joined(s, lead->tok0 + lead->ntok, h->tok0))
        return n;
    size_t n0 = n;
    for (size_t j = 0; j < n0 && n < 16; j++, n++) {
        store[n] = *ms[j];
        snprintf(store[n].code, sizeof store[n].code, "%.3s%s", ms[j]->code, lead->code + 3);
        ms[n] = &store[n];
    }
    return n;
}

static void code_verb(sink *k, const sentence_ctx *s, uint32_t sent, const candidate *c)
{
    const tc_vpattern *p = c->p;
    uint32_t i = c->i, cfrom, cto;
    if (p->nocode) return;
    clause_of(s, i, &cfrom, &cto);
    const tc_mention *src, *tgt;
    assign(s, i, c->form, p, &c->pm, cfrom, cto, &src, &tgt);
    if (!tgt) tgt = c->tgt_hint;
    if (!src) return;
    unsigned flags = c->pm.neg_in_pattern ? 0 : flags_before(s, cfrom, i, cto);
    evplace at = {sent, i, c->pm.end > i + 1 ? c->pm.end : i + 1,
                  flags | c->flags | reported(s, cfrom)};
    const tc_mention *srcs[16], *tgts[8];
    tc_mention shared[16];
    size_t ns = compound(s, src, src->tok0 < i ? i : cto, srcs, 8);
    share_agent(s, srcs, ns, shared);
    ns = lead_agents(s, srcs, ns, shared);
    /* "A and B fought for control of X", "... over X": with a compound subject of a mutual
     * verb, X is what they fight over; they are each other's targets. */
    if (tgt && p->mutual && ns > 1 && tgt->tok0 >= s->lo + 2 &&
        ((!strcmp(s->t->toks[tgt->tok0 - 1].norm, "of") &&
          !strcmp(s->t->toks[tgt->tok0 - 2].norm, "control")) ||
         !strcmp(s->t->toks[tgt->tok0 - 1].norm, "over")))
        tgt = NULL;
    if (!tgt || (p->comp_pre && ns > 1)) {
        if (!(p->mutual || c->mutual) || ns < 2) return;
        /* "A and B called on both sides to stop fighting and return to talks": with an
         * infinitive between them, the compound is the subject of another verb. */
        for (uint32_t w = srcs[ns - 1]->tok0 + srcs[ns - 1]->ntok; w < i; w++)
            if (!strcmp(s->t->toks[w].norm, "to")) return;
        /* "Azerbaijan and Armenia fought": each side acts on the others. */
        for (size_t a = 0; a < ns; a++)
            for (size_t b = 0; b < ns; b++)
                if (a != b) emit(k, s, srcs[a], srcs[b], c->code, c->info, &at);
        return;
    }
    size_t nt = compound(s, tgt, cto > tgt->tok0 ? cto : s->hi, tgts, 8);
    tc_mention tshared[8];
    share_agent(s, tgts, nt, tshared);
    emit_all(k, s, srcs, ns, tgts, nt, c, &at);
}

/* The longest pattern that matches at token i (a verb, not a noun). */
static int find_pattern(const tc_verbs *v, const sentence_ctx *s, uint32_t i, candidate *c)
{
    const tc_token *t = &s->t->toks[i];
    const tc_vform *f = tc_verbs_lookup(v, t->norm, t->nlen);
    if (!f) return 0;
    uint32_t cfrom, cto;
    clause_of(s, i, &cfrom, &cto);
    for (; f; f = f->next) {
        const tc_vpattern *p = tc_verbs_pattern(v, f->pattern);
        if (!match_pattern(s, p, i, p->wide ? s->lo : cfrom, p->wide ? s->hi : cto, &c->pm))
            continue;
        /* A word glued before the verb ("wire tap") makes it a verb phrase, not a noun. */
        if ((looks_nominal(v, s, i, f->form, p->wide) && !(p->npre && p->pre[p->npre - 1].glued)) ||
            completes_noun(s, i))
            continue;
        c->i = i;
        c->p = p;
        c->form = f->form;
        memcpy(c->code, p->cameo, sizeof c->code);
        c->info = p->info;
        c->flags = 0;
        c->tgt_hint = NULL;
        c->mutual = 0;
        return 1;
    }
    return 0;
}

/* A verb whose token lies inside the words of another candidate's pattern ("indicated"
 * in "indicated it should have acted") is part of that phrase, not an event of its own. */
static int consumed(const candidate *c, size_t n, size_t x)
{
    for (size_t y = 0; y < n; y++)
        if (y != x && c[y].pm.start <= c[x].i && c[x].i < c[y].pm.end) return 1;
    return 0;
}

size_t tc_code_sentence(const tc_verbs *v, const tc_cameo_table *cameo, const tc_text *t,
                        uint32_t sent, const tc_mention *m, size_t nm, tc_arena *a, tc_event **out,
                        size_t *nout, size_t *cap)
{
    const tc_sentence *st = &t->sents[sent];
    sentence_ctx s = {v, t, st->tok0, st->tok0 + st->ntok, m, nm};
    sink k = {a, out, nout, cap, 0, cameo};
    if (nm < 2) return 0;
    candidate *c = NULL;
    size_t nc = 0, ccap = 0;
    for (uint32_t i = s.lo; i < s.hi; i++) {
        candidate one;
        if (!find_pattern(v, &s, i, &one)) continue;
        if (nc == ccap) c = tc_arena_grow(a, c, &ccap, sizeof *c);
        c[nc++] = one;
    }
    govern(&s, cameo, c, nc);
    for (size_t x = 0; x < nc; x++)
        if (!consumed(c, nc, x)) code_verb(&k, &s, sent, &c[x]);
    return k.added;
}

void tc_event_id(uint64_t article_hash, const tc_event *e, char out[17])
{
    char buf[160];
    int n = snprintf(buf, sizeof buf, "%016llx|%u|%s|%s|%s|%u", (unsigned long long)article_hash,
                     e->sent, e->src.code, e->tgt.code, e->cameo, e->verb.off);
    tc_hash_hex(tc_hash64(buf, (size_t)n, 0x7463), out);
}
