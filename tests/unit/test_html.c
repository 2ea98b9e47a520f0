/*
 * test_html.c - html_extract() and html_text_body(): the metadata a page
 * carries, every encoding path, furniture removal in captured text, pages
 * with no body, deep nesting, truncated and hostile documents, the HTML
 * reader's sniffing, and the word-overlap measure the test set uses.
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "dyad.h"
#include "html.h"
#include "reader.h"

static struct arena A;

static int setup(void **state)
{
	arena_init(&A, 0);
	return 0;
}

static int teardown(void **state)
{
	arena_free(&A);
	return 0;
}

static void extract(const char *html, size_t len, struct html_doc *doc)
{
	dyad_error err = { 0, "" };
	size_t bad;
	int is_nul;

	arena_reset(&A);
	assert_int_equal(html_extract(html, len, NULL, &A, doc, &err), DYAD_OK);
	assert_non_null(doc->text);
	assert_int_equal(strlen(doc->text), doc->text_len);
	assert_int_equal(reader_check_utf8(doc->text, doc->text_len, &bad, &is_nul), 0);
}

static void extract_s(const char *html, struct html_doc *doc)
{
	extract(html, strlen(html), doc);
}

static void date_is(struct dyad_date d, const char *want)
{
	char buf[11];

	dyad_date_format(d, buf);
	assert_string_equal(buf, want);
}

#define PARA1 "South Korea hosted talks with Japan on Sunday, the foreign ministry said in a statement, as the two neighbours sought to ease tensions over trade and history."
#define PARA2 "The meeting in Seoul was the first between the two foreign ministers since the spring, and officials said they had agreed to meet again before the end of the year."
#define BODY "<p>" PARA1 "</p><p>" PARA2 "</p>"

/* ---- metadata ---------------------------------------------------------- */

static void test_meta_tags(void **state)
{
	struct html_doc d;

	extract_s("<!DOCTYPE html><html lang=\"en-GB\"><head><title>Talks in Seoul | Daily Example</title>"
		  "<meta property=\"og:title\" content=\"Seoul hosts talks\">"
		  "<meta property=\"article:published_time\" content=\"2025-10-26T09:30:00+09:00\">"
		  "<meta name=\"author\" content=\"Jane Doe\">"
		  "<link rel=\"canonical\" href=\"https://www.Example.com:8080/news/a?x=1\"></head>"
		  "<body><nav><a href=/>Home</a></nav><article><h1>Seoul hosts talks</h1>" BODY
		  "</article></body></html>", &d);
	assert_string_equal(d.title, "Seoul hosts talks");
	date_is(d.date, "2025-10-26");
	assert_string_equal(d.author, "Jane Doe");
	assert_string_equal(d.canonical_url, "https://www.Example.com:8080/news/a?x=1");
	assert_string_equal(d.site, "example.com");
	assert_string_equal(d.language, "en");
	assert_string_equal(d.charset, "utf-8");
	assert_string_equal(d.text, PARA1 "\n\n" PARA2);
	assert_int_equal(d.n_body_blocks, 2);
}

static void test_title_suffix_and_h1(void **state)
{
	struct html_doc d;

	extract_s("<title>North Korean minister to visit Moscow - The Example Times</title>"
		  "<p>" PARA1 "</p>", &d);
	assert_string_equal(d.title, "North Korean minister to visit Moscow");
	extract_s("<title>World | Seoul hosts talks with Japan on trade</title><p>" PARA1 "</p>", &d);
	assert_string_equal(d.title, "Seoul hosts talks with Japan on trade");
	/* The h1 when it is in the <title>; the h1 when there is no title. */
	extract_s("<title>Seoul hosts talks :: News :: Example</title><h1>Seoul hosts talks</h1>"
		  "<p>" PARA1 "</p>", &d);
	assert_string_equal(d.title, "Seoul hosts talks");
	extract_s("<h1>Only a heading</h1><p>" PARA1 "</p>", &d);
	assert_string_equal(d.title, "Only a heading");
	/* The headline is the title, not body text. */
	assert_null(strstr(d.text, "Only a heading"));
}

static void test_jsonld(void **state)
{
	struct html_doc d;

	extract_s("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
		  "{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"headline\":\"From JSON-LD\","
		  "\"datePublished\":\"2025-06-25T08:00:00Z\",\"author\":[{\"@type\":\"Person\","
		  "\"name\":\"Pieter de Vries\"}]}]}</script><p>" PARA1 "</p>", &d);
	date_is(d.date, "2025-06-25");
	assert_string_equal(d.author, "Pieter de Vries");
	assert_string_equal(d.title, "From JSON-LD");
	/* Broken JSON-LD is ignored. */
	extract_s("<script type=\"application/ld+json\">{\"datePublished\": </script><p>" PARA1 "</p>", &d);
	assert_int_equal(d.date.precision, DYAD_PREC_NONE);
}

