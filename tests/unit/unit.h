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

#endif
