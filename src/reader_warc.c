/*
 * reader_warc.c - web archives (WARC 1.0 and 1.1, ISO 28500), the format
 * of Common Crawl and of most crawlers: every HTML page in a response
 * record becomes an article.
 *
 * A WARC file is a sequence of records, each a version line ("WARC/1.1"),
 * named header fields, an empty line, a block of exactly Content-Length
 * bytes and two CRLFs.  Files are plain (.warc) or gzip-compressed,
 * usually one gzip member per record (.warc.gz) so that a record can be
 * read at its offset; any sequence of gzip members is read here, zlib
 * inflating member after member.  No C WARC library is packaged in
 * Debian, so the headers are parsed here, with bounds on every size.
 *
 * Records: `response` records whose block is an HTTP response
 * (Content-Type application/http) with status 2xx and an HTML payload
 * (text/html or application/xhtml+xml, by the HTTP Content-Type, else by
 * WARC-Identified-Payload-Type, else by a look at the payload), and
 * `resource` records of type text/html, become articles through
 * html_extract(): id = WARC-Record-ID (without its angle brackets), url =
 * WARC-Target-URI, site = the host of the page's canonical URL or of the
 * target.  The date is the page's own publication date when it states one
 * (meta tags, JSON-LD, <time>), else WARC-Date: the day the page was
 * fetched, which is never before it was published, so relative dates
 * ("on Tuesday") resolve against a day close to the truth.  Chunked
 * transfer coding and gzip or deflate content coding of the payload are
 * undone (Common Crawl stores payloads decoded and renames those headers;
 * other crawlers store them as sent).  A page in which html_extract()
 * finds no article is passed over, as are all other records (request,
 * metadata, warcinfo, revisit, non-HTML responses).
 *
 * Streaming: the file is read a block at a time through reader_src_read()
 * and inflated into a 64 KB window; a record's block is held only when it
 * is a page to extract, and only up to max_record bytes.  Other records,
 * and pages over the cap, stream past.
 *
 * Faults name the file and the byte offset of the record (of its gzip
 * member in a compressed file, the offset that CDX indexes give): a
 * malformed header or a page over the cap rejects that record and the
 * reader finds the next one; a truncated record or gzip stream ends the
 * file.
 *
 * Owns: the inflate state, the window, the header and block buffers, all
 * freed in close().
 */
#include "reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "buf.h"
#include "date.h"
#include "error.h"
#include "html.h"

#define WARC_WINDOW 65536               /* inflated bytes at a time */
#define WARC_LINE_MAX 16384             /* one header line */
#define WARC_HEADER_MAX 65536           /* all header lines of a record */
#define WARC_HTTP_HEADER_MAX 65536      /* the HTTP headers in a block */
#define WARC_SYNC_MAX ((uint64_t)64 << 20) /* bytes searched for the next record */

struct warc {
	struct reader_src *src;
	int gz;                         /* the file is gzip */
	z_stream z;
	int z_live;                     /* inflateInit2 done */
	int z_midmember;                /* inside a gzip member */

	const unsigned char *in;        /* compressed bytes not yet inflated */
	size_t in_len;
	uint64_t in_off;                /* compressed bytes consumed */
	uint64_t member_off;            /* offset of the member being inflated */

	const unsigned char *win;       /* window: inflated (or plain) bytes */
	unsigned char *zbuf;            /* inflate's output, WARC_WINDOW bytes */
	size_t win_pos, win_len;
	uint64_t win_off;               /* offset (uncompressed) of win[0] */
	uint64_t win_member;            /* offset of the member win came from */
	int eof, done;
	int have_version;               /* the line holds a version line not
					 * yet read as one */

	struct buf line;                /* a header line */
	uint64_t line_off;              /* its offset (see ws_offset()) */
	struct buf hdr;                 /* the header fields of a record */
	struct buf block;               /* the block of a page record */
	struct buf payload;             /* its payload decoded, when it must be */
	struct buf page;                /* the payload with a charset prefixed */
	dyad_error ferr;                /* a fault that ends the file */
	int fault;
	long n_records;
};

/* ---- the byte stream -------------------------------------------------- */

