/*
 * test_coder_frames_noun.c - the coder on rules found by the noun frame
 * probe (tests/dev/README.md, `frames-noun`): attacks named by a noun with
 * a participle of their doer ("attacks claimed by X", "rockets launched by
 * X on Saturday") code the same as the bare act.  A plural right before a
 * participle and its "by" is a noun (predicate.c, plural_before_agent());
 * a plural an object's count opens is a noun (plural_count()); a bare past
 * after such an agent before a count, or after "on Saturday", is the
 * clause's verb; a participle's patterns stop at the verb after its agent
 * (pattern.c, participle_end()); the agent of "launched by X on Saturday"
 * is the source past the day (act_source.c); such a clause dated "a day
 * after" is not coded (clause.c, before_clause(); act_source.c,
 * agent_phrase_anchored()); an arrest's people come before a place after a
 * preposition (act_context.c).  An attack noun whose verb codes nothing
 * (no actor after it) is the noun's adjective's (act_scan.c,
 * coded_actor_after()); "killed in the Russian invasion of" names the
 * attacker (act_source.c, in_strike_by()); the dead after "killed" are
 * not sought past a comma (act_scan.c, act_dead_after()).  "welcomed U.S.
 * sanctions" praises their owner (verbs-01-05.dict); "condemned the
 * Russian invasion of Ukraine" rebukes the doer before the noun
 * (verbs-06-13.dict).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_frames_noun_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* "attacks" before "claimed by" is a noun, "hit" before a count the
	 * verb, "plants" after the count a noun */
	check_with(cd, "Drone attacks claimed by the Houthis hit two Saudi oil plants on Saturday.",
		   "2024-03-11", EXPECT("YEMREBHTH>SAU 195 asserted 2024-03-09",
					"YEMREBHTH>SAU 015 asserted 2024-03-09"));
	/* "claimed * &ev_attack_n" does not reach the verb "struck" */
	check_with(cd, "Strikes claimed by the Houthis struck two Saudi oil plants on Saturday, "
		   "officials said.", "2024-03-11",
		   EXPECT("YEMREBHTH>SAU 195 asserted 2024-03-09",
			  "YEMREBHTH>SAU 015 asserted 2024-03-09"));
	/* a count opens the object of "hit" as an article does */
	check_with(cd, "Missiles fired by Russia hit two Ukrainian power stations on Saturday.",
		   "2024-03-11", EXPECT("RUS>UKR 195 asserted 2024-03-09"));
	/* the agent past the day between it and the verb */
	check_with(cd, "Rockets launched by Hezbollah on Saturday hit two Israeli army posts.",
		   "2024-03-11", EXPECT("LBNINSHEZ>ISRMIL 194 asserted 2024-03-09"));
	/* an attack in a clause dated "hours after" is not coded */
	check_with(cd, "Israeli jets bombed ports held by the Houthis on Thursday, hours after a "
		   "missile fired by the group damaged a school in Ramat Gan.", "2024-03-11",
		   NONE);
	/* an arrest's people, not the place after "in raids across" */
	check_with(cd, "Police arrested the suspects in raids across Colombo.", "2024-03-11",
		   EXPECT("LKACOP>LKACVL 173 asserted 2024-03-11"));
	/* a verb with no coded actor after it leaves the attack to the
	 * noun its adjective owns (act_scan.c, coded_actor_after()) */
	check_with(cd, "The Russian invasion of Ukraine killed five people on Monday.",
		   "2024-03-11", EXPECT("RUS>UKRCVL 190 asserted 2024-03-11"));
	/* an invasion is a strike a passive befell in (in_strike_by()) */
	check_with(cd, "Five people were killed in the Russian invasion of Ukraine on Monday.",
		   "2024-03-11", EXPECT("RUS>UKR 190 asserted 2024-03-11"));
	/* the dead are not sought past a comma, where the reporter is */
	check_with(cd, "Russia's attack on Ukraine has killed five people, the foreign ministry "
		   "said on Monday.", "2024-03-11", EXPECT("RUS>UKRCVL 190 asserted 2024-03-11"));
	/* a welcomed act is its owner's praise, as a praised one
	 * (data/dict/verbs-01-05.dict, "verb welcome") */
	check_with(cd, "Canada welcomed U.S. sanctions on Iran on Monday.", "2024-03-11",
		   EXPECT("CAN>USA 051 asserted 2024-03-11"));
	/* the doer named before a harm of someone is the one rebuked
	 * (verbs-06-13.dict, "* the + &n11_harm_n of") */
	check_with(cd, "Canada condemned the Russian invasion of Ukraine on Monday.",
		   "2024-03-11", EXPECT("CAN>RUS 111 asserted 2024-03-11"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_frames_noun_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
