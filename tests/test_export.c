/* Tests of export: exact TSV and CSV, JSON lines that parse, a table that fits the width. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "export.h"
#include "gdelt.h"
#include "hash.h"

#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define FFFD "\xEF\xBF\xBD"

static const tc_event_row plain = {
    .id = "0123456789abcdef",
    .date = "2023-09-19",
    .url = "https://example.org/a",
    .outlet = "Example News",
    .title = "Blockade",
    .input = "feed.jsonl:3",
    .src_code = "AZEGOV",
    .src_name = "Azerbaijan",
    .src_text = "Azerbaijan",
    .tgt_code = "ARMGOV",
    .tgt_name = "Armenia",
    .tgt_text = "Armenia",
    .code = "191",
    .root = "19",
    .plover = "COERCE",
    .mode = "restrict",
    .event_date = "2023-09-19",
    .date_precision = "day",
    .date_source = "article",
    .article_date_source = "jsonl",
    .reporter_code = "",
    .reporter_name = "",
    .reporter_text = "",
    .place_name = "Lachin",
    .place_admin1 = "Lachin District",
    .place_country = "AZE",
    .place_lat = 39.64,
    .place_lon = 46.55,
    .place_precision = "point",
    .place_source = "clause",
    .sentence = "Azerbaijan blockaded Armenia.",
    .goldstein = -9.5,
    .quad = 4,
    .flags = 0,
    .article_id = 7,
};

/* Every awkward byte a field can hold: tab, quote, comma, CR, LF, a control, invalid UTF-8. */
static const tc_event_row odd = {
    .id = "fedcba9876543210",
    .date = "",
    .url = "https://x.org/?a=1&b=\"2\"",
    .outlet = "News, Inc.",
    .title = "",
    .src_code = "RUSGOV",
    .src_name = "Russia",
    .src_text = "Rus\tsia",
    .tgt_code = "AZEGOV",
    .tgt_name = "Azerbaijan",
    .tgt_text = "say \"hi\"",
    .code = "111",
    .root = "11",
    .plover = "ACCUSE",
    .mode = "",
    .event_date = "",
    .date_precision = "none",
    .date_source = "none",
    .article_date_source = "none",
    .reporter_code = "ARMGOV",
    .reporter_name = "Armenia",
    .reporter_text = "Yere\tvan, \"officials\"",
    .place_name = "Nagorno-Karabakh, \"Artsakh\"",
    .place_admin1 = "",
    .place_country = "AZE",
    .place_lat = 39.8,
    .place_lon = -0.5,
    .place_precision = "subdivision",
    .place_source = "article",
    .sentence = "line one\nline two, \xff\xfe bad \"q\"\r\nend\x01 \\ caf\xc3\xa9",
    .goldstein = -2,
    .quad = 3,
    .flags = TC_EV_REPORTED | TC_EV_HYPOTHETICAL,
};

/* A one-sided event of long ago, reported: no target, its own date a year, past; no place (its
 * place fields NULL, as in a row made before places). */
static const tc_event_row past = {
    .id = "00000000000000ff",
    .date = "2023-09-19",
    .url = "",
    .outlet = "",
    .title = "",
    .input = "x.txt",
    .src_code = "ARMGOV",
    .src_name = "Armenia",
    .src_text = "the prime minister",
    .tgt_code = "",
    .tgt_name = "",
    .tgt_text = "",
    .code = "0343",
    .root = "03",
    .plover = "",
    .mode = "",
    .event_date = "2020",
    .date_precision = "year",
    .date_source = "clause",
    .article_date_source = "meta",
    .reporter_code = "RUSGOV",
    .reporter_name = "Russia",
    .reporter_text = "Moscow",
    .sentence = "Moscow said the prime minister resigned in 2020.",
    .goldstein = 0,
    .quad = 1,
    .flags = TC_EV_REPORTED | TC_EV_PAST,
    .past = 1,
    .place_lat = 12.5, /* no precision: no place, whatever the coordinates */
};

