/* actors_chunk: mentions made of the raw matches of a sentence (actors_match.c). Raw
 * matches that touch, or are joined by 's or by in/of after an agent, form one chunk (a state,
 * a person, a group, up to four agents); a phrase of common nouns may extend it (the generic
 * actors, src/nouns.h), and the chunk is resolved to a code as docs/dictionaries.md says
 * (entries of other formats, TC_KIND_ACTOR, combine with agents PETRARCH's way). Coordinated
 * agents share a state ("Russian helicopters and tanks"). tc_actors_scan_ex, the scan itself,
 * is here: matches, chunks, then the names no dictionary knows (actors_unknown.c). */
#include "actors.h"

#include "actors_int.h"
#include "nouns.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_base(tc_actor_kind k)
{
    return k == TC_KIND_COUNTRY || k == TC_KIND_METONYM || k == TC_KIND_REGION ||
           k == TC_KIND_IGO || k == TC_KIND_NGO || k == TC_KIND_GROUP || k == TC_KIND_ETHNIC ||
           k == TC_KIND_ACTOR;
}

/* Are tokens [from, to) at most three plain modifiers ("new", "top", "awful and evil")
 * between a possessive and its agent ("Armenia's new foreign minister")? Not phrases:
 * "Russia's decision to send troops", "Israel's war against Hamas fighters" join nothing. */
int tc_actors_modifiers_only(const tc_text *t, uint32_t from, uint32_t to)
{
    static const char *const stop[] = {
        "to",   "of",    "for",   "against", "with",  "on",      "in",       "by",     "from",
        "at",   "the",   "a",     "an",      "and",   "or",      "its",      "their",  "over",
        "into", "as",    "than",  "while",   "when",  "whereas", "although", "though", "because",
        "if",   "since", "until", "who",     "which", "that",    "but"};
    uint32_t words = 0;
    if (to <= from) return 0;
    for (uint32_t k = from; k < to; k++) {
        const tc_token *w = &t->toks[k];
        /* a hyphen glued between two words joins them: "high-profile", "newly-elected" */
        if (k > from && k + 1 < to && tc_actors_is_hyphen(w) &&
            t->toks[k - 1].off + t->toks[k - 1].len == w->off &&
            w->off + w->len == t->toks[k + 1].off)
            continue;
        if (++words > 3) return 0;
        if (w->flags & (TC_TOK_PUNCT | TC_TOK_CAP | TC_TOK_UPPER) || w->nlen < 2) return 0;
        if (k > from && k + 1 < to && tc_actors_word_is(w, "and")) continue; /* "awful and evil" */
        for (size_t i = 0; i < sizeof stop / sizeof *stop; i++)
            if (tc_actors_word_is(w, stop[i])) return 0;
        const char *end = w->norm + w->nlen;
        if ((w->nlen > 4 && !strcmp(end - 3, "ing")) || (w->nlen > 3 && !strcmp(end - 2, "ed")))
            return 0;
        for (const char *c = w->norm; c < end; c++)
            if (!(*c >= 'a' && *c <= 'z') && *c != '-') return 0;
    }
    return 1;
}

/* Is r an institution or group of the chunk's own state, right after it or after its
 * possessive ("Sudan's Rapid Support Forces", "the Israeli Knesset"), or a group after the
 * possessive of a state that an agent's "of" joined ("the leader of Afghanistan's Taliban")?
 * It gives the code. */
static int owned_by(const chunk *c, const raw_match *r)
{
    const raw_match *st = c->base ? c->base : c->adj;
    tc_actor_kind k = r->e->kind;
    if (!st || c->person || c->owned || c->group) return 0;
    /* "the leader of Afghanistan's Taliban insurgency": an office of the group after the
       state's possessive (joins asks for it), which is the group's, not the state's */
    /* ... "members of the U.S. Congress": people of no state are the institution's */
    int named = c->nagents && !(c->nagents == 1 && c->agents[0]->generic);
    if (named && (c->agents[c->nagents - 1]->tok0 > st->tok0 || r->tok0 == st->tok0 + st->ntok ||
                  k != TC_KIND_GROUP))
        return 0;
    if (st->e->kind != TC_KIND_COUNTRY && st->e->kind != TC_KIND_ADJ) return 0;
    if ((k != TC_KIND_GROUP && k != TC_KIND_METONYM) || strlen(r->e->code) <= 3) return 0;
    /* "the Canadian House of Commons": a nationality before another state's institution
     * names its own (CAN + LEG); a group keeps its state ("Iranian Hezbollah" is no Iranian) */
    return !strncmp(r->e->code, st->e->code, 3) ||
           (st->e->kind == TC_KIND_ADJ && k == TC_KIND_METONYM && st == c->adj &&
            st->tok0 + st->ntok == r->tok0);
}

/* Is r "of" + the state of chunk c's institution or group ("the Grand National Assembly of
 * Turkey", "the National Liberation Army of Colombia")? It adds nothing but its words. */
static int of_own_state(const tc_text *t, const chunk *c, const raw_match *r)
{
    const raw_match *b = c->base;
    if (!b || c->person || c->adj || r->e->kind != TC_KIND_COUNTRY) return 0;
    if ((b->e->kind != TC_KIND_GROUP && b->e->kind != TC_KIND_METONYM) || strlen(b->e->code) <= 3)
        return 0;
    return r->tok0 == c->tok_end + 1 && tc_actors_word_is(&t->toks[c->tok_end], "of") &&
           !strncmp(b->e->code, r->e->code, 3);
}

/* Titles that name a state's ruler with "of": "King Abdullah of Jordan". */
static const char *const ruler_titles[] = {"king",   "queen",  "emir",    "amir",      "sultan",
                                           "prince", "sheikh", "emperor", "president", "crown"};

/* Does chunk c (a title alone) reach state r over a name and "of": "King Abdullah of Jordan",
 * "President Ruto of Kenya"? The name may be unknown: one to three capitalised words. */
