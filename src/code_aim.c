/* code_aim: the targets of acts aimed at no one their arguments name. Whom an act with no
 * target aims at by its purpose, a participle, a contact, a deal, a demand or an appeal, a
 * condition, a cause or a denial (unnamed_targets); whom a purpose serves or protests against
 * (purpose_targets); the subject of the "that" clause a demand governs
 * (clause_subject_targets). Part of the coder (code_int.h); tc_code_frame (code_target.c)
 * calls them. */
#include "code_int.h"

#include <string.h>

/* Is mk a usable actor of a state other than the source ms's (ms may be NULL)? */
static int other_state(const tc_mention *mk, const tc_mention *ms)
{
    return mk && usable(mk) && strncmp(mk->code, "---", 3) &&
           (!ms || strncmp(mk->code, ms->code, 3));
}

/* "police used tear gas to disperse protesters": force or coercion with no one aimed at
   is aimed at whom its purpose names; at most 8 into tgt, their count */
static size_t purpose_aim(sctx *s, size_t f, int32_t *tgt)
{
    const tc_frame *fr = &s->fr[f];
    size_t nt = 0;
    if (code_root(s->fm[f].code) < 17) return 0;
    for (size_t g = 0; g < s->nfr && !nt; g++) {
        const tc_frame *gf = &s->fr[g];
        /* (on the verb, or on its object: "used water cannon to[acl] disperse them") */
        int on_verb =
            gf->gov == fr->pred && (gf->gov_rel == TC_REL_ADVCL || gf->gov_rel == TC_REL_XCOMP);
        int on_object = fr->nobj && gf->gov == fr->obj[0].word && gf->gov_rel == TC_REL_ACL;
        if ((!on_verb && !on_object) || gf->mark == TC_FRAME_NONE || !word_is(s, gf->mark, "to"))
            continue;
        nt = tc_code_object_mentions(s, gf, tgt, 8);
    }
    return nt;
}

/* "Turkey imposed sanctions targeting Greece", "curbs aimed at Greek ships": an act
   whose object a participle of aiming hangs on is aimed at whom that participle names
   (its object, or its "at"/"against" phrase; clause17, issue 14); their count into tgt */
static size_t participle_aim(sctx *s, size_t f, const tc_mention *ms, int32_t *tgt)
{
    static const char *const aiming[] = {"target", "aim", "direct", NULL};
    const tc_frame *fr = &s->fr[f];
    size_t nt = 0;
    if (!fr->nobj) return 0;
    for (size_t g = 0; g < s->nfr && !nt; g++) {
        const tc_frame *gf = &s->fr[g];
        if (gf->gov != fr->obj[0].word || gf->gov_rel != TC_REL_ACL ||
            !lemma_in(s, gf->pred, aiming))
            continue;
        int32_t got[8];
        size_t n =
            strcmp(s->tr.w[gf->pred].lemma, "target") ? 0 : tc_code_object_mentions(s, gf, got, 8);
        for (int i = 0; i < gf->nobl && !n; i++) {
            const char *pw = case_word(s, gf->obl[i].word);
            if (!pw || (strcmp(pw, "at") && strcmp(pw, "against"))) continue;
            int32_t k = tc_code_arg_mention(s, gf->obl[i].word, 1);
            if (k != NO_MENTION) got[n++] = k;
        }
        for (size_t i = 0; i < n; i++)
            if (other_state(mention_at(s, got[i]), ms)) tgt[nt++] = got[i];
    }
    return nt;
}

/* "wrote to Serbia, threatening to cut funding", "called X's leader, demanding the release
   of ...": a demand, accusation or threat told by a participle hung on a verb of contact
   is aimed at whom the contact reached (its object, its "to" phrase, or its object's "to"
   phrase: "sent a letter to X, accusing ..."; clause17, issue 14); their count into tgt */
