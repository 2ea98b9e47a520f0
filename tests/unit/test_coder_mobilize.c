/*
 * test_coder_mobilize.c - the coder on force posture and threats, with
 * dyad's own dictionaries: warnings whose content is force or a penalty
 * (data/dict/verbs-28-mobilize.dict), deadlines told as the time the
 * other side "has", a tariff vowed until another party yields (a threat,
 * its "until" clause no act), and a show of force that names no target
 * aimed at the party it is at odds with (tests/dev/README.md,
 * `mobilize`).
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coder_check.h"

/* force the warner's side holds over the warned party, or that the
 * warned party is told it will suffer, is a threat of force (138); a
 * penalty named in the warning is a threat of sanctions (1312) */
static void test_mobilize_warnings(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Kim Jong Un warned that the United States would receive a strong "
		   "reciprocal blow.", "2025-11-20", EXPECT("PRKGOV>USA 138 asserted 2025-11-20"));
	check_with(cd, "Russia warned NATO that it would use all the means at its disposal.",
		   "2025-11-20", EXPECT("RUS>IGOWSTNAT 138 asserted 2025-11-20"));
	check_with(cd, "Trump warned Putin that the West would impose strong economic measures.",
		   "2025-11-20", EXPECT("USAGOV>RUSGOV 1312 asserted 2025-11-20"));
	check_with(cd, "China vowed to smash any attempt at independence by Taiwan.", "2025-11-20",
		   EXPECT("CHN>TWN 138 asserted 2025-11-20"));
	check_with(cd, "Israel will exact a price from Iran at the time of its choosing, "
		   "Netanyahu said.", "2025-11-20", EXPECT("ISRGOV>IRN 138 asserted 2025-11-20"));
	coder_done(cd, lx, NULL);
}

/* a deadline the speaker says the other side "has" is an ultimatum */
static void test_mobilize_deadlines(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Trump said Ukraine had until Thursday to accept the plan.", "2025-11-20",
		   EXPECT("USAGOV>UKR 139 asserted 2025-11-20"));
	check_with(cd, "Trump said that Hamas had until Sunday to accept the plan.", "2025-10-03",
		   EXPECT("USAGOV>PSEINSHMS 139 asserted 2025-10-03"));
	coder_done(cd, lx, NULL);
}

/* a tariff vowed or planned until the other party yields is a threat
 * (1312), and what it waits for is no act; a tariff imposed is one */
static void test_mobilize_tariff_until(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Trump vowed to impose a 25% tariff on Mexico until it clamps down on drugs.",
		   "2025-02-01", EXPECT("USAGOV>MEX 1312 asserted 2025-02-01"));
	check_with(cd, "Trump vowed to impose tariffs on Canada until Ottawa stops the flow of "
		   "fentanyl.", "2025-02-01", EXPECT("USAGOV>CAN 1312 asserted 2025-02-01"));
	check_with(cd, "Trump imposed a 25% tariff on Mexico on Tuesday until it clamps down on "
		   "drugs.", "2025-03-04", EXPECT("USAGOV>MEX 163 asserted 2025-03-04"));
	coder_done(cd, lx, NULL);
}

/* an alert or a deployment with no target aims at the party the
 * sentence says its source is at odds with */
static void test_mobilize_party_at_odds(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Serbia put its army on high alert on Monday amid tensions with Kosovo.",
		   "2025-11-20", EXPECT("SRB>KOS 152 asserted 2025-11-17"));
	check_with(cd, "India rushed troops to Ladakh after a stand-off with Chinese soldiers.",
		   "2020-06-20", EXPECT("IND>CHNMIL 154 asserted 2020-06-20"));
	check_with(cd, "NAIROBI, Feb 18 (Reuters) - Eritrea has ordered a nationwide military "
		   "mobilisation, calling up reservists under the age of 60 amid fears of a new "
		   "war with Ethiopia, a rights group said on Tuesday.", "2025-02-18",
		   EXPECT("ERI>ETH 154 asserted 2025-02-18"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mobilize_warnings),
		cmocka_unit_test(test_mobilize_deadlines),
		cmocka_unit_test(test_mobilize_tariff_until),
		cmocka_unit_test(test_mobilize_party_at_odds),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
