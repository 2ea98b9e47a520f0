/*
 * test_coder_lead19.c - the coder on a subject "it" after a state named
 * only as a place: "demanded that Iran pull its forces out of Syria, and
 * threatened sanctions if it did not change course" threatens Iran, the
 * state the demand was made of, not Syria, where its forces are.
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_it_past_a_place(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	check_with(cd, "Secretary of State Mike Pompeo demanded that Iran pull its forces out of "
		   "Syria, and threatened the strongest sanctions in history if it did not change "
		   "course.", "2018-05-21",
		   EXPECT("USAGOV>IRN 1056 asserted 2018-05-21", "USAGOV>IRN 1312 asserted 2018-05-21"));
	/* (a state that acts in the sentence is still the one meant) */
	check_with(cd, "Israel struck Iranian targets in Syria on Sunday, and Iran said it would "
		   "respond.", "2024-04-02",
		   EXPECT("ISR>IRN 195 asserted 2024-03-31", "IRN>ISR 130 asserted 2024-03-31"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_it_past_a_place),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
