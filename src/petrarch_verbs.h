/* petrarch_verbs: reads verb dictionaries in the PETRARCH / TABARI format (CAMEO.2.0.txt,
 * PETR.Validate.verbs.txt) into the coder's tc_verbs, so users keep the dictionaries they
 * have. */
#ifndef TC_PETRARCH_VERBS_H
#define TC_PETRARCH_VERBS_H

#include "cameo.h"
#include "code.h"
#include "err.h"

/* Loads the verb dictionary at path; a TABARI .verbs file (tc_tabari_verbs_sniff) is read
 * by tc_tabari_verbs_parse, and a file that yields no pattern is reported. cameo (may be NULL)
 * gives events their CAMEO info when a code is a CAMEO code. Malformed lines go to diag with
 * file:line and are skipped. NULL with err filled when the file cannot be read. The result is
 * immutable and shareable by threads; free it with tc_verbs_free. */
tc_verbs *tc_petrarch_verbs_load(const char *path, const tc_cameo_table *cameo, tc_diag_fn diag,
                                 void *dctx, tc_err *err);

#endif
