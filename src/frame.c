/* frame: predicates and their arguments from the tree. Children are indexed once (CSR
 * arrays); each predicate's frame is built after its governor's, so that a shared subject or
 * an infinitive's controller can be taken from it. */
#include "frame.h"

#include <string.h>

typedef struct {
    const tc_parser *p; /* may be NULL: the frames read the tree's structure only */
    const tc_tree *t;
    uint32_t *first, *kids; /* children of word i: kids[first[i] .. first[i + 1]) */
    int16_t *frame_of;      /* frame index of a predicate, -1 none, -2 being built */
    tc_frame *fr;
    size_t nfr;
} builder;

static int rel_of(const builder *b, uint32_t w)
{
    return b->t->w[w].rel;
}

static int lemma_is(const builder *b, uint32_t w, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(b->t->w[w].lemma, *list) == 0) return 1;
    return 0;
}

void tc_tree_children(const tc_tree *t, tc_arena *a, uint32_t **first, uint32_t **kids)
{
    uint32_t n = t->n;
    uint32_t *f = tc_arena_calloc(a, n + 2, sizeof *f);
    uint32_t *k = tc_arena_alloc(a, (n ? n : 1) * sizeof *k);
    for (uint32_t i = 0; i < n; i++)
        if (t->w[i].head) f[t->w[i].head]++; /* count at head - 1 + 1 */
    for (uint32_t i = 1; i <= n + 1; i++) f[i] += f[i - 1];
    uint32_t *fill = tc_arena_alloc(a, (n + 1) * sizeof *fill);
    memcpy(fill, f, (n + 1) * sizeof *fill);
    for (uint32_t i = 0; i < n; i++)
        if (t->w[i].head) k[fill[t->w[i].head - 1]++] = i;
    *first = f;
    *kids = k;
}

static int is_subject_rel(int r)
{
    return r == TC_REL_NSUBJ || r == TC_REL_NSUBJ_PASS || r == TC_REL_CSUBJ ||
           r == TC_REL_CSUBJ_PASS || r == TC_REL_NSUBJ_OUTER;
}

static int is_predicate(const builder *b, uint32_t w)
{
    const tc_word *x = &b->t->w[w];
    if (x->upos == TC_UPOS_VERB)
        return x->rel != TC_REL_AMOD && x->rel != TC_REL_COMPOUND && x->rel != TC_REL_FIXED;
    for (uint32_t k = b->first[w]; k < b->first[w + 1]; k++)
        if (is_subject_rel(rel_of(b, b->kids[k]))) return 1;
    return 0;
}

/* The case word of an argument ("on" of "on Azerbaijan"), or TC_FRAME_NONE. */
/* Is advmod c "longer" or "more" with "no" on it ("will no longer recognize", "no more")? */
static int no_longer(const builder *b, uint32_t c)
{
    const tc_word *w = b->t->w;
    if (strcmp(w[c].lemma, "long") && strcmp(w[c].lemma, "longer") && strcmp(w[c].lemma, "more"))
        return 0;
    return c > 0 && w[c - 1].head == c + 1 && !strcmp(w[c - 1].lemma, "no");
}

static uint16_t case_of(const builder *b, uint32_t w)
{
    for (uint32_t k = b->first[w]; k < b->first[w + 1]; k++)
        if (rel_of(b, b->kids[k]) == TC_REL_CASE) return (uint16_t)b->kids[k];
    return TC_FRAME_NONE;
}

/* Adds w and the words coordinated with it ("A, B and C") to args. */
static void add_arg(const builder *b, tc_frame_arg *args, uint8_t *n, uint32_t w, uint16_t prep)
{
    if (*n < TC_FRAME_ARGS) args[(*n)++] = (tc_frame_arg){(uint16_t)w, prep};
    for (uint32_t k = b->first[w]; k < b->first[w + 1]; k++)
        if (rel_of(b, b->kids[k]) == TC_REL_CONJ) add_arg(b, args, n, b->kids[k], prep);
}

static const char *const MODALS[] = {"can",  "could",  "may",   "might",
                                     "must", "should", "would", NULL};
static const char *const FUTURE[] = {"will", "shall", NULL};
/* "seldom criticized China": what one seldom, rarely or hardly does is not told done */
static const char *const NEGATIONS[] = {"not", "never", "n't", "seldom", "rarely", "hardly", NULL};
/* "ordered X not to leave": a "not" after the verb and right before an infinitive's "to"
   negates the infinitive (what is ordered), not the verb that governs it */
static int infinitive_not(const builder *b, uint32_t p, uint32_t c)
{
    const tc_word *w = b->t->w;
    return c > p && c + 1 < b->t->n && !strcmp(w[c + 1].lemma, "to") &&
           w[c + 1].upos == TC_UPOS_PART && w[c + 1].head > c + 2u;
}
/* "not only attacked the camp but also seized", "not merely ...": a "not" right before
   "only", "merely" or "just" denies that the act was all, not the act, which it asserts
   (flags20: "not only ... but also" read as a negation). A second "not" ("not only did not
   attack") still negates. */
static int not_only(const builder *b, uint32_t c)
{
    static const char *const limits[] = {"only", "merely", "just", NULL};
    return c + 1 < b->t->n && strcmp(b->t->w[c].lemma, "not") == 0 && lemma_is(b, c + 1, limits);
}
static const char *const RELATIVES[] = {"who", "which", "that", NULL};

