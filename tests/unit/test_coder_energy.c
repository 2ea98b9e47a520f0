/*
 * test_coder_energy.c - the coder on energy statecraft: accords and
 * projects whose names carry their two parties (act.c accord_party()).
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coder_check.h"

static const char energy_dict[] =
"actor Russia | Russian | Moscow = RUS\n"
"actor Ukraine | Kyiv = UKR\n"
"actor Germany | Berlin = DEU\n"
"actor Turkey | Ankara = TUR\n"
"set e_deal = grain deal | Black Sea grain deal\n"
"set accord_parties_RUS_UKR = grain deal | Black Sea grain deal\n"
"verb quit\n"
"    * the &e_deal = 1211\n";

/* an act on a named accord by one party, naming no one, is aimed at the
 * other party; a third state (a broker) is aimed at no one */
static void test_energy_accord_parties(void **state)
{
	char path[] = "/tmp/dyad-energy-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(energy_dict, path, &lx);
	check_with(cd, "Russia quit the Black Sea grain deal on Monday.", "2023-07-17",
		   EXPECT("RUS>UKR 1211 asserted 2023-07-17"));
	check_with(cd, "Turkey quit the Black Sea grain deal on Monday.", "2023-07-17", NONE);
	coder_done(cd, lx, path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_energy_accord_parties),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
