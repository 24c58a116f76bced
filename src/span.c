/* span: UTF-8 validation, cleaning and classification on top of libutf8proc. */
#include "span.h"

#include <string.h>
#include <utf8proc.h>

int32_t tc_utf8_decode(const char *s, size_t n, int *len)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &cp);
    if (r <= 0) {
        *len = 1;
        return -1;
    }
    *len = (int)r;
    return cp;
}

size_t tc_utf8_valid_prefix(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        int len;
        if (tc_utf8_decode(s + i, n - i, &len) < 0) return i;
        i += (size_t)len;
    }
    return n;
}

char *tc_utf8_clean(tc_arena *a, const char *s, size_t n, size_t *out_len)
{
    /* Worst case every byte becomes U+FFFD (3 bytes). */
    char *out = tc_arena_alloc(a, n * 3 + 1), *o = out;
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            if (c == '\r') {
                if (i < n && s[i] == '\n') i++;
                *o++ = '\n';
            } else if (c >= 0x20 || c == '\n' || c == '\t') {
                *o++ = (char)c;
            }
            continue;
        }
        int len;
        int32_t cp = tc_utf8_decode(s + i, n - i, &len);
        if (cp < 0) {
            memcpy(o, "\xEF\xBF\xBD", 3);
            o += 3;
        } else if (!(cp >= 0x80 && cp < 0xA0)) { /* drop C1 controls */
            memcpy(o, s + i, (size_t)len);
            o += len;
        }
        i += (size_t)len;
    }
    *o = 0;
    *out_len = (size_t)(o - out);
    return out;
}

bool tc_looks_binary(const char *s, size_t n)
{
    size_t head = n < 4096 ? n : 4096, bad = 0, i = 0;
    if (memchr(s, 0, head)) return true;
    while (i < head) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
            bad++;
            i++;
        } else if (c >= 0x80) {
            int len;
            if (tc_utf8_decode(s + i, n - i, &len) < 0) bad++;
            i += (size_t)len;
        } else {
            i++;
        }
    }
    /* Legacy 8-bit text (Latin-1 pages) is not binary: only control bytes count double. */
    return head && bad * 10 > head;
}

char *tc_utf8_lower(tc_arena *a, const char *s, size_t n, size_t *out_len)
{
    char *out = tc_arena_alloc(a, n * 2 + 4), *o = out;
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            *o++ = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            i++;
            continue;
        }
        int len;
        int32_t cp = tc_utf8_decode(s + i, n - i, &len);
        if (cp < 0) {
            *o++ = (char)c;
        } else {
            o += utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)o);
        }
        i += (size_t)len;
    }
    *o = 0;
    *out_len = (size_t)(o - out);
    return out;
}

bool tc_is_alnum_cp(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || c == UTF8PROC_CATEGORY_ND ||
           c == UTF8PROC_CATEGORY_MN;
}

bool tc_is_upper_cp(int32_t cp)
{
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

bool tc_is_space_cp(int32_t cp)
{
    if (cp < 0x80)
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
    if (cp == 0x200B || cp == 0xFEFF || cp == 0x00A0) return true;
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}
