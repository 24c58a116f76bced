/* code_args: the actor a phrase stands for. The mention covering its head, else one among
 * its owners ("the Iranian foreign minister", "officials of Iran"), an agent joined to the
 * state the sentence names ("officials" and "Iran": IRNGOV), each member of a list and the
 * sectors they share ("UK and EU negotiators"), and what the words of a phrase say of it: a
 * noun of people, a victim of harm, a companion of the act's author, who works abroad or for
 * no one state. Split from code_roles.c, which gives these actors their roles. Part of the
 * coder (code_int.h). */
#include "code_int.h"

#include <stdio.h>
#include <string.h>

/* Relations inside a noun phrase that may hold the actor its head stands for: "the Iranian
 * foreign minister", "Russia's army", "officials of Iran", "the leader, Mr X". */
static int names_owner(int r)
{
    return r == TC_REL_COMPOUND || r == TC_REL_AMOD || r == TC_REL_NMOD_POSS || r == TC_REL_FLAT ||
           r == TC_REL_APPOS || r == TC_REL_NMOD || r == TC_REL_NMOD_DESC;
}

static const char *const owner_preps[] = {"of", "from", "in", "for", NULL};

const char *tc_code_noun_class(const sctx *s, uint32_t w)
{
    int first;
    uint64_t all;
    const char *l = s->tr.w[w].lemma;
    size_t n = strlen(l);
    if (!s->c->wordnet) return NULL;
    if (tc_wordnet_lookup(s->c->wordnet, l, n, 'n', &first, &all))
        return tc_wordnet_class_name(first);
    /* "ceasefire", "peacekeeper": news writes as one word what WordNet hyphenates */
    char buf[32];
    for (size_t k = 3; n >= 6 && n < sizeof buf - 1 && k + 3 <= n; k++) {
        memcpy(buf, l, k);
        buf[k] = '-';
        memcpy(buf + k + 1, l + k, n - k);
        if (tc_wordnet_lookup(s->c->wordnet, buf, n + 1, 'n', &first, &all))
            return tc_wordnet_class_name(first);
    }
    return NULL;
}

/* Bodies whose first sense WordNet files elsewhere ("the Hezbollah group": noun.Tops; "the NATO
 * alliance": noun.state; "the Israeli air force": noun.attribute). */
static const char *const bodies[] = {"group", "alliance", "force", NULL};
/* People whose first sense WordNet files elsewhere ("the head of Amnesty International":
 * noun.body). */
static const char *const heads[] = {"head", NULL};

/* Is w a noun for people, their acts, words, plans or land ("officials", "the army", "the
 * offensive", "the U.S. proposal", "Ukrainian cities") rather than a thing or an occasion ("a
 * United States military plane", "the Singapore summit")? Unknown to WordNet: yes. */
int tc_code_people_noun(const sctx *s, uint32_t w)
{
    if (!s->c->wordnet || s->tr.w[w].upos == TC_UPOS_PROPN || lemma_in(s, w, bodies) ||
        lemma_in(s, w, heads))
        return 1;
    const char *name = tc_code_noun_class(s, w);
    if (!name) return 1; /* unknown to WordNet */
    return (!strcmp(name, "noun.person") || !strcmp(name, "noun.group") ||
            !strcmp(name, "noun.act") || !strcmp(name, "noun.location") ||
            !strcmp(name, "noun.communication") || !strcmp(name, "noun.cognition"));
}

/* Is w a noun for people or a body of them (WordNet's noun.person or noun.group, and the
 * bodies people_noun names)? */
static int group_noun(const sctx *s, uint32_t w)
{
    if (!s->c->wordnet || lemma_in(s, w, bodies)) return 1;
    const char *name = tc_code_noun_class(s, w);
    return !name || !strcmp(name, "noun.person") || !strcmp(name, "noun.group");
}

/* Is w a weapon or vehicle that can act ("missiles struck", "a police helicopter attacked")? */
int tc_code_instrument_noun(const sctx *s, uint32_t w)
{
    static const char *const kinds[] = {
        "weapon", "missile",    "rocket",    "bomb",  "aircraft", "warplane", "jet",
        "drone",  "helicopter", "gunship",   "tank",  "warship",  "gunboat",  "artillery",
        "mortar", "shell",      "airstrike", "plane", "fighter",  "bomber",   NULL};
    return lemma_in(s, w, kinds);
}

/* An agent with no state ("officials", "the army") and a state named inside its phrase
 * ("of Iran", "Iranian"): the state's agent, made here. */
int32_t tc_code_agent_of(sctx *s, const tc_mention *agent, const char *state, int len,
                         const char *name)
{
    if (strlen(state) < 3 || !strncmp(state, "---", 3) || s->nextra >= 2 * (size_t)s->tr.n)
        return NO_MENTION;
    tc_mention *x = &s->extra[s->nextra];
    *x = *agent;
    /* "officials of the EU": the organisation's own code, not "IGO" + GOV */
    if (!strncmp(state, "IGO", 3) || !strncmp(state, "NGO", 3) || !strncmp(state, "MNC", 3))
        snprintf(x->code, sizeof x->code, "%s", state);
    else
        snprintf(x->code, sizeof x->code, "%.*s%s", len, state, agent->code + 3);
    x->name = name;
    return (int32_t)(s->nm + s->nextra++);
}

int32_t tc_code_agent_of_state(sctx *s, const tc_mention *agent, const char *state,
                               const char *name)
{
    return tc_code_agent_of(s, agent, state, 3, name);
}

int tc_code_is_agent(const tc_mention *m)
{
    return m && !strncmp(m->code, "---", 3) && !tc_code_unknown_name(m);
}

