/* extract: a raw article to a clean article (see extract.h).
 *
 * Two front ends feed one line filter. HTML goes through a byte scanner (prestrip: scripts,
 * styles, comments, furniture and unread attributes never reach gumbo, the parse being most
 * of the cost), is parsed by gumbo into the article's arena and scanned once for the page's
 * facts (meta tags, <title>, first <h1>, <time>, JSON-LD). One measuring walk gives every
 * element an nstat in pre-order (an element's subtree is the ids after it, so later walks
 * that skip a subtree keep count); the content root is chosen from those measures and its
 * visible text emitted into one growing buffer, block elements on their own lines. Plain
 * text is taken as it is. Both are cleaned (tc_utf8_clean), cut into lines, each line
 * normalised in place and passed through the boilerplate filter, which writes the kept lines
 * back over the same buffer. What counts as boilerplate is data: the `phrases`,
 * `banner_heads`, `noise_words`, `furniture_tags`, `bio_*` and `tag_role` tables. Tree walks
 * use an explicit stack in the arena, so nesting depth costs heap, never C stack. */
#include "extract.h"

#include "hash.h"
#include "span.h"

#include <gumbo.h>
#include <jansson.h>
#include <textcat.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* A first line longer than this (in code points) is a paragraph, not a headline. */
#define TITLE_MAX_CPS 200
/* Boilerplate phrases only match lines up to this long: real paragraphs stay. */
#define PHRASE_LINE_MAX 200
/* A <title> keeps its " | Site" suffix unless what precedes it is at least this long. */
#define TITLE_SUFFIX_MIN_REST 20

/* ---- small helpers ---- */

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool is_alnum(char c)
{
    return is_digit(c) || (unsigned)(((unsigned char)c | 0x20) - 'a') < 26u;
}

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* True when s[0..n) starts with the ASCII phrase p, case-insensitively. */
static bool ci_prefix(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    return n >= k && strncasecmp(s, p, k) == 0;
}

/* True when the NUL-terminated s contains the lower-case ASCII word w, case-insensitively. */
static bool ci_contains(const char *s, const char *w)
{
    size_t k = strlen(w);
    for (; *s; s++) {
        size_t i = 0;
        while (i < k && lower(s[i]) == w[i]) i++;
        if (i == k) return true;
    }
    return false;
}

static size_t skip_blanks(const char *s, size_t i, size_t n)
{
    while (i < n && is_blank(s[i])) i++;
    return i;
}

/* ---- a growing text buffer in the arena ---- */

typedef struct {
    tc_arena *a;
    char *p;
    size_t n, cap;
} buf;

/* Room for `more` bytes and a NUL. The old block stays in the arena: at most twice the final
 * size is used, and the copies happen only log(n) times. */
static void buf_reserve(buf *b, size_t more)
{
    if (b->cap - b->n > more) return;
    size_t cap = b->cap ? b->cap : 1024;
    while (cap - b->n <= more) cap *= 2;
    char *p = tc_arena_alloc(b->a, cap);
    if (b->n) memcpy(p, b->p, b->n);
    b->p = p;
    b->cap = cap;
}

static void buf_put(buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    memcpy(b->p + b->n, s, n);
    b->n += n;
}

static char buf_last(const buf *b)
{
    return b->n ? b->p[b->n - 1] : '\n';
}

/* A new line, unless the text is empty or already at one. */
static void buf_newline(buf *b)
{
    if (buf_last(b) == ' ') b->n--;
    if (buf_last(b) != '\n') buf_put(b, "\n", 1);
}

static void buf_space(buf *b)
{
    if (buf_last(b) != ' ' && buf_last(b) != '\n') buf_put(b, " ", 1);
}

/* ---- dates ---- */

/* The value of n decimal digits at s, or -1 (stops at the first non-digit, so never reads
 * past a NUL). */
static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!is_digit(s[i])) return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

static bool valid_ymd(int y, int m, int d)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || m < 1 || m > 12 || d < 1) return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap);
}

int tc_extract_date(const char *s, char out[11])
{
    out[0] = 0;
    if (!s) return -1;
    while (*s == ' ' || *s == '\t') s++;
    /* Where month and day start: "YYYY-MM-DD" and "YYYY/MM/DD", or "YYYYMMDD". */
    bool sep = s[0] && s[1] && s[2] && s[3] && (s[4] == '-' || s[4] == '/');
    const char *mp = s + 4 + sep, *dp = mp + 2 + sep, *rest = dp + 2;
    int y = digits(s, 4), m = y < 0 ? -1 : digits(mp, 2);
    if (m < 0 || (sep && mp[2] != s[4])) return -1;
    int d = digits(dp, 2);
    /* A time may follow ("T10:00", " 10:00"), nothing else: "2023-07-281" is no date. */
    if (d < 0 || !valid_ymd(y, m, d) ||
        !(*rest == 0 || *rest == 'T' || *rest == 't' || is_blank(*rest)))
        return -1;
    memcpy(out, s, 4);
    out[4] = '-';
    memcpy(out + 5, mp, 2);
    out[7] = '-';
    memcpy(out + 8, dp, 2);
    out[10] = 0;
    return 0;
}

/* ---- dates in URLs and in the text ---- */

/* "YYYY-MM-DD" of a valid date (year below 10000) into out[11]. */
static void put_ymd(char out[11], int y, int m, int d)
{
    int v[3] = {y, m, d}, w[3] = {4, 2, 2};
    char *o = out;
    for (int k = 0; k < 3; k++) {
        for (int i = w[k] - 1; i >= 0; i--, v[k] /= 10) o[i] = (char)('0' + v[k] % 10);
        o += w[k];
        *o++ = k < 2 ? '-' : 0;
    }
}

/* "YYYY?MM?DD" at s, with the same separator ('/', '-', '_', '.') twice or none, not
 * followed by another digit: into out as "YYYY-MM-DD"; false when not a valid date. */
static bool ymd_at(const char *s, size_t n, char out[11])
{
    if (n < 8) return false;
    bool sep = !is_digit(s[4]) && strchr("/-_.", s[4]);
    size_t len = sep ? 10 : 8;
    if (n < len || (sep && s[7] != s[4]) || (n > len && is_digit(s[len]))) return false;
    int y = digits(s, 4), m = digits(s + 4 + sep, 2), d = digits(s + 6 + 2 * sep, 2);
    if (y < 1900 || y > 2199 || m < 0 || d < 0 || !valid_ymd(y, m, d)) return false;
    put_ymd(out, y, m, d);
    return true;
}

/* The first date in a URL's path ("/2023/07/28/", "-20230728-"). */
static void url_date(const char *url, char out[11])
{
    const char *p = strstr(url, "://");
    p = p ? strchr(p + 3, '/') : NULL;
    for (; p && *p; p++)
        if (is_digit(*p) && !is_digit(p[-1]) && ymd_at(p, strlen(p), out)) return;
    out[0] = 0;
}

/* Month names (English, German, French, Spanish; prefixes that are unambiguous) and their
 * numbers, for "28 July 2023", "July 28, 2023", "28. Juli 2023". */
static const struct {
    const char *name;
    int month;
} month_names[] = {
    {"january", 1},   {"januar", 1},     {"janvier", 1},    {"enero", 1},      {"february", 2},
    {"februar", 2},   {"février", 2},    {"febrero", 2},    {"march", 3},      {"märz", 3},
    {"mars", 3},      {"marzo", 3},      {"april", 4},      {"avril", 4},      {"abril", 4},
    {"may", 5},       {"mai", 5},        {"mayo", 5},       {"june", 6},       {"juni", 6},
    {"juin", 6},      {"junio", 6},      {"july", 7},       {"juli", 7},       {"juillet", 7},
    {"julio", 7},     {"august", 8},     {"août", 8},       {"agosto", 8},     {"september", 9},
    {"septembre", 9}, {"septiembre", 9}, {"october", 10},   {"oktober", 10},   {"octobre", 10},
    {"octubre", 10},  {"november", 11},  {"novembre", 11},  {"noviembre", 11}, {"december", 12},
    {"dezember", 12}, {"décembre", 12},  {"diciembre", 12},
};

/* The month named at s (a whole word), its length in *len; 0 when none. */
static int month_at(const char *s, size_t n, size_t *len)
{
    for (size_t i = 0; i < sizeof month_names / sizeof *month_names; i++) {
        size_t k = strlen(month_names[i].name);
        if (n >= k && strncasecmp(s, month_names[i].name, k) == 0 && (k == n || !is_alnum(s[k]))) {
            *len = k;
            return month_names[i].month;
        }
    }
    return 0;
}

/* A number of 1 to 4 digits at s[*i], or -1; *i moves past it and the blanks, dots and
 * commas after it. */
static int number_at(const char *s, size_t n, size_t *i)
{
    int v = 0, k = 0;
    while (*i < n && is_digit(s[*i]) && k < 5) v = v * 10 + (s[(*i)++] - '0'), k++;
    if (!k || k > 4) return -1;
    while (*i < n && (s[*i] == ' ' || s[*i] == '.' || s[*i] == ',')) (*i)++;
    return v;
}

/* "28 July 2023", "28. Juli 2023" or "July 28, 2023" at s[i]. */
static bool named_date_at(const char *s, size_t n, size_t i, char out[11])
{
    size_t j = i, len;
    int d = number_at(s, n, &j), m, y;
    if (d > 0 && (m = month_at(s + j, n - j, &len))) {
        j = skip_blanks(s, j + len, n);
        y = number_at(s, n, &j);
    } else if ((m = month_at(s + i, n - i, &len))) {
        j = skip_blanks(s, i + len, n);
        d = number_at(s, n, &j);
        y = number_at(s, n, &j);
    } else {
        return false;
    }
    if (y < 1900 || y > 2199 || d < 1 || !valid_ymd(y, m, d)) return false;
    put_ymd(out, y, m, d);
    return true;
}

/* The first date written in the first TEXT_DATE_SPAN bytes of a text: ISO ("2023-07-28"),
 * European numeric ("28.07.2023") or with a month name. */
