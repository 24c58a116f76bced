/* export: event rows to TSV, CSV, JSON lines or a terminal table (see export.h).
 *
 * The machine formats are one loop over columns[] (what a row holds) and a line_style per
 * format (how a line opens, separates and closes, and how a text cell is written). Every
 * text goes through put_utf8, which hands ASCII bytes to the format's escaper and replaces
 * invalid UTF-8 with U+FFFD. The table cleans each field into a buffer and wraps it by
 * display width (utf8proc_charwidth). */
#include "export.h"

#include "arena.h"
#include "span.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <utf8proc.h>

/* COL_ACTOR: a text of an actor who may be absent (the target, the reporter): null in JSON
 * when the column's `code` (the actor's code; for the target's words, those words) is empty.
 * COL_BOOL: 0/1, false/true in JSON. COL_PLACE: the event's place, seven cells (place_columns[]) in
 * TSV and CSV, one object or null in JSON. */
enum {
    COL_TEXT,
    COL_DATE,
    COL_REAL,
    COL_INT,
    COL_ROWID,
    COL_FLAGS,
    COL_ACTOR,
    COL_BOOL,
    COL_PLACE
};

/* The TC_EV_* flags by name: a reader of --keep-flagged output tells a hypothetical from a
 * fact without knowing bit numbers. */
static const struct {
    unsigned bit;
    const char *name;
} flag_names[] = {
    {TC_EV_NEGATED, "negated"},
    {TC_EV_HYPOTHETICAL, "hypothetical"},
    {TC_EV_REPORTED, "reported"},
    {TC_EV_PAST, "past"},
};

#define TGT offsetof(tc_event_row, tgt_code)
#define REP offsetof(tc_event_row, reporter_code)
static const struct column {
    const char *name;
    int type;
    size_t off;  /* offsetof the field in tc_event_row */
    size_t code; /* COL_ACTOR: offsetof the actor's code */
} columns[] = {
    {"id", COL_TEXT, offsetof(tc_event_row, id), 0},
    {"date", COL_DATE, offsetof(tc_event_row, date), 0},
    {"src_code", COL_TEXT, offsetof(tc_event_row, src_code), 0},
    {"src_name", COL_TEXT, offsetof(tc_event_row, src_name), 0},
    {"tgt_code", COL_ACTOR, offsetof(tc_event_row, tgt_code), TGT},
    {"tgt_name", COL_ACTOR, offsetof(tc_event_row, tgt_name), TGT},
    {"code", COL_TEXT, offsetof(tc_event_row, code), 0},
    {"root", COL_TEXT, offsetof(tc_event_row, root), 0},
    {"goldstein", COL_REAL, offsetof(tc_event_row, goldstein), 0},
    {"quad", COL_INT, offsetof(tc_event_row, quad), 0},
    {"plover", COL_TEXT, offsetof(tc_event_row, plover), 0},
    {"mode", COL_TEXT, offsetof(tc_event_row, mode), 0},
    {"flags", COL_FLAGS, offsetof(tc_event_row, flags), 0},
    {"past", COL_BOOL, offsetof(tc_event_row, past), 0},
    {"event_date", COL_DATE, offsetof(tc_event_row, event_date), 0},
    {"date_precision", COL_TEXT, offsetof(tc_event_row, date_precision), 0},
    {"date_source", COL_TEXT, offsetof(tc_event_row, date_source), 0},
    {"article_date_source", COL_TEXT, offsetof(tc_event_row, article_date_source), 0},
    {"reporter_code", COL_ACTOR, offsetof(tc_event_row, reporter_code), REP},
    {"reporter_name", COL_ACTOR, offsetof(tc_event_row, reporter_name), REP},
    {"place", COL_PLACE, 0, 0},
    {"outlet", COL_TEXT, offsetof(tc_event_row, outlet), 0},
    {"url", COL_TEXT, offsetof(tc_event_row, url), 0},
    {"input", COL_TEXT, offsetof(tc_event_row, input), 0},
    {"article_id", COL_ROWID, offsetof(tc_event_row, article_id), 0},
    {"src_text", COL_TEXT, offsetof(tc_event_row, src_text), 0},
    /* the words aimed at, even when no dictionary codes them ("detained 18 people") */
    {"tgt_text", COL_ACTOR, offsetof(tc_event_row, tgt_text), offsetof(tc_event_row, tgt_text)},
    {"reporter_text", COL_ACTOR, offsetof(tc_event_row, reporter_text), REP},
    {"sentence", COL_TEXT, offsetof(tc_event_row, sentence), 0},
};
#define N_COLUMNS (sizeof columns / sizeof columns[0])

