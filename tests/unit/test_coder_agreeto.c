/*
 * test_coder_agreeto.c - the coder on agreements to act, coded by what
 * is agreed (tests/dev/README.md, `agreeto`), with the whole default
 * dictionary: an infinitive agreed past adverbial phrases (clause.c,
 * clause_agreed_across()) is the intent, both ways for a pair, and the
 * summit leapt over keeps its own event; the purpose of an act agreed
 * on is no act; "agreed on a ceasefire to start" stays the truce;
 * disarming agreed and proposals one is ready to accept
 * (verbs-31-agreeto.dict).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_agreeto_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* past a phone call and a date: the intent, not the act */
	check_with(cd, "Vladimir Putin agreed in a phone call with Donald Trump on Tuesday to "
		   "halt strikes on Ukraine's energy infrastructure.", "2025-03-18",
		   EXPECT("RUSGOV>USAGOV 041 asserted 2025-03-18",
			  "RUSGOV>UKR 0356 asserted 2025-03-18"));
	/* past a summit set off by commas: the talks both ways, the summit
	 * its own event */
	check_with(cd, "Joe Biden and Vladimir Putin agreed at their first summit, in a "
		   "lakeside villa in Geneva on Wednesday, to begin talks on arms control.",
		   "2021-06-16",
		   EXPECT("USAGOV>RUSGOV 044 asserted 2021-06-16",
			  "RUSGOV>USAGOV 044 asserted 2021-06-16",
			  "USAGOV>RUSGOV 036 asserted 2021-06-16",
			  "RUSGOV>USAGOV 036 asserted 2021-06-16"));
	/* what an agreed meeting is for is no meeting of its own */
	check_with(cd, "Vladimir Putin and Volodymyr Zelenskiy agreed at their summit, held in "
		   "Paris on Monday, to meet again to discuss elections in the east of Ukraine.",
		   "2019-12-09",
		   EXPECT("RUSGOV>UKRGOV 044 asserted 2019-12-09",
			  "UKRGOV>RUSGOV 044 asserted 2019-12-09",
			  "RUSGOV>UKRGOV 036 asserted 2019-12-09",
			  "UKRGOV>RUSGOV 036 asserted 2019-12-09"));
	/* disarming agreed under a truce is the disarming */
	check_with(cd, "Ethnic Armenian forces in Nagorno-Karabakh agreed to disarm under a "
		   "ceasefire on Wednesday.", "2023-09-20",
		   EXPECT("AZEREBNKR>AZE 0356 asserted 2023-09-20"));
	/* readiness to accept a proposal: toward the one who proposed it
	 * (the truce with the party after "with" is read too) */
	check_with(cd, "Ukraine said on Tuesday it was ready to accept a U.S. proposal for an "
		   "immediate 30-day ceasefire with Russia.", "2025-03-11",
		   EXPECT("UKR>USA 037 asserted 2025-03-11", "UKR>RUS 0356 asserted 2025-03-11"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_agreeto_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
