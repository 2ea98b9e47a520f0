/*
 * html.c - the article inside a web page; see html.h.
 *
 * One streaming pass: the bytes are decoded to UTF-8 (byte order mark,
 * <meta charset>, or UTF-8 with a per-byte Windows-1252 fallback), then
 * fed to libxml2's HTML push parser, whose SAX callbacks build no tree
 * (the content of <script> and <style>, often half a page, is cut out
 * before the parser sees it, but for JSON-LD).
 * They keep a stack of open elements (capped at HTML_MAX_DEPTH; deeper
 * elements count as inline), collect the metadata the page carries in
 * <meta>, <link>, <time>, <title> and JSON-LD, and cut the visible text
 * into blocks at block-level elements and <br>.  Each block records its
 * length, the characters inside links, its tag, the innermost class/id or
 * tag hint above it (content, furniture or none) and the path of block
 * containers above it.
 *
 * After the parse the blocks are classified as jusText does (Pomikalek
 * 2011): bad (furniture hint, link-dense, a known furniture phrase, a
 * teaser ending in "..."), short, near-good or good from length and
 * stop-word density, then a Readability-like step finds the deepest
 * container holding most of the good text and demotes good blocks outside
 * it, and context smoothing settles short and near-good blocks from their
 * neighbours.  html_text_body() runs the same rules on plain text.
 *
 * Owns nothing past the call: every result and all working memory come
 * from the caller's arena; the parser context and any iconv handle are
 * freed before returning.
 */
#include "html.h"

#include <errno.h>
#include <iconv.h>
#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/uri.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "error.h"
#include "lang.h"
#include "reader.h"

#define HTML_MAX_INPUT ((size_t)32 << 20)   /* bytes parsed; the rest is ignored */
#define HTML_MAX_DEPTH 256                  /* elements tracked; deeper ones are inline */
#define HTML_MAX_TEXT ((size_t)16 << 20)    /* visible text kept */
#define HTML_MAX_BLOCKS 200000
#define HTML_MAX_META 2048                  /* one metadata value */
#define HTML_MAX_JSONLD ((size_t)1 << 20)   /* one JSON-LD script */
#define HTML_CHUNK (256 * 1024)             /* bytes per htmlParseChunk() */
#define HTML_PRESCAN 4096                   /* bytes searched for a charset */
#define DATE_SCAN_BLOCKS 24                 /* blocks searched for a date line */

/* ---- tags ------------------------------------------------------------ */

enum tag {
	T_OTHER = 0, T_A, T_ADDRESS, T_AMP_SKIP, T_ARTICLE, T_ASIDE,
	T_BLOCKQUOTE, T_BODY, T_BR, T_BUTTON, T_CAPTION, T_CENTER, T_DD,
	T_DETAILS, T_DIALOG, T_DIV, T_DL, T_DT, T_FIELDSET, T_FIGCAPTION,
	T_FIGURE, T_FOOTER, T_FORM, T_H1, T_H2, T_H3, T_H4, T_H5, T_H6, T_HEAD,
	T_HEADER, T_HGROUP, T_HR, T_HTML, T_IFRAME, T_LI, T_LINK, T_MAIN,
	T_MENU, T_META, T_NAV, T_NOSCRIPT, T_OBJECT, T_OL, T_OPTION, T_P,
	T_PRE, T_SCRIPT, T_SECTION, T_SELECT, T_STYLE, T_SUMMARY, T_SVG,
	T_TABLE, T_TBODY, T_TD, T_TEMPLATE, T_TEXTAREA, T_TFOOT, T_TH,
	T_THEAD, T_TIME, T_TITLE, T_TR, T_UL, T_CANVAS, T_MATH, T_VIDEO,
	T_AUDIO, T_LABEL, T_INPUT, N_TAGS
};

enum {
	P_BLOCK = 1,    /* starts and ends a block */
	P_SKIP = 2,     /* its text is never shown as article text */
	P_FURN = 4,     /* page furniture by its tag (a weak hint) */
	P_CONTENT = 8,  /* article content by its tag */
	P_HINTS = 16,   /* worth reading class and id for hints */
};

static const uint8_t tag_props[N_TAGS] = {
	[T_ADDRESS] = P_BLOCK,
	[T_AMP_SKIP] = P_BLOCK | P_SKIP,
	[T_ARTICLE] = P_BLOCK | P_CONTENT | P_HINTS,
	[T_ASIDE] = P_BLOCK | P_FURN | P_HINTS,
	[T_BLOCKQUOTE] = P_BLOCK | P_HINTS,
	[T_BODY] = P_BLOCK,
	[T_BR] = P_BLOCK,
	[T_BUTTON] = P_SKIP,
	[T_CAPTION] = P_BLOCK | P_FURN,
	[T_CENTER] = P_BLOCK,
	[T_DD] = P_BLOCK | P_HINTS,
	[T_DETAILS] = P_BLOCK,
	[T_DIALOG] = P_BLOCK | P_SKIP,
	[T_DIV] = P_BLOCK | P_HINTS,
	[T_DL] = P_BLOCK | P_HINTS,
	[T_DT] = P_BLOCK | P_HINTS,
	[T_FIELDSET] = P_BLOCK | P_FURN,
	[T_FIGCAPTION] = P_BLOCK | P_FURN,
	[T_FIGURE] = P_BLOCK | P_FURN | P_HINTS,
	[T_FOOTER] = P_BLOCK | P_FURN | P_HINTS,
	[T_FORM] = P_BLOCK | P_FURN | P_HINTS,
	[T_H1] = P_BLOCK | P_HINTS,
	[T_H2] = P_BLOCK | P_HINTS,
	[T_H3] = P_BLOCK | P_HINTS,
	[T_H4] = P_BLOCK | P_HINTS,
	[T_H5] = P_BLOCK | P_HINTS,
	[T_H6] = P_BLOCK | P_HINTS,
	[T_HEAD] = P_BLOCK | P_SKIP,
	[T_HEADER] = P_BLOCK | P_FURN | P_HINTS,
	[T_HGROUP] = P_BLOCK,
	[T_HR] = P_BLOCK,
	[T_HTML] = P_BLOCK,
	[T_IFRAME] = P_BLOCK | P_SKIP,
	[T_LI] = P_BLOCK | P_HINTS,
	[T_MAIN] = P_BLOCK | P_CONTENT | P_HINTS,
	[T_MENU] = P_BLOCK | P_FURN,
	[T_NAV] = P_BLOCK | P_FURN | P_HINTS,
	[T_NOSCRIPT] = P_BLOCK | P_SKIP,
	[T_OBJECT] = P_SKIP,
	[T_OL] = P_BLOCK | P_HINTS,
	[T_OPTION] = P_BLOCK | P_SKIP,
	[T_P] = P_BLOCK | P_HINTS,
	[T_PRE] = P_BLOCK | P_HINTS,
	[T_SCRIPT] = P_SKIP,
	[T_SECTION] = P_BLOCK | P_HINTS,
	[T_SELECT] = P_BLOCK | P_SKIP,
	[T_STYLE] = P_SKIP,
	[T_SUMMARY] = P_BLOCK,
	[T_SVG] = P_SKIP,
	[T_TABLE] = P_BLOCK | P_HINTS,
	[T_TBODY] = P_BLOCK,
	[T_TD] = P_BLOCK | P_HINTS,
	[T_TEMPLATE] = P_BLOCK | P_SKIP,
	[T_TEXTAREA] = P_BLOCK | P_SKIP,
	[T_TFOOT] = P_BLOCK,
	[T_TH] = P_BLOCK | P_HINTS,
	[T_THEAD] = P_BLOCK,
	[T_TITLE] = P_BLOCK | P_SKIP,
	[T_TR] = P_BLOCK,
	[T_UL] = P_BLOCK | P_HINTS,
	[T_CANVAS] = P_SKIP,
	[T_MATH] = P_SKIP,
	[T_VIDEO] = P_SKIP,
	[T_AUDIO] = P_SKIP,
	[T_LABEL] = P_SKIP,
	[T_INPUT] = P_SKIP,
};

struct tag_name {
	const char *name;
	uint8_t tag;
};

/* Sorted for bsearch. */
static const struct tag_name tag_names[] = {
	{ "a", T_A }, { "address", T_ADDRESS }, { "amp-ad", T_AMP_SKIP },
	{ "amp-analytics", T_AMP_SKIP }, { "amp-consent", T_AMP_SKIP },
	{ "amp-embed", T_AMP_SKIP }, { "amp-sidebar", T_AMP_SKIP },
	{ "amp-social-share", T_AMP_SKIP }, { "amp-sticky-ad", T_AMP_SKIP },
	{ "amp-user-notification", T_AMP_SKIP }, { "article", T_ARTICLE },
	{ "aside", T_ASIDE }, { "audio", T_AUDIO }, { "blockquote", T_BLOCKQUOTE },
	{ "body", T_BODY }, { "br", T_BR }, { "button", T_BUTTON },
	{ "canvas", T_CANVAS }, { "caption", T_CAPTION }, { "center", T_CENTER },
	{ "dd", T_DD }, { "details", T_DETAILS }, { "dialog", T_DIALOG },
	{ "div", T_DIV }, { "dl", T_DL }, { "dt", T_DT }, { "fieldset", T_FIELDSET },
	{ "figcaption", T_FIGCAPTION }, { "figure", T_FIGURE },
	{ "footer", T_FOOTER }, { "form", T_FORM }, { "h1", T_H1 }, { "h2", T_H2 },
	{ "h3", T_H3 }, { "h4", T_H4 }, { "h5", T_H5 }, { "h6", T_H6 },
	{ "head", T_HEAD }, { "header", T_HEADER }, { "hgroup", T_HGROUP },
	{ "hr", T_HR }, { "html", T_HTML }, { "iframe", T_IFRAME },
	{ "input", T_INPUT }, { "label", T_LABEL }, { "li", T_LI },
	{ "link", T_LINK }, { "main", T_MAIN }, { "math", T_MATH },
	{ "menu", T_MENU }, { "meta", T_META }, { "nav", T_NAV },
	{ "noscript", T_NOSCRIPT }, { "object", T_OBJECT }, { "ol", T_OL },
	{ "option", T_OPTION }, { "p", T_P }, { "pre", T_PRE },
	{ "script", T_SCRIPT }, { "section", T_SECTION }, { "select", T_SELECT },
	{ "style", T_STYLE }, { "summary", T_SUMMARY }, { "svg", T_SVG },
	{ "table", T_TABLE }, { "tbody", T_TBODY }, { "td", T_TD },
	{ "template", T_TEMPLATE }, { "textarea", T_TEXTAREA },
	{ "tfoot", T_TFOOT }, { "th", T_TH }, { "thead", T_THEAD },
	{ "time", T_TIME }, { "title", T_TITLE }, { "tr", T_TR }, { "ul", T_UL },
	{ "video", T_VIDEO },
};

static int tag_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct tag_name *)elem)->name);
}

/* libxml2 gives HTML element names in lower case. */
static enum tag tag_of(const char *name)
{
	const struct tag_name *t;

	if (!name[0] || name[0] > 'z')
		return T_OTHER;
	t = bsearch(name, tag_names, sizeof(tag_names) / sizeof(tag_names[0]),
		    sizeof(tag_names[0]), tag_cmp);
	return t ? (enum tag)t->tag : T_OTHER;
}

static int is_heading(int tag)
{
	return tag >= T_H1 && tag <= T_H6;
}

/* ---- small string helpers --------------------------------------------- */

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int is_ws(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v';
}

