/*
 * reader_feed.c - RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per
 * item or entry.
 *
 * libxml2's SAX2 push parser reads the feed a chunk at a time from
 * reader_src_read(), so a feed is never held whole, nor made a tree: the
 * reader keeps the fields of the item being read and the items the last
 * chunk completed, nothing else.  For each item:
 *
 *   id      guid (RSS), id (Atom), rdf:about (RSS 1.0); else the link;
 *           else FILE:N for the Nth item
 *   url     link (Atom: the href of the link whose rel is alternate or
 *           absent)
 *   title   title
 *   date    published, dc:date, pubDate (RFC 822/2822), updated, in that
 *           order of preference; the date as written, in the feed's own
 *           time zone
 *   author  author (Atom: author/name), else dc:creator
 *   text    content:encoded or atom:content, else description or
 *           summary; HTML (RSS's escaped HTML, Atom's type="html" and
 *           "xhtml") goes through html_extract(), text is used as is.  An
 *           item with neither has empty text (its title stays the title).
 *   site    the host of the channel's (feed's) link, else of the item's
 *   language  identified from the text; if that is unsure, the item's or
 *           the channel's declared language (dc:language, <language>,
 *           xml:lang), cut to its primary tag
 *
 * A feed that is not well-formed XML ends at the fault: the items that
 * ended before it are read, the item around it is dropped, and the error
 * names FILE:LINE and libxml2's message.  No external entity or DTD is
 * loaded and nothing is fetched from the network; entities declared in
 * the feed itself are expanded within libxml2's amplification limits.
 * An HTML entity such as &nbsp; that the feed does not declare is a
 * fault, as XML says.
 *
 * Owns: the parser of the source, the current item's fields (in bufs
 * capped at max_record), the queue of items read whole, and the channel's
 * site and language, all freed in close().
 */
#include "reader.h"

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "date.h"
#include "error.h"
#include "html.h"
#include "lang.h"

#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_ATOM03 "http://purl.org/atom/ns#"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_RSS1 "http://purl.org/rss/1.0/"
#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_DC "http://purl.org/dc/elements/1.1/"

enum feed_kind { KIND_NONE, KIND_RSS, KIND_RDF, KIND_ATOM };

/* The fields of an item, in the order of the table below. */
enum field {
	F_TITLE, F_LINK, F_ID, F_PUBLISHED, F_DCDATE, F_PUBDATE, F_UPDATED,
	F_AUTHOR, F_CREATOR, F_CONTENT, F_DESC, F_LANG, N_FIELDS
};

/* How a field's text is to be read. */
enum text_type { T_GUESS, T_TEXT, T_HTML };

struct field_name {
	enum feed_kind kind;            /* KIND_NONE: any kind */
	const char *ns;                 /* NULL: no namespace or RSS 1.0's */
	const char *name;
	enum field field;
};

static const struct field_name field_names[] = {
	{ KIND_RSS, NULL, "title", F_TITLE },
	{ KIND_RSS, NULL, "link", F_LINK },
	{ KIND_RSS, NULL, "guid", F_ID },
	{ KIND_RSS, NULL, "pubDate", F_PUBDATE },
	{ KIND_RSS, NULL, "author", F_AUTHOR },
	{ KIND_RSS, NULL, "description", F_DESC },
	{ KIND_RDF, NULL, "title", F_TITLE },
	{ KIND_RDF, NULL, "link", F_LINK },
	{ KIND_RDF, NULL, "description", F_DESC },
	{ KIND_ATOM, NS_ATOM, "title", F_TITLE },
	{ KIND_ATOM, NS_ATOM, "id", F_ID },
	{ KIND_ATOM, NS_ATOM, "published", F_PUBLISHED },
	{ KIND_ATOM, NS_ATOM, "updated", F_UPDATED },
	{ KIND_ATOM, NS_ATOM, "content", F_CONTENT },
	{ KIND_ATOM, NS_ATOM, "summary", F_DESC },
	{ KIND_ATOM, NS_ATOM03, "title", F_TITLE },
	{ KIND_ATOM, NS_ATOM03, "id", F_ID },
	{ KIND_ATOM, NS_ATOM03, "issued", F_PUBLISHED },
	{ KIND_ATOM, NS_ATOM03, "modified", F_UPDATED },
	{ KIND_ATOM, NS_ATOM03, "content", F_CONTENT },
	{ KIND_ATOM, NS_ATOM03, "summary", F_DESC },
	{ KIND_NONE, NS_CONTENT, "encoded", F_CONTENT },
	{ KIND_NONE, NS_DC, "date", F_DCDATE },
	{ KIND_NONE, NS_DC, "creator", F_CREATOR },
	{ KIND_NONE, NS_DC, "language", F_LANG },
};
#define N_FIELD_NAMES (sizeof(field_names) / sizeof(field_names[0]))

