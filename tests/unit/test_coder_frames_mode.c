/*
 * test_coder_frames_mode.c - the coder on modality frames found by the
 * mode probe (tests/dev/README.md, `frames-mode`): an act that codes in a
 * bare sentence keeps its source, target and root when it is planned,
 * conditional, guessed at or denied, and takes the mode the frame gives.
 * A lone official named by a title ("Spain's foreign minister", "the
 * defence minister of Poland") is the "he" of his own reported clause
 * (match_pronoun.c, titled_one()); a condition after the infinitive that
 * a modal act's pattern takes is the act's (mode.c, mode_resolve()); a
 * price inside the act's pattern is its condition (mode.c,
 * price_within()); an act a verb of deciding or planning codes through
 * its own "to V" pattern is planned (act_final.c, planned_by_own_pattern());
 * "will only V ... after/when" a clause is conditional (mode.c,
 * modal_only_before()); "is preparing to" takes none of the readiness
 * patterns written for "was prepared to" (pattern.c, preparing_not_ready());
 * a plain "the country" before a modal is a state named before
 * (match_anaphor.c, country_subject()); a bare "would not" is no
 * condition (mode.c, mode_resolve()).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_frames_mode_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* "said he would": the titled speaker's own visit, to come */
	check_with(cd, "Spain's foreign minister said he would visit Morocco next week.",
		   "2024-03-11", EXPECT("ESPGOV>MAR 042 planned 2024-03-18"));
	check_with(cd, "The defence minister of Poland said he would meet Ukraine's defence "
		   "minister.", "2024-03-11", EXPECT("POLGOV>UKRGOV 040 planned 2024-03-11"));
	/* a condition after the urged act holds the urging, which a
	 * "could" alone would leave guessed at ... */
	check_with(cd, "Spain could urge Morocco to free the fishermen if the talks collapse.",
		   "2024-03-11", EXPECT("ESP>MAR 0253 conditional 2024-03-11"));
	/* ... or a "will" planned */
	check_with(cd, "Poland will call on Belarus to withdraw its troops only if Lithuania "
		   "agrees.", "2024-03-11", EXPECT("POL>BLR 0256 conditional 2024-03-11"));
	/* a price the rebuke's pattern takes as its object */
	check_with(cd, "Chile will condemn Peru in return for a ceasefire.", "2024-03-11",
		   EXPECT("CHL>PER 111 conditional 2024-03-11"));
	/* an embargo decided on is still to come, however the deciding
	 * verb's own pattern took it */
	check_with(cd, "Chile has decided to ban imports from Peru.", "2024-03-11",
		   EXPECT("CHL>PER 163 planned 2024-03-11"));
	/* "will only ... after": the clause of time is the condition */
	check_with(cd, "Spain will only lift sanctions on Morocco after Rabat frees the "
		   "fishermen.", "2024-03-11", EXPECT("ESP>MAR 085 conditional 2024-03-11"));
	/* "is preparing to" is a plan, the talks to come; "was prepared
	 * to" stays the readiness, an intent */
	check_with(cd, "Chile is preparing to hold talks with Peru.", "2024-03-11",
		   EXPECT("CHL>PER 040 planned 2024-03-11", "PER>CHL 040 planned 2024-03-11"));
	check_with(cd, "Chile said it was prepared to hold talks with Peru.", "2024-03-11",
		   EXPECT("CHL>PER 036 asserted 2024-03-11"));
	/* "the country" before a modal is the state named before, as
	 * before a verb */
	check_with(cd, "Spain's president said the country would send aid to Morocco.",
		   "2024-03-11", EXPECT("ESP>MAR 070 planned 2024-03-11"));
	/* a bare "would not" with no condition or speaker is a denial of
	 * one's own conduct, not a threat on a condition */
	check_with(cd, "Chile would not impose sanctions on Peru.", "2024-03-11",
		   EXPECT("CHL>PER 163 negated 2024-03-11"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_frames_mode_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
