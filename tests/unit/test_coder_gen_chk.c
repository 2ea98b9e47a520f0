/*
 * test_coder_gen_chk.c - the coder on general rules found in checkset's
 * errors (tests/dev/README.md, `gen-chk`), with the whole default
 * dictionary: a verb group opening with an auxiliary right after "but"
 * shares the subject of the verb before (clause.c, but_aux_joined()); a
 * relative clause on an act noun set off by a comma (", an attack that
 * killed") is the act of the verb before the comma (clause.c,
 * appositive_act_relative(); act_scan.c, appositive_act_verb()); a
 * restrictive "that" right after a place name does not take the place
 * for its antecedent (clause.c, place_before_that()); a participle of
 * alliance after "and" ("and allied militias") keeps the list going
 * (match_pronoun.c, allied_before()); a past form right after a plural
 * that a possessive opens ("their partners took control") is a verb
 * (predicate.c, past_after_plural()); an act joined ("joined a
 * boycott") is the joiner's, "join" a light verb (match.c).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_gen_chk_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* "but did not meet": Obama's act, negated */
	check_with(cd, "Barack Obama visited Japan on Friday but did not meet Prime Minister "
		   "Shinzo Abe.", "2020-03-02",
		   EXPECT("USAELI>JPN 042 asserted 2020-02-28",
			  "USAELI>JPNGOV 040 negated 2020-03-02"));
	/* ", an attack that killed": the jets killed, not Hamas */
	check_with(cd, "Israeli jets struck a Hamas compound in Gaza on Monday, an attack that "
		   "killed 12 civilians.", "2020-03-02",
		   EXPECT("ISRMIL>PSEINSHMS 195 asserted 2020-03-02",
			  "ISRMIL>PSECVL 195 asserted 2020-03-02"));
	/* "a hotel in Kabul that killed": Kabul kills no one */
	check_with(cd, "Taliban fighters stormed a hotel in Kabul that killed 30 people.",
		   "2020-03-02", EXPECT("AFGINSTAL>AFGCVL 180 asserted 2020-03-02"));
	/* "and allied Syrian rebels": both members of the list captured */
	check_with(cd, "Turkish troops and allied Syrian rebels captured the town of Afrin.",
		   "2020-03-02",
		   EXPECT("TURMIL>SYR 192 asserted 2020-03-02",
			  "SYRREB>SYR 192 asserted 2020-03-02"));
	/* "their partners took": the past form after the plural is the
	 * verb, no noun the phrase ends in */
	check_with(cd, "Turkish forces and their partners took control of Afrin on Sunday.",
		   "2020-03-02", EXPECT("TURMIL>SYR 192 asserted 2020-03-01"));
	/* "joined a boycott": the boycott is the joiner's */
	check_with(cd, "Canada joined a boycott of the Chinese games on Monday.", "2020-03-02",
		   EXPECT("CAN>CHN 163 asserted 2020-03-02"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gen_chk_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
