/* Tests of story (and of dedup inside the pipeline): the demo corpus against the golden
 * stories (pair precision and recall), the same clusters when the corpus comes in two runs,
 * nothing changed by a re-run, syndicated copies, and the clusterer alone. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "gdelt.h"
#include "mention.h"
#include "pipeline.h"
#include "story.h"

#include <jansson.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define GOLDEN "tests/golden/stories-demo.txt"
#define DEMO   TC_DATADIR "/demo/corpus.jsonl"

static char dir[64];

static int setup(void **state)
{
    snprintf(dir, sizeof dir, "/tmp/tc_story_XXXXXX");
    assert_non_null(mkdtemp(dir));
    return 0;
}

static int teardown(void **state)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    return system(cmd);
}

static void quiet(const tc_diag *d, void *ctx)
{
    (void)d;
    (void)ctx;
}

/* Runs the pipeline on inputs into dir/name; returns the path. */
static const char *run_into(const char *name, const char *const *inputs, size_t n)
{
    static char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    tc_run_opts o = {.datadir = TC_DATADIR, .notice = quiet};
    tc_run_stats st;
    tc_err err = {0};
    int rc = tc_run(NULL, path, inputs, n, &o, &st, &err);
    if (rc != TC_OK) fail_msg("tc_run: %s", err.msg);
    assert_int_equal(st.failed, 0);
    return path;
}

static int64_t sql_int(const char *path, const char *sql)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    int64_t v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

/* ---- the stories of a database, as "outlet | title" keys with a story number each ---- */

typedef struct {
    char key[64][240];
    int64_t story[64];
    int n;
} clustering;

static void read_clusters(const char *path, clustering *c)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    memset(c, 0, sizeof *c);
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db,
                                        "SELECT a.date, a.outlet, a.title, s.story_id FROM"
                                        " articles a JOIN story_articles s ON s.article_id = a.id"
                                        " ORDER BY a.id",
                                        -1, &st, NULL),
                     SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW && c->n < 64) {
        snprintf(c->key[c->n], sizeof c->key[0], "%s | %s | %s", sqlite3_column_text(st, 0),
                 sqlite3_column_text(st, 1), sqlite3_column_text(st, 2));
        c->story[c->n++] = sqlite3_column_int64(st, 3);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
}

static int find_key(const clustering *c, const char *key)
{
    for (int i = 0; i < c->n; i++)
        if (!strcmp(c->key[i], key)) return i;
    return -1;
}

/* The golden blocks as a clustering over the articles of got: block number per article,
 * 0 for an article in no block. Every golden line must name an article of got. */
static void read_golden(const clustering *got, int64_t gold[64])
{
    FILE *f = fopen(GOLDEN, "r");
    assert_non_null(f);
    char line[512];
    int block = 0, lineno = 0;
    memset(gold, 0, 64 * sizeof *gold);
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\n")] = 0;
        if (!line[0] || line[0] == '#') continue;
        if (!strncmp(line, "story:", 6)) {
            block++;
            continue;
        }
        int i = find_key(got, line);
        if (i < 0) fail_msg("%s:%d: no such article in the demo corpus: %s", GOLDEN, lineno, line);
        assert_int_equal(gold[i], 0);
        gold[i] = block;
    }
    fclose(f);
    assert_true(block >= 5);
}

/* Pairs of articles in one story: those both agree on, and those of each. */
static void pairs(const clustering *got, const int64_t *gold, int *both, int *in_got, int *in_gold)
{
    *both = *in_got = *in_gold = 0;
    for (int i = 0; i < got->n; i++) {
        for (int j = i + 1; j < got->n; j++) {
            int g = got->story[i] == got->story[j], h = gold[i] && gold[i] == gold[j];
            *in_got += g;
            *in_gold += h;
            *both += g && h;
        }
    }
}

