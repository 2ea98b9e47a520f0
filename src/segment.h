/*
 * segment.h - the segment stage: split normalized article text into
 * tokens and sentences, both as byte offsets into that text.
 *
 * It is tuned for English news copy: abbreviations (U.S., Mr., Oct.),
 * initials, decimals and thousands do not end sentences; datelines
 * ("SEOUL (Reuters) -") are left out of the sentence that follows them;
 * closing quotes stay with the sentence they close; blank lines always end
 * a sentence.  Letters of any script make words, so Korean or Cyrillic
 * passes through as words, not punctuation.
 *
 * seg_split() owns nothing: every array comes from the caller's arena.
 */
#ifndef DYAD_SEGMENT_H
#define DYAD_SEGMENT_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/* Most tokens in one sentence; a longer run is cut into several sentences,
 * so a 200 MB line without punctuation cannot swamp the later stages. */
#define SEG_MAX_TOKENS 512

enum tok_flag {
	TOK_WORD = 1,           /* letters (digits may mix in): "Kim", "G20", "n't" */
	TOK_NUM = 2,            /* digits, maybe with inner , . or : "1,000" "2.5" */
	TOK_PUNCT = 4,          /* anything else: one character, or a run of
				 * dots ("...") or of hyphens ("--") */
	TOK_CAP = 8,            /* first letter upper case */
	TOK_UPPER = 16,         /* all letters upper, len>1 (counting letters
				 * and digits: "NATO", "U.S.", "G20", not "J.") */
	TOK_HYPHEN = 32,        /* contains an inner '-' */
	TOK_POSS = 64,          /* the possessive "'s" or "'" split off a word */
	TOK_ABBR = 128,         /* abbreviation ending in '.', period included */
	TOK_QUOTE = 256,        /* a quotation mark */
	TOK_SPACE_BEFORE = 512, /* whitespace precedes the token */
};

struct token {
	uint32_t start, end;    /* byte offsets in the normalized article text */
	uint32_t flags;         /* enum tok_flag */
};

struct sentence {
	uint32_t start, end;    /* byte offsets; end excludes trailing space */
	uint32_t tok, n_tok;    /* first token index and count (1..SEG_MAX_TOKENS) */
};

struct segmentation {
	struct token *tokens;
	size_t n_tokens;
	struct sentence *sentences;
	size_t n_sentences;
};

/*
 * Tokenize text (len bytes, normally norm_text()'s output) and group the
 * tokens into sentences.  *out (OUT) is filled with arrays allocated from
 * a; they live as long as the arena.
 *
 * Sentences come in text order, never overlap and never are empty; every
 * token belongs to exactly one sentence except those of a dateline, which
 * belong to none.  Any bytes are accepted (a stray invalid UTF-8 byte
 * becomes a one-byte punctuation token), but abbreviation, quote and
 * dateline rules only know ASCII punctuation, which is what norm_text()
 * leaves behind.
 *
 * Returns DYAD_OK, or DYAD_ENOMEM when the arena is full or the text is
 * longer than UINT32_MAX bytes (offsets are 32-bit); *out is then empty.
 */
int seg_split(const char *text, size_t len, struct arena *a,
	      struct segmentation *out);

#endif
