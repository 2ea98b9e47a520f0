/*
 * reader_check.h - what the readers' unit tests share: run a reader over a
 * file or a buffer, read at a given buffer seam, and keep a copy of every
 * article it gives (the reader's arena is reset between articles) and of
 * the errors it reports for the records it rejects.
 */
#ifndef DYAD_READER_CHECK_H
#define DYAD_READER_CHECK_H

#include <stddef.h>

#include "reader.h"

/* One article as a reader gave it, its strings copied. */
struct read_item {
	char *id, *url, *title, *author, *text, *language, *site;
	char date[11];          /* YYYY-MM-DD, "" when undated */
	long line;
};

/* What one run of a reader gave. */
struct read_items {
	struct read_item v[32];
	size_t n;
	int n_rejected;
	char errs[4][1024];     /* the first four rejections' messages */
	char last_err[1024];    /* the last rejection's message */
};

/* Run rd over len bytes of data named path, read block bytes at a time (0:
 * all at once), records capped at max_record bytes (0: no cap); out is
 * filled afresh.  Fails the test when the reader breaks its contract. */
void reader_check_mem(const struct reader *rd, const char *path, const char *data,
		      size_t len, size_t block, size_t max_record, struct read_items *out);

/* As reader_check_mem, over the file at path. */
void reader_check_file(const struct reader *rd, const char *path, size_t block,
		       size_t max_record, struct read_items *out);

void read_items_free(struct read_items *it);

/* assert_string_equal that takes NULL for "the field is absent". */
void assert_str(const char *got, const char *want);

#endif
