/*
 * test_coder_arms.c - the coder on weapons and military aid (tests/dev/
 * README.md, `arms`): an order to one's own staff coded as the orderer's
 * act, a giving verb after "no longer" read as a verb, a refusal
 * signalled by a verb asserted (or planned when still to come), and the
 * patterns of verbs-31-arms.dict with the whole default dictionary
 * (arms a partner asked for refused, aid held back, no longer sent,
 * weapons the older sets do not name, arms whose worth is told).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static const char arms_dict[] =
"actor United States | U.S. | Washington = USA\n"
"actor Ukraine | Kyiv = UKR\n"
"actor Poland = POL\n"
"person Donald Trump | Trump\n"
"    = USAGOV\n"
"verb hold back\n"
"    * ^ aid to + = 1622\n"
"verb send\n"
"    no ~ longer ~ * ^ weapons ^ to + = 1622\n"
"    * ^ weapons ^ to + = 072\n"
"set asked = asked for | had asked for\n"
"verb give\n"
"    not ~ * ^ missiles ^ + ~ &asked = 1222\n"
"    * + ^ missiles = 072\n";

/* "ordered his staff to hold back the aid": the orderer's own people
 * carry out the order, which is the orderer's act (clause.c,
 * own_people()); another state urged is asked, and acts in nothing */
static void test_arms_own_staff(void **state)
{
	char path[] = "/tmp/dyad-arms1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(arms_dict, path, &lx);
	check_with(cd, "Trump ordered his staff to hold back military aid to Ukraine.",
		   "2019-09-23", EXPECT("USAGOV>UKR 1622 asserted 2019-09-23"));
	check_with(cd, "Trump ordered Poland to hold back military aid to Ukraine.",
		   "2019-09-23", NONE);
	coder_done(cd, lx, path);
}

/* "will no longer send weapons to Ukraine": a giving verb after "no
 * longer" is a verb (predicate.c, giving_verb()), its pattern the cut */
static void test_arms_no_longer(void **state)
{
	char path[] = "/tmp/dyad-arms2-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(arms_dict, path, &lx);
	check_with(cd, "Poland will no longer send weapons to Ukraine.", "2023-09-20",
		   EXPECT("POL>UKR 1622 planned 2023-09-20"));
	check_with(cd, "Poland is no longer sending weapons to Ukraine.", "2023-09-20",
		   EXPECT("POL>UKR 1622 asserted 2023-09-20"));
	coder_done(cd, lx, path);
}

/* "signalled on Friday that he would not give Ukraine the missiles Kyiv
 * had asked for": a refusal made known is made (asserted); a veto
 * signalled, still to come, is planned (act_final.c) */
static void test_arms_signalled_refusal(void **state)
{
	char path[] = "/tmp/dyad-arms3-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(arms_dict, path, &lx);
	check_with(cd, "Trump signalled on Friday that he would not give Ukraine the missiles "
		   "Kyiv had asked for.", "2025-10-17",
		   EXPECT("USAGOV>UKR 1222 asserted 2025-10-17"));
	coder_done(cd, lx, path);
}

/* the patterns of verbs-31-arms.dict, with the whole default dictionary */
static void test_arms_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* arms a partner asked for, not to be given: its request refused */
	check_with(cd, "Chancellor Olaf Scholz said on Monday that Germany would not deliver the "
		   "Taurus cruise missiles Kyiv has been requesting.", "2024-02-26",
		   EXPECT("DEUGOV>UKR 1222 asserted 2024-02-26"));
	check_with(cd, "President Joe Biden said on Monday that the United States would not "
		   "provide F-16 fighter jets to Ukraine, which Kyiv has been requesting.",
		   "2023-01-30", EXPECT("USAGOV>UKR 1222 asserted 2023-01-30"));
	/* not asked for: the aid negated */
	check_with(cd, "Hungary will not send weapons to Ukraine, its foreign minister said.",
		   "2022-02-28", EXPECT("HUN>UKR 072 negated 2022-02-28"));
	/* aid held back */
	check_with(cd, "The Biden administration held up a shipment of bombs to Israel.",
		   "2024-05-08", EXPECT("USAGOV>ISR 1622 asserted 2024-05-08"));
	/* no longer sent */
	check_with(cd, "Slovakia will no longer send military aid to Ukraine.", "2023-10-26",
		   EXPECT("SVK>UKR 1622 planned 2023-10-26"));
	/* arms whose worth is told are arms, not money */
	check_with(cd, "Australia will send 49 Abrams tanks worth A$245 million to Ukraine.",
		   "2024-10-17", EXPECT("AUS>UKR 072 planned 2024-10-17"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arms_own_staff),
		cmocka_unit_test(test_arms_no_longer),
		cmocka_unit_test(test_arms_signalled_refusal),
		cmocka_unit_test(test_arms_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
