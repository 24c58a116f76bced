/* code_sense: senses a frame's words do not tell apart. Whether a frame tells no act at all:
 * a retreat that leaves no place, a release or a hosting of things, not people, and the
 * senses wrong_sense rejects (fighting an illness, winning a contest, leaving care, training
 * civilians, force of no one, a release from no captivity, visiting a person, dismissing from
 * office, nothing governed). Part of the coder (code_int.h); tc_code_frame (code_target.c)
 * calls tc_code_tells_no_act first. */
#include "code_int.h"

#include <string.h>

/* A retreat (0874) "out of" or "from" what a relative clause leaves its preposition for: "the
 * deal, which the first administration pulled out of" is no military retreat; "the town which
 * the rebels pulled out of" is. What is left must be a place: a mention (a state, a place the
 * gazetteer knows) or a noun WordNet files as a location or an artifact ("the base"). 1 when
 * the act may stand (session of 2026-12-07, the twelfth, branch read15). */

static int left_place(const sctx *s, size_t f)
{
    uint32_t p = s->fr[f].pred;
    if (strncmp(s->fm[f].code, "0874", 4) || !s->tr.w[p].head ||
        (rel_of(s, p) != TC_REL_ACL && rel_of(s, p) != TC_REL_ACL_RELCL))
        return 1;
    int stranded = 0; /* "pulled out of ." with nothing after the preposition */
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i];
        int bare = 1; /* nothing under it but particles ("out of" read as a case) */
        for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
            bare &= s->tr.w[s->kids[j]].upos == TC_UPOS_ADP;
        stranded |= c > p && bare && s->tr.w[c].upos == TC_UPOS_ADP &&
                    (word_is(s, c, "of") || word_is(s, c, "from"));
    }
    if (!stranded || !s->c->wordnet) return 1;
    /* what is left: the noun right before the relative word (and its comma), where the parse
       may hang the clause on a noun before it ("parties to the JCPOA, which X pulled out of") */
    uint32_t h = head_of(s, p);
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i], k = s->kids[i] - 1;
        if (c >= p || c == 0 || !(word_is(s, c, "which") || word_is(s, c, "that"))) continue;
        if (k > 0 && word_is(s, k, ",")) k--;
        if (s->tr.w[k].upos == TC_UPOS_NOUN || s->tr.w[k].upos == TC_UPOS_PROPN) h = k;
    }
    if (tc_code_place_on(s, h)) return 1; /* a place of the gazetteer ("Gao, which troops left") */
    const tc_mention *mh = mention_at(s, s->ment[h]);
    if (mh) return mh->code[0] && mh->code[0] != '-'; /* a state's or a place's name */
    const char *nc = s->tr.w[h].upos == TC_UPOS_NOUN ? tc_code_noun_class(s, h) : NULL;
    return nc && (!strcmp(nc, "noun.location") || !strcmp(nc, "noun.artifact"));
}

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
    /* "16 million tons of CO2": a measure of weight or volume counts no people */
    static const char *const measures[] = {"ton",   "tonne",  "barrel",   "litre",
                                           "liter", "gallon", "kilogram", "kilo",
                                           "pound", "metre",  "meter",    NULL};
    if (lemma_in(s, w, measures)) return 0;
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

/* Does frame fr, matched as m, tell an alert against a disease ("went on high alert, announcing new
 * mpox cases"), not the act m codes? */
static int against_illness(const sctx *s, const tc_frame *fr, const fmatch *m)
{
    /* "Nigeria went on high alert, announcing new mpox cases": an alert against a disease is
       no military one */
    static const char *const illness[] = {"outbreak", "virus",   "disease", "epidemic",  "pandemic",
                                          "mpox",     "cholera", "ebola",   "measles",   "fever",
                                          "covid-19", "covid",   "flu",     "infection", NULL};
    if (!strncmp(m->code, "152", 3))
        for (uint32_t w = 0; w < s->tr.n; w++)
            if (in_words(norm_of(s, w), illness)) return 1;
    return 0;
}

/* Does frame fr, matched as m, tell a game or a vote won ("beat England 1-0 in the final"), not the
 * act m codes? */
