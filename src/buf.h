/*
 * buf.h - growable byte buffer with a size cap.
 *
 * Text from outside (a 200 MB line, a runaway file) lands in a buf whose
 * `max` bounds its growth, so hostile input fails cleanly instead of
 * exhausting memory.  data is always NUL-terminated.
 */
#ifndef DYAD_BUF_H
#define DYAD_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *data;
	size_t len, cap;
	size_t max;     /* 0 = unlimited */
};

#define BUF_INIT { NULL, 0, 0, 0 }

void buf_init(struct buf *b, size_t max);
/* All return 0, or -1 when the cap would be passed or memory is out. */
int buf_reserve(struct buf *b, size_t extra);
int buf_add(struct buf *b, const void *p, size_t n);
int buf_adds(struct buf *b, const char *s);
int buf_addu(struct buf *b, unsigned long v);  /* in decimal */
int buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int buf_vprintf(struct buf *b, const char *fmt, va_list ap);
void buf_reset(struct buf *b);
void buf_free(struct buf *b);

/* One byte: inline, as writers of text add most bytes one at a time. */
static inline int buf_addc(struct buf *b, char c)
{
	if (b->len + 2 > b->cap)
		return buf_add(b, &c, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
	return 0;
}

#endif
