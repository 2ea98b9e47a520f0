/*
 * test_normalize.c - norm_text(): UTF-8 rejection with byte offsets, the
 * ASCII fast path, NFC, and every typographic mapping in normalize.h.
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "arena.h"
#include "normalize.h"

static struct arena arena;

static int setup(void **state)
{
	arena_init(&arena, 0);
	return 0;
}

static int teardown(void **state)
{
	arena_free(&arena);
	return 0;
}

/* Normalize in (n bytes) and check the result is want, NUL-terminated. */
static void expect_norm(const char *in, size_t n, const char *want)
{
	char *out = NULL;
	size_t out_len = 0, bad = 0;
	dyad_error err = { 0 };
	int rc;

	rc = norm_text(in, n, &arena, &out, &out_len, &bad, &err);
	if (rc != DYAD_OK)
		fail_msg("norm_text(\"%.*s\") failed: %s", (int)n, in, err.msg);
	assert_non_null(out);
	if (out_len != strlen(want) || memcmp(out, want, out_len))
		fail_msg("norm_text(\"%.*s\") gave \"%.*s\", want \"%s\"", (int)n,
			 in, (int)out_len, out, want);
	assert_int_equal(out[out_len], '\0');
}

#define EXPECT(in, want) expect_norm(in, sizeof(in) - 1, want)

/* Normalize in and expect rejection at byte offset want_at, with a message
 * starting with prefix. */
static void expect_bad(const char *in, size_t n, size_t want_at,
		       const char *prefix)
{
	char *out = NULL;
	size_t out_len = 0, bad = (size_t)-1;
	dyad_error err = { 0 };
	char want_msg[64];
	int rc;

	rc = norm_text(in, n, &arena, &out, &out_len, &bad, &err);
	assert_int_equal(rc, DYAD_EINPUT);
	assert_int_equal(err.code, DYAD_EINPUT);
	assert_int_equal(bad, want_at);
	assert_null(out);
	snprintf(want_msg, sizeof(want_msg), "%s at byte %zu", prefix, want_at);
	if (strncmp(err.msg, want_msg, strlen(want_msg)))
		fail_msg("message \"%s\", want it to start \"%s\"", err.msg,
			 want_msg);
}

#define BAD(in, at) expect_bad(in, sizeof(in) - 1, at, "invalid UTF-8")

static void test_ascii_fast_path(void **state)
{
	const char *in = "SEOUL (Reuters) - North Korea said on Sunday.\n\tOk.";
	char *out = NULL;
	size_t out_len = 0;

	assert_int_equal(norm_text(in, strlen(in), &arena, &out, &out_len,
				   NULL, NULL), DYAD_OK);
	assert_int_equal(out_len, strlen(in));
	assert_memory_equal(out, in, out_len);
	assert_int_equal(out[out_len], '\0');
	/* A copy in the arena, not the caller's buffer. */
	assert_ptr_not_equal(out, in);
	EXPECT("", "");
	/* Controls other than NUL and CR pass through. */
	EXPECT("a\tb\x01\x7f", "a\tb\x01\x7f");
}

static void test_invalid_utf8(void **state)
{
	BAD("abc\xff", 3);
	BAD("\xfe", 0);
	BAD("ab\xf5\x80\x80\x80", 2);                   /* lead byte past F4 */
	BAD("a\x80", 1);                                /* stray continuation */
	BAD("\xc0\xaf", 0);                             /* overlong '/' */
	BAD("\xc1\xbf", 0);
	BAD("ab\xe0\x80\xaf", 2);                       /* overlong, 3 bytes */
	BAD("\xf0\x80\x80\xaf", 0);                     /* overlong, 4 bytes */
	BAD("x\xed\xa0\x80", 1);                        /* surrogate D800 */
	BAD("x\xed\xbf\xbf", 1);                        /* surrogate DFFF */
	BAD("\xf4\x90\x80\x80", 0);                     /* above U+10FFFF */
	BAD("abc\xe4\xb8", 3);                          /* cut short at the end */
	BAD("abc\xf0\x9f\x98", 3);
	BAD("\xc3", 0);
	BAD("\xe4\xb8x", 0);                            /* cut short mid-text */
	BAD("\xc3\xa9\xc3(", 2);                        /* after a good é */
	/* The edges of the valid ranges pass. */
	EXPECT("\xc2\x80\xdf\xbf", "\xc2\x80\xdf\xbf");
	EXPECT("\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80", "\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80");
	EXPECT("\xf0\x90\x80\x80\xf4\x8f\xbf\xbf", "\xf0\x90\x80\x80\xf4\x8f\xbf\xbf");
}

static void test_offsets_past_fast_scan(void **state)
{
	/* The checker reads eight bytes at a time; offsets must not drift. */
	char buf[2000];
	size_t at;

	for (at = 1225; at < 1243; at++) {
		memset(buf, 'a', sizeof(buf));
		buf[at] = '\xff';
		expect_bad(buf, sizeof(buf), at, "invalid UTF-8");
		buf[at] = '\0';
		expect_bad(buf, sizeof(buf), at, "NUL byte");
	}
	memset(buf, 'a', sizeof(buf));
	buf[77] = '\0';
	expect_bad(buf, sizeof(buf), 77, "NUL byte");
	/* A CR found by the word scan still maps. */
	memset(buf, 'a', 16);
	buf[13] = '\r';
	expect_norm(buf, 16, "aaaaaaaaaaaaa\naa");
}