static int eq_nocase(const char *s, size_t n, const char *lit)
{
	size_t i;

	for (i = 0; i < n && lit[i]; i++)
		if (lower((unsigned char)s[i]) != lit[i])
			return 0;
	return i == n && !lit[i];
}

/* s (NUL-terminated) starts with lit, any case. */
static int starts_nocase(const char *s, const char *lit)
{
	while (*lit)
		if (lower((unsigned char)*s++) != *lit++)
			return 0;
	return 1;
}

static const char *attr(const char **atts, const char *name)
{
	size_t i;

	if (!atts)
		return NULL;
	for (i = 0; atts[i]; i += 2)
		if (!strcmp(atts[i], name))
			return atts[i + 1] ? atts[i + 1] : "";
	return NULL;
}

/* Trim white space (and NBSP) from both ends of s[0, *n). */
static const char *trim(const char *s, size_t *n)
{
	const unsigned char *b = (const unsigned char *)s, *e = b + *n;

	for (;;) {
		if (b < e && (is_ws(*b) || *b < ' '))
			b++;
		else if (e - b >= 2 && b[0] == 0xC2 && b[1] == 0xA0)
			b += 2;
		else
			break;
	}
	for (;;) {
		if (e > b && (is_ws(e[-1]) || e[-1] < ' '))
			e--;
		else if (e - b >= 2 && e[-2] == 0xC2 && e[-1] == 0xA0)
			e -= 2;
		else
			break;
	}
	*n = (size_t)(e - b);
	return (const char *)b;
}

/* A copy of s[0, n) with white space collapsed and trimmed, control
 * characters dropped and ill-formed UTF-8 replaced by U+FFFD, or NULL
 * when nothing is left or memory is out.  Metadata values go through
 * here, so everything the caller sees is clean UTF-8. */
static char *clean_dup(struct arena *a, const char *s, size_t n)
{
	const unsigned char *p, *e;
	char *out, *d;
	int space = 0;

	if (n > HTML_MAX_META)
		n = HTML_MAX_META;
	s = trim(s, &n);
	if (!n)
		return NULL;
	out = arena_alloc(a, n * 3 + 1);
	if (!out)
		return NULL;
	d = out;
	for (p = (const unsigned char *)s, e = p + n; p < e;) {
		size_t k;

		if (*p <= ' ' || *p == 0x7F) {
			space = d > out;
			p++;
			continue;
		}
		if (e - p >= 2 && p[0] == 0xC2 && p[1] == 0xA0) {
			space = d > out;
			p += 2;
			continue;
		}
		if (space)
			*d++ = ' ';
		space = 0;
		k = *p < 0x80 ? 1 : reader_utf8_len(p, (size_t)(e - p));
		if (!k) {
			memcpy(d, "\xEF\xBF\xBD", 3);
			d += 3;
			p++;
			continue;
		}
		memcpy(d, p, k);
		d += k;
		p += k;
	}
	*d = '\0';
	return d > out ? out : NULL;
}

static int word_count(const char *s, size_t n)
{
	int w = 0, in = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] == ' ')
			in = 0;
		else if (!in) {
			in = 1;
			w++;
		}
	}
	return w;
}

/* ---- stop words ------------------------------------------------------- */

/* Function words: prose is full of them, menus and lists of names are
 * not.  English, and Russian so that a Russian page is judged by the same
 * rule (other languages fall back to rules without stop words). */
static const char *const stop_words[] = {
	"a", "about", "above", "after", "again", "against", "all", "also", "am",
	"an", "and", "any", "are", "as", "at", "be", "because", "been",
	"before", "being", "between", "both", "but", "by", "can", "could",
	"did", "do", "does", "during", "each", "few", "for", "from", "further",
	"had", "has", "have", "having", "he", "her", "here", "hers", "him",
	"his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
	"just", "may", "me", "might", "more", "most", "much", "must", "my",
	"no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
	"other", "our", "out", "over", "own", "said", "same", "says", "she",
	"should", "since", "so", "some", "such", "than", "that", "the",
	"their", "them", "then", "there", "these", "they", "this", "those",
	"through", "to", "too", "under", "until", "up", "upon", "very", "was",
	"we", "were", "what", "when", "where", "which", "while", "who", "whom",
	"why", "will", "with", "would", "you", "your",
	"according", "across", "ago", "already", "although", "among",
	"another", "around", "away", "back", "became", "become", "being",
	"day", "days", "despite", "due", "earlier", "either", "even", "ever",
	"every", "first", "get", "given", "going", "however", "including",
	"last", "later", "less", "like", "made", "make", "many", "month",
	"months", "never", "new", "next", "one", "part", "per",
	"saying", "several", "still", "take", "though", "three", "time",
	"told", "took", "toward", "towards", "two", "us", "via", "way",
	"week", "weeks", "well", "whether", "whose", "within", "without",
	"year", "years", "yet",
	"\xd0\xb0", "\xd0\xb2", "\xd0\xb2\xd0\xbe", "\xd0\xb4\xd0\xbb\xd1\x8f",
	"\xd0\xb5\xd0\xb3\xd0\xbe", "\xd0\xb5\xd1\x91", "\xd0\xb5\xd0\xb5",
	"\xd0\xb8", "\xd0\xb8\xd0\xb7", "\xd0\xb8\xd0\xbb\xd0\xb8",
	"\xd0\xba", "\xd0\xba\xd0\xb0\xd0\xba", "\xd0\xbd\xd0\xb0",
	"\xd0\xbd\xd0\xb5", "\xd0\xbd\xd0\xbe", "\xd0\xbe", "\xd0\xbe\xd0\xb1",
	"\xd0\xbe\xd0\xbd", "\xd0\xbe\xd0\xbd\xd0\xb0", "\xd0\xbe\xd0\xbd\xd0\xb8",
	"\xd0\xbe\xd1\x82", "\xd0\xbf\xd0\xbe", "\xd0\xbf\xd1\x80\xd0\xb8",
	"\xd1\x81", "\xd1\x83", "\xd1\x87\xd1\x82\xd0\xbe",
	"\xd1\x8d\xd1\x82\xd0\xbe", "\xd0\xb7\xd0\xb0", "\xd0\xb1\xd1\x8b\xd0\xbb",
	"\xd0\xb1\xd1\x8b\xd0\xbb\xd0\xb0", "\xd0\xb1\xd1\x8b\xd0\xbb\xd0\xb8",
	"\xd1\x82\xd0\xb0\xd0\xba\xd0\xb6\xd0\xb5",
	"\xd0\xbf\xd0\xbe\xd1\x81\xd0\xbb\xd0\xb5",
	"\xd0\xba\xd0\xbe\xd1\x82\xd0\xbe\xd1\x80\xd1\x8b\xd0\xb9",
	"\xd0\xba\xd0\xbe\xd1\x82\xd0\xbe\xd1\x80\xd1\x8b\xd0\xb5",
	"\xd1\x87\xd1\x82\xd0\xbe\xd0\xb1\xd1\x8b", "\xd0\xb6\xd0\xb5",
	"\xd0\xb1\xd1\x8b", "\xd1\x83\xd0\xb6\xd0\xb5",
	"до", "со", "во", "об", "без", "под", "над", "через", "между", "том",
	"тем", "этот", "эта", "эти", "этом", "этой", "их", "мы", "вы", "я",
	"было", "будет", "быть", "есть", "может", "ещё", "еще", "только",
	"так", "все", "всё", "когда", "если", "чем", "где", "которая",
	"которых", "которого", "году", "год", "около", "более", "свои",
	"своих", "свой", "своей", "заявил", "сообщил", "время", "два", "три",
	"первые", "первый", "лет",
};

#define STOP_SLOTS 512          /* power of two, over twice the words */
#define STOP_MAX_LEN 16

static const char *stop_table[STOP_SLOTS];
static pthread_once_t stop_once = PTHREAD_ONCE_INIT;

static uint32_t word_hash(const unsigned char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ s[i]) * 16777619u;
	return h;
}

/* Once per process: the stop-word table and libxml2's globals, whose
 * first initialisation is not safe to race. */
static void stop_init(void)
{
	size_t i;

	xmlInitParser();
	for (i = 0; i < sizeof(stop_words) / sizeof(stop_words[0]); i++) {
		const char *w = stop_words[i];
		uint32_t h = word_hash((const unsigned char *)w, strlen(w));

		while (stop_table[h & (STOP_SLOTS - 1)])
			h++;
		stop_table[h & (STOP_SLOTS - 1)] = w;
	}
}

/* w[0, n) is already lower case. */
static int is_stop(const unsigned char *w, size_t n)
{
	uint32_t h = word_hash(w, n);
	const char *s;

	while ((s = stop_table[h & (STOP_SLOTS - 1)])) {
		if (strlen(s) == n && !memcmp(s, w, n))
			return 1;
		h++;
	}
	return 0;
}

/* Count the words of s[0, n) (runs between spaces) and, of them, the stop
 * words (OUT: *stops).  Case is folded for ASCII and Cyrillic; leading and
 * trailing punctuation are stripped before the look-up. */
static uint32_t count_words(const char *s, size_t n, uint32_t *stops)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	unsigned char w[STOP_MAX_LEN];
	uint32_t words = 0, st = 0;

	while (p < e) {
		const unsigned char *b, *we;
		size_t k = 0;

		while (p < e && (*p == ' ' || *p == '\n'))
			p++;
		if (p == e)
			break;
		b = p;
		while (p < e && *p != ' ' && *p != '\n')
			p++;
		words++;
		we = p;
		while (b < we && *b < 0x80 && !(lower(*b) >= 'a' && lower(*b) <= 'z') &&
		       !(*b >= '0' && *b <= '9'))
			b++;
		while (we > b && we[-1] < 0x80 && !(lower(we[-1]) >= 'a' && lower(we[-1]) <= 'z') &&
		       !(we[-1] >= '0' && we[-1] <= '9'))
			we--;
		if (we - b > STOP_MAX_LEN || b == we)
			continue;
		for (; b < we; b++) {
			unsigned c = *b;

			if (c < 0x80) {
				w[k++] = (unsigned char)lower((int)c);
			} else if (c == 0xD0 && b + 1 < we && b[1] >= 0x90 && b[1] <= 0xAF) {
				/* Cyrillic capitals A..Ya to small letters. */
				unsigned lc = b[1] + 0x20;

				if (lc <= 0xBF) {
					w[k++] = 0xD0;
					w[k++] = (unsigned char)lc;
				} else {
					w[k++] = 0xD1;
					w[k++] = (unsigned char)(lc - 0x40);
				}
				b++;
			} else {
				w[k++] = (unsigned char)c;
			}
			if (k > STOP_MAX_LEN - 2 && b + 1 < we)
				break;
		}
		if (k <= STOP_MAX_LEN && is_stop(w, k))
			st++;
	}
	*stops = st;
	return words;
}

/* ---- class and id hints ----------------------------------------------- */

/* Words in class and id values that name furniture.  A word matches a
 * token of the value (split at '-', '_', ' ' and case changes are not
 * split) that starts with it. */
static const char *const furn_words[] = {
	"ad", "ads", "advert", "adsby", "adslot", "adunit", "banner",
	"breadcrumb", "byline", "caption", "comment", "consent", "cookie",
	"copyright", "credit", "disqus", "dateline", "embed", "footer", "gdpr",
	"hidden", "instagram", "login", "masthead", "menu", "meta", "modal",
	"nav", "newsletter", "outbrain", "pagination", "pager", "paywall",
	"popular", "popup", "promo", "pullquote", "recommend", "related",
	"share", "sharing", "sidebar", "signup", "skip", "social", "sponsor",
	"subscribe", "taboola", "tag", "tags", "teaser", "timestamp",
	"toolbar", "trending", "tweet", "twitter", "widget", "author", "bio",
	"rail", "toc", "topics", "more", "next", "prev", "overlay", "notice",
	"donate", "readmore", "rating", "breaking", "ticker", "alert",
};

