/*
 * test_warc.c - the WARC reader (reader_warc.c) on the archives that
 * tests/warc/make_warc.py builds: which records become articles and with
 * what fields, plain and gzip per record, at every buffer seam; and each
 * kind of damage: truncation, a wrong Content-Length, a record over the
 * cap, junk, a gzip file that is not a WARC.
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "arena.h"
#include "dyad.h"
#include "reader.h"
#include "reader_check.h"

#define UUID(n) "urn:uuid:00000000-0000-4000-8000-0000000000" n

/* The five pages of the sample, whatever the packaging. */
static void check_sample(const struct read_items *it)
{
	const struct read_item *en = &it->v[0], *ko = &it->v[1], *ru = &it->v[2],
			  *lv = &it->v[3], *res = &it->v[4];

	assert_int_equal(it->n_rejected, 0);
	assert_int_equal(it->n, 5);
	/* The page's own date beats WARC-Date; the site drops "www.". */
	assert_str(en->id, UUID("03"));
	assert_str(en->url, "https://www.harbour-gazette.example/asia/japan-korea-summit");
	assert_str(en->title, "Leaders of Japan and South Korea agree to resume shuttle diplomacy");
	assert_string_equal(en->date, "2025-10-18");
	assert_str(en->language, "en");
	assert_str(en->site, "harbour-gazette.example");
	assert_non_null(strstr(en->text, "agreed on Saturday to resume regular visits"));
	assert_null(strstr(en->text, "Most read"));
	assert_null(strstr(en->text, "All rights reserved"));
	/* Chunked and gzip-encoded payload; no page date: WARC-Date. */
	assert_str(ko->id, UUID("07"));
	assert_string_equal(ko->date, "2025-10-19");
	assert_str(ko->language, "ko");
	assert_non_null(strstr(ko->text, "셔틀외교를 재개하기로 합의했다고"));
	/* KOI8-R named only by the HTTP header. */
	assert_str(ru->id, UUID("08"));
	assert_str(ru->title, "Лавров встретился с послом Китая");
	assert_str(ru->language, "ru");
	assert_string_equal(ru->date, "2025-10-21");
	/* Windows-1252 named only by the HTTP header (quoted, lower case). */
	assert_str(lv->id, UUID("09"));
	assert_non_null(strstr(lv->text, "caf\xc3\xa9 district"));
	assert_non_null(strstr(lv->text, "Lebanon\xe2\x80\x99s prime minister"));
	/* A resource record holding a page. */
	assert_str(res->id, UUID("11"));
	assert_str(res->url, "file:///archive/kenya-tanzania.html");
	assert_string_equal(res->date, "2025-10-27");
	assert_null(res->site);
}

static void test_plain(void **state)
{
	static const size_t blocks[] = { 0, 1, 2, 13, 100, 4096 };
	struct read_items it;
	size_t i;

	for (i = 0; i < sizeof(blocks) / sizeof(blocks[0]); i++) {
		reader_check_file(&reader_warc, "tests/warc/sample.warc", blocks[i], 0, &it);
		check_sample(&it);
		read_items_free(&it);
	}
}

static void test_gzip_per_record(void **state)
{
	static const size_t blocks[] = { 0, 1, 3, 64, 1000 };
	struct read_items it;
	size_t i;

	for (i = 0; i < sizeof(blocks) / sizeof(blocks[0]); i++) {
		reader_check_file(&reader_warc, "tests/warc/sample.warc.gz", blocks[i], 0, &it);
		check_sample(&it);
		read_items_free(&it);
	}
}

