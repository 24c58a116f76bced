/* code_mood: what the coder asserts. Government (a predicate under an appeal, a promise, a
 * demand, a refusal, a threat, a denial or an accusation is flagged and refines its governor:
 * the governors and refined_exact tables), mood, tense and negation (the future and plans as
 * intents, announced hostile acts as threats, conditions, purposes, allegations, old facts told
 * as such), acts joined to an unasserted one, the mood of a nominal event's clause, and what a
 * speaker says another must or should do. Part of the coder (code_int.h). */
#include "code_int.h"

#include <stdio.h>
#include <string.h>

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
     {[14] = "133",
      [15] = "138",
      [16] = "131",
      [17] = "137",
      [18] = "137",
      [19] = "138",
      [20] = "138"}},
};
/* The intent to do a cooperative act that is planned or announced ("will provide aid"). */
static const governor intent = {"03",
                                TC_EV_HYPOTHETICAL,
                                "030",
                                HINT_NONE,
                                {[4] = "036", [5] = "030", [6] = "031", [7] = "033", [8] = "035"}};

/* Finer codes for refusals to yield and threats of force, by the content's full code. */
static const char *const refined_exact[][3] = {
    {"03", "0841", "0353"},
    {"03", "085", "0354"},
    {"03", "0863", "0355"},
    {"03", "087", "0356"},
    {"03", "0871", "0356"},
    {"03", "0872", "0356"},
    {"03", "072", "0332"},
    {"03", "073", "0333"},
    {"03", "052", "0334"},
    {"03", "074", "0334"},
    {"03", "057", "037"},
    {"03", "071", "0331"},
    {"02", "074", "0234"},
    {"02", "038", "028"},
    {"12", "150", "1222"},
    {"10", "0872", "1056"},
    {"10", "087", "1056"},
    {"10", "0871", "107"},
    {"10", "0841", "1053"},
    {"10", "085", "1054"},
    {"10", "0862", "1055"},
    {"10", "0861", "1055"},
    {"10", "0834", "1042"},
    {"10", "0863", "1033"},
    {"02", "0841", "0253"},
    {"02", "085", "0254"},
    {"02", "0863", "0255"},
    {"02", "0861", "0255"},
    {"02", "087", "0256"},
    {"02", "0871", "0256"},
    {"02", "0872", "0256"},
    {"12", "082", "1242"}, /* "will not end the strike" (dev18) */
    {"12", "0841", "1243"},
    {"12", "085", "1244"},
    {"12", "0863", "1245"},
    {"12", "0861", "1245"},
    {"12", "087", "1246"},
    {"12", "0871", "1246"},
    {"12", "0872", "1246"},
    {"13", "191", "1381"},
    {"13", "192", "1382"},
    {"13", "190", "1384"},
    {"13", "194", "1384"},
    {"13", "195", "1384"},
    {"13", "163", "1312"},
    {"13", "161", "1313"},
    {"13", "162", "1311"},
    {"02", "0874", "0256"},
    {"03", "0874", "0356"},
    {"10", "0874", "106"},
    {"12", "0874", "1246"},
    /* "demanded that the president step down", "urged that the premier resign": the change
       of leadership asked for (thirteenth session, strictR13) */
    {"10", "0831", "1041"},
    {"02", "0831", "0241"},
    {"10", "0832", "1042"},
    {"02", "0832", "0242"},
};

static const governor *governor_of(const char *code)
{
    for (size_t g = 0; g < sizeof governors / sizeof *governors; g++)
        if (!strncmp(code, governors[g].root, strlen(governors[g].root))) return &governors[g];
    return NULL;
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

void tc_code_set_code(const sctx *s, fmatch *m, const char *code)
{
    const tc_cameo *info = code && s->c->cameo ? tc_cameo_get(s->c->cameo, code) : NULL;
    if (!info) return;
    snprintf(m->code, sizeof m->code, "%s", code);
    m->info = info;
}

/* Does frame fr's infinitive say what its subject must do ("has to withdraw", "needs to get
 * rid of", "ought to", not "had to": a past necessity)? */
static int obliged_by(const sctx *s, const tc_frame *fr)
{
    static const char *const obligers[] = {"need", "have", "ought", NULL};
    if (fr->gov == TC_FRAME_NONE || fr->mark == TC_FRAME_NONE || !word_is(s, fr->mark, "to") ||
        !lemma_in(s, fr->gov, obligers))
        return 0;
    const char *x = tc_parse_xpos_name(s->c->parser, s->tr.w[fr->gov].xpos);
    return strcmp(x, "VBD") && strcmp(x, "VBN") && strcmp(x, "NN") && strcmp(x, "NNS");
}

/* Words over an infinitive that make it a plan, not a deed ("plans to visit", "is to visit",
 * "is expected to sign", "wants to join", "failed to stop" is a failure, kept apart). */
static const char *const planners[] = {
    "plan",   "intend",     "aim",      "prepare",  "expect",    "be",      "want",
    "hope",   "seek",       "try",      "attempt",  "wish",      "set",     "due",
    "likely", "go",         "decide",   "vow",      "pledge",    "propose", "mean",
    "agree",  "promise",    "consider", "offer",    "ready",     "willing", "able",
    "need",   "have",       "ought",    "schedule", "move",      "look",    "prepared",
    "poised", "determined", "eager",    "keen",     "committed", NULL};

/* "reaffirmed its commitment to supporting X", "voiced its readiness to mediate": a readiness
 * its holder states is its intent (the noun's frame alone, "the commitment to help was
 * questioned", stays a description). */
static int stance_stated(const sctx *s, const tc_frame *fr)
{
    if (fr->gov == TC_FRAME_NONE || fr->mark == TC_FRAME_NONE || !word_is(s, fr->mark, "to"))
        return 0;
    static const char *const stances[] = {"commitment", "readiness", "willingness", "determination",
                                          NULL};
    static const char *const stating[] = {
        "reiterate", "reaffirm",  "affirm", "express", "voice",     "confirm",
        "stress",    "underline", "renew",  "declare", "emphasize", "emphasise",
        "announce",  "show",      "signal", "pledge",  "restate",   NULL};
    if (fr->gov_rel == TC_REL_ACL && lemma_in(s, fr->gov, stances))
        return rel_of(s, fr->gov) == TC_REL_OBJ && s->tr.w[fr->gov].head &&
               lemma_in(s, head_of(s, fr->gov), stating);
    /* ... the infinitive hung on the stating verb itself, beside the noun its object */
    if (fr->gov_rel != TC_REL_ADVCL || !lemma_in(s, fr->gov, stating)) return 0;
    for (uint32_t i = s->first[fr->gov]; i < s->first[fr->gov + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_OBJ && lemma_in(s, s->kids[i], stances) &&
            s->kids[i] < fr->pred)
            return 1;
    return 0;
}

/* "was prepared to send", "is poised to sign": an infinitive the parser hung as a purpose
 * (advcl) on a participle or adjective of readiness completes it, as an xcomp would. */
static int ready_to(const sctx *s, const tc_frame *fr)
{
    static const char *const readiness[] = {
        "prepare", "prepared", "ready", "willing", "poise", "poised", "set", "determined", "due",
        "able", "eager", "keen", "commit", "committed",
        /* "is scheduled to meet X on Thursday", the parse making it a purpose */
        "schedule", "slate", NULL};
    if (fr->gov == TC_FRAME_NONE || fr->mark == TC_FRAME_NONE || !word_is(s, fr->mark, "to"))
        return 0;
    if (fr->gov_rel == TC_REL_ADVCL && lemma_in(s, fr->gov, readiness)) return 1;
    return stance_stated(s, fr);
}

/* Verbs over an infinitive that assert it ("began to withdraw", "managed to cross"). */
static const char *const aspects[] = {"begin", "start", "continue", "resume", "manage", "proceed",
                                      "go",    "come",  "use",      "help",   "vote",   NULL};
static const char *const failures[] = {"fail", "refuse", "decline", "reject", "cease", "stop",
                                       "halt", "avoid",  "neglect", "forget", "quit",  NULL};
static const char *const conditions[] = {"if", "unless", "whether", "lest", NULL};

/* A governed predicate under a coded governor: flag it and refine the governor. */
static void govern_pair(sctx *s, size_t f, size_t g)
{
    fmatch *x = &s->fm[f], *y = &s->fm[g];
    const governor *gv = governor_of(y->code);
    if (!gv || y->p->nocode) return;
    /* "the WFP warned that the RSF were blocking its convoys": a warning about another's act
       reports it, it threatens nothing */
    const tc_frame *xf = &s->fr[f], *yf = &s->fr[g];
    if (!strncmp(gv->root, "13", 2) && !strcmp(s->tr.w[yf->pred].lemma, "warn") &&
        xf->gov_rel == TC_REL_CCOMP && xf->nsubj && yf->nsubj &&
        s->tr.w[xf->subj[0].word].upos != TC_UPOS_PRON) {
        int32_t a = tc_code_first_arg_mention(s, xf->subj, xf->nsubj);
        int32_t b = tc_code_first_arg_mention(s, yf->subj, yf->nsubj);
        const tc_mention *ma = mention_at(s, a), *mb = mention_at(s, b);
        /* ... but "warned Togo that any attack would be met with force / repelled": a
           passive told to an actor warned names what the warner will do to it (twelfth
           session: recall12) */
        int warned = 0, passive = (xf->flags & TC_FR_PASSIVE) != 0;
        for (int i = 0; i < yf->nobj; i++) warned |= s->ment[yf->obj[i].word] != NO_MENTION;
        if ((!ma || !mb || strncmp(ma->code, mb->code, 3)) && !(warned && passive && !ma)) {
            y->consumed = 1;
            return;
        }
    }
    x->flags |= gv->flag;
    /* "vowed to strike X", "promised to expel them": a promise of force is a threat */
    /* ... not a promise that it would not ("assured Turkey that Russia would not attack
       it" promises restraint) */
    int hostile = x->p && !x->p->nocode && code_root(x->code) >= 14 && !(xf->flags & TC_FR_NEGATED);
    if (!strcmp(y->code, "030") && hostile) tc_code_set_code(s, y, "130");
    if (!strcmp(y->code, "130") && hostile)
        tc_code_set_code(s, y, refined(governor_of("130"), x->code));
    else if (!strcmp(y->code, gv->generic) && x->p && !x->p->nocode)
        tc_code_set_code(s, y, refined(gv, x->code));
    if (x->p) y->mutual |= x->p->mutual;
    /* a governor with no target of its own takes the one of what it governs: "threatened to
       blockade X", "demanded that X withdraw" (its subject), "denied that its troops attacked X" */
    if (gv->hint == HINT_SOURCE && !(s->fr[f].flags & TC_FR_SUBJ_SHARED)) {
        y->nhint = (uint8_t)tc_code_arg_mentions(s, s->fr[f].subj, s->fr[f].nsubj, y->hint, 4);
        /* "demanded that the prime minister apologize for remarks about Chilean workers": a
           subject the argument search leaves (a title placed by the sentence) is still whom
           the demand is aimed at, not an actor deeper in the clause */
        if (!y->nhint && xf->gov_rel == TC_REL_CCOMP && xf->nsubj && x->p)
            y->nhint = (uint8_t)tc_code_sources(s, f, y->hint, 4);
        y->hint_subj = y->nhint && xf->gov_rel == TC_REL_CCOMP;
        /* ... and one no dictionary places, a person or a body ("demanded that the prime
           minister apologize"), is named by its words, with no code */
        uint32_t sw = xf->nsubj ? xf->subj[0].word : 0;
        const char *sc = xf->nsubj ? tc_code_noun_class(s, sw) : NULL;
        if (!y->nhint && xf->gov_rel == TC_REL_CCOMP && xf->nsubj && x->p &&
            !(xf->flags & TC_FR_PASSIVE) &&
            (s->tr.w[sw].upos == TC_UPOS_PROPN ||
             (s->tr.w[sw].upos == TC_UPOS_NOUN && sc &&
              (!strcmp(sc, "noun.person") || !strcmp(sc, "noun.group")))))
            y->bare_subj = sw + 1;
    }
    if (!y->nhint && !y->bare_subj && x->p) y->nhint = (uint8_t)tc_code_targets(s, f, y->hint, 4);
    /* "threatened to strike Haifa": the place the act it governs is aimed at */
    if (!y->nhint && x->p && yf->nsubj) {
        int32_t src = tc_code_first_arg_mention(s, yf->subj, yf->nsubj);
        /* ... or the state whose thing it is aimed at: "refused to lift the ban on Cypriot
           ships" */
        int32_t at = tc_code_owned_thing(s, f, mention_at(s, src));
        if (at == NO_MENTION) at = tc_code_place_target(s, f, mention_at(s, src));
        if (at != NO_MENTION) y->hint[y->nhint++] = at;
    }
    /* "offered to send troops to help X": with no target of its own, the one its purpose
       names */
    for (size_t h = 0; h < s->nfr && !y->nhint && x->p; h++)
        if (s->fr[h].gov == xf->pred && s->fr[h].gov_rel == TC_REL_ADVCL &&
            s->fr[h].mark != TC_FRAME_NONE && word_is(s, s->fr[h].mark, "to") && s->fm[h].p)
            y->nhint = (uint8_t)tc_code_targets(s, h, y->hint, 4);
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

/* "said it would retaliate against X if attacked", "warned it would strike X unless ...": a
 * "would" whose condition is hung on the act itself, in the clause its own saying
 * governs, is an act announced on a condition (a conditional threat or promise), not a
 * hypothesis (critic17; CAMEO codes a threat with its condition as a threat). */
static int conditioned_future(const sctx *s, const tc_frame *fr)
{
    /* (a warning, a vow or a threat governing the clause is coded by its own verb, refined by
       the clause: "warned it would close the strait if ..." is the warning's 1381) */
    static const char *const sayers[] = {"say", "tell", "state", "declare", "insist", "add", NULL};
    if (!(fr->flags & TC_FR_MODAL) || fr->aux == TC_FRAME_NONE || !word_is(s, fr->aux, "would") ||
        (fr->flags & TC_FR_NEGATED) || fr->gov_rel != TC_REL_CCOMP || fr->gov == TC_FRAME_NONE ||
        !lemma_in(s, fr->gov, sayers) || !s->tr.w[fr->pred].head)
        return 0;
    /* ("would have struck": what would have been was not) */
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_AUX && !strcmp(s->tr.w[s->kids[i]].lemma, "have"))
            return 0;
    /* (the condition on the act, or after it on the saying, where the parse hangs it: "said
       it would attack X[ccomp] if Y crossed[ccomp of said] the border") */
    int cond = 0;
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) != TC_REL_ADVCL) continue;
        for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
            cond |= rel_of(s, s->kids[j]) == TC_REL_MARK &&
                    (word_is(s, s->kids[j], "if") || word_is(s, s->kids[j], "unless"));
    }
    for (uint32_t i = s->first[fr->gov]; i < s->first[fr->gov + 1]; i++) {
        uint32_t c = s->kids[i];
        if (c < fr->pred || (rel_of(s, c) != TC_REL_ADVCL && rel_of(s, c) != TC_REL_CCOMP))
            continue;
        for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
            cond |= rel_of(s, s->kids[j]) == TC_REL_MARK &&
                    (word_is(s, s->kids[j], "if") || word_is(s, s->kids[j], "unless"));
    }
    return cond;
}