/* The place's cells, in order: their TSV and CSV names, their JSON keys. Absent parts (no
 * subdivision, no country) are empty cells and null in JSON. */
#define PL(f) offsetof(tc_event_row, f)
static const struct place_column {
    const char *name, *key;
    int real;
    size_t off;
} place_columns[] = {
    {"place_name", "name", 0, PL(place_name)},
    {"place_admin1", "admin1", 0, PL(place_admin1)},
    {"place_country", "country", 0, PL(place_country)},
    {"place_lat", "lat", 1, PL(place_lat)},
    {"place_lon", "lon", 1, PL(place_lon)},
    {"place_precision", "precision", 0, PL(place_precision)},
    {"place_source", "source", 0, PL(place_source)},
};
#define N_PLACE_COLUMNS (sizeof place_columns / sizeof place_columns[0])

static void put_tsv(FILE *f, const char *s);
static void put_csv(FILE *f, const char *s);
static void put_json(FILE *f, const char *s);

static const struct line_style {
    const char *name;
    const char *open, *sep, *close;
    void (*text)(FILE *f, const char *s);
    int header; /* a first line naming the columns */
    int json;   /* cells are "key":value; unknown dates and article ids are null */
} styles[] = {
    [TC_FMT_TABLE] = {"table", NULL, NULL, NULL, NULL, 0, 0},
    [TC_FMT_TSV] = {"tsv", "", "\t", "\n", put_tsv, 1, 0},
    [TC_FMT_CSV] = {"csv", "", ",", "\r\n", put_csv, 1, 0},
    [TC_FMT_JSONL] = {"jsonl", "{", ",", "}\n", put_json, 0, 1},
    [TC_FMT_GEOJSON] = {"geojson", "{", ",", "}", put_json, 0, 1},
};
#define N_STYLES (sizeof styles / sizeof styles[0])

#define TABLE_INDENT         4
#define TABLE_SENTENCE_LINES 5

struct tc_exporter {
    FILE *f;
    const struct line_style *style;
    int width; /* table: display columns of a line */
    char *buf; /* table: the line being built */
    size_t len, cap;
    int geo;     /* GeoJSON: the rows are features of one collection */
    size_t rows; /* rows written */
};

int tc_format_parse(const char *name, tc_format *out)
{
    for (size_t i = 0; name && i < N_STYLES; i++) {
        if (strcmp(name, styles[i].name) == 0) {
            *out = (tc_format)i;
            return TC_OK;
        }
    }
    return TC_EUSAGE;
}

const char *tc_format_names(void)
{
    return "table, tsv, csv, jsonl, geojson";
}

/* Writes s as UTF-8: ASCII through ascii(), valid sequences as they are, each invalid byte
 * as U+FFFD. */
static void put_utf8(FILE *f, const char *s, void (*ascii)(FILE *f, unsigned char c))
{
    size_t n = strlen(s), i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            ascii(f, c);
            i++;
            continue;
        }
        int len;
        if (tc_utf8_decode(s + i, n - i, &len) < 0)
            fputs("\xEF\xBF\xBD", f);
        else
            fwrite(s + i, 1, (size_t)len, f);
        i += (size_t)len;
    }
}

