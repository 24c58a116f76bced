/* code_match: the pattern of a predicate. Its phrase (its subtree without the clauses hanging
 * from it) is matched against the verb dictionary's patterns (verbs.h) by its form and lemma,
 * the words in order around it, with the "$" and "+" markers' words; calling an actor is a
 * telephone call; a predicate inside another's pattern is part of it. Part of the coder
 * (code_int.h). */
#include "code_int.h"

#include <stdio.h>
#include <string.h>

/* ---- patterns ---- */

/* Dependents whose subtree is a clause of its own, not part of the predicate's phrase. */
/* "barred UN officials from entering Gaza": the gerund "from" opens completes the verb (its
 * mark and itself are in the verb's phrase, what it governs is not). */
static uint32_t from_gerund(const sctx *s, uint32_t c)
{
    if (rel_of(s, c) != TC_REL_ADVCL) return UINT32_MAX;
    for (uint32_t i = s->first[c]; i < s->first[c + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_MARK && word_is(s, s->kids[i], "from") &&
            s->kids[i] < c)
            return s->kids[i];
    return UINT32_MAX;
}

static int own_clause(const sctx *s, uint32_t c)
{
    int r = rel_of(s, c);
    if (r == TC_REL_CCOMP || r == TC_REL_CSUBJ || r == TC_REL_CSUBJ_PASS || r == TC_REL_ADVCL ||
        r == TC_REL_PARATAXIS || r == TC_REL_ACL_RELCL || r == TC_REL_ADVCL_RELCL ||
        r == TC_REL_LIST || r == TC_REL_DISLOCATED || r == TC_REL_ACL)
        return 1;
    return r == TC_REL_CONJ && s->frame_of[c] >= 0;
}

/* "accused Russia of committing war crimes": the gerund "of" opens, with its mark and its
 * object, is in the verb's phrase (the object is what the pattern names: "accuse * of * war
 * crimes"); UINT32_MAX when c is no such gerund, else its mark (session of 2026-12-07, the
 * twelfth). */
static uint32_t of_gerund(const sctx *s, uint32_t c)
{
    if (rel_of(s, c) != TC_REL_ADVCL ||
        strcmp(tc_parse_xpos_name(s->c->parser, s->tr.w[c].xpos), "VBG"))
        return UINT32_MAX;
    for (uint32_t i = s->first[c]; i < s->first[c + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_MARK && word_is(s, s->kids[i], "of") && s->kids[i] < c)
            return s->kids[i];
    return UINT32_MAX;
}

/* "gave the agency 14 days to present a plan": the "to" of an infinitive right after a span of
 * time (a noun WordNet files in noun.time: days, hours, a week), the clause hung on the verb
 * or on that noun, is in the verb's phrase, the clause itself is not, so "give * days to"
 * reads a deadline given (verbs19: recall9); other infinitives ("a plan to end", "ventilators
 * to assist") stay out. UINT32_MAX when c is no such clause, else its "to". */
static uint32_t to_infinitive(const sctx *s, uint32_t c)
{
    if (rel_of(s, c) != TC_REL_ADVCL && rel_of(s, c) != TC_REL_ACL) return UINT32_MAX;
    for (uint32_t i = s->first[c]; i < s->first[c + 1]; i++) {
        uint32_t to = s->kids[i];
        if (rel_of(s, to) != TC_REL_MARK || !word_is(s, to, "to") || to + 1 != c || !to) continue;
        const char *cls =
            s->tr.w[to - 1].upos == TC_UPOS_NOUN ? tc_code_noun_class(s, to - 1) : NULL;
        return cls && !strcmp(cls, "noun.time") ? to : UINT32_MAX;
    }
    return UINT32_MAX;
}

static void mark_phrase(sctx *s, uint32_t w)
{
    s->in_phrase[w] = 1;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i], from = from_gerund(s, c), of = of_gerund(s, c);
        uint32_t to = to_infinitive(s, c);
        if (from != UINT32_MAX) s->in_phrase[c] = s->in_phrase[from] = 1;
        if (to != UINT32_MAX) s->in_phrase[to] = 1;
        if (of != UINT32_MAX) {
            s->in_phrase[c] = s->in_phrase[of] = 1;
            for (uint32_t k = s->first[c]; k < s->first[c + 1]; k++)
                if (rel_of(s, s->kids[k]) == TC_REL_OBJ) mark_phrase(s, s->kids[k]);
        }
        if (!own_clause(s, c)) mark_phrase(s, c);
    }
}

