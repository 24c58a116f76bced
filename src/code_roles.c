/* code_roles: the roles of a predicate's arguments, from the actors code_args.c finds for
 * its phrases: sources (subjects, a passive's agent, subjects the parse misread, the speaker
 * of a quote, the author of a text) and targets (objects, obliques with target prepositions,
 * what a pattern reaches into), and who is no target (a companion, a place, a time, what an
 * act answers). Part of the coder (code_int.h). */
#include "code_int.h"

#include <stdio.h>
#include <string.h>

/* Prepositions of a place near or around something ("near the border with X"); not "outside"
 * or "inside", where a protest is aimed at what it stands by ("a sit-in outside parliament"). */
static const char *const vicinity[] = {"near",   "along",      "within", "around",
                                       "beyond", "throughout", "off",    NULL};

/* Words opening a phrase of cause ("based on", "because of", "due to", "owing to",
 * "following"). */
static const char *const causes[] = {"based", "because", "due", "owing", "following", NULL};

/* Nouns of consent or backing ("with the approval of X", "with the support of X"). */
static const char *const backing[] = {
    "approval",   "consent",     "support",   "backing",   "blessing",      "help", "assistance",
    "permission", "cooperation", "knowledge", "agreement", "participation", NULL};

int32_t tc_code_first_arg_mention(sctx *s, const tc_frame_arg *args, int n)
{
    for (int i = 0; i < n; i++) {
        int32_t k = tc_code_arg_mention(s, args[i].word, 2);
        if (k != NO_MENTION) return k;
    }
    return NO_MENTION;
}

/* "Bree Prime Minister Romendacil": a state and its agent found in one phrase
 * (out[from .. to)) are one actor, the agent. Returns the new end. */
static size_t one_actor_each(sctx *s, int32_t *out, size_t from, size_t to)
{
    size_t kept = from;
    for (size_t i = from; i < to; i++) {
        const tc_mention *x = mention_at(s, out[i]);
        int covered = 0;
        for (size_t j = from; j < to && !covered; j++) {
            const tc_mention *y = mention_at(s, out[j]);
            covered = j != i && strlen(x->code) == 3 && strlen(y->code) > 3 &&
                      !strncmp(x->code, y->code, 3);
        }
        if (!covered) out[kept++] = out[i];
    }
    return kept;
}

/* Does mention o, of a list whose agent with no state is at word agent, name its state only
 * inside a later member's own phrase, before that member's noun ("local militias and the U.S.
 * military")? A state's adjective or name reaches rightward over the nouns after it ("Danish
 * media and government") and a phrase after the list ("officials in A and B") reaches back
 * over the list, but a premodifier of a later member is that member's alone: a member placed
 * in a state already ("local clan militias" in Somalia) takes no second one from it, while one
 * placed nowhere may still ("fighting between rebels and C.A.R. forces") (prec18). */
static int later_members_own(const sctx *s, const tc_mention *o, const tc_frame_arg *args, int n,
                             uint32_t agent)
{
    if (o->tok0 < s->lo || o->tok0 + o->ntok - 1 - s->lo >= s->tr.n) return 0;
    uint32_t end = o->tok0 + o->ntok - 1 - s->lo; /* the mention's last word */
    if (end <= agent) return 0;
    uint32_t h = head_of(s, end);
    for (int k = 0; k < n; k++) /* the member's noun itself, or a word before it on it */
        if (args[k].word == end || (h > end && args[k].word == h)) return 1;
    return 0;
}

/* Is the agent at w "local" ("local volunteers"): of the place, never a foreign state's? */
static int local_agent(const sctx *s, uint32_t w)
{
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_AMOD && word_is(s, s->kids[i], "local")) return 1;
    return 0;
}

/* Has one of out[from .. to) a state of its own ("SOMUAF", not "---UAF")? */
static int placed(const sctx *s, const int32_t *out, size_t from, size_t to)
{
    for (size_t j = from; j < to; j++) {
        const tc_mention *m = mention_at(s, out[j]);
        if (strlen(m->code) >= 6 && strncmp(m->code, "---", 3)) return 1;
    }
    return 0;
}

/* Is subject i of args no subject: another subject of the same verb stands between it and the
 * verb? "one of two ships Tehran is using to import X": a clause has one subject, and the
 * parse that gives the verb two has read a relative clause with no "that" (the ships are
 * what Tehran uses) as a second subject; the one next to the verb is the subject (actor21). */
static int displaced_subject(const sctx *s, const tc_frame_arg *args, int n, int i)
{
    uint32_t w = args[i].word;
    if (rel_of(s, w) != TC_REL_NSUBJ || !s->tr.w[w].head) return 0;
    uint32_t h = head_of(s, w);
    for (int j = 0; j < n; j++) {
        uint32_t v = args[j].word;
        if (j == i || rel_of(s, v) != TC_REL_NSUBJ || !s->tr.w[v].head || head_of(s, v) != h ||
            v <= w || v >= h || v == 0 || s->tr.w[v].upos != TC_UPOS_PROPN)
            continue;
        /* the named subject right after a noun of w's phrase ("ships Tehran is using") */
        uint32_t before = v - 1, up = before;
        for (int steps = 0; steps < 6 && up != w && s->tr.w[up].head; steps++) up = head_of(s, up);
        if (up == w && s->tr.w[before].upos == TC_UPOS_NOUN) return 1;
    }
    return 0;
}

/* The mentions of args (one per argument, a list giving several), at most max. */
size_t tc_code_arg_mentions(sctx *s, const tc_frame_arg *args, int n, int32_t *out, size_t max)
{
    size_t got = 0;
    size_t from[TC_FRAME_ARGS + 1] = {0}; /* arg i's actors: out[from[i] .. from[i + 1]) */
    for (int i = 0; i < n && got < max; i++) {
        if (i <= TC_FRAME_ARGS) from[i] = got;
        if (!tc_code_according(s, args[i].word) && !displaced_subject(s, args, n, i))
            got = one_actor_each(
                s, out, got, got + tc_code_phrase_actors(s, args[i].word, 0, out + got, max - got));
        if (i + 1 <= TC_FRAME_ARGS) from[i + 1] = got;
    }
    /* "Lawmakers and officials in A and B", "Danish media and government": an agent of the
       list with no state of its own serves each state the others name */
    size_t made = got;
    for (int i = 0; i < n; i++) {
        const tc_mention *agent = mention_at(s, s->ment[args[i].word]);
        if (!tc_code_is_agent(agent) || tc_code_stateless(s, args[i].word)) continue;
        for (size_t j = 0; j < made && got < max; j++) {
            /* the other's actor without its sector: "Danish media and government" */
            const tc_mention *o = mention_at(s, out[j]);
            size_t ol = strlen(o->code);
            int len = ol >= 6 ? (int)ol - 3 : 3;
            if (!strcmp(o->code + len, agent->code + 3)) continue;
            if (i < TC_FRAME_ARGS &&
                (placed(s, out, from[i], from[i + 1]) || local_agent(s, args[i].word)) &&
                later_members_own(s, o, args, n, args[i].word))
                continue;
            int32_t both = tc_code_agent_of(s, agent, o->code, len, o->name);
            if (both != NO_MENTION) out[got++] = both;
        }
    }
    return got;
}

/* Prepositions of what happened before or after an act, never whom it is aimed at (not
 * "amid" or "during": "called for calm amid clashes between X and Y" is aimed at them). */
static const char *const sequence[] = {"after", "before", "since", "until", NULL};

/* Prepositions whose object can be the target of the verb ("sent aid to X", "imposed sanctions
 * on X", "fired at X"); "fought over X", "met in X" are not. */
const char *const tc_code_target_preps[] = {"to",   "with", "against", "on",      "into",
                                            "onto", "at",   "upon",    "toward",  "towards",
                                            "from", "for",  "of",      "between", NULL};

int32_t tc_code_mention_in(sctx *s, uint32_t lo, uint32_t hi)
{
    for (uint32_t w = lo; w < hi && w < s->tr.n; w++)
        if (s->ment[w] != NO_MENTION && usable(&s->m[s->ment[w]])) return s->ment[w];
    return NO_MENTION;
}

/* Is w a time or an occasion ("on the eve of", "during the week of", "on the sidelines of a
 * summit with X"): WordNet's noun.time, or one of a few setting nouns? */
static int a_time(const sctx *s, uint32_t w)
{
    const tc_word *x = &s->tr.w[w];
    static const char *const settings[] = {"eve",      "sideline",    "sidelines", "margin",
                                           "margins",  "wake",        "aftermath", "run-up",
                                           "occasion", "anniversary", NULL};
    if (x->upos != TC_UPOS_NOUN || !s->c->wordnet) return 0;
    if (lemma_in(s, w, settings)) return 1;
    const char *name = tc_code_noun_class(s, w);
    return name && !strcmp(name, "noun.time");
}

/* The actors of frame fr's obliques with preposition prep (any target preposition when NULL)
 * after word from, at most max; their count. */
static size_t direct_obliques(sctx *s, const tc_frame *fr, const char *prep, uint32_t from,
                              int32_t *out, size_t max)
{
    size_t got = 0;
    /* two or more who agree, meet, sign or cooperate together (roots 03-06) */
    int root = code_root(s->fm[fr - s->fr].code),
        together = root >= 3 && root <= 6 && fr->nsubj >= 2;
    for (int i = 0; i < fr->nobl && got < max; i++) {
        const tc_frame_arg *a = &fr->obl[i];
        if (a->prep == TC_FRAME_NONE || a->word < from || a_time(s, a->word)) continue;
        const char *pw = norm_of(s, a->prep);
        if (prep ? strcmp(pw, prep) != 0 : !in_words(pw, tc_code_target_preps)) continue;
        if (!prep && !strcmp(pw, "of")) continue;
        if (tc_code_victim(s, a->word) || tc_code_reported_by(s, a->word) ||
            tc_code_companion_at(s, a->word) || tc_code_absolute_with(s, a->word))
            continue; /* "condemned the violence against X"; "..., together with X" */
        /* "struck X with the approval of Y": who consents or backs is no target */
        if (!strcmp(pw, "with") && lemma_in(s, a->word, backing)) continue;
        /* "met at the Qahira Hotel": where a meeting is held, not with whom; "A and B signed a
           peace agreement at the White House": nor where a pair agrees, signs or cooperates
           (news15; one alone "held talks at the Kremlin" holds them with its host) */
        if (!prep && !strcmp(pw, "at") && (together || (s->fm[fr - s->fr].p && root == 4)))
            continue;
        /* "forced a million people to flee to Cameroon": where to, not whom */
        if (s->expelling && !prep && (!strcmp(pw, "to") || !strcmp(pw, "into"))) continue;
        /* "called for a war against X": whom the appeal is against, not to */
        if (s->appealing && !strcmp(pw, "against")) continue;
        got += tc_code_arg_mentions(s, a, 1, out + got, max - got);
    }
    return got;
}

