/* code_nouns: events named by nouns, and judgments told by an adjective ("said the tariffs
 * were unjustified"). An event noun with its agent and its patient
 * ("Azerbaijan's blockade of Armenia", "the shelling of X by Y"), one an announcing verb takes
 * as object ("announced a suspension of aid to X", read with the verb's patterns), and fighting
 * between sides ("clashes broke out between A and B"); each takes the mood of its clause. Part
 * of the coder (code_int.h). */
#include "code_int.h"

#include <pthread.h>
#include <string.h>

/* Words that judge what they are said of are the verb dictionary's list "judgment"
 * (data/verbs.txt, docs/verbs.md "Word lists"), read by its patterns too ("call * <judgment.
 * name>"). The uses the coder reads: "blame", adjectives that blame (111: "said the decision
 * was unjustified"); "noun", nouns that blame so, said of an act ("was a violation of the
 * treaty"); "alarm", adjectives of alarm said of another's act, the concern of "expressed
 * concern over" (110: "said Togo's missile tests were deeply troubling"; critic17); "praise"
 * (051); "worry", a state of concern said of its holder ("was concerned about", "is alarmed
 * by"), and of disappointment, as "express disappointment" is 110 ("Ghana is deeply
 * disappointed by Togo's decision"; fourteenth session, recall6). */
#define JUDGMENT "judgment"

static const tc_verbs *default_lists;
static pthread_once_t default_lists_once = PTHREAD_ONCE_INIT;

static void load_default_lists(void)
{
    default_lists = tc_verbs_load_lists(TC_DATADIR "/verbs.txt", NULL);
}

/* The coder's word lists: its verb dictionary's, else (a dictionary of another format,
 * PETRARCH's or TABARI's, or a test's) those of data/verbs.txt, read once. */
static const tc_verbs *word_lists(const tc_coder *c)
{
    if (tc_verbs_has_list(c->verbs, JUDGMENT)) return c->verbs;
    pthread_once(&default_lists_once, load_default_lists);
    return default_lists;
}

int tc_code_listed(const tc_coder *c, const char *use, const char *w, size_t n)
{
    return tc_verbs_listed(word_lists(c), JUDGMENT, use, w, n);
}

/* Is word w (a lemma or a norm) a judging word of that use? */
static int judging(const sctx *s, const char *w, const char *use)
{
    return tc_code_listed(s->c, use, w, strlen(w));
}

/* Event nouns whose verb is another word ("the invasion of X" is invade's); nouns that are a
 * verb's own form ("blockade", "attack", "shelling", "visit") need no entry. */
static const char *const deverbal[][2] = {
    {"invasion", "invade"},       {"occupation", "occupy"},      {"deportation", "deport"},
    {"expulsion", "expel"},       {"withdrawal", "withdraw"},    {"assassination", "assassinate"},
    {"abduction", "abduct"},      {"detention", "detain"},       {"bombardment", "bombard"},
    {"annexation", "annex"},      {"condemnation", "condemn"},   {"evacuation", "evacuate"},
    {"seizure", "seize"},         {"persecution", "persecute"},  {"recognition", "recognize"},
    {"mediation", "mediate"},     {"intervention", "intervene"}, {"destruction", "destroy"},
    {"liberation", "liberate"},   {"imprisonment", "imprison"},  {"execution", "execute"},
    {"suspension", "suspend"},    {"deployment", "deploy"},      {"cancellation", "cancel"},
    {"imposition", "impose"},     {"resumption", "resume"},      {"closure", "close"},
    {"restoration", "restore"},   {"extradition", "extradite"},  {"severance", "sever"},
    {"termination", "terminate"}, {"postponement", "postpone"},  {"reduction", "reduce"},
    {"lifting", "lift"},          {"delivery", "deliver"},       {"provision", "provide"},
    {"donation", "donate"},       {"freezing", "freeze"},        {"activation", "activate"},
    {"mobilization", "mobilize"}, {"mobilisation", "mobilise"},  {"killing", "kill"},
    {"coercion", "coerce"},       {"aggression", "attack"},      {"shipment", "ship"},
    {"rejection", "reject"},      {"threat", "threaten"},
};

/* Nouns that name a hostile act only with a word that says which, aimed "against" or "on"
 * someone: "China's punitive measures against Australia" (sanctions), "Kenya's military
 * operation against al-Shabab", "the army's offensive against the rebels" (force). */
static const struct {
    const char *noun, *verb;
    const char *const *amods; /* one of these must modify the noun; NULL: none needed */
} aimed_nouns[] = {
    {"measure", "sanction",
     (const char *const[]){"punitive", "retaliatory", "coercive", "economic", NULL}},
    {"countermeasure", "sanction", NULL},
    {"operation", "attack",
     (const char *const[]){"military", "armed", "ground", "air", "counterterrorism",
                           "counter-terrorism", "counterinsurgency", "counter-insurgency", NULL}},
    {"offensive", "attack", NULL},
};

/* Nouns of meeting and travel, whose verb is another word or a form with no bare pattern
 * ("talks" is no "talk"): "Rubio's talks with Lavrov" (040), "during a visit to Kenya" (042,
 * the host's 043). Their agent may be the subject of the clause they are the circumstance of
 * (meeting_agent). */
static const char *const meeting_nouns[][2] = {
    {"talks", "consult"},        {"talk", "consult"},          {"discussion", "consult"},
    {"consultation", "consult"}, {"negotiation", "negotiate"}, {"meeting", "meet"},
    {"summit", "meet"},          {"visit", "visit"},           {"trip", "visit"},
};

/* The verb meeting noun w names, or NULL. */
static const char *meeting_verb(const sctx *s, uint32_t w)
{
    const tc_token *t = &s->t->toks[s->lo + w];
    for (size_t i = 0; i < sizeof meeting_nouns / sizeof *meeting_nouns; i++)
        if (!strcmp(s->tr.w[w].lemma, meeting_nouns[i][0]) ||
            (t->nlen == strlen(meeting_nouns[i][0]) &&
             !memcmp(t->norm, meeting_nouns[i][0], t->nlen)))
            return meeting_nouns[i][1];
    return NULL;
}

/* The verb an aimed noun w names (its amods checked), or NULL. */
static const char *aimed_verb(const sctx *s, uint32_t w)
{
    for (size_t i = 0; i < sizeof aimed_nouns / sizeof *aimed_nouns; i++) {
        if (strcmp(s->tr.w[w].lemma, aimed_nouns[i].noun)) continue;
        if (!aimed_nouns[i].amods) return aimed_nouns[i].verb;
        for (uint32_t k = s->first[w]; k < s->first[w + 1]; k++)
            if ((rel_of(s, s->kids[k]) == TC_REL_AMOD ||
                 rel_of(s, s->kids[k]) == TC_REL_COMPOUND) &&
                lemma_in(s, s->kids[k], aimed_nouns[i].amods))
                return aimed_nouns[i].verb;
    }
    return NULL;
}

const char *tc_code_deverbal(const char *noun, size_t len)
{
    if (len > 1 && noun[len - 1] == 's') len--; /* "deportations" */
    for (size_t i = 0; len && i < sizeof deverbal / sizeof *deverbal; i++)
        if (deverbal[i][0][0] == noun[0] && strlen(deverbal[i][0]) == len &&
            !memcmp(noun, deverbal[i][0], len))
            return deverbal[i][1];
    /* (and the meeting nouns: "talks", "negotiations", "visit") */
    for (size_t i = 0; len && i < sizeof meeting_nouns / sizeof *meeting_nouns; i++) {
        if (strlen(meeting_nouns[i][0]) == len && !memcmp(noun, meeting_nouns[i][0], len))
            return meeting_nouns[i][1];
    }
    /* (and a war, a fight with no verb of its own: "the 2020 war between A and B") */
    if ((len == 3 && !memcmp(noun, "war", 3)) || (len == 8 && !memcmp(noun, "conflict", 8)))
        return "fight";
    /* (and the aimed nouns, for the parse's gate: "measures", "operation") */
    for (size_t i = 0; len && i < sizeof aimed_nouns / sizeof *aimed_nouns; i++)
        if (strlen(aimed_nouns[i].noun) == len && !memcmp(noun, aimed_nouns[i].noun, len))
            return aimed_nouns[i].verb;
    return NULL;
}

/* The patterns of the verb an event noun names (its deverbal entry, else its own form). */
static const tc_vform *noun_verb(const sctx *s, uint32_t w)
{
    const tc_token *t = &s->t->toks[s->lo + w];
    const char *mv = meeting_verb(s, w);
    if (mv) return tc_verbs_lookup(s->c->verbs, mv, strlen(mv));
    for (size_t i = 0; i < sizeof deverbal / sizeof *deverbal; i++)
        if (!strcmp(s->tr.w[w].lemma, deverbal[i][0]))
            return tc_verbs_lookup(s->c->verbs, deverbal[i][1], strlen(deverbal[i][1]));
    return tc_verbs_lookup(s->c->verbs, t->norm, t->nlen);
}

/* The first pattern of the verb event noun w names whose words (none before it; with
 * need_post, some after it) match the noun's phrase, into m; 0 when none. */
static int noun_match(sctx *s, uint32_t w, int need_post, fmatch *m)
{
    uint32_t at = 0, n = tc_code_phrase_of(s, w, &at);
    *m = (fmatch){.reporter = NO_MENTION};
    for (const tc_vform *vf = noun_verb(s, w); vf; vf = vf->next) {
        const tc_vpattern *p = tc_verbs_pattern(s->c->verbs, vf->pattern);
        if (p->npre || p->wide || p->nocode || (need_post && !p->npost)) continue;
        fmatch try = {.reporter = NO_MENTION};
        if (!tc_code_match_words(s, p, n, at, &try)) continue;
        *m = try;
        m->p = p;
        memcpy(m->code, p->cameo, sizeof m->code);
        m->info = p->info;
        return 1;
    }
    return 0;
}

/* The bare pattern (no other words) among vf's, or NULL. */
static const tc_vpattern *bare_pattern(const sctx *s, const tc_vform *vf)
{
    for (; vf; vf = vf->next) {
        if (vf->words) continue; /* a word of its own: not bare (without reading it) */
        const tc_vpattern *p = tc_verbs_pattern(s->c->verbs, vf->pattern);
        if (!p->npre && !p->npost && !p->nocode && !p->wide) return p;
    }
    return NULL;
}

/* The frame a noun belongs to: the first predicate above it. */
static int32_t frame_above(const sctx *s, uint32_t w)
{
    for (uint32_t h = w; s->tr.w[h].head;) {
        h = head_of(s, h);
        if (s->frame_of[h] >= 0) return s->frame_of[h];
    }
    return -1;
}

/* Nouns of what is done TO someone (conj17, issue #14): the possessor of a bare one is whom
 * it is done to ("the journalist's release", "the commander's killing", "Bashir's ouster"),
 * not its doer; with an "of" patient of its own the possessor is the doer again ("Uganda's
 * arrest of the opposition leader"). Harm, capture and custody, judicial steps, and being put
 * out of a place or an office. Nouns of acts ("X's attack", "X's offensive", "X's blockade",
 * "X's invasion") and of moves the possessor makes itself ("X's withdrawal", "X's return",
 * "X's surrender") are not here: their possessor is their doer. */
const char *const tc_code_undergone_nouns[] = {
    "killing",     "murder",      "assassination", "execution",   "torture",
    "beating",     "persecution", "arrest",        "detention",   "imprisonment",
    "jailing",     "abduction",   "kidnapping",    "capture",     "release",
    "pardon",      "acquittal",   "rescue",        "liberation",  "extradition",
    "deportation", "expulsion",   "repatriation",  "removal",     "ouster",
    "overthrow",   "dismissal",   "sacking",       "impeachment", "prosecution",
    "indictment",  "conviction",  "sentencing",    NULL};

/* Is the possessor of noun w the one w is done to: w a noun of what is done to someone with
 * no "of" patient of its own? */
int tc_code_possessor_undergoes(const sctx *s, uint32_t w)
{
    if (!lemma_in(s, w, tc_code_undergone_nouns)) return 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *cw = rel_of(s, c) == TC_REL_NMOD ? case_word(s, c) : NULL;
        if (cw && !strcmp(cw, "of")) return 0;
    }
    return 1;
}

/* "Azerbaijan's blockade of Armenia", "the shelling of X by Y", "the Russian invasion of
 * Ukraine", "Putin's visit to China": an event noun with its agent (possessive, "by", a
 * nationality) and its patient ("of", "on", "against", "to") gives the event, with the mood of
 * the clause it stands in. Both actors are needed: a bare "the blockade" is no event. */
/* Verbs that make public or decide what their object noun names ("Denmark announced a
 * suspension of aid to Egypt", "parliament approved the deployment of troops to Libya"). */
static const char *const announcers[] = {"announce", "approve", "order", "authorize", "authorise",
                                         "confirm", "declare", "endorse", "decree", "unveil",
                                         /* ... or that carry it out ("completed its withdrawal from
                                            Iraq", "began the evacuation of X") */
                                         "complete", "begin", "start", "finish", "conduct",
                                         "undertake", "launch", "carry", "resume", NULL};

/* An event noun that is the object of an announcing verb, read with the verb's patterns over
 * its own phrase ("suspension of aid" as "suspend * aid"), its agent the announcer. */