static void test_nul(void **state)
{
	char *out = NULL;
	size_t out_len = 0, bad = 0;
	dyad_error err = { 0 };

	assert_int_equal(norm_text("ab\0c", 4, &arena, &out, &out_len, &bad,
				   &err), DYAD_EINPUT);
	assert_int_equal(bad, 2);
	assert_string_equal(err.msg, "NUL byte at byte 2");
	expect_bad("\xc3\xa9\0", 3, 2, "NUL byte");
	/* err and bad_offset may be NULL. */
	assert_int_equal(norm_text("\0", 1, &arena, &out, &out_len, NULL, NULL),
			 DYAD_EINPUT);
}

static void test_nfc(void **state)
{
	EXPECT("Caf" "e\xcc\x81", "Caf\xc3\xa9");                  /* e + U+0301 */
	EXPECT("\xe1\x84\x80\xe1\x85\xa1", "\xea\xb0\x80");         /* jamo -> 가 */
	EXPECT("\xea\xb0\x80\xe1\x86\xa8", "\xea\xb0\x81");         /* 가 + jamo T */
	EXPECT("\xe2\x84\xab", "\xc3\x85");                         /* Angstrom */
	EXPECT("a\xcc\x96\xcc\x81", "\xc3\xa1\xcc\x96");            /* reorder */
	EXPECT("a\xcc\x81\xcc\x96", "\xc3\xa1\xcc\x96");
	/* Already NFC: kept as is, with or without a mark elsewhere. */
	EXPECT("\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0 \xeb\xb6\x81\xed\x95\x9c",
	       "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0 \xeb\xb6\x81\xed\x95\x9c");
	EXPECT("\xeb\xb6\x81 e\xcc\x81", "\xeb\xb6\x81 \xc3\xa9");
	/* Removing a zero-width joiner lets the mark compose. */
	EXPECT("e\xe2\x80\x8d\xcc\x81", "\xc3\xa9");
}

/* UTF-8 for cp into b; returns its length. */
static size_t enc(int32_t cp, char *b)
{
	return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)b);
}

/* "a" cp "b" must normalize to "a" want "b". */
static void expect_cp(int32_t cp, const char *want)
{
	char in[16], exp[16];
	size_t n = 0;

	in[n++] = 'a';
	n += enc(cp, in + n);
	in[n++] = 'b';
	snprintf(exp, sizeof(exp), "a%sb", want);
	expect_norm(in, n, exp);
}

static void test_mappings(void **state)
{
	static const int32_t singles[] = { 0x2018, 0x2019, 0x201A, 0x201B,
					   0x2032, 0x02BC };
	static const int32_t doubles[] = { 0x201C, 0x201D, 0x201E, 0x201F,
					   0x2033, 0x00AB, 0x00BB };
	static const int32_t hyphens[] = { 0x2010, 0x2011, 0x2012, 0x2013,
					   0x2212, 0xFE63, 0xFF0D };
	static const int32_t spaces[] = { 0x00A0, 0x2000, 0x2001, 0x2002,
					  0x2003, 0x2004, 0x2005, 0x2006,
					  0x2007, 0x2008, 0x2009, 0x200A,
					  0x202F, 0x205F, 0x3000 };
	static const int32_t gone[] = { 0x200B, 0x200C, 0x200D, 0xFEFF, 0x00AD };
	size_t i;

	for (i = 0; i < sizeof(singles) / sizeof(singles[0]); i++)
		expect_cp(singles[i], "'");
	for (i = 0; i < sizeof(doubles) / sizeof(doubles[0]); i++)
		expect_cp(doubles[i], "\"");
	for (i = 0; i < sizeof(hyphens) / sizeof(hyphens[0]); i++)
		expect_cp(hyphens[i], "-");
	for (i = 0; i < sizeof(spaces) / sizeof(spaces[0]); i++)
		expect_cp(spaces[i], " ");
	for (i = 0; i < sizeof(gone) / sizeof(gone[0]); i++)
		expect_cp(gone[i], "");
	expect_cp(0x2026, "...");
	expect_cp(0x2014, " - ");
	expect_cp(0x2015, " - ");
	EXPECT("\xe2\x80\x9cWe will go,\xe2\x80\x9d Kim\xe2\x80\x99s aide said",
	       "\"We will go,\" Kim's aide said");
	EXPECT("\xef\xbb\xbfSEOUL", "SEOUL");           /* byte-order mark */
}

