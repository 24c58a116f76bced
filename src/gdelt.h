/* gdelt: stories' events and mentions written as GDELT 2.0's event table (61 tab-separated
 * columns) and mentions table (16 columns), no header, one row a line, as far as tocsin's
 * data fills them; the column mapping is docs/gdelt.md. Fields hold no tab or line break
 * (each becomes a space). */
#ifndef TC_GDELT_H
#define TC_GDELT_H

#include "err.h"
#include "store.h"

#include <stdio.h>

/* Writes every story's events (mentions == 0) or every mention of them (mentions != 0) to
 * out, story by story. Articles stored before story tables existed belong to no story and
 * are not written. 0; TC_EDB with err filled when the store fails; TC_EIO when out does. */
int tc_gdelt_write(tc_store *s, FILE *out, int mentions, tc_err *err);

#endif
