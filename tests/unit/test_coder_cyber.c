/*
 * test_coder_cyber.c - the coder on espionage, hacking and influence
 * (tests/dev/README.md, `cyber`): intrusions laid at the state whose
 * hackers did them, and the state a person is said to spy for, which is
 * no target of the charge against that person.
 *
 * Each case codes one article against a small native dictionary written
 * here and compares the events, rendered as "SOURCE>TARGET CODE mode
 * date", with the expected list (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static const char cyber_dict[] =
"actor China | Chinese | Beijing = CHN\n"
"actor United States | U.S. | Washington = USA\n"
"actor Germany | German = DEU\n"
"actor Russia | Russian | Moscow = RUS\n"
"actor North Korea = PRK\n"
"agent government = GOV\n"
"agent officials = GOV\n"
"agent police = COP\n"
"agent FBI Director = COP\n"
"set c_hackers = hackers | hacking group\n"
"set c_tied = working for | acting on behalf of\n"
"set c_did = breached | were positioning\n"
"verb say | tell {told}\n"
"    * that ^ &c_hackers ^ &c_tied ^ + ^ &c_did = 1125\n"
"    * ^ &c_hackers ^ &c_tied ^ + ^ &c_did = 1125\n"
"verb accuse\n"
"    * + of ^ spying = 1125\n"
"verb arrest = 173\n"
"verb deny\n"
"    * ^ role = ---\n"
"verb call\n"
"    * + 's ~ accusation ^ absurd = 016\n";

/* "hackers working for the Chinese government": the state such hackers
 * work for is the one their intrusions are laid at, not a state spied
 * for by a person charged; a person spying for a state is still charged
 * alone */
static void test_cyber_hackers_work_for_the_accused(void **state)
{
	char path[] = "/tmp/dyad-cyber1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(cyber_dict, path, &lx);
	check_with(cd, "WASHINGTON - FBI Director Christopher Wray told lawmakers on Wednesday that "
		   "hackers working for the Chinese government were positioning themselves to "
		   "wreak havoc.", "2024-01-31", EXPECT("USACOP>CHNGOV 1125 asserted 2024-01-31"));
	check_with(cd, "U.S. officials said a hacking group acting on behalf of Beijing breached "
		   "the networks.", "2024-12-04", EXPECT("USAGOV>CHN 1125 asserted 2024-12-04"));
	/* the state spied for by a person is no target of the charge */
	check_with(cd, "German police arrested a man spying for Russia.", "2024-04-18", NONE);
	check_with(cd, "Germany accused a man working for Moscow of spying.", "2024-04-18", NONE);
	coder_done(cd, lx, path);
}

/* a denial of a deed no CAMEO event names, a hack, is coded by the label
 * it gives the accusation (016 at its maker); after a denial of any other
 * deed the label stays part of that denial */
static void test_cyber_denied_hack_labelled(void **state)
{
	char path[] = "/tmp/dyad-cyber2-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(cyber_dict, path, &lx);
	check_with(cd, "North Korea denied any role in the WannaCry ransomware attack on Thursday, "
		   "calling Washington's accusation absurd.", "2017-12-21",
		   EXPECT("PRK>USA 016 asserted 2017-12-21"));
	check_with(cd, "North Korea denied any role in the sinking of the warship on Thursday, "
		   "calling Washington's accusation absurd.", "2017-12-21", NONE);
	coder_done(cd, lx, path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cyber_hackers_work_for_the_accused),
		cmocka_unit_test(test_cyber_denied_hack_labelled),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
