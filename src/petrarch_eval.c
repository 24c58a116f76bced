/* petrarch_eval: the PETRARCH validation records as a test of the coder.
 *
 * The records file is a small, regular XML: an <Environment> naming the dictionaries, then
 * <Sentence date= id= category=> elements, each with <EventCoding> elements (the expected
 * events, noevents="True" or error="...") and a <Text>. A hand-written reader finds the
 * elements and attributes it needs (no DTD, no namespaces, the five predefined entities).
 *
 * Each record is coded as a one-sentence article with the PETRARCH dictionaries loaded:
 * verbs by petrarch_verbs, actors, agents and discards by petrarch; a discard phrase in the
 * text is the error "storydiscard" (entries marked '+') or "sentencediscard", a wire dateline
 * the error "dateline". The <Config> elements between records set PETRARCH's options for the
 * records after them: require_dyad (false: an event whose target no dictionary codes is kept,
 * "---") and comma_emin/comma_emax (a terminal comma clause of so many words is left out;
 * PETRARCH's defaults 2 and 8). Negated events do not count (PETRARCH codes modal ones). A record
 * is right when its event set is exactly the expected one (order aside) or when it expects an error
 * and gets that error. */
#include "eval_petrarch.h"

#include "actors.h"
#include "file.h"
#include "petrarch.h"
#include "petrarch_verbs.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_EVENTS TC_EVAL_PETRARCH_MAX_EVENTS

/* ---- a minimal XML reader ---- */

/* The value of attribute name inside the tag text [tag, end), unescaped, into out. */
static int attr(const char *tag, const char *end, const char *name, char *out, size_t cap)
{
    size_t n = strlen(name);
    for (const char *p = tag; p + n < end; p++) {
        if (strncmp(p, name, n) != 0 || (p > tag && p[-1] != ' ' && p[-1] != '\t' && p[-1] != '\n'))
            continue;
        const char *q = p + n;
        while (q < end && (*q == ' ' || *q == '\t')) q++;
        if (q >= end || *q != '=') continue;
        q++;
        while (q < end && (*q == ' ' || *q == '\t')) q++;
        if (q >= end || (*q != '"' && *q != '\'')) continue;
        char quote = *q++;
        const char *close = memchr(q, quote, (size_t)(end - q));
        if (!close) return 0;
        snprintf(out, cap, "%.*s", (int)(close - q), q);
        return 1;
    }
    return 0;
}

