/*
 * unit.h - what every cmocka unit test includes.
 */
#ifndef DYAD_UNIT_H
#define DYAD_UNIT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

/* Path of the shared reference folder beside the project. */
#define SHARED_DIR "../shared"

/* The whole file at path, NUL-terminated, its size in *len; fails the
 * test when it cannot be read.  The caller frees it. */
char *unit_slurp(const char *path, size_t *len);

#endif