static void test_golden_demo(void **state)
{
    const char *in[] = {DEMO};
    const char *path = run_into("demo.db", in, 1);
    clustering got;
    int64_t gold[64];
    read_clusters(path, &got);
    assert_int_equal(got.n, 50);
    read_golden(&got, gold);
    int both, in_got, in_gold;
    pairs(&got, gold, &both, &in_got, &in_gold);
    double p = in_got ? (double)both / in_got : 1, r = in_gold ? (double)both / in_gold : 1;
    printf("demo stories: %lld stories; same-story pairs: %d found, %d intended, %d both:"
           " precision %.3f, recall %.3f\n",
           (long long)sql_int(path, "SELECT count(*) FROM stories"), in_got, in_gold, both, p, r);
    for (int i = 0; i < got.n; i++) {
        for (int j = i + 1; j < got.n; j++) {
            int g = got.story[i] == got.story[j], h = gold[i] && gold[i] == gold[j];
            if (g != h)
                printf("  %s: %s\n    %s\n", g ? "joined, not intended" : "intended, not joined",
                       got.key[i], got.key[j]);
        }
    }
    assert_true(p >= 0.9);
    assert_true(r >= 0.8);
}

/* The corpus in two runs gives the stories of one run: a new batch joins stored stories. */
static void test_incremental(void **state)
{
    const char *in[] = {DEMO};
    const char *whole = run_into("whole.db", in, 1);
    clustering one, two;
    read_clusters(whole, &one);

    /* the first 25 lines, then the rest, as two files */
    char a[128], b[128];
    snprintf(a, sizeof a, "%s/first.jsonl", dir);
    snprintf(b, sizeof b, "%s/second.jsonl", dir);
    FILE *f = fopen(DEMO, "r"), *fa = fopen(a, "w"), *fb = fopen(b, "w");
    assert_non_null(f);
    char *line = NULL;
    size_t cap = 0;
    for (int i = 0; getline(&line, &cap, f) > 0; i++) fputs(line, i < 25 ? fa : fb);
    free(line);
    fclose(f);
    fclose(fa);
    fclose(fb);
    const char *first[] = {a}, *second[] = {b};
    run_into("parts.db", first, 1);
    const char *parts = run_into("parts.db", second, 1);
    read_clusters(parts, &two);
    assert_int_equal(one.n, two.n);
    int differ = 0;
    for (int i = 0; i < one.n; i++)
        for (int j = i + 1; j < one.n; j++)
            differ += (one.story[i] == one.story[j]) != (two.story[i] == two.story[j]);
    printf("two runs against one: %d pairs differ\n", differ);
    assert_int_equal(differ, 0);
}

typedef struct {
    int64_t stories, events, mentions, articles, outlets, denials;
} totals;

static int add_totals(const tc_story_view *v, void *ctx)
{
    totals *t = ctx;
    t->stories++;
    for (size_t i = 0; i < v->nev; i++) {
        t->events++;
        t->mentions += v->ev[i].mentions;
        t->articles += v->ev[i].articles;
        t->outlets += v->ev[i].outlets;
        t->denials += (int64_t)v->ev[i].ndenials;
    }
    return 0;
}

static totals story_totals(const char *path)
{
    tc_err err = {0};
    tc_store *st = tc_store_open(path, 1, &err);
    assert_non_null(st);
    totals t = {0};
    assert_int_equal(tc_mention_stories(st, 0, add_totals, &t, &err), 0);
    tc_store_close(st);
    return t;
}

