/* actors_pronouns: what a pronoun or a plural description stands for inside its sentence and
 * the one before, read from the tokens and the mentions found: "he" after an opening phrase
 * or a verb of saying, "him", "it" for the speaker, "its offer", "them" and "they" for the
 * list of actors named before, "both sides" and "the two leaders" for the last two states.
 * Split from actors_refs.c, whose resolver (tc_actors_resolve) calls these rules; the
 * references carried from sentence to sentence (tc_actors_refs) are its part. Declared in
 * actors_int.h; every function is thread-safe. */
#include "actors.h"

#include "actors_int.h"

#include <stdio.h>
#include <string.h>

static int it_or_they(const tc_token *w)
{
    return tc_actors_word_is(w, "it") || tc_actors_word_is(w, "they");
}

/* Is token i the subject after a sentence's opening words and no actor: a short phrase
 * closed by a comma ("On Tuesday, he", "Speaking to reporters, she", "In a statement, he") or
 * words that only join ("Then he", "But later she")? A "he" there goes on with the person the
 * sentence before opened with, as a "He" opening the sentence does (subject continuity:
 * "Lula met Macron in Paris. On Tuesday, he criticized Bolivia" is Lula; eleventh session). */
int tc_actors_after_opener(const tc_text *t, uint32_t first, uint32_t i)
{
    static const char *const joins[] = {"then", "but", "and",   "later",     "also",
                                        "so",   "yet", "still", "meanwhile", "afterwards"};
    if (i <= first || i > first + 8) return 0;
    if (tc_actors_word_is(&t->toks[i - 1], ",")) {
        for (uint32_t k = first; k + 1 < i; k++)
            if (t->toks[k].flags & TC_TOK_PUNCT) return 0; /* one phrase, no quote */
        return 1;
    }
    for (uint32_t k = first; k < i; k++)
        if (!tc_actors_in_words(&t->toks[k], joins, sizeof joins / sizeof *joins)) return 0;
    return 1;
}

/* Is token i a sentence's "It" or "They" that stands for an actor: not "It is", "It would",
 * "It seems" (an expletive or a judgement)? */
int tc_actors_opening_pronoun(const tc_text *t, uint32_t i, uint32_t end)
{
    static const char *const not_after[] = {
        "was",   "'s",    "seems", "seemed", "appears", "appeared", "remains", "remained",
        "would", "could", "may",   "might",  "should",  "must",     "can",     "takes",
        "took",  "were",  "are",   "'re",    "has",     "have",     "had"};
    if (i + 1 >= end || !it_or_they(&t->toks[i])) return 0;
    for (size_t k = 0; k < sizeof not_after / sizeof *not_after; k++)
        if (tc_actors_word_is(&t->toks[i + 1], not_after[k])) return 0;
    return !(t->toks[i + 1].flags & TC_TOK_PUNCT);
}

/* Is token i "it" or "they" (not "it was", as tc_actors_opening_pronoun) the subject of a clause
 * joined by "and" or "but" after words of its sentence ("..., and it also warned", "but they later
 * freed", "and then it")? */
int tc_actors_joined_subject(const tc_text *t, uint32_t first, uint32_t i, uint32_t end)
{
    static const char *const adverbs[] = {"then", "later", "also", "subsequently", "again"};
    if (!tc_actors_opening_pronoun(t, i, end)) return 0;
    uint32_t j = i;
    if (j > first + 2 &&
        tc_actors_in_words(&t->toks[j - 1], adverbs, sizeof adverbs / sizeof *adverbs))
        j--;
    return j > first + 2 &&
           (tc_actors_word_is(&t->toks[j - 1], "and") || tc_actors_word_is(&t->toks[j - 1], "but"));
}

/* Is m an agent named by a plural noun ("Russian forces", "Sudanese soldiers"), which a
 * reader takes up with "they", not "it"? */
int tc_actors_plural_agent(const tc_text *t, const tc_mention *m)
{
    if (strlen(m->code) <= 3 || m->kind == TC_KIND_METONYM || m->kind == TC_KIND_IGO ||
        m->kind == TC_KIND_NGO || !strncmp(m->code, "IGO", 3) || !strncmp(m->code, "NGO", 3) ||
        !m->ntok)
        return 0;
    const tc_token *w = &t->toks[m->tok0 + m->ntok - 1];
    return w->nlen > 3 && w->norm[w->nlen - 1] == 's' && w->norm[w->nlen - 2] != 's';
}

/* Is token i "it" or "they" right after "said", "says", "stated", "added", "warned" ..., a
 * word of its clause after it ("said it was watching", not "he said it.")? */
int tc_actors_said_it(const tc_text *t, uint32_t first, uint32_t i)
{
    static const char *const verbs[] = {"said",      "says",     "stated",  "added",   "warned",
                                        "announced", "insisted", "claimed", "declared"};
    if (i == first || !it_or_they(&t->toks[i])) return 0;
    /* "he said it." : the object, no subject of a clause */
    if (i + 1 >= t->ntoks || (t->toks[i + 1].flags & TC_TOK_PUNCT)) return 0;
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
        if (tc_actors_word_is(&t->toks[i - 1], verbs[k])) return 1;
    return 0;
}

/* Nouns of one holder of an office or of one person of a trade, the head of an agent that
 * "he" or "she" may stand for ("the president", "a spokeswoman", "a farmer"). */
static const char *const offices[] = {
    "president", "minister",   "premier",  "chancellor", "spokesman", "spokeswoman", "spokesperson",
    "leader",    "ambassador", "envoy",    "official",   "commander", "governor",    "mayor",
    "secretary", "king",       "queen",    "emir",       "general",   "chief",       "officer",
    "soldier",   "lawmaker",   "senator",  "farmer",     "lawyer",    "activist",    "analyst",
    "executive", "director",   "chairman", "manager",    "professor", "expert",      "researcher",
    "witness",   "resident",   "doctor",   "man",        "woman",     "diplomat",    "source"};

