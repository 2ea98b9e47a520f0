/*
 * test_coder_sanction.c - the coder on sanctions as wire copy words them
 * (tests/dev/README.md, `sanction`): the patterns of
 * data/dict/verbs-29-sanction.dict, and the coder rules the area added
 * (a weekday between "refrained" and "from", "think tanks", a state's
 * possessive before a modified title and name or a coordinated agent,
 * "put X back on", a long list barred from entering, "called on X to",
 * "notified", a trade blacklist answered with measures, ", aiming to",
 * "failed on Tuesday to", "oil and gas"); a second state's sanctions
 * with no target aimed where the first's were.
 * Each case fails on the code before the area's work.
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coder_check.h"

/* verbs-29-sanction.dict through dyad's own dictionaries */
static void test_sanction_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* assets frozen by their owner */
	check_with(cd, "The European Union froze assets that Belarusian President Alexander "
		   "Lukashenko holds in the bloc.", "2020-08-10",
		   EXPECT("IGOEUREEC>BLRGOV 163 asserted 2020-08-10"));
	/* designated for sanctions */
	check_with(cd, "The United States designated three Iranian officials for sanctions on "
		   "Tuesday.", "2021-03-02", EXPECT("USA>IRNGOV 163 asserted 2021-03-02"));
	/* secondary tariffs threatened, not laid */
	check_with(cd, "Trump threatened to impose secondary tariffs on buyers of Venezuelan oil.",
		   "2025-03-24", EXPECT("USAGOV>VEN 1312 asserted 2025-03-24"));
	/* an easing begun is an easing, on its condition */
	check_with(cd, "Britain could start easing sanctions on Syria if its new rulers protect "
		   "minorities.", "2025-01-10", EXPECT("GBR>SYR 085 conditional 2025-01-10"));
	/* the state-sponsor label */
	check_with(cd, "Trump put North Korea back on the list of state sponsors of terrorism on "
		   "Monday.", "2017-11-20", EXPECT("USAGOV>PRK 112 asserted 2017-11-20"));
	/* a penalty the one told faces */
	check_with(cd, "Washington told New Delhi it would face sanctions if it bought Russian "
		   "S-400 missiles.", "2018-10-01", EXPECT("USA>IND 1312 asserted 2018-10-01"));
	/* a demand to ease rejected */
	check_with(cd, "The United States rejected a Russian demand to lift sanctions on its banks.",
		   "2022-07-20", EXPECT("USA>RUS 1244 asserted 2022-07-20"));
	/* relief pressed for */
	check_with(cd, "Erdogan pressed Trump for sanctions relief for Turkey's banks.", "2019-04-02",
		   EXPECT("TURGOV>USAGOV 0254 asserted 2019-04-02"));
	/* a list of those to be sanctioned */
	check_with(cd, "EU ministers agreed to draw up a list of Russian officials to be "
		   "sanctioned.", "2022-02-23", EXPECT("IGOEUREEC>RUSGOV 163 planned 2022-02-23"));
	/* a state cut off from chips */
	check_with(cd, "Washington cut China off from advanced chips.", "2019-05-20",
		   EXPECT("USA>CHN 163 asserted 2019-05-20"));
	/* an order targeting officials: a sanction, no force */
	check_with(cd, "Trump signed an executive order on Friday targeting Venezuelan officials.",
		   "2019-03-08", EXPECT("USAGOV>VENGOV 163 asserted 2019-03-08"));
	/* investment in the sanctioning state names no party */
	check_with(cd, "China added Lockheed Martin to its unreliable entity list, barring it from "
		   "investment in the country.", "2023-02-16",
		   EXPECT("CHN>USABUS 163 asserted 2023-02-16"));
	coder_done(cd, lx, NULL);
}

