/*
 * test_coder_s17_pair.c - the coder on references to a pair of actors
 * named in a sentence before: "the two neighbours" and "the two
 * countries" as the states, not the leaders who stood for them; a pair
 * that "blamed each other" or of which "each side blamed the other";
 * "the other side" and "its rival" as the member of the pair that the
 * sentence's first actor is not, a group keeping its own code.
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_pair_states_and_each(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the neighbours after two leaders are their states */
	check_with(cd, "Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki "
		   "signed a declaration in Asmara on Monday. The two neighbours agreed to reopen "
		   "embassies.", "2018-07-09",
		   EXPECT("ETHGOV>ERIGOV 057 asserted 2018-07-09",
			  "ERIGOV>ETHGOV 057 asserted 2018-07-09",
			  "ETH>ERI 054 asserted 2018-07-09",
			  "ERI>ETH 054 asserted 2018-07-09"));
	/* a pair blaming each other is no state rebuking itself */
	check_with(cd, "Armenia and Azerbaijan fought heavy battles over Nagorno-Karabakh on "
		   "Monday. The two countries blamed each other for starting the fighting.",
		   "2020-09-28",
		   EXPECT("ARM>AZE 190 asserted 2020-09-28", "AZE>ARM 190 asserted 2020-09-28",
			  "ARM>AZE 112 asserted 2020-09-28", "AZE>ARM 112 asserted 2020-09-28"));
	/* "each side ... the other" after the pair's sentence */
	check_with(cd, "Fighting broke out between Armenia and Azerbaijan on Tuesday. Each side "
		   "blamed the other for the clashes.", "2022-09-13",
		   EXPECT("ARM>AZE 190 asserted 2022-09-13", "AZE>ARM 190 asserted 2022-09-13",
			  "ARM>AZE 112 asserted 2022-09-13", "AZE>ARM 112 asserted 2022-09-13"));
	/* (no pair of actors before: football clubs are no sides) */
	check_with(cd, "Manchester City and Arsenal drew 0-0 on Sunday. Each side blamed the "
		   "other for the dull game.", "2024-03-31", NONE);
	coder_done(cd, lx, NULL);
}

static void test_pair_other_side(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the other side is the member the accuser is not */
	check_with(cd, "Sergei Lavrov and Dmytro Kuleba met in Antalya on Thursday. Kuleba accused "
		   "the other side of seeking Ukraine's surrender.", "2022-03-10",
		   EXPECT("RUSGOV>UKRGOV 044 asserted 2022-03-10",
			  "UKRGOV>RUSGOV 044 asserted 2022-03-10",
			  "UKRGOV>RUSGOV 112 asserted 2022-03-10"));
	/* a state's rival is the other state, not its troops */
	check_with(cd, "Indian and Chinese troops clashed in the Galwan valley on Monday night. "
		   "India accused its rival of trying to change the status quo on the border.",
		   "2020-06-16",
		   EXPECT("INDMIL>CHNMIL 190 asserted 2020-06-15",
			  "CHNMIL>INDMIL 190 asserted 2020-06-15",
			  "IND>CHN 112 asserted 2020-06-16"));
	/* a group keeps its own code */
	check_with(cd, "Israel and Hezbollah agreed on Tuesday to a ceasefire. Prime Minister "
		   "Benjamin Netanyahu said Israel would strike the other side hard if it violated "
		   "the deal.", "2024-11-26",
		   EXPECT("ISR>LBNINSHEZ 0871 asserted 2024-11-26",
			  "LBNINSHEZ>ISR 0871 asserted 2024-11-26",
			  "ISRGOV>LBNINSHEZ 138 asserted 2024-11-26"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pair_states_and_each),
		cmocka_unit_test(test_pair_other_side),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
