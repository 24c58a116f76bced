/* actors_match: the dictionary matcher of the per-sentence scan (actors.c loads the
 * dictionary, actors_chunk.c makes mentions of the matches). At each token of a sentence the
 * longest pattern whose norms and case rules fit becomes a raw match, its entry picked by the
 * date of the text (a person's dated roles; generated entries rank below hand-written ones);
 * matches that only qualify a thing, or that a name or a place takes in, are hidden (kept to
 * explain). Also the small word tests the other files of the scan share (tc_actors_word_is,
 * tc_actors_in_words, tc_actors_clause_start ...). */
#include "actors.h"

#include "actors_int.h"
#include "hash.h"
#include "nouns.h"

#include <string.h>

/* ---- scanning ---- */

static int token_fits(const tc_actors *d, const tc_text *x, const tc_token *t, const char *norm,
                      int rule)
{
    if (rule & STEM ? strncmp(t->norm, norm, strlen(norm)) != 0 : strcmp(t->norm, norm) != 0)
        return 0;
    if ((rule & CASE_MASK) == CASE_UPPER) return (t->flags & TC_TOK_UPPER) != 0;
    if ((rule & CASE_MASK) == CASE_MIXED) return tc_actors_inner_capital(t, x->text);
    if ((rule & COMMON_UPPER) && !(t->flags & TC_TOK_UPPER) && tc_nouns_common(d->nouns, t))
        return 0;
    if ((rule & CASE_MASK) == CASE_CAP) return (t->flags & (TC_TOK_CAP | TC_TOK_UPPER)) != 0;
    return 1;
}

int32_t tc_actors_date_key(const char *date)
{
    return date && *date ? tc_actors_parse_ymd(date, strlen(date)) : 0;
}

static int covers(const entry *e, int32_t day)
{
    return (!e->from || day >= e->from) && (!e->to || day <= e->to);
}

/* The hand-written dated entry of p nearest to day (for day 0, the latest role), a state's
 * role when it has one and day is given, or NULL. */
static const entry *nearest_hand_written(const tc_actors *d, const pattern *p, int32_t day)
{
    const entry *nearest = NULL;
    int32_t best = INT32_MAX;
    /* for a day outside every role, a state's role: a former NATO secretary general who was
     * Denmark's prime minister is Denmark's ("Anders Fogh Rasmussen" in 2021 = DNK) */
    int states = 0;
    for (uint32_t i = 0; day && i < p->nids && !states; i++) {
        const entry *e = &d->entries[p->ids[i]];
        states = !e->generated && (e->from || e->to) && tc_actors_is_state(d, e->code);
    }
    for (uint32_t i = 0; i < p->nids; i++) {
        const entry *e = &d->entries[p->ids[i]];
        if (e->generated || (!e->from && !e->to) || (states && !tc_actors_is_state(d, e->code)))
            continue;
        int32_t dist = !day ? (e->to ? 99999999 - e->to : 0)
                            : (e->to && day > e->to ? day - e->to : e->from - day);
        if (dist < best) {
            best = dist;
            nearest = e;
        }
    }
    return nearest;
}

/* With no day, the latest generated office of a name of two words or more ("Andrew Holness"
 * in an undated sentence is Jamaica's prime minister, as facts last give him; a surname
 * alone stays a word: "Meta"; not a party leader's role), or NULL. */
static const entry *latest_generated(const tc_actors *d, const pattern *p)
{
    const entry *latest = NULL;
    for (uint32_t i = 0; i < p->nids; i++) {
        const entry *e = &d->entries[p->ids[i]];
        if (!e->generated || (!e->from && !e->to) || e->kind != TC_KIND_PERSON ||
            !strcmp(e->code + 3, "PTY"))
            continue; /* a party leader's role says less than the office an agent names */
        if (!latest || (latest->to && (!e->to || e->to > latest->to))) latest = e;
    }
    return latest;
}

/* Picks the entry of p for the day (0: unknown): a covering range, else an undated entry,
 * the hand-written entries first, then the generated ones; with no day a hand-written role
 * (the latest) before any generated entry, since actors.txt wins; else the hand-written role
 * nearest in time (country only). Outside every generated role a name is no actor: a surname
 * that facts give for a term of office ("Meta") is a word like any other after it. */