/* Replaces the predefined entities in s, in place. */
static void unescape(char *s)
{
    static const struct {
        const char *ent, *ch;
    } ents[] = {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
    char *w = s;
    for (const char *r = s; *r;) {
        size_t k = 0;
        while (k < 5 && strncmp(r, ents[k].ent, strlen(ents[k].ent)) != 0) k++;
        if (k < 5) {
            *w++ = ents[k].ch[0];
            r += strlen(ents[k].ent);
        } else {
            *w++ = *r++;
        }
    }
    *w = 0;
}

/* White space runs become one blank, none at either end: a record's text is one sentence
 * laid out on several lines. */
static void squeeze(char *s)
{
    char *w = s;
    for (const char *r = s; *r; r++) {
        int blank = *r == ' ' || *r == '\t' || *r == '\n' || *r == '\r';
        if (blank && (w == s || w[-1] == ' ')) continue;
        *w++ = blank ? ' ' : *r;
    }
    while (w > s && w[-1] == ' ') w--;
    *w = 0;
}

/* The text between <name> and </name> after from (and before limit), copied; NULL if none. */
static char *element_text(const char *from, const char *limit, const char *name)
{
    char open[64], close[64];
    snprintf(open, sizeof open, "<%s>", name);
    snprintf(close, sizeof close, "</%s>", name);
    const char *a = strstr(from, open);
    if (!a || a >= limit) return NULL;
    a += strlen(open);
    const char *b = strstr(a, close);
    if (!b || b > limit) return NULL;
    char *s = tc_xstrndup(a, (size_t)(b - a));
    unescape(s);
    squeeze(s);
    return s;
}

/* Removes XML comments from buf, in place, so that commented-out records are not read. */
static void strip_comments(char *buf)
{
    char *w = buf;
    for (char *r = buf; *r;) {
        if (!strncmp(r, "<!--", 4)) {
            char *e = strstr(r + 4, "-->");
            r = e ? e + 3 : r + strlen(r);
            continue;
        }
        *w++ = *r++;
    }
    *w = 0;
}

/* ---- PETRARCH actors, agents and discards ---- */

/* Words of s as a phrase to compare: lower case, every run of bytes that are neither ASCII
 * letters nor digits (blanks, '_', punctuation) one blank, none at either end; UTF-8 bytes
 * are word bytes. "LIBYA_" -> "libya"; "the (2013) World-Cup." -> "the 2013 world cup". Returns
 * a new string. */
static char *phrase_words(const char *s, size_t n)
{
    char *out = tc_xmalloc(n + 1), *w = out;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int word =
            (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 || (c >= 'A' && c <= 'Z');
        if (word)
            *w++ = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        else if (w > out && w[-1] != ' ')
            *w++ = ' ';
    }
    while (w > out && w[-1] == ' ') w--;
    *w = 0;
    return out;
}

typedef struct {
    char *words; /* phrase_words of the entry */
    int story;   /* '+': the whole story goes */
} discard;

/* A phrase of digits alone (a year: Phoenix lists 1914 to 2013) is no discard: it names no
 * sport or show to leave out, and tocsin dates events itself. */
static int bare_number(const char *words)
{
    return strspn(words, "0123456789 ") == strlen(words);
}

/* The discard file's phrases (a line each, '+' in front for a story discard, '#' comments). */
static void load_discards(char *buf, discard **out, size_t *n)
{
    size_t cap = 0;
    for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
        while (*line == ' ' || *line == '\t') line++;
        if (*line == '#' || *line == '<' || !*line) continue;
        int story = *line == '+';
        char *words = phrase_words(line + story, strcspn(line + story, "#[{"));
        if (!*words || bare_number(words)) {
            free(words);
            continue;
        }
        if (*n == cap) {
            cap = cap ? cap * 2 : 64;
            *out = tc_xrealloc(*out, cap * sizeof **out);
        }
        (*out)[(*n)++] = (discard){words, story};
    }
}

/* ---- scoring ---- */

typedef struct {
    char name[32];
    int records, right, correct, uncoded, extra;
} tally;

typedef struct {
    tc_actors *actors;
    tc_verbs *verbs;
    discard *discards;
    size_t ndiscards;
    tally *cats; /* every category, in the order first seen */
    int ncats, capcats;
    int verbose;
    /* PETRARCH's options as the records' <Config> elements set them, in file order */
    int require_dyad;
    int comma_emin, comma_emax; /* a terminal ", ..." clause of so many words is left out */
} evalctx;

/* Applies the <Config option= value=> elements in [s, end) to E. */
static void read_config(evalctx *E, const char *s, const char *end)
{
    for (const char *p = strstr(s, "<Config"); p && p < end; p = strstr(p + 1, "<Config")) {
        const char *pe = strchr(p, '>');
        char opt[64], val[64];
        if (!pe || !attr(p, pe, "option", opt, sizeof opt) ||
            !attr(p, pe, "value", val, sizeof val))
            continue;
        if (!strcmp(opt, "require_dyad"))
            E->require_dyad = strcasecmp(val, "false") != 0;
        else if (!strcmp(opt, "comma_emin"))
            E->comma_emin = atoi(val);
        else if (!strcmp(opt, "comma_emax"))
            E->comma_emax = atoi(val);
    }
}

/* PETRARCH's terminal comma clause: cuts text at its last comma when the words after it
 * (punctuation aside) number from emin to emax (", a senior official said on Saturday."),
 * keeping the final stop. emax 0: never. PETRARCH cuts clauses of the sentence, not the end
 * of a list ("with Mordor, Rohan, Fornost and Bree after a rift"): a clause with "and" or
 * "or" is kept. */
