/*
 * test_coder_s19_holders.c - the coder on office holders of 2000-2015:
 * a person is coded with the role held on the event's date and as an
 * elite or other after it (a Croatian prime minister, Iran's foreign
 * minister, Pakistan's army chief, an EU commissioner, a UN high
 * commissioner); a bare given name that ends another person's
 * patronymic ("Yusuf bin Alawi bin Abdullah") is no family name, so
 * "King Abdullah" is not Oman's foreign minister; nor is a name after a
 * royal title, or after the title of another state than the person's
 * ("Jordan's King Abdullah" is not Afghanistan's Abdullah Abdullah).
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped entries read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_holders_patronymic(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* "Abdullah" ends Yusuf bin Alawi bin Abdullah's name as his
	 * grandfather's: no family name of Oman's foreign minister */
	check_with(cd, "King Abdullah criticised Denmark on Monday.", "2008-06-13",
		   EXPECT("GOV>DNK 111 asserted 2008-06-09"));
	/* a royal title goes before a given name, and a state before the
	 * title is the state of whom a family name after it may name:
	 * Jordan's king is no Afghan called Abdullah */
	check_with(cd, "Jordan's King Abdullah criticised Denmark on Monday.", "2017-12-07",
		   EXPECT("JORGOV>DNK 111 asserted 2017-12-04"));
	check_with(cd, "AMMAN, Feb 3 (Reuters) - King Abdullah criticised Denmark on Monday.",
		   "2015-02-03", EXPECT("JORGOV>DNK 111 asserted 2015-02-02"));
	/* (his own names still find him) */
	check_with(cd, "Yusuf bin Alawi criticised Denmark on Monday.", "2008-06-13",
		   EXPECT("OMNGOV>DNK 111 asserted 2008-06-09"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_holders_patronymic),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