/* A re-run of the same input changes no story, copy or claim count. */
static void test_rerun(void **state)
{
    const char *in[] = {DEMO};
    const char *path = run_into("rerun.db", in, 1);
    static const char *const counts[] = {
        "SELECT count(*) FROM stories",
        "SELECT count(*) FROM story_articles",
        "SELECT count(*) FROM story_copies",
        "SELECT count(*) FROM story_claims",
        "SELECT count(DISTINCT story_id) FROM story_articles",
        "SELECT total(df) FROM story_terms",
    };
    int64_t before[6];
    for (int i = 0; i < 6; i++) before[i] = sql_int(path, counts[i]);
    totals t0 = story_totals(path);
    run_into("rerun.db", in, 1);
    for (int i = 0; i < 6; i++) assert_int_equal(sql_int(path, counts[i]), before[i]);
    totals t1 = story_totals(path);
    printf("demo: %lld stories, %lld events, %lld mentions, %lld denials linked; the same after"
           " a re-run: %s\n",
           (long long)t0.stories, (long long)t0.events, (long long)t0.mentions,
           (long long)t0.denials, memcmp(&t0, &t1, sizeof t0) ? "no" : "yes");
    assert_true(t0.events > 50);
    assert_true(t0.mentions >= t0.events);
    assert_memory_equal(&t0, &t1, sizeof t0);
    assert_true(before[0] > 10 && before[0] < 50);
}

/* ---- syndicated copies ---- */

/* An article of our own, and what syndication does to it. */
static const char *const wire =
    "Officials in the port city of Varnel said on Tuesday that the northern ferry line would "
    "stay closed for a second week after a storm damaged the pier at Osk. Engineers from the "
    "regional authority inspected the pier and found cracks in three of its pillars. The "
    "ferry company said about 4,000 passengers a day use the line in winter, most of them "
    "workers who cross to the shipyards. A temporary bus service around the bay takes almost "
    "three hours. The mayor of Osk asked the government for emergency funds to repair the "
    "pier before the spring season. The transport ministry said it would send a team on "
    "Thursday to assess the cost of the works.";

static void write_record(FILE *f, const char *outlet, const char *url, const char *date,
                         const char *text)
{
    fprintf(f,
            "{\"source\": \"%s\", \"url\": \"%s\", \"date\": \"%s\", \"title\": \"Ferry "
            "line stays shut\", \"text\": \"%s\"}\n",
            outlet, url, date, text);
}

static char *edited(const char *from, const char *to, const char *head, const char *tail)
{
    const char *at = strstr(wire, from);
    assert_non_null(at);
    size_t n = strlen(wire) + strlen(to) + strlen(head) + strlen(tail) + 8;
    char *t = malloc(n);
    snprintf(t, n, "%s %.*s%s%s %s", head, (int)(at - wire), wire, to, at + strlen(from), tail);
    return t;
}

static void test_copies(void **state)
{
    char path[128];
    snprintf(path, sizeof path, "%s/copies.jsonl", dir);
    FILE *f = fopen(path, "w");
    write_record(f, "Coast Wire", "https://coastwire.example/1", "2024-02-06", wire);
    char *c1 = edited("on Tuesday", "on Tuesday evening", "Advertisement.",
                      "Share this story. Sign up for our newsletter.");
    char *c2 = edited("almost three hours", "nearly three hours",
                      "Breaking news:", "Copyright Coast Wire. All rights reserved.");
    char *c3 = edited("a second week", "another week", "", "Read more stories from the region.");
    write_record(f, "Bay Herald", "https://bayherald.example/ferry", "2024-02-06", c1);
    write_record(f, "Northern Daily", "https://northerndaily.example/f", "2024-02-07", c2);
    write_record(f, "Harbour Times", "https://harbourtimes.example/x", "2024-02-07", c3);
    /* the very same text from another outlet: not stored twice, kept as a copy */
    write_record(f, "Island Post", "https://islandpost.example/ferry", "2024-02-07", wire);
    write_record(f, "Valley Courier", "https://valleycourier.example/r", "2024-02-07",
                 "The valley's orchards expect a record apple harvest this autumn, growers "
                 "said, after a mild spring and steady rain through the summer months.");
    fclose(f);
    free(c1);
    free(c2);
    free(c3);
    const char *in[] = {path};
    const char *db = run_into("copies.db", in, 1);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM articles"), 5);
    /* the three edited copies point at the wire original; the exact copy is a copy row */
    assert_int_equal(sql_int(db, "SELECT count(*) FROM story_articles s JOIN articles a ON"
                                 " a.id = s.copy_of WHERE a.outlet = 'Coast Wire'"),
                     3);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM story_copies c JOIN articles a ON"
                                 " a.id = c.article_id WHERE a.outlet = 'Coast Wire'"
                                 " AND c.outlet = 'Island Post'"),
                     1);
    /* one story for the five outlets' ferry articles, another for the orchards */
    assert_int_equal(sql_int(db, "SELECT count(DISTINCT story_id) FROM story_articles"), 2);
    /* a re-run adds no copy */
    run_into("copies.db", in, 1);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM story_copies"), 1);
}

