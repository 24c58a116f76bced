/* code: CAMEO events from the dependency parse of a sentence.
 *
 * A sentence with an actor and a word of the verb dictionary is parsed (parse.h) and cut into
 * frames (frame.h): a predicate with its subjects, objects, obliques and passive agents. Each
 * verbal predicate is looked up in the pattern dictionary (verbs.h) by its form and lemma; a
 * pattern's words must lie in the predicate's own phrase (its subtree without the clauses
 * hanging from it), in order. Then, in table-driven passes:
 *  1. government: a predicate under an appeal, demand, promise, threat, refusal or denial
 *     ("called on X to lift", "refused to withdraw", "denied that its troops attacked X") is
 *     flagged (asked for, promised, refused, not done) and refines the governing code (0256,
 *     1246, 1381 ...); under "plans to", "is to", "is expected to" or "will" a cooperative act
 *     becomes the intent to do it (03x) and any other act is flagged hypothetical;
 *  2. reported speech: under "X said", "X claimed" or "according to X" the event keeps its own
 *     actors and X is its reporter;
 *  3. roles: the source is the subject (the agent of a passive), the target the object, else
 *     the oblique the pattern names or one of the target prepositions; a list gives one event
 *     per member; an apposition is the same actor; a mutual verb with a compound subject and no
 *     target gives each direction; protests, force posture and attacks may have no target;
 *  4. time: a date expression on the predicate (when.h) dates the event; one well before the
 *     article is flagged past.
 * Negated, hypothetical and conditional events are produced with a flag, not dropped.
 * This file holds the sentence's passes and reported speech; the patterns are code_match.c's,
 * an event's code, date and place code_emit.c's, a frame's events code_target.c's, government
 * and mood code_mood.c's, who the arguments are code_roles.c's, events named by nouns
 * code_nouns.c's (code_int.h). */
#include "code_int.h"

#include "frame.h"
#include "hash.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- setup ---- */

static void index_tree(sctx *s)
{
    uint32_t n = s->tr.n;
    tc_tree_children(&s->tr, s->a, &s->first, &s->kids);
    s->ment = tc_arena_alloc(s->a, (n ? n : 1) * sizeof *s->ment);
    for (uint32_t i = 0; i < n; i++) s->ment[i] = NO_MENTION;
    for (size_t k = 0; k < s->nm; k++)
        /* (the other members of a plural pronoun's list are reached through the first) */
        for (uint32_t x = 0; x < s->m[k].ntok && !(s->m[k].flags & TC_MENTION_ALSO); x++) {
            uint32_t w = s->m[k].tok0 + x - s->lo;
            if (w < n) s->ment[w] = (int32_t)k;
        }
    s->in_phrase = tc_arena_calloc(s->a, n ? n : 1, 1);
    s->seq = tc_arena_alloc(s->a, (n ? n : 1) * sizeof *s->seq);
    s->all = tc_arena_alloc(s->a, (n ? n : 1) * sizeof *s->all);
    for (uint32_t i = 0; i < n; i++) {
        s->all[i] = i;
        const char *w = norm_of(s, i);
        s->words |= tc_verbs_word_bit(w, strlen(w));
    }
    s->extra = tc_arena_alloc(s->a, 2 * (n ? n : 1) * sizeof *s->extra);
}

/* ---- reported speech ---- */

static const char *const speech[] = {
    "say",      "tell",   "claim",    "state",       "report",  "add",      "allege",  "insist",
    "confirm",  "note",   "write",    "tweet",       "post",    "believe",  "think",   "argue",
    "explain",  "stress", "quote",    "assert",      "suggest", "indicate", "contend", "maintain",
    "announce", "reveal", "disclose", "acknowledge", "admit",   "say",      NULL};

int tc_code_according(const sctx *s, uint32_t w)
{
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) == TC_REL_CASE && !strcmp(norm_of(s, c), "according")) return 1;
    }
    return 0;
}

/* Who reports predicate f's event: the subject of a speech verb it hangs from (through
 * ccomp or parataxis, and the clauses hanging from those), or X of "according to X" on it or on the
 * sentence's root. */
int32_t tc_code_reporter_of(sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    for (int i = 0; i < fr->nobl; i++)
        if (tc_code_according(s, fr->obl[i].word))
            return tc_code_arg_mention(s, fr->obl[i].word, 2);
    uint32_t w = fr->pred;
    for (int hops = 0; hops < 4; hops++) {
        int r = rel_of(s, w);
        if (!s->tr.w[w].head || (r != TC_REL_CCOMP && r != TC_REL_PARATAXIS && r != TC_REL_ADVCL &&
                                 r != TC_REL_XCOMP && r != TC_REL_CONJ))
            break;
        uint32_t h = head_of(s, w);
        int32_t g = s->frame_of[h];
        if (g >= 0 && lemma_in(s, h, speech)) {
            const tc_frame *gf = &s->fr[g];
            for (int i = 0; i < gf->nobl; i++)
                if (tc_code_according(s, gf->obl[i].word))
                    return tc_code_arg_mention(s, gf->obl[i].word, 2);
            return tc_code_first_arg_mention(s, gf->subj, gf->nsubj);
        }
        w = h;
    }
    return NO_MENTION;
}

/* Does predicate f hang from a saying ("analysts say X will ...") or carry "according to"? */
static int told(sctx *s, size_t f)
{
    const tc_frame *fr = &s->fr[f];
    for (int i = 0; i < fr->nobl; i++)
        if (tc_code_according(s, fr->obl[i].word)) return 1;
    uint32_t w = fr->pred;
    for (int hops = 0; hops < 4 && s->tr.w[w].head; hops++) {
        int r = rel_of(s, w);
        if (r != TC_REL_CCOMP && r != TC_REL_PARATAXIS && r != TC_REL_XCOMP && r != TC_REL_CONJ)
            break;
        w = head_of(s, w);
        if (lemma_in(s, w, speech)) return 1;
    }
    return 0;
}

/* An announced act told by someone else: the act, hypothetical, not a threat. */
static void unannounce(const sctx *s, fmatch *m)
{
    tc_code_set_code(s, m, m->act);
    m->announced = 0;
    m->flags |= TC_EV_HYPOTHETICAL;
}

/* Prepositions of the place where something happens or an agent is ("police in Nairobi"). */
const char *const tc_code_place_preps[] = {"in", "inside", "throughout", "across", NULL};
/* ... and, in a sentence that names agents only ("rebels ambushed a convoy near Gao"), these */
static const char *const near_preps[] = {"near", "outside", "around", NULL};

/* The one state the sentence locates its events in: the states of its "in X" phrases (an actor:
 * a capital counts as its state; or a place of the gazetteer taken by its preposition), when
 * they are one; when it names none, the article's place. Sets s->where and s->where_name,
 * NULL when none or several. */

/* A world region ("in Europe", "in the Middle East"): a region whose code is no state's, where
 * no agent is of. */
static int world_region(const sctx *s, const tc_mention *m)
{
    return m->kind == TC_KIND_REGION && strlen(m->code) == 3 && s->c->actors &&
           !tc_actors_is_state(s->c->actors, m->code);
}

/* "fighters who ... escape to villages in Cameroon", "fled into camps in Chad": an "in X"
 * phrase on w's head (a noun whose case word is "to" or "into" on a verb of flight) is where
 * someone goes, not where the sentence's agents are or act. Is word w (a place's head) so? */
static int fled_to(const sctx *s, uint32_t w)
{
    static const char *const flight[] = {"escape", "flee",   "retreat", "withdraw", "slip",
                                         "run",    "return", "move",    "relocate", NULL};
    static const char *const toward[] = {"to", "into", "toward", "towards", NULL};
    if (!s->tr.w[w].head) return 0;
    uint32_t n = head_of(s, w);
    const char *cw = case_word(s, n);
    return s->tr.w[n].head && cw && in_words(cw, toward) && lemma_in(s, head_of(s, n), flight);
}