static void test_dates(void **state)
{
	struct html_doc d;

	extract_s("<time datetime=\"2025-05-16T10:00\">May 16</time><p>" PARA1 "</p>", &d);
	date_is(d.date, "2025-05-16");
	extract_s("<meta name=\"DC.date\" content=\"2025-03-11\"><p>" PARA1 "</p>", &d);
	date_is(d.date, "2025-03-11");
	extract_s("<span itemprop=\"datePublished\" content=\"2025-08-15\"></span><p>" PARA1 "</p>", &d);
	date_is(d.date, "2025-08-15");
	/* A date line near the top, in any of dyad_date_parse's forms. */
	extract_s("<div class=meta>Published Sunday, October 26, 2025</div><p>" PARA1 "</p>", &d);
	date_is(d.date, "2025-10-26");
	extract_s("<div>Updated 12 Sep 2025 | 10:32 GMT</div><p>" PARA1 "</p>", &d);
	date_is(d.date, "2025-09-12");
	/* A meta date wins over a date in the text. */
	extract_s("<meta property=\"article:published_time\" content=\"2025-01-02\">"
		  "<p>October 26, 2025</p><p>" PARA1 "</p>", &d);
	date_is(d.date, "2025-01-02");
	/* An impossible date is no date. */
	extract_s("<meta property=\"article:published_time\" content=\"2025-02-30\"><p>" PARA1 "</p>", &d);
	assert_int_equal(d.date.precision, DYAD_PREC_NONE);
}

static void test_authors(void **state)
{
	struct html_doc d;

	extract_s("<p class=x>By <a rel=\"author\" href=\"/a/1\">Min-ji Park</a></p><p>" PARA1 "</p>", &d);
	assert_string_equal(d.author, "Min-ji Park");
	extract_s("<div>By Tom Berg, Reuters</div><p>" PARA1 "</p>", &d);
	assert_string_equal(d.author, "Tom Berg");
	extract_s("<div>By Ana Ruiz October 22, 2025</div><p>" PARA1 "</p>", &d);
	assert_string_equal(d.author, "Ana Ruiz");
	/* article:author is often a profile URL, which names no one. */
	extract_s("<meta property=\"article:author\" content=\"https://facebook.com/x\"><p>" PARA1 "</p>", &d);
	assert_null(d.author);
}

static void test_canonical_relative(void **state)
{
	struct html_doc d;
	dyad_error err;
	const char *html = "<link rel=\"canonical\" href=\"/world/2025/talks\"><p>" PARA1 "</p>";

	arena_reset(&A);
	assert_int_equal(html_extract(html, strlen(html), "https://news.example.org/x/y.html", &A,
				      &d, &err), DYAD_OK);
	assert_string_equal(d.canonical_url, "https://news.example.org/world/2025/talks");
	assert_string_equal(d.site, "news.example.org");
	extract_s("<meta property=\"og:url\" content=\"https://www.og.example/a\"><p>" PARA1 "</p>", &d);
	assert_string_equal(d.canonical_url, "https://www.og.example/a");
	assert_string_equal(d.site, "og.example");
}

static void test_language(void **state)
{
	struct html_doc d;

	extract_s("<html lang=\"ko-KR\"><p>" PARA1 "</p></html>", &d);
	assert_string_equal(d.language, "ko");
	extract_s("<meta http-equiv=\"Content-Language\" content=\"ru\"><p>" PARA1 "</p>", &d);
	assert_string_equal(d.language, "ru");
	/* No declaration: the identifier reads the body. */
	extract_s("<p>" PARA1 " " PARA2 "</p>", &d);
	assert_non_null(d.language);
	assert_string_equal(d.language, "en");
	extract_s("<html lang=\"x-klingon\"><p>" PARA1 " " PARA2 "</p></html>", &d);
	assert_string_equal(d.language, "en");
}

/* ---- encodings --------------------------------------------------------- */