/* Does word c head a phrase of "with" or "without" (its own case word)? */
static int with_phrase(const builder *b, uint32_t c)
{
    static const char *const withs[] = {"with", "without", NULL};
    for (uint32_t k = b->first[c]; k < b->first[c + 1]; k++)
        if (rel_of(b, b->kids[k]) == TC_REL_CASE && lemma_is(b, b->kids[k], withs)) return 1;
    return 0;
}

static int participle(const builder *b, uint32_t p);
static int has_aux(const builder *b, uint32_t p);

/* Has predicate p an object of its own? */
static int has_object(const builder *b, uint32_t p)
{
    for (uint32_t k = b->first[p]; k < b->first[p + 1]; k++)
        if (rel_of(b, b->kids[k]) == TC_REL_OBJ) return 1;
    return 0;
}

/* Is p a bare past form of a verb of harm (one that needs an object when active) with no
 * auxiliary, mark, object or "by" agent ("the blast left dozens of soldiers killed",
 * "resulting in all crew and officers killed")? What it names was done to its noun. */
static int harm_done(const builder *b, uint32_t p, const tc_frame *f)
{
    static const char *const harmed[] = {"kill", "wound", "injure", "maim", NULL};
    if (f->nobj || f->nagent || f->mark != TC_FRAME_NONE || has_aux(b, p) ||
        !lemma_is(b, p, harmed) || !b->p)
        return 0;
    const tc_feats *ft = tc_parse_feats(b->p, b->t->w[p].feats);
    return ft && ft->tense == TC_TENSE_PAST;
}

/* "confirmed al-Rufay'i's[obj] killing[xcomp]": a gerund the parse hung as an xcomp right after
 * its head's object that ends in a possessive "'s" is a noun the object owns; of what is done
 * to someone (code_nouns.c's tc_code_undergone_nouns, as verbs) the owner is whom it is done
 * to, not its doer (conj17, issue #14). Is o the possessor of gerund p, p such a verb? */
static int possessed_undergone(const builder *b, uint32_t p, uint32_t o)
{
    static const char *const done_to[] = {
        "kill",    "murder",     "assassinate", "execute", "torture",   "beat",      "persecute",
        "arrest",  "detain",     "imprison",    "jail",    "abduct",    "kidnap",    "capture",
        "release", "pardon",     "acquit",      "rescue",  "liberate",  "extradite", "deport",
        "expel",   "repatriate", "remove",      "oust",    "overthrow", "dismiss",   "sack",
        "impeach", "prosecute",  "indict",      "convict", "sentence",  NULL};
    const tc_word *w = b->t->w;
    if (p == 0 || o >= p || !lemma_is(b, p, done_to) || !b->p ||
        strcmp(tc_parse_xpos_name(b->p, w[p].xpos), "VBG"))
        return 0;
    /* (the "'s" right before the gerund, a case of the object) */
    return w[p - 1].head == o + 1 && w[p - 1].rel == TC_REL_CASE &&
           (!strcmp(w[p - 1].lemma, "'s") || !strcmp(w[p - 1].lemma, "’s") ||
            !strcmp(w[p - 1].lemma, "'"));
}

/* "called the British ambassador a liar", "named Kenya a partner": of two nouns the parser
 * hung on p as what something is called (xcomp), the first, c, is whom p names, its object. */
static int named_object(const builder *b, uint32_t p, uint32_t c)
{
    const tc_word *w = b->t->w;
    int nominal = w[c].upos == TC_UPOS_NOUN || w[c].upos == TC_UPOS_PROPN;
    if (w[c].rel != TC_REL_XCOMP || !nominal) return 0;
    for (uint32_t k = b->first[p]; k < b->first[p + 1]; k++) {
        uint32_t d = b->kids[k];
        if (d > c && w[d].rel == TC_REL_XCOMP &&
            (w[d].upos == TC_UPOS_NOUN || w[d].upos == TC_UPOS_ADJ))
            return 1;
    }
    return 0;
}

/* The number word counting noun c ("about 25,000 refugees", "at least 20 Boko Haram fighters"):
 * a NUM before c, after p, whose heads reach c within a few hops; TC_FRAME_NONE when none. */
static uint16_t count_of(const builder *b, uint32_t p, uint32_t c)
{
    const tc_word *w = b->t->w;
    for (uint32_t d = p + 1; d < c; d++) {
        if (w[d].upos != TC_UPOS_NUM) continue;
        uint32_t h = d;
        for (int hops = 0; hops < 4 && w[h].head && h != c; hops++) h = w[h].head - 1;
        if (h == c) return (uint16_t)d;
    }
    return TC_FRAME_NONE;
}

/* "accepted about 25,000 refugees", "took in three million refugees": with a quantity before
 * it the parser may read the object as an oblique with no preposition of its own (the "about"
 * or "in" goes to the number); such a noun c after a verb p with no object is its object
 * (fifteenth session). */
static int counted_object(const builder *b, uint32_t p, uint32_t c)
{
    const tc_word *w = b->t->w;
    if (w[c].rel != TC_REL_OBL || c < p || w[c].upos != TC_UPOS_NOUN ||
        case_of(b, c) != TC_FRAME_NONE || has_object(b, p))
        return 0;
    uint16_t n = count_of(b, p, c);
    if (n != TC_FRAME_NONE) return case_of(b, n) == TC_FRAME_NONE;
    for (uint32_t k = b->first[p]; k < b->first[p + 1]; k++) {
        uint32_t d = b->kids[k];
        if (d < c && d > p && w[d].rel == TC_REL_OBL && w[d].upos == TC_UPOS_NUM) return 1;
    }
    return 0;
}

