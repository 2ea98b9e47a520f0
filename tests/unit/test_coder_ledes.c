/*
 * test_coder_ledes.c - the coder on wire-service ledes of 2015-2020: a
 * threat of revenge aimed at the state that acted, not at the victim's
 * own, talks "after" which a pair makes its deal, and the patterns of
 * data/dict/verbs-28-ledes.dict (force held in reserve, envoys dispatched
 * abroad, missiles told by who fired them)
 * (tests/dev/README.md, `ledes`).
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coder_check.h"

static const char ledes_dict[] =
"actor United States | U.S. | Washington = USA\n"
"actor Iran | Iranian | Tehran = IRN\n"
"actor Saudi Arabia | Saudi | Riyadh = SAU\n"
"actor Yemen | Yemeni = YEM\n"
"actor Houthi rebels | Houthis = YEMREB\n"
"agent commander | military = MIL\n"
"agent Supreme Leader | secretary of state = GOV\n"
"agent air defences = MIL\n"
"person Qassem Soleimani | Soleimani\n"
"    = IRNMIL\n"
"person Ali Khamenei | Khamenei\n"
"    = IRNGOV\n"
"person Mike Pompeo | Pompeo\n"
"    = USAGOV 2018-04-26..2021-01-20\n"
"person Donald Trump | Trump\n"
"    = USAGOV 2017-01-20..2021-01-20\n"
"set ev_missile = missile | ballistic missile | rockets\n"
"set t_revenge = revenge | retaliation\n"
"verb kill\n"
"    * + = 186\n"
"verb vow\n"
"    * ^ &t_revenge = 138\n"
"verb intercept = 190\n"
/* the patterns of verbs-28-ledes.dict under test */
"set ledes_force = response | action | option | options | strike | strikes\n"
"verb say | warn | tell | stress | insist | make clear\n"
"    * ^ military &ledes_force ^ on the table ^ against + = 138\n"
"    * ^ military &ledes_force ^ remained an option ^ against + = 138\n"
"set ledes_envoys = secretary of state | foreign minister | envoy\n"
"verb send | dispatch | despatch\n"
"    * ^ &ledes_envoys ^ to + = 042\n"
"person Vladimir Putin | Putin\n"
"    = RUSGOV\n"
"person Tayyip Erdogan | Erdogan\n"
"    = TURGOV\n"
"set t_cease = ceasefire | truce\n"
"verb agree\n"
"    % * ^ &t_cease = 0871\n"
"noun talks | meeting | summit | negotiations\n"
"    % after * on the sidelines = 044\n"
"    % after * = 040\n"
"    % after ^ of * = 040\n"
"verb fire | launch\n"
"    &ev_missile * by $ ^ toward + = 195\n"
"    &ev_missile * by $ ^ at + = 195\n";

/* a vow of revenge "for the killing of" one of the vower's own state
 * answers the clause it is joined to: it threatens the state whose
 * forces killed, not the victim's */
static void test_ledes_revenge_at_the_doer(void **state)
{
	char path[] = "/tmp/dyad-ledes1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(ledes_dict, path, &lx);
	check_with(cd, "A U.S. air strike killed Iranian commander Qassem Soleimani on Friday, and "
		   "Iran's Supreme Leader Ali Khamenei vowed harsh revenge for the killing of the "
		   "architect of Tehran's military network.", "2020-01-03",
		   EXPECT("USAMIL>IRNMIL 186 asserted 2020-01-03", "IRNGOV>USA 138 asserted 2020-01-03"));
	/* with no other state's act to answer, the first name stays */
	check_with(cd, "Khamenei vowed revenge for the killing of Iranian commander Soleimani.",
		   "2020-01-03", EXPECT("IRNGOV>IRNMIL 138 asserted 2020-01-03"));
	coder_done(cd, lx, path);
}

/* force said to be an option against a state threatens it; an envoy
 * dispatched abroad visits; a missile "fired by" a group "toward" a
 * place is the group's strike on it */
static void test_ledes_reserve_envoys_missiles(void **state)
{
	char path[] = "/tmp/dyad-ledes2-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(ledes_dict, path, &lx);
	check_with(cd, "Pompeo said military action remained an option against Iran.", "2019-06-20",
		   EXPECT("USAGOV>IRN 138 asserted 2019-06-20"));
	check_with(cd, "Trump dispatched Secretary of State Mike Pompeo to Riyadh on Monday.",
		   "2018-10-15", EXPECT("USAGOV>SAU 042 asserted 2018-10-15"));
	check_with(cd, "Saudi air defences intercepted a ballistic missile fired by Houthi rebels "
		   "toward Riyadh on Saturday.", "2017-11-04",
		   EXPECT("SAUMIL>YEMREB 190 asserted 2017-11-04", "YEMREB>SAU 195 asserted 2017-11-04"));
	coder_done(cd, lx, path);
}

/* talks right after "after" in the clause of a pair's deal are the
 * talks the deal came out of, coded among the pair; after any other
 * act they still only place it in time */
static void test_ledes_talks_before_a_deal(void **state)
{
	char path[] = "/tmp/dyad-ledes3-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(ledes_dict, path, &lx);
	check_with(cd, "Putin and Erdogan agreed on Thursday to a ceasefire after more than six "
		   "hours of talks in the Kremlin.", "2020-03-05",
		   EXPECT("RUSGOV>TURGOV 040 asserted 2020-03-05", "TURGOV>RUSGOV 040 asserted 2020-03-05",
			  "RUSGOV>TURGOV 0871 asserted 2020-03-05", "TURGOV>RUSGOV 0871 asserted 2020-03-05"));
	check_with(cd, "Putin and Erdogan spoke on Thursday after talks in the Kremlin.", "2020-03-05",
		   NONE);
	coder_done(cd, lx, path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ledes_revenge_at_the_doer),
		cmocka_unit_test(test_ledes_reserve_envoys_missiles),
		cmocka_unit_test(test_ledes_talks_before_a_deal),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