static int announced_noun(sctx *s, uint32_t w)
{
    if (rel_of(s, w) != TC_REL_OBJ) return 0;
    uint32_t v = head_of(s, w);
    int32_t f = s->frame_of[v];
    if (f < 0 || !lemma_in(s, v, announcers)) return 0;
    if (s->fm[f].p && code_root(s->fm[f].code) != 1) return 0; /* the verb codes its own */
    fmatch m;
    if (!noun_match(s, w, 0, &m)) return 0;
    int32_t src[8], tgt[8];
    s->sourcing = 1;
    size_t ns = tc_code_arg_mentions(s, s->fr[f].subj, s->fr[f].nsubj, src, 8);
    if (!ns && !s->fr[f].nsubj) ns = tc_code_misread_subject(s, &s->fr[f], src, 8);
    s->sourcing = 0;
    if (!ns) return 0;
    size_t nt = 0;
    if (m.tgt_hi > m.tgt_lo) {
        int32_t k = tc_code_mention_in(s, m.tgt_lo, m.tgt_hi);
        if (k != NO_MENTION) tgt[nt++] = k;
    }
    if (!nt) nt = tc_code_deep_mention(s, w, m.last, tgt, 8);
    /* "the expulsion of Costa Rican diplomats" ("expel * diplomats"): the pattern's last word
       heads the target's own name */
    if (!nt && m.last > w && s->ment[m.last] != NO_MENTION && usable(&s->m[s->ment[m.last]]) &&
        s->ment[m.last] != src[0])
        tgt[nt++] = s->ment[m.last];
    /* "the court ordered the journalist's release", "approved the tanker's release": the
       possessor of a noun of what is done to someone is whom it is done to (thirteenth
       session, strictR13) */
    static const char *const undergone[] = {
        "release",   "arrest", "detention", "extradition",  "deportation", "expulsion",
        "execution", "pardon", "acquittal", "repatriation", NULL};
    for (uint32_t i = s->first[w]; !nt && lemma_in(s, w, undergone) && i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) != TC_REL_NMOD_POSS || s->tr.w[c].upos == TC_UPOS_PRON) continue;
        int32_t k = tc_code_arg_mention(s, c, 1);
        if (k != NO_MENTION && k != src[0]) tgt[nt++] = k;
    }
    if (!nt && !tc_code_one_sided(m.code)) return 0;
    m.flags = 0;
    tc_code_clause_mood(s, f, &m);
    for (size_t a = 0; a < ns; a++)
        for (size_t b = 0; b < (nt ? nt : 1); b++)
            tc_code_emit_at(s, &m, w, v, src[a], nt ? tgt[b] : NO_MENTION, m.code, m.info);
    return 1;
}

/* "the threat of an attack by X", "the risk of clashes between A and B", "plans for talks": an
 * act named as what threatens, is feared, risked or planned has not happened: hypothetical
 * (nouns18 session). */
static unsigned unrealized(const sctx *s, uint32_t w)
{
    static const char *const possible[] = {
        "threat", "risk",    "danger",  "fear", "possibility", "prospect", "likelihood",
        "chance", "spectre", "specter", "plan", "plot",        "warning",  NULL};
    const char *cw = case_word(s, w);
    if (rel_of(s, w) != TC_REL_NMOD || !s->tr.w[w].head || !cw ||
        (strcmp(cw, "of") && strcmp(cw, "for")))
        return 0;
    return lemma_in(s, head_of(s, w), possible) ? TC_EV_HYPOTHETICAL : 0;
}

/* Nouns of forces moved whose mover is the forces' own side ("the withdrawal of U.S. troops
 * from Afghanistan", "the deployment of French soldiers to Chad"), and the forces they move. */
static const char *const movements[] = {"withdrawal", "pullout",      "pull-out",
                                        "deployment", "redeployment", NULL};
static const char *const forces_moved[] = {"troop",       "troops",  "force",      "soldier",
                                           "army",        "unit",    "contingent", "personnel",
                                           "peacekeeper", "fighter", "military",   NULL};

/* A noun of forces moved with no agent of its own, whose "of" phrase names the forces: their
 * side moves them (the verb's patterns read over the noun's phrase, "withdraw * troops" 0874),
 * to or from whoever its "to", "into" or "from" phrase names; each member of a list of forces
 * ("U.S. and NATO troops") for itself. */
static int forces_moving(sctx *s, uint32_t w)
{
    if (!lemma_in(s, w, movements)) return 0;
    uint32_t of = UINT32_MAX;
    int forces = 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        /* "Russia's withdrawal", "the Russian withdrawal": its own, the noun's agent */
        if ((r == TC_REL_NMOD_POSS || r == TC_REL_AMOD) && s->ment[c] != NO_MENTION) return 0;
        const char *cw = case_word(s, c);
        if (r == TC_REL_NMOD && cw && !strcmp(cw, "by")) return 0;
        if (r == TC_REL_NMOD && cw && !strcmp(cw, "of") && of == UINT32_MAX) {
            of = c;
            forces = lemma_in(s, c, forces_moved);
            for (uint32_t j = s->first[c]; j < s->first[c + 1];
                 j++) /* "of French and German troops" */
                forces |=
                    rel_of(s, s->kids[j]) == TC_REL_CONJ && lemma_in(s, s->kids[j], forces_moved);
        }
        /* ("the withdrawal of U.S.[nmod] and NATO troops[nmod]": the forces parsed apart) */
        if (r == TC_REL_NMOD && !cw && of != UINT32_MAX && c > of && lemma_in(s, c, forces_moved))
            forces = 1;
    }
    if (of == UINT32_MAX || !forces) return 0;
    fmatch m;
    if (!noun_match(s, w, 1, &m)) return 0;
    int32_t src[8], tgt[8];
    size_t ns = tc_code_phrase_actors(s, of, 1, src, 8), nt = 0;
    if (!ns) return 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1] && !nt; i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        if (rel_of(s, c) == TC_REL_NMOD && cw &&
            (!strcmp(cw, "from") || !strcmp(cw, "to") || !strcmp(cw, "into")))
            nt = tc_code_phrase_actors(s, c, 1, tgt, 8);
    }
    if (!nt && !tc_code_one_sided(m.code)) return 0;
    m.flags = unrealized(s, w);
    tc_code_clause_mood(s, frame_above(s, w), &m);
    for (size_t a = 0; a < ns; a++)
        for (size_t b = 0; b < (nt ? nt : 1); b++)
            tc_code_emit_at(s, &m, w, UINT32_MAX, src[a], nt ? tgt[b] : NO_MENTION, m.code, m.info);
    return 1;
}

/* "Since the war between A and B, relations have been cold": what a clause has held "since"
 * lies before it, a background, past even with no date of its own (nouns17 session). */
static unsigned since_flags(const sctx *s, uint32_t w)
{
    const char *cw = case_word(s, w);
    int r = rel_of(s, w);
    return cw && !strcmp(cw, "since") && (r == TC_REL_OBL || r == TC_REL_NMOD) ? TC_EV_PAST : 0;
}

/* Nouns of fighting between sides ("clashes between A and B broke out", "fighting between the
 * army and rebels displaced thousands"). */
static const char *const fights[] = {"clash",     "fighting", "battle",      "skirmish",
                                     "firefight", "gunfight", "hostilities", NULL};

/* A fight noun with its sides in a "between" phrase (its own, or its verb's): each side
 * fights the others (190, both ways). */
/* "an exchange of fire", "exchanges of gunfire": a fight too */
static int fire_exchange(const sctx *s, uint32_t w)
{
    static const char *const fires[] = {"fire", "gunfire", "shot", "artillery", NULL};
    if (!lemma_in(s, w, (const char *const[]){"exchange", NULL})) return 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        if (rel_of(s, c) == TC_REL_NMOD && cw && !strcmp(cw, "of") && lemma_in(s, c, fires))
            return 1;
    }
    return 0;
}

/* "the 2020 war between Armenia and Azerbaijan": a war is a fight, but for one of words, trade
 * or money ("the trade war between the US and China") (nouns17 session) */
static int armed_war(const sctx *s, uint32_t w)
{
    static const char *const wars[] = {"war", "conflict", NULL};
    static const char *const unarmed[] = {
        "trade",       "tariff",     "price",    "currency",   "word",       "propaganda",
        "information", "cold",       "cyber",    "media",      "culture",    "cultural",
        "legal",       "diplomatic", "economic", "tech",       "technology", "chip",
        "political",   "verbal",     "bidding",  "commercial", "financial",  "ideological",
        "narrative",   "twitter",    "proxy",    NULL};
    if (!base_in(s, w, wars)) return 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        if ((rel_of(s, c) == TC_REL_AMOD || rel_of(s, c) == TC_REL_COMPOUND) &&
            lemma_in(s, c, unarmed))
            return 0;
    }
    return 1;
}

/* Is a year said of noun w ("the 2020 war", "the war of 1971", "the war in 2008")? */
static int year_of(const sctx *s, uint32_t w)
{
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *x = norm_of(s, c);
        int r = rel_of(s, c);
        if ((r == TC_REL_NUMMOD || r == TC_REL_COMPOUND || r == TC_REL_AMOD || r == TC_REL_NMOD) &&
            strlen(x) == 4 && (x[0] == '1' || x[0] == '2') && strspn(x, "0123456789") == 4)
            return 1;
    }
    return 0;
}

/* Verbs that tell a war's start or end ("the war between A and B broke out in 1998"). */
static const char *const spans[] = {"begin", "start",  "end",  "erupt",  "break",
                                    "occur", "happen", "last", "finish", NULL};

/* The verb noun w is the subject of that tells when its act began or ended ("the invasion
 * began in 2022": the time of the act), or UINT32_MAX. */
static uint32_t told_span(const sctx *s, uint32_t w)
{
    return rel_of(s, w) == TC_REL_NSUBJ && s->tr.w[w].head && lemma_in(s, head_of(s, w), spans)
               ? head_of(s, w)
               : UINT32_MAX;
}

/* The "between" phrase of fight noun w, or UINT32_MAX: its own, its verb's when it is the
 * subject ("clashes broke out between A and B"), or its participle's or "of" noun's ("an
 * exchange of fire reported between A and B", "an exchange of fire between A and B"). */
static uint32_t between_phrase(const sctx *s, uint32_t w)
{
    uint32_t between = UINT32_MAX;
    for (int pass = 0; pass < 3 && between == UINT32_MAX; pass++) {
        uint32_t h = pass == 1 ? head_of(s, w) : w;
        if (pass == 1 && (rel_of(s, w) != TC_REL_NSUBJ || s->frame_of[h] < 0)) continue;
        for (uint32_t i = s->first[w]; pass == 2 && i < s->first[w + 1]; i++) {
            uint32_t c = s->kids[i];
            const char *cw = case_word(s, c);
            if (rel_of(s, c) == TC_REL_ACL ||
                (rel_of(s, c) == TC_REL_NMOD && cw && !strcmp(cw, "of") && fire_exchange(s, w)))
                h = c;
        }
        if (pass == 2 && h == w) break;
        for (uint32_t i = s->first[h]; i < s->first[h + 1]; i++) {
            uint32_t c = s->kids[i];
            const char *cw = case_word(s, c);
            if (cw && !strcmp(cw, "between") &&
                (rel_of(s, c) == TC_REL_NMOD || rel_of(s, c) == TC_REL_OBL))
                between = c;
        }
    }
    return between;
}

/* "after the war between A and B, Russia[conj] sent ...": a member after a comma past the one
 * "and" joins is the parse's mistake, the next clause's subject; no sides to trust. Does the
 * phrase `between` hold one? */
static int stray_conjunct(const sctx *s, uint32_t between)
{
    int joined = 0;
    uint32_t last = between;
    for (uint32_t i = s->first[between]; i < s->first[between + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) != TC_REL_CONJ || c < between) continue;
        for (uint32_t k = last + 1; joined && k < c; k++)
            if (word_is(s, k, ",")) return 1;
        for (uint32_t j = s->first[c]; j < s->first[c + 1] && !joined; j++)
            joined = rel_of(s, s->kids[j]) == TC_REL_CC;
        last = c;
    }
    return 0;
}

/* The mentions of the sides in phrase `between` (into side, at most 8); their number. */
static size_t fight_sides(sctx *s, uint32_t between, int32_t *side)
{
    size_t n = tc_code_phrase_actors(s, between, 1, side, 8);
    if (n < 2) { /* "between Bangladeshi police and protesters": a side of no state shares
                    the other's */
        tc_frame_arg sides[8] = {{(uint16_t)between, TC_FRAME_NONE}};
        int ns = 1;
        for (uint32_t i = s->first[between]; i < s->first[between + 1] && ns < 8; i++)
            if (rel_of(s, s->kids[i]) == TC_REL_CONJ)
                sides[ns++] = (tc_frame_arg){(uint16_t)s->kids[i], TC_FRAME_NONE};
        if (ns > 1) n = tc_code_arg_mentions(s, sides, ns, side, 8);
    }
    return n;
}

/* "the Oval Office clash between Trump and Zelenskyy": leaders clash in words; a fight needs
 * an armed side (a state's, the military's, rebels' ...) or communities on every side:
 * "clashes between herders and farmers", "between rival clans": people of no office fight
 * with their hands and weapons, not in words (conflict18, issue 14). Do the n sides fight? */
static int sides_fight(sctx *s, const int32_t *side, size_t n)
{
    static const char *const armed[] = {"MIL", "REB", "INS", "SEP", "UAF", "COP", "SPY", NULL};
    static const char *const communities[] = {"CVL", "AGR", "CRM", "SET", NULL};
    int fighting = 0, people = n > 0;
    for (size_t a = 0; a < n && !fighting; a++) {
        const tc_mention *ma = mention_at(s, side[a]);
        fighting = ma && (strlen(ma->code) == 3 || sector_in(ma, armed));
        people &= ma && sector_in(ma, communities);
    }
    return fighting | people;
}

