/* code_place: what the place a clause names, or a thing a state owns, makes the target of an
 * act: the mentions made for them (tc_code_extra), things of a state ("Chinese investment",
 * "Cypriot ships"), a state's forces named by their things, and the state of the place an act
 * is aimed at or happens in. Part of the coder (code_int.h). */
#include "code_int.h"

#include <stdio.h>
#include <string.h>

/* The first word under w. */
static uint32_t first_under(const sctx *s, uint32_t w)
{
    uint32_t lo = w;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t e = first_under(s, s->kids[i]);
        if (e < lo) lo = e;
    }
    return lo;
}

/* The last word under w. */
uint32_t tc_code_last_under(const sctx *s, uint32_t w)
{
    uint32_t end = w;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t e = tc_code_last_under(s, s->kids[i]);
        if (e > end) end = e;
    }
    return end;
}

/* "deployed observers in Zimbabwe", "carried out strikes in Somalia", "extended the curfew
 * in Bangkok": aid, force posture, coercion and force with no actor for a target are aimed at
 * the one country the sentence itself places them in (never the article's place); another
 * country's only, but coercion at home too. */
/* The gazetteer's place word w of the sentence lies in (no actor of its own), or NULL. */
const tc_place *tc_code_place_on(const sctx *s, uint32_t w)
{
    if (s->ment[w] != NO_MENTION) return NULL;
    for (size_t i = 0; i < s->npl; i++)
        if (s->pl[i].tok0 <= s->lo + w && s->lo + w < s->pl[i].tok0 + s->pl[i].ntok)
            return &s->pl[i];
    return NULL;
}

int32_t tc_code_extra(sctx *s, uint32_t tok0, uint32_t ntok, const char *code, int len,
                      const char *name, tc_actor_kind kind, const char *rule)
{
    if (s->nextra >= 2 * (size_t)s->tr.n) return NO_MENTION; /* code.c's room */
    tc_mention *x = &s->extra[s->nextra];
    memset(x, 0, sizeof *x);
    x->tok0 = tok0;
    x->ntok = ntok;
    snprintf(x->code, sizeof x->code, "%.*s", len, code);
    x->name = name;
    x->kind = kind;
    x->rule = rule;
    x->entry = -1;
    return (int32_t)(s->nm + s->nextra++);
}

/* A mention of place pl's state, kept beside the sentence's mentions (its index). */
static int32_t extra_place(sctx *s, const tc_place *pl, const char *rule)
{
    return tc_code_extra(s, pl->tok0, pl->ntok, pl->gp.cc3, 3, pl->gp.name ? pl->gp.name : "",
                         TC_KIND_COUNTRY, rule);
}

/* The state word a of the sentence names as a capitalised state adjective, no mention of its
 * own and not src's state; NULL when none. */
static const char *state_adjective(const sctx *s, uint32_t a, const tc_mention *src)
{
    const tc_token *t = &s->t->toks[s->lo + a];
    if (s->ment[a] != NO_MENTION || !(t->flags & TC_TOK_CAP) ||
        (s->tr.w[a].upos != TC_UPOS_ADJ && s->tr.w[a].upos != TC_UPOS_PROPN))
        return NULL;
    const char *state = tc_actors_adj_state(s->c->actors, t->norm, t->nlen);
    if (!state || strlen(state) != 3 || (src && !strncmp(src->code, state, 3))) return NULL;
    return state;
}

/* What a thing's phrase or an act's oblique may be aimed at by ("the ban on Cypriot ships",
 * "sanctions against Cuba", "fired rockets at Haifa"). */
static const char *const aimed[] = {"against", "on", "at", "into", "toward", "to", NULL};

/* Thing o, and what its "on"/"against"/... phrases say it is aimed at ("the ban on Cypriot
 * ships", "sanctions on Cuba were lifted"), added to the n things: their count. */