/* "held three hours of talks with X", "a second round of talks with X": what a span or a round
 * that object o names measures, its "of" phrase after it, is the object that names the
 * partner; o when none. */
static uint32_t measured_object(const sctx *s, uint32_t o)
{
    static const char *const spans[] = {"minute", "hour", "day", "week", "month", "round", NULL};
    if (!lemma_in(s, o, spans)) return o;
    for (uint32_t j = s->first[o]; j < s->first[o + 1]; j++) {
        uint32_t c = s->kids[j];
        const char *cw = case_word(s, c);
        if (rel_of(s, c) == TC_REL_NMOD && cw && !strcmp(cw, "of") && c > o) return c;
    }
    return o;
}

/* The actors of the phrases hung on o ("nmod") with preposition prep (any target preposition
 * when NULL) after word from, at most max; their count. together: a pair that agrees, meets
 * or signs is the source. */
static size_t nmod_targets(sctx *s, uint32_t o, const char *prep, uint32_t from, int together,
                           int32_t *out, size_t max)
{
    size_t got = 0;
    for (uint32_t j = s->first[o]; j < s->first[o + 1] && got < max; j++) {
        uint32_t c = s->kids[j];
        if (rel_of(s, c) != TC_REL_NMOD || c < from) continue;
        const char *pw = NULL;
        int cause = 0; /* "an investigation of X based on his ties with Y" */
        for (uint32_t q = s->first[c]; q < s->first[c + 1]; q++)
            if (rel_of(s, s->kids[q]) == TC_REL_CASE) {
                pw = norm_of(s, s->kids[q]);
                cause |= in_words(pw, causes);
            }
        if (cause) continue;
        if (!pw ||
            (prep ? strcmp(pw, prep) != 0
                  : !in_words(pw, tc_code_target_preps) || !strcmp(pw, "of")) ||
            tc_code_victim(s, c) || tc_code_reported_by(s, c) || tc_code_companion_at(s, c) ||
            (s->appealing && !strcmp(pw, "against")) ||
            (!prep && together && !strcmp(pw, "at")) || /* "a deal at the Kremlin" */
            (!strcmp(pw, "with") && lemma_in(s, c, backing)))
            continue;
        got += tc_code_phrase_actors(s, c, 1, out + got, max - got);
    }
    return got;
}

/* "lifted the sanctions imposed on X", "extended the curbs placed on X": whom a measure object o
 * names was laid on, by the participle that tells it, is whom easing or renewing it concerns
 * (yielding 08x, sanctions 16x): the actors of its "on" or "against" (prep alone when given)
 * after word from, at most max; their count. */
static size_t laid_on_targets(sctx *s, const tc_frame *fr, uint32_t o, const char *prep,
                              uint32_t from, int32_t *out, size_t max)
{
    static const char *const laid[] = {"impose", "place", "slap", "levy", "put", "reimpose", NULL};
    const fmatch *fm = &s->fm[fr - s->fr];
    int measure = fm->p && (code_root(fm->code) == 8 || code_root(fm->code) == 16);
    size_t got = 0;
    for (uint32_t j = s->first[o]; measure && j < s->first[o + 1] && got < max; j++) {
        uint32_t c = s->kids[j];
        if (rel_of(s, c) != TC_REL_ACL || !lemma_in(s, c, laid) || c < from ||
            strcmp(tc_parse_xpos_name(s->c->parser, s->tr.w[c].xpos), "VBN"))
            continue;
        for (uint32_t q = s->first[c]; q < s->first[c + 1] && got < max; q++) {
            uint32_t b = s->kids[q];
            const char *pw = rel_of(s, b) == TC_REL_OBL ? case_word(s, b) : NULL;
            if (pw && (!strcmp(pw, "on") || !strcmp(pw, "against")) && (!prep || !strcmp(prep, pw)))
                got += tc_code_phrase_actors(s, b, 1, out + got, max - got);
        }
    }
    return got;
}

/* Obliques of w (and nmods of its objects and obliques: "imposed sanctions on X", "used it as
 * a weapon against X") with preposition prep (any
 * target preposition when NULL) after word from. */
static size_t oblique_mentions(sctx *s, const tc_frame *fr, const char *prep, uint32_t from,
                               int32_t *out, size_t max)
{
    size_t got = direct_obliques(s, fr, prep, from, out, max);
    int root = code_root(s->fm[fr - s->fr].code),
        together = root >= 3 && root <= 6 && fr->nsubj >= 2;
    for (int i = 0; i < fr->nobj + fr->nobl && got < max; i++) {
        uint32_t o =
            i < fr->nobj ? measured_object(s, fr->obj[i].word) : fr->obl[i - fr->nobj].word;
        if (a_time(s, o)) continue; /* "on the eve of a visit to X" */
        if (i >= fr->nobj && fr->obl[i - fr->nobj].prep != TC_FRAME_NONE &&
            in_words(norm_of(s, fr->obl[i - fr->nobj].prep), sequence))
            continue; /* "lifted a curfew a week after clashes between police and X" */
        if (i >= fr->nobj && fr->obl[i - fr->nobj].prep != TC_FRAME_NONE &&
            in_words(norm_of(s, fr->obl[i - fr->nobj].prep), vicinity))
            continue; /* "attacked them near the border with X": a place, no one aimed at */
        if (tc_code_in_answer(s, o)) continue; /* "in response to its invasion of X" */
        got += nmod_targets(s, o, prep, from, together, out + got, max - got);
        if (i < fr->nobj) got += laid_on_targets(s, fr, o, prep, from, out + got, max - got);
    }
    return got;
}

size_t tc_code_oblique_mentions(sctx *s, const tc_frame *fr, int32_t *out, size_t max)
{
    return oblique_mentions(s, fr, NULL, 0, out, max);
}

/* Is the mention at w a place where something happens ("talks in Washington", "in Sudan") or
 * who asked for it ("at Armenia's request")? */
