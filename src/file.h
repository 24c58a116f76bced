/* file: whole-file reads for dictionaries and inputs. */
#ifndef TC_FILE_H
#define TC_FILE_H

#include "err.h"

#include <stddef.h>

/* Reads the file at path ("-" for standard input) into a heap buffer of *len bytes plus a
 * terminating NUL; the caller frees it. Refuses files over max bytes (0: no limit) with
 * TC_ETOOBIG. NULL with err filled on failure. */
char *tc_file_read(const char *path, size_t max, size_t *len, tc_err *err);

#endif
