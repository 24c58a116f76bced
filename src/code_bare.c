/* code_bare: what a one-sided event aims at when no dictionary codes it: the words of a bare
 * target ("fired at protesters") or of a matter ("rejected an extradition request"), kept with
 * no code. Part of the coder (code_int.h). */
#include "code_int.h"

#include <stdio.h>
#include <string.h>

/* Prepositions that aim an act at what they open ("fired at", "a crackdown on"). */
static const char *const aiming_preps[] = {"on",   "against", "at",      "into",
                                           "upon", "toward",  "towards", NULL};

/* The words naming w: from the first of its phrase to w, with the names and "of" phrases
 * after it ("dozens of activists", "President Laurent Gbagbo"), not its settings ("villages
 * [near the border]") nor its clauses. */
tc_span tc_code_phrase_span(sctx *s, uint32_t w)
{
    uint32_t at = 0, n = tc_code_phrase_of(s, w, &at);
    (void)n;
    uint32_t lo = s->seq[0], hi = w;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        const char *cw = case_word(s, c);
        if (c > w && (r == TC_REL_FLAT || r == TC_REL_COMPOUND || r == TC_REL_NUMMOD ||
                      (r == TC_REL_NMOD && cw && !strcmp(cw, "of")))) {
            uint32_t e = tc_code_last_under(s, c);
            if (e > hi) hi = e;
        }
    }
    while (lo < w &&
           (((rel_of(s, lo) == TC_REL_CASE || rel_of(s, lo) == TC_REL_CC) && head_of(s, lo) == w) ||
            s->tr.w[lo].upos == TC_UPOS_PUNCT))
        lo++;
    while (hi > w && s->tr.w[hi].upos == TC_UPOS_PUNCT) hi--;
    const tc_token *a = &s->t->toks[s->lo + lo], *b = &s->t->toks[s->lo + hi];
    return (tc_span){a->off, b->off + b->len - a->off};
}

/* Can word w of frame f stand as the words a one-sided event aims at: someone ("detained 18
 * people", "released him"), or what force hits ("stormed a hotel", "seized a tanker"); never
 * the act itself ("declared a ceasefire", "imposed a curfew") nor a date? */
static int bare_ok(sctx *s, size_t f, uint32_t w)
{
    const tc_frame *fr = &s->fr[f];
    if (w == UINT32_MAX || w == fr->pred || tc_code_when_over(s, w)) return 0;
    const tc_word *x = &s->tr.w[w];
    static const char *const no_one[] = {"it",   "that",  "which", "who", "whom", "what",
                                         "this", "these", "those", "one", NULL};
    if (x->upos == TC_UPOS_PRON && (lemma_in(s, w, no_one) || strstr(x->lemma, "self"))) return 0;
    if (x->upos != TC_UPOS_NOUN && x->upos != TC_UPOS_PROPN && x->upos != TC_UPOS_PRON &&
        x->upos != TC_UPOS_NUM)
        return 0;
    int root = code_root(s->fm[f].code);
    /* "hundreds of political prisoners": a count is what it counts */
    static const char *const counts[] = {"hundred", "thousand", "dozen", "score",
                                         "million", "ten",      "tens",  NULL};
    uint32_t head = w;
    if (x->upos == TC_UPOS_NOUN && lemma_in(s, w, counts))
        for (uint32_t k = s->first[w]; k < s->first[w + 1]; k++)
            if (rel_of(s, s->kids[k]) == TC_REL_NMOD && case_word(s, s->kids[k]) &&
                !strcmp(case_word(s, s->kids[k]), "of"))
                head = s->kids[k];
    const char *nc = s->tr.w[head].upos == TC_UPOS_NOUN ? tc_code_noun_class(s, head) : NULL;
    static const char *const people[] = {"noun.person", "noun.group", NULL};
    static const char *const things[] = {"noun.artifact", "noun.location", "noun.object", NULL};
    /* (what force hits; and property released: "released the detained vessels") */
    /* ... and what a protest is against, an act, a rule or a vote no one a reader could place
       ("protested the killing of a rights activist", "boycotting the presidential poll") */
    int ok = s->tr.w[head].upos != TC_UPOS_NOUN || s->ment[head] != NO_MENTION ||
             (nc && in_words(nc, people)) ||
             ((root >= 17 || !strncmp(s->fm[f].code, "0841", 4)) && nc && in_words(nc, things)) ||
             ((root == 14 || s->protesting) && (head < s->fm[f].first || head > s->fm[f].last));
    return ok && (root == 14 || s->protesting || !base_in(s, w, tc_code_force_nouns));
}