static size_t contact_aim(sctx *s, size_t f, const tc_mention *ms, int32_t *tgt)
{
    static const char *const contacts[] = {"write", "call",    "phone",  "telephone", "send",
                                           "tell",  "contact", "summon", NULL};
    const tc_frame *fr = &s->fr[f];
    int said = code_root(s->fm[f].code) >= 10 && code_root(s->fm[f].code) <= 13;
    int32_t cg = fr->gov != TC_FRAME_NONE ? s->frame_of[fr->gov] : -1;
    if (!said || fr->gov_rel != TC_REL_ADVCL || fr->mark != TC_FRAME_NONE || fr->gov >= fr->pred ||
        cg < 0 || !lemma_in(s, fr->gov, contacts))
        return 0;
    const tc_frame *gf = &s->fr[cg];
    uint32_t reach[8];
    int n = 0;
    size_t nt = 0;
    for (int i = 0; i < gf->nobj && n < 8; i++) {
        reach[n++] = gf->obj[i].word;
        for (uint32_t c = s->first[gf->obj[i].word]; c < s->first[gf->obj[i].word + 1] && n < 8;
             c++)
            if (rel_of(s, s->kids[c]) == TC_REL_NMOD) reach[n++] = s->kids[c];
    }
    for (int i = 0; i < gf->nobl && n < 8; i++) reach[n++] = gf->obl[i].word;
    for (int i = 0; i < n && nt < 8; i++) {
        const char *pw = case_word(s, reach[i]);
        int direct = rel_of(s, reach[i]) == TC_REL_OBJ;
        if (!direct && (!pw || strcmp(pw, "to"))) continue;
        int32_t k = tc_code_arg_mention(s, reach[i], 1);
        if (other_state(mention_at(s, k), ms)) tgt[nt++] = k;
    }
    return nt;
}

/* "Cameroon is negotiating to import eggs from Brazil": a negotiation with no one named
   is with the side its infinitive's deal names ("from", "with", "to"; demands16); their
   count into tgt */
static size_t deal_aim(sctx *s, size_t f, const tc_mention *ms, int32_t *tgt)
{
    const tc_frame *fr = &s->fr[f];
    size_t nt = 0;
    if (strncmp(s->fm[f].code, "046", 3)) return 0;
    for (size_t g = 0; g < s->nfr && !nt; g++) {
        const tc_frame *gf = &s->fr[g];
        if (gf->gov != fr->pred || gf->gov_rel != TC_REL_XCOMP || gf->mark == TC_FRAME_NONE ||
            !word_is(s, gf->mark, "to"))
            continue;
        /* (the infinitive's obliques, and its object's: "to buy wheat from[nmod] Russia") */
        uint32_t sides[8];
        int n = 0;
        for (int i = 0; i < gf->nobl && n < 8; i++)
            if (gf->obl[i].prep != TC_FRAME_NONE) sides[n++] = gf->obl[i].word;
        for (int i = 0; i < gf->nobj; i++)
            for (uint32_t c = s->first[gf->obj[i].word]; c < s->first[gf->obj[i].word + 1] && n < 8;
                 c++)
                if (rel_of(s, s->kids[c]) == TC_REL_NMOD) sides[n++] = s->kids[c];
        for (int i = 0; i < n && nt < 8; i++) {
            const char *pw = case_word(s, sides[i]);
            if (!pw || (strcmp(pw, "from") && strcmp(pw, "with") && strcmp(pw, "to"))) continue;
            int32_t k = tc_code_arg_mention(s, sides[i], 1);
            if (other_state(mention_at(s, k), ms)) tgt[nt++] = k;
        }
    }
    return nt;
}

/* "Threatening to cut off gas supplies, Russia demanded that Moldova pay its debts": a
   threat told by a participle beside a demand or appeal (10, 02) is aimed at whom the demand
   is (the clause it governs, else its object or its "from" phrase; groups18); their count
   into tgt */
