/* libFuzzer target for the actor scan on any text, with what reads beyond the names: the
 * generic actors of src/nouns.h (the committed data/wordnet.classes, and the input itself as
 * a wordnet-military.txt), the names no dictionary knows (TC_SCAN_UNKNOWN) and the references
 * across sentences (a person's name alone, pronouns), then the whole article's reading
 * (tc_actors_scan_article: a person's name anywhere, the article's own country). The input is
 * the text of an article; every mention must lie inside its sentence, in token order, without
 * overlap, and an unknown one must have its flag, its words and at most a code of the words
 * before.
 *
 *   make fuzz   (builds build-fuzz/fuzz_actors_scan; run from the repository root) */
#include "actors.h"
#include "text.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static tc_actors *dict;
static char dir[64];

static const char words[] = "adj     SDN Sudanese\n"
                            "adj     ISR Israeli\n"
                            "country ISR Israel\n"
                            "metonym RUSGOV Moscow | the Kremlin\n"
                            "agent   UAF militia\n"
                            "agent   GOV officials | leader\n"
                            "person  KENGOV William Ruto\n"
                            "discard -   Turkish coffee\n";

/* The dictionary above, with the nouns of the committed data folder when it is there. */
static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/fuzz_actors_scan_%ld", (long)getpid());
    mkdir(dir, 0700);
    char path[128];
    snprintf(path, sizeof path, "%s/actors.txt", dir);
    FILE *f = fopen(path, "w");
    if (!f) abort();
    fputs(words, f);
    fclose(f);
    tc_err err = {0};
    dict = tc_actors_new();
    if (tc_actors_load_file(dict, path, NULL, NULL, &err) != TC_OK) abort();
    unlink(path);
    tc_actors_load_nouns(dict, "data", &err);
}

static void check(const tc_text *t, uint32_t s, const tc_mention *m, size_t n)
{
    const tc_sentence *se = &t->sents[s];
    uint32_t at = se->tok0;
    for (size_t k = 0; k < n; k++) {
        if (m[k].tok0 < at || m[k].ntok == 0 || m[k].tok0 + m[k].ntok > se->tok0 + se->ntok)
            abort();
        if (!m[k].name || !m[k].rule) abort();
        if ((m[k].flags & TC_MENTION_UNKNOWN) && !*m[k].name) abort();
        if (m[k].kind == TC_KIND_UNKNOWN && (m[k].code[0] || !(m[k].flags & TC_MENTION_UNKNOWN)))
            abort();
        at = m[k].tok0 + m[k].ntok;
    }
}

/* The input as a military-noun file: its reader must take any bytes. */
static void nouns_file(const uint8_t *data, size_t size)
{
    char path[128];
    snprintf(path, sizeof path, "%s/wordnet-military.txt", dir);
    FILE *f = fopen(path, "wb");
    if (!f) return;
    fwrite(data, 1, size, f);
    fclose(f);
    tc_actors *d = tc_actors_new();
    tc_err err = {0};
    tc_actors_add(d, TC_KIND_ADJ, "SDN", "Sudanese", 0, 0, &err);
    tc_actors_load_nouns(d, dir, &err);
    tc_arena *a = tc_arena_new(0);
    tc_text t;
    static const char text[] = "Sudanese tanks and Sudanese x y z said.";
    if (tc_text_analyze(text, sizeof text - 1, a, &t) == TC_OK && t.nsents) {
        tc_mention *m;
        size_t n = tc_actors_scan(d, &t, 0, "", a, &m);
        check(&t, 0, m, n);
    }
    tc_arena_free(a);
    tc_actors_free(d);
    unlink(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dict) setup();
    tc_arena *a = tc_arena_new(0);
    tc_text t;
    if (tc_text_analyze((const char *)data, size, a, &t) == TC_OK) {
        tc_actors_refs refs[2];
        memset(refs, 0, sizeof refs);
        for (uint32_t s = 0; s < t.nsents; s++) {
            for (int k = 0; k < 2; k++) {
                tc_mention *m;
                size_t n =
                    tc_actors_scan_ex(dict, &t, s, "2024-05-01", k ? TC_SCAN_UNKNOWN : 0, a, &m);
                check(&t, s, m, n);
                n = tc_actors_resolve(&t, s, m, n, &refs[k], a, &m);
                check(&t, s, m, n);
            }
        }
        tc_mention **ms;
        size_t *nms;
        tc_actors_scan_article(dict, &t, "2024-05-01", TC_SCAN_UNKNOWN, a, &ms, &nms);
        for (uint32_t s = 0; s < t.nsents; s++) check(&t, s, ms[s], nms[s]);
    }
    tc_arena_free(a);
    if (size < 4096) nouns_file(data, size);
    return 0;
}
