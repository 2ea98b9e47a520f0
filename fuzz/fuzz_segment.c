/*
 * fuzz_segment.c - libFuzzer target for the text stages: norm_text() then
 * seg_split() on arbitrary bytes, and seg_split() on the raw bytes too,
 * since it promises to take anything.
 *
 * Beyond what the sanitizers catch, it aborts when an invariant breaks:
 * normalized text is valid UTF-8 without NUL and normalizing it again
 * changes nothing; tokens are non-empty, ordered and inside the text;
 * sentences are non-empty, ordered, capped at SEG_MAX_TOKENS and made of
 * whole tokens, with offsets matching their first and last token, and
 * they cover every token but those of datelines.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "normalize.h"
#include "segment.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_split(const char *text, size_t len, struct arena *a)
{
	struct segmentation sg;
	const struct token *t;
	const struct sentence *se;
	size_t i, prev_end = 0, next_tok = 0;

	if (seg_split(text, len, a, &sg) != DYAD_OK)
		abort();
	for (i = 0; i < sg.n_tokens; i++) {
		t = &sg.tokens[i];
		if (t->start >= t->end || t->start < prev_end || t->end > len)
			abort();
		prev_end = t->end;
	}
	for (i = 0; i < sg.n_sentences; i++) {
		se = &sg.sentences[i];
		if (se->n_tok < 1 || se->n_tok > SEG_MAX_TOKENS)
			abort();
		if (se->tok < next_tok || se->tok + se->n_tok > sg.n_tokens)
			abort();
		/* Only a dateline, which ends in a dash, is left out. */
		if (se->tok > next_tok && text[sg.tokens[se->tok - 1].start] != '-')
			abort();
		if (se->start != sg.tokens[se->tok].start ||
		    se->end != sg.tokens[se->tok + se->n_tok - 1].end)
			abort();
		next_tok = se->tok + se->n_tok;
	}
	/* Every token after the last dateline is in a sentence. */
	if (next_tok != sg.n_tokens)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct arena a;
	static int ready;
	char *out, *again;
	size_t out_len, again_len, bad = (size_t)-1;
	dyad_error err;
	int rc;

	if (!ready) {
		arena_init(&a, 256u << 20);
		ready = 1;
	}
	arena_reset(&a);
	check_split((const char *)data, size, &a);

	rc = norm_text((const char *)data, size, &a, &out, &out_len, &bad, &err);
	if (rc == DYAD_EINPUT) {
		if (bad >= size || err.code != DYAD_EINPUT)
			abort();
		return 0;
	}
	if (rc != DYAD_OK || out[out_len] != '\0' || memchr(out, '\0', out_len) ||
	    out_len > 3 * size)
		abort();
	if (norm_text(out, out_len, &a, &again, &again_len, &bad, &err) != DYAD_OK)
		abort();
	if (again_len != out_len || memcmp(again, out, out_len))
		abort();
	check_split(out, out_len, &a);
	return 0;
}