/* Make win hold unread bytes.  Returns 1, 0 at the end, or a status
 * (w->ferr set) for a read error or a corrupt or truncated gzip stream. */
static int ws_fill(struct warc *w)
{
	const char *data;
	size_t n;
	int rc;

	if (w->win_pos < w->win_len)
		return 1;
	w->win_off += w->win_len;
	w->win_pos = w->win_len = 0;
	if (w->eof)
		return 0;
	if (!w->gz) {
		rc = reader_src_read(w->src, &data, &n, WARC_WINDOW, &w->ferr);
		if (rc <= 0) {
			w->eof = 1;
			return rc;
		}
		w->win = (const unsigned char *)data;
		w->win_len = n;
		w->win_member = w->win_off;
		w->in_off += n;
		return 1;
	}
	for (;;) {
		size_t before;

		if (!w->in_len) {
			rc = reader_src_read(w->src, &data, &n, 0, &w->ferr);
			if (rc < 0) {
				w->eof = 1;
				return rc;
			}
			if (rc == 0) {
				w->eof = 1;
				if (w->z_midmember)
					return dyad_fail(&w->ferr, DYAD_EINPUT,
							 "%s: gzip member at byte %llu is truncated",
							 w->src->path, (unsigned long long)w->member_off);
				return 0;
			}
			w->in = (const unsigned char *)data;
			w->in_len = n;
		}
		if (!w->z_midmember) {
			w->member_off = w->in_off;
			w->z_midmember = 1;
		}
		w->z.next_in = (Bytef *)w->in;
		w->z.avail_in = (uInt)(w->in_len > UINT32_MAX ? UINT32_MAX : w->in_len);
		w->z.next_out = w->zbuf;
		w->z.avail_out = WARC_WINDOW;
		before = w->z.avail_in;
		rc = inflate(&w->z, Z_NO_FLUSH);
		n = before - w->z.avail_in;
		w->in += n;
		w->in_len -= n;
		w->in_off += n;
		w->win = w->zbuf;
		w->win_len = WARC_WINDOW - w->z.avail_out;
		w->win_member = w->member_off;
		if (rc == Z_STREAM_END) {
			inflateReset(&w->z);
			w->z_midmember = 0;
		} else if (rc == Z_MEM_ERROR) {
			w->eof = 1;
			return dyad_fail(&w->ferr, DYAD_ENOMEM, "%s: out of memory inflating",
					 w->src->path);
		} else if (rc != Z_OK && rc != Z_BUF_ERROR) {
			w->eof = 1;
			return dyad_fail(&w->ferr, DYAD_EINPUT,
					 "%s: gzip member at byte %llu: %s%s", w->src->path,
					 (unsigned long long)w->member_off,
					 w->z.msg ? w->z.msg : "corrupt data",
					 w->n_records ? "; the rest of the file is skipped" : "");
		}
		if (w->win_len)
			return 1;
	}
}

/* The offset of the next unread byte, for messages: the gzip member's
 * in a compressed file, the byte's own in a plain one. */
static uint64_t ws_offset(const struct warc *w)
{
	return w->gz ? w->win_member : w->win_off + w->win_pos + w->src->bom;
}

/* Read a line (without its "\n" or "\r\n") into w->line, its offset
 * into w->line_off.  Returns 1, 0 at
 * the end, 2 for a line over WARC_LINE_MAX (skipped whole), or a status. */
static int ws_line(struct warc *w)
{
	int rc, too_long = 0, first = 1;

	buf_reset(&w->line);
	for (;;) {
		const unsigned char *nl;
		size_t n;

		rc = ws_fill(w);
		if (rc <= 0) {
			if (rc == 0 && (w->line.len || too_long))
				break;  /* a last line without its newline */
			return rc;
		}
		if (first) {
			w->line_off = ws_offset(w);
			first = 0;
		}
		nl = memchr(w->win + w->win_pos, '\n', w->win_len - w->win_pos);
		n = nl ? (size_t)(nl - (w->win + w->win_pos)) : w->win_len - w->win_pos;
		if (!too_long && w->line.len + n > WARC_LINE_MAX)
			too_long = 1;
		if (!too_long && buf_add(&w->line, w->win + w->win_pos, n))
			return dyad_fail(&w->ferr, DYAD_ENOMEM, "%s: out of memory", w->src->path);
		w->win_pos += n + (nl != NULL);
		if (nl)
			break;
	}
	if (too_long)
		return 2;
	if (w->line.len && w->line.data[w->line.len - 1] == '\r')
		w->line.data[--w->line.len] = '\0';
	return 1;
}

