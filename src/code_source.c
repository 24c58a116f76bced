/* code_source: the sources of a frame whose arguments name none (agentless_sources): agents
 * of no state kept when nothing places the act, and the police or the rulers who tell an
 * agentless arrest, release or measure of authority. Part of the coder (code_int.h);
 * tc_code_frame (code_target.c) calls it. */
#include "code_int.h"

#include <string.h>

/* The sources of frame f, agents of no state kept, when it names none of its own but a target
 * a reader can place: into src, their count. */
static size_t lone_sources(sctx *s, size_t f, int32_t *src)
{
    const fmatch *m = &s->fm[f];
    size_t ns;
    s->keep_agents = 1;
    ns = tc_code_sources(s, f, src, 8);
    s->keep_agents = 0;
    if (ns && !tc_code_acting_subject(s, f)) ns = 0;
    /* (an intent is a state's or its institutions', not "some companies'") */
    const tc_mention *ls = ns ? mention_at(s, src[0]) : NULL;
    if (ls && code_root(m->code) == 3 && !tc_code_unknown_name(ls) &&
        !sector_in(ls, (const char *const[]){"GOV", "MIL", "LEG", "JUD", NULL}))
        ns = 0;
    return ns;
}

/* In a sentence of agents of no state, is frame f coded (ms0: its first source)? Its sources
 * and targets, agents kept, when nothing places it: into src and tgt, *ns and *nt. */
static int agents_coded(sctx *s, size_t f, const tc_mention *ms0, int32_t *src, size_t *ns,
                        int32_t *tgt, size_t *nt)
{
    const fmatch *m = &s->fm[f];
    /* "Gunmen attacked a village in Zamfara state", "rebels ambushed a convoy near Gao": a
       sentence of agents with no state codes force, protest and coercion only, and only where
       it names the place itself (the article's place guesses too often) */
    if (!s->agents_only && !s->agents_clause) return 1;
    /* (what dissenters do: "farmers protested against the laws" is a protest, 14) */
    const char *as = ms0 ? tc_code_by_context(s, ms0, m->code, s->fr[f].pred) : m->code;
    int root = code_root(as);
    /* a clause of agents in a sentence that names others too ("the army praised Bashir and
       jailed Jammeh") only adds: its force, protest or coercion keeps its agents where nothing
       places the sentence and its own arguments give no source and no target; all else is
       coded as before (conj17) */
    if (s->agents_clause) {
        if ((root == 14 || root >= 17) && !s->where && !*ns && !*nt) {
            s->keep_agents = 1;
            *ns = tc_code_sources(s, f, src, 8);
            *nt = tc_code_targets(s, f, tgt, 8);
            s->keep_agents = 0;
        }
        return 1;
    }
    if (root != 14 && root < 17) return 0;
    /* ... and where nothing places it at all, its agents keep no state, as GDELT leaves
       an actor's state blank ("Police fired tear gas at protesters": ---COP 175 ---OPP) */
    if (s->where ? s->where_article : 0) return 0;
    if (!s->where && !*ns) {
        s->keep_agents = 1;
        *ns = tc_code_sources(s, f, src, 8);
        *nt = tc_code_targets(s, f, tgt, 8);
        s->keep_agents = 0;
    }
    return 1;
}

/* Frame f's ns sources in src, or, for an arrest, a charge or a release with no agent (nt: its
 * targets' count), the police who tell it or those of the place it is in: their count. */
