/* bench_actors_voa: how many of the proper names that act in news the actor dictionaries
 * place in a country (issue 13, "Done when" 2), on ../shared/corpora/voa_stories.jsonl.
 *
 * Every sentence is parsed (data/parse.model), scanned with the default dictionaries for its
 * story's date and its references resolved across the story, as the pipeline does. A proper-noun
 * phrase in an actor's position is a word tagged PROPN whose relation is nsubj, nsubj:pass, obj,
 * iobj or obl (obl:agent, obl:unmarked too: UD's subtypes); it is covered when an actor mention
 * spans it, and placed in a country when that mention's code starts with a state's three letters
 * (tc_actors_is_state: not "---", not an IGO's or NGO's code, not a region's; those are counted
 * apart). Days and months are counted apart: they are PROPN in UD and never actors; so are
 * words in lower case the parser tags PROPN ("the kora", "mpox": no proper names) and the
 * names of bylines ("X contributed to this report": the writers, no actors). Then the same
 * with the names no dictionary knows (TC_SCAN_UNKNOWN), and how many of those there are per
 * sentence and where they start, to see whether sentence-initial capitals flood them. With
 * unknown names the gazetteer (data/gazetteer.bin) is lent to the scan, as callers that ask do.
 * World regions (EUR, MEA: no state) and compound modifiers ("U.S.-backed": a PROPN the parser
 * gives obl:unmarked, no actor of the clause; "the Iran-China chemical scheme", "Turkey-Israel
 * relations": names paired by hyphens before a noun) are counted apart. The heads most often left
 * unplaced are listed, and all those unplaced counted by cause (no mention, an unknown name with
 * no code, an agent, a region, a people of no state, an organisation's code): where the
 * dictionary should grow ($BENCH_VERBOSE prints each head not placed, its mentions' codes,
 * relation, cause and sentence, and "new" lines for the heads placed only
 * with unknown names, with the rule: the sample hand-checked in the README). Things are counted
 * as heads like the rest (the figures above keep the old denominator) and told apart beside
 * them (people18): heads in a name that is a thing's by its own words (tc_actors_thing_name:
 * storms, seas, summits, laws; the scan gives them no mention) and heads in no mention that
 * are one capitalised word WordNet files as a thing ("Diabetes"); $BENCH_VERBOSE prints both
 * on "thing" lines, with the share without them. Rates: parse +
 * scan against the scan alone, in this run. Skips (exit 0), saying so, without the corpus or
 * the model. */
#include "actors.h"
#include "arena.h"
#include "file.h"
#include "hash.h"
#include "nouns.h"
#include "parse.h"
#include "pipeline.h"
#include "text.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define VOA   "../shared/corpora/voa_stories.jsonl"
#define MODEL "data/parse.model"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

typedef struct {
    size_t phrases, covered, country, coded, dates; /* PROPN heads in actor positions */
    size_t modifiers;                               /* "U.S.-backed": not counted */
    size_t lower, bylines; /* "the kora", "X contributed to this report": not counted */
    size_t covered_unknown, country_unknown;      /* the same with TC_SCAN_UNKNOWN */
    size_t coded_unknown, region_unknown, region; /* an organisation's or a region's code */
    size_t placed_new;                            /* placed only with TC_SCAN_UNKNOWN */
    size_t cause[6];               /* heads not placed with unknown names, by cause (causes[]) */
    size_t things, things_country; /* heads in a thing's name (thing_head), of them placed */
    size_t wn_things; /* heads in no mention that WordNet files as things (wordnet_thing) */
    const tc_nouns *nouns;
    size_t sentences, unknown, unknown_first, unknown_propn;
    tc_map *missed; /* head text -> count (uintptr_t), not placed with unknown names */
    tc_arena *keep; /* keys of missed */
    int verbose;    /* $BENCH_VERBOSE: print every head not placed in a country */
    size_t story;   /* the story's index in the corpus, for the verbose lines */
} tally;

