/* main: the tocsin command line, a thin layer over libtocsin.
 *
 *   tocsin run INPUT... [--db FILE]     whole pipeline into SQLite
 *   tocsin code [INPUT...]              streaming coder: articles in, events out
 *   tocsin extract INPUT...             clean articles out
 *   tocsin parse [INPUT...]             tagged, parsed sentences (CoNLL-U or a table)
 *   tocsin events --db FILE [filters]   query stored events
 *   tocsin summary --db FILE            what a database holds
 *   tocsin dict check|lookup ...        the actor dictionaries (src/dict.h)
 *   tocsin eval petrarch|extract|parse  scores against test suites (src/eval_*.h)
 *
 * Exit status: 0 ok, 1 runtime error or some input failed, 2 usage. */
#include "alerts.h"
#include "dict.h"
#include "eval_events.h"
#include "eval_extract.h"
#include "eval_parse.h"
#include "eval_petrarch.h"
#include "eval_tabari.h"
#include "eval_warn.h"
#include "eval_sample.h"
#include "gdelt.h"
#include "log.h"
#include "mention.h"
#include "pipeline.h"
#include "store.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define TC_VERSION "0.1.0"

enum { EXIT_RUNTIME = 1, EXIT_USAGE = 2 };
enum {
    OPT_DATA = 256,
    OPT_FROM,
    OPT_TO,
    OPT_ALL,
    OPT_KEEP,
    OPT_TEXT,
    OPT_EXPLAIN,
    OPT_MAX_RECORD,
    OPT_STORY,
    OPT_STORY_THRESHOLD,
    OPT_STORY_WINDOW,
    OPT_DUP_THRESHOLD,
    OPT_MENTIONS,
    OPT_NO_PAST,
    OPT_KNOWN_ONLY,
    OPT_PLACE,
    OPT_DATE,
    OPT_NEAR
};

typedef struct {
    const char *db, *data, *format;
    tc_event_filter filter;
    int all, keep_flagged, as_text, quiet, explain, verbose;
    size_t max_record;
    char from[11], to[11]; /* --from / --to as YYYY-MM-DD */
    char date[11];         /* --date: the date of undated articles, "" for none */
    int near;              /* --near LAT,LON,KM given */
    double near_lat, near_lon, near_km;
    tc_story_opts story; /* run: --story-threshold, --story-window, --dup-threshold */
    int64_t story_id;    /* stories: --story ID */
    int mentions;        /* events --format gdelt: the mentions table */
} options;

static const struct option long_opts[] = {
    {"db", required_argument, 0, 'd'},
    {"data", required_argument, 0, OPT_DATA},
    {"format", required_argument, 0, 'f'},
    {"actor", required_argument, 0, 'a'},
    {"source", required_argument, 0, 's'},
    {"target", required_argument, 0, 't'},
    {"code", required_argument, 0, 'c'},
    {"from", required_argument, 0, OPT_FROM},
    {"to", required_argument, 0, OPT_TO},
    {"limit", required_argument, 0, 'n'},
    {"all", no_argument, 0, OPT_ALL},
    {"keep-flagged", no_argument, 0, OPT_KEEP},
    {"quiet", no_argument, 0, 'q'},
    {"verbose", no_argument, 0, 'v'},
    {"explain", no_argument, 0, OPT_EXPLAIN},
    {"max-record", required_argument, 0, OPT_MAX_RECORD},
    {"story", required_argument, 0, OPT_STORY},
    {"story-threshold", required_argument, 0, OPT_STORY_THRESHOLD},
    {"story-window", required_argument, 0, OPT_STORY_WINDOW},
    {"dup-threshold", required_argument, 0, OPT_DUP_THRESHOLD},
    {"mentions", no_argument, 0, OPT_MENTIONS},
    {"no-past", no_argument, 0, OPT_NO_PAST},
    {"known-only", no_argument, 0, OPT_KNOWN_ONLY},
    {"place", required_argument, 0, OPT_PLACE},
    {"date", required_argument, 0, OPT_DATE},
    {"near", required_argument, 0, OPT_NEAR},
    {"help", no_argument, 0, 'h'},
    {0, 0, 0, 0},
};

