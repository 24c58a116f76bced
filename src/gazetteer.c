/* gazetteer: the compiled place table, mapped and checked once (see gazetteer.h).
 *
 * tc_gazetteer holds pointers to the sections of the map; lookups probe the slot table
 * linearly from the key's hash. Every offset and index in the file is checked at open, so
 * the accessors below read without further bounds checks. */
#include "gazetteer.h"

#include "arena.h"
#include "file.h"
#include "hash.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

struct tc_gazetteer {
    const uint8_t *data;
    size_t len;
    void *map; /* set when we mapped the file ourselves */
    uint32_t ncountry, nadmin1, nentry, nslot, nid, npool, maxtok, nkey;
    const uint8_t *country, *admin1, *entry, *slot;
    const uint8_t *ids;
    const char *pool;
};

static uint32_t rd32(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

static uint16_t rd16(const uint8_t *p)
{
    uint16_t v;
    memcpy(&v, p, 2);
    return v;
}

uint64_t tc_gazetteer_hash(const char *key, size_t len)
{
    return tc_hash64(key, len, 0x67617a6574746565ull);
}

/* ---- opening ------------------------------------------------------------------------------ */

/* Places section i of count * size bytes at *off (8-aligned); false when it passes the end. */
static bool section(const tc_gazetteer *g, size_t *off, uint64_t count, size_t size,
                    const uint8_t **out)
{
    uint64_t bytes = count * size;
    if (bytes > g->len || *off > g->len - bytes) return false;
    *out = g->data + *off;
    *off += (size_t)((bytes + 7) & ~7ull);
    return true;
}

static bool check_entries(const tc_gazetteer *g)
{
    for (uint32_t i = 0; i < g->nentry; i++) {
        const uint8_t *e = g->entry + (size_t)i * TC_GAZ_ENTRY_SIZE;
        uint16_t a1 = rd16(e + 16);
        int32_t lat = (int32_t)rd32(e), lon = (int32_t)rd32(e + 4);
        if (rd32(e + 12) >= g->npool || (a1 != 0xffff && a1 >= g->nadmin1)) return false;
        if ((e[18] != 0xff && e[18] >= g->ncountry) || (e[19] & 7) == 0) return false;
        if (lat < -9000000 || lat > 9000000 || lon < -18000000 || lon > 18000000) return false;
    }
    return true;
}

static bool check_tables(const tc_gazetteer *g)
{
    for (uint32_t i = 0; i < g->ncountry; i++) {
        const uint8_t *c = g->country + (size_t)i * TC_GAZ_COUNTRY_SIZE;
        if (rd32(c + 8) >= g->nentry) return false;
    }
    for (uint32_t i = 0; i < g->nadmin1; i++) {
        const uint8_t *a = g->admin1 + (size_t)i * TC_GAZ_ADMIN1_SIZE;
        if (rd32(a) >= g->npool || rd32(a + 4) >= g->npool) return false;
    }
    for (uint32_t i = 0; i < g->nslot; i++) {
        const uint8_t *s = g->slot + (size_t)i * TC_GAZ_SLOT_SIZE;
        uint32_t first = rd32(s + 4), n = rd32(s + 8);
        if (first > g->nid || n > g->nid - first) return false;
    }
    for (uint32_t i = 0; i < g->nid; i++)
        if ((rd32(g->ids + (size_t)i * 4) & ~TC_GAZ_ALT) >= g->nentry) return false;
    return g->npool > 0 && g->pool[0] == 0 && g->pool[g->npool - 1] == 0;
}

static tc_gazetteer *fail(tc_gazetteer *g, tc_err *err, const char *what)
{
    tc_err_set(err, TC_EPARSE, "gazetteer: %s", what);
    tc_gazetteer_free(g);
    return NULL;
}

tc_gazetteer *tc_gazetteer_open(const void *data, size_t len, tc_err *err)
{
    tc_gazetteer *g = tc_xcalloc(1, sizeof *g);
    g->data = data;
    g->len = len;
    const uint8_t *h = data;
    if ((uintptr_t)data & 7) return fail(g, err, "the bytes are not 8-byte aligned");
    if (len < TC_GAZ_HEADER || memcmp(h, TC_GAZ_MAGIC, 8) != 0)
        return fail(g, err, "not a gazetteer file (bad magic)");
    if (rd32(h + 40) != TC_GAZ_ORDER) return fail(g, err, "written with another byte order");
    g->ncountry = rd32(h + 8);
    g->nadmin1 = rd32(h + 12);
    g->nentry = rd32(h + 16);
    g->nslot = rd32(h + 20);
    g->nid = rd32(h + 24);
    g->npool = rd32(h + 28);
    g->maxtok = rd32(h + 32);
    g->nkey = rd32(h + 36);
    if (g->nslot == 0 || (g->nslot & (g->nslot - 1)) || g->ncountry > 255 || g->nadmin1 > 0xffff ||
        g->maxtok == 0 || g->maxtok > 64)
        return fail(g, err, "impossible counts in the header");
    size_t off = TC_GAZ_HEADER;
    const uint8_t *pool;
    if (!section(g, &off, g->ncountry, TC_GAZ_COUNTRY_SIZE, &g->country) ||
        !section(g, &off, g->nadmin1, TC_GAZ_ADMIN1_SIZE, &g->admin1) ||
        !section(g, &off, g->nentry, TC_GAZ_ENTRY_SIZE, &g->entry) ||
        !section(g, &off, g->nslot, TC_GAZ_SLOT_SIZE, &g->slot) ||
        !section(g, &off, g->nid, 4, &g->ids) || !section(g, &off, g->npool, 1, &pool))
        return fail(g, err, "the file is shorter than its header says");
    g->pool = (const char *)pool;
    if (!check_tables(g) || !check_entries(g))
        return fail(g, err, "an offset or index points outside its table");
    return g;
}

tc_gazetteer *tc_gazetteer_load(const char *path, tc_err *err)
{
    size_t len;
    void *map = tc_file_map(path, &len, err);
    if (!map) return NULL;
    tc_gazetteer *g = tc_gazetteer_open(map, len, err);
    if (!g) {
        tc_file_unmap(map, len);
        return NULL;
    }
    g->map = map;
    return g;
}

void tc_gazetteer_free(tc_gazetteer *g)
{
    if (!g) return;
    if (g->map) tc_file_unmap(g->map, g->len);
    free(g);
}

uint32_t tc_gazetteer_max_tokens(const tc_gazetteer *g)
{
    return g->maxtok;
}
uint32_t tc_gazetteer_count(const tc_gazetteer *g)
{
    return g->nentry;
}
size_t tc_gazetteer_bytes(const tc_gazetteer *g)
{
    return g->len;
}

/* ---- keys ----------------------------------------------------------------------------------- */

/* Letters that carry no combining mark to strip but have a plain Latin look-alike. */
static int32_t fold_letter(int32_t cp)
{
    static const int32_t map[][2] = {{0x131, 'i'},   {0x259, 'e'},  {0x142, 'l'},  {0xf8, 'o'},
                                     {0x111, 'd'},   {0x127, 'h'},  {0x2bb, '\''}, {0x2bc, '\''},
                                     {0x2018, '\''}, {0x2019, '\''}};
    for (size_t k = 0; k < sizeof map / sizeof map[0]; k++)
        if (map[k][0] == cp) return map[k][1];
    return cp;
}

/* Appends s[0..n) to buf at *o with diacritics stripped; false when it does not fit. */
static bool put_folded(const char *s, size_t n, char *buf, size_t cap, size_t *o)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (*o + 1 >= cap) return false;
            buf[(*o)++] = (char)c;
            i++;
            continue;
        }
        utf8proc_int32_t cp, parts[8];
        utf8proc_ssize_t r =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (r <= 0) {
            cp = 0xfffd;
            r = 1;
        }
        i += (size_t)r;
        int last = 0;
        utf8proc_ssize_t np = utf8proc_decompose_char(
            fold_letter(cp), parts, 8, UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &last);
        if (np < 0 || np > 8) {
            parts[0] = cp;
            np = 1;
        }
        for (utf8proc_ssize_t k = 0; k < np; k++) {
            if (*o + 5 >= cap) return false;
            *o += (size_t)utf8proc_encode_char(fold_letter(parts[k]), (utf8proc_uint8_t *)buf + *o);
        }
    }
    return true;
}

