/* code_target: the events of one frame, from its pattern to its events (tc_code_frame): the
 * modes and stances its targets are read in, then its targets and sources (code_reach.c,
 * code_source.c), force with no author named (code_force.c), aims and purposes (code_aim.c),
 * reciprocal and joint acts (code_joint.c), the targets PETRARCH reads, and the emitting of a
 * one-sided act or of each source-target pair. Senses that tell no act are code_sense.c's.
 * Part of the coder (code_int.h). */
#include "code_int.h"

#include <stdio.h>
#include <string.h>

/* Sets what the targets of an act of code are looked for as: force's, a sanction's, a
 * telling's, an expulsion's, an appeal's, a restriction's. */
static void set_modes(sctx *s, const char *code)
{
    /* "ambushed a bus of soldiers": the story's state; "rioters torched a police station" */
    s->forcing = code_root(code) >= 18 || !strncmp(code, "145", 3) || !strncmp(code, "171", 3);
    s->sanctioning = code_root(code) == 16; /* "sanctions on a Chinese government entity" */
    s->telling = code_root(code) == 11;     /* "condemned the violence against X" */
    s->expelling = code_root(code) == 20 || !strncmp(code, "174", 3);
    s->appealing = code_root(code) == 2; /* "called for a war against X" */
    s->restricting = !strncmp(code, "172", 3);
    s->posturing = code_root(code) == 15; /* "placed an army brigade in Italy on alert" */
}

/* Does frame f send people home to its source's (ms0's) own state, which expels no one? */
static int sent_home(const sctx *s, size_t f, const tc_mention *ms0)
{
    const fmatch *m = &s->fm[f];
    /* "sending them back to the U.S. mainland": sending people home to one's own state
       expels no one */
    uint32_t sp = s->fr[f].pred;
    for (uint32_t d = 0;
         !strncmp(m->code, "174", 3) && ms0 && d < s->tr.n && !strcmp(s->tr.w[sp].lemma, "send");
         d++) {
        const char *cw = case_word(s, d);
        if (!cw || strcmp(cw, "to") || !s->tr.w[d].head) continue;
        uint32_t h = head_of(s, d);
        if (h != sp && !(s->tr.w[h].head && head_of(s, h) == sp)) continue; /* "back to" */
        for (uint32_t k = d + 1; k-- > 0 && k + 4 > d;) { /* the words before it */
            const tc_mention *mk = mention_at(s, s->ment[k]);
            const tc_place *pk = tc_code_place_on(s, k); /* (a state the gazetteer names, "U.S.") */
            if ((mk && usable(mk) && !strncmp(mk->code, ms0->code, 3)) ||
                (pk && !strncmp(pk->gp.cc3, ms0->code, 3)))
                return 1;
        }
    }
    return 0;
}

/* Sets what the targets of frame f are read for from its first source ms0: an armed group's
 * acts, an institution's home state, a speaker's own state. */
static void set_stances(sctx *s, size_t f, const tc_mention *ms0)
{
    const fmatch *m = &s->fm[f];
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
    s->author = s->sanctioning ? ms0 : NULL;
    s->speaking = code_root(m->code) <= 13 && (code_root(m->code) < 6 || code_root(m->code) > 8);
    if (!s->home && s->speaking && ms0 && usable(ms0) && strlen(ms0->code) >= 3 &&
        !in_words(pre, bodies) && ms0->kind != TC_KIND_ETHNIC && ms0->kind != TC_KIND_GROUP)
        s->home = ms0;
}

/* Clears what set_modes and set_stances set, once the targets are chosen. */
static void clear_modes(sctx *s)
{
    s->forcing = s->telling = s->expelling = s->appealing = s->sanctioning = 0;
    s->restricting = s->posturing = 0;
    s->armed = s->home = s->author = NULL;
    s->speaking = 0;
}

/* The nt targets in tgt of an act of code, where the expelled go dropped for an expulsion or
 * a forced flight (20, 174): their count. */
