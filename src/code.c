/* code: CAMEO events from the dependency parse of a sentence.
 *
 * A sentence with an actor and a word of the verb dictionary is parsed (parse.h) and cut into
 * frames (frame.h): a predicate with its subjects, objects, obliques and passive agents. Each
 * verbal predicate is looked up in the pattern dictionary (verbs.h) by its form and lemma; a
 * pattern's words must lie in the predicate's own phrase (its subtree without the clauses
 * hanging from it), in order. Then, in table-driven passes:
 *  1. government: a predicate under an appeal, demand, promise, threat, refusal or denial
 *     ("called on X to lift", "refused to withdraw", "denied that its troops attacked X") is
 *     flagged (asked for, promised, refused, not done) and refines the governing code (0256,
 *     1246, 1381 ...); under "plans to", "is to", "is expected to" or "will" a cooperative act
 *     becomes the intent to do it (03x) and any other act is flagged hypothetical;
 *  2. reported speech: under "X said", "X claimed" or "according to X" the event keeps its own
 *     actors and X is its reporter;
 *  3. roles: the source is the subject (the agent of a passive), the target the object, else
 *     the oblique the pattern names or one of the target prepositions; a list gives one event
 *     per member; an apposition is the same actor; a mutual verb with a compound subject and no
 *     target gives each direction; protests, force posture and attacks may have no target;
 *  4. time: a date expression on the predicate (when.h) dates the event; one well before the
 *     article is flagged past.
 * Negated, hypothetical and conditional events are produced with a flag, not dropped. */
#include "code.h"

#include "frame.h"
#include "hash.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NO_MENTION (-1)

/* What a predicate's pattern matched. */
typedef struct {
    const tc_vpattern *p; /* NULL: no pattern */
    char code[8];
    const tc_cameo *info;
    unsigned flags;
    uint32_t first, last;    /* words of the match (first and last) */
    uint32_t src_lo, src_hi; /* words a "$" marker covers (lo == hi: none) */
    uint32_t tgt_lo, tgt_hi; /* words a "+" marker covers */
    int32_t hint[4];         /* targets given by the clause it governs */
    uint8_t nhint;
    int32_t reporter;       /* who reports it, or NO_MENTION */
    int mutual;             /* governs a mutual verb */
    int consumed;           /* a word of another predicate's pattern */
    const char *final_prep; /* the pattern's last word when a preposition */
} fmatch;

typedef struct {
    const tc_coder *c;
    const tc_text *t;
    uint32_t sent, lo;
    const tc_mention *m;
    size_t nm;
    tc_tree tr;
    uint32_t *first, *kids; /* children of word i: kids[first[i] .. first[i + 1]) */
    int32_t *ment;          /* word -> mention covering it, NO_MENTION */
    int32_t *frame_of;      /* word -> frame, -1 */
    tc_frame *fr;
    fmatch *fm;
    size_t nfr;
    uint8_t *in_phrase; /* scratch: words of the phrase being matched */
    uint32_t *seq;      /* scratch: those words in order */
    uint32_t *all;      /* every word: 0, 1, 2 ... */
    tc_when *when;
    size_t nwhen;
    tc_arena *a;
    tc_event **out;
    size_t *nout, *cap, added;
    tc_mention *extra; /* mentions made here (state + agent), in the arena */
    const char *where; /* the one state the sentence says things happen in ("in Kenya"): its
                          code, or NULL */
    const char *where_name;
    int where_article; /* where is the article's place: it places sources only */
    int sourcing;      /* sources() is asking */
    int forcing;       /* targets of force are asked (roots 18-20) */
    int agents_only;   /* the sentence names no state or organisation, only agents of none */
    tc_place *pl;      /* the sentence's places (place.h) */
    size_t npl;
    size_t nextra;
} sctx;

static const char *norm_of(const sctx *s, uint32_t w)
{
    return s->t->toks[s->lo + w].norm;
}

static int in_words(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (**list == *w && strcmp(*list, w) == 0) return 1;
    return 0;
}

static int lemma_in(const sctx *s, uint32_t w, const char *const *list)
{
    return in_words(s->tr.w[w].lemma, list);
}

static int usable(const tc_mention *m)
{
    return m->code[0] && m->code[0] != '-';
}

static int rel_of(const sctx *s, uint32_t w)
{
    return s->tr.w[w].rel;
}

static uint32_t head_of(const sctx *s, uint32_t w)
{
    return s->tr.w[w].head ? s->tr.w[w].head - 1u : w;
}

/* ---- setup ---- */

static void index_tree(sctx *s)
{
    uint32_t n = s->tr.n;
    tc_tree_children(&s->tr, s->a, &s->first, &s->kids);
    s->ment = tc_arena_alloc(s->a, (n ? n : 1) * sizeof *s->ment);
    for (uint32_t i = 0; i < n; i++) s->ment[i] = NO_MENTION;
    for (size_t k = 0; k < s->nm; k++)
        for (uint32_t x = 0; x < s->m[k].ntok; x++) {
            uint32_t w = s->m[k].tok0 + x - s->lo;
            if (w < n) s->ment[w] = (int32_t)k;
        }
    s->in_phrase = tc_arena_calloc(s->a, n ? n : 1, 1);
    s->seq = tc_arena_alloc(s->a, (n ? n : 1) * sizeof *s->seq);
    s->all = tc_arena_alloc(s->a, (n ? n : 1) * sizeof *s->all);
    for (uint32_t i = 0; i < n; i++) s->all[i] = i;
    s->extra = tc_arena_alloc(s->a, 2 * (n ? n : 1) * sizeof *s->extra);
}

/* ---- the actor of an argument ---- */

static const tc_mention *mention_at(const sctx *s, int32_t k)
{
    return k == NO_MENTION ? NULL : k < (int32_t)s->nm ? &s->m[k] : &s->extra[k - s->nm];
}

/* Relations inside a noun phrase that may hold the actor its head stands for: "the Iranian
 * foreign minister", "Russia's army", "officials of Iran", "the leader, Mr X". */
static int names_owner(int r)
{
    return r == TC_REL_COMPOUND || r == TC_REL_AMOD || r == TC_REL_NMOD_POSS || r == TC_REL_FLAT ||
           r == TC_REL_APPOS || r == TC_REL_NMOD || r == TC_REL_NMOD_DESC;
}

static const char *const owner_preps[] = {"of", "from", "in", "for", NULL};

/* Is w a noun for people, their acts, words, plans or land ("officials", "the army", "the
 * offensive", "the U.S. proposal", "Ukrainian cities") rather than a thing or an occasion ("a
 * United States military plane", "the Singapore summit")? Unknown to WordNet: yes. */
static int people_noun(const sctx *s, uint32_t w)
{
    if (!s->c->wordnet || s->tr.w[w].upos == TC_UPOS_PROPN) return 1;
    const char *l = s->tr.w[w].lemma;
    int first;
    uint64_t all;
    if (!tc_wordnet_lookup(s->c->wordnet, l, strlen(l), 'n', &first, &all)) return 1;
    const char *name = tc_wordnet_class_name(first);
    return name && (!strcmp(name, "noun.person") || !strcmp(name, "noun.group") ||
                    !strcmp(name, "noun.act") || !strcmp(name, "noun.location") ||
                    !strcmp(name, "noun.communication") || !strcmp(name, "noun.cognition"));
}

/* Is w a weapon or vehicle that can act ("missiles struck", "a police helicopter attacked")? */
static int instrument_noun(const sctx *s, uint32_t w)
{
    static const char *const kinds[] = {
        "weapon", "missile",    "rocket",    "bomb",  "aircraft", "warplane", "jet",
        "drone",  "helicopter", "gunship",   "tank",  "warship",  "gunboat",  "artillery",
        "mortar", "shell",      "airstrike", "plane", "fighter",  "bomber",   NULL};
    return lemma_in(s, w, kinds);
}

/* An agent with no state ("officials", "the army") and a state named inside its phrase
 * ("of Iran", "Iranian"): the state's agent, made here. */
static int32_t agent_of(sctx *s, const tc_mention *agent, const char *state, int len,
                        const char *name)
{
    if (strlen(state) < 3 || !strncmp(state, "---", 3) || s->nextra >= 2 * (size_t)s->tr.n)
        return NO_MENTION;
    tc_mention *x = &s->extra[s->nextra];
    *x = *agent;
    snprintf(x->code, sizeof x->code, "%.*s%s", len, state, agent->code + 3);
    x->name = name;
    return (int32_t)(s->nm + s->nextra++);
}

static int32_t agent_of_state(sctx *s, const tc_mention *agent, const char *state, const char *name)
{
    return agent_of(s, agent, state, 3, name);
}

static int is_agent(const tc_mention *m)
{
    return m && !strncmp(m->code, "---", 3);
}

/* The mention standing for the phrase headed by w: the one covering w, else one in its
 * owner relations (depth levels down), nearest first; *where: the word it was found at. */
/* Nouns naming who asked ("at Armenia's request") and quantities ("tens of thousands of X"). */
static const char *const behest[] = {"request", "invitation", "behest",     "initiative",
                                     "urging",  "suggestion", "insistence", NULL};
static const char *const quantities[] = {"ten",   "hundred", "thousand", "million", "dozen",
                                         "score", "number",  "group",    "crowd",   NULL};

/* People defined by whom they oppose or suffer from: "opponents of the government" are not
 * the government. */
static const char *const opposers[] = {"opponent",  "critic", "rival",      "enemy",     "foe",
                                       "adversary", "victim", "opposition", "detractor", NULL};

static const char *const dissenters[] = {"opponent", "critic", "detractor", NULL};

static int32_t arg_mention_at(sctx *s, uint32_t w, int depth, uint32_t *where)
{
    int32_t k = s->ment[w];
    const tc_mention *at = mention_at(s, k);
    *where = w;
    if (at && usable(at)) return k;
    if (lemma_in(s, w, behest)) return NO_MENTION;
    if (lemma_in(s, w, quantities)) depth++;
    if (depth == 0) return NO_MENTION;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        if (!names_owner(r) || (s->ment[c] == k && k != NO_MENTION)) continue;
        /* "the Paris stock exchange", "the Singapore summit": a name modifying a thing; but
           "Syrian government missiles struck": a weapon or vehicle that acts is its owner */
        if ((r == TC_REL_COMPOUND || r == TC_REL_AMOD) && !people_noun(s, w) &&
            !(s->sourcing && instrument_noun(s, w)))
            continue;
        if (r == TC_REL_NMOD && lemma_in(s, w, opposers)) { /* "opponents of X" */
            uint32_t gw;
            int32_t g = lemma_in(s, w, dissenters) ? arg_mention_at(s, c, 1, &gw) : NO_MENTION;
            const tc_mention *gm = mention_at(s, g);
            if (gm && strlen(gm->code) >= 3 && strncmp(gm->code, "---", 3) &&
                (strlen(gm->code) == 3 || !strncmp(gm->code + 3, "GOV", 3))) {
                tc_mention opp = *gm; /* the opponents of a government: its opposition */
                snprintf(opp.code, sizeof opp.code, "---OPP");
                int32_t o = agent_of(s, &opp, gm->code, 3, gm->name);
                if (o != NO_MENTION) return o;
            }
            continue;
        }
        if (r == TC_REL_NMOD) {
            const char *prep = NULL;
            for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
                if (rel_of(s, s->kids[j]) == TC_REL_CASE) prep = norm_of(s, s->kids[j]);
            /* "officials in Tehran", but not "talks in Washington" */
            if (!prep || !in_words(prep, owner_preps) ||
                (!people_noun(s, w) && !lemma_in(s, w, quantities)) ||
                (!strcmp(prep, "in") && !is_agent(at)))
                continue;
        }
        int32_t got = arg_mention_at(s, c, depth - 1, where);
        if (got == NO_MENTION) continue;
        const tc_mention *g = mention_at(s, got);
        if (is_agent(at)) {
            int32_t both = agent_of_state(s, at, g->code, g->name);
            if (both != NO_MENTION) return both;
        }
        return got;
    }
    *where = w;
    /* "police fired tear gas at protesters in Nairobi": agents of no state are the state's
       the sentence places them in, when it names one */
    if (is_agent(at) && s->where && (!s->where_article || s->sourcing || s->forcing))
        return agent_of_state(s, at, s->where, s->where_name);
    return NO_MENTION;
}