#define TEXT_DATE_SPAN 2000
static void text_date(const char *s, size_t n, char out[11])
{
    if (n > TEXT_DATE_SPAN) n = TEXT_DATE_SPAN;
    for (size_t i = 0; i < n; i++) {
        if (i && is_alnum(s[i - 1])) continue;
        if (is_digit(s[i]) && ymd_at(s + i, n - i, out)) return;
        if (i + 10 <= n && is_digit(s[i]) && s[i + 2] == '.' && s[i + 5] == '.' &&
            (i + 10 == n || !is_digit(s[i + 10]))) {
            int d = digits(s + i, 2), m = digits(s + i + 3, 2), y = digits(s + i + 6, 4);
            if (d > 0 && m > 0 && y >= 1900 && valid_ymd(y, m, d)) {
                put_ymd(out, y, m, d);
                return;
            }
        }
        if (named_date_at(s, n, i, out)) return;
    }
    out[0] = 0;
}

/* ---- line normalisation ---- */

/* Code points that take no room on screen: dropped, not turned into spaces. */
static bool invisible(int32_t cp)
{
    return cp == 0x200B || cp == 0xFEFF || cp == 0x00AD || cp == 0x2060;
}

/* Collapses each white space run of s[0..n) (NBSP and other Unicode spaces included) into
 * one space, drops invisible code points and trims both ends. In place; returns the new
 * length. */
static size_t squeeze(char *s, size_t n)
{
    size_t o = 0, i = 0;
    bool space = false;
    while (i < n) {
        int len = 1;
        int32_t cp = (unsigned char)s[i];
        if (cp >= 0x80) cp = tc_utf8_decode(s + i, n - i, &len);
        if (cp >= 0 && (tc_is_space_cp(cp) || invisible(cp))) {
            space = space || !invisible(cp);
            i += (size_t)len;
            continue;
        }
        if (space && o) s[o++] = ' ';
        space = false;
        memmove(s + o, s + i, (size_t)len);
        o += (size_t)len;
        i += (size_t)len;
    }
    return o;
}

/* A cleaned, squeezed, NUL-terminated copy of s[0..n) in the arena ("" for NULL). */
static const char *clean_str(tc_arena *a, const char *s, size_t n)
{
    if (!s) return "";
    size_t len;
    char *c = tc_utf8_clean(a, s, n, &len);
    c[squeeze(c, len)] = 0;
    return c;
}

/* The letters and digits of s[0..n), lower-cased: what a slug keeps of a headline. */
static char *fold_key(tc_arena *a, const char *s, size_t n, size_t *out_len)
{
    size_t len, o = 0;
    char *k = tc_utf8_lower(a, s, n, &len);
    for (size_t i = 0; i < len;) {
        int cl;
        int32_t cp = tc_utf8_decode(k + i, len - i, &cl);
        if (cp >= 0 && tc_is_alnum_cp(cp)) {
            memmove(k + o, k + i, (size_t)cl);
            o += (size_t)cl;
        }
        i += (size_t)cl;
    }
    *out_len = o;
    return k;
}

static size_t count_cps(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* ---- the boilerplate tables ---- */

typedef enum {
    DROP,    /* drop the line */
    ALONE,   /* drop the line when it is the phrase alone ("Advertisement", not "... spending") */
    CUT,     /* drop the line and everything after it */
    HEADING, /* CUT when the line is the phrase alone, else DROP (an inline "Related: ..." link) */
    SECTION, /* CUT when the line is the phrase alone, else keep ("Kommentare" heads comments,
                "Kommentare des Ministers ..." is text) */
} action;

/* Matched case-insensitively at the start of a trimmed line, on a word boundary. */
static const struct {
    const char *text;
    action act;
} phrases[] = {
    /* calls to action */
    {"Keep Reading", DROP},
    {"Read more", DROP},
    {"Read also", DROP},
    {"Also read", DROP},
    {"Read next", DROP},
    {"Continue reading", DROP},
    {"Click here", DROP},
    {"Subscribe", DROP},
    {"Sign up for our newsletter", DROP},
    {"Sign up to our newsletter", DROP},
    {"Share this", DROP},
    {"Share on Facebook", DROP},
    {"Share on Twitter", DROP},
    {"Share on WhatsApp", DROP},
    {"Share on LinkedIn", DROP},
    {"Share via email", DROP},
    {"Follow us on", DROP},
    {"Listen to this article", DROP},
    {"Skip to content", DROP},
    {"Skip to main content", DROP},
    {"Advertisement", ALONE},
    {"Share", ALONE},
    {"Tweet", ALONE},
    {"Print", ALONE},
    {"Email", ALONE},
    /* comment forms */
    {"Leave a Reply", CUT},
    {"Leave a Comment", CUT},
    {"Post a Comment", CUT},
    {"Your email address will not be published", CUT},
    {"Required fields are marked", CUT},
    {"You must be logged in to post a comment", CUT},
    /* navigation */
    {"Newer articles", CUT},
    {"Older articles", CUT},
    {"Newer posts", CUT},
    {"Older posts", CUT},
    {"Previous post", CUT},
    {"Next post", CUT},
    {"Previous article", CUT},
    {"Next article", CUT},
    {"Related:", HEADING},
    {"Related articles", HEADING},
    {"Related posts", HEADING},
    {"Related stories", HEADING},
    {"More stories", HEADING},
    /* the same in the other languages of world news */
    {"Weiterlesen", DROP},
    {"Mehr lesen", DROP},
    {"Mehr zum Thema", DROP},
    {"Auch interessant", DROP},
    {"Das könnte Sie auch interessieren", DROP},
    {"Weitere Artikel", DROP},
    {"Artikel teilen", DROP},
    {"Teilen", ALONE},
    {"Drucken", ALONE},
    {"Anzeige", ALONE},
    {"Werbung", ALONE},
    {"Newsletter abonnieren", DROP},
    {"Letzte Änderung", DROP},
    {"Aktualisiert:", DROP},
    {"Kommentare", SECTION},
    {"Kommentar schreiben", CUT},
    {"Kommentare schreiben", CUT},
    {"Kommentieren", ALONE},
    {"Lire aussi", DROP},
    {"À lire aussi", DROP},
    {"Partager", ALONE},
    {"Imprimer", ALONE},
    {"Abonnez-vous", DROP},
    {"Commentaires", SECTION},
    {"Leer más", DROP},
    {"Lea también", DROP},
    {"Compartir", ALONE},
    {"Comentarios", SECTION},
    {"Suscríbete", DROP},
    {"Czytaj także", DROP},
    {"Czytaj więcej", DROP},
    {"Udostępnij", ALONE},
    {"drukuj", ALONE},
    {"Komentarze", SECTION},
    {"Читайте также", DROP},
    {"Поделиться", ALONE},
    /* blog furniture */
    {"This entry was posted", DROP},
    {"Posted in", DROP},
    {"Filed under", DROP},
    {"View Comments", CUT},
    {"If you enjoyed reading this", DROP},
    {"Related Posts", HEADING},
};

/* "This article is more than 1 year old", possibly glued to the next words or split after
 * "than". */
static const char *const banner_heads[] = {"this article is more than", "this article is over"};
/* Longer spellings first: "years" must not match as "year" + "s old". */
static const char *const banner_units[] = {"years", "year", "months", "month",
                                           "weeks", "week", "days",   "day"};

/* An author's bio as a last paragraph: "Firstname Lastname: He is ...". */
static const char *const bio_pronouns[] = {"He", "She", "They"};
static const char *const bio_verbs[] = {"is",     "was",     "has",     "writes", "covers",
                                        "works",  "reports", "teaches", "lives",  "holds",
                                        "serves", "are",     "write",   "cover"};

/* ---- notes for --explain ---- */

typedef struct {
    tc_arena *a;
    tc_extract_note *v;
    size_t n, cap;
} notes;

#define NOTE_TEXT_MAX 160

/* Records why + the first NOTE_TEXT_MAX bytes of s[0..n) (cut on a character boundary). */
static void note(notes *ns, const char *why, const char *s, size_t n)
{
    if (n > NOTE_TEXT_MAX) {
        n = NOTE_TEXT_MAX;
        while (n && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
    }
    if (ns->n == ns->cap) ns->v = tc_arena_grow(ns->a, ns->v, &ns->cap, sizeof *ns->v);
    ns->v[ns->n++] = (tc_extract_note){why, tc_arena_strndup(ns->a, s, n)};
}

/* ---- the line filter ---- */

typedef struct {
    tc_arena *a;
    char *out;   /* kept lines, "\n"-terminated, written over the input */
    size_t n;    /* bytes kept */
    size_t last; /* offset of the last kept line */
    size_t dropped;
    const char *title; /* "" or the title: a line repeating it is a slug */
    size_t title_len;
    char *key; /* fold_key(title) */
    size_t key_len;
    bool want_title;  /* plain text without a given title: the first line may be it */
    bool banner_open; /* a line ended in "This article is more than": the age starts this one */
    notes *why;
} filter;

static void set_title(filter *f, const char *s, size_t n)
{
    f->title = tc_arena_strndup(f->a, s, n);
    f->title_len = n;
    f->key = fold_key(f->a, s, n, &f->key_len);
}

/* Phrase p at the start of s[0..n), ending on a word boundary. */
static bool phrase_at(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    return ci_prefix(s, n, p) && (k == n || !is_alnum(p[k - 1]) || !is_alnum(s[k]));
}

/* Bullets and arrows before a navigation phrase ("« Previous post"). */
static size_t skip_symbols(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int len;
        int32_t cp = tc_utf8_decode(s + i, n - i, &len);
        if (cp < 0 || tc_is_alnum_cp(cp)) break;
        i += (size_t)len;
    }
    return skip_blanks(s, i, n);
}

/* What to do with a line: DROP, CUT, or -1 to keep it. */
static int phrase_action(const char *s, size_t n)
{
    if (n > PHRASE_LINE_MAX) return -1;
    size_t lead = skip_symbols(s, n);
    for (size_t i = 0; i < sizeof phrases / sizeof *phrases; i++) {
        const char *p = phrases[i].text;
        size_t at = phrase_at(s, n, p) ? 0 : phrase_at(s + lead, n - lead, p) ? lead : n + 1;
        if (at > n) continue;
        size_t j = at + strlen(p);
        while (j < n && !is_alnum(s[j])) j++;
        switch (phrases[i].act) {
        case DROP:
            return DROP;
        case ALONE:
            if (j == n) return DROP;
            continue;
        case CUT:
            return CUT;
        case HEADING:
            return j == n ? CUT : DROP;
        case SECTION:
            if (j == n) return CUT;
            continue;
        }
    }
    return -1;
}

/* Length of "N year(s) old" (or months, weeks, days; N digits, "a", "an" or "one") at the
 * start of s[0..n), or 0. */
static size_t age_len(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && is_digit(s[i])) i++;
    if (i == 0) {
        static const char *const words[] = {"a ", "an ", "one "};
        for (size_t w = 0; w < 3 && i == 0; w++)
            if (ci_prefix(s, n, words[w])) i = strlen(words[w]);
        if (i == 0) return 0;
    }
    i = skip_blanks(s, i, n);
    size_t u = 0;
    while (u < sizeof banner_units / sizeof *banner_units &&
           !ci_prefix(s + i, n - i, banner_units[u]))
        u++;
    if (u == sizeof banner_units / sizeof *banner_units) return 0;
    i = skip_blanks(s, i + strlen(banner_units[u]), n);
    return ci_prefix(s + i, n - i, "old") ? i + 3 : 0;
}