/* Harm done to someone: acts of force and "violence", "abuses" ...; with of_ the acts whose
 * "of" names the one harmed ("the shelling of X", not "the attack of the army"). */
static int harm_noun(const sctx *s, uint32_t n, int of_)
{
    /* ... and repression ("condemned the crackdown on protesters", "the curbs on women") */
    static const char *const harms[] = {
        "violence",   "aggression",   "killing",     "killings",   "crime",       "crimes",
        "atrocity",   "atrocities",   "abuse",       "abuses",     "massacre",    "crackdown",
        "clampdown",  "curb",         "restriction", "repression", "persecution", "discrimination",
        "harassment", "intimidation", NULL};
    static const char *const done_to[] = {
        "shelling",      "bombing",  "killing", "killings", "bombardment", "massacre", "murder",
        "assassination", "blockade", "siege",   "invasion", "occupation",  NULL};
    if (of_) return lemma_in(s, n, done_to);
    return base_in(s, n, tc_code_force_nouns) || lemma_in(s, n, harms);
}

/* Is the actor at w whom harm is done to, when disapproval is coded ("condemned the violence
 * against Afghan civilians", "the shelling of X")? Disapproving of the act is not disapproving
 * of them: the target is its author, when named ("the attack on X by Y", "Y's attack"). */
int tc_code_victim(const sctx *s, uint32_t w)
{
    uint32_t h = mention_head(s, w, s->ment[w]);
    /* "the curbs on Afghan women's access to education": whose access is curbed */
    if (rel_of(s, h) == TC_REL_NMOD_POSS && s->tr.w[h].head && case_word(s, head_of(s, h)))
        h = head_of(s, h);
    const char *cw = case_word(s, h);
    if (!s->telling || !cw || !s->tr.w[h].head) return 0;
    uint32_t n = head_of(s, h);
    if (!strcmp(cw, "of")) return harm_noun(s, n, 1);
    if (strcmp(cw, "on") && strcmp(cw, "against")) return 0;
    /* "blamed the attacks on Afghanistan": whom blame puts an act on did it */
    for (uint32_t v = n; !strcmp(cw, "on"); v = head_of(s, v)) {
        if (s->tr.w[v].upos == TC_UPOS_VERB) {
            if (!strcmp(s->tr.w[v].lemma, "blame")) return 0;
            break;
        }
        if (!s->tr.w[v].head) break;
    }
    if (s->tr.w[n].upos == TC_UPOS_VERB) /* the parse hung it on the verb: its object's */
        for (uint32_t i = s->first[n]; i < s->first[n + 1]; i++)
            if (rel_of(s, s->kids[i]) == TC_REL_OBJ && s->kids[i] < h)
                return harm_noun(s, s->kids[i], 0);
    return harm_noun(s, n, 0);
}

/* Is the actor at w a companion of the act's author ("spoke out against the plan, along with
 * donors", "together with France", "alongside the EU", "as well as X")? Who acts beside the
 * source is a co-author, never whom the act is aimed at. The phrase's case words, or those of
 * the list it is a conjunct of, say so. */
int tc_code_companion_at(const sctx *s, uint32_t h)
{
    for (int up = 0; up < 2; up++) {
        for (uint32_t i = s->first[h]; i < s->first[h + 1]; i++) {
            uint32_t c = s->kids[i];
            int r = rel_of(s, c);
            if (r != TC_REL_CASE && r != TC_REL_CC && r != TC_REL_ADVMOD) continue;
            if (word_is(s, c, "alongside")) return 1;
            /* "along with X", "together with X" (the parse may hang "together" on the verb) */
            if (r == TC_REL_CASE && word_is(s, c, "with") && c > 0 &&
                (word_is(s, c - 1, "along") || word_is(s, c - 1, "together")))
                return 1;
        }
        if (rel_of(s, h) != TC_REL_CONJ || !s->tr.w[h].head ||
            s->tr.w[head_of(s, h)].upos == TC_UPOS_VERB)
            break;
        h = head_of(s, h); /* "along with donors and the international community" */
    }
    return 0;
}

/* Is w the subject of an absolute "with" clause ("voiced concern, with its minister[w]
 * speaking by phone with X"): a phrase of "with", set off by a comma, followed at once by a
 * participle? Who speaks there is no partner of the main verb. */
int tc_code_absolute_with(const sctx *s, uint32_t w)
{
    const char *cw = case_word(s, w);
    if (!cw || strcmp(cw, "with") || !s->c->parser) return 0;
    int comma = 0; /* set off by a comma: not "held talks with X aimed at ending the dispute" */
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++)
        comma |=
            rel_of(s, s->kids[i]) == TC_REL_PUNCT && s->kids[i] < w && word_is(s, s->kids[i], ",");
    if (!comma) return 0;
    uint32_t end = w + 1; /* one past w's phrase */
    for (uint32_t x = w + 1; x < s->tr.n; x++) {
        uint32_t h = x;
        while (h != w && s->tr.w[h].head) h = head_of(s, h);
        if (h != w) break;
        end = x + 1;
    }
    if (end >= s->tr.n || s->tr.w[end].upos != TC_UPOS_VERB) return 0;
    const tc_feats *ft = tc_parse_feats(s->c->parser, s->tr.w[end].feats);
    return ft && (ft->verbform == TC_VF_GER || ft->verbform == TC_VF_PART);
}

int tc_code_companion(const sctx *s, uint32_t w)
{
    uint32_t h = mention_head(s, w, s->ment[w]);
    return tc_code_companion_at(s, h) || tc_code_absolute_with(s, h);
}

