/*
 * test_coder_s21_force.c - the coder on force as the gold conventions
 * settle it: a terror attack on a site (storming it, setting it ablaze,
 * killing at it) is terror (18x) whatever its toll, where a raid on a
 * village stays a mass killing (202).
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_force_site_attacks(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* storming a casino and setting it ablaze, whatever the toll */
	check_with(cd, "Suspected drug cartel gunmen torched a crowded casino in Monterrey, killing "
		   "52 people.", "2011-08-26",
		   EXPECT("---INS>MEXCVL 180 asserted 2011-08-26"));
	/* killing "at" a mosque, in a province, not a village */
	check_with(cd, "Militants killed at least 235 worshippers at a Sufi mosque in Egypt's North "
		   "Sinai on Friday.", "2017-11-24",
		   EXPECT("---INS>EGYCVL 180 asserted 2017-11-24"));
	/* the storming told in a relative clause before the toll's verb */
	check_with(cd, "Al Shabaab militants who stormed a Nairobi shopping mall killed at least 68 "
		   "people.", "2013-09-22",
		   EXPECT("SOMINSSHB>KENCVL 180 asserted 2013-09-22"));
	/* a mosque in a village: a raid on the village, a mass killing */
	check_with(cd, "Islamic State militants killed 44 civilians at a mosque during Friday "
		   "prayers in the village of Fambita in western Niger.", "2025-03-21",
		   EXPECT("IMGMUSISI>NERCVL 202 asserted 2025-03-21"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_force_site_attacks),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
