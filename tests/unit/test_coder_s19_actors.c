/*
 * test_coder_s19_actors.c - the coder on who acts and on whom in long
 * wire ledes: group names the dictionaries write in lower case ("euro
 * zone leaders", "pro-Russian separatists"); a visitor named by "by"
 * past the day, not a host's "by"; a visit named beside its visitor
 * only when the aside opens right after the name; a subject named after
 * ", and" past a relative clause, and one whose participle phrase holds
 * another name; a mission a city places, its owner's ("its Istanbul
 * consulate"), and in the preposition's phrase, no speaker; a
 * participle after a comma and an adverb in -ly, the main clause's; a
 * threat an envoy voices for his state's people, his own; premises a
 * city places ("the Paris offices of"), those of the one after "of"; a
 * former president running as a candidate, still the state's elite; a
 * role "X-based", X's, and a state's militants no grounds on the state.
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_actors_lower_case_names(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a group the news writes in lower case is found so */
	check_with(cd, "Ukraine accused pro-Russian separatists of shelling the port city of "
		   "Mariupol on Saturday.", "2015-01-25",
		   EXPECT("UKR>UKRREB 1123 asserted 2015-01-24"));
	check_with(cd, "Greek Prime Minister Alexis Tsipras bowed to euro zone leaders on Monday.",
		   "2015-07-13", EXPECT("GRCGOV>IGOEUREEC 080 asserted 2015-07-13"));
	coder_done(cd, lx, NULL);
}

static void test_actors_visitors(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the visitor after "on Tuesday by"; no aside "Pakistan, ... on"
	 * names a visit that far from its commas */
	check_with(cd, "Saudi Arabia agreed to give Pakistan $6 billion in support, including a "
		   "deposit and oil on deferred payment, during a visit to Riyadh on Tuesday by "
		   "Prime Minister Imran Khan.", "2018-10-23",
		   EXPECT("PAKGOV>SAU 042 asserted 2018-10-23", "SAU>PAK 0331 asserted 2018-10-23"));
	/* a host's "by" names no party to the talks */
	check_with(cd, "Thailand and Cambodia agreed to a ceasefire at talks on Monday hosted by "
		   "Malaysian Prime Minister Anwar Ibrahim.", "2025-07-29",
		   EXPECT("THA>KHM 044 asserted 2025-07-28", "KHM>THA 044 asserted 2025-07-28",
			  "THA>KHM 0871 asserted 2025-07-28", "KHM>THA 0871 asserted 2025-07-28",
			  "MYSGOV>THA 043 asserted 2025-07-28", "MYSGOV>KHM 043 asserted 2025-07-28"));
	coder_done(cd, lx, NULL);
}

static void test_actors_subjects(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* ", and" after the relative clause's object opens a clause of
	 * its own: Tusk asks, not the drones */
	check_with(cd, "Polish jets shot down Russian drones that entered Polish airspace "
		   "overnight, and Prime Minister Donald Tusk asked for NATO consultations.",
		   "2025-09-10",
		   EXPECT("POLMIL>RUSMIL 195 asserted 2025-09-10", "RUSMIL>POL 150 asserted 2025-09-10",
			  "POLGOV>IGOWSTNAT 026 asserted 2025-09-10"));
	/* the soldiers trying to topple Erdogan bomb, not Erdogan */
	check_with(cd, "Rebel soldiers trying to topple President Tayyip Erdogan bombed the "
		   "parliament building in Ankara from fighter jets overnight.", "2016-07-16",
		   EXPECT("TURMIL>TURGOV 173 planned 2016-07-16",
			  "TURMIL>TURLEG 195 asserted 2016-07-16"));
	coder_done(cd, lx, NULL);
}

static void test_actors_missions(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the consulate is Saudi Arabia's, not Turkey's, and speaks for
	 * no one after it: "it" is Saudi Arabia */
	check_with(cd, "Saudi Arabia said the journalist died inside its Istanbul consulate, and "
		   "announced it had detained 18 Saudis.", "2018-10-20",
		   EXPECT("SAU>SAUCVL 173 asserted 2018-10-20"));
	coder_done(cd, lx, NULL);
}

static void test_actors_adverb_participles(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* ", reportedly demanding": Japan demands, as after a bare comma */
	check_with(cd, "Japan lodged a protest with China on Tuesday, reportedly demanding the "
		   "release of a detained Astellas employee.", "2023-03-29",
		   EXPECT("JPN>CHN 114 asserted 2023-03-28", "JPN>CHN 1053 asserted 2023-03-28"));
	/* ", formally blaming Moscow": Britain's grounds for the
	 * expulsion, no accusation by the diplomats */
	check_with(cd, "Britain expelled 23 Russian diplomats on Wednesday, formally blaming "
		   "Moscow for the poisoning of a former spy in Salisbury.", "2018-03-14",
		   EXPECT("GBR>RUS 161 asserted 2018-03-14"));
	coder_done(cd, lx, NULL);
}

static void test_actors_voiced_threats(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the ambassador threatens, not the consumers */
	check_with(cd, "China's ambassador to Australia warned that Chinese consumers could "
		   "boycott Australian beef and wine if Canberra kept pushing for an inquiry.",
		   "2020-04-28", EXPECT("CHNGOV>AUS 1312 asserted 2020-04-28"));
	/* (so a leader for his state) */
	check_with(cd, "Kim Jong Un said North Korea would use nuclear weapons if it was attacked "
		   "by the United States.", "2020-04-28",
		   EXPECT("PRKGOV>USA 1385 asserted 2020-04-28"));
	coder_done(cd, lx, NULL);
}

static void test_actors_premises(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the weekly is attacked, not Paris or the people killed */
	check_with(cd, "Masked gunmen stormed the Paris offices of the satirical weekly Charlie "
		   "Hebdo on Wednesday, killing 12 people.", "2015-01-07",
		   EXPECT("---INS>FRAMED 180 asserted 2015-01-07"));
	coder_done(cd, lx, NULL);
}

static void test_actors_candidates(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* Trump at Butler, 2024: USAELI, not the opposition */
	check_with(cd, "Republican presidential candidate Donald Trump was shot in the ear at a "
		   "rally in Pennsylvania on Saturday by a gunman.", "2024-07-13",
		   EXPECT("---INS>USAELI 185 asserted 2024-07-13"));
	coder_done(cd, lx, NULL);
}

static void test_actors_based(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* where it is based is whose it is */
	check_with(cd, "The Qatar-based broadcaster accused Israeli forces on Wednesday of killing "
		   "its reporter.", "2022-05-12", EXPECT("QATMED>ISRMIL 112 asserted 2022-05-11"));
	/* militants based in Pakistan are another party than Pakistan:
	 * the blame is no mere grounds of cutting links with the state */
	check_with(cd, "India recalled its high commissioner from Islamabad on Friday and said it "
		   "would cut rail and bus links with Pakistan, blaming Pakistan-based militants "
		   "for the parliament attack.", "2001-12-21",
		   EXPECT("IND>PAK 161 asserted 2001-12-21", "IND>PAKINS 1123 asserted 2001-12-21"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_actors_lower_case_names),
		cmocka_unit_test(test_actors_visitors),
		cmocka_unit_test(test_actors_subjects),
		cmocka_unit_test(test_actors_missions),
		cmocka_unit_test(test_actors_adverb_participles),
		cmocka_unit_test(test_actors_voiced_threats),
		cmocka_unit_test(test_actors_premises),
		cmocka_unit_test(test_actors_candidates),
		cmocka_unit_test(test_actors_based),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