static size_t demand_aim(sctx *s, size_t f, const tc_mention *ms, int32_t *tgt)
{
    const tc_frame *fr = &s->fr[f];
    int32_t g = fr->gov != TC_FRAME_NONE ? s->frame_of[fr->gov] : -1;
    const char *x = tc_parse_xpos_name(s->c->parser, s->tr.w[fr->pred].xpos);
    if (code_root(s->fm[f].code) != 13 || fr->gov_rel != TC_REL_ADVCL ||
        fr->mark != TC_FRAME_NONE || strcmp(x, "VBG") || g < 0 || !s->fm[g].p ||
        (code_root(s->fm[g].code) != 10 && code_root(s->fm[g].code) != 2))
        return 0;
    int32_t got[8];
    size_t n = 0, nt = 0;
    for (uint8_t i = 0; i < s->fm[g].nhint && n < 8; i++) got[n++] = s->fm[g].hint[i];
    for (size_t h = 0; h < s->nfr && !n; h++) /* ("demanded that Moldova[nsubj] pay") */
        if (s->fr[h].gov == s->fr[g].pred &&
            (s->fr[h].gov_rel == TC_REL_CCOMP || s->fr[h].gov_rel == TC_REL_XCOMP))
            n = tc_code_arg_mentions(s, s->fr[h].subj, s->fr[h].nsubj, got, 8);
    if (!n) n = tc_code_object_mentions(s, &s->fr[g], got, 8);
    for (int i = 0; i < s->fr[g].nobl && !n; i++) {
        const char *pw = case_word(s, s->fr[g].obl[i].word);
        int32_t k = pw && !strcmp(pw, "from") ? tc_code_arg_mention(s, s->fr[g].obl[i].word, 1)
                                              : NO_MENTION;
        if (k != NO_MENTION) got[n++] = k;
    }
    for (size_t i = 0; i < n; i++)
        if (other_state(mention_at(s, got[i]), ms)) tgt[nt++] = got[i];
    return nt;
}

/* "Iran warned that it would respond if Israel took any further action": a threat is
   aimed at whoever its condition names */
/* ... and a refusal at whoever it waits for ("will not end the strike until the
   authority meets their demands"); their count into tgt */
static size_t condition_aim(sctx *s, size_t f, const tc_mention *ms, int32_t *tgt)
{
    const tc_frame *fr = &s->fr[f];
    int refusal = code_root(s->fm[f].code) == 12;
    size_t nt = 0;
    if (code_root(s->fm[f].code) != 13 && !refusal) return 0;
    /* (a retaliation is aimed at whoever did what it answers: "vowed to retaliate after
       India struck targets in Punjab"; groups18) */
    static const char *const avengers[] = {"retaliate", "avenge", NULL};
    /* (the retaliation the act is, or the one it vows: "vowed to retaliate[xcomp]") */
    uint32_t avenger = !refusal && lemma_in(s, fr->pred, avengers) ? fr->pred : UINT32_MAX;
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1] && !refusal; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_XCOMP && lemma_in(s, s->kids[i], avengers))
            avenger = s->kids[i];
    int avenge = avenger != UINT32_MAX;
    for (size_t g = 0; g < s->nfr && !nt; g++) {
        const tc_frame *gf = &s->fr[g];
        /* (the parse may hang the condition on the saying: "said it would retaliate[ccomp]
           if Finland joined[ccomp of said] NATO", as condition_subject reads it) */
        int beside = gf->gov_rel == TC_REL_CCOMP && fr->gov_rel == TC_REL_CCOMP &&
                     gf->gov == fr->gov && gf->gov != TC_FRAME_NONE && gf->pred > fr->pred;
        int answered = avenge && gf->gov_rel == TC_REL_ADVCL && gf->mark != TC_FRAME_NONE &&
                       (word_is(s, gf->mark, "after") || word_is(s, gf->mark, "because")) &&
                       (gf->gov == fr->pred || gf->gov == avenger ||
                        (gf->gov == fr->gov && fr->gov_rel == TC_REL_XCOMP));
        if ((gf->gov_rel != TC_REL_ADVCL && !beside) || gf->mark == TC_FRAME_NONE || !gf->nsubj ||
            (refusal ? !word_is(s, gf->mark, "until") && !word_is(s, gf->mark, "till")
                     : !word_is(s, gf->mark, "if") && !word_is(s, gf->mark, "unless") && !answered))
            continue;
        int under = gf->gov == fr->pred || beside || answered;
        /* (or on the verb whose infinitive the act is: "if X escalates, I will not hesitate
           to cut the power") */
        under |= rel_of(s, fr->pred) == TC_REL_XCOMP && s->tr.w[fr->pred].head &&
                 head_of(s, fr->pred) == gf->gov;
        for (size_t c = 0; c < s->nfr && !under; c++)
            under = s->fr[c].pred == gf->gov && s->fr[c].gov == fr->pred &&
                    s->fr[c].gov_rel == TC_REL_CCOMP;
        if (!under) continue;
        int32_t k = tc_code_first_arg_mention(s, gf->subj, gf->nsubj);
        const tc_mention *mk = mention_at(s, k);
        /* (a refusal at home: teachers' strike until their government meets demands) */
        if (mk && usable(mk) &&
            (!ms || (refusal ? strcmp(mk->code, ms->code) : strncmp(mk->code, ms->code, 3))))
            tgt[nt++] = k;
    }
    return nt;
}

