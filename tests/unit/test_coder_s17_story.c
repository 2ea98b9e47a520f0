/*
 * test_coder_s17_story.c - the coder on actors a story names only through
 * what came before (tests/dev/README.md, `s17-story`): "the kingdom" and
 * "the country" are a state the last sentences named (match_anaphor.c,
 * story_kind_state(), over the memo's recent states); "the council" and
 * "the bloc" a body they named (story_body()); "the president" and "the
 * prime minister" the person a sentence before named in that office, or
 * untitled (match_place.c, match_story_titles()); a bare "the army" is
 * the source's own, not the place's it strikes (story_own_role()); a
 * threat of no target carries on the rebuke of the sentence before
 * (act_context.c, act_story_threat_target()).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_story_states(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* the kingdom among two states named before is the one that is a
	 * kingdom */
	check_with(cd, "Saudi Foreign Minister Prince Faisal bin Farhan met his Iranian "
		   "counterpart in Beijing on Thursday. The kingdom will reopen its embassy in "
		   "Tehran within two months.", "2023-04-06",
		   EXPECT("SAUGOV>IRNGOV 044 asserted 2023-04-06",
			  "SAU>IRN 054 planned 2023-04-06"));
	/* none of them a kingdom: no state */
	check_with(cd, "Iran's foreign minister met his Chinese counterpart in Beijing on "
		   "Thursday. The kingdom will reopen its embassy in Tehran within two months.",
		   "2023-04-06", EXPECT("IRNGOV>CHNGOV 040 asserted 2023-04-06"));
	/* a plain "the country" is the one state left when those the
	 * sentence names are put aside */
	check_with(cd, "Pakistan recalled its ambassador from Tehran on Wednesday. Its foreign "
		   "ministry warned that Tehran would be responsible for the consequences. The "
		   "country launched air strikes on separatist hideouts inside Iran early on "
		   "Thursday.", "2024-01-18",
		   EXPECT("PAK>IRN 161 asserted 2024-01-17", "PAKGOV>IRN 130 asserted 2024-01-18",
			  "PAK>IRNREB 195 asserted 2024-01-18"));
	/* two states left: not guessed */
	check_with(cd, "North Korea fired a ballistic missile over Japan on Tuesday. Japanese "
		   "Prime Minister Fumio Kishida condemned the launch. The country accused "
		   "Washington of raising tensions.", "2022-10-06",
		   EXPECT("PRK>JPN 150 asserted 2022-10-04", "JPNGOV>PRK 111 asserted 2022-10-06"));
	/* so is the owner of "the island's" and "the kingdom's" role */
	check_with(cd, "China began military drills around Taiwan on Thursday. The island's "
		   "defence ministry condemned the drills.", "2024-05-23",
		   EXPECT("CHN>TWN 150 asserted 2024-05-23", "TWNGOV>CHN 111 asserted 2024-05-23"));
	check_with(cd, "Saudi Arabia and Iran agreed on Thursday to restore ties. The kingdom's "
		   "foreign minister will visit Tehran next month.", "2023-04-06",
		   EXPECT("SAU>IRN 054 asserted 2023-04-06", "IRN>SAU 054 asserted 2023-04-06",
			  "SAUGOV>IRN 042 planned 2023-05"));
	/* acted on, "the country" is a state named before too */
	check_with(cd, "West African leaders gave Niger's junta a week on Sunday to reinstate "
		   "President Mohamed Bazoum. The bloc also imposed sanctions on the country.",
		   "2023-07-30",
		   EXPECT("IGOWAFECW>NERGOV 139 asserted 2023-07-30",
			  "IGOWAFECW>NER 163 asserted 2023-07-30"));
	coder_done(cd, lx, NULL);
}