/* The mention standing for the phrase headed by w: the one covering w, else one in its
 * owner relations (depth levels down), nearest first; *where: the word it was found at. */
/* Nouns naming who asked ("at Armenia's request") and tc_code_quantities ("tens of thousands of
 * X"). */
const char *const tc_code_behest[] = {"request", "invitation", "behest",     "initiative",
                                      "urging",  "suggestion", "insistence", NULL};
const char *const tc_code_quantities[] = {
    "ten",   "hundred",  "thousand", "million", "dozen", "score", "number",  "group",
    "crowd", "handful",  "couple",   "one",     "some",  "many",  "several", "most",
    "all",   "majority", "minority", "rest",    "batch", "wave",  NULL};

/* Nouns of an answer ("in response to X's invasion of Y": who is answered, not whom the act
 * is aimed at, is named there). */
static const char *const answers[] = {"response", "retaliation", "reaction", "reprisal",
                                      "revenge",  "reply",       NULL};

/* Is w an answer noun opened by "in" ("in response to", "in retaliation for"), not the act
 * itself ("threatened retaliation against X")? */
int tc_code_in_answer(const sctx *s, uint32_t w)
{
    const char *cw = case_word(s, w);
    return lemma_in(s, w, answers) && cw && !strcmp(cw, "in");
}

/* "diplomats meeting in Kenya", "talks in Canada": those who work abroad are not the state
 * the sentence places them in (their own words may: "Kenyan diplomats", "the ambassador of
 * Kenya") */
int tc_code_abroad(const sctx *s, uint32_t w)
{
    static const char *const abroad_[] = {"diplomat", "envoy",      "ambassador", "emissary",
                                          "delegate", "delegation", NULL};
    return lemma_in(s, w, abroad_);
}

/* "international rights groups", "foreign journalists": an agent its own words say belongs to
 * no one state */
int tc_code_stateless(const sctx *s, uint32_t w)
{
    /* "as governments continue climate talks in Madrid": many states' institutions are no one
       state's */
    static const char *const many[] = {"governments", "countries", "nations", "states", NULL};
    if (in_words(norm_of(s, w), many)) return 1;
    if (tc_code_abroad(s, w)) return 1;
    /* "drones struck an outpost in Jordan": war machines fly across borders, the place they
       strike is not whose they are */
    static const char *const machines[] = {
        "drone",   "drones",   "warplane",   "warplanes",   "jet",   "jets",   "artillery",
        "gunship", "gunships", "helicopter", "helicopters", "plane", "planes", NULL};
    if (lemma_in(s, w, machines) || in_words(norm_of(s, w), machines)) return 1;
    static const char *const nowhere[] = {
        "international", "foreign", "global", "western", "regional", "multinational", "independent",
        "european",      "african", "asian",  "arab",    "gulf",     "nordic",        "baltic",
        "caribbean",     "eastern", "allied", "world",   NULL};
    for (uint32_t k = w > 4 ? w - 4 : 0; k < w; k++) /* "international rights groups" */
        if ((lemma_in(s, k, nowhere) || in_words(norm_of(s, k), nowhere)) &&
            (head_of(s, k) == w || head_of(s, head_of(s, k)) == w))
            return 1;
    return 0;
}

/* People defined by whom they oppose or suffer from: "opponents of the government" are not
 * the government. */
static const char *const opposers[] = {"opponent",  "critic", "rival",      "enemy",     "foe",
                                       "adversary", "victim", "opposition", "detractor", NULL};

static const char *const dissenters[] = {"opponent", "critic", "detractor", NULL};

/* Does a capitalised adjective no dictionary placed say whose agent w is ("the former Catalan
 * official", "Kurdish officials")? */
static int named_kind(const sctx *s, uint32_t w)
{
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        if ((r == TC_REL_AMOD || r == TC_REL_COMPOUND) &&
            (s->tr.w[c].upos == TC_UPOS_ADJ || s->tr.w[c].upos == TC_UPOS_PROPN) &&
            (s->t->toks[s->lo + c].flags & TC_TOK_CAP) && s->ment[c] == NO_MENTION)
            return 1;
    }
    return 0;
}

/* "militants present on Afghan soil", "fighters based on Iraqi territory": agent `at` of noun
 * w placed on a state's ground (a modifier of w present, based, active ... "on" or "in" a
 * soil, territory or land a state's adjective names) as that state's agent; NO_MENTION when
 * none (demands16). */
static int32_t on_state_ground(sctx *s, uint32_t w, const tc_mention *at)
{
    static const char *const placed[] = {"present", "base",    "based",   "active", "operate",
                                         "hide",    "station", "shelter", NULL};
    static const char *const grounds[] = {"soil", "territory", "land", NULL};
    if (!at || !s->c->actors) return NO_MENTION;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        if ((r != TC_REL_AMOD && r != TC_REL_ACL) || !lemma_in(s, c, placed)) continue;
        for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++) {
            uint32_t o = s->kids[j];
            const char *cw = case_word(s, o);
            if (rel_of(s, o) != TC_REL_OBL || !cw || (strcmp(cw, "on") && strcmp(cw, "in")) ||
                !lemma_in(s, o, grounds))
                continue;
            for (uint32_t q = s->first[o]; q < s->first[o + 1]; q++) {
                uint32_t a = s->kids[q];
                const tc_token *t = &s->t->toks[s->lo + a];
                /* (the adjective alone, or with the ground the state's mention the actors
                   made: "Armenian territory") */
                const tc_mention *am = mention_at(s, s->ment[a]);
                const char *st =
                    rel_of(s, a) != TC_REL_AMOD || !(t->flags & TC_TOK_CAP) ? NULL
                    : am ? (strlen(am->code) == 3 && strncmp(am->code, "---", 3) ? am->code : NULL)
                         : tc_actors_adj_state(s->c->actors, t->norm, t->nlen);
                if (st && strlen(st) == 3 && strlen(at->code) >= 3) {
                    int32_t both = tc_code_agent_of_state(s, at, st, "");
                    if (both != NO_MENTION) return both;
                }
            }
        }
    }
    return NO_MENTION;
}