static size_t add_aimed_thing(const sctx *s, uint32_t o, uint32_t things[8], size_t n)
{
    things[n++] = o;
    return n + tc_code_prep_phrases(s, o, aimed, things + n, 8 - n);
}

/* The state whose adjective names a thing frame f is aimed at, as a mention: its object
 * ("opposes Chinese investment"), the object's "on" or "against" ("lifted the ban on Cypriot
 * ships"), an oblique that aims ("imposed tariffs on Chinese goods"), a passive's subject
 * ("Cypriot ships were seized"); not the source's own
 * state, nor an adjective a dictionary already made an actor ("Israeli tanks"). NO_MENTION
 * when none. */
int32_t tc_code_owned_thing(sctx *s, size_t f, const tc_mention *src)
{
    const tc_frame *fr = &s->fr[f];
    uint32_t things[8];
    size_t n = 0;
    if (!s->c->actors || s->nextra >= 2 * (size_t)s->tr.n) return NO_MENTION;
    for (int i = 0; i < fr->nobj && n < 8; i++) n = add_aimed_thing(s, fr->obj[i].word, things, n);
    for (int i = 0; i < fr->nobl && n < 8; i++)
        if (fr->obl[i].prep != TC_FRAME_NONE && in_words(norm_of(s, fr->obl[i].prep), aimed))
            things[n++] = fr->obl[i].word;
    /* ... and a passive's subject, where the act is done to a thing (aid 07x, yielding 08x,
       force posture, sanctions, coercion and force 15x-20x): "the detained Peruvian vessels
       were released by the navy"; not what is said of ("the Armenian genocide was recognized
       by Germany" names no target) */
    int root = code_root(s->fm[f].code), material = root == 7 || root == 8 || root >= 15;
    for (int i = 0; i < fr->nsubj && n < 8 && fr->flags & TC_FR_PASSIVE && material; i++)
        n = add_aimed_thing(s, fr->subj[i].word, things, n);
    /* ... and what such a thing is made of: "the ban on imports of Peruvian beef" */
    static const char *const of[] = {"of", NULL};
    for (size_t i = 0, m = n; i < m && n < 8; i++)
        n += tc_code_prep_phrases(s, things[i], of, things + n, 8 - n);
    for (size_t i = 0; i < n; i++) {
        uint32_t adj;
        const char *state = tc_code_adj_state(s, things[i], src, &adj);
        /* (the parse's head on the first of coordinated adjectives: "tariffs on Canadian[nmod]
           and Mexican exports"; demands16) */
        if (!state &&
            (s->tr.w[things[i]].upos == TC_UPOS_ADJ || s->tr.w[things[i]].upos == TC_UPOS_PROPN)) {
            state = state_adjective(s, things[i], src);
            adj = things[i];
        }
        if (state)
            return tc_code_extra(s, s->lo + adj, 1, state, 3, "", TC_KIND_COUNTRY,
                                 "the state whose adjective names the thing aimed at");
    }
    return NO_MENTION;
}

/* tc_code_owned_thing's state and those of the state adjectives coordinated with its
 * adjective ("tariffs on Canadian and Mexican exports", "on Chinese, Indian or Thai rice":
 * each a target; demands16), at most cap into out; their count. */
