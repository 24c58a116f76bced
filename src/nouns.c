/* nouns: the head of a phrase of common nouns and what WordNet makes of it. The military nouns
 * are a set of lemmas in a map (a few hundred); every other noun goes to the class table of
 * src/wordnet.h. Plurals are undone by English's regular endings (-s, -es, -ies, -men), each
 * candidate tried in turn until WordNet knows one. */
#include "nouns.h"

#include "arena.h"
#include "file.h"
#include "hash.h"
#include "wordnet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { LEMMA_MAX = 64, CLASS_PERSON = 18, CLASS_GROUP = 14, CLASS_LOCATION = 15 };

struct tc_nouns {
    tc_wordnet *wn;
    tc_map *military; /* lemma -> non-NULL */
    char *buf;        /* the military file, its lemmas NUL-terminated in place */
};

static const char WHY_MILITARY[] = "data/wordnet-military.txt";
static const char WHY_CLASSES[] = "data/wordnet.classes";
static const char WHY_FORCE[] = "src/nouns.c (acts of force, military places)";

static int load_military(tc_nouns *n, const char *path, tc_err *err)
{
    size_t len;
    n->buf = tc_file_read(path, 0, &len, err);
    if (!n->buf) return err ? err->code : TC_EIO;
    n->military = tc_map_new(1024);
    for (char *line = n->buf, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = 0;
        size_t l = strlen(line);
        if (l && line[l - 1] == '\r') line[--l] = 0;
        if (l && l < LEMMA_MAX && line[0] != '#') tc_map_put(n->military, line, l, n->buf);
    }
    return TC_OK;
}

tc_nouns *tc_nouns_load(const char *datadir, tc_err *err)
{
    tc_nouns *n = tc_xcalloc(1, sizeof *n);
    char path[4096];
    snprintf(path, sizeof path, "%s/wordnet.classes", datadir);
    if (access(path, F_OK) == 0 && !(n->wn = tc_wordnet_load(path, err))) {
        tc_nouns_free(n);
        return NULL;
    }
    snprintf(path, sizeof path, "%s/wordnet-military.txt", datadir);
    if (access(path, F_OK) == 0 && load_military(n, path, err) != TC_OK) {
        tc_nouns_free(n);
        return NULL;
    }
    return n;
}

void tc_nouns_free(tc_nouns *n)
{
    if (!n) return;
    tc_wordnet_free(n->wn);
    tc_map_free(n->military);
    free(n->buf);
    free(n);
}

/* A lower-case word of letters and inner hyphens, short enough to be a lemma; capitalised too
 * when cap ("Taxi" opening a sentence), never in capitals. */
static int plain_lower(const tc_token *w, int cap)
{
    if (!(w->flags & TC_TOK_WORD) || (w->flags & TC_TOK_UPPER) ||
        ((w->flags & TC_TOK_CAP) && !cap) || w->nlen >= LEMMA_MAX / 2)
        return 0;
    for (uint32_t k = 0; k < w->nlen; k++)
        if (!(w->norm[k] >= 'a' && w->norm[k] <= 'z') && w->norm[k] != '-') return 0;
    return 1;
}

/* a[0..al) then b into dst[cap], cut to fit; its length. snprintf's formatting costs more than
 * the lookups it feeds on a scan's every word. */
static int join(char *dst, size_t cap, const char *a, size_t al, const char *b)
{
    size_t bl = strlen(b);
    if (al > cap - 1) al = cap - 1;
    if (bl > cap - 1 - al) bl = cap - 1 - al;
    memcpy(dst, a, al);
    memcpy(dst + al, b, bl);
    dst[al + bl] = 0;
    return (int)(al + bl);
}

/* The lemmas a word form may have, most literal first: "helicopters" -> "helicopters",
 * "helicopter"; "militias"; "policemen" -> "policeman". Into c[4][LEMMA_MAX]; their count. */
static int candidates(const char *w, size_t n, char c[4][LEMMA_MAX])
{
    int k = 0;
    /* WordNet's "men" and "women" are a work force (noun.group): read only "man", "woman" */
    int irregular = !strcmp(w, "men") || !strcmp(w, "women");
    memcpy(c[k++], irregular ? "" : w, irregular ? 1 : n + 1);
    if (n > 4 && !strcmp(w + n - 3, "ies")) join(c[k++], LEMMA_MAX, w, n - 3, "y");
    if (n >= 3 && !strcmp(w + n - 3, "men")) join(c[k++], LEMMA_MAX, w, n - 3, "man");
    if (n >= 8 && !strcmp(w + n - 8, "children")) join(c[k++], LEMMA_MAX, w, n - 8, "child");
    if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's') {
        join(c[k++], LEMMA_MAX, w, n - 1, "");
        if (k < 4 && w[n - 2] == 'e') join(c[k++], LEMMA_MAX, w, n - 2, "");
    }
    return k;
}

