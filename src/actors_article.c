/* actors_article: what a whole article says of a person's name (tc_actors_scan_article,
 * declared in actors.h). News names a person in full once, with what places them ("White House
 * press secretary Karoline Leavitt"), and by the surname alone before or after ("Leavitt
 * called ..."); tc_actors_resolve carries a name forwards, sentence to sentence, through a
 * ring of the last eight persons. Here the whole article is read first: every placed person's
 * name (its full form, its first and its last word) is a key to its code, and a name of the
 * article no dictionary knows and nothing placed takes the code its key gives, from anywhere
 * in the article. A key that two different names share with different states (or a placed
 * and an unplaced one: "Jimmy Lai", "Sebastien Lai") is no key. The main structure is one
 * map from "n|full name", "l|last word", "f|first word" (lower-case) to the holder. */
#include "actors.h"

#include "actors_int.h"
#include "hash.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Words before a surname that say a person's office or standing, not their name:
 * "Secretary Rubio", "Professor Mesut Casin", "Mawlawi Hibatullah Akhundzada". */
static const char titles[] =
    " mr mrs ms dr prof sir dame madam professor president secretary minister "
    "senator sen rep representative ambassador governor gov mayor judge justice "
    "general gen colonel col lt captain capt admiral adm sergeant sgt chairman "
    "chairwoman chancellor premier commissioner director lawyer attorney prince "
    "princess king queen sheikh emir imam mawlawi mullah pastor father bishop "
    "cardinal pope deputy vice prime foreign interior defense defence finance "
    "speaker spokesman spokeswoman spokesperson officer detective inspector "
    "superintendent chief marshal lord lady rabbi reverend rev brother sister "
    "presidential advisor adviser senior former acting ";

/* Months and days: capitalised words that are no surname alone ("May said" aside). */
static const char calendar[] =
    " january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday ";

/* Words that open a sentence with a capital before a surname: "But Countryman said". */
static const char openers[] =
    " but and so then yet still now when as if while after since because though "
    "although also later meanwhile however instead earlier today ";

/* Each thread keeps an index of every list listed was asked of (by the list's address): its
 * words, each between two blanks, by a hash of their bytes, as offset << 6 | length (0: empty).
 * A look-up is a hash and a comparison, not a scan of the list (strstr over the titles cost
 * 1% of the coding); the answer is strstr's, which a key with a blank or a NUL still asks. */
enum { LIST_SLOTS = 512, LIST_TABLES = 32 };
typedef struct {
    const char *list; /* NULL: free */
    int usable;       /* 0: the list does not fit, strstr answers */
    uint32_t slot[LIST_SLOTS];
} list_index;
static _Thread_local list_index list_cache[LIST_TABLES];

static uint32_t list_hash(const char *w, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t k = 0; k < n; k++) h = (h ^ (unsigned char)w[k]) * 16777619u;
    return h;
}

static void list_build(list_index *x, const char *list)
{
    size_t len = strlen(list), words = 0;
    memset(x->slot, 0, sizeof x->slot);
    x->list = list;
    x->usable = len < (1u << 25);
    for (size_t i = 1; i < len && x->usable; i++) {
        if (list[i] == ' ' || list[i - 1] != ' ') continue;
        size_t e = i;
        while (e < len && list[e] != ' ') e++;
        if (e == len) break; /* (no blank after it: strstr never finds it) */
        if (e - i >= 64 || ++words > LIST_SLOTS / 2) {
            x->usable = 0;
            break;
        }
        uint32_t s = list_hash(list + i, e - i) & (LIST_SLOTS - 1);
        while (x->slot[s]) s = (s + 1) & (LIST_SLOTS - 1);
        x->slot[s] = (uint32_t)i << 6 | (uint32_t)(e - i);
        i = e;
    }
}

/* Is the word w[0..n) one of list's blank-separated words (which starts and ends with a blank),
 * case aside? */
static int listed(const char *w, size_t n, const char *list)
{
    char key[40];
    if (n + 3 > sizeof key || !n) return 0;
    key[0] = ' ';
    int plain = 1;
    for (size_t k = 0; k < n; k++) {
        key[k + 1] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
        plain &= key[k + 1] != ' ' && key[k + 1] != 0;
    }
    key[n + 1] = ' ';
    key[n + 2] = 0;
    uint32_t t = (uint32_t)(((uintptr_t)list >> 3) * 2654435761u) % LIST_TABLES;
    for (int probes = 0; plain && probes < LIST_TABLES; probes++, t = (t + 1) % LIST_TABLES) {
        list_index *x = &list_cache[t];
        if (!x->list) list_build(x, list);
        if (x->list != list) continue;
        if (!x->usable) break;
        for (uint32_t s = list_hash(key + 1, n) & (LIST_SLOTS - 1); x->slot[s];
             s = (s + 1) & (LIST_SLOTS - 1))
            if ((x->slot[s] & 63) == n && !memcmp(list + (x->slot[s] >> 6), key + 1, n)) return 1;
        return 0;
    }
    return strstr(list, key) != NULL;
}

/* The words of a name, lower-case, titles before it dropped ("Secretary of State Marco
 * Rubio" is "marco rubio": "of" and "state" too once a title opened it), into buf (cap
 * bytes), blank-separated; their count (0 when the name has none or is too long). */
static int name_words(const char *name, char *buf, size_t cap)
{
    const char *p = name;
    int n = 0, titled = 0;
    size_t used = 0;
    buf[0] = 0;
    while (*p) {
        while (*p == ' ') p++;
        size_t len = strcspn(p, " ");
        if (!len) break;
        size_t wl = len - (p[len - 1] == '.'); /* "Mr." */
        int title = listed(p, wl, titles) || (titled && listed(p, wl, " of state "));
        if (!n && title) {
            titled = 1;
            p += len;
            continue;
        }
        if (used + len + 2 > cap) return 0;
        if (n) buf[used++] = ' ';
        for (size_t k = 0; k < len; k++) {
            if (k + 2 < len && !memcmp(p + k, "\xe2\x80\x99", 3)) {
                buf[used++] = '\''; /* "al-Rufay’i" is "al-Rufay'i" */
                k += 2;
                continue;
            }
            buf[used++] = (char)(p[k] >= 'A' && p[k] <= 'Z' ? p[k] + 32 : p[k]);
        }
        buf[used] = 0;
        n++;
        p += len;
    }
    return n;
}

typedef struct {
    const tc_mention *m; /* the first placed mention of the name, or NULL for an unplaced one */
    const char *name;    /* its words (name_words) */
    int ambiguous;       /* two names under the key that are not of one state */
} holder;

/* Is m a person's mention whose name can stand for them: a person of the dictionaries or a
 * name no dictionary knows that is no place of the gazetteer nor an organisation's? placed: it
 * has a code that is not an agent's alone ("---GOV"). */
static int person_mention(const tc_mention *m, int *placed)
{
    int unknown = (m->flags & TC_MENTION_UNKNOWN) != 0;
    if (m->kind != TC_KIND_PERSON && !unknown) return 0;
    if (unknown && m->kind == TC_KIND_REGION) return 0; /* a bare place ("Quetta") */
    if (unknown && m->rule && !strncmp(m->rule, "an organisation", 15)) return 0;
    *placed = m->code[0] && m->code[0] != '-';
    return 1;
}

/* Words of an administration's name beside the organisations' of actors.c ("the Directorate of
 * Information"). */
static const char admin_units[] = " directorate office secretariat division section ";

/* Does any word of the name (name_words) make it an organisation's ("Eurasia Group")? */
static int org_words(const char *words)
{
    char w[64];
    for (const char *p = words; *p;) {
        size_t len = strcspn(p, " ");
        if (len < sizeof w) {
            memcpy(w, p, len);
            w[len] = 0;
            if (tc_actors_org_word(w) || listed(w, len, admin_units)) return 1;
        }
        p += len;
        p += *p == ' ';
    }
    return 0;
}

/* Puts the name of mention m (its words, nw of them) under key ("n|", "l|", "f|" + word). */
static void hold(tc_map *map, tc_arena *a, const char *prefix, const char *word, size_t len,
                 const tc_mention *m, const char *words, int placed)
{
    char *key = tc_arena_alloc(a, len + 3);
    memcpy(key, prefix, 2);
    memcpy(key + 2, word, len);
    key[len + 2] = 0;
    holder *h = tc_map_get(map, key, len + 2);
    if (!h) {
        h = tc_arena_calloc(a, 1, sizeof *h);
        h->m = placed ? m : NULL;
        h->name = words;
        tc_map_put(map, key, len + 2, h);
        return;
    }
    if (!strcmp(h->name, words) && (h->m || !placed)) return; /* the same person again */
    if (!strcmp(h->name, words)) {
        h->m = m; /* placed once, unplaced elsewhere: one person */
        return;
    }
    /* two names: one key only when both are placed in one state */
    if (!placed || !h->m || strncmp(h->m->code, m->code, 3)) h->ambiguous = 1;
}