static const char *const content_words[] = {
	"article", "articlebody", "body", "content", "entry", "main", "post",
	"prose", "story", "text",
};

/* Exact tokens that a prefix would match wrongly ("address", "header"
 * start with "ad", "head"...): these need the whole token. */
static int token_exact(const char *w)
{
	return !strcmp(w, "ad") || !strcmp(w, "ads") || !strcmp(w, "meta") ||
	       !strcmp(w, "tag") || !strcmp(w, "bio") || !strcmp(w, "toc") ||
	       !strcmp(w, "more") || !strcmp(w, "next") || !strcmp(w, "prev") ||
	       !strcmp(w, "rail") || !strcmp(w, "tags") || !strcmp(w, "text") ||
	       !strcmp(w, "main") || !strcmp(w, "body") || !strcmp(w, "post") ||
	       !strcmp(w, "alert");
}

static int token_matches(const char *t, size_t n, const char *w)
{
	size_t wl = strlen(w);

	if (n < wl || !eq_nocase(t, wl, w))
		return 0;
	if (n == wl)
		return 1;
	if (token_exact(w))
		/* "ads" also matches "ads" and "nav" "navbar": a plural or
		 * a few letters more are still the word. */
		return (n == wl + 1 && lower((unsigned char)t[wl]) == 's') ||
		       (!strcmp(w, "meta") && n <= wl + 4);
	return 1;
}

/* -1 when the value names furniture, +1 content, 0 neither; furniture
 * wins ("comment-body", "related-articles"). */
static int class_hint(const char *v)
{
	int hint = 0;

	while (*v) {
		const char *t;
		size_t n, i;

		while (*v == ' ' || *v == '-' || *v == '_' || *v == '\t' || *v == '\n')
			v++;
		t = v;
		while (*v && *v != ' ' && *v != '-' && *v != '_' && *v != '\t' &&
		       *v != '\n')
			v++;
		n = (size_t)(v - t);
		if (!n)
			continue;
		for (i = 0; i < sizeof(furn_words) / sizeof(furn_words[0]); i++)
			if (token_matches(t, n, furn_words[i]))
				return -1;
		if (!hint)
			for (i = 0; i < sizeof(content_words) / sizeof(content_words[0]); i++)
				if (token_matches(t, n, content_words[i]))
					hint = 1;
	}
	return hint;
}

/* Text no reader wants: visually hidden helpers for screen readers. */
static int class_hidden(const char *v)
{
	return strstr(v, "sr-only") || strstr(v, "visually-hidden") ||
	       strstr(v, "screen-reader") || strstr(v, "visuallyhidden");
}

/* ---- decoding to UTF-8 ------------------------------------------------ */

/* Windows-1252's 0x80-0x9F; the five holes keep their C1 code points, as
 * the WHATWG Encoding Standard maps them. */
static const uint16_t cp1252_hi[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

static char *put_cp1252(char *d, unsigned char c)
{
	unsigned u = c >= 0x80 && c < 0xA0 ? cp1252_hi[c - 0x80] : c;

	if (u < 0x80) {
		*d++ = (char)(u ? u : ' ');
	} else if (u < 0x800) {
		*d++ = (char)(0xC0 | (u >> 6));
		*d++ = (char)(0x80 | (u & 0x3F));
	} else {
		*d++ = (char)(0xE0 | (u >> 12));
		*d++ = (char)(0x80 | ((u >> 6) & 0x3F));
		*d++ = (char)(0x80 | (u & 0x3F));
	}
	return d;
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* Where s[0, n) first stops being clean UTF-8 (an ill-formed sequence or
 * a NUL byte): n when it never does.  *multi says whether a multi-byte
 * sequence was seen before that point. */
static size_t utf8_clean_prefix(const unsigned char *s, size_t n, int *multi)
{
	const unsigned char *p = s, *e = s + n;

	*multi = 0;
	while (p < e) {
		size_t k;

		while (e - p >= 8) {
			uint64_t v;

			memcpy(&v, p, 8);
			if ((v & HIGHS) || ((v - ONES) & ~v & HIGHS))
				break;
			p += 8;
		}
		if (p == e)
			break;
		if (*p == 0)
			break;
		if (*p < 0x80) {
			p++;
			continue;
		}
		k = reader_utf8_len(p, (size_t)(e - p));
		if (!k)
			break;
		*multi = 1;
		p += k;
	}
	return (size_t)(p - s);
}

/* UTF-8 where it is well formed, Windows-1252 byte by byte where it is
 * not, NUL as a space: what a page declared (or assumed) UTF-8 but saved
 * in another encoding, or mixing the two, meant.  *out is s itself when
 * s is clean UTF-8.  *fell_back says a byte needed the fallback. */
static int decode_utf8_1252(const char *s, size_t n, struct arena *a,
			    const char **out, size_t *out_len, int *fell_back)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	size_t at;
	int multi;
	char *o, *d;

	*fell_back = 0;
	at = utf8_clean_prefix(p, n, &multi);
	if (at == n) {
		*out = s;
		*out_len = n;
		return DYAD_OK;
	}
	o = arena_alloc(a, n * 3 + 1);
	if (!o)
		return DYAD_ENOMEM;
	memcpy(o, s, at);
	d = o + at;
	p += at;
	while (p < e) {
		size_t k;

		if (*p == 0) {
			*d++ = ' ';
			p++;
			continue;
		}
		k = *p < 0x80 ? 1 : reader_utf8_len(p, (size_t)(e - p));
		if (k) {
			memcpy(d, p, k);
			d += k;
			p += k;
			continue;
		}
		*fell_back = 1;
		d = put_cp1252(d, *p++);
	}
	*d = '\0';
	*out = o;
	*out_len = (size_t)(d - o);
	return DYAD_OK;
}

static int decode_cp1252(const char *s, size_t n, struct arena *a,
			 const char **out, size_t *out_len)
{
	char *o = arena_alloc(a, n * 3 + 1), *d;
	size_t i;

	if (!o)
		return DYAD_ENOMEM;
	for (d = o, i = 0; i < n; i++)
		d = put_cp1252(d, (unsigned char)s[i]);
	*d = '\0';
	*out = o;
	*out_len = (size_t)(d - o);
	return DYAD_OK;
}

/* Convert with iconv from the named encoding; an undecodable byte becomes
 * U+FFFD and decoding goes on.  Returns 1 when iconv does not know the
 * name. */
static int decode_iconv(const char *s, size_t n, const char *from,
			struct arena *a, const char **out, size_t *out_len)
{
	iconv_t cd = iconv_open("UTF-8", from);
	size_t cap, left, room;
	char *o, *in, *d;
	int fb;

	if (cd == (iconv_t)-1)
		return 1;
	cap = n * 4 + 16;
	o = arena_alloc(a, cap);
	if (!o) {
		iconv_close(cd);
		return DYAD_ENOMEM;
	}
	in = (char *)s;
	left = n;
	d = o;
	room = cap - 1;
	while (left > 0) {
		size_t r = iconv(cd, &in, &left, &d, &room);

		if (r != (size_t)-1)
			break;
		if (errno == EILSEQ && room >= 3) {
			memcpy(d, "\xEF\xBF\xBD", 3);
			d += 3;
			room -= 3;
			in++;
			left--;
			iconv(cd, NULL, NULL, NULL, NULL);
			continue;
		}
		break;  /* EINVAL: a truncated last character; E2BIG cannot be */
	}
	iconv_close(cd);
	*d = '\0';
	/* iconv's output is UTF-8, but may hold NUL bytes. */
	return decode_utf8_1252(o, (size_t)(d - o), a, out, out_len, &fb);
}

/* The charset a page declares in its first bytes: <meta charset=X>,
 * <meta http-equiv=Content-Type content="...; charset=X"> or an XML
 * declaration's encoding.  Copies the label, lower-cased, into buf;
 * returns 0 when none is found. */
static int prescan_charset(const char *s, size_t n, char buf[48])
{
	size_t i, k;
	const char *key = "charset";
	size_t key_len = 7;

	if (n > HTML_PRESCAN)
		n = HTML_PRESCAN;
	if (n > 5 && !memcmp(s, "<?xml", 5)) {
		key = "encoding";
		key_len = 8;
	}
	for (i = 0; i + key_len < n; i++) {
		if (lower((unsigned char)s[i]) != key[0] ||
		    !eq_nocase(s + i, key_len, key))
			continue;
		k = i + key_len;
		while (k < n && is_ws((unsigned char)s[k]))
			k++;
		if (k >= n || s[k] != '=')
			continue;
		k++;
		while (k < n && (is_ws((unsigned char)s[k]) || s[k] == '"' || s[k] == '\''))
			k++;
		for (i = 0; k < n && i < 47; k++) {
			int c = (unsigned char)s[k];

			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			      (c >= '0' && c <= '9') || c == '-' || c == '_' ||
			      c == '.' || c == ':'))
				break;
			buf[i++] = (char)lower(c);
		}
		buf[i] = '\0';
		return i > 0;
	}
	return 0;
}

enum enc { ENC_UTF8, ENC_CP1252, ENC_OTHER };

static enum enc charset_kind(const char *label, const char **iconv_name)
{
	static const char *const western[] = {
		"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1",
		"l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252",
		"cp819", "ibm819", "ansi_x3.4-1968", "iso-ir-100", "csisolatin1",
	};
	static const struct { const char *label, *name; } aliases[] = {
		{ "gb2312", "GB18030" }, { "gbk", "GB18030" }, { "x-gbk", "GB18030" },
		{ "euc-kr", "CP949" }, { "ks_c_5601-1987", "CP949" },
		{ "korean", "CP949" }, { "windows-949", "CP949" },
		{ "shift_jis", "CP932" }, { "sjis", "CP932" }, { "x-sjis", "CP932" },
		{ "windows-31j", "CP932" }, { "iso-8859-9", "CP1254" },
		{ "tis-620", "CP874" }, { "iso-8859-11", "CP874" },
	};
	size_t i;

	*iconv_name = NULL;
	if (!strcmp(label, "utf-8") || !strcmp(label, "utf8") ||
	    !strncmp(label, "utf-16", 6) || !strcmp(label, "unicode-1-1-utf-8"))
		return ENC_UTF8;
	for (i = 0; i < sizeof(western) / sizeof(western[0]); i++)
		if (!strcmp(label, western[i]))
			return ENC_CP1252;
	for (i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++)
		if (!strcmp(label, aliases[i].label)) {
			*iconv_name = aliases[i].name;
			return ENC_OTHER;
		}
	*iconv_name = label;
	return ENC_OTHER;
}

/* Turn the page into UTF-8 (OUT: *out, *out_len, which may be the input
 * itself) and name the encoding it was read in (OUT: *charset). */