/* Is w, and all under it, a matter no one a reader could place: a noun of an act, a text, an
 * idea, an event or a thing no dictionary codes, holding no proper name and no noun of people
 * no dictionary codes ("the referendum", "the Quetta attack", "claims of abuse"; not "the
 * lawyers of X", "Britta Nielsen")? Mentions the coder set aside as no target (places,
 * victims) may be inside it. */
static int place_word(const sctx *s, uint32_t k)
{
    for (size_t i = 0; i < s->npl; i++)
        if (s->lo + k >= s->pl[i].tok0 && s->lo + k < s->pl[i].tok0 + s->pl[i].ntok) return 1;
    return 0;
}

static int matter(sctx *s, uint32_t w, int named)
{
    static const char *const kinds[] = {
        "noun.act",       "noun.communication", "noun.cognition", "noun.event",      "noun.state",
        "noun.attribute", "noun.phenomenon",    "noun.artifact",  "noun.possession", NULL};
    static const char *const people[] = {"noun.person", "noun.group", NULL};
    int noun = s->tr.w[w].upos == TC_UPOS_NOUN || (named && s->tr.w[w].upos == TC_UPOS_PROPN);
    const tc_mention *mw = mention_at(s, s->ment[w]);
    if (!noun || (mw && !(named && !strncmp(mw->code, "---", 3))) || tc_code_when_over(s, w))
        return 0;
    const char *c = tc_code_noun_class(s, w);
    if (!named && (!c || !in_words(c, kinds))) return 0;
    uint32_t lo = w;
    while (lo > 0 && s->tr.w[lo - 1].head == w + 1) lo--; /* the words before it in its phrase */
    uint32_t hi = tc_code_last_under(s, w);
    for (uint32_t k = lo; k <= hi; k++) {
        const tc_word *x = &s->tr.w[k];
        const tc_mention *mk = mention_at(s, s->ment[k]);
        /* what a clause under it tells ("the attacks, which have seen people arrested", "the
           legislation of attacking civil society") names no one of the matter itself */
        int told = 0;
        for (uint32_t h = k; h != w && s->tr.w[h].head && !told; h = head_of(s, h))
            told = rel_of(s, h) == TC_REL_ACL || rel_of(s, h) == TC_REL_ACL_RELCL;
        if (told) continue;
        if (mk) { /* a place or a victim set aside; an agent of no state is someone */
            if ((!mk->code[0] || !strncmp(mk->code, "---", 3)) && !named) return 0;
            continue;
        }
        /* a name, a nationality ("Chinese investment"), people no dictionary codes; not the
           name of a place ("the Quetta attack") */
        if (named) continue;
        if ((x->upos == TC_UPOS_PROPN && !place_word(s, k)) ||
            (x->upos == TC_UPOS_ADJ && (s->t->toks[s->lo + k].flags & TC_TOK_CAP)))
            return 0;
        /* ... but a kind of the act ("the terrorist attack"), not someone in it */
        int kind_of = x->head == w + 1 && (x->rel == TC_REL_COMPOUND || x->rel == TC_REL_AMOD);
        const char *kc = x->upos == TC_UPOS_NOUN ? tc_code_noun_class(s, k) : NULL;
        if (kc && in_words(kc, people) && !kind_of) return 0;
    }
    return 1;
}

/* What the press asks for: "requests for comment" are no refusal's matter. */
static const char *const press_asks[] = {"comment", "interview", "reaction", NULL};

/* "refused to lift the ban": the object of the act refusal fr refuses (its complement clause
 * with an active object), or UINT32_MAX. */