static int locative(const sctx *s, uint32_t w)
{
    static const char *const where[] = {"in",     "at",         "near",   "outside", "inside",
                                        "across", "throughout", "within", "around",  NULL};
    uint32_t h = mention_head(s, w, s->ment[w]);
    if (rel_of(s, h) == TC_REL_NMOD_POSS && lemma_in(s, head_of(s, h), tc_code_behest)) return 1;
    for (uint32_t i = s->first[h]; i < s->first[h + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_CASE && in_words(norm_of(s, s->kids[i]), where))
            return 1;
    /* "a town 80 km south of the capital Kampala", "west of Mosul": what a bearing is taken
       from is a landmark, no one acted on */
    static const char *const bearings[] = {
        "north",     "south",    "east",     "west",    "northeast", "northwest", "southeast",
        "southwest", "northern", "southern", "eastern", "western",   NULL};
    while (s->tr.w[h].head && (rel_of(s, h) == TC_REL_APPOS || rel_of(s, h) == TC_REL_FLAT))
        h = head_of(s, h);
    const char *cw = case_word(s, h);
    return cw && !strcmp(cw, "of") && s->tr.w[h].head && lemma_in(s, head_of(s, h), bearings) &&
           s->tr.w[head_of(s, h)].upos != TC_UPOS_NOUN;
}

/* Is the actor at w what an appeal is against ("called for a war against X")? */
static int against_appeal(const sctx *s, uint32_t w)
{
    if (!s->appealing) return 0;
    uint32_t h = mention_head(s, w, s->ment[w]);
    const char *cw = case_word(s, h);
    return cw && !strcmp(cw, "against");
}

/* "Protesters demanded Pashinyan's resignation", "the opposition criticized the government":
 * the opposition of no state (protesters, activists, critics) that appeals to, demands of,
 * disapproves of, rejects or threatens a state's government is that state's. The source made
 * so, or NO_MENTION. */
int32_t tc_code_dissent_source(sctx *s, size_t f, int32_t tgt)
{
    const tc_frame *fr = &s->fr[f];
    const tc_mention *mt = mention_at(s, tgt);
    int root = code_root(s->fm[f].code);
    if (!mt || !fr->nsubj || (fr->flags & TC_FR_PASSIVE) || strlen(mt->code) < 3 ||
        (mt->kind != TC_KIND_COUNTRY && mt->kind != TC_KIND_METONYM &&
         mt->kind != TC_KIND_PERSON) ||
        strlen(mt->code) < 6 || strncmp(mt->code + 3, "GOV", 3) ||
        !(root == 2 || root == 10 || root == 11 || root == 12 || root == 13))
        return NO_MENTION;
    /* the opposition, protesters, activists (OPP): not a protest (14x), which may be abroad */
    const tc_mention *agent = mention_at(s, s->ment[fr->subj[0].word]);
    if (!tc_code_is_agent(agent) || tc_code_stateless(s, fr->subj[0].word) ||
        strcmp(agent->code, "---OPP"))
        return NO_MENTION;
    return tc_code_agent_of_state(s, agent, mt->code, mt->name);
}

int32_t tc_code_place_police(sctx *s)
{
    if (!s->where || s->where_article || strlen(s->where) < 3 || !strncmp(s->where, "IGO", 3) ||
        !strncmp(s->where, "NGO", 3) || !s->where_ntok ||
        !(s->t->toks[s->where_tok0].flags & (TC_TOK_CAP | TC_TOK_UPPER)))
        return NO_MENTION; /* named: "in Miami", not "in the country" */
    tc_mention police = {.tok0 = s->where_tok0, .ntok = s->where_ntok, .kind = TC_KIND_AGENT};
    snprintf(police.code, sizeof police.code, "---COP");
    police.name = s->where_name;
    police.rule = "an arrest in a state with no one named making it: that state's police";
    return tc_code_agent_of_state(s, &police, s->where, s->where_name);
}

/* The first actor of p's phrase after word after (not in a clause of its own nor under
 * another predicate, not the subject, not "according to", no place). */
/* Is h, a modifier of a noun, in what an act calls that noun: an "as" phrase on it ("decried
 * the move as an interference in Kenya's affairs"), or a modifier of the noun after such a
 * phrase, where the parse hangs the phrase's own modifiers ("the move as an interference" + "in
 * Kenya's affairs")? Not a clause "as" opens after a comma ("..., as the country grapples").
 * (session of 2026-12-07, the twelfth, branch read15) */
static int as_called(const sctx *s, uint32_t h)
{
    if (rel_of(s, h) != TC_REL_NMOD || !s->tr.w[h].head) return 0;
    uint32_t n = head_of(s, h);
    if (s->tr.w[n].upos != TC_UPOS_NOUN) return 0;
    for (uint32_t i = s->first[n]; i < s->first[n + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        if (c > h || rel_of(s, c) != TC_REL_NMOD || !cw || strcmp(cw, "as")) continue;
        int comma = 0;
        for (uint32_t k = n + 1; k < c; k++) comma |= word_is(s, k, ",");
        if (!comma) return 1;
    }
    return 0;
}

size_t tc_code_deep_mention(sctx *s, uint32_t p, uint32_t after, int32_t *out, size_t max)
{
    uint32_t at = 0, n = tc_code_phrase_of(s, p, &at);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t w = s->seq[i];
        if (w <= after || w <= p || s->ment[w] == NO_MENTION || !usable(&s->m[s->ment[w]]))
            continue;
        int r = rel_of(s, w), inner = 0;
        for (uint32_t h = w; h != p && s->tr.w[h].head; h = head_of(s, h)) {
            const char *cw = case_word(s, h); /* "a week after clashes between police and X" */
            inner |= cw && in_words(cw, sequence) && head_of(s, h) == p;
            /* "decried the move as an interference in Kenya's affairs": what the act calls
               its object is not whom it is aimed at */
            inner |= as_called(s, h);
            if (h != w)
                inner |= (s->frame_of[h] >= 0 && s->fm[s->frame_of[h]].p) /* codes its own */ ||
                         a_time(s, h); /* "on the eve of a visit to X" */
            /* "an investigation of X based on his ties with Y", "in response to its invasion
               of Y": a phrase of cause or answer names no one aimed at */
            inner |= tc_code_in_answer(s, h);
            for (uint32_t q = s->first[h]; q < s->first[h + 1]; q++)
                inner |= rel_of(s, s->kids[q]) == TC_REL_CASE &&
                         in_words(norm_of(s, s->kids[q]), causes);
        }
        if (inner || tc_code_according(s, w) || tc_code_according(s, head_of(s, w)) ||
            locative(s, w) || tc_code_companion(s, w) ||
            ((r == TC_REL_COMPOUND || r == TC_REL_AMOD) &&
             !tc_code_people_noun(s, head_of(s, w))) ||
            tc_code_victim(s, w))
            continue;
        /* "tariffs on steel exports to the U.S. from 35 countries": where goods go is no one
           a measure on them is aimed at */
        static const char *const flows[] = {"export", "import",   "shipment",
                                            "sale",   "delivery", NULL};
        uint32_t mh = mention_head(s, w, s->ment[w]);
        const char *mcw = case_word(s, mh);
        if (mcw && (!strcmp(mcw, "to") || !strcmp(mcw, "into")) && s->tr.w[mh].head &&
            lemma_in(s, head_of(s, mh), flows))
            continue;
        if (against_appeal(s, w)) return 0; /* nor anyone beyond it */
        return tc_code_phrase_actors(s, w, 1, out, max);
    }
    return 0;
}

/* The actors of the objects, but not the source's own ("pulled its troops out of X",
 * "mobilized its army against X": the target is elsewhere). */
size_t tc_code_object_mentions(sctx *s, const tc_frame *fr, int32_t *out, size_t max)
{
    tc_frame_arg own[TC_FRAME_ARGS] = {{0}};
    int n = 0;
    static const char *const frontiers[] = {"border", "frontier", "crossing", NULL};
    for (int i = 0; i < fr->nobj; i++) {
        uint32_t o = fr->obj[i].word;
        int mine = 0;
        for (uint32_t k = s->first[o]; k < s->first[o + 1]; k++) {
            uint32_t c = s->kids[k];
            mine |= rel_of(s, c) == TC_REL_NMOD_POSS && s->tr.w[c].upos == TC_UPOS_PRON;
            /* "withdrew some of its troops from X" */
            if ((lemma_in(s, o, tc_code_quantities) || s->tr.w[o].upos == TC_UPOS_NUM) &&
                rel_of(s, c) == TC_REL_NMOD && case_word(s, c) && !strcmp(case_word(s, c), "of"))
                for (uint32_t q = s->first[c]; q < s->first[c + 1]; q++)
                    mine |= rel_of(s, s->kids[q]) == TC_REL_NMOD_POSS &&
                            s->tr.w[s->kids[q]].upos == TC_UPOS_PRON;
        }
        /* "closed Venezuela's borders with Brazil and Colombia": the neighbours */
        if (lemma_in(s, o, frontiers))
            for (uint32_t k = s->first[o]; k < s->first[o + 1]; k++) {
                uint32_t c = s->kids[k];
                const char *cw = case_word(s, c);
                if (rel_of(s, c) == TC_REL_NMOD && cw && !strcmp(cw, "with")) {
                    size_t got = tc_code_phrase_actors(s, c, 1, out, max);
                    if (got) return got;
                }
            }
        if (!mine) own[n++] = fr->obj[i];
    }
    size_t got = tc_code_arg_mentions(s, own, n, out, max);
    /* "closed 12 websites linked to al-Shabab", "detained men tied to the Taliban": objects of
       no actor of their own that a participle ties to one are that one's */
    static const char *const tied[] = {"link", "tie", "affiliate", "connect", "belong", NULL};
    for (int i = 0; i < n && !got; i++) {
        uint32_t o = own[i].word;
        for (uint32_t k = s->first[o]; k < s->first[o + 1] && !got; k++) {
            uint32_t c = s->kids[k];
            if (rel_of(s, c) != TC_REL_ACL || !lemma_in(s, c, tied) || c < o) continue;
            for (uint32_t q = s->first[c]; q < s->first[c + 1] && !got; q++) {
                uint32_t b = s->kids[q];
                const char *pw = rel_of(s, b) == TC_REL_OBL ? case_word(s, b) : NULL;
                if (pw && (!strcmp(pw, "to") || !strcmp(pw, "with")))
                    got = tc_code_phrase_actors(s, b, 1, out, max);
            }
        }
    }
    return got;
}

/* One past the last word of w's subtree. */
static uint32_t subtree_end(const sctx *s, uint32_t w)
{
    uint32_t end = w + 1;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t e = subtree_end(s, s->kids[i]);
        if (e > end) end = e;
    }
    return end;
}

static uint32_t subtree_end(const sctx *s, uint32_t w);

/* The actors of the first "between A and B" in p's subtree. */
static size_t between(sctx *s, uint32_t p, int32_t *out, size_t max)
{
    uint32_t end = subtree_end(s, p);
    for (uint32_t w = p + 1; w < end; w++) {
        if (rel_of(s, w) != TC_REL_CASE || !word_is(s, w, "between")) continue;
        size_t got = tc_code_phrase_actors(s, head_of(s, w), 1, out, max);
        if (got) return got;
    }
    return 0;
}

/* The "by" phrase of participle c ("made by X", "drawn up by X"): its obl:agent, or an
 * oblique opened by "by" (the parse's label when it read the participle as a past); 0 when
 * there is none. *by is set to it. */
static int by_agent(const sctx *s, uint32_t c, uint32_t *by)
{
    for (uint32_t q = s->first[c]; q < s->first[c + 1]; q++) {
        uint32_t b = s->kids[q];
        const char *cw = rel_of(s, b) == TC_REL_OBL ? case_word(s, b) : NULL;
        if (rel_of(s, b) == TC_REL_OBL_AGENT || (cw && !strcmp(cw, "by"))) {
            *by = b;
            return 1;
        }
    }
    return 0;
}

/* Who made the objects of fr: "a bid by X", "an offer made by X", "proposals laid out by X",
 * "Armenia's request" (the possessor for a refusal only: "agreed to withdraw its troops" is
 * aimed at no troops). laid_too: 0 to pass over a participle of laying a measure ("the
 * sanctions imposed by the UN" were not made for whoever lifts them). */