static int decode_page(const char *s, size_t n, struct arena *a,
		       const char **out, size_t *out_len, const char **charset)
{
	char label[48];
	const char *name;
	int rc, fb, multi;

	if (n >= 2 && ((unsigned char)s[0] == 0xFF && (unsigned char)s[1] == 0xFE)) {
		*charset = "utf-16le";
		rc = decode_iconv(s + 2, n - 2, "UTF-16LE", a, out, out_len);
		return rc == 1 ? decode_utf8_1252(s, n, a, out, out_len, &fb) : rc;
	}
	if (n >= 2 && ((unsigned char)s[0] == 0xFE && (unsigned char)s[1] == 0xFF)) {
		*charset = "utf-16be";
		rc = decode_iconv(s + 2, n - 2, "UTF-16BE", a, out, out_len);
		return rc == 1 ? decode_utf8_1252(s, n, a, out, out_len, &fb) : rc;
	}
	if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) {
		s += 3;
		n -= 3;
		label[0] = '\0';
	} else if (!prescan_charset(s, n, label)) {
		label[0] = '\0';
	}
	switch (label[0] ? charset_kind(label, &name) : ENC_UTF8) {
	case ENC_CP1252:
		/* Declared Latin-1 but valid UTF-8 with multi-byte
		 * sequences: the declaration is wrong (real Latin-1 text
		 * almost never forms such sequences). */
		if (utf8_clean_prefix((const unsigned char *)s, n, &multi) == n && multi) {
			*charset = "utf-8";
			*out = s;
			*out_len = n;
			return DYAD_OK;
		}
		*charset = "windows-1252";
		return decode_cp1252(s, n, a, out, out_len);
	case ENC_OTHER:
		rc = decode_iconv(s, n, name, a, out, out_len);
		if (rc != 1) {
			*charset = arena_strndup(a, label, strlen(label));
			return *charset ? rc : DYAD_ENOMEM;
		}
		/* fall through - an encoding iconv does not know */
	case ENC_UTF8:
	default:
		rc = decode_utf8_1252(s, n, a, out, out_len, &fb);
		*charset = fb ? "windows-1252" : "utf-8";
		return rc;
	}
}

/* ---- the streaming pass ----------------------------------------------- */

enum {
	B_CONTENT = 1,  /* some ancestor is article content */
	B_FURN = 2,     /* some ancestor is furniture */
	B_HEADING = 4,
	B_HARD = 8,     /* bad whatever its neighbours say */
	B_PUNCT = 16,   /* ends as a sentence does */
};

struct block {
	uint32_t off, len;      /* its text in pool */
	uint32_t chars, link_chars;
	uint32_t words, stops;
	uint32_t path, path_len;        /* container ids in paths */
	uint8_t tag, flags;
	int8_t hint;            /* innermost hint above it */
	uint8_t cls, cf_cls;    /* class after and before smoothing */
	uint8_t in_root;
};

struct frame {
	uint8_t tag;
	uint8_t skip;           /* text under it is not shown */
	int8_t hint;            /* innermost hint: +1 content, -1 furniture */
	uint8_t flags;          /* B_CONTENT, B_FURN of it and its ancestors */
	uint8_t jsonld, author_link;
};

/* Publication date sources, best first. */
enum { DS_PUB, DS_LD, DS_OTHER, DS_TIME, N_DS };

struct hx {
	struct arena *a;
	int failed;             /* DYAD_ENOMEM once memory ran out */

	struct frame stack[HTML_MAX_DEPTH];
	int depth;
	long overflow;          /* open elements past HTML_MAX_DEPTH */
	uint32_t cstack[HTML_MAX_DEPTH];        /* ids of open block containers */
	int cframe[HTML_MAX_DEPTH];             /* their frames */
	int n_cstack;
	uint32_t n_conts;
	uint16_t *cont_depth;
	size_t cap_cont;

	char *pool;             /* block texts, back to back */
	size_t pool_len, pool_cap;
	size_t blk_off;
	uint32_t blk_chars, blk_link;
	int space, link_depth, truncated;

	struct block *blocks;
	size_t n_blocks, cap_blocks;
	uint32_t *paths;
	size_t n_paths, cap_paths;

	int title_state;        /* 0 before <title>, 1 inside, 2 after */
	char title[HTML_MAX_META];
	size_t title_len;
	int svg_depth;
	int in_jsonld;
	char *jsonld;
	size_t jsonld_len, jsonld_cap;
	size_t author_off;

	const char *og_title, *canonical, *og_url, *author_meta, *author_link;
	const char *lang_attr, *content_lang;
	const char *ld_author, *ld_headline;
	const char *dates[N_DS];
};

static int grow(struct hx *x, void **pp, size_t *cap, size_t want, size_t sz)
{
	if (want <= *cap)
		return 0;
	if (arena_grow(x->a, pp, cap, want, sz)) {
		x->failed = DYAD_ENOMEM;
		return -1;
	}
	return 0;
}

static const char *keep(struct hx *x, const char *s, size_t n)
{
	char *c = clean_dup(x->a, s, n);

	if (!c && n && x->a->max && x->a->used >= x->a->max)
		x->failed = DYAD_ENOMEM;
	return c;
}

static void set_once(struct hx *x, const char **slot, const char *v)
{
	if (!*slot && v && *v)
		*slot = keep(x, v, strlen(v));
}

/* Append visible text to the current block, collapsing white space (NBSP
 * included) and dropping control characters.  The hot loop: every byte of
 * visible text passes here once. */
static void text_add(struct hx *x, const unsigned char *s, size_t n)
{
	unsigned char *d, *start;
	uint32_t chars = 0;
	size_t i;

	if (x->truncated)
		return;
	if (x->pool_len + n + 2 > x->pool_cap) {
		if (x->pool_len + n + 2 > HTML_MAX_TEXT) {
			x->truncated = 1;
			return;
		}
		if (grow(x, (void **)&x->pool, &x->pool_cap, x->pool_len + n + 2, 1))
			return;
	}
	start = (unsigned char *)x->pool + x->blk_off;
	d = (unsigned char *)x->pool + x->pool_len;
	for (i = 0; i < n; i++) {
		unsigned c = s[i];

		if (c <= ' ') {
			x->space = 1;
			continue;
		}
		if (c == 0xC2 && i + 1 < n && (s[i + 1] == 0xA0 || s[i + 1] < 0xA0)) {
			/* NBSP, and the C1 controls (U+0080-U+009F) that a
			 * numeric reference like &#128; leaves. */
			x->space = 1;
			i++;
			continue;
		}
		if (x->space) {
			if (d > start) {
				*d++ = ' ';
				chars++;
			}
			x->space = 0;
		}
		*d++ = (unsigned char)c;
		chars += (c & 0xC0) != 0x80;
	}
	x->pool_len = (size_t)(d - (unsigned char *)x->pool);
	x->blk_chars += chars;
	if (x->link_depth > 0)
		x->blk_link += chars;
}

/* End the current block: record it with its features when it holds text. */
static void flush_block(struct hx *x)
{
	struct block *b;
	const struct frame *cf;
	int i;

	x->space = 0;
	if (!x->blk_chars || x->failed) {
		x->pool_len = x->blk_off;
		x->blk_chars = x->blk_link = 0;
		return;
	}
	if (x->n_blocks >= HTML_MAX_BLOCKS ||
	    grow(x, (void **)&x->blocks, &x->cap_blocks, x->n_blocks + 1, sizeof(*b)) ||
	    grow(x, (void **)&x->paths, &x->cap_paths, x->n_paths + (size_t)x->n_cstack + 1,
		 sizeof(*x->paths))) {
		x->truncated = 1;
		x->pool_len = x->blk_off;
		x->blk_chars = x->blk_link = 0;
		return;
	}
	b = &x->blocks[x->n_blocks++];
	memset(b, 0, sizeof(*b));
	cf = x->n_cstack ? &x->stack[x->cframe[x->n_cstack - 1]] : NULL;
	b->off = (uint32_t)x->blk_off;
	b->len = (uint32_t)(x->pool_len - x->blk_off);
	b->chars = x->blk_chars;
	b->link_chars = x->blk_link < x->blk_chars ? x->blk_link : x->blk_chars;
	b->tag = cf ? cf->tag : T_OTHER;
	b->hint = cf ? cf->hint : 0;
	b->flags = cf ? cf->flags : 0;
	if (is_heading(b->tag))
		b->flags |= B_HEADING;
	b->path = (uint32_t)x->n_paths;
	b->path_len = (uint32_t)x->n_cstack;
	for (i = 0; i < x->n_cstack; i++)
		x->paths[x->n_paths++] = x->cstack[i];
	x->blk_off = x->pool_len;
	x->blk_chars = x->blk_link = 0;
}

static const char *date_key_pub[] = {
	"article:published_time", "og:published_time", "datepublished",
	"og:article:published_time", "article.published", "published_time",
	"article:published", NULL,
};
static const char *date_key_other[] = {
	"date", "pubdate", "publishdate", "publish-date", "publish_date",
	"dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
	"dcterms.created", "sailthru.date", "parsely-pub-date",
	"citation_publication_date", "article_date_original", "og:pubdate",
	"release_date", "displaydate", NULL,
};
static const char *author_keys[] = {
	"author", "article:author", "byl", "dc.creator", "parsely-author",
	"sailthru.author", "citation_author", "dcterms.creator", NULL,
};

static int key_in(const char *k, const char *const *list)
{
	for (; *list; list++)
		if (!strcasecmp(k, *list))
			return 1;
	return 0;
}

static void on_meta(struct hx *x, const char **atts)
{
	const char *content = attr(atts, "content");
	const char *key = attr(atts, "property");
	const char *he = attr(atts, "http-equiv");

	if (!content || !*content)
		return;
	if (he && !strcasecmp(he, "content-language")) {
		set_once(x, &x->content_lang, content);
		return;
	}
	if (!key)
		key = attr(atts, "name");
	if (!key)
		key = attr(atts, "itemprop");
	if (!key)
		return;
	if (!strcasecmp(key, "og:title"))
		set_once(x, &x->og_title, content);
	else if (!strcasecmp(key, "og:url"))
		set_once(x, &x->og_url, content);
	else if (key_in(key, date_key_pub))
		set_once(x, &x->dates[DS_PUB], content);
	else if (key_in(key, date_key_other))
		set_once(x, &x->dates[DS_OTHER], content);
	else if (key_in(key, author_keys)) {
		/* article:author is often a profile URL: no name there. */
		if (strstr(content, "://") || content[0] == '/')
			return;
		if (starts_nocase(content, "by "))
			content += 3;
		set_once(x, &x->author_meta, content);
	} else if (!strcasecmp(key, "language") || !strcasecmp(key, "content-language")) {
		set_once(x, &x->content_lang, content);
	}
}

/* rel is a space-separated list of link types. */
static int rel_has(const char *rel, const char *type)
{
	size_t n = strlen(type);

	while (rel && *rel) {
		const char *t;

		while (*rel == ' ' || *rel == '\t')
			rel++;
		t = rel;
		while (*rel && *rel != ' ' && *rel != '\t')
			rel++;
		if ((size_t)(rel - t) == n && !strncasecmp(t, type, n))
			return 1;
	}
	return 0;
}

/* ---- JSON-LD ---------------------------------------------------------- */

static const char *ld_name(json_t *v)
{
	size_t i;

	if (json_is_string(v))
		return json_string_value(v);
	if (json_is_object(v))
		return json_string_value(json_object_get(v, "name"));
	if (json_is_array(v))
		for (i = 0; i < json_array_size(v) && i < 8; i++) {
			const char *s = ld_name(json_array_get(v, i));

			if (s)
				return s;
		}
	return NULL;
}

static void ld_walk(struct hx *x, json_t *v, int depth)
{
	const char *k;
	json_t *e;
	size_t i;

	if (depth > 6)
		return;
	if (json_is_array(v)) {
		json_array_foreach(v, i, e)
			ld_walk(x, e, depth + 1);
		return;
	}
	if (!json_is_object(v))
		return;
	e = json_object_get(v, "datePublished");
	if (json_is_string(e))
		set_once(x, &x->dates[DS_LD], json_string_value(e));
	e = json_object_get(v, "author");
	if (e && (k = ld_name(e)))
		set_once(x, &x->ld_author, k);
	e = json_object_get(v, "headline");
	if (json_is_string(e))
		set_once(x, &x->ld_headline, json_string_value(e));
	json_object_foreach(v, k, e)
		if ((json_is_object(e) || json_is_array(e)) && strcmp(k, "author") &&
		    strcmp(k, "publisher"))
			ld_walk(x, e, depth + 1);
}