typedef struct {
    const char *name;
    int (*run)(options *o, int argc, char **argv);
    const char *usage;
} command;

static const command *find_command(const char *name);

static int usage_error(const char *cmd, const char *msg)
{
    fprintf(stderr, "tocsin %s: %s\nTry 'tocsin %s --help'.\n", cmd, msg, cmd);
    return EXIT_USAGE;
}

/* A calendar date for option opt (YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD) into out as
 * YYYY-MM-DD; -1 after a usage message naming the option. */
static int parse_date(const char *cmd, const char *opt, const char *v, char out[11])
{
    char msg[160];
    if (tc_extract_date(v, out) == 0 && strlen(v) <= 10) return 0;
    snprintf(msg, sizeof msg, "%s: '%.40s' is not a date (YYYY-MM-DD)", opt, v);
    usage_error(cmd, msg);
    return -1;
}

/* A whole number for option opt, with an optional K, M or G (binary multiples) when
 * with_unit; -1 after a usage message naming the option. */
static int parse_size(const char *cmd, const char *opt, const char *v, int with_unit, size_t *out)
{
    char msg[160], *end;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 10);
    int shift = 0;
    if (with_unit && *end && strchr("kKmMgG", *end) && !end[1]) {
        shift = *end == 'k' || *end == 'K' ? 10 : *end == 'm' || *end == 'M' ? 20 : 30;
        end++;
    }
    if (*v >= '0' && *v <= '9' && !*end && !errno && n <= (SIZE_MAX >> shift) &&
        (!with_unit || n)) {
        *out = (size_t)n << shift;
        return 0;
    }
    snprintf(msg, sizeof msg, "%s: '%.40s' is not a %s", opt, v,
             with_unit ? "positive size (a number of bytes, or with K, M or G)" : "whole number");
    usage_error(cmd, msg);
    return -1;
}

/* A number in (0, 1] for option opt; -1 after a usage message naming the option. */
static int parse_share(const char *cmd, const char *opt, const char *v, double *out)
{
    char msg[160], *end;
    double x = strtod(v, &end);
    if (end != v && !*end && x > 0 && x <= 1) {
        *out = x;
        return 0;
    }
    snprintf(msg, sizeof msg, "%s: '%.40s' is not a number above 0 and at most 1", opt, v);
    usage_error(cmd, msg);
    return -1;
}

/* Sets option c when it takes its word as it stands ("--db", "--format", the filters); 0 when
 * c is none of these. */
static int word_option(options *o, int c)
{
    switch (c) {
    case 'd':
        o->db = optarg;
        break;
    case OPT_DATA:
        o->data = optarg;
        break;
    case 'f':
        o->format = optarg;
        break;
    case 'a':
        o->filter.actor = optarg;
        break;
    case 's':
        o->filter.src = optarg;
        break;
    case 't':
        o->filter.tgt = optarg;
        break;
    case 'c':
        o->filter.code = optarg;
        break;
    case OPT_PLACE:
        o->filter.place = optarg;
        break;
    default:
        return 0;
    }
    return 1;
}

/* Sets option c when it is a flag ("--all", "--quiet"); 0 when it is not. */
static int flag_option(options *o, int c)
{
    switch (c) {
    case OPT_MENTIONS:
        o->mentions = 1;
        break;
    case OPT_NO_PAST:
        o->filter.no_past = 1;
        break;
    case OPT_KNOWN_ONLY:
        o->filter.known_only = 1;
        break;
    case OPT_ALL:
        o->all = 1;
        break;
    case OPT_KEEP:
        o->keep_flagged = 1;
        break;
    case OPT_EXPLAIN:
        o->explain = 1;
        break;
    case 'q':
        o->quiet = 1;
        break;
    case 'v':
        o->verbose = 1;
        tc_log_set_level(TC_LOG_DEBUG);
        break;
    default:
        return 0;
    }
    return 1;
}

/* "--near LAT,LON,KM" into o; -2 after a usage message. */
static int parse_near(const char *cmd, options *o, const char *v)
{
    char tail;
    if (sscanf(v, "%lf,%lf,%lf%c", &o->near_lat, &o->near_lon, &o->near_km, &tail) != 3 ||
        !(o->near_lat >= -90 && o->near_lat <= 90) ||
        !(o->near_lon >= -180 && o->near_lon <= 180) || !(o->near_km > 0)) {
        usage_error(cmd, "--near LAT,LON,KM: degrees and a distance above 0 km");
        return -2;
    }
    o->near = 1;
    return 0;
}

