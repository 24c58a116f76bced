/* code_joint: reciprocal and joint acts. A co-signer's signing and a visit's hosting paired
 * with the act (emit_pairs), acts a compound subject does to each other (mutual_act) or
 * together (joint_drill, uncoded_companion), and cooperation kept apart from whom it is aimed
 * against (drop_opposed). Part of the coder (code_int.h); tc_code_frame (code_target.c) calls
 * them. */
#include "code_int.h"

#include <string.h>

/* The preposition opening target k's phrase or its list ("with" for "with Greece and
 * Cyprus"), or NULL. */
static const char *target_case(const sctx *s, int32_t k)
{
    const tc_mention *mk = mention_at(s, k);
    if (!mk || k >= (int32_t)s->nm || mk->tok0 < s->lo || mk->tok0 - s->lo >= s->tr.n) return NULL;
    uint32_t h = mention_head(s, mk->tok0 - s->lo, k);
    while (s->tr.w[h].head && rel_of(s, h) == TC_REL_CONJ) h = head_of(s, h);
    return case_word(s, h);
}

/* Is target k the partner of a "with" ("signed an agreement with Greece", "signed with Greece
 * and Cyprus"), the head of its phrase or of its list under "with"? */
static int signed_with(const sctx *s, int32_t k)
{
    const tc_mention *mk = mention_at(s, k);
    if (!mk || k >= (int32_t)s->nm || mk->tok0 < s->lo || mk->tok0 - s->lo >= s->tr.n ||
        !mk->code[0] || !strncmp(mk->code, "---", 3))
        return 0;
    uint32_t h = mention_head(s, mk->tok0 - s->lo, k);
    while (s->tr.w[h].head && rel_of(s, h) == TC_REL_CONJ) h = head_of(s, h);
    const char *cw = case_word(s, h);
    return cw && !strcmp(cw, "with");
}

/* Is the visit a hosting pattern matched ("welcomed the president's visit to Serbia") made
 * to a state other than the source's: its noun's "to" or "in" phrase an actor or a gazetteer
 * place of another state? */
static int visit_elsewhere(const sctx *s, const fmatch *m, const tc_mention *src)
{
    static const char *const visits[] = {"visit", "trip", "tour", "delegation", NULL};
    if (!src || !usable(src) || m->last >= s->tr.n || !lemma_in(s, m->last, visits)) return 0;
    for (uint32_t i = s->first[m->last]; i < s->first[m->last + 1]; i++) {
        uint32_t d = s->kids[i];
        const char *cw = rel_of(s, d) == TC_REL_NMOD ? case_word(s, d) : NULL;
        if (!cw || (strcmp(cw, "to") && strcmp(cw, "in"))) continue;
        const tc_mention *md = mention_at(s, s->ment[d]);
        const tc_place *pd = md ? NULL : tc_code_place_on(s, d);
        const char *at = md && usable(md) && strncmp(md->code, "IGO", 3) ? md->code
                         : pd && pd->gp.cc3[0]                           ? pd->gp.cc3
                                                                         : NULL;
        if (at && strncmp(at, src->code, 3)) return 1;
    }
    return 0;
}

/* Does each source of frame f act on the others (src, ns: its sources; tgt, nt: its
 * targets)? A compound subject of a mutual pattern with no one else named, agreeing, meeting
 * or breaking relations with no one but a topic named, sides fighting over a place of their
 * own state, an object "each other". */
