/* code_force: force whose author the sentence does not name. Force undergone with no one named
 * ("came under fire", "a convoy was attacked"), force whose subject is its means ("a car bomb
 * killed seven"), coding by the means a passive's agent names, force in words ("came under
 * fire from critics": 111), taking a vehicle (hijacking, 181) and a death in a fight
 * (fighting, 19). Part of the coder (code_int.h); tc_code_frame (code_target.c) calls it. */
#include "code_int.h"

#include <string.h>
/* Means and acts of force that stand as a subject for an author the sentence does not name
 * ("a car bomb", "an airstrike", "the shelling"). */
const char *const tc_code_force_nouns[] = {
    "bomb",      "bombing",   "blast",       "explosion", "explosive", "attack",    "strike",
    "airstrike", "shelling",  "missile",     "rocket",    "shell",     "mortar",    "drone",
    "raid",      "ambush",    "gunfire",     "fire",      "grenade",   "mine",      "landmine",
    "ied",       "offensive", "operation",   "assault",   "campaign",  "incursion", "invasion",
    "bomber",    "assailant", "bombardment", "device",    NULL};

/* The noun of what frame f's subject underwent, for a pattern of "@undergo" or "$": what it
 * came "under" ("came under fire"), else its object ("suffered an attack"); UINT32_MAX when
 * none. */
static uint32_t undergone(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    uint32_t obj = UINT32_MAX;
    if (!s->fm[f].p || !s->fm[f].p->undergo || (fr->flags & TC_FR_PASSIVE)) return UINT32_MAX;
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        if (rel_of(s, c) == TC_REL_OBL && cw && !strcmp(cw, "under")) return c;
        if (rel_of(s, c) == TC_REL_OBJ && obj == UINT32_MAX) obj = c;
    }
    return obj;
}

/* Is frame f an act of force (18x-20x) whose subject is such a means, with no actor of its
 * own? */
static int force_word(const sctx *s, uint32_t w)
{
    return s->ment[w] == NO_MENTION &&
           (base_in(s, w, tc_code_force_nouns) || tc_code_instrument_noun(s, w));
}

/* "A Pakistani army convoy was attacked near Quetta", "Kharkiv was shelled overnight": a
 * passive of a verb that is itself an act of force (attack, raid, storm; ambush, shell,
 * bombard, bomb, strafe, kidnap, abduct), with no agent and no means named, is force undergone
 * with no one named, as "came under attack" (session of 2026-12-07, the thirteenth, branch
 * refs13). Not when what was attacked is an act, a text or an idea ("the plan was attacked"),
 * nor when told "over", "for" or "about" a matter ("was attacked over his remarks"), nor, for
 * attack, raid and storm, when the subject is an actor that is attacked in words or searched
 * by police as often as by force (a person, a government, a party, the courts, the media, an
 * organisation). */
/* Does a mention lie on subject noun w or its modifiers ("a Chilean army convoy", "the
 * Peruvian town of Tacna")? */
static int subject_placed(const sctx *s, uint32_t w)
{
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        if ((r == TC_REL_AMOD || r == TC_REL_COMPOUND || r == TC_REL_NMOD ||
             r == TC_REL_NMOD_POSS) &&
            (s->ment[c] != NO_MENTION || subject_placed(s, c)))
            return 1;
    }
    return 0;
}

/* (thirteenth session, conflict13) "two people were shot dead during a protest", "were gunned
 * down": "were killed" is force only amid strife its clause names ("killed during a protest",
 * "in clashes"), not in a crash or a flood. Is verb p of killing told amid strife? */
static int amid_strife(const sctx *s, uint32_t p)
{
    static const char *const strife[] = {
        "protest",   "protests",  "demonstration", "demonstrations", "clash",
        "clashes",   "fighting",  "violence",      "unrest",         "riot",
        "riots",     "rioting",   "crackdown",     "gunfight",       "shootout",
        "crossfire", "firefight", "skirmish",      "skirmishes",     "rally",
        "march",     "uprising",  "raid",          "standoff",       NULL};
    static const char *const kill[] = {"kill", "shoot", "gun", NULL};
    int amid = 0;
    for (uint32_t i = s->first[p]; i < s->first[p + 1] && lemma_in(s, p, kill); i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        amid |= rel_of(s, c) == TC_REL_OBL && cw &&
                (!strcmp(cw, "in") || !strcmp(cw, "during") || !strcmp(cw, "at")) &&
                in_words(norm_of(s, c), strife);
    }
    return amid;
}