/* The preposition of oblique c of p: its own case word, else that of the number counting it
 * ("opened its borders to about one million refugees": "to" hangs on "million"). */
static uint16_t oblique_case(const builder *b, uint32_t p, uint32_t c)
{
    uint16_t k = case_of(b, c);
    if (k != TC_FRAME_NONE || c < p) return k;
    uint16_t n = count_of(b, p, c);
    return n == TC_FRAME_NONE ? TC_FRAME_NONE : case_of(b, n);
}

/* What child c of predicate p is to frame f: an argument (subject, object, agent, oblique),
 * a passive's, a modal's or a future's auxiliary, a negation, or its mark. */
static void child_role(const builder *b, uint32_t p, uint32_t c, tc_frame *f)
{
    const tc_word *w = b->t->w;
    int r = w[c].rel;
    if (is_subject_rel(r)) {
        if (w[c].upos == TC_UPOS_PRON && lemma_is(b, c, RELATIVES))
            return; /* a relative pronoun: the noun described stands in (below) */
        /* "a bomb exploded, with 12 soldiers[nsubj] killed": a noun after "with" is no
           subject; what the verb with no object of its own says was done to it */
        if (with_phrase(b, c) && !has_object(b, p)) {
            add_arg(b, f->obj, &f->nobj, c, TC_FRAME_NONE);
            return;
        }
        add_arg(b, f->subj, &f->nsubj, c, TC_FRAME_NONE);
        if (r == TC_REL_NSUBJ_PASS || r == TC_REL_CSUBJ_PASS) f->flags |= TC_FR_PASSIVE;
    } else if (r == TC_REL_OBJ || r == TC_REL_IOBJ || named_object(b, p, c) ||
               counted_object(b, p, c)) {
        add_arg(b, f->obj, &f->nobj, c, TC_FRAME_NONE);
    } else if (r == TC_REL_OBL_AGENT) {
        add_arg(b, f->agent, &f->nagent, c, case_of(b, c));
    } else if (r == TC_REL_OBL || r == TC_REL_NMOD) {
        add_arg(b, f->obl, &f->nobl, c, oblique_case(b, p, c));
    } else if (r == TC_REL_AUX_PASS) {
        f->flags |= TC_FR_PASSIVE;
    } else if (r == TC_REL_AUX && lemma_is(b, c, MODALS)) {
        f->flags |= TC_FR_MODAL, f->aux = (uint16_t)c;
    } else if (r == TC_REL_AUX && lemma_is(b, c, FUTURE)) {
        f->flags |= TC_FR_FUTURE, f->aux = (uint16_t)c;
    } else if (r == TC_REL_ADVMOD && lemma_is(b, c, NEGATIONS) && !infinitive_not(b, p, c) &&
               !not_only(b, c)) {
        f->flags |= TC_FR_NEGATED;
    } else if (r == TC_REL_ADVMOD && no_longer(b, c)) { /* "will no longer recognize" */
        f->flags |= TC_FR_NEGATED;
    } else if (r == TC_REL_MARK && (f->mark == TC_FRAME_NONE || !strcmp(w[c].lemma, "to"))) {
        f->mark = (uint16_t)c; /* "called on him to cut ties": the infinitive's "to" */
    }
}

/* "relief after 270 schoolgirls kidnapped in Zamfara were freed by their captors": a clause of
 * "after" read as a phrase of the verb before leaves passive p (frame f) with no subject; the
 * noun of the phrase, ending right before the passive's auxiliary, is it (thirteenth session,
 * branch past13). */
static void subject_before_passive(const builder *b, uint32_t p, tc_frame *f)
{
    static const char *const openers[] = {"after", "before", "since", "until", "once", NULL};
    const tc_word *w = b->t->w;
    uint32_t ap = UINT32_MAX;
    for (uint32_t k = b->first[p]; k < b->first[p + 1] && ap == UINT32_MAX; k++)
        if (w[b->kids[k]].rel == TC_REL_AUX_PASS) ap = b->kids[k];
    int named = 0; /* (a verb read as the subject: "Nigerians are expressing[nsubj:pass]") */
    for (uint8_t i = 0; i < f->nsubj; i++) named |= w[f->subj[i].word].upos != TC_UPOS_VERB;
    for (uint32_t n = 0; ap != UINT32_MAX && ap < p && !named && n < ap; n++) {
        uint16_t cw = case_of(b, n);
        if (w[n].rel != TC_REL_OBL || w[n].head == p + 1 ||
            (w[n].upos != TC_UPOS_NOUN && w[n].upos != TC_UPOS_PROPN) || cw == TC_FRAME_NONE ||
            !lemma_is(b, cw, openers))
            continue;
        int inside = 1; /* every word from n to the auxiliary in n's phrase */
        for (uint32_t k = n + 1; k < ap && inside; k++) {
            uint32_t h = k;
            for (int hops = 0; hops < 8 && h != n && w[h].head; hops++) h = w[h].head - 1;
            inside = h == n;
        }
        if (inside) {
            f->nsubj = 0;
            add_arg(b, f->subj, &f->nsubj, n, TC_FRAME_NONE);
            break;
        }
    }
}

