/*
 * test_coder_s21_force.c - the coder on force as the gold conventions
 * settle it: a terror attack on a site (storming it, setting it ablaze,
 * killing at it) is terror (18x) whatever its toll, where a raid on a
 * village stays a mass killing (202); forces rolling, marching or moving
 * into a town take it (192); a warning that an offensive will go on is a
 * threat of force (138) at those it is fought against; an attack
 * "claimed by" a group as its subject is that group's, with its claim
 * (015); a bomb as the subject is owned by the group that says it
 * planted it, and suicide bombs are unidentified bombers'; shelling that
 * "killed" people falls on them; a capture an offensive is launched for
 * is the offensive's fighting (190).
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_force_site_attacks(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* storming a casino and setting it ablaze, whatever the toll */
	check_with(cd, "Suspected drug cartel gunmen torched a crowded casino in Monterrey, killing "
		   "52 people.", "2011-08-26",
		   EXPECT("---INS>MEXCVL 180 asserted 2011-08-26"));
	/* killing "at" a mosque, in a province, not a village */
	check_with(cd, "Militants killed at least 235 worshippers at a Sufi mosque in Egypt's North "
		   "Sinai on Friday.", "2017-11-24",
		   EXPECT("---INS>EGYCVL 180 asserted 2017-11-24"));
	/* the storming told in a relative clause before the toll's verb */
	check_with(cd, "Al Shabaab militants who stormed a Nairobi shopping mall killed at least 68 "
		   "people.", "2013-09-22",
		   EXPECT("SOMINSSHB>KENCVL 180 asserted 2013-09-22"));
	/* a mosque in a village: a raid on the village, a mass killing */
	check_with(cd, "Islamic State militants killed 44 civilians at a mosque during Friday "
		   "prayers in the village of Fambita in western Niger.", "2025-03-21",
		   EXPECT("IMGMUSISI>NERCVL 202 asserted 2025-03-21"));
	coder_done(cd, lx, NULL);
}

static void test_force_occupation(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* moving into a town, its noun after "into", takes it */
	check_with(cd, "Russian troops moved into the western Georgian town of Zugdidi on Monday.",
		   "2008-08-11", EXPECT("RUSMIL>GEO 192 asserted 2008-08-11"));
	/* a town named alone, one its state's record lists */
	check_with(cd, "Syrian rebels marched into Damascus on Sunday.", "2024-12-08",
		   EXPECT("SYRREB>SYR 192 asserted 2024-12-08"));
	/* into a region: an advance */
	check_with(cd, "Russian tanks rolled into South Ossetia on Friday.", "2008-08-08",
		   EXPECT("RUSMIL>GEO 190 asserted 2008-08-08"));
	coder_done(cd, lx, NULL);
}

static void test_force_offensive_warning(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the offensive "it" would continue is a threat at those fought */
	check_with(cd, "Turkey launched an offensive against the Kurdish YPG militia in Syria's "
		   "Afrin region on Saturday and warned it would continue until the militants "
		   "were wiped out.", "2018-01-20",
		   EXPECT("TUR>SYRREBYPG 190 asserted 2018-01-20",
			  "TUR>SYRREBYPG 138 asserted 2018-01-20"));
	/* warned "of" more strikes: a threat of force */
	check_with(cd, "Russian missiles struck cities across Ukraine on Monday, killing at least "
		   "11 people, and President Vladimir Putin warned Kyiv of more strikes if it "
		   "kept attacking Russian territory.", "2022-10-10",
		   EXPECT("RUSMIL>UKRCVL 195 asserted 2022-10-10",
			  "RUSGOV>UKR 138 asserted 2022-10-10"));
	/* a price held out to those the warner's forces strike */
	check_with(cd, "U.S. and British forces launched air strikes on Afghanistan on Sunday, and "
		   "President George W. Bush warned the Taliban they would pay a price for "
		   "sheltering Osama bin Laden.", "2001-10-07",
		   EXPECT("USAMIL>AFG 195 asserted 2001-10-07", "GBRMIL>AFG 195 asserted 2001-10-07",
			  "USAGOV>AFGINSTAL 138 asserted 2001-10-07"));
	/* a warning "of" what is no force stays a warning */
	check_with(cd, "China warned the United States of consequences over its arms sales to "
		   "Taiwan.", "2019-01-01", EXPECT("CHN>USA 130 asserted 2019-01-01"));
	coder_done(cd, lx, NULL);
}

static void test_force_claimed_subject(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* an attack noun "claimed by" a group as the verb's subject */
	check_with(cd, "A drone attack claimed by the Houthis hit an apartment building in central "
		   "Tel Aviv on Friday, killing one man.", "2024-07-19",
		   EXPECT("YEMREBHTH>ISRCVL 195 asserted 2024-07-19",
			  "YEMREBHTH>ISRCVL 015 asserted 2024-07-19"));
	/* the attack noun is the act itself */
	check_with(cd, "A suicide bombing claimed by Islamic State ripped through a Shi'ite mosque "
		   "in Peshawar during Friday prayers, killing at least 56 worshippers.",
		   "2022-03-04",
		   EXPECT("IMGMUSISI>PAKCVL 1831 asserted 2022-03-04",
			  "IMGMUSISI>PAKCVL 015 asserted 2022-03-04"));
	/* a bomb as the subject, owned later by the group that planted it */
	check_with(cd, "A roadside bomb killed five American soldiers in eastern Afghanistan on "
		   "Monday, and the Taliban said their fighters had planted it.", "2010-06-07",
		   EXPECT("AFGINSTAL>USAMIL 1833 asserted 2010-06-07",
			  "AFGINSTAL>USAMIL 015 asserted 2010-06-07"));
	coder_done(cd, lx, NULL);
}

static void test_force_devices_and_aims(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* suicide bombs as the subject: unidentified suicide bombers */
	check_with(cd, "Two suicide bombs hit a peace rally in the Turkish capital Ankara on "
		   "Saturday, killing at least 86 people.", "2015-10-10",
		   EXPECT("---INS>TURCVL 1831 asserted 2015-10-10"));
	/* the planter named past where the bomb was planted */
	check_with(cd, "A bomb planted by ETA under a car killed a police officer near Bilbao on "
		   "Friday.", "2009-06-19", EXPECT("ESPREBETA>ESPCOP 183 asserted 2009-06-19"));
	/* shelling as the subject of "killed": on the people killed */
	check_with(cd, "Russian shelling killed three civilians in the southern Ukrainian city of "
		   "Kherson on Wednesday.", "2023-03-15",
		   EXPECT("RUSMIL>UKRCVL 194 asserted 2023-03-15"));
	/* a capture an offensive is launched for is its aim: the fighting */
	check_with(cd, "U.S.-backed Syrian militias launched an offensive on Tuesday to capture "
		   "Islamic State's de facto capital Raqqa.", "2017-06-06",
		   EXPECT("SYRREB>IMGMUSISI 190 asserted 2017-06-06"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_force_site_attacks),
		cmocka_unit_test(test_force_occupation),
		cmocka_unit_test(test_force_offensive_warning),
		cmocka_unit_test(test_force_claimed_subject),
		cmocka_unit_test(test_force_devices_and_aims),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
