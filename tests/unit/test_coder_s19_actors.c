/*
 * test_coder_s19_actors.c - the coder on who acts and on whom in long
 * wire ledes: group names the dictionaries write in lower case ("euro
 * zone leaders", "pro-Russian separatists").
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_actors_lower_case_names(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a group the news writes in lower case is found so */
	check_with(cd, "Ukraine accused pro-Russian separatists of shelling the port city of "
		   "Mariupol on Saturday.", "2015-01-25",
		   EXPECT("UKR>UKRREB 1123 asserted 2015-01-24"));
	check_with(cd, "Greek Prime Minister Alexis Tsipras bowed to euro zone leaders on Monday.",
		   "2015-07-13", EXPECT("GRCGOV>IGOEUREEC 080 asserted 2015-07-13"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_actors_lower_case_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