size_t tc_gazetteer_key(const tc_token *toks, size_t n, char *buf, size_t cap)
{
    size_t o = 0;
    if (cap == 0) return 0;
    for (size_t i = 0; i < n; i++) {
        if (i) {
            if (o + 1 >= cap) return 0;
            buf[o++] = ' ';
        }
        if (!put_folded(toks[i].norm, toks[i].nlen, buf, cap, &o)) return 0;
    }
    buf[o] = 0;
    return o;
}

/* ---- lookups -------------------------------------------------------------------------------- */

int tc_gazetteer_lookup(const tc_gazetteer *g, const char *key, size_t len, const uint32_t **ids,
                        uint32_t *n)
{
    uint64_t h = tc_gazetteer_hash(key, len);
    uint32_t mask = g->nslot - 1, check = (uint32_t)(h >> 32) ? (uint32_t)(h >> 32) : 1;
    *n = 0;
    *ids = NULL;
    for (uint32_t probe = 0, i = (uint32_t)h & mask; probe < g->nslot;
         probe++, i = (i + 1) & mask) {
        const uint8_t *s = g->slot + (size_t)i * TC_GAZ_SLOT_SIZE;
        uint32_t c = rd32(s);
        if (c == 0) return -1;
        if (c != check) continue;
        *n = rd32(s + 8);
        *ids = (const uint32_t *)(const void *)(g->ids + (size_t)rd32(s + 4) * 4);
        return *n ? 1 : 0;
    }
    return -1;
}