/* ---- events and mentions ---- */

typedef struct {
    tc_story_view v; /* the first story's counts */
    int stories;
    /* the event with most independent outlets: its counts */
    int64_t mentions, articles, outlets;
    char src[32], root[3], tgt[32];
    /* seeds */
    int blockade_both, env_event, contested, env_contested, pretend_linked, claim_linked;
    char sides[256];
} seen;

static int copy_counts(const tc_story_view *v, void *ctx)
{
    seen *s = ctx;
    if (s->stories++ == 0) s->v = *v;
    for (size_t i = 0; i < v->nev; i++) {
        const tc_story_event *e = &v->ev[i];
        if (e->outlets > s->outlets || (e->outlets == s->outlets && e->mentions > s->mentions)) {
            s->outlets = e->outlets;
            s->mentions = e->mentions;
            s->articles = e->articles;
            snprintf(s->src, sizeof s->src, "%s", e->src_code);
            snprintf(s->root, sizeof s->root, "%s", e->root);
            snprintf(s->tgt, sizeof s->tgt, "%s", e->tgt_code);
        }
    }
    return 0;
}

static const char *const shelling =
    "Azerbaijani forces shelled Armenian positions near the village of Sotk on Tuesday, "
    "Armenia's defence ministry said. Two soldiers were wounded in the shelling, the ministry "
    "said, and the fire stopped after about an hour. Azerbaijan's defence ministry said its "
    "units had answered fire from Armenian positions. The European Union urged both sides to "
    "respect the ceasefire and to return to talks on a peace treaty. Residents of Sotk said "
    "they had spent the night in basements and that the shelling damaged a school.";