/* "clashes broke out between A and B", "the 2020 war between A and B": a fight noun w with its
 * sides in a "between" phrase is each side's fight with the others (a war only when dated or
 * its span told); 1 if it coded. */
static int fight_between(sctx *s, uint32_t w)
{
    int war = !base_in(s, w, fights) && !fire_exchange(s, w);
    if (war && !armed_war(s, w)) return 0;
    /* a war is mostly a story's background ("who started the conflict between A and B"): an
       act only when dated, "since" it, or its start or end told */
    if (war && !since_flags(s, w) && !year_of(s, w) && told_span(s, w) == UINT32_MAX) return 0;
    uint32_t between = between_phrase(s, w);
    if (between == UINT32_MAX || stray_conjunct(s, between)) return 0;
    int32_t side[8];
    size_t n = fight_sides(s, between, side);
    /* "clashes between rival militias", "fighting between gangs": one plural side fights
       among itself, one-sided as "rival militias fought" (no target) */
    int rivals = n == 1 && !strcmp(tc_parse_xpos_name(s->c->parser, s->tr.w[between].xpos), "NNS");
    if (n < 2 && !rivals) return 0;
    if (s->agents_only && (!s->where || s->where_article)) return 0;
    if (!sides_fight(s, side, n)) return 0;
    const tc_vpattern *p = bare_pattern(s, tc_verbs_lookup(s->c->verbs, "fight", 5));
    if (!p) return 0;
    fmatch m = {.p = p, .reporter = NO_MENTION, .first = w, .last = w};
    if (!(m.flags = since_flags(s, w))) /* (a fact, whatever the clause's mood) */
        tc_code_clause_mood(s, frame_above(s, w), &m);
    m.flags |= unrealized(s, w);
    uint32_t g = told_span(s, w);
    for (size_t a = 0; a < n; a++)
        for (size_t b = 0; b < n; b++)
            if (a != b || rivals)
                tc_code_emit_at(s, &m, w, g, side[a], rivals ? NO_MENTION : side[b], p->cameo,
                                p->info);
    return 1;
}

/* "Talks between Ethiopia and Egypt resumed", "a meeting between A and B took place", "during
 * negotiations between A and B": a noun of meeting (not of travel) with its sides in its own
 * "between" phrase, or its passive verb's ("talks were held between A and B"), is each side's
 * meeting with the others, both ways, in its clause's mood; when the noun is the subject, a
 * time ("during", "after" ...) or the object of a verb that holds it. Not talks called for,
 * proposed, planned or called off (a proposal, 036, or nothing held). */
static int meeting_between(sctx *s, uint32_t w)
{
    static const char *const whens[] = {"during", "after", "following",  "in", "at",
                                        "amid",   "since", "throughout", NULL};
    static const char *const holders[] = {"hold", "attend",   "host", "conclude", "resume",
                                          "open", "wrap",     "join", "begin",    "start",
                                          "end",  "continue", NULL};
    static const char *const unheld[] = {
        "cancel",   "postpone", "delay",    "suspend",  "scrap",    "plan",   "propose",
        "schedule", "call",     "seek",     "urge",     "want",     "demand", "offer",
        "reject",   "refuse",   "rule",     "expect",   "prepare",  "push",   "invite",
        "request",  "welcome",  "support",  "back",     "prevent",  "block",  "boycott",
        "skip",     "arrange",  "organize", "organise", "announce", NULL};
    const char *mv = meeting_verb(s, w);
    if (!mv || !strcmp(mv, "visit") || !s->tr.w[w].head) return 0;
    uint32_t g = head_of(s, w);
    int r = rel_of(s, w);
    const char *cw = case_word(s, w);
    int subj = r == TC_REL_NSUBJ || r == TC_REL_NSUBJ_PASS;
    if (!(subj && s->frame_of[g] >= 0) && !(r == TC_REL_OBJ && lemma_in(s, g, holders)) &&
        !(r == TC_REL_OBL && cw && in_words(cw, whens)))
        return 0;
    if (lemma_in(s, g, unheld)) return 0;
    /* "there have been no talks between A and B", "talks between A and B are unlikely" */
    static const char *const unsure[] = {"unlikely",   "likely",    "possible",
                                         "impossible", "necessary", "needed",
                                         "vital",      "essential", NULL};
    if (lemma_in(s, g, unsure)) return 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_DET && word_is(s, s->kids[i], "no")) return 0;
    uint32_t between = UINT32_MAX;
    for (int pass = 0; pass < 2 && between == UINT32_MAX; pass++) {
        uint32_t h = pass ? g : w;
        if (pass && r != TC_REL_NSUBJ_PASS) break;
        for (uint32_t i = s->first[h]; i < s->first[h + 1]; i++) {
            uint32_t c = s->kids[i];
            const char *bw = case_word(s, c);
            if (bw && !strcmp(bw, "between") &&
                (rel_of(s, c) == TC_REL_NMOD || rel_of(s, c) == TC_REL_OBL))
                between = c;
        }
    }
    if (between == UINT32_MAX) return 0;
    int32_t side[8];
    size_t n = tc_code_phrase_actors(s, between, 1, side, 8);
    if (n < 2) return 0;
    const tc_vpattern *p = bare_pattern(s, tc_verbs_lookup(s->c->verbs, mv, strlen(mv)));
    if (!p) return 0;
    fmatch m = {.p = p, .reporter = NO_MENTION, .first = w, .last = w, .flags = unrealized(s, w)};
    tc_code_clause_mood(s, frame_above(s, w), &m);
    int any = 0;
    for (size_t a = 0; a < n; a++)
        for (size_t b = 0; b < n; b++) {
            const tc_mention *ma = mention_at(s, side[a]), *mb = mention_at(s, side[b]);
            if (a == b || !ma || !mb || !usable(ma) || !usable(mb) || !strcmp(ma->code, mb->code))
                continue;
            tc_code_emit_at(s, &m, w, UINT32_MAX, side[a], side[b], p->cameo, p->info);
            any = 1;
        }
    return any;
}

/* Reactions of others to what a clause tells, named by a noun ("..., drawing a sharp rebuke
 * from the European Union", "the revocation drew a protest from Beijing", "X faced criticism
 * from Y"): the one the reaction comes "from" disapproves (111; a protest or complaint, 114) of
 * whoever the clause makes act (its subject, or the author of the act its subject names). */
static int drawn_reaction(sctx *s, uint32_t w)
{
    static const char *const reactions[] = {"condemnation", "criticism", "rebuke",   "censure",
                                            "backlash",     "outrage",   "anger",    "ire",
                                            "protest",      "complaint", "reproach", NULL};
    static const char *const drawers[] = {"draw",    "spark", "prompt",  "trigger",
                                          "provoke", "earn",  "attract", "face",
                                          "receive", "meet",  "bring",   NULL};
    if (!base_in(s, w, reactions) || rel_of(s, w) != TC_REL_OBJ) return 0;
    uint32_t g = head_of(s, w);
    int32_t f = s->frame_of[g];
    if (f < 0 || !lemma_in(s, g, drawers)) return 0;
    int32_t from[4], at[8];
    size_t nf = 0, na = 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1] && !nf; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) == TC_REL_NMOD && case_word(s, c) && !strcmp(case_word(s, c), "from"))
            nf = tc_code_phrase_actors(s, c, 1, from, 4);
    }
    for (int i = 0; i < s->fr[f].nobl && !nf; i++) /* "drew criticism[obj] from[obl] X" */
        if (case_word(s, s->fr[f].obl[i].word) &&
            !strcmp(case_word(s, s->fr[f].obl[i].word), "from"))
            nf = tc_code_phrase_actors(s, s->fr[f].obl[i].word, 1, from, 4);
    if (!nf) return 0;
    /* ", drawing a rebuke from X" read as completing the verb before it: that clause's
       subject, not its object, draws it */
    const tc_frame *cf = &s->fr[f];
    if ((cf->flags & TC_FR_SUBJ_SHARED) && g > 0 && word_is(s, g - 1, ",") &&
        cf->gov != TC_FRAME_NONE && s->frame_of[cf->gov] >= 0)
        cf = &s->fr[s->frame_of[cf->gov]];
    /* an act as subject draws it on its author ("the Trump administration's revocation"),
       never on whom it is done to ("the expulsion of the ambassador") */
    tc_frame_arg who[TC_FRAME_ARGS];
    int nwho = 0;
    for (int i = 0; i < cf->nsubj; i++) {
        uint32_t x = cf->subj[i].word;
        const char *nc = s->tr.w[x].upos == TC_UPOS_NOUN ? tc_code_noun_class(s, x) : NULL;
        if (!nc || strcmp(nc, "noun.act")) {
            who[nwho++] = cf->subj[i];
            continue;
        }
        for (uint32_t k = s->first[x]; k < s->first[x + 1] && nwho < TC_FRAME_ARGS; k++) {
            uint32_t c = s->kids[k];
            const char *cw = case_word(s, c);
            if (rel_of(s, c) == TC_REL_NMOD_POSS ||
                (rel_of(s, c) == TC_REL_NMOD && cw && !strcmp(cw, "by")))
                who[nwho++] = (tc_frame_arg){(uint16_t)c, TC_FRAME_NONE};
        }
    }
    s->sourcing = 1;
    na = tc_code_arg_mentions(s, who, nwho, at, 8);
    s->sourcing = 0;
    if (!na) return 0;
    int complaint = base_in(s, w, (const char *const[]){"protest", "complaint", NULL});
    const char *code = complaint ? "114" : "111";
    const tc_cameo *info = s->c->cameo ? tc_cameo_get(s->c->cameo, code) : NULL;
    const tc_vpattern *p = bare_pattern(s, tc_verbs_lookup(s->c->verbs, "criticize", 9));
    if (!p || !info) return 0;
    fmatch m = {.p = p, .reporter = NO_MENTION, .first = w, .last = w};
    tc_code_clause_mood(s, f, &m);
    for (size_t a = 0; a < nf; a++)
        for (size_t b = 0; b < na; b++) tc_code_emit_at(s, &m, w, g, from[a], at[b], code, info);
    return 1;
}

/* Does claim w state that the denier did something: "that" and a pronoun subject right after
 * it ("Togo's claim that it had armed the rebels"; read on the words, as the parse often
 * hangs the clause on a noun inside it)? */
static int claim_of_denier(const sctx *s, uint32_t w)
{
    return w + 2 < s->tr.n && word_is(s, w + 1, "that") && s->tr.w[w + 2].upos == TC_UPOS_PRON &&
           rel_of(s, w + 2) == TC_REL_NSUBJ && !word_is(s, w + 2, "that") &&
           !word_is(s, w + 2, "this");
}

/* "Russia rejected Ukraine's accusations", "denied allegations by Kenya that it had ...": an
 * accusation named by a noun with its author (a possessive, a nationality, "by" or "from"),
 * which its subject denies or rejects, was made against that subject: the author's 112 on it,
 * whatever the denial's own mood (the accusation was made). */
static int rejected_charge(sctx *s, uint32_t w)
{
    static const char *const charges[] = {"accusation", "allegation", NULL};
    static const char *const deniers[] = {"deny",   "reject", "dismiss", "refute",
                                          "rebuff", "rebut",  "deflect", NULL};
    /* ... and a claim that the denier did something ("dismissed Togo's claim that it had
       armed the rebels": twelfth session, recall12) */
    int claim = !strcmp(s->tr.w[w].lemma, "claim");
    if ((!claim && !lemma_in(s, w, charges)) || rel_of(s, w) != TC_REL_OBJ) return 0;
    uint32_t g = head_of(s, w);
    int32_t f = s->frame_of[g];
    if (f < 0 || !lemma_in(s, g, deniers) || !s->fr[f].nsubj || !s->c->cameo) return 0;
    if (claim && !claim_of_denier(s, w)) return 0;
    int32_t by = NO_MENTION;
    for (uint32_t i = s->first[w]; i < s->first[w + 1] && by == NO_MENTION; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        const char *cw = r == TC_REL_NMOD ? case_word(s, c) : NULL;
        if (r == TC_REL_NMOD_POSS || r == TC_REL_AMOD || r == TC_REL_COMPOUND ||
            (cw && (!strcmp(cw, "by") || !strcmp(cw, "from"))))
            by = tc_code_arg_mention(s, c, 1);
    }
    s->sourcing = 1;
    int32_t at = tc_code_first_arg_mention(s, s->fr[f].subj, s->fr[f].nsubj);
    s->sourcing = 0;
    const tc_mention *mb = mention_at(s, by), *ma = mention_at(s, at);
    const tc_cameo *info = tc_cameo_get(s->c->cameo, "112");
    if (!mb || !ma || !usable(mb) || !usable(ma) || !strncmp(mb->code, ma->code, 3) || !info)
        return 0;
    fmatch m = {.reporter = NO_MENTION, .first = w, .last = w};
    tc_code_emit_at(s, &m, w, UINT32_MAX, by, at, "112", info);
    return 1;
}

/* Speech acts told by a noun (session of 2026-12-07, the twelfth: recall12): an accusation, a
 * criticism, a call, appeal or plea, a demand, a concern, with its author (a possessive, a
 * nationality, "by" or "from"; else, for the object of a verb that makes or repeats it, "made
 * the accusation that", "renewed its call for", that verb's subject) and whom it is aimed at:
 * an "against", "at", "on" or "to" phrase ("accusations against X", "an appeal to X"), "of"
 * for a criticism ("Ghana's criticism of Togo"), "for X to" for a call ("its call for X to
 * free ..."), "over", "about" or "at" for a concern, whose noun's owner it is ("Ghana's concern
 * over Togo's decision"), or the subject of the clause the noun states ("its accusation that X
 * had ...", "its demand that X withdraw"). */