size_t tc_code_owned_things(sctx *s, size_t f, const tc_mention *src, int32_t *out, size_t cap)
{
    if (!cap) return 0;
    int32_t first = tc_code_owned_thing(s, f, src);
    if (first == NO_MENTION) return 0;
    size_t n = 0;
    out[n++] = first;
    const tc_mention *m = mention_at(s, first);
    if (!m || m->tok0 < s->lo || m->tok0 - s->lo >= s->tr.n) return n;
    uint32_t adj = m->tok0 - s->lo;
    for (int dir = -1; dir <= 1; dir += 2) {
        uint32_t at = adj;
        for (int k = 0; k < 4 && n < cap; k++) {
            /* a joining word ("and", "or", a comma), then a state's adjective */
            uint32_t j = at + (uint32_t)dir, a = j + (uint32_t)dir;
            if (dir < 0 && at < 2) break;
            if (dir > 0 && a >= s->tr.n) break;
            if (!word_is(s, j, "and") && !word_is(s, j, "or") && !word_is(s, j, ",")) break;
            /* ("Canadian, and Mexican": a comma then the joining word) */
            if (word_is(s, j, ",") && a < s->tr.n &&
                (word_is(s, a, "and") || word_is(s, a, "or"))) {
                if (dir < 0 && a < 1) break;
                a += (uint32_t)dir;
                if (a >= s->tr.n) break;
            }
            const char *state = state_adjective(s, a, src);
            if (!state) break;
            int seen = 0;
            for (size_t i = 0; i < n; i++) {
                const tc_mention *x = mention_at(s, out[i]);
                seen |= x && !strncmp(x->code, state, 3);
            }
            if (!seen) {
                int32_t x = tc_code_extra(s, s->lo + a, 1, state, 3, "", TC_KIND_COUNTRY,
                                          "the state whose adjective names the thing aimed at");
                if (x == NO_MENTION) return n;
                out[n++] = x;
            }
            at = a;
        }
    }
    return n;
}

/* "froze a Chinese-funded pipeline", "suspended a Japanese-built railway": where relations are
 * reduced (16x, the act on w), a state whose adjective names who funded, financed, built or backed
 * a thing is the partner whose shared project is cut (branch warn19). Elsewhere a backer is a
 * supporter, not whom an act against the thing is aimed at ("attacked U.S.-backed forces"). */
static int funder_participle(const sctx *s, uint32_t c, uint32_t w)
{
    static const char *const funders[] = {"fund", "finance", "build", "back", "sponsor", NULL};
    int32_t g = s->tr.w[w].head ? s->frame_of[head_of(s, w)] : -1; /* the act on thing w */
    return g >= 0 && s->fm[g].p && code_root(s->fm[g].code) == 16 && lemma_in(s, c, funders);
}

const char *tc_code_adj_state(const sctx *s, uint32_t w, const tc_mention *src, uint32_t *adj)
{
    if (s->ment[w] != NO_MENTION || s->tr.w[w].upos != TC_UPOS_NOUN) return NULL;
    static const char *const owned[] = {"own", "flag", "register", "operate", "run", NULL};
    for (uint32_t k = s->first[w]; k < s->first[w + 1]; k++) {
        uint32_t c = s->kids[k];
        /* "a Turkish-owned ship", "a Ukrainian-run hospital": the adjective of the owner before
           the hyphen, on the participle (twelfth session; not "U.S.-backed": a supporter) */
        if (c < w && c >= 2 && rel_of(s, c) == TC_REL_AMOD &&
            (lemma_in(s, c, owned) || funder_participle(s, c, w)) && word_is(s, c - 1, "-") &&
            head_of(s, c - 2) == c && s->ment[c - 2] == NO_MENTION)
            c -= 2;
        const tc_token *t = &s->t->toks[s->lo + c];
        /* (an adjective the tagger read as a name is a compound: "the Ugandan[NNP] bill") */
        int modifier = rel_of(s, c) == TC_REL_AMOD || rel_of(s, c) == TC_REL_COMPOUND;
        if (c > w || (!modifier && head_of(s, c) == w) || s->ment[c] != NO_MENTION ||
            !(t->flags & TC_TOK_CAP))
            continue;
        const char *state = tc_actors_adj_state(s->c->actors, t->norm, t->nlen);
        if (!state || strlen(state) != 3 || (src && !strncmp(src->code, state, 3))) continue;
        *adj = c;
        return state;
    }
    return NULL;
}

