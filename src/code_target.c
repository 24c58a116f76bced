/* code_target: the event of one frame, from its pattern to its events. Senses its words do not
 * tell apart, objects that are no people, force with no author named (by its means),
 * targets from the place the clause names, what a one-sided event aims at when no
 * dictionary codes it (a bare target or a matter), and the sources and targets of each
 * event. Part of the coder (code_int.h). */
#include "code_int.h"

#include <stdio.h>
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

static int force_undergone(const sctx *s, size_t f)
{
    static const char *const verbs[] = {"attack", "raid", "storm", NULL};
    /* (force only, whoever undergoes it: "the journalist was kidnapped") */
    static const char *const force[] = {"ambush", "shell",  "bomb",     "bombard", "strafe",
                                        "kidnap", "abduct", "shoot",    "behead",  "lynch",
                                        "gun",    "stab",   "massacre", NULL};
    /* (thirteenth session, conflict13) "two people were shot dead during a protest", "were
       gunned down", "were lynched": the act of force itself; "were killed" only amid strife
       its clause names ("killed during a protest", "in clashes"), not in a crash or a flood */
    static const char *const strife[] = {
        "protest",   "protests",  "demonstration", "demonstrations", "clash",
        "clashes",   "fighting",  "violence",      "unrest",         "riot",
        "riots",     "rioting",   "crackdown",     "gunfight",       "shootout",
        "crossfire", "firefight", "skirmish",      "skirmishes",     "rally",
        "march",     "uprising",  "raid",          "standoff",       NULL};
    static const char *const matters[] = {"over", "for", "about", NULL};
    static const char *const speakers[] = {"GOV", "LEG", "OPP", "PTY", "JUD", "MED", "NGO",
                                           "EDU", "REL", "BUS", "HRI", "LAB", "ELI", NULL};
    const tc_frame *fr = &s->fr[f];
    uint32_t p = fr->pred;
    static const char *const kill[] = {"kill", "shoot", "gun", NULL};
    int amid = 0;
    for (uint32_t i = s->first[p]; i < s->first[p + 1] && lemma_in(s, p, kill); i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        amid |= rel_of(s, c) == TC_REL_OBL && cw &&
                (!strcmp(cw, "in") || !strcmp(cw, "during") || !strcmp(cw, "at")) &&
                in_words(norm_of(s, c), strife);
    }
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
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        if (rel_of(s, c) == TC_REL_OBL && cw && in_words(cw, matters) && !tc_code_when_over(s, c))
            return 0;
    }
    const tc_mention *who = mention_at(s, s->ment[w]);
    /* (people of no state, "67 people", "aid workers", placed only by a place "in" their own
       clause: not by one another clause names, as the agentless releases of passive12) */
    int placed = !who || strncmp(who->code, "---", 3);
    for (uint32_t i = s->first[p]; i < s->first[p + 1] && !placed; i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        placed = rel_of(s, c) == TC_REL_OBL && cw && !strcmp(cw, "in") &&
                 (s->ment[c] != NO_MENTION || subject_placed(s, c) || tc_code_place_on(s, c));
        /* (or the place of the strife it was amid, "killed during clashes in Khartoum", or
           the place hung on "dead": "were shot dead in Khartoum") */
        int through = (amid && rel_of(s, c) == TC_REL_OBL) || rel_of(s, c) == TC_REL_XCOMP;
        for (uint32_t j = s->first[c]; through && j < s->first[c + 1] && !placed; j++) {
            uint32_t d = s->kids[j];
            const char *dw = case_word(s, d);
            placed = (rel_of(s, d) == TC_REL_NMOD || rel_of(s, d) == TC_REL_OBL) && dw &&
                     !strcmp(dw, "in") &&
                     (s->ment[d] != NO_MENTION || subject_placed(s, d) || tc_code_place_on(s, d));
        }
    }
    if (!placed) return 0;
    if (who && !lemma_in(s, p, force) && !amid &&
        (who->kind == TC_KIND_PERSON || !strncmp(who->code, "IGO", 3) ||
         !strncmp(who->code, "NGO", 3) || !strncmp(who->code, "---", 3) ||
         (who->kind == TC_KIND_METONYM && strlen(who->code) == 6) || sector_in(who, speakers)))
        return 0;
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

/* Senses a pattern's words do not tell apart, by what stands around the predicate: is frame f
 * no event of its code? */