static int title_of(const tc_text *t, const chunk *c, const raw_match *r)
{
    if (c->nagents != 1 || c->base || c->adj || c->person || r->e->kind != TC_KIND_COUNTRY)
        return 0;
    const raw_match *a = c->agents[0];
    const tc_token *title = &t->toks[a->tok0];
    size_t k = 0;
    while (k < sizeof ruler_titles / sizeof *ruler_titles &&
           !tc_actors_word_is(title, ruler_titles[k]))
        k++;
    if (k == sizeof ruler_titles / sizeof *ruler_titles || !(title->flags & TC_TOK_CAP)) return 0;
    static const char *const inner[] = {"bin", "bint", "ibn", "al", "el",
                                        "de",  "van",  "von", "der"};
    uint32_t of = r->tok0 - 1;
    if (of > c->tok_end && tc_actors_word_is(&t->toks[of], "the")) of--; /* "of the Netherlands" */
    if (of < c->tok_end + 1 || of - c->tok_end > 6 || !tc_actors_word_is(&t->toks[of], "of"))
        return 0;
    /* the name: capitalised words, particles of names and hyphens glued inside ("Haitham bin
       Tarik", "Willem-Alexander"), a capitalised word first and last */
    for (uint32_t i = c->tok_end; i < of; i++) {
        const tc_token *w = &t->toks[i];
        int cap = (w->flags & (TC_TOK_CAP | TC_TOK_UPPER)) && (w->flags & TC_TOK_WORD);
        int edge = i == c->tok_end || i + 1 == of;
        if (cap) continue;
        if (edge) return 0;
        if (tc_actors_is_hyphen(w) && t->toks[i - 1].off + t->toks[i - 1].len == w->off &&
            w->off + w->len == t->toks[i + 1].off)
            continue;
        if (!tc_actors_in_words(w, inner, sizeof inner / sizeof *inner)) return 0;
    }
    return 1;
}

/* May raw match r extend chunk c? (gap = tokens between them) */
/* Is token i a possessive: "'s", or an apostrophe glued to a word ending in s ("Athens'
 * foreign ministry")? */
int tc_actors_possessive_mark(const tc_text *t, uint32_t i)
{
    const tc_token *g = &t->toks[i], *w = i ? &t->toks[i - 1] : NULL;
    if ((g->flags & TC_TOK_CLITIC) && tc_actors_word_is(g, "'s")) return 1;
    return w && (tc_actors_word_is(g, "'") || tc_actors_word_is(g, "\xe2\x80\x99")) &&
           w->off + w->len == g->off && w->nlen && w->norm[w->nlen - 1] == 's';
}

/* Are tokens [from, to) one to three words of an office's rank, capitalised ("Russian Deputy
 * Foreign Minister", "Chinese Executive Vice Foreign Minister") or not ("U.S. deputy assistant
 * secretary of state")? */
static int rank_words(const tc_text *t, uint32_t from, uint32_t to)
{
    static const char *const ranks[] = {"deputy",    "vice",    "acting", "executive", "senior",
                                        "assistant", "first",   "second", "chief",     "principal",
                                        "permanent", "special", "under",  "interim"};
    if (to <= from || to - from > 3) return 0;
    for (uint32_t k = from; k < to; k++)
        if (!tc_actors_in_words(&t->toks[k], ranks, sizeof ranks / sizeof *ranks)) return 0;
    return 1;
}

/* Is r the organisation a state's envoy is sent to, between the state and the envoy's noun:
 * "China's U.N. ambassador", "the U.S. deputy U.N. ambassador", "a British UN envoy", "Iran's
 * U.N. mission"? The envoy speaks for the state (its GOV); the organisation only says where it
 * sits (the dictionary's "U.N. ambassador" alone would be the UN's). Not "the U.N. envoy for
 * Syria" (no state before it) nor "Kenya's AU troops" (no envoy's noun after it). */
static int posting(const tc_text *t, const chunk *c, const raw_match *r)
{
    static const char *const envoys[] = {
        "ambassador",      "ambassadors", "envoy",     "envoys",     "representative",
        "representatives", "delegate",    "delegates", "delegation", "mission"};
    const raw_match *st = c->base ? c->base : c->adj;
    if (r->e->kind != TC_KIND_IGO || !st || c->person || c->nagents || c->group || c->owned ||
        (c->base && c->base->e->kind != TC_KIND_COUNTRY) || r->tok0 < c->tok_end)
        return 0;
    uint32_t from = c->tok_end, after = r->tok0 + r->ntok;
    if (from < r->tok0 && tc_actors_possessive_mark(t, from)) from++;
    if (from < r->tok0 && !rank_words(t, from, r->tok0)) return 0; /* "deputy", "permanent" */
    uint32_t end = after;
    while (end < t->ntoks && end < after + 2 &&
           tc_actors_in_words(
               &t->toks[end],
               (const char *const[]){"deputy", "acting", "permanent", "special", "chief"}, 5))
        end++;
    return end < t->ntoks &&
           tc_actors_in_words(&t->toks[end], envoys, sizeof envoys / sizeof *envoys);
}

/* Titles of office that take a portfolio with "of": "Minister of Foreign Affairs". */
static const char *const portfolio_titles[] = {"minister", "ministry", "secretary", "commander"};

/* Does chunk c (a minister's title alone) reach state r over its portfolio and "of": "Minister
 * of Foreign Affairs of Kenya", "Minister of Foreign Affairs and Expatriates of the Hashemite
 * Kingdom of Jordan", "Ministry of Interior of Iraq"? The portfolio: one to five capitalised
 * words and "and" between the two "of"s (dev18). */
static int portfolio_of(const tc_text *t, const chunk *c, const raw_match *r)
{
    if (c->nagents != 1 || c->base || c->adj || c->person || r->e->kind != TC_KIND_COUNTRY)
        return 0;
    const raw_match *a = c->agents[0];
    const tc_token *title = &t->toks[a->tok0 + a->ntok - 1];
    if (!(title->flags & TC_TOK_CAP) ||
        !tc_actors_in_words(title, portfolio_titles,
                            sizeof portfolio_titles / sizeof *portfolio_titles))
        return 0;
    uint32_t from = c->tok_end, of = r->tok0 - 1;
    if (of > from && tc_actors_word_is(&t->toks[of], "the")) of--; /* "of the Netherlands" */
    if (of < from + 2 || of - from > 6 || !tc_actors_word_is(&t->toks[from], "of") ||
        !tc_actors_word_is(&t->toks[of], "of"))
        return 0;
    for (uint32_t i = from + 1; i < of; i++) {
        const tc_token *w = &t->toks[i];
        int cap = (w->flags & TC_TOK_CAP) && (w->flags & TC_TOK_WORD);
        int inner = i > from + 1 && i + 1 < of && tc_actors_word_is(w, "and");
        if (!cap && !inner) return 0;
    }
    return 1;
}

