/*
 * test_coder_drills.c - the coder on shows of force (tests/dev/README.md,
 * `drills`): a call-up, alert or show of force that names no target aimed
 * at the side the sentence sets it against or at the subject of the
 * "after" clause it answers (never across a time anchor), an alert at
 * another state's forces aimed at their state, aircraft met by
 * interceptors read as the foe's warplanes, and the patterns of
 * verbs-31-drills.dict with the whole default dictionary (air defence
 * zones, carriers sent in support, troops sent to reassure an ally).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static const char drills_dict[] =
"actor Armenia = ARM\n"
"actor Azerbaijan | Azerbaijani = AZE\n"
"actor South Korea = KOR\n"
"actor North Korea | North Korean = PRK\n"
"actor Pakistan = PAK\n"
"actor India | Indian = IND\n"
"agent military | forces | soldiers | warplanes = MIL\n"
"verb declare\n"
"noun mobilisation\n"
"    general ~ * = 154\n"
"verb attack = 190\n"
"verb fire\n"
"    * warning shots = 150\n"
"verb put\n"
"    * ^ on high alert = 152\n"
"verb cross = 150\n"
"    * the line = ---\n"
"    * the border = ---\n";

/* "declared a general mobilisation after Azerbaijani forces attacked":
 * a call-up by its noun, aimed at the "after" clause's subject's state
 * (act_target.c, target_call_up_answers()); none across a time anchor */
static void test_drills_call_up_answers(void **state)
{
	char path[] = "/tmp/dyad-drills1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(drills_dict, path, &lx);
	check_with(cd, "Armenia declared a general mobilisation after Azerbaijani forces attacked.",
		   "2020-09-27", EXPECT("ARM>AZE 154 asserted 2020-09-27"));
	check_with(cd, "Armenia declared a general mobilisation after clashes with Azerbaijan.",
		   "2020-09-27", EXPECT("ARM>AZE 154 asserted 2020-09-27"));
	check_with(cd, "Armenia declared a general mobilisation, a day after Azerbaijani forces "
		   "attacked.", "2020-09-27", NONE);
	coder_done(cd, lx, path);
}

/* "fired warning shots after North Korean soldiers crossed the line":
 * a show of force answers the doer as named; an alert answers its state */
static void test_drills_answers_doer(void **state)
{
	char path[] = "/tmp/dyad-drills2-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(drills_dict, path, &lx);
	check_with(cd, "South Korea's military fired warning shots after North Korean soldiers "
		   "crossed the line.", "2024-06-09", EXPECT("KORMIL>PRKMIL 150 asserted 2024-06-09"));
	check_with(cd, "Pakistan put its forces on high alert after Indian warplanes crossed the "
		   "border.", "2019-02-26", EXPECT("PAK>IND 152 asserted 2019-02-26"));
	coder_done(cd, lx, path);
}

/* verbs-31-drills.dict and match_names.c with the default dictionary */
static void test_drills_default(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "TAIPEI, April 20 (Reuters) - Taiwan's air force scrambled jets to warn away "
		   "nine Chinese aircraft that entered its air defence zone.", "2022-04-20",
		   EXPECT("TWNMIL>CHNMIL 150 asserted 2022-04-20", "CHNMIL>TWN 150 asserted 2022-04-20"));
	check_with(cd, "WASHINGTON, Oct 14 (Reuters) - The Pentagon ordered the aircraft carrier "
		   "USS Dwight D. Eisenhower to the eastern Mediterranean in a show of support for "
		   "Israel.", "2023-10-14", EXPECT("USAGOV>ISR 074 asserted 2023-10-14"));
	check_with(cd, "WASHINGTON, Feb 11 (Reuters) - President Joe Biden ordered 3,000 more U.S. "
		   "troops to Poland to reassure NATO allies.", "2022-02-11",
		   EXPECT("USAGOV>POL 074 asserted 2022-02-11"));
	check_with(cd, "KYIV, Feb 24 (Reuters) - President Volodymyr Zelensky ordered a general "
		   "mobilisation after Russian forces launched an invasion of Ukraine.", "2022-02-24",
		   EXPECT("UKRGOV>RUS 154 asserted 2022-02-24", "RUSMIL>UKR 190 asserted 2022-02-24"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_drills_call_up_answers),
		cmocka_unit_test(test_drills_answers_doer),
		cmocka_unit_test(test_drills_default),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
