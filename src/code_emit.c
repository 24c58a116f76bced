/* code_emit: an event of a frame. Finer codes by who acts (air strikes, dissent), the senses
 * told by who acts and on whom, the actors' references, the date (the clause's, the verb's
 * it completes, the story's told in the sentences before, the article's; past acts told as
 * such) and the place; an event repeating one of the sentence is dropped. Part of the coder
 * (code_int.h). */
#include "code_int.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- events ---- */

/* What protesters, students, workers or residents do is dissent (14x), not state action:
 * they block a road (144, not the blockade 191), boycott (143, not the embargo 163), protest
 * in the street (141, not the official complaint 114). */
static const char *const dissent_agents[] = {"OPP", "CVL", "EDU", "LAB", "ENV",
                                             "AGR", "HLH", "JUD", "MED", NULL};
static const char *const dissent_codes[][2] = {{"191", "144"}, {"163", "143"}, {"114", "141"}};
/* Sources of an air strike (195) rather than any attack (190). */
const char *const tc_code_aircraft[] = {"warplane", "jet",        "drone",   "aircraft", "bomber",
                                        "plane",    "helicopter", "gunship", NULL};

/* Finer codes by who acts and on how many: air strikes, mass expulsions, dissent. */
/* Sectors of those who fight (the police and spies use force too, but are no combatants). */
static const char *const fighters[] = {"MIL", "REB", "INS", "UAF", "SEP", NULL};

/* Is m's code of that sector ("CVL" of "CHNCVL")? */

static int a_people(const sctx *s, const tc_mention *m);

/* Is m, protesters or rioters, a subject of the verb pred ("protesters stormed ... and set
 * fire to ...")? Not of a noun or a bare gerund ("fighting between police and protesters"). */
static int crowd_subject(const sctx *s, const tc_mention *m, uint32_t pred)
{
    static const char *const crowds[] = {"protester", "demonstrator", "rioter", "mob", NULL};
    int32_t f = pred < s->tr.n ? s->frame_of[pred] : -1;
    if (f < 0 || s->tr.w[pred].upos != TC_UPOS_VERB || m->tok0 + m->ntok - 1 < s->lo) return 0;
    uint32_t h = m->tok0 + m->ntok - 1 - s->lo;
    if (h >= s->tr.n || !base_in(s, h, crowds)) return 0;
    for (int i = 0; i < s->fr[f].nsubj; i++)
        if (s->fr[f].subj[i].word == h) return 1;
    return 0;
}

/* Is pred "storm" with an actor's building as its object ("stormed Congress", "stormed the
 * embassy")? */
static int stormed_actor(const sctx *s, uint32_t pred)
{
    if (pred >= s->tr.n || strcmp(s->tr.w[pred].lemma, "storm")) return 0;
    for (uint32_t i = s->first[pred]; i < s->first[pred + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_OBJ && s->ment[s->kids[i]] != NO_MENTION) return 1;
    return 0;
}

/* "deployed 230 troops to Liberia on a peacekeeping mission", "sent 200 troops to serve as a
 * peacekeeping force": is frame pred's deployment (15) for peacekeeping (074)? */
static int peacekeeping(const sctx *s, const char *code, uint32_t pred)
{
    if (code_root(code) != 15 || !s->c->cameo || !tc_cameo_get(s->c->cameo, "074")) return 0;
    for (uint32_t k = 0; k < s->tr.n; k++) {
        const char *w = norm_of(s, k);
        if (strncmp(w, "peacekeep", 9) && strncmp(w, "peace-keep", 10)) continue;
        uint32_t h = k;
        for (int steps = 0; steps < 6 && h != pred && s->tr.w[h].head; steps++) h = head_of(s, h);
        if (h == pred) return 1;
    }
    return 0;
}

/* Is the force (190, 18x) of source m at pred aerial (195): warplanes, drones or helicopters
 * attacking or bombing, or "carried out air strikes", "launched airstrikes"? */
static int aerial(const sctx *s, const tc_mention *m, const char *code, uint32_t pred)
{
    if ((!strcmp(code, "190") || code_root(code) == 18) && m->tok0 + m->ntok - 1 >= s->lo) {
        uint32_t w = m->tok0 + m->ntok - 1 - s->lo;
        if (w < s->tr.n && lemma_in(s, w, tc_code_aircraft)) return 1;
        /* ("drones launched by a militia struck": the machine the subject, its user the
           source) */
        int32_t f = pred < s->tr.n ? s->frame_of[pred] : -1;
        for (int i = 0; f >= 0 && i < s->fr[f].nsubj; i++) {
            uint32_t sw = s->fr[f].subj[i].word;
            for (uint32_t j = s->first[sw]; j < s->first[sw + 1]; j++)
                if (rel_of(s, s->kids[j]) == TC_REL_ACL && lemma_in(s, sw, tc_code_aircraft))
                    return 1;
        }
    }
    if (strcmp(code, "190")) return 0;
    for (uint32_t i = s->first[pred]; i < s->first[pred + 1]; i++) {
        uint32_t o = s->kids[i];
        if (rel_of(s, o) != TC_REL_OBJ) continue;
        static const char *const aerial_nouns[] = {"airstrike", "air-strike", NULL};
        if (lemma_in(s, o, aerial_nouns)) return 1;
        if (strcmp(s->tr.w[o].lemma, "strike")) continue;
        for (uint32_t j = s->first[o]; j < s->first[o + 1]; j++)
            if (word_is(s, s->kids[j], "air") || lemma_in(s, s->kids[j], tc_code_aircraft))
                return 1;
    }
    return 0;
}

/* Crowds and forces: a riot (145) where a crowd storms or burns, force (190) where an armed
 * force or the police storm, an arrest (173) where the police seize people; NULL when none of
 * them. */
/* Does a crowd riot (CAMEO 145 "riot": destruction of property as protest): protesters or
 * rioters storming, burning or wrecking ("protesters stormed the residence", "set fire to
 * parliament": the dictionary's riots, a verb's, not "clashes between them and the police"),
 * the opposition burning property, or a crowd (protesters, residents, students, workers,
 * farmers) storming an actor's building ("stormed the parliament", not "the border fence"),
 * where an armed force would destroy property (1712) or attack (190); others who burn property
 * keep 1712 (news18, conflict18, issue 14)? */
static int riot(const sctx *s, const tc_mention *src, const char *code, uint32_t pred)
{
    static const char *const crowds[] = {"OPP", "CVL", "EDU", "LAB", "AGR", NULL};
    int force = !strcmp(code, "190"), burning = !strcmp(code, "1712");
    return ((force || burning) && crowd_subject(s, src, pred)) ||
           (sector_is(src, "OPP") && burning) ||
           (sector_in(src, crowds) && force && stormed_actor(s, pred));
}

/* Crowds and forces: a riot (145) where a crowd storms or burns, force (190) where an armed
 * force or the police storm, an arrest (173) where the police seize people; NULL when none of
 * them. */
static const char *crowd_or_force(const sctx *s, const tc_mention *src, const char *code,
                                  uint32_t pred)
{
    if (riot(s, src, code, pred)) return "145";
    /* gunmen, soldiers or police storming a building use force (190), not a riot (145) */
    static const char *const forces[] = {"COP", "SPY", NULL};
    if ((sector_in(src, fighters) || sector_in(src, forces)) && !strcmp(code, "145")) return "190";
    /* the police or a court seizing people arrests them (173), where others abduct (181) */
    static const char *const keepers[] = {"COP", "JUD", "GOV", "SPY", NULL};
    if (sector_in(src, keepers) && !strcmp(code, "181") && pred < s->tr.n &&
        (!strcmp(s->tr.w[pred].lemma, "seize") || !strcmp(s->tr.w[pred].lemma, "grab")))
        return "173";
    return NULL;
}

/* Workers who "began a strike" strike (143), and "threatened to strike" threatens one (133);
 * NULL when the code is no such strike. */
static const char *labour_strike(const sctx *s, const tc_mention *src, const char *code,
                                 uint32_t pred)
{
    static const char *const workers[] = {"HLH", "EDU", "LAB", "CVL", "AGR", "BUS", "MED", NULL};
    /* ... and "threatened to strike" threatens one (133) */
    if (sector_in(src, workers) && (code_root(code) == 19 || !strncmp(code, "138", 3))) {
        uint32_t w = !strcmp(s->tr.w[pred].lemma, "strike") ? pred : UINT32_MAX;
        for (uint32_t i = s->first[pred]; i < s->first[pred + 1] && w == UINT32_MAX; i++) {
            int r = rel_of(s, s->kids[i]);
            if ((r == TC_REL_OBJ || r == TC_REL_XCOMP) &&
                !strcmp(s->tr.w[s->kids[i]].lemma, "strike"))
                w = s->kids[i];
        }
        /* not "air strikes", "missile strikes": force whoever the parse made their author */
        static const char *const arms[] = {"air",       "missile",  "drone", "rocket",
                                           "artillery", "military", "naval", NULL};
        for (uint32_t i = w < s->tr.n ? s->first[w] : 0; w < s->tr.n && i < s->first[w + 1]; i++)
            if (lemma_in(s, s->kids[i], arms)) w = UINT32_MAX;
        if (w != UINT32_MAX) return code_root(code) == 19 ? "143" : "133";
    }
    return NULL;
}

const char *tc_code_by_context(const sctx *s, const tc_mention *src, const char *code,
                               uint32_t pred)
{
    if (peacekeeping(s, code, pred)) return "074";
    if (aerial(s, src, code, pred)) return "195";
    const char *changed = crowd_or_force(s, src, code, pred);
    if (!changed) changed = labour_strike(s, src, code, pred);
    if (changed) return changed;
    /* an army's "assault on Gaza" is an offensive (190), not a beating (182) */
    if (sector_in(src, fighters) && !strcmp(code, "182") && s->tr.w[pred].upos == TC_UPOS_NOUN &&
        !strcmp(s->tr.w[pred].lemma, "assault"))
        return "190";
    /* an army backing or standing by another cooperates militarily (062), not in words (052) */
    /* ... an alliance's or a bloc's troops too ("backed by African Union troops") */
    static const char *const troops[] = {"troop", "troops",   "force",       "forces", "soldier",
                                         "army",  "military", "peacekeeper", NULL};
    uint32_t last = src->tok0 + src->ntok - 1;
    if (!strcmp(code, "052") &&
        (sector_is(src, "MIL") || (!strncmp(src->code, "IGO", 3) && last >= s->lo &&
                                   last - s->lo < s->tr.n && lemma_in(s, last - s->lo, troops))))
        return "062";
    /* ... and a state's people ("thousands of Georgians protested") */
    if (!sector_in(src, dissent_agents) && !(a_people(s, src) && !strcmp(code, "114"))) return code;
    for (size_t i = 0; i < sizeof dissent_codes / sizeof *dissent_codes; i++)
        if (!strcmp(code, dissent_codes[i][0]) &&
            (strcmp(code, "114") || !strcmp(s->tr.w[pred].lemma, "protest")))
            return dissent_codes[i][1];
    return code;
}

static tc_actor_ref ref_of(const sctx *s, int32_t k)
{
    tc_actor_ref r = {.name = ""};
    const tc_mention *m = mention_at(s, k);
    if (!m) return r;
    snprintf(r.code, sizeof r.code, "%s", m->code);
    r.name = m->name ? m->name : "";
    /* "Bangladesh says it will not accept ...": a pronoun's words are its antecedent's when
       the sentence names it before */
    uint32_t w = m->tok0 - s->lo;
    if (m->tok0 >= s->lo && w < s->tr.n && s->tr.w[w].upos == TC_UPOS_PRON && m->ntok == 1)
        for (size_t j = 0; j < s->nm; j++)
            if (s->m[j].tok0 < m->tok0 && s->m[j].tok0 >= s->lo && !strcmp(s->m[j].code, m->code) &&
                s->m[j].name && m->name && !strcmp(s->m[j].name, m->name))
                m = &s->m[j];
    const tc_token *a = &s->t->toks[m->tok0], *b = &s->t->toks[m->tok0 + m->ntok - 1];
    r.span = (tc_span){a->off, b->off + b->len - a->off};
    return r;
}

/* The date expression word w lies in ("on Sunday", "in March"), or NULL. */
const tc_when *tc_code_when_over(const sctx *s, uint32_t w)
{
    for (size_t i = 0; i < s->nwhen; i++)
        if (s->lo + w >= s->when[i].tok0 && s->lo + w < s->when[i].tok0 + s->when[i].ntok)
            return &s->when[i];
    return NULL;
}

/* Is a date hung on noun h (or on a noun under it) the time of what bounds an act not yet
 * done: "does not want to meet Kim before the election in November", "will visit ahead of the
 * summit in June"? The date is the bound's (the election's), not the act's; an act told in the
 * simple past before it ("met Kim before the election in November") keeps it (session of
 * 2026-12-07, the twelfth, branch read15). */
static int bound_date(const sctx *s, uint32_t h)
{
    static const char *const bounds[] = {"before", "until", "till", "ahead", "prior", NULL};
    for (int hops = 0; hops < 4 && s->tr.w[h].head; hops++) {
        int r = rel_of(s, h);
        if (r != TC_REL_NMOD && r != TC_REL_OBL) return 0;
        const char *cw = case_word(s, h);
        uint32_t v = head_of(s, h);
        if (cw && in_words(cw, bounds) && s->tr.w[v].upos == TC_UPOS_VERB)
            return strcmp(tc_parse_xpos_name(s->c->parser, s->tr.w[v].xpos), "VBD") != 0;
        h = v;
    }
    return 0;
}

/* The date expression whose word of attachment belongs to predicate p: p itself, or a noun
 * of p's phrase the parse hung it on ("launched an operation on the border in 2015"); or the
 * one p's clause describes ("since 2011, when the government sent soldiers"). */
static const tc_when *when_at(const sctx *s, uint32_t p)
{
    /* the time nearest the predicate in the tree: "Before the election this month, Ishiba
       visited Taiwan in August" is August's */
    const tc_when *best = NULL;
    int best_hops = 99;
    for (size_t i = 0; i < s->nwhen; i++) {
        const tc_when *x = &s->when[i];
        uint32_t h;
        /* "sent a letter dated Feb. 4 to ...", "in a note dated Feb. 2": the date of a document
           the act's phrase names (the word before it "dated", right after the noun or hung on
           it) is the act's (branch past10) */
        uint32_t dt = x->tok0 > s->lo ? x->tok0 - s->lo - 1 : UINT32_MAX;
        if (dt < s->tr.n && word_is(s, dt, "dated") && rel_of(s, dt) == TC_REL_ACL)
            h = head_of(s, dt);
        else if (dt < s->tr.n && dt > 0 && word_is(s, dt, "dated") &&
                 s->tr.w[dt - 1].upos == TC_UPOS_NOUN)
            h = dt - 1;
        else if (x->head == TC_WHEN_NOHEAD || x->head < s->lo || x->head - s->lo >= s->tr.n)
            continue;
        else
            h = x->head - s->lo;
        int hops = 0;
        if (bound_date(s, h)) continue;
        for (; hops < 6 && h != p && s->frame_of[h] < 0 && s->tr.w[h].head; hops++)
            h = head_of(s, h);
        if (h == p && hops < best_hops) {
            best = x;
            best_hops = hops;
        }
    }
    if (best) return best;
    for (uint32_t h = p, hops = 0; hops < 3 && s->tr.w[h].head; hops++) {
        h = head_of(s, h);
        const tc_when *x = tc_code_when_over(s, h);
        if (x) return x;
        if (s->frame_of[h] >= 0) break;
    }
    return NULL;
}

/* "Ties soured in 2018, when Turkey expelled X's envoy", "frozen since the coup in 2013, when both
 * countries recalled their ambassadors": a clause that opens with "when" right after a comma
 * closing a date expression tells of that date, wherever the parse hung the clause. NULL when
 * p's clause is no such one. */
static const tc_when *when_after_date(const sctx *s, uint32_t p)
{
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i];
        if (c > p) break;
        if (rel_of(s, c) == TC_REL_PUNCT) continue;
        if (!word_is(s, c, "when") || rel_of(s, c) != TC_REL_ADVMOD || c < 2 ||
            !word_is(s, c - 1, ","))
            return NULL;
        for (size_t k = 0; k < s->nwhen; k++)
            if (s->when[k].tok0 + s->when[k].ntok == s->lo + c - 1) return &s->when[k];
        return NULL;
    }
    return NULL;
}