/* The length of a particle glued by a hyphen to the start of word ("al-", "el-"), or 0. */
static size_t particle(const char *word)
{
    static const char *const particles[] = {"al-", "el-", "ad-", "as-", "an-", "ash-", "at-"};
    for (size_t k = 0; k < sizeof particles / sizeof *particles; k++) {
        size_t n = strlen(particles[k]);
        if (!strncmp(word, particles[k], n) && strlen(word) > n + 2) return n;
    }
    return 0;
}

/* Registers the person's mention m under its full name, its first and its last word. */
static void register_person(tc_map *map, tc_arena *a, const tc_mention *m)
{
    char buf[128];
    int placed;
    if (!person_mention(m, &placed)) return;
    int n = name_words(m->name, buf, sizeof buf);
    /* "Andy Levin of Michigan", "Martin Kelly of EOS Risk Group": the name is before "of" */
    char *of = strstr(buf, " of ");
    if (of && strchr(buf, ' ') < of) *of = 0;
    if (n < 2 || org_words(buf)) return;
    char *words = tc_arena_strndup(a, buf, strlen(buf));
    const char *sp = strchr(words, ' '), *last = strrchr(words, ' ') + 1;
    hold(map, a, "n|", words, strlen(words), m, words, placed);
    hold(map, a, "l|", last, strlen(last), m, words, placed);
    size_t pl = particle(last);
    if (pl) hold(map, a, "l|", last + pl, strlen(last + pl), m, words, placed); /* "al-Bashir" */
    /* "Beledweyne District Commissioner X": the first word is the place's, not the person's */
    if (strncmp(m->rule, "a place's office", 16))
        hold(map, a, "f|", words, (size_t)(sp - words), m, words, placed);
}

static const tc_mention *lookup(const tc_map *map, const char *prefix, const char *word, size_t len)
{
    char key[130];
    if (len + 3 > sizeof key) return NULL;
    memcpy(key, prefix, 2);
    memcpy(key + 2, word, len);
    key[len + 2] = 0;
    const holder *h = tc_map_get(map, key, len + 2);
    return h && !h->ambiguous ? h->m : NULL;
}

/* Is word the last word of any person's name of the article, placed or not ("Lai" of "Jimmy
 * Lai"; not the first: "Houston" of "Houston Asian American Archive")? */
static int person_word(const tc_map *map, const char *word, size_t len)
{
    char key[130];
    if (len + 3 > sizeof key) return 0;
    memcpy(key + 2, word, len);
    key[len + 2] = 0;
    memcpy(key, "l|", 2);
    return tc_map_get(map, key, len + 2) != NULL;
}

/* The placed person that the name of unknown mention u stands for: its full name, or one
 * word that is a placed person's last or first word. NULL when none or ambiguous. */
static const tc_mention *stands_for(const tc_map *map, const tc_mention *u)
{
    char buf[128];
    int n = name_words(u->name, buf, sizeof buf);
    if (n >= 2) return lookup(map, "n|", buf, strlen(buf));
    if (n != 1 || strlen(buf) < 3) return NULL;
    const tc_mention *p = lookup(map, "l|", buf, strlen(buf));
    return p ? p : lookup(map, "f|", buf, strlen(buf));
}

/* Is u a place of the gazetteer named by one word ("Lai", a town of Chad), or a reference to
 * one? */
static int one_word_place(const tc_mention *u)
{
    return (u->flags & TC_MENTION_UNKNOWN) && u->kind == TC_KIND_REGION && !strchr(u->name, ' ');
}

/* May an agent with no state (m: "Senator X" = ---LEG) be person p, by their agents: p has
 * none ("TUR") or the same ("KENLEG")? */
static int agrees(const tc_mention *m, const tc_mention *p)
{
    return strlen(p->code) == 3 || !strcmp(m->code + 3, p->code + 3);
}

/* Places mention m, a name no dictionary knows, by the person p it names: unplaced, it takes
 * p's code; an agent with no state ("President Lai" = ---GOV), p's state with its own agent. */
static void place_by_person(tc_mention *m, const tc_mention *p)
{
    if (!strncmp(m->code, "---", 3)) {
        if (!agrees(m, p)) return;
        memcpy(m->code, p->code, 3);
        m->kind = TC_KIND_COUNTRY; /* a state's agent, as "a Taiwanese official" */
    } else {
        snprintf(m->code, sizeof m->code, "%s", p->code);
        m->kind = p->kind;
        m->entry = p->entry;
    }
    m->rule = "a person's name, given in full elsewhere in the article";
}

/* Places the names no dictionary knows of m[0..n) by the persons of map: one left unplaced,
 * or with an agent and no state; a place of one word that is a person's name in this article
 * ("the younger Lai" beside "Jimmy Lai") is that person, or no place when the name is
 * ambiguous. */
static void place_names(const tc_map *map, tc_mention *m, size_t n)
{
    char buf[128];
    for (size_t k = 0; k < n; k++) {
        tc_mention *u = &m[k];
        if (!(u->flags & TC_MENTION_UNKNOWN)) continue;
        int bare = one_word_place(u) && name_words(u->name, buf, sizeof buf) == 1 &&
                   person_word(map, buf, strlen(buf));
        if (u->code[0] && strncmp(u->code, "---", 3) && !bare) continue;
        const tc_mention *p = stands_for(map, u);
        if (p) {
            if (bare) u->code[0] = 0;
            place_by_person(u, p);
        } else if (bare) {
            u->code[0] = 0;
            u->kind = TC_KIND_UNKNOWN;
            u->rule = "a person's name in this article, not the place";
        }
    }
}

/* May the capitalised word of sentence s at token i, which no mention covers, be a surname
 * alone ("Leavitt called", "Crow told VOA"): no capitalised word touching it but a title or a
 * sentence's opening "But", no month, no common noun after it ("the Gee family")? A first name
 * is taken only when it is no common word ("Sun said", not "Will the talks"). */
static int lone_word(const tc_actors *d, const tc_text *t, const tc_sentence *s, uint32_t i)
{
    const tc_token *w = &t->toks[i];
    uint32_t end = s->tok0 + s->ntok;
    if (!(w->flags & TC_TOK_CAP) || !(w->flags & TC_TOK_WORD) || w->nlen < 2 ||
        (w->nlen < 3 && (w->flags & TC_TOK_UPPER)) || listed(w->norm, w->nlen, calendar))
        return 0;
    if (i + 1 < end && (t->toks[i + 1].flags & (TC_TOK_CAP | TC_TOK_UPPER))) return 0;
    if (tc_actors_noun_at(d, t, i + 1, end)) return 0; /* "the Gee family": a modifier */
    if (i > s->tok0 && (t->toks[i - 1].flags & (TC_TOK_CAP | TC_TOK_UPPER))) {
        const tc_token *b = &t->toks[i - 1];
        size_t bl = b->nlen - (b->norm[b->nlen - 1] == '.');
        if (!listed(b->norm, bl, titles) && !(i - 1 == s->tok0 && listed(b->norm, bl, openers)))
            return 0;
    }
    return 1;
}

/* The person a lone capitalised word (lone_word) at token i of s names, by map: a placed
 * person's last word, or first word when WordNet does not know it. NULL when none. */
static const tc_mention *lone_surname(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                                      uint32_t i, const tc_map *map)
{
    const tc_token *w = &t->toks[i];
    if (!lone_word(d, t, s, i)) return NULL;
    const tc_mention *p = lookup(map, "l|", w->norm, w->nlen);
    if (!p && !tc_actors_common_word(d, w)) p = lookup(map, "f|", w->norm, w->nlen);
    return p;
}

/* An organisation's name of one word that is the surname of a person of the dictionaries the
 * article names in full, anywhere ("Michael R. Bloomberg ... Bloomberg now denies he ever
 * said": not Bloomberg News): that person. Not a state's name ("Michael Jordan ... Jordan"). */
