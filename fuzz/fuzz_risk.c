/* libFuzzer target for the risk-factor reader (data/risk-factors.txt's format): the input is
 * parsed from a buffer that is not NUL-terminated, every factor read is matched against a few
 * codes, and a short stream goes through the detector with it. Bad lines must become
 * diagnostics: no crash, no read outside the input, no undefined behaviour.
 *
 *   make fuzz   (builds build-fuzz/fuzz_risk with clang -fsanitize=fuzzer,address,undefined) */
#include "warn.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void ignore_diag(const tc_diag *d, void *ctx)
{
    (void)d;
    (void)ctx;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* a copy of exactly size bytes: the sanitizer sees any read past the end */
    char *text = malloc(size ? size : 1);
    if (size) memcpy(text, data, size);
    tc_risk_table rt;
    tc_err err;
    if (tc_risk_parse(text, size, "fuzz", &rt, ignore_diag, NULL, &err) == TC_OK) {
        static const char *const codes[] = {"191", "1441", "18", "203", "0872", ""};
        for (size_t k = 0; k < rt.n; k++)
            for (size_t c = 0; c < sizeof codes / sizeof codes[0]; c++)
                tc_risk_match(&rt.f[k], codes[c], c % 2 ? "ARMCVL" : "");
        tc_warn_day days[40];
        memset(days, 0, sizeof days);
        for (int i = 0; i < 40; i++) {
            days[i].day = 19000 + i;
            days[i].volume = 10;
            days[i].articles = 1;
            for (size_t k = 0; k < rt.n; k++) days[i].factor[k] = (i + (int)k) % 3 == 0;
        }
        tc_warn_params p;
        tc_warn_defaults(&p);
        tc_warn_alert *a;
        size_t na;
        tc_warn_detect(days, 40, &rt, &p, 1, &a, &na);
        free(a);
    }
    free(text);
    return 0;
}
