/*
 * output.c - printing query tables; see output.h.
 *
 * Formats:
 *   table  columns aligned (widths in characters), numbers to the right,
 *          cells over 40 characters cut with "..." except in the last
 *          column; a table of one row and many columns prints as
 *          "column: value" lines; tables after the first are headed by
 *          their name;
 *   jsonl  one object per row, numbers as numbers, null for no value; with
 *          several tables each object starts with "table": its name;
 *   csv    RFC 4180 with a header line per table, tables separated by a
 *          blank line; tsv the same with tabs, and tabs and line breaks in
 *          values turned to spaces.
 */
#include "output.h"

#include "jsonw.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define CELL_MAX 40             /* characters shown of a cell, but the last */
#define VERTICAL_COLS 7         /* a one-row table this wide prints vertically */

int out_parse_format(const char *s, int allow_gdelt, enum out_format *out)
{
	if (!strcmp(s, "table"))
		*out = OUT_TABLE;
	else if (!strcmp(s, "jsonl") || !strcmp(s, "json"))
		*out = OUT_JSONL;
	else if (!strcmp(s, "csv"))
		*out = OUT_CSV;
	else if (!strcmp(s, "tsv"))
		*out = OUT_TSV;
	else if (allow_gdelt && !strcmp(s, "gdelt"))
		*out = OUT_GDELT;
	else
		return -1;
	return 0;
}

void out_init(struct out *o, enum out_format format, int multi)
{
	memset(o, 0, sizeof(*o));
	o->format = format;
	o->multi = multi;
	o->f = stdout;
	buf_init(&o->line, 0);
}

static void drop_table(struct out *o)
{
	size_t i;

	for (i = 0; i < o->n_cells; i++)
		free(o->cells[i]);
	o->n_cells = 0;
	for (i = 0; i < o->n_cols; i++)
		free(o->cols[i]);
	free(o->cols);
	free(o->numeric);
	free(o->name);
	o->cols = NULL;
	o->numeric = NULL;
	o->name = NULL;
	o->n_cols = 0;
}

void out_free(struct out *o)
{
	drop_table(o);
	free(o->cells);
	o->cells = NULL;
	o->cap_cells = 0;
	buf_free(&o->line);
}

static void put(struct out *o, const char *s, size_t n)
{
	if (n && fwrite(s, 1, n, o->f) != n)
		o->failed = 1;
}

/* ---- values as text ------------------------------------------------------- */

/* Characters in a UTF-8 string (continuation bytes do not count). */
static size_t width(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* Bytes of s that make its first max characters. */
static size_t prefix_bytes(const char *s, size_t max)
{
	size_t n = 0, i;

	for (i = 0; s[i]; i++) {
		if (((unsigned char)s[i] & 0xC0) != 0x80) {
			if (n == max)
				break;
			n++;
		}
	}
	return i;
}

/* ---- table -------------------------------------------------------------------- */

static void pad(struct out *o, size_t n)
{
	while (n--)
		put(o, " ", 1);
}

/* A cell clipped to its column (OUT: bytes and characters to print). */
static void clip(const char *s, size_t max, int last, size_t *bytes, size_t *chars)
{
	size_t w = width(s);

	if (last || w <= max) {
		*bytes = strlen(s);
		*chars = w;
		return;
	}
	*bytes = prefix_bytes(s, max - 3);
	*chars = max;
}

static void print_table(struct out *o)
{
	size_t n_rows = o->n_cols ? o->n_cells / o->n_cols : 0;
	size_t *w, r, c;

	if (!o->n_cols)
		return;
	if (o->n_tables > 1)
		put(o, "\n", 1);
	if (o->multi) {
		put(o, o->name, strlen(o->name));
		put(o, "\n", 1);
	}
	if (n_rows == 0) {
		put(o, "(none)\n", 7);
		return;
	}
	if (n_rows == 1 && o->n_cols >= VERTICAL_COLS) {
		size_t kw = 0;
		for (c = 0; c < o->n_cols; c++)
			if (width(o->cols[c]) > kw)
				kw = width(o->cols[c]);
		for (c = 0; c < o->n_cols; c++) {
			put(o, o->cols[c], strlen(o->cols[c]));
			put(o, ":", 1);
			if (o->cells[c][0]) {
				pad(o, kw - width(o->cols[c]) + 1);
				put(o, o->cells[c], strlen(o->cells[c]));
			}
			put(o, "\n", 1);
		}
		return;
	}
	w = calloc(o->n_cols, sizeof(*w));
	if (!w) {
		o->failed = 1;
		return;
	}
	for (c = 0; c < o->n_cols; c++) {
		size_t b, ch;
		w[c] = width(o->cols[c]);
		for (r = 0; r < n_rows; r++) {
			clip(o->cells[r * o->n_cols + c], CELL_MAX, c + 1 == o->n_cols, &b, &ch);
			if (ch > w[c])
				w[c] = ch;
		}
	}
	for (r = 0; r <= n_rows; r++) {
		struct buf *l = &o->line;
		buf_reset(l);
		for (c = 0; c < o->n_cols; c++) {
			const char *s = r ? o->cells[(r - 1) * o->n_cols + c] : o->cols[c];
			int last = c + 1 == o->n_cols;
			size_t b, ch, k;
			clip(s, CELL_MAX, last, &b, &ch);
			for (k = o->numeric[c] ? w[c] - ch : 0; k; k--)
				buf_addc(l, ' ');
			buf_add(l, s, b);
			if (b < strlen(s))
				buf_adds(l, "...");
			for (k = o->numeric[c] ? 0 : w[c] - ch; k && !last; k--)
				buf_addc(l, ' ');
			if (!last)
				buf_adds(l, "  ");
		}
		/* No blanks at the end of a line. */
		while (l->len && l->data[l->len - 1] == ' ')
			l->len--;
		buf_addc(l, '\n');
		put(o, l->data, l->len);
	}
	free(w);
}

/* ---- CSV, TSV, JSON --------------------------------------------------------------- */

static void csv_field(struct buf *b, const char *s, size_t n)
{
	size_t i;

	if (!memchr(s, ',', n) && !memchr(s, '"', n) && !memchr(s, '\n', n) &&
	    !memchr(s, '\r', n)) {
		buf_add(b, s, n);
		return;
	}
	buf_addc(b, '"');
	for (i = 0; i < n; i++) {
		if (s[i] == '"')
			buf_addc(b, '"');
		buf_addc(b, s[i]);
	}
	buf_addc(b, '"');
}

static void tsv_field(struct buf *b, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		buf_addc(b, s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i]);
}