static int joins(const tc_text *t, const chunk *c, const raw_match *r)
{
    uint32_t gap = r->tok0 - c->tok_end;
    tc_actor_kind k = r->e->kind;
    int has_state = c->base || c->adj || c->person;
    const tc_token *g = &t->toks[c->tok_end];
    int possessive = gap >= 1 && tc_actors_possessive_mark(t, c->tok_end) &&
                     (gap == 1 || tc_actors_modifiers_only(t, c->tok_end + 1, r->tok0));
    /* "Pashinyan's government", "the Obama administration" (his, out of office too), "King
     * Abdullah II of Jordan" */
    if (c->person)
        return (k == TC_KIND_AGENT && possessive && !c->person->country_only) ||
               (k == TC_KIND_AGENT && gap == 0 && !strcmp(r->e->code, "GOV")) ||
               (gap == 1 && tc_actors_word_is(g, "of") && k == TC_KIND_COUNTRY &&
                !strncmp(r->e->code, c->person->e->code, 3));
    /* "the Drug Enforcement Administration (DEA) officials": an acronym in brackets and the
     * agent after them */
    if (gap == 1 && k == TC_KIND_AGENT && tc_actors_word_is(g, ")") && c->tok0 > 0 &&
        tc_actors_word_is(&t->toks[c->tok0 - 1], "(") && (c->base || c->adj))
        return 1;
    if ((gap == 0 || possessive) && owned_by(c, r)) return 1;
    if (of_own_state(t, c, r)) return 1;
    if (title_of(t, c, r)) return 1;
    if (portfolio_of(t, c, r)) return 1;
    if (gap == 0) {
        /* "Armenian Christians", "Christian Armenians": a state qualified by a group. */
        int base_is_group = c->base && c->base->e->kind == TC_KIND_ETHNIC;
        if (k == TC_KIND_ETHNIC && has_state && !c->group && !c->nagents) return 1;
        if (k == TC_KIND_COUNTRY && base_is_group && !c->adj && !c->group && !c->nagents) return 1;
        return k == TC_KIND_AGENT || k == TC_KIND_PERSON || (!has_state && is_base(k));
    }
    if (possessive) return has_state && (k == TC_KIND_AGENT || k == TC_KIND_PERSON);
    if (has_state && !c->person && k == TC_KIND_AGENT && rank_words(t, c->tok_end, r->tok0))
        return 1; /* "Russian Deputy Foreign Minister" */
    if (!c->nagents || has_state || !is_base(k)) return 0;
    if (!tc_actors_word_is(g, "in") && !tc_actors_word_is(g, "of") && !tc_actors_word_is(g, "from"))
        return 0;
    /* "lawmakers from the right-wing populist Alternative for Germany": a group after a few
     * plain modifiers */
    if (gap > 2)
        return k == TC_KIND_GROUP && !tc_actors_word_is(g, "in") &&
               tc_actors_word_is(g + 1, "the") &&
               tc_actors_modifiers_only(t, c->tok_end + 2, r->tok0);
    /* "its troops in Syria" are not Syria's: the possessive names the owner. */
    if (c->tok0 > 0) {
        const tc_token *p = &t->toks[c->tok0 - 1];
        if (tc_actors_word_is(p, "its") || tc_actors_word_is(p, "their") ||
            tc_actors_word_is(p, "his") || tc_actors_word_is(p, "her") ||
            tc_actors_word_is(p, "our"))
            return 0;
    }
    return gap == 1 || tc_actors_word_is(g + 1, "the");
}

static void add_to_chunk(chunk *c, const raw_match *r)
{
    switch (r->e->kind) {
    case TC_KIND_AGENT:
        if (c->nagents == 1 && c->agents[0]->generic && !r->generic) c->nagents = 0;
        if (c->nagents < MAX_AGENTS) c->agents[c->nagents++] = r;
        break;
    case TC_KIND_PERSON:
        c->person = r;
        break;
    case TC_KIND_ADJ:
        c->adj = r;
        break;
    case TC_KIND_ETHNIC:
        if (c->base || c->adj)
            c->group = r;
        else
            c->base = r;
        break;
    default:
        if (owned_by(c, r)) {
            c->owned = r;
        } else if (c->person) {
            /* "of Jordan" after the king's name: the person decides */
        } else if (c->base && c->base->e->kind == TC_KIND_ETHNIC) {
            c->group = c->base;
            c->base = r;
        } else if (!c->base) {
            c->base = r;
        }
    }
    c->tok_end = r->tok0 + r->ntok;
    c->next = r->next;
}

/* Does code hold the 3-letter block b at a block boundary? */
static int has_block(const char *code, const char *b)
{
    for (size_t i = 0; code[i] && code[i + 1] && code[i + 2]; i += 3)
        if (!strncmp(code + i, b, 3)) return 1;
    return 0;
}

/* Adds the blocks of agent code a to code (in front when prefix), skipping those it has. */
static void add_blocks(char *code, size_t cap, const char *a, int prefix)
{
    char add[32] = "";
    for (size_t i = 0; a[i]; i += 3) {
        char b[4];
        snprintf(b, sizeof b, "%.3s", a + i);
        if (!has_block(code, b) && strlen(add) + strlen(b) < sizeof add) strcat(add, b);
        if (strlen(a + i) < 3) break;
    }
    char out[64];
    snprintf(out, sizeof out, prefix ? "%s%s" : "%2$s%1$s", add, code);
    size_t n = strlen(out) < cap ? strlen(out) : cap - 1;
    memcpy(code, out, n);
    code[n] = 0;
}

/* PETRARCH's combination: prefix agents, the actor's code, suffix agents, no block twice. */
static void combine_actor(const chunk *c, const entry *e, char *code, size_t cap)
{
    snprintf(code, cap, "%s", e->code);
    for (int i = 0; i < c->nagents; i++)
        add_blocks(code, cap, c->agents[i]->e->code, c->agents[i]->e->prefix);
}

/* Code of a state-like entry e (country, adjective, metonym, region) with the chunk's group
 * and agent: "ARM" + "CHR" + "GOV". A metonym or region carries its own role ("Pentagon" =
 * USAMIL): a named agent replaces it, except a plain GOV ("Pentagon officials" = USAMIL). */
static void national_code(const chunk *c, const entry *e, char *code, size_t cap)
{
    const char *agent = c->nagents ? c->agents[0]->e->code : NULL;
    const char *group = c->group ? c->group->e->code : "";
    const char *own = strlen(e->code) > 3 ? e->code + 3 : "";
    if (!agent || (*own && !strcmp(agent, "GOV"))) agent = own;
    snprintf(code, cap, "%.3s%.14s%.12s", e->code, group, agent);
}

/* The code of a finished chunk; returns 0 when the chunk is no actor (a lone adjective). */
/* Is the lone adjective of chunk c its people's noun: "the" before it, one word ending as
 * the nationalities English uses as plural nouns do ("British", "French", "Dutch", "Swiss",
 * "Japanese"), and no noun after it ("the British rejected", "the French and", not "the
 * British public", "the British Museum")? */
