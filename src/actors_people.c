/* actors_people: matches of the scan that no entry's name makes, and the places of names.
 * People of no state ("Hundreds protested", "Kenyan taxi drivers": a phrase of common nouns
 * whose head is a person); a state's own bodies named after it ("China Mobile" is no China);
 * capitals closing a longer name hidden; and where a name is for the gazetteer lent to the
 * dictionary (tc_actors_place_of: a country, a capital, a town or a subdivision), which the
 * matcher and the names no dictionary knows (actors_unknown.c) ask. */
#include "actors.h"

#include "actors_int.h"
#include "gazetteer.h"
#include "nouns.h"

#include <string.h>

/* ---- people of no state (issue 13, seventh round) ---- */

/* Counts and crowds that stand for people when no "of" follows ("Hundreds protested", "police
 * arrested dozens", "a crowd gathered"; "hundreds of people" and "a crowd of protesters" are
 * their noun's, "thousands of dollars" no one's). A crowd is people at large, as Phoenix's
 * MOB [~CVL] (WordNet files it under noun.group). */
static const char *const people_counts[] = {"dozens", "hundreds", "thousands", "crowd", "crowds"};

/* Plural person nouns of people who comment on events, watch or buy rather than act in them
 * ("analysts said", "fans cheered"); whose word names states as often as people ("its
 * allies", "Western partners", "maritime claimants"); who are what a release or an exchange
 * moves, whose side is the holder's ("exchanged prisoners", "freed the hostages"); or whom the
 * coder reads by whom they oppose or suffer from ("opponents of the government", "victims of
 * the attack"); whose word says only whom they stand beside ("Blinken and their colleagues")
 * or that they are not of the place they are in ("foreigners who fought in Ukraine");
 * and "men", a work force for WordNet, and too often a story's few ("deporting
 * the men"): no actor of their own. */
static const char *const bystanders[] = {
    "prisoners",   "hostages",    "detainees",  "captives",    "inmates",     "opponents",
    "detractors",  "victims",     "men",        "colleagues",  "peers",       "foreigners",
    "expatriates", "expats",      "analysts",   "experts",     "observers",   "commentators",
    "pundits",     "economists",  "scholars",   "researchers", "scientists",  "historians",
    "specialists", "watchers",    "fans",       "viewers",     "readers",     "listeners",
    "spectators",  "audiences",   "consumers",  "customers",   "shoppers",    "users",
    "buyers",      "subscribers", "allies",     "partners",    "rivals",      "enemies",
    "foes",        "neighbors",   "neighbours", "adversaries", "competitors", "claimants",
    "signatories"};

/* The tokens of a count of people or a crowd at token i ("Hundreds", "tens of thousands",
 * "hundreds of thousands", "crowds") with no "of" after it and no number before it, or 0. */
static uint32_t people_count(const tc_text *t, const tc_sentence *s, uint32_t i)
{
    uint32_t end = s->tok0 + s->ntok, n = 0;
    const tc_token *w = &t->toks[i];
    if (w->nlen < 4 || (w->norm[w->nlen - 1] != 's' && w->norm[w->nlen - 1] != 'd')) return 0;
    if ((tc_actors_word_is(w, "tens") || tc_actors_word_is(w, "hundreds")) && i + 2 < end &&
        tc_actors_word_is(&t->toks[i + 1], "of") && tc_actors_word_is(&t->toks[i + 2], "thousands"))
        n = 3;
    else if (tc_actors_in_words(w, people_counts, sizeof people_counts / sizeof *people_counts))
        n = 1;
    if (!n || (i + n < end && tc_actors_word_is(&t->toks[i + n], "of"))) return 0;
    if (i > s->tok0 && (t->toks[i - 1].flags & TC_TOK_NUM)) return 0; /* "5 thousands" */
    return n;
}

/* May token w be a plural noun by its ending ("drivers", "fishermen", "children"; not "this",
 * "status", "boss")? A cheap test before WordNet's lookups. */
static int plural_like(const tc_token *w)
{
    if (!(w->flags & TC_TOK_WORD) || w->nlen < 4) return 0;
    const char *e = w->norm + w->nlen;
    if (e[-1] == 's') return e[-2] != 's' && e[-2] != 'u' && e[-2] != 'i' && e[-2] != '\'';
    return !strcmp(e - 3, "men") || !strcmp(e - 3, "ren");
}