/* Syndicated copies of a report are mentions of its events, never independent outlets. */
static void test_copies_events(void **state)
{
    char path[128];
    snprintf(path, sizeof path, "%s/shelling.jsonl", dir);
    FILE *f = fopen(path, "w");
    json_t *o = json_object();
    static const struct {
        const char *outlet, *url, *head, *tail, *from, *to;
    } recs[] = {
        {"Caspian Wire", "https://caspianwire.example/a", "", "", NULL, NULL},
        {"Hill Gazette", "https://hillgazette.example/b", "Advertisement.",
         "Share this article. Subscribe to our newsletter.", "about an hour", "nearly an hour"},
        {"Plain Observer", "https://plainobserver.example/c", "Breaking:",
         "Copyright Caspian Wire. Read more from the region.", "a school", "the village school"},
        {"Lake Times", "https://laketimes.example/d", "", "", NULL, NULL}, /* exact copy */
    };
    for (size_t i = 0; i < 4; i++) {
        char text[2048];
        const char *at = recs[i].from ? strstr(shelling, recs[i].from) : NULL;
        if (at)
            snprintf(text, sizeof text, "%s %.*s%s%s %s", recs[i].head, (int)(at - shelling),
                     shelling, recs[i].to, at + strlen(recs[i].from), recs[i].tail);
        else
            snprintf(text, sizeof text, "%s", shelling);
        json_object_set_new(o, "source", json_string(recs[i].outlet));
        json_object_set_new(o, "url", json_string(recs[i].url));
        json_object_set_new(o, "date", json_string("2024-05-14"));
        json_object_set_new(o, "title", json_string("Shelling near Sotk"));
        json_object_set_new(o, "text", json_string(text));
        json_dumpf(o, f, JSON_COMPACT);
        fputc('\n', f);
    }
    /* an independent report of the same shelling, in other words */
    json_object_set_new(o, "source", json_string("Valley Courier"));
    json_object_set_new(o, "url", json_string("https://valleycourier.example/e"));
    json_object_set_new(o, "text",
                        json_string("Azerbaijani forces shelled Armenian positions near Sotk "
                                    "overnight, wounding two soldiers, officials in Yerevan "
                                    "said. Baku said its troops had only returned fire."));
    json_dumpf(o, f, JSON_COMPACT);
    fputc('\n', f);
    json_decref(o);
    fclose(f);
    const char *in[] = {path};
    const char *db = run_into("shelling.db", in, 1);
    tc_err err = {0};
    tc_store *st = tc_store_open(db, 1, &err);
    assert_non_null(st);
    seen s = {0};
    assert_int_equal(tc_mention_stories(st, 0, copy_counts, &s, &err), 0);
    tc_store_close(st);
    printf("shelling: %d stories; first: %lld articles (%lld copies), %lld outlets, %lld"
           " independent; its most reported event %s %s %s: %lld mentions, %lld articles, %lld"
           " independent outlets\n",
           s.stories, (long long)s.v.articles, (long long)s.v.copies, (long long)s.v.outlets,
           (long long)s.v.independent, s.src, s.root, s.tgt, (long long)s.mentions,
           (long long)s.articles, (long long)s.outlets);
    assert_int_equal(s.stories, 1);
    assert_int_equal(s.v.articles, 5);
    assert_int_equal(s.v.copies, 3);
    assert_int_equal(s.v.outlets, 5);
    assert_int_equal(s.v.independent, 2);
    /* the shelling: reported by the wire (and its three copies) and the courier */
    assert_string_equal(s.root, "19");
    assert_int_equal(s.outlets, 2);
    assert_int_equal(s.articles, 5);
    assert_true(s.mentions >= 5);
}

/* The GDELT tables: 61 and 16 tab-separated columns, one row per event and per mention. */
static void test_gdelt(void **state)
{
    const char *in[] = {DEMO};
    const char *path = run_into("gdelt.db", in, 1);
    totals t = story_totals(path);
    tc_err err = {0};
    tc_store *st = tc_store_open(path, 1, &err);
    for (int mentions = 0; mentions < 2; mentions++) {
        char *buf = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&buf, &len);
        assert_int_equal(tc_gdelt_write(st, f, mentions, &err), 0);
        fclose(f);
        int64_t rows = 0;
        int want = mentions ? 16 : 61;
        for (char *line = buf; *line;) {
            char *end = strchr(line, '\n');
            assert_non_null(end);
            int fields = 1;
            for (char *p = line; p < end; p++) fields += *p == '\t';
            assert_int_equal(fields, want);
            /* the id is a number, the same as in the events table */
            assert_true(line[0] >= '1' && line[0] <= '9');
            rows++;
            line = end + 1;
        }
        assert_int_equal(rows, mentions ? t.mentions : t.events);
        free(buf);
    }
    tc_store_close(st);
}

/* ---- the seeds (../shared/seeds): two outlets, one story, the blockade and its denials ---- */

#define SEEDS "../shared/seeds"

static int seeds_view(const tc_story_view *v, void *ctx)
{
    seen *s = ctx;
    if (s->stories++ == 0) s->v = *v;
    for (size_t i = 0; i < v->nev; i++) {
        const tc_story_event *e = &v->ev[i];
        char side[8];
        tc_story_side(e->src_code, side);
        if (strcmp(e->kind, "block")) continue;
        if (strstr(side, "ENV")) { /* the activists, with their country or without */
            s->env_event = 1;
            s->env_contested |= e->contested;
            continue;
        }
        if (strcmp(side, "AZE")) continue;
        int blog = 0, news = 0;
        for (size_t k = 0; k < e->nm; k++) {
            blog |= !strcmp(e->m[k].outlet, "blog");
            news |= !strcmp(e->m[k].outlet, "newsoutlet");
        }
        if (blog && news) {
            s->blockade_both = 1;
            s->contested |= e->contested;
            snprintf(s->sides, sizeof s->sides, "%s", e->sides);
        }
        for (size_t k = 0; k < e->ndenials; k++) {
            s->pretend_linked |= !strcmp(e->denials[k].cue, "pretend");
            s->claim_linked |= strstr(e->denials[k].sentence, "alternate routes") != NULL;
        }
    }
    return 0;
}