/* The frame's own children: arguments, negation, auxiliaries, mark. */
static void own_children(const builder *b, uint32_t p, tc_frame *f)
{
    const tc_word *w = b->t->w;
    for (uint32_t k = b->first[p]; k < b->first[p + 1]; k++) child_role(b, p, b->kids[k], f);
    /* "Cyprus authorities have launched": a passive subject beside an active one, with no
       passive auxiliary, is a misread modifier of the active subject */
    int aux_pass = 0, active = 0;
    for (uint32_t k = b->first[p]; k < b->first[p + 1]; k++) {
        aux_pass |= w[b->kids[k]].rel == TC_REL_AUX_PASS;
        active |= w[b->kids[k]].rel == TC_REL_NSUBJ;
    }
    /* "the soldiers[nsubj] backed[VBN] by African Union troops worked ...": a participle with
       a "by" agent and no auxiliary is a passive whatever the parse called its subject */
    if (!(f->flags & TC_FR_PASSIVE) && f->nagent && f->nsubj && !has_aux(b, p) &&
        participle(b, p)) {
        f->flags |= TC_FR_PASSIVE;
        return;
    }
    /* "resulting in all crew and officers[nsubj] killed[advcl]": see harm_done */
    int dependent =
        w[p].rel == TC_REL_XCOMP || w[p].rel == TC_REL_ADVCL || w[p].rel == TC_REL_CCOMP;
    if (!(f->flags & TC_FR_PASSIVE) && dependent && f->nsubj && harm_done(b, p, f)) {
        for (uint8_t i = 0; i < f->nsubj; i++)
            add_arg(b, f->obj, &f->nobj, f->subj[i].word, TC_FRAME_NONE);
        f->nsubj = 0;
        f->flags |= TC_FR_PASSIVE;
        return;
    }
    subject_before_passive(b, p, f);
    if (f->flags & TC_FR_PASSIVE && !aux_pass && active) {
        uint8_t n = 0;
        for (uint8_t i = 0; i < f->nsubj; i++)
            if (w[f->subj[i].word].rel != TC_REL_NSUBJ_PASS &&
                w[f->subj[i].word].rel != TC_REL_CSUBJ_PASS)
                f->subj[n++] = f->subj[i];
        f->nsubj = n;
        f->flags &= ~(unsigned)TC_FR_PASSIVE;
    }
}

static const tc_frame *frame_at(builder *b, uint32_t w);

/* A frame with no subject of its own takes one from where the clause hangs: a coordinated or
 * adverbial clause from its governor's subjects, an infinitive from its controller (the
 * governor's object, else its first oblique: "called on X to lift"), a relative or reduced
 * clause from the noun it describes. */
/* Is p a past participle ("freed", "blocked")? */
static int participle(const builder *b, uint32_t p)
{
    if (!b->p) return 0;
    const tc_feats *ft = tc_parse_feats(b->p, b->t->w[p].feats);
    return ft && ft->verbform == TC_VF_PART && ft->tense == TC_TENSE_PAST;
}

static int copula(const builder *b, uint32_t p)
{
    for (uint32_t k = b->first[p]; k < b->first[p + 1]; k++)
        if (rel_of(b, b->kids[k]) == TC_REL_COP) return 1;
    return 0;
}

static int has_aux(const builder *b, uint32_t p)
{
    for (uint32_t k = b->first[p]; k < b->first[p + 1]; k++) {
        int r = rel_of(b, b->kids[k]);
        if (r == TC_REL_AUX || r == TC_REL_AUX_PASS) return 1;
    }
    return 0;
}

/* "passengers held hostage": a participle's object that says what its noun became */
static int captive(const builder *b, const tc_frame *f)
{
    static const char *const roles[] = {"hostage", "captive", "prisoner", NULL};
    return f->nobj == 1 && lemma_is(b, f->obj[0].word, roles);
}

/* "on Tuesday", "on 18 September", "last week": an oblique of time controls no infinitive */
static int temporal(const builder *b, uint32_t w)
{
    static const char *const times[] = {
        "Monday",    "Tuesday",   "Wednesday", "Thursday", "Friday",   "Saturday", "Sunday",
        "January",   "February",  "March",     "April",    "May",      "June",     "July",
        "August",    "September", "October",   "November", "December", "day",      "week",
        "month",     "year",      "night",     "morning",  "evening",  "weekend",  "today",
        "yesterday", "time",      "occasion",  "eve",      NULL};
    return b->t->w[w].upos == TC_UPOS_NUM || lemma_is(b, w, times);
}

/* "a tariff on all goods exported[conj] to the United States": a past form hung as a
 * conjunct or an adverbial clause with no coordinator, no comma, no mark and no subject,
 * auxiliary, object or "by" agent of its own (the agent's passives are read as before),
 * right after a noun, is a reduced relative of that noun (the goods were exported), not a
 * second act of the governor's subject. */
static int reduced_relative(const builder *b, uint32_t p)
{
    const tc_word *w = b->t->w;
    if (!b->p || (w[p].rel != TC_REL_CONJ && w[p].rel != TC_REL_ADVCL) || !w[p].head || p == 0 ||
        w[p].upos != TC_UPOS_VERB)
        return 0;
    uint32_t h = w[p].head - 1u;
    const char *x = tc_parse_xpos_name(b->p, w[p].xpos);
    if (h >= p || (strcmp(x, "VBD") && strcmp(x, "VBN")) ||
        (w[p - 1].upos != TC_UPOS_NOUN && w[p - 1].upos != TC_UPOS_PROPN))
        return 0;
    /* "ordered nine ex-ministers jailed": the participle says what the object is to become */
    static const char *const causers[] = {"order", "want", "have", "get",     "see",  "leave",
                                          "keep",  "find", "need", "declare", "like", NULL};
    if (lemma_is(b, h, causers)) return 0;
    for (uint32_t k = h + 1; k < p; k++) /* a comma of the clause between does not count */
        if (w[k].upos == TC_UPOS_CCONJ ||
            (w[k].upos == TC_UPOS_PUNCT && (w[k].head == h + 1 || w[k].head == p + 1)))
            return 0;
    for (uint32_t k = b->first[p]; k < b->first[p + 1]; k++) {
        int r = rel_of(b, b->kids[k]);
        if (r == TC_REL_CC || r == TC_REL_PUNCT || r == TC_REL_OBJ || r == TC_REL_AUX ||
            r == TC_REL_AUX_PASS || r == TC_REL_MARK || r == TC_REL_OBL_AGENT || is_subject_rel(r))
            return 0;
    }
    return 1;
}