int tc_actors_office_sex(const tc_token *h)
{
    if (!tc_actors_in_words(h, offices, sizeof offices / sizeof *offices)) return -1;
    if (tc_actors_word_is(h, "spokeswoman") || tc_actors_word_is(h, "queen") ||
        tc_actors_word_is(h, "woman"))
        return TC_SEX_FEMALE;
    if (tc_actors_word_is(h, "spokesman") || tc_actors_word_is(h, "king") ||
        tc_actors_word_is(h, "emir") || tc_actors_word_is(h, "man") ||
        tc_actors_word_is(h, "chairman"))
        return TC_SEX_MALE;
    return TC_SEX_NONE;
}

/* "The Kenyan president said he would visit Moscow": "he" or "she" (want: its sex) right
 * after a verb of saying whose subject opens the sentence is that subject, the closer one,
 * not the person the sentences before named last (issue 14's noise control: subject
 * continuity and agreement; session of 2026-12-07, the eleventh): a person of that sex ("He
 * said he": the "He" resolved) or one holder of an office of a state (an agent: the
 * president, the foreign minister, a spokeswoman, a farmer). A single person whom no
 * dictionary places ("A Toyota executive said he", "An analyst said he") is nobody the text
 * named before: *nobody is set and NULL returned. NULL when the rule does not apply. */
const tc_mention *tc_actors_speaking_subject(const tc_text *t, uint32_t first, uint32_t i,
                                             unsigned want, const tc_mention *res, size_t n,
                                             int *nobody)
{
    *nobody = 0;
    if (i < first + 2 || i + 1 >= t->ntoks || (t->toks[i + 1].flags & TC_TOK_PUNCT)) return NULL;
    const tc_token *v = &t->toks[i - 1];
    if (!tc_actors_word_is(v, "said") && !tc_actors_word_is(v, "says") &&
        !tc_actors_word_is(v, "added") && !tc_actors_word_is(v, "insisted") &&
        !tc_actors_word_is(v, "stated") && !tc_actors_word_is(v, "announced") &&
        !tc_actors_word_is(v, "declared"))
        return NULL;
    const tc_token *h = &t->toks[i - 2]; /* the subject's last word */
    const tc_token *det = &t->toks[first];
    int opens_det = tc_actors_word_is(det, "the") || tc_actors_word_is(det, "a") ||
                    tc_actors_word_is(det, "an");
    const tc_mention *m = n ? &res[0] : NULL;
    if (m && m->tok0 + m->ntok == i - 1 &&
        (m->tok0 == first || (m->tok0 == first + 1 && opens_det))) {
        int office = tc_actors_office_sex(h);
        if (m->kind == TC_KIND_PERSON) return tc_actors_sex_agrees(m->sex, want) ? m : NULL;
        if (office < 0) return NULL;
        if (!m->code[0] || m->code[0] == '-' || strlen(m->code) < 6) {
            *nobody = 1;
            return NULL;
        }
        return tc_actors_sex_agrees((unsigned)office, want) ? m : NULL;
    }
    /* no mention ends at the verb: a subject of one to four words opening the sentence whose
       last is a person's noun */
    for (size_t q = 0; q < n; q++)
        if (res[q].tok0 < i && res[q].tok0 + res[q].ntok > i - 2) return NULL;
    if (i - 2 > first + 3 || !opens_det || tc_actors_office_sex(h) < 0) return NULL;
    for (uint32_t k = first + 1; k < i - 2; k++)
        if (t->toks[k].flags & TC_TOK_PUNCT) return NULL;
    *nobody = 1;
    return NULL;
}

/* An object pronoun's antecedent. "Thousands of Georgians protested, and police dispersed
 * them": "them" is the last group of people named before it in the sentence (res[0..n)), not
 * the subject of the verb right before it (one or two words between: "police dispersed them",
 * "police had dispersed them"). */
/* Is token w a count: figures ("40") or a number word ("two", "dozens")? */
static int count_word(const tc_token *w)
{
    static const char *const counts[] = {"two",   "three",  "four",     "five",    "six",
                                         "seven", "eight",  "nine",     "ten",     "dozens",
                                         "dozen", "scores", "hundreds", "several", "some"};
    return (w->flags & TC_TOK_NUM) || tc_actors_in_words(w, counts, sizeof counts / sizeof *counts);
}

/* Are tokens [a, b) a count that opens a sentence before its subject, one to five words
 * ("Thousands of", "Tens of thousands of", "Hundreds of", "About 200")? Its subject is a
 * crowd: "They" in the next sentence (session of 2026-12-07, the thirteenth). */
int tc_actors_counted(const tc_text *t, uint32_t a, uint32_t b)
{
    static const char *const words[] = {"tens",     "hundreds", "thousands", "dozens", "scores",
                                        "millions", "of",       "several",   "about",  "some",
                                        "nearly",   "more",     "than",      "over"};
    if (b <= a || b - a > 5 || !tc_actors_word_is(&t->toks[b - 1], "of")) return 0;
    for (uint32_t w = a; w < b; w++)
        if (!count_word(&t->toks[w]) &&
            !tc_actors_in_words(&t->toks[w], words, sizeof words / sizeof *words))
            return 0;
    return 1;
}

/* "eight Uyghurs remain in custody since authorities deported 40 others": "N others" in the
 * sentence of a counted group (a count at most four words before its words, none between) is
 * more of that group: the last such actor of this sentence before it, no person (session of
 * 2026-12-07, the tenth, branch past10). */
const tc_mention *tc_actors_others_of(const tc_text *t, uint32_t first, uint32_t i,
                                      const tc_mention *res, size_t n)
{
    if (!tc_actors_word_is(&t->toks[i], "others") || i <= first || !count_word(&t->toks[i - 1]))
        return NULL;
    for (size_t k = n; k-- > 0;) {
        const tc_mention *m = &res[k];
        if (m->tok0 < first || m->tok0 >= i || !m->code[0] || m->code[0] == '-' ||
            m->kind == TC_KIND_PERSON)
            continue;
        uint32_t from = m->tok0 >= first + 4 ? m->tok0 - 4 : first;
        if (k > 0 && res[k - 1].tok0 + res[k - 1].ntok > from)
            from = res[k - 1].tok0 + res[k - 1].ntok;
        for (uint32_t j = from; j < m->tok0 + m->ntok; j++)
            if (count_word(&t->toks[j]) && !(j + 1 < i && tc_actors_word_is(&t->toks[j + 1], "of")))
                return m;
    }
    return NULL;
}