static int32_t arg_mention(sctx *s, uint32_t w, int depth)
{
    uint32_t where;
    return arg_mention_at(s, w, depth, &where);
}

/* A member of a list that shares the sector of the phrase it is in: "the ambassadors of A, B
 * and C" gives B's and C's ambassadors; a bare state beside "---GOV" or "AGOV" takes GOV. */
static int32_t share_sector(sctx *s, const tc_mention *with, int32_t k)
{
    const tc_mention *m = mention_at(s, k);
    if (!with || strlen(m->code) != 3) return k;
    size_t wl = strlen(with->code);
    if (wl < 6 || wl > 6 + 9) return k;
    int32_t both = agent_of_state(s, with, m->code, m->name);
    return both != NO_MENTION ? both : k;
}

static size_t add_actor(int32_t *out, size_t n, size_t max, int32_t k)
{
    for (size_t i = 0; i < n; i++)
        if (out[i] == k) return n;
    if (n < max) out[n++] = k;
    return n;
}

/* The list members coordinated with word x (its conj children), each with its actor. */
static size_t members(sctx *s, uint32_t x, const tc_mention *with, int32_t *out, size_t n,
                      size_t max)
{
    for (uint32_t i = s->first[x]; i < s->first[x + 1]; i++) {
        uint32_t c = s->kids[i], y;
        if (rel_of(s, c) != TC_REL_CONJ) continue;
        int32_t kc = arg_mention_at(s, c, 1, &y);
        if (kc != NO_MENTION) n = add_actor(out, n, max, share_sector(s, with, kc));
    }
    return n;
}

/* The mentions of the phrase headed by w: arg_mention's, and one for each member of a list
 * in it ("ties with A, B and C", "the ambassadors of A, B and C" gives the ambassadors of
 * each, "Serbian, Hungarian and Slovak ministers" the ministers of each); with own_list, the
 * members of a list w itself heads too. */
static size_t phrase_actors(sctx *s, uint32_t w, int own_list, int32_t *out, size_t max)
{
    uint32_t where;
    int32_t k = arg_mention_at(s, w, 2, &where);
    if (k == NO_MENTION || !max) return 0;
    size_t n = 0;
    out[n++] = k;
    const tc_mention *km = mention_at(s, k);
    if (where != w || own_list) n = members(s, where, km, out, n, max);
    if (where != w) return n;
    /* lists inside the mention's own words, and coordinated modifiers beside it */
    for (uint32_t x = 0; x < s->tr.n; x++) {
        if (x == w) continue;
        int in_mention = s->ment[x] == s->ment[w] && s->ment[w] != NO_MENTION;
        int r = rel_of(s, x);
        int modifier = head_of(s, x) == w && (r == TC_REL_AMOD || r == TC_REL_COMPOUND) &&
                       s->ment[x] != NO_MENTION && usable(&s->m[s->ment[x]]);
        if (modifier) n = add_actor(out, n, max, share_sector(s, km, s->ment[x]));
        if (in_mention || modifier) n = members(s, x, km, out, n, max);
    }
    return n;
}

/* ---- patterns ---- */

/* Dependents whose subtree is a clause of its own, not part of the predicate's phrase. */
static int own_clause(const sctx *s, uint32_t c)
{
    int r = rel_of(s, c);
    if (r == TC_REL_CCOMP || r == TC_REL_CSUBJ || r == TC_REL_CSUBJ_PASS || r == TC_REL_ADVCL ||
        r == TC_REL_PARATAXIS || r == TC_REL_ACL_RELCL || r == TC_REL_ADVCL_RELCL ||
        r == TC_REL_LIST || r == TC_REL_DISLOCATED || r == TC_REL_ACL)
        return 1;
    return r == TC_REL_CONJ && s->frame_of[c] >= 0;
}

static void mark_phrase(sctx *s, uint32_t w)
{
    s->in_phrase[w] = 1;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++)
        if (!own_clause(s, s->kids[i])) mark_phrase(s, s->kids[i]);
}

/* The predicate's phrase in word order into s->seq; its length; *at: where p is. */
static uint32_t phrase_of(sctx *s, uint32_t p, uint32_t *at)
{
    memset(s->in_phrase, 0, s->tr.n);
    mark_phrase(s, p);
    uint32_t n = 0;
    for (uint32_t w = 0; w < s->tr.n; w++)
        if (s->in_phrase[w]) {
            if (w == p) *at = n;
            s->seq[n++] = w;
        }
    return n;
}

static int word_is(const sctx *s, uint32_t w, const char *word)
{
    return strcmp(norm_of(s, w), word) == 0;
}

/* Matches p's words around position at of seq[0..n): before it backwards, after it forwards;
 * glued words must be adjacent in the text, others within the pattern's gap. */
static int match_words(const sctx *s, const tc_vpattern *p, uint32_t n, uint32_t at, fmatch *m)
{
    uint32_t pos = at;
    int pending = -1;
    uint32_t mark = at;
    for (int k = p->npre; k-- > 0;) {
        const tc_pelem *e = &p->pre[k];
        if (e->kind == TC_EL_SKIP) continue;
        if (e->kind != TC_EL_WORD) {
            pending = e->kind, mark = pos;
            continue;
        }
        uint32_t j = pos;
        int glued = e->glued && pending < 0;
        while (j > 0 && !word_is(s, s->seq[j - 1], e->w) && !glued && pos - j < p->gap) j--;
        if (j == 0 || !word_is(s, s->seq[j - 1], e->w)) return 0;
        if (glued && s->seq[pos] != s->seq[j - 1] + 1) return 0;
        j--;
        if (pending == TC_EL_SRC || pending == TC_EL_COMP)
            m->src_lo = s->seq[j] + 1, m->src_hi = s->seq[mark];
        if (pending == TC_EL_TGT) m->tgt_lo = s->seq[j] + 1, m->tgt_hi = s->seq[mark];
        pending = -1;
        pos = j;
    }
    if (pending == TC_EL_SRC || pending == TC_EL_COMP)
        m->src_lo = s->seq[0], m->src_hi = s->seq[mark];
    m->first = s->seq[pos];
    pos = at + 1;
    pending = -1;
    mark = pos;
    for (int k = 0; k < p->npost; k++) {
        const tc_pelem *e = &p->post[k];
        if (e->kind == TC_EL_SKIP) continue;
        if (e->kind != TC_EL_WORD) {
            pending = e->kind, mark = pos;
            continue;
        }
        uint32_t j = pos;
        int glued = e->glued && pending < 0;
        uint32_t reach = glued ? pos : pos + p->gap;
        while (j < n && j <= reach && !word_is(s, s->seq[j], e->w)) j++;
        if (j >= n || j > reach) return 0;
        if (glued && s->seq[j] != s->seq[pos - 1] + 1) return 0;
        if (mark < n && pending == TC_EL_TGT) m->tgt_lo = s->seq[mark], m->tgt_hi = s->seq[j];
        if (mark < n && pending == TC_EL_SRC) m->src_lo = s->seq[mark], m->src_hi = s->seq[j];
        pending = -1;
        pos = j + 1;
    }
    if (pending >= 0 && mark < n) {
        if (pending == TC_EL_SRC)
            m->src_lo = s->seq[mark], m->src_hi = s->seq[n - 1] + 1;
        else
            m->tgt_lo = s->seq[mark], m->tgt_hi = s->seq[n - 1] + 1;
    }
    m->last = s->seq[pos - 1];
    return 1;
}

static const char *const prepositions[] = {
    "to",      "on",   "with",   "against", "at",   "into",   "onto",    "upon", "toward",
    "towards", "from", "for",    "of",      "in",   "over",   "between", "by",   "about",
    "across",  "near", "around", "through", "amid", "within", "among",   NULL};

/* The first of the patterns vf whose verb is word v (at position at of the phrase s->seq[0..n),
 * or outside it: at == n) matches; with glued, only those whose word glued before the verb is
 * glued ("wire tap": the parse may make "wire" the verb). */
static int try_patterns(sctx *s, fmatch *m, const tc_vform *vf, uint32_t v, uint32_t n, uint32_t at,
                        const char *glued)
{
    uint32_t *phrase = s->seq;
    for (; vf; vf = vf->next) {
        const tc_vpattern *pat = tc_verbs_pattern(s->c->verbs, vf->pattern);
        if (glued && (!pat->npre || pat->pre[pat->npre - 1].kind != TC_EL_WORD ||
                      !pat->pre[pat->npre - 1].glued || strcmp(pat->pre[pat->npre - 1].w, glued)))
            continue;
        fmatch try = {.reporter = NO_MENTION};
        /* PETRARCH's and TABARI's patterns span the sentence, as their coders read them */
        int wide = pat->wide || at == n;
        s->seq = wide ? s->all : phrase;
        int ok = wide ? match_words(s, pat, s->tr.n, v, &try) : match_words(s, pat, n, at, &try);
        s->seq = phrase;
        if (!ok) continue;
        *m = try;
        m->p = pat;
        memcpy(m->code, pat->cameo, sizeof m->code);
        m->info = pat->info;
        for (int k = pat->npost; k-- > 0;)
            if (pat->post[k].kind == TC_EL_WORD) {
                if (in_words(pat->post[k].w, prepositions)) m->final_prep = pat->post[k].w;
                break;
            }
        return 1;
    }
    return 0;
}

static void find_pattern(sctx *s, size_t f)
{
    uint32_t p = s->fr[f].pred;
    const tc_word *w = &s->tr.w[p];
    fmatch *m = &s->fm[f];
    m->reporter = NO_MENTION;
    if (w->upos != TC_UPOS_VERB) return;
    const tc_token *tok = &s->t->toks[s->lo + p];
    const tc_vform *vf = tc_verbs_lookup(s->c->verbs, tok->norm, tok->nlen);
    if (!vf) vf = tc_verbs_lookup(s->c->verbs, w->lemma, strlen(w->lemma));
    uint32_t at = 0, n = phrase_of(s, p, &at);
    if (vf && try_patterns(s, m, vf, p, n, at, NULL)) return;
    if (p + 1 >= s->tr.n || at + 1 >= n || s->seq[at + 1] != p + 1) return;
    const tc_token *next = &s->t->toks[s->lo + p + 1];
    vf = tc_verbs_lookup(s->c->verbs, next->norm, next->nlen);
    if (vf) try_patterns(s, m, vf, p + 1, n, at + 1, tok->norm);
}

/* A predicate whose word is one of another predicate's pattern words ("indicated" in
 * "indicated it should have acted") is part of that phrase. */