/* Is verb p told "over", "for" or "about" a matter ("was attacked over his remarks")? */
static int over_matter(const sctx *s, uint32_t p)
{
    static const char *const matters[] = {"over", "for", "about", NULL};
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        if (rel_of(s, c) == TC_REL_OBL && cw && in_words(cw, matters) && !tc_code_when_over(s, c))
            return 1;
    }
    return 0;
}

/* Is dependent c "in" a place: a mention, a placed noun or a place word? */
static int in_a_place(const sctx *s, uint32_t c)
{
    const char *cw = case_word(s, c);
    return cw && !strcmp(cw, "in") &&
           (s->ment[c] != NO_MENTION || subject_placed(s, c) || tc_code_place_on(s, c));
}

/* Are the victims (mention who) of verb p placed? A state's people or agents are; people of no
 * state, "67 people", "aid workers", only by a place "in" their own clause: not by one another
 * clause names, as the agentless releases of passive12. */
static int victims_placed(const sctx *s, uint32_t p, const tc_mention *who, int amid)
{
    int placed = !who || strncmp(who->code, "---", 3);
    for (uint32_t i = s->first[p]; i < s->first[p + 1] && !placed; i++) {
        uint32_t c = s->kids[i];
        placed = rel_of(s, c) == TC_REL_OBL && in_a_place(s, c);
        /* (or the place of the strife it was amid, "killed during clashes in Khartoum", or
           the place hung on "dead": "were shot dead in Khartoum") */
        int through = (amid && rel_of(s, c) == TC_REL_OBL) || rel_of(s, c) == TC_REL_XCOMP;
        for (uint32_t j = s->first[c]; through && j < s->first[c + 1] && !placed; j++) {
            uint32_t d = s->kids[j];
            placed =
                (rel_of(s, d) == TC_REL_NMOD || rel_of(s, d) == TC_REL_OBL) && in_a_place(s, d);
        }
    }
    return placed;
}

/* Is who a target attacked in words or searched by police as often as by force: a person, a
 * government, a party, the courts, the media, an organisation? */
static int words_target(const tc_mention *who)
{
    static const char *const speakers[] = {"GOV", "LEG", "OPP", "PTY", "JUD", "MED", "NGO",
                                           "EDU", "REL", "BUS", "HRI", "LAB", "ELI", NULL};
    return who->kind == TC_KIND_PERSON || !strncmp(who->code, "IGO", 3) ||
           !strncmp(who->code, "NGO", 3) || !strncmp(who->code, "---", 3) ||
           (who->kind == TC_KIND_METONYM && strlen(who->code) == 6) || sector_in(who, speakers);
}

/* Is frame f force undergone with no one named (the comment above subject_placed)? */
static int force_undergone(const sctx *s, size_t f)
{
    static const char *const verbs[] = {"attack", "raid", "storm", NULL};
    /* (force only, whoever undergoes it: "the journalist was kidnapped", "were lynched") */
    static const char *const force[] = {"ambush", "shell",  "bomb",     "bombard", "strafe",
                                        "kidnap", "abduct", "shoot",    "behead",  "lynch",
                                        "gun",    "stab",   "massacre", NULL};
    const tc_frame *fr = &s->fr[f];
    uint32_t p = fr->pred;
    int amid = amid_strife(s, p);
    if (!(fr->flags & TC_FR_PASSIVE) || fr->nagent || fr->nsubj != 1 ||
        s->tr.w[p].upos != TC_UPOS_VERB ||
        (!lemma_in(s, p, verbs) && !lemma_in(s, p, force) && !amid))
        return 0;
    /* (an act told only as the time of another, "X withdrew after four Y were abducted",
       gives no event of its own with no one named) */
    static const char *const times[] = {"after", "before", "since", "until", NULL};
    if (fr->gov_rel == TC_REL_ADVCL && fr->mark != TC_FRAME_NONE &&
        in_words(norm_of(s, fr->mark), times))
        return 0;
    uint32_t w = fr->subj[0].word;
    /* (the victims named by the subject itself, a state's people or agents: not "67 people"
       placed by a state another clause names) */
    if (s->ment[w] == NO_MENTION && !subject_placed(s, w)) return 0;
    const char *nc = s->tr.w[w].upos == TC_UPOS_NOUN ? tc_code_noun_class(s, w) : NULL;
    if (nc && (!strcmp(nc, "noun.act") || !strcmp(nc, "noun.communication") ||
               !strcmp(nc, "noun.cognition")))
        return 0;
    if (over_matter(s, p)) return 0;
    const tc_mention *who = mention_at(s, s->ment[w]);
    if (!victims_placed(s, p, who, amid)) return 0;
    if (who && !lemma_in(s, p, force) && !amid && words_target(who)) return 0;
    return 1;
}