/* "has decided to ease the curbs on X", "decided to release the prisoners": an authority's
 * decision, taken, to yield (root 08) is the concession itself (PLOVER's YIELD), no intent to
 * make it; "will decide to", "may decide to", "did not decide to" stay plans or no deed (the
 * governing frame's own mood, tc_code_govern), as does deciding to do anything else. */
static int decided_concession(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    if (fr->gov_rel != TC_REL_XCOMP || fr->gov == TC_FRAME_NONE || fr->mark == TC_FRAME_NONE ||
        !word_is(s, fr->mark, "to") || strcmp(s->tr.w[fr->gov].lemma, "decide") ||
        code_root(s->fm[f].code) != 8)
        return 0;
    const char *x = tc_parse_xpos_name(s->c->parser, s->tr.w[fr->gov].xpos);
    int32_t g = s->frame_of[fr->gov];
    return (!strcmp(x, "VBD") || !strcmp(x, "VBN") || !strcmp(x, "VBZ")) && g >= 0 &&
           !(s->fr[g].flags & (TC_FR_FUTURE | TC_FR_MODAL | TC_FR_NEGATED));
}

static int is_future(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    if (fr->flags & TC_FR_FUTURE || reported_future(s, fr)) return 1;
    if (conditioned_future(s, fr) && code_root(s->fm[f].code) >= 14) return 1;
    /* "Lula is to visit Ethiopia", the parse making "is" the infinitive's copula */
    int cop = 0, to = 0;
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++) {
        uint32_t c = s->kids[i];
        cop |= rel_of(s, c) == TC_REL_COP && !strcmp(s->tr.w[c].lemma, "be");
        to |= rel_of(s, c) == TC_REL_MARK && word_is(s, c, "to");
    }
    if (cop && to) return 1;
    /* "plans to meet X and sign Y": a bare infinitive joined to a planned one is planned too */
    if (fr->gov_rel == TC_REL_CONJ && fr->gov != TC_FRAME_NONE && s->frame_of[fr->gov] >= 0 &&
        (fr->flags & TC_FR_SUBJ_SHARED) &&
        !strcmp(tc_parse_xpos_name(s->c->parser, s->tr.w[fr->pred].xpos), "VB"))
        return is_future(s, (size_t)s->frame_of[fr->gov]);
    if (ready_to(s, fr)) return 1;
    if (fr->gov_rel != TC_REL_XCOMP || fr->gov == TC_FRAME_NONE) return 0;
    if (decided_concession(s, f)) return 0;
    /* "his travels will include meeting X": the future of the verb it completes */
    int32_t g = s->frame_of[fr->gov];
    if (g >= 0 && !s->fm[g].p && (s->fr[g].flags & TC_FR_FUTURE || reported_future(s, &s->fr[g])))
        return 1;
    return lemma_in(s, fr->gov, planners) &&
           !(s->frame_of[fr->gov] >= 0 && s->fm[s->frame_of[fr->gov]].p &&
             governor_of(s->fm[s->frame_of[fr->gov]].code));
}

/* Is future frame fr its actor's own announcement ("will", "would" after a saying, "vowed to",
 * "plans to", "is going to"), not a forecast ("is expected to", "is likely to", "hopes to")? */
static int announcing(const sctx *s, const tc_frame *fr)
{
    /* "Pyongyang appears to be preparing to launch a missile": what one seems to do is
       announced by no one */
    static const char *const seemings[] = {"appear", "seem", "look", NULL};
    const tc_frame *up = fr;
    for (int hops = 0; hops < 4 && up->gov != TC_FRAME_NONE && up->gov_rel == TC_REL_XCOMP;
         hops++) {
        if (lemma_in(s, up->gov, seemings)) return 0;
        int32_t g = s->frame_of[up->gov];
        if (g < 0) break;
        up = &s->fr[g];
    }
    static const char *const announcers[] = {"vow",    "pledge", "promise", "plan", "intend",
                                             "decide", "go",     "prepare", NULL};
    if (fr->flags & TC_FR_FUTURE || reported_future(s, fr) || conditioned_future(s, fr)) return 1;
    return fr->gov_rel == TC_REL_XCOMP && fr->gov != TC_FRAME_NONE &&
           lemma_in(s, fr->gov, announcers);
}

/* "Neither A nor B recognized", "no country recognized". The parser hangs "neither" on the
 * subject or, as often, on the verb itself (a pre-conjunction of the coordinated subject). */
static int negated_subject(const sctx *s, const tc_frame *fr)
{
    for (uint32_t k = s->first[fr->pred]; fr->nsubj && k < s->first[fr->pred + 1]; k++) {
        uint32_t c = s->kids[k];
        if (c < fr->subj[0].word && rel_of(s, c) == TC_REL_CC_PRECONJ && word_is(s, c, "neither"))
            return 1;
    }
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

/* Is fr aimed at or mused about by the verb it hangs from ("aimed at boosting", "hinting at
 * lifting", "talked about sending", "cooperate on curbing")? */
static int mused(const sctx *s, const tc_frame *fr)
{
    static const char *const musings[] = {"aim",   "hint", "talk", "think",     "speak",
                                          "dream", "muse", "joke", "speculate", NULL};
    /* "agreed to cooperate on curbing the trade", "will work on ending the war": what one
       works or agrees on is the topic of the work, not an act done */
    static const char *const workings[] = {"cooperate",   "collaborate", "work",      "focus",
                                           "concentrate", "agree",       "negotiate", NULL};
    if (fr->gov != TC_FRAME_NONE && fr->mark != TC_FRAME_NONE && word_is(s, fr->mark, "on") &&
        lemma_in(s, fr->gov, workings))
        return 1;
    return fr->gov != TC_FRAME_NONE && fr->mark != TC_FRAME_NONE &&
           (word_is(s, fr->mark, "at") || word_is(s, fr->mark, "about") ||
            word_is(s, fr->mark, "of")) &&
           lemma_in(s, fr->gov, musings);
}

/* Mood, tense and negation of one coded predicate. */
/* Words that allege an act ("suspected of", "charged with", "wanted for"). */
static const char *const allegers[] = {"suspect", "suspected", "accuse",    "accused", "charge",
                                       "convict", "allege",    "alleged",   "wanted",  "wanted",
                                       "indict",  "blame",     "arrest",    "detain",  "sentence",
                                       "jail",    "try",       "prosecute", "guilty",  NULL};

/* "The rebels and the army are guilty of violating the ceasefire": the sentence's own
 * main clause finds them guilty (the writer or a monitor states it), so the act is told as
 * done; guilt said by someone ("X said Y was guilty of") is blame() and stays alleged, and
 * "found guilty", "pleaded guilty", "not guilty" are no such statement. g: the governor. */
static int guilt_stated(const sctx *s, uint32_t g)
{
    if (!word_is(s, g, "guilty") || s->tr.w[g].head) return 0;
    int cop = 0;
    for (uint32_t i = s->first[g]; i < s->first[g + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) == TC_REL_COP) cop = 1;
        if (word_is(s, c, "not") || word_is(s, c, "n't") || word_is(s, c, "never")) return 0;
    }
    return cop;
}

/* Is fr the content of the noun it hangs from ("its demand that Britain release the
 * tanker"), not a relative clause on it ("the demand that Britain rejected")? The parse may
 * read the "that" as a relative pronoun: a clause with an object or a subject of its own
 * besides it, or a bare verb (the subjunctive "release"), is the content all the same. */
static int asked_content(const sctx *s, const tc_frame *fr)
{
    if (fr->gov_rel != TC_REL_ACL && fr->gov_rel != TC_REL_ACL_RELCL) return 0;
    uint32_t that = fr->gov + 1u;
    if (that >= fr->pred || !word_is(s, that, "that")) return 0;
    if (fr->mark == that) return 1;
    int own_obj = 0, own_subj = 0;
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++) {
        uint32_t c = s->kids[i];
        if (c == that) continue;
        own_obj |= rel_of(s, c) == TC_REL_OBJ;
        own_subj |= rel_of(s, c) == TC_REL_NSUBJ;
    }
    const char *x = tc_parse_xpos_name(s->c->parser, s->tr.w[fr->pred].xpos);
    return own_subj && (own_obj || !strcmp(x, "VB"));
}

/* Nouns whose content clause is asked for, proposed or alleged, not done. */
static const char *const proposals[] = {
    "demand",    "call",       "request",    "appeal",     "plea", "proposal", "suggestion",
    "ultimatum", "insistence", "allegation", "accusation", "bid",  "offer",    NULL};

/* Marks of a clause of time or cause: what it tells is told as done, whatever governs it. */
static const char *const circumstances[] = {"after",   "before",   "since",  "until",   "till",
                                            "when",    "while",    "as",     "because", "once",
                                            "whereas", "although", "though", NULL};

static const char *const earlier[] = {"before", "previously", "formerly", "once", NULL};

/* Nouns of what is planned or proposed ("a plan for supporting X"). */
static const char *const aims[] = {
    "plan",    "proposal",   "program",     "programme", "scheme",  "strategy",  "fund",
    "project", "initiative", "bill",        "budget",    "roadmap", "blueprint", "framework",
    "idea",    "option",     "proposition", "vision",    "motion",  "mandate",   NULL};

/* Has predicate w a "mark" word ("as", "if") of its own? */
static int has_mark(const sctx *s, uint32_t w, const char *word)
{
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_MARK && word_is(s, s->kids[i], word)) return 1;
    return 0;
}

/* "talks on ending the war", "discussed ways of ending the conflict": a gerund naming what
 * talks are about is their topic, not a deed. */
static const char *const topics[] = {
    "talks",         "talk",         "negotiations", "negotiation", "discussions", "discussion",
    "consultations", "consultation", "dialogue",     "meeting",     "summit",      "conference",
    "debate",        "way",          "ways",         "means",       "prospect",    "prospects",
    "possibility",   "chances",      "chance",       NULL};