/* The output of fmt on rows, NUL-terminated, to free. */
static char *export(tc_format fmt, const tc_event_row *const *rows, size_t n)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    tc_exporter *x = tc_export_new(f, fmt);
    for (size_t i = 0; i < n; i++) tc_export_row(x, rows[i]);
    assert_int_equal(tc_export_end(x), TC_OK);
    fclose(f);
    return buf;
}

static const tc_event_row *const three[] = {&plain, &odd, &past};

static void test_parse(void **state)
{
    tc_format f = TC_FMT_TSV;
    assert_int_equal(tc_format_parse("table", &f), 0);
    assert_int_equal(f, TC_FMT_TABLE);
    assert_int_equal(tc_format_parse("csv", &f), 0);
    assert_int_equal(f, TC_FMT_CSV);
    assert_int_equal(tc_format_parse("jsonl", &f), 0);
    assert_int_equal(f, TC_FMT_JSONL);
    assert_int_equal(tc_format_parse("tsv", &f), 0);
    assert_int_equal(f, TC_FMT_TSV);
    assert_int_equal(tc_format_parse("xml", &f), TC_EUSAGE);
    assert_int_equal(tc_format_parse("", &f), TC_EUSAGE);
    assert_int_equal(tc_format_parse(NULL, &f), TC_EUSAGE);
    assert_int_equal(f, TC_FMT_TSV);
    assert_non_null(strstr(tc_format_names(), "jsonl"));
}

static const char header[] =
    "id\tdate\tsrc_code\tsrc_name\ttgt_code\ttgt_name\tcode\troot"
    "\tgoldstein\tquad\tplover\tmode\tflags\tpast\tevent_date"
    "\tdate_precision\tdate_source\tarticle_date_source\treporter_code\treporter_name\tplace_name"
    "\tplace_admin1\tplace_country\tplace_lat\tplace_lon\tplace_precision\tplace_source"
    "\toutlet\turl\tinput"
    "\tarticle_id\tsrc_text\ttgt_text\treporter_text\tsentence\n";

static void test_tsv(void **state)
{
    char *out = export(TC_FMT_TSV, three, 3);
    char want[2048];
    snprintf(
        want, sizeof want, "%s%s", header,
        "0123456789abcdef\t2023-09-19\tAZEGOV\tAzerbaijan\tARMGOV\tArmenia\t191\t19\t-9.5"
        "\t4\tCOERCE\trestrict\t\t0\t2023-09-19\tday\tarticle\tjsonl\t\t\tLachin\tLachin District"
        "\tAZE\t39.64\t46.55\tpoint\tclause\tExample News"
        "\thttps://example.org/a\tfeed.jsonl:3\t7\tAzerbaijan\tArmenia\t"
        "\tAzerbaijan blockaded Armenia.\n"
        "fedcba9876543210\t\tRUSGOV\tRussia\tAZEGOV\tAzerbaijan\t111\t11\t-2.0\t3"
        "\tACCUSE\t\thypothetical|reported\t0\t\tnone\tnone\tnone\tARMGOV\tArmenia"
        "\tNagorno-Karabakh, \"Artsakh\"\t\tAZE\t39.8\t-0.5\tsubdivision\tarticle\tNews, Inc."
        "\thttps://x.org/?a=1&b=\"2\"\t\t\tRus sia\tsay \"hi\"\tYere van, \"officials\""
        "\tline one line two, " FFFD FFFD " bad \"q\"  end  \\ caf\xc3\xa9\n"
        "00000000000000ff\t2023-09-19\tARMGOV\tArmenia\t\t\t0343\t03\t0.0\t1\t\t"
        "\treported|past\t1\t2020\tyear\tclause\tmeta\tRUSGOV\tRussia\t\t\t\t\t\t\t\t\t\tx.txt\t\t"
        "the prime minister"
        "\t\tMoscow\tMoscow said the prime minister resigned in 2020.\n");
    assert_string_equal(out, want);
    free(out);
}