static void test_encoding_declared_1252(void **state)
{
	struct html_doc d;
	static const char page[] =
		"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
		"<p>The minister\x92s visit \x96 the first since 2019 \x96 was called \x93" "constructive\x94 by officials in the capital, caf\xe9 owners said.</p>";

	extract_s(page, &d);
	assert_string_equal(d.charset, "windows-1252");
	assert_non_null(strstr(d.text, "minister\xE2\x80\x99s visit \xE2\x80\x93 the first"));
	assert_non_null(strstr(d.text, "\xE2\x80\x9C" "constructive\xE2\x80\x9D"));
	assert_non_null(strstr(d.text, "caf\xC3\xA9"));
}

static void test_encoding_latin1_is_1252(void **state)
{
	struct html_doc d;

	extract_s("<meta charset=\"ISO-8859-1\"><p>El cardenal fue elegido papa el jueves y salud\xf3 "
		  "desde el balc\xf3n de la bas\xedlica a decenas de miles de fieles.</p>", &d);
	assert_string_equal(d.charset, "windows-1252");
	assert_non_null(strstr(d.text, "salud\xC3\xB3"));
}

static void test_encoding_wrong_declarations(void **state)
{
	struct html_doc d;

	/* Declared UTF-8, written in Windows-1252: each bad byte falls back. */
	extract_s("<meta charset=\"utf-8\"><p>Allies agreed \x96 after long talks \x96 to spend more on "
		  "defence, and the alliance\x92s chief welcomed it, caf\xe9 \xe2\x82\xac ok.</p>", &d);
	assert_string_equal(d.charset, "windows-1252");
	assert_non_null(strstr(d.text, "agreed \xE2\x80\x93 after"));
	assert_non_null(strstr(d.text, "\xE2\x82\xAC ok"));     /* real UTF-8 kept */
	/* Declared Latin-1, written in UTF-8. */
	extract_s("<meta charset=\"iso-8859-1\"><p>Bucharest mayor Nicu\xC8\x99or Dan won the runoff on "
		  "Sunday, defeating George Simion, according to official results.</p>", &d);
	assert_string_equal(d.charset, "utf-8");
	assert_non_null(strstr(d.text, "Nicu\xC8\x99or"));
	/* No declaration and invalid UTF-8. */
	extract_s("<p>Stray \xff and \xc3 bytes in a page that claims nothing about itself at all, "
		  "which happens more often than one would hope.</p>", &d);
	assert_non_null(strstr(d.text, "Stray \xC3\xBF and \xC3\x83 bytes"));
}

static void test_encoding_bom_and_utf16(void **state)
{
	struct html_doc d;
	static const char le[] = "\xff\xfe<\0p\0>\0H\0i\0 \0\x14\x20 \0t\0h\0e\0r\0e\0.\0<\0/\0p\0>\0";
	static const char be[] = "\xfe\xff\0<\0p\0>\0H\0i\0.\0<\0/\0p\0>";

	extract_s("\xEF\xBB\xBF<meta charset=\"windows-1252\"><p>Caf\xC3\xA9 is UTF-8 after a BOM, "
		  "whatever the page declares about itself in its head.</p>", &d);
	assert_non_null(strstr(d.text, "Caf\xC3\xA9 is"));
	assert_string_equal(d.charset, "utf-8");
	arena_reset(&A);
	extract(le, sizeof(le) - 1, &d);
	assert_string_equal(d.charset, "utf-16le");
	extract(be, sizeof(be) - 1, &d);
	assert_string_equal(d.charset, "utf-16be");
}