static const struct {
    const char *noun, *code;
} speech_nouns[] = {
    {"accusation", "112"}, {"allegation", "112"}, {"criticism", "111"}, {"call", "020"},
    {"appeal", "020"},     {"plea", "020"},       {"demand", "100"},    {"concern", "110"},
};

/* Verbs whose object speech noun their subject makes: "made / repeated / renewed / levelled /
 * voiced / issued the accusation", "stepped up its calls". */
static const char *const speech_makers[] = {
    "make",  "repeat", "renew", "reiterate", "restate", "level", "voice",
    "issue", "echo",   "press", "lodge",     "step",    "raise", "express",
    "air",   "bring",  "hurl",  "add",       "join",    "heed",  NULL};

int tc_code_speech_noun(const char *noun, size_t len)
{
    if (len > 1 && noun[len - 1] == 's') len--; /* "accusations" */
    for (size_t i = 0; len && i < sizeof speech_nouns / sizeof *speech_nouns; i++)
        if (strlen(speech_nouns[i].noun) == len && !memcmp(noun, speech_nouns[i].noun, len))
            return 1;
    return 0;
}

/* Drops the sentence's events so far by source code src of code's root that name no target:
 * an event found later that names whom the same act is aimed at replaces them. */
static void drop_aimless(sctx *s, const char *src, const char *code)
{
    tc_event *ev = *s->out;
    for (size_t i = *s->nout; i > 0 && ev[i - 1].sent == s->sent; i--)
        if (!ev[i - 1].tgt.code[0] && !strcmp(ev[i - 1].src.code, src) &&
            !strncmp(ev[i - 1].cameo, code, 2)) {
            memmove(&ev[i - 1], &ev[i], (*s->nout - i) * sizeof *ev);
            (*s->nout)--;
            s->added--;
        }
}

/* Is clause v under noun w what w states ("the accusation that X had armed", "its demand that
 * X withdraw its troops"), not a relative clause ("the demand that X made")? */
static int stated_clause(const sctx *s, uint32_t w, uint32_t v)
{
    int r = rel_of(s, v);
    uint32_t that = w + 1u;
    if (that >= v || !word_is(s, that, "that") || head_of(s, that) != v) return 0;
    /* (the parse may hang it on the verb whose object the noun is: "repeated its
       accusation[obj] that[mark] X was arming[advcl]") */
    if ((r == TC_REL_ADVCL || r == TC_REL_CCOMP) && rel_of(s, that) == TC_REL_MARK &&
        rel_of(s, w) == TC_REL_OBJ && s->tr.w[v].head && head_of(s, v) == head_of(s, w))
        return 1;
    if (r != TC_REL_ACL && r != TC_REL_ACL_RELCL && r != TC_REL_CCOMP) return 0;
    if (rel_of(s, that) == TC_REL_MARK) return 1;
    /* "that" read as a relative pronoun: a clause with an object or complement of its own, a
       passive or a bare verb ("that Togo withdraw") states; one without ("that Togo made")
       may be relative */
    const char *x = tc_parse_xpos_name(s->c->parser, s->tr.w[v].xpos);
    for (uint32_t i = s->first[v]; i < s->first[v + 1]; i++) {
        uint32_t c = s->kids[i];
        int rc = rel_of(s, c);
        if (c == that) continue;
        if (rc == TC_REL_OBJ || rc == TC_REL_XCOMP || rc == TC_REL_CCOMP || rc == TC_REL_COP ||
            rc == TC_REL_AUX_PASS)
            return 1;
    }
    return !strcmp(x, "VB");
}

/* Whom a concern over phrase c is about: the owner of what it names ("concern over Togo's
 * decision" is over Togo), else the phrase's own mention; or NO_MENTION. */
static int32_t concern_target(sctx *s, uint32_t c)
{
    int32_t tgt = NO_MENTION;
    for (uint32_t k = s->first[c]; k < s->first[c + 1] && tgt == NO_MENTION; k++)
        if (rel_of(s, s->kids[k]) == TC_REL_NMOD_POSS ||
            (rel_of(s, s->kids[k]) == TC_REL_AMOD && s->tr.w[s->kids[k]].upos == TC_UPOS_ADJ))
            tgt = tc_code_arg_mention(s, s->kids[k], 1);
    if (tgt == NO_MENTION && s->ment[c] != NO_MENTION) tgt = s->ment[c];
    return tgt;
}

/* The maker and the target speech noun w's own dependents name (code: its code): into *src its
 * possessor, adjective or "by"/"from" phrase (*owner set when a possessive pronoun: "its
 * call", the maker's own), into *tgt what it is against, at, on or to ("over", "about", "at"
 * for a concern), or whom a call is for ("its call for Togo to free ..."). */
static void speech_parties(sctx *s, uint32_t w, const char *code, int32_t *src, int32_t *tgt,
                           int *owner)
{
    int concern = !strcmp(code, "110"), asks = code_root(code) == 2;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        const char *cw = r == TC_REL_NMOD ? case_word(s, c) : NULL;
        if (*src == NO_MENTION && (r == TC_REL_NMOD_POSS || r == TC_REL_AMOD ||
                                   (cw && (!strcmp(cw, "by") || !strcmp(cw, "from"))))) {
            *src = tc_code_arg_mention(s, c, 1);
            *owner |= r == TC_REL_NMOD_POSS && s->tr.w[c].upos == TC_UPOS_PRON;
            continue;
        }
        if (*tgt != NO_MENTION || !cw) continue;
        if (concern ? (!strcmp(cw, "over") || !strcmp(cw, "about") || !strcmp(cw, "at"))
                    : (!strcmp(cw, "against") || !strcmp(cw, "at") || !strcmp(cw, "on") ||
                       !strcmp(cw, "to") || (!strcmp(cw, "of") && !strcmp(code, "111"))))
            *tgt = concern ? concern_target(s, c) : tc_code_arg_mention(s, c, 1);
        /* "its call for Togo to free ...": whom the call is for, an infinitive after it */
        if (*tgt == NO_MENTION && asks && !strcmp(cw, "for") && s->ment[c] != NO_MENTION) {
            uint32_t end = c;
            while (end + 1 < s->tr.n && s->ment[end + 1] == s->ment[c]) end++;
            if (end + 1 < s->tr.n && word_is(s, end + 1, "to")) *tgt = s->ment[c];
        }
    }
}

/* The subject of the clause speech noun w states, hung on the noun or on the verb it is the
 * object of ("the accusation that X was arming"); or NO_MENTION. */
static int32_t stated_subject(sctx *s, uint32_t w)
{
    int32_t tgt = NO_MENTION;
    uint32_t up = rel_of(s, w) == TC_REL_OBJ ? head_of(s, w) : w;
    for (int pass = 0; pass < 2 && tgt == NO_MENTION; pass++)
        for (uint32_t i = s->first[pass ? up : w];
             i < s->first[(pass ? up : w) + 1] && tgt == NO_MENTION; i++) {
            uint32_t v = s->kids[i];
            if (!stated_clause(s, w, v)) continue;
            for (uint32_t k = s->first[v]; k < s->first[v + 1] && tgt == NO_MENTION; k++)
                if (rel_of(s, s->kids[k]) == TC_REL_NSUBJ)
                    tgt = tc_code_arg_mention(s, s->kids[k], 1);
        }
    return tgt;
}

/* Whom the maker of a speech noun aims it at, an oblique of its verb g of making (frame f):
 * "levelled accusations at X", "issued an appeal to X"; or NO_MENTION. */
static int32_t aimed_by_maker(sctx *s, uint32_t g, int32_t f)
{
    int32_t tgt = NO_MENTION;
    for (int i = 0;
         f >= 0 && tgt == NO_MENTION && i < s->fr[f].nobl && lemma_in(s, g, speech_makers); i++) {
        const char *cw = case_word(s, s->fr[f].obl[i].word);
        if (cw &&
            (!strcmp(cw, "against") || !strcmp(cw, "at") || !strcmp(cw, "on") || !strcmp(cw, "to")))
            tgt = tc_code_arg_mention(s, s->fr[f].obl[i].word, 1);
    }
    return tgt;
}

/* The mood of speech noun w's event (code: its code) into m: negated by "no" ("has made no
 * accusation against X"), else its clause's. */
static void speech_mood(sctx *s, uint32_t w, const char *code, fmatch *m)
{
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_DET && word_is(s, s->kids[i], "no"))
            m->flags |= TC_EV_NEGATED;
    /* where the verb over it codes this same act ("reiterated its demand", 100), that act's
       own mood, not the one it gives what it governs */
    int32_t fa = frame_above(s, w);
    int r = rel_of(s, w);
    int arg = fa >= 0 && head_of(s, w) == s->fr[fa].pred &&
              (r == TC_REL_NSUBJ || r == TC_REL_NSUBJ_PASS || r == TC_REL_OBJ || r == TC_REL_OBL);
    if (fa >= 0 && s->fm[fa].p && (arg || code_root(s->fm[fa].code) == code_root(code))) {
        /* ... and where the noun is an argument of an act ("X's accusations were rejected by
           Y"), that act's own mood: what a denial or a refusal flags is what it governs, not
           the accusation it is about */
        const tc_frame *af = &s->fr[fa];
        if (af->flags & TC_FR_NEGATED) m->flags |= TC_EV_NEGATED;
        if (af->flags & (TC_FR_MODAL | TC_FR_FUTURE)) m->flags |= TC_EV_HYPOTHETICAL;
        m->flags |= s->fm[fa].flags & (TC_EV_HYPOTHETICAL | TC_EV_REPORTED | TC_EV_NEGATED);
        m->reporter = s->fm[fa].reporter;
        if (m->reporter != NO_MENTION) m->flags |= TC_EV_REPORTED;
    } else
        tc_code_clause_mood(s, fa, m);
}

static int speech_noun(sctx *s, uint32_t w)
{
    const char *code = NULL;
    for (size_t i = 0; i < sizeof speech_nouns / sizeof *speech_nouns && !code; i++)
        if (!strcmp(s->tr.w[w].lemma, speech_nouns[i].noun)) code = speech_nouns[i].code;
    if (!code || !s->c->cameo) return 0;
    int32_t src = NO_MENTION, tgt = NO_MENTION;
    int owner = 0; /* a possessive pronoun: "its call", the maker's own */
    speech_parties(s, w, code, &src, &tgt, &owner);
    /* ... or the subject of the clause it states (its own, or hung on its verb) */
    if (tgt == NO_MENTION) tgt = stated_subject(s, w);
    /* the maker's own: "renewed its call", "made the accusation that" */
    uint32_t g = rel_of(s, w) == TC_REL_OBJ ? head_of(s, w) : UINT32_MAX;
    int32_t f = g != UINT32_MAX ? s->frame_of[g] : -1;
    /* ... and whom the maker aims it at */
    if (tgt == NO_MENTION && strcmp(code, "110")) tgt = aimed_by_maker(s, g, f);
    if (tgt == NO_MENTION) return 0;
    if ((src == NO_MENTION || owner) && f >= 0 && lemma_in(s, g, speech_makers) && s->fr[f].nsubj) {
        s->sourcing = 1;
        int32_t k = tc_code_first_arg_mention(s, s->fr[f].subj, s->fr[f].nsubj);
        s->sourcing = 0;
        if (k != NO_MENTION) src = k;
    }
    const tc_mention *ms = mention_at(s, src), *mt = mention_at(s, tgt);
    const tc_cameo *info = tc_cameo_get(s->c->cameo, code);
    if (!ms || !mt || !usable(ms) || !usable(mt) || !strncmp(ms->code, mt->code, 3) || !info)
        return 0;
    fmatch m = {.reporter = NO_MENTION, .first = w, .last = w};
    speech_mood(s, w, code, &m);
    /* "made / renewed ... demand" codes its own event with no one it is aimed at: this one
       names whom */
    drop_aimless(s, ms->code, code);
    tc_code_emit_at(s, &m, w, UINT32_MAX, src, tgt, code, info);
    return 1;
}

/* The verb whose code naming verb v's complement gives when it judges: "a move Peru called
 * reckless[xcomp]", "described as unjustified[obl 'as']", "called a violation[obj]" criticize,
 * "called constructive" praises (critic18: a relative clause of naming judges what it is on,
 * as the verb of naming does in "called Togo's tariffs unjustified"); NULL when v names no
 * judgment. */