/* "forced the ambassador to leave": after a verb that makes its object act, the parse often
 * hangs the infinitive on the object (acl) where it is the verb's own complement (xcomp, in the
 * phrase: "force * to * leave"); such an infinitive joins the phrase (fifteenth session). */
static void mark_object_infinitive(sctx *s, uint32_t p)
{
    static const char *const makers[] = {"force", "compel", "oblige", "coerce", NULL};
    if (!lemma_in(s, p, makers)) return;
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t o = s->kids[i];
        if (rel_of(s, o) != TC_REL_OBJ) continue;
        for (uint32_t k = s->first[o]; k < s->first[o + 1]; k++) {
            uint32_t a = s->kids[k];
            if (rel_of(s, a) != TC_REL_ACL || a < o) continue;
            for (uint32_t j = s->first[a]; j < s->first[a + 1]; j++)
                if (rel_of(s, s->kids[j]) == TC_REL_MARK && word_is(s, s->kids[j], "to"))
                    mark_phrase(s, a);
        }
    }
}

/* The predicate's phrase in word order into s->seq; its length; *at: where p is. */
uint32_t tc_code_phrase_of(sctx *s, uint32_t p, uint32_t *at)
{
    memset(s->in_phrase, 0, s->tr.n);
    mark_phrase(s, p);
    mark_object_infinitive(s, p);
    uint32_t n = 0;
    for (uint32_t w = 0; w < s->tr.n; w++)
        if (s->in_phrase[w]) {
            if (w == p) *at = n;
            s->seq[n++] = w;
        }
    return n;
}

static const char *const prepositions[] = {
    "to",      "on",   "with",   "against", "at",   "into",   "onto",    "upon", "toward",
    "towards", "from", "for",    "of",      "in",   "over",   "between", "by",   "about",
    "across",  "near", "around", "through", "amid", "within", "among",   NULL};

/* Is word w of a pattern reached from predicate v only through a preposition of setting (in,
 * during, after ...) the pattern does not name ("took part in the desegregation of the city's
 * restaurants" is no "take * city")? */
static int behind_other_prep(const sctx *s, const tc_vpattern *p, uint32_t w, uint32_t v)
{
    for (int hops = 0; hops < 8 && w != v && s->tr.w[w].head; hops++) {
        const char *cw = case_word(s, w);
        /* a target between ("appealed to the UN for aid", the parse hanging "for aid" on it)
           does not hide the pattern's words */
        static const char *const settings[] = {
            "in",    "during",     "since",  "after",   "before", "near",   "despite", "amid",
            "among", "throughout", "within", "outside", "inside", "around", NULL};
        if (cw && s->ment[w] == NO_MENTION && in_words(cw, settings)) {
            int named = 0;
            for (int k = 0; k < p->npost && !named; k++)
                named = p->post[k].kind == TC_EL_WORD && !strcmp(p->post[k].w, cw);
            if (!named) return 1;
        }
        w = head_of(s, w);
    }
    return 0;
}

/* Is w (a word of a pattern) the particle of verb v, after v's object ("turned them over")? */
static int shifted_particle(const sctx *s, uint32_t v, const char *w)
{
    int obj = 0;
    for (uint32_t i = s->first[v]; i < s->first[v + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) == TC_REL_OBJ && c > v) obj = 1;
        if (rel_of(s, c) == TC_REL_COMPOUND_PRT && c > v + 1 && obj && word_is(s, c, w)) return 1;
    }
    return 0;
}

/* Is noun w an oblique of verb v: hung on it, or on its object or another oblique of it
 * through nouns the parse attached it to ("returned dozens of Mayan artifacts to the embassy":
 * "to the embassy" read as a modifier of "artifacts"; "a portrait by the artist X to its
 * owner": hung on the painter's name)? Only a goal ("to") is looked for so far (far): "convicted
 * the men over their assault of passers-by" is no "convict * of". */
