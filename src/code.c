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
 * Negated, hypothetical and conditional events are produced with a flag, not dropped.
 * This file holds the patterns, reported speech and the events; government and mood are
 * code_mood.c's, who the arguments are code_roles.c's, events named by nouns code_nouns.c's
 * (code_int.h). */
#include "code_int.h"

#include "frame.h"
#include "hash.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
uint32_t tc_code_phrase_of(sctx *s, uint32_t p, uint32_t *at)
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

/* Matches p's words around position at of seq[0..n): before it backwards, after it forwards;
 * glued words must be adjacent in the text, others within the pattern's gap. */
int tc_code_match_words(const sctx *s, const tc_vpattern *p, uint32_t n, uint32_t at, fmatch *m)
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
        /* "returned a 16th-century two-volume Hebrew Bible to its owners": a preposition of
           the verb's own oblique lies after its object, however long the object is */
        if ((j >= n || j > reach) && !glued && in_words(e->w, prepositions)) {
            for (j = reach + 1; j < n; j++)
                if (word_is(s, s->seq[j], e->w) && rel_of(s, s->seq[j]) == TC_REL_CASE &&
                    s->tr.w[s->seq[j]].head && head_of(s, head_of(s, s->seq[j])) == s->seq[at])
                    break;
        }
        if (j >= n || (j > reach && !in_words(e->w, prepositions))) return 0;
        if (!p->wide && !in_words(e->w, prepositions) &&
            behind_other_prep(s, p, s->seq[j], s->seq[at]))
            return 0;
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
    uint32_t at = 0, n = tc_code_phrase_of(s, p, &at);
    if (vf && try_patterns(s, m, vf, p, n, at, NULL)) return;
    if (p + 1 >= s->tr.n || at + 1 >= n || s->seq[at + 1] != p + 1) return;
    const tc_token *next = &s->t->toks[s->lo + p + 1];
    vf = tc_verbs_lookup(s->c->verbs, next->norm, next->nlen);
    if (vf) try_patterns(s, m, vf, p + 1, n, at + 1, tok->norm);
}

/* "Tillerson called Lavrov on Thursday to discuss Syria": calling an actor, with nothing
 * that makes the call a naming ("called him a liar"), an appeal ("called on", "called for") or
 * a summons ("called off", "called in"), is a telephone call (041). */
static void phone_call(sctx *s, size_t f)
{
    static const tc_vpattern phone = {.cameo = "041"};
    const tc_frame *fr = &s->fr[f];
    uint32_t p = fr->pred;
    if (s->fm[f].p || s->tr.w[p].upos != TC_UPOS_VERB || strcmp(s->tr.w[p].lemma, "call") ||
        fr->nobj != 1 || !fr->nsubj || fr->flags & TC_FR_PASSIVE || !s->c->cameo ||
        rel_of(s, p) == TC_REL_ACL || rel_of(s, p) == TC_REL_AMOD || /* "a website called X" */
        rel_of(s, p) == TC_REL_XCOMP) /* "to create guides called X" */
        return;
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        if (r == TC_REL_COMPOUND_PRT || r == TC_REL_CCOMP) return;
        if (r == TC_REL_XCOMP) {
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
    uint32_t o = fr->obj[0].word; /* "called Macron a weak leader" */
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

/* ---- reported speech ---- */

static const char *const speech[] = {
    "say",      "tell",   "claim",    "state",       "report",  "add",      "allege",  "insist",
    "confirm",  "note",   "write",    "tweet",       "post",    "believe",  "think",   "argue",
    "explain",  "stress", "quote",    "assert",      "suggest", "indicate", "contend", "maintain",
    "announce", "reveal", "disclose", "acknowledge", "admit",   "say",      NULL};

int tc_code_according(const sctx *s, uint32_t w)
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
int32_t tc_code_reporter_of(sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    for (int i = 0; i < fr->nobl; i++)
        if (tc_code_according(s, fr->obl[i].word))
            return tc_code_arg_mention(s, fr->obl[i].word, 2);
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
                if (tc_code_according(s, gf->obl[i].word))
                    return tc_code_arg_mention(s, gf->obl[i].word, 2);
            return tc_code_first_arg_mention(s, gf->subj, gf->nsubj);
        }
        w = h;
    }
    return NO_MENTION;
}

/* Does predicate f hang from a saying ("analysts say X will ...") or carry "according to"? */
static int told(sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    for (int i = 0; i < fr->nobl; i++)
        if (tc_code_according(s, fr->obl[i].word)) return 1;
    uint32_t w = fr->pred;
    for (int hops = 0; hops < 4 && s->tr.w[w].head; hops++) {
        int r = rel_of(s, w);
        if (r != TC_REL_CCOMP && r != TC_REL_PARATAXIS && r != TC_REL_XCOMP && r != TC_REL_CONJ)
            break;
        w = head_of(s, w);
        if (lemma_in(s, w, speech)) return 1;
    }
    return 0;
}