static const char *naming_judgment(const sctx *s, uint32_t v)
{
    static const char *const namers[] = {"call", "describe", "label", "brand",
                                         "deem", "term",     "dub",   NULL};
    if (!lemma_in(s, v, namers)) return NULL;
    for (uint32_t i = s->first[v]; i < s->first[v + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        const char *cw = case_word(s, c);
        if (c < v ||
            !(r == TC_REL_XCOMP || r == TC_REL_OBJ || (r == TC_REL_OBL && cw && !strcmp(cw, "as"))))
            continue;
        const char *l = s->tr.w[c].lemma;
        if (judging(s, l, "blame") || judging(s, l, "noun") || judging(s, l, "name") ||
            judging(s, l, "term"))
            return "criticize";
        if (judging(s, l, "praise")) return "praise";
    }
    return NULL;
}

/* "Spain recognised a Palestinian state, a move Israel's foreign minister denounced as a reward
 * for terrorism": a noun in apposition to what a clause tells (a move, a step, a decision),
 * with a relative clause judging it, is its judge's judgment of the clause's subject: the
 * judging verb's own code where it disapproves, rejects or praises (11x, 12x, 05x). */
static int judged_move(sctx *s, uint32_t w)
{
    static const char *const moves[] = {"move",    "step",   "decision", "finding", "measure",
                                        "action",  "act",    "ruling",   "plan",    "policy",
                                        "verdict", "report", NULL};
    int r = rel_of(s, w);
    if (!lemma_in(s, w, moves) || !w ||
        !word_is(s, w - 1 - (s->tr.w[w - 1].upos == TC_UPOS_DET && w > 1), ","))
        return 0; /* set off by a comma: ", a move X denounced" */
    uint32_t v = UINT32_MAX, judge = UINT32_MAX;
    for (uint32_t i = s->first[w]; i < s->first[w + 1] && v == UINT32_MAX; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_ACL_RELCL && s->frame_of[s->kids[i]] >= 0)
            v = s->kids[i];
    /* ... or read as the subject of a clause with the judge for a second subject ("a
       move[nsubj:pass] Israel's foreign minister[nsubj] denounced[conj]") */
    if (v == UINT32_MAX && (r == TC_REL_NSUBJ || r == TC_REL_NSUBJ_PASS) &&
        s->frame_of[head_of(s, w)] >= 0) {
        uint32_t h = head_of(s, w);
        for (uint32_t i = s->first[h]; i < s->first[h + 1]; i++)
            if (rel_of(s, s->kids[i]) == TC_REL_NSUBJ && s->kids[i] > w) judge = s->kids[i];
        if (judge != UINT32_MAX) v = h;
    }
    if (v == UINT32_MAX) return 0;
    const tc_frame *jf = &s->fr[s->frame_of[v]];
    if (judge == UINT32_MAX && (!jf->nsubj || (jf->flags & TC_FR_SUBJ_SHARED))) return 0;
    const char *judging_verb = naming_judgment(s, v);
    const char *lemma = judging_verb ? judging_verb : s->tr.w[v].lemma;
    const tc_vpattern *p = bare_pattern(s, tc_verbs_lookup(s->c->verbs, lemma, strlen(lemma)));
    int root = p ? code_root(p->cameo) : 0;
    if (root != 11 && root != 12 && root != 5) return 0;
    /* the clause it stands beside: the predicate w hangs from, or the one above */
    int32_t f = frame_above(s, judge != UINT32_MAX ? v : w);
    if (f < 0) return 0;
    int32_t by[4], at[8];
    tc_frame_arg ja = {(uint16_t)judge, TC_FRAME_NONE};
    size_t nb = judge != UINT32_MAX ? tc_code_arg_mentions(s, &ja, 1, by, 4)
                                    : tc_code_arg_mentions(s, jf->subj, jf->nsubj, by, 4);
    s->sourcing = 1;
    size_t na = tc_code_arg_mentions(s, s->fr[f].subj, s->fr[f].nsubj, at, 8);
    s->sourcing = 0;
    if (!nb || !na) return 0;
    fmatch m = {.p = p, .reporter = NO_MENTION, .first = v, .last = v};
    tc_code_clause_mood(s, s->frame_of[v], &m);
    for (size_t a = 0; a < nb; a++) {
        const tc_mention *mb = judging_verb ? mention_at(s, by[a]) : NULL;
        if (mb) drop_aimless(s, mb->code, p->cameo); /* "called reckless" read with no target */
        for (size_t b = 0; b < na; b++)
            tc_code_emit_at(s, &m, w, v, by[a], at[b], p->cameo, p->info);
    }
    return 1;
}

/* What a third party brokers: a deal, talks, a truce. */
static const char *const brokered[] = {
    "deal",    "agreement", "accord",  "ceasefire",   "cease-fire", "truce",
    "talks",   "summit",    "meeting", "negotiation", "exchange",   "swap",
    "release", "dialogue",  "pact",    "arrangement", NULL};

/* "freed three people in a deal brokered by Lithuania", "talks with Aliyev hosted by Charles
 * Michel", "citing mediation by Qatar", "a swap arranged by Turkey": the one by whom a deal or
 * talks are brokered, mediated, arranged or hosted (w: the participle, or the noun
 * "mediation") mediates (045) for the parties: the
 * sides of its "between", else the subjects of the clause the deal stands in and those the
 * talks are "with" (of another state than the mediator's: "a summit hosted by Russia" with
 * Putin is Russia's own). */
static int mediated_by(sctx *s, uint32_t w)
{
    static const char *const mediators[] = {"broker",  "mediate", "facilitate",
                                            "arrange", "host",    NULL};
    int noun = s->tr.w[w].upos == TC_UPOS_NOUN;
    if (noun ? strcmp(s->tr.w[w].lemma, "mediation")
             : (!lemma_in(s, w, mediators) || rel_of(s, w) != TC_REL_ACL))
        return 0;
    uint32_t deal = noun ? w : head_of(s, w);
    if (deal >= s->tr.n || (!noun && !base_in(s, deal, brokered))) return 0;
    if (lemma_in(s, w, (const char *const[]){"host", NULL}) &&
        !base_in(
            s, deal,
            (const char *const[]){"talks", "summit", "meeting", "negotiation", "dialogue", NULL}))
        return 0;
    int32_t by[4], side[8];
    size_t nby = 0, ns = 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1] && !nby; i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        int r = rel_of(s, c);
        if ((r == TC_REL_OBL_AGENT || r == TC_REL_NMOD || r == TC_REL_OBL) && cw &&
            !strcmp(cw, "by"))
            nby = tc_code_phrase_actors(s, c, 1, by, 4);
    }
    if (!nby) return 0;
    for (uint32_t i = s->first[deal]; i < s->first[deal + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        if (cw && (!strcmp(cw, "between") || !strcmp(cw, "with")) && rel_of(s, c) == TC_REL_NMOD)
            ns += tc_code_phrase_actors(s, c, 1, side + ns, 8 - ns);
    }
    int between = 0;
    for (uint32_t i = s->first[deal]; i < s->first[deal + 1]; i++)
        between |= case_word(s, s->kids[i]) && !strcmp(case_word(s, s->kids[i]), "between");
    int32_t f = frame_above(s, deal);
    if (!between && f >= 0 && ns < 8)
        ns += tc_code_arg_mentions(s, s->fr[f].subj, s->fr[f].nsubj, side + ns, 8 - ns);
    if (!ns) return 0;
    const tc_vpattern *p = bare_pattern(s, tc_verbs_lookup(s->c->verbs, "mediate", 7));
    if (!p) return 0;
    fmatch m = {.p = p, .reporter = NO_MENTION, .first = w, .last = w};
    /* the participle's own mood first: "a summit to be hosted by Russia" is yet to come; a
       deal brokered is a brokering done, whatever the clause says of the deal ("agreed to
       restore ties in a deal brokered by X": the agreeing's code is an intent, not the deal's;
       "rejected a deal brokered by X"): of the clause it keeps who reports it; talks hosted
       keep the clause's time ("will meet at talks hosted by X") */
    tc_code_clause_mood(s, f, &m);
    if (!noun && !lemma_in(s, w, (const char *const[]){"host", NULL}))
        m.flags &= ~(unsigned)(TC_EV_HYPOTHETICAL | TC_EV_NEGATED);
    if (s->frame_of[w] >= 0 && s->frame_of[w] != f) tc_code_clause_mood(s, s->frame_of[w], &m);
    for (size_t a = 0; a < nby; a++)
        for (size_t b = 0; b < ns; b++)
            if (strncmp(mention_at(s, by[a])->code, mention_at(s, side[b])->code, 3) != 0)
                tc_code_emit_at(s, &m, w, UINT32_MAX, by[a], side[b], p->cameo, p->info);
    return 1;
}

/* A gerund with no subject or auxiliary of its own, as a noun: "Fighting[VBG] between the army
 * and rebels displaced thousands". */
static int bare_gerund(const sctx *s, uint32_t w)
{
    if (s->tr.w[w].upos != TC_UPOS_VERB ||
        strcmp(tc_parse_xpos_name(s->c->parser, s->tr.w[w].xpos), "VBG"))
        return 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        int r = rel_of(s, s->kids[i]);
        if (r == TC_REL_NSUBJ || r == TC_REL_NSUBJ_PASS || r == TC_REL_AUX || r == TC_REL_AUX_PASS)
            return 0;
    }
    return 1;
}

/* "Rubio will join Waltz for talks with Ukrainian officials", "joined the Geneva talks with
 * U.S. diplomats": a meeting noun the subject joined, or joined someone "for", is one the
 * subject takes part in (nouns19 session). Only "join": "called for talks", "pushed for
 * talks" are wants, no meeting, and "traveled to Cairo for talks" is coded by its verb of
 * going (042). */
static int taken_part(const sctx *s, uint32_t w, const char *cw)
{
    if (!s->tr.w[w].head || !lemma_in(s, head_of(s, w), (const char *const[]){"join", NULL}))
        return 0;
    return rel_of(s, w) == TC_REL_OBJ || (rel_of(s, w) == TC_REL_OBL && cw && !strcmp(cw, "for"));
}

/* "During a visit to Kenya, the French president said ...", "Following talks with Modi, the
 * prime minister announced ...": a meeting noun that tells when its clause's act happened
 * (during, after, following, on, in, at, amid) has that clause's subject for its agent, when
 * the subject is an actor other than the target (for a visit, of another country). */
static int32_t meeting_agent(sctx *s, uint32_t w, int32_t tgt)
{
    static const char *const whens[] = {"during", "after", "following", "on", "in",
                                        "at",     "amid",  "upon",      NULL};
    if (!s->tr.w[w].head) return NO_MENTION;
    const char *cw = case_word(s, w);
    int32_t f = s->frame_of[head_of(s, w)];
    if (f < 0) return NO_MENTION;
    /* "Following talks with Modi, the prime minister announced": the fronted "Following" the
       parse made a modifier, the noun a second subject; the clause's subject is the other */
    int fronted = 0;
    if (rel_of(s, w) == TC_REL_NSUBJ && s->fr[f].nsubj > 1 && s->fr[f].subj[0].word == w)
        for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++)
            fronted |= s->kids[i] < w && rel_of(s, s->kids[i]) == TC_REL_AMOD &&
                       word_is(s, s->kids[i], "following") && s->kids[i] == 0;
    if (!fronted && !taken_part(s, w, cw) &&
        (rel_of(s, w) != TC_REL_OBL || !cw || !in_words(cw, whens) || !s->fr[f].nsubj))
        return NO_MENTION;
    int32_t src[8];
    s->sourcing = 1;
    size_t ns = tc_code_arg_mentions(s, s->fr[f].subj + fronted, s->fr[f].nsubj - fronted, src, 8);
    s->sourcing = 0;
    const tc_mention *ms = ns ? mention_at(s, src[0]) : NULL, *mt = mention_at(s, tgt);
    if (!ms || !mt || !usable(ms) || src[0] == tgt || !strcmp(ms->code, mt->code))
        return NO_MENTION;
    /* "a visit to Quetta" at home is no visit; a governor meets a group of his own country */
    if (!strcmp(meeting_verb(s, w), "visit") && !strncmp(ms->code, mt->code, 3)) return NO_MENTION;
    return src[0];
}

/* Has noun w a "to" phrase of its own ("aid from Japan to Nepal")? */
static int to_phrase(const sctx *s, uint32_t w)
{
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        const char *cw = case_word(s, s->kids[i]);
        if (rel_of(s, s->kids[i]) == TC_REL_NMOD && cw && !strcmp(cw, "to")) return 1;
    }
    return 0;
}

/* What an event noun's phrase names: its doer and target (mentions, or NO_MENTION), the "of"
 * phrase that named the target and the word that named the doer (words, or UINT32_MAX), and
 * the verb an aimed noun names (or NULL). */
typedef struct {
    int32_t src, tgt;
    uint32_t of, byw;
    const char *aimed;
} noun_roles;

/* The doer and target noun w's own phrase names, p being the pattern of the verb it names and
 * own the mention it heads (or NO_MENTION), into r. */
static void phrase_roles(sctx *s, uint32_t w, const tc_vpattern *p, int32_t own, noun_roles *r)
{
    int patient_owner = tc_code_possessor_undergoes(s, w);
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int rel = rel_of(s, c);
        const char *cw = rel == TC_REL_NMOD ? case_word(s, c) : NULL;
        if (own != NO_MENTION && s->ment[c] == own) continue;
        /* "aid from Japan to Nepal": what is given comes from its giver (070-075), when the
           noun is no verb's object (whose patterns read "received aid from X" whole) and
           goes "to" someone */
        int giver = cw && !strcmp(cw, "from") && !r->aimed && !strncmp(p->cameo, "07", 2) &&
                    rel_of(s, w) != TC_REL_OBJ && to_phrase(s, w);
        /* "the commander's killing", "Bashir's ouster": the possessor of a noun of what is
           done to someone, with no "of" patient, is whom it is done to, the doer being one
           "by" names or none (conj17) */
        if (rel == TC_REL_NMOD_POSS && patient_owner) {
            if (r->tgt == NO_MENTION) r->tgt = tc_code_arg_mention(s, c, 2);
            continue;
        }
        if (r->src == NO_MENTION &&
            (rel == TC_REL_NMOD_POSS || rel == TC_REL_AMOD || (cw && !strcmp(cw, "by")) || giver)) {
            r->src = tc_code_arg_mention(s, c, 1);
            if (cw && r->src != NO_MENTION) r->byw = c;
        } else if (r->tgt == NO_MENTION && cw && in_words(cw, tc_code_target_preps) &&
                   strcmp(cw, "by") && strcmp(cw, "from") &&
                   (!r->aimed || !strcmp(cw, "against") || !strcmp(cw, "on"))) {
            r->tgt = tc_code_arg_mention(s, c, 2);
            if (!strcmp(cw, "of")) r->of = c;
        }
    }
}

