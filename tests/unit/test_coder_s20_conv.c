/*
 * test_coder_s20_conv.c - the coder on conventions the gold sets once
 * split on, as tests/dev/README.md now settles them: an attack someone
 * claims is the claimant's, however the claim is told (in a clause of
 * its own, "said its fighters had carried out"), unless no one claims
 * it; a curfew or
 * emergency rule falls on the state itself, bare; readiness on a
 * condition is the intent, "would be willing to" too; a visit for talks is
 * the visitor's alone; the Taliban of 2001 are the insurgency.
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_conv_claimed_attacks(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a claim in a clause of its own makes the claimant the bomber */
	check_with(cd, "A suicide bomber killed 27 worshippers at a Shi'ite mosque in Kuwait City "
		   "on Friday, and Islamic State claimed the attack.", "2015-06-26",
		   EXPECT("IMGMUSISI>KWTCVL 1831 asserted 2015-06-26",
			  "IMGMUSISI>KWTCVL 015 asserted 2015-06-26"));
	/* so does a bomb with no one named behind it */
	check_with(cd, "A car bomb exploded at a police academy in Bogota on Thursday, killing 21 "
		   "people, and the ELN rebel group claimed responsibility.", "2019-01-17",
		   EXPECT("COLREBELN>COLCOP 1832 asserted 2019-01-17",
			  "COLREBELN>COLCOP 015 asserted 2019-01-17"));
	/* and a claim told as "said its fighters had carried out" */
	check_with(cd, "Gunmen ambushed a bus carrying Coptic Christians south of Cairo on Friday, "
		   "killing 28 people, and Islamic State later said its fighters had carried out "
		   "the attack.", "2017-05-26",
		   EXPECT("IMGMUSISI>EGYCVL 180 asserted 2017-05-26",
			  "IMGMUSISI>EGYCVL 015 asserted 2017-05-26"));
	/* a claim not made leaves the attack to the unnamed attackers */
	check_with(cd, "A truck bomb exploded at a busy junction in Mogadishu on Saturday, killing "
		   "more than 230 people, though no group has claimed responsibility.",
		   "2017-10-14", EXPECT("---INS>SOMCVL 1832 asserted 2017-10-14"));
	coder_done(cd, lx, NULL);
}

static void test_conv_home_measures(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a curfew or emergency rule is the state's on itself, not on its
	 * people */
	check_with(cd, "Sri Lanka's government imposed a nationwide curfew on Sunday after suicide "
		   "bombers struck churches and hotels.", "2019-04-21",
		   EXPECT("LKAGOV>LKA 1723 asserted 2019-04-21",
			  "---INS>LKACVL 1831 asserted 2019-04-21"));
	check_with(cd, "Turkish President Tayyip Erdogan declared a three-month state of emergency "
		   "on Wednesday.", "2016-07-20", EXPECT("TURGOV>TUR 1724 asserted 2016-07-20"));
	coder_done(cd, lx, NULL);
}

static void test_conv_readiness(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* readiness put with "would" is the intent, on its condition, as
	 * "was ready to" is */
	check_with(cd, "Russian President Vladimir Putin said he would be willing to meet Ukrainian "
		   "President Volodymyr Zelensky if the Ukrainian leader came to Moscow.",
		   "2025-09-03", EXPECT("RUSGOV>UKRGOV 036 conditional 2025-09-03"));
	check_with(cd, "Iran would be open to talks with the United States if Washington returned "
		   "to the nuclear deal, President Hassan Rouhani said on Tuesday.", "2019-05-21",
		   EXPECT("IRN>USA 036 conditional 2019-05-21"));
	coder_done(cd, lx, NULL);
}

static void test_conv_vows_after_attacks(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a vow of reckoning answering an armed attack threatens force */
	check_with(cd, "Iran fired about 180 ballistic missiles at Israel on Tuesday, and Prime "
		   "Minister Benjamin Netanyahu vowed that Tehran would pay for it.", "2024-10-01",
		   EXPECT("IRN>ISR 195 asserted 2024-10-01", "ISRGOV>IRN 138 asserted 2024-10-01"));
	coder_done(cd, lx, NULL);
}

static void test_conv_visits_and_taliban(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a visit for talks: to the state and to the host, not back */
	check_with(cd, "U.S. Secretary of State Antony Blinken arrived in Israel on Thursday for "
		   "talks with Prime Minister Benjamin Netanyahu.", "2023-10-12",
		   EXPECT("USAGOV>ISRGOV 040 asserted 2023-10-12", "USAGOV>ISR 042 asserted 2023-10-12"));
	/* the Taliban ruling Kabul in 2001 are still the insurgency */
	check_with(cd, "Afghanistan's Taliban rulers rejected on Friday U.S. demands to hand over "
		   "Osama bin Laden.", "2001-09-21",
		   EXPECT("AFGINSTAL>USA 1243 asserted 2001-09-21"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_conv_claimed_attacks),
		cmocka_unit_test(test_conv_home_measures),
		cmocka_unit_test(test_conv_readiness),
		cmocka_unit_test(test_conv_vows_after_attacks),
		cmocka_unit_test(test_conv_visits_and_taliban),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