/* "attacked a military vehicle", "ambushed an army truck", "stormed a police station": force
 * aimed at a thing of a state's forces whose owner no actor names is aimed at those forces:
 * the MIL (COP for police and security) of the state the sentence places the act in, else of
 * the state of a source that is an armed group of one (rebels fight their own state's forces).
 * Not the source's own forces, not an act named as the thing ("launched a military
 * offensive"); NO_MENTION when none. */
int32_t tc_code_forces_thing(sctx *s, size_t f, const tc_mention *src)
{
    const tc_frame *fr = &s->fr[f];
    static const char *const forces[] = {"military", "army", "naval", "navy", NULL};
    static const char *const police[] = {"police", "security", NULL};
    static const char *const armed[] = {"REB", "UAF", "INS", "SEP", NULL};
    static const char *const things[] = {"noun.artifact", "noun.location", "noun.group",
                                         "noun.person", NULL};
    if (code_root(s->fm[f].code) < 18 || !fr->nobj || fr->flags & TC_FR_PASSIVE || !s->c->actors ||
        s->nextra >= 2 * (size_t)s->tr.n)
        return NO_MENTION;
    uint32_t o = fr->obj[0].word, at = UINT32_MAX;
    if (s->ment[o] != NO_MENTION || s->tr.w[o].upos != TC_UPOS_NOUN ||
        base_in(s, o, tc_code_force_nouns))
        return NO_MENTION;
    const char *cls = tc_code_noun_class(s, o);
    if (!cls || !in_words(cls, things)) return NO_MENTION; /* "military drills", "military aid" */
    int cop = 0;
    for (uint32_t k = s->first[o]; k < s->first[o + 1] && at == UINT32_MAX; k++) {
        uint32_t c = s->kids[k];
        int r = rel_of(s, c);
        const tc_mention *mc = mention_at(s, s->ment[c]);
        if (c > o || (r != TC_REL_AMOD && r != TC_REL_COMPOUND) || (mc && usable(mc))) continue;
        if (lemma_in(s, c, forces) || (cop = lemma_in(s, c, police))) at = c;
    }
    if (at == UINT32_MAX) return NO_MENTION;
    char st[4] = "";
    int src_state = src && strlen(src->code) >= 3 && tc_actors_is_state(s->c->actors, src->code);
    if (s->where && !s->where_article && tc_actors_is_state(s->c->actors, s->where)) {
        snprintf(st, sizeof st, "%.3s", s->where);
        /* (not the source's own: "the army attacked a military post in Chad" is no self-act) */
        if (src_state && !strncmp(src->code, st, 3) && !sector_in(src, armed)) return NO_MENTION;
    } else if (src_state && sector_in(src, armed)) {
        snprintf(st, sizeof st, "%.3s", src->code);
    } else {
        return NO_MENTION;
    }
    char code[8];
    snprintf(code, sizeof code, "%s%s", st, cop ? "COP" : "MIL");
    return tc_code_extra(s, s->lo + at, 1, code, (int)strlen(code), "", TC_KIND_AGENT,
                         "the forces whose thing force is aimed at");
}

/* "imposed a curfew in parts of Swat", "remained on alert in North District": restrictions
 * (172x) and force posture (15x) placed "in" a name no gazetteer or dictionary knows are
 * aimed at the source's own state, where such acts are done (a state imposes a curfew where it
 * governs), with the place's words; not a lower-case place ("in the area", "in the north
 * region"), and not for a source of no state. NO_MENTION when none. */
