/* Tests of export: exact TSV and CSV, JSON lines that parse, a table that fits the width. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "export.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    .sentence = "line one\nline two, \xff\xfe bad \"q\"\r\nend\x01 \\ caf\xc3\xa9",
    .goldstein = -2,
    .quad = 3,
    .flags = TC_EV_REPORTED | TC_EV_HYPOTHETICAL,
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

static const tc_event_row *const both[] = {&plain, &odd};

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

static void test_tsv(void **state)
{
    char *out = export(TC_FMT_TSV, both, 2);
    const char *want =
        "id\tdate\tsrc_code\tsrc_name\ttgt_code\ttgt_name\tcode\troot\tgoldstein\tquad\tplover"
        "\tflags\toutlet\turl\tinput\tarticle_id\tsrc_text\ttgt_text\tsentence\n"
        "0123456789abcdef\t2023-09-19\tAZEGOV\tAzerbaijan\tARMGOV\tArmenia\t191\t19\t-9.5\t4"
        "\tCOERCE\t\tExample News\thttps://example.org/a\tfeed.jsonl:3\t7\tAzerbaijan\tArmenia"
        "\tAzerbaijan blockaded Armenia.\n"
        "fedcba9876543210\t\tRUSGOV\tRussia\tAZEGOV\tAzerbaijan\t111\t11\t-2.0\t3"
        "\tACCUSE\thypothetical|reported\tNews, Inc.\thttps://x.org/?a=1&b=\"2\"\t\t\tRus sia"
        "\tsay \"hi\"\tline one line two, " FFFD FFFD " bad \"q\"  end  \\ caf\xc3\xa9\n";
    assert_string_equal(out, want);
    free(out);
}

static void test_csv(void **state)
{
    char *out = export(TC_FMT_CSV, both, 2);
    const char *want =
        "id,date,src_code,src_name,tgt_code,tgt_name,code,root,goldstein,quad,plover,flags,outlet,"
        "url,input,article_id,src_text,tgt_text,sentence\r\n"
        "0123456789abcdef,2023-09-19,AZEGOV,Azerbaijan,ARMGOV,Armenia,191,19,-9.5,4,COERCE,,"
        "Example News,https://example.org/a,feed.jsonl:3,7,Azerbaijan,Armenia,"
        "Azerbaijan blockaded Armenia.\r\n"
        "fedcba9876543210,,RUSGOV,Russia,AZEGOV,Azerbaijan,111,11,-2.0,3,ACCUSE,"
        "hypothetical|reported,\"News, Inc.\",\"https://x.org/?a=1&b=\"\"2\"\"\",,,Rus\tsia,"
        "\"say \"\"hi\"\"\",\"line one\nline two, " FFFD FFFD
        " bad \"\"q\"\"\r\nend  \\ caf\xc3\xa9\"\r\n";
    assert_string_equal(out, want);
    free(out);
}

static void check_json_row(json_t *o, const tc_event_row *r, const char *sentence,
                           const char *src_text)
{
    assert_true(json_is_object(o));
    assert_int_equal(json_object_size(o), 19);
    static const char *const keys[] = {"id",   "src_code", "src_name", "tgt_code", "tgt_name",
                                       "code", "root",     "plover",   "outlet",   "url"};
    const char *const vals[] = {r->id,   r->src_code, r->src_name, r->tgt_code, r->tgt_name,
                                r->code, r->root,     r->plover,   r->outlet,   r->url};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        assert_string_equal(json_string_value(json_object_get(o, keys[i])), vals[i]);
    assert_string_equal(json_string_value(json_object_get(o, "sentence")), sentence);
    assert_string_equal(json_string_value(json_object_get(o, "src_text")), src_text);
    assert_string_equal(json_string_value(json_object_get(o, "tgt_text")), r->tgt_text);
    assert_true(json_is_real(json_object_get(o, "goldstein")));
    assert_true(json_real_value(json_object_get(o, "goldstein")) == r->goldstein);
    assert_true(json_is_integer(json_object_get(o, "quad")));
    assert_int_equal(json_integer_value(json_object_get(o, "quad")), r->quad);
    assert_string_equal(json_string_value(json_object_get(o, "flags")),
                        r->flags ? "hypothetical|reported" : "");
    assert_string_equal(json_string_value(json_object_get(o, "input")), r->input ? r->input : "");
    /* "" is not a date, 0 not an article: null */
    if (*r->date)
        assert_string_equal(json_string_value(json_object_get(o, "date")), r->date);
    else
        assert_true(json_is_null(json_object_get(o, "date")));
    if (r->article_id)
        assert_int_equal(json_integer_value(json_object_get(o, "article_id")), r->article_id);
    else
        assert_true(json_is_null(json_object_get(o, "article_id")));
}

static void test_jsonl(void **state)
{
    char *out = export(TC_FMT_JSONL, both, 2);
    char *nl = strchr(out, '\n');
    assert_non_null(nl);
    assert_non_null(strchr(nl + 1, '\n'));
    assert_string_equal(strchr(nl + 1, '\n'), "\n"); /* exactly two lines */
    *nl = 0;
    json_error_t e;
    json_t *a = json_loads(out, JSON_REJECT_DUPLICATES, &e);
    if (!a) fail_msg("line 1: %s", e.text);
    check_json_row(a, &plain, plain.sentence, plain.src_text);
    json_t *b = json_loads(nl + 1, JSON_REJECT_DUPLICATES, &e);
    if (!b) fail_msg("line 2: %s", e.text);
    check_json_row(b, &odd, "line one\nline two, " FFFD FFFD " bad \"q\"\r\nend\x01 \\ caf\xc3\xa9",
                   "Rus\tsia");
    assert_non_null(strstr(nl + 1, "\\r\\nend\\u0001 \\\\ caf"));
    json_decref(a);
    json_decref(b);
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
    const tc_event_row *const three[] = {&plain, &odd, &long_one};
    setenv("COLUMNS", "50", 1);
    char *out = export(TC_FMT_TABLE, three, 3);
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
    out = export(TC_FMT_TABLE, three, 3);
    check_table(out, 100);
    assert_non_null(strstr(out, "2023-09-19  AZEGOV (Azerbaijan)  191  ARMGOV (Armenia)  -9.5\n"));
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),       cmocka_unit_test(test_tsv),
        cmocka_unit_test(test_csv),         cmocka_unit_test(test_jsonl),
        cmocka_unit_test(test_empty),       cmocka_unit_test(test_table),
        cmocka_unit_test(test_write_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
