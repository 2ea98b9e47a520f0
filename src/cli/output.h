/*
 * output.h - the tables a query answers with, printed as an aligned
 * table, JSON Lines, CSV or TSV.
 *
 * An out is a dyad_sink: the library hands it tables and rows, and it
 * prints them to stdout.  The table format holds one table's rows until
 * the next table starts (or out_finish), to align its columns; the others
 * stream.
 */
#ifndef DYAD_CLI_OUTPUT_H
#define DYAD_CLI_OUTPUT_H

#include <stdio.h>

#include "buf.h"
#include "dyad.h"

enum out_format {
	OUT_TABLE = 0,
	OUT_JSONL,
	OUT_CSV,
	OUT_TSV,
	OUT_GDELT,      /* TSV without a header line, as GDELT's files are */
};

struct out {
	enum out_format format;
	int multi;              /* several tables: JSON rows name theirs */
	FILE *f;
	char *name;             /* the current table */
	char **cols;
	int *numeric;           /* per column: every value so far a number */
	size_t n_cols;
	size_t n_tables, n_rows;
	char **cells;           /* OUT_TABLE: the rows held, n_cols per row */
	size_t n_cells, cap_cells;
	struct buf line;
	int failed;             /* out of memory or a write failed */
};

/* Parse "table", "jsonl", "csv" or "tsv" (and "gdelt" when allowed);
 * returns 0, or -1 for anything else. */
int out_parse_format(const char *s, int allow_gdelt, enum out_format *out);
void out_init(struct out *o, enum out_format format, int multi);
/* The sink that prints to o. */
struct dyad_sink out_sink(struct out *o);
/* Print what is held and flush.  Returns 0, or -1 when writing failed. */
int out_finish(struct out *o);
void out_free(struct out *o);

#endif
