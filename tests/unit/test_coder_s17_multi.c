/*
 * test_coder_s17_multi.c - the coder on sentences with several actors or
 * several acts (tests/dev/README.md, `s17-multi`): ", joined by" and ",
 * accompanied by" add members to a list (match_pronoun.c,
 * joiner_between()); the helpers of force and the companions of any act
 * named after the doer or the act are sources too (act_final.c,
 * helper_after()); "did the same", "followed suit", "so did X", "as did
 * X" repeat the last main act for a new doer (act_final.c,
 * act_same_again()); states listed after ", including" stand for the
 * plural subject before them (match_subject.c, match_including_states());
 * "respectively" pairs sources and targets by rank (act_final.c,
 * respectively_paired()); "the three capitals", "the three Gulf states"
 * are the three states listed before (match_subject.c,
 * match_counted_states()).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_multi_joined_and_helpers(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "French President Emmanuel Macron, joined by German Chancellor Olaf Scholz "
		   "and Italian Prime Minister Mario Draghi, arrived in Kyiv by overnight train on "
		   "Thursday.", "2022-06-16",
		   EXPECT("FRAGOV>UKR 042 asserted 2022-06-16", "DEUGOV>UKR 042 asserted 2022-06-16",
			  "ITAGOV>UKR 042 asserted 2022-06-16"));
	/* a companion of the act, after it */
	check_with(cd, "A Japanese destroyer sailed through the Taiwan Strait for the first time "
		   "on Wednesday, accompanied by Australian and New Zealand warships, Japanese "
		   "media reported.", "2018-09-26",
		   EXPECT("JPNMIL>CHN 150 asserted 2018-09-26", "AUSMIL>CHN 150 asserted 2018-09-26",
			  "NZLMIL>CHN 150 asserted 2018-09-26"));
	/* helpers of force, between commas after the doer or after the act */
	check_with(cd, "Mozambican troops, helped by Rwandan soldiers, recaptured the port town "
		   "of Mocimboa da Praia from Islamic State-linked insurgents on Sunday.",
		   "2021-08-08",
		   EXPECT("MOZMIL>---INS 192 asserted 2021-08-08",
			  "RWAMIL>---INS 192 asserted 2021-08-08"));
	check_with(cd, "Syrian troops, with help from Russian air strikes, recaptured the ancient "
		   "city of Palmyra from Islamic State on Sunday.", "2016-03-27",
		   EXPECT("SYRMIL>IMGMUSISI 192 asserted 2016-03-27",
			  "RUSMIL>IMGMUSISI 192 asserted 2016-03-27"));
	/* negatives: weapons help no one act, a backer or supporter is a
	 * fighting force, and the phrase's own object is no helper when a
	 * sayer follows */
	check_with(cd, "U.S. and British warplanes struck Houthi targets across Yemen overnight, "
		   "with support from Australia, Bahrain, Canada and the Netherlands.", "2024-01-12",
		   EXPECT("USAMIL>YEMREBHTH 195 asserted 2024-01-12",
			  "GBRMIL>YEMREBHTH 195 asserted 2024-01-12"));
	check_with(cd, "Ukrainian forces retook the southern city of Kherson from Russian troops "
		   "on Friday, helped by Western-supplied rocket systems.", "2022-11-11",
		   EXPECT("UKRMIL>RUSMIL 192 asserted 2022-11-11"));
	check_with(cd, "Syrian government forces, backed by Russian air power, retook eastern "
		   "Aleppo from rebels on Tuesday.", "2016-12-13",
		   EXPECT("SYRMIL>---REB 192 asserted 2016-12-13"));
	check_with(cd, "Poland shot down Russian drones that violated its airspace overnight with "
		   "the help of allied aircraft, Prime Minister Donald Tusk said on Wednesday.",
		   "2025-09-10",
		   EXPECT("POL>RUSMIL 195 asserted 2025-09-10", "RUSMIL>POL 150 asserted 2025-09-10"));
	coder_done(cd, lx, NULL);
}

