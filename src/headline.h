/*
 * headline.h - rules for the grammar of news headlines (headline.c).
 */
#ifndef DYAD_HEADLINE_H
#define DYAD_HEADLINE_H

#include "coder_int.h"

/* "Biden, Xi agree", "Spain, Ireland, Norway recognise": names joined by
 * commas alone that open a clause (the sentence, or what follows a
 * colon) and stand right before its verb are joined as by "and": each
 * comma takes R_CONJ and reads as the word "and".  Call after the
 * mentions are found and sorted, before they are linked into groups. */
void headline_commas(const dyad_lexicon *lex, struct sent *s);

/* "Russia: will cut military activity around Kyiv", "Zelensky: ready
 * to meet Putin": the name before a title's colon is the subject of a
 * clause after it that has none of its own; the colon stops breaking
 * the clause.  Call after the mentions are found. */
void headline_colons(struct sent *s);

/* "Modi in Moscow for talks with Putin": a title that opens with a
 * leader or official right before "in" and a state or city dropped its
 * verb of travel; "in" reads as "visits".  Call after the mentions are
 * found. */
void headline_verbless(struct dyad_coder *c, struct sent *s);

/* Whether the sentence is a headline or a feed item's title: it ends
 * with no full stop, question or exclamation mark ("Putin meets Kim in
 * Pyongyang").  Rules that wire copy would not bear ask this. */
int headline_is_title(const struct sent *s);

/* "Putin Hosts Kim At Russian Spaceport": in a sentence of Title Case
 * (TOKS, N tokens of TEXT), the capitals of English words that start no
 * name the dictionaries know are dropped (TOK_CAP), so that the words
 * read as sentence case.  Call before the sentence is annotated. */
void headline_title_case(const dyad_lexicon *lex, const char *text, struct token *toks, size_t n);

#endif
