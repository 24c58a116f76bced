/* file: whole-file reads and read-only maps (see file.h). */
#include "file.h"

#include "arena.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

char *tc_file_read(const char *path, size_t max, size_t *len, tc_err *err)
{
    int is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        tc_err_set(err, TC_EIO, "%s: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 16, n = 0, r;
    char *buf = tc_xmalloc(cap);
    while ((r = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (max && n > max) {
            tc_err_set(err, TC_ETOOBIG, "%s: larger than %zu bytes", path, max);
            goto fail;
        }
        if (cap - n < 2) buf = tc_xrealloc(buf, cap *= 2);
    }
    if (ferror(f)) {
        tc_err_set(err, TC_EIO, "%s: %s", path, strerror(errno));
        goto fail;
    }
    if (!is_stdin) fclose(f);
    buf[n] = 0;
    *len = n;
    return buf;
fail:
    if (!is_stdin) fclose(f);
    free(buf);
    return NULL;
}

void *tc_file_map(const char *path, size_t *len, tc_err *err)
{
    int fd = open(path, O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        tc_err_set(err, TC_EIO, "%s: %s", path, strerror(errno));
        if (fd >= 0) close(fd);
        return NULL;
    }
    if (st.st_size <= 0) {
        close(fd);
        tc_err_set(err, TC_EEMPTY, "%s: empty file", path);
        return NULL;
    }
    void *map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED) {
        tc_err_set(err, TC_EIO, "%s: %s", path, strerror(errno));
        return NULL;
    }
    *len = (size_t)st.st_size;
    return map;
}

void tc_file_unmap(void *map, size_t len)
{
    if (map) munmap(map, len);
}