/* The date of predicate p: its own, else that of the verb it completes (g), else that of the
 * clause it is coordinated with or hangs from as an adverbial ("Last month, rebels ambushed a
 * bus and killed 18": both acts last month; "relations soured in 2010 after commandos
 * stormed the ship"): not through reported speech, whose date is the saying's. */
static const tc_when *when_on(const sctx *s, uint32_t p, uint32_t g)
{
    const tc_when *w = when_at(s, p);
    if (!w) w = when_after_date(s, p);
    /* "When Russia invaded Ukraine in 2022, Finland asked to join NATO": the past point of a
       clause of "when" the act hangs it on is the act's (thirteenth session, branch past13) */
    for (uint32_t i = s->first[p]; i < s->first[p + 1] && !w; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) != TC_REL_ADVCL) continue;
        int when = 0;
        for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
            when |=
                (rel_of(s, s->kids[j]) == TC_REL_ADVMOD || rel_of(s, s->kids[j]) == TC_REL_MARK) &&
                word_is(s, s->kids[j], "when") && s->kids[j] < c;
        const tc_when *x = when ? when_at(s, c) : NULL;
        if (x && x->kind == TC_WHEN_POINT && x->past) w = x;
    }
    if (!w && g != UINT32_MAX) w = when_at(s, g);
    /* "launched an operation to flush out X ... in 2015": the date of the infinitive it
       governs */
    for (size_t f = 0; f < s->nfr && !w; f++)
        if (s->fr[f].gov == p && s->fr[f].gov_rel == TC_REL_XCOMP) w = when_at(s, s->fr[f].pred);
    for (int hops = 0; !w && hops < 4 && s->tr.w[p].head; hops++) {
        int r = rel_of(s, p);
        /* "soured in 2010 after commandos stormed X", the clause read as describing its
           subject: the time of the clause it hangs in */
        /* "In December, Mogadishu announced it was cutting ties": what is announced or said
           with no time of its own has the saying's */
        static const char *const tellings[] = {"say",    "announce", "tell",    "report", "confirm",
                                               "reveal", "state",    "declare", NULL};
        if (r == TC_REL_ACL && s->tr.w[head_of(s, p)].head &&
            rel_of(s, head_of(s, p)) == TC_REL_OBL)
            p = head_of(s, p);
        else if (r != TC_REL_CONJ && r != TC_REL_ADVCL && r != TC_REL_XCOMP &&
                 !(r == TC_REL_CCOMP && lemma_in(s, head_of(s, p), tellings)))
            break;
        p = head_of(s, p);
        w = when_at(s, p);
    }
    /* "In 2022, authorities arrested X": a date opening the sentence, set off by a comma,
       dates its main clause wherever the parse hung it */
    if (!w && !s->tr.w[p].head)
        for (size_t i = 0; i < s->nwhen && !w; i++) {
            const tc_when *x = &s->when[i];
            uint32_t end = x->tok0 + x->ntok;
            int opens = x->tok0 <= s->lo + 1 && x->tok0 >= s->lo;
            if (opens && end < s->t->sents[s->sent].tok0 + s->t->sents[s->sent].ntok &&
                !strcmp(s->t->toks[end].norm, ","))
                w = x;
        }
    return w;
}

static int simple_past(const sctx *s, uint32_t w);

/* The subject word of p, UINT32_MAX if none. */
static uint32_t subject_of(const sctx *s, uint32_t p)
{
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_NSUBJ) return s->kids[i];
    return UINT32_MAX;
}

/* "Russia seized the valleys; Russia ruled them harshly during the 19th century": a clause
 * after a semicolon, in the simple past with the same subject as p's, dated by a year, a
 * decade or a century well before the article, tells the same account: its date is p's.
 * Another subject is no such account ("Mali accused France; the two fought a war in the 19th
 * century"). NULL when there is none (session of 2026-12-07, the eleventh, branch past11). */
static const tc_when *after_semicolon(const sctx *s, uint32_t p)
{
    uint32_t sp = subject_of(s, p);
    if (sp == UINT32_MAX || !simple_past(s, p)) return NULL;
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i], semi = 0;
        if (c < p || rel_of(s, c) != TC_REL_PARATAXIS) continue;
        for (uint32_t k = p + 1; k < c; k++) semi |= word_is(s, k, ";");
        uint32_t sc = subject_of(s, c);
        if (!semi || sc == UINT32_MAX || strcmp(s->tr.w[sc].lemma, s->tr.w[sp].lemma) ||
            !simple_past(s, c))
            continue;
        const tc_when *w = when_at(s, c);
        if (w && w->kind == TC_WHEN_POINT && w->past && w->date.prec != TC_DATE_NONE &&
            w->date.prec <= TC_DATE_YEAR)
            return w;
    }
    return NULL;
}

/* Where the event of predicate word p happened: place.h's choice (clause, sentence, article). */
static void place_of(const sctx *s, uint32_t p, tc_event_place *out)
{
    memset(out, 0, sizeof *out);
    out->name = out->admin1 = "";
    if (!s->c->places) return;
    tc_place_loc loc;
    tc_place_event(s->c->places, s->pl, s->npl, &s->tr, p, &loc);
    if (!loc.place) return;
    const tc_gaz_place *g = &loc.place->gp;
    out->name = g->name ? g->name : "";
    out->admin1 = g->admin1 && loc.place->prec == TC_PLACE_POINT ? g->admin1 : "";
    snprintf(out->cc3, sizeof out->cc3, "%s", g->cc3);
    out->lat = g->lat;
    out->lon = g->lon;
    out->prec = loc.place->prec;
    out->source = loc.source;
}

/* "Ishiba visited Taiwan in August" in a June article: a month or day named with no year,
 * which the date reader put in the coming months, is last year's when the verb tells of the
 * past (a past tense or a perfect). Moves *d back a year; 1 when it did (the act is then past). */
static int told_as_past(const sctx *s, uint32_t p, const tc_when *w, tc_date *d)
{
    const tc_date *ref = &s->c->date;
    if (ref->prec == TC_DATE_NONE || (d->prec != TC_DATE_MONTH && d->prec != TC_DATE_DAY) ||
        d->year * 12 + d->month <= ref->year * 12 + ref->month)
        return 0;
    for (uint32_t i = w->tok0; i < w->tok0 + w->ntok; i++) /* a year written out stays */
        if (s->t->toks[i].nlen == 4 && isdigit((unsigned char)s->t->toks[i].norm[0])) return 0;
    const tc_feats *ft = tc_parse_feats(s->c->parser, s->tr.w[p].feats);
    int past = ft && ft->tense == TC_TENSE_PAST && ft->verbform == TC_VF_FIN;
    for (uint32_t i = s->first[p]; i < s->first[p + 1] && !past; i++)
        past = rel_of(s, s->kids[i]) == TC_REL_AUX && !strcmp(s->tr.w[s->kids[i]].lemma, "have");
    if (!past) return 0;
    d->year--;
    return 1;
}

/* "Kenya will hold talks with Somalia in June" in a February article: a month or day named
 * with no year, on the act itself, which the date reader put in the months behind (a distance
 * into the future counts double there), is the coming one when the act is told as to come: a
 * "will" or "shall", or the verb completing "due", "scheduled", "set", "slated" or "plan" ("is
 * due to visit in November", "plans to travel in June"). Moves *d a year on; 1 when it did (the
 * act is then not past). Not a date the act takes from a saying ("said in June it will ...":
 * the date is on "said") (session of 2026-12-07, the twelfth, branch read15). */
