/* Tests of the gazetteer and of place recognition: the golden file tests/golden/places.txt
 * (every case must pass; its format is in its header), the loader on damaged files, keys, the
 * choice among places of one name by the article's countries, metonyms, event locations on
 * hand-made trees, and the builder on a small set of sources of its own (same bytes twice).
 * TC_PLACE_SHOW=1 prints what every golden case gives, to write new cases. */
#include "place.h"

#include "arena.h"
#include "err.h"
#include "file.h"
#include "gazetteer.h"
#include "parse.h"
#include "text.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#define GAZ   TC_DATADIR "/gazetteer.bin"
#define MODEL TC_DATADIR "/parse.model"

static tc_gazetteer *gz;
static tc_parser *parser;
static tc_arena *arena;

static int setup(void **state)
{
    tc_err err = {0};
    gz = tc_gazetteer_load(GAZ, &err);
    if (!gz) fprintf(stderr, "%s\n", err.msg);
    parser = tc_parser_load(MODEL, &err);
    if (!parser) fprintf(stderr, "%s\n", err.msg);
    arena = tc_arena_new(0);
    return gz && parser ? 0 : -1;
}

static int teardown(void **state)
{
    tc_gazetteer_free(gz);
    tc_parser_free(parser);
    tc_arena_free(arena);
    return 0;
}

/* ---- helpers ----------------------------------------------------------------------------------
 */

typedef struct {
    tc_text t;
    tc_place_doc *d;
} article;

static void analyse(article *ar, const char *text, const char *const *countries)
{
    assert_int_equal(tc_text_analyze(text, strlen(text), arena, &ar->t), TC_OK);
    ar->d = tc_place_scan(gz, &ar->t, arena);
    for (; countries && *countries; countries++)
        assert_int_equal(tc_place_doc_country(ar->d, *countries, strlen(*countries)), 1);
}

static tc_tree parse(const article *ar, uint32_t s)
{
    tc_tree tree;
    assert_int_equal(tc_parse_sentence(parser, &ar->t, s, 0, arena, &tree), TC_OK);
    return tree;
}

/* One place as the golden file writes it: "TEXT = NAME / CC / PRECISION". */
static void describe(const tc_text *t, const tc_place *p, char *buf, size_t size)
{
    snprintf(buf, size, "%.*s = %s / %s / %s", (int)p->len, t->text + p->off, p->gp.name,
             p->gp.cc[0] ? p->gp.cc : "--", tc_place_prec_name(p->prec));
}

/* Every place of every sentence of text, described, each sentence parsed. */
static size_t places_of(const article *ar, char out[][200], size_t max)
{
    size_t k = 0;
    for (uint32_t s = 0; s < ar->t.nsents; s++) {
        tc_tree tree = parse(ar, s);
        tc_place *p;
        size_t n;
        assert_int_equal(tc_place_sentence(ar->d, s, &tree, arena, &p, &n), TC_OK);
        for (size_t i = 0; i < n && k < max; i++) describe(&ar->t, &p[i], out[k++], 200);
    }
    return k;
}

/* The location of the event whose predicate is the first word `verb` of the text:
 * "NAME / SOURCE" or "- / none". */
static void event_of(const article *ar, const char *verb, char *buf, size_t size)
{
    snprintf(buf, size, "(no word '%s')", verb);
    for (uint32_t s = 0; s < ar->t.nsents; s++) {
        tc_tree tree = parse(ar, s);
        for (uint32_t w = 0; w < tree.n; w++) {
            if (strcmp(ar->t.toks[tree.w[w].tok].norm, verb) != 0) continue;
            tc_place *p;
            size_t n;
            assert_int_equal(tc_place_sentence(ar->d, s, &tree, arena, &p, &n), TC_OK);
            tc_place_loc loc;
            tc_place_event(ar->d, p, n, &tree, w, &loc);
            snprintf(buf, size, "%s / %s", loc.place ? loc.place->gp.name : "-",
                     tc_loc_source_name(loc.source));
            return;
        }
    }
}

/* ---- the golden file ---------------------------------------------------------------------- */

typedef struct {
    int cases, failed, places, events;
    int quiet; /* no report of a failure (the runner's own test) */
} tally;

typedef struct {
    const char *file;
    int line;
    char text[4096];
    char countries[8][8];
    const char *cptr[9];
    char exp[32][200]; /* places, then "event WORD = ..." lines */
    size_t nexp;
} gcase;

static void trim(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ')) s[--n] = 0;
}