/* Is one of the three tokens from i, before end, plural_like? */
static int plural_ahead(const tc_text *t, uint32_t i, uint32_t end)
{
    for (uint32_t k = i; k < end && k < i + 3 && (t->toks[k].flags & TC_TOK_WORD); k++)
        if (plural_like(&t->toks[k])) return 1;
    return 0;
}

/* Does token i follow a subject: a match (after_match), a capitalised word that opens no
 * clause and is no closed-class word, or a pronoun ("they guard")? */
static int after_subject(const tc_text *t, const tc_sentence *s, uint32_t i, int after_match)
{
    static const char *const pronouns[] = {"he", "she", "it", "they", "we", "who", "which", "that"};
    if (after_match) return 1;
    if (i == s->tok0) return 0;
    const tc_token *q = &t->toks[i - 1];
    return ((q->flags & TC_TOK_CAP) && !tc_actors_clause_start(t, s, i - 1) &&
            !tc_actors_in_words(q, tc_actors_openers,
                                sizeof tc_actors_openers / sizeof *tc_actors_openers)) ||
           tc_actors_in_words(q, pronouns, sizeof pronouns / sizeof *pronouns);
}

/* The tokens of a phrase of common nouns at token i whose head is a plural person noun
 * (WordNet's noun.person: "taxi drivers", "fishermen", "Retirees" opening a sentence), or 0;
 * after a subject (after_subject) a word that may be a verb cannot open it. *read gets the
 * tokens of the phrase read either way, which no later start can make a person's. */
static uint32_t people_phrase(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                              uint32_t i, uint32_t end, int after_match, uint32_t *read)
{
    uint32_t n;
    const char *why;
    *read = 0;
    /* most words head no plural within three words: spare them WordNet's lookups */
    if (!plural_ahead(t, i, end)) return 0;
    int before = (after_subject(t, s, i, after_match) ? TC_NOUNS_SUBJECT : TC_NOUNS_MODIFIER) |
                 (tc_actors_clause_start(t, s, i) ? TC_NOUNS_CAPITAL : 0);
    tc_noun_sort sort = tc_nouns_head(d->nouns, t, i, end, before, &n, &why);
    *read = n;
    if (sort != TC_NOUN_PERSON || !n) return 0;
    const tc_token *h = &t->toks[i + n - 1];
    uint32_t one;
    /* "suicide bombers": a head that alone is a weapon reads as one to the coder */
    if (!tc_nouns_plural(d->nouns, h) ||
        tc_nouns_head(d->nouns, t, i + n - 1, i + n, TC_NOUNS_MODIFIER, &one, &why) ==
            TC_NOUN_MILITARY ||
        tc_actors_in_words(h, bystanders, sizeof bystanders / sizeof *bystanders) ||
        tc_actors_in_words(h, tc_actors_topics, sizeof tc_actors_topics / sizeof *tc_actors_topics))
        return 0;
    return n;
}

/* Adds to the raw matches raw[0..n) of sentence s (token order, hidden ones included) the
 * people of no state that no match covers: a count of people or a plural person noun's phrase,
 * as the agent CVL (data/wordnet.classes), so that the chunks read them as any agent ("taxi
 * drivers in Nairobi", "Kenya's taxi drivers", "IS members"). Not right after a match but a
 * group's or an organisation's ("Kenyan taxi drivers" is noun_agent's; "Trump supporters",
 * "Israel fears" are not); after a capitalised word or a pronoun, a verb's form is the verb.
 * The matches go to *out (arena a, room for s->ntok); their count. */