static size_t drop_destinations(const sctx *s, const char *code, int32_t *tgt, size_t nt)
{
    /* "forced a million people to flee to Cameroon": where the expelled go is no target */
    if (code_root(code) != 20 && strncmp(code, "174", 3)) return nt;
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
    return nt;
}

/* Frame f's nt targets in tgt as PETRARCH reads them (fr: the frame): none said before the
 * verb, and a noun phrase's first actor for the phrase; their count. */
static size_t petrarch_targets(const sctx *s, const tc_frame *fr, int32_t *tgt, size_t nt)
{
    /* PETRARCH reads a verb's target after it: what a speaker said before the verb ("Arnor
       will restore ties, an official said") holds no target of the saying */
    for (size_t b = 0;
         b < nt && (s->c->conventions & TC_CODE_PETRARCH) && !(fr->flags & TC_FR_PASSIVE);) {
        const tc_mention *mb = mention_at(s, tgt[b]);
        uint32_t h = mb && mb->tok0 >= s->lo ? mb->tok0 - s->lo : UINT32_MAX;
        if (h >= fr->pred) {
            b++;
            continue;
        }
        while (s->tr.w[h].head && head_of(s, h) != fr->pred) h = head_of(s, h);
        if (s->tr.w[h].head && (rel_of(s, h) == TC_REL_CCOMP || rel_of(s, h) == TC_REL_PARATAXIS))
            tgt[b] = tgt[--nt];
        else
            b++;
    }
    /* ... and a noun phrase is its first actor: "toward Gondor and Arnor's Elrond" aims at
       Gondor and Arnor, not Elrond */
    for (size_t b = 0; b < nt && (s->c->conventions & TC_CODE_PETRARCH);) {
        const tc_mention *mb = mention_at(s, tgt[b]);
        uint32_t hb = mb && mb->tok0 >= s->lo ? mb->tok0 - s->lo : UINT32_MAX;
        int32_t first = NO_MENTION;
        for (uint32_t w = 0; w < hb && hb < s->tr.n && first == NO_MENTION; w++) {
            const tc_mention *mw = mention_at(s, s->ment[w]);
            if (!mw || !usable(mw) || s->ment[w] == tgt[b]) continue;
            uint32_t h = w;
            for (int steps = 0;
                 steps < 8 && h != hb && s->tr.w[h].head && rel_of(s, h) != TC_REL_CONJ; steps++)
                h = head_of(s, h);
            if (h == hb) first = s->ment[w];
        }
        int dup = 0;
        for (size_t a = 0; a < nt && first != NO_MENTION; a++) dup |= tgt[a] == first;
        if (first != NO_MENTION && dup) {
            tgt[b] = tgt[--nt];
            continue;
        }
        if (first != NO_MENTION) tgt[b] = first;
        b++;
    }
    return nt;
}

/* Is frame f's act, with no target (src, ns: its sources), one that needs none: declining to
 * comment, an intent, a probe, a refusal to act, an act on a phrase that codes no actor, a
 * denial with no one else named? */
