/* when: the article's date from metadata, and a sentence's temporal expressions resolved
 * against it.
 *
 * Dates are computed on day numbers (days since 1970-01-01, Howard Hinnant's civil-calendar
 * formulas). The scanner looks each word up once in a static hash table of the words the
 * grammar knows (built under pthread_once); a word found there or a number is tried as the
 * start of an expression: first the prepositions and edges before it ("since", "in early",
 * "mid-"), then the forms of the date itself, each a short function reading a few tokens
 * ahead. What is and is not taken is documented in when.h. */
#include "when.h"

#include "arena.h"
#include "err.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

/* ---- calendar ---------------------------------------------------------------------------- */

int32_t tc_when_days(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void tc_when_civil(int32_t day, int *y, int *m, int *d)
{
    int64_t z = (int64_t)day + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
    static const int n[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : n[m - 1];
}

/* Monday 0 .. Sunday 6 (1970-01-01 was a Thursday). */
static int weekday(int32_t z)
{
    return (int)(((z % 7) + 7 + 3) % 7);
}

static tc_date mkdate(int y, int m, int d, int prec)
{
    tc_date r = {(int16_t)y, (uint8_t)m, (uint8_t)d, (uint8_t)prec};
    return r;
}

static tc_date from_days(int32_t z, int prec)
{
    int y, m, d;
    if (prec == TC_DATE_WEEK) z -= weekday(z);
    tc_when_civil(z, &y, &m, &d);
    if (prec == TC_DATE_YEAR) return mkdate(y, 0, 0, prec);
    if (prec == TC_DATE_MONTH) return mkdate(y, m, 0, prec);
    return mkdate(y, m, d, prec);
}

int tc_date_valid(tc_date d)
{
    if (d.year < 1 || d.year > 9999) return 0;
    switch (d.prec) {
    case TC_DATE_CENTURY:
        return d.year % 100 == 0 && !d.month && !d.day;
    case TC_DATE_DECADE:
        return d.year % 10 == 0 && !d.month && !d.day;
    case TC_DATE_YEAR:
        return !d.month && !d.day;
    case TC_DATE_MONTH:
        return d.month >= 1 && d.month <= 12 && !d.day;
    case TC_DATE_WEEK:
    case TC_DATE_DAY:
        if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > month_days(d.year, d.month))
            return 0;
        return d.prec == TC_DATE_DAY || weekday(tc_when_days(d.year, d.month, d.day)) == 0;
    default:
        return 0;
    }
}

int tc_date_range(tc_date d, int32_t *first, int32_t *last)
{
    if (!tc_date_valid(d)) return TC_EUSAGE;
    switch (d.prec) {
    case TC_DATE_CENTURY:
        *first = tc_when_days(d.year, 1, 1);
        *last = tc_when_days(d.year + 99, 12, 31);
        break;
    case TC_DATE_DECADE:
        *first = tc_when_days(d.year, 1, 1);
        *last = tc_when_days(d.year + 9, 12, 31);
        break;
    case TC_DATE_YEAR:
        *first = tc_when_days(d.year, 1, 1);
        *last = tc_when_days(d.year, 12, 31);
        break;
    case TC_DATE_MONTH:
        *first = tc_when_days(d.year, d.month, 1);
        *last = tc_when_days(d.year, d.month, month_days(d.year, d.month));
        break;
    case TC_DATE_WEEK:
        *first = tc_when_days(d.year, d.month, d.day);
        *last = *first + 6;
        break;
    default:
        *first = *last = tc_when_days(d.year, d.month, d.day);
    }
    return TC_OK;
}

char *tc_date_str(tc_date d, char *buf)
{
    if (!tc_date_valid(d)) {
        strcpy(buf, "?");
        return buf;
    }
    switch (d.prec) {
    case TC_DATE_CENTURY: {
        int c = d.year / 100 + 1;
        const char *suf = c % 10 == 1 && c % 100 != 11   ? "st"
                          : c % 10 == 2 && c % 100 != 12 ? "nd"
                          : c % 10 == 3 && c % 100 != 13 ? "rd"
                                                         : "th";
        snprintf(buf, 24, "%d%s century", c, suf);
        break;
    }
    case TC_DATE_DECADE:
        snprintf(buf, 24, "%04ds", d.year);
        break;
    case TC_DATE_YEAR:
        snprintf(buf, 24, "%04d", d.year);
        break;
    case TC_DATE_MONTH:
        snprintf(buf, 24, "%04d-%02d", d.year, d.month);
        break;
    case TC_DATE_WEEK:
        snprintf(buf, 24, "week %04d-%02d-%02d", d.year, d.month, d.day);
        break;
    default:
        snprintf(buf, 24, "%04d-%02d-%02d", d.year, d.month, d.day);
    }
    return buf;
}

/* ---- the word table ---------------------------------------------------------------------- */

enum {
    C_MONTH = 1 << 0,
    C_WDAY = 1 << 1,
    C_UNIT = 1 << 2,
    C_NUM = 1 << 3,    /* a number word: "two", "a" */
    C_REL = 1 << 4,    /* yesterday, today, tomorrow, tonight */
    C_DIR = 1 << 5,    /* last, next, this, coming, past */
    C_PREP = 1 << 6,   /* a preposition that licenses a bare year or month */
    C_SPAN = 1 << 7,   /* ... and belongs to the expression */
    C_EDGE = 1 << 8,   /* early, late, mid, earlier, later */
    C_QUAL = 1 << 9,   /* more than, nearly, about */
    C_AGO = 1 << 10,   /* ago */
    C_PART = 1 << 11,  /* morning, night: a part of a day */
    C_FUNC = 1 << 12,  /* a function word: may follow a bare year or weekday */
    C_BLOCK = 1 << 13, /* before a weekday, makes it a name or a habit: "every", "Good" */
    C_THE = 1 << 14,
    C_OF = 1 << 15,
    C_YEAR = 1 << 16, /* "year": in "of last year" */
    C_WEEKEND = 1 << 17,
    C_SINCE = 1 << 18,
    C_FOR = 1 << 19,
    C_ON = 1 << 20,
    C_AND = 1 << 21, /* and, or, to: "on Monday and Tuesday", "from 2017 to 2021" */
};

typedef struct {
    const char *w;
    uint32_t cls;
    int8_t v;
} entry;

/* v: month 1-12, weekday 0-6, unit tc_when_unit, number, day offset (REL), direction (DIR:
 * -1 last, 0 this, 1 next, -2 past). */
/* clang-format off */
static const entry words[] = {
    {"january", C_MONTH, 1}, {"february", C_MONTH, 2}, {"march", C_MONTH, 3},
    {"april", C_MONTH, 4}, {"may", C_MONTH, 5}, {"june", C_MONTH, 6}, {"july", C_MONTH, 7},
    {"august", C_MONTH, 8}, {"september", C_MONTH, 9}, {"october", C_MONTH, 10},
    {"november", C_MONTH, 11}, {"december", C_MONTH, 12}, {"jan.", C_MONTH, 1},
    {"feb.", C_MONTH, 2}, {"mar.", C_MONTH, 3}, {"apr.", C_MONTH, 4}, {"jun.", C_MONTH, 6},
    {"jul.", C_MONTH, 7}, {"aug.", C_MONTH, 8}, {"sep.", C_MONTH, 9}, {"sept.", C_MONTH, 9},
    {"oct.", C_MONTH, 10}, {"nov.", C_MONTH, 11}, {"dec.", C_MONTH, 12}, {"monday", C_WDAY, 0},
    {"tuesday", C_WDAY, 1}, {"wednesday", C_WDAY, 2}, {"thursday", C_WDAY, 3},
    {"friday", C_WDAY, 4}, {"saturday", C_WDAY, 5}, {"sunday", C_WDAY, 6}, {"day", C_UNIT, 1},
    {"days", C_UNIT, 1}, {"week", C_UNIT, 2}, {"weeks", C_UNIT, 2}, {"month", C_UNIT, 3},
    {"months", C_UNIT, 3}, {"year", C_UNIT | C_YEAR, 4}, {"years", C_UNIT, 4},
    {"decade", C_UNIT, 5}, {"decades", C_UNIT, 5}, {"a", C_NUM | C_BLOCK | C_FUNC, 1},
    {"an", C_NUM | C_BLOCK | C_FUNC, 1}, {"one", C_NUM, 1}, {"two", C_NUM, 2}, {"three", C_NUM, 3},
    {"four", C_NUM, 4}, {"five", C_NUM, 5}, {"six", C_NUM, 6}, {"seven", C_NUM, 7},
    {"eight", C_NUM, 8}, {"nine", C_NUM, 9}, {"ten", C_NUM, 10}, {"eleven", C_NUM, 11},
    {"twelve", C_NUM, 12}, {"fifteen", C_NUM, 15}, {"eighteen", C_NUM, 18}, {"twenty", C_NUM, 20},
    {"thirty", C_NUM, 30}, {"forty", C_NUM, 40}, {"fifty", C_NUM, 50}, {"hundred", C_NUM, 100},
    {"dozen", C_NUM, 12}, {"yesterday", C_REL, -1}, {"today", C_REL, 0}, {"tonight", C_REL, 0},
    {"tomorrow", C_REL, 1}, {"last", C_DIR, -1}, {"this", C_DIR | C_FUNC, 0}, {"next", C_DIR, 1},
    {"coming", C_DIR, 1}, {"past", C_DIR, -2}, {"on", C_PREP | C_SPAN | C_ON | C_FUNC, 0},
    {"in", C_PREP | C_SPAN | C_FUNC, 0}, {"during", C_PREP | C_SPAN | C_FUNC, 0},
    {"since", C_PREP | C_SPAN | C_SINCE | C_FUNC, 0}, {"for", C_PREP | C_FOR | C_FUNC, 0},
    {"over", C_PREP | C_SPAN | C_QUAL | C_FUNC, 0}, {"throughout", C_PREP | C_SPAN, 0},
    {"until", C_PREP | C_FUNC, 0}, {"till", C_PREP, 0}, {"by", C_PREP | C_FUNC, 0},
    {"before", C_PREP | C_FUNC, 0}, {"after", C_PREP | C_FUNC, 0}, {"from", C_PREP | C_FUNC, 0},
    {"through", C_PREP | C_FUNC, 0}, {"of", C_PREP | C_OF | C_FUNC, 0}, {"early", C_EDGE, 0},
    {"late", C_EDGE, 0}, {"mid", C_EDGE, 0}, {"earlier", C_EDGE, 0}, {"later", C_EDGE, 0},
    {"more", C_QUAL, 0}, {"than", C_QUAL | C_FUNC, 0}, {"nearly", C_QUAL, 0},
    {"almost", C_QUAL, 0}, {"about", C_QUAL | C_FUNC, 0}, {"around", C_QUAL, 0},
    {"some", C_QUAL, 0}, {"roughly", C_QUAL, 0}, {"just", C_QUAL, 0}, {"least", C_QUAL, 0},
    {"at", C_QUAL | C_FUNC, 0}, {"ago", C_AGO, 0}, {"morning", C_PART, 0},
    {"afternoon", C_PART, 0}, {"evening", C_PART, 0}, {"night", C_PART, 0},
    {"overnight", C_PART, 0}, {"weekend", C_WEEKEND, 0}, {"the", C_THE | C_BLOCK | C_FUNC, 0},
    {"every", C_BLOCK, 0}, {"each", C_BLOCK, 0}, {"good", C_BLOCK, 0}, {"black", C_BLOCK, 0},
    {"holy", C_BLOCK, 0}, {"cyber", C_BLOCK, 0}, {"super", C_BLOCK, 0}, {"and", C_FUNC | C_AND, 0},
    {"or", C_FUNC | C_AND, 0}, {"between", C_PREP, 0}, {"but", C_FUNC, 0}, {"when", C_FUNC, 0}, {"while", C_FUNC, 0},
    {"as", C_FUNC, 0}, {"that", C_FUNC, 0}, {"to", C_FUNC | C_AND, 0}, {"with", C_FUNC, 0},
    {"said", C_FUNC, 0}, {"says", C_FUNC, 0}, {"told", C_FUNC, 0}, {"he", C_FUNC, 0},
    {"she", C_FUNC, 0}, {"it", C_FUNC, 0}, {"they", C_FUNC, 0}, {"we", C_FUNC, 0},
    {"its", C_FUNC, 0}, {"his", C_FUNC, 0}, {"her", C_FUNC, 0}, {"their", C_FUNC, 0},
    {"again", C_FUNC, 0}, {"alone", C_FUNC, 0}, {"also", C_FUNC, 0}, {"only", C_FUNC, 0},
    {"amid", C_FUNC, 0}, {"against", C_FUNC, 0}, {"into", C_FUNC, 0}, {"under", C_FUNC, 0},
    {"which", C_FUNC, 0}, {"who", C_FUNC, 0}, {"where", C_FUNC, 0}, {"following", C_FUNC, 0},
    {"despite", C_FUNC, 0}, {"not", C_FUNC, 0}, {"had", C_FUNC, 0}, {"has", C_FUNC, 0},
    {"have", C_FUNC, 0}, {"was", C_FUNC, 0}, {"were", C_FUNC, 0}, {"is", C_FUNC, 0},
    {"are", C_FUNC, 0}, {"will", C_FUNC, 0}, {"would", C_FUNC, 0}, {"could", C_FUNC, 0},
    {"then", C_FUNC, 0}, {"there", C_FUNC, 0}, {"if", C_FUNC, 0}, {"because", C_FUNC, 0},
    {"'s", C_FUNC, 0},
};
/* clang-format on */

#define NWORDS    (sizeof words / sizeof *words)
#define HBITS     9
#define HSIZE     (1u << HBITS)
#define MAXWORD   12
#define MAX_AHEAD 12

typedef struct {
    uint32_t cls;
    int8_t month, wday, unit, num, rel, dir;
} lex;

typedef struct {
    const char *w;
    uint8_t len;
    lex l;
} slot;

static slot table[HSIZE];
static uint16_t lengths[26]; /* bit n: a word of the table starts with this letter, n bytes */
static pthread_once_t table_once = PTHREAD_ONCE_INIT;
static const lex nolex;

/* Of the length and three bytes (first, middle, last): no loop over the word, and few enough
 * collisions for the table's 170 words in 512 slots (linear probing resolves them). */
static uint32_t hash(const char *s, size_t n)
{
    uint32_t h = (uint32_t)n * 0x9e3779b1u ^ (uint8_t)s[0] * 0x85ebca6bu ^
                 (uint8_t)s[n / 2] * 0xc2b2ae35u ^ (uint8_t)s[n - 1] * 0x27d4eb2fu;
    return h ^ (h >> 16);
}

static void set_value(lex *l, uint32_t cls, int8_t v)
{
    if (cls & C_MONTH) l->month = v;
    if (cls & C_WDAY) l->wday = v;
    if (cls & C_UNIT) l->unit = v;
    if (cls & C_NUM) l->num = v;
    if (cls & C_REL) l->rel = v;
    if (cls & C_DIR) l->dir = v;
}

static void build_table(void)
{
    for (size_t k = 0; k < NWORDS; k++) {
        size_t n = strlen(words[k].w);
        uint32_t h = hash(words[k].w, n) & (HSIZE - 1);
        while (table[h].w && strcmp(table[h].w, words[k].w)) h = (h + 1) & (HSIZE - 1);
        if (words[k].w[0] >= 'a' && words[k].w[0] <= 'z')
            lengths[words[k].w[0] - 'a'] |= (uint16_t)(1u << n);
        table[h].w = words[k].w;
        table[h].len = (uint8_t)n;
        table[h].l.cls |= words[k].cls;
        set_value(&table[h].l, words[k].cls, words[k].v);
    }
}

static const lex *lookup(const tc_token *tok)
{
    if (!(tok->flags & TC_TOK_WORD) || tok->nlen > MAXWORD) return &nolex;
    unsigned c0 = (unsigned char)tok->norm[0] - 'a';
    if ((c0 >= 26 || !(lengths[c0] & (1u << tok->nlen))) && tok->norm[0] != '\'') return &nolex;
    uint32_t h = hash(tok->norm, tok->nlen) & (HSIZE - 1);
    for (; table[h].w; h = (h + 1) & (HSIZE - 1))
        if (table[h].len == tok->nlen && !memcmp(table[h].w, tok->norm, tok->nlen))
            return &table[h].l;
    return &nolex;
}

/* ---- the scanner ------------------------------------------------------------------------- */

typedef struct {
    const tc_token *tok; /* the sentence's tokens */
    uint32_t n;          /* how many */
    const lex *const *lx;
    int has_ref;
    int32_t ref; /* the article date's day number */
    int ry, rm;  /* its year and month */
} scan;

/* What a form found: the date, its kind, and the unit / amount of "ago" and durations. */
typedef struct {
    tc_date d;
    uint8_t kind, unit;
    uint16_t amount;
    uint8_t back; /* after "since": a year-less date is the last one on or before the article */
} found;

static uint32_t cls(const scan *s, uint32_t i)
{
    return i < s->n ? s->lx[i]->cls : 0;
}

static int is_cap(const scan *s, uint32_t i)
{
    return i < s->n && (s->tok[i].flags & TC_TOK_CAP);
}

static int is_punct(const scan *s, uint32_t i, char c)
{
    return i < s->n && (s->tok[i].flags & TC_TOK_PUNCT) && s->tok[i].nlen == 1 &&
           s->tok[i].norm[0] == c;
}

/* Value of a token of digits only ("19", "2023"), with its digit count in *nd; -1 if not. */
static long digits(const scan *s, uint32_t i, int *nd)
{
    if (i >= s->n || !(s->tok[i].flags & TC_TOK_NUM) || s->tok[i].nlen > 9) return -1;
    long v = 0;
    uint32_t k = 0;
    for (; k < s->tok[i].nlen && s->tok[i].norm[k] >= '0' && s->tok[i].norm[k] <= '9'; k++)
        v = v * 10 + (s->tok[i].norm[k] - '0');
    if (nd) *nd = (int)k;
    return k == s->tok[i].nlen ? v : -1;
}

/* A day of the month: "19", "19th", "1st". 0 if not. */
static int day_num(const scan *s, uint32_t i)
{
    if (i >= s->n || !(s->tok[i].flags & TC_TOK_NUM)) return 0;
    const char *t = s->tok[i].norm;
    uint32_t n = s->tok[i].nlen, k = 0;
    int v = 0;
    for (; k < n && k < 3 && t[k] >= '0' && t[k] <= '9'; k++) v = v * 10 + (t[k] - '0');
    if (k == 0 || k > 2) return 0;
    if (k < n) {
        if (n - k != 2) return 0;
        const char *suf = t + k;
        if (strcmp(suf, "st") && strcmp(suf, "nd") && strcmp(suf, "rd") && strcmp(suf, "th"))
            return 0;
    }
    return v >= 1 && v <= 31 ? v : 0;
}

static int year_num(const scan *s, uint32_t i, int lo, int hi)
{
    int nd;
    long v = digits(s, i, &nd);
    return nd == 4 && v >= lo && v <= hi ? (int)v : 0;
}

static int month_at(const scan *s, uint32_t i)
{
    return (cls(s, i) & C_MONTH) && is_cap(s, i) ? s->lx[i]->month : 0;
}

enum { F_CLITIC = 1, F_LOOSE = 2 };

/* A bare year, weekday or month may be followed by punctuation (not a hyphen), a capitalised
 * word, a number, or a function word; a lower-case content word makes it a modifier ("Friday
 * prayers"), with F_LOOSE only one ending in s ("in 1800 villages", not "in 2014 remain");
 * F_CLITIC allows "'s". */
static int follow_ok(const scan *s, uint32_t i, int how)
{
    if (i >= s->n) return 1;
    const tc_token *t = &s->tok[i];
    if (t->flags & TC_TOK_CLITIC) return (how & F_CLITIC) != 0;
    if (t->flags & TC_TOK_PUNCT) return !is_punct(s, i, '-');
    if (t->flags & (TC_TOK_CAP | TC_TOK_NUM)) return 1;
    if (cls(s, i) & (C_FUNC | C_PREP)) return 1;
    return (how & F_LOOSE) && t->norm[t->nlen - 1] != 's';
}

/* "Another court in November revoked X", "Uganda in February arrested Y": a month after a
 * noun, followed by a verb in the past tense (a lower-case word ending in "-ed" of six letters
 * or more, or a common irregular past), is the time of that verb, no modifier of a noun after
 * it ("November elections"). */
static int past_verb(const scan *s, uint32_t i)
{
    static const char *const irregular[] = {
        "took",    "met",    "held",  "made",   "gave",  "sent",   "won",    "lost",
        "began",   "struck", "fled",  "left",   "led",   "shot",   "fought", "sought",
        "brought", "broke",  "threw", "stole",  "drew",  "became", "came",   "went",
        "saw",     "rose",   "fell",  "froze",  "swore", "spoke",  "wrote",  "chose",
        "freed",   "told",   "sold",  "bought", NULL};
    if (i >= s->n || (s->tok[i].flags & (TC_TOK_CAP | TC_TOK_PUNCT | TC_TOK_NUM))) return 0;
    const tc_token *t = &s->tok[i];
    if (t->nlen >= 6 && t->norm[t->nlen - 2] == 'e' && t->norm[t->nlen - 1] == 'd') return 1;
    for (size_t k = 0; irregular[k]; k++)
        if (t->nlen == strlen(irregular[k]) && !memcmp(t->norm, irregular[k], t->nlen)) return 1;
    return 0;
}

/* The year that puts month m, day d (d 0: the month) nearest the article date, a distance
 * into the future counting double (news tells of the past more than of plans); ties go to the
 * past; with back, the last one on or before the article. A 29 February is placed as if it
 * were the 28th: the caller rejects it when that year has none. 0 when there is no article
 * date. */
static int nearest_year(const scan *s, int m, int d, int back)
{
    if (!s->has_ref) return 0;
    int best = 0;
    long bestdist = 0;
    for (int y = s->ry - 1; y <= s->ry + 1; y++) {
        int dd = d > month_days(y, m) ? month_days(y, m) : d;
        long dist =
            d ? (long)tc_when_days(y, m, dd) - s->ref : (long)(y * 12 + m) - (s->ry * 12 + s->rm);
        if (back && dist > 0) continue;
        dist = dist < 0 ? -dist : 2 * dist;
        if (!best || dist < bestdist) best = y, bestdist = dist;
    }
    return best;
}

static int day_date(const scan *s, int y, int m, int d, found *f)
{
    if (!y) y = nearest_year(s, m, d, f->back);
    if (!y) {
        f->d = mkdate(0, 0, 0, TC_DATE_NONE);
        return 1;
    }
    if (d > month_days(y, m)) {
        f->kind = 0; /* 31 April: read, and dropped (not "April" alone) */
        return 1;
    }
    f->d = mkdate(y, m, d, TC_DATE_DAY);
    return 1;
}

/* The optional ", 2023" or " 2023" after a day-month; advances *j past it. */
static int opt_year(const scan *s, uint32_t *j)
{
    uint32_t k = *j + is_punct(s, *j, ',');
    int y = year_num(s, k, 1600, 2199);
    if (y) *j = k + 1;
    return y;
}

/* 2023-09-19 */
static uint32_t form_iso(const scan *s, uint32_t i, found *f)
{
    int y = year_num(s, i, 1000, 2999), nd1, nd2;
    if (!y || !is_punct(s, i + 1, '-') || !is_punct(s, i + 3, '-')) return 0;
    long m = digits(s, i + 2, &nd1), d = digits(s, i + 4, &nd2);
    if (nd1 != 2 || nd2 != 2 || m < 1 || m > 12 || d < 1 || d > month_days(y, (int)m)) return 0;
    for (uint32_t k = i; k < i + 4; k++)
        if (s->tok[k].off + s->tok[k].len != s->tok[k + 1].off) return 0;
    f->d = mkdate(y, (int)m, (int)d, TC_DATE_DAY);
    return i + 5;
}

/* 19 September [2023], 19th of September */
static uint32_t form_day_month(const scan *s, uint32_t i, found *f)
{
    int d = day_num(s, i);
    uint32_t j = i + 1;
    if (!d) return 0;
    if (cls(s, j) & C_OF) j++;
    int m = month_at(s, j);
    if (!m) return 0;
    j++;
    int y = opt_year(s, &j);
    return day_date(s, y, m, d, f) ? j : 0;
}

/* September 19[, 2023] */
static uint32_t form_month_day(const scan *s, uint32_t i, found *f)
{
    int m = month_at(s, i), d = day_num(s, i + 1);
    if (!m || !d || is_punct(s, i + 2, '-')) return 0;
    uint32_t j = i + 2;
    int y = opt_year(s, &j);
    return day_date(s, y, m, d, f) ? j : 0;
}

/* December [of] 2022; December of last / this / next year; December alone after a preposition;
 * last / next / this December. */
static uint32_t form_month(const scan *s, uint32_t i, int lic, int dir, found *f)
{
    int m = month_at(s, i), y;
    if (!m) return 0;
    uint32_t j = i + 1 + ((cls(s, i + 1) & C_OF) != 0);
    if ((y = year_num(s, j, 1000, 2999))) {
        f->d = mkdate(y, m, 0, TC_DATE_MONTH);
        return j + 1;
    }
    if ((cls(s, j) & C_DIR) && (cls(s, j + 1) & C_YEAR)) {
        int dy = s->lx[j]->dir;
        if (dy == -2) return 0;
        f->d = s->has_ref ? mkdate(s->ry + dy, m, 0, TC_DATE_MONTH) : mkdate(0, 0, 0, 0);
        return j + 2;
    }
    if (dir != 99) {
        if (!s->has_ref)
            y = 0;
        else if (dir < 0)
            y = m < s->rm ? s->ry : s->ry - 1;
        else if (dir > 0)
            y = m > s->rm ? s->ry : s->ry + 1;
        else
            y = s->ry;
        f->d = y ? mkdate(y, m, 0, TC_DATE_MONTH) : mkdate(0, 0, 0, 0);
        return i + 1;
    }
    if (!lic || !(follow_ok(s, i + 1, 0) || past_verb(s, i + 1))) return 0;
    y = nearest_year(s, m, 0, f->back);
    f->d = y ? mkdate(y, m, 0, TC_DATE_MONTH) : mkdate(0, 0, 0, 0);
    return i + 1;
}

/* Relative to the article date: d days on, at precision prec. */
static tc_date rel_days(const scan *s, int32_t d, int prec)
{
    return s->has_ref ? from_days(s->ref + d, prec) : mkdate(0, 0, 0, 0);
}

/* The article date moved by n units (negative: back), at the unit's precision. */
static tc_date shift(const scan *s, long n, int unit)
{
    if (!s->has_ref || n > 9999 || n < -9999) return mkdate(0, 0, 0, 0);
    int y = s->ry, m = s->rm;
    switch (unit) {
    case TC_UNIT_DAY:
        return rel_days(s, (int32_t)n, TC_DATE_DAY);
    case TC_UNIT_WEEK:
        return rel_days(s, (int32_t)(7 * n), TC_DATE_WEEK);
    case TC_UNIT_MONTH: {
        long k = (long)y * 12 + (m - 1) + n;
        if (k < 12 || k >= 12 * 10000L) return mkdate(0, 0, 0, 0);
        return mkdate((int)(k / 12), (int)(k % 12) + 1, 0, TC_DATE_MONTH);
    }
    case TC_UNIT_YEAR:
    case TC_UNIT_DECADE: {
        long yy = y + n * (unit == TC_UNIT_DECADE ? 10 : 1);
        return yy >= 1 && yy <= 9999 ? mkdate((int)yy, 0, 0, TC_DATE_YEAR) : mkdate(0, 0, 0, 0);
    }
    }
    return mkdate(0, 0, 0, 0);
}

/* The weekday wd relative to the article date: dir 99 "on Friday" (on or before), -1 "last"
 * (before), 1 "next" (after), 0 "this" (on or after). */
static tc_date weekday_date(const scan *s, int wd, int dir)
{
    if (!s->has_ref) return mkdate(0, 0, 0, 0);
    int back = (weekday(s->ref) - wd + 7) % 7, fwd = (wd - weekday(s->ref) + 7) % 7;
    int32_t off = dir == 99 ? -back
                  : dir < 0 ? -(back ? back : 7)
                  : dir > 0 ? (fwd ? fwd : 7)
                            : fwd;
    return rel_days(s, off, TC_DATE_DAY);
}

/* Friday [, September 19] [night]; last / next / this Friday */
static uint32_t form_weekday(const scan *s, uint32_t i, int lic, int dir, found *f)
{
    if (!(cls(s, i) & C_WDAY) || !is_cap(s, i)) return 0;
    uint32_t j = i + 1, k;
    if (is_punct(s, j, ',') &&
        ((k = form_month_day(s, j + 1, f)) || (k = form_day_month(s, j + 1, f))))
        return k;
    if (cls(s, j) & C_PART)
        j++;
    else if (dir == 99 && lic != 2 &&
             ((!lic && i > 0 && (cls(s, i - 1) & C_BLOCK)) || !follow_ok(s, j, F_CLITIC)))
        return 0; /* "every Friday", "Good Friday", "Friday prayers"; not "on Friday accused" */
    f->d = weekday_date(s, s->lx[i]->wday, dir);
    return j;
}

/* last / next / this / past + week, month, year, weekend, night, Friday, December */
static uint32_t form_dir(const scan *s, uint32_t i, found *f)
{
    if (!(cls(s, i) & C_DIR) || s->lx[i]->dir == -2) return 0;
    int dir = s->lx[i]->dir;
    uint32_t j = i + 1, c = cls(s, j), k;
    if ((k = form_weekday(s, j, 1, dir, f)) || (k = form_month(s, j, 1, dir, f))) return k;
    if (c & C_UNIT) {
        int u = s->lx[j]->unit;
        if (u == TC_UNIT_DAY || u == TC_UNIT_DECADE || s->tok[j].norm[s->tok[j].nlen - 1] == 's')
            return 0; /* "this day", "last decade", "last two years": no */
        f->d = shift(s, dir, u);
        return j + 1;
    }
    if (c & C_WEEKEND) {
        f->d = rel_days(s, 7 * dir, TC_DATE_WEEK);
        return j + 1;
    }
    if ((c & C_PART) && dir <= 0) {
        f->d = rel_days(s, dir < 0 ? -1 : 0, TC_DATE_DAY);
        return j + 1;
    }
    return 0;
}

/* yesterday, today, tomorrow, tonight [morning] */
static uint32_t form_rel(const scan *s, uint32_t i, found *f)
{
    if (!(cls(s, i) & C_REL)) return 0;
    f->d = rel_days(s, s->lx[i]->rel, TC_DATE_DAY);
    return i + 1 + ((cls(s, i + 1) & C_PART) != 0);
}

/* A count: "two", "a", "18", "a dozen"; *j past it. -1 if none. */
static long count_at(const scan *s, uint32_t *j)
{
    long v = digits(s, *j, NULL);
    if (v > 0 && v <= 1000) return (*j)++, v;
    if (!(cls(s, *j) & C_NUM)) return -1;
    v = s->lx[*j]->num;
    (*j)++;
    if (v == 1 && (cls(s, *j) & C_NUM) && s->lx[*j]->num >= 12) v = s->lx[(*j)++]->num;
    return v;
}

/* two days ago, a decade ago */
static uint32_t form_ago(const scan *s, uint32_t i, found *f)
{
    uint32_t j = i;
    long n = count_at(s, &j);
    if (n < 0 || !(cls(s, j) & C_UNIT) || !(cls(s, j + 1) & C_AGO)) return 0;
    f->unit = (uint8_t)s->lx[j]->unit;
    f->amount = (uint16_t)n;
    f->d = shift(s, -n, f->unit);
    return j + 2;
}

/* Whether token i is the word w (lower case), in any case. */
static int word_at(const scan *s, uint32_t i, const char *w)
{
    if (i >= s->n || s->tok[i].nlen != strlen(w)) return 0;
    for (uint32_t k = 0; k < s->tok[i].nlen; k++)
        if (tolower((unsigned char)s->tok[i].norm[k]) != w[k]) return 0;
    return 1;
}

/* The century an ordinal at token i names, 2 to 21 ("19th", "nineteenth"); 0 if none. */
static int century_num(const scan *s, uint32_t i)
{
    static const char *const ords[] = {"sixteenth", "seventeenth", "eighteenth", "nineteenth",
                                       "twentieth"};
    for (int k = 0; k < 5; k++)
        if (word_at(s, i, ords[k])) return 16 + k;
    if (i >= s->n || !(s->tok[i].flags & TC_TOK_NUM)) return 0;
    const char *t = s->tok[i].norm;
    uint32_t n = s->tok[i].nlen;
    if (n < 3 || !isalpha((unsigned char)t[n - 1])) return 0; /* "19" alone is no ordinal */
    int v = day_num(s, i);
    return v >= 2 && v <= 21 ? v : 0;
}

/* [the] [early] 19th century; the 19th and early 20th centuries (the first of them): a point
 * of century precision (not "19th-century", an adjective, nor "the 19" with no suffix). */
static uint32_t form_century(const scan *s, uint32_t j, found *f)
{
    int c = century_num(s, j);
    if (!c) return 0;
    uint32_t k = j + 1;
    if ((cls(s, k) & C_AND) && !word_at(s, k, "to")) {
        uint32_t q = k + 1;
        if (cls(s, q) & C_EDGE) q += 1 + is_punct(s, q + 1, '-');
        if (century_num(s, q) > c) k = q + 1;
    }
    if (!word_at(s, k, k == j + 1 ? "century" : "centuries") || is_punct(s, k + 1, '-')) return 0;
    f->d = mkdate((c - 1) * 100, 0, 0, TC_DATE_CENTURY);
    return k + 1;
}

/* the 1990s; the 19th century; the past two weeks (a span); the weekend */
static uint32_t form_the(const scan *s, uint32_t i, found *f)
{
    uint32_t j = i + ((cls(s, i) & C_THE) != 0), k;
    if (j > i && (k = form_day_month(s, j, f))) return k;                /* the 19th of September */
    if (j > i && (cls(s, j) & C_EDGE)) j += 1 + is_punct(s, j + 1, '-'); /* the mid-1990s */
    if (j > i && (k = form_century(s, j, f))) return k;
    const tc_token *t = j < s->n ? &s->tok[j] : NULL;
    if (t && t->nlen == 5 && t->norm[4] == 's' && t->norm[3] == '0') {
        int y = 0;
        for (int q = 0; q < 4 && y >= 0; q++)
            y = t->norm[q] >= '0' && t->norm[q] <= '9' ? y * 10 + t->norm[q] - '0' : -1;
        if (y >= 1000 && y <= 2990) {
            f->d = mkdate(y, 0, 0, TC_DATE_DECADE);
            return j + 1;
        }
    }
    if (!(cls(s, i) & C_THE) || j != i + 1) return 0;
    if (cls(s, j) & C_WEEKEND) {
        int back = weekday(s->ref) >= 5 ? 0 : 7;
        f->d = rel_days(s, -back, TC_DATE_WEEK);
        return j + 1;
    }
    if ((cls(s, j) & C_DIR) && (s->lx[j]->dir == -2 || s->lx[j]->dir == -1)) {
        k = j + 1;
        long n = count_at(s, &k);
        /* "the last few years", "the past several months": a span of a vague count, read as
           three of the unit (session of 2026-12-07, the sixteenth, branch prec16) */
        if (n < 0 && (word_at(s, k, "few") || word_at(s, k, "several")) && (cls(s, k + 1) & C_UNIT))
            n = 3, k++;
        if (!(cls(s, k) & C_UNIT)) return 0;
        if (n < 0) { /* "the past week", not "the last decades" */
            if (s->tok[k].norm[s->tok[k].nlen - 1] == 's') return 0;
            n = 1;
        }
        f->kind = TC_WHEN_SINCE;
        f->d = shift(s, -n, s->lx[k]->unit);
        return k + 1;
    }
    return 0;
}

/* A bare year after a preposition. */
static uint32_t form_year(const scan *s, uint32_t i, int lic, found *f)
{
    int y = year_num(s, i, 1600, 2199);
    if (!y || !lic || !follow_ok(s, i + 1, F_LOOSE)) return 0;
    f->d = mkdate(y, 0, 0, TC_DATE_YEAR);
    return i + 1;
}

/* The date at token i, after the prepositions and edges (lic: a preposition or edge is right
 * before it). Returns the token after it, or 0. */
static uint32_t form(const scan *s, uint32_t i, int lic, found *f)
{
    uint32_t k;
    f->kind = TC_WHEN_POINT;
    if ((k = form_iso(s, i, f)) || (k = form_day_month(s, i, f)) || (k = form_month_day(s, i, f)) ||
        (k = form_month(s, i, lic, 99, f)) || (k = form_weekday(s, i, lic, 99, f)) ||
        (k = form_rel(s, i, f)) || (k = form_dir(s, i, f)) || (k = form_ago(s, i, f)) ||
        (k = form_the(s, i, f)) || (k = form_year(s, i, lic, f)))
        return k;
    return 0;
}

/* for [more than] seven months: a duration (not "for two years ago"). */
static uint32_t form_for(const scan *s, uint32_t i, found *f)
{
    uint32_t j = i + 1;
    while (j < i + 4 && (cls(s, j) & C_QUAL)) j++;
    long n = count_at(s, &j);
    if (!(cls(s, j) & C_UNIT) || (cls(s, j + 1) & C_AGO)) return 0;
    f->kind = TC_WHEN_DURATION;
    f->unit = (uint8_t)s->lx[j]->unit;
    f->amount = n > 0 ? (uint16_t)n : 0;
    f->d = n > 0 ? shift(s, -n, f->unit) : mkdate(0, 0, 0, 0);
    return j + 1;
}

static void finish(const scan *s, tc_when *w)
{
    int32_t first, last;
    w->lag = TC_WHEN_NOLAG;
    w->past = 0;
    w->head = TC_WHEN_NOHEAD;
    if (w->date.prec && !tc_date_valid(w->date)) w->date = mkdate(0, 0, 0, 0); /* past 9999 */
    if (!s->has_ref || tc_date_range(w->date, &first, &last)) return;
    w->lag = s->ref - last;
    w->past = w->kind == TC_WHEN_POINT && w->lag > TC_WHEN_PAST_AFTER(w->date.prec);
}

/* The expression starting at token i: prepositions, edges ("early", "mid-") and qualifiers,
 * then a form. Returns the token after it (0: none) and the result in *w. */
static uint32_t match(const scan *s, uint32_t i, tc_when *w, int *carry)
{
    found f = {0};
    uint32_t j = i, start = i, k = 0;
    int lic = *carry, since = 0, prep = 0, earlier = 0;
    *carry = 0;
    uint32_t qual = 0; /* where the qualifiers ("more than", "at least") begin, + 1 */
    if ((cls(s, i) & C_FOR) && (k = form_for(s, i, &f))) goto done;
    for (; j < s->n && j < i + 4; j++) {
        uint32_t c = cls(s, j);
        if (c & C_PREP) {
            if (prep) start = j; /* "sworn in on Sunday": the last preposition counts */
            prep = 1;
            lic = c & C_ON ? 2 : 1;
            since = (c & C_SINCE) != 0;
            if (!(c & C_SPAN) && start == j) start = j + 1;
        } else if (c & C_EDGE) {
            lic = 1;
            earlier |= s->tok[j].nlen == 7 && !memcmp(s->tok[j].norm, "earlier", 7);
            if (is_punct(s, j + 1, '-')) j++;
        } else if (c & C_QUAL) {
            lic = 0;
            if (!qual) qual = j + 1;
        } else
            break;
    }
    f.back = (uint8_t)since;
    if (j >= s->n || !(k = form(s, j, lic, &f))) return 0;
    if (start > j || (qual && !f.unit && start == qual - 1)) start = j;
    if (since && f.kind == TC_WHEN_POINT) f.kind = TC_WHEN_SINCE;
    if (!f.kind) f.d = mkdate(0, 0, 0, 0);
    *carry = lic;
done:
    w->tok0 = start;
    w->ntok = k - start;
    w->kind = f.kind;
    w->unit = f.unit;
    w->amount = f.amount;
    w->date = f.d;
    finish(s, w);
    /* "earlier this year" in an article of March or later: news would say "last month" or
       "earlier this month" of the weeks just gone, so the act lies months back (session past17);
       in January or February it may be of the last weeks */
    if (earlier && w->kind == TC_WHEN_POINT && w->date.prec == TC_DATE_YEAR && s->has_ref &&
        w->date.year == s->ry && s->rm >= 3)
        w->past = 1;
    return k;
}

#define MAX_TOKENS 2048

/* Whether an expression may start at token i: a date word or a number, or a preposition,
 * edge, qualifier or "the" before a word of the table or a number. Most words stop here. */
static int may_start(const scan *s, uint32_t i)
{
    uint32_t c = s->lx[i]->cls;
    if ((c & (C_MONTH | C_WDAY | C_REL | C_DIR | C_NUM)) || (s->tok[i].flags & TC_TOK_NUM))
        return 1;
    if (!(c & (C_PREP | C_EDGE | C_QUAL | C_THE)) || i + 1 >= s->n) return 0;
    return (s->lx[i + 1]->cls & ~(uint32_t)(C_FUNC | C_BLOCK)) ||
           (s->tok[i + 1].flags & (TC_TOK_NUM | TC_TOK_PUNCT)) || (s->lx[i + 1]->cls & C_THE);
}

int tc_when_scan(const tc_text *t, uint32_t sent, tc_date ref, tc_arena *a, tc_when **out,
                 size_t *n)
{
    *out = NULL;
    *n = 0;
    if (sent >= t->nsents) return TC_EUSAGE;
    pthread_once(&table_once, build_table);
    const tc_sentence *se = &t->sents[sent];
    const lex *lx[MAX_TOKENS];
    scan s = {t->toks + se->tok0, se->ntok < MAX_TOKENS ? se->ntok : MAX_TOKENS, lx, 0, 0, 0, 0};
    if (ref.prec >= TC_DATE_DAY && tc_date_valid(ref)) {
        s.has_ref = 1;
        s.ref = tc_when_days(ref.year, ref.month, ref.day);
        s.ry = ref.year;
        s.rm = ref.month;
    }
    uint32_t cand = 0;
    for (uint32_t i = 0; i < s.n; i++) {
        lx[i] = lookup(&s.tok[i]);
        cand |= lx[i]->cls | (s.tok[i].flags & TC_TOK_NUM);
    }
    if (!cand) return TC_OK;
    TC_VEC(tc_when) v = {0};
    int carry = 0; /* after "in January and": the preposition's licence, for "February" */
    for (uint32_t i = 0; i < s.n;) {
        tc_when w;
        uint32_t k = carry || may_start(&s, i) ? match(&s, i, &w, &carry) : 0;
        if (!k) {
            i++;
            carry = 0;
            continue;
        }
        w.tok0 += se->tok0;
        if (w.kind) TC_PUSH(a, v, w);
        i = k;
        if (carry && (cls(&s, k) & C_AND))
            i++;
        else
            carry = 0;
    }
    *out = v.v;
    *n = v.n;
    return TC_OK;
}

/* ---- the story's time ---------------------------------------------------------------------- */

int tc_when_story(const tc_text *t, uint32_t sent, tc_date ref, tc_arena *a, int anywhere,
                  tc_when *out)
{
    tc_when *w;
    size_t n;
    if (tc_when_scan(t, sent, ref, a, &w, &n) != TC_OK) return 0;
    const tc_sentence *se = &t->sents[sent];
    /* a sentence telling of the article's days as well sets no past time ("returned on Monday,
       five years after he was ousted in 2019") */
    for (size_t i = 0; i < n && anywhere; i++)
        if (w[i].kind == TC_WHEN_POINT && w[i].lag != TC_WHEN_NOLAG && w[i].lag >= 0 &&
            w[i].lag <= TC_WHEN_STORY_DAYS)
            anywhere = 0;
    for (size_t i = n; i-- > 0;) {
        if (w[i].kind != TC_WHEN_POINT || w[i].date.prec == TC_DATE_NONE) continue;
        /* a century is the time of what a thing shows or of history ("photographs that depicted
           life in the early 20th century"), too coarse to set the story's time */
        if (w[i].date.prec == TC_DATE_CENTURY) continue;
        /* a deadline or a bound ("would be out by September 11", "before 2020") times no act */
        static const char *const bounds[] = {"by", "until", "till", "before", "after", NULL};
        int bound = 0;
        for (const char *const *b = bounds; *b; b++) /* the expression's word or the one before */
            bound |= !strcmp(t->toks[w[i].tok0].norm, *b) ||
                     (w[i].tok0 > se->tok0 && !strcmp(t->toks[w[i].tok0 - 1].norm, *b));
        if (bound) continue;
        uint32_t end = w[i].tok0 + w[i].ntok;
        /* "Last year, Detrez posted ...": the time opening the sentence, set off by a comma; a
           capital shows where a heading the text ran into the sentence ends ("Japanese
           occupation photos Last year, Detrez posted") */
        const tc_token *k = &t->toks[w[i].tok0];
        int first = w[i].tok0 <= se->tok0 + 1 ||
                    (w[i].tok0 < se->tok0 + 8 && isupper((unsigned char)t->text[k->off]) &&
                     (lookup(k)->cls & (C_PREP | C_DIR | C_EDGE)));
        int opens = first && end < se->tok0 + se->ntok && !strcmp(t->toks[end].norm, ",");
        if (!opens && !anywhere) continue;
        *out = w[i];
        return 1;
    }
    return 0;
}

/* ---- the parse's attachment -------------------------------------------------------------- */

static int dates_rel(int rel)
{
    return rel == TC_REL_OBL || rel == TC_REL_OBL_UNMARKED || rel == TC_REL_NMOD ||
           rel == TC_REL_NMOD_UNMARKED || rel == TC_REL_NMOD_POSS || rel == TC_REL_ADVMOD;
}

void tc_when_attach(const tc_text *t, uint32_t sent, const tc_tree *tree, tc_when *w, size_t n)
{
    for (size_t e = 0; e < n; e++) {
        w[e].head = TC_WHEN_NOHEAD;
        uint32_t lo = w[e].tok0, hi = w[e].tok0 + w[e].ntok;
        for (uint32_t k = 0; k < tree->n; k++) {
            const tc_word *wd = &tree->w[k];
            if (wd->tok < lo || wd->tok >= hi || !wd->head || wd->head > tree->n) continue;
            uint32_t h = tree->w[wd->head - 1].tok;
            if (h >= lo && h < hi) continue;
            if (dates_rel(wd->rel)) w[e].head = h;
            break; /* the expression's head word: the first that attaches outside it */
        }
    }
}

/* ---- metadata dates ---------------------------------------------------------------------- */

typedef struct {
    const char *s;
    size_t n, i;
} cur;

static int at(const cur *c)
{
    return c->i < c->n ? (unsigned char)c->s[c->i] : -1;
}

static int is_alpha(int ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static int is_digit(int ch)
{
    return ch >= '0' && ch <= '9';
}

static void skip_space(cur *c)
{
    while (at(c) == ' ' || at(c) == '\t' || at(c) == '\n' || at(c) == '\r') c->i++;
}

/* Digits at the cursor: the value, their count in *nd (0: none; at most 4 are read). */
static int read_num(cur *c, int *nd)
{
    int v = 0;
    *nd = 0;
    while (is_digit(at(c)) && *nd < 5) v = v * 10 + (at(c) - '0'), c->i++, ++*nd;
    return *nd == 5 ? (*nd = 0, 0) : v;
}

/* Letters at the cursor, lower-cased into buf (at most 15 kept); their count. */
static size_t read_word(cur *c, char *buf)
{
    size_t k = 0;
    while (is_alpha(at(c))) {
        if (k < 15) buf[k] = (char)(at(c) | 0x20);
        k++, c->i++;
    }
    buf[k < 15 ? k : 15] = 0;
    return k;
}

static const char *const month_names[12] = {"january",   "february", "march",    "april",
                                            "may",       "june",     "july",     "august",
                                            "september", "october",  "november", "december"};
static const char *const day_names[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                         "friday", "saturday", "sunday"};

/* A full name or its first three letters ("sept" too); index + 1, or 0. */
static int name_index(const char *w, size_t k, const char *const *names, int n)
{
    for (int i = 0; i < n; i++)
        if (k >= 3 && k <= strlen(names[i]) && !strncmp(w, names[i], k) &&
            (k == 3 || k == strlen(names[i]) || (k == 4 && !strcmp(w, "sept"))))
            return i + 1;
    return 0;
}

/* Day month year ("05 Dec 2026", "5 December 2026"), cursor after the day. */
static int dmy(cur *c, int d, tc_date *out)
{
    char w[16];
    int ny;
    skip_space(c);
    if (at(c) == '-') c->i++;
    size_t k = read_word(c, w);
    int m = name_index(w, k, month_names, 12);
    if (!m) return 0;
    if (at(c) == '.') c->i++;
    skip_space(c);
    if (at(c) == '-') c->i++;
    int y = read_num(c, &ny);
    if (ny != 4) return 0;
    *out = mkdate(y, m, d, TC_DATE_DAY);
    return 1;
}

/* Month day, year ("Dec. 5, 2026", "December 5 2026"), cursor at the month. */
static int mdy(cur *c, tc_date *out)
{
    char w[16];
    int nd, ny;
    size_t k = read_word(c, w);
    int m = name_index(w, k, month_names, 12);
    if (!m) return 0;
    if (at(c) == '.') c->i++;
    skip_space(c);
    int d = read_num(c, &nd);
    if (nd < 1 || nd > 2) return 0;
    if (is_alpha(at(c))) {
        size_t s0 = c->i;
        k = read_word(c, w);
        if (k != 2 || (strcmp(w, "st") && strcmp(w, "nd") && strcmp(w, "rd") && strcmp(w, "th")))
            c->i = s0;
    }
    if (at(c) == ',') c->i++;
    skip_space(c);
    int y = read_num(c, &ny);
    if (ny != 4) return 0;
    *out = mkdate(y, m, d, TC_DATE_DAY);
    return 1;
}

/* 2026-12-05, 2026/12/05, 2026-12, 2026; cursor after the year. */
static int ymd(cur *c, int y, tc_date *out)
{
    int sep = at(c), nm, nd;
    if (sep != '-' && sep != '/') {
        *out = mkdate(y, 0, 0, TC_DATE_YEAR);
        return 1;
    }
    c->i++;
    int m = read_num(c, &nm);
    if (nm < 1 || nm > 2) return 0;
    if (at(c) != sep) {
        *out = mkdate(y, m, 0, TC_DATE_MONTH);
        return 1;
    }
    c->i++;
    int d = read_num(c, &nd);
    if (nd < 1 || nd > 2) return 0;
    *out = mkdate(y, m, d, TC_DATE_DAY);
    return 1;
}

static int parse_date(cur *c, tc_date *out)
{
    char w[16];
    int nd;
    skip_space(c);
    if (is_alpha(at(c))) {
        size_t s0 = c->i, k = read_word(c, w);
        if (!name_index(w, k, day_names, 7)) {
            c->i = s0;
            return mdy(c, out);
        }
        if (at(c) == '.') c->i++;
        if (at(c) == ',') c->i++;
        skip_space(c);
        if (is_alpha(at(c))) return mdy(c, out);
    }
    int v = read_num(c, &nd);
    if (nd == 4) return ymd(c, v, out);
    if (nd == 1 || nd == 2) return dmy(c, v, out);
    return 0;
}

int tc_when_parse_date(const char *s, size_t n, tc_date *out)
{
    cur c = {s, n, 0};
    *out = mkdate(0, 0, 0, TC_DATE_NONE);
    tc_date d;
    if (!s || !parse_date(&c, &d) || !tc_date_valid(d)) return TC_EPARSE;
    /* a year or a month alone must be the whole string; a day may have a time after it */
    int next = at(&c);
    if (d.prec == TC_DATE_DAY ? next != -1 && next != ' ' && next != '\t' && next != 'T' &&
                                    next != ',' && next != '\n' && next != '\r'
                              : (skip_space(&c), at(&c) != -1))
        return TC_EPARSE;
    *out = d;
    return TC_OK;
}
