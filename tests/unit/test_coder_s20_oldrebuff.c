/*
 * test_coder_s20_oldrebuff.c - the coder on 2000-2013 wire ledes of
 * protest, reduced relations, yielding, aid, threats and disapproval
 * (CAMEO roots 06-08, 11-14, 16): a protest's demand in a participle with
 * no comma, a strike kept up against a leader, embassies coordinated or
 * pelted as their states, a siege civilians lay (144), states barred from
 * a body's meetings, transport links cut, arms deliveries suspended, a
 * plane's crew freed, troops sent with relief, missiles a state could aim
 * at another, a watchdog board's finding of breach, leaders called names,
 * states listed as 'outposts of tyranny', the plan a protest is against,
 * talks a pair breaks off, inspections allowed for a body, and the
 * ruling councils and rebel council of that era.
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_oldrebuff_protest(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a protest's demand in a participle with no comma is coded with the
	 * protest (1411), no demand of its own */
	check_with(cd, "Millions of Egyptians took to the streets on Sunday demanding that President Mohamed "
		   "Mursi resign.", "2013-06-30",
		   EXPECT("EGYCVL>EGYGOV 1411 asserted 2013-06-30"));
	/* a strike kept up against a leader, whose demand follows, is a strike
	 * for a change of leader */
	check_with(cd, "Venezuelan oil workers pressed on with their strike against President Hugo Chavez on "
		   "Monday, demanding that he resign and call early elections.", "2002-12-16",
		   EXPECT("VENLAB>VENGOV 1431 asserted 2002-12-16"));
	/* embassies coordinated ('the U.S. and French embassies') stand for
	 * their states */
	check_with(cd, "Supporters of President Bashar al-Assad stormed the U.S. and French embassies in "
		   "Damascus on Monday, smashing windows.", "2011-07-11",
		   EXPECT("SYRCVL>USA 145 asserted 2011-07-11", "SYRCVL>FRA 145 asserted 2011-07-11"));
	/* an embassy pelted ('threw stones at Japan's embassy') stands for its
	 * state */
	check_with(cd, "Thousands of Chinese protesters threw stones and bottles at Japan's embassy in Beijing "
		   "on Saturday.", "2005-04-09",
		   EXPECT("CHNCVL>JPN 145 asserted 2005-04-09"));
	/* what a plan protested against would do is no act of the protesters */
	check_with(cd, "Thousands of anti-war protesters rallied in Washington on Saturday against U.S. plans to "
		   "invade Iraq.", "2003-01-20",
		   EXPECT("USACVL>USAGOV 1412 asserted 2003-01-18"));
	/* a siege civilians lay obstructs passage (144), no riot */
	check_with(cd, "Pro-Kremlin youth activists besieged Estonia's embassy in Moscow on Wednesday.",
		   "2007-05-02",
		   EXPECT("RUSCVL>EST 144 asserted 2007-05-02"));
	coder_done(cd, lx, NULL);
}

static void test_oldrebuff_reduce(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the bloc by its short name, and a state kept out of its councils (160) */
	check_with(cd, "The Commonwealth suspended Zimbabwe from its councils for a year on Tuesday.",
		   "2002-03-19",
		   EXPECT("IGOCWN>ZWE 160 asserted 2002-03-19"));
	/* a state barred from a body's meetings has its ties cut (160), no
	 * administrative sanction */
	check_with(cd, "The Arab League barred Libya from its meetings on Tuesday.", "2011-02-22",
		   EXPECT("IGOARL>LBY 160 asserted 2011-02-22"));
	/* transport links cut are a sanction (163) */
	check_with(cd, "Russia cut all transport and postal links with Georgia on Tuesday.",
		   "2006-10-03",
		   EXPECT("RUS>GEO 163 asserted 2006-10-03"));
	/* arms deliveries suspended stop military aid (1622) */
	check_with(cd, "The United States suspended deliveries of tanks, fighter jets and missiles to Egypt on "
		   "Wednesday.", "2013-10-09",
		   EXPECT("USA>EGY 1622 asserted 2013-10-09"));
	/* sanctions approved 'against Syria' target Syria, not the detail after
	 * the comma */
	check_with(cd, "The Arab League approved sanctions against Syria on Sunday, including a freeze on Syrian "
		   "government assets.", "2011-11-27",
		   EXPECT("IGOARL>SYR 163 asserted 2011-11-27"));
	/* 'Gulf Arab states' act as the GCC */
	check_with(cd, "Gulf Arab states said on Tuesday they would withdraw their ambassadors from Syria.",
		   "2012-02-07",
		   EXPECT("IGOPGSGCC>SYR 161 planned 2012-02-07"));
	/* a pair that breaks off talks halts them with each other */
	check_with(cd, "Russia and Ukraine broke off talks on gas prices on Thursday.", "2005-11-03",
		   EXPECT("RUS>UKR 164 asserted 2005-11-03", "UKR>RUS 164 asserted 2005-11-03"));
	/* a participle detailing sanctions on a state by those they hit
	 * there (its people and firms) restates them */
	check_with(cd, "The U.N. Security Council voted unanimously on Saturday to tighten sanctions "
		   "on Iran, banning its arms exports and freezing the assets of 28 people and "
		   "companies.", "2007-03-24",
		   EXPECT("IGOUNO>IRN 163 asserted 2007-03-24"));
	coder_done(cd, lx, NULL);
}