int tc_gazetteer_place(const tc_gazetteer *g, uint32_t id, tc_gaz_place *out)
{
    id &= ~TC_GAZ_ALT;
    if (id >= g->nentry) return TC_ENOTFOUND;
    const uint8_t *e = g->entry + (size_t)id * TC_GAZ_ENTRY_SIZE;
    memset(out, 0, sizeof *out);
    out->id = id;
    out->lat = (int32_t)rd32(e) / 1e5;
    out->lon = (int32_t)rd32(e + 4) / 1e5;
    out->pop = rd32(e + 8);
    out->name = g->pool + rd32(e + 12);
    out->admin1 = out->iso2 = "";
    uint16_t a1 = rd16(e + 16);
    if (a1 != 0xffff) {
        const uint8_t *a = g->admin1 + (size_t)a1 * TC_GAZ_ADMIN1_SIZE;
        out->admin1 = g->pool + rd32(a);
        out->iso2 = g->pool + rd32(a + 4);
    }
    if (e[18] != 0xff) {
        const uint8_t *c = g->country + (size_t)e[18] * TC_GAZ_COUNTRY_SIZE;
        memcpy(out->cc, c, 2);
        memcpy(out->cc3, c + 2, 3);
    }
    out->kind = e[19] & 7;
    out->flags = e[19] & ~7;
    out->names = e[20];
    return TC_OK;
}

int64_t tc_gazetteer_country(const tc_gazetteer *g, const char *code, size_t len)
{
    if (len != 2 && len != 3) return -1;
    char up[3];
    for (size_t i = 0; i < len; i++)
        up[i] = (char)(code[i] >= 'a' && code[i] <= 'z' ? code[i] - 32 : code[i]);
    for (uint32_t i = 0; i < g->ncountry; i++) {
        const uint8_t *c = g->country + (size_t)i * TC_GAZ_COUNTRY_SIZE;
        if (memcmp(len == 2 ? c : c + 2, up, len) == 0) return rd32(c + 8);
    }
    return -1;
}