const entry *tc_actors_pick(const tc_actors *d, const pattern *p, int32_t day, int *country_only)
{
    *country_only = 0;
    for (int rank = 0; rank < 2; rank++) {
        const entry *undated = NULL;
        for (uint32_t i = 0; i < p->nids; i++) {
            const entry *e = &d->entries[p->ids[i]];
            if (e->generated != rank) continue;
            if (!e->from && !e->to) {
                /* (a name iso-codes gives, line 0, yields to the same name in a dictionary
                   file: actors.txt wins on conflict, "Congo" COD) */
                if (!undated || (!undated->line && e->line)) undated = e;
            } else if (day && covers(e, day)) {
                return e;
            }
        }
        if (undated) return undated;
        if (!rank && !day && (undated = nearest_hand_written(d, p, 0))) return undated;
        if (rank && !day && p->ntok >= 2 && (undated = latest_generated(d, p))) return undated;
    }
    *country_only = day != 0;
    return nearest_hand_written(d, p, day);
}

/* The first (so longest) pattern of list p that fits at token i. */
static const pattern *first_fit(const tc_actors *d, const pattern *p, const tc_text *t, uint32_t i,
                                uint32_t end)
{
    for (; p; p = p->next) {
        if (i + p->ntok > end) continue;
        uint32_t k = 0;
        while (k < p->ntok && token_fits(d, t, &t->toks[i + k], p->norms[k], p->rules[k])) k++;
        if (k == p->ntok) return p;
    }
    return NULL;
}

/* The longest pattern starting at token i that fits, or NULL: whole first words through
 * the filter and the map, then stems by the token's prefixes (only when there are some). */
const pattern *tc_actors_longest_at(const tc_actors *d, const tc_text *t, uint32_t i, uint32_t end)
{
    const tc_token *tok = &t->toks[i];
    const pattern *best = NULL;
    uint32_t bit = tc_actors_filter_bit(tok->norm, tok->nlen);
    if (tc_actors_has_bit(d->filter, bit))
        best = first_fit(d, tc_map_get(d->first, tok->norm, tok->nlen), t, i, end);
    if (i + 1 < end) {
        const tc_token *next = &t->toks[i + 1];
        char key[PAIR_MAX];
        size_t klen =
            tc_actors_has_bit(d->pair_filter,
                              tc_actors_pair_bit(bit, tc_actors_filter_bit(next->norm, next->nlen)))
                ? tc_actors_pair_key(key, tok, next)
                : 0;
        const pattern *p = klen ? first_fit(d, tc_map_get(d->pairs, key, klen), t, i, end) : NULL;
        if (p && (!best || p->ntok > best->ntok)) best = p;
    }
    if (!d->stem_max || !(tok->flags & TC_TOK_WORD)) return best;
    uint32_t top = tok->nlen < d->stem_max ? tok->nlen : d->stem_max;
    for (uint32_t len = top; len >= d->stem_min && len > 0; len--) {
        const pattern *p = first_fit(d, tc_map_get(d->stems, tok->norm, len), t, i, end);
        if (p && (!best || p->ntok > best->ntok)) best = p;
    }
    return best;
}

int tc_actors_is_hyphen(const tc_token *t)
{
    return t->nlen == 1 && t->norm[0] == '-';
}

/* "Armenian-American": the second half of a hyphenated word is no actor either. */
int tc_actors_glued_after_hyphen(const tc_text *t, uint32_t first, uint32_t i)
{
    if (i < first + 2 || !tc_actors_is_hyphen(&t->toks[i - 1])) return 0;
    const tc_token *h = &t->toks[i - 1], *w = &t->toks[i - 2];
    return (w->flags & TC_TOK_WORD) && w->off + w->len == h->off && h->off + 1 == t->toks[i].off;
}

/* Is t the word w? (the first letters first: the resolver asks it of every word) */
int tc_actors_word_is(const tc_token *t, const char *w)
{
    return t->norm[0] == w[0] && strcmp(t->norm, w) == 0;
}

/* Is w one of the n words? */
int tc_actors_in_words(const tc_token *w, const char *const *words, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (w->norm[0] == words[k][0] && !strcmp(w->norm, words[k])) return 1;
    return 0;
}

/* Is w one of words, its abbreviation's period aside ("Mr." is "mr")? */
int tc_actors_in_words_dotted(const tc_token *w, const char *const *words, size_t n)
{
    size_t len = w->nlen;
    if (len > 1 && w->norm[len - 1] == '.') len--;
    for (size_t k = 0; k < n; k++)
        if (strlen(words[k]) == len && !memcmp(w->norm, words[k], len)) return 1;
    return 0;
}

