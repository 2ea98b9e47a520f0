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
	const char *title;          /* og:title, else <title> without its " | Site"
				     * suffix, else JSON-LD headline, else <h1>;
				     * NULL when none */
	const char *text;           /* body: paragraphs separated by "\n\n"; never
				     * NULL, "" when the page holds no article.
				     * The <h1> headline is the title, not text */
	size_t text_len;
	struct dyad_date date;      /* publication date, precision NONE if unknown */
	const char *author;         /* NULL when none */
	const char *canonical_url;  /* <link rel=canonical> or og:url; NULL when none */
	const char *language;       /* ISO 639-1, from <html lang> or identified; NULL */
	const char *charset;        /* the encoding the page was read in */
	const char *site;           /* host of canonical_url (else of url), without
				     * "www."; NULL when neither is absolute */
	size_t n_blocks, n_body_blocks;
};

/* Extract the article from an HTML document of len bytes (any encoding;
 * past 32 MiB the rest is ignored).  url, when known, resolves relative
 * canonical links.  Returns DYAD_OK (a page with no article gives
 * text_len 0), DYAD_EINPUT with err naming the fault when the document is
 * empty or white space, or DYAD_ENOMEM.  Every string is valid UTF-8
 * without NUL bytes.  Safe to call from several threads at once. */
int html_extract(const char *html, size_t len, const char *url, struct arena *a,
		 struct html_doc *out, dyad_error *err);

/* The same classification for UTF-8 text captured from a page (blocks are
 * paragraphs separated by blank lines): drops furniture such as a date
 * line, "Date:", "Share post:", "Popular", "More like this", "Related" and
 * the teaser headlines and cut-off snippets after them, and keeps the
 * headline, the run of body paragraphs and any paragraph outside it that
 * reads as a sentence.  *out is text itself when nothing is dropped (a
 * text without furniture, a single paragraph, a text with no clear body),
 * else a copy in a: the kept paragraphs as written, separated by "\n\n".
 * When date is not NULL it gets the first date line among the top
 * paragraphs ("Sunday, October 26, 2025"), or precision NONE.  Returns
 * DYAD_OK or DYAD_ENOMEM. */
int html_text_body(const char *text, size_t len, struct arena *a,
		   const char **out, size_t *out_len, struct dyad_date *date);

/* Word-level overlap of an extracted text with the expected one, the
 * measure boilerplate-removal work reports: both texts are split into
 * words (letters and digits of any script, ASCII case folded) and
 * compared as bags of words with counts (OUT: gold and got, the words of
 * each; common, the size of their multiset intersection).  Returns DYAD_OK
 * or DYAD_ENOMEM; the working memory comes from a. */
struct html_overlap {
	size_t gold, got, common;
};

int html_word_overlap(const char *gold, size_t gold_len, const char *got,
		      size_t got_len, struct arena *a, struct html_overlap *out);
/* Precision, recall and F1 of an overlap (OUT: all three); an empty
 * expectation met by an empty extraction scores 1. */
void html_overlap_score(const struct html_overlap *o, double *precision,
			double *recall, double *f1);

#endif