int tc_code_mutual_act(const sctx *s, size_t f, const int32_t *src, size_t ns, const int32_t *tgt,
                       size_t nt)
{
    const fmatch *m = &s->fm[f];
    const tc_frame *fr = &s->fr[f];
    const tc_mention *ms0 = ns ? mention_at(s, src[0]) : NULL;
    int root = code_root(m->code);
    /* "A and B clashed", PETRARCH's "%": each member of a compound subject acts on the others */
    /* "A and B agreed to hold talks": agreeing, meeting and cooperating with no one else
       named is with each other */
    /* ... not praising, recognising or apologising (051-056: "Spain, Ireland and Norway
       recognised a Palestinian state" is no recognition of each other) */
    /* ... also when what they name is only what it is about ("Trump and Putin agreed to share
       information on North Korea": with each other, on North Korea) */
    static const char *const topics[] = {"on", "about", "over", "regarding", "concerning", NULL};
    int topical = nt > 0;
    for (size_t b = 0; b < nt && topical; b++) {
        const tc_mention *mb = mention_at(s, tgt[b]);
        uint32_t w =
            mb && tgt[b] < (int32_t)s->nm && mb->tok0 >= s->lo ? mb->tok0 - s->lo : UINT32_MAX;
        uint32_t h = w < s->tr.n ? mention_head(s, w, tgt[b]) : UINT32_MAX;
        const char *cw = h < s->tr.n ? case_word(s, h) : NULL;
        /* (or the owner or adjective of what it is about: "held talks on Ukraine's grain
           exports" are with each other, twelfth session) */
        for (int step = 0;
             step < 3 && h < s->tr.n && (!cw || !in_words(cw, topics)) && s->tr.w[h].head &&
             (rel_of(s, h) == TC_REL_NMOD_POSS || rel_of(s, h) == TC_REL_AMOD ||
              rel_of(s, h) == TC_REL_COMPOUND);
             step++) {
            h = head_of(s, h);
            cw = case_word(s, h);
        }
        topical = cw && in_words(cw, topics);
    }
    /* ... and two that break relations or recall their envoys with no one named break them
       with each other ("both countries withdrew their ambassadors") */
    int together = (!nt || topical) && ns > 1 &&
                   ((root >= 3 && root <= 6) || !strncmp(m->code, "161", 3)) &&
                   !(s->fr[f].flags & TC_FR_PASSIVE) &&
                   (root != 5 || !strncmp(m->code, "057", 3) || !strncmp(m->code, "050", 3));
    /* ... and sides fighting over a place of their own state ("fought for control of El
       Fasher") fight each other, not the place */
    int home_ground = nt > 0 && ns > 1;
    for (size_t b = 0; b < nt && home_ground; b++) {
        const tc_mention *mb = mention_at(s, tgt[b]);
        home_ground = mb && (mb->kind == TC_KIND_REGION || tgt[b] >= (int32_t)s->nm) && ms0 &&
                      !strncmp(mb->code, ms0->code, 3);
    }
    /* "Ethiopia and Eritrea accused each other of ...": an object "each other" or "one
       another" makes any act of a compound subject mutual (the twelfth) */
    int reciprocal = 0;
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1] && !nt && ns > 1; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) != TC_REL_OBJ && rel_of(s, c) != TC_REL_IOBJ) continue;
        for (uint32_t k = s->first[c]; k < s->first[c + 1]; k++)
            reciprocal |= rel_of(s, s->kids[k]) == TC_REL_FIXED &&
                          ((word_is(s, c, "each") && word_is(s, s->kids[k], "other")) ||
                           (word_is(s, c, "one") && word_is(s, s->kids[k], "another")));
    }
    return ((!nt || m->p->comp_pre || home_ground) && (m->p->mutual || m->mutual) && ns > 1) ||
           together || reciprocal;
}

/* "Kenyan troops and Ugandan soldiers staged a war game", "the exercise was staged by X and
 * Y": a show of force (15) whose drill, exercise or war game is held by a compound subject of
 * two states or more is their military cooperation (CAMEO 062, "joint military exercises"),
 * each with the others, as "held joint exercises" is (session of 2026-12-07, the thirteenth:
 * strictP13). */
int tc_code_joint_drill(const sctx *s, size_t f, const int32_t *src, size_t ns, size_t nt)
{
    const tc_frame *fr = &s->fr[f];
    if (nt || ns < 2 || code_root(s->fm[f].code) != 15) return 0;
    const tc_mention *m0 = mention_at(s, src[0]);
    int states = 0;
    for (size_t a = 1; a < ns && m0 && !states; a++) {
        const tc_mention *ma = mention_at(s, src[a]);
        states = ma && strlen(ma->code) >= 3 && strlen(m0->code) >= 3 &&
                 strncmp(ma->code, "---", 3) && strncmp(m0->code, "---", 3) &&
                 strncmp(ma->code, m0->code, 3);
    }
    if (!states) return 0;
    static const char *const drills[] = {"exercise", "drill",    "maneuver", "manoeuvre",
                                         "wargame",  "war-game", NULL};
    uint32_t words[16];
    size_t nw = 0;
    for (int i = 0; i < fr->nobj && nw < 16; i++) words[nw++] = fr->obj[i].word;
    for (int i = 0; i < fr->nsubj && nw < 16 && (fr->flags & TC_FR_PASSIVE); i++)
        words[nw++] = fr->subj[i].word;
    for (size_t i = 0; i < nw; i++) {
        uint32_t w = words[i];
        if (lemma_in(s, w, drills)) return 1;
        if (!strcmp(s->tr.w[w].lemma, "game"))
            for (uint32_t k = s->first[w]; k < s->first[w + 1]; k++)
                if (rel_of(s, s->kids[k]) == TC_REL_COMPOUND && word_is(s, s->kids[k], "war"))
                    return 1;
    }
    return 0;
}

/* Frame f's nt targets in tgt, those opened by "against" dropped when cooperation names its
 * partner with "with": their count. */
