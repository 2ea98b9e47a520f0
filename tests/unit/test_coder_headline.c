/*
 * test_coder_headline.c - the coder on the grammar of news headlines:
 * commas for "and", colons for "said", bare family names, Title Case.
 * Each case codes a headline against a small dictionary written here.
 */
#include "unit.h"

#include "coder_check.h"

static const char headline_dict[] =
"actor Ukraine | Kyiv = UKR\n"
"actor Poland = POL\n"
"actor Iran = IRN\n"
"actor Russia | Moscow = RUS\n"
"actor Spain = ESP\n"
"actor Ireland = IRL\n"
"actor Palestine | Palestinian = PSE\n"
"actor United States | US | Washington = USA\n"
"actor Qatar = QAT\n"
"person Antony Blinken | Blinken\n"
"    = USAGOV 2021-01-26..2025-01-20\n"
"actor North Korea | Pyongyang = PRK\n"
"actor Japan | Tokyo = JPN\n"
"person Kim Jong Un | Kim Jong-un\n"
"    = PRKGOV 2011-12-17..\n"
"person Kim Yo Jong\n"
"    she\n"
"    = PRKGOV 2014-11..\n"
"person Yoon Suk Yeol | Yoon Suk-yeol\n"
"    = KORGOV 2022-05-10..2025-04-05\n"
"    = KORELI\n"
"person Fumio Kishida\n"
"    = JPNGOV 2021-10-04..2024-10-01\n"
"person Vladimir Putin | Putin\n"
"    = RUSGOV 1999-08-09..\n"
"person Narendra Modi | Modi\n"
"    = INDGOV 2014-05-26..\n"
"agent troops = MIL\n"
"verb meet = 040\n"
"verb visit = 042\n"
"verb reduce\n"
"    * ^ activity around + = 087\n"

"verb sign\n"
"    $ and + * pact = 057:057\n"
"    * pact with + = 057\n"
"verb recognise = 054\n"
"verb deliver\n"
"    * ^ missiles to + = 072\n"
"noun talks\n"
"    % * = 040\n"
"    * with + = 040\n";

/* "Ukraine, Poland sign": a comma for "and" between the names that open a
 * headline, right before its verb; not a speaker's aside */
static void test_headline_commas_for_and(void **state)
{
	char path[] = "/tmp/dyad-headline-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(headline_dict, path, &lx);
	check_with(cd, "Ukraine, Poland sign security pact", "2024-07-08",
		   EXPECT("UKR>POL 057 asserted 2024-07-08", "POL>UKR 057 asserted 2024-07-08"));
	check_with(cd, "Iran, US to hold talks in Qatar", "2025-04-08",
		   EXPECT("IRN>USA 044 planned 2025-04-08", "USA>IRN 044 planned 2025-04-08"));
	check_with(cd, "Spain, Ireland, Poland recognise Palestine", "2024-05-28",
		   EXPECT("ESP>PSE 054 asserted 2024-05-28", "IRL>PSE 054 asserted 2024-05-28",
			  "POL>PSE 054 asserted 2024-05-28"));
	check_with(cd, "Iran, Blinken said on Tuesday, has delivered missiles to Russia.",
		   "2024-09-10", EXPECT("IRN>RUS 072 asserted 2024-09-10"));
	coder_done(cd, lx, path);
}

/* "Putin meets Kim", "Yoon meets Kishida": a Korean or Chinese family
 * name alone opens the person's name; of several in office, a headline's
 * bare family name is the one in office longest */
static void test_headline_bare_family_names(void **state)
{
	char path[] = "/tmp/dyad-headline-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(headline_dict, path, &lx);
	check_with(cd, "Putin meets Kim in Pyongyang", "2024-06-19",
		   EXPECT("RUSGOV>PRKGOV 040 asserted 2024-06-19"));
	check_with(cd, "Yoon meets Kishida in Tokyo", "2023-03-16",
		   EXPECT("KORGOV>JPNGOV 040 asserted 2023-03-16"));
	/* wire copy names whom it means: no guess at a sentence's "Kim" */
	check_with(cd, "Putin met Kim in Pyongyang.", "2024-06-19", NONE);
	coder_done(cd, lx, path);
}

/* "Russia: will reduce ...": the name before a title's colon is the
 * subject of a clause after it that has none; one with its own keeps it */
static void test_headline_colon_subjects(void **state)
{
	char path[] = "/tmp/dyad-headline-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(headline_dict, path, &lx);
	check_with(cd, "Russia: will drastically reduce military activity around Kyiv", "2022-03-29",
		   EXPECT("RUS>UKR 087 planned 2022-03-29"));
	check_with(cd, "Modi: will visit Moscow", "2024-06-01",
		   EXPECT("INDGOV>RUS 042 planned 2024-06-01"));
	check_with(cd, "Kyiv: Russia will reduce military activity around Kyiv", "2022-03-29",
		   EXPECT("RUS>UKR 087 planned 2022-03-29"));
	coder_done(cd, lx, path);
}

/* "Modi in Moscow for talks with Putin": a leader right before "in" and a
 * state or city at a title's opening is a visit; not troops, not a
 * sentence of wire copy */
static void test_headline_verbless_visits(void **state)
{
	char path[] = "/tmp/dyad-headline-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(headline_dict, path, &lx);
	check_with(cd, "Modi in Moscow for talks with Putin", "2024-07-08",
		   EXPECT("INDGOV>RUSGOV 040 asserted 2024-07-08", "INDGOV>RUS 042 asserted 2024-07-08"));
	check_with(cd, "Russian troops in Ukraine", "2024-07-08", NONE);
	check_with(cd, "Modi in Moscow.", "2024-07-08", NONE);
	coder_done(cd, lx, path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_headline_commas_for_and),
		cmocka_unit_test(test_headline_bare_family_names),
		cmocka_unit_test(test_headline_colon_subjects),
		cmocka_unit_test(test_headline_verbless_visits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
