/*
 * fuzz_html.c - libFuzzer target for the HTML stage: html_extract() on
 * arbitrary bytes, html_text_body() on them when they are UTF-8, and the
 * HTML reader through a memory source.
 *
 * Beyond what the sanitizers catch, it aborts when an invariant breaks:
 * every string html_extract() returns is valid UTF-8 without NUL bytes,
 * the text is text_len bytes long, the body has no more blocks than the
 * page, and the text holds no more visible bytes than a page could give
 * (three per input byte, the widest a Windows-1252 byte decodes to).
 * html_text_body() returns the input itself or a subset of its bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "html.h"
#include "reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_str(const char *s, size_t max)
{
	size_t n, bad;
	int is_nul;

	if (!s)
		return;
	n = strlen(s);
	if (n > max || reader_check_utf8(s, n, &bad, &is_nul))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct html_doc doc;
	dyad_error err;
	const char *out;
	size_t out_len, bad;
	int is_nul, rc;

	arena_init(&a, 0);
	rc = html_extract((const char *)data, size, "https://example.com/a/b.html", &a,
			  &doc, &err);
	if (rc == DYAD_OK) {
		if (!doc.text || strlen(doc.text) != doc.text_len ||
		    doc.text_len > size * 3 + 16 || doc.n_body_blocks > doc.n_blocks)
			abort();
		check_str(doc.text, doc.text_len);
		check_str(doc.title, size * 3 + 16);
		check_str(doc.author, size * 3 + 16);
		check_str(doc.canonical_url, size * 3 + 64);
		check_str(doc.language, 3);
		check_str(doc.site, size + 64);
		if (doc.date.precision && dyad_date_parse("2025-01-01", 10, &doc.date))
			abort();
	} else if (rc != DYAD_EINPUT) {
		abort();
	}
	arena_reset(&a);
	if (!reader_check_utf8((const char *)data, size, &bad, &is_nul)) {
		struct dyad_date date;

		if (html_text_body((const char *)data, size, &a, &out, &out_len, &date))
			abort();
		if (date.precision > DYAD_PREC_DAY)
			abort();
		if (out_len > size || (out_len && !out))
			abort();
		if (out != (const char *)data && reader_check_utf8(out, out_len, &bad, &is_nul))
			abort();
	}
	arena_free(&a);
	return 0;
}
