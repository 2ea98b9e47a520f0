/*
 * test_coder_eastasia.c - the coder on East and Southeast Asia's
 * diplomatic copy (the eastasia pair, tests/dev/eastasia-*.jsonl): the
 * pair "the two" refers to past a summit met beside, visits told
 * through their phase or as "official", and protests aimed at the state
 * whose act they answer.  Each case uses a small dictionary written here.
 */
#include "unit.h"

#include <stdio.h>

#include "coder_check.h"

static const char eastasia_dict[] =
"actor China | Chinese | Beijing = CHN\n"
"actor Japan | Japanese | Tokyo = JPN\n"
"actor Malaysia | Malaysian = MYS\n"
"actor Singapore = SGP\n"
"actor South Korea | South Korean | Seoul = KOR\n"
"actor Association of Southeast Asian Nations | ASEAN = IGOSEAASN\n"
"actor Asia-Pacific Economic Cooperation | APEC = IGOAPC\n"
"agent prime minister | premier | president = GOV\n"
"agent official | officials = GOV\n"
"agent army = MIL\n"
"set ev_summit = summit | meeting\n"
"verb meet = 040\n"
"    * + = 040\n"
"verb agree = 030\n"
"    $ and + * = 030:030\n"
"verb say\n"
"verb send\n"
"verb begin\n"
"verb visit = 042\n"
"    * + = 042\n"
"verb lodge\n"
"    * ^ protest = 114\n"
"noun visit | trip | state visit\n"
"    * to + = 042\n";

/* "the two" after a meeting on the sidelines of a summit names the pair
 * that met, not the bloc whose summit it was */
static void test_eastasia_pair_past_a_summit(void **state)
{
	char path[] = "/tmp/dyad-eastasia1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(eastasia_dict, path, &lx);
	check_with(cd, "The Chinese premier met the Japanese prime minister on the sidelines of "
		   "an ASEAN summit, and the two agreed to cooperate.", "2024-10-10",
		   EXPECT("CHNGOV>JPNGOV 040 asserted 2024-10-10",
			  "CHNGOV>JPNGOV 030 asserted 2024-10-10",
			  "JPNGOV>CHNGOV 030 asserted 2024-10-10"));
	coder_done(cd, lx, path);
}

/* a visit named through its phase ("at the end of a visit to China") is
 * the occasion of the clause's act, its subject's visit */
static void test_eastasia_visit_by_its_phase(void **state)
{
	char path[] = "/tmp/dyad-eastasia2-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(eastasia_dict, path, &lx);
	check_with(cd, "The Malaysian prime minister said on Tuesday at the end of a five-day "
		   "visit to China that the projects would be cancelled.", "2018-08-21",
		   EXPECT("MYSGOV>CHN 042 asserted 2018-08-21"));
	coder_done(cd, lx, path);
}

/* "official" right before a visit says what kind of visit it is, no
 * official of anyone's: the visit stays its owner's */
static void test_eastasia_official_visit(void **state)
{
	char path[] = "/tmp/dyad-eastasia3-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(eastasia_dict, path, &lx);
	check_with(cd, "The Singapore prime minister met the Chinese president during his first "
		   "official visit to China.", "2025-06-24",
		   EXPECT("SGPGOV>CHN 042 asserted 2025-06-24",
			  "SGPGOV>CHNGOV 040 asserted 2025-06-24"));
	coder_done(cd, lx, path);
}

/* a protest that names no one answers the clause it is joined to, or
 * the "after" clause right after it, and is aimed at the state of that
 * clause's subject, though the act answered is no event of its own */
static void test_eastasia_protest_answers_a_clause(void **state)
{
	char path[] = "/tmp/dyad-eastasia4-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(eastasia_dict, path, &lx);
	check_with(cd, "The South Korean army began drills around the islets on Sunday, and Japan "
		   "lodged a protest.", "2019-08-25", EXPECT("JPN>KOR 114 asserted 2019-08-25"));
	check_with(cd, "Seoul lodged a protest on Friday after Japanese officials sent offerings to "
		   "the shrine.", "2025-08-15", EXPECT("KOR>JPN 114 asserted 2025-08-15"));
	coder_done(cd, lx, path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_eastasia_pair_past_a_summit),
		cmocka_unit_test(test_eastasia_visit_by_its_phase),
		cmocka_unit_test(test_eastasia_official_visit),
		cmocka_unit_test(test_eastasia_protest_answers_a_clause),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