static int32_t home_unnamed_place(sctx *s, size_t f, const tc_mention *src)
{
    const char *code = s->fm[f].code;
    static const char *const bodies[] = {"IGO", "NGO", "MNC", "IMG", "---", NULL};
    char st[4];
    int threat = !strncmp(code, "137", 3) || !strncmp(code, "138", 3); /* "will extend curfew" */
    if (!(!strncmp(code, "172", 3) || !strncmp(code, "081", 3) || code_root(code) == 15 ||
          threat) ||
        !src || strlen(src->code) < 3 || s->nextra >= 2 * (size_t)s->tr.n)
        return NO_MENTION;
    snprintf(st, sizeof st, "%.3s", src->code);
    if (in_words(st, bodies) || !(st[0] >= 'A' && st[0] <= 'Z')) return NO_MENTION;
    const tc_frame *fr = &s->fr[f];
    uint32_t heads[TC_FRAME_ARGS * 2];
    size_t n = 0;
    for (int i = 0; i < fr->nobl && n < TC_FRAME_ARGS; i++)
        if (fr->obl[i].prep != TC_FRAME_NONE && !strcmp(norm_of(s, fr->obl[i].prep), "in"))
            heads[n++] = fr->obl[i].word;
    /* ... or the "in" of its object or of an oblique ("imposed a curfew in Swat", "remained
       on alert in North District") */
    for (int i = 0; i < fr->nobj + fr->nobl && n < 2 * TC_FRAME_ARGS; i++) {
        uint32_t o = i < fr->nobj ? fr->obj[i].word : fr->obl[i - fr->nobj].word;
        for (uint32_t k = s->first[o]; k < s->first[o + 1]; k++) {
            const char *cw = case_word(s, s->kids[k]);
            if (rel_of(s, s->kids[k]) == TC_REL_NMOD && cw && !strcmp(cw, "in") &&
                n < 2 * TC_FRAME_ARGS)
                heads[n++] = s->kids[k];
        }
    }
    for (size_t i = 0; i < n; i++) {
        uint32_t w = heads[i], end = tc_code_last_under(s, w), lo = w, name = 0;
        if (tc_code_when_over(s, w)) continue;
        /* its words: from the first word under it that is not its "in" to the last */
        for (uint32_t k = s->first[w]; k < s->first[w + 1]; k++) {
            uint32_t c = s->kids[k];
            if (c < lo && rel_of(s, c) != TC_REL_CASE) lo = first_under(s, c);
        }
        for (uint32_t k = lo; k <= end; k++) {
            const tc_mention *mk = mention_at(s, s->ment[k]);
            if (mk && mk->kind == TC_KIND_REGION && strlen(mk->code) >= 3 &&
                strncmp(mk->code, "---", 3))
                return s->ment[k]; /* a region a dictionary knows ("in parts of Kashmir") */
            if (mk && strncmp(mk->code, "---", 3)) return NO_MENTION; /* an actor */
            for (size_t j = 0; j < s->npl; j++)
                if (s->pl[j].tok0 <= s->lo + k && s->lo + k < s->pl[j].tok0 + s->pl[j].ntok &&
                    s->pl[j].gp.cc3[0])
                    return NO_MENTION; /* a place some state has: the rule above's */
            if (s->tr.w[k].upos == TC_UPOS_PROPN) name = 1;
        }
        if (!name || end - lo > 6) continue;
        return tc_code_extra(s, s->lo + lo, end - lo + 1, st, (int)strlen(st), "", TC_KIND_COUNTRY,
                             "an unnamed place at home");
    }
    return NO_MENTION;
}

/* The place frame fr's act is aimed at into *hit, NULL when none: an oblique that aims
 * ("fired rockets at Haifa"), else for force (18x-20x) its object ("shelled Kherson"). Returns 0
 * when the clause names something else it is aimed at, a place no gazetteer knows or an actor
 * ("airstrikes against IS in Syria"): then no place is its target. */
