/* libFuzzer target for the TABARI readers: the input is read as a .verbs dictionary (the
 * result codes a fixed sentence) and walked as a text file of validation records, whose
 * fields are checked against the header's promises. Bad lines and records must become
 * diagnostics or record errors: no crash, no leak, no undefined behaviour.
 *
 *   make fuzz   (builds build-fuzz/fuzz_tabari with clang -fsanitize=fuzzer,address,undefined) */
#include "actors.h"
#include "eval_petrarch.h"
#include "tabari.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static tc_actors *actors;

static void ignore_diag(const tc_diag *d, void *ctx)
{
    (void)d;
    (void)ctx;
}

static void exercise(const tc_verbs *v)
{
    static const char text[] = "Aurelia and Borvia did not clash, but Aurelia accused Borvia of "
                               "spying and gave dollars to Taskaria.";
    char ev[TC_EVAL_PETRARCH_MAX_EVENTS][TC_EVAL_PETRARCH_EVENT_LEN];
    tc_eval_petrarch_code(actors, v, text, "", ev);
}

static void check_record(const tc_tabari_record *r, void *ctx)
{
    (void)ctx;
    size_t dl = strlen(r->date);
    if (!r->text || r->line < 1 || (dl != 0 && dl != 10) || r->nevents < 0 ||
        r->nevents > TC_TABARI_MAX_EVENTS || strlen(r->id) >= sizeof r->id)
        abort();
    if (!r->error && !dl) abort(); /* a record without a good date carries an error */
    for (int i = 0; i < r->nevents; i++)
        if (!r->events[i].src[0] || !r->events[i].tgt[0] || !r->events[i].code[0]) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!actors) {
        actors = tc_actors_new();
        tc_actors_add(actors, TC_KIND_COUNTRY, "AUR", "Aurelia", 0, 0, NULL);
        tc_actors_add(actors, TC_KIND_COUNTRY, "BRV", "Borvia", 0, 0, NULL);
        tc_actors_add(actors, TC_KIND_COUNTRY, "TSK", "Taskaria", 0, 0, NULL);
    }
    const char *buf = (const char *)data;
    tc_verbs *v = tc_tabari_verbs_parse(buf, size, "fuzz.verbs", NULL, ignore_diag, NULL);
    exercise(v);
    tc_verbs_free(v);
    (void)tc_tabari_verbs_sniff(buf, size);
    tc_tabari_records(buf, size, check_record, NULL);
    return 0;
}