static void parse_jsonld(struct hx *x)
{
	json_error_t jerr;
	json_t *root;

	if (!x->jsonld_len)
		return;
	root = json_loadb(x->jsonld, x->jsonld_len, JSON_DECODE_ANY, &jerr);
	if (!root)
		return;
	ld_walk(x, root, 0);
	json_decref(root);
}

/* ---- SAX callbacks ---------------------------------------------------- */

static int style_hidden(const char *v)
{
	const char *p = strstr(v, "display");

	for (; p; p = strstr(p + 7, "display")) {
		const char *q = p + 7;

		while (*q == ' ' || *q == ':')
			q++;
		if (!strncmp(q, "none", 4))
			return 1;
	}
	return strstr(v, "visibility:hidden") || strstr(v, "visibility: hidden");
}

static int role_hint(const char *v)
{
	static const char *const furn[] = {
		"navigation", "banner", "contentinfo", "complementary", "menu",
		"menubar", "search", "dialog", "alert", "alertdialog", "toolbar",
	};
	size_t i;

	if (!strcasecmp(v, "main") || !strcasecmp(v, "article"))
		return 1;
	for (i = 0; i < sizeof(furn) / sizeof(furn[0]); i++)
		if (!strcasecmp(v, furn[i]))
			return -1;
	return 0;
}

static void on_start(void *ud, const xmlChar *xname, const xmlChar **xatts)
{
	struct hx *x = ud;
	const char **atts = (const char **)xatts;
	enum tag tag = tag_of((const char *)xname);
	unsigned props = tag_props[tag];
	const struct frame *parent = x->depth ? &x->stack[x->depth - 1] : NULL;
	struct frame f = { 0 };
	int own = 0, content = 0, furn = 0;
	size_t i;

	if (x->failed)
		return;
	if (tag == T_META) {
		on_meta(x, atts);
	} else if (tag == T_LINK) {
		const char *href = attr(atts, "href");

		if (href && rel_has(attr(atts, "rel"), "canonical"))
			set_once(x, &x->canonical, href);
	} else if (tag == T_HTML) {
		set_once(x, &x->lang_attr, attr(atts, "lang"));
	}
	if (x->depth >= HTML_MAX_DEPTH) {
		x->overflow++;
		if (props & P_BLOCK)
			flush_block(x);
		return;
	}
	f.tag = (uint8_t)tag;
	if (parent) {
		f.skip = parent->skip;
		f.hint = parent->hint;
		f.flags = parent->flags;
	}
	if (props & P_SKIP)
		f.skip = 1;
	if (props & P_FURN)
		furn = 1;
	if (props & P_CONTENT)
		content = 1;
	for (i = 0; atts && atts[i] && !f.skip; i += 2) {
		const char *n = atts[i], *v = atts[i + 1] ? atts[i + 1] : "";
		int h;

		switch (n[0]) {
		case 'a':
			if (!strcmp(n, "aria-hidden") && !strcmp(v, "true"))
				f.skip = 1;
			break;
		case 'c':
			if (strcmp(n, "class"))
				break;
			/* fall through */
		case 'i':
			if (n[0] == 'i' && strcmp(n, "id")) {
				if (!strcmp(n, "itemprop")) {
					if (!strcasecmp(v, "articleBody"))
						content = 2;
					else if (!strcasecmp(v, "datePublished")) {
						const char *d = attr(atts, "datetime");

						if (!d)
							d = attr(atts, "content");
						set_once(x, &x->dates[DS_PUB], d);
					}
				}
				break;
			}
			if (class_hidden(v))
				f.skip = 1;
			else if (props & P_HINTS) {
				h = class_hint(v);
				if (h < 0)
					furn = 1;
				else if (h > 0)
					content = content ? content : 1;
			}
			break;
		case 'h':
			if (!strcmp(n, "hidden"))
				f.skip = 1;
			break;
		case 'r':
			if (!strcmp(n, "role")) {
				h = role_hint(v);
				if (h < 0)
					furn = 1;
				else if (h > 0)
					content = content ? content : 1;
			}
			break;
		case 's':
			if (!strcmp(n, "style") && style_hidden(v))
				f.skip = 1;
			break;
		}
	}
	/* Furniture wins over content on one element ("comment-body"),
	 * except for an explicit itemprop=articleBody. */
	if (content == 2 || (content && !furn))
		own = 1;
	else if (furn)
		own = -1;
	if (own) {
		f.hint = (int8_t)own;
		f.flags |= own > 0 ? B_CONTENT : B_FURN;
	}
	switch (tag) {
	case T_TITLE:
		if (!x->title_state && !x->svg_depth)
			x->title_state = 1;
		break;
	case T_SVG:
		x->svg_depth++;
		break;
	case T_SCRIPT: {
		const char *type = attr(atts, "type");

		if (type && strstr(type, "ld+json")) {
			f.jsonld = 1;
			x->in_jsonld = 1;
			x->jsonld_len = 0;
		}
		break;
	}
	case T_TIME: {
		const char *d = attr(atts, "datetime");

		if (d && (attr(atts, "pubdate") ||
			  (attr(atts, "itemprop") && !strcasecmp(attr(atts, "itemprop"), "datePublished"))))
			set_once(x, &x->dates[DS_PUB], d);
		set_once(x, &x->dates[DS_TIME], d);
		break;
	}
	case T_A:
		x->link_depth++;
		if (rel_has(attr(atts, "rel"), "author") && !x->author_link && !f.skip) {
			f.author_link = 1;
			x->author_off = x->pool_len;
		}
		break;
	default:
		break;
	}
	if (props & P_BLOCK) {
		flush_block(x);
		if (grow(x, (void **)&x->cont_depth, &x->cap_cont, x->n_conts + 1,
			 sizeof(*x->cont_depth)))
			return;
		x->cont_depth[x->n_conts] = (uint16_t)x->n_cstack;
		x->cstack[x->n_cstack] = x->n_conts++;
		x->cframe[x->n_cstack++] = x->depth;
	}
	x->stack[x->depth++] = f;
}

static void on_end(void *ud, const xmlChar *xname)
{
	struct hx *x = ud;
	const struct frame *f;

	if (x->failed)
		return;
	if (x->overflow) {
		x->overflow--;
		if (tag_props[tag_of((const char *)xname)] & P_BLOCK)
			flush_block(x);
		return;
	}
	if (!x->depth)
		return;
	f = &x->stack[--x->depth];
	switch (f->tag) {
	case T_A:
		if (x->link_depth > 0)
			x->link_depth--;
		if (f->author_link && x->pool_len > x->author_off && !x->author_link)
			x->author_link = keep(x, x->pool + x->author_off,
					      x->pool_len - x->author_off);
		break;
	case T_TITLE:
		if (x->title_state == 1)
			x->title_state = 2;
		break;
	case T_SVG:
		if (x->svg_depth > 0)
			x->svg_depth--;
		break;
	case T_SCRIPT:
		if (f->jsonld) {
			parse_jsonld(x);
			x->in_jsonld = 0;
		}
		break;
	default:
		break;
	}
	if (tag_props[f->tag] & P_BLOCK) {
		flush_block(x);
		if (x->n_cstack > 0)
			x->n_cstack--;
	}
}

static void on_chars(void *ud, const xmlChar *ch, int len)
{
	struct hx *x = ud;

	if (len <= 0 || x->failed)
		return;
	if (x->title_state == 1) {
		size_t n = (size_t)len;

		if (n > sizeof(x->title) - x->title_len)
			n = sizeof(x->title) - x->title_len;
		memcpy(x->title + x->title_len, ch, n);
		x->title_len += n;
		return;
	}
	if (x->depth && x->stack[x->depth - 1].skip)
		return;
	text_add(x, ch, (size_t)len);
}

/* Script and style content: only JSON-LD is read. */
static void on_cdata(void *ud, const xmlChar *ch, int len)
{
	struct hx *x = ud;

	if (!x->in_jsonld || len <= 0 || x->failed)
		return;
	if (x->jsonld_len + (size_t)len > HTML_MAX_JSONLD)
		return;
	if (grow(x, (void **)&x->jsonld, &x->jsonld_cap, x->jsonld_len + (size_t)len + 1, 1))
		return;
	memcpy(x->jsonld + x->jsonld_len, ch, (size_t)len);
	x->jsonld_len += (size_t)len;
}

/* ---- classifying blocks ----------------------------------------------- */

enum { C_BAD, C_SHORT, C_NEAR, C_GOOD };

#define LEN_LOW 70              /* jusText's length_low, in characters */
#define LEN_HIGH 200            /* length_high */
#define STOP_LOW 0.30           /* stopwords_low */
#define STOP_HIGH 0.32          /* stopwords_high */
#define MAX_LINK 0.2            /* max_link_density */
#define MAX_HEADING_DISTANCE 200
#define ROOT_SHARE 0.6          /* of the good text, in the article's container */

/* Labels that are page furniture wherever they stand alone. */
static const char *const furniture_phrases[] = {
	"advertisement", "advertising", "ad", "sponsored", "sponsored content",
	"share", "share post", "share this", "share this article",
	"share this story", "share on facebook", "share on twitter",
	"share on x", "share via email", "popular", "most popular", "most read",
	"most viewed", "more like this", "related", "related articles",
	"related stories", "related posts", "related news", "related content",
	"related topics", "read more", "read next", "read also", "see also",
	"recommended", "recommended for you", "trending", "trending now",
	"you may also like", "you might also like", "more from", "more stories",
	"more news", "latest news", "latest", "top stories", "editor's picks",
	"comments", "comment", "leave a comment", "leave a reply",
	"show comments", "view comments", "subscribe", "subscribe now",
	"newsletter", "sign up", "sign in", "log in", "login", "register",
	"follow us", "tags", "topics", "continue reading", "skip to content",
	"skip to main content", "menu", "search", "print", "email", "e-mail",
	"twitter", "facebook", "whatsapp", "linkedin", "telegram", "reddit",
	"copy link", "back to top", "accept", "accept all", "reject all",
	"manage cookies", "cookie settings", "privacy policy", "terms of use",
	"terms of service", "contact us", "about us", "home", "news",
	"close", "next", "previous", "load more", "show more", "listen",
	"listen to this article", "watch", "photo", "video", "gallery",
	"loading", "loading...", "date", "updated", "published", "posted",
	"by", "source", "sources", "credit",
};

/* s[0, n), trimmed, without a final colon, lower-cased, with U+2019 as
 * an apostrophe, is one of furniture_phrases. */
static int is_furniture_phrase(const char *s, size_t n)
{
	char buf[40];
	size_t i, k = 0;

	s = trim(s, &n);
	while (n && (s[n - 1] == ':' || s[n - 1] == ' '))
		n--;
	if (!n || n >= sizeof(buf))
		return 0;
	for (i = 0; i < n && k < sizeof(buf) - 1; i++) {
		if (i + 2 < n && !memcmp(s + i, "\xE2\x80\x99", 3)) {
			buf[k++] = '\'';
			i += 2;
		} else {
			buf[k++] = (char)lower((unsigned char)s[i]);
		}
	}
	buf[k] = '\0';
	for (i = 0; i < sizeof(furniture_phrases) / sizeof(furniture_phrases[0]); i++)
		if (!strcmp(buf, furniture_phrases[i]))
			return 1;
	/* "© 2025 ...", "Copyright 2025 ...", "All rights reserved." */
	return starts_nocase(buf, "\xC2\xA9") || starts_nocase(buf, "copyright ") ||
	       strstr(buf, "all rights reserved") != NULL;
}