size_t tc_actors_people_matches(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                                const raw_match *raw, size_t n, tc_arena *a, raw_match **out)
{
    uint32_t end = s->tok0 + s->ntok;
    raw_match *res = tc_arena_alloc(a, s->ntok * sizeof *res);
    size_t m = 0, k = 0;
    /* (the agent CVL exists only where the noun classes were loaded) */
    const entry *cvl = d->nouns ? &d->entries[d->noun_agent[1]] : NULL;
    for (uint32_t i = s->tok0; i < end;) {
        if (k < n && raw[k].tok0 <= i) {
            i = raw[k].tok0 + raw[k].ntok > i ? raw[k].tok0 + raw[k].ntok : i + 1;
            res[m++] = raw[k++];
            continue;
        }
        uint32_t limit = k < n ? raw[k].tok0 : end, len = 0;
        const raw_match *p = m && res[m - 1].tok0 + res[m - 1].ntok == i ? &res[m - 1] : NULL;
        tc_actor_kind pk = p ? (tc_actor_kind)p->e->kind : TC_KIND_COUNT;
        int joinable =
            !p || (!p->hidden && (pk == TC_KIND_GROUP || pk == TC_KIND_IGO || pk == TC_KIND_NGO));
        const tc_token *w = &t->toks[i];
        if (!joinable) { /* "Angolan helicopter pilots": the match's own nouns (noun_agent) */
            const char *why;
            uint32_t from = i;
            while (i < limit && plural_ahead(t, i, limit) &&
                   tc_nouns_head(d->nouns, t, i, i + 1, TC_NOUNS_MODIFIER, &len, &why) !=
                       TC_NOUN_NONE)
                i++;
            i += i == from;
            continue;
        }
        uint32_t read = 0;
        if (d->nouns && (w->flags & TC_TOK_WORD)) {
            len = people_count(t, s, i);
            if (!len) len = people_phrase(d, t, s, i, limit, p != NULL, &read);
        }
        /* "Old friends Malaysia's former prime minister": a name right after is no phrase's */
        if (!len || i + len > limit ||
            (i + len == limit && k < n && raw[k].e->kind != TC_KIND_AGENT)) {
            i += !len && read ? read : 1;
            continue;
        }
        if (m) res[m - 1].next = i;
        res[m++] = (raw_match){i, len, cvl, 0, 0, limit, 1};
        i += len;
    }
    *out = res;
    return m;
}

/* Is w a determiner before a capital that may only qualify a thing ("the Paris stock
 * exchange")? Not "that": before a capital it opens a clause far more often than it points
 * ("demanded that Washington change its stance", "said that Beijing can"). */
static int determiner(const tc_token *w)
{
    static const char *const dets[] = {"the", "a",   "an",  "this", "its",
                                       "his", "her", "our", "their"};
    for (size_t k = 0; k < sizeof dets / sizeof *dets; k++)
        if (tc_actors_word_is(w, dets[k])) return 1;
    return 0;
}

/* Words that end an organisation's name after a state's ("the Nigeria Labour Congress", "the
 * Kenya Red Cross", "the Pakistan Muslim League", "the Cameroon Livestock Ministry"). */
static const char *const state_org_heads[] = {
    "congress", "union",      "unions",        "league",     "party",       "council",
    "cross",    "front",      "movement",      "alliance",   "association", "federation",
    "society",  "authority",  "airways",       "airlines",   "bank",        "corporation",
    "company",  "commission", "institute",     "university", "forum",       "foundation",
    "agency",   "network",    "confederation", "ministry",   "command",     "mission",
    "embassy",  "consulate"};

/* Extends a state's agent whose last word is capitalised ("the Somali Military") over one
 * capitalised word after it that ends an organisation's name (state_org_heads: "Command",
 * "Council"), which no mention covers (next: where the next mention starts): "the Somali
 * Military Command said" is one mention, whose head the parse finds in it. */
void tc_actors_org_tail(const tc_text *t, const tc_sentence *s, tc_mention *m, uint32_t next)
{
    uint32_t j = m->tok0 + m->ntok;
    if (m->kind != TC_KIND_COUNTRY || strlen(m->code) != 6 || j >= s->tok0 + s->ntok || j >= next ||
        !(t->toks[j - 1].flags & TC_TOK_CAP) || !(t->toks[j].flags & TC_TOK_CAP) ||
        !tc_actors_in_words(&t->toks[j], state_org_heads,
                            sizeof state_org_heads / sizeof *state_org_heads))
        return;
    if (j + 1 < s->tok0 + s->ntok && (t->toks[j + 1].flags & (TC_TOK_CAP | TC_TOK_UPPER)))
        return; /* "the Somali Military Command Center": a longer name */
    m->ntok++;
}