static void test_csv(void **state)
{
    char *out = export(TC_FMT_CSV, three, 3);
    const char *want =
        "id,date,src_code,src_name,tgt_code,tgt_name,code,root,goldstein,quad,plover,mode,flags,"
        "past,event_date,date_precision,date_source,article_date_source,reporter_code,reporter_"
        "name,"
        "place_name,place_admin1,place_country,place_lat,place_lon,place_precision,place_source,"
        "outlet,url,"
        "input,article_id,"
        "src_text,tgt_text,reporter_text,sentence\r\n"
        "0123456789abcdef,2023-09-19,AZEGOV,Azerbaijan,ARMGOV,Armenia,191,19,-9.5,4,COERCE,"
        "restrict,,0,2023-09-19,day,article,jsonl,,,Lachin,Lachin "
        "District,AZE,39.64,46.55,point,clause,"
        "Example News,https://example.org/a,feed.jsonl:3,7,"
        "Azerbaijan,Armenia,,Azerbaijan blockaded Armenia.\r\n"
        "fedcba9876543210,,RUSGOV,Russia,AZEGOV,Azerbaijan,111,11,-2.0,3,ACCUSE,,"
        "hypothetical|reported,0,,none,none,none,ARMGOV,Armenia,"
        "\"Nagorno-Karabakh, \"\"Artsakh\"\"\",,AZE,39.8,-0.5,subdivision,article,\"News, Inc.\","
        "\"https://x.org/?a=1&b=\"\"2\"\"\",,,Rus\tsia,\"say \"\"hi\"\"\","
        "\"Yere\tvan, \"\"officials\"\"\",\"line one\nline two, " FFFD FFFD
        " bad \"\"q\"\"\r\nend  \\ caf\xc3\xa9\"\r\n"
        "00000000000000ff,2023-09-19,ARMGOV,Armenia,,,0343,03,0.0,1,,,reported|past,1,2020,year,"
        "clause,meta,"
        "RUSGOV,Russia,,,,,,,,,,x.txt,,the prime minister,,Moscow,"
        "Moscow said the prime minister resigned in 2020.\r\n";
    assert_string_equal(out, want);
    free(out);
}

/* key holds the string want, or null when absent is set. */
static void check_json_text(json_t *o, const char *key, const char *want, int absent)
{
    json_t *v = json_object_get(o, key);
    if (!v) fail_msg("no key %s", key);
    if (absent) {
        if (!json_is_null(v)) fail_msg("%s: not null", key);
        return;
    }
    if (!json_is_string(v)) fail_msg("%s: not a string", key);
    assert_string_equal(json_string_value(v), want);
}

/* The place: null without one, else an object of seven keys; an empty part is null. */
static void check_json_place(json_t *p, const tc_event_row *r)
{
    if (!p) fail_msg("no key place");
    if (!r->place_precision || !*r->place_precision) {
        assert_true(json_is_null(p));
        return;
    }
    assert_true(json_is_object(p));
    assert_int_equal(json_object_size(p), 7);
    check_json_text(p, "name", r->place_name, 0);
    check_json_text(p, "admin1", r->place_admin1, !*r->place_admin1);
    check_json_text(p, "country", r->place_country, !*r->place_country);
    check_json_text(p, "precision", r->place_precision, 0);
    check_json_text(p, "source", r->place_source, !*r->place_source);
    assert_true(json_is_real(json_object_get(p, "lat")));
    assert_true(json_real_value(json_object_get(p, "lat")) == r->place_lat);
    assert_true(json_is_real(json_object_get(p, "lon")));
    assert_true(json_real_value(json_object_get(p, "lon")) == r->place_lon);
}

