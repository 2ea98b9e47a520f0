/*
 * normalize.c - UTF-8 check, typographic mappings and NFC; see normalize.h.
 *
 * Three passes at most, each over the whole article:
 *
 *   1. check   validate UTF-8 and look for NUL; note whether any byte is
 *              non-ASCII or CR.  Pure ASCII without CR (most English wire
 *              copy) is then copied out as it is.
 *   2. map     the typographic mappings and line endings, byte to byte,
 *              into an arena buffer no longer than the input.
 *   3. NFC     only when pass 2 saw a code point that could change under
 *              composition; utf8proc decomposes into an arena buffer and
 *              recomposes in place, so nothing here calls malloc.
 *
 * Mapping comes before NFC so that removing a zero-width joiner lets the
 * characters around it compose, and so NFC never has to be undone.
 */
#include "normalize.h"

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "error.h"

enum {
	NORM_HIGH = 1,  /* a byte >= 0x80 was seen */
	NORM_CR = 2,    /* a carriage return was seen */
};

#define NORM_ONES  0x0101010101010101ull
#define NORM_HIGHS 0x8080808080808080ull
#define NORM_HASZERO(v) (((v) - NORM_ONES) & ~(v) & NORM_HIGHS)

/*
 * Length of the well-formed multi-byte sequence at s (s[0] >= 0x80, avail
 * bytes left), or 0 with *why set.  The ranges are those of RFC 3629, so
 * overlong forms, surrogates and values above U+10FFFF are all refused by
 * the second byte.
 */
