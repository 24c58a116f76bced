/* actors_refs: references across an article (tc_actors_resolve, declared in actors.h): the
 * last actors of each sort and the last persons by the words of their names, carried in a
 * tc_actors_refs from sentence to sentence, for "its government", "the ministry", "the
 * country", "he", "It urged", "Starmer said". Split from actors.c, which finds the mentions;
 * this part reads only them and the tokens. tc_actors_keep_placed then sets aside the names no
 * dictionary knows that nothing placed. */
#include "actors.h"

#include "actors_int.h"

#include <stdio.h>
#include <string.h>

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

int tc_actors_sort_of(const tc_mention *m)
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

/* Is last (a name's last word, lower case) the surname word: the same, or the same after
 * the Arabic article news often drops on a later mention ("Omar al-Bashir ... Bashir",
 * "el-Sisi ... Sisi") (prec18)? */
static int same_surname(const char *last, const char *word)
{
    if (!strcmp(last, word)) return 1;
    return (!strncmp(last, "al-", 3) || !strncmp(last, "el-", 3)) && !strcmp(last + 3, word);
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
        !tc_actors_in_words(&t->toks[i - 1], honorifics_,
                            sizeof honorifics_ / sizeof *honorifics_) &&
        !(i - 1 == s->tok0 &&
          tc_actors_in_words(&t->toks[i - 1], openers_, sizeof openers_ / sizeof *openers_)))
        return NULL;
    for (unsigned k = 0; k < 8 && k < r->npeople; k++) {
        unsigned slot = (r->npeople - 1 - k) % 8;
        if (same_surname(r->people[slot].last, w->norm) || !strcmp(r->people[slot].first, w->norm))
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
        if (tc_actors_word_is(&t->toks[j], groups[k])) return 1;
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
int tc_actors_sex_agrees(unsigned sex, unsigned want)
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
        if (!tc_actors_sex_agrees(p->sex, want)) continue;
        /* a name whose sex nothing gives, a person only by what it does ("Ohlberg said"),
           stands between the pronoun and those before it but is not taken for it */
        return known_person(p) || p->sex != TC_SEX_EITHER ? p : NULL;
    }
    return NULL;
}

static int armed_sector(const char *sector);

/* Is state mention m a member of a pair or list joined by "and" or "or" ("Canada and
 * Belgium are among countries that banned ...")? A singular "the country" after such a list
 * picks out neither member, so it goes on with the state named before the list (prec18). */
static int joined_state(const tc_text *t, const tc_mention *m)
{
    uint32_t j = m->tok0 + m->ntok;
    int before = m->tok0 > 0 && (tc_actors_word_is(&t->toks[m->tok0 - 1], "and") ||
                                 tc_actors_word_is(&t->toks[m->tok0 - 1], "or"));
    int after = j < t->ntoks &&
                (tc_actors_word_is(&t->toks[j], "and") || tc_actors_word_is(&t->toks[j], "or"));
    return m->kind == TC_KIND_COUNTRY && (before || after);
}

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
    int sort = tc_actors_sort_of(m);
    if (m->code[0] == '-' || !m->code[0] || sort == REF_NONE) return;
    if (sort != REF_STATE || !joined_state(t, m)) {
        r->last[sort] = *m;
        r->has |= 1u << sort;
    }
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
        if (w->norm[0] == ref_nouns[k].word[0] && tc_actors_word_is(w, ref_nouns[k].word))
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
    if (sort == REF_NONE || (m && tc_actors_sort_of(m) == sort && m->code[0] && m->code[0] != '-'))
        return;
    if (next == i + 1 || (last_sort == sort && last_end + 4 >= i)) return;
    r->has &= ~(1u << sort);
}

