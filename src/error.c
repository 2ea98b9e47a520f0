/*
 * error.c - filling dyad_error records; see error.h.
 */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>

int dyad_fail(dyad_error *err, int code, const char *fmt, ...)
{
	va_list ap;

	if (err) {
		va_start(ap, fmt);
		vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
		va_end(ap);
		err->code = code;
	}
	return code;
}

const char *dyad_strstatus(int code)
{
	switch (code) {
	case DYAD_OK: return "ok";
	case DYAD_ENOMEM: return "out of memory";
	case DYAD_EIO: return "input/output error";
	case DYAD_EPARSE: return "parse error";
	case DYAD_EINPUT: return "input rejected";
	case DYAD_EUSAGE: return "usage error";
	case DYAD_ENOTFOUND: return "not found";
	case DYAD_EBUSY: return "store busy";
	}
	return "unknown error";
}
