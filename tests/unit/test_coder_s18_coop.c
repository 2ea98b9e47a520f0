/*
 * test_coder_s18_coop.c - the coder on material cooperation and aid as
 * wire copy words it (tests/dev/README.md, `s18-coop`), with the whole
 * default dictionary: a fugitive extradited past an apposition that
 * names him again ("known by the alias", a nickname in single quotes:
 * match_merge.c, alias_head(), quote_tok()); energy sold under a
 * contract, arms deliveries told as nouns or in the passive, aid
 * packages "announced by", money approved "in support for", arms sales
 * blocked or notified, troops sent at a state's request, development
 * banks, a group's plot told to its target (verbs-34-coop.dict,
 * organisations.dict); Assange as a civilian (people dict); joint drills only
 * agreed on (coder.c, joint_act()); "his visit to Kyiv" as the foreign
 * visitor's (match_pronoun.c, visitor_poss()).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_coop_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* the requesting state after "to", past an apposition with an alias */
	check_with(cd, "Colombia extradited Dairo Antonio Usuga, the former head of the Clan del "
		   "Golfo cartel known by the alias Otoniel, to the United States on Wednesday.",
		   "2022-05-04", EXPECT("COL>USA 063 asserted 2022-05-04"));
	/* ... and past a nickname in single quotes */
	check_with(cd, "Mexico extradited Ovidio Guzman, a son of jailed drug lord Joaquin 'El "
		   "Chapo' Guzman, to the United States on Friday.", "2023-09-15",
		   EXPECT("MEX>USA 063 asserted 2023-09-15"));
	/* people wanted by another state sent to it are handed over */
	check_with(cd, "Mexico transferred 26 suspected cartel members to the United States on "
		   "Tuesday.", "2025-08-12", EXPECT("MEX>USA 063 asserted 2025-08-12"));
	/* energy sold under a contract is trade, not arms */
	check_with(cd, "Gazprom started supplying natural gas to Serbia under a new three-year "
		   "contract on Monday.", "2022-05-30", EXPECT("RUSBUS>SRB 061 asserted 2022-05-30"));
	/* a delivery told as a noun, from one state to another */
	check_with(cd, "The delivery of the first IRIS-T air defence system from Germany to "
		   "Ukraine was completed on Tuesday.", "2022-10-11",
		   EXPECT("DEU>UKR 072 asserted 2022-10-11"));
	/* ... with its sender after "by" */
	check_with(cd, "The delivery of 31 Abrams tanks to Ukraine by the United States was "
		   "completed on Monday.", "2023-09-25", EXPECT("USA>UKR 072 asserted 2023-09-25"));
	/* a passive delivery with no agent: the state named with the weapons */
	check_with(cd, "The first parts of a Russian S-400 missile defence system were delivered "
		   "to Turkey on Friday.", "2019-07-12", EXPECT("RUS>TUR 062 asserted 2019-07-12"));
	/* an aid package announced by its giver */
	check_with(cd, "A $400 million military aid package for Ukraine announced by the Pentagon "
		   "on Friday includes more HIMARS ammunition.", "2023-06-09",
		   EXPECT("USAGOV>UKR 072 asserted 2023-06-09"));
	/* money approved in support of a state, by a development bank */
	check_with(cd, "The Asian Development Bank approved $400 million in budget and social "
		   "support for Sri Lanka on Thursday.", "2023-06-29",
		   EXPECT("IGOASADEVADB>LKA 071 asserted 2023-06-29"));
	/* an arms sale blocked is military aid cut, not trade cut */
	check_with(cd, "The U.S. Senate voted to block the sale of precision-guided munitions to "
		   "Saudi Arabia on Thursday.", "2019-06-20",
		   EXPECT("USALEG>SAU 1622 asserted 2019-06-20"));
	/* an arms sale notified to the legislature is approved */
	check_with(cd, "The State Department notified Congress on Friday of a $1.83 billion arms "
		   "sale to Taiwan.", "2015-12-18", EXPECT("USAGOV>TWN 062 asserted 2015-12-18"));
	/* troops sent at a state's request protect it; no mobilisation */
	check_with(cd, "Rwanda deployed 1,000 soldiers to Mozambique at the request of the "
		   "Mozambican government on Friday.", "2021-07-09",
		   EXPECT("RWA>MOZ 074 asserted 2021-07-09"));
	/* joint drills agreed on are promised, not held */
	check_with(cd, "Japan and India agreed on Thursday to hold joint drills.", "2022-09-08",
		   EXPECT("JPN>IND 0312 asserted 2022-09-08", "IND>JPN 0312 asserted 2022-09-08"));
	/* ... where a joint patrol flown is held */
	check_with(cd, "Chinese and Russian bombers flew a joint patrol near Japan on Tuesday.",
		   "2022-05-24",
		   EXPECT("CHNMIL>RUSMIL 062 asserted 2022-05-24",
			  "RUSMIL>CHNMIL 062 asserted 2022-05-24",
			  "CHNMIL>JPN 150 asserted 2022-05-24", "RUSMIL>JPN 150 asserted 2022-05-24"));
	/* aid asked for is an appeal, no aid */
	check_with(cd, "Ukraine asked Germany for more Patriot systems on Monday.", "2024-03-04",
		   EXPECT("UKR>DEU 0232 asserted 2024-03-04"));
	/* "his visit to Kyiv" is the foreign visitor's, not the host's */
	check_with(cd, "Ukrainian Foreign Minister Andrii Sybiha asked U.S. Secretary of State "
		   "Antony Blinken for more air defence systems during his visit to Kyiv on "
		   "Wednesday.", "2024-09-11",
		   EXPECT("USAGOV>UKR 042 asserted 2024-09-11", "UKRGOV>USAGOV 0232 asserted 2024-09-11"));
	/* ... and the subject's when the subject is the foreigner */
	check_with(cd, "Putin met Xi during his visit to China on Tuesday.", "2024-05-14",
		   EXPECT("RUSGOV>CHN 042 asserted 2024-05-14", "RUSGOV>CHNGOV 040 asserted 2024-05-14"));
	/* a group's plot told to the state it threatens is intelligence */
	check_with(cd, "Washington had warned Moscow that extremists were planning an attack on "
		   "concerts.", "2024-03-22", EXPECT("USA>RUS 064 asserted 2024-03-22"));
	/* ... not a state's own attack, which it threatens */
	check_with(cd, "Iran warned Israel on Sunday that Tehran was planning attacks on its "
		   "territory.", "2024-04-14", EXPECT("IRN>ISR 190 planned 2024-04-14"));
	/* asylum granted to Assange, a civilian as the gold sets code him */
	check_with(cd, "Ecuador granted political asylum to Julian Assange on Thursday.",
		   "2012-08-16", EXPECT("ECU>AUSCVL 075 asserted 2012-08-16"));
	/* a film's delivery is no event */
	check_with(cd, "The studio said the delivery of the film to cinemas was delayed.",
		   "2024-03-04", NONE);
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_coop_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