/* The word of force acting with no author named: the subject ("a car bomb exploded,
 * killing ..."), or for a passive with no agent the force its clause names ("two people were
 * killed when a bomb exploded", "were killed in an explosion"); UINT32_MAX when none. */
static uint32_t unnamed_force(const sctx *s, size_t f)
{
    int root = code_root(s->fm[f].code);
    const tc_frame *fr = &s->fr[f];
    if (root < 18 || !fr->nsubj) return UINT32_MAX;
    /* "the convoy came under attack", "suffered a drone attack": the force the subject
       underwent, the pattern's last word */
    if (s->fm[f].p && s->fm[f].p->undergo && !(fr->flags & TC_FR_PASSIVE)) {
        uint32_t u = undergone(s, f);
        return u != UINT32_MAX && base_in(s, u, tc_code_force_nouns) ? u : UINT32_MAX;
    }
    if (!(fr->flags & TC_FR_PASSIVE))
        return fr->nsubj == 1 && force_word(s, fr->subj[0].word) ? fr->subj[0].word : UINT32_MAX;
    /* "five policemen were killed by a roadside bomb": a means of force named as the agent,
       no actor, is the force acting with no author, as in the active "a roadside bomb killed
       five policemen" (groups18: agentless force) */
    if (fr->nagent)
        return fr->nagent == 1 && force_word(s, fr->agent[0].word) ? fr->agent[0].word : UINT32_MAX;
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
            if ((rel_of(s, s->kids[j]) == TC_REL_NSUBJ ||
                 rel_of(s, s->kids[j]) == TC_REL_OBJ) && /* "when their truck hit a mine" */
                force_word(s, s->kids[j]))
                return s->kids[j];
    }
    return force_undergone(s, f) ? p : UINT32_MAX;
}

/* The finer code of force by its means ("a car bomb" 1832, "a suicide attack" 1831, "a
 * roadside bomb" 1833, "an airstrike" 195, "shelling" 194): for root 18 (not its acts on the
 * victims, 181, 1821, 1822, 184-186) and 19, and for a
 * killing of many (202, "hundreds were killed") whose only author is such a means: "hundreds
 * have been killed in suicide attacks" is suicide bombing told as a toll, not a massacre. */
static const char *by_means(const sctx *s, uint32_t w, const char *code)
{
    static const char *const bombs[] = {"bomb",      "bombing", "blast", "explosion",
                                        "explosive", "ied",     "mine",  "landmine",
                                        "grenade",   "device",  NULL};
    static const char *const strikes[] = {"airstrike", NULL};
    static const char *const shells[] = {"shelling", "shell",     "rocket", "missile",
                                         "mortar",   "artillery", NULL};
    int root = code_root(code), suicide = 0, car = 0, roadside = 0, by_air = 0;
    if (root != 18 && root != 19 && strcmp(code, "202")) return code;
    /* what is done to the victims is no means: "suicide bombers held passengers as human
       shields" is 184, "a suicide bomber abducted two officials" 181, not a bombing (read15) */
    static const char *const acts[] = {"181", "1821", "1822", "184", "185", "186", NULL};
    for (size_t k = 0; acts[k]; k++)
        if (!strncmp(code, acts[k], strlen(acts[k]))) return code;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) != TC_REL_COMPOUND && rel_of(s, c) != TC_REL_AMOD) continue;
        const char *l = s->tr.w[c].lemma;
        suicide |= !strcmp(l, "suicide");
        car |= !strcmp(l, "car") || !strcmp(l, "truck") || !strcmp(l, "vehicle");
        roadside |= !strcmp(l, "roadside");
        by_air |= !strcmp(l, "air") || !strcmp(l, "drone");
    }
    if (base_in(s, w, bombs) ||
        (suicide && (base_in(s, w, tc_code_force_nouns) ||
                     base_in(s, w, tc_code_aircraft)))) /* "a suicide bomber" */
        return suicide ? "1831" : car ? "1832" : roadside ? "1833" : "183";
    if (base_in(s, w, tc_code_aircraft) || base_in(s, w, strikes) || by_air) return "195";
    if (base_in(s, w, shells)) return "194";
    return code;
}

