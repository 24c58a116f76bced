/* bench_commands: the rates users get, timing the tocsin binary as they run it (./tocsin, or
 * $TOCSIN), each beside the engine-only rate measured in this process on the same texts:
 *
 *   1. `tocsin code` on short records: SHORT_RECORDS one-paragraph leads in TABARI's style,
 *      written here (JSONL in a temporary folder): records/s; engine-only: tc_extract +
 *      tc_engine_code on the same records.
 *   2. `tocsin code` on the news corpus (../shared/corpora/voa_stories.jsonl, else the demo
 *      corpus) repeated: sentences/s; engine-only likewise.
 *   3. `tocsin run` end to end into a new database on the same repeated corpus (each copy
 *      made distinct so that nothing is a duplicate): sentences/s and MB/s; then the same run
 *      again on the same database, which adds nothing: its time as a share of the first.
 *   4. Peak RSS of `tocsin code` over a generated JSONL file of $BENCH_RSS_MB (1024) MB, the
 *      corpus's articles repeated (in /tmp, deleted after): memory is bounded by the largest
 *      record, not by the file. Then over one text file of 100 MB, one record: cut at the
 *      per-record limit (16 MB), coded a piece at a time.
 *
 * Child processes are timed by the wall clock, their peak RSS read by wait4. */
#include "corpus.h"
#include "extract.h"
#include "pipeline.h"

#include <fcntl.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#define SHORT_RECORDS 5000
#define CORPUS_COPIES 20
#define DATE          "2023-06-01"

extern char **environ;

typedef struct {
    double seconds;
    double rss_mb;
    int status;
} child;

/* Runs argv with standard output to /dev/null (standard error too when quiet). */
static child run_child(char *const argv[])
{
    child c = {.status = -1};
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid;
    double t0 = bench_now();
    if (posix_spawn(&pid, argv[0], &fa, NULL, argv, environ) != 0) {
        posix_spawn_file_actions_destroy(&fa);
        return c;
    }
    struct rusage ru;
    int st;
    if (wait4(pid, &st, 0, &ru) == pid) {
        c.seconds = bench_now() - t0;
        c.rss_mb = (double)ru.ru_maxrss / 1024;
        c.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    }
    posix_spawn_file_actions_destroy(&fa);
    return c;
}

/* One-paragraph leads as TABARI's test records are: an actor, a verb, an actor, a day, a
 * second sentence that reports. Deterministic (a linear congruential generator). */
static void short_records(bench_corpus *c, size_t n)
{
    static const char *const actors[] = {"Israel",
                                         "Palestinian militants",
                                         "Russia",
                                         "Ukrainian forces",
                                         "The United States",
                                         "China",
                                         "Iran",
                                         "Armenia",
                                         "Azerbaijan",
                                         "Turkey",
                                         "Syrian rebels",
                                         "The European Union",
                                         "Egypt",
                                         "Jordan",
                                         "India",
                                         "Pakistan",
                                         "NATO",
                                         "The United Nations",
                                         "France",
                                         "German officials"};
    static const char *const verbs[] = {"accused",
                                        "met with",
                                        "criticized",
                                        "praised",
                                        "attacked",
                                        "signed an agreement with",
                                        "imposed sanctions on",
                                        "threatened",
                                        "visited",
                                        "urged",
                                        "condemned",
                                        "rejected a proposal from"};
    static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    uint64_t x = 12345;
    c->text = tc_xmalloc(n * sizeof *c->text);
    c->len = tc_xmalloc(n * sizeof *c->len);
    for (size_t i = 0; i < n; i++) {
        size_t k[5];
        for (int j = 0; j < 5; j++) {
            x = x * 6364136223846793005u + 1442695040888963407u;
            k[j] = (size_t)(x >> 33);
        }
        const char *a = actors[k[0] % 20], *b = actors[(k[0] % 20 + 1 + k[1] % 19) % 20];
        char buf[512];
        int len = snprintf(buf, sizeof buf,
                           "%s %s %s on %s over the dispute near the border, officials said. "
                           "%s said talks would resume next week in report %zu.",
                           a, verbs[k[2] % 12], b, days[k[3] % 5], actors[k[4] % 20], i);
        c->text[i] = tc_xstrdup(buf);
        c->len[i] = (size_t)len;
        c->bytes += (size_t)len;
    }
    c->n = n;
}

