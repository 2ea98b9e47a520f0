/*
 * test_coder_verdicts.c - the coder on leaders' verdicts on their talks,
 * summits and relations (tests/dev/README.md, `verdicts`): a verdict
 * whose pattern names the talks but no party aimed at the one other
 * state the sentence names (act_context.c, act_verdict_other_party()),
 * and the patterns of verbs-31-verdicts.dict with the whole default
 * dictionary (ratings of talks with a party named, ties at a low point,
 * talks at a dead end, a pair's shared view, a pair rating its own
 * meeting, a deal near).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static const char verdicts_dict[] =
"actor United States | Washington = USA\n"
"actor North Korea | Pyongyang = PRK\n"
"actor South Korea | Seoul = KOR\n"
"set x8_be = was | were | had been\n"
"set v_talk = talks | meeting\n"
"set v_upbeat = tremendous | constructive\n"
"verb say {said said}\n"
"    * ^ the &v_talk ^ &x8_be ^ &v_upbeat = 013\n"
"verb warn\n"
"    * ^ of a disaster = 012\n";

/* "Washington met Pyongyang ..., and Washington said the talks had been
 * tremendous": the verdict on talks naming no party is at the other
 * party the sentence names; with parties of two other states it is at
 * no one; a verdict whose pattern names no talks is left alone */
static void test_verdicts_other_party(void **state)
{
	char path[] = "/tmp/dyad-verdicts1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(verdicts_dict, path, &lx);
	check_with(cd, "Washington held a summit with Pyongyang on Tuesday, and Washington said "
		   "the talks had been tremendous.", "2018-06-12",
		   EXPECT("USA>PRK 013 asserted 2018-06-12"));
	check_with(cd, "Pyongyang and Seoul sent envoys on Friday, and Washington said the "
		   "talks had been constructive.", "2018-04-27", NONE);
	check_with(cd, "Pyongyang blamed Seoul for the leaflets and warned of a disaster.",
		   "2024-10-11", NONE);
	coder_done(cd, lx, path);
}

/* The patterns of data/dict/verbs-31-verdicts.dict, as shipped */
static void test_verdicts_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* a summit rated after "that", the other party after "with" */
	check_with(cd, "Joe Biden said that his summit with Vladimir Putin had been good and "
		   "positive.", "2021-06-16", EXPECT("USAGOV>RUSGOV 013 asserted 2021-06-16"));
	/* a pair's positions that coincide: each at the other */
	check_with(cd, "Xi Jinping and Vladimir Putin said their positions on Ukraine largely "
		   "coincided.", "2023-03-21",
		   EXPECT("CHNGOV>RUSGOV 019 asserted 2023-03-21",
			  "RUSGOV>CHNGOV 019 asserted 2023-03-21"));
	/* ties at a low point, talks at a dead end */
	check_with(cd, "Rex Tillerson said relations between the United States and Russia were "
		   "at a low point.", "2017-04-12", EXPECT("USAGOV>RUS 012 asserted 2017-04-12"));
	check_with(cd, "Vladimir Putin said peace talks with Ukraine had hit a dead end.",
		   "2022-04-12", EXPECT("RUSGOV>UKR 012 asserted 2022-04-12"));
	/* close to a deal: optimism, no deal */
	check_with(cd, "Donald Trump said the United States was very close to securing a "
		   "nuclear deal with Iran.", "2025-05-15",
		   EXPECT("USAGOV>IRN 013 asserted 2025-05-15"));
	/* a pair rating its own meeting; one who met rating the meeting */
	check_with(cd, "Donald Trump and Vladimir Putin met in Helsinki, and both leaders "
		   "called the meeting a success.", "2018-07-16",
		   EXPECT("USAGOV>RUSGOV 044 asserted 2018-07-16",
			  "RUSGOV>USAGOV 044 asserted 2018-07-16",
			  "USAGOV>RUSGOV 013 asserted 2018-07-16",
			  "RUSGOV>USAGOV 013 asserted 2018-07-16"));
	check_with(cd, "Donald Trump met Xi Jinping in Busan and called the meeting amazing.",
		   "2025-10-30", EXPECT("USAGOV>CHNGOV 044 asserted 2025-10-30",
					"USAGOV>CHNGOV 013 asserted 2025-10-30"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_verdicts_other_party),
		cmocka_unit_test(test_verdicts_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