static void cut_terminal_clause(char *text, int emin, int emax)
{
    char *comma = strrchr(text, ',');
    if (!comma || emax <= 0 || strstr(comma, " and ") || strstr(comma, " or ")) return;
    int words = 0, in = 0;
    for (const char *c = comma + 1; *c; c++) {
        int w = (*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9');
        words += w && !in;
        in = w || (in && *c != ' ' && *c != '\t' && *c != '\n');
    }
    if (words < emin || words > emax) return;
    const char *stop = strpbrk(comma, ".!?");
    char end = stop ? *stop : 0;
    comma[0] = end;
    comma[end ? 1 : 0] = 0;
}

static tally *cat_of(evalctx *E, const char *name)
{
    const char *key = strcmp(name, "AGENTS") ? name : "AGENT";
    for (int i = 0; i < E->ncats; i++)
        if (!strcmp(E->cats[i].name, key)) return &E->cats[i];
    if (E->ncats == E->capcats) {
        E->capcats = E->capcats ? E->capcats * 2 : 16;
        E->cats = tc_xrealloc(E->cats, (size_t)E->capcats * sizeof *E->cats);
    }
    tally *t = &E->cats[E->ncats++];
    memset(t, 0, sizeof *t);
    snprintf(t->name, sizeof t->name, "%s", key);
    return t;
}

/* A wire dateline opening the text ("CEBU CITY: --", "MOSCOW (AP) -"): capitals up to a
 * colon or a dash. */
static int dateline(const char *text)
{
    const char *p = text;
    int caps = 0;
    while (*p && ((*p >= 'A' && *p <= 'Z') || *p == ' ' || *p == '.' || *p == ','))
        caps += *p++ != ' ';
    return caps >= 3 && (*p == ':' || (p[0] == '-' && p[1] == '-'));
}

/* Whether the words of phrase stand in words (both phrase_words): whole words, in a row. */
static int has_phrase(const char *words, const char *phrase)
{
    size_t n = strlen(phrase);
    for (const char *p = strstr(words, phrase); p; p = strstr(p + 1, phrase))
        if ((p == words || p[-1] == ' ') && (p[n] == 0 || p[n] == ' ')) return 1;
    return 0;
}

/* The discard error the text triggers ("storydiscard", "sentencediscard"), or NULL. */
static const char *discarded(const evalctx *E, const char *text)
{
    char *words = phrase_words(text, strlen(text));
    const char *why = NULL;
    for (size_t i = 0; i < E->ndiscards && !why; i++)
        if (has_phrase(words, E->discards[i].words))
            why = E->discards[i].story ? "storydiscard" : "sentencediscard";
    free(words);
    return why;
}

/* Adds "SRC TGT CODE" unless present; "FRO/BIL/SAM" (an actor standing for several) gives
 * one event per code. Returns the new count. */
static int add_split(char out[][96], int n, const char *src, const char *tgt, const char *code)
{
    char sv[32], tv[32], *sp, *tp;
    snprintf(sv, sizeof sv, "%s", src);
    for (char *a = strtok_r(sv, "/", &sp); a; a = strtok_r(NULL, "/", &sp)) {
        snprintf(tv, sizeof tv, "%s", tgt);
        for (char *b = strtok_r(tv, "/", &tp); b && n < MAX_EVENTS; b = strtok_r(NULL, "/", &tp)) {
            snprintf(out[n], 96, "%s %s %s", a, b, code);
            int dup = 0;
            for (int k = 0; k < n; k++) dup |= !strcmp(out[k], out[n]);
            n += !dup;
        }
    }
    return n;
}

int tc_eval_petrarch_code(const tc_actors *actors, const tc_verbs *verbs, const char *text,
                          const char *date, char out[][TC_EVAL_PETRARCH_EVENT_LEN])
{
    return tc_eval_petrarch_code_dyad(actors, verbs, text, date, 1, out);
}

int tc_eval_petrarch_code_dyad(const tc_actors *actors, const tc_verbs *verbs, const char *text,
                               const char *date, int require_dyad,
                               char out[][TC_EVAL_PETRARCH_EVENT_LEN])
{
    tc_arena *a = tc_arena_new(0);
    tc_text t;
    int n = 0;
    tc_actors_refs refs = {0};
    if (tc_text_analyze(text, strlen(text), a, &t) == TC_OK)
        for (uint32_t s = 0; s < t.nsents; s++) {
            tc_mention *m;
            size_t nm = tc_actors_scan(actors, &t, s, date, a, &m);
            nm = tc_actors_resolve(&t, s, m, nm, &refs, a, &m);
            tc_event *ev = NULL;
            size_t nev = 0, cap = 0;
            tc_coder c = tc_coder_default(verbs, NULL, NULL);
            c.conventions = TC_CODE_PETRARCH | (require_dyad ? 0 : TC_CODE_NO_DYAD);
            c.actors = actors;
            tc_code_sentence(&c, &t, s, m, nm, a, &ev, &nev, &cap);
            for (size_t i = 0; i < nev; i++)
                if (!(ev[i].flags & TC_EV_NEGATED) && /* PETRARCH codes modal statements */
                    ((ev[i].src.code[0] && ev[i].tgt.code[0]) || !require_dyad))
                    n = add_split(out, n, ev[i].src.code[0] ? ev[i].src.code : "---",
                                  ev[i].tgt.code[0] ? ev[i].tgt.code : "---", ev[i].cameo);
        }
    tc_arena_free(a);
    return n;
}

/* Scores one <Sentence> element [s, end). */
static void score_record(evalctx *E, const char *s, const char *end)
{
    const char *tag_end = strchr(s, '>');
    char date[16] = "", id[64] = "", cat[32] = "", want[MAX_EVENTS][96], got[MAX_EVENTS][96];
    char want_err[64] = "";
    attr(s, tag_end, "date", date, sizeof date);
    attr(s, tag_end, "id", id, sizeof id);
    attr(s, tag_end, "category", cat, sizeof cat);
    int nwant = 0;
    for (const char *p = strstr(s, "<EventCoding"); p && p < end;
         p = strstr(p + 1, "<EventCoding")) {
        const char *pe = strchr(p, '>');
        char src[32], tgt[32], code[16];
        if (attr(p, pe, "error", want_err, sizeof want_err)) continue;
        if (nwant < MAX_EVENTS && attr(p, pe, "sourcecode", src, sizeof src) &&
            attr(p, pe, "targetcode", tgt, sizeof tgt) &&
            attr(p, pe, "eventcode", code, sizeof code))
            snprintf(want[nwant++], 96, "%s %s %s", src, tgt, code);
    }
    char *text = element_text(s, end, "Text");
    if (!text) return;
    char iso[11] = "";
    if (strlen(date) == 8) snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
    for (char *c = text; *c; c++) /* "Dol_Amroth": PETRARCH's joined words */
        if (*c == '_') *c = ' ';
    const char *err = dateline(text) ? "dateline" : discarded(E, text);
    cut_terminal_clause(text, E->comma_emin, E->comma_emax);
    int ngot =
        err ? 0 : tc_eval_petrarch_code_dyad(E->actors, E->verbs, text, iso, E->require_dyad, got);
    int correct = 0;
    for (int i = 0; i < nwant; i++)
        for (int k = 0; k < ngot; k++)
            if (!strcmp(want[i], got[k])) {
                correct++;
                break;
            }
    int right =
        want_err[0] ? err && !strcmp(err, want_err) : !err && correct == nwant && ngot == nwant;
    tally *t = cat_of(E, cat);
    t->records++;
    t->right += right;
    t->correct += correct;
    t->uncoded += nwant - correct;
    t->extra += ngot - correct;
    if (E->verbose && !right) {
        printf("MISS %s [%s] %s\n  want:", id, cat, text);
        for (int i = 0; i < nwant; i++) printf(" [%s]", want[i]);
        printf("%s%s\n  got: ", want_err[0] ? " error=" : "", want_err);
        for (int k = 0; k < ngot; k++) printf(" [%s]", got[k]);
        printf("%s%s\n", err ? " error=" : "", err ? err : "");
    }
    free(text);
}

static void print_table(const evalctx *E)
{
    static const char *const order[] = {"DEMO",     "ACTOR",   "VERB",    "AGENT",
                                        "COMPOUND", "PARSING", "PATTERN", "DATE",
                                        "MODIFY",   "SYNSET",  "ERROR",   NULL};
    tally all = {.name = "ALL"};
    printf("%-10s %8s %8s %7s %8s %8s %6s\n", "category", "records", "right", "%", "correct",
           "uncoded", "extra");
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < E->ncats; i++) {
            const tally *t = &E->cats[i];
            int listed = 0;
            for (int k = 0; order[k]; k++) listed |= !strcmp(order[k], t->name);
            if (listed == pass) continue;
            printf("%-10s %8d %8d %6.1f%% %8d %8d %6d\n", t->name, t->records, t->right,
                   t->records ? 100.0 * t->right / t->records : 0.0, t->correct, t->uncoded,
                   t->extra);
            all.records += t->records;
            all.right += t->right;
            all.correct += t->correct;
            all.uncoded += t->uncoded;
            all.extra += t->extra;
        }
    printf("%-10s %8d %8d %6.1f%% %8d %8d %6d\n", all.name, all.records, all.right,
           all.records ? 100.0 * all.right / all.records : 0.0, all.correct, all.uncoded,
           all.extra);
}

