/*
 * test_coder_s21_asia.c - the coder on wire news of South, Southeast and
 * Central Asia and the Caucasus, 2000-2013: a truce that one side pulls
 * out of (a rejected security accord, 127, no retreat), a go-between that
 * suspends its role (165), villages cut off from their water (191), a
 * rally broken up (175), gunmen holding hostages (181) who stay the
 * subject past the figure on their captives ("holding about 700
 * hostages ... threatened"), a bomb that kills the subject of a passive
 * ("was killed when a bomb exploded": the victim, not the place), and
 * the era's actors added for it (Jamaat-ul-Mujahideen Bangladesh,
 * Thailand's red shirts, Fonseka in opposition, Baitullah Mehsud as his
 * death was told, Amrozi, Salman Taseer, Hafiz Saeed); a leader ousted
 * in a coup (173), "ousted" before a title read as its adjective, a
 * party's supply route blocked (191) and "supply routes" that supply
 * nothing, a hotel a bomber devastates, ties "strained by" a killing
 * that no one attempts, tear gas fired "to break up" protesters.
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_asia_truces(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a truce pulled out of is rejected, no retreat */
	check_with(cd, "Sri Lanka's government said on Wednesday it would pull out of a 2002 "
		   "ceasefire with the Tamil Tigers.", "2008-01-02",
		   EXPECT("LKAGOV>LKAREBLTT 127 planned 2008-01-02"));
	check_with(cd, "Nepal's Maoist rebels pulled out of a seven-month ceasefire with the "
		   "government on Wednesday and withdrew from peace talks.", "2003-08-27",
		   EXPECT("NPLREB>NPLGOV 127 asserted 2003-08-27",
			  "NPLREB>NPLGOV 164 asserted 2003-08-27"));
	/* a place left under a truce is still a retreat */
	check_with(cd, "Israeli forces withdrew from southern Lebanon under the ceasefire "
		   "agreement with Hezbollah.", "2025-06-10",
		   EXPECT("ISRMIL>LBN 0874 asserted 2025-06-10"));
	/* a go-between that suspends its role halts mediation */
	check_with(cd, "Norway said on Friday it was suspending its role as peace broker in Sri "
		   "Lanka.", "2003-11-14", EXPECT("NOR>LKA 165 asserted 2003-11-14"));
	coder_done(cd, lx, NULL);
}

static void test_asia_coercion(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* water cut off from villagers is a blockade */
	check_with(cd, "Tamil Tiger rebels cut off water supplies to Sri Lankan villagers on "
		   "Wednesday.", "2006-07-26",
		   EXPECT("LKAREBLTT>LKACVL 191 asserted 2006-07-26"));
	/* a rally broken up is repressed, as one dispersed */
	check_with(cd, "Georgian riot police broke up a rally by opposition supporters in Tbilisi "
		   "on Wednesday.", "2007-11-07", EXPECT("GEOCOP>GEOCVL 175 asserted 2007-11-07"));
	/* the place a protest broken up was held in gives its civilians */
	check_with(cd, "Police broke up protests in Manila on Friday.", "2006-02-24",
		   EXPECT("PHLCOP>PHLCVL 175 asserted 2006-02-24"));
	/* people held hostage are taken; the gunmen holding "about 700"
	 * of them stay the subject of the verb after */
	check_with(cd, "Chechen gunmen holding about 700 hostages in a Moscow theatre threatened on "
		   "Thursday to blow up the building.", "2002-10-24",
		   EXPECT("RUSREB>RUSCVL 181 asserted 2002-10-24"));
	check_with(cd, "Militants were holding dozens of hostages in two hotels in Mumbai on "
		   "Thursday.", "2008-11-27", EXPECT("---INS>INDCVL 181 asserted 2008-11-27"));
	/* the bomb of a "when" clause hits the passive's subject */
	check_with(cd, "Chechnya's Kremlin-backed president Akhmad Kadyrov was killed on Sunday when "
		   "a bomb exploded under the VIP stand at a Victory Day parade in Grozny.",
		   "2004-05-09", EXPECT("---INS>RUSGOV 183 asserted 2004-05-09"));
	coder_done(cd, lx, NULL);
}