static int lone_act(const sctx *s, size_t f, const int32_t *src, size_t ns)
{
    const fmatch *m = &s->fm[f];
    const tc_frame *fr = &s->fr[f];
    int root = code_root(m->code);
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
    /* "Russia refused to extend the grain deal": a refusal to act is one-sided (not a
       refusal to say: "refused to comment" is 011's) */
    static const char *const saying[] = {"say",     "comment", "speak",  "elaborate", "disclose",
                                         "confirm", "reveal",  "answer", "discuss",   "identify",
                                         "name",    "respond", "reply",  "explain",   NULL};
    int refusal_to = 0;
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1] && root == 12; i++) {
        uint32_t x = s->kids[i];
        if (rel_of(s, x) != TC_REL_XCOMP || s->tr.w[x].upos != TC_UPOS_VERB ||
            lemma_in(s, x, saying))
            continue;
        /* "refusing to be written off": to refuse to undergo something refuses no act */
        int undergo = 0;
        for (uint32_t j = s->first[x]; j < s->first[x + 1]; j++)
            undergo |=
                rel_of(s, s->kids[j]) == TC_REL_AUX_PASS || rel_of(s, s->kids[j]) == TC_REL_COP;
        refusal_to |= !undergo;
    }
    int probe = (root == 4 || root == 9 || root == 16) && fr->nobj && fr->obj[0].word >= m->first &&
                fr->obj[0].word <= m->last && !(fr->flags & TC_FR_PASSIVE);
    /* PETRARCH's require_dyad = false: an act on a phrase that codes no actor ("said on
       Saturday", "burned down its embassy") is an event with no target; one on nothing
       ("said today") none; nor one told as when a coded act was done ("restore ties
       five years after crowds burned down its embassy") */
    int phrase_after = 0, when_of_coded = fr->gov != TC_FRAME_NONE && fr->gov_rel == TC_REL_ADVCL &&
                                          s->frame_of[fr->gov] >= 0 &&
                                          s->fm[s->frame_of[fr->gov]].p;
    for (size_t i = 0; i < fr->nobj && (s->c->conventions & TC_CODE_NO_DYAD); i++)
        phrase_after |= fr->obj[i].word > fr->pred;
    for (size_t i = 0; i < fr->nobl && (s->c->conventions & TC_CODE_NO_DYAD); i++)
        phrase_after |= fr->obl[i].word > fr->pred && fr->obl[i].prep != TC_FRAME_NONE;
    phrase_after &= !when_of_coded;
    return !strcmp(m->code, "011") || intent_to || probe || refusal_to || phrase_after ||
           (!strcmp(m->code, "016") && !tc_code_other_actor(s, src, ns) &&
            !tc_code_someone_aimed_at(s, fr));
}

/* Emits frame f's act with no target (src, ns: its sources; code, info: its code) where it
 * needs none: one-sided, aimed at its matter's words, or a call to end force in another
 * state; else nothing. */
static void emit_targetless(sctx *s, size_t f, const int32_t *src, size_t ns, const char *code,
                            const tc_cameo *info)
{
    const fmatch *m = &s->fm[f];
    const tc_frame *fr = &s->fr[f];
    int lone = lone_act(s, f, src, ns);
    /* (a protest its source makes of the verb: "opponents protested" is 141) */
    const tc_mention *ms00 = ns ? mention_at(s, src[0]) : NULL;
    s->protesting =
        code_root(ms00 ? tc_code_by_context(s, ms00, m->code, fr->pred) : m->code) == 14;
    s->bare = tc_code_bare_target(s, f);
    s->protesting = 0;
    tc_span about = tc_code_matter_target(s, f);
    for (size_t a = 0; a < ns; a++) {
        /* what dissenters do is one-sided: "opponents protested" is 141, with no target */
        const tc_mention *ms = mention_at(s, src[a]);
        const char *as = ms ? tc_code_by_context(s, ms, m->code, fr->pred) : m->code;
        if (tc_code_one_sided(m->code) || tc_code_one_sided(as) || lone) {
            /* "opened an investigation into the crash": with no one aimed at, the matter's
               words */
            tc_span bare = s->bare;
            if (!s->bare.len && about.len) s->bare = about;
            tc_code_emit(s, f, src[a], NO_MENTION, code, info); /* (181 for a vehicle) */
            s->bare = bare;
        } else if (about.len) {
            s->bare = about;
            tc_code_emit(s, f, src[a], NO_MENTION, code, info);
        } else if ((!strcmp(m->code, "0256") || !strcmp(m->code, "1056")) &&
                   tc_code_state_in(s, src[a]) != NO_MENTION) {
            /* "appealed for an end to violence in Sudan": a call to end force in another
               state, the place under the matter's own noun, is aimed at that state (as "a
               ceasefire in Libya" is, the place on the verb) */
            tc_code_emit(s, f, src[a], NO_MENTION, code, info);
        }
    }
    s->bare = (tc_span){0, 0};
}

/* Does frame f's own clause name only agents of no state: the mentions its words hold (not
 * those of a clause of its own below it) and those of its subjects, shared ones too, with none
 * a reader can place? "The army praised Bashir and jailed Jammeh": the jailing's clause names
 * the army and Jammeh only, a clause of agents, whatever the praise beside it names (issue #14,
 * conj17: a state or a placed person in another clause of the sentence cost the agents' own
 * clause its event). */
