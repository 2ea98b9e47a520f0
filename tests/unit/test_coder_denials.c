/*
 * test_coder_denials.c - the coder on public statements (root 01)
 * (tests/dev/README.md, `denials`): denials aimed at the maker of the
 * charge denied, named before it or after it, and territorial claims
 * still refused; remarks on talks, ties and a party's stance (012, 013);
 * empathy (018), symbolic acts (017), accord told by a pair (019) and a
 * report neither confirmed nor denied (011), with the whole default
 * dictionary; and the coder rules: the content of a charge denied past
 * its maker ("the claims by Washington and Seoul that") or past a label
 * ("dismissed as absurd the claims that") is negated, what a report
 * dated "on Tuesday" that a comment was declined on says is no act, and
 * a pattern's target that is the source's own possessive ("telephoned
 * his rival Donald Trump") is the party named after its noun.
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static const char denials_dict[] =
"actor North Korea | North Korean | Pyongyang = PRK\n"
"actor United States | Washington = USA\n"
"actor South Korea | Seoul = KOR\n"
"actor Russia = RUS\n"
"actor Germany | German = DEU\n"
"actor Ukraine = UKR\n"
"agent defence ministry | foreign ministry = GOV\n"
"verb export\n"
"    * ^ to + = 062\n"
"verb send {sent sent}\n"
"    * ^ to + = 072\n";

/* "dismissed the claims by Washington and Seoul that Pyongyang was
 * exporting weapons to Russia": the charge's content, past its makers
 * after "by" and past the label "as absurd", is denied, not done
 * (clause.c, denied_claim() and past_claim_maker()) */
static void test_denials_claim_content(void **state)
{
	char path[] = "/tmp/dyad-denials1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(denials_dict, path, &lx);
	check_with(cd, "North Korea dismissed the claims by Washington and Seoul that Pyongyang "
		   "was exporting weapons to Russia.", "2024-05-17",
		   EXPECT("PRK>RUS 062 negated 2024-05-17"));
	check_with(cd, "North Korea dismissed as absurd the claims that Pyongyang was exporting "
		   "weapons to Russia.", "2024-05-17", EXPECT("PRK>RUS 062 negated 2024-05-17"));
	coder_done(cd, lx, path);
}

/* "declined to confirm or deny a report on Tuesday that it planned to
 * send missiles to Ukraine": what the report says is no act, past the
 * day it is dated (act.c, declined_content()) */
static void test_denials_declined_report(void **state)
{
	char path[] = "/tmp/dyad-denials2-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(denials_dict, path, &lx);
	check_with(cd, "Germany's defence ministry declined to confirm or deny a report on "
		   "Tuesday that it planned to send more missiles to Ukraine.", "2024-02-13", NONE);
	coder_done(cd, lx, path);
}

static const char rival_dict[] =
"person Joe Biden | Biden\n"
"    = USAGOV 2021-01-20..2025-01-20\n"
"person Donald Trump | Trump\n"
"    = USAELI 2021-01-20..2025-01-20\n"
"verb telephone | phone = 041\n"
"    * + = 041\n";

/* "telephoned his rival Donald Trump": the party named after the noun
 * the source's own possessive owns (act_target.c,
 * named_after_own_possessive()); "his" alone is the source's own */
static void test_denials_own_possessive(void **state)
{
	char path[] = "/tmp/dyad-denials3-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(rival_dict, path, &lx);
	check_with(cd, "Joe Biden telephoned his rival Donald Trump on Sunday.", "2024-07-14",
		   EXPECT("USAGOV>USAELI 041 asserted 2024-07-14"));
	coder_done(cd, lx, path);
}