static int actor_relation(int rel)
{
    return rel == TC_REL_NSUBJ || rel == TC_REL_NSUBJ_PASS || rel == TC_REL_OBJ ||
           rel == TC_REL_IOBJ || rel == TC_REL_OBL || rel == TC_REL_OBL_AGENT ||
           rel == TC_REL_OBL_UNMARKED;
}

static int day_or_month(const tc_token *w)
{
    static const char *const names[] = {"monday",    "tuesday", "wednesday", "thursday", "friday",
                                        "saturday",  "sunday",  "january",   "february", "march",
                                        "april",     "may",     "june",      "july",     "august",
                                        "september", "october", "november",  "december"};
    for (size_t k = 0; k < sizeof names / sizeof *names; k++)
        if (!strcmp(w->norm, names[k])) return 1;
    return 0;
}

/* Is token tok the first part of a compound modifier, glued to a hyphen and a lower-case
 * word ("U.S.-backed forces", "a Russia-proposed plan")? UD's parsers give it a nominal
 * relation (obl:unmarked), but it names no actor of the clause: counted apart. */
static int compound_modifier(const tc_text *t, uint32_t tok)
{
    const tc_token *w = &t->toks[tok];
    if (tok + 2 >= t->ntoks) return 0;
    const tc_token *h = &t->toks[tok + 1], *n = &t->toks[tok + 2];
    return h->len == 1 && t->text[h->off] == '-' && w->off + w->len == h->off &&
           h->off + 1 == n->off && !(n->flags & (TC_TOK_CAP | TC_TOK_UPPER));
}

/* Are tokens a and b glued by a hyphen between them (a, "-", b with no space)? */
static int hyphen_glued(const tc_text *t, uint32_t a, uint32_t b)
{
    const tc_token *h = &t->toks[a + 1];
    return b == a + 2 && h->len == 1 && t->text[h->off] == '-' &&
           t->toks[a].off + t->toks[a].len == h->off && h->off + 1 == t->toks[b].off;
}

/* Is token tok part of a pair of names glued by hyphens before a lower-case word ("the
 * Iran-China chemical scheme", "a Kenya-U.S. military base", "Turkey-Israel relations"), no
 * one name of the mentions u[0..nu) ("Guinea-Bissau officials" is a state)? A modifier too. */
static int name_pair_modifier(const tc_text *t, const tc_sentence *s, uint32_t tok,
                              const tc_mention *u, size_t nu)
{
    uint32_t first = tok, last = tok, end = s->tok0 + s->ntok;
    while (first >= s->tok0 + 2 && hyphen_glued(t, first - 2, first)) first -= 2;
    while (last + 2 < end && hyphen_glued(t, last, last + 2)) last += 2;
    if (first == last || last + 1 >= end) return 0;
    for (uint32_t i = first; i <= last; i += 2)
        if (!(t->toks[i].flags & (TC_TOK_CAP | TC_TOK_UPPER))) return 0;
    const tc_token *n = &t->toks[last + 1];
    if (!(n->flags & TC_TOK_WORD) || (n->flags & (TC_TOK_CAP | TC_TOK_UPPER))) return 0;
    for (size_t k = 0; k < nu; k++)
        if (u[k].tok0 <= first && u[k].tok0 + u[k].ntok > last) return 0;
    return 1;
}

/* Is token tok a particle glued to a name by a hyphen ("al" of "al-Rufay'i"): a name's word
 * in lower case? */
static int particle_name(const tc_text *t, uint32_t tok)
{
    if (tok + 2 >= t->ntoks) return 0;
    const tc_token *w = &t->toks[tok], *h = &t->toks[tok + 1], *n = &t->toks[tok + 2];
    return h->len == 1 && t->text[h->off] == '-' && w->off + w->len == h->off &&
           h->off + 1 == n->off && (n->flags & (TC_TOK_CAP | TC_TOK_UPPER));
}

/* Is sentence s a byline ("X contributed to this report", "stringers X and Y contributed from
 * Mogadishu", "X contributed reporting from Dadaab"): its names are the writers', no actors of
 * the news? */
