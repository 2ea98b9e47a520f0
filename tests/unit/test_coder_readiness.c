/*
 * test_coder_readiness.c - the coder on intent to cooperate told as
 * readiness, agreement, promise or offer (tests/dev/README.md,
 * `readiness`): a cooperative act agreed, promised or stood ready for
 * is the intent to do it (03x, by the act's kind), a truce agreed stays
 * the truce, readiness put with "would" stays the act; readiness stated
 * with "stands" or "remained", or bare in a headline, and offers keep
 * their condition as an intent to meet (036), not a meeting; the
 * patterns of data/dict/verbs-30-readiness.dict with the whole default
 * dictionary; a meeting weighed on a condition is an intent to meet,
 * and aid promised to follow an intent to give it.
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static const char readiness_dict[] =
"actor Russia | Moscow = RUS\n"
"actor Ukraine | Kyiv = UKR\n"
"actor North Korea | Pyongyang = PRK\n"
"actor South Korea | Seoul = KOR\n"
"actor China | Beijing = CHN\n"
"actor United States | Washington = USA\n"
"verb halt = 087\n"
"    * ^ broadcasts against + = 087\n"
"verb cease = 0871\n"
"    * fire against + = 0871\n"
"verb lift\n"
"    * ^ tariffs on + = 085\n"
"verb send\n"
"    * ^ weapons to + = 072\n"
"verb visit = 042\n"
"    * + = 042\n"
"verb negotiate = 046\n"
"    * with + = 046\n"
"verb agree = 030\n"
"verb promise | pledge\n"
"verb say {said}\n";

/* "agreed to halt its broadcasts", "promised to visit Seoul", "stands
 * ready to negotiate with Russia if": the act agreed, promised or
 * stood ready for is the intent to do it, by its kind (act_final.c,
 * intent_told() and intent_for_act()); an agreement is made whatever it
 * hangs on, readiness holds on its condition; so is an act promised
 * in a that-clause ("promised Ukraine that Washington would send"); a
 * truce agreed is the truce, and readiness put with "would" is the act
 * itself */
static void test_readiness_intent_of_act(void **state)
{
	char path[] = "/tmp/dyad-readiness1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(readiness_dict, path, &lx);
	check_with(cd, "South Korea agreed on Tuesday to halt its broadcasts against North Korea.",
		   "2015-08-25", EXPECT("KOR>PRK 0356 asserted 2015-08-25"));
	check_with(cd, "The United States agreed to lift its new tariffs on China if talks went "
		   "well.", "2019-06-29", EXPECT("USA>CHN 0354 asserted 2019-06-29"));
	check_with(cd, "North Korea promised on Wednesday to visit South Korea.", "2018-09-19",
		   EXPECT("PRK>KOR 036 asserted 2018-09-19"));
	check_with(cd, "Ukraine stands ready to negotiate with Russia if Moscow withdraws.",
		   "2022-03-14", EXPECT("UKR>RUS 036 conditional 2022-03-14"));
	check_with(cd, "Russia agreed to cease fire against Ukraine.", "2022-03-14",
		   EXPECT("RUS>UKR 0871 asserted 2022-03-14"));
	/* (an act promised in a that-clause, promised_that()) */
	check_with(cd, "The United States promised Ukraine on Friday that Washington would send "
		   "more weapons to Ukraine.", "2023-05-19",
		   EXPECT("USA>UKR 0332 asserted 2023-05-19"));
	/* (readiness with "would" is the intent too, conditional) */
	check_with(cd, "Ukraine would be ready to negotiate with Russia if Moscow withdraws.",
		   "2022-03-14", EXPECT("UKR>RUS 036 conditional 2022-03-14"));
	coder_done(cd, lx, path);
}

/* Readiness and offers on a condition with the shipped dictionaries:
 * "remained open to talks ..., but only if" (the tagger's verb "open"
 * carries its condition, mode.c, readiness_verb()), a headline's bare
 * "Kim open to talks if", "offered to hold talks if", "offered to
 * resume talks, on condition that": each the intent to meet,
 * conditional, not the meeting (act_final.c) */