static int adjective_people(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                            const chunk *c)
{
    static const char *const endings[] = {"ish", "ese", "ch", "ss"};
    uint32_t end = s->tok0 + s->ntok, len;
    const char *why;
    const tc_token *w = &t->toks[c->tok0];
    if (c->tok_end != c->tok0 + 1 || c->tok0 == s->tok0 ||
        !tc_actors_word_is(&t->toks[c->tok0 - 1], "the"))
        return 0;
    int ends = 0;
    for (size_t k = 0; k < sizeof endings / sizeof *endings && !ends; k++) {
        size_t el = strlen(endings[k]);
        ends = w->nlen > el && !memcmp(w->norm + w->nlen - el, endings[k], el);
    }
    if (!ends) return 0;
    if (c->tok_end >= end) return 1;
    const tc_token *x = &t->toks[c->tok_end];
    if (x->flags & (TC_TOK_CAP | TC_TOK_UPPER)) return 0;
    if (x->flags & TC_TOK_PUNCT) return !tc_actors_is_hyphen(x);
    return tc_nouns_head(d->nouns, t, c->tok_end, end, TC_NOUNS_SUBJECT, &len, &why) ==
           TC_NOUN_NONE;
}

/* Does the text give the person of chunk c, entry p, a government office right before the
 * name ("Prime Minister Imran Khan", "President X") that the entry's code on the date does
 * not hold (PAKOPP)? Not "former", "ex-", "late" or "then" before it. */
static int titled(const tc_actors *d, const tc_text *t, const chunk *c, const entry *p)
{
    if (!c->nagents) return 0;
    const raw_match *a = c->agents[0];
    if (a->tok0 + a->ntok > c->person->tok0 || strcmp(a->e->code, "GOV") != 0 ||
        !tc_map_get(d->states, p->code, 3) || strlen(p->code) < 6 ||
        !strncmp(p->code + 3, "GOV", 3))
        return 0;
    /* offices of government, not "leader" (of a party: "Labour leader Keir Starmer") */
    static const char *const offices[] = {"president", "minister", "premier", "chancellor",
                                          "king",      "queen",    "emir",    "sultan"};
    const tc_token *last = &t->toks[a->tok0 + a->ntok - 1];
    int office = 0;
    for (size_t k = 0; k < sizeof offices / sizeof *offices; k++)
        office |= tc_actors_word_is(last, offices[k]);
    if (!office) return 0;
    static const char *const before[] = {"former",  "ex",     "late",   "then",   "outgoing",
                                         "deposed", "ousted", "exiled", "jailed", "imprisoned"};
    for (uint32_t i = c->tok0 > 2 ? c->tok0 - 2 : 0; i < c->person->tok0; i++)
        for (size_t k = 0; k < sizeof before / sizeof *before; k++)
            if (tc_actors_word_is(&t->toks[i], before[k])) return 0;
    return 1;
}

/* Is entry e of chunk c a state's party (XXXPTY) followed by a legislator's noun ("Tory MP",
 * "Republican senators")? A member of parliament acts in the legislature, whatever the
 * party; its leader or spokesman stays the party's. */
static int party_legislator(const tc_actors *d, const chunk *c, const entry *e)
{
    return e->kind == TC_KIND_GROUP && strlen(e->code) == 6 && !strcmp(e->code + 3, "PTY") &&
           tc_map_get(d->states, e->code, 3) && c->nagents &&
           !strcmp(c->agents[c->nagents - 1]->e->code, "LEG");
}

/* The rule of a state's envoy to an organisation (posting()): its state is its own, never the
 * topic of its office ("X, China's U.N. ambassador," is China's, where "X, a North Korea envoy,"
 * may be another state's envoy for North Korea). */
const char tc_actors_rule_posted[] =
    "a state + its envoy to an organisation (\"China's U.N. ambassador\")";

/* The mention of chunk c's person: its state and the agent after the possessive, its state
 * and the office the text gives it, or its own code (its role on the date). Returns 0 for a
 * person outside every role with no state to fall back on (a former UN head). */
static int resolve_person(const tc_actors *d, const tc_text *t, const chunk *c, tc_mention *m)
{
    const entry *p = c->person->e;
    const raw_match *after = c->nagents ? c->agents[c->nagents - 1] : NULL;
    m->entry = (int32_t)(p - d->entries);
    if (after && after->tok0 > c->person->tok0 && tc_map_get(d->states, p->code, 3)) {
        /* "Putin's spokesman" = RUS + GOV; "Guterres's spokesman" stays IGOUNO */
        snprintf(m->code, sizeof m->code, "%.3s%.28s", p->code, after->e->code);
        m->rule = "a person's state + the agent after the possessive";
    } else if (titled(d, t, c, p)) {
        /* "Pakistan Prime Minister Imran Khan" in text of no date, or of a date when the
           dictionary has him in opposition: the title the text gives him now */
        snprintf(m->code, sizeof m->code, "%.3s%.28s", p->code, c->agents[0]->e->code);
        m->rule = "a person's state + the office the text gives before the name";
    } else if (c->person->country_only && !tc_map_get(d->states, p->code, 3)) {
        return 0;
    } else {
        snprintf(m->code, sizeof m->code, "%.*s", c->person->country_only ? 3 : 31, p->code);
        m->rule = c->person->country_only ? "a person outside every dated role: the state"
                  : p->from || p->to      ? "a person's role on the date"
                                          : "a person's code";
    }
    m->name = p->name;
    m->kind = TC_KIND_PERSON;
    return 1;
}

/* The mention of chunk c, a state (entry e) and an institution or group it owns (c->owned):
 * "Sudan's RSF" keeps the group's code, a nationality before another state's institution
 * makes it that nationality's. */
static void resolve_owned(const tc_actors *d, const chunk *c, const entry *e, tc_mention *m)
{
    const entry *o = c->owned->e;
    m->entry = (int32_t)(o - d->entries);
    m->name = o->name;
    m->kind = o->kind;
    if (!strncmp(o->code, e->code, 3)) {
        snprintf(m->code, sizeof m->code, "%s", o->code);
        m->rule = "a state's own institution or group named after it (\"Sudan's RSF\")";
    } else {
        snprintf(m->code, sizeof m->code, "%.3s%.28s", e->code, o->code + 3);
        m->rule = "a nationality + another state's institution: that nationality's";
    }
}

/* A nationality (c->adj) that stands for its state: its people's noun ("the British rejected
 * it"), a coalition it leads ("the Saudi-led coalition") or a place's noun. Returns whether
 * it made m so. */