const tc_mention *tc_actors_object_of_pronoun(const tc_text *t, uint32_t i, const tc_mention *res,
                                              size_t n)
{
    static const char *const people[] = {"CVL", "OPP", "EDU", "LAB", "REF", "HLH", "AGR", "MED",
                                         "REL", "MIL", "COP", "REB", "UAF", "INS", "SEP", "CRM"};
    /* (not a part of a count, "13 of them", whose whole is the phrase right before) */
    if (i > 0 && tc_actors_word_is(&t->toks[i - 1], "of")) return NULL;
    /* "wrote to Rubio urging him to ...": "him" is the last person named before it */
    if (tc_actors_word_is(&t->toks[i], "him")) {
        for (size_t k = n; k-- > 0;) {
            uint32_t e = res[k].tok0 + res[k].ntok;
            /* (not the subject of the verb right before it, "Rubio urged him"; but the object
               of the verb before the "and" that opens the pronoun's own verb is: "removed
               Bashir and jailed him") */
            int conjoined = e < i && tc_actors_word_is(&t->toks[e], "and");
            /* (a surname no dictionary knows by itself, "removed Bashir and jailed him", is
               taken too when conjoined: the caller reads it as the person named before) */
            if (conjoined && (res[k].flags & TC_MENTION_UNKNOWN) && !res[k].code[0] &&
                res[k].ntok == 1)
                return &res[k];
            if ((e + 2 >= i && !conjoined) || res[k].kind != TC_KIND_PERSON ||
                res[k].sex == TC_SEX_FEMALE || !res[k].code[0] || res[k].code[0] == '-')
                continue;
            return &res[k];
        }
        return NULL;
    }
    if (!tc_actors_word_is(&t->toks[i], "them")) return NULL;
    for (size_t k = n; k-- > 0;) {
        const tc_mention *c = &res[k];
        uint32_t end = c->tok0 + c->ntok;
        if (end + 3 > i) continue; /* the verb's own subject, or right before it */
        if (!c->code[0] || c->code[0] == '-') continue;
        const tc_token *h = &t->toks[end - 1];
        /* (a state's people by their name: "Georgians") */
        int group = strlen(c->code) == 3 && (h->flags & TC_TOK_CAP) && c->kind == TC_KIND_COUNTRY;
        for (size_t q = 0; strlen(c->code) >= 6 && q < sizeof people / sizeof *people && !group;
             q++)
            group = !strncmp(c->code + 3, people[q], 3);
        if (group && h->nlen > 1 && h->norm[h->nlen - 1] == 's') return c;
    }
    return NULL;
}

/* "Thailand said Beijing had assured it that ...": "it" as the object of a verb in the clause
 * a state or an organisation says, whose subject is another actor, is the speaker: the actor
 * right before a speech verb before "it" (its subject), when another actor's name lies
 * between that verb and "it" and "it" follows a verb whose object is a party (assured, told,
 * warned, attacked, accused ...). Not "it" as a subject ("said Somalia thinks it will win" is
 * Somalia's: "it" before an auxiliary or after a conjunction). */
const tc_mention *tc_actors_speaker_object(const tc_text *t, uint32_t first, uint32_t i,
                                           uint32_t end, const tc_mention *res, size_t n)
{
    static const char *const speech[] = {"said",    "says",  "told",     "stated",
                                         "claimed", "added", "insisted", "announced"};
    static const char *const subject_next[] = {"will",  "would", "was", "is",    "has",    "had",
                                               "could", "can",   "may", "might", "should", "must",
                                               "did",   "does",  "'s",  "wants", "says",   "said"};
    static const char *const clause_words[] = {"that", "if", "when",  "because",  "and",
                                               "but",  "as", "while", "although", "since"};
    if (n < 2 || !tc_actors_word_is(&t->toks[i], "it") || i <= first + 2) return NULL;
    /* (a verb whose object is a party, not a thing: "said Russia would not back it" may be
       the resolution) */
    static const char *const to_party[] = {
        "assured",  "assures",    "promised",   "promises",   "told",       "tells",
        "warned",   "warns",      "threatened", "attacked",   "accused",    "accuses",
        "urged",    "urges",      "invited",    "informed",   "notified",   "pressured",
        "blamed",   "blames",     "criticized", "criticised", "asked",      "insulted",
        "betrayed", "sanctioned", "reassured",  "attacking",  "threatening"};
    const tc_token *prev = &t->toks[i - 1];
    if ((prev->flags & TC_TOK_PUNCT) ||
        tc_actors_in_words(prev, clause_words, sizeof clause_words / sizeof *clause_words) ||
        !tc_actors_in_words(prev, to_party, sizeof to_party / sizeof *to_party))
        return NULL;
    if (i + 1 < end && tc_actors_in_words(&t->toks[i + 1], subject_next,
                                          sizeof subject_next / sizeof *subject_next))
        return NULL;
    uint32_t verb = 0;
    for (uint32_t k = first + 1; k < i && !verb; k++)
        if (tc_actors_in_words(&t->toks[k], speech, sizeof speech / sizeof *speech)) verb = k;
    if (!verb || verb + 1 >= i) return NULL;
    const tc_mention *speaker = NULL;
    for (size_t q = 0; q < n; q++)
        if (res[q].tok0 + res[q].ntok == verb) speaker = &res[q];
    if (!speaker || !speaker->code[0] || speaker->code[0] == '-' || speaker->kind == TC_KIND_PERSON)
        return NULL;
    for (size_t q = 0; q < n; q++)
        if (res[q].tok0 > verb && res[q].tok0 + res[q].ntok <= i - 1 && res[q].code[0] &&
            res[q].code[0] != '-' && strncmp(res[q].code, speaker->code, 3) &&
            (t->toks[res[q].tok0].flags & (TC_TOK_CAP | TC_TOK_UPPER))) /* a name, no pronoun */
            return speaker;
    return NULL;
}

