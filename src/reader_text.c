/*
 * reader_text.c - a plain UTF-8 text file is one article.
 *
 * The whole file is the text (less a byte order mark); its path is the id.
 * A short first line without a final period is taken as the title as
 * well, and still left in the text, since some headlines are sentences
 * worth coding.
 *
 * Text captured from a web page carries the page's furniture: a date
 * line, "Share post:", "Popular", "Related" and the teasers after them.
 * html_text_body() drops it (the same block classifier as the HTML
 * reader's), and the title is taken from what is left.  The date line it
 * finds dates the article; without one, an ISO date in the file's name
 * does ("2025-10-26-choe-moscow.txt", the way archives and static sites
 * name stories); without either the article has none, and the caller's
 * --date applies.
 *
 * The text is checked here, not only later in the coder, so that a binary
 * or mis-encoded file is rejected naming the file and the byte, before any
 * work is spent on it.  reader_check_utf8() is shared with readers of
 * other formats that carry raw text.
 */
#include "reader.h"

#include <string.h>

#include "error.h"
#include "html.h"

#define TEXT_TITLE_MAX 200      /* a longer first line is a paragraph */

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

int reader_check_utf8(const char *s, size_t len, size_t *bad_at, int *is_nul)
{
	const unsigned char *p = (const unsigned char *)s;
	const unsigned char *end = p + len;

	while (p < end) {
		size_t n;

		/* Most news text is ASCII: take 8 bytes at a time while none
		 * has its high bit set and none is zero. */
		while (end - p >= 8) {
			uint64_t v;

			memcpy(&v, p, 8);
			if ((v & HIGHS) || ((v - ONES) & ~v & HIGHS))
				break;
			p += 8;
		}
		if (p == end)
			break;
		if (*p == 0) {
			*is_nul = 1;
			goto bad;
		}
		n = reader_utf8_len(p, (size_t)(end - p));
		if (!n) {
			*is_nul = 0;
			goto bad;
		}
		p += n;
	}
	return 0;
bad:
	*bad_at = (size_t)(p - (const unsigned char *)s);
	return -1;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
	       c == '\v';
}

/* The title: the first line holding more than white space, trimmed, when
 * it is shorter than TEXT_TITLE_MAX and does not end in a period.  *title
 * is left NULL otherwise. */
static int text_title(struct arena *a, const char *s, size_t len,
		      const char **title)
{
	const char *p = s, *end = s + len;

	*title = NULL;
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *b = p, *e;

		if (!eol)
			eol = end;
		e = eol;
		while (b < e && is_space(*b))
			b++;
		while (e > b && is_space(e[-1]))
			e--;
		if (b < e) {
			if (e - b >= TEXT_TITLE_MAX || e[-1] == '.')
				return DYAD_OK;
			*title = arena_strndup(a, b, (size_t)(e - b));
			return *title ? DYAD_OK : DYAD_ENOMEM;
		}
		p = eol + 1;
	}
	return DYAD_OK;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A full date YYYY-MM-DD in the last component of path, standing apart
 * from other digits (OUT: *date, left alone when there is none). */
static void file_name_date(const char *path, struct dyad_date *date)
{
	const char *base = strrchr(path, '/');
	const char *p;

	base = base ? base + 1 : path;
	for (p = base; p[0]; p++) {
		struct dyad_date d;

		if (strlen(p) < 10)
			return;
		if ((p > base && is_digit(p[-1])) || !is_digit(p[0]) || !is_digit(p[3]) ||
		    p[4] != '-' || p[7] != '-' || is_digit(p[10]))
			continue;
		if (!dyad_date_parse(p, 10, &d) && d.precision == DYAD_PREC_DAY) {
			*date = d;
			return;
		}
	}
}

static int text_sniff(const char *path, const char *head, size_t n)
{
	return 1;
}

static int text_next(void *state, struct reader_src *src,
		     struct dyad_article *art, dyad_error *err)
{
	const char *data;
	size_t len, bad_at, i;
	int rc, is_nul;

	rc = reader_src_slurp(src, &data, &len, err);
	if (rc != 1)
		return rc;
	if (reader_check_utf8(data, len, &bad_at, &is_nul))
		return dyad_fail(err, DYAD_EINPUT, "%s: %s at byte %zu", src->path,
				 is_nul ? "NUL byte" : "invalid UTF-8",
				 bad_at + src->bom);
	for (i = 0; i < len && is_space(data[i]); i++)
		;
	if (i == len)
		return dyad_fail(err, DYAD_EINPUT, "%s: empty file (white space only)",
				 src->path);
	rc = html_text_body(data, len, src->arena, &data, &len, &art->date);
	if (!rc)
		rc = text_title(src->arena, data, len, &art->title);
	if (rc)
		return dyad_fail(err, rc, "%s: out of memory", src->path);
	if (!art->date.precision)
		file_name_date(src->path, &art->date);
	art->id = src->path;
	art->text = data;
	art->text_len = len;
	return 1;
}

static const char *const text_exts[] = { "txt", "text", NULL };

const struct reader reader_text = {
	.name = "text",
	.exts = text_exts,
	.sniff = text_sniff,
	.open = NULL,
	.next = text_next,
	.close = NULL,
};