static int resolve_nationality(const tc_actors *d, const tc_text *t, const chunk *c, tc_mention *m)
{
    int leads = !c->nagents && !c->group && c->adj->ntok >= 3 &&
                tc_actors_word_is(&t->toks[c->adj->tok0 + c->adj->ntok - 1], "led");
    if (!c->people && !leads && !c->place) return 0;
    snprintf(m->code, sizeof m->code, "%.3s", c->adj->e->code);
    const char *canon = tc_map_get(d->states, c->adj->e->code, 3);
    m->entry = (int32_t)(c->adj->e - d->entries);
    m->name = canon ? canon : c->adj->e->name;
    m->kind = TC_KIND_COUNTRY;
    m->rule = leads      ? "a nationality leading a coalition ('the Saudi-led coalition')"
              : c->place ? "a nationality + a place's noun (WordNet's noun.location): the state"
                         : "a nationality used as its people's noun ('the British')";
    return 1;
}

/* The code and rule of chunk c whose state is entry e, a state, nationality, metonym or a
 * region coded as a plain state, with its agents. */
static void resolve_national(const chunk *c, const entry *e, tc_mention *m)
{
    national_code(c, e, m->code, sizeof m->code);
    m->rule = c->nagents                   ? (e->kind == TC_KIND_METONYM && strlen(e->code) > 3
                                                  ? "a metonym's role, or the agent that replaces it"
                                                  : "state + agent")
              : e->kind == TC_KIND_METONYM ? "a metonym's own role"
                                           : "the state";
    if (c->title_of) m->rule = "a title, a name and 'of' the state (\"King X of Y\")";
    if (c->shared)
        m->rule = "an agent coordinated with a state's agent of its side shares its state "
                  "(\"Russian helicopters and tanks\")";
    if (c->posted) { /* an envoy, a delegation or a mission: the state's government */
        snprintf(m->code, sizeof m->code, "%.3sGOV", e->code);
        m->rule = tc_actors_rule_posted;
    }
    if (c->noun)
        m->rule = !strcmp(c->agents[0]->e->code, "MIL")
                      ? "state + a weapon, military vehicle or unit, act of force or base"
                  : !strcmp(c->agents[0]->e->code, "BUS")
                      ? "state's adjective + a vehicle of trade (trucks, cargo ships)"
                      : "state + a person noun (WordNet's noun.person)";
}

/* The mention of chunk c whose state or group is entry e, with its agents. */
static void resolve_entry(const tc_actors *d, const chunk *c, const entry *e, tc_mention *m)
{
    int national =
        e->kind == TC_KIND_COUNTRY || e->kind == TC_KIND_ADJ || e->kind == TC_KIND_METONYM;
    /* A region coded as a plain state takes the agent ("Gaza's health ministry" = PSEGOV);
     * one with a role of its own (AZESEP) keeps it. */
    int bare_region = e->kind == TC_KIND_REGION && strlen(e->code) == 3;
    m->entry = (int32_t)(e - d->entries);
    if (national || bare_region) {
        resolve_national(c, e, m);
    } else if (e->kind == TC_KIND_ACTOR) {
        combine_actor(c, e, m->code, sizeof m->code);
        m->rule = "an actor of another format + its agents";
    } else if (e->kind == TC_KIND_ETHNIC && c->nagents) { /* "Kurdish forces" */
        snprintf(m->code, sizeof m->code, "%.28s%.3s", e->code, c->agents[0]->e->code);
        m->rule = "an ethnic or religious group + agent";
    } else if (party_legislator(d, c, e)) { /* "Tory MP X", "AfD lawmakers" */
        snprintf(m->code, sizeof m->code, "%.3sLEG", e->code);
        m->rule = "a state's party + a legislator's noun: the state's legislature";
    } else {
        snprintf(m->code, sizeof m->code, "%s", e->code);
        m->rule = "an organisation's or group's own code";
    }
    /* A state is shown by its common name ("Russia"), whatever name the text used. */
    const char *state_name = e->kind == TC_KIND_COUNTRY || e->kind == TC_KIND_ADJ
                                 ? tc_map_get(d->states, e->code, 3)
                                 : NULL;
    m->name = state_name ? state_name : e->name;
    m->kind = e->kind == TC_KIND_ADJ ? TC_KIND_COUNTRY : e->kind;
    if (party_legislator(d, c, e)) m->kind = TC_KIND_COUNTRY; /* the state's, as its agents */
}

/* The actor chunk c stands for, into m; 0 when it stands for none. */
static int resolve(const tc_actors *d, const tc_text *t, const chunk *c, tc_mention *m)
{
    m->rule = "";
    m->entry = -1;
    m->flags = 0;
    const raw_match *state = c->base ? c->base : c->adj;
    m->tok0 = c->tok0;
    m->ntok = c->tok_end - c->tok0;
    if (c->person) return resolve_person(d, t, c, m);
    if (!state) {
        if (!c->nagents) return 0;
        snprintf(m->code, sizeof m->code, "---%.28s", c->agents[0]->e->code);
        m->name = c->agents[0]->e->name;
        m->kind = TC_KIND_AGENT;
        m->entry = (int32_t)(c->agents[0]->e - d->entries);
        m->rule = "an agent with no state";
        return 1;
    }
    if (c->owned) {
        resolve_owned(d, c, state->e, m);
        return 1;
    }
    if (state == c->adj && resolve_nationality(d, t, c, m)) return 1;
    if (state == c->adj && !c->nagents && !c->group)
        return 0; /* "Armenian genocide": an adjective alone is no actor */
    resolve_entry(d, c, state->e, m);
    return 1;
}

/* Are tokens [from, to) a coordination: "and", "or", ",", ", and", "and the" ("Japanese and
 * the Australian armies")? */
int tc_actors_coordinated(const tc_text *t, uint32_t from, uint32_t to)
{
    if (to <= from || to - from > 2) return 0;
    for (uint32_t k = from; k < to; k++)
        if (!tc_actors_word_is(&t->toks[k], "and") && !tc_actors_word_is(&t->toks[k], "or") &&
            !tc_actors_word_is(&t->toks[k], ",") &&
            !(k > from && k + 1 == to && tc_actors_word_is(&t->toks[k], "the") &&
              tc_actors_word_is(&t->toks[k - 1], "and")))
            return 0;
    return 1;
}

/* Words of a role that say what a person knows of a country, not that they are of it: "a North
 * Korean expert", "the Japan chair at the Hudson Institute". */
const char *const tc_actors_topics[] = {"expert",        "experts",   "analyst",   "analysts",
                                        "specialist",    "scholar",   "watcher",   "observer",
                                        "researcher",    "historian", "hand",      "chair",
                                        "correspondent", "envoy",     "ambassador"};

/* "I appeal to my Chinese colleague", "his Russian colleague": one colleague of a state,
 * owned by a possessive pronoun right before the state's adjective, is the speaker's or the
 * actor's opposite number, an official of that state (as "counterpart", an agent GOV in
 * data/actors.txt); not "colleagues" (bystanders), nor "a Chinese colleague" with no owner,
 * nor "the Kenyan doctor's colleague". */