static void mark_consumed(sctx *s)
{
    for (size_t f = 0; f < s->nfr; f++) {
        if (!s->fm[f].p) continue;
        for (size_t g = 0; g < s->nfr; g++) {
            uint32_t q = s->fr[g].pred;
            if (g != f && s->fm[g].p && q >= s->fm[f].first && q <= s->fm[f].last &&
                s->fm[f].first != s->fm[f].last && q != s->fr[f].pred)
                s->fm[g].consumed = 1;
        }
    }
}

/* ---- government ---- */

/* Verbs that govern an infinitive or a that-clause ("called on X to open", "threatened to
 * blockade", "refused to withdraw", "demanded that X lift", "denied that its troops had
 * attacked X"): by the governing code (a prefix), the flag the governed event takes (it was
 * asked for, promised, threatened, refused or denied, not done); when the governing code is
 * the generic one, a finer code chosen by the governed code (refined_exact) or its root; and
 * for a governed clause with a subject of its own, who the governing event's target is when it
 * has none: the clause's subject (HINT_SOURCE: "demanded that Azerbaijan lift") or its target
 * (HINT_TARGET: "denied that its troops attacked Armenia"). */
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
    /* what someone is accused of is alleged, not done: "accused X of shelling Y" */
    {"112",
     TC_EV_HYPOTHETICAL,
     "112",
     HINT_TARGET,
     {[17] = "1122", [18] = "1123", [19] = "1123", [20] = "1124"}},
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
/* The intent to do a cooperative act that is planned or announced ("will provide aid"). */
static const governor intent = {"03",
                                TC_EV_HYPOTHETICAL,
                                "030",
                                HINT_NONE,
                                {[4] = "036", [5] = "030", [6] = "031", [7] = "033", [8] = "035"}};

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

static int code_root(const char *code)
{
    if (!isdigit((unsigned char)code[0]) || !isdigit((unsigned char)code[1])) return 0;
    return (code[0] - '0') * 10 + (code[1] - '0');
}

/* The finer code g gives content; NULL when none. */
static const char *refined(const governor *g, const char *content)
{
    for (size_t r = 0; r < sizeof refined_exact / sizeof *refined_exact; r++)
        if (!strncmp(refined_exact[r][0], g->root, 2) && !strcmp(refined_exact[r][1], content))
            return refined_exact[r][2];
    int root = code_root(content);
    return root >= 1 && root <= 20 ? g->by_root[root] : NULL;
}

static void set_code(const sctx *s, fmatch *m, const char *code)
{
    const tc_cameo *info = code && s->c->cameo ? tc_cameo_get(s->c->cameo, code) : NULL;
    if (!info) return;
    snprintf(m->code, sizeof m->code, "%s", code);
    m->info = info;
}

/* Words over an infinitive that make it a plan, not a deed ("plans to visit", "is to visit",
 * "is expected to sign", "wants to join", "failed to stop" is a failure, kept apart). */
static const char *const planners[] = {
    "plan",   "intend",  "aim",  "prepare", "expect",   "be",       "want",     "hope",   "seek",
    "try",    "attempt", "wish", "set",     "due",      "likely",   "go",       "decide", "vow",
    "pledge", "propose", "mean", "agree",   "promise",  "consider", "offer",    "ready",  "willing",
    "able",   "need",    "have", "ought",   "schedule", "move",     "hesitate", NULL};
/* Verbs over an infinitive that assert it ("began to withdraw", "managed to cross"). */
static const char *const aspects[] = {"begin", "start", "continue", "resume", "manage", "proceed",
                                      "go",    "come",  "use",      "help",   NULL};
static const char *const failures[] = {"fail", "refuse", "decline", "reject", "cease", "stop",
                                       "halt", "avoid",  "neglect", "forget", "quit",  NULL};
static const char *const conditions[] = {"if", "unless", "whether", "lest", NULL};

static int32_t first_arg_mention(sctx *s, const tc_frame_arg *args, int n);
static size_t arg_mentions(sctx *s, const tc_frame_arg *args, int n, int32_t *out, size_t max);
static size_t targets(sctx *s, size_t f, int32_t *out, size_t max);

/* A governed predicate under a coded governor: flag it and refine the governor. */
static void govern_pair(sctx *s, size_t f, size_t g)
{
    fmatch *x = &s->fm[f], *y = &s->fm[g];
    const governor *gv = governor_of(y->code);
    if (!gv || y->p->nocode) return;
    x->flags |= gv->flag;
    if (!strcmp(y->code, gv->generic) && x->p && !x->p->nocode)
        set_code(s, y, refined(gv, x->code));
    if (x->p) y->mutual |= x->p->mutual;
    /* a governor with no target of its own takes the one of what it governs: "threatened to
       blockade X", "demanded that X withdraw" (its subject), "denied that its troops attacked X" */
    if (gv->hint == HINT_SOURCE && !(s->fr[f].flags & TC_FR_SUBJ_SHARED))
        y->nhint = (uint8_t)arg_mentions(s, s->fr[f].subj, s->fr[f].nsubj, y->hint, 4);
    if (!y->nhint && x->p) y->nhint = (uint8_t)targets(s, f, y->hint, 4);
}

/* Does the sentence hold a condition ("if", "unless")? */
static int conditional(const sctx *s)
{
    for (uint32_t w = 0; w < s->tr.n; w++)
        if (in_words(norm_of(s, w), conditions)) return 1;
    return 0;
}

/* "would" with no condition in the sentence is the future seen from the past ("said it would
 * recognize X", "would hold talks next month"), not a hypothesis. */
static int reported_future(const sctx *s, const tc_frame *fr)
{
    return (fr->flags & TC_FR_MODAL) && fr->aux != TC_FRAME_NONE && word_is(s, fr->aux, "would") &&
           !conditional(s);
}

static int is_future(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    if (fr->flags & TC_FR_FUTURE || reported_future(s, fr)) return 1;
    if (fr->gov_rel != TC_REL_XCOMP || fr->gov == TC_FRAME_NONE) return 0;
    return lemma_in(s, fr->gov, planners) &&
           !(s->frame_of[fr->gov] >= 0 && s->fm[s->frame_of[fr->gov]].p &&
             governor_of(s->fm[s->frame_of[fr->gov]].code));
}

/* "Neither A nor B recognized", "no country recognized". */
static int negated_subject(const sctx *s, const tc_frame *fr)
{
    for (int i = 0; i < fr->nsubj; i++) {
        uint32_t w = fr->subj[i].word;
        for (uint32_t k = s->first[w]; k < s->first[w + 1]; k++) {
            uint32_t c = s->kids[k];
            if ((rel_of(s, c) == TC_REL_CC_PRECONJ && word_is(s, c, "neither")) ||
                (rel_of(s, c) == TC_REL_DET && word_is(s, c, "no")))
                return 1;
        }
    }
    return 0;
}

/* Mood, tense and negation of one coded predicate. */
/* Words that allege an act ("suspected of", "charged with", "wanted for"). */
static const char *const allegers[] = {"suspect", "suspected", "accuse",    "accused", "charge",
                                       "convict", "allege",    "alleged",   "wanted",  "wanted",
                                       "indict",  "blame",     "arrest",    "detain",  "sentence",
                                       "jail",    "try",       "prosecute", "guilty",  NULL};

static const char *const earlier[] = {"before", "previously", "formerly", "once", NULL};

static void mood(sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    fmatch *m = &s->fm[f];
    if (fr->flags & TC_FR_NEGATED) m->flags |= TC_EV_NEGATED;
    if ((fr->flags & TC_FR_MODAL) && !reported_future(s, fr)) m->flags |= TC_EV_HYPOTHETICAL;
    /* "Russia's plans to attack", "efforts to stop": an infinitive describing a noun; "sent
       troops to secure the border": an infinitive of purpose */
    if ((fr->gov_rel == TC_REL_ACL || fr->gov_rel == TC_REL_ADVCL) && fr->mark != TC_FRAME_NONE &&
        word_is(s, fr->mark, "to"))
        m->flags |= TC_EV_HYPOTHETICAL;
    if (negated_subject(s, fr)) m->flags |= TC_EV_NEGATED;
    /* "have boarded foreign boats before", "had previously detained": a past act, not news */
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_ADVMOD && lemma_in(s, s->kids[i], earlier))
            m->flags |= TC_EV_PAST;
    /* "a man suspected of shooting three people", "charged with plotting attacks": the act
       is alleged by someone else, not reported as done (an accusation's own frame codes it) */
    if (fr->mark != TC_FRAME_NONE && fr->gov != TC_FRAME_NONE &&
        (word_is(s, fr->mark, "of") || word_is(s, fr->mark, "with") ||
         word_is(s, fr->mark, "for")) &&
        lemma_in(s, fr->gov, allegers) &&
        !(s->frame_of[fr->gov] >= 0 && s->fm[s->frame_of[fr->gov]].p))
        m->flags |= TC_EV_HYPOTHETICAL;
    if (fr->mark != TC_FRAME_NONE && lemma_in(s, fr->mark, conditions))
        m->flags |= TC_EV_HYPOTHETICAL;
    if (fr->gov_rel == TC_REL_XCOMP && fr->gov != TC_FRAME_NONE && lemma_in(s, fr->gov, failures) &&
        !(s->frame_of[fr->gov] >= 0 && s->fm[s->frame_of[fr->gov]].p))
        m->flags |= TC_EV_NEGATED;
    /* "pressed X to open the corridor", "wants X to leave": an infinitive under a verb that
       is no event of its own is asked or wished for, not done */
    if (fr->gov_rel == TC_REL_XCOMP && fr->mark != TC_FRAME_NONE && word_is(s, fr->mark, "to") &&
        !lemma_in(s, fr->gov, aspects) && !lemma_in(s, fr->gov, planners) &&
        !(s->frame_of[fr->gov] >= 0 && s->fm[s->frame_of[fr->gov]].p))
        m->flags |= TC_EV_HYPOTHETICAL;
    if (!is_future(s, f)) return;
    int root = code_root(m->code);
    /* "will not lift the embargo", "won't accept refugees": a refusal */
    if ((m->flags & TC_EV_NEGATED) && root >= 3 && root <= 8) {
        const char *no = refined(governor_of("120"), m->code);
        if (no && s->c->cameo && tc_cameo_get(s->c->cameo, no)) {
            set_code(s, m, no);
            m->flags &= ~(unsigned)TC_EV_NEGATED;
        }
        return;
    }
    const char *to = root >= 4 && root <= 8 ? refined(&intent, m->code) : NULL;
    if (to && s->c->cameo && tc_cameo_get(s->c->cameo, to))
        set_code(s, m, to);
    else
        m->flags |= TC_EV_HYPOTHETICAL;
}

/* Does the pattern itself name a negation or a modal ("not * clash", "will * bargain")? Then
 * its code already says what they mean. */
static int mood_in_pattern(const tc_vpattern *p)
{
    static const char *const moods[] = {"not", "n't", "never", "no",    "will",   "would", "could",
                                        "can", "may", "might", "shall", "should", "must",  NULL};
    for (int k = 0; k < p->npre; k++)
        if (p->pre[k].kind == TC_EL_WORD && in_words(p->pre[k].w, moods)) return 1;
    for (int k = 0; k < p->npost; k++)
        if (p->post[k].kind == TC_EL_WORD && in_words(p->post[k].w, moods)) return 1;
    return 0;
}

