/*
 * jsonw.c - writing query values as JSON and as text; see jsonw.h.
 */
#include "jsonw.h"

#include <math.h>
#include <string.h>

void jw_string(struct buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i, run = 0;

	buf_addc(b, '"');
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		/* Copy the plain bytes before c in one go. */
		buf_add(b, s + run, i - run);
		run = i + 1;
		if (c == '"' || c == '\\') {
			buf_addc(b, '\\');
			buf_addc(b, (char)c);
		} else if (c == '\n') {
			buf_adds(b, "\\n");
		} else if (c == '\t') {
			buf_adds(b, "\\t");
		} else if (c == '\r') {
			buf_adds(b, "\\r");
		} else {
			buf_adds(b, "\\u00");
			buf_addc(b, hex[c >> 4]);
			buf_addc(b, hex[c & 15]);
		}
	}
	buf_add(b, s + run, n - run);
	buf_addc(b, '"');
}

void jw_text(struct buf *b, const struct dyad_value *v)
{
	size_t at = b->len;

	switch (v->type) {
	case DYAD_VINT:
		buf_printf(b, "%lld", (long long)v->i);
		break;
	case DYAD_VREAL:
		if (!isfinite(v->r))
			break;
		if (v->digits >= 0)
			buf_printf(b, "%.*f", v->digits, v->r);
		else
			buf_printf(b, "%.3g", v->r);
		/* -0.0 prints as 0.0 */
		if (b->len > at + 1 && b->data[at] == '-' &&
		    strspn(b->data + at + 1, "0.") == b->len - at - 1) {
			memmove(b->data + at, b->data + at + 1, b->len - at);
			b->len--;
		}
		break;
	case DYAD_VTEXT:
		buf_add(b, v->s, v->len);
		break;
	default:
		break;
	}
}

void jw_value(struct buf *b, const struct dyad_value *v)
{
	if (v->type == DYAD_VTEXT)
		jw_string(b, v->s, v->len);
	else if (v->type == DYAD_VNULL || (v->type == DYAD_VREAL && !isfinite(v->r)))
		buf_adds(b, "null");
	else
		jw_text(b, v);
}