static int opposite_number(const tc_text *t, const chunk *c, const raw_match *st, tc_actor_kind k,
                           uint32_t n)
{
    static const char *const owners[] = {"my", "his", "her", "our", "their", "your"};
    if (k != TC_KIND_ADJ || n != 1 || st->tok0 == 0 ||
        !tc_actors_word_is(&t->toks[c->tok_end], "colleague"))
        return 0;
    return tc_actors_in_words(&t->toks[st->tok0 - 1], owners, sizeof owners / sizeof *owners);
}

/* "Israeli towns", "Pakistani airspace", "a Palestinian state": a nationality and a place's
 * noun are the state, where force or recognition is aimed; not an area an ethnic reading may
 * name, "an Armenian enclave", "the Kurdish region", nor many states, "Central African states".
 * Is the place noun ending at token `last` such an area? */
static int ethnic_area(const tc_token *last)
{
    static const char *const areas[] = {"enclave",
                                        "enclaves",
                                        "exclave",
                                        "region",
                                        "regions",
                                        "area",
                                        "areas",
                                        "district",
                                        "districts",
                                        "province",
                                        "provinces",
                                        "zone",
                                        "zones",
                                        "quarter",
                                        "quarters",
                                        "neighbourhood",
                                        "neighborhood",
                                        "neighbourhoods",
                                        "neighborhoods",
                                        "homeland",
                                        "homelands",
                                        "heartland",
                                        "lands",
                                        "states",
                                        "nations",
                                        "countries",
                                        "community",
                                        "communities",
                                        NULL};
    return tc_actors_in_words(last, areas, sizeof areas / sizeof *areas - 1);
}

/* A common noun of trade after a state: "an Iranian tanker"; "an Iranian-flagged vessel": a flag
 * makes any ship one of trade. Is the noun of sort `sort` (n tokens from c's end) one? */
static int trade_noun(const tc_text *t, const chunk *c, tc_actor_kind k, tc_noun_sort sort,
                      uint32_t n)
{
    int flag = tc_actors_word_is(&t->toks[c->tok_end - 1], "flagged");
    return sort == TC_NOUN_OTHER && (k == TC_KIND_ADJ || flag) &&
           (tc_actors_trade_vehicle(t, c->tok_end, n) ||
            (flag &&
             tc_actors_in_words(&t->toks[c->tok_end + n - 1], tc_actors_trade_ships,
                                sizeof tc_actors_trade_ships / sizeof *tc_actors_trade_ships)));
}

/* After a state's name, one word only: "US bombers", not "the United States sent weapons" (an
 * irregular past WordNet has as a noun, "sent", before the head). Are the n tokens from `from`
 * more than one lower-case word? */
static int several_words(const tc_text *t, uint32_t from, uint32_t n)
{
    uint32_t words = 0;
    for (uint32_t i = from; i < from + n; i++)
        words += (t->toks[i].flags & TC_TOK_WORD) && !(t->toks[i].flags & TC_TOK_UPPER);
    return words > 1;
}

/* A generic actor: a state, its adjective or capital with no agent yet, then common nouns
 * whose head is a weapon, a military vehicle or unit, or a person: "Israeli helicopters" =
 * ISR + MIL, "Sudanese villagers" = SDN + CVL (not a group: noun.group holds "public" and
 * "economy", "community" and "business" alike). The nouns end
 * before limit (the next match). Extends c with the noun's agent (in arena a); 1 if it did. */
static int noun_agent(const tc_actors *d, const tc_text *t, chunk *c, uint32_t limit, tc_arena *a)
{
    const raw_match *st = c->base ? c->base : c->adj;
    if (!d->nouns || !st || c->person || c->owned || c->nagents) return 0;
    tc_actor_kind k = st->e->kind;
    if ((k != TC_KIND_COUNTRY && k != TC_KIND_ADJ && k != TC_KIND_METONYM) || st->e->people)
        return 0; /* "took 200 Israelis hostage" */
    uint32_t n;
    const char *why;
    if (c->next < limit) limit = c->next; /* "a United States military plane": a discard */
    tc_noun_sort sort =
        tc_nouns_head(d->nouns, t, c->tok_end, limit,
                      k == TC_KIND_ADJ ? TC_NOUNS_MODIFIER : TC_NOUNS_SUBJECT, &n, &why);
    int mil = sort == TC_NOUN_MILITARY;
    int trade = trade_noun(t, c, k, sort, n);
    /* "Israeli towns": a nationality and a place's noun are the state */
    if (sort == TC_NOUN_PLACE && k == TC_KIND_ADJ) {
        if (ethnic_area(&t->toks[c->tok_end + n - 1])) return 0;
        c->tok_end += n;
        c->place = 1;
        return 1;
    }
    if (!mil && !trade && sort != TC_NOUN_PERSON) return 0;
    /* "a senior Iran analyst", "a China expert": a state's name before such a noun is what the
     * person studies (its adjective may be their nationality: "a North Korean expert") */
    if (!mil && k != TC_KIND_ADJ &&
        tc_actors_in_words(&t->toks[c->tok_end + n - 1], tc_actors_topics,
                           sizeof tc_actors_topics / sizeof *tc_actors_topics))
        return 0;
    if (k != TC_KIND_ADJ && several_words(t, c->tok_end, n)) return 0;
    raw_match *r = tc_arena_alloc(a, sizeof *r);
    *r = (raw_match){c->tok_end,
                     n,
                     &d->entries[d->noun_agent[mil                               ? 0
                                               : trade                           ? 2
                                               : opposite_number(t, c, st, k, n) ? 3
                                                                                 : 1]],
                     0,
                     0,
                     c->next,
                     0};
    add_to_chunk(c, r);
    c->noun = 1;
    return 1;
}

/* "Ghanaian cocoa farmers", "Russian gas companies": common nouns between a nationality with
 * no agent and an agent that starts at `agent` join them (c then ends where the agent starts). */
static void bridge_nouns(const tc_actors *d, const tc_text *t, chunk *c, uint32_t agent)
{
    const raw_match *st = c->base ? c->base : c->adj;
    if (!d->nouns || !st || c->person || c->owned || c->nagents || agent <= c->tok_end) return;
    tc_actor_kind k = st->e->kind;
    if (k != TC_KIND_ADJ || c->base) return; /* "France sent peacekeepers": a verb between */
    uint32_t n;
    const char *why;
    tc_nouns_head(d->nouns, t, c->tok_end, agent, TC_NOUNS_MODIFIER, &n, &why);
    if (n && c->tok_end + n == agent) /* nouns, or a designator: "Israeli F-35 jets" */
        c->tok_end = agent;
}