/* Is fr a gerund naming what a plan is for ("a plan for supporting X") or what talks are about? */
static int plan_aim(const sctx *s, const tc_frame *fr)
{
    if (fr->mark == TC_FRAME_NONE || fr->mark == 0 ||
        strcmp(tc_parse_xpos_name(s->c->parser, s->tr.w[fr->pred].xpos), "VBG"))
        return 0;
    if (word_is(s, fr->mark, "for") && base_in(s, fr->mark - 1, aims)) return 1;
    static const char *const about[] = {"on",  "about",  "over",    "of",
                                        "for", "toward", "towards", NULL};
    if (!in_words(norm_of(s, fr->mark), about)) return 0;
    if (base_in(s, fr->mark - 1, topics) ||
        (fr->gov != TC_FRAME_NONE && fr->gov_rel == TC_REL_ACL && lemma_in(s, fr->gov, topics)))
        return 1;
    /* ... hung on the verb whose object the talks are ("held talks in Riyadh on ending") */
    int32_t g = fr->gov != TC_FRAME_NONE && fr->gov_rel == TC_REL_ADVCL ? s->frame_of[fr->gov] : -1;
    for (int i = 0; g >= 0 && i < s->fr[g].nobj; i++)
        if (lemma_in(s, s->fr[g].obj[i].word, topics)) return 1;
    return 0;
}

/* Verbs of asking ("asked X if ..."). */
static const char *const askers[] = {"ask", "inquire", "enquire", "query", NULL};

/* "called X to congratulate him", "called X to express his support": what a telephone call is
 * made for (a statement, support) is said in it (frame f under the call's frame g). */
static int said_in_call(const sctx *s, size_t f, size_t g)
{
    int root = code_root(s->fm[f].code);
    return s->fm[g].p && !strncmp(s->fm[g].code, "041", 3) && (root == 1 || root == 5);
}

/* "farmers drove tractors into Madrid to protest", "gathered outside parliament to demand his
 * resignation": a protest (14) that is the purpose of a gathering or a march the sentence
 * tells as done is the gathering itself, no mere intention. */
static int protest_done(const sctx *s, size_t f)
{
    static const char *const gatherings[] = {
        "gather", "march", "rally", "assemble", "converge", "drive",   "walk",  "take",
        "come",   "turn",  "flock", "block",    "occupy",   "camp",    "pour",  "flood",
        "throng", "crowd", "mass",  "parade",   "stream",   "descend", "storm", "blockade",
        "line",   "stage", "hold",  "surround", "chain",    "ride",    "sit",   NULL};
    const tc_frame *fr = &s->fr[f];
    /* (the protest's code may be a complaint's until its actors say who protests) */
    static const char *const protests[] = {"protest", "demonstrate", "rally", "picket", NULL};
    if ((code_root(s->fm[f].code) != 14 && !lemma_in(s, fr->pred, protests)) ||
        fr->gov == TC_FRAME_NONE || !lemma_in(s, fr->gov, gatherings) ||
        (fr->nsubj && !(fr->flags & TC_FR_SUBJ_SHARED)))
        return 0;
    int32_t g = s->frame_of[fr->gov];
    if (g < 0 || (s->fr[g].flags & (TC_FR_NEGATED | TC_FR_MODAL))) return 0;
    const char *x = tc_parse_xpos_name(s->c->parser, s->tr.w[fr->gov].xpos);
    return !strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "VBP");
}

/* Is the predicate in the present perfect ("has attacked", "have boarded")? */
static int perfect_present(const sctx *s, const tc_frame *fr)
{
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *x = tc_parse_xpos_name(s->c->parser, s->tr.w[c].xpos);
        if (rel_of(s, c) == TC_REL_AUX && !strcmp(s->tr.w[c].lemma, "have") &&
            (!strcmp(x, "VBZ") || !strcmp(x, "VBP")))
            return 1;
    }
    return 0;
}

/* What the predicate's own words leave undone: a negation, a modal, an infinitive of purpose
 * or describing a noun, what would have been, a negated subject, what is feared, what is told
 * as an allegation. */
static int yes_no_question(const sctx *s, uint32_t p);

static void own_words(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    fmatch *m = &s->fm[f];
    if (fr->flags & TC_FR_NEGATED) m->flags |= TC_EV_NEGATED;
    if ((fr->flags & TC_FR_MODAL) && !reported_future(s, fr) &&
        !(conditioned_future(s, fr) && code_root(m->code) >= 14))
        m->flags |= TC_EV_HYPOTHETICAL;
    /* "Russia's plans to attack", "efforts to stop": an infinitive describing a noun; "sent
       troops to secure the border": an infinitive of purpose */
    int32_t up = fr->gov != TC_FRAME_NONE ? s->frame_of[fr->gov] : -1;
    if ((fr->gov_rel == TC_REL_ACL || fr->gov_rel == TC_REL_ADVCL) && fr->mark != TC_FRAME_NONE &&
        word_is(s, fr->mark, "to") && !(up >= 0 && said_in_call(s, f, (size_t)up)) &&
        !protest_done(s, f) && !ready_to(s, fr))
        m->flags |= TC_EV_HYPOTHETICAL;
    /* "a resolution that would have pressured X", "could have struck": what would have been
       done was not; "before he would support lifting sanctions": what one would do only
       after something else is not done (session of 2026-12-07, the twelfth: strictP12) */
    int would = 0, have = 0;
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) != TC_REL_AUX) continue;
        would |= word_is(s, c, "would") || word_is(s, c, "could") || word_is(s, c, "might");
        have |= word_is(s, c, "have");
    }
    if (would && (have || (fr->mark != TC_FRAME_NONE &&
                           (word_is(s, fr->mark, "before") || word_is(s, fr->mark, "until")))))
        m->flags |= TC_EV_HYPOTHETICAL;
    if (negated_subject(s, fr)) m->flags |= TC_EV_NEGATED;
    /* "killing 17 soldiers, with dozens feared captured", "five are feared dead": what is
       feared is not reported done (session of 2026-12-07, the thirteenth: strictP13) */
    if (fr->pred > 0 && !strcmp(s->tr.w[fr->pred - 1].lemma, "fear") &&
        !strcmp(tc_parse_xpos_name(s->c->parser, s->tr.w[fr->pred].xpos), "VBN"))
        m->flags |= TC_EV_HYPOTHETICAL;
    /* "allegedly offered", "purportedly attacked": told as someone's allegation */
    static const char *const alleged[] = {"allegedly", "purportedly", "supposedly", NULL};
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_ADVMOD && lemma_in(s, s->kids[i], alleged))
            m->flags |= TC_EV_HYPOTHETICAL;
    if (yes_no_question(s, fr->pred)) m->flags |= TC_EV_HYPOTHETICAL;
}

/* Is the act p asked about in a yes/no question ("Did Kenya expel the diplomats?", "'Will
 * Russia attack again?' she asked"): an auxiliary before its subject and a "?" closing its
 * clause, with no question word before ("Why did Russia attack?" takes the attack as done)?
 * (session past17) */
static int yes_no_question(const sctx *s, uint32_t p)
{
    uint32_t aux = UINT32_MAX, subj = UINT32_MAX;
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        if ((r == TC_REL_AUX || r == TC_REL_AUX_PASS || r == TC_REL_COP) && c < p &&
            aux == UINT32_MAX)
            aux = c;
        if ((r == TC_REL_NSUBJ || r == TC_REL_NSUBJ_PASS) && c < p) subj = c;
    }
    if (aux == UINT32_MAX || subj == UINT32_MAX || aux > subj) return 0;
    /* the subject's first word after the auxiliary: no inversion when the subject's phrase
       (its words before its head) reaches back over the auxiliary */
    for (uint32_t w = aux + 1; w < subj; w++)
        if (s->tr.w[w].upos == TC_UPOS_VERB || word_is(s, w, ",")) return 0;
    /* opens its clause, or only a conjunction or quotation mark before it */
    if (aux > 0 && !word_is(s, aux - 1, "\"") && !word_is(s, aux - 1, "“") &&
        s->tr.w[aux - 1].upos != TC_UPOS_CCONJ)
        return 0;
    for (uint32_t w = p + 1; w < s->tr.n; w++) {
        if (word_is(s, w, "?")) return 1;
        if (word_is(s, w, ".") || word_is(s, w, "\"") || word_is(s, w, "”") || word_is(s, w, ";"))
            return 0;
    }
    return 0;
}

/* Is the act told as a standing state or as something done before, no news of the article's
 * days (TC_EV_PAST), or as experience, no act of any day? */
static void told_as_old(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    fmatch *m = &s->fm[f];
    /* "HTS is designated as a terrorist organization by the United States", "the party is
       banned": a designation or ban told in the present passive is a standing state, no act
       of the article's days (past, with no date of its own) */
    static const char *const standing[] = {"designate", "list",     "ban",       "blacklist",
                                           "outlaw",    "sanction", "proscribe", NULL};
    if ((fr->flags & TC_FR_PASSIVE) && lemma_in(s, fr->pred, standing))
        for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++) {
            uint32_t c = s->kids[i];
            const char *x = tc_parse_xpos_name(s->c->parser, s->tr.w[c].xpos);
            if (rel_of(s, c) == TC_REL_AUX_PASS && (!strcmp(x, "VBZ") || !strcmp(x, "VBP")))
                m->flags |= TC_EV_PAST;
        }
    /* "had previously detained", "once ruled": a past act, not news; "have boarded foreign
       boats before" (a present perfect with a closing "before"): what one has done at some
       time or other is experience or habit, no act of any day (session of 2026-12-07, the
       tenth: read12 marks it not asserted) */
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_ADVMOD && lemma_in(s, s->kids[i], earlier)) {
            m->flags |= TC_EV_PAST;
            if (word_is(s, s->kids[i], "before") && s->kids[i] > fr->pred && perfect_present(s, fr))
                m->flags |= TC_EV_HYPOTHETICAL;
        }
    /* "a former diplomat who had negotiated with Iran extensively", "an envoy who has often
       mediated between them": a relative clause in the perfect or pluperfect that tells how
       much or how often someone has done a thing describes a career or an experience, no act
       of any day (read18's event 13; session past17) */
    static const char *const extents[] = {"extensively", "widely", "often", "frequently",
                                          "regularly",   "many",   NULL};
    if (!s->tr.w[fr->pred].head || rel_of(s, fr->pred) != TC_REL_ACL_RELCL) return;
    int perfect = 0, extent = 0;
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) == TC_REL_AUX && !strcmp(s->tr.w[c].lemma, "have")) perfect = 1;
        if (rel_of(s, c) == TC_REL_ADVMOD && lemma_in(s, c, extents)) extent = 1;
        /* "many times" */
        if (rel_of(s, c) == TC_REL_OBL_UNMARKED || rel_of(s, c) == TC_REL_OBL ||
            rel_of(s, c) == TC_REL_OBJ)
            for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
                if (word_is(s, c, "times") && lemma_in(s, s->kids[j], extents)) extent = 1;
    }
    if (perfect && extent) m->flags |= TC_EV_HYPOTHETICAL | TC_EV_PAST;
}

/* Is the clause what a demand, a claim, a report or an allegation names, so asked for,
 * alleged or denied, not reported as done? */