static void check_json_row(json_t *o, const tc_event_row *r, const char *sentence,
                           const char *src_text, const char *reporter_text, const char *flags)
{
    assert_true(json_is_object(o));
    assert_int_equal(json_object_size(o), 29);
    static const char *const keys[] = {
        "id",   "src_code", "src_name", "code",           "root",        "plover",
        "mode", "outlet",   "url",      "date_precision", "date_source", "article_date_source"};
    const char *const vals[] = {r->id,   r->src_code,       r->src_name,    r->code,
                                r->root, r->plover,         r->mode,        r->outlet,
                                r->url,  r->date_precision, r->date_source, r->article_date_source};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        check_json_text(o, keys[i], vals[i], 0);
    check_json_text(o, "sentence", sentence, 0);
    check_json_text(o, "src_text", src_text, 0);
    /* No target, no reporter: null, not "" */
    int no_tgt = !*r->tgt_code, no_rep = !*r->reporter_code;
    check_json_text(o, "tgt_code", r->tgt_code, no_tgt);
    check_json_text(o, "tgt_name", r->tgt_name, no_tgt);
    check_json_text(o, "tgt_text", r->tgt_text, no_tgt);
    check_json_text(o, "reporter_code", r->reporter_code, no_rep);
    check_json_text(o, "reporter_name", r->reporter_name, no_rep);
    check_json_text(o, "reporter_text", reporter_text, no_rep);
    assert_true(json_is_real(json_object_get(o, "goldstein")));
    assert_true(json_real_value(json_object_get(o, "goldstein")) == r->goldstein);
    assert_true(json_is_integer(json_object_get(o, "quad")));
    assert_int_equal(json_integer_value(json_object_get(o, "quad")), r->quad);
    assert_true(json_is_boolean(json_object_get(o, "past")));
    assert_int_equal(json_is_true(json_object_get(o, "past")), r->past);
    check_json_text(o, "flags", flags, 0);
    check_json_text(o, "input", r->input ? r->input : "", 0);
    /* "" is not a date, 0 not an article: null */
    check_json_text(o, "date", r->date, !*r->date);
    check_json_text(o, "event_date", r->event_date, !*r->event_date);
    if (r->article_id)
        assert_int_equal(json_integer_value(json_object_get(o, "article_id")), r->article_id);
    else
        assert_true(json_is_null(json_object_get(o, "article_id")));
    check_json_place(json_object_get(o, "place"), r);
}

static void test_jsonl(void **state)
{
    char *out = export(TC_FMT_JSONL, three, 3);
    char *line[3], *p = out;
    for (int i = 0; i < 3; i++) {
        char *nl = strchr(p, '\n');
        assert_non_null(nl);
        *nl = 0;
        line[i] = p;
        p = nl + 1;
    }
    assert_string_equal(p, ""); /* exactly three lines */
    json_error_t e;
    json_t *o[3];
    for (int i = 0; i < 3; i++) {
        o[i] = json_loads(line[i], JSON_REJECT_DUPLICATES, &e);
        if (!o[i]) fail_msg("line %d: %s", i + 1, e.text);
    }
    check_json_row(o[0], &plain, plain.sentence, plain.src_text, "", "");
    check_json_row(o[1], &odd,
                   "line one\nline two, " FFFD FFFD " bad \"q\"\r\nend\x01 \\ caf\xc3\xa9",
                   "Rus\tsia", "Yere\tvan, \"officials\"", "hypothetical|reported");
    check_json_row(o[2], &past, past.sentence, past.src_text, past.reporter_text, "reported|past");
    assert_non_null(strstr(line[1], "\\r\\nend\\u0001 \\\\ caf"));
    assert_non_null(strstr(line[2], "\"tgt_code\":null,"));
    assert_non_null(strstr(line[2], "\"past\":true,"));
    assert_non_null(strstr(line[0], "\"place\":{\"name\":\"Lachin\",\"admin1\":\"Lachin District\","
                                    "\"country\":\"AZE\",\"lat\":39.64,\"lon\":46.55,"
                                    "\"precision\":\"point\",\"source\":\"clause\"},\"outlet\":"));
    assert_non_null(strstr(line[1], "\"admin1\":null,"));
    assert_non_null(strstr(line[2], "\"reporter_name\":\"Russia\",\"place\":null,\"outlet\":"));
    for (int i = 0; i < 3; i++) json_decref(o[i]);
    free(out);
}