/* Do agents of codes a and b stand on one side, so that "and" between them shares a state
 * ("Russian helicopters and tanks", "Israeli soldiers and police", "Palestinian women and
 * children"): the same sector, or both the state's forces (MIL, COP, SPY)? Not troops and
 * civilians, nor troops and rebels. */
static int one_side(const char *a, const char *b)
{
    static const char *const forces[] = {"MIL", "COP", "SPY"};
    if (!strcmp(a, b)) return 1;
    int fa = 0, fb = 0;
    for (size_t k = 0; k < sizeof forces / sizeof *forces; k++) {
        fa |= !strcmp(a, forces[k]);
        fb |= !strcmp(b, forces[k]);
    }
    return fa && fb;
}

/* The state (a country's name or adjective) and agent of chunk c, resolved, that an agent with
 * no state coordinated right after it shares ("Russian helicopters and tanks" = RUSMIL twice);
 * NULL when there is none. */
static const raw_match *shared_state(const tc_text *t, const chunk *c, const raw_match *next)
{
    const raw_match *st = c->base ? c->base : c->adj;
    if (!st || !next || c->person || c->owned || c->group || c->people || c->place ||
        c->nagents != 1 || next->e->kind != TC_KIND_AGENT)
        return NULL;
    if (st->e->kind != TC_KIND_COUNTRY && st->e->kind != TC_KIND_ADJ) return NULL;
    uint32_t gap = next->tok0 - c->tok_end;
    /* "and", "or", ", and": not a comma alone ("Israeli troops, police said") */
    if (gap < 1 || gap > 2 || !tc_actors_coordinated(t, c->tok_end, next->tok0) ||
        tc_actors_word_is(&t->toks[next->tok0 - 1], ","))
        return NULL;
    return one_side(c->agents[0]->e->code, next->e->code) ? st : NULL;
}

/* "the Chinese side", "the Japanese side" (session of 2026-12-07, the eleventh): in diplomatic
 * news a nationality's side is its government, so "side" is an agent (data/actors.txt); but
 * only right after a state's adjective or name (raw[i - 1] ends where it starts) and not
 * before "of the border / river / line ..." ("on the Turkish side of the border" is a place,
 * the state's as before; "accused the Russian side of" is the government's); "the
 * other side", "both sides" name no state: they are no agent). Is raw[i] such a loose "side"? */
static int loose_side(const tc_text *t, const tc_sentence *s, const raw_match *raw, size_t i)
{
    const raw_match *r = &raw[i];
    /* "the European side" (side17): the Union's side in talks (data/actors.txt); "the European
     * side of the Bosphorus, of the Atlantic" is a place: any "of" after it ends the actor */
    if (r->e->kind == TC_KIND_IGO && r->ntok == 2 &&
        (tc_actors_word_is(&t->toks[r->tok0 + 1], "side") ||
         tc_actors_word_is(&t->toks[r->tok0 + 1], "sides")))
        return r->tok0 + 2 < s->tok0 + s->ntok && tc_actors_word_is(&t->toks[r->tok0 + 2], "of");
    if (r->e->kind != TC_KIND_AGENT || r->ntok != 1 ||
        (!tc_actors_word_is(&t->toks[r->tok0], "side") &&
         !tc_actors_word_is(&t->toks[r->tok0], "sides")))
        return 0;
    static const char *const lines[] = {"border", "frontier", "boundary", "river",  "line",
                                        "fence",  "wall",     "crossing", "strait", "divide"};
    uint32_t after = r->tok0 + 1, end = s->tok0 + s->ntok;
    if (after + 2 < end && tc_actors_word_is(&t->toks[after], "of") &&
        tc_actors_word_is(&t->toks[after + 1], "the"))
        for (size_t k = 0; k < sizeof lines / sizeof *lines; k++)
            if (tc_actors_word_is(&t->toks[after + 2], lines[k])) return 1;
    if (i == 0 || raw[i - 1].hidden || raw[i - 1].tok0 + raw[i - 1].ntok != r->tok0) return 1;
    return raw[i - 1].e->kind != TC_KIND_ADJ && raw[i - 1].e->kind != TC_KIND_COUNTRY;
}

/* "French representatives", "Mexico's representative" (names18): a state's representative is
 * its government's delegate, so "representative" is an agent (data/actors.txt); but only
 * right after a state's (or an organisation of states') adjective or name, its possessive
 * between: "a special representative for Sudan", "union representatives" name no state's
 * agent. Is raw[i] such a loose "representative"? */
static int loose_representative(const tc_text *t, const raw_match *raw, size_t i)
{
    const raw_match *r = &raw[i];
    if (r->e->kind != TC_KIND_AGENT || r->ntok != 1 ||
        (!tc_actors_word_is(&t->toks[r->tok0], "representative") &&
         !tc_actors_word_is(&t->toks[r->tok0], "representatives")))
        return 0;
    if (i == 0 || raw[i - 1].hidden) return 1;
    uint32_t end = raw[i - 1].tok0 + raw[i - 1].ntok;
    if (end + 1 == r->tok0 && tc_actors_word_is(&t->toks[end], "'s")) end++;
    tc_actor_kind k = raw[i - 1].e->kind;
    return end != r->tok0 || (k != TC_KIND_ADJ && k != TC_KIND_COUNTRY && k != TC_KIND_IGO);
}

/* "drew opposition from China", "voiced opposition to the plan", "opposition against the
 * deal": the bare word "opposition" right before "from", "to" or "against" is a reaction, no
 * party: no agent (so "from China" is China's; demands16). Is raw[i] such an opposition? */
static int reaction_opposition(const tc_text *t, const tc_sentence *s, const raw_match *r)
{
    uint32_t after = r->tok0 + 1;
    if (r->e->kind != TC_KIND_AGENT || r->ntok != 1 || after >= s->tok0 + s->ntok ||
        !tc_actors_word_is(&t->toks[r->tok0], "opposition"))
        return 0;
    /* ("the opposition from the south", "Kenya's opposition to the vote": the party) */
    if (r->tok0 > s->tok0) {
        const tc_token *p = &t->toks[r->tok0 - 1];
        if (tc_actors_word_is(p, "the") || tc_actors_word_is(p, "'s") ||
            tc_actors_word_is(p, "its") || tc_actors_word_is(p, "their") ||
            tc_actors_word_is(p, "his") || tc_actors_word_is(p, "her"))
            return 0;
    }
    const tc_token *n = &t->toks[after];
    return tc_actors_word_is(n, "from") || tc_actors_word_is(n, "to") ||
           tc_actors_word_is(n, "against");
}

