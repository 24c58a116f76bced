/* libFuzzer target for the dictionary readers: the input is written to a temporary file and
 * loaded as our own actor format and as a PETRARCH actor, agent and discard file, each into
 * a fresh dictionary that then scans a fixed sentence and is checked by `dict check`'s walk.
 * Bad lines must become diagnostics: no crash, no leak, no undefined behaviour.
 *
 *   make fuzz   (builds build-fuzz/fuzz_dict with clang -fsanitize=fuzzer,address,undefined) */
#include "actors.h"
#include "petrarch.h"
#include "text.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[64];

static void ignore_diag(const tc_diag *d, void *ctx)
{
    (void)d;
    (void)ctx;
}

static void walk(const char *name, const tc_actor_info *e, size_t n, void *ctx)
{
    (void)ctx;
    if (!name || (n && !e[0].code)) abort();
}

static void exercise(tc_actors *d)
{
    static const char text[] = "Armenian officials said the US and Arnor's army met "
                               "Gondor police in Baku on Friday.";
    tc_arena *a = tc_arena_new(0);
    tc_text t;
    if (tc_text_analyze(text, sizeof text - 1, a, &t) == TC_OK)
        for (uint32_t s = 0; s < t.nsents; s++) {
            tc_mention *m;
            tc_actor_match *x;
            tc_actors_scan(d, &t, s, "2023-07-28", a, &m);
            tc_actors_explain(d, &t, s, "", a, &x);
        }
    tc_actors_each_name(d, walk, NULL);
    tc_arena_free(a);
}

typedef int (*loader)(tc_actors *, const char *, tc_diag_fn, void *, tc_err *);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!path[0]) {
        snprintf(path, sizeof path, "/tmp/fuzz_dict_%ld.txt", (long)getpid());
    }
    FILE *f = fopen(path, "wb");
    if (!f) return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    static const loader loaders[] = {tc_actors_load_file, tc_petrarch_load_actors,
                                     tc_petrarch_load_agents, tc_petrarch_load_discards};
    for (size_t i = 0; i < sizeof loaders / sizeof loaders[0]; i++) {
        tc_actors *d = tc_actors_new();
        tc_err err = {0};
        loaders[i](d, path, ignore_diag, NULL, &err);
        exercise(d);
        tc_actors_free(d);
    }
    unlink(path);
    return 0;
}