static size_t makers(sctx *s, const tc_frame *fr, int laid_too, int refusal, int32_t *out,
                     size_t max)
{
    static const char *const laid[] = {"impose", "place", "slap", "levy", "put", "reimpose", NULL};
    /* who backs or inspires a thing did not make it ("an act of terrorism inspired by X") */
    static const char *const backed[] = {"inspire", "back",   "support", "fund",   "finance",
                                         "sponsor", "arm",    "train",   "equip",  "endorse",
                                         "welcome", "praise", "condemn", "oppose", NULL};
    for (int i = 0; i < fr->nobj; i++) {
        uint32_t o = fr->obj[i].word;
        for (uint32_t j = s->first[o]; j < s->first[o + 1]; j++) {
            uint32_t c = s->kids[j], by = c;
            int r = rel_of(s, c), agent = 0;
            if (r == TC_REL_ACL && (laid_too || !lemma_in(s, c, laid)) && !lemma_in(s, c, backed))
                /* "made by X" */
                agent = by_agent(s, c, &by);
            if (r == TC_REL_NMOD)
                for (uint32_t q = s->first[c]; q < s->first[c + 1]; q++)
                    agent |= rel_of(s, s->kids[q]) == TC_REL_CASE && word_is(s, s->kids[q], "by");
            agent |= r == TC_REL_NMOD_POSS && refusal; /* "denied Armenia's request" */
            if (agent) {
                size_t got = tc_code_phrase_actors(s, by, 1, out, max);
                if (got) return got;
            }
        }
        /* "rejected the proposals laid out by X" with the participle read as a past tense
           coordinated with the verb: a conjunct of no subject right after the object, with a
           "by" phrase, is the object's reduced relative clause */
        uint32_t end = subtree_end(s, o);
        for (uint32_t j = s->first[fr->pred]; j < s->first[fr->pred + 1]; j++) {
            uint32_t c = s->kids[j], by = c;
            if (c != end || rel_of(s, c) != TC_REL_CONJ || s->tr.w[c].upos != TC_UPOS_VERB ||
                (!laid_too && lemma_in(s, c, laid)) || lemma_in(s, c, backed))
                continue;
            int subj = 0;
            for (uint32_t q = s->first[c]; q < s->first[c + 1]; q++)
                subj |= rel_of(s, s->kids[q]) == TC_REL_NSUBJ ||
                        rel_of(s, s->kids[q]) == TC_REL_NSUBJ_PASS ||
                        rel_of(s, s->kids[q]) == TC_REL_CC;
            if (subj || !by_agent(s, c, &by)) continue;
            size_t got = tc_code_phrase_actors(s, by, 1, out, max);
            if (got) return got;
        }
    }
    return 0;
}

/* "ambushed a bus transporting a paramilitary force", with the participle read as the verb's
 * adjunct: force aimed at a vehicle or building hits whom it carries or shelters, when the
 * participle follows the object's words. */
static size_t carried(sctx *s, const tc_frame *fr, const char *const *carrying, int32_t *out,
                      size_t max)
{
    uint32_t o = fr->obj[0].word, end = subtree_end(s, o);
    for (uint32_t i = 0; i < s->tr.n; i++) {
        uint32_t c = i;
        int r = rel_of(s, c);
        uint32_t h = s->tr.w[c].head ? head_of(s, c) : UINT32_MAX;
        int on_verb = h == fr->pred && c == end && (r == TC_REL_ADVCL || r == TC_REL_XCOMP);
        int on_noun = h == o && r == TC_REL_ACL; /* "drills encircling Taiwan" */
        if (!(on_verb || on_noun) || !lemma_in(s, c, carrying)) continue;
        for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
            if (rel_of(s, s->kids[j]) == TC_REL_OBJ)
                return tc_code_phrase_actors(s, s->kids[j], 1, out, max);
    }
    return 0;
}

/* The targets of predicate f: a "+" marker's actor; for a passive its subjects; else the
 * oblique the pattern ends on ("appeal to X"), the objects, or a target oblique. */
static size_t targets_of(sctx *s, size_t f, int32_t *out, size_t max);

/* "Japan is sending troops to the peacekeeping force in South Sudan", "will contribute troops
 * to the mission in Mali": forces or people a source gives, sends or deploys (aid 07x, force
 * posture 15x), with no state but the one the sentence places them in, are its own, not
 * whom the act is aimed at (the place is: tc_code_place_target). */
/* Does a quotation mark part words a and b ("... signed a treaty," Robert Wood told
 * reporters)? An odd number of double quotes between them: one is quoted, the other not. With
 * a UINT32_MAX (the sentence's start), is b quoted? */
static int across_quote(const sctx *s, uint32_t a, uint32_t b)
{
    uint32_t lo = a < b ? a + 1 : b + 1, hi = a < b ? b : a, n = 0;
    if (a == UINT32_MAX) lo = 0, hi = b;
    for (uint32_t w = lo; w < hi && w < s->tr.n; w++) {
        const char *x = norm_of(s, w);
        n += x && (!strcmp(x, "\"") || !strcmp(x, "\u201c") || !strcmp(x, "\u201d") ||
                   !strcmp(x, "``") || !strcmp(x, "''"));
    }
    return n % 2;
}

size_t tc_code_targets(sctx *s, size_t f, int32_t *out, size_t max)
{
    size_t n = targets_of(s, f, out, max), kept = 0;
    /* the speaker of a quotation is no target of the act quoted: for a quoted verb, a target
       the parse found outside the quotation is dropped (not for a verb outside: "reiterated
       "its call to the authorities"") */
    for (size_t i = 0; i < n; i++) {
        const tc_mention *mi = mention_at(s, out[i]);
        if (out[i] < (int32_t)s->nm && mi && mi->tok0 >= s->lo && mi->tok0 - s->lo < s->tr.n &&
            across_quote(s, UINT32_MAX, s->fr[f].pred) &&
            across_quote(s, s->fr[f].pred, mi->tok0 - s->lo))
            continue;
        out[kept++] = out[i];
    }
    n = kept, kept = 0;
    int root = code_root(s->fm[f].code);
    /* (and peacekeepers withdrawn, "withdrew peacekeepers from a position in Syria"; and in an
       intent forces the source calls its own, "agreed to an expansion of its peacekeeping force
       in Afghanistan") */
    if (root != 7 && root != 15 && root != 3 && strncmp(s->fm[f].code, "166", 3)) return n;
    const tc_frame *fr = &s->fr[f];
    for (size_t i = 0; i < n; i++) {
        const tc_mention *mi = mention_at(s, out[i]);
        int own = 0;
        /* (abroad: at home they stay the state's forces, "massing troops in Karabakh") */
        const tc_mention *ms =
            fr->nsubj ? mention_at(s, tc_code_first_arg_mention(s, fr->subj, fr->nsubj)) : NULL;
        if (mi && out[i] >= (int32_t)s->nm && s->where_name && mi->name == s->where_name &&
            s->where && ms && strncmp(ms->code, s->where, 3) && mi->kind == TC_KIND_AGENT &&
            mi->tok0 >= s->lo && mi->tok0 - s->lo < s->tr.n) {
            uint32_t h = mention_head(s, mi->tok0 + mi->ntok - 1 - s->lo, out[i]);
            int its = 0;
            for (uint32_t k = s->first[h]; k < s->first[h + 1]; k++)
                its |= rel_of(s, s->kids[k]) == TC_REL_NMOD_POSS &&
                       s->tr.w[s->kids[k]].upos == TC_UPOS_PRON;
            own =
                its || ((root != 3 || !strncmp(s->fm[f].code, "033", 3)) &&
                        rel_of(s, h) == TC_REL_OBJ && s->tr.w[h].head && head_of(s, h) == fr->pred);
        }
        if (!own) {
            out[kept++] = out[i];
            continue;
        }
        /* ... the state of that place, with its words */
        if (!s->where) continue;
        int32_t k = tc_code_extra(s, s->where_tok0, s->where_ntok, s->where, 3,
                                  s->where_name ? s->where_name : "", TC_KIND_COUNTRY,
                                  "the place the forces sent are placed in"),
                dup = 0;
        if (k == NO_MENTION) continue;
        for (size_t j = 0; j < kept; j++)
            dup |= !strcmp(mention_at(s, out[j])->code, mention_at(s, k)->code);
        if (!dup) out[kept++] = k;
    }
    return kept;
}

/* Does frame fr name whom it asks with a noun object followed by what it asks ("ordered the
 * school to give ...", "urged donors to help ...")? */
static int addressee_told(const sctx *s, const tc_frame *fr)
{
    if (!fr->nobj) return 0;
    uint32_t o = fr->obj[0].word;
    if (s->tr.w[o].upos != TC_UPOS_NOUN) return 0;
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_XCOMP && s->kids[i] > o) return 1;
    return 0;
}

/* The actors of the "on"/"against" phrase of thing w, no actor itself ("the sanctions on
 * Cuba", "the ban against Turkish imports" gives none: no actor there): their count. */
static size_t aimed_phrase_actors(sctx *s, uint32_t w, int32_t *out, size_t max)
{
    static const char *const on_against[] = {"on", "against", NULL};
    uint32_t c;
    if (s->ment[w] != NO_MENTION || s->tr.w[w].upos != TC_UPOS_NOUN) return 0;
    if (!tc_code_prep_phrases(s, w, on_against, &c, 1)) return 0;
    return tc_code_phrase_actors(s, c, 1, out, max);
}

/* The actor the pattern's "+" span holds, with the rest of its list; 0 when none. */
static size_t marked_targets(sctx *s, size_t f, int32_t *out, size_t max)
{
    const fmatch *m = &s->fm[f];
    if (m->tgt_hi <= m->tgt_lo) return 0;
    int32_t k = tc_code_mention_in(s, m->tgt_lo, m->tgt_hi);
    /* the pattern's "+" span holds no one who acts beside the source ("SPOKE OUT AGAINST
       +": "against the action, along with donors") */
    if (k != NO_MENTION && s->m[k].tok0 >= s->lo && s->m[k].tok0 - s->lo < s->tr.n &&
        tc_code_companion(s, s->m[k].tok0 - s->lo))
        k = NO_MENTION;
    if (k == NO_MENTION) return 0;
    out[0] = k;
    /* ... and the rest of its list ("WITH %": "with the Philippines and France") */
    size_t nk = 1;
    const tc_mention *mk = &s->m[k];
    for (uint32_t w = m->tgt_lo; w < m->tgt_hi && w < s->tr.n && nk < max; w++) {
        int32_t j = s->ment[w];
        if (j == NO_MENTION || j == out[nk - 1] || !usable(&s->m[j]) ||
            rel_of(s, w) != TC_REL_CONJ || !s->tr.w[w].head)
            continue;
        uint32_t h = head_of(s, w);
        if (s->ment[h] == NO_MENTION) continue;
        for (size_t i = 0; i < nk; i++)
            if (s->ment[h] == out[i] && strcmp(s->m[j].code, mk->code)) {
                out[nk++] = j;
                break;
            }
    }
    return nk;
}

/* The targets of a predicate whose subject undergoes the act (a passive, a source marked
 * after the verb, a pattern of undergoing): its subjects, or what they are aimed at; their
 * count. */