static int byline(const tc_text *t, uint32_t s)
{
    const tc_sentence *x = &t->sents[s];
    for (uint32_t i = x->tok0; i + 2 < x->tok0 + x->ntok; i++)
        if (!strcmp(t->toks[i].norm, "contributed") &&
            ((!strcmp(t->toks[i + 1].norm, "to") && !strcmp(t->toks[i + 2].norm, "this")) ||
             !strcmp(t->toks[i + 1].norm, "from") || !strcmp(t->toks[i + 1].norm, "reporting")))
            return 1;
    return 0;
}

/* Is m a world region's (kind region, a code that is no state's: "EUR", "MEA")? */
static int region_code(const tc_actors *d, const tc_mention *m)
{
    return m->kind == TC_KIND_REGION && m->code[0] && !tc_actors_is_state(d, m->code);
}

/* The mention of m[0..n) that spans token tok, or NULL. */
static const tc_mention *spanning(const tc_mention *m, size_t n, uint32_t tok)
{
    for (size_t k = 0; k < n; k++)
        if (tok >= m[k].tok0 && tok < m[k].tok0 + m[k].ntok) return &m[k];
    return NULL;
}

/* Is the head at token tok of sentence s in a capitalised name that is a thing's by its own
 * words (tc_actors_thing_name: "Cyclone Ana", "the Arafura Sea", "the Lima Summit")? The name
 * is the run of capitalised words around tok. */
static int thing_head(const tc_actors *d, const tc_text *t, const tc_sentence *s, uint32_t tok)
{
    uint32_t i = tok, j = tok + 1, end = s->tok0 + s->ntok;
    while (i > s->tok0 && (t->toks[i - 1].flags & (TC_TOK_CAP | TC_TOK_UPPER))) i--;
    while (j < end && (t->toks[j].flags & (TC_TOK_CAP | TC_TOK_UPPER))) j++;
    return tc_actors_thing_name(d, t, i, j);
}

/* Is the head at token tok of sentence s a capitalised word alone (no capitalised word beside
 * it) whose first WordNet sense is a thing's, not a person's, a group's or a place's
 * (TC_NOUN_OTHER: "Islam", "Diabetes", "Dentistry"), and no state's adjective ("Chinese")? */
static int wordnet_thing(const tc_actors *d, const tc_nouns *nouns, const tc_text *t,
                         const tc_sentence *s, uint32_t tok)
{
    if (tc_actors_adj_state(d, t->toks[tok].norm, t->toks[tok].nlen))
        return 0; /* "young Chinese spend": a state's people, not its language */
    uint32_t len, end = s->tok0 + s->ntok;
    const char *why;
    if ((tok > s->tok0 && (t->toks[tok - 1].flags & (TC_TOK_CAP | TC_TOK_UPPER))) ||
        (tok + 1 < end && (t->toks[tok + 1].flags & (TC_TOK_CAP | TC_TOK_UPPER))) ||
        (t->toks[tok].flags & TC_TOK_UPPER))
        return 0;
    return tc_nouns_head(nouns, t, tok, tok + 1, TC_NOUNS_MODIFIER | TC_NOUNS_CAPITAL, &len,
                         &why) == TC_NOUN_OTHER &&
           len == 1;
}

/* Why a head was not placed in a country with unknown names: what its mention is, if any. */
static const char *const causes[] = {"in no mention",
                                     "an unknown name with no code",
                                     "an agent of no state",
                                     "a world region",
                                     "a people or religion of no state",
                                     "an organisation's code (IGO, NGO, group)"};

static int cause_of(const tc_actors *d, const tc_mention *uh)
{
    if (!uh) return 0;
    if (!uh->code[0]) return 1;
    if (uh->code[0] == '-') return 2;
    if (region_code(d, uh)) return 3;
    if (uh->kind == TC_KIND_ETHNIC) return 4;
    return 5;
}

static void count_missed(tally *y, const tc_text *t, const tc_word *w)
{
    char *key = tc_arena_strndup(y->keep, t->text + w->off, w->len);
    uintptr_t c = (uintptr_t)tc_map_get(y->missed, key, w->len);
    tc_map_put(y->missed, key, w->len, (void *)(c + 1));
}

/* Counts sentence s of t, parsed as tree: m[0..nm) its mentions by the dictionaries alone,
 * u[0..nu) with the names no dictionary knows (tc_actors_scan_article, as the pipeline). */
