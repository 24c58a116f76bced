/* place: place mentions, their places, and event locations (see place.h).
 *
 * tc_place_scan walks the tokens once: at each capitalised token it extends a key token by
 * token while the gazetteer knows it as a name or a prefix (the longest name wins), records a
 * mention with its candidate places, and gathers the article's evidence: a mention whose
 * likely places all lie in one country counts for that country (and for the subdivision when
 * it names one). Choosing a mention's place (choose) is a score over its first candidates;
 * whether a mention is a place at all (accept) is decided per sentence, from the words around
 * it and, when given, the parse. The tables of words (prepositions, titles, verbs of saying,
 * boundaries of a clause) are data at the top. */
#include "place.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CANDIDATES 48    /* places of one name weighed (they come best prior first) */
#define SMALL_TOWN     50000 /* a town this small needs a preposition or the article's support */
#define KEY_BYTES      512

enum { M_QUALIFIER = 1, M_DATELINE = 2 };

typedef struct {
    uint32_t tok0, ntok; /* the name's tokens */
    uint32_t sent;
    const uint32_t *ids;
    uint32_t nids;
    uint32_t qual;        /* the qualifier mention's index + 1; 0 none */
    tc_gaz_place chosen;  /* its place (choose_all), with ... */
    bool alt;             /* ... whether an alternative name named it, */
    float margin;         /* ... the margin over the runner-up */
    uint8_t why;          /* ... and the reasons */
    int16_t voted;        /* the country it counted for (cc_index), -1 none */
    const char *voted_a1; /* the subdivision it counted for, NULL none */
    uint8_t flags;        /* M_* */
} mention;

struct tc_place_doc {
    const tc_gazetteer *g;
    const tc_text *t;
    mention *m;
    size_t nm;
    uint32_t *first;     /* first mention of each sentence; nsents + 1 entries */
    float country[676];  /* evidence per alpha-2 code: (c0 - 'A') * 26 + (c1 - 'A') */
    uint8_t caller[676]; /* the countries the caller added */
    float total;
    const char *admin1[64];    /* subdivisions named (their admin1 name in the map) ... */
    uint32_t admin1_votes[64]; /* ... and how many mentions counted for each */
    size_t nadmin1;
    tc_place main;
    bool has_main;
    tc_arena *arena; /* the doc's own, for the main place when evidence is added */
    uint8_t *actor;  /* per token of the text: taken by the caller's actor matcher; NULL none */
    struct {
        char key[4]; /* a code's first two or three letters, upper case */
        int16_t k;   /* its country's cc_index; -1 a country with none; -2 no country */
    } asked[32];     /* the codes the caller added, so that each is looked up once */
    uint8_t nasked;
};

/* ---- word tables ---------------------------------------------------------------------------- */

static const char *const locative[] = {
    "in",         "at",      "near",   "outside",  "inside",  "into",    "across",
    "throughout", "around",  "within", "from",     "to",      "toward",  "towards",
    "via",        "through", "along",  "off",      "over",    "above",   "beyond",
    "onto",       "nearby",  "past",   "besieged", "reached", "entered", "visited",
    "captured",   "shelled", "bombed", "struck",   "leave",   "leaves",  "leaving",
    "left",       "fled",    "flee",   "fleeing",  "seized",  "retook",  "recaptured",
};
/* "north of Kyiv", "most of Port-au-Prince", "left for Armenia", "the border with Egypt",
 * "strikes on Kyiv": these prepositions are locative only after these words. For a country or a
 * capital "on" is one of them ("sanctions on Tehran" names the government). */
static const char *const of_place[] = {
    "north",     "south",       "east",      "west",     "northeast", "northwest", "southeast",
    "southwest", "outskirts",   "city",      "town",     "village",   "region",    "province",
    "capital",   "centre",      "center",    "suburbs",  "heart",     "streets",   "part",
    "parts",     "area",        "areas",     "district", "vicinity",  "port",      "enclave",
    "territory", "governorate", "state",     "oblast",   "most",      "much",      "all",
    "rest",      "whole",       "half",      "control",  "siege",     "cities",    "towns",
    "villages",  "regions",     "provinces", "states",   "capitals",  "ports",
};
static const char *const for_place[] = {"left",  "leave",  "leaves",  "leaving",
                                        "bound", "headed", "heading", "departed",
                                        "set",   "sailed", "flew"};
static const char *const with_place[] = {"border", "borders", "frontier", "boundary"};
static const char *const on_place[] = {
    "attack",    "attacks",   "strike",  "strikes", "assault", "offensive", "advance", "advanced",
    "advancing", "march",     "marched", "raid",    "raids",   "shelling",  "bombing", "fell",
    "rained",    "converged", "closing", "push",    "pushed",  "drive",     "moved",   "moving",
};
/* Prepositions locative only for other names than countries and capitals. */
static const char *const weak_locative[] = {"on"};