static size_t patient_targets(sctx *s, size_t f, int32_t *out, size_t max)
{
    const tc_frame *fr = &s->fr[f];
    const fmatch *m = &s->fm[f];
    size_t n = tc_code_arg_mentions(s, fr->subj, fr->nsubj, out, max);
    /* "the sanctions on Cuba were lifted": a thing a material act (aid 07x, yielding 08x,
       force posture, sanctions, coercion and force 15x-20x, as tc_code_owned_thing) is done
       to, aimed at an actor; not what is judged ("the attack on X was condemned" is not
       aimed at its victim), nor through a relative pronoun, whose antecedent the parse may
       have misplaced ("a ban on X, who was arrested") */
    int root = code_root(m->code), material = root == 7 || root == 8 || root >= 15;
    for (int i = 0; i < fr->nsubj && !n && (fr->flags & TC_FR_PASSIVE) && material &&
                    fr->gov_rel != TC_REL_ACL_RELCL;
         i++)
        n = aimed_phrase_actors(s, fr->subj[i].word, out, max);
    /* "troops, backed by Kenya, ...": a passive participle hung on a noun has that noun
       for its patient (frame.c: clause_on_noun) */
    if (!n && !fr->nsubj && fr->nobj && fr->nagent && fr->gov_rel == TC_REL_ACL &&
        fr->gov != TC_FRAME_NONE && fr->obj[0].word == fr->gov)
        n = tc_code_arg_mentions(s, fr->obj, 1, out, max);
    /* ... and "a truce brokered by Qatar between X and Y" serves the sides it stands
       between */
    if (!n && fr->nagent && !strncmp(m->code, "045", 3)) n = between(s, fr->pred, out, max);
    /* (what a thing underwent is aimed at no one else: "the move drew criticism from X") */
    if (!n && !(m->p && m->p->undergo)) n = oblique_mentions(s, fr, NULL, 0, out, max);
    return n;
}

/* "has been attacking and fighting Kenyan troops": a verb with no object shares the one
   of the verb coordinated after it; their count */
static size_t shared_object(sctx *s, const tc_frame *fr, int32_t *out, size_t max)
{
    size_t n = 0;
    for (size_t g = 0; g < s->nfr && !n && !fr->nobj && !(fr->flags & TC_FR_PASSIVE); g++) {
        const tc_frame *c = &s->fr[g];
        if (c->gov == fr->pred && c->gov_rel == TC_REL_CONJ && c->nobj && c->pred > fr->pred &&
            (!c->nsubj || c->flags & TC_FR_SUBJ_SHARED))
            n = tc_code_object_mentions(s, c, out, max);
    }
    return n;
}

/* The actors deeper in what a statement (roots 01-13) tells or an act's pattern reaches
 * into, but not who the claim a denial rejects says acts; their count. */
static size_t deep_targets(sctx *s, size_t f, int32_t *out, size_t max)
{
    const tc_frame *fr = &s->fr[f];
    const fmatch *m = &s->fm[f];
    int root = code_root(m->code);
    if (!((root >= 1 && root <= 13) || m->last > fr->pred)) return 0;
    size_t n = tc_code_deep_mention(s, fr->pred, m->last, out, max);
    /* "rejected the allegation that Baloch separatists have put down roots": who the
       denied claim says acts is not whom the denial answers */
    if (n && !strncmp(m->code, "016", 3) && out[0] < (int32_t)s->nm) {
        uint32_t h = s->m[out[0]].tok0 + s->m[out[0]].ntok - 1 - s->lo;
        if (h < s->tr.n) h = mention_head(s, h, out[0]);
        int r = h < s->tr.n ? rel_of(s, h) : 0;
        if ((r == TC_REL_NSUBJ || r == TC_REL_NSUBJ_PASS) && head_of(s, h) != fr->pred) n = 0;
    }
    return n;
}

/* "rejected a bid by X", "refused every offer made by X": a refusal is aimed at whoever
   made what it refuses */
/* ... and so are approval, criticism and yielding: "criticized the decision taken by X",
   "welcomed the plan drawn up by X", "accepted the demands by X" (thirteenth session,
   strictR13; not an agreement or a turnout: "turned out for the elections called by X") */
/* (not a truce or an easing, 085-087: "accepted the ceasefire terms proposed by the
   mediators" is no yielding to them; nor a pact's signing, 057: "signed an agreement
   brokered by X" is not signed with the broker) */
static size_t maker_targets(sctx *s, size_t f, int32_t *out, size_t max)
{
    const char *code = s->fm[f].code;
    int root = code_root(code);
    if (!strncmp(code, "085", 3) || !strncmp(code, "086", 3) || !strncmp(code, "087", 3) ||
        !strncmp(code, "057", 3))
        return 0;
    if (root != 12 && root != 11 && root != 5 && root != 8) return 0;
    return makers(s, &s->fr[f], root != 8, root == 12, out, max);
}

/* PETRARCH's and TABARI's patterns, read as their coders read them: the first actor after,
   within the verb's subtree; their count */
static size_t wide_targets(sctx *s, size_t f, int32_t *out, size_t max)
{
    const fmatch *m = &s->fm[f];
    if (!m->p->wide) return 0;
    int32_t k = tc_code_mention_in(s, m->last + 1, subtree_end(s, s->fr[f].pred));
    /* not who acts beside the source ("spoke out against it, along with donors") */
    if (k != NO_MENTION && s->m[k].tok0 >= s->lo && s->m[k].tok0 - s->lo < s->tr.n &&
        tc_code_companion(s, s->m[k].tok0 - s->lo))
        k = NO_MENTION;
    if (k == NO_MENTION) return 0;
    /* with the other members of its list ("with the Philippines and France") */
    uint32_t h = s->m[k].tok0 - s->lo;
    h = mention_head(s, h, k);
    return tc_code_members(s, h, NULL, out, tc_code_add_actor(out, 0, max, k), max);
}

static size_t targets_of(sctx *s, size_t f, int32_t *out, size_t max)
{
    const tc_frame *fr = &s->fr[f];
    const fmatch *m = &s->fm[f];
    size_t n = marked_targets(s, f, out, max);
    if (n) return n;
    /* "X faced criticism from $", "X received aid from $": a source marked after the verb
       makes the subject the target */
    if (fr->flags & TC_FR_PASSIVE || (m->src_hi > m->src_lo && m->src_lo > fr->pred) ||
        (m->p && m->p->undergo))
        return patient_targets(s, f, out, max);
    int from = m->final_prep && !strcmp(m->final_prep, "from"); /* "expelled X from Y" */
    /* "deported 173 Uyghurs to Turkey": where the expelled are sent is no target */
    int sent = !strncmp(m->code, "174", 3) && m->final_prep && !strcmp(m->final_prep, "to");
    if (m->final_prep && !from && !sent)
        n = oblique_mentions(s, fr, m->final_prep, m->first, out, max);
    if (!n) n = tc_code_object_mentions(s, fr, out, max);
    static const char *const carrying[] = {"carry",   "transport", "ferry", "bring",
                                           "shelter", "house",     "hold",  NULL};
    static const char *const surrounding[] = {"encircle", "surround", "target", "besiege",
                                              "blockade", "simulate", NULL};
    if (!n && s->forcing && fr->nobj) n = carried(s, fr, carrying, out, max);
    /* "conducted military drills encircling Taiwan": a show of force aimed at whom it rings */
    if (!n && code_root(m->code) == 15 && fr->nobj) n = carried(s, fr, surrounding, out, max);
    if (!n) n = shared_object(s, fr, out, max);
    if (!n && from) n = oblique_mentions(s, fr, m->final_prep, m->first, out, max);
    if (!n) n = oblique_mentions(s, fr, NULL, 0, out, max);
    /* the phrase the pattern's last preposition opens, wherever the parse hung it ("declined
       to comment on Armenia's complaints": "on" is the infinitive's) */
    if (!n && m->final_prep && !sent && m->last > fr->pred && rel_of(s, m->last) == TC_REL_CASE &&
        s->tr.w[m->last].head)
        n = tc_code_phrase_actors(s, head_of(s, m->last), 1, out, max);
    /* What a statement is about may lie deeper: "denied any role in the attack on X",
       "acknowledged responsibility for the attack on X". */
    int root = code_root(m->code);
    /* ... and what an act's pattern reaches into ("announced a suspension of aid to X"); not
       an appeal or a demand made of someone no actor names, into what it asks: "the court
       ordered the school to give a Ugandan girl extra classes" is aimed at the school, not at
       the girl (session of 2026-12-07, the twelfth, branch read15) */
    if (!n && (root == 2 || root == 10) && addressee_told(s, fr)) return 0;
    if (!n) n = deep_targets(s, f, out, max);
    if (!n) n = maker_targets(s, f, out, max);
    /* "launched a mediation effort to end the rift between Qatar and its neighbours": a
       mediator serves the parties it stands between, wherever the sentence names them */
    if (!n && (!strncmp(m->code, "045", 3) || !strncmp(m->code, "039", 3)))
        n = between(s, fr->pred, out, max);
    if (!n) n = wide_targets(s, f, out, max);
    return n;
}

/* Is predicate p a finite verb or one with an auxiliary ("has rejected", "rejected")? */
static int finite(const sctx *s, uint32_t p)
{
    const tc_feats *ft = tc_parse_feats(s->c->parser, s->tr.w[p].feats);
    if (ft && ft->verbform == TC_VF_FIN) return 1;
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) == TC_REL_MARK && word_is(s, c, "to")) return 0;
        if (rel_of(s, c) == TC_REL_AUX) return 1;
    }
    return 0;
}

/* A finite clause the parse gave no subject, whose subject it hung elsewhere: "The EU and the
 * Mercosur bloc have agreed" read with "agreed" as a clause of "bloc" (the noun it hangs on, the
 * first of its list, is the subject), "Zambian President X has rejected" read with the title
 * as a modifier (the actor just before the verb, nothing but its name, auxiliaries and adverbs
 * between). */
