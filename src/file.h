/* file: whole-file reads for dictionaries and inputs, and read-only maps of model files. */
#ifndef TC_FILE_H
#define TC_FILE_H

#include "err.h"

#include <stddef.h>

/* Reads the file at path ("-" for standard input) into a heap buffer of *len bytes plus a
 * terminating NUL; the caller frees it. Refuses files over max bytes (0: no limit) with
 * TC_ETOOBIG. NULL with err filled on failure. */
char *tc_file_read(const char *path, size_t max, size_t *len, tc_err *err);

/* Maps the file at path read-only (models and tables read where they lie): its address and
 * *len bytes, released with tc_file_unmap. An empty file is TC_EEMPTY; NULL with err filled
 * (the message names path) on failure. Thread-safe. */
void *tc_file_map(const char *path, size_t *len, tc_err *err);
void tc_file_unmap(void *map, size_t len);

#endif
