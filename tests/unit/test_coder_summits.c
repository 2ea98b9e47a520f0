/*
 * test_coder_summits.c - the coder on leaders' meetings told indirectly
 * (tests/dev/README.md, `summits`): tours given and arrivals met on the
 * tarmac (043), a pair's stroll, golf, ride, hours together, face to
 * face or across a table (040, 044 abroad), the negotiating table and a
 * pair sitting down for peace talks (046), calls and virtual summits
 * acts are done in (041 each way), deals a pair emerges with and
 * signatures put to a statement (057), inspectors reaching a site (042),
 * a summit missed or a trip to one called off, and a pair's good word on
 * its own summit (013), with the whole default dictionary; and the coder
 * rules: a meal after "over" is where a pair agreed, not a background
 * event, "missed" a summit is the visit negated, a pair's time spent
 * "together in Geneva" is held in Geneva, a meeting "for trade talks" is
 * a negotiation (046) and "the G20 gathering in" places a meeting;
 * taking part "only by video link" is no visit, and a stand-in who goes
 * "instead" of a trip called off makes the visit; inspectors whose noun
 * opens the actor's name visit the state of the place they enter.
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static const char summits_dict[] =
"actor United States | U.S. | Washington = USA\n"
"actor China | Chinese | Beijing = CHN\n"
"actor Brazil | Rio de Janeiro = BRA\n"
"actor Switzerland | Geneva = CHE\n"
"agent president | leader = GOV\n"
"set ev_occasion = summit\n"
"noun dinner | lunch\n"
"    $ and + agree over * = 040:040\n"
"verb agree\n"
"verb miss\n"
"    * the ^ &ev_occasion in + = 042\n"
"verb spend {spent}\n"
"    $ and + * ^ together = 040:040\n";

static const char summits_dict_meet[] =
"actor United States | U.S. | Washington = USA\n"
"actor China | Chinese | Beijing = CHN\n"
"actor Switzerland | Geneva = CHE\n"
"actor Group of 20 | G20 = IGOG20\n"
"agent president = GOV\n"
"verb meet {met} = 040\n"
"    * + = 040\n";

/* "agreed over dinner": the meal after "over" is the pair's meeting
 * (clause.c, clause_background()), not an event named as the cause of
 * another ("sanctions over its offensive") */
static void test_summits_meal_over(void **state)
{
	char path[] = "/tmp/dyad-summits1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(summits_dict, path, &lx);
	check_with(cd, "The U.S. president and the Chinese president agreed over dinner on "
		   "Saturday to pause tariffs.", "2018-12-01",
		   EXPECT("USAGOV>CHNGOV 040 asserted 2018-12-01",
			  "CHNGOV>USAGOV 040 asserted 2018-12-01"));
	coder_done(cd, lx, path);
}

/* "will miss the summit in Rio de Janeiro": a visit not made, as
 * "skipped" says it (act_final.c, absence_verb()) */
static void test_summits_missed(void **state)
{
	char path[] = "/tmp/dyad-summits2-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(summits_dict, path, &lx);
	check_with(cd, "The Chinese president will miss the summit in Rio de Janeiro, officials "
		   "said.", "2024-11-14", EXPECT("CHNGOV>BRA 042 negated 2024-11-14"));
	coder_done(cd, lx, path);
}

/* "spent three hours together in Geneva": a pair's meeting held where
 * the place after "together" says (act_scan.c, act_meeting_state()),
 * abroad for both (044) */
static void test_summits_together_venue(void **state)
{
	char path[] = "/tmp/dyad-summits3-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(summits_dict, path, &lx);
	check_with(cd, "The U.S. president and the Chinese president spent three hours together "
		   "in Geneva on Wednesday.", "2021-06-16",
		   EXPECT("USAGOV>CHNGOV 044 asserted 2021-06-16",
			  "CHNGOV>USAGOV 044 asserted 2021-06-16"));
	coder_done(cd, lx, path);
}

/* "met ... in Geneva for trade talks": a meeting held for talks of a
 * stated kind is a negotiation (act_final.c, meeting_for_negotiations()),
 * abroad or not; "at the G20 gathering in Osaka" places a meeting as
 * "at the G20 summit in" does (act_scan.c, act_meeting_state()) */
static void test_summits_negotiation_purpose(void **state)
{
	char path[] = "/tmp/dyad-summits4-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(summits_dict_meet, path, &lx);
	check_with(cd, "The Chinese president met the U.S. president in Geneva for trade talks.",
		   "2025-05-11", EXPECT("CHNGOV>USAGOV 046 asserted 2025-05-11"));
	check_with(cd, "The Chinese president met the U.S. president in Geneva.", "2025-05-11",
		   EXPECT("CHNGOV>USAGOV 044 asserted 2025-05-11"));
	check_with(cd, "The Chinese president met the U.S. president at the G20 gathering in "
		   "Geneva.", "2025-05-11", EXPECT("CHNGOV>USAGOV 044 asserted 2025-05-11"));
	coder_done(cd, lx, path);
}