/* An agent of no state that nothing in its phrase placed: the state the sentence places it
 * in, the speaker's own (its institutions, civilians it pleads with or restricts), or itself
 * where agents are kept; NO_MENTION otherwise. */
static int32_t agent_placed(sctx *s, uint32_t w, const tc_mention *at, int32_t k)
{
    /* "police fired tear gas at protesters in Nairobi": agents of no state are the state's
       the sentence places them in, when it names one */
    /* ... but an armed group's victims placed only by the article are the group's state's
       ("the BLA killed nearly 400 people" in a story filed from Kabul) */
    if (tc_code_is_agent(at) && s->where && s->where_article && s->forcing && !s->sourcing &&
        s->armed && !tc_code_stateless(s, w))
        return tc_code_agent_of_state(s, at, s->armed->code, s->armed->name);
    /* ... but not a force a show of force moves or alerts: "the Pentagon placed an Army brigade
       in Italy on alert" is the source's own, stationed there, never Italy's (with17) */
    int stationed = s->posturing && !s->sourcing && at && !strcmp(at->code + 3, "MIL");
    if (tc_code_is_agent(at) && s->where && (!s->where_article || s->sourcing || s->forcing) &&
        !tc_code_stateless(s, w) && !stationed)
        return tc_code_agent_of_state(s, at, s->where, s->where_name);
    /* "Iceland's president refused a request from the prime minister", "a Belgian court
       convicted the party": an institution of no state named by a state's own institution, in
       words and in law (not force), is the same state's */
    /* ... not its own kind ("the government sent soldiers", "released the former
       president": the same code, no one else), nor forces it sends, nor "warring parties" */
    static const char *const institutions[] = {"GOV", "LEG", "JUD", "COP", "OPP", "PTY", NULL};
    /* ... and a state pleading with civilians, urging people: its own ("The C.A.R. is pleading
       with civilians to return"); so are civilians its authorities restrict ("Kenyan
       authorities banned civilians from travelling": read13) */
    int bare_noun = 1; /* "civilians", "the people"; not "Eritrean men", "people in Gaza" */
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        int r = rel_of(s, s->kids[i]);
        bare_noun &= r == TC_REL_DET || r == TC_REL_NUMMOD || r == TC_REL_CASE ||
                     r == TC_REL_PUNCT || r == TC_REL_CC || r == TC_REL_ACL_RELCL;
    }
    if (tc_code_is_agent(at) && s->home && (s->appealing || s->restricting) && bare_noun &&
        !s->sourcing && !s->forcing && !tc_code_stateless(s, w) && !strcmp(at->code + 3, "CVL") &&
        strlen(s->home->code) >= 3 && strncmp(s->home->code, "---", 3))
        return tc_code_agent_of_state(s, at, s->home->code, s->home->name);
    if (tc_code_is_agent(at) && s->home && !s->sourcing && !s->forcing &&
        !tc_code_stateless(s, w) && in_words(at->code + 3, institutions) &&
        (s->speaking ? !named_kind(s, w) : strcmp(at->code + 3, s->home->code + 3) != 0) &&
        (strcmp(at->code + 3, "PTY") || word_is(s, w, "party"))) {
        int32_t x = tc_code_agent_of_state(s, at, s->home->code, s->home->name);
        if (x != NO_MENTION && s->speaking) s->extra[x - (int32_t)s->nm].flags |= TC_MENTION_HOMED;
        return x;
    }
    /* an agent no state can be given stays itself where the frame has no one else (the
       emitter takes it beside an actor a reader can place) */
    if (s->keep_agents && at &&
        (tc_code_is_agent(at) ? at->code[3] != 0 : tc_code_person_name(s, at)))
        return k;
    return NO_MENTION;
}

static int32_t arg_mention_at(sctx *s, uint32_t w, int depth, uint32_t *where);

/* "fighters loyal to Ouattara", "militias allied with Iran": the agent at of the side its
 * modifier c swears to, or NO_MENTION. */
static int32_t sworn_side(sctx *s, uint32_t c, const tc_mention *at)
{
    for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++) {
        uint32_t o = s->kids[j];
        uint32_t ow;
        if (rel_of(s, o) != TC_REL_OBL) continue;
        int32_t lord = arg_mention_at(s, o, 1, &ow);
        const tc_mention *lm = mention_at(s, lord);
        if (!lm || !usable(lm)) continue;
        int32_t both = tc_code_agent_of_state(s, at, lm->code, lm->name);
        if (both != NO_MENTION) return both;
    }
    return NO_MENTION;
}

/* Is the modifier c (relation r) of the phrase headed by w no owner of it: an agent of no
 * state naming a kind of act, a leader's name before his backers or critics, the
 * sanctioner's own state on its measure, a name modifying a thing? */