size_t tc_code_misread_subject(sctx *s, const tc_frame *fr, int32_t *out, size_t max)
{
    uint32_t p = fr->pred;
    int r = rel_of(s, p);
    if (r == TC_REL_XCOMP || r == TC_REL_CONJ || r == TC_REL_ACL_RELCL || !finite(s, p)) return 0;
    uint32_t h = head_of(s, p);
    if ((r == TC_REL_ADVCL || r == TC_REL_ACL) && h < p &&
        (s->tr.w[h].upos == TC_UPOS_NOUN || s->tr.w[h].upos == TC_UPOS_PROPN)) {
        while (rel_of(s, h) == TC_REL_CONJ && head_of(s, h) < h) h = head_of(s, h);
        return tc_code_phrase_actors(s, h, 1, out, max);
    }
    for (uint32_t w = p; w-- > 0;) {
        int32_t k = s->ment[w];
        if (k != NO_MENTION) {
            if (!usable(&s->m[k])) return 0;
            /* "fighting in Sudan has forced thousands to flee": a place after a preposition
               is no subject */
            const char *cw = case_word(s, mention_head(s, w, k));
            if (cw && in_words(cw, tc_code_place_preps)) return 0;
            out[0] = k;
            return max ? 1 : 0;
        }
        int u = s->tr.w[w].upos;
        if (u != TC_UPOS_AUX && u != TC_UPOS_ADV && u != TC_UPOS_PROPN) return 0;
    }
    return 0;
}

/* "Russia said on Friday it had expelled diplomats": "it", "they", "we" or "I" saying what it did,
 * under a speech verb, is the speaker (a pronoun no reference resolved). */
static size_t speaker_self(sctx *s, const tc_frame *fr, int32_t *out, size_t max)
{
    static const char *const selves[] = {"it", "they", "we", "I", NULL};
    static const char *const saying[] = {"say",     "announce", "state",   "insist", "claim",
                                         "declare", "add",      "confirm", "tell",   NULL};
    if (fr->nsubj != 1 || fr->flags & TC_FR_PASSIVE || fr->gov_rel != TC_REL_CCOMP ||
        fr->gov == TC_FRAME_NONE || !max)
        return 0;
    uint32_t w = fr->subj[0].word;
    if (s->tr.w[w].upos != TC_UPOS_PRON || !lemma_in(s, w, selves) || s->ment[w] != NO_MENTION ||
        !lemma_in(s, fr->gov, saying) || s->frame_of[fr->gov] < 0)
        return 0;
    const tc_frame *g = &s->fr[s->frame_of[fr->gov]];
    /* "they say it violates ...", "we launched a war, he said": a pronoun for a pronoun */
    if (g->nsubj != 1 ||
        (s->tr.w[g->subj[0].word].upos == TC_UPOS_PRON && s->ment[g->subj[0].word] == NO_MENTION))
        return 0; /* (one the references resolved is its actor: "'we urge ...,' they said") */
    int32_t k = tc_code_arg_mention(s, g->subj[0].word, 2);
    if (k == NO_MENTION && s->keep_agents &&
        tc_code_is_agent(mention_at(s, s->ment[g->subj[0].word])) &&
        mention_at(s, s->ment[g->subj[0].word])->code[3])
        k = s->ment[g->subj[0].word];
    const tc_mention *km = mention_at(s, k);
    /* (an agent of no state speaks as it acts, where agents are kept: "'we urge ...,' rights
       groups said", the emitter takes it beside an actor a reader can place) */
    if (!km || !(usable(km) || (s->keep_agents && tc_code_is_agent(km)))) return 0;
    /* "'it helps if ...,' said Ruto": "it" is no person (nor a name no dictionary knows, a
       person's as a rule: "said Pant"; not an acronym: "NISA said it closed ...") */
    uint32_t sw = g->subj[0].word;
    int person = km->kind == TC_KIND_PERSON || ((km->flags & TC_MENTION_UNKNOWN) &&
                                                !(s->t->toks[s->lo + sw].flags & TC_TOK_UPPER));
    if (person && lemma_in(s, w, (const char *const[]){"it", NULL})) return 0;
    /* ... nor is "they" a private person, one of no institution or of a trade ("'they refused
       to enroll them,' said mother X", MWI: the school; "said farmer Y", SDNAGR); a spokesman's
       "they" is his side's ("the coalition's spokesman said that they support ...") */
    static const char *const private_[] = {"CVL", "EDU", "AGR", "LAB", "HLH", "REF", NULL};
    int private = strlen(km->code) <= 3;
    for (const char *const *q = private_; *q && !private; q++)
    private = strlen(km->code) == 6 && !strcmp(km->code + 3, *q);
    if (person && private && lemma_in(s, w, (const char *const[]){"they", NULL})) return 0;
    /* ... nor a state or a capital named by its name, which news calls "it" ("Britain said
       they had violated ...": others; twelfth session, number agreement) */
    if (((km->kind == TC_KIND_METONYM && strlen(km->code) == 6 && !strcmp(km->code + 3, "GOV")) ||
         (km->kind == TC_KIND_COUNTRY && strlen(km->code) <= 3)) &&
        lemma_in(s, w, (const char *const[]){"they", NULL}))
        return 0;
    out[0] = k;
    return 1;
}

/* "Chinese ships fired water cannon at Philippine vessels", "Israeli bulldozers demolished
 * the homes": force, coercion or a show of force (roots 15, 17-20) done by a craft (ships,
 * planes, drones, bulldozers) whose adjective names a state is that state's. */
static size_t thing_of_state(sctx *s, const tc_frame *fr, const fmatch *m, int32_t *out)
{
    int root = code_root(m->code);
    if (!fr->nsubj || (fr->flags & TC_FR_PASSIVE) || !s->c->actors || !s->c->wordnet ||
        !(root == 15 || root >= 17) || s->nextra >= 2 * (size_t)s->tr.n)
        return 0;
    /* (craft that move and act, not a base, a building or a bomb that "killed") */
    static const char *const craft[] = {
        "ship",    "vessel",     "boat",      "plane",   "aircraft", "jet",
        "drone",   "helicopter", "bulldozer", "tank",    "truck",    "submarine",
        "frigate", "destroyer",  "cutter",    "trawler", "craft",    "patrol",
        "gunboat", "cruiser",    "corvette",  NULL};
    uint32_t w = fr->subj[0].word, adj;
    const char *cls = tc_code_noun_class(s, w);
    if (!cls || strcmp(cls, "noun.artifact") || !lemma_in(s, w, craft)) return 0;
    const char *state = tc_code_adj_state(s, w, NULL, &adj);
    if (!state) return 0;
    out[0] = tc_code_extra(s, s->lo + adj, w - adj + 1, state, 3, "", TC_KIND_COUNTRY,
                           "a thing a state's adjective names, doing force");
    return out[0] != NO_MENTION;
}

/* "a commander was killed in a gun battle with Kenyan police", "three soldiers were wounded in
 * a firefight with militants": force told in the passive with no agent, "in" a fight "with"
 * someone, is that side's. */
static size_t fought_with(sctx *s, const tc_frame *fr, const fmatch *m, int32_t *out, size_t max)
{
    static const char *const fights[] = {"battle",   "gunbattle", "firefight", "shootout", "clash",
                                         "fighting", "skirmish",  "exchange",  "gunfight", NULL};
    if (code_root(m->code) < 18) return 0;
    for (int i = 0; i < fr->nobl; i++) {
        uint32_t o = fr->obl[i].word;
        if (fr->obl[i].prep == TC_FRAME_NONE || strcmp(norm_of(s, fr->obl[i].prep), "in") ||
            !lemma_in(s, o, fights))
            continue;
        for (uint32_t k = s->first[o]; k < s->first[o + 1]; k++) {
            const char *cw = case_word(s, s->kids[k]);
            if (rel_of(s, s->kids[k]) == TC_REL_NMOD && cw && !strcmp(cw, "with"))
                return tc_code_phrase_actors(s, s->kids[k], 1, out, max);
        }
    }
    return 0;
}

/* The law, decree or rule participle p hangs on ("a law targeting X"), or UINT32_MAX; also
 * when the parse hangs the participle on the verb right after its object ("passed a law
 * targeting[xcomp] X", "plans to pass a law targeting[advcl] X"; verbs18). */
uint32_t tc_code_law_of_participle(const sctx *s, uint32_t p)
{
    static const char *const laws[] = {"law",     "legislation", "bill",      "decree",    "rule",
                                       "statute", "regulation",  "ordinance", "directive", NULL};
    if (!s->tr.w[p].head) return UINT32_MAX;
    uint32_t h = head_of(s, p);
    if (rel_of(s, p) == TC_REL_ACL) return lemma_in(s, h, laws) ? h : UINT32_MAX;
    if ((rel_of(s, p) != TC_REL_XCOMP && rel_of(s, p) != TC_REL_ADVCL) || !p) return UINT32_MAX;
    uint32_t o = p - 1;
    return rel_of(s, o) == TC_REL_OBJ && s->tr.w[o].head && head_of(s, o) == h &&
                   lemma_in(s, o, laws)
               ? o
               : UINT32_MAX;
}

/* "A Senate committee passed a bill targeting X", "a parliamentary panel approved legislation
 * aimed at Y": a committee's vote only sends a text on to the full chamber, so what the text
 * aims at is not yet in force (prec19, issue 14): true when the verb law hangs on as its object
 * has a committee or panel as its subject. */
static int law_still_in_committee(const sctx *s, uint32_t law)
{
    static const char *const committees[] = {"committee", "subcommittee", "panel", NULL};
    if (law == UINT32_MAX || rel_of(s, law) != TC_REL_OBJ || !s->tr.w[law].head) return 0;
    int32_t g = s->frame_of[head_of(s, law)];
    if (g < 0) return 0;
    const tc_frame *fr = &s->fr[g];
    for (size_t k = 0; k < fr->nsubj; k++)
        if (lemma_in(s, fr->subj[k].word, committees)) return 1;
    return 0;
}