/* Makes a state's name (maybe with "'s": "Somalia's National Intelligence and Security
 * Agency") and the capitalised words after it up to a word that ends an organisation's name
 * one match of the state, hiding the dictionary's matches inside (not
 * "Labour" GBRPTY and "Congress" USALEG in "the Nigeria Labour Congress": NGA); not when
 * only agents follow ("Nigeria Police" stays NGACOP) nor when a match inside is the state's
 * own ("the U.S. Congress"). A state hidden as part of another name (HIDDEN_IN_NAME) is
 * taken so only when an agent ends the name ("Meanwhile, Cameroon Livestock Ministry official
 * X": the state's ministry), which would else split the unknown name that places the whole.
 * raw[0..n) in token order. */
void tc_actors_state_org_names(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                               raw_match *raw, size_t n)
{
    uint32_t end = s->tok0 + s->ntok;
    for (size_t k = 0; k < n; k++) {
        raw_match *r = &raw[k];
        if ((r->hidden && r->hidden != HIDDEN_IN_NAME) || r->e->kind != TC_KIND_COUNTRY ||
            !tc_actors_is_state(d, r->e->code))
            continue;
        uint32_t j = r->tok0 + r->ntok, e = 0;
        /* "Somalia's National Intelligence and Security Agency": the state's own body */
        int owner =
            j + 1 < end && tc_actors_possessive_mark(t, j) && (t->toks[j + 1].flags & TC_TOK_CAP);
        j += owner;
        for (uint32_t i = j; i < end && i < j + 6; i++) {
            const tc_token *w = &t->toks[i];
            if (!(w->flags & (TC_TOK_CAP | TC_TOK_UPPER))) {
                if (i > j &&
                    (tc_actors_word_is(w, "of") || tc_actors_word_is(w, "for") ||
                     (owner && tc_actors_word_is(w, "and"))) &&
                    i + 1 < end && (t->toks[i + 1].flags & TC_TOK_CAP))
                    continue; /* "the Zimbabwe Congress of Trade Unions" */
                break;
            }
            if (tc_actors_in_words(w, state_org_heads,
                                   sizeof state_org_heads / sizeof *state_org_heads))
                e = i + 1;
        }
        if (!e) continue;
        int other = 0, own = 0; /* a word inside that no agent covers; the state's own match */
        for (uint32_t i = j; i < e && !other; i++) {
            other = 1;
            for (size_t q = k + 1; q < n && raw[q].tok0 < e; q++)
                if (raw[q].e->kind == TC_KIND_AGENT && raw[q].tok0 <= i &&
                    i < raw[q].tok0 + raw[q].ntok)
                    other = 0;
        }
        int agent_head = 0; /* the last word an agent's: "Ministry" */
        for (size_t q = k + 1; q < n && raw[q].tok0 < e; q++) {
            own |= !strncmp(raw[q].e->code, r->e->code, 3); /* "the U.S. Congress" = USALEG */
            agent_head |= raw[q].e->kind == TC_KIND_AGENT && raw[q].tok0 + raw[q].ntok == e;
        }
        /* hidden in a name: the unknown name's scan places the whole of it ("the Ghana
         * Institute of Governance" = GHA) unless an agent at its end would split it */
        if (!other || own || (r->hidden && !agent_head)) continue;
        for (size_t q = k + 1; q < n && raw[q].tok0 < e; q++) raw[q].hidden = HIDDEN;
        r->ntok = e - r->tok0;
        r->hidden = 0; /* "Meanwhile, Cameroon Livestock Ministry official X": the state's */
    }
}

/* Marks hidden the capitals of raw[0..n) that only qualify a thing: after a determiner (or
 * in a coordination), before common nouns that head no person or weapon: "the Paris stock
 * exchange", "the Paris and Lisbon stock exchanges" (Lisbon first, then Paris before "and"). */