static int aimed_place(const sctx *s, const tc_frame *fr, int root, const tc_place **hit)
{
    /* (a posture is no aim: "on alert", "on standby") */
    static const char *const postures[] = {"alert", "standby", "guard", "patrol", "duty", NULL};
    *hit = NULL;
    for (int i = 0; i < fr->nobl && !*hit; i++)
        if (fr->obl[i].prep != TC_FRAME_NONE && in_words(norm_of(s, fr->obl[i].prep), aimed) &&
            !tc_code_when_over(s, fr->obl[i].word) && /* "on Sunday" */
            !in_words(norm_of(s, fr->obl[i].word), postures)) {
            *hit = tc_code_place_on(s, fr->obl[i].word);
            if (!*hit) return 0;
        }
    if (!*hit && root >= 18 && fr->nobj) *hit = tc_code_place_on(s, fr->obj[0].word);
    return 1;
}

/* Does one of fr's objects have a phrase that aims it ("imposed a ban on X"), no time ("a
 * curfew ... on Monday")? */
static int object_aimed(const sctx *s, const tc_frame *fr)
{
    for (int i = 0; i < fr->nobj; i++)
        for (uint32_t k = s->first[fr->obj[i].word]; k < s->first[fr->obj[i].word + 1]; k++) {
            const char *cw = case_word(s, s->kids[k]);
            if (rel_of(s, s->kids[k]) == TC_REL_NMOD && cw && in_words(cw, aimed) &&
                !tc_code_when_over(s, s->kids[k]))
                return 1;
        }
    return 0;
}

/* Is the place at token t0 "in" something (inside, across, ...): one of the three words
 * before it, or four past an "of" ("in some parts of North Sinai", "in the north of Mali")? */
static int placed_in(const sctx *s, uint32_t t0)
{
    static const char *const inside[] = {"in", "inside", "across", "throughout", "within", NULL};
    uint32_t span = t0 > s->lo && !strcmp(s->t->toks[t0 - 1].norm, "of") ? 4 : 3;
    for (uint32_t k = t0; k > s->lo && k + span > t0; k--)
        if (in_words(s->t->toks[k - 1].norm, inside)) return 1;
    return 0;
}

/* Does word w lie in an object or an oblique of pred, with no clause of its own on the way
 * ("eased curfew hours imposed in North Sinai"), not in a clause with a subject or a marker
 * ("tear gas to disperse protesters in Tbilisi": whom the purpose names; "after cars were
 * used as road blocks in Celaya": another act)? */
static int in_args_phrase(const sctx *s, uint32_t w, uint32_t pred)
{
    for (uint32_t k = w, steps = 0; k < s->tr.n && steps < 16 && s->tr.w[k].head; steps++) {
        for (uint32_t i = s->first[k]; i < s->first[k + 1]; i++) {
            int r = rel_of(s, s->kids[i]);
            if (r == TC_REL_NSUBJ || r == TC_REL_NSUBJ_PASS || r == TC_REL_MARK) return 0;
        }
        if (head_of(s, k) == pred) return rel_of(s, k) == TC_REL_OBJ || rel_of(s, k) == TC_REL_OBL;
        k = head_of(s, k);
    }
    return 0;
}

/* The one state placed "in" (inside, across, ...) after frame f's verb, within what it
 * governs (for all but aid, in its object or an oblique: in_args_phrase): the place of the act's
 * own phrase when its clause names none; NULL when none, *two set when two states are so placed. */
static const tc_place *placed_after(const sctx *s, size_t f, int aid, int *two)
{
    uint32_t pred = s->fr[f].pred, end = s->lo + tc_code_last_under(s, pred);
    const tc_place *at = NULL;
    for (size_t i = 0; i < s->npl; i++) {
        const tc_place *pl = &s->pl[i];
        if (pl->tok0 <= s->lo + pred || pl->tok0 > end || !pl->gp.cc3[0]) continue;
        if (!placed_in(s, pl->tok0) || (!aid && !in_args_phrase(s, pl->tok0 - s->lo, pred)))
            continue;
        if (at && strcmp(at->gp.cc3, pl->gp.cc3)) *two = 1;
        at = pl;
    }
    return at;
}

/* A withdrawal is done to the place it leaves, as a truce to the place it holds in: the
 * place of frame fr's "from" oblique ("agreed to withdraw its troops from Kidal"; place18),
 * or NULL. */
