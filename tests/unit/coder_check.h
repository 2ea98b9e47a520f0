/*
 * coder_check.h - what the coder's unit tests share: code one sentence
 * against a small dictionary written in the test and compare its events,
 * rendered "SOURCE>TARGET CODE mode date", with the expected list.
 *
 * The coder's cases are split by area into test_coder*.c files, each its
 * own binary; this keeps them from each needing a copy of the harness.
 */
#ifndef DYAD_CODER_CHECK_H
#define DYAD_CODER_CHECK_H

#include <stddef.h>

#include "dyad.h"

/* The events of one article, each rendered as one line. */
struct collected {
	char lines[16][96];
	size_t n;
};

/* A dyad_code callback: renders ev into the struct collected at ctx. */
int collect(const struct dyad_event *ev, void *ctx);

/* Code text published on pub (NULL: undated) with cd and assert its
 * events are expected, a NULL-terminated list, in order. */
void check_with(dyad_coder *cd, const char *text, const char *pub,
		const char *const *expected);

/* As check_with, each event rendered with the state of its place:
 * "SOURCE>TARGET CODE mode @LOC" ("@-" when it has none). */
void check_placed(dyad_coder *cd, const char *text, const char *pub,
		  const char *const *expected);

/* A coder over the native dictionary text dict; path is a mkstemp
 * template that receives the temporary file, which coder_done removes
 * with the coder and *lx. */
dyad_coder *coder_over(const char *dict, char *path, dyad_lexicon **lx);
void coder_done(dyad_coder *cd, dyad_lexicon *lx, const char *path);

/* A coder over dyad's own dictionaries (data/dict), for the tests that
 * check what the shipped patterns code; free with coder_done(cd, lx,
 * NULL). */
dyad_coder *coder_default(dyad_lexicon **lx);

#define EXPECT(...) ((const char *const[]){ __VA_ARGS__, NULL })
#define NONE ((const char *const[]){ NULL })

#endif
