/*
 * test_coder_s17_force.c - the coder on coercion and violence as wire
 * copy tells it in long sentences: attackers called "suspected" after
 * a subordinator, troops clashing with unnamed militants (a battle both
 * ways, not terror), strikes traded by a pair named before, pirates by
 * their demonym, a passive killing placed "in the city of X", police
 * shooting foreign visitors (an attack, not repression), an attack "that
 * Islamic State claimed" in a relative clause, and authorities in a
 * state's province.
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_force_attackers),
		cmocka_unit_test(test_force_pairs_and_places),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
