/* libFuzzer target for the gazetteer loader: any bytes, opened as a gazetteer file, either are
 * refused with an error or give a table whose lookups, decoded places and place recognition
 * over a few sentences stay inside it (no crash, no hang: a damaged table may have no empty
 * slot). The committed data/gazetteer.bin is too big a seed; a file built by test_place's
 * builder test from its small sources is a good one. */
#include "gazetteer.h"
#include "place.h"

#include "arena.h"
#include "err.h"
#include "text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_place(const tc_gazetteer *g, uint32_t id)
{
    tc_gaz_place p;
    if (tc_gazetteer_place(g, id, &p) != TC_OK) return;
    if (!p.name || !p.admin1 || !p.iso2 || strlen(p.cc) > 2 || strlen(p.cc3) > 3) abort();
    if (p.lat < -90 || p.lat > 90 || p.lon < -180 || p.lon > 180 || p.kind == 0) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const keys[] = {"kyiv", "nagorno", "nagorno - karabakh", "paris", "a", ""};
    static const char text[] = "KYIV, Ukraine - Shells fell on Kharkiv, Paris, Texas and "
                               "al-Hol. Baku said talks in Tripoli failed.";
    uint64_t *copy = malloc(size / 8 + 1 > 0 ? (size / 8 + 1) * 8 : 8); /* 8-byte aligned */
    if (!copy) return 0;
    memcpy(copy, data, size);
    tc_err err = {0};
    tc_gazetteer *g = tc_gazetteer_open(copy, size, &err);
    if (!g) {
        free(copy);
        return 0;
    }
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        const uint32_t *ids;
        uint32_t n;
        if (tc_gazetteer_lookup(g, keys[k], strlen(keys[k]), &ids, &n) == 1)
            for (uint32_t i = 0; i < n && i < 64; i++) check_place(g, ids[i]);
    }
    for (uint32_t id = 0; id < tc_gazetteer_count(g) && id < 256; id++) check_place(g, id);
    tc_gazetteer_country(g, "AZ", 2);
    tc_arena *a = tc_arena_new(0);
    tc_text t;
    tc_text_analyze(text, sizeof text - 1, a, &t);
    tc_place_doc *d = tc_place_scan(g, &t, a);
    tc_place_doc_country(d, "AZE", 3);
    for (uint32_t s = 0; s < t.nsents; s++) {
        tc_place *p;
        size_t n;
        tc_place_sentence(d, s, NULL, a, &p, &n);
        for (size_t i = 0; i < n; i++)
            if (p[i].tok0 + p[i].ntok > t.ntoks || p[i].off + p[i].len > t.len) abort();
        tc_place_loc loc;
        tc_place_event(d, p, n, NULL, 0, &loc);
    }
    tc_arena_free(a);
    tc_gazetteer_free(g);
    free(copy);
    return 0;
}
