/*
 * fuzz_feed.c - libFuzzer target for the RSS/Atom reader (reader_feed.c).
 *
 * The input is read as an in-memory feed, with the read size and the
 * record cap taken from its length so that chunk seams and the field cap
 * fall everywhere.  Beyond "does not crash": every article has an id and
 * a text whose length is text_len and which holds no NUL, a site without
 * upper case, and the reader ends after at most one error per call
 * sequence (a broken feed is reported once, then the source ends).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond) do { if (!(cond)) { \
	fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
	abort(); } } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t blocks[] = { 0, 1, 7, 64, 4096 };
	struct reader_src src;
	struct arena arena;
	void *state = NULL;
	dyad_error err;
	size_t block = blocks[size % 5], max_record = size % 3 == 0 ? 256 : 0;
	int rc, n_err = 0, n_art = 0;

	arena_init(&arena, 0);
	CHECK(reader_src_mem(&src, "fuzz.rss", data, size, max_record, block, &arena) == 0);
	CHECK(reader_feed.open(&state, &src, &err) == DYAD_OK);
	for (;;) {
		struct dyad_article art;
		const char *c;

		arena_reset(&arena);
		memset(&art, 0, sizeof(art));
		err.msg[0] = '\0';
		rc = reader_feed.next(state, &src, &art, &err);
		if (rc == 0)
			break;
		if (rc < 0) {
			CHECK(err.msg[0]);      /* a failure says why */
			CHECK(++n_err <= 1);
			continue;
		}
		CHECK(rc == 1);
		CHECK(art.id && art.id[0]);
		CHECK(art.text);
		CHECK(strlen(art.text) == art.text_len);
		for (c = art.site; c && *c; c++)
			CHECK(!(*c >= 'A' && *c <= 'Z'));
		CHECK(++n_art <= (int)size);
	}
	/* Ended: it stays ended. */
	CHECK(reader_feed.next(state, &src, &(struct dyad_article){ 0 }, &err) == 0);
	reader_feed.close(state);
	reader_src_close(&src);
	arena_free(&arena);
	return 0;
}