/* Copy (into b, when not NULL) or skip the next n bytes.  Returns 1, 0
 * when the stream ends first (*got says how many there were), or a
 * status. */
static int ws_take(struct warc *w, struct buf *b, uint64_t n, uint64_t *got)
{
	int rc;

	*got = 0;
	while (*got < n) {
		size_t k;

		rc = ws_fill(w);
		if (rc <= 0)
			return rc;
		k = w->win_len - w->win_pos;
		if (k > n - *got)
			k = (size_t)(n - *got);
		if (b && buf_add(b, w->win + w->win_pos, k))
			return dyad_fail(&w->ferr, DYAD_ENOMEM, "%s: out of memory", w->src->path);
		w->win_pos += k;
		*got += k;
	}
	return 1;
}

/* ---- header fields ---------------------------------------------------- */

/* The value of field name in the header block h (lines "Name: value",
 * NUL-separated), trimmed; NULL when absent. */
static const char *hdr_get(const struct buf *h, const char *name, size_t *len)
{
	const char *p = h->data, *e = p ? p + h->len : NULL;
	size_t nl = strlen(name);

	while (p && p < e) {
		size_t ll = strlen(p);

		if (ll > nl && p[nl] == ':' && !strncasecmp(p, name, nl)) {
			const char *v = p + nl + 1, *ve = p + ll;

			while (v < ve && (*v == ' ' || *v == '\t'))
				v++;
			while (ve > v && (ve[-1] == ' ' || ve[-1] == '\t'))
				ve--;
			*len = (size_t)(ve - v);
			return v;
		}
		p += ll + 1;
	}
	return NULL;
}

static int hdr_is(const struct buf *h, const char *name, const char *value)
{
	size_t n, vl = strlen(value);
	const char *v = hdr_get(h, name, &n);

	return v && n == vl && !strncasecmp(v, value, n);
}

/* The media type of a Content-Type value is one of the HTML types. */
static int is_html_type(const char *v, size_t n)
{
	size_t k = 0;

	if (!v)
		return 0;
	while (k < n && v[k] != ';' && v[k] != ' ' && v[k] != '\t')
		k++;
	return (k == 9 && !strncasecmp(v, "text/html", 9)) ||
	       (k == 21 && !strncasecmp(v, "application/xhtml+xml", 21));
}

/* The charset parameter of a Content-Type value into out (lower case),
 * or "" when it has none. */
static void type_charset(const char *v, size_t n, char out[40])
{
	const char *p = v, *e = v + n;
	size_t k = 0;

	out[0] = '\0';
	while (p && p + 8 <= e) {
		if (!strncasecmp(p, "charset=", 8)) {
			p += 8;
			if (p < e && (*p == '"' || *p == '\''))
				p++;
			while (p < e && k < 39 && *p != '"' && *p != '\'' && *p != ';' &&
			       *p != ' ')
				out[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p | 0x20 : *p), p++;
			out[k] = '\0';
			return;
		}
		p++;
	}
}

/* Strip the angle brackets WARC 1.0 put around URIs. */
static const char *unbracket(const char *v, size_t *n)
{
	if (*n >= 2 && v[0] == '<' && v[*n - 1] == '>') {
		*n -= 2;
		return v + 1;
	}
	return v;
}

/* Read the header fields up to the empty line into w->hdr as
 * NUL-separated "Name: value" lines (continuation lines joined).
 * Returns 1, 0 when the stream ended, 2 when the header is malformed (too
 * long), or a status. */