void tc_actors_hide_named_capitals(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                                   raw_match *raw, size_t n)
{
    uint32_t end = s->tok0 + s->ntok;
    for (size_t k = n; d->nouns && k-- > 0;) {
        raw_match *r = &raw[k];
        if (r->hidden || r->e->kind != TC_KIND_METONYM || r->tok0 == s->tok0) continue;
        /* "Mocimboa da Praia", "Santo Domingo de los Colorados": a capital's name closing a
           longer name, after a capitalised word and a particle of names, is no capital */
        static const char *const name_particles[] = {"da", "de", "do",  "dos", "das", "del",
                                                     "di", "du", "des", "la",  "le",  "los"};
        if (r->tok0 >= s->tok0 + 2 &&
            tc_actors_in_words(&t->toks[r->tok0 - 1], name_particles,
                               sizeof name_particles / sizeof *name_particles) &&
            (t->toks[r->tok0 - 2].flags & TC_TOK_CAP)) {
            r->hidden = 1;
            continue;
        }
        /* "the Paris ...", or "the Paris and Lisbon ..." (not "..., and Yerevan now claims") */
        int det = determiner(&t->toks[r->tok0 - 1]);
        const raw_match *prev = k ? &raw[k - 1] : NULL;
        int chained = prev && prev->e->kind == TC_KIND_METONYM && prev->tok0 > s->tok0 &&
                      determiner(&t->toks[prev->tok0 - 1]) &&
                      tc_actors_coordinated(t, prev->tok0 + prev->ntok, r->tok0);
        if (!det && !chained) continue;
        uint32_t after = r->tok0 + r->ntok, limit = k + 1 < n ? raw[k + 1].tok0 : end, len;
        const char *why;
        tc_noun_sort sort = tc_nouns_head(d->nouns, t, after, limit, TC_NOUNS_SINGULAR, &len, &why);
        r->hidden = sort == TC_NOUN_OTHER || sort == TC_NOUN_GROUP || sort == TC_NOUN_PLACE ||
                    (k + 1 < n && raw[k + 1].hidden && raw[k + 1].e->kind == TC_KIND_METONYM &&
                     tc_actors_coordinated(t, after, raw[k + 1].tok0));
    }
}

/* ---- where unknown names are (the gazetteer) ---- */

/* Words before a name that say it is a place: "in Houston", "from Quetta". */
const char *const tc_actors_locatives[] = {"in",      "at",     "from", "near",      "to",
                                           "outside", "across", "into", "towards",   "toward",
                                           "around",  "inside", "via",  "throughout"};

/* Words after a name that say it is a person's: "Kelly said". */
static const char *const speech[] = {"said",  "says",    "told",      "added",
                                     "noted", "wrote",   "explained", "argued",
                                     "asked", "replied", "recalled",  "stressed"};

/* Words that make a name an organisation's: "Koya University", "the Wilson Center". */
static const char *const org_heads[] = {
    "university",  "institute",  "center",      "centre",   "council",        "service",
    "foundation",  "group",      "company",     "bank",     "agency",         "association",
    "committee",   "commission", "hospital",    "airport",  "court",          "school",
    "college",     "academy",    "corporation", "network",  "society",        "authority",
    "board",       "federation", "airways",     "airlines", "organization",   "organisation",
    "fund",        "forum",      "club",        "museum",   "observatory",    "institution",
    "consultancy", "lines",      "initiative",  "program",  "programme",      "project",
    "department",  "ministry",   "exchange",    "bureau",   "administration", "tribunal",
    "schools",     "zoo",        "unit",        "facility", "prison",         "jail",
    "hotel",       "stadium",    "mosque",      "base",     "station",        "league",
    "congress",    "alliance",   "coalition",   "front",    "movement",       "union",
    "mission",     "embassy",    "consulate"};

/* The country (alpha-3 into cc3) of the best-known place the gazetteer has under the words
 * [i, j) of t: a country, a capital, a place of our alias table, a town of at least min_pop
 * people (a name that is only another place's alternative name: ten times that), a
 * subdivision of a million people or more (any first-level one for alone 2: before an agent,
 * "the North Dakota Senate"), or, unless the name stands alone (no "in",
 * "-based" ... says it is a place), any other subdivision or place: "Meta" alone is a company
 * before it is a Colombian department of 500,000. The first place of the name that fits, of
 * the best-known one's country ("Mombasa": the county, then the city). 0 when none or no
 * gazetteer. */