static void named_by_noun(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    fmatch *m = &s->fm[f];
    /* "reiterated its demand that Britain release the tanker", "a call that troops
       withdraw": what a demand, request or proposal names is asked for, not done (session of
       2026-12-07, the eleventh: noeventB11) */
    static const char *const asks[] = {"demand",     "call",        "request",    "appeal",
                                       "plea",       "proposal",    "suggestion", "ultimatum",
                                       "insistence", "requirement", "order",      NULL};
    /* ... and what an accusation, a claim or a concern states is alleged or feared, not
       reported as done ("repeated its accusation that X was arming the rebels", twelfth
       session: recall12) */
    static const char *const claims[] = {"accusation", "allegation", "claim", "charge",
                                         "assertion",  "concern",    "fear",  NULL};
    if (fr->gov != TC_FRAME_NONE && (base_in(s, fr->gov, asks) || base_in(s, fr->gov, claims)) &&
        asked_content(s, fr))
        m->flags |= TC_EV_HYPOTHETICAL;
    /* ... also when the parse hangs the clause on the verb whose object the noun is
       ("repeated its accusation[obj] that[mark] X was arming[advcl] ...") */
    if (fr->mark != TC_FRAME_NONE && fr->mark > 0 && word_is(s, fr->mark, "that") &&
        s->tr.w[fr->mark - 1].upos == TC_UPOS_NOUN && rel_of(s, fr->mark - 1) == TC_REL_OBJ &&
        (base_in(s, fr->mark - 1, asks) || base_in(s, fr->mark - 1, claims)))
        m->flags |= TC_EV_HYPOTHETICAL;
    /* "denied reports of recalling its ambassador", "rejected claims that its navy had seized
       X": what a report or claim that a denial or rejection takes as its object tells is
       denied; "after allegations that X spied on Y": what an allegation tells is alleged, by
       whoever governs the noun (session of 2026-12-07, the twelfth: strictP12) */
    static const char *const tellings[] = {"report",      "claim", "rumour",     "rumor",
                                           "speculation", "story", "suggestion", NULL};
    static const char *const allegations[] = {"allegation", "accusation", NULL};
    static const char *const denials[] = {"deny", "refute", "rebut", "dismiss", "reject", NULL};
    if (fr->gov != TC_FRAME_NONE && s->tr.w[fr->gov].upos == TC_UPOS_NOUN &&
        ((fr->mark != TC_FRAME_NONE && word_is(s, fr->mark, "of") && fr->gov_rel == TC_REL_ACL) ||
         asked_content(s, fr))) {
        if (base_in(s, fr->gov, allegations)) m->flags |= TC_EV_HYPOTHETICAL;
        if (base_in(s, fr->gov, tellings) && rel_of(s, fr->gov) == TC_REL_OBJ &&
            s->tr.w[fr->gov].head && lemma_in(s, head_of(s, fr->gov), denials))
            m->flags |= TC_EV_NEGATED;
    }
}

/* Is the act what someone is suspected, charged or accused of, so alleged, not done? */
static void accused_of(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    fmatch *m = &s->fm[f];
    /* "a man suspected of shooting three people", "charged with plotting attacks": the act
       is alleged by someone else, not reported as done (an accusation's own frame codes it) */
    if (fr->mark != TC_FRAME_NONE && fr->gov != TC_FRAME_NONE &&
        (word_is(s, fr->mark, "of") || word_is(s, fr->mark, "with") ||
         word_is(s, fr->mark, "for")) &&
        lemma_in(s, fr->gov, allegers) &&
        !(s->frame_of[fr->gov] >= 0 && s->fm[s->frame_of[fr->gov]].p) && !guilt_stated(s, fr->gov))
        m->flags |= TC_EV_HYPOTHETICAL;
    /* "accused the rebel group of killing civilians" read with the act hung on the accused */
    if (fr->mark != TC_FRAME_NONE && fr->gov != TC_FRAME_NONE && fr->gov_rel == TC_REL_ACL &&
        (word_is(s, fr->mark, "of") || word_is(s, fr->mark, "with") ||
         word_is(s, fr->mark, "for")) &&
        rel_of(s, fr->gov) == TC_REL_OBJ && s->tr.w[fr->gov].head &&
        lemma_in(s, head_of(s, fr->gov), allegers))
        m->flags |= TC_EV_HYPOTHETICAL;
    /* "accuses the rebel group of killing, maiming, looting, and regularly displacing
       civilians": the acts listed after the first are alleged as it is, also when the parse
       hangs the last -ing form on the accusing verb itself (a finite verb has no bare -ing
       conjunct) */
    if (fr->gov_rel == TC_REL_CONJ && fr->gov != TC_FRAME_NONE && lemma_in(s, fr->gov, allegers) &&
        !strcmp(tc_parse_xpos_name(s->c->parser, s->tr.w[fr->pred].xpos), "VBG")) {
        for (uint32_t k = fr->gov + 1; k < fr->pred; k++) {
            int32_t kf = s->frame_of[k];
            if (kf < 0 || strcmp(tc_parse_xpos_name(s->c->parser, s->tr.w[k].xpos), "VBG"))
                continue;
            uint16_t mk = s->fr[kf].mark;
            if (mk != TC_FRAME_NONE &&
                (word_is(s, mk, "of") || word_is(s, mk, "with") || word_is(s, mk, "for")))
                m->flags |= TC_EV_HYPOTHETICAL;
        }
    }
}

/* Is the clause no claim that something happened: what a negated finding holds, a
 * condition, a comparison, a plan's aim, a question? */
static void not_claimed(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    fmatch *m = &s->fm[f];
    /* "the court had not found that the government blockaded X": what a negated saying or
       finding holds is not asserted */
    if ((fr->gov_rel == TC_REL_CCOMP) && fr->gov != TC_FRAME_NONE && s->frame_of[fr->gov] >= 0 &&
        s->fr[s->frame_of[fr->gov]].flags & TC_FR_NEGATED)
        m->flags |= TC_EV_HYPOTHETICAL;
    if (fr->mark != TC_FRAME_NONE && lemma_in(s, fr->mark, conditions))
        m->flags |= TC_EV_HYPOTHETICAL;
    /* "it is like the government is attacking its own people", "acted as if it had won": a
       comparison, not a deed */
    if (has_mark(s, fr->pred, "like") ||
        (has_mark(s, fr->pred, "as") &&
         (has_mark(s, fr->pred, "if") || has_mark(s, fr->pred, "though"))))
        m->flags |= TC_EV_HYPOTHETICAL;
    /* "a plan for rearming Europe and supporting Ukraine", "a fund for rebuilding X": a
       gerund naming what a plan or a proposal is for is its aim, not a deed (hung on the noun
       or, misread, on the verb whose object the noun is) */
    if (plan_aim(s, fr) || (fr->gov_rel == TC_REL_CONJ && s->frame_of[fr->gov] >= 0 &&
                            plan_aim(s, &s->fr[s->frame_of[fr->gov]])))
        m->flags |= TC_EV_HYPOTHETICAL;
    /* "asked the minister if he agreed", "asked Russia whether it would attend": a question,
       no appeal */
    if (lemma_in(s, fr->pred, askers))
        for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++) {
            uint32_t c = s->kids[i];
            if (rel_of(s, c) != TC_REL_CCOMP && rel_of(s, c) != TC_REL_ADVCL) continue;
            for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
                if (rel_of(s, s->kids[j]) == TC_REL_MARK &&
                    (word_is(s, s->kids[j], "if") || word_is(s, s->kids[j], "whether")))
                    m->flags |= TC_EV_HYPOTHETICAL;
        }
}

/* Is the act what another act waits for, or what is done instead of it? */
static void waited_or_replaced(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    fmatch *m = &s->fm[f];
    /* "will not end the strike until the authority meets their demands": what a future or
       refused act waits for has not happened */
    if (fr->mark != TC_FRAME_NONE &&
        (word_is(s, fr->mark, "until") || word_is(s, fr->mark, "till")) &&
        fr->gov != TC_FRAME_NONE && s->frame_of[fr->gov] >= 0 &&
        (s->fr[s->frame_of[fr->gov]].flags & (TC_FR_NEGATED | TC_FR_FUTURE | TC_FR_MODAL)))
        m->flags |= TC_EV_HYPOTHETICAL;
    /* "instead of calling for an Asian NATO", "rather than attack": what is not done */
    if (fr->mark != TC_FRAME_NONE &&
        (word_is(s, fr->mark, "instead") || word_is(s, fr->mark, "rather") ||
         (fr->mark > 0 &&
          (word_is(s, fr->mark - 1, "instead") || word_is(s, fr->mark - 1, "rather")))))
        m->flags |= TC_EV_NEGATED;
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_CC &&
            (word_is(s, s->kids[i], "rather") || word_is(s, s->kids[i], "instead")))
            m->flags |= TC_EV_NEGATED;
}

/* Is the act what someone failed, declined or refused to do: not done, or, for talks and for
 * renewing a sanction, a rejection or an easing in its own right? */
static void failed_to(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    fmatch *m = &s->fm[f];
    if (fr->gov_rel != TC_REL_XCOMP || fr->gov == TC_FRAME_NONE ||
        !lemma_in(s, fr->gov, failures) ||
        (s->frame_of[fr->gov] >= 0 && s->fm[s->frame_of[fr->gov]].p))
        return;
    m->flags |= TC_EV_NEGATED;
    /* "A and B failed to reach an agreement", "failed to agree on": talks that end
       without agreement are a rejection (12x; PLOVER's REJECT), not nothing */
    int root = code_root(m->code);
    const char *no = root >= 3 && root <= 6 && !strcmp(s->tr.w[fr->gov].lemma, "fail")
                         ? refined(governor_of("120"), m->code)
                         : NULL;
    /* "failed to renew the arms embargo": a sanction (16x) or a restriction (172x) not
       renewed lapses, which is easing it (085, 081) */
    static const char *const renewals[] = {"renew", "extend", "prolong", NULL};
    static const char *const lapses[] = {"fail", "decline", "neglect", "refuse", NULL};
    if (!no && lemma_in(s, fr->pred, renewals) && lemma_in(s, fr->gov, lapses))
        no = root == 16 ? "085" : !strncmp(m->code, "172", 3) ? "081" : NULL;
    if (no && s->c->cameo && tc_cameo_get(s->c->cameo, no)) {
        tc_code_set_code(s, m, no);
        m->flags &= ~(unsigned)TC_EV_NEGATED;
    }
}

/* Is the act held back from, pressed for, a thing's purpose, mused about, or told of a noun
 * no one has? */
static void held_back_or_wished(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    fmatch *m = &s->fm[f];
    /* "has refrained from commenting on X", "abstained from voting": what one holds back
       from is not done */
    static const char *const refrains[] = {"refrain", "abstain", "desist", NULL};
    if (fr->gov_rel == TC_REL_ADVCL && fr->gov != TC_FRAME_NONE && fr->mark != TC_FRAME_NONE &&
        word_is(s, fr->mark, "from") && lemma_in(s, fr->gov, refrains))
        m->flags |= TC_EV_NEGATED;
    /* "pressed X to open the corridor", "wants X to leave": an infinitive under a verb that
       is no event of its own is asked or wished for, not done */
    if (fr->gov_rel == TC_REL_XCOMP && fr->mark != TC_FRAME_NONE && word_is(s, fr->mark, "to") &&
        !lemma_in(s, fr->gov, aspects) && !lemma_in(s, fr->gov, planners) &&
        !lemma_in(s, fr->gov, failures) && /* (what fails is not done: failed_to) */
        !(s->frame_of[fr->gov] >= 0 && s->fm[s->frame_of[fr->gov]].p))
        m->flags |= TC_EV_HYPOTHETICAL;
    /* "a plane used to help Afghan troops crashed": what a thing is used for, in a participle
       modifying it, is its purpose, not a deed of the sentence's */
    if (fr->gov_rel == TC_REL_XCOMP && fr->mark != TC_FRAME_NONE && word_is(s, fr->mark, "to") &&
        fr->gov != TC_FRAME_NONE && rel_of(s, fr->gov) == TC_REL_ACL &&
        (!strcmp(tc_parse_xpos_name(s->c->parser, s->tr.w[fr->gov].xpos), "VBN") ||
         !strcmp(tc_parse_xpos_name(s->c->parser, s->tr.w[fr->gov].xpos), "VBD")))
        m->flags |= TC_EV_HYPOTHETICAL;
    /* "a visit aimed at boosting cooperation": a purpose, not a deed; "hinting at lifting the
       sanctions", "talked about sending troops": a musing, not a deed */
    if (mused(s, fr)) m->flags |= TC_EV_HYPOTHETICAL;
    /* "to what extent the U.S. will defend X (was not made clear)", "in what way Y helped":
       a clause opened by a phrase of a question word asks what is done, tells nothing done */
    for (uint32_t w = 0; w + 1 < fr->pred; w++) {
        if (!word_is(s, w, "what") || rel_of(s, w) != TC_REL_DET || !s->tr.w[w].head) continue;
        uint32_t n = head_of(s, w), h = n;
        int cased = w > 0 && s->tr.w[w - 1].upos == TC_UPOS_ADP; /* "to what", "in what" */
        for (int steps = 0;
             steps < 4 && h != fr->pred && s->tr.w[h].head && s->tr.w[h].upos != TC_UPOS_VERB;
             steps++)
            h = head_of(s, h);
        if (cased && h == fr->pred) m->flags |= TC_EV_HYPOTHETICAL;
    }
    /* "there is no evidence X has violated the law", "no sign that troops withdrew": a clause
       told of a noun no one has is not asserted */
    if ((fr->gov_rel == TC_REL_ACL || fr->gov_rel == TC_REL_ACL_RELCL) && fr->gov != TC_FRAME_NONE)
        for (uint32_t i = s->first[fr->gov]; i < s->first[fr->gov + 1]; i++)
            if (rel_of(s, s->kids[i]) == TC_REL_DET && word_is(s, s->kids[i], "no"))
                m->flags |= TC_EV_NEGATED;
}