/* Loads one file of the <Environment> (tag i of load_dicts' tags) from dir/name. Returns
 * TC_OK or the loader's error (reported on stderr). */
static int load_one(evalctx *E, int i, const char *dir, const char *name)
{
    char path[8192];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    tc_err err = {0};
    int r = TC_OK;
    if (i == 0) {
        E->verbs = tc_petrarch_verbs_load(path, NULL, tc_diag_print, NULL, &err);
        r = E->verbs ? TC_OK : err.code ? err.code : TC_EIO;
    } else if (i == 1) {
        r = tc_petrarch_load_actors(E->actors, path, tc_diag_print, NULL, &err);
    } else if (i == 2) {
        r = tc_petrarch_load_agents(E->actors, path, tc_diag_print, NULL, &err);
    } else {
        r = tc_petrarch_load_discards(E->actors, path, tc_diag_print, NULL, &err);
        size_t len;
        char *buf = r == TC_OK ? tc_file_read(path, 0, &len, &err) : NULL;
        if (buf) load_discards(buf, &E->discards, &E->ndiscards);
        free(buf);
    }
    if (r != TC_OK) fprintf(stderr, "tocsin: eval petrarch: %s\n", err.msg[0] ? err.msg : path);
    return r;
}

/* The file names the <Environment> env gives for tag: "<Tag>a, b</Tag>", or PETRARCH-1's
 * "<Tag name="a">"; a new string, NULL when it gives none. */