/* "Inspectors from the OPCW entered Douma": inspectors whose noun opens
 * the actor's name visit the state of the place they enter (act.c,
 * inspectors_enter()) */
static void test_summits_inspectors_named(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Inspectors from the Organisation for the Prohibition of Chemical Weapons "
		   "entered Douma on Saturday.", "2018-04-21",
		   EXPECT("IGOOPW>SYR 042 asserted 2018-04-21"));
	coder_done(cd, lx, NULL);
}

/* "took part ... only by video link, with Lavrov attending in his
 * place": the leader's visit not made, the stand-in's made; "called off
 * his trip ..., and Vieira will go instead": the stand-in's visit, to
 * come (act_final.c, by_video(), substitute_visit()) */
static void test_summits_stand_in(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Vladimir Putin took part in the BRICS summit in Johannesburg only by "
		   "video link on Tuesday, with Foreign Minister Sergei Lavrov attending in his "
		   "place.", "2023-08-22",
		   EXPECT("RUSGOV>ZAF 042 negated 2023-08-22", "RUSGOV>ZAF 042 asserted 2023-08-22"));
	check_with(cd, "Brazilian President Luiz Inacio Lula da Silva called off his trip to the "
		   "BRICS summit in Kazan, and Foreign Minister Mauro Vieira will go instead.",
		   "2024-10-21",
		   EXPECT("BRAGOV>RUS 125 asserted 2024-10-21", "BRAGOV>RUS 042 planned 2024-10-21"));
	coder_done(cd, lx, NULL);
}