static size_t norm_seq(const unsigned char *s, size_t avail, const char **why)
{
	unsigned char c = s[0], lo = 0x80, hi = 0xBF;
	size_t need, k;

	if (c < 0xC0) {
		*why = "continuation byte without a lead byte";
		return 0;
	}
	if (c < 0xC2) {
		*why = "overlong form";
		return 0;
	}
	if (c < 0xE0) {
		need = 2;
	} else if (c < 0xF0) {
		need = 3;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c < 0xF5) {
		need = 4;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else {
		*why = "never valid in UTF-8";
		return 0;
	}
	for (k = 1; k < need; k++) {
		if (k >= avail) {
			*why = "sequence cut short by the end of the text";
			return 0;
		}
		if ((s[k] & 0xC0) != 0x80) {
			*why = "sequence cut short by a byte that is not a continuation";
			return 0;
		}
		if (k == 1 && (s[1] < lo || s[1] > hi)) {
			if (c == 0xED)
				*why = "UTF-16 surrogate";
			else if (c == 0xF4)
				*why = "code point above U+10FFFF";
			else
				*why = "overlong form";
			return 0;
		}
	}
	return need;
}

/*
 * Pass 1.  Returns len when the text is clean, else the offset of the
 * first bad sequence with *why set.  Eight ASCII bytes at a time while no
 * byte is high, zero or CR.
 */
static size_t norm_check(const unsigned char *s, size_t len, unsigned *seen,
			 const char **why)
{
	size_t i = 0, n;
	uint64_t v;

	while (i < len) {
		if (i + 8 <= len) {
			memcpy(&v, s + i, 8);
			if (!(v & NORM_HIGHS) && !NORM_HASZERO(v) &&
			    !NORM_HASZERO(v ^ (NORM_ONES * '\r'))) {
				i += 8;
				continue;
			}
		}
		if (s[i] < 0x80) {
			if (s[i] == '\0') {
				*why = NULL;
				return i;
			}
			if (s[i] == '\r')
				*seen |= NORM_CR;
			i++;
			continue;
		}
		*seen |= NORM_HIGH;
		n = norm_seq(s + i, len - i, why);
		if (!n)
			return i;
		i += n;
	}
	return len;
}

/* Decode the sequence at s, already known to be well formed. */
static int32_t norm_decode(const unsigned char *s, size_t *n)
{
	if (s[0] < 0xE0) {
		*n = 2;
		return ((int32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
	}
	if (s[0] < 0xF0) {
		*n = 3;
		return ((int32_t)(s[0] & 0x0F) << 12) |
		       ((int32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
	}
	*n = 4;
	return ((int32_t)(s[0] & 0x07) << 18) | ((int32_t)(s[1] & 0x3F) << 12) |
	       ((int32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

/*
 * Whether a code point cannot take part in composition or reordering: its
 * canonical combining class is 0, it is its own NFC, and it is never the
 * second half of a composition.  Text made only of these (and ASCII) is
 * already NFC, which spares utf8proc for nearly every Latin, Cyrillic,
 * Korean and Chinese article.  The ranges were checked against utf8proc's
 * tables; test_normalize.c checks them again.
 */
static int norm_nfc_inert(int32_t cp)
{
	return cp < 0x0300 ||
	       (cp >= 0x0400 && cp <= 0x0482) || (cp >= 0x048A && cp <= 0x04FF) ||
	       (cp >= 0x2002 && cp <= 0x206F) ||
	       (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3);
}

enum { NORM_KEEP, NORM_DROP, NORM_EMDASH, NORM_ASCII };

/* What pass 2 does with a non-ASCII code point; *rep is the ASCII text for
 * NORM_ASCII. */
static int norm_mapping(int32_t cp, const char **rep)
{
	switch (cp) {
	case 0x2018: case 0x2019: case 0x201A: case 0x201B:
	case 0x2032: case 0x02BC:
		*rep = "'";
		return NORM_ASCII;
	case 0x201C: case 0x201D: case 0x201E: case 0x201F:
	case 0x2033: case 0x00AB: case 0x00BB:
		*rep = "\"";
		return NORM_ASCII;
	case 0x2010: case 0x2011: case 0x2012: case 0x2013:
	case 0x2212: case 0xFE63: case 0xFF0D:
		*rep = "-";
		return NORM_ASCII;
	case 0x2014: case 0x2015:
		return NORM_EMDASH;
	case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003:
	case 0x2004: case 0x2005: case 0x2006: case 0x2007: case 0x2008:
	case 0x2009: case 0x200A: case 0x202F: case 0x205F: case 0x3000:
		*rep = " ";
		return NORM_ASCII;
	case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x00AD:
		return NORM_DROP;
	case 0x2026:
		*rep = "...";
		return NORM_ASCII;
	}
	return NORM_KEEP;
}

static int norm_is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/*
 * Pass 2: write the mapped text of s to o and return its length, which
 * never exceeds len (every replacement is at most as long as what it
 * replaces; an em dash's trailing pad is owed and paid by the next
 * character).  *need_nfc is set when a code point was kept that
 * composition might change.
 */
static size_t norm_map(const unsigned char *s, size_t len, unsigned char *o,
		       int *need_nfc)
{
	size_t i = 0, w = 0, n, k;
	const char *rep = NULL;
	int32_t cp;
	int pad = 0;    /* an em dash wants a space before the next character */
	unsigned char c;

	while (i < len) {
		c = s[i];
		if (c < 0x80) {
			i++;
			if (c == '\r') {
				c = '\n';
				if (i < len && s[i] == '\n')
					i++;
			}
			if (pad && !norm_is_space(c))
				o[w++] = ' ';
			pad = 0;
			o[w++] = c;
			continue;
		}
		cp = norm_decode(s + i, &n);
		switch (norm_mapping(cp, &rep)) {
		case NORM_DROP:
			break;
		case NORM_EMDASH:
			if (w > 0 && !norm_is_space(o[w - 1]))
				o[w++] = ' ';
			o[w++] = '-';
			pad = 1;
			break;
		case NORM_ASCII:
			if (pad && rep[0] != ' ')
				o[w++] = ' ';
			pad = 0;
			for (k = 0; rep[k]; k++)
				o[w++] = (unsigned char)rep[k];
			break;
		default:
			if (pad)
				o[w++] = ' ';
			pad = 0;
			if (!norm_nfc_inert(cp))
				*need_nfc = 1;
			memcpy(o + w, s + i, n);
			w += n;
			break;
		}
		i += n;
	}
	return w;
}

/*
 * Pass 3: compose the n bytes at s to NFC.  utf8proc decomposes into a
 * UTF-32 buffer from the arena (retrying once with the exact size if the
 * first guess was short), then composes and re-encodes in place.
 */
static int norm_nfc(const unsigned char *s, size_t n, struct arena *a,
		    char **out, size_t *out_len, dyad_error *err)
{
	const utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
	utf8proc_ssize_t cap = (utf8proc_ssize_t)n + 16, got;
	utf8proc_int32_t *buf;

	for (;;) {
		/* One spare slot: utf8proc_reencode NUL-terminates. */
		buf = arena_alloc(a, ((size_t)cap + 1) * sizeof(*buf));
		if (!buf)
			return dyad_fail(err, DYAD_ENOMEM,
					 "out of memory normalizing %zu bytes", n);
		got = utf8proc_decompose_custom(s, (utf8proc_ssize_t)n, buf, cap,
						opt, NULL, NULL);
		if (got < 0)
			return dyad_fail(err, got == UTF8PROC_ERROR_NOMEM ?
					 DYAD_ENOMEM : DYAD_EINPUT,
					 "cannot normalize text: %s",
					 utf8proc_errmsg(got));
		if (got <= cap)
			break;
		cap = got;
	}
	got = utf8proc_reencode(buf, got, opt);
	if (got < 0)
		return dyad_fail(err, DYAD_EINPUT, "cannot normalize text: %s",
				 utf8proc_errmsg(got));
	*out = (char *)buf;
	*out_len = (size_t)got;
	return DYAD_OK;
}

int norm_text(const char *in, size_t len, struct arena *a, char **out,
	      size_t *out_len, size_t *bad_offset, dyad_error *err)
{
	const unsigned char *s = (const unsigned char *)in;
	const char *why = NULL;
	unsigned seen = 0;
	unsigned char *o;
	size_t bad, n;
	int need_nfc = 0;

	/* NFC works in UTF-32: four bytes per input byte, at worst. */
	if (len > SIZE_MAX / 8 || len > (size_t)(PTRDIFF_MAX / 8))
		return dyad_fail(err, DYAD_ENOMEM, "text too large (%zu bytes)", len);
	bad = norm_check(s, len, &seen, &why);
	if (bad < len) {
		if (bad_offset)
			*bad_offset = bad;
		if (!why)
			return dyad_fail(err, DYAD_EINPUT, "NUL byte at byte %zu", bad);
		return dyad_fail(err, DYAD_EINPUT,
				 "invalid UTF-8 at byte %zu (0x%02x: %s)", bad,
				 s[bad], why);
	}
	if (!seen) {
		o = (unsigned char *)arena_strndup(a, in, len);
		if (!o)
			return dyad_fail(err, DYAD_ENOMEM,
					 "out of memory copying %zu bytes", len);
		*out = (char *)o;
		*out_len = len;
		return DYAD_OK;
	}
	o = arena_alloc(a, len + 1);
	if (!o)
		return dyad_fail(err, DYAD_ENOMEM,
				 "out of memory normalizing %zu bytes", len);
	n = norm_map(s, len, o, &need_nfc);
	o[n] = '\0';
	if (need_nfc)
		return norm_nfc(o, n, a, out, out_len, err);
	*out = (char *)o;
	*out_len = n;
	return DYAD_OK;
}
