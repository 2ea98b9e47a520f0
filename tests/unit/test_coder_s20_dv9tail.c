/*
 * test_coder_s20_dv9tail.c - the coder on the actors devset9's remaining
 * errors got wrong: a subject "it" after ", and said" (a speech verb with
 * no subject of its own) that is the first clause's state, not the state
 * named last ("hours after Washington imposed tariffs, and said it"; "its
 * Istanbul consulate, and announced it"), and envoys expelled with no
 * state named ("expelled 10 diplomats"), who are the other state's the
 * sentence names, not the expeller's or the dateline's; a pair that
 * meets and then, past a comma, "agreed to" something plain (030) or to
 * restore its envoys (054), each to the other; a crowd that surrounds a
 * legislature obstructs it (144), the purpose of that protest being no
 * second one at the government; "set fire to" after a participle's
 * phrase on the crowd ("enraged by a social media ban"), whose "social
 * media" is no actor; an accusation "after accusing" another party than
 * the main act's is coded too, one against the same party is its grounds;
 * a town captured that an apposition calls an armed group's stronghold is
 * taken from that group, one a state's army holds from the state.
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_dv9tail_elided_speaker_it(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* "and said it": the accuser, not the state of the time anchor
	 * between */
	check_with(cd, "Iran accused Britain of piracy on Friday, hours after Royal Marines seized an "
		   "Iranian tanker off Gibraltar, and said it would seize a British ship in response.",
		   "2019-07-05",
		   EXPECT("IRN>GBR 1121 asserted 2019-07-05", "IRN>GBR 181 planned 2019-07-05"));
	/* "and announced it": the state that admitted, not the city that
	 * places its consulate */
	check_with(cd, "Saudi Arabia admitted on Saturday that the journalist had died inside its "
		   "Istanbul consulate, and announced it had arrested 18 Saudis.", "2018-10-20",
		   EXPECT("SAU>SAUCVL 173 asserted 2018-10-20"));
	coder_done(cd, lx, NULL);
}

static void test_dv9tail_expelled_envoys(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* no dateline: the state of the sanctioned banks */
	check_with(cd, "Washington imposed sanctions on Russian banks on Thursday and expelled 10 "
		   "diplomats, citing election interference.", "2021-04-15",
		   EXPECT("USA>RUSBUS 163 asserted 2021-04-15", "USA>RUS 161 asserted 2021-04-15"));
	/* not the place the attack happened in */
	check_with(cd, "Poland said on Monday it would expel four diplomats over the nerve agent "
		   "attack on a former Russian spy in Britain.", "2018-03-26",
		   EXPECT("POL>RUS 161 planned 2018-03-26"));
	/* the dateline is the expeller's own */
	check_with(cd, "WASHINGTON, April 15 (Reuters) - The United States imposed sanctions on "
		   "dozens of Russian companies and expelled 10 diplomats on Thursday.", "2021-04-15",
		   EXPECT("USA>RUSBUS 163 asserted 2021-04-15", "USA>RUS 161 asserted 2021-04-15"));
	/* diplomats "from" states are theirs */
	check_with(cd, "Russia expelled 85 diplomats from France, Spain and Italy on Wednesday.",
		   "2022-05-18",
		   EXPECT("RUS>FRA 161 asserted 2022-05-18", "RUS>ESP 161 asserted 2022-05-18",
			  "RUS>ITA 161 asserted 2022-05-18"));
	coder_done(cd, lx, NULL);
}

static void test_dv9tail_pair_met_and_agreed(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* ", and agreed to resume cooperation": the pair that met */
	check_with(cd, "Joe Biden and Xi Jinping met at an estate near San Francisco on Wednesday, and "
		   "agreed to resume cooperation on climate change.", "2023-11-15",
		   EXPECT("USAGOV>CHNGOV 040 asserted 2023-11-15", "CHNGOV>USAGOV 040 asserted 2023-11-15",
			  "USAGOV>CHNGOV 030 asserted 2023-11-15", "CHNGOV>USAGOV 030 asserted 2023-11-15"));
	/* envoys restored by the pair named before are ties restored */
	check_with(cd, "Mark Carney and Narendra Modi met on the sidelines of the G7 summit on Tuesday "
		   "and agreed to restore their high commissioners.", "2025-06-17",
		   EXPECT("CANGOV>INDGOV 044 asserted 2025-06-17", "INDGOV>CANGOV 044 asserted 2025-06-17",
			  "CANGOV>INDGOV 054 asserted 2025-06-17", "INDGOV>CANGOV 054 asserted 2025-06-17"));
	coder_done(cd, lx, NULL);
}

static void test_dv9tail_legislature_protests(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	check_with(cd, "HONG KONG, June 12 (Reuters) - Police fired tear gas at thousands of protesters "
		   "who surrounded the legislature on Wednesday to block debate on an extradition bill.",
		   "2019-06-12",
		   EXPECT("HKGCOP>HKGCVL 175 asserted 2019-06-12", "HKGCVL>HKGLEG 144 asserted 2019-06-12"));
	check_with(cd, "KATHMANDU, Sept 9 (Reuters) - Protesters enraged by a social media ban set fire "
		   "to parliament on Tuesday.", "2025-09-09",
		   EXPECT("NPLCVL>NPLLEG 145 asserted 2025-09-09"));
	coder_done(cd, lx, NULL);
}

static void test_dv9tail_after_accusing(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	check_with(cd, "Armenia declared martial law on Sunday after accusing Azerbaijan of shelling "
		   "villages.", "2020-09-27",
		   EXPECT("ARM>ARM 1724 asserted 2020-09-27", "ARM>AZE 1123 asserted 2020-09-27"));
	/* the same party: the grounds of the act, not an act of its own */
	check_with(cd, "Armenia imposed sanctions on Azerbaijan on Sunday after accusing Baku of "
		   "shelling villages.", "2020-09-27", EXPECT("ARM>AZE 163 asserted 2020-09-27"));
	coder_done(cd, lx, NULL);
}

static void test_dv9tail_stronghold_holder(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	check_with(cd, "Iraqi forces recaptured Mosul, Islamic State's largest stronghold in Iraq, on "
		   "Monday.", "2017-07-10", EXPECT("IRQMIL>IMGMUSISI 192 asserted 2017-07-10"));
	/* the army's stronghold is the government-held state's */
	check_with(cd, "The Rapid Support Forces seized El Fasher, the Sudanese army's last stronghold "
		   "in Darfur, on Sunday.", "2025-10-27", EXPECT("SDNREBRSF>SDN 192 asserted 2025-10-26"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dv9tail_elided_speaker_it),
		cmocka_unit_test(test_dv9tail_expelled_envoys),
		cmocka_unit_test(test_dv9tail_pair_met_and_agreed),
		cmocka_unit_test(test_dv9tail_legislature_protests),
		cmocka_unit_test(test_dv9tail_after_accusing),
		cmocka_unit_test(test_dv9tail_stronghold_holder),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