/* "Tehran rejected its offer for new nuclear talks": "its" or "their" before a noun of what
 * one side puts to another (an offer, a proposal, a demand ...) is the last state named, the
 * maker of it, when that state is not the sentence's first actor (who would reject their own
 * offer?). */
const tc_mention *tc_actors_maker_of(const tc_text *t, uint32_t i, uint32_t end,
                                     const tc_actors_refs *refs, const tc_mention *res, size_t n)
{
    static const char *const proposals[] = {"offer",  "offers",     "proposal",  "proposals",
                                            "demand", "demands",    "request",   "requests",
                                            "plan",   "bid",        "call",      "calls",
                                            "appeal", "invitation", "ultimatum", "initiative"};
    if ((!tc_actors_word_is(&t->toks[i], "its") && !tc_actors_word_is(&t->toks[i], "their")) ||
        i + 1 >= end)
        return NULL;
    uint32_t j = i + 1; /* an adjective or two may come between: "its latest offer" */
    while (j < end && j < i + 3 && !(t->toks[j].flags & TC_TOK_PUNCT) &&
           !tc_actors_in_words(&t->toks[j], proposals, sizeof proposals / sizeof *proposals))
        j++;
    if (j >= end || j >= i + 3 || (t->toks[j].flags & TC_TOK_PUNCT) ||
        (j > i + 1 && tc_actors_word_is(&t->toks[i + 1], "own")))
        return NULL;
    /* an actor of the sentence before it, not the subject of the verb right before "its", is
       whose it is ("Israel said Hamas rejected its proposal"; "Reporters Without Borders ...
       reiterated its call": its own) */
    /* (the sentence's first actor: "The United States warned ... Iran ..., as Tehran rejected
       its offer" is the United States') */
    for (size_t q = 0; q < n; q++) {
        uint32_t e = res[q].tok0 + res[q].ntok;
        if (e > i || e + 2 >= i || !res[q].code[0] || res[q].code[0] == '-') continue;
        if (tc_actors_sort_of(&res[q]) != REF_STATE) return NULL;
        for (size_t v = 0; v < n; v++) /* not the rejecter's own state */
            if (res[v].tok0 + res[v].ntok <= i && res[v].tok0 + res[v].ntok + 2 >= i &&
                !strncmp(res[v].code, res[q].code, 3))
                return NULL;
        return &res[q];
    }
    /* else the newest state actor of the sentences before, not of the subject's state */
    for (unsigned k = 0; k < 4 && k < refs->nstates; k++) {
        const tc_mention *c = &refs->states[(refs->nstates - 1 - k) % 4];
        uint32_t e = c->tok0 + c->ntok;
        if (e <= i && e + 2 >= i) continue; /* "Tehran rejected its": the rejecter */
        int taken = 0; /* nor of the rejecter's state ("Iran's government rejected its") */
        for (size_t q = 0; q < n && !taken; q++)
            taken = res[q].tok0 + res[q].ntok <= i && res[q].tok0 + res[q].ntok + 2 >= i &&
                    !strncmp(res[q].code, c->code, 3);
        if (taken || !c->code[0] || c->code[0] == '-') continue;
        return c;
    }
    return NULL;
}

/* "The U.S. House passed a resolution ... Pakistan rejected the resolution": a noun of what
 * one side puts to another (a resolution, an offer, a proposal, a plan ...) at token i, after
 * "the" (an adjective may come between), that the sentence before or the one before that
 * named too is its maker there: the last actor named before that noun in its sentence (the
 * states, organisations and groups remembered), not of the state of an actor of this
 * sentence before it (who would reject their own plan?). The noun then stands for its maker,
 * the target of the verb that takes it (session of 2026-12-07, the eleventh). */
const tc_mention *tc_actors_proposal_maker(const tc_text *t, uint32_t sent, uint32_t i,
                                           const tc_actors_refs *refs, const tc_mention *res,
                                           size_t n)
{
    static const char *const proposals[] = {"offer",      "proposal",   "plan",       "ultimatum",
                                            "initiative", "resolution", "invitation", "demand"};
    const tc_token *w = &t->toks[i];
    uint32_t first = t->sents[sent].tok0;
    if (!tc_actors_in_words(w, proposals, sizeof proposals / sizeof *proposals) || i < first + 1 ||
        sent == 0)
        return NULL;
    if (!tc_actors_word_is(&t->toks[i - 1], "the") &&
        !(i >= first + 2 && tc_actors_word_is(&t->toks[i - 2], "the") &&
          !(t->toks[i - 1].flags & (TC_TOK_PUNCT | TC_TOK_CAP))))
        return NULL;
    if (i + 1 < t->ntoks && tc_actors_word_is(&t->toks[i + 1], "of"))
        return NULL; /* "the plan of X" */
    /* the noun in one of the two sentences before, after "a" or "an" (a new one there) */
    uint32_t lo = t->sents[sent >= 2 ? sent - 2 : 0].tok0, at = 0;
    for (uint32_t q = first; q-- > lo + 1;)
        if (!strcmp(t->toks[q].norm, w->norm) &&
            (tc_actors_word_is(&t->toks[q - 1], "a") || tc_actors_word_is(&t->toks[q - 1], "an") ||
             (q >= lo + 2 && (tc_actors_word_is(&t->toks[q - 2], "a") ||
                              tc_actors_word_is(&t->toks[q - 2], "an"))))) {
            at = q;
            break;
        }
    if (!at) return NULL;
    uint32_t from = lo;
    for (uint32_t q = 0; q < t->nsents; q++)
        if (t->sents[q].tok0 <= at) from = t->sents[q].tok0;
    const tc_mention *best = NULL;
    const tc_mention *cands[6];
    size_t nc = 0;
    for (unsigned k = 0; k < 4 && k < refs->nstates; k++)
        cands[nc++] = &refs->states[(refs->nstates - 1 - k) % 4];
    if (refs->has >> REF_ORG & 1) cands[nc++] = &refs->last[REF_ORG];
    if (refs->has >> REF_GROUP & 1) cands[nc++] = &refs->last[REF_GROUP];
    for (size_t k = 0; k < nc; k++) {
        const tc_mention *c = cands[k];
        if (c->tok0 < from || c->tok0 >= at || !c->code[0] || c->code[0] == '-') continue;
        if (!best || c->tok0 > best->tok0) best = c;
    }
    if (!best) return NULL;
    for (size_t q = 0; q < n; q++) /* not the taker's own state's */
        if (res[q].tok0 >= first && res[q].tok0 < i && !strncmp(res[q].code, best->code, 3))
            return NULL;
    return best;
}

