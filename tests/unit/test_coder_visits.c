/*
 * test_coder_visits.c - the coder on visits and hosting as wire copy tells
 * them: where a visit or a hosting happened, itineraries, travellers named
 * by their vehicles, hosts greeting arrivals, attendance skipped or sent in
 * one's place, trips cut and calls paid.
 *
 * Each case codes one sentence against a small native dictionary written
 * here (coder_check.h); the places cases render each event with its
 * location as "SOURCE>TARGET CODE mode @PLACE".
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "coder_check.h"

static const char visits_dict[] =
"actor China | Chinese | Beijing = CHN\n"
"actor United States | U.S. | Washington = USA\n"
"actor Russia | Russian | Moscow = RUS\n"
"actor India | Indian | New Delhi = IND\n"
"actor France | French | Paris = FRA\n"
"actor Serbia = SRB\n"
"actor Hungary = HUN\n"
"actor North Korea | North Korean | Pyongyang = PRK\n"
"actor Vietnam = VNM\n"
"actor Japan | Japanese | Tokyo = JPN\n"
"actor Singapore = SGP\n"
"actor White House = USAGOV\n"
"place Florida = USA\n"
"place Vladivostok = RUS\n"
"person Xi Jinping | Xi\n"
"    = CHNGOV\n"
"person Joe Biden | Biden\n"
"    = USAGOV\n"
"person Donald Trump | Trump\n"
"    = USAGOV\n"
"person Narendra Modi | Modi\n"
"    = INDGOV\n"
"person Vladimir Putin | Putin\n"
"    = RUSGOV\n"
"person Kim Jong Un | Kim\n"
"    = PRKGOV\n"
"person Justin Trudeau | Trudeau\n"
"    = CANGOV\n"
"agent prime minister | president = GOV\n"
"noun dinner\n"
"    * with + = 040\n"
"noun summit\n"
"    * with + = 040\n"
"verb fly {flew flown}\n"
"    * to + = 042\n"
"verb arrive\n"
"    * in + = 042\n"
"verb visit = 042\n"
"verb welcome = 043\n"
"verb cancel\n"
"    * ^ summit ^ with + = 125\n";

/* A dyad_code callback rendering each event with its place. */
struct placed {
	char lines[16][96];
	size_t n;
};

static int collect_placed(const struct dyad_event *ev, void *ctx)
{
	struct placed *c = ctx;

	if (c->n < 16)
		snprintf(c->lines[c->n++], sizeof(c->lines[0]), "%s>%s %s %s @%s",
			 ev->source.code, ev->target.code, ev->cameo, dyad_mode_name(ev->mode),
			 ev->has_location ? ev->location.code : "-");
	return 0;
}

static void check_placed(dyad_coder *cd, const char *text, const char *pub,
			 const char *const *expected)
{
	struct dyad_article art;
	struct placed got;
	dyad_error err;
	size_t i, n_exp = 0;

	memset(&art, 0, sizeof(art));
	memset(&got, 0, sizeof(got));
	art.id = "test";
	art.text = text;
	art.text_len = strlen(text);
	assert_int_equal(dyad_date_parse(pub, strlen(pub), &art.date), DYAD_OK);
	assert_int_equal(dyad_code(cd, &art, collect_placed, &got, &err), DYAD_OK);
	while (expected[n_exp])
		n_exp++;
	for (i = 0; i < got.n || i < n_exp; i++) {
		const char *g = i < got.n ? got.lines[i] : "(none)";
		const char *e = i < n_exp ? expected[i] : "(none)";
		if (strcmp(g, e))
			fprintf(stderr, "text: %s\nevent %zu: got \"%s\", expected \"%s\"\n", text, i, g, e);
		assert_string_equal(g, e);
	}
}

static void test_visits_places(void **state)
{
	char path[] = "/tmp/dyad-visits-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(visits_dict, path, &lx);
	/* a host receives at home when no place is named */
	check_placed(cd, "Joe Biden welcomed Narendra Modi with an arrival ceremony on the South "
		     "Lawn.", "2023-06-22", EXPECT("USAGOV>INDGOV 043 asserted @USA"));
	/* a meeting a journey is for is held where the journey goes */
	check_placed(cd, "Justin Trudeau flew to Florida for dinner with Donald Trump.",
		     "2024-11-29", EXPECT("CANGOV>USAGOV 040 asserted @USA",
					  "CANGOV>USA 042 asserted @USA"));
	/* a visit is to the seat it names */
	check_placed(cd, "Narendra Modi visited the White House.", "2023-06-22",
		     EXPECT("INDGOV>USA 042 asserted @USA"));
	/* each stop of a tour is where it goes */
	check_placed(cd, "Xi Jinping arrived in France, and later flew to Serbia.", "2024-05-05",
		     EXPECT("CHNGOV>FRA 042 asserted @FRA", "CHNGOV>SRB 042 asserted @SRB"));
	/* a meeting called off was not called off where it was to be */
	check_placed(cd, "Donald Trump cancelled his planned summit in Singapore with Kim Jong Un.",
		     "2018-05-24", EXPECT("USAGOV>PRKGOV 125 asserted @-"));
	coder_done(cd, lx, path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_visits_places),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
