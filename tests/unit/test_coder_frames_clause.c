/*
 * test_coder_frames_clause.c - the coder on rules found by the clause
 * probe (tests/dev/README.md, `frames-clause`): two acts, each coded
 * right when bare, in one sentence's clauses must both come out with
 * their own source, target and root.  A relative clause's verb whose
 * pattern ran past its closing comma chooses again within the clause
 * (coder.c, relative_rechosen()), and a date in such an aside dates
 * only what it tells (event.c, clause_distance()); a participle after a
 * comma opens a clause whose words no pattern before it takes, unless
 * the pattern names the participle (pattern.c, participle_clause_at());
 * a finite verb joined by ", and" after an attribution ("..., the
 * ministry said, and launched") is the clause's subject's, not the
 * speaker's (clause.c, said_between()); "A, B and C were among the
 * countries that V" is each one's act (clause.c, among_those_that());
 * a gerund with an object after "responded by", "retaliated by" is a
 * verb, the reply (predicate.c, reply_by_gerund()), whose subject is
 * the reply verb's, in a relative clause too (clause.c).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_frames_clause_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* the relative clause's rejection, dated by its own "last year";
	 * the pledge on Monday */
	check_with(cd, "Iran, which rejected a proposal from Israel last year, pledged military "
		   "aid to Canada on Monday.", "2024-03-11",
		   EXPECT("IRN>ISR 120 asserted 2023", "IRN>CAN 0332 asserted 2024-03-11"));
	/* the recall is from China; the apology is Germany's */
	check_with(cd, "Mexico recalled its ambassador from China, apologising to Germany.",
		   "2024-03-11",
		   EXPECT("MEX>CHN 161 asserted 2024-03-11", "MEX>DEU 055 asserted 2024-03-11"));
	/* the sanctions threatened are no weapon of the attack */
	check_with(cd, "China attacked Turkey on Monday, threatening Venezuela with sanctions.",
		   "2024-03-11",
		   EXPECT("CHN>TUR 190 asserted 2024-03-11", "CHN>VEN 1312 asserted 2024-03-11"));
	/* an attribution set between two verbs of one subject: the strikes
	 * are Germany's, not the ministry's */
	check_with(cd, "Germany condemned Venezuela on Monday, the ministry said, and launched "
		   "air strikes on Mexico.", "2024-03-11",
		   EXPECT("DEU>VEN 111 asserted 2024-03-11", "DEU>MEX 195 asserted 2024-03-11"));
	/* a list that was "among the countries that" acted: each did */
	check_with(cd, "France, Spain and Ireland were among the countries that recognised "
		   "Palestine on Monday.", "2024-03-11",
		   EXPECT("FRA>PSE 054 asserted 2024-03-11", "ESP>PSE 054 asserted 2024-03-11",
			  "IRL>PSE 054 asserted 2024-03-11"));
	/* a reply's gerund after "responded by", in a relative clause: the
	 * responder's condemnation */
	check_with(cd, "Spain sent aid to Iran, to which Iran responded by condemning Spain.",
		   "2024-03-11",
		   EXPECT("ESP>IRN 070 asserted 2024-03-11", "IRN>ESP 111 asserted 2024-03-11"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_frames_clause_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
