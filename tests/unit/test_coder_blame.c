/*
 * test_coder_blame.c - the coder on disapproval (CAMEO 11) in varied
 * syntax (tests/dev/README.md, `blame`): a passive rebuke aimed at the
 * owner of the act named before it, a rebuke carried by an issued
 * statement, blame laid in reported speech ("culpable", "bore
 * responsibility for" a failure, a verdict on another's act), a rebuke
 * of a criticism, the accusation's subcode by what the blame is for, and
 * a rebuke of "it" or "the vote" aimed at the joined clause's subject.
 *
 * The cases code with dyad's own dictionaries (data/dict, the rules of
 * verbs-29-blame.dict among them) and compare the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list (coder_check.h).
 */
#include <stdio.h>

#include "unit.h"

#include "coder_check.h"

static dyad_lexicon *blame_lex;
static dyad_coder *blame_coder;

static int blame_setup(void **state)
{
	(void)state;
	blame_coder = coder_default(&blame_lex);
	return blame_coder ? 0 : -1;
}

static int blame_teardown(void **state)
{
	(void)state;
	coder_done(blame_coder, blame_lex, NULL);
	return 0;
}

/* "The U.S. bombing of ... was condemned by Russia": the owner of the act
 * named right before it is rebuked, not the one after its preposition */
static void test_blame_passive_after_owner(void **state)
{
	(void)state;
	check_with(blame_coder, "The U.S. bombing of three Iranian nuclear sites was condemned on "
		   "Sunday by Russia and China.", "2025-06-22",
		   EXPECT("USA>IRN 195 asserted 2025-06-22", "RUS>USA 111 asserted 2025-06-22",
			  "CHN>USA 111 asserted 2025-06-22"));
	check_with(blame_coder, "Iran's drone attack on Israel was denounced by Germany on Sunday.",
		   "2024-04-14",
		   EXPECT("IRN>ISR 195 asserted 2024-04-14", "DEU>IRN 111 asserted 2024-04-14"));
}

/* a statement issued or released that condemns: its issuer's rebuke */
static void test_blame_statement_issued(void **state)
{
	(void)state;
	check_with(blame_coder, "Pakistan's foreign office issued a statement on Monday strongly "
		   "condemning India's revocation of the special status of Kashmir.", "2019-08-05",
		   EXPECT("PAKGOV>IND 111 asserted 2019-08-05"));
	check_with(blame_coder, "China released a statement denouncing the sanctions imposed by "
		   "the United States.", "2023-06-27", EXPECT("CHN>USA 111 asserted 2023-06-27"));
}

/* blame laid in reported speech: "culpable for" a harm, "bore
 * responsibility for" a failure (112); a verdict on the act another owns,
 * or on the act told before (111) */
static void test_blame_laid_in_speech(void **state)
{
	(void)state;
	check_with(blame_coder, "British Prime Minister Theresa May told parliament on Wednesday "
		   "that Russia was culpable for the nerve agent attack in Salisbury.", "2018-03-14",
		   EXPECT("GBRGOV>RUS 112 asserted 2018-03-14"));
	check_with(blame_coder, "Turkish Foreign Minister Hakan Fidan said Israel bore "
		   "responsibility for the collapse of the ceasefire in Gaza.", "2025-03-18",
		   EXPECT("TURGOV>ISR 112 asserted 2025-03-18"));
	check_with(blame_coder, "Iran's foreign ministry said Israel's strikes were a declaration "
		   "of war.", "2025-06-13", EXPECT("IRNGOV>ISR 111 asserted 2025-06-13"));
	check_with(blame_coder, "Britain, Canada and Australia recognised a Palestinian state on "
		   "Sunday, and Israel's prime minister said the move rewarded terrorism.",
		   "2025-09-21",
		   EXPECT("GBR>PSE 054 asserted 2025-09-21", "CAN>PSE 054 asserted 2025-09-21",
			  "AUS>PSE 054 asserted 2025-09-21", "ISRGOV>AUS 111 asserted 2025-09-21",
			  "ISRGOV>CAN 111 asserted 2025-09-21", "ISRGOV>GBR 111 asserted 2025-09-21"));
}

