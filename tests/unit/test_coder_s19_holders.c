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

static void test_holders_in_office_and_after(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a prime minister in office, then out of it */
	check_with(cd, "Croatian Prime Minister Ivo Sanader criticised Serbia on Monday.",
		   "2006-03-14", EXPECT("HRVGOV>SRB 111 asserted 2006-03-13"));
	check_with(cd, "Ivo Sanader criticised Serbia on Monday.", "2011-03-15",
		   EXPECT("HRVELI>SRB 111 asserted 2011-03-14"));
	/* a family name alone, of the one person holding an office by it */
	check_with(cd, "Sanader criticised Serbia on Monday.", "2006-03-14",
		   EXPECT("HRVGOV>SRB 111 asserted 2006-03-13"));
	/* a foreign minister, in office and after */
	check_with(cd, "Iran's Foreign Minister Kamal Kharrazi criticised Britain on Monday.",
		   "2003-06-17", EXPECT("IRNGOV>GBR 111 asserted 2003-06-16"));
	check_with(cd, "Kamal Kharrazi criticised Britain on Monday.", "2008-06-17",
		   EXPECT("IRNELI>GBR 111 asserted 2008-06-16"));
	/* an army chief, and an intergovernmental office */
	check_with(cd, "General Ashfaq Parvez Kayani criticised India on Monday.", "2010-06-08",
		   EXPECT("PAKMIL>IND 111 asserted 2010-06-07"));
	check_with(cd, "Benita Ferrero-Waldner criticised Russia on Monday.", "2007-06-12",
		   EXPECT("IGOEUREEC>RUS 111 asserted 2007-06-11"));
	check_with(cd, "Navi Pillay criticised Sri Lanka on Monday.", "2010-06-08",
		   EXPECT("IGOUNOOHC>LKA 111 asserted 2010-06-07"));
	coder_done(cd, lx, NULL);
}

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
		cmocka_unit_test(test_holders_in_office_and_after),
		cmocka_unit_test(test_holders_patronymic),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
