/*
 * reader.h - the plug-in interface every input format implements.
 *
 * The input stage (input.c) turns paths into sources: an open file, stdin
 * or, for tests and fuzzing, a memory buffer, each read through one large
 * buffer.  It picks a reader for each source from the table in input.c,
 * first by file extension, then by asking every reader to score the first
 * bytes (sniff), and then calls the reader's next() until it returns 0.
 * A reader turns the bytes of one source into articles; it never opens
 * files, never walks directories and never prints.
 *
 * Adding a format (HTML, RSS/Atom, WARC) is one file reader_NAME.c that
 * defines a `const struct reader reader_NAME`, one extern line below and
 * one line in the readers[] table in input.c.
 *
 * Memory: a source owns its buffer; what reader_src_line() and
 * reader_src_slurp() return points into it and stays valid until the next
 * call on that source.  src->arena is reset before every call to next(),
 * so anything a reader puts in the article comes from there, from the
 * source buffer, or from its own state, freed in close() or at its next
 * next().  That is what makes an article valid until the next
 * dyad_input_next() call.
 */
#ifndef DYAD_READER_H
#define DYAD_READER_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "dyad.h"

/* One source of bytes.  Readers may read path, max_record, line, bom,
 * arena and pos; the rest belongs to input.c. */
struct reader_src {
	const char *path;       /* origin: the path as named, or "-" */
	size_t max_record;      /* cap on one record (line or file), bytes */
	long line;              /* lines returned so far; the last one's number */
	size_t bom;             /* bytes of UTF-8 byte order mark skipped (0 or 3) */
	struct arena *arena;    /* per-article memory, reset before each next() */

	int fd;                 /* -1 when reading memory or closed */
	int own_fd;             /* close fd when done (not for stdin) */
	const char *mem;        /* memory source, or NULL */
	size_t mem_len, mem_pos;
	size_t block;           /* bytes asked of one read */
	int64_t size;           /* file size when known (regular file), else -1 */
	uint64_t pos;           /* offset in the source of buf[0] */
	char *buf;              /* data is buf[start, end); buf[end] is writable */
	size_t cap, start, end, scan;
	int eof;                /* nothing more to read */
};

/* Read the next line of src.  Returns 1 with *line, *len set (the line
 * without its '\n', NUL-terminated in place; a final '\r' is kept; the
 * reader may rewrite it in place, e.g. to decode escapes), 0 at
 * the end, or DYAD_EINPUT for a line longer than max_record, which is
 * skipped as it streams by without being held in memory ("FILE:LINE:
 * record longer than N bytes"), or for a read error ("FILE: ..."), after
 * which the source reads as ended. */
int reader_src_line(struct reader_src *src, char **line, size_t *len,
		    dyad_error *err);
/* Read all the rest of src.  Returns 1 with *data, *len set (NUL-terminated),
 * 0 when nothing is left, or DYAD_EINPUT when it holds more than max_record
 * bytes ("FILE: record longer than N bytes"; a regular file's size is
 * checked before reading it) or cannot be read; the source then reads as
 * ended.  Both calls return DYAD_ENOMEM when the buffer cannot grow. */
int reader_src_slurp(struct reader_src *src, const char **data, size_t *len,
		     dyad_error *err);
/* Read the next bytes of src as they come, for formats read in a stream
 * (feeds, WARC): returns 1 with *data, *len set to the bytes buffered, at
 * least one and at most max (0: no limit), which are consumed and stay
 * valid until the next call on src; 0 at the end; DYAD_EINPUT for a read
 * error ("FILE: read error: ..."), after which the source reads as ended.
 * It reads a block at a time and never grows the buffer, whatever
 * max_record says. */
int reader_src_read(struct reader_src *src, const char **data, size_t *len,
		    size_t max, dyad_error *err);
/* A source over len bytes of memory (not copied; must outlive src), read
 * block bytes at a time so tests can put buffer seams anywhere.  block 0
 * means the default.  Release it with reader_src_close(). */
int reader_src_mem(struct reader_src *src, const char *path, const void *data,
		   size_t len, size_t max_record, size_t block,
		   struct arena *arena);
void reader_src_close(struct reader_src *src);

/* A format.  sniff() scores how sure the reader is that a source whose
 * first bytes are head[0, n) is in its format, 0 (not mine) to 100
 * (certainly mine); head has any byte order mark removed, and n may be
 * less than the whole file.  The highest score wins, ties going to the
 * earlier entry in the table; the text reader scores 1 so it catches what
 * nothing else claims.
 *
 * open() makes per-source state (may be NULL when the reader keeps none;
 * *state starts NULL).  next() fills art with the next article and returns
 * 1, 0 at the end of the source, DYAD_EINPUT for one rejected record (err
 * set; it is called again for the next), or another negative status that
 * ends all input.  input.c fills art->origin and anything left 0: a reader
 * must set id and text.  close() frees the state; it may be NULL. */
struct reader {
	const char *name;
	const char *const *exts;        /* lowercase, no dot; NULL-ended */
	int (*sniff)(const char *path, const char *head, size_t n);
	int (*open)(void **state, struct reader_src *src, dyad_error *err);
	int (*next)(void *state, struct reader_src *src,
		    struct dyad_article *art, dyad_error *err);
	void (*close)(void *state);
};

extern const struct reader reader_text;
extern const struct reader reader_jsonl;
extern const struct reader reader_html;
extern const struct reader reader_feed;
extern const struct reader reader_warc;

/* The length of the well-formed UTF-8 sequence starting at p, of which n
 * >= 1 bytes are available, or 0 when it is ill-formed: overlong forms,
 * surrogates and code points past U+10FFFF are refused (RFC 3629, Unicode
 * Table 3-7), as jansson refuses them. */
static inline size_t reader_utf8_len(const unsigned char *p, size_t n)
{
	unsigned c = p[0], lo = 0x80, hi = 0xBF;
	size_t need, i;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF) {
		need = 1;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 2;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 3;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else {
		return 0;
	}
	if (n <= need || p[1] < lo || p[1] > hi)
		return 0;
	for (i = 2; i <= need; i++)
		if ((p[i] & 0xC0) != 0x80)
			return 0;
	return need + 1;
}

/* Check that s[0, len) is UTF-8 without NUL bytes.  Returns 0, or -1 with
 * *bad_at set to the offset of the first bad byte and *is_nul telling
 * which fault it is.  Shared by readers of formats without their own
 * decoder (text, and later HTML). */
int reader_check_utf8(const char *s, size_t len, size_t *bad_at, int *is_nul);

/* The host of url[0, len) ("https://User@WWW.Example.com:8080/a" ->
 * "example.com"), lower case, without "www.", into a; NULL when it has
 * none.  An article's site, for the feed and WARC readers. */
const char *reader_url_host(const char *url, size_t len, struct arena *a);

#endif