static const tc_place *place_left(const sctx *s, const tc_frame *fr)
{
    for (int i = 0; i < fr->nobl; i++)
        if (fr->obl[i].prep != TC_FRAME_NONE && word_is(s, fr->obl[i].prep, "from")) {
            const tc_place *pl = tc_code_place_on(s, fr->obl[i].word);
            if (pl) return pl;
        }
    return NULL;
}

/* "the opposition is boycotting the presidential election", "said they would boycott the
 * polls": a boycott (143x, and 133, its threat) of an election is aimed at the state that
 * holds it, the source's own, with the election's words (human coders mark the election;
 * place18). Not a source with no state of its own beyond its code ("Chad boycotted the
 * vote": no act on itself), nor a body of no state; NO_MENTION when none. */
static int32_t boycotted_election(sctx *s, size_t f, const tc_mention *src)
{
    static const char *const votes[] = {"election", "poll",       "vote", "ballot",
                                        "runoff",   "referendum", NULL};
    const char *code = s->fm[f].code;
    const tc_frame *fr = &s->fr[f];
    if ((strncmp(code, "143", 3) && strcmp(code, "133")) || !fr->nobj || !src ||
        strlen(src->code) <= 3 || s->nextra >= 2 * (size_t)s->tr.n)
        return NO_MENTION;
    uint32_t o = fr->obj[0].word;
    if (s->ment[o] != NO_MENTION || !lemma_in(s, o, votes)) return NO_MENTION;
    char st[4];
    snprintf(st, sizeof st, "%.3s", src->code);
    if (!s->c->actors || !tc_actors_is_state(s->c->actors, st)) return NO_MENTION;
    uint32_t lo = first_under(s, o), end = tc_code_last_under(s, o);
    return tc_code_extra(s, s->lo + lo, end - lo + 1, st, 3, "", TC_KIND_COUNTRY,
                         "the state whose election is boycotted");
}

/* The first token of the place at token t0 with the settlement's noun that names it: "in the
 * port of Odesa", "in the city of Kharkiv" begin at "the port", "the city". */
static uint32_t settlement_start(const sctx *s, uint32_t t0)
{
    static const char *const settlements[] = {
        "port",    "city",      "town",    "village", "region", "province", "district",
        "capital", "outskirts", "suburbs", "centre",  "center", NULL};
    if (t0 >= s->lo + 3 && !strcmp(s->t->toks[t0 - 1].norm, "of") &&
        in_words(s->t->toks[t0 - 2].norm, settlements))
        t0 -= 2 + !strcmp(s->t->toks[t0 - 3].norm, "the");
    return t0;
}

/* Is the place at token t0 the place of frame fr's subject ("Police in Nairobi used tear gas":
 * where the police are), not where the act happens? Then a name no gazetteer knows "in" the
 * act's phrase may still be its place ("the authorities in Chad imposed a curfew in parts of
 * Ouaddai Prefecture"; place18). */
static int subjects_place(const sctx *s, const tc_frame *fr, uint32_t t0)
{
    for (uint32_t k = t0 - s->lo, steps = 0; k < s->tr.n && steps < 8; steps++) {
        if (k == fr->pred || !s->tr.w[k].head) break;
        int r = rel_of(s, k);
        if ((r == TC_REL_NSUBJ || r == TC_REL_NSUBJ_PASS) && head_of(s, k) == fr->pred) return 1;
        k = head_of(s, k);
    }
    return 0;
}

