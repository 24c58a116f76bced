/* err: status codes and diagnostics (see err.h). */
#include "err.h"

#include <stdarg.h>
#include <stdio.h>

const char *tc_strerror(int code)
{
    switch (code) {
    case TC_OK:
        return "ok";
    case TC_EIO:
        return "input/output error";
    case TC_EPARSE:
        return "malformed input";
    case TC_EUTF8:
        return "invalid UTF-8";
    case TC_EBINARY:
        return "binary data";
    case TC_EEMPTY:
        return "no content";
    case TC_EDB:
        return "database error";
    case TC_EUSAGE:
        return "invalid usage";
    case TC_ENOTFOUND:
        return "not found";
    case TC_ETOOBIG:
        return "too large";
    }
    return "unknown error";
}

int tc_err_set(tc_err *err, int code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        err->code = code;
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return code;
}

void tc_diag_print(const tc_diag *d, void *ctx)
{
    (void)ctx;
    fprintf(stderr, "tocsin: %s: %s: %s\n", d->input ? d->input : "?", d->stage ? d->stage : "?",
            d->reason ? d->reason : tc_strerror(d->code));
}