/* Nouns of armed force that WordNet classes with acts or places, not weapons: a state's strike,
 * raid, attack, invasion or shelling is its forces' doing, and its positions, bases, outposts,
 * checkpoints, depots, convoys and patrols are its forces' ("an Israeli airstrike", "Ukrainian
 * positions"). "positions" in the plural only (a state's "position" is its view); two-word ones are
 * read as compounds ("a Russian missile strike"). */
static const char *const force_nouns[] = {
    "airstrike", "air strike",  "missile strike", "drone strike", "strike",    "raid",
    "shelling",  "bombardment", "bombing",        "offensive",    "positions", "base",
    "outpost",   "checkpoint",  "depot",          "convoy",       "patrol",    "rocket",
    "attack",    "assault",     "invasion",       "incursion",    "ambush",    "counteroffensive"};

static int force_noun(const char *key, size_t len)
{
    for (size_t k = 0; k < sizeof force_nouns / sizeof *force_nouns; k++)
        if (force_nouns[k][0] == key[0] && strlen(force_nouns[k]) == len &&
            !memcmp(force_nouns[k], key, len))
            return 1;
    return 0;
}

typedef struct {
    tc_noun_sort sort;
    int plural; /* the lemma is not the form */
    int verb;   /* WordNet also has the lemma or the form as a verb */
    const char *why;
} reading;

/* Reads the form prefix + w (prefix "" or "aircraft "): 0 when it is no noun WordNet knows. */
static int read_noun(const tc_nouns *n, const char *prefix, const tc_token *w, reading *r)
{
    char c[4][LEMMA_MAX], key[2 * LEMMA_MAX];
    int nc = candidates(w->norm, w->nlen, c);
    for (int k = 0; k < nc; k++) {
        int len = join(key, sizeof key, prefix, strlen(prefix), c[k]);
        int first;
        uint64_t all;
        int force = force_noun(key, (size_t)len);
        int military = force || (n->military && tc_map_get(n->military, key, (size_t)len));
        int noun = n->wn && tc_wordnet_lookup(n->wn, key, (size_t)len, 'n', &first, &all);
        if (!military && !noun) continue;
        r->plural = k > 0;
        r->verb = n->wn && (tc_wordnet_lookup(n->wn, key, (size_t)len, 'v', &first, &all) ||
                            tc_wordnet_lookup(n->wn, c[0], strlen(c[0]), 'v', &first, &all));
        r->why = force ? WHY_FORCE : military ? WHY_MILITARY : WHY_CLASSES;
        if (military)
            r->sort = TC_NOUN_MILITARY;
        else {
            tc_wordnet_lookup(n->wn, key, (size_t)len, 'n', &first, &all);
            r->sort = first == CLASS_PERSON     ? TC_NOUN_PERSON
                      : first == CLASS_GROUP    ? TC_NOUN_GROUP
                      : first == CLASS_LOCATION ? TC_NOUN_PLACE
                                                : TC_NOUN_OTHER;
        }
        return 1;
    }
    return 0;
}

/* Irregular past forms of English verbs that WordNet also has as nouns (its exception lists
 * are not in data/wordnet.classes): after a subject they are the verb ("the White House
 * sent", "the Kremlin left"). */
static int irregular_past(const tc_token *w)
{
    static const char *const forms[] = {
        "sent",   "left",   "set",    "cut",   "hit",    "put",     "fell",  "found", "saw",
        "felt",   "rose",   "spoke",  "lay",   "bore",   "shot",    "met",   "led",   "held",
        "told",   "took",   "gave",   "made",  "won",    "lost",    "paid",  "kept",  "ran",
        "began",  "broke",  "struck", "fled",  "fed",    "hung",    "dealt", "meant", "sought",
        "fought", "caught", "sold",   "spent", "bought", "brought", "built", "stood", "drew",
        "drove",  "flew",   "grew",   "threw", "wrote"};
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++)
        if (w->nlen && forms[k][0] == w->norm[0] && w->nlen == strlen(forms[k]) &&
            !memcmp(w->norm, forms[k], w->nlen))
            return 1; /* (the first letter first: asked of most words before a verb) */
    return 0;
}

/* Could w be a form of a verb WordNet knows: "accused", "says", "bombing", "sent", and when
 * bare "have"? */
