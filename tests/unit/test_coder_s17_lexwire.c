/*
 * test_coder_s17_lexwire.c - the coder on the idioms of wire news
 * (tests/dev/README.md, `s17-lexwire`), with the whole default
 * dictionary: words had for a party, courting, ties shored up and fences
 * mended, deals hammered out, drills teamed up for, oil snapped up,
 * troops ordered out or pulled back, pressure stepped up, swipes taken,
 * a party hammered over its record, a finger pointed, a state to be
 * wiped off the map, armour sent into a state, aid and tanks rushed, a
 * grid battered, hopes talked up, olive branches, bail-outs, doors
 * opened to refugees, ground clawed back, and set phrases of offence,
 * praise, defence, refusal, threat and retreat (verbs-33-lexwire.dict);
 * a role word after a modal read as the verb (match_names.c,
 * verb_after_modal()); sanctions in answer aimed at the clause answered
 * (act_target.c); a slap no attempt on a life (act_context.c).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_lexwire_diplomacy(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* harsh words had for a party criticise it, kind ones praise it */
	check_with(cd, "Brazilian President Luiz Inacio Lula da Silva had harsh words for Israel "
		   "on Sunday.", "2024-02-18", EXPECT("BRAGOV>ISR 111 asserted 2024-02-18"));
	check_with(cd, "U.S. President Donald Trump had kind words for North Korean leader Kim Jong "
		   "Un on Tuesday.", "2018-06-12", EXPECT("USAGOV>PRKGOV 051 asserted 2018-06-12"));
	/* a state courted; after a modal the role word "court" is the verb */
	check_with(cd, "Russian President Vladimir Putin courted Vietnam on Thursday.", "2024-06-20",
		   EXPECT("RUSGOV>VNM 050 asserted 2024-06-20"));
	check_with(cd, "Chinese President Xi Jinping will court Saudi Arabia during a visit to "
		   "Riyadh this week.", "2022-12-06",
		   EXPECT("CHNGOV>SAU 042 planned 2022-12-06", "CHNGOV>SAU 050 planned 2022-12-06"));
	/* controversy courted is no party courted */
	check_with(cd, "Oppenheimer courted controversy in India on Friday.", "2023-07-21", NONE);
	/* a modal's "police" is no police force; the month's is */
	check_with(cd, "Britain said it would police the Baltic Sea with Germany.", "2023-11-01",
		   NONE);
	check_with(cd, "In May police arrested dozens of protesters in Tbilisi.", "2024-05-01",
		   EXPECT("GEOCOP>GEOCVL 173 asserted 2024-05"));
	/* ties shored up, fences mended by a pair */
	check_with(cd, "Russian President Vladimir Putin shored up ties with North Korea on "
		   "Wednesday.", "2024-06-19", EXPECT("RUSGOV>PRK 050 asserted 2024-06-19"));
	check_with(cd, "Turkey and Egypt mended fences on Wednesday after years of hostility.",
		   "2024-02-14",
		   EXPECT("TUR>EGY 050 asserted 2024-02-14", "EGY>TUR 050 asserted 2024-02-14"));
	/* a deal hammered out is reached; changes to be hammered out are
	 * negotiated */
	check_with(cd, "Canada and the United States hammered out a deal on Sunday to salvage "
		   "NAFTA.", "2018-09-30",
		   EXPECT("CAN>USA 057 asserted 2018-09-30", "USA>CAN 057 asserted 2018-09-30"));
	check_with(cd, "U.S. and Ukrainian officials are expected to hammer out changes to the "
		   "peace plan in Geneva on Sunday.", "2025-11-23",
		   EXPECT("USAGOV>UKRGOV 046 speculative 2025-11-23",
			  "UKRGOV>USAGOV 046 speculative 2025-11-23"));
	/* parties nudged toward a deal are urged to settle */
	check_with(cd, "Washington nudged Israel and Hamas toward a deal on Monday.", "2025-06-02",
		   EXPECT("USA>ISR 027 asserted 2025-06-02", "USA>PSEINSHMS 027 asserted 2025-06-02"));
	/* a call taken up on the phone */
	check_with(cd, "Russian President Vladimir Putin got on the phone with U.S. President Donald "
		   "Trump on Monday.", "2025-06-02", EXPECT("RUSGOV>USAGOV 041 asserted 2025-06-02"));
	/* hopes talked up, an olive branch extended */
	check_with(cd, "U.S. President Donald Trump talked up the prospects of a deal with China "
		   "on Friday.", "2019-10-11", EXPECT("USAGOV>CHN 013 asserted 2019-10-11"));
	check_with(cd, "Iran extended an olive branch to Saudi Arabia on Tuesday.", "2024-07-30",
		   EXPECT("IRN>SAU 030 asserted 2024-07-30"));
	coder_done(cd, lx, NULL);
}