static char *env_files(const char *env, const char *tag)
{
    const char *end = strstr(env, "</Environment>");
    if (!end) end = env + strlen(env);
    char *list = element_text(env, end, tag);
    if (list) return list;
    char otag[64], name[1024];
    snprintf(otag, sizeof otag, "<%s ", tag);
    const char *t = strstr(env, otag);
    const char *te = t && t < end ? strchr(t, '>') : NULL;
    if (!te || te > end || !attr(t, te, "name", name, sizeof name)) return NULL;
    return tc_xstrdup(name);
}

/* Loads the verb, actor, agent and discard files the <Environment> names from dir: verbs by
 * petrarch_verbs, the rest by petrarch (src/petrarch.h); the discard phrases are also kept
 * here, since the records expect them as errors. An element may name several files
 * separated by commas ("A.actors.txt, B.actors.txt"): each is loaded, in that order (one
 * verb file only); PETRARCH-1's "<Verbfile name="...">" form is read too. Returns 0, or 1
 * when a file cannot be read or there is no verb or actor file. */
static int load_dicts(evalctx *E, const char *env, const char *dir)
{
    static const char *const tags[] = {"Verbfile", "Actorfile", "Agentfile", "Discardfile"};
    int rc = 0, have[2] = {0, 0};
    E->actors = tc_actors_new();
    for (int i = 0; i < 4 && !rc; i++) {
        char *list = env ? env_files(env, tags[i]) : NULL, *save = NULL;
        for (char *name = list ? strtok_r(list, ",", &save) : NULL; name && !rc;
             name = strtok_r(NULL, ",", &save)) {
            while (*name == ' ' || *name == '\t') name++;
            size_t n = strlen(name);
            while (n && (name[n - 1] == ' ' || name[n - 1] == '\t')) name[--n] = 0;
            if (!n) continue;
            if (i == 0 && have[0]) {
                fprintf(stderr,
                        "tocsin: eval petrarch: %s: one verb file is read; the first "
                        "of <Verbfile> was\n",
                        name);
                continue;
            }
            rc = load_one(E, i, dir, name) != TC_OK;
            if (i < 2) have[i] = 1;
        }
        free(list);
    }
    if (!rc && (!have[0] || !have[1])) {
        fprintf(stderr, "tocsin: eval petrarch: the <Environment> names no %s file\n",
                have[0] ? "actor" : "verb");
        rc = 1;
    }
    return rc;
}