/* Is the negated act declining comment (011, then asserted)? 1: the mood is decided. */
static int declined_comment(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    fmatch *m = &s->fm[f];
    /* "said it would not comment", "does not comment on": declining comment (011); but "has
       not commented", "did not comment": no comment seen, no refusal */
    int declines = (m->flags & TC_EV_NEGATED) && !strcmp(m->code, "010") &&
                   !strcmp(s->tr.w[fr->pred].lemma, "comment");
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1] && declines; i++)
        declines = !(rel_of(s, s->kids[i]) == TC_REL_AUX &&
                     (!strcmp(s->tr.w[s->kids[i]].lemma, "have") || word_is(s, s->kids[i], "did")));
    if (!declines || !s->c->cameo || !tc_cameo_get(s->c->cameo, "011")) return 0;
    tc_code_set_code(s, m, "011");
    m->flags &= ~(unsigned)(TC_EV_NEGATED | TC_EV_HYPOTHETICAL);
    return 1;
}

/* The hoper of frame fr's clause when the clause is what another hopes or wishes ("France
 * expressed hope that Iran would free X": France's mention, or NO_MENTION when the hoper is
 * no actor, "I am hoping Ottawa will"); NO_HOPE when the clause is no one's hope or the hoper's
 * own ("Kenya hopes it will sign"). */
#define NO_HOPE (NO_MENTION - 1)
static int32_t hoper_of(sctx *s, const tc_frame *fr)
{
    static const char *const hopes[] = {"hope", "wish", "pray", "dream", NULL};
    int hoped = 0;
    /* the clause's head: up from "reaching" in "hoping X will start reaching out" (an aspect's
       infinitive) and from a later verb of a row ("will reach out and bring them") */
    uint32_t top = fr->pred;
    for (int k = 0; k < 4 && s->tr.w[top].head; k++) {
        int rel = rel_of(s, top);
        if (rel != TC_REL_CONJ && !(rel == TC_REL_XCOMP && lemma_in(s, head_of(s, top), aspects)))
            break;
        top = head_of(s, top);
    }
    uint32_t gov = s->tr.w[top].head ? head_of(s, top) : top;
    uint32_t at = gov; /* the hope's verb, or the verb whose object the noun "hope" is */
    /* (a relative clause too: "hope that Sudan would" read as one, "that" its object) */
    if ((rel_of(s, top) == TC_REL_CCOMP || rel_of(s, top) == TC_REL_ACL ||
         rel_of(s, top) == TC_REL_ACL_RELCL) &&
        gov != top) {
        hoped = lemma_in(s, gov, hopes);
        /* the noun's own word ("expressed hope that", "voiced the wish that") */
        /* (also a "hope" the tagger made a verb with no subject of its own, the object of
           "expressed": demands16) */
        if (hoped && s->tr.w[at].head &&
            (s->frame_of[at] < 0 ||
             (rel_of(s, at) == TC_REL_OBJ && !s->fr[s->frame_of[at]].nsubj)) &&
            (rel_of(s, at) == TC_REL_OBJ || rel_of(s, at) == TC_REL_NSUBJ))
            at = head_of(s, at);
        /* "expressed its hope that X would", the clause hung on the verb: its object says it */
        for (uint32_t i = s->first[gov]; i < s->first[gov + 1] && !hoped; i++)
            hoped = rel_of(s, s->kids[i]) == TC_REL_OBJ && s->kids[i] < top &&
                    lemma_in(s, s->kids[i], hopes) && s->tr.w[s->kids[i]].upos == TC_UPOS_NOUN;
    }
    if (!hoped) return NO_HOPE;
    int32_t g = s->frame_of[at];
    int32_t k = g >= 0 ? tc_code_first_arg_mention(s, s->fr[g].subj, s->fr[g].nsubj) : NO_MENTION;
    const tc_mention *hoper = mention_at(s, k);
    const tc_mention *actor = mention_at(s, tc_code_first_arg_mention(s, fr->subj, fr->nsubj));
    if (hoper && actor && !strncmp(hoper->code, actor->code, 3)) return NO_HOPE;
    return hoper ? k : NO_MENTION;
}

/* Is the act what another plans, wishes or says one must do, no plan of the actor's own
 * (hypothetical)? 1: the mood is decided. */
static int wished_by_another(sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    fmatch *m = &s->fm[f];
    /* "Qatar expects Israel to release X", "wants Kyiv to cede land": what one plans or wishes
       for another is no plan of the other's */
    /* "would like Uganda to reopen the border": the same wish ("like" is no planner: "would
       like to visit" stays hypothetical) */
    if (fr->gov_rel == TC_REL_XCOMP && fr->gov != TC_FRAME_NONE &&
        (lemma_in(s, fr->gov, planners) || !strcmp(s->tr.w[fr->gov].lemma, "like")) &&
        !(s->frame_of[fr->gov] >= 0 && s->fm[s->frame_of[fr->gov]].p))
        for (uint32_t i = s->first[fr->gov]; i < s->first[fr->gov + 1]; i++)
            if (rel_of(s, s->kids[i]) == TC_REL_OBJ && s->kids[i] < fr->pred) {
                m->flags |= TC_EV_HYPOTHETICAL;
                return 1;
            }
    /* "France expressed hope that Iran would free X", "hoped Russia would withdraw", "wishes
       that China resumed talks": the clause under a hope or wish is the hoper's wish, no deed
       and no intent of the clause's actor (its own hope, "Kenya hopes it will sign", stays an
       intent: is_future) */
    if (hoper_of(s, fr) != NO_HOPE) {
        m->flags |= TC_EV_HYPOTHETICAL;
        return 1;
    }
    /* "Russia has to withdraw its troops", "Turkey needs to get rid of the S-400": what one must
       do is no plan of one's own (a speaker's demand, tc_code_obligation) */
    if (fr->gov_rel == TC_REL_XCOMP && obliged_by(s, fr)) {
        m->flags |= TC_EV_HYPOTHETICAL;
        return 1;
    }
    return 0;
}

/* Is the future act the writer's or another's forecast, no one's intent (hypothetical)? 1:
 * the mood is decided. */
static int forecast(sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    fmatch *m = &s->fm[f];
    /* "the government is expected to give the green light", "is likely to visit": the writer's
       forecast, no one's intent (the news set's convention) */
    if (fr->gov_rel == TC_REL_XCOMP && fr->gov != TC_FRAME_NONE &&
        ((!strcmp(s->tr.w[fr->gov].lemma, "expect") && s->frame_of[fr->gov] >= 0 &&
          (s->fr[s->frame_of[fr->gov]].flags & TC_FR_PASSIVE)) ||
         !strcmp(s->tr.w[fr->gov].lemma, "likely") ||
         !strcmp(s->tr.w[fr->gov].lemma, "unlikely"))) {
        m->flags |= TC_EV_HYPOTHETICAL;
        return 1;
    }
    /* "it is unlikely that the two leaders will meet", "it is unclear whether Y signed": the
       clause is the subject (or complement) of the writer's judgement of its chance, not
       asserted */
    static const char *const chances[] = {"likely",   "unlikely", "possible",  "impossible",
                                          "doubtful", "unclear",  "uncertain", "improbable",
                                          "probable", NULL};
    if ((fr->gov_rel == TC_REL_CSUBJ || fr->gov_rel == TC_REL_CCOMP) && fr->gov != TC_FRAME_NONE &&
        s->tr.w[fr->gov].upos == TC_UPOS_ADJ && lemma_in(s, fr->gov, chances)) {
        m->flags |= TC_EV_HYPOTHETICAL;
        return 1;
    }
    /* "there is little reason to think that the two leaders will meet", "analysts believe
       Seoul will sign": what another thinks one will do is a forecast, not the actor's intent
       (the actor's own belief, "Kenya believes it will sign", stays its intent) */
    static const char *const opinions[] = {"think",   "believe", "expect", "doubt",     "predict",
                                           "suspect", "guess",   "reckon", "speculate", NULL};
    if (fr->gov_rel == TC_REL_CCOMP && fr->gov != TC_FRAME_NONE && lemma_in(s, fr->gov, opinions)) {
        int32_t g = s->frame_of[fr->gov];
        const tc_mention *thinker =
            g >= 0 ? mention_at(s, tc_code_first_arg_mention(s, s->fr[g].subj, s->fr[g].nsubj))
                   : NULL;
        const tc_mention *actor = mention_at(s, tc_code_first_arg_mention(s, fr->subj, fr->nsubj));
        if (!thinker || !actor || strncmp(thinker->code, actor->code, 3)) {
            m->flags |= TC_EV_HYPOTHETICAL;
            return 1;
        }
    }
    /* "more hunters will not be coming", "fewer tourists will visit": a future of a number of
       people more or fewer than now tells how many, a forecast, no one's intent or refusal
       (read18's event 193; session past17) */
    static const char *const counts[] = {"more", "fewer", "less", NULL};
    for (uint8_t k = 0; k < fr->nsubj; k++) {
        uint32_t n = fr->subj[k].word;
        for (uint32_t i = s->first[n]; i < s->first[n + 1]; i++) {
            uint32_t c = s->kids[i];
            if (c < n && (rel_of(s, c) == TC_REL_AMOD || rel_of(s, c) == TC_REL_DET) &&
                lemma_in(s, c, counts)) {
                m->flags |= TC_EV_HYPOTHETICAL;
                return 1;
            }
        }
    }
    return 0;
}

/* Is the negated future act a refusal (12x)? 1: the mood is decided. */
static int refused(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    fmatch *m = &s->fm[f];
    /* "does not want to meet X", "has no plans to": the intent denied */
    if (fr->gov_rel == TC_REL_XCOMP && fr->gov != TC_FRAME_NONE && s->frame_of[fr->gov] >= 0 &&
        s->fr[s->frame_of[fr->gov]].flags & TC_FR_NEGATED)
        m->flags |= TC_EV_NEGATED;
    int root = code_root(m->code);
    /* "will not lift the embargo", "won't accept refugees": a refusal */
    if (!(m->flags & TC_EV_NEGATED) || root < 3 || root > 8) return 0;
    const char *no = refined(governor_of("120"), m->code);
    if (no && s->c->cameo && tc_cameo_get(s->c->cameo, no)) {
        tc_code_set_code(s, m, no);
        m->flags &= ~(unsigned)TC_EV_NEGATED;
    }
    return 1;
}

/* "Serbia does not recognize Kosovo", "does not accept the verdict": a cooperative stance
 * (root 05: recognition, endorsement, support) denied in the simple present is a refusal held
 * now, the act itself, as "will not recognize" is (refused): CAMEO's rejection, coded as the
 * refusal governor refines it (120 for root 05: CAMEO names no finer refusal of recognition,
 * and 128's defiance of law would fit a court but not a state or a government). "Did not
 * recognize" tells of a day when it was not done and stays negated (flags19). */
static int stance_refused(sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    fmatch *m = &s->fm[f];
    if (!(m->flags & TC_EV_NEGATED) || code_root(m->code) != 5 ||
        (fr->flags & (TC_FR_MODAL | TC_FR_FUTURE | TC_FR_PASSIVE)))
        return 0;
    int present = 0; /* the present "does" / "do" of the negation */
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *x = tc_parse_xpos_name(s->c->parser, s->tr.w[c].xpos);
        if (rel_of(s, c) == TC_REL_AUX && !strcmp(s->tr.w[c].lemma, "do"))
            present = !strcmp(x, "VBZ") || !strcmp(x, "VBP");
    }
    if (!present) return 0;
    const char *no = refined(governor_of("120"), m->code);
    if (!no || !s->c->cameo || !tc_cameo_get(s->c->cameo, no)) return 0;
    tc_code_set_code(s, m, no);
    m->flags &= ~(unsigned)TC_EV_NEGATED;
    return 1;
}

/* "said it would urge the Commission to reconsider", "told reporters she will call on X to":
 * an appeal (root 02) its own speaker announces in what a verb of saying governs is made by
 * the announcement, which tells the target publicly what is asked of it, as an inquiry so
 * announced is opened (intended). A bare "will urge" in the reporter's voice, "plans to urge"
 * and "would urge X if ..." stay plans or hypotheses (flags19). */