/* The sort a word sequence at token i refers to (*len its tokens), or REF_NONE. */
static int reference_at(const tc_text *t, uint32_t i, uint32_t end, uint32_t *len)
{
    const tc_token *w = &t->toks[i];
    if (tc_actors_word_is(w, "he") || tc_actors_word_is(w, "she")) {
        *len = 1;
        return REF_PERSON;
    }
    if (!tc_actors_word_is(w, "the") || i + 1 >= end) return REF_NONE;
    for (size_t k = 0; k < sizeof ref_nouns / sizeof ref_nouns[0]; k++)
        if (tc_actors_word_is(&t->toks[i + 1], ref_nouns[k].word)) {
            *len = 2;
            return ref_nouns[k].sort;
        }
    /* "the neighbouring country", "the neighboring nation" (eleventh session) */
    if (i + 2 < end &&
        (tc_actors_word_is(&t->toks[i + 1], "neighbouring") ||
         tc_actors_word_is(&t->toks[i + 1], "neighboring")) &&
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
        !(m->tok0 == first ||
          (m->tok0 == first + 1 && tc_actors_word_is(&t->toks[first], "the"))) ||
        strlen(m->code) < 3 || m->code[0] == '-' || !strncmp(m->code, "IGO", 3) ||
        !strncmp(m->code, "NGO", 3) || !strncmp(m->code, "MNC", 3))
        return NULL;
    /* (no one of another state named between: "Putin met Macron, who said his country") */
    for (size_t j = 1; j < n; j++)
        if (res[j].tok0 < i &&
            (tc_actors_sort_of(&res[j]) == REF_STATE || tc_actors_sort_of(&res[j]) == REF_PERSON) &&
            strncmp(res[j].code, m->code, 3))
            return NULL;
    if (m->kind == TC_KIND_PERSON) return thing ? NULL : m;
    return tc_actors_sort_of(m) == REF_STATE ? m : NULL;
}

static int possessive(const tc_token *d, int *thing)
{
    *thing = tc_actors_word_is(d, "its") || tc_actors_word_is(d, "their");
    return *thing || tc_actors_word_is(d, "his") || tc_actors_word_is(d, "her");
}

/* "his country", "her nation", "its country" at token i: the state of the actor that opened
 * the sentence, else for "its" and "their" the last state named; NULL when the words are no
 * such reference or no state fits. */