static void sentence_place(sctx *s)
{
    const char *code = NULL, *name = NULL, *fled = NULL;
    int several = 0;
    for (uint32_t w = 0; w < s->tr.n && !several; w++) {
        int32_t k = s->ment[w];
        if (k == NO_MENTION || !usable(&s->m[k]) || (w > 0 && s->ment[w - 1] == k) ||
            world_region(s, &s->m[k]))
            continue;
        uint32_t h = w;
        h = mention_head(s, h, k);
        const char *cw = case_word(s, h);
        if (!cw || strcmp(cw, "in")) continue;
        if (fled_to(s, h)) {
            fled = s->m[k].code;
            continue;
        }
        several = code && strncmp(code, s->m[k].code, 3);
        s->where_named = 1;
        code = s->m[k].code, name = s->m[k].name;
        s->where_tok0 = s->m[k].tok0, s->where_ntok = s->m[k].ntok;
    }
    for (size_t i = 0; i < s->npl && !several; i++) {
        const tc_place *pl = &s->pl[i];
        uint32_t t0 = pl->tok0, lo = s->lo;
        int in = 0; /* "in Peshawar", "in northern Nigeria", "near the Gaza Strip" */
        for (uint32_t k = t0; k > lo && k + 3 > t0 && !in; k--)
            in = in_words(s->t->toks[k - 1].norm, tc_code_place_preps) ||
                 (s->agents_only && in_words(s->t->toks[k - 1].norm, near_preps));
        if (!in || !pl->gp.cc3[0]) continue;
        uint32_t pw = t0 + pl->ntok - 1; /* (the place's last word, in the tree) */
        if (pw >= lo && pw - lo < s->tr.n && fled_to(s, pw - lo)) {
            fled = pl->gp.cc3;
            continue;
        }
        s->where_named = 1;
        several = code && strncmp(code, pl->gp.cc3, 3);
        if (!code) {
            code = pl->gp.cc3, name = pl->gp.name;
            s->where_tok0 = pl->tok0, s->where_ntok = pl->ntok;
        }
    }
    /* none named: the article's dateline or most named place ("police" in a story filed
       from Nairobi are Kenya's) */
    const tc_place *main = !code && s->c->places ? tc_place_doc_main(s->c->places) : NULL;
    /* not when the sentence names a place of another country ("marched through Santiago") */
    for (size_t i = 0; main && i < s->npl; i++)
        if (s->pl[i].gp.cc3[0] && strcmp(s->pl[i].gp.cc3, main->gp.cc3) != 0) main = NULL;
    /* nor the state the sentence's agents flee to ("escape to villages in Cameroon") */
    if (main && fled && !strncmp(fled, main->gp.cc3, 3)) main = NULL;
    s->where_article = main && main->gp.cc3[0];
    if (s->where_article) code = main->gp.cc3, name = main->gp.name;
    s->where = several ? NULL : code;
    s->where_name = name;
}

/* Does sentence st hold every word of pattern p? */
/* "said Berisha \"was involved in corrupt acts\"": a quotation opened after the subject of
 * the clause said is parsed with the subject apart (a ccomp or object of the speech verb) and
 * the quoted predicate with none. The subject for predicate w (a ccomp of h with no subject of
 * its own): the actor's word right before the opening quote, hung on h; else UINT32_MAX. */
static uint32_t quoted_subject(const sctx *s, uint32_t w)
{
    if (!s->tr.w[w].head || rel_of(s, w) != TC_REL_CCOMP) return UINT32_MAX;
    uint32_t h = head_of(s, w), lo = w;
    for (uint32_t j = w; j-- > 0;) {
        uint32_t a = j;
        for (int hops = 0; hops < 64 && a != w && s->tr.w[a].head; hops++) a = head_of(s, a);
        if (a == w)
            lo = j;
        else
            break;
    }
    if (lo < 2 || s->ment[lo - 2] == NO_MENTION) return UINT32_MAX;
    const char *q = norm_of(s, lo - 1);
    if (strcmp(q, "\"") && strcmp(q, "\u201c") && strcmp(q, "``")) return UINT32_MAX;
    uint32_t c = lo - 2;
    while (s->tr.w[c].head && head_of(s, c) != h && s->ment[head_of(s, c)] == s->ment[lo - 2])
        c = head_of(s, c);
    if (!s->tr.w[c].head || head_of(s, c) != h ||
        (rel_of(s, c) != TC_REL_CCOMP && rel_of(s, c) != TC_REL_OBJ &&
         !(rel_of(s, c) == TC_REL_NSUBJ && c > h))) /* (a second subject after the verb) */
        return UINT32_MAX;
    return c;
}

/* Is child c of a clause's word its negation ("not", "n't", "never", as advmod)? */
static int negation(const sctx *s, uint32_t c)
{
    return rel_of(s, c) == TC_REL_ADVMOD &&
           (word_is(s, c, "not") || word_is(s, c, "n't") || word_is(s, c, "never"));
}

/* Is child c the mark of a question ("if", "whether")? */
static int question_mark(const sctx *s, uint32_t c)
{
    return rel_of(s, c) == TC_REL_MARK && (word_is(s, c, "if") || word_is(s, c, "whether"));
}

/* "Officials said the militants were responsible", "X claimed Y was guilty": the speaker
 * accuses whom the words it says hold to account (112), when it names both and does not deny
 * it ("said Y was not responsible"). w: the adjective of the clause said. */
static void blame(sctx *s, uint32_t w)
{
    static const char *const to_account[] = {"responsible", "culpable",  "guilty",
                                             "liable",      "complicit", NULL};
    const tc_word *x = &s->tr.w[w];
    if (x->upos != TC_UPOS_ADJ || !lemma_in(s, w, to_account) || !x->head ||
        rel_of(s, w) != TC_REL_CCOMP)
        return;
    uint32_t h = head_of(s, w), subj = UINT32_MAX;
    int cop = 0, neg = 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        cop |= r == TC_REL_COP;
        neg |= negation(s, c);
        if (r == TC_REL_NSUBJ && subj == UINT32_MAX) subj = c;
    }
    if (subj == UINT32_MAX) subj = quoted_subject(s, w);
    int32_t f = s->frame_of[h];
    if (!cop || neg || subj == UINT32_MAX || f < 0 || !lemma_in(s, h, speech) || !s->fr[f].nsubj ||
        !s->c->cameo)
        return;
    int32_t src = tc_code_first_arg_mention(s, s->fr[f].subj, s->fr[f].nsubj);
    int32_t tgt = tc_code_arg_mention(s, subj, 1);
    const tc_cameo *info = tc_cameo_get(s->c->cameo, "112");
    if (src == NO_MENTION || tgt == NO_MENTION || !info) return;
    fmatch m = {.reporter = NO_MENTION, .first = h, .last = h};
    tc_code_clause_mood(s, f, &m);
    tc_code_emit_at(s, &m, h, UINT32_MAX, src, tgt, "112", info);
}

/* Wrongs a speaker can say another did, as verbs: "said Kabul was failing to rein in the
 * separatists", "said Iran is defying the Council" accuse (112) whom they are said of. */
static const char *const faults[] = {
    "fail",        "defy",        "violate", "breach",  "flout",    "undermine", "interfere",
    "meddle",      "harbor",      "harbour", "shelter", "sponsor",  "sabotage",  "obstruct",
    "destabilize", "destabilise", "provoke", "incite",  "collude",  "persecute", "oppress",
    "repress",     "mistreat",    "exploit", "rig",     "cheat",    "mislead",   "deceive",
    "stoke",       "plunder",     "loot",    "lie",     "conspire", NULL};

/* Is the word form norm (len bytes) an inflection of a verb of faults? For the parse's gate:
 * "failing", "defied", "harbors", "rigged", "lied". */
static int fault_form(const char *norm, size_t len)
{
    static const char *const ends[] = {"", "s", "es", "d", "ed", "ing", NULL};
    for (const char *const *f = faults; *f; f++) {
        if (!len || norm[0] != (*f)[0]) continue; /* (asked of every word of a sentence) */
        size_t fl = strlen(*f);
        if (len < fl - 1 || memcmp(norm, *f, fl - 1)) continue;
        const char *rest = norm + fl - 1; /* after all but the lemma's last letter */
        size_t rl = len - (fl - 1);
        char last = (*f)[fl - 1];
        for (const char *const *e = ends; *e; e++) {
            size_t el = strlen(*e);
            /* the last letter, then the ending ("fail"+"ing"); a final e or y dropped or
               changed ("provok"+"ing", "defi"+"ed", "li"+"ed"); a doubled consonant ("rigg") */
            if ((rl == 1 + el && rest[0] == last && !memcmp(rest + 1, *e, el)) ||
                (el && last == 'e' && rl == el && !memcmp(rest, *e, el) && (*e)[0] != 'e') ||
                (el && last == 'y' && rl == 1 + el && rest[0] == 'i' && !memcmp(rest + 1, *e, el) &&
                 (*e)[0] == 'e') ||
                (el && rl == 2 + el && rest[0] == last && rest[1] == last &&
                 !memcmp(rest + 2, *e, el)))
                return 1;
        }
    }
    return 0;
}

/* "X said Y was failing to ...": the speaker accuses (112) the actor the wrong is said of, when
 * the clause said has no event of its own ("said Y violated the truce" is Y's 196, reported),
 * is not denied ("said Y had not interfered") nor a question ("asked whether Y lied"). w: the
 * verb of the clause said. */
