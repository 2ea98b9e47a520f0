/*
 * test_coder_s19_agree.c - the coder on cooperation as wire copy tells
 * it (CAMEO roots 01-08): a deal's mediators named past a phrase of
 * place or time ("brokered in Moscow by Lavrov"), a go-between's
 * participle past a comma that a pattern before it must not swallow, a
 * text "released" by an agency, which frees no one, "the two countries"
 * after a visit (the visitor's state and the host's), troops drilling
 * "alongside units from" others, a deal a pair announces whose noun
 * codes nothing of its own, talks that are the occasion of another act
 * ("praised ... at talks in Vladivostok"), the phase of a plan two
 * parties sign, whose terms they agree to in the same breath, peace talks
 * held abroad (negotiation, 046), talks asked for in a second "and to"
 * infinitive, doctors who land with medical supplies (relief, 073),
 * and a missile shield a state begins deploying in another (074).
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_agree_mediators(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the agent of "brokered" past the place where it was brokered
	 * mediates between the pair that agreed */
	check_with(cd, "Armenia and Azerbaijan agreed on a ceasefire on Saturday, in a deal brokered "
		   "in Moscow by Russian Foreign Minister Sergei Lavrov.", "2020-10-10",
		   EXPECT("ARM>AZE 0871 asserted 2020-10-10", "AZE>ARM 0871 asserted 2020-10-10",
			  "RUSGOV>ARM 045 asserted 2020-10-10", "RUSGOV>AZE 045 asserted 2020-10-10"));
	/* "to end the fighting, in a process mediated by": the participle
	 * after the comma names its own agent, no word of "end"'s pattern */
	check_with(cd, "Envoys of Ethiopia's government and Tigrayan forces began talks in Pretoria "
		   "on Tuesday in the first formal attempt to end the fighting, in a process "
		   "mediated by the African Union.", "2022-10-26",
		   EXPECT("ETHGOV>ETHREBTPL 044 asserted 2022-10-25",
			  "ETHREBTPL>ETHGOV 044 asserted 2022-10-25",
			  "IGOAFRAFU>ETHGOV 045 asserted 2022-10-25",
			  "IGOAFRAFU>ETHREBTPL 045 asserted 2022-10-25"));
	/* a statement released by an agency frees no one */
	check_with(cd, "Islamic State's West Africa branch claimed responsibility for the attack on "
		   "an army base in Nigeria's Borno state, in a statement released on Thursday by "
		   "its Amaq news agency.", "2021-03-26",
		   EXPECT("IMGMUSISW>NGAMIL 190 asserted 2021-03-25",
			  "IMGMUSISW>NGAMIL 015 asserted 2021-03-25"));
	coder_done(cd, lx, NULL);
}

static void test_agree_deals(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the state a visit goes to is one of "the two countries" */
	check_with(cd, "Indian Prime Minister Narendra Modi began a two-day visit to Moscow on "
		   "Monday, and the two countries signed nine agreements on trade and energy.",
		   "2024-07-09",
		   EXPECT("INDGOV>RUS 042 asserted 2024-07-08", "IND>RUS 057 asserted 2024-07-08",
			  "RUS>IND 057 asserted 2024-07-08"));
	/* units drilling alongside the holder's troops drill with it */
	check_with(cd, "Russia began its Vostok military exercises in its Far East on Thursday, with "
		   "50,000 troops taking part alongside units from China and India.", "2022-09-01",
		   EXPECT("RUS>CHN 062 asserted 2022-09-01", "CHN>RUS 062 asserted 2022-09-01",
			  "RUS>IND 062 asserted 2022-09-01", "IND>RUS 062 asserted 2022-09-01"));
	/* "announced a framework accord": the verb's pattern codes the deal
	 * its noun leaves uncoded */
	check_with(cd, "Iran and the International Atomic Energy Agency announced a framework accord "
		   "on Monday to resolve outstanding questions about Tehran's nuclear programme.",
		   "2015-07-14",
		   EXPECT("IRN>IGOUNOIAE 057 asserted 2015-07-13",
			  "IGOUNOIAE>IRN 057 asserted 2015-07-13"));
	coder_done(cd, lx, NULL);
}

static void test_agree_occasions(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* talks after "at", past the praise's object, are their own event */
	check_with(cd, "Russian President Vladimir Putin and North Korean leader Kim Jong Un praised "
		   "their countries' friendship at talks in Vladivostok on Thursday.", "2019-04-25",
		   EXPECT("RUSGOV>PRKGOV 040 asserted 2019-04-25", "PRKGOV>RUSGOV 040 asserted 2019-04-25",
			  "RUSGOV>PRKGOV 051 asserted 2019-04-25", "PRKGOV>RUSGOV 051 asserted 2019-04-25"));
	/* the phase of a plan signed is a deal; what they agree to in it is
	 * its content */
	check_with(cd, "Armenia and Azerbaijan signed the first phase of a U.S.-drafted peace plan in "
		   "Washington on Friday, agreeing to end decades of conflict.", "2025-08-08",
		   EXPECT("ARM>AZE 057 asserted 2025-08-08", "AZE>ARM 057 asserted 2025-08-08"));
	coder_done(cd, lx, NULL);
}

static void test_agree_talks_and_relief(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* peace talks in a third country are negotiations */
	check_with(cd, "Serbian and Kosovar leaders began peace talks in Brussels on Monday under the "
		   "auspices of the European Union.", "2020-03-17",
		   EXPECT("SRBGOV>KOSGOV 046 asserted 2020-03-16", "KOSGOV>SRBGOV 046 asserted 2020-03-16",
			  "IGOEUREEC>SRBGOV 045 asserted 2020-03-16",
			  "IGOEUREEC>KOSGOV 045 asserted 2020-03-16"));
	/* talks in an "and to" infinitive after a request are asked for,
	 * not held */
	check_with(cd, "The United Nations called on Israel and Hamas on Friday to end the fighting "
		   "and to start talks on a lasting truce.", "2020-03-20",
		   EXPECT("IGOUNO>ISR 0256 asserted 2020-03-20",
			  "IGOUNO>PSEINSHMS 0256 asserted 2020-03-20"));
	/* doctors landing with supplies bring relief */
	check_with(cd, "A team of Cuban doctors arrived in Turin on Sunday with medical supplies to "
		   "help Italy fight the coronavirus.", "2020-03-22",
		   EXPECT("CUBHLH>ITA 073 asserted 2020-03-22"));
	/* a missile defence system deployed in a host protects it */
	check_with(cd, "Germany began deploying the first Patriot missile defence system in Poland "
		   "on Monday.", "2023-01-16", EXPECT("DEU>POL 074 asserted 2023-01-16"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_agree_mediators),
		cmocka_unit_test(test_agree_deals),
		cmocka_unit_test(test_agree_occasions),
		cmocka_unit_test(test_agree_talks_and_relief),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
