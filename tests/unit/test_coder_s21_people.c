/*
 * test_coder_s21_people.c - the coder on who a name is: a known person's
 * one-word name followed by a family name none of theirs ("Anwar
 * Sadat", "Fidel Ramos", "Abbas Kiarostami") is someone the dictionaries
 * do not know, while the person's own names, spellings, initials,
 * particles, weekdays and the names of others after it keep the person;
 * and the office holders and bodies added this round on their dates
 * (NATO's supreme commanders, ECB presidents, EU commissioners, the
 * Muslim Brotherhood, Afghan strongmen, the Quartet, Hamas's 2006
 * ministers, interior and defence ministers).
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

/* A one-word name followed by another family name is someone else. */
static void test_people_other_family_name(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a given name ("Anwar"), even when WordNet holds the family name
	 * after it as a noun ("Sadat") */
	check_with(cd, "Anwar Sadat visited Jerusalem.", "2023-05-05", NONE);
	check_with(cd, "Fidel Ramos visited Beijing.", "2005-05-05", NONE);
	/* a family name the person goes by, before a word of no English */
	check_with(cd, "Abbas Kiarostami visited Paris.", "2010-05-05", NONE);
	/* the person's own names, spellings, weekdays and others' names */
	check_with(cd, "Anwar Ibrahim visited Beijing.", "2023-05-05",
		   EXPECT("MYSGOV>CHN 042 asserted 2023-05-05"));
	check_with(cd, "Mahathir Mohammad visited Beijing.", "2019-05-05",
		   EXPECT("MYSGOV>CHN 042 asserted 2019-05-05"));
	check_with(cd, "Samia Suluhu visited Beijing.", "2023-05-05",
		   EXPECT("TZAGOV>CHN 042 asserted 2023-05-05"));
	check_with(cd, "Xi met Anwar Monday.", "2023-05-05",
		   EXPECT("CHNGOV>MYSGOV 040 asserted 2023-05-01"));
	check_with(cd, "Xi Jin-ping visited Moscow.", "2023-05-05",
		   EXPECT("CHNGOV>RUS 042 asserted 2023-05-05"));
	/* a noun of English after a family name: "the Bush Doctrine" */
	check_with(cd, "Abbas criticised Israel.", "2010-05-05",
		   EXPECT("PSEGOV>ISR 111 asserted 2010-05-05"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_people_other_family_name),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