/* "passed a law targeting Ukrainian schools", "a decree aimed at the opposition": force that
 * a law, decree or rule is said to aim at is the administrative sanction (172) of its maker
 * (code_roles.c, author_of_text) on whom it aims at (verbs18); frame f's match recoded,
 * before moods and governors read its code. */
void tc_code_law_aimed(sctx *s, size_t f)
{
    static const char *const aiming[] = {"target", "aim", "direct", NULL};
    fmatch *m = &s->fm[f];
    uint32_t p = s->fr[f].pred;
    if (!m->p || code_root(m->code) < 18 || !lemma_in(s, p, aiming) ||
        tc_code_law_of_participle(s, p) == UINT32_MAX || !s->c->cameo ||
        !tc_cameo_get(s->c->cameo, "172"))
        return;
    snprintf(m->code, sizeof m->code, "172");
    m->info = tc_cameo_get(s->c->cameo, "172");
    if (law_still_in_committee(s, tc_code_law_of_participle(s, p))) m->flags |= TC_EV_HYPOTHETICAL;
}

/* "Albania's parliament passed a resolution criticizing the president": what a text, a
 * statement or a decision says is said by whoever passed, issued or made it. */
static size_t author_of_text(sctx *s, const tc_frame *fr, int32_t *out, size_t max)
{
    static const char *const texts[] = {
        "resolution", "statement", "letter", "communique", "declaration", "report", "decree",
        "motion", "message", "note", "bill", "decision",
        /* (laws and rules a maker passes, adopts or issues: verbs18) */
        "law", "legislation", "rule", "regulation", "ordinance", "statute", "directive", NULL};
    uint32_t p = fr->pred;
    /* ("passed a law targeting[xcomp] X", misread: the law's maker is the verb's subject) */
    uint32_t law = tc_code_law_of_participle(s, p);
    if (law != UINT32_MAX && rel_of(s, p) != TC_REL_ACL) {
        int32_t g = s->frame_of[head_of(s, p)];
        return g < 0 ? 0 : tc_code_arg_mentions(s, s->fr[g].subj, s->fr[g].nsubj, out, max);
    }
    if (rel_of(s, p) != TC_REL_ACL || !s->tr.w[p].head) return 0;
    uint32_t noun = head_of(s, p);
    if (fr->nsubj > 1 || (fr->nsubj == 1 && fr->subj[0].word != noun)) return 0;
    /* ... and "in a statement condemning X, Russia demanded ...": the text a clause's act is
       told "in" is that clause's subject's, as is the text one answers "with" ("responded
       with a statement condemning X"; not "agreed with a statement": clause17, issue 14) */
    static const char *const answering[] = {"respond", "react", "reply", "answer", "retort", NULL};
    const char *cw = case_word(s, noun);
    int told_in =
        rel_of(s, noun) == TC_REL_OBL && cw &&
        (!strcmp(cw, "in") || (!strcmp(cw, "with") && lemma_in(s, head_of(s, noun), answering)));
    if (!lemma_in(s, noun, texts) || (rel_of(s, noun) != TC_REL_OBJ && !told_in) ||
        !s->tr.w[noun].head)
        return 0;
    int32_t g = s->frame_of[head_of(s, noun)];
    if (g < 0) return 0;
    return tc_code_arg_mentions(s, s->fr[g].subj, s->fr[g].nsubj, out, max);
}

/* "Drones launched by an Iraqi militia struck a U.S. outpost": a war machine that acts, with
 * a participle of using it that names its user by "by", acts for that user (sixteenth
 * session, parse16: the parse now reads the participle as the subject's). */
static size_t machine_user(sctx *s, const tc_frame *fr, int32_t *out, size_t max)
{
    static const char *const machines[] = {"drone",      "missile", "rocket",  "warplane",
                                           "jet",        "plane",   "gunship", "helicopter",
                                           "artillery",  "warship", "ship",    "boat",
                                           "projectile", "shell",   "tank",    NULL};
    static const char *const using[] = {"launch", "fire",  "fly",  "operate", "send",  "deploy",
                                        "use",    "pilot", "drop", "lob",     "shoot", NULL};
    if (fr->nsubj != 1 || fr->flags & TC_FR_PASSIVE) return 0;
    uint32_t w = fr->subj[0].word;
    /* (a machine no dictionary makes an actor is a means of force, its author found there:
       means_of_force, "rockets fired by X" 194) */
    if (!lemma_in(s, w, machines) || s->ment[w] == NO_MENTION) return 0;
    for (uint32_t j = s->first[w]; j < s->first[w + 1]; j++) {
        uint32_t c = s->kids[j], by = c;
        if (rel_of(s, c) != TC_REL_ACL || c < w || !lemma_in(s, c, using) || !by_agent(s, c, &by))
            continue;
        size_t got = tc_code_phrase_actors(s, by, 1, out, max);
        if (got) return got;
    }
    return 0;
}

/* The actor the pattern's "$" span of match m holds ("criticism from immigrants' rights
 * groups": the phrase's head, not its first name), into out[0]; NO_MENTION when none. */
static int32_t marked_source(sctx *s, const fmatch *m)
{
    int32_t k = NO_MENTION;
    if (m->src_hi <= m->src_lo || m->p->comp_pre) return k;
    for (uint32_t w = m->src_lo; w < m->src_hi && m->p->undergo && k == NO_MENTION; w++)
        if (s->tr.w[w].head && (head_of(s, w) < m->src_lo || head_of(s, w) >= m->src_hi))
            k = tc_code_arg_mention(s, w, 2);
    if (k == NO_MENTION) k = tc_code_mention_in(s, m->src_lo, m->src_hi);
    return k;
}

/* "an attack on a church in the city of Quetta which killed nine": a relative clause the parse
 * hung on a place noun tells what the place's neighbour in the phrase did, never what the place
 * (nor the state whose place it is) did. Is fr such a clause? */
static int clause_on_place(const sctx *s, const tc_frame *fr)
{
    static const char *const places[] = {
        "city", "town",    "village", "province",     "region",        "district", "county",
        "area", "capital", "suburb",  "neighborhood", "neighbourhood", "street",   NULL};
    if ((fr->gov_rel != TC_REL_ACL_RELCL && fr->gov_rel != TC_REL_ACL) ||
        fr->gov == TC_FRAME_NONE || fr->nsubj != 1 || (fr->flags & TC_FR_PASSIVE) ||
        s->tr.w[fr->gov].upos != TC_UPOS_NOUN || !lemma_in(s, fr->gov, places) ||
        !(fr->subj[0].word == fr->gov || word_is(s, fr->subj[0].word, "which") ||
          word_is(s, fr->subj[0].word, "that")))
        return 0;
    for (uint32_t i = s->first[fr->pred]; i < s->first[fr->pred + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_NSUBJ &&
            (word_is(s, s->kids[i], "which") || word_is(s, s->kids[i], "that")))
            return 1;
    return 0;
}

/* "troops, backed by heavy artillery, attacked": the "by" agent of a participle hung on a noun
 * (targets_of) acts only when a reader can place it; an agent of no state there is as often a
 * means ("artillery") as a doer; and only for help, backing or mediation (04-07: "supported
 * by", "armed by", "brokered by"), not "books banned by X" nor "a report released by X", whose
 * nouns are no one's to act on. The n sources of out kept; their count. */
static size_t placed_backers(sctx *s, const tc_frame *fr, const fmatch *m, int32_t *out, size_t n)
{
    if (!n || !(fr->flags & TC_FR_PASSIVE) || fr->nsubj || fr->gov_rel != TC_REL_ACL) return n;
    size_t kept = 0;
    int root = code_root(m->code);
    for (size_t i = 0; i < n && root >= 4 && root <= 7; i++) {
        const tc_mention *mi = mention_at(s, out[i]);
        if (mi && strncmp(mi->code, "---", 3)) out[kept++] = out[i];
    }
    return kept;
}

/* "two inspectors were expelled from North Korea": an expulsion told with no agent is the act
 * of the state expelled from (a state, not "expelled from the party"); their count. */
static size_t expelled_from(sctx *s, const tc_frame *fr, int32_t *out, size_t max)
{
    static const char *const expelling[] = {"expel", "deport", "banish", "exile", "evict", NULL};
    if (!(fr->flags & TC_FR_PASSIVE) || fr->nagent || !lemma_in(s, fr->pred, expelling)) return 0;
    size_t n = oblique_mentions(s, fr, "from", 0, out, max);
    for (size_t i = 0; i < n; i++) {
        const tc_mention *mi = mention_at(s, out[i]);
        if (!mi || strlen(mi->code) < 3 || !strncmp(mi->code, "---", 3) ||
            (mi->kind != TC_KIND_COUNTRY && mi->kind != TC_KIND_METONYM))
            n = 0;
    }
    return n;
}

/* PETRARCH's require_dyad = false: an agent of no state in fr's subject acts ("a senior
 * official said", "the official news agency WFNA said": ---GOV); their count. */
static size_t stateless_subject(sctx *s, const tc_frame *fr, int32_t *out)
{
    size_t n = 0;
    for (uint32_t w = 0; !n && w < s->tr.n; w++) {
        uint32_t h = w;
        while (h != fr->subj[0].word && s->tr.w[h].head) h = head_of(s, h);
        if (h == fr->subj[0].word && tc_code_is_agent(mention_at(s, s->ment[w])))
            out[n++] = s->ment[w];
    }
    return n;
}

/* PETRARCH codes a noun phrase by its first actor with its agent: "Bree President Romendacil"
 * is BREGOV (Bree + President), not the state Romendacil's entry gives, "Ithilen's minister
 * Calimehtar" ITHGOV. Rewrites each of the n states in out so. */
static void petrarch_first_actor(sctx *s, int32_t *out, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const tc_mention *mi = mention_at(s, out[i]);
        if (!mi || strlen(mi->code) != 3 || mi->tok0 < s->lo) continue;
        uint32_t hw = mi->tok0 - s->lo;
        for (uint32_t w = 0; w < hw; w++) {
            const tc_mention *mw = mention_at(s, s->ment[w]);
            uint32_t h = w;
            while (h != hw && s->tr.w[h].head) h = head_of(s, h);
            if (h == hw && mw && strlen(mw->code) > 3 && usable(mw)) {
                out[i] = s->ment[w];
                break;
            }
        }
    }
}

