/* libFuzzer target for dedup and story: any bytes as an article's text (and its first ten
 * as a date), signed, looked up and added to a duplicate index and a clusterer that live
 * across inputs (so that inputs meet earlier ones). Aborts when an invariant breaks: a text
 * is its own exact copy (similarity 1), similarities lie in [0, 1], a date that parses
 * comes back the same from its day number, an indexed text finds itself, a story id is
 * positive.
 *
 *   make build-fuzz/fuzz_story */
#include "dedup.h"
#include "story.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(int ok)
{
    if (!ok) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static tc_dedup *d;
    static tc_cluster *c;
    static int64_t next = 1;
    if (!d) {
        d = tc_dedup_new(0, 0);
        c = tc_cluster_new(NULL, NULL, NULL);
    }
    char date[11] = {0}, back[11];
    memcpy(date, data, size < 10 ? size : 10);
    int32_t day = tc_dedup_day(date);
    if (day != TC_DAY_UNKNOWN) {
        tc_dedup_date(day, back);
        check(!strcmp(back, date));
    }
    const char *text = (const char *)data;
    tc_dedup_sig s, t;
    tc_dedup_sign(text, size, &s);
    tc_dedup_sign(text, size, &t);
    check(tc_dedup_similarity(&s, &t) == 1.0);
    tc_dedup_match m = tc_dedup_find(d, &s, day);
    check(m.sim >= 0 && m.sim <= 1 && (m.id == 0 || m.sim >= TC_DEDUP_THRESHOLD));
    if (!m.id && s.nwords) {
        int64_t id = next++;
        tc_dedup_add(d, id, &s, day);
        check(tc_dedup_find(d, &s, day).id != 0);
    }
    tc_cluster_doc doc = {text, size, day, "", NULL, 0};
    double sim;
    int created;
    check(tc_cluster_add(c, &doc, 0, &sim, &created) > 0);
    check(sim >= 0 && sim <= 1.0001);
    return 0;
}
