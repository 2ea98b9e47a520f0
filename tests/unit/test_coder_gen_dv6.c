/*
 * test_coder_gen_dv6.c - the coder on general rules found in devset6's
 * errors (tests/dev/README.md, `gen-dv6`), with the whole default
 * dictionary: a gerund with a preposition after an irregular plural of
 * people ("people marching against") is a reduced relative on them, a
 * verb (predicate.c, people_gerund()); a state description after a
 * preposition in the clause its subject opens ("Riyadh shut its border
 * with the Gulf state") is not that subject (match_anaphor.c,
 * own_clause_subject()); a comma participle after a first verb in the
 * agentless passive ("was bombed, killing") takes no pattern source
 * from before the comma (act_source.c, agentless_participle()).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_gen_dv6_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* the people the police fired at marched against the president */
	check_with(cd, "Riot police fired tear gas at thousands of people marching against "
		   "President Alexander Lukashenko in Minsk.", "2020-08-10",
		   EXPECT("BLRCOP>BLRCVL 175 asserted 2020-08-10",
			  "BLRCVL>BLRGOV 141 asserted 2020-08-10"));
	/* the Gulf state Riyadh shuts its crossing with is Qatar */
	check_with(cd, "Bahrain recalled its ambassador from Qatar, and Riyadh shut its only "
		   "land crossing with the Gulf state.", "2017-06-05",
		   EXPECT("BHR>QAT 161 asserted 2017-06-05", "SAU>QAT 191 asserted 2017-06-05"));
	/* the embassy bombed did not kill its diplomats: no one named did */
	check_with(cd, "Egypt's embassy in Tripoli was bombed, killing two diplomats.",
		   "2015-01-17", NONE);
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gen_dv6_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