static int modifier_no_owner(sctx *s, uint32_t w, uint32_t c, int r)
{
    /* "military support", "police protection": an agent of no state modifying an act is
       a kind of it, no actor */
    if ((r == TC_REL_AMOD || r == TC_REL_COMPOUND) && tc_code_is_agent(mention_at(s, s->ment[c])) &&
        s->tr.w[w].upos == TC_UPOS_NOUN && !group_noun(s, w) && !s->forcing)
        return 1;
    /* "the Paris stock exchange", "the Singapore summit": a name modifying a thing; but
       "Syrian government missiles struck": a weapon or vehicle that acts is its owner */
    /* ... and "struck a Syrian army depot", "shelled Hezbollah positions": what force
       hits belongs to the actor named on it */
    /* "Trump supporters", "Erdogan critics": a leader's name before those who back or
       oppose him is not them */
    static const char *const partisans[] = {"supporter", "voter",  "fan",      "critic",
                                            "opponent",  "backer", "follower", "admirer",
                                            "detractor", NULL};
    const tc_mention *cm = mention_at(s, s->ment[c]);
    if ((r == TC_REL_COMPOUND || r == TC_REL_AMOD) && cm && cm->kind == TC_KIND_PERSON &&
        lemma_in(s, w, partisans))
        return 1;
    /* "Trump doubled the U.S. tariff on Canadian steel": the sanctioner's own state named
       on the measure is who imposes it, not whom it is aimed at ("the Cuba embargo" is
       aimed at Cuba) (sixteenth session, branch prec16) */
    static const char *const measures[] = {
        "tariff", "sanction", "embargo", "duty", "levy",     "ban",         "quota",
        "curb",   "control",  "penalty", "tax",  "blockade", "restriction", NULL};
    const tc_mention *own = mention_at(s, s->ment[c]);
    if ((r == TC_REL_COMPOUND || r == TC_REL_AMOD) && s->author && !s->sourcing && own &&
        usable(own) && usable(s->author) && !strncmp(own->code, s->author->code, 3) &&
        lemma_in(s, w, measures))
        return 1;
    if ((r == TC_REL_COMPOUND || r == TC_REL_AMOD) && !tc_code_people_noun(s, w) &&
        !(s->sourcing && tc_code_instrument_noun(s, w)) &&
        !((s->forcing || s->sanctioning) && !s->sourcing))
        return 1;
    return 0;
}

/* Plural nouns of states whose members "including" names ("35 countries, including X"). */
static const char *const member_states[] = {"country", "nation",  "state",
                                            "economy", "partner", NULL};

/* "students at Dhaka University", "doctors at a Lagos hospital": an agent of no state at an
 * institution of its own kind (students and teachers at a university) is that institution's
 * state's; not one at another's ("protesters at the US embassy" are no Americans)
 * (conflict18, issue 14). The agent made, or NO_MENTION. */
static int32_t own_institution(sctx *s, uint32_t c, const tc_mention *at, int depth)
{
    uint32_t iw;
    if (!tc_code_is_agent(at) || strlen(at->code) < 6) return NO_MENTION;
    const tc_mention *im = mention_at(s, arg_mention_at(s, c, depth - 1, &iw));
    if (!im || strlen(im->code) < 6 || strncmp(im->code + 3, at->code + 3, 3) ||
        !strncmp(im->code, "---", 3))
        return NO_MENTION;
    return tc_code_agent_of_state(s, at, im->code, im->name);
}

/* Is the subject of verb v the same actor as noun o ("captured 30 rebels and the rebels
 * captured 12": what the rebels captured is no rebels)? */
static int own_side(const sctx *s, uint32_t v, uint32_t o)
{
    const tc_mention *om = mention_at(s, s->ment[o]);
    for (uint32_t i = s->first[v]; om && i < s->first[v + 1]; i++) {
        const tc_mention *sm = mention_at(s, s->ment[s->kids[i]]);
        if (rel_of(s, s->kids[i]) == TC_REL_NSUBJ && sm && !strcmp(sm->code, om->code)) return 1;
    }
    return 0;
}

/* "Thailand deported 173 Uyghurs to Turkey but sent 109 back to China", "the army killed 12
 * rebels and captured three": a bare number as the object of the second of two coordinated
 * verbs stands for the noun the first verb's counted object names (English drops the noun it
 * repeats); the word of that noun, or UINT32_MAX (nouns19 session). Only a number with no
 * words of its own but "of them". */
static uint32_t counted_antecedent(const sctx *s, uint32_t w)
{
    if (s->tr.w[w].upos != TC_UPOS_NUM || rel_of(s, w) != TC_REL_OBJ || !s->tr.w[w].head ||
        s->first[w + 1] - s->first[w] > 1)
        return UINT32_MAX;
    /* ... or "12 of them": the pronoun is that noun too */
    if (s->first[w + 1] > s->first[w]) {
        uint32_t c = s->kids[s->first[w]];
        const char *cw = case_word(s, c);
        if (rel_of(s, c) != TC_REL_NMOD || !cw || strcmp(cw, "of") || !word_is(s, c, "them"))
            return UINT32_MAX;
    }
    uint32_t v = head_of(s, w);
    if (rel_of(s, v) != TC_REL_CONJ || !s->tr.w[v].head) return UINT32_MAX;
    uint32_t first = head_of(s, v);
    for (uint32_t i = s->first[first]; i < s->first[first + 1]; i++) {
        uint32_t o = s->kids[i];
        /* (the parse may make a counted object an oblique: "arrested 30 refugees") */
        if (o > first && o < v && (rel_of(s, o) == TC_REL_OBJ || rel_of(s, o) == TC_REL_OBL) &&
            s->tr.w[o].upos == TC_UPOS_NOUN && !case_word(s, o))
            for (uint32_t j = s->first[o]; j < s->first[o + 1]; j++)
                if (rel_of(s, s->kids[j]) == TC_REL_NUMMOD)
                    return own_side(s, v, o) ? UINT32_MAX : o;
    }
    return UINT32_MAX;
}

/* "Chinese rivals", "Russia's enemies": those a state opposes are not that state. Is the head
 * noun of mention at such a foe? */