static int appeal_announced(const sctx *s, size_t f)
{
    static const char *const sayers[] = {"say", "tell", "state", "declare", "announce", NULL};
    const tc_frame *fr = &s->fr[f];
    if (code_root(s->fm[f].code) != 2 || (s->fm[f].flags & TC_EV_NEGATED) ||
        fr->gov == TC_FRAME_NONE || !((fr->flags & TC_FR_FUTURE) || reported_future(s, fr)))
        return 0;
    if (fr->gov_rel == TC_REL_CCOMP) return lemma_in(s, fr->gov, sayers);
    /* ("said during a visit to Beijing that he would urge": the parse hangs the that-clause on
       the noun of a phrase between the saying and its content) */
    uint32_t n = fr->gov;
    return fr->gov_rel == TC_REL_ACL && fr->mark != TC_FRAME_NONE && word_is(s, fr->mark, "that") &&
           s->tr.w[n].head && rel_of(s, n) == TC_REL_OBL && lemma_in(s, head_of(s, n), sayers);
}

/* The future act of the actor's own: done when it is a stance stated, an intent's own code or
 * an inquiry announced; else an intent (03x) of a cooperative act, a threat (13x) of a hostile
 * one its own side announces, or hypothetical. */
static void intended(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    fmatch *m = &s->fm[f];
    int root = code_root(m->code);
    /* "reaffirmed its commitment to supporting X": support stated is support given (051,
       as "reaffirmed its support for X"), no intent */
    if (!strncmp(m->code, "051", 3) && stance_stated(s, fr)) return;
    /* "was ready to accept mediation" (038): an intent's code already says it is one */
    if (root == 3) return;
    /* "the UN said it will investigate the attacks", "Kenya will investigate X": an inquiry
       its own investigator announces is opened by the announcement (CAMEO has no intent to
       investigate; PLOVER's ACCUSE); "plans to", "may", "is expected to" stay hypothetical */
    if (root == 9 && !(m->flags & TC_EV_NEGATED) && fr->gov_rel != TC_REL_XCOMP &&
        ((fr->flags & TC_FR_FUTURE) || reported_future(s, fr)))
        return;
    if (appeal_announced(s, f)) return;
    const char *to = root >= 4 && root <= 8 ? refined(&intent, m->code) : NULL;
    /* "will begin a military operation against X", "said they would boycott the vote": a
       hostile act announced by its own side is a threat (checked at emit: another's forecast
       stays hypothetical); speculation ("is expected to", "may") is not announced */
    int told_of =
        fr->gov != TC_FRAME_NONE && s->frame_of[fr->gov] >= 0 &&
        s->fm[s->frame_of[fr->gov]].flags & TC_EV_HYPOTHETICAL; /* "accused of planning to" */
    if (!to && root >= 14 && root <= 20 && !(m->flags & TC_EV_NOT_EVENT) && !told_of &&
        announcing(s, fr)) {
        to = refined(governor_of("130"), m->code);
        if (to && s->c->cameo && tc_cameo_get(s->c->cameo, to)) {
            m->announced = 1;
            snprintf(m->act, sizeof m->act, "%s", m->code);
            /* (the threat on a condition is made: the modal's hypothesis is the act's) */
            if (conditioned_future(s, fr) && !(fr->flags & TC_FR_NEGATED))
                m->flags &= ~TC_EV_HYPOTHETICAL;
        }
    }
    if (to && s->c->cameo && tc_cameo_get(s->c->cameo, to))
        tc_code_set_code(s, m, to);
    else
        m->flags |= TC_EV_HYPOTHETICAL;
}

/* The mood of predicate frame f's match: which flags (negated, hypothetical, past) it takes
 * and, for a refusal, an intent or a threat, its finer code. The steps run in this order: a
 * later one reads the flags and the code an earlier one set. */
static void mood(sctx *s, size_t f)
{
    own_words(s, f);
    told_as_old(s, f);
    named_by_noun(s, f);
    accused_of(s, f);
    not_claimed(s, f);
    waited_or_replaced(s, f);
    failed_to(s, f);
    held_back_or_wished(s, f);
    if (declined_comment(s, f) || wished_by_another(s, f) || stance_refused(s, f)) return;
    if (!is_future(s, f)) return;
    if (forecast(s, f) || refused(s, f)) return;
    intended(s, f);
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

/* Is there, between clause a and the verb g after it, a comma and a noun naming what clause
 * a tells ("..., a charge Lome denied", "..., an accusation X rejects")? */
static int told_apart(const sctx *s, uint32_t a, uint32_t g)
{
    static const char *const namings[] = {"charge",    "accusation", "allegation", "claim",
                                          "assertion", "move",       "step",       NULL};
    for (uint32_t k = a + 1; k + 1 < g; k++)
        if (word_is(s, k, ",")) {
            uint32_t n = k + 1;
            if (n < g && s->tr.w[n].upos == TC_UPOS_DET) n++;
            if (n < g && lemma_in(s, n, namings)) return 1;
        }
    return 0;
}

/* Undoes a demand's pattern where "insist" governs an assertion, not a demand. */
static void insisted_assertions(sctx *s)
{
    /* "insisted that Russia had sabotaged the pipeline": insisting on what is or was is an
       assertion, no demand; a demand's content is a bare verb ("insisted that Russia
       withdraw") or one that must or should be done */
    for (size_t f = 0; f < s->nfr; f++) {
        const tc_frame *fr = &s->fr[f];
        int32_t g = fr->gov != TC_FRAME_NONE ? s->frame_of[fr->gov] : -1;
        if (g < 0 || fr->gov_rel != TC_REL_CCOMP || !s->fm[g].p ||
            strcmp(s->tr.w[fr->gov].lemma, "insist"))
            continue;
        const char *x = tc_parse_xpos_name(s->c->parser, s->tr.w[fr->pred].xpos);
        int demand = !strcmp(x, "VB") && fr->aux == TC_FRAME_NONE;
        for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++) {
            uint32_t c = s->kids[i];
            if (rel_of(s, c) == TC_REL_AUX || rel_of(s, c) == TC_REL_COP)
                demand = word_is(s, c, "must") || word_is(s, c, "should") || word_is(s, c, "be");
        }
        if (!demand) s->fm[g].p = NULL;
    }
}

/* Marks hypothetical the acts someone is kept from doing. */
static void kept_from(sctx *s)
{
    /* "barred the UN envoy from visiting Gaza", "prevented inspectors from entering": what
       someone is kept from doing is not done, whatever the keeping codes */
    static const char *const preventers[] = {
        "bar",  "ban",   "prohibit", "prevent", "stop",       "block",      "forbid",
        "keep", "deter", "restrict", "exclude", "disqualify", "discourage", NULL};
    for (size_t f = 0; f < s->nfr; f++) {
        const tc_frame *fr = &s->fr[f];
        if (!s->fm[f].p || fr->mark == TC_FRAME_NONE || !word_is(s, fr->mark, "from")) continue;
        /* (or hung on the one kept from it: "bars Iranian banks from[acl of banks] trading") */
        uint32_t h = s->tr.w[fr->pred].head ? head_of(s, fr->pred) : fr->pred;
        int kept = rel_of(s, fr->pred) == TC_REL_ACL && rel_of(s, h) == TC_REL_OBJ &&
                   lemma_in(s, head_of(s, h), preventers);
        if ((fr->gov != TC_FRAME_NONE && lemma_in(s, fr->gov, preventers)) || kept)
            s->fm[f].flags |= TC_EV_HYPOTHETICAL;
    }
}

/* "Threatening to kill the hostages, the group demanded a ransom", "demanded a ransom,
 * threatening to kill them": a participle of threat with no mark beside another verb is its
 * subject's own threat, made as it speaks, no content of the demand, appeal or refusal the
 * parse hangs it on (groups18: recall8's threats). */
static int threat_beside(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    const char *x = tc_parse_xpos_name(s->c->parser, s->tr.w[fr->pred].xpos);
    return fr->gov_rel == TC_REL_ADVCL && fr->mark == TC_FRAME_NONE && !strcmp(x, "VBG") &&
           code_root(s->fm[f].code) == 13 && !(fr->flags & TC_FR_NEGATED);
}

/* "rejected the ruling, describing it as baseless", "denied the charges, calling them
 * fabricated": a participle of words (a verbal act, roots 01-13) set off by a comma after a
 * refusal or a denial that is itself asserted tells how the refusal was said, and is said
 * with it: no content of the refusal, so it takes none of its negation (flags19; critic18's
 * note). Other participles ("would boycott, casting doubt") keep their governor's mood. */
static int said_with_refusal(const sctx *s, size_t f, size_t g)
{
    const tc_frame *fr = &s->fr[f];
    const governor *gv = governor_of(s->fm[g].code);
    int root = code_root(s->fm[f].code);
    if (!gv || gv->flag != TC_EV_NEGATED || fr->gov_rel != TC_REL_ADVCL ||
        fr->mark != TC_FRAME_NONE || fr->pred < fr->gov || root < 1 || root > 13 ||
        (s->fm[g].flags & (TC_EV_NEGATED | TC_EV_HYPOTHETICAL)) || (fr->flags & TC_FR_NEGATED) ||
        strcmp(tc_parse_xpos_name(s->c->parser, s->tr.w[fr->pred].xpos), "VBG"))
        return 0;
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_PUNCT && s->kids[i] < fr->pred &&
            word_is(s, s->kids[i], ","))
            return 1;
    return 0;
}

/* The mood and targets each coded verb gives the coded clause it governs (govern_pair),
 * unless that clause is no content of it. */
static void governed_clauses(sctx *s)
{
    for (size_t f = 0; f < s->nfr; f++) {
        const tc_frame *fr = &s->fr[f];
        if (!s->fm[f].p || fr->gov == TC_FRAME_NONE) continue;
        int r = fr->gov_rel;
        if (r != TC_REL_XCOMP && r != TC_REL_CCOMP && r != TC_REL_ADVCL && r != TC_REL_ACL)
            continue;
        int32_t g = s->frame_of[fr->gov];
        if (g < 0 || !s->fm[g].p) continue;
        if ((r == TC_REL_XCOMP || r == TC_REL_ADVCL) && said_in_call(s, f, (size_t)g)) continue;
        if (threat_beside(s, f) || said_with_refusal(s, f, (size_t)g)) continue;
        /* "Ghana accused Togo of ..., a charge Lome denied": the clause before a comma and
           a noun of what it is (a charge, an accusation, a claim) is no content of the
           verb after them, however the parse hangs it there (twelfth session: recall12) */
        if (r == TC_REL_ADVCL && fr->mark == TC_FRAME_NONE && fr->pred < fr->gov &&
            told_apart(s, fr->pred, fr->gov))
            continue;
        /* "accused X of attacking Y": an act told by a verbal event is not asserted */
        if (r == TC_REL_ADVCL && !governor_of(s->fm[g].code)) {
            if (code_root(s->fm[g].code) >= 1 && code_root(s->fm[g].code) <= 13 &&
                fr->mark != TC_FRAME_NONE)
                s->fm[f].flags |= TC_EV_REPORTED;
            continue;
        }
        /* "blocked the package, drawing a rebuke from X", "rejected the plan, coming under
           fire": what a participle with no mark says the clause's subject underwent is its
           consequence, no content of a refusal, threat or appeal */
        if (r == TC_REL_ADVCL && fr->mark == TC_FRAME_NONE && s->fm[f].p->undergo) continue;
        /* "called for calm after police arrested the mayor", "warned X before it struck": a
           clause of time or cause is no content of an appeal, a threat or a refusal */
        if (r == TC_REL_ADVCL && fr->mark != TC_FRAME_NONE && lemma_in(s, fr->mark, circumstances))
            continue;
        /* "warned that Russia would face consequences if it attacked Ukraine": a threat's
           condition is what the threatened one might do, not what is threatened */
        if (r == TC_REL_ADVCL && fr->mark != TC_FRAME_NONE && lemma_in(s, fr->mark, conditions) &&
            code_root(s->fm[g].code) == 13) {
            s->fm[f].flags |= TC_EV_HYPOTHETICAL;
            continue;
        }
        /* "pressured X to open", "helped X to rebuild": what an act aims at is not done; but
           "called X to congratulate him", "to express his support": what a call is made for
           is said in it */
        if (r == TC_REL_XCOMP && !governor_of(s->fm[g].code) && fr->mark != TC_FRAME_NONE &&
            word_is(s, fr->mark, "to") && !lemma_in(s, fr->gov, aspects))
            s->fm[f].flags |= TC_EV_HYPOTHETICAL;
        govern_pair(s, f, (size_t)g);
    }
}

