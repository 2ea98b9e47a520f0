/*
 * test_feed.c - the RSS/Atom reader (reader_feed.c) on the sample feeds in
 * tests/feeds/: every field of every item, read at every buffer seam; the
 * formats it sniffs; broken feeds; RFC 822 dates; hosts.
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "dyad.h"
#include "html.h"
#include "reader.h"
#include "reader_check.h"

static void check_rss2(const struct read_items *it)
{
	const struct read_item *a = &it->v[0], *b = &it->v[1], *c = &it->v[2], *d = &it->v[3];

	assert_int_equal(it->n, 4);
	assert_int_equal(it->n_rejected, 0);
	/* content:encoded, not the description, is the text. */
	assert_str(a->id, "pw-2025-10-21-0001");
	assert_str(a->url, "https://www.peninsula-wire.example/world/2025/10/nk-missiles");
	assert_str(a->title, "North Korea fires two missiles as allies begin drills");
	assert_str(a->author, "Kim Min-jung");
	assert_string_equal(a->date, "2025-10-21");
	assert_non_null(strstr(a->text, "fired two short-range ballistic missiles"));
	assert_non_null(strstr(a->text, "violated United Nations resolutions."));
	assert_null(strstr(a->text, "<p>"));
	assert_str(a->site, "peninsula-wire.example");
	assert_str(a->language, "en");
	assert_int_equal(a->line, 16);
	/* No guid: the link is the id; a plain-text description is the text
	 * as it is; a two-digit year; the RSS author. */
	assert_str(b->id, "https://www.peninsula-wire.example/world/2025/10/drills");
	assert_string_equal(b->date, "2025-10-20");
	assert_str(b->author, "desk@peninsula-wire.example (Defence desk)");
	assert_true(strncmp(b->text, "South Korea and the United States began", 39) == 0);
	assert_str(b->language, "en");
	/* Escaped HTML in a description; dc:date; French. */
	assert_str(c->id, "https://www.peninsula-wire.example/fr/retenue");
	assert_null(c->url);
	assert_string_equal(c->date, "2025-10-21");
	assert_true(strncmp(c->text, "Le ministère français", 22) == 0);
	assert_null(strstr(c->text, "<p>"));
	assert_str(c->language, "fr");
	/* A headline alone: FILE:N id, empty text, the channel's language. */
	assert_true(strstr(d->id, "rss2-content.rss:4") != NULL);
	assert_string_equal(d->text, "");
	assert_str(d->title, "Headline only");
	assert_str(d->language, "en");
	assert_string_equal(d->date, "");
}

static void test_rss2(void **state)
{
	static const size_t blocks[] = { 0, 1, 2, 3, 7, 64, 100, 333 };
	struct read_items it;
	size_t i;

	for (i = 0; i < sizeof(blocks) / sizeof(blocks[0]); i++) {
		reader_check_file(&reader_feed, "tests/feeds/rss2-content.rss", blocks[i], 0, &it);
		check_rss2(&it);
		read_items_free(&it);
	}
}

static void test_atom(void **state)
{
	struct read_items it;
	const struct read_item *a, *b, *c;

	reader_check_file(&reader_feed, "tests/feeds/atom.atom", 5, 0, &it);
	assert_int_equal(it.n, 3);
	assert_int_equal(it.n_rejected, 0);
	a = &it.v[0];
	b = &it.v[1];
	c = &it.v[2];
	assert_str(a->id, "tag:gazette.example,2025:geneva-talks");
	assert_str(a->url, "https://gazette.example/diplomacy/geneva-talks");
	assert_str(a->title, "Ministers meet in Geneva &amp; agree on talks");
	assert_str(a->author, "Ana Ruiz");
	assert_string_equal(a->date, "2025-10-22");     /* published, not updated */
	assert_non_null(strstr(a->text, "Armenia and Azerbaijan met in Geneva"));
	assert_non_null(strstr(a->text, "exchange prisoners"));
	assert_null(strstr(a->text, "&lt;"));
	assert_null(strstr(a->text, "<p>"));
	assert_str(a->site, "gazette.example");        /* port dropped, lower case */
	assert_str(a->language, "en");
	/* xhtml content; a link without rel; updated as the date. */
	assert_str(b->url, "https://gazette.example/diplomacy/envoy-expelled");
	assert_str(b->author, "Tom Berg");
	assert_string_equal(b->date, "2025-10-21");
	assert_non_null(strstr(b->text, "Lithuania expelled a Russian diplomat"));
	/* (html_extract() may judge the short last paragraph furniture.) */
	assert_null(strstr(b->text, "<div"));
	/* type="text": the text as written, markup and all. */
	assert_null(c->url);
	assert_null(c->author);
	assert_str(c->id, "tag:gazette.example,2025:plain");
	assert_string_equal(c->date, "2025-10-20");
	assert_non_null(strstr(c->text, "<b> stays as written"));
	read_items_free(&it);
}