/* Does the sentence's subject that ends at token i draw a reaction of others: a verb that
 * draws (drew, has drawn, met with, faced, sparked ...) within a few words, then a noun of
 * reaction ("The move has drawn criticism from X", "The decision met with opposition from X")?
 * (fifteenth session, recall6's "drawn criticism / met with opposition from X") */
static int draws_reaction(const tc_text *t, uint32_t sent, uint32_t i)
{
    static const char *const drawing[] = {
        "drew",     "draw",     "draws",    "drawn",     "met",      "meets",
        "faced",    "faces",    "face",     "sparked",   "sparks",   "prompted",
        "prompts",  "provoked", "provokes", "triggered", "triggers", "attracted",
        "attracts", "earned",   "earns",    "received",  "receives"};
    static const char *const reactions[] = {
        "criticism", "criticisms", "condemnation", "rebuke",  "rebukes",
        "backlash",  "outrage",    "anger",        "protest", "protests",
        "complaint", "complaints", "objections",   "censure", "opposition"};
    uint32_t end = sent + 1 < t->nsents ? t->sents[sent + 1].tok0 : t->ntoks;
    for (uint32_t q = i + 1; q < end && q < i + 12; q++) {
        if (!tc_actors_in_words(&t->toks[q], drawing, sizeof drawing / sizeof *drawing)) continue;
        for (uint32_t r = q + 1; r < end && r < q + 5; r++)
            if (tc_actors_in_words(&t->toks[r], reactions, sizeof reactions / sizeof *reactions))
                return 1;
        return 0;
    }
    return 0;
}

/* "Ghana closed its border with Togo. Nigeria condemned the move": a noun that takes up the
 * act of the sentence before (the move, the decision, the step, the call ...) right after
 * "the" (an adjective may come between) as the object of a verb that judges it (welcomed,
 * condemned, backed ...) stands for who did that act: the actor that opened the sentence
 * before (subject continuity), or the list that did (into out; returns how many, 0 for none).
 * or the person who did. Not the judge's own state ("Ghana later defended the move")
 * (twelfth session, recall4's dropped targets "welcomed the move", "supported the call"). */
size_t tc_actors_act_doer(const tc_text *t, uint32_t sent, uint32_t i, const tc_actors_refs *refs,
                          const tc_mention *res, size_t n, const tc_mention **out)
{
    static const char *const acts[] = {"move",  "decision", "step",      "call",
                                       "calls", "measure",  "extension", "announcement"};
    static const char *const judging[] = {
        "welcomed",   "welcomes",  "condemned", "condemns",   "criticized", "criticised",
        "criticizes", "denounced", "denounces", "supported",  "supports",   "backed",
        "backs",      "praised",   "praises",   "hailed",     "hails",      "applauded",
        "rejected",   "rejects",   "opposed",   "opposes",    "slammed",    "decried",
        "endorsed",   "endorses",  "protested", "condemning", "welcoming",  "criticizing"};
    uint32_t first = t->sents[sent].tok0;
    if (!sent || i < first + 1 ||
        !tc_actors_in_words(&t->toks[i], acts, sizeof acts / sizeof *acts))
        return 0;
    uint32_t det = tc_actors_word_is(&t->toks[i - 1], "the") ? i - 1
                   : i >= first + 2 && tc_actors_word_is(&t->toks[i - 2], "the") &&
                           !(t->toks[i - 1].flags & (TC_TOK_PUNCT | TC_TOK_CAP))
                       ? i - 2
                       : 0;
    if (!det || (det == first ? !draws_reaction(t, sent, i)
                              : !tc_actors_in_words(&t->toks[det - 1], judging,
                                                    sizeof judging / sizeof *judging)))
        return 0;
    /* ("the call for X by Y", "the decision of Y": its maker named there) */
    if (i + 1 < t->ntoks &&
        (tc_actors_word_is(&t->toks[i + 1], "of") || tc_actors_word_is(&t->toks[i + 1], "by")))
        return 0;
    size_t c = 0;
    if (refs->nlist && refs->list_sent == sent && refs->list_opens) {
        for (unsigned q = 0; q < refs->nlist; q++) out[c++] = &refs->list[q];
    } else if (refs->has_subject && tc_actors_sort_of(&refs->subject) != REF_NONE &&
               refs->subject.code[0] && refs->subject.code[0] != '-') {
        out[c++] = &refs->subject;
    } else if (refs->has_lead && refs->lead.tok0 <= t->sents[sent - 1].tok0 + 1 &&
               refs->lead.code[0] && refs->lead.code[0] != '-') {
        out[c++] = &refs->lead; /* ("President Ruto closed the border. X criticized the move") */
    }
    for (size_t k = 0; k < c; k++)
        for (size_t q = 0; q < n; q++)
            if (res[q].tok0 >= first && res[q].tok0 < i && !strncmp(res[q].code, out[k]->code, 3))
                return 0;
    return c;
}

/* "the two countries", "both leaders", "the prime ministers": a plural description of two
 * states' sides. At token i ("the" or "both"), the words of the description: *det the tokens
 * before the noun ("the two", "both", "the"), *len all of them; 0 when there is none. The
 * bare "the" only before a plural office ("the prime ministers", "the presidents"), which
 * names its holders; "the countries" may be any. */
