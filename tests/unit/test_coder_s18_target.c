/*
 * test_coder_s18_target.c - the coder on the target of an event in long
 * wire sentences: a meeting of a compound subject at talks a third party
 * hosts is between the subject's members, not with the host; a
 * participle after a comma ("drawing criticism from Kyiv") reacts to the
 * main clause's subject, not to the subject of a free relative ("on what
 * he called a peace mission") before it.
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_target_host_not_party(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the host receives both; the pair meets each other */
	check_with(cd, "ALMATY, May 10 (Reuters) - The foreign ministers of Armenia and Azerbaijan "
		   "met for talks hosted by Kazakhstan on Friday, officials said.", "2024-05-10",
		   EXPECT("ARMGOV>AZEGOV 044 asserted 2024-05-10",
			  "AZEGOV>ARMGOV 044 asserted 2024-05-10",
			  "KAZ>ARMGOV 043 asserted 2024-05-10",
			  "KAZ>AZEGOV 043 asserted 2024-05-10"));
	/* (a party the meeting names stays its target) */
	check_with(cd, "ASTANA, Oct 14 (Reuters) - The leaders of Armenia and Azerbaijan met Russian "
		   "President Vladimir Putin on Friday at a summit hosted by Kazakhstan.", "2022-10-14",
		   EXPECT("ARMGOV>RUSGOV 044 asserted 2022-10-14",
			  "AZEGOV>RUSGOV 044 asserted 2022-10-14",
			  "KAZ>ARMGOV 043 asserted 2022-10-14",
			  "KAZ>AZEGOV 043 asserted 2022-10-14",
			  "KAZ>RUSGOV 043 asserted 2022-10-14"));
	coder_done(cd, lx, NULL);
}

static void test_target_free_relative(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the criticism is of Orban, not of the "he" of "what he called" */
	check_with(cd, "MOSCOW, July 5 (Reuters) - Hungarian Prime Minister Viktor Orban held talks "
		   "with Russian President Vladimir Putin in Moscow on Friday on what he called a "
		   "peace mission, drawing sharp criticism from Kyiv.", "2024-07-05",
		   EXPECT("HUNGOV>RUSGOV 040 asserted 2024-07-05",
			  "RUSGOV>HUNGOV 040 asserted 2024-07-05",
			  "UKR>HUNGOV 111 asserted 2024-07-05"));
	/* (with no free relative, the same) */
	check_with(cd, "MOSCOW, July 5 (Reuters) - Hungarian Prime Minister Viktor Orban met Russian "
		   "President Vladimir Putin in Moscow on Friday, drawing sharp criticism from Kyiv.",
		   "2024-07-05",
		   EXPECT("HUNGOV>RUSGOV 040 asserted 2024-07-05",
			  "UKR>HUNGOV 111 asserted 2024-07-05"));
	/* (the free relative's verb keeps its own subject) */
	check_with(cd, "BEIJING, April 15 (Reuters) - China condemned what it called a provocation by "
		   "the Philippines in the South China Sea on Monday, drawing a sharp response from "
		   "Manila.", "2024-04-15",
		   EXPECT("CHN>PHL 111 asserted 2024-04-15", "PHL>CHN 111 asserted 2024-04-15"));
	coder_done(cd, lx, NULL);
}

static void test_target_doer_of_object(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a body named after "by" in a rebuke's object is its target */
	check_with(cd, "JERUSALEM, Nov 21 (Reuters) - Netanyahu's office denounced the decision by "
		   "the International Criminal Court as antisemitic.", "2024-11-21",
		   EXPECT("ISRGOV>IGOICC 111 asserted 2024-11-21"));
	/* foreign forces a rebuke names answer for their state, past a count */
	check_with(cd, "TALLINN, Sept 19 (Reuters) - Estonia condemned the violation of its airspace "
		   "by three Russian fighter jets on Friday, the foreign ministry said.", "2023-09-19",
		   EXPECT("ESTGOV>RUS 111 asserted 2023-09-15"));
	/* and so for the U.N. */
	check_with(cd, "NEW YORK, July 23 (Reuters) - U.N. Secretary-General Antonio Guterres "
		   "condemned Saturday's Russian missile strikes on the Ukrainian port of Odesa, his "
		   "spokesman said.", "2023-07-23", EXPECT("IGOUNO>RUS 111 asserted 2023-07-22"));
	/* (not an army seizing its own government) */
	check_with(cd, "NEW YORK, Feb 1 (Reuters) - Guterres strongly condemned the detention of Aung "
		   "San Suu Kyi by Myanmar's military on Monday, his spokesman said.", "2021-02-01",
		   EXPECT("IGOUNO>MMRMIL 111 asserted 2021-02-01"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_target_host_not_party),
		cmocka_unit_test(test_target_free_relative),
		cmocka_unit_test(test_target_doer_of_object),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