static int clause_of_agents(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    /* (a clause that tells of a deed: a main or reported clause, or one coordinated with it;
       not one that describes a noun, "fighters who fight to control villages", "forces
       harassing other countries", nor an adjunct or a complement) */
    uint32_t top = fr->pred;
    for (int hops = 0; hops < 16 && rel_of(s, top) == TC_REL_CONJ && s->tr.w[top].head; hops++)
        top = head_of(s, top);
    int rt = rel_of(s, top);
    if (s->tr.w[top].head && rt != TC_REL_CCOMP && rt != TC_REL_PARATAXIS) return 0;
    int any = 0;
    for (int i = 0; i < fr->nsubj; i++) {
        const tc_mention *ms = mention_at(s, s->ment[fr->subj[i].word]);
        if (ms && usable(ms)) return 0;
        any |= ms != NULL;
    }
    for (uint32_t w = 0; w < s->tr.n; w++) {
        if (s->ment[w] == NO_MENTION) continue;
        uint32_t h = w;
        for (int hops = 0; hops < 32 && s->frame_of[h] < 0 && s->tr.w[h].head; hops++)
            h = head_of(s, h);
        if (s->frame_of[h] != (int32_t)f) continue;
        const tc_mention *mw = mention_at(s, s->ment[w]);
        if (usable(mw)) return 0;
        any = 1;
    }
    return any;
}

static void frame_coded(sctx *s, size_t f);

/* Emits frame f's act (code, info) from each of its ns sources src aimed at the words of the
 * phrase word w heads, which no dictionary codes. */
static void on_words(sctx *s, size_t f, const int32_t *src, size_t ns, uint32_t w, const char *code,
                     const tc_cameo *info)
{
    s->bare = tc_code_phrase_span(s, w);
    for (size_t a = 0; a < ns; a++) tc_code_emit(s, f, src[a], NO_MENTION, code, info);
    s->bare = (tc_span){0, 0};
}

/* Emits frame f's act (code, info) from each of its ns sources src on each other: an act
 * done together or to each other. */
static void each_on_other(sctx *s, size_t f, const int32_t *src, size_t ns, const char *code,
                          const tc_cameo *info)
{
    for (size_t a = 0; a < ns; a++)
        for (size_t b = 0; b < ns; b++)
            if (a != b) tc_code_emit(s, f, src[a], src[b], code, info);
}

void tc_code_frame(sctx *s, size_t f)
{
    /* a clause of agents may keep them as a sentence of agents does (agents_coded,
       code_emit.c's lone_agent_of) */
    s->agents_clause = !s->agents_only && clause_of_agents(s, f);
    frame_coded(s, f);
    s->agents_clause = 0;
}

/* "came under fire from critics": force in words is criticism (111), set as frame f's code;
 * 0 when it has no critic to code (src, ns: its sources). */
static int fire_in_words(sctx *s, size_t f, const int32_t *src, size_t ns)
{
    fmatch *m = &s->fm[f];
    if (!tc_code_fire_of_words(s, f, ns ? mention_at(s, src[0]) : NULL)) return 1;
    if (!ns || !s->c->cameo || !tc_cameo_get(s->c->cameo, "111")) return 0; /* no critic */
    snprintf(m->code, sizeof m->code, "111");
    m->info = tc_cameo_get(s->c->cameo, "111");
    return 1;
}

/* "took over the Jaffar Express", "seized a tanker": taking a vehicle is hijacking (181), not
 * occupying territory; *code and *info, frame f's, changed so. */
static void hijacking(sctx *s, size_t f, const char **code, const tc_cameo **info)
{
    if (!strncmp(*code, "192", 3) && tc_code_vehicle_taken(s, f) && s->c->cameo &&
        tc_cameo_get(s->c->cameo, "181")) {
        *code = "181";
        *info = tc_cameo_get(s->c->cameo, *code);
    }
}