typedef enum { NO_BANNER, BANNER, BANNER_END } banner;

/* Removes an age banner from the line *s[0..*n): *s and *n are left on the text glued after
 * "old" (*n = 0 when nothing is). BANNER_END is the second half of a banner split after
 * "than", which was counted with the first. */
static banner strip_banner(filter *f, char **s, size_t *n)
{
    size_t at = 0;
    banner found = BANNER;
    if (f->banner_open) {
        f->banner_open = false;
        at = age_len(*s, *n);
        found = BANNER_END;
    } else {
        for (size_t i = 0; i < sizeof banner_heads / sizeof *banner_heads && !at; i++) {
            if (!ci_prefix(*s, *n, banner_heads[i])) continue;
            size_t k = skip_blanks(*s, strlen(banner_heads[i]), *n);
            if (k == *n) {
                f->banner_open = true;
                *n = 0;
                return BANNER;
            }
            size_t age = age_len(*s + k, *n - k);
            at = age ? k + age : 0;
        }
    }
    if (!at) return NO_BANNER;
    at = skip_blanks(*s, at, *n);
    *s += at;
    *n -= at;
    return found;
}

/* Length of an HTML tag known to gumbo ("<p>", "</p>", "<br/>", "<a href=x>") at s, or 0. */
static size_t tag_len(const char *s, size_t n)
{
    size_t i = 1, name;
    if (n < 3 || s[0] != '<') return 0;
    if (s[i] == '/') i++;
    name = i;
    while (i < n && is_alnum(s[i])) i++;
    if (i == name || i >= n || i - name > 12 ||
        gumbo_tagn_enum(s + name, (unsigned)(i - name)) == GUMBO_TAG_UNKNOWN)
        return 0;
    if (s[i] != '>' && s[i] != '/' && s[i] != ' ') return 0;
    while (i < n && s[i] != '>' && s[i] != '<') i++;
    return i < n && s[i] == '>' ? i + 1 : 0;
}

/* Replaces stray tags in s[0..n) by spaces (in place); true when there were any. */
static bool blank_tags(char *s, size_t n)
{
    bool found = false;
    if (!memchr(s, '<', n)) return false;
    for (size_t i = 0; i < n; i++) {
        size_t k = s[i] == '<' ? tag_len(s + i, n - i) : 0;
        if (!k) continue;
        memset(s + i, ' ', k);
        i += k - 1;
        found = true;
    }
    return found;
}

/* True when s[0..n) repeats the title: the same letters and digits, case aside (a slug
 * "kim kardashian spotlights azerbaijans ..." or the headline again). */
static bool title_again(filter *f, const char *s, size_t n)
{
    if (!f->key_len || n > 4 * f->title_len + 64) return false;
    size_t len;
    char *k = fold_key(f->a, s, n, &len);
    return len == f->key_len && memcmp(k, f->key, len) == 0;
}

static bool word_at(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    return n >= k && memcmp(s, w, k) == 0 && (k == n || !is_alnum(s[k]));
}

/* "Firstname Lastname": two to four capitalised words. */
static bool person_name(const char *s, size_t n)
{
    size_t words = 0;
    for (size_t i = 0; i < n;) {
        int len;
        int32_t cp = tc_utf8_decode(s + i, n - i, &len);
        if (cp < 0 || !tc_is_upper_cp(cp)) return false;
        words++;
        for (i += (size_t)len; i < n && s[i] != ' '; i += (size_t)len) {
            cp = tc_utf8_decode(s + i, n - i, &len);
            if (cp < 0 ||
                !(tc_is_alnum_cp(cp) || cp == '.' || cp == '-' || cp == '\'' || cp == 0x2019))
                return false;
        }
        if (i < n) i++;
    }
    return words >= 2 && words <= 4;
}

/* "Hashim Sheikh: He is a ...": a name, a colon, a pronoun and a verb. */
static bool author_bio(const char *s, size_t n)
{
    const char *colon = memchr(s, ':', n < 64 ? n : 64);
    if (!colon || !person_name(s, (size_t)(colon - s))) return false;
    size_t i = skip_blanks(s, (size_t)(colon - s) + 1, n);
    for (size_t p = 0; p < sizeof bio_pronouns / sizeof *bio_pronouns; p++) {
        if (!word_at(s + i, n - i, bio_pronouns[p])) continue;
        size_t j = skip_blanks(s, i + strlen(bio_pronouns[p]), n);
        for (size_t v = 0; v < sizeof bio_verbs / sizeof *bio_verbs; v++)
            if (word_at(s + j, n - j, bio_verbs[v])) return true;
    }
    return false;
}

static void keep_line(filter *f, const char *s, size_t n)
{
    f->last = f->n;
    memmove(f->out + f->n, s, n);
    f->n += n;
    f->out[f->n++] = '\n';
}

/* Filters one line (s is inside f->out, at or after f->out + f->n). Returns false when the
 * rest of the text must go. */
static bool filter_line(filter *f, char *s, size_t n)
{
    n = squeeze(s, n);
    if (n && blank_tags(s, n)) n = squeeze(s, n);
    if (!n) return true;
    const char *line = s;
    size_t line_n = n;
    banner b = strip_banner(f, &s, &n);
    f->dropped += b == BANNER || (b == BANNER_END && !n);
    if (b != NO_BANNER) note(f->why, "age banner", line, line_n - n);
    if (!n) return true;
    int act = phrase_action(s, n);
    if (act >= 0) {
        f->dropped++;
        /* A navigation line before any content is a menu, not the end of the article. */
        bool go_on = act == DROP || f->n == 0;
        note(f->why,
             act == DROP ? "call to action or page furniture"
             : go_on     ? "navigation before the article"
                         : "cut here: comment form or navigation",
             s, n);
        return go_on;
    }
    if (title_again(f, s, n)) {
        f->dropped++;
        note(f->why, "repeats the title (slug line)", s, n);
        return true;
    }
    if (f->want_title) {
        f->want_title = false;
        if (count_cps(s, n) <= TITLE_MAX_CPS) {
            set_title(f, s, n);
            return true;
        }
    }
    keep_line(f, s, n);
    return true;
}

/* Lines of s[0..n) with something visible on them. */
static size_t count_lines(const char *s, size_t n)
{
    size_t lines = 0;
    bool seen = false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\n') {
            lines += seen;
            seen = false;
        } else if (!is_blank(s[i])) {
            seen = true;
        }
    }
    return lines + seen;
}

/* Runs the filter over the cleaned text s[0..n), in place; returns the body length. */
static size_t filter_text(filter *f, char *s, size_t n)
{
    f->out = s;
    for (size_t i = 0; i <= n;) {
        char *nl = memchr(s + i, '\n', n - i);
        size_t end = nl ? (size_t)(nl - s) : n;
        if (!filter_line(f, s + i, end - i)) {
            size_t rest = count_lines(s + end, n - end);
            f->dropped += rest;
            if (rest) {
                char msg[48];
                int k =
                    snprintf(msg, sizeof msg, "%zu line%s after it", rest, rest == 1 ? "" : "s");
                note(f->why, "cut", msg, (size_t)k);
            }
            break;
        }
        i = end + 1;
    }
    if (f->n && author_bio(f->out + f->last, f->n - f->last - 1)) {
        note(f->why, "author bio", f->out + f->last, f->n - f->last - 1);
        f->n = f->last;
        f->dropped++;
    }
    if (f->n) f->n--;
    s[f->n] = 0;
    return f->n;
}

/* ---- HTML: the tree walk ---- */

typedef struct {
    bool (*enter)(void *ctx, const GumboNode *el); /* false: skip the element's subtree */
    void (*leave)(void *ctx, const GumboNode *el);
    void (*text)(void *ctx, const GumboNode *text);
} visitor;

typedef struct {
    const GumboNode *node;
    unsigned next; /* index of the next child to visit */
} frame;

static const GumboVector *children(const GumboNode *node)
{
    return node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children
                                             : &node->v.element.children;
}

/* Depth-first walk of root's subtree (root included) on an explicit stack. */
static void walk(tc_arena *a, const GumboNode *root, const visitor *v, void *ctx)
{
    TC_VEC(frame) st = {0};
    if (root->type == GUMBO_NODE_DOCUMENT || v->enter(ctx, root))
        TC_PUSH(a, st, ((frame){root, 0}));
    while (st.n) {
        frame *f = &st.v[st.n - 1];
        const GumboVector *kids = children(f->node);
        if (f->next == kids->length) {
            if (f->node->type == GUMBO_NODE_ELEMENT && v->leave) v->leave(ctx, f->node);
            st.n--;
            continue;
        }
        const GumboNode *c = kids->data[f->next++];
        if (c->type == GUMBO_NODE_ELEMENT) {
            if (v->enter(ctx, c)) TC_PUSH(a, st, ((frame){c, 0}));
        } else if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE ||
                   c->type == GUMBO_NODE_CDATA) {
            if (v->text) v->text(ctx, c);
        }
    }
}

static GumboTag tag_of(const GumboNode *el)
{
    return el->v.element.tag_namespace == GUMBO_NAMESPACE_HTML ? el->v.element.tag
                                                               : GUMBO_TAG_UNKNOWN;
}