/* Gives a demand or appeal whose content codes nothing that content's subject as targets. */
static void content_subject_hints(sctx *s)
{
    /* "Israel demanded that Palestinians in northern Gaza move south": a demand or appeal
       whose content codes nothing is aimed at that content's own subject */
    for (size_t f = 0; f < s->nfr; f++) {
        const tc_frame *fr = &s->fr[f];
        if (s->fm[f].p || fr->gov == TC_FRAME_NONE || !fr->nsubj ||
            (fr->flags & TC_FR_SUBJ_SHARED) || fr->gov_rel != TC_REL_CCOMP)
            continue;
        int32_t g = s->frame_of[fr->gov];
        if (g < 0 || !s->fm[g].p || s->fm[g].nhint || s->fm[g].consumed) continue;
        const governor *gv = governor_of(s->fm[g].code);
        if (!gv || gv->hint != HINT_SOURCE || s->fr[g].nobj) continue;
        s->fm[g].nhint = (uint8_t)tc_code_arg_mentions(s, fr->subj, fr->nsubj, s->fm[g].hint, 4);
        s->fm[g].hint_subj = s->fm[g].nhint != 0;
    }
}

/* Gives a warning with no object whose "that" clause codes nothing the actor whose deed that
 * clause's subject is as its target. */
static void warned_owner_hints(sctx *s)
{
    /* "the EU warned that the Somali government's actions would divide the country": the
       warning is aimed at the government whose actions it names (branch warn19) */
    for (size_t g = 0; g < s->nfr; g++) {
        fmatch *m = &s->fm[g];
        uint32_t p = s->fr[g].pred;
        if (!m->p || m->consumed || m->nhint || s->fr[g].nobj || code_root(m->code) != 13 ||
            strcmp(s->tr.w[p].lemma, "warn"))
            continue;
        for (uint32_t i = s->first[p]; i < s->first[p + 1] && !m->nhint; i++) {
            uint32_t c = s->kids[i];
            if (rel_of(s, c) != TC_REL_CCOMP || (s->frame_of[c] >= 0 && s->fm[s->frame_of[c]].p))
                continue;
            int32_t a = tc_code_deed_owner(s, c);
            if (a != NO_MENTION) m->hint[m->nhint++] = a;
        }
    }
}

/* Marks unasserted the acts joined to an unasserted one, or through a verb that codes
 * nothing to a governor. */
static void joined_unasserted(sctx *s)
{
    /* "accuses Russia of sending tanks, training and fighting alongside them", "could attack
       X, killing Y": the acts joined to an unasserted one are unasserted alike */
    for (int pass = 0; pass < 3; pass++)
        for (size_t f = 0; f < s->nfr; f++) {
            const tc_frame *fr = &s->fr[f];
            if (!s->fm[f].p || fr->gov == TC_FRAME_NONE) continue;
            int joined = fr->gov_rel == TC_REL_CONJ || fr->gov_rel == TC_REL_XCOMP ||
                         (fr->gov_rel == TC_REL_ADVCL && fr->mark == TC_FRAME_NONE);
            int32_t g = s->frame_of[fr->gov];
            if (!joined || g < 0) continue;
            if (s->fm[g].p && s->fm[g].flags & TC_EV_HYPOTHETICAL)
                s->fm[f].flags |= TC_EV_HYPOTHETICAL;
            /* "were accused of planning to kidnap X": through a verb that codes nothing to
               what governs it */
            const tc_frame *gf = &s->fr[g];
            int32_t top = gf->gov != TC_FRAME_NONE ? s->frame_of[gf->gov] : -1;
            if (!s->fm[g].p && top >= 0 && s->fm[top].p && governor_of(s->fm[top].code) &&
                (gf->gov_rel == TC_REL_XCOMP || gf->gov_rel == TC_REL_CCOMP ||
                 gf->gov_rel == TC_REL_ADVCL)) {
                s->fm[f].flags |= governor_of(s->fm[top].code)->flag;
                /* "offered to send troops to help X": the governor with nothing of its own to
                   govern takes the act for its content, as if it governed it */
                if (pass == 0 && fr->gov_rel == TC_REL_XCOMP && !s->fm[top].nhint &&
                    !strcmp(s->fm[top].code, governor_of(s->fm[top].code)->generic))
                    govern_pair(s, f, (size_t)top);
            }
        }
}

/* Nouns of a text whose content a clause hung on them tells ("a letter threatening X"). */
static const char *const texts[] = {
    "resolution", "statement", "letter", "communique", "declaration", "report", "decree", "motion",
    "message", "note", "bill", "law", "order", "memo", "petition",
    /* (laws and rules: verbs18) */
    "legislation", "rule", "regulation", "ordinance", "statute", "directive", NULL};

/* Marks unasserted an act reached from a modal, negated or conditional verb through verbs
 * that code nothing. */
static void walked_unasserted(sctx *s)
{
    /* "South Korea may have to consider developing its own weapons or ask the U.S. to ...",
       "he may tease the U.S. by ... defying it": an act completing or joined to verbs that code
       nothing, up to a modal or negated one, is not asserted */
    for (size_t f = 0; f < s->nfr; f++) {
        /* refusals already say the act is not done ("does not want to meet X" is 125): for
           them a negated verb up the walk is no sign; a modal one not negated is ("may tease
           the U.S. by ... defying it", 128) (thirteenth session, branch past13) */
        if (!s->fm[f].p) continue;
        int refusal = code_root(s->fm[f].code) == 12;
        const tc_frame *fr = &s->fr[f];
        int via_text = 0;
        for (int hops = 0; hops < 6 && fr->gov != TC_FRAME_NONE; hops++) {
            int r = fr->gov_rel;
            /* "would expel him if he continued interfering by helping X": reached through
               verbs that code nothing, a condition's clause is not asserted */
            if (hops > 0 && r == TC_REL_ADVCL && fr->mark != TC_FRAME_NONE &&
                lemma_in(s, fr->mark, conditions)) {
                s->fm[f].flags |= TC_EV_HYPOTHETICAL;
                break;
            }
            /* "rejected X's suggestion that Europe would follow the US in recognising Y":
               reached through verbs that code nothing, what a demand, proposal or allegation
               names is not done */
            if (hops > 0 && fr->gov != TC_FRAME_NONE && s->tr.w[fr->gov].upos == TC_UPOS_NOUN &&
                base_in(s, fr->gov, proposals) && asked_content(s, fr)) {
                s->fm[f].flags |= TC_EV_HYPOTHETICAL;
                break;
            }
            /* "plans to send a letter threatening X", "will not issue a statement condemning
               X": what a text says is said only if the text is sent, so a clause hung on a
               text that is a verb's object takes that verb's mood (clause17, issue 14) */
            uint32_t up = fr->gov;
            int in_text = r == TC_REL_ACL && s->tr.w[up].upos == TC_UPOS_NOUN &&
                          lemma_in(s, up, texts) && rel_of(s, up) == TC_REL_OBJ && s->tr.w[up].head;
            via_text |= in_text;
            if (in_text)
                up = head_of(s, up);
            else if (r != TC_REL_XCOMP && r != TC_REL_CONJ &&
                     !(r == TC_REL_ADVCL &&
                       (fr->mark == TC_FRAME_NONE || word_is(s, fr->mark, "by") ||
                        word_is(s, fr->mark, "in"))))
                break;
            int32_t g = s->frame_of[up];
            /* (a coded verb of issuing gives its own mood: "plans to issue a statement") */
            if (in_text && g >= 0 && s->fm[g].p)
                s->fm[f].flags |= s->fm[g].flags & (TC_EV_HYPOTHETICAL | TC_EV_NEGATED);
            if (g < 0 || s->fm[g].p) break; /* a coded verb rules it (above) */
            /* "expects X to uphold its duties and deny Y": joined to a plan's infinitive, a
               plan too */
            if (hops > 0 && r == TC_REL_XCOMP && lemma_in(s, fr->gov, planners)) {
                s->fm[f].flags |= TC_EV_HYPOTHETICAL;
                break;
            }
            fr = &s->fr[g];
            if (refusal ? (fr->flags & TC_FR_MODAL) && !(fr->flags & TC_FR_NEGATED) &&
                              !reported_future(s, fr)
                        : ((fr->flags & TC_FR_MODAL) && !reported_future(s, fr)) ||
                              (fr->flags & TC_FR_NEGATED) || mused(s, fr) ||
                              /* ("will pass a law targeting X": a text still to be made
                                 says nothing yet; verbs18) */
                              (via_text && (fr->flags & TC_FR_FUTURE))) {
                s->fm[f].flags |= TC_EV_HYPOTHETICAL;
                break;
            }
        }
    }
}

/* The passes over a sentence's frames that say how each coded verb is asserted and what it
 * governs, in this order (each helper above). */
/* The mention naming the phrase headed by n, or NO_MENTION. */
static int32_t phrase_mention(const sctx *s, uint32_t n)
{
    if (s->ment[n] != NO_MENTION) return s->ment[n];
    /* ("the Taliban chief": the actor named in the head's compound) */
    for (uint32_t i = s->first[n]; i < s->first[n + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_COMPOUND && s->ment[s->kids[i]] != NO_MENTION)
            return s->ment[s->kids[i]];
    return NO_MENTION;
}

/* The author of what noun n is ("a statement by X", "X's statement") or n itself when it is an
 * actor ("responding to Somalia"): its mention, or NO_MENTION. */
static int32_t author_of(const sctx *s, uint32_t n)
{
    if (s->ment[n] != NO_MENTION) return s->ment[n];
    for (uint32_t i = s->first[n]; i < s->first[n + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c), by = 0;
        for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
            by |= rel_of(s, s->kids[j]) == TC_REL_CASE && word_is(s, s->kids[j], "by");
        if ((r == TC_REL_NMOD_POSS || (r == TC_REL_NMOD && by)) &&
            phrase_mention(s, c) != NO_MENTION)
            return phrase_mention(s, c);
    }
    return NO_MENTION;
}

/* "rejected the accusations while responding to a statement by the Taliban chief", "denied
 * the charges, replying to X's report": a denial or a refusal (016, 12x) with no target of
 * its own answers the author of what it responds to, whom the denial is aimed at (flags19:
 * CAMEO's target of a denial is the accuser). */
static void answered_hints(sctx *s)
{
    static const char *const answers[] = {"respond", "reply", "react", NULL};
    for (size_t f = 0; f < s->nfr; f++) {
        fmatch *m = &s->fm[f];
        if (!m->p || m->nhint || (strncmp(m->code, "016", 3) && code_root(m->code) != 12)) continue;
        uint32_t p = s->fr[f].pred;
        for (uint32_t i = s->first[p]; i < s->first[p + 1] && !m->nhint; i++) {
            uint32_t v = s->kids[i];
            if (rel_of(s, v) != TC_REL_ADVCL || !lemma_in(s, v, answers)) continue;
            for (uint32_t j = s->first[v]; j < s->first[v + 1] && !m->nhint; j++) {
                uint32_t n = s->kids[j];
                int32_t a = rel_of(s, n) == TC_REL_OBL ? author_of(s, n) : NO_MENTION;
                if (a != NO_MENTION) m->hint[m->nhint++] = a;
            }
        }
    }
}

void tc_code_govern(sctx *s)
{
    insisted_assertions(s);
    for (size_t f = 0; f < s->nfr; f++)
        if (s->fm[f].p && !(s->c->conventions & TC_CODE_PETRARCH) && !mood_in_pattern(s->fm[f].p))
            mood(s, f);
    /* "'The American side has violated the agreement,' the Taliban chief alleged": a quotation
       the speaker's "alleged" follows is an allegation, as what "alleged that" governs is (the
       parse hangs the saying on the quotation), whatever mood the act's pattern gives
       (thirteenth session, branch past13) */
    for (size_t f = 0; f < s->nfr; f++)
        if (s->fm[f].p && tc_code_alleging(s, s->fr[f].pred) != UINT32_MAX)
            s->fm[f].flags |= TC_EV_HYPOTHETICAL;
    kept_from(s);
    governed_clauses(s);
    content_subject_hints(s);
    warned_owner_hints(s);
    answered_hints(s);
    joined_unasserted(s);
    walked_unasserted(s);
}

/* A nominal event takes the mood of the clause it stands in (predicate frame f, -1: none):
 * negated, hypothetical, governed, reported. */
const char *tc_code_intent_of(const char *code)
{
    int root = code_root(code);
    return root >= 4 && root <= 8 ? refined(&intent, code) : NULL;
}

/* Is the event of noun w, in the clause of frame f (-1: none), told as planned: the subject of
 * a scheduling passive or of "due" ("talks with X are set for Tuesday", "the visit is
 * scheduled for June"), a noun a scheduling participle describes ("talks scheduled for next
 * week"), or a time of an act a present plan or hope is for ("hopes to resolve the dispute
 * during talks Tuesday with X")? Not what was tried or wanted ("tried to settle the row
 * during talks with X": the talks were held) (sixteenth session, branch prec16). */
static int noun_planned(const sctx *s, int32_t f, uint32_t w)
{
    static const char *const schedulers[] = {"schedule", "set",    "slate", "plan",
                                             "due",      "expect", NULL};
    if (s->tr.w[w].upos != TC_UPOS_NOUN) return 0;
    if (s->tr.w[w].head) {
        uint32_t h = head_of(s, w);
        int r = rel_of(s, w), passive = r == TC_REL_NSUBJ_PASS || word_is(s, h, "due");
        for (uint32_t i = s->first[h]; i < s->first[h + 1] && r == TC_REL_NSUBJ; i++)
            passive |= rel_of(s, s->kids[i]) == TC_REL_AUX_PASS;
        if ((r == TC_REL_NSUBJ || r == TC_REL_NSUBJ_PASS) && passive && lemma_in(s, h, schedulers))
            return 1;
    }
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) == TC_REL_ACL && lemma_in(s, c, schedulers) &&
            !strcmp(tc_parse_xpos_name(s->c->parser, s->tr.w[c].xpos), "VBN"))
            return 1;
    }
    if (f < 0 || s->fr[f].gov_rel != TC_REL_XCOMP || s->fr[f].gov == TC_FRAME_NONE ||
        (s->fr[f].flags & TC_FR_NEGATED) || !is_future(s, (size_t)f))
        return 0;
    uint32_t g = s->fr[f].gov;
    const char *x = tc_parse_xpos_name(s->c->parser, s->tr.w[g].xpos);
    int32_t gf = s->frame_of[g];
    return !strcmp(x, "VBZ") || !strcmp(x, "VBP") || (gf >= 0 && (s->fr[gf].flags & TC_FR_FUTURE));
}

