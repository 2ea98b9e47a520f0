/*
 * morph.h - English inflection to lemma, by WordNet's own rules ("morphy").
 *
 * The matcher meets "visited", "talks" and "went"; the dictionaries list
 * "visit", "talk" and "go".  morph bridges the two for nouns and verbs the
 * way WordNet 3.0's morphstr() does: the part of speech's exception list
 * first (went -> go), else the first suffix rule whose result is a lemma
 * in WordNet's index (visited -> visit).  Everything is read into memory
 * by morph_load, so lookups never touch the disk.
 *
 * A struct morph is read-only once loaded and may be shared between
 * threads.  The caller of morph_load owns it and frees it with morph_free;
 * lemma strings handed out belong to the morph.
 */
#ifndef DYAD_MORPH_H
#define DYAD_MORPH_H

#include <stddef.h>

#include "dyad.h"

enum morph_pos {
	MORPH_NOUN = 0,
	MORPH_VERB = 1,
};

/* Longest word (bytes) the suffix rules are tried on; longer words can
 * still be found as lemmas or in the exception lists. */
#define MORPH_WORD_MAX 128

struct morph;

/* Load WordNet's index.noun, index.verb, noun.exc and verb.exc from dir.
 * dir NULL means $WNSEARCHDIR, else /usr/share/wordnet.  Returns DYAD_OK
 * and sets *out (OUT), or DYAD_EIO / DYAD_EPARSE / DYAD_ENOMEM with err
 * naming the file. */
int morph_load(struct morph **out, const char *dir, dyad_error *err);

/* Lemmas of the lower-case word w[0..n) as a pos: writes up to max
 * NUL-terminated lemma pointers to out (OUT) and returns how many it
 * wrote (0 when WordNet knows no lemma for it).  A word that is itself a
 * lemma comes first; its exception-list bases follow in file order, or
 * else the one suffix-rule lemma morphy would give.  No lemma appears
 * twice.  "went" -> go; "found" -> found, find; "axes" -> ax, axis.
 *
 * Catch: like morphy, exception-list bases are trusted even when WordNet
 * 3.0 has no index entry for them (airdropped -> airdrop), the suffix
 * rules are not tried on a word the exception list knows, and the rules
 * take any word that strips to a lemma ("plantes" -> "plant").  Unlike
 * morphstr(), lookups are exact: no retry with '-' for '_', words run
 * together or periods dropped ("law-makers" misses "lawmaker"); and
 * every base of a form is given, where morphstr() gives none when the
 * first is the word itself ("feed" -> "feed", "fee"). */
size_t morph_lemmas(const struct morph *m, enum morph_pos pos,
		    const char *w, size_t n, const char **out, size_t max);

/* 1 when w[0..n) is in WordNet's index for pos ("give_up" with '_'), else 0. */
int morph_is_lemma(const struct morph *m, enum morph_pos pos,
		   const char *w, size_t n);

/* Words in the index for pos (for statistics). */
size_t morph_count(const struct morph *m, enum morph_pos pos);

void morph_free(struct morph *m);

#endif