static void check_case(gcase *c, tally *tl)
{
    article ar;
    analyse(&ar, c->text, c->cptr);
    char got[32][200], gotev[32][420], want[32][200];
    size_t ngot = places_of(&ar, got, 32), nwant = 0, nev = 0;
    int ok = 1;
    for (size_t k = 0; k < c->nexp; k++) {
        if (strncmp(c->exp[k], "event ", 6) == 0) {
            char verb[64];
            const char *eq = strstr(c->exp[k], " = ");
            snprintf(verb, sizeof verb, "%.*s", eq ? (int)(eq - c->exp[k] - 6) : 0, c->exp[k] + 6);
            char loc[200];
            event_of(&ar, verb, loc, sizeof loc);
            snprintf(gotev[nev], sizeof gotev[nev], "event %s = %s", verb, loc);
            ok &= eq && strcmp(gotev[nev], c->exp[k]) == 0;
            nev++;
            tl->events++;
        } else if (strcmp(c->exp[k], "-") != 0) {
            memcpy(want[nwant++], c->exp[k], 200);
        }
    }
    ok &= ngot == nwant;
    for (size_t k = 0; ok && k < nwant; k++) ok = strcmp(got[k], want[k]) == 0;
    tl->cases++;
    tl->places += (int)nwant;
    if (!ok) tl->failed++;
    if (tl->quiet || (ok && !getenv("TC_PLACE_SHOW"))) return;
    printf("%s:%d: %s%s\n", c->file, c->line, ok ? "" : "FAILED ", c->text);
    for (size_t k = 0; !ok && k < c->nexp; k++) printf("  expected: %s\n", c->exp[k]);
    for (size_t k = 0; k < ngot; k++) printf("  got:      %s\n", got[k]);
    for (size_t k = 0; k < nev; k++) printf("  got:      %s\n", gotev[k]);
    if (!ngot) printf("  got:      -\n");
}

static void start_case(gcase *c, const char *file, int line, const char *text)
{
    c->file = file;
    c->line = line;
    snprintf(c->text, sizeof c->text, "%s", text);
    c->nexp = 0;
}

/* "@countries AZE ARM": the caller's countries for the next case. */
static void set_countries(gcase *c, char *list)
{
    size_t n = 0;
    for (char *w = strtok(list, " "); w && n < 8; w = strtok(NULL, " "))
        snprintf(c->countries[n], sizeof c->countries[n], "%s", w), c->cptr[n] = c->countries[n],
                                                                    n++;
    c->cptr[n] = NULL;
}

static void run_golden(const char *file, tally *tl)
{
    FILE *f = fopen(file, "r");
    assert_non_null(f);
    static gcase c;
    char buf[4096];
    int lineno = 0;
    c.text[0] = 0;
    c.cptr[0] = NULL;
    while (fgets(buf, sizeof buf, f)) {
        lineno++;
        trim(buf);
        bool ends = buf[0] == '>' || buf[0] == '@' || !buf[0];
        if (ends && c.text[0]) {
            if (!c.nexp) {
                printf("%s:%d: a case with no expected line\n", file, c.line);
                tl->failed++;
            }
            check_case(&c, tl);
            c.text[0] = 0;
            c.cptr[0] = NULL;
        }
        if (buf[0] == '#' || !buf[0]) continue;
        if (!strncmp(buf, "@countries ", 11)) {
            set_countries(&c, buf + 11);
        } else if (!strncmp(buf, "> ", 2)) {
            start_case(&c, file, lineno, buf + 2);
        } else if (c.text[0] && c.nexp < 32 && strlen(buf) < 200) {
            memcpy(c.exp[c.nexp++], buf, strlen(buf) + 1);
        } else {
            printf("%s:%d: a line outside a case\n", file, lineno);
            tl->failed++;
        }
    }
    if (c.text[0]) check_case(&c, tl);
    fclose(f);
}

static void test_golden(void **state)
{
    tally tl = {0};
    run_golden("tests/golden/places.txt", &tl);
    printf("places golden: %d of %d cases right, %d place mentions, %d event locations\n",
           tl.cases - tl.failed, tl.cases, tl.places, tl.events);
    assert_int_equal(tl.failed, 0);
    assert_true(tl.places >= 150);
}

/* The runner itself can fail: a wrong expectation is caught. */
static void test_golden_catches(void **state)
{
    static gcase c;
    tally tl = {.quiet = 1};
    start_case(&c, "inline", 1, "Talks were held in Yerevan.");
    c.cptr[0] = NULL;
    snprintf(c.exp[c.nexp++], 200, "Yerevan = Yerevan / AZ / point");
    check_case(&c, &tl);
    assert_int_equal(tl.failed, 1);
}