static const char *attr(const GumboNode *el, const char *name)
{
    const GumboAttribute *at = gumbo_get_attribute(&el->v.element.attributes, name);
    return at ? at->value : NULL;
}

/* ---- HTML: what each element means for the text ---- */

enum { R_INLINE, R_SKIP, R_BLOCK, R_CELL, R_BREAK };

static const unsigned char tag_role[GUMBO_TAG_LAST] = {
    [GUMBO_TAG_HEAD] = R_SKIP,      [GUMBO_TAG_TITLE] = R_SKIP,    [GUMBO_TAG_SCRIPT] = R_SKIP,
    [GUMBO_TAG_STYLE] = R_SKIP,     [GUMBO_TAG_NOSCRIPT] = R_SKIP, [GUMBO_TAG_TEMPLATE] = R_SKIP,
    [GUMBO_TAG_NAV] = R_SKIP,       [GUMBO_TAG_HEADER] = R_SKIP,   [GUMBO_TAG_FOOTER] = R_SKIP,
    [GUMBO_TAG_ASIDE] = R_SKIP,     [GUMBO_TAG_FORM] = R_SKIP,     [GUMBO_TAG_BUTTON] = R_SKIP,
    [GUMBO_TAG_SVG] = R_SKIP,       [GUMBO_TAG_MATH] = R_SKIP,     [GUMBO_TAG_IFRAME] = R_SKIP,
    [GUMBO_TAG_SELECT] = R_SKIP,    [GUMBO_TAG_TEXTAREA] = R_SKIP, [GUMBO_TAG_INPUT] = R_SKIP,
    [GUMBO_TAG_OBJECT] = R_SKIP,    [GUMBO_TAG_EMBED] = R_SKIP,    [GUMBO_TAG_CANVAS] = R_SKIP,
    [GUMBO_TAG_VIDEO] = R_SKIP,     [GUMBO_TAG_AUDIO] = R_SKIP,    [GUMBO_TAG_MENU] = R_SKIP,
    [GUMBO_TAG_P] = R_BLOCK,        [GUMBO_TAG_DIV] = R_BLOCK,     [GUMBO_TAG_H1] = R_BLOCK,
    [GUMBO_TAG_H2] = R_BLOCK,       [GUMBO_TAG_H3] = R_BLOCK,      [GUMBO_TAG_H4] = R_BLOCK,
    [GUMBO_TAG_H5] = R_BLOCK,       [GUMBO_TAG_H6] = R_BLOCK,      [GUMBO_TAG_LI] = R_BLOCK,
    [GUMBO_TAG_UL] = R_BLOCK,       [GUMBO_TAG_OL] = R_BLOCK,      [GUMBO_TAG_DL] = R_BLOCK,
    [GUMBO_TAG_DT] = R_BLOCK,       [GUMBO_TAG_DD] = R_BLOCK,      [GUMBO_TAG_TR] = R_BLOCK,
    [GUMBO_TAG_TABLE] = R_BLOCK,    [GUMBO_TAG_CAPTION] = R_BLOCK, [GUMBO_TAG_BLOCKQUOTE] = R_BLOCK,
    [GUMBO_TAG_SECTION] = R_BLOCK,  [GUMBO_TAG_ARTICLE] = R_BLOCK, [GUMBO_TAG_MAIN] = R_BLOCK,
    [GUMBO_TAG_PRE] = R_BLOCK,      [GUMBO_TAG_FIGURE] = R_BLOCK,  [GUMBO_TAG_FIGCAPTION] = R_BLOCK,
    [GUMBO_TAG_ADDRESS] = R_BLOCK,  [GUMBO_TAG_DETAILS] = R_BLOCK, [GUMBO_TAG_SUMMARY] = R_BLOCK,
    [GUMBO_TAG_FIELDSET] = R_BLOCK, [GUMBO_TAG_HGROUP] = R_BLOCK,  [GUMBO_TAG_CENTER] = R_BLOCK,
    [GUMBO_TAG_BODY] = R_BLOCK,     [GUMBO_TAG_HTML] = R_BLOCK,    [GUMBO_TAG_TD] = R_CELL,
    [GUMBO_TAG_TH] = R_CELL,        [GUMBO_TAG_BR] = R_BREAK,      [GUMBO_TAG_HR] = R_BREAK,
};

/* An element whose class or id holds one of these is page furniture, not the article. */
static const char *const noise_words[] = {
    "comment", "share",     "related",    "cookie",     "newsletter", "subscribe",
    "promo",   "sidebar",   "menu",       "breadcrumb", "footer",     "caption",
    "modal",   "copyright", "navigation", "overlay",    "login",      "rating",
};

/* Elements that hold the article: a noise word in their class ("has-sidebar") says nothing. */
static bool content_container(GumboTag tag)
{
    return tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_MAIN ||
           tag == GUMBO_TAG_ARTICLE;
}

/* Class and id are lower-cased once into a bounded buffer, then each noise word is one
 * strstr: this runs for every element of every page. */
static bool noisy(const GumboNode *el)
{
    static const char *const attrs[] = {"class", "id"};
    char low[256];
    for (size_t i = 0; i < 2; i++) {
        const char *v = attr(el, attrs[i]);
        size_t n = 0;
        for (; v && v[n] && n < sizeof low - 1; n++) low[n] = lower(v[n]);
        low[n] = 0;
        for (size_t w = 0; n && w < sizeof noise_words / sizeof *noise_words; w++)
            for (const char *hit = strstr(low, noise_words[w]); hit;
                 hit = strstr(hit + 1, noise_words[w])) {
                /* "commentary" is a kind of article, not the comments under one. */
                if (w == 0 && !strncmp(hit + 7, "ary", 3)) continue;
                return true;
            }
    }
    return false;
}

static bool hidden(const GumboNode *el)
{
    const char *aria = attr(el, "aria-hidden"), *style = attr(el, "style");
    return attr(el, "hidden") || (aria && strcasecmp(aria, "true") == 0) ||
           (style && (ci_contains(style, "display:none") || ci_contains(style, "display: none")));
}

/* ---- HTML: measuring and choosing the content ---- */

/* What one element holds, in pre-order (an element's id is its rank in a walk that visits
 * everything; its subtree is ids id..id+size-1, so a walk that skips it can keep count). */
typedef struct {
    uint32_t size, parent;
    uint32_t text;     /* visible bytes */
    uint32_t link;     /* of which inside <a> */
    uint32_t own;      /* reached without crossing a block element: the element's own paragraph */
    uint32_t own_link; /* of which inside <a> */
    uint32_t para;     /* own text outside links when long enough for a paragraph, else 0 */
    uint32_t prose;    /* para of the elements inside, outside furniture (see weigh_prose) */
    bool mute, noise;  /* skipped(), furniture (noisy()) */
    bool comments;     /* furniture that stays furniture however much prose it holds */
} nstat;

#define NO_ID UINT32_MAX
/* A paragraph needs this many bytes of own text to count. */
#define PARA_MIN 25

typedef struct {
    tc_arena *a;
    TC_VEC(nstat) st;
    TC_VEC(uint32_t) open;
    unsigned mute, in_link;
} measurer;

/* Above this share of the page's paragraphs an element is not furniture whatever its class
 * says (comment sections aside): a "share" box left open by broken markup holds the
 * article. */
#define NOISE_PROSE_MAX 0.5f

/* The measure pass summed every paragraph into prose; this takes the furniture out again:
 * children have higher ids than their parents, so one pass backwards re-sums. */
static void weigh_prose(nstat *st, size_t n)
{
    float most = (float)st[0].prose * NOISE_PROSE_MAX;
    for (size_t i = 0; i < n; i++)
        if (st[i].noise && !st[i].comments && (float)st[i].prose > most) st[i].noise = false;
    for (size_t i = 0; i < n; i++) st[i].prose = st[i].mute ? 0 : st[i].para;
    for (size_t i = n; i-- > 1;) {
        if (st[i].noise) st[i].prose = 0;
        if (st[i].parent != NO_ID) st[st[i].parent].prose += st[i].prose;
    }
}

/* Readers' comments can outweigh a short article: they are never taken for it. */
static bool comment_section(const GumboNode *el)
{
    const char *cls = attr(el, "class"), *id = attr(el, "id");
    return (cls && ci_contains(cls, "comment")) || (id && ci_contains(id, "comment"));
}

static bool skipped(const GumboNode *el)
{
    return el->v.element.tag_namespace != GUMBO_NAMESPACE_HTML || tag_role[tag_of(el)] == R_SKIP ||
           hidden(el);
}

static bool measure_enter(void *ctx, const GumboNode *el)
{
    measurer *m = ctx;
    uint32_t parent = m->open.n ? m->open.v[m->open.n - 1] : NO_ID;
    bool mute = skipped(el), noise = !mute && !content_container(tag_of(el)) && noisy(el);
    bool comments = noise && comment_section(el);
    TC_PUSH(m->a, m->st,
            ((nstat){.parent = parent, .mute = mute, .noise = noise, .comments = comments}));
    TC_PUSH(m->a, m->open, (uint32_t)(m->st.n - 1));
    m->mute += mute;
    m->in_link += tag_of(el) == GUMBO_TAG_A;
    return true;
}

static void measure_text(void *ctx, const GumboNode *t)
{
    measurer *m = ctx;
    if (m->mute || !m->open.n || t->type == GUMBO_NODE_WHITESPACE) return;
    nstat *s = &m->st.v[m->open.v[m->open.n - 1]];
    size_t n = strlen(t->v.text.text);
    s->text += (uint32_t)n;
    s->own += (uint32_t)n;
    s->link += m->in_link ? (uint32_t)n : 0;
    s->own_link += m->in_link ? (uint32_t)n : 0;
}

static void measure_leave(void *ctx, const GumboNode *el)
{
    measurer *m = ctx;
    uint32_t id = m->open.v[--m->open.n];
    nstat *s = &m->st.v[id];
    m->mute -= s->mute;
    m->in_link -= tag_of(el) == GUMBO_TAG_A;
    s->size = (uint32_t)(m->st.n - id);
    if (s->mute) return;
    uint32_t prose = s->own - s->own_link;
    s->para = prose >= PARA_MIN ? prose : 0;
    s->prose += s->para;
    if (s->parent == NO_ID) return;
    nstat *p = &m->st.v[s->parent];
    p->text += s->text;
    p->link += s->link;
    p->prose += s->prose;
    if (tag_role[tag_of(el)] == R_INLINE) {
        p->own += s->own;
        p->own_link += s->own_link;
    }
}

