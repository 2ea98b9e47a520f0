/*
 * test_coder_truce.c - the coder on ceasefires and truces
 * (tests/dev/README.md, `truce`): truces kept with the party named,
 * proposed by a third party between two others (0256), proposals
 * accepted from their proposer (057), pairs that agree to stop
 * targeting each other, truce deals not reached (057), humanitarian
 * pauses begun, and truce words that are no truce made (violations
 * counted, brokers thanked, accusations traded, the war a truce is asked
 * in) and a breach someone reports coded as the breach, with the whole
 * default dictionary; and the coder rules: an armed group's truce that names no
 * one is toward its state, a truce broken that names no one is broken
 * against the reporter's state, a truce kept or refused "in" a war's
 * place by one side is aimed at the other, and a hyphened broker
 * mediates between a government and its rebels.
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static const char truce_dict[] =
"actor Russia | Russian | Moscow = RUS\n"
"actor Ukraine | Ukrainian | Kyiv = UKR\n"
"actor Congo | Congolese = COD\n"
"actor M23 = CODREB\n"
"agent foreign minister | defence ministry = GOV\n"
"agent rebels = REB\n"
"set ev_ceasefire = ceasefire | truce\n"
"verb declare\n"
"    * ^ &ev_ceasefire = 0871\n"
"verb break {broke broken}\n"
"    * &ev_ceasefire = 196\n"
"verb say {said}\n";

/* "M23 rebels declared a unilateral ceasefire": an armed group's truce
 * that names no one is toward its own state (act.c, as its promise to
 * disarm and its retreat are) */
static void test_truce_armed_group_home(void **state)
{
	char path[] = "/tmp/dyad-truce1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(truce_dict, path, &lx);
	check_with(cd, "M23 declared a unilateral ceasefire on Monday.", "2025-02-03",
		   EXPECT("CODREB>COD 0871 asserted 2025-02-03"));
	coder_done(cd, lx, path);
}

/* "Russia broke the truce within hours, Ukraine's foreign minister
 * said": the reporter's state is the side the truce was broken against;
 * a reporter of the breaker's own state gives no target */
static void test_truce_breach_reporter(void **state)
{
	char path[] = "/tmp/dyad-truce2-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(truce_dict, path, &lx);
	check_with(cd, "Russia broke the truce within hours, Ukraine's foreign minister said on "
		   "Thursday.", "2025-05-08", EXPECT("RUS>UKR 196 asserted 2025-05-08"));
	check_with(cd, "Russia broke the truce within hours, Russia's defence ministry said on "
		   "Thursday.", "2025-05-08", NONE);
	coder_done(cd, lx, path);
}

