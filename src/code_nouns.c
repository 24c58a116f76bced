/* code_nouns: events named by nouns, and judgments told by an adjective ("said the tariffs
 * were unjustified"). An event noun with its agent and its patient
 * ("Azerbaijan's blockade of Armenia", "the shelling of X by Y"), one an announcing verb takes
 * as object ("announced a suspension of aid to X", read with the verb's patterns), and fighting
 * between sides ("clashes broke out between A and B"); each takes the mood of its clause. Part
 * of the coder (code_int.h). */
#include "code_int.h"

#include <string.h>

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
    {"coercion", "coerce"},       {"aggression", "attack"},
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
    if (!nt && !tc_code_one_sided(m.code)) return 0;
    m.flags = 0;
    tc_code_clause_mood(s, f, &m);
    for (size_t a = 0; a < ns; a++)
        for (size_t b = 0; b < (nt ? nt : 1); b++)
            tc_code_emit_at(s, &m, w, v, src[a], nt ? tgt[b] : NO_MENTION, m.code, m.info);
    return 1;
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
    m.flags = 0;
    tc_code_clause_mood(s, frame_above(s, w), &m);
    for (size_t a = 0; a < ns; a++)
        for (size_t b = 0; b < (nt ? nt : 1); b++)
            tc_code_emit_at(s, &m, w, UINT32_MAX, src[a], nt ? tgt[b] : NO_MENTION, m.code, m.info);
    return 1;
}

/* Nouns of fighting between sides ("clashes between A and B broke out", "fighting between the
 * army and rebels displaced thousands"). */
static const char *const fights[] = {"clash",     "fighting", "battle",      "skirmish",
                                     "firefight", "gunfight", "hostilities", NULL};

/* A fight noun with its sides in a "between" phrase (its own, or its verb's): each side
 * fights the others (190, both ways). */
