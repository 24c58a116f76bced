/* extract: a raw article to a clean article (see extract.h).
 *
 * Two front ends feed one line filter. HTML is parsed by gumbo and scanned once for the
 * page's facts (meta tags, <title>, first <h1>, <time>, the content root); the root's visible
 * text is then emitted into one growing buffer, block elements on their own lines. Plain
 * text is taken as it is. Both are cleaned (tc_utf8_clean), cut into lines, each line
 * normalised in place and passed through the boilerplate filter, which writes the kept lines
 * back over the same buffer. What counts as boilerplate is data: the `phrases`,
 * `banner_heads`, `noise_words`, `bio_*` and `tag_role` tables. Tree walks use an explicit
 * stack in the arena, so nesting depth costs heap, never C stack. */
#include "extract.h"

#include "hash.h"
#include "span.h"

#include <gumbo.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
    banner b = strip_banner(f, &s, &n);
    f->dropped += b == BANNER || (b == BANNER_END && !n);
    if (!n) return true;
    int act = phrase_action(s, n);
    if (act >= 0) {
        f->dropped++;
        /* A navigation line before any content is a menu, not the end of the article. */
        return act == DROP || f->n == 0;
    }
    if (title_again(f, s, n)) {
        f->dropped++;
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
            f->dropped += count_lines(s + end, n - end);
            break;
        }
        i = end + 1;
    }
    if (f->n && author_bio(f->out + f->last, f->n - f->last - 1)) {
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
    "comment",   "share", "related", "cookie", "newsletter",
    "subscribe", "promo", "sidebar", "menu",   "breadcrumb",
};

/* Elements that hold the article: a noise word in their class ("has-sidebar") says nothing. */
static bool content_container(GumboTag tag)
{
    return tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_MAIN ||
           tag == GUMBO_TAG_ARTICLE;
}

static bool noisy(const GumboNode *el)
{
    static const char *const attrs[] = {"class", "id"};
    for (size_t i = 0; i < 2; i++) {
        const char *v = attr(el, attrs[i]);
        for (size_t w = 0; v && w < sizeof noise_words / sizeof *noise_words; w++)
            if (ci_contains(v, noise_words[w])) return true;
    }
    return false;
}

static bool hidden(const GumboNode *el)
{
    const char *aria = attr(el, "aria-hidden"), *style = attr(el, "style");
    return attr(el, "hidden") || (aria && strcasecmp(aria, "true") == 0) ||
           (style && (ci_contains(style, "display:none") || ci_contains(style, "display: none")));
}

/* ---- HTML: emitting the visible text ---- */

typedef struct {
    buf *out;
    const GumboNode *root;
    bool drop_noisy; /* apply noise_words */
    unsigned pre;    /* depth inside <pre>, whose line breaks are kept */
} emitter;

