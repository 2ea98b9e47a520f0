/*
 * test_coder_s18_force.c - the coder on coercion and violence as wire
 * copy tells it in long sentences: attackers called "suspected" after
 * a subordinator, troops clashing with unnamed militants (a battle both
 * ways, not terror), strikes traded by a pair named before, pirates by
 * their demonym, a passive killing placed "in the city of X", police
 * shooting foreign visitors (an attack, not repression), an attack "that
 * Islamic State claimed" in a relative clause, authorities in a
 * state's province, bombings carried out by their kind, a landmark
 * "near" what was struck, a rebuke of a strike told by its weapon's
 * demonym, an attack launched "on" a state, an accusation denied, and
 * markets that rally.
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_force_attackers(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* "suspected" after "when" hedges no act */
	check_with(cd, "Nine soldiers were killed when suspected jihadists attacked a military post "
		   "in northern Burkina Faso on Monday, the army said.", "2024-05-07",
		   EXPECT("---INS>BFAMIL 180 asserted 2024-05-06"));
	/* a clash with unnamed militants is a battle both ways */
	check_with(cd, "Nigerian troops clashed with militants near Maiduguri on Sunday, the army "
		   "said.", "2024-05-06",
		   EXPECT("NGAMIL>---INS 190 asserted 2024-05-05",
			  "---INS>NGAMIL 190 asserted 2024-05-05"));
	/* pirates by their demonym hijack a ship */
	check_with(cd, "Somali pirates hijacked a Maltese-flagged bulk carrier off the coast of "
		   "Somalia on Thursday.", "2023-12-15",
		   EXPECT("SOMINS>MLTBUS 181 asserted 2023-12-14"));
	/* the relative clause's claimant attacked */
	check_with(cd, "Twelve soldiers were killed in an attack on a military base in Mali on "
		   "Sunday that Islamic State claimed on Monday, officials said.", "2024-05-07",
		   EXPECT("IMGMUSISI>MLIMIL 190 asserted 2024-05-05"));
	coder_done(cd, lx, NULL);
}

static void test_force_pairs_and_places(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* strikes traded by the pair named before */
	check_with(cd, "Israeli Defence Minister Israel Katz warned Iran on Saturday, as the two "
		   "countries traded strikes for a second day.", "2025-06-14",
		   EXPECT("ISRGOV>IRN 130 asserted 2025-06-14", "ISR>IRN 195 asserted 2025-06-14",
			  "IRN>ISR 195 asserted 2025-06-14"));
	/* strikes traded "with" the other side */
	check_with(cd, "Pakistan traded artillery fire with India along the Line of Control on "
		   "Tuesday.", "2019-03-06",
		   EXPECT("PAK>IND 194 asserted 2019-03-05", "IND>PAK 194 asserted 2019-03-05"));
	/* "in the city of X" is where the passive happened, not its
	 * target; police shooting foreign tourists attack them */
	check_with(cd, "Two Israeli tourists were shot dead in the Egyptian city of Alexandria on "
		   "Sunday by a police officer.", "2023-10-08",
		   EXPECT("EGYCOP>ISRCVL 1823 asserted 2023-10-08"));
	/* (police shooting protesters still repress them) */
	check_with(cd, "Egyptian police shot dead two protesters in the city of Alexandria on "
		   "Sunday.", "2023-10-08", EXPECT("EGYCOP>EGYCVL 175 asserted 2023-10-08"));
	/* authorities in a state's province are its government */
	check_with(cd, "Authorities in India's northeastern state of Manipur imposed a curfew on "
		   "Thursday.", "2023-05-04", EXPECT("INDGOV>IND 1723 asserted 2023-05-04"));
	/* (a state named after "state of" with no possessor is the state) */
	check_with(cd, "The Gulf state of Qatar condemned the Israeli strike on Friday.",
		   "2025-09-12", EXPECT("QAT>ISR 111 asserted 2025-09-12"));
	coder_done(cd, lx, NULL);
}

static void test_force_bombings_and_rebukes(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a suicide bombing carried out, denied: no air strike */
	check_with(cd, "Al Shabaab denied on Tuesday that it had carried out the suicide "
		   "bombing in Mogadishu.", "2023-01-31",
		   EXPECT("SOMINSSHB>SOMCVL 1831 negated 2023-01-31"));
	/* (a claim that the group was behind it asserts the bombing) */
	check_with(cd, "A commander of the Pakistani Taliban said the group was behind a suicide "
		   "bombing in Peshawar that killed at least 100 police officers.", "2023-01-31",
		   EXPECT("PAKINSTTP>PAKCOP 015 asserted 2023-01-31",
			  "PAKINSTTP>PAKCOP 1831 asserted 2023-01-31"));
	/* an accusation rejected: the accused attack is not coded */
	check_with(cd, "Iran on Monday rejected U.S. accusations that Tehran was behind a drone "
		   "attack that killed three American soldiers in Jordan.", "2024-01-29",
		   EXPECT("IRN>USA 016 asserted 2024-01-29"));
	/* a landmark "near" what was struck is no target */
	check_with(cd, "A drone launched by Yemen's Houthi movement struck a building near a U.S. "
		   "embassy office in Tel Aviv on Friday.", "2024-07-19",
		   EXPECT("YEMREBHTH>ISR 195 asserted 2024-07-19"));
	/* a strike told by its weapon's demonym is the state's */
	check_with(cd, "U.N. Secretary-General Antonio Guterres condemned the Russian missile "
		   "strike on Kyiv on Monday.", "2024-07-08",
		   EXPECT("IGOUNO>RUS 111 asserted 2024-07-08"));
	/* an attack launched on a state, expected */
	check_with(cd, "U.S. officials said on Friday they expected Iran to launch a large-scale "
		   "missile and drone attack on Israel within days.", "2024-04-12",
		   EXPECT("IRN>ISR 195 speculative 2024-04-12"));
	/* a vehicle hit by a roadside bomb: unidentified bombers, not the
	 * state a place after the bomb names */
	check_with(cd, "Eight police officers were killed when their vehicle was hit by a roadside "
		   "bomb in Pakistan's Balochistan province on Monday, officials said.", "2023-02-13",
		   EXPECT("---INS>PAKCOP 1833 asserted 2023-02-13"));
	/* markets rally, no crowd */
	check_with(cd, "Wall Street stocks rallied for a fifth straight session on Friday.",
		   "2023-11-03", NONE);
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_force_attackers),
		cmocka_unit_test(test_force_pairs_and_places),
		cmocka_unit_test(test_force_bombings_and_rebukes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