static void test_readiness_conditions(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "The Kremlin said on Friday Putin remained open to talks with the United "
		   "States on Ukraine, but only if Washington accepted the annexations.",
		   "2022-12-02", EXPECT("RUSGOV>USA 036 conditional 2022-12-02"));
	check_with(cd, "Kim open to talks with US if it drops denuclearisation demand",
		   "2025-09-22", EXPECT("PRKGOV>USA 036 conditional 2025-09-22"));
	check_with(cd, "North Korea offered to hold talks with the United States if Washington "
		   "lifted sanctions.", "2019-02-28", EXPECT("PRK>USA 036 conditional 2019-02-28"));
	/* (a price past an aside that lists what is offered, mode.c,
	 * price_after()) */
	check_with(cd, "South Korea offered North Korea a large package of economic aid, including "
		   "food and infrastructure, in return for steps toward denuclearisation.",
		   "2022-08-15", EXPECT("KOR>PRK 0331 conditional 2022-08-15"));
	/* (a proviso put after a comma "on condition that", mode.c) */
	check_with(cd, "Russia offered to resume talks with Ukraine, on condition that Kyiv "
		   "drop its demands.", "2022-12-02", EXPECT("RUS>UKR 036 conditional 2022-12-02"));
	coder_done(cd, lx, NULL);
}

/* The patterns of data/dict/verbs-30-readiness.dict, as shipped: a
 * letter handed that invites, mediation one stands ready to accept, an
 * offer to meet accepted, talks proposed with a party, an invitation
 * accepted by the invitee (036 both ways), talks "face to face" one is
 * ready for */
static void test_readiness_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Kim Yo Jong handed President Moon Jae-in a letter from her brother "
		   "inviting him to Pyongyang on Saturday.", "2018-02-10",
		   EXPECT("PRKGOV>KORGOV 036 asserted 2018-02-10"));
	check_with(cd, "Thailand said it was ready to accept Malaysia's offer to host talks with "
		   "Cambodia.", "2025-07-26", EXPECT("THA>MYS 038 asserted 2025-07-26"));
	check_with(cd, "Trump has accepted an offer from Kim Jong Un to meet.", "2018-03-09",
		   EXPECT("USAGOV>PRKGOV 036 asserted 2018-03-09"));
	check_with(cd, "South Korea proposed military talks with North Korea on Monday.",
		   "2017-07-17", EXPECT("KOR>PRK 036 asserted 2017-07-17"));
	check_with(cd, "Moon Jae-in invited Donald Trump to visit South Korea, and Trump "
		   "accepted the invitation.", "2017-06-30",
		   EXPECT("KORGOV>USAGOV 036 asserted 2017-06-30",
			  "USAGOV>KORGOV 036 asserted 2017-06-30"));
	check_with(cd, "Maduro said on Monday he was ready to talk face to face with Trump.",
		   "2025-11-25", EXPECT("VENGOV>USAGOV 036 asserted 2025-11-24"));
	coder_done(cd, lx, NULL);
}

/* a meeting weighed on a condition is held out: an intent to meet
 * (act_final.c weighed_meeting()); one weighed with no condition stays
 * the step weighed */
static void test_readiness_weighed_meeting(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Kim Yo Jong said North Korea could consider holding a summit with South "
		   "Korea, but only if Seoul dropped its hostile policy.", "2021-09-24",
		   EXPECT("PRK>KOR 036 conditional 2021-09-24"));
	check_with(cd, "Iran said on Monday it would consider talks with the United States, "
		   "provided Washington lifted all sanctions first.", "2021-09-27",
		   EXPECT("IRN>USA 036 conditional 2021-09-27"));
	check_with(cd, "Japan is considering a summit with North Korea.", "2021-09-27",
		   EXPECT("JPN>PRK 014 asserted 2021-09-27"));
	coder_done(cd, lx, NULL);
}

/* aid a promise says will follow, with no verb of giving, is the
 * intent to give it (data/dict/verbs-30-readiness.dict) */
static void test_readiness_promised_aid(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Scholz pledged that further assistance would come to Ukraine for as "
		   "long as needed.", "2023-02-19", EXPECT("DEUGOV>UKR 033 asserted 2023-02-19"));
	check_with(cd, "Biden promised Zelensky that more help will follow.", "2023-02-19",
		   EXPECT("USAGOV>UKRGOV 033 asserted 2023-02-19"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_readiness_intent_of_act),
		cmocka_unit_test(test_readiness_conditions),
		cmocka_unit_test(test_readiness_default_dictionary),
		cmocka_unit_test(test_readiness_weighed_meeting),
		cmocka_unit_test(test_readiness_promised_aid),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