static void fault(sctx *s, uint32_t w)
{
    const tc_word *x = &s->tr.w[w];
    if (x->upos != TC_UPOS_VERB || !lemma_in(s, w, faults) || !x->head ||
        rel_of(s, w) != TC_REL_CCOMP)
        return;
    uint32_t h = head_of(s, w), subj = UINT32_MAX;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        if (negation(s, c) || question_mark(s, c)) return;
        if (r == TC_REL_NSUBJ && subj == UINT32_MAX) subj = c;
    }
    int32_t f = s->frame_of[h], fw = s->frame_of[w];
    if (subj == UINT32_MAX || f < 0 || !lemma_in(s, h, speech) || !s->fr[f].nsubj ||
        (fw >= 0 && s->fm[fw].p) || !s->c->cameo)
        return;
    int32_t src = tc_code_first_arg_mention(s, s->fr[f].subj, s->fr[f].nsubj);
    int32_t tgt = s->ment[subj] != NO_MENTION ? tc_code_arg_mention(s, subj, 1) : NO_MENTION;
    /* "said the militants conspired with Pakistan": whom those no dictionary knows colluded
       with is accused */
    static const char *const complicity[] = {"collude", "conspire", NULL};
    for (uint32_t i = s->first[w]; i < s->first[w + 1] && lemma_in(s, w, complicity) &&
                                   (tgt == NO_MENTION || !usable(mention_at(s, tgt)));
         i++) {
        uint32_t c = s->kids[i];
        const char *cw = rel_of(s, c) == TC_REL_OBL ? case_word(s, c) : NULL;
        if (cw && !strcmp(cw, "with") && s->ment[c] != NO_MENTION)
            tgt = tc_code_arg_mention(s, c, 2);
    }
    const tc_mention *ms = mention_at(s, src), *mt = mention_at(s, tgt);
    const tc_cameo *info = tc_cameo_get(s->c->cameo, "112");
    if (!ms || !mt || !usable(ms) || !usable(mt) || !strncmp(ms->code, mt->code, 3) || !info)
        return;
    /* "X and Russia failed to agree, Russia's ministry says": a failure shared with the
       speaker's own state blames no one */
    for (uint32_t i = s->first[subj]; i < s->first[subj + 1]; i++) {
        uint32_t c = s->kids[i];
        const tc_mention *mc = rel_of(s, c) == TC_REL_CONJ ? mention_at(s, s->ment[c]) : NULL;
        if (mc && usable(mc) && !strncmp(mc->code, ms->code, 3)) return;
    }
    fmatch m = {.reporter = NO_MENTION, .first = w, .last = w};
    tc_code_clause_mood(s, f, &m);
    tc_code_emit_at(s, &m, w, h, src, tgt, "112", info);
}

/* What a speaker can say another actor is, with no verb of an act: hostility or wrongdoing
 * (adjectives: "said Russia is hostile", "contended that the EU is one of the most hostile and
 * abusive authorities") criticizes (111); a danger ("said Iran poses a threat to the region",
 * "said the militia is a menace") or an act's author ("said Iran was behind the attack") accuses
 * (112). */
/* (the words of hostility: the use "hostile" of the judgment list, data/verbs.txt) */
static const char *const dangers[] = {"threat", "menace", "danger", NULL};
static const char *const posing[] = {"pose", "represent", "constitute", "present", NULL};
static const char *const deeds[] = {
    "attack",     "attacks",       "plot",     "bombing",     "bombings", "killing",
    "killings",   "assassination", "coup",     "strike",      "strikes",  "explosion",
    "blast",      "hack",          "hacking",  "cyberattack", "sabotage", "massacre",
    "kidnapping", "abduction",     "campaign", "violence",    "unrest",   "riots",
    "uprising",   "ambush",        "raid",     "rigging",     "fraud",    NULL};

/* The mood of the verbal act of frame f itself (not of a clause it governs: a 112 or 13x
 * pattern's governor flag is its content's), into m: its negation, modal or future tense, an
 * unasserted governor over it, its reporter. */
static void own_mood(sctx *s, int32_t f, fmatch *m)
{
    const tc_frame *fa = &s->fr[f];
    m->reporter = tc_code_reporter_of(s, (size_t)f);
    if (fa->flags & TC_FR_NEGATED) m->flags |= TC_EV_NEGATED;
    if (fa->flags & (TC_FR_MODAL | TC_FR_FUTURE) || fa->gov_rel == TC_REL_XCOMP)
        m->flags |= TC_EV_HYPOTHETICAL; /* "plans to allege" */
    if (fa->gov != TC_FRAME_NONE && s->frame_of[fa->gov] >= 0)
        m->flags |= s->fm[s->frame_of[fa->gov]].flags & TC_EV_NOT_EVENT;
    if (m->reporter != NO_MENTION) m->flags |= TC_EV_REPORTED;
}

/* Wrongs an actor can be said to be involved in ("said X was involved in corruption / the
 * plot"): the acts of deeds, and these. */
static const char *const wrongs[] = {
    "corruption",       "crime",        "fraud",     "bribery",    "terrorism",  "smuggling",
    "trafficking",      "espionage",    "spying",    "laundering", "scheme",     "conspiracy",
    "atrocity",         "torture",      "genocide",  "abuse",      "misconduct", "embezzlement",
    "misappropriation", "interference", "war crime", NULL};

/* Does word w have a child of relation rel whose lemma is in list? Its index, or UINT32_MAX. */
static uint32_t kid_in(const sctx *s, uint32_t w, int rel, const char *const *list)
{
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++)
        if (rel_of(s, s->kids[i]) == rel && lemma_in(s, s->kids[i], list)) return s->kids[i];
    return UINT32_MAX;
}

/* Does word w have a child of relation rel that is a word of hostility? Its index, or
 * UINT32_MAX. */
static uint32_t hostile_kid(const sctx *s, uint32_t w, int rel)
{
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        const char *l = s->tr.w[s->kids[i]].lemma;
        if (rel_of(s, s->kids[i]) == rel && tc_code_listed(s->c, "hostile", l, strlen(l)))
            return s->kids[i];
    }
    return UINT32_MAX;
}

/* Does noun n bear a word of hostility: an adjective on it, or one the parse hangs one step
 * lower, on another of its modifiers ("the most hostile[advmod of taxing] taxing authorities",
 * post17)? */
static int hostile_mod(const sctx *s, uint32_t n)
{
    if (hostile_kid(s, n, TC_REL_AMOD) != UINT32_MAX) return 1;
    for (uint32_t i = s->first[n]; i < s->first[n + 1]; i++) {
        uint32_t c = s->kids[i];
        if (c > n || (rel_of(s, c) != TC_REL_AMOD && rel_of(s, c) != TC_REL_COMPOUND)) continue;
        if (hostile_kid(s, c, TC_REL_ADVMOD) != UINT32_MAX ||
            hostile_kid(s, c, TC_REL_AMOD) != UINT32_MAX)
            return 1;
    }
    return 0;
}

/* Verbs of authorship: "said the attack was orchestrated by X" names X the act's author, as
 * "said X was behind the attack" does (flags20). */
static const char *const authoring[] = {"orchestrate", "mastermind", "engineer", "plan",
                                        "direct",      "instigate",  "order",    NULL};

/* Is norm[0..len) the past participle of a verb of authorship (for the parse's gate)? */
static int authored_form(const char *norm, size_t len)
{
    static const char *const forms[] = {"orchestrated", "masterminded", "engineered", "planned",
                                        "directed",     "instigated",   "ordered",    NULL};
    for (const char *const *f = forms; *f; f++)
        if (len && (*f)[0] == norm[0] && strlen(*f) == len && !memcmp(*f, norm, len)) return 1;
    return 0;
}

/* Is norm[0..len) a word charge reads (for the parse's gate)? */
static int charge_word(const tc_coder *c, const char *norm, size_t len)
{
    for (const char *const *a = dangers; *a; a++)
        if (len && (*a)[0] == norm[0] && strlen(*a) == len && !memcmp(*a, norm, len))
            return 1; /* (the first letter first: asked of most words of every sentence) */
    if (tc_code_listed(c, "hostile", norm, len)) return 1;
    return (len == 6 && !memcmp(norm, "behind", 6)) ||
           (len == 9 && !memcmp(norm, "complicit", 9)) ||
           (len == 8 && !memcmp(norm, "involved", 8)) || (len >= 6 && !memcmp(norm, "alleg", 5)) ||
           (len == 4 && !memcmp(norm, "face", 4)) || authored_form(norm, len);
}

/* "said X was involved in corruption / in the attack": w, the participle of the clause said;
 * an involvement in a wrong or an act of force (its "in" phrase), or "corrupt / criminal acts". */
static int involved_in_wrong(const sctx *s, uint32_t w)
{
    if (strcmp(s->tr.w[w].lemma, "involved") && strcmp(s->tr.w[w].lemma, "involve")) return 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        const char *cw = case_word(s, c);
        if ((rel_of(s, c) != TC_REL_OBL && rel_of(s, c) != TC_REL_NMOD) || !cw || strcmp(cw, "in"))
            continue;
        if (lemma_in(s, c, deeds) || lemma_in(s, c, wrongs)) return 1;
        static const char *const bad[] = {"corrupt", "criminal", "terrorist", "illegal", NULL};
        if (lemma_in(s, c, (const char *const[]){"act", "activity", "practice", "deal", NULL}) &&
            kid_in(s, c, TC_REL_AMOD, bad) != UINT32_MAX)
            return 1;
    }
    return 0;
}