/* Control characters have no business in a table a terminal may show: they become spaces. */
static void tsv_ascii(FILE *f, unsigned char c)
{
    putc(c < 0x20 || c == 0x7F ? ' ' : c, f);
}

static void put_tsv(FILE *f, const char *s)
{
    put_utf8(f, s, tsv_ascii);
}

static void csv_ascii(FILE *f, unsigned char c)
{
    if (c == '"') putc('"', f);
    if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F) c = ' ';
    putc(c, f);
}

static void put_csv(FILE *f, const char *s)
{
    int quote = strpbrk(s, ",\"\r\n") != NULL;
    if (quote) putc('"', f);
    put_utf8(f, s, csv_ascii);
    if (quote) putc('"', f);
}

static void json_ascii(FILE *f, unsigned char c)
{
    switch (c) {
    case '"':
        fputs("\\\"", f);
        break;
    case '\\':
        fputs("\\\\", f);
        break;
    case '\n':
        fputs("\\n", f);
        break;
    case '\r':
        fputs("\\r", f);
        break;
    case '\t':
        fputs("\\t", f);
        break;
    default:
        if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            putc(c, f);
    }
}

static void put_json(FILE *f, const char *s)
{
    putc('"', f);
    put_utf8(f, s, json_ascii);
    putc('"', f);
}

void tc_event_flags_text(unsigned flags, char sep, char out[64])
{
    char between[2] = {sep, 0};
    out[0] = 0;
    for (size_t i = 0; i < sizeof flag_names / sizeof *flag_names; i++) {
        if (!(flags & flag_names[i].bit)) continue;
        if (out[0]) strcat(out, between);
        strcat(out, flag_names[i].name);
    }
}

static void put_real(FILE *f, const struct line_style *st, double v)
{
    char num[40];
    /* Always with a point, so that JSON readers see one type: -2.0, not -2. */
    snprintf(num, sizeof num, "%.15g", v);
    if (!strpbrk(num, ".e")) strcat(num, ".0");
    if (isfinite(v))
        fputs(num, f);
    else if (st->json)
        fputs("null", f);
}

static int has_place(const tc_event_row *r)
{
    return r->place_precision && *r->place_precision && strcmp(r->place_precision, "unknown");
}

/* The place's cells (TSV, CSV: separated by st->sep; without a place only the precision,
 * "unknown", and the source, "none", as stored) or its JSON object (null without a place). */
static void put_place(FILE *f, const struct line_style *st, const tc_event_row *r)
{
    int has = has_place(r);
    if (st->json && !has) {
        fputs("null", f);
        return;
    }
    if (st->json) putc('{', f);
    for (size_t i = 0; i < N_PLACE_COLUMNS; i++) {
        const struct place_column *c = &place_columns[i];
        const char *p = (const char *)r + c->off;
        if (i) fputs(st->sep, f);
        if (st->json) {
            put_json(f, c->key);
            putc(':', f);
        }
        if (c->real) {
            if (has)
                put_real(f, st, *(const double *)p);
            else if (st->json)
                fputs("null", f);
            continue;
        }
        const char *v = *(const char *const *)p; /* without a place: "unknown", "none" */
        if (st->json && (!v || !*v))
            fputs("null", f);
        else
            st->text(f, v ? v : "");
    }
    if (st->json) putc('}', f);
}