/* One gzip stream over the whole file reads the same. */
static void test_gzip_whole_file(void **state)
{
	size_t len, zlen;
	char *data = unit_slurp("tests/warc/sample.warc", &len);
	unsigned char *z = malloc(len + 1024);
	z_stream zs;
	struct read_items it;

	assert_non_null(z);
	memset(&zs, 0, sizeof(zs));
	assert_int_equal(deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
	zs.next_in = (Bytef *)data;
	zs.avail_in = (uInt)len;
	zs.next_out = z;
	zs.avail_out = (uInt)(len + 1024);
	assert_int_equal(deflate(&zs, Z_FINISH), Z_STREAM_END);
	zlen = zs.total_out;
	deflateEnd(&zs);
	reader_check_mem(&reader_warc, "whole.warc.gz", (const char *)z, zlen, 77, 0, &it);
	check_sample(&it);
	read_items_free(&it);
	free(z);
	free(data);
}

/* Cut inside the fifth gzip member: the pages before it are read, then
 * one error naming the member's offset. */
static void test_truncated(void **state)
{
	struct read_items it;

	reader_check_file(&reader_warc, "tests/warc/truncated.warc.gz", 0, 0, &it);
	assert_int_equal(it.n, 1);
	assert_str(it.v[0].id, UUID("03"));
	assert_int_equal(it.n_rejected, 1);
	assert_non_null(strstr(it.errs[0], "tests/warc/truncated.warc.gz: gzip member at byte "));
	assert_non_null(strstr(it.errs[0], "is truncated"));
	read_items_free(&it);

	/* A plain file cut inside a record's block. */
	{
		size_t len;
		char *data = unit_slurp("tests/warc/sample.warc", &len);
		const char *third = strstr(data, "WARC-Type: response");

		assert_non_null(third);
		reader_check_mem(&reader_warc, "cut.warc", data, (size_t)(third - data) + 900, 0, 0,
				 &it);
		assert_int_equal(it.n, 0);
		assert_int_equal(it.n_rejected, 1);
		assert_non_null(strstr(it.errs[0], "cut.warc: record at byte "));
		assert_non_null(strstr(it.errs[0], "truncated"));
		free(data);
	}
}

/* A Content-Length 40 bytes short: that page is read short, then the 42
 * bytes left over are reported with their offset, and the rest is read. */
static void test_bad_length(void **state)
{
	struct read_items it;

	reader_check_file(&reader_warc, "tests/warc/badlength.warc", 0, 0, &it);
	assert_int_equal(it.n, 5);
	assert_int_equal(it.n_rejected, 1);
	assert_non_null(strstr(it.errs[0], "tests/warc/badlength.warc: byte "));
	assert_non_null(strstr(it.errs[0], "not a WARC record"));
	assert_str(it.v[1].id, UUID("07"));
	read_items_free(&it);
}

static void test_not_warc(void **state)
{
	static const char text[] = "Just a text file\nwith lines\n";
	struct read_items it;

	reader_check_file(&reader_warc, "tests/warc/notwarc.gz", 0, 0, &it);
	assert_int_equal(it.n, 0);
	assert_int_equal(it.n_rejected, 1);
	assert_non_null(strstr(it.errs[0], "not a WARC file"));
	reader_check_mem(&reader_warc, "t.warc", text, strlen(text), 0, 0, &it);
	assert_int_equal(it.n, 0);
	assert_int_equal(it.n_rejected, 1);
	reader_check_mem(&reader_warc, "e.warc", "", 0, 0, 0, &it);
	assert_int_equal(it.n, 0);
	assert_int_equal(it.n_rejected, 0);
}

/* A page over max_record streams past with an error; the rest is read. */
static void test_record_cap(void **state)
{
	struct read_items it;

	reader_check_file(&reader_warc, "tests/warc/sample.warc.gz", 7, 1500, &it);
	/* The English page (1.8 KB with its HTTP header) is over the cap. */
	assert_int_equal(it.n_rejected, 1);
	assert_non_null(strstr(it.errs[0], "over the 1500-byte cap; skipped"));
	assert_int_equal(it.n, 4);
	assert_str(it.v[0].id, UUID("07"));
	read_items_free(&it);
}

/* Damage in the header fields. */
static void test_bad_headers(void **state)
{
	char big[40000];
	struct read_items it;
	int n;

	/* No Content-Length, then a good record. */
	n = snprintf(big, sizeof(big),
		     "WARC/1.0\r\nWARC-Type: response\r\n\r\n"
		     "WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\n"
		     "WARC-Record-ID: <urn:x:1>\r\nContent-Length: 0\r\n\r\n\r\n\r\n");
	reader_check_mem(&reader_warc, "h.warc", big, (size_t)n, 0, 0, &it);
	assert_int_equal(it.n, 0);
	assert_int_equal(it.n_rejected, 1);
	assert_non_null(strstr(it.errs[0], "h.warc: record at byte 0: no valid Content-Length"));

	/* A header line of 30000 bytes. */
	n = snprintf(big, sizeof(big), "WARC/1.1\r\nX-Long: ");
	memset(big + n, 'x', 30000);
	n += 30000;
	n += snprintf(big + n, sizeof(big) - (size_t)n, "\r\nContent-Length: 0\r\n\r\n\r\n\r\n");
	reader_check_mem(&reader_warc, "l.warc", big, (size_t)n, 0, 0, &it);
	assert_int_equal(it.n, 0);
	assert_true(it.n_rejected >= 1);
	assert_non_null(strstr(it.errs[0], "l.warc: record at byte 0: a header line over"));

	/* A huge Content-Length on a record that is not a page: skipping it
	 * meets the end of the file. */
	n = snprintf(big, sizeof(big), "WARC/1.1\r\nWARC-Type: metadata\r\n"
		     "Content-Length: 999999999999\r\n\r\nabc");
	reader_check_mem(&reader_warc, "m.warc", big, (size_t)n, 0, 0, &it);
	assert_int_equal(it.n_rejected, 1);
	assert_non_null(strstr(it.errs[0], "truncated: 3 of its 999999999999 bytes"));

	/* An HTTP block that is not an HTTP response. */
	n = snprintf(big, sizeof(big), "WARC/1.1\r\nWARC-Type: response\r\n"
		     "Content-Type: application/http\r\nContent-Length: 14\r\n\r\nGARBAGE BLOCK!\r\n\r\n");
	reader_check_mem(&reader_warc, "g.warc", big, (size_t)n, 0, 0, &it);
	assert_int_equal(it.n_rejected, 1);
	assert_non_null(strstr(it.errs[0], "not an HTTP response"));
}

/* Regression: a record id that is not UTF-8 made an article id that
 * JSON cannot hold. */
static void test_id_not_utf8(void **state)
{
	static const char page[] =
		"<html><body><article><p>The presidents of Kenya and Tanzania signed an agreement "
		"on Monday to open three new border crossings, their offices said.</p><p>The deal "
		"follows months of talks between the two governments after a trade dispute.</p>"
		"</article></body></html>";
	char rec[2048];
	struct read_items it;
	int n;

	n = snprintf(rec, sizeof(rec), "WARC/1.1\r\nWARC-Type: resource\r\n"
		     "WARC-Record-ID: <urn:\xff\x01x>\r\nWARC-Target-URI: http://a.example/\xc3(\r\n"
		     "Content-Type: text/html\r\nContent-Length: %zu\r\n\r\n%s\r\n\r\n",
		     strlen(page), page);
	reader_check_mem(&reader_warc, "u.warc", rec, (size_t)n, 0, 0, &it);
	assert_int_equal(it.n_rejected, 0);
	assert_int_equal(it.n, 1);
	assert_str(it.v[0].id, "urn:??x");
	assert_str(it.v[0].url, "http://a.example/?(");
	read_items_free(&it);
}

static void test_sniff(void **state)
{
	size_t len, other_len;
	char *gz = unit_slurp("tests/warc/sample.warc.gz", &len);
	char *other = unit_slurp("tests/warc/notwarc.gz", &other_len);

	assert_int_equal(reader_warc.sniff("x", "WARC/1.1\r\n", 10), 100);
	assert_int_equal(reader_warc.sniff("x", "WARC/1.0\r\n", 10), 100);
	assert_int_equal(reader_warc.sniff("x", gz, 4096 < len ? 4096 : len), 100);
	assert_int_equal(reader_warc.sniff("x", gz, 30), 0);    /* too little to tell */
	assert_int_equal(reader_warc.sniff("x", other, other_len), 0);
	assert_int_equal(reader_warc.sniff("x", "WARC/0.9", 8), 0);
	assert_int_equal(reader_warc.sniff("x", "<html>", 6), 0);
	free(gz);
	free(other);
}

/* Through the input stage: .warc and .warc.gz are read as archives. */
static void test_input(void **state)
{
	const char *paths[] = { "tests/warc/sample.warc", "tests/warc/sample.warc.gz" };
	dyad_input *in;
	dyad_error err;
	struct dyad_article art;
	int n = 0, rc;

	assert_int_equal(dyad_input_open(&in, paths, 2, 0, &err), DYAD_OK);
	while ((rc = dyad_input_next(in, &art, &err)) == 1) {
		assert_true(strncmp(art.id, "urn:uuid:", 9) == 0);
		n++;
	}
	assert_int_equal(rc, 0);
	assert_int_equal(n, 10);
	dyad_input_free(in);
}

/* Pages not in English are extracted, with their language, but the coder
 * skips them; the English ones are coded. */
static int count_event(const struct dyad_event *ev, void *ctx)
{
	(void)ev;
	(*(int *)ctx)++;
	return 0;
}

static void test_non_english_not_coded(void **state)
{
	static const char dict[] =
		"actor Japan = JPN\nactor South Korea | South Korean = KOR\n"
		"actor Russia = RUS\nactor China = CHN\nactor Kenya = KEN\n"
		"actor Tanzania = TZA\nactor Lebanon = LBN\nactor France | French = FRA\n"
		"agent president | presidents | prime minister | foreign minister = GOV\n"
		"verb meet = 040\nverb agree = 030\nverb host = 043\nverb sign = 057\n"
		"verb visit = 042\n";
	const char *paths[] = { "tests/warc/sample.warc.gz" };
	char dict_path[] = "/tmp/dyad-warc-dict-XXXXXX";
	dyad_lexicon *lex = NULL;
	dyad_coder *coder = NULL;
	dyad_input *in;
	dyad_error err;
	struct dyad_article art;
	int fd, n_en = 0, n_other = 0, en_events = 0, rc;
	FILE *f;

	fd = mkstemp(dict_path);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	fputs(dict, f);
	fclose(f);
	if (dyad_lexicon_new(&lex, NULL, &err) ||
	    dyad_lexicon_load(lex, dict_path, DYAD_DICT_NATIVE, &err) ||
	    dyad_coder_new(&coder, lex, &err)) {
		print_error("%s\n", err.msg);
		fail();
	}
	remove(dict_path);
	assert_int_equal(dyad_input_open(&in, paths, 1, 0, &err), DYAD_OK);
	while ((rc = dyad_input_next(in, &art, &err)) == 1) {
		int n_events = 0;

		assert_non_null(art.language);
		assert_true(art.text_len > 100);
		assert_int_equal(dyad_code(coder, &art, count_event, &n_events, &err), DYAD_OK);
		if (!strcmp(art.language, "en")) {
			n_en++;
			en_events += n_events;
		} else {
			assert_int_equal(n_events, 0);
			n_other++;
		}
	}
	assert_int_equal(rc, 0);
	assert_int_equal(n_en, 3);
	assert_int_equal(n_other, 2);          /* Korean and Russian */
	assert_true(en_events > 0);
	assert_int_equal(dyad_coder_skipped(coder), 2);
	dyad_input_free(in);
	dyad_coder_free(coder);
	dyad_lexicon_free(lex);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain),
		cmocka_unit_test(test_gzip_per_record),
		cmocka_unit_test(test_gzip_whole_file),
		cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_bad_length),
		cmocka_unit_test(test_not_warc),
		cmocka_unit_test(test_record_cap),
		cmocka_unit_test(test_bad_headers),
		cmocka_unit_test(test_id_not_utf8),
		cmocka_unit_test(test_sniff),
		cmocka_unit_test(test_input),
		cmocka_unit_test(test_non_english_not_coded),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