static void header(struct out *o)
{
	size_t c;

	buf_reset(&o->line);
	if (o->n_tables > 1)
		buf_addc(&o->line, '\n');
	for (c = 0; c < o->n_cols; c++) {
		if (c)
			buf_addc(&o->line, o->format == OUT_CSV ? ',' : '\t');
		if (o->format == OUT_CSV)
			csv_field(&o->line, o->cols[c], strlen(o->cols[c]));
		else
			tsv_field(&o->line, o->cols[c], strlen(o->cols[c]));
	}
	buf_addc(&o->line, '\n');
	put(o, o->line.data, o->line.len);
}

/* ---- the sink ---------------------------------------------------------------------- */

static int on_table(void *ctx, const char *name, const char *const *cols, size_t n_cols)
{
	struct out *o = ctx;
	size_t c;

	if (o->format == OUT_TABLE)
		print_table(o);
	drop_table(o);
	o->n_tables++;
	o->n_rows = 0;
	o->name = strdup(name);
	o->cols = calloc(n_cols ? n_cols : 1, sizeof(*o->cols));
	o->numeric = calloc(n_cols ? n_cols : 1, sizeof(*o->numeric));
	if (!o->name || !o->cols || !o->numeric)
		return DYAD_ENOMEM;
	for (c = 0; c < n_cols; c++) {
		if (!(o->cols[c] = strdup(cols[c])))
			return DYAD_ENOMEM;
		o->n_cols = c + 1;
		o->numeric[c] = 1;
	}
	if (o->format == OUT_CSV || o->format == OUT_TSV)
		header(o);
	return o->failed ? DYAD_EIO : 0;
}

static int on_row(void *ctx, const struct dyad_value *v, size_t n)
{
	struct out *o = ctx;
	struct buf cell = BUF_INIT;
	size_t c;

	if (n > o->n_cols)
		n = o->n_cols;
	o->n_rows++;
	if (o->format == OUT_TABLE) {
		if (o->n_cells + o->n_cols > o->cap_cells) {
			size_t cap = o->cap_cells ? 2 * o->cap_cells : 256;
			char **p;
			while (cap < o->n_cells + o->n_cols)
				cap *= 2;
			if (!(p = realloc(o->cells, cap * sizeof(*p))))
				return DYAD_ENOMEM;
			o->cells = p;
			o->cap_cells = cap;
		}
		for (c = 0; c < o->n_cols; c++) {
			char *s;
			if (c < n) {
				buf_reset(&cell);
				jw_text(&cell, &v[c]);
				if (v[c].type == DYAD_VTEXT)
					o->numeric[c] = 0;
			} else {
				buf_reset(&cell);
			}
			s = strdup(cell.data ? cell.data : "");
			if (!s) {
				buf_free(&cell);
				return DYAD_ENOMEM;
			}
			/* A line break would break the table. */
			for (char *p = s; *p; p++)
				if (*p == '\n' || *p == '\t' || *p == '\r')
					*p = ' ';
			o->cells[o->n_cells++] = s;
		}
		buf_free(&cell);
		return 0;
	}
	buf_reset(&o->line);
	if (o->format == OUT_JSONL) {
		buf_addc(&o->line, '{');
		if (o->multi) {
			buf_adds(&o->line, "\"table\":");
			jw_string(&o->line, o->name, strlen(o->name));
		}
		for (c = 0; c < n; c++) {
			if (c || o->multi)
				buf_addc(&o->line, ',');
			jw_string(&o->line, o->cols[c], strlen(o->cols[c]));
			buf_addc(&o->line, ':');
			jw_value(&o->line, &v[c]);
		}
		buf_addc(&o->line, '}');
	} else {
		for (c = 0; c < n; c++) {
			if (c)
				buf_addc(&o->line, o->format == OUT_CSV ? ',' : '\t');
			buf_reset(&cell);
			jw_text(&cell, &v[c]);
			if (o->format == OUT_CSV)
				csv_field(&o->line, cell.data ? cell.data : "", cell.len);
			else
				tsv_field(&o->line, cell.data ? cell.data : "", cell.len);
		}
	}
	buf_addc(&o->line, '\n');
	buf_free(&cell);
	put(o, o->line.data, o->line.len);
	return o->failed ? DYAD_EIO : 0;
}

struct dyad_sink out_sink(struct out *o)
{
	struct dyad_sink s = { on_table, on_row, o };

	return s;
}

int out_finish(struct out *o)
{
	if (o->format == OUT_TABLE)
		print_table(o);
	drop_table(o);
	if (fflush(o->f))
		o->failed = 1;
	return o->failed ? -1 : 0;
}
