/* err: status codes, error records and per-input diagnostics.
 *
 * Functions return an int status: TC_OK (0) or a negative TC_E* code, with details in a
 * tc_err the caller passes in. Bad input is data, not a crash: a malformed article becomes a
 * tc_diag (input, stage, reason) handed to the caller's sink and the batch goes on. */
#ifndef TC_ERR_H
#define TC_ERR_H

enum {
    TC_OK = 0,
    TC_EIO = -1,       /* a file could not be opened or read */
    TC_EPARSE = -2,    /* malformed input (JSON, dictionary line, HTML beyond repair) */
    TC_EUTF8 = -3,     /* text is not UTF-8 */
    TC_EBINARY = -4,   /* binary data where text was expected */
    TC_EEMPTY = -5,    /* nothing to work on (empty file, no text, no article) */
    TC_EDB = -6,       /* SQLite failed */
    TC_EUSAGE = -7,    /* the caller asked for something impossible */
    TC_ENOTFOUND = -8, /* a named thing does not exist */
    TC_ETOOBIG = -9,   /* input beyond a size limit */
};

/* Static English text for a status code; never NULL. */
const char *tc_strerror(int code);

typedef struct {
    int code;
    char msg[512];
} tc_err;

/* Fills err (if not NULL) with code and a printf-style message; returns code. */
int tc_err_set(tc_err *err, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* One problem with one input record. Strings are borrowed for the call only. */
typedef struct {
    const char *input; /* file name, "file:LINE" for JSONL, "-" for stdin */
    const char *stage; /* "read", "extract", "store", ... */
    int code;          /* TC_E* */
    const char *reason;
} tc_diag;

typedef void (*tc_diag_fn)(const tc_diag *d, void *ctx);

/* A sink that prints "tocsin: INPUT: STAGE: REASON" on stderr. ctx is ignored. */
void tc_diag_print(const tc_diag *d, void *ctx);

#endif
