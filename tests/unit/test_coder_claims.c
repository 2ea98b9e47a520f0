/*
 * test_coder_claims.c - the coder on claims, admissions, apologies and
 * regret (tests/dev/README.md, `claims`): an apology for harm to a
 * state's forces made to the state, an apology told as the purpose of a
 * call made to the one called, "stopped short of an apology" coded as
 * the apology negated and owed to the party the speaker reached before,
 * and the patterns of verbs-31-claims.dict with the whole default
 * dictionary (regret over harm done, claims in the group's own words,
 * "claimed to have", the Amaq news agency as the group's voice).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static const char claims_dict[] =
"actor North Korea = PRK\n"
"actor South Korea | South Korean = KOR\n"
"actor Iran = IRN\n"
"actor Ukraine = UKR\n"
"actor Britain = GBR\n"
"actor Kenya = KEN\n"
"agent soldiers = MIL\n"
"noun regret\n"
"    * over ^ wounding of + = 055\n"
"    * to + = 055\n"
"noun apology\n"
"    short of ^ * = 055\n"
"verb telephone = 041\n"
"verb apologise = 055\n";

/* "expressed regret over the wounding of two South Korean soldiers": an
 * apology for harm to a state's forces is made to the state (event.c) */
static void test_claims_regret_to_state(void **state)
{
	char path[] = "/tmp/dyad-claims1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(claims_dict, path, &lx);
	check_with(cd, "North Korea expressed regret over the wounding of two South Korean "
		   "soldiers.", "2015-08-25", EXPECT("PRK>KOR 055 asserted 2015-08-25"));
	coder_done(cd, lx, path);
}

/* "telephoned Ukraine to apologise": the purpose of a call is to the one
 * called (act_context.c, act_apology_owed()) */
static void test_claims_call_to_apologise(void **state)
{
	char path[] = "/tmp/dyad-claims2-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(claims_dict, path, &lx);
	check_with(cd, "Iran telephoned Ukraine on Saturday to apologise.", "2020-01-11",
		   EXPECT("IRN>UKR 041 asserted 2020-01-11", "IRN>UKR 055 asserted 2020-01-11"));
	coder_done(cd, lx, path);
}

/* "but stopped short of an apology": the apology not given (mode.c),
 * by the clause's subject (act_source.c), owed to the party the
 * speaker's act before it reached (act_context.c) */
static void test_claims_short_of_apology(void **state)
{
	char path[] = "/tmp/dyad-claims3-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(claims_dict, path, &lx);
	check_with(cd, "Britain expressed regret to Kenya, but stopped short of a formal apology.",
		   "2023-10-31", EXPECT("GBR>KEN 055 asserted 2023-10-31",
					"GBR>KEN 055 negated 2023-10-31"));
	coder_done(cd, lx, path);
}

static void test_claims_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* regret over harm done apologises; over another's decision rebukes */
	check_with(cd, "North Korea expressed regret over the wounding of two South Korean "
		   "soldiers by landmines.", "2015-08-25", EXPECT("PRK>KOR 055 asserted 2015-08-25"));
	check_with(cd, "Japan expressed deep regret over South Korea's decision.", "2019-08-22",
		   EXPECT("JPN>KOR 111 asserted 2019-08-22"));
	/* a claim in the group's own words, on the people the attack killed */
	check_with(cd, "Hamas said on Thursday it was responsible for a shooting attack in "
		   "Jerusalem that killed three Israelis.", "2023-11-30",
		   EXPECT("PSEINSHMS>ISRCVL 015 asserted 2023-11-30",
			  "PSEINSHMS>ISRCVL 180 asserted 2023-11-30"));
	/* "claimed to have": the claim on the object, the act by its verb */
	check_with(cd, "Yemen's Houthis claimed to have shot down an American MQ-9 "
		   "Reaper drone.", "2024-02-20",
		   EXPECT("YEMREBHTH>USAMIL 015 asserted 2024-02-20",
			  "YEMREBHTH>USAMIL 195 asserted 2024-02-20"));
	/* the Amaq news agency is the group speaking, not a state's media */
	check_with(cd, "Gunmen opened fire on concertgoers near Moscow, killing 60 people, and "
		   "Islamic State claimed responsibility through its Amaq news agency.", "2024-03-23",
		   EXPECT("IMGMUSISI>RUSCVL 180 asserted 2024-03-23",
			  "IMGMUSISI>RUSCVL 015 asserted 2024-03-23"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_claims_regret_to_state),
		cmocka_unit_test(test_claims_call_to_apologise),
		cmocka_unit_test(test_claims_short_of_apology),
		cmocka_unit_test(test_claims_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