static float link_density(const nstat *s)
{
    return s->text ? (float)s->link / (float)s->text : 0;
}

/* ---- HTML: emitting the visible text ---- */

/* Above this share of link text a block inside the content is a list of links (related
 * stories, tags, a menu), not prose. */
#define LINK_DENSITY_MAX 0.5f

typedef struct {
    buf *out;
    const GumboNode *root;
    bool drop_noisy; /* apply noise_words */
    unsigned pre;    /* depth inside <pre>, whose line breaks are kept */
    /* With the measures of the page (NULL for a lone element): ids as in nstat. */
    const nstat *st;
    uint32_t next_id, root_id;
} emitter;

static bool link_list(const emitter *e, uint32_t id, GumboTag tag)
{
    const nstat *s = &e->st[id];
    return tag_role[tag] == R_BLOCK && s->text && link_density(s) > LINK_DENSITY_MAX;
}

/* Whether the element (not the root) is left out of the text. */
static bool emit_skips(const emitter *e, const GumboNode *el, uint32_t id)
{
    GumboTag tag = tag_of(el);
    if (e->st)
        return e->st[id].mute || (e->drop_noisy && (e->st[id].noise || link_list(e, id, tag)));
    if (skipped(el)) return true;
    return e->drop_noisy && !content_container(tag) && noisy(el);
}

static bool emit_enter(void *ctx, const GumboNode *el)
{
    emitter *e = ctx;
    GumboTag tag = tag_of(el);
    uint32_t id = e->next_id++;
    if (el != e->root && emit_skips(e, el, id)) {
        if (e->st) e->next_id = id + e->st[id].size;
        return false;
    }
    if (tag_role[tag] == R_BLOCK || tag_role[tag] == R_BREAK)
        buf_newline(e->out);
    else if (tag_role[tag] == R_CELL)
        buf_space(e->out);
    e->pre += tag == GUMBO_TAG_PRE;
    return true;
}

static void emit_leave(void *ctx, const GumboNode *el)
{
    emitter *e = ctx;
    GumboTag tag = tag_of(el);
    if (tag_role[tag] == R_BLOCK)
        buf_newline(e->out);
    else if (tag_role[tag] == R_CELL)
        buf_space(e->out);
    e->pre -= tag == GUMBO_TAG_PRE;
}

/* HTML white space collapses to one space (line breaks kept inside <pre>); runs of other
 * bytes are copied whole. */
static void emit_text(void *ctx, const GumboNode *t)
{
    emitter *e = ctx;
    const char *s = t->v.text.text;
    for (size_t i = 0, n = strlen(s); i < n;) {
        if (is_blank(s[i])) {
            if (e->pre && s[i] == '\n')
                buf_newline(e->out);
            else
                buf_space(e->out);
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && !is_blank(s[j])) j++;
        buf_put(e->out, s + i, j - i);
        i = j;
    }
}

static void emit_with(tc_arena *a, emitter *e)
{
    static const visitor v = {emit_enter, emit_leave, emit_text};
    e->out->n = 0;
    e->next_id = e->root_id;
    walk(a, e->root, &v, e);
}

static void emit(tc_arena *a, const GumboNode *root, bool drop_noisy, buf *out)
{
    emit_with(a, &(emitter){.out = out, .root = root, .drop_noisy = drop_noisy});
}

static bool has_text(const buf *b)
{
    for (size_t i = 0; i < b->n; i++)
        if (!is_blank(b->p[i])) return true;
    return false;
}

/* ---- HTML: the byte scanner run before gumbo ---- */

/* gumbo's tokenizer is the bottleneck and most of a news page's bytes are scripts, styles,
 * comments and inline SVG: they are cut out by this scanner before any tree is built. The
 * same pass bounds the work per page: gumbo gets at most HTML_MAX bytes of markup, and
 * start tags past NEST_MAX open elements lose their markup (their text stays), since
 * gumbo's time grows with the square of the depth. JSON-LD scripts are kept aside for the
 * metadata. */
#define HTML_MAX   ((size_t)4 << 20)
#define NEST_MAX   256
#define JSONLD_MAX 8

/* Elements whose whole content goes, and the end tag that closes each. */
static const struct {
    const char *open, *close;
} raw_skips[] = {
    {"script", "</script"},     {"style", "</style"},       {"svg", "</svg"},
    {"noscript", "</noscript"}, {"template", "</template"}, {"math", "</math"},
};

/* Elements that never hold content (no end tag) or whose end tag is usually left out: they
 * do not count towards the nesting depth. */
static const char *const flat_tags[] = {
    "br",    "img",   "meta",  "link", "input", "hr", "wbr", "source", "area",   "base", "col",
    "embed", "param", "track", "p",    "li",    "td", "tr",  "th",     "option", "dt",   "dd"};

/* Elements with neither text nor a bearing on the text: their tags are not copied. (Not
 * <input>: without it gumbo 0.10 puts a <form>'s lone text outside the form.) */
static const char *const dropped_tags[] = {"img",   "source", "wbr",    "track",
                                           "param", "area",   "picture"};

typedef struct {
    const char *v[JSONLD_MAX];
    size_t len[JSONLD_MAX], n;
} jsonld;

/* The scanner's state: where the copy goes, how deep the open elements are, whether white
 * space is significant (inside <pre> or <textarea>), and the JSON-LD found. */
typedef struct {
    buf *out;
    int depth, pre;
    jsonld *ld;
    bool keep_furniture; /* set once a furniture element was left open */
} scanner;

/* The first occurrence of the string w in s[0..n), or NULL (memmem is not C11). */
static const char *find_bytes(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    for (const char *p; n >= k && (p = memchr(s, w[0], n - k + 1));) {
        if (memcmp(p, w, k) == 0) return p;
        n -= (size_t)(p + 1 - s);
        s = p + 1;
    }
    return NULL;
}

/* Where the case-insensitive ASCII needle (starting with '<') next occurs in s[i..n), or n. */
static size_t find_ci(const char *s, size_t i, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (const char *p; i + k <= n && (p = memchr(s + i, '<', n - i - k + 1));) {
        i = (size_t)(p - s);
        if (strncasecmp(p, needle, k) == 0) return i;
        i++;
    }
    return n;
}

/* The end of the tag opened at s[i] ('<'): the offset after its '>', or n. Quoted attribute
 * values may hold '>'. */
static size_t tag_end(const char *s, size_t i, size_t n)
{
    char quote = 0;
    for (i++; i < n; i++) {
        if (quote) {
            quote = s[i] == quote ? 0 : quote;
        } else if (s[i] == '"' || s[i] == '\'') {
            /* Only a quote after '=' opens a value: a stray apostrophe does not. */
            quote = s[i - 1] == '=' || (s[i - 1] == ' ' && s[i - 2] == '=') ? s[i] : 0;
        } else if (s[i] == '>') {
            return i + 1;
        }
    }
    return n;
}

static size_t tag_name(const char *s, size_t i, size_t n, size_t *name)
{
    *name = i;
    while (i < n && is_alnum(s[i])) i++;
    return i - *name;
}

static bool name_is(const char *s, size_t len, const char *w)
{
    return strlen(w) == len && strncasecmp(s, w, len) == 0;
}

static bool in_list(const char *s, size_t len, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (name_is(s, len, list[i])) return true;
    return false;
}

/* Page furniture that the text walk drops anyway (R_SKIP), cut here with its content so
 * that gumbo never sees it. These nest, so the matching end tag is found by counting; one
 * left open keeps its content (it may wrap the article) and turns the cutting off for the
 * rest of the page, which bounds the scanning. */
static const char *const furniture_tags[] = {"nav", "aside", "footer", "select", "iframe"};

/* True when s[i..n) is "<name" or "</name" (closing) followed by a non-name byte. */
static bool tag_at(const char *s, size_t i, size_t n, const char *name, bool closing)
{
    size_t k = strlen(name), at = i + 1 + closing;
    return at + k < n && (!closing || s[i + 1] == '/') && strncasecmp(s + at, name, k) == 0 &&
           !is_alnum(s[at + k]);
}

/* Where the scan goes on after the furniture element whose start tag ends at open_end, or 0
 * when it is never closed. */
static size_t skip_nested(const char *s, size_t open_end, size_t n, const char *name)
{
    int depth = 1;
    for (size_t i = open_end; i < n; i++) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt) break;
        i = (size_t)(lt - s);
        if (tag_at(s, i, n, name, true) && --depth == 0) return tag_end(s, i, n);
        depth += tag_at(s, i, n, name, false);
    }
    return 0;
}

/* Attributes that anything after gumbo reads; the rest (data-*, src, srcset, on*, ...) is
 * most of a tag's bytes and is dropped before gumbo tokenizes it character by character. */
static const char *const kept_attrs[] = {"class",       "id",   "content", "property", "name",
                                         "itemprop",    "rel",  "href",    "datetime", "hidden",
                                         "aria-hidden", "lang", "role",    "itemtype"};

/* The end of the attribute starting at s[i] (name and optional value), or end. */
static size_t attr_end(const char *s, size_t i, size_t end, size_t *name_len)
{
    size_t k = i;
    while (k < end && !is_blank(s[k]) && s[k] != '=' && s[k] != '>' && s[k] != '/') k++;
    *name_len = k - i;
    size_t v = skip_blanks(s, k, end);
    if (v >= end || s[v] != '=') return k;
    v = skip_blanks(s, v + 1, end);
    if (v < end && (s[v] == '"' || s[v] == '\'')) {
        const char *q = memchr(s + v + 1, s[v], end - v - 1);
        return q ? (size_t)(q - s) + 1 : end;
    }
    while (v < end && !is_blank(s[v]) && s[v] != '>') v++;
    return v;
}

static bool keep_attr(const char *name, size_t len, const char *whole, size_t n)
{
    /* An inline style only matters when it hides the element. */
    if (name_is(name, len, "style")) return find_bytes(whole, n, "none") != NULL;
    return in_list(name, len, kept_attrs, sizeof kept_attrs / sizeof *kept_attrs);
}

/* Copies the start tag at tag[0..) whose name ends at s[i] and which ends at s[end] with
 * only the kept attributes. */