/* The patterns of data/dict/verbs-29-truce.dict, as shipped */
static void test_truce_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* a truce kept, with the party after "with" */
	check_with(cd, "Phnom Penh said on Thursday that Cambodia would respect the ceasefire "
		   "with Thailand.", "2025-07-31", EXPECT("KHM>THA 0871 planned 2025-07-31"));
	/* a third party's proposal is an appeal to each side */
	check_with(cd, "Hungary's prime minister proposed a Christmas ceasefire between Russia "
		   "and Ukraine on Wednesday.", "2024-12-11",
		   EXPECT("HUNGOV>RUS 0256 asserted 2024-12-11",
			  "HUNGOV>UKR 0256 asserted 2024-12-11"));
	/* a truce proposal accepted from its proposer */
	check_with(cd, "Hamas agreed on Monday to a proposal from Egypt for a 60-day ceasefire, "
		   "an Egyptian official said.", "2025-08-18",
		   EXPECT("PSEINSHMS>EGY 057 asserted 2025-08-18"));
	/* a pair that stops targeting each other */
	check_with(cd, "The United States and the Houthis have agreed to stop targeting each "
		   "other, Oman's foreign minister said.", "2025-05-06",
		   EXPECT("USA>YEMREBHTH 0871 asserted 2025-05-06",
			  "YEMREBHTH>USA 0871 asserted 2025-05-06"));
	/* a truce deal not reached */
	check_with(cd, "Israel and Hamas have not yet reached an agreement on a temporary "
		   "ceasefire, the White House said on Saturday.", "2023-11-18",
		   EXPECT("ISR>PSEINSHMS 057 negated 2023-11-18",
			  "PSEINSHMS>ISR 057 negated 2023-11-18"));
	/* pauses begun, toward the place past "operations in" */
	check_with(cd, "Israel will begin daily humanitarian pauses in its military operations "
		   "in northern Gaza, the White House said.", "2023-11-09",
		   EXPECT("ISR>PSE 0871 planned 2023-11-09"));
	/* violations counted, brokers thanked, accusations traded and the
	 * war a truce is asked in make no truce and no fighting */
	check_with(cd, "The OSCE's monitoring mission recorded more than 1,000 ceasefire "
		   "violations in eastern Ukraine on Saturday.", "2022-02-19", NONE);
	check_with(cd, "Cambodia's prime minister thanked Malaysia and the United States for "
		   "helping to secure the truce.", "2025-07-28",
		   EXPECT("KHMGOV>MYS 051 asserted 2025-07-28",
			  "KHMGOV>USA 051 asserted 2025-07-28"));
	check_with(cd, "Sudan's army and the RSF traded accusations of violating the ceasefire "
		   "on Tuesday.", "2023-05-23",
		   EXPECT("SDNMIL>SDNREBRSF 112 asserted 2023-05-23",
			  "SDNREBRSF>SDNMIL 112 asserted 2023-05-23"));
	check_with(cd, "Pope Francis called for a ceasefire in the war between Israel and Hamas "
		   "on Sunday.", "2023-10-29",
		   EXPECT("VATREL>ISR 0256 asserted 2023-10-29",
			  "VATREL>PSEINSHMS 0256 asserted 2023-10-29"));
	/* the pair agreeing "on" a truce and extending "their" truce */
	check_with(cd, "Russia and Ukraine agreed on Thursday on a ceasefire in Donbas to start "
		   "before talks in Minsk.", "2015-02-12",
		   EXPECT("RUS>UKR 0871 asserted 2015-02-12", "UKR>RUS 0871 asserted 2015-02-12"));
	check_with(cd, "Pakistan and Afghanistan are likely to extend their truce at talks in "
		   "Doha, officials said.", "2025-10-18",
		   EXPECT("PAK>AFG 0871 speculative 2025-10-18",
			  "AFG>PAK 0871 speculative 2025-10-18"));
	/* a truce broken, reported, is the breach, not the speaker's charge */
	check_with(cd, "Zelensky said on Sunday that Russian forces had breached the Easter truce "
		   "by shelling Ukrainian positions.", "2025-04-20",
		   EXPECT("RUSMIL>UKRMIL 196 asserted 2025-04-20"));
	/* a truce refused or kept "in" a war's place, by one side, is aimed
	 * at the other side (act.c, war_place_other_side()) */
	check_with(cd, "Netanyahu rejected calls for a ceasefire in Gaza on Monday.", "2023-10-30",
		   EXPECT("ISRGOV>PSEREB 1246 asserted 2023-10-30"));
	check_with(cd, "Hamas said it would abide by the ceasefire in Gaza.", "2025-10-20",
		   EXPECT("PSEINSHMS>ISR 0871 planned 2025-10-20"));
	check_with(cd, "Russia offered a ceasefire in Ukraine on Friday.", "2024-06-14",
		   EXPECT("RUS>UKR 0356 asserted 2024-06-14"));
	/* a hyphened broker of a truce between a state's government and its
	 * rebels mediates between the two (act.c, same_war_party()) */
	check_with(cd, "Yemen's government and the Houthis agreed on Thursday to renew the "
		   "U.N.-brokered truce for two more months.", "2022-06-02",
		   EXPECT("YEMGOV>YEMREBHTH 0871 asserted 2022-06-02",
			  "YEMREBHTH>YEMGOV 0871 asserted 2022-06-02",
			  "IGOUNO>YEMGOV 045 asserted 2022-06-02",
			  "IGOUNO>YEMREBHTH 045 asserted 2022-06-02"));
	/* a cessation of hostilities is a truce, not fighting */
	check_with(cd, "Washington and Moscow brokered a cessation of hostilities between "
		   "Syria's government and rebel groups on Monday.", "2016-02-22",
		   EXPECT("SYRGOV>SYRREB 0871 asserted 2016-02-22",
			  "SYRREB>SYRGOV 0871 asserted 2016-02-22",
			  "USA>SYRGOV 045 asserted 2016-02-22", "USA>SYRREB 045 asserted 2016-02-22",
			  "RUS>SYRGOV 045 asserted 2016-02-22", "RUS>SYRREB 045 asserted 2016-02-22"));
	/* Karabakh's Armenian separatists are the Karabakh forces */
	check_with(cd, "Karabakh's Armenian separatists accepted a ceasefire with Azerbaijan on "
		   "Wednesday.", "2023-09-20", EXPECT("AZEREBNKR>AZE 0871 asserted 2023-09-20"));
	/* the directors general of military operations are the armies */
	check_with(cd, "The military operations chiefs of India and Pakistan agreed on Thursday "
		   "to observe a ceasefire along the Line of Control from midnight.", "2021-02-25",
		   EXPECT("INDMIL>PAKMIL 0871 asserted 2021-02-25",
			  "PAKMIL>INDMIL 0871 asserted 2021-02-25"));
	/* a truce extended "until" a date is no deadline set by the one
	 * who reports it (verbs-28-mobilize.dict's "had until" is now tight) */
	check_with(cd, "The White House said on Sunday that Israel and Lebanon had agreed to "
		   "extend their ceasefire until Feb. 18.", "2025-01-26",
		   EXPECT("ISR>LBN 0871 asserted 2025-01-26", "LBN>ISR 0871 asserted 2025-01-26"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_truce_armed_group_home),
		cmocka_unit_test(test_truce_breach_reporter),
		cmocka_unit_test(test_truce_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
