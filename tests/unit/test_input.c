/*
 * test_input.c - the read stage: paths, directory walks, format choice,
 * the text and JSON Lines readers, and every way an input is rejected.
 *
 * Each test writes its files into a fresh directory from mkdtemp(), which
 * the teardown removes, so tests neither share state nor need fixtures.
 */
#include "unit.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dyad.h"
#include "reader.h"

struct fixture {
	char dir[64];
};

static int rm_entry(const char *path, const struct stat *st, int flag,
		    struct FTW *ftw)
{
	return remove(path);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	if (!f)
		return -1;
	snprintf(f->dir, sizeof(f->dir), "/tmp/dyad-input-XXXXXX");
	if (!mkdtemp(f->dir)) {
		free(f);
		return -1;
	}
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	nftw(f->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(f);
	return 0;
}

/* The path of name inside the test directory; a static buffer per slot so
 * a test can hold a few at once. */
static const char *at(void **state, const char *name)
{
	static char paths[4][512];
	static int slot;
	struct fixture *f = *state;
	char *p = paths[slot++ % 4];

	snprintf(p, 512, "%s/%s", f->dir, name);
	return p;
}

static void put(void **state, const char *name, const void *data, size_t len)
{
	FILE *fp = fopen(at(state, name), "wb");

	assert_non_null(fp);
	if (len)
		assert_int_equal(fwrite(data, 1, len, fp), len);
	assert_int_equal(fclose(fp), 0);
}

static void puts_file(void **state, const char *name, const char *text)
{
	put(state, name, text, strlen(text));
}

static void mkdir_in(void **state, const char *name)
{
	assert_int_equal(mkdir(at(state, name), 0755), 0);
}

static dyad_input *open_one(const char *path, size_t max_record)
{
	dyad_input *in = NULL;
	dyad_error err = { 0 };
	const char *paths[1] = { path };

	assert_int_equal(dyad_input_open(&in, paths, 1, max_record, &err), DYAD_OK);
	assert_non_null(in);
	return in;
}

/* Does msg end with the given tail (after a "DIR/" prefix)? */
static void assert_msg(const dyad_error *err, const char *tail)
{
	size_t n = strlen(err->msg), t = strlen(tail);

	if (n < t || strcmp(err->msg + n - t, tail) != 0)
		fail_msg("message \"%s\" does not end with \"%s\"", err->msg, tail);
}

/* ---- text ------------------------------------------------------------ */

static void test_text_file(void **state)
{
	const char *body = "\n  Talks resume in Geneva  \r\n\nDiplomats met on Monday.\n";
	struct dyad_article art;
	dyad_error err = { 0 };
	dyad_input *in;
	const char *path;

	puts_file(state, "story.txt", body);
	path = at(state, "story.txt");
	in = open_one(path, 0);
	assert_int_equal(dyad_input_next(in, &art, &err), 1);
	assert_string_equal(art.id, path);
	assert_string_equal(art.origin, path);
	assert_int_equal(art.text_len, strlen(body));
	assert_memory_equal(art.text, body, strlen(body));
	assert_int_equal(art.text[art.text_len], '\0');
	assert_string_equal(art.title, "Talks resume in Geneva");
	assert_null(art.url);
	assert_int_equal(art.date.precision, DYAD_PREC_NONE);
	assert_int_equal(art.line, 0);
	assert_int_equal(dyad_input_next(in, &art, &err), 0);
	assert_int_equal(dyad_input_rejected(in), 0);
	dyad_input_free(in);
}

static void expect_title(void **state, const char *body, const char *title)
{
	struct dyad_article art;
	dyad_error err = { 0 };
	dyad_input *in;

	puts_file(state, "t.txt", body);
	in = open_one(at(state, "t.txt"), 0);
	assert_int_equal(dyad_input_next(in, &art, &err), 1);
	if (title)
		assert_string_equal(art.title, title);
	else
		assert_null(art.title);
	assert_int_equal(art.text_len, strlen(body));
	dyad_input_free(in);
}

static void test_text_title_rules(void **state)
{
	char longline[260];

	memset(longline, 'a', 230);
	memcpy(longline + 230, "\nMore text.\n", 13);
	expect_title(state, "Rebels seize the airport\nText follows.", "Rebels seize the airport");
	expect_title(state, "The minister resigned.\nMore.", NULL);
	expect_title(state, longline, NULL);
	expect_title(state, " \t\n\n  Who won?\n", "Who won?");
	expect_title(state, "One line no period", "One line no period");
}

static void test_text_bom_skipped(void **state)
{
	struct dyad_article art;
	dyad_error err = { 0 };
	dyad_input *in;

	puts_file(state, "bom.txt", "\xEF\xBB\xBFHeadline\nBody.");
	in = open_one(at(state, "bom.txt"), 0);
	assert_int_equal(dyad_input_next(in, &art, &err), 1);
	assert_string_equal(art.text, "Headline\nBody.");
	assert_string_equal(art.title, "Headline");
	dyad_input_free(in);
}

/* The date a text file named name with body gets (ymd 0: none). */
static int32_t text_date(void **state, const char *name, const char *body)
{
	struct dyad_article art;
	dyad_error err = { 0 };
	dyad_input *in;
	int32_t ymd;

	puts_file(state, name, body);
	in = open_one(at(state, name), 0);
	assert_int_equal(dyad_input_next(in, &art, &err), 1);
	ymd = art.date.ymd;
	assert_int_equal(art.date.precision, ymd ? DYAD_PREC_DAY : DYAD_PREC_NONE);
	dyad_input_free(in);
	return ymd;
}

static void test_text_dates(void **state)
{
	static const char dated[] = "Sunday, October 26, 2025\n\n"
				    "Choe Son-hui will visit Moscow, state media said on Sunday.\n\n"
				    "She met Sergei Lavrov there last November.\n";
	static const char plain[] = "Choe Son-hui will visit Moscow, state media said on Sunday.\n";

	/* a date line at the top dates the page it was captured from, and
	 * is taken before the file's name */
	assert_int_equal(text_date(state, "story.txt", dated), 20251026);
	assert_int_equal(text_date(state, "2024-06-01-story.txt", dated), 20251026);
	/* else an ISO date in the name, anywhere in it */
	assert_int_equal(text_date(state, "2025-10-26-choe-moscow.txt", plain), 20251026);
	assert_int_equal(text_date(state, "yonhap_2025-10-26.txt", plain), 20251026);
	/* not a date that is no day, nor digits running on */
	assert_int_equal(text_date(state, "2025-02-30-story.txt", plain), 0);
	assert_int_equal(text_date(state, "12025-10-26.txt", plain), 0);
	assert_int_equal(text_date(state, "2025-10-261.txt", plain), 0);
	assert_int_equal(text_date(state, "2025-10.txt", plain), 0);
}

/* ---- rejections of whole files ---------------------------------------- */

/* Read path alone and expect exactly one rejection ending in tail. */
static void expect_reject(const char *path, size_t max_record, const char *tail)
{
	struct dyad_article art;
	dyad_error err = { 0 };
	dyad_input *in = open_one(path, max_record);

	assert_int_equal(dyad_input_next(in, &art, &err), DYAD_EINPUT);
	assert_int_equal(err.code, DYAD_EINPUT);
	assert_msg(&err, tail);
	assert_true(strncmp(err.msg, path, strlen(path)) == 0);
	assert_int_equal(dyad_input_next(in, &art, &err), 0);
	assert_int_equal(dyad_input_rejected(in), 1);
	dyad_input_free(in);
}

static void test_empty_file(void **state)
{
	put(state, "empty.txt", "", 0);
	expect_reject(at(state, "empty.txt"), 0, "empty.txt: empty file");
	put(state, "empty.jsonl", "", 0);
	expect_reject(at(state, "empty.jsonl"), 0, "empty.jsonl: empty file");
	put(state, "bomonly.txt", "\xEF\xBB\xBF", 3);
	expect_reject(at(state, "bomonly.txt"), 0, "bomonly.txt: empty file");
	puts_file(state, "blank.txt", " \n\t\r\n");
	expect_reject(at(state, "blank.txt"), 0,
		      "blank.txt: empty file (white space only)");
}

static void test_text_nul_byte_offset(void **state)
{
	put(state, "nul.txt", "Good text\0more", 14);
	expect_reject(at(state, "nul.txt"), 0, "nul.txt: NUL byte at byte 9");
	/* Past the 8-byte fast path and with a BOM, whose bytes count. */
	put(state, "nul2.txt", "\xEF\xBB\xBF" "0123456789abcdef\0", 20);
	expect_reject(at(state, "nul2.txt"), 0, "nul2.txt: NUL byte at byte 19");
}

static void test_text_invalid_utf8_offset(void **state)
{
	put(state, "bad.txt", "caf\xC3\xA9 au lait \xFF!", 17);
	expect_reject(at(state, "bad.txt"), 0, "bad.txt: invalid UTF-8 at byte 14");
	put(state, "latin1.txt", "Fran\xE7ois Hollande", 17);
	expect_reject(at(state, "latin1.txt"), 0, "latin1.txt: invalid UTF-8 at byte 4");
	put(state, "cut.txt", "ends in a cut \xE2\x82", 16);
	expect_reject(at(state, "cut.txt"), 0, "cut.txt: invalid UTF-8 at byte 14");
}

static void test_utf8_checker(void **state)
{
	static const struct {
		const char *s;
		size_t len;
		long bad;       /* -1: valid */
		int nul;
	} cases[] = {
		{ "", 0, -1, 0 },
		{ "plain ascii, long enough for words", 34, -1, 0 },
		{ "\xC2\x80\xDF\xBF", 4, -1, 0 },                 /* 2-byte ends */
		{ "\xE0\xA0\x80\xEF\xBF\xBF", 6, -1, 0 },         /* 3-byte ends */
		{ "\xF0\x90\x80\x80\xF4\x8F\xBF\xBF", 8, -1, 0 }, /* U+10000, U+10FFFF */
		{ "\xE2\x80\x9C" "quoted" "\xE2\x80\x9D", 12, -1, 0 },
		{ "ab\xC0\xAF", 4, 2, 0 },                        /* overlong '/' */
		{ "\xC1\xBF", 2, 0, 0 },
		{ "x\xE0\x80\x80", 4, 1, 0 },                     /* overlong 3-byte */
		{ "xy\xED\xA0\x80", 5, 2, 0 },                    /* surrogate */
		{ "\xF0\x80\x80\x80", 4, 0, 0 },                  /* overlong 4-byte */
		{ "\xF4\x90\x80\x80", 4, 0, 0 },                  /* past U+10FFFF */
		{ "\xF5\x80\x80\x80", 4, 0, 0 },
		{ "12345678\x80", 9, 8, 0 },                      /* lone continuation */
		{ "\xE2\x82", 2, 0, 0 },                          /* truncated */
		{ "\xE2\x82x", 3, 0, 0 },
		{ "\xF0\x9F\x98\x80\xF0\x9F\x98", 7, 4, 0 },
		{ "abcdefghij\0k", 12, 10, 1 },
		{ "\0", 1, 0, 1 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		size_t bad_at = 999;
		int nul = -1;
		int rc = reader_check_utf8(cases[i].s, cases[i].len, &bad_at, &nul);

		if (cases[i].bad < 0) {
			if (rc != 0)
				fail_msg("case %zu: rejected at %zu", i, bad_at);
		} else {
			if (rc != -1 || bad_at != (size_t)cases[i].bad || nul != cases[i].nul)
				fail_msg("case %zu: rc %d at %zu nul %d, want %ld nul %d",
					 i, rc, bad_at, nul, cases[i].bad, cases[i].nul);
		}
	}
}

static void test_text_too_long(void **state)
{
	char big[5000];

	memset(big, 'x', sizeof(big));
	put(state, "big.txt", big, sizeof(big));
	expect_reject(at(state, "big.txt"), 4096, "big.txt: record longer than 4096 bytes");
	/* Exactly at the cap is fine. */
	put(state, "fits.txt", big, 4096);
	{
		struct dyad_article art;
		dyad_error err = { 0 };
		dyad_input *in = open_one(at(state, "fits.txt"), 4096);

		assert_int_equal(dyad_input_next(in, &art, &err), 1);
		assert_int_equal(art.text_len, 4096);
		dyad_input_free(in);
	}
}

static void test_missing_path_goes_on(void **state)
{
	struct dyad_article art;
	dyad_error err = { 0 };
	dyad_input *in = NULL;
	const char *paths[3];

	puts_file(state, "a.txt", "First.");
	puts_file(state, "c.txt", "Third.");
	paths[0] = at(state, "a.txt");
	paths[1] = at(state, "nope.txt");
	paths[2] = at(state, "c.txt");
	assert_int_equal(dyad_input_open(&in, paths, 3, 0, &err), DYAD_OK);
	assert_int_equal(dyad_input_next(in, &art, &err), 1);
	assert_string_equal(art.text, "First.");
	assert_int_equal(dyad_input_next(in, &art, &err), DYAD_EINPUT);
	assert_msg(&err, "nope.txt: No such file or directory");
	assert_int_equal(dyad_input_next(in, &art, &err), 1);
	assert_string_equal(art.text, "Third.");
	assert_int_equal(dyad_input_next(in, &art, &err), 0);
	assert_int_equal(dyad_input_rejected(in), 1);
	dyad_input_free(in);

	/* A file used as a directory. */
	expect_reject(at(state, "a.txt/x.txt"), 0, "a.txt/x.txt: Not a directory");
}

static void test_unreadable_file(void **state)
{
	if (geteuid() == 0)
		skip();     /* root reads anything */
	puts_file(state, "locked.txt", "Secret.");
	assert_int_equal(chmod(at(state, "locked.txt"), 0), 0);
	expect_reject(at(state, "locked.txt"), 0, "locked.txt: Permission denied");
}

static void test_open_usage(void **state)
{
	dyad_input *in = (dyad_input *)1;
	dyad_error err = { 0 };
	const char *empty[1] = { "" };

	assert_int_equal(dyad_input_open(&in, NULL, 0, 0, &err), DYAD_EUSAGE);
	assert_null(in);
	assert_int_equal(dyad_input_open(&in, empty, 1, 0, &err), DYAD_EUSAGE);
	assert_null(in);
	dyad_input_free(NULL);
}

/* ---- JSON Lines ------------------------------------------------------- */

static void test_jsonl_all_fields(void **state)
{
	const char *data =
		"{\"id\":\"a1\",\"url\":\"https://example.org/1\",\"date\":\"2025-10-26\","
		"\"title\":\"Talks\",\"text\":\"Diplomats met.\",\"lang\":\"en\","
		"\"meta\":{\"tags\":[1,2,{\"x\":null}]},\"text_html\":\"<p>\"}\n"
		"{\"text\":\"Second \\u00e9 \\ud83d\\ude00.\",\"id\":42,\"date\":\"2025-10\","
		"\"url\":null,\"title\":null}\n";
	struct dyad_article art;
	dyad_error err = { 0 };
	dyad_input *in;
	const char *path;

	puts_file(state, "a.jsonl", data);
	path = at(state, "a.jsonl");
	in = open_one(path, 0);
	assert_int_equal(dyad_input_next(in, &art, &err), 1);
	assert_string_equal(art.id, "a1");
	assert_string_equal(art.url, "https://example.org/1");
	assert_string_equal(art.title, "Talks");
	assert_string_equal(art.text, "Diplomats met.");
	assert_int_equal(art.text_len, 14);
	assert_int_equal(art.date.ymd, 20251026);
	assert_int_equal(art.date.precision, DYAD_PREC_DAY);
	assert_string_equal(art.origin, path);
	assert_int_equal(art.line, 1);

	assert_int_equal(dyad_input_next(in, &art, &err), 1);
	assert_string_equal(art.id, "42");
	assert_null(art.url);
	assert_null(art.title);
	assert_string_equal(art.text, "Second \xC3\xA9 \xF0\x9F\x98\x80.");
	assert_int_equal(art.date.precision, DYAD_PREC_MONTH);
	assert_int_equal(art.line, 2);
	assert_int_equal(dyad_input_next(in, &art, &err), 0);
	assert_int_equal(dyad_input_rejected(in), 0);
	dyad_input_free(in);
}

static void test_jsonl_blank_lines_and_default_id(void **state)
{
	const char *data = "\n   \n{\"text\":\"one\"}\r\n\t\r\n\n{\"text\":\"two\"}";
	struct dyad_article art;
	dyad_error err = { 0 };
	char want[600];
	dyad_input *in;
	const char *path;

	puts_file(state, "b.ndjson", data);
	path = at(state, "b.ndjson");
	in = open_one(path, 0);
	assert_int_equal(dyad_input_next(in, &art, &err), 1);
	assert_string_equal(art.text, "one");
	assert_int_equal(art.line, 3);
	snprintf(want, sizeof(want), "%s:3", path);
	assert_string_equal(art.id, want);
	assert_int_equal(dyad_input_next(in, &art, &err), 1);
	assert_string_equal(art.text, "two");
	assert_int_equal(art.line, 6);
	assert_int_equal(dyad_input_next(in, &art, &err), 0);
	assert_int_equal(dyad_input_rejected(in), 0);
	dyad_input_free(in);
}

/* Read a JSON Lines file whose line 2 is bad and check that lines 1 and 3
 * still come through and the message names the file and line. */
static void expect_bad_line(void **state, const char *line2, const char *what)
{
	struct dyad_article art;
	dyad_error err = { 0 };
	char data[1024], want[1024];
	dyad_input *in;
	const char *path;

	snprintf(data, sizeof(data), "{\"text\":\"first\"}\n%s\n{\"text\":\"third\"}\n", line2);
	puts_file(state, "bad.jsonl", data);
	path = at(state, "bad.jsonl");
	in = open_one(path, 0);
	assert_int_equal(dyad_input_next(in, &art, &err), 1);
	assert_string_equal(art.text, "first");
	assert_int_equal(dyad_input_next(in, &art, &err), DYAD_EINPUT);
	snprintf(want, sizeof(want), "%s:2: %s", path, what);
	if (strncmp(err.msg, want, strlen(want)) != 0)
		fail_msg("message \"%s\" does not start with \"%s\"", err.msg, want);
	assert_int_equal(dyad_input_next(in, &art, &err), 1);
	assert_string_equal(art.text, "third");
	assert_int_equal(art.line, 3);
	assert_int_equal(dyad_input_next(in, &art, &err), 0);
	assert_int_equal(dyad_input_rejected(in), 1);
	dyad_input_free(in);
}

static void test_jsonl_bad_json_in_middle(void **state)
{
	expect_bad_line(state, "{\"text\": \"unterminated}",
			"invalid JSON at column ");
	expect_bad_line(state, "{\"text\": \"a\",}", "invalid JSON at column 14: ");
	expect_bad_line(state, "{\"text\": \"a\"} trailing", "invalid JSON at column ");
	expect_bad_line(state, "{\"text\": \"\xFF\"}", "invalid JSON at column ");
	expect_bad_line(state, "{\"text\": \"nul \\u0000 here\"}", "invalid JSON at column ");
	expect_bad_line(state, "{\"text\": \"a\", \"id\": 12345678901234567890}",
			"invalid JSON at column ");
	expect_bad_line(state, "[\"text\"]", "not a JSON object");
	/* jansson takes only an object or array as a whole document. */
	expect_bad_line(state, "\"text\"", "invalid JSON at column 6: '[' or '{' expected");
}

static void test_jsonl_field_errors(void **state)
{
	expect_bad_line(state, "{\"title\":\"no text\"}", "missing \"text\" field");
	expect_bad_line(state, "{\"text\":42}", "\"text\" is not a string");
	expect_bad_line(state, "{\"text\":null}", "\"text\" is not a string");
	expect_bad_line(state, "{\"text\":\"x\",\"date\":\"yesterday\"}",
			"\"date\" \"yesterday\": not a date");
	expect_bad_line(state, "{\"text\":\"x\",\"date\":20251026}",
			"\"date\" is not a string");
	expect_bad_line(state, "{\"text\":\"x\",\"id\":[1]}", "\"id\" is not a string");
	expect_bad_line(state, "{\"text\":\"x\",\"url\":1}", "\"url\" is not a string");
	expect_bad_line(state, "{\"text\":\"x\",\"title\":{}}", "\"title\" is not a string");
	/* A hostile date is shown cut short and without control bytes. */
	expect_bad_line(state,
			"{\"text\":\"x\",\"date\":\"\\n0123456789012345678901234567890123456789012345678901234567890\"}",
			"\"date\" \"?0123456789012345678901234567890123456789012...\": not a date");
}

/* What each field of a line reads as: escapes decoded, the last of
 * repeated keys, integer ids as their digits, "" as absent. */
static void test_jsonl_field_values(void **state)
{
	static const struct {
		const char *line, *text, *id, *title, *url;   /* NULL: absent */
	} cases[] = {
		{ "{\"text\":\"plain\"}", "plain", "m:1", NULL, NULL },
		{ "{\"text\":\"q \\\" b \\\\ s \\/ \\b\\f\\n\\r\\t\"}",
		  "q \" b \\ s / \b\f\n\r\t", "m:1", NULL, NULL },
		{ "{\"text\":\"\\u00e9\\u2019\\uD83D\\uDE00 raw \xc3\xa9\xe5\x8c\x97\"}",
		  "\xc3\xa9\xe2\x80\x99\xf0\x9f\x98\x80 raw \xc3\xa9\xe5\x8c\x97",
		  "m:1", NULL, NULL },
		{ "{\"text\":\"first\",\"text\":\"last wins\"}", "last wins", "m:1",
		  NULL, NULL },
		{ "{\"te\\u0078t\":\"escaped key\",\"\\u0069d\":\"k1\"}", "escaped key",
		  "k1", NULL, NULL },
		{ "{\"id\":1234567890123456789,\"text\":\"19-digit id\"}", "19-digit id",
		  "1234567890123456789", NULL, NULL },
		{ "{\"id\":-42,\"text\":\"negative id\",\"r\":-1.5e-3,\"u\":1e-400}",
		  "negative id", "-42", NULL, NULL },
		{ "{\"text\":\"reals\",\"a\":0.0,\"b\":-0,\"c\":1E+2,\"id\":0}", "reals",
		  "0", NULL, NULL },
		{ "  {  \"text\" : \"spaced\" , \"x\" : [ 1 , { } , [ ] , null , true ] }  \r",
		  "spaced", "m:1", NULL, NULL },
		{ "{\"text\":\"\",\"title\":\"\",\"url\":\"\",\"id\":\"\"}", "", "m:1",
		  NULL, NULL },
		{ "{\"text\":\"t\",\"title\":\"T \\u00e9\",\"url\":\"http:\\/\\/x\"}", "t",
		  "m:1", "T \xc3\xa9", "http://x" },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *line = cases[i].line;
		struct reader_src src;
		struct dyad_article art;
		dyad_error err = { 0 };
		struct arena a;
		void *st = NULL;
		int rc;

		arena_init(&a, 0);
		assert_int_equal(reader_src_mem(&src, "m", line, strlen(line),
						 1 << 20, 0, &a), 0);
		assert_int_equal(reader_jsonl.open(&st, &src, &err), 0);
		memset(&art, 0, sizeof(art));
		rc = reader_jsonl.next(st, &src, &art, &err);
		if (rc != 1)
			fail_msg("case %zu: rc %d: %s", i, rc, err.msg);
		assert_int_equal(art.text_len, strlen(cases[i].text));
		assert_string_equal(art.text, cases[i].text);
		assert_string_equal(art.id, cases[i].id);
		if (cases[i].title)
			assert_string_equal(art.title, cases[i].title);
		else
			assert_null(art.title);
		if (cases[i].url)
			assert_string_equal(art.url, cases[i].url);
		else
			assert_null(art.url);
		assert_int_equal(reader_jsonl.next(st, &src, &art, &err), 0);
		reader_jsonl.close(st);
		reader_src_close(&src);
		arena_free(&a);
	}
}

static void test_jsonl_deep_nesting(void **state)
{
	size_t depth = 3000, n = 0, i;
	char *line = malloc(2 * depth + 64);
	struct dyad_article art;
	dyad_error err = { 0 };
	dyad_input *in;

	assert_non_null(line);
	/* 300 levels: within jansson's limit of 2048. */
	n += (size_t)snprintf(line, 64, "{\"text\":\"ok\",\"x\":");
	for (i = 0; i < 300; i++)
		line[n++] = '[';
	for (i = 0; i < 300; i++)
		line[n++] = ']';
	line[n++] = '}';
	line[n++] = '\n';
	put(state, "deep.jsonl", line, n);
	/* 3000 levels: jansson refuses. */
	n = (size_t)snprintf(line, 64, "{\"text\":\"no\",\"x\":");
	for (i = 0; i < depth; i++)
		line[n++] = '[';
	for (i = 0; i < depth; i++)
		line[n++] = ']';
	line[n++] = '}';
	line[n++] = '\n';
	put(state, "deeper.jsonl", line, n);
	free(line);

	in = open_one(at(state, "deep.jsonl"), 0);
	assert_int_equal(dyad_input_next(in, &art, &err), 1);
	assert_string_equal(art.text, "ok");
	dyad_input_free(in);
	in = open_one(at(state, "deeper.jsonl"), 0);
	assert_int_equal(dyad_input_next(in, &art, &err), DYAD_EINPUT);
	assert_non_null(strstr(err.msg, "deeper.jsonl:1: invalid JSON at column "));
	assert_non_null(strstr(err.msg, "maximum parsing depth reached"));
	dyad_input_free(in);
}

/* A 3 MB line with a 1 MB cap is skipped as it streams by; the good line
 * after it is still read with its right number. */
static void test_jsonl_oversize_line(void **state)
{
	size_t big = 3u << 20, n;
	char *data = malloc(big + 100);
	struct dyad_article art;
	dyad_error err = { 0 };
	char want[600];
	dyad_input *in;
	const char *path;

	assert_non_null(data);
	memcpy(data, "{\"text\":\"", 9);
	memset(data + 9, 'a', big - 11);
	memcpy(data + big - 2, "\"}", 2);
	n = big;
	n += (size_t)snprintf(data + n, 100, "\n{\"text\":\"after\"}\n");
	put(state, "big.jsonl", data, n);
	free(data);
	path = at(state, "big.jsonl");
	in = open_one(path, 1u << 20);
	assert_int_equal(dyad_input_next(in, &art, &err), DYAD_EINPUT);
	snprintf(want, sizeof(want), "%s:1: record longer than 1048576 bytes", path);
	assert_string_equal(err.msg, want);
	assert_int_equal(dyad_input_next(in, &art, &err), 1);
	assert_string_equal(art.text, "after");
	assert_int_equal(art.line, 2);
	assert_int_equal(dyad_input_next(in, &art, &err), 0);
	assert_int_equal(dyad_input_rejected(in), 1);
	dyad_input_free(in);
}

/* ---- sources in memory: buffer seams ----------------------------------- */

/* The same lines must come out whatever the read size, including records
 * that straddle reads and ones just over the cap. */
static void test_src_lines_at_every_seam(void **state)
{
	static const char data[] =
		"short\n"
		"\n"
		"exactly-sixteen!\n"
		"this line is longer than the cap of sixteen\n"
		"seventeen bytes!!\n"
		"tail, no newline";
	static const struct {
		int rc;
		const char *line;
	} want[] = {
		{ 1, "short" }, { 1, "" }, { 1, "exactly-sixteen!" },
		{ DYAD_EINPUT, "4" }, { DYAD_EINPUT, "5" },
		{ 1, "tail, no newline" }, { 0, NULL },
	};
	size_t block;

	for (block = 1; block <= 64; block++) {
		struct reader_src src;
		struct arena a;
		size_t i;

		arena_init(&a, 0);
		assert_int_equal(reader_src_mem(&src, "mem", data, sizeof(data) - 1,
						 16, block, &a), 0);
		for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
			dyad_error err = { 0 };
			char *line = NULL;
			size_t len = 0;
			int rc = reader_src_line(&src, &line, &len, &err);

			if (rc != want[i].rc)
				fail_msg("block %zu line %zu: rc %d want %d (%s)", block, i,
					 rc, want[i].rc, err.msg);
			if (rc == 1) {
				assert_int_equal(len, strlen(want[i].line));
				assert_string_equal(line, want[i].line);
			} else if (rc == DYAD_EINPUT) {
				char m[64];

				snprintf(m, sizeof(m), "mem:%s: record longer than 16 bytes",
					 want[i].line);
				assert_string_equal(err.msg, m);
			}
		}
		reader_src_close(&src);
		arena_free(&a);
	}
}

/* ---- directories and format choice ------------------------------------ */

/* Collect the ids of every article under the given paths, and the
 * number of rejections, into out as "id|id|...". */
static size_t read_ids(const char *const *paths, size_t n, char *out, size_t size)
{
	struct dyad_article art;
	dyad_error err = { 0 };
	dyad_input *in = NULL;
	size_t used = 0, rejected;
	int rc;

	out[0] = '\0';
	assert_int_equal(dyad_input_open(&in, paths, n, 0, &err), DYAD_OK);
	while ((rc = dyad_input_next(in, &art, &err)) != 0) {
		if (rc == DYAD_EINPUT)
			continue;
		assert_int_equal(rc, 1);
		used += (size_t)snprintf(out + used, size - used, "%s%s",
					 used ? "|" : "", art.id);
		assert_true(used < size);
	}
	rejected = dyad_input_rejected(in);
	dyad_input_free(in);
	return rejected;
}

static void test_dir_walk_order_and_skips(void **state)
{
	struct fixture *f = *state;
	char got[4096], want[4096], root[600];
	const char *paths[1] = { root };
	const char *d = f->dir;

	mkdir_in(state, "in");
	mkdir_in(state, "in/sub");
	mkdir_in(state, "in/sub/deeper");
	mkdir_in(state, "in/.git");
	puts_file(state, "in/b.txt", "B.");
	puts_file(state, "in/a.txt", "A.");
	puts_file(state, "in/sub/c.TXT", "C.");
	puts_file(state, "in/sub/deeper/e.txt", "E.");
	puts_file(state, "in/sub/d.jsonl", "{\"id\":\"d1\",\"text\":\"x\"}\n{\"id\":\"d2\",\"text\":\"y\"}\n");
	puts_file(state, "in/sub/z.ndjson", "{\"id\":\"z1\",\"text\":\"x\"}\n");
	puts_file(state, "in/c", "No extension: text.");
	puts_file(state, "in/.hidden.txt", "Hidden.");
	puts_file(state, "in/.git/x.txt", "Hidden dir.");
	put(state, "in/logo.png", "\x89PNG\r\n\x1a\n", 8);
	puts_file(state, "in/notes.md", "Markdown is not read in a walk.");

	snprintf(root, sizeof(root), "%s/in", d);
	assert_int_equal(read_ids(paths, 1, got, sizeof(got)), 0);
	snprintf(want, sizeof(want),
		 "%s/in/a.txt|%s/in/b.txt|%s/in/c|%s/in/sub/c.TXT|d1|d2|"
		 "%s/in/sub/deeper/e.txt|z1", d, d, d, d, d);
	assert_string_equal(got, want);

	/* A trailing slash does not double. */
	snprintf(root, sizeof(root), "%s/in/sub/deeper/", d);
	assert_int_equal(read_ids(paths, 1, got, sizeof(got)), 0);
	snprintf(want, sizeof(want), "%s/in/sub/deeper/e.txt", d);
	assert_string_equal(got, want);
}

static void test_named_files_read_whatever_extension(void **state)
{
	char got[2048];
	const char *paths[2];

	puts_file(state, "notes.md", "Named, so read as text.");
	put(state, "logo.png", "\x89PNG\r\n\x1a\n", 8);
	paths[0] = at(state, "notes.md");
	paths[1] = at(state, "logo.png");
	/* The PNG is read as text and rejected for its bytes. */
	assert_int_equal(read_ids(paths, 2, got, sizeof(got)), 1);
	assert_string_equal(got, paths[0]);
	expect_reject(paths[1], 0, "logo.png: invalid UTF-8 at byte 0");
}

static void test_sniff_without_extension(void **state)
{
	char got[2048];
	const char *paths[2];

	puts_file(state, "feed", "  \n{\"id\":\"s1\",\"text\":\"sniffed\"}\n");
	puts_file(state, "story", "Plain story.\n{not json}\n");
	paths[0] = at(state, "feed");
	paths[1] = at(state, "story");
	assert_int_equal(read_ids(paths, 2, got, sizeof(got)), 0);
	{
		char want[1024];

		snprintf(want, sizeof(want), "s1|%s", paths[1]);
		assert_string_equal(got, want);
	}
}

static void test_json_extension_is_lines(void **state)
{
	char got[2048];
	const char *paths[1];

	puts_file(state, "export.json", "{\"id\":\"j1\",\"text\":\"x\"}\n{\"id\":\"j2\",\"text\":\"y\"}\n");
	paths[0] = at(state, "export.json");
	assert_int_equal(read_ids(paths, 1, got, sizeof(got)), 0);
	assert_string_equal(got, "j1|j2");
}

static void test_symlink_loop(void **state)
{
	struct fixture *f = *state;
	char got[2048], want[2048], root[600];
	const char *paths[1] = { root };

	mkdir_in(state, "loop");
	mkdir_in(state, "loop/sub");
	puts_file(state, "loop/sub/a.txt", "A.");
	assert_int_equal(symlink("..", at(state, "loop/sub/up")), 0);
	assert_int_equal(symlink("a.txt", at(state, "loop/sub/link.txt")), 0);
	assert_int_equal(symlink("missing.txt", at(state, "loop/sub/zz.txt")), 0);
	snprintf(root, sizeof(root), "%s/loop", f->dir);
	/* The broken link is rejected; the loop is not entered. */
	assert_int_equal(read_ids(paths, 1, got, sizeof(got)), 1);
	snprintf(want, sizeof(want), "%s/loop/sub/a.txt|%s/loop/sub/link.txt",
		 f->dir, f->dir);
	assert_string_equal(got, want);
}

/* Run fn with data arriving on stdin through a pipe from a child. */
static void with_stdin(const char *data, void (*fn)(void))
{
	int fds[2], saved;
	pid_t pid;

	assert_int_equal(pipe(fds), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(fds[0]);
		if (write(fds[1], data, strlen(data)) != (ssize_t)strlen(data))
			_exit(1);
		_exit(0);
	}
	close(fds[1]);
	saved = dup(STDIN_FILENO);
	assert_true(saved >= 0);
	assert_int_equal(dup2(fds[0], STDIN_FILENO), STDIN_FILENO);
	close(fds[0]);
	fn();
	assert_int_equal(dup2(saved, STDIN_FILENO), STDIN_FILENO);
	close(saved);
	assert_int_equal(waitpid(pid, NULL, 0), pid);
}

static void read_stdin_jsonl(void)
{
	struct dyad_article art;
	dyad_error err = { 0 };
	dyad_input *in = open_one("-", 0);

	assert_int_equal(dyad_input_next(in, &art, &err), 1);
	assert_string_equal(art.text, "from a pipe");
	assert_string_equal(art.id, "-:1");
	assert_string_equal(art.origin, "-");
	assert_int_equal(dyad_input_next(in, &art, &err), 1);
	assert_int_equal(art.line, 2);
	assert_int_equal(dyad_input_next(in, &art, &err), 0);
	dyad_input_free(in);
}

static void read_stdin_text(void)
{
	struct dyad_article art;
	dyad_error err = { 0 };
	dyad_input *in = open_one("-", 0);

	assert_int_equal(dyad_input_next(in, &art, &err), 1);
	assert_string_equal(art.id, "-");
	assert_string_equal(art.title, "Piped headline");
	assert_string_equal(art.text, "\n Piped headline\n{braces} in text.\n");
	assert_int_equal(dyad_input_next(in, &art, &err), 0);
	dyad_input_free(in);
}

static void test_stdin_pipe(void **state)
{
	with_stdin("{\"text\":\"from a pipe\"}\n{\"text\":\"two\"}\n", read_stdin_jsonl);
	with_stdin("\n Piped headline\n{braces} in text.\n", read_stdin_text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_text_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_title_rules, setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_bom_skipped, setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_dates, setup, teardown),
		cmocka_unit_test_setup_teardown(test_empty_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_nul_byte_offset, setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_invalid_utf8_offset, setup, teardown),
		cmocka_unit_test(test_utf8_checker),
		cmocka_unit_test_setup_teardown(test_text_too_long, setup, teardown),
		cmocka_unit_test_setup_teardown(test_missing_path_goes_on, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unreadable_file, setup, teardown),
		cmocka_unit_test(test_open_usage),
		cmocka_unit_test_setup_teardown(test_jsonl_all_fields, setup, teardown),
		cmocka_unit_test_setup_teardown(test_jsonl_blank_lines_and_default_id, setup, teardown),
		cmocka_unit_test_setup_teardown(test_jsonl_bad_json_in_middle, setup, teardown),
		cmocka_unit_test_setup_teardown(test_jsonl_field_errors, setup, teardown),
		cmocka_unit_test(test_jsonl_field_values),
		cmocka_unit_test_setup_teardown(test_jsonl_deep_nesting, setup, teardown),
		cmocka_unit_test_setup_teardown(test_jsonl_oversize_line, setup, teardown),
		cmocka_unit_test(test_src_lines_at_every_seam),
		cmocka_unit_test_setup_teardown(test_dir_walk_order_and_skips, setup, teardown),
		cmocka_unit_test_setup_teardown(test_named_files_read_whatever_extension, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sniff_without_extension, setup, teardown),
		cmocka_unit_test_setup_teardown(test_json_extension_is_lines, setup, teardown),
		cmocka_unit_test_setup_teardown(test_symlink_loop, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stdin_pipe, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