int tc_actors_pair_at(const tc_text *t, uint32_t i, uint32_t end, uint32_t *det, uint32_t *len,
                      int *gov)
{
    static const struct {
        const char *w1, *w2; /* the noun, one or two words */
        int gov;             /* the states' governments, not the states (2: "sides", see
                                tc_actors_pair_mentions) */
        int bare;            /* after "the" alone too */
    } nouns[] = {
        {"countries", NULL, 0, 0},  {"nations", NULL, 0, 0},      {"neighbours", NULL, 0, 0},
        {"neighbors", NULL, 0, 0},  {"governments", NULL, 1, 0},  {"leaders", NULL, 1, 0},
        {"presidents", NULL, 1, 1}, {"prime", "ministers", 1, 1}, {"foreign", "ministers", 1, 1},
        {"premiers", NULL, 1, 1},   {"capitals", NULL, 1, 0},     {"sides", NULL, 2, 0},
        {"parties", NULL, 2, 1},
    };
    uint32_t d;
    /* not what is between them or theirs ("ties between the two countries", "the leaders of
       both nations"): a relation or a possessor, which the sentence's actors already name */
    if (i > 0 &&
        (tc_actors_word_is(&t->toks[i - 1], "between") || tc_actors_word_is(&t->toks[i - 1], "of")))
        return 0;
    /* "casualties on both sides", "authorities on both sides": a where, not the actors */
    int on = i > 0 && tc_actors_word_is(&t->toks[i - 1], "on");
    if (tc_actors_word_is(&t->toks[i], "both"))
        d = 1;
    else if (tc_actors_word_is(&t->toks[i], "the") && i + 1 < end &&
             tc_actors_word_is(&t->toks[i + 1], "two"))
        d = 2;
    else if (tc_actors_word_is(&t->toks[i], "the"))
        d = 1;
    else
        return 0;
    /* ("the two countries' leaders" is theirs, not them; "both the two") */
    for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++) {
        uint32_t n = nouns[k].w2 ? 2 : 1, j = i + d;
        if (j + n > end || !tc_actors_word_is(&t->toks[j], nouns[k].w1) ||
            (nouns[k].w2 && !tc_actors_word_is(&t->toks[j + 1], nouns[k].w2)))
            continue;
        if (d == 1 && tc_actors_word_is(&t->toks[i], "the") && !nouns[k].bare) return 0;
        if (on && nouns[k].gov == 2) return 0;
        if (j + n < end &&
            (tc_actors_word_is(&t->toks[j + n], "'") || tc_actors_word_is(&t->toks[j + n], "of")))
            return 0;
        *det = d;
        *len = d + n;
        *gov = nouns[k].gov;
        return 1;
    }
    return 0;
}

/* The two states a pair description stands for: the last two state actors named (a person
 * for their state), of two states, no region, no organisation, both from token since on;
 * into a[0] (the earlier) and a[1]. 0 when the article named fewer than two. */
static int last_two_states(const tc_text *t, const tc_actors_refs *r, uint32_t since,
                           const tc_mention **a)
{
    static const char *const no_state[] = {"IGO", "NGO", "IMG", "MNC", "---"};
    a[0] = a[1] = NULL;
    for (unsigned k = 0; k < 4 && k < r->nstates; k++) {
        const tc_mention *c = &r->states[(r->nstates - 1 - k) % 4];
        int skip = c->kind == TC_KIND_REGION || strlen(c->code) < 3;
        for (size_t q = 0; q < sizeof no_state / sizeof *no_state && !skip; q++)
            skip = !strncmp(c->code, no_state[q], 3);
        /* a capital or city after "in" or "at" is where they met, not a side ("held talks
           in Vienna. The parties ...": eleventh session) */
        if (!skip && c->kind == TC_KIND_METONYM && c->tok0 > 0 &&
            (tc_actors_word_is(&t->toks[c->tok0 - 1], "in") ||
             tc_actors_word_is(&t->toks[c->tok0 - 1], "at")))
            skip = 1;
        if (skip || (a[1] && !strncmp(a[1]->code, c->code, 3))) continue;
        if (c->tok0 < since) return 0;
        if (!a[1]) {
            a[1] = c;
            continue;
        }
        a[0] = c;
        return 1;
    }
    return 0;
}

/* The two mentions of a pair description at token i (tc_actors_pair_at): the earlier state on its
 * determiner words, the later on its noun, so that the coder reads them as a list of two.
 * Each is the state or, for its leaders or governments, the state's government (a person's
 * own code). Returns how many were written to out (0 or 2). */
size_t tc_actors_pair_mentions(const tc_text *t, uint32_t i, uint32_t det, uint32_t len, int gov,
                               uint32_t since, const tc_actors_refs *r, tc_mention *out)
{
    static const char *const side_nouns[] = {"party",   "parties",   "opposition", "rebels",
                                             "rebel",   "militants", "insurgents", "fighters",
                                             "militia", "militias",  "group",      "groups",
                                             "faction", "factions",  "protesters", "separatists"};
    const tc_mention *a[2];
    if (!last_two_states(t, r, since, a)) return 0;
    /* "the two sides", "both sides", "the parties" (gov 2) are those of a war or a country's
       politics as often as of talks: not two states when a group, a party, an opposition or
       fighters were named after the earlier ("The U.S. urged Sudan's army and the RSF ...
       Both sides": the army and the RSF, not the U.S.; "The ruling party and the
       opposition met ... with Russia's envoy. The parties signed") */
    if (gov == 2 && r->sides_at > a[0]->tok0) return 0;
    uint32_t from = a[0]->tok0; /* from the start of the earlier's sentence */
    for (uint32_t q = 0; gov == 2 && q < t->nsents; q++)
        if (t->sents[q].tok0 <= a[0]->tok0) from = t->sents[q].tok0;
    for (uint32_t w = from; gov == 2 && w < i; w++) /* (named by a noun no entry codes) */
        if (tc_actors_in_words(&t->toks[w], side_nouns, sizeof side_nouns / sizeof *side_nouns))
            return 0;
    if (gov == 2) gov = 0;
    for (int q = 0; q < 2; q++) {
        out[q] = *a[q];
        out[q].tok0 = q ? i + det : i;
        out[q].ntok = q ? len - det : det;
        if (gov && a[q]->kind != TC_KIND_PERSON)
            snprintf(out[q].code, sizeof out[q].code, "%.3sGOV", a[q]->code);
        else if (!gov)
            snprintf(out[q].code, sizeof out[q].code, "%.3s", a[q]->code);
        out[q].kind = gov ? a[q]->kind : TC_KIND_COUNTRY;
        out[q].rule = "a pair description: the last two states named";
        out[q].flags |= TC_MENTION_PAIR;
    }
    return 2;
}