/* "'X has violated the deal,' the Taliban chief alleged": the word "alleged" or "alleges" that
 * follows the quotation holding word w, after its closing quote with only the speaker's words
 * between ("the rebel commander", "Congo's army"), or UINT32_MAX. The words are read rather
 * than the tree, which often makes such an "alleged" a participle of the speaker. */
uint32_t tc_code_alleging(const sctx *s, uint32_t w)
{
    /* (asked of every word: the "alleged" past a closing quote past w comes first, the tags'
       names are compared only in a sentence that has one) */
    int said = 0;
    for (uint32_t k = w + 2; k < s->tr.n && !said; k++)
        said = word_is(s, k, "alleged") || word_is(s, k, "alleges");
    if (!said) return UINT32_MAX;
    /* (the tagger may tag a closing quote as an opening one: the marks around w) */
    uint32_t open = UINT32_MAX, close = UINT32_MAX;
    for (uint32_t k = 0; k < s->tr.n; k++) {
        const char *x = tc_parse_xpos_name(s->c->parser, s->tr.w[k].xpos);
        if (strcmp(x, "``") && strcmp(x, "''")) continue;
        if (k < w) open = k;
        if (k > w && close == UINT32_MAX) close = k;
    }
    if (open == UINT32_MAX || close == UINT32_MAX) return UINT32_MAX;
    for (uint32_t k = close + 1, n = 0; k < s->tr.n && n < 8; k++, n++) {
        if (word_is(s, k, "alleged") || word_is(s, k, "alleges")) return n > 0 ? k : UINT32_MAX;
        int u = s->tr.w[k].upos;
        if (u != TC_UPOS_NOUN && u != TC_UPOS_PROPN && u != TC_UPOS_DET && u != TC_UPOS_ADJ &&
            u != TC_UPOS_PART && u != TC_UPOS_PUNCT && u != TC_UPOS_PRON)
            return UINT32_MAX;
        if (u == TC_UPOS_PUNCT && !word_is(s, k, ",") && k > close + 1) return UINT32_MAX;
    }
    return UINT32_MAX;
}

/* "Rights groups alleged that the government had blocked the lawyers": an allegation is an
 * accusation (112) of the clause's subject, what the clause tells (its own event, if any, is
 * flagged as not asserted). w: the verb of the clause alleged. Not a passive's subject (the
 * victim: "alleged that detainees were beaten"), not an allegation denied ("did not allege"),
 * not the accuser's own state; a negated content is alleged as well ("alleged X had not paid"). */
static void alleged(sctx *s, uint32_t w)
{
    uint32_t h = tc_code_alleging(s, w), subj = UINT32_MAX;
    int quoted = h != UINT32_MAX; /* the saying hung on the quotation it follows */
    if (h == UINT32_MAX && s->tr.w[w].head && rel_of(s, w) == TC_REL_CCOMP) h = head_of(s, w);
    if (h == UINT32_MAX) return;
    if (strcmp(s->tr.w[h].lemma, "allege") && strcmp(s->tr.w[h].lemma, "charge")) return;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        /* (a negated content is alleged all the same: "alleges X has not kept its word") */
        if (r == TC_REL_NSUBJ_PASS || r == TC_REL_AUX_PASS || question_mark(s, c)) return;
        if (r == TC_REL_NSUBJ && subj == UINT32_MAX) subj = c;
    }
    int32_t f = s->frame_of[h];
    if (subj == UINT32_MAX || s->ment[subj] == NO_MENTION || f < 0 || !s->fr[f].nsubj ||
        !s->c->cameo)
        return;
    for (uint32_t i = s->first[h]; i < s->first[h + 1]; i++) /* "did not allege" */
        if (rel_of(s, s->kids[i]) == TC_REL_ADVMOD &&
            (word_is(s, s->kids[i], "not") || word_is(s, s->kids[i], "n't")))
            return;
    int32_t src = tc_code_first_arg_mention(s, s->fr[f].subj, s->fr[f].nsubj);
    int32_t tgt = tc_code_arg_mention(s, subj, 1);
    const tc_mention *ms = mention_at(s, src), *mt = mention_at(s, tgt);
    const tc_cameo *info = tc_cameo_get(s->c->cameo, "112");
    if (!ms || !mt || !usable(ms) || !usable(mt) || !strncmp(ms->code, mt->code, 3) || !info)
        return;
    /* the allegation's own mood (allege's pattern, 112, makes what it governs unasserted, and
       its frame's mood is read as an allegation's content): its tense, negation and governor */
    fmatch m = {.first = h, .last = h};
    own_mood(s, f, &m);
    /* (what the quotation says is alleged, the saying is not: its own modal or future only) */
    if (quoted && !(s->fr[f].flags & (TC_FR_MODAL | TC_FR_FUTURE)))
        m.flags &= ~(unsigned)TC_EV_HYPOTHETICAL;
    /* the allege pattern's own event, aimed by the clause it governs, took that clause's mood
       (what is alleged is not asserted): the allegation is, when its own mood says so */
    tc_event *ev = *s->out;
    for (size_t i = *s->nout; i > 0 && ev[i - 1].sent == s->sent; i--)
        if (!strcmp(ev[i - 1].src.code, ms->code) && !strcmp(ev[i - 1].tgt.code, mt->code) &&
            !strcmp(ev[i - 1].cameo, "112") && !(m.flags & TC_EV_NOT_EVENT) &&
            !(ev[i - 1].flags & TC_EV_NEGATED))
            ev[i - 1].flags &= ~(unsigned)TC_EV_HYPOTHETICAL;
    tc_code_emit_at(s, &m, h, UINT32_MAX, src, tgt, "112", info);
}

/* "cut ties with Kenya for allegedly meddling in its affairs", "expelled Togo's ambassador for
 * allegedly spying" (session of 2026-12-07, the twelfth: recall12): an act against another
 * (a rejection, threat, protest or cut in relations: 12x-16x) done "for" what the target
 * "allegedly" did accuses the target of it (112, the act's source on its target). Not
 * criticism or accusation itself (11x codes it), not arrests or force (17x-20x). w: the
 * gerund. */
static void for_alleged(sctx *s, uint32_t w)
{
    /* (a gerund clause, or an -ing noun: "for[case] allegedly spying[obl]") */
    if (!s->tr.w[w].head || (rel_of(s, w) != TC_REL_ADVCL && rel_of(s, w) != TC_REL_OBL) ||
        !s->c->cameo)
        return;
    int marked = 0, alleged_word = 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        /* (the parse may read "over" as an adverb) */
        marked |= c < w && (word_is(s, c, "for") || word_is(s, c, "over"));
        alleged_word |= rel_of(s, c) == TC_REL_ADVMOD && word_is(s, c, "allegedly");
        if (rel_of(s, c) == TC_REL_NSUBJ || rel_of(s, c) == TC_REL_NSUBJ_PASS) return;
    }
    uint32_t h = head_of(s, w);
    int32_t g = s->frame_of[h];
    if (!marked || !alleged_word || g < 0 || !s->fm[g].p) return;
    int root = code_root(s->fm[g].code);
    if (root < 12 || root > 16) return;
    int32_t src[4], tgt[4];
    size_t ns = tc_code_sources(s, (size_t)g, src, 4), nt = tc_code_targets(s, (size_t)g, tgt, 4);
    const tc_cameo *info = tc_cameo_get(s->c->cameo, "112");
    if (!ns || !nt || !info) return;
    fmatch m = {.first = w, .last = w};
    own_mood(s, g, &m);
    for (size_t a = 0; a < ns; a++)
        for (size_t b = 0; b < nt; b++) {
            const tc_mention *ms = mention_at(s, src[a]), *mt = mention_at(s, tgt[b]);
            if (ms && mt && usable(ms) && usable(mt) && strncmp(ms->code, mt->code, 3))
                tc_code_emit_at(s, &m, w, h, src[a], tgt[b], "112", info);
        }
}

/* "..., according to prosecutors": w's nmod or oblique that names the source of a charge, or
 * UINT32_MAX (the last when several). */
static uint32_t according_kid(sctx *s, uint32_t w)
{
    uint32_t by = UINT32_MAX;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++)
        if ((rel_of(s, s->kids[i]) == TC_REL_NMOD || rel_of(s, s->kids[i]) == TC_REL_OBL) &&
            tc_code_according(s, s->kids[i]))
            by = s->kids[i];
    return by;
}

/* Is w the head of a clause said: a ccomp, "said X was to blame" (parsed as a ccomp or an xcomp
 * with an outer subject), or a "that" clause the parse hangs as an adverbial clause when a
 * phrase stands between it and its verb ("contended in a post on ... that the EU is ...";
 * post17)? */