/* "Hamas is a group that the EU designated", "X is a militia accused of abuses": the noun a
 * relative or reduced clause describes, when it is the predicate of a copula whose subject is
 * a name, stands for that name (the group is Hamas); else the noun itself. */
static uint32_t described(const builder *b, uint32_t h)
{
    const tc_word *w = b->t->w;
    uint32_t cop = UINT32_MAX, subj = UINT32_MAX;
    for (uint32_t k = b->first[h]; k < b->first[h + 1]; k++) {
        uint32_t c = b->kids[k];
        int r = rel_of(b, c);
        if (r == TC_REL_COP) cop = c;
        if (r == TC_REL_NSUBJ && c < h && w[c].upos == TC_UPOS_PROPN) subj = c;
    }
    if (cop == UINT32_MAX || subj == UINT32_MAX || cop < subj) return h;
    /* (a name the parse took for the subject out of a phrase: "... in Hong Kong, are X") */
    uint32_t first = subj;
    for (uint32_t k = 0; k < cop; k++) {
        uint32_t x = k;
        for (int steps = 0; steps < 4 && x != subj && w[x].head; steps++) x = w[x].head - 1u;
        if (x == subj && k < first) first = k;
        if (x != subj && k > subj && (w[k].upos == TC_UPOS_PUNCT || w[k].upos == TC_UPOS_ADP))
            return h;
    }
    if (first > 0 && w[first - 1].upos == TC_UPOS_ADP) return h;
    return subj;
}

/* A clause hung on a noun (acl, acl:relcl): the noun is its patient or its agent, or an
 * infinitive of a stance takes the subject of the verb the stance is the object of. */
static void clause_on_noun(builder *b, uint32_t p, uint32_t h, int r, tc_frame *f)
{
    const tc_word *w = b->t->w;
    /* "the village that troops attacked" (a clause with no object of its own), "aid
       blocked by troops": the noun is the patient; "troops who attacked", "troops firing on X":
       the agent */
    /* ("the passengers freed[VBD] so far": a past tense hung on a noun as a clause with no
       subject of its own is the participle it reads as) */
    int part = participle(b, p) || (b->p && w[p].upos == TC_UPOS_VERB && !f->nsubj &&
                                    !strcmp(tc_parse_xpos_name(b->p, w[p].xpos), "VBD"));
    /* (a copula's predicate is no headline's noun: "X is a group designated as ...") */
    uint32_t d = described(b, h);
    /* "reiterated its commitment to support X": the infinitive of a stance that a verb's
       object names, owned by no one but a pronoun, is the verb's subject's */
    static const char *const stances[] = {"commitment", "readiness", "willingness", "determination",
                                          NULL};
    if (r == TC_REL_ACL && !f->nsubj && lemma_is(b, h, stances) && w[h].rel == TC_REL_OBJ &&
        w[h].head) {
        int owned = 0;
        for (uint32_t i = b->first[h]; i < b->first[h + 1]; i++) {
            uint32_t c = b->kids[i];
            owned |= (w[c].rel == TC_REL_NMOD_POSS && w[c].upos != TC_UPOS_PRON) ||
                     (w[c].rel == TC_REL_NMOD && c < p);
        }
        const tc_frame *g = owned ? NULL : frame_at(b, w[h].head - 1u);
        if (g && g->nsubj) {
            for (int i = 0; i < g->nsubj; i++) f->subj[f->nsubj++] = g->subj[i];
            f->flags |= TC_FR_SUBJ_SHARED;
            return;
        }
    }
    int patient =
        (r == TC_REL_ACL_RELCL && f->nsubj > 0 && f->nobj == 0) ||
        (r == TC_REL_ACL && (f->flags & TC_FR_PASSIVE || f->nagent ||
                             ((!f->nobj || captive(b, f)) && part && (w[h].head || d != h))));
    /* "Somali troops, backed by Kenya, attacked", "rebels armed by Iran": a participle hung
       on a noun with a "by" agent and no auxiliary is a passive, the agent its doer (issue
       14, seventeenth session) */
    if (r == TC_REL_ACL && f->nagent && part && !has_aux(b, p)) f->flags |= TC_FR_PASSIVE;
    h = d;
    if (patient)
        add_arg(b, f->obj, &f->nobj, h, TC_FRAME_NONE);
    else if (!f->nsubj)
        f->subj[f->nsubj++] = (tc_frame_arg){(uint16_t)h, TC_FRAME_NONE};
}

/* A reported clause with no subject whose subject the parse made the saying's object. Did
 * it give f that subject? */