static void test_seeds(void **state)
{
    static const char *const files[][3] = {
        {SEEDS "/000_fa6794096af13f2a.txt", "blog", "2023-07-30"},
        {SEEDS "/002_2140aaaae3518148.txt", "newsoutlet", "2023-07-31"},
    };
    if (access(files[0][0], R_OK) || access(files[1][0], R_OK)) {
        printf("seeds: %s is not here: test skipped\n", SEEDS);
        skip();
    }
    char path[128];
    snprintf(path, sizeof path, "%s/seeds.jsonl", dir);
    FILE *out = fopen(path, "w");
    for (int i = 0; i < 2; i++) {
        FILE *f = fopen(files[i][0], "r");
        char *text = calloc(1, 1 << 16);
        size_t n = fread(text, 1, (1 << 16) - 1, f);
        fclose(f);
        json_t *o = json_object();
        json_object_set_new(o, "source", json_string(files[i][1]));
        json_object_set_new(o, "date", json_string(files[i][2]));
        json_object_set_new(o, "url", json_string(files[i][0]));
        json_object_set_new(o, "text", json_stringn(text, n));
        json_dumpf(o, out, JSON_COMPACT);
        fputc('\n', out);
        json_decref(o);
        free(text);
    }
    fclose(out);
    const char *in[] = {path};
    const char *db = run_into("seeds.db", in, 1);
    tc_err err = {0};
    tc_store *st = tc_store_open(db, 1, &err);
    seen s = {0};
    assert_int_equal(tc_mention_stories(st, 0, seeds_view, &s, &err), 0);
    tc_store_close(st);
    printf("seeds: %d story, %lld outlets; 'pretend ... not taking place' linked to an Azerbaijani"
           " blockade event: %s; 'alternate routes exist' linked: %s\n",
           s.stories, (long long)s.v.outlets, s.pretend_linked ? "yes" : "no",
           s.claim_linked ? "yes" : "no");
    assert_int_equal(s.stories, 1);
    assert_int_equal(s.v.outlets, 2);
    assert_true(s.pretend_linked);
    assert_true(s.claim_linked);
    /* "Azerbaijan has blockaded" (AZE 191 ARMCHR), "blocking the only lifeline" (AZEGOV 191
     * ARM) and "blockaded by environmental activists" (AZEENV 144): one kind of happening, in
     * one place; the activists' blockade another side's account of it */
    printf("seeds: an Azerbaijani blockade event with mentions from both articles: %s; an"
           " activists' blockade event: %s; contested: %s, %s; sides: %s\n",
           s.blockade_both ? "yes" : "no", s.env_event ? "yes" : "no", s.contested ? "yes" : "no",
           s.env_contested ? "yes" : "no", s.sides);
    assert_true(s.blockade_both);
    assert_true(s.env_event);
    assert_true(s.contested);
    assert_true(s.env_contested);
    assert_non_null(strstr(s.sides, "AZE: blog, newsoutlet"));
    assert_non_null(strstr(s.sides, "ENV: newsoutlet"));
}

/* ---- contested attribution and apartness, on articles of our own ---- */

/* Two outlets blame a roadblock near Cochabamba on different doers (the police, farmers):
 * one happening, contested, each side with its outlet. In the same story the police also
 * fire on the farmers (another kind of happening: 193, not the 191 blockade), block a road
 * near Santa Cruz the same day (the same key, 300 km away), and truckers block a highway in
 * Peru (the same kind, in another country): each stays an event of its own, not contested. */