static void sentence(const tc_actors *d, const tc_text *t, uint32_t s, const tc_tree *tree,
                     const tc_mention *m, size_t nm, const tc_mention *u, size_t nu, tally *y)
{
    y->sentences++;
    for (size_t k = 0; y->verbose > 1 && k < nu; k++)
        printf("mention\t%zu\t%u\t%s\t%s\t%s\t%s\n", y->story, s, u[k].code[0] ? u[k].code : "\"\"",
               u[k].name, tc_actors_kind_name(u[k].kind), u[k].rule);
    for (size_t k = 0; k < nu; k++) {
        if (!(u[k].flags & TC_MENTION_UNKNOWN) || u[k].code[0]) continue;
        y->unknown++;
        y->unknown_first += u[k].tok0 == t->sents[s].tok0;
        for (uint32_t i = 0; i < tree->n; i++)
            if (tree->w[i].tok >= u[k].tok0 && tree->w[i].tok < u[k].tok0 + u[k].ntok &&
                tree->w[i].upos == TC_UPOS_PROPN) {
                y->unknown_propn++;
                break;
            }
    }
    for (uint32_t i = 0; i < tree->n; i++) {
        const tc_word *w = &tree->w[i];
        if (w->upos != TC_UPOS_PROPN || !actor_relation(w->rel)) continue;
        if (day_or_month(&t->toks[w->tok])) {
            y->dates++;
            continue;
        }
        if (compound_modifier(t, w->tok) || name_pair_modifier(t, &t->sents[s], w->tok, u, nu)) {
            y->modifiers++;
            continue;
        }
        if (!(t->toks[w->tok].flags & (TC_TOK_CAP | TC_TOK_UPPER)) && !particle_name(t, w->tok)) {
            y->lower++; /* the parser's PROPN on a word in lower case: "the kora", "mpox" */
            continue;
        }
        if (byline(t, s)) {
            y->bylines++;
            continue;
        }
        y->phrases++;
        const tc_mention *hit = spanning(m, nm, w->tok), *uh = spanning(u, nu, w->tok);
        if (thing_head(d, t, &t->sents[s], w->tok)) {
            y->things++;
            y->things_country += uh && tc_actors_is_state(d, uh->code);
            if (y->verbose)
                printf("thing\t%zu\t%.*s\t%.*s\n", y->story, (int)w->len, t->text + w->off,
                       (int)t->sents[s].len, t->text + t->sents[s].off);
        } else if (!uh && wordnet_thing(d, y->nouns, t, &t->sents[s], w->tok)) {
            y->wn_things++;
            if (y->verbose)
                printf("thing\t%zu\t%.*s\t%.*s\n", y->story, (int)w->len, t->text + w->off,
                       (int)t->sents[s].len, t->text + t->sents[s].off);
        }
        y->covered += hit != NULL;
        y->country += hit && tc_actors_is_state(d, hit->code);
        y->coded += hit && hit->code[0] && hit->code[0] != '-';
        y->covered_unknown += uh != NULL;
        y->country_unknown += uh && tc_actors_is_state(d, uh->code);
        y->coded_unknown += uh && uh->code[0] && uh->code[0] != '-';
        y->region += hit && region_code(d, hit);
        y->region_unknown += uh && region_code(d, uh);
        if (uh && tc_actors_is_state(d, uh->code) && !(hit && tc_actors_is_state(d, hit->code))) {
            y->placed_new++;
            if (y->verbose)
                printf("new\t%zu\t%.*s\t%s\t%s\t%s\t%.*s\n", y->story, (int)w->len,
                       t->text + w->off, uh->code, uh->name, uh->rule, (int)t->sents[s].len,
                       t->text + t->sents[s].off);
        }
        if (uh && tc_actors_is_state(d, uh->code)) continue;
        int why = cause_of(d, uh);
        y->cause[why]++;
        count_missed(y, t, w);
        if (y->verbose)
            printf("miss\t%zu\t%.*s\t%s\t%s\t%s\t%s\t%.*s\n", y->story, (int)w->len,
                   t->text + w->off, hit ? hit->code : "-",
                   uh ? (uh->code[0] ? uh->code : "\"\"") : "-", tc_rel_name(w->rel), causes[why],
                   (int)t->sents[s].len, t->text + t->sents[s].off);
    }
}

