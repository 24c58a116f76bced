/* text: sentences and tokens of a clean article (see text.h).
 *
 * One left-to-right pass (run). At each position the main loop skips white space (noting a
 * gap), closes the open sentence at a line break, or lexes one token: a word (lex_word: a run
 * of letters and digits, with the internal apostrophes of "O'Brien", the separators of
 * "120,000" and "3.5", the period of an abbreviation, initial or dotted acronym, and a clitic
 * "'s" "'re" "'ll" "'ve" "'m" "'d" "n't" split off as a second token, and "cannot" "gonna"
 * "wanna" "gotta" cut in two, as UD English does) or a
 * single punctuation or symbol code point (an invalid byte counts as one). ASCII bytes never go
 * through the UTF-8 decoder.
 *
 * Sentence ends are decided one token late, so nothing is scanned twice: a token that may end
 * a sentence (. ! ? …, or an abbreviation, initial or acronym with its period) leaves
 * `pending` set; closing quotes, brackets and further stops glued to it keep it set; the next
 * token after white space then either opens a new sentence (starts_sentence) or clears it.
 * Line breaks and the 2,000-token / 64 KiB bounds close a sentence unconditionally; a word is
 * cut after MAX_TOKEN_BYTES so that no single token can break the byte bound.
 *
 * Tables: ascii_marks and marks (the role of each punctuation mark: opening, closing, quote,
 * apostrophe, sentence stop, and its normal form), titles and may_end (abbreviations that keep
 * their period: the first never end a sentence, the second only before an opener), openers
 * (the words that start a sentence after "U.S.").
 *
 * Memory: tokens and sentences are arena vectors sized from the text length; norms are carved
 * from arena chunks (one bump per token, no malloc), curly quotes point to static "'" and "\"";
 * non-ASCII words are lower-cased with tc_utf8_lower. */
#include "text.h"

#include "err.h"
#include "span.h"

#include <stdbool.h>
#include <string.h>

enum {
    MAX_TOKEN_BYTES = 256, /* longer letter runs (base64, junk) are cut into several tokens */
    MAX_SENT_TOKENS = 2000,
    MAX_SENT_BYTES = 64 * 1024,
    NORM_CHUNK = 4096,
};

/* How the last token may end its sentence; ordered, the stronger wins when marks are glued. */
enum { END_NONE, END_OPENER /* only before an opener: "the U.S. The" */, END_STOP };

/* Roles of a punctuation mark. */
enum { M_OPEN = 1, M_CLOSE = 2, M_QUOTE = 4, M_STOP = 8, M_APOS = 16 };

/* Straight quotes open and close; which one a mark is follows from the white space around. */
static const unsigned char ascii_marks[128] = {
    ['"'] = M_OPEN | M_CLOSE | M_QUOTE,
    ['\''] = M_OPEN | M_CLOSE | M_QUOTE | M_APOS,
    ['('] = M_OPEN,
    ['['] = M_OPEN,
    ['{'] = M_OPEN,
    [')'] = M_CLOSE,
    [']'] = M_CLOSE,
    ['}'] = M_CLOSE,
    ['.'] = M_STOP,
    ['!'] = M_STOP,
    ['?'] = M_STOP,
};

/* Non-ASCII marks. Curly quotes open and close too: German „…“ and »…« run both ways. */
static const struct {
    int32_t cp;
    unsigned char role;
    const char *norm;
} marks[] = {
    {0x2019, M_OPEN | M_CLOSE | M_QUOTE | M_APOS, "'"}, /* ’ */
    {0x2018, M_OPEN | M_CLOSE | M_QUOTE, "'"},          /* ‘ */
    {0x201C, M_OPEN | M_CLOSE | M_QUOTE, "\""},         /* “ */
    {0x201D, M_OPEN | M_CLOSE | M_QUOTE, "\""},         /* ” */
    {0x2026, M_STOP, NULL},                             /* … */
    {0x201E, M_OPEN | M_CLOSE | M_QUOTE, "\""},         /* „ */
    {0x00AB, M_OPEN | M_CLOSE | M_QUOTE, "\""},         /* « */
    {0x00BB, M_OPEN | M_CLOSE | M_QUOTE, "\""},         /* » */
    {0x201A, M_OPEN | M_CLOSE | M_QUOTE, "'"},          /* ‚ */
    {0x201B, M_OPEN | M_CLOSE | M_QUOTE, "'"},          /* ‛ */
    {0x201F, M_OPEN | M_CLOSE | M_QUOTE, "\""},         /* ‟ */
    {0x2039, M_OPEN | M_CLOSE | M_QUOTE, "'"},          /* ‹ */
    {0x203A, M_OPEN | M_CLOSE | M_QUOTE, "'"},          /* › */
};