/* The sentence's matches an actor may start from, in arena a (*raw): hidden capitals, loose
 * representatives and sides, and reactions dropped; *seen marks the names an unknown actor may
 * take (with TC_SCAN_UNKNOWN, else NULL). Returns their number. */
static size_t kept_matches(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                           const char *date, unsigned flags, tc_arena *a, raw_match **out,
                           uint8_t **seen)
{
    raw_match *raw = tc_arena_alloc(a, s->ntok * sizeof *raw);
    size_t nraw = tc_actors_raw_scan(d, t, s, tc_actors_date_key(date), 1, raw), kept = 0;
    tc_actors_hide_named_capitals(d, t, s, raw, nraw);
    tc_actors_state_org_names(d, t, s, raw, nraw);
    /* (before the people of no state, which a loose "representatives" may be: "union
       representatives"; and the marks of names: "X, the special representative for Sudan"
       holds no office a name takes) */
    for (size_t i = 0; i < nraw; i++)
        if (!loose_representative(t, raw, i)) raw[kept++] = raw[i];
    nraw = kept;
    kept = 0;
    nraw = tc_actors_people_matches(d, t, s, raw, nraw, a, &raw);
    *seen = flags & TC_SCAN_UNKNOWN ? tc_actors_name_marks(t, s, raw, nraw, a) : NULL;
    for (size_t i = 0; i < nraw; i++)
        if (!raw[i].hidden && !loose_side(t, s, raw, i) && !reaction_opposition(t, s, &raw[i]))
            raw[kept++] = raw[i];
    *out = raw;
    return kept;
}

/* The chunks of one scan on their way to mentions. */
typedef struct {
    chunk lone[4]; /* adjectives waiting for the agent of the last one: "French, German and" */
    size_t nlone;
    const raw_match *carry; /* the state an agent at carry_at shares: "and tanks" */
    uint32_t carry_at;
    tc_mention *m; /* the mentions so far */
    size_t nm;
} pending;

/* Resolves chunk c (next: the match after it, or NULL) into p's mentions, with the lone
 * adjectives that share its agents. */
static void emit_chunk(const tc_actors *d, const tc_text *t, chunk *c, const raw_match *next,
                       pending *p)
{
    tc_mention me;
    /* "Russian helicopters and tanks": the state of the agent before */
    if (p->carry && c->tok0 == p->carry_at && !c->base && !c->adj && !c->person && !c->group &&
        !c->owned && c->nagents == 1) {
        if (p->carry->e->kind == TC_KIND_ADJ)
            c->adj = p->carry;
        else
            c->base = p->carry;
        c->shared = 1;
    }
    p->carry = NULL;
    if (resolve(d, t, c, &me)) {
        if (next && tc_actors_is_state(d, me.code) && strlen(me.code) == 6 &&
            (p->carry = shared_state(t, c, next)) != NULL)
            p->carry_at = next->tok0;
        /* "Armenian and Azerbaijani troops": the adjectives share the agents; so
           do an adjective and an organisation's ("British and EU negotiators") */
        int org = c->base && !c->adj &&
                  (c->base->e->kind == TC_KIND_IGO || c->base->e->kind == TC_KIND_NGO);
        for (size_t k = 0;
             ((c->adj && !c->base) || org) && !c->person && c->nagents && k < p->nlone; k++) {
            memcpy(p->lone[k].agents, c->agents, sizeof c->agents);
            p->lone[k].nagents = c->nagents;
            p->nm += resolve(d, t, &p->lone[k], &p->m[p->nm]);
        }
        p->m[p->nm++] = me;
    }
    p->nlone = 0;
}

/* Ends chunk c (next: the match after it, or NULL at the sentence's end): a lone adjective in
 * a coordination waits for the agent; any other chunk goes to p's mentions. */
static void close_chunk(const tc_actors *d, const tc_text *t, const tc_sentence *s, chunk *c,
                        const raw_match *next, tc_arena *a, pending *p)
{
    noun_agent(d, t, c, next ? next->tok0 : s->tok0 + s->ntok, a);
    int lone_adj = c->adj && !c->base && !c->person && !c->nagents && !c->group && !c->owned;
    c->people = lone_adj && adjective_people(d, t, s, c);
    if (lone_adj && !c->people && next && p->nlone < 4 &&
        tc_actors_coordinated(t, c->tok_end, next->tok0))
        p->lone[p->nlone++] = *c;
    else
        emit_chunk(d, t, c, next, p);
}

size_t tc_actors_scan_ex(const tc_actors *d, const tc_text *t, uint32_t sent, const char *date,
                         unsigned flags, tc_arena *a, tc_mention **out)
{
    const tc_sentence *s = &t->sents[sent];
    *out = NULL;
    if (s->ntok == 0) return 0;
    raw_match *raw;
    uint8_t *seen;
    size_t nraw = kept_matches(d, t, s, date, flags, a, &raw, &seen);
    if (nraw == 0 && !seen) return 0;
    pending p = {.m = tc_arena_alloc(a, (nraw ? nraw : 1) * sizeof *p.m)};
    chunk c = {0};
    for (size_t i = 0; i <= nraw; i++) {
        if (i < nraw && c.tok_end && raw[i].e->kind == TC_KIND_AGENT)
            bridge_nouns(d, t, &c, raw[i].tok0);
        if (i < nraw && c.tok_end && posting(t, &c, &raw[i])) {
            c.tok_end = raw[i].tok0 + raw[i].ntok; /* its words are the envoy's phrase */
            c.posted = 1;
            c.next = raw[i].next;
            continue;
        }
        if (i < nraw && c.tok_end && joins(t, &c, &raw[i])) {
            c.title_of |= title_of(t, &c, &raw[i]);
            add_to_chunk(&c, &raw[i]);
            continue;
        }
        if (c.tok_end) close_chunk(d, t, s, &c, i < nraw ? &raw[i] : NULL, a, &p);
        if (i < nraw) {
            c = (chunk){.tok0 = raw[i].tok0};
            add_to_chunk(&c, &raw[i]);
        }
    }
    *out = p.m;
    size_t nm = p.nm;
    if (seen) nm = tc_actors_unknown_names(d, t, s, seen, raw, nraw, p.m, nm, a, out);
    for (size_t k = 0; k < nm; k++) (*out)[k].sex = tc_actors_sex_of(d, t, s, &(*out)[k]);
    return nm;
}

size_t tc_actors_scan(const tc_actors *d, const tc_text *t, uint32_t sent, const char *date,
                      tc_arena *a, tc_mention **out)
{
    return tc_actors_scan_ex(d, t, sent, date, 0, a, out);
}