int32_t tc_code_place_target(sctx *s, size_t f, const tc_mention *src)
{
    const char *code = s->fm[f].code;
    int root = code_root(code);
    int32_t vote = boycotted_election(s, f, src);
    if (vote != NO_MENTION) return vote;
    /* (an act announced as its own intent keeps its kind: "will lay down their arms in Kidal"
       0356 is the de-escalation 087, 0351 the easing 081; place18. Not 033x as aid: "was
       considering supplying weapons for the war in Ukraine" is no aid to Ukraine) */
    int retreat = !strncmp(code, "087", 3) || !strcmp(code, "0356"),
        calm = retreat || !strncmp(code, "081", 3) || !strcmp(code, "0351"), /* (and easing) */
        threat = !strncmp(code, "137", 3) || !strncmp(code, "138", 3), aid = root == 7;
    if (!s->c->places ||
        !(aid || root == 15 || root >= 17 || !strcmp(code, "074") || calm || threat) ||
        s->nextra >= 2 * (size_t)s->tr.n)
        return NO_MENTION;
    /* not when the clause names whom it is aimed at but no dictionary knows it ("airstrikes
       against IS in Syria"); but a place it is aimed at is its target ("fired rockets at Haifa",
       "shelled Kherson") when in another state than the source's */
    const tc_frame *fr = &s->fr[f];
    const tc_place *hit;
    if (!aimed_place(s, fr, root, &hit)) return NO_MENTION;
    if (!hit && retreat) hit = place_left(s, fr);
    if (hit) {
        if (!hit->gp.cc3[0] || (src && !strncmp(src->code, hit->gp.cc3, 3))) return NO_MENTION;
        return extra_place(s, hit, "the place the act is aimed at");
    }
    if (object_aimed(s, fr)) return NO_MENTION;
    if (root >= 17 && fr->nobj && s->ment[fr->obj[0].word] == NO_MENTION &&
        s->tr.w[fr->obj[0].word].upos == TC_UPOS_PROPN)
        return NO_MENTION; /* "attacked Kurtin": a name no dictionary knows */
    /* the place of the clause itself ("deployed observers in Zimbabwe"), not one the sentence
       names elsewhere ("..., officials in Yerevan said") */
    tc_place_loc loc;
    tc_place_event(s->c->places, s->pl, s->npl, &s->tr, s->fr[f].pred, &loc);
    /* aid goes where its purpose or its beneficiaries are ("gave 352 million euros to promote
       development in Ethiopia", "aid for those affected in Yemen"); a restriction, its easing,
       a truce or a posture lies where its own phrase puts it ("eased curfew hours imposed in
       parts of North Sinai", "lifted restrictions on visits to relatives in Cuba", "declared a
       cessation of hostilities until peace is reached in Sudan"; place18) */
    int placeable = aid || root == 15 || root == 17 || calm || threat;
    if ((!loc.place || loc.source != TC_LOC_CLAUSE || !loc.place->gp.cc3[0]) && placeable) {
        int two = 0;
        const tc_place *in = placed_after(s, f, aid, &two);
        if (two || (!in && aid)) return NO_MENTION;
        if (in) loc.place = in, loc.source = TC_LOC_CLAUSE;
    }
    if (!loc.place || loc.source != TC_LOC_CLAUSE || !loc.place->gp.cc3[0])
        return home_unnamed_place(s, f, src);
    uint32_t t0 = settlement_start(s, loc.place->tok0);
    if (!placed_in(s, t0)) return NO_MENTION; /* "in northern Iraq", not "near" it */
    if (subjects_place(s, fr, t0)) return home_unnamed_place(s, f, src);
    const char *cc3 = loc.place->gp.cc3;
    /* at home too for force posture, de-escalation and threats of repression ("remained on
       alert in Manila", "declared a ceasefire in Tripoli", "will extend the curfew in
       Bangkok"), for a source that has a state of its own, not one this place gave it */
    int placed = src && src >= s->extra && src < s->extra + s->nextra;
    int home_too = root == 17 || ((root == 15 || calm || threat) && src && !placed);
    if (!home_too && (!src || !strncmp(src->code, cc3, 3))) return NO_MENTION;
    return extra_place(s, loc.place, "the place the clause names");
}
