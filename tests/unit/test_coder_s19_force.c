/*
 * test_coder_s19_force.c - the coder on force and coercion where the
 * verb alone misleads: gunmen and suicide bombers who "strike" on the
 * ground (terror and a bombing, not an air strike), gunmen beside
 * bombers in one attack, and a state named bare that declares martial
 * law or a state of emergency on itself.
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_force_ground_attackers(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* gunmen who strike use firearms, not aerial weapons */
	check_with(cd, "Gunmen struck a hotel in the Somali capital Mogadishu on Friday, killing "
		   "at least 12 people, police said.", "2019-07-13",
		   EXPECT("---INS>SOMCVL 180 asserted 2019-07-12"));
	/* gunmen and suicide bombers: the shooting and the bombing, even
	 * with the target past a list of places */
	check_with(cd, "Gunmen and suicide bombers struck a concert hall, restaurants and the "
		   "national stadium in Paris on Friday night, killing 130 people.", "2015-11-14",
		   EXPECT("---INS>FRACVL 180 asserted 2015-11-13",
			  "---INS>FRACVL 1831 asserted 2015-11-13"));
	/* (with "attacked", a source named "suicide bombers" is no aircraft) */
	check_with(cd, "Gunmen and suicide bombers attacked a concert hall, restaurants and the "
		   "national stadium in coordinated assaults across Paris on Friday night, killing "
		   "130 people.", "2015-11-14",
		   EXPECT("---INS>FRACVL 180 asserted 2015-11-13",
			  "---INS>FRACVL 1831 asserted 2015-11-13"));
	/* gunmen beside bombers: the toll is the bombing's, no massacre */
	check_with(cd, "Two suicide bombers and gunmen struck crowds outside Kabul airport on "
		   "Thursday, killing scores of people.", "2021-08-27",
		   EXPECT("---INS>AFGCVL 1831 asserted 2021-08-26",
			  "---INS>AFGCVL 180 asserted 2021-08-26"));
	/* (bombers that are aircraft still strike from the air) */
	check_with(cd, "Russian bombers struck targets in Syria's Idlib province on Tuesday.",
		   "2019-05-07", EXPECT("RUSMIL>SYR 195 asserted 2019-05-07"));
	coder_done(cd, lx, NULL);
}

static void test_force_emergency_rule(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a state named bare puts emergency rule on itself */
	check_with(cd, "Armenia declared martial law on Sunday after clashes with Azerbaijan.",
		   "2020-09-27", EXPECT("ARM>ARM 1724 asserted 2020-09-27"));
	check_with(cd, "Egypt declared a month-long state of emergency on Wednesday.", "2013-08-14",
		   EXPECT("EGY>EGY 1724 asserted 2013-08-14"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_force_ground_attackers),
		cmocka_unit_test(test_force_emergency_rule),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