static int fight_between(sctx *s, uint32_t w)
{
    if (!base_in(s, w, fights)) return 0;
    uint32_t between = UINT32_MAX;
    for (int pass = 0; pass < 2 && between == UINT32_MAX; pass++) {
        uint32_t h = pass ? head_of(s, w) : w; /* "clashes broke out between A and B" */
        if (pass && (rel_of(s, w) != TC_REL_NSUBJ || s->frame_of[h] < 0)) break;
        for (uint32_t i = s->first[h]; i < s->first[h + 1]; i++) {
            uint32_t c = s->kids[i];
            const char *cw = case_word(s, c);
            if (cw && !strcmp(cw, "between") &&
                (rel_of(s, c) == TC_REL_NMOD || rel_of(s, c) == TC_REL_OBL))
                between = c;
        }
    }
    if (between == UINT32_MAX) return 0;
    int32_t side[8];
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
    /* "clashes between rival militias", "fighting between gangs": one plural side fights
       among itself, one-sided as "rival militias fought" (no target) */
    int rivals = n == 1 && !strcmp(tc_parse_xpos_name(s->c->parser, s->tr.w[between].xpos), "NNS");
    if (n < 2 && !rivals) return 0;
    if (s->agents_only && (!s->where || s->where_article)) return 0;
    /* "the Oval Office clash between Trump and Zelenskyy": leaders clash in words; a fight
       needs an armed side */
    static const char *const armed[] = {"MIL", "REB", "INS", "SEP", "UAF", "COP", "SPY", NULL};
    int fighting = 0;
    for (size_t a = 0; a < n && !fighting; a++) {
        const tc_mention *ma = mention_at(s, side[a]);
        fighting = ma && (strlen(ma->code) == 3 || sector_in(ma, armed));
    }
    if (!fighting) return 0;
    const tc_vpattern *p = bare_pattern(s, tc_verbs_lookup(s->c->verbs, "fight", 5));
    if (!p) return 0;
    fmatch m = {.p = p, .reporter = NO_MENTION, .first = w, .last = w};
    tc_code_clause_mood(s, frame_above(s, w), &m);
    for (size_t a = 0; a < n; a++)
        for (size_t b = 0; b < n; b++)
            if (a != b || rivals)
                tc_code_emit_at(s, &m, w, UINT32_MAX, side[a], rivals ? NO_MENTION : side[b],
                                p->cameo, p->info);
    return 1;
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

/* "Russia rejected Ukraine's accusations", "denied allegations by Kenya that it had ...": an
 * accusation named by a noun with its author (a possessive, a nationality, "by" or "from"),
 * which its subject denies or rejects, was made against that subject: the author's 112 on it,
 * whatever the denial's own mood (the accusation was made). */
static int rejected_charge(sctx *s, uint32_t w)
{
    static const char *const charges[] = {"accusation", "allegation", NULL};
    static const char *const deniers[] = {"deny",   "reject", "dismiss", "refute",
                                          "rebuff", "rebut",  "deflect", NULL};
    if (!lemma_in(s, w, charges) || rel_of(s, w) != TC_REL_OBJ) return 0;
    uint32_t g = head_of(s, w);
    int32_t f = s->frame_of[g];
    if (f < 0 || !lemma_in(s, g, deniers) || !s->fr[f].nsubj || !s->c->cameo) return 0;
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
    const tc_vpattern *p =
        bare_pattern(s, tc_verbs_lookup(s->c->verbs, s->tr.w[v].lemma, strlen(s->tr.w[v].lemma)));
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
    for (size_t a = 0; a < nb; a++)
        for (size_t b = 0; b < na; b++)
            tc_code_emit_at(s, &m, w, v, by[a], at[b], p->cameo, p->info);
    return 1;
}

/* What a third party brokers: a deal, talks, a truce. */
static const char *const brokered[] = {
    "deal",    "agreement", "accord",  "ceasefire",   "cease-fire", "truce",
    "talks",   "summit",    "meeting", "negotiation", "exchange",   "swap",
    "release", "dialogue",  "pact",    "arrangement", NULL};

/* "freed three people in a deal brokered by Lithuania", "talks with Aliyev hosted by Charles
 * Michel", "citing mediation by Qatar": the one by whom a deal or talks are brokered, mediated
 * or hosted (w: the participle, or the noun "mediation") mediates (045) for the parties: the
 * sides of its "between", else the subjects of the clause the deal stands in and those the
 * talks are "with" (of another state than the mediator's: "a summit hosted by Russia" with
 * Putin is Russia's own). */
static int mediated_by(sctx *s, uint32_t w)
{
    static const char *const mediators[] = {"broker", "mediate", "facilitate", "host", NULL};
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
    /* the participle's own mood first: "a summit to be hosted by Russia" is yet to come */
    tc_code_clause_mood(s, f, &m);
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
    if (announced_noun(s, w) || fight_between(s, w) || mediated_by(s, w) || drawn_reaction(s, w) ||
        judged_move(s, w) || forces_moving(s, w) || rejected_charge(s, w))
        return;
    const char *aimed = aimed_verb(s, w);
    const tc_vpattern *p = bare_pattern(
        s, aimed ? tc_verbs_lookup(s->c->verbs, aimed, strlen(aimed)) : noun_verb(s, w));
    if (!p) return;
    int32_t src = om ? own : NO_MENTION, tgt = NO_MENTION;
    uint32_t of = UINT32_MAX;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        const char *cw = r == TC_REL_NMOD ? case_word(s, c) : NULL;
        if (om && s->ment[c] == own) continue;
        if (src == NO_MENTION &&
            (r == TC_REL_NMOD_POSS || r == TC_REL_AMOD || (cw && !strcmp(cw, "by"))))
            src = tc_code_arg_mention(s, c, 1);
        else if (tgt == NO_MENTION && cw && in_words(cw, tc_code_target_preps) &&
                 strcmp(cw, "by") && strcmp(cw, "from") &&
                 (!aimed || !strcmp(cw, "against") || !strcmp(cw, "on"))) {
            tgt = tc_code_arg_mention(s, c, 2);
            if (!strcmp(cw, "of")) of = c;
        }
    }
    /* "the expulsion of Polish diplomats by Russia": the agent parsed under the "of" noun */
    for (uint32_t i = of != UINT32_MAX && src == NO_MENTION ? s->first[of] : 0;
         of != UINT32_MAX && src == NO_MENTION && i < s->first[of + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *cw = rel_of(s, c) == TC_REL_NMOD ? case_word(s, c) : NULL;
        if (cw && !strcmp(cw, "by") && c > of) src = tc_code_arg_mention(s, c, 1);
    }
    if (src == NO_MENTION || tgt == NO_MENTION) return;
    /* the verb's pattern the noun's phrase matches, where one does ("the expulsion of Russian
       diplomats" is "expel * diplomats", 166, not the bare "expel", 174) */
    fmatch pm;
    if (!aimed && noun_match(s, w, 1, &pm) && pm.p->cameo[0] && !pm.p->cameo2[0]) p = pm.p;
    fmatch m = {.p = p, .reporter = NO_MENTION, .first = w, .last = w};
    tc_code_clause_mood(s, frame_above(s, w), &m);
    tc_code_emit_at(s, &m, w, UINT32_MAX, src, tgt, p->cameo, p->info);
    if (p->cameo2[0]) tc_code_emit_at(s, &m, w, UINT32_MAX, tgt, src, p->cameo2, p->info2);
}

/* Adjectives that judge what they are said of: blame (111) and praise (051). */
static const char *const blames[] = {
    "unjustified",   "unacceptable",   "illegal",           "unlawful",
    "regrettable",   "absurd",         "outrageous",        "provocative",
    "baseless",      "groundless",     "irresponsible",     "unfounded",
    "illegitimate",  "unwarranted",    "deplorable",        "reprehensible",
    "shameful",      "disgraceful",    "counterproductive", "destabilizing",
    "destabilising", "unprovoked",     "reckless",          "hypocritical",
    "unjust",        "discriminatory", "intolerable",       NULL};
static const char *const praises[] = {"welcome",     "positive",   "constructive", "historic",
                                      "encouraging", "productive", "fruitful",     "helpful",
                                      "commendable", NULL};
static const char *const sayings[] = {"say",    "tell", "add",   "state", "insist", "declare",
                                      "stress", "note", "write", "argue", NULL};

void tc_code_judgment(sctx *s, uint32_t w)
{
    const tc_word *x = &s->tr.w[w];
    if (x->upos != TC_UPOS_ADJ) return;
    int blame = lemma_in(s, w, blames), praise = !blame && lemma_in(s, w, praises);
    if ((!blame && !praise) || rel_of(s, w) != TC_REL_CCOMP || !x->head) return;
    uint32_t h = head_of(s, w);
    int32_t g = s->frame_of[h];
    if (g < 0 || !lemma_in(s, h, sayings) || !s->fr[g].nsubj) return;
    uint32_t subj = UINT32_MAX;
    int cop = 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        cop |= r == TC_REL_COP;
        if (r == TC_REL_NSUBJ) subj = c;
        if (r == TC_REL_ADVMOD &&
            (word_is(s, c, "not") || word_is(s, c, "n't") || word_is(s, c, "never")))
            return; /* "said the visit was not unwelcome" */
    }
    if (!cop || subj == UINT32_MAX) return;
    /* whom it is said of: the subject, else whose the subject is ("Washington's tariffs") */
    int32_t tgt = s->ment[subj] != NO_MENTION ? tc_code_arg_mention(s, subj, 2) : NO_MENTION;
    for (int pass = 0; pass < 2; pass++) /* "the U.S. sanctions", "the talks with Turkey" */
        for (uint32_t i = s->first[subj]; i < s->first[subj + 1] && tgt == NO_MENTION; i++) {
            int r = rel_of(s, s->kids[i]);
            if (pass ? r == TC_REL_NMOD
                     : r == TC_REL_NMOD_POSS || r == TC_REL_COMPOUND || r == TC_REL_AMOD)
                tgt = tc_code_arg_mention(s, s->kids[i], 1);
        }
    int32_t src = tc_code_first_arg_mention(s, s->fr[g].subj, s->fr[g].nsubj);
    const tc_mention *ms = mention_at(s, src), *mt = mention_at(s, tgt);
    if (!ms || !mt || !usable(ms) || !usable(mt) || !strncmp(ms->code, mt->code, 3)) return;
    const char *verb = blame ? "criticize" : "praise";
    const tc_vpattern *p = bare_pattern(s, tc_verbs_lookup(s->c->verbs, verb, strlen(verb)));
    if (!p) return;
    fmatch m = {.p = p, .reporter = NO_MENTION, .first = w, .last = w};
    tc_code_clause_mood(s, g, &m);
    tc_code_emit_at(s, &m, w, h, src, tgt, p->cameo, p->info);
}

int tc_code_judging_word(const char *norm, size_t len)
{
    for (int k = 0; len && k < 2; k++)
        for (const char *const *a = k ? praises : blames; *a; a++)
            if (**a == norm[0] && strlen(*a) == len && !memcmp(*a, norm, len)) return 1;
    return 0;
}