static int charged_clause(sctx *s, uint32_t w)
{
    const tc_word *x = &s->tr.w[w];
    if (!x->head) return 0;
    if (rel_of(s, w) == TC_REL_CCOMP) return 1;
    if (!strcmp(x->lemma, "blame") && rel_of(s, w) == TC_REL_XCOMP) return 1;
    int that_advcl = 0;
    if (rel_of(s, w) == TC_REL_ADVCL)
        for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++)
            that_advcl |= rel_of(s, s->kids[i]) == TC_REL_MARK && word_is(s, s->kids[i], "that");
    return that_advcl;
}

/* The charge a verb said makes: "said Iran poses a threat" (not "poses no threat") and "said
 * Russia was to blame for the attack" (*blamed set) accuse (112); NULL when none. */
static const char *verb_charge(sctx *s, uint32_t w, int *blamed)
{
    const char *code = NULL;
    uint32_t o = kid_in(s, w, TC_REL_OBJ, dangers);
    int none = 0; /* "poses no threat" */
    for (uint32_t i = o != UINT32_MAX ? s->first[o] : 0; o != UINT32_MAX && i < s->first[o + 1];
         i++)
        none |= rel_of(s, s->kids[i]) == TC_REL_DET && word_is(s, s->kids[i], "no");
    if (lemma_in(s, w, posing) && o != UINT32_MAX && !none) code = "112";
    int to = 0, be = 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        to |= rel_of(s, s->kids[i]) == TC_REL_MARK && word_is(s, s->kids[i], "to");
        be |= (rel_of(s, s->kids[i]) == TC_REL_COP || rel_of(s, s->kids[i]) == TC_REL_AUX) &&
              !strcmp(s->tr.w[s->kids[i]].lemma, "be");
    }
    if (!strcmp(s->tr.w[w].lemma, "blame") && to && be) code = "112", *blamed = 1;
    return code;
}

/* The charge a predicate noun said makes: "was behind the attack" and "is a threat" accuse
 * (112), "is a hostile power" and "one of the most hostile authorities" criticize (111); NULL
 * when none. */
static const char *noun_charge(sctx *s, uint32_t w)
{
    const tc_word *x = &s->tr.w[w];
    const char *code = NULL;
    int behind = 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++)
        behind |= rel_of(s, s->kids[i]) == TC_REL_CASE && word_is(s, s->kids[i], "behind");
    if (behind && x->upos == TC_UPOS_NOUN && lemma_in(s, w, deeds))
        code = "112";
    else if (!behind && lemma_in(s, w, dangers))
        code = "112";
    else if (!behind && hostile_mod(s, w))
        code = "111";
    else if (!behind && !strcmp(x->lemma, "one")) /* "one of the most hostile authorities" */
        for (uint32_t i = s->first[w]; i < s->first[w + 1] && !code; i++)
            if ((rel_of(s, s->kids[i]) == TC_REL_NMOD ||
                 (rel_of(s, s->kids[i]) == TC_REL_ACL && s->kids[i] > w &&
                  word_is(s, w + 1, "of"))) &&
                hostile_mod(s, s->kids[i]))
                code = "111"; /* (a long one the parse makes a clause: "one of[mark] the most
                                 hostile[amod] taxing[acl] and tariffing authorities") */
    return code;
}

/* "said the attack was orchestrated / masterminded by X": w, a passive verb of authorship whose
 * subject is an act of force (deeds); its agent X, the accused, or UINT32_MAX (flags20). */
static uint32_t authored_by(const sctx *s, uint32_t w)
{
    if (s->tr.w[w].upos != TC_UPOS_VERB || !lemma_in(s, w, authoring)) return UINT32_MAX;
    uint32_t agent = UINT32_MAX;
    int deed = 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) == TC_REL_NSUBJ_PASS && lemma_in(s, c, deeds)) deed = 1;
        if (rel_of(s, c) == TC_REL_OBL_AGENT && agent == UINT32_MAX) agent = c;
    }
    return deed ? agent : UINT32_MAX;
}

/* Does verb h tell what its subject says: a speech verb, or one repeating a saying
 * ("reiterated the claim that", "repeated that"), whose object, if any, is a claim (not
 * "reiterated its denial that")? (flags20) */
static int says(const sctx *s, uint32_t h)
{
    static const char *const repeats[] = {"reiterate", "repeat", "renew", "echo", NULL};
    static const char *const claims[] = {"claim",     "accusation", "allegation",
                                         "assertion", "charge",     NULL};
    if (lemma_in(s, h, speech)) return 1;
    if (!lemma_in(s, h, repeats)) return 0;
    for (uint32_t i = s->first[h]; i < s->first[h + 1]; i++)
        if (rel_of(s, s->kids[i]) == TC_REL_OBJ && !lemma_in(s, s->kids[i], claims)) return 0;
    return 1;
}

/* "reiterated the claim that the raid was planned by X": w, the verb of a "that" clause on a
 * claim noun, the object of a verb that says it; that verb, or UINT32_MAX (flags20). */
static uint32_t claim_content(const sctx *s, uint32_t w)
{
    static const char *const claims[] = {"claim", "accusation", "allegation", "assertion", NULL};
    static const char *const that[] = {"that", NULL};
    if (!s->tr.w[w].head || rel_of(s, w) != TC_REL_ACL ||
        kid_in(s, w, TC_REL_MARK, that) == UINT32_MAX)
        return UINT32_MAX;
    uint32_t n = head_of(s, w);
    if (!lemma_in(s, n, claims) || rel_of(s, n) != TC_REL_OBJ || !s->tr.w[n].head)
        return UINT32_MAX;
    uint32_t v = head_of(s, n);
    return says(s, v) ? v : UINT32_MAX;
}

/* "X said Y is hostile / poses a threat / was behind the attack": w, the head of the clause
 * said; the speaker criticizes or accuses the actor Y, unless denied or asked. */
static void charge(sctx *s, uint32_t w)
{
    const tc_word *x = &s->tr.w[w];
    uint32_t by = according_kid(s, w); /* "..., according to prosecutors" */
    uint32_t claimed = claim_content(s, w);
    if (by == UINT32_MAX && claimed == UINT32_MAX && !charged_clause(s, w)) return;
    uint32_t h = claimed != UINT32_MAX ? claimed : head_of(s, w), subj = UINT32_MAX;
    int cop = 0;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        int r = rel_of(s, c);
        if (negation(s, c) || question_mark(s, c)) return;
        cop |= r == TC_REL_COP;
        if ((r == TC_REL_NSUBJ || r == TC_REL_NSUBJ_OUTER) && subj == UINT32_MAX) subj = c;
    }
    if (subj == UINT32_MAX) subj = quoted_subject(s, w);
    const char *code = NULL;
    int blamed = 0;
    uint32_t author = authored_by(s, w);
    if (author != UINT32_MAX) {
        code = "112", subj = author;
    } else if (x->upos == TC_UPOS_VERB) {
        code = verb_charge(s, w, &blamed);
    } else if (cop && x->upos == TC_UPOS_ADJ) {
        if (tc_code_listed(s->c, "hostile", s->tr.w[w].lemma, strlen(s->tr.w[w].lemma)))
            code = "111";
        else if (involved_in_wrong(s, w))
            code = "112";
    } else if (cop &&
               (x->upos == TC_UPOS_NOUN || x->upos == TC_UPOS_NUM || x->upos == TC_UPOS_PRON)) {
        code = noun_charge(s, w);
    }
    int32_t f = by == UINT32_MAX ? s->frame_of[h] : s->frame_of[w], fw = s->frame_of[w];
    if (!code || subj == UINT32_MAX || s->ment[subj] == NO_MENTION ||
        (by == UINT32_MAX && (f < 0 || !says(s, h) || !s->fr[f].nsubj)) ||
        (fw >= 0 && s->fm[fw].p && !blamed) || !s->c->cameo)
        return;
    int32_t src = by != UINT32_MAX ? tc_code_arg_mention(s, by, 2)
                                   : tc_code_first_arg_mention(s, s->fr[f].subj, s->fr[f].nsubj);
    int32_t tgt = tc_code_arg_mention(s, subj, 1);
    const tc_mention *ms = mention_at(s, src), *mt = mention_at(s, tgt);
    const tc_cameo *info = tc_cameo_get(s->c->cameo, code);
    if (!ms || !mt || !usable(ms) || !usable(mt) || !strncmp(ms->code, mt->code, 3) || !info)
        return;
    fmatch m = {.reporter = NO_MENTION, .first = w, .last = w};
    if (f >= 0) tc_code_clause_mood(s, f, &m);
    tc_code_emit_at(s, &m, w, by == UINT32_MAX ? h : UINT32_MAX, src, tgt, code, info);
}

/* "x y": the normalised words of token x and the next one joined by a space, into buf of
 * size cap; its length, 0 when either is punctuation or they do not fit. */