static void put_start_tag(const char *s, size_t i, size_t end, buf *out, const char *tag)
{
    buf_put(out, tag, (size_t)(s + i - tag));
    size_t stop = end && s[end - 1] == '>' ? end - 1 : end;
    while (i < stop) {
        if (is_blank(s[i]) || s[i] == '/') {
            i++;
            continue;
        }
        size_t nlen, e = attr_end(s, i, stop, &nlen);
        if (e <= i) e = i + 1;
        if (nlen && keep_attr(s + i, nlen, s + i, e - i)) {
            buf_put(out, " ", 1);
            buf_put(out, s + i, e - i);
        }
        i = e;
    }
    buf_put(out, s[end - 2] == '/' ? "/>" : ">", s[end - 2] == '/' ? 2 : 1);
}

/* Skips the raw element opened at s[i] whose start tag ends at `open_end`; returns where the
 * scan goes on. A JSON-LD script's content is kept in ld. */
static size_t skip_raw(const char *s, size_t i, size_t open_end, size_t n, size_t which, jsonld *ld)
{
    size_t close = find_ci(s, open_end, n, raw_skips[which].close);
    if (which == 0 && ld->n < JSONLD_MAX && close < n &&
        find_bytes(s + i, open_end - i, "ld+json")) {
        ld->v[ld->n] = s + open_end;
        ld->len[ld->n++] = close - open_end;
    }
    return close < n ? tag_end(s, close, n) : n;
}

/* One markup construct at s[i] ('<'): copies what stays to sc->out and returns where the
 * scan goes on. */
static size_t scan_markup(const char *s, size_t i, size_t n, scanner *sc)
{
    if (n - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
        const char *end = find_bytes(s + i + 4, n - i - 4, "-->");
        return end ? (size_t)(end - s) + 3 : n;
    }
    bool closing = i + 1 < n && s[i + 1] == '/';
    size_t name, len = tag_name(s, i + 1 + closing, n, &name);
    if (!len) {
        buf_put(sc->out, "<", 1);
        return i + 1;
    }
    size_t end = tag_end(s, i, n);
    for (size_t k = 0; !closing && k < sizeof raw_skips / sizeof *raw_skips; k++)
        if (name_is(s + name, len, raw_skips[k].open)) return skip_raw(s, i, end, n, k, sc->ld);
    if (in_list(s + name, len, dropped_tags, sizeof dropped_tags / sizeof *dropped_tags))
        return end;
    for (size_t k = 0;
         !closing && !sc->keep_furniture && k < sizeof furniture_tags / sizeof *furniture_tags;
         k++) {
        if (!name_is(s + name, len, furniture_tags[k])) continue;
        size_t after = skip_nested(s, end, n, furniture_tags[k]);
        if (after) return after;
        sc->keep_furniture = true;
    }
    if (name_is(s + name, len, "pre") || name_is(s + name, len, "textarea"))
        sc->pre += closing ? -(sc->pre > 0) : 1;
    bool flat = in_list(s + name, len, flat_tags, sizeof flat_tags / sizeof *flat_tags) ||
                s[end - 2] == '/';
    if (!flat && closing && sc->depth > 0) sc->depth--;
    if (!flat && !closing && ++sc->depth > NEST_MAX) return end;
    if (closing)
        buf_put(sc->out, s + i, end - i);
    else
        put_start_tag(s, name + len, end, sc->out, s + i);
    return end;
}

/* Copies text, each white space run as its first byte (HTML collapses them anyway; gumbo
 * would step through every byte of the indentation). */
static void put_text(scanner *sc, const char *s, size_t n)
{
    if (sc->pre) {
        buf_put(sc->out, s, n);
        return;
    }
    buf_reserve(sc->out, n);
    char *o = sc->out->p + sc->out->n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!(is_blank(s[i]) && i && is_blank(s[i - 1]))) o[k++] = s[i];
    sc->out->n += k;
}

/* The page without scripts, styles, comments and the like, capped (see above). Returns the
 * bytes of s read (n unless the cap was reached). */
static size_t prestrip(const char *s, size_t n, buf *out, jsonld *ld)
{
    scanner sc = {.out = out, .ld = ld};
    buf_reserve(out, n < HTML_MAX ? n : HTML_MAX);
    /* The cap is on what gumbo gets: megabytes of inline scripts or images before the
     * article cost one linear scan, and do not push the article past the cap. */
    size_t i = 0;
    while (i < n && out->n < HTML_MAX) {
        const char *lt = memchr(s + i, '<', n - i);
        size_t at = lt ? (size_t)(lt - s) : n;
        put_text(&sc, s + i, at - i);
        i = at < n ? scan_markup(s, at, n, &sc) : n;
    }
    return i < n ? i : n;
}

/* ---- HTML: schema.org JSON-LD ---- */

/* What the page's JSON-LD says about its article; NULL when it does not. Strings borrowed
 * from the parsed JSON until ld_free. */
typedef struct {
    json_t *roots[JSONLD_MAX];
    size_t n;
    const char *headline, *date, *author, *outlet, *body;
} ldfacts;

/* Types of the object that describes the article itself ("NewsArticle", "BlogPosting",
 * "ReportageNewsArticle", ...): matched as substrings. */
static const char *const ld_types[] = {"Article", "BlogPosting", "Report", "Posting"};

static bool ld_type(json_t *t)
{
    for (size_t k = 0; json_is_string(t) && k < sizeof ld_types / sizeof *ld_types; k++)
        if (strstr(json_string_value(t), ld_types[k])) return true;
    return false;
}

static bool ld_is_article(json_t *obj)
{
    json_t *t = json_object_get(obj, "@type"), *v;
    size_t i;
    if (ld_type(t)) return true;
    json_array_foreach(t, i, v) if (ld_type(v)) return true;
    return false;
}

/* A name: the string itself, an object's "name", or the first of an array's. */
static const char *ld_name(json_t *v)
{
    if (json_is_string(v)) return json_string_value(v);
    if (json_is_object(v)) return json_string_value(json_object_get(v, "name"));
    if (json_is_array(v) && json_array_size(v)) return ld_name(json_array_get(v, 0));
    return NULL;
}

static void ld_take(ldfacts *f, json_t *obj)
{
    const char *s;
    if (!f->headline && (s = json_string_value(json_object_get(obj, "headline")))) f->headline = s;
    if (!f->date && (s = json_string_value(json_object_get(obj, "datePublished")))) f->date = s;
    if (!f->author && (s = ld_name(json_object_get(obj, "author")))) f->author = s;
    if (!f->outlet && (s = ld_name(json_object_get(obj, "publisher")))) f->outlet = s;
    if (!f->body && (s = json_string_value(json_object_get(obj, "articleBody")))) f->body = s;
}

/* Visits arrays and @graph lists (bounded depth: the JSON is the page's, not ours). */
static void ld_visit(ldfacts *f, json_t *v, int depth)
{
    size_t i;
    json_t *x;
    if (depth > 4) return;
    if (json_is_array(v)) {
        json_array_foreach(v, i, x) ld_visit(f, x, depth + 1);
        return;
    }
    if (!json_is_object(v)) return;
    if (ld_is_article(v)) ld_take(f, v);
    ld_visit(f, json_object_get(v, "@graph"), depth + 1);
}

static void ld_parse(ldfacts *f, const jsonld *ld)
{
    *f = (ldfacts){0};
    for (size_t i = 0; i < ld->n; i++) {
        json_t *root = json_loadb(ld->v[i], ld->len[i], 0, NULL);
        if (!root) continue;
        f->roots[f->n++] = root;
        ld_visit(f, root, 0);
    }
}

static void ld_free(ldfacts *f)
{
    for (size_t i = 0; i < f->n; i++) json_decref(f->roots[i]);
}

/* ---- HTML: the page's facts ---- */

typedef enum { F_TITLE, F_OUTLET, F_DATE, F_AUTHOR, F_URL, F_COUNT } field;

/* <meta property|name|itemprop=KEY content=...>, and <link rel=canonical href=...>; for each
 * field the earliest entry found wins. */
static const struct {
    const char *key;
    field field;
} meta_keys[] = {
    {"og:title", F_TITLE},
    {"twitter:title", F_TITLE},
    {"og:site_name", F_OUTLET},
    {"application-name", F_OUTLET},
    {"article:published_time", F_DATE},
    {"datePublished", F_DATE},
    {"og:published_time", F_DATE},
    {"pubdate", F_DATE},
    {"publish-date", F_DATE},
    {"date", F_DATE},
    {"dc.date.issued", F_DATE},
    {"dc.date", F_DATE},
    {"author", F_AUTHOR},
    {"dc.creator", F_AUTHOR},
    {"og:url", F_URL},
    {"canonical", F_URL},
};

typedef struct {
    tc_arena *a;
    const char *meta[F_COUNT];
    size_t rank[F_COUNT];
    const GumboNode *title, *h1, *main, *body;
    const char *time; /* first valid <time datetime> */
    /* The outermost <article> being walked, and the one with the most text so far. */
    const GumboNode *article, *best;
    size_t article_text, best_text;
} page;

static void set_meta(page *p, const char *key, const char *value)
{
    char date[11];
    if (!key || !value || !*value) return;
    for (size_t i = 0; i < sizeof meta_keys / sizeof *meta_keys; i++) {
        field f = meta_keys[i].field;
        if (strcasecmp(key, meta_keys[i].key) != 0 || (p->meta[f] && p->rank[f] <= i)) continue;
        if (f == F_DATE && tc_extract_date(value, date) != 0) continue;
        p->meta[f] = value;
        p->rank[f] = i;
    }
}

static void scan_meta(page *p, const GumboNode *el)
{
    static const char *const names[] = {"property", "name", "itemprop"};
    const char *content = attr(el, "content");
    for (size_t i = 0; i < 3; i++) set_meta(p, attr(el, names[i]), content);
}