static int told_as_coming(const sctx *s, uint32_t p, const tc_when *w, tc_date *d)
{
    const tc_date *ref = &s->c->date;
    if (ref->prec == TC_DATE_NONE || (d->prec != TC_DATE_MONTH && d->prec != TC_DATE_DAY) ||
        w->kind != TC_WHEN_POINT || when_at(s, p) != w)
        return 0;
    /* "China will convene a meeting on Friday" in a Thursday article: a weekday alone, which
       the date reader put on or before the article's day whatever the tense, is the coming one
       when the act is told as to come (not "last Friday", nor "this Friday", already after)
       (session of 2026-12-07, the thirteenth, branch past13) */
    int wday = 0, back_word = 0;
    static const char *const wdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                        "friday", "saturday", "sunday",    NULL};
    static const char *const backs[] = {"last", "past", "previous", "earlier", NULL};
    for (uint32_t i = w->tok0; i < w->tok0 + w->ntok; i++) {
        wday |= in_words(s->t->toks[i].norm, wdays);
        back_word |= in_words(s->t->toks[i].norm, backs);
    }
    int32_t day = d->prec == TC_DATE_DAY ? tc_when_days(d->year, d->month, d->day) : 0,
            now = tc_when_days(ref->year, ref->month, ref->day ? ref->day : 1);
    int week = wday && !back_word && ref->prec == TC_DATE_DAY && d->prec == TC_DATE_DAY &&
               day < now && day + 7 > now;
    if (!week && d->year * 12 + d->month >= ref->year * 12 + ref->month) return 0;
    for (uint32_t i = w->tok0; i < w->tok0 + w->ntok; i++) /* a year written out stays */
        if (s->t->toks[i].nlen == 4 && isdigit((unsigned char)s->t->toks[i].norm[0])) return 0;
    int coming = 0;
    for (uint32_t i = s->first[p]; i < s->first[p + 1] && !coming; i++)
        coming = rel_of(s, s->kids[i]) == TC_REL_AUX &&
                 (word_is(s, s->kids[i], "will") || word_is(s, s->kids[i], "shall") ||
                  word_is(s, s->kids[i], "'ll"));
    static const char *const plans[] = {"due",   "schedule", "scheduled", "set",
                                        "slate", "slated",   "plan",      NULL};
    /* (and "is scheduled to meet X on Thursday", the parse making the infinitive a purpose) */
    int to = 0;
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++)
        to |= rel_of(s, s->kids[i]) == TC_REL_MARK && word_is(s, s->kids[i], "to");
    if (!coming && s->tr.w[p].head &&
        (rel_of(s, p) == TC_REL_XCOMP || (rel_of(s, p) == TC_REL_ADVCL && to)))
        coming = lemma_in(s, head_of(s, p), plans) || base_in(s, head_of(s, p), plans);
    if (coming && week) {
        int y, mo, dd;
        tc_when_civil(day + 7, &y, &mo, &dd);
        *d = (tc_date){
            .year = (int16_t)y, .month = (uint8_t)mo, .day = (uint8_t)dd, .prec = TC_DATE_DAY};
        return 1;
    }
    if (!coming || week || (d->year + 1) * 12 + d->month - (ref->year * 12 + ref->month) > 12)
        return 0;
    d->year++;
    return 1;
}

/* Does d end more than `days` days before the article? */
static int ends_days_before(const sctx *s, const tc_date *d, int days)
{
    const tc_date *ref = &s->c->date;
    int32_t first, last;
    if (tc_date_range(*d, &first, &last)) return 0;
    return last + days < tc_when_days(ref->year, ref->month, ref->day ? ref->day : 1);
}

/* "Since August 2022, when the president called for war, ...": a simple past dated by a span
 * that began well before the article is a past act, though the span reaches the article. */
static int done_before(const sctx *s, uint32_t p, const tc_date *d)
{
    const tc_date *ref = &s->c->date;
    if (ref->prec == TC_DATE_NONE || d->prec == TC_DATE_NONE) return 0;
    const tc_feats *ft = tc_parse_feats(s->c->parser, s->tr.w[p].feats);
    if (!ft || ft->tense != TC_TENSE_PAST || ft->verbform != TC_VF_FIN) return 0;
    /* from a week's or a month's last day: "last week" is news of the days */
    return ends_days_before(s, d, TC_WHEN_PAST_AFTER(d->prec));
}

/* ---- the story's time ---- */

/* The verb of the main clause predicate p belongs to: up through coordination, adverbial
 * clauses, the verb it completes and what is said ("He claimed ... and said he wanted to
 * donate them": "claimed"). */
static uint32_t main_verb(const sctx *s, uint32_t p)
{
    for (int hops = 0; hops < 8 && s->tr.w[p].head; hops++) {
        int r = rel_of(s, p);
        if (r != TC_REL_CONJ && r != TC_REL_ADVCL && r != TC_REL_XCOMP && r != TC_REL_CCOMP) break;
        p = head_of(s, p);
    }
    return p;
}

/* Is word w a simple past ("asked", "was", "did not say"), its own or its copula's? */
static int simple_past(const sctx *s, uint32_t w)
{
    const tc_feats *ft = tc_parse_feats(s->c->parser, s->tr.w[w].feats);
    if (ft && ft->tense == TC_TENSE_PAST && ft->verbform == TC_VF_FIN) return 1;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) != TC_REL_COP && rel_of(s, c) != TC_REL_AUX) continue;
        if (word_is(s, c, "had")) return 1;
        ft = tc_parse_feats(s->c->parser, s->tr.w[c].feats);
        if (rel_of(s, c) == TC_REL_COP && ft && ft->tense == TC_TENSE_PAST) return 1;
    }
    return 0;
}

/* Is w a finite verb, or a word with a finite auxiliary or copula? */
static int finite(const sctx *s, uint32_t w)
{
    const tc_feats *ft = tc_parse_feats(s->c->parser, s->tr.w[w].feats);
    if (ft && ft->verbform == TC_VF_FIN) return 1;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        int r = rel_of(s, s->kids[i]);
        if (r != TC_REL_AUX && r != TC_REL_COP && r != TC_REL_AUX_PASS) continue;
        ft = tc_parse_feats(s->c->parser, s->tr.w[s->kids[i]].feats);
        if (ft && ft->verbform == TC_VF_FIN) return 1;
    }
    return 0;
}

/* Is d, a month or a day, after the article's month? */
static int after_article(const sctx *s, const tc_date *d)
{
    const tc_date *ref = &s->c->date;
    return (d->prec == TC_DATE_MONTH || d->prec == TC_DATE_DAY) &&
           d->year * 12 + d->month > ref->year * 12 + ref->month;
}

/* Does w write its year out ("in February 2019")? */
static int year_written(const sctx *s, const tc_when *w)
{
    for (uint32_t i = w->tok0; i < w->tok0 + w->ntok; i++)
        if (s->t->toks[i].nlen == 4 && isdigit((unsigned char)s->t->toks[i].norm[0])) return 1;
    return 0;
}

/* The story's time is carried from a point more than TC_WHEN_STORY_DAYS before the article;
 * the event is past beyond TC_WHEN_PAST_DAYS. */
static int ends_before(const sctx *s, const tc_date *d)
{
    return ends_days_before(s, d, TC_WHEN_STORY_DAYS);
}

/* The story's time for predicate p, a simple past in a sentence naming no time: the past point
 * opening the sentence before ("Last year, Detrez posted photographs. He claimed ... and said
 * he wanted to donate them"), the occasion of the sentence before for a sentence opening with
 * "There," or "Then," ("talks failed at the summit held in February. There, Kim asked"), or
 * the time the sentence before took so ("Trump denied the request"). The lead has none. */
static int story_time(const sctx *s, uint32_t p, tc_date *d)
{
    const tc_date *ref = &s->c->date;
    if (!s->sent || ref->prec == TC_DATE_NONE || s->nwhen || !simple_past(s, main_verb(s, p)))
        return 0;
    /* the event's own clause is past too: not a quotation's present ("We strongly reject the
       allegations," X told reporters) */
    uint32_t q = p;
    for (int hops = 0; hops < 4 && s->tr.w[q].head && !finite(s, q); hops++) q = head_of(s, q);
    if (!simple_past(s, q)) return 0;
    const tc_sentence *se = &s->t->sents[s->sent];
    int there =
        s->lo + 1 < se->tok0 + se->ntok && !strcmp(s->t->toks[s->lo + 1].norm, ",") &&
        (!strcmp(s->t->toks[s->lo].norm, "there") || !strcmp(s->t->toks[s->lo].norm, "then"));
    tc_when w;
    if (tc_when_story(s->t, s->sent - 1, *ref, s->a, there || s->sent > 1, &w)) {
        *d = w.date;
        /* "the summit held in February" in a December article: this year's, as the story's
           past tense tells */
        if (after_article(s, d) && !year_written(s, &w)) d->year--;
        return ends_before(s, d);
    }
    tc_when *x;
    size_t n;
    if (tc_when_scan(s->t, s->sent - 1, *ref, s->a, &x, &n) != TC_OK || n) return 0;
    for (size_t i = *s->nout; i > 0 && (*s->out)[i - 1].sent + 1 >= s->sent; i--) {
        const tc_event *o = &(*s->out)[i - 1];
        if (o->sent + 1 == s->sent && (o->flags & TC_EV_PAST) &&
            (o->date_source == TC_EVDATE_CLAUSE || o->date_source == TC_EVDATE_STORY)) {
            *d = o->date;
            return 1;
        }
    }
    /* across a sentence with no time and no event ("The viral infection can cause disease.") */
    int quiet = s->sent > 2;
    for (size_t i = *s->nout; i > 0 && (*s->out)[i - 1].sent + 1 >= s->sent; i--)
        quiet &= (*s->out)[i - 1].sent + 1 != s->sent;
    if (quiet && tc_when_story(s->t, s->sent - 2, *ref, s->a, 1, &w)) {
        *d = w.date;
        if (after_article(s, d) && !year_written(s, &w)) d->year--;
        return ends_before(s, d);
    }
    return 0;
}

/* "rebels fighting then-president Laurent Gbagbo", "the then prime minister met X": an act
 * with an office holder of the time is told of the past. */
static int then_title(const sctx *s, uint32_t p)
{
    for (uint32_t w = 0; w + 1 < s->tr.n; w++) {
        if (!word_is(s, w, "then") || !s->tr.w[w].head) continue;
        uint32_t h = head_of(s, w);
        int upos = s->tr.w[h].upos;
        if (upos != TC_UPOS_NOUN && upos != TC_UPOS_PROPN) continue;
        for (int hops = 0; hops < 4 && h != p && s->tr.w[h].head; hops++) {
            h = head_of(s, h);
            if (h != p && s->frame_of[h] >= 0) break;
        }
        if (h == p) return 1;
    }
    return 0;
}

/* "questioning the decision to act against Berisha eight years after he left office": the act
 * of a clause "N units after" lies N units before the time of the sentence, when that is the
 * article's (its main verb is no past). *d gets the date, as precise as the unit. */
static int units_after(const sctx *s, uint32_t p, tc_date *d)
{
    const tc_date *ref = &s->c->date;
    if (ref->prec == TC_DATE_NONE || !s->tr.w[p].head || rel_of(s, p) != TC_REL_ADVCL) return 0;
    uint32_t mark = UINT32_MAX, root = p;
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_MARK && word_is(s, s->kids[i], "after"))
            mark = s->kids[i];
    while (s->tr.w[root].head) root = head_of(s, root);
    if (mark == UINT32_MAX || mark == 0 || simple_past(s, root) || s->nwhen) return 0;
    static const char *const units[] = {"day", "week", "month", "year", "decade", NULL};
    uint32_t u = mark - 1; /* the span right before "after" */
    if (!lemma_in(s, u, units) || !s->tr.w[u].head) return 0;
    static const char *const numbers[] = {"a",    "an",   "one",    "two",    "three",
                                          "four", "five", "six",    "seven",  "eight",
                                          "nine", "ten",  "eleven", "twelve", NULL};
    long n = 0;
    for (uint32_t i = s->first[u]; i < s->first[u + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *w = norm_of(s, c);
        for (size_t k = 0; numbers[k]; k++)
            if (!strcmp(w, numbers[k])) n = k < 2 ? 1 : (long)k - 1;
        if (isdigit((unsigned char)w[0])) n = strtol(w, NULL, 10);
    }
    if (n < 1 || n > 100) return 0;
    int32_t day = tc_when_days(ref->year, ref->month, ref->day ? ref->day : 1);
    int y = ref->year, m = ref->month;
    switch (s->tr.w[u].lemma[0]) {
    case 'd':
        if (s->tr.w[u].lemma[1] == 'e') {
            *d = (tc_date){.year = (int16_t)(y - 10 * n), .prec = TC_DATE_YEAR};
            return 1;
        }
        if (n <= TC_WHEN_PAST_DAYS) return 0;
        int dd;
        tc_when_civil(day - (int32_t)n, &y, &m, &dd);
        *d = (tc_date){
            .year = (int16_t)y, .month = (uint8_t)m, .day = (uint8_t)dd, .prec = TC_DATE_DAY};
        return 1;
    case 'w':
        tc_when_civil(day - 7 * (int32_t)n, &y, &m, &(int){0});
        *d = (tc_date){.year = (int16_t)y, .month = (uint8_t)m, .prec = TC_DATE_MONTH};
        return 1;
    case 'm':
        m = y * 12 + (m - 1) - (int)n;
        *d = (tc_date){
            .year = (int16_t)(m / 12), .month = (uint8_t)(m % 12 + 1), .prec = TC_DATE_MONTH};
        return 1;
    default:
        *d = (tc_date){.year = (int16_t)(y - n), .prec = TC_DATE_YEAR};
        return 1;
    }
}

