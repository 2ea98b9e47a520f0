/*
 * test_coder_s17_pair.c - the coder on references to a pair of actors
 * named in a sentence before: "the two neighbours" and "the two
 * countries" as the states, not the leaders who stood for them, and
 * "the two countries' leaders" as their governments; a pair
 * that "blamed each other" or of which "each side blamed the other";
 * "the other side" and "its rival" as the member of the pair that the
 * sentence's first actor is not, a group keeping its own code; a
 * state's army and a group of it as a pair; what a pair had done for
 * years, which is history, not news.
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
	/* the two countries' leaders are each state's government */
	check_with(cd, "India and Pakistan agreed to a full ceasefire on Saturday. U.S. Secretary "
		   "of State Marco Rubio praised the two countries' leaders for their wisdom.",
		   "2025-05-10",
		   EXPECT("IND>PAK 0871 asserted 2025-05-10", "PAK>IND 0871 asserted 2025-05-10",
			  "USAGOV>INDGOV 051 asserted 2025-05-10",
			  "USAGOV>PAKGOV 051 asserted 2025-05-10"));
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

static void test_pair_groups_and_history(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a state's army and a group of it are the two sides */
	check_with(cd, "Sudan's army and the Rapid Support Forces agreed to a 24-hour ceasefire on "
		   "Tuesday. Within hours, the two sides accused each other of violating it.",
		   "2023-04-19",
		   EXPECT("SDNMIL>SDNREBRSF 0871 asserted 2023-04-18",
			  "SDNREBRSF>SDNMIL 0871 asserted 2023-04-18",
			  "SDNMIL>SDNREBRSF 112 asserted 2023-04-19",
			  "SDNREBRSF>SDNMIL 112 asserted 2023-04-19"));
	/* what the pair had done for decades is no news */
	check_with(cd, "The Philippine government and the Moro Islamic Liberation Front signed a "
		   "peace deal on Thursday. The two sides had fought since the 1970s.", "2014-03-27",
		   EXPECT("PHLGOV>PHLREBMIL 057 asserted 2014-03-27",
			  "PHLREBMIL>PHLGOV 057 asserted 2014-03-27"));
	check_with(cd, "India and Pakistan agreed to a ceasefire on Saturday. The two neighbours had "
		   "fought for decades over Kashmir.", "2025-05-10",
		   EXPECT("IND>PAK 0871 asserted 2025-05-10", "PAK>IND 0871 asserted 2025-05-10"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pair_states_and_each),
		cmocka_unit_test(test_pair_other_side),
		cmocka_unit_test(test_pair_groups_and_history),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