/* The "with" party of frame g's object or obliques ("reaching agreement with the
   government", "after talks with X"), other than ms's code; NO_MENTION when none. */
static int32_t with_party(sctx *s, const tc_frame *g, const tc_mention *ms)
{
    uint32_t sides[8];
    int n = 0;
    for (int i = 0; i < g->nobl && n < 8; i++) sides[n++] = g->obl[i].word;
    for (int i = 0; i < g->nobj; i++)
        for (uint32_t c = s->first[g->obj[i].word]; c < s->first[g->obj[i].word + 1] && n < 8; c++)
            if (rel_of(s, s->kids[c]) == TC_REL_NMOD) sides[n++] = s->kids[c];
    for (int i = 0; i < n; i++) {
        const char *pw = case_word(s, sides[i]);
        if (!pw || strcmp(pw, "with")) continue;
        int32_t k = tc_code_arg_mention(s, sides[i], 1);
        const tc_mention *mk = mention_at(s, k);
        if (mk && usable(mk) && strncmp(mk->code, "---", 3) && (!ms || strcmp(mk->code, ms->code)))
            return k;
    }
    return NO_MENTION;
}

/* Does frame g code a request, a demand, a protest, talks, an agreement or a concession (02,
   03, 04, 05, 08, 10, 14): what one yields after, not what one merely follows ("eased the
   curfew after rioters burned shops")? */
static int asked_or_agreed(const sctx *s, size_t g)
{
    if (!s->fm[g].p || s->fm[g].p->nocode) return 0;
    int r = code_root(s->fm[g].code);
    return r == 2 || r == 3 || r == 4 || r == 5 || r == 8 || r == 10 || r == 14;
}

/* "called off the strike after the government accepted the pay deal", "reversed the decision
   after a refugee begged the prime minister", "called off the strike after reaching agreement
   with the government": a yielding act (08x) aimed at no one is aimed at whom the clause that
   tells what it followed names: that clause's doer when another, else the other party of its
   "with" (place18); their count into tgt */