/* An announced act told by someone else: the act, hypothetical, not a threat. */
static void unannounce(const sctx *s, fmatch *m)
{
    tc_code_set_code(s, m, m->act);
    m->announced = 0;
    m->flags |= TC_EV_HYPOTHETICAL;
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
/* Sectors of those who fight (the police and spies use force too, but are no combatants). */
static const char *const fighters[] = {"MIL", "REB", "INS", "UAF", "SEP", NULL};

/* Is m's code of that sector ("CVL" of "CHNCVL")? */

static const char *by_context(const sctx *s, const tc_mention *src, const char *code, uint32_t pred)
{
    const tc_mention *m = src;
    /* warplanes, drones or helicopters attacking or bombing: aerial force (195) */
    if ((!strcmp(code, "190") || code_root(code) == 18) && m->tok0 + m->ntok - 1 >= s->lo) {
        uint32_t w = m->tok0 + m->ntok - 1 - s->lo;
        if (w < s->tr.n && lemma_in(s, w, aircraft)) return "195";
    }
    /* "carried out air strikes", "launched airstrikes": aerial force (195) */
    if (!strcmp(code, "190"))
        for (uint32_t i = s->first[pred]; i < s->first[pred + 1]; i++) {
            uint32_t o = s->kids[i];
            if (rel_of(s, o) != TC_REL_OBJ) continue;
            static const char *const aerial[] = {"airstrike", "air-strike", NULL};
            if (lemma_in(s, o, aerial)) return "195";
            if (strcmp(s->tr.w[o].lemma, "strike")) continue;
            for (uint32_t j = s->first[o]; j < s->first[o + 1]; j++)
                if (word_is(s, s->kids[j], "air") || lemma_in(s, s->kids[j], aircraft))
                    return "195";
        }
    /* gunmen, soldiers or police storming a building use force (190), not a riot (145) */
    static const char *const forces[] = {"COP", "SPY", NULL};
    if ((sector_in(src, fighters) || sector_in(src, forces)) && !strcmp(code, "145")) return "190";
    /* nurses, teachers, workers or students "began a strike": a labour strike (143) */
    static const char *const workers[] = {"HLH", "EDU", "LAB", "CVL", "AGR", "BUS", "MED", NULL};
    /* ... and "threatened to strike" threatens one (133) */
    if (sector_in(src, workers) && (code_root(code) == 19 || !strncmp(code, "138", 3))) {
        uint32_t w = !strcmp(s->tr.w[pred].lemma, "strike") ? pred : UINT32_MAX;
        for (uint32_t i = s->first[pred]; i < s->first[pred + 1] && w == UINT32_MAX; i++) {
            int r = rel_of(s, s->kids[i]);
            if ((r == TC_REL_OBJ || r == TC_REL_XCOMP) &&
                !strcmp(s->tr.w[s->kids[i]].lemma, "strike"))
                w = s->kids[i];
        }
        /* not "air strikes", "missile strikes": force whoever the parse made their author */
        static const char *const arms[] = {"air",       "missile",  "drone", "rocket",
                                           "artillery", "military", "naval", NULL};
        for (uint32_t i = w < s->tr.n ? s->first[w] : 0; w < s->tr.n && i < s->first[w + 1]; i++)
            if (lemma_in(s, s->kids[i], arms)) w = UINT32_MAX;
        if (w != UINT32_MAX) return code_root(code) == 19 ? "143" : "133";
    }
    /* an army's "assault on Gaza" is an offensive (190), not a beating (182) */
    if (sector_in(src, fighters) && !strcmp(code, "182") && s->tr.w[pred].upos == TC_UPOS_NOUN &&
        !strcmp(s->tr.w[pred].lemma, "assault"))
        return "190";
    /* an army backing or standing by another cooperates militarily (062), not in words (052) */
    if (sector_is(src, "MIL") && !strcmp(code, "052")) return "062";
    if (!sector_in(src, dissent_agents)) return code;
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
    /* "Bangladesh says it will not accept ...": a pronoun's words are its antecedent's when
       the sentence names it before */
    uint32_t w = m->tok0 - s->lo;
    if (m->tok0 >= s->lo && w < s->tr.n && s->tr.w[w].upos == TC_UPOS_PRON && m->ntok == 1)
        for (size_t j = 0; j < s->nm; j++)
            if (s->m[j].tok0 < m->tok0 && s->m[j].tok0 >= s->lo && !strcmp(s->m[j].code, m->code) &&
                s->m[j].name && m->name && !strcmp(s->m[j].name, m->name))
                m = &s->m[j];
    const tc_token *a = &s->t->toks[m->tok0], *b = &s->t->toks[m->tok0 + m->ntok - 1];
    r.span = (tc_span){a->off, b->off + b->len - a->off};
    return r;
}

/* The date expression word w lies in ("on Sunday", "in March"), or NULL. */
static const tc_when *when_over(const sctx *s, uint32_t w)
{
    for (size_t i = 0; i < s->nwhen; i++)
        if (s->lo + w >= s->when[i].tok0 && s->lo + w < s->when[i].tok0 + s->when[i].ntok)
            return &s->when[i];
    return NULL;
}

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
        const tc_when *x = when_over(s, h);
        if (x) return x;
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
    /* "launched an operation to flush out X ... in 2015": the date of the infinitive it
       governs */
    for (size_t f = 0; f < s->nfr && !w; f++)
        if (s->fr[f].gov == p && s->fr[f].gov_rel == TC_REL_XCOMP) w = when_at(s, s->fr[f].pred);
    for (int hops = 0; !w && hops < 4 && s->tr.w[p].head; hops++) {
        int r = rel_of(s, p);
        /* "soured in 2010 after commandos stormed X", the clause read as describing its
           subject: the time of the clause it hangs in */
        if (r == TC_REL_ACL && s->tr.w[head_of(s, p)].head &&
            rel_of(s, head_of(s, p)) == TC_REL_OBL)
            p = head_of(s, p);
        else if (r != TC_REL_CONJ && r != TC_REL_ADVCL && r != TC_REL_XCOMP)
            break;
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

/* "Ishiba visited Taiwan in August" in a June article: a month or day named with no year,
 * which the date reader put in the coming months, is last year's when the verb tells of the
 * past (a past tense or a perfect). Moves *d back a year; 1 when it did (the act is then past). */
static int told_as_past(const sctx *s, uint32_t p, const tc_when *w, tc_date *d)
{
    const tc_date *ref = &s->c->date;
    if (ref->prec == TC_DATE_NONE || (d->prec != TC_DATE_MONTH && d->prec != TC_DATE_DAY) ||
        d->year * 12 + d->month <= ref->year * 12 + ref->month)
        return 0;
    for (uint32_t i = w->tok0; i < w->tok0 + w->ntok; i++) /* a year written out stays */
        if (s->t->toks[i].nlen == 4 && isdigit((unsigned char)s->t->toks[i].norm[0])) return 0;
    const tc_feats *ft = tc_parse_feats(s->c->parser, s->tr.w[p].feats);
    int past = ft && ft->tense == TC_TENSE_PAST && ft->verbform == TC_VF_FIN;
    for (uint32_t i = s->first[p]; i < s->first[p + 1] && !past; i++)
        past = rel_of(s, s->kids[i]) == TC_REL_AUX && !strcmp(s->tr.w[s->kids[i]].lemma, "have");
    if (!past) return 0;
    d->year--;
    return 1;
}

/* "Since August 2022, when the president called for war, ...": a simple past dated by a span
 * that began well before the article is a past act, though the span reaches the article. */
static int done_before(const sctx *s, uint32_t p, const tc_date *d)
{
    const tc_date *ref = &s->c->date;
    if (ref->prec == TC_DATE_NONE || d->prec == TC_DATE_NONE) return 0;
    const tc_feats *ft = tc_parse_feats(s->c->parser, s->tr.w[p].feats);
    if (!ft || ft->tense != TC_TENSE_PAST || ft->verbform != TC_VF_FIN) return 0;
    int32_t first, last; /* a week's or a month's last day: "last week" is news of the days */
    if (tc_date_range(*d, &first, &last)) return 0;
    return last + TC_WHEN_PAST_DAYS < tc_when_days(ref->year, ref->month, ref->day ? ref->day : 1);
}

/* "launched a scathing attack on the spy chiefs, calling them nutters", "attacked the
 * minister, saying he had lied": an attack in words is criticism (111), not force. */
static int verbal_attack(const sctx *s, const fmatch *m, uint32_t p)
{
    static const char *const wordy[] = {
        "verbal",          "scathing", "blistering", "stinging", "withering",
        "extraordinary",   "personal", "sharp",      "bitter",   "rhetorical",
        "veiled",          "furious",  "angry",      "harsh",    "savage",
        "strongly-worded", "public",   "political",  NULL};
    static const char *const naming[] = {"call",  "say",   "accuse", "describe", "brand",
                                         "label", "dub",   "urge",   "tell",     "claim",
                                         "write", "tweet", "argue",  "insist",   NULL};
    uint32_t lo = m->p && m->first < p ? m->first : p, hi = m->p && m->last > p ? m->last : p;
    int attack = 0, words = 0;
    for (uint32_t w = lo; w <= hi && w < s->tr.n; w++) {
        if (strcmp(s->tr.w[w].lemma, "attack") && strcmp(s->tr.w[w].lemma, "assault")) continue;
        attack = 1;
        for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++)
            words |= rel_of(s, s->kids[i]) == TC_REL_AMOD && lemma_in(s, s->kids[i], wordy);
    }
    if (!attack) return 0;
    for (uint32_t i = s->first[p]; i < s->first[p + 1] && !words; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        words = (r == TC_REL_ADVCL || r == TC_REL_CONJ) && lemma_in(s, c, naming) &&
                s->tr.w[c].upos == TC_UPOS_VERB;
    }
    return words;
}

/* An undated act told as a standing state rather than news: a designation or ban in the
 * perfect ("Turkey has designated the YPG as terrorists", "the U.S. has banned the supply of
 * chips"), or what a relative clause says someone had done ("an official who had negotiated
 * with North Korea"). */
static int standing(const sctx *s, uint32_t p)
{
    static const char *const statuses[] = {"designate", "ban",   "outlaw", "blacklist",
                                           "proscribe", "annex", "list",   NULL};
    int have = 0, had = 0;
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) != TC_REL_AUX) continue;
        have |= word_is(s, c, "has") || word_is(s, c, "have");
        had |= word_is(s, c, "had");
    }
    if (have && lemma_in(s, p, statuses)) return 1;
    /* "Several months later, North Korea invaded", "days later, a bomb killed": days or more
       after an act the story told before is the story's past, not the article's day */
    /* "The United Nations was already providing assistance to 1 million people before the
       coup": an ongoing act told in the past as before an event is background */
    int was = 0; /* ("was providing", not "criticized ... before the vote": often days ago) */
    for (uint32_t i = s->first[p]; i < s->first[p + 1] && !was; i++)
        was = rel_of(s, s->kids[i]) == TC_REL_AUX &&
              (word_is(s, s->kids[i], "was") || word_is(s, s->kids[i], "were"));
    for (uint32_t i = s->first[p]; i < s->first[p + 1] && was; i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        const char *kc = tc_code_noun_class(s, c);
        if (rel_of(s, c) == TC_REL_OBL && cw && !strcmp(cw, "before") && kc &&
            (!strcmp(kc, "noun.act") || !strcmp(kc, "noun.event")))
            return 1;
    }
    static const char *const spans[] = {"day", "week", "month", "year", "decade", NULL};
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) != TC_REL_ADVMOD || !word_is(s, c, "later")) continue;
        for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
            if (lemma_in(s, s->kids[j], spans)) return 1;
    }
    /* "the sanctions Washington has imposed", "the deal it has signed": a relative clause in
       the perfect describes its noun by what was done before */
    int mark = 0; /* "the announcement that Ukraine had agreed": a content clause */
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++)
        mark |= rel_of(s, s->kids[i]) == TC_REL_MARK;
    static const char *const contents[] = {
        "announcement", "report",      "claim",     "allegation",   "news",       "statement",
        "fact",         "word",        "assertion", "confirmation", "suggestion", "warning",
        "accusation",   "charge",      "rumor",     "rumour",       "belief",     "fear",
        "hope",         "sign",        "evidence",  "indication",   "reports",    "claims",
        "allegations",  "accusations", NULL};
    if ((have || had) && !mark && s->tr.w[p].head && rel_of(s, p) == TC_REL_ACL_RELCL &&
        !lemma_in(s, head_of(s, p), contents))
        return 1;
    if (!had || !s->tr.w[p].head || rel_of(s, p) != TC_REL_ACL_RELCL) return 0;
    static const char *const relative[] = {"who", "which", "that", NULL};
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) /* "who had", not "that X had" */
        if (rel_of(s, s->kids[i]) == TC_REL_NSUBJ && lemma_in(s, s->kids[i], relative)) return 1;
    return 0;
}

/* Are ms and mt two actors of one code ("the White House defended Trump's decision", USAGOV
 * both), not one actor named twice ("Putin ... the Kremlin leader")? */
static int two_of_one(const sctx *s, int32_t src, int32_t tgt)
{
    if (src >= (int32_t)s->nm) return 0; /* both named as such */
    const tc_mention *ms = &s->m[src];
    /* "President X ordered an investigation against Education Secretary Y": one of the
       speaker's own state's institutions, another person than the speaker */
    if (tgt >= (int32_t)s->nm)
        return (s->extra[tgt - (int32_t)s->nm].flags & TC_MENTION_HOMED) &&
               (ms->tok0 + ms->ntok <= s->extra[tgt - (int32_t)s->nm].tok0 ||
                s->extra[tgt - (int32_t)s->nm].tok0 + s->extra[tgt - (int32_t)s->nm].ntok <=
                    ms->tok0);
    const tc_mention *mt = &s->m[tgt];
    for (uint32_t k = ms->tok0; k < ms->tok0 + ms->ntok; k++) /* "he": someone else's words */
        if (k >= s->lo && k - s->lo < s->tr.n && s->tr.w[k - s->lo].upos == TC_UPOS_PRON) return 0;
    static const char *const bodies[] = {"IGO", "NGO", "MNC", NULL}; /* the EU and its Commission */
    for (const char *const *b = bodies; *b; b++)
        if (!strncmp(ms->code, *b, 3)) return 0;
    return strcmp(ms->name, mt->name) && strncmp(ms->code, "---", 3) &&
           (ms->tok0 + ms->ntok <= mt->tok0 || mt->tok0 + mt->ntok <= ms->tok0);
}

/* Is m a state's people named by its plural ("Somalis", "Armenians"), not the state ("the
 * United States", "the Philippines": their names end so)? */
static int a_people(const sctx *s, const tc_mention *m)
{
    if (strlen(m->code) != 3 || !m->name || m->tok0 < s->lo) return 0;
    uint32_t w = m->tok0 + m->ntok - 1 - s->lo;
    if (w >= s->tr.n) return 0;
    const char *x = tc_parse_xpos_name(s->c->parser, s->tr.w[w].xpos);
    if (strcmp(x, "NNS") && strcmp(x, "NNPS")) return 0;
    const tc_token *t = &s->t->toks[m->tok0 + m->ntok - 1];
    size_t nl = strlen(m->name);
    return nl < t->len || strncmp(m->name + nl - t->len, s->t->text + t->off, t->len) != 0;
}