static void govern(sctx *s)
{
    for (size_t f = 0; f < s->nfr; f++)
        if (s->fm[f].p && !(s->c->conventions & TC_CODE_PETRARCH) && !mood_in_pattern(s->fm[f].p))
            mood(s, f);
    for (size_t f = 0; f < s->nfr; f++) {
        const tc_frame *fr = &s->fr[f];
        if (!s->fm[f].p || fr->gov == TC_FRAME_NONE) continue;
        int r = fr->gov_rel;
        if (r != TC_REL_XCOMP && r != TC_REL_CCOMP && r != TC_REL_ADVCL && r != TC_REL_ACL)
            continue;
        int32_t g = s->frame_of[fr->gov];
        if (g < 0 || !s->fm[g].p) continue;
        /* "accused X of attacking Y": an act told by a verbal event is not asserted */
        if (r == TC_REL_ADVCL && !governor_of(s->fm[g].code)) {
            if (code_root(s->fm[g].code) >= 1 && code_root(s->fm[g].code) <= 13 &&
                fr->mark != TC_FRAME_NONE)
                s->fm[f].flags |= TC_EV_REPORTED;
            continue;
        }
        /* "pressured X to open", "helped X to rebuild": what an act aims at is not done */
        if (r == TC_REL_XCOMP && !governor_of(s->fm[g].code) && fr->mark != TC_FRAME_NONE &&
            word_is(s, fr->mark, "to") && !lemma_in(s, fr->gov, aspects))
            s->fm[f].flags |= TC_EV_HYPOTHETICAL;
        govern_pair(s, f, (size_t)g);
    }
}

/* ---- reported speech ---- */

static const char *const speech[] = {
    "say",      "tell",   "claim",    "state",       "report",  "add",      "allege",  "insist",
    "confirm",  "note",   "write",    "tweet",       "post",    "believe",  "think",   "argue",
    "explain",  "stress", "quote",    "assert",      "suggest", "indicate", "contend", "maintain",
    "announce", "reveal", "disclose", "acknowledge", "admit",   "say",      NULL};

static int according(const sctx *s, uint32_t w)
{
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) == TC_REL_CASE && !strcmp(norm_of(s, c), "according")) return 1;
    }
    return 0;
}

/* Who reports predicate f's event: the subject of a speech verb it hangs from (through
 * ccomp or parataxis, and the clauses hanging from those), or X of "according to X" on it or on the
 * sentence's root. */
static int32_t reporter_of(sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    for (int i = 0; i < fr->nobl; i++)
        if (according(s, fr->obl[i].word)) return arg_mention(s, fr->obl[i].word, 2);
    uint32_t w = fr->pred;
    for (int hops = 0; hops < 4; hops++) {
        int r = rel_of(s, w);
        if (!s->tr.w[w].head || (r != TC_REL_CCOMP && r != TC_REL_PARATAXIS && r != TC_REL_ADVCL &&
                                 r != TC_REL_XCOMP && r != TC_REL_CONJ))
            break;
        uint32_t h = head_of(s, w);
        int32_t g = s->frame_of[h];
        if (g >= 0 && lemma_in(s, h, speech)) {
            const tc_frame *gf = &s->fr[g];
            for (int i = 0; i < gf->nobl; i++)
                if (according(s, gf->obl[i].word)) return arg_mention(s, gf->obl[i].word, 2);
            return first_arg_mention(s, gf->subj, gf->nsubj);
        }
        w = h;
    }
    return NO_MENTION;
}

/* ---- roles ---- */

static int32_t first_arg_mention(sctx *s, const tc_frame_arg *args, int n)
{
    for (int i = 0; i < n; i++) {
        int32_t k = arg_mention(s, args[i].word, 2);
        if (k != NO_MENTION) return k;
    }
    return NO_MENTION;
}

/* "Bree Prime Minister Romendacil": a state and its agent found in one phrase
 * (out[from .. to)) are one actor, the agent. Returns the new end. */
static size_t one_actor_each(sctx *s, int32_t *out, size_t from, size_t to)
{
    size_t kept = from;
    for (size_t i = from; i < to; i++) {
        const tc_mention *x = mention_at(s, out[i]);
        int covered = 0;
        for (size_t j = from; j < to && !covered; j++) {
            const tc_mention *y = mention_at(s, out[j]);
            covered = j != i && strlen(x->code) == 3 && strlen(y->code) > 3 &&
                      !strncmp(x->code, y->code, 3);
        }
        if (!covered) out[kept++] = out[i];
    }
    return kept;
}

/* The mentions of args (one per argument, a list giving several), at most max. */
static size_t arg_mentions(sctx *s, const tc_frame_arg *args, int n, int32_t *out, size_t max)
{
    size_t got = 0;
    for (int i = 0; i < n && got < max; i++) {
        if (according(s, args[i].word)) continue;
        got = one_actor_each(s, out, got,
                             got + phrase_actors(s, args[i].word, 0, out + got, max - got));
    }
    /* "Lawmakers and officials in A and B", "Danish media and government": an agent of the
       list with no state of its own serves each state the others name */
    size_t made = got;
    for (int i = 0; i < n; i++) {
        const tc_mention *agent = mention_at(s, s->ment[args[i].word]);
        if (!is_agent(agent)) continue;
        for (size_t j = 0; j < made && got < max; j++) {
            /* the other's actor without its sector: "Danish media and government" */
            const tc_mention *o = mention_at(s, out[j]);
            size_t ol = strlen(o->code);
            int len = ol >= 6 ? (int)ol - 3 : 3;
            if (!strcmp(o->code + len, agent->code + 3)) continue;
            int32_t both = agent_of(s, agent, o->code, len, o->name);
            if (both != NO_MENTION) out[got++] = both;
        }
    }
    return got;
}

/* Prepositions whose object can be the target of the verb ("sent aid to X", "imposed sanctions
 * on X", "fired at X"); "fought over X", "met in X" are not. */
static const char *const target_preps[] = {"to",   "with", "against", "on",      "into",
                                           "onto", "at",   "upon",    "toward",  "towards",
                                           "from", "for",  "of",      "between", NULL};

static int32_t mention_in(sctx *s, uint32_t lo, uint32_t hi)
{
    for (uint32_t w = lo; w < hi && w < s->tr.n; w++)
        if (s->ment[w] != NO_MENTION && usable(&s->m[s->ment[w]])) return s->ment[w];
    return NO_MENTION;
}

/* Obliques of w (and nmods of its objects and obliques: "imposed sanctions on X", "used it as
 * a weapon against X") with preposition prep (any
 * target preposition when NULL) after word from. */
static size_t oblique_mentions(sctx *s, const tc_frame *fr, const char *prep, uint32_t from,
                               int32_t *out, size_t max)
{
    size_t got = 0;
    for (int i = 0; i < fr->nobl && got < max; i++) {
        const tc_frame_arg *a = &fr->obl[i];
        if (a->prep == TC_FRAME_NONE || a->word < from) continue;
        const char *pw = norm_of(s, a->prep);
        if (prep ? strcmp(pw, prep) != 0 : !in_words(pw, target_preps)) continue;
        if (!prep && !strcmp(pw, "of")) continue;
        got += arg_mentions(s, a, 1, out + got, max - got);
    }
    for (int i = 0; i < fr->nobj + fr->nobl && got < max; i++) {
        uint32_t o = i < fr->nobj ? fr->obj[i].word : fr->obl[i - fr->nobj].word;
        for (uint32_t j = s->first[o]; j < s->first[o + 1] && got < max; j++) {
            uint32_t c = s->kids[j];
            if (rel_of(s, c) != TC_REL_NMOD || c < from) continue;
            const char *pw = NULL;
            for (uint32_t q = s->first[c]; q < s->first[c + 1]; q++)
                if (rel_of(s, s->kids[q]) == TC_REL_CASE) pw = norm_of(s, s->kids[q]);
            if (!pw ||
                (prep ? strcmp(pw, prep) != 0 : !in_words(pw, target_preps) || !strcmp(pw, "of")))
                continue;
            got += phrase_actors(s, c, 1, out + got, max - got);
        }
    }
    return got;
}

/* Is the mention at w a place where something happens ("talks in Washington", "in Sudan") or
 * who asked for it ("at Armenia's request")? */
static int locative(const sctx *s, uint32_t w)
{
    static const char *const where[] = {"in",     "at",         "near",   "outside", "inside",
                                        "across", "throughout", "within", "around",  NULL};
    uint32_t h = w;
    while (s->tr.w[h].head && s->ment[head_of(s, h)] == s->ment[w]) h = head_of(s, h);
    if (rel_of(s, h) == TC_REL_NMOD_POSS && lemma_in(s, head_of(s, h), behest)) return 1;
    for (uint32_t i = s->first[h]; i < s->first[h + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_CASE && in_words(norm_of(s, s->kids[i]), where))
            return 1;
    return 0;
}

/* The first actor of p's phrase after word after (not in a clause of its own nor under
 * another predicate, not the subject, not "according to", no place). */
static size_t deep_mention(sctx *s, uint32_t p, uint32_t after, int32_t *out, size_t max)
{
    uint32_t at = 0, n = phrase_of(s, p, &at);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t w = s->seq[i];
        if (w <= after || w <= p || s->ment[w] == NO_MENTION || !usable(&s->m[s->ment[w]]))
            continue;
        int r = rel_of(s, w), inner = 0;
        for (uint32_t h = head_of(s, w); h != p && s->tr.w[h].head; h = head_of(s, h))
            inner |= s->frame_of[h] >= 0 && s->fm[s->frame_of[h]].p; /* it codes its own */
        if (inner || according(s, head_of(s, w)) || locative(s, w) ||
            ((r == TC_REL_COMPOUND || r == TC_REL_AMOD) && !people_noun(s, head_of(s, w))))
            continue;
        return phrase_actors(s, w, 1, out, max);
    }
    return 0;
}

/* The actors of the objects, but not the source's own ("pulled its troops out of X",
 * "mobilized its army against X": the target is elsewhere). */
static size_t object_mentions(sctx *s, const tc_frame *fr, int32_t *out, size_t max)
{
    tc_frame_arg own[TC_FRAME_ARGS];
    int n = 0;
    for (int i = 0; i < fr->nobj; i++) {
        uint32_t o = fr->obj[i].word;
        int mine = 0;
        for (uint32_t k = s->first[o]; k < s->first[o + 1]; k++)
            mine |= rel_of(s, s->kids[k]) == TC_REL_NMOD_POSS &&
                    s->tr.w[s->kids[k]].upos == TC_UPOS_PRON;
        if (!mine) own[n++] = fr->obj[i];
    }
    return arg_mentions(s, own, n, out, max);
}

/* One past the last word of w's subtree. */
static uint32_t subtree_end(const sctx *s, uint32_t w)
{
    uint32_t end = w + 1;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t e = subtree_end(s, s->kids[i]);
        if (e > end) end = e;
    }
    return end;
}

/* The targets of predicate f: a "+" marker's actor; for a passive its subjects; else the
 * oblique the pattern ends on ("appeal to X"), the objects, or a target oblique. */