/* An item read whole, waiting to be returned: its fields, taken over
 * from the item's bufs. */
struct pending {
	char *fields[N_FIELDS];
	size_t lens[N_FIELDS];
	enum text_type types[N_FIELDS];
	long line;
};

struct feed {
	xmlParserCtxtPtr ctxt;
	struct reader_src *src;
	enum feed_kind kind;
	int depth;                      /* of the next element to start */
	int eof, done;
	long n_items;                   /* items returned so far */

	char *site;                     /* host of the channel's link */
	char *lang;                     /* the channel's declared language */
	struct buf chan_text;           /* channel-level link or language */
	int chan_field;                 /* what chan_text is for: 0, 1 link, 2 lang */
	int chan_depth;

	/* The item being read. */
	int in_item, item_depth;
	long item_line;
	struct buf fields[N_FIELDS];
	enum text_type types[N_FIELDS];
	int cur;                        /* field collecting text, or -1 */
	int cur_depth;
	int xhtml;                      /* cur keeps markup (Atom xhtml) */
	int in_author;                  /* Atom author element depth, or 0 */

	/* Items read whole by the parser, not yet returned. */
	struct pending *queue;
	size_t q_head, q_len, q_cap;

	/* Why reading stopped: 2, a fault of ours (in own); 1, the first
	 * fatal error libxml2 reported. */
	int failed;
	int xml_err;
	int err_line;
	char err_msg[256];
	dyad_error own;
};

/* Stop the parser with our own message (it is returned once the items
 * before it have been). */
__attribute__((format(printf, 2, 3)))
static void feed_stop(struct feed *f, const char *fmt, ...)
{
	va_list ap;

	if (!f->failed) {
		va_start(ap, fmt);
		vsnprintf(f->own.msg, sizeof(f->own.msg), fmt, ap);
		va_end(ap);
		f->own.code = DYAD_EINPUT;
		f->failed = 2;
	}
	xmlStopParser(f->ctxt);
}

/* SAX2's own handlers take the parser context as their user data, so
 * ours do too and find the reader in its _private. */
static void feed_on_error(void *ctx, xmlErrorPtr e)
{
	struct feed *f = ((xmlParserCtxtPtr)ctx)->_private;
	size_t n;

	/* Keep the first fatal error: it is what stopped the parser. */
	if (!e || e->level < XML_ERR_FATAL || f->xml_err)
		return;
	f->xml_err = 1;
	f->err_line = e->line;
	snprintf(f->err_msg, sizeof(f->err_msg), "%s",
		 e->message ? e->message : "malformed XML");
	n = strlen(f->err_msg);
	while (n > 0 && (f->err_msg[n - 1] == '\n' || f->err_msg[n - 1] == ' '))
		f->err_msg[--n] = '\0';
	if (!f->failed)
		f->failed = 1;
}

/* ---- small helpers ---------------------------------------------------- */

static int str_is(const xmlChar *s, const char *t)
{
	return s && strcmp((const char *)s, t) == 0;
}

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* s[0, *len) without white space at either end (OUT: *len). */
static const char *trim(const char *s, size_t *len)
{
	size_t n = *len;

	while (n && is_space((unsigned char)*s))
		s++, n--;
	while (n && is_space((unsigned char)s[n - 1]))
		n--;
	*len = n;
	return s;
}

const char *reader_url_host(const char *url, size_t len, struct arena *a)
{
	const char *p, *end = url + len, *h;
	char *out;
	size_t i, n;

	if (!url)
		return NULL;
	p = memmem(url, len, "://", 3);
	if (!p)
		return NULL;
	h = p += 3;
	while (p < end && *p != '/' && *p != '?' && *p != '#')
		p++;
	/* Drop user info and port: "user@host:8080". */
	for (i = (size_t)(p - h); i > 0; i--)
		if (h[i - 1] == '@') {
			h += i;
			break;
		}
	n = (size_t)(p - h);
	for (i = 0; i < n && h[i] != ':'; i++)
		;
	if (h[0] == '[')        /* an IPv6 literal keeps its colons */
		for (i = 0; i < n && h[i] != ']'; i++)
			;
	n = i + (i < n && h[0] == '[');
	/* "www.example.com" and "example.com" are one site (as html.c has it). */
	if (n > 4 && !strncasecmp(h, "www.", 4)) {
		h += 4;
		n -= 4;
	}
	if (n == 0 || n > 255)
		return NULL;
	out = arena_strndup(a, h, n);
	if (out)
		for (i = 0; i < n; i++)
			if (out[i] >= 'A' && out[i] <= 'Z')
				out[i] = (char)(out[i] | 0x20);
	return out;
}