static void test_lexwire_cooperation(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* drills teamed up for, oil snapped up */
	check_with(cd, "China and Russia teamed up for naval drills near Zhanjiang on Sunday.",
		   "2024-07-14",
		   EXPECT("CHN>RUS 062 asserted 2024-07-14", "RUS>CHN 062 asserted 2024-07-14"));
	check_with(cd, "Indian refiners snapped up Russian oil at steep discounts in May.",
		   "2022-05-30", EXPECT("INDBUS>RUS 061 asserted 2022-05"));
	/* aid rushed is relief; a bail-out economic aid; doors opened to
	 * refugees refuge */
	check_with(cd, "The European Union rushed aid to Turkey on Tuesday after the earthquake.",
		   "2023-02-07", EXPECT("IGOEUREEC>TUR 073 asserted 2023-02-07"));
	check_with(cd, "Saudi Arabia bailed out Pakistan on Wednesday.", "2023-07-12",
		   EXPECT("SAU>PAK 071 asserted 2023-07-12"));
	check_with(cd, "Germany opened its doors to Syrian refugees on Saturday.", "2015-09-05",
		   EXPECT("DEU>SYRREF 075 asserted 2015-09-05"));
	/* more oil bought from the state its adjective names; a tariff
	 * raised over such purchases buys nothing */
	check_with(cd, "India ramped up purchases of Russian oil in 2023.", "2024-01-10",
		   EXPECT("IND>RUS 061 asserted 2023"));
	/* troops pulled back from a place retreat */
	check_with(cd, "Russia pulled its troops back from Kyiv.", "2022-04-02",
		   EXPECT("RUS>UKR 0874 asserted 2022-04-02"));
	/* troops ordered out of a place retreat */
	check_with(cd, "Russia ordered its troops on Wednesday to pull out of the Ukrainian city of "
		   "Kherson.", "2022-11-09", EXPECT("RUS>UKR 0874 asserted 2022-11-09"));
	coder_done(cd, lx, NULL);
}

static void test_lexwire_conflict(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* pressure stepped up by the subject is a demand; stepped up by an
	 * act already told, it is that act's aim */
	check_with(cd, "U.S. President Joe Biden stepped up pressure on Israeli Prime Minister "
		   "Benjamin Netanyahu on Thursday to protect aid workers in Gaza.", "2024-04-04",
		   EXPECT("USAGOV>ISRGOV 100 asserted 2024-04-04"));
	check_with(cd, "Belarusian authorities detained two opposition leaders on Monday, stepping "
		   "up pressure on protesters.", "2020-08-24",
		   EXPECT("BLRGOV>BLROPP 173 asserted 2020-08-24"));
	/* a swipe taken, a party hammered over its record or savaged */
	check_with(cd, "Chinese President Xi Jinping took a rare swipe at the United States on "
		   "Monday.", "2023-03-07", EXPECT("CHNGOV>USA 111 asserted 2023-03-06"));
	check_with(cd, "Top Chinese diplomat Yang Jiechi hammered the United States over its human "
		   "rights record on Thursday.", "2021-03-18",
		   EXPECT("CHNGOV>USA 111 asserted 2021-03-18"));
	check_with(cd, "U.S. President Donald Trump savaged Ukrainian President Volodymyr "
		   "Zelenskiy on Wednesday.", "2025-02-19",
		   EXPECT("USAGOV>UKRGOV 111 asserted 2025-02-19"));
	check_with(cd, "Iran cried foul over the IAEA resolution on Thursday.", "2023-11-16",
		   EXPECT("IRN>IGOUNOIAE 111 asserted 2023-11-16"));
	/* the one a finger points at is accused, not the victim of the
	 * attack it is blamed for */
	check_with(cd, "British Prime Minister Theresa May pointed the finger at Russia on Monday "
		   "over the nerve agent attack on former spy Sergei Skripal in Salisbury.",
		   "2018-03-12", EXPECT("GBRGOV>RUS 112 asserted 2018-03-12"));
	/* a state to be wiped off the map is threatened */
	check_with(cd, "Iran vowed to wipe Israel off the map.", "2024-06-01",
		   EXPECT("IRN>ISR 138 asserted 2024-06-01"));
	/* warplanes hammer a place; shares and a football team are no
	 * parties */
	check_with(cd, "Israeli warplanes hammered southern Lebanon on Monday.", "2024-09-23",
		   EXPECT("ISRMIL>LBN 195 asserted 2024-09-23"));
	check_with(cd, "Shares of Nvidia were hammered on Monday.", "2025-01-27", NONE);
	check_with(cd, "Germany hammered hosts Brazil 7-1 in the World Cup semi-final on "
		   "Tuesday.", "2014-07-08", NONE);
	/* tariffs in answer hit the subject of the clause answered */
	check_with(cd, "The United States slapped tariffs on Chinese goods on Friday, and Beijing "
		   "hit back with tariffs of its own.", "2018-07-06",
		   EXPECT("USA>CHN 163 asserted 2018-07-06", "CHN>USA 163 asserted 2018-07-06"));
	/* a slap in the face is an assault, no attempt on a life */
	check_with(cd, "A man slapped French President Emmanuel Macron in the face during a "
		   "walkabout on Tuesday.", "2021-06-08",
		   EXPECT("FRACVL>FRAGOV 182 asserted 2021-06-08"));
	/* armour sent into a state attacks it; sent in to help, it is aid */
	check_with(cd, "Russia sent tanks into Georgia's breakaway region of South Ossetia on "
		   "Friday.", "2008-08-08", EXPECT("RUS>GEO 190 asserted 2008-08-08"));
	check_with(cd, "Chad sent troops and armoured vehicles into Cameroon on Friday to help it "
		   "fight Boko Haram.", "2015-02-13", EXPECT("TCD>CMR 072 asserted 2015-02-13"));
	/* tanks rushed to a border; a grid a state could batter */
	check_with(cd, "Israel rushed tanks to the Gaza border on Friday.", "2023-10-13",
		   EXPECT("ISR>PSE 154 asserted 2023-10-13"));
	check_with(cd, "Russia could batter Ukraine's power grid again this winter, Ukraine's "
		   "energy minister warned on Monday.", "2023-10-02",
		   EXPECT("RUS>UKR 190 speculative 2023-10-02"));
	/* ground clawed back from its holder */
	check_with(cd, "Azerbaijan clawed back territory from Armenia on Saturday.", "2020-10-03",
		   EXPECT("AZE>ARM 192 asserted 2020-10-03"));
	coder_done(cd, lx, NULL);
}

