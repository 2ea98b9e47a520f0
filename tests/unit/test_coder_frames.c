/*
 * test_coder_frames.c - the coder on rules found by the frame probe
 * (tests/dev/README.md, `frames`): an act that codes in a bare sentence
 * must code the same when its clause sits in a wire frame.  "according
 * to" is a preposition, not the verb "accord" (match.c, according_to()),
 * and its "to" is no pattern's; a noun after a comma that resumes the
 * act ("..., a move likely to anger Canada") ends a pattern's search
 * (pattern.c); a plain "the country" that is its clause's subject is a
 * state named before (match_anaphor.c, country_subject()); force told by
 * a participle on "cities", "border towns" ... is aimed where its main
 * clause's act was (act_context.c, aim_participle_at_main()); a place's
 * possessive after "at" or "in" is no subject (clause.c).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_frames_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* "according to" after the act: no accord with the media, and
	 * the host's guest stays its target */
	check_with(cd, "France attacked Russia on Monday, according to state media.",
		   "2024-03-11", EXPECT("FRA>RUS 190 asserted 2024-03-11"));
	check_with(cd, "Germany hosted Turkey on Monday, according to state media.",
		   "2024-03-11", EXPECT("DEU>TUR 043 asserted 2024-03-11"));
	/* a resumptive noun: Canada is angered, not the envoy's state */
	check_with(cd, "Brazil on Monday recalled its ambassador from Venezuela, a move "
		   "likely to anger Canada.", "2024-03-11",
		   EXPECT("BRA>VEN 161 asserted 2024-03-11"));
	/* "the country" as a subject is the state named before it ... */
	check_with(cd, "Germany struck Iran on Friday, and the country vowed revenge against "
		   "Germany.", "2024-03-11",
		   EXPECT("DEU>IRN 195 asserted 2024-03-08", "IRN>DEU 138 asserted 2024-03-08"));
	/* ... but not as an object, where it is too often the subject's own */
	check_with(cd, "Iran ordered Afghans to leave the country.", "2024-03-11",
		   EXPECT("IRN>AFGCVL 174 asserted 2024-03-11"));
	/* force by a participle on a place named by its kind: aimed where
	 * the main clause's act was, its weapon picking the subcode */
	check_with(cd, "Turkey launched an offensive against Syria on Wednesday, pounding "
		   "border towns with artillery.", "2024-03-11",
		   EXPECT("TUR>SYR 190 asserted 2024-03-06", "TUR>SYR 194 asserted 2024-03-06"));
	/* a place's possessive after "at" or "in" names no one who acts */
	check_with(cd, "A massive explosion at Beirut's port killed more than 200 people.",
		   "2024-03-11", NONE);
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_frames_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