static size_t word_pair(const tc_token *x, char *buf, size_t cap)
{
    const tc_token *y = x + 1;
    if (x->nlen + y->nlen + 1 >= cap || (x->flags & TC_TOK_PUNCT) || (y->flags & TC_TOK_PUNCT))
        return 0;
    memcpy(buf, x->norm, x->nlen);
    buf[x->nlen] = ' ';
    memcpy(buf + x->nlen + 1, y->norm, y->nlen);
    return x->nlen + 1 + y->nlen;
}

/* Does sentence st hold the word w (normalised form)? */
static int words_hold(const tc_text *t, const tc_sentence *st, const char *w)
{
    size_t len = strlen(w);
    for (uint32_t i = st->tok0; i < st->tok0 + st->ntok; i++)
        if (t->toks[i].nlen == len && !memcmp(t->toks[i].norm, w, len)) return 1;
    return 0;
}

static int words_in(const tc_text *t, const tc_sentence *st, const tc_vpattern *p)
{
    for (int side = 0; side < 2; side++) {
        const tc_pelem *e = side ? p->post : p->pre;
        for (int k = 0; k < (side ? p->npost : p->npre); k++) {
            if (e[k].kind != TC_EL_WORD || tc_verbs_class(e[k].w)) continue;
            size_t len = strlen(e[k].w);
            int found = 0;
            for (uint32_t i = st->tok0; i < st->tok0 + st->ntok && !found; i++)
                found = t->toks[i].nlen == len && (!len || t->toks[i].norm[0] == e[k].w[0]) &&
                        !memcmp(t->toks[i].norm, e[k].w, len);
            if (!found) return 0;
        }
    }
    return 1;
}

/* Is the sentence worth a parse: an actor, and a word that starts a pattern of the verb
 * dictionary with the pattern's other words in the sentence? */
static int worth_parsing(const tc_coder *c, const tc_text *t, uint32_t sent, const tc_mention *m,
                         size_t nm)
{
    const tc_sentence *st = &t->sents[sent];
    /* agents alone: maybe placed by the sentence (tc_code_frame decides); a state's adjective
       on a thing may make it the state's ("Chinese ships fired water cannon at ...") */
    int adjective = 0;
    for (uint32_t i = st->tok0; !nm && !adjective && c->actors && i < st->tok0 + st->ntok; i++)
        adjective = (t->toks[i].flags & TC_TOK_CAP) &&
                    tc_actors_adj_state(c->actors, t->toks[i].norm, t->toks[i].nlen);
    if (!nm && !adjective) return 0;
    uint64_t words = 0;
    for (uint32_t i = st->tok0; i < st->tok0 + st->ntok; i++)
        words |= tc_verbs_word_bit(t->toks[i].norm, t->toks[i].nlen);
    for (uint32_t i = st->tok0; i < st->tok0 + st->ntok; i++) {
        const tc_token *k = &t->toks[i];
        if (k->flags & TC_TOK_PUNCT) continue;
        if ((k->nlen == 4 && !memcmp(k->norm, "must", 4)) ||
            (k->nlen == 6 && !memcmp(k->norm, "should", 6)) ||
            (k->nlen == 11 && !memcmp(k->norm, "responsible", 11)))
            return 1;
        /* "said it would respond if X ...": an answer threatened on a condition (critic17) */
        if (((k->nlen == 7 && !memcmp(k->norm, "respond", 7)) ||
             (k->nlen == 5 && !memcmp(k->norm, "react", 5))) &&
            (words_hold(t, st, "if") || words_hold(t, st, "unless")))
            return 1;
        /* "needs to", "has to": what a speaker says another must do */
        if (i + 1 < st->tok0 + st->ntok && t->toks[i + 1].nlen == 2 &&
            !memcmp(t->toks[i + 1].norm, "to", 2) &&
            ((k->nlen == 4 && (!memcmp(k->norm, "need", 4) || !memcmp(k->norm, "have", 4))) ||
             (k->nlen == 5 && !memcmp(k->norm, "needs", 5)) ||
             (k->nlen == 3 && !memcmp(k->norm, "has", 3))))
            return 1;
        /* a pattern this word starts whose other words the sentence holds, in any order (the
           parse is most of the coder's time: "said" alone parses nothing) */
        for (const tc_vform *vf = tc_verbs_lookup(c->verbs, k->norm, k->nlen); vf; vf = vf->next) {
            if (vf->words & ~words) continue;
            const tc_vpattern *p = tc_verbs_pattern(c->verbs, vf->pattern);
            if (!p->nocode && words_in(t, st, p)) return 1;
        }
        /* "tear-gassed": a word joined by a hyphen to the one before, read closed ("teargassed",
           the coder's joined_verb) */
        const tc_token *hy = i >= st->tok0 + 2 ? k - 1 : k, *x = i >= st->tok0 + 2 ? k - 2 : k;
        char joined[64];
        if (hy != k && hy->len == 1 && t->text[hy->off] == '-' && hy->off == x->off + x->len &&
            k->off == hy->off + 1 && x->nlen + k->nlen < sizeof joined) {
            memcpy(joined, x->norm, x->nlen);
            memcpy(joined + x->nlen, k->norm, k->nlen);
            if (tc_verbs_lookup(c->verbs, joined, x->nlen + k->nlen)) return 1;
        }
    }
    /* "the invasion of X", "began the deportation of ...": an event noun of another form; "said
       X was unjustified" (after the patterns: most sentences parsed have one) */
    for (uint32_t i = st->tok0; i < st->tok0 + st->ntok; i++) {
        const tc_token *k = &t->toks[i];
        if (!(k->flags & TC_TOK_PUNCT) &&
            (tc_code_deverbal(k->norm, k->nlen) || tc_code_judging_word(c, k->norm, k->nlen) ||
             tc_code_speech_noun(k->norm, k->nlen) || fault_form(k->norm, k->nlen) ||
             charge_word(c, k->norm, k->nlen)))
            return 1;
    }
    return 0;
}

/* The word of the sentence at byte offset off, or UINT32_MAX. */
static uint32_t word_at(const sctx *s, uint32_t off)
{
    for (uint32_t w = 0; w < s->tr.n; w++)
        if (s->t->toks[s->lo + w].off == off) return w;
    return UINT32_MAX;
}

/* The verb whose toll the present participle v tells, or UINT32_MAX: its head when v is an
 * adverbial clause ("shelled Kherson, wounding five"), through a participle it is coordinated
 * with ("hitting power plants and wounding ten"); when that head is the verb of saying the
 * act is reported by ("X shelled Y, officials said, wounding five"), the act said. */
static uint32_t toll_of(const sctx *s, uint32_t v)
{
    static const char *const sayings[] = {"say", "report", "tell", "add", NULL};
    if (strcmp(tc_parse_xpos_name(s->c->parser, s->tr.w[v].xpos), "VBG")) return UINT32_MAX;
    uint32_t h = head_of(s, v);
    if (rel_of(s, v) == TC_REL_CONJ && h != v &&
        !strcmp(tc_parse_xpos_name(s->c->parser, s->tr.w[h].xpos), "VBG"))
        v = h;
    if (rel_of(s, v) != TC_REL_ADVCL) return UINT32_MAX;
    uint32_t g = head_of(s, v);
    if (g == v || !lemma_in(s, g, sayings)) return g;
    for (uint32_t k = s->first[g]; k < s->first[g + 1]; k++)
        if (rel_of(s, s->kids[k]) == TC_REL_CCOMP && s->kids[k] < v) return s->kids[k];
    return g;
}

/* "carried out airstrikes on a village, killing 30 people", "shelled Kherson, wounding five":
 * the harm a participle of the same actors' force tells is that force's toll, one event: its
 * victims are the force's target when it has none or only their state (victims no dictionary
 * codes leave the force's target as it is); events from `from` on are this sentence's. */
static void merge_toll(sctx *s, size_t from)
{
    /* (and "inflicting heavy losses on X": the force's toll too; branch past10) */
    static const char *const harms[] = {"kill", "wound", "injure", "maim", "inflict", NULL};
    tc_event *ev = *s->out;
    for (size_t i = from; i < *s->nout; i++) {
        uint32_t v = word_at(s, ev[i].verb.off);
        if (v == UINT32_MAX || code_root(ev[i].cameo) < 18 || code_root(ev[i].cameo) > 19 ||
            !lemma_in(s, v, harms))
            continue;
        uint32_t g = toll_of(s, v);
        if (g == UINT32_MAX) continue;
        for (size_t j = from; j < *s->nout; j++) {
            /* (victims no dictionary codes, "killing three", are the force's own target's; the
               force aimed at the victims themselves is one event with their killing) */
            if (j == i || code_root(ev[j].cameo) < 18 || word_at(s, ev[j].verb.off) != g ||
                strcmp(ev[j].src.code, ev[i].src.code) != 0 ||
                (ev[j].tgt.code[0] && ev[i].tgt.code[0] &&
                 strcmp(ev[j].tgt.code, ev[i].tgt.code) != 0 &&
                 (strlen(ev[j].tgt.code) != 3 || strncmp(ev[j].tgt.code, ev[i].tgt.code, 3) != 0)))
                continue;
            /* (the force's own target named as the victims' is kept, with its words) */
            if (ev[i].tgt.code[0] && strcmp(ev[j].tgt.code, ev[i].tgt.code) != 0)
                ev[j].tgt = ev[i].tgt;
            /* "gunmen stormed a village, killing nine farmers": plain force whose toll is a
               killing is that killing (18x), as "gunmen killed nine farmers" */
            if (!strcmp(ev[j].cameo, "190") && code_root(ev[i].cameo) == 18 && ev[i].tgt.code[0]) {
                memcpy(ev[j].cameo, ev[i].cameo, sizeof ev[j].cameo);
                ev[j].info = ev[i].info;
            }
            memmove(&ev[i], &ev[i + 1], (*s->nout - i - 1) * sizeof *ev);
            (*s->nout)--;
            s->added--;
            i--;
            break;
        }
    }
}