static int read_fields(struct warc *w)
{
	int rc;

	buf_reset(&w->hdr);
	for (;;) {
		rc = ws_line(w);
		if (rc == 0)
			return 0;
		if (rc == 2)
			return 2;
		if (rc < 0)
			return rc;
		if (w->line.len == 0)
			return 1;
		if ((w->line.data[0] == ' ' || w->line.data[0] == '\t') && w->hdr.len) {
			w->hdr.len--;   /* a continuation: onto the last field */
			w->hdr.data[w->hdr.len] = ' ';
		}
		if (w->hdr.len + w->line.len + 1 > WARC_HEADER_MAX)
			return 2;
		if (buf_add(&w->hdr, w->line.data, w->line.len) || buf_addc(&w->hdr, '\0'))
			return dyad_fail(&w->ferr, DYAD_ENOMEM, "%s: out of memory", w->src->path);
	}
}

/* Content-Length as a number; -1 when missing or not one. */
static int64_t content_length(const struct buf *h)
{
	size_t n, i;
	const char *v = hdr_get(h, "Content-Length", &n);
	int64_t x = 0;

	if (!v || !n || n > 18)
		return -1;
	for (i = 0; i < n; i++) {
		if (v[i] < '0' || v[i] > '9')
			return -1;
		x = x * 10 + (v[i] - '0');
	}
	return x;
}

/* ---- HTTP payloads ---------------------------------------------------- */

/* Undo chunked transfer coding of s[0, n) into out.  -1 when it is not
 * well-formed chunked data (the caller keeps the bytes as they are). */
