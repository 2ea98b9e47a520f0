/*
 * normalize.h - the normalize stage: check an article's bytes and put its
 * text in the one shape the later stages expect.
 *
 * norm_text() rejects input that is not UTF-8 (or holds NUL bytes), then
 * maps typographic punctuation to ASCII ('"-, spaces, "..."), turns CR and
 * CRLF into LF, drops zero-width characters and composes the result to
 * Unicode NFC.  Every byte offset from segment onward is an offset into its
 * output, never into the raw article.
 */
#ifndef DYAD_NORMALIZE_H
#define DYAD_NORMALIZE_H

#include <stddef.h>

#include "arena.h"
#include "dyad.h"

/*
 * Normalize len bytes at in.  On DYAD_OK, *out (OUT) is the text, NUL-
 * terminated, allocated from the arena a (it dies with the arena), and
 * *out_len (OUT) its length without the NUL.  The output can be longer
 * than the input (NFC expands a few scripts), never more than 3 times.
 *
 * Returns DYAD_EINPUT when the input is not valid UTF-8 (bad lead or
 * continuation byte, overlong form, UTF-16 surrogate, code point above
 * U+10FFFF, sequence cut short) or holds a NUL byte: *bad_offset (OUT, may
 * be NULL) gets the offset of the first byte of the offending sequence and
 * err a message such as "invalid UTF-8 at byte 1234 (overlong form)";
 * the caller adds the file and line.  DYAD_ENOMEM when the arena is full.
 * Nothing is written to *out on failure.
 *
 * The mappings, applied before composition:
 *   U+2018 U+2019 U+201A U+201B U+2032 U+02BC          -> '
 *   U+201C U+201D U+201E U+201F U+2033 U+00AB U+00BB   -> "
 *   U+2010 U+2011 U+2012 U+2013 U+2212 U+FE63 U+FF0D   -> -
 *   U+2014 U+2015 (em dash, bar) -> " - ", padded with a space only on a
 *     side that has none, so "a—b" and "a — b" both become "a - b"
 *   U+00A0 U+2000..U+200A U+202F U+205F U+3000          -> ' '
 *   U+200B U+200C U+200D U+FEFF U+00AD                  -> removed
 *   U+2026                                              -> "..."
 *   CR LF and a lone CR                                 -> LF
 */
int norm_text(const char *in, size_t len, struct arena *a, char **out,
	      size_t *out_len, size_t *bad_offset, dyad_error *err);

#endif