static int said_object_subject(const builder *b, uint32_t p, uint32_t h, int r, tc_frame *f,
                               const tc_frame *g)
{
    const tc_word *w = b->t->w;
    /* "a source said Ankara in the last few years imposed controls on ...", "officials said
       Kenya on Tuesday deported ...": a clause a verb of saying reports, with no subject or
       mark of its own, whose subject the parse made the saying's object (a name between the
       verb and the clause) has that name for subject (fourteenth session, recall6 R120) */
    /* (and a hope or wish: "Peru hoped Chile would free X", the name hope's object; demands16) */
    static const char *const says[] = {"say",     "add",  "claim", "insist", "state",
                                       "confirm", "hope", "wish",  NULL};
    /* (a finite saying: not "for saying Jews should go", a gerund's content) */
    if (r == TC_REL_CCOMP && f->mark == TC_FRAME_NONE && g->nobj == 1 && lemma_is(b, h, says) &&
        b->p && strcmp(tc_parse_xpos_name(b->p, w[h].xpos), "VBG") && g->obj[0].word > h &&
        g->obj[0].word < p && w[g->obj[0].word].upos == TC_UPOS_PROPN) {
        f->subj[f->nsubj++] = g->obj[0];
        return 1;
    }
    return 0;
}

/* What one is judged for ("condemned X for sending ..."), one did. Did it give f its subject? */
static int judged_for(const builder *b, uint32_t p, uint32_t h, int r, tc_frame *f,
                      const tc_frame *g)
{
    const tc_word *w = b->t->w;
    /* "condemned Thailand for sending Uyghurs back": what one is judged for, one did */
    static const char *const judges[] = {
        "condemn", "criticize", "criticise", "praise", "thank",    "blame",   "accuse",
        "fault",   "punish",    "sanction",  "reward", "applaud",  "commend", "congratulate",
        "slam",    "denounce",  "rebuke",    "fine",   "sentence", "convict", NULL};
    if (r == TC_REL_ADVCL && g->nobj && f->mark != TC_FRAME_NONE &&
        !strcmp(w[f->mark].lemma, "for") && lemma_is(b, h, judges)) {
        for (int i = 0; i < g->nobj; i++) f->subj[f->nsubj++] = g->obj[i];
        f->flags |= TC_FR_SUBJ_SHARED;
        return 1;
    }
    return 0;
}

/* The frame whose subject an "-ing" clause hung on a speech verb shares: the reported
 * clause's where the speech verb comments on one before it, else g. */
static const tc_frame *reported_doer(builder *b, uint32_t p, uint32_t h, int r, const tc_frame *f,
                                     const tc_frame *g)
{
    const tc_word *w = b->t->w;
    /* "Rebels overran a base, officials said Tuesday, killing 17 soldiers": an "-ing"
       clause hung on a speech verb that comments on the clause before it tells what that
       clause's subject did, not what the speakers did */
    /* (not a speaker's own further words: "Rubio said, adding that ...", "..., he said,
       calling on X to ...") */
    static const char *const saying[] = {"say",     "tell",     "report", "add",
                                         "confirm", "announce", "state",  NULL};
    static const char *const speaking[] = {
        "say",       "tell",   "add",       "note",    "stress",  "call",    "urge",
        "warn",      "insist", "describe",  "accuse",  "claim",   "express", "argue",
        "explain",   "ask",    "vow",       "pledge",  "promise", "demand",  "threaten",
        "appeal",    "deny",   "reject",    "welcome", "praise",  "condemn", "criticize",
        "criticise", "blame",  "refer",     "cite",    "point",   "suggest", "announce",
        "confirm",   "report", "reiterate", NULL};
    if (r == TC_REL_ADVCL && f->mark == TC_FRAME_NONE && !has_aux(b, p) && b->p &&
        !strcmp(tc_parse_xpos_name(b->p, w[p].xpos), "VBG") && lemma_is(b, h, saying) &&
        !lemma_is(b, p, speaking) && h < p) {
        /* (the reported clause: the speech verb's head before it, "X overran[conj head]
           ..., officials said[conj]", or its clause before it, "X overran[ccomp] ...,
           officials said[root]") */
        uint32_t told = UINT32_MAX;
        if (w[h].head && w[h].head - 1u < h &&
            (w[h].rel == TC_REL_CONJ || w[h].rel == TC_REL_PARATAXIS))
            told = w[h].head - 1u;
        for (uint32_t k = b->first[h]; k < b->first[h + 1] && told == UINT32_MAX; k++) {
            uint32_t c = b->kids[k];
            if (c < h && (rel_of(b, c) == TC_REL_CCOMP || rel_of(b, c) == TC_REL_PARATAXIS))
                told = c;
        }
        const tc_frame *c = told != UINT32_MAX ? frame_at(b, told) : NULL;
        if (c && c->nsubj) return c;
    }
    return g;
}

/* "Iran has strict controls, with many sites and content blocked[VBN]": a bare past participle
 * p the parse joined (r) to a present "have" of possession h is no act of the holder's (a state
 * it is in, or the participle of a "with" phrase); a perfect ("has seized a ship and detained
 * its crew") joins "detained" to "seized" (sixteenth session, branch prec16). Is p one? */
static int possession_participle(builder *b, uint32_t p, uint32_t h, int r)
{
    const tc_word *w = b->t->w;
    return r == TC_REL_CONJ && participle(b, p) && !has_aux(b, p) && b->p &&
           !strcmp(w[h].lemma, "have") && w[h].upos == TC_UPOS_VERB &&
           (!strcmp(tc_parse_xpos_name(b->p, w[h].xpos), "VBZ") ||
            !strcmp(tc_parse_xpos_name(b->p, w[h].xpos), "VBP"));
}