static bool scan_enter(void *ctx, const GumboNode *el)
{
    page *p = ctx;
    const char *v;
    char date[11];
    switch (tag_of(el)) {
    case GUMBO_TAG_META:
        scan_meta(p, el);
        return false;
    case GUMBO_TAG_LINK:
        if ((v = attr(el, "rel")) && strcasecmp(v, "canonical") == 0)
            set_meta(p, "canonical", attr(el, "href"));
        return false;
    case GUMBO_TAG_TITLE:
        p->title = p->title ? p->title : el;
        return false;
    case GUMBO_TAG_H1:
        p->h1 = p->h1 ? p->h1 : el;
        return true;
    case GUMBO_TAG_MAIN:
        p->main = p->main ? p->main : el;
        return true;
    case GUMBO_TAG_BODY:
        p->body = p->body ? p->body : el;
        return true;
    case GUMBO_TAG_TIME:
        if (!p->time && (v = attr(el, "datetime")) && tc_extract_date(v, date) == 0) p->time = v;
        return true;
    case GUMBO_TAG_ARTICLE:
        if (!p->article) {
            p->article = el;
            p->article_text = 0;
        }
        return true;
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
        return false;
    default:
        return el->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
    }
}

static void scan_leave(void *ctx, const GumboNode *el)
{
    page *p = ctx;
    if (el != p->article) return;
    if (!p->best || p->article_text > p->best_text) {
        p->best = el;
        p->best_text = p->article_text;
    }
    p->article = NULL;
}

static void scan_text(void *ctx, const GumboNode *t)
{
    page *p = ctx;
    if (p->article && t->type != GUMBO_NODE_WHITESPACE) p->article_text += strlen(t->v.text.text);
}

static void scan_page(tc_arena *a, const GumboNode *doc, page *p)
{
    static const visitor v = {scan_enter, scan_leave, scan_text};
    *p = (page){.a = a};
    walk(a, doc, &v, p);
}

/* The visible text of one element (a <title> or <h1>), cleaned, in the arena. */
static const char *element_text(tc_arena *a, const GumboNode *el)
{
    if (!el) return "";
    buf b = {.a = a};
    const GumboVector *kids = &el->v.element.children;
    if (tag_of(el) == GUMBO_TAG_TITLE) {
        for (unsigned i = 0; i < kids->length; i++) {
            const GumboNode *k = kids->data[i];
            if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_WHITESPACE)
                emit_text(&(emitter){.out = &b}, k);
        }
    } else {
        emit(a, el, false, &b);
    }
    return clean_str(a, b.p, b.n);
}

/* Where a <title>'s site suffix starts ("Headline | Site", "Headline - Site Name"), or its
 * length. The first " | " after a long enough headline cuts ("Headline | World | Site"); a
 * dash (the last one) only before a capitalised name, so "Truce holds - for now" stays. */
static size_t title_cut(const char *s)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "};
    for (size_t i = 0; i < sizeof seps / sizeof *seps; i++) {
        const char *hit = NULL;
        for (const char *q = strstr(s, seps[i]); q; q = strstr(q + 1, seps[i])) {
            hit = q;
            if (i == 0 && (size_t)(q - s) >= TITLE_SUFFIX_MIN_REST) break;
        }
        if (!hit || (size_t)(hit - s) < TITLE_SUFFIX_MIN_REST) continue;
        const char *tail = hit + strlen(seps[i]);
        int len;
        if (i == 0 || tc_is_upper_cp(tc_utf8_decode(tail, strlen(tail), &len)) || is_digit(*tail))
            return (size_t)(hit - s);
    }
    return strlen(s);
}

/* The first of two strings with any text, cleaned, in the arena; "" when neither. */
static const char *first_str(tc_arena *a, const char *x, const char *y)
{
    const char *s = x ? clean_str(a, x, strlen(x)) : "";
    return *s || !y ? s : clean_str(a, y, strlen(y));
}

/* og:title (or twitter:title), the JSON-LD headline, <title> without its site suffix, the
 * first <h1>. */
static const char *page_title(tc_arena *a, const page *p, const char *headline)
{
    const char *t = first_str(a, p->meta[F_TITLE], headline);
    if (*t) return t;
    t = element_text(a, p->title);
    if (*t) return tc_arena_strndup(a, t, title_cut(t));
    return element_text(a, p->h1);
}

/* ---- HTML: the whole front end ---- */

/* What a page says about itself; strings in the arena, "" when absent. */
typedef struct {
    const char *title, *outlet, *author, *url;
    char date[11];
    bool listing;  /* an index or listing page: no article */
    size_t unread; /* bytes of the page past the markup cap */
} facts;

/* gumbo allocates every node, string and buffer on its own: from the article's arena that is
 * a pointer bump, and freeing is nothing (the arena's reset frees the tree), which saves a
 * tenth of the parse time and the walk of gumbo_destroy_output. */
static void *gumbo_alloc(void *ud, size_t n)
{
    return tc_arena_alloc(ud, n ? n : 1);
}

static void gumbo_dealloc(void *ud, void *p) {}

static const char *meta_str(tc_arena *a, const page *p, field f)
{
    return p->meta[f] ? clean_str(a, p->meta[f], strlen(p->meta[f])) : "";
}

/* The content root's visible text, tried from the narrowest root to the widest so that an
 * empty <article> or an over-eager noise word never loses the whole page. */
/* The deepest element holding at least PROSE_SHARE of the page's prose: one step down
 * while a child that is not itself a paragraph still holds that much. */
#define PROSE_SHARE 0.85f
static const GumboNode *prose_root(const nstat *st, const GumboNode *el, uint32_t *id)
{
    float need = (float)st[*id].prose * PROSE_SHARE;
    for (bool down = true; down;) {
        down = false;
        const GumboVector *kids = &el->v.element.children;
        uint32_t k = *id + 1;
        for (unsigned i = 0; i < kids->length && !down; i++) {
            const GumboNode *c = kids->data[i];
            if (c->type != GUMBO_NODE_ELEMENT) continue;
            /* A paragraph itself is not a root: its container keeps the lists, quotes and
             * short lines around it. */
            if ((float)st[k].prose >= need && st[k].prose && !st[k].para) {
                el = c;
                *id = k;
                down = true;
            }
            k += st[k].size;
        }
    }
    return el;
}

/* A page is a listing (a front page, a section index, search results) when its links
 * outweigh its prose many times over and the prose is no more than a few teasers. */
#define LISTING_LINK_RATIO 10
#define LISTING_PROSE_MAX  800

static bool listing(const nstat *root)
{
    return root->prose < LISTING_PROSE_MAX && root->link > LISTING_LINK_RATIO * root->prose &&
           root->link > 2 * LISTING_PROSE_MAX;
    return true;
}

/* Notes el as "<tag id=... class=...>". */
static void note_element(notes *why, const char *what, const GumboNode *el)
{
    char d[NOTE_TEXT_MAX + 1];
    const char *id = attr(el, "id"), *cls = attr(el, "class");
    int k = snprintf(d, sizeof d, "<%s%s%s%s%s%s%s>", gumbo_normalized_tagname(tag_of(el)),
                     id ? " id=\"" : "", id ? id : "", id ? "\"" : "", cls ? " class=\"" : "",
                     cls ? cls : "", cls ? "\"" : "");
    note(why, what, d, k < 0 ? 0 : (size_t)k < sizeof d ? (size_t)k : sizeof d - 1);
}

/* Returns false (out empty) for a listing page. */
static bool page_text(tc_arena *a, const page *p, const GumboNode *html, buf *out, notes *why)
{
    measurer m = {.a = a};
    walk(a, html, &(visitor){measure_enter, measure_leave, measure_text}, &m);
    weigh_prose(m.st.v, m.st.n);
    out->n = 0;
    if (m.st.n && listing(&m.st.v[0])) {
        char msg[96];
        int k = snprintf(msg, sizeof msg, "%zu bytes of link text, %zu of prose",
                         (size_t)m.st.v[0].link, (size_t)m.st.v[0].prose);
        note(why, "no article: a listing page", msg, (size_t)k);
        return false;
    }
    if (m.st.n && m.st.v[0].prose) {
        uint32_t id = 0;
        const GumboNode *r = prose_root(m.st.v, html, &id);
        emitter e = {.out = out, .root = r, .drop_noisy = true, .st = m.st.v, .root_id = id};
        emit_with(a, &e);
        if (has_text(out)) {
            note_element(why, "content root (most of the paragraph text)", r);
            return true;
        }
    }
    const GumboNode *roots[] = {p->best, p->main, p->body, html};
    for (int drop_noisy = 1; drop_noisy >= 0; drop_noisy--) {
        for (size_t i = 0; i < sizeof roots / sizeof *roots; i++) {
            if (!roots[i]) continue;
            emit(a, roots[i], drop_noisy, out);
            if (has_text(out)) {
                note_element(why,
                             drop_noisy ? "content root (no paragraphs: fallback)"
                                        : "content root (fallback, furniture kept)",
                             roots[i]);
                return true;
            }
        }
    }
    return true;
}

static void html_front(const tc_raw *raw, tc_arena *a, facts *fx, buf *out, notes *why)
{
    GumboOptions opt = kGumboDefaultOptions;
    opt.allocator = gumbo_alloc;
    opt.deallocator = gumbo_dealloc;
    opt.userdata = a;
    opt.max_errors = 0; /* parse errors are never read: do not record them */
    buf html = {.a = a};
    jsonld ld = {0};
    size_t taken = prestrip(raw->body, raw->body_len, &html, &ld);
    fx->unread = raw->body_len - taken;
    GumboOutput *g = gumbo_parse_with_options(&opt, html.p, html.n);
    page p;
    ldfacts lf;
    scan_page(a, g->document, &p);
    ld_parse(&lf, &ld);
    fx->title = page_title(a, &p, lf.headline);
    fx->outlet = first_str(a, p.meta[F_OUTLET], lf.outlet);
    fx->author = first_str(a, lf.author, p.meta[F_AUTHOR]);
    fx->url = meta_str(a, &p, F_URL);
    const char *dates[] = {lf.date, p.meta[F_DATE], p.time};
    for (size_t i = 0; i < 3 && tc_extract_date(dates[i], fx->date) != 0; i++) continue;
    fx->listing = !page_text(a, &p, g->root, out, why);
    /* articleBody is sometimes a teaser or lacks the subheads: it wins only when the page's
     * own text is far shorter (a page that builds its body with scripts). */
    if (lf.body && strlen(lf.body) > 2 * out->n) {
        note(why, "JSON-LD articleBody used: the page's own text is far shorter", lf.body,
             strlen(lf.body));
        out->n = 0;
        buf_put(out, lf.body, strlen(lf.body));
    }
    ld_free(&lf);
}