static int foe_noun(const sctx *s, const tc_mention *at)
{
    static const char *const foes[] = {"rival", "enemy", "foe", "adversary", NULL};
    if (!at || !usable(at) || at->tok0 + at->ntok <= s->lo) return 0;
    uint32_t last = at->tok0 + at->ntok - 1 - s->lo; /* the mention's head noun */
    return last < s->tr.n && s->tr.w[last].upos == TC_UPOS_NOUN && lemma_in(s, last, foes);
}

/* "opponents of X": the opponents of a government (w's nmod c, when w is a dissenter's noun)
 * are its opposition; the mention of that opposition, or NO_MENTION. */
static int32_t opposition_of(sctx *s, uint32_t w, uint32_t c)
{
    uint32_t gw;
    int32_t g = lemma_in(s, w, dissenters) ? arg_mention_at(s, c, 1, &gw) : NO_MENTION;
    const tc_mention *gm = mention_at(s, g);
    if (!gm || strlen(gm->code) < 3 || !strncmp(gm->code, "---", 3) ||
        (strlen(gm->code) != 3 && strncmp(gm->code + 3, "GOV", 3)))
        return NO_MENTION;
    tc_mention opp = *gm;
    snprintf(opp.code, sizeof opp.code, "---OPP");
    return tc_code_agent_of(s, &opp, gm->code, 3, gm->name);
}

/* Nmods of w that never name its owner: the victim of a harm ("condemned the shelling of X"),
 * a companion ("the plan, along with X"), and who is shelled when the harm is the source ("the
 * shelling of Kherson killed two people": who is shelled does not kill). */
static int nmod_no_owner(sctx *s, uint32_t w, uint32_t c)
{
    if (tc_code_victim(s, c)) return 1;
    if (tc_code_companion_at(s, c) || tc_code_absolute_with(s, c)) return 1;
    return s->sourcing && harm_noun(s, w, 1) && case_word(s, c) && !strcmp(case_word(s, c), "of");
}

/* The preposition of nmod c (its last case word), or NULL. */
static const char *nmod_preposition(const sctx *s, uint32_t c)
{
    const char *prep = NULL;
    for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
        if (rel_of(s, s->kids[j]) == TC_REL_CASE) prep = norm_of(s, s->kids[j]);
    return prep;
}

/* Does an nmod of w with preposition prep name w's owner? "officials in Tehran", but not
 * "talks in Washington"; "tariffs on exports from 35 countries, including the EU": the members
 * named after "including" are those the plural noun stands for (prec18). */
static int owner_preposition(sctx *s, uint32_t w, const char *prep, const tc_mention *at)
{
    int hit = s->forcing && !s->sourcing && prep && !strcmp(prep, "of");
    int member = prep && !strcmp(prep, "including") && lemma_in(s, w, member_states);
    return member || (prep && in_words(prep, owner_preps) &&
                      (tc_code_people_noun(s, w) || lemma_in(s, w, tc_code_quantities) || hit) &&
                      (strcmp(prep, "in") || tc_code_is_agent(at)));
}

/* The owner found below w (mention got): an agent w names with it ("Russian troops" of an
 * agent at) when there is one, else got itself. */
static int32_t agent_with_owner(sctx *s, const tc_mention *at, int32_t got)
{
    const tc_mention *g = mention_at(s, got);
    if (tc_code_is_agent(at)) {
        int32_t both = tc_code_agent_of_state(s, at, g->code, g->name);
        if (both != NO_MENTION) return both;
    }
    return got;
}

/* The words that swear a side: "fighters loyal to Ouattara", "militias allied with Iran". */
static const char *const sworn[] = {"loyal", "allied", "affiliated", NULL};

/* Is mention m, read at word w, the name after "loyal to" or "allied with" ("forces loyal to
 * former Syrian president X", a title between) that the parse hung on a verb as its object?
 * The name tells the side of those sworn to it; it is no one the verb acts on (actor21). Through
 * the adjective itself (sworn_side) the side is still read. */
static int sworn_name_misread(const sctx *s, uint32_t w, const tc_mention *m)
{
    if (!m || m->tok0 < s->lo || !s->tr.w[w].head) return 0;
    int r = rel_of(s, w);
    if (s->tr.w[head_of(s, w)].upos != TC_UPOS_VERB ||
        (r != TC_REL_OBJ && r != TC_REL_IOBJ && r != TC_REL_OBL))
        return 0; /* (a subject so misread still leaves the sworn fighters beside it) */
    uint32_t first = m->tok0 - s->lo;
    for (uint32_t back = 1; back <= 4 && back < first; back++) {
        uint32_t p = first - back;
        if (s->tr.w[p].upos == TC_UPOS_VERB || s->tr.w[p].upos == TC_UPOS_PUNCT) return 0;
        if ((word_is(s, p, "to") || word_is(s, p, "with")) && lemma_in(s, p - 1, sworn)) return 1;
    }
    return 0;
}