static void test_story_bodies_and_offices(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* the council named before */
	check_with(cd, "The U.N. Security Council endorsed a U.S. proposal for a ceasefire in "
		   "Gaza on Monday. The council urged Israel to implement its terms.", "2024-06-10",
		   EXPECT("IGOUNO>USA 051 asserted 2024-06-10", "IGOUNO>ISR 020 asserted 2024-06-10"));
	/* no council named before: none */
	check_with(cd, "Russia abstained in a vote on Monday. The council urged Israel to "
		   "implement its terms.", "2024-06-10", NONE);
	/* an untitled head of government is "the prime minister"; Xi's
	 * title is another office */
	check_with(cd, "Japan's Takaichi held talks with Chinese President Xi Jinping on Friday. "
		   "The prime minister urged Xi to release Japanese nationals detained in China.",
		   "2025-10-31",
		   EXPECT("JPNGOV>CHNGOV 040 asserted 2025-10-31",
			  "CHNGOV>JPNGOV 040 asserted 2025-10-31",
			  "JPNGOV>CHNGOV 0253 asserted 2025-10-31"));
	/* a threat of no target carries on the rebuke of the sentence
	 * before (act_context.c, act_story_threat_target()) */
	check_with(cd, "Russia's foreign ministry summoned the U.S. ambassador on Monday. The "
		   "ministry accused Washington of direct involvement in the conflict. The "
		   "ministry warned that retaliatory measures would follow.", "2024-06-24",
		   EXPECT("RUSGOV>USA 114 asserted 2024-06-24", "RUSGOV>USA 112 asserted 2024-06-24",
			  "RUSGOV>USA 130 asserted 2024-06-24"));
	/* a meeting before is no rebuke */
	check_with(cd, "Russia's foreign minister met the U.S. ambassador on Monday. The "
		   "ministry warned that retaliatory measures would follow.", "2024-06-24",
		   EXPECT("RUSGOV>USAGOV 040 asserted 2024-06-24"));
	/* of two presidents, not the one the sentence names */
	check_with(cd, "South Korean President Lee Jae-myung held a summit with U.S. President "
		   "Donald Trump on Monday. The president asked Trump to act as a peacemaker with "
		   "North Korea.", "2025-08-25",
		   EXPECT("KORGOV>USAGOV 040 asserted 2025-08-25",
			  "KORGOV>USAGOV 020 asserted 2025-08-25"));
	check_with(cd, "U.S. President Donald Trump met South Korean President Lee Jae-myung on "
		   "Monday. The president praised Lee.", "2025-08-25",
		   EXPECT("USAGOV>KORGOV 040 asserted 2025-08-25",
			  "USAGOV>KORGOV 051 asserted 2025-08-25"));
	/* a vice president is no president */
	check_with(cd, "U.S. President Donald Trump and Vice President JD Vance berated "
		   "Ukrainian President Volodymyr Zelensky on Friday. The president later said "
		   "he would not apologise to Trump.", "2025-03-01",
		   EXPECT("USAGOV>UKRGOV 111 asserted 2025-02-28",
			  "USAGOV>UKRGOV 111 asserted 2025-02-28",
			  "UKRGOV>USAGOV 055 negated 2025-03-01"));
	coder_done(cd, lx, NULL);
}

static void test_story_own_army(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* the army that strikes Gaza is the striker's */
	check_with(cd, "Israel launched air strikes on Gaza on Friday, the army said. The army "
		   "also struck 50 targets in Gaza overnight.", "2024-05-10",
		   EXPECT("ISR>PSE 195 asserted 2024-05-10", "ISRMIL>PSE 195 asserted 2024-05-10"));
	/* the army that says so is the first actor's, not the commanders'
	 * struck; later, the state an earlier sentence placed it in */
	check_with(cd, "Israel struck nuclear sites and military commanders across Iran on "
		   "Friday, the army said. Iran launched about 100 drones at Israel hours later. "
		   "The army said it was shooting down the drones.", "2025-06-13",
		   EXPECT("ISR>IRNMIL 195 asserted 2025-06-13", "IRN>ISR 195 asserted 2025-06-13",
			  "ISRMIL>IRN 195 asserted 2025-06-13"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_story_states),
		cmocka_unit_test(test_story_bodies_and_offices),
		cmocka_unit_test(test_story_own_army),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
