/* cameo: the CAMEO event-code table (data/cameo.tsv): for every code its name, Goldstein
 * value, quad class, PLOVER event type and mode. Loaded once, immutable, shareable by threads. */
#ifndef TC_CAMEO_H
#define TC_CAMEO_H

#include "err.h"

#include <stddef.h>

typedef struct {
    char code[8];       /* "0231" */
    const char *name;   /* "Appeal for economic aid" */
    double goldstein;   /* -10 .. +10 */
    int quad;           /* 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict */
    const char *plover; /* "REQUEST", "" where CAMEO has no PLOVER counterpart */
    const char *mode;   /* PLOVER mode within the type ("demo", "riot"), "" when none */
} tc_cameo;

typedef struct tc_cameo_table tc_cameo_table;

/* Reads the table; NULL with err filled when the file is unreadable or a line malformed. */
tc_cameo_table *tc_cameo_load(const char *path, tc_err *err);
void tc_cameo_free(tc_cameo_table *t);
/* The entry for code ("191"), or NULL when CAMEO has no such code. */
const tc_cameo *tc_cameo_get(const tc_cameo_table *t, const char *code);
size_t tc_cameo_count(const tc_cameo_table *t);

#endif