static uint32_t refused_object(const sctx *s, const tc_frame *fr)
{
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) == TC_REL_XCOMP && s->frame_of[c] >= 0 && s->fr[s->frame_of[c]].nobj &&
            !(s->fr[s->frame_of[c]].flags & TC_FR_PASSIVE))
            return s->fr[s->frame_of[c]].obj[0].word;
    }
    return UINT32_MAX;
}

/* The oblique that names the matter of frame fr with no object (m: its match, root: its
 * code's): an appeal's "for" ("called for the release of X"), or, for disapproval and
 * rejection, where a pattern ending in its preposition puts it ("spoke out against the
 * decision", "railed against the law"); UINT32_MAX when none. */
static uint32_t matter_oblique(const sctx *s, const tc_frame *fr, const fmatch *m, int root)
{
    uint32_t for_obl = UINT32_MAX;
    for (int i = 0; i < fr->nobl && root == 2 && !fr->nobj; i++)
        if (case_word(s, fr->obl[i].word) && !strcmp(case_word(s, fr->obl[i].word), "for"))
            for_obl = fr->obl[i].word;
    if ((root == 11 || root == 12) && !fr->nobj && m->final_prep && m->last > fr->pred &&
        rel_of(s, m->last) == TC_REL_CASE && s->tr.w[m->last].head)
        for (int i = 0; i < fr->nobl; i++)
            if (fr->obl[i].word == head_of(s, m->last)) for_obl = fr->obl[i].word;
    return for_obl;
}

/* "blamed the attacks on militants": does an oblique of frame fr name someone no dictionary
 * codes (not a date, nor a coded actor's place: "a ceasefire in Sudan")? */
static int someone_beside(sctx *s, const tc_frame *fr)
{
    for (int i = 0; i < fr->nobl; i++) {
        const tc_mention *mk = mention_at(s, s->ment[fr->obl[i].word]);
        const char *kc = tc_code_noun_class(s, fr->obl[i].word);
        if (tc_code_when_over(s, fr->obl[i].word)) continue; /* "on Monday" */
        const char *pw = case_word(s, fr->obl[i].word);      /* "a ceasefire in Sudan" */
        if (mk && usable(mk) && pw && in_words(pw, tc_code_place_preps)) continue;
        if ((mk && (!mk->code[0] || !strncmp(mk->code, "---", 3))) ||
            s->tr.w[fr->obl[i].word].upos == TC_UPOS_PROPN ||
            (kc && (!strcmp(kc, "noun.person") || !strcmp(kc, "noun.group"))))
            return 1;
    }
    return 0;
}

/* For object *o that frame fr's pattern names (root: its code's), what it is into, of or on
 * ("launched an investigation into X") into *o. Returns 1 when that decides the matter (into
 * *out: none, or what an appeal or a demand names), 0 to go on. */
static int pattern_matter(sctx *s, const tc_frame *fr, int root, uint32_t *o, tc_span *out)
{
    *out = (tc_span){0, 0};
    uint32_t into = UINT32_MAX;
    for (uint32_t k = s->first[*o]; k < s->first[*o + 1] && into == UINT32_MAX; k++) {
        uint32_t c = s->kids[k];
        const char *cw = case_word(s, c);
        if (rel_of(s, c) == TC_REL_NMOD && cw &&
            (!strcmp(cw, "into") || !strcmp(cw, "of") || !strcmp(cw, "on")))
            into = c;
    }
    /* ... or the parse hung it on the verb ("launched an investigation into[obl] X") */
    for (int i = 0; i < fr->nobl && into == UINT32_MAX && root == 9; i++) {
        const char *cw = case_word(s, fr->obl[i].word);
        if (cw && !strcmp(cw, "into") && fr->obl[i].word > *o) into = fr->obl[i].word;
    }
    /* "will not lift the embargo": a refusal's matter is what the act it refuses acts on
       (not the press's "requests for comment"); "demanded a ceasefire in Syria",
       "appealed for a humanitarian ceasefire": a demand's or an appeal's is what it
       names */
    if (into == UINT32_MAX && root != 12 && root != 2 && root != 10) return 1;
    for (uint32_t k = s->first[*o]; k < s->first[*o + 1] && into == UINT32_MAX; k++)
        if (rel_of(s, s->kids[k]) == TC_REL_NMOD && lemma_in(s, s->kids[k], press_asks)) return 1;
    if (into != UINT32_MAX) *o = into;
    /* "demanded the release of political prisoners", "called for the return of the
       hostages": what an appeal or a demand names is its matter, people too (they are
       not its target: whoever holds them is) */
    if (into != UINT32_MAX && (root == 2 || root == 10) && s->ment[into] == NO_MENTION &&
        s->tr.w[into].upos == TC_UPOS_NOUN) {
        *out = tc_code_phrase_span(s, into);
        return 1;
    }
    return 0;
}