/* Senses a pattern's words do not tell apart, by what stands around the predicate: is frame f
 * no event of its code? */
/* "The minister came under fire from lawmakers over the budget": the fire a subject comes under
 * is words (criticism, 111) when told "over" or "for" a matter, or when who fires it cannot
 * shoot (lawmakers, the opposition, a party, courts, the press, a government's own name, groups
 * of no state, bodies of states), or, with no one named, when the subject is such an actor
 * itself, not its convoy, troops or base. src: the "$" actor or NULL. */
int tc_code_fire_of_words(const sctx *s, size_t f, const tc_mention *src)
{
    const tc_frame *fr = &s->fr[f];
    uint32_t u = undergone(s, f);
    static const char *const hits[] = {"fire", "attack", "assault", NULL};
    if (u == UINT32_MAX || !lemma_in(s, u, hits)) return 0;
    /* "the plan came under attack": a plan, a law or a decision is attacked in words */
    const char *nc = fr->nsubj && s->tr.w[fr->subj[0].word].upos == TC_UPOS_NOUN
                         ? tc_code_noun_class(s, fr->subj[0].word)
                         : NULL;
    if (nc && (!strcmp(nc, "noun.act") || !strcmp(nc, "noun.communication") ||
               !strcmp(nc, "noun.cognition")))
        return 1;
    /* ... and by those who speak, named by a noun no dictionary places ("from left-wing
       lawmakers", "from critics") */
    static const char *const talkers[] = {
        "lawmaker",   "legislator", "critic",     "opposition", "activist",  "commentator",
        "politician", "senator",    "parliament", "congress",   "media",     "press",
        "campaigner", "opponent",   "rival",      "analyst",    "economist", "union",
        "church",     "group",      "party",      "official",   "minister",  "leader",
        "deputy",     "mp",         NULL};
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        if (rel_of(s, c) == TC_REL_OBL && cw && (!strcmp(cw, "from") || !strcmp(cw, "by")) &&
            lemma_in(s, c, talkers))
            return 1;
    }
    static const char *const matters[] = {"over", "for", "about", NULL};
    /* (not a span of time: "for two hours", "over the weekend") */
    static const char *const spans[] = {
        "second", "minute", "hour",   "day",    "night",   "week",    "weekend", "month", "year",
        "time",   "while",  "period", "decade", "stretch", "morning", "evening", NULL};
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        if (rel_of(s, c) == TC_REL_OBL && cw && in_words(cw, matters) && !tc_code_when_over(s, c) &&
            !lemma_in(s, c, spans))
            return 1;
    }
    for (uint32_t i = s->first[u]; i < s->first[u + 1]; i++) {
        const char *cw = case_word(s, s->kids[i]);
        if (rel_of(s, s->kids[i]) == TC_REL_NMOD && cw && in_words(cw, matters) &&
            !lemma_in(s, s->kids[i], spans))
            return 1;
    }
    static const char *const speakers[] = {"LEG", "OPP", "PTY", "JUD", "MED", "NGO", "EDU",
                                           "REL", "BUS", "HRI", "LAB", "CVL", "ELI", NULL};
    const tc_mention *who = src;
    if (!who && fr->nsubj) who = mention_at(s, s->ment[fr->subj[0].word]);
    if (!who) return 0;
    return !strncmp(who->code, "IGO", 3) || !strncmp(who->code, "NGO", 3) ||
           sector_in(who, speakers) || (strlen(who->code) == 6 && sector_is(who, "GOV"));
}

