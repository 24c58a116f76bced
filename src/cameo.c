/* cameo: loads data/cameo.tsv (code, goldstein, quad, plover, mode, name) into a map keyed
 * by code. The file's strings live in one heap copy owned by the table. */
#include "cameo.h"

#include "arena.h"
#include "file.h"
#include "hash.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tc_cameo_table {
    char *buf; /* the file, cut into strings in place */
    tc_cameo *rows;
    size_t n;
    tc_map *by_code;
};

/* Splits line at tabs into at most max fields; returns how many. */
static int split_tabs(char *line, char **f, int max)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p && n < max; p++) {
        if (*p == '\t') {
            *p = 0;
            f[n++] = p + 1;
        }
    }
    return n;
}

static int parse_row(char *line, tc_cameo *row)
{
    char *f[6], *end;
    if (split_tabs(line, f, 6) != 6 || strlen(f[0]) < 2 || strlen(f[0]) > 4) return -1;
    memcpy(row->code, f[0], strlen(f[0]) + 1);
    row->goldstein = strtod(f[1], &end);
    if (*end || row->goldstein < -10 || row->goldstein > 10) return -1;
    row->quad = atoi(f[2]);
    if (row->quad < 1 || row->quad > 4) return -1;
    row->plover = strcmp(f[3], "-") ? f[3] : "";
    row->mode = strcmp(f[4], "-") ? f[4] : "";
    row->name = f[5];
    return 0;
}

tc_cameo_table *tc_cameo_load(const char *path, tc_err *err)
{
    size_t len;
    char *buf = tc_file_read(path, 0, &len, err);
    if (!buf) return NULL;
    tc_cameo_table *t = tc_xcalloc(1, sizeof *t);
    t->buf = buf;
    size_t lines = 1;
    for (size_t i = 0; i < len; i++) lines += buf[i] == '\n';
    t->rows = tc_xcalloc(lines, sizeof *t->rows);
    t->by_code = tc_map_new(lines);
    int lineno = 0;
    for (char *line = buf, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = 0;
        lineno++;
        if (*line == '#' || *line == 0) continue;
        tc_cameo *row = &t->rows[t->n];
        if (parse_row(line, row) < 0) {
            tc_err_set(err, TC_EPARSE, "%s:%d: malformed CAMEO line", path, lineno);
            tc_cameo_free(t);
            return NULL;
        }
        tc_map_put(t->by_code, row->code, strlen(row->code), row);
        t->n++;
    }
    return t;
}

void tc_cameo_free(tc_cameo_table *t)
{
    if (!t) return;
    tc_map_free(t->by_code);
    free(t->rows);
    free(t->buf);
    free(t);
}

const tc_cameo *tc_cameo_get(const tc_cameo_table *t, const char *code)
{
    return tc_map_get(t->by_code, code, strlen(code));
}

size_t tc_cameo_count(const tc_cameo_table *t)
{
    return t->n;
}