/* "called the decision arbitrary": a matter judged in the pattern's gap is a deed, a text or
 * an idea, what someone did or said ("called the weather unacceptable" judges no one). */
static int deed(const sctx *s, uint32_t o)
{
    static const char *const deeds[] = {"noun.act", "noun.communication", "noun.cognition", NULL};
    const char *c = tc_code_noun_class(s, o);
    return c && in_words(c, deeds);
}

/* Does match m's pattern name word o ("condemn * attack" names "the attack"), not merely span
 * it? "call * <judgment.name>" spans "called [the decision] arbitrary" but names only the
 * judgment: the object in its gap is the matter judged (verbs19; read for disapproval, 11x,
 * only). A class word ("<noun.act>") may be o. */
static int pattern_names(const sctx *s, const fmatch *m, uint32_t o)
{
    if (!m->p || o < m->first || o > m->last) return 0;
    for (int i = 0; i < m->p->npost; i++) {
        const tc_pelem *e = &m->p->post[i];
        if (e->kind != TC_EL_WORD) continue;
        if (tc_verbs_class(e->w) || word_is(s, o, e->w) || !strcmp(e->w, s->tr.w[o].lemma))
            return 1;
    }
    return 0;
}

/* Investigations, disapproval and rejections of a matter that names no one ("rejected the
 * referendum", "condemned the attack", "opened an investigation into the crash") are
 * one-sided (support is not: "praising their streets" has no one to praise but the object): the
 * object's words (or, when the pattern names the object, "an investigation", what it is "into",
 * "of" or "on") are the target text, with no code; len 0: none. */
tc_span tc_code_matter_target(sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    const fmatch *m = &s->fm[f];
    int root = code_root(m->code);
    /* ... and demands of a matter ("demanded an end to the hostilities", "demanded the
       release of political prisoners") */
    /* "refused to lift the ban": a refusal's matter is what the act it refuses acts on */
    uint32_t ro = root == 12 && !fr->nobj ? refused_object(s, fr) : UINT32_MAX;
    if (ro != UINT32_MAX) return matter(s, ro, 0) ? tc_code_phrase_span(s, ro) : (tc_span){0, 0};
    uint32_t for_obl = matter_oblique(s, fr, m, root);
    if ((root != 2 && root != 9 && root != 10 && root != 11 && root != 12 &&
         strncmp(m->code, "016", 3)) ||
        (fr->flags & TC_FR_PASSIVE) || (!fr->nobj && for_obl == UINT32_MAX))
        return (tc_span){0, 0};
    /* "sentenced him for defying decisions": the act of a charge is the accused's */
    if (fr->mark != TC_FRAME_NONE &&
        (word_is(s, fr->mark, "for") || word_is(s, fr->mark, "of") || word_is(s, fr->mark, "with")))
        return (tc_span){0, 0};
    if (someone_beside(s, fr)) return (tc_span){0, 0};
    uint32_t o = fr->nobj ? fr->obj[0].word : for_obl;
    /* an appeal only where its pattern names what it asks for ("called for the release of") */
    if (root == 2 && !(m->p && o >= m->first && o <= m->last)) return (tc_span){0, 0};
    int spanned = m->p && o >= m->first && o <= m->last;
    int judged = root == 11 && spanned && !pattern_names(s, m, o);
    if (judged && !deed(s, o)) return (tc_span){0, 0};
    tc_span decided;
    if (spanned && !judged && pattern_matter(s, fr, root, &o, &decided)) return decided;
    /* rejecting an idea ("rejected the idea that ...") is no rejection of a proposal */
    uint32_t k = o; /* "the idea (that) ...", "the idea migration can ..." */
    while (k > 0 && s->tr.w[k - 1].head == o + 1) k--;
    for (; root == 12 && k <= o; k++) {
        const char *kc = tc_code_noun_class(s, k);
        if (kc && !strcmp(kc, "noun.cognition")) return (tc_span){0, 0};
    }
    /* what is investigated may be anyone no dictionary knows ("an investigation into 70
       employees of Wargaming", "into the business dealings of Kempinski") */
    /* ... and what a refusal's pattern names, people too ("will not release prisoners") */
    /* ... and a refused request, offer or plan, whoever it names ("rejected an extradition
       request for Catalonia's former leader X") */
    const char *oc = tc_code_noun_class(s, o);
    int named = (root == 9 && o != fr->obj[0].word) ||
                (root == 12 && m->p && o >= m->first && o <= m->last) ||
                (root == 12 && oc && !strcmp(oc, "noun.communication"));
    return matter(s, o, named) ? tc_code_phrase_span(s, o) : (tc_span){0, 0};
}

