/*
 * fuzz_jsonl.c - libFuzzer target for the input readers.
 *
 * The fuzz bytes are read as an in-memory source twice: as JSON Lines and
 * as a text article.  Read sizes and the record cap come from the input's
 * length, so buffer seams and over-long records fall everywhere.  Beyond
 * "does not crash", each result is checked against an oracle built here.
 * JSON Lines: every non-blank or over-long line comes out as exactly one
 * article or one rejection, in order; a line is read exactly when its
 * fields are right by the rules below (expect()), the rejection message
 * then being the one those rules name; and an article's id, text, url and
 * title are jansson's fields of its line.  The text reader must agree with
 * a plain UTF-8 decoder written separately below.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond) do { if (!(cond)) { \
	fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
	abort(); } } while (0)

struct line {
	const char *p;
	size_t len;
};

static int ws_only(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return 0;
	return 1;
}

/* The text reader's white space also has form feed and vertical tab. */
static int text_ws_only(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!strchr(" \t\r\n\f\v", s[i]) || !s[i])
			return 0;
	return 1;
}

/* The lines of data after a byte order mark, as the source should see them. */
static size_t split_lines(const char *d, size_t n, struct line **out)
{
	size_t count = 0, cap = 16, i, start;
	struct line *lines = malloc(cap * sizeof(*lines));

	CHECK(lines);
	if (n >= 3 && memcmp(d, "\xEF\xBB\xBF", 3) == 0)
		d += 3, n -= 3;
	for (start = 0, i = 0; i <= n; i++) {
		if (i < n && d[i] != '\n')
			continue;
		if (i == n && start == n)
			break;
		if (count == cap) {
			cap *= 2;
			lines = realloc(lines, cap * sizeof(*lines));
			CHECK(lines);
		}
		lines[count].p = d + start;
		lines[count].len = i - start;
		count++;
		start = i + 1;
	}
	*out = lines;
	return count;
}

/* What the reader must make of a line within the cap, given jansson's
 * parse of it, o (NULL with jerr set when it failed): 1 when it must read
 * it, else 0 with want set to its rejection message.  For a bad date, want
 * is only the head of the message, whose tail is ": not a date". */
static int expect(json_t *o, const json_error_t *jerr, long ln, char *want,
		  size_t size)
{
	static const char *const opt[] = { "id", "url", "title", "date" };
	struct dyad_date date;
	json_t *v;
	size_t k;

#define WANT(...) (snprintf(want, size, __VA_ARGS__), 0)
	if (!o)
		return WANT("fuzz:%ld: invalid JSON at column %d: %s", ln,
			    jerr->column, jerr->text);
	if (!json_is_object(o))
		return WANT("fuzz:%ld: not a JSON object", ln);
	v = json_object_get(o, "text");
	if (!v)
		return WANT("fuzz:%ld: missing \"text\" field", ln);
	if (!json_is_string(v))
		return WANT("fuzz:%ld: \"text\" is not a string", ln);
	for (k = 0; k < sizeof(opt) / sizeof(opt[0]); k++) {
		v = json_object_get(o, opt[k]);
		if (v && !json_is_null(v) && !json_is_string(v) &&
		    !(k == 0 && json_is_integer(v)))
			return WANT("fuzz:%ld: \"%s\" is not a string", ln, opt[k]);
	}
	v = json_object_get(o, "date");
	if (json_string_length(v) &&
	    dyad_date_parse(json_string_value(v), json_string_length(v), &date))
		return WANT("fuzz:%ld: \"date\" \"", ln);
#undef WANT
	return 1;
}

static void check_string_field(json_t *o, const char *key, const char *got)
{
	json_t *v = json_object_get(o, key);

	if (json_is_string(v) && json_string_length(v)) {
		CHECK(got);
		CHECK(strlen(got) == json_string_length(v));
		CHECK(memcmp(got, json_string_value(v), json_string_length(v)) == 0);
	} else {
		CHECK(!got);
	}
}

