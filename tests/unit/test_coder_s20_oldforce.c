/*
 * test_coder_s20_oldforce.c - the coder on force, coercion, assault and
 * fighting as the wire ledes of 2000-2013 tell them (CAMEO roots 15 and
 * 17-20): the armed groups of that era named by their own names (Somalia's
 * Islamic Courts, Fatah al-Islam, al-Qaeda in Iraq, the Mahdi Army,
 * Chechen rebels), and the militias that fight beside a government's
 * forces, which are its armed force; force aimed at one named leader
 * whose death or wounding the sentence then tells (186, 185), a rank
 * right after the group's name ("Hamas founder Sheikh Ahmed Yassin",
 * "al Qaeda's second-in-command, Abu Yahya al-Libi"); rockets and shells
 * fired by aircraft (195); a state's helicopters and tank shells; the
 * Taliban placed in Pakistan, battles and artillery duels fought both
 * ways, rebels crushed by an army (190), armour sent to a border (154),
 * units readied to strike (152) and drills held as a warning (150).
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_oldforce_groups(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the Islamic Courts are an armed group, no court */
	check_with(cd, "Ethiopian fighter jets bombed positions of Somalia's Islamic Courts movement "
		   "on Sunday.", "2006-12-24", EXPECT("ETHMIL>SOMREBICU 195 asserted 2006-12-24"));
	/* Fatah al-Islam is no Palestinian party */
	check_with(cd, "Lebanese troops battled Fatah al-Islam militants near the northern city of "
		   "Tripoli on Sunday.", "2007-05-20",
		   EXPECT("LBNMIL>LBNINSFAI 190 asserted 2007-05-20",
			  "LBNINSFAI>LBNMIL 190 asserted 2007-05-20"));
	/* al-Qaeda in Iraq is Iraq's insurgency, named as the branch it was
	 * (as AQAP is Yemen's), not the core group */
	check_with(cd, "Al Qaeda in Iraq claimed responsibility on Thursday for suicide bombings at "
		   "three Amman hotels that killed 57 people.", "2005-11-10",
		   EXPECT("IRQINSAQI>JORCVL 1831 asserted 2005-11-10",
			  "IRQINSAQI>JOR 015 asserted 2005-11-10"));
	/* Chechen rebels are Russia's */
	check_with(cd, "Chechen rebels ambushed a column of Russian riot police in the mountains of "
		   "southern Chechnya on Wednesday.", "2000-03-30",
		   EXPECT("RUSREB>RUSCOP 190 asserted 2000-03-29"));
	coder_done(cd, lx, NULL);
}

static void test_oldforce_militias(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* pro-government militiamen beside the army are the army's force */
	check_with(cd, "Syrian forces and pro-government militiamen killed at least 90 people, many of "
		   "them children, in the town of Houla, opposition activists said on Saturday.",
		   "2012-05-26", EXPECT("SYRMIL>SYRCVL 202 asserted 2012-05-26"));
	coder_done(cd, lx, NULL);
}

static void test_oldforce_targeted(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* missiles fired at a group's founder, ", killing him": his
	 * assassination, by a state's forces too */
	check_with(cd, "Israeli helicopter gunships fired missiles at Hamas founder Sheikh Ahmed Yassin "
		   "as he left a Gaza mosque at dawn on Monday, killing him and seven others.",
		   "2004-03-22", EXPECT("ISRMIL>PSEINSHMS 186 asserted 2004-03-22"));
	/* ", wounding him": an attempt on his life */
	check_with(cd, "Israeli helicopter gunships fired missiles at the car of senior Hamas leader "
		   "Abdel Aziz al-Rantissi in Gaza City on Tuesday, wounding him.", "2003-06-10",
		   EXPECT("ISRMIL>PSEINSHMS 185 asserted 2003-06-10"));
	/* a group's second-in-command named in an apposition */
	check_with(cd, "A U.S. drone strike killed al Qaeda's second-in-command, Abu Yahya al-Libi, in "
		   "Pakistan's North Waziristan region, U.S. officials said on Tuesday.", "2012-06-05",
		   EXPECT("USAMIL>IMGMUSALQ 186 asserted 2012-06-05"));
	coder_done(cd, lx, NULL);
}

