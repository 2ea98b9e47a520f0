/*
 * test_coder_s19_force.c - the coder on force and coercion where the
 * verb alone misleads: gunmen and suicide bombers who "strike" on the
 * ground (terror and a bombing, not an air strike), gunmen beside
 * bombers in one attack, a state named bare that declares martial law
 * or a state of emergency on itself, custody taken and charges sought
 * (arrests), a deal's terms past the day it was struck (no act of their
 * own), "the raids" that did not hit a party (the attacker's, told
 * before), civilians shot dead by the score or killed in an army's
 * crackdown (a mass killing), forces heading for a region as a
 * warning to a state (a show of force), and events that only date or
 * frame the news: a march by "tens of thousands" a day before, and the
 * war during which something else was done; and protesters who "set
 * fire to" parliament in a clause after "after" (a riot), and a state
 * that "more than doubled" tariffs (sanctions), with a further rate
 * "on Chinese goods and 20 percent on the European Union".
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_force_ground_attackers(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* gunmen who strike use firearms, not aerial weapons */
	check_with(cd, "Gunmen struck a hotel in the Somali capital Mogadishu on Friday, killing "
		   "at least 12 people, police said.", "2019-07-13",
		   EXPECT("---INS>SOMCVL 180 asserted 2019-07-12"));
	/* gunmen and suicide bombers: the shooting and the bombing, even
	 * with the target past a list of places */
	check_with(cd, "Gunmen and suicide bombers struck a concert hall, restaurants and the "
		   "national stadium in Paris on Friday night, killing 130 people.", "2015-11-14",
		   EXPECT("---INS>FRACVL 180 asserted 2015-11-13",
			  "---INS>FRACVL 1831 asserted 2015-11-13"));
	/* (with "attacked", a source named "suicide bombers" is no aircraft) */
	check_with(cd, "Gunmen and suicide bombers attacked a concert hall, restaurants and the "
		   "national stadium in coordinated assaults across Paris on Friday night, killing "
		   "130 people.", "2015-11-14",
		   EXPECT("---INS>FRACVL 180 asserted 2015-11-13",
			  "---INS>FRACVL 1831 asserted 2015-11-13"));
	/* gunmen beside bombers: the toll is the bombing's, no massacre */
	check_with(cd, "Two suicide bombers and gunmen struck crowds outside Kabul airport on "
		   "Thursday, killing scores of people.", "2021-08-27",
		   EXPECT("---INS>AFGCVL 1831 asserted 2021-08-26",
			  "---INS>AFGCVL 180 asserted 2021-08-26"));
	/* (bombers that are aircraft still strike from the air) */
	check_with(cd, "Russian bombers struck targets in Syria's Idlib province on Tuesday.",
		   "2019-05-07", EXPECT("RUSMIL>SYR 195 asserted 2019-05-07"));
	coder_done(cd, lx, NULL);
}

static void test_force_emergency_rule(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a state named bare puts emergency rule on itself */
	check_with(cd, "Armenia declared martial law on Sunday after clashes with Azerbaijan.",
		   "2020-09-27", EXPECT("ARM>ARM 1724 asserted 2020-09-27"));
	check_with(cd, "Egypt declared a month-long state of emergency on Wednesday.", "2013-08-14",
		   EXPECT("EGY>EGY 1724 asserted 2013-08-14"));
	coder_done(cd, lx, NULL);
}