static int32_t arg_mention_at(sctx *s, uint32_t w, int depth, uint32_t *where)
{
    int32_t k = s->ment[w];
    const tc_mention *at = mention_at(s, k);
    *where = w;
    if (foe_noun(s, at) || sworn_name_misread(s, w, at)) return NO_MENTION;
    /* (an agent the story placed yields to the ground its own words name; one of no state
       takes it) */
    if (at && (tc_code_is_agent(at) || (at->flags & TC_MENTION_STORY))) {
        int32_t placed = on_state_ground(s, w, at);
        if (placed != NO_MENTION) return placed;
    }
    if (at && usable(at)) return k;
    uint32_t counted = counted_antecedent(s, w);
    if (counted != UINT32_MAX) return arg_mention_at(s, counted, depth, where);
    if (lemma_in(s, w, tc_code_behest)) return NO_MENTION;
    if (lemma_in(s, w, tc_code_quantities)) depth++;
    if (depth == 0) return NO_MENTION;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        /* "fighters loyal to Ouattara", "militias allied with Iran": the side they serve */
        if ((r == TC_REL_AMOD || r == TC_REL_ACL) && lemma_in(s, c, sworn) &&
            tc_code_is_agent(at)) {
            int32_t side = sworn_side(s, c, at);
            if (side != NO_MENTION) return side;
            continue;
        }
        if (!names_owner(r) || (s->ment[c] == k && k != NO_MENTION)) continue;
        if (modifier_no_owner(s, w, c, r)) continue;
        if (r == TC_REL_NMOD && lemma_in(s, w, opposers)) {
            int32_t o = opposition_of(s, w, c);
            if (o != NO_MENTION) return o;
            continue;
        }
        if (r == TC_REL_NMOD && nmod_no_owner(s, w, c)) continue;
        if (r == TC_REL_NMOD) {
            const char *prep = nmod_preposition(s, c);
            /* "struck an arms depot of the Syrian army": what force hits is its owner's */
            if (prep && !strcmp(prep, "at")) {
                int32_t own = own_institution(s, c, at, depth);
                if (own != NO_MENTION) return own;
                continue;
            }
            if (!owner_preposition(s, w, prep, at)) continue;
        }
        int32_t got = arg_mention_at(s, c, depth - 1, where);
        if (got != NO_MENTION) return agent_with_owner(s, at, got);
    }
    *where = w;
    return agent_placed(s, w, at, k);
}

/* Is m a name no dictionary knows that reads as a person's: two to four words, none a noun
 * WordNet files as a thing, an event, a place or an idea ("Fu Cong", "Imam Suliman Gani"; not
 * "Tropical Cyclone Jude", "the Malabar Joint Maritime Exercise", "Qahira Hotel"), not after
 * a preposition of place ("at", "in", "near"), or one the text calls a person? */
int tc_code_person_name(const sctx *s, const tc_mention *m)
{
    if (!tc_code_unknown_name(m) || m->tok0 < s->lo || m->tok0 - s->lo >= s->tr.n) return 0;
    uint32_t w0 = m->tok0 - s->lo, n = m->ntok;
    static const char *const where[] = {"at", "in", "near", "into", "from", "outside", NULL};
    uint32_t b = w0 > 0 && word_is(s, w0 - 1, "the") ? w0 - 1 : w0;
    if (b > 0 && in_words(norm_of(s, b - 1), where)) return 0;
    if (m->kind == TC_KIND_PERSON) return 1;
    /* ... or an organisation's, by its head word ("Action Against Hunger" is not one: "the
       Bank of Nova Scotia", "the Workers' Party", "Reporters Without Borders" ...) */
    static const char *const bodies_of[] = {
        "organization", "organisation", "association",   "bank",        "party",   "front",
        "movement",     "council",      "committee",     "union",       "group",   "army",
        "institute",    "foundation",   "agency",        "service",     "network", "coalition",
        "alliance",     "federation",   "company",       "corporation", "court",   "ministry",
        "commission",   "authority",    "board",         "department",  "police",  "forces",
        "brigade",      "battalion",    "militia",       "league",      "society", "center",
        "centre",       "fund",         "trust",         "mission",     "office",  "congress",
        "assembly",     "watch",        "international", "forum",       NULL};
    uint32_t last = w0 + n - 1;
    if (last < s->tr.n && in_words(norm_of(s, last), bodies_of) && n >= 2) return 1;
    if (n < 2 || n > 4 || w0 + n > s->tr.n) return 0;
    for (uint32_t k = w0; k < w0 + n; k++) {
        if (s->tr.w[k].upos != TC_UPOS_PROPN) return 0;
        const char *l = norm_of(s, k);
        int first;
        uint64_t all;
        if (!s->c->wordnet || !tc_wordnet_lookup(s->c->wordnet, l, strlen(l), 'n', &first, &all))
            continue;
        const char *c = tc_wordnet_class_name(first);
        if (c && strcmp(c, "noun.person") && strcmp(c, "noun.group")) return 0;
    }
    return 1;
}

int32_t tc_code_arg_mention(sctx *s, uint32_t w, int depth)
{
    uint32_t where;
    return arg_mention_at(s, w, depth, &where);
}

/* A member of a list that shares the sector of the phrase it is in: "the ambassadors of A, B
 * and C" gives B's and C's ambassadors; a bare state beside "---GOV" or "AGOV" takes GOV. */
static int32_t share_sector(sctx *s, const tc_mention *with, int32_t k)
{
    const tc_mention *m = mention_at(s, k);
    if (!with || strlen(m->code) != 3) return k;
    size_t wl = strlen(with->code);
    if (wl < 6 || wl > 6 + 9) return k;
    /* only a state's agent, or one of no state, has a sector to share: not an organisation
       ("UK and EU negotiators" are no British "EUREEC") */
    static const char *const orgs[] = {"IGO", "NGO", "IMG", "MNC", NULL};
    for (const char *const *b = orgs; *b; b++)
        if (!strncmp(with->code, *b, 3)) return k;
    int32_t both = tc_code_agent_of_state(s, with, m->code, m->name);
    if (both == NO_MENTION) return k;
    /* (with the member's own words: "ties with the Ugandan army and Tanzania" names Tanzania
       by "Tanzania", not by the first member's "Ugandan army"; a member before the phrase
       shares its noun, the means too, so its words run to the phrase's end: "U.S. and
       British warplanes struck": U.S. warplanes) */
    tc_mention *x = &s->extra[both - (int32_t)s->nm];
    x->tok0 = m->tok0;
    x->ntok = m->tok0 < with->tok0 ? with->tok0 + with->ntok - m->tok0 : m->ntok;
    return both;
}