static bool emit_enter(void *ctx, const GumboNode *el)
{
    emitter *e = ctx;
    GumboTag tag = tag_of(el);
    if (el != e->root) {
        if (el->v.element.tag_namespace != GUMBO_NAMESPACE_HTML || tag_role[tag] == R_SKIP ||
            hidden(el))
            return false;
        if (e->drop_noisy && !content_container(tag) && noisy(el)) return false;
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

static void emit(tc_arena *a, const GumboNode *root, bool drop_noisy, buf *out)
{
    static const visitor v = {emit_enter, emit_leave, emit_text};
    emitter e = {.out = out, .root = root, .drop_noisy = drop_noisy};
    out->n = 0;
    walk(a, root, &v, &e);
}

static bool has_text(const buf *b)
{
    for (size_t i = 0; i < b->n; i++)
        if (!is_blank(b->p[i])) return true;
    return false;
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

static const char *page_title(tc_arena *a, const page *p)
{
    if (p->meta[F_TITLE]) {
        const char *t = clean_str(a, p->meta[F_TITLE], strlen(p->meta[F_TITLE]));
        if (*t) return t;
    }
    const char *t = element_text(a, p->title);
    if (*t) return tc_arena_strndup(a, t, title_cut(t));
    return element_text(a, p->h1);
}

/* ---- HTML: the whole front end ---- */

/* What a page says about itself; strings in the arena, "" when absent. */
typedef struct {
    const char *title, *outlet, *author, *url;
    char date[11];
} facts;

static void *gumbo_alloc(void *ud, size_t n)
{
    return tc_xmalloc(n);
}

static void gumbo_dealloc(void *ud, void *p)
{
    free(p);
}

static const char *meta_str(tc_arena *a, const page *p, field f)
{
    return p->meta[f] ? clean_str(a, p->meta[f], strlen(p->meta[f])) : "";
}

/* The content root's visible text, tried from the narrowest root to the widest so that an
 * empty <article> or an over-eager noise word never loses the whole page. */
static void page_text(tc_arena *a, const page *p, const GumboNode *html, buf *out)
{
    const GumboNode *roots[] = {p->best, p->main, p->body, html};
    for (int drop_noisy = 1; drop_noisy >= 0; drop_noisy--) {
        for (size_t i = 0; i < sizeof roots / sizeof *roots; i++) {
            if (!roots[i]) continue;
            emit(a, roots[i], drop_noisy, out);
            if (has_text(out)) return;
        }
    }
}

static void html_front(const tc_raw *raw, tc_arena *a, facts *fx, buf *out)
{
    GumboOptions opt = kGumboDefaultOptions;
    opt.allocator = gumbo_alloc;
    opt.deallocator = gumbo_dealloc;
    opt.max_errors = 0; /* parse errors are never read: do not record them */
    GumboOutput *g = gumbo_parse_with_options(&opt, raw->body, raw->body_len);
    page p;
    scan_page(a, g->document, &p);
    fx->title = page_title(a, &p);
    fx->outlet = meta_str(a, &p, F_OUTLET);
    fx->author = meta_str(a, &p, F_AUTHOR);
    fx->url = meta_str(a, &p, F_URL);
    if (tc_extract_date(p.meta[F_DATE], fx->date) != 0) tc_extract_date(p.time, fx->date);
    page_text(a, &p, g->root, out);
    gumbo_destroy_output(&opt, g);
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

int tc_extract(const tc_raw *raw, tc_arena *a, tc_article *out, tc_err *err)
{
    const char *input = raw->input ? tc_arena_strndup(a, raw->input, strlen(raw->input)) : "";
    *out = (tc_article){
        .input = input, .url = "", .outlet = "", .author = "", .title = "", .text = ""};
    if (!raw->body || !raw->body_len) return tc_err_set(err, TC_EEMPTY, "%s: empty body", input);
    if (tc_looks_binary(raw->body, raw->body_len))
        return tc_err_set(err, TC_EBINARY, "%s: binary data, not text", input);

    facts fx = {.title = "", .outlet = "", .author = "", .url = ""};
    buf html = {.a = a};
    const char *src = raw->body;
    size_t n = raw->body_len;
    if (raw->kind == TC_RAW_HTML) {
        html_front(raw, a, &fx, &html);
        src = html.p;
        n = html.n;
    }
    char *text = tc_utf8_clean(a, src ? src : "", n, &n);

    filter f = {.a = a, .title = ""};
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
    out->hash = body_hash(a, text, out->text_len);

    out->url = pick(a, raw->url, fx.url);
    out->author = pick(a, raw->author, fx.author);
    out->outlet = pick(a, raw->outlet, *fx.outlet ? fx.outlet : url_host(a, out->url));
    if (tc_extract_date(raw->date, out->date) != 0) memcpy(out->date, fx.date, sizeof out->date);
    if (!out->text_len)
        return tc_err_set(err, TC_EEMPTY, "%s: no text left after removing boilerplate", input);
    return TC_OK;
}