static size_t targets(sctx *s, size_t f, int32_t *out, size_t max)
{
    const tc_frame *fr = &s->fr[f];
    const fmatch *m = &s->fm[f];
    if (m->tgt_hi > m->tgt_lo) {
        int32_t k = mention_in(s, m->tgt_lo, m->tgt_hi);
        if (k != NO_MENTION) {
            out[0] = k;
            return 1;
        }
    }
    size_t n = 0;
    /* "X faced criticism from $", "X received aid from $": a source marked after the verb
       makes the subject the target */
    if (fr->flags & TC_FR_PASSIVE || (m->src_hi > m->src_lo && m->src_lo > fr->pred)) {
        n = arg_mentions(s, fr->subj, fr->nsubj, out, max);
        if (!n) n = oblique_mentions(s, fr, NULL, 0, out, max);
        return n;
    }
    int from = m->final_prep && !strcmp(m->final_prep, "from"); /* "expelled X from Y" */
    if (m->final_prep && !from) n = oblique_mentions(s, fr, m->final_prep, m->first, out, max);
    if (!n) n = object_mentions(s, fr, out, max);
    if (!n && from) n = oblique_mentions(s, fr, m->final_prep, m->first, out, max);
    if (!n) n = oblique_mentions(s, fr, NULL, 0, out, max);
    /* What a statement is about may lie deeper: "denied any role in the attack on X",
       "acknowledged responsibility for the attack on X". */
    int root = code_root(m->code);
    /* ... and what an act's pattern reaches into ("announced a suspension of aid to X") */
    if (!n && ((root >= 1 && root <= 13) || m->last > fr->pred))
        n = deep_mention(s, fr->pred, m->last, out, max);
    /* PETRARCH's and TABARI's patterns, read as their coders read them: the first actor after,
       within the verb's subtree */
    if (!n && m->p->wide) {
        int32_t k = mention_in(s, m->last + 1, subtree_end(s, fr->pred));
        if (k != NO_MENTION) {
            /* with the other members of its list ("with the Philippines and France") */
            uint32_t h = s->m[k].tok0 - s->lo;
            while (s->tr.w[h].head && s->ment[head_of(s, h)] == k) h = head_of(s, h);
            n = members(s, h, NULL, out, add_actor(out, 0, max, k), max);
        }
    }
    return n;
}

/* Is predicate p a finite verb or one with an auxiliary ("has rejected", "rejected")? */
static int finite(const sctx *s, uint32_t p)
{
    const tc_feats *ft = tc_parse_feats(s->c->parser, s->tr.w[p].feats);
    if (ft && ft->verbform == TC_VF_FIN) return 1;
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) == TC_REL_MARK && word_is(s, c, "to")) return 0;
        if (rel_of(s, c) == TC_REL_AUX) return 1;
    }
    return 0;
}

/* A finite clause the parse gave no subject, whose subject it hung elsewhere: "The EU and the
 * Mercosur bloc have agreed" read with "agreed" as a clause of "bloc" (the noun it hangs on, the
 * first of its list, is the subject), "Zambian President X has rejected" read with the title
 * as a modifier (the actor just before the verb, nothing but its name, auxiliaries and adverbs
 * between). */
static size_t misread_subject(sctx *s, const tc_frame *fr, int32_t *out, size_t max)
{
    uint32_t p = fr->pred;
    int r = rel_of(s, p);
    if (r == TC_REL_XCOMP || r == TC_REL_CONJ || r == TC_REL_ACL_RELCL || !finite(s, p)) return 0;
    uint32_t h = head_of(s, p);
    if ((r == TC_REL_ADVCL || r == TC_REL_ACL) && h < p &&
        (s->tr.w[h].upos == TC_UPOS_NOUN || s->tr.w[h].upos == TC_UPOS_PROPN)) {
        while (rel_of(s, h) == TC_REL_CONJ && head_of(s, h) < h) h = head_of(s, h);
        return phrase_actors(s, h, 1, out, max);
    }
    for (uint32_t w = p; w-- > 0;) {
        int32_t k = s->ment[w];
        if (k != NO_MENTION) {
            if (!usable(&s->m[k])) return 0;
            out[0] = k;
            return max ? 1 : 0;
        }
        int u = s->tr.w[w].upos;
        if (u != TC_UPOS_AUX && u != TC_UPOS_ADV && u != TC_UPOS_PROPN) return 0;
    }
    return 0;
}

static size_t sources(sctx *s, size_t f, int32_t *out, size_t max)
{
    const tc_frame *fr = &s->fr[f];
    const fmatch *m = &s->fm[f];
    if (m->src_hi > m->src_lo && !m->p->comp_pre) {
        int32_t k = mention_in(s, m->src_lo, m->src_hi);
        if (k != NO_MENTION) {
            out[0] = k;
            return 1;
        }
    }
    /* a pattern reaching back to another verb ("noted + regret") acts with that verb's subject */
    int32_t g = m->first < fr->pred ? s->frame_of[m->first] : -1;
    if (g >= 0 && (size_t)g != f) fr = &s->fr[g];
    s->sourcing = 1;
    size_t n = fr->flags & TC_FR_PASSIVE ? arg_mentions(s, fr->agent, fr->nagent, out, max)
                                         : arg_mentions(s, fr->subj, fr->nsubj, out, max);
    if (!n && !fr->nsubj && !(fr->flags & TC_FR_PASSIVE)) n = misread_subject(s, fr, out, max);
    s->sourcing = 0;
    return n;
}

/* ---- events ---- */

/* What protesters, students, workers or residents do is dissent (14x), not state action:
 * they block a road (144, not the blockade 191), boycott (143, not the embargo 163), protest
 * in the street (141, not the official complaint 114). */
static const char *const dissent_agents[] = {"OPP", "CVL", "EDU", "LAB", "ENV", "AGR", NULL};
static const char *const dissent_codes[][2] = {{"191", "144"}, {"163", "143"}, {"114", "141"}};
/* Sources of an air strike (195) rather than any attack (190). */
static const char *const aircraft[] = {"warplane", "jet",        "drone",   "aircraft", "bomber",
                                       "plane",    "helicopter", "gunship", NULL};

/* Finer codes by who acts and on how many: air strikes, mass expulsions, dissent. */
static const char *by_context(const sctx *s, const tc_mention *src, const char *code, uint32_t pred)
{
    const tc_mention *m = src;
    if (!strcmp(code, "190") && m->tok0 + m->ntok - 1 >= s->lo) {
        uint32_t w = m->tok0 + m->ntok - 1 - s->lo;
        if (w < s->tr.n && lemma_in(s, w, aircraft)) return "195";
    }
    if (strlen(src->code) < 6) return code;
    /* gunmen or soldiers storming a building use force (190), not a riot (145) */
    static const char *const armed[] = {"MIL", "REB", "INS", "UAF", "SEP", "COP", "SPY", NULL};
    const char *const *x = armed;
    while (*x && strncmp(src->code + 3, *x, 3) != 0) x++;
    if (*x && !strcmp(code, "145")) return "190";
    const char *const *a = dissent_agents;
    while (*a && strncmp(src->code + 3, *a, 3) != 0) a++;
    if (!*a) return code;
    for (size_t i = 0; i < sizeof dissent_codes / sizeof *dissent_codes; i++)
        if (!strcmp(code, dissent_codes[i][0]) &&
            (strcmp(code, "114") || !strcmp(s->tr.w[pred].lemma, "protest")))
            return dissent_codes[i][1];
    return code;
}

static tc_actor_ref ref_of(const sctx *s, int32_t k)
{
    tc_actor_ref r = {.name = ""};
    const tc_mention *m = mention_at(s, k);
    if (!m) return r;
    snprintf(r.code, sizeof r.code, "%s", m->code);
    r.name = m->name ? m->name : "";
    const tc_token *a = &s->t->toks[m->tok0], *b = &s->t->toks[m->tok0 + m->ntok - 1];
    r.span = (tc_span){a->off, b->off + b->len - a->off};
    return r;
}

/* The date expression on word p (or on word g, the predicate p completes; UINT32_MAX: none). */
/* The date expression whose word of attachment belongs to predicate p: p itself, or a noun
 * of p's phrase the parse hung it on ("launched an operation on the border in 2015"); or the
 * one p's clause describes ("since 2011, when the government sent soldiers"). */
static const tc_when *when_at(const sctx *s, uint32_t p)
{
    for (size_t i = 0; i < s->nwhen; i++) {
        const tc_when *x = &s->when[i];
        if (x->head == TC_WHEN_NOHEAD || x->head < s->lo || x->head - s->lo >= s->tr.n) continue;
        uint32_t h = x->head - s->lo;
        for (int hops = 0; hops < 6 && h != p && s->frame_of[h] < 0 && s->tr.w[h].head; hops++)
            h = head_of(s, h);
        if (h == p) return x;
    }
    for (uint32_t h = p, hops = 0; hops < 3 && s->tr.w[h].head; hops++) {
        h = head_of(s, h);
        for (size_t i = 0; i < s->nwhen; i++)
            if (s->lo + h >= s->when[i].tok0 && s->lo + h < s->when[i].tok0 + s->when[i].ntok)
                return &s->when[i];
        if (s->frame_of[h] >= 0) break;
    }
    return NULL;
}

/* The date of predicate p: its own, else that of the verb it completes (g), else that of the
 * clause it is coordinated with or hangs from as an adverbial ("Last month, rebels ambushed a
 * bus and killed 18": both acts last month; "relations soured in 2010 after commandos
 * stormed the ship"): not through reported speech, whose date is the saying's. */
static const tc_when *when_on(const sctx *s, uint32_t p, uint32_t g)
{
    const tc_when *w = when_at(s, p);
    if (!w && g != UINT32_MAX) w = when_at(s, g);
    for (int hops = 0; !w && hops < 4 && s->tr.w[p].head; hops++) {
        int r = rel_of(s, p);
        if (r != TC_REL_CONJ && r != TC_REL_ADVCL && r != TC_REL_XCOMP) break;
        p = head_of(s, p);
        w = when_at(s, p);
    }
    /* "In 2022, authorities arrested X": a date opening the sentence, set off by a comma,
       dates its main clause wherever the parse hung it */
    if (!w && !s->tr.w[p].head)
        for (size_t i = 0; i < s->nwhen && !w; i++) {
            const tc_when *x = &s->when[i];
            uint32_t end = x->tok0 + x->ntok;
            int opens = x->tok0 <= s->lo + 1 && x->tok0 >= s->lo;
            if (opens && end < s->t->sents[s->sent].tok0 + s->t->sents[s->sent].ntok &&
                !strcmp(s->t->toks[end].norm, ","))
                w = x;
        }
    return w;
}

/* Where the event of predicate word p happened: place.h's choice (clause, sentence, article). */
static void place_of(const sctx *s, uint32_t p, tc_event_place *out)
{
    memset(out, 0, sizeof *out);
    out->name = out->admin1 = "";
    if (!s->c->places) return;
    tc_place_loc loc;
    tc_place_event(s->c->places, s->pl, s->npl, &s->tr, p, &loc);
    if (!loc.place) return;
    const tc_gaz_place *g = &loc.place->gp;
    out->name = g->name ? g->name : "";
    out->admin1 = g->admin1 && loc.place->prec == TC_PLACE_POINT ? g->admin1 : "";
    snprintf(out->cc3, sizeof out->cc3, "%s", g->cc3);
    out->lat = g->lat;
    out->lon = g->lon;
    out->prec = loc.place->prec;
    out->source = loc.source;
}

/* Is m's code of that sector ("CVL" of "CHNCVL")? */
static int sector_is(const tc_mention *m, const char *sector)
{
    size_t n = strlen(m->code);
    return n >= 6 && !strncmp(m->code + 3, sector, 3);
}

