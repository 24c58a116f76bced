/* conllu: reading and writing CoNLL-U. The reader copies the file into one buffer and cuts it
 * in place: every field is a NUL-terminated string inside that buffer. */
#include "conllu.h"

#include "arena.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static int read_all(const char *path, char **data, size_t *len, tc_err *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) return tc_err_set(err, TC_EIO, "%s: %s", path, strerror(errno));
    size_t cap = 1 << 20, n = 0;
    char *buf = tc_xmalloc(cap);
    for (;;) {
        if (n == cap) buf = tc_xrealloc(buf, cap *= 2);
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        return tc_err_set(err, TC_EIO, "%s: read error", path);
    }
    *data = buf;
    *len = n;
    return TC_OK;
}

int tc_conllu_read(const char *path, tc_conllu *out, tc_err *err)
{
    char *data = NULL;
    size_t len = 0;
    int rc = read_all(path, &data, &len, err);
    if (rc != TC_OK) return rc;
    rc = tc_conllu_parse(data, len, path, out, err);
    free(data);
    return rc;
}

/* Splits line into at most max tab-separated fields, in place; returns how many. */
static int split_tabs(char *line, char **f, int max)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p; p++) {
        if (*p != '\t') continue;
        *p = '\0';
        if (n == max) return max + 1;
        f[n++] = p + 1;
    }
    return n;
}

static int parse_uint(const char *s, uint32_t *v)
{
    if (*s < '0' || *s > '9') return -1;
    char *end;
    errno = 0;
    unsigned long x = strtoul(s, &end, 10);
    if (*end || errno || x > 100000) return -1;
    *v = (uint32_t)x;
    return 0;
}

typedef struct {
    TC_VEC(tc_conllu_sent) sents;
    TC_VEC(tc_conllu_word) words; /* of the whole file; sentences index into it */
    char *sent_id, *text;
    size_t first; /* first word of the open sentence */
} reader;

static void close_sentence(reader *r)
{
    if (r->words.n == r->first && !r->sent_id && !r->text) return;
    tc_conllu_sent s = {r->sent_id, r->text, NULL, (uint32_t)(r->words.n - r->first)};
    /* w is set once all words are in (the array still moves while it grows) */
    s.w = (tc_conllu_word *)(uintptr_t)r->first;
    if (r->sents.n == r->sents.cap) {
        r->sents.cap = r->sents.cap ? r->sents.cap * 2 : 1024;
        r->sents.v = tc_xrealloc(r->sents.v, r->sents.cap * sizeof *r->sents.v);
    }
    r->sents.v[r->sents.n++] = s;
    r->first = r->words.n;
    r->sent_id = r->text = NULL;
}

static int word_line(reader *r, char *line, const char *name, size_t lineno, tc_err *err)
{
    char *f[11];
    if (split_tabs(line, f, 10) != 10)
        return tc_err_set(err, TC_EPARSE, "%s:%zu: not 10 tab-separated columns", name, lineno);
    if (strchr(f[0], '-') || strchr(f[0], '.'))
        return TC_OK; /* multiword token range or empty node */
    uint32_t id, head;
    if (parse_uint(f[0], &id) || id != r->words.n - r->first + 1)
        return tc_err_set(err, TC_EPARSE, "%s:%zu: bad word ID '%s'", name, lineno, f[0]);
    if (strcmp(f[6], "_") == 0)
        head = 0;
    else if (parse_uint(f[6], &head))
        return tc_err_set(err, TC_EPARSE, "%s:%zu: bad HEAD '%s'", name, lineno, f[6]);
    tc_conllu_word w = {f[1], f[2], f[3], f[4], f[5], f[7], head};
    if (r->words.n == r->words.cap) {
        r->words.cap = r->words.cap ? r->words.cap * 2 : 16384;
        r->words.v = tc_xrealloc(r->words.v, r->words.cap * sizeof *r->words.v);
    }
    r->words.v[r->words.n++] = w;
    return TC_OK;
}

static void comment_line(reader *r, char *line)
{
    if (strncmp(line, "# sent_id = ", 12) == 0)
        r->sent_id = line + 12;
    else if (strncmp(line, "# text = ", 9) == 0)
        r->text = line + 9;
}

static int check_heads(const tc_conllu *c, tc_err *err, const char *name)
{
    for (size_t i = 0; i < c->n; i++)
        for (uint32_t j = 0; j < c->s[i].n; j++)
            if (c->s[i].w[j].head > c->s[i].n)
                return tc_err_set(err, TC_EPARSE, "%s: sentence %zu: head %u out of range", name,
                                  i + 1, c->s[i].w[j].head);
    return TC_OK;
}

int tc_conllu_parse(const char *data, size_t len, const char *name, tc_conllu *out, tc_err *err)
{
    memset(out, 0, sizeof *out);
    char *buf = tc_xmalloc(len + 1);
    memcpy(buf, data, len);
    buf[len] = '\0';
    reader r = {0};
    size_t lineno = 0;
    int rc = TC_OK;
    for (char *line = buf; line && rc == TC_OK; lineno++) {
        char *nl = memchr(line, '\n', (size_t)(buf + len - line));
        if (nl) *nl = '\0';
        size_t n = strlen(line);
        if (n && line[n - 1] == '\r') line[--n] = '\0';
        if (n == 0)
            close_sentence(&r);
        else if (line[0] == '#')
            comment_line(&r, line);
        else
            rc = word_line(&r, line, name, lineno + 1, err);
        line = nl ? nl + 1 : NULL;
    }
    if (rc == TC_OK) close_sentence(&r);
    for (size_t i = 0; i < r.sents.n; i++) r.sents.v[i].w = r.words.v + (uintptr_t)r.sents.v[i].w;
    out->s = r.sents.v;
    out->n = r.sents.n;
    out->buf = buf;
    out->words = r.words.v;
    if (rc == TC_OK) rc = check_heads(out, err, name);
    if (rc != TC_OK) tc_conllu_free(out);
    return rc;
}

void tc_conllu_free(tc_conllu *c)
{
    if (!c) return;
    free(c->s);
    free(c->words);
    free(c->buf);
    memset(c, 0, sizeof *c);
}

void tc_conllu_write(FILE *out, const tc_parser *p, const char *sent_id, const char *text,
                     const tc_tree *t, const char *const *forms)
{
    if (sent_id) fprintf(out, "# sent_id = %s\n", sent_id);
    if (text && !forms && t->n) {
        const tc_word *a = &t->w[0], *z = &t->w[t->n - 1];
        fprintf(out, "# text = %.*s\n", (int)(z->off + z->len - a->off), text + a->off);
    }
    for (uint32_t i = 0; i < t->n; i++) {
        const tc_word *w = &t->w[i];
        const char *form = forms ? forms[i] : NULL;
        int flen = forms ? (int)strlen(form) : (int)w->len;
        if (!forms) form = text + w->off;
        int glued = !forms && i + 1 < t->n && t->w[i + 1].off == w->off + w->len;
        fprintf(out, "%u\t%.*s\t%s\t%s\t%s\t%s\t%u\t%s\t_\t%s\n", i + 1, flen, form, w->lemma,
                tc_upos_name(w->upos), tc_parse_xpos_name(p, w->xpos),
                tc_parse_feats_str(p, w->feats), w->head, tc_rel_name(w->rel),
                glued ? "SpaceAfter=No" : "_");
    }
    fputc('\n', out);
}