typedef struct {
    const char *key;
    size_t n;
} missed_row;

static void collect(const char *key, size_t len, void *val, void *ctx)
{
    (void)len;
    missed_row **r = ctx;
    **r = (missed_row){key, (size_t)(uintptr_t)val};
    (*r)++;
}

static int by_count(const void *a, const void *b)
{
    const missed_row *x = a, *y = b;
    return x->n != y->n ? (x->n < y->n) - (x->n > y->n) : strcmp(x->key, y->key);
}

static void print_missed(const tally *y)
{
    size_t n = tc_map_count(y->missed);
    missed_row *rows = tc_xmalloc((n + 1) * sizeof *rows), *w = rows;
    tc_map_each(y->missed, collect, &w);
    qsort(rows, n, sizeof *rows, by_count);
    printf("most frequent heads not placed in a country, with unknown names:");
    for (size_t k = 0; k < n && k < 40; k++) printf(" %s (%zu)%s", rows[k].key, rows[k].n, "");
    printf("\n");
    free(rows);
}

static double pct(size_t a, size_t b)
{
    return b ? 100.0 * (double)a / (double)b : 0;
}

/* The stories of path: texts and dates ("YYYY-MM-DD") in parallel arrays; their count. */
static size_t load_stories(const char *path, char ***texts, char ***dates)
{
    size_t len, n = 0, cap = 0;
    char *buf = tc_file_read(path, 0, &len, NULL);
    if (!buf) return 0;
    for (char *line = buf, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = 0;
        json_t *o = json_loads(line, 0, NULL);
        const char *text = json_string_value(json_object_get(o, "text"));
        const char *pub = json_string_value(json_object_get(o, "published"));
        if (text && *text) {
            if (n == cap) {
                cap = cap * 2 + 64;
                *texts = tc_xrealloc(*texts, cap * sizeof **texts);
                *dates = tc_xrealloc(*dates, cap * sizeof **dates);
            }
            (*texts)[n] = tc_xstrdup(text);
            (*dates)[n++] = tc_xstrndup(pub && strlen(pub) >= 10 ? pub : "", 10);
        }
        json_decref(o);
    }
    free(buf);
    return n;
}