int tc_actors_place_of(const tc_actors *d, const tc_text *t, uint32_t i, uint32_t j,
                       uint32_t min_pop, int alone, char cc3[4])
{
    char key[256];
    const uint32_t *ids;
    uint32_t n;
    tc_gaz_place p;
    if (!d->gaz || j <= i || j - i > tc_gazetteer_max_tokens(d->gaz)) return 0;
    size_t len = tc_gazetteer_key(&t->toks[i], j - i, key, sizeof key);
    if (!len || tc_gazetteer_lookup(d->gaz, key, len, &ids, &n) != 1 || !n) return 0;
    char best[4] = "";
    for (uint32_t k = 0; k < n; k++) { /* the best-known place, or one of its country */
        if (tc_gazetteer_place(d->gaz, ids[k] & ~TC_GAZ_ALT, &p) != TC_OK || !p.cc3[0]) return 0;
        if (!k) memcpy(best, p.cc3, 4);
        if (p.kind == TC_GAZ_NONE || strcmp(p.cc3, best)) return 0;
        /* another language's name that is an English word alone ("Soul", Seoul's) */
        if ((ids[k] & TC_GAZ_ALT) && alone && j == i + 1 && tc_nouns_common(d->nouns, &t->toks[i]))
            continue;
        uint64_t need = ids[k] & TC_GAZ_ALT ? (uint64_t)min_pop * 10 : min_pop;
        int known = (p.flags & (TC_GAZ_CAPITAL | TC_GAZ_CURATED)) || p.kind == TC_GAZ_COUNTRY;
        if (p.kind == TC_GAZ_CITY && p.pop < need && !known) continue;
        if (alone && p.kind != TC_GAZ_CITY && !known &&
            !(p.kind == TC_GAZ_ADMIN1 && (alone == 2 || p.pop >= 1000000)))
            continue;
        memcpy(cc3, p.cc3, 4);
        return 1;
    }
    return 0;
}

int tc_actors_place(const tc_actors *d, const tc_text *t, uint32_t i, uint32_t j, char cc3[4])
{
    return tc_actors_place_of(d, t, i, j, 1000, 0, cc3);
}