/* Is m an agent of no state ("police", "Minister X": ---COP, ---GOV)? */
static int stateless(const sctx *s, const tc_mention *m)
{
    /* not "parties" ("called on all parties to ..."): sides, not a party of a state */
    return !strncmp(m->code, "---", 3) && (m->code[3] || tc_code_person_name(s, m)) &&
           strcmp(m->code + 3, "PTY");
}

/* An event of the pattern match m on predicate word p (g: the predicate it completes, or
 * UINT32_MAX) from src to tgt (NO_MENTION: none). */
void tc_code_emit_at(sctx *s, const fmatch *m, uint32_t p, uint32_t g, int32_t src, int32_t tgt,
                     const char *code, const tc_cameo *info)
{
    const tc_mention *ms = mention_at(s, src), *mt = mention_at(s, tgt);
    /* an agent of no state acts or is acted on beside one a reader can place ("police
       arrested two Kenyan protesters": ---COP 173 KENOPP, as GDELT leaves an actor's state
       blank); two agents of no state are no event */
    int lone_agent =
        ms && mt && ((stateless(s, ms) && usable(mt)) || (stateless(s, mt) && usable(ms)));
    if (code_root(code) == 15) lone_agent = 0; /* "sent soldiers": its own, no one else */
    /* ... where the act needs no one it is aimed at, the agent is left aside ("mobilized the
       army", "arrested people") */
    if (mt && !usable(mt) && !lone_agent && ms && usable(ms) && tc_code_one_sided(code)) {
        mt = NULL;
        tgt = NO_MENTION;
    }
    if ((!ms && !mt) || (ms && !usable(ms) && !lone_agent) || (mt && !usable(mt) && !lone_agent) ||
        (ms && mt && !strcmp(ms->code, mt->code) &&
         !(code_root(code) <= 13 && two_of_one(s, src, tgt))))
        return;
    /* "people spoke up for Taiwan", "the court regrets the decision of Kenya": an agent placed
       in a state by the sentence's own mention of it is not acting on that state, save for
       force and coercion at home */
    int croot = code_root(code);
    /* ... nor visiting it ("troops arrived in Monrovia" are not Liberia's visiting Liberia) */
    int visit = !strncmp(code, "042", 3) || !strncmp(code, "043", 3);
    if (ms && mt && (src >= (int32_t)s->nm || (visit && tgt >= (int32_t)s->nm)) && s->where_name &&
        (ms->name == s->where_name || mt->name == s->where_name) &&
        (strlen(mt->code) == 3 || visit) && !strncmp(ms->code, mt->code, 3) && croot != 14 &&
        croot < 17)
        return;
    /* senses by who acts: "legislation targeting Turkey" (force is armed), "the court
       suspended any further action" (only those who fight de-escalate), "he's still
       fighting" (a person's fight with no foe is a figure of speech) */
    if (ms && croot >= 18 && !strcmp(s->tr.w[p].lemma, "target") &&
        sector_in(ms, (const char *const[]){"GOV", "LEG", "JUD", "BUS", "MED", "NGO", "EDU", "HRI",
                                            NULL}))
        return;
    if (ms && !strncmp(code, "087", 3) &&
        sector_in(ms, (const char *const[]){"JUD", "LEG", "MED", "BUS", "EDU", NULL}))
        return;
    if (ms && !mt && croot == 19 && !strcmp(s->tr.w[p].lemma, "fight") &&
        !sector_in(ms, fighters) && ms->kind == TC_KIND_PERSON)
        return;
    /* "Putin ordered the army to attack": an order to one's own state's forces or officials
       is no demand on them */
    /* ... and "ordered X back to prison" orders nothing of X: an order is a demand with what
       it orders done ("to appear", an infinitive) */
    if (croot == 10 && !strcmp(s->tr.w[p].lemma, "order")) {
        int to_do = 0;
        for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++)
            to_do |= rel_of(s, s->kids[i]) == TC_REL_XCOMP;
        if (!to_do) return;
        if (ms && mt && !strncmp(ms->code, mt->code, 3) && strncmp(ms->code, "---", 3) &&
            sector_in(mt, (const char *const[]){"MIL", "COP", "SPY", NULL}))
            return;
    }
    /* "VOA spoke with X", "X told reporters": the press asking is no consultation */
    if (code_root(code) == 4 && ((ms && sector_is(ms, "MED")) || (mt && sector_is(mt, "MED"))))
        return;
    /* ... nor is a reporter's question an appeal ("asked by VOA whether ..., Rubio said") */
    if (code_root(code) == 2 && ms && sector_is(ms, "MED") && !strcmp(s->tr.w[p].lemma, "ask"))
        return;
    /* tourists and refugees travelling are no diplomatic visit, nor are a state's people
       ("another wave of Somalis arrived in Kenya") */
    if (ms && (!strcmp(code, "042") || !strcmp(code, "043")) &&
        (sector_is(ms, "CVL") || sector_is(ms, "REF") || a_people(s, ms) ||
         (mt && (sector_is(mt, "CVL") || sector_is(mt, "REF") || a_people(s, mt)))))
        return;
    /* killing or beating fighters is fighting (190): 180 and 182 are force against those who
       do not fight (bombings, 183x, and assassinations, 186, keep their code) */
    if (mt && (!strcmp(code, "180") || !strcmp(code, "182") || !strcmp(code, "1823")) &&
        sector_in(mt, fighters) && s->c->cameo && tc_cameo_get(s->c->cameo, "190")) {
        code = "190";
        info = tc_cameo_get(s->c->cameo, code);
    }
    /* "rebels seized Damascus": taking a capital is taking territory (192), not property */
    if (mt && mt->kind == TC_KIND_METONYM && !strcmp(code, "171") && s->c->cameo &&
        tc_cameo_get(s->c->cameo, "192")) {
        code = "192";
        info = tc_cameo_get(s->c->cameo, code);
    }
    /* peacekeepers arriving somewhere keep the peace there (074): no visit, no host */
    static const char *const keepers[] = {"peacekeeper", "peacekeeping", "blue", NULL};
    const tc_mention *guest = !strcmp(code, "042") ? ms : !strcmp(code, "043") ? mt : NULL;
    uint32_t gw = guest && guest->tok0 + guest->ntok > s->lo ? guest->tok0 + guest->ntok - 1 - s->lo
                                                             : UINT32_MAX;
    if (gw < s->tr.n && lemma_in(s, gw, keepers)) {
        if (!strcmp(code, "043") || !s->c->cameo || !tc_cameo_get(s->c->cameo, "074")) return;
        code = "074";
        info = tc_cameo_get(s->c->cameo, code);
    }
    /* a state leaving a bloc ("withdrew from ECOWAS") breaks relations (161), no retreat */
    if (mt && !strncmp(mt->code, "IGO", 3) && !strncmp(code, "087", 3) &&
        !(ms && sector_is(ms, "MIL")) && s->c->cameo && tc_cameo_get(s->c->cameo, "161")) {
        code = "161";
        info = tc_cameo_get(s->c->cameo, code);
    }
    unsigned flags = m->flags;
    /* a threat is its own side's: "X will strike Y, Z said" is Z's forecast */
    const tc_mention *mr = mention_at(s, m->reporter);
    if (m->announced && mr && ms && strncmp(mr->code, "---", 3) && strncmp(mr->code, ms->code, 3) &&
        s->c->cameo && tc_cameo_get(s->c->cameo, m->act)) {
        code = m->act;
        info = tc_cameo_get(s->c->cameo, code);
        flags |= TC_EV_HYPOTHETICAL;
    }
    /* "blocked a U.S. push to renew the inquiry", "blocked the bill": blocking a proposal is
       rejecting it (120), no blockade */
    if (!strncmp(code, "191", 3) && !strcmp(s->tr.w[p].lemma, "block") && s->frame_of[p] >= 0 &&
        s->fr[s->frame_of[p]].nobj && s->c->cameo && tc_cameo_get(s->c->cameo, "120")) {
        const char *c = tc_code_noun_class(s, s->fr[s->frame_of[p]].obj[0].word);
        if (c && (!strcmp(c, "noun.act") || !strcmp(c, "noun.communication") ||
                  !strcmp(c, "noun.cognition"))) {
            code = "120";
            info = tc_cameo_get(s->c->cameo, code);
        }
    }
    if (code_root(code) == 19 && !(ms && sector_in(ms, fighters)) && verbal_attack(s, m, p) &&
        s->c->cameo && tc_cameo_get(s->c->cameo, "111")) {
        code = "111";
        info = tc_cameo_get(s->c->cameo, code);
    }
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
        /* "attacked Armenian troops, killing two soldiers": the same act with no target adds
           nothing to the one with it */
        if (!mt && !strcmp(o->src.code, scode) && o->tgt.code[0] && !strncmp(o->cameo, code, 2) &&
            !(o->flags & TC_EV_NOT_EVENT) && !(flags & TC_EV_NOT_EVENT))
            return;
    }
    if (*s->nout == *s->cap) *s->out = tc_arena_grow(s->a, *s->out, s->cap, sizeof **s->out);
    tc_event *e = &(*s->out)[(*s->nout)++];
    memset(e, 0, sizeof *e);
    e->src = ref_of(s, src);
    e->tgt = ref_of(s, tgt);
    if (!mt) e->tgt.span = s->bare;
    e->reporter = ref_of(s, m->reporter);
    snprintf(e->cameo, sizeof e->cameo, "%s", code);
    e->info = info;
    uint32_t v0 = s->lo + p, v1 = v0;
    if (m->p && m->first < p) v0 = s->lo + m->first;
    if (m->p && m->last > p) v1 = s->lo + m->last;
    const tc_token *a = &s->t->toks[v0], *b = &s->t->toks[v1];
    e->verb = (tc_span){a->off, b->off + b->len - a->off};
    e->sent = s->sent;
    e->flags = flags;
    const tc_when *w = when_on(s, p, g);
    if (w && w->date.prec != TC_DATE_NONE) {
        e->date = w->date;
        e->date_source = TC_EVDATE_CLAUSE;
        if (w->past) e->flags |= TC_EV_PAST;
        if (told_as_past(s, p, w, &e->date) || done_before(s, p, &e->date)) e->flags |= TC_EV_PAST;
    } else if (s->c->date.prec != TC_DATE_NONE) {
        e->date = s->c->date;
        e->date_source = TC_EVDATE_ARTICLE;
        if (standing(s, p)) e->flags |= TC_EV_PAST;
    }
    /* a past act with no date of its own ("have designated X", "had previously detained") is
       before the article, when unknown: no date, never the article's day */
    if ((e->flags & TC_EV_PAST) && e->date_source != TC_EVDATE_CLAUSE) {
        e->date = (tc_date){0};
        e->date_source = TC_EVDATE_NONE;
    }
    place_of(s, p, &e->place);
    s->added++;
}