static int won_contest(const sctx *s, const tc_frame *fr, const fmatch *m)
{
    uint32_t p = fr->pred;
    int root = code_root(m->code);
    /* "Spain beat England 1-0 in the final", "defeated the incumbent in the runoff": winning
       a game or a vote is no force */
    static const char *const winning[] = {"beat", "defeat",    "thrash", "crush",   "rout",
                                          "edge", "overpower", "hammer", "trounce", "down",
                                          "sink", "stun",      "humble", "outplay", NULL};
    static const char *const contests[] = {
        "match",        "game",     "final",     "semifinal", "semi-final", "cup",   "tournament",
        "championship", "league",   "goal",      "goals",     "title",      "medal", "season",
        "olympics",     "election", "elections", "vote",      "votes",      "poll",  "polls",
        "runoff",       "run-off",  "primary",   "primaries", "ballot",     "race",  "derby",
        "qualifier",    "penalty",  "penalties", "stadium",   NULL};
    if (root >= 18 && lemma_in(s, p, winning)) {
        for (uint32_t w = 0; w < s->tr.n; w++) {
            if (in_words(norm_of(s, w), contests)) return 1;
            /* a score: "1-0", "2–1" */
            const char *t = s->t->text + s->t->toks[s->lo + w].off;
            uint32_t n = s->t->toks[s->lo + w].len, i = 0;
            while (i < n && t[i] >= '0' && t[i] <= '9') i++;
            if (i && i < n && (t[i] == '-' || (unsigned char)t[i] == 0xE2)) {
                uint32_t j = t[i] == '-' ? i + 1 : i + 3;
                if (j < n && t[j] >= '0' && t[j] <= '9' && n - j <= 2) return 1;
            }
        }
    }
    return 0;
}

/* Does frame fr, matched as m, tell a release from hospital or care, not the act m codes? */
static int left_care(const sctx *s, const tc_frame *fr, const fmatch *m)
{
    uint32_t p = fr->pred;
    /* "two soldiers were released from hospital", "discharged from a clinic": leaving care is
       no release from captivity */
    static const char *const care[] = {"hospital",       "clinic",    "care",      "treatment",
                                       "quarantine",     "isolation", "infirmary", "rehab",
                                       "rehabilitation", NULL};
    for (uint32_t i = s->first[p]; i < s->first[p + 1] && !strncmp(m->code, "0841", 4); i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        if (rel_of(s, c) == TC_REL_OBL && cw && !strcmp(cw, "from") && lemma_in(s, c, care))
            return 1;
    }
    return 0;
}

/* Does frame fr, matched as m, tell civilians trained ("training Ukrainian nurses"), not the act m
 * codes? */
static int trained_civilians(const sctx *s, const tc_frame *fr, const fmatch *m)
{
    uint32_t p = fr->pred;
    /* "training Ukrainian nurses", "trains teachers": training civilians is no military
       cooperation */
    if (!strncmp(m->code, "062", 3) && !strcmp(s->tr.w[p].lemma, "train") && fr->nobj) {
        const tc_mention *mo = mention_at(s, s->ment[fr->obj[0].word]);
        static const char *const civil[] = {"HLH", "EDU", "CVL", "MED", "BUS", "AGR",
                                            "LAB", "REF", "HRI", "NGO", "ELI", NULL};
        /* ... but an army or a ministry of defence training people the dictionary gives no
           trade ("the US military trains Iraqi pilots", "Kenyan troops trained Somali recruits")
           trains them for war (thirteenth session, strictR13) */
        const tc_mention *ms = fr->nsubj && !(fr->flags & TC_FR_PASSIVE)
                                   ? mention_at(s, s->ment[fr->subj[0].word])
                                   : NULL;
        int soldiers = mo && ms && sector_is(ms, "MIL") && sector_is(mo, "CVL");
        if (mo && sector_in(mo, civil) && !soldiers) return 1;
        const char *c = mo ? NULL : tc_code_noun_class(s, fr->obj[0].word);
        if (c && strcmp(c, "noun.person") && strcmp(c, "noun.group")) return 1;
    }
    return 0;
}