/* Words that may stand between the preposition and the name. */
static const char *const between[] = {
    "the",          "a",
    "northern",     "southern",
    "eastern",      "western",
    "central",      "occupied",
    "besieged",     "embattled",
    "annexed",      "neighbouring",
    "neighboring",  "-",
    "north",        "south",
    "east",         "west",
    "northeastern", "northwestern",
    "southeastern", "southwestern",
    "rebel",        "held",
    "war",          "torn",
    "frontline",    "front",
    "coastal",      "capital",
    "city",         "town",
    "village",      "nearby",
    "downtown",     "greater",
};
static const char *const titles[] = {
    "mr",         "mr.",       "mrs",       "mrs.",        "ms",         "ms.",      "dr",
    "dr.",        "president", "gen.",      "general",     "minister",   "senator",  "sen.",
    "governor",   "gov.",      "king",      "queen",       "prince",     "princess", "pope",
    "sheikh",     "judge",     "captain",   "capt.",       "colonel",    "col.",     "lt.",
    "lieutenant", "sgt.",      "sergeant",  "mayor",       "chancellor", "premier",  "secretary",
    "ambassador", "envoy",     "spokesman", "spokeswoman", "commander",  "chief",    "rep.",
    "lord",       "lady",      "sir",       "father",      "bishop",     "coach",    "officer",
};
static const char *const saying[] = {
    "said",     "says",    "say",      "told",      "tells",    "announced", "announces",
    "accused",  "accuses", "claimed",  "claims",    "denied",   "denies",    "warned",
    "warns",    "urged",   "urges",    "insisted",  "insists",  "stated",    "added",
    "noted",    "argued",  "reported", "confirmed", "confirms", "condemned", "condemns",
    "rejected", "rejects", "demanded", "demands",   "wrote",    "writes",    "tweeted",
};

/* Nouns after a name that make it part of the name of a publication, an institution or a
 * street ("in Rolling Stone magazine", "at Stanford university", "on Baker street"). */
static const char *const name_nouns[] = {
    "magazine", "newspaper",   "tabloid", "journal", "broadcaster", "university", "college",
    "company",  "corporation", "club",    "street",  "avenue",      "boulevard",
};
/* Capitalised words that may follow a place without belonging to its name ("in Moscow
 * Tuesday"). */
static const char *const calendar[] = {
    "monday",  "tuesday",   "wednesday", "thursday", "friday",   "saturday", "sunday",
    "january", "february",  "march",     "april",    "may",      "june",     "july",
    "august",  "september", "october",   "november", "december",
};

static bool in_list(const char *w, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++) /* (the first letters first: asked of every word near a name) */
        if (w[0] == list[i][0] && strcmp(w, list[i]) == 0) return true;
    return false;
}
#define IN(w, list) in_list((w), (list), sizeof(list) / sizeof *(list))

/* ---- evidence ---------------------------------------------------------------------------------
 */