/* An event of the pattern match m on predicate word p (g: the predicate it completes, or
 * UINT32_MAX) from src to tgt (NO_MENTION: none). */
static void emit_at(sctx *s, const fmatch *m, uint32_t p, uint32_t g, int32_t src, int32_t tgt,
                    const char *code, const tc_cameo *info)
{
    const tc_mention *ms = mention_at(s, src), *mt = mention_at(s, tgt);
    if ((!ms && !mt) || (ms && !usable(ms)) || (mt && !usable(mt)) ||
        (ms && mt && !strcmp(ms->code, mt->code)))
        return;
    /* tourists and refugees travelling are no diplomatic visit */
    if (ms && (!strcmp(code, "042") || !strcmp(code, "043")) &&
        (sector_is(ms, "CVL") || sector_is(ms, "REF") ||
         (mt && (sector_is(mt, "CVL") || sector_is(mt, "REF")))))
        return;
    const char *fine = ms ? by_context(s, ms, code, p) : code;
    if (fine != code && s->c->cameo && tc_cameo_get(s->c->cameo, fine)) {
        info = tc_cameo_get(s->c->cameo, fine);
        code = fine;
    }
    const char *tcode = mt ? mt->code : "", *scode = ms ? ms->code : "";
    for (size_t i = *s->nout; i > 0 && (*s->out)[i - 1].sent == s->sent; i--) {
        const tc_event *o = &(*s->out)[i - 1];
        if (!strcmp(o->src.code, scode) && !strcmp(o->tgt.code, tcode) && !strcmp(o->cameo, code))
            return;
    }
    if (*s->nout == *s->cap) *s->out = tc_arena_grow(s->a, *s->out, s->cap, sizeof **s->out);
    tc_event *e = &(*s->out)[(*s->nout)++];
    memset(e, 0, sizeof *e);
    e->src = ref_of(s, src);
    e->tgt = ref_of(s, tgt);
    e->reporter = ref_of(s, m->reporter);
    snprintf(e->cameo, sizeof e->cameo, "%s", code);
    e->info = info;
    uint32_t v0 = s->lo + p, v1 = v0;
    if (m->p && m->first < p) v0 = s->lo + m->first;
    if (m->p && m->last > p) v1 = s->lo + m->last;
    const tc_token *a = &s->t->toks[v0], *b = &s->t->toks[v1];
    e->verb = (tc_span){a->off, b->off + b->len - a->off};
    e->sent = s->sent;
    e->flags = m->flags;
    const tc_when *w = when_on(s, p, g);
    if (w && w->date.prec != TC_DATE_NONE) {
        e->date = w->date;
        e->date_source = TC_EVDATE_CLAUSE;
        if (w->past) e->flags |= TC_EV_PAST;
    } else if (s->c->date.prec != TC_DATE_NONE) {
        e->date = s->c->date;
        e->date_source = TC_EVDATE_ARTICLE;
    }
    place_of(s, p, &e->place);
    s->added++;
}

static void emit(sctx *s, size_t f, int32_t src, int32_t tgt, const char *code,
                 const tc_cameo *info)
{
    const tc_frame *fr = &s->fr[f];
    uint32_t g = fr->gov != TC_FRAME_NONE && fr->gov_rel == TC_REL_XCOMP ? fr->gov : UINT32_MAX;
    emit_at(s, &s->fm[f], fr->pred, g, src, tgt, code, info);
}

/* One-sided events keep their source when the sentence names no target: resignations,
 * releases and other concessions, elections, protests, force posture, curfews and arrests,
 * attacks and fighting (GDELT's Actor2 may be empty). */
static int one_sided(const char *code)
{
    int r = code_root(code);
    return r == 8 || r == 14 || r == 15 || r == 17 || r == 18 || r == 19 || r == 20 ||
           !strncmp(code, "034", 3);
}

static const char *case_word(const sctx *s, uint32_t w);
/* Prepositions of the place where something happens or an agent is ("police in Nairobi"). */
static const char *const place_preps[] = {"in", "inside", "throughout", "across", NULL};
/* ... and, in a sentence that names agents only ("rebels ambushed a convoy near Gao"), these */
static const char *const near_preps[] = {"near", "outside", "around", NULL};

/* Is the mention at w where something happens ("in Afghanistan"), not who asked for it? */
static int a_place(const sctx *s, uint32_t w)
{
    uint32_t h = w;
    while (s->tr.w[h].head && s->ment[head_of(s, h)] == s->ment[w]) h = head_of(s, h);
    const char *cw = case_word(s, h);
    return cw && in_words(cw, place_preps);
}

/* Does the sentence name an actor (a state or an agent of one) other than the sources'
 * countries? */
static int other_actor(const sctx *s, const int32_t *src, size_t ns)
{
    for (size_t k = 0; k < s->nm; k++) {
        const tc_mention *m = &s->m[k];
        if (!usable(m) || m->tok0 < s->lo || m->tok0 - s->lo >= s->tr.n ||
            a_place(s, m->tok0 - s->lo))
            continue;
        int same = 0;
        for (size_t a = 0; a < ns && !same; a++)
            same = !strncmp(mention_at(s, src[a])->code, m->code, 3);
        if (!same) return 1;
    }
    return 0;
}

/* Means and acts of force that stand as a subject for an author the sentence does not name
 * ("a car bomb", "an airstrike", "the shelling"). */
static const char *const force_nouns[] = {
    "bomb",     "bombing", "blast",   "explosion", "explosive", "attack", "strike", "airstrike",
    "shelling", "missile", "rocket",  "shell",     "mortar",    "drone",  "raid",   "ambush",
    "gunfire",  "fire",    "grenade", "mine",      "landmine",  "ied",    NULL};

/* Is w, as written in lower case or as its lemma, singular or plural, one of list? A
 * sentence's first word may be read as a name ("Airstrikes by the army ..."). */
static int base_in(const sctx *s, uint32_t w, const char *const *list)
{
    if (lemma_in(s, w, list)) return 1;
    char b[64];
    snprintf(b, sizeof b, "%s", norm_of(s, w));
    if (in_words(b, list)) return 1;
    size_t n = strlen(b);
    if (n > 1 && b[n - 1] == 's') b[n - 1] = 0;
    return in_words(b, list);
}

/* Is frame f an act of force (18x-20x) whose subject is such a means, with no actor of its
 * own? */
static int unnamed_force(const sctx *s, size_t f)
{
    int root = code_root(s->fm[f].code);
    const tc_frame *fr = &s->fr[f];
    if (root < 18 || fr->flags & TC_FR_PASSIVE || fr->nsubj != 1) return 0;
    uint32_t w = fr->subj[0].word;
    return s->ment[w] == NO_MENTION && (base_in(s, w, force_nouns) || instrument_noun(s, w));
}

/* The finer code of force by its means ("a car bomb" 1832, "a suicide attack" 1831, "a
 * roadside bomb" 1833, "an airstrike" 195, "shelling" 194): for root 18 and 19 only. */
static const char *by_means(const sctx *s, uint32_t w, const char *code)
{
    static const char *const bombs[] = {"bomb",      "bombing", "blast", "explosion",
                                        "explosive", "ied",     NULL};
    static const char *const air[] = {"airstrike", "drone",      "warplane", "jet",
                                      "aircraft",  "helicopter", "bomber",   NULL};
    static const char *const shells[] = {"shelling", "shell",     "rocket", "missile",
                                         "mortar",   "artillery", NULL};
    int root = code_root(code), suicide = 0, car = 0, roadside = 0, by_air = 0;
    if (root != 18 && root != 19) return code;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) != TC_REL_COMPOUND && rel_of(s, c) != TC_REL_AMOD) continue;
        const char *l = s->tr.w[c].lemma;
        suicide |= !strcmp(l, "suicide");
        car |= !strcmp(l, "car") || !strcmp(l, "truck") || !strcmp(l, "vehicle");
        roadside |= !strcmp(l, "roadside");
        by_air |= !strcmp(l, "air") || !strcmp(l, "drone");
    }
    if (base_in(s, w, bombs) || (suicide && base_in(s, w, force_nouns)))
        return suicide ? "1831" : car ? "1832" : roadside ? "1833" : "183";
    if (base_in(s, w, air) || by_air) return "195";
    if (base_in(s, w, shells)) return "194";
    return code;
}

/* Verbs of a purpose that name whom an act serves. */
static const char *const helpers[] = {"help",    "assist", "support",   "aid",
                                      "bolster", "back",   "reinforce", "strengthen",
                                      "train",   "equip",  NULL};

/* Is w someone no dictionary codes: a personal pronoun, an agent of no state, a noun for
 * people or a group ("pleaded with civilians", "prohibited him")? */
static int someone(const sctx *s, uint32_t w)
{
    const tc_word *x = &s->tr.w[w];
    for (size_t i = 0; i < s->nwhen; i++)
        if (s->lo + w >= s->when[i].tok0 && s->lo + w < s->when[i].tok0 + s->when[i].ntok)
            return 0; /* "on Monday" */
    if (x->upos == TC_UPOS_PRON) return strcmp(x->lemma, "it") != 0;
    if (s->ment[w] != NO_MENTION || x->upos == TC_UPOS_PROPN) return 1; /* a name: someone */
    if (x->upos != TC_UPOS_NOUN || !s->c->wordnet) return 0;
    int first;
    uint64_t all;
    if (!tc_wordnet_lookup(s->c->wordnet, x->lemma, strlen(x->lemma), 'n', &first, &all)) return 0;
    const char *name = tc_wordnet_class_name(first);
    return name && (!strcmp(name, "noun.person") || !strcmp(name, "noun.group"));
}

/* Does the predicate aim at someone it names but no dictionary codes (its object, or an
 * oblique with a target preposition)? Then an empty target would be a wrong one. */
static int someone_aimed_at(const sctx *s, const tc_frame *fr)
{
    for (int i = 0; i < fr->nobj; i++)
        if (someone(s, fr->obj[i].word)) return 1;
    for (int i = 0; i < fr->nobl; i++) {
        const tc_frame_arg *a = &fr->obl[i];
        if (a->prep != TC_FRAME_NONE && in_words(norm_of(s, a->prep), target_preps) &&
            someone(s, a->word))
            return 1;
    }
    return 0;
}

/* Force and coercion (roots 17-20) need a subject that can act: not a thing owned, said,
 * thought, felt or happening by nature ("Trump's tariffs targeting Canada", "the decision hit
 * exporters", "the earthquake killed 40": WordNet's noun classes). */
static int acting_subject(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    if (code_root(s->fm[f].code) < 17 || fr->flags & TC_FR_PASSIVE || !fr->nsubj) return 1;
    uint32_t w = fr->subj[0].word;
    const tc_word *x = &s->tr.w[w];
    if (s->ment[w] != NO_MENTION || x->upos != TC_UPOS_NOUN || !s->c->wordnet) return 1;
    if (base_in(s, w, force_nouns) || instrument_noun(s, w)) return 1;
    int first;
    uint64_t all;
    if (!tc_wordnet_lookup(s->c->wordnet, x->lemma, strlen(x->lemma), 'n', &first, &all)) return 1;
    static const char *const inert[] = {
        "noun.possession", "noun.communication", "noun.cognition", "noun.state", "noun.feeling",
        "noun.phenomenon", "noun.time",          "noun.substance", "noun.food",  "noun.plant",
        "noun.body",       "noun.motive",        "noun.relation",  "noun.shape", NULL};
    const char *name = tc_wordnet_class_name(first);
    return !name || !in_words(name, inert);
}

