/* export: event rows (stored or streaming) written to a stream as a terminal table, TSV,
 * CSV or JSON lines (docs/events.md describes every column).
 *
 * The machine formats share one list of columns, in this order: id, date, src_code,
 * src_name, tgt_code, tgt_name, code, root, goldstein, quad, plover, mode, flags, past,
 * event_date, date_precision, article_date_source, reporter_code, reporter_name, the place
 * (place_name, place_admin1, place_country, place_lat, place_lon, place_precision,
 * place_source: seven cells in TSV and CSV, one key "place" in JSON holding null or an object
 * {name, admin1, country, lat, lon, precision, source}), outlet, url, input, article_id,
 * src_text, tgt_text, reporter_text, sentence. date is the article's date
 * (article_date_source says where it came from: tc_article.date_source), event_date the
 * event's own (as precise as known: "2020", "2023-09", "2023-09-19") with date_precision
 * ("day", "week", "month", "year", "decade", "none"). flags names the TC_EV_* flags set,
 * joined by '|' ("hypothetical|reported"; empty for a plain event); past is 0 or 1 (false or
 * true in JSON). Something absent is an empty cell, and null in JSON: an unknown date, the
 * article_id of an article that is not stored (tocsin code), the target of a one-sided event
 * (tgt_code, tgt_name, tgt_text), an event nobody is reported to have told (reporter_code,
 * reporter_name, reporter_text), the place of an event that has none (every place cell; the
 * whole object in JSON) and the parts a place lacks (admin1, country). TSV has a header line and
 * every control character inside a field (tab, CR, LF, ...) becomes a space. CSV follows RFC
 * 4180 (header, fields with a comma, quote, CR or LF quoted, quotes doubled, CRLF line ends;
 * control characters other than tab, CR and LF become spaces). JSON lines are one object a
 * line, numbers as numbers (goldstein always with a decimal point, null when not finite).
 * Every format writes valid UTF-8: invalid bytes become U+FFFD.
 * The table is for people: one block per event (date, source, code, target or "-", Goldstein,
 * the flags in brackets; then, when there is one, the event's own date, its place ("in Lachin,
 * Lachin District, AZE (point, clause)") and its reporter; then
 * the sentence wrapped to the terminal width), control characters removed.
 */
#ifndef TC_EXPORT_H
#define TC_EXPORT_H

#include "store.h"

#include <stdio.h>

typedef enum { TC_FMT_TABLE, TC_FMT_TSV, TC_FMT_CSV, TC_FMT_JSONL, TC_FMT_GEOJSON } tc_format;

/* GeoJSON (RFC 7946) is one FeatureCollection: a Feature per event, its geometry the event's
 * place as a Point [lon, lat] (null when it has none), its properties the JSON lines object.
 *
 * The format called name ("table", "tsv", "csv", "jsonl", "geojson") into *out: 0, or
 * TC_EUSAGE for an unknown name (*out unchanged). */
int tc_format_parse(const char *name, tc_format *out);

/* The accepted names, for usage messages: "table, tsv, csv, jsonl, geojson". Static. */
const char *tc_format_names(void);

/* The names of the TC_EV_* flags set in flags ("negated", "hypothetical", "reported", "past"),
 * joined by sep, into out (empty for none). Thread-safe. */
void tc_event_flags_text(unsigned flags, char sep, char out[64]);

typedef struct tc_exporter tc_exporter;

/* An exporter writing to f (borrowed; the caller closes it), the header line already written
 * for TSV and CSV. The table's width is $COLUMNS, else the terminal's when f is one, else 100.
 * Never NULL. One exporter per stream and thread. */
tc_exporter *tc_export_new(FILE *f, tc_format fmt);
/* Writes one row; r is borrowed for the call. Write errors are reported by tc_export_end. */
void tc_export_row(tc_exporter *x, const tc_event_row *r);
/* Flushes and frees x; returns 0, or TC_EIO when any write failed. */
int tc_export_end(tc_exporter *x);

#endif