static void test_rdf(void **state)
{
	struct read_items it;

	reader_check_file(&reader_feed, "tests/feeds/rss1.xml", 11, 0, &it);
	assert_int_equal(it.n, 2);
	assert_str(it.v[0].id, "https://northern-courier.example/2025/10/finland-border");
	assert_str(it.v[0].title, "Finland keeps its eastern border closed");
	assert_str(it.v[0].author, "Aino Virtanen");
	assert_string_equal(it.v[0].date, "2025-10-23");
	assert_str(it.v[0].site, "northern-courier.example");
	assert_true(strncmp(it.v[0].text, "The Finnish government said", 27) == 0);
	assert_string_equal(it.v[1].date, "2025-10-24");
	assert_str(it.v[1].language, "en");
	read_items_free(&it);
}

/* The items before the fault are read; then one error with the line. */
static void test_broken(void **state)
{
	struct read_items it;

	reader_check_file(&reader_feed, "tests/feeds/broken.rss", 0, 0, &it);
	assert_int_equal(it.n, 2);
	assert_str(it.v[0].id, "broken-1");
	assert_str(it.v[1].id, "broken-2");
	assert_int_equal(it.n_rejected, 1);
	assert_non_null(strstr(it.last_err, "tests/feeds/broken.rss:20: malformed feed"));
	assert_non_null(strstr(it.last_err, "description"));
	read_items_free(&it);
}

static void test_not_a_feed(void **state)
{
	static const char sitemap[] =
		"<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
		"<url><loc>https://a.example/</loc></url></urlset>\n";
	static const char empty[] = "   \n";
	static const char truncated[] = "<rss version=\"2.0\"><channel><item><title>Cut";
	struct read_items it;

	reader_check_mem(&reader_feed, "map.xml", sitemap, strlen(sitemap), 0, 0, &it);
	assert_int_equal(it.n, 0);
	assert_int_equal(it.n_rejected, 1);
	assert_non_null(strstr(it.last_err, "map.xml:2: not an RSS, RDF or Atom feed"));
	assert_non_null(strstr(it.last_err, "<urlset>"));

	reader_check_mem(&reader_feed, "e.rss", empty, strlen(empty), 0, 0, &it);
	assert_int_equal(it.n, 0);
	assert_int_equal(it.n_rejected, 1);

	reader_check_mem(&reader_feed, "t.rss", truncated, strlen(truncated), 3, 0, &it);
	assert_int_equal(it.n, 0);
	assert_int_equal(it.n_rejected, 1);
	assert_non_null(strstr(it.last_err, "t.rss:1: malformed feed"));
}

/* No external entity is loaded; internal ones expand, within bounds: a
 * billion laughs is refused, not expanded. */
static void test_entities(void **state)
{
	static const char ext[] =
		"<?xml version=\"1.0\"?>\n"
		"<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">"
		"<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;\">]>\n"
		"<rss version=\"2.0\"><channel><item><guid>g</guid>"
		"<description>before &x; &b; after</description></item></channel></rss>\n";
	char laughs[4096];
	struct read_items it;
	int i, n;

	reader_check_mem(&reader_feed, "ext.rss", ext, strlen(ext), 0, 0, &it);
	assert_int_equal(it.n, 1);
	assert_null(strstr(it.v[0].text, "root:"));
	assert_non_null(strstr(it.v[0].text, "before"));
	assert_non_null(strstr(it.v[0].text, "after"));
	read_items_free(&it);

	n = snprintf(laughs, sizeof(laughs), "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
		     "<!ENTITY l0 \"lol\">\n");
	for (i = 1; i < 12; i++)
		n += snprintf(laughs + n, sizeof(laughs) - (size_t)n,
			      "<!ENTITY l%d \"&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;\">\n",
			      i, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1);
	snprintf(laughs + n, sizeof(laughs) - (size_t)n,
		 "]>\n<rss><channel><item><description>&l11;</description></item></channel></rss>\n");
	reader_check_mem(&reader_feed, "laughs.rss", laughs, strlen(laughs), 0, 0, &it);
	assert_int_equal(it.n, 0);
	assert_int_equal(it.n_rejected, 1);
	assert_non_null(strstr(it.last_err, "laughs.rss:"));
}