static int dechunk(const char *s, size_t n, struct buf *out)
{
	size_t i = 0;

	buf_reset(out);
	for (;;) {
		uint64_t size = 0;
		int digits = 0;

		while (i < n && digits < 16) {
			char c = s[i];
			int d = c >= '0' && c <= '9' ? c - '0' :
				(c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;

			if (d < 0)
				break;
			size = size * 16 + (uint64_t)d;
			digits++;
			i++;
		}
		if (!digits)
			return -1;
		while (i < n && s[i] != '\n')   /* chunk extensions */
			i++;
		if (i++ >= n)
			return -1;
		if (size == 0)
			return 0;
		if (size > n - i)
			return out->len ? 0 : -1;       /* cut short: keep what came */
		if (buf_add(out, s + i, (size_t)size))
			return -1;
		i += (size_t)size;
		if (i < n && s[i] == '\r')
			i++;
		if (i < n && s[i] == '\n')
			i++;
	}
}

/* Inflate gzip or zlib (deflate) data s[0, n) into out, at most max
 * bytes.  -1 when it is not such data. */
static int inflate_payload(const char *s, size_t n, size_t max, struct buf *out)
{
	z_stream z;
	unsigned char tmp[16384];
	int rc;

	buf_reset(out);
	memset(&z, 0, sizeof(z));
	/* 32 + MAX_WBITS: gzip or zlib, by the header; raw deflate too. */
	if (inflateInit2(&z, n >= 2 && (unsigned char)s[0] == 0x1f ? 16 + MAX_WBITS :
			 (n >= 1 && (s[0] & 0x0f) == 8 ? MAX_WBITS : -MAX_WBITS)) != Z_OK)
		return -1;
	z.next_in = (Bytef *)s;
	z.avail_in = (uInt)n;
	do {
		z.next_out = tmp;
		z.avail_out = sizeof(tmp);
		rc = inflate(&z, Z_NO_FLUSH);
		if (rc != Z_OK && rc != Z_STREAM_END && !(rc == Z_BUF_ERROR && out->len))
			break;
		if (out->len + (sizeof(tmp) - z.avail_out) > max ||
		    buf_add(out, tmp, sizeof(tmp) - z.avail_out)) {
			rc = Z_STREAM_END;      /* keep what fits */
			break;
		}
	} while (rc == Z_OK && (z.avail_in || !z.avail_out));
	inflateEnd(&z);
	return out->len && (rc == Z_STREAM_END || rc == Z_OK || rc == Z_BUF_ERROR) ? 0 : -1;
}

/* A payload with no usable type: does it start like HTML? */
static int looks_like_html(const char *s, size_t n)
{
	size_t i = 0;

	if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
		i++;
	return n - i >= 5 && (!strncasecmp(s + i, "<!doc", 5) || !strncasecmp(s + i, "<html", 5) ||
			      !strncasecmp(s + i, "<head", 5) || !strncasecmp(s + i, "<!--", 4));
}

/* A header value copied into a for an article field: bytes that are not
 * UTF-8, and control characters, become '?' (an id must print as JSON).
 * NULL when memory is out. */
static char *clean_copy(struct arena *a, const char *s, size_t n)
{
	char *out = arena_alloc(a, n + 1);
	size_t i = 0;

	if (!out)
		return NULL;
	while (i < n) {
		size_t k = reader_utf8_len((const unsigned char *)s + i, n - i);

		if (k == 0 || (k == 1 && ((unsigned char)s[i] < 0x20 || s[i] == 0x7f))) {
			out[i++] = '?';
			continue;
		}
		memcpy(out + i, s + i, k);
		i += k;
	}
	out[n] = '\0';
	return out;
}

/* ---- the reader ------------------------------------------------------- */

static int warc_sniff(const char *path, const char *head, size_t n)
{
	unsigned char out[16];
	z_stream z;
	int rc;

	if (n >= 7 && !memcmp(head, "WARC/1.", 7))
		return 100;
	if (n < 2 || (unsigned char)head[0] != 0x1f || (unsigned char)head[1] != 0x8b)
		return 0;
	memset(&z, 0, sizeof(z));
	if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
		return 0;
	z.next_in = (Bytef *)head;
	z.avail_in = (uInt)n;
	z.next_out = out;
	z.avail_out = sizeof(out);
	rc = inflate(&z, Z_SYNC_FLUSH);
	inflateEnd(&z);
	if ((rc == Z_OK || rc == Z_STREAM_END || rc == Z_BUF_ERROR) &&
	    sizeof(out) - z.avail_out >= 7 && !memcmp(out, "WARC/1.", 7))
		return 100;
	return 0;
}

static void warc_close(void *state)
{
	struct warc *w = state;

	if (!w)
		return;
	if (w->z_live)
		inflateEnd(&w->z);
	free(w->zbuf);
	buf_free(&w->line);
	buf_free(&w->hdr);
	buf_free(&w->block);
	buf_free(&w->payload);
	buf_free(&w->page);
	free(w);
}

static int warc_open(void **state, struct reader_src *src, dyad_error *err)
{
	struct warc *w = calloc(1, sizeof(*w));
	const char *data;
	size_t n;
	int rc;

	if (!w)
		return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", src->path);
	w->src = src;
	buf_init(&w->line, 0);
	buf_init(&w->hdr, 0);
	buf_init(&w->block, 0);
	buf_init(&w->payload, 0);
	buf_init(&w->page, 0);
	*state = w;
	/* Peek at the first bytes: gzip or plain. */
	rc = reader_src_read(src, &data, &n, 0, err);
	if (rc < 0)
		return rc;
	w->eof = rc == 0;
	w->in = (const unsigned char *)data;
	w->in_len = rc ? n : 0;
	w->in_off = src->bom;
	w->gz = w->in_len >= 2 && w->in[0] == 0x1f && w->in[1] == 0x8b;
	if (w->gz) {
		if (!(w->zbuf = malloc(WARC_WINDOW)) ||
		    inflateInit2(&w->z, 16 + MAX_WBITS) != Z_OK)
			return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", src->path);
		w->z_live = 1;
	} else if (w->in_len) {
		/* Plain: the bytes peeked at are the first window. */
		w->win = w->in;
		w->win_len = w->in_len;
		w->win_member = 0;
		w->in_off += w->in_len;
		w->in_len = 0;
		w->eof = 0;
	}
	return DYAD_OK;
}

/* A record's block is in w->block: its article into art.  Returns 1, 0
 * when it is not a page with an article, or a status. */
static int page_article(struct warc *w, uint64_t rec_off, int is_http,
			struct dyad_article *art, dyad_error *err)
{
	struct arena *a = w->src->arena;
	const char *s = w->block.data, *e = s + w->block.len, *body, *ct, *v;
	const char *uri, *id, *date;
	size_t ct_len = 0, n, uri_len = 0, id_len = 0, date_len = 0;
	struct buf http = BUF_INIT;
	struct html_doc doc;
	char charset[40];
	int rc, html;

	uri = hdr_get(&w->hdr, "WARC-Target-URI", &uri_len);
	if (uri)
		uri = unbracket(uri, &uri_len);
	if (is_http) {
		const char *eoh = NULL, *p;
		int status;

		if (w->block.len < 12 || memcmp(s, "HTTP/", 5))
			return dyad_fail(err, DYAD_EINPUT,
					 "%s: record at byte %llu (%.*s): not an HTTP response",
					 w->src->path, (unsigned long long)rec_off,
					 (int)(uri_len > 200 ? 200 : uri_len), uri ? uri : "");
		p = memchr(s, ' ', (size_t)(e - s) < 16 ? (size_t)(e - s) : 16);
		status = p && p + 4 <= e && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' &&
			 p[2] <= '9' && p[3] >= '0' && p[3] <= '9' ?
			 (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0') : 0;
		if (status < 200 || status > 299)
			return 0;
		/* The HTTP header ends at an empty line. */
		for (p = s; p < e && p < s + WARC_HTTP_HEADER_MAX; p++) {
			if (*p != '\n')
				continue;
			if (p + 1 < e && p[1] == '\n') {
				eoh = p + 2;
				break;
			}
			if (p + 2 < e && p[1] == '\r' && p[2] == '\n') {
				eoh = p + 3;
				break;
			}
		}
		if (!eoh)
			return dyad_fail(err, DYAD_EINPUT,
					 "%s: record at byte %llu (%.*s): HTTP header without an end",
					 w->src->path, (unsigned long long)rec_off,
					 (int)(uri_len > 200 ? 200 : uri_len), uri ? uri : "");
		/* Its fields, as NUL-separated lines for hdr_get(). */
		buf_init(&http, WARC_HTTP_HEADER_MAX + 16);
		for (p = memchr(s, '\n', (size_t)(eoh - s)) + 1; p < eoh;) {
			const char *nl = memchr(p, '\n', (size_t)(eoh - p));
			size_t ll = (size_t)(nl - p);

			if (ll && p[ll - 1] == '\r')
				ll--;
			if (ll && (buf_add(&http, p, ll) || buf_addc(&http, '\0'))) {
				buf_free(&http);
				return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", w->src->path);
			}
			p = nl + 1;
		}
		body = eoh;
		n = (size_t)(e - eoh);
		ct = hdr_get(&http, "Content-Type", &ct_len);
		html = ct ? is_html_type(ct, ct_len) : 0;
		if (!ct) {
			v = hdr_get(&w->hdr, "WARC-Identified-Payload-Type", &ct_len);
			html = v ? is_html_type(v, ct_len) : 0;
		}
		if (ct)
			type_charset(ct, ct_len, charset);
		else
			charset[0] = '\0';
		if ((v = hdr_get(&http, "Transfer-Encoding", &ct_len)) && ct_len >= 7 &&
		    !strncasecmp(v, "chunked", 7) && !dechunk(body, n, &w->payload)) {
			body = w->payload.data ? w->payload.data : "";
			n = w->payload.len;
		}
		if ((v = hdr_get(&http, "Content-Encoding", &ct_len)) &&
		    ((ct_len == 4 && !strncasecmp(v, "gzip", 4)) ||
		     (ct_len == 6 && !strncasecmp(v, "x-gzip", 6)) ||
		     (ct_len == 7 && !strncasecmp(v, "deflate", 7)))) {
			struct buf tmp = BUF_INIT;

			if (!inflate_payload(body, n, w->src->max_record, &tmp)) {
				buf_free(&w->payload);
				w->payload = tmp;
				body = w->payload.data;
				n = w->payload.len;
			} else {
				buf_free(&tmp);
			}
		}
		buf_free(&http);
		if (!ct && !v && !html)
			html = looks_like_html(body, n);
	} else {
		ct = hdr_get(&w->hdr, "Content-Type", &ct_len);
		html = is_html_type(ct, ct_len);
		if (ct)
			type_charset(ct, ct_len, charset);
		else
			charset[0] = '\0';
		body = s;
		n = w->block.len;
	}
	if (!html || !n)
		return 0;

	/* NEEDSWORK: html_extract() takes no charset: an HTTP charset other
	 * than UTF-8 goes in front of the page as a <meta>, which its
	 * prescan finds first (HTTP's word beats the page's, as in
	 * browsers). */
	if (charset[0] && strcmp(charset, "utf-8") && strcmp(charset, "utf8") &&
	    !(n >= 3 && !memcmp(body, "\xEF\xBB\xBF", 3))) {
		buf_reset(&w->page);
		if (buf_printf(&w->page, "<meta charset=\"%s\">", charset) ||
		    buf_add(&w->page, body, n))
			return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", w->src->path);
		body = w->page.data;
		n = w->page.len;
	}
	art->url = uri && uri_len ? clean_copy(a, uri, uri_len) : NULL;
	if (uri && uri_len && !art->url)
		return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", w->src->path);
	rc = html_extract(body, n, art->url, a, &doc, err);
	if (rc == DYAD_ENOMEM)
		return rc;
	if (rc == DYAD_EINPUT) {
		char msg[sizeof(err->msg)];

		snprintf(msg, sizeof(msg), "%s", err->msg);
		return dyad_fail(err, DYAD_EINPUT, "%s: record at byte %llu (%.*s): %s",
				 w->src->path, (unsigned long long)rec_off,
				 (int)(uri_len > 200 ? 200 : uri_len), uri ? uri : "", msg);
	}
	if (rc || !doc.text_len)
		return 0;

	id = hdr_get(&w->hdr, "WARC-Record-ID", &id_len);
	if (id)
		id = unbracket(id, &id_len);
	art->id = id && id_len ? clean_copy(a, id, id_len) : NULL;
	if (!art->id) {
		char tmp[48];

		snprintf(tmp, sizeof(tmp), "@%llu", (unsigned long long)rec_off);
		n = strlen(w->src->path);
		if ((art->id = arena_alloc(a, n + strlen(tmp) + 1))) {
			memcpy((char *)art->id, w->src->path, n);
			memcpy((char *)art->id + n, tmp, strlen(tmp) + 1);
		}
	}
	art->title = doc.title;
	art->author = doc.author;
	art->text = doc.text;
	art->text_len = doc.text_len;
	art->language = doc.language;
	art->site = doc.site;
	if (!art->site && art->url)
		art->site = reader_url_host(art->url, uri_len, a);
	art->date = doc.date;
	date = hdr_get(&w->hdr, "WARC-Date", &date_len);
	if (art->date.precision == DYAD_PREC_NONE && date &&
	    dyad_date_parse(date, date_len, &art->date))
		memset(&art->date, 0, sizeof(art->date));
	if (!art->id)
		return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", w->src->path);
	return 1;
}

/* Find the next version line.  Returns 1 with w->line_off its offset, 0
 * at the end, or a status (err set) for a gap of non-WARC bytes before
 * it: the record found is then read on the next call. */
static int next_version(struct warc *w, dyad_error *err)
{
	uint64_t skipped = 0, gap_off = 0;
	int rc;

	if (w->have_version) {
		w->have_version = 0;
		return 1;
	}
	for (;;) {
		rc = ws_line(w);
		if (rc == 0) {
			w->done = 1;
			if (skipped)
				return dyad_fail(err, DYAD_EINPUT,
						 "%s: byte %llu: %llu bytes at the end are not a WARC record",
						 w->src->path, (unsigned long long)gap_off,
						 (unsigned long long)skipped);
			return 0;
		}
		if (rc < 0) {
			w->done = 1;
			if (err)
				*err = w->ferr;
			return rc;
		}
		if (rc == 1 && w->line.len >= 7 && !memcmp(w->line.data, "WARC/1.", 7))
			break;
		if (rc == 1 && w->line.len == 0 && !skipped)
			continue;       /* the CRLFs that end a record */
		if (w->n_records == 0) {
			w->done = 1;
			return dyad_fail(err, DYAD_EINPUT,
					 "%s: not a WARC file (it does not start with WARC/1.0 or WARC/1.1)",
					 w->src->path);
		}
		if (!skipped)
			gap_off = w->line_off;
		skipped += w->line.len + 1;
		if (skipped > WARC_SYNC_MAX) {
			w->done = 1;
			return dyad_fail(err, DYAD_EINPUT,
					 "%s: byte %llu: no WARC record in the next %llu bytes; the rest of the file is skipped",
					 w->src->path, (unsigned long long)gap_off,
					 (unsigned long long)WARC_SYNC_MAX);
		}
	}
	if (skipped) {
		w->have_version = 1;
		return dyad_fail(err, DYAD_EINPUT,
				 "%s: byte %llu: %llu bytes that are not a WARC record (a wrong Content-Length before?); skipped to the record at byte %llu",
				 w->src->path, (unsigned long long)gap_off,
				 (unsigned long long)skipped, (unsigned long long)w->line_off);
	}
	return 1;
}

static int warc_next(void *state, struct reader_src *src, struct dyad_article *art,
		     dyad_error *err)
{
	struct warc *w = state;
	int rc;

	if (w->done)
		return 0;
	for (;;) {
		uint64_t rec_off, got;
		int64_t len;
		const char *ct;
		size_t ct_len = 0;
		int is_http, keep;

		rc = next_version(w, err);
		if (rc != 1)
			return rc;
		rec_off = w->line_off;
		w->n_records++;
		rc = read_fields(w);
		if (rc < 0)
			goto fault;
		if (rc == 0) {
			w->done = 1;
			return dyad_fail(err, DYAD_EINPUT, "%s: record at byte %llu: truncated in its header",
					 src->path, (unsigned long long)rec_off);
		}
		if (rc == 2)
			return dyad_fail(err, DYAD_EINPUT,
					 "%s: record at byte %llu: a header line over %d bytes or a header over %d; skipped",
					 src->path, (unsigned long long)rec_off, WARC_LINE_MAX,
					 WARC_HEADER_MAX);
		len = content_length(&w->hdr);
		if (len < 0)
			return dyad_fail(err, DYAD_EINPUT,
					 "%s: record at byte %llu: no valid Content-Length; skipped to the next record",
					 src->path, (unsigned long long)rec_off);
		ct = hdr_get(&w->hdr, "Content-Type", &ct_len);
		is_http = hdr_is(&w->hdr, "WARC-Type", "response") && ct && ct_len >= 16 &&
			  !strncasecmp(ct, "application/http", 16);
		keep = is_http || (hdr_is(&w->hdr, "WARC-Type", "resource") &&
				   is_html_type(ct, ct_len));
		if (keep && (uint64_t)len > src->max_record) {
			rc = ws_take(w, NULL, (uint64_t)len, &got);
			if (rc < 0)
				goto fault;
			return dyad_fail(err, DYAD_EINPUT,
					 "%s: record at byte %llu: %lld bytes, over the %zu-byte cap; skipped",
					 src->path, (unsigned long long)rec_off, (long long)len,
					 src->max_record);
		}
		buf_reset(&w->block);
		rc = ws_take(w, keep ? &w->block : NULL, (uint64_t)len, &got);
		if (rc < 0)
			goto fault;
		if (rc == 0) {
			w->done = 1;
			return dyad_fail(err, DYAD_EINPUT,
					 "%s: record at byte %llu: truncated: %llu of its %lld bytes",
					 src->path, (unsigned long long)rec_off,
					 (unsigned long long)got, (long long)len);
		}
		if (!keep)
			continue;
		rc = page_article(w, rec_off, is_http, art, err);
		if (rc != 0)
			return rc;
		memset(art, 0, sizeof(*art));
	}

fault:
	w->done = 1;
	if (err)
		*err = w->ferr;
	return w->ferr.code ? w->ferr.code : DYAD_EINPUT;
}

static const char *const warc_exts[] = { "warc", "gz", NULL };

const struct reader reader_warc = {
	.name = "warc",
	.exts = warc_exts,
	.sniff = warc_sniff,
	.open = warc_open,
	.next = warc_next,
	.close = warc_close,
};
