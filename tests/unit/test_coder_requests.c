/*
 * test_coder_requests.c - the coder on appeals and demands (CAMEO 02 and
 * 10, tests/dev/README.md, `requests`), with the whole default
 * dictionary: a list whose members carry an article after "called on"
 * (pattern.c, list_end()) and what it is called on to do (clause.c,
 * calls_on()); appeals to all countries or the international community
 * (clause.c, anyone_addressed(); verbs-32-requests.dict); "told X that
 * Y must" (act_scan.c, modal_demanded(); verbs-32-requests.dict); a
 * demand's second requested act (act_final.c,
 * act_appeal_second_request()) and what one is told to do (clause.c,
 * told_verb()).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_requests_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* a list with an article in it, past a weekday: the appeal to each,
	 * the blockade asked to be eased no act of the asker */
	check_with(cd, "Secretary of State Rex Tillerson called on Saudi Arabia, the United Arab "
		   "Emirates, Bahrain and Egypt on Friday to ease their blockade of Qatar.",
		   "2017-06-09",
		   EXPECT("USAGOV>SAU 020 asserted 2017-06-09",
			  "USAGOV>ARE 020 asserted 2017-06-09",
			  "USAGOV>BHR 020 asserted 2017-06-09",
			  "USAGOV>EGY 020 asserted 2017-06-09"));
	/* an appeal to all countries names no one, and what they are
	 * asked to do is no act */
	check_with(cd, "U.S. Ambassador Nikki Haley called on all countries on Wednesday to cut "
		   "diplomatic and trade ties with North Korea.", "2017-11-29", NONE);
	check_with(cd, "Qatar urged the international community on Tuesday to impose sanctions "
		   "on Israel.", "2023-10-10", NONE);
	/* told that another must act: a demand, of the one named after
	 * "that" when there is one, and no act of its own */
	check_with(cd, "President Barack Obama told Egyptian President Hosni Mubarak in a "
		   "telephone call on Tuesday that an orderly transition of power must begin now.",
		   "2011-02-01",
		   EXPECT("USAGOV>EGYGOV 041 asserted 2011-02-01",
			  "EGYGOV>USAGOV 041 asserted 2011-02-01",
			  "USAGOV>EGYGOV 100 asserted 2011-02-01"));
	check_with(cd, "Biden told Netanyahu that Israel must allow more aid into Gaza.",
		   "2024-04-04", EXPECT("USAGOV>ISR 100 asserted 2024-04-04"));
	/* told to do two things: both demanded, neither done */
	check_with(cd, "Trump told Hamas to release all the hostages and to agree to a ceasefire.",
		   "2025-10-03",
		   EXPECT("USAGOV>PSEINSHMS 1053 asserted 2025-10-03",
			  "USAGOV>PSEINSHMS 1056 asserted 2025-10-03"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_requests_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
