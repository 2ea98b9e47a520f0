/*
 * reader_jsonl.c - JSON Lines: one article per line.
 *
 * Each non-blank line is a JSON object with "text" (required), and
 * optionally "id", "url", "title" and "date"; other fields are allowed and
 * ignored, so records exported from other tools read as they are.  A bad
 * line is rejected alone with FILE:LINE and what is wrong; the reader then
 * goes on with the next line.
 *
 * jansson parses every line, so the accepted language and the syntax
 * errors are its own; a repeated key keeps its last value, as jansson does
 * by default.  The article's strings point into jansson's tree of its
 * line, which the reader holds until its next call.
 */
#include "reader.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

struct jsonl {
	json_t *cur;            /* the last line's tree, or NULL */
};

static int is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int is_blank(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!is_ws(s[i]))
			return 0;
	return 1;
}

/* Format into memory from a; NULL when it is out of memory. */
__attribute__((format(printf, 2, 3)))
static char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	char *s;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || !(s = arena_alloc(a, (size_t)n + 1)))
		return NULL;
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

/* Copy a value from the input into a short, printable form for a message:
 * control bytes become '?', and a long value is cut, at a character
 * boundary, with "...".  size must be at least 8. */
static void quote_for_msg(char *out, size_t size, const char *s, size_t len)
{
	size_t i, n = len < size - 4 ? len : size - 4;

	while (n > 0 && n < len && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	for (i = 0; i < n; i++)
		out[i] = (unsigned char)s[i] < 0x20 || s[i] == 0x7f ? '?' : s[i];
	if (n < len) {
		memcpy(out + n, "...", 3);
		n += 3;
	}
	out[n] = '\0';
}

/* An optional string field of o: missing, null or "" leave *out NULL.
 * Returns -1 when it holds something else. */
static int opt_string(json_t *o, const char *key, const char **out)
{
	json_t *v = json_object_get(o, key);

	*out = NULL;
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_string(v))
		return -1;
	if (json_string_length(v))
		*out = json_string_value(v);
	return 0;
}

#define BAD(...) return dyad_fail(err, DYAD_EINPUT, __VA_ARGS__)

/* Fill art from the fields of o, the object on line lineno of path. */
static int jsonl_article(json_t *o, const char *path, long lineno,
			 struct arena *a, struct dyad_article *art,
			 dyad_error *err)
{
	json_t *text = json_object_get(o, "text");
	json_t *id = json_object_get(o, "id");
	const char *date;

	if (!text)
		BAD("%s:%ld: missing \"text\" field", path, lineno);
	if (!json_is_string(text))
		BAD("%s:%ld: \"text\" is not a string", path, lineno);
	art->text = json_string_value(text);
	art->text_len = json_string_length(text);

	/* Numeric ids are common in exports; keep them as their digits. */
	if (json_is_integer(id))
		art->id = arena_printf(a, "%" JSON_INTEGER_FORMAT,
				       json_integer_value(id));
	else if (opt_string(o, "id", &art->id))
		BAD("%s:%ld: \"id\" is not a string", path, lineno);
	else if (!art->id)
		art->id = arena_printf(a, "%s:%ld", path, lineno);
	if (!art->id)
		return dyad_fail(err, DYAD_ENOMEM, "%s:%ld: out of memory",
				 path, lineno);

	if (opt_string(o, "url", &art->url))
		BAD("%s:%ld: \"url\" is not a string", path, lineno);
	if (opt_string(o, "site", &art->site))
		BAD("%s:%ld: \"site\" is not a string", path, lineno);
	/* Without a "site", the URL's host says who published it. */
	if (!art->site && art->url)
		art->site = reader_url_host(art->url, strlen(art->url), a);
	if (opt_string(o, "title", &art->title))
		BAD("%s:%ld: \"title\" is not a string", path, lineno);
	if (opt_string(o, "author", &art->author))
		BAD("%s:%ld: \"author\" is not a string", path, lineno);
	if (opt_string(o, "language", &art->language))
		BAD("%s:%ld: \"language\" is not a string", path, lineno);
	if (opt_string(o, "date", &date))
		BAD("%s:%ld: \"date\" is not a string", path, lineno);
	/* jansson refuses \u0000 unless asked, so strlen() is the length. */
	if (date && dyad_date_parse(date, strlen(date), &art->date) != DYAD_OK) {
		char shown[48];

		quote_for_msg(shown, sizeof(shown), date, strlen(date));
		BAD("%s:%ld: \"date\" \"%s\": not a date", path, lineno, shown);
	}
	art->line = lineno;
	return 1;
}

static int jsonl_sniff(const char *path, const char *head, size_t n)
{
	size_t i = 0;

	while (i < n && is_ws(head[i]))
		i++;
	return i < n && head[i] == '{' ? 50 : 0;
}

static int jsonl_open(void **state, struct reader_src *src, dyad_error *err)
{
	struct jsonl *j = calloc(1, sizeof(*j));

	if (!j)
		return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", src->path);
	*state = j;
	return DYAD_OK;
}

static int jsonl_next(void *state, struct reader_src *src,
		      struct dyad_article *art, dyad_error *err)
{
	struct jsonl *j = state;
	json_error_t jerr;
	char *line;
	size_t len;
	int rc;

	json_decref(j->cur);
	j->cur = NULL;
	do {
		rc = reader_src_line(src, &line, &len, err);
		if (rc != 1)
			return rc;
	} while (is_blank(line, len));

	j->cur = json_loadb(line, len, 0, &jerr);
	if (!j->cur) {
		if (json_error_code(&jerr) == json_error_out_of_memory)
			return dyad_fail(err, DYAD_ENOMEM, "%s:%ld: out of memory",
					 src->path, src->line);
		BAD("%s:%ld: invalid JSON at column %d: %s", src->path, src->line,
		    jerr.column, jerr.text);
	}
	if (!json_is_object(j->cur))
		BAD("%s:%ld: not a JSON object", src->path, src->line);
	rc = jsonl_article(j->cur, src->path, src->line, src->arena, art, err);
	if (rc != 1)
		memset(art, 0, sizeof(*art));
	return rc;
}

static void jsonl_close(void *state)
{
	struct jsonl *j = state;

	if (!j)
		return;
	json_decref(j->cur);
	free(j);
}

static const char *const jsonl_exts[] = { "jsonl", "ndjson", "json", NULL };

const struct reader reader_jsonl = {
	.name = "jsonl",
	.exts = jsonl_exts,
	.sniff = jsonl_sniff,
	.open = jsonl_open,
	.next = jsonl_next,
	.close = jsonl_close,
};
