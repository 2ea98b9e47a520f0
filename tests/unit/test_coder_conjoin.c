/*
 * test_coder_conjoin.c - the coder on conjoined actors: further members
 * a list takes by "as well as", ", along with" and ", together with" and
 * by "and" before the first member's preposition again; a described
 * member ("and the paramilitary Rapid Support Forces"); a "by" agent
 * list in the subject's noun phrase that keeps its last member before
 * the main verb; a pattern's "$ and +" that is no pair when the "and"
 * joins verbs; and a topic's party after "with" inside a verb's object,
 * which a later "with" overrides.
 *
 * The cases run dyad's own dictionaries (coder_default()), as the rules
 * are in the coder, not in any one pattern; the last ones check the
 * patterns of data/dict/verbs-29-conjoin.dict (a deal brokered between a
 * pair, talks a pair is urged to hold).
 */
#include "unit.h"

#include <stdio.h>

#include "coder_check.h"

static void test_conjoin_further_members(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* "as well as" adds a target */
	check_with(cd, "U.S. President Joe Biden announced sanctions on Russia as well as Belarus "
		   "on Thursday.", "2022-02-24",
		   EXPECT("USAGOV>RUS 163 asserted 2022-02-24", "USAGOV>BLR 163 asserted 2022-02-24"));
	/* ", together with" adds sources to the subject */
	check_with(cd, "Norway, together with Ireland and Spain, formally recognised a Palestinian "
		   "state on Tuesday.", "2024-05-28",
		   EXPECT("NOR>PSE 054 asserted 2024-05-28", "IRL>PSE 054 asserted 2024-05-28",
			  "ESP>PSE 054 asserted 2024-05-28"));
	/* ", along with": the first member stays the subject */
	check_with(cd, "French President Emmanuel Macron, along with the leaders of Germany and "
		   "Poland, arrived in Kyiv by train on Saturday.", "2025-05-10",
		   EXPECT("FRAGOV>UKR 042 asserted 2025-05-10", "DEUGOV>UKR 042 asserted 2025-05-10",
			  "POLGOV>UKR 042 asserted 2025-05-10"));
	/* "and" before the first member's preposition again */
	check_with(cd, "The United States imposed sanctions on Monday on Iran's defence ministry "
		   "and on Venezuelan President Nicolas Maduro.", "2020-09-21",
		   EXPECT("USA>IRNGOV 163 asserted 2020-09-21", "USA>VENGOV 163 asserted 2020-09-21"));
	coder_done(cd, lx, NULL);
}

static void test_conjoin_described_and_agents(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* a member described after its article */
	check_with(cd, "Saudi Arabia is mediating between Sudan's army and the paramilitary Rapid "
		   "Support Forces.", "2023-05-14",
		   EXPECT("SAU>SDNMIL 045 asserted 2023-05-14", "SAU>SDNREBRSF 045 asserted 2023-05-14"));
	/* a "by" list in the subject keeps its last member */
	check_with(cd, "BEIRUT, Nov 27 (Reuters) - A ceasefire between Israel and Hezbollah "
		   "brokered by the United States and France took effect early on Wednesday.", "2024-11-27",
		   EXPECT("ISR>LBNINSHEZ 0871 asserted 2024-11-27", "LBNINSHEZ>ISR 0871 asserted 2024-11-27",
			  "USA>ISR 045 asserted 2024-11-27", "USA>LBNINSHEZ 045 asserted 2024-11-27",
			  "FRA>ISR 045 asserted 2024-11-27", "FRA>LBNINSHEZ 045 asserted 2024-11-27"));
	/* a pattern's "$ and +" is no pair across an "and" that joins verbs */
	check_with(cd, "Zelensky met Merz and then travelled to Vilnius to meet Nauseda.",
		   "2025-06-01",
		   EXPECT("UKRGOV>DEUGOV 040 asserted 2025-06-01", "UKRGOV>LTU 042 asserted 2025-06-01",
			  "UKRGOV>LTUGOV 040 asserted 2025-06-01"));
	/* "with" after an event noun in the object names a topic's party */
	check_with(cd, "Iranian Foreign Minister Abbas Araqchi discussed the nuclear talks with "
		   "Washington and the war in Gaza with his Omani counterpart on Sunday.",
		   "2025-05-11", EXPECT("IRNGOV>OMNGOV 040 asserted 2025-05-11"));
	coder_done(cd, lx, NULL);
}

/* The patterns of data/dict/verbs-29-conjoin.dict, through dyad's own
 * dictionaries: each case fails without that file. */
static void test_conjoin_pair_made_or_asked(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* a deal brokered between two is made by them */
	check_with(cd, "Turkish President Tayyip Erdogan brokered a deal between Ethiopia and "
		   "Somalia in Ankara on Wednesday.", "2024-12-11",
		   EXPECT("ETH>SOM 057 asserted 2024-12-11", "SOM>ETH 057 asserted 2024-12-11",
			  "TURGOV>ETH 045 asserted 2024-12-11", "TURGOV>SOM 045 asserted 2024-12-11"));
	/* talks a pair is urged to hold are not held */
	check_with(cd, "Qatar called on Israel and Hamas to resume ceasefire talks.", "2024-08-08",
		   EXPECT("QAT>ISR 026 asserted 2024-08-08", "QAT>PSEINSHMS 026 asserted 2024-08-08"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_conjoin_further_members),
		cmocka_unit_test(test_conjoin_described_and_agents),
		cmocka_unit_test(test_conjoin_pair_made_or_asked),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
