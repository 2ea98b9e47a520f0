/*
 * test_coder_vows.c - the coder on threats, vows of revenge and
 * ultimatums (tests/dev/README.md, `vows`), with the whole default
 * dictionary: revenge told as what awaits the foe, mercy refused, blows
 * vowed not to go unpunished (the doer named with the blow, not a
 * victim), readiness to answer another's aggression, war held over a
 * party, consequences told to the warned, supplies threatened, a demand
 * with a day and a penalty, deadlines told "until" and the demands they
 * list, economic measures told to a leader, forecasts of growth that
 * threaten no one, a closing war cabinet minister who voices the
 * threat, threats told after "that", and a threat joined by ", and"
 * past a that-clause, and "it" for a person speaker's state.
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

/* data/dict/verbs-30-vows.dict: revenge and punishment promised */
static void test_vows_revenge(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* revenge that awaits the foe */
	check_with(cd, "Khamenei vowed on Friday that harsh revenge awaited the United States.",
		   "2020-01-03", EXPECT("IRNGOV>USA 138 asserted 2020-01-03"));
	/* mercy refused */
	check_with(cd, "Hollande vowed that France would be merciless toward Islamic State.",
		   "2015-11-14", EXPECT("FRAGOV>IMGMUSISI 138 asserted 2015-11-14"));
	/* the doer named with the blow, not the victim of a killing */
	check_with(cd, "The Houthis vowed that the U.S. strikes would not go unpunished.",
		   "2024-01-12", EXPECT("YEMREBHTH>USA 130 asserted 2024-01-12"));
	check_with(cd, "Nasrallah vowed on Wednesday that the killing of Hamas deputy leader "
		   "Saleh al-Arouri would not go unpunished.", "2024-01-03", NONE);
	check_with(cd, "Nasrallah vowed on Wednesday that the killing of Hamas deputy leader "
		   "Saleh al-Arouri by Israel would not go unpunished.", "2024-01-03",
		   EXPECT("LBNINSHEZ>ISR 130 asserted 2024-01-03"));
	/* regret promised, a death avenged on its killer */
	check_with(cd, "Khamenei vowed that Israel would regret its crime.", "2024-08-01",
		   EXPECT("IRNGOV>ISR 130 asserted 2024-08-01"));
	check_with(cd, "Iran vowed to avenge the death of its commander at the hands of Israel.",
		   "2024-08-01", EXPECT("IRN>ISR 138 asserted 2024-08-01"));
	coder_done(cd, lx, NULL);
}

/* readiness to answer the other's aggression is force threatened at it */
static void test_vows_ready(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "India's army chief said his forces stood ready to respond to any "
		   "misadventure by Pakistan.", "2025-05-04",
		   EXPECT("INDMIL>PAK 138 asserted 2025-05-04"));
	check_with(cd, "North Korea said on Tuesday it was ready to react to any mode of war "
		   "desired by the United States.", "2017-04-18",
		   EXPECT("PRK>USA 138 asserted 2017-04-18"));
	check_with(cd, "Maduro said the armed forces stood ready to answer any U.S. aggression.",
		   "2025-09-15", EXPECT("VENGOV>USA 138 asserted 2025-09-15"));
	coder_done(cd, lx, NULL);
}

/* war held over a party, consequences told to the warned, no place spared */
static void test_vows_war(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Pakistan's defence minister said Pakistan would be in open war with "
		   "Afghanistan if talks failed.", "2025-10-25",
		   EXPECT("PAKGOV>AFG 138 asserted 2025-10-25"));
	check_with(cd, "Putin said letting Ukraine use Western missiles would mean NATO countries "
		   "were at war with Russia.", "2024-09-12",
		   EXPECT("RUSGOV>IGOWSTNAT 138 asserted 2024-09-12"));
	check_with(cd, "Nasrallah warned Cyprus that it could become part of the war.",
		   "2024-06-19", EXPECT("LBNINSHEZ>CYP 138 asserted 2024-06-19"));
	check_with(cd, "Russia's foreign ministry warned Finland and Sweden that joining NATO "
		   "would have serious military and political consequences.", "2022-02-25",
		   EXPECT("RUSGOV>FIN 138 asserted 2022-02-25",
			  "RUSGOV>SWE 138 asserted 2022-02-25"));
	check_with(cd, "Nasrallah said on Wednesday that no place in Israel would be spared the "
		   "group's rockets.", "2024-06-19",
		   EXPECT("LBNINSHEZ>ISR 138 asserted 2024-06-19"));
	coder_done(cd, lx, NULL);
}

