/*
 * test_coder_lead17.c - the coder on rules found by the lead's wire
 * probe of 2026-12-03 (tests/dev/README.md, `lead17`): an act put with
 * "a" or "any" as the subject of what it "could" or "would" bring is
 * guessed at, not done (mode.c, indefinite_noun()); a phrase after a
 * name from "set to" or "expected to" says what the actor will be, and
 * its office is no actor (match_merge.c, prospect_phrase()); officials
 * named by a region ("European leaders") take no nearby place's state
 * (match_place.c); "with the support of NATO" is the means of another
 * act, no endorsement; "hoped to work with" is intent to cooperate;
 * forces seizing a ship take property (171), not territory.
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_lead17_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* an attack no one has made, as the subject of "could" */
	check_with(cd, "Takaichi said a Chinese attack on Taiwan could trigger a Japanese "
		   "military response.", "2025-11-07",
		   EXPECT("CHNMIL>TWN 190 speculative 2025-11-07"));
	/* the attack that was made stays done, whatever it could bring */
	check_with(cd, "The Chinese attack on Taiwan could trigger a Japanese military response, "
		   "Takaichi said.", "2025-11-07",
		   EXPECT("CHNMIL>TWN 190 asserted 2025-11-07"));
	/* the office to come is no source: Merz, in opposition, criticised */
	check_with(cd, "German conservative leader Friedrich Merz, set to become chancellor, "
		   "criticised Washington's indifference to Europe's fate on Sunday.",
		   "2025-02-23", EXPECT("DEUOPP>USA 111 asserted 2025-02-23"));
	/* support as a means: no praise from NATO or the EU */
	check_with(cd, "Trump told the U.N. General Assembly on Tuesday that Ukraine could win back "
		   "its territory from Russia with the support of NATO and the European Union.",
		   "2025-09-23", EXPECT("UKR>RUS 192 speculative 2025-09-23"));
	/* (support won from someone is still their endorsement) */
	check_with(cd, "Ukraine won the backing of the European Union on Tuesday.", "2025-09-23",
		   EXPECT("IGOEUREEC>UKR 051 asserted 2025-09-23"));
	/* a ship seized by forces: property, not territory */
	check_with(cd, "U.S. forces seized an oil tanker off the Venezuelan coast on Wednesday.",
		   "2025-12-10", EXPECT("USAMIL>VEN 171 asserted 2025-12-10"));
	/* (a town seized by forces is territory) */
	check_with(cd, "Russian forces seized the town of Pokrovsk on Wednesday.", "2025-12-10",
		   EXPECT("RUSMIL>UKR 192 asserted 2025-12-10"));
	/* officials named by a region are no nearby place's */
	check_with(cd, "MUNICH, Feb 14 (Reuters) - U.S. Vice President JD Vance accused European "
		   "leaders on Friday of suppressing free speech, stunning his audience at the Munich "
		   "Security Conference.", "2025-02-14", NONE);
	/* (armed men named by a region are) */
	check_with(cd, "Sudan's Rapid Support Forces and allied Arab militias killed more than 800 "
		   "people in the West Darfur town of Ardamata, the U.N. said.", "2023-11-20",
		   EXPECT("SDNREB>SDNCVL 202 asserted 2023-11-20"));
	/* cooperation wished for */
	check_with(cd, "China said on Monday it hoped to work with the new U.S. administration.",
		   "2025-01-20", EXPECT("CHN>USAGOV 030 asserted 2025-01-20"));
	/* "and backed" after an infinitive is support, "and back" a return */
	check_with(cd, "EU leaders agreed on Thursday to boost defence spending and backed "
		   "Ukraine's demand for a say in any peace talks.", "2025-03-06",
		   EXPECT("IGOEUREEC>UKR 051 asserted 2025-03-06"));
	check_with(cd, "Two U.S. bombers flew to the Middle East and back on Sunday.", "2025-03-06",
		   NONE);
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lead17_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