/* The primary subtag of a declared language ("en-US" -> "en"), lower
 * case, into a, or NULL when it is not 2 or 3 letters. */
static const char *lang_tag(const char *s, size_t len, struct arena *a)
{
	char tag[4];
	size_t i;

	s = trim(s, &len);
	for (i = 0; i < len && i < 4; i++) {
		char c = s[i];

		if (c == '-' || c == '_')
			break;
		if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
			return NULL;
		tag[i] = (char)(c | 0x20);
	}
	if (i < 2 || i > 3 || (i < len && s[i] != '-' && s[i] != '_'))
		return NULL;
	return arena_strndup(a, tag, i);
}

/* Date of an RFC 822/2822 pubDate: "[Wkd,] D Mon YYYY [time zone]";
 * two-digit years are 19xx from 50, else 20xx (RFC 2822 4.3).  Feeds
 * that put ISO 8601 there are read too. */
static int parse_rfc822(const char *s, size_t len, struct dyad_date *out)
{
	size_t i = 0, j;
	unsigned day = 0, month, nd = 0;
	int64_t year = 0;
	int ny = 0;

	s = trim(s, &len);
	if (len >= 4 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' &&
	    s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9')
		return dyad_date_parse(s, len, out);
	/* An optional day of the week and its comma. */
	for (j = 0; j < len && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z'); j++)
		;
	if (j > 0 && j < len && s[j] == ',')
		i = j + 1;
	while (i < len && is_space((unsigned char)s[i]))
		i++;
	while (i < len && s[i] >= '0' && s[i] <= '9' && nd < 3)
		day = day * 10 + (unsigned)(s[i++] - '0'), nd++;
	if (nd == 0 || nd > 2)
		return DYAD_EPARSE;
	while (i < len && (is_space((unsigned char)s[i]) || s[i] == '-'))
		i++;
	for (j = i; j < len && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z'); j++)
		;
	month = date_month_from_name(s + i, j - i);
	if (!month)
		return DYAD_EPARSE;
	i = j;
	while (i < len && (is_space((unsigned char)s[i]) || s[i] == '-'))
		i++;
	while (i < len && s[i] >= '0' && s[i] <= '9' && ny < 5)
		year = year * 10 + (s[i++] - '0'), ny++;
	if (ny == 2)
		year += year < 50 ? 2000 : 1900;
	else if (ny != 4)
		return DYAD_EPARSE;
	if (i < len && !is_space((unsigned char)s[i]))
		return DYAD_EPARSE;
	return date_make(year, month, day, out) ? DYAD_EPARSE : DYAD_OK;
}

/* 1 when text read as "HTML or text" looks like markup: a tag, a
 * comment or an entity that the XML layer left escaped. */
static int looks_like_html(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i + 1 < len; i++) {
		if (s[i] == '<' && (((s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z') ||
				    s[i + 1] == '/' || s[i + 1] == '!'))
			return 1;
		if (s[i] == '&' && (((s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z') ||
				    s[i + 1] == '#')) {
			size_t j = i + 2;

			while (j < len && j < i + 12 && s[j] != ';' && !is_space((unsigned char)s[j]))
				j++;
			if (j < len && s[j] == ';')
				return 1;
		}
	}
	return 0;
}

/* ---- an HTML fragment without html_extract's judgement ----------------- */

/* The text of an HTML fragment, tags dropped (block tags become
 * paragraph breaks) and the commonest entities decoded.  Used when
 * html_extract() finds no article in a fragment: a feed's item is all
 * article, however short.  Returns NULL when memory is out. */
static char *strip_tags(const char *s, size_t len, struct arena *a, size_t *out_len)
{
	static const struct { const char *name; const char *text; } ents[] = {
		{ "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" },
		{ "apos", "'" }, { "nbsp", " " }, { "#39", "'" }, { "mdash", "\xe2\x80\x94" },
		{ "ndash", "\xe2\x80\x93" }, { "rsquo", "\xe2\x80\x99" },
		{ "lsquo", "\xe2\x80\x98" }, { "ldquo", "\xe2\x80\x9c" },
		{ "rdquo", "\xe2\x80\x9d" }, { "hellip", "\xe2\x80\xa6" },
	};
	char *out = arena_alloc(a, len + 1);
	size_t i = 0, n = 0, k;
	int space = 1;

	if (!out)
		return NULL;
	while (i < len) {
		char c = s[i];

		if (c == '<') {
			const char *gt = memchr(s + i, '>', len - i);
			size_t tl = gt ? (size_t)(gt - (s + i)) : len - i;
			int block = tl >= 2 && strchr("pPdDhHlLbBtT", s[i + 1 + (s[i + 1] == '/')]);

			i += tl + (gt != NULL);
			if (block && n && !(n >= 2 && out[n - 1] == '\n')) {
				while (n && out[n - 1] == ' ')
					n--;
				out[n++] = '\n';
				out[n++] = '\n';
				space = 1;
			} else if (!space) {
				out[n++] = ' ';
				space = 1;
			}
			continue;
		}
		if (c == '&') {
			for (k = 0; k < sizeof(ents) / sizeof(ents[0]); k++) {
				size_t el = strlen(ents[k].name), tl = strlen(ents[k].text);

				if (i + 1 + el < len && !memcmp(s + i + 1, ents[k].name, el) &&
				    s[i + 1 + el] == ';' && tl <= el + 2) {
					memcpy(out + n, ents[k].text, tl);
					n += tl;
					i += el + 2;
					space = 0;
					break;
				}
			}
			if (k < sizeof(ents) / sizeof(ents[0]))
				continue;
		}
		if (is_space((unsigned char)c)) {
			if (!space)
				out[n++] = ' ';
			space = 1;
			i++;
			continue;
		}
		out[n++] = c;
		space = 0;
		i++;
	}
	while (n && is_space((unsigned char)out[n - 1]))
		n--;
	out[n] = '\0';
	*out_len = n;
	return out;
}

/* ---- the reader ------------------------------------------------------- */

static int feed_sniff(const char *path, const char *head, size_t n)
{
	size_t i = 0;

	/* Step over white space, the XML declaration, comments, processing
	 * instructions and a DOCTYPE to the root element. */
	for (;;) {
		while (i < n && is_space((unsigned char)head[i]))
			i++;
		if (i + 1 >= n || head[i] != '<')
			return 0;
		if (head[i + 1] == '?' || (head[i + 1] == '!' && i + 3 < n &&
					   head[i + 2] != '-')) {
			const char *gt = memchr(head + i, '>', n - i);
			if (!gt)
				return 0;
			i = (size_t)(gt - head) + 1;
		} else if (i + 4 <= n && !memcmp(head + i, "<!--", 4)) {
			const char *end = memmem(head + i + 4, n - i - 4, "-->", 3);
			if (!end)
				return 0;
			i = (size_t)(end - head) + 3;
		} else {
			break;
		}
	}
	head += i;
	n -= i;
	if (n >= 5 && !memcmp(head, "<rss", 4) && (is_space((unsigned char)head[4]) || head[4] == '>'))
		return 95;
	if (n >= 6 && !memcmp(head, "<feed", 5) && (is_space((unsigned char)head[5]) || head[5] == '>') &&
	    (memmem(head, n, NS_ATOM, strlen(NS_ATOM)) || memmem(head, n, NS_ATOM03, strlen(NS_ATOM03))))
		return 95;
	if (n >= 8 && !memcmp(head, "<rdf:RDF", 8) && memmem(head, n, NS_RSS1, strlen(NS_RSS1)))
		return 95;
	return 0;
}

static void pending_free(struct pending *p)
{
	int i;

	for (i = 0; i < N_FIELDS; i++)
		free(p->fields[i]);
	memset(p, 0, sizeof(*p));
}

static void feed_close(void *state)
{
	struct feed *f = state;
	size_t i;

	if (!f)
		return;
	if (f->ctxt) {
		if (f->ctxt->myDoc)
			xmlFreeDoc(f->ctxt->myDoc);
		f->ctxt->myDoc = NULL;
		xmlFreeParserCtxt(f->ctxt);
	}
	for (i = 0; i < N_FIELDS; i++)
		buf_free(&f->fields[i]);
	for (i = 0; i < f->q_len; i++)
		pending_free(&f->queue[(f->q_head + i) % f->q_cap]);
	free(f->queue);
	buf_free(&f->chan_text);
	free(f->site);
	free(f->lang);
	free(f);
}

static void item_reset(struct feed *f)
{
	int i;

	for (i = 0; i < N_FIELDS; i++) {
		buf_reset(&f->fields[i]);
		f->types[i] = T_GUESS;
	}
	f->cur = -1;
	f->xhtml = 0;
	f->in_author = 0;
	f->in_item = 0;
}

/* Which field element (ns, name) of the current feed kind is, or -1. */
static int field_of(const struct feed *f, const xmlChar *ns, const xmlChar *name)
{
	size_t i;

	for (i = 0; i < N_FIELD_NAMES; i++) {
		const struct field_name *fn = &field_names[i];

		if (fn->kind != KIND_NONE && fn->kind != f->kind)
			continue;
		if (strcmp(fn->name, (const char *)name))
			continue;
		if (fn->ns ? str_is(ns, fn->ns)
			   : (!ns || str_is(ns, NS_RSS1)))
			return (int)fn->field;
	}
	return -1;
}

/* The value of attribute name (in namespace ns, or none) among SAX2's
 * attributes: five pointers each (localname, prefix, URI, value, end).
 * Copied into out (size bytes, cut); NULL when absent.  libxml2 leaves
 * an ampersand as "&#38;" in the values it passes (so that entity
 * references stay apart from it), which is undone here. */
static const char *attr(const xmlChar **atts, int n_atts, const char *name,
			const char *ns, char *out, size_t size)
{
	int i;

	for (i = 0; i < n_atts; i++) {
		const xmlChar **a = atts + 5 * i;

		if (!str_is(a[0], name) || (ns ? !str_is(a[2], ns) : a[2] != NULL))
			continue;
		const char *v = (const char *)a[3], *e = (const char *)a[4];
		size_t k = 0;

		while (v < e && k + 1 < size) {
			if (e - v >= 5 && !memcmp(v, "&#38;", 5)) {
				out[k++] = '&';
				v += 5;
			} else {
				out[k++] = *v++;
			}
		}
		out[k] = '\0';
		return out;
	}
	return NULL;
}

static int is_atom(const xmlChar *ns)
{
	return str_is(ns, NS_ATOM) || str_is(ns, NS_ATOM03);
}

/* Add s[0, n) to b, or stop the parser: a field over max_record. */
static void field_add(struct feed *f, struct buf *b, const char *s, size_t n)
{
	if (buf_add(b, s, n))
		feed_stop(f, "%s:%ld: a field longer than %zu bytes; the rest of the feed is skipped",
			  f->src->path, f->in_item ? f->item_line : 0L,
			  b->max ? b->max : (size_t)0);
}

static void set_site(struct feed *f, const char *url, size_t len)
{
	struct arena a;
	const char *h;

	if (f->site)
		return;
	arena_init(&a, 0);
	if ((h = reader_url_host(url, len, &a)))
		f->site = strdup(h);
	arena_free(&a);
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar *prefix,
		     const xmlChar *ns, int n_ns, const xmlChar **nss,
		     int n_atts, int n_defaulted, const xmlChar **atts)
{
	struct feed *f = ((xmlParserCtxtPtr)ctx)->_private;
	int depth = f->depth++, fld;
	char v[2048];
	const char *rel, *href;

	if (f->failed)
		return;
	if (depth == 0) {
		if (str_is(name, "rss") && !ns)
			f->kind = KIND_RSS;
		else if (str_is(name, "feed") && is_atom(ns))
			f->kind = KIND_ATOM;
		else if (str_is(name, "RDF") && str_is(ns, NS_RDF))
			f->kind = KIND_RDF;
		else {
			feed_stop(f, "%s:%d: not an RSS, RDF or Atom feed (its root element is <%s%s%s>)",
				  f->src->path, xmlSAX2GetLineNumber(f->ctxt),
				  prefix ? (const char *)prefix : "", prefix ? ":" : "",
				  (const char *)name);
			return;
		}
		if (f->kind == KIND_ATOM &&
		    attr(atts, n_atts, "lang", "http://www.w3.org/XML/1998/namespace", v, sizeof(v)))
			f->lang = strdup(v);
		return;
	}
	if (!f->in_item) {
		int is_item = (f->kind == KIND_ATOM && str_is(name, "entry")) ||
			      (f->kind != KIND_ATOM && str_is(name, "item"));

		if (is_item && depth <= 2) {
			item_reset(f);
			f->in_item = 1;
			f->item_depth = depth;
			f->item_line = xmlSAX2GetLineNumber(f->ctxt);
			if (f->kind == KIND_RDF && attr(atts, n_atts, "about", NS_RDF, v, sizeof(v)))
				buf_adds(&f->fields[F_ID], v);
			return;
		}
		/* The channel's (feed's) link and language. */
		f->chan_field = 0;
		if (f->kind == KIND_ATOM && depth == 1 && str_is(name, "link") && is_atom(ns)) {
			rel = attr(atts, n_atts, "rel", NULL, v, sizeof(v));
			if (!rel || !strcmp(rel, "alternate")) {
				href = attr(atts, n_atts, "href", NULL, v, sizeof(v));
				if (href)
					set_site(f, href, strlen(href));
			}
		} else if (f->kind != KIND_ATOM && depth == 2 &&
			   (!ns || str_is(ns, NS_RSS1)) && str_is(name, "link")) {
			f->chan_field = 1;
		} else if (f->kind != KIND_ATOM && depth == 2 && str_is(name, "language") &&
			   (!ns || str_is(ns, NS_DC))) {
			f->chan_field = 2;
		}
		if (f->chan_field) {
			buf_reset(&f->chan_text);
			f->chan_depth = depth;
		}
		return;
	}

	/* Inside an item. */
	if (f->cur >= 0) {
		if (f->xhtml) { /* markup of an xhtml field: kept, bare */
			field_add(f, &f->fields[f->cur], "<", 1);
			field_add(f, &f->fields[f->cur], (const char *)name, strlen((const char *)name));
			field_add(f, &f->fields[f->cur], ">", 1);
		}
		return;         /* else only its text is collected */
	}
	if (f->kind == KIND_ATOM && f->in_author && depth == f->in_author + 1 &&
	    str_is(name, "name")) {
		f->cur = F_AUTHOR;
		f->cur_depth = depth;
		return;
	}
	if (depth != f->item_depth + 1)
		return;
	if (f->kind == KIND_ATOM && str_is(name, "author") && is_atom(ns)) {
		f->in_author = depth;
		return;
	}
	if (f->kind == KIND_ATOM && str_is(name, "link") && is_atom(ns)) {
		rel = attr(atts, n_atts, "rel", NULL, v, sizeof(v));
		if ((!rel || !strcmp(rel, "alternate")) && !f->fields[F_LINK].len &&
		    (href = attr(atts, n_atts, "href", NULL, v, sizeof(v))))
			buf_adds(&f->fields[F_LINK], href);
		return;
	}
	fld = field_of(f, ns, name);
	if (fld < 0)
		return;
	if (fld == F_ID)
		buf_reset(&f->fields[F_ID]);    /* a guid beats rdf:about */
	else if (f->fields[fld].len)
		return;         /* the first of a repeated field counts */
	if (f->kind == KIND_ATOM && (fld == F_CONTENT || fld == F_DESC)) {
		const char *type;

		if (attr(atts, n_atts, "src", NULL, v, sizeof(v)))
			return; /* content elsewhere: nothing here */
		type = attr(atts, n_atts, "type", NULL, v, sizeof(v));
		f->types[fld] = T_TEXT;
		if (type && (!strcmp(type, "html") || !strcmp(type, "text/html")))
			f->types[fld] = T_HTML;
		if (type && (!strcmp(type, "xhtml") || !strcmp(type, "application/xhtml+xml"))) {
			f->types[fld] = T_HTML;
			f->xhtml = 1;
		}
	} else if (fld == F_CONTENT) {
		f->types[fld] = T_HTML;         /* content:encoded */
	}
	f->cur = fld;
	f->cur_depth = depth;
}

/* The item just ended goes to the queue, its bufs taken over. */
static void item_done(struct feed *f)
{
	struct pending *p;
	int i;

	f->in_item = 0;
	if (f->q_len == f->q_cap) {
		size_t cap = f->q_cap ? f->q_cap * 2 : 8, j;
		struct pending *q = malloc(cap * sizeof(*q));

		if (!q) {
			feed_stop(f, "%s:%ld: out of memory", f->src->path, f->item_line);
			f->own.code = DYAD_ENOMEM;
			return;
		}
		for (j = 0; j < f->q_len; j++)
			q[j] = f->queue[(f->q_head + j) % f->q_cap];
		free(f->queue);
		f->queue = q;
		f->q_head = 0;
		f->q_cap = cap;
	}
	p = &f->queue[(f->q_head + f->q_len++) % f->q_cap];
	for (i = 0; i < N_FIELDS; i++) {
		p->fields[i] = f->fields[i].data;
		p->lens[i] = f->fields[i].len;
		p->types[i] = f->types[i];
		f->fields[i].data = NULL;
		f->fields[i].len = f->fields[i].cap = 0;
	}
	p->line = f->item_line;
}

static void on_end(void *ctx, const xmlChar *name, const xmlChar *prefix,
		   const xmlChar *ns)
{
	struct feed *f = ((xmlParserCtxtPtr)ctx)->_private;
	int depth = --f->depth;

	if (f->failed)
		return;
	if (f->in_item) {
		if (f->cur >= 0 && depth == f->cur_depth) {
			f->cur = -1;
			f->xhtml = 0;
		} else if (f->cur >= 0 && f->xhtml) {
			field_add(f, &f->fields[f->cur], "</", 2);
			field_add(f, &f->fields[f->cur], (const char *)name, strlen((const char *)name));
			field_add(f, &f->fields[f->cur], ">", 1);
		} else if (f->in_author && depth == f->in_author) {
			f->in_author = 0;
		} else if (depth == f->item_depth) {
			item_done(f);
		}
	} else if (f->chan_field && depth == f->chan_depth) {
		size_t n = f->chan_text.len;
		const char *s = n ? trim(f->chan_text.data, &n) : NULL;

		if (s && n && f->chan_field == 1)
			set_site(f, s, n);
		else if (s && n && f->chan_field == 2 && !f->lang)
			f->lang = strndup(s, n);
		f->chan_field = 0;
	}
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
	struct feed *f = ((xmlParserCtxtPtr)ctx)->_private;
	struct buf *b;

	if (f->failed || len <= 0)
		return;
	if (f->in_item && f->cur >= 0)
		b = &f->fields[f->cur];
	else if (!f->in_item && f->chan_field)
		b = &f->chan_text;
	else
		return;
	if (f->xhtml) {         /* markup kept: its text escaped again */
		const char *s = (const char *)ch, *end = s + len;

		while (s < end) {
			size_t n = strcspn(s, "<&");

			if (n > (size_t)(end - s))
				n = (size_t)(end - s);
			field_add(f, b, s, n);
			s += n;
			if (s < end) {
				field_add(f, b, *s == '<' ? "&lt;" : "&amp;", *s == '<' ? 4 : 5);
				s++;
			}
		}
		return;
	}
	field_add(f, b, (const char *)ch, (size_t)len);
}

static int feed_open(void **state, struct reader_src *src, dyad_error *err)
{
	struct feed *f = calloc(1, sizeof(*f));
	xmlSAXHandler sax;
	int i;

	if (!f)
		return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", src->path);
	f->src = src;
	f->cur = -1;
	for (i = 0; i < N_FIELDS; i++)
		buf_init(&f->fields[i], src->max_record);
	buf_init(&f->chan_text, 64 * 1024);
	xmlInitParser();
	/* SAX2's own handlers for the prolog (entity declarations and the
	 * like), ours for elements and text: no tree is built. */
	memset(&sax, 0, sizeof(sax));
	xmlSAXVersion(&sax, 2);
	sax.startElementNs = on_start;
	sax.endElementNs = on_end;
	sax.characters = on_text;
	sax.cdataBlock = on_text;
	sax.ignorableWhitespace = on_text;
	sax.reference = NULL;
	sax.comment = NULL;
	sax.processingInstruction = NULL;
	sax.serror = feed_on_error;
	sax.error = NULL;
	sax.warning = NULL;
	sax.fatalError = NULL;
	f->ctxt = xmlCreatePushParserCtxt(&sax, NULL, NULL, 0, src->path);
	if (!f->ctxt) {
		feed_close(f);
		return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", src->path);
	}
	f->ctxt->_private = f;
	xmlCtxtUseOptions(f->ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA);
	*state = f;
	return DYAD_OK;
}

/* Fill art from item p.  Returns 1, or a status. */
static int item_article(struct feed *f, struct pending *p, struct dyad_article *art,
			dyad_error *err)
{
	struct arena *a = f->src->arena;
	const char *s, *text = NULL, *url = NULL;
	size_t n, text_len = 0;
	enum field body = F_CONTENT;
	struct html_doc doc;
	int rc;

#define FIELD(i) (p->fields[i] ? (n = p->lens[i], s = trim(p->fields[i], &n), n ? s : NULL) : NULL)
	f->n_items++;
	if ((s = FIELD(F_LINK)))
		url = art->url = arena_strndup(a, s, n);
	if ((s = FIELD(F_ID)))
		art->id = arena_strndup(a, s, n);
	else if (url)
		art->id = url;
	else {
		char tmp[32];
		size_t pl = strlen(f->src->path);

		snprintf(tmp, sizeof(tmp), ":%ld", f->n_items);
		if ((art->id = arena_alloc(a, pl + strlen(tmp) + 1))) {
			memcpy((char *)art->id, f->src->path, pl);
			memcpy((char *)art->id + pl, tmp, strlen(tmp) + 1);
		}
	}
	if ((s = FIELD(F_TITLE)))
		art->title = arena_strndup(a, s, n);
	if ((s = FIELD(F_AUTHOR)) || (s = FIELD(F_CREATOR)))
		art->author = arena_strndup(a, s, n);
	if ((s = FIELD(F_PUBLISHED)) && !dyad_date_parse(s, n, &art->date))
		;
	else if ((s = FIELD(F_DCDATE)) && !dyad_date_parse(s, n, &art->date))
		;
	else if ((s = FIELD(F_PUBDATE)) && !parse_rfc822(s, n, &art->date))
		;
	else if ((s = FIELD(F_UPDATED)) && !dyad_date_parse(s, n, &art->date))
		;
	else
		memset(&art->date, 0, sizeof(art->date));

	if (!(s = FIELD(F_CONTENT)))
		s = FIELD(body = F_DESC);
	if (s && (p->types[body] == T_HTML ||
		  (p->types[body] == T_GUESS && looks_like_html(s, n)))) {
		rc = html_extract(s, n, url, a, &doc, err);
		if (rc == DYAD_ENOMEM)
			return rc;
		if (rc == DYAD_OK && doc.text_len) {
			text = doc.text;
			text_len = doc.text_len;
			art->language = doc.language;
		} else {
			text = strip_tags(s, n, a, &text_len);
		}
	} else if (s) {
		text = arena_strndup(a, s, n);
		text_len = n;
	}
	art->text = text ? text : "";
	art->text_len = text ? text_len : 0;
	if (!art->language)
		art->language = lang_identify(art->text, art->text_len);
	if (!art->language && (s = FIELD(F_LANG)))
		art->language = lang_tag(s, n, a);
	if (!art->language && f->lang)
		art->language = lang_tag(f->lang, strlen(f->lang), a);
#undef FIELD
	art->site = f->site;
	if (!art->site && url)
		art->site = reader_url_host(url, strlen(url), a);
	art->line = p->line;
	if (!art->id || (s && !text))
		return dyad_fail(err, DYAD_ENOMEM, "%s:%ld: out of memory",
				 f->src->path, p->line);
	return 1;
}

#define FEED_CHUNK 16384

static int feed_next(void *state, struct reader_src *src, struct dyad_article *art,
		     dyad_error *err)
{
	struct feed *f = state;
	const char *data;
	size_t len;
	int rc;

	for (;;) {
		if (f->q_len) {
			struct pending *p = &f->queue[f->q_head];

			rc = item_article(f, p, art, err);
			pending_free(p);
			f->q_head = (f->q_head + 1) % f->q_cap;
			f->q_len--;
			return rc;
		}
		if (f->done)
			return 0;
		if (f->failed) {
			f->done = 1;
			if (f->failed == 2)
				return dyad_fail(err, f->own.code, "%s", f->own.msg);
			return dyad_fail(err, DYAD_EINPUT,
					 "%s:%d: malformed feed, read up to here (%ld items): %s",
					 src->path, f->err_line, f->n_items, f->err_msg);
		}
		if (f->eof) {
			f->done = 1;
			return 0;
		}
		rc = reader_src_read(src, &data, &len, FEED_CHUNK, err);
		if (rc < 0) {
			f->done = 1;
			return rc;
		}
		if (rc == 0) {
			f->eof = 1;
			xmlParseChunk(f->ctxt, NULL, 0, 1);
		} else {
			xmlParseChunk(f->ctxt, data, (int)len, 0);
		}
		/* A fatal error that did not come through the handler. */
		if (!f->failed && !f->ctxt->wellFormed && f->ctxt->disableSAX) {
			f->failed = 1;
			f->err_line = xmlSAX2GetLineNumber(f->ctxt);
			snprintf(f->err_msg, sizeof(f->err_msg), "not well-formed XML");
		}
	}
}

static const char *const feed_exts[] = { "rss", "atom", "xml", NULL };

const struct reader reader_feed = {
	.name = "feed",
	.exts = feed_exts,
	.sniff = feed_sniff,
	.open = feed_open,
	.next = feed_next,
	.close = feed_close,
};