/* Does frame fr, matched as m, tell force no one does: an accident, a text or plan, an idea fought,
 * not the act m codes? */
static int force_of_no_one(const sctx *s, const tc_frame *fr, const fmatch *m)
{
    uint32_t p = fr->pred;
    int root = code_root(m->code), r = rel_of(s, p);
    /* "a passenger jet crashed, killing 38 people": deaths in an accident are no one's act */
    static const char *const accidents[] = {"crash",    "collide", "capsize",  "derail",
                                            "collapse", "sink",    "overturn", NULL};
    if ((root == 18 || root == 20) && (r == TC_REL_ADVCL || r == TC_REL_CONJ) && s->tr.w[p].head &&
        lemma_in(s, head_of(s, p), accidents))
        return 1;
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
    /* (an insurgency, rebellion or uprising fought is force: verbs18, recall8) */
    static const char *const fights[] = {
        "war",  "battle", "fight",      "conflict",  "skirmish", "campaign",     "offensive",
        "duel", "clash",  "insurgency", "rebellion", "uprising", "insurrection", NULL};
    if (root >= 18 && fr->nobj && lemma_in(s, p, combat) &&
        s->ment[fr->obj[0].word] == NO_MENTION && s->tr.w[fr->obj[0].word].upos == TC_UPOS_NOUN &&
        !lemma_in(s, fr->obj[0].word, fights) &&
        !base_in(s, fr->obj[0].word, tc_code_force_nouns)) {
        static const char *const ideas[] = {"noun.cognition",     "noun.attribute", "noun.state",
                                            "noun.phenomenon",    "noun.feeling",   "noun.motive",
                                            "noun.communication", "noun.act",       NULL};
        const char *c = tc_code_noun_class(s, fr->obj[0].word);
        if (c && in_words(c, ideas)) return 1;
        /* "fought redlining": an act named by a gerund WordNet lacks */
        const tc_token *ot = &s->t->toks[s->lo + fr->obj[0].word];
        if (!c && ot->nlen > 5 && !memcmp(ot->norm + ot->nlen - 3, "ing", 3)) return 1;
    }
    return 0;
}

/* Does frame fr, matched as m, tell no holding or release of persons ("held hostage" misread, "an
 * assessment released", "returns to Washington"), not the act m codes? */