static const tc_mention *own_country(const tc_text *t, uint32_t first, uint32_t i,
                                     const tc_mention *res, size_t n, const tc_actors_refs *r)
{
    int thing;
    if (!possessive(&t->toks[i], &thing) || (!tc_actors_word_is(&t->toks[i + 1], "country") &&
                                             !tc_actors_word_is(&t->toks[i + 1], "nation")))
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
    if (!tc_actors_in_words(&t->toks[i + 1], meetings, nmeet) &&
        !(i + 2 < end && tc_actors_in_words(&t->toks[i + 2], meetings, nmeet)))
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
    if (!m->ntok || !tc_actors_in_words(&t->toks[m->tok0 + m->ntok - 1], titles,
                                        sizeof titles / sizeof *titles))
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
    if (!n || res[0].tok0 > first + 1 || tc_actors_sort_of(&res[0]) != REF_STATE ||
        strlen(res[0].code) < 3 || !strncmp(res[0].code, "IGO", 3) ||
        !strncmp(res[0].code, "NGO", 3) || !strncmp(res[0].code, "MNC", 3) ||
        !strncmp(res[0].code, "---", 3))
        return NULL;
    int acted = 0;
    for (size_t q = 1; q < n && res[q].tok0 < i; q++) {
        const tc_mention *x = &res[q];
        if (!tc_actors_in_words(&t->toks[x->tok0 + x->ntok - 1], acts,
                                sizeof acts / sizeof *acts) ||
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
    if (tc_actors_word_is(w, "its") || tc_actors_word_is(w, "their")) {
        ante = struck_opener(t, first, m->tok0, res, n);
        if (!ante) ante = ref_of(r, REF_STATE);
    } else if (tc_actors_word_is(w, "the")) {
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
            tc_actors_in_words(&t->toks[m->tok0 + m->ntok - 1], institutions,
                               sizeof institutions / sizeof *institutions) &&
            tc_actors_sort_of(&r->subject) == REF_STATE && strlen(r->subject.code) >= 3 &&
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
    uint32_t since = tc_actors_pair_at(t, i, p->end, &pdet, &plen, &pgov) && pdet == 1 &&
                             tc_actors_word_is(&t->toks[i], "the")
                         ? t->sents[p->sent ? p->sent - 1 : 0].tok0
                         : 0;
    if ((p->k == p->nm || p->m[p->k].tok0 >= i) && plen &&
        tc_actors_pair_mentions(t, i, pdet, plen, pgov, since, p->refs, &p->res[p->n]) == 2) {
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
          strlen(p->m[k].code) >= 6 && tc_actors_word_is(&t->toks[i - 1], "their")))
        return 0;
    const tc_mention *members[4];
    int none;
    size_t c = tc_actors_plural_ref(t, p->sent, i - 1, p->end, p->res, p->n, p->refs, members,
                                    &none),
           ok = c;
    for (size_t q = 0; q < c; q++)
        if (tc_actors_sort_of(members[q]) != REF_STATE &&
            tc_actors_sort_of(members[q]) != REF_PERSON)
            ok = 0;
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
    const tc_mention *own = !strncmp(r->code, "---", 3) && strlen(r->code) >= 6 &&
                                    tc_actors_in_words(&t->toks[r->tok0 + r->ntok - 1], bodies,
                                                       sizeof bodies / sizeof *bodies) &&
                                    r->tok0 > p->s->tok0 &&
                                    possessive(&t->toks[r->tok0 - 1], &thing) && !thing
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
    p->last_sort = r->code[0] && r->code[0] != '-' ? tc_actors_sort_of(r) : REF_NONE;
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
    size_t c = tc_actors_plural_ref(t, p->sent, i, p->end, p->res, p->n, p->refs, members, &none);
    if (!c && !none) c = tc_actors_act_doer(t, p->sent, i, p->refs, p->res, p->n, members);
    if (none) {
        *at = i + 1;
        return 1;
    }
    /* ("their" before an agent is resolve_agent's: "their governments") */
    if (c && tc_actors_word_is(&t->toks[i], "their") && p->k < p->nm && p->m[p->k].tok0 == i + 1)
        c = 0;
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
          (i == p->s->tok0 || (!p->n && tc_actors_after_opener(t, p->s->tok0, i))) &&
          refs->has_subject && tc_actors_sort_of(&refs->subject) == sort &&
          strlen(refs->subject.code) >= 3 &&
          (sort != REF_STATE ||
           (strncmp(refs->subject.code, "IGO", 3) && strncmp(refs->subject.code, "NGO", 3) &&
            strncmp(refs->subject.code, "MNC", 3))) &&
          strncmp(refs->subject.code, "---", 3) &&
          !(refs->subject.flags & (TC_MENTION_LIST | TC_MENTION_PAIR)) &&
          !(sort == REF_STATE && joined_state(t, &refs->subject))))
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
    unsigned want = tc_actors_word_is(&t->toks[i], "she") ? TC_SEX_FEMALE : TC_SEX_MALE;
    /* (a "he" or "she" saying the quotation that opens its sentence goes on as one opening
       it: "'This is aggression,' she said" after "The foreign minister visited Vilnius") */
    int lead = sort == REF_PERSON &&
               (i == p->s->tok0 || (!p->n && tc_actors_after_opener(t, p->s->tok0, i)) ||
                tc_actors_quote_speaker(t, p->s->tok0, i, p->end)) &&
               tc_actors_sex_agrees(refs->lead_sex, want);
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
        *ante = tc_actors_speaking_subject(t, p->s->tok0, i, want, p->res, p->n, &nobody);
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
    if ((ante = tc_actors_object_of_pronoun(t, i, p->res, p->n))) {
        /* (an uncoded surname "him" goes back to: the person named before by it) */
        if (ante->code[0]) return ante;
        return person_by_name(t, p->s, ante->tok0, p->refs);
    }
    if ((ante = tc_actors_others_of(t, p->s->tok0, i, p->res, p->n))) return ante;
    if ((ante = tc_actors_maker_of(t, i, p->end, p->refs, p->res, p->n))) return ante;
    if ((ante = tc_actors_proposal_maker(t, p->sent, i, p->refs, p->res, p->n))) return ante;
    return tc_actors_speaker_object(t, p->s->tok0, i, p->end, p->res, p->n);
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
    if (i == s->tok0 && refs->has_subject && tc_actors_opening_pronoun(t, i, p->end) &&
        /* (number: "Thousands of Kenyans protested. They ..." is no "It") */
        !(tc_actors_word_is(&t->toks[i], "it") && refs->subject_many))
        return &refs->subject;
    /* "The United States said it was watching": "it" / "they" right after a speech verb
     * is the speaker, the sentence's first actor when it heads the sentence. */
    if (p->n > 0 &&
        (res[0].tok0 == s->tok0 ||
         (res[0].tok0 == s->tok0 + 1 && tc_actors_word_is(&t->toks[s->tok0], "the"))) &&
        tc_actors_said_it(t, s->tok0, i) && res[0].code[0] && res[0].code[0] != '-' &&
        /* (number: "Britain said they had ..." are others, not Britain) */
        (tc_actors_word_is(&t->toks[i], "it") || tc_actors_takes_they(&res[0])))
        return &res[0];
    /* "Rights groups called for his release. They urged ...": "They" opening the sentence
       goes on with agents of no state that opened the one before, as with a state's
       (issue 14, groups16) */
    if (i == s->tok0 && refs->has_opener && !refs->has_subject &&
        tc_actors_word_is(&t->toks[i], "they") && !strncmp(refs->opener.code, "---", 3) &&
        refs->opener.code[3] && tc_actors_plural_agent(t, &refs->opener) &&
        tc_actors_opening_pronoun(t, i, p->end))
        return &refs->opener;
    /* "Rights groups called for his release. '...,' they said": "it" or "they" saying the
       quotation that opens the sentence is the actor the sentence before opened with, an
       agent of no state as well, when it agrees in number ("they": agents named by a plural
       noun, not "Chile's president"; issue 14, groups16) */
    if (refs->has_opener && tc_actors_quote_speaker(t, s->tok0, i, p->end) &&
        (tc_actors_word_is(&t->toks[i], "it")
             ? !tc_actors_plural_agent(t, &refs->opener)
             : tc_actors_word_is(&t->toks[i], "they") && tc_actors_plural_agent(t, &refs->opener)))
        return &refs->opener;
    return NULL;
}

