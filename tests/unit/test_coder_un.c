/*
 * test_coder_un.c - the coder on the United Nations as the news tells it:
 * its Security Council and General Assembly named bare, vetoes, the
 * demands and appeals its bodies make of the sides of a war, and the
 * agencies, envoys and courts the news names (tests/dev/README.md, `un`).
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coder_check.h"

static const char un_dict[] =
"actor United States | U.S. | Washington = USA\n"
"actor Russia | Russian = RUS\n"
"actor Israel = ISR\n"
"actor Gaza = PSE\n"
"actor Ukraine = UKR\n"
"actor Egypt | Egyptian = EGY\n"
"agent security council = GOV\n"
"agent general assembly = LEG\n"
"set u_deesc = ceasefire | truce | pauses\n"
"set u_res = resolution | draft\n"
"verb veto = 129\n"
"    * ^ &u_res at + = 129\n"
"verb demand\n"
"    * &u_deesc in + = 1056\n"
"    * that + = 1056\n"
"verb call on\n"
"    * + to = 020\n"
"verb call for\n"
"    * &u_deesc in + = 0256\n"
"verb meet = 040\n"
"actor United Nations = IGOUNO\n"
"actor Taliban = AFGGOV\n"
"actor Afghan women = AFGCVL\n"
"verb condemn = 111\n"
"noun ban\n"
"    $ * on + = 172\n"
"noun invasion\n"
"    $ * of + = 190\n"
"verb approve | back\n"
"    * + = 051\n";

/* "the Security Council" and "the General Assembly" that no state owns
 * are the U.N.'s; a sponsor's hyphened participle does not own them */
static void test_un_bare_council_and_assembly(void **state)
{
	char path[] = "/tmp/dyad-un1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(un_dict, path, &lx);
	check_with(cd, "The United States vetoed an Egyptian-drafted Security Council resolution "
		   "on Monday.", "2017-12-18", EXPECT("USA>IGOUNO 129 asserted 2017-12-18"));
	check_with(cd, "The General Assembly demanded that Russia withdraw its troops.",
		   "2023-02-23", EXPECT("IGOUNO>RUS 1056 asserted 2023-02-23"));
	/* a state's own council stays its own */
	check_with(cd, "Russia's Security Council met Israel.", "2023-02-23",
		   EXPECT("RUSGOV>ISR 040 asserted 2023-02-23"));
	coder_done(cd, lx, path);
}

/* an appeal or demand for a truce "in" the place of a war goes to the
 * war's two sides; "called on Friday for" is no "call on" */
static void test_un_truce_in_a_war_place(void **state)
{
	char path[] = "/tmp/dyad-un2-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(un_dict, path, &lx);
	check_with(cd, "The General Assembly demanded a ceasefire in Gaza.", "2024-12-11",
		   EXPECT("IGOUNO>ISR 1056 asserted 2024-12-11", "IGOUNO>PSEREB 1056 asserted 2024-12-11"));
	check_with(cd, "The General Assembly called on Friday for a truce in Gaza.", "2023-10-27",
		   EXPECT("IGOUNO>ISR 0256 asserted 2023-10-27", "IGOUNO>PSEREB 0256 asserted 2023-10-27"));
	check_with(cd, "Egypt called for a ceasefire in Ukraine.", "2023-02-24",
		   EXPECT("EGY>RUS 0256 asserted 2023-02-24", "EGY>UKR 0256 asserted 2023-02-24"));
	/* (before the war, the place is the place) */
	check_with(cd, "Egypt called for a ceasefire in Gaza.", "2019-05-05",
		   EXPECT("EGY>PSE 0256 asserted 2019-05-05"));
	coder_done(cd, lx, path);
}

/* what a reaction answers is no event, a day between them or not; nor is
 * what a session is held on, past the act's owner */
static void test_un_objects_of_reactions_and_sessions(void **state)
{
	char path[] = "/tmp/dyad-un3-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(un_dict, path, &lx);
	check_with(cd, "The United Nations condemned on Wednesday the Taliban's ban on Afghan women.",
		   "2023-04-05", EXPECT("IGOUNO>AFGGOV 111 asserted 2023-04-05"));
	check_with(cd, "The General Assembly held an emergency session on Russia's invasion of Ukraine.",
		   "2022-02-28", NONE);
	coder_done(cd, lx, path);
}

/* what a text a body adopted or backed demands, in a relative clause or
 * a participle, is the body's demand; a state backing a text only votes */
static void test_un_adopted_texts(void **state)
{
	char path[] = "/tmp/dyad-un4-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(un_dict, path, &lx);
	check_with(cd, "The General Assembly approved a resolution that demanded that Russia withdraw.",
		   "2022-03-02", EXPECT("IGOUNO>RUS 1056 asserted 2022-03-02"));
	check_with(cd, "The General Assembly backed a resolution demanding that Israel withdraw.",
		   "2024-09-18", EXPECT("IGOUNO>ISR 1056 asserted 2024-09-18"));
	check_with(cd, "Egypt backed a resolution demanding that Israel withdraw.", "2024-09-18",
		   NONE);
	coder_done(cd, lx, path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_un_bare_council_and_assembly),
		cmocka_unit_test(test_un_truce_in_a_war_place),
		cmocka_unit_test(test_un_objects_of_reactions_and_sessions),
		cmocka_unit_test(test_un_adopted_texts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