static void test_empty(void **state)
{
    char *out = export(TC_FMT_JSONL, NULL, 0);
    assert_string_equal(out, "");
    free(out);
    out = export(TC_FMT_TSV, NULL, 0);
    assert_int_equal(strchr(out, '\n') - out + 1, (long)strlen(out)); /* the header alone */
    free(out);
    out = export(TC_FMT_TABLE, NULL, 0);
    assert_string_equal(out, "");
    free(out);
}

/* Display columns of a line holding only width-1 characters. */
static size_t columns(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static void check_table(const char *out, size_t width)
{
    for (const char *p = out; *p;) {
        const char *nl = strchr(p, '\n');
        assert_non_null(nl);
        if (columns(p, (size_t)(nl - p)) > width)
            fail_msg("line over %zu columns: %.*s", width, (int)(nl - p), p);
        for (const char *q = p; q < nl; q++) assert_true((unsigned char)*q >= 0x20 && *q != 0x7F);
        p = nl + 1;
    }
}

static void test_table(void **state)
{
    tc_event_row long_one = plain;
    long_one.sentence =
        "Azerbaijan blockaded the Lachin corridor, the only road between Armenia and "
        "Nagorno-Karabakh, for nine months, while officials in Baku denied that any blockade "
        "existed and said that environmental activists, not the government, stood on the road; "
        "food, fuel and medicine ran short and the population of 120,000 went hungry as "
        "the winter came and went and nothing moved along the road at all for many weeks.";
    long_one.url = "";
    const tc_event_row *const rows[] = {&plain, &odd, &long_one};
    setenv("COLUMNS", "50", 1);
    char *out = export(TC_FMT_TABLE, rows, 3);
    check_table(out, 50);
    assert_non_null(strstr(out, "2023-09-19  AZEGOV  191  ARMGOV  -9.5\n"));
    assert_non_null(strstr(out, "\n    Azerbaijan blockaded Armenia.\n"));
    assert_non_null(strstr(out, "line one line two, " FFFD FFFD " bad \"q\" end \\"));
    assert_non_null(strstr(out, "\xE2\x80\xA6\n")); /* the long sentence is cut */
    assert_null(strstr(out, "many weeks"));
    /* Blocks: head, sentence lines, outlet line, blank line. */
    assert_non_null(strstr(out, "    Example News  https://example.org/a\n\n"));
    free(out);

    unsetenv("COLUMNS");
    out = export(TC_FMT_TABLE, rows, 3);
    check_table(out, 100);
    assert_non_null(strstr(out, "2023-09-19  AZEGOV (Azerbaijan)  191  ARMGOV (Armenia)  -9.5\n"
                                "    in Lachin, Lachin District, AZE (point, clause)\n"
                                "    Azerbaijan blockaded Armenia.\n"));
    /* A subdivision has no subdivision of its own; the place comes before the reporter. */
    assert_non_null(strstr(out, "\n    in Nagorno-Karabakh, \"Artsakh\", AZE (subdivision, article)"
                                "  reported by ARMGOV (Armenia)\n"));
    free(out);

    /* No target: "-"; its own date and its reporter on a line of their own, only when known. */
    const tc_event_row *const one[] = {&past, &plain};
    out = export(TC_FMT_TABLE, one, 2);
    check_table(out, 100);
    assert_non_null(strstr(out, "2023-09-19  ARMGOV (Armenia)  0343  -  +0.0  [reported|past]\n"
                                "    happened 2020 (year)  reported by RUSGOV (Russia)\n"
                                "    Moscow said"));
    assert_non_null(strstr(out, "-9.5\n    in Lachin, Lachin District, AZE (point, clause)\n"
                                "    Azerbaijan blockaded Armenia.\n"));
    free(out);
    /* A country is named once; with neither own date, place nor reporter, no second line. */
    tc_event_row country = plain, bare = plain;
    country.place_name = "Azerbaijan";
    country.place_admin1 = "";
    country.place_precision = "country";
    country.place_source = "sentence";
    bare.place_precision = "";
    tc_event_row capital = plain;
    capital.place_name = capital.place_admin1 = "Yerevan";
    capital.place_country = "ARM";
    const tc_event_row *const two[] = {&country, &bare, &capital};
    out = export(TC_FMT_TABLE, two, 3);
    assert_non_null(strstr(out, "-9.5\n    in Azerbaijan (country, sentence)\n    Azerbaijan"));
    assert_non_null(strstr(out, "-9.5\n    in Yerevan, ARM (point, clause)\n    Azerbaijan"));
    assert_non_null(strstr(out, "\n\n2023-09-19  AZEGOV (Azerbaijan)  191  ARMGOV (Armenia)  -9.5\n"
                                "    Azerbaijan blockaded Armenia.\n"));
    free(out);
    tc_event_row decade = past;
    decade.event_date = "1990";
    decade.date_precision = "decade";
    decade.reporter_code = "";
    const tc_event_row *const nineties[] = {&decade};
    out = export(TC_FMT_TABLE, nineties, 1);
    assert_non_null(strstr(out, "\n    happened 1990s (decade)\n    Moscow said"));
    free(out);
}

static void test_write_error(void **state)
{
    FILE *f = fopen("/dev/full", "w");
    if (!f) skip();
    tc_exporter *x = tc_export_new(f, TC_FMT_CSV);
    for (int i = 0; i < 100; i++) tc_export_row(x, &odd);
    assert_int_equal(tc_export_end(x), TC_EIO);
    fclose(f);
}

/* ---- GDELT's ActionGeo columns from stored places ---- */

static const tc_cameo c191 = {.code = "191", .goldstein = -9.5, .quad = 4};
static const tc_cameo c111 = {.code = "111", .goldstein = -2.0, .quad = 3};

static const char gdelt_text[] =
    "Azerbaijan blockaded Armenia. Azerbaijan blockaded Armenia at Lachin. Russia criticized "
    "Azerbaijan in California. Israel criticized Hamas in Gaza. Israel criticized Palestinians "
    "in Ramallah. Finland criticized Sweden in Mariehamn. America criticized China.";

/* One event of sentence sent: src -> tgt (by their first words in the sentence), the verb,
 * the code, the place. */
static void gdelt_event(tc_event *e, const tc_text *t, uint32_t sent, const char *src,
                        const char *tgt, const char *verb, const tc_cameo *c, tc_event_place place)
{
    const tc_sentence *se = &t->sents[sent];
    const char *words[3] = {src + 6, tgt + 6, verb};
    tc_span spans[3];
    for (int i = 0; i < 3; i++) {
        const char *p = strstr(t->text + se->off, words[i]);
        assert_non_null(p);
        spans[i] = (tc_span){(uint32_t)(p - t->text), (uint32_t)strlen(words[i])};
    }
    memset(e, 0, sizeof *e);
    snprintf(e->src.code, sizeof e->src.code, "%.6s", src);
    snprintf(e->tgt.code, sizeof e->tgt.code, "%.6s", tgt);
    e->src.name = e->tgt.name = "";
    e->src.span = spans[0];
    e->tgt.span = spans[1];
    e->verb = spans[2];
    snprintf(e->cameo, sizeof e->cameo, "%s", c->code);
    e->info = c;
    e->sent = sent;
    e->place = place;
}

/* A store at path holding gdelt_text, its events, and one story of it. */
static void gdelt_store(const char *path)
{
    tc_sentence sents[7];
    tc_text t = {.text = gdelt_text, .len = strlen(gdelt_text), .sents = sents};
    for (const char *p = gdelt_text; *p; t.nsents++) {
        const char *end = strchr(p, '.');
        sents[t.nsents] = (tc_sentence){(uint32_t)(p - gdelt_text), (uint32_t)(end - p + 1), 0, 0};
        p = end + 1;
        while (*p == ' ') p++;
    }
    assert_int_equal(t.nsents, 7);
    tc_event ev[7];
    /* Two mentions of one blockade, in the country and at a point: the point wins. */
    gdelt_event(&ev[0], &t, 0, "AZEGOVAzerbaijan", "ARMGOVArmenia", "blockaded", &c191,
                (tc_event_place){.name = "Azerbaijan",
                                 .admin1 = "",
                                 .cc3 = "AZE",
                                 .lat = 40.3,
                                 .lon = 48.6,
                                 .prec = TC_PLACE_COUNTRY,
                                 .source = TC_LOC_SENTENCE});
    gdelt_event(&ev[1], &t, 1, "AZEGOVAzerbaijan", "ARMGOVArmenia", "blockaded", &c191,
                (tc_event_place){.name = "Lachin corridor",
                                 .admin1 = "",
                                 .cc3 = "AZE",
                                 .lat = 39.63,
                                 .lon = 46.57,
                                 .prec = TC_PLACE_POINT,
                                 .source = TC_LOC_CLAUSE});
    gdelt_event(&ev[2], &t, 2, "RUSGOVRussia", "AZEGOVAzerbaijan", "criticized", &c111,
                (tc_event_place){.name = "California",
                                 .admin1 = "California",
                                 .cc3 = "USA",
                                 .lat = 36.17,
                                 .lon = -119.75,
                                 .prec = TC_PLACE_SUBDIVISION,
                                 .source = TC_LOC_CLAUSE});
    gdelt_event(&ev[3], &t, 3, "ISRGOVIsrael", "PSEREBHamas", "criticized", &c111,
                (tc_event_place){.name = "Gaza Strip",
                                 .admin1 = "Gaza Strip",
                                 .cc3 = "PSE",
                                 .lat = 31.45,
                                 .lon = 34.42,
                                 .prec = TC_PLACE_SUBDIVISION,
                                 .source = TC_LOC_CLAUSE});
    gdelt_event(&ev[4], &t, 4, "ISRGOVIsrael", "PSE---Palestinians", "criticized", &c111,
                (tc_event_place){.name = "Ramallah",
                                 .admin1 = "West Bank",
                                 .cc3 = "PSE",
                                 .lat = 31.89,
                                 .lon = 35.2,
                                 .prec = TC_PLACE_POINT,
                                 .source = TC_LOC_CLAUSE});
    gdelt_event(&ev[5], &t, 5, "FINGOVFinland", "SWEGOVSweden", "criticized", &c111,
                (tc_event_place){.name = "Mariehamn",
                                 .admin1 = "",
                                 .cc3 = "ALA",
                                 .lat = 60.1,
                                 .lon = 19.93,
                                 .prec = TC_PLACE_POINT,
                                 .source = TC_LOC_ARTICLE});
    gdelt_event(&ev[6], &t, 6, "USAGOVAmerica", "CHNGOVChina", "criticized", &c111,
                (tc_event_place){0});
    tc_article art = {.input = "g.txt",
                      .url = "https://example.org/g",
                      .outlet = "Example",
                      .author = "",
                      .title = "",
                      .text = gdelt_text,
                      .text_len = strlen(gdelt_text),
                      .date = "2023-09-19",
                      .hash = tc_hash64(gdelt_text, strlen(gdelt_text), 0)};
    tc_err err = {0};
    tc_store *s = tc_store_open(path, 0, &err);
    assert_non_null(s);
    int added = 0;
    assert_int_equal(tc_store_begin(s, &err), TC_OK);
    assert_int_equal(tc_store_put_document(s, &art, &t, ev, 7, 0, &added, &err), TC_OK);
    assert_int_equal(tc_store_commit(s, &err), TC_OK);
    assert_int_equal(added, 1);
    assert_int_equal(sqlite3_exec(tc_store_sqlite(s),
                                  "INSERT INTO stories VALUES (1, 'T', 0, 0, '');"
                                  "INSERT INTO story_articles VALUES (1, 1, 0, 0, 1.0, x'')",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    tc_store_close(s);
}

/* The event table of the store at path, written with g; its ActionGeo columns (52-59, tab
 * separated) by Actor1Code into geo[]. */
static void gdelt_geo(const char *path, const tc_gazetteer *g, char geo[7][160])
{
    static const char *const actors[7] = {"AZEGOV", "RUSGOV", "ISRGOV", "ISRGOV",
                                          "FINGOV", "USAGOV", NULL};
    tc_err err = {0};
    tc_store *s = tc_store_open(path, 1, &err);
    assert_non_null(s);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_int_equal(tc_gdelt_write_named(s, g, f, 0, &err), TC_OK);
    fclose(f);
    tc_store_close(s);
    int rows = 0, israel = 0;
    for (char *line = buf; *line; rows++) {
        char *end = strchr(line, '\n'), *col[62];
        assert_non_null(end);
        *end = 0;
        int n = 0;
        for (char *p = line; n < 62; p++) {
            col[n++] = p;
            p = strchr(p, '\t');
            if (!p) break;
            *p = 0;
        }
        assert_int_equal(n, 61);
        int k = 0;
        while (actors[k] && strcmp(actors[k], col[5])) k++;
        assert_non_null(actors[k]);
        if (!strcmp(col[5], "ISRGOV")) k += israel++; /* Hamas first, then Palestinians */
        snprintf(geo[k], 160, "%s|%s|%s|%s|%s|%s|%s|%s", col[51], col[52], col[53], col[54],
                 col[55], col[56], col[57], col[58]);
        line = end + 1;
    }
    assert_int_equal(rows, 6); /* the two blockade mentions are one event */
    free(buf);
}

static void test_gdelt_geo(void **state)
{
    char dir[] = "/tmp/tc_export_XXXXXX", path[64];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/g.db", dir);
    gdelt_store(path);
    char geo[7][160];
    gdelt_geo(path, NULL, geo);
    /* Type, FullName, FIPS country, ADM1 and ADM2 (empty), Lat, Long, FeatureID (empty) */
    assert_string_equal(geo[0], "4|Lachin corridor, AZE|AJ|||39.6300|46.5700|");
    assert_string_equal(geo[1], "2|California, USA|US|||36.1700|-119.7500|");
    assert_string_equal(geo[2], "5|Gaza Strip, PSE|GZ|||31.4500|34.4200|");
    assert_string_equal(geo[3], "4|Ramallah, West Bank, PSE|WE|||31.8900|35.2000|");
    assert_string_equal(geo[4], "4|Mariehamn, ALA|ALA|||60.1000|19.9300|"); /* no FIPS code */
    assert_string_equal(geo[5], "|||||||"); /* no place: eight empty columns */

    tc_err err = {0};
    tc_gazetteer *g = tc_gazetteer_load(TC_DATADIR "/gazetteer.bin", &err);
    if (g) {
        gdelt_geo(path, g, geo);
        assert_string_equal(geo[0], "4|Lachin corridor, Azerbaijan|AJ|||39.6300|46.5700|");
        assert_string_equal(geo[1], "2|California, United States|US|||36.1700|-119.7500|");
        tc_gazetteer_free(g);
    }
    unlink(path);
    char aux[80];
    snprintf(aux, sizeof aux, "%s-wal", path);
    unlink(aux);
    snprintf(aux, sizeof aux, "%s-shm", path);
    unlink(aux);
    assert_int_equal(rmdir(dir), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),       cmocka_unit_test(test_tsv),
        cmocka_unit_test(test_csv),         cmocka_unit_test(test_jsonl),
        cmocka_unit_test(test_empty),       cmocka_unit_test(test_table),
        cmocka_unit_test(test_write_error), cmocka_unit_test(test_gdelt_geo),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
