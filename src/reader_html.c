/*
 * reader_html.c - an HTML page is one article.
 *
 * The page is read whole and handed to html_extract(), which finds the
 * article body and the page's metadata; this file only maps them onto the
 * article: id is the path, url the canonical URL, site its host.  A page
 * with no article in it is still an article, with empty text, so that
 * `dyad extract` shows what was found and `dyad code` codes nothing.
 */
#include "reader.h"

#include <string.h>
#include <strings.h>

#include "error.h"
#include "html.h"

/* Skip white space and comments at the head of the page. */
static const char *skip_lead(const char *p, const char *e)
{
	for (;;) {
		while (p < e && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
			p++;
		if (e - p >= 4 && !memcmp(p, "<!--", 4)) {
			const char *c = memmem(p + 4, (size_t)(e - p - 4), "-->", 3);

			if (!c)
				return e;
			p = c + 3;
			continue;
		}
		return p;
	}
}

static int prefix_nocase(const char *p, const char *e, const char *lit)
{
	size_t n = strlen(lit);

	return (size_t)(e - p) >= n && !strncasecmp(p, lit, n);
}

static int html_sniff(const char *path, const char *head, size_t n)
{
	const char *e = head + n, *p;

	/* A UTF-16 page starts with its byte order mark. */
	if (n >= 4 && (((unsigned char)head[0] == 0xFF && (unsigned char)head[1] == 0xFE &&
			head[2] == '<' && head[3] == 0) ||
		       ((unsigned char)head[0] == 0xFE && (unsigned char)head[1] == 0xFF &&
			head[2] == 0 && head[3] == '<')))
		return 90;
	p = skip_lead(head, e);
	if (prefix_nocase(p, e, "<!doctype html"))
		return 100;
	if (prefix_nocase(p, e, "<html"))
		return 90;
	if (prefix_nocase(p, e, "<head") || prefix_nocase(p, e, "<meta") ||
	    prefix_nocase(p, e, "<title"))
		return 80;
	if (prefix_nocase(p, e, "<?xml") && memmem(p, (size_t)(e - p), "<html", 5))
		return 70;
	return 0;
}

static int html_next(void *state, struct reader_src *src,
		     struct dyad_article *art, dyad_error *err)
{
	struct html_doc doc;
	const char *data;
	size_t len;
	int rc;

	rc = reader_src_slurp(src, &data, &len, err);
	if (rc != 1)
		return rc;
	rc = html_extract(data, len, NULL, src->arena, &doc, err);
	if (rc) {
		char msg[sizeof(err->msg)];

		memcpy(msg, err->msg, sizeof(msg));
		return dyad_fail(err, rc, "%s: %s", src->path, msg);
	}
	art->id = src->path;
	art->url = doc.canonical_url;
	art->title = doc.title;
	art->text = doc.text;
	art->text_len = doc.text_len;
	art->date = doc.date;
	art->author = doc.author;
	art->language = doc.language;
	art->site = doc.site;
	return 1;
}

static const char *const html_exts[] = { "html", "htm", "xhtml", NULL };

const struct reader reader_html = {
	.name = "html",
	.exts = html_exts,
	.sniff = html_sniff,
	.open = NULL,
	.next = html_next,
	.close = NULL,
};