static void put_cell(FILE *f, const struct line_style *st, const struct column *c,
                     const tc_event_row *r)
{
    const char *p = (const char *)r + c->off;
    char flags[64];
    switch (c->type) {
    case COL_TEXT:
    case COL_DATE:
    case COL_ACTOR: {
        const char *s = *(const char *const *)p;
        const char *code =
            c->type == COL_ACTOR ? *(const char *const *)((const char *)r + c->code) : NULL;
        /* An unknown date is no date, an absent actor no actor: null in JSON, an empty cell
         * elsewhere. */
        if (st->json &&
            ((c->type == COL_DATE && (!s || !*s)) || (c->type == COL_ACTOR && (!code || !*code))))
            fputs("null", f);
        else
            st->text(f, s ? s : "");
        break;
    }
    case COL_BOOL:
        fputs(*(const int *)p ? (st->json ? "true" : "1") : (st->json ? "false" : "0"), f);
        break;
    case COL_REAL:
        put_real(f, st, *(const double *)p);
        break;
    case COL_INT:
        fprintf(f, "%d", *(const int *)p);
        break;
    case COL_ROWID: {
        int64_t id = *(const int64_t *)p;
        if (id > 0)
            fprintf(f, "%lld", (long long)id);
        else if (st->json)
            fputs("null", f); /* tocsin code: the article is not stored */
        break;
    }
    case COL_FLAGS:
        tc_event_flags_text(*(const unsigned *)p, '|', flags);
        st->text(f, flags);
        break;
    case COL_PLACE:
        put_place(f, st, r);
        break;
    }
}

/* The columns of a line in style st, through fn. */
static void line_each(FILE *f, const struct line_style *st, const tc_event_row *r,
                      void (*fn)(FILE *f, const struct line_style *st, const struct column *c,
                                 const tc_event_row *r))
{
    int first = 1;
    fputs(st->open, f);
    for (size_t i = 0; i < N_COLUMNS; i++) {
        if (!first) fputs(st->sep, f);
        first = 0;
        fn(f, st, &columns[i], r);
    }
    fputs(st->close, f);
}

static void put_name(FILE *f, const struct line_style *st, const struct column *c,
                     const tc_event_row *r)
{
    if (c->type != COL_PLACE) {
        st->text(f, c->name);
        return;
    }
    for (size_t i = 0; i < N_PLACE_COLUMNS; i++) {
        if (i) fputs(st->sep, f);
        st->text(f, place_columns[i].name);
    }
}

static void put_field(FILE *f, const struct line_style *st, const struct column *c,
                      const tc_event_row *r)
{
    if (st->json) {
        put_json(f, c->name);
        putc(':', f);
    }
    put_cell(f, st, c, r);
}

static int table_width(FILE *f)
{
    const char *env = getenv("COLUMNS");
    long w = env ? strtol(env, NULL, 10) : 0;
    struct winsize ws;
    if (w <= 0 && isatty(fileno(f)) && ioctl(fileno(f), TIOCGWINSZ, &ws) == 0) w = ws.ws_col;
    if (w <= 0) w = 100;
    return w < 40 ? 40 : w > 1000 ? 1000 : (int)w;
}

static void buf_add(tc_exporter *x, const char *s, size_t n)
{
    if (x->len + n + 1 > x->cap) {
        x->cap = (x->len + n + 1) * 2;
        x->buf = tc_xrealloc(x->buf, x->cap);
    }
    memcpy(x->buf + x->len, s, n);
    x->len += n;
    x->buf[x->len] = 0;
}

/* Appends s with white space runs made one space, control characters (C0, DEL, C1)
 * treated as space, invalid UTF-8 as U+FFFD: nothing in the news can move the cursor. */
static void buf_clean(tc_exporter *x, const char *s)
{
    size_t n = s ? strlen(s) : 0, i = 0;
    int space = 0, any = 0;
    while (i < n) {
        int len;
        int32_t cp = tc_utf8_decode(s + i, n - i, &len);
        if (cp >= 0 && (cp <= 0x20 || (cp >= 0x7F && cp < 0xA0) || tc_is_space_cp(cp))) {
            space = 1;
        } else {
            if (space && any) buf_add(x, " ", 1);
            space = 0;
            any = 1;
            buf_add(x, cp < 0 ? "\xEF\xBF\xBD" : s + i, cp < 0 ? 3 : (size_t)len);
        }
        i += (size_t)len;
    }
}

/* Bytes of the longest prefix of s[0..n) that fits in cols display columns, ending at a
 * space when one can (and when words is set); at least one character. */