/* "the expulsion of Polish diplomats by Russia": the agent parsed under the "of" noun */
static void agent_under_of(sctx *s, noun_roles *r)
{
    if (r->of == UINT32_MAX) return;
    for (uint32_t i = s->first[r->of]; r->src == NO_MENTION && i < s->first[r->of + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *cw = rel_of(s, c) == TC_REL_NMOD ? case_word(s, c) : NULL;
        if (cw && !strcmp(cw, "by") && c > r->of) r->src = tc_code_arg_mention(s, c, 1);
    }
}

/* "the visit of Modi to Kenya", "the trip of the delegation to Beijing": a visit's "of" phrase
 * is its visitor when a "to" phrase (its own or the visitor's) names the host (nouns17
 * session) */
static void visitor_of(sctx *s, uint32_t w, noun_roles *r)
{
    const char *mv = r->aimed ? NULL : meeting_verb(s, w);
    if (r->src != NO_MENTION || r->of == UINT32_MAX || !mv || strcmp(mv, "visit")) return;
    uint32_t to = UINT32_MAX;
    for (uint32_t pass = 0; pass < 2 && to == UINT32_MAX; pass++) {
        uint32_t h = pass ? r->of : w;
        for (uint32_t i = s->first[h]; i < s->first[h + 1] && to == UINT32_MAX; i++) {
            uint32_t c = s->kids[i];
            const char *cw = rel_of(s, c) == TC_REL_NMOD ? case_word(s, c) : NULL;
            if (c > r->of && cw && !strcmp(cw, "to")) to = c;
        }
    }
    int32_t host = to != UINT32_MAX ? tc_code_arg_mention(s, to, 2) : NO_MENTION;
    if (host != NO_MENTION && host != r->tgt) {
        r->src = r->tgt;
        r->tgt = host;
    }
}

/* "during a visit by Modi to Mauritius": the parse hangs "by Modi" on the verb above and the
 * target on Modi; a meeting noun right before "by" is still the one it names the doer of
 * (fourteenth session, recall6) */
static void doer_by_above(sctx *s, uint32_t w, noun_roles *r)
{
    if (r->src != NO_MENTION || r->aimed || !meeting_verb(s, w) || w + 2 >= s->tr.n ||
        !word_is(s, w + 1, "by") || !s->tr.w[w + 1].head)
        return;
    uint32_t b = head_of(s, w + 1);
    if (b > w + 1 && s->tr.w[b].head && head_of(s, b) != w &&
        (rel_of(s, b) == TC_REL_OBL_AGENT || rel_of(s, b) == TC_REL_OBL ||
         rel_of(s, b) == TC_REL_NMOD)) {
        r->src = tc_code_arg_mention(s, b, 1);
        if (r->src != NO_MENTION) r->byw = b;
    }
}

/* ... and "a visit by Modi to Mauritius", "an attack by X on Y": the target hung on the doer's
 * name, not on the noun */
static void target_on_doer(sctx *s, noun_roles *r)
{
    if (r->byw == UINT32_MAX) return;
    for (uint32_t i = s->first[r->byw]; r->tgt == NO_MENTION && i < s->first[r->byw + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *cw = rel_of(s, c) == TC_REL_NMOD ? case_word(s, c) : NULL;
        if (c > r->byw && cw && in_words(cw, tc_code_target_preps) && strcmp(cw, "by") &&
            strcmp(cw, "from") && strcmp(cw, "of") && strcmp(cw, "for") && strcmp(cw, "at") &&
            (!r->aimed || !strcmp(cw, "against") || !strcmp(cw, "on")))
            r->tgt = tc_code_arg_mention(s, c, 2);
    }
}

/* "Russian sanctions on Moldova", "Japanese aid to Nepal": a state's adjective (no actor alone
 * to the dictionaries: "Armenian genocide") on an act aimed at another names its author; not
 * on acts done to people, whose adjective names those they are done to ("the Afghan
 * evacuation to Qatar") (fifteenth session, recall15) */
static void adjective_author(sctx *s, uint32_t w, noun_roles *r)
{
    static const char *const undergone[] = {
        "deportation", "expulsion",     "detention",    "evacuation",  "abduction",  "imprisonment",
        "persecution", "execution",     "killing",      "extradition", "liberation", "release",
        "arrest",      "assassination", "kidnapping",   "torture",     "murder",     "displacement",
        "return",      "repatriation",  "resettlement", "exodus",      "migration",  "withdrawal",
        "surrender",   "defeat",        "victory",      NULL};
    if (r->src != NO_MENTION || r->tgt == NO_MENTION || !s->c->actors ||
        lemma_in(s, w, undergone) || s->nextra >= 2 * (size_t)s->tr.n)
        return;
    uint32_t adj;
    const char *author = tc_code_adj_state(s, w, mention_at(s, r->tgt), &adj);
    if (author)
        r->src = tc_code_extra(s, s->lo + adj, 1, author, 3, "", TC_KIND_COUNTRY,
                               "the state whose adjective names an act's author");
}

/* "five Kenyan soldiers died in an attack by al-Shabab": who died in a hostile act (p) is whom
 * it hit (nouns17 session; "were killed in" has the parse's agent) */
static void died_in(sctx *s, uint32_t w, const tc_vpattern *p, noun_roles *r)
{
    const char *in = case_word(s, w);
    if (r->src == NO_MENTION || r->tgt != NO_MENTION || p->cameo[0] != '1' || p->cameo[1] < '8' ||
        rel_of(s, w) != TC_REL_OBL || !in || (strcmp(in, "in") && strcmp(in, "during")) ||
        !s->tr.w[w].head ||
        !lemma_in(s, head_of(s, w), (const char *const[]){"die", "perish", NULL}))
        return;
    uint32_t h = head_of(s, w);
    for (uint32_t i = s->first[h]; i < s->first[h + 1] && r->tgt == NO_MENTION; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_NSUBJ) r->tgt = tc_code_arg_mention(s, s->kids[i], 2);
    if (r->tgt == r->src) r->tgt = NO_MENTION;
}

/* "Russia's deployment of troops to Belarus", "China's delivery of drones to Russia": a noun
 * of giving or of moving forces whose verb codes only with what is given or moved ("deploy *
 * troops to" 150, "deliver * weapons" 072) and has no bare pattern is read with the pattern
 * its own phrase matches, into m, when that pattern gives aid (07) or moves forces (15); NULL
 * when none does (nouns18 session). Not other roots: "their return to China" (084) is done
 * to its possessor, "X's call for Y" (020) is a speech, "Canadian exports to the U.S." (06) a
 * standing trade, no act. */
static const tc_vpattern *transfer_pattern(sctx *s, uint32_t w, fmatch *m)
{
    if (!noun_match(s, w, 1, m) || m->p->cameo2[0] ||
        (code_root(m->p->cameo) != 7 && code_root(m->p->cameo) != 15)) {
        m->p = NULL;
        return NULL;
    }
    return m->p;
}

/* ... whose target is whom the pattern's closing preposition names, or else a "to" or "into"
 * phrase after what is moved, hung on the noun or on that thing ("of weapons to Russia"); not
 * what is moved itself ("of troops"). */
static void recipient_of(sctx *s, uint32_t w, const fmatch *m, noun_roles *r)
{
    if (r->tgt != NO_MENTION && r->of != UINT32_MAX && s->ment[r->of] == r->tgt &&
        !usable(mention_at(s, r->tgt)))
        r->tgt = NO_MENTION;
    if (r->tgt != NO_MENTION) return;
    const tc_vpattern *p = m->p;
    const tc_pelem *e = p->npost ? &p->post[p->npost - 1] : NULL;
    int closing = e && e->kind == TC_EL_WORD && in_words(e->w, tc_code_target_preps);
    int32_t t[2];
    if (!tc_code_deep_mention(s, w, m->last, t, 2) || t[0] == r->src) return;
    for (uint32_t i = m->last + 1; !closing && i < s->tr.n; i++) {
        const char *cw = s->ment[i] == t[0] ? case_word(s, i) : NULL;
        closing = cw && (!strcmp(cw, "to") || !strcmp(cw, "into"));
    }
    if (closing) r->tgt = t[0];
}

/* "Rubio will join Waltz for talks with Ukrainian officials": talks one "will" join are the
 * intent to meet (036), as "will hold talks with X" is, not a hypothetical meeting; not what
 * one "would", "could" or "will not" join (nouns19 session). */
static void joined_meeting(const sctx *s, uint32_t w, fmatch *m)
{
    int32_t f = s->tr.w[w].head ? s->frame_of[head_of(s, w)] : -1;
    if (f < 0 || !taken_part(s, w, case_word(s, w)) || !meeting_verb(s, w) ||
        (s->fr[f].flags & (TC_FR_MODAL | TC_FR_NEGATED)) || !(s->fr[f].flags & TC_FR_FUTURE) ||
        (s->fm[f].flags & TC_EV_HYPOTHETICAL))
        return;
    m->planned = 1;
    m->flags &= ~(unsigned)TC_EV_HYPOTHETICAL;
}

/* Emits the event (and the reverse one of a two-way pattern) noun w names, p being the pattern
 * of its verb and r its doer and target. */
static void emit_noun(sctx *s, uint32_t w, const tc_vpattern *p, const noun_roles *r)
{
    /* the verb's pattern the noun's phrase matches, where one does ("the expulsion of Russian
       diplomats" is "expel * diplomats", 166, not the bare "expel", 174) */
    fmatch pm;
    if (!r->aimed && noun_match(s, w, 1, &pm) && pm.p->cameo[0] && !pm.p->cameo2[0]) p = pm.p;
    fmatch m = {.p = p, .reporter = NO_MENTION, .first = w, .last = w};
    if (!(m.flags = since_flags(s, w))) /* (a fact, whatever the clause's mood) */
        tc_code_clause_mood(s, frame_above(s, w), &m);
    m.flags |= unrealized(s, w);
    joined_meeting(s, w, &m);
    /* "Russia's invasion of Ukraine began in 2022": the time of the verb that says when the
       act began or ended is the act's (nouns17 session) */
    uint32_t g = told_span(s, w);
    tc_code_emit_at(s, &m, w, g, r->src, r->tgt, p->cameo, p->info);
    if (p->cameo2[0]) tc_code_emit_at(s, &m, w, g, r->tgt, r->src, p->cameo2, p->info2);
}

void tc_code_noun(sctx *s, uint32_t w)
{
    if (s->tr.w[w].upos != TC_UPOS_NOUN) {
        if (bare_gerund(s, w)) fight_between(s, w);
        mediated_by(s, w);
        return;
    }
    /* "the Russian invasion of Ukraine", "an Israeli strike on Gaza": the act is the head of
       its author's mention (a state and its forces' act) */
    int32_t own = s->ment[w];
    const tc_mention *om = mention_at(s, own);
    if (om && !(usable(om) && sector_is(om, "MIL") && s->lo + w == om->tok0 + om->ntok - 1 &&
                om->ntok > 1))
        return;
    if (announced_noun(s, w) || fight_between(s, w) || meeting_between(s, w) || mediated_by(s, w) ||
        drawn_reaction(s, w) || judged_move(s, w) || forces_moving(s, w) || rejected_charge(s, w) ||
        speech_noun(s, w))
        return;
    const char *aimed = aimed_verb(s, w);
    const tc_vpattern *p = bare_pattern(
        s, aimed ? tc_verbs_lookup(s->c->verbs, aimed, strlen(aimed)) : noun_verb(s, w));
    fmatch pm = {.reporter = NO_MENTION};
    if (!p && !aimed) p = transfer_pattern(s, w, &pm);
    if (!p) return;
    /* (own is NO_MENTION exactly when om is NULL) */
    noun_roles r = {
        .src = own, .tgt = NO_MENTION, .of = UINT32_MAX, .byw = UINT32_MAX, .aimed = aimed};
    phrase_roles(s, w, p, own, &r);
    agent_under_of(s, &r);
    visitor_of(s, w, &r);
    doer_by_above(s, w, &r);
    target_on_doer(s, &r);
    adjective_author(s, w, &r);
    if (r.src == NO_MENTION && r.tgt != NO_MENTION && !aimed && meeting_verb(s, w))
        r.src = meeting_agent(s, w, r.tgt);
    died_in(s, w, p, &r);
    if (pm.p) recipient_of(s, w, &pm, &r);
    if (r.src == NO_MENTION || r.tgt == NO_MENTION) return;
    emit_noun(s, w, p, &r);
}

/* (contend, assert, claim: sayings of a stand taken, "contended that Togo's tariffs were
   unjustified"; critic18) */
static const char *const sayings[] = {"say",     "tell",   "add",   "state", "insist",
                                      "declare", "stress", "note",  "write", "argue",
                                      "contend", "assert", "claim", NULL};

/* Is clause w the content of a statement noun n hung on a saying ("said in a statement[n]
 * that[mark] it was concerned[w]")? */
static int statement_that(const sctx *s, uint32_t w, uint32_t n)
{
    static const char *const statements[] = {"statement", "letter",  "interview", "speech",
                                             "post",      "message", "briefing",  NULL};
    if (!s->tr.w[w].head || head_of(s, w) != n || rel_of(s, w) != TC_REL_ACL ||
        !lemma_in(s, n, statements))
        return 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_MARK && word_is(s, s->kids[i], "that")) return 1;
    return 0;
}

/* Is concern w, held by ms, told in the holder's own words: no saying above or beside it
 * ("Ghana said it was concerned", "Ghana is concerned ..., the minister said"), or one by the
 * holder's state or by an official of no state named, of which it is the very clause said; not
 * a concern another tells of ("an analyst told VOA that although India is concerned ...",
 * "analysts say Ghana is concerned"), which is that one's reading of a standing state. */
static int own_words(sctx *s, uint32_t w, const tc_mention *ms)
{
    /* officials of no state named, who speak for the state the sentence holds */
    static const char *const officials[] = {
        "minister",  "ministry",   "spokesman",  "spokeswoman", "spokesperson", "official",
        "president", "government", "ambassador", "envoy",       "diplomat",     "statement",
        "leader",    "premier",    "chancellor", "office",      "embassy",      NULL};
    uint32_t say = UINT32_MAX, below = w;
    while (s->tr.w[below].head) {
        uint32_t a = head_of(s, below);
        if (lemma_in(s, a, sayings) && s->frame_of[a] >= 0) {
            say = a;
            break;
        }
        below = a;
    }
    if (say != UINT32_MAX && rel_of(s, below) != TC_REL_CCOMP &&
        rel_of(s, below) != TC_REL_PARATAXIS && !statement_that(s, w, below))
        return 0; /* inside another clause of the saying */
    /* ... or the saying after it, set off by a comma ("..., the minister said") */
    for (uint32_t x = w + 1; x < s->tr.n && say == UINT32_MAX; x++)
        if (lemma_in(s, x, sayings) && s->frame_of[x] >= 0 && s->fr[s->frame_of[x]].nsubj &&
            s->fr[s->frame_of[x]].subj[0].word > w) {
            uint32_t sub = s->fr[s->frame_of[x]].subj[0].word, k = sub;
            while (k > w && s->tr.w[k - 1].upos != TC_UPOS_PUNCT) k--;
            if (k > w + 1 && word_is(s, k - 1, ",")) say = x;
        }
    if (say == UINT32_MAX) return 1;
    const tc_frame *sf = &s->fr[s->frame_of[say]];
    s->sourcing = 1;
    const tc_mention *sm = mention_at(s, tc_code_first_arg_mention(s, sf->subj, sf->nsubj));
    s->sourcing = 0;
    /* ("the minister" alone is placed by the sentence's nearest state, not named) */
    uint32_t who = sf->nsubj ? sf->subj[0].word : UINT32_MAX;
    int named = 0;
    for (uint32_t k = who != UINT32_MAX ? s->first[who] : 0;
         who != UINT32_MAX && k < s->first[who + 1]; k++)
        named |= s->ment[s->kids[k]] != NO_MENTION ||
                 (s->t->toks[s->lo + s->kids[k]].flags & TC_TOK_CAP);
    if (sm && (named || sm->kind != TC_KIND_AGENT)) return !strncmp(sm->code, ms->code, 3);
    return who != UINT32_MAX && lemma_in(s, who, officials);
}

/* Is adjective w's concern told, with its subject into *subj and what it is about into *about
 * (an oblique of "about", "by", "over", "at", "with" for disappointment)? Not when denied ("is
 * not concerned about"), given as a concession or a reason ("although Peru is concerned"), or
 * asked. */
static int concern_told(const sctx *s, uint32_t w, uint32_t *subj, uint32_t *about)
{
    int held = 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        const char *cw = case_word(s, c);
        held |= r == TC_REL_COP || r == TC_REL_AUX_PASS;
        if (r == TC_REL_NSUBJ || r == TC_REL_NSUBJ_PASS) *subj = c;
        /* ("disappointed with", "dismayed with"; but "concerned with" is "dealing with") */
        if ((r == TC_REL_OBL || r == TC_REL_OBL_AGENT) && cw && *about == UINT32_MAX &&
            (!strcmp(cw, "about") || !strcmp(cw, "by") || !strcmp(cw, "over") ||
             !strcmp(cw, "at") ||
             (!strcmp(cw, "with") && (word_is(s, w, "disappointed") || word_is(s, w, "dismayed")))))
            *about = c;
        if (r == TC_REL_ADVMOD &&
            (word_is(s, c, "not") || word_is(s, c, "n't") || word_is(s, c, "never")))
            return 0; /* "is not concerned about" */
        /* "although Peru is concerned about ...": a concession or a reason told of it, no
           saying of it */
        if (r == TC_REL_MARK && !word_is(s, c, "that")) return 0;
    }
    if (!held || *subj == UINT32_MAX || *about == UINT32_MAX) return 0;
    /* "Was Ghana disappointed by ...?": asked, not told (the copula before its subject and a
       question mark closing the sentence; post17) */
    if (s->tr.n && word_is(s, s->tr.n - 1, "?"))
        for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
            int r = rel_of(s, s->kids[i]);
            if ((r == TC_REL_COP || r == TC_REL_AUX_PASS) && s->kids[i] < *subj) return 0;
        }
    return 1;
}