/* ---- the loader ------------------------------------------------------------------------------ */

/* The committed file in an 8-byte aligned heap copy, to damage. */
static unsigned char *copy_file(size_t *len)
{
    tc_err err = {0};
    char *buf = tc_file_read(GAZ, 0, len, &err);
    assert_non_null(buf);
    unsigned char *al = aligned_alloc(8, (*len + 7) & ~(size_t)7);
    memcpy(al, buf, *len);
    free(buf);
    return al;
}

static uint32_t get32(const unsigned char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

static void refused(const unsigned char *data, size_t len, const char *what)
{
    tc_err err = {0};
    tc_gazetteer *g = tc_gazetteer_open(data, len, &err);
    assert_null(g);
    assert_int_equal(err.code, TC_EPARSE);
    if (!strstr(err.msg, what)) fail_msg("expected '%s', got '%s'", what, err.msg);
}

static void test_load_damaged(void **state)
{
    size_t len;
    unsigned char *d = copy_file(&len);
    tc_err err = {0};
    tc_gazetteer *g = tc_gazetteer_open(d, len, &err);
    assert_non_null(g);
    assert_int_equal(tc_gazetteer_bytes(g), len);
    tc_gazetteer_free(g);

    refused(d, 40, "bad magic");
    refused(d, len - 1000, "shorter than its header says");
    d[0] ^= 1;
    refused(d, len, "bad magic");
    d[0] ^= 1;
    refused(d + 4, len - 4, "aligned");
    uint32_t nc = get32(d + 8), na = get32(d + 12), ne = get32(d + 16), ns = get32(d + 20);
    size_t entries = TC_GAZ_HEADER + ((nc * TC_GAZ_COUNTRY_SIZE + 7) & ~7u) +
                     ((na * TC_GAZ_ADMIN1_SIZE + 7) & ~7u);
    size_t slots = entries + (((size_t)ne * TC_GAZ_ENTRY_SIZE + 7) & ~(size_t)7);
    unsigned char saved = d[entries + 18];
    d[entries + 18] = 0xfe; /* the first place's country, past the table */
    refused(d, len, "outside its table");
    d[entries + 18] = saved;
    for (uint32_t i = 0; i < ns; i++) { /* the first used slot: its places past the ids */
        unsigned char *sl = d + slots + (size_t)i * TC_GAZ_SLOT_SIZE;
        if (get32(sl) == 0) continue;
        uint32_t huge = 0xfffffff0u;
        memcpy(sl + 4, &huge, 4);
        refused(d, len, "outside its table");
        break;
    }
    free(d);

    g = tc_gazetteer_load("/nonexistent/gazetteer.bin", &err);
    assert_null(g);
    assert_non_null(strstr(err.msg, "/nonexistent/gazetteer.bin"));
}

/* ---- keys and lookups ---------------------------------------------------------------------- */

static const char *key_of(const char *name, char *buf, size_t cap)
{
    size_t n;
    tc_token *t = tc_text_tokens(name, strlen(name), arena, &n);
    return tc_gazetteer_key(t, n, buf, cap) ? buf : "";
}

static void test_keys(void **state)
{
    char buf[128];
    assert_string_equal(key_of("Nagorno-Karabakh", buf, sizeof buf), "nagorno - karabakh");
    assert_string_equal(key_of("Xankəndi", buf, sizeof buf), "xankendi");
    assert_string_equal(key_of("KYIV", buf, sizeof buf), "kyiv");
    assert_string_equal(key_of("Şuşa", buf, sizeof buf), "susa");
    assert_string_equal(key_of("Ho Chi Minh City", buf, sizeof buf), "ho chi minh city");
    assert_string_equal(key_of("Ho Chi Minh City", buf, 8), ""); /* does not fit */
}

static int lookup(const char *name, uint32_t *n, tc_gaz_place *first)
{
    char buf[256];
    const uint32_t *ids;
    const char *k = key_of(name, buf, sizeof buf);
    int r = tc_gazetteer_lookup(gz, k, strlen(k), &ids, n);
    if (r == 1) assert_int_equal(tc_gazetteer_place(gz, ids[0], first), TC_OK);
    return r;
}

static void test_lookup(void **state)
{
    uint32_t n;
    tc_gaz_place p;
    assert_int_equal(lookup("Lachin corridor", &n, &p), 1);
    assert_string_equal(p.name, "Lachin corridor");
    assert_int_equal(p.kind, TC_GAZ_FEATURE);
    assert_true(p.flags & TC_GAZ_CURATED);
    assert_int_equal(lookup("Nagorno", &n, &p), 0); /* only the start of a name */
    assert_int_equal(n, 0);
    assert_int_equal(lookup("Qwxz Vbnm", &n, &p), -1);
    assert_int_equal(lookup("Georgia", &n, &p), 1);
    assert_true(n >= 2);
    assert_int_equal(p.kind, TC_GAZ_COUNTRY); /* countries first */
    assert_string_equal(p.cc3, "GEO");
    assert_int_equal(lookup("Kyiv", &n, &p), 1);
    assert_true(p.pop > 1000000 && p.lat > 50 && p.lat < 51 && p.lon > 30 && p.lon < 31);
    assert_string_equal(p.cc, "UA");
    assert_int_equal(lookup("May", &n, &p), 1);
    assert_int_equal(p.kind, TC_GAZ_NONE);

    int64_t az = tc_gazetteer_country(gz, "az", 2);
    assert_true(az >= 0);
    assert_int_equal(tc_gazetteer_country(gz, "AZE", 3), az);
    assert_int_equal(tc_gazetteer_country(gz, "AZEGOV", 6), -1);
    assert_int_equal(tc_gazetteer_country(gz, "QQ", 2), -1);
    assert_int_equal(tc_gazetteer_place(gz, tc_gazetteer_count(gz), &p), TC_ENOTFOUND);
}

/* ---- choosing and accepting -------------------------------------------------------------- */

/* The places of the one sentence of text (no parse), "NAME/CC" joined by spaces. */
static const char *quick(const char *text, const char *const *countries, char *buf, size_t cap)
{
    article ar;
    analyse(&ar, text, countries);
    buf[0] = 0;
    for (uint32_t s = 0; s < ar.t.nsents; s++) {
        tc_place *p;
        size_t n;
        assert_int_equal(tc_place_sentence(ar.d, s, NULL, arena, &p, &n), TC_OK);
        for (size_t i = 0; i < n; i++)
            snprintf(buf + strlen(buf), cap - strlen(buf), "%s%s/%s", buf[0] ? " " : "",
                     p[i].gp.name, p[i].gp.cc);
    }
    return buf;
}

static void test_context(void **state)
{
    char buf[256];
    static const char *const lbn[] = {"LBN", NULL}, *const cameo[] = {"LBNGOV", NULL};
    assert_string_equal(quick("Unrest spread to Tripoli.", NULL, buf, sizeof buf), "Tripoli/LY");
    assert_string_equal(quick("Unrest spread to Tripoli.", lbn, buf, sizeof buf), "Tripoli/LB");
    assert_string_equal(quick("Unrest spread to Tripoli.", cameo, buf, sizeof buf), "Tripoli/LB");
    article ar;
    analyse(&ar, "Unrest spread.", NULL);
    assert_int_equal(tc_place_doc_country(ar.d, "REB", 3), 0); /* a CAMEO role, no country */
    assert_int_equal(tc_place_doc_country(ar.d, "IGOUNO", 6), 0);
    assert_int_equal(tc_place_doc_country(ar.d, "am", 2), 1);
    /* a qualifier beats the prior, the article's places beat the prior */
    assert_string_equal(quick("They met in Paris, Texas.", NULL, buf, sizeof buf), "Paris/US");
    assert_string_equal(quick("They met in Paris.", NULL, buf, sizeof buf), "Paris/FR");
}

static void test_metonyms(void **state)
{
    char buf[256];
    assert_string_equal(quick("Baku said the talks failed.", NULL, buf, sizeof buf), "");
    assert_string_equal(quick("The talks in Baku failed.", NULL, buf, sizeof buf), "Baku/AZ");
    assert_string_equal(quick("Armenia accused Azerbaijan.", NULL, buf, sizeof buf), "");
    assert_string_equal(quick("Shells fell in Armenia.", NULL, buf, sizeof buf), "Armenia/AM");
    /* a town the actor matcher took is a place only after a preposition */
    article ar;
    analyse(&ar, "The envoy met Rubio in Jeddah.", NULL);
    tc_place *p;
    size_t n;
    assert_int_equal(tc_place_sentence(ar.d, 0, NULL, arena, &p, &n), TC_OK);
    assert_int_equal(n, 2);
    tc_place_doc_actor(ar.d, 3, 1);
    assert_int_equal(tc_place_sentence(ar.d, 0, NULL, arena, &p, &n), TC_OK);
    assert_int_equal(n, 1);
    assert_string_equal(p[0].gp.name, "Jeddah");
    tc_place_doc_actor(ar.d, 5, 1);
    assert_int_equal(tc_place_sentence(ar.d, 0, NULL, arena, &p, &n), TC_OK);
    assert_int_equal(n, 1); /* "in Jeddah" stays a place */
}

/* The places of text with every sentence parsed, "NAME/CC" joined by spaces. */
static const char *parsed(const char *text, char *buf, size_t cap)
{
    article ar;
    analyse(&ar, text, NULL);
    buf[0] = 0;
    for (uint32_t s = 0; s < ar.t.nsents; s++) {
        tc_tree tree = parse(&ar, s);
        tc_place *p;
        size_t n;
        assert_int_equal(tc_place_sentence(ar.d, s, &tree, arena, &p, &n), TC_OK);
        for (size_t i = 0; i < n; i++)
            snprintf(buf + strlen(buf), cap - strlen(buf), "%s%s/%s", buf[0] ? " " : "",
                     p[i].gp.name, p[i].gp.cc);
    }
    return buf;
}

/* A town's name inside a longer proper name is no place, even after "in": a capitalised word
 * before it that is not its country's adjective, a capitalised word after it that is not a
 * day or a month, a noun such as "magazine" after it. */
static void test_inside_name(void **state)
{
    char buf[256];
    static const char *const cases[][2] = {
        {"The two doctors wrote in Rolling Stone magazine on Monday that the siege of"
         " Stepanakert must end.",
         "Xankandi/AZ"},
        {"A columnist argued in Rolling Stone last week that the talks had failed.", ""},
        {"The report appeared in the Moscow Times after the vote.", ""},
        {"She studied at Cambridge university before moving to Yerevan.", "Yerevan/AM"},
        {"The march ended on Baker street near the station.", ""},
        {"Protests spread in Syrian Idlib after the vote.", "Idlib/SY"},
        {"Shells fell in Ukrainian Kharkiv overnight.", "Kharkiv/UA"},
        {"Ministers met in Moscow Tuesday to discuss the grain deal.", "Moscow/RU"},
        {"Shops closed in Stone after the floods.", "Stone/GB"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        parsed(cases[i][0], buf, sizeof buf);
        if (strcmp(buf, cases[i][1]))
            fail_msg("%s\n  got '%s', want '%s'", cases[i][0], buf, cases[i][1]);
    }
}

static void test_no_gazetteer(void **state)
{
    tc_text t;
    const char *s = "Fighting in Kharkiv. Talks in Baku.";
    assert_int_equal(tc_text_analyze(s, strlen(s), arena, &t), TC_OK);
    tc_place_doc *d = tc_place_scan(NULL, &t, arena);
    tc_place *p;
    size_t n = 9;
    assert_int_equal(tc_place_sentence(d, 0, NULL, arena, &p, &n), TC_OK);
    assert_int_equal(n, 0);
    assert_null(tc_place_doc_main(d));
    assert_int_equal(tc_place_doc_country(d, "UKR", 3), 0);
    d = tc_place_scan(gz, &t, arena);
    assert_int_equal(tc_place_sentence(d, 2, NULL, arena, &p, &n), TC_EUSAGE);
    assert_int_equal(n, 0);
    assert_int_equal(tc_text_analyze("", 0, arena, &t), TC_OK);
    d = tc_place_scan(gz, &t, arena);
    assert_null(tc_place_doc_main(d));
    tc_place_loc loc;
    tc_place_event(d, NULL, 0, NULL, 0, &loc);
    assert_int_equal(loc.source, TC_LOC_NONE);
    assert_null(loc.place);
    assert_string_equal(tc_loc_source_name(loc.source), "none");
    assert_string_equal(tc_place_prec_name(9), "unknown");
}

/* ---- event locations on hand-made trees ------------------------------------------------------ */

typedef struct {
    uint32_t head;
    uint8_t rel, upos;
} arc;

static tc_tree make_tree(const article *ar, uint32_t s, const arc *arcs, uint32_t n)
{
    tc_tree t = {tc_arena_calloc(arena, n, sizeof(tc_word)), n};
    assert_int_equal(ar->t.sents[s].ntok, n);
    for (uint32_t i = 0; i < n; i++) {
        const tc_token *k = &ar->t.toks[ar->t.sents[s].tok0 + i];
        t.w[i] = (tc_word){.off = k->off,
                           .len = k->len,
                           .tok = ar->t.sents[s].tok0 + i,
                           .lemma = k->norm,
                           .head = (uint16_t)arcs[i].head,
                           .rel = arcs[i].rel,
                           .upos = arcs[i].upos};
    }
    return t;
}

static const char *located(const article *ar, uint32_t s, const tc_tree *tree, uint32_t pred,
                           char *buf, size_t cap)
{
    tc_place *p;
    size_t n;
    assert_int_equal(tc_place_sentence(ar->d, s, tree, arena, &p, &n), TC_OK);
    tc_place_loc loc;
    tc_place_event(ar->d, p, n, tree, pred, &loc);
    snprintf(buf, cap, "%s %s", loc.place ? loc.place->gp.name : "-",
             tc_loc_source_name(loc.source));
    return buf;
}

static void test_event_location(void **state)
{
    article ar;
    char buf[128];
    analyse(&ar, "Officials in Kyiv said troops shelled Kharkiv. Nobody was hurt.", NULL);
    /* Officials in Kyiv said troops shelled Kharkiv . */
    static const arc a[] = {{4, TC_REL_NSUBJ, TC_UPOS_NOUN}, {3, TC_REL_CASE, TC_UPOS_ADP},
                            {1, TC_REL_NMOD, TC_UPOS_PROPN}, {0, TC_REL_ROOT, TC_UPOS_VERB},
                            {6, TC_REL_NSUBJ, TC_UPOS_NOUN}, {4, TC_REL_CCOMP, TC_UPOS_VERB},
                            {6, TC_REL_OBJ, TC_UPOS_PROPN},  {4, TC_REL_PUNCT, TC_UPOS_PUNCT}};
    tc_tree t = make_tree(&ar, 0, a, 8);
    assert_string_equal(located(&ar, 0, &t, 3, buf, sizeof buf), "Kyiv clause");
    assert_string_equal(located(&ar, 0, &t, 5, buf, sizeof buf), "Kharkiv clause");
    /* the same words, Kharkiv moved under "said": shelled's clause has no place of its own */
    static const arc b[] = {{4, TC_REL_NSUBJ, TC_UPOS_NOUN}, {3, TC_REL_CASE, TC_UPOS_ADP},
                            {1, TC_REL_NMOD, TC_UPOS_PROPN}, {0, TC_REL_ROOT, TC_UPOS_VERB},
                            {6, TC_REL_NSUBJ, TC_UPOS_NOUN}, {4, TC_REL_CCOMP, TC_UPOS_VERB},
                            {4, TC_REL_OBL, TC_UPOS_PROPN},  {4, TC_REL_PUNCT, TC_UPOS_PUNCT}};
    t = make_tree(&ar, 0, b, 8);
    assert_string_equal(located(&ar, 0, &t, 5, buf, sizeof buf), "Kyiv sentence");
    /* the second sentence names no place: the article's most named place (Kyiv and Kharkiv
     * once each: the first) */
    static const arc c[] = {{3, TC_REL_NSUBJ_PASS, TC_UPOS_PRON},
                            {3, TC_REL_AUX_PASS, TC_UPOS_AUX},
                            {0, TC_REL_ROOT, TC_UPOS_VERB},
                            {3, TC_REL_PUNCT, TC_UPOS_PUNCT}};
    t = make_tree(&ar, 1, c, 4);
    assert_string_equal(located(&ar, 1, &t, 2, buf, sizeof buf), "Kyiv article");
    assert_string_equal(located(&ar, 1, NULL, 0, buf, sizeof buf), "Kyiv article");
    /* without a tree: the most precise place of the sentence */
    analyse(&ar, "Troops in Ukraine shelled Kharkiv.", NULL);
    assert_string_equal(located(&ar, 0, NULL, 0, buf, sizeof buf), "Kharkiv sentence");
}

/* Hostile input: 40,000 names in 2,000-token sentences, invalid UTF-8, every token an actor,
 * every country added again and again; all in bounded time, nothing outside the text. */
static void test_hostile(void **state)
{
    size_t cap = 20000 * 17 + 64, len = 0;
    char *s = malloc(cap);
    assert_non_null(s);
    for (int i = 0; i < 20000; i++)
        len += (size_t)snprintf(s + len, cap - len, "in Kyiv, Kharkiv ");
    len += (size_t)snprintf(s + len, cap - len, ". \xff\xfe in Baku \xc3. Zz");
    article ar;
    analyse(&ar, s, NULL);
    for (int i = 0; i < 1000; i++) tc_place_doc_country(ar.d, "UKR", 3);
    tc_place_doc_actor(ar.d, 0, (uint32_t)ar.t.ntoks);
    tc_place_doc_actor(ar.d, UINT32_MAX - 1, 5); /* past the text: ignored */
    size_t total = 0;
    for (uint32_t k = 0; k < ar.t.nsents; k++) {
        tc_place *p;
        size_t n;
        assert_int_equal(tc_place_sentence(ar.d, k, NULL, arena, &p, &n), TC_OK);
        for (size_t i = 0; i < n; i++) assert_true(p[i].off + p[i].len <= ar.t.len);
        total += n;
    }
    /* each after "in" or in a list after it, and Baku; a sentence cut at 2,000 tokens may part
     * a name from its preposition */
    assert_true(total > 39900 && total <= 40001);
    const tc_place *main = tc_place_doc_main(ar.d);
    assert_non_null(main);
    assert_string_equal(main->gp.name, "Kyiv"); /* as often as Kharkiv, named first */
    free(s);
}

/* ---- the builder on sources of its own ------------------------------------------------------- */

static char builder[4096];

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* Runs the builder over the small sources in dir into out; its exit status. */
static int build(const char *dir, const char *out)
{
    char cmd[9000];
    snprintf(cmd, sizeof cmd,
             "%s %s/cities.txt %s/admin1.json %s/iso1.json %s/iso2.json %s/aliases.txt %s "
             "2>/dev/null",
             builder, dir, dir, dir, dir, dir, out);
    return system(cmd);
}

static void test_builder(void **state)
{
    if (access(builder, X_OK) != 0) {
        printf("test_builder: %s not built: skipped\n", builder);
        return;
    }
    char dir[] = "/tmp/tc_gazXXXXXX";
    assert_non_null(mkdtemp(dir));
    /* GeoNames' columns: id name ascii alternates lat lon class code cc cc2 admin1 admin2
     * admin3 admin4 population elevation dem timezone modified */
    write_file(
        dir, "cities.txt",
        "1\tSpringfield\tSpringfield\t\t39.8\t-89.6\tP\tPPLA\tUS\t\tIL\t\t\t\t116000\t\t\t\t\n"
        "2\tSpringfield\tSpringfield\t\t37.2\t-93.3\tP\tPPLA2\tUS\t\tMO\t\t\t\t167000\t\t\t\t\n"
        "3\tQuartzburg\tQuartzburg\tKwartsburg,QZB,Quarzburg\t10\t20\tP\tPPLC\tZZ\t\tA1\t\t\t\t"
        "300000\t\t\t\t\n"
        "4\tOld Fort\tOld Fort\t\t11\t21\tP\tPPLH\tZZ\t\tA1\t\t\t\t5000\t\t\t\t\n"
        "5\tMarchton\tMarchton\t\t12\t22\tP\tPPL\tZZ\t\tA1\t\t\t\t100000\t\t\t\t\n");
    write_file(dir, "admin1.json",
               "[{\"code\":\"US.IL\",\"name\":\"Illinois\"},{\"code\":\"US.MO\",\"name\":"
               "\"Missouri\"},{\"code\":\"ZZ.A1\",\"name\":\"Upper Quartz Province\"}]");
    write_file(dir, "iso1.json",
               "{\"3166-1\":[{\"alpha_2\":\"US\",\"alpha_3\":\"USA\",\"name\":\"United States\"},"
               "{\"alpha_2\":\"ZZ\",\"alpha_3\":\"ZZZ\",\"name\":\"Quartz, Republic of\"}]}");
    write_file(dir, "iso2.json",
               "{\"3166-2\":[{\"code\":\"US-IL\",\"name\":\"Illinois\",\"type\":\"State\"}]}");
    write_file(dir, "aliases.txt",
               "stop Marchton\nalso ZZ Quartzburg: Q-Town\nfeature ZZ 10.5 20.5 Quartz Pass\n");
    char out1[64], out2[64];
    snprintf(out1, sizeof out1, "%s/a.bin", dir);
    snprintf(out2, sizeof out2, "%s/b.bin", dir);
    assert_int_equal(build(dir, out1), 0);
    assert_int_equal(build(dir, out2), 0);
    size_t l1, l2;
    char *b1 = tc_file_read(out1, 0, &l1, NULL), *b2 = tc_file_read(out2, 0, &l2, NULL);
    assert_non_null(b1);
    assert_non_null(b2);
    assert_int_equal(l1, l2);
    assert_memory_equal(b1, b2, l1); /* the same sources give the same bytes */
    free(b1);
    free(b2);

    tc_err err = {0};
    tc_gazetteer *g = tc_gazetteer_load(out1, &err), *saved = gz;
    assert_non_null(g);
    gz = g;
    uint32_t n;
    tc_gaz_place p;
    assert_int_equal(lookup("Springfield", &n, &p), 1);
    assert_int_equal(n, 2);
    assert_string_equal(p.admin1, "Missouri");                 /* the larger first */
    assert_int_equal(lookup("Republic of Quartz", &n, &p), 1); /* ISO's inverted name */
    assert_int_equal(p.kind, TC_GAZ_COUNTRY);
    assert_string_equal(p.cc3, "ZZZ");
    assert_true(p.lat > 10 && p.lat < 12); /* the centre of its places, by population */
    assert_int_equal(lookup("Q-Town", &n, &p), 1);
    assert_string_equal(p.name, "Quartzburg");
    assert_true(p.flags & TC_GAZ_CAPITAL);
    assert_true(p.names == 3);
    assert_int_equal(lookup("Quarzburg", &n, &p), 1); /* an alternative name of a large place */
    assert_int_equal(lookup("QZB", &n, &p), -1);      /* a code is no name */
    assert_int_equal(lookup("Old Fort", &n, &p), -1); /* a historical place is left out */
    assert_int_equal(lookup("Marchton", &n, &p), 1);
    assert_int_equal(p.kind, TC_GAZ_NONE);
    assert_int_equal(lookup("Upper Quartz region", &n, &p), 1);
    assert_int_equal(p.kind, TC_GAZ_ADMIN1);
    assert_int_equal(lookup("Illinois", &n, &p), 1);
    assert_string_equal(p.iso2, "US-IL");
    assert_int_equal(lookup("Quartz Pass", &n, &p), 1);
    assert_true(p.flags & TC_GAZ_CURATED);
    gz = saved;
    tc_gazetteer_free(g);

    write_file(dir, "aliases.txt", "also ZZ Nowhere: Elsewhere\n"); /* no such place */
    assert_true(build(dir, out1) != 0);
    char cmd[200];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

/* The actors' countries and spans added at once give the places and the main place that
 * adding them one at a time gives: the main place sees the spans before the last new country. */
static void test_actors_at_once(void **state)
{
    static const char *const text = "Jeddah hosted the talks. Jeddah said Lebanon would help. "
                                    "Libya's envoy met officials in Tripoli and Tripoli said no.";
    static const char *const names[] = {"Jeddah", "Jeddah", "Lebanon", "Libya", "Tripoli", NULL};
    static const char *const codes[] = {"SAU", "SAUGOV", "LBN", "LBY", "LBYGOV"};
    article one, all;
    analyse(&one, text, NULL);
    analyse(&all, text, NULL);
    tc_place_actor act[5];
    size_t n = 0;
    for (uint32_t i = 0; i < one.t.ntoks && names[n]; i++) {
        const tc_token *k = &one.t.toks[i];
        if (k->len != strlen(names[n]) || memcmp(text + k->off, names[n], k->len)) continue;
        act[n] = (tc_place_actor){codes[n], i, 1};
        tc_place_doc_country(one.d, codes[n], strlen(codes[n]));
        tc_place_doc_actor(one.d, i, 1);
        n++;
    }
    assert_int_equal(n, 5);
    tc_place_doc_actors(all.d, act, n);
    const tc_place *a = tc_place_doc_main(one.d), *b = tc_place_doc_main(all.d);
    assert_non_null(a);
    assert_non_null(b);
    assert_int_equal(a->gp.id, b->gp.id);
    for (uint32_t s = 0; s < one.t.nsents; s++) {
        tc_place *pa, *pb;
        size_t na, nb;
        assert_int_equal(tc_place_sentence(one.d, s, NULL, arena, &pa, &na), TC_OK);
        assert_int_equal(tc_place_sentence(all.d, s, NULL, arena, &pb, &nb), TC_OK);
        assert_int_equal(na, nb);
        for (size_t i = 0; i < na; i++) {
            assert_int_equal(pa[i].gp.id, pb[i].gp.id);
            assert_int_equal(pa[i].tok0, pb[i].tok0);
        }
    }
}

int main(int argc, char **argv)
{
    /* the builder lies beside the tests: BUILD/tests/test_place -> BUILD/tools/gazetteer_build */
    const char *slash = strrchr(argv[0], '/');
    snprintf(builder, sizeof builder, "%.*s/../tools/gazetteer_build",
             slash ? (int)(slash - argv[0]) : 1, slash ? argv[0] : ".");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_golden),         cmocka_unit_test(test_golden_catches),
        cmocka_unit_test(test_load_damaged),   cmocka_unit_test(test_keys),
        cmocka_unit_test(test_lookup),         cmocka_unit_test(test_context),
        cmocka_unit_test(test_metonyms),       cmocka_unit_test(test_no_gazetteer),
        cmocka_unit_test(test_event_location), cmocka_unit_test(test_hostile),
        cmocka_unit_test(test_builder),        cmocka_unit_test(test_inside_name),
        cmocka_unit_test(test_actors_at_once),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
