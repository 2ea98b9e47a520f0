/*
 * test_coder_relief.c - the coder on humanitarian aid, rescue, refuge and
 * evacuation (tests/dev/README.md, `relief`): aid, help or relief of no
 * stated kind asked for or promised in a sentence that names a disaster
 * is humanitarian, people carried to care are persons, and the patterns
 * of verbs-31-relief.dict with the whole default dictionary (relief that
 * rolls or drops into a place, its owner named on the goods, refuge as a
 * route to citizenship, the hurt flown to hospitals).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static const char relief_dict[] =
"actor China = CHN\n"
"actor Nepal = NPL\n"
"actor Turkey = TUR\n"
"set relief_disaster = earthquake | floods\n"
"verb pledge = 033\n"
"    * aid to + = 033\n"
"verb ask\n"
"    * + for help = 023\n"
"verb send = 070\n"
"    * aid to + = 070\n";

/* "China pledged aid to Nepal after the earthquake": the help a disaster
 * calls for is humanitarian (act_final.c, relief_for_disaster()); with
 * no disaster named the kind stays unstated */
static void test_relief_for_disaster(void **state)
{
	char path[] = "/tmp/dyad-relief1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(relief_dict, path, &lx);
	check_with(cd, "China pledged aid to Nepal after the earthquake.", "2015-04-26",
		   EXPECT("CHN>NPL 0333 asserted 2015-04-26"));
	check_with(cd, "China pledged aid to Nepal on Monday.", "2015-04-27",
		   EXPECT("CHN>NPL 033 asserted 2015-04-27"));
	check_with(cd, "Turkey asked China for help after the floods.", "2023-02-07",
		   EXPECT("TUR>CHN 0233 asserted 2023-02-07"));
	check_with(cd, "China sent aid to Turkey after the earthquake.", "2023-02-07",
		   EXPECT("CHN>TUR 073 asserted 2023-02-07"));
	coder_done(cd, lx, path);
}

/* The patterns of verbs-31-relief.dict, and the people a carrier takes to
 * care as persons (event.c), with the whole default dictionary */
static void test_relief_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* the owner named on the goods gives relief where they roll */
	check_with(cd, "Twenty trucks carrying Egyptian aid rolled into Gaza on Saturday.",
		   "2023-10-21", EXPECT("EGY>PSE 073 asserted 2023-10-21"));
	/* a body's convoys entering a town of its state */
	check_with(cd, "Convoys of the U.N. and the Red Cross entered the besieged town of "
		   "Madaya on Monday.", "2016-01-11",
		   EXPECT("IGOUNO>SYR 073 asserted 2016-01-11",
			  "NGOIRC>SYR 073 asserted 2016-01-11"));
	/* airdrops resumed by their source */
	check_with(cd, "Jordan resumed airdrops of food over Gaza on Sunday.", "2025-07-27",
		   EXPECT("JOR>PSE 073 asserted 2025-07-27"));
	/* the hurt flown to care are persons, no visit */
	check_with(cd, "U.S. Coast Guard helicopters flew injured Haitians to hospitals on "
		   "Sunday.", "2021-08-15", EXPECT("USAMIL>HTICVL 073 asserted 2021-08-15"));
	/* refuge as a status, to a people named by its plural demonym */
	check_with(cd, "Britain will offer a route to citizenship to up to 3 million Hong "
		   "Kongers.", "2020-07-01", EXPECT("GBR>HKGCVL 075 planned 2020-07-01"));
	/* the kind a promise names outweighs the sum's "to" */
	check_with(cd, "China pledged emergency aid worth 40 million yuan to Ankara on Tuesday.",
		   "2023-02-07", EXPECT("CHN>TUR 0333 asserted 2023-02-07"));
	/* "take part in" is no taking in */
	check_with(cd, "Volodymyr Zelenskiy did not take part in the talks in Jeddah.",
		   "2025-03-11", NONE);
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_relief_for_disaster),
		cmocka_unit_test(test_relief_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
