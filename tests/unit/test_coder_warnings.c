/*
 * test_coder_warnings.c - the coder on threats, warnings and rejections
 * (tests/dev/README.md, `warnings`), with the whole default dictionary:
 * a threat whose condition sets a clock is an ultimatum (act_final.c,
 * deadline_condition()); a warning whose consequence names force is 138
 * (warned_force()); a threat aimed at the sayer's own side goes to the
 * other party (act_target.c, own_side_threatened()); a threat with no
 * target is aimed at the party its condition names, of the same state
 * too (condition_party()); the wordings of verbs-32-warnings.dict; and
 * "President Bush" in his years.
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_warnings_rules(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* a condition with a clock: an ultimatum, not sanctions threatened */
	check_with(cd, "Washington threatened to impose more sanctions on Turkey unless it "
		   "freed the American pastor by Friday.", "2018-08-16",
		   EXPECT("USA>TUR 139 asserted 2018-08-16"));
	/* force in the consequence, not in the deed warned against */
	check_with(cd, "Egypt warned Ethiopia that any move to fill the dam would be answered "
		   "with war.", "2020-07-15",
		   EXPECT("EGY>ETH 138 asserted 2020-07-15"));
	check_with(cd, "Hezbollah warned Israel that Tel Aviv would be flattened if it invaded "
		   "Lebanon again.", "2003-03-18",
		   EXPECT("LBNINSHEZ>ISR 138 asserted 2003-03-18"));
	/* a third party's force foretold, or the deed a penalty answers,
	 * is no threat of force */
	check_with(cd, "Moscow warned Tehran on Friday that Israel would strike back.",
		   "2024-10-04", EXPECT("RUS>IRN 130 asserted 2024-10-04"));
	check_with(cd, "Erdogan warned Greece that it would pay a heavy price for any attack on "
		   "Turkish vessels.", "2020-08-26",
		   EXPECT("TURGOV>GRC 130 asserted 2020-08-26"));
	/* the sayer's own country would act; the condition's party is
	 * threatened */
	check_with(cd, "Turkish President Tayyip Erdogan said his country would go to war if "
		   "Greece extended its territorial waters.", "2020-08-28",
		   EXPECT("TURGOV>GRC 138 asserted 2020-08-28"));
	/* at home: the government the condition names */
	check_with(cd, "Kenyan opposition leader Raila Odinga threatened to lead mass protests "
		   "unless President William Ruto cut the cost of living.", "2023-03-14",
		   EXPECT("KENOPP>KENGOV 133 asserted 2023-03-14"));
	coder_done(cd, lx, NULL);
}

static void test_warnings_wordings(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Iran's foreign minister said the United States should expect harsh "
		   "revenge for the killing.", "2020-01-03",
		   EXPECT("IRNGOV>USA 138 asserted 2020-01-03"));
	check_with(cd, "A senior Russian official said Finland was exposing itself to a nuclear "
		   "strike by joining NATO.", "2022-05-14",
		   EXPECT("RUSGOV>FIN 1385 asserted 2022-05-14"));
	check_with(cd, "Iran told Washington that its warships in the Gulf would be targeted "
		   "if it struck Iranian soil.", "2024-01-28",
		   EXPECT("IRN>USA 138 asserted 2024-01-28"));
	check_with(cd, "Sudan said on Thursday that all options were open against Ethiopia over "
		   "the dam.", "2021-06-10",
		   EXPECT("SDN>ETH 138 asserted 2021-06-10"));
	check_with(cd, "China vowed to fight to the end and take firm countermeasures against "
		   "the United States.", "2018-03-23",
		   EXPECT("CHN>USA 130 asserted 2018-03-23"));
	check_with(cd, "Eritrea rejected a deal giving Ethiopia access to its ports.",
		   "2019-04-08", EXPECT("ERI>ETH 127 asserted 2019-04-08"));
	check_with(cd, "Japan's threat to curb exports of chemicals to South Korea rattled "
		   "markets on Tuesday.", "2019-07-02",
		   EXPECT("JPN>KOR 1312 asserted 2019-07-02"));
	check_with(cd, "President Park Geun-hye ordered the military to retaliate sternly "
		   "against any provocation by North Korea.", "2016-01-07",
		   EXPECT("KORGOV>PRK 138 asserted 2016-01-07"));
	check_with(cd, "North Korea said it was no longer bound by the armistice with the "
		   "United States.", "2013-03-11",
		   EXPECT("PRK>USA 127 asserted 2013-03-11"));
	check_with(cd, "Pakistan said it would exercise all options to counter India's move.",
		   "2021-06-10", EXPECT("PAK>IND 138 asserted 2021-06-10"));
	check_with(cd, "President Bush met Tony Blair in the Azores.", "2003-03-18",
		   EXPECT("USAGOV>GBRGOV 044 asserted 2003-03-18"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_warnings_rules),
		cmocka_unit_test(test_warnings_wordings),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