static int own_oblique(const sctx *s, uint32_t w, uint32_t v, int far)
{
    for (int hops = 0; hops < (far ? 5 : 1) && s->tr.w[w].head; hops++) {
        uint32_t h = head_of(s, w);
        int r = rel_of(s, w);
        if (h == v) return hops == 0 || r == TC_REL_OBJ || r == TC_REL_OBL;
        if (r != TC_REL_NMOD && r != TC_REL_APPOS) return 0;
        w = h;
    }
    return 0;
}

/* Is word w the pattern word e: its form, or for a class ("<noun.artifact>") a noun WordNet
 * files first in that class? */
static int elem_is(const sctx *s, uint32_t w, const char *e)
{
    const char *cls = tc_verbs_class(e);
    if (!cls) return word_is(s, w, e);
    const char *c = s->tr.w[w].upos == TC_UPOS_NOUN ? tc_code_noun_class(s, w) : NULL;
    size_t n = strlen(cls) - 1;
    return c && strlen(c) == n && !strncmp(c, cls, n);
}

/* Matches p's words before position at of s->seq, backwards: glued words adjacent in the
 * text, others within the pattern's gap; the source's or target's span a marker between them
 * names and m->first set. Returns 0 when they are not there. */
static int words_before(const sctx *s, const tc_vpattern *p, uint32_t at, fmatch *m)
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
        while (j > 0 && !elem_is(s, s->seq[j - 1], e->w) && !glued && pos - j < p->gap) j--;
        if (j == 0 || !elem_is(s, s->seq[j - 1], e->w)) return 0;
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
    return 1;
}

/* "^" before an actor's marker passes over a noun phrase ("IFTAR IN ^ +": "in Osgiliath with
 * the leaders of Gondor" aims at Gondor): the position of s->seq[0..n) past skips noun
 * phrases from mark. */
static uint32_t past_noun_phrases(const sctx *s, uint32_t mark, uint32_t n, int skips)
{
    for (; skips > 0; skips--) {
        int noun = 0;
        while (mark < n) {
            uint8_t u = s->tr.w[s->seq[mark]].upos;
            if (noun && (u == TC_UPOS_ADP || u == TC_UPOS_PUNCT || u == TC_UPOS_CCONJ ||
                         u == TC_UPOS_VERB || u == TC_UPOS_AUX))
                break;
            noun |= u == TC_UPOS_NOUN || u == TC_UPOS_PROPN || u == TC_UPOS_PRON;
            mark++;
        }
    }
    return mark;
}

/* The position of s->seq[0..n) where p's word e after the verb (at position at) lies, looked
 * for from pos (glued: right there, else within the pattern's gap; a preposition of the verb's
 * own oblique anywhere after); UINT32_MAX when it is not there. */
static uint32_t word_after(const sctx *s, const tc_vpattern *p, const tc_pelem *e, uint32_t pos,
                           uint32_t n, uint32_t at, int glued)
{
    uint32_t j = pos;
    uint32_t reach = glued ? pos : pos + p->gap;
    while (j < n && j <= reach && !elem_is(s, s->seq[j], e->w)) j++;
    /* "returned a 16th-century two-volume Hebrew Bible to its owners": a preposition of
       the verb's own oblique lies after its object, however long the object is */
    if ((j >= n || j > reach) && !glued && in_words(e->w, prepositions)) {
        for (j = reach + 1; j < n; j++)
            if (word_is(s, s->seq[j], e->w) && rel_of(s, s->seq[j]) == TC_REL_CASE &&
                s->tr.w[s->seq[j]].head &&
                own_oblique(s, head_of(s, s->seq[j]), s->seq[at], !strcmp(e->w, "to")))
                break;
    }
    if (j >= n || (j > reach && !in_words(e->w, prepositions))) return UINT32_MAX;
    if (!p->wide && !in_words(e->w, prepositions) && behind_other_prep(s, p, s->seq[j], s->seq[at]))
        return UINT32_MAX;
    if (glued && s->seq[j] != s->seq[pos - 1] + 1) return UINT32_MAX;
    return j;
}

/* Matches p's words around position at of seq[0..n): before it backwards, after it forwards;
 * glued words must be adjacent in the text, others within the pattern's gap. */
