/* tabari: TABARI's own formats, so that users keep what they have: its .verbs dictionary
 * (read into the coder's tc_verbs) and the records of its text files with their verification
 * blocks (what `tocsin eval tabari` scores). TABARI's actor files are read by petrarch.h
 * (tc_tabari_load_actors). docs/dictionaries.md says what of each format tocsin honours. */
#ifndef TC_TABARI_H
#define TC_TABARI_H

#include "cameo.h"
#include "err.h"
#include "verbs.h"

#include <stddef.h>

/* ---- .verbs ---- */

/* Loads a TABARI .verbs file: a verb line "PHRASE [CODE]" (the code of the verb alone),
 * optionally a "{FORM FORM ...}" line of its irregular forms, then its patterns "- PRE * POST
 * [CODE]"; "<SYNSETS>" ... "</SYNSETS>" sections of "&NAME" and "+MEMBER" lines, used in
 * patterns as &NAME; "{ A | B }" alternatives in patterns; ';' comments; lines starting with
 * '#' or '/' skipped; a line starting with '~' ends the file. How each construct is read
 * (stems, '_', [###], <TIME>) is in docs/dictionaries.md. cameo (may be NULL) gives events
 * their CAMEO info. Malformed lines go to diag as FILE:LINE and are skipped; a file that
 * yields no pattern at all is reported too. NULL with err filled when the file cannot be
 * read. The result is immutable and shareable by threads; free it with tc_verbs_free. */
tc_verbs *tc_tabari_verbs_load(const char *path, const tc_cameo_table *cameo, tc_diag_fn diag,
                               void *dctx, tc_err *err);

/* The same from the text [buf, buf + len) (not changed), path naming it in diagnostics;
 * never NULL. */
tc_verbs *tc_tabari_verbs_parse(const char *buf, size_t len, const char *path,
                                const tc_cameo_table *cameo, tc_diag_fn diag, void *dctx);

/* Whether the text [buf, buf + len) looks like a TABARI verb file rather than a PETRARCH
 * one: no "--- NAME [CODE] ---" block header, and a line starting with a word that carries a
 * [CODE] (a verb line). */
int tc_tabari_verbs_sniff(const char *buf, size_t len);

/* ---- text records and their verification blocks ---- */

enum { TC_TABARI_MAX_EVENTS = 32 };

typedef struct {
    char src[32], tgt[32], code[16];
} tc_tabari_event;

/* One record of a TABARI text file: a line "DATE ID" (DATE six digits YYMMDD, YY <= 30 being
 * 20YY, or eight YYYYMMDD), then the text's lines up to a blank line. Inside the text, a
 * comment "/ * ... * /" holds the verification blocks, one per expected event:
 * "{SOURCE / TARGET / CODE}"; "{---}" says no event ("{###}" a discarded and "{+++}" a too
 * complex sentence: no event either); a '-' right before a '{' ends the list without closing
 * it (the events coded beyond it are not checked); "{OPTION: ...}" makes the record one of
 * TABARI's option commands, not a test. */
typedef struct {
    int line;          /* of the "DATE ID" line, from 1 */
    char date[11];     /* YYYY-MM-DD; "" when the date is bad (then error says so) */
    char id[64];       /* the rest of the first line, trimmed */
    const char *text;  /* the text, lines joined by blanks, comments removed */
    const char *error; /* NULL, or why the record cannot be scored */
    int checked;       /* it holds verification blocks (special or events) */
    int open;          /* a "-{" ended the list: more coded events are not an error */
    int option;        /* an {OPTION: ...} record */
    char special[4];   /* "---", "###" or "+++" when a block said so, else "" */
    int nevents;
    tc_tabari_event events[TC_TABARI_MAX_EVENTS];
} tc_tabari_record;

typedef void (*tc_tabari_record_fn)(const tc_tabari_record *r, void *ctx);

/* Calls fn on every record of the text [buf, buf + len), in order; a malformed record (bad
 * date, a block that is not SOURCE / TARGET / CODE, an unclosed '{', too many events) is
 * still passed, with error set, and the walk goes on. Lines outside records (not starting
 * with a digit) are skipped, as TABARI does. r and what it points to live until fn returns.
 * Returns how many records were passed. Thread-safe (no state outside its arguments). */
size_t tc_tabari_records(const char *buf, size_t len, tc_tabari_record_fn fn, void *ctx);

#endif