/* Frame f's nt targets in tgt (code: its code; ms0: its first source), or, with none, those
 * its hints name, where the expelled go dropped, or whom its purpose serves: their count. */
static size_t hinted_targets(sctx *s, size_t f, const char *code, const tc_mention *ms0,
                             int32_t *tgt, size_t nt)
{
    const fmatch *m = &s->fm[f];
    if (!nt) {
        memcpy(tgt, m->hint, m->nhint * sizeof *tgt);
        nt = m->nhint;
    }
    nt = drop_destinations(s, code, tgt, nt);
    if (!nt) nt = tc_code_purpose_targets(s, f, ms0, tgt);
    return nt;
}

/* Emits frame f's act as one its sources do together (a joint exercise, 062) or to each
 * other (src, ns, tgt, nt: its sources and targets); 0 when it is neither. */
static int done_together(sctx *s, size_t f, const int32_t *src, size_t ns, const int32_t *tgt,
                         size_t nt)
{
    const fmatch *m = &s->fm[f];
    const tc_cameo *joint = s->c->cameo && tc_code_joint_drill(s, f, src, ns, nt)
                                ? tc_cameo_get(s->c->cameo, "062")
                                : NULL;
    if (joint) {
        each_on_other(s, f, src, ns, "062", joint);
        return 1;
    }
    if (tc_code_mutual_act(s, f, src, ns, tgt, nt)) {
        each_on_other(s, f, src, ns, m->code, m->info);
        return 1;
    }
    return 0;
}

static void frame_coded(sctx *s, size_t f)
{
    fmatch *m = &s->fm[f];
    if (tc_code_tells_no_act(s, f)) return;
    int32_t src[8], tgt[8];
    src[0] = tgt[0] = NO_MENTION; /* (no source found: the helpers reading src[0] see none) */
    size_t ns = tc_code_sources(s, f, src, 8);
    if (!fire_in_words(s, f, src, ns)) return;
    set_modes(s, m->code);
    const tc_mention *ms0 = ns ? mention_at(s, src[0]) : NULL;
    if (sent_home(s, f, ms0)) return;
    set_stances(s, f, ms0);
    uint32_t sued;
    int lone_source;
    size_t nt = tc_code_choose_targets(s, f, src, ns, ms0, tgt, &sued, &lone_source);
    clear_modes(s);
    if (ns && !tc_code_acting_subject(s, f)) ns = 0;
    nt = tc_code_drop_opposed(s, f, tgt, nt);
    nt = tc_code_clause_subject_targets(s, f, tgt, nt);
    if (sued != UINT32_MAX && ns) {
        on_words(s, f, src, ns, sued, m->code, m->info);
        return;
    }
    if (!tc_code_agentless_sources(s, f, ms0, lone_source, src, &ns, tgt, &nt)) return;
    /* "a car bomb exploded, killing seven people in Mogadishu": force whose author the
       sentence does not name still has its victims */
    if (!ns && !nt) return;
    const char *code = m->code;
    const tc_cameo *info = m->info;
    hijacking(s, f, &code, &info);
    if (!tc_code_means_of_force(s, f, src, &ns, &code, &info)) return;
    nt = hinted_targets(s, f, code, ms0, tgt, nt);
    if (done_together(s, f, src, ns, tgt, nt)) return;
    if (!nt) nt = tc_code_unnamed_targets(s, f, src, ns, tgt);
    nt = petrarch_targets(s, &s->fr[f], tgt, nt);
    if (!nt && m->bare_subj && ns) { /* "demanded that the prime minister apologize" */
        on_words(s, f, src, ns, m->bare_subj - 1, code, info);
        return;
    }
    uint32_t mate = nt ? UINT32_MAX : tc_code_uncoded_companion(s, f, ns);
    if (mate != UINT32_MAX) { /* "Peru and its allies agreed to stage a joint exercise" */
        on_words(s, f, src, 1, mate, code, info);
        return;
    }
    if (!nt) {
        emit_targetless(s, f, src, ns, code, info);
        return;
    }
    tc_code_emit_pairs(s, f, src, ns, tgt, nt, code, info);
}