/* Sets option c when its value must be read (a date, a number, a share, a place to be near):
 * 0 when set, -2 after a usage message, 1 when c is none of these. */
static int value_option(const char *cmd, options *o, int c)
{
    size_t n;
    switch (c) {
    case OPT_FROM:
        if (parse_date(cmd, "--from", optarg, o->from) < 0) return -2;
        o->filter.from = o->from;
        return 0;
    case OPT_TO:
        if (parse_date(cmd, "--to", optarg, o->to) < 0) return -2;
        o->filter.to = o->to;
        return 0;
    case OPT_DATE:
        return parse_date(cmd, "--date", optarg, o->date) < 0 ? -2 : 0;
    case 'n':
        if (parse_size(cmd, "--limit", optarg, 0, &n) < 0) return -2;
        o->filter.limit = n > LONG_MAX ? LONG_MAX : (long)n;
        return 0;
    case OPT_MAX_RECORD:
        return parse_size(cmd, "--max-record", optarg, 1, &o->max_record) < 0 ? -2 : 0;
    case OPT_STORY:
        if (parse_size(cmd, "--story", optarg, 0, &n) < 0) return -2;
        if (!n || n > INT64_MAX) {
            usage_error(cmd, "--story: an id from 1 (tocsin stories lists them)");
            return -2;
        }
        o->story_id = (int64_t)n;
        return 0;
    case OPT_STORY_THRESHOLD:
        return parse_share(cmd, "--story-threshold", optarg, &o->story.threshold) < 0 ? -2 : 0;
    case OPT_DUP_THRESHOLD:
        return parse_share(cmd, "--dup-threshold", optarg, &o->story.dup_threshold) < 0 ? -2 : 0;
    case OPT_STORY_WINDOW:
        if (parse_size(cmd, "--story-window", optarg, 0, &n) < 0) return -2;
        if (!n || n > 3650) {
            usage_error(cmd, "--story-window: 1 to 3650 days");
            return -2;
        }
        o->story.window = (int)n;
        return 0;
    case OPT_NEAR:
        return parse_near(cmd, o, optarg);
    default:
        return 1;
    }
}

/* Parses options into o; returns -1 after printing help, -2 on a usage error, else the
 * index of the first operand. */
static int parse_options(const char *cmd, options *o, int argc, char **argv)
{
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "d:f:a:s:t:c:n:qvh", long_opts, NULL)) != -1) {
        if (c == 'h') {
            fputs(find_command(cmd)->usage, stdout);
            return -1;
        }
        if (word_option(o, c) || flag_option(o, c)) continue;
        int r = value_option(cmd, o, c);
        if (r < 0) return -2;
        if (r > 0) {
            fprintf(stderr, "tocsin %s: unknown or incomplete option '%s'\n", cmd,
                    argv[optind - 1]);
            return -2;
        }
    }
    return optind;
}

static tc_engine *load_engine(const options *o)
{
    tc_err err = {0};
    tc_engine *e = tc_engine_load(tc_datadir(o->data), tc_diag_print, NULL, &err);
    if (!e) fprintf(stderr, "tocsin: %s\n", err.msg);
    return e;
}