static void emit(sctx *s, size_t f, int32_t src, int32_t tgt, const char *code,
                 const tc_cameo *info)
{
    const tc_frame *fr = &s->fr[f];
    uint32_t g = fr->gov != TC_FRAME_NONE && fr->gov_rel == TC_REL_XCOMP ? fr->gov : UINT32_MAX;
    tc_code_emit_at(s, &s->fm[f], fr->pred, g, src, tgt, code, info);
}

/* One-sided events keep their source when the sentence names no target: resignations,
 * releases and other concessions and the intent to make them (035x), elections, protests,
 * force posture, curfews and arrests, attacks and fighting (GDELT's Actor2 may be empty). */
int tc_code_one_sided(const char *code)
{
    int r = code_root(code);
    return r == 8 || r == 14 || r == 15 || r == 17 || r == 18 || r == 19 || r == 20 ||
           !strncmp(code, "015", 3) || /* "claimed responsibility for the attack" */
           /* threats of repression or force with no one named ("will extend the curfew",
              "threatened to shell the Christmas tree") */
           !strncmp(code, "137", 3) || !strncmp(code, "138", 3) || !strncmp(code, "034", 3) ||
           !strncmp(code, "035", 3) || /* the intent to yield too */
           !strncmp(code, "133", 3);   /* and the threat of a protest, a strike, a boycott */
}
/* Prepositions of the place where something happens or an agent is ("police in Nairobi"). */
const char *const tc_code_place_preps[] = {"in", "inside", "throughout", "across", NULL};
/* ... and, in a sentence that names agents only ("rebels ambushed a convoy near Gao"), these */
static const char *const near_preps[] = {"near", "outside", "around", NULL};

/* Means and acts of force that stand as a subject for an author the sentence does not name
 * ("a car bomb", "an airstrike", "the shelling"). */
const char *const tc_code_force_nouns[] = {
    "bomb",      "bombing",   "blast",     "explosion", "explosive", "attack",    "strike",
    "airstrike", "shelling",  "missile",   "rocket",    "shell",     "mortar",    "drone",
    "raid",      "ambush",    "gunfire",   "fire",      "grenade",   "mine",      "landmine",
    "ied",       "offensive", "operation", "assault",   "campaign",  "incursion", "invasion",
    "bomber",    "assailant", NULL};

/* Is frame f an act of force (18x-20x) whose subject is such a means, with no actor of its
 * own? */
static int force_word(const sctx *s, uint32_t w)
{
    return s->ment[w] == NO_MENTION &&
           (base_in(s, w, tc_code_force_nouns) || tc_code_instrument_noun(s, w));
}

/* The word of force acting with no author named: the subject ("a car bomb exploded,
 * killing ..."), or for a passive with no agent the force its clause names ("two people were
 * killed when a bomb exploded", "were killed in an explosion"); UINT32_MAX when none. */
static uint32_t unnamed_force(const sctx *s, size_t f)
{
    int root = code_root(s->fm[f].code);
    const tc_frame *fr = &s->fr[f];
    if (root < 18 || !fr->nsubj) return UINT32_MAX;
    if (!(fr->flags & TC_FR_PASSIVE))
        return fr->nsubj == 1 && force_word(s, fr->subj[0].word) ? fr->subj[0].word : UINT32_MAX;
    if (fr->nagent) return UINT32_MAX;
    uint32_t p = fr->pred;
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        /* "killed in an explosion", "in an Israeli airstrike" */
        if (r == TC_REL_OBL && base_in(s, c, tc_code_force_nouns) && case_word(s, c) &&
            !strcmp(case_word(s, c), "in"))
            return c;
        if (r != TC_REL_ADVCL) continue; /* "when a bomb exploded" */
        for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
            if (rel_of(s, s->kids[j]) == TC_REL_NSUBJ && force_word(s, s->kids[j]))
                return s->kids[j];
    }
    return UINT32_MAX;
}

/* The finer code of force by its means ("a car bomb" 1832, "a suicide attack" 1831, "a
 * roadside bomb" 1833, "an airstrike" 195, "shelling" 194): for root 18 and 19 only. */
static const char *by_means(const sctx *s, uint32_t w, const char *code)
{
    static const char *const bombs[] = {"bomb",      "bombing", "blast", "explosion",
                                        "explosive", "ied",     NULL};
    static const char *const strikes[] = {"airstrike", NULL};
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
    if (base_in(s, w, bombs) || (suicide && (base_in(s, w, tc_code_force_nouns) ||
                                             base_in(s, w, aircraft)))) /* "a suicide bomber" */
        return suicide ? "1831" : car ? "1832" : roadside ? "1833" : "183";
    if (base_in(s, w, aircraft) || base_in(s, w, strikes) || by_air) return "195";
    if (base_in(s, w, shells)) return "194";
    return code;
}

/* Verbs of a purpose that name whom an act serves. */
static const char *const helpers[] = {"help",    "assist", "support",   "aid",
                                      "bolster", "back",   "reinforce", "strengthen",
                                      "train",   "equip",  NULL};

/* Releasing (0841, and its intents, appeals, demands and refusals) and hosting (043) are done to
 * people: "released a report", "will release 16 million tons of CO2", "received 23 bailout
 * packages" are none (an object that is a thing in WordNet's classes). */
static int people_object(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    const char *code = s->fm[f].code;
    static const char *const releases[] = {"0841", "043",  "0353", "1243",
                                           "1053", "0253", NULL}; /* and their intents */
    if (!in_words(code, releases) || fr->flags & TC_FR_PASSIVE || !fr->nobj || !s->c->wordnet)
        return 1;
    /* things WordNet files first under a group ("a package") */
    static const char *const lots[] = {"package",  "tranche", "batch", "consignment",
                                       "shipment", "bailout", NULL};
    static const char *const things[] = {"noun.artifact",
                                         "noun.possession",
                                         "noun.communication",
                                         "noun.cognition",
                                         "noun.act",
                                         "noun.food",
                                         "noun.substance",
                                         "noun.attribute",
                                         "noun.state",
                                         "noun.event",
                                         NULL};
    uint32_t w = fr->obj[0].word;
    /* "16 million tons of carbon dioxide", "dozens of prisoners": what the measure counts */
    const char *q = s->tr.w[w].upos == TC_UPOS_NOUN ? tc_code_noun_class(s, w) : NULL;
    for (uint32_t i = s->first[w]; q && !strcmp(q, "noun.quantity") && i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) != TC_REL_NMOD) continue;
        for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
            if (rel_of(s, s->kids[j]) == TC_REL_CASE && word_is(s, s->kids[j], "of")) w = c;
    }
    const tc_word *x = &s->tr.w[w];
    const fmatch *m = &s->fm[f];
    if (s->ment[w] != NO_MENTION || x->upos != TC_UPOS_NOUN) return 1;
    if (w >= m->first && w <= m->last)
        return 1; /* the pattern names it: "ordered the release of" */
    if (lemma_in(s, w, lots)) return 0;
    int first;
    uint64_t all;
    if (!tc_wordnet_lookup(s->c->wordnet, x->lemma, strlen(x->lemma), 'n', &first, &all)) return 1;
    const char *name = tc_wordnet_class_name(first);
    return !name || !in_words(name, things);
}

/* The last word under w. */
static uint32_t last_under(const sctx *s, uint32_t w)
{
    uint32_t end = w;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t e = last_under(s, s->kids[i]);
        if (e > end) end = e;
    }
    return end;
}

/* "deployed observers in Zimbabwe", "carried out strikes in Somalia", "extended the curfew
 * in Bangkok": aid, force posture, coercion and force with no actor for a target are aimed at
 * the one country the sentence itself places them in (never the article's place); another
 * country's only, but coercion at home too. */
