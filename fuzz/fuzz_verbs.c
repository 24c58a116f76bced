/* libFuzzer target for the verb dictionary readers: the input is written to a temporary file
 * and loaded as a PETRARCH verb file and as our own format (data/verbs.txt's), and each
 * result codes a fixed sentence. Bad lines must become diagnostics: no crash, no leak, no
 * undefined behaviour.
 *
 *   make fuzz   (builds build-fuzz/fuzz_verbs with clang -fsanitize=fuzzer,address,undefined) */
#include "actors.h"
#include "cameo.h"
#include "code.h"
#include "petrarch_verbs.h"
#include "text.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[64];
static tc_cameo_table *cameo;
static tc_actors *actors;

static void ignore_diag(const tc_diag *d, void *ctx)
{
    (void)d;
    (void)ctx;
}

static void exercise(const tc_verbs *v)
{
    static const char text[] = "Arnor and Gondor did not ever clash, but Arnor urged Gondor to "
                               "lift the blockade; Mordor was attacked by Gondor.";
    tc_arena *a = tc_arena_new(0);
    tc_text t;
    if (tc_text_analyze(text, sizeof text - 1, a, &t) == TC_OK)
        for (uint32_t s = 0; s < t.nsents; s++) {
            tc_mention *m;
            size_t nm = tc_actors_scan(actors, &t, s, "", a, &m);
            tc_event *ev = NULL;
            size_t nev = 0, cap = 0;
            tc_coder c = tc_coder_default(v, cameo, NULL);
            tc_code_sentence(&c, &t, s, m, nm, a, &ev, &nev, &cap);
        }
    tc_arena_free(a);
}

static void setup(void)
{
    snprintf(path, sizeof path, "/tmp/fuzz_verbs_%d.txt", (int)getpid());
    cameo = tc_cameo_load(TC_DATADIR "/cameo.tsv", NULL);
    actors = tc_actors_new();
    tc_actors_add(actors, TC_KIND_COUNTRY, "ARN", "Arnor", 0, 0, NULL);
    tc_actors_add(actors, TC_KIND_COUNTRY, "GON", "Gondor", 0, 0, NULL);
    tc_actors_add(actors, TC_KIND_COUNTRY, "MOR", "Mordor", 0, 0, NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!actors) setup();
    FILE *f = fopen(path, "wb");
    if (!f) return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    tc_verbs *v = tc_petrarch_verbs_load(path, cameo, ignore_diag, NULL, NULL);
    if (v) {
        exercise(v);
        tc_verbs_free(v);
    }
    if (cameo && (v = tc_verbs_load(path, cameo, ignore_diag, NULL, NULL))) {
        exercise(v);
        tc_verbs_free(v);
    }
    unlink(path);
    return 0;
}