/* Whom a concern about phrase *about is aimed at: the owner as named, also on a compound
 * ("Togo's[poss of missile] missile tests"), of what a report tells ("concerned about reports
 * of Togo's troop build-up": *about then what it tells), of what an act is done to
 * ("disappointed by the approval of Togo's bill", post17: *of_act then that), else the
 * phrase's own mention; or NO_MENTION. */
static int32_t concern_aim(const sctx *s, uint32_t *about, uint32_t *of_act)
{
    static const char *const reports[] = {"report",  "news",  "finding", "evidence", "sign",
                                          "account", "image", "footage", NULL};
    for (uint32_t k = s->first[*about]; k < s->first[*about + 1] && lemma_in(s, *about, reports);
         k++) {
        uint32_t c = s->kids[k];
        const char *cw = case_word(s, c);
        if (rel_of(s, c) == TC_REL_NMOD && s->ment[*about] == NO_MENTION && cw &&
            (!strcmp(cw, "of") || !strcmp(cw, "on") || !strcmp(cw, "about"))) {
            *about = c;
            break;
        }
    }
    /* (the act's author is the one who owns what it passes or makes) */
    static const char *const acts[] = {"approval", "adoption",  "passage",      "passing",
                                       "signing",  "enactment", "ratification", NULL};
    int32_t tgt = NO_MENTION;
    for (uint32_t n = *about, step = 0; step < 3 && tgt == NO_MENTION; step++) {
        uint32_t next = UINT32_MAX;
        for (uint32_t k = s->first[n]; k < s->first[n + 1] && tgt == NO_MENTION; k++) {
            uint32_t c = s->kids[k];
            const char *cw = case_word(s, c);
            if (rel_of(s, c) == TC_REL_NMOD_POSS ||
                (rel_of(s, c) == TC_REL_AMOD && s->tr.w[c].upos == TC_UPOS_ADJ))
                tgt = s->ment[c];
            if (rel_of(s, c) == TC_REL_COMPOUND && next == UINT32_MAX) next = c;
            if (rel_of(s, c) == TC_REL_NMOD && cw && !strcmp(cw, "of") && next == UINT32_MAX &&
                lemma_in(s, n, acts) && s->ment[n] == NO_MENTION)
                next = *of_act = c;
        }
        if (next == UINT32_MAX) break;
        n = next;
    }
    if (tgt == NO_MENTION && s->ment[*about] != NO_MENTION) tgt = s->ment[*about];
    return tgt;
}

/* The holders of adjective w's concern (subj: its subject) into src, at most 4, each of a list
 * ("India and Japan are concerned"), a pronoun in a clause said its sayer ("said it was
 * concerned"): their count. *h: the word over w (the saying over a statement: "said in a
 * statement that it was concerned"), *g: its frame when w is its clause, else -1. */
static size_t concern_holders(sctx *s, uint32_t w, uint32_t subj, int32_t *src, uint32_t *h,
                              int32_t *g)
{
    s->sourcing = 1;
    size_t ns = tc_code_phrase_actors(s, subj, 1, src, 4);
    *h = s->tr.w[w].head ? head_of(s, w) : UINT32_MAX;
    if (*h != UINT32_MAX && statement_that(s, w, *h) && s->tr.w[*h].head) *h = head_of(s, *h);
    *g = *h != UINT32_MAX && (rel_of(s, w) == TC_REL_CCOMP || rel_of(s, w) == TC_REL_ACL)
             ? s->frame_of[*h]
             : -1;
    if (!ns && s->tr.w[subj].upos == TC_UPOS_PRON && *g >= 0 && lemma_in(s, *h, sayings))
        ns = tc_code_arg_mentions(s, s->fr[*g].subj, s->fr[*g].nsubj, src, 4);
    s->sourcing = 0;
    return ns;
}

/* "Ghana said it was concerned about Togo's missile tests", "Ghana is deeply worried over
 * Togo's build-up", "he was alarmed by Togo's decision" (session of 2026-12-07, the twelfth:
 * recall12): the concern of "expressed concern over" (110) told by the adjective, aimed at the
 * owner of what it is about (a possessive or a state's adjective) or at the actor it names
 * ("concerned about Togo"); the holder its subject, a pronoun the one who says it. Concern
 * over the weather, a situation or one's own state's doings is none. */
static void concerned(sctx *s, uint32_t w)
{
    if (!judging(s, norm_of(s, w), "worry")) return;
    uint32_t subj = UINT32_MAX, about = UINT32_MAX;
    if (!concern_told(s, w, &subj, &about)) return;
    uint32_t of_act = UINT32_MAX; /* what the act is done to, for a state's adjective on it */
    int32_t tgt = concern_aim(s, &about, &of_act);
    int32_t src[4], g;
    uint32_t h;
    size_t ns = concern_holders(s, w, subj, src, &h, &g);
    const tc_mention *ms = ns ? mention_at(s, src[0]) : NULL;
    /* a concern another tells of ("an analyst told VOA that India is concerned about ...")
       is that one's reading of a standing state, not the holder's act: only the holder's own
       words count (a saying above it by the holder's state, or none) */
    if (ms && !own_words(s, w, ms)) return;
    /* ... what a state's adjective names: "Chinese aggression" */
    uint32_t adj;
    const char *owner = tgt == NO_MENTION && ms && s->c->actors && s->nextra < 2 * (size_t)s->tr.n
                            ? tc_code_adj_state(s, about, ms, &adj)
                            : NULL;
    if (!owner && tgt == NO_MENTION && ms && of_act != UINT32_MAX && s->c->actors &&
        s->nextra < 2 * (size_t)s->tr.n)
        owner = tc_code_adj_state(s, of_act, ms, &adj); /* "the approval of the Togolese bill" */
    if (owner)
        tgt = tc_code_extra(s, s->lo + adj, 1, owner, 3, "", TC_KIND_COUNTRY,
                            "the state whose adjective names what a concern is about");
    const tc_mention *mt = mention_at(s, tgt);
    const tc_cameo *info = s->c->cameo ? tc_cameo_get(s->c->cameo, "110") : NULL;
    if (!mt || !usable(mt) || !info) return;
    fmatch m = {.reporter = NO_MENTION, .first = w, .last = w};
    tc_code_clause_mood(s, s->frame_of[w] >= 0 ? s->frame_of[w] : g, &m);
    for (size_t a = 0; a < ns; a++) {
        ms = mention_at(s, src[a]);
        if (ms && usable(ms) && strncmp(ms->code, mt->code, 3))
            tc_code_emit_at(s, &m, w, h, src[a], tgt, "110", info);
    }
}

/* The subject of the condition ("if" or "unless") of w, hung on w or, after w, on g (where
 * the parse hangs it: "said[g] it would respond[w] if[mark] Togo struck[ccomp of g]"), or
 * UINT32_MAX. */
static uint32_t condition_subject(const sctx *s, uint32_t w, uint32_t g)
{
    for (int pass = 0; pass < 2; pass++) {
        uint32_t h = pass ? g : w;
        for (uint32_t i = s->first[h]; i < s->first[h + 1]; i++) {
            uint32_t c = s->kids[i], mark = 0, subj = UINT32_MAX;
            int r = rel_of(s, c);
            if (c < w || (r != TC_REL_ADVCL && !(pass && r == TC_REL_CCOMP))) continue;
            for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++) {
                uint32_t k = s->kids[j];
                mark |=
                    rel_of(s, k) == TC_REL_MARK && (word_is(s, k, "if") || word_is(s, k, "unless"));
                if (rel_of(s, k) == TC_REL_NSUBJ && subj == UINT32_MAX) subj = k;
            }
            if (mark && subj != UINT32_MAX) return subj;
        }
    }
    return UINT32_MAX;
}

/* "Togo said it would respond if Ghana moved troops to the border": an answer its own side
 * says it would give to what another might do is a threat (130) aimed at that other, the
 * subject of the condition (critic17; "warned it would respond if" is the warning's own
 * 130). Not negated ("would not respond"), not what would have been, not another's forecast
 * ("analysts said Togo would respond"). */