static int cmd_run(options *o, int argc, char **argv)
{
    if (argc < 1) return usage_error("run", "no input given");
    /* The dictionaries load when the first article needs coding: a re-run skips them. */
    tc_run_opts ro = {.keep_flagged = o->keep_flagged,
                      .progress = !o->quiet,
                      .max_record = o->max_record,
                      .verbose = o->verbose,
                      .datadir = tc_datadir(o->data),
                      .story = o->story,
                      .date = o->date[0] ? o->date : NULL};
    tc_run_stats st;
    tc_err err = {0};
    double t0 = tc_now();
    int rc = tc_run(NULL, o->db ? o->db : "tocsin.db", (const char *const *)argv, (size_t)argc, &ro,
                    &st, &err);
    if (rc < 0) fprintf(stderr, "tocsin run: %s\n", err.msg);
    if (!o->quiet)
        fprintf(stderr,
                "tocsin run: %zu records, %zu new articles (%zu sentences, %zu events stored), "
                "%zu already stored (%zu of them skipped before extraction or coding), "
                "%zu files skipped, %zu records cut, %zu failed (%zu articles not stored)%s, "
                "%.2f s\n",
                st.records, st.added, st.sentences, st.events, st.duplicates, st.known, st.skipped,
                st.cut, st.failed, st.not_stored,
                rc < 0 ? "; stopped, the rest of the input was not read" : "", tc_now() - t0);
    /* the early-warning series and alerts follow the store; new and escalated alerts shown */
    int warn_failed = 0;
    if (rc == 0 && access(o->db ? o->db : "tocsin.db", F_OK) == 0)
        warn_failed = tc_alerts_after_run(o->db ? o->db : "tocsin.db", tc_datadir(o->data), stdout);
    return rc < 0 || st.failed || warn_failed ? EXIT_RUNTIME : 0;
}

static int parse_format(const options *o, tc_format dflt, tc_format *fmt)
{
    if (!o->format) {
        *fmt = dflt;
        return 0;
    }
    return tc_format_parse(o->format, fmt);
}

static int cmd_code(options *o, int argc, char **argv)
{
    static const char *const stdin_only[] = {"-"};
    tc_format fmt;
    if (parse_format(o, isatty(STDOUT_FILENO) ? TC_FMT_TABLE : TC_FMT_JSONL, &fmt) < 0)
        return usage_error("code", "unknown --format");
    tc_engine *e = load_engine(o);
    if (!e) return EXIT_RUNTIME;
    tc_run_opts ro = {
        .max_record = o->max_record, .verbose = o->verbose, .date = o->date[0] ? o->date : NULL};
    tc_run_stats st;
    const char *const *in = argc ? (const char *const *)argv : stdin_only;
    int rc = tc_code_stream(e, in, argc ? (size_t)argc : 1, stdout, fmt, o->all, &ro, &st);
    tc_engine_free(e);
    return rc < 0 || st.failed ? EXIT_RUNTIME : 0;
}

static int cmd_extract(options *o, int argc, char **argv)
{
    static const char *const stdin_only[] = {"-"};
    if (o->format && strcmp(o->format, "jsonl") && strcmp(o->format, "text"))
        return usage_error("extract", "--format is jsonl or text");
    tc_run_opts ro = {
        .explain = o->explain ? stderr : NULL, .max_record = o->max_record, .verbose = o->verbose};
    tc_run_stats st;
    const char *const *in = argc ? (const char *const *)argv : stdin_only;
    int rc = tc_extract_stream(in, argc ? (size_t)argc : 1, stdout,
                               o->format && !strcmp(o->format, "text"), &ro, &st);
    return rc < 0 || st.failed ? EXIT_RUNTIME : 0;
}

static int cmd_parse(options *o, int argc, char **argv)
{
    static const char *const stdin_only[] = {"-"};
    if (o->format && strcmp(o->format, "conllu") && strcmp(o->format, "table"))
        return usage_error("parse", "--format is conllu or table");
    char path[4096];
    snprintf(path, sizeof path, "%s/parse.model", tc_datadir(o->data));
    tc_err err = {0};
    tc_parser *p = tc_parser_load(path, &err);
    if (!p) {
        fprintf(stderr, "tocsin parse: %s\n", err.msg);
        return EXIT_RUNTIME;
    }
    tc_run_opts ro = {0};
    tc_run_stats st;
    const char *const *in = argc ? (const char *const *)argv : stdin_only;
    int rc = tc_parse_stream(p, in, argc ? (size_t)argc : 1, stdout,
                             o->format && !strcmp(o->format, "table"), &ro, &st);
    tc_parser_free(p);
    return rc < 0 || st.failed ? EXIT_RUNTIME : 0;
}

static tc_store *open_db(const options *o, const char *cmd)
{
    if (!o->db) {
        usage_error(cmd, "--db FILE is required");
        return NULL;
    }
    tc_err err = {0};
    tc_store *s = tc_store_open(o->db, 1, &err);
    if (!s) fprintf(stderr, "tocsin %s: %s\n", cmd, err.msg);
    return s;
}