/* "The minister came under fire from lawmakers over the budget": the fire a subject comes under
 * is words (criticism, 111) when told "over" or "for" a matter, or when who fires it cannot
 * shoot (lawmakers, the opposition, a party, courts, the press, a government's own name, groups
 * of no state, bodies of states), or, with no one named, when the subject is such an actor
 * itself, not its convoy, troops or base. src: the "$" actor or NULL. */
static int fire_of_words(const sctx *s, size_t f, const tc_mention *src)
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
                    s->ment[sj] == NO_MENTION && (s->frame_of[c] < 0 || !s->fm[s->frame_of[c]].p))
                    return 1;
            }
        }
    return 0;
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
           other_sense(s, fr, m);
}

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
static int mutual_act(const sctx *s, size_t f, const int32_t *src, size_t ns, const int32_t *tgt,
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
static int joint_drill(const sctx *s, size_t f, const int32_t *src, size_t ns, size_t nt)
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
static size_t unnamed_targets(sctx *s, size_t f, const int32_t *src, size_t ns, int32_t *tgt)
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

/* Does frame f tell no act of its own: a pattern that codes nothing or is used up, a word in
 * another sense, a verb closing a hyphenated modifier, a participle naming a state, no people
 * its object needs, no place it needs left? */
static int tells_no_act(const sctx *s, size_t f)
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

/* The targets of frame f (src, ns, ms0: its sources, the first) into tgt, at most 8: those
 * its arguments name, agents kept where the predicate reaches them, whose act what is said of
 * is, whom a refusal refuses, whom a suit is against; their count. *sued: the words a suit is
 * against, when no dictionary knows them, or UINT32_MAX; *lone_source: whether a source of no
 * state may be looked for, the first target being one a reader can place. */
static size_t choose_targets(sctx *s, size_t f, const int32_t *src, size_t ns,
                             const tc_mention *ms0, int32_t *tgt, uint32_t *sued, int *lone_source)
{
    const fmatch *m = &s->fm[f];
    size_t nt = tc_code_targets(s, f, tgt, 8);
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

/* Frame f's nt targets in tgt, those opened by "against" dropped when cooperation names its
 * partner with "with": their count. */
static size_t drop_opposed(const sctx *s, size_t f, int32_t *tgt, size_t nt)
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
static int agentless_sources(sctx *s, size_t f, const tc_mention *ms0, int lone_source,
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

/* Does frame f take a vehicle: its object, or what its "over" opens? */
static int vehicle_taken(const sctx *s, size_t f)
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
static int means_of_force(sctx *s, size_t f, int32_t *src, size_t *pns, const char **pcode,
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
static size_t purpose_targets(sctx *s, size_t f, const tc_mention *ms0, int32_t *tgt)
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

/* Emits frame f's act from each source to each target (src, ns, tgt, nt; code, info: its
 * code), with the other side's act its pattern pairs with it (a visit's hosting) and a
 * co-signer's signing. */
static void emit_pairs(sctx *s, size_t f, const int32_t *src, size_t ns, const int32_t *tgt,
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

/* "demanded that the prime minister apologize for remarks about Chilean workers", "demanded
 * that President X resign over the crisis with Chile": a demand or an appeal with no object
 * of its own is aimed at the subject of the "that" clause it governs (its hints), not at an
 * actor the search found deeper in that clause. The nt targets in tgt, replaced: their count. */
static size_t clause_subject_targets(const sctx *s, size_t f, int32_t *tgt, size_t nt)
{
    const fmatch *m = &s->fm[f];
    if (!nt || !m->hint_subj || !m->nhint || s->fr[f].nobj) return nt;
    for (size_t b = 0; b < nt; b++)
        for (size_t h = 0; h < m->nhint; h++)
            if (tgt[b] == m->hint[h]) return nt;
    memcpy(tgt, m->hint, m->nhint * sizeof *tgt);
    return m->nhint;
}

/* "Peru and its allies agreed to stage a joint exercise": an act done together (agreeing,
 * meeting, cooperating: roots 03-06, 057 or 050 of 05, breaking relations 161) by a compound
 * subject one of whose conjuncts no dictionary codes ("its allies", "several partners") is
 * still aimed at that companion: its words, with no code (with17). The word of that conjunct,
 * or UINT32_MAX when the act is not such or every conjunct is coded. */
static uint32_t uncoded_companion(const sctx *s, size_t f, size_t ns)
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

void tc_code_frame(sctx *s, size_t f)
{
    /* a clause of agents may keep them as a sentence of agents does (agents_coded,
       code_emit.c's lone_agent_of) */
    s->agents_clause = !s->agents_only && clause_of_agents(s, f);
    frame_coded(s, f);
    s->agents_clause = 0;
}

static void frame_coded(sctx *s, size_t f)
{
    fmatch *m = &s->fm[f];
    if (tells_no_act(s, f)) return;
    int32_t src[8], tgt[8];
    src[0] = tgt[0] = NO_MENTION; /* (no source found: the helpers reading src[0] see none) */
    size_t ns = tc_code_sources(s, f, src, 8);
    if (fire_of_words(s, f, ns ? mention_at(s, src[0]) : NULL)) {
        if (!ns || !s->c->cameo || !tc_cameo_get(s->c->cameo, "111")) return; /* no critic */
        snprintf(m->code, sizeof m->code, "111");
        m->info = tc_cameo_get(s->c->cameo, "111");
    }
    set_modes(s, m->code);
    const tc_mention *ms0 = ns ? mention_at(s, src[0]) : NULL;
    if (sent_home(s, f, ms0)) return;
    set_stances(s, f, ms0);
    uint32_t sued;
    int lone_source;
    size_t nt = choose_targets(s, f, src, ns, ms0, tgt, &sued, &lone_source);
    clear_modes(s);
    if (ns && !tc_code_acting_subject(s, f)) ns = 0;
    nt = drop_opposed(s, f, tgt, nt);
    nt = clause_subject_targets(s, f, tgt, nt);
    if (sued != UINT32_MAX && ns) {
        s->bare = tc_code_phrase_span(s, sued);
        for (size_t a = 0; a < ns; a++) tc_code_emit(s, f, src[a], NO_MENTION, m->code, m->info);
        s->bare = (tc_span){0, 0};
        return;
    }
    if (!agentless_sources(s, f, ms0, lone_source, src, &ns, tgt, &nt)) return;
    /* "a car bomb exploded, killing seven people in Mogadishu": force whose author the
       sentence does not name still has its victims */
    if (!ns && !nt) return;
    const char *code = m->code;
    const tc_cameo *info = m->info;
    /* "took over the Jaffar Express", "seized a tanker": taking a vehicle is hijacking (181),
       not occupying territory */
    if (!strncmp(code, "192", 3) && vehicle_taken(s, f) && s->c->cameo &&
        tc_cameo_get(s->c->cameo, "181")) {
        code = "181";
        info = tc_cameo_get(s->c->cameo, code);
    }
    if (!means_of_force(s, f, src, &ns, &code, &info)) return;
    if (!nt) {
        memcpy(tgt, m->hint, m->nhint * sizeof *tgt);
        nt = m->nhint;
    }
    nt = drop_destinations(s, code, tgt, nt);
    const tc_frame *fr = &s->fr[f];
    if (!nt) nt = purpose_targets(s, f, ms0, tgt);
    const tc_cameo *joint =
        s->c->cameo && joint_drill(s, f, src, ns, nt) ? tc_cameo_get(s->c->cameo, "062") : NULL;
    if (joint) {
        for (size_t a = 0; a < ns; a++)
            for (size_t b = 0; b < ns; b++)
                if (a != b) tc_code_emit(s, f, src[a], src[b], "062", joint);
        return;
    }
    if (mutual_act(s, f, src, ns, tgt, nt)) {
        for (size_t a = 0; a < ns; a++)
            for (size_t b = 0; b < ns; b++)
                if (a != b) tc_code_emit(s, f, src[a], src[b], m->code, m->info);
        return;
    }
    if (!nt) nt = unnamed_targets(s, f, src, ns, tgt);
    nt = petrarch_targets(s, fr, tgt, nt);
    if (!nt && m->bare_subj && ns) { /* "demanded that the prime minister apologize" */
        s->bare = tc_code_phrase_span(s, m->bare_subj - 1);
        for (size_t a = 0; a < ns; a++) tc_code_emit(s, f, src[a], NO_MENTION, code, info);
        s->bare = (tc_span){0, 0};
        return;
    }
    uint32_t mate = nt ? UINT32_MAX : uncoded_companion(s, f, ns);
    if (mate != UINT32_MAX) { /* "Peru and its allies agreed to stage a joint exercise" */
        s->bare = tc_code_phrase_span(s, mate);
        tc_code_emit(s, f, src[0], NO_MENTION, code, info);
        s->bare = (tc_span){0, 0};
        return;
    }
    if (!nt) {
        emit_targetless(s, f, src, ns, code, info);
        return;
    }
    emit_pairs(s, f, src, ns, tgt, nt, code, info);
}
