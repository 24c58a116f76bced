/* actors_unknown: names no dictionary knows (TC_SCAN_UNKNOWN). The runs of capitalised words
 * that no match covers become mentions of unknown kind: their ends (particles, hyphens, who
 * said), then what their context says of them: an apposition ("X, director general of the
 * Pakistani military"), a place (the gazetteer: "in Houston"), an organisation's kind
 * ("Koya University"), an office in an organisation, the state of an agent with none; and the
 * sex of a person mention (given names, pronouns, titles), which tc_actors_scan_ex asks for
 * every mention. */
#include "actors.h"

#include "actors_int.h"
#include "gazetteer.h"
#include "nouns.h"

#include <stdio.h>
#include <string.h>

/* ---- names no dictionary knows (TC_SCAN_UNKNOWN) ---- */

enum { MARK_FREE, MARK_KNOWN, MARK_NAMED, MARK_BREAK };

/* What each token of sentence s is to an unknown name (in arena a, indexed from s->tok0):
 * MARK_KNOWN inside a match that stands, MARK_NAMED inside a person, capital or state hidden
 * as part of another name ("Moscow Metro", "Jim Risch", "China Mobile": their words join it),
 * MARK_BREAK inside a discard or modifier, MARK_FREE elsewhere. */
uint8_t *tc_actors_name_marks(const tc_text *t, const tc_sentence *s, const raw_match *raw,
                              size_t n, tc_arena *a)
{
    (void)t;
    uint8_t *mark = tc_arena_calloc(a, s->ntok, 1);
    for (size_t k = 0; k < n; k++) {
        tc_actor_kind kind = raw[k].e->kind;
        uint8_t v = !raw[k].hidden                  ? MARK_KNOWN
                    : raw[k].hidden == HIDDEN_PLACE ? MARK_FREE /* "in Kerry": a place's name */
                    : kind == TC_KIND_PERSON || kind == TC_KIND_METONYM || kind == TC_KIND_COUNTRY
                        ? MARK_NAMED
                        : MARK_BREAK;
        for (uint32_t i = raw[k].tok0; i < raw[k].tok0 + raw[k].ntok; i++) mark[i - s->tok0] = v;
    }
    return mark;
}

/* Lower-case words inside a name: "Bank of America", "Abd al-Rahman", "Ursula von der Leyen". */
static const char *const particles[] = {"of",  "al",  "el", "bin", "ibn", "de",  "del", "da", "dos",
                                        "das", "des", "du", "van", "von", "der", "la",  "le"};

/* May token i (free, or named) be a word of an unknown name? */
static int name_piece(const tc_text *t, const tc_sentence *s, const uint8_t *mark, uint32_t i)
{
    uint8_t m = mark[i - s->tok0];
    return (m == MARK_FREE || m == MARK_NAMED) && tc_actors_capital_word(&t->toks[i]);
}