/* "Turkey's earthquake killed 50,000 people", "Pakistan's floods displaced millions": a
 * natural disaster acts for no one; the state that owns it in words is where it struck. */
static int disaster_subject(const sctx *s, const tc_frame *fr)
{
    static const char *const disasters[] = {
        "earthquake", "quake",    "aftershock", "flood",     "floods",  "flooding",
        "storm",      "cyclone",  "typhoon",    "hurricane", "tornado", "landslide",
        "mudslide",   "tsunami",  "wildfire",   "wildfires", "drought", "eruption",
        "avalanche",  "heatwave", "blizzard",   NULL};
    if (fr->flags & TC_FR_PASSIVE) return 0;
    for (int i = 0; i < fr->nsubj; i++)
        if (lemma_in(s, fr->subj[i].word, disasters) ||
            in_words(norm_of(s, fr->subj[i].word), disasters))
            return 1;
    return 0;
}

size_t tc_code_sources(sctx *s, size_t f, int32_t *out, size_t max)
{
    const tc_frame *fr = &s->fr[f];
    const fmatch *m = &s->fm[f];
    int32_t k = marked_source(s, m);
    if (k != NO_MENTION) {
        out[0] = k;
        return 1;
    }
    /* "the convoy came under attack": what the subject underwent has no source but the "$"
       actor (force with none named keeps its victims: tc_code_frame) */
    if (m->p && m->p->undergo) return 0;
    if (disaster_subject(s, fr)) return 0;
    /* a pattern reaching back to another verb ("noted + regret") acts with that verb's subject */
    int32_t g = m->first < fr->pred ? s->frame_of[m->first] : -1;
    if (g >= 0 && (size_t)g != f) fr = &s->fr[g];
    if (clause_on_place(s, fr)) return 0;
    s->sourcing = 1;
    size_t n = machine_user(s, fr, out, max);
    if (!n)
        n = fr->flags & TC_FR_PASSIVE ? tc_code_arg_mentions(s, fr->agent, fr->nagent, out, max)
                                      : tc_code_arg_mentions(s, fr->subj, fr->nsubj, out, max);
    if (!n && !fr->nsubj && !(fr->flags & TC_FR_PASSIVE))
        n = tc_code_misread_subject(s, fr, out, max);
    n = placed_backers(s, fr, m, out, n);
    if (!n) n = expelled_from(s, fr, out, max);
    if (!n && (fr->flags & TC_FR_PASSIVE) && !fr->nagent) n = fought_with(s, fr, m, out, max);
    if (!n && fr->nsubj && (s->c->conventions & TC_CODE_NO_DYAD)) n = stateless_subject(s, fr, out);
    if (s->c->conventions & TC_CODE_PETRARCH) petrarch_first_actor(s, out, n);
    if (!n) n = speaker_self(s, fr, out, max);
    if (!n) n = author_of_text(s, fr, out, max);
    if (!n) n = thing_of_state(s, fr, m, out);
    s->sourcing = 0;
    return n;
}

/* Is the mention at w where something happens ("in Afghanistan"), not who asked for it? */
static int a_place(const sctx *s, uint32_t w)
{
    uint32_t h = mention_head(s, w, s->ment[w]);
    const char *cw = case_word(s, h);
    return cw && in_words(cw, tc_code_place_preps);
}

/* Does the sentence name an actor (a state or an agent of one) other than the sources'
 * countries? */
int tc_code_other_actor(const sctx *s, const int32_t *src, size_t ns)
{
    for (size_t k = 0; k < s->nm; k++) {
        const tc_mention *m = &s->m[k];
        if (!usable(m) || m->tok0 < s->lo || m->tok0 - s->lo >= s->tr.n ||
            a_place(s, m->tok0 - s->lo))
            continue;
        int same = 0;
        for (size_t a = 0; a < ns && !same; a++)
            same = !strncmp(mention_at(s, src[a])->code, m->code, 3);
        if (!same) return 1;
    }
    return 0;
}

/* Is w someone no dictionary codes: a personal pronoun, an agent of no state, a noun for
 * people or a group ("pleaded with civilians", "prohibited him")? */
static int someone(const sctx *s, uint32_t w)
{
    const tc_word *x = &s->tr.w[w];
    for (size_t i = 0; i < s->nwhen; i++)
        if (s->lo + w >= s->when[i].tok0 && s->lo + w < s->when[i].tok0 + s->when[i].ntok)
            return 0; /* "on Monday" */
    if (x->upos == TC_UPOS_PRON) return strcmp(x->lemma, "it") != 0;
    if (s->ment[w] != NO_MENTION || x->upos == TC_UPOS_PROPN) return 1; /* a name: someone */
    if (x->upos != TC_UPOS_NOUN || !s->c->wordnet) return 0;
    int first;
    uint64_t all;
    if (!tc_wordnet_lookup(s->c->wordnet, x->lemma, strlen(x->lemma), 'n', &first, &all)) return 0;
    const char *name = tc_wordnet_class_name(first);
    return name && (!strcmp(name, "noun.person") || !strcmp(name, "noun.group"));
}

/* Does the predicate aim at someone it names but no dictionary codes (its object, or an
 * oblique with a target preposition)? Then an empty target would be a wrong one. */
int tc_code_someone_aimed_at(const sctx *s, const tc_frame *fr)
{
    for (int i = 0; i < fr->nobj; i++)
        if (someone(s, fr->obj[i].word)) return 1;
    for (int i = 0; i < fr->nobl; i++) {
        const tc_frame_arg *a = &fr->obl[i];
        if (a->prep != TC_FRAME_NONE && in_words(norm_of(s, a->prep), tc_code_target_preps) &&
            someone(s, a->word))
            return 1;
    }
    return 0;
}

/* Force and coercion (roots 17-20) need a subject that can act: not a thing owned, said,
 * thought, felt or happening by nature ("Trump's tariffs targeting Canada", "the decision hit
 * exporters", "the earthquake killed 40": WordNet's noun classes). */
int tc_code_acting_subject(const sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    if (code_root(s->fm[f].code) < 17 || code_root(s->fm[f].code) > 20 ||
        fr->flags & TC_FR_PASSIVE || !fr->nsubj)
        return 1;
    uint32_t w = fr->subj[0].word;
    const tc_word *x = &s->tr.w[w];
    if (s->ment[w] != NO_MENTION || x->upos != TC_UPOS_NOUN || !s->c->wordnet) return 1;
    if (base_in(s, w, tc_code_force_nouns) || tc_code_instrument_noun(s, w)) return 1;
    /* "passed legislation targeting X": a law a participle hangs on acts for its maker
       (author_of_text; verbs18) */
    if (tc_code_law_of_participle(s, fr->pred) == w) return 1;
    int first;
    uint64_t all;
    if (!tc_wordnet_lookup(s->c->wordnet, x->lemma, strlen(x->lemma), 'n', &first, &all)) return 1;
    static const char *const inert[] = {
        "noun.possession", "noun.communication", "noun.cognition",  "noun.state",
        "noun.feeling",    "noun.act",           "noun.phenomenon", "noun.time",
        "noun.substance",  "noun.food",          "noun.plant",      "noun.body",
        "noun.motive",     "noun.relation",      "noun.shape",      NULL};
    const char *name = tc_wordnet_class_name(first);
    return !name || !in_words(name, inert);
}

/* The author a means of force names with "by" ("airstrikes by the Somali army"), or
 * NO_MENTION. */
int32_t tc_code_force_author(sctx *s, uint32_t w)
{
    const tc_mention *own = mention_at(s, s->ment[w]); /* "an Israeli airstrike" named whole */
    if (own && usable(own)) return s->ment[w];
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        if ((rel_of(s, c) != TC_REL_NMOD && rel_of(s, c) != TC_REL_OBL_AGENT) || !cw ||
            strcmp(cw, "by") != 0)
            continue;
        int32_t k = tc_code_arg_mention(s, c, 2);
        if (k != NO_MENTION) return k;
    }
    /* "missiles fired by Israel", "rockets launched by Hezbollah": the participle's agent */
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) != TC_REL_ACL || s->tr.w[c].upos != TC_UPOS_VERB) continue;
        for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++) {
            uint32_t a = s->kids[j];
            const char *cw = case_word(s, a);
            if ((rel_of(s, a) != TC_REL_OBL_AGENT && rel_of(s, a) != TC_REL_OBL) || !cw ||
                strcmp(cw, "by"))
                continue;
            int32_t k = tc_code_arg_mention(s, a, 2);
            if (k != NO_MENTION) return k;
        }
    }
    /* "an Israeli airstrike", "a Russian missile": the force's own state */
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        const tc_mention *mc = mention_at(s, s->ment[c]);
        if ((r == TC_REL_AMOD || r == TC_REL_COMPOUND) && mc && usable(mc)) return s->ment[c];
    }
    /* "a Pakistani military operation", "a Turkish military offensive": a state's adjective
       before a force noun whose agent word the dictionary hides with it (its discard entries)
       names that state's forces */
    uint32_t military = 0;
    const char *state = NULL;
    uint32_t at = 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        if (c > w || rel_of(s, c) != TC_REL_AMOD) continue;
        if (word_is(s, c, "military")) military = c;
        const tc_token *t = &s->t->toks[s->lo + c];
        const char *st = s->ment[c] == NO_MENTION && (t->flags & TC_TOK_CAP) && s->c->actors
                             ? tc_actors_adj_state(s->c->actors, t->norm, t->nlen)
                             : NULL;
        if (st && strlen(st) == 3 && !state) state = st, at = c;
    }
    if (!state || !military) return NO_MENTION;
    char code[8];
    snprintf(code, sizeof code, "%sMIL", state);
    uint32_t n = military > at ? military - at + 1 : 1; /* "Pakistani military" */
    return tc_code_extra(s, s->lo + at, n, code, (int)strlen(code), "", TC_KIND_AGENT,
                         "the state whose adjective names a military operation");
}