/* "launched a scathing attack on the spy chiefs, calling them nutters", "attacked the
 * minister, saying he had lied": an attack in words is criticism (111), not force. */
static int verbal_attack(const sctx *s, const fmatch *m, uint32_t p)
{
    static const char *const wordy[] = {
        "verbal",          "scathing", "blistering", "stinging", "withering",
        "extraordinary",   "personal", "sharp",      "bitter",   "rhetorical",
        "veiled",          "furious",  "angry",      "harsh",    "savage",
        "strongly-worded", "public",   "political",  NULL};
    static const char *const naming[] = {"call",  "say",   "accuse", "describe", "brand",
                                         "label", "dub",   "urge",   "tell",     "claim",
                                         "write", "tweet", "argue",  "insist",   NULL};
    uint32_t lo = m->p && m->first < p ? m->first : p, hi = m->p && m->last > p ? m->last : p;
    int attack = 0, words = 0;
    for (uint32_t w = lo; w <= hi && w < s->tr.n; w++) {
        if (strcmp(s->tr.w[w].lemma, "attack") && strcmp(s->tr.w[w].lemma, "assault")) continue;
        attack = 1;
        for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++)
            words |= rel_of(s, s->kids[i]) == TC_REL_AMOD && lemma_in(s, s->kids[i], wordy);
    }
    if (!attack) return 0;
    for (uint32_t i = s->first[p]; i < s->first[p + 1] && !words; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        words = (r == TC_REL_ADVCL || r == TC_REL_CONJ) && lemma_in(s, c, naming) &&
                s->tr.w[c].upos == TC_UPOS_VERB;
        /* "..., the city's administration said": a saying of another is no naming */
        for (uint32_t j = s->first[c]; j < s->first[c + 1] && words; j++)
            words = rel_of(s, s->kids[j]) != TC_REL_NSUBJ;
    }
    return words;
}

/* Does the subject of p carry a relative clause dated in the past ("The Taliban, who seized
 * power in August 2021, have ...")? */
static int subject_dated(const sctx *s, uint32_t p)
{
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) != TC_REL_NSUBJ) continue;
        for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++) {
            uint32_t r = s->kids[j];
            if (rel_of(s, r) != TC_REL_ACL_RELCL) continue;
            const tc_when *w = when_at(s, r);
            if (w && w->kind == TC_WHEN_POINT && w->past) return 1;
        }
    }
    return 0;
}

/* Is c a phrase "during" or "in" an era of history named by its fact: the Arab Spring, the
 * Cold War, the world wars, the Korean and the Vietnam wars (not "a Cold War-style speech",
 * nor "the war" or "the spring")? */
static int in_era(const sctx *s, uint32_t c)
{
    static const char *const eras[][2] = {{"arab", "spring"}, {"cold", "war"},    {"world", "war"},
                                          {"korean", "war"},  {"vietnam", "war"}, {NULL, NULL}};
    const char *cw = case_word(s, c);
    if ((rel_of(s, c) != TC_REL_OBL && rel_of(s, c) != TC_REL_NMOD) || !cw ||
        (strcmp(cw, "during") && strcmp(cw, "in")))
        return 0;
    /* the head noun is the era's last word ("the Cold War") or the figure after it ("World
       War II") */
    for (uint32_t k = c; k >= 1 && k + 1 >= c; k--)
        for (size_t e = 0; eras[e][0]; e++)
            if (word_is(s, k - 1, eras[e][0]) && word_is(s, k, eras[e][1]) &&
                !(k + 1 < s->tr.n && word_is(s, k + 1, "-")))
                return 1;
    return 0;
}

/* Is p, a simple past with no date of its own, the act of a clause opening with "since" or
 * "before" that sets the start or the reference of a state the sentence tells in the present
 * ("grain exports have fallen since Russia invaded Ukraine", with "since" in the perfect;
 * "trade remains smaller than before Russia invaded Ukraine")? The act lies before a state that
 * lasts up to the article: told as background, not news (session of 2026-12-07, the twelfth, branch
 * read15). The words are read rather than the tree, whose attachment of such clauses is often
 * wrong. */
static int before_present(const sctx *s, uint32_t p)
{
    const char *x = tc_parse_xpos_name(s->c->parser, s->tr.w[p].xpos);
    if (strcmp(x, "VBD")) return 0;
    uint32_t k = p, opener = UINT32_MAX;
    for (int n = 0; n < 6 && k > 0; n++) { /* back over the clause's subject to its opener */
        k--;
        if (word_is(s, k, "since") || word_is(s, k, "before")) {
            opener = k;
            break;
        }
        int u = s->tr.w[k].upos;
        if (u != TC_UPOS_NOUN && u != TC_UPOS_PROPN && u != TC_UPOS_DET && u != TC_UPOS_ADJ &&
            u != TC_UPOS_PRON)
            return 0;
    }
    if (opener == UINT32_MAX) return 0;
    /* a present or a perfect outside the clause: before its opener, or after its end, a comma */
    uint32_t end = p + 1;
    while (end < s->tr.n && !word_is(s, end, ",") && !word_is(s, end, ";")) end++;
    for (size_t i = 0; i < s->nwhen; i++) /* "since X did Y last month": its own time */
        if (s->when[i].tok0 >= s->lo + opener && s->when[i].tok0 < s->lo + end) return 0;
    /* (not a saying's present: "Kenya says it closed the border before X attacked Y" tells
       a story in the past) */
    static const char *const sayings[] = {
        "say",    "tell",  "claim",  "state", "report",  "add",    "note",    "argue",
        "insist", "write", "allege", "think", "believe", "accuse", "explain", NULL};
    /* after "since", a perfect ("have fallen since", the span's start); "remain in custody
       since X deported Y" may tell of the days before the article */
    int since = word_is(s, opener, "since");
    for (uint32_t w = 0; w < s->tr.n; w++) {
        if (w >= opener && w < end) continue;
        const char *y = tc_parse_xpos_name(s->c->parser, s->tr.w[w].xpos);
        if ((strcmp(y, "VBZ") && strcmp(y, "VBP")) || lemma_in(s, w, sayings)) continue;
        if (!since || ((word_is(s, w, "has") || word_is(s, w, "have")) && w + 1 < s->tr.n &&
                       !strcmp(tc_parse_xpos_name(s->c->parser, s->tr.w[w + 1].xpos), "VBN")))
            return 1;
    }
    return 0;
}

/* "Pakistan has received 23 bailouts from the IMF since 1947": a perfect told as lasting since
 * a point a year or more before the article is a standing practice, as one "for years" is
 * (standing), not news of its day; "since Monday" is (session of 2026-12-07, the twelfth). */
static int standing_since(const sctx *s, uint32_t p, const tc_when *w)
{
    if (w->kind != TC_WHEN_SINCE || !ends_days_before(s, &w->date, 365)) return 0;
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_AUX &&
            (word_is(s, s->kids[i], "has") || word_is(s, s->kids[i], "have")))
            return 1;
    return 0;
}

/* "Beijing cites historic records to back its claims and has rejected the ruling": a perfect p
 * coordinated after a simple present of the same subject tells a stance that stands, as the
 * present does, not the day's act (read18's event 15; session past17). Only after a verb of a
 * held position: "Russia denies the charge and has summoned the envoy" is the day's news; and
 * only a refusal so told ("and has protested China's new patrols" may be the day's). */
static int refusal_of_stance(const sctx *s, uint32_t p)
{
    static const char *const refusals[] = {"reject", "refuse",  "deny",   "dispute",
                                           "oppose", "dismiss", "ignore", NULL};
    static const char *const stances[] = {"cite",   "claim",   "maintain", "consider", "regard",
                                          "view",   "hold",    "believe",  "contend",  "see",
                                          "occupy", "control", NULL};
    if (!lemma_in(s, p, refusals) || !s->tr.w[p].head || rel_of(s, p) != TC_REL_CONJ ||
        head_of(s, p) >= p)
        return 0;
    uint32_t h = head_of(s, p);
    const char *x = tc_parse_xpos_name(s->c->parser, s->tr.w[h].xpos);
    int aux = 0, subj = 0;
    for (uint32_t i = s->first[h]; i < s->first[h + 1]; i++) {
        int r = rel_of(s, s->kids[i]);
        aux |= r == TC_REL_AUX || r == TC_REL_AUX_PASS || r == TC_REL_COP;
        subj |= r == TC_REL_NSUBJ && s->kids[i] < h;
    }
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_NSUBJ) subj = 0; /* a subject of its own */
    return !aux && subj && lemma_in(s, h, stances) && (!strcmp(x, "VBZ") || !strcmp(x, "VBP"));
}

/* "Egypt has accused Ethiopia of X for years", "has long accused", "for two decades": a perfect
 * p told as lasting years is a standing charge or practice begun well before the article, not
 * news of its day ("has shelled the city for three weeks" is) (session of 2026-12-07, the
 * eleventh, branch past11) */
static int lasting_years(const sctx *s, uint32_t p)
{
    const tc_when *x = when_at(s, p);
    if (x && x->kind == TC_WHEN_DURATION && x->unit >= TC_UNIT_YEAR) return 1;
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_ADVMOD && word_is(s, s->kids[i], "long") &&
            s->kids[i] < p)
            return 1;
    return 0;
}

/* "Rebels seized the town decades ago", "years ago", "long ago": an "ago" of years or more
 * with no count the date reader could resolve is well before the article, when unknown
 * ("a few days ago" is news) (session of 2026-12-07, the tenth, branch past10) */
static int long_ago(const sctx *s, uint32_t p)
{
    static const char *const long_units[] = {"year",       "decade", "century",
                                             "generation", "long",   NULL};
    /* ... and so are the acts coordinated with it or completing it ("seized the town decades
       ago and expelled its people"), and the act of a cleft on such an "ago" ("It was years ago
       that X accused Y", "It was not long ago that X and Y had been exchanging insults")
       (session of 2026-12-07, the eleventh, branch past11) */
    for (uint32_t q = p, hops = 0; hops < 4; hops++) {
        for (uint32_t i = s->first[q]; i < s->first[q + 1]; i++) {
            uint32_t c = s->kids[i];
            if (rel_of(s, c) == TC_REL_ADVMOD && word_is(s, c, "ago") && c > 0 &&
                lemma_in(s, c - 1, long_units))
                return 1;
        }
        if (!s->tr.w[q].head) break;
        int r = rel_of(s, q);
        uint32_t h = head_of(s, q);
        if ((r == TC_REL_ADVCL || r == TC_REL_ADVCL_RELCL || r == TC_REL_CCOMP ||
             r == TC_REL_CSUBJ) &&
            h < q && word_is(s, h, "ago") && h > 0 && lemma_in(s, h - 1, long_units))
            return 1;
        if (r != TC_REL_CONJ && r != TC_REL_XCOMP) break;
        q = h;
    }
    return 0;
}

/* "Turkey backed the rebels during the Cold War", "Egypt's support for X during the Arab
 * Spring": an era of history named by its fact, "during" or "in" it, on the act or on a noun of
 * its phrase, dates the act well before any article of ours (session of 2026-12-07, the
 * eleventh, branch past11) */
static int during_era(const sctx *s, uint32_t p)
{
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i];
        if (in_era(s, c)) return 1;
        int r = rel_of(s, c);
        if (c > p && (r == TC_REL_OBJ || r == TC_REL_OBL || r == TC_REL_NMOD))
            for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
                if (in_era(s, s->kids[j])) return 1;
    }
    return 0;
}

/* "Since gaining independence in 1947, Pakistan has received 23 bailouts": a perfect p whose
 * clause of "since" is dated a year or more before the article tells a tally or a practice
 * standing since then, as one "since 1947" does (standing_since) (thirteenth session, branch
 * past13) */
static int since_dated_clause(const sctx *s, uint32_t p)
{
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) != TC_REL_ADVCL || c > p) continue;
        int since = 0;
        for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
            since |= rel_of(s, s->kids[j]) == TC_REL_MARK && word_is(s, s->kids[j], "since");
        for (size_t k = 0; k < s->nwhen && since; k++) {
            const tc_when *x = &s->when[k];
            if (x->kind != TC_WHEN_POINT || x->head == TC_WHEN_NOHEAD || x->head < s->lo ||
                x->head - s->lo >= s->tr.n || !ends_days_before(s, &x->date, 365))
                continue;
            uint32_t h = x->head - s->lo;
            for (int hops = 0; hops < 6 && h != c && s->tr.w[h].head; hops++) h = head_of(s, h);
            if (h == c) return 1;
        }
    }
    return 0;
}