static void test_oldforce_aircraft(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* rockets fired by helicopters come from the air */
	check_with(cd, "Israeli helicopter gunships fired rockets at Yasser Arafat's headquarters in "
		   "Ramallah on Thursday.", "2000-10-12", EXPECT("ISRMIL>PSEGOV 195 asserted 2000-10-12"));
	check_with(cd, "Syrian helicopter gunships and jets bombarded rebel positions in Aleppo on "
		   "Wednesday.", "2012-08-01", EXPECT("SYRMIL>SYRREB 195 asserted 2012-08-01"));
	/* a state's helicopters and tank shells are its forces */
	check_with(cd, "Israeli tank shells killed at least 40 people at a U.N. school in the Jabalya "
		   "refugee camp in Gaza on Tuesday.", "2009-01-06",
		   EXPECT("ISRMIL>PSECVL 194 asserted 2009-01-06"));
	coder_done(cd, lx, NULL);
}

static void test_oldforce_fronts(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the Taliban placed in Pakistan are Pakistan's */
	check_with(cd, "Pakistani troops launched a ground offensive against Taliban militants in South "
		   "Waziristan on Saturday.", "2009-10-17",
		   EXPECT("PAKMIL>PAKINSTTP 190 asserted 2009-10-17"));
	/* a battle is fought both ways */
	check_with(cd, "Israeli troops battled Palestinian gunmen in the Jenin refugee camp on Monday.",
		   "2002-04-08", EXPECT("ISRMIL>PSEINS 190 asserted 2002-04-08",
					"PSEINS>ISRMIL 190 asserted 2002-04-08"));
	/* an artillery duel is shelling both ways, no war of words */
	check_with(cd, "Sri Lankan troops and Tamil Tiger rebels fought artillery duels on the Jaffna "
		   "peninsula on Friday.", "2006-08-11",
		   EXPECT("LKAMIL>LKAREBLTT 194 asserted 2006-08-11",
			  "LKAREBLTT>LKAMIL 194 asserted 2006-08-11"));
	/* an army crushing rebels fights them */
	check_with(cd, "Sri Lankan troops crushed the rebels' last pocket of resistance on Monday.",
		   "2009-05-18", EXPECT("LKAMIL>---REB 190 asserted 2009-05-18"));
	/* Mali's Tuareg rebels */
	check_with(cd, "Tuareg rebels seized the desert city of Timbuktu on Sunday.", "2012-04-01",
		   EXPECT("MLIREB>MLI 192 asserted 2012-04-01"));
	coder_done(cd, lx, NULL);
}

static void test_oldforce_posture(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* armour sent to a border is a build-up against the state across it */
	check_with(cd, "Turkey sent tanks and anti-aircraft guns to its border with Syria on Sunday.",
		   "2012-07-01", EXPECT("TUR>SYR 154 asserted 2012-07-01"));
	/* units readied to strike raise their alert */
	check_with(cd, "North Korea ordered its artillery units to be ready to strike South Korea on "
		   "Tuesday.", "2013-03-26", EXPECT("PRK>KOR 152 asserted 2013-03-26"));
	/* drills held as a warning show force */
	check_with(cd, "Chinese troops staged drills in a warning to Taiwan on Tuesday.", "2004-07-13",
		   EXPECT("CHNMIL>TWN 150 asserted 2004-07-13"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_oldforce_groups),
		cmocka_unit_test(test_oldforce_militias),
		cmocka_unit_test(test_oldforce_targeted),
		cmocka_unit_test(test_oldforce_aircraft),
		cmocka_unit_test(test_oldforce_fronts),
		cmocka_unit_test(test_oldforce_posture),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