static void conditional_answer(sctx *s, uint32_t w)
{
    static const char *const answers[] = {"respond", "react", NULL};
    /* ("would respond positively if ...": a promise, no threat) */
    static const char *const kindly[] = {
        "positively", "favorably", "favourably", "constructively", "generously", "warmly",
        "kindly",     "flexibly",  "openly",     "reciprocally",   NULL};
    static const char *const sayers[] = {"say", "tell", "state", "declare", "insist", "add", NULL};
    if (s->tr.w[w].upos != TC_UPOS_VERB || !lemma_in(s, w, answers) || !s->tr.w[w].head ||
        rel_of(s, w) != TC_REL_CCOMP || s->frame_of[w] < 0)
        return;
    uint32_t h = head_of(s, w), subj = UINT32_MAX;
    int32_t g = s->frame_of[h];
    if (g < 0 || !lemma_in(s, h, sayers) || !s->fr[g].nsubj) return;
    int would = 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        would |= r == TC_REL_AUX && (word_is(s, c, "would") || word_is(s, c, "will"));
        if (r == TC_REL_NSUBJ) subj = c;
        if ((r == TC_REL_ADVMOD &&
             (word_is(s, c, "not") || word_is(s, c, "n't") || word_is(s, c, "never"))) ||
            (r == TC_REL_AUX && !strcmp(s->tr.w[c].lemma, "have")) ||
            (r == TC_REL_ADVMOD && in_words(norm_of(s, c), kindly)))
            return;
    }
    uint32_t cs = condition_subject(s, w, h);
    if (!would || subj == UINT32_MAX || cs == UINT32_MAX) return;
    int32_t src = tc_code_first_arg_mention(s, s->fr[g].subj, s->fr[g].nsubj);
    const tc_mention *ms = mention_at(s, src);
    if (!ms || !usable(ms)) return;
    /* (its own side answers: a pronoun, or an actor of the sayer's state) */
    if (s->tr.w[subj].upos != TC_UPOS_PRON) {
        const tc_mention *ma = mention_at(s, tc_code_arg_mention(s, subj, 1));
        if (!ma || strncmp(ma->code, ms->code, 3)) return;
    }
    int32_t tgt = tc_code_arg_mention(s, cs, 1);
    const tc_mention *mt = mention_at(s, tgt);
    const tc_cameo *info = s->c->cameo ? tc_cameo_get(s->c->cameo, "130") : NULL;
    if (!mt || !usable(mt) || !info || !strncmp(ms->code, mt->code, 3)) return;
    fmatch m = {.reporter = NO_MENTION, .first = w, .last = w};
    tc_code_clause_mood(s, g, &m);
    tc_code_emit_at(s, &m, w, h, src, tgt, "130", info);
}

/* The author a participle on noun n names: "the tariffs imposed[acl] by Togo[obl:agent]"
 * (critic18: what is judged is the act of the one who did it); NO_MENTION when none. */
static int32_t participle_agent(sctx *s, uint32_t n)
{
    for (uint32_t i = s->first[n]; i < s->first[n + 1]; i++) {
        uint32_t a = s->kids[i];
        if (rel_of(s, a) != TC_REL_ACL || a < n || s->tr.w[a].upos != TC_UPOS_VERB) continue;
        for (uint32_t k = s->first[a]; k < s->first[a + 1]; k++)
            if (rel_of(s, s->kids[k]) == TC_REL_OBL_AGENT && s->ment[s->kids[k]] != NO_MENTION)
                return tc_code_arg_mention(s, s->kids[k], 1);
    }
    return NO_MENTION;
}

/* The noun relative clause h is on ("the tariffs[n], which Peru called[h] unjustified"), or
 * UINT32_MAX. */
static uint32_t antecedent(const sctx *s, uint32_t h)
{
    return s->tr.w[h].head && rel_of(s, h) == TC_REL_ACL_RELCL &&
                   s->tr.w[head_of(s, h)].upos == TC_UPOS_NOUN
               ? head_of(s, h)
               : UINT32_MAX;
}

/* Who did what noun n names, when n is the object of a clause with a subject ("Chile imposed
 * tariffs[n], which Peru called unjustified": Chile); NO_MENTION otherwise. */
static int32_t doer_of(sctx *s, uint32_t n)
{
    if (!s->tr.w[n].head || rel_of(s, n) != TC_REL_OBJ) return NO_MENTION;
    int32_t f = s->frame_of[head_of(s, n)];
    return f >= 0 && s->fr[f].nsubj ? tc_code_first_arg_mention(s, s->fr[f].subj, s->fr[f].nsubj)
                                    : NO_MENTION;
}

/* Whom a judgment of subj, said in clause h, is aimed at: subj, else whose subj is
 * ("Washington's tariffs", "the U.S. sanctions", "the talks with Turkey"), else who did it
 * ("announced by Togo", "Togo imposed tariffs[subj], which ..."); NO_MENTION when none. */
static int32_t judged_actor(sctx *s, uint32_t subj, uint32_t h)
{
    int32_t tgt = s->ment[subj] != NO_MENTION ? tc_code_arg_mention(s, subj, 2) : NO_MENTION;
    for (int pass = 0; pass < 2; pass++)
        for (uint32_t i = s->first[subj]; i < s->first[subj + 1] && tgt == NO_MENTION; i++) {
            int r = rel_of(s, s->kids[i]);
            if (pass ? r == TC_REL_NMOD
                     : r == TC_REL_NMOD_POSS || r == TC_REL_COMPOUND || r == TC_REL_AMOD)
                tgt = tc_code_arg_mention(s, s->kids[i], 1);
        }
    if (tgt == NO_MENTION) tgt = participle_agent(s, subj);
    if (tgt == NO_MENTION && subj == antecedent(s, h)) tgt = doer_of(s, subj);
    return tgt;
}

/* The predicate noun an adjective of judgment is said through: "said Togo's tariffs were a
 * reckless move[noun, with its copula]", "called the test an unjustified provocation" (the noun
 * a naming verb's complement); else w itself. A noun that judges by itself ("a historic
 * mistake") is read alone: its adjective would only grade it (critic18). */
static uint32_t judged_noun(sctx *s, uint32_t w)
{
    if (rel_of(s, w) != TC_REL_AMOD || !s->tr.w[w].head) return w;
    uint32_t n = head_of(s, w);
    if (n < w || s->tr.w[n].upos != TC_UPOS_NOUN ||
        tc_code_judging_word(s->c, norm_of(s, n), strlen(norm_of(s, n))) ||
        judging(s, s->tr.w[n].lemma, "noun"))
        return w;
    /* "Togo is one[cop] of the most reckless governments[n]": the "one" said of it */
    const char *cw = case_word(s, n);
    if (rel_of(s, n) == TC_REL_NMOD && cw && !strcmp(cw, "of") && s->tr.w[n].head &&
        !strcmp(s->tr.w[head_of(s, n)].lemma, "one"))
        n = head_of(s, n);
    int cop = rel_of(s, n) == TC_REL_XCOMP;
    for (uint32_t i = s->first[n]; i < s->first[n + 1]; i++)
        cop |= rel_of(s, s->kids[i]) == TC_REL_COP;
    return cop ? n : w;
}

/* The clause judging word `at` is said in: *h its verb, 0 when none. A "that" clause said
 * ("said in a statement[h] that ..."); the judging word after the object of a verb of naming,
 * parsed on the object ("Ghana called Togo's claims baseless"; twelfth session: recall12), or on
 * the verb as its complement ("called[h] the Danish ruling[obj] unconstitutional[xcomp]";
 * critic17): then *subj is the thing named and *cop is set. */
static int judgment_said(sctx *s, uint32_t at, uint32_t *h, uint32_t *subj, int *cop)
{
    static const char *const namers[] = {"call", "deem", "consider", "label", "brand", NULL};
    *h = head_of(s, at);
    int said_in = statement_that(s, at, *h);
    if (said_in && s->tr.w[*h].head) *h = head_of(s, *h);
    if ((rel_of(s, at) == TC_REL_ACL || rel_of(s, at) == TC_REL_AMOD) && at > *h &&
        rel_of(s, *h) == TC_REL_OBJ && s->tr.w[*h].head && lemma_in(s, head_of(s, *h), namers) &&
        s->frame_of[head_of(s, *h)] >= 0) {
        *subj = *h;
        *h = head_of(s, *h);
        *cop = 1;
    } else if (rel_of(s, at) == TC_REL_XCOMP && lemma_in(s, *h, namers) && s->frame_of[*h] >= 0) {
        for (uint32_t i = s->first[*h]; i < s->first[*h + 1]; i++)
            if (rel_of(s, s->kids[i]) == TC_REL_OBJ && s->kids[i] > *h && s->kids[i] < at)
                *subj = s->kids[i];
        if (*subj == UINT32_MAX) *subj = antecedent(s, *h);
        if (*subj == UINT32_MAX) return 0;
        *cop = 1;
    } else if (rel_of(s, at) != TC_REL_CCOMP && !said_in)
        return 0;
    return 1;
}

/* Reads the dependents of judging word at: its copula (*cop) and subject (*subj). 1 when the
 * judgment is denied: "said the visit was not unwelcome", "was no mistake". */
static int judgment_denied(const sctx *s, uint32_t at, uint32_t *subj, int *cop)
{
    for (uint32_t i = s->first[at]; i < s->first[at + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        *cop |= r == TC_REL_COP;
        if (r == TC_REL_NSUBJ) *subj = c;
        if ((r == TC_REL_ADVMOD &&
             (word_is(s, c, "not") || word_is(s, c, "n't") || word_is(s, c, "never"))) ||
            (r == TC_REL_DET && word_is(s, c, "no")))
            return 1;
    }
    return 0;
}

/* The target tgt of a judgment of subj by ms, else the state a capitalised adjective names:
 * "said the Chinese decision was unacceptable", "called the Moroccan ruling illegal"
 * (critic17). */
static int32_t adjective_target(sctx *s, int32_t tgt, uint32_t subj, const tc_mention *ms)
{
    uint32_t adj;
    const char *owner =
        tgt == NO_MENTION && ms && usable(ms) && s->c->actors && s->nextra < 2 * (size_t)s->tr.n
            ? tc_code_adj_state(s, subj, ms, &adj)
            : NULL;
    if (owner)
        tgt = tc_code_extra(s, s->lo + adj, 1, owner, 3, "", TC_KIND_COUNTRY,
                            "the state whose adjective names the act judged");
    return tgt;
}

/* Emits the judgment word w makes, said in clause h (frame g), by src of tgt: criticism (110
 * for alarm) or praise. */
static void emit_judgment(sctx *s, uint32_t w, uint32_t h, int32_t g, int32_t src, int32_t tgt,
                          int blame, int alarm)
{
    const char *verb = blame ? "criticize" : "praise";
    const tc_vpattern *p = bare_pattern(s, tc_verbs_lookup(s->c->verbs, verb, strlen(verb)));
    if (!p) return;
    const tc_cameo *info = alarm && s->c->cameo ? tc_cameo_get(s->c->cameo, "110") : NULL;
    fmatch m = {.p = p, .reporter = NO_MENTION, .first = w, .last = w};
    tc_code_clause_mood(s, g, &m);
    if (info)
        tc_code_emit_at(s, &m, w, h, src, tgt, "110", info);
    else
        tc_code_emit_at(s, &m, w, h, src, tgt, p->cameo, p->info);
}

void tc_code_judgment(sctx *s, uint32_t w)
{
    concerned(s, w);
    conditional_answer(s, w);
    const tc_word *x = &s->tr.w[w];
    /* (and nouns that blame as those adjectives do, said of an act: "said Togo's decision
       was a violation of the treaty"; fifteenth session, recall6's criticism without an
       event verb) */
    int noun = x->upos == TC_UPOS_NOUN && judging(s, x->lemma, "noun");
    if (x->upos != TC_UPOS_ADJ && !noun) return;
    int blame = noun || judging(s, x->lemma, "blame");
    int praise = !blame && judging(s, x->lemma, "praise");
    int alarm = !blame && !praise && judging(s, norm_of(s, w), "alarm");
    blame |= alarm;
    if ((!blame && !praise) || !x->head) return;
    uint32_t at = noun ? w : judged_noun(s, w); /* the word whose clause says it */
    uint32_t h, subj = UINT32_MAX;
    int cop = 0;
    if (!judgment_said(s, at, &h, &subj, &cop)) return;
    int32_t g = s->frame_of[h];
    if (g < 0 || (subj == UINT32_MAX && !lemma_in(s, h, sayings)) || !s->fr[g].nsubj) return;
    if (judgment_denied(s, at, &subj, &cop)) return;
    /* "said Togo's detention[obj] of X was[cop] illegal[ccomp]": the clause's subject the
       parse made the saying's object, between the verb and the clause */
    for (uint32_t i = s->first[h]; blame && cop && subj == UINT32_MAX && i < s->first[h + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_OBJ && s->kids[i] > h && s->kids[i] < at &&
            s->tr.w[s->kids[i]].upos == TC_UPOS_NOUN && lemma_in(s, h, sayings))
            subj = s->kids[i];
    if (cop && subj == UINT32_MAX) subj = antecedent(s, h); /* "which Peru said were ..." */
    if (!cop || subj == UINT32_MAX) return;
    int32_t tgt = judged_actor(s, subj, h);
    int32_t src = tc_code_first_arg_mention(s, s->fr[g].subj, s->fr[g].nsubj);
    const tc_mention *ms = mention_at(s, src);
    tgt = adjective_target(s, tgt, subj, ms);
    const tc_mention *mt = mention_at(s, tgt);
    if (!ms || !mt || !usable(ms) || !usable(mt) || !strncmp(ms->code, mt->code, 3)) return;
    emit_judgment(s, w, h, g, src, tgt, blame, alarm);
}

int tc_code_judging_word(const tc_coder *c, const char *norm, size_t len)
{
    static const char *const uses[] = {"blame", "praise", "worry", "noun", "alarm", NULL};
    const tc_verbs *v = word_lists(c);
    for (const char *const *u = uses; len && *u; u++)
        if (tc_verbs_listed(v, JUDGMENT, *u, norm, len)) return 1;
    return 0;
}