/* ---- metadata ---- */

/* The host of an absolute URL, lower-cased, without "www." and port; "" when none. */
static const char *url_host(tc_arena *a, const char *url)
{
    const char *p = strstr(url, "://");
    if (!p) return "";
    p += 3;
    size_t n = strcspn(p, "/?#");
    const char *at = memchr(p, '@', n);
    if (at) {
        n -= (size_t)(at + 1 - p);
        p = at + 1;
    }
    const char *colon = memchr(p, ':', n);
    if (colon) n = (size_t)(colon - p);
    if (n > 4 && strncasecmp(p, "www.", 4) == 0) {
        p += 4;
        n -= 4;
    }
    char *h = tc_arena_strndup(a, p, n);
    for (size_t i = 0; i < n; i++) h[i] = lower(h[i]);
    return h;
}

/* The raw (container) value when it has any text, else the page's. */
static const char *pick(tc_arena *a, const char *given, const char *found)
{
    const char *s = given ? clean_str(a, given, strlen(given)) : "";
    return *s ? s : found ? found : "";
}

/* The dedup key: the body lower-cased (ASCII), white space runs as one space. */
static uint64_t body_hash(tc_arena *a, const char *s, size_t n)
{
    char *k = tc_arena_alloc(a, n + 1);
    size_t m = 0;
    bool space = false;
    for (size_t i = 0; i < n; i++) {
        if (is_blank(s[i])) {
            space = true;
            continue;
        }
        if (space && m) k[m++] = ' ';
        space = false;
        k[m++] = lower(s[i]);
    }
    return tc_hash64(k, m, 0);
}

/* ---- language ---- */

#define TEXTCAT_DIR "/usr/share/libexttextcat/"
/* textcat needs a few hundred bytes; more only costs time. Below LANG_MIN its guesses are
 * noise ("ok" comes out Slovak). */
#define LANG_SPAN 600
#define LANG_MIN  60

/* The languages tocsin tells apart: those of the world's news. textcat compares a text with
 * every model it has loaded, so its 164 models would cost more than parsing the page. */
static const char *const lang_models[] = {
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "ar", "fa", "he",
    "tr", "ja", "ko", "hi", "ur", "bn", "id", "ms", "vi", "th", "sv", "da", "nb",
    "fi", "cs", "sk", "hu", "ro", "bg", "el", "hr", "sl", "et", "lv", "lt", "hy",
    "az", "ka", "sw", "ca", "sq", "mk", "be", "kk", "uz", "so", "am", "ta"};

/* A configuration naming the models above (plus Chinese and Serbian, whose files carry a
 * script) in a temporary file; NULL when it cannot be written. */
static char *write_lang_conf(void)
{
    static const char *const scripts[] = {"zh-Hans.lm zh--utf8", "zh-Hant.lm zh--utf8",
                                          "sr-Cyrl.lm sr--utf8", "sr-Latn.lm sr--utf8"};
    char *path = tc_xstrdup("/tmp/tocsin-textcat-XXXXXX");
    int fd = mkstemp(path);
    FILE *f = fd < 0 ? NULL : fdopen(fd, "w");
    if (!f) {
        if (fd >= 0) close(fd);
        free(path);
        return NULL;
    }
    for (size_t i = 0; i < sizeof lang_models / sizeof *lang_models; i++)
        fprintf(f, "%s.lm %s--utf8\n", lang_models[i], lang_models[i]);
    for (size_t i = 0; i < sizeof scripts / sizeof *scripts; i++) fprintf(f, "%s\n", scripts[i]);
    fclose(f);
    return path;
}

/* One classifier per thread: textcat_Classify writes into its handle. Loaded on first use
 * and kept for the thread's life; the full model set when the short list cannot be used. */
static _Thread_local void *textcat;
static _Thread_local bool textcat_failed;

static void load_textcat(void)
{
    char *conf = write_lang_conf();
    if (conf) {
        textcat = special_textcat_Init(conf, TEXTCAT_DIR);
        unlink(conf);
        free(conf);
    }
    if (!textcat) textcat = special_textcat_Init(TEXTCAT_DIR "fpdb.conf", TEXTCAT_DIR);
    textcat_failed = !textcat;
}

/* English at a glance: mostly ASCII prose where a sixth of the words are English function
 * words, two of the first eight at least ("the", "said"). Most news is English, and textcat
 * costs about 0.2 ms an article; this costs a pass over LANG_SPAN bytes. Other languages
 * written in Latin letters share a word or two with the list ("a", "in"), never that many. */
static bool english_at_a_glance(const char *s, size_t n)
{
    static const char *const common[] = {
        "the", "of", "and", "that", "with", "said", "was",  "their", /* the telling eight */
        "to",  "in", "a",   "is",   "for",  "on",   "as",   "by",    "at", "from",  "has", "have",
        "are", "it", "its", "he",   "his",  "be",   "were", "will",  "an", "after", "who"};
    size_t words = 0, hits = 0, high = 0;
    unsigned telling = 0;
    char w[8];
    for (size_t i = 0; i < n;) {
        if ((unsigned char)s[i] >= 0x80) high++;
        if (!((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')) {
            i++;
            continue;
        }
        size_t k = 0;
        for (; i < n && (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'; i++)
            if (k < sizeof w - 1) w[k++] = (char)(s[i] | 0x20);
        w[k] = 0;
        words++;
        for (size_t j = 0; j < sizeof common / sizeof *common; j++) {
            if (strcmp(w, common[j]) == 0) {
                hits++;
                if (j < 8) telling |= 1u << j;
                break;
            }
        }
    }
    /* Names crowd news prose: a sixth of function words is plenty. Bytes past ASCII are
     * curly quotes and dashes, up to a tenth. */
    return words >= 8 && high * 10 < n && hits * 6 >= words && __builtin_popcount(telling) >= 2;
}

/* The ISO 639-1 code of the first category textcat gives for s ("[de--utf8][...]"). */
static void detect_lang(const char *s, size_t n, char out[3])
{
    out[0] = 0;
    if (n < LANG_MIN) return;
    if (english_at_a_glance(s, n < LANG_SPAN ? n : LANG_SPAN)) {
        memcpy(out, "en", 3);
        return;
    }
    if (!textcat && !textcat_failed) load_textcat();
    if (!textcat) return;
    /* Cut on a character boundary so the models see whole code points. */
    if (n > LANG_SPAN) {
        n = LANG_SPAN;
        while (n && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
    }
    const char *r = textcat_Classify(textcat, s, n);
    if (!r || r[0] != '[') return;
    size_t k = 1;
    while (r[k] >= 'a' && r[k] <= 'z') k++;
    if (k != 3 || (r[3] != '-' && r[3] != ']')) return;
    out[0] = r[1];
    out[1] = r[2];
    out[2] = 0;
}

int tc_extract(const tc_raw *raw, tc_arena *a, tc_article *out, tc_err *err)
{
    const char *input = raw->input ? tc_arena_strndup(a, raw->input, strlen(raw->input)) : "";
    *out = (tc_article){.input = input,
                        .url = "",
                        .outlet = "",
                        .author = "",
                        .title = "",
                        .text = "",
                        .date_source = "none"};
    if (!raw->body || !raw->body_len) return tc_err_set(err, TC_EEMPTY, "%s: empty body", input);
    if (tc_looks_binary(raw->body, raw->body_len))
        return tc_err_set(err, TC_EBINARY, "%s: binary data, not text", input);

    facts fx = {.title = "", .outlet = "", .author = "", .url = ""};
    buf html = {.a = a};
    const char *src = raw->body;
    size_t n = raw->body_len;
    notes why = {.a = a};
    if (raw->kind == TC_RAW_HTML) {
        html_front(raw, a, &fx, &html, &why);
        src = html.p;
        n = html.n;
    }
    char *text = tc_utf8_clean(a, src ? src : "", n, &n);

    filter f = {.a = a, .title = "", .why = &why};
    out->title = pick(a, raw->title, fx.title);
    if (*out->title)
        set_title(&f, out->title, strlen(out->title));
    else
        f.want_title = raw->kind == TC_RAW_TEXT;
    bool title_from_text = f.want_title;
    out->text_len = filter_text(&f, text, n);
    out->text = text;
    out->title = f.title;
    /* A text of one line ("echo 'X attacked Y' | tocsin code") is a body, not a title. */
    if (!out->text_len && title_from_text && *f.title && !f.dropped) {
        out->text = f.title;
        out->text_len = strlen(f.title);
        out->title = "";
    }
    out->dropped_lines = f.dropped;
    out->html_unread = fx.unread;
    out->notes = why.v;
    out->nnotes = why.n;
    out->hash = body_hash(a, text, out->text_len);

    out->url = pick(a, raw->url, fx.url);
    out->author = pick(a, raw->author, fx.author);
    out->outlet = pick(a, raw->outlet, *fx.outlet ? fx.outlet : url_host(a, out->url));
    /* The container's date, the page's, one in the URL, one in the text. */
    if (tc_extract_date(raw->date, out->date) == 0) {
        out->date_source = raw->date_source ? raw->date_source : "container";
    } else if (fx.date[0]) {
        memcpy(out->date, fx.date, sizeof out->date);
        out->date_source = "meta";
    } else {
        url_date(out->url, out->date);
        out->date_source = "url";
        if (!out->date[0]) {
            text_date(out->text, out->text_len, out->date);
            out->date_source = out->date[0] ? "text" : "none";
        }
    }
    /* The container's own tag ("lang": "fr", "fr-FR") wins over a guess. */
    const char *tag = raw->lang;
    if (tag && tag[0] >= 'a' && tag[0] <= 'z' && tag[1] >= 'a' && tag[1] <= 'z' &&
        (!tag[2] || tag[2] == '-' || tag[2] == '_')) {
        memcpy(out->lang, tag, 2);
        out->lang[2] = 0;
    } else {
        detect_lang(out->text, out->text_len, out->lang);
    }
    if (fx.listing)
        return tc_err_set(err, TC_EEMPTY, "%s: no article found (an index or listing page)", input);
    if (!out->text_len)
        return tc_err_set(err, TC_EEMPTY, "%s: no text left after removing boilerplate", input);
    return TC_OK;
}
