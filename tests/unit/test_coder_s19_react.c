/*
 * test_coder_s19_react.c - the coder on reactions told inside long
 * wire ledes: a rebuke in a clause on an accord or an attack named
 * again ("a pact Netanyahu called a historic mistake", "an attack Qatar
 * condemned"), or in a free relative ("in what the Kremlin called an act
 * of aggression"), aimed at the doer's state; a rebuke in reported
 * speech of the act named again ("said the decision was meaningless",
 * "said the mass deportations were inhumane", "a move that Britain said
 * would undermine the city's freedoms"); a threat answering an act of
 * three states, or of the forces of two, aimed at each; a threat in a
 * clause on an attack named again, aimed at the attackers' state; a
 * promise to hit back at sanctions, a ban or a closure, a threat in kind
 * (130); and a search of an actor, an inquiry (091).
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_react_named_again(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a pact named again: both who clinched it are rebuked */
	check_with(cd, "U.S. Secretary of State John Kerry and Iranian Foreign Minister Mohammad "
		   "Javad Zarif clinched a nuclear deal on Tuesday, a pact Israeli Prime Minister "
		   "Benjamin Netanyahu called a historic mistake.", "2015-07-14",
		   EXPECT("USAGOV>IRNGOV 057 asserted 2015-07-14",
			  "IRNGOV>USAGOV 057 asserted 2015-07-14",
			  "ISRGOV>USAGOV 111 asserted 2015-07-14",
			  "ISRGOV>IRNGOV 111 asserted 2015-07-14"));
	/* an attack named again: the jets' state is rebuked */
	check_with(cd, "Israeli jets struck a building in Doha on Tuesday, an attack Qatar condemned "
		   "as cowardly.", "2025-09-09",
		   EXPECT("ISRMIL>QAT 195 asserted 2025-09-09", "QAT>ISR 111 asserted 2025-09-09"));
	/* (the attack named again after a long clause: no pattern before
	 * the comma reaches into the clause on it) */
	check_with(cd, "Israeli jets struck a building in Doha where Hamas leaders were meeting to "
		   "discuss a U.S. ceasefire proposal on Tuesday, an attack Qatar condemned as "
		   "cowardly.", "2025-09-09",
		   EXPECT("ISRMIL>QAT 195 asserted 2025-09-09", "QAT>ISR 111 asserted 2025-09-09"));
	/* "in what", after a comma or right after the clause */
	check_with(cd, "Turkish F-16 jets shot down a Russian warplane near the Syrian border on "
		   "Tuesday, in what President Vladimir Putin called a stab in the back.",
		   "2015-11-24",
		   EXPECT("TURMIL>RUSMIL 195 asserted 2015-11-24", "RUSGOV>TUR 111 asserted 2015-11-24"));
	check_with(cd, "U.S. warships fired dozens of cruise missiles at a Syrian air base on Friday "
		   "in what the Kremlin called an act of aggression.", "2017-04-07",
		   EXPECT("USAMIL>SYRMIL 195 asserted 2017-04-07", "RUSGOV>USA 111 asserted 2017-04-07"));
	/* (a state calling its own attack retaliation rebukes no one) */
	check_with(cd, "Russia said on Wednesday it was expelling 24 Italian diplomats in "
		   "retaliation for Rome's expulsion of Russian embassy staff.", "2022-05-18",
		   EXPECT("RUS>ITA 161 asserted 2022-05-18"));
	coder_done(cd, lx, NULL);
}

