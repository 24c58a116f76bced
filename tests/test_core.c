/* Unit tests of the core helpers: arena, hash map, UTF-8, errors. */
#include "arena.h"
#include "err.h"
#include "hash.h"
#include "span.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

static void test_arena_alignment_and_reset(void **state)
{
    (void)state;
    tc_arena *a = tc_arena_new(64);
    char *p = tc_arena_alloc(a, 3);
    void *q = tc_arena_alloc(a, 100); /* larger than a block */
    assert_int_equal((uintptr_t)p % 16, 0);
    assert_int_equal((uintptr_t)q % 16, 0);
    assert_true(tc_arena_used(a) >= 112);
    tc_arena_reset(a);
    assert_int_equal(tc_arena_used(a), 0);
    char *s = tc_arena_strndup(a, "abcdef", 3);
    assert_string_equal(s, "abc");
    TC_VEC(int) v = {0};
    for (int i = 0; i < 1000; i++) TC_PUSH(a, v, i);
    assert_int_equal(v.n, 1000);
    assert_int_equal(v.v[999], 999);
    tc_arena_free(a);
}

static void test_hash_stable(void **state)
{
    (void)state;
    /* Ids in databases depend on these values: they must never change. */
    assert_true(tc_hash64("abc", 3, 0) == tc_hash64("abc", 3, 0));
    assert_true(tc_hash64("abc", 3, 0) != tc_hash64("abd", 3, 0));
    assert_true(tc_hash64("abc", 3, 0) != tc_hash64("abc", 3, 1));
    char hex[17];
    tc_hash_hex(0x0123456789abcdefULL, hex);
    assert_string_equal(hex, "0123456789abcdef");
}

static void test_map(void **state)
{
    (void)state;
    tc_map *m = tc_map_new(2);
    static char keys[5000][16];
    for (int i = 0; i < 5000; i++) {
        snprintf(keys[i], sizeof keys[i], "k%d", i);
        assert_null(tc_map_put(m, keys[i], strlen(keys[i]), &keys[i]));
    }
    assert_int_equal(tc_map_count(m), 5000);
    for (int i = 0; i < 5000; i++)
        assert_ptr_equal(tc_map_get(m, keys[i], strlen(keys[i])), &keys[i]);
    assert_null(tc_map_get(m, "nope", 4));
    assert_ptr_equal(tc_map_put(m, "k7", 2, NULL), &keys[7]);
    tc_map_free(m);
}

static void test_utf8(void **state)
{
    (void)state;
    tc_arena *a = tc_arena_new(0);
    const char bad[] = "ok \xff\xfe end\r\nnext\x01 \xc3\x28";
    assert_int_equal(tc_utf8_valid_prefix(bad, sizeof bad - 1), 3);
    size_t n;
    char *clean = tc_utf8_clean(a, bad, sizeof bad - 1, &n);
    assert_int_equal(tc_utf8_valid_prefix(clean, n), n);
    assert_non_null(strstr(clean, "end\nnext "));
    assert_null(strchr(clean, '\r'));
    assert_null(strchr(clean, '\x01'));
    char *low = tc_utf8_lower(a, "ÉRIVAN Baku", strlen("ÉRIVAN Baku"), &n);
    assert_string_equal(low, "érivan baku");
    assert_true(tc_looks_binary("\x00\x01\x02 abc", 7));
    assert_false(tc_looks_binary("plain text\n", 11));
    assert_true(tc_is_alnum_cp(0x0531)); /* Armenian capital Ayb */
    assert_true(tc_is_upper_cp(0x0531));
    assert_true(tc_is_space_cp(0x00A0));
    tc_arena_free(a);
}

static void test_errors(void **state)
{
    (void)state;
    tc_err err = {0};
    assert_int_equal(tc_err_set(&err, TC_EPARSE, "line %d", 7), TC_EPARSE);
    assert_string_equal(err.msg, "line 7");
    assert_string_equal(tc_strerror(TC_EUTF8), "invalid UTF-8");
    assert_string_equal(tc_strerror(12345), "unknown error");
    assert_int_equal(tc_err_set(NULL, TC_EIO, "x"), TC_EIO);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arena_alignment_and_reset),
        cmocka_unit_test(test_hash_stable),
        cmocka_unit_test(test_map),
        cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
