/* code_reach: the targets a frame's arguments name, chosen (choose_targets): agents kept
 * where the predicate reaches them, whose act what is said of an act is (a welcome, a
 * criticism), whom a refusal refuses, whom a suit or a complaint is against, and a meeting's
 * pattern word that names no actor. Part of the coder (code_int.h); tc_code_frame
 * (code_target.c) calls it. */
#include "code_int.h"

#include <string.h>

/* Frame f's nt targets in tgt, kept where the predicate itself reaches an agent (ms0: its
 * first source): their count; *dropped_own set when a possessor of the source's own state
 * was dropped. */
static size_t agents_reached(sctx *s, size_t f, const tc_mention *ms0, int32_t *tgt, size_t nt,
                             int *dropped_own)
{
    const fmatch *m = &s->fm[f];
    /* ... an agent kept or given the speaker's state only where the predicate itself reaches
       it: not through another verb ("welcomed the release and reiterated its call to the
       authorities"), not inside an act ("called for the creation of a government", "the
       election of a new caretaker government"), not as the subject of another verb (",
       Deputy Ambassador X said") */
    size_t nkept = 0;
    for (size_t i = 0; i < nt; i++) {
        const tc_mention *mi = mention_at(s, tgt[i]);
        /* (and, in an appeal or a demand, an agent the story's own country placed: "is
           calling for the election of a new caretaker government" in a Somali story) */
        int agent = mi && (!usable(mi) || (mi->flags & TC_MENTION_HOMED) ||
                           ((mi->flags & TC_MENTION_STORY) &&
                            (code_root(m->code) == 2 || code_root(m->code) == 10)));
        int ok = !agent;
        if (agent && mi->tok0 >= s->lo && mi->tok0 - s->lo < s->tr.n) {
            uint32_t h = mention_head(s, mi->tok0 + mi->ntok - 1 - s->lo, tgt[i]);
            int r = rel_of(s, h);
            ok = r != TC_REL_NSUBJ && r != TC_REL_NSUBJ_PASS;
            /* ... but a participle's own noun is what it reaches, whatever that noun does
               ("Rebels supported by Rwanda seized the town": the rebels, the subject of
               "seized", are who is supported) */
            uint32_t pr = s->fr[f].pred;
            int own = rel_of(s, pr) == TC_REL_ACL && s->tr.w[pr].head && head_of(s, pr) == h;
            ok |= own;
            for (uint32_t k = h; ok && !own && s->tr.w[k].head && head_of(s, k) != pr;) {
                k = head_of(s, k);
                const char *kc = tc_code_noun_class(s, k);
                ok = s->tr.w[k].upos != TC_UPOS_VERB &&
                     !(s->tr.w[k].upos == TC_UPOS_NOUN && kc && !strcmp(kc, "noun.act"));
            }
        }
        /* "expressed Egypt's solidarity with X": the possessor of an attitude the pattern
           names is the speaker, not whom it is aimed at */
        static const char *const attitudes[] = {
            "solidarity", "support",      "backing", "commitment", "condolence",  "condolences",
            "gratitude",  "appreciation", "concern", "readiness",  "willingness", "position",
            "opposition", "sympathy",     "respect", "admiration", NULL};
        if (ok && mi && ms0 && !strncmp(mi->code, ms0->code, 3) && mi->tok0 >= s->lo &&
            mi->tok0 - s->lo < s->tr.n) {
            uint32_t h = mention_head(s, mi->tok0 + mi->ntok - 1 - s->lo, tgt[i]);
            ok = !(rel_of(s, h) == TC_REL_NMOD_POSS && s->tr.w[h].head &&
                   lemma_in(s, head_of(s, h), attitudes));
            *dropped_own |= !ok;
            /* "tariffs on steel exports to the U.S. from Japan": where the taxed goods go, the
               sanctioning state's own, is not whom the sanction is aimed at */
            const char *cw = case_word(s, h);
            if (ok && s->sanctioning && cw && !strcmp(cw, "to")) ok = 0;
        }
        if (ok) tgt[nkept++] = tgt[i];
    }
    return nkept;
}