/* A teaser cut short: "... security in..." */
static int ends_cut(const char *s, size_t n)
{
	s = trim(s, &n);
	return (n >= 3 && !memcmp(s + n - 3, "...", 3)) ||
	       (n >= 3 && !memcmp(s + n - 3, "\xE2\x80\xA6", 3));
}

/* Ends as a sentence does (closing quotes and brackets allowed). */
static int ends_sentence(const char *s, size_t n)
{
	const unsigned char *p;

	s = trim(s, &n);
	p = (const unsigned char *)s;
	while (n) {
		unsigned c = p[n - 1];

		if (c == '"' || c == '\'' || c == ')') {
			n--;
		} else if (n >= 3 && p[n - 3] == 0xE2 && p[n - 2] == 0x80 &&
			   (p[n - 1] == 0x9D || p[n - 1] == 0x99)) {
			n -= 3;         /* closing curly quotes */
		} else {
			break;
		}
	}
	if (!n)
		return 0;
	if (p[n - 1] == '.' || p[n - 1] == '!' || p[n - 1] == '?')
		return 1;
	/* CJK full stops and the like. */
	return n >= 3 && p[n - 3] == 0xE3 && p[n - 2] == 0x80 && p[n - 1] == 0x82;
}

/* A date in s[0, n) that dyad_date_parse reads exactly, tried at each
 * word and over windows of up to seven words (OUT: *d).  Returns the
 * number of words outside the date, or -1 when there is none. */
static int find_date(const char *s, size_t n, struct dyad_date *d)
{
	size_t starts[24], ends[24];
	size_t i, j, w = 0, k = 0;

	while (k < n && w < 24) {
		while (k < n && (s[k] == ' ' || s[k] == '|'))
			k++;
		if (k == n)
			break;
		starts[w] = k;
		while (k < n && s[k] != ' ')
			k++;
		ends[w++] = k;
	}
	for (i = 0; i < w; i++) {
		unsigned c = (unsigned char)s[starts[i]];

		if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')))
			continue;
		for (j = i + 7 < w ? i + 7 : w; j > i; j--) {
			size_t e = ends[j - 1];

			/* "October 26, 2025," and "2025-10-26." */
			while (e > starts[i] && (s[e - 1] == ',' || s[e - 1] == '.' ||
						 s[e - 1] == '|'))
				e--;
			if (dyad_date_parse(s + starts[i], e - starts[i], d) == DYAD_OK &&
			    d->precision == DYAD_PREC_DAY)
				return (int)(w - (j - i));
		}
	}
	return -1;
}

/* Words and stop words, once per block that needs them. */
static void block_words(const char *pool, struct block *b)
{
	if (!b->words)
		b->words = count_words(pool + b->off, b->len, &b->stops);
}

/* A time or date stamp, a reading time, "2 hours ago": a few words with
 * a digit and no sentence in them. */
static int is_stamp(const char *s, size_t n, uint32_t chars)
{
	size_t i;

	if (chars >= 32 || word_count(s, n) > 4 || ends_sentence(s, n))
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return 1;
	return 0;
}

/* jusText's context-free class, with two changes for news: a block that
 * ends as a sentence is near-good even with few stop words (reports are
 * full of names), and blocks the markup calls article content get lower
 * thresholds.  When the page's language has no stop-word list (use_stops
 * 0), length and closing punctuation decide alone. */
static int class_free(const char *pool, struct block *b, int use_stops)
{
	const char *s = pool + b->off;
	double ld = b->chars ? (double)b->link_chars / b->chars : 0;
	double sd, stop_low = STOP_LOW, stop_high = STOP_HIGH;
	uint32_t len_high = LEN_HIGH, len_low = LEN_LOW;
	int content = b->hint > 0, punct;

	if (b->tag == T_H1 || b->hint < 0 || is_furniture_phrase(s, b->len) ||
	    ld > 0.5 || (ends_cut(s, b->len) && b->chars < 400) ||
	    (!(b->flags & B_HEADING) && is_stamp(s, b->len, b->chars))) {
		b->flags |= B_HARD;
		return C_BAD;
	}
	if (content) {
		stop_low -= 0.05;
		stop_high -= 0.05;
		len_high = 150;
		len_low = 50;
	}
	punct = ends_sentence(s, b->len);
	if (punct)
		b->flags |= B_PUNCT;
	if (b->chars < len_low) {
		if (b->link_chars && !content)
			return C_BAD;
		return C_SHORT;
	}
	if (ld > (content ? 0.35 : MAX_LINK))
		return C_BAD;
	if (!use_stops) {
		if (punct && b->chars >= len_high / 2)
			return C_GOOD;
		return punct || b->chars >= len_high ? C_NEAR : C_BAD;
	}
	block_words(pool, b);
	sd = b->words ? (double)b->stops / b->words : 0;
	if (sd >= stop_high && (b->chars > len_high || (punct && b->chars >= 100)))
		return C_GOOD;
	if (sd >= stop_low || punct)
		return C_NEAR;
	return C_BAD;
}

/* The class of the nearest block before (dir -1) or after (dir +1) i that
 * is neither short nor, when skip_near, near-good; C_BAD past the ends. */
static int neighbour(const struct block *bl, size_t n, size_t i, int dir, int skip_near)
{
	size_t j = i;

	for (;;) {
		if (dir < 0 ? j == 0 : j + 1 >= n)
			return C_BAD;
		j = dir < 0 ? j - 1 : j + 1;
		if (bl[j].cls == C_SHORT || (skip_near && bl[j].cls == C_NEAR))
			continue;
		return bl[j].cls;
	}
}

/* A heading followed by good text within MAX_HEADING_DISTANCE characters. */
static int heading_leads(const struct block *bl, size_t n, size_t i)
{
	size_t j, dist = 0;

	for (j = i + 1; j < n && dist <= MAX_HEADING_DISTANCE; j++) {
		if (bl[j].cls == C_GOOD)
			return 1;
		dist += bl[j].chars;
	}
	return 0;
}

/* jusText's context-sensitive pass over bl[0, n), whose cls holds the
 * context-free classes. */
static void smooth(struct block *bl, size_t n, uint8_t *tmp)
{
	size_t i;

	for (i = 0; i < n; i++)
		bl[i].cf_cls = bl[i].cls;
	for (i = 0; i < n; i++)
		if ((bl[i].flags & B_HEADING) && bl[i].cls == C_SHORT &&
		    heading_leads(bl, n, i))
			bl[i].cls = C_NEAR;
	for (i = 0; i < n; i++) {
		int prev, next;

		tmp[i] = bl[i].cls;
		if (bl[i].cls != C_SHORT)
			continue;
		prev = neighbour(bl, n, i, -1, 1);
		next = neighbour(bl, n, i, +1, 1);
		if (prev == C_GOOD && next == C_GOOD)
			tmp[i] = C_GOOD;
		else if (prev == C_BAD && next == C_BAD)
			tmp[i] = C_BAD;
		else if ((prev == C_BAD && neighbour(bl, n, i, -1, 0) == C_NEAR) ||
			 (next == C_BAD && neighbour(bl, n, i, +1, 0) == C_NEAR))
			tmp[i] = C_GOOD;
		else
			tmp[i] = C_BAD;
		/* A short last sentence of the article ("No one was hurt."):
		 * in the article's container, next to good text. */
		if (tmp[i] == C_BAD && (bl[i].in_root || bl[i].hint > 0) &&
		    (prev == C_GOOD || next == C_GOOD) && (bl[i].flags & B_PUNCT))
			tmp[i] = C_GOOD;
	}
	for (i = 0; i < n; i++)
		bl[i].cls = tmp[i];
	for (i = 0; i < n; i++) {
		if (bl[i].cls != C_NEAR)
			continue;
		if (neighbour(bl, n, i, -1, 1) == C_BAD && neighbour(bl, n, i, +1, 1) == C_BAD)
			bl[i].cls = C_BAD;
		else
			bl[i].cls = C_GOOD;
	}
	for (i = 0; i < n; i++)
		if ((bl[i].flags & B_HEADING) && bl[i].cls == C_BAD &&
		    bl[i].cf_cls != C_BAD && heading_leads(bl, n, i))
			bl[i].cls = C_GOOD;
}

/* Share of the stop words in the prose-like blocks: low for a language
 * without a stop-word list here (Korean, Chinese...). */
static int page_uses_stops(const char *pool, struct block *bl, size_t n)
{
	uint64_t words = 0, stops = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		struct block *b = &bl[i];

		if (b->chars < 40 || b->hint < 0 || b->link_chars * 2 > b->chars)
			continue;
		block_words(pool, b);
		words += b->words;
		stops += b->stops;
	}
	return words < 20 || stops * 100 >= words * 8;
}

/* The Readability step: the deepest container holding ROOT_SHARE of the
 * good text.  Good blocks outside it become near-good, and must earn
 * their place from their neighbours. */
static int find_root(struct hx *x)
{
	struct block *bl = x->blocks;
	uint64_t total = 0, *score;
	size_t i, j;
	long root = -1;
	int best_depth = -1;

	for (i = 0; i < x->n_blocks; i++)
		if (bl[i].cls == C_GOOD)
			total += bl[i].chars;
	if (!total || !x->n_conts)
		return 0;
	score = arena_zalloc(x->a, x->n_conts * sizeof(*score));
	if (!score)
		return DYAD_ENOMEM;
	for (i = 0; i < x->n_blocks; i++) {
		if (bl[i].cls != C_GOOD)
			continue;
		/* Its own container is not a candidate: the root holds
		 * blocks, it is not one. */
		for (j = 0; j + 1 < bl[i].path_len; j++)
			score[x->paths[bl[i].path + j]] += bl[i].chars;
	}
	for (i = 0; i < x->n_conts; i++)
		if (score[i] >= total * ROOT_SHARE && x->cont_depth[i] > best_depth) {
			best_depth = x->cont_depth[i];
			root = (long)i;
		}
	if (root < 0)
		return 0;
	for (i = 0; i < x->n_blocks; i++) {
		struct block *b = &bl[i];

		b->in_root = b->path_len > (uint32_t)best_depth &&
			     x->paths[b->path + (size_t)best_depth] == (uint32_t)root;
		if (!b->in_root && b->cls == C_GOOD)
			b->cls = C_NEAR;
		else if (b->in_root && b->cls == C_NEAR && b->hint >= 0 &&
			 ends_sentence(x->pool + b->off, b->len))
			b->cls = C_GOOD;
	}
	return 0;
}

/* ---- metadata --------------------------------------------------------- */

/* The title without a " | Site" suffix (or a "Site | " prefix). */
static const char *clean_title(struct arena *a, const char *t)
{
	static const char *const seps[] = {
		" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xAB ",
		" \xC2\xBB ", " \xC2\xB7 ", " // ",
	};
	size_t n = strlen(t), i;
	int again = 1;

	while (again) {
		size_t first = n, first_len = 0, last = 0, last_len = 0;
		int found = 0;

		again = 0;
		for (i = 0; i < sizeof(seps) / sizeof(seps[0]); i++) {
			size_t sl = strlen(seps[i]);
			const char *p = t, *q;

			while ((q = memmem(p, n - (size_t)(p - t), seps[i], sl))) {
				size_t at = (size_t)(q - t);

				found = 1;
				if (at < first) {
					first = at;
					first_len = sl;
				}
				if (at >= last) {
					last = at;
					last_len = sl;
				}
				p = q + 1;
			}
		}
		if (!found)
			break;
		if (word_count(t + last + last_len, n - last - last_len) <= 4 &&
		    word_count(t, last) >= 3) {
			n = last;
			again = 1;
		} else if (word_count(t, first) <= 3 &&
			   word_count(t + first + first_len, n - first - first_len) >= 4) {
			t += first + first_len;
			n -= first + first_len;
		}
	}
	return arena_strndup(a, t, n);
}