/* The place of 1 to 3 words ending right before token e (longest first), at or after first. */
static int place_ending(const tc_actors *d, const tc_text *t, uint32_t first, uint32_t e,
                        char cc3[4])
{
    for (uint32_t len = 3; len >= 1; len--)
        if (e >= first + len && (t->toks[e - len].flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
            tc_actors_place_of(d, t, e - len, e, 1000, 0, cc3))
            return 1;
    return 0;
}

/* The place of 1 to 3 capitalised words starting at token b (longest first), before end. */
int tc_actors_place_starting(const tc_actors *d, const tc_text *t, uint32_t b, uint32_t end,
                             char cc3[4])
{
    for (uint32_t len = 3; len >= 1; len--)
        if (b + len <= end && (t->toks[b].flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
            tc_actors_place_of(d, t, b, b + len, 1000, 0, cc3))
            return 1;
    return 0;
}

/* Is token k "based" glued to a hyphen after a place: "the Berlin-based X"? Its country. */
int tc_actors_based_at(const tc_actors *d, const tc_text *t, uint32_t first, uint32_t k,
                       char cc3[4])
{
    return k >= first + 2 && tc_actors_word_is(&t->toks[k], "based") &&
           tc_actors_is_hyphen(&t->toks[k - 1]) && place_ending(d, t, first, k - 1, cc3);
}

int tc_actors_org_word(const char *norm)
{
    for (size_t k = 0; k < sizeof org_heads / sizeof *org_heads; k++)
        if (norm[0] == org_heads[k][0] && !strcmp(norm, org_heads[k])) return 1;
    return 0;
}

int tc_actors_common_word(const tc_actors *d, const tc_token *w)
{
    return tc_nouns_common(d->nouns, w);
}

int tc_actors_noun_at(const tc_actors *d, const tc_text *t, uint32_t i, uint32_t end)
{
    uint32_t n;
    const char *why;
    return i < end && !(t->toks[i].flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
           tc_nouns_head(d->nouns, t, i, end, TC_NOUNS_SINGULAR, &n, &why) != TC_NOUN_NONE;
}

/* Does a name of tokens [i, j) hold a word that makes it an organisation's? */
int tc_actors_org_name(const tc_text *t, uint32_t i, uint32_t j)
{
    for (uint32_t k = i; k < j; k++)
        if (tc_actors_in_words(&t->toks[k], org_heads, sizeof org_heads / sizeof *org_heads))
            return 1;
    return 0;
}

/* Does the name of tokens [i, j) end in a word of a law's or a treaty's name ("the Chinese
 * Exclusion Act", "the Russian Foreign Agents Law"): a text, no actor, whatever state's
 * adjective comes before it? */
int tc_actors_document_name(const tc_text *t, uint32_t i, uint32_t j)
{
    static const char *const heads[] = {
        "act",        "law",       "treaty",   "accord",    "accords",      "agreement",
        "convention", "charter",   "protocol", "doctrine",  "constitution", "declaration",
        "bill",       "amendment", "statute",  "ordinance", "decree"};
    return j > i && tc_actors_in_words(&t->toks[j - 1], heads, sizeof heads / sizeof *heads);
}

/* Is the capitalised name of tokens [i, j) a thing's by its own words, no actor whatever the
 * sentence says (issue 13, people18): a storm's ("Tropical Cyclone Ana", "Hurricane Ida": a
 * storm's word before the last), a sea's or a strait's ("the Arafura Sea": its last word), a
 * meeting's or a drill's ("the Lima Summit", "the Ocean Shield Exercise"), or a law's or a
 * treaty's (tc_actors_document_name) whose word before the last is a common word WordNet
 * knows and no given name of data/names-given.txt ("the Coastal Fisheries Law"; not a
 * surname after a first name: "John Law", "Mary Bill"). */
int tc_actors_thing_name(const tc_actors *d, const tc_text *t, uint32_t i, uint32_t j)
{
    static const char *const storms[] = {"cyclone", "cyclones", "hurricane", "hurricanes",
                                         "typhoon", "typhoons", "storm"};
    static const char *const places[] = {"sea", "seas", "ocean", "strait", "straits"};
    static const char *const meetings[] = {"summit", "exercise"};
    if (j <= i + 1) return 0;
    for (uint32_t k = i; k + 1 < j; k++)
        if (tc_actors_in_words(&t->toks[k], storms, sizeof storms / sizeof *storms)) return 1;
    const tc_token *last = &t->toks[j - 1];
    if (tc_actors_in_words(last, places, sizeof places / sizeof *places) ||
        tc_actors_in_words(last, meetings, sizeof meetings / sizeof *meetings))
        return 1;
    const tc_token *before = &t->toks[j - 2];
    return tc_actors_document_name(t, i, j) && tc_nouns_common(d->nouns, before) &&
           !tc_actors_given_sex(d, t->text + before->off, before->len);
}

/* Is the name of tokens [i, j) a place the gazetteer knows, by itself: after "in", "from" ...
 * any place, else a city of 500,000 people or more, a capital or a place of our alias table
 * (place_of); not a word in capitals ("NISA"), not before "said" ("Kelly said"), not when a
 * capitalised word follows (the name goes on into a dictionary's: "Koya University"), not an
 * organisation's name? */
int tc_actors_bare_place(const tc_actors *d, const tc_text *t, const tc_sentence *s, uint32_t i,
                         uint32_t j, char cc3[4])
{
    uint32_t first = s->tok0, end = s->tok0 + s->ntok;
    int loc =
        i > first && tc_actors_in_words(&t->toks[i - 1], tc_actors_locatives,
                                        sizeof tc_actors_locatives / sizeof *tc_actors_locatives);
    if (j < end && (tc_actors_in_words(&t->toks[j], speech, sizeof speech / sizeof *speech) ||
                    (t->toks[j].flags & (TC_TOK_CAP | TC_TOK_UPPER))))
        return 0;
    if ((j == i + 1 && (t->toks[i].flags & TC_TOK_UPPER)) || tc_actors_org_name(t, i, j)) return 0;
    return tc_actors_place_of(d, t, i, j, loc ? 1000 : 500000, !loc, cc3);
}