/* Does a particle glued to a capitalised word start a name at token i: "al-Bunni", "el-Sisi"? */
static int particle_name(const tc_text *t, const tc_sentence *s, const uint8_t *mark, uint32_t i)
{
    return mark[i - s->tok0] == MARK_FREE && i + 2 < s->tok0 + s->ntok &&
           (tc_actors_word_is(&t->toks[i], "al") || tc_actors_word_is(&t->toks[i], "el")) &&
           !(t->toks[i].flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
           tc_actors_is_hyphen(&t->toks[i + 1]) &&
           t->toks[i].off + t->toks[i].len == t->toks[i + 1].off && name_piece(t, s, mark, i + 2);
}

/* Is token i a hyphen glued between two capitalised words of a name ("Dakin-Grimm")? */
static int hyphen_name(const tc_text *t, const tc_sentence *s, const uint8_t *mark, uint32_t i)
{
    return i > s->tok0 && i + 1 < s->tok0 + s->ntok && tc_actors_is_hyphen(&t->toks[i]) &&
           t->toks[i - 1].off + t->toks[i - 1].len == t->toks[i].off &&
           t->toks[i].off + t->toks[i].len == t->toks[i + 1].off && name_piece(t, s, mark, i + 1);
}

/* Does a capitalised word at a clause's start that WordNet does not know (no "Officials")
 * open a sentence that says who it is: ", who is", ", a" / ", an" / ", the", or "is a" / "was
 * an" ("Mehdiyev, who is Azerbaijani, said"); one WordNet knows only before "is a", a
 * state's adjective and a person's noun ("Yang is a Chinese businessman")? */
static int said_who(const tc_actors *d, const tc_text *t, const tc_sentence *s, uint32_t i)
{
    static const char *const copulas[] = {"is", "was"};
    static const char *const articles[] = {"a", "an", "the"};
    uint32_t end = s->tok0 + s->ntok;
    if (i + 2 >= end || !(t->toks[i].flags & TC_TOK_CAP) || (t->toks[i].flags & TC_TOK_UPPER))
        return 0;
    const tc_token *a = &t->toks[i + 1], *b = &t->toks[i + 2];
    if (tc_nouns_common(d->nouns, &t->toks[i])) {
        /* a word WordNet knows only before "is a", a state's adjective and a person's noun:
         * "Yang is a Chinese businessman" (not "Pizza is an Italian dish") */
        const pattern *p = i + 3 < end ? tc_actors_longest_at(d, t, i + 3, end) : NULL;
        int country_only;
        const entry *e = p ? tc_actors_pick(d, p, 0, &country_only) : NULL;
        uint32_t len;
        const char *why;
        return tc_actors_in_words(a, copulas, 2) &&
               (tc_actors_word_is(b, "a") || tc_actors_word_is(b, "an")) && e &&
               e->kind == TC_KIND_ADJ && tc_actors_is_state(d, e->code) &&
               tc_nouns_head(d->nouns, t, i + 3 + p->ntok, end, TC_NOUNS_SINGULAR, &len, &why) ==
                   TC_NOUN_PERSON;
    }
    if (tc_actors_word_is(a, ",")) /* "Mehdiyev, who is Azerbaijani", "Maimane, who headed" */
        return tc_actors_word_is(b, "who") || tc_actors_in_words(b, articles, 3);
    return tc_actors_in_words(a, copulas, 2) &&
           (tc_actors_word_is(b, "a") || tc_actors_word_is(b, "an"));
}

/* Is the capitalised word i at a clause's start a well-known place of the gazetteer (a
 * capital, a city of 500,000, a subdivision of a million) that owns what follows: "'s" or a
 * lower-case word ("Punjab government", "Kurdistan's regional government")? */
static int start_place(const tc_actors *d, const tc_text *t, const tc_sentence *s, uint32_t i)
{
    char cc3[4];
    uint32_t end = s->tok0 + s->ntok;
    return i + 1 < end && (t->toks[i].flags & TC_TOK_CAP) && !(t->toks[i].flags & TC_TOK_UPPER) &&
           (tc_actors_word_is(&t->toks[i + 1], "'s") ||
            ((t->toks[i + 1].flags & TC_TOK_WORD) &&
             !(t->toks[i + 1].flags & (TC_TOK_CAP | TC_TOK_UPPER)))) &&
           tc_actors_place_of(d, t, i, i + 1, 500000, 1, cc3);
}

/* The end of the unknown name that starts at token i (i itself when none starts there). It
 * has a word of its own: a hidden capital alone is no name ("the Paris stock exchange"). No
 * closed-class word starts one ("The", "We", "I"); at a clause's start a capitalised word
 * follows the first; and one lower-case word WordNet knows is no name alone ("European",
 * "Western", "Deputy": a surname such as "Brown" is found by the references, after its first
 * name; words in capitals are names: "IS", "NATO"). */
static uint32_t name_end(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                         const uint8_t *mark, uint32_t i)
{
    uint32_t end = s->tok0 + s->ntok, j = i, last = i, last_free = i;
    int particle = particle_name(t, s, mark, i);
    if (!particle && (!name_piece(t, s, mark, i) ||
                      tc_actors_in_words(&t->toks[i], tc_actors_openers,
                                         sizeof tc_actors_openers / sizeof *tc_actors_openers)))
        return i;
    int who = 0;
    if (!particle && tc_actors_clause_start(t, s, i) &&
        (i + 1 >= end || !(name_piece(t, s, mark, i + 1) || particle_name(t, s, mark, i + 1) ||
                           hyphen_name(t, s, mark, i + 1))) &&
        !(who = said_who(d, t, s, i)) && !start_place(d, t, s, i))
        return i; /* "Officials said", "\"Deputies ..."; not "Dakin-Grimm said" */
    while (j < end) {
        const tc_token *w = &t->toks[j];
        if (name_piece(t, s, mark, j)) {
            if (mark[j - s->tok0] == MARK_FREE) last_free = j + 1;
            last = ++j;
            continue;
        }
        /* a particle or a hyphen glued inside a name, with a capital word after it; "for" and
         * "on" (and "the") inside an organisation's ("Institute for the Study of War", "Council
         * on Foreign Relations") */
        int lower = mark[j - s->tok0] == MARK_FREE && !(w->flags & (TC_TOK_CAP | TC_TOK_UPPER));
        int glue =
            (lower && tc_actors_in_words(w, particles, sizeof particles / sizeof *particles)) ||
            (tc_actors_is_hyphen(w) && t->toks[j - 1].off + t->toks[j - 1].len == w->off);
        int org_glue = lower && (tc_actors_word_is(w, "for") || tc_actors_word_is(w, "on")) &&
                       tc_actors_org_name(t, i, j);
        if (!(glue || org_glue) || j + 1 >= end) break;
        uint32_t k = j + 1;
        if (org_glue && tc_actors_word_is(&t->toks[k], "the") && k + 1 < end) k++;
        if (tc_actors_is_hyphen(&t->toks[k]) && k + 1 < end) k++; /* "al-Rahman" */
        if (!name_piece(t, s, mark, k)) break;
        j = k;
    }
    /* "Dubai-based", "U.S.-led": a modifier, no name */
    if (last + 1 < end && tc_actors_is_hyphen(&t->toks[last]) &&
        t->toks[last - 1].off + t->toks[last - 1].len == t->toks[last].off &&
        !(t->toks[last + 1].flags & (TC_TOK_CAP | TC_TOK_UPPER)))
        return i;
    char cc3[4];
    if (last == i + 1 && !who && !(t->toks[i].flags & TC_TOK_UPPER) &&
        tc_nouns_common(d->nouns, &t->toks[i]) && !tc_actors_bare_place(d, t, s, i, i + 1, cc3) &&
        !tc_actors_place_of(d, t, i, i + 1, 500000, 1, cc3))
        return i; /* but "the Alabama Court", "Delhi Police": WordNet has the places too */
    /* "Cox's Bazar": a place of the gazetteer whose name holds a possessive goes on over it */
    if (last_free > i && last + 1 < end && tc_actors_possessive_mark(t, last))
        for (uint32_t k = last + 2; k <= end && k <= last + 3 && name_piece(t, s, mark, k - 1); k++)
            if (tc_actors_place_of(d, t, i, k, 1000, 0, cc3)) return k;
    return last_free > i ? last : i;
}

/* A new mention of tokens [i, j) of t: a name no dictionary knows, its text copied into a. */
static tc_mention unknown_mention(const tc_text *t, uint32_t i, uint32_t j, tc_arena *a)
{
    tc_mention u;
    memset(&u, 0, sizeof u);
    u.tok0 = i;
    u.ntok = j - i;
    uint32_t from = t->toks[i].off, to = t->toks[j - 1].off + t->toks[j - 1].len;
    u.name = tc_arena_strndup(a, t->text + from, to - from);
    u.kind = TC_KIND_UNKNOWN;
    u.rule = "a proper name no dictionary knows";
    u.entry = -1;
    u.flags = TC_MENTION_UNKNOWN;
    return u;
}

/* Was unknown name m placed as a place the gazetteer knows, by itself (bare_place)? */
static int gazetteer_place(const tc_mention *m)
{
    return (m->flags & TC_MENTION_UNKNOWN) && m->kind == TC_KIND_REGION && m->code[0] &&
           m->code[0] != '-';
}

/* Does mention m say what a name right after it is: a state's or no state's agent ("the
 * Sudanese militia", "opposition leader", "Chinese state media"), or a capital's, a region's,
 * a group's or an organisation's ("VOA host", "Central Java Governor", "Hamas spokesman";
 * not the capital or the group alone: "Aden Barre Duale" is a name), not a person? */
static int names_what(const tc_text *t, const tc_mention *m)
{
    if (m->flags || strlen(m->code) <= 3) return 0;
    if (m->kind == TC_KIND_COUNTRY || m->kind == TC_KIND_AGENT) return 1;
    if (m->kind != TC_KIND_METONYM && m->kind != TC_KIND_REGION && m->kind != TC_KIND_GROUP &&
        m->kind != TC_KIND_IGO && m->kind != TC_KIND_NGO)
        return 0;
    const tc_token *w = &t->toks[m->tok0 + m->ntok - 1];
    const char *last = strrchr(m->name, ' ');
    last = last ? last + 1 : m->name;
    return m->ntok >= 2 && strncasecmp(last, w->norm, w->nlen + 1) != 0;
}

/* Does a group's or an organisation's own name m, ending at pend, say what the name at token i
 * is through the person's role between ("IS deputy caliph X", "Amnesty researcher X": the
 * organisation's; role_between checks the words are one)? Not with nothing between: a name
 * right after an organisation's ("Taliban Zabihullah") may be no member of it. */
static int org_role(const tc_mention *m, uint32_t pend, uint32_t i)
{
    return !m->flags && pend < i && m->code[0] && m->code[0] != '-' &&
           (m->kind == TC_KIND_GROUP || m->kind == TC_KIND_IGO || m->kind == TC_KIND_NGO);
}

/* Is m people of no state that WordNet's person noun made (people_matches)? A name after them
 * is theirs in no way that places it ("his associates Rafat Amirov and Polad Omarov, both
 * from Azerbaijan"). */
static int no_ones_people(const tc_actors *d, const tc_mention *m)
{
    return m->entry == (int32_t)d->noun_agent[1] && !strncmp(m->code, "---", 3);
}

/* Is m a state's agent ("Indonesia's education minister", "a Pakistani official")? */
static int states_agent(const tc_mention *m)
{
    return !m->flags && m->kind == TC_KIND_COUNTRY && strlen(m->code) > 3;
}

/* Does a comma at token c, then at most three articles or plain modifiers, lead to mention
 * m: "Nadiem Makarim, Indonesia's education minister", "X, a senior Pakistani official"? */
static int apposed_after(const tc_text *t, uint32_t c, const tc_mention *m)
{
    if (!tc_actors_word_is(&t->toks[c], ",") || m->tok0 <= c || m->tok0 - c > 4) return 0;
    uint32_t k = c + 1;
    if (k < m->tok0 &&
        (tc_actors_word_is(&t->toks[k], "a") || tc_actors_word_is(&t->toks[k], "an") ||
         tc_actors_word_is(&t->toks[k], "the")))
        k++;
    return k == m->tok0 || tc_actors_modifiers_only(t, k, m->tok0);
}

/* Is token i a word of a person's role: a person noun for WordNet, or a word whose first
 * sense is another ("head", "chief", "chair", "member")? */
static int role_noun(const tc_actors *d, const tc_text *t, uint32_t i)
{
    static const char *const roles[] = {"head",    "chief", "chair",      "member",
                                        "members", "boss",  "co-founder", "star"};
    uint32_t len;
    const char *why;
    return tc_actors_in_words(&t->toks[i], roles, sizeof roles / sizeof *roles) ||
           tc_nouns_head(d->nouns, t, i, i + 1, TC_NOUNS_MODIFIER, &len, &why) == TC_NOUN_PERSON;
}

int tc_actors_role_word(const tc_actors *d, const tc_text *t, uint32_t i)
{
    return role_noun(d, t, i);
}

static int org_kind_noun(const tc_token *w);

/* Does a comma at token c, then an article, a role whose last word is a person noun for
 * WordNet and "of", "at", "in" or "for" (then maybe "the"), lead to mention m: "X, director
 * general of the Pakistani military", "X, spokesman for the World Food Programme"? Verbs are
 * no role: "X, told VOA" is no apposition. */
static int role_of(const tc_actors *d, const tc_text *t, uint32_t c, const tc_mention *m)
{
    static const char *const preps[] = {"of", "at", "in", "for", "from"};
    if (!tc_actors_word_is(&t->toks[c], ",") || m->tok0 <= c + 2 || m->tok0 - c > 9) return 0;
    uint32_t k = c + 1, p = m->tok0 - 1;
    if (tc_actors_word_is(&t->toks[k], "a") || tc_actors_word_is(&t->toks[k], "an") ||
        tc_actors_word_is(&t->toks[k], "the"))
        k++;
    /* the first words of the organisation's name ("the National University of Singapore") */
    while (p > k + 1 && m->tok0 - p <= 2 && (t->toks[p].flags & TC_TOK_CAP) &&
           !tc_actors_in_words(&t->toks[p], preps, sizeof preps / sizeof *preps))
        p--;
    /* what the organisation is before its name: "at geopolitical risk consultancy Control
     * Risks", "at the tech firm X" (up to three plain words, the last a noun of org_kind_noun) */
    if (p == m->tok0 - 1 && p > k + 1 && org_kind_noun(&t->toks[p])) {
        uint32_t q = p;
        while (q > k + 1 && p - q < 2 && tc_actors_modifiers_only(t, q - 1, q)) q--;
        if (tc_actors_modifiers_only(t, q, p + 1)) p = q - 1;
    }
    if (tc_actors_word_is(&t->toks[p], "the")) p--;
    if (p <= k || !tc_actors_in_words(&t->toks[p], preps, sizeof preps / sizeof *preps)) return 0;
    uint32_t len;
    const char *why;
    for (uint32_t i = k; i < p; i++)
        if (!(t->toks[i].flags & TC_TOK_WORD)) return 0;
    /* a capitalised word in a role is its topic: "a senior Iran analyst at"; two roles joined
     * by "and" are one person's, of the same organisation ("a lawmaker and former majority
     * leader in Kenya's parliament": people18) */
    int plain = 1, and = 0;
    for (uint32_t i = k; i + 1 < p && plain; i++) {
        if (!and&&i > k && tc_actors_word_is(&t->toks[i], "and") && role_noun(d, t, i - 1)) {
            and = 1;
            continue;
        }
        plain = (t->toks[i].flags & (TC_TOK_CAP | TC_TOK_UPPER)) ||
                tc_actors_modifiers_only(t, i, i + 1);
    }
    if (role_noun(d, t, p - 1) && p - k <= (and? 7u : 4u) && plain) return 1;
    for (uint32_t i = k; i < p; i++)
        if (t->toks[i].flags & (TC_TOK_CAP | TC_TOK_UPPER)) return 0;
    /* "(associate) professor of political philosophy at": a person noun, of + its field */
    for (uint32_t o = k + 1; o < p && o < k + 3; o++)
        if (tc_actors_word_is(&t->toks[o], "of"))
            return tc_nouns_head(d->nouns, t, o - 1, o, TC_NOUNS_MODIFIER, &len, &why) ==
                   TC_NOUN_PERSON;
    return 0;
}

/* An organisation's, a group's or a state's agent's code: what a person in apposition takes. */
/* Was unknown name m placed by its own words as an organisation or a thing based somewhere
 * (place_unknown's rules but the bare place: "X University in Y", "the Berlin-based X")? */
static int org_name_placed(const tc_mention *m)
{
    return !strncmp(m->rule, "an organisation", 15) || !strncmp(m->rule, "based in", 8);
}

static int gives_code(const tc_mention *m)
{
    if (m->flags) /* an organisation no dictionary knows, placed by its words ("X University") */
        return m->code[0] && m->code[0] != '-' && org_name_placed(m);
    return m->code[0] && m->code[0] != '-' &&
           (states_agent(m) || m->kind == TC_KIND_IGO || m->kind == TC_KIND_NGO ||
            m->kind == TC_KIND_GROUP ||
            ((m->kind == TC_KIND_METONYM || m->kind == TC_KIND_REGION) && strlen(m->code) > 3));
}

/* Is m an agent with no state right after the comma at c (and an article): "X, a spokesman
 * for ..."? Then the role's organisation comes after it. */
static int agent_after_comma(const tc_text *t, uint32_t c, const tc_mention *m)
{
    if (!tc_actors_word_is(&t->toks[c], ",") ||
        !(m->code[0] == '-' && m->code[1] == '-' && m->code[2] == '-'))
        return 0;
    uint32_t k = c + 1;
    if (k < m->tok0 &&
        (tc_actors_word_is(&t->toks[k], "a") || tc_actors_word_is(&t->toks[k], "an") ||
         tc_actors_word_is(&t->toks[k], "the")))
        k++;
    return k == m->tok0;
}

/* Is the gap between mentions a and b a preposition of a role ("for", "of", "at", "in"),
 * maybe with "the"? */
static int role_preposition(const tc_text *t, const tc_mention *a, const tc_mention *b)
{
    static const char *const preps[] = {"of", "at", "in", "for"};
    uint32_t k = a->tok0 + a->ntok;
    if (b->tok0 <= k || b->tok0 - k > 2) return 0;
    if (!tc_actors_in_words(&t->toks[k], preps, sizeof preps / sizeof *preps)) return 0;
    return b->tok0 == k + 1 || tc_actors_word_is(&t->toks[k + 1], "the");
}

/* Do "and" and at most two plain modifiers join agent a to the state's agent b after it, one
 * person's two roles ("a lawmaker and former majority leader in Kenya's parliament", where the
 * dictionary made the second role and its state one mention)? */
static int roles_joined(const tc_text *t, const tc_mention *a, const tc_mention *b)
{
    uint32_t k = a->tok0 + a->ntok;
    if (b->tok0 <= k || b->tok0 - k > 3 || !tc_actors_word_is(&t->toks[k], "and")) return 0;
    return b->tok0 == k + 1 || tc_actors_modifiers_only(t, k + 1, b->tok0);
}

/* The state of the dictionary match of raw[0..n) that starts at token i, when it is a
 * state's name, adjective or capital, or a place of it (into cc3; adj_only: an
 * adjective or a capital only); 0 otherwise. */
static int state_at(const tc_actors *d, const raw_match *raw, size_t n, uint32_t i, int adj_only,
                    char cc3[4])
{
    for (size_t k = 0; k < n; k++)
        if (raw[k].tok0 == i) {
            tc_actor_kind kind = raw[k].e->kind;
            if (!(kind == TC_KIND_COUNTRY || kind == TC_KIND_ADJ || kind == TC_KIND_METONYM ||
                  kind == TC_KIND_REGION) ||
                !tc_actors_is_state(d, raw[k].e->code) ||
                (adj_only && kind != TC_KIND_ADJ && kind != TC_KIND_METONYM))
                return 0;
            snprintf(cc3, 4, "%.3s", raw[k].e->code);
            return 1;
        }
    return 0;
}

/* What a role in apposition after the comma at c says of where a person is from: "X, an
 * Italian sinologist", "X, a 41-year-old beautician from Zimbabwe", "X, a media commentator
 * based in Hong Kong". After an article, up to eight words with no comma: a state's adjective
 * before any preposition (not two of different states: "an Iranian American journalist"), or
 * the place after "from" or "based in" (a state or what the gazetteer knows). Its country
 * into cc3. */
static int apposed_place(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                         const raw_match *raw, size_t nraw, uint32_t c, char cc3[4])
{
    static const char *const stops[] = {"who", "which", "that", "whose", "and", "or", "but"};
    static const char *const copulas[] = {"is", "was"};
    uint32_t end = s->tok0 + s->ntok, k = c + 1;
    char adj[4] = "", other[4];
    if (c >= end || k >= end) return 0;
    /* "X, who is Azerbaijani", "X is a Chinese businessman": the article is optional */
    int copula = tc_actors_in_words(&t->toks[c], copulas, 2);
    if (!copula && tc_actors_word_is(&t->toks[c], ",") && tc_actors_word_is(&t->toks[k], "who") &&
        k + 2 < end && tc_actors_in_words(&t->toks[k + 1], copulas, 2)) {
        copula = 1;
        k += 2;
    }
    if (!copula && !tc_actors_word_is(&t->toks[c], ",")) return 0;
    int article = tc_actors_word_is(&t->toks[k], "a") || tc_actors_word_is(&t->toks[k], "an") ||
                  tc_actors_word_is(&t->toks[k], "the");
    if (!article && !copula) return 0;
    if (!article) k--; /* the role starts right after the copula */
    for (uint32_t q = k + 1; q < end && q < k + 9; q++) {
        const tc_token *w = &t->toks[q];
        int based_in = tc_actors_word_is(w, "in") && tc_actors_word_is(&t->toks[q - 1], "based");
        if (tc_actors_word_is(w, "from") || based_in) {
            uint32_t b = q + 1 + (q + 2 < end && tc_actors_word_is(&t->toks[q + 1], "the"));
            if (b < end &&
                (state_at(d, raw, nraw, b, 0, cc3) || tc_actors_place_starting(d, t, b, end, cc3)))
                return 1;
            return 0;
        }
        if (((w->flags & TC_TOK_PUNCT) && !tc_actors_is_hyphen(w)) ||
            tc_actors_in_words(w, stops, sizeof stops / sizeof *stops) ||
            tc_actors_in_words(w, tc_actors_locatives,
                               sizeof tc_actors_locatives / sizeof *tc_actors_locatives) ||
            tc_actors_word_is(w, "of") || tc_actors_word_is(w, "for") ||
            tc_actors_word_is(w, "on") || tc_actors_word_is(w, "with"))
            break;
        if ((w->flags & TC_TOK_CAP) && state_at(d, raw, nraw, q, 1, other)) {
            if (adj[0] && strcmp(adj, other)) return 0; /* two states */
            memcpy(adj, other, 4);
        }
        if (adj[0] && tc_actors_in_words(w, tc_actors_topics,
                                         sizeof tc_actors_topics / sizeof *tc_actors_topics))
            return 0; /* "a North Korean expert" knows the country, is not of it */
    }
    if (!adj[0]) return 0;
    memcpy(cc3, adj, 4);
    return 1;
}

/* Does the apposition end right after mention m: a comma, a bracket, a preposition of a role
 * or the sentence's end ("X, the U.N. envoy for Syria, said"; not "X, the U.N. said")? */
static int closes_apposition(const tc_text *t, const tc_sentence *s, const tc_mention *m)
{
    static const char *const ends[] = {",", ")", "for", "of", "to", "at", "in", "."};
    uint32_t j = m->tok0 + m->ntok;
    return j >= s->tok0 + s->ntok ||
           tc_actors_in_words(&t->toks[j], ends, sizeof ends / sizeof *ends);
}

/* Does a role follow mention m and close an apposition: maybe "'s", then one to three
 * lower-case words whose head is a person noun for WordNet, then what closes_apposition
 * takes ("the Zanu PF information director,", "WFP's acting country director in")? */
static int role_after(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                      const tc_mention *m)
{
    static const char *const stops[] = {"or", "who", "which", "that", "the", "a", "an"};
    uint32_t k = m->tok0 + m->ntok, end = s->tok0 + s->ntok;
    static const char *const ends[] = {",", ")", "for", "of", "at", "in", "and", "."};
    if (k < end && tc_actors_word_is(&t->toks[k], "'s")) k++;
    for (uint32_t e = k; e < k + 4 && e < end; e++) {
        const tc_token *w = &t->toks[e];
        if (tc_actors_in_words(w, ends, sizeof ends / sizeof *ends))
            return e > k && role_noun(d, t, e - 1);
        if (!(w->flags & TC_TOK_WORD) || (w->flags & (TC_TOK_CAP | TC_TOK_UPPER)) ||
            tc_actors_in_words(w, stops, sizeof stops / sizeof *stops))
            return 0;
    }
    return 0;
}

/* Is the name before token c a person "of" or "from" mention m: "X of the Eurasia Group", "X
 * from the Spanish National Research Council", "X of the Kenyan army" (an organisation, a group or
 * a state's agent with a code, or an organisation no dictionary knows placed by its words)? Not a
 * state alone ("X of Jordan" may be a title's). */
static int of_whom(const tc_actors *d, const tc_text *t, uint32_t c, const tc_mention *m)
{
    (void)d;
    if (!tc_actors_word_is(&t->toks[c], "of") && !tc_actors_word_is(&t->toks[c], "from")) return 0;
    if (!(m->tok0 == c + 1 || (m->tok0 == c + 2 && tc_actors_word_is(&t->toks[c + 1], "the"))))
        return 0;
    return gives_code(m);
}

/* Is m what a name after "'s" belongs to: a state or its capital, an organisation with a code,
 * a well-known place ("Zimbabwe's X", "VOA's X", "Ontario's X")? */
static int possessor(const tc_actors *d, const tc_mention *m)
{
    if (gazetteer_place(m)) return 1; /* "West Bengal's Trinamool Congress" = IND */
    return !m->flags && m->code[0] && m->code[0] != '-' &&
           (tc_actors_is_state(d, m->code) || m->kind == TC_KIND_IGO || m->kind == TC_KIND_NGO);
}

/* Is b what state or place a (a state's name or a place the gazetteer knows) owns, placed in
 * a's country: "Kenya's Meteorological Department", "Ontario's provincial leader"? */
static int owned_place(const tc_actors *d, const tc_text *t, const tc_mention *a,
                       const tc_mention *b)
{
    uint32_t k = a->tok0 + a->ntok;
    if (!(gazetteer_place(a) || (!a->flags && a->kind == TC_KIND_COUNTRY && strlen(a->code) == 3 &&
                                 tc_actors_is_state(d, a->code))))
        return 0;
    if (k >= b->tok0 || !tc_actors_word_is(&t->toks[k], "'s") ||
        !(k + 1 == b->tok0 || tc_actors_modifiers_only(t, k + 1, b->tok0)))
        return 0;
    if (b->kind == TC_KIND_UNKNOWN && !b->code[0]) return 1; /* its own turn comes later */
    return b->code[0] != '-' && !strncmp(a->code, b->code, 3) &&
           (b->kind == TC_KIND_AGENT || b->kind == TC_KIND_COUNTRY);
}

/* Is the name u in apposition after a state's agent a, "to" (maybe "the") and the state or
 * organisation b it is sent to: "Pakistan's permanent representative to the United Nations,
 * Munir Akram,", "Zambia's ambassador to China, X,"? */
static int envoy_to(const tc_actors *d, const tc_text *t, const tc_mention *a, const tc_mention *b,
                    const tc_mention *u)
{
    uint32_t k = a->tok0 + a->ntok;
    if (!states_agent(a) || b->flags || !b->code[0] || b->code[0] == '-' ||
        !(tc_actors_is_state(d, b->code) || b->kind == TC_KIND_IGO) ||
        b->tok0 + b->ntok + 1 != u->tok0 || !tc_actors_word_is(&t->toks[u->tok0 - 1], ","))
        return 0;
    return tc_actors_word_is(&t->toks[k], "to") &&
           (b->tok0 == k + 1 || (b->tok0 == k + 2 && tc_actors_word_is(&t->toks[k + 1], "the")));
}

/* Is "former" or "ex" among tokens [from, to): "Barnier, a former EU commissioner,", whom the
 * organisation no longer speaks for? */
static int former_before(const tc_text *t, uint32_t from, uint32_t to)
{
    for (uint32_t i = from; i < to; i++)
        if (tc_actors_word_is(&t->toks[i], "former") || tc_actors_word_is(&t->toks[i], "ex"))
            return 1;
    return 0;
}

/* Gives unknown name u the code of what stands in apposition with it: a state's agent right
 * before and a comma ("Indonesia's education minister, Nadiem Makarim"); after a comma a
 * state's agent ("X, a Bolivian official"), a role of an organisation or a state's agent ("X,
 * director general of the Pakistani military"), or an agent of one ("X, a spokesman for the
 * World Food Programme"). prev[1 - nprev .. 0] are the mentions before u, next[0..nnext) those
 * after it. */
static void apposition(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                       const raw_match *raw, size_t nraw, tc_mention *u, const tc_mention *prev,
                       size_t nprev, const tc_mention *next, size_t nnext)
{
    const tc_mention *by = NULL;
    uint32_t after = u->tok0 + u->ntok;
    if (nnext > 1 && agent_after_comma(t, after, &next[0]) && gives_code(&next[1]) &&
        role_preposition(t, &next[0], &next[1]))
        by = &next[1];
    else if (prev && states_agent(prev) && u->tok0 >= 1 && prev->tok0 + prev->ntok + 1 == u->tok0 &&
             tc_actors_word_is(&t->toks[u->tok0 - 1], ","))
        by = prev;
    else if (nprev >= 2 && envoy_to(d, t, &prev[-1], prev, u))
        by = &prev[-1]; /* "Pakistan's permanent representative to the United Nations, X," */
    else if (next && states_agent(next) && apposed_after(t, after, next) &&
             (next->rule == tc_actors_rule_posted ||
              !tc_actors_in_words(&t->toks[next->tok0 + next->ntok - 1], tc_actors_topics,
                                  sizeof tc_actors_topics / sizeof *tc_actors_topics)))
        by = next;
    else if (next && (next->kind == TC_KIND_IGO || next->kind == TC_KIND_NGO) && !next->flags &&
             apposed_after(t, after, next) && closes_apposition(t, s, next) &&
             !former_before(t, after, next->tok0))
        by = next; /* "X, the U.N. special envoy for Syria,"; not "X, a former EU commissioner," */
    else if (next && gives_code(next) && !next->flags && apposed_after(t, after, next) &&
             role_after(d, t, s, next) &&
             !(former_before(t, after, next->tok0) && !tc_actors_is_state(d, next->code)))
        by = next; /* "X, the Zanu PF information director,", "X, WFP's country director in Y" */
    else if (next && of_whom(d, t, after, next))
        by = next; /* "X of the Eurasia Group", "X of VOA's Urdu Service" */
    else if (prev && possessor(d, prev) && u->tok0 >= 1 && prev->tok0 + prev->ntok + 1 == u->tok0 &&
             tc_actors_word_is(&t->toks[u->tok0 - 1], "'s"))
        by = prev; /* "Zimbabwe's Blessed Mhlanga", "VOA's Katherine Smith" */
    if (by == prev && by && by->kind == TC_KIND_METONYM && !strcmp(by->code + 3, "GOV") &&
        !tc_actors_word_is(&t->toks[u->tok0 - 1], ",")) {
        snprintf(u->code, sizeof u->code, "%.3s", by->code); /* "Jerusalem's Old City" */
        u->kind = TC_KIND_REGION;
        u->rule = "a name no dictionary knows after a state's capital and 's";
        return;
    } else if (next && nnext > 1 &&
               ((!next->flags && strlen(next->code) == 3) ||
                (agent_after_comma(t, after, next) && states_agent(&next[1])) ||
                (next->kind == TC_KIND_UNKNOWN && next->tok0 + next->ntok == next[1].tok0)) &&
               gives_code(&next[1]) && role_of(d, t, after, &next[1]))
        by = &next[1]; /* "X, a senior Iran analyst at the Eurasia Group", "at Koya University" */
    else if (next && nnext > 1 && agent_after_comma(t, after, next) && states_agent(&next[1]) &&
             roles_joined(t, next, &next[1]))
        by = &next[1]; /* "X, a lawmaker and former majority leader in Kenya's parliament" */
    else if (next &&
             (gives_code(next) ||
              (gazetteer_place(next) && tc_actors_word_is(&t->toks[next->tok0 - 1], "in"))) &&
             role_of(d, t, after, next))
        by = next; /* "X, the railway superintendent in Quetta" */
    else if (next && nnext > 1 && owned_place(d, t, next, &next[1]) &&
             (apposed_after(t, after, next) || role_of(d, t, after, next)))
        by = next[1].code[0] ? &next[1] : next; /* "X, Ontario's provincial leader" */
    char cc3[4];
    if (!by && apposed_place(d, t, s, raw, nraw, after, cc3)) {
        memcpy(u->code, cc3, 4);
        u->kind = TC_KIND_COUNTRY; /* placed: a state's, like "the Sudanese militia X" */
        u->rule = tc_actors_org_name(t, u->tok0, u->tok0 + u->ntok)
                      ? "an organisation no dictionary knows with a role in apposition that says "
                        "its state"
                      : "a name no dictionary knows with a role in apposition that says its state";
        return;
    }
    if (!by) return;
    snprintf(u->code, sizeof u->code, "%s", by->code);
    u->kind = by->kind == TC_KIND_REGION ? TC_KIND_COUNTRY : by->kind;
    u->rule = tc_actors_org_name(t, u->tok0, u->tok0 + u->ntok)
                  ? "an organisation no dictionary knows in apposition with a state's agent"
                  : "a name no dictionary knows in apposition with a state's agent or an "
                    "organisation";
}

/* Places unknown name u (no code yet) in a country by what the sentence says: the name is a
 * place the gazetteer knows (bare_place); "the Berlin-based X", "X, a New York-based
 * consultancy", "X, based in Y"; an organisation's name followed by "in Y" ("Koya University
 * in Iraqi Kurdistan") or holding a well-known place ("the Houston Methodist Hospital"). */
/* Nouns of a settlement before its name: "the town of X", "the regional capital, X". */
static const char *const settlements[] = {"capital", "city", "town", "village", "port"};

/* The last words of a subdivision's name: "Lamu County", "Zamfara State". */
static const char *const admin_units[] = {"county",     "province", "district",
                                          "state",      "region",   "governorate",
                                          "prefecture", "oblast",   "municipality"};

static void place_unknown(const tc_actors *d, const tc_text *t, const tc_sentence *s, tc_mention *u)
{
    uint32_t i = u->tok0, j = u->tok0 + u->ntok, first = s->tok0, end = s->tok0 + s->ntok;
    char cc3[4];
    const char *rule = NULL;
    int org = tc_actors_org_name(t, i, j);
    if (tc_actors_bare_place(d, t, s, i, j, cc3)) {
        rule = "a place the gazetteer knows";
        u->kind = TC_KIND_REGION;
    }
    for (uint32_t k = i; !rule && k > first && k + 5 > i; k--)
        if (tc_actors_based_at(d, t, first, k - 1, cc3))
            rule = "based in a place ('the Berlin-based X')";
    uint32_t k = j;
    if (!rule && k < end && tc_actors_word_is(&t->toks[k], ",")) k++;
    if (!rule && k < end &&
        (tc_actors_word_is(&t->toks[k], "a") || tc_actors_word_is(&t->toks[k], "an")))
        k++;
    for (uint32_t b = k; !rule && b < end && b < k + 6; b++)
        if (tc_actors_based_at(d, t, first, b, cc3))
            rule = "based in a place ('X, a Berlin-based ...')";
    if (!rule && k < end && tc_actors_word_is(&t->toks[k], "based")) k++;
    if (!rule && (org || k > j) && k + 1 < end && tc_actors_word_is(&t->toks[k], "in")) {
        uint32_t b = k + 1 + (k + 2 < end && tc_actors_word_is(&t->toks[k + 1], "the"));
        if (tc_actors_place_starting(d, t, b, end, cc3) ||
            tc_actors_place_starting(d, t, b + 1, end, cc3))
            rule = "an organisation in a place ('X University in Y', 'X, based in Y')";
    }
    k = j + (j + 1 < end && tc_actors_word_is(&t->toks[j], "of"));
    if (!rule && org && k > j && k < end) {
        uint32_t b = k + (k + 1 < end && tc_actors_word_is(&t->toks[k], "the"));
        if (tc_actors_place_starting(d, t, b, end, cc3))
            rule = "an organisation of a place ('X Council of the United States')";
    }
    for (uint32_t a = i; !rule && org && a < j; a++)
        for (uint32_t b = j; !rule && b > a; b--)
            if (!tc_actors_org_name(t, a, b) && (b - a < j - i) &&
                (t->toks[a].flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
                tc_actors_place_of(d, t, a, b, 300000, 1, cc3))
                rule = "an organisation named after a place";
    /* "the regional capital, Banja Luka", "the town of L'Estere": a settlement's noun says it
     * is a place, of any size */
    if (!rule && !org && i >= first + 2 &&
        (tc_actors_word_is(&t->toks[i - 1], "of") || tc_actors_word_is(&t->toks[i - 1], ",")) &&
        tc_actors_in_words(&t->toks[i - 2], settlements,
                           sizeof settlements / sizeof *settlements) &&
        tc_actors_place_of(d, t, i, j, 1000, 0, cc3)) {
        rule = "a place the gazetteer knows after a settlement's noun ('the town of X')";
        u->kind = TC_KIND_REGION;
    }
    /* "Lamu County", "the Amur Region", "Zamfara State": a place and its administration's word */
    if (!rule && j - i >= 2 && j - i <= 4 &&
        tc_actors_in_words(&t->toks[j - 1], admin_units,
                           sizeof admin_units / sizeof *admin_units) &&
        tc_actors_place_of(d, t, i, j - 1, 1000, 0, cc3)) {
        rule = "a place the gazetteer knows and its administration's word ('Lamu County')";
        u->kind = TC_KIND_REGION;
    }
    /* "Badghis province", "Lamu county": the same word in lower case after the name */
    if (!rule && j < end && !org && !(t->toks[j].flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
        tc_actors_in_words(&t->toks[j], admin_units, sizeof admin_units / sizeof *admin_units) &&
        tc_actors_place_of(d, t, i, j, 1000, 0, cc3)) {
        rule = "a place the gazetteer knows before its administration's word ('Badghis province')";
        u->kind = TC_KIND_REGION;
    }
    if (!rule) return;
    memcpy(u->code, cc3, 4);
    u->rule = rule;
    if (u->kind == TC_KIND_UNKNOWN) u->kind = TC_KIND_COUNTRY; /* placed: a state's */
}

/* May tokens [from, to) stand between an agent and a name it says what is: none, one or two
 * lower-case nouns whose head is a person ("Haitian police chief X", "the Sudanese army
 * spokesman X"), or "of" and one or two lower-case nouns after an agent that ends in a
 * person's word ("North Korea's army chief of staff X", "the Kenyan minister of health X"), no
 * verb ("Israeli troops shot X")? */
static int role_between(const tc_actors *d, const tc_text *t, uint32_t from, uint32_t to)
{
    uint32_t len = 0;
    const char *why;
    if (from == to) return 1;
    if (to > from + 1 && to <= from + 3 && tc_actors_word_is(&t->toks[from], "of") && d->nouns &&
        tc_nouns_head(d->nouns, t, from - 1, from, TC_NOUNS_SINGULAR, &len, &why) ==
            TC_NOUN_PERSON) {
        for (uint32_t k = from + 1; k < to; k++)
            if ((t->toks[k].flags & (TC_TOK_CAP | TC_TOK_UPPER)) ||
                !(t->toks[k].flags & TC_TOK_WORD) || !tc_nouns_common(d->nouns, &t->toks[k]) ||
                tc_actors_word_is(&t->toks[k], "the"))
                return 0;
        return 1;
    }
    if (to < from || to - from > 2 || !tc_actors_modifiers_only(t, from, to)) return 0;
    return tc_nouns_head(d->nouns, t, from, to, TC_NOUNS_SINGULAR, &len, &why) == TC_NOUN_PERSON &&
           len == to - from;
}

/* The state of a state's adjective, or of its name before an organisation's, that ends right
 * before token i among raw[0..n), into cc3: "the Iraqi Supreme Judicial Council", "Chinese
 * Kling AI", "the Estonian Center of Defence Investments"; a state's name only before an
 * organisation's ("Jordan Bardella" is a person's). [i, j) is the name after it. */
static int state_before(const tc_actors *d, const tc_text *t, const raw_match *raw, size_t n,
                        uint32_t i, uint32_t j, char cc3[4], uint32_t *from)
{
    for (size_t k = 0; k < n; k++) {
        if (raw[k].tok0 + raw[k].ntok != i) continue;
        tc_actor_kind kind = raw[k].e->kind;
        if (kind != TC_KIND_ADJ && !(kind == TC_KIND_COUNTRY && tc_actors_org_name(t, i, j)))
            return 0;
        if (!tc_actors_is_state(d, raw[k].e->code) || strlen(raw[k].e->code) != 3) return 0;
        memcpy(cc3, raw[k].e->code, 4);
        *from = raw[k].tok0;
        return 1;
    }
    return 0;
}

/* Do tokens from k to mention x say that x is among what ends at k: ", including (the) X",
 * ", such as (the) X"? */
static int including(const tc_text *t, uint32_t k, const tc_mention *x)
{
    uint32_t i = k;
    if (i < x->tok0 && tc_actors_word_is(&t->toks[i], ",")) i++;
    if (i < x->tok0 && tc_actors_word_is(&t->toks[i], "including")) {
        i++;
    } else if (i + 1 < x->tok0 && tc_actors_word_is(&t->toks[i], "such") &&
               tc_actors_word_is(&t->toks[i + 1], "as")) {
        i += 2;
    } else {
        return 0;
    }
    if (i < x->tok0 && tc_actors_word_is(&t->toks[i], "the")) i++;
    return i == x->tok0;
}

/* Are tokens [from, to) ", including" and maybe an article and plain modifiers ("militants,
 * including a senior leader")? */
static int included_after(const tc_text *t, uint32_t from, uint32_t to)
{
    uint32_t i = from;
    if (i < to && tc_actors_word_is(&t->toks[i], ",")) i++;
    if (i >= to || !tc_actors_word_is(&t->toks[i], "including")) return 0;
    i++;
    if (i < to &&
        (tc_actors_word_is(&t->toks[i], "a") || tc_actors_word_is(&t->toks[i], "the") ||
         tc_actors_word_is(&t->toks[i], "its") || tc_actors_word_is(&t->toks[i], "their")))
        i++;
    return i == to || tc_actors_modifiers_only(t, i, to);
}

/* Are tokens [from, to) lower-case words that say which level of a state an agent is of
 * ("state", "provincial", "regional", "city", "police" ...): "the Lagos state government",
 * "the Kandahar provincial police chief"? */
static int local_words(const tc_text *t, uint32_t from, uint32_t to)
{
    static const char *const levels[] = {
        "state",       "provincial", "regional",    "province",     "district", "county",
        "city",        "local",      "municipal",   "metropolitan", "police",   "municipality",
        "governorate", "region",     "prefectural", "territorial",  "tribal"};
    for (uint32_t k = from; k < to; k++)
        if ((t->toks[k].flags & (TC_TOK_CAP | TC_TOK_UPPER)) ||
            !tc_actors_in_words(&t->toks[k], levels, sizeof levels / sizeof *levels))
            return 0;
    return from < to;
}

/* Gives the agent with no state res[q] ("---GOV") the state of a place the sentence puts it
 * in: a name no dictionary knows right before it, or before "'s" and its modifiers, that is a
 * well-known place of the gazetteer (place_of for a name alone: "Central Java Governor X" =
 * IDNGOV, "Arizona's attorney general" = USAJUD; the name becomes the place; not
 * "anti-Balaka militias"); "PLACE-based" just before it ("New York-based immigration lawyer
 * X" = USAJUD); or "in" (and "the") and a place after it ("a court in Lyon" = FRAJUD,
 * "authorities in Idaho" = USAGOV). n mentions in res. */
static void stateless_agent(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                            tc_mention *res, size_t n, size_t q)
{
    /* sectors of organisations, which those they include place ("rights groups, including the
       American Civil Liberties Union" = USAHRI); not governments or people: "world leaders,
       including Putin" are not Russia's */
    static const char *const org_sectors[] = {"HRI", "NGO", "MED", "LAB", "BUS", "EDU", "ENV"};
    char cc3[4] = "";
    tc_mention *p = q ? &res[q - 1] : NULL;
    uint32_t pend = p ? p->tok0 + p->ntok : 0, at = res[q].tok0;
    int owner = p && pend + 1 <= at && tc_actors_word_is(&t->toks[pend], "'s") &&
                (pend + 1 == at || tc_actors_modifiers_only(t, pend + 1, at));
    /* "the Lagos state government", "the Sindh provincial assembly": a subdivision's words */
    int level = p && pend < at && at <= pend + 2 && local_words(t, pend, at);
    if (p && (p->flags & TC_MENTION_UNKNOWN) && (pend == at || owner || level) &&
        (p->kind == TC_KIND_UNKNOWN || p->kind == TC_KIND_REGION) &&
        !(p->tok0 > s->tok0 && tc_actors_is_hyphen(&t->toks[p->tok0 - 1])) &&
        tc_actors_place_of(d, t, p->tok0, pend, 500000, 2, cc3)) {
        memcpy(p->code, cc3, 4);
        p->kind = TC_KIND_REGION;
        p->rule = "a place the gazetteer knows, before an agent";
    }
    for (uint32_t k = at; !cc3[0] && k > s->tok0 && k + 4 > at; k--)
        if (!tc_actors_based_at(d, t, s->tok0, k - 1, cc3)) cc3[0] = 0;
    const tc_mention *x = q + 1 < n ? &res[q + 1] : NULL;
    uint32_t k = at + res[q].ntok, end = s->tok0 + s->ntok;
    /* "Kenya's foreign ministry spokesman, Ambassador X, said": an office and a name in
     * apposition after a state's agent are of its state */
    if (!cc3[0] && p && states_agent(p) && (res[q].flags & TC_MENTION_UNKNOWN) && pend + 1 == at &&
        tc_actors_word_is(&t->toks[pend], ",") &&
        (k >= end || tc_actors_word_is(&t->toks[k], ",") || tc_actors_word_is(&t->toks[k], ".")))
        snprintf(cc3, sizeof cc3, "%.3s", p->code);
    if (!cc3[0] && x && gazetteer_place(x) && k + 1 < x->tok0 + 1 &&
        (tc_actors_word_is(&t->toks[k], "in") || tc_actors_word_is(&t->toks[k], "of")) &&
        (x->tok0 == k + 1 || (x->tok0 == k + 2 && tc_actors_word_is(&t->toks[k + 1], "the"))))
        memcpy(cc3, x->code, 4);
    int org = 0;
    for (size_t i = 0; i < sizeof org_sectors / sizeof *org_sectors; i++)
        org |= !strcmp(res[q].code + 3, org_sectors[i]);
    if (!cc3[0] && org && x && x->kind != TC_KIND_PERSON && including(t, k, x) &&
        tc_actors_is_state(d, x->code))
        snprintf(cc3, sizeof cc3, "%.3s", x->code);
    /* "50 al-Shabab militants, including a senior leader": the group's own member */
    if (!cc3[0] && p && p->kind == TC_KIND_GROUP && p->code[0] && p->code[0] != '-' &&
        included_after(t, pend, at)) {
        snprintf(res[q].code, sizeof res[q].code, "%s", p->code);
        res[q].kind = TC_KIND_GROUP;
        res[q].rule = "an agent with no state ', including' a group's: the group's";
        return;
    }
    if (!cc3[0]) return;
    char code[32];
    snprintf(code, sizeof code, "%.3s%.28s", cc3, res[q].code + 3);
    memcpy(res[q].code, code, sizeof code);
    res[q].kind = TC_KIND_COUNTRY; /* a state's agent now, as "a Bolivian official" */
    res[q].rule = "an agent with no state, placed by the place the sentence puts it in";
}

/* Makes a place the gazetteer knows with people after it, m, those people: "a Nevada man",
 * "Ohio voters" = USACVL (the nouns' head a person for WordNet; a subdivision or a city of a
 * million people or more), up to the next mention (at end). */
static void place_people(const tc_actors *d, const tc_text *t, tc_mention *m, uint32_t end)
{
    uint32_t i = m->tok0 + m->ntok, len;
    const char *why;
    char cc3[4];
    if (!gazetteer_place(m) || strlen(m->code) != 3 || i >= end || local_words(t, i, i + 1) ||
        tc_nouns_head(d->nouns, t, i, end, TC_NOUNS_MODIFIER, &len, &why) != TC_NOUN_PERSON ||
        !tc_actors_place_of(d, t, m->tok0, m->tok0 + m->ntok, 1000000, 1, cc3))
        return; /* a smaller town's name is a club's as often: "a Liverpool footballer" */
    snprintf(m->code + 3, sizeof m->code - 3, "CVL");
    m->ntok += len;
    m->kind = TC_KIND_COUNTRY;
    m->rule = "a place the gazetteer knows + a person noun (WordNet's noun.person)";
}

/* Nouns that say what a name right after them is when a state's adjective comes first, with
 * the sector they give: "the Spanish utility Iberdrola" = ESPBUS, "the Dutch think tank
 * Clingendael" = NLDNGO, "the Chinese tech giant Alibaba", "the Indonesian ride-hailing startup
 * Gojek". Not persons' nouns: "the Sudanese militia X" and "Kenyan police chief X" are an agent
 * and its name, above. */
static const struct {
    const char *noun, *sector;
} org_kinds[] = {
    {"company", "BUS"},      {"firm", "BUS"},         {"utility", "BUS"},     {"giant", "BUS"},
    {"carmaker", "BUS"},     {"automaker", "BUS"},    {"chipmaker", "BUS"},   {"maker", "BUS"},
    {"manufacturer", "BUS"}, {"conglomerate", "BUS"}, {"startup", "BUS"},     {"start-up", "BUS"},
    {"lender", "BUS"},       {"insurer", "BUS"},      {"retailer", "BUS"},    {"airline", "BUS"},
    {"operator", "BUS"},     {"producer", "BUS"},     {"developer", "BUS"},   {"exporter", "BUS"},
    {"supplier", "BUS"},     {"shipbuilder", "BUS"},  {"contractor", "BUS"},  {"miner", "BUS"},
    {"refiner", "BUS"},      {"platform", "BUS"},     {"app", "BUS"},         {"brand", "BUS"},
    {"corporation", "BUS"},  {"tank", "NGO"},         {"think-tank", "NGO"},  {"charity", "NGO"},
    {"nonprofit", "NGO"},    {"non-profit", "NGO"},   {"foundation", "NGO"},  {"newspaper", "MED"},
    {"daily", "MED"},        {"outlet", "MED"},       {"broadcaster", "MED"}, {"magazine", "MED"},
    {"website", "MED"},      {"tabloid", "MED"},      {"channel", "MED"},     {"university", "EDU"},
    {"association", "NGO"},  {"union", "LAB"}};

/* Is w a noun of org_kinds, or of a consultancy or an agency, that says what the name after it
 * is ("risk consultancy Control Risks")? */
static int org_kind_noun(const tc_token *w)
{
    static const char *const more[] = {"consultancy",  "agency",    "organisation",
                                       "organization", "institute", "group"};
    for (size_t k = 0; k < sizeof org_kinds / sizeof *org_kinds; k++)
        if (tc_actors_word_is(w, org_kinds[k].noun)) return 1;
    return tc_actors_in_words(w, more, sizeof more / sizeof *more);
}

/* Words that may not stand between the adjective and the noun: a clause's or a phrase's. */
static const char *const org_kind_stops[] = {"the",  "a",  "an", "and",  "or",
                                             "of",   "to", "in", "on",   "for",
                                             "with", "by", "as", "that", "which"};

/* The sector of the noun of org_kinds that ends right before token i, after a state's
 * adjective of raw[0..n) and at most three lower-case words (modifiers of the noun: "tech",
 * "international affairs think", "ride-hailing"), with the state into cc3 and the adjective's first
 * token into *from; NULL when none. s is the sentence. */
static const char *org_kind_before(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                                   const raw_match *raw, size_t n, uint32_t i, char cc3[4],
                                   uint32_t *from)
{
    if (i < s->tok0 + 2) return NULL;
    const tc_token *head = &t->toks[i - 1];
    const char *sector = NULL;
    for (size_t k = 0; k < sizeof org_kinds / sizeof *org_kinds && !sector; k++)
        if (tc_actors_word_is(head, org_kinds[k].noun) &&
            !(head->flags & (TC_TOK_CAP | TC_TOK_UPPER)))
            sector = org_kinds[k].sector;
    if (!sector) return NULL;
    uint32_t j = i - 1, words = 0; /* the adjective ends right before j */
    while (j > s->tok0 && words < 3) {
        const tc_token *w = &t->toks[j - 1];
        if (tc_actors_is_hyphen(w) && tc_actors_glued_after_hyphen(t, s->tok0, j)) {
            j--; /* "ride-hailing": one word */
            continue;
        }
        if ((w->flags & (TC_TOK_CAP | TC_TOK_UPPER | TC_TOK_PUNCT)) ||
            tc_actors_in_words(w, org_kind_stops, sizeof org_kind_stops / sizeof *org_kind_stops))
            break;
        j--;
        words++;
    }
    for (uint32_t e = i - 1; e >= j && e > s->tok0; e--)
        for (size_t k = 0; k < n; k++) {
            if (raw[k].hidden || raw[k].tok0 + raw[k].ntok != e) continue;
            if (raw[k].e->kind != TC_KIND_ADJ || !tc_actors_is_state(d, raw[k].e->code) ||
                strlen(raw[k].e->code) != 3)
                continue;
            memcpy(cc3, raw[k].e->code, 4);
            *from = raw[k].tok0;
            return sector;
        }
    return NULL;
}

/* Titles of an office that a portfolio follows: "Minister of Justice X", "Secretary for
 * Home Affairs X". */
static const char *const portfolio_titles[] = {"minister", "secretary", "commissioner"};

/* Words of a government portfolio's name: "Justice", "Foreign Affairs", "Homeland Security". */
static const char *const portfolio_names[] = {
    "justice",       "finance",     "defence",        "defense",     "interior",
    "health",        "education",   "information",    "agriculture", "trade",
    "energy",        "labour",      "labor",          "transport",   "tourism",
    "culture",       "environment", "water",          "mines",       "mining",
    "petroleum",     "oil",         "industry",       "commerce",    "housing",
    "security",      "affairs",     "planning",       "economy",     "works",
    "lands",         "fisheries",   "livestock",      "youth",       "sports",
    "women",         "gender",      "state",          "home",        "foreign",
    "internal",      "public",      "local",          "national",    "homeland",
    "immigration",   "religious",   "treasury",       "development", "infrastructure",
    "technology",    "science",     "communications", "welfare",     "employment",
    "investment",    "cooperation", "relations",      "veterans",    "family",
    "economic",      "social",      "rural",          "urban",       "federal",
    "administration"};

/* The number of words of a portfolio (portfolio_names, up to four) that open the unknown name
 * [i, j) right after an agent mention prev (a state's or none's) that ends in an office's
 * title and "of" or "for" ("Minister of Justice Naser Eldin Abdel Bari": "Justice"), when a
 * capitalised word of a name follows them; 0 when none. */
static uint32_t portfolio_words(const tc_text *t, const tc_mention *prev, uint32_t i, uint32_t j)
{
    uint32_t pend = prev->tok0 + prev->ntok, k = i;
    int agent =
        prev->kind == TC_KIND_AGENT || (prev->kind == TC_KIND_COUNTRY && strlen(prev->code) > 3);
    if (prev->flags || !agent || pend + 1 != i ||
        !(tc_actors_word_is(&t->toks[pend], "of") || tc_actors_word_is(&t->toks[pend], "for")) ||
        !tc_actors_in_words(&t->toks[pend - 1], portfolio_titles,
                            sizeof portfolio_titles / sizeof *portfolio_titles))
        return 0;
    while (k + 1 < j && k < i + 4 && (t->toks[k].flags & TC_TOK_CAP) &&
           tc_actors_in_words(&t->toks[k], portfolio_names,
                              sizeof portfolio_names / sizeof *portfolio_names))
        k++;
    return k > i && (t->toks[k].flags & TC_TOK_CAP) ? k - i : 0;
}

/* The mentions m[0..nm) with the unknown names of sentence s (by mark) added in token order,
 * joined to the mention right before that says what they are, or coded by one in apposition;
 * into *out (arena a). */
/* An office with no state right after a name no dictionary knows that is no place nor one word
 * WordNet knows ("NFU president Minette Batters"; not "the Honourable Premier X") is that
 * organisation's, no state's government:
 * the name, the office and the person's name after it become one name with no code. Returns
 * the count of res[0..n) left. */
static size_t organisation_offices(const tc_actors *d, const tc_text *t, tc_mention *res, size_t n)
{
    /* one person's offices that organisations have too, not "negotiators" ("Brexit
       negotiators" are governments') */
    static const char *const offices[] = {"president", "chairman",    "chairwoman",
                                          "chair",     "leader",      "director",
                                          "spokesman", "spokeswoman", "spokesperson"};
    char cc3[4];
    size_t kept = 0;
    for (size_t q = 0; q < n; q++) {
        tc_mention *o = kept ? &res[kept - 1] : NULL, *m = &res[q];
        if (o && (o->flags & TC_MENTION_UNKNOWN) && !o->code[0] && m->kind == TC_KIND_AGENT &&
            !strcmp(m->code, "---GOV") && o->tok0 + o->ntok == m->tok0 &&
            tc_actors_in_words(&t->toks[m->tok0], offices, sizeof offices / sizeof *offices) &&
            !(o->ntok == 1 && tc_actors_common_word(d, &t->toks[o->tok0])) && /* "Honourable" */
            !tc_actors_place(d, t, o->tok0, m->tok0, cc3)) {
            o->ntok = m->tok0 + m->ntok - o->tok0;
            if (m->flags & TC_MENTION_UNKNOWN) o->name = m->name; /* the person's */
            o->rule = "an office of an organisation no dictionary knows ('NFU president X'): "
                      "no state's";
            continue;
        }
        res[kept++] = *m;
    }
    return kept;
}

/* Is mention c a capital's one word ("Aden", "Lima") glued to unknown name u, a name of two
 * words or more no dictionary knows, on one side with nothing between, and is the whole no
 * organisation's? Then the capital is a given name or a surname of one person's name
 * ("Aden Barre Duale", "Shamsa Mohamed Aden": people18), no government. */
static int capital_in_name(const tc_text *t, const tc_mention *c, const tc_mention *u)
{
    if (c->flags || c->kind != TC_KIND_METONYM || c->ntok != 1 ||
        !(u->flags & TC_MENTION_UNKNOWN) || u->kind != TC_KIND_UNKNOWN || u->code[0] ||
        u->ntok < 2 || !(t->toks[c->tok0].flags & TC_TOK_CAP))
        return 0;
    uint32_t i = c->tok0 < u->tok0 ? c->tok0 : u->tok0;
    uint32_t j = c->tok0 < u->tok0 ? u->tok0 + u->ntok : c->tok0 + 1;
    if (c->tok0 + 1 != u->tok0 && u->tok0 + u->ntok != c->tok0) return 0;
    for (uint32_t k = i; k < j; k++)
        if (!(t->toks[k].flags & TC_TOK_CAP) || (t->toks[k].flags & TC_TOK_UPPER)) return 0;
    return !tc_actors_org_name(t, i, j);
}

/* Joins each capital's word that capital_in_name finds in a person's name to that name, in
 * res[0..n); the new count. */
static size_t capitals_in_names(const tc_text *t, tc_mention *res, size_t n, tc_arena *a)
{
    for (size_t q = 0; q < n; q++) {
        tc_mention *u = q + 1 < n && capital_in_name(t, &res[q], &res[q + 1]) ? &res[q + 1]
                        : q > 0 && capital_in_name(t, &res[q], &res[q - 1])   ? &res[q - 1]
                                                                              : NULL;
        if (!u) continue;
        uint32_t i = u->tok0 < res[q].tok0 ? u->tok0 : res[q].tok0;
        tc_mention joined = unknown_mention(t, i, i + u->ntok + 1, a);
        *u = joined;
        memmove(&res[q], &res[q + 1], (n - q - 1) * sizeof *res);
        n--;
        q--; /* "q" now holds what came after; size_t wraps at 0 and the loop's ++ mends it */
    }
    return n;
}

size_t tc_actors_unknown_names(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                               const uint8_t *mark, const raw_match *raw, size_t nraw,
                               const tc_mention *m, size_t nm, tc_arena *a, tc_mention **out)
{
    tc_mention *res = tc_arena_alloc(a, (nm + s->ntok / 2 + 1) * sizeof *res);
    size_t n = 0, k = 0;
    uint32_t end = s->tok0 + s->ntok;
    for (uint32_t i = s->tok0; i < end;) {
        if (k < nm && m[k].tok0 <= i) {
            res[n++] = m[k];
            i = m[k].tok0 + m[k].ntok;
            k++;
            continue;
        }
        uint32_t j = name_end(d, t, s, mark, i);
        if (k < nm && j > m[k].tok0) j = m[k].tok0;
        if (j == i) {
            i++;
            continue;
        }
        if (tc_actors_thing_name(d, t, i, j)) {
            i = j; /* "Cyclone Ana", "the Arafura Sea": a thing, no actor */
            continue;
        }
        /* "Mr. Lindqvist": the honorific is part of the name's mention */
        uint32_t h = tc_actors_honorific_before(t, s, i, 0) && mark[i - 1 - s->tok0] == MARK_FREE;
        tc_mention u = unknown_mention(t, i - h, j, a);
        tc_mention *prev = n ? &res[n - 1] : NULL;
        uint32_t pend = prev ? prev->tok0 + prev->ntok : 0;
        /* a capital or a region alone says what a name is only with a role: "VOA host X" */
        int seat = prev && pend < i && !prev->flags && strlen(prev->code) > 3 &&
                   (prev->kind == TC_KIND_METONYM || prev->kind == TC_KIND_REGION);
        char cc3[4];
        uint32_t from, pw;
        const char *sector = org_kind_before(d, t, s, raw, nraw, i, cc3, &from);
        if (sector && (!prev || pend <= from || !strncmp(prev->code, cc3, 3))) {
            snprintf(u.code, sizeof u.code, "%s%s", cc3, sector);
            u.kind = TC_KIND_COUNTRY;
            u.rule = "an organisation no dictionary knows with what it is, after a state's "
                     "adjective ('the Spanish utility X')";
            if (prev && pend > from) n--; /* "Chinese company" joins it */
            u.tok0 = prev && pend > from ? prev->tok0 : from;
            u.ntok = j - u.tok0;
            res[n++] = u;
        } else if (prev && (pw = portfolio_words(t, prev, i, j)) > 0) {
            /* "Minister of Justice X": the portfolio joins the office, the rest is the name */
            prev->ntok = j - prev->tok0;
            prev->name = unknown_mention(t, i + pw, j, a).name;
            prev->flags |= TC_MENTION_UNKNOWN;
            prev->rule = "an office and its portfolio + a name no dictionary knows";
        } else if (prev && (names_what(t, prev) || seat || org_role(prev, pend, i)) &&
                   !no_ones_people(d, prev) && role_between(d, t, pend, i)) {
            prev->ntok = j - prev->tok0;
            prev->name = u.name;
            prev->flags |= TC_MENTION_UNKNOWN;
            prev->rule = "an agent, maybe a state's, + a name no dictionary knows";
        } else if (!tc_actors_document_name(t, i, j) &&
                   state_before(d, t, raw, nraw, i, j, cc3, &from) &&
                   (!prev || pend <= from || !strcmp(prev->code, cc3))) {
            memcpy(u.code, cc3, 4);
            u.kind = TC_KIND_COUNTRY;
            u.rule = tc_actors_org_name(t, i, j)
                         ? "an organisation's name after a state's adjective or name"
                         : "a name no dictionary knows after a state's adjective";
            if (prev && pend > from) n--; /* "U.S." joins it */
            u.tok0 = prev && pend > from ? prev->tok0 : from;
            u.ntok = j - u.tok0;
            res[n++] = u;
        } else {
            res[n++] = u;
        }
        i = j;
    }
    n = capitals_in_names(t, res, n, a);
    for (size_t q = 0; q < n; q++)
        tc_actors_org_tail(t, s, &res[q], q + 1 < n ? res[q + 1].tok0 : end);
    /* Then what each name's own sentence says of it: where it is first (an organisation's
     * place comes before a person's role in it), then apposition. */
    for (size_t q = 0; q < n; q++)
        if (res[q].kind == TC_KIND_UNKNOWN && !res[q].code[0]) place_unknown(d, t, s, &res[q]);
    n = organisation_offices(d, t, res, n);
    for (size_t q = 0; q < n; q++)
        if (!strncmp(res[q].code, "---", 3)) stateless_agent(d, t, s, res, n, q);
    for (size_t q = 0; q < n; q++) place_people(d, t, &res[q], q + 1 < n ? res[q + 1].tok0 : end);
    /* right to left: an organisation is placed before the person whose role is in it ("X,
     * program director for the Y Foundation, a Thai rights group") */
    for (size_t q = n; q-- > 0;)
        if (res[q].kind == TC_KIND_UNKNOWN && !res[q].code[0] && res[q].tok0 + res[q].ntok < end)
            apposition(d, t, s, raw, nraw, &res[q], q ? &res[q - 1] : NULL, q,
                       q + 1 < n ? &res[q + 1] : NULL, n - q - 1);
    *out = res;
    return n;
}

/* Words that say a person's sex, before a name or in its mention: honorifics and titles
 * ("Mrs", "Sir", "Queen Rania"), nouns of office ("spokeswoman X"). */
static const char *const female_words[] = {
    "mrs",         "ms",         "miss",          "madam",         "dame",
    "lady",        "queen",      "princess",      "baroness",      "duchess",
    "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman",
    "sheikha"};
static const char *const male_words[] = {"mr",       "sir",         "lord",        "king",
                                         "prince",   "baron",       "duke",        "spokesman",
                                         "chairman", "congressman", "businessman", "councilman"};

/* The sex what its words say (female_words, male_words), else its first name, of person
 * mention m of sentence s; TC_SEX_EITHER a name no dictionary knows that speaks ("Klein
 * writes", "Nasser said") or that ", who" follows; TC_SEX_NONE for the rest. */
unsigned tc_actors_sex_of(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                          const tc_mention *m)
{
    static const char *const speech_after[] = {"said",   "says",   "told",  "writes",  "wrote",
                                               "argues", "argued", "added", "recalled"};
    int unknown = (m->flags & TC_MENTION_UNKNOWN) != 0;
    if (m->kind != TC_KIND_PERSON && !unknown) return TC_SEX_NONE;
    uint32_t end = m->tok0 + m->ntok;
    for (uint32_t i = m->tok0 > s->tok0 ? m->tok0 - 1 : m->tok0; i < end; i++) {
        if (tc_actors_in_words_dotted(&t->toks[i], female_words,
                                      sizeof female_words / sizeof *female_words))
            return TC_SEX_FEMALE;
        if (tc_actors_in_words_dotted(&t->toks[i], male_words,
                                      sizeof male_words / sizeof *male_words))
            return TC_SEX_MALE;
    }
    const char *name = m->name;
    size_t len = strcspn(name, " ");
    int words = name[len] != 0;
    /* a name no dictionary knows is a person's by a first name only with a surname after it,
       and none of an organisation's words ("Victoria Falls Authority") */
    unsigned sex = TC_SEX_NONE;
    if (!unknown || words) sex = tc_actors_given_sex(d, name, len);
    if (sex && unknown) {
        for (uint32_t i = m->tok0; i < end; i++)
            if (tc_actors_org_word(t->toks[i].norm)) return TC_SEX_NONE;
    }
    if (sex || !unknown || m->kind == TC_KIND_REGION || end >= s->tok0 + s->ntok) return sex;
    /* "Maimane, who headed the opposition": a relative clause of a person */
    int who = end + 1 < s->tok0 + s->ntok && tc_actors_word_is(&t->toks[end], ",") &&
              tc_actors_word_is(&t->toks[end + 1], "who");
    return who || tc_actors_in_words(&t->toks[end], speech_after,
                                     sizeof speech_after / sizeof *speech_after)
               ? TC_SEX_EITHER
               : TC_SEX_NONE;
}
