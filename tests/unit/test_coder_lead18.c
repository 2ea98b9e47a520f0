/*
 * test_coder_lead18.c - the coder on rules found by the lead's probe of
 * 2011-2020 ledes (tests/dev/README.md, `lead18`): a release only a
 * pronoun names ("demanded her immediate release") is asked of whoever
 * the sentence says took the captive (act_target.c, captor_before());
 * a state security body's agents are its spies; more pressure pledged
 * by sanctions threatens them, and pressure alone pledged is no act;
 * Britain's opposition leaders of the 2010s are known by name and date;
 * a politician who "attacks" another does it in words (act_context.c);
 * a person the dictionaries know, on a date none of their roles covers,
 * is their state's elite (match.c, match_person_between_roles()); an
 * extradition is asked of the state it is asked from; a pair signing
 * "with" a third signs with it; a group's summit that its members hold
 * is their meeting (match_names.c, held_summit()); an annexation
 * proclaimed is made; water cannon in the passive coerces ships; "their"
 * in "during their attack" is the clause's doers (match_pronoun.c); a
 * recall or expulsion ordered is made (act_scan.c); "it" that a threat
 * says will suffer is the threatened (match_pronoun.c made_to_suffer());
 * a retaliation ordered against a party threatens it.
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_lead18_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* the captor, not another state the sentence names before */
	check_with(cd, "Canadian authorities arrested Huawei's Meng Wanzhou in Vancouver at the "
		   "request of the United States, and China demanded her immediate release.",
		   "2018-12-06",
		   EXPECT("CANGOV>CHNBUS 173 asserted 2018-12-06",
			  "CHN>CAN 1053 asserted 2018-12-06"));
	/* a pronoun read as a stateless title: still the captor's state */
	check_with(cd, "Venezuelan intelligence agents arrested Roberto Marrero, chief of staff to "
		   "opposition leader Juan Guaido, on Thursday, and Washington demanded his "
		   "immediate release.", "2019-03-21",
		   EXPECT("VENSPY>VENGOV 173 asserted 2019-03-21",
			  "USA>VEN 1053 asserted 2019-03-21"));
	/* (captives a state holds at home: that state) */
	check_with(cd, "France demanded the immediate release of two French nationals held in Iran.",
		   "2025-05-16", EXPECT("FRA>IRN 1053 asserted 2025-05-16"));
	/* state security agents are spies */
	check_with(cd, "Chinese state security agents detained former Canadian diplomat Michael "
		   "Kovrig in Beijing.", "2018-12-13",
		   EXPECT("CHNSPY>CANELI 173 asserted 2018-12-13"));
	/* more pressure by sanctions is their threat */
	check_with(cd, "South Korea and the United States condemned North Korea's fifth nuclear test "
		   "on Friday and vowed to step up pressure on Pyongyang through new sanctions.",
		   "2016-09-09",
		   EXPECT("KOR>PRK 111 asserted 2016-09-09", "USA>PRK 111 asserted 2016-09-09",
			  "KOR>PRK 1312 asserted 2016-09-09", "USA>PRK 1312 asserted 2016-09-09"));
	/* (pressure alone pledged is no act) */
	check_with(cd, "Group of Seven foreign ministers met Ukrainian Foreign Minister Andrii "
		   "Sybiha on Wednesday and pledged to keep up pressure on Russia.", "2025-11-12",
		   EXPECT("IGOWSTG07>UKRGOV 040 asserted 2025-11-12"));
	/* Corbyn led the opposition from 2015 to 2020; Miliband before him */
	check_with(cd, "Britain's opposition Labour leader Jeremy Corbyn accused Prime Minister "
		   "Boris Johnson on Tuesday of lying.", "2019-11-26",
		   EXPECT("GBROPP>GBRGOV 112 asserted 2019-11-26"));
	check_with(cd, "Ed Miliband criticised Prime Minister David Cameron on Wednesday.",
		   "2013-11-27", EXPECT("GBROPP>GBRGOV 111 asserted 2013-11-27"));
	/* a politician attacks another in words, over whatever it is */
	check_with(cd, "Opposition leader Jeremy Corbyn attacked Prime Minister Theresa May over "
		   "her Brexit deal on Wednesday.", "2019-01-16",
		   EXPECT("GBROPP>GBRGOV 111 asserted 2019-01-16"));
	check_with(cd, "French President Emmanuel Macron attacked Italy's government over its "
		   "migrant policy.", "2018-06-13", EXPECT("FRAGOV>ITAGOV 111 asserted 2018-06-13"));
	/* (states and gunmen attack with arms; a man's blow is an attempt) */
	check_with(cd, "Russia attacked Ukraine on Thursday.", "2022-02-24",
		   EXPECT("RUS>UKR 190 asserted 2022-02-24"));
	check_with(cd, "A man attacked Danish Prime Minister Mette Frederiksen in Copenhagen on "
		   "Friday.", "2024-06-07", EXPECT("DNKCVL>DNKGOV 185 asserted 2024-06-07"));
	/* a known person on a date none of her roles covers: her state's elite */
	check_with(cd, "Yulia Navalnaya, widow of Kremlin critic Alexei Navalny, accused Russian "
		   "President Vladimir Putin on Friday of killing her husband.", "2024-02-16",
		   EXPECT("RUSELI>RUSGOV 112 asserted 2024-02-16"));
	check_with(cd, "Yulia Navalnaya accused Russian President Vladimir Putin on Friday of "
		   "killing her husband.", "2024-03-01",
		   EXPECT("RUSOPP>RUSGOV 112 asserted 2024-03-01"));
	/* an extradition is asked of the state it is asked "from" */
	check_with(cd, "Erdogan demanded his extradition from the United States.", "2016-07-16",
		   EXPECT("TURGOV>USA 1013 asserted 2016-07-16"));
	/* a pair that signs with a third signs with it, each */
	check_with(cd, "The United Arab Emirates and Bahrain signed agreements to normalise "
		   "relations with Israel at the White House on Tuesday.", "2020-09-15",
		   EXPECT("ARE>ISR 057 asserted 2020-09-15", "ISR>ARE 057 asserted 2020-09-15",
			  "BHR>ISR 057 asserted 2020-09-15", "ISR>BHR 057 asserted 2020-09-15"));
	/* (a pair alone signs with itself) */
	check_with(cd, "Israel and Morocco signed an agreement to normalise relations on Thursday.",
		   "2020-12-10",
		   EXPECT("ISR>MAR 057 asserted 2020-12-10", "MAR>ISR 057 asserted 2020-12-10"));
	/* a group's summit its members hold is their meeting */
	check_with(cd, "The leaders of Japan and India held their first Quad summit on Friday.",
		   "2021-09-24",
		   EXPECT("JPNGOV>INDGOV 040 asserted 2021-09-24",
			  "INDGOV>JPNGOV 040 asserted 2021-09-24"));
	/* (the summit that acts is the group) */
	check_with(cd, "The Quad summit criticised China on Friday.", "2021-09-24",
		   EXPECT("IGOQUD>CHN 111 asserted 2021-09-24"));
	/* an annexation proclaimed or declared is made */
	check_with(cd, "Putin proclaimed the annexation of four Ukrainian regions on Friday.",
		   "2022-09-30", EXPECT("RUSGOV>UKR 192 asserted 2022-09-30"));
	/* (one condemned is not) */
	check_with(cd, "Kyiv condemned the annexation of four regions on Friday.", "2022-09-30",
		   NONE);
	/* water cannon in the passive coerces ships as in the active */
	check_with(cd, "Philippine coast guard vessels were hit by Chinese water cannon near the "
		   "Second Thomas Shoal on Saturday.", "2024-03-02",
		   EXPECT("CHN>PHLMIL 170 asserted 2024-03-02"));
	/* "their" in what the act happened during is the doers' */
	check_with(cd, "Hamas gunmen abducted more than 200 people during their attack on southern "
		   "Israel.", "2023-10-07",
		   EXPECT("PSEINSHMS>ISR 190 asserted 2023-10-07",
			  "PSEINSHMS>ISRCVL 181 asserted 2023-10-07"));
	/* (their march is the protesters') */
	check_with(cd, "Russian police arrested 50 protesters during their march on the Kremlin.",
		   "2023-10-07", EXPECT("RUSCOP>RUSCVL 173 asserted 2023-10-07"));
	/* a recall or an expulsion ordered is made */
	check_with(cd, "Israel ordered the immediate recall of its ambassadors from Norway and "
		   "Ireland on Wednesday.", "2024-05-22",
		   EXPECT("ISR>NOR 161 asserted 2024-05-22", "ISR>IRL 161 asserted 2024-05-22"));
	check_with(cd, "Mali ordered the expulsion of the French ambassador on Monday.",
		   "2022-01-31", EXPECT("MLI>FRA 161 asserted 2022-01-31"));
	/* the one a threat says will suffer is no speaker */
	check_with(cd, "Pagers used by Hezbollah members exploded across Lebanon on Tuesday, and "
		   "the group blamed Israel and vowed that it would receive its just punishment.",
		   "2024-09-17", EXPECT("LBNINSHEZ>ISR 112 asserted 2024-09-17",
					"LBNINSHEZ>ISR 138 asserted 2024-09-17"));
	/* a retaliation ordered against a party threatens it */
	check_with(cd, "Khamenei ordered a direct retaliation against Israel.", "2024-07-31",
		   EXPECT("IRNGOV>ISR 138 asserted 2024-07-31"));
	/* (one it answers is background) */
	check_with(cd, "Israel struck Iran in retaliation for the missile attack.", "2024-10-26",
		   EXPECT("ISR>IRN 195 asserted 2024-10-26"));
	/* a group's targets struck in a place: the group */
	check_with(cd, "Egyptian warplanes pounded Islamic State targets in the Libyan city of "
		   "Derna on Monday.", "2015-02-16",
		   EXPECT("EGYMIL>IMGMUSISI 195 asserted 2015-02-16"));
	/* (targets of no one named: the place's state) */
	check_with(cd, "Israeli warplanes struck targets in Syria on Monday.", "2015-02-16",
		   EXPECT("ISRMIL>SYR 195 asserted 2015-02-16"));
	/* a weapon that lands pays no visit; a leader who lands does */
	check_with(cd, "A Russian missile landed in a Polish village on Tuesday.", "2022-11-15",
		   NONE);
	check_with(cd, "Putin landed in Pyongyang on Wednesday.", "2024-06-19",
		   EXPECT("RUSGOV>PRK 042 asserted 2024-06-19"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lead18_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
