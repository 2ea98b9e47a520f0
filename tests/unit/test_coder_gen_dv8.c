/*
 * test_coder_gen_dv8.c - the coder on two general rules found from
 * devset8's errors (tests/dev/README.md, `gen-dv8`), with the whole
 * default dictionary: a gerund after a held "no intention of" is its
 * holder's act not to come, negated (coder_stages.h, no_intention_of();
 * clause.c); a name after a listed possessive pronoun and a word of
 * alliance ("Iran and its ally Hezbollah") is the list's next member
 * (match_pronoun.c, ally_after_listed_pronoun()); state servants
 * removed "from duty" are purged (verbs-14-20.dict, 172).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_gen_dv8_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* "no intention of sending": the holder's act, negated */
	check_with(cd, "Tokyo said it had no intention of sending troops to Taiwan.",
		   "2024-03-05", EXPECT("JPN>TWN 072 negated 2024-03-05"));
	/* an object list: the ally named after "its ally" is a target too */
	check_with(cd, "Russia warned the United States and its ally Japan against deploying "
		   "missiles.", "2024-03-05",
		   EXPECT("RUS>USA 130 asserted 2024-03-05", "RUS>JPN 130 asserted 2024-03-05"));
	/* a subject list: both members act */
	check_with(cd, "Iran and its ally Hezbollah attacked Israel.", "2024-03-05",
		   EXPECT("IRN>ISR 190 asserted 2024-03-05",
			  "LBNINSHEZ>ISR 190 asserted 2024-03-05"));
	/* state servants removed "from duty": an administrative sanction */
	check_with(cd, "Egypt's interior ministry removed 300 judges from duty on Monday.",
		   "2024-03-05", EXPECT("EGYGOV>EGYJUD 172 asserted 2024-03-04"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gen_dv8_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