/* The author a means of force names with "by" ("airstrikes by the Somali army"), or
 * NO_MENTION. */
static int32_t force_author(sctx *s, uint32_t w)
{
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        if ((rel_of(s, c) != TC_REL_NMOD && rel_of(s, c) != TC_REL_OBL_AGENT) || !cw ||
            strcmp(cw, "by") != 0)
            continue;
        int32_t k = arg_mention(s, c, 2);
        if (k != NO_MENTION) return k;
    }
    return NO_MENTION;
}

static void code_frame(sctx *s, size_t f)
{
    fmatch *m = &s->fm[f];
    if (!m->p || m->p->nocode || m->consumed) return;
    /* "the banned group", "the occupied territories": a participle before its noun names a
       state, not an act of the sentence */
    if (rel_of(s, s->fr[f].pred) == TC_REL_AMOD) return;
    int32_t src[8], tgt[8];
    size_t ns = sources(s, f, src, 8);
    s->forcing = code_root(m->code) >= 18; /* "ambushed a bus of soldiers": the story's state */
    size_t nt = targets(s, f, tgt, 8);
    s->forcing = 0;
    if (ns && !acting_subject(s, f)) ns = 0;
    /* "Gunmen attacked a village in Zamfara state", "rebels ambushed a convoy near Gao": a
       sentence of agents with no state codes force, protest and coercion only, and only where
       it names the place itself (the article's place guesses too often) */
    if (s->agents_only) {
        int root = code_root(m->code);
        if (!s->where || s->where_article || (root != 14 && root < 17)) return;
    }
    /* "a car bomb exploded, killing seven people in Mogadishu": force whose author the
       sentence does not name still has its victims */
    if (!ns && !nt) return;
    const char *code = m->code;
    const tc_cameo *info = m->info;
    if (!ns) {
        if (!unnamed_force(s, f)) return;
        src[ns] = force_author(s, s->fr[f].subj[0].word); /* "airstrikes by the army" */
        if (src[ns] == NO_MENTION && s->fr[f].nagent)     /* the same, read as a passive's agent */
            src[ns] = first_arg_mention(s, s->fr[f].agent, s->fr[f].nagent);
        ns++;
        code = by_means(s, s->fr[f].subj[0].word, code);
        if (code != m->code && s->c->cameo && tc_cameo_get(s->c->cameo, code))
            info = tc_cameo_get(s->c->cameo, code);
        else
            code = m->code;
    }
    if (!nt) {
        memcpy(tgt, m->hint, m->nhint * sizeof *tgt);
        nt = m->nhint;
    }
    /* "used starvation as a weapon against X by blocking the road": the means has the end's
       target */
    const tc_frame *fr = &s->fr[f];
    /* "sent troops to help the Philippine army", "donated ventilators to assist Ethiopia": an
       act with no target of its own serves the one its purpose names */
    for (size_t g = 0; g < s->nfr && !nt; g++) {
        const tc_frame *pg = &s->fr[g];
        int of_act =
            pg->gov == fr->pred && (pg->gov_rel == TC_REL_ADVCL || pg->gov_rel == TC_REL_XCOMP);
        if (pg->gov_rel == TC_REL_ACL && pg->gov != TC_FRAME_NONE) { /* "aid to help X" */
            uint32_t h = pg->gov;
            while (h != fr->pred && s->tr.w[h].head && s->frame_of[h] < 0) h = head_of(s, h);
            of_act = h == fr->pred;
        }
        if (!of_act || pg->mark == TC_FRAME_NONE || !word_is(s, pg->mark, "to") ||
            !lemma_in(s, pg->pred, helpers))
            continue;
        nt = object_mentions(s, pg, tgt, 8);
    }
    if (!nt && fr->gov_rel == TC_REL_ADVCL && fr->mark != TC_FRAME_NONE &&
        word_is(s, fr->mark, "by"))
        nt = deep_mention(s, fr->gov, fr->gov, tgt, 8);
    /* "A and B clashed", PETRARCH's "%": each member of a compound subject acts on the others */
    /* "A and B agreed to hold talks": agreeing, meeting and cooperating with no one else
       named is with each other */
    int root = code_root(m->code);
    int together = !nt && ns > 1 && root >= 3 && root <= 6 && !(s->fr[f].flags & TC_FR_PASSIVE);
    if (((!nt || m->p->comp_pre) && (m->p->mutual || m->mutual) && ns > 1) || together) {
        for (size_t a = 0; a < ns; a++)
            for (size_t b = 0; b < ns; b++)
                if (a != b) emit(s, f, src[a], src[b], m->code, m->info);
        return;
    }
    if (!nt) {
        int lone = (!strcmp(m->code, "016") || !strcmp(m->code, "011")) &&
                   !other_actor(s, src, ns) && !someone_aimed_at(s, fr);
        for (size_t a = 0; a < ns; a++) {
            /* what dissenters do is one-sided: "opponents protested" is 141, with no target */
            const tc_mention *ms = mention_at(s, src[a]);
            const char *as = ms ? by_context(s, ms, m->code, fr->pred) : m->code;
            if (one_sided(m->code) || one_sided(as) || lone)
                emit(s, f, src[a], NO_MENTION, m->code, m->info);
        }
        return;
    }
    for (size_t a = 0; a < ns; a++)
        for (size_t b = 0; b < nt; b++) {
            emit(s, f, src[a], tgt[b], code, info);
            /* the host's 043 of a visit, not of an intended one ("is due to travel to X") */
            if (m->p->cameo2[0] && !strcmp(m->code, m->p->cameo))
                emit(s, f, tgt[b], src[a], m->p->cameo2, m->p->info2);
        }
}

/* ---- nominal events ---- */

/* The case word of w's phrase, or NULL. */
static const char *case_word(const sctx *s, uint32_t w)
{
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_CASE) return norm_of(s, s->kids[i]);
    return NULL;
}

/* The one state the sentence locates its events in: the states of its "in X" phrases (an actor:
 * a capital counts as its state; or a place of the gazetteer taken by its preposition), when
 * they are one; when it names none, the article's place. Sets s->where and s->where_name,
 * NULL when none or several. */

static void sentence_place(sctx *s)
{
    const char *code = NULL, *name = NULL;
    int several = 0;
    for (uint32_t w = 0; w < s->tr.n && !several; w++) {
        int32_t k = s->ment[w];
        if (k == NO_MENTION || !usable(&s->m[k]) || (w > 0 && s->ment[w - 1] == k)) continue;
        uint32_t h = w;
        while (s->tr.w[h].head && s->ment[head_of(s, h)] == k) h = head_of(s, h);
        const char *cw = case_word(s, h);
        if (!cw || strcmp(cw, "in")) continue;
        several = code && strncmp(code, s->m[k].code, 3);
        code = s->m[k].code, name = s->m[k].name;
    }
    for (size_t i = 0; i < s->npl && !several; i++) {
        const tc_place *pl = &s->pl[i];
        uint32_t t0 = pl->tok0, lo = s->lo;
        int in = 0; /* "in Peshawar", "in northern Nigeria", "near the Gaza Strip" */
        for (uint32_t k = t0; k > lo && k + 3 > t0 && !in; k--)
            in = in_words(s->t->toks[k - 1].norm, place_preps) ||
                 (s->agents_only && in_words(s->t->toks[k - 1].norm, near_preps));
        if (!in || !pl->gp.cc3[0]) continue;
        several = code && strncmp(code, pl->gp.cc3, 3);
        if (!code) code = pl->gp.cc3, name = pl->gp.name;
    }
    /* none named: the article's dateline or most named place ("police" in a story filed
       from Nairobi are Kenya's) */
    const tc_place *main = !code && s->c->places ? tc_place_doc_main(s->c->places) : NULL;
    /* not when the sentence names a place of another country ("marched through Santiago") */
    for (size_t i = 0; main && i < s->npl; i++)
        if (s->pl[i].gp.cc3[0] && strcmp(s->pl[i].gp.cc3, main->gp.cc3) != 0) main = NULL;
    s->where_article = main && main->gp.cc3[0];
    if (s->where_article) code = main->gp.cc3, name = main->gp.name;
    s->where = several ? NULL : code;
    s->where_name = name;
}

/* Event nouns whose verb is another word ("the invasion of X" is invade's); nouns that are a
 * verb's own form ("blockade", "attack", "shelling", "visit") need no entry. */
static const char *const deverbal[][2] = {
    {"invasion", "invade"},       {"occupation", "occupy"},      {"deportation", "deport"},
    {"expulsion", "expel"},       {"withdrawal", "withdraw"},    {"assassination", "assassinate"},
    {"abduction", "abduct"},      {"detention", "detain"},       {"bombardment", "bombard"},
    {"annexation", "annex"},      {"condemnation", "condemn"},   {"evacuation", "evacuate"},
    {"seizure", "seize"},         {"persecution", "persecute"},  {"recognition", "recognize"},
    {"mediation", "mediate"},     {"intervention", "intervene"}, {"destruction", "destroy"},
    {"liberation", "liberate"},   {"imprisonment", "imprison"},  {"execution", "execute"},
    {"suspension", "suspend"},    {"deployment", "deploy"},      {"cancellation", "cancel"},
    {"imposition", "impose"},     {"resumption", "resume"},      {"closure", "close"},
    {"restoration", "restore"},   {"extradition", "extradite"},  {"severance", "sever"},
    {"termination", "terminate"}, {"postponement", "postpone"},  {"reduction", "reduce"},
    {"lifting", "lift"},          {"delivery", "deliver"},       {"provision", "provide"},
    {"donation", "donate"},       {"freezing", "freeze"},
};

/* The patterns of the verb an event noun names (its deverbal entry, else its own form). */
static const tc_vform *noun_verb(const sctx *s, uint32_t w)
{
    const tc_token *t = &s->t->toks[s->lo + w];
    for (size_t i = 0; i < sizeof deverbal / sizeof *deverbal; i++)
        if (!strcmp(s->tr.w[w].lemma, deverbal[i][0]))
            return tc_verbs_lookup(s->c->verbs, deverbal[i][1], strlen(deverbal[i][1]));
    return tc_verbs_lookup(s->c->verbs, t->norm, t->nlen);
}

/* The bare pattern (no other words) among vf's, or NULL. */
static const tc_vpattern *bare_pattern(const sctx *s, const tc_vform *vf)
{
    for (; vf; vf = vf->next) {
        const tc_vpattern *p = tc_verbs_pattern(s->c->verbs, vf->pattern);
        if (!p->npre && !p->npost && !p->nocode && !p->wide) return p;
    }
    return NULL;
}

/* A nominal event takes the mood of the clause it stands in (predicate frame f, -1: none):
 * negated, hypothetical, governed, reported. */
static void clause_mood(sctx *s, int32_t f, fmatch *m)
{
    if (f < 0) return;
    const tc_frame *fr = &s->fr[f];
    if (fr->flags & TC_FR_NEGATED) m->flags |= TC_EV_NEGATED;
    if (fr->flags & (TC_FR_MODAL | TC_FR_FUTURE)) m->flags |= TC_EV_HYPOTHETICAL;
    const governor *gv = s->fm[f].p ? governor_of(s->fm[f].code) : NULL;
    if (gv) m->flags |= gv->flag;
    m->flags |= s->fm[f].flags & (TC_EV_HYPOTHETICAL | TC_EV_REPORTED | TC_EV_NEGATED);
    m->reporter = s->fm[f].p ? s->fm[f].reporter : reporter_of(s, (size_t)f);
    if (m->reporter != NO_MENTION) m->flags |= TC_EV_REPORTED;
}