static int no_captivity(const sctx *s, const tc_frame *fr, const fmatch *m)
{
    uint32_t p = fr->pred;
    int r = rel_of(s, p);
    /* "passengers held hostage": those held are the subject only when a parse misreads it */
    static const char *const held[] = {"hostage", "captive", NULL};
    if (!strncmp(m->code, "181", 3) && fr->nobj == 1 && !strcmp(s->tr.w[p].lemma, "hold") &&
        lemma_in(s, fr->obj[0].word, held)) {
        uint32_t o = fr->obj[0].word;
        /* "held hostage", not "held many hostages" nor "were holding hostages" (verbs18) */
        const char *ow = norm_of(s, o);
        int bare = ow[0] && ow[strlen(ow) - 1] != 's';
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
    return 0;
}

/* Does frame fr, matched as m, tell a participle describing a person ("the visiting minister"), not
 * the act m codes? */
static int visiting_person(const sctx *s, const tc_frame *fr, const fmatch *m)
{
    uint32_t p = fr->pred;
    int root = code_root(m->code), r = rel_of(s, p);
    /* "visiting Saudi Crown Prince X", "the visiting minister": a participle before its noun
       describes a person, it tells no visit of its own */
    if (root == 4 && !strcmp(s->tr.w[p].lemma, "visit") && word_is(s, p, "visiting") &&
        (((r == TC_REL_AMOD || r == TC_REL_ACL) && s->tr.w[p].head && head_of(s, p) > p) ||
         r == TC_REL_XCOMP))
        return 1;
    return 0;
}

/* Does frame fr, matched as m, tell force whose means names the act ("retaliated by announcing
 * tariffs"), not the act m codes? */
static int named_by_means(const sctx *s, const tc_frame *fr, const fmatch *m)
{
    uint32_t p = fr->pred;
    int root = code_root(m->code);
    /* "retaliated by announcing tariffs": the means names the act, the verb of force does not */
    static const char *const answers[] = {"retaliate", "respond", "hit", "strike", "counter", NULL};
    /* ... and an answer ("retaliated by shelling X") is its means, coded on its own */
    if (root >= 18 && (fr->gov == TC_FRAME_NONE || lemma_in(s, p, answers)))
        for (size_t g = 0; g < s->nfr; g++)
            if (s->fr[g].gov == p && s->fr[g].gov_rel == TC_REL_ADVCL &&
                s->fr[g].mark != TC_FRAME_NONE && word_is(s, s->fr[g].mark, "by") &&
                (lemma_in(s, p, answers) || (s->fm[g].p && code_root(s->fm[g].code) < 18)))
                return 1;
    return 0;
}

/* The actor owning the subject of clause c when that subject is a deed, a plan or words
 * (WordNet noun.act, noun.cognition, noun.communication: "that the Somali government's actions
 * would divide the country", "that Kenya's policy could"): its mention, or NO_MENTION. A
 * warning of what an actor's deeds will bring is aimed at that actor (branch warn19); "that
 * Yemen's economy could collapse" owns no deed and stays a forecast. */
int32_t tc_code_deed_owner(const sctx *s, uint32_t c)
{
    static const char *const deeds[] = {"noun.act", "noun.cognition", "noun.communication", NULL};
    for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++) {
        uint32_t sj = s->kids[j];
        const char *nc = s->tr.w[sj].upos == TC_UPOS_NOUN ? tc_code_noun_class(s, sj) : NULL;
        if (rel_of(s, sj) != TC_REL_NSUBJ || !nc || !in_words(nc, deeds)) continue;
        for (uint32_t k = s->first[sj]; k < s->first[sj + 1]; k++) {
            uint32_t o = s->kids[k];
            const tc_mention *mo = mention_at(s, s->ment[o]);
            if (rel_of(s, o) == TC_REL_NMOD_POSS && mo && usable(mo)) return s->ment[o];
        }
    }
    return NO_MENTION;
}

/* Does warning frame fr name whom it warns: the actor whose deed is the subject of clause c,
 * its content ("warned that Kenya's move could", "warned Somalia that its actions would
 * divide the country": "its" of the actor warned)? A warning of what an actor's own deeds will
 * bring is aimed at that actor, a call to change course; one of what no one's deed brings
 * ("warned Bolivia that the talks would fail", "that the rains would bring floods") is a
 * forecast (branch warn19). */
static int warns_actor(const sctx *s, const tc_frame *fr, uint32_t c, uint32_t subj)
{
    static const char *const deeds[] = {"noun.act", "noun.cognition", "noun.communication", NULL};
    if (tc_code_deed_owner(s, c) != NO_MENTION) return 1;
    int warned = 0; /* an actor object, "its" then being the warned one's */
    for (int i = 0; i < fr->nobj; i++) warned |= s->ment[fr->obj[i].word] != NO_MENTION;
    const char *nc = tc_code_noun_class(s, subj);
    if (!warned || !nc || !in_words(nc, deeds)) return 0;
    for (uint32_t k = s->first[subj]; k < s->first[subj + 1]; k++)
        if (rel_of(s, s->kids[k]) == TC_REL_NMOD_POSS && s->tr.w[s->kids[k]].upos == TC_UPOS_PRON)
            return 1;
    return 0;
}

/* Does frame fr, matched as m, tell a verb with nothing of what it needs ("the number declined",
 * "hardly requiring", "warned the hospitals could"), not the act m codes? */