static int print_row(const tc_event_row *row, void *ctx)
{
    tc_export_row(ctx, row);
    return 0;
}

/* events --near: the great-circle distance (haversine, mean Earth radius) in km. */
static double distance_km(double lat1, double lon1, double lat2, double lon2)
{
    const double r = 6371.0088, rad = M_PI / 180;
    double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
    double h = sin(dlat / 2) * sin(dlat / 2) +
               cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);
    return 2 * r * asin(sqrt(h < 1 ? h : 1));
}

typedef struct {
    tc_exporter *x;
    const options *o;
} near_ctx;

static int print_near(const tc_event_row *row, void *ctx)
{
    const near_ctx *n = ctx;
    if (isfinite(row->place_lat) && isfinite(row->place_lon) &&
        distance_km(n->o->near_lat, n->o->near_lon, row->place_lat, row->place_lon) <=
            n->o->near_km)
        tc_export_row(n->x, row);
    return 0;
}

/* events --format gdelt [--mentions]: GDELT 2.0's event or mention table (gdelt.h). */
static int events_gdelt(options *o)
{
    if (!o->db) return usage_error("events", "--db FILE is required");
    tc_store *s = open_db(o, "events");
    if (!s) return EXIT_RUNTIME;
    tc_err err = {0}, gerr = {0};
    char path[PATH_MAX];
    /* The gazetteer only names countries in ActionGeo_FullName: without it, their codes. */
    snprintf(path, sizeof path, "%s/gazetteer.bin", tc_datadir(o->data));
    tc_gazetteer *g = tc_gazetteer_load(path, &gerr);
    int rc = tc_gdelt_write_named(s, g, stdout, o->mentions, &err);
    tc_gazetteer_free(g);
    tc_store_close(s);
    if (rc < 0) fprintf(stderr, "tocsin events: %s\n", err.msg);
    return rc < 0 ? EXIT_RUNTIME : 0;
}

typedef struct {
    int json, detail, failed;
} story_printer;

static int print_story(const tc_story_view *v, void *ctx)
{
    story_printer *p = ctx;
    if (p->json) {
        if (tc_mention_print_json(stdout, v) < 0) p->failed = 1;
    } else {
        tc_mention_print(stdout, v, p->detail);
    }
    return 0;
}

static int cmd_stories(options *o, int argc, char **argv)
{
    if (argc) return usage_error("stories", "unexpected operand");
    if (o->format && strcmp(o->format, "table") && strcmp(o->format, "jsonl"))
        return usage_error("stories", "--format is table or jsonl");
    if (!o->db) return usage_error("stories", "--db FILE is required");
    tc_store *s = open_db(o, "stories");
    if (!s) return EXIT_RUNTIME;
    story_printer p = {o->format && !strcmp(o->format, "jsonl"), o->story_id > 0, 0};
    tc_err err = {0};
    int rc = tc_mention_stories(s, o->story_id, print_story, &p, &err);
    tc_store_close(s);
    if (rc == 1) {
        fprintf(stderr, "tocsin stories: %s: no story %lld\n", o->db, (long long)o->story_id);
        return EXIT_RUNTIME;
    }
    if (rc < 0) fprintf(stderr, "tocsin stories: %s\n", err.msg);
    return rc < 0 || p.failed || fflush(stdout) ? EXIT_RUNTIME : 0;
}

static int cmd_events(options *o, int argc, char **argv)
{
    tc_format fmt;
    if (argc) return usage_error("events", "unexpected operand");
    if (o->format && !strcmp(o->format, "gdelt")) return events_gdelt(o);
    if (o->mentions) return usage_error("events", "--mentions goes with --format gdelt");
    if (parse_format(o, isatty(STDOUT_FILENO) ? TC_FMT_TABLE : TC_FMT_TSV, &fmt) < 0)
        return usage_error("events", "unknown --format (table, tsv, csv, jsonl, geojson, gdelt)");
    if (!o->db) return usage_error("events", "--db FILE is required");
    tc_store *s = open_db(o, "events");
    if (!s) return EXIT_RUNTIME;
    tc_exporter *x = tc_export_new(stdout, fmt);
    tc_err err = {0};
    near_ctx nc = {x, o};
    int rc = o->near ? tc_store_each_event(s, &o->filter, print_near, &nc, &err)
                     : tc_store_each_event(s, &o->filter, print_row, x, &err);
    int wrc = tc_export_end(x);
    tc_store_close(s);
    if (rc < 0) fprintf(stderr, "tocsin events: %s\n", err.msg);
    return rc < 0 || wrc < 0 ? EXIT_RUNTIME : 0;
}

