/*
 * test_buf.c - unit tests for buf.c and jsonw.c's strings: growth, the
 * size cap, formatting that fits and that does not, and the bytes the
 * JSON writers give for text that needs escaping.
 */
#include "unit.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "jsonw.h"

static void test_addc_grows(void **state)
{
	struct buf b = BUF_INIT;
	char want[1001];
	int i;

	(void)state;
	for (i = 0; i < 1000; i++) {
		want[i] = (char)('a' + i % 26);
		assert_int_equal(buf_addc(&b, want[i]), 0);
	}
	want[1000] = '\0';
	assert_int_equal(b.len, 1000);
	assert_string_equal(b.data, want);
	buf_free(&b);
}

static void test_printf_fits_and_grows(void **state)
{
	struct buf b = BUF_INIT;
	char big[300];

	(void)state;
	assert_int_equal(buf_printf(&b, "%d-%s", 42, "x"), 0);     /* empty buf */
	assert_string_equal(b.data, "42-x");
	assert_int_equal(buf_printf(&b, "|%u", 7u), 0);             /* fits */
	assert_string_equal(b.data, "42-x|7");
	memset(big, 'z', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	assert_int_equal(buf_printf(&b, "[%s]", big), 0);           /* grows */
	assert_int_equal(b.len, 6 + 2 + sizeof(big) - 1);
	assert_memory_equal(b.data, "42-x|7[zzz", 10);
	assert_int_equal(b.data[b.len - 1], ']');
	assert_int_equal(b.data[b.len], '\0');
	buf_free(&b);
}

/* A formatted string past the cap fails and leaves what was there. */
static void test_printf_over_cap(void **state)
{
	struct buf b;

	(void)state;
	buf_init(&b, 16);
	assert_int_equal(buf_adds(&b, "abcdef"), 0);
	assert_int_equal(buf_printf(&b, "%s", "0123456789abcdef"), -1);
	assert_int_equal(b.len, 6);
	assert_string_equal(b.data, "abcdef");
	assert_int_equal(buf_printf(&b, "%d", 123), 0);
	assert_string_equal(b.data, "abcdef123");
	buf_free(&b);
}

static void test_addu(void **state)
{
	struct buf b = BUF_INIT;
	char want[64];

	(void)state;
	buf_addu(&b, 0);
	buf_addc(&b, ' ');
	buf_addu(&b, 1907);
	buf_addc(&b, ' ');
	buf_addu(&b, ULONG_MAX);
	snprintf(want, sizeof(want), "0 1907 %lu", ULONG_MAX);
	assert_string_equal(b.data, want);
	buf_free(&b);
}

static void test_json_string_escapes(void **state)
{
	struct buf b = BUF_INIT;
	const char in[] = "say \"no\"\\\t\n\r\x01 \xc3\xa9";

	(void)state;
	jw_string(&b, in, sizeof(in) - 1);
	assert_string_equal(b.data, "\"say \\\"no\\\"\\\\\\t\\n\\r\\u0001 \xc3\xa9\"");
	buf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_addc_grows),
		cmocka_unit_test(test_printf_fits_and_grows),
		cmocka_unit_test(test_printf_over_cap),
		cmocka_unit_test(test_addu),
		cmocka_unit_test(test_json_string_escapes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
