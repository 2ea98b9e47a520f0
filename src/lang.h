/*
 * lang.h - which language an article is written in.
 *
 * A real language identifier (libexttextcat's n-gram models), so that
 * articles not in English are kept but not coded.  Loaded once; read-only
 * after, and safe to share.
 */
#ifndef DYAD_LANG_H
#define DYAD_LANG_H

#include <stddef.h>

#include "dyad.h"

/* The ISO 639-1 code of text ("en", "ko", "ru"), or NULL when the text is
 * too short or the identifier is unsure.  The string is static. */
const char *lang_identify(const char *text, size_t len);

#endif