typedef struct {
    char src[32], tgt[32];
    long count;
} dyad;

typedef struct {
    dyad d[8];
    int n;
} dyads;

static int collect_dyad(const char *src, const char *tgt, int64_t count, void *ctx)
{
    dyads *ds = ctx;
    if (ds->n == 8) return 1;
    dyad *d = &ds->d[ds->n++];
    snprintf(d->src, sizeof d->src, "%s", src);
    snprintf(d->tgt, sizeof d->tgt, "%s", tgt);
    d->count = (long)count;
    return 0;
}

static int print_example(const tc_event_row *r, void *ctx)
{
    (void)ctx;
    printf("  %s  %s -> %s  %s (%s, Goldstein %+.1f)\n    \"%s\"\n    %s%s%s\n",
           r->date[0] ? r->date : "(no date)", r->src_code, r->tgt_code[0] ? r->tgt_code : "-",
           r->code, r->plover[0] ? r->plover : "-", r->goldstein, r->sentence, r->outlet,
           r->outlet[0] ? ", " : "", r->title);
    return 0;
}

static int cmd_summary(options *o, int argc, char **argv)
{
    if (argc) return usage_error("summary", "unexpected operand");
    if (!o->db) return usage_error("summary", "--db FILE is required");
    tc_store *s = open_db(o, "summary");
    if (!s) return EXIT_RUNTIME;
    tc_store_counts c;
    tc_err err = {0};
    dyads ds = {0};
    if (tc_store_count(s, &c, &err) < 0 || tc_store_top_dyads(s, 8, collect_dyad, &ds, &err) < 0) {
        fprintf(stderr, "tocsin summary: %s\n", err.msg);
        tc_store_close(s);
        return EXIT_RUNTIME;
    }
    printf("%s: %lld articles, %lld sentences, %lld events\n\nTop dyads (source -> target: "
           "events)\n",
           o->db, (long long)c.articles, (long long)c.sentences, (long long)c.events);
    for (int i = 0; i < ds.n; i++)
        printf("  %-10s -> %-10s %ld\n", ds.d[i].src, ds.d[i].tgt[0] ? ds.d[i].tgt : "-",
               ds.d[i].count);
    printf("\nAn event of each top dyad, with its evidence\n");
    for (int i = 0; i < ds.n; i++) {
        tc_event_filter f = {.src = ds.d[i].src, .tgt = ds.d[i].tgt, .limit = 1, .exact = 1};
        tc_store_each_event(s, &f, print_example, NULL, &err);
    }
    printf("\nMore: tocsin events --db %s --format table\n", o->db);
    tc_store_close(s);
    return 0;
}