static int32_t place_target(sctx *s, size_t f, const tc_mention *src)
{
    const char *code = s->fm[f].code;
    int root = code_root(code);
    if (!s->c->places || !(root == 7 || root == 15 || root >= 17 || !strcmp(code, "074")) ||
        s->nextra >= 2 * (size_t)s->tr.n)
        return NO_MENTION;
    /* not when the clause names whom it is aimed at but no dictionary knows it ("airstrikes
       against IS in Syria") */
    const tc_frame *fr = &s->fr[f];
    static const char *const aimed[] = {"against", "on", "at", "to", "into", "toward", NULL};
    for (int i = 0; i < fr->nobl; i++)
        if (fr->obl[i].prep != TC_FRAME_NONE && in_words(norm_of(s, fr->obl[i].prep), aimed) &&
            !when_over(s, fr->obl[i].word)) /* "on Sunday" */
            return NO_MENTION;
    for (int i = 0; i < fr->nobj; i++)
        for (uint32_t k = s->first[fr->obj[i].word]; k < s->first[fr->obj[i].word + 1]; k++) {
            const char *cw = case_word(s, s->kids[k]);
            if (rel_of(s, s->kids[k]) == TC_REL_NMOD && cw && in_words(cw, aimed))
                return NO_MENTION;
        }
    if (root >= 17 && fr->nobj && s->ment[fr->obj[0].word] == NO_MENTION &&
        s->tr.w[fr->obj[0].word].upos == TC_UPOS_PROPN)
        return NO_MENTION; /* "attacked Kurtin": a name no dictionary knows */
    /* the place of the clause itself ("deployed observers in Zimbabwe"), not one the sentence
       names elsewhere ("..., officials in Yerevan said") */
    tc_place_loc loc;
    tc_place_event(s->c->places, s->pl, s->npl, &s->tr, s->fr[f].pred, &loc);
    static const char *const inside[] = {"in", "inside", "across", "throughout", "within", NULL};
    if ((!loc.place || loc.source != TC_LOC_CLAUSE || !loc.place->gp.cc3[0]) && root == 7) {
        /* aid goes where its purpose or its beneficiaries are ("gave 352 million euros to
           promote development in Ethiopia", "aid for those affected in Yemen"): the one state
           placed "in" after the verb, within what it governs */
        uint32_t end = s->lo + last_under(s, fr->pred);
        loc.place = NULL;
        for (size_t i = 0; i < s->npl; i++) {
            const tc_place *pl = &s->pl[i];
            if (pl->tok0 <= s->lo + fr->pred || pl->tok0 > end || !pl->gp.cc3[0]) continue;
            int before = 0;
            for (uint32_t k = pl->tok0; k > s->lo && k + 3 > pl->tok0 && !before; k--)
                before = in_words(s->t->toks[k - 1].norm, inside);
            if (!before) continue;
            if (loc.place && strcmp(loc.place->gp.cc3, pl->gp.cc3)) return NO_MENTION;
            loc.place = pl;
        }
        if (!loc.place) return NO_MENTION;
        loc.source = TC_LOC_CLAUSE;
    }
    if (!loc.place || loc.source != TC_LOC_CLAUSE || !loc.place->gp.cc3[0]) return NO_MENTION;
    uint32_t t0 = loc.place->tok0; /* "in northern Iraq": a place it happens in, not "near" it */
    int in = 0;
    for (uint32_t k = t0; k > s->lo && k + 3 > t0 && !in; k--)
        in = in_words(s->t->toks[k - 1].norm, inside);
    if (!in) return NO_MENTION;
    const char *cc3 = loc.place->gp.cc3;
    if (root != 17 && (!src || !strncmp(src->code, cc3, 3))) return NO_MENTION;
    tc_mention *x = &s->extra[s->nextra];
    memset(x, 0, sizeof *x);
    x->tok0 = loc.place->tok0;
    x->ntok = loc.place->ntok;
    snprintf(x->code, sizeof x->code, "%.3s", cc3);
    x->name = loc.place->gp.name ? loc.place->gp.name : "";
    x->kind = TC_KIND_COUNTRY;
    x->rule = "the place the clause names";
    x->entry = -1;
    return (int32_t)(s->nm + s->nextra++);
}

/* Senses a pattern's words do not tell apart, by what stands around the predicate: is frame f
 * no event of its code? */
static int wrong_sense(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    const fmatch *m = &s->fm[f];
    uint32_t p = fr->pred;
    int root = code_root(m->code), r = rel_of(s, p);
    /* "Nigeria went on high alert, announcing new mpox cases": an alert against a disease is
       no military one */
    static const char *const illness[] = {"outbreak", "virus",   "disease", "epidemic",  "pandemic",
                                          "mpox",     "cholera", "ebola",   "measles",   "fever",
                                          "covid-19", "covid",   "flu",     "infection", NULL};
    if (!strncmp(m->code, "152", 3))
        for (uint32_t w = 0; w < s->tr.n; w++)
            if (in_words(norm_of(s, w), illness)) return 1;
    /* "legislation targeting Turkey", "measures aimed at X": force named by a text or a plan */
    if (root >= 18 && (r == TC_REL_ACL || r == TC_REL_AMOD) && s->tr.w[p].head) {
        const char *c = tc_code_noun_class(s, head_of(s, p));
        if (c && (!strcmp(c, "noun.communication") || !strcmp(c, "noun.act") ||
                  !strcmp(c, "noun.cognition")))
            return 1;
    }
    /* "fight corruption", "spent billions on fighting the root causes of migration": fighting
       an idea, a state or an act that is no fighting ("fought two wars") is no force */
    static const char *const combat[] = {"fight", "combat", "tackle", "battle", NULL};
    static const char *const fights[] = {"war",      "battle",    "fight", "conflict", "skirmish",
                                         "campaign", "offensive", "duel",  "clash",    NULL};
    if (root >= 18 && fr->nobj && lemma_in(s, p, combat) &&
        s->ment[fr->obj[0].word] == NO_MENTION && s->tr.w[fr->obj[0].word].upos == TC_UPOS_NOUN &&
        !lemma_in(s, fr->obj[0].word, fights) &&
        !base_in(s, fr->obj[0].word, tc_code_force_nouns)) {
        static const char *const ideas[] = {"noun.cognition",     "noun.attribute", "noun.state",
                                            "noun.phenomenon",    "noun.feeling",   "noun.motive",
                                            "noun.communication", "noun.act",       NULL};
        const char *c = tc_code_noun_class(s, fr->obj[0].word);
        if (c && in_words(c, ideas)) return 1;
    }
    /* "passengers held hostage": those held are the subject only when a parse misreads it */
    static const char *const held[] = {"hostage", "captive", NULL};
    if (!strncmp(m->code, "181", 3) && fr->nobj == 1 && !strcmp(s->tr.w[p].lemma, "hold") &&
        lemma_in(s, fr->obj[0].word, held)) {
        uint32_t o = fr->obj[0].word;
        int bare = 1; /* "held hostage", not "held many hostages" */
        for (uint32_t i = s->first[o]; i < s->first[o + 1]; i++) {
            int ro = rel_of(s, s->kids[i]);
            bare &= ro != TC_REL_DET && ro != TC_REL_AMOD && ro != TC_REL_NUMMOD;
        }
        if (bare) return 1;
    }
    /* "an assessment released Thursday": what a participle describes is what is released */
    if (!strncmp(m->code, "0841", 4) && r == TC_REL_ACL && s->tr.w[p].head) {
        const char *c = tc_code_noun_class(s, head_of(s, p));
        if (c && strcmp(c, "noun.person") && strcmp(c, "noun.group")) return 1;
    }
    /* "after Witkoff returns to Washington": returning somewhere is travel, no return of
       persons or property (084) */
    if (!strncmp(m->code, "084", 3) && !strcmp(s->tr.w[p].lemma, "return") && !fr->nobj &&
        !(fr->flags & TC_FR_PASSIVE))
        return 1;
    /* "visiting Saudi Crown Prince X", "the visiting minister": a participle before its noun
       describes a person, it tells no visit of its own */
    if (root == 4 && !strcmp(s->tr.w[p].lemma, "visit") && word_is(s, p, "visiting") &&
        (((r == TC_REL_AMOD || r == TC_REL_ACL) && s->tr.w[p].head && head_of(s, p) > p) ||
         r == TC_REL_XCOMP))
        return 1;
    /* "retaliated by announcing tariffs": the means names the act, the verb of force does not */
    static const char *const answers[] = {"retaliate", "respond", "hit", "strike", "counter", NULL};
    /* ... and an answer ("retaliated by shelling X") is its means, coded on its own */
    if (root >= 18 && (fr->gov == TC_FRAME_NONE || lemma_in(s, p, answers)))
        for (size_t g = 0; g < s->nfr; g++)
            if (s->fr[g].gov == p && s->fr[g].gov_rel == TC_REL_ADVCL &&
                s->fr[g].mark != TC_FRAME_NONE && word_is(s, s->fr[g].mark, "by") &&
                (lemma_in(s, p, answers) || (s->fm[g].p && code_root(s->fm[g].code) < 18)))
                return 1;
    /* "the number of refugees declined": to decline with nothing declined is to fall */
    if (root == 12 && !strcmp(s->tr.w[p].lemma, "decline") && !fr->nobj) {
        int governs = 0;
        for (size_t g = 0; g < s->nfr; g++)
            governs |= s->fr[g].gov == p &&
                       (s->fr[g].gov_rel == TC_REL_XCOMP || s->fr[g].gov_rel == TC_REL_CCOMP);
        for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++)
            governs |= rel_of(s, s->kids[i]) == TC_REL_XCOMP || rel_of(s, s->kids[i]) == TC_REL_OBJ;
        if (!governs) return 1;
    }
    /* "demonstrates a complete disregard": to demonstrate something is no protest */
    if (root == 14 && !strcmp(s->tr.w[p].lemma, "demonstrate") && fr->nobj) return 1;
    /* "two soldiers stand accused of the bombing": the accused, not the accuser */
    if (root == 11 && !strcmp(s->tr.w[p].lemma, "accuse") && !(fr->flags & TC_FR_PASSIVE) &&
        !fr->nobj) {
        for (int i = 0; i < fr->nobl; i++)
            if (fr->obl[i].prep != TC_FRAME_NONE && word_is(s, fr->obl[i].prep, "of")) return 1;
    }
    return 0;
}

/* Prepositions that aim an act at what they open ("fired at", "a crackdown on"). */
static const char *const aiming_preps[] = {"on",   "against", "at",      "into",
                                           "upon", "toward",  "towards", NULL};

/* The words naming w: from the first of its phrase to w, with the names and "of" phrases
 * after it ("dozens of activists", "President Laurent Gbagbo"), not its settings ("villages
 * [near the border]") nor its clauses. */