static void test_oldrebuff_yield_aid(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a plane's crew freed are people (0841), not the craft */
	check_with(cd, "China freed the 24 crew members of a U.S. spy plane on Wednesday.",
		   "2001-04-11",
		   EXPECT("CHN>USAMIL 0841 asserted 2001-04-11"));
	/* troops sent to deliver aid give relief (073), no show of force */
	check_with(cd, "The United States sent thousands of troops and an aircraft carrier to Haiti on Thursday "
		   "to help deliver aid to survivors of the earthquake.", "2010-01-14",
		   EXPECT("USA>HTI 073 asserted 2010-01-14"));
	/* the soldier Gilad Shalit is Israel's */
	check_with(cd, "Hamas freed Gilad Shalit on Tuesday after five years in captivity in Gaza.",
		   "2011-10-18",
		   EXPECT("PSEINSHMS>ISRMIL 0841 asserted 2011-10-18"));
	/* inspections allowed 'by' a body are let in for it (agreed to: 0355) */
	check_with(cd, "Libya agreed on Friday to allow snap inspections of its nuclear sites by the "
		   "International Atomic Energy Agency.", "2003-12-22",
		   EXPECT("LBY>IGOUNOIAE 0355 asserted 2003-12-19"));
	coder_done(cd, lx, NULL);
}

static void test_oldrebuff_threat_disapprove(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* missiles a state could aim at another if ... are a threat of nuclear
	 * force */
	check_with(cd, "President Vladimir Putin warned on Tuesday that Russia could aim nuclear missiles at "
		   "Ukraine if it joined NATO.", "2008-02-12",
		   EXPECT("RUSGOV>UKR 1385 asserted 2008-02-12"));
	/* a board's finding of breach is an accusation (112), not a verdict */
	check_with(cd, "The U.N. nuclear watchdog's board found Iran in breach of its nuclear safeguards "
		   "obligations on Saturday.", "2005-09-24",
		   EXPECT("IGOUNOIAE>IRN 112 asserted 2005-09-24"));
	/* a leader called 'the devil' is denounced (111) */
	check_with(cd, "Venezuelan President Hugo Chavez called U.S. President George W. Bush \"the devil\" in a "
		   "speech to the U.N. General Assembly on Wednesday.", "2006-09-20",
		   EXPECT("VENGOV>USAGOV 111 asserted 2006-09-20"));
	/* states named as 'outposts of tyranny' are each denounced */
	check_with(cd, "Condoleezza Rice named Cuba, Myanmar and Belarus as \"outposts of tyranny\" on Tuesday.",
		   "2005-01-19",
		   EXPECT("USAGOV>CUB 111 asserted 2005-01-19", "USAGOV>MMR 111 asserted 2005-01-19", "USAGOV>BLR 111 asserted 2005-01-19"));
	/* what one is 'appalled' by, past a closing quote, is no event of its
	 * own */
	check_with(cd, "President Barack Obama said on Tuesday he was \"appalled and outraged\" by Iran's violent "
		   "crackdown on protesters.", "2009-06-24",
		   EXPECT("USAGOV>IRN 111 asserted 2009-06-23"));
	coder_done(cd, lx, NULL);
}

static void test_oldrebuff_actors(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* Libya's rebel council of 2011 is the rebels' */
	check_with(cd, "Britain recognised the rebel National Transitional Council as Libya's government on "
		   "Wednesday.", "2011-07-27",
		   EXPECT("GBR>LBYREB 054 asserted 2011-07-27"));
	/* Iran's Supreme National Security Council speaks for the state */
	check_with(cd, "Iran's Supreme National Security Council rejected on Monday a British demand that it "
		   "halt uranium conversion.", "2005-06-30",
		   EXPECT("IRNGOV>GBR 120 asserted 2005-06-27"));
	/* Egypt's military council ruling after Mubarak's fall is a junta in
	 * power (GOV) */
	check_with(cd, "Egypt's Supreme Council of the Armed Forces dissolved parliament on Sunday.",
		   "2011-02-13",
		   EXPECT("EGYGOV>EGYLEG 172 asserted 2011-02-13"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_oldrebuff_protest),
		cmocka_unit_test(test_oldrebuff_reduce),
		cmocka_unit_test(test_oldrebuff_yield_aid),
		cmocka_unit_test(test_oldrebuff_threat_disapprove),
		cmocka_unit_test(test_oldrebuff_actors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