static void test_multi_same_act(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Spain and Ireland formally recognised a Palestinian state on Tuesday, and "
		   "Norway did the same.", "2024-05-28",
		   EXPECT("ESP>PSE 054 asserted 2024-05-28", "IRL>PSE 054 asserted 2024-05-28",
			  "NOR>PSE 054 asserted 2024-05-28"));
	check_with(cd, "Russia condemned the U.S. strikes on Iranian nuclear sites on Sunday, and "
		   "so did China.", "2025-06-22",
		   EXPECT("RUS>USA 111 asserted 2025-06-22", "CHN>USA 111 asserted 2025-06-22"));
	/* "to" names the new target */
	check_with(cd, "The United States imposed tariffs on $34 billion of Chinese goods on "
		   "Friday, and China immediately did the same to U.S. goods.", "2018-07-06",
		   EXPECT("USA>CHN 163 asserted 2018-07-06", "CHN>USA 163 asserted 2018-07-06"));
	/* the main act, not the "after" clause's */
	check_with(cd, "Saudi Arabia cut diplomatic ties with Iran on Sunday after protesters "
		   "stormed its embassy in Tehran, and Bahrain followed suit on Monday.",
		   "2016-01-04",
		   EXPECT("SAU>IRN 161 asserted 2016-01-03", "IRNCVL>SAU 145 asserted 2016-01-04",
			  "BHR>IRN 161 asserted 2016-01-03"));
	check_with(cd, "Finland formally applied to join NATO on Wednesday, and so did Sweden.",
		   "2022-05-18",
		   EXPECT("FIN>IGOWSTNAT 022 asserted 2022-05-18",
			  "SWE>IGOWSTNAT 022 asserted 2022-05-18"));
	/* negatives: a condition, and a threat "to do the same" */
	check_with(cd, "Zelensky said on Saturday that Ukraine would observe an Easter truce if "
		   "Russia did the same.", "2025-04-19",
		   EXPECT("UKR>RUS 0871 conditional 2025-04-19"));
	check_with(cd, "Israel acknowledged on Monday that it had killed Hamas political leader "
		   "Ismail Haniyeh in Tehran in July, and Defence Minister Israel Katz threatened "
		   "to do the same to the leaders of Yemen's Houthis.", "2024-12-23",
		   EXPECT("ISR>PSEINSHMS 015 asserted 2024-12-23", "ISR>PSEINSHMS 190 asserted 2024-07",
			  "ISRGOV>YEMREBHTH 130 asserted 2024-07"));
	coder_done(cd, lx, NULL);
}

static void test_multi_lists_and_counts(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Several Arab states, including Saudi Arabia and Egypt, cut diplomatic ties "
		   "with Qatar on Monday.", "2017-06-05",
		   EXPECT("SAU>QAT 161 asserted 2017-06-05", "EGY>QAT 161 asserted 2017-06-05"));
	check_with(cd, "Indian Prime Minister Narendra Modi and Hungarian Prime Minister Viktor "
		   "Orban visited Moscow and Beijing respectively on Monday.", "2024-07-08",
		   EXPECT("INDGOV>RUS 042 asserted 2024-07-08", "HUNGOV>CHN 042 asserted 2024-07-08"));
	/* "respectively" after places pairs nothing with one target */
	check_with(cd, "German Chancellor Olaf Scholz and French President Emmanuel Macron signed "
		   "security agreements with Ukraine in Berlin and Paris respectively on Friday.",
		   "2024-02-16",
		   EXPECT("DEUGOV>UKR 057 asserted 2024-02-16", "FRAGOV>UKR 057 asserted 2024-02-16"));
	check_with(cd, "Saudi Arabia, the United Arab Emirates and Bahrain cut diplomatic ties with "
		   "Qatar on Monday, and the three Gulf states closed their airspace to Qatari "
		   "flights.", "2017-06-05",
		   EXPECT("SAU>QAT 161 asserted 2017-06-05", "ARE>QAT 161 asserted 2017-06-05",
			  "BHR>QAT 161 asserted 2017-06-05", "SAU>QAT 191 asserted 2017-06-05",
			  "ARE>QAT 191 asserted 2017-06-05", "BHR>QAT 191 asserted 2017-06-05"));
	/* a counted closing sayer joins no list */
	check_with(cd, "Estonia, Latvia and Lithuania will send Javelin anti-tank missiles to "
		   "Ukraine, the three Baltic states said on Friday.", "2022-01-21",
		   EXPECT("EST>UKR 072 planned 2022-01-21", "LVA>UKR 072 planned 2022-01-21",
			  "LTU>UKR 072 planned 2022-01-21"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_multi_joined_and_helpers),
		cmocka_unit_test(test_multi_same_act),
		cmocka_unit_test(test_multi_lists_and_counts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