/* "Protesters stormed and set fire to the embassy": a verb with no target of its own right
 * before "and" and the verb it is coordinated with shares that verb's object (the parse hangs
 * the object on the second alone). Its targetless event takes the second's target, or, of the
 * same code, is that event (one act told twice); events from `from` on are this sentence's. */
static void share_raised_object(sctx *s, size_t from)
{
    tc_event *ev = *s->out;
    for (size_t i = from; i < *s->nout; i++) {
        uint32_t v = word_at(s, ev[i].verb.off);
        if (ev[i].tgt.code[0] || v == UINT32_MAX || v + 2 >= s->tr.n ||
            (!word_is(s, v + 1, "and") && !word_is(s, v + 1, "or")) ||
            rel_of(s, v + 2) != TC_REL_CONJ || head_of(s, v + 2) != v)
            continue;
        for (size_t j = from; j < *s->nout; j++) {
            if (j == i || !ev[j].tgt.code[0] || word_at(s, ev[j].verb.off) != v + 2 ||
                strcmp(ev[j].src.code, ev[i].src.code) != 0)
                continue;
            if (strcmp(ev[j].cameo, ev[i].cameo) != 0) {
                ev[i].tgt = ev[j].tgt;
                break;
            }
            memmove(&ev[i], &ev[i + 1], (*s->nout - i - 1) * sizeof *ev);
            (*s->nout)--;
            s->added--;
            i--;
            break;
        }
    }
}

/* The threat (13x) a punishment noun names: sanctions, tariffs, penalties, an embargo 1312;
 * force, war, strikes, military action 138; consequences, repercussions, retaliation,
 * measures, isolation 130; NULL for others. */
static const char *punishment(const char *norm)
{
    static const char *const sanctions[] = {"sanction", "sanctions", "tariff",  "tariffs",
                                            "penalty",  "penalties", "embargo", NULL};
    static const char *const force[] = {"force",   "war",      "strike", "strikes", "attack",
                                        "attacks", "military", "action", NULL};
    static const char *const other[] = {
        "consequences", "consequence", "repercussions", "retaliation", "measures",
        "isolation",    NULL};
    return in_words(norm, sanctions) ? "1312"
           : in_words(norm, force)   ? "138"
           : in_words(norm, other)   ? "130"
                                     : NULL;
}

/* "The EU warned that Russia would face new sanctions", "Germany said Russia will face
 * consequences": what a speaker says another will face, a punishment, is a threat (13x, by
 * punishment) on them, told in the future (will, would) and not denied; not the speaker's
 * own fate. w: the verb "face" of the clause said. A warning's own event to the same target
 * (130) gives way to the refined one. */
static void faced(sctx *s, uint32_t w)
{
    static const char *const tellers[] = {"say",     "warn",    "tell",   "state", "add",
                                          "caution", "declare", "stress", NULL};
    if (strcmp(s->tr.w[w].lemma, "face") || !s->tr.w[w].head || rel_of(s, w) != TC_REL_CCOMP)
        return;
    uint32_t h = head_of(s, w), subj = UINT32_MAX;
    int32_t f = s->frame_of[h], fw = s->frame_of[w];
    if (f < 0 || fw < 0 || !lemma_in(s, h, tellers) || !s->fr[f].nsubj ||
        !(s->fr[fw].flags & (TC_FR_FUTURE | TC_FR_MODAL)) || (s->fr[fw].flags & TC_FR_NEGATED) ||
        !s->c->cameo)
        return;
    const char *code = NULL;
    for (uint32_t i = s->first[w]; i < s->first[w + 1]; i++) {
        uint32_t c = s->kids[i];
        if (rel_of(s, c) == TC_REL_NSUBJ && subj == UINT32_MAX) subj = c;
        if (rel_of(s, c) == TC_REL_OBJ && !code) code = punishment(norm_of(s, c));
        if (rel_of(s, c) == TC_REL_MARK && word_is(s, c, "whether")) return;
    }
    if (!code || subj == UINT32_MAX) return;
    int32_t src = tc_code_first_arg_mention(s, s->fr[f].subj, s->fr[f].nsubj);
    int32_t tgt = tc_code_arg_mention(s, subj, 1);
    /* "warned Iran it would face ...": "it", "they" the one warned */
    if ((tgt == NO_MENTION || !usable(mention_at(s, tgt))) && s->tr.w[subj].upos == TC_UPOS_PRON &&
        s->fr[f].nobj && (word_is(s, subj, "it") || word_is(s, subj, "they")))
        tgt = tc_code_first_arg_mention(s, s->fr[f].obj, s->fr[f].nobj);
    const tc_mention *ms = mention_at(s, src), *mt = mention_at(s, tgt);
    const tc_cameo *info = tc_cameo_get(s->c->cameo, code);
    if (!ms || !mt || !usable(ms) || !usable(mt) || !strncmp(ms->code, mt->code, 3) || !info)
        return;
    tc_event *ev = *s->out;
    for (size_t i = *s->nout; i > 0 && ev[i - 1].sent == s->sent; i--)
        if (!strcmp(ev[i - 1].src.code, ms->code) && !strcmp(ev[i - 1].tgt.code, mt->code) &&
            !strcmp(ev[i - 1].cameo, "130") && strcmp(code, "130")) {
            memmove(&ev[i - 1], &ev[i], (*s->nout - i) * sizeof *ev);
            (*s->nout)--;
            s->added--;
        }
    fmatch m = {.first = h, .last = h};
    own_mood(s, f, &m);
    tc_code_emit_at(s, &m, h, UINT32_MAX, src, tgt, code, info);
}

/* "urged Russia to accept the ceasefire or face more sanctions", "said Iran must stop or face
 * consequences": a demand or appeal (10x, 02x) with an "or face" of a punishment threatens its
 * addressee with it (13x: sanctions, tariffs, penalties 1312; force, war, strikes 138; else
 * 130), the demand's source on its target, in the demand's mood. */
static void or_face(sctx *s, size_t from)
{
    uint32_t k = 0;
    const char *code = NULL;
    for (; k + 2 < s->tr.n && !code; k++) {
        if (!word_is(s, k, "or") || !word_is(s, k + 1, "face")) continue;
        for (uint32_t j = k + 2; j < s->tr.n && j < k + 8 && !code; j++) {
            if (word_is(s, j, ",") || word_is(s, j, ".") || word_is(s, j, "if")) break;
            code = punishment(norm_of(s, j));
        }
    }
    if (!code || !s->c->cameo) return;
    const tc_cameo *info = tc_cameo_get(s->c->cameo, code);
    if (!info) return;
    size_t n = *s->nout;
    for (size_t i = from; i < n; i++) {
        tc_event *e = &(*s->out)[i];
        int root = code_root(e->cameo);
        uint32_t v = word_at(s, e->verb.off);
        if ((root != 10 && root != 2) || !e->tgt.code[0] || v == UINT32_MAX || v >= k ||
            (e->flags & TC_EV_NEGATED))
            continue;
        tc_event t = *e; /* (the array may move as it grows) */
        int seen = 0;
        for (size_t j = from; j < *s->nout && !seen; j++)
            seen = !strcmp((*s->out)[j].cameo, code) &&
                   !strcmp((*s->out)[j].src.code, t.src.code) &&
                   !strcmp((*s->out)[j].tgt.code, t.tgt.code);
        if (seen) continue;
        if (*s->nout == *s->cap) *s->out = tc_arena_grow(s->a, *s->out, s->cap, sizeof **s->out);
        t.info = info;
        snprintf(t.cameo, sizeof t.cameo, "%s", code);
        (*s->out)[(*s->nout)++] = t;
        s->added++;
    }
}

/* The words of sentence one (of text t, with its nm mentions m) the parser is told are names,
 * from arena a: those of names the dictionaries know, so that "Trump signed" is no card game
 * (TC_NAME_WORD) ... */