/* The actors a "by" phrase on o names, not the source src[0] nor of its state (ms0's), into
 * tgt: their count, 0 (tgt untouched) when none. */
static size_t by_agent_targets(sctx *s, uint32_t o, const int32_t *src, const tc_mention *ms0,
                               int32_t *tgt)
{
    for (uint32_t i = s->first[o]; i < s->first[o + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        if (rel_of(s, c) != TC_REL_NMOD || !cw || strcmp(cw, "by") != 0) continue;
        int32_t got[8];
        size_t ng = tc_code_phrase_actors(s, c, 1, got, 8), kept = 0;
        for (size_t q = 0; q < ng; q++) {
            const tc_mention *mg = mention_at(s, got[q]);
            if (mg && usable(mg) && strncmp(mg->code, "---", 3) && got[q] != src[0] &&
                (!ms0 || strncmp(mg->code, ms0->code, 3)))
                got[kept++] = got[q];
        }
        if (kept) {
            memcpy(tgt, got, kept * sizeof *tgt);
            return kept;
        }
    }
    return 0;
}

/* Frame f's nt targets in tgt, or, for what is said of an act (a welcome, a criticism, a
 * rejection), whose act it is: its agent, its possessor, the state whose name or adjective it
 * bears (src, ms0: its sources, the first); their count. */
static size_t said_of_targets(sctx *s, size_t f, const int32_t *src, const tc_mention *ms0,
                              int32_t *tgt, size_t nt)
{
    const fmatch *m = &s->fm[f];
    /* "welcomed Trump's invitation to Putin", "rejected Japan's proposal for a summit": what
       is said of an act is aimed at whose act it is */
    int said_of = code_root(m->code) == 5 || code_root(m->code) == 11 || code_root(m->code) == 12;
    /* (not where the pattern's "+" names the target: "NOTED + REGRETTED") */
    if (m->tgt_hi > m->tgt_lo && tc_code_mention_in(s, m->tgt_lo, m->tgt_hi) != NO_MENTION)
        said_of = 0;
    if (said_of && s->fr[f].nobj && s->ment[s->fr[f].obj[0].word] == NO_MENTION) {
        uint32_t o = s->fr[f].obj[0].word;
        /* "criticized the arrest of journalists by Bolivia", "blamed restrictions by X and
           Y": the act's agent after "by", before its patient (eleventh session) */
        size_t by = by_agent_targets(s, o, src, ms0, tgt);
        int by_agent = by > 0;
        if (by_agent) nt = by;
        /* (not the possessor of what is done to someone: "condemned the reporter's arrest"
           is not aimed at the reporter as its doer; conj17) */
        int undergoes = tc_code_possessor_undergoes(s, o);
        for (uint32_t i = s->first[o]; i < s->first[o + 1] && !by_agent && !undergoes; i++) {
            uint32_t c = s->kids[i];
            const tc_mention *mc = mention_at(s, s->ment[c]);
            if (rel_of(s, c) != TC_REL_NMOD_POSS || !mc || !usable(mc) || s->ment[c] == src[0] ||
                (ms0 && !strncmp(mc->code, ms0->code, 3)))
                continue;
            tgt[0] = s->ment[c];
            nt = 1;
            /* ("France criticized their veto": each state of the list "their" stands for) */
            if (mc->flags & TC_MENTION_LIST)
                for (size_t q = (size_t)tgt[0] + 1;
                     q < s->nm && nt < 8 && (s->m[q].flags & TC_MENTION_ALSO) &&
                     s->m[q].tok0 == mc->tok0;
                     q++)
                    tgt[nt++] = (int32_t)q;
            break;
        }
        /* ... or whose name or adjective the thing bears ("rejected U.S. calls for a
           ceasefire", "rejected an Armenian proposal on the talks"), before an actor deeper
           in its phrase */
        int named = by_agent;
        for (uint32_t i = s->first[o]; i < s->first[o + 1] && !named; i++) {
            uint32_t c = s->kids[i];
            if (c > o || s->tr.w[o].upos != TC_UPOS_NOUN) continue;
            const tc_mention *mc = mention_at(s, s->ment[c]);
            if (rel_of(s, c) == TC_REL_NMOD_POSS) break; /* (the possessor's, above) */
            if (rel_of(s, c) == TC_REL_COMPOUND && mc && usable(mc) && s->ment[c] != src[0] &&
                strlen(mc->code) >= 3 && strncmp(mc->code, "---", 3) &&
                (!ms0 || strncmp(mc->code, ms0->code, 3))) {
                tgt[0] = s->ment[c], nt = 1, named = 1;
                continue;
            }
            const tc_token *t = &s->t->toks[s->lo + c];
            const char *state = rel_of(s, c) == TC_REL_AMOD && s->ment[c] == NO_MENTION &&
                                        (t->flags & TC_TOK_CAP) && s->c->actors
                                    ? tc_actors_adj_state(s->c->actors, t->norm, t->nlen)
                                    : NULL;
            if (!state || strlen(state) != 3 || (ms0 && !strncmp(ms0->code, state, 3))) continue;
            int32_t k = tc_code_extra(s, s->lo + c, 1, state, 3, "", TC_KIND_COUNTRY,
                                      "the state whose adjective names what is said of");
            if (k != NO_MENTION) tgt[0] = k, nt = 1, named = 1;
        }
    }
    return nt;
}

/* The target of frame f, a refusal with no object, when it refuses another's proposal
 * (ms0: its first source): into tgt[0], its count (0 or 1). */
static size_t refused_proposal(sctx *s, size_t f, const tc_mention *ms0, int32_t *tgt)
{
    const fmatch *m = &s->fm[f];
    size_t nt = 0;
    /* "China proposed a price floor, but the EU refused": a refusal with no object, joined
       to a verb of proposing, asking or offering whose subject is another's, refuses that
       one (its object elided; session of 2026-12-07, the eleventh) */
    static const char *const putting[] = {"propose", "offer",  "suggest", "ask", "request",
                                          "demand",  "invite", "urge",    NULL};
    uint32_t rp = s->fr[f].pred;
    if (!nt && code_root(m->code) == 12 && !s->fr[f].nobj && rel_of(s, rp) == TC_REL_CONJ &&
        s->tr.w[rp].head && lemma_in(s, head_of(s, rp), putting) &&
        s->frame_of[head_of(s, rp)] >= 0) {
        const tc_frame *pf = &s->fr[s->frame_of[head_of(s, rp)]];
        int32_t got[8];
        size_t ng = tc_code_arg_mentions(s, pf->subj, pf->nsubj, got, 8);
        const tc_mention *mg = ng ? mention_at(s, got[0]) : NULL;
        if (mg && usable(mg) && strncmp(mg->code, "---", 3) &&
            (!ms0 || strncmp(mg->code, ms0->code, 3)))
            tgt[0] = got[0], nt = 1;
    }
    return nt;
}

/* For frame f's complaint or suit (114, 115), the actors it is against into tgt, replacing its
 * *nt targets, when a dictionary knows them (src: its sources); else, when it has targets,
 * the word its "against" opens, whose words are then its target; or UINT32_MAX. */
static uint32_t suit_against(sctx *s, size_t f, const int32_t *src, int32_t *tgt, size_t *nt)
{
    const fmatch *m = &s->fm[f];
    /* "filed a lawsuit in the U.S. District Court against X", "filed a complaint with the
       Council against X": a complaint or a suit (114, 115) is aimed at whom it is against, not
       where it is filed, when a dictionary knows them */
    uint32_t sued = UINT32_MAX; /* the words a suit is against, when no dictionary knows them */
    if (strncmp(m->code, "114", 3) && strncmp(m->code, "115", 3)) return sued;
    const tc_frame *lf = &s->fr[f];
    uint32_t against = UINT32_MAX;
    for (int i = 0; i < lf->nobl && against == UINT32_MAX; i++)
        if (lf->obl[i].prep != TC_FRAME_NONE && word_is(s, lf->obl[i].prep, "against"))
            against = lf->obl[i].word;
    for (int i = 0; i < lf->nobj && against == UINT32_MAX; i++)
        for (uint32_t k = s->first[lf->obj[i].word];
             k < s->first[lf->obj[i].word + 1] && against == UINT32_MAX; k++) {
            const char *cw = case_word(s, s->kids[k]);
            if (rel_of(s, s->kids[k]) == TC_REL_NMOD && cw && !strcmp(cw, "against"))
                against = s->kids[k];
        }
    /* (or hung on the venue or the day: "a lawsuit in the U.S. District Court in
       Ohio[nmod of lawsuit] against[nmod of Ohio] X", "a complaint ... on Monday[obl]
       against[nmod of Monday] X"), reached through nouns only, no clause */
    for (uint32_t x = lf->pred + 1; x < s->tr.n && against == UINT32_MAX; x++) {
        const char *cw = case_word(s, x);
        if (rel_of(s, x) != TC_REL_NMOD || !cw || strcmp(cw, "against")) continue;
        uint32_t h = x;
        for (int step = 0; step < 4 && s->tr.w[h].head && rel_of(s, h) == TC_REL_NMOD; step++)
            h = head_of(s, h);
        for (int i = 0; i < lf->nobj; i++)
            if (h == lf->obj[i].word) against = x;
        for (int i = 0; i < lf->nobl; i++)
            if (h == lf->obl[i].word) against = x;
    }
    int32_t got[8];
    size_t ng = against != UINT32_MAX ? tc_code_phrase_actors(s, against, 1, got, 8) : 0;
    size_t kept = 0;
    for (size_t i = 0; i < ng; i++) {
        const tc_mention *mg = mention_at(s, got[i]);
        if (mg && usable(mg) && got[i] != src[0]) got[kept++] = got[i];
    }
    if (kept) {
        memcpy(tgt, got, kept * sizeof *tgt);
        *nt = kept;
    }
    /* ... and when no dictionary knows them ("filed a lawsuit in the U.S. District Court
       against Smith"), the suit is aimed at their words, never at the court's state
       (session of 2026-12-07, the thirteenth: strictP13) */
    const tc_word *aw = against != UINT32_MAX ? &s->tr.w[against] : NULL;
    if (!kept && *nt && aw && (aw->upos == TC_UPOS_NOUN || aw->upos == TC_UPOS_PROPN))
        sued = against;
    return sued;
}

/* Whether mention k covers the pattern word of m glued before its final preposition
 * ("delegation" of "send * delegation to"). */
static int pattern_word(const sctx *s, const fmatch *m, int32_t k)
{
    const tc_vpattern *p = m->p;
    if (!p || p->npost < 2 || m->last == 0) return 0;
    const tc_pelem *e = &p->post[p->npost - 2];
    return e->kind == TC_EL_WORD && p->post[p->npost - 1].glued && s->ment[m->last - 1] == k;
}

/* "will join the adviser for the talks with Ukrainian officials": a meeting (04x, or the intent
 * to meet, 036) whose pattern ends on the talks, meeting or summit met for, where that noun
 * names its own partner with "with", is held with that partner; one joined for it of the
 * source's (ms0's) own state is a companion on the same side, no partner ("joined Qatar's
 * emir for the talks with Hamas" meets the emir too). The targets so kept, then the
 * partner's actors: their count (the targets stay when that phrase names none). */
static size_t talks_own_partner(sctx *s, size_t f, const tc_mention *ms0, int32_t *tgt, size_t nt)
{
    static const char *const with[] = {"with", NULL};
    const fmatch *m = &s->fm[f];
    const tc_frame *fr = &s->fr[f];
    if (!nt || !ms0 || !fr->nobj || !m->p || m->last >= s->tr.n || m->last <= fr->obj[0].word)
        return nt;
    if (code_root(m->code) != 4 && strncmp(m->code, "036", 3)) return nt;
    uint32_t c;
    if (s->tr.w[m->last].upos != TC_UPOS_NOUN || !tc_code_prep_phrases(s, m->last, with, &c, 1))
        return nt;
    int32_t partner[8];
    size_t np = tc_code_phrase_actors(s, c, 1, partner, 8), kept = 0;
    if (!np) return nt;
    for (size_t i = 0; i < nt; i++) {
        const tc_mention *mi = mention_at(s, tgt[i]);
        if (mi && strncmp(mi->code, ms0->code, 3)) tgt[kept++] = tgt[i];
    }
    for (size_t i = 0; i < np && kept < 8; i++) tgt[kept++] = partner[i];
    return kept;
}

/* The targets of frame f (src, ns, ms0: its sources, the first) into tgt, at most 8: those
 * its arguments name, agents kept where the predicate reaches them, whose act what is said of
 * is, whom a refusal refuses, whom a suit is against; their count. *sued: the words a suit is
 * against, when no dictionary knows them, or UINT32_MAX; *lone_source: whether a source of no
 * state may be looked for, the first target being one a reader can place. */
size_t tc_code_choose_targets(sctx *s, size_t f, const int32_t *src, size_t ns,
                              const tc_mention *ms0, int32_t *tgt, uint32_t *sued, int *lone_source)
{
    const fmatch *m = &s->fm[f];
    size_t nt = talks_own_partner(s, f, ms0, tgt, tc_code_targets(s, f, tgt, 8));
    /* "Police arrested two Kenyan protesters", "Kenyan authorities arrested people": with no
       one else in its place, an agent of no state is kept beside an actor a reader can place,
       its state left blank as GDELT leaves it (not the victims of force: "killing two
       soldiers" are the attacked side's, told by the sentence's other words) */
    const tc_mention *mt0 = nt ? mention_at(s, tgt[0]) : NULL;
    if (!nt && ns && ms0 && usable(ms0) && (code_root(m->code) < 18 || code_root(m->code) > 20)) {
        s->keep_agents = 1;
        nt = tc_code_targets(s, f, tgt, 8);
        s->keep_agents = 0;
        /* ... never a word of a pattern that ends on its preposition: "sent a delegation to
           the conference" names what is sent, not to whom ("send * delegation to") */
        if (nt && m->final_prep && pattern_word(s, m, tgt[0])) nt = 0;
    }
    int dropped_own = 0;
    nt = agents_reached(s, f, ms0, tgt, nt, &dropped_own);
    /* "called Erdogan to convey Pakistan's support": to whom the clause it completes is aimed */
    const tc_frame *up = s->fr[f].gov != TC_FRAME_NONE && s->frame_of[s->fr[f].gov] >= 0
                             ? &s->fr[s->frame_of[s->fr[f].gov]]
                             : NULL;
    if (!nt && dropped_own && up && up->nobj)
        nt = tc_code_arg_mentions(s, up->obj, up->nobj, tgt, 8);
    nt = said_of_targets(s, f, src, ms0, tgt, nt);
    if (!nt) nt = refused_proposal(s, f, ms0, tgt);
    *sued = suit_against(s, f, src, tgt, &nt);
    /* (a visit needs a visitor a reader can place: "troops arrived in Monrovia") */
    /* (nor a doer of what a relative clause tells of a kind: "foreign bloggers who praise
       China gain popularity") */
    *lone_source = !ns && nt && mt0 && usable(mt0) && strncmp(m->code, "042", 3) &&
                   strncmp(m->code, "043", 3) && s->fr[f].gov_rel != TC_REL_ACL_RELCL;
    return nt;
}