/* "Rasmussen pointed to China's punitive measures against Australia", "cited Russia's invasion
 * of Crimea": an act named as the object of a citing or recalling verb is an earlier fact
 * brought up, not news of the saying's day (thirteenth session, past13) */
static int cited_fact(const sctx *s, uint32_t p)
{
    static const char *const citers[] = {"point",  "cite",     "recall",    "refer",
                                         "invoke", "remember", "reference", NULL};
    return s->tr.w[p].upos == TC_UPOS_NOUN && s->tr.w[p].head &&
           (rel_of(s, p) == TC_REL_OBJ || rel_of(s, p) == TC_REL_OBL) &&
           s->tr.w[head_of(s, p)].upos == TC_UPOS_VERB && lemma_in(s, head_of(s, p), citers);
}

/* "The United Nations was already providing assistance to 1 million people before the coup":
 * an ongoing act told in the past as before an event is background */
static int ongoing_before(const sctx *s, uint32_t p)
{
    int was = 0; /* ("was providing", not "criticized ... before the vote": often days ago) */
    for (uint32_t i = s->first[p]; i < s->first[p + 1] && !was; i++)
        was = rel_of(s, s->kids[i]) == TC_REL_AUX &&
              (word_is(s, s->kids[i], "was") || word_is(s, s->kids[i], "were"));
    for (uint32_t i = s->first[p]; i < s->first[p + 1] && was; i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        const char *kc = tc_code_noun_class(s, c);
        if (rel_of(s, c) == TC_REL_OBL && cw && !strcmp(cw, "before") && kc &&
            (!strcmp(kc, "noun.act") || !strcmp(kc, "noun.event")))
            return 1;
    }
    return 0;
}

/* "Several months later, North Korea invaded", "days later, a bomb killed": days or more after
 * an act the story told before is the story's past, not the article's day */
static int days_later(const sctx *s, uint32_t p)
{
    /* ... and so are the acts of its clauses ("while the BLA took credit for attacking") */
    static const char *const spans[] = {"day", "week", "month", "year", "decade", NULL};
    for (uint32_t q = p, hops = 0; hops < 8; hops++) {
        for (uint32_t i = s->first[q]; i < s->first[q + 1]; i++) {
            uint32_t c = s->kids[i];
            if (rel_of(s, c) != TC_REL_ADVMOD || !word_is(s, c, "later")) continue;
            for (uint32_t j = s->first[c]; j < s->first[c + 1]; j++)
                if (lemma_in(s, s->kids[j], spans)) return 1;
        }
        int r = rel_of(s, q);
        if (!s->tr.w[q].head ||
            (r != TC_REL_CONJ && r != TC_REL_ADVCL && r != TC_REL_XCOMP && r != TC_REL_CCOMP))
            break;
        q = head_of(s, q);
    }
    return 0;
}

/* "the sanctions Washington has imposed", "the deal it has signed": a relative clause in the
 * perfect describes its noun by what was done before; so does what a relative clause says
 * someone had done ("an official who had negotiated with North Korea"). */
static int relative_before(const sctx *s, uint32_t p, int have, int had)
{
    int mark = 0; /* "the announcement that Ukraine had agreed": a content clause */
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++)
        mark |= rel_of(s, s->kids[i]) == TC_REL_MARK;
    static const char *const contents[] = {
        "announcement", "report",      "claim",     "allegation",   "news",       "statement",
        "fact",         "word",        "assertion", "confirmation", "suggestion", "warning",
        "accusation",   "charge",      "rumor",     "rumour",       "belief",     "fear",
        "hope",         "sign",        "evidence",  "indication",   "reports",    "claims",
        "allegations",  "accusations", NULL};
    if ((have || had) && !mark && s->tr.w[p].head && rel_of(s, p) == TC_REL_ACL_RELCL &&
        !lemma_in(s, head_of(s, p), contents))
        return 1;
    if (!had || !s->tr.w[p].head || rel_of(s, p) != TC_REL_ACL_RELCL) return 0;
    static const char *const relative[] = {"who", "which", "that", NULL};
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) /* "who had", not "that X had" */
        if (rel_of(s, s->kids[i]) == TC_REL_NSUBJ && lemma_in(s, s->kids[i], relative)) return 1;
    return 0;
}

/* An undated act told as a standing state rather than news: a designation or ban in the
 * perfect ("Turkey has designated the YPG as terrorists", "the U.S. has banned the supply of
 * chips"), or what a relative clause says someone had done ("an official who had negotiated
 * with North Korea"), or one of the rules above. */
static int standing(const sctx *s, uint32_t p)
{
    static const char *const statuses[] = {"designate", "ban",   "outlaw", "blacklist",
                                           "proscribe", "annex", "list",   NULL};
    int have = 0, had = 0;
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) != TC_REL_AUX) continue;
        have |= word_is(s, c, "has") || word_is(s, c, "have");
        had |= word_is(s, c, "had");
    }
    if (have && lemma_in(s, p, statuses)) return 1;
    if (have && (refusal_of_stance(s, p) || lasting_years(s, p))) return 1;
    if (long_ago(s, p) || during_era(s, p)) return 1;
    if (have && since_dated_clause(s, p)) return 1;
    if (cited_fact(s, p)) return 1;
    /* "The Taliban, who seized power in August 2021, have imposed strict measures": measures
       imposed in the perfect by those a relative clause dates in the past stand since then */
    static const char *const measures[] = {"impose", "restrict", "bar", NULL};
    if (have && lemma_in(s, p, measures) && subject_dated(s, p)) return 1;
    if (ongoing_before(s, p) || days_later(s, p)) return 1;
    return relative_before(s, p, have, had);
}

/* Are ms and mt two actors of one code ("the White House defended Trump's decision", USAGOV
 * both), not one actor named twice ("Putin ... the Kremlin leader")? */
/* "Herders and farmers clashed", "rival militias fought": force between two groups of one
 * code named by different words is no one acting on itself. */
static int two_sides(const sctx *s, const tc_mention *ms, const tc_mention *mt, const char *code)
{
    int r = code_root(code);
    if ((r < 18 && strncmp(code, "145", 3)) || ms->kind != TC_KIND_AGENT ||
        mt->kind != TC_KIND_AGENT)
        return 0;
    if (!(ms->tok0 + ms->ntok <= mt->tok0 || mt->tok0 + mt->ntok <= ms->tok0)) return 0;
    const tc_token *a = &s->t->toks[ms->tok0 + ms->ntok - 1],
                   *b = &s->t->toks[mt->tok0 + mt->ntok - 1];
    return a->nlen != b->nlen || memcmp(a->norm, b->norm, a->nlen) != 0;
}

static int a_people(const sctx *s, const tc_mention *m);

static int two_of_one(const sctx *s, int32_t src, int32_t tgt)
{
    if (src >= (int32_t)s->nm) return 0; /* both named as such */
    const tc_mention *ms = &s->m[src];
    /* "President X ordered an investigation against Education Secretary Y": one of the
       speaker's own state's institutions, another person than the speaker */
    if (tgt >= (int32_t)s->nm)
        return (s->extra[tgt - (int32_t)s->nm].flags & TC_MENTION_HOMED) &&
               (ms->tok0 + ms->ntok <= s->extra[tgt - (int32_t)s->nm].tok0 ||
                s->extra[tgt - (int32_t)s->nm].tok0 + s->extra[tgt - (int32_t)s->nm].ntok <=
                    ms->tok0);
    const tc_mention *mt = &s->m[tgt];
    /* "Chinese Americans helped Gee": a people (its plural) and one private person of it or
       a name of it no dictionary knows, no office held, are the people and one of its own
       members, not two actors */
    if (a_people(s, ms) && strlen(mt->code) == 3 &&
        (mt->kind == TC_KIND_PERSON || (mt->flags & TC_MENTION_UNKNOWN)))
        return 0;
    /* "the envoy defended Pyongyang", "officials met in Bangui": a capital standing for its
       government (a city WordNet files as a place, not "the White House" or "the State
       Department") is the whole of it, no one else beside its own institution */
    if (mt->kind == TC_KIND_METONYM && mt->ntok == 1 && mt->tok0 >= s->lo &&
        mt->tok0 - s->lo < s->tr.n) {
        const char *l = s->tr.w[mt->tok0 - s->lo].lemma;
        char low[32];
        size_t n = strlen(l);
        int first;
        uint64_t all;
        for (size_t i = 0; i < n && n < sizeof low; i++)
            low[i] = (char)tolower((unsigned char)l[i]);
        if (n < sizeof low && s->c->wordnet &&
            tc_wordnet_lookup(s->c->wordnet, low, n, 'n', &first, &all) &&
            !strcmp(tc_wordnet_class_name(first), "noun.location"))
            return 0;
    }
    for (uint32_t k = ms->tok0; k < ms->tok0 + ms->ntok; k++) /* "he": someone else's words */
        if (k >= s->lo && k - s->lo < s->tr.n && s->tr.w[k - s->lo].upos == TC_UPOS_PRON) return 0;
    static const char *const bodies[] = {"IGO", "NGO", "MNC", NULL}; /* the EU and its Commission */
    for (const char *const *b = bodies; *b; b++)
        if (!strncmp(ms->code, *b, 3)) return 0;
    return strcmp(ms->name, mt->name) && strncmp(ms->code, "---", 3) &&
           (ms->tok0 + ms->ntok <= mt->tok0 || mt->tok0 + mt->ntok <= ms->tok0);
}

/* Is m a state's people named by its plural ("Somalis", "Armenians"), not the state ("the
 * United States", "the Philippines": their names end so)? */
static int a_people(const sctx *s, const tc_mention *m)
{
    if (strlen(m->code) != 3 || !m->name || m->tok0 < s->lo) return 0;
    uint32_t w = m->tok0 + m->ntok - 1 - s->lo;
    if (w >= s->tr.n) return 0;
    const char *x = tc_parse_xpos_name(s->c->parser, s->tr.w[w].xpos);
    if (strcmp(x, "NNS") && strcmp(x, "NNPS")) return 0;
    const tc_token *t = &s->t->toks[m->tok0 + m->ntok - 1];
    size_t nl = strlen(m->name);
    return nl < t->len || strncmp(m->name + nl - t->len, s->t->text + t->off, t->len) != 0;
}

/* Is m an agent of no state ("police", "Minister X": ---COP, ---GOV)? */
static int stateless(const sctx *s, const tc_mention *m)
{
    /* not "parties" ("called on all parties to ..."): sides, not a party of a state */
    return !strncmp(m->code, "---", 3) && (m->code[3] || tc_code_person_name(s, m)) &&
           strcmp(m->code + 3, "PTY");
}

/* The state the sentence's one "in X" phrase names (code.c's sentence_place), as a mention,
 * when it is not the state of source ms (index src) and does not place the source itself
 * ("Serbs in northern Kosovo"); else NO_MENTION. */
static int32_t state_in(const sctx *s, int32_t src, const tc_mention *ms)
{
    if (!s->where || s->where_article || !strncmp(s->where, ms->code, 3)) return NO_MENTION;
    for (size_t k = 0; k < s->nm; k++) {
        const tc_mention *m = &s->m[k];
        if (m->tok0 != s->where_tok0 || strlen(m->code) != 3 || (int32_t)k == src ||
            m->tok0 < s->lo || m->tok0 - s->lo >= s->tr.n)
            continue;
        uint32_t h = mention_head(s, m->tok0 - s->lo, (int32_t)k), up = head_of(s, h);
        if (s->tr.w[h].head && s->ment[up] == src) return NO_MENTION;
        return (int32_t)k;
    }
    return NO_MENTION;
}

int32_t tc_code_state_in(const sctx *s, int32_t src)
{
    const tc_mention *ms = mention_at(s, src);
    return ms ? state_in(s, src, ms) : NO_MENTION;
}

/* "Boko Haram's 2014 abduction of 276 schoolgirls": the year an event noun p carries before it
 * (a number of four digits, no later than the article's year) dates it; into *d. */
static int year_before_noun(const sctx *s, uint32_t p, tc_date *d)
{
    if (s->tr.w[p].upos != TC_UPOS_NOUN) return 0;
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        const char *w = norm_of(s, c);
        if (c > p || (r != TC_REL_NUMMOD && r != TC_REL_COMPOUND && r != TC_REL_AMOD) ||
            strlen(w) != 4 || !isdigit((unsigned char)w[0]) || !isdigit((unsigned char)w[1]) ||
            !isdigit((unsigned char)w[2]) || !isdigit((unsigned char)w[3]))
            continue;
        int y = atoi(w);
        if (y < 1900 || y > s->c->date.year) continue;
        *d = (tc_date){.year = (int16_t)y, .prec = TC_DATE_YEAR};
        return 1;
    }
    return 0;
}