/* The frame a noun belongs to: the first predicate above it. */
static int32_t frame_above(const sctx *s, uint32_t w)
{
    for (uint32_t h = w; s->tr.w[h].head;) {
        h = head_of(s, h);
        if (s->frame_of[h] >= 0) return s->frame_of[h];
    }
    return -1;
}

/* "Azerbaijan's blockade of Armenia", "the shelling of X by Y", "the Russian invasion of
 * Ukraine", "Putin's visit to China": an event noun with its agent (possessive, "by", a
 * nationality) and its patient ("of", "on", "against", "to") gives the event, with the mood of
 * the clause it stands in. Both actors are needed: a bare "the blockade" is no event. */
/* Verbs that make public or decide what their object noun names ("Denmark announced a
 * suspension of aid to Egypt", "parliament approved the deployment of troops to Libya"). */
static const char *const announcers[] = {"announce",  "approve", "order",   "authorize",
                                         "authorise", "confirm", "declare", "endorse",
                                         "decree",    "unveil",  NULL};

/* An event noun that is the object of an announcing verb, read with the verb's patterns over
 * its own phrase ("suspension of aid" as "suspend * aid"), its agent the announcer. */
static int announced_noun(sctx *s, uint32_t w)
{
    if (rel_of(s, w) != TC_REL_OBJ) return 0;
    uint32_t v = head_of(s, w);
    int32_t f = s->frame_of[v];
    if (f < 0 || !lemma_in(s, v, announcers)) return 0;
    if (s->fm[f].p && code_root(s->fm[f].code) != 1) return 0; /* the verb codes its own */
    const tc_vform *vf = noun_verb(s, w);
    uint32_t at = 0, n = phrase_of(s, w, &at);
    fmatch m = {.reporter = NO_MENTION};
    for (; vf; vf = vf->next) {
        const tc_vpattern *p = tc_verbs_pattern(s->c->verbs, vf->pattern);
        if (p->npre || p->wide || p->nocode) continue;
        fmatch try = {.reporter = NO_MENTION};
        if (!match_words(s, p, n, at, &try)) continue;
        m = try;
        m.p = p;
        memcpy(m.code, p->cameo, sizeof m.code);
        m.info = p->info;
        break;
    }
    if (!m.p) return 0;
    int32_t src[8], tgt[8];
    s->sourcing = 1;
    size_t ns = arg_mentions(s, s->fr[f].subj, s->fr[f].nsubj, src, 8);
    if (!ns && !s->fr[f].nsubj) ns = misread_subject(s, &s->fr[f], src, 8);
    s->sourcing = 0;
    if (!ns) return 0;
    size_t nt = 0;
    if (m.tgt_hi > m.tgt_lo) {
        int32_t k = mention_in(s, m.tgt_lo, m.tgt_hi);
        if (k != NO_MENTION) tgt[nt++] = k;
    }
    if (!nt) nt = deep_mention(s, w, m.last, tgt, 8);
    if (!nt && !one_sided(m.code)) return 0;
    m.flags = 0;
    clause_mood(s, f, &m);
    for (size_t a = 0; a < ns; a++)
        for (size_t b = 0; b < (nt ? nt : 1); b++)
            emit_at(s, &m, w, v, src[a], nt ? tgt[b] : NO_MENTION, m.code, m.info);
    return 1;
}

/* Nouns of fighting between sides ("clashes between A and B broke out", "fighting between the
 * army and rebels displaced thousands"). */
static const char *const fights[] = {"clash",     "fighting", "battle",      "skirmish",
                                     "firefight", "gunfight", "hostilities", NULL};

/* A fight noun with its sides in a "between" phrase (its own, or its verb's): each side
 * fights the others (190, both ways). */
static int fight_between(sctx *s, uint32_t w)
{
    if (!base_in(s, w, fights)) return 0;
    uint32_t between = UINT32_MAX;
    for (int pass = 0; pass < 2 && between == UINT32_MAX; pass++) {
        uint32_t h = pass ? head_of(s, w) : w; /* "clashes broke out between A and B" */
        if (pass && (rel_of(s, w) != TC_REL_NSUBJ || s->frame_of[h] < 0)) break;
        for (uint32_t i = s->first[h]; i < s->first[h + 1]; i++) {
            uint32_t c = s->kids[i];
            const char *cw = case_word(s, c);
            if (cw && !strcmp(cw, "between") &&
                (rel_of(s, c) == TC_REL_NMOD || rel_of(s, c) == TC_REL_OBL))
                between = c;
        }
    }
    if (between == UINT32_MAX) return 0;
    int32_t side[8];
    size_t n = phrase_actors(s, between, 1, side, 8);
    if (n < 2) return 0;
    if (s->agents_only && (!s->where || s->where_article)) return 0;
    const tc_vpattern *p = bare_pattern(s, tc_verbs_lookup(s->c->verbs, "fight", 5));
    if (!p) return 0;
    fmatch m = {.p = p, .reporter = NO_MENTION, .first = w, .last = w};
    clause_mood(s, frame_above(s, w), &m);
    for (size_t a = 0; a < n; a++)
        for (size_t b = 0; b < n; b++)
            if (a != b) emit_at(s, &m, w, UINT32_MAX, side[a], side[b], p->cameo, p->info);
    return 1;
}

static void code_noun(sctx *s, uint32_t w)
{
    if (s->tr.w[w].upos != TC_UPOS_NOUN || s->ment[w] != NO_MENTION) return;
    if (announced_noun(s, w) || fight_between(s, w)) return;
    const tc_vpattern *p = bare_pattern(s, noun_verb(s, w));
    if (!p) return;
    int32_t src = NO_MENTION, tgt = NO_MENTION;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        const char *cw = r == TC_REL_NMOD ? case_word(s, c) : NULL;
        if (src == NO_MENTION &&
            (r == TC_REL_NMOD_POSS || r == TC_REL_AMOD || (cw && !strcmp(cw, "by"))))
            src = arg_mention(s, c, 1);
        else if (tgt == NO_MENTION && cw && in_words(cw, target_preps) && strcmp(cw, "by") &&
                 strcmp(cw, "from"))
            tgt = arg_mention(s, c, 2);
    }
    if (src == NO_MENTION || tgt == NO_MENTION) return;
    fmatch m = {.p = p, .reporter = NO_MENTION, .first = w, .last = w};
    clause_mood(s, frame_above(s, w), &m);
    emit_at(s, &m, w, UINT32_MAX, src, tgt, p->cameo, p->info);
    if (p->cameo2[0]) emit_at(s, &m, w, UINT32_MAX, tgt, src, p->cameo2, p->info2);
}

/* Is the sentence worth a parse: an actor, and a word the verb dictionary knows? */
static int worth_parsing(const tc_coder *c, const tc_text *t, uint32_t sent, const tc_mention *m,
                         size_t nm)
{
    if (!nm) return 0; /* agents alone: maybe placed by the sentence (code_frame decides) */
    const tc_sentence *st = &t->sents[sent];
    for (uint32_t i = st->tok0; i < st->tok0 + st->ntok; i++)
        if (!(t->toks[i].flags & TC_TOK_PUNCT) &&
            tc_verbs_lookup(c->verbs, t->toks[i].norm, t->toks[i].nlen))
            return 1;
    return 0;
}

size_t tc_code_sentence(const tc_coder *c, const tc_text *t, uint32_t sent, const tc_mention *m,
                        size_t nm, tc_arena *a, tc_event **out, size_t *nout, size_t *cap)
{
    if (!c->parser || sent >= t->nsents || !worth_parsing(c, t, sent, m, nm)) return 0;
    /* a wire dateline opening the text ("MOSCOW (AP) --", "TIRANA, Albania --") is no part of
       the sentence's grammar: the parse starts after it */
    tc_text body = *t;
    tc_sentence one = t->sents[sent];
    size_t d = tc_text_dateline(t->text, t->len);
    if (d && t->toks[one.tok0].off < d) {
        while (one.ntok > 1 && t->toks[one.tok0].off < d) one.tok0++, one.ntok--;
        body.sents = &one;
        body.nsents = 1;
    }
    sctx s = {.c = c,
              .t = t,
              .sent = sent,
              .lo = one.tok0,
              .m = m,
              .nm = nm,
              .a = a,
              .out = out,
              .nout = nout,
              .cap = cap};
    tc_parse_sentence(c->parser, &body, body.sents == &one ? 0 : sent, 0, a, &s.tr);
    if (!s.tr.n) return 0;
    index_tree(&s);
    s.nfr = tc_frames(c->parser, &s.tr, a, &s.fr);
    if (c->places) tc_place_sentence(c->places, sent, &s.tr, a, &s.pl, &s.npl);
    s.agents_only = 1;
    for (size_t k = 0; k < nm && s.agents_only; k++) s.agents_only = !usable(&m[k]);
    sentence_place(&s);
    s.frame_of = tc_arena_alloc(a, s.tr.n * sizeof *s.frame_of);
    for (uint32_t i = 0; i < s.tr.n; i++) s.frame_of[i] = -1;
    for (size_t f = 0; f < s.nfr; f++) s.frame_of[s.fr[f].pred] = (int32_t)f;
    s.fm = tc_arena_calloc(a, s.nfr ? s.nfr : 1, sizeof *s.fm);
    for (size_t f = 0; f < s.nfr; f++) find_pattern(&s, f);
    mark_consumed(&s);
    govern(&s);
    for (size_t f = 0; f < s.nfr; f++)
        if (s.fm[f].p) {
            s.fm[f].reporter = reporter_of(&s, f);
            if (s.fm[f].reporter != NO_MENTION) s.fm[f].flags |= TC_EV_REPORTED;
        }
    if (!(c->conventions & TC_CODE_NO_DATES) &&
        tc_when_scan(t, sent, c->date, a, &s.when, &s.nwhen) == TC_OK)
        tc_when_attach(t, sent, &s.tr, s.when, s.nwhen);
    for (size_t f = 0; f < s.nfr; f++) code_frame(&s, f);
    for (uint32_t w = 0; w < s.tr.n; w++) code_noun(&s, w);
    return s.added;
}

void tc_event_id(uint64_t article_hash, const tc_event *e, char out[17])
{
    char buf[160];
    int n = snprintf(buf, sizeof buf, "%016llx|%u|%s|%s|%s|%u", (unsigned long long)article_hash,
                     e->sent, e->src.code, e->tgt.code, e->cameo, e->verb.off);
    tc_hash_hex(tc_hash64(buf, (size_t)n, 0x7463), out);
}

/* ---- the build's models, for tools and tests ---- */

static tc_parser *default_parser;
static tc_wordnet *default_wordnet;
static pthread_once_t defaults_once = PTHREAD_ONCE_INIT;

static void load_defaults(void)
{
    tc_err err = {0};
    default_parser = tc_parser_load(TC_DATADIR "/parse.model", &err);
    default_wordnet = tc_wordnet_load(TC_DATADIR "/wordnet.classes", &err);
}

tc_coder tc_coder_default(const tc_verbs *v, const tc_cameo_table *cameo)
{
    pthread_once(&defaults_once, load_defaults);
    return (tc_coder){
        .verbs = v, .cameo = cameo, .parser = default_parser, .wordnet = default_wordnet};
}