/* The coder rules, through dyad's own dictionaries */
static void test_sanction_coder_rules(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* "refrained on Monday from": the act not done */
	check_with(cd, "The European Union refrained on Monday from sanctioning Hungarian "
		   "officials.", "2022-04-11", EXPECT("IGOEUREEC>HUNGOV 163 negated 2022-04-11"));
	/* "think tanks" is no opinion verb that makes a guess */
	check_with(cd, "Beijing hit back with sanctions on European lawmakers, diplomats and think "
		   "tanks.", "2021-03-22", EXPECT("CHN>IGOEUREECLEG 163 asserted 2021-03-22"));
	/* a state's possessive before a modified title and name */
	check_with(cd, "Slovenia imposed an entry ban on Israel's far-right ministers Itamar "
		   "Ben-Gvir and Bezalel Smotrich.", "2025-07-17",
		   EXPECT("SVN>ISRGOV 163 asserted 2025-07-17", "SVN>ISRGOV 163 asserted 2025-07-17"));
	/* ... and before an agent with a modifier joined by "and" */
	check_with(cd, "Washington sanctioned Iran's oil and interior ministries.", "2020-01-10",
		   EXPECT("USA>IRNGOV 163 asserted 2020-01-10"));
	/* "put Cuba back on": no verb "back" whose subject is Cuba */
	check_with(cd, "Trump put Cuba back on the list of state sponsors of terrorism and revoked "
		   "sanctions on Israeli settlers.", "2025-01-20",
		   EXPECT("USAGOV>CUB 112 asserted 2025-01-20", "USAGOV>ISRCVL 085 asserted 2025-01-20"));
	/* a long list of officials barred from entering: a travel ban, one for
	 * each member the list joins (Johnson, Truss) */
	check_with(cd, "Moscow barred British Prime Minister Boris Johnson, Foreign Secretary Liz "
		   "Truss and a dozen other British officials from entering Russia.", "2022-04-16",
		   EXPECT("RUS>GBRGOV 163 asserted 2022-04-16", "RUS>GBRGOV 163 asserted 2022-04-16"));
	/* "called on X to": the act asked for is no act of the caller */
	check_with(cd, "Poland called on the European Union to put sanctions on Russian banks.",
		   "2022-05-10", EXPECT("POL>IGOEUREEC 020 asserted 2022-05-10"));
	check_with(cd, "Poland called on the European Union to ban Russian gas.", "2022-05-10",
		   EXPECT("POL>IGOEUREEC 020 asserted 2022-05-10"));
	/* "notified Congress that he would": a plan reported */
	check_with(cd, "Trump notified Congress that he would remove Sudan from the list of state "
		   "sponsors of terrorism.", "2020-10-26", EXPECT("USAGOV>SDN 081 planned 2020-10-26"));
	/* measures vowed against a trade blacklist */
	check_with(cd, "China vowed to take countermeasures after Washington added Chinese firms to "
		   "its trade blacklist.", "2020-12-19",
		   EXPECT("CHN>USA 1312 asserted 2020-12-19", "USA>CHNBUS 163 asserted 2020-12-19"));
	/* ", aiming to": the purpose, no act */
	check_with(cd, "Washington sanctioned Hezbollah financiers, aiming to cut off funding for the "
		   "group.", "2023-05-16", EXPECT("USA>LBNINSHEZ 163 asserted 2023-05-16"));
	/* sanctions agreed on; "failed on Tuesday to" denies them */
	check_with(cd, "EU ministers failed on Tuesday to agree on sanctions against Israel.",
		   "2025-07-15", EXPECT("IGOEUREEC>ISR 163 negated 2025-07-15"));
	/* "trade curbs": no trading */
	check_with(cd, "The European Union imposed sanctions on Belarus and trade curbs on Minsk.",
		   "2024-06-20", EXPECT("IGOEUREEC>BLR 163 asserted 2024-06-20"));
	/* "oil and gas": the fuel, no gassing */
	check_with(cd, "Trump exempted Hungary from sanctions on Russian oil and gas used by Prime "
		   "Minister Viktor Orban.", "2025-11-07", EXPECT("USAGOV>HUN 085 asserted 2025-11-07"));
	coder_done(cd, lx, NULL);
}

/* An act that names no target, done by another state after the same
 * act was told with one in its sentence, is aimed where that act was
 * (act_context.c aim_as_told_before()); not a meeting or visit. */
static void test_sanction_target_told_before(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Britain imposed sanctions on Russia, and Canada imposed sanctions too.",
		   "2022-02-24",
		   EXPECT("GBR>RUS 163 asserted 2022-02-24", "CAN>RUS 163 asserted 2022-02-24"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sanction_dictionary),
		cmocka_unit_test(test_sanction_coder_rules),
		cmocka_unit_test(test_sanction_target_told_before),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