/* Regression: libxml2 passes "&amp;" in an attribute as "&#38;", which
 * came out as such in Atom links. */
static void test_attribute_ampersand(void **state)
{
	static const char feed[] =
		"<feed xmlns=\"http://www.w3.org/2005/Atom\">"
		"<link href=\"https://www.a.example/?x=1&amp;y=2\"/><entry><id>e1</id>"
		"<link href=\"https://a.example/s?id=5&amp;lang=en&#38;z=&lt;\"/>"
		"<title>T &amp; U</title></entry></feed>";
	struct read_items it;

	reader_check_mem(&reader_feed, "amp.atom", feed, strlen(feed), 0, 0, &it);
	assert_int_equal(it.n, 1);
	assert_str(it.v[0].url, "https://a.example/s?id=5&lang=en&z=<");
	assert_str(it.v[0].title, "T & U");
	assert_str(it.v[0].site, "a.example");
	read_items_free(&it);
}

static void test_sniff(void **state)
{
	static const struct { const char *head; int mine; } cases[] = {
		{ "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", 1 },
		{ "<rss>", 1 },
		{ "<?xml version=\"1.0\"?><!-- a comment --><?xml-stylesheet href=\"a.xsl\"?>\n"
		  "<feed xmlns=\"http://www.w3.org/2005/Atom\">", 1 },
		{ "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
		  "xmlns=\"http://purl.org/rss/1.0/\">", 1 },
		{ "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\">\n<rss version=\"0.91\">", 1 },
		{ "<feed>no namespace</feed>", 0 },
		{ "<rssfeed>", 0 },
		{ "<!DOCTYPE html><html><body>", 0 },
		{ "{\"text\": \"<rss>\"}", 0 },
		{ "North Korea fired <rss>", 0 },
		{ "<?xml version=\"1.0\"?><urlset>", 0 },
		{ "<!-- never closed", 0 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int score = reader_feed.sniff("x", cases[i].head, strlen(cases[i].head));

		if ((score > 50) != cases[i].mine) {
			print_error("sniff(%s) = %d\n", cases[i].head, score);
			fail();
		}
	}
}

/* Through the input stage: extensions and sniffing pick the reader. */
static void test_input_picks_feed(void **state)
{
	const char *paths[] = { "tests/feeds/atom.atom", "tests/feeds/rss1.xml" };
	dyad_input *in;
	dyad_error err;
	struct dyad_article art;
	int n = 0, rc;

	assert_int_equal(dyad_input_open(&in, paths, 2, 0, &err), DYAD_OK);
	while ((rc = dyad_input_next(in, &art, &err)) == 1) {
		assert_non_null(art.origin);
		n++;
	}
	assert_int_equal(rc, 0);
	assert_int_equal(n, 5);
	dyad_input_free(in);
}

static void test_url_host(void **state)
{
	struct arena a;

	arena_init(&a, 0);
	assert_str(reader_url_host("https://www.Example.COM/a/b?c", 29, &a), "example.com");
	assert_str(reader_url_host("https://www2.example.com/", 25, &a), "www2.example.com");
	assert_str(reader_url_host("http://user:pw@host.example:8080", 32, &a), "host.example");
	assert_str(reader_url_host("http://[::1]:80/x", 17, &a), "[::1]");
	assert_str(reader_url_host("https://a.example", 17, &a), "a.example");
	assert_str(reader_url_host("https://a.example#frag", 22, &a), "a.example");
	assert_null(reader_url_host("/relative/path", 14, &a));
	assert_null(reader_url_host("https:///nohost", 15, &a));
	assert_null(reader_url_host(NULL, 0, &a));
	arena_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rss2),
		cmocka_unit_test(test_atom),
		cmocka_unit_test(test_rdf),
		cmocka_unit_test(test_broken),
		cmocka_unit_test(test_not_a_feed),
		cmocka_unit_test(test_entities),
		cmocka_unit_test(test_attribute_ampersand),
		cmocka_unit_test(test_sniff),
		cmocka_unit_test(test_input_picks_feed),
		cmocka_unit_test(test_url_host),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