static void orgs_as_persons(const tc_text *t, tc_mention *m, size_t n, const tc_map *map)
{
    for (size_t k = 0; k < n; k++) {
        tc_mention *o = &m[k];
        const tc_token *w = &t->toks[o->tok0];
        if ((o->flags & TC_MENTION_UNKNOWN) || o->ntok != 1 || !(w->flags & TC_TOK_CAP) ||
            (o->kind != TC_KIND_METONYM && o->kind != TC_KIND_NGO && o->kind != TC_KIND_IGO &&
             o->kind != TC_KIND_GROUP))
            continue;
        const tc_mention *p = lookup(map, "l|", w->norm, w->nlen);
        if (!p || p->kind != TC_KIND_PERSON || (p->flags & TC_MENTION_UNKNOWN)) continue;
        uint32_t tok0 = o->tok0;
        *o = *p;
        o->tok0 = tok0;
        o->ntok = 1;
        o->rule = "an organisation's name that is the surname of a person the article names";
    }
}

/* Places by map the names of sentence s (mentions m[0..n)) and adds the lone surnames no
 * mention covers; the new array in a, its count in *n. */
static tc_mention *place_sentence(const tc_actors *d, const tc_text *t, uint32_t sent,
                                  tc_mention *m, size_t *n, const tc_map *map, tc_arena *a)
{
    const tc_sentence *s = &t->sents[sent];
    place_names(map, m, *n);
    orgs_as_persons(t, m, *n, map);
    tc_mention *res = NULL;
    size_t nres = 0, k = 0;
    for (uint32_t i = s->tok0; i < s->tok0 + s->ntok; i++) {
        if (k < *n && m[k].tok0 + m[k].ntok <= i) k++;
        if (k < *n && m[k].tok0 <= i) continue;
        const tc_mention *p = lone_surname(d, t, s, i, map);
        if (!p) continue;
        if (!res) {
            res = tc_arena_alloc(a, (*n + s->ntok) * sizeof *res);
            memcpy(res, m, *n * sizeof *m);
            nres = *n;
        }
        size_t at = 0;
        while (at < nres && res[at].tok0 < i) at++;
        tc_mention *title = at ? &res[at - 1] : NULL; /* "Senator Hale": one mention */
        if (title && title->tok0 + title->ntok == i && !strncmp(title->code, "---", 3)) {
            if (!agrees(title, p)) continue;
            memcpy(title->code, p->code, 3);
            title->ntok++;
            title->name = p->name;
            title->kind = TC_KIND_COUNTRY;
            title->rule = "an agent with no state + a person's surname, given in full "
                          "elsewhere in the article";
            continue;
        }
        memmove(res + at + 1, res + at, (nres - at) * sizeof *res);
        res[at] = *p;
        res[at].tok0 = i;
        res[at].ntok = 1;
        res[at].rule = "a person's surname, given in full elsewhere in the article";
        nres++;
    }
    if (!res) return m;
    *n = nres;
    return res;
}

/* ---- a role in apposition that names a place ---- */

/* Words that end an apposition: "X, a lawyer in Kenya, said"; "X, who ...". */
static const char appos_end[] = " , . ; : ( ) \" who which that said says told added — -- is was "
                                "are were has had have ";

/* Prepositions of a role before what places it: "director of", "professor at", "living in". */
static const char role_preps[] = " of at for from with in ";

/* Verbs of where one works or lives, right after a name or its apposition's comma: "X works
 * at the office of the Kenyan government spokesperson". */
static const char work_verbs[] = " works worked lives lived ";

/* Verbs of an office after ", who": "X, who heads the Kharkiv city council". */
static const char office_verbs[] = " heads headed leads led chairs chaired runs ran directs "
                                   "directed manages managed ";

/* Words before a preposition that make what follows a topic, not a place: "an expert in
 * Iran", "studies of China". */
static const char topic_words[] = " expert experts analyst analysts specialist scholar researcher "
                                  "studies study politics history affairs policy relations "
                                  "watcher observer critic critics ";

/* Does mention q place what it follows in a state: a state, a place of the gazetteer, a state's
 * agent or capital, an organisation placed in one; not a person, group or people ("a critic of
 * Putin", "a descendant of the Alawites")? */
static int places_role(const tc_actors *d, const tc_mention *q)
{
    return tc_actors_is_state(d, q->code) && q->kind != TC_KIND_PERSON &&
           q->kind != TC_KIND_GROUP && q->kind != TC_KIND_ETHNIC &&
           !((q->flags & TC_MENTION_UNKNOWN) && q->kind == TC_KIND_PERSON);
}

/* Nouns that say what an organisation is, in apposition after its name: "the Foreign Policy
 * Institute, a think tank in Ankara". */
static const char org_nouns[] = " tank group organisation organization consultancy firm company "
                                "agency institute foundation network charity coalition "
                                "association university ";

/* Is token i the head of a role: a person's (tc_actors_role_word), or for an organisation's
 * name (org) what it is (org_nouns)? */
static int role_head(const tc_actors *d, const tc_text *t, uint32_t i, int org)
{
    return org ? listed(t->toks[i].norm, t->toks[i].nlen, org_nouns) : tc_actors_role_word(d, t, i);
}

/* The state of the role in apposition after the unplaced person u (m[k]), a role noun among
 * its first words (after an article or "as"): "X, the vice
 * president of studies at the Observer Research Foundation in New Delhi", "X, senior fellow with
 * the Singapore Institute of International Affairs", "X, a lawmaker and former majority leader
 * in Kenya's National Assembly": after the comma, up to the apposition's end (appos_end, 24
 * tokens at most), the first mention that places_role right after a role's preposition (maybe
 * "the"), not after a topic word. Into cc3; 0 when none. */
static int role_place(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                      const tc_mention *m, size_t n, size_t k, int org, char cc3[4])
{
    uint32_t c = m[k].tok0 + m[k].ntok, end = s->tok0 + s->ntok;
    if (c + 2 >= end) return 0;
    /* "X, 29, works at ...": an age between */
    if (c + 4 < end && !strcmp(t->toks[c].norm, ",") && !strcmp(t->toks[c + 2].norm, ",") &&
        t->toks[c + 1].norm[0] >= '0' && t->toks[c + 1].norm[0] <= '9')
        c += 2;
    uint32_t stop = c + 1, r = c + 1, office = 0;
    /* "X is the former director of ...", "X was a lawyer in ...": a role after a copula */
    int copula = !org && listed(t->toks[c].norm, t->toks[c].nlen, " is was ");
    if (copula && listed(t->toks[r].norm, t->toks[r].nlen, " also ")) r++;
    if (copula && !listed(t->toks[r].norm, t->toks[r].nlen, " a an the ")) return 0;
    /* "X works at the office of the Kenyan government spokesperson": where one works or lives */
    if (!org && listed(t->toks[c].norm, t->toks[c].nlen, work_verbs))
        office = c;
    else if (!copula && strcmp(t->toks[c].norm, ","))
        return 0;
    else if (!copula && !org && listed(t->toks[r].norm, t->toks[r].nlen, work_verbs))
        office = r;
    /* "X, who heads the Kharkiv city council": the office's verb is the role */
    else if (!copula && c + 3 < end && !strcmp(t->toks[r].norm, "who") &&
             listed(t->toks[r + 1].norm, t->toks[r + 1].nlen, office_verbs))
        office = r + 1;
    if (office) stop = office + 1;
    if (!office && listed(t->toks[r].norm, t->toks[r].nlen, " a an the as ")) r++;
    while (!office && r < end && r < c + 7 && !role_head(d, t, r, org) &&
           (!(t->toks[r].flags & TC_TOK_PUNCT) || !strcmp(t->toks[r].norm, "-")))
        r++; /* "a study co-author", "the vice president", "senior fellow", "a think tank", "a
              * North Korean expert" */
    if (!office && (r >= end || !role_head(d, t, r, org))) return 0;
    while (stop < end && stop < c + 25 &&
           !listed(t->toks[stop].norm, t->toks[stop].nlen, appos_end))
        stop++;
    for (size_t q = k + 1; q < n && m[q].tok0 < stop; q++) {
        /* an international organisation or an NGO the role is in: no state's */
        if (!strncmp(m[q].code, "IGO", 3) || !strncmp(m[q].code, "NGO", 3)) return 0;
        uint32_t p = m[q].tok0 - 1;
        /* "at Leiden University in the Netherlands": the mention is "University in the
         * Netherlands"; the capitalised words before it are its name's */
        for (uint32_t w = 0; w < 3 && p > c + 1 && (t->toks[p].flags & TC_TOK_CAP) &&
                             (t->toks[p].flags & TC_TOK_WORD);
             w++)
            p--;
        /* "of the Germany-based Kurdish Center for Studies": where it is based, before it */
        if (p > c + 3 && !strcmp(t->toks[p].norm, "based") && !strcmp(t->toks[p - 1].norm, "-"))
            for (p -= 2;
                 p > c + 1 && (t->toks[p].flags & TC_TOK_CAP) && (t->toks[p].flags & TC_TOK_WORD);)
                p--;
        if (p > c && !strcmp(t->toks[p].norm, "the")) p--;
        if (p != office && (p <= c + 1 || !listed(t->toks[p].norm, t->toks[p].nlen, role_preps) ||
                            (listed(t->toks[p - 1].norm, t->toks[p - 1].nlen, topic_words) &&
                             !(t->toks[p - 1].flags & TC_TOK_CAP))))
            continue;
        /* "representative for North Korea", "envoy for Syria": a portfolio, not a seat */
        if (!places_role(d, &m[q]) || (!strcmp(t->toks[p].norm, "for") && strlen(m[q].code) == 3))
            continue;
        snprintf(cc3, 4, "%.3s", m[q].code);
        return 1;
    }
    return 0;
}