static void test_encoding_iconv(void **state)
{
	struct html_doc d;

	/* "Москва" in Windows-1251 and "가나" in EUC-KR. */
	extract_s("<meta charset=\"windows-1251\"><p>\xcc\xee\xf1\xea\xe2\xe0.</p>", &d);
	assert_string_equal(d.charset, "windows-1251");
	extract_s("<meta charset=\"windows-1251\"><title>\xcc\xee\xf1\xea\xe2\xe0</title>", &d);
	assert_string_equal(d.title, "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
	extract_s("<meta charset=\"euc-kr\"><title>\xb0\xa1\xb3\xaa</title>", &d);
	assert_string_equal(d.title, "\xEA\xB0\x80\xEB\x82\x98");
	/* An encoding nobody knows: read as UTF-8 with the fallback. */
	extract_s("<meta charset=\"x-no-such-charset\"><title>caf\xe9</title>", &d);
	assert_string_equal(d.title, "caf\xC3\xA9");
}

static void test_nul_and_controls(void **state)
{
	struct html_doc d;
	static const char page[] = "<p>Nul\0here and a \x01 control, &#0; &#x110000; &#128; "
				   "and &nbsp;spaces&#160;too, in a sentence long enough.</p>";

	extract(page, sizeof(page) - 1, &d);
	assert_null(memchr(d.text, 1, d.text_len));
	assert_non_null(strstr(d.text, "Nul here"));
}

/* ---- pages with no body, furniture, structure --------------------------- */

static void test_no_article(void **state)
{
	struct html_doc d;
	dyad_error err = { 0, "" };

	extract_s("<nav><ul><li><a href=/a>World</a></li><li><a href=/b>Politics</a></li></ul></nav>"
		  "<div class=card><a href=/x><h3>A headline about something</h3></a>"
		  "<p>A teaser that stops in the middle of its...</p></div>"
		  "<footer>Copyright 2025 Example. All rights reserved.</footer>", &d);
	assert_int_equal(d.text_len, 0);
	assert_string_equal(d.text, "");
	assert_int_equal(d.n_body_blocks, 0);
	arena_reset(&A);
	assert_int_equal(html_extract("", 0, NULL, &A, &d, &err), DYAD_EINPUT);
	assert_int_equal(html_extract(" \n\t ", 4, NULL, &A, &d, &err), DYAD_EINPUT);
	assert_non_null(strstr(err.msg, "empty"));
	/* Markup without text is a page with no article, not an error. */
	extract_s("<html><head></head><body><div></div></body></html>", &d);
	assert_int_equal(d.text_len, 0);
}

static void test_furniture_markup(void **state)
{
	struct html_doc d;

	extract_s("<div id=\"cookie-consent\"><p>We use cookies and similar technologies to improve your "
		  "experience, to analyse traffic and to show you personalised content.</p></div>"
		  "<article>" BODY "<div class=\"ad-slot\">Advertisement</div>"
		  "<p>Relations have improved since last year, when the two resumed regular summits.</p>"
		  "<figure><img src=x><figcaption>The ministers before their meeting in Seoul on Sunday, "
		  "in a photograph released by the ministry.</figcaption></figure></article>"
		  "<section class=\"comments\"><p>I have been following this story for weeks and I still "
		  "think the government should have acted much sooner than it did.</p></section>"
		  "<script>var x = '<p>not text</p>';</script><style>p{}</style>"
		  "<noscript><p>Enable JavaScript to see this site, which works best with it.</p></noscript>"
		  "<div style=\"display:none\"><p>A hidden paragraph that nobody ever sees on the page.</p></div>", &d);
	assert_non_null(strstr(d.text, PARA1));
	assert_non_null(strstr(d.text, "resumed regular summits."));
	assert_null(strstr(d.text, "cookies"));
	assert_null(strstr(d.text, "Advertisement"));
	assert_null(strstr(d.text, "photograph"));
	assert_null(strstr(d.text, "following this story"));
	assert_null(strstr(d.text, "not text"));
	assert_null(strstr(d.text, "JavaScript"));
	assert_null(strstr(d.text, "hidden"));
}

static void test_blocks_and_spaces(void **state)
{
	struct html_doc d;

	/* Inline markup joins, blocks and <br> split, white space collapses. */
	extract_s("<article><p>South  Korea <b>hosted</b>\n\ttalks with <a href=x>Japan</a> on Sunday, "
		  "the foreign ministry said, as the two sought to ease ten<i>sions</i>.</p>"
		  "<div>The meeting was the first between the two ministers since spring, officials "
		  "said on Sunday.<br>They agreed to meet again before the end of the year, the "
		  "ministry said in its statement.</div></article>", &d);
	assert_non_null(strstr(d.text, "South Korea hosted talks with Japan on Sunday"));
	assert_non_null(strstr(d.text, "ease tensions."));
	assert_non_null(strstr(d.text, "since spring, officials said on Sunday.\n\nThey agreed"));
}

static void test_deep_nesting(void **state)
{
	struct html_doc d;
	size_t n = 10000, i, len;
	char *page, *p;
	clock_t t0 = clock();

	page = malloc(n * 11 + sizeof(BODY) + 16);
	assert_non_null(page);
	for (p = page, i = 0; i < n; i++, p += 5)
		memcpy(p, "<div>", 5);
	memcpy(p, BODY, sizeof(BODY) - 1);
	p += sizeof(BODY) - 1;
	for (i = 0; i < n; i++, p += 6)
		memcpy(p, "</div>", 6);
	len = (size_t)(p - page);
	extract(page, len, &d);
	assert_non_null(strstr(d.text, PARA1));
	assert_non_null(strstr(d.text, PARA2));
	/* And never closed. */
	extract(page, n * 5 + sizeof(BODY) - 1, &d);
	assert_non_null(strstr(d.text, PARA2));
	free(page);
	assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 20);
}