static void test_em_dash_padding(void **state)
{
	/* Padded only where no space is already there. */
	EXPECT("a \xe2\x80\x94 b", "a - b");
	EXPECT("a\xe2\x80\x94 b", "a - b");
	EXPECT("a \xe2\x80\x94" "b", "a - b");
	EXPECT("a\xc2\xa0\xe2\x80\x94\xc2\xa0" "b", "a - b");  /* NBSP around */
	EXPECT("a\xe2\x80\x94\nb", "a -\nb");
	EXPECT("a\xe2\x80\x94\xe2\x80\x94" "b", "a - - b");
	EXPECT("\xe2\x80\x94" "a", "- a");
	EXPECT("a\xe2\x80\x94", "a -");
	EXPECT("WASHINGTON\xe2\x80\x94The", "WASHINGTON - The");
	/* An em dash's pad does not land inside a removed character. */
	EXPECT("a\xe2\x80\x94\xe2\x80\x8b" "b", "a - b");
	EXPECT("a\xe2\x80\x94\xe2\x80\x9cQ", "a - \"Q");
}

static void test_line_endings(void **state)
{
	EXPECT("a\r\nb\rc\n", "a\nb\nc\n");
	EXPECT("\r\r\n\r", "\n\n\n");
	EXPECT("\xc3\xa9\r\n", "\xc3\xa9\n");
}

static void test_other_scripts_kept(void **state)
{
	EXPECT("\xeb\xb6\x81\xed\x95\x9c\xec\x9d\x80 \xeb\xb0\x9c\xed\x91\x9c\xed\x96\x88\xeb\x8b\xa4.",
	       "\xeb\xb6\x81\xed\x95\x9c\xec\x9d\x80 \xeb\xb0\x9c\xed\x91\x9c\xed\x96\x88\xeb\x8b\xa4.");
	EXPECT("\xd0\x9c\xd0\xb8\xd0\xb4 \xd0\xb9", "\xd0\x9c\xd0\xb8\xd0\xb4 \xd0\xb9");
	EXPECT("\xe2\x82\xac 5 \xe2\x80\xa2 \xf0\x9f\x98\x80", "\xe2\x82\xac 5 \xe2\x80\xa2 \xf0\x9f\x98\x80");
}

/*
 * norm_text() skips utf8proc when every code point is one it deems inert;
 * compare against utf8proc's own NFC for every BMP code point, alone and
 * after a letter it might compose with.
 */
static void test_nfc_fast_path_matches_utf8proc(void **state)
{
	static const char *const before[] = { "", "e", "A", "\xea\xb0\x80" };
	char in[16], *out;
	utf8proc_uint8_t *ref;
	size_t n, out_len, b;
	int32_t cp;
	const char *rep;
	int mapped;

	for (cp = 0x80; cp < 0x10000; cp++) {
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		/* Skip the mapped code points; test_mappings covers them. */
		mapped = 0;
		switch (cp) {
		case 0x00A0: case 0x00AB: case 0x00AD: case 0x00BB: case 0x02BC:
		case 0x2212: case 0x3000: case 0xFE63: case 0xFEFF: case 0xFF0D:
			mapped = 1;
		}
		if (mapped || (cp >= 0x2000 && cp <= 0x205F))
			continue;
		for (b = 0; b < sizeof(before) / sizeof(before[0]); b++) {
			rep = before[b];
			n = strlen(rep);
			memcpy(in, rep, n);
			n += enc(cp, in + n);
			ref = NULL;
			assert_true(utf8proc_map((const utf8proc_uint8_t *)in,
						 (utf8proc_ssize_t)n, &ref,
						 UTF8PROC_STABLE | UTF8PROC_COMPOSE) >= 0);
			arena_reset(&arena);
			assert_int_equal(norm_text(in, n, &arena, &out, &out_len,
						   NULL, NULL), DYAD_OK);
			if (out_len != strlen((char *)ref) || memcmp(out, ref, out_len))
				fail_msg("U+%04X after \"%s\": not NFC", (unsigned)cp, rep);
			free(ref);
		}
	}
}

static void test_out_of_memory(void **state)
{
	struct arena small;
	char *out = NULL, big[4096];
	size_t out_len;
	dyad_error err = { 0 };

	/* A capped arena refuses the copy: ENOMEM, not a crash. */
	arena_init(&small, 1024);
	memset(big, 'a', sizeof(big));
	big[0] = '\xc3';
	big[1] = '\xa9';
	assert_int_equal(norm_text(big, sizeof(big), &small, &out, &out_len,
				   NULL, &err), DYAD_ENOMEM);
	assert_int_equal(norm_text(big + 2, sizeof(big) - 2, &small, &out,
				   &out_len, NULL, &err), DYAD_ENOMEM);
	arena_free(&small);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ascii_fast_path),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_offsets_past_fast_scan),
		cmocka_unit_test(test_nul),
		cmocka_unit_test(test_nfc),
		cmocka_unit_test(test_mappings),
		cmocka_unit_test(test_em_dash_padding),
		cmocka_unit_test(test_line_endings),
		cmocka_unit_test(test_other_scripts_kept),
		cmocka_unit_test(test_nfc_fast_path_matches_utf8proc),
		cmocka_unit_test(test_out_of_memory),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