static int cc_index(const char *cc)
{
    if (cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z') return -1;
    return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

static void vote_country(tc_place_doc *d, const char *cc, float w)
{
    int k = cc_index(cc);
    if (k < 0) return;
    d->country[k] += w;
    d->total += w;
}

static void vote_admin1(tc_place_doc *d, const char *admin1)
{
    if (!admin1[0]) return;
    for (size_t i = 0; i < d->nadmin1; i++)
        if (d->admin1[i] == admin1) {
            d->admin1_votes[i]++;
            return;
        }
    if (d->nadmin1 == sizeof d->admin1 / sizeof *d->admin1) return;
    d->admin1[d->nadmin1] = admin1;
    d->admin1_votes[d->nadmin1++] = 1;
}

/* Did a mention other than m count for subdivision admin1? */
static bool admin1_named(const tc_place_doc *d, const mention *m, const char *admin1)
{
    for (size_t i = 0; admin1[0] && i < d->nadmin1; i++)
        if (d->admin1[i] == admin1) return d->admin1_votes[i] > (m->voted_a1 == admin1 ? 1u : 0u);
    return false;
}

/* How likely a place is before the context: the order of magnitude of its population, with
 * countries, our curated places and capitals raised and alternative names lowered. */
static float prior(const tc_gaz_place *p, bool alt)
{
    float s;
    switch (p->kind) {
    case TC_GAZ_COUNTRY:
        s = 7.8f;
        break;
    case TC_GAZ_ADMIN1:
        s = (float)log10(p->pop + 10.0) - 0.5f;
        break;
    case TC_GAZ_REGION:
        s = 7.5f;
        break;
    case TC_GAZ_FEATURE:
        s = 7.0f;
        break;
    case TC_GAZ_TOWN:
        s = 6.0f;
        break;
    default:
        s = p->pop ? (float)log10(p->pop + 10.0) : 3.5f;
        break;
    }
    /* fame: a town the world writes about has names in many languages (Geneva, not Geneva,
     * Illinois); up to +1.2 for GeoNames' 255 */
    if (p->kind == TC_GAZ_CITY) s += 0.15f * (float)log2(1.0 + p->names);
    if (p->flags & TC_GAZ_CAPITAL) s += 0.7f;
    return alt ? s - 0.5f : s;
}

/* A mention counts for the country (and the subdivision) of its likeliest place when that
 * place's prior beats every place elsewhere by 1: "Kyiv" counts for Ukraine, "Dallas" for
 * Texas, "Tripoli" for nothing. */
static void vote_mention(tc_place_doc *d, mention *m)
{
    tc_gaz_place best, p;
    m->voted = -1;
    m->voted_a1 = NULL;
    if (tc_gazetteer_place(d->g, m->ids[0], &best) != TC_OK) return;
    float top = prior(&best, m->ids[0] & TC_GAZ_ALT), other_cc = -1e9f, other_a1 = -1e9f;
    for (uint32_t k = 1; k < m->nids && k < MAX_CANDIDATES; k++) {
        if (tc_gazetteer_place(d->g, m->ids[k], &p) != TC_OK) continue;
        float s = prior(&p, m->ids[k] & TC_GAZ_ALT);
        if (strcmp(p.cc, best.cc) != 0 && s > other_cc) other_cc = s;
        if ((strcmp(p.cc, best.cc) != 0 || p.admin1 != best.admin1) && s > other_a1) other_a1 = s;
    }
    if (top - other_cc < 1.0f) return;
    vote_country(d, best.cc, 1.0f);
    m->voted = (int16_t)cc_index(best.cc);
    /* a national capital says little of its subdivision: "London" does not make "Washington"
     * the English town */
    if (best.kind != TC_GAZ_COUNTRY && !(best.flags & TC_GAZ_CAPITAL) && best.admin1[0] &&
        top - other_a1 >= 1.0f) {
        vote_admin1(d, best.admin1);
        m->voted_a1 = best.admin1;
    }
}

/* ---- choosing a mention's place ------------------------------------------------------------- */

/* The article's support for p, less the mention's own vote. */
static float context(const tc_place_doc *d, const mention *m, const tc_gaz_place *p)
{
    int k = cc_index(p->cc);
    float s = 0, own = k >= 0 && m->voted == k ? 1.0f : 0.0f;
    float total = d->total - (m->voted >= 0 ? 1.0f : 0.0f);
    if (k >= 0 && d->country[k] > own) s += 1.0f + 0.8f * (d->country[k] - own) / total;
    if (p->kind != TC_GAZ_COUNTRY && admin1_named(d, m, p->admin1)) s += 3.0f;
    return s;
}

/* Does the qualifier mention q name p's country or subdivision? */
static bool qualifies(const tc_place_doc *d, const mention *q, const tc_gaz_place *p)
{
    tc_gaz_place c;
    for (uint32_t k = 0; k < q->nids && k < MAX_CANDIDATES; k++) {
        if (tc_gazetteer_place(d->g, q->ids[k], &c) != TC_OK) continue;
        if (c.kind == TC_GAZ_COUNTRY && strcmp(c.cc, p->cc) == 0) return true;
        if (c.kind == TC_GAZ_ADMIN1 && c.admin1 == p->admin1 && p->kind != TC_GAZ_ADMIN1)
            return true;
    }
    return false;
}

/* The best place of mention m into *out, whether it was named by an alternative name in
 * *alt, the margin over the runner-up in *margin and the reasons in *why. Candidates are
 * decoded once; a subdivision named like one of its own towns among them ("Idlib", "Hama"),
 * or like its own country ("Taiwan"), is lowered: the news means the town, the country. */
static void choose(const tc_place_doc *d, const mention *m, tc_gaz_place *out, bool *alt,
                   float *margin, uint8_t *why)
{
    tc_gaz_place c[MAX_CANDIDATES];
    uint32_t n = 0, id[MAX_CANDIDATES];
    for (uint32_t k = 0; k < m->nids && n < MAX_CANDIDATES; k++)
        if (tc_gazetteer_place(d->g, m->ids[k], &c[n]) == TC_OK) id[n++] = m->ids[k];
    float best = -1e9f, second = -1e9f, best_ctx = 0;
    bool best_qual = false;
    for (uint32_t k = 0; k < n; k++) {
        const tc_gaz_place *p = &c[k];
        bool shadowed = false, aliased = false;
        for (uint32_t j = 0; p->kind == TC_GAZ_ADMIN1 && j < n && !shadowed; j++)
            shadowed = (c[j].kind == TC_GAZ_CITY && c[j].admin1 == p->admin1) ||
                       (c[j].kind == TC_GAZ_COUNTRY && strcmp(c[j].cc, p->cc) == 0);
        /* "Mexico", "New Delhi": what is called so in that country beats what is also called so */
        for (uint32_t j = 0; (id[k] & TC_GAZ_ALT) && j < n && !aliased; j++)
            aliased = !(id[j] & TC_GAZ_ALT) && strcmp(c[j].cc, p->cc) == 0 &&
                      (c[j].kind == TC_GAZ_COUNTRY || c[j].kind == TC_GAZ_CITY);
        float ctx = context(d, m, p);
        bool qual = m->qual && qualifies(d, &d->m[m->qual - 1], p);
        float s = prior(p, id[k] & TC_GAZ_ALT) + ctx + (qual ? 10.0f : 0) - (shadowed ? 2.0f : 0) -
                  (aliased ? 3.0f : 0);
        if (s > best) {
            second = best;
            best = s;
            *out = *p;
            *alt = id[k] & TC_GAZ_ALT;
            best_ctx = ctx;
            best_qual = qual;
        } else if (s > second) {
            second = s;
        }
    }
    *margin = second < -1e8f ? 99.0f : best - second;
    *why = (best_qual ? TC_PLACE_QUALIFIED : 0) |
           (best_ctx > 0 && best - best_ctx <= second ? TC_PLACE_BY_CONTEXT : 0);
}

/* ---- the scan ------------------------------------------------------------------------------ */

/* An all-capital word ("UN", "NATO", "US") is an acronym unless it names a country or one of
 * our curated places, or opens one of the first three sentences (a dateline: "KYIV -"). */
static bool acronym_ok(const tc_place_doc *d, const tc_token *t, const mention *m)
{
    if (m->ntok != 1 || !(t->flags & TC_TOK_UPPER) || t->nlen < 2) return true;
    if (m->sent < 3 && m->tok0 == d->t->sents[m->sent].tok0 && t->nlen > 3) return true;
    tc_gaz_place p;
    for (uint32_t k = 0; k < m->nids && k < MAX_CANDIDATES; k++)
        if (tc_gazetteer_place(d->g, m->ids[k], &p) == TC_OK &&
            (p.kind == TC_GAZ_COUNTRY || (p.flags & TC_GAZ_CURATED)))
            return true;
    return false;
}

/* The longest name starting at token i of sentence s (ending before end); 0 tokens if none. */
static uint32_t longest(const tc_place_doc *d, uint32_t i, uint32_t end, mention *m, uint32_t min)
{
    char key[KEY_BYTES];
    size_t len = 0;
    uint32_t best = 0, maxtok = tc_gazetteer_max_tokens(d->g);
    for (uint32_t n = 1; n <= maxtok && i + n <= end; n++) {
        const tc_token *t = &d->t->toks[i + n - 1];
        if (n > 1) key[len++] = ' ';
        size_t add = tc_gazetteer_key(t, 1, key + len, sizeof key - len - 1);
        if (add == 0) break;
        len += add;
        const uint32_t *ids;
        uint32_t nids;
        int r = tc_gazetteer_lookup(d->g, key, len, &ids, &nids);
        if (r < 0) break;
        if (r == 1 && n >= min) {
            best = n;
            m->ids = ids;
            m->nids = nids;
        }
    }
    m->ntok = best;
    return best;
}

static bool is_tok(const tc_text *t, uint32_t i, const char *s)
{
    return i < t->ntoks && strcmp(t->toks[i].norm, s) == 0;
}

static bool is_dash(const tc_text *t, uint32_t i)
{
    return is_tok(t, i, "-") || is_tok(t, i, "\xe2\x80\x94") || is_tok(t, i, "\xe2\x80\x93");
}

/* Mention b right after mention a and a comma, naming a country or subdivision that one of
 * a's places lies in, qualifies a ("Paris, Texas"). */
static void mark_qualifier(tc_place_doc *d, size_t ia)
{
    mention *a = &d->m[ia], *b = &d->m[ia + 1];
    if (b->sent != a->sent || b->tok0 != a->tok0 + a->ntok + 1 || !is_tok(d->t, b->tok0 - 1, ","))
        return;
    tc_gaz_place p;
    for (uint32_t k = 0; k < a->nids && k < MAX_CANDIDATES; k++) {
        if (tc_gazetteer_place(d->g, a->ids[k], &p) != TC_OK || p.kind == TC_GAZ_COUNTRY) continue;
        if (qualifies(d, b, &p)) {
            a->qual = (uint32_t)ia + 2;
            b->flags |= M_QUALIFIER;
            return;
        }
    }
}

/* A dateline: a name opening one of the first three sentences, followed (after its qualifier)
 * by a dash or a bracket ("KYIV, Ukraine (Reuters) -", "Baku -"), or in capitals by a comma. */
static void mark_dateline(tc_place_doc *d)
{
    for (size_t i = 0; i < d->nm; i++) {
        mention *m = &d->m[i];
        if (m->sent >= 3) return;
        if (m->tok0 != d->t->sents[m->sent].tok0 || (m->flags & M_QUALIFIER)) continue;
        uint32_t after = m->tok0 + m->ntok;
        if (m->qual) after = d->m[m->qual - 1].tok0 + d->m[m->qual - 1].ntok;
        bool caps = d->t->toks[m->tok0].flags & TC_TOK_UPPER;
        const tc_token *last = &d->t->toks[after - 1];
        bool spaced = after < d->t->ntoks && d->t->toks[after].off > last->off + last->len;
        if ((spaced && (is_dash(d->t, after) || is_tok(d->t, after, "("))) ||
            (caps && is_tok(d->t, after, ","))) {
            m->flags |= M_DATELINE;
            return;
        }
    }
}

/* A "stop" name of the alias table ("May", "Latin America"): its words are no place. */
static bool never_place(const tc_place_doc *d, const mention *m)
{
    tc_gaz_place p;
    for (uint32_t k = 0; k < m->nids && k < MAX_CANDIDATES; k++)
        if (tc_gazetteer_place(d->g, m->ids[k], &p) == TC_OK && p.kind == TC_GAZ_NONE) return true;
    return false;
}

/* Where a name may start: a capitalised word, or the Arabic article before one ("al-Hol"). */
static bool may_start(const tc_text *t, uint32_t i, uint32_t end)
{
    static const char *const article[] = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az"};
    const tc_token *k = &t->toks[i];
    if (k->flags & TC_TOK_CAP) return true;
    return k->nlen <= 3 && i + 2 < end && (t->toks[i + 2].flags & TC_TOK_CAP) &&
           is_tok(t, i + 1, "-") && IN(k->norm, article);
}

static void scan_sentence(tc_place_doc *d, uint32_t s, tc_arena *a, size_t *cap)
{
    const tc_sentence *se = &d->t->sents[s];
    uint32_t end = se->tok0 + se->ntok;
    for (uint32_t i = se->tok0; i < end;) {
        const tc_token *t = &d->t->toks[i];
        mention m = {.tok0 = i, .sent = s, .voted = -1};
        /* after a lower-case article the name must go on past it ("al-Hol", not "al") */
        uint32_t min = t->flags & TC_TOK_CAP ? 1 : 3;
        if (!may_start(d->t, i, end) || !longest(d, i, end, &m, min) || !acronym_ok(d, t, &m)) {
            i++;
            continue;
        }
        if (never_place(d, &m)) {
            i += m.ntok;
            continue;
        }
        if (d->nm == *cap) d->m = tc_arena_grow(a, d->m, cap, sizeof *d->m);
        d->m[d->nm++] = m;
        i += m.ntok;
    }
}

/* ---- is it a place? ------------------------------------------------------------------------ */

/* Is preposition w, after the word before (NULL at the sentence start), locative? */
static bool locative_word(const char *w, const char *before, bool metonym)
{
    if (IN(w, locative)) return true;
    if (!metonym && IN(w, weak_locative)) return true;
    if (!before) return false;
    if (strcmp(w, "of") == 0) return IN(before, of_place);
    if (strcmp(w, "for") == 0) return IN(before, for_place);
    if (strcmp(w, "with") == 0) return IN(before, with_place);
    if (strcmp(w, "on") == 0) return IN(before, on_place);
    return false;
}

/* A locative preposition before token i of sentence se, across at most four words of
 * `between` ("in the occupied eastern Donetsk"). */
static bool locative_before(const tc_text *t, const tc_sentence *se, uint32_t i, bool metonym)
{
    for (uint32_t skipped = 0; i > se->tok0 && skipped <= 4; skipped++) {
        const char *w = t->toks[--i].norm;
        if (locative_word(w, i > se->tok0 ? t->toks[i - 1].norm : NULL, metonym)) return true;
        if (!IN(w, between)) return false;
    }
    return false;
}

/* The word of tree for the mention's tokens whose head lies outside them; -1 when none. */
static int head_word(const tc_tree *tree, uint32_t tok0, uint32_t ntok)
{
    for (uint32_t w = 0; w < tree->n; w++) {
        if (tree->w[w].tok < tok0 || tree->w[w].tok >= tok0 + ntok) continue;
        uint32_t h = tree->w[w].head;
        if (h == 0 || h > tree->n || tree->w[h - 1].tok < tok0 || tree->w[h - 1].tok >= tok0 + ntok)
            return (int)w;
    }
    return -1;
}

/* Does the parse make the mention a locative oblique or modifier ("in the capital, Baku")? */
static bool tree_locative(const tc_tree *tree, const tc_text *t, const mention *m, bool metonym)
{
    int h = head_word(tree, m->tok0, m->ntok);
    if (h < 0) return false;
    uint8_t rel = tree->w[h].rel;
    if (rel != TC_REL_OBL && rel != TC_REL_NMOD && rel != TC_REL_OBL_UNMARKED) return false;
    for (uint32_t w = 0; w < tree->n; w++) {
        uint32_t k = tree->w[w].tok;
        if (tree->w[w].head == (uint32_t)h + 1 && tree->w[w].rel == TC_REL_CASE && k < t->ntoks &&
            locative_word(t->toks[k].norm, k > 0 ? t->toks[k - 1].norm : NULL, metonym))
            return true;
    }
    return false;
}

/* Only ',', 'and', 'or' between tokens a and b. */
static bool listed(const tc_text *t, uint32_t a, uint32_t b)
{
    if (a >= b) return false;
    for (uint32_t i = a; i < b; i++)
        if (!is_tok(t, i, ",") && !is_tok(t, i, "and") && !is_tok(t, i, "or")) return false;
    return true;
}

typedef struct {
    uint32_t end;  /* the previous place's last token + 1 (qualifier included) */
    bool licensed; /* it was taken by a preposition or a list */
} prev_place;

/* Is token i glued to a hyphen on that side ("Dubai-based", "Indo-Pacific")? */
static bool glued_after(const tc_text *t, uint32_t end)
{
    if (end + 1 >= t->ntoks || !is_tok(t, end, "-")) return false;
    const tc_token *a = &t->toks[end - 1], *h = &t->toks[end];
    return h->off == a->off + a->len && t->toks[end + 1].off == h->off + h->len;
}

static bool glued_before(const tc_text *t, uint32_t tok0)
{
    if (tok0 < 2 || !is_tok(t, tok0 - 1, "-")) return false;
    const tc_token *h = &t->toks[tok0 - 1], *a = &t->toks[tok0 - 2];
    return h->off == a->off + a->len && t->toks[tok0].off == h->off + h->len;
}

/* Is the sentence in title case (a headline: four words or more, nine in ten capitalised)? */
static bool titled(const tc_text *t, const tc_sentence *se)
{
    uint32_t words = 0, caps = 0;
    for (uint32_t i = se->tok0; i < se->tok0 + se->ntok; i++) {
        if (!(t->toks[i].flags & TC_TOK_WORD) || (t->toks[i].flags & TC_TOK_CLITIC)) continue;
        words++;
        caps += (t->toks[i].flags & TC_TOK_CAP) != 0;
    }
    return words >= 4 && caps * 10 >= words * 9;
}

/* Does an actor the caller found overlap the mention? */
static bool actor_named(const tc_place_doc *d, const mention *m)
{
    for (uint32_t i = m->tok0; d->actor && i < m->tok0 + m->ntok; i++)
        if (d->actor[i]) return true;
    return false;
}

/* Is the word at token tok the adjective of p's country ("Iraqi Kurdistan", "Indian Kashmir":
 * it and the first word of the country's name share four letters or more, all but two of the
 * shorter), or an actor the caller found there (a demonym)? */
static bool country_adjective(const tc_place_doc *d, const tc_gaz_place *p, uint32_t tok)
{
    if (d->actor && d->actor[tok]) return true;
    int64_t id = p->cc[0] ? tc_gazetteer_country(d->g, p->cc, 2) : -1;
    tc_gaz_place c;
    if (id < 0 || tc_gazetteer_place(d->g, (uint32_t)id, &c) != TC_OK) return false;
    const char *w = d->t->toks[tok].norm, *n = c.name;
    size_t k = 0, wl = strlen(w), nl = strcspn(n, " ");
    while (k < wl && k < nl && w[k] == (n[k] | 32)) k++;
    size_t shorter = wl < nl ? wl : nl;
    return k >= 4 && k + 2 >= shorter;
}

/* Is mention m (its tokens up to end, its place p) a word of a longer proper name rather than
 * a place? A capitalised word before it that is no preposition and no word of `between`
 * ("Jordan Henderson"; "in Rolling Stone" even after a preposition, unless the word is the
 * country's adjective: "in Iraqi Kurdistan"), a capitalised word after it ("Moscow Times",
 * but not "in Moscow Tuesday"), or a noun of name_nouns after it ("Rolling Stone magazine").
 * In a headline every word is capitalised: the capitals around a name say nothing there. */
static bool inside_name(const tc_place_doc *d, const mention *m, const tc_gaz_place *p,
                        uint32_t end, bool placed)
{
    const tc_text *t = d->t;
    const tc_sentence *se = &t->sents[m->sent];
    bool headline = titled(t, se);
    if (m->tok0 > se->tok0 && !headline) {
        const tc_token *before = &t->toks[m->tok0 - 1];
        bool cap = (before->flags & TC_TOK_CAP) && (before->flags & TC_TOK_WORD);
        if (cap && !IN(before->norm, between) && !IN(before->norm, titles) &&
            !locative_word(before->norm, NULL, false) &&
            (!placed || !country_adjective(d, p, m->tok0 - 1)))
            return true;
    }
    if (end >= se->tok0 + se->ntok) return false;
    const tc_token *next = &t->toks[end];
    if (IN(next->norm, name_nouns)) return true;
    return !headline && (next->flags & TC_TOK_CAP) && (next->flags & TC_TOK_WORD) &&
           !IN(next->norm, calendar);
}

/* Is mention m, whose place is p, a place here? Its reasons in *why. */
static bool accept(const tc_place_doc *d, const mention *m, const tc_gaz_place *p, bool alt,
                   const tc_tree *tree, const prev_place *prev, uint8_t *why)
{
    const tc_text *t = d->t;
    const tc_sentence *se = &t->sents[m->sent];
    uint32_t end = m->qual ? d->m[m->qual - 1].tok0 + d->m[m->qual - 1].ntok : m->tok0 + m->ntok;
    bool metonym = p->kind == TC_GAZ_COUNTRY || (p->flags & TC_GAZ_CAPITAL);
    bool prep =
        (tree && tree_locative(tree, t, m, metonym)) || locative_before(t, se, m->tok0, metonym);
    bool list = !prep && prev->licensed && listed(t, prev->end, m->tok0);
    bool dateline = m->flags & M_DATELINE;
    bool placed = prep || list || dateline;
    *why = (prep ? TC_PLACE_BY_PREP : 0) | (list ? TC_PLACE_BY_LIST : 0) |
           (dateline ? TC_PLACE_BY_DATELINE : 0);
    if (glued_before(t, m->tok0) || glued_after(t, m->tok0 + m->ntok)) return false;
    if (inside_name(d, m, p, end, placed)) return false;
    if (metonym || actor_named(d, m)) return placed || m->qual;
    if (m->tok0 > se->tok0 && IN(t->toks[m->tok0 - 1].norm, titles)) return false;
    if (!placed && end < se->tok0 + se->ntok && IN(t->toks[end].norm, saying)) return false;
    bool weak = p->kind == TC_GAZ_CITY || p->kind == TC_GAZ_ADMIN1;
    /* an alternative name ("Hamas" is one of Hamm's) needs a preposition, and the article's
     * country or a famous place ("in Geneva": Genève) */
    int k = cc_index(p->cc);
    bool support = k >= 0 && d->country[k] > (m->voted == k ? 1.0f : 0.0f);
    if (weak && alt && !(placed && (support || p->names >= 20))) return false;
    /* "Lai's release": a small town's name with a possessive and no preposition is a person's */
    if (weak && !placed && p->pop < 100000 && is_tok(t, m->tok0 + m->ntok, "'s")) return false;
    if (placed || m->qual || !weak) return true;
    /* a town or subdivision named with no preposition: big enough, or in a country the article
     * names */
    bool initial = m->tok0 == se->tok0 || (t->toks[m->tok0 - 1].flags & TC_TOK_QUOTE);
    if (support) return p->pop >= (initial ? 20000u : 5000u);
    return p->pop >= (initial ? 200000u : (uint32_t)SMALL_TOWN);
}

/* ---- sentences, events, the article's place ------------------------------------------------ */

static size_t resolve(const tc_place_doc *d, uint32_t sent, const tc_tree *tree, tc_place *out)
{
    size_t n = 0;
    prev_place prev = {0, false};
    for (uint32_t i = d->first[sent]; i < d->first[sent + 1]; i++) {
        const mention *m = &d->m[i];
        if (m->flags & M_QUALIFIER) continue;
        tc_place pl = {.tok0 = m->tok0};
        uint8_t awhy;
        pl.gp = m->chosen;
        pl.score = m->margin;
        if (!accept(d, m, &pl.gp, m->alt, tree, &prev, &awhy)) continue;
        uint32_t end =
            m->qual ? d->m[m->qual - 1].tok0 + d->m[m->qual - 1].ntok : m->tok0 + m->ntok;
        pl.ntok = end - m->tok0;
        pl.off = d->t->toks[m->tok0].off;
        pl.len = d->t->toks[end - 1].off + d->t->toks[end - 1].len - pl.off;
        pl.prec = pl.gp.kind == TC_GAZ_COUNTRY ? TC_PLACE_COUNTRY
                  : pl.gp.kind == TC_GAZ_ADMIN1 || pl.gp.kind == TC_GAZ_REGION
                      ? TC_PLACE_SUBDIVISION
                      : TC_PLACE_POINT;
        pl.why = m->why | awhy;
        out[n++] = pl;
        prev.end = end;
        prev.licensed = awhy & (TC_PLACE_BY_PREP | TC_PLACE_BY_LIST);
    }
    return n;
}

int tc_place_sentence(const tc_place_doc *d, uint32_t sent, const tc_tree *tree, tc_arena *a,
                      tc_place **out, size_t *n)
{
    *n = 0;
    if (sent >= d->t->nsents) {
        *out = tc_arena_alloc(a, sizeof **out);
        return TC_EUSAGE;
    }
    size_t cap = d->first[sent + 1] - d->first[sent];
    *out = tc_arena_alloc(a, (cap ? cap : 1) * sizeof **out);
    *n = resolve(d, sent, tree, *out);
    return TC_OK;
}

/* Chooses every mention's place with the evidence as it stands. */
static void choose_all(tc_place_doc *d)
{
    for (size_t i = 0; i < d->nm; i++) {
        mention *m = &d->m[i];
        m->alt = false;
        choose(d, m, &m->chosen, &m->alt, &m->margin, &m->why);
    }
}

typedef struct {
    uint32_t id, first; /* a place, and the index of its first mention */
} named;

static int by_id(const void *pa, const void *pb)
{
    const named *a = pa, *b = pb;
    if (a->id != b->id) return a->id < b->id ? -1 : 1;
    return a->first < b->first ? -1 : a->first > b->first;
}

/* The main place: the dateline's, else the place named most often (the first named on a tie).
 * Sorted, not counted pairwise: an article may name thousands of places. */
static void find_main(tc_place_doc *d, tc_arena *a)
{
    d->has_main = false;
    if (d->nm == 0) return;
    tc_place *all = tc_arena_alloc(a, d->nm * sizeof *all);
    size_t n = 0;
    for (uint32_t s = 0; s < d->t->nsents; s++) n += resolve(d, s, NULL, all + n);
    named *ids = tc_arena_alloc(a, (n ? n : 1) * sizeof *ids);
    for (size_t i = 0; i < n; i++) {
        if (all[i].why & TC_PLACE_BY_DATELINE) {
            d->main = all[i];
            d->has_main = true;
            return;
        }
        ids[i] = (named){all[i].gp.id, (uint32_t)i};
    }
    qsort(ids, n, sizeof *ids, by_id);
    size_t best = n, best_count = 0;
    for (size_t i = 0, j; i < n; i = j) {
        for (j = i; j < n && ids[j].id == ids[i].id; j++) continue;
        if (j - i > best_count || (j - i == best_count && ids[i].first < best))
            best = ids[i].first, best_count = j - i;
    }
    if (best == n) return;
    d->main = all[best];
    d->has_main = true;
}

/* The country code names (cc_index; -1 a country with no index, -2 none), from the codes
 * already asked when it is one of them: an article's actors repeat a few countries, and the
 * gazetteer's table of countries is read end to end. */
static int country_index(tc_place_doc *d, const char *code, size_t len)
{
    char key[4] = {0};
    for (size_t i = 0; i < len; i++)
        key[i] = (char)(code[i] >= 'a' && code[i] <= 'z' ? code[i] - 32 : code[i]);
    for (unsigned i = 0; i < d->nasked; i++)
        if (!memcmp(d->asked[i].key, key, sizeof key)) return d->asked[i].k;
    int64_t id = tc_gazetteer_country(d->g, code, len);
    tc_gaz_place p;
    int k = id < 0 || tc_gazetteer_place(d->g, (uint32_t)id, &p) != TC_OK ? -2 : cc_index(p.cc);
    if (d->nasked < sizeof d->asked / sizeof *d->asked) {
        memcpy(d->asked[d->nasked].key, key, sizeof key);
        d->asked[d->nasked++].k = (int16_t)k;
    }
    return k;
}

/* Adds code's country to the evidence without choosing places again: 1 when it is a country
 * the caller had not added, with *is_country whether the code names a country at all. */
static int add_country(tc_place_doc *d, const char *code, size_t len, int *is_country)
{
    *is_country = 0;
    if (!d->g || len < 2) return 0;
    int k = country_index(d, code, len >= 3 ? 3 : 2);
    if (k == -2) return 0;
    *is_country = 1;
    if (k < 0 || d->caller[k]) return 0; /* a country counts once, however many actors */
    d->caller[k] = 1;
    d->country[k] += 1.0f;
    d->total += 1.0f;
    return 1;
}

int tc_place_doc_country(tc_place_doc *d, const char *code, size_t len)
{
    int is_country;
    if (add_country(d, code, len, &is_country)) {
        choose_all(d);
        find_main(d, d->arena);
    }
    return is_country;
}

void tc_place_doc_actor(tc_place_doc *d, uint32_t tok0, uint32_t ntok)
{
    if (!d->actor) d->actor = tc_arena_calloc(d->arena, d->t->ntoks + 1, 1);
    for (uint64_t i = tok0; i < (uint64_t)tok0 + ntok && i < d->t->ntoks; i++) d->actor[i] = 1;
}

void tc_place_doc_actors(tc_place_doc *d, const tc_place_actor *a, size_t n)
{
    /* the places chosen and the main place found after the last new country, seeing the
       spans before it, are what one call each would leave */
    size_t last = n;
    for (size_t i = 0; i < n; i++) {
        int is_country;
        if (add_country(d, a[i].code, strlen(a[i].code), &is_country)) last = i;
    }
    for (size_t i = 0; i < n; i++) {
        if (i == last) {
            choose_all(d);
            find_main(d, d->arena);
        }
        tc_place_doc_actor(d, a[i].tok0, a[i].ntok);
    }
}

const tc_place *tc_place_doc_main(const tc_place_doc *d)
{
    return d->has_main ? &d->main : NULL;
}

static int rank(const tc_place *p)
{
    return 4 - p->prec;
}

static bool clause_boundary(const tc_word *w)
{
    switch (w->rel) {
    case TC_REL_CCOMP:
    case TC_REL_ADVCL:
    case TC_REL_ADVCL_RELCL:
    case TC_REL_ACL:
    case TC_REL_ACL_RELCL:
    case TC_REL_PARATAXIS:
    case TC_REL_CSUBJ:
    case TC_REL_CSUBJ_PASS:
    case TC_REL_CSUBJ_OUTER:
        return true;
    case TC_REL_CONJ:
        return w->upos == TC_UPOS_VERB;
    default:
        return false;
    }
}

/* Is word w under pred without crossing into a clause of its own? */
static bool in_clause(const tc_tree *tree, int w, uint32_t pred)
{
    for (uint32_t steps = 0; w >= 0 && steps <= tree->n; steps++) {
        if ((uint32_t)w == pred) return true;
        if (clause_boundary(&tree->w[w]) || tree->w[w].head == 0 || tree->w[w].head > tree->n)
            return false;
        w = (int)tree->w[w].head - 1;
    }
    return false;
}

void tc_place_event(const tc_place_doc *d, const tc_place *places, size_t n, const tc_tree *tree,
                    uint32_t pred, tc_place_loc *loc)
{
    const tc_place *best = NULL;
    int best_dist = 0;
    for (size_t i = 0; tree && pred < tree->n && i < n; i++) {
        if (places[i].why & TC_PLACE_BY_DATELINE)
            continue; /* where it was filed, not where it happened */
        int h = head_word(tree, places[i].tok0, places[i].ntok);
        if (h < 0 || !in_clause(tree, h, pred)) continue;
        int dist = abs(h - (int)pred);
        if (!best || rank(&places[i]) > rank(best) ||
            (rank(&places[i]) == rank(best) && dist < best_dist))
            best = &places[i], best_dist = dist;
    }
    if (best) {
        *loc = (tc_place_loc){best, TC_LOC_CLAUSE};
        return;
    }
    for (size_t i = 0; i < n; i++)
        if (!(places[i].why & TC_PLACE_BY_DATELINE) && (!best || rank(&places[i]) > rank(best)))
            best = &places[i];
    if (best) {
        *loc = (tc_place_loc){best, TC_LOC_SENTENCE};
        return;
    }
    const tc_place *main = d ? tc_place_doc_main(d) : NULL;
    *loc = (tc_place_loc){main, main ? TC_LOC_ARTICLE : TC_LOC_NONE};
}

const char *tc_place_prec_name(int prec)
{
    static const char *const names[] = {"unknown", "point", "subdivision", "country"};
    return prec >= 1 && prec <= 3 ? names[prec] : names[0];
}

const char *tc_loc_source_name(int source)
{
    static const char *const names[] = {"none", "clause", "sentence", "article"};
    return source >= 0 && source <= 3 ? names[source] : names[0];
}

tc_place_doc *tc_place_scan(const tc_gazetteer *g, const tc_text *t, tc_arena *a)
{
    tc_place_doc *d = tc_arena_calloc(a, 1, sizeof *d);
    d->g = g;
    d->t = t;
    d->arena = a;
    d->first = tc_arena_calloc(a, t->nsents + 1, sizeof *d->first);
    size_t cap = 0;
    for (uint32_t s = 0; s < t->nsents; s++) {
        d->first[s] = (uint32_t)d->nm;
        if (g) scan_sentence(d, s, a, &cap);
    }
    d->first[t->nsents] = (uint32_t)d->nm;
    for (size_t i = 0; i < d->nm; i++) vote_mention(d, &d->m[i]);
    for (size_t i = 0; i + 1 < d->nm; i++) mark_qualifier(d, i);
    mark_dateline(d);
    choose_all(d);
    find_main(d, a);
    return d;
}