/* Every prefix of a real page (cut anywhere, even inside a multi-byte
 * character or a tag) gives a clean result. */
static void test_truncated(void **state)
{
	struct html_doc d;
	size_t len, cut;
	char *page = unit_slurp("tests/html/windows-1252.html", &len);
	char *page2;
	size_t len2;

	for (cut = 1; cut < len; cut += 97)
		extract(page, cut, &d);
	free(page);
	page2 = unit_slurp("tests/html/korean.html", &len2);
	for (cut = 1; cut < len2; cut += 89)
		extract(page2, cut, &d);
	extract(page2, len2, &d);
	assert_string_equal(d.language, "ko");
	assert_true(d.text_len > 200);
	free(page2);
}

static void test_test_pages(void **state)
{
	struct html_doc d;
	size_t len;
	char *page = unit_slurp("tests/html/huge-2mb.html", &len);

	assert_true(len > 2000000);
	extract(page, len, &d);
	assert_non_null(strstr(d.text, "Hamas released the last 20 living"));
	date_is(d.date, "2025-10-13");
	free(page);
	page = unit_slurp("tests/html/russian-cp1251.html", &len);
	extract(page, len, &d);
	assert_string_equal(d.charset, "windows-1251");
	assert_non_null(strstr(d.text, "\xD0\x90\xD0\xBD\xD0\xBA\xD0\xBE\xD1\x80\xD0\xB8\xD0\xB4\xD0\xB6\xD0\xB5"));   /* Анкоридже */
	assert_string_equal(d.language, "ru");
	free(page);
}

/* ---- text captured from a page ---------------------------------------- */

static void test_text_sample(void **state)
{
	const char *out;
	size_t len, out_len;
	struct dyad_date date;
	char *text = unit_slurp(SHARED_DIR "/samples/nk-diplomacy-2025-10-26.txt", &len);

	arena_reset(&A);
	assert_int_equal(html_text_body(text, len, &A, &out, &out_len, &date), DYAD_OK);
	/* the date line it drops dates the article */
	assert_int_equal(date.ymd, 20251026);
	assert_int_equal(date.precision, DYAD_PREC_DAY);
	assert_true(out != text);
	assert_true(strncmp(out, "North Korea Diplomacy Focus Shifts to Russia\n\n", 46) == 0);
	assert_null(memmem(out, out_len, "Sunday, October 26, 2025", 24));
	assert_null(memmem(out, out_len, "Date:", 5));
	assert_null(memmem(out, out_len, "Share post", 10));
	assert_null(memmem(out, out_len, "Popular", 7));
	assert_null(memmem(out, out_len, "Related", 7));
	assert_null(memmem(out, out_len, "Summit Security", 15));
	assert_null(memmem(out, out_len, "...", 3));
	assert_null(memmem(out, out_len, "Maritime Militia", 16));
	assert_non_null(memmem(out, out_len, "Overall, North Korea diplomacy highlights", 41));
	free(text);
}

static void test_text_kept(void **state)
{
	const char *out;
	size_t out_len;
	struct dyad_date date;
	static const char one[] = "Russia attacked Ukraine.\n";
	static const char plain[] = "Seoul hosts talks\n\n" PARA1 "\n\n" PARA2 "\n\nNo one was hurt.\n";
	static const char wrapped[] = PARA1 "\n" PARA2 "\n\n" PARA2 "\n";

	arena_reset(&A);
	/* Nothing to drop: the text itself comes back. */
	assert_int_equal(html_text_body(one, sizeof(one) - 1, &A, &out, &out_len, NULL), DYAD_OK);
	assert_ptr_equal(out, one);
	assert_int_equal(html_text_body(plain, sizeof(plain) - 1, &A, &out, &out_len, &date), DYAD_OK);
	assert_ptr_equal(out, plain);
	assert_int_equal(date.precision, DYAD_PREC_NONE);
	assert_int_equal(out_len, sizeof(plain) - 1);
	assert_int_equal(html_text_body(wrapped, sizeof(wrapped) - 1, &A, &out, &out_len, NULL), DYAD_OK);
	assert_ptr_equal(out, wrapped);
	assert_int_equal(html_text_body("", 0, &A, &out, &out_len, NULL), DYAD_OK);
	assert_int_equal(out_len, 0);
}