/* ---- plural references (session of 2026-12-07, the twelfth, branch refs12) ---- */

/* Can mention m be a member of a list a plural pronoun stands for: an actor placed, no
 * region, no reference resolved to a list or a pair already? */
static int listable(const tc_mention *m)
{
    return m->code[0] && m->code[0] != '-' && m->kind != TC_KIND_REGION &&
           m->kind != TC_KIND_DISCARD &&
           !(m->flags & (TC_MENTION_LIST | TC_MENTION_ALSO | TC_MENTION_PAIR));
}

/* Are tokens [a, b) only the words that join a list (",", "and", "the", "both"), one to
 * three of them? *and is set when "and" is among them. */
static int list_gap(const tc_text *t, uint32_t a, uint32_t b, int *and)
{
    if (b <= a || b - a > 3) return 0;
    *and = 0;
    for (uint32_t w = a; w < b; w++) {
        if (tc_actors_word_is(&t->toks[w], "and"))
            *and = 1;
        else if (!tc_actors_word_is(&t->toks[w], ",") && !tc_actors_word_is(&t->toks[w], "the") &&
                 !tc_actors_word_is(&t->toks[w], "both"))
            return 0;
    }
    return 1;
}

/* The last list of two to four actors of res[0..n) that ends before token upto, joined by
 * commas and a last "and" ("Russia and China", "Greece, Panama and South Korea"), not after
 * "between" (a relation: "ties between Russia and China"); its members into out (at most 4),
 * *opens set when its first member opens the sentence (first: its first token). Returns how
 * many, 0 for none (a longer list is none: a pronoun stands for the few a reader keeps). */
size_t tc_actors_last_list(const tc_text *t, uint32_t first, uint32_t upto, const tc_mention *res,
                           size_t n, const tc_mention **out, int *opens)
{
    for (size_t k = n; k-- > 1;) {
        if (res[k].tok0 + res[k].ntok > upto || !listable(&res[k])) continue;
        int and;
        if (!listable(&res[k - 1]) ||
            !list_gap(t, res[k - 1].tok0 + res[k - 1].ntok, res[k].tok0, &and) || !and)
            continue;
        size_t j = k - 1;
        while (j > 0 && listable(&res[j - 1])) {
            int and2;
            if (!list_gap(t, res[j - 1].tok0 + res[j - 1].ntok, res[j].tok0, &and2) || and2) break;
            j--;
        }
        if (k - j + 1 > 4) return 0;
        if (res[j].tok0 > 0 && tc_actors_word_is(&t->toks[res[j].tok0 - 1], "between")) return 0;
        size_t c = 0;
        for (size_t q = j; q <= k; q++) {
            int dup = 0;
            for (size_t d = 0; d < c && !dup; d++) dup = !strcmp(out[d]->code, res[q].code);
            if (!dup) out[c++] = &res[q];
        }
        if (c < 2) return 0;
        *opens = res[j].tok0 == first ||
                 (res[j].tok0 == first + 1 && (tc_actors_word_is(&t->toks[first], "the") ||
                                               tc_actors_word_is(&t->toks[first], "both")));
        return c;
    }
    return 0;
}

/* Can a singular name stand for the plural "They": not a state or a capital named by its
 * name ("France urged Russia to withdraw. They rejected ...": not France); agents ("Russian
 * troops"), groups and organisations ("The G7 ... They called on China") can. */
int tc_actors_takes_they(const tc_mention *m)
{
    size_t l = strlen(m->code);
    return !((m->kind == TC_KIND_COUNTRY && l <= 3) ||
             (m->kind == TC_KIND_METONYM && l == 6 && !strcmp(m->code + 3, "GOV")));
}

/* What a plural pronoun at token i stands for, as a list of actors (into out, at most 4;
 * returns how many): issue 14's noise control with number agreement, subject continuity and
 * distance (this sentence or the one before).
 * - "They" opening the sentence (not "They were", as tc_actors_opening_pronoun): the list that
 * opened the sentence before; else, when that sentence's opening actor cannot be "they" (a state
 *   named by its name), a list it named elsewhere ("France urged Russia and China to
 *   withdraw. They rejected ..."), or no one: *none is set ("France urged Russia to withdraw.
 *   They rejected ...": not France).
 * - "they" right after a verb of saying ("Russia and China said they would ...") : the list
 *   that opens the sentence.
 * - "them": a list of this sentence with an actor after it (the pronoun's own subject:
 *   "Russia and China walked out, and Britain criticized them"), else the list of the
 *   sentence before; not when a group of people of this sentence is it
 * (tc_actors_object_of_pronoun).
 * - "their" (no agent after it, which resolve_agent takes): as "them" ("France criticized
 *   their veto"); not a list that opens this sentence.
 * 0 when none applies: the other rules go on. */