/* Words whose period belongs to the token (matched without it). Titles precede a name and
 * never end a sentence; the others may, but like "U.S." only before an opener ("shares of Acme
 * Inc. The firm"). A capitalised entry matches only a capitalised word: "no." stays plain. */
static const char *const titles[] = {
    "Mr",  "Mrs", "Ms",  "Dr",   "Prof", "Gen",  "Sen",  "Rep",  "Gov", "Lt", "Col", "Maj", "Capt",
    "Sgt", "Cpl", "Adm", "Cmdr", "Rev",  "Pres", "Sens", "Reps", "Hon", "vs", "e.g", "i.e"};
static const char *const may_end[] = {
    "No",  "Nos", "St",  "Mt",  "Ft",  "Inc", "Ltd", "Corp", "Co",   "Bros", "Jr",  "Sr", "etc",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",  "Sept", "Oct",  "Nov", "Dec"};

/* Capitalised words that start a sentence after an acronym, initial or abbreviation (norms). */
static const char *const openers[] = {
    "the", "a",   "an",    "he",  "she",   "it",     "they",  "we",    "i",       "in",
    "on",  "at",  "but",   "and", "this",  "that",   "these", "those", "there",   "his",
    "her", "its", "their", "our", "after", "before", "when",  "while", "however", "meanwhile",
};

#define COUNT(a) (sizeof(a) / sizeof *(a))

typedef struct {
    const char *s;
    size_t n;
    tc_arena *a;
    TC_VEC(tc_token) toks;
    TC_VEC(tc_sentence) sents;
    char *pool; /* free bytes for norms */
    size_t pool_left;
    uint32_t sent_tok0; /* first token of the open sentence */
    int pending;        /* END_*: how the last token may end its sentence */
    bool gap;           /* white space since the last token */
} lexer;

static bool is_digit(int32_t c)
{
    return c >= '0' && c <= '9';
}

static bool is_upper_ascii(int32_t c)
{
    return c >= 'A' && c <= 'Z';
}

static bool is_lower_ascii(int32_t c)
{
    return c >= 'a' && c <= 'z';
}

static int lower_ascii(int c)
{
    return is_upper_ascii(c) ? c + 32 : c;
}

static bool is_alnum(int32_t cp)
{
    if (cp < 0x80) return is_lower_ascii(cp) || is_upper_ascii(cp) || is_digit(cp);
    return tc_is_alnum_cp(cp);
}

static bool is_break(int32_t cp)
{
    return cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' || cp == 0x85 || cp == 0x2028 ||
           cp == 0x2029;
}

/* The code point at s[i] (i < n), -1 for an invalid byte; its length in *len. */
static int32_t cp_at(const lexer *L, size_t i, int *len)
{
    unsigned char c = (unsigned char)L->s[i];
    if (c < 0x80) {
        *len = 1;
        return c;
    }
    return tc_utf8_decode(L->s + i, L->n - i, len);
}

static bool alnum_at(const lexer *L, size_t i)
{
    int len;
    return i < L->n && is_alnum(cp_at(L, i, &len));
}

static unsigned mark_role(int32_t cp)
{
    if (cp < 0x80) return cp < 0 ? 0 : ascii_marks[cp];
    for (size_t k = 0; k < COUNT(marks); k++)
        if (marks[k].cp == cp) return marks[k].role;
    return 0;
}

static const char *mark_norm(int32_t cp)
{
    for (size_t k = 0; k < COUNT(marks); k++)
        if (marks[k].cp == cp) return marks[k].norm;
    return NULL;
}

static bool in_table(const char *const *table, size_t count, const char *p, size_t n)
{
    for (size_t k = 0; k < count; k++) {
        const char *w = table[k];
        if (is_upper_ascii(w[0]) && !is_upper_ascii(p[0])) continue;
        size_t j = 0;
        while (j < n && w[j] && lower_ascii((unsigned char)p[j]) == lower_ascii(w[j])) j++;
        if (j == n && !w[j]) return true;
    }
    return false;
}

/* END_* of a word that keeps its period, or -1 when p[0..n) is no abbreviation. */
static int abbrev_end(const char *p, size_t n)
{
    if (in_table(titles, COUNT(titles), p, n)) return END_NONE;
    if (in_table(may_end, COUNT(may_end), p, n)) return END_OPENER;
    return -1;
}

static bool is_opener(const tc_token *t)
{
    if (!(t->flags & TC_TOK_CAP)) return false;
    for (size_t k = 0; k < COUNT(openers); k++)
        if (strlen(openers[k]) == t->nlen && memcmp(openers[k], t->norm, t->nlen) == 0) return true;
    return false;
}

static char *pool_alloc(lexer *L, size_t n)
{
    if (L->pool_left < n) {
        size_t size = n > NORM_CHUNK ? n : NORM_CHUNK;
        L->pool = tc_arena_alloc(L->a, size);
        L->pool_left = size;
    }
    char *p = L->pool;
    L->pool += n;
    L->pool_left -= n;
    return p;
}

/* Replaces curly quotes in a lower-cased word by their ASCII form, in place. */
static void normalise_quotes(char *s, size_t *n)
{
    size_t i = 0, o = 0;
    while (i < *n) {
        int len;
        int32_t cp = tc_utf8_decode(s + i, *n - i, &len);
        const char *q = cp >= 0x80 ? mark_norm(cp) : NULL;
        if (q) {
            s[o++] = q[0];
        } else {
            memmove(s + o, s + i, (size_t)len);
            o += (size_t)len;
        }
        i += (size_t)len;
    }
    s[o] = 0;
    *n = o;
}

/* Norm and flags of a word token: the ASCII path lower-cases into the pool in one loop. */
static void word_norm(lexer *L, tc_token *t)
{
    const char *p = L->s + t->off;
    bool ascii = true, letter = false, upper = false, lower = false;
    uint32_t flags = is_digit((unsigned char)p[0]) ? TC_TOK_NUM : 0;
    for (uint32_t i = 0; i < t->len && ascii; i++) ascii = (unsigned char)p[i] < 0x80;
    for (uint32_t i = 0; i < t->len;) {
        int len;
        int32_t cp = cp_at(L, t->off + i, &len);
        i += (uint32_t)len;
        if (!is_alnum(cp) || is_digit(cp)) continue;
        bool up = cp < 0x80 ? is_upper_ascii(cp) : tc_is_upper_cp(cp);
        if (!letter && up) flags |= TC_TOK_CAP;
        letter = true;
        upper |= up;
        lower |= !up;
    }
    if (letter) flags |= TC_TOK_WORD;
    if (upper && !lower) flags |= TC_TOK_UPPER;
    t->flags |= flags;
    if (ascii) {
        char *o = pool_alloc(L, t->len + 1);
        for (uint32_t i = 0; i < t->len; i++) o[i] = (char)lower_ascii((unsigned char)p[i]);
        o[t->len] = 0;
        t->norm = o;
        t->nlen = t->len;
        return;
    }
    size_t nlen;
    char *o = tc_utf8_lower(L->a, p, t->len, &nlen);
    normalise_quotes(o, &nlen);
    t->norm = o;
    t->nlen = (uint32_t)nlen;
}

static void close_sentence(lexer *L)
{
    size_t n = L->toks.n;
    L->pending = END_NONE;
    if (n == L->sent_tok0) return;
    const tc_token *f = &L->toks.v[L->sent_tok0], *l = &L->toks.v[n - 1];
    tc_sentence s = {f->off, l->off + l->len - f->off, L->sent_tok0, (uint32_t)n - L->sent_tok0};
    TC_PUSH(L->a, L->sents, s);
    L->sent_tok0 = (uint32_t)n;
}

/* Whether t, after white space, opens a new sentence once the last one may have ended. */
static bool starts_sentence(int pending, const tc_token *t, unsigned role)
{
    if (pending == END_STOP) return (t->flags & (TC_TOK_CAP | TC_TOK_NUM)) || (role & M_OPEN);
    return is_opener(t);
}

/* Appends t, first closing the open sentence when t starts a new one or would overflow it.
 * end is how t itself may end the sentence, role its mark role (0 for words). */
static void push_token(lexer *L, tc_token t, int end, unsigned role)
{
    if (L->pending != END_NONE && !L->gap && (role & (M_CLOSE | M_STOP))) {
        if (L->pending > end)
            end = L->pending; /* "stop." She: the quote joins the sentence it closes */
    } else if (L->pending != END_NONE && L->gap && starts_sentence(L->pending, &t, role)) {
        close_sentence(L);
    }
    if (L->toks.n > L->sent_tok0) {
        const tc_token *f = &L->toks.v[L->sent_tok0];
        if (L->toks.n - L->sent_tok0 >= MAX_SENT_TOKENS || t.off + t.len - f->off > MAX_SENT_BYTES)
            close_sentence(L);
    }
    TC_PUSH(L->a, L->toks, t);
    L->pending = end;
    L->gap = false;
}

static void push_word(lexer *L, size_t from, size_t to, int end, uint32_t flags)
{
    tc_token t = {(uint32_t)from, (uint32_t)(to - from), NULL, 0, flags};
    word_norm(L, &t);
    push_token(L, t, end, 0);
}

static void push_mark(lexer *L, size_t i, int len, int32_t cp)
{
    unsigned role = mark_role(cp);
    tc_token t = {(uint32_t)i, (uint32_t)len, NULL, 1, TC_TOK_PUNCT};
    if (role & M_QUOTE) t.flags |= TC_TOK_QUOTE;
    const char *q = cp >= 0x80 ? mark_norm(cp) : NULL;
    if (q) {
        t.norm = q;
    } else {
        char *o = pool_alloc(L, (size_t)len + 1);
        memcpy(o, L->s + i, (size_t)len);
        o[len] = 0;
        t.norm = o;
        t.nlen = (uint32_t)len;
    }
    push_token(L, t, (role & M_STOP) ? END_STOP : END_NONE, role);
}

/* End of a dotted acronym ("U.S.", "e.g.") starting at i, or 0: single letters each followed
 * by a period, at least two, not followed by a letter or digit. */
static size_t acronym_end(const lexer *L, size_t i)
{
    size_t j = i;
    int count = 0;
    while (j < L->n && j - i < MAX_TOKEN_BYTES) {
        int len;
        int32_t cp = cp_at(L, j, &len);
        if (!is_alnum(cp) || is_digit(cp) || j + (size_t)len >= L->n || L->s[j + len] != '.') break;
        j += (size_t)len + 1;
        count++;
    }
    if (count < 2 || (j - i < MAX_TOKEN_BYTES && alnum_at(L, j))) return 0;
    return j;
}

/* A word run s[start..i) is followed by '.': the period joins it for an acronym, an initial
 * or an abbreviation. Returns where lexing goes on. */
static size_t lex_period(lexer *L, size_t start, size_t i, int ncp)
{
    int len, end = -1;
    int32_t cp = cp_at(L, start, &len);
    size_t stop = i + 1;
    if (ncp == 1 && !is_digit(cp)) {
        size_t acr = acronym_end(L, start);
        if (acr) {
            stop = acr;
            end = abbrev_end(L->s + start, acr - start - 1);
            if (end < 0) end = END_OPENER;
        } else if (tc_is_upper_cp(cp)) {
            end = END_OPENER; /* an initial: "John F. Kennedy" */
        }
    } else {
        end = abbrev_end(L->s + start, i - start);
    }
    if (end < 0) stop = i;
    push_word(L, start, stop, end < 0 ? END_NONE : end, 0);
    return stop;
}

/* At an apostrophe s[i..i+len) inside a word run from start: splits off the clitics UD
 * English splits: "'s" "'m" "'d" "'re" "'ll" "'ve" and "n't". Returns where lexing goes on,
 * or 0 when it is no clitic. */
static size_t lex_clitic(lexer *L, size_t start, size_t i, int len)
{
    size_t after = i + (size_t)len, clen = 0;
    if (after >= L->n) return 0;
    char c = (char)(L->s[after] | 0x20), prev = (char)(L->s[i - 1] | 0x20);
    char c2 = after + 1 < L->n ? (char)(L->s[after + 1] | 0x20) : 0;
    if (c == 't' && prev == 'n' && !alnum_at(L, after + 1)) {
        if (i - 1 > start) push_word(L, start, i - 1, END_NONE, 0);
        push_word(L, i - 1, after + 1, END_NONE, TC_TOK_CLITIC);
        return after + 1;
    }
    if (c == 's' || c == 'm' || c == 'd')
        clen = 1;
    else if ((c == 'r' && c2 == 'e') || (c == 'l' && c2 == 'l') || (c == 'v' && c2 == 'e'))
        clen = 2;
    if (!clen || alnum_at(L, after + clen)) return 0;
    push_word(L, start, i, END_NONE, 0);
    push_word(L, i, after + clen, END_NONE, TC_TOK_CLITIC);
    return after + clen;
}

/* Words UD English writes as two: "cannot" -> "can" "not", "gonna" -> "gon" "na". Returns
 * the length of the first part, or 0 for any other word. */
static size_t fused_cut(const char *w, size_t n)
{
    static const struct {
        const char *word;
        size_t cut;
    } fused[] = {{"cannot", 3}, {"gonna", 3}, {"wanna", 3}, {"gotta", 3}};
    for (size_t k = 0; k < sizeof fused / sizeof *fused; k++) {
        if (n != strlen(fused[k].word)) continue;
        size_t j = 0;
        while (j < n && (w[j] | 0x20) == fused[k].word[j]) j++;
        if (j == n) return fused[k].cut;
    }
    return 0;
}

/* Lexes the word starting at s[start] (a letter or digit); returns where lexing goes on. */
static size_t lex_word(lexer *L, size_t start)
{
    const char *s = L->s;
    bool number = is_digit((unsigned char)s[start]);
    size_t i = start;
    int ncp = 0;
    while (i < L->n && i - start < MAX_TOKEN_BYTES) {
        int len;
        int32_t cp = cp_at(L, i, &len);
        if (is_alnum(cp)) {
            i += (size_t)len;
            ncp++;
        } else if (i > start && (mark_role(cp) & M_APOS)) {
            size_t next = lex_clitic(L, start, i, len);
            if (next) return next;
            if (!alnum_at(L, i + (size_t)len)) break;
            i += (size_t)len; /* O'Brien */
        } else if (number && (cp == ',' || cp == '.') && i + 1 < L->n &&
                   is_digit((unsigned char)s[i + 1])) {
            i++; /* 120,000 and 3.5 */
        } else {
            break;
        }
    }
    if (i < L->n && s[i] == '.') return lex_period(L, start, i, ncp);
    size_t cut = fused_cut(s + start, i - start);
    if (cut) push_word(L, start, start + cut, END_NONE, 0);
    push_word(L, start + cut, i, END_NONE, 0);
    return i;
}

static void run(lexer *L)
{
    size_t i = 0;
    while (i < L->n) {
        int len;
        int32_t cp = cp_at(L, i, &len);
        if (is_alnum(cp)) {
            i = lex_word(L, i);
            continue;
        }
        if (is_break(cp))
            close_sentence(L);
        else if (tc_is_space_cp(cp))
            L->gap = true;
        else
            push_mark(L, i, len, cp);
        i += (size_t)len;
    }
    close_sentence(L);
}

int tc_text_analyze(const char *text, size_t len, tc_arena *a, tc_text *out)
{
    *out = (tc_text){text, len, NULL, 0, NULL, 0};
    if (len > UINT32_MAX) return TC_ETOOBIG;
    lexer L = {.s = text, .n = len, .a = a};
    /* English news runs about 6 bytes a token and 120 a sentence: most texts never regrow. */
    L.toks.cap = len / 5 + 4;
    L.toks.v = tc_arena_alloc(a, L.toks.cap * sizeof *L.toks.v);
    L.sents.cap = len / 64 + 2;
    L.sents.v = tc_arena_alloc(a, L.sents.cap * sizeof *L.sents.v);
    run(&L);
    out->toks = L.toks.v;
    out->ntoks = L.toks.n;
    out->sents = L.sents.v;
    out->nsents = L.sents.n;
    return TC_OK;
}

tc_token *tc_text_tokens(const char *s, size_t len, tc_arena *a, size_t *n)
{
    tc_text t;
    tc_text_analyze(s, len > UINT32_MAX ? UINT32_MAX : len, a, &t);
    *n = t.ntoks;
    return t.toks;
}

/* Is s[0..n) a month's name or its abbreviation ("March", "Jan", "Sept")? */
static int month_word(const char *s, size_t n)
{
    static const char *const months[] = {
        "January", "February", "March",    "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan",   "Feb", "Mar",  "Apr",  "Jun",    "Jul",
        "Aug",     "Sep",      "Sept",     "Oct",   "Nov", "Dec",  NULL};
    for (const char *const *m = months; *m; m++)
        if (strlen(*m) == n && !memcmp(*m, s, n)) return 1;
    return 0;
}

size_t tc_text_dateline(const char *s, size_t n)
{
    const char *nl = memchr(s, '\n', n);
    if (nl) n = (size_t)(nl - s);
    if (n > 160) n = 160; /* a dateline is short */
    size_t i = 0, caps = 0, words = 0, lower = 0;
    int dated = 0, agency = 0;
    while (i < n) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') { /* a capitalised word: "ISLAMABAD", "Gaza", "IRNA", "Jan." */
            size_t w0 = i;
            while (i < n &&
                   ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z') || s[i] == '\'' ||
                    (s[i] == '-' && i + 1 < n && s[i + 1] != ' ' && s[i + 1] != '-'))) {
                caps += s[i] >= 'A' && s[i] <= 'Z';
                lower += s[i] >= 'a' && s[i] <= 'z';
                i++;
            }
            dated |= month_word(s + w0, i - w0);
            words++;
        } else if (c >= '0' && c <= '9' && dated) { /* "March 16", "Jan. 5, 2024" */
            while (i < n && s[i] >= '0' && s[i] <= '9') i++;
        } else if (c == ' ' || c == '/' || c == ',' || c == '.') {
            i++;
        } else if (c == '(') {
            size_t a0 = i;
            while (i < n && s[i] != ')' && i - a0 < 40) i++; /* "(AP)", "(Reuters)" */
            if (i >= n || s[i] != ')') return 0;
            i++;
            agency = 1;
            size_t k = i;
            while (k < n && s[k] == ' ') k++;
            if (k < n && s[k] >= 'A' && s[k] <= 'Z' && k > i) break; /* "(IANS) The ..." */
        } else {
            break;
        }
        if (words > 8) return 0;
    }
    if (i == 0 || i >= n || s[0] < 'A' || s[0] > 'Z') return 0;
    size_t j = i;
    if (s[j] == ':')
        j++;
    else if (n - j >= 3 && (!memcmp(s + j, "\xE2\x80\x94", 3) || !memcmp(s + j, "\xE2\x80\x93", 3)))
        j += 3; /* em or en dash */
    else if (s[j] == '-') {
        while (j < n && s[j] == '-') j++;
    } else if (agency && s[j] == '"' && j + 1 < n && s[j + 1] == ' ' && s[j - 1] == ' ') {
        j++; /* "CAIRO (AP) " Acting on ...": a dash the copy turned into a quote mark */
    } else if (!(agency && dated && s[j] == ' ')) { /* none after "Bogota, March 8 (IANS)" */
        return 0;
    }
    if (j >= n || s[j] != ' ') return 0;
    while (j < n && s[j] == ' ') j++;
    if (!lower) return caps >= 4 ? j : 0; /* capitals alone: "CEBU CITY:", not "UN:" */
    /* Title case ("Bogota, March 8 (IANS)", "GAZA CITY, Gaza Strip --", "Kolkata:"): a few
       words, then a sentence that starts with a capital, a digit or a quote */
    if (words > 5 || j >= n) return 0;
    /* a title opens a name, not a place ("President Trump: We will win") */
    static const char *const name_titles[] = {
        "President", "Prime",   "Minister",  "King", "Queen", "Mr",      "Mrs", "Ms",
        "Dr",        "General", "Secretary", "Sen",  "Rep",   "Senator", NULL};
    for (const char *const *t = name_titles; *t; t++) {
        size_t tl = strlen(*t);
        if (tl < n && !memcmp(s, *t, tl) && !((s[tl] | 32) >= 'a' && (s[tl] | 32) <= 'z')) return 0;
    }
    unsigned char f = (unsigned char)s[j];
    return (f >= 'A' && f <= 'Z') || (f >= '0' && f <= '9') || f == '"' || f == 0xE2 ? j : 0;
}
