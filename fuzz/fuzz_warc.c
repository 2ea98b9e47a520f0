/*
 * fuzz_warc.c - libFuzzer target for the WARC reader (reader_warc.c).
 *
 * The first byte picks the packaging: odd, the rest of the input is
 * wrapped in gzip here (split into two members at a point taken from the
 * input), so that the fuzzer explores WARC headers behind the inflate
 * layer; even, the rest is read as it is (plain WARC, or gzip bytes the
 * fuzzer writes itself).  Read size and record cap come from the input's
 * length.  Beyond "does not crash": every article has an id and a text
 * of text_len bytes without NUL (a site may come from the page's canonical
 * URL when the record names no target); every rejection says why; the number of rejections stays below the number of records
 * the input could hold.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "arena.h"
#include "reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond) do { if (!(cond)) { \
	fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
	abort(); } } while (0)

/* Append a gzip member of p[0, n) to out (at *len, room enough). */
static void gz_member(const uint8_t *p, size_t n, uint8_t *out, size_t *len, size_t cap)
{
	z_stream z;

	memset(&z, 0, sizeof(z));
	CHECK(deflateInit2(&z, 1, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK);
	z.next_in = (Bytef *)p;
	z.avail_in = (uInt)n;
	z.next_out = out + *len;
	z.avail_out = (uInt)(cap - *len);
	CHECK(deflate(&z, Z_FINISH) == Z_STREAM_END);
	*len += z.total_out;
	deflateEnd(&z);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t blocks[] = { 0, 1, 5, 100, 4096 };
	struct reader_src src;
	struct arena arena;
	void *state = NULL;
	dyad_error err;
	uint8_t *gz = NULL;
	const uint8_t *in = data + (size > 0);
	size_t n = size - (size > 0), block = blocks[size % 5];
	size_t max_record = size % 3 == 0 ? 512 : 0;
	int rc, n_err = 0, n_art = 0;

	if (size && (data[0] & 1)) {
		size_t cap = 2 * n + 256, len = 0, cut = n ? data[0] % (n + 1) : 0;

		gz = malloc(cap);
		CHECK(gz);
		gz_member(in, cut, gz, &len, cap);
		gz_member(in + cut, n - cut, gz, &len, cap);
		in = gz;
		n = len;
	}
	arena_init(&arena, 0);
	CHECK(reader_src_mem(&src, "fuzz.warc", in, n, max_record, block, &arena) == 0);
	rc = reader_warc.open(&state, &src, &err);
	CHECK(rc == DYAD_OK);
	for (;;) {
		struct dyad_article art;

		arena_reset(&arena);
		memset(&art, 0, sizeof(art));
		err.msg[0] = '\0';
		rc = reader_warc.next(state, &src, &art, &err);
		if (rc == 0)
			break;
		if (rc < 0) {
			CHECK(err.msg[0]);
			CHECK(rc == DYAD_EINPUT);
			CHECK(++n_err <= (int)n / 8 + 2);
			continue;
		}
		CHECK(rc == 1);
		CHECK(art.id && art.id[0]);
		CHECK(art.text);
		CHECK(strlen(art.text) == art.text_len);
		CHECK(++n_art <= (int)n / 8 + 1);
	}
	CHECK(reader_warc.next(state, &src, &(struct dyad_article){ 0 }, &err) == 0);
	reader_warc.close(state);
	reader_src_close(&src);
	arena_free(&arena);
	free(gz);
	return 0;
}