static int verb_form(const tc_nouns *n, const tc_token *w, int bare)
{
    if (irregular_past(w)) return 1;
    static const char *const endings[][2] = {{"", ""},    {"s", ""},   {"es", ""}, {"ies", "y"},
                                             {"ed", ""},  {"ed", "e"}, {"d", ""},  {"ied", "y"},
                                             {"ing", ""}, {"ing", "e"}};
    char lemma[LEMMA_MAX];
    int first;
    uint64_t all;
    if (!n->wn) return 0;
    for (size_t k = !bare; k < sizeof endings / sizeof *endings; k++) {
        size_t el = strlen(endings[k][0]);
        if (w->nlen <= el + 1 || strcmp(w->norm + w->nlen - el, endings[k][0]) != 0) continue;
        int len = join(lemma, sizeof lemma, w->norm, w->nlen - el, endings[k][1]);
        if (tc_wordnet_lookup(n->wn, lemma, (size_t)len, 'v', &first, &all)) return 1;
    }
    return 0;
}

/* Closed-class words WordNet has as nouns (modals, auxiliaries, relative pronouns,
 * prepositions and articles: "in" the inch, "at" the unit, "a" the vitamin): after an adjective
 * used as a noun they are no compound ("an American who", "the Chinese have", "Japanese are",
 * "a Russian tank must"), and after a noun they end it ("an Israeli tank in Gaza"). */
static int closed_class(const tc_token *w)
{
    static const char *const words[] = {
        "must", "might", "may",  "shall", "ought", "will", "can",  "are", "is",   "was",   "were",
        "be",   "been",  "have", "has",   "had",   "do",   "does", "did", "who",  "which", "that",
        "whom", "whose", "in",   "at",    "on",    "of",   "by",   "for", "from", "to",    "with",
        "into", "near",  "as",   "a",     "an",    "the",  "and",  "or"};
    if (w->nlen > 5) return 0; /* the longest is "ought" */
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (words[k][0] == w->norm[0] && !strcmp(w->norm, words[k])) return 1;
    return 0;
}

uint32_t tc_nouns_designator_end(const tc_text *t, uint32_t i, uint32_t end)
{
    if (i + 2 >= end) return i;
    const tc_token *a = &t->toks[i], *h = &t->toks[i + 1], *b = &t->toks[i + 2];
    if (!(a->flags & TC_TOK_UPPER) || a->nlen > 3 || h->nlen != 1 || h->norm[0] != '-' ||
        !(b->flags & TC_TOK_NUM))
        return i;
    if (a->off + a->len != h->off || h->off + h->len != b->off) return i;
    return i + 3;
}

int tc_nouns_common(const tc_nouns *n, const tc_token *w)
{
    reading r;
    if (!n || w->nlen >= LEMMA_MAX / 2) return 0;
    for (uint32_t k = 0; k < w->nlen; k++)
        if (!(w->norm[k] >= 'a' && w->norm[k] <= 'z') && w->norm[k] != '-') return 0;
    return read_noun(n, "", w, &r) || verb_form(n, w, 1);
}

int tc_nouns_plural(const tc_nouns *n, const tc_token *w)
{
    reading r = {0};
    return n && plain_lower(w, 1) && read_noun(n, "", w, &r) && r.plural;
}

tc_noun_sort tc_nouns_head(const tc_nouns *n, const tc_text *t, uint32_t i, uint32_t end,
                           int before, uint32_t *ntok, const char **why)
{
    tc_noun_sort sort = TC_NOUN_NONE;
    *ntok = 0;
    *why = "";
    if (!n) return sort;
    uint32_t j = tc_nouns_designator_end(t, i, end); /* "U.S. B-2 bombers", "Israeli F-35 jets" */
    *ntok = j - i;
    for (int words = 0; words < 3 && j < end; words++) {
        const tc_token *w = &t->toks[j];
        if (!plain_lower(w, words == 0 && (before & TC_NOUNS_CAPITAL)) || closed_class(w)) break;
        reading r = {0};
        uint32_t len = 1;
        const tc_token *w2 = j + 1 < end ? &t->toks[j + 1] : NULL;
        char prefix[LEMMA_MAX];
        join(prefix, sizeof prefix, w->norm, w->nlen, " ");
        if (w2 && plain_lower(w2, 0) && read_noun(n, prefix, w2, &r))
            len = 2; /* "aircraft carriers", "armored vehicle" */
        else if (!read_noun(n, "", w, &r))
            break;
        /* after a noun, a word that is also a verb is more likely the verb: "company says"; after
         * a subject, so is the first ("Ukraine accused", "Armenia and Azerbaijan have") */
        if (words > 0 && r.verb && len == 1) break;
        int mode = before & ~TC_NOUNS_CAPITAL;
        if (words == 0 && mode != TC_NOUNS_MODIFIER && verb_form(n, w, mode == TC_NOUNS_SUBJECT))
            break;
        sort = r.sort;
        *why = r.why;
        j += len;
        *ntok = j - i;
        if (r.plural) break; /* a plural heads its phrase */
    }
    return sort;
}