static void test_asia_actors(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	check_with(cd, "A banned Islamist group, Jamaat-ul-Mujahideen Bangladesh, claimed "
		   "responsibility for nearly 500 bombs that exploded across Bangladesh on "
		   "Wednesday.", "2005-08-17", EXPECT("BGDINS>BGD 015 asserted 2005-08-17"));
	check_with(cd, "Thai troops fired rubber bullets at red-shirt protesters in Bangkok on "
		   "Saturday.", "2010-04-11", EXPECT("THAMIL>THACVL 175 asserted 2010-04-10"));
	/* the defeated candidate is the opposition's on his arrest */
	check_with(cd, "Sri Lankan military police arrested Sarath Fonseka on Monday.", "2010-02-08",
		   EXPECT("LKAMIL>LKAOPP 173 asserted 2010-02-08"));
	/* a leader is still the group's while his death is told */
	check_with(cd, "A U.S. drone strike killed Pakistani Taliban leader Baitullah Mehsud in "
		   "South Waziristan, a Taliban commander said on Friday.", "2009-08-07",
		   EXPECT("USAMIL>PAKINSTTP 186 asserted 2009-08-07"));
	check_with(cd, "An Indonesian court sentenced Amrozi to death on Thursday for his role in the "
		   "Bali bombings.", "2003-08-07", EXPECT("IDNJUD>IDNINSJMI 116 asserted 2003-08-07"));
	check_with(cd, "Gunmen shot dead Punjab governor Salman Taseer in Islamabad on Tuesday.",
		   "2011-01-04", EXPECT("---INS>PAKGOV 186 asserted 2011-01-04"));
	check_with(cd, "Pakistani police arrested Hafiz Saeed in Lahore on Thursday.", "2009-12-10",
		   EXPECT("PAKCOP>PAKINSLET 173 asserted 2009-12-10"));
	coder_done(cd, lx, NULL);
}

static void test_asia_removals_and_routes(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the leader a coup removes is ousted (173) */
	check_with(cd, "Thailand's military seized power in a bloodless coup on Tuesday night, ousting "
		   "Prime Minister Thaksin Shinawatra while he was abroad.", "2006-09-19",
		   EXPECT("THAMIL>THAGOV 173 asserted 2006-09-19"));
	/* "ousted" before a title is its adjective: the warrant reaches it */
	check_with(cd, "A Thai court issued an arrest warrant on Tuesday for ousted Prime Minister "
		   "Thaksin Shinawatra on terrorism charges.", "2010-05-25",
		   EXPECT("THAJUD>THAELI 173 asserted 2010-05-25"));
	/* a party's supply route blocked is a blockade of it; "supply"
	 * before "routes" supplies no one */
	check_with(cd, "Pakistan blocked a vital NATO supply route into Afghanistan on Thursday.",
		   "2010-09-30", EXPECT("PAK>IGOWSTNAT 191 asserted 2010-09-30"));
	check_with(cd, "Pakistan agreed on Tuesday to reopen NATO supply routes into Afghanistan.",
		   "2012-07-03", NONE);
	/* a bomber that devastates a hotel bombs it */
	check_with(cd, "A suicide truck bomber devastated the Marriott hotel in Islamabad on Saturday, "
		   "killing at least 40 people.", "2008-09-20",
		   EXPECT("---INS>PAKCVL 1831 asserted 2008-09-20"));
	/* trying to repair ties strained by a killing attempts no killing,
	 * and whoever strained them is no partner */
	check_with(cd, "U.S. Senator John Kerry arrived in Pakistan on Monday to try to repair "
		   "relations strained by the killing of Osama bin Laden.", "2011-05-16",
		   EXPECT("USALEG>PAK 042 asserted 2011-05-16"));
	/* tear gas fired to break up protesters, as to disperse them */
	check_with(cd, "Georgian riot police fired tear gas and water cannon to break up opposition "
		   "protesters in Tbilisi on Wednesday.", "2007-11-07",
		   EXPECT("GEOCOP>GEOCVL 175 asserted 2007-11-07"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_asia_truces),
		cmocka_unit_test(test_asia_coercion),
		cmocka_unit_test(test_asia_actors),
		cmocka_unit_test(test_asia_removals_and_routes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