static void test_force_custody_and_raids(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* custody taken of a president is a detention */
	check_with(cd, "Zimbabwe's military said on Wednesday it had taken custody of President "
		   "Robert Mugabe.", "2017-11-15", EXPECT("ZWEMIL>ZWEGOV 173 asserted 2017-11-15"));
	/* charges sought by a prosecutor */
	check_with(cd, "Spain's state prosecutor sought charges of rebellion and sedition against "
		   "Catalan leader Carles Puigdemont on Monday.", "2017-10-30",
		   EXPECT("ESPJUD>ESPELI 173 asserted 2017-10-30"));
	/* a deal's terms, past its day, are no act of their own */
	check_with(cd, "U.S. Secretary of State John Kerry and Iranian Foreign Minister Mohammad "
		   "Javad Zarif clinched a deal on Tuesday to curb Tehran's nuclear programme.",
		   "2015-07-14",
		   EXPECT("USAGOV>IRNGOV 057 asserted 2015-07-14",
			  "IRNGOV>USAGOV 057 asserted 2015-07-14"));
	/* "the raids" that hit no party: the attacker told before */
	check_with(cd, "Russian warplanes struck targets in Syria on Wednesday, but U.S. officials "
		   "said the raids had not hit Islamic State.", "2015-09-30",
		   EXPECT("RUSMIL>SYR 195 asserted 2015-09-30",
			  "RUSMIL>IMGMUSISI 195 negated 2015-09-30"));
	coder_done(cd, lx, NULL);
}

static void test_force_mass_killing_and_posture(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a state's forces shooting civilians dead by the score */
	check_with(cd, "Pro-government forces in Syria shot dead at least 82 civilians in their "
		   "homes in eastern Aleppo, the U.N. said on Tuesday.", "2016-12-13",
		   EXPECT("SYRMIL>SYRCVL 202 asserted 2016-12-13"));
	/* (protesters shot dead stay repressed) */
	check_with(cd, "Myanmar soldiers shot dead 40 protesters in Yangon on Sunday.", "2021-03-14",
		   EXPECT("MMRMIL>MMRCVL 175 asserted 2021-03-14"));
	/* killed in a span of the army's crackdown: its attacker */
	check_with(cd, "At least 6,700 Rohingya were killed in the first month of the Myanmar "
		   "army's crackdown in Rakhine State, a medical charity said on Thursday.",
		   "2017-12-14", EXPECT("MMRMIL>MMRCVL 202 asserted 2017-12-14"));
	/* a carrier group heading for a region as a warning */
	check_with(cd, "A U.S. Navy carrier strike group is heading toward the Korean peninsula to "
		   "provide a physical presence as a warning to North Korea, an official said on "
		   "Sunday.", "2017-04-09", EXPECT("USAMIL>PRK 150 asserted 2017-04-09"));
	coder_done(cd, lx, NULL);
}

static void test_force_background(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a crowd told by its count dates the news like a named one */
	check_with(cd, "Thailand banned gatherings of five or more people on Thursday, a day after "
		   "tens of thousands marched to demand reform of the monarchy.", "2020-10-15",
		   EXPECT("THA>THACVL 1721 asserted 2020-10-15"));
	/* "set fire to" after a subject in an "after" clause is a verb */
	check_with(cd, "Nepal's prime minister resigned on Tuesday after protesters set fire to "
		   "parliament.", "2025-09-09",
		   EXPECT("NPLGOV>NPLCVL 0831 asserted 2025-09-09",
			  "NPLCVL>NPLLEG 145 asserted 2025-09-09"));
	/* "more than doubled" tariffs is the actor's verb, no count */
	check_with(cd, "The United States more than doubled tariffs on Chinese goods on Friday.",
		   "2019-05-10", EXPECT("USA>CHN 163 asserted 2019-05-10"));
	/* a further rate after the goods the first names */
	check_with(cd, "Donald Trump imposed tariffs on imports from dozens of countries on "
		   "Wednesday, including 34 percent on Chinese goods and 20 percent on the European "
		   "Union.", "2025-04-02",
		   EXPECT("USAGOV>CHN 163 asserted 2025-04-02",
			  "USAGOV>IGOEUREEC 163 asserted 2025-04-02"));
	/* the war during which violations were committed is no news */
	check_with(cd, "The U.N. Human Rights Council voted on Friday to investigate rights "
		   "violations committed during Russia's invasion of Ukraine.", "2022-03-04",
		   NONE);
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_force_ground_attackers),
		cmocka_unit_test(test_force_emergency_rule),
		cmocka_unit_test(test_force_custody_and_raids),
		cmocka_unit_test(test_force_mass_killing_and_posture),
		cmocka_unit_test(test_force_background),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