/* Is preposition word c one that aims the act of frame f at what it opens ("fired at", "a
 * crackdown on"; what is yielded goes "to" someone: "granted a pardon to X")? */
static int aiming(sctx *s, size_t f, uint32_t c)
{
    return in_words(norm_of(s, c), aiming_preps) ||
           (code_root(s->fm[f].code) == 8 && word_is(s, c, "to")) ||
           ((code_root(s->fm[f].code) == 14 || s->protesting) &&
            word_is(s, c, "over")); /* "protested over X" */
}

/* What a one-sided event of frame f aims at when no dictionary codes it ("detained 18 people",
 * "struck a rebel-held area", "granted a pardon to X"): a passive's subject, the phrase the
 * pattern's last preposition opens, the first object not the source's own ("pulled its troops
 * out"), else an aiming phrase of that object or of the verb. Its words are the event's target
 * text, with no code (GDELT's Actor2Name with an empty Actor2Code); len 0: none. */
tc_span tc_code_bare_target(sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    const fmatch *m = &s->fm[f];
    int root = code_root(m->code);
    if (root <= 2) return (tc_span){0, 0};
    uint32_t w = UINT32_MAX;
    if (fr->flags & TC_FR_PASSIVE) {
        if (fr->nsubj) w = fr->subj[0].word;
        return bare_ok(s, f, w) ? tc_code_phrase_span(s, w) : (tc_span){0, 0};
    }
    if (m->final_prep && m->last > fr->pred && rel_of(s, m->last) == TC_REL_CASE &&
        s->tr.w[m->last].head) {
        w = head_of(s, m->last);
        return bare_ok(s, f, w) ? tc_code_phrase_span(s, w) : (tc_span){0, 0};
    }
    for (int i = 0; i < fr->nobj; i++) {
        uint32_t o = fr->obj[i].word;
        int mine = 0;
        for (uint32_t k = s->first[o]; k < s->first[o + 1]; k++)
            mine |= rel_of(s, s->kids[k]) == TC_REL_NMOD_POSS &&
                    s->tr.w[s->kids[k]].upos == TC_UPOS_PRON;
        if (mine || (root == 15 && i == 0)) continue; /* "mobilised its troops" */
        if (bare_ok(s, f, o)) return tc_code_phrase_span(s, o);
        for (uint32_t k = s->first[o]; k < s->first[o + 1]; k++) { /* "a pardon to X" */
            uint32_t c = s->kids[k];
            if (rel_of(s, c) != TC_REL_NMOD) continue;
            for (uint32_t q = s->first[c]; q < s->first[c + 1]; q++)
                if (rel_of(s, s->kids[q]) == TC_REL_CASE && aiming(s, f, s->kids[q]) &&
                    bare_ok(s, f, c))
                    return tc_code_phrase_span(s, c);
        }
    }
    for (int i = 0; i < fr->nobl; i++)
        if (fr->obl[i].prep != TC_FRAME_NONE && aiming(s, f, fr->obl[i].prep) &&
            bare_ok(s, f, fr->obl[i].word))
            return tc_code_phrase_span(s, fr->obl[i].word);
    return (tc_span){0, 0};
}
