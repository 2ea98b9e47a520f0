/*
 * test_coder_s19_agree.c - the coder on cooperation as wire copy tells
 * it (CAMEO roots 01-08): a deal's mediators named past a phrase of
 * place or time ("brokered in Moscow by Lavrov"), a go-between's
 * participle past a comma that a pattern before it must not swallow, and
 * a text "released" by an agency, which frees no one.
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_agree_mediators),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