/* a rebuke of a criticism is aimed at its owner, not at whom it was of */
static void test_blame_rebuke_of_criticism(void **state)
{
	(void)state;
	check_with(blame_coder, "Russian Foreign Minister Sergei Lavrov denounced Western "
		   "condemnation of Alexei Navalny's death as hysteria on Monday.", "2024-02-19",
		   NONE);
	check_with(blame_coder, "China denounced Washington's criticism of its Hong Kong policy on "
		   "Monday.", "2021-03-01", EXPECT("CHN>USA 111 asserted 2021-03-01"));
}

/* the accusation by what it is of: crimes (1121), attacks (1123), the
 * killing of civilians (1124); a bank accused is its state's business */
static void test_blame_subcodes(void **state)
{
	(void)state;
	check_with(blame_coder, "Malaysian Prime Minister Mahathir Mohamad accused Goldman Sachs of "
		   "cheating Malaysia over the 1MDB bond deals.", "2018-11-15",
		   EXPECT("MYSGOV>USABUS 1121 asserted 2018-11-15"));
	check_with(blame_coder, "Venezuela's opposition charged that the National Electoral Council "
		   "had falsified the results of the presidential election.", "2024-07-30",
		   EXPECT("VENOPP>VENGOV 1121 asserted 2024-07-30"));
	check_with(blame_coder, "Hezbollah blamed Israel on Wednesday for the explosion of thousands "
		   "of pagers across Lebanon.", "2024-09-18",
		   EXPECT("LBNINSHEZ>ISR 1123 asserted 2024-09-18"));
	check_with(blame_coder, "Armenia accused Azerbaijan on Tuesday of launching an unprovoked "
		   "military assault on Nagorno-Karabakh.", "2023-09-19",
		   EXPECT("ARM>AZE 1123 asserted 2023-09-19"));
	check_with(blame_coder, "Iran held Israel responsible on Tuesday for an air strike on its "
		   "consulate in Damascus.", "2024-04-02", EXPECT("IRN>ISR 1123 asserted 2024-04-02"));
	check_with(blame_coder, "Moscow was accused by the U.N. human rights office on Friday of "
		   "summarily executing civilians in northern Ukraine.", "2022-12-09",
		   EXPECT("IGOUNOOHC>RUS 1124 asserted 2022-12-09"));
}

/* act.c's rebuked_joined_doer(): a rebuke of "it" or "the vote" that
 * answers no coded act is aimed at the subject of the clause before */
static void test_blame_joined_clause_doer(void **state)
{
	(void)state;
	check_with(blame_coder, "Georgia's parliament passed a law on foreign agents on Tuesday, and "
		   "the European Union condemned the vote.", "2024-05-14",
		   EXPECT("IGOEUREEC>GEOLEG 111 asserted 2024-05-14"));
	check_with(blame_coder, "Azerbaijan set up a checkpoint on the Lachin road on Sunday, and "
		   "Armenia's foreign ministry condemned it as a gross violation of the ceasefire.",
		   "2023-02-12", EXPECT("ARMGOV>AZE 111 asserted 2023-02-12"));
}

/* the wrath or ire of a party drawn is its rebuke of the doer; disappointment in a
 * party named is a rebuke of it, with a result no party */
static void test_blame_fury_and_disappointment(void **state)
{
	(void)state;
	check_with(blame_coder, "Orban travelled to Moscow on Friday, drawing the wrath of Kyiv.",
		   "2024-07-05",
		   EXPECT("HUNGOV>RUS 042 asserted 2024-07-05", "UKR>HUNGOV 111 asserted 2024-07-05"));
	check_with(blame_coder, "Trump said he was very disappointed in Russian President Vladimir "
		   "Putin.", "2025-07-08", EXPECT("USAGOV>RUSGOV 111 asserted 2025-07-08"));
	check_with(blame_coder, "Trump said he was disappointed with the result of the election.",
		   "2025-07-08", NONE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_blame_passive_after_owner),
		cmocka_unit_test(test_blame_statement_issued),
		cmocka_unit_test(test_blame_laid_in_speech),
		cmocka_unit_test(test_blame_rebuke_of_criticism),
		cmocka_unit_test(test_blame_subcodes),
		cmocka_unit_test(test_blame_joined_clause_doer),
		cmocka_unit_test(test_blame_fury_and_disappointment),
	};
	return cmocka_run_group_tests(tests, blame_setup, blame_teardown);
}