static const char *const month_day_words[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "jan", "feb",
	"mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "updated", "published", "posted", "on",
};

static int is_month_day_word(const char *s, size_t n)
{
	size_t i;

	while (n && (s[n - 1] == '.' || s[n - 1] == ','))
		n--;
	for (i = 0; i < sizeof(month_day_words) / sizeof(month_day_words[0]); i++)
		if (eq_nocase(s, n, month_day_words[i]))
			return 1;
	return 0;
}

/* "By Jane Smith, Reuters" -> "Jane Smith". */
static const char *byline_author(struct arena *a, const char *s, size_t n)
{
	size_t i, e;

	if (n < 5 || n > 120 || !(s[0] == 'B' || s[0] == 'b') ||
	    !(s[1] == 'y' || s[1] == 'Y') || s[2] != ' ')
		return NULL;
	s += 3;
	n -= 3;
	for (e = 0; e < n; e++) {
		unsigned c = (unsigned char)s[e];

		if (c == ',' || c == '|' || c == ';' || c == '(' || (c >= '0' && c <= '9') ||
		    (c == 0xC2 && e + 1 < n && (unsigned char)s[e + 1] == 0xB7) ||
		    (c == ' ' && e + 2 < n && (s[e + 1] == '-' || (unsigned char)s[e + 1] == 0xE2)))
			break;
	}
	/* Drop trailing month and day names ("Jane Smith October"). */
	for (;;) {
		while (e && s[e - 1] == ' ')
			e--;
		for (i = e; i > 0 && s[i - 1] != ' '; i--)
			;
		if (i == e || !is_month_day_word(s + i, e - i))
			break;
		e = i;
	}
	if (!e || !(s[0] >= 'A' && s[0] <= 'Z') || word_count(s, e) > 6)
		return NULL;
	return clean_dup(a, s, e);
}

/* The date a metadata value gives, when dyad_date_parse reads it (whole,
 * its leading YYYY-MM-DD, or a date inside it). */
static int meta_date(const char *v, struct dyad_date *d)
{
	size_t n = strlen(v);

	v = trim(v, &n);
	if (dyad_date_parse(v, n, d) == DYAD_OK && d->precision != DYAD_PREC_NONE)
		return 1;
	if (n >= 10 && v[4] == '-' && v[7] == '-' &&
	    dyad_date_parse(v, 10, d) == DYAD_OK)
		return 1;
	return n < 100 && find_date(v, n, d) >= 0;
}

/* ISO 639 code from a language tag: "en-US" -> "en". */
static const char *lang_code(struct arena *a, const char *tag)
{
	char buf[4];
	size_t i = 0;

	if (!tag)
		return NULL;
	while (*tag == ' ')
		tag++;
	for (; tag[i] && i < 4; i++) {
		int c = lower((unsigned char)tag[i]);

		if (c < 'a' || c > 'z')
			break;
		buf[i] = (char)c;
	}
	if ((i != 2 && i != 3) || (tag[i] && tag[i] != '-' && tag[i] != '_' && tag[i] != ' ' &&
				   tag[i] != ','))
		return NULL;
	return arena_strndup(a, buf, i);
}

/* The host of an absolute URL, lower-cased, without "www.". */
static const char *url_host(struct arena *a, const char *url)
{
	const char *p = url ? strstr(url, "://") : NULL, *e, *at;
	char *h;
	size_t i, n;

	if (!p)
		return NULL;
	p += 3;
	e = p + strcspn(p, "/?#");
	at = memchr(p, '@', (size_t)(e - p));
	if (at)
		p = at + 1;
	n = strcspn(p, ":/?#");
	if (n > (size_t)(e - p))
		n = (size_t)(e - p);
	if (n > 4 && eq_nocase(p, 4, "www."))
		p += 4, n -= 4;
	if (!n)
		return NULL;
	h = arena_strndup(a, p, n);
	if (h)
		for (i = 0; i < n; i++)
			h[i] = (char)lower((unsigned char)h[i]);
	return h;
}

static const char *resolve_url(struct arena *a, const char *href, const char *base)
{
	xmlChar *r;
	const char *out;

	if (!href || strstr(href, "://") || !base)
		return href;
	r = xmlBuildURI((const xmlChar *)href, (const xmlChar *)base);
	if (!r)
		return href;
	out = clean_dup(a, (const char *)r, strlen((const char *)r));
	xmlFree(r);
	return out ? out : href;
}

/* Replace ill-formed UTF-8 in s[0, n) by U+FFFD, in a copy when needed. */
static const char *utf8_repair(struct arena *a, const char *s, size_t n, size_t *out_len)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	size_t at;
	int multi;
	char *o, *d;

	at = utf8_clean_prefix(p, n, &multi);
	*out_len = n;
	if (at == n)
		return s;
	o = arena_alloc(a, n * 3 + 1);
	if (!o)
		return NULL;
	memcpy(o, s, at);
	d = o + at;
	for (p += at; p < e;) {
		size_t k = *p ? (*p < 0x80 ? 1 : reader_utf8_len(p, (size_t)(e - p))) : 0;

		if (k) {
			memcpy(d, p, k);
			d += k;
			p += k;
		} else {
			if (*p)
				memcpy(d, "\xEF\xBF\xBD", 3), d += 3;
			p++;
		}
	}
	*d = '\0';
	*out_len = (size_t)(d - o);
	return o;
}

/* ---- the extraction --------------------------------------------------- */

static int all_space(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!is_ws((unsigned char)s[i]))
			return 0;
	return 1;
}

/* The next stretch of doc from off to feed the parser (returned: its
 * length; OUT: *skip_to, where to go on after it).  The content of
 * <script> and <style> elements is cut out, since it is never text and
 * libxml2 reads it a character at a time: the stretch ends just after
 * the start tag and goes on at its "</script" or "</style".  JSON-LD
 * scripts stay, being read for metadata. */
static size_t next_raw_text(const char *doc, size_t len, size_t off, size_t *skip_to)
{
	const char *p = doc + off, *e = doc + len;

	while ((p = memchr(p, '<', (size_t)(e - p)))) {
		const char *name, *gt, *q;
		size_t nl;

		p++;
		if (e - p >= 7 && eq_nocase(p, 6, "script"))
			name = "</script", nl = 6;
		else if (e - p >= 6 && eq_nocase(p, 5, "style"))
			name = "</style", nl = 5;
		else
			continue;
		if (!is_ws((unsigned char)p[nl]) && p[nl] != '>')
			continue;
		gt = memchr(p, '>', (size_t)(e - p));
		if (!gt)
			break;
		if (gt[-1] == '/')      /* <script src=x /> */
			continue;
		if (nl == 6 && memmem(p, (size_t)(gt - p), "json", 4))
			continue;
		/* The end tag, any case. */
		for (q = gt + 1; (q = memchr(q, '<', (size_t)(e - q))); q++)
			if ((size_t)(e - q) > nl + 2 && q[1] == '/' &&
			    eq_nocase(q + 2, nl, name + 2))
				break;
		if (!q)
			break;
		if (q == gt + 1) {
			p = q;
			continue;
		}
		*skip_to = (size_t)(q - doc);
		return (size_t)(gt + 1 - doc) - off;
	}
	*skip_to = len;
	return len - off;
}

static int run_parser(struct hx *x, const char *doc, size_t len)
{
	htmlSAXHandler sax;
	htmlParserCtxtPtr ctxt;
	size_t off = 0;

	memset(&sax, 0, sizeof(sax));
	sax.startElement = on_start;
	sax.endElement = on_end;
	sax.characters = on_chars;
	sax.ignorableWhitespace = on_chars;
	sax.cdataBlock = on_cdata;
	ctxt = htmlCreatePushParserCtxt(&sax, x, NULL, 0, NULL, XML_CHAR_ENCODING_UTF8);
	if (!ctxt)
		return DYAD_ENOMEM;
	htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
				 HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
				 HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
	while (off < len && !x->failed) {
		size_t skip_to, n = next_raw_text(doc, len, off, &skip_to);

		while (n > 0 && !x->failed) {
			size_t k = n < HTML_CHUNK ? n : HTML_CHUNK;

			htmlParseChunk(ctxt, doc + off, (int)k, 0);
			off += k;
			n -= k;
		}
		off = skip_to;
	}
	htmlParseChunk(ctxt, NULL, 0, 1);
	htmlFreeParserCtxt(ctxt);
	flush_block(x);
	return x->failed;
}

/* Classify x's blocks; cls GOOD marks the body. */
static int classify_page(struct hx *x)
{
	struct block *bl = x->blocks;
	size_t i, n = x->n_blocks;
	uint8_t *tmp;
	int use_stops, rc;

	if (!n)
		return DYAD_OK;
	use_stops = page_uses_stops(x->pool, bl, n);
	for (i = 0; i < n; i++)
		bl[i].cls = (uint8_t)class_free(x->pool, &bl[i], use_stops);
	if ((rc = find_root(x)))
		return rc;
	tmp = arena_alloc(x->a, n);
	if (!tmp)
		return DYAD_ENOMEM;
	smooth(bl, n, tmp);
	/* No good block at all (a short page, a fragment): take the blocks
	 * that read as prose on their own. */
	for (i = 0; i < n && bl[i].cls != C_GOOD; i++)
		;
	if (i == n)
		for (i = 0; i < n; i++)
			if (bl[i].cf_cls >= C_SHORT && bl[i].hint >= 0 &&
			    (bl[i].flags & B_PUNCT) && bl[i].chars >= 20)
				bl[i].cls = C_GOOD;
	return DYAD_OK;
}

static void page_metadata(struct hx *x, const char *url, struct html_doc *out)
{
	struct arena *a = x->a;
	const char *h1 = NULL, *title = NULL;
	size_t i;
	int k;

	for (i = 0; i < x->n_blocks && !h1; i++)
		if (x->blocks[i].tag == T_H1)
			h1 = keep(x, x->pool + x->blocks[i].off, x->blocks[i].len);
	if (x->title_len)
		title = keep(x, x->title, x->title_len);
	if (x->og_title)
		out->title = x->og_title;
	else if (title && h1 && strstr(title, h1))
		out->title = h1;
	else if (title)
		out->title = clean_title(a, title);
	else if (x->ld_headline)
		out->title = x->ld_headline;
	else
		out->title = h1;

	for (k = 0; k < N_DS && !out->date.precision; k++)
		if (x->dates[k] && !meta_date(x->dates[k], &out->date))
			memset(&out->date, 0, sizeof(out->date));
	for (i = 0; i < x->n_blocks && i < DATE_SCAN_BLOCKS && !out->date.precision; i++) {
		const struct block *b = &x->blocks[i];
		int rest;

		if (b->chars > 100)
			continue;
		rest = find_date(x->pool + b->off, b->len, &out->date);
		if (rest < 0 || rest > 6)
			memset(&out->date, 0, sizeof(out->date));
	}

	out->author = x->author_meta ? x->author_meta :
		      x->ld_author ? x->ld_author : x->author_link;
	for (i = 0; i < x->n_blocks && i < 40 && !out->author; i++)
		if (x->blocks[i].chars < 120)
			out->author = byline_author(a, x->pool + x->blocks[i].off,
						    x->blocks[i].len);

	out->canonical_url = resolve_url(a, x->canonical ? x->canonical : x->og_url, url);
	out->site = url_host(a, out->canonical_url ? out->canonical_url : url);
	out->language = lang_code(a, x->lang_attr);
	if (!out->language)
		out->language = lang_code(a, x->content_lang);
}