/* Does frame f take a vehicle: its object, or what its "over" opens? */
int tc_code_vehicle_taken(const sctx *s, size_t f)
{
    static const char *const vehicles[] = {"train", "express", "plane",  "aircraft", "airliner",
                                           "ship",  "vessel",  "tanker", "ferry",    "bus",
                                           "boat",  "flight",  "jet",    NULL};
    uint32_t ob = s->fr[f].nobj ? s->fr[f].obj[0].word : 0;
    int taken = s->fr[f].nobj; /* (or "took over[case] a ferry[obl]", as the parse reads it) */
    for (uint8_t i = 0; i < s->fr[f].nobl; i++)
        if (s->fr[f].obl[i].prep != TC_FRAME_NONE && word_is(s, s->fr[f].obl[i].prep, "over")) {
            ob = s->fr[f].obl[i].word;
            taken = 1;
            break;
        }
    return taken && (lemma_in(s, ob, vehicles) || in_words(norm_of(s, ob), vehicles));
}

/* Was frame f's killing one in a fight: a passive kill with "in" or "during" a battle, a clash
 * or an exchange of fire ("was killed in a gun battle with police")? A death in combat is
 * fighting (19), not an assassination or a killing by assault (18) (prec18). */
static int died_fighting(const sctx *s, size_t f)
{
    static const char *const fights[] = {"battle", "gunbattle", "gunfight", "firefight", "shootout",
                                         "clash",  "fighting",  "skirmish", "crossfire", NULL};
    static const char *const kills[] = {"1823", "186", NULL};
    const tc_frame *fr = &s->fr[f];
    if (!(fr->flags & TC_FR_PASSIVE) || !in_words(s->fm[f].code, kills)) return 0;
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        if (rel_of(s, c) == TC_REL_OBL && cw && (!strcmp(cw, "in") || !strcmp(cw, "during")) &&
            (lemma_in(s, c, fights) || in_words(norm_of(s, c), fights)))
            return 1;
    }
    return 0;
}

/* For frame f with no source (*pns 0), the author of its force into src (or its means' words
 * as the source's, s->bare_src); with a means named as a passive's agent, the code the means
 * gives. *pcode, *pinfo: the code emitted, updated. Returns 0 when it has no source and no
 * word of force. */
int tc_code_means_of_force(sctx *s, size_t f, int32_t *src, size_t *pns, const char **pcode,
                           const tc_cameo **pinfo)
{
    const fmatch *m = &s->fm[f];
    size_t ns = *pns;
    const char *code = *pcode;
    const tc_cameo *info = *pinfo;
    if (!ns) {
        uint32_t fw = unnamed_force(s, f);
        if (fw == UINT32_MAX) return 0;
        src[ns] = tc_code_force_author(s, fw);        /* "airstrikes by the army" */
        if (src[ns] == NO_MENTION && s->fr[f].nagent) /* the same, read as a passive's agent */
            src[ns] = tc_code_first_arg_mention(s, s->fr[f].agent, s->fr[f].nagent);
        /* (no author: the source's words are the means, "a suicide bomber in Kabul", with no
           code, as a one-sided event keeps the words it aims at) */
        /* (a verb of force with no means named, "was attacked": no words of its source, and
           the verb's own code is its means) */
        int verb = fw == s->fr[f].pred;
        if (src[ns] == NO_MENTION && !verb)
            s->bare_src = tc_code_phrase_span(s, fw), s->bare_src_f = f;
        ns++;
        code = verb ? code : by_means(s, fw, code);
        if (code != m->code && s->c->cameo && tc_cameo_get(s->c->cameo, code))
            info = tc_cameo_get(s->c->cameo, code);
        else
            code = m->code;
    } else {
        /* "a base was hit by an Israeli airstrike": a means of force named as the agent, its
           author on it, codes the force by the means (195), as with no author named */
        const tc_frame *fa = &s->fr[f];
        uint32_t means = (fa->flags & TC_FR_PASSIVE) && fa->nagent ? fa->agent[0].word : UINT32_MAX;
        int named = means != UINT32_MAX && base_in(s, means, tc_code_force_nouns);
        const char *c = named ? by_means(s, means, code) : code;
        if (died_fighting(s, f)) c = "190";
        if (c != code && s->c->cameo && tc_cameo_get(s->c->cameo, c)) {
            code = c;
            info = tc_cameo_get(s->c->cameo, c);
        }
    }
    *pns = ns;
    *pcode = code;
    *pinfo = info;
    return 1;
}
