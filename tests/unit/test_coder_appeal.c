/*
 * test_coder_appeal.c - the coder on appeals and statements
 * (tests/dev/README.md, `appeal`): one appeal that asks for two acts
 * joined by "and" codes each request; "all sides" an appeal addresses
 * are the two sides of an act told after "of" its noun, even in a time
 * anchor; what gloom is about is no act.
 *
 * Each case codes one article against a small native dictionary written
 * here and compares the events, rendered as "SOURCE>TARGET CODE mode
 * date", with the expected list (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static const char appeal_dict[] =
"actor Russia | Moscow = RUS\n"
"actor Armenia = ARM\n"
"actor Azerbaijan = AZE\n"
"actor Ukraine = UKR\n"
"actor China = CHN\n"
"actor Hamas = PSEREB\n"
"actor United States = USA\n"
"agent officials = GOV\n"
"verb urge | call on\n"
"    * + to ^ talks = 026\n"
"    * + to cease fire = 0256\n"
"    * + to ^ restraint = 0256\n"
"verb cease | stop | halt\n"
"    * fire = 0871\n"
"    * fighting = 0871\n"
"verb begin | hold\n"
"    * talks = 046\n"
"verb return\n"
"    * to talks = 046\n"
"verb launch = 190\n"
"    * ^ invasion of + = 190\n"
"verb agree\n"
"    * to ^ deal = 057\n"
"noun pessimistic\n"
"    $ * that + = 012\n";

/* "to cease fire and to begin talks": 0256 and 026 to each */
static void test_appeal_second_request(void **state)
{
	char path[] = "/tmp/dyad-appeal1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(appeal_dict, path, &lx);
	check_with(cd, "Russia called on Armenia and Azerbaijan on Sunday to cease fire immediately "
		   "and to begin talks.", "2020-09-27",
		   EXPECT("RUS>ARM 0256 asserted 2020-09-27", "RUS>AZE 0256 asserted 2020-09-27",
			  "RUS>ARM 026 asserted 2020-09-27", "RUS>AZE 026 asserted 2020-09-27"));
	coder_done(cd, lx, path);
}

/* "urged all sides to exercise restraint, hours after Russia launched an
 * invasion of Ukraine": the sides are the invasion's two */
static void test_appeal_all_sides_of_noun(void **state)
{
	char path[] = "/tmp/dyad-appeal2-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(appeal_dict, path, &lx);
	check_with(cd, "China urged all sides to exercise restraint on Thursday, hours after Russia "
		   "launched an invasion of Ukraine.", "2022-02-24",
		   EXPECT("CHN>RUS 0256 asserted 2022-02-24", "CHN>UKR 0256 asserted 2022-02-24"));
	coder_done(cd, lx, path);
}

/* "grew more pessimistic that Hamas would agree to a deal": 012, the deal
 * doubted no event */
static void test_appeal_gloom_content(void **state)
{
	char path[] = "/tmp/dyad-appeal3-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(appeal_dict, path, &lx);
	check_with(cd, "United States officials grew more pessimistic on Wednesday that Hamas would "
		   "agree to a deal.", "2024-01-10",
		   EXPECT("USAGOV>PSEREB 012 asserted 2024-01-10"));
	coder_done(cd, lx, path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_appeal_second_request),
		cmocka_unit_test(test_appeal_all_sides_of_noun),
		cmocka_unit_test(test_appeal_gloom_content),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