/* Is a punctuation mark (a comma) among p's dependents before it? */
static int punct_before(builder *b, uint32_t p)
{
    int comma = 0;
    for (uint32_t k = b->first[p]; k < b->first[p + 1]; k++)
        comma |= b->kids[k] < p && rel_of(b, b->kids[k]) == TC_REL_PUNCT;
    return comma;
}

/* "Egypt condemned the bombing of the hotel, killing 20": an "-ing" clause p set apart by a
 * comma after a verb h that judges a deed tells what the deed judged did, not what the judges
 * did (the deed's own words are no actor; the speakers' further words, "..., calling it
 * cowardly", stay theirs). Gives f g's objects as subject; 1 if it did. */
static int judged_deed_doer(builder *b, uint32_t p, uint32_t h, int r, tc_frame *f,
                            const tc_frame *g)
{
    const tc_word *w = b->t->w;
    static const char *const judging[] = {"condemn", "denounce", "deplore", "decry",
                                          "mourn",   "lament",   "slam",    NULL};
    /* (harm a deed does: "..., offering condolences" stays the judges') */
    static const char *const harming[] = {"kill",  "wound",   "injure", "cause",    "leave",
                                          "claim", "destroy", "damage", "displace", NULL};
    if (r != TC_REL_ADVCL || f->mark != TC_FRAME_NONE || has_aux(b, p) || !b->p ||
        strcmp(tc_parse_xpos_name(b->p, w[p].xpos), "VBG") || !lemma_is(b, h, judging) ||
        !lemma_is(b, p, harming) || h >= p || !g->nobj || !punct_before(b, p))
        return 0;
    for (int i = 0; i < g->nobj; i++) f->subj[f->nsubj++] = g->obj[i];
    f->flags |= TC_FR_SUBJ_SHARED;
    return 1;
}

/* "farmers were sidelined by a land policy requiring[VBG] tenants to pay": an "-ing" adjunct
 * p right after a passive's "by" agent, with no comma or mark of its own, is the agent's
 * doing, not its patient's (the farmers require nothing; ", demanding ...": a comma sets it
 * apart, the subject's adjunct). Gives f g's agents as subject; 1 if it did. */
static int agent_adjunct(builder *b, uint32_t p, int r, tc_frame *f, const tc_frame *g)
{
    if (r != TC_REL_ADVCL || !(g->flags & TC_FR_PASSIVE) || !g->nagent || punct_before(b, p) ||
        g->agent[0].word >= p || f->mark != TC_FRAME_NONE || has_aux(b, p) || !b->p)
        return 0;
    const tc_feats *ft = tc_parse_feats(b->p, b->t->w[p].feats);
    if (!ft ||
        (ft->verbform != TC_VF_GER && (ft->verbform != TC_VF_PART || ft->tense != TC_TENSE_PRES)))
        return 0;
    for (int i = 0; i < g->nagent; i++)
        f->subj[f->nsubj++] = (tc_frame_arg){g->agent[i].word, TC_FRAME_NONE};
    return 1;
}

/* The voice clause p (joined to h by r) takes with the subject it shares with g: passive
 * when its participle says what was done to the subject. */
static void shared_voice(builder *b, uint32_t p, uint32_t h, int r, tc_frame *f, const tc_frame *g)
{
    const tc_word *w = b->t->w;
    /* "people became displaced", "got arrested": a participle completing a verb of
       becoming says what happened to the subject */
    static const char *const becoming[] = {"become", "get",  "remain", "stay", "seem",
                                           "appear", "look", "feel",   NULL};
    if (r == TC_REL_XCOMP && lemma_is(b, h, becoming) && !has_aux(b, p) && participle(b, p) &&
        !f->nobj)
        f->flags |= TC_FR_PASSIVE;
    /* "journalists were blocked, harassed and detained": a participle coordinated with a
       passive shares its voice */
    if (r == TC_REL_CONJ && g->flags & TC_FR_PASSIVE && !has_aux(b, p) && participle(b, p))
        f->flags |= TC_FR_PASSIVE;
    /* "the commander is dead, killed in a strike", "backed by Russia, the rebels ...": a
       participle adjunct with no object says what was done to the subject */
    if (r == TC_REL_ADVCL && !has_aux(b, p) && participle(b, p) && !f->nobj)
        f->flags |= TC_FR_PASSIVE;
    /* ... also read as a past coordinated with a state ("is dead, killed[VBD] in ...") */
    if (r == TC_REL_CONJ && w[h].upos == TC_UPOS_ADJ && copula(b, h) && !has_aux(b, p) &&
        !f->nobj && b->p && w[p].upos == TC_UPOS_VERB &&
        (!strcmp(tc_parse_xpos_name(b->p, w[p].xpos), "VBD") ||
         !strcmp(tc_parse_xpos_name(b->p, w[p].xpos), "VBN")))
        f->flags |= TC_FR_PASSIVE;
}

/* A conjunct, xcomp or adverbial clause with no subject of its own: the subject it shares
 * (the head's, or that of the clause a speech verb reports, or what a judged deed or a
 * passive's agent did) and the voice it takes. Is f done (no shared subject to mark)? */
static int joined_subject(builder *b, uint32_t p, uint32_t h, int r, tc_frame *f, const tc_frame *g)
{
    const tc_word *w = b->t->w;
    if (possession_participle(b, p, h, r)) return 1;
    /* "villagers were displaced by fighting between X and Y": what a passive's subject
       underwent "by" is no act of that subject's */
    if (r == TC_REL_ADVCL && (g->flags & TC_FR_PASSIVE) && f->mark != TC_FRAME_NONE &&
        !strcmp(w[f->mark].lemma, "by"))
        return 1;
    g = reported_doer(b, p, h, r, f, g);
    if (judged_deed_doer(b, p, h, r, f, g)) return 1;
    if (agent_adjunct(b, p, r, f, g)) return 1;
    for (int i = 0; i < g->nsubj; i++) f->subj[f->nsubj++] = g->subj[i];
    shared_voice(b, p, h, r, f, g);
    return 0;
}