void tc_code_clause_mood(sctx *s, int32_t f, fmatch *m)
{
    if (m->p && m->first == m->last && noun_planned(s, f, m->first)) m->planned = 1;
    if (f < 0) return;
    const tc_frame *fr = &s->fr[f];
    if (fr->flags & TC_FR_NEGATED) m->flags |= TC_EV_NEGATED;
    if (fr->flags & (TC_FR_MODAL | TC_FR_FUTURE)) m->flags |= TC_EV_HYPOTHETICAL;
    const governor *gv = s->fm[f].p ? governor_of(s->fm[f].code) : NULL;
    if (gv) m->flags |= gv->flag;
    m->flags |= s->fm[f].flags & (TC_EV_HYPOTHETICAL | TC_EV_REPORTED | TC_EV_NEGATED);
    m->reporter = s->fm[f].p ? s->fm[f].reporter : tc_code_reporter_of(s, (size_t)f);
    if (m->reporter != NO_MENTION) m->flags |= TC_EV_REPORTED;
}

/* "Russia says Israel must end its strikes", "X said Y should withdraw": what a speaker says
 * another must do is the speaker's demand on them (10x; "should": an appeal, 02x), refined by
 * the act where the dictionary knows it. The act itself stays unasserted (mood). */
/* "Norway expressed hope that Sudan would free the aid workers": the hoper's appeal (02x, as
 * CAMEO's verb dictionary codes HOPE 020) to the one hoped to act, the act's appeal where
 * CAMEO has one ("hope ... would free" 0243, appeal for release), an actor of another state. */
static void hope_appeal(sctx *s, size_t f, int32_t hk)
{
    const tc_frame *fr = &s->fr[f];
    const fmatch *m = &s->fm[f];
    const tc_mention *mh = mention_at(s, hk);
    if (!mh || !usable(mh) || !m->p || m->p->nocode || (fr->flags & TC_FR_NEGATED) || !s->c->cameo)
        return;
    const governor *g = governor_of("020");
    const char *code = g->generic;
    const char *r = refined(g, m->code);
    if (r && tc_cameo_get(s->c->cameo, r)) code = r;
    const tc_cameo *info = tc_cameo_get(s->c->cameo, code);
    if (!info) return;
    int32_t who[4];
    size_t n = tc_code_arg_mentions(s, fr->subj, fr->nsubj, who, 4);
    fmatch said = {.reporter = NO_MENTION};
    for (size_t i = 0; i < n; i++) {
        const tc_mention *mw = mention_at(s, who[i]);
        if (!mw || !usable(mw) || !strncmp(mw->code, mh->code, 3)) continue;
        tc_code_emit_at(s, &said, fr->pred, UINT32_MAX, hk, who[i], code, info);
    }
}

/* "Norway would like Sudan to release X": the liker's mention when frame fr is the infinitive
 * of a "would like" with the one to act as its object (a polite request, an appeal as a hope
 * is: CAMEO codes HOPE 020 and has no LIKE; WANT it codes 030, an intent, so not "wants X to");
 * NO_HOPE otherwise (demands16). */
static int32_t liker_of(sctx *s, const tc_frame *fr)
{
    if (fr->gov_rel != TC_REL_XCOMP || fr->gov == TC_FRAME_NONE ||
        strcmp(s->tr.w[fr->gov].lemma, "like"))
        return NO_HOPE;
    int would = 0, obj = 0;
    for (uint32_t i = s->first[fr->gov]; i < s->first[fr->gov + 1]; i++) {
        uint32_t c = s->kids[i];
        would |= rel_of(s, c) == TC_REL_AUX && (word_is(s, c, "would") || word_is(s, c, "'d"));
        obj |= rel_of(s, c) == TC_REL_OBJ && c < fr->pred;
    }
    int32_t g = s->frame_of[fr->gov];
    if (!would || !obj || g < 0 || (s->fr[g].flags & TC_FR_NEGATED)) return NO_HOPE;
    int32_t k = tc_code_first_arg_mention(s, s->fr[g].subj, s->fr[g].nsubj);
    return mention_at(s, k) ? k : NO_HOPE;
}

void tc_code_obligation(sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    int32_t hk = hoper_of(s, fr);
    if (hk == NO_HOPE) hk = liker_of(s, fr);
    if (hk != NO_HOPE) {
        hope_appeal(s, f, hk);
        return;
    }
    /* "X must / should do", and "X has to / needs to do" (an xcomp of "have" or "need") */
    int need = fr->gov_rel == TC_REL_XCOMP && obliged_by(s, fr) && s->frame_of[fr->gov] >= 0 &&
               !(s->fr[s->frame_of[fr->gov]].flags & TC_FR_NEGATED);
    if ((!need && (!(fr->flags & TC_FR_MODAL) || fr->aux == TC_FRAME_NONE)) || !fr->nsubj ||
        fr->flags & (TC_FR_NEGATED | TC_FR_PASSIVE) || conditional(s))
        return;
    int must = need || word_is(s, fr->aux, "must");
    if (!must && !word_is(s, fr->aux, "should")) return;
    int32_t spk = tc_code_reporter_of(s, f);
    if (spk == NO_MENTION) { /* a speaker of no state too ("Foreign Minister X said") */
        s->keep_agents = 1;
        spk = tc_code_reporter_of(s, f);
        s->keep_agents = 0;
    }
    const tc_mention *ms = mention_at(s, spk);
    /* (a speaker of no state too, beside one a reader can place: the emitter decides) */
    if (!ms || (!usable(ms) && strncmp(ms->code, "---", 3))) return;
    const governor *g = governor_of(must ? "100" : "020");
    const char *code = g->generic;
    const fmatch *m = &s->fm[f];
    if (m->p && !m->p->nocode) {
        const char *r = refined(g, m->code);
        if (r && s->c->cameo && tc_cameo_get(s->c->cameo, r)) code = r;
    }
    const tc_cameo *info = s->c->cameo ? tc_cameo_get(s->c->cameo, code) : NULL;
    if (!info) return;
    /* "in the U.S., each company must fend for itself": a norm for every member of a kind
       (a subject with "each", "every" or "any") is a description, no demand on anyone */
    static const char *const everyone[] = {"each", "every", "any", NULL};
    for (int i = 0; i < fr->nsubj; i++) {
        uint32_t w = fr->subj[i].word;
        for (uint32_t k = s->first[w]; k < s->first[w + 1]; k++)
            if (rel_of(s, s->kids[k]) == TC_REL_DET && lemma_in(s, s->kids[k], everyone)) return;
    }
    /* "the U.S. and our allies must ...": the speaker's own side */
    for (int i = 0; i < fr->nsubj; i++)
        for (uint32_t w = fr->subj[i].word > 3 ? fr->subj[i].word - 3 : 0;
             w <= fr->subj[i].word + 3u && w < s->tr.n; w++)
            if (s->tr.w[w].upos == TC_UPOS_PRON &&
                (word_is(s, w, "we") || word_is(s, w, "our") || word_is(s, w, "us")))
                return;
    int32_t who[4];
    size_t n = tc_code_arg_mentions(s, fr->subj, fr->nsubj, who, 4);
    fmatch said = {.reporter = NO_MENTION};
    for (size_t i = 0; i < n; i++) {
        const tc_mention *mw = mention_at(s, who[i]);
        /* "Putin said Russia must defend itself": a call to one's own side is no demand;
           the opposition's or a rebel's call on its own state's government is one ("the
           opposition leader said the government must resign": eleventh session) */
        static const char *const dissent[] = {"OPP", "REB", "INS", "SEP", "HRI", "LAB", NULL};
        static const char *const rulers[] = {"GOV", "MIL", "COP", "JUD", "LEG", NULL};
        if (mw && strncmp(mw->code, "---", 3) && !strncmp(mw->code, ms->code, 3) &&
            !(sector_in(ms, dissent) && (strlen(mw->code) == 3 || sector_in(mw, rulers))))
            continue;
        tc_code_emit_at(s, &said, fr->pred, UINT32_MAX, spk, who[i], code, info);
    }
}

/* "Berisha, who resigned as party leader, rejected the allegations": what a relative clause
 * set off by commas tells of the past of someone the sentence is about is background, not news
 * of the article's days (past, no date), unless a time of its own dates it. Called once the
 * sentence's times are attached. */
void tc_code_background(sctx *s)
{
    for (size_t f = 0; f < s->nfr; f++) {
        const tc_frame *fr = &s->fr[f];
        if (!s->fm[f].p || fr->gov_rel != TC_REL_ACL_RELCL || !fr->pred) continue;
        uint32_t first = fr->pred, rel = UINT32_MAX;
        for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++) {
            uint32_t c = s->kids[i];
            int r = rel_of(s, c);
            if (c < first && r != TC_REL_PUNCT) first = c;
            if ((r == TC_REL_NSUBJ || r == TC_REL_NSUBJ_PASS) &&
                (!strcmp(s->tr.w[c].lemma, "who") || !strcmp(s->tr.w[c].lemma, "which")))
                rel = c;
        }
        if (rel == UINT32_MAX || rel != first || !first || !word_is(s, first - 1, ",")) continue;
        const char *x = tc_parse_xpos_name(s->c->parser, s->tr.w[fr->pred].xpos);
        int past = !strcmp(x, "VBD");
        for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1] && !strcmp(x, "VBN");
             i++) {
            uint32_t c = s->kids[i];
            const char *cx = tc_parse_xpos_name(s->c->parser, s->tr.w[c].xpos);
            int r = rel_of(s, c);
            past |= (r == TC_REL_AUX || r == TC_REL_AUX_PASS) &&
                    (!strcmp(s->tr.w[c].lemma, "have") || !strcmp(cx, "VBD"));
        }
        if (!past || (fr->flags & (TC_FR_MODAL | TC_FR_FUTURE))) continue;
        int dated = 0;
        for (size_t i = 0; i < s->nwhen && !dated; i++) {
            uint32_t h = s->when[i].head;
            if (h == TC_WHEN_NOHEAD || h < s->lo || h - s->lo >= s->tr.n) continue;
            /* (its own: "after being defeated in 2013" dates the defeat) */
            for (uint32_t k = h - s->lo, steps = 0; steps < 16; steps++) {
                if (k == fr->pred) dated = 1;
                if (k == fr->pred || !s->tr.w[k].head || s->tr.w[k].upos == TC_UPOS_VERB) break;
                k = s->tr.w[k].head - 1u;
            }
        }
        if (!dated) s->fm[f].flags |= TC_EV_PAST;
    }
}