int html_extract(const char *html, size_t len, const char *url, struct arena *a,
		 struct html_doc *out, dyad_error *err)
{
	struct hx *x;
	const char *doc;
	size_t doc_len, i, total = 0;
	char *text, *d;
	int rc;

	memset(out, 0, sizeof(*out));
	if (!html || !len || all_space(html, len < 65536 ? len : 65536) ||
	    (len <= 65536 && all_space(html, len)))
		return dyad_fail(err, DYAD_EINPUT, "empty document (%zu bytes of white space)", len);
	if (len > HTML_MAX_INPUT)
		len = HTML_MAX_INPUT;
	pthread_once(&stop_once, stop_init);
	x = arena_zalloc(a, sizeof(*x));
	if (!x)
		return dyad_fail(err, DYAD_ENOMEM, "out of memory for a %zu-byte page", len);
	x->a = a;
	rc = decode_page(html, len, a, &doc, &doc_len, &out->charset);
	if (!rc)
		rc = run_parser(x, doc, doc_len);
	if (!rc)
		rc = classify_page(x);
	if (rc)
		return dyad_fail(err, rc, "out of memory reading a %zu-byte page", len);
	page_metadata(x, url, out);
	if (x->failed)
		return dyad_fail(err, DYAD_ENOMEM, "out of memory reading a %zu-byte page", len);

	for (i = 0; i < x->n_blocks; i++) {
		const struct block *b = &x->blocks[i];

		if (b->cls == C_GOOD && b->tag != T_H1) {
			total += b->len + 2;
			out->n_body_blocks++;
		}
	}
	out->n_blocks = x->n_blocks;
	text = d = arena_alloc(a, total + 1);
	if (!text)
		return dyad_fail(err, DYAD_ENOMEM, "out of memory for %zu bytes of text", total);
	for (i = 0; i < x->n_blocks; i++) {
		const struct block *b = &x->blocks[i];

		if (b->cls != C_GOOD || b->tag == T_H1)
			continue;
		if (d > text) {
			*d++ = '\n';
			*d++ = '\n';
		}
		memcpy(d, x->pool + b->off, b->len);
		d += b->len;
	}
	*d = '\0';
	out->text = utf8_repair(a, text, (size_t)(d - text), &out->text_len);
	if (!out->text)
		return dyad_fail(err, DYAD_ENOMEM, "out of memory for %zu bytes of text", total);
	if (!out->language && out->text_len)
		out->language = lang_identify(out->text, out->text_len);
	return DYAD_OK;
}

/* ---- plain text captured from a page ---------------------------------- */

/* Every line of s[0, n) is a furniture phrase ("More like this\nRelated"). */
static int lines_all_phrases(const char *s, size_t n)
{
	const char *e = s + n;

	while (s < e) {
		const char *nl = memchr(s, '\n', (size_t)(e - s));
		size_t k = (size_t)((nl ? nl : e) - s);

		if (!is_furniture_phrase(s, k))
			return 0;
		s += k + (nl != NULL);
	}
	return 1;
}

/* A headline: a few words, no closing punctuation, no colon at the end. */
static int title_like(const char *s, size_t n, uint32_t chars)
{
	int w = word_count(s, n);

	return chars >= 10 && chars <= 150 && w >= 3 && w <= 20 &&
	       !ends_sentence(s, n) && s[n - 1] != ':' && !memchr(s, '\n', n);
}

int html_text_body(const char *text, size_t len, struct arena *a,
		   const char **out, size_t *out_len, struct dyad_date *date)
{
	struct block *bl = NULL;
	size_t n = 0, cap = 0, i, total = 0;
	const char *p = text, *e = text + len;
	long first_good = -1, last_good = -1, headline = -1;
	uint8_t *tmp;
	char *o, *d;
	int use_stops, dropped = 0;

	*out = text;
	*out_len = len;
	if (date)
		memset(date, 0, sizeof(*date));
	if (!text || !len)
		return DYAD_OK;
	pthread_once(&stop_once, stop_init);
	/* Paragraphs: runs of lines holding more than white space. */
	while (p < e) {
		const char *start = NULL, *end = NULL;
		struct block *b;
		size_t k;

		while (p < e) {
			const char *nl = memchr(p, '\n', (size_t)(e - p));
			const char *le = nl ? nl : e;
			size_t ln = (size_t)(le - p);
			const char *t = trim(p, &ln);

			p = nl ? nl + 1 : e;
			if (!ln) {
				if (start)
					break;
				continue;
			}
			if (!start)
				start = t;
			end = t + ln;
		}
		if (!start)
			break;
		if (n == cap && arena_grow(a, (void **)&bl, &cap, n + 1, sizeof(*bl)))
			return DYAD_ENOMEM;
		b = &bl[n++];
		memset(b, 0, sizeof(*b));
		b->off = (uint32_t)(start - text);
		b->len = (uint32_t)(end - start);
		for (k = 0; k < b->len; k++)
			b->chars += ((unsigned char)start[k] & 0xC0) != 0x80;
		b->tag = T_P;
		if (len > UINT32_MAX)
			return DYAD_OK;         /* offsets would not fit: leave it */
	}
	if (n < 2)
		return DYAD_OK;
	use_stops = page_uses_stops(text, bl, n);
	for (i = 0; i < n; i++) {
		struct block *b = &bl[i];
		const char *s = text + b->off;
		struct dyad_date dt;
		int rest, dated;

		b->cls = (uint8_t)class_free(text, b, use_stops);
		dated = b->chars < 80 && (rest = find_date(s, b->len, &dt)) >= 0 && rest <= 3;
		/* the first date line near the top dates the page, as
		 * html_extract() reads one */
		if (dated && date && !date->precision && i < DATE_SCAN_BLOCKS)
			*date = dt;
		if (b->flags & B_HARD)
			continue;
		if (lines_all_phrases(s, b->len) ||
		    (s[b->len - 1] == ':' && b->chars < 40 && word_count(s, b->len) <= 4) || dated) {
			b->flags |= B_HARD;
			b->cls = C_BAD;
		}
	}
	for (i = 0; i < n && bl[i].cls != C_GOOD; i++)
		if (headline < 0 && !(bl[i].flags & B_HARD) &&
		    title_like(text + bl[i].off, bl[i].len, bl[i].chars))
			headline = (long)i;
	tmp = arena_alloc(a, n);
	if (!tmp)
		return DYAD_ENOMEM;
	smooth(bl, n, tmp);
	for (i = 0; i < n; i++)
		if (bl[i].cls == C_GOOD) {
			if (first_good < 0)
				first_good = (long)i;
			last_good = (long)i;
		}
	if (first_good < 0)
		return DYAD_OK;
	/* Keep the run of body paragraphs with what lies inside it, the
	 * headline, and anything outside it that reads as a sentence; drop
	 * furniture everywhere. */
	for (i = 0; i < n; i++) {
		struct block *b = &bl[i];
		int in_run = (long)i >= first_good && (long)i <= last_good;

		b->in_root = (long)i == headline ||
			     (!(b->flags & B_HARD) &&
			      (in_run || ends_sentence(text + b->off, b->len)));
		if (b->in_root)
			total += b->len + 2;
		else
			dropped = 1;
	}
	if (!dropped)
		return DYAD_OK;
	o = d = arena_alloc(a, total + 1);
	if (!o)
		return DYAD_ENOMEM;
	for (i = 0; i < n; i++) {
		if (!bl[i].in_root)
			continue;
		if (d > o) {
			*d++ = '\n';
			*d++ = '\n';
		}
		memcpy(d, text + bl[i].off, bl[i].len);
		d += bl[i].len;
	}
	*d = '\0';
	*out = o;
	*out_len = (size_t)(d - o);
	return DYAD_OK;
}

/* ---- evaluation ------------------------------------------------------- */

struct word {
	const char *s;
	uint32_t len;
};

/* Word bytes: letters and digits of any script; ASCII punctuation, white
 * space and the common Unicode punctuation (U+2000-U+206F, NBSP, CJK
 * marks) separate words. */
static size_t word_sep_len(const unsigned char *p, const unsigned char *e)
{
	if (*p < 0x80)
		return !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
			 (*p >= '0' && *p <= '9'));
	if (e - p >= 2 && p[0] == 0xC2 && (p[1] == 0xA0 || p[1] == 0xAB ||
					   p[1] == 0xBB || p[1] == 0xB7))
		return 2;
	if (e - p >= 3 && ((p[0] == 0xE2 && p[1] == 0x80) ||
			   (p[0] == 0xE3 && p[1] == 0x80)))
		return 3;
	return 0;
}

static int split_words(struct arena *a, const char *s, size_t n,
		       struct word **out, size_t *n_out)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	struct word *w = NULL;
	size_t cap = 0, k = 0;
	char *low = arena_alloc(a, n + 1);

	if (!low)
		return DYAD_ENOMEM;
	while (p < e) {
		const unsigned char *b;
		size_t sep;

		while (p < e && (sep = word_sep_len(p, e)))
			p += sep;
		if (p == e)
			break;
		b = p;
		while (p < e && !word_sep_len(p, e))
			p++;
		if (k == cap && arena_grow(a, (void **)&w, &cap, k + 1, sizeof(*w)))
			return DYAD_ENOMEM;
		{
			char *lw = low + (b - (const unsigned char *)s);
			size_t i;

			for (i = 0; i < (size_t)(p - b); i++)
				lw[i] = (char)lower(b[i]);
			w[k].s = lw;
			w[k].len = (uint32_t)(p - b);
		}
		k++;
	}
	*out = w;
	*n_out = k;
	return DYAD_OK;
}

static int word_cmp(const void *pa, const void *pb)
{
	const struct word *x = pa, *y = pb;
	int c = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);

	if (c)
		return c;
	return x->len < y->len ? -1 : x->len > y->len;
}

int html_word_overlap(const char *gold, size_t gold_len, const char *got,
		      size_t got_len, struct arena *a, struct html_overlap *out)
{
	struct word *g, *t;
	size_t ng, nt, i = 0, j = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	if ((rc = split_words(a, gold, gold_len, &g, &ng)) ||
	    (rc = split_words(a, got, got_len, &t, &nt)))
		return rc;
	if (ng)
		qsort(g, ng, sizeof(*g), word_cmp);
	if (nt)
		qsort(t, nt, sizeof(*t), word_cmp);
	while (i < ng && j < nt) {
		int c = word_cmp(&g[i], &t[j]);

		if (c == 0) {
			out->common++;
			i++;
			j++;
		} else if (c < 0) {
			i++;
		} else {
			j++;
		}
	}
	out->gold = ng;
	out->got = nt;
	return DYAD_OK;
}

void html_overlap_score(const struct html_overlap *o, double *precision,
			double *recall, double *f1)
{
	/* Nothing expected and nothing found is a perfect answer. */
	*precision = o->got ? (double)o->common / o->got : (o->gold ? 0 : 1);
	*recall = o->gold ? (double)o->common / o->gold : (o->got ? 0 : 1);
	*f1 = *precision + *recall > 0 ?
	      2 * *precision * *recall / (*precision + *recall) : 0;
}