static int nothing_governed(const sctx *s, const tc_frame *fr, const fmatch *m)
{
    uint32_t p = fr->pred;
    int root = code_root(m->code);
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
    /* "tweaked the age limit, hardly requiring much brainpower": to require a thing of no
       one is no demand */
    static const char *const needing[] = {"require", "need", NULL};
    if (root == 10 && lemma_in(s, p, needing)) {
        int asks = 0;
        for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
            int rk = rel_of(s, s->kids[i]);
            asks |= rk == TC_REL_XCOMP || rk == TC_REL_CCOMP ||
                    (rk == TC_REL_OBJ && s->ment[s->kids[i]] != NO_MENTION);
        }
        if (!asks) return 1;
    }
    /* "he warned the hospitals could see 43 admissions a day": a warning of what no actor
       will do is a forecast, no threat */
    if (root == 13 && !strcmp(s->tr.w[p].lemma, "warn"))
        for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
            uint32_t c = s->kids[i];
            if (rel_of(s, c) != TC_REL_CCOMP) continue;
            for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++) {
                uint32_t sj = s->kids[j];
                if (rel_of(s, sj) == TC_REL_NSUBJ && s->tr.w[sj].upos == TC_UPOS_NOUN &&
                    s->ment[sj] == NO_MENTION && (s->frame_of[c] < 0 || !s->fm[s->frame_of[c]].p) &&
                    !warns_actor(s, fr, c, sj))
                    return 1;
            }
        }
    return 0;
}

/* Does frame fr, matched as m, tell time given, not an ultimatum (139 "gave X 30 days to")? A
 * deadline is an ultimatum when it is a demand backed by a threat: not when the infinitive is
 * a right the one given time may use ("gave the journalist 30 days to appeal", "two weeks to
 * respond", "to register"), nor when a court or a judge gives it (a court's time limit is
 * procedure, its order no threat) (branch warn19). */
static int deadline_granted(const sctx *s, const tc_frame *fr, const fmatch *m)
{
    static const char *const givers[] = {"give", "set", "grant", "allow", NULL};
    static const char *const rights[] = {"appeal",    "respond", "reply",   "register",
                                         "apply",     "object",  "file",    "lodge",
                                         "challenge", "contest", "comment", NULL};
    static const char *const courts[] = {"court", "judge", "tribunal", "magistrate", NULL};
    uint32_t p = fr->pred;
    if (strcmp(m->code, "139") || !lemma_in(s, p, givers)) return 0;
    for (int i = 0; i < fr->nsubj; i++) {
        const tc_mention *ms = mention_at(s, s->ment[fr->subj[i].word]);
        if (lemma_in(s, fr->subj[i].word, courts) || (ms && sector_is(ms, "JUD"))) return 1;
    }
    /* the infinitive right after the span of time ("days to appeal"), hung on the verb or on
       a noun under it */
    for (uint32_t w = 2; w < s->tr.n; w++)
        if (s->tr.w[w].head && lemma_in(s, w, rights) && word_is(s, w - 1, "to") &&
            s->tr.w[w - 1].head && head_of(s, w - 1) == w &&
            (head_of(s, w) == p || (s->tr.w[head_of(s, w)].head && head_of(s, head_of(s, w)) == p)))
            return 1;
    return 0;
}

/* Is word k under word o in the parse? */
static int under(const sctx *s, uint32_t k, uint32_t o)
{
    for (int depth = 0; depth < 32 && k != o && s->tr.w[k].head; depth++) k = head_of(s, k);
    return k == o;
}

/* Does frame fr, matched as m, tell a project of the source's own frozen or halted, not
 * relations with another reduced (160 "froze a Chinese-funded pipeline", "suspended the
 * railway project with China")? With no partner named in the object (a name, an actor or a
 * capitalised adjective under it) nor a "with" phrase, "froze the gas pipeline" cuts no one's
 * cooperation (branch warn19). */
static int own_project(const sctx *s, const tc_frame *fr, const fmatch *m)
{
    static const char *const projects[] = {"project", "pipeline", "railway", "deal", NULL};
    if (strcmp(m->code, "160") || !fr->nobj || !lemma_in(s, fr->obj[0].word, projects)) return 0;
    uint32_t o = fr->obj[0].word;
    for (uint32_t k = 0; k < s->tr.n; k++) {
        const char *cw = case_word(s, k);
        int with = cw && !strcmp(cw, "with") &&
                   ((s->tr.w[k].head && head_of(s, k) == fr->pred) || under(s, k, o));
        if (with || (k != o && under(s, k, o) &&
                     (s->ment[k] != NO_MENTION || s->t->toks[s->lo + k].flags & TC_TOK_CAP)))
            return 0;
    }
    return 1;
}