/* Writes the corpus as JSONL, copies times; each copy's texts open with "Report K." when
 * distinct, so that no article is a duplicate of another. Returns the bytes written. */
static size_t write_jsonl(const char *path, const bench_corpus *c, size_t copies, int distinct)
{
    FILE *f = fopen(path, "w");
    if (!f) return 0;
    for (size_t k = 0; k < copies; k++) {
        for (size_t i = 0; i < c->n; i++) {
            json_t *o = json_object();
            char head[48];
            snprintf(head, sizeof head, "Report %zu. ", k);
            size_t hl = distinct ? strlen(head) : 0;
            char *t = tc_xmalloc(hl + c->len[i] + 1);
            memcpy(t, head, hl);
            memcpy(t + hl, c->text[i], c->len[i] + 1);
            json_object_set_new(o, "date", json_string(DATE));
            json_object_set_new(o, "text", json_stringn(t, hl + c->len[i]));
            json_dumpf(o, f, JSON_COMPACT);
            fputc('\n', f);
            json_decref(o);
            free(t);
        }
    }
    long size = ftell(f);
    fclose(f);
    return size > 0 ? (size_t)size : 0;
}

/* What `tocsin code` does per record, in this process: extract + code; sentences counted. */
static double engine_rate(const tc_engine *e, const bench_corpus *c, size_t *sentences)
{
    tc_arena *a = tc_arena_new(0);
    size_t s = 0, passes = 0;
    double t0 = bench_now(), dt;
    do {
        for (size_t i = 0; i < c->n; i++) {
            tc_arena_reset(a);
            tc_raw raw = {
                .input = "bench", .kind = TC_RAW_TEXT, .body = c->text[i], .body_len = c->len[i]};
            tc_article art;
            tc_coded coded;
            if (tc_extract(&raw, a, &art, NULL) == TC_OK &&
                tc_engine_code(e, &art, a, &coded) == TC_OK)
                s += coded.text.nsents;
        }
        passes++;
        dt = bench_now() - t0;
    } while (dt < 1.0);
    tc_arena_free(a);
    *sentences = s / passes;
    return (double)(passes * c->n) / dt;
}

static void bench_short(const tc_engine *e, char *bin, const char *dir)
{
    bench_corpus c = {0};
    short_records(&c, SHORT_RECORDS);
    char path[256];
    snprintf(path, sizeof path, "%s/short.jsonl", dir);
    write_jsonl(path, &c, 1, 0);
    size_t sents;
    double eng = engine_rate(e, &c, &sents);
    char *argv[] = {bin, (char *)"code", path, (char *)"--format", (char *)"jsonl", NULL};
    child ch = run_child(argv);
    double cmd = (double)c.n / ch.seconds;
    printf("tocsin code, %d short records (TABARI-style leads): %.0f records/s (%.2f s, start-up "
           "included, exit %d); engine-only %.0f records/s; the command takes %.2fx the "
           "engine's time\n",
           SHORT_RECORDS, cmd, ch.seconds, ch.status, eng, eng / cmd);
    unlink(path);
    bench_corpus_free(&c);
}

