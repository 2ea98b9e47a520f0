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

/* A rank between a service and the name of an organisation's officer is
 * part of the title: NATO's commander keeps NATO's code. */
static void test_people_ranks(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	check_with(cd, "U.S. Air Force General Philip Breedlove accused Russia.", "2014-04-02",
		   EXPECT("IGOWSTNATMIL>RUS 112 asserted 2014-04-02"));
	/* before he took the post, the title's service is his */
	check_with(cd, "U.S. Army General Curtis Scaparrotti accused North Korea.", "2014-04-02",
		   EXPECT("USAMIL>PRK 112 asserted 2014-04-02"));
	coder_done(cd, lx, NULL);
}

/* People and bodies added, each on a day of its office. */
static void test_people_offices(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	check_with(cd, "Joseph Ralston criticised Serbia.", "2001-03-21",
		   EXPECT("IGOWSTNATMIL>SRB 111 asserted 2001-03-21"));
	check_with(cd, "James Jones criticised Iran.", "2005-03-21",
		   EXPECT("IGOWSTNATMIL>IRN 111 asserted 2005-03-21"));
	check_with(cd, "Wim Duisenberg criticised France.", "2003-06-05",
		   EXPECT("IGOEUREECECB>FRA 111 asserted 2003-06-05"));
	check_with(cd, "Guenter Verheugen criticised Turkey.", "2002-12-12",
		   EXPECT("IGOEUREEC>TUR 111 asserted 2002-12-12"));
	check_with(cd, "Stefan Fule criticised Ukraine.", "2013-12-15",
		   EXPECT("IGOEUREEC>UKR 111 asserted 2013-12-15"));
	/* the Brotherhood: opposition, government in Mursi's year */
	check_with(cd, "The Muslim Brotherhood criticised Israel.", "2011-03-01",
		   EXPECT("EGYOPP>ISR 111 asserted 2011-03-01"));
	check_with(cd, "The Muslim Brotherhood criticised Israel.", "2012-11-20",
		   EXPECT("EGYGOV>ISR 111 asserted 2012-11-20"));
	check_with(cd, "Mohamed Badie criticised Israel.", "2014-03-01",
		   EXPECT("EGYOPP>ISR 111 asserted 2014-03-01"));
	check_with(cd, "Abdul Rashid Dostum criticised Pakistan.", "2016-07-20",
		   EXPECT("AFGGOV>PAK 111 asserted 2016-07-20"));
	check_with(cd, "The Quartet criticised Israel.", "2010-03-19",
		   EXPECT("IGOQRT>ISR 111 asserted 2010-03-19"));
	/* Hamas's ministers and government: the PA's in 2006, Hamas's after */
	check_with(cd, "Mahmoud Zahar criticised Israel.", "2006-06-11",
		   EXPECT("PSEGOV>ISR 111 asserted 2006-06-11"));
	check_with(cd, "Mahmoud Zahar criticised Israel.", "2012-06-11",
		   EXPECT("PSEINSHMS>ISR 111 asserted 2012-06-11"));
	check_with(cd, "Israel criticised the Hamas-led government.", "2006-04-11",
		   EXPECT("ISR>PSEGOV 111 asserted 2006-04-11"));
	check_with(cd, "Rana Sanaullah criticised India.", "2023-01-10",
		   EXPECT("PAKGOV>IND 111 asserted 2023-01-10"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_people_other_family_name),
		cmocka_unit_test(test_people_ranks),
		cmocka_unit_test(test_people_offices),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