size_t tc_actors_plural_ref(const tc_text *t, uint32_t sent, uint32_t i, uint32_t end,
                            const tc_mention *res, size_t n, const tc_actors_refs *r,
                            const tc_mention **out, int *none)
{
    const tc_sentence *s = &t->sents[sent];
    const tc_token *w = &t->toks[i];
    int they = tc_actors_word_is(w, "they"), them = tc_actors_word_is(w, "them"),
        their = tc_actors_word_is(w, "their");
    *none = 0;
    if (!they && !them && !their) return 0;
    int prev = r->nlist && r->list_sent == sent; /* (list_sent is 1 + its sentence) */
    size_t c = 0;
    int opens = 0;
    if (they && (i == s->tok0 || (!n && tc_actors_after_opener(t, s->tok0, i))) &&
        tc_actors_opening_pronoun(t, i, end)) {
        if (prev && r->list_opens) goto previous;
        if (r->has_subject && (tc_actors_takes_they(&r->subject) || r->subject_many)) return 0;
        if (prev) goto previous;
        *none = r->has_subject;
        return 0;
    }
    if (they && tc_actors_said_it(t, s->tok0, i)) {
        c = tc_actors_last_list(t, s->tok0, i, res, n, out, &opens);
        return opens ? c : 0;
    }
    if (them && tc_actors_object_of_pronoun(t, i, res, n)) return 0;
    if (them || their) {
        c = tc_actors_last_list(t, s->tok0, i, res, n, out, &opens);
        if (c) {
            /* (an actor between the list and the pronoun, its own clause's subject: "Italy
               and Spain refused to let the plane enter their air space" is theirs, no
               target; and for "their" not the list that opens the sentence: "ICE and DHS,
               which ... Trump, declined questions about their ...") */
            const tc_mention *lastm = out[c - 1];
            for (size_t q = 0; q < n && !(their && opens); q++)
                if (res[q].tok0 > lastm->tok0 && res[q].tok0 + res[q].ntok < i && res[q].code[0] &&
                    res[q].code[0] != '-' && !(res[q].flags & TC_MENTION_ALSO))
                    return c;
            return 0;
        }
        if (prev) goto previous;
    }
    return 0;
previous:
    for (unsigned q = 0; q < r->nlist; q++) out[q] = &r->list[q];
    return r->nlist;
}

/* Verbs of saying that attribute a quotation to its speaker ("'...,' they said"). */
static const char *const quoting[] = {"said",     "says",     "told",  "added",     "wrote",
                                      "stated",   "declared", "noted", "explained", "tweeted",
                                      "insisted", "stressed", "asked"};

static int quoting_verb(const tc_token *w)
{
    return tc_actors_in_words(w, quoting, sizeof quoting / sizeof *quoting);
}

/* The token right after the closing mark of the quotation that opens the sentence [first, end)
 * (its first token a quotation mark), or UINT32_MAX when it opens with none or the quotation
 * does not close in it (it goes on in the next sentence). */
static uint32_t past_opening_quote(const tc_text *t, uint32_t first, uint32_t end)
{
    if (first >= end || !(t->toks[first].flags & TC_TOK_QUOTE)) return UINT32_MAX;
    for (uint32_t k = first + 1; k < end; k++)
        if (t->toks[k].flags & TC_TOK_QUOTE) return k + 1;
    return UINT32_MAX;
}

int tc_actors_quote_speaker(const tc_text *t, uint32_t first, uint32_t i, uint32_t end)
{
    uint32_t past = past_opening_quote(t, first, end);
    return past == i && i + 1 < end && quoting_verb(&t->toks[i + 1]);
}

int tc_actors_quote_attributed(const tc_text *t, uint32_t first, uint32_t end, uint32_t *at,
                               uint32_t *len)
{
    /* "'...,' the spokesperson told VOA": after the close, up to seven words and a verb, no
       mark between but a possessive ("'...,' Nigeria's President Bola Tinubu said") */
    uint32_t past = past_opening_quote(t, first, end);
    if (past != UINT32_MAX && past < end) {
        for (uint32_t k = past; k < end && k < past + 8; k++) {
            if (quoting_verb(&t->toks[k])) {
                *at = past;
                *len = k - past;
                /* "'...,' said the spokesperson": the words after the verb */
                if (k == past) {
                    *at = k + 1;
                    *len = 0;
                    while (*at + *len < end && *len < 7 &&
                           (!(t->toks[*at + *len].flags & TC_TOK_PUNCT) ||
                            tc_actors_word_is(&t->toks[*at + *len], "'s")))
                        (*len)++;
                }
                return 1;
            }
            if ((t->toks[k].flags & TC_TOK_PUNCT) && !tc_actors_word_is(&t->toks[k], "'s") &&
                k > past)
                return 0;
        }
        return 0;
    }
    /* "The spokesperson said: '...'", "X told reporters, '...'": a verb of saying before the
       first quotation mark, its subject the words that open the sentence */
    for (uint32_t k = first + 1; k < end && k < first + 8; k++) {
        if (t->toks[k].flags & TC_TOK_QUOTE) return 0;
        if (quoting_verb(&t->toks[k])) {
            for (uint32_t q = k + 1; q < end && q < k + 5; q++)
                if (t->toks[q].flags & TC_TOK_QUOTE) {
                    *at = first;
                    *len = k - first;
                    return 1;
                }
            return 0;
        }
    }
    return 0;
}

int tc_actors_quote_open_after(const tc_text *t, uint32_t first, uint32_t end, int open)
{
    for (uint32_t k = first; k < end; k++)
        if (t->toks[k].flags & TC_TOK_QUOTE) open = !open;
    return open;
}

int tc_actors_unattributed_quote(const tc_text *t, uint32_t first, uint32_t end, int open)
{
    /* inside a quotation: one that opens the sentence, or one the sentence before left open
       and that this one does not close with a speaker ("'We saw ...,' the spokesperson told
       VOA. 'We have consistently urged ...") */
    if (first >= end) return 0;
    int opens = (t->toks[first].flags & TC_TOK_QUOTE) != 0;
    if (!opens && !open) return 0;
    uint32_t at, len;
    if (opens && tc_actors_quote_attributed(t, first, end, &at, &len)) return 0;
    if (!opens) /* (a quotation going on: no mark closes it and a verb of saying follows) */
        for (uint32_t k = first; k + 1 < end; k++)
            if (t->toks[k].flags & TC_TOK_QUOTE)
                for (uint32_t q = k + 1; q < end && q < k + 6; q++)
                    if (quoting_verb(&t->toks[q])) return 0;
    return 1;
}