static const char *const roadblock[][5] = {
    {"Andes Courier", "https://andes.example/1", "2024-03-05", "Highway to Cochabamba blocked",
     "Bolivian police blocked the highway near Cochabamba on Monday, stranding hundreds of "
     "trucks carrying food and fuel. Drivers said they had waited for more than ten hours at "
     "the roadblock. Bolivian police also blocked the main road near Santa Cruz on Monday. "
     "Bolivian police fired on the farmers near Cochabamba on Tuesday. In neighbouring Peru, "
     "truckers blocked the highway near Arequipa on Tuesday. Traders in Cochabamba said "
     "prices of rice and cooking gas had doubled since the weekend."},
    {"Valley Post", "https://valleypost.example/2", "2024-03-06",
     "Cochabamba roadblock enters second day",
     "Bolivian farmers blocked the highway near Cochabamba on Monday to demand cheaper "
     "fertiliser, according to truck drivers stuck in the queue. Dozens of lorries loaded "
     "with vegetables and diesel stood idle along the roadside overnight. Market stalls in "
     "Cochabamba ran short of rice, and the price of a gas cylinder has doubled, vendors "
     "said."},
};

typedef struct {
    int stories, events;
    char found[8][160]; /* "SIDE KIND place contested|- mentions: sides" */
    int n;
} accounts;

static int roadblock_view(const tc_story_view *v, void *ctx)
{
    accounts *a = ctx;
    a->stories++;
    for (size_t i = 0; i < v->nev; i++) {
        const tc_story_event *e = &v->ev[i];
        char side[8];
        a->events++;
        if ((strcmp(e->kind, "block") && strcmp(e->kind, "attack")) || a->n == 8) continue;
        tc_story_side(e->src_code, side);
        snprintf(a->found[a->n++], sizeof a->found[0], "%s %s %s %s %zu: %s", side, e->kind,
                 e->place, e->contested ? "contested" : "-", e->nm, e->sides);
    }
    return 0;
}

static int has_line(const accounts *a, const char *want)
{
    for (int i = 0; i < a->n; i++)
        if (!strcmp(a->found[i], want)) return 1;
    return 0;
}

static void test_contested(void **state)
{
    char path[128];
    snprintf(path, sizeof path, "%s/roadblock.jsonl", dir);
    FILE *f = fopen(path, "w");
    json_t *o = json_object();
    for (size_t i = 0; i < 2; i++) {
        static const char *const keys[] = {"source", "url", "date", "title", "text"};
        for (size_t k = 0; k < 5; k++)
            json_object_set_new(o, keys[k], json_string(roadblock[i][k]));
        json_dumpf(o, f, JSON_COMPACT);
        fputc('\n', f);
    }
    json_decref(o);
    fclose(f);
    const char *in[] = {path};
    const char *db = run_into("roadblock.db", in, 1);
    tc_err err = {0};
    tc_store *st = tc_store_open(db, 1, &err);
    accounts a = {0};
    assert_int_equal(tc_mention_stories(st, 0, roadblock_view, &a, &err), 0);
    tc_store_close(st);
    printf("roadblock: %d story, %d events; its blockades and attacks:\n", a.stories, a.events);
    for (int i = 0; i < a.n; i++) printf("  %s\n", a.found[i]);
    assert_int_equal(a.stories, 1);
    assert_true(has_line(&a, "BOL block Cochabamba, BOL contested 1: BOL: Andes Courier;"
                             " BOLAGR: Valley Post"));
    assert_true(has_line(&a, "BOLAGR block Cochabamba, BOL contested 1: BOLAGR: Valley Post;"
                             " BOL: Andes Courier"));
    assert_true(has_line(&a, "BOL attack Cochabamba, BOL - 1: "));
    assert_true(has_line(&a, "BOL block Santa Cruz de la Sierra, BOL - 1: "));
    assert_true(has_line(&a, "PER block Arequipa, PER - 1: "));
    assert_int_equal(a.n, 5);
}