/* "The 2004 bombing of the station killed 191 people": a verb in the simple past whose subject
 * is an event noun dated by its year (year_before_noun) tells of that event's time; into *d
 * (session of 2026-12-07, the twelfth). */
static int year_of_subject(const sctx *s, uint32_t p, tc_date *d)
{
    if (s->tr.w[p].upos != TC_UPOS_VERB || !simple_past(s, p)) return 0;
    uint32_t sub = subject_of(s, p);
    if (sub == UINT32_MAX) return 0;
    const char *nc = tc_code_noun_class(s, sub);
    if (!nc || (strcmp(nc, "noun.act") && strcmp(nc, "noun.event"))) return 0;
    return year_before_noun(s, sub, d);
}

/* The leftmost word of w's subtree (its children come in token order). */
static uint32_t leftmost(const sctx *s, uint32_t w)
{
    for (int hops = 0; hops < 8 && s->first[w] < s->first[w + 1] && s->kids[s->first[w]] < w;
         hops++)
        w = s->kids[s->first[w]];
    return w;
}

/* "the 2015 deal that Iran signed", "the February 2020 pact the United States negotiated with
 * the insurgents": an act that made the thing a noun names (signing, negotiating, brokering a
 * deal), told in a clause describing that noun, took place at the date the noun carries before
 * it; into *d (branch old21). The clause is the noun's relative clause, or a clause with no
 * marker opening right after the noun, which the parse hung elsewhere (a reduced relative
 * clause). Other acts on a dated thing are not its date ("the 2015 deal that Trump
 * abandoned"). */
static int made_thing_date(const sctx *s, uint32_t p, tc_date *d)
{
    static const char *const makings[] = {"sign",   "negotiate", "broker",   "reach",
                                          "strike", "seal",      "conclude", "agree",
                                          "forge",  "ink",       "mediate",  NULL};
    if (!lemma_in(s, p, makings) || !s->tr.w[p].head || !simple_past(s, p)) return 0;
    uint32_t n = head_of(s, p);
    if (rel_of(s, p) == TC_REL_ADVCL) {
        for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++)
            if (rel_of(s, s->kids[i]) == TC_REL_MARK || rel_of(s, s->kids[i]) == TC_REL_ADVMOD)
                return 0;
        n = leftmost(s, p);
        if (n == 0 || s->tr.w[n - 1].upos != TC_UPOS_NOUN) return 0;
        n--;
    } else if (rel_of(s, p) != TC_REL_ACL_RELCL && rel_of(s, p) != TC_REL_ACL) {
        return 0;
    }
    /* ("the landmark peace-building pact": the parse may split the noun's phrase, hanging its
       last noun on the first) */
    uint32_t top = n;
    for (int hops = 0; hops < 3 && s->tr.w[top].head && head_of(s, top) < top &&
                       (rel_of(s, top) == TC_REL_APPOS || rel_of(s, top) == TC_REL_COMPOUND);
         hops++)
        top = head_of(s, top);
    uint32_t lo = s->lo + leftmost(s, top), hi = s->lo + n;
    for (size_t i = 0; i < s->nwhen; i++) {
        const tc_when *x = &s->when[i];
        if (x->kind != TC_WHEN_POINT || !x->past || x->date.prec == TC_DATE_NONE || x->tok0 < lo ||
            x->tok0 + x->ntok > hi)
            continue;
        *d = x->date;
        return 1;
    }
    /* ("the 2019 pact": a bare year before the noun, which the time scanner leaves) */
    if (year_before_noun(s, n, d) || year_before_noun(s, top, d)) return 1;
    for (uint32_t i = s->first[n]; i < s->first[n + 1] && s->kids[i] < n; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_COMPOUND && year_before_noun(s, s->kids[i], d))
            return 1; /* ("the 2018 peace-building pact", the year hung on a noun before it) */
    return 0;
}

/* Do the gazetteer's places of the sentence cover mention m's words (a city, not a seat of
 * government such as "the Kremlin")? */
static int city_named(const sctx *s, const tc_mention *m)
{
    for (size_t i = 0; i < s->npl; i++)
        if (s->pl[i].tok0 <= m->tok0 && m->tok0 < s->pl[i].tok0 + s->pl[i].ntok) return 1;
    return 0;
}

/* An event tc_code_emit_at is drafting: who acts on whom (mention indexes, NO_MENTION: none,
 * and their mentions), its code with its CAMEO entry, and its flags. */
typedef struct {
    int32_t src, tgt;
    const tc_mention *ms, *mt;
    const char *code;
    const tc_cameo *info;
    unsigned flags;
} draft;

/* Give draft d the code `code` (one the CAMEO table has) and its entry. */
static void recode(const sctx *s, draft *d, const char *code)
{
    d->code = code;
    d->info = tc_cameo_get(s->c->cameo, code);
}

/* Is source ms a state named as a place ("the Iranian city of Kerman that killed ..."): a
 * nationality and a place's noun, the state as a place (actors.c), that acts on no one? */
static int actor_a_place(const sctx *s, const tc_mention *ms)
{
    if (!ms || ms->ntok <= 1 || strlen(ms->code) != 3 || ms->tok0 + ms->ntok <= s->lo) return 0;
    uint32_t h = ms->tok0 + ms->ntok - 1 - s->lo;
    const char *nc =
        h < s->tr.n && s->tr.w[h].upos == TC_UPOS_NOUN ? tc_code_noun_class(s, h) : NULL;
    return nc && !strcmp(nc, "noun.location");
}

/* May an agent of no state be a side of the event of code `code` between ms and mt? */
static int lone_agent_of(const sctx *s, const tc_mention *ms, const tc_mention *mt,
                         const char *code)
{
    /* an agent of no state acts or is acted on beside one a reader can place ("police
       arrested two Kenyan protesters": ---COP 173 KENOPP, as GDELT leaves an actor's state
       blank); two agents of no state are no event */
    int lone_agent =
        ms && mt && ((stateless(s, ms) && usable(mt)) || (stateless(s, mt) && usable(ms)));
    if (code_root(code) == 15) lone_agent = 0; /* "sent soldiers": its own, no one else */
    /* ... but where nothing places a sentence of agents, they are its actors (tc_code_frame) */
    if (s->agents_only && !s->where && ms && stateless(s, ms) && (!mt || stateless(s, mt)))
        lone_agent = 1;
    /* ... so are those of a clause of agents, in a sentence that names others, for its
       force, protest and coercion ("the army praised Bashir and jailed Jammeh": ---MIL 173;
       agents_coded, conj17) */
    int croot = code_root(code);
    if (s->agents_clause && !s->where && (croot == 14 || croot >= 17) && ms && stateless(s, ms) &&
        (!mt || stateless(s, mt)))
        lone_agent = 1;
    /* PETRARCH's require_dyad = false: an agent of no state acting on no one ("a senior
       official said on Saturday": ---GOV with no target) */
    if ((s->c->conventions & TC_CODE_NO_DYAD) && ms && !mt && stateless(s, ms)) lone_agent = 1;
    return lone_agent;
}

/* Who the draft is between, and are they two sides an event can have? Takes the state an act
 * aimed at no one concerns as its target, leaves aside an agent a one-sided act needs not;
 * 0: no event (no usable side, one actor on itself, a private person's good deeds, an agent
 * on the state the sentence places it in). */
static int dyad_kept(const sctx *s, draft *d)
{
    /* an act of one state's actor with no one it is aimed at, done in another state the
       sentence names ("withdrew its troops in Syria", "suspended aid in Yemen"), concerns that
       state; not the place of the actor itself ("Serbs in northern Kosovo") */
    if (!d->mt && d->ms && d->tgt == NO_MENTION) {
        d->tgt = state_in(s, d->src, d->ms);
        d->mt = mention_at(s, d->tgt);
    }
    const tc_mention *ms = d->ms, *mt = d->mt;
    const char *code = d->code;
    if (actor_a_place(s, ms)) return 0;
    int lone_agent = lone_agent_of(s, ms, mt, code);
    /* "she helps people learn to run a business": a private person of no office doing good or
       saying things to people at large makes no event */
    if (ms && mt && strlen(ms->code) == 3 && code_root(code) <= 8 &&
        (ms->kind == TC_KIND_PERSON || ms->kind == TC_KIND_UNKNOWN ||
         (ms->flags & TC_MENTION_UNKNOWN)) &&
        mt->kind == TC_KIND_AGENT && strlen(mt->code) == 6 && !strcmp(mt->code + 3, "CVL"))
        return 0;
    /* ... where the act needs no one it is aimed at, the agent is left aside ("mobilized the
       army", "arrested people") */
    if (mt && !usable(mt) && !lone_agent && ms && usable(ms) && tc_code_one_sided(code)) {
        d->mt = mt = NULL;
        d->tgt = NO_MENTION;
    }
    /* "resigned and fled the country", "offered the king his resignation": a resignation is
       aimed at no one at home (the leader's own state, or an agent of no state) */
    if (mt && ms && !strncmp(code, "0831", 4) &&
        (!strncmp(mt->code, ms->code, 3) || !strncmp(mt->code, "---", 3))) {
        d->mt = mt = NULL;
        d->tgt = NO_MENTION;
    }
    if ((!ms && !mt) || (ms && !usable(ms) && !lone_agent) || (mt && !usable(mt) && !lone_agent) ||
        (ms && mt && !strcmp(ms->code, mt->code) &&
         !(code_root(code) <= 13 && two_of_one(s, d->src, d->tgt)) && !two_sides(s, ms, mt, code)))
        return 0;
    /* "people spoke up for Taiwan", "the court regrets the decision of Kenya": an agent placed
       in a state by the sentence's own mention of it is not acting on that state, save for
       force and coercion at home */
    int croot = code_root(code);
    /* ... nor visiting it ("troops arrived in Monrovia" are not Liberia's visiting Liberia) */
    int visit = !strncmp(code, "042", 3) || !strncmp(code, "043", 3);
    return !(ms && mt && (d->src >= (int32_t)s->nm || (visit && d->tgt >= (int32_t)s->nm)) &&
             s->where_name && (ms->name == s->where_name || mt->name == s->where_name) &&
             (strlen(mt->code) == 3 || visit) && !strncmp(ms->code, mt->code, 3) && croot != 14 &&
             croot < 17);
}

/* Does the predicate p have the sense the code gives it, said of this actor? 0: no event
 * (targeting, retreating, fighting or ordering said of those who do not so act). */
static int sense_of_actor(const sctx *s, const draft *d, uint32_t p)
{
    const tc_mention *ms = d->ms, *mt = d->mt;
    const char *code = d->code;
    int croot = code_root(code);
    /* senses by who acts: "legislation targeting Turkey" (force is armed), "the court
       suspended any further action" (only those who fight de-escalate), "he's still
       fighting" (a person's fight with no foe is a figure of speech) */
    if (ms && croot >= 18 && !strcmp(s->tr.w[p].lemma, "target") &&
        sector_in(ms, (const char *const[]){"GOV", "LEG", "JUD", "BUS", "MED", "NGO", "EDU", "HRI",
                                            NULL}))
        return 0;
    /* "troops and aid workers were deployed to protect civilians": an aid group or aid
       workers (NGO) give no military protection (074) and use no military force (19x, 20x);
       the armed conjunct beside them does (actor21) */
    if (ms && (!strncmp(code, "074", 3) || croot == 19 || croot == 20) &&
        sector_in(ms, (const char *const[]){"NGO", NULL}))
        return 0;
    if (ms && !strncmp(code, "087", 3) &&
        sector_in(ms, (const char *const[]){"JUD", "LEG", "MED", "BUS", "EDU", NULL}))
        return 0;
    if (ms && !mt && croot == 19 && !strcmp(s->tr.w[p].lemma, "fight") &&
        !sector_in(ms, fighters) && ms->kind == TC_KIND_PERSON)
        return 0;
    /* "Putin ordered the army to attack": an order to one's own state's forces or officials
       is no demand on them */
    /* ... and "ordered X back to prison" orders nothing of X: an order is a demand with what
       it orders done ("to appear", an infinitive) */
    /* (so are "told X to V" and "instructed X to V", demands16: "told reporters during a
       visit to Mombasa that ..." orders nothing) */
    if (croot == 10 && (!strcmp(s->tr.w[p].lemma, "order") || !strcmp(s->tr.w[p].lemma, "tell") ||
                        !strcmp(s->tr.w[p].lemma, "instruct"))) {
        int to_do = 0;
        for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++)
            to_do |= rel_of(s, s->kids[i]) == TC_REL_XCOMP;
        if (!to_do) return 0;
        if (ms && mt && !strncmp(ms->code, mt->code, 3) && strncmp(ms->code, "---", 3) &&
            sector_in(mt, (const char *const[]){"MIL", "COP", "SPY", NULL}))
            return 0;
    }
    return 1;
}