static void test_react_said_and_threats(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the act named again in reported speech, rebuked */
	check_with(cd, "The International Criminal Court issued an arrest warrant for Vladimir Putin "
		   "on Friday, and the Kremlin said the decision was meaningless.", "2023-03-17",
		   EXPECT("IGOICC>RUSGOV 173 asserted 2023-03-17",
			  "RUSGOV>IGOICC 111 asserted 2023-03-17"));
	check_with(cd, "Pakistan began expelling Afghans living in the country without papers on "
		   "Wednesday, and Afghanistan's Taliban government said the mass deportations "
		   "were inhumane.", "2023-11-01",
		   EXPECT("PAK>AFGCVL 174 asserted 2023-11-01", "AFGGOV>PAK 111 asserted 2023-11-01"));
	/* harm foretold of the act rebukes its doer, in the saying */
	check_with(cd, "China's parliament approved a plan on Thursday to impose national security "
		   "legislation on Hong Kong, a move that Britain, Australia and Canada said would "
		   "undermine the city's freedoms.", "2020-05-28",
		   EXPECT("CHNLEG>HKG 1721 planned 2020-05-28", "GBR>CHN 111 asserted 2020-05-28",
			  "AUS>CHN 111 asserted 2020-05-28", "CAN>CHN 111 asserted 2020-05-28"));
	/* (the one said to be harmed is no target) */
	check_with(cd, "Slovak Prime Minister Robert Fico criticised Ukraine on Wednesday for halting "
		   "the transit of Russian gas, saying the move would hurt the European Union more "
		   "than Russia.", "2025-01-01", EXPECT("SVKGOV>UKR 111 asserted 2025-01-01"));
	/* a threat answering three states threatens each */
	check_with(cd, "The United States, Britain and France launched missile strikes on Syria on "
		   "Saturday, and Russia warned of consequences.", "2018-04-14",
		   EXPECT("USA>SYR 195 asserted 2018-04-14", "GBR>SYR 195 asserted 2018-04-14",
			  "FRA>SYR 195 asserted 2018-04-14", "RUS>USA 130 asserted 2018-04-14",
			  "RUS>GBR 130 asserted 2018-04-14", "RUS>FRA 130 asserted 2018-04-14"));
	/* forces of two states named in one list: both states threatened */
	check_with(cd, "U.S. and British warplanes and warships struck more than 60 Houthi targets "
		   "in Yemen early on Friday, and the Iran-aligned group vowed that the attacks "
		   "would not go unpunished.", "2024-01-12",
		   EXPECT("USAMIL>YEMREBHTH 195 asserted 2024-01-12",
			  "GBRMIL>YEMREBHTH 195 asserted 2024-01-12",
			  "YEMREBHTH>USA 138 asserted 2024-01-12",
			  "YEMREBHTH>GBR 138 asserted 2024-01-12"));
	/* a threat in a clause on the attack named again: the forces'
	 * state is threatened */
	check_with(cd, "U.S. forces killed Iranian commander Qassem Soleimani in a drone strike at "
		   "Baghdad airport on Friday, an attack that Iran's Supreme Leader Ayatollah Ali "
		   "Khamenei vowed to avenge with harsh revenge.", "2020-01-03",
		   EXPECT("USAMIL>IRNMIL 186 asserted 2020-01-03", "IRNGOV>USA 138 asserted 2020-01-03"));
	coder_done(cd, lx, NULL);
}

static void test_react_retaliation_in_kind(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* hitting back at a closure or a ban threatens in kind (130) */
	check_with(cd, "The United States ordered China to close its consulate in Houston within 72 "
		   "hours on Wednesday, and Beijing vowed to retaliate.", "2020-07-22",
		   EXPECT("USA>CHN 161 asserted 2020-07-22", "CHN>USA 130 asserted 2020-07-22"));
	check_with(cd, "The European Union banned Belarusian airlines from its airspace on Friday, "
		   "and Minsk said it would retaliate.", "2021-06-04",
		   EXPECT("IGOEUREEC>BLRBUS 163 asserted 2021-06-04",
			  "BLR>IGOEUREEC 130 asserted 2021-06-04"));
	/* (hitting back at a strike threatens force) */
	check_with(cd, "Indian warplanes struck a camp inside Pakistan on Tuesday, and Pakistan vowed "
		   "to retaliate.", "2019-02-26",
		   EXPECT("INDMIL>PAK 195 asserted 2019-02-26", "PAK>IND 138 asserted 2019-02-26"));
	coder_done(cd, lx, NULL);
}

static void test_react_searches(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* an actor searched right after the verb is under inquiry */
	check_with(cd, "Turkish police began searching the Saudi consulate in Istanbul late on "
		   "Monday.", "2018-10-15", EXPECT("TURCOP>SAUGOV 091 asserted 2018-10-15"));
	/* (a search for someone is no inquiry into the place it is in) */
	check_with(cd, "Rescue workers searched for bodies in the Libyan city of Derna on Thursday.",
		   "2023-09-14", NONE);
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_react_named_again),
		cmocka_unit_test(test_react_said_and_threats),
		cmocka_unit_test(test_react_retaliation_in_kind),
		cmocka_unit_test(test_react_searches),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
