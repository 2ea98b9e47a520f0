/*
 * test_coder_s19_tailc.c - the coder on objects joined by "and" inside
 * one verb's pattern: "resume military aid and intelligence sharing with
 * Kyiv" gives the aid and the sharing, each in the verb's mode and by
 * its subject; "set off a suicide bomb and opened fire on" gives the
 * shooting besides the bombing.  What a halt or cut takes as its objects
 * stays one act, and so do adjectives joined before one noun.
 * Cooperation a pair agrees to resume is promised each to the other.
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_joined_objects(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the aid and the sharing, both to come */
	check_with(cd, "Washington said on Tuesday it would immediately resume military aid and "
		   "intelligence sharing with Kyiv.", "2025-03-11",
		   EXPECT("USA>UKR 072 planned 2025-03-11", "USA>UKR 064 planned 2025-03-11"));
	/* the shooting after the bombing */
	check_with(cd, "Al Shabaab militants set off a suicide bomb and opened fire on people at a "
		   "beach in Mogadishu on Friday.", "2024-08-03",
		   EXPECT("SOMINSSHB>SOMCVL 1831 asserted 2024-08-02",
			  "SOMINSSHB>SOMCVL 180 asserted 2024-08-02"));
	coder_done(cd, lx, NULL);
}

static void test_joined_objects_kept_whole(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* what is paused is no sharing */
	check_with(cd, "The United States paused military aid and intelligence sharing with Ukraine "
		   "on Wednesday.", "2025-03-05", EXPECT("USA>UKR 1214 asserted 2025-03-05"));
	/* adjectives joined before one ceasefire: one act */
	check_with(cd, "Thailand and Cambodia agreed to an immediate and unconditional ceasefire at "
		   "talks in Malaysia on Monday.", "2025-07-28",
		   EXPECT("THA>KHM 044 asserted 2025-07-28", "KHM>THA 044 asserted 2025-07-28",
			  "THA>KHM 0871 asserted 2025-07-28", "KHM>THA 0871 asserted 2025-07-28"));
	coder_done(cd, lx, NULL);
}

static void test_cooperation_resumed(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* cooperation resumed is promised by each to the other (030) */
	check_with(cd, "U.S. President Joe Biden and Chinese President Xi Jinping agreed on Monday "
		   "to resume cooperation on climate change.", "2022-11-14",
		   EXPECT("USAGOV>CHNGOV 030 asserted 2022-11-14", "CHNGOV>USAGOV 030 asserted 2022-11-14"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_joined_objects),
		cmocka_unit_test(test_joined_objects_kept_whole),
		cmocka_unit_test(test_cooperation_resumed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
