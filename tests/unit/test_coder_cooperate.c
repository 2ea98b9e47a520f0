/*
 * test_coder_cooperate.c - the coder on material cooperation and aid
 * carried out (tests/dev/README.md, `cooperate`), with the whole default
 * dictionary: energy bought from the state its adjective names and
 * shipped by the barrel, fugitives handed over, information passed on,
 * cases worked on with investigators, trade between two states,
 * peacekeeping taken over, troops sent to protect, warnings of a planned
 * attack (verbs-32-cooperate.dict); a pact's infinitive as its content
 * (clause.c, complement_noun()); a pair's "their" joint patrol
 * (match_pronoun.c, pair_subject_their(); act_target.c,
 * their_own_noun()); asylum seekers of no named state (event.c).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_cooperate_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* oil bought from the state its adjective names */
	check_with(cd, "Chinese refiners imported 500,000 barrels per day of Venezuelan oil in "
		   "March.", "2019-04-02", EXPECT("CHNBUS>VEN 061 asserted 2019-03"));
	/* oil shipped by the barrel is trade, not aid */
	check_with(cd, "Russia shipped 300,000 barrels per day to Turkish ports in May.",
		   "2023-06-05", EXPECT("RUS>TUR 061 asserted 2023-05"));
	/* a wanted man handed over: judicial cooperation, not a release */
	check_with(cd, "Colombia handed over to Spain a businessman wanted for money laundering.",
		   "2021-05-04", EXPECT("COL>ESP 063 asserted 2021-05-04"));
	/* information passed on */
	check_with(cd, "Jordanian intelligence passed information about the smuggling network "
		   "to Iraqi authorities.", "2022-02-10",
		   EXPECT("JORSPY>IRQGOV 064 asserted 2022-02-10"));
	/* a case worked on with investigators */
	check_with(cd, "Kenyan prosecutors are working with British investigators on the case.",
		   "2020-09-15", EXPECT("KENJUD>GBRCOP 063 asserted 2020-09-15"));
	/* trade between two states, both ways */
	check_with(cd, "Trade between Brazil and China reached a record last year.", "2023-01-20",
		   EXPECT("BRA>CHN 061 asserted 2022", "CHN>BRA 061 asserted 2022"));
	/* peacekeeping taken over is no capture */
	check_with(cd, "The African Union took over peacekeeping in Somalia on Tuesday.",
		   "2007-03-06", EXPECT("IGOAFRAFU>SOM 074 asserted 2007-03-06"));
	/* troops sent to protect civilians protect their state */
	check_with(cd, "Britain sent 500 troops into Sierra Leone to protect civilians.",
		   "2000-05-09", EXPECT("GBR>SLE 074 asserted 2000-05-09"));
	/* a warning of a planned attack is intelligence passed on */
	check_with(cd, "Britain warned Iran of a planned attack on its embassy.", "2024-01-03",
		   EXPECT("GBR>IRN 064 asserted 2024-01-03"));
	/* what accords signed are for is their content */
	check_with(cd, "Vietnam and Japan signed accords to cooperate on energy and defence.",
		   "2023-11-27",
		   EXPECT("VNM>JPN 057 asserted 2023-11-27", "JPN>VNM 057 asserted 2023-11-27"));
	/* a plan made on a day names its content: the act to come */
	check_with(cd, "Israel's security cabinet approved a plan on Sunday to take control of "
		   "Rafah.", "2024-05-05", EXPECT("ISRGOV>PSE 192 planned 2024-05-05"));
	/* a pair's own joint patrol, not with the state named before it */
	check_with(cd, "Chinese and Russian bombers flew over the Sea of Japan near South Korea's "
		   "islands on Tuesday during their joint patrol.", "2022-05-24",
		   EXPECT("CHNMIL>RUSMIL 062 asserted 2022-05-24",
			  "RUSMIL>CHNMIL 062 asserted 2022-05-24",
			  "CHNMIL>KOR 150 asserted 2022-05-24",
			  "RUSMIL>KOR 150 asserted 2022-05-24"));
	/* asylum seekers placed only by the dateline are of no state */
	check_with(cd, "MADRID, June 12 (Reuters) - Spain will take in 600 asylum seekers this "
		   "year, the interior minister said.", "2018-06-12",
		   EXPECT("ESP>---REF 075 planned 2018"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cooperate_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