static void bench_corpus_runs(const tc_engine *e, char *bin, const char *dir, const bench_corpus *c,
                              const char *src)
{
    char path[256], db[256];
    snprintf(path, sizeof path, "%s/corpus.jsonl", dir);
    snprintf(db, sizeof db, "%s/run.db", dir);
    size_t bytes = write_jsonl(path, c, CORPUS_COPIES, 1), sents;
    double eng = engine_rate(e, c, &sents);
    double eng_s = eng * (double)sents / (double)c->n;
    size_t total = sents * CORPUS_COPIES + c->n * CORPUS_COPIES; /* + "Report K." each */
    char *code[] = {bin, (char *)"code", path, (char *)"--format", (char *)"jsonl", NULL};
    child ch = run_child(code);
    printf("tocsin code, %s x %d (%.1f MB): %.0f sentences/s, %.1f MB/s; engine-only %.0f "
           "sentences/s; %.2fx the engine's time\n",
           src, CORPUS_COPIES, (double)bytes / 1e6, (double)total / ch.seconds,
           (double)bytes / 1e6 / ch.seconds, eng_s, eng_s / ((double)total / ch.seconds));
    char *run[] = {bin, (char *)"run", (char *)"-q", path, (char *)"--db", db, NULL};
    child first = run_child(run);
    child again = run_child(run);
    printf("tocsin run into a new database: %.0f sentences/s, %.1f MB/s (%.2f s, exit %d); "
           "the same run again adds nothing in %.2f s: %.1f%% of the first\n",
           (double)total / first.seconds, (double)bytes / 1e6 / first.seconds, first.seconds,
           first.status, again.seconds, 100.0 * again.seconds / first.seconds);
    unlink(path);
    char side[300];
    unlink(db);
    snprintf(side, sizeof side, "%s-wal", db);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", db);
    unlink(side);
}

static void bench_rss(char *bin, const char *dir, const bench_corpus *c)
{
    const char *env = getenv("BENCH_RSS_MB");
    long mb = env ? strtol(env, NULL, 10) : 1024;
    if (mb <= 0) return;
    char path[256];
    snprintf(path, sizeof path, "%s/big.jsonl", dir);
    size_t per_copy = write_jsonl(path, c, 1, 1);
    size_t copies = per_copy ? ((size_t)mb << 20) / per_copy + 1 : 0;
    size_t bytes = write_jsonl(path, c, copies, 1);
    char *code[] = {bin, (char *)"code", path, (char *)"--format", (char *)"jsonl", NULL};
    child ch = run_child(code);
    printf("tocsin code over a %.0f MB JSONL file (%zu records): peak RSS %.1f MB, %.1f MB/s "
           "(%.0f s, exit %d)\n",
           (double)bytes / 1e6, copies * c->n, ch.rss_mb, (double)bytes / 1e6 / ch.seconds,
           ch.seconds, ch.status);
    unlink(path);
    snprintf(path, sizeof path, "%s/big.txt", dir);
    FILE *f = fopen(path, "w");
    if (!f) return;
    fputs("One long record\n\n", f);
    for (size_t written = 0; written < (size_t)100 << 20;) {
        for (size_t i = 0; i < c->n; i++) {
            fwrite(c->text[i], 1, c->len[i], f);
            fputs("\n\n", f);
            written += c->len[i] + 2;
        }
    }
    fclose(f);
    char *one[] = {bin, (char *)"code", path, (char *)"--format", (char *)"jsonl", NULL};
    ch = run_child(one);
    printf("tocsin code on one 100 MB text record (cut at 16 MB): peak RSS %.1f MB (%.1f s, exit "
           "%d)\n",
           ch.rss_mb, ch.seconds, ch.status);
    unlink(path);
}

int main(void)
{
    char *bin = getenv("TOCSIN") ? getenv("TOCSIN") : (char *)"./tocsin";
    if (access(bin, X_OK) != 0) {
        printf("bench_commands: %s not found (make all first), skipped\n", bin);
        return 0;
    }
    bench_corpus c = {0};
    const char *src = bench_load_default(&c);
    tc_err err = {0};
    tc_engine *e = tc_engine_load(tc_datadir(NULL), NULL, NULL, &err);
    if (!e) {
        fprintf(stderr, "bench_commands: cannot load the dictionaries: %s\n", err.msg);
        return 1;
    }
    char dir[] = "/tmp/tocsin-bench-XXXXXX";
    if (!mkdtemp(dir)) return 1;
    bench_short(e, bin, dir);
    if (src) {
        bench_corpus_runs(e, bin, dir, &c, src);
        bench_rss(bin, dir, &c);
    } else {
        printf("bench_commands: neither %s nor %s found, corpus runs skipped\n", BENCH_VOA,
               BENCH_DEMO);
    }
    rmdir(dir);
    tc_engine_free(e);
    bench_corpus_free(&c);
    return 0;
}