static const command commands[] = {
    {"run", cmd_run,
     "Usage: tocsin run INPUT... [--db FILE] [--data DIR] [--keep-flagged] [--max-record N]\n"
     "                  [--verbose] [-q] [--dup-threshold X] [--story-threshold X]\n"
     "                  [--story-window DAYS] [--date YYYY-MM-DD]\n"
     "Reads articles (files, folders, - for stdin: .txt, .html, .jsonl, .warc, each also\n"
     "gzipped), extracts, codes CAMEO events and stores everything in an SQLite file\n"
     "(default tocsin.db, created once an input gave a record). Files of any size are\n"
     "streamed; a record's text is cut at --max-record bytes (16M; K, M, G), markup at four\n"
     "times that. Re-running on the same input adds nothing and skips what is stored before\n"
     "extracting it. --keep-flagged also stores negated and hypothetical events. --verbose\n"
     "names each skipped file. Articles are grouped into stories as they are stored\n"
     "(tocsin stories): --dup-threshold (0.6) is the similarity from which an article is a\n"
     "copy of another, --story-threshold (0.12) the cosine to join a story, --story-window\n"
     "(3) the days a story stays open after its last article. --date gives the articles\n"
     "that have no date of their own (none in the record, the page or the text) that one\n"
     "(article_date_source \"option\").\n"
     "Exit status 0 ok, 1 when some input or write failed (each is\n"
     "reported on stderr, the closing line counts them), 2 a usage error.\n"},
    {"code", cmd_code,
     "Usage: tocsin code [INPUT...] [--format table|tsv|csv|jsonl] [--all] [--data DIR]\n"
     "                   [--max-record N] [--date YYYY-MM-DD]\n"
     "Streaming coder: articles in (stdin when no INPUT, JSONL read line by line), events\n"
     "out on stdout, flushed after each article; nothing stored. Inputs as for run. --all\n"
     "also prints negated and hypothetical events. --date as for run.\n"},
    {"extract", cmd_extract,
     "Usage: tocsin extract [INPUT...] [--format jsonl|text] [--explain]\n"
     "Clean articles out: title, date, outlet, url, body text without boilerplate.\n"
     "--explain tells on stderr, per article, what was dropped and why and which element\n"
     "of a page was taken as the article.\n"},
    {"parse", cmd_parse,
     "Usage: tocsin parse [INPUT...] [--format conllu|table] [--data DIR]\n"
     "Reads articles as tocsin extract does (stdin when no INPUT) and prints each sentence\n"
     "tagged and parsed: CoNLL-U (default; sent_id INPUT-N, text) or an aligned table.\n"
     "The model is DIR/parse.model.\n"},
    {"events", cmd_events,
     "Usage: tocsin events --db FILE [--format table|tsv|csv|jsonl|geojson|gdelt] [--mentions]\n"
     "       [--actor CODE]\n"
     "       [--source CODE] [--target CODE] [--code CAMEO] [--from DATE] [--to DATE]\n"
     "       [--limit N] [--no-past] [--known-only] [--place NAME] [--near LAT,LON,KM]\n"
     "Stored events, oldest first. Codes match as prefixes: --actor ARM matches ARM and\n"
     "ARMGOV as source or target; --code 19 matches every fight code. --from and --to bound\n"
     "the article's date; --no-past leaves out events whose own date lies well before it;\n"
     "--known-only those with an actor of no state (---COP: police no sentence places).\n"
     "--place keeps the events placed in NAME: the gazetteer's name of the place or of its\n"
     "subdivision (Lachin, Donetsk; case aside), or its country's ISO code (AZE); --near\n"
     "those placed within KM km of LAT,LON (--limit counts before --near). --format geojson\n"
     "writes one FeatureCollection, each event a Feature at its place (null when none).\n"
     "Columns, event dates, reporters and empty targets: docs/events.md.\n"
     "--format gdelt writes the stories' events as GDELT 2.0's event table (61 columns, no\n"
     "header), --format gdelt --mentions its mentions table (16 columns): docs/gdelt.md.\n"},
    {"stories", cmd_stories,
     "Usage: tocsin stories --db FILE [--story ID] [--format table|jsonl]\n"
     "Stories: articles about one happening across outlets (tocsin run groups them), with\n"
     "their outlets (copies named as such), their events (one per source, target, kind of\n"
     "happening, place and day) with counts of mentions, articles and independent\n"
     "outlets, contested attribution (the sides and the outlets behind each) and the\n"
     "denials linked to each event. --story ID shows one story with every mention.\n"
     "docs/stories.md.\n"},
    {"summary", cmd_summary,
     "Usage: tocsin summary --db FILE\n"
     "Counts, the top dyads and an example event of each, with its sentence.\n"},
};

static const command *find_command(const char *name)
{
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(commands[i].name, name) == 0) return &commands[i];
    return NULL;
}