static uint8_t *named_words(const tc_coder *c, const tc_text *t, const tc_sentence *one,
                            const tc_mention *m, size_t nm, tc_arena *a)
{
    uint8_t *name = tc_arena_calloc(a, one->ntok ? one->ntok : 1, 1);
    for (size_t k = 0; k < nm; k++) {
        tc_actor_kind kd = m[k].kind;
        if (kd != TC_KIND_PERSON && kd != TC_KIND_COUNTRY && kd != TC_KIND_METONYM &&
            kd != TC_KIND_GROUP && kd != TC_KIND_IGO && kd != TC_KIND_NGO)
            continue;
        for (uint32_t i = m[k].tok0; i < m[k].tok0 + m[k].ntok; i++)
            if (i >= one->tok0 && i < one->tok0 + one->ntok) name[i - one->tok0] = TC_NAME_WORD;
    }
    /* ... a state's adjective in one word ("Argentine"), the first of a list perhaps ... */
    for (uint32_t i = 0; c->actors && i < one->ntok; i++) {
        const tc_token *x = &t->toks[one->tok0 + i];
        if ((x->flags & TC_TOK_CAP) && tc_actors_adj_state(c->actors, x->norm, x->nlen))
            name[i] = TC_NAME_ADJ;
    }
    /* ... and the first word of a noun WordNet writes in two ("tear gas", "water cannon"),
       which the tagger may read as a verb ("police used water cannon and tear[VB] gas"); the
       pairs are asked of the memory first (each look-up is a miss in a large table: twenty
       a sentence, waited for one after the other, were 2% of the coder's time) */
    for (int ask = 1; ask >= 0 && c->wordnet; ask--)
        for (uint32_t i = 0; i + 1 < one->ntok; i++) {
            char two[64];
            size_t n = name[i] ? 0 : word_pair(&t->toks[one->tok0 + i], two, sizeof two);
            int first;
            uint64_t all;
            if (n && ask)
                tc_wordnet_prefetch(c->wordnet, two, n, 'n');
            else if (n && tc_wordnet_lookup(c->wordnet, two, n, 'n', &first, &all))
                name[i] = TC_NAME_COMPOUND;
        }
    return name;
}

/* PETRARCH reads a passive with no "by" in its verb phrase as active ("The Philippines was
 * criticized over its dispute with Eriador": PHL on ERI): such frames of s lose their flag. */
static void petrarch_passives(sctx *s)
{
    for (size_t f = 0; f < s->nfr; f++) {
        if (!(s->fr[f].flags & TC_FR_PASSIVE) || s->fr[f].nagent) continue;
        int by = 0;
        for (uint32_t w = s->fr[f].pred + 1; w < s->tr.n && !by; w++) {
            uint32_t h = w;
            for (int steps = 0; steps < 32 && h != s->fr[f].pred && s->tr.w[h].head; steps++)
                h = s->tr.w[h].head - 1u;
            by = h == s->fr[f].pred && !strcmp(s->tr.w[w].lemma, "by");
        }
        if (!by) s->fr[f].flags &= ~TC_FR_PASSIVE;
    }
}

/* Each frame of s matched to its pattern, with what governs it and who reports it. */
static void frames_matched(sctx *s)
{
    s->frame_of = tc_arena_alloc(s->a, s->tr.n * sizeof *s->frame_of);
    for (uint32_t i = 0; i < s->tr.n; i++) s->frame_of[i] = -1;
    for (size_t f = 0; f < s->nfr; f++) s->frame_of[s->fr[f].pred] = (int32_t)f;
    s->fm = tc_arena_calloc(s->a, s->nfr ? s->nfr : 1, sizeof *s->fm);
    for (size_t f = 0; f < s->nfr; f++) {
        tc_code_find_pattern(s, f);
        tc_code_phone_call(s, f);
        tc_code_law_aimed(s, f);
    }
    tc_code_mark_consumed(s);
    tc_code_govern(s);
    for (size_t f = 0; f < s->nfr; f++)
        if (s->fm[f].p) {
            s->fm[f].reporter = tc_code_reporter_of(s, f);
            if (s->fm[f].reporter != NO_MENTION) s->fm[f].flags |= TC_EV_REPORTED;
            if (s->fm[f].announced && s->fm[f].reporter == NO_MENTION && told(s, f))
                unannounce(s, &s->fm[f]); /* "analysts say X will attack": a forecast */
        }
}

/* The events of s, its matched frames' first, then those nouns, judgments, blame and charges
 * tell; those from the start-th on merged where they tell one event. */
static void sentence_events(sctx *s, size_t start)
{
    for (size_t f = 0; f < s->nfr; f++) tc_code_frame(s, f);
    for (size_t f = 0; f < s->nfr; f++) tc_code_obligation(s, f);
    for (uint32_t w = 0; w < s->tr.n; w++) {
        tc_code_noun(s, w);
        tc_code_judgment(s, w);
    }
    /* (alleged wants a saying of lemma "allege" or "charge": most sentences have none) */
    int alleging = 0;
    for (uint32_t w = 0; w < s->tr.n && !alleging; w++)
        alleging = (s->tr.w[w].lemma[0] == 'a' && !strcmp(s->tr.w[w].lemma, "allege")) ||
                   (s->tr.w[w].lemma[0] == 'c' && !strcmp(s->tr.w[w].lemma, "charge"));
    for (uint32_t w = 0; w < s->tr.n; w++) {
        blame(s, w);
        fault(s, w);
        charge(s, w);
        if (alleging) alleged(s, w);
        for_alleged(s, w);
        faced(s, w);
    }
    merge_toll(s, start);
    share_raised_object(s, start);
    or_face(s, start);
}

size_t tc_code_sentence(const tc_coder *c, const tc_text *t, uint32_t sent, const tc_mention *m,
                        size_t nm, tc_arena *a, tc_event **out, size_t *nout, size_t *cap)
{
    if (!c->parser || sent >= t->nsents || !worth_parsing(c, t, sent, m, nm)) return 0;
    /* a wire dateline opening the text ("MOSCOW (AP) --", "TIRANA, Albania --") is no part of
       the sentence's grammar: the parse starts after it */
    tc_text body = *t;
    tc_sentence one = t->sents[sent];
    size_t d = tc_text_dateline(t->text, t->len);
    if (d && t->toks[one.tok0].off < d) {
        while (one.ntok > 1 && t->toks[one.tok0].off < d) one.tok0++, one.ntok--;
        body.sents = &one;
        body.nsents = 1;
    }
    size_t start = *nout;
    sctx s = {.c = c,
              .t = t,
              .sent = sent,
              .lo = one.tok0,
              .m = m,
              .nm = nm,
              .a = a,
              .out = out,
              .nout = nout,
              .cap = cap};
    uint8_t *name = named_words(c, t, &one, m, nm, a);
    tc_parse_sentence_named(c->parser, &body, body.sents == &one ? 0 : sent, name, 0, a, &s.tr);
    if (!s.tr.n) return 0;
    index_tree(&s);
    s.nfr = tc_frames(c->parser, &s.tr, a, &s.fr);
    if (c->conventions & TC_CODE_PETRARCH) petrarch_passives(&s);
    if (c->places) tc_place_sentence(c->places, sent, &s.tr, a, &s.pl, &s.npl);
    s.agents_only = nm > 0; /* (none: a state's adjective made it worth parsing) */
    for (size_t k = 0; k < nm && s.agents_only; k++) s.agents_only = !usable(&m[k]);
    sentence_place(&s);
    frames_matched(&s);
    if (!(c->conventions & TC_CODE_NO_DATES) &&
        tc_when_scan(t, sent, c->date, a, &s.when, &s.nwhen) == TC_OK)
        tc_when_attach(t, sent, &s.tr, s.when, s.nwhen);
    tc_code_background(&s);
    sentence_events(&s, start);
    return s.added;
}

void tc_event_id(uint64_t article_hash, const tc_event *e, char out[17])
{
    char buf[160];
    int n = snprintf(buf, sizeof buf, "%016llx|%u|%s|%s|%s|%u", (unsigned long long)article_hash,
                     e->sent, e->src.code, e->tgt.code, e->cameo, e->verb.off);
    tc_hash_hex(tc_hash64(buf, (size_t)n, 0x7463), out);
}

/* ---- the build's models, for tools and tests ---- */

static tc_parser *default_parser;
static tc_wordnet *default_wordnet;
static tc_err default_err; /* why default_parser is NULL */
static pthread_once_t defaults_once = PTHREAD_ONCE_INIT;

static void load_defaults(void)
{
    tc_err err = {0};
    default_parser = tc_parser_load(TC_DATADIR "/parse.model", &default_err);
    default_wordnet = tc_wordnet_load(TC_DATADIR "/wordnet.classes", &err);
}

tc_coder tc_coder_default(const tc_verbs *v, const tc_cameo_table *cameo, tc_err *err)
{
    pthread_once(&defaults_once, load_defaults);
    if (err && !default_parser) *err = default_err;
    return (tc_coder){
        .verbs = v, .cameo = cameo, .parser = default_parser, .wordnet = default_wordnet};
}