static void test_lexwire_set_phrases(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* offence taken, a dressing-down or an ultimatum given */
	check_with(cd, "The Kremlin took umbrage at French President Emmanuel Macron's remarks on "
		   "Wednesday.", "2023-05-10", EXPECT("RUSGOV>FRAGOV 111 asserted 2023-05-10"));
	check_with(cd, "China gave the Philippines a dressing-down over the collision on "
		   "Tuesday.", "2024-03-05", EXPECT("CHN>PHL 111 asserted 2024-03-05"));
	check_with(cd, "U.S. President Donald Trump gave Hamas a final ultimatum on Wednesday.",
		   "2025-03-05", EXPECT("USAGOV>PSEINSHMS 139 asserted 2025-03-05"));
	/* praise and scorn heaped on a party */
	check_with(cd, "U.S. President Donald Trump heaped praise on North Korean leader Kim Jong "
		   "Un on Tuesday.", "2018-06-12", EXPECT("USAGOV>PRKGOV 051 asserted 2018-06-12"));
	check_with(cd, "Russia heaped scorn on the European Union's sanctions on Tuesday.",
		   "2022-03-01", EXPECT("RUS>IGOEUREEC 111 asserted 2022-03-01"));
	/* shoulders rubbed at a third state's summit; bat gone to */
	check_with(cd, "Russian Foreign Minister Sergei Lavrov rubbed shoulders with U.S. Secretary "
		   "of State Antony Blinken at the G20 in Rio de Janeiro.", "2024-11-18",
		   EXPECT("RUSGOV>USAGOV 044 asserted 2024-11-18"));
	check_with(cd, "Hungary went to bat for Russia in Brussels on Thursday.", "2023-06-29",
		   EXPECT("HUN>RUS 052 asserted 2023-06-29"));
	/* ground stood against pressure; a sabre rattled at a state */
	check_with(cd, "Venezuelan President Nicolas Maduro stood his ground against U.S. pressure "
		   "on Sunday.", "2019-02-03", EXPECT("VENGOV>USA 124 asserted 2019-02-03"));
	check_with(cd, "North Korea rattled its nuclear sabre at South Korea on Wednesday.",
		   "2023-03-01", EXPECT("PRK>KOR 150 asserted 2023-03-01"));
	/* diplomats booted out, protesters hauled in, a retreat beaten */
	check_with(cd, "Russia booted out two British diplomats on Tuesday.", "2022-04-05",
		   EXPECT("RUS>GBR 161 asserted 2022-04-05"));
	check_with(cd, "Russian police hauled in dozens of protesters in Moscow on Friday.",
		   "2024-03-01", EXPECT("RUSCOP>RUSCVL 173 asserted 2024-03-01"));
	check_with(cd, "Russian troops beat a retreat from Kherson on Friday.", "2022-11-11",
		   EXPECT("RUSMIL>UKR 0874 asserted 2022-11-11"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lexwire_diplomacy),
		cmocka_unit_test(test_lexwire_cooperation),
		cmocka_unit_test(test_lexwire_conflict),
		cmocka_unit_test(test_lexwire_set_phrases),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