int tc_code_match_words(const sctx *s, const tc_vpattern *p, uint32_t n, uint32_t at, fmatch *m)
{
    if (!words_before(s, p, at, m)) return 0;
    uint32_t pos = at + 1;
    int pending = -1;
    uint32_t mark = pos;
    int skips = 0;
    for (int k = 0; k < p->npost; k++) {
        const tc_pelem *e = &p->post[k];
        if (e->kind == TC_EL_SKIP) {
            skips++;
            continue;
        }
        if (e->kind != TC_EL_WORD) {
            pending = e->kind;
            mark = past_noun_phrases(s, pos, n, skips);
            skips = 0;
            continue;
        }
        skips = 0;
        /* "handed the suspects over to Uganda": a particle the pattern glues to its verb
           ("hand over") may follow the verb's object; the words after it are looked for
           from the verb on */
        if (pos == at + 1 && e->glued && pending < 0 && shifted_particle(s, s->seq[at], e->w) &&
            (pos >= n || !word_is(s, s->seq[pos], e->w)))
            continue;
        uint32_t j = word_after(s, p, e, pos, n, at, e->glued && pending < 0);
        if (j == UINT32_MAX) return 0;
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

/* The first of the patterns vf whose verb is word v (at position at of the phrase s->seq[0..n),
 * or outside it: at == n) matches; with glued, only those whose word glued before the verb is
 * glued ("wire tap": the parse may make "wire" the verb). */
static int try_patterns(sctx *s, fmatch *m, const tc_vform *vf, uint32_t v, uint32_t n, uint32_t at,
                        const char *glued)
{
    uint32_t *phrase = s->seq;
    for (; vf; vf = vf->next) {
        if (vf->words & ~s->words) continue; /* (without reading the pattern) */
        const tc_vpattern *pat = tc_verbs_pattern(s->c->verbs, vf->pattern);
        if ((glued && (!pat->npre || pat->pre[pat->npre - 1].kind != TC_EL_WORD ||
                       !pat->pre[pat->npre - 1].glued || strcmp(pat->pre[pat->npre - 1].w, glued))))
            continue;
        fmatch try = {.reporter = NO_MENTION};
        /* PETRARCH's and TABARI's patterns span the sentence, as their coders read them */
        int wide = pat->wide || at == n;
        s->seq = wide ? s->all : phrase;
        int ok = wide ? tc_code_match_words(s, pat, s->tr.n, v, &try)
                      : tc_code_match_words(s, pat, n, at, &try);
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

/* How many words other than prepositions pattern p names after its verb. */
static int post_words(const tc_vpattern *p)
{
    int words = 0;
    for (int i = 0; i < p->npost; i++)
        words += p->post[i].kind == TC_EL_WORD && !in_words(p->post[i].w, prepositions);
    return words;
}

/* "Sanctions were imposed on Iran by the United States", "the blockade was lifted by
 * Azerbaijan", "two diplomats were expelled": a passive's subject is what the active verb
 * takes as its object, so the phrase is read again in the active order (the verb, the
 * subject's words, the words after the verb; the auxiliaries left out) for the patterns that
 * name it. Only a pattern naming more words after its verb (prepositions aside) than
 * more_than and marking no actor is taken (the markers' spans are positions in the text's
 * order). */
static int passive_pattern(sctx *s, size_t f, const tc_vform *vf, uint32_t n, uint32_t at,
                           int more_than)
{
    const tc_frame *fr = &s->fr[f];
    if (!vf || !(fr->flags & TC_FR_PASSIVE) || !fr->nsubj || fr->subj[0].word > fr->pred) return 0;
    uint32_t subj = fr->subj[0].word, p = fr->pred;
    uint32_t *phrase = s->seq, *act = tc_arena_alloc(s->a, (n ? n : 1) * sizeof *act), k = 0;
    uint8_t *under = tc_arena_calloc(s->a, n ? n : 1, 1);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t h = phrase[i];
        for (int hops = 0; hops < 32 && h != subj && h != p && s->tr.w[h].head; hops++)
            h = head_of(s, h);
        under[i] = h == subj;
    }
    for (uint32_t i = 0; i < at; i++) {
        int r = rel_of(s, phrase[i]);
        if (!under[i] && r != TC_REL_AUX && r != TC_REL_AUX_PASS) act[k++] = phrase[i];
    }
    uint32_t vat = k;
    act[k++] = p;
    for (uint32_t i = 0; i < at; i++)
        if (under[i]) act[k++] = phrase[i];
    for (uint32_t i = at + 1; i < n; i++) act[k++] = phrase[i];
    fmatch m = {.reporter = NO_MENTION};
    s->seq = act;
    int ok = try_patterns(s, &m, vf, p, k, vat, NULL);
    s->seq = phrase;
    if (!ok || m.p->wide || post_words(m.p) <= more_than || m.tgt_hi > m.tgt_lo ||
        m.src_hi > m.src_lo)
        return 0;
    s->fm[f] = m;
    return 1;
}

/* "renewed calls for a ceasefire", "repeated its appeal for calm", "issued a call for
 * talks": a verb that repeats or utters an appeal named by its object is that appeal, the
 * noun read as the verb over the phrase ("call for * ceasefire" 0256, not "renew * ceasefire"
 * 0871). */
static int uttered_appeal(sctx *s, size_t f, uint32_t n)
{
    static const char *const repeaters[] = {"renew", "repeat", "reiterate", "echo", "issue",
                                            "make",  "voice",  "step",      NULL};
    static const char *const appeals[] = {"call", "appeal", "plea", NULL};
    const tc_frame *fr = &s->fr[f];
    if (!fr->nobj || !lemma_in(s, fr->pred, repeaters)) return 0;
    uint32_t o = fr->obj[0].word, at = n;
    if (s->tr.w[o].upos != TC_UPOS_NOUN || !lemma_in(s, o, appeals)) return 0;
    for (uint32_t i = 0; i < n; i++)
        if (s->seq[i] == o) at = i;
    const char *verb = s->tr.w[o].lemma;
    const tc_vform *vf = tc_verbs_lookup(s->c->verbs, verb, strlen(verb));
    fmatch m = {.reporter = NO_MENTION};
    if (at == n || !try_patterns(s, &m, vf, o, n, at, NULL) || m.p->wide || !post_words(m.p))
        return 0;
    s->fm[f] = m;
    return 1;
}

/* "tear-gassed", "baton-charged", "fire-bombed": a verb the parse has with its noun joined by
 * a hyphen as a compound (repair_hyphen_verb) is looked up whole, written closed: the noun's
 * lemma and its own ("teargas", "batoncharge"; verbs.txt reads a hyphen in a verb as the
 * verb's first part, "test-fire"); NULL when the dictionary has no such verb. */
static const tc_vform *joined_verb(const sctx *s, uint32_t p)
{
    if (p < 2) return NULL;
    const tc_word *x = &s->tr.w[p - 2], *hy = &s->tr.w[p - 1], *v = &s->tr.w[p];
    if (x->head != p + 1 || x->rel != TC_REL_COMPOUND || hy->len != 1 ||
        hy->off != x->off + x->len || v->off != hy->off + 1 || !x->lemma || !v->lemma)
        return NULL;
    char buf[64];
    int k = snprintf(buf, sizeof buf, "%s%s", x->lemma, v->lemma);
    if (k <= 0 || (size_t)k >= sizeof buf) return NULL;
    return tc_verbs_lookup(s->c->verbs, buf, (size_t)k);
}

void tc_code_find_pattern(sctx *s, size_t f)
{
    uint32_t p = s->fr[f].pred;
    const tc_word *w = &s->tr.w[p];
    fmatch *m = &s->fm[f];
    m->reporter = NO_MENTION;
    if (w->upos != TC_UPOS_VERB) return;
    const tc_token *tok = &s->t->toks[s->lo + p];
    const tc_vform *vf = joined_verb(s, p);
    if (!vf) vf = tc_verbs_lookup(s->c->verbs, tok->norm, tok->nlen);
    if (!vf) vf = tc_verbs_lookup(s->c->verbs, w->lemma, strlen(w->lemma));
    uint32_t at = 0, n = tc_code_phrase_of(s, p, &at);
    if (uttered_appeal(s, f, n)) return;
    if (vf && try_patterns(s, m, vf, p, n, at, NULL)) {
        passive_pattern(s, f, vf, n, at, post_words(m->p)); /* one naming more, if any */
        return;
    }
    if (passive_pattern(s, f, vf, n, at, 0)) return;
    if (p + 1 >= s->tr.n || at + 1 >= n || s->seq[at + 1] != p + 1) return;
    const tc_token *next = &s->t->toks[s->lo + p + 1];
    vf = tc_verbs_lookup(s->c->verbs, next->norm, next->nlen);
    if (vf) try_patterns(s, m, vf, p + 1, n, at + 1, tok->norm);
}

/* "Tillerson called Lavrov on Thursday to discuss Syria": calling an actor, with nothing
 * that makes the call a naming ("called him a liar"), an appeal ("called on", "called for") or
 * a summons ("called off", "called in"), is a telephone call (041). */
void tc_code_phone_call(sctx *s, size_t f)
{
    static const tc_vpattern phone = {.cameo = "041"};
    const tc_frame *fr = &s->fr[f];
    uint32_t p = fr->pred;
    /* "Trump called Saudi Arabia's King Salman": a name alone after "called", which the
       parser may take for what something is called (xcomp), is whom was called */
    uint32_t named = UINT32_MAX;
    for (uint32_t i = s->first[p]; i < s->first[p + 1] && !fr->nobj; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) == TC_REL_XCOMP && s->tr.w[c].upos == TC_UPOS_PROPN) named = c;
    }
    if (s->fm[f].p || s->tr.w[p].upos != TC_UPOS_VERB || strcmp(s->tr.w[p].lemma, "call") ||
        (fr->nobj != 1 && named == UINT32_MAX) || !fr->nsubj || fr->flags & TC_FR_PASSIVE ||
        !s->c->cameo || rel_of(s, p) == TC_REL_ACL ||
        rel_of(s, p) == TC_REL_AMOD || /* "a website called X" */
        rel_of(s, p) == TC_REL_XCOMP)  /* "to create guides called X" */
        return;
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        if (r == TC_REL_COMPOUND_PRT || r == TC_REL_CCOMP) return;
        /* "called Togo's claims baseless[acl]": a naming, the judging word on the object */
        if (r == TC_REL_OBJ)
            for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
                if ((rel_of(s, s->kids[j]) == TC_REL_ACL || rel_of(s, s->kids[j]) == TC_REL_AMOD) &&
                    s->kids[j] > c && s->tr.w[s->kids[j]].upos == TC_UPOS_ADJ &&
                    tc_code_judging_word(s->c, norm_of(s, s->kids[j]),
                                         strlen(norm_of(s, s->kids[j]))))
                    return;
        if (r == TC_REL_XCOMP && c != named) {
            int to = 0;
            for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
                to |= rel_of(s, s->kids[j]) == TC_REL_MARK && word_is(s, s->kids[j], "to");
            if (!to) return; /* "called the move a mistake" */
        }
    }
    for (int i = 0; i < fr->nobl; i++)
        for (uint32_t j = s->first[fr->obl[i].word]; j < s->first[fr->obl[i].word + 1]; j++) {
            uint32_t c = s->kids[j];
            if (rel_of(s, c) == TC_REL_CASE && (word_is(s, c, "for") || word_is(s, c, "upon")))
                return;
        }
    uint32_t o = fr->nobj ? fr->obj[0].word : named; /* "called Macron a weak leader" */
    for (uint32_t i = s->first[o]; i < s->first[o + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) != TC_REL_APPOS) continue;
        for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
            if (rel_of(s, s->kids[j]) == TC_REL_DET &&
                (word_is(s, s->kids[j], "a") || word_is(s, s->kids[j], "an")))
                return;
    }
    const tc_mention *mo = mention_at(s, tc_code_arg_mention(s, o, 1));
    const tc_cameo *info = tc_cameo_get(s->c->cameo, phone.cameo);
    if (!mo || !usable(mo) || !info) return;
    fmatch *m = &s->fm[f];
    m->p = &phone;
    m->info = info;
    snprintf(m->code, sizeof m->code, "%s", phone.cameo);
    m->first = m->last = p;
}

/* A predicate whose word is one of another predicate's pattern words ("indicated" in
 * "indicated it should have acted") is part of that phrase. */
void tc_code_mark_consumed(sctx *s)
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
