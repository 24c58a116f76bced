/* gdelt: stories' events and mentions written as GDELT 2.0's event table (61 tab-separated
 * columns) and mentions table (16 columns), no header, one row a line, as far as tocsin's
 * data fills them; the column mapping is docs/gdelt.md. An event's ActionGeo columns are the
 * most precise place among its mentions' (a point over a subdivision over a country, then
 * the clause's over the sentence's over the article's), with GDELT's FIPS 10-4 country code
 * (the ISO alpha-3 code where there is none). Fields hold no tab or line break (each becomes
 * a space). */
#ifndef TC_GDELT_H
#define TC_GDELT_H

#include "err.h"
#include "gazetteer.h"
#include "store.h"

#include <stdio.h>

/* Writes every story's events (mentions == 0) or every mention of them (mentions != 0) to
 * out, story by story. Articles stored before story tables existed belong to no story and
 * are not written. 0; TC_EDB with err filled when the store fails; TC_EIO when out does. */
int tc_gdelt_write(tc_store *s, FILE *out, int mentions, tc_err *err);
/* The same with the country names of g (borrowed; NULL: ActionGeo_FullName names a country by
 * its ISO code). */
int tc_gdelt_write_named(tc_store *s, const tc_gazetteer *g, FILE *out, int mentions, tc_err *err);

#endif