/* "'...,' the spokesperson told VOA. 'We have consistently urged ...": a "we" or "I" in a
   sentence of a quotation's words with no speaker of its own is the speaker of the quotation
   the sentence before told (issue 14, groups16); NULL when none. */
static const tc_mention *quoted_self(const resolving *p, uint32_t i)
{
    const tc_text *t = p->t;
    if (!p->refs->has_quoter ||
        !(tc_actors_word_is(&t->toks[i], "we") || tc_actors_word_is(&t->toks[i], "i")) ||
        !tc_actors_unattributed_quote(t, p->s->tok0, p->end, p->refs->quote_open))
        return NULL;
    return &p->refs->quoter;
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
    if (n > 0 && tc_actors_joined_subject(t, s->tok0, i, p->end) &&
        (res[0].tok0 == s->tok0 ||
         (res[0].tok0 == s->tok0 + 1 && tc_actors_word_is(&t->toks[s->tok0], "the"))) &&
        res[0].code[0] && res[0].code[0] != '-' && strncmp(res[0].code, "---", 3) &&
        res[0].kind != TC_KIND_PERSON && !(res[0].flags & TC_MENTION_UNKNOWN) &&
        !(res[0].flags & (TC_MENTION_LIST | TC_MENTION_ALSO | TC_MENTION_PAIR)) &&
        (tc_actors_word_is(&t->toks[i], "it") ? !tc_actors_plural_agent(t, &res[0])
                                              : tc_actors_takes_they(&res[0])))
        return &res[0];
    /* "Russian forces attacked Kharkiv. Ukraine said they also shelled Sumy": "they"
       after a verb of saying whose speaker is a state named by its name (which says
       "it") is the actor that opened the sentence before, when it can be "they" and is
       not that state */
    if (n > 0 && tc_actors_word_is(&t->toks[i], "they") && tc_actors_said_it(t, s->tok0, i) &&
        res[0].tok0 <= s->tok0 + 1 && !tc_actors_takes_they(&res[0]) && refs->has_subject &&
        tc_actors_takes_they(&refs->subject) && strncmp(refs->subject.code, "---", 3) &&
        strncmp(refs->subject.code, res[0].code, 3) &&
        !(refs->subject.flags & (TC_MENTION_LIST | TC_MENTION_ALSO | TC_MENTION_PAIR)))
        return &refs->subject;
    /* "Soldiers arrested two journalists. They accused them of spying": "them" in a
       sentence opened by a "They" that went on with the opening actor before, and no
       actor between, is the people that sentence acted on (its first plural agent after
       the opener), not the opener again */
    if (tc_actors_word_is(&t->toks[i], "them") && n == 1 && res[0].tok0 == s->tok0 &&
        tc_actors_word_is(&t->toks[s->tok0], "they") && refs->has_subject && refs->has_object &&
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
    if (!ante && (ante = quoted_self(p, i))) len = 1;
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
    /* "Kenya's foreign minister spoke. He said ... He also accused ...": a "He" or "She"
       opening the sentence that went on with the lead before keeps it */
    if (n > 0 && refs->has_lead && res[0].tok0 == s->tok0 &&
        (tc_actors_word_is(&t->toks[s->tok0], "he") ||
         tc_actors_word_is(&t->toks[s->tok0], "she")) &&
        !strcmp(res[0].code, refs->lead.code) && res[0].kind == refs->lead.kind)
        return;
    refs->has_lead = refs->lead_unknown = 0;
    refs->lead_sex = TC_SEX_NONE;
    /* "Kenya's foreign minister spoke on Monday. He accused ...": a holder of an office of a
       state (an agent whose head is a noun of one office: not "officials") opening the
       sentence is its subject, whom a "He" or "She" opening the next goes on with, before
       any person the sentence names after it (subject continuity: "The French president
       met the German chancellor. He ..." is the French president) */
    if (n > 0 && res[0].kind != TC_KIND_PERSON && res[0].ntok &&
        (res[0].tok0 == s->tok0 ||
         (res[0].tok0 == s->tok0 + 1 && (tc_actors_word_is(&t->toks[s->tok0], "the") ||
                                         tc_actors_word_is(&t->toks[s->tok0], "a") ||
                                         tc_actors_word_is(&t->toks[s->tok0], "an")))) &&
        res[0].code[0] && res[0].code[0] != '-' && strlen(res[0].code) >= 6 &&
        !(res[0].flags &
          (TC_MENTION_UNKNOWN | TC_MENTION_LIST | TC_MENTION_ALSO | TC_MENTION_PAIR))) {
        uint32_t after = res[0].tok0 + res[0].ntok;
        int sex = tc_actors_office_sex(&t->toks[after - 1]);
        /* (two holders joined, "The Austrian chancellor and the Hungarian prime minister
           spoke": a "He" after them is either, and stays unresolved) */
        if (sex >= 0 && after < s->tok0 + s->ntok && tc_actors_word_is(&t->toks[after], "and")) {
            refs->lead_unknown = 1;
            return;
        }
        if (sex >= 0) {
            refs->lead = res[0];
            refs->has_lead = 1;
            refs->lead_sex = (unsigned)sex;
            return;
        }
    }
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
    size_t c = tc_actors_last_list(t, s->tok0, end, res, n, members, &opens);
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
    refs->subject_many = n > 0 && tc_actors_counted(t, s->tok0, res[0].tok0);
    refs->has_subject =
        n > 0 && res[0].code[0] && res[0].code[0] != '-' && res[0].kind != TC_KIND_PERSON &&
        (res[0].tok0 == s->tok0 || refs->subject_many ||
         (res[0].tok0 == s->tok0 + 1 && tc_actors_word_is(&t->toks[s->tok0], "the")));
    if (refs->has_subject) refs->subject = res[0];
    refs->has_object = 0;
    for (size_t q = 1; q < n && refs->has_subject && !refs->has_object; q++) {
        const tc_mention *x = &res[q];
        if (x->tok0 <= res[0].tok0 || !x->code[0] || x->kind == TC_KIND_PERSON ||
            (x->flags &
             (TC_MENTION_UNKNOWN | TC_MENTION_LIST | TC_MENTION_ALSO | TC_MENTION_PAIR)) ||
            !strcmp(x->code, res[0].code) || !tc_actors_plural_agent(t, x))
            continue;
        refs->object = *x;
        refs->has_object = 1;
    }
}

/* Are the words [first, at) before the sentence's first actor only words of its own noun
   phrase: a count ("Thousands of"), or up to five lower-case words with no mark between, the
   first of any case ("The", "Nine press freedom and rights groups", "International and local
   media rights organizations")? */
static int opening_words(const tc_text *t, uint32_t first, uint32_t at)
{
    if (at > first + 5) return tc_actors_counted(t, first, at);
    for (uint32_t k = first; k < at; k++) {
        unsigned f = t->toks[k].flags;
        if (!(f & (TC_TOK_WORD | TC_TOK_NUM)) || (f & TC_TOK_PUNCT) ||
            (k > first && (f & TC_TOK_CAP)))
            return tc_actors_counted(t, first, at);
    }
    return 1;
}

/* Decides who spoke the sentence's quotation, for a quoted "We" of the next one, and which
   actor opened it, of a state or of none, for "they said" after a quotation that opens the
   next one. */
static void remember_quoter(const tc_text *t, const tc_sentence *s, const tc_mention *res, size_t n,
                            tc_actors_refs *refs)
{
    uint32_t end = s->tok0 + s->ntok, at, len;
    int open = refs->quote_open;
    refs->quote_open = tc_actors_quote_open_after(t, s->tok0, end, open);
    refs->has_opener = n > 0 && res[0].code[0] && res[0].kind != TC_KIND_PERSON &&
                       !(res[0].flags & (TC_MENTION_UNKNOWN | TC_MENTION_LIST | TC_MENTION_PAIR)) &&
                       opening_words(t, s->tok0, res[0].tok0);
    if (refs->has_opener) refs->opener = res[0];
    if (tc_actors_quote_attributed(t, s->tok0, end, &at, &len)) {
        /* the one mention that stands where the speaker does ("the spokesperson"): one of a
           state, named there, not a pronoun resolved ("he said": an error there would go on
           in every "We" after it) nor an agent of no state ("the diplomats said") */
        refs->has_quoter = 0;
        for (size_t q = 0; q < n && len; q++)
            if (res[q].tok0 >= at && res[q].tok0 + res[q].ntok <= at + len && res[q].code[0] &&
                res[q].code[0] != '-' && !(t->toks[res[q].tok0].flags & TC_TOK_QUOTE) &&
                !(tc_actors_word_is(&t->toks[res[q].tok0], "he") ||
                  tc_actors_word_is(&t->toks[res[q].tok0], "she") ||
                  tc_actors_word_is(&t->toks[res[q].tok0], "they") ||
                  tc_actors_word_is(&t->toks[res[q].tok0], "it")) &&
                !(res[q].flags & (TC_MENTION_UNKNOWN | TC_MENTION_LIST | TC_MENTION_PAIR))) {
                refs->quoter = res[q];
                refs->has_quoter = 1;
                break;
            }
        return;
    }
    /* (the quotation goes on with no speaker of its own: its speaker stays) */
    if (!tc_actors_unattributed_quote(t, s->tok0, end, open)) refs->has_quoter = 0;
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
    /* (a plural pronoun's token gives up to four: tc_actors_plural_ref) */
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
    remember_quoter(t, s, p.res, p.n, refs);
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