/* The kinds of happening and the sides. */
static void test_kinds(void **state)
{
    static const char *const cases[][3] = {
        {"191", "block", "1"},  {"144", "block", "1"},  {"1443", "block", "1"},
        {"190", "attack", "1"}, {"194", "attack", "1"}, {"1831", "attack", "1"},
        {"192", "occupy", "1"}, {"145", "riot", "1"},   {"175", "riot", "1"},
        {"173", "detain", "1"}, {"181", "detain", "1"}, {"1823", "harm", "1"},
        {"020", "02", "0"},     {"163", "16", "0"},     {"172", "17", "0"},
        {"070", "07", "0"},     {"1381", "13", "0"},    {"201", "expel", "1"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char kind[8];
        int physical = tc_mention_kind(cases[i][0], kind);
        if (strcmp(kind, cases[i][1]) || physical != cases[i][2][0] - '0')
            fail_msg("%s: kind %s (%d), want %s (%s)", cases[i][0], kind, physical, cases[i][1],
                     cases[i][2]);
    }
    static const char *const sides[][2] = {
        {"AZE", "AZE"},       {"AZEGOV", "AZE"},    {"AZEMILGOV", "AZE"}, {"AZECOP", "AZE"},
        {"AZEENV", "AZEENV"}, {"ARMREB", "ARMREB"}, {"IGOUNO", "IGOUNO"}, {"---ENV", "---ENV"},
    };
    for (size_t i = 0; i < sizeof sides / sizeof *sides; i++) {
        char side[8];
        tc_story_side(sides[i][0], side);
        assert_string_equal(side, sides[i][1]);
    }
    char country[8];
    tc_story_country("ARMCHR", country);
    assert_string_equal(country, "ARM");
}

/* The clusterer alone: stories open and close with the window. */
static void test_cluster_window(void **state)
{
    tc_story_opts o = {.window = 3};
    tc_cluster *c = tc_cluster_new(&o, NULL, NULL);
    const char *t1 = "Floods in Marovia: the river Tessel burst its banks near Dunmore.";
    const char *t2 = "The Tessel floods reach Dunmore's old town, Marovia's officials say.";
    tc_cluster_doc d1 = {t1, strlen(t1), 100, "Floods", NULL, 0};
    tc_cluster_doc d2 = {t2, strlen(t2), 102, "More floods", NULL, 0};
    tc_cluster_doc d3 = {t2, strlen(t2), 110, "Floods again", NULL, 0};
    double sim;
    int created;
    int64_t s1 = tc_cluster_add(c, &d1, 0, &sim, &created);
    assert_true(created);
    int64_t s2 = tc_cluster_add(c, &d2, 0, &sim, &created);
    assert_false(created);
    assert_int_equal(s1, s2);
    assert_true(sim >= TC_STORY_THRESHOLD);
    /* eight days after the story's last article: outside the window, a new story */
    int64_t s3 = tc_cluster_add(c, &d3, 0, &sim, &created);
    assert_true(created);
    assert_true(s3 != s1);
    /* a copy joins the story it is told to join */
    assert_int_equal(tc_cluster_add(c, &d1, s1, &sim, &created), s1);
    tc_cluster_free(c);
}

int main(void)
{
    if (access(GOLDEN, R_OK) != 0 && chdir("..") != 0) return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_golden_demo, setup, teardown),
        cmocka_unit_test_setup_teardown(test_incremental, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rerun, setup, teardown),
        cmocka_unit_test_setup_teardown(test_copies, setup, teardown),
        cmocka_unit_test_setup_teardown(test_copies_events, setup, teardown),
        cmocka_unit_test_setup_teardown(test_gdelt, setup, teardown),
        cmocka_unit_test_setup_teardown(test_seeds, setup, teardown),
        cmocka_unit_test_setup_teardown(test_contested, setup, teardown),
        cmocka_unit_test(test_kinds),
        cmocka_unit_test(test_cluster_window),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