/* The patterns of data/dict/verbs-30-denials.dict, as shipped */
static void test_denials_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* the accuser named by a possessive, past a label, not a party
	 * the charge names */
	check_with(cd, "Pakistan dismissed as incomprehensible U.S. President Donald Trump's "
		   "assertion that it had repaid American aid with lies.", "2018-01-02",
		   EXPECT("PAK>USAGOV 016 asserted 2018-01-02"));
	/* by an adjective, or by a name before the charge */
	check_with(cd, "China rejected U.S. assertions that the balloon was part of a spying "
		   "programme.", "2023-02-09", EXPECT("CHN>USA 016 asserted 2023-02-09"));
	check_with(cd, "Israel's foreign ministry rejected a Human Rights Watch report on "
		   "Thursday.", "2024-12-19", EXPECT("ISRGOV>NGOHRW 016 asserted 2024-12-19"));
	/* after the charge, with "hit back at", "denounced as lies" and
	 * "levelled by" (no building levelled) */
	check_with(cd, "China's foreign ministry hit back on Tuesday at claims by Britain that "
		   "Chinese hackers had targeted its lawmakers.", "2024-03-26",
		   EXPECT("CHNGOV>GBR 016 asserted 2024-03-26"));
	check_with(cd, "China denounced as lies on Monday the accusations of genocide levelled "
		   "by the European Union.", "2021-03-22",
		   EXPECT("CHN>IGOEUREEC 016 asserted 2021-03-22"));
	/* a charge called meaningless */
	check_with(cd, "Iran's foreign ministry spokesman called U.S. accusations that Tehran was "
		   "behind the attacks meaningless.", "2019-09-16",
		   EXPECT("IRNGOV>USA 016 asserted 2019-09-16"));
	/* claims to territory are refused, not denied */
	check_with(cd, "The Philippines rejected China's claims in the South China Sea on "
		   "Tuesday.", "2016-07-12", EXPECT("PHL>CHN 120 asserted 2016-07-12"));
	/* remarks on talks and on a party's stance */
	check_with(cd, "Ukraine's foreign minister said on Thursday that his talks with Russia's "
		   "foreign minister had produced no progress.", "2022-03-10",
		   EXPECT("UKRGOV>RUSGOV 012 asserted 2022-03-10"));
	check_with(cd, "Kremlin spokesman Dmitry Peskov said on Tuesday that NATO's policy toward "
		   "Russia remained deeply hostile.", "2023-12-12",
		   EXPECT("RUSGOV>IGOWSTNAT 012 asserted 2023-12-12"));
	check_with(cd, "U.S. Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng "
		   "both called their trade talks in Geneva productive on Monday.", "2025-05-12",
		   EXPECT("USAGOV>CHNGOV 013 asserted 2025-05-12",
			  "CHNGOV>USAGOV 013 asserted 2025-05-12"));
	/* empathy: a recovery wished, condolences offered in a call */
	check_with(cd, "North Korean leader Kim Jong Un sent a message to U.S. President Donald "
		   "Trump on Saturday wishing him a swift recovery.", "2020-10-03",
		   EXPECT("PRKGOV>USAGOV 018 asserted 2020-10-03"));
	check_with(cd, "Greek Prime Minister Kyriakos Mitsotakis telephoned Turkish President "
		   "Tayyip Erdogan on Tuesday to offer his condolences.", "2023-02-07",
		   EXPECT("GRCGOV>TURGOV 041 asserted 2023-02-07",
			  "GRCGOV>TURGOV 018 asserted 2023-02-07"));
	/* a minute of silence in memory of the dead named */
	check_with(cd, "The U.N. Security Council stood for a minute of silence on Monday in "
		   "memory of Iranian President Ebrahim Raisi.", "2024-05-20",
		   EXPECT("IGOUNO>IRNGOV 017 asserted 2024-05-20"));
	/* accord a pair says it shares */
	check_with(cd, "Australian Prime Minister Anthony Albanese and New Zealand Prime Minister "
		   "Christopher Luxon said on Friday that they saw eye to eye on the drills.",
		   "2025-02-28",
		   EXPECT("AUSGOV>NZLGOV 019 asserted 2025-02-28",
			  "NZLGOV>AUSGOV 019 asserted 2025-02-28"));
	/* a recovery wished in a call; a link to a killing denied is the
	 * killing, negated */
	check_with(cd, "President Joe Biden telephoned his rival Donald Trump to wish him well.",
		   "2024-07-14", EXPECT("USAGOV>USAELI 041 asserted 2024-07-14",
					"USAGOV>USAELI 018 asserted 2024-07-14"));
	check_with(cd, "Pakistan denied any link to the killing of 26 tourists in Indian Kashmir.",
		   "2025-04-24", EXPECT("PAK>INDCVL 1823 negated 2025-04-24"));
	/* a report neither confirmed nor denied */
	check_with(cd, "Germany's defence ministry declined to confirm or deny a report on "
		   "Tuesday that it planned to send more missiles to Ukraine.", "2024-02-13",
		   EXPECT("DEUGOV>UKR 011 asserted 2024-02-13"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_denials_claim_content),
		cmocka_unit_test(test_denials_declined_report),
		cmocka_unit_test(test_denials_own_possessive),
		cmocka_unit_test(test_denials_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