static size_t cause_aim(sctx *s, size_t f, const tc_mention *ms, int32_t *tgt)
{
    const tc_frame *fr = &s->fr[f];
    if (code_root(s->fm[f].code) != 8) return 0;
    for (size_t g = 0; g < s->nfr; g++) {
        const tc_frame *gf = &s->fr[g];
        /* (an "after" clause the parse may hang as the verb's acl, "hours after reaching", or
           on the infinitive of its object, "reversed a decision to exclude X after Y begged") */
        int on_object = gf->gov < s->tr.n && rel_of(s, gf->gov) == TC_REL_ACL &&
                        head_of(s, gf->gov) < s->tr.n &&
                        rel_of(s, head_of(s, gf->gov)) == TC_REL_OBJ &&
                        head_of(s, head_of(s, gf->gov)) == fr->pred;
        if ((gf->gov != fr->pred && !on_object) ||
            (gf->gov_rel != TC_REL_ADVCL && gf->gov_rel != TC_REL_ACL) ||
            gf->mark == TC_FRAME_NONE || !word_is(s, gf->mark, "after") || !asked_or_agreed(s, g))
            continue;
        int32_t k = gf->nsubj ? tc_code_first_arg_mention(s, gf->subj, gf->nsubj) : NO_MENTION;
        const tc_mention *mk = mention_at(s, k);
        /* (the source's own act: "after they reached a deal with", or a subject the frame
           shares with the verb it hangs on: "after reaching a deal with") */
        int own = (mk && ms && !strcmp(mk->code, ms->code)) ||
                  (gf->nsubj && (gf->subj[0].word == fr->pred ||
                                 (fr->nsubj && gf->subj[0].word == fr->subj[0].word)));
        if (mk && usable(mk) && strncmp(mk->code, "---", 3) && !own) {
            tgt[0] = k;
            return 1;
        }
        if (gf->nsubj && !own) continue; /* (no actor: "after images sparked outrage") */
        k = with_party(s, gf, ms);
        if (k != NO_MENTION) {
            tgt[0] = k;
            return 1;
        }
    }
    return 0;
}

/* "denied any involvement in the attack that killed three U.S. soldiers": a denial is
   aimed at the side the act it denies struck; their count into tgt */
static size_t denial_aim(sctx *s, size_t f, const tc_mention *ms, int32_t *tgt)
{
    const tc_frame *fr = &s->fr[f];
    size_t nt = 0;
    if (strncmp(s->fm[f].code, "016", 3) || !fr->nobj) return 0;
    uint32_t o = fr->obj[0].word;
    for (uint32_t w = o + 1; w < s->tr.n && !nt; w++) {
        uint32_t h = w;
        int told = 0; /* "the claims that X did Y": what a claim tells is not its aim */
        for (int steps = 0; steps < 12 && h != o && s->tr.w[h].head; steps++) {
            int r = rel_of(s, h), content = r == TC_REL_CCOMP;
            for (uint32_t i = s->first[h]; i < s->first[h + 1] && r == TC_REL_ACL; i++)
                content |= rel_of(s, s->kids[i]) == TC_REL_MARK ||
                           rel_of(s, s->kids[i]) == TC_REL_NSUBJ; /* not "made by X" */
            /* ... also read as a relative clause with a subject of its own ("the
               allegation that[obj] separatists[nsubj] had settled"), not "the attack
               that[nsubj] killed X" */
            for (uint32_t i = s->first[h]; i < s->first[h + 1] && r == TC_REL_ACL_RELCL; i++)
                content |= (rel_of(s, s->kids[i]) == TC_REL_NSUBJ ||
                            rel_of(s, s->kids[i]) == TC_REL_NSUBJ_PASS) &&
                           s->tr.w[s->kids[i]].upos != TC_UPOS_PRON;
            told |= content;
            h = head_of(s, h);
        }
        if (h == o && !told && other_state(mention_at(s, s->ment[w]), ms)) tgt[nt++] = s->ment[w];
    }
    return nt;
}

/* The targets of frame f's act when its arguments name none (src, ns: its sources): the state
 * of a thing it is aimed at, the forces of a state's thing, the place its clause names, whom
 * its purpose names (force, coercion), a threat's condition or a refusal's "until", the side a
 * denied act struck; at most 8 into tgt, their count. */
size_t tc_code_unnamed_targets(sctx *s, size_t f, const int32_t *src, size_t ns, int32_t *tgt)
{
    const tc_mention *ms = mention_at(s, src[0]);
    size_t nt = tc_code_owned_things(s, f, ms, tgt, 8);
    if (!nt) tgt[nt] = tc_code_forces_thing(s, f, ms), nt += tgt[nt] != NO_MENTION;
    if (!nt) {
        int32_t there = tc_code_place_target(s, f, ms);
        const tc_mention *mp = mention_at(s, there);
        /* (not the source itself: "Armenia lifted the curfew in Yerevan" has no target) */
        if (there != NO_MENTION && !(ms && mp && !strcmp(ms->code, mp->code))) tgt[nt++] = there;
    }
    if (nt || !ns) return nt;
    nt = purpose_aim(s, f, tgt);
    if (!nt) nt = participle_aim(s, f, ms, tgt);
    if (!nt) nt = contact_aim(s, f, ms, tgt);
    if (!nt) nt = deal_aim(s, f, ms, tgt);
    if (!nt) nt = condition_aim(s, f, ms, tgt);
    if (!nt) nt = cause_aim(s, f, ms, tgt);
    if (!nt) nt = demand_aim(s, f, ms, tgt);
    if (!nt) nt = denial_aim(s, f, ms, tgt);
    return nt;
}