/* art was read from a line jansson parses as o. */
static void check_article(const struct dyad_article *art, json_t *o,
			  size_t max_record)
{
	json_t *v = json_object_get(o, "text");
	char want[64];

	CHECK(art->text && art->text_len == json_string_length(v));
	CHECK(memcmp(art->text, json_string_value(v), art->text_len) == 0);
	CHECK(art->text[art->text_len] == '\0');
	CHECK(art->text_len <= max_record);
	CHECK(art->id);
	v = json_object_get(o, "id");
	if (json_is_integer(v)) {
		snprintf(want, sizeof(want), "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		CHECK(strcmp(art->id, want) == 0);
	} else if (json_string_length(v)) {
		CHECK(strcmp(art->id, json_string_value(v)) == 0);
	} else {
		snprintf(want, sizeof(want), "fuzz:%ld", art->line);
		CHECK(strcmp(art->id, want) == 0);
	}
	check_string_field(o, "url", art->url);
	check_string_field(o, "title", art->title);
	v = json_object_get(o, "date");
	CHECK((art->date.precision != DYAD_PREC_NONE) == (json_string_length(v) > 0));
}

static void fuzz_jsonl(const char *d, size_t n, size_t max_record, size_t block)
{
	struct reader_src src;
	struct arena a;
	struct line *lines;
	size_t n_lines = split_lines(d, n, &lines), i, want = 0, got = 0;
	void *state = NULL;
	long last = 0;
	int rc;

	for (i = 0; i < n_lines; i++)
		if (lines[i].len > max_record || !ws_only(lines[i].p, lines[i].len))
			want++;
	arena_init(&a, 0);
	CHECK(reader_src_mem(&src, "fuzz", d, n, max_record, block, &a) == 0);
	CHECK(reader_jsonl.open(&state, &src, NULL) == 0);
	for (;;) {
		struct dyad_article art;
		dyad_error err = { 0 };
		const struct line *l;
		json_error_t jerr;
		json_t *o;
		char msg[256];
		long ln;

		memset(&art, 0, sizeof(art));
		arena_reset(&a);
		rc = reader_jsonl.next(state, &src, &art, &err);
		if (rc == 0)
			break;
		got++;
		if (rc == 1) {
			ln = art.line;
		} else {
			CHECK(rc == DYAD_EINPUT && err.code == DYAD_EINPUT);
			CHECK(strncmp(err.msg, "fuzz:", 5) == 0);
			ln = strtol(err.msg + 5, NULL, 10);
		}
		/* In order, each line once, and only lines that count. */
		CHECK(ln > last && ln >= 1 && (size_t)ln <= n_lines);
		last = ln;
		l = &lines[ln - 1];
		CHECK(l->len > max_record || !ws_only(l->p, l->len));
		if (l->len > max_record) {
			snprintf(msg, sizeof(msg), "fuzz:%ld: record longer than %zu bytes",
				 ln, max_record);
			CHECK(rc == DYAD_EINPUT && strcmp(err.msg, msg) == 0);
			continue;
		}
		o = json_loadb(l->p, l->len, 0, &jerr);
		if (rc == 1) {
			CHECK(expect(o, &jerr, ln, msg, sizeof(msg)) == 1);
			check_article(&art, o, max_record);
		} else {
			size_t m = strlen(err.msg), t = strlen("\": not a date");

			CHECK(expect(o, &jerr, ln, msg, sizeof(msg)) == 0);
			if (strstr(msg, ": \"date\" \""))
				CHECK(strncmp(err.msg, msg, strlen(msg)) == 0 && m >= t &&
				      strcmp(err.msg + m - t, "\": not a date") == 0);
			else
				CHECK(strcmp(err.msg, msg) == 0);
		}
		json_decref(o);
	}
	CHECK(got == want);
	reader_jsonl.close(state);
	reader_src_close(&src);
	arena_free(&a);
	free(lines);
}

/* A UTF-8 decoder of the textbook kind, to check reader_check_utf8(). */
static long first_bad_utf8(const unsigned char *s, size_t n, int *nul)
{
	size_t i = 0;

	while (i < n) {
		unsigned c = s[i], cp, min;
		size_t len, k;

		if (c == 0) {
			*nul = 1;
			return (long)i;
		}
		if (c < 0x80) {
			i++;
			continue;
		}
		if ((c & 0xE0) == 0xC0)
			len = 2, cp = c & 0x1F, min = 0x80;
		else if ((c & 0xF0) == 0xE0)
			len = 3, cp = c & 0x0F, min = 0x800;
		else if ((c & 0xF8) == 0xF0)
			len = 4, cp = c & 0x07, min = 0x10000;
		else
			goto bad;
		if (i + len > n)
			goto bad;
		for (k = 1; k < len; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				goto bad;
			cp = cp << 6 | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			goto bad;
		i += len;
	}
	return -1;
bad:
	*nul = 0;
	return (long)i;
}

static void fuzz_text(const char *d, size_t n, size_t max_record, size_t block)
{
	struct reader_src src;
	struct dyad_article art;
	dyad_error err = { 0 };
	struct arena a;
	size_t bom = n >= 3 && memcmp(d, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	const char *body = d + bom;
	size_t len = n - bom;
	int rc, nul = -1;
	long bad;

	arena_init(&a, 0);
	CHECK(reader_src_mem(&src, "fuzz", d, n, max_record, block, &a) == 0);
	memset(&art, 0, sizeof(art));
	rc = reader_text.next(NULL, &src, &art, &err);
	if (len == 0) {
		CHECK(rc == 0);
	} else if (len > max_record) {
		CHECK(rc == DYAD_EINPUT && strstr(err.msg, "record longer than"));
	} else if ((bad = first_bad_utf8((const unsigned char *)body, len, &nul)) >= 0) {
		char want[96];

		snprintf(want, sizeof(want), "fuzz: %s at byte %ld",
			 nul ? "NUL byte" : "invalid UTF-8", bad + (long)bom);
		CHECK(rc == DYAD_EINPUT && strcmp(err.msg, want) == 0);
	} else if (text_ws_only(body, len)) {
		CHECK(rc == DYAD_EINPUT && strstr(err.msg, "empty file"));
	} else {
		CHECK(rc == 1);
		CHECK(art.text_len == len && memcmp(art.text, body, len) == 0);
		CHECK(art.text[len] == '\0' && strcmp(art.id, "fuzz") == 0);
		if (art.title) {
			size_t tl = strlen(art.title);

			CHECK(tl > 0 && tl < 200 && art.title[tl - 1] != '.');
			CHECK(memmem(body, len, art.title, tl));
		}
	}
	if (rc != 0) {
		memset(&art, 0, sizeof(art));
		CHECK(reader_text.next(NULL, &src, &art, &err) == 0);
	}
	reader_src_close(&src);
	arena_free(&a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *d = (const char *)data;
	/* Odd read sizes put seams everywhere, and inputs of odd length get
	 * a small cap so over-long records are common; a big input (a file
	 * given on the command line) is read as the CLI reads it. */
	size_t max_record = size % 2 && size <= 65536 ? 64 + size % 512
						      : (size_t)64 << 20;
	size_t block = size > 65536 ? 0 : 1 + size % 61;

	fuzz_jsonl(d, size, max_record, block);
	fuzz_text(d, size, max_record, block);
	return 0;
}