int main(void)
{
    char **texts = NULL, **dates = NULL;
    size_t n = load_stories(VOA, &texts, &dates);
    tc_err err = {0};
    tc_parser *p = n ? tc_parser_load(MODEL, &err) : NULL;
    if (!n || !p) {
        printf("bench_actors_voa: %s not found or empty, or %s not loaded: skipped\n", VOA, MODEL);
        return 0;
    }
    tc_actors *d = tc_actors_load(tc_datadir(NULL), NULL, NULL, NULL, &err);
    if (!d) {
        fprintf(stderr, "bench_actors_voa: %s\n", err.msg);
        return 1;
    }
    char gpath[4096];
    snprintf(gpath, sizeof gpath, "%s/gazetteer.bin", tc_datadir(NULL));
    tc_gazetteer *g = tc_gazetteer_load(gpath, &err); /* NULL: unknown names get no place */
    tc_actors_use_gazetteer(d, g);
    tally y = {0};
    tc_nouns *nouns = tc_nouns_load(tc_datadir(NULL), &err); /* NULL: no WordNet things */
    y.nouns = nouns;
    y.missed = tc_map_new(1024);
    y.keep = tc_arena_new(0);
    y.verbose = getenv("BENCH_VERBOSE") ? atoi(getenv("BENCH_VERBOSE")) : 0;
    tc_arena *a = tc_arena_new(0);
    double parse_s = 0, t0 = now();
    for (size_t i = 0; i < n; i++) {
        tc_text t;
        tc_arena_reset(a);
        if (tc_text_analyze(texts[i], strlen(texts[i]), a, &t) != TC_OK) continue;
        y.story = i;
        tc_mention **m, **u;
        size_t *nm, *nu;
        tc_actors_scan_article(d, &t, dates[i], 0, a, &m, &nm);
        tc_actors_scan_article(d, &t, dates[i], TC_SCAN_UNKNOWN, a, &u, &nu);
        for (uint32_t s = 0; s < t.nsents; s++) {
            if (!t.sents[s].ntok) continue;
            tc_tree tree;
            double p0 = now();
            tc_parse_sentence(p, &t, s, 0, a, &tree);
            parse_s += now() - p0;
            sentence(d, &t, s, &tree, m[s], nm[s], u[s], nu[s], &y);
        }
    }
    double total = now() - t0;
    printf("corpus        %s: %zu stories, %zu sentences\n", VOA, n, y.sentences);
    printf("PROPN heads as nsubj/nsubj:pass/obj/iobj/obl: %zu (and %zu days or months, not "
           "counted)\n",
           y.phrases, y.dates);
    printf("  in a mention with a country  %5.1f%% (%zu); with a state's or an organisation's "
           "code %5.1f%%; in any mention %5.1f%%\n",
           pct(y.country, y.phrases), y.country, pct(y.coded, y.phrases),
           pct(y.covered, y.phrases));
    printf("  + unknown names (opt-in)     %5.1f%% with a country (%zu; %zu placed only so), "
           "%5.1f%% with a state's or an organisation's code, %5.1f%% in any mention\n",
           pct(y.country_unknown, y.phrases), y.country_unknown, y.placed_new,
           pct(y.coded_unknown, y.phrases), pct(y.covered_unknown, y.phrases));
    printf("  world regions (EUR, AFR, MEA ...; no country): %zu (%zu with unknown names); "
           "not counted: compound modifiers ('U.S.-backed', 'Iran-China talks') %zu, words in "
           "lower case the parser "
           "tags PROPN ('the kora') %zu, names in bylines ('X contributed to this report') %zu\n",
           y.region, y.region_unknown, y.modifiers, y.lower, y.bylines);
    printf("  things by their name's own words (storms, seas, summits, laws: "
           "tc_actors_thing_name; no actors), counted above as heads: %zu; without them "
           "%5.1f%% with a country (%zu of %zu)\n",
           y.things, pct(y.country_unknown - y.things_country, y.phrases - y.things),
           y.country_unknown - y.things_country, y.phrases - y.things);
    printf("  heads in no mention that are a capitalised word alone WordNet files as a thing "
           "('Diabetes', 'Dentistry'; counted above): %zu; without them and the things above "
           "%5.1f%% with a country (%zu of %zu)\n",
           y.wn_things,
           pct(y.country_unknown - y.things_country, y.phrases - y.things - y.wn_things),
           y.country_unknown - y.things_country, y.phrases - y.things - y.wn_things);
    printf("unknown names with no code: %zu in %zu sentences (%.2f a sentence); %.1f%% at a "
           "sentence's start; %.1f%% hold a word the parser tags PROPN\n",
           y.unknown, y.sentences, (double)y.unknown / (double)(y.sentences ? y.sentences : 1),
           pct(y.unknown_first, y.unknown), pct(y.unknown_propn, y.unknown));
    printf("heads not placed in a country, with unknown names, by cause:");
    for (size_t k = 0; k < sizeof causes / sizeof *causes; k++)
        printf("%s %s %zu", k ? ";" : "", causes[k], y.cause[k]);
    printf("\n");
    print_missed(&y);
    printf("rate          parse + both scans %.0f sentences/s; the scans alone %.0f "
           "sentences/s (%.2fx the time is the parse's)\n",
           y.sentences / total, y.sentences / (total - parse_s), total / (total - parse_s));
    for (size_t i = 0; i < n; i++) {
        free(texts[i]);
        free(dates[i]);
    }
    free(texts);
    free(dates);
    tc_map_free(y.missed);
    tc_arena_free(y.keep);
    tc_arena_free(a);
    tc_actors_free(d);
    tc_gazetteer_free(g);
    tc_nouns_free(nouns);
    tc_parser_free(p);
    return 0;
}