static size_t fit(const char *s, size_t n, int cols, int words)
{
    size_t i = 0, last_space = 0;
    int used = 0;
    while (i < n) {
        int len;
        int32_t cp = tc_utf8_decode(s + i, n - i, &len);
        int w = cp < 0 ? 1 : utf8proc_charwidth(cp);
        if (used + w > cols) break;
        if (cp == ' ') last_space = i;
        used += w;
        i += (size_t)len;
    }
    if (i < n && words && last_space > 0 && s[i] != ' ') i = last_space;
    if (i == 0 && n > 0) {
        int len;
        tc_utf8_decode(s, n, &len);
        i = (size_t)len;
    }
    return i;
}

/* Writes the built line wrapped to the width at indent, at most max_lines lines; text that
 * does not fit is cut with an ellipsis. Empties the buffer. */
static void buf_emit(tc_exporter *x, int indent, int max_lines)
{
    int avail = x->width - indent;
    size_t i = 0, n = x->len;
    for (int line = 0; i < n && line < max_lines; line++) {
        size_t take = fit(x->buf + i, n - i, avail, 1);
        int cut = line == max_lines - 1 && i + take < n;
        if (cut) take = fit(x->buf + i, n - i, avail - 1, 1);
        size_t shown = take;
        while (shown && x->buf[i + shown - 1] == ' ') shown--;
        fprintf(x->f, "%*s%.*s%s\n", indent, "", (int)shown, x->buf + i, cut ? "\xE2\x80\xA6" : "");
        i += take;
        while (i < n && x->buf[i] == ' ') i++;
    }
    x->len = 0;
}

/* "AZEGOV (Azerbaijan)", or the code alone when the name adds nothing or is not wanted. */
static void buf_actor(tc_exporter *x, const char *code, const char *name, int names)
{
    buf_clean(x, code && *code ? code : "-");
    if (names && name && *name && strcmp(name, code ? code : "") != 0) {
        buf_add(x, " (", 2);
        buf_clean(x, name);
        buf_add(x, ")", 1);
    }
}

/* date  source  code  target  goldstein */
static void buf_head(tc_exporter *x, const tc_event_row *r, int names)
{
    char num[32];
    x->len = 0;
    buf_clean(x, r->date && *r->date ? r->date : "----------");
    buf_add(x, "  ", 2);
    buf_actor(x, r->src_code, r->src_name, names);
    buf_add(x, "  ", 2);
    buf_clean(x, r->code && *r->code ? r->code : "-");
    buf_add(x, "  ", 2);
    buf_actor(x, r->tgt_code, r->tgt_name, names);
    snprintf(num, sizeof num, "  %+.1f", isfinite(r->goldstein) ? r->goldstein : 0.0);
    buf_add(x, num, strlen(num));
    char flags[64];
    tc_event_flags_text(r->flags, '|', flags);
    if (flags[0]) {
        buf_add(x, "  [", 3);
        buf_add(x, flags, strlen(flags));
        buf_add(x, "]", 1);
    }
}

/* "in Stepanakert, Xankandi, AZE (point, clause)": the place, its subdivision (unless it
 * is named alike: "Yerevan, Yerevan") and its country's code (a country is named once), its
 * precision and where the coder found it. */
static void buf_place(tc_exporter *x, const tc_event_row *r)
{
    buf_add(x, "in ", 3);
    buf_clean(x, r->place_name);
    if (r->place_admin1 && *r->place_admin1 && strcmp(r->place_admin1, r->place_name) != 0) {
        buf_add(x, ", ", 2);
        buf_clean(x, r->place_admin1);
    }
    if (r->place_country && *r->place_country && strcmp(r->place_precision, "country") != 0) {
        buf_add(x, ", ", 2);
        buf_clean(x, r->place_country);
    }
    buf_add(x, " (", 2);
    buf_clean(x, r->place_precision);
    if (r->place_source && *r->place_source) {
        buf_add(x, ", ", 2);
        buf_clean(x, r->place_source);
    }
    buf_add(x, ")", 1);
}

