/* span: byte ranges into an article's text, and the UTF-8 helpers every stage shares.
 *
 * Text inside the pipeline is (pointer, length); nothing relies on a NUL terminator. */
#ifndef TC_SPAN_H
#define TC_SPAN_H

#include "arena.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint32_t off, len;
} tc_span;

typedef struct {
    const char *p;
    size_t n;
} tc_str;

#define TC_STR(lit) ((tc_str){(lit), sizeof(lit) - 1})

/* Length in bytes of the valid UTF-8 prefix of s[0..n); equals n when all of it is valid. */
size_t tc_utf8_valid_prefix(const char *s, size_t n);
/* Decodes one code point at s[0..n); stores its byte length in *len (>= 1 even when invalid,
 * in which case it returns -1). */
int32_t tc_utf8_decode(const char *s, size_t n, int *len);
/* A copy of s[0..n) in the arena with each invalid byte replaced by U+FFFD, NUL bytes and
 * C0 controls other than \t \n \r dropped, \r\n and \r made \n. Length in *out_len. */
char *tc_utf8_clean(tc_arena *a, const char *s, size_t n, size_t *out_len);
/* True when s[0..n) looks binary: NUL bytes, or over 10% control/invalid bytes in its head. */
bool tc_looks_binary(const char *s, size_t n);
/* Lower-cases s[0..n) (Unicode simple case mapping) into the arena; length in *out_len. */
char *tc_utf8_lower(tc_arena *a, const char *s, size_t n, size_t *out_len);
/* True for letters (Unicode category L*) and for digits. */
bool tc_is_alnum_cp(int32_t cp);
bool tc_is_upper_cp(int32_t cp);
/* Unicode white space and the invisible spaces web text carries (NBSP, ZWSP, BOM). */
bool tc_is_space_cp(int32_t cp);

#endif
