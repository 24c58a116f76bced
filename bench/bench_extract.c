/* bench_extract: HTML extraction speed on ../shared/extraction-dev/pages, against Debian's
 * python3-readability run on the same pages in the same invocation (the machines are noisy:
 * only the ratio is stable).
 *
 * Every page is read and gunzipped first, so the timed loop is tc_extract alone, single
 * threaded, one arena reset per page. The baseline is a small inline python3 script given the
 * same folder, run by Debian's /usr/bin/python3 (where the package is); it times
 * Document(html).summary() the same way and prints its rate. Prints pages/s, MB/s, the ratio and
 * the peak RSS. Exits 0 with a message when the pages are absent. */
#include "arena.h"
#include "extract.h"
#include "read.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#define PAGES_DIR "../shared/extraction-dev/pages"
#define PAGE_MAX  ((size_t)64 << 20)

typedef struct {
    char **html;
    size_t *len, n, bytes;
} corpus;

static const char baseline_py[] =
    "import gzip, os, sys, time\n"
    "from readability import Document\n"
    "d = sys.argv[1]\n"
    "pages = []\n"
    "for f in sorted(os.listdir(d)):\n"
    "    with gzip.open(os.path.join(d, f), 'rb') as fh: pages.append(fh.read())\n"
    "t = time.perf_counter()\n"
    "for p in pages:\n"
    "    try: Document(p).summary()\n"
    "    except Exception: pass\n"
    "print(len(pages) / (time.perf_counter() - t))\n";

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void load(const char *dir, DIR *d, corpus *c)
{
    size_t cap = 0, nn = 0;
    char **names = NULL;
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.') continue;
        if (nn == cap) names = tc_xrealloc(names, (cap = cap * 2 + 64) * sizeof *names);
        names[nn++] = tc_xstrdup(e->d_name);
    }
    qsort(names, nn, sizeof *names, cmp_str);
    c->html = tc_xcalloc(nn ? nn : 1, sizeof *c->html);
    c->len = tc_xcalloc(nn ? nn : 1, sizeof *c->len);
    for (size_t i = 0; i < nn; i++) {
        char path[4096];
        tc_err err;
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        c->html[c->n] = tc_read_file(path, PAGE_MAX, &c->len[c->n], &err);
        if (c->html[c->n]) c->bytes += c->len[c->n++];
        free(names[i]);
    }
    free(names);
}

/* The baseline's pages/s, or 0 when python3-readability cannot run. */
static double baseline(const char *dir)
{
    char cmd[8192];
    snprintf(cmd, sizeof cmd, "/usr/bin/python3 - '%s' 2>/dev/null <<'EOF'\n%sEOF\n", dir,
             baseline_py);
    FILE *p = popen(cmd, "r");
    double rate = 0;
    if (!p) return 0;
    if (fscanf(p, "%lf", &rate) != 1) rate = 0;
    pclose(p);
    return rate;
}

int main(void)
{
    DIR *d = opendir(PAGES_DIR);
    if (!d) {
        printf("bench_extract: %s not found, skipped\n", PAGES_DIR);
        return 0;
    }
    corpus c = {0};
    load(PAGES_DIR, d, &c);
    closedir(d);
    tc_arena *a = tc_arena_new(0);
    size_t ok = 0;
    double t = now();
    for (size_t i = 0; i < c.n; i++) {
        tc_raw raw = {
            .input = "page", .kind = TC_RAW_HTML, .body = c.html[i], .body_len = c.len[i]};
        tc_article art;
        tc_arena_reset(a);
        ok += tc_extract(&raw, a, &art, NULL) == TC_OK;
    }
    t = now() - t;
    double rate = (double)c.n / t;
    printf("tocsin extract: %zu pages (%zu with text), %.1f MB: %.0f pages/s, %.1f MB/s\n", c.n, ok,
           (double)c.bytes / 1e6, rate, (double)c.bytes / 1e6 / t);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak RSS %.0f MB (the corpus held in memory: %.0f MB)\n", (double)ru.ru_maxrss / 1024,
           (double)c.bytes / 1e6);
    double base = baseline(PAGES_DIR);
    if (base > 0)
        printf("python3-readability: %.1f pages/s; tocsin is %.1fx faster\n", base, rate / base);
    else
        printf("python3-readability: not available, no baseline\n");
    for (size_t i = 0; i < c.n; i++) free(c.html[i]);
    free(c.html);
    free(c.len);
    tc_arena_free(a);
    return 0;
}