/* "happened 2020 (year)  in Lachin, AZE (point, clause)  reported by RUSGOV (Russia)": what
 * the head line leaves out, when the event has a date of its own, a place or a reporter;
 * empty otherwise. */
static void buf_details(tc_exporter *x, const tc_event_row *r)
{
    x->len = 0;
    if (r->event_date && *r->event_date && strcmp(r->event_date, r->date ? r->date : "") != 0) {
        buf_add(x, "happened ", 9);
        buf_clean(x, r->event_date);
        if (r->date_precision &&
            (!strcmp(r->date_precision, "decade") || !strcmp(r->date_precision, "century")))
            buf_add(x, "s", 1);
        if (r->date_precision && *r->date_precision) {
            buf_add(x, " (", 2);
            buf_clean(x, r->date_precision);
            buf_add(x, ")", 1);
        }
    }
    if (has_place(r)) {
        if (x->len) buf_add(x, "  ", 2);
        buf_place(x, r);
    }
    if (r->reporter_code && *r->reporter_code) {
        if (x->len) buf_add(x, "  ", 2);
        buf_add(x, "reported by ", 12);
        buf_actor(x, r->reporter_code, r->reporter_name, 1);
    }
}

static void table_row(tc_exporter *x, const tc_event_row *r)
{
    buf_head(x, r, 1);
    /* On a narrow terminal the names go before the Goldstein value is cut. */
    if (fit(x->buf, x->len, x->width, 0) < x->len) buf_head(x, r, 0);
    buf_emit(x, 0, 1);
    buf_details(x, r);
    buf_emit(x, TABLE_INDENT, 1);
    buf_clean(x, r->sentence);
    buf_emit(x, TABLE_INDENT, TABLE_SENTENCE_LINES);
    buf_clean(x, r->outlet);
    if (r->url && *r->url) {
        if (x->len) buf_add(x, "  ", 2);
        buf_clean(x, r->url);
    }
    buf_emit(x, TABLE_INDENT, 1);
    putc('\n', x->f);
}

tc_exporter *tc_export_new(FILE *f, tc_format fmt)
{
    tc_exporter *x = tc_xcalloc(1, sizeof *x);
    x->f = f;
    x->style = &styles[(size_t)fmt < N_STYLES ? fmt : TC_FMT_TABLE];
    if (fmt == TC_FMT_TABLE) x->width = table_width(f);
    if (x->style->header) line_each(f, x->style, NULL, put_name);
    x->geo = fmt == TC_FMT_GEOJSON;
    if (x->geo) fputs("{\"type\":\"FeatureCollection\",\"features\":[", f);
    return x;
}

/* A GeoJSON feature's opening: its geometry, the event's place or null. */
static void geo_open(FILE *f, const tc_event_row *r)
{
    fputs("{\"type\":\"Feature\",\"geometry\":", f);
    if (has_place(r) && isfinite(r->place_lat) && isfinite(r->place_lon))
        fprintf(f, "{\"type\":\"Point\",\"coordinates\":[%.5f,%.5f]}", r->place_lon, r->place_lat);
    else
        fputs("null", f);
    fputs(",\"properties\":", f);
}

void tc_export_row(tc_exporter *x, const tc_event_row *r)
{
    if (x->geo) {
        fputs(x->rows ? ",\n" : "\n", x->f);
        geo_open(x->f, r);
        line_each(x->f, x->style, r, put_field);
        putc('}', x->f);
    } else if (x->style->text) {
        line_each(x->f, x->style, r, put_field);
    } else {
        table_row(x, r);
    }
    x->rows++;
}

int tc_export_end(tc_exporter *x)
{
    if (x->geo) fputs("\n]}\n", x->f);
    int bad = fflush(x->f) != 0 || ferror(x->f);
    free(x->buf);
    free(x);
    return bad ? TC_EIO : TC_OK;
}