/* Verbs of a purpose that name whom an act serves. */
static const char *const helpers[] = {"help",    "assist", "support",   "aid",
                                      "bolster", "back",   "reinforce", "strengthen",
                                      "train",   "equip",  NULL};

/* Has word w a "mark" dependent that is the word mark ("by" imposing)? */
static int has_mark(const sctx *s, uint32_t w, const char *mark)
{
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_MARK && word_is(s, s->kids[i], mark)) return 1;
    return 0;
}

/* The targets of frame f with none of its own (ms0: its first source): whom its purpose
 * serves or protests against, the target of the end it is the means of; into tgt, their
 * count. */
size_t tc_code_purpose_targets(sctx *s, size_t f, const tc_mention *ms0, int32_t *tgt)
{
    const fmatch *m = &s->fm[f];
    const tc_frame *fr = &s->fr[f];
    size_t nt = 0;
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
        /* ... and a protest (a strike, a hunger strike, a boycott) whom its purpose protests
           against ("started a hunger strike to protest against the prison authorities") */
        static const char *const protesting[] = {"protest", "denounce", "oppose", "condemn", NULL};
        int against = ms0 && code_root(tc_code_by_context(s, ms0, m->code, fr->pred)) == 14 &&
                      lemma_in(s, pg->pred, protesting);
        if (!of_act || pg->mark == TC_FRAME_NONE || !word_is(s, pg->mark, "to") ||
            (!lemma_in(s, pg->pred, helpers) && !against))
            continue;
        nt = tc_code_object_mentions(s, pg, tgt, 8);
        if (!nt && against) nt = tc_code_oblique_mentions(s, pg, tgt, 8);
    }
    /* "used starvation as a weapon against X by blocking the road": the means has the end's
       target */
    if (!nt && fr->gov_rel == TC_REL_ADVCL && fr->mark != TC_FRAME_NONE &&
        word_is(s, fr->mark, "by"))
        nt = tc_code_deep_mention(s, fr->gov, fr->gov, tgt, 8);
    /* ... and so has a later verb of that means ("by first imposing and then delaying a
       tariff": "delaying", the conjunct of "imposing") (prec18) */
    if (!nt && fr->gov_rel == TC_REL_CONJ && fr->gov != TC_FRAME_NONE &&
        rel_of(s, fr->gov) == TC_REL_ADVCL && s->tr.w[fr->gov].head && has_mark(s, fr->gov, "by"))
        nt = tc_code_deep_mention(s, head_of(s, fr->gov), head_of(s, fr->gov), tgt, 8);
    return nt;
}

/* "demanded that the prime minister apologize for remarks about Chilean workers", "demanded
 * that President X resign over the crisis with Chile": a demand or an appeal with no object
 * of its own is aimed at the subject of the "that" clause it governs (its hints), not at an
 * actor the search found deeper in that clause. The nt targets in tgt, replaced: their count. */
size_t tc_code_clause_subject_targets(const sctx *s, size_t f, int32_t *tgt, size_t nt)
{
    const fmatch *m = &s->fm[f];
    if (!nt || !m->hint_subj || !m->nhint || s->fr[f].nobj) return nt;
    for (size_t b = 0; b < nt; b++)
        for (size_t h = 0; h < m->nhint; h++)
            if (tgt[b] == m->hint[h]) return nt;
    memcpy(tgt, m->hint, m->nhint * sizeof *tgt);
    return m->nhint;
}