/* Is the name u right before "of", "from", "at" or "with" (and "the") and q, an organisation no
 * dictionary knows that its apposition placed ("Huseyin Bagci of the Foreign Policy Institute,
 * a think tank in Ankara")? */
static int of_placed_org(const tc_text *t, const tc_mention *u, const tc_mention *q)
{
    uint32_t j = u->tok0 + u->ntok;
    if (!(q->flags & TC_MENTION_UNKNOWN) || !q->rule ||
        strncmp(q->rule, "an organisation no dictionary knows with what it is", 51) ||
        !listed(t->toks[j].norm, t->toks[j].nlen, " of from at with "))
        return 0;
    return q->tok0 == j + 1 || (q->tok0 == j + 2 && !strcmp(t->toks[j + 1].norm, "the"));
}

/* Places the names no dictionary knows of sentence s (m[0..n)), right to left, by the role in
 * apposition after them: persons by their role, organisations by what they are ("X, a think
 * tank in Ankara"), then a person "of" such an organisation. */
static void place_by_role(const tc_actors *d, const tc_text *t, uint32_t sent, tc_mention *m,
                          size_t n)
{
    char buf[128], cc3[4];
    for (size_t k = n; k-- > 0;) {
        tc_mention *u = &m[k];
        if (!(u->flags & TC_MENTION_UNKNOWN) || u->code[0] || u->kind != TC_KIND_UNKNOWN ||
            name_words(u->name, buf, sizeof buf) < 2)
            continue;
        int org = org_words(buf);
        if (role_place(d, t, &t->sents[sent], m, n, k, org, cc3)) {
            memcpy(u->code, cc3, 4);
            u->kind = TC_KIND_COUNTRY;
            u->rule = org ? "an organisation no dictionary knows with what it is in a place in "
                            "apposition"
                          : "a name no dictionary knows with a role in a place in apposition";
        } else if (!org && k + 1 < n && of_placed_org(t, u, &m[k + 1])) {
            memcpy(u->code, m[k + 1].code, 3);
            u->code[3] = 0;
            u->kind = TC_KIND_COUNTRY;
            u->rule = "a name no dictionary knows of an organisation its apposition places";
        }
    }
}

/* Is the unknown person's name m (no code, no organisation's word) unplaced? */
static int bare_person(const tc_mention *m)
{
    char buf[128];
    return (m->flags & TC_MENTION_UNKNOWN) && !m->code[0] && m->kind == TC_KIND_UNKNOWN &&
           name_words(m->name, buf, sizeof buf) >= 1 && !org_words(buf);
}

/* The mention of m[0..n) after index k that starts at token i, or NULL. */
static const tc_mention *mention_at(const tc_mention *m, size_t n, size_t k, uint32_t i)
{
    for (size_t q = k + 1; q < n && m[q].tok0 <= i; q++)
        if (m[q].tok0 == i) return &m[q];
    return NULL;
}

/* The token after the unplaced name m[k], or after a second one joined to it by "and" (then
 * *v, else NULL): "X", "X and Y". */
static uint32_t person_pair(const tc_text *t, uint32_t end, tc_mention *m, size_t n, size_t k,
                            tc_mention **v)
{
    uint32_t j = m[k].tok0 + m[k].ntok;
    *v = NULL;
    if (j + 1 < end && !strcmp(t->toks[j].norm, "and") && k + 1 < n && m[k + 1].tok0 == j + 1 &&
        bare_person(&m[k + 1])) {
        *v = &m[k + 1];
        j = (*v)->tok0 + (*v)->ntok;
    }
    return j;
}

/* Places the unplaced names of sentence s (m[0..n)) that an apposition says are from a place,
 * with no role: "X, from Azerbaijan, said", "X and Y, both from Azerbaijan, pleaded": after
 * the name (or two names joined by "and"), a comma, maybe "both", "from" (and "the") and a
 * mention that places_role, which ends the apposition (a comma, a period, the sentence's end). */
static void place_from(const tc_actors *d, const tc_text *t, uint32_t sent, tc_mention *m, size_t n)
{
    const tc_sentence *s = &t->sents[sent];
    uint32_t end = s->tok0 + s->ntok;
    for (size_t k = 0; k < n; k++) {
        tc_mention *u = &m[k], *v;
        if (!bare_person(u)) continue;
        uint32_t j = person_pair(t, end, m, n, k, &v);
        if (j + 3 >= end || strcmp(t->toks[j].norm, ",")) continue;
        j++;
        if (!strcmp(t->toks[j].norm, "both") && v) j++;
        if (strcmp(t->toks[j].norm, "from")) continue;
        j++;
        j += j < end && !strcmp(t->toks[j].norm, "the");
        const tc_mention *q = mention_at(m, n, k, j);
        uint32_t after = q ? q->tok0 + q->ntok : end;
        if (!q || !places_role(d, q) ||
            (after < end && strcmp(t->toks[after].norm, ",") && strcmp(t->toks[after].norm, ".")))
            continue;
        for (tc_mention *w = u; w; w = w == u ? v : NULL) {
            snprintf(w->code, 4, "%.3s", q->code);
            w->kind = TC_KIND_COUNTRY;
            w->rule = "a name no dictionary knows 'from' a place in apposition ('X, from Y,')";
        }
    }
}

/* Places the unplaced names of sentence s (m[0..n)) that a copula says are of a state's
 * people: "X and Y are second-generation Chagossians whose ...", "X is Kenyan." (one name or
 * two joined by "and", "is" / "are" / "was" / "were", at most three lower-case modifiers, then
 * a state's people or adjective that no noun follows). */