/* supplies held over the one supplied (1312); a cut announced is the act */
static void test_vows_supply(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Russian Deputy Prime Minister Alexander Novak warned that Moscow had "
		   "every right to halt gas supplies to Germany.", "2022-03-07",
		   EXPECT("RUSGOV>DEU 1312 asserted 2022-03-07"));
	check_with(cd, "Gazprom said on Saturday it would halt gas exports to Moldova from "
		   "Jan. 1.", "2024-12-28", EXPECT("RUSBUS>MDA 163 planned 2024-12-28"));
	coder_done(cd, lx, NULL);
}

/* deadlines: a demand with a day and a penalty, "until" a day */
static void test_vows_deadline(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Trump said on Monday that Hamas should release all the hostages by noon "
		   "on Saturday, or he would let all hell break loose.", "2025-02-10",
		   EXPECT("USAGOV>PSEINSHMS 139 asserted 2025-02-10"));
	check_with(cd, "Euro zone leaders gave Athens until Sunday to agree to a new bailout "
		   "programme.", "2015-07-07", EXPECT("IGOEUREEC>GRC 139 asserted 2015-07-07"));
	check_with(cd, "Trump told Putin he had until Friday to agree to a ceasefire.",
		   "2025-08-01", EXPECT("USAGOV>RUSGOV 139 asserted 2025-08-01"));
	/* what a list of demands asks for is no act of its own */
	check_with(cd, "Saudi Arabia and Egypt gave Qatar 10 days to meet a list of 13 demands, "
		   "including closing the Al Jazeera channel.", "2017-06-23",
		   EXPECT("SAU>QAT 139 asserted 2017-06-23", "EGY>QAT 139 asserted 2017-06-23"));
	coder_done(cd, lx, NULL);
}

/* what is told to a leader, or forecast, and who voices it */
static void test_vows_told(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* economic measures the state will face, told to its leader */
	check_with(cd, "Biden told Putin that Russia would face strong economic and other "
		   "measures if it invaded Ukraine.", "2021-12-07",
		   EXPECT("USAGOV>RUS 1312 asserted 2021-12-07"));
	/* a forecast of growth threatens no one */
	check_with(cd, "The IMF warned on Tuesday that U.S. tariffs would slow global growth "
		   "this year.", "2025-04-22", NONE);
	/* a war cabinet minister closing the sentence voices the threat */
	check_with(cd, "Israel will exact a price from Iran at the time of its choosing, war "
		   "cabinet minister Benny Gantz said on Sunday.", "2024-04-14",
		   EXPECT("ISRGOV>IRN 138 asserted 2024-04-14"));
	/* a threat told after "that" and its day */
	check_with(cd, "Kim Jong Un said on Tuesday that his country would annihilate South "
		   "Korea.", "2024-01-16", EXPECT("PRKGOV>KOR 138 asserted 2024-01-16"));
	coder_done(cd, lx, NULL);
}

/* a verb after ", and" past a that-clause whose subject names no actor
 * is the warner's (clause.c unnamed_that_clause()) */
static void test_vows_joined(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "North Korea's army warned South Korea on Tuesday that any provocation "
		   "near the border would be met with a merciless response, and threatened to "
		   "hit Japan too.", "2023-03-14",
		   EXPECT("PRKMIL>KOR 130 asserted 2023-03-14", "PRKMIL>JPN 138 asserted 2023-03-14"));
	coder_done(cd, lx, NULL);
}

/* "it" after a person's "said", with no state named before it, is the
 * speaker's state (match_pronoun.c speaker_state_it()) */
static void test_vows_speaker_it(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Erdogan said on Friday it would launch a ground offensive against "
		   "Kurdish militants in Syria.", "2022-11-25",
		   EXPECT("TUR>SYRREB 190 planned 2022-11-25"));
	/* an object "it" is no state */
	check_with(cd, "President Yoon Suk Yeol lifted martial law on Wednesday, six hours "
		   "after declaring it.", "2024-12-04",
		   EXPECT("KORGOV>KOR 0814 asserted 2024-12-04"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vows_revenge),
		cmocka_unit_test(test_vows_ready),
		cmocka_unit_test(test_vows_war),
		cmocka_unit_test(test_vows_supply),
		cmocka_unit_test(test_vows_deadline),
		cmocka_unit_test(test_vows_told),
		cmocka_unit_test(test_vows_joined),
		cmocka_unit_test(test_vows_speaker_it),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