static void inherited(builder *b, uint32_t p, tc_frame *f)
{
    const tc_word *w = b->t->w;
    uint32_t h = w[p].head ? w[p].head - 1u : p;
    int r = w[p].rel;
    if (r == TC_REL_ACL_RELCL || r == TC_REL_ACL) {
        clause_on_noun(b, p, h, r, f);
        return;
    }
    if (f->nsubj || !w[p].head) return;
    if (reduced_relative(b, p)) {
        add_arg(b, f->obj, &f->nobj, p - 1, TC_FRAME_NONE);
        f->flags |= TC_FR_PASSIVE;
        return;
    }
    const tc_frame *g = frame_at(b, h);
    if (!g) return;
    if (said_object_subject(b, p, h, r, f, g) || judged_for(b, p, h, r, f, g)) return;
    if (r == TC_REL_XCOMP && g->nobj && possessed_undergone(b, p, g->obj[0].word)) {
        add_arg(b, f->obj, &f->nobj, g->obj[0].word, TC_FRAME_NONE);
        f->flags |= TC_FR_PASSIVE;
    } else if (r == TC_REL_XCOMP && g->nobj && harm_done(b, p, f)) {
        for (int i = 0; i < g->nobj; i++)
            add_arg(b, f->obj, &f->nobj, g->obj[i].word, TC_FRAME_NONE);
        f->flags |= TC_FR_PASSIVE;
    } else if (r == TC_REL_XCOMP && g->nobj) {
        for (int i = 0; i < g->nobj; i++) f->subj[f->nsubj++] = g->obj[i];
    } else if (r == TC_REL_XCOMP && g->nobl && !temporal(b, g->obl[0].word)) {
        for (int i = 0; i < g->nobl; i++)
            if (g->obl[i].prep == g->obl[0].prep)
                f->subj[f->nsubj++] = (tc_frame_arg){g->obl[i].word, TC_FRAME_NONE};
    } else if (r == TC_REL_XCOMP || r == TC_REL_CONJ || r == TC_REL_ADVCL) {
        if (joined_subject(b, p, h, r, f, g)) return;
    }
    if (f->nsubj) f->flags |= TC_FR_SUBJ_SHARED;
}

/* "will not hesitate to cut off the power", "did not hesitate to strike": a hesitation
 * denied asserts the act (a litotes), so the infinitive stands in the place of "hesitate",
 * with its tense, mood and governor, as "will cut off" would (groups18: recall8's threats,
 * "I will not hesitate to shut the electricity off"). */
static void hesitation_denied(builder *b, uint32_t p, tc_frame *f)
{
    const tc_word *w = b->t->w;
    if (w[p].rel != TC_REL_XCOMP || !w[p].head || strcmp(w[w[p].head - 1u].lemma, "hesitate"))
        return;
    const tc_frame *g = frame_at(b, w[p].head - 1u);
    if (!g || !(g->flags & TC_FR_NEGATED)) return;
    f->flags |= g->flags & (TC_FR_FUTURE | TC_FR_MODAL);
    if (f->aux == TC_FRAME_NONE) f->aux = g->aux;
    f->gov = g->gov;
    f->gov_rel = g->gov_rel;
    f->mark = g->mark;
}

static const tc_frame *frame_at(builder *b, uint32_t p)
{
    if (b->frame_of[p] >= 0) return &b->fr[b->frame_of[p]];
    if (b->frame_of[p] == -2 || !is_predicate(b, p)) return NULL; /* a cycle cannot happen */
    b->frame_of[p] = -2;
    tc_frame f;
    memset(&f, 0, sizeof f);
    f.pred = (uint16_t)p;
    f.mark = f.aux = TC_FRAME_NONE;
    uint16_t h = b->t->w[p].head;
    f.gov = h ? (uint16_t)(h - 1) : TC_FRAME_NONE;
    f.gov_rel = h ? b->t->w[p].rel : TC_REL_ROOT;
    own_children(b, p, &f);
    inherited(b, p, &f);
    hesitation_denied(b, p, &f);
    b->frame_of[p] = (int16_t)b->nfr;
    b->fr[b->nfr++] = f;
    return &b->fr[b->nfr - 1];
}

size_t tc_frames(const tc_parser *p, const tc_tree *t, tc_arena *a, tc_frame **out)
{
    builder b = {.p = p, .t = t};
    tc_tree_children(t, a, &b.first, &b.kids);
    b.frame_of = tc_arena_alloc(a, (t->n ? t->n : 1) * sizeof *b.frame_of);
    for (uint32_t i = 0; i < t->n; i++) b.frame_of[i] = -1;
    b.fr = tc_arena_alloc(a, (t->n ? t->n : 1) * sizeof *b.fr);
    for (uint32_t i = 0; i < t->n; i++) frame_at(&b, i);
    /* frames were made governors first: put them in word order */
    tc_frame *sorted = tc_arena_alloc(a, (b.nfr ? b.nfr : 1) * sizeof *sorted);
    size_t n = 0;
    for (uint32_t i = 0; i < t->n; i++)
        if (b.frame_of[i] >= 0) sorted[n++] = b.fr[b.frame_of[i]];
    *out = sorted;
    return n;
}
