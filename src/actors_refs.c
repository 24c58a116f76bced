/* actors_refs: references across an article (tc_actors_resolve, declared in actors.h): the
 * last actors of each sort and the last persons by the words of their names, carried in a
 * tc_actors_refs from sentence to sentence, for "its government", "the ministry", "the
 * country", "he", "It urged", "Starmer said". Split from actors.c, which finds the mentions;
 * this part reads only them and the tokens. tc_actors_keep_placed then sets aside the names no
 * dictionary knows that nothing placed. */
#include "actors.h"

#include <stdio.h>
#include <string.h>

/* (the first letters first: the resolver asks every word of a sentence) */
static int word_is(const tc_token *t, const char *w)
{
    return t->norm[0] == w[0] && strcmp(t->norm, w) == 0;
}

static int in_words(const tc_token *w, const char *const *words, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (w->norm[0] == words[k][0] && !strcmp(w->norm, words[k])) return 1;
    return 0;
}

enum { REF_STATE, REF_ORG, REF_GROUP, REF_PERSON, REF_NONE };

static const struct {
    const char *word; /* after "the" */
    int sort;
} ref_nouns[] = {
    {"country", REF_STATE},  {"nation", REF_STATE},     {"group", REF_GROUP},
    {"movement", REF_GROUP}, {"organisation", REF_ORG}, {"organization", REF_ORG},
    {"agency", REF_ORG},     {"alliance", REF_ORG},
};

static const tc_mention *ref_of(const tc_actors_refs *r, int sort)
{
    return sort < REF_NONE && (r->has >> sort & 1) ? &r->last[sort] : NULL;
}

static int sort_of(const tc_mention *m)
{
    switch (m->kind) {
    case TC_KIND_IGO:
    case TC_KIND_NGO:
        return REF_ORG;
    case TC_KIND_GROUP:
        return REF_GROUP;
    case TC_KIND_PERSON:
        return REF_PERSON;
    case TC_KIND_ETHNIC:
    case TC_KIND_UNKNOWN:
        return REF_NONE;
    default:
        return REF_STATE;
    }
}

/* The first and last words of name, lower-case, into first and last (24 bytes each; a
 * particle first is none: "al"); one word is a last name only. */
static void name_words(const char *name, char *first, char *last)
{
    static const char *const particles_[] = {"al", "el", "abu", "bin", "ibn", "de", "van", "von"};
    const char *sp = strchr(name, ' '), *l = strrchr(name, ' ');
    size_t fl = sp ? (size_t)(sp - name) : 0, ll = strlen(l ? l + 1 : name);
    snprintf(first, 24, "%.*s", fl < 23 ? (int)fl : 0, name);
    snprintf(last, 24, "%.*s", ll < 23 ? (int)ll : 0, l ? l + 1 : name);
    for (char *c = first; *c; c++) *c = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
    for (char *c = last; *c; c++) *c = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
    for (size_t i = 0; i < sizeof particles_ / sizeof *particles_; i++)
        if (!strcmp(first, particles_[i])) first[0] = 0;
}

/* Remembers a person's (or an unknown name's) mention by the first and last words of its name,
 * when it has two or more: "Lai Ching-te" is "lai" and "ching-te"; an unknown name of one word
 * that has a code by its last only ("al-Hakim, a Syrian lawyer"). Unknown names nothing placed
 * go to a ring of their own. */
static void remember_person(tc_actors_refs *r, const tc_mention *m)
{
    int placed = m->code[0] && m->code[0] != '-';
    if (!strchr(m->name, ' ') && !((m->flags & TC_MENTION_UNKNOWN) && placed)) return;
    if ((m->flags & TC_MENTION_UNKNOWN) && !placed) {
        unsigned k = r->nunplaced++ % 8;
        r->unplaced[k].m = *m;
        name_words(m->name, r->unplaced[k].first, r->unplaced[k].last);
        return;
    }
    unsigned k = r->npeople++ % 8;
    r->people[k].m = *m;
    name_words(m->name, r->people[k].first, r->people[k].last);
}

/* The person last named whose first or last word is token i alone: capitalised, at least three
 * letters, no capitalised word (but an honorific) right before it and none right after. */
