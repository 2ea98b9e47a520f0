/*
 * test_coder_s19_tailf.c - the coder on the force that long wire ledes
 * tell in passing: a bombardment with weapons of two kinds (air or
 * missile, artillery) is two acts; a killing "in an ambush near" a
 * place takes no attacker from the place, nor a target from the next
 * clause; a call-up "as" another state attacks is aimed at that state;
 * "with air strikes hitting" a town is the main clause's force.
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_force_two_weapons(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* missiles and artillery: by air and by artillery */
	check_with(cd, "Russian forces attacked Ukraine on Thursday, pounding cities with missiles "
		   "and artillery.", "2022-02-24",
		   EXPECT("RUSMIL>UKR 190 asserted 2022-02-24", "RUSMIL>UKR 195 asserted 2022-02-24",
			  "RUSMIL>UKR 194 asserted 2022-02-24"));
	/* artillery named first, then air strikes */
	check_with(cd, "Ukrainian forces pounded separatist positions around Donetsk with artillery "
		   "and air strikes on Thursday.", "2014-07-03",
		   EXPECT("UKRMIL>UKRREB 195 asserted 2014-07-03",
			  "UKRMIL>UKRREB 194 asserted 2014-07-03"));
	/* past a list of the towns shelled */
	check_with(cd, "Azerbaijani forces shelled the towns of Jermuk, Goris and Kapan overnight "
		   "with artillery and drones, Armenia said on Tuesday.", "2022-09-13",
		   EXPECT("AZEMIL>ARM 194 asserted 2022-09-13", "AZEMIL>ARM 195 asserted 2022-09-13"));
	/* (missiles and drones are one kind: one act) */
	check_with(cd, "Russia pounded Kyiv with missiles and drones overnight.", "2025-04-24",
		   EXPECT("RUS>UKR 195 asserted 2025-04-24"));
	coder_done(cd, lx, NULL);
}

static void test_force_killed_near(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the place near the ambush struck no one; "on Friday, and the
	 * chief military adviser" is no "on the" target */
	check_with(cd, "Iran's top nuclear scientist Mohsen Fakhrizadeh was killed in an ambush "
		   "near Tehran on Friday, and the chief military adviser to the supreme leader "
		   "vowed revenge.", "2020-11-28", NONE);
	/* (a strike "on the" town it hit still is one) */
	check_with(cd, "Five people were killed in an Israeli drone strike on the southern Lebanese "
		   "town of Nabatieh on Monday.", "2024-11-12",
		   EXPECT("ISRMIL>LBN 195 asserted 2024-11-11"));
	coder_done(cd, lx, NULL);
}

static void test_force_call_up_as(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the call-up meets the attack told beside it */
	check_with(cd, "President Volodymyr Zelenskiy ordered a general mobilisation on Thursday as "
		   "Russian forces attacked Ukraine from the north, east and south.", "2022-02-24",
		   EXPECT("UKRGOV>RUS 154 asserted 2022-02-24", "RUSMIL>UKR 190 asserted 2022-02-24"));
	coder_done(cd, lx, NULL);
}

static void test_force_weapons_participle(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the air strikes serve the offensive: its doer, its target */
	check_with(cd, "Turkey launched a military offensive against Kurdish-led forces in "
		   "northeast Syria on Wednesday, days after U.S. troops pulled back from the "
		   "border, with air strikes hitting the town of Ras al Ain.", "2019-10-09",
		   EXPECT("TUR>SYRREB 190 asserted 2019-10-09", "TUR>SYRREB 195 asserted 2019-10-09"));
	/* (air strikes and artillery fire: both kinds, the strikes
	 * already the offensive's) */
	check_with(cd, "Turkey launched a military offensive against Kurdish-led forces in "
		   "northeast Syria on Wednesday, with air strikes and artillery fire hitting the "
		   "border town of Ras al Ain.", "2019-10-09",
		   EXPECT("TUR>SYRREB 195 asserted 2019-10-09", "TUR>SYRREB 194 asserted 2019-10-09"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_force_two_weapons),
		cmocka_unit_test(test_force_killed_near),
		cmocka_unit_test(test_force_call_up_as),
		cmocka_unit_test(test_force_weapons_participle),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
