/*
 * error.h - the error record every fallible library call fills.
 *
 * The message is built where the fault is known (file, line, byte offset,
 * what is wrong and what to do); the CLI alone decides how to report it and
 * which exit code it maps to.
 */
#ifndef DYAD_ERROR_H
#define DYAD_ERROR_H

#include "dyad.h"

/* Set err's message and return code; err may be NULL. */
int dyad_fail(dyad_error *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