static const tc_mention *person_by_name(const tc_text *t, const tc_sentence *s, uint32_t i,
                                        const tc_actors_refs *r)
{
    static const char *const honorifics_[] = {"mr", "mrs", "ms", "dr", "president", "minister"};
    /* a sentence's first word, capitalised as such: "Does Kim think ...", "But Kim said" */
    static const char *const openers_[] = {
        "but",  "and", "so",    "then", "yet",   "still",  "now", "when", "while", "after", "also",
        "does", "did", "would", "can",  "could", "should", "has", "had",  "was",   "why",   "how"};
    const tc_token *w = &t->toks[i];
    uint32_t end = s->tok0 + s->ntok;
    if ((!r->npeople && !r->nunplaced) || !(w->flags & TC_TOK_CAP) || w->nlen < 3 || w->nlen > 22)
        return NULL;
    if (i + 1 < end && (t->toks[i + 1].flags & (TC_TOK_CAP | TC_TOK_UPPER))) return NULL;
    if (i > s->tok0 && (t->toks[i - 1].flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
        !in_words(&t->toks[i - 1], honorifics_, sizeof honorifics_ / sizeof *honorifics_) &&
        !(i - 1 == s->tok0 &&
          in_words(&t->toks[i - 1], openers_, sizeof openers_ / sizeof *openers_)))
        return NULL;
    for (unsigned k = 0; k < 8 && k < r->npeople; k++) {
        unsigned slot = (r->npeople - 1 - k) % 8;
        if (!strcmp(r->people[slot].last, w->norm) || !strcmp(r->people[slot].first, w->norm))
            return &r->people[slot].m;
    }
    for (unsigned k = 0; k < 8 && k < r->nunplaced; k++) {
        unsigned slot = (r->nunplaced - 1 - k) % 8;
        if (!strcmp(r->unplaced[slot].last, w->norm) || !strcmp(r->unplaced[slot].first, w->norm))
            return &r->unplaced[slot].m;
    }
    return NULL;
}

/* Does name equal s, case aside? */
static int same_name(const char *name, size_t len, const char *s)
{
    size_t k = 0;
    for (; k < len && s[k]; k++) {
        char c = name[k] >= 'A' && name[k] <= 'Z' ? (char)(name[k] + 32) : name[k];
        if (c != s[k]) return 0;
    }
    return k == len && !s[k];
}

/* A name no dictionary knows and nothing in its sentence placed (u: TC_MENTION_UNKNOWN, no
 * code) that names a person or organisation named before with a code: the same words ("Masih
 * Alinejad" again), or one word of three letters or more (after a title: "Mr. Alinejad") that
 * was the first or last word of the earlier name ("Iranian journalist Masih Alinejad ... Alinejad
 * said", "Anwar al-Bunni
 * ... al-Bunni"). The newest such mention, or NULL. Document-level name coreference: news
 * gives a name in full with what places it once, then the short form. */
static const tc_mention *named_before(const tc_mention *u, const tc_actors_refs *r)
{
    static const char *const titles[] = {"Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Prof. ",
                                         "Mr ",  "Mrs ",  "Ms ",  "Dr ",  "Prof "};
    const char *name = u->name;
    for (size_t k = 0; k < sizeof titles / sizeof *titles; k++)
        if (!strncmp(name, titles[k], strlen(titles[k]))) name += strlen(titles[k]); /* "Mr. X" */
    size_t len = strlen(name);
    int one_word = !strchr(name, ' ');
    /* a town's name of one word that is a person's name named before: "Jimmy Lai ... Lai
     * said" (Lai, a town of Chad) */
    int town = one_word && u->kind == TC_KIND_REGION;
    if (!(u->flags & TC_MENTION_UNKNOWN) || (u->code[0] && !town) || len < 3) return NULL;
    for (unsigned k = 0; k < 8 && k < r->npeople; k++) {
        unsigned slot = (r->npeople - 1 - k) % 8;
        const tc_mention *p = &r->people[slot].m;
        if (!p->code[0] || p->code[0] == '-' || (town && p->kind == TC_KIND_REGION)) continue;
        size_t pl = strlen(p->name);
        int same = pl == len && !strncmp(p->name, name, len);
        if (same || (one_word && (same_name(name, len, r->people[slot].last) ||
                                  same_name(name, len, r->people[slot].first))))
            return p;
    }
    return NULL;
}

/* Is person mention m a modifier of the noun after it ("Trump supporters", "Biden aides",
 * "the Putin era"), or the name of a place or a building named after the person ("JFK
 * airport", "the Mandela bridge"), no one a later "he" or "she" can be? */
static int name_modifies(const tc_text *t, const tc_mention *m)
{
    static const char *const groups[] = {
        "supporters", "loyalists", "aides",   "allies",   "voters",   "critics", "opponents",
        "backers",    "fans",      "camp",    "campaign", "era",      "family",  "administration",
        "presidency", "rally",     "rallies", "policies", "doctrine", "team",    "airport",
        "airfield",   "stadium",   "bridge",  "hospital", "street",   "avenue",  "boulevard",
        "highway",    "square",    "library", "museum",   "memorial", "station", "dam",
        "center",     "centre",    NULL};
    uint32_t j = m->tok0 + m->ntok;
    if (j >= t->ntoks || m->kind != TC_KIND_PERSON) return 0;
    for (size_t k = 0; groups[k]; k++)
        if (word_is(&t->toks[j], groups[k])) return 1;
    return 0;
}

/* Is m a person with a code: the dictionaries', or a name that stands for one of them
 * ("Jimmy Lai ... Lai, a businessman")? */
static int known_person(const tc_mention *m)
{
    return m->kind == TC_KIND_PERSON && m->code[0] && m->code[0] != '-';
}

/* Is m one whom "he" or "she" may stand for: a person of the dictionaries with a code, or a
 * name no dictionary knows that is a person's (its sex)? */
static int pronoun_person(const tc_mention *m)
{
    return known_person(m) || ((m->flags & TC_MENTION_UNKNOWN) && m->sex != TC_SEX_NONE);
}

/* Does a person of sex agree with a pronoun of sex want? */
static int sex_agrees(unsigned sex, unsigned want)
{
    return sex == TC_SEX_NONE || sex == TC_SEX_EITHER || sex == want;
}

/* The person "he" or "she" (want: its sex) stands for: the newest of the last persons whose
 * sex agrees, a name no dictionary knows included when its sex is known ("U.N. Resident
 * Coordinator Andrew Kirkwood ... he said" is Kirkwood, whom the article places later,
 * tc_actors_scan_article, or nobody when nothing does); NULL when there is none, or when the
 * newest is a name known as a person's only by what it does ("Klein writes ... he" is not the
 * Trump named before). */
static const tc_mention *pronoun_person_for(const tc_actors_refs *r, unsigned want)
{
    for (unsigned k = 0; k < 8 && k < r->npersons; k++) {
        const tc_mention *p = &r->persons[(r->npersons - 1 - k) % 8];
        if (!sex_agrees(p->sex, want)) continue;
        /* a name whose sex nothing gives, a person only by what it does ("Ohlberg said"),
           stands between the pronoun and those before it but is not taken for it */
        return known_person(p) || p->sex != TC_SEX_EITHER ? p : NULL;
    }
    return NULL;
}

static int armed_sector(const char *sector);

/* Remembers mention m (its last token is t's tok) under its sort. */
static void remember(tc_actors_refs *r, const tc_text *t, const tc_mention *m)
{
    if (name_modifies(t, m)) return;
    if (strlen(m->code) >= 6 && (armed_sector(m->code + 3) || !strncmp(m->code + 3, "OPP", 3) ||
                                 !strncmp(m->code + 3, "PTY", 3)))
        r->sides_at = m->tok0 + 1;
    else if (m->kind == TC_KIND_GROUP)
        r->sides_at = m->tok0 + 1;
    if (pronoun_person(m)) r->persons[r->npersons++ % 8] = *m;
    if (m->kind == TC_KIND_PERSON || (m->flags & TC_MENTION_UNKNOWN)) remember_person(r, m);
    int sort = sort_of(m);
    if (m->code[0] == '-' || !m->code[0] || sort == REF_NONE) return;
    r->last[sort] = *m;
    r->has |= 1u << sort;
    if (sort == REF_PERSON && strncmp(m->code, "IGO", 3) && strncmp(m->code, "NGO", 3)) {
        r->last[REF_STATE] = *m; /* "Putin ... the country" */
        snprintf(r->last[REF_STATE].code, sizeof m->code, "%.3s", m->code);
        r->has |= 1u << REF_STATE;
    }
    if (sort == REF_STATE || sort == REF_PERSON) r->states[r->nstates++ % 4] = *m;
    if (sort == REF_STATE && strlen(m->code) > 3) {
        unsigned k = r->nrecent++ % 8;
        r->recent[k].m = *m;
        snprintf(r->recent[k].head, sizeof r->recent[k].head, "%s",
                 t->toks[m->tok0 + m->ntok - 1].norm);
    }
}

/* The sort of the noun w after "the" in a reference ("group": REF_GROUP), or REF_NONE. */
static int noun_sort(const tc_token *w)
{
    for (size_t k = 0; k < sizeof ref_nouns / sizeof ref_nouns[0]; k++) /* (called per token) */
        if (w->norm[0] == ref_nouns[k].word[0] && word_is(w, ref_nouns[k].word))
            return ref_nouns[k].sort;
    return REF_NONE;
}

/* A group or an organisation that the text names by its noun and no dictionary knows ("One
 * group of organizers, known as The Reckoning Crew", "a rights group"): "the group" after it is
 * that one, not the last party named before, so the last of that sort is forgotten. Not the
 * noun of an apposition or a name of that sort right before or after it ("Hamas, the militant
 * group,", "the militant group Hamas"). i: the noun's token; m: the mention ending there, if
 * any; next: where the next mention starts. */
static void forget_by_noun(tc_actors_refs *r, const tc_text *t, uint32_t i, const tc_mention *m,
                           uint32_t next, uint32_t last_end, int last_sort)
{
    int sort = noun_sort(&t->toks[i]);
    if (sort == REF_NONE || (m && sort_of(m) == sort && m->code[0] && m->code[0] != '-')) return;
    if (next == i + 1 || (last_sort == sort && last_end + 4 >= i)) return;
    r->has &= ~(1u << sort);
}

/* The sort a word sequence at token i refers to (*len its tokens), or REF_NONE. */
static int reference_at(const tc_text *t, uint32_t i, uint32_t end, uint32_t *len)
{
    const tc_token *w = &t->toks[i];
    if (word_is(w, "he") || word_is(w, "she")) {
        *len = 1;
        return REF_PERSON;
    }
    if (!word_is(w, "the") || i + 1 >= end) return REF_NONE;
    for (size_t k = 0; k < sizeof ref_nouns / sizeof ref_nouns[0]; k++)
        if (word_is(&t->toks[i + 1], ref_nouns[k].word)) {
            *len = 2;
            return ref_nouns[k].sort;
        }
    /* "the neighbouring country", "the neighboring nation" (eleventh session) */
    if (i + 2 < end &&
        (word_is(&t->toks[i + 1], "neighbouring") || word_is(&t->toks[i + 1], "neighboring")) &&
        noun_sort(&t->toks[i + 2]) == REF_STATE) {
        *len = 3;
        return REF_STATE;
    }
    return REF_NONE;
}

/* The actor of a state that opened the sentence (res[0], ending before token i) that a
 * possessive at i refers to: a person's or an agent's for "his" and "her", an agent's or a
 * state's for "its" and "their" (thing); NULL when none. */
static const tc_mention *opener_state(const tc_text *t, uint32_t first, uint32_t i,
                                      const tc_mention *res, size_t n, int thing)
{
    const tc_mention *m = n ? &res[0] : NULL;
    if (!m || m->tok0 + m->ntok > i ||
        !(m->tok0 == first || (m->tok0 == first + 1 && word_is(&t->toks[first], "the"))) ||
        strlen(m->code) < 3 || m->code[0] == '-' || !strncmp(m->code, "IGO", 3) ||
        !strncmp(m->code, "NGO", 3) || !strncmp(m->code, "MNC", 3))
        return NULL;
    /* (no one of another state named between: "Putin met Macron, who said his country") */
    for (size_t j = 1; j < n; j++)
        if (res[j].tok0 < i && (sort_of(&res[j]) == REF_STATE || sort_of(&res[j]) == REF_PERSON) &&
            strncmp(res[j].code, m->code, 3))
            return NULL;
    if (m->kind == TC_KIND_PERSON) return thing ? NULL : m;
    return sort_of(m) == REF_STATE ? m : NULL;
}

static int possessive(const tc_token *d, int *thing)
{
    *thing = word_is(d, "its") || word_is(d, "their");
    return *thing || word_is(d, "his") || word_is(d, "her");
}

/* "his country", "her nation", "its country" at token i: the state of the actor that opened
 * the sentence, else for "its" and "their" the last state named; NULL when the words are no
 * such reference or no state fits. */
static const tc_mention *own_country(const tc_text *t, uint32_t first, uint32_t i,
                                     const tc_mention *res, size_t n, const tc_actors_refs *r)
{
    int thing;
    if (!possessive(&t->toks[i], &thing) ||
        (!word_is(&t->toks[i + 1], "country") && !word_is(&t->toks[i + 1], "nation")))
        return NULL;
    const tc_mention *m = opener_state(t, first, i, res, n, thing);
    return m ? m : thing && !(n && res[0].tok0 < i) ? ref_of(r, REF_STATE) : NULL;
}

/* "Rubio said his visit to Taiwan went well", "Sharif spoke of her talks with the IMF": "his"
 * or "her" before a noun of a meeting (at most one word between: "his two-day visit") at token i
 * is the person who opened the sentence (recall6, fourteenth session: a meeting noun whose
 * doer is only a possessive went uncoded); NULL when the words are no such reference. */
static const tc_mention *own_meeting(const tc_text *t, uint32_t first, uint32_t i, uint32_t end,
                                     const tc_mention *res, size_t n)
{
    static const char *const meetings[] = {"visit",  "visits",      "trip",    "trips",
                                           "tour",   "talks",       "meeting", "meetings",
                                           "summit", "negotiations"};
    const size_t nmeet = sizeof meetings / sizeof *meetings;
    int thing;
    if (!possessive(&t->toks[i], &thing) || thing || i + 1 >= end) return NULL;
    if (!in_words(&t->toks[i + 1], meetings, nmeet) &&
        !(i + 2 < end && in_words(&t->toks[i + 2], meetings, nmeet)))
        return NULL;
    const tc_mention *m = opener_state(t, first, i, res, n, 0);
    return m && m->kind == TC_KIND_PERSON && strlen(m->code) >= 3 ? m : NULL;
}

/* Is sector (an agent code's part after the state, "MIL") one of the armed forces of a state? */
static int security_sector(const char *sector)
{
    return !strcmp(sector, "MIL") || !strcmp(sector, "COP") || !strcmp(sector, "SPY");
}

/* Is sector (what follows the state in a code: "REB", "REBHMS") that of fighters of no state? */
static int armed_sector(const char *sector)
{
    static const char *const armed[] = {"REB", "INS", "SEP", "UAF"};
    for (size_t k = 0; k < sizeof armed / sizeof *armed; k++)
        if (!strncmp(sector, armed[k], 3)) return 1;
    return 0;
}

/* The person of the last named (r->people) whose name came with the words of agent mention m
 * as a title, each of them within the name's mention or the three words before it ("Kenyan
 * President William Ruto", "Foreign Minister Ana Lopez"): "the president", "the foreign
 * minister" after it is that person (session of 2026-12-07, the eleventh). NULL when none. */
/* Did person p (a person of the dictionaries with a code, named before agent mention m) come
 * with every word of m, within its mention or the three words before it? */
static int titled(const tc_text *t, const tc_mention *m, const tc_mention *p)
{
    if (!p->code[0] || p->code[0] == '-' || p->tok0 >= m->tok0) return 0;
    uint32_t lo = p->tok0 >= 3 ? p->tok0 - 3 : 0, hi = p->tok0 + p->ntok;
    for (uint32_t w = m->tok0; w < m->tok0 + m->ntok; w++) {
        int found = 0;
        for (uint32_t q = lo; q < hi && !found; q++)
            found = !strcmp(t->toks[q].norm, t->toks[w].norm);
        if (!found) return 0;
    }
    return 1;
}

static const tc_mention *titled_person(const tc_text *t, const tc_mention *m,
                                       const tc_actors_refs *r, int opening)
{
    static const char *const titles[] = {
        "president", "minister",   "premier", "chancellor", "secretary-general",
        "king",      "queen",      "emir",    "sultan",     "governor",
        "mayor",     "ambassador", "envoy",   "spokesman",  "spokeswoman",
        "commander", "general"};
    /* an office ("the government led by X" names no title) */
    if (!m->ntok ||
        !in_words(&t->toks[m->tok0 + m->ntok - 1], titles, sizeof titles / sizeof *titles))
        return NULL;
    /* "Ruto met Ugandan President Yoweri Museveni. The president later ...": opening a
       sentence, the person who opened the sentence before when the title is also his
       (subject continuity), not the last one named, who may be the one acted on (thirteenth
       session) */
    if (opening && r->has_lead && r->lead.kind == TC_KIND_PERSON && titled(t, m, &r->lead))
        return &r->lead;
    /* (... or the state's agent that opened it, named with the title and a name no dictionary
       holds: "Malawian President X met ...") */
    if (opening && r->has_subject && strlen(r->subject.code) > 3 &&
        strncmp(r->subject.code, "IGO", 3) && strncmp(r->subject.code, "NGO", 3) &&
        !(r->subject.flags & (TC_MENTION_LIST | TC_MENTION_ALSO | TC_MENTION_PAIR)) &&
        titled(t, m, &r->subject))
        return &r->subject;
    for (unsigned k = 0; k < 8 && k < r->npeople; k++) {
        const tc_mention *p = &r->people[(r->npeople - 1 - k) % 8].m;
        if (p->kind == TC_KIND_PERSON && titled(t, m, p)) return p;
    }
    return NULL;
}

/* An agent with no country after its / their (the last state's) or the (the last state actor
 * named with the same word): "its government" = ARM + GOV. */
/* "Iran condemned the Israeli strike on its consulate": "its" / "their" after an act of force
 * named by a state's adjective ("the Israeli strike", "a Russian raid") is the state that
 * opened the sentence, the one the act was aimed at, not the act's author named last
 * (twelfth session); only when every actor between them is such an act. NULL when not. */
static const tc_mention *struck_opener(const tc_text *t, uint32_t first, uint32_t i,
                                       const tc_mention *res, size_t n)
{
    static const char *const acts[] = {
        "strike", "strikes",   "airstrike", "airstrikes", "attack",    "attacks", "raid",
        "raids",  "offensive", "bombing",   "shelling",   "incursion", "assault", "invasion"};
    if (!n || res[0].tok0 > first + 1 || sort_of(&res[0]) != REF_STATE || strlen(res[0].code) < 3 ||
        !strncmp(res[0].code, "IGO", 3) || !strncmp(res[0].code, "NGO", 3) ||
        !strncmp(res[0].code, "MNC", 3) || !strncmp(res[0].code, "---", 3))
        return NULL;
    int acted = 0;
    for (size_t q = 1; q < n && res[q].tok0 < i; q++) {
        const tc_mention *x = &res[q];
        if (!in_words(&t->toks[x->tok0 + x->ntok - 1], acts, sizeof acts / sizeof *acts) ||
            !strncmp(x->code, res[0].code, 3))
            return NULL;
        acted = 1;
    }
    return acted ? &res[0] : NULL;
}

static int resolve_agent(const tc_text *t, uint32_t first, tc_mention *m, const tc_actors_refs *r,
                         const tc_mention *res, size_t n)
{
    static const char *const institutions[] = {"government",     "ministry",  "authorities",
                                               "administration", "cabinet",   "regime",
                                               "junta",          "presidency"};
    if (strncmp(m->code, "---", 3) != 0 || m->tok0 == first) return 0;
    const tc_token *w = &t->toks[m->tok0 - 1];
    const tc_mention *ante = NULL;
    if (word_is(w, "its") || word_is(w, "their")) {
        ante = struck_opener(t, first, m->tok0, res, n);
        if (!ante) ante = ref_of(r, REF_STATE);
    } else if (word_is(w, "the")) {
        const char *head = t->toks[m->tok0 + m->ntok - 1].norm;
        for (unsigned k = 0; k < 8 && k < r->nrecent && !ante; k++) {
            unsigned slot = (r->nrecent - 1 - k) % 8;
            if (!strcmp(r->recent[slot].head, head)) ante = &r->recent[slot].m;
        }
        /* ... or, for the forces of order opening a sentence ("Russian forces attacked ...
           The troops shelled Kharkiv"), the force of the same sector that opened the sentence
           before, named with another word: not the state of a place the sentence names, which
           may be the one attacked, nor a force the sentence before acted on (mid-sentence,
           "Aliyev thanked the armed forces" are his own, the coder's to place) */
        if (!ante && m->tok0 == first + 1 && r->has_subject && security_sector(m->code + 3) &&
            strlen(r->subject.code) > 3 && !strcmp(r->subject.code + 3, m->code + 3))
            ante = &r->subject;
        /* ... or, for an office of no state ("the president", "the foreign minister"), the
           person last named with that title ("Kenyan President William Ruto ... The
           president"): not the state named last, which may be the one visited */
        if (!ante) ante = titled_person(t, m, r, m->tok0 == first + 1);
        /* ... or, for "The government", "The ministry", "The authorities" opening a
           sentence, the state whose actor opened the sentence before ("Kenya closed its
           border with Somalia. The government accused Somalia ...": Kenya's; subject
           continuity, eleventh session): its state with this agent */
        if (!ante && m->tok0 == first + 1 && r->has_subject && !strcmp(m->code + 3, "GOV") &&
            in_words(&t->toks[m->tok0 + m->ntok - 1], institutions,
                     sizeof institutions / sizeof *institutions) &&
            sort_of(&r->subject) == REF_STATE && strlen(r->subject.code) >= 3 &&
            strncmp(r->subject.code, "IGO", 3) && strncmp(r->subject.code, "NGO", 3) &&
            strncmp(r->subject.code, "MNC", 3) && strncmp(r->subject.code, "---", 3)) {
            char code[32];
            snprintf(code, sizeof code, "%.3sGOV", r->subject.code);
            memcpy(m->code, code, sizeof code);
            m->name = r->subject.name;
            m->rule =
                "'The' + government agent opening a sentence: the state that opened the one before";
            m->tok0--;
            m->ntok++;
            return 1;
        }
        /* ... or, for fighters of no state ("the militants", "the separatist group"), the
           armed group named last */
        const tc_mention *group = ref_of(r, REF_GROUP);
        /* (opening a sentence, the fighters that opened the one before: "The RSF accused the
           SAF ... The rebels later attacked", twelfth session) */
        if (!ante && armed_sector(m->code + 3) && m->tok0 == first + 1 && r->has_subject &&
            strlen(r->subject.code) > 3 && armed_sector(r->subject.code + 3))
            ante = &r->subject;
        if (!ante && armed_sector(m->code + 3) && group && armed_sector(group->code + 3))
            ante = group;
        if (ante) {
            m->tok0--;
            m->ntok++;
            snprintf(m->code, sizeof m->code, "%s", ante->code);
            m->name = ante->name;
            m->kind = ante->kind;
            m->rule = "'the' + agent: the last state actor named with the same word";
            return 1;
        }
    }
    if (!ante) return 0;
    char code[32];
    snprintf(code, sizeof code, "%.3s%.28s", ante->code, m->code + 3);
    memcpy(m->code, code, sizeof code);
    m->name = ante->name; /* the kind stays: "its army" is an agent of the state */
    m->rule = "its / their + agent: the last state";
    m->tok0--;
    m->ntok++;
    return 1;
}

static int it_or_they(const tc_token *w)
{
    return word_is(w, "it") || word_is(w, "they");
}

/* Is token i the subject after a sentence's opening words and no actor: a short phrase
 * closed by a comma ("On Tuesday, he", "Speaking to reporters, she", "In a statement, he") or
 * words that only join ("Then he", "But later she")? A "he" there goes on with the person the
 * sentence before opened with, as a "He" opening the sentence does (subject continuity:
 * "Lula met Macron in Paris. On Tuesday, he criticized Bolivia" is Lula; eleventh session). */
static int after_opener(const tc_text *t, uint32_t first, uint32_t i)
{
    static const char *const joins[] = {"then", "but", "and",   "later",     "also",
                                        "so",   "yet", "still", "meanwhile", "afterwards"};
    if (i <= first || i > first + 8) return 0;
    if (word_is(&t->toks[i - 1], ",")) {
        for (uint32_t k = first; k + 1 < i; k++)
            if (t->toks[k].flags & TC_TOK_PUNCT) return 0; /* one phrase, no quote */
        return 1;
    }
    for (uint32_t k = first; k < i; k++)
        if (!in_words(&t->toks[k], joins, sizeof joins / sizeof *joins)) return 0;
    return 1;
}

/* Is token i a sentence's "It" or "They" that stands for an actor: not "It is", "It would",
 * "It seems" (an expletive or a judgement)? */
static int opening_pronoun(const tc_text *t, uint32_t i, uint32_t end)
{
    static const char *const not_after[] = {
        "was",   "'s",    "seems", "seemed", "appears", "appeared", "remains", "remained",
        "would", "could", "may",   "might",  "should",  "must",     "can",     "takes",
        "took",  "were",  "are",   "'re",    "has",     "have",     "had"};
    if (i + 1 >= end || !it_or_they(&t->toks[i])) return 0;
    for (size_t k = 0; k < sizeof not_after / sizeof *not_after; k++)
        if (word_is(&t->toks[i + 1], not_after[k])) return 0;
    return !(t->toks[i + 1].flags & TC_TOK_PUNCT);
}

/* Is token i "it" or "they" (not "it was", as opening_pronoun) the subject of a clause joined
 * by "and" or "but" after words of its sentence ("..., and it also warned", "but they later
 * freed", "and then it")? */
static int joined_subject(const tc_text *t, uint32_t first, uint32_t i, uint32_t end)
{
    static const char *const adverbs[] = {"then", "later", "also", "subsequently", "again"};
    if (!opening_pronoun(t, i, end)) return 0;
    uint32_t j = i;
    if (j > first + 2 && in_words(&t->toks[j - 1], adverbs, sizeof adverbs / sizeof *adverbs)) j--;
    return j > first + 2 && (word_is(&t->toks[j - 1], "and") || word_is(&t->toks[j - 1], "but"));
}

/* Is m an agent named by a plural noun ("Russian forces", "Sudanese soldiers"), which a
 * reader takes up with "they", not "it"? */
static int plural_agent(const tc_text *t, const tc_mention *m)
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
static int said_it(const tc_text *t, uint32_t first, uint32_t i)
{
    static const char *const verbs[] = {"said",      "says",     "stated",  "added",   "warned",
                                        "announced", "insisted", "claimed", "declared"};
    if (i == first || !it_or_they(&t->toks[i])) return 0;
    /* "he said it." : the object, no subject of a clause */
    if (i + 1 >= t->ntoks || (t->toks[i + 1].flags & TC_TOK_PUNCT)) return 0;
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
        if (word_is(&t->toks[i - 1], verbs[k])) return 1;
    return 0;
}

/* "The Kenyan president said he would visit Moscow": "he" or "she" (want: its sex) right
 * after a verb of saying whose subject opens the sentence is that subject, the closer one,
 * not the person the sentences before named last (issue 14's noise control: subject
 * continuity and agreement; session of 2026-12-07, the eleventh): a person of that sex ("He
 * said he": the "He" resolved) or one holder of an office of a state (an agent: the
 * president, the foreign minister, a spokeswoman, a farmer). A single person whom no
 * dictionary places ("A Toyota executive said he", "An analyst said he") is nobody the text
 * named before: *nobody is set and NULL returned. NULL when the rule does not apply. */
static const tc_mention *speaking_subject(const tc_text *t, uint32_t first, uint32_t i,
                                          unsigned want, const tc_mention *res, size_t n,
                                          int *nobody)
{
    static const char *const offices[] = {
        "president",    "minister", "premier",    "chancellor", "spokesman",  "spokeswoman",
        "spokesperson", "leader",   "ambassador", "envoy",      "official",   "commander",
        "governor",     "mayor",    "secretary",  "king",       "queen",      "emir",
        "general",      "chief",    "officer",    "soldier",    "lawmaker",   "senator",
        "farmer",       "lawyer",   "activist",   "analyst",    "executive",  "director",
        "chairman",     "manager",  "professor",  "expert",     "researcher", "witness",
        "resident",     "doctor",   "man",        "woman",      "diplomat",   "source"};
    *nobody = 0;
    if (i < first + 2 || i + 1 >= t->ntoks || (t->toks[i + 1].flags & TC_TOK_PUNCT)) return NULL;
    const tc_token *v = &t->toks[i - 1];
    if (!word_is(v, "said") && !word_is(v, "says") && !word_is(v, "added") &&
        !word_is(v, "insisted") && !word_is(v, "stated") && !word_is(v, "announced") &&
        !word_is(v, "declared"))
        return NULL;
    const tc_token *h = &t->toks[i - 2]; /* the subject's last word */
    const tc_token *det = &t->toks[first];
    int opens_det = word_is(det, "the") || word_is(det, "a") || word_is(det, "an");
    const tc_mention *m = n ? &res[0] : NULL;
    if (m && m->tok0 + m->ntok == i - 1 &&
        (m->tok0 == first || (m->tok0 == first + 1 && opens_det))) {
        int office = in_words(h, offices, sizeof offices / sizeof *offices);
        if (m->kind == TC_KIND_PERSON) return sex_agrees(m->sex, want) ? m : NULL;
        if (!office) return NULL;
        if (!m->code[0] || m->code[0] == '-' || strlen(m->code) < 6) {
            *nobody = 1;
            return NULL;
        }
        if (word_is(h, "spokeswoman") || word_is(h, "queen") || word_is(h, "woman"))
            return want == TC_SEX_FEMALE ? m : NULL;
        if (word_is(h, "spokesman") || word_is(h, "king") || word_is(h, "emir") ||
            word_is(h, "man") || word_is(h, "chairman"))
            return want == TC_SEX_MALE ? m : NULL;
        return m;
    }
    /* no mention ends at the verb: a subject of one to four words opening the sentence whose
       last is a person's noun */
    for (size_t q = 0; q < n; q++)
        if (res[q].tok0 < i && res[q].tok0 + res[q].ntok > i - 2) return NULL;
    if (i - 2 > first + 3 || !opens_det || !in_words(h, offices, sizeof offices / sizeof *offices))
        return NULL;
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
    return (w->flags & TC_TOK_NUM) || in_words(w, counts, sizeof counts / sizeof *counts);
}

/* Are tokens [a, b) a count that opens a sentence before its subject, one to five words
 * ("Thousands of", "Tens of thousands of", "Hundreds of", "About 200")? Its subject is a
 * crowd: "They" in the next sentence (session of 2026-12-07, the thirteenth). */
static int counted(const tc_text *t, uint32_t a, uint32_t b)
{
    static const char *const words[] = {"tens",     "hundreds", "thousands", "dozens", "scores",
                                        "millions", "of",       "several",   "about",  "some",
                                        "nearly",   "more",     "than",      "over"};
    if (b <= a || b - a > 5 || !word_is(&t->toks[b - 1], "of")) return 0;
    for (uint32_t w = a; w < b; w++)
        if (!count_word(&t->toks[w]) && !in_words(&t->toks[w], words, sizeof words / sizeof *words))
            return 0;
    return 1;
}

/* "eight Uyghurs remain in custody since authorities deported 40 others": "N others" in the
 * sentence of a counted group (a count at most four words before its words, none between) is
 * more of that group: the last such actor of this sentence before it, no person (session of
 * 2026-12-07, the tenth, branch past10). */
static const tc_mention *others_of(const tc_text *t, uint32_t first, uint32_t i,
                                   const tc_mention *res, size_t n)
{
    if (!word_is(&t->toks[i], "others") || i <= first || !count_word(&t->toks[i - 1])) return NULL;
    for (size_t k = n; k-- > 0;) {
        const tc_mention *m = &res[k];
        if (m->tok0 < first || m->tok0 >= i || !m->code[0] || m->code[0] == '-' ||
            m->kind == TC_KIND_PERSON)
            continue;
        uint32_t from = m->tok0 >= first + 4 ? m->tok0 - 4 : first;
        if (k > 0 && res[k - 1].tok0 + res[k - 1].ntok > from)
            from = res[k - 1].tok0 + res[k - 1].ntok;
        for (uint32_t j = from; j < m->tok0 + m->ntok; j++)
            if (count_word(&t->toks[j]) && !(j + 1 < i && word_is(&t->toks[j + 1], "of"))) return m;
    }
    return NULL;
}

static const tc_mention *object_of_pronoun(const tc_text *t, uint32_t i, const tc_mention *res,
                                           size_t n)
{
    static const char *const people[] = {"CVL", "OPP", "EDU", "LAB", "REF", "HLH", "AGR", "MED",
                                         "REL", "MIL", "COP", "REB", "UAF", "INS", "SEP", "CRM"};
    /* (not a part of a count, "13 of them", whose whole is the phrase right before) */
    if (i > 0 && word_is(&t->toks[i - 1], "of")) return NULL;
    /* "wrote to Rubio urging him to ...": "him" is the last person named before it */
    if (word_is(&t->toks[i], "him")) {
        for (size_t k = n; k-- > 0;) {
            uint32_t e = res[k].tok0 + res[k].ntok;
            /* (not the subject of the verb right before it, "Rubio urged him"; but the object
               of the verb before the "and" that opens the pronoun's own verb is: "removed
               Bashir and jailed him") */
            int conjoined = e < i && word_is(&t->toks[e], "and");
            if ((e + 2 >= i && !conjoined) || res[k].kind != TC_KIND_PERSON ||
                res[k].sex == TC_SEX_FEMALE || !res[k].code[0] || res[k].code[0] == '-')
                continue;
            return &res[k];
        }
        return NULL;
    }
    if (!word_is(&t->toks[i], "them")) return NULL;
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
static const tc_mention *speaker_object(const tc_text *t, uint32_t first, uint32_t i, uint32_t end,
                                        const tc_mention *res, size_t n)
{
    static const char *const speech[] = {"said",    "says",  "told",     "stated",
                                         "claimed", "added", "insisted", "announced"};
    static const char *const subject_next[] = {"will",  "would", "was", "is",    "has",    "had",
                                               "could", "can",   "may", "might", "should", "must",
                                               "did",   "does",  "'s",  "wants", "says",   "said"};
    static const char *const clause_words[] = {"that", "if", "when",  "because",  "and",
                                               "but",  "as", "while", "although", "since"};
    if (n < 2 || !word_is(&t->toks[i], "it") || i <= first + 2) return NULL;
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
        in_words(prev, clause_words, sizeof clause_words / sizeof *clause_words) ||
        !in_words(prev, to_party, sizeof to_party / sizeof *to_party))
        return NULL;
    if (i + 1 < end &&
        in_words(&t->toks[i + 1], subject_next, sizeof subject_next / sizeof *subject_next))
        return NULL;
    uint32_t verb = 0;
    for (uint32_t k = first + 1; k < i && !verb; k++)
        if (in_words(&t->toks[k], speech, sizeof speech / sizeof *speech)) verb = k;
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
static const tc_mention *maker_of(const tc_text *t, uint32_t i, uint32_t end,
                                  const tc_actors_refs *refs, const tc_mention *res, size_t n)
{
    static const char *const proposals[] = {"offer",  "offers",     "proposal",  "proposals",
                                            "demand", "demands",    "request",   "requests",
                                            "plan",   "bid",        "call",      "calls",
                                            "appeal", "invitation", "ultimatum", "initiative"};
    if ((!word_is(&t->toks[i], "its") && !word_is(&t->toks[i], "their")) || i + 1 >= end)
        return NULL;
    uint32_t j = i + 1; /* an adjective or two may come between: "its latest offer" */
    while (j < end && j < i + 3 && !(t->toks[j].flags & TC_TOK_PUNCT) &&
           !in_words(&t->toks[j], proposals, sizeof proposals / sizeof *proposals))
        j++;
    if (j >= end || j >= i + 3 || (t->toks[j].flags & TC_TOK_PUNCT) ||
        (j > i + 1 && word_is(&t->toks[i + 1], "own")))
        return NULL;
    /* an actor of the sentence before it, not the subject of the verb right before "its", is
       whose it is ("Israel said Hamas rejected its proposal"; "Reporters Without Borders ...
       reiterated its call": its own) */
    /* (the sentence's first actor: "The United States warned ... Iran ..., as Tehran rejected
       its offer" is the United States') */
    for (size_t q = 0; q < n; q++) {
        uint32_t e = res[q].tok0 + res[q].ntok;
        if (e > i || e + 2 >= i || !res[q].code[0] || res[q].code[0] == '-') continue;
        if (sort_of(&res[q]) != REF_STATE) return NULL;
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
static const tc_mention *proposal_maker(const tc_text *t, uint32_t sent, uint32_t i,
                                        const tc_actors_refs *refs, const tc_mention *res, size_t n)
{
    static const char *const proposals[] = {"offer",      "proposal",   "plan",       "ultimatum",
                                            "initiative", "resolution", "invitation", "demand"};
    const tc_token *w = &t->toks[i];
    uint32_t first = t->sents[sent].tok0;
    if (!in_words(w, proposals, sizeof proposals / sizeof *proposals) || i < first + 1 || sent == 0)
        return NULL;
    if (!word_is(&t->toks[i - 1], "the") &&
        !(i >= first + 2 && word_is(&t->toks[i - 2], "the") &&
          !(t->toks[i - 1].flags & (TC_TOK_PUNCT | TC_TOK_CAP))))
        return NULL;
    if (i + 1 < t->ntoks && word_is(&t->toks[i + 1], "of")) return NULL; /* "the plan of X" */
    /* the noun in one of the two sentences before, after "a" or "an" (a new one there) */
    uint32_t lo = t->sents[sent >= 2 ? sent - 2 : 0].tok0, at = 0;
    for (uint32_t q = first; q-- > lo + 1;)
        if (!strcmp(t->toks[q].norm, w->norm) &&
            (word_is(&t->toks[q - 1], "a") || word_is(&t->toks[q - 1], "an") ||
             (q >= lo + 2 && (word_is(&t->toks[q - 2], "a") || word_is(&t->toks[q - 2], "an"))))) {
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
        "drew",      "draw",      "draws",      "drawn",     "met",       "meets",
        "faced",     "faces",     "face",       "sparked",   "sparks",    "prompted",
        "prompts",   "provoked",  "provokes",   "triggered", "triggers",  "attracted",
        "attracts",  "earned",    "earns",      "received",  "receives"};
    static const char *const reactions[] = {
        "criticism", "criticisms", "condemnation", "rebuke",     "rebukes",  "backlash",
        "outrage",   "anger",      "protest",      "protests",   "complaint", "complaints",
        "objections", "censure"};
    uint32_t end = sent + 1 < t->nsents ? t->sents[sent + 1].tok0 : t->ntoks;
    for (uint32_t q = i + 1; q < end && q < i + 12; q++) {
        if (!in_words(&t->toks[q], drawing, sizeof drawing / sizeof *drawing)) continue;
        for (uint32_t r = q + 1; r < end && r < q + 5; r++)
            if (in_words(&t->toks[r], reactions, sizeof reactions / sizeof *reactions)) return 1;
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
static size_t act_doer(const tc_text *t, uint32_t sent, uint32_t i, const tc_actors_refs *refs,
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
    if (!sent || i < first + 1 || !in_words(&t->toks[i], acts, sizeof acts / sizeof *acts))
        return 0;
    uint32_t det = word_is(&t->toks[i - 1], "the") ? i - 1
                   : i >= first + 2 && word_is(&t->toks[i - 2], "the") &&
                           !(t->toks[i - 1].flags & (TC_TOK_PUNCT | TC_TOK_CAP))
                       ? i - 2
                       : 0;
    if (!det || (det == first ? !draws_reaction(t, sent, i)
                              : !in_words(&t->toks[det - 1], judging,
                                          sizeof judging / sizeof *judging)))
        return 0;
    /* ("the call for X by Y", "the decision of Y": its maker named there) */
    if (i + 1 < t->ntoks && (word_is(&t->toks[i + 1], "of") || word_is(&t->toks[i + 1], "by")))
        return 0;
    size_t c = 0;
    if (refs->nlist && refs->list_sent == sent && refs->list_opens) {
        for (unsigned q = 0; q < refs->nlist; q++) out[c++] = &refs->list[q];
    } else if (refs->has_subject && sort_of(&refs->subject) != REF_NONE && refs->subject.code[0] &&
               refs->subject.code[0] != '-') {
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
static int pair_at(const tc_text *t, uint32_t i, uint32_t end, uint32_t *det, uint32_t *len,
                   int *gov)
{
    static const struct {
        const char *w1, *w2; /* the noun, one or two words */
        int gov;             /* the states' governments, not the states (2: "sides", see
                                pair_mentions) */
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
    if (i > 0 && (word_is(&t->toks[i - 1], "between") || word_is(&t->toks[i - 1], "of"))) return 0;
    /* "casualties on both sides", "authorities on both sides": a where, not the actors */
    int on = i > 0 && word_is(&t->toks[i - 1], "on");
    if (word_is(&t->toks[i], "both"))
        d = 1;
    else if (word_is(&t->toks[i], "the") && i + 1 < end && word_is(&t->toks[i + 1], "two"))
        d = 2;
    else if (word_is(&t->toks[i], "the"))
        d = 1;
    else
        return 0;
    /* ("the two countries' leaders" is theirs, not them; "both the two") */
    for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++) {
        uint32_t n = nouns[k].w2 ? 2 : 1, j = i + d;
        if (j + n > end || !word_is(&t->toks[j], nouns[k].w1) ||
            (nouns[k].w2 && !word_is(&t->toks[j + 1], nouns[k].w2)))
            continue;
        if (d == 1 && word_is(&t->toks[i], "the") && !nouns[k].bare) return 0;
        if (on && nouns[k].gov == 2) return 0;
        if (j + n < end && (word_is(&t->toks[j + n], "'") || word_is(&t->toks[j + n], "of")))
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
            (word_is(&t->toks[c->tok0 - 1], "in") || word_is(&t->toks[c->tok0 - 1], "at")))
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

/* The two mentions of a pair description at token i (pair_at): the earlier state on its
 * determiner words, the later on its noun, so that the coder reads them as a list of two.
 * Each is the state or, for its leaders or governments, the state's government (a person's
 * own code). Returns how many were written to out (0 or 2). */
static size_t pair_mentions(const tc_text *t, uint32_t i, uint32_t det, uint32_t len, int gov,
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
        if (in_words(&t->toks[w], side_nouns, sizeof side_nouns / sizeof *side_nouns)) return 0;
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
        if (word_is(&t->toks[w], "and"))
            *and = 1;
        else if (!word_is(&t->toks[w], ",") && !word_is(&t->toks[w], "the") &&
                 !word_is(&t->toks[w], "both"))
            return 0;
    }
    return 1;
}

/* The last list of two to four actors of res[0..n) that ends before token upto, joined by
 * commas and a last "and" ("Russia and China", "Greece, Panama and South Korea"), not after
 * "between" (a relation: "ties between Russia and China"); its members into out (at most 4),
 * *opens set when its first member opens the sentence (first: its first token). Returns how
 * many, 0 for none (a longer list is none: a pronoun stands for the few a reader keeps). */
static size_t last_list(const tc_text *t, uint32_t first, uint32_t upto, const tc_mention *res,
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
        if (res[j].tok0 > 0 && word_is(&t->toks[res[j].tok0 - 1], "between")) return 0;
        size_t c = 0;
        for (size_t q = j; q <= k; q++) {
            int dup = 0;
            for (size_t d = 0; d < c && !dup; d++) dup = !strcmp(out[d]->code, res[q].code);
            if (!dup) out[c++] = &res[q];
        }
        if (c < 2) return 0;
        *opens = res[j].tok0 == first ||
                 (res[j].tok0 == first + 1 &&
                  (word_is(&t->toks[first], "the") || word_is(&t->toks[first], "both")));
        return c;
    }
    return 0;
}

/* Can a singular name stand for the plural "They": not a state or a capital named by its
 * name ("France urged Russia to withdraw. They rejected ...": not France); agents ("Russian
 * troops"), groups and organisations ("The G7 ... They called on China") can. */
static int takes_they(const tc_mention *m)
{
    size_t l = strlen(m->code);
    return !((m->kind == TC_KIND_COUNTRY && l <= 3) ||
             (m->kind == TC_KIND_METONYM && l == 6 && !strcmp(m->code + 3, "GOV")));
}

/* What a plural pronoun at token i stands for, as a list of actors (into out, at most 4;
 * returns how many): issue 14's noise control with number agreement, subject continuity and
 * distance (this sentence or the one before).
 * - "They" opening the sentence (not "They were", as opening_pronoun): the list that opened
 *   the sentence before; else, when that sentence's opening actor cannot be "they" (a state
 *   named by its name), a list it named elsewhere ("France urged Russia and China to
 *   withdraw. They rejected ..."), or no one: *none is set ("France urged Russia to withdraw.
 *   They rejected ...": not France).
 * - "they" right after a verb of saying ("Russia and China said they would ...") : the list
 *   that opens the sentence.
 * - "them": a list of this sentence with an actor after it (the pronoun's own subject:
 *   "Russia and China walked out, and Britain criticized them"), else the list of the
 *   sentence before; not when a group of people of this sentence is it (object_of_pronoun).
 * - "their" (no agent after it, which resolve_agent takes): as "them" ("France criticized
 *   their veto"); not a list that opens this sentence.
 * 0 when none applies: the other rules go on. */
static size_t plural_ref(const tc_text *t, uint32_t sent, uint32_t i, uint32_t end,
                         const tc_mention *res, size_t n, const tc_actors_refs *r,
                         const tc_mention **out, int *none)
{
    const tc_sentence *s = &t->sents[sent];
    const tc_token *w = &t->toks[i];
    int they = word_is(w, "they"), them = word_is(w, "them"), their = word_is(w, "their");
    *none = 0;
    if (!they && !them && !their) return 0;
    int prev = r->nlist && r->list_sent == sent; /* (list_sent is 1 + its sentence) */
    size_t c = 0;
    int opens = 0;
    if (they && (i == s->tok0 || (!n && after_opener(t, s->tok0, i))) &&
        opening_pronoun(t, i, end)) {
        if (prev && r->list_opens) goto previous;
        if (r->has_subject && (takes_they(&r->subject) || r->subject_many)) return 0;
        if (prev) goto previous;
        *none = r->has_subject;
        return 0;
    }
    if (they && said_it(t, s->tok0, i)) {
        c = last_list(t, s->tok0, i, res, n, out, &opens);
        return opens ? c : 0;
    }
    if (them && object_of_pronoun(t, i, res, n)) return 0;
    if (them || their) {
        c = last_list(t, s->tok0, i, res, n, out, &opens);
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

/* One sentence's pass of tc_actors_resolve: the mentions the dictionaries found (m, of which k
   are consumed), those resolved so far (res, n of them) and the article's references. */
typedef struct {
    const tc_text *t;
    const tc_sentence *s;
    uint32_t sent, end;
    const tc_mention *m;
    size_t nm, k;
    tc_mention *res;
    size_t n;
    tc_actors_refs *refs;
    int changed, last_sort;
    uint32_t last_end;
} resolving;

/* Decides whether a plural description at i ("the prime ministers") stands for the two
   states named before, and if so takes both. */
static int take_pair(resolving *p, uint32_t *at)
{
    const tc_text *t = p->t;
    uint32_t i = *at, pdet = 0, plen = 0;
    int pgov = 0;
    /* (the bare "the prime ministers" only of two named in this sentence or the one
       before: "The G7 statement named China ... The foreign ministers" are the G7's) */
    uint32_t since =
        pair_at(t, i, p->end, &pdet, &plen, &pgov) && pdet == 1 && word_is(&t->toks[i], "the")
            ? t->sents[p->sent ? p->sent - 1 : 0].tok0
            : 0;
    if ((p->k == p->nm || p->m[p->k].tok0 >= i) && plen &&
        pair_mentions(t, i, pdet, plen, pgov, since, p->refs, &p->res[p->n]) == 2) {
        p->n += 2;
        while (p->k < p->nm && p->m[p->k].tok0 < i + plen)
            p->k++; /* "the prime ministers": ---GOV */
        p->changed = 1;
        *at = i + plen;
        return 1;
    }
    return 0;
}

/* Decides whether "their" + an agent at i stands for the agents of each state of the list
   "their" refers to, and if so takes one agent per state. */
static int take_their_agent(resolving *p, uint32_t *at)
{
    const tc_text *t = p->t;
    uint32_t i = *at;
    size_t k = p->k;
    /* "Vietnam and the Philippines held talks. Their foreign ministers signed ...": the
       agent of each state of the list "their" stands for */
    if (!(k < p->nm && p->m[k].tok0 == i && i > p->s->tok0 && !strncmp(p->m[k].code, "---", 3) &&
          strlen(p->m[k].code) >= 6 && word_is(&t->toks[i - 1], "their")))
        return 0;
    const tc_mention *members[4];
    int none;
    size_t c = plural_ref(t, p->sent, i - 1, p->end, p->res, p->n, p->refs, members, &none), ok = c;
    for (size_t q = 0; q < c; q++)
        if (sort_of(members[q]) != REF_STATE && sort_of(members[q]) != REF_PERSON) ok = 0;
    if (!ok) return 0;
    tc_mention copy[4], agent = p->m[p->k++];
    for (size_t q = 0; q < c; q++) copy[q] = *members[q];
    for (size_t q = 0; q < c; q++) {
        tc_mention *r = &p->res[p->n];
        *r = agent;
        snprintf(r->code, sizeof r->code, "%.3s%.28s", copy[q].code, agent.code + 3);
        r->name = copy[q].name;
        r->tok0 = i - 1;
        r->ntok = agent.ntok + 1;
        r->flags |= q ? TC_MENTION_ALSO : TC_MENTION_LIST;
        r->rule = "'their' + agent: the agents of the list of states named before";
        p->n++;
    }
    p->changed = 1;
    *at = agent.tok0 + agent.ntok;
    return 1;
}

/* Decides whether a found agent ("his government") belongs to the state of the actor that
   opened the sentence, and if so gives it that state. */
static void own_body(resolving *p)
{
    const tc_text *t = p->t;
    tc_mention *r = &p->res[p->n];
    /* "The Iranian president said his government would ...": the state of the actor
       that opened the sentence, with the agent's sector */
    int thing;
    static const char *const bodies[] = {
        "government", "administration", "ministry", "cabinet", "army",
        "military",   "forces",         "troops",   "police",  "navy"};
    const tc_mention *own =
        !strncmp(r->code, "---", 3) && strlen(r->code) >= 6 &&
                in_words(&t->toks[r->tok0 + r->ntok - 1], bodies, sizeof bodies / sizeof *bodies) &&
                r->tok0 > p->s->tok0 && possessive(&t->toks[r->tok0 - 1], &thing) && !thing
            ? opener_state(t, p->s->tok0, r->tok0 - 1, p->res, p->n, 0)
            : NULL;
    if (own) {
        memcpy(r->code, own->code, 3);
        r->name = own->name;
        r->tok0--;
        r->ntok++;
        r->rule = "'his' / 'her' + agent: the state of the actor that opened the sentence";
        p->changed = 1;
    }
}

/* Decides what a mention the dictionaries found at i stands for: a name given in full
   before, an agent's state, and remembers it for the references that follow. */
static int take_mention(resolving *p, uint32_t *at)
{
    if (!(p->k < p->nm && p->m[p->k].tok0 <= *at)) return 0;
    const tc_text *t = p->t;
    tc_mention *r = &p->res[p->n];
    *r = p->m[p->k++];
    const tc_mention *same = named_before(r, p->refs);
    if (same) {
        snprintf(r->code, sizeof r->code, "%s", same->code);
        r->kind = same->kind;
        r->rule = "a name no dictionary knows, named in full before";
        p->changed = 1;
    }
    p->changed |= resolve_agent(t, p->s->tok0, r, p->refs, p->res, p->n);
    own_body(p);
    uint32_t i = r->tok0 + r->ntok;
    forget_by_noun(p->refs, t, i - 1, r, p->k < p->nm ? p->m[p->k].tok0 : p->end, p->last_end,
                   p->last_sort);
    remember(p->refs, t, r);
    p->last_end = i;
    p->last_sort = r->code[0] && r->code[0] != '-' ? sort_of(r) : REF_NONE;
    p->n++;
    *at = i;
    return 1;
}

/* Decides whether a possessive at i ("his country", "his meeting") stands for the state
   or the person of an actor named before, and if so takes it. */
static int take_possessive(resolving *p, uint32_t *at)
{
    const tc_text *t = p->t;
    uint32_t i = *at;
    tc_mention *r = &p->res[p->n];
    /* "Putin said his country would not lift the ban", "Turkey says its nation ...": a
       possessive's country is the state of the actor that opened the sentence (a person's
       or an agent's), else, for "its" and "their", the last state named */
    if ((p->k == p->nm || p->m[p->k].tok0 >= i + 2) && i + 1 < p->end) {
        const tc_mention *own = own_country(t, p->s->tok0, i, p->res, p->n, p->refs);
        if (own) {
            *r = *own;
            r->code[3] = 0;
            r->kind = TC_KIND_COUNTRY;
            r->tok0 = i;
            r->ntok = 2;
            r->rule = "a possessive's country: the state of the actor it refers to";
            p->n++;
            p->changed = 1;
            *at = i + 2;
            return 1;
        }
    }
    if ((p->k == p->nm || p->m[p->k].tok0 > i) && i + 1 < p->end) {
        const tc_mention *own = own_meeting(t, p->s->tok0, i, p->end, p->res, p->n);
        if (own) {
            *r = *own;
            r->tok0 = i;
            r->ntok = 1;
            r->flags &= ~(TC_MENTION_LIST | TC_MENTION_ALSO | TC_MENTION_PAIR);
            r->rule = "'his' / 'her' + a meeting noun: the person who opened the sentence";
            p->n++;
            p->changed = 1;
            *at = i + 1;
            return 1;
        }
    }
    return 0;
}

/* Decides whether a plural pronoun at i stands for a list of actors named before (or for
   none), and if so takes each of them. */
static int take_plural(resolving *p, uint32_t *at)
{
    const tc_text *t = p->t;
    uint32_t i = *at;
    /* "Russia and China blocked the resolution. They vetoed ...": both */
    if (!(p->k == p->nm || p->m[p->k].tok0 > i)) return 0;
    const tc_mention *members[4];
    int none;
    size_t c = plural_ref(t, p->sent, i, p->end, p->res, p->n, p->refs, members, &none);
    if (!c && !none) c = act_doer(t, p->sent, i, p->refs, p->res, p->n, members);
    if (none) {
        *at = i + 1;
        return 1;
    }
    /* ("their" before an agent is resolve_agent's: "their governments") */
    if (c && word_is(&t->toks[i], "their") && p->k < p->nm && p->m[p->k].tok0 == i + 1) c = 0;
    if (!c) return 0;
    tc_mention copy[4];
    for (size_t q = 0; q < c; q++) copy[q] = *members[q];
    for (size_t q = 0; q < c; q++) {
        tc_mention *r = &p->res[p->n];
        *r = copy[q];
        r->tok0 = i;
        r->ntok = 1;
        r->flags &= ~(TC_MENTION_LIST | TC_MENTION_ALSO | TC_MENTION_PAIR);
        r->flags |= q ? TC_MENTION_ALSO : TC_MENTION_LIST;
        r->rule = "a plural pronoun: the list of actors named before";
        p->n++;
    }
    p->changed = 1;
    *at = i + 1;
    return 1;
}

/* Decides whether a description of a given sort at i ("The country", "The group") opening
   a sentence goes on with the actor that opened the one before; if so fills *opener. */
static int continued_opener(const resolving *p, uint32_t i, int sort, uint32_t len,
                            tc_mention *opener)
{
    const tc_text *t = p->t;
    const tc_actors_refs *refs = p->refs;
    /* "Japan protested to China. The country also summoned ...": "The country" opening a
       sentence goes on with the state that opened the one before, not the last state
       named, which may be the one acted on (subject continuity); not when this sentence
       names that state itself (a state acts not on itself: "Ghana hosted talks on Togo.
       The country accused Ghana"), nor "the neighbouring country" (another one). So do
       "The group" and "The organisation" ("Hamas praised Hezbollah. The group ...") */
    if (!(sort != REF_PERSON && sort != REF_NONE && len == 2 &&
          noun_sort(&t->toks[i + 1]) == sort &&
          (i == p->s->tok0 || (!p->n && after_opener(t, p->s->tok0, i))) && refs->has_subject &&
          sort_of(&refs->subject) == sort && strlen(refs->subject.code) >= 3 &&
          (sort != REF_STATE ||
           (strncmp(refs->subject.code, "IGO", 3) && strncmp(refs->subject.code, "NGO", 3) &&
            strncmp(refs->subject.code, "MNC", 3))) &&
          strncmp(refs->subject.code, "---", 3) &&
          !(refs->subject.flags & (TC_MENTION_LIST | TC_MENTION_PAIR))))
        return 0;
    int named = 0;
    for (size_t q = p->k; q < p->nm && !named; q++)
        named = sort == REF_STATE ? !strncmp(p->m[q].code, refs->subject.code, 3)
                                  : !strcmp(p->m[q].code, refs->subject.code);
    if (named) return 0;
    *opener = refs->subject;
    if (sort == REF_STATE) {
        opener->code[3] = 0;
        opener->kind = TC_KIND_COUNTRY;
    }
    opener->flags = 0;
    return 1;
}

/* Decides whom "he" or "she" at i stands for: the person the sentence before opened with,
   the speaker, or the last person of that sex. Returns 1 when the pronoun stands for no one
   (*at then past it), else 0 with *ante set or left. */
static int person_ante(const resolving *p, uint32_t *at, int sort, uint32_t len,
                       const tc_mention **ante)
{
    const tc_text *t = p->t;
    const tc_actors_refs *refs = p->refs;
    uint32_t i = *at;
    unsigned want = word_is(&t->toks[i], "she") ? TC_SEX_FEMALE : TC_SEX_MALE;
    int lead = sort == REF_PERSON &&
               (i == p->s->tok0 || (!p->n && after_opener(t, p->s->tok0, i))) &&
               sex_agrees(refs->lead_sex, want);
    /* "Pashinyan met Putin in Moscow. He also criticized ...": a "he" or "she" opening a
       sentence goes on with the person the sentence before opened with, not the last
       person it named */
    if (lead && refs->has_lead) *ante = &refs->lead;
    /* ... and when that sentence opened with a name no dictionary knows ("Abdi Ali, a
       lawmaker, said ... He urged Farmajo"), with no one: not a person named further back */
    if (lead && refs->lead_unknown) {
        *at = i + (len ? len : 1);
        return 1;
    }
    /* "The Kenyan president said he would ...": the speaker, not a person named before */
    int nobody = 0;
    if (sort == REF_PERSON && !*ante)
        *ante = speaking_subject(t, p->s->tok0, i, want, p->res, p->n, &nobody);
    if (nobody) {
        *at = i + len;
        return 1;
    }
    if (sort == REF_PERSON && !*ante && !(*ante = pronoun_person_for(refs, want))) {
        *at = i + len;
        return 1;
    }
    return 0;
}

/* Decides whether the one-word reference at i is a person's surname, an object, "others",
   a maker or a speaker named in this sentence or before; returns that actor or NULL. */
static const tc_mention *named_ante(const resolving *p, uint32_t i)
{
    const tc_text *t = p->t;
    const tc_mention *ante;
    /* "Lai Ching-te ... Lai said" */
    if ((ante = person_by_name(t, p->s, i, p->refs))) return ante;
    if ((ante = object_of_pronoun(t, i, p->res, p->n))) return ante;
    if ((ante = others_of(t, p->s->tok0, i, p->res, p->n))) return ante;
    if ((ante = maker_of(t, i, p->end, p->refs, p->res, p->n))) return ante;
    if ((ante = proposal_maker(t, p->sent, i, p->refs, p->res, p->n))) return ante;
    return speaker_object(t, p->s->tok0, i, p->end, p->res, p->n);
}

/* Decides whether "it" or "they" at i opens the sentence or follows its speaker's verb of
   saying, and so stands for the opening actor before or the speaker; returns it or NULL. */
static const tc_mention *opening_ante(const resolving *p, uint32_t i)
{
    const tc_text *t = p->t;
    const tc_actors_refs *refs = p->refs;
    const tc_sentence *s = p->s;
    const tc_mention *res = p->res;
    /* "The UN highlighted the blockade. It urged ...": the opening actor before. */
    if (i == s->tok0 && refs->has_subject && opening_pronoun(t, i, p->end) &&
        /* (number: "Thousands of Kenyans protested. They ..." is no "It") */
        !(word_is(&t->toks[i], "it") && refs->subject_many))
        return &refs->subject;
    /* "The United States said it was watching": "it" / "they" right after a speech verb
     * is the speaker, the sentence's first actor when it heads the sentence. */
    if (p->n > 0 &&
        (res[0].tok0 == s->tok0 ||
         (res[0].tok0 == s->tok0 + 1 && word_is(&t->toks[s->tok0], "the"))) &&
        said_it(t, s->tok0, i) && res[0].code[0] && res[0].code[0] != '-' &&
        /* (number: "Britain said they had ..." are others, not Britain) */
        (word_is(&t->toks[i], "it") || takes_they(&res[0])))
        return &res[0];
    return NULL;
}

/* Decides whether "it", "they" or "them" at i, the subject or object of a later clause,
   goes on with an actor the sentence or the one before opened with; returns it or NULL. */
static const tc_mention *clause_ante(const resolving *p, uint32_t i)
{
    const tc_text *t = p->t;
    const tc_actors_refs *refs = p->refs;
    const tc_sentence *s = p->s;
    const tc_mention *res = p->res;
    size_t n = p->n;
    /* "Russia expelled Estonian diplomats, and it also warned Latvia": "it" or "they"
       as the subject of a clause joined by "and" or "but" goes on with the actor that
       opened the sentence (subject continuity), when it agrees in number: a state or an
       organisation "it", agents or a group "they"; not a person ("he"), a list (the
       plural rules), nor a name the sentence named between as its own subject */
    if (n > 0 && joined_subject(t, s->tok0, i, p->end) &&
        (res[0].tok0 == s->tok0 ||
         (res[0].tok0 == s->tok0 + 1 && word_is(&t->toks[s->tok0], "the"))) &&
        res[0].code[0] && res[0].code[0] != '-' && strncmp(res[0].code, "---", 3) &&
        res[0].kind != TC_KIND_PERSON && !(res[0].flags & TC_MENTION_UNKNOWN) &&
        !(res[0].flags & (TC_MENTION_LIST | TC_MENTION_ALSO | TC_MENTION_PAIR)) &&
        (word_is(&t->toks[i], "it") ? !plural_agent(t, &res[0]) : takes_they(&res[0])))
        return &res[0];
    /* "Russian forces attacked Kharkiv. Ukraine said they also shelled Sumy": "they"
       after a verb of saying whose speaker is a state named by its name (which says
       "it") is the actor that opened the sentence before, when it can be "they" and is
       not that state */
    if (n > 0 && word_is(&t->toks[i], "they") && said_it(t, s->tok0, i) &&
        res[0].tok0 <= s->tok0 + 1 && !takes_they(&res[0]) && refs->has_subject &&
        takes_they(&refs->subject) && strncmp(refs->subject.code, "---", 3) &&
        strncmp(refs->subject.code, res[0].code, 3) &&
        !(refs->subject.flags & (TC_MENTION_LIST | TC_MENTION_ALSO | TC_MENTION_PAIR)))
        return &refs->subject;
    /* "Soldiers arrested two journalists. They accused them of spying": "them" in a
       sentence opened by a "They" that went on with the opening actor before, and no
       actor between, is the people that sentence acted on (its first plural agent after
       the opener), not the opener again */
    if (word_is(&t->toks[i], "them") && n == 1 && res[0].tok0 == s->tok0 &&
        word_is(&t->toks[s->tok0], "they") && refs->has_subject && refs->has_object &&
        !strcmp(res[0].code, refs->subject.code))
        return &refs->object;
    return NULL;
}

/* Decides what a reference at i (a pronoun, "the country", a surname) stands for, and
   takes that actor; else moves on one token, forgetting what a noun there rules out. */
static void take_reference(resolving *p, uint32_t *at)
{
    const tc_text *t = p->t;
    uint32_t i = *at, len = 0;
    int sort = reference_at(t, i, p->end, &len);
    const tc_mention *ante = sort == REF_PERSON ? NULL : ref_of(p->refs, sort);
    tc_mention opener;
    if (continued_opener(p, i, sort, len, &opener)) ante = &opener;
    if (person_ante(p, at, sort, len, &ante)) return;
    if (!ante && (ante = named_ante(p, i))) len = 1;
    if (!ante && (ante = opening_ante(p, i))) len = 1;
    if (!ante && (ante = clause_ante(p, i))) len = 1;
    if (ante && (p->k == p->nm || p->m[p->k].tok0 >= i + len)) {
        tc_mention *r = &p->res[p->n];
        *r = *ante;
        r->tok0 = i;
        r->ntok = len;
        r->rule = "a reference to an actor named before";
        p->n++;
        p->changed = 1;
        *at = i + len;
        return;
    }
    if (!len)
        forget_by_noun(p->refs, t, i, NULL, p->k < p->nm ? p->m[p->k].tok0 : p->end, p->last_end,
                       p->last_sort);
    *at = i + 1;
}

/* Decides which person opened the sentence, for a "He" that opens the next one. */
static void remember_lead(const tc_text *t, const tc_sentence *s, const tc_mention *res, size_t n,
                          tc_actors_refs *refs)
{
    /* The first person, for a "He" that opens the next sentence. */
    refs->has_lead = refs->lead_unknown = 0;
    refs->lead_sex = TC_SEX_NONE;
    for (size_t k2 = 0; k2 < n && !refs->has_lead && !refs->lead_unknown; k2++) {
        int opening_unknown =
            (res[k2].kind == TC_KIND_UNKNOWN || (res[k2].flags & TC_MENTION_UNKNOWN)) &&
            res[k2].tok0 <= s->tok0 + 1;
        int placed = res[k2].code[0] && res[k2].code[0] != '-';
        if ((res[k2].kind == TC_KIND_PERSON || opening_unknown) && placed &&
            !name_modifies(t, &res[k2])) {
            refs->lead = res[k2];
            refs->has_lead = 1;
        }
        /* a name no dictionary knows nor the text places, opening the sentence, before any
           person */
        refs->lead_unknown = opening_unknown && !placed;
        if (refs->has_lead || refs->lead_unknown) refs->lead_sex = res[k2].sex;
    }
}

/* Decides which list "they", "them", "their" in the next sentence may stand for. */
static void remember_list(const tc_text *t, uint32_t sent, const tc_mention *res, size_t n,
                          tc_actors_refs *refs)
{
    const tc_sentence *s = &t->sents[sent];
    uint32_t end = s->tok0 + s->ntok;
    /* The last list, for "they", "them", "their" in the next sentence; a sentence that
       named none but opened with a pronoun standing for it goes on with it ("They vetoed
       ... They also"); else it is forgotten (a pronoun reaches one sentence back). */
    const tc_mention *members[4];
    int opens = 0;
    size_t c = last_list(t, s->tok0, end, res, n, members, &opens);
    if (c) {
        tc_mention copy[4];
        for (size_t q = 0; q < c; q++) copy[q] = *members[q];
        for (size_t q = 0; q < c; q++) refs->list[q] = copy[q];
        refs->nlist = (unsigned)c;
        refs->list_opens = opens;
        refs->list_sent = sent + 1;
    } else if (refs->nlist && refs->list_sent == sent && n && (res[0].flags & TC_MENTION_LIST) &&
               res[0].tok0 <= s->tok0 + 1) {
        refs->list_sent = sent + 1;
        refs->list_opens = 1;
    } else {
        refs->nlist = 0;
    }
}

/* Decides which actor opened the sentence and which it acted on, for an "It" or "They"
   that opens the next one. */
static void remember_subject(const tc_text *t, const tc_sentence *s, const tc_mention *res,
                             size_t n, tc_actors_refs *refs)
{
    /* The opening actor, for an "It" that opens the next sentence. */
    refs->subject_many = n > 0 && counted(t, s->tok0, res[0].tok0);
    refs->has_subject = n > 0 && res[0].code[0] && res[0].code[0] != '-' &&
                        res[0].kind != TC_KIND_PERSON &&
                        (res[0].tok0 == s->tok0 || refs->subject_many ||
                         (res[0].tok0 == s->tok0 + 1 && word_is(&t->toks[s->tok0], "the")));
    if (refs->has_subject) refs->subject = res[0];
    refs->has_object = 0;
    for (size_t q = 1; q < n && refs->has_subject && !refs->has_object; q++) {
        const tc_mention *x = &res[q];
        if (x->tok0 <= res[0].tok0 || !x->code[0] || x->kind == TC_KIND_PERSON ||
            (x->flags &
             (TC_MENTION_UNKNOWN | TC_MENTION_LIST | TC_MENTION_ALSO | TC_MENTION_PAIR)) ||
            !strcmp(x->code, res[0].code) || !plural_agent(t, x))
            continue;
        refs->object = *x;
        refs->has_object = 1;
    }
}

size_t tc_actors_resolve(const tc_text *t, uint32_t sent, const tc_mention *m, size_t nm,
                         tc_actors_refs *refs, tc_arena *a, tc_mention **out)
{
    const tc_sentence *s = &t->sents[sent];
    resolving p = {.t = t,
                   .s = s,
                   .sent = sent,
                   .end = s->tok0 + s->ntok,
                   .m = m,
                   .nm = nm,
                   .refs = refs,
                   .last_sort = REF_NONE};
    /* (a plural pronoun's token gives up to four: plural_ref) */
    p.res = tc_arena_alloc(a, (nm + 4 * (size_t)s->ntok + 1) * sizeof *p.res);
    for (uint32_t i = s->tok0; i < p.end;) {
        if (take_pair(&p, &i) || take_their_agent(&p, &i) || take_mention(&p, &i) ||
            take_possessive(&p, &i) || take_plural(&p, &i))
            continue;
        take_reference(&p, &i);
    }
    while (p.k < nm) p.res[p.n++] = m[p.k++];
    remember_lead(t, s, p.res, p.n, refs);
    remember_list(t, sent, p.res, p.n, refs);
    remember_subject(t, s, p.res, p.n, refs);
    *out = p.changed ? p.res : (tc_mention *)m;
    return p.changed ? p.n : nm;
}

size_t tc_actors_keep_placed(tc_mention *m, size_t n)
{
    size_t kept = 0;
    for (size_t q = 0; q < n; q++) {
        const tc_mention *x = &m[q];
        /* an agent with no state keeps the name it took ("Minister X" = ---GOV) */
        int placed = x->code[0] && x->kind != TC_KIND_REGION;
        if (!(x->flags & TC_MENTION_UNKNOWN) || placed) m[kept++] = *x;
    }
    return kept;
}