static size_t police_source(sctx *s, size_t f, int32_t *src, size_t ns, size_t nt)
{
    const fmatch *m = &s->fm[f];
    /* "Three men were arrested in Lagos, Nigerian police said": an arrest or a charge with no
       agent, told by the police, prosecutors or security forces of a state, is theirs; so is
       a release ("20 fishermen were freed in Sri Lanka": the place's police hold and free
       them), not of hostages or captives, whom their captors free */
    static const char *const captives[] = {"hostage", "captive", "abductee", NULL};
    int freed = !strncmp(m->code, "0841", 4) && s->fr[f].nsubj &&
                !lemma_in(s, s->fr[f].subj[0].word, captives);
    if (!ns && (s->fr[f].flags & TC_FR_PASSIVE) && !s->fr[f].nagent &&
        (!strncmp(m->code, "173", 3) || freed) &&
        !(m->flags & (TC_EV_NEGATED | TC_EV_HYPOTHETICAL))) {
        static const char *const law[] = {"COP", "JUD", "SPY", "MIL", NULL};
        const tc_mention *mr = mention_at(s, m->reporter);
        if (mr && strncmp(mr->code, "---", 3) && strlen(mr->code) >= 6 && sector_in(mr, law))
            src[ns++] = m->reporter;
        /* "BVI Premier Andrew Fahie has been detained in the United States": the police of
           the state the arrest is placed in; a release only where the place is its own clause's
           and no "by" names someone no dictionary knows ("released from captivity by X, officials
           in Russia said") */
        int own_place = !freed;
        uint32_t wt = s->where && s->where_tok0 >= s->lo ? s->where_tok0 - s->lo : UINT32_MAX;
        for (int hops = 0; !own_place && wt < s->tr.n && hops < 8; hops++) {
            if (wt == s->fr[f].pred) own_place = 1;
            if (!s->tr.w[wt].head || (s->frame_of[wt] >= 0 && wt != s->fr[f].pred)) break;
            wt = head_of(s, wt);
        }
        for (uint32_t w = 0; own_place && freed && w < s->tr.n; w++)
            if (word_is(s, w, "by") && rel_of(s, w) == TC_REL_CASE) {
                uint32_t h = head_of(s, w);
                for (int hops = 0; hops < 4 && h != s->fr[f].pred && s->tr.w[h].head; hops++)
                    h = head_of(s, h);
                own_place = h != s->fr[f].pred;
            }
        int32_t police = ns || !own_place ? NO_MENTION : tc_code_place_police(s);
        if (police != NO_MENTION && nt) src[ns++] = police;
    }
    return ns;
}

/* Frame f's ns sources in src, or, for a measure of authority with no agent falling on
 * another state (tgt, nt: its targets), the government, forces or courts that tell it: their
 * count. */
static size_t ruler_source(sctx *s, size_t f, int32_t *src, size_t ns, const int32_t *tgt,
                           size_t nt)
{
    const fmatch *m = &s->fm[f];
    /* "'Bennett's travel has been prohibited,' the Taliban's spokesman said", "Russia said two
       U.S. diplomats have been expelled": a measure of authority (reducing relations or
       coercing, roots 16 and 17) with no agent, told by a state's government, forces or
       courts, is the teller's own, when it falls on another state's (not on the teller's own
       people, whom another may have seized: "Kenya said its citizens were detained") */
    if (!ns && nt && (s->fr[f].flags & TC_FR_PASSIVE) && !s->fr[f].nagent &&
        (code_root(m->code) == 16 || code_root(m->code) == 17) &&
        !(m->flags & (TC_EV_NEGATED | TC_EV_HYPOTHETICAL))) {
        static const char *const rulers[] = {"GOV", "COP", "JUD", "SPY", "MIL", NULL};
        const tc_mention *mr = mention_at(s, m->reporter);
        int ruler =
            mr && strncmp(mr->code, "---", 3) && strncmp(mr->code, "IGO", 3) &&
            strncmp(mr->code, "NGO", 3) && strncmp(mr->code, "IMG", 3) &&
            (strlen(mr->code) == 3 ? mr->kind == TC_KIND_COUNTRY || mr->kind == TC_KIND_METONYM
                                   : sector_in(mr, rulers));
        for (size_t b = 0; b < nt && ruler; b++) {
            const tc_mention *mb = mention_at(s, tgt[b]);
            ruler = mb && strncmp(mb->code, mr->code, 3);
        }
        if (ruler) src[ns++] = m->reporter;
    }
    return ns;
}

/* The sources of frame f when its arguments name none (ms0: its first source as first found;
 * lone_source: choose_targets'; tgt, *nt: its targets): a dissenter's state, agents of no
 * state, the police or the rulers who tell an agentless measure; into src, *ns. Returns 0
 * when the frame is not coded (a sentence of agents nothing places). */
int tc_code_agentless_sources(sctx *s, size_t f, const tc_mention *ms0, int lone_source,
                              int32_t *src, size_t *ns, int32_t *tgt, size_t *nt)
{
    /* "Protesters demanded Pashinyan's resignation": dissenters of no state against a state's
       government are that state's */
    if (!*ns && *nt) {
        int32_t d = tc_code_dissent_source(s, f, tgt[0]);
        if (d != NO_MENTION) src[(*ns)++] = d;
    }
    if (!*ns && lone_source) *ns = lone_sources(s, f, src);
    if (!agents_coded(s, f, ms0, src, ns, tgt, nt)) return 0;
    *ns = police_source(s, f, src, *ns, *nt);
    *ns = ruler_source(s, f, src, *ns, tgt, *nt);
    return 1;
}