static tc_span phrase_span(sctx *s, uint32_t w)
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
            uint32_t e = last_under(s, c);
            if (e > hi) hi = e;
        }
    }
    while (lo < w && ((rel_of(s, lo) == TC_REL_CASE && head_of(s, lo) == w) ||
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
    if (w == UINT32_MAX || w == fr->pred || when_over(s, w)) return 0;
    const tc_word *x = &s->tr.w[w];
    static const char *const no_one[] = {"it",   "that",  "which", "who", "whom", "what",
                                         "this", "these", "those", "one", NULL};
    if (x->upos == TC_UPOS_PRON && (lemma_in(s, w, no_one) || strstr(x->lemma, "self"))) return 0;
    if (x->upos != TC_UPOS_NOUN && x->upos != TC_UPOS_PROPN && x->upos != TC_UPOS_PRON &&
        x->upos != TC_UPOS_NUM)
        return 0;
    int root = code_root(s->fm[f].code);
    const char *nc = x->upos == TC_UPOS_NOUN ? tc_code_noun_class(s, w) : NULL;
    static const char *const people[] = {"noun.person", "noun.group", NULL};
    static const char *const things[] = {"noun.artifact", "noun.location", "noun.object", NULL};
    int ok = x->upos != TC_UPOS_NOUN || s->ment[w] != NO_MENTION || (nc && in_words(nc, people)) ||
             (root >= 17 && nc && in_words(nc, things));
    return ok && !base_in(s, w, tc_code_force_nouns);
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
    if (!noun || (mw && !(named && !strncmp(mw->code, "---", 3))) || when_over(s, w)) return 0;
    const char *c = tc_code_noun_class(s, w);
    if (!named && (!c || !in_words(c, kinds))) return 0;
    uint32_t lo = w;
    while (lo > 0 && s->tr.w[lo - 1].head == w + 1) lo--; /* the words before it in its phrase */
    uint32_t hi = last_under(s, w);
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

/* Investigations, disapproval and rejections of a matter that names no one ("rejected the
 * referendum", "condemned the attack", "opened an investigation into the crash") are
 * one-sided (support is not: "praising their streets" has no one to praise but the object): the
 * object's words (or, when the pattern names the object, "an investigation", what it is "into",
 * "of" or "on") are the target text, with no code; len 0: none. */
static const char *const press_asks[] = {"comment", "interview", "reaction", NULL};

static tc_span matter_target(sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    const fmatch *m = &s->fm[f];
    int root = code_root(m->code);
    /* ... and demands of a matter ("demanded an end to the hostilities", "demanded the
       release of political prisoners") */
    /* "refused to lift the ban": a refusal's matter is what the act it refuses acts on */
    if (root == 12 && !fr->nobj)
        for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++) {
            uint32_t c = s->kids[i];
            if (rel_of(s, c) == TC_REL_XCOMP && s->frame_of[c] >= 0 && s->fr[s->frame_of[c]].nobj &&
                !(s->fr[s->frame_of[c]].flags & TC_FR_PASSIVE)) {
                uint32_t o = s->fr[s->frame_of[c]].obj[0].word;
                return matter(s, o, 0) ? phrase_span(s, o) : (tc_span){0, 0};
            }
        }
    /* "called for the release of X": an appeal's object goes with "for" */
    uint32_t for_obl = UINT32_MAX;
    for (int i = 0; i < fr->nobl && root == 2 && !fr->nobj; i++)
        if (case_word(s, fr->obl[i].word) && !strcmp(case_word(s, fr->obl[i].word), "for"))
            for_obl = fr->obl[i].word;
    if ((root != 2 && root != 9 && root != 10 && root != 11 && root != 12) ||
        (fr->flags & TC_FR_PASSIVE) || (!fr->nobj && for_obl == UINT32_MAX))
        return (tc_span){0, 0};
    /* "sentenced him for defying decisions": the act of a charge is the accused's */
    if (fr->mark != TC_FRAME_NONE &&
        (word_is(s, fr->mark, "for") || word_is(s, fr->mark, "of") || word_is(s, fr->mark, "with")))
        return (tc_span){0, 0};
    /* "blamed the attacks on militants": someone no dictionary codes is named beside it */
    for (int i = 0; i < fr->nobl; i++) {
        const tc_mention *mk = mention_at(s, s->ment[fr->obl[i].word]);
        const char *kc = tc_code_noun_class(s, fr->obl[i].word);
        if (when_over(s, fr->obl[i].word)) continue; /* "on Monday" */
        if ((mk && (!mk->code[0] || !strncmp(mk->code, "---", 3))) ||
            s->tr.w[fr->obl[i].word].upos == TC_UPOS_PROPN ||
            (kc && (!strcmp(kc, "noun.person") || !strcmp(kc, "noun.group"))))
            return (tc_span){0, 0};
    }
    uint32_t o = fr->nobj ? fr->obj[0].word : for_obl;
    /* an appeal only where its pattern names what it asks for ("called for the release of") */
    if (root == 2 && !(m->p && o >= m->first && o <= m->last)) return (tc_span){0, 0};
    if (m->p && o >= m->first && o <= m->last) { /* "launched an investigation into X" */
        uint32_t into = UINT32_MAX;
        for (uint32_t k = s->first[o]; k < s->first[o + 1] && into == UINT32_MAX; k++) {
            uint32_t c = s->kids[k];
            const char *cw = case_word(s, c);
            if (rel_of(s, c) == TC_REL_NMOD && cw &&
                (!strcmp(cw, "into") || !strcmp(cw, "of") || !strcmp(cw, "on")))
                into = c;
        }
        /* ... or the parse hung it on the verb ("launched an investigation into[obl] X") */
        for (int i = 0; i < fr->nobl && into == UINT32_MAX && root == 9; i++) {
            const char *cw = case_word(s, fr->obl[i].word);
            if (cw && !strcmp(cw, "into") && fr->obl[i].word > o) into = fr->obl[i].word;
        }
        /* "will not lift the embargo": a refusal's matter is what the act it refuses acts on
           (not the press's "requests for comment") */
        if (into == UINT32_MAX && root != 12) return (tc_span){0, 0};
        for (uint32_t k = s->first[o]; k < s->first[o + 1] && into == UINT32_MAX; k++)
            if (rel_of(s, s->kids[k]) == TC_REL_NMOD && lemma_in(s, s->kids[k], press_asks))
                return (tc_span){0, 0};
        if (into != UINT32_MAX) o = into;
        /* "demanded the release of political prisoners", "called for the return of the
           hostages": what an appeal or a demand names is its matter, people too (they are
           not its target: whoever holds them is) */
        if (into != UINT32_MAX && (root == 2 || root == 10) && s->ment[into] == NO_MENTION &&
            s->tr.w[into].upos == TC_UPOS_NOUN)
            return phrase_span(s, into);
    }
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
    return matter(s, o, named) ? phrase_span(s, o) : (tc_span){0, 0};
}

/* Is preposition word c one that aims the act of frame f at what it opens ("fired at", "a
 * crackdown on"; what is yielded goes "to" someone: "granted a pardon to X")? */
static int aiming(sctx *s, size_t f, uint32_t c)
{
    return in_words(norm_of(s, c), aiming_preps) ||
           (code_root(s->fm[f].code) == 8 && word_is(s, c, "to"));
}

/* What a one-sided event of frame f aims at when no dictionary codes it ("detained 18 people",
 * "struck a rebel-held area", "granted a pardon to X"): a passive's subject, the phrase the
 * pattern's last preposition opens, the first object not the source's own ("pulled its troops
 * out"), else an aiming phrase of that object or of the verb. Its words are the event's target
 * text, with no code (GDELT's Actor2Name with an empty Actor2Code); len 0: none. */
static tc_span bare_target(sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    const fmatch *m = &s->fm[f];
    int root = code_root(m->code);
    if (root <= 2) return (tc_span){0, 0};
    uint32_t w = UINT32_MAX;
    if (fr->flags & TC_FR_PASSIVE) {
        if (fr->nsubj) w = fr->subj[0].word;
        return bare_ok(s, f, w) ? phrase_span(s, w) : (tc_span){0, 0};
    }
    if (m->final_prep && m->last > fr->pred && rel_of(s, m->last) == TC_REL_CASE &&
        s->tr.w[m->last].head) {
        w = head_of(s, m->last);
        return bare_ok(s, f, w) ? phrase_span(s, w) : (tc_span){0, 0};
    }
    for (int i = 0; i < fr->nobj; i++) {
        uint32_t o = fr->obj[i].word;
        int mine = 0;
        for (uint32_t k = s->first[o]; k < s->first[o + 1]; k++)
            mine |= rel_of(s, s->kids[k]) == TC_REL_NMOD_POSS &&
                    s->tr.w[s->kids[k]].upos == TC_UPOS_PRON;
        if (mine || (root == 15 && i == 0)) continue; /* "mobilised its troops" */
        if (bare_ok(s, f, o)) return phrase_span(s, o);
        for (uint32_t k = s->first[o]; k < s->first[o + 1]; k++) { /* "a pardon to X" */
            uint32_t c = s->kids[k];
            if (rel_of(s, c) != TC_REL_NMOD) continue;
            for (uint32_t q = s->first[c]; q < s->first[c + 1]; q++)
                if (rel_of(s, s->kids[q]) == TC_REL_CASE && aiming(s, f, s->kids[q]) &&
                    bare_ok(s, f, c))
                    return phrase_span(s, c);
        }
    }
    for (int i = 0; i < fr->nobl; i++)
        if (fr->obl[i].prep != TC_FRAME_NONE && aiming(s, f, fr->obl[i].prep) &&
            bare_ok(s, f, fr->obl[i].word))
            return phrase_span(s, fr->obl[i].word);
    return (tc_span){0, 0};
}

static void code_frame(sctx *s, size_t f)
{
    fmatch *m = &s->fm[f];
    if (!m->p || m->p->nocode || m->consumed) return;
    if (wrong_sense(s, f)) return;
    /* "the banned group", "the occupied territories": a participle before its noun names a
       state, not an act of the sentence */
    if (rel_of(s, s->fr[f].pred) == TC_REL_AMOD) return;
    if (!people_object(s, f)) return;
    int32_t src[8], tgt[8];
    size_t ns = tc_code_sources(s, f, src, 8);
    s->forcing = code_root(m->code) >= 18;     /* "ambushed a bus of soldiers": the story's state */
    s->sanctioning = code_root(m->code) == 16; /* "sanctions on a Chinese government entity" */
    s->telling = code_root(m->code) == 11;     /* "condemned the violence against X" */
    s->expelling = code_root(m->code) == 20 || !strncmp(m->code, "174", 3);
    s->appealing = code_root(m->code) == 2; /* "called for a war against X" */
    const tc_mention *ms0 = ns ? mention_at(s, src[0]) : NULL;
    s->armed = ms0 && strlen(ms0->code) >= 6 && strncmp(ms0->code, "---", 3) &&
                       sector_in(ms0, (const char *const[]){"REB", "INS", "SEP", "UAF", NULL})
                   ? ms0
                   : NULL;
    static const char *const institutions[] = {"GOV", "LEG", "JUD", "COP", "MIL", "SPY", NULL};
    static const char *const bodies[] = {"IGO", "NGO", "MNC", "---", NULL};
    char pre[4] = "";
    if (ms0) snprintf(pre, sizeof pre, "%.3s", ms0->code);
    s->home = ms0 && strlen(ms0->code) >= 6 && sector_in(ms0, institutions) &&
                      !in_words(pre, bodies) && ms0->kind != TC_KIND_ETHNIC &&
                      ms0->kind != TC_KIND_GROUP
                  ? ms0
                  : NULL;
    /* "X, a Somali senator, urged the president to ...", "Nigerian activists said authorities
       should ...": what anyone a reader can place says to an institution of no state is said
       to their own state's */
    s->speaking = code_root(m->code) <= 13 && (code_root(m->code) < 6 || code_root(m->code) > 8);
    if (!s->home && s->speaking && ms0 && usable(ms0) && strlen(ms0->code) >= 3 &&
        !in_words(pre, bodies) && ms0->kind != TC_KIND_ETHNIC && ms0->kind != TC_KIND_GROUP)
        s->home = ms0;
    size_t nt = tc_code_targets(s, f, tgt, 8);
    /* "Police arrested two Kenyan protesters", "Kenyan authorities arrested people": with no
       one else in its place, an agent of no state is kept beside an actor a reader can place,
       its state left blank as GDELT leaves it (not the victims of force: "killing two
       soldiers" are the attacked side's, told by the sentence's other words) */
    const tc_mention *mt0 = nt ? mention_at(s, tgt[0]) : NULL;
    if (!nt && ns && ms0 && usable(ms0) && code_root(m->code) < 18) {
        s->keep_agents = 1;
        nt = tc_code_targets(s, f, tgt, 8);
        s->keep_agents = 0;
    }
    /* ... an agent kept or given the speaker's state only where the predicate itself reaches
       it: not through another verb ("welcomed the release and reiterated its call to the
       authorities"), not inside an act ("called for the creation of a government", "the
       election of a new caretaker government"), not as the subject of another verb (",
       Deputy Ambassador X said") */
    size_t nkept = 0;
    for (size_t i = 0; i < nt; i++) {
        const tc_mention *mi = mention_at(s, tgt[i]);
        int agent = mi && (!usable(mi) || (mi->flags & TC_MENTION_HOMED));
        int ok = !agent;
        if (agent && mi->tok0 >= s->lo && mi->tok0 - s->lo < s->tr.n) {
            uint32_t h = mention_head(s, mi->tok0 + mi->ntok - 1 - s->lo, tgt[i]);
            int r = rel_of(s, h);
            ok = r != TC_REL_NSUBJ && r != TC_REL_NSUBJ_PASS;
            for (uint32_t k = h; ok && s->tr.w[k].head && head_of(s, k) != s->fr[f].pred;) {
                k = head_of(s, k);
                const char *kc = tc_code_noun_class(s, k);
                ok = s->tr.w[k].upos != TC_UPOS_VERB &&
                     !(s->tr.w[k].upos == TC_UPOS_NOUN && kc && !strcmp(kc, "noun.act"));
            }
        }
        if (ok) tgt[nkept++] = tgt[i];
    }
    nt = nkept;
    /* (a visit needs a visitor a reader can place: "troops arrived in Monrovia") */
    /* (nor a doer of what a relative clause tells of a kind: "foreign bloggers who praise
       China gain popularity") */
    int lone_source = !ns && nt && mt0 && usable(mt0) && strncmp(m->code, "042", 3) &&
                      strncmp(m->code, "043", 3) && s->fr[f].gov_rel != TC_REL_ACL_RELCL;
    s->forcing = s->telling = s->expelling = s->appealing = s->sanctioning = 0;
    s->armed = s->home = NULL;
    s->speaking = 0;
    if (ns && !tc_code_acting_subject(s, f)) ns = 0;
    /* "Protesters demanded Pashinyan's resignation": dissenters of no state against a state's
       government are that state's */
    if (!ns && nt) {
        int32_t d = tc_code_dissent_source(s, f, tgt[0]);
        if (d != NO_MENTION) src[ns++] = d;
    }
    if (!ns && lone_source) {
        s->keep_agents = 1;
        ns = tc_code_sources(s, f, src, 8);
        s->keep_agents = 0;
        if (ns && !tc_code_acting_subject(s, f)) ns = 0;
        /* (an intent is a state's or its institutions', not "some companies'") */
        const tc_mention *ls = ns ? mention_at(s, src[0]) : NULL;
        if (ls && code_root(m->code) == 3 && !tc_code_unknown_name(ls) &&
            !sector_in(ls, (const char *const[]){"GOV", "MIL", "LEG", "JUD", NULL}))
            ns = 0;
    }
    /* "Gunmen attacked a village in Zamfara state", "rebels ambushed a convoy near Gao": a
       sentence of agents with no state codes force, protest and coercion only, and only where
       it names the place itself (the article's place guesses too often) */
    if (s->agents_only) {
        int root = code_root(m->code);
        if (!s->where || s->where_article || (root != 14 && root < 17)) return;
    }
    /* "Three men were arrested in Lagos, Nigerian police said": an arrest or a charge with no
       agent, told by the police, prosecutors or security forces of a state, is theirs */
    if (!ns && (s->fr[f].flags & TC_FR_PASSIVE) && !s->fr[f].nagent &&
        !strncmp(m->code, "173", 3) && !(m->flags & (TC_EV_NEGATED | TC_EV_HYPOTHETICAL))) {
        static const char *const law[] = {"COP", "JUD", "SPY", "MIL", NULL};
        const tc_mention *mr = mention_at(s, m->reporter);
        if (mr && strncmp(mr->code, "---", 3) && strlen(mr->code) >= 6 && sector_in(mr, law))
            src[ns++] = m->reporter;
        /* "BVI Premier Andrew Fahie has been detained in the United States": the police of
           the state the arrest is placed in */
        int32_t police = ns ? NO_MENTION : tc_code_place_police(s);
        if (police != NO_MENTION && nt) src[ns++] = police;
    }
    /* "a car bomb exploded, killing seven people in Mogadishu": force whose author the
       sentence does not name still has its victims */
    if (!ns && !nt) return;
    const char *code = m->code;
    const tc_cameo *info = m->info;
    /* "took over the Jaffar Express", "seized a tanker": taking a vehicle is hijacking (181),
       not occupying territory */
    static const char *const vehicles[] = {"train", "express", "plane",  "aircraft", "airliner",
                                           "ship",  "vessel",  "tanker", "ferry",    "bus",
                                           "boat",  "flight",  "jet",    NULL};
    uint32_t ob = s->fr[f].nobj ? s->fr[f].obj[0].word : 0;
    if (!strncmp(code, "192", 3) && s->fr[f].nobj &&
        (lemma_in(s, ob, vehicles) || in_words(norm_of(s, ob), vehicles)) && s->c->cameo &&
        tc_cameo_get(s->c->cameo, "181")) {
        code = "181";
        info = tc_cameo_get(s->c->cameo, code);
    }
    if (!ns) {
        uint32_t fw = unnamed_force(s, f);
        if (fw == UINT32_MAX) return;
        src[ns] = tc_code_force_author(s, fw);        /* "airstrikes by the army" */
        if (src[ns] == NO_MENTION && s->fr[f].nagent) /* the same, read as a passive's agent */
            src[ns] = tc_code_first_arg_mention(s, s->fr[f].agent, s->fr[f].nagent);
        ns++;
        code = by_means(s, fw, code);
        if (code != m->code && s->c->cameo && tc_cameo_get(s->c->cameo, code))
            info = tc_cameo_get(s->c->cameo, code);
        else
            code = m->code;
    }
    if (!nt) {
        memcpy(tgt, m->hint, m->nhint * sizeof *tgt);
        nt = m->nhint;
    }
    /* "forced a million people to flee to Cameroon": where the expelled go is no target */
    if (code_root(code) == 20 || !strncmp(code, "174", 3)) {
        size_t kept = 0;
        for (size_t b = 0; b < nt; b++) {
            const tc_mention *mt = mention_at(s, tgt[b]);
            uint32_t h = mt && mt->tok0 >= s->lo ? mt->tok0 - s->lo : UINT32_MAX;
            while (h < s->tr.n && s->tr.w[h].head &&
                   (s->ment[head_of(s, h)] == tgt[b] || rel_of(s, h) == TC_REL_CONJ))
                h = head_of(s, h); /* "including Cameroon, the DR Congo and ..." */
            const char *cw = h < s->tr.n ? case_word(s, h) : NULL;
            /* "including Cameroon" after "to neighbouring countries" */
            if (h < s->tr.n && s->tr.w[h].head &&
                (!cw || !strcmp(cw, "including") || !strcmp(cw, "like")))
                cw = case_word(s, head_of(s, h));
            if (!cw || (strcmp(cw, "to") && strcmp(cw, "into"))) tgt[kept++] = tgt[b];
        }
        nt = kept;
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
        nt = tc_code_object_mentions(s, pg, tgt, 8);
    }
    if (!nt && fr->gov_rel == TC_REL_ADVCL && fr->mark != TC_FRAME_NONE &&
        word_is(s, fr->mark, "by"))
        nt = tc_code_deep_mention(s, fr->gov, fr->gov, tgt, 8);
    /* "A and B clashed", PETRARCH's "%": each member of a compound subject acts on the others */
    /* "A and B agreed to hold talks": agreeing, meeting and cooperating with no one else
       named is with each other */
    int root = code_root(m->code);
    /* ... not praising, recognising or apologising (051-056: "Spain, Ireland and Norway
       recognised a Palestinian state" is no recognition of each other) */
    int together = !nt && ns > 1 && root >= 3 && root <= 6 && !(s->fr[f].flags & TC_FR_PASSIVE) &&
                   (root != 5 || !strncmp(m->code, "057", 3) || !strncmp(m->code, "050", 3));
    if (((!nt || m->p->comp_pre) && (m->p->mutual || m->mutual) && ns > 1) || together) {
        for (size_t a = 0; a < ns; a++)
            for (size_t b = 0; b < ns; b++)
                if (a != b) emit(s, f, src[a], src[b], m->code, m->info);
        return;
    }
    if (!nt) {
        int32_t there = place_target(s, f, mention_at(s, src[0]));
        if (there != NO_MENTION) tgt[nt++] = there;
    }
    if (!nt) {
        /* declining to comment needs no one it is aimed at ("declined to comment on reports
           that Russian peacekeepers would leave") */
        /* "the African Union agreed to establish a peacekeeping force", "have agreed to
           share information": an intent to do what names no one is the intent alone */
        static const char *const binders[] = {"agree", "commit", NULL};
        int intent_to = 0;
        for (uint32_t i = s->first[fr->pred];
             i < s->first[fr->pred + 1] && root == 3 && lemma_in(s, fr->pred, binders); i++)
            intent_to |=
                rel_of(s, s->kids[i]) == TC_REL_XCOMP && s->tr.w[s->kids[i]].upos == TC_UPOS_VERB;
        /* "police have launched an investigation after ...": the investigation alone (its
           pattern names it), as 011 is the declining alone */
        /* ... and sanctions, expulsions and suspensions its pattern names ("expelled all
           weapons inspectors", "imposed sanctions") */
        int probe = (root == 4 || root == 9 || root == 16) && fr->nobj &&
                    fr->obj[0].word >= m->first && fr->obj[0].word <= m->last &&
                    !(fr->flags & TC_FR_PASSIVE);
        int lone = !strcmp(m->code, "011") || intent_to || probe ||
                   (!strcmp(m->code, "016") && !tc_code_other_actor(s, src, ns) &&
                    !tc_code_someone_aimed_at(s, fr));
        s->bare = bare_target(s, f);
        tc_span about = matter_target(s, f);
        for (size_t a = 0; a < ns; a++) {
            /* what dissenters do is one-sided: "opponents protested" is 141, with no target */
            const tc_mention *ms = mention_at(s, src[a]);
            const char *as = ms ? by_context(s, ms, m->code, fr->pred) : m->code;
            if (tc_code_one_sided(m->code) || tc_code_one_sided(as) || lone) {
                emit(s, f, src[a], NO_MENTION, m->code, m->info);
            } else if (about.len) {
                s->bare = about;
                emit(s, f, src[a], NO_MENTION, m->code, m->info);
            }
        }
        s->bare = (tc_span){0, 0};
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
        h = mention_head(s, h, k);
        const char *cw = case_word(s, h);
        if (!cw || strcmp(cw, "in")) continue;
        several = code && strncmp(code, s->m[k].code, 3);
        code = s->m[k].code, name = s->m[k].name;
        s->where_tok0 = s->m[k].tok0, s->where_ntok = s->m[k].ntok;
    }
    for (size_t i = 0; i < s->npl && !several; i++) {
        const tc_place *pl = &s->pl[i];
        uint32_t t0 = pl->tok0, lo = s->lo;
        int in = 0; /* "in Peshawar", "in northern Nigeria", "near the Gaza Strip" */
        for (uint32_t k = t0; k > lo && k + 3 > t0 && !in; k--)
            in = in_words(s->t->toks[k - 1].norm, tc_code_place_preps) ||
                 (s->agents_only && in_words(s->t->toks[k - 1].norm, near_preps));
        if (!in || !pl->gp.cc3[0]) continue;
        several = code && strncmp(code, pl->gp.cc3, 3);
        if (!code) {
            code = pl->gp.cc3, name = pl->gp.name;
            s->where_tok0 = pl->tok0, s->where_ntok = pl->ntok;
        }
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

/* Does sentence st hold every word of pattern p? */
/* "Officials said the militants were responsible", "X claimed Y was guilty": the speaker
 * accuses whom the words it says hold to account (112), when it names both and does not deny
 * it ("said Y was not responsible"). w: the adjective of the clause said. */
static void blame(sctx *s, uint32_t w)
{
    static const char *const to_account[] = {"responsible", "culpable", "guilty", "liable", NULL};
    const tc_word *x = &s->tr.w[w];
    if (x->upos != TC_UPOS_ADJ || !lemma_in(s, w, to_account) || !x->head ||
        rel_of(s, w) != TC_REL_CCOMP)
        return;
    uint32_t h = head_of(s, w), subj = UINT32_MAX;
    int cop = 0, neg = 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        cop |= r == TC_REL_COP;
        neg |= r == TC_REL_ADVMOD &&
               (word_is(s, c, "not") || word_is(s, c, "n't") || word_is(s, c, "never"));
        if (r == TC_REL_NSUBJ && subj == UINT32_MAX) subj = c;
    }
    int32_t f = s->frame_of[h];
    if (!cop || neg || subj == UINT32_MAX || f < 0 || !lemma_in(s, h, speech) || !s->fr[f].nsubj ||
        !s->c->cameo)
        return;
    int32_t src = tc_code_first_arg_mention(s, s->fr[f].subj, s->fr[f].nsubj);
    int32_t tgt = tc_code_arg_mention(s, subj, 1);
    const tc_cameo *info = tc_cameo_get(s->c->cameo, "112");
    if (src == NO_MENTION || tgt == NO_MENTION || !info) return;
    fmatch m = {.reporter = NO_MENTION, .first = h, .last = h};
    tc_code_clause_mood(s, f, &m);
    tc_code_emit_at(s, &m, h, UINT32_MAX, src, tgt, "112", info);
}

static int words_in(const tc_text *t, const tc_sentence *st, const tc_vpattern *p)
{
    for (int side = 0; side < 2; side++) {
        const tc_pelem *e = side ? p->post : p->pre;
        for (int k = 0; k < (side ? p->npost : p->npre); k++) {
            if (e[k].kind != TC_EL_WORD) continue;
            size_t len = strlen(e[k].w);
            int found = 0;
            for (uint32_t i = st->tok0; i < st->tok0 + st->ntok && !found; i++)
                found = t->toks[i].nlen == len && !memcmp(t->toks[i].norm, e[k].w, len);
            if (!found) return 0;
        }
    }
    return 1;
}

/* Is the sentence worth a parse: an actor, and a word that starts a pattern of the verb
 * dictionary with the pattern's other words in the sentence? */
static int worth_parsing(const tc_coder *c, const tc_text *t, uint32_t sent, const tc_mention *m,
                         size_t nm)
{
    if (!nm) return 0; /* agents alone: maybe placed by the sentence (code_frame decides) */
    const tc_sentence *st = &t->sents[sent];
    for (uint32_t i = st->tok0; i < st->tok0 + st->ntok; i++) {
        const tc_token *k = &t->toks[i];
        if (k->flags & TC_TOK_PUNCT) continue;
        if ((k->nlen == 4 && !memcmp(k->norm, "must", 4)) ||
            (k->nlen == 6 && !memcmp(k->norm, "should", 6)) ||
            (k->nlen == 11 && !memcmp(k->norm, "responsible", 11)))
            return 1;
        /* a pattern this word starts whose other words the sentence holds, in any order (the
           parse is most of the coder's time: "said" alone parses nothing) */
        for (const tc_vform *vf = tc_verbs_lookup(c->verbs, k->norm, k->nlen); vf; vf = vf->next) {
            const tc_vpattern *p = tc_verbs_pattern(c->verbs, vf->pattern);
            if (p && !p->nocode && words_in(t, st, p)) return 1;
        }
    }
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
    for (size_t f = 0; f < s.nfr; f++) {
        find_pattern(&s, f);
        phone_call(&s, f);
    }
    mark_consumed(&s);
    tc_code_govern(&s);
    for (size_t f = 0; f < s.nfr; f++)
        if (s.fm[f].p) {
            s.fm[f].reporter = tc_code_reporter_of(&s, f);
            if (s.fm[f].reporter != NO_MENTION) s.fm[f].flags |= TC_EV_REPORTED;
            if (s.fm[f].announced && s.fm[f].reporter == NO_MENTION && told(&s, f))
                unannounce(&s, &s.fm[f]); /* "analysts say X will attack": a forecast */
        }
    if (!(c->conventions & TC_CODE_NO_DATES) &&
        tc_when_scan(t, sent, c->date, a, &s.when, &s.nwhen) == TC_OK)
        tc_when_attach(t, sent, &s.tr, s.when, s.nwhen);
    for (size_t f = 0; f < s.nfr; f++) code_frame(&s, f);
    for (size_t f = 0; f < s.nfr; f++) tc_code_obligation(&s, f);
    for (uint32_t w = 0; w < s.tr.n; w++) tc_code_noun(&s, w);
    for (uint32_t w = 0; w < s.tr.n; w++) blame(&s, w);
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
static tc_err default_err; /* why default_parser is NULL */
static pthread_once_t defaults_once = PTHREAD_ONCE_INIT;

static void load_defaults(void)
{
    tc_err err = {0};
    default_parser = tc_parser_load(TC_DATADIR "/parse.model", &default_err);
    default_wordnet = tc_wordnet_load(TC_DATADIR "/wordnet.classes", &err);
}

tc_coder tc_coder_default(const tc_verbs *v, const tc_cameo_table *cameo, tc_err *err)
{
    pthread_once(&defaults_once, load_defaults);
    if (err && !default_parser) *err = default_err;
    return (tc_coder){
        .verbs = v, .cameo = cameo, .parser = default_parser, .wordnet = default_wordnet};
}