static void test_text_furniture(void **state)
{
	const char *out;
	size_t out_len;
	struct dyad_date date;
	static const char t[] = "Advertisement\n\n" PARA1 "\n\nShare this article\n\n" PARA2
				"\n\nRead more:\n\nSome other story headline here\n\n"
				"A teaser snippet that is cut off in the...\n";

	arena_reset(&A);
	assert_int_equal(html_text_body(t, sizeof(t) - 1, &A, &out, &out_len, &date), DYAD_OK);
	assert_int_equal(out_len, strlen(PARA1 "\n\n" PARA2));
	assert_int_equal(date.precision, DYAD_PREC_NONE);
	assert_memory_equal(out, PARA1 "\n\n" PARA2, out_len);
}

/* ---- the reader and the measure --------------------------------------- */

static void test_reader_sniff(void **state)
{
	static const char page[] = "\n<!-- generated -->\n<!doctype HTML><html><head><title>T</title>"
				   "<link rel=canonical href=\"https://www.site.example/a\"></head><body>"
				   BODY "</body></html>";
	char dir[] = "/tmp/dyad-html-XXXXXX", path[64];
	const char *paths[1];
	dyad_input *in;
	struct dyad_article art;
	dyad_error err;
	FILE *fp;

	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/page", dir);       /* no extension */
	fp = fopen(path, "wb");
	assert_non_null(fp);
	fwrite(page, 1, sizeof(page) - 1, fp);
	fclose(fp);
	paths[0] = path;
	assert_int_equal(dyad_input_open(&in, paths, 1, 0, &err), DYAD_OK);
	assert_int_equal(dyad_input_next(in, &art, &err), 1);
	assert_string_equal(art.id, path);
	assert_string_equal(art.url, "https://www.site.example/a");
	assert_string_equal(art.site, "site.example");
	assert_string_equal(art.title, "T");
	assert_true(art.text_len == strlen(PARA1 "\n\n" PARA2));
	assert_int_equal(dyad_input_next(in, &art, &err), 0);
	dyad_input_free(in);
	remove(path);
	remove(dir);
}

static void test_word_overlap(void **state)
{
	struct html_overlap o;
	double p, r, f;

	arena_reset(&A);
	assert_int_equal(html_word_overlap("The cat, the HAT.", 17, "the the the dog", 15, &A, &o), 0);
	assert_int_equal(o.gold, 4);
	assert_int_equal(o.got, 4);
	assert_int_equal(o.common, 2);
	html_overlap_score(&o, &p, &r, &f);
	assert_true(p == 0.5 && r == 0.5 && f == 0.5);
	/* Curly quotes and dashes separate words; other scripts are words. */
	{
		static const char g[] = "\xE2\x80\x9CMoscow\xE2\x80\x9D\xE2\x80\x94"
					"\xD0\x9C\xD0\xB8\xD1\x80";
		static const char t[] = "moscow \xD0\x9C\xD0\xB8\xD1\x80";

		assert_int_equal(html_word_overlap(g, sizeof(g) - 1, t, sizeof(t) - 1, &A, &o), 0);
	}
	assert_int_equal(o.common, 2);
	assert_int_equal(o.gold, 2);
	assert_int_equal(html_word_overlap("", 0, "", 0, &A, &o), 0);
	html_overlap_score(&o, &p, &r, &f);
	assert_true(f == 1.0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_meta_tags),
		cmocka_unit_test(test_title_suffix_and_h1),
		cmocka_unit_test(test_jsonld),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_authors),
		cmocka_unit_test(test_canonical_relative),
		cmocka_unit_test(test_language),
		cmocka_unit_test(test_encoding_declared_1252),
		cmocka_unit_test(test_encoding_latin1_is_1252),
		cmocka_unit_test(test_encoding_wrong_declarations),
		cmocka_unit_test(test_encoding_bom_and_utf16),
		cmocka_unit_test(test_encoding_iconv),
		cmocka_unit_test(test_nul_and_controls),
		cmocka_unit_test(test_no_article),
		cmocka_unit_test(test_furniture_markup),
		cmocka_unit_test(test_blocks_and_spaces),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_test_pages),
		cmocka_unit_test(test_text_sample),
		cmocka_unit_test(test_text_kept),
		cmocka_unit_test(test_text_furniture),
		cmocka_unit_test(test_reader_sniff),
		cmocka_unit_test(test_word_overlap),
	};

	return cmocka_run_group_tests_name("html", tests, setup, teardown);
}