size_t tc_code_add_actor(int32_t *out, size_t n, size_t max, int32_t k)
{
    for (size_t i = 0; i < n; i++)
        if (out[i] == k) return n;
    if (n < max) out[n++] = k;
    return n;
}

/* The list members coordinated with word x (its conj children), each with its actor. */
/* Is w the source of a report ("according to the White House"), never a target? */
int tc_code_reported_by(const sctx *s, uint32_t w)
{
    for (uint32_t q = s->first[w]; q < s->first[w + 1]; q++)
        if (word_is(s, s->kids[q], "according")) return 1;
    return 0;
}

size_t tc_code_members(sctx *s, uint32_t x, const tc_mention *with, int32_t *out, size_t n,
                       size_t max)
{
    for (uint32_t i = s->first[x]; i < s->first[x + 1]; i++) {
        uint32_t c = s->kids[i], y;
        /* (not "..., according to the White House" the parser joined to the list) */
        if (rel_of(s, c) != TC_REL_CONJ || tc_code_reported_by(s, c)) continue;
        int32_t kc = arg_mention_at(s, c, 1, &y);
        if (kc != NO_MENTION) n = tc_code_add_actor(out, n, max, share_sector(s, with, kc));
    }
    return n;
}

static int has_conj(const sctx *s, uint32_t x)
{
    for (uint32_t i = s->first[x]; i < s->first[x + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_CONJ) return 1;
    return 0;
}

/* The mentions found deeper in a phrase (at word h, not its head: "praised the withdrawal of
 * French and Italian troops") with those of a list of modifiers h shares (names18): each
 * member with h's sector. */
static size_t modifier_list(sctx *s, uint32_t h, const tc_mention *km, int32_t *out, size_t n,
                            size_t max)
{
    for (uint32_t i = s->first[h]; i < s->first[h + 1]; i++) {
        uint32_t x = s->kids[i];
        int r = rel_of(s, x);
        if ((r != TC_REL_AMOD && r != TC_REL_COMPOUND) || !has_conj(s, x) ||
            s->ment[x] == NO_MENTION || !usable(&s->m[s->ment[x]]))
            continue;
        n = tc_code_add_actor(out, n, max, share_sector(s, km, s->ment[x]));
        n = tc_code_members(s, x, km, out, n, max);
    }
    return n;
}

/* The mentions of the phrase headed by w: arg_mention's, and one for each member of a list
 * in it ("ties with A, B and C", "the ambassadors of A, B and C" gives the ambassadors of
 * each, "Serbian, Hungarian and Slovak ministers" the ministers of each); with own_list, the
 * members of a list w itself heads too. */
size_t tc_code_prep_phrases(const sctx *s, uint32_t w, const char *const *preps, uint32_t *out,
                            size_t max)
{
    size_t n = 0;
    for (uint32_t k = s->first[w]; k < s->first[w + 1] && n < max; k++) {
        const char *cw = case_word(s, s->kids[k]);
        if (rel_of(s, s->kids[k]) == TC_REL_NMOD && cw && in_words(cw, preps))
            out[n++] = s->kids[k];
    }
    return n;
}

size_t tc_code_phrase_actors(sctx *s, uint32_t w, int own_list, int32_t *out, size_t max)
{
    uint32_t where;
    int32_t k = arg_mention_at(s, w, 2, &where);
    if (k == NO_MENTION || !max) return 0;
    size_t n = 0;
    out[n++] = k;
    const tc_mention *km = mention_at(s, k);
    /* the other members of a plural pronoun's list ("They" for "Russia and China") */
    if (km && k < (int32_t)s->nm && (km->flags & TC_MENTION_LIST))
        for (size_t q = (size_t)k + 1;
             q < s->nm && (s->m[q].flags & TC_MENTION_ALSO) && s->m[q].tok0 == km->tok0; q++)
            n = tc_code_add_actor(out, n, max, (int32_t)q);
    if (where != w || own_list) n = tc_code_members(s, where, km, out, n, max);
    if (where != w) return modifier_list(s, where, km, out, n, max);
    /* lists inside the mention's own words, and coordinated modifiers beside it */
    for (uint32_t x = 0; x < s->tr.n; x++) {
        if (x == w) continue;
        int in_mention = s->ment[x] == s->ment[w] && s->ment[w] != NO_MENTION;
        int r = rel_of(s, x);
        /* ... and the first of a list of possessors ("Russia and Turkey's foreign ministers")
         */
        int modifier = head_of(s, x) == w &&
                       (r == TC_REL_AMOD || r == TC_REL_COMPOUND ||
                        (r == TC_REL_NMOD_POSS && s->ment[x] != s->ment[w] && has_conj(s, x))) &&
                       s->ment[x] != NO_MENTION && usable(&s->m[s->ment[x]]);
        /* ... and the other state of a pair description ("the two[nummod] countries") */
        modifier |= head_of(s, x) == w && s->ment[x] != NO_MENTION && km &&
                    (km->flags & TC_MENTION_PAIR) && (s->m[s->ment[x]].flags & TC_MENTION_PAIR);
        if (modifier) n = tc_code_add_actor(out, n, max, share_sector(s, km, s->ment[x]));
        if (in_mention || modifier) n = tc_code_members(s, x, km, out, n, max);
    }
    return n;
}
