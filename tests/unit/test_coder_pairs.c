/*
 * test_coder_pairs.c - the coder on acts between two named parties: a
 * pair meeting near or outside a city (the place is the venue, not the
 * one met), at a villa or a base in a third state, sitting down together
 * or emerging from talks, at a known summit place, on a call; indirect
 * talks begun; a numbered round of a hyphenated pair's talks; a state
 * joined to a group's negotiators; a pair's meeting called off.
 *
 * The cases code with dyad's own dictionaries (data/dict, with
 * verbs-29-pairs.dict), as the shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_pairs_meeting_places(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the city near which a pair met is no party: the pair meets itself */
	check_with(cd, "U.S. President Joe Biden and Chinese President Xi Jinping met for four "
		   "hours near San Francisco on Wednesday.", "2023-11-15",
		   EXPECT("USAGOV>CHNGOV 040 asserted 2023-11-15",
			  "CHNGOV>USAGOV 040 asserted 2023-11-15"));
	/* a villa near a third state's city is where they met: 044 */
	check_with(cd, "Joe Biden and Vladimir Putin met at a villa near Geneva on Wednesday.",
		   "2021-06-16", EXPECT("USAGOV>RUSGOV 044 asserted 2021-06-16",
					"RUSGOV>USAGOV 044 asserted 2021-06-16"));
	check_with(cd, "Donald Trump and Xi Jinping met at an air base in Busan on Thursday.",
		   "2025-10-30", EXPECT("USAGOV>CHNGOV 044 asserted 2025-10-30",
					"CHNGOV>USAGOV 044 asserted 2025-10-30"));
	/* a pair sitting down meets itself, not the city */
	check_with(cd, "Russian and U.S. officials sat down in Riyadh on Tuesday.", "2025-02-18",
		   EXPECT("RUSGOV>USAGOV 044 asserted 2025-02-18",
			  "USAGOV>RUSGOV 044 asserted 2025-02-18"));
	/* a summit place the dictionary knows gives a negated meeting its
	 * venue */
	check_with(cd, "South Korean President Moon Jae-in and Japanese Prime Minister Yoshihide "
		   "Suga did not hold talks at the G7 summit in Cornwall.", "2021-06-13",
		   EXPECT("KORGOV>JPNGOV 044 negated 2021-06-13",
			  "JPNGOV>KORGOV 044 negated 2021-06-13"));
	/* a pair's talk named as their call is a call */
	check_with(cd, "Xi Jinping and Donald Trump spoke for about 90 minutes, their first call "
		   "since January.", "2025-06-05",
		   EXPECT("CHNGOV>USAGOV 041 asserted 2025-06-05",
			  "USAGOV>CHNGOV 041 asserted 2025-06-05"));
	/* the talks a pair emerges from are its own */
	check_with(cd, "Donald Trump and Vladimir Putin emerged from two hours of talks in "
		   "Helsinki on Monday.", "2018-07-16",
		   EXPECT("USAGOV>RUSGOV 044 asserted 2018-07-16",
			  "RUSGOV>USAGOV 044 asserted 2018-07-16"));
	coder_done(cd, lx, NULL);
}

static void test_pairs_talks(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* indirect talks begun are negotiations; the state joined to the
	 * group's negotiators is its government */
	check_with(cd, "Israeli and Hamas negotiators began indirect talks in Cairo on Monday.",
		   "2025-10-06", EXPECT("ISRGOV>PSEINSHMS 046 asserted 2025-10-06",
					"PSEINSHMS>ISRGOV 046 asserted 2025-10-06"));
	/* (not a group's militants: the state stays the state) */
	check_with(cd, "A truce between Israel and Islamic Jihad militants took effect on Sunday.",
		   "2022-08-07", EXPECT("ISR>PSEINSPIJ 0871 asserted 2022-08-07",
					"PSEINSPIJ>ISR 0871 asserted 2022-08-07"));
	/* a numbered round of a hyphenated pair's talks is a negotiation */
	check_with(cd, "The second round of U.S.-Iran talks took place in Rome on Saturday.",
		   "2025-04-19", EXPECT("USA>IRN 046 asserted 2025-04-19",
					"IRN>USA 046 asserted 2025-04-19"));
	/* a pair's meeting called off or postponed is refused, not held */
	check_with(cd, "A meeting between Joe Biden and Xi Jinping was called off.", "2023-10-22",
		   EXPECT("USAGOV>CHNGOV 125 asserted 2023-10-22",
			  "CHNGOV>USAGOV 125 asserted 2023-10-22"));
	check_with(cd, "Talks between the Japanese and Chinese foreign ministers planned for "
		   "this week have been postponed.", "2023-10-22",
		   EXPECT("JPNGOV>CHNGOV 125 asserted 2023-10-22",
			  "CHNGOV>JPNGOV 125 asserted 2023-10-22"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pairs_meeting_places),
		cmocka_unit_test(test_pairs_talks),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
