/*
 * test_coder_s20_oldforce.c - the coder on force, coercion, assault and
 * fighting as the wire ledes of 2000-2013 tell them (CAMEO roots 15 and
 * 17-20): the armed groups of that era named by their own names (Somalia's
 * Islamic Courts, Fatah al-Islam, al-Qaeda in Iraq, the Mahdi Army,
 * Chechen rebels), and the militias that fight beside a government's
 * forces, which are its armed force.
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
		   EXPECT("LBNMIL>LBNINSFAI 190 asserted 2007-05-20"));
	/* al-Qaeda in Iraq is al-Qaeda, not Iraq */
	check_with(cd, "Al Qaeda in Iraq claimed responsibility on Thursday for suicide bombings at "
		   "three Amman hotels that killed 57 people.", "2005-11-10",
		   EXPECT("IMGMUSALQ>JORCVL 1831 asserted 2005-11-10",
			  "IMGMUSALQ>JOR 015 asserted 2005-11-10"));
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_oldforce_groups),
		cmocka_unit_test(test_oldforce_militias),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