static int usage(void)
{
    fprintf(stderr, "usage: tocsin eval petrarch FILE.xml [--dicts DIR] [--verbose]\n");
    return 2;
}

int tc_eval_petrarch_cli(int argc, char **argv)
{
    const char *file = NULL, *dir = NULL;
    evalctx *E = tc_xcalloc(1, sizeof *E);
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--dicts") && i + 1 < argc)
            dir = argv[++i];
        else if (!strcmp(argv[i], "--verbose") || !strcmp(argv[i], "-v"))
            E->verbose = 1;
        else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h") || argv[i][0] == '-' ||
                 file) {
            free(E);
            return usage();
        } else
            file = argv[i];
    }
    if (!file) {
        free(E);
        return usage();
    }
    size_t len;
    tc_err err = {0};
    char *xml = tc_file_read(file, 0, &len, &err);
    if (!xml) {
        fprintf(stderr, "tocsin: eval petrarch: %s\n", err.msg);
        free(E);
        return 1;
    }
    strip_comments(xml);
    char dirbuf[4096];
    if (!dir) {
        snprintf(dirbuf, sizeof dirbuf, "%s", file);
        char *slash = strrchr(dirbuf, '/');
        snprintf(dirbuf, sizeof dirbuf, "%.*s", slash ? (int)(slash - dirbuf) : 1,
                 slash ? file : ".");
        dir = dirbuf;
    }
    /* without the parse model every record would be scored as coding nothing */
    tc_coder_default(NULL, NULL, &err);
    if (err.code) fprintf(stderr, "tocsin: eval petrarch: %s\n", err.msg);
    int rc = err.code ? 1 : load_dicts(E, strstr(xml, "<Environment>"), dir);
    /* PETRARCH's defaults */
    E->require_dyad = 1;
    E->comma_emin = 2;
    E->comma_emax = 8;
    const char *from = xml;
    for (const char *s = rc ? NULL : strstr(xml, "<Sentence "); s;
         s = strstr(s + 1, "<Sentence ")) {
        const char *end = strstr(s, "</Sentence>");
        if (!end) break;
        read_config(E, from, s);
        score_record(E, s, end);
        from = end;
    }
    if (!rc) print_table(E);
    tc_actors_free(E->actors);
    tc_verbs_free(E->verbs);
    for (size_t i = 0; i < E->ndiscards; i++) free(E->discards[i].words);
    free(E->discards);
    free(E->cats);
    free(xml);
    free(E);
    return rc;
}