/* Is the act what the code says, by what it is done to and by whom: no denial of people, no
 * consultation or appeal of the press, no visit of travellers? 0: no event. */
static int sense_of_object(const sctx *s, const draft *d, uint32_t p)
{
    const tc_mention *ms = d->ms, *mt = d->mt;
    const char *code = d->code;
    /* "denying migrants access to lawyers": denying someone something is withholding it, no
       denial of an accusation (016), which is of words, a claim or an act, never of people */
    if (!strcmp(code, "016") && !strcmp(s->tr.w[p].lemma, "deny"))
        for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
            uint32_t o = s->kids[i];
            int r = rel_of(s, o);
            const char *nc = r == TC_REL_OBJ || r == TC_REL_IOBJ ? tc_code_noun_class(s, o) : NULL;
            if (r == TC_REL_IOBJ ||
                (nc && (!strcmp(nc, "noun.person") || !strcmp(nc, "noun.group"))) ||
                ((r == TC_REL_OBJ || r == TC_REL_IOBJ) && s->ment[o] != NO_MENTION))
                return 0;
        }
    /* "VOA spoke with X", "X told reporters": the press asking is no consultation */
    if (code_root(code) == 4 && ((ms && sector_is(ms, "MED")) || (mt && sector_is(mt, "MED"))))
        return 0;
    /* ... nor is a reporter's question an appeal ("asked by VOA whether ..., Rubio said") */
    if (code_root(code) == 2 && ms && sector_is(ms, "MED") && !strcmp(s->tr.w[p].lemma, "ask"))
        return 0;
    /* tourists and refugees travelling are no diplomatic visit, nor are a state's people
       ("another wave of Somalis arrived in Kenya") */
    if (ms && (!strcmp(code, "042") || !strcmp(code, "043")) &&
        (sector_is(ms, "CVL") || sector_is(ms, "REF") || a_people(s, ms) ||
         (mt && (sector_is(mt, "CVL") || sector_is(mt, "REF") || a_people(s, mt)))))
        return 0;
    /* "Kenyans who are fighting for their lives", "women fighting for their rights": to fight
       for a life or a cause, with no one fought, is a struggle, no force; "fighting for control
       of the city" and "for independence" stay force (read18's event 137; session past17) */
    static const char *const causes[] = {"life",    "survival", "right",    "freedom",   "liberty",
                                         "justice", "dignity",  "equality", "democracy", NULL};
    if (!mt && !strcmp(code, "190") && !strcmp(s->tr.w[p].lemma, "fight"))
        for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
            uint32_t o = s->kids[i];
            const char *cw = rel_of(s, o) == TC_REL_OBL ? case_word(s, o) : NULL;
            if (cw && !strcmp(cw, "for") && lemma_in(s, o, causes)) return 0;
        }
    return 1;
}

/* The finer code the target makes: fighting fighters, taking a capital, peacekeepers
 * arriving, where a meeting is, leaving a bloc. 0: no event (peacekeepers hosted). */
static int recode_by_target(const sctx *s, draft *d)
{
    const tc_mention *ms = d->ms, *mt = d->mt;
    /* killing or beating fighters is fighting (190): 180 and 182 are force against those who
       do not fight (bombings, 183x, and assassinations, 186, keep their code), and mass
       killing (202, "killed dozens of al-Shabab members") is of those who do not fight */
    if (mt &&
        (!strcmp(d->code, "180") || !strcmp(d->code, "182") || !strcmp(d->code, "1823") ||
         !strcmp(d->code, "202")) &&
        sector_in(mt, fighters) && s->c->cameo && tc_cameo_get(s->c->cameo, "190"))
        recode(s, d, "190");
    /* "rebels seized Damascus": taking a capital is taking territory (192), not property */
    if (mt && mt->kind == TC_KIND_METONYM && !strcmp(d->code, "171") && s->c->cameo &&
        tc_cameo_get(s->c->cameo, "192"))
        recode(s, d, "192");
    /* peacekeepers arriving somewhere keep the peace there (074): no visit, no host */
    static const char *const keepers[] = {"peacekeeper", "peacekeeping", "blue", NULL};
    const tc_mention *guest = !strcmp(d->code, "042") ? ms : !strcmp(d->code, "043") ? mt : NULL;
    uint32_t gw = guest && guest->tok0 + guest->ntok > s->lo ? guest->tok0 + guest->ntok - 1 - s->lo
                                                             : UINT32_MAX;
    if (gw < s->tr.n && lemma_in(s, gw, keepers)) {
        if (!strcmp(d->code, "043") || !s->c->cameo || !tc_cameo_get(s->c->cameo, "074")) return 0;
        recode(s, d, "074");
    }
    /* a meeting is at a third place (044) only where the sentence places it in neither side's
       state: "Macron met Scholz in Paris" is a visit to France (042) and France hosting it
       (043); with no place named, or between two of one state, a meeting not specified (040) */
    if (ms && mt && !strcmp(d->code, "044") && s->c->cameo) {
        const char *at = s->where && !s->where_article ? s->where : NULL;
        const char *fine = !strncmp(ms->code, mt->code, 3) || (!at && !s->where_named) ? "040"
                           : at && !strncmp(at, ms->code, 3)                           ? "043"
                           : at && !strncmp(at, mt->code, 3)                           ? "042"
                                                                                       : "044";
        if (tc_cameo_get(s->c->cameo, fine)) recode(s, d, fine);
    }
    /* a state leaving a bloc ("withdrew from ECOWAS") breaks relations (161), no retreat */
    if (mt && !strncmp(mt->code, "IGO", 3) && !strncmp(d->code, "087", 3) &&
        !(ms && sector_is(ms, "MIL")) && s->c->cameo && tc_cameo_get(s->c->cameo, "161"))
        recode(s, d, "161");
    return 1;
}

/* Is the hostile act match m announces another side's forecast, not its own threat? Then the
 * act itself, hypothetical. */
static void announced_by_other(sctx *s, draft *d, const fmatch *m)
{
    const tc_mention *ms = d->ms;
    /* a threat is its own side's: "X will strike Y, Z said" is Z's forecast */
    const tc_mention *mr = mention_at(s, m->reporter);
    /* ... and each of a list's: "Brazil and Argentina said they would sanction X" (twelfth
       session: "they" stands for both, the reporter is the list's first) */
    int own_list = 0;
    if (m->announced && mr && ms && m->reporter < (int32_t)s->nm && mr->tok0 >= s->lo &&
        mr->tok0 - s->lo < s->tr.n && strncmp(mr->code, ms->code, 3)) {
        int32_t side[8];
        size_t nside = tc_code_phrase_actors(s, mr->tok0 - s->lo, 1, side, 8);
        for (size_t q = 0; q < nside && !own_list; q++) {
            const tc_mention *mq = mention_at(s, side[q]);
            own_list = mq && !strncmp(mq->code, ms->code, 3);
        }
    }
    if (m->announced && mr && ms && strncmp(mr->code, "---", 3) && strncmp(mr->code, ms->code, 3) &&
        !own_list && s->c->cameo && tc_cameo_get(s->c->cameo, m->act)) {
        recode(s, d, m->act);
        d->flags |= TC_EV_HYPOTHETICAL;
    }
}

/* The finer code what is blocked or kept out makes: rejecting a proposal (120), refusing an
 * international body's involvement (1245). */
static void recode_by_object(const sctx *s, draft *d, uint32_t p)
{
    /* "blocked a U.S. push to renew the inquiry", "blocked the bill": blocking a proposal is
       rejecting it (120), no blockade */
    if (!strncmp(d->code, "191", 3) && !strcmp(s->tr.w[p].lemma, "block") && s->frame_of[p] >= 0 &&
        s->fr[s->frame_of[p]].nobj && s->c->cameo && tc_cameo_get(s->c->cameo, "120")) {
        const char *c = tc_code_noun_class(s, s->fr[s->frame_of[p]].obj[0].word);
        if (c && (!strcmp(c, "noun.act") || !strcmp(c, "noun.communication") ||
                  !strcmp(c, "noun.cognition")))
            recode(s, d, "120");
    }
    /* "Israel barred UN officials from entering Gaza": keeping out an international body is
       refusing its involvement (1245), keeping out a state's officials a sanction (172) */
    int entering = 0; /* (kept from entering, not from operating: "banned UNRWA from operating") */
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++)
        entering |=
            rel_of(s, s->kids[i]) == TC_REL_ADVCL && (!strcmp(s->tr.w[s->kids[i]].lemma, "enter") ||
                                                      !strcmp(s->tr.w[s->kids[i]].lemma, "visit"));
    if (!strncmp(d->code, "172", 3) && d->mt && entering &&
        (!strncmp(d->mt->code, "IGO", 3) || !strncmp(d->mt->code, "NGO", 3)) && s->c->cameo &&
        tc_cameo_get(s->c->cameo, "1245"))
        recode(s, d, "1245");
}

/* Is force (19x) an attack in words (111): by one who does not fight, with the verb alone on a
 * person, or told as words? */
static void recode_verbal_attack(const sctx *s, draft *d, const fmatch *m, uint32_t p)
{
    const tc_mention *ms = d->ms, *mt = d->mt;
    /* "Trump attacked the judge and the prosecutor": a person of no armed force attacking a
       person with the verb alone attacks in words */
    int words = 0;
    if (code_root(d->code) == 19 && ms && ms->kind == TC_KIND_PERSON && !sector_in(ms, fighters) &&
        (!strcmp(s->tr.w[p].lemma, "attack") || !strcmp(s->tr.w[p].lemma, "assail") ||
         !strcmp(s->tr.w[p].lemma, "clash"))) { /* "Trump and Zelenskyy clashed" */
        if (mt)
            words = mt->kind == TC_KIND_PERSON ||
                    (mt->kind == TC_KIND_AGENT && !sector_in(mt, fighters));
        else if (s->frame_of[p] >= 0 && s->fr[s->frame_of[p]].nobj) {
            uint32_t o = s->fr[s->frame_of[p]].obj[0].word;
            static const char *const armed[] = {"soldier",  "troop",     "fighter",   "militant",
                                                "rebel",    "insurgent", "guard",     "policeman",
                                                "officer",  "gunman",    "jihadist",  "militiaman",
                                                "civilian", "worker",    "protester", NULL};
            const char *c = tc_code_noun_class(s, o);
            words = c && !strcmp(c, "noun.person") && !lemma_in(s, o, armed);
        }
    }
    if (code_root(d->code) == 19 && !(ms && sector_in(ms, fighters)) &&
        (words || verbal_attack(s, m, p)) && s->c->cameo && tc_cameo_get(s->c->cameo, "111"))
        recode(s, d, "111");
}

/* The finer code the source's kind makes (tc_code_by_context), then a capital under force
 * taken as its state, the place. */
static void refine_by_actor(sctx *s, draft *d, uint32_t p)
{
    const char *fine = d->ms ? tc_code_by_context(s, d->ms, d->code, p) : d->code;
    if (fine != d->code && s->c->cameo && tc_cameo_get(s->c->cameo, fine)) recode(s, d, fine);
    /* "soldiers, supported by clan militias, are conducting operations", "troops, assisted by
       militia fighters, attacked": an armed force's backing, told as a participle with a "by"
       agent, of another armed force cooperates militarily (062), not in words (051, 052) nor
       as aid (070); a state's backing ("rebels backed by Rwanda") keeps its code (issue 14,
       coop17) */
    static const char *const armed[] = {"MIL", "REB", "INS", "UAF", "SEP", "COP", NULL};
    static const char *const backs[] = {"support", "back", "assist", "aid", NULL};
    /* (an armed force by its head noun too: "government soldiers", coded as the government) */
    static const char *const armed_nouns[] = {"soldier", "troop",    "troops",  "force",
                                              "forces",  "army",     "militia", "fighter",
                                              "rebel",   "militant", NULL};
    int32_t pf = p < s->tr.n ? s->frame_of[p] : -1;
    uint32_t tl = d->mt ? d->mt->tok0 + d->mt->ntok - 1 : 0;
    int mt_armed = d->mt && (sector_in(d->mt, armed) || (tl >= s->lo && tl - s->lo < s->tr.n &&
                                                         lemma_in(s, tl - s->lo, armed_nouns)));
    if ((!strcmp(d->code, "051") || !strcmp(d->code, "052") || !strcmp(d->code, "070")) && d->ms &&
        mt_armed && sector_in(d->ms, armed) && lemma_in(s, p, backs) && pf >= 0 &&
        (s->fr[pf].flags & TC_FR_PASSIVE) && s->fr[pf].nagent && s->c->cameo &&
        tc_cameo_get(s->c->cameo, "062"))
        recode(s, d, "062");
    /* "Russia shelled Kyiv", "Israel bombed Beirut": a capital is its government only where it
       acts; a city the gazetteer knows, under force, is its state as a place (the twelfth); not
       a capital taken (192: "rebels seized Damascus" from the government holding it) */
    const tc_mention *mt = d->mt;
    if (mt && code_root(d->code) >= 18 && strncmp(d->code, "192", 3) &&
        mt->kind == TC_KIND_METONYM && strlen(mt->code) > 3 && city_named(s, mt)) {
        int32_t x = tc_code_extra(s, mt->tok0, mt->ntok, mt->code, 3, mt->name, TC_KIND_COUNTRY,
                                  "a capital under force is its state, the place");
        if (x != NO_MENTION) {
            d->tgt = x;
            d->mt = mention_at(s, d->tgt);
        }
    }
}

