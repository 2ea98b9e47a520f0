/*
 * jsonw.h - writing query values as JSON and as text.
 *
 * The CLI's JSON Lines and the server's answers print the same rows the
 * same way: strings escaped per RFC 8259, integers as integers, reals
 * with the digits their column asks for, and null for no value (or for a
 * real that is not finite, which JSON cannot hold).
 */
#ifndef DYAD_JSONW_H
#define DYAD_JSONW_H

#include <stddef.h>

#include "buf.h"
#include "dyad.h"

/* Append s[0, n) as a JSON string, quotes included. */
void jw_string(struct buf *b, const char *s, size_t n);
/* Append v as a JSON value. */
void jw_value(struct buf *b, const struct dyad_value *v);
/* Append v as text: numbers as in JSON, strings as they are, nothing
 * for null. */
void jw_text(struct buf *b, const struct dyad_value *v);

#endif