/* Does frame fr, matched as m, tell another sense of the verb ("dismissed the minister",
 * "demonstrates a disregard", "stand accused"), not the act m codes? */
static int other_sense(const sctx *s, const tc_frame *fr, const fmatch *m)
{
    uint32_t p = fr->pred;
    int root = code_root(m->code);
    /* "dismissed the interior minister", "dismissing the elected government": to dismiss a
       person or a body from office is no rejection (session of 2026-12-07, the twelfth:
       strictP12) */
    static const char *const bodies[] = {"government", "cabinet", "parliament", "council",
                                         "board",      "team",    NULL};
    if (root == 12 && !strcmp(s->tr.w[p].lemma, "dismiss") && fr->nobj) {
        uint32_t o = fr->obj[0].word;
        const char *c = tc_code_noun_class(s, o);
        if ((c && !strcmp(c, "noun.person")) || lemma_in(s, o, bodies)) return 1;
    }
    /* "fired the minister's car", "suspended the governor's decree": putting out of office
       (172, verbs18) is done to a person or a body of persons, never to the things or acts a
       person's noun owns (dismissed words are rejected: code_emit.c, words_dismissed) */
    static const char *const removers[] = {"fire", "suspend", "sack", NULL};
    if (!strcmp(m->code, "172") && lemma_in(s, p, removers) && fr->nobj) {
        const char *c = tc_code_noun_class(s, fr->obj[0].word);
        if (c && strcmp(c, "noun.person") && strcmp(c, "noun.group") &&
            !lemma_in(s, fr->obj[0].word, bodies))
            return 1;
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

/* Does predicate frame f read its verb in a sense its pattern does not code (each helper above
 * one such sense)? */
static int wrong_sense(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    const fmatch *m = &s->fm[f];
    return against_illness(s, fr, m) || won_contest(s, fr, m) || left_care(s, fr, m) ||
           trained_civilians(s, fr, m) || force_of_no_one(s, fr, m) || no_captivity(s, fr, m) ||
           visiting_person(s, fr, m) || named_by_means(s, fr, m) || nothing_governed(s, fr, m) ||
           other_sense(s, fr, m) || deadline_granted(s, fr, m) || own_project(s, fr, m);
}

/* Does frame f tell no act of its own: a pattern that codes nothing or is used up, a word in
 * another sense, a verb closing a hyphenated modifier, a participle naming a state, no people
 * its object needs, no place it needs left? */
int tc_code_tells_no_act(const sctx *s, size_t f)
{
    const fmatch *m = &s->fm[f];
    if (!m->p || m->p->nocode || m->consumed) return 1;
    if (wrong_sense(s, f)) return 1;
    /* "Trump's norm-defying qualities", "a Saudi-led coalition": a verb closing a hyphenated
       modifier tells no act */
    uint32_t pw = s->lo + s->fr[f].pred;
    if (s->fr[f].pred >= 2 && s->t->toks[pw - 1].len == 1 &&
        s->t->text[s->t->toks[pw - 1].off] == '-' &&
        s->t->toks[pw - 1].off == s->t->toks[pw - 2].off + s->t->toks[pw - 2].len &&
        s->t->toks[pw].off == s->t->toks[pw - 1].off + 1 &&
        !(rel_of(s, s->fr[f].pred - 2) == TC_REL_COMPOUND &&
          head_of(s, s->fr[f].pred - 2) == s->fr[f].pred)) /* (not "tear-gassed": one verb) */
        return 1;
    /* "the banned group", "the occupied territories": a participle before its noun names a
       state, not an act of the sentence */
    if (rel_of(s, s->fr[f].pred) == TC_REL_AMOD) return 1;
    /* "her clients include jailed publisher X", read with "include" as the passive's
       auxiliary: a participle after a verb that is no auxiliary describes the noun after it */
    static const char *const passive_aux[] = {"be", "get", "become", NULL};
    for (uint32_t i = s->first[s->fr[f].pred]; i < s->first[s->fr[f].pred + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_AUX_PASS && !lemma_in(s, s->kids[i], passive_aux))
            return 1;
    if (!people_object(s, f) || !left_place(s, f)) return 1;
    return 0;
}