size_t tc_code_drop_opposed(const sctx *s, size_t f, int32_t *tgt, size_t nt)
{
    const fmatch *m = &s->fm[f];
    /* "shared evidence with India against X", "cooperate with Kenya against the militants":
       cooperation (06x) is with its partner, not with whom it is aimed against (session of
       2026-12-07, the thirteenth: strictP13) */
    int partner = 0;
    for (size_t b = 0; b < nt && code_root(m->code) == 6; b++) {
        const char *cw = target_case(s, tgt[b]);
        partner |= cw && !strcmp(cw, "with");
    }
    for (size_t b = 0; b < nt && partner;) {
        const char *cw = target_case(s, tgt[b]);
        if (cw && !strcmp(cw, "against"))
            tgt[b] = tgt[--nt];
        else
            b++;
    }
    return nt;
}

/* Emits frame f's act from each source to each target (src, ns, tgt, nt; code, info: its
 * code), with the other side's act its pattern pairs with it (a visit's hosting) and a
 * co-signer's signing. */
void tc_code_emit_pairs(sctx *s, size_t f, const int32_t *src, size_t ns, const int32_t *tgt,
                        size_t nt, const char *code, const tc_cameo *info)
{
    const fmatch *m = &s->fm[f];
    const tc_frame *fr = &s->fr[f];
    /* "Hungary welcomed the Chinese president's visit to Serbia": a visit to another state
       is not the welcomer's to host; welcoming it approves of it (051), no host, no guest */
    int pair = m->p->cameo2[0] && !strcmp(m->code, m->p->cameo);
    if (pair && !strncmp(m->p->cameo, "043", 3) && ns &&
        visit_elsewhere(s, m, mention_at(s, src[0]))) {
        if (!s->c->cameo || !(info = tc_cameo_get(s->c->cameo, "051"))) return;
        code = "051";
        pair = 0;
    }
    /* "Cairo signed an agreement with Greece": both sign the agreement one signs with the
       other (a thing signed, the object: not "agreed with X", a view shared) */
    int cosigned = !strncmp(code, "057", 3) && !(fr->flags & TC_FR_PASSIVE) && fr->nobj;
    for (size_t a = 0; a < ns; a++)
        for (size_t b = 0; b < nt; b++) {
            tc_code_emit(s, f, src[a], tgt[b], code, info);
            if (cosigned && signed_with(s, tgt[b])) tc_code_emit(s, f, tgt[b], src[a], code, info);
            /* the host's 043 of a visit, not of an intended one ("is due to travel to X") */
            if (pair) tc_code_emit(s, f, tgt[b], src[a], m->p->cameo2, m->p->info2);
        }
}

/* "Peru and its allies agreed to stage a joint exercise": an act done together (agreeing,
 * meeting, cooperating: roots 03-06, 057 or 050 of 05, breaking relations 161) by a compound
 * subject one of whose conjuncts no dictionary codes ("its allies", "several partners") is
 * still aimed at that companion: its words, with no code (with17). The word of that conjunct,
 * or UINT32_MAX when the act is not such or every conjunct is coded. */
uint32_t tc_code_uncoded_companion(const sctx *s, size_t f, size_t ns)
{
    const fmatch *m = &s->fm[f];
    const tc_frame *fr = &s->fr[f];
    int root = code_root(m->code);
    if (ns != 1 || fr->nsubj < 2 || (fr->flags & TC_FR_PASSIVE)) return UINT32_MAX;
    if (!((root >= 3 && root <= 6) || !strncmp(m->code, "161", 3))) return UINT32_MAX;
    if (root == 5 && strncmp(m->code, "057", 3) && strncmp(m->code, "050", 3)) return UINT32_MAX;
    uint32_t found = UINT32_MAX;
    for (int i = 0; i < fr->nsubj; i++) {
        uint32_t w = fr->subj[i].word;
        if (w >= s->tr.n) return UINT32_MAX;
        const tc_mention *mw = mention_at(s, s->ment[w]);
        if (mw && usable(mw)) continue;
        /* (a pronoun or a word like "others" alone is no companion named) */
        static const char *const vague[] = {"other", "another", NULL};
        if ((s->tr.w[w].upos != TC_UPOS_NOUN && s->tr.w[w].upos != TC_UPOS_PROPN) ||
            lemma_in(s, w, vague))
            return UINT32_MAX;
        for (uint32_t j = s->first[w]; j < s->first[w + 1]; j++) {
            const tc_mention *mk = mention_at(s, s->ment[s->kids[j]]);
            if (mk && usable(mk)) return UINT32_MAX; /* "Greek allies": a state's, left */
        }
        if (found != UINT32_MAX) return UINT32_MAX; /* two uncoded: left */
        found = w;
    }
    return found;
}