/* Commands with their own option parsing; argv[0] is the command's name. */
static int run_eval(int argc, char **argv)
{
    static const char usage[] =
        "Usage: tocsin eval petrarch FILE.xml [--dicts DIR] [--verbose]\n"
        "       tocsin eval tabari FILE [--verbs F] [--actors F,..] [--agents F,..] [--quiet]\n"
        "       tocsin eval extract (--snippets FILE | --truth FILE) --pages DIR [--rows]\n"
        "       tocsin eval parse FILE.conllu [--data DIR] [--verbose]\n"
        "       tocsin eval events GOLD.jsonl [--data DIR] [--verbose] [--per-root]\n"
        "       tocsin eval sample --db FILE --n N --seed S [--data DIR] | --score MARKED\n"
        "       tocsin eval warn [--seed N] [--countries N] | --replay CORPUS.jsonl [--db F]\n"
        "petrarch: codes PETRARCH validation records, prints records exactly right and\n"
        "events correct/uncoded/extra per category. tabari: codes TABARI text records, checks\n"
        "their {SOURCE / TARGET / CODE} blocks, prints PASS/FAIL per record and totals.\n"
        "extract: scores article extraction\n"
        "(must-contain/must-not-contain snippets, or word 4-gram F1 against articleBody).\n"
        "parse: tags and parses gold CoNLL-U words, prints UPOS, XPOS, UFeats, Lemmas, UAS,\n"
        "LAS and the ten worst relations.\n"
        "events: codes gold sentences, prints precision, recall and F1 at root, root + dyad\n"
        "and exact level, or per PLOVER class for events-dev rows (docs/eval-events.md).\n"
        "sample: a sheet of N random stored events to mark y/n/?, or a marked sheet scored.\n"
        "warn: the early-warning alerts on synthetic streams (detection delay, false alarms)\n"
        "or a corpus replayed day by day (docs/warning.md).\n";
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        fputs(usage, argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : 0;
    }
    if (!strcmp(argv[1], "petrarch")) return tc_eval_petrarch_cli(argc - 1, argv + 1);
    if (!strcmp(argv[1], "tabari")) return tc_eval_tabari_cli(argc - 1, argv + 1);
    if (!strcmp(argv[1], "extract")) return tc_eval_extract_cli(argc - 1, argv + 1);
    if (!strcmp(argv[1], "parse")) return tc_eval_parse_cli(argc - 1, argv + 1);
    if (!strcmp(argv[1], "events")) return tc_eval_events_cli(argc - 1, argv + 1);
    if (!strcmp(argv[1], "sample")) return tc_eval_sample_cli(argc - 1, argv + 1);
    if (!strcmp(argv[1], "warn")) return tc_eval_warn_cli(argc - 1, argv + 1);
    fprintf(stderr,
            "tocsin eval: unknown suite '%s' (petrarch, tabari, extract, parse, events, sample,"
            " warn)\n",
            argv[1]);
    return EXIT_USAGE;
}

static const struct {
    const char *name;
    int (*run)(int argc, char **argv);
} delegated[] = {
    {"dict", tc_dict_cli}, {"eval", run_eval}, {"alerts", tc_alerts_cli}, {"watch", tc_watch_cli}};

static void main_usage(FILE *f)
{
    fputs("tocsin " TC_VERSION ": web news to CAMEO event data and early warnings\n\n"
          "Usage: tocsin COMMAND [OPTIONS] [ARGS]\n\nCommands:\n",
          f);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %s\n", commands[i].name);
    for (size_t i = 0; i < sizeof delegated / sizeof delegated[0]; i++)
        fprintf(f, "  %s\n", delegated[i].name);
    fputs("\n'tocsin COMMAND --help' tells more.\n", f);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        main_usage(stderr);
        return EXIT_USAGE;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        main_usage(stdout);
        return 0;
    }
    if (!strcmp(argv[1], "--version")) {
        puts("tocsin " TC_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof delegated / sizeof delegated[0]; i++)
        if (!strcmp(argv[1], delegated[i].name)) return delegated[i].run(argc - 1, argv + 1);
    const command *c = find_command(argv[1]);
    if (!c) {
        fprintf(stderr, "tocsin: unknown command '%s'\n", argv[1]);
        main_usage(stderr);
        return EXIT_USAGE;
    }
    options o = {0};
    int first = parse_options(c->name, &o, argc - 1, argv + 1);
    if (first == -1) return 0;
    if (first < 0) return EXIT_USAGE;
    return c->run(&o, argc - 1 - first, argv + 1 + first);
}