/* The patterns of data/dict/verbs-30-summits.dict, as shipped */
static void test_summits_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* tours and drives given, guides around: the host receives (043) */
	check_with(cd, "Xi Jinping gave Barack Obama a tour of a lakeside garden in Hangzhou on "
		   "Saturday.", "2016-09-03", EXPECT("CHNGOV>USAGOV 043 asserted 2016-09-03"));
	check_with(cd, "Vladimir Putin drove Kim Jong Un around Vladivostok on Thursday.",
		   "2019-04-25", EXPECT("RUSGOV>PRKGOV 043 asserted 2019-04-25"));
	check_with(cd, "Xi Jinping guided Donald Trump around the Forbidden City on Wednesday.",
		   "2017-11-08", EXPECT("CHNGOV>USAGOV 043 asserted 2017-11-08"));
	/* a pair strolling, golfing, riding together or sitting across a
	 * table meets (040), abroad for both 044 */
	check_with(cd, "Emmanuel Macron and Xi Jinping strolled through a garden in Guangzhou "
		   "on Friday.", "2023-04-07",
		   EXPECT("FRAGOV>CHNGOV 040 asserted 2023-04-07",
			  "CHNGOV>FRAGOV 040 asserted 2023-04-07"));
	check_with(cd, "Donald Trump and Shinzo Abe played golf in Chiba on Sunday.", "2019-05-26",
		   EXPECT("USAGOV>JPNGOV 040 asserted 2019-05-26",
			  "JPNGOV>USAGOV 040 asserted 2019-05-26"));
	check_with(cd, "Vladimir Putin and Kim Jong Un rode together through Pyongyang on "
		   "Wednesday.", "2024-06-19",
		   EXPECT("RUSGOV>PRKGOV 040 asserted 2024-06-19",
			  "PRKGOV>RUSGOV 040 asserted 2024-06-19"));
	check_with(cd, "Vladimir Putin and Emmanuel Macron sat across a long table from each "
		   "other in Moscow.", "2022-02-07",
		   EXPECT("RUSGOV>FRAGOV 040 asserted 2022-02-07",
			  "FRAGOV>RUSGOV 040 asserted 2022-02-07"));
	check_with(cd, "Volodymyr Zelensky and Vladimir Putin came face to face in Paris on "
		   "Monday.", "2019-12-09",
		   EXPECT("UKRGOV>RUSGOV 044 asserted 2019-12-09",
			  "RUSGOV>UKRGOV 044 asserted 2019-12-09"));
	check_with(cd, "Fumio Kishida and Xi Jinping had a brief exchange in Bangkok on "
		   "Thursday.", "2022-11-17",
		   EXPECT("JPNGOV>CHNGOV 044 asserted 2022-11-17",
			  "CHNGOV>JPNGOV 044 asserted 2022-11-17"));
	/* the negotiating table and peace talks sat down for (046) */
	check_with(cd, "Iran and the United States spent several hours at the negotiating table "
		   "in Muscat on Saturday.", "2025-04-12",
		   EXPECT("IRN>USA 046 asserted 2025-04-12", "USA>IRN 046 asserted 2025-04-12"));
	check_with(cd, "Armenia and Azerbaijan sat down in Washington on Monday for peace talks.",
		   "2023-06-12",
		   EXPECT("ARM>AZE 046 asserted 2023-06-12", "AZE>ARM 046 asserted 2023-06-12"));
	/* calls and virtual summits acts are done in, each way (041) */
	check_with(cd, "Joe Biden warned Xi Jinping in a video call on Friday.", "2022-03-18",
		   EXPECT("USAGOV>CHNGOV 041 asserted 2022-03-18",
			  "CHNGOV>USAGOV 041 asserted 2022-03-18",
			  "USAGOV>CHNGOV 130 asserted 2022-03-18"));
	check_with(cd, "Xi Jinping warned Joe Biden during a virtual summit.",
		   "2021-11-16",
		   EXPECT("CHNGOV>USAGOV 041 asserted 2021-11-16",
			  "USAGOV>CHNGOV 041 asserted 2021-11-16",
			  "CHNGOV>USAGOV 130 asserted 2021-11-16"));
	check_with(cd, "Olaf Scholz joined a video link with Joe Biden on Sunday.", "2023-10-22",
		   EXPECT("DEUGOV>USAGOV 041 asserted 2023-10-22",
			  "USAGOV>DEUGOV 041 asserted 2023-10-22"));
	/* an arrival met on the tarmac is received (043) */
	check_with(cd, "Xi Jinping was met on the tarmac by Vladimir Putin on Tuesday.",
		   "2023-10-17", EXPECT("RUSGOV>CHNGOV 043 asserted 2023-10-17"));
	/* a deal emerged with, signatures put to a statement (057) */
	check_with(cd, "Donald Trump and Xi Jinping emerged from their meeting with a trade deal.",
		   "2025-10-30",
		   EXPECT("USAGOV>CHNGOV 040 asserted 2025-10-30",
			  "CHNGOV>USAGOV 040 asserted 2025-10-30",
			  "USAGOV>CHNGOV 057 asserted 2025-10-30",
			  "CHNGOV>USAGOV 057 asserted 2025-10-30"));
	check_with(cd, "Vladimir Putin and Xi Jinping put their signatures to a joint statement "
		   "in Moscow on Tuesday.", "2023-03-21",
		   EXPECT("RUSGOV>CHNGOV 057 asserted 2023-03-21",
			  "CHNGOV>RUSGOV 057 asserted 2023-03-21"));
	/* inspectors reaching a site visit its state (042) */
	check_with(cd, "IAEA inspectors reached the Kursk nuclear power plant on Tuesday.",
		   "2024-08-27", EXPECT("IGOUNOIAE>RUS 042 asserted 2024-08-27"));
	/* a summit missed, a trip to a summit called off: the city's state */
	check_with(cd, "Xi Jinping will miss the G20 summit in Rio de Janeiro, officials said.",
		   "2024-11-14", EXPECT("CHNGOV>BRA 042 negated 2024-11-14"));
	check_with(cd, "Narendra Modi called off his trip to the BRICS summit in Johannesburg.",
		   "2023-08-10", EXPECT("INDGOV>ZAF 125 asserted 2023-08-10"));
	/* a good word on one's own summit is optimism (013), not praise */
	check_with(cd, "Donald Trump and Kim Jong Un hailed the summit as a success.", "2018-06-12",
		   EXPECT("USAGOV>PRKGOV 013 asserted 2018-06-12",
			  "PRKGOV>USAGOV 013 asserted 2018-06-12"));
	check_with(cd, "Tayyip Erdogan called the talks with Joe Biden positive.", "2021-10-31",
		   EXPECT("TURGOV>USAGOV 013 asserted 2021-10-31"));
	/* a summit cut short was held */
	check_with(cd, "Donald Trump and Kim Jong Un cut short their summit in Hanoi on Thursday.",
		   "2019-02-28",
		   EXPECT("USAGOV>PRKGOV 044 asserted 2019-02-28",
			  "PRKGOV>USAGOV 044 asserted 2019-02-28"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_summits_meal_over),
		cmocka_unit_test(test_summits_missed),
		cmocka_unit_test(test_summits_together_venue),
		cmocka_unit_test(test_summits_negotiation_purpose),
		cmocka_unit_test(test_summits_stand_in),
		cmocka_unit_test(test_summits_inspectors_named),
		cmocka_unit_test(test_summits_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
