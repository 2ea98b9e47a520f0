/*
 * test_coder_s18_dissent.c - the coder on verbal conflict as wire copy
 * reports it (tests/dev/README.md, `s18-dissent`), with the whole default
 * dictionary: rebukes drawn from a party past adjectives, labels that
 * rebuke an act's owner, threats to veto a party's bid, deadlines of a
 * week, lawsuits filed at a court before the accused is named, blame
 * laid as liability in reported speech (act_source.c), and a withdrawal
 * from land "claimed by" the asker, which is no land of the asker's own
 * (act.c, from_own_soil()); a verb joined by "and" to a relative clause
 * on an attack shares its antecedent (act_scan.c, act_relative_attack());
 * "the court" after a court named before (match_anaphor.c); likenings to
 * the Nazis; a court's rulings called null and void; what a penalty or a
 * reply answers is background (clause.c, clause_background()); a penalty
 * the speaker says another must suffer is asserted (act_final.c); calls
 * "by" a party rebuffed; an investigation's object is no act of the
 * investigator (act_scan.c, act_accused_act()); "ready to go further";
 * with the negatives each must leave alone.
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_dissent_rebukes(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* a rebuke drawn past its adjectives: from the one named back */
	check_with(cd, "Macron gave an interview to The Economist, drawing a rare public rebuke "
		   "from German Chancellor Angela Merkel.", "2019-11-07",
		   EXPECT("DEUGOV>FRAGOV 111 asserted 2019-11-07"));
	/* a label that rebukes the owner of the move it names */
	check_with(cd, "The European Commission launched an anti-subsidy investigation into "
		   "Chinese electric vehicles, a move Beijing called naked protectionism.",
		   "2023-10-04",
		   EXPECT("IGOEUREEC>CHN 090 asserted 2023-10-04",
			  "CHN>IGOEUREEC 111 asserted 2023-10-04"));
	/* one's own error is no rebuke of another */
	check_with(cd, "President Hassan Rouhani called it an unforgivable error.", "2020-01-11",
		   NONE);
	/* liability laid in reported speech: the speaker accuses */
	check_with(cd, "A U.N. human rights investigator said there was credible evidence that "
		   "Saudi Crown Prince Mohammed bin Salman was liable for the killing of "
		   "Jamal Khashoggi.", "2019-06-19",
		   EXPECT("IGOUNOHRC>SAUGOV 112 asserted 2019-06-19"));
	/* a label of bigotry on the move: a rebuke of its maker */
	check_with(cd, "The ICC issued an arrest warrant for Netanyahu, a move Israel called "
		   "antisemitic.", "2024-11-21",
		   EXPECT("IGOICC>ISRGOV 173 asserted 2024-11-21",
			  "ISR>IGOICC 111 asserted 2024-11-21"));
	/* the attack an investigation looks into, and its toll, are no act
	 * of the investigator */
	check_with(cd, "Poland opened an investigation on Wednesday into a missile blast that "
		   "killed two people near the Ukrainian border.", "2022-11-16", NONE);
	/* likened to the Nazis, past the act named after the party */
	check_with(cd, "Israel summoned Brazil's ambassador after Lula likened Israel's war in "
		   "Gaza to the Nazi genocide of Jews.", "2024-02-19",
		   EXPECT("ISR>BRA 114 asserted 2024-02-19",
			  "BRAGOV>ISR 111 asserted 2024-02-19"));
	check_with(cd, "Erdogan said Netanyahu was no different from Hitler.", "2023-12-27",
		   EXPECT("TURGOV>ISRGOV 111 asserted 2023-12-27"));
	/* "and wounded" shares the relative clause on the accused attack */
	check_with(cd, "Mikati blamed Israel for the explosions of pagers that killed nine people "
		   "and wounded thousands of Hezbollah members.", "2024-09-17",
		   EXPECT("LBNGOV>ISR 1123 asserted 2024-09-17"));
	coder_done(cd, lx, NULL);
}

static void test_dissent_demands_threats(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* a threat to veto the bids of two states: at each */
	check_with(cd, "Turkey's threat to veto the NATO bids of Sweden and Finland stalled "
		   "accession talks.", "2022-05-18",
		   EXPECT("TUR>SWE 130 asserted 2022-05-18", "TUR>FIN 130 asserted 2022-05-18"));
	/* a week's deadline, and "gave ... in ... to" is no giving in */
	check_with(cd, "West African leaders gave the junta in Niger one week to reinstate "
		   "President Mohamed Bazoum.", "2023-07-30",
		   EXPECT("IGOWAFECW>NERGOV 139 asserted 2023-07-30"));
	/* land claimed by the asker is not the asker's own soil: the state
	 * is asked; the asker's own country asks the forces */
	check_with(cd, "Putin demanded that Ukraine withdraw its troops from four regions "
		   "claimed by Russia.", "2024-06-14",
		   EXPECT("RUSGOV>UKR 1056 asserted 2024-06-14"));
	check_with(cd, "Mali's junta demanded that France withdraw its troops from the country.",
		   "2022-02-18", EXPECT("MLIGOV>FRAMIL 1056 asserted 2022-02-18"));
	/* the penalty the speaker says another must suffer: a threat made;
	 * what it answers is background, and so is the relative clause on
	 * it */
	check_with(cd, "Khamenei said that Israel must be punished for its strike on the Iranian "
		   "consulate in Damascus, which killed seven officers.", "2024-04-10",
		   EXPECT("IRNGOV>ISR 130 asserted 2024-04-10"));
	check_with(cd, "Iran warned on Tuesday it would retaliate against Israel for an air "
		   "strike on its embassy compound in Damascus that killed two generals.",
		   "2024-04-02",
		   EXPECT("IRN>ISR 138 asserted 2024-04-02"));
	/* more penalties held out by the sayer's own state: at the party
	 * of the condition */
	check_with(cd, "British Prime Minister Boris Johnson announced sanctions on five Russian "
		   "banks on Tuesday and warned that Britain was ready to go further if Moscow "
		   "invaded Ukraine.", "2022-02-22",
		   EXPECT("GBRGOV>RUSBUS 163 asserted 2022-02-22",
			  "GBRGOV>RUS 130 asserted 2022-02-22"));
	/* calls "by" a party rebuffed: at the party */
	check_with(cd, "Israel rebuffed calls by French President Emmanuel Macron for a ceasefire "
		   "in Gaza.", "2023-11-10", EXPECT("ISR>FRAGOV 127 asserted 2023-11-10"));
	/* a lawsuit at a court, the day between it and the accused */
	check_with(cd, "Gambia filed a lawsuit at the United Nations' top court on Monday "
		   "accusing Myanmar of genocide.", "2019-11-11",
		   EXPECT("GMB>MMR 115 asserted 2019-11-11"));
	/* "the court" after the court named before; its rulings refused */
	check_with(cd, "The International Criminal Court issued an arrest warrant for Vladimir "
		   "Putin, and the Kremlin said it considered the court's decisions null and "
		   "void.", "2023-03-17",
		   EXPECT("IGOICC>RUSGOV 173 asserted 2023-03-17",
			  "RUSGOV>IGOICC 1213 asserted 2023-03-17"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dissent_rebukes),
		cmocka_unit_test(test_dissent_demands_threats),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
