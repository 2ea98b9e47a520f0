/*
 * fuzz_dict.c - libFuzzer target for the dictionary readers: dict_detect()
 * on arbitrary bytes, then each reader -- native, PETRARCH, TABARI -- on
 * the same bytes, each into a fresh bare lexicon (no morphology, no CAMEO
 * table), which is then finalized and freed.
 *
 * The legacy readers get the bytes as they are, unterminated, so that a
 * read past len shows; the native reader gets what load_file gives every
 * reader, a NUL-terminated copy.
 *
 * Beyond what the sanitizers catch, it aborts when a reader breaks its
 * contract: the status is DYAD_OK or DYAD_EPARSE (the input is small, so
 * memory never runs out), a failure fills err with that status and a
 * message naming the file, and detection answers one of the formats.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"
#include "lexicon_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef int (*reader_fn)(dyad_lexicon *, const char *, const char *, size_t,
			 dyad_error *);

static void run(reader_fn fn, const char *text, size_t len)
{
	dyad_lexicon *lex;
	dyad_error err;
	int rc;

	if (lex_new_bare(&lex, NULL))
		abort();
	memset(&err, 0, sizeof(err));
	rc = fn(lex, "fuzz.dict", text, len, &err);
	if (rc != DYAD_OK && rc != DYAD_EPARSE)
		abort();
	if (rc && (err.code != rc || strncmp(err.msg, "fuzz.dict", 9)))
		abort();
	if (memchr(err.msg, '\0', sizeof(err.msg)) == NULL)
		abort();
	if (lex_finalize(lex, &err))
		abort();
	dyad_lexicon_free(lex);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	enum dyad_dict_format f = dict_detect(text, size);
	char *copy = malloc(size + 1);

	if (f != DYAD_DICT_AUTO && f != DYAD_DICT_NATIVE &&
	    f != DYAD_DICT_PETRARCH && f != DYAD_DICT_TABARI)
		abort();
	if (!copy)
		abort();
	memcpy(copy, data, size);
	copy[size] = '\0';
	run(dict_native_load, copy, size);
	free(copy);
	run(dict_petrarch_load, text, size);
	run(dict_tabari_load, text, size);
	return 0;
}