/* Has the sentence given this event already, or the same act with a target when this one has
 * none? */
static int told_already(const sctx *s, const draft *d)
{
    const char *tcode = d->mt ? d->mt->code : "", *scode = d->ms ? d->ms->code : "";
    for (size_t i = *s->nout; i > 0 && (*s->out)[i - 1].sent == s->sent; i--) {
        const tc_event *o = &(*s->out)[i - 1];
        if (!strcmp(o->src.code, scode) && !strcmp(o->tgt.code, tcode) &&
            !strcmp(o->cameo, d->code))
            return 1;
        /* "attacked Armenian troops, killing two soldiers": the same act with no target adds
           nothing to the one with it */
        if (!d->mt && !strcmp(o->src.code, scode) && o->tgt.code[0] &&
            !strncmp(o->cameo, d->code, 2) && !(o->flags & TC_EV_NOT_EVENT) &&
            !(d->flags & TC_EV_NOT_EVENT))
            return 1;
    }
    return 0;
}

/* The time the predicate p (g: the predicate it completes, or UINT32_MAX) tells of event e:
 * its clause's date, else the article's or the story's; and whether it is told as past. */
static void date_event(const sctx *s, tc_event *e, uint32_t p, uint32_t g)
{
    const tc_when *w = when_on(s, p, g);
    if (!w) w = after_semicolon(s, p);
    /* "banned him from politics for six years": a duration is how long, not when; "Last
       month, a court sentenced X and banned him for six years": the time of the act it is
       coordinated with, then (thirteenth session, branch past13) */
    if (w && w->kind == TC_WHEN_DURATION) {
        w = s->tr.w[p].head && rel_of(s, p) == TC_REL_CONJ ? when_on(s, head_of(s, p), UINT32_MAX)
                                                           : NULL;
        if (w && w->kind == TC_WHEN_DURATION) w = NULL;
    }
    if (w && w->date.prec != TC_DATE_NONE) {
        e->date = w->date;
        e->date_source = TC_EVDATE_CLAUSE;
        if (!told_as_coming(s, p, w, &e->date) && w->past) e->flags |= TC_EV_PAST;
        if (told_as_past(s, p, w, &e->date) || done_before(s, p, &e->date)) e->flags |= TC_EV_PAST;
        if (standing_since(s, p, w)) e->flags |= TC_EV_PAST;
    } else if (s->c->date.prec != TC_DATE_NONE) {
        e->date = s->c->date;
        e->date_source = TC_EVDATE_ARTICLE;
        tc_date d;
        int told = 0; /* dated by the story told before, not by the sentence */
        if (standing(s, p) || then_title(s, p) || before_present(s, p))
            e->flags |= TC_EV_PAST;
        else if (!(s->c->conventions & TC_CODE_NO_DATES) &&
                 (year_before_noun(s, p, &d) || year_of_subject(s, p, &d) ||
                  made_thing_date(s, p, &d) || units_after(s, p, &d) ||
                  (told = story_time(s, p, &d)))) {
            e->date = d;
            e->date_source = told ? TC_EVDATE_STORY : TC_EVDATE_CLAUSE;
            if (ends_days_before(s, &d, TC_WHEN_PAST_AFTER(d.prec))) e->flags |= TC_EV_PAST;
        }
    }
    /* a past act with no date of its own ("have designated X", "had previously detained") is
       before the article, when unknown: no date, never the article's day */
    if ((e->flags & TC_EV_PAST) && e->date_source != TC_EVDATE_CLAUSE &&
        e->date_source != TC_EVDATE_STORY) {
        e->date = (tc_date){0};
        e->date_source = TC_EVDATE_NONE;
    }
}

/* "dismissed the minister's remarks": words a person's noun owns are rejected (120), the
 * person is not put out of office (172, verbs18), which is done to a person or a body; and
 * "dismissed Gachagua", a person named as what is dismissed with no "as" of what he is
 * called, is put out of office, not rejected. */
static void words_dismissed(const sctx *s, draft *d, uint32_t p)
{
    static const char *const bodies[] = {"government", "cabinet", "parliament", "council",
                                         "board",      "team",    NULL};
    int removal = !strcmp(d->code, "172");
    if ((!removal && strcmp(d->code, "120")) || strcmp(s->tr.w[p].lemma, "dismiss") ||
        !s->c->cameo || !tc_cameo_get(s->c->cameo, "120") || !tc_cameo_get(s->c->cameo, "172"))
        return;
    int called = 0, obj = -1;
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t k = s->kids[i];
        const char *cw = rel_of(s, k) == TC_REL_OBL ? case_word(s, k) : NULL;
        called |= cw && !strcmp(cw, "as");
        if (rel_of(s, k) == TC_REL_OBJ && obj < 0) obj = (int)k;
    }
    if (obj < 0) return;
    const char *c = tc_code_noun_class(s, (uint32_t)obj);
    const tc_mention *mo = mention_at(s, s->ment[obj]);
    if (removal && c && strcmp(c, "noun.person") && strcmp(c, "noun.group") &&
        !lemma_in(s, (uint32_t)obj, bodies))
        recode(s, d, "120");
    else if (!removal && !called && !c && mo && mo->kind == TC_KIND_PERSON && mo == d->mt)
        recode(s, d, "172");
}

/* "snipers killed two suicide bombers", "police shot dead three gunmen": killing fighters the
 * sentence names by a bare noun of fighting (no actor code, so no sector to read, as
 * recode_by_target does) is fighting them (190), as killing named militants is (prec19,
 * issue 14); killing those who do not fight keeps its code. */
static void bare_fighters_killed(const sctx *s, draft *d, uint32_t p)
{
    static const char *const fighting[] = {
        "gunman", "militant", "insurgent", "fighter",   "rebel",     "terrorist", "jihadist",
        "bomber", "attacker", "assailant", "extremist", "combatant", "guerrilla", NULL};
    static const char *const kills[] = {"180", "182", "1823", "202", NULL};
    if ((d->mt && d->mt->code[0]) || !in_words(d->code, kills) || !s->c->cameo ||
        !tc_cameo_get(s->c->cameo, "190"))
        return;
    for (uint32_t i = s->first[p]; i < s->first[p + 1]; i++) {
        uint32_t k = s->kids[i];
        if (rel_of(s, k) != TC_REL_OBJ) continue;
        /* ("killed dozens of jihadists": the fighters a count names by "of") */
        uint32_t who = k;
        for (uint32_t j = s->first[k]; j < s->first[k + 1]; j++) {
            uint32_t c = s->kids[j];
            const char *cw = case_word(s, c);
            if (rel_of(s, c) == TC_REL_NMOD && cw && !strcmp(cw, "of")) who = c;
        }
        if (lemma_in(s, who, fighting)) recode(s, d, "190");
        return;
    }
}

/* An event of the pattern match m on predicate word p (g: the predicate it completes, or
 * UINT32_MAX) from src to tgt (NO_MENTION: none): the dyad kept, the sense checked, the code
 * refined step by step (each step reads the code the one before set), then added with its
 * words, time and place unless the sentence has it already. */
void tc_code_emit_at(sctx *s, const fmatch *m, uint32_t p, uint32_t g, int32_t src, int32_t tgt,
                     const char *code, const tc_cameo *info)
{
    draft d = {src, tgt, mention_at(s, src), mention_at(s, tgt), code, info, 0};
    if (!dyad_kept(s, &d) || !sense_of_actor(s, &d, p) || !sense_of_object(s, &d, p)) return;
    words_dismissed(s, &d, p);
    bare_fighters_killed(s, &d, p);
    if (!recode_by_target(s, &d)) return;
    d.flags = m->flags;
    /* a planned meeting is the intent to meet; any other act, and a visit's host (043), who
       intends nothing the sentence says, not done */
    if (m->planned) {
        const char *to = strncmp(d.code, "043", 3) ? tc_code_intent_of(d.code) : NULL;
        const tc_cameo *ti = to && s->c->cameo ? tc_cameo_get(s->c->cameo, to) : NULL;
        if (ti)
            d.code = to, d.info = ti;
        else
            d.flags |= TC_EV_HYPOTHETICAL;
    }
    announced_by_other(s, &d, m);
    recode_by_object(s, &d, p);
    recode_verbal_attack(s, &d, m, p);
    refine_by_actor(s, &d, p);
    if (told_already(s, &d)) return;
    if (*s->nout == *s->cap) *s->out = tc_arena_grow(s->a, *s->out, s->cap, sizeof **s->out);
    tc_event *e = &(*s->out)[(*s->nout)++];
    memset(e, 0, sizeof *e);
    e->src = ref_of(s, d.src);
    e->tgt = ref_of(s, d.tgt);
    if (!d.mt) e->tgt.span = s->bare;
    e->reporter = ref_of(s, m->reporter);
    snprintf(e->cameo, sizeof e->cameo, "%s", d.code);
    e->info = d.info;
    uint32_t v0 = s->lo + p, v1 = v0;
    if (m->p && m->first < p) v0 = s->lo + m->first;
    if (m->p && m->last > p) v1 = s->lo + m->last;
    const tc_token *a = &s->t->toks[v0], *b = &s->t->toks[v1];
    e->verb = (tc_span){a->off, b->off + b->len - a->off};
    e->sent = s->sent;
    e->flags = d.flags;
    date_event(s, e, p, g);
    if (m->planned && s->c->date.prec != TC_DATE_NONE) { /* the intent is the article's news */
        e->date = s->c->date;
        e->date_source = TC_EVDATE_ARTICLE;
        e->flags &= ~(unsigned)TC_EV_PAST;
    }
    place_of(s, p, &e->place);
    s->added++;
}

void tc_code_emit(sctx *s, size_t f, int32_t src, int32_t tgt, const char *code,
                  const tc_cameo *info)
{
    const tc_frame *fr = &s->fr[f];
    uint32_t g = fr->gov != TC_FRAME_NONE && fr->gov_rel == TC_REL_XCOMP ? fr->gov : UINT32_MAX;
    size_t before = s->added;
    tc_code_emit_at(s, &s->fm[f], fr->pred, g, src, tgt, code, info);
    /* force whose author is not named: the means' words as the source's */
    if (s->added > before && src == NO_MENTION && s->bare_src.len && s->bare_src_f == f)
        (*s->out)[*s->nout - 1].src.span = s->bare_src;
}

/* One-sided events keep their source when the sentence names no target: resignations,
 * releases and other concessions and the intent to make them (035x), elections, protests,
 * force posture, curfews and arrests, attacks and fighting (GDELT's Actor2 may be empty). */
int tc_code_one_sided(const char *code)
{
    int r = code_root(code);
    return r == 8 || r == 14 || r == 15 || r == 17 || r == 18 || r == 19 || r == 20 ||
           !strncmp(code, "015", 3) || /* "claimed responsibility for the attack" */
           /* threats of repression or force with no one named ("will extend the curfew",
              "threatened to shell the Christmas tree") */
           !strncmp(code, "137", 3) || !strncmp(code, "138", 3) || !strncmp(code, "034", 3) ||
           !strncmp(code, "132", 3) || /* "threatened to ban any party", "to impose a curfew" */
           !strncmp(code, "035", 3) || /* the intent to yield too */
           !strncmp(code, "133", 3);   /* and the threat of a protest, a strike, a boycott */
}
