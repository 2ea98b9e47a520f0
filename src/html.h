/*
 * html.h - the article inside a web page.
 *
 * html_extract() reads one HTML document in a single streaming pass
 * (libxml2's HTML push parser, no tree), splits it into blocks
 * (paragraphs, headings, list items, table cells), classifies each block
 * as article body or page furniture (menus, share buttons, teasers,
 * cookie banners, comments) from its features, and returns the body text
 * with the page's metadata.  The HTML, RSS/Atom and WARC readers all use
 * it.
 *
 * Everything returned is allocated from the arena the caller passes.
 */
#ifndef DYAD_HTML_H
#define DYAD_HTML_H

#include <stddef.h>

#include "arena.h"
#include "dyad.h"

struct html_doc {
	const char *title;          /* NULL when none */
	const char *text;           /* body: paragraphs separated by "\n\n" */
	size_t text_len;
	struct dyad_date date;      /* publication date, precision NONE if unknown */
	const char *author;         /* NULL when none */
	const char *canonical_url;  /* <link rel=canonical> or og:url; NULL when none */
	const char *language;       /* ISO 639-1, from <html lang> or identified; NULL */
	const char *charset;        /* the encoding the page was read in */
	size_t n_blocks, n_body_blocks;
};

/* Extract the article from an HTML document of len bytes.  url, when
 * known, resolves relative canonical links.  Returns DYAD_OK (a page with
 * no article gives text_len 0), DYAD_EINPUT with err naming the byte
 * offset when the document cannot be read at all, or DYAD_ENOMEM. */
int html_extract(const char *html, size_t len, const char *url, struct arena *a,
		 struct html_doc *out, dyad_error *err);

/* The same classification for text captured from a page (blocks are
 * paragraphs separated by blank lines): drops furniture such as "Share
 * post:", "Popular", "More like this", "Related" and the teasers after
 * them.  *out is text itself when nothing is dropped. */
int html_text_body(const char *text, size_t len, struct arena *a,
		   const char **out, size_t *out_len);

#endif