static void place_by_copula(const tc_actors *d, const tc_text *t, uint32_t sent, tc_mention *m,
                            size_t n)
{
    const tc_sentence *s = &t->sents[sent];
    uint32_t end = s->tok0 + s->ntok;
    for (size_t k = 0; k < n; k++) {
        tc_mention *u = &m[k], *v;
        if (!bare_person(u)) continue;
        uint32_t j = person_pair(t, end, m, n, k, &v);
        if (j + 1 >= end || !listed(t->toks[j].norm, t->toks[j].nlen, " is are was were "))
            continue;
        uint32_t i = j + 1;
        while (i < end && i < j + 6 && !(t->toks[i].flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
               ((t->toks[i].flags & TC_TOK_WORD) || !strcmp(t->toks[i].norm, "-")) &&
               !listed(t->toks[i].norm, t->toks[i].nlen, " a an the not "))
            i++;
        const tc_mention *q = mention_at(m, n, k, i);
        uint32_t after = q ? q->tok0 + q->ntok : end;
        if (!q || q->flags || strlen(q->code) != 3 || !tc_actors_is_state(d, q->code) ||
            (q->kind != TC_KIND_COUNTRY && q->kind != TC_KIND_ADJ) || q->tok0 != i ||
            tc_actors_noun_at(d, t, after, end) ||
            (after < end && ((t->toks[after].flags & (TC_TOK_CAP | TC_TOK_UPPER)) ||
                             !strcmp(t->toks[after].norm, "'s"))))
            continue; /* not "X is China's biggest trading partner" */
        for (tc_mention *w = u; w; w = w == u ? v : NULL) {
            memcpy(w->code, q->code, 4);
            w->kind = TC_KIND_COUNTRY;
            w->rule = "a name no dictionary knows that a copula says is of a state's people";
        }
    }
}

/* ---- a place's office before a name ---- */

/* Words of a place's administration between its name and an office: "Lamu County
 * Commissioner", "Beledweyne District Commissioner". */
static const char admin_words[] = " county district province provincial state regional region city "
                                  "municipal town village ";

/* Offices of a place's government: the place's state and GOV. */
static const char place_offices[] = " commissioner governor mayor administrator prefect premier "
                                    "deputy chief police ";

/* The state of a place of 1 to 3 capitalised words ending right before token e, at or after
 * token first, into cc3, and its first token into *from; 0 when none. */
static int place_before(const tc_actors *d, const tc_text *t, uint32_t first, uint32_t e,
                        char cc3[4], uint32_t *from)
{
    for (uint32_t len = 3; len >= 1; len--) {
        if (e < first + len) continue;
        int caps = 1;
        for (uint32_t i = e - len; i < e; i++)
            caps &= (t->toks[i].flags & TC_TOK_CAP) && (t->toks[i].flags & TC_TOK_WORD);
        if (caps && tc_actors_place(d, t, e - len, e, cc3)) {
            *from = e - len;
            return 1;
        }
    }
    return 0;
}

/* Places the names of sentence s (m[0..n)) that open with a place's office: a name no
 * dictionary knows "Lamu County Commissioner Irungu Macharia" (a place, maybe its
 * administration's words, an office of place_offices, then at least one word of the name),
 * or an agent with no state right after a place no mention covers ("Solo Mayor X" = ---GOV):
 * the place's state and GOV, or the agent's own. */
static void place_offices_before(const tc_actors *d, const tc_text *t, uint32_t sent, tc_mention *m,
                                 size_t n)
{
    const tc_sentence *s = &t->sents[sent];
    char cc3[4];
    uint32_t from;
    for (size_t k = 0; k < n; k++) {
        tc_mention *u = &m[k];
        uint32_t i = u->tok0, end = u->tok0 + u->ntok;
        if (!strncmp(u->code, "---", 3) && i > s->tok0 &&
            (!k || m[k - 1].tok0 + m[k - 1].ntok < i) &&
            listed(t->toks[i].norm, t->toks[i].nlen, place_offices) &&
            place_before(d, t, k ? m[k - 1].tok0 + m[k - 1].ntok : s->tok0, i, cc3, &from)) {
            memcpy(u->code, cc3, 3);
            u->tok0 = from;
            u->ntok = end - from;
            u->kind = TC_KIND_COUNTRY;
            u->rule = "an office with no state after a place the gazetteer knows ('Solo Mayor X')";
            continue;
        }
        if (!(u->flags & TC_MENTION_UNKNOWN) || u->code[0] || u->ntok < 3) continue;
        for (uint32_t e = i + 1; e + 1 < end && e <= i + 3; e++) {
            uint32_t o = e;
            if (!place_before(d, t, i, e, cc3, &from) || from != i) continue;
            while (o + 1 < end && o < e + 2 &&
                   listed(t->toks[o].norm, t->toks[o].nlen, admin_words))
                o++;
            if (!listed(t->toks[o].norm, t->toks[o].nlen, place_offices)) continue;
            snprintf(u->code, sizeof u->code, "%.3sGOV", cc3);
            u->kind = TC_KIND_COUNTRY;
            u->rule = "a place's office before a name ('Lamu County Commissioner X')";
            break;
        }
    }
}

/* ---- the article's own country ---- */

/* The state the article is about, into cc3: the state of most of its mentions with a state's
 * code (places of the gazetteer among them; not armed groups and parties, which cross borders),
 * when it has at least SETTING_MIN of them and SETTING_SHARE of all; 0 when none is. */
#define SETTING_MIN   4
#define SETTING_SHARE 0.7

static int setting_state(const tc_actors *d, tc_mention **ms, const size_t *nms, uint32_t ns,
                         char cc3[4])
{
    char codes[64][4];
    unsigned count[64], n = 0, total = 0, best = 0;
    for (uint32_t s = 0; s < ns; s++)
        for (size_t k = 0; k < nms[s]; k++) {
            const tc_mention *m = &ms[s][k];
            size_t len = strlen(m->code);
            if (!tc_actors_is_state(d, m->code) || m->kind == TC_KIND_GROUP) continue;
            /* "told VOA", "a professor at Cornell University", "a fellow of Chatham House":
             * where the reporter or the commentator works is not where the story is */
            if ((m->kind == TC_KIND_METONYM || m->kind == TC_KIND_NGO) && len >= 6 &&
                (!strcmp(m->code + len - 3, "MED") || !strcmp(m->code + len - 3, "EDU") ||
                 !strcmp(m->code + len - 3, "NGO")))
                continue;
            total++;
            unsigned c = 0;
            while (c < n && strncmp(codes[c], m->code, 3)) c++;
            if (c == n && n == 64) continue;
            if (c == n) {
                snprintf(codes[n], 4, "%.3s", m->code);
                count[n++] = 0;
            }
            count[c]++;
            if (count[c] > count[best]) best = c;
        }
    if (!n || count[best] < SETTING_MIN || count[best] < SETTING_SHARE * total) return 0;
    memcpy(cc3, codes[best], 4);
    return 1;
}

/* What a sentence says of the persons it names in full, for place_by_setting: something
 * outside the article's state (foreign_sentence), that they are a person (said_by_person). */
/* Words before an agent that make it no one state's ("international rights groups", "world
 * leaders", "foreign governments"), and plural nouns of many states. */
static const char nowhere[] = " international foreign global western regional multinational "
                              "european african asian arab gulf world allied migrants "
                              "governments countries nations states ";

enum { NAME_FOREIGN = 1, NAME_PERSON = 2 };

/* What the sentences that name one person say (place_by_setting): how many name them, how many
 * of those are foreign (NAME_FOREIGN), whether the first is, and whether one says they are a
 * person. */
typedef struct {
    unsigned named, foreign, first_foreign, person;
    uint32_t last; /* the last sentence counted, + 1 */
} evidence;

/* Adds sentence s's bits (here, NAME_* and NAME_PERSON when person) to the evidence of the
 * name words[0..len) in seen, counting each sentence once. */
static void note(tc_map *seen, tc_arena *a, const char *words, size_t len, uint32_t s,
                 unsigned here, int person)
{
    evidence *e = tc_map_get(seen, words, len);
    if (!e) {
        e = tc_arena_calloc(a, 1, sizeof *e);
        e->first_foreign = (here & NAME_FOREIGN) != 0;
        tc_map_put(seen, tc_arena_strndup(a, words, len), len, e);
    }
    e->person |= person;
    if (e->last == s + 1) {
        if ((here & NAME_FOREIGN) && e->named == 1) e->first_foreign = 1;
        return;
    }
    e->last = s + 1;
    e->named++;
    e->foreign += (here & NAME_FOREIGN) != 0;
}

/* Does an apposition after mention m of sentence s (a comma, then up to the next comma or
 * period, 16 tokens at most) hold a word of many states ("Caoilfhionn Gallagher, who is leading
 * Zamora's international legal team,": no one of the story's state)? */
static int stranger_apposition(const tc_text *t, const tc_sentence *s, const tc_mention *m)
{
    uint32_t j = m->tok0 + m->ntok, end = s->tok0 + s->ntok;
    if (j >= end || strcmp(t->toks[j].norm, ",")) return 0;
    for (uint32_t i = j + 1; i < end && i < j + 17; i++) {
        if (listed(t->toks[i].norm, t->toks[i].nlen, " , . ; : ")) return 0;
        if (!(t->toks[i].flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
            listed(t->toks[i].norm, t->toks[i].nlen, nowhere))
            return 1;
    }
    return 0;
}

/* Is the article's own country that of the person the evidence e is of: a person, introduced in
 * a sentence of the article's own country, and named in no more than one foreign sentence of
 * three ("Arnel Joseph, the notorious leader of ... gang, was killed ... in Haiti's north" in a
 * Haitian story that quotes the U.S. embassy on his escape twice)? */
static int own_country_person(const evidence *e)
{
    return e && e->person && !e->first_foreign && 3 * e->foreign <= e->named;
}

/* NAME_FOREIGN when sentence m[0..n) names something outside the state cc3: another state, an
 * organisation (an IGO's or NGO's code, or a name no dictionary knows with an organisation's
 * word that nothing placed in cc3); else 0. Not a news outlet of a state ("X told VOA": where the
 * reporter works says nothing of X). */
static unsigned foreign_sentence(const tc_actors *d, const tc_mention *m, size_t n, const char *cc3)
{
    char buf[128];
    unsigned bits = 0;
    for (size_t k = 0; k < n; k++) {
        size_t len = strlen(m[k].code);
        if (tc_actors_is_state(d, m[k].code) && len >= 6 && !strcmp(m[k].code + len - 3, "MED"))
            continue; /* "told VOA"; not "Reporters Without Borders" (NGOHRIMED) */
        if (tc_actors_is_state(d, m[k].code) && strncmp(m[k].code, cc3, 3)) bits |= NAME_FOREIGN;
        if (!strncmp(m[k].code, "IGO", 3) || !strncmp(m[k].code, "NGO", 3) ||
            m[k].kind == TC_KIND_IGO || m[k].kind == TC_KIND_NGO)
            bits |= NAME_FOREIGN;
        /* an organisation no dictionary knows, unless placed in the state ("the Qahira Hotel
         * in central Somalia" in a Somali story) */
        if ((m[k].flags & TC_MENTION_UNKNOWN) && name_words(m[k].name, buf, sizeof buf) &&
            org_words(buf) && !(tc_actors_is_state(d, m[k].code) && !strncmp(m[k].code, cc3, 3)))
            bits |= NAME_FOREIGN;
    }
    return bits;
}

/* Is m a person's name no dictionary knows and nothing placed, of two words or more? Its
 * words into buf. */
static int unplaced_person(const tc_mention *m, char *buf, size_t cap)
{
    int placed;
    int stateless = (m->flags & TC_MENTION_UNKNOWN) && !strncmp(m->code, "---", 3);
    return person_mention(m, &placed) && (!m->code[0] || stateless) &&
           name_words(m->name, buf, cap) >= 2 && !org_words(buf);
}

/* Words around a name that say it is a person's: "X said", "said X", "X told VOA". */
static const char speech[] = " said says told added noted wrote explained argued asked replied "
                             "recalled stressed warned insisted believes thinks ";

/* Does the text around mention m (of sentence s) say it is a person: a speech verb right
 * after or right before it, a lower-case role noun right before it ("mother Debora
 * Habakuku", "security analyst X") or before a comma right before it ("The prison inspector
 * general, X,"), an age after it (", 67,"), or an apposition after it (", a", ", the",
 * ", who", ", director")? */
static int said_by_person(const tc_actors *d, const tc_text *t, const tc_sentence *s,
                          const tc_mention *m)
{
    uint32_t i = m->tok0, j = m->tok0 + m->ntok, end = s->tok0 + s->ntok;
    if (j < end && listed(t->toks[j].norm, t->toks[j].nlen, speech)) return 1;
    if (i > s->tok0 && listed(t->toks[i - 1].norm, t->toks[i - 1].nlen, speech)) return 1;
    if (i > s->tok0 && !(t->toks[i - 1].flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
        (t->toks[i - 1].flags & TC_TOK_WORD) && tc_actors_role_word(d, t, i - 1))
        return 1;
    /* "The prison inspector general, X, ...": in apposition after a role */
    if (i > s->tok0 + 1 && !strcmp(t->toks[i - 1].norm, ",") &&
        !(t->toks[i - 2].flags & (TC_TOK_CAP | TC_TOK_UPPER)) &&
        (t->toks[i - 2].flags & TC_TOK_WORD) && tc_actors_role_word(d, t, i - 2))
        return 1;
    /* "X, 67, attended": an age */
    if (j + 2 < end && !strcmp(t->toks[j].norm, ",") && !strcmp(t->toks[j + 2].norm, ",") &&
        t->toks[j + 1].norm[0] >= '0' && t->toks[j + 1].norm[0] <= '9')
        return 1;
    return j + 1 < end && !strcmp(t->toks[j].norm, ",") &&
           (listed(t->toks[j + 1].norm, t->toks[j + 1].nlen, " a an the who another ") ||
            tc_actors_role_word(d, t, j + 1)); /* "X, director general of ..." */
}

/* The full name (its words, into buf) of the unplaced person mention m names: its own of two
 * words or more, or, for one word, the full name of the one person of the article whose last
 * word it is (persons: the keys of register_person). 0 when none. */
static int full_name_of(const tc_mention *m, const tc_map *persons, char *buf, size_t cap)
{
    if (unplaced_person(m, buf, cap)) return 1;
    if (!(m->flags & TC_MENTION_UNKNOWN) || (m->code[0] && strncmp(m->code, "---", 3)) ||
        name_words(m->name, buf, cap) != 1 || strlen(buf) + 3 > 130)
        return 0;
    char key[130];
    snprintf(key, sizeof key, "l|%s", buf);
    const holder *h = tc_map_get(persons, key, strlen(key));
    if (!h || h->ambiguous || h->m) return 0;
    snprintf(buf, cap, "%s", h->name);
    return 1;
}

/* Adds to seen (name words -> evidence) the sentence s's bits (here) for each unplaced
 * person that a lone capitalised word no mention covers names by the last word of their name
 * ("Chaudhry said" for "Lt. Gen. Ahmed Sharif Chaudhry"), with NAME_PERSON when a speech verb
 * is beside it. m[0..n) are the sentence's mentions. */
static void lone_evidence(const tc_actors *d, const tc_text *t, uint32_t sent, const tc_mention *m,
                          size_t n, const tc_map *persons, unsigned here, tc_map *seen, tc_arena *a)
{
    const tc_sentence *s = &t->sents[sent];
    uint32_t end = s->tok0 + s->ntok;
    size_t k = 0;
    char key[130];
    for (uint32_t i = s->tok0; i < end; i++) {
        while (k < n && m[k].tok0 + m[k].ntok <= i) k++;
        if ((k < n && m[k].tok0 <= i) || !lone_word(d, t, s, i) || t->toks[i].nlen + 3 > sizeof key)
            continue;
        snprintf(key, sizeof key, "l|%s", t->toks[i].norm);
        const holder *h = tc_map_get(persons, key, strlen(key));
        if (!h || h->ambiguous || h->m) continue;
        int said = (i + 1 < end && listed(t->toks[i + 1].norm, t->toks[i + 1].nlen, speech)) ||
                   (i > s->tok0 && listed(t->toks[i - 1].norm, t->toks[i - 1].nlen, speech));
        note(seen, a, h->name, strlen(h->name), sent, here, said);
    }
}

/* Gives the article's own state (setting_state) to the persons no dictionary knows and
 * nothing placed, or placed only with an agent and no state ("Interior Minister X" = ---GOV
 * becomes KENGOV), when no sentence that names them names anything outside it
 * (foreign_sentence) and one says they are a person (a speech verb, a role noun, an
 * apposition, the agent before them): the residents, officials and lawyers of a story about
 * one country ("Chris Mhike, who represents Mhlanga" in a story of Zimbabwe, "Ghulam Nabi,
 * another freed passenger" in one of Pakistan). Whether a sentence naming them also names the
 * state does not matter: the story's state is named around them. */
static void place_by_setting(const tc_actors *d, const tc_text *t, tc_mention **ms,
                             const size_t *nms, uint32_t ns, const tc_map *persons, tc_arena *a)
{
    char cc3[4], buf[128];
    if (!setting_state(d, ms, nms, ns, cc3)) return;
    tc_map *seen = tc_map_new(64); /* name words -> evidence */
    for (uint32_t s = 0; s < ns; s++) {
        unsigned here = foreign_sentence(d, ms[s], nms[s], cc3);
        lone_evidence(d, t, s, ms[s], nms[s], persons, here, seen, a);
        for (size_t k = 0; k < nms[s]; k++) {
            if (!full_name_of(&ms[s][k], persons, buf, sizeof buf)) continue;
            int role = !strncmp(ms[s][k].code, "---", 3); /* "judge X": a person's role */
            note(seen, a, buf, strlen(buf), s,
                 here | (stranger_apposition(t, &t->sents[s], &ms[s][k]) ? NAME_FOREIGN : 0),
                 role || said_by_person(d, t, &t->sents[s], &ms[s][k]));
        }
    }
    for (uint32_t s = 0; s < ns; s++)
        for (size_t k = 0; k < nms[s]; k++) {
            tc_mention *m = &ms[s][k];
            /* placed elsewhere in the article: its full name's code, later (place_names) */
            if (!unplaced_person(m, buf, sizeof buf) || lookup(persons, "n|", buf, strlen(buf)))
                continue;
            if (!own_country_person(tc_map_get(seen, buf, strlen(buf)))) continue;
            memcpy(m->code, cc3, m->code[0] ? 3 : 4); /* "judge X" = ---JUD: the state's judge */
            m->kind = TC_KIND_COUNTRY;
            m->rule = "a person of the article's own country (all it names around them is of it)";
        }
    tc_map_free(seen);
}

/* Sectors of agents that come from elsewhere or act across borders: no state's by the story's. */
static const char roaming[] = " REF PTY ";

/* Gives the article's own state (setting_state) to the agents of no state and no name of a
 * sentence that names nothing outside it (foreign_sentence): "Kenyan authorities have since
 * banned civilians" in a Kenyan story = KENCVL, "the rebel group" in one of the C.A.R. =
 * CAFREB, as the persons of place_by_setting. Not refugees or parties, not what a word before
 * makes no one state's, not "---" alone. */
static void agents_by_setting(const tc_actors *d, const tc_text *t, tc_mention **ms,
                              const size_t *nms, uint32_t ns)
{
    char cc3[4], sector[5];
    if (!setting_state(d, ms, nms, ns, cc3)) return;
    for (uint32_t s = 0; s < ns; s++) {
        if (foreign_sentence(d, ms[s], nms[s], cc3)) continue;
        uint32_t first = t->sents[s].tok0;
        for (size_t k = 0; k < nms[s]; k++) {
            tc_mention *m = &ms[s][k];
            if (strncmp(m->code, "---", 3) || strlen(m->code) != 6 ||
                (m->flags & TC_MENTION_UNKNOWN) || m->kind != TC_KIND_AGENT)
                continue;
            snprintf(sector, sizeof sector, "%.3s", m->code + 3);
            int stray = listed(sector, 3, roaming);
            for (uint32_t i = m->tok0 > first + 3 ? m->tok0 - 3 : first;
                 i < m->tok0 + m->ntok && !stray; i++)
                stray = listed(t->toks[i].norm, t->toks[i].nlen, nowhere);
            if (stray) continue;
            memcpy(m->code, cc3, 3);
            m->kind = TC_KIND_COUNTRY;
            m->rule = "an agent of no state in a sentence of the article's own country";
            m->flags |= TC_MENTION_STORY;
        }
    }
}

/* ---- acronyms the article defines ---- */

/* Is token i of t an acronym: two to eight capitals (and digits), no dots ("NISA", "BIA")? */
static int acronym(const tc_text *t, uint32_t i)
{
    const tc_token *w = &t->toks[i];
    if (!(w->flags & TC_TOK_UPPER) || w->len < 2 || w->len > 8) return 0;
    for (uint32_t k = 0; k < w->len; k++) {
        char c = t->text[w->off + k];
        if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) return 0;
    }
    return 1;
}

/* The acronym token that mention m of sentence s defines right after it, "X (NISA)" or "X, or
 * NISA,", or 0 when none. */
static uint32_t defines(const tc_text *t, const tc_sentence *s, const tc_mention *m)
{
    uint32_t j = m->tok0 + m->ntok, end = s->tok0 + s->ntok;
    if (j + 2 < end && !strcmp(t->toks[j].norm, "(") && acronym(t, j + 1) &&
        !strcmp(t->toks[j + 2].norm, ")"))
        return j + 1;
    if (j + 3 < end && !strcmp(t->toks[j].norm, ",") && !strcmp(t->toks[j + 1].norm, "or") &&
        acronym(t, j + 2) &&
        (!strcmp(t->toks[j + 3].norm, ",") || !strcmp(t->toks[j + 3].norm, ".")))
        return j + 2;
    return 0;
}

/* The mention that acronym token i stands for by defs (acronym -> mention, or defs itself when
 * ambiguous), or NULL. */
static const tc_mention *defined(const tc_text *t, uint32_t i, const tc_map *defs)
{
    const tc_token *w = &t->toks[i];
    const tc_mention *m = acronym(t, i) ? tc_map_get(defs, t->text + w->off, w->len) : NULL;
    return (const void *)m == (const void *)defs ? NULL : m;
}

/* What defs holds for an acronym the article defines after a name of no state or no
 * dictionary's ("the Houston Asian American Archive, or HAAA,"): a generated file's party or
 * armed group of that acronym is none in the article (an IGO's stays: "the Organization for
 * Economic Cooperation and Development (OECD)", a spelling the facts lack). */
static const tc_mention nameless;

/* Places the acronyms of sentence s (m[0..*n)) that defs defines: a name no dictionary knows
 * and nothing placed that is one, a generated file's match of one word (the article's own
 * definition beats a fact of elsewhere), or a lone acronym no mention covers (a sentence's
 * first word, which the name scan leaves: "NISA said ..."), which becomes a mention. The mentions,
 * maybe a new array in a; their count in *n. */
static tc_mention *acronyms_of(const tc_actors *d, const tc_text *t, uint32_t sent, tc_mention *m,
                               size_t *n, const tc_map *defs, tc_arena *a)
{
    const tc_sentence *s = &t->sents[sent];
    static const char rule[] = "an acronym the article defines after a placed name";
    tc_mention *res = m;
    size_t nres = *n, k = 0;
    for (uint32_t i = s->tok0; i < s->tok0 + s->ntok; i++) {
        while (k < nres && res[k].tok0 + res[k].ntok <= i) k++;
        const tc_mention *def = defined(t, i, defs);
        if (!def) continue;
        if (def == &nameless) {
            /* "the Houston Asian American Archive, or HAAA,": no Iraqi armed group's HAAA */
            tc_mention *u = k < nres && res[k].tok0 <= i ? &res[k] : NULL;
            if (u && u->ntok == 1 && !u->flags && u->entry >= 0 && u->kind == TC_KIND_GROUP &&
                tc_actors_entry(d, u->entry).generated) {
                u->code[0] = 0;
                u->kind = TC_KIND_UNKNOWN;
                u->flags = TC_MENTION_UNKNOWN;
                u->entry = -1;
                u->rule = "an acronym the article defines after a name of no state: no fact of "
                          "elsewhere";
            }
            continue;
        }
        if (k < nres && res[k].tok0 <= i) {
            tc_mention *u = &res[k];
            /* a name no dictionary knows, or a generated file's acronym: the article's own
             * definition wins over a fact of another state ("NPS", a party of Suriname) */
            int unknown = (u->flags & TC_MENTION_UNKNOWN) && !u->code[0];
            int fact = !u->flags && u->entry >= 0 && tc_actors_entry(d, u->entry).generated;
            if ((!unknown && !fact) || u->ntok != 1) continue;
            snprintf(u->code, sizeof u->code, "%s", def->code);
            u->kind = def->kind;
            u->entry = def->entry;
            u->rule = rule;
            continue;
        }
        if (res == m) {
            res = tc_arena_alloc(a, (*n + s->ntok) * sizeof *res);
            memcpy(res, m, *n * sizeof *m);
        }
        memmove(res + k + 1, res + k, (nres - k) * sizeof *res);
        res[k] = *def;
        res[k].tok0 = i;
        res[k].ntok = 1;
        res[k].flags = TC_MENTION_UNKNOWN;
        res[k].rule = rule;
        nres++;
    }
    *n = nres;
    return res;
}

/* Words of a name its acronym skips: "NCP" of "National Congress Party", "BLA" of "Baloch
 * Liberation Army", "FBI" of "Federal Bureau of Investigation". */
static const char acronym_skips[] = " of the and for on in de ";

/* The acronym of the initials of mention m's words, into buf (cap bytes), when all its words
 * are capitalised but the ones acronym_skips lists, and they are three to eight: "NCP" of
 * "the National Congress Party"; its length, or 0. */
static size_t initials(const tc_text *t, const tc_mention *m, char *buf, size_t cap)
{
    size_t n = 0;
    for (uint32_t i = m->tok0; i < m->tok0 + m->ntok; i++) {
        const tc_token *w = &t->toks[i];
        if (listed(w->norm, w->nlen, acronym_skips)) continue;
        if (!(w->flags & TC_TOK_CAP) || !(w->flags & TC_TOK_WORD) || (w->flags & TC_TOK_UPPER) ||
            n + 1 >= cap)
            return 0;
        buf[n++] = t->text[w->off];
    }
    buf[n] = 0;
    return n >= 3 && n <= 8 ? n : 0;
}

/* Puts acronym key[0..len) for mention m into defs, or defs itself when a mention of another
 * state had it. */
static void define(tc_map *defs, tc_arena *a, const char *key, size_t len, const tc_mention *m)
{
    const tc_mention *was = tc_map_get(defs, key, len);
    if (was && ((const void *)was == (const void *)defs || !strncmp(was->code, m->code, 3))) return;
    tc_map_put(defs, tc_arena_strndup(a, key, len), len, was ? (void *)defs : (void *)m);
}

/* Puts into defs, as nameless, the acronyms sentence s (mentions m[0..n)) defines after a
 * capitalised word that no mention with a code ends at ("X Archive (HAAA)", "X Archive, or
 * HAAA,"), unless a placed name defines them too. */
static void nameless_defs(const tc_text *t, uint32_t sent, const tc_mention *m, size_t n,
                          tc_map *defs, tc_arena *a)
{
    const tc_sentence *s = &t->sents[sent];
    uint32_t end = s->tok0 + s->ntok;
    for (uint32_t i = s->tok0 + 3; i + 1 < end; i++) {
        uint32_t w; /* the word before the definition */
        if (!acronym(t, i)) continue;
        if (!strcmp(t->toks[i - 1].norm, "(") && !strcmp(t->toks[i + 1].norm, ")"))
            w = i - 2;
        else if (!strcmp(t->toks[i - 1].norm, "or") && !strcmp(t->toks[i - 2].norm, ",") &&
                 listed(t->toks[i + 1].norm, t->toks[i + 1].nlen, " , . "))
            w = i - 3;
        else
            continue;
        if (!(t->toks[w].flags & TC_TOK_CAP) || !(t->toks[w].flags & TC_TOK_WORD)) continue;
        int coded = 0;
        for (size_t k = 0; k < n && !coded; k++)
            coded = m[k].tok0 + m[k].ntok == w + 1 && m[k].code[0];
        const tc_token *x = &t->toks[i];
        if (coded || tc_map_get(defs, t->text + x->off, x->len)) continue;
        tc_map_put(defs, tc_arena_strndup(a, t->text + x->off, x->len), x->len, (void *)&nameless);
    }
}

/* Gives the names no dictionary knows and nothing placed that are an acronym the article
 * defines after a mention with a state's code ("Somalia's National Intelligence and Security
 * Agency, or NISA, ... NISA said" = SOM; "the Board of Immigration Appeals (BIA)" when the
 * board is placed) that mention's code: the acronym is the name. An acronym two placed names
 * define with different states is none. */
static void place_acronyms(const tc_actors *d, const tc_text *t, tc_mention **ms, size_t *nms,
                           uint32_t ns, tc_arena *a)
{
    tc_map *defs = tc_map_new(16); /* acronym -> the defining mention, or &defs when ambiguous */
    char buf[16];
    for (uint32_t s = 0; s < ns; s++)
        for (size_t k = 0; k < nms[s]; k++) {
            const tc_mention *m = &ms[s][k];
            if (!tc_actors_is_state(d, m->code)) continue;
            uint32_t at = defines(t, &t->sents[s], m);
            size_t len;
            if (at)
                define(defs, a, t->text + t->toks[at].off, t->toks[at].len, m);
            else if ((len = initials(t, m, buf, sizeof buf)))
                define(defs, a, buf, len, m); /* "the National Congress Party ... the NCP's" */
        }
    for (uint32_t s = 0; s < ns; s++) nameless_defs(t, s, ms[s], nms[s], defs, a);
    for (uint32_t s = 0; s < ns && tc_map_count(defs); s++)
        ms[s] = acronyms_of(d, t, s, ms[s], &nms[s], defs, a);
    tc_map_free(defs);
}

/* Is m a name no dictionary knows of one word that its own sentence placed in a state ("Mehdiyev,
 * who is Azerbaijani, said": AZE), not a reference to a name placed before? */
static int placed_surname(const tc_actors *d, const tc_mention *m)
{
    char buf[128];
    return (m->flags & TC_MENTION_UNKNOWN) && m->kind != TC_KIND_REGION && m->rule &&
           tc_actors_is_state(d, m->code) && strncmp(m->rule, "a reference", 11) &&
           strncmp(m->rule, "a name no dictionary knows, named in full", 41) &&
           strncmp(m->rule, "a person's", 10) && strncmp(m->rule, "an organisation", 15) &&
           name_words(m->name, buf, sizeof buf) == 1 && !org_words(buf);
}

/* Places by the surname m (placed_surname) the one person of map whose last word it is and
 * whom nothing placed: "Khalid Mehdiyev told jurors ... Mehdiyev, who is Azerbaijani" makes
 * Khalid Mehdiyev AZE, and so his full name and his first name's keys; with no such person,
 * the word alone becomes a key of m ("Yang is a Chinese businessman ... Yang said"). */
static void surname_places(tc_map *map, tc_arena *a, const tc_mention *m)
{
    char buf[128], key[130];
    name_words(m->name, buf, sizeof buf);
    snprintf(key, sizeof key, "l|%s", buf);
    holder *h = tc_map_get(map, key, strlen(key));
    /* a person of one word that an apposition placed: "Yang is a Chinese businessman" */
    if (!h && strlen(buf) >= 3 &&
        (strstr(m->rule, "with a role in apposition") || strstr(m->rule, "'from' a place"))) {
        char *word = tc_arena_strndup(a, buf, strlen(buf));
        hold(map, a, "l|", word, strlen(word), m, word, 1);
        return;
    }
    if (!h || h->ambiguous || h->m || !strchr(h->name, ' ')) return;
    h->m = m;
    snprintf(key, sizeof key, "n|%s", h->name);
    holder *full = tc_map_get(map, key, strlen(key));
    if (full && !full->ambiguous && !full->m) full->m = m;
    size_t first = strcspn(h->name, " ");
    if (first + 3 > sizeof key) return;
    snprintf(key, sizeof key, "f|%.*s", (int)first, h->name);
    holder *f = tc_map_get(map, key, strlen(key));
    if (f && !f->ambiguous && !f->m && !strcmp(f->name, h->name)) f->m = m;
}

/* The persons of the article (register_person) in a new map; then the persons a surname alone
 * placed (surname_places). */
static tc_map *persons_of(const tc_actors *d, tc_mention **ms, const size_t *nms, uint32_t ns,
                          tc_arena *a)
{
    tc_map *map = tc_map_new(64);
    for (uint32_t s = 0; s < ns; s++)
        for (size_t k = 0; k < nms[s]; k++) register_person(map, a, &ms[s][k]);
    for (uint32_t s = 0; s < ns; s++)
        for (size_t k = 0; k < nms[s]; k++)
            if (placed_surname(d, &ms[s][k])) surname_places(map, a, &ms[s][k]);
    return map;
}

void tc_actors_scan_article(const tc_actors *d, const tc_text *t, const char *date, unsigned flags,
                            tc_arena *a, tc_mention ***ms, size_t **nms)
{
    uint32_t ns = t->nsents;
    tc_actors_refs refs = {0};
    *ms = tc_arena_calloc(a, ns ? ns : 1, sizeof **ms);
    *nms = tc_arena_calloc(a, ns ? ns : 1, sizeof **nms);
    for (uint32_t s = 0; s < ns; s++) {
        (*nms)[s] = tc_actors_scan_ex(d, t, s, date, flags, a, &(*ms)[s]);
        (*nms)[s] = tc_actors_resolve(t, s, (*ms)[s], (*nms)[s], &refs, a, &(*ms)[s]);
    }
    if (!(flags & TC_SCAN_UNKNOWN) || !ns) return;
    for (uint32_t s = 0; s < ns; s++) {
        place_offices_before(d, t, s, (*ms)[s], (*nms)[s]);
        place_by_role(d, t, s, (*ms)[s], (*nms)[s]);
        place_from(d, t, s, (*ms)[s], (*nms)[s]);
        place_by_copula(d, t, s, (*ms)[s], (*nms)[s]);
    }
    place_acronyms(d, t, *ms, *nms, ns, a);
    tc_map *map = persons_of(d, *ms, *nms, ns, a);
    place_by_setting(d, t, *ms, *nms, ns, map, a);
    agents_by_setting(d, t, *ms, *nms, ns);
    tc_map_free(map);
    map = persons_of(d, *ms, *nms, ns, a); /* again: the article's own country placed some */
    for (uint32_t s = 0; s < ns; s++)
        (*ms)[s] = place_sentence(d, t, s, (*ms)[s], &(*nms)[s], map, a);
    tc_map_free(map);
}