/* A capitalised word that may be part of a name: no honorific (with its period or not), day
 * or month. */
int tc_actors_capital_word(const tc_token *w)
{
    static const char *const not_names[] = {
        "mr",        "mrs",      "ms",        "dr",       "sir",    "dame",     "madam",
        "monday",    "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday",
        "january",   "february", "march",     "april",    "june",   "july",     "august",
        "september", "october",  "november",  "december"};
    return (w->flags & TC_TOK_WORD) && (w->flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
           !tc_actors_in_words_dotted(w, not_names, sizeof not_names / sizeof *not_names);
}

/* Closed-class words that open sentences with a capital: no name starts with them. */
const char *const tc_actors_openers[] = {
    "the",     "a",      "an",    "in",      "on",    "at",      "but",       "and",
    "or",      "if",     "when",  "while",   "after", "before",  "as",        "for",
    "with",    "by",     "from",  "to",      "of",    "this",    "that",      "these",
    "those",   "it",     "he",    "she",     "they",  "we",      "i",         "you",
    "his",     "her",    "their", "our",     "its",   "my",      "there",     "here",
    "some",    "many",   "most",  "all",     "both",  "each",    "every",     "no",
    "not",     "also",   "yet",   "so",      "since", "until",   "although",  "though",
    "because", "during", "under", "over",    "about", "despite", "meanwhile", "however",
    "what",    "who",    "why",   "how",     "where", "which",   "one",       "two",
    "three",   "such",   "other", "another", "among", "against", "amid",      "without",
    "now",     "then",   "does",  "did",     "do",    "was",     "are",       "were",
    "would",   "can",    "could", "should",  "has",   "have",    "had"};

/* Does token i open a sentence or a clause whose first word has a capital whatever it is: the
 * sentence's first, or after an opening quote, a bracket, a colon or a dash? */
int tc_actors_clause_start(const tc_text *t, const tc_sentence *s, uint32_t i)
{
    static const char *const openings[] = {"(", "[", ":", ";", "\xe2\x80\x94", "\xe2\x80\x93"};
    if (i == s->tok0) return 1;
    const tc_token *p = &t->toks[i - 1];
    return (p->flags & TC_TOK_QUOTE) ||
           tc_actors_in_words(p, openings, sizeof openings / sizeof *openings);
}

/* Is token i a capitalised word that may be part of a name no dictionary knows: no closed-class
 * word ("The", "While", "If"), not a clause's first (where any word has a capital: the
 * sentence's, after a quote), no honorific, day or month, and no name begins there? */
static int unknown_name_word(const tc_actors *d, const tc_text *t, const tc_sentence *s, uint32_t i)
{
    uint32_t end = s->tok0 + s->ntok;
    if (i <= s->tok0 || i >= end || !tc_actors_capital_word(&t->toks[i]) ||
        tc_actors_clause_start(t, s, i) ||
        tc_actors_in_words(&t->toks[i], tc_actors_openers,
                           sizeof tc_actors_openers / sizeof *tc_actors_openers) ||
        tc_nouns_designator_end(t, i, end) > i) /* "U.S. B-2 bombers" */
        return 0;
    return tc_actors_longest_at(d, t, i, end) == NULL;
}

/* A person known by one word only ("Risch", "Ilyas") next to a capitalised word no name
 * begins is someone else: "Jim Risch", "Ilyas Ali Hassan", "Trump Tower". */
static int other_person(const tc_actors *d, const tc_text *t, const tc_sentence *s, uint32_t i,
                        uint32_t matched_to, const pattern *p, const entry *e)
{
    if (p->ntok != 1 || !e || e->kind != TC_KIND_PERSON) return 0;
    /* the word before may end a name matched before ("Secretary of State Blinken") */
    return (matched_to < i && unknown_name_word(d, t, s, i - 1)) ||
           unknown_name_word(d, t, s, i + 1);
}

/* Is sentence s written in title case (most of its words of four letters or more capitalised,
 * as headlines are)? Its capitals then mark no names. */
static int title_case(const tc_text *t, const tc_sentence *s)
{
    uint32_t words = 0, caps = 0;
    for (uint32_t i = s->tok0; i < s->tok0 + s->ntok; i++) {
        const tc_token *w = &t->toks[i];
        if (!(w->flags & TC_TOK_WORD) || w->nlen < 4) continue;
        words++;
        caps += (w->flags & (TC_TOK_CAP | TC_TOK_UPPER)) != 0;
    }
    return words >= 5 && caps * 10 >= words * 7;
}

/* A capital or a state inside a name is no actor: "Moscow Metro", "the Kyiv Independent",
 * "China Mobile", "Qatar Airways" (a capitalised word that no name begins right after it);
 * "the University of Khartoum" (a capital after one and "of"; not the sentence's first:
 * "Residents of Kyiv"; not a state: "King Harald of Norway"); "flights of Air France" (a state
 * right after one). */
static int in_other_name(const tc_actors *d, const tc_text *t, const tc_sentence *s, uint32_t i,
                         const pattern *p, const entry *e)
{
    int state = e && e->kind == TC_KIND_COUNTRY && e->code[0] != '-';
    if (!e || (e->kind != TC_KIND_METONYM && !state) || (!state && p->ntok != 1)) return 0;
    /* not a state: "King Harald of Norway", "the National Assembly of Armenia" */
    if (!state && i >= s->tok0 + 3 && tc_actors_word_is(&t->toks[i - 1], "of") &&
        unknown_name_word(d, t, s, i - 2))
        return 1;
    if (title_case(t, s)) return 0; /* a headline: "Kim Kardashian Spotlights Azerbaijan's" */
    /* a state's name, or a capital's or a seat's one word ("the Trinamool Congress", "Radio
     * Moscow"), after a name's word */
    if (unknown_name_word(d, t, s, i - 1)) return 1;
    return unknown_name_word(d, t, s, i + p->ntok);
}

/* Raw matches of sentence s; hidden ones (discards, modifiers) only when keep_hidden. */
/* Do "-led" and an agent follow the match of entry e, a state's name, adjective or capital,
 * that ends at token j ("Saudi-led forces")? The two tokens of "-led" (the match takes them,
 * so that the agent touches it), or 0. */
static uint32_t led_agent(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                          const entry *e, uint32_t j, int32_t day)
{
    uint32_t end = s->tok0 + s->ntok;
    int country_only;
    if (!(e->kind == TC_KIND_COUNTRY || e->kind == TC_KIND_ADJ || e->kind == TC_KIND_METONYM) ||
        !tc_actors_is_state(d, e->code))
        return 0;
    if (j + 2 >= end || !tc_actors_is_hyphen(&t->toks[j]) ||
        !tc_actors_word_is(&t->toks[j + 1], "led") ||
        t->toks[j].off + t->toks[j].len != t->toks[j + 1].off)
        return 0;
    const pattern *p = tc_actors_longest_at(d, t, j + 2, end);
    const entry *a = p ? tc_actors_pick(d, p, day, &country_only) : NULL;
    if (a && a->kind == TC_KIND_AGENT) return 2;
    /* "the Saudi-led coalition", "a U.S.-led mission": the state leads it (an alliance or a
       bloc is an organisation of its own: "the Russian-led alliance" is no Russia) */
    static const char *const bodies[] = {"coalition", "mission", "operation"};
    for (size_t k = 0; k < sizeof bodies / sizeof *bodies; k++)
        if (tc_actors_word_is(&t->toks[j + 2], bodies[k])) return 2;
    return 0;
}

/* Vehicles of trade after a state's adjective ("Armenian trucks", "Iranian cargo ships" =
 * ARMBUS, IRNBUS): the heads that are such vehicles alone, and the ships and boats that a
 * modifier makes so (a "Russian ship" may be a warship: no actor). */
static const char *const trade_vehicles[] = {"truck",   "trucks",   "lorry",     "lorries",
                                             "tanker",  "tankers",  "freighter", "freighters",
                                             "trawler", "trawlers", "airliner",  "airliners"};
const char *const tc_actors_trade_ships[] = {"ship", "ships", "vessel", "vessels", "boat", "boats"};
static const char *const trade_uses[] = {"cargo",   "merchant",   "container",
                                         "fishing", "commercial", "passenger"};

/* Is the phrase of common nouns [i, i + n) a vehicle of trade (trade_vehicles)? */
int tc_actors_trade_vehicle(const tc_text *t, uint32_t i, uint32_t n)
{
    const tc_token *head = &t->toks[i + n - 1];
    if (tc_actors_in_words(head, trade_vehicles, sizeof trade_vehicles / sizeof *trade_vehicles))
        return 1;
    if (n < 2 || !tc_actors_in_words(head, tc_actors_trade_ships,
                                     sizeof tc_actors_trade_ships / sizeof *tc_actors_trade_ships))
        return 0;
    return tc_actors_in_words(&t->toks[i + n - 2], trade_uses,
                              sizeof trade_uses / sizeof *trade_uses);
}

/* Does "-flagged" follow the match of entry e, a state's name or adjective, that ends at token
 * j ("an Iranian-flagged cargo ship": the ship's state)? Its tokens (2), or 0. */
static uint32_t flagged(const tc_actors *d, const tc_text *t, const tc_sentence *s, const entry *e,
                        uint32_t j)
{
    if (!(e->kind == TC_KIND_COUNTRY || e->kind == TC_KIND_ADJ) || !tc_actors_is_state(d, e->code))
        return 0;
    uint32_t end = s->tok0 + s->ntok;
    if (j + 2 >= end || !tc_actors_is_hyphen(&t->toks[j]) ||
        !tc_actors_word_is(&t->toks[j + 1], "flagged") ||
        t->toks[j].off + t->toks[j].len != t->toks[j + 1].off)
        return 0;
    for (uint32_t n = 1; n <= 2 && j + 2 + n <= end; n++) /* a vessel follows */
        if (tc_actors_trade_vehicle(t, j + 2, n) ||
            tc_actors_in_words(&t->toks[j + 1 + n], tc_actors_trade_ships,
                               sizeof tc_actors_trade_ships / sizeof *tc_actors_trade_ships))
            return 2;
    return 0;
}

/* Is token i, a person's name, right after an honorific of its own ("Mr. Putin", "Ms Ardern",
 * "Sir Keir Starmer"; not one a match before took)? The honorific is part of the mention. */
int tc_actors_honorific_before(const tc_text *t, const tc_sentence *s, uint32_t i,
                               uint32_t matched_to)
{
    static const char *const honorifics[] = {"mr",   "mrs",   "ms",      "dr",     "sir",
                                             "dame", "madam", "mawlawi", "mullah", "maulana"};
    if (i <= s->tok0 || i - 1 < matched_to) return 0;
    const tc_token *w = &t->toks[i - 1];
    return (w->flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
           tc_actors_in_words_dotted(w, honorifics, sizeof honorifics / sizeof *honorifics);
}

/* Languages that name an outlet's service and are no state's adjective ("VOA Mandarin", "BBC
 * Persian"). */
static const char *const languages[] = {
    "mandarin", "cantonese", "urdu",    "pashto",   "dari",    "farsi",  "persian",
    "hausa",    "swahili",   "amharic", "tigrinya", "kurdish", "uyghur", "tibetan",
    "burmese",  "bangla",    "bengali", "hindi",    "khmer",   "arabic", "english"};

/* Words that go on a clause after an outlet's service: "told VOA Mandarin that ...". */
static const char *const clause_words[] = {
    "that", "on", "in",  "via",  "by",    "about",  "last", "this", "the",  "and",   "during",
    "it",   "he", "she", "they", "after", "before", "for",  "with", "when", "while", "there"};

/* Does a language and maybe "Service" follow the match of entry e, a news outlet (a metonym
 * whose code ends in MED), that ends at token j: "VOA Mandarin", "BBC Persian", "VOA's Somali
 * Service" (after "'s", "Service" is needed)? A language is a word of languages or a state's
 * adjective ("Somali", "Russian"); without "Service" the clause must go on after it
 * (clause_words: "told VOA Russian troops were ..." is VOA and Russian troops). The tokens the
 * outlet's name takes, or 0. */
static uint32_t outlet_service(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                               const entry *e, uint32_t j)
{
    uint32_t end = s->tok0 + s->ntok, k = j;
    size_t len = strlen(e->code);
    if (e->kind != TC_KIND_METONYM || len < 6 || strcmp(e->code + len - 3, "MED")) return 0;
    int owner =
        k < end && (t->toks[k].flags & TC_TOK_CLITIC) && tc_actors_word_is(&t->toks[k], "'s");
    k += owner;
    if (k >= end || !(t->toks[k].flags & TC_TOK_CAP)) return 0;
    const pattern *p = tc_actors_longest_at(d, t, k, end);
    const entry *a = p ? tc_actors_pick(d, p, 0, &(int){0}) : NULL;
    if (a && a->kind == TC_KIND_ADJ && tc_actors_is_state(d, a->code))
        k += p->ntok;
    else if (tc_actors_in_words(&t->toks[k], languages, sizeof languages / sizeof *languages))
        k++;
    else
        return 0;
    if (k < end && tc_actors_word_is(&t->toks[k], "service")) return k + 1 - j;
    if (owner) return 0;
    /* then the clause goes on: an end, a punctuation mark or a function word */
    return k == end || (t->toks[k].flags & TC_TOK_PUNCT) ||
                   tc_actors_in_words(&t->toks[k], clause_words,
                                      sizeof clause_words / sizeof *clause_words)
               ? k - j
               : 0;
}

/* A person known by one word only ("Kerry") right after "in", "near" ... is the place of that
 * name when the gazetteer (lent) has one: "a refugee centre in Kerry" is Ireland's county, not
 * John Kerry (not before a possessive: "in Kerry's view"). */
static int place_not_person(const tc_actors *d, const tc_text *t, const tc_sentence *s, uint32_t i,
                            const pattern *p, const entry *e)
{
    static const char *const before[] = {"in",       "near",    "outside",    "across",
                                         "around",   "inside",  "throughout", "northern",
                                         "southern", "eastern", "western"};
    char cc3[4];
    if (!d->gaz || p->ntok != 1 || !e || e->kind != TC_KIND_PERSON || i <= s->tok0) return 0;
    if (!tc_actors_in_words(&t->toks[i - 1], before, sizeof before / sizeof *before)) return 0;
    if (i + 1 < s->tok0 + s->ntok && tc_actors_possessive_mark(t, i + 1)) return 0;
    return tc_actors_place_of(d, t, i, i + 1, 1000, 0, cc3);
}

size_t tc_actors_raw_scan(const tc_actors *d, const tc_text *t, const tc_sentence *s, int32_t day,
                          int keep_hidden, raw_match *out)
{
    size_t n = 0;
    uint32_t end = s->tok0 + s->ntok, matched_to = 0;
    for (uint32_t i = s->tok0; i < end;) {
        const pattern *p = tc_actors_longest_at(d, t, i, end);
        if (!p) {
            i++;
            continue;
        }
        int country_only;
        const entry *e = tc_actors_pick(d, p, day, &country_only);
        /* "Russian-led", "Iran-backed", "Armenian-American": a modifier, not an actor; but a
         * state leading an agent is that state's ("Saudi-led forces" = SAUMIL) */
        uint32_t led = e ? led_agent(d, t, s, e, i + p->ntok, day) : 0;
        if (!led && e) led = flagged(d, t, s, e, i + p->ntok);
        uint32_t service = !led && e ? outlet_service(d, t, s, e, i + p->ntok) : 0;
        led += service; /* "VOA Mandarin": the language is no other name the outlet is in */
        /* "ex-Ecuadorian Foreign Minister X": "ex-" before a state's adjective says what the
           person was, it makes no modifier ("ex-ministers" stays one) */
        int ex = e && e->kind == TC_KIND_ADJ && i >= s->tok0 + 2 &&
                 tc_actors_word_is(&t->toks[i - 2], "ex");
        int modifier = !led && ((i + p->ntok < end && tc_actors_is_hyphen(&t->toks[i + p->ntok])) ||
                                (tc_actors_glued_after_hyphen(t, s->tok0, i) && !ex));
        int hidden = !e || e->kind == TC_KIND_DISCARD || modifier ||
                             other_person(d, t, s, i, matched_to, p, e)
                         ? HIDDEN
                     : place_not_person(d, t, s, i, p, e)          ? HIDDEN_PLACE
                     : !service && in_other_name(d, t, s, i, p, e) ? HIDDEN_IN_NAME
                                                                   : 0;
        uint32_t title = e && e->kind == TC_KIND_PERSON && !hidden &&
                         tc_actors_honorific_before(t, s, i, matched_to);
        if (e && n && out[n - 1].next == end) out[n - 1].next = i - title;
        if (e && (!hidden || keep_hidden))
            out[n++] =
                (raw_match){i - title, p->ntok + led + title, e, country_only, hidden, end, 0};
        i += p->ntok + led;
        matched_to = i;
    }
    return n;
}
