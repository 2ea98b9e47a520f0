/*
 * test_coder_gen_dv7.c - the coder on general rules found in devset7's
 * errors (tests/dev/README.md, `gen-dv7`), with the whole default
 * dictionary: the "he" of a subjectless "but said" (match_pronoun.c,
 * elided_speaker_verb()); ", provided X did" as a condition and an
 * agreement on a condition (mode.c, bare_proviso(); act_final.c); a name
 * right after a possessive a preposition governs (match_pronoun.c); the
 * subject of ", and demanded" after "X said that ..." (clause.c,
 * said_and_subject()); an infinitive after a passive of feeling
 * (clause.c, felt_passive()); "but offered" past a participle on a noun
 * (clause.c, noun_past_participle()); the infinitive after "no choice
 * but" (clause.c, no_choice_but()).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_gen_dv7_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* "but said he": the first clause's subject, not the last man named */
	check_with(cd, "Obama on Tuesday cancelled his talks with Rodrigo Duterte in Laos, "
		   "citing the insults of a recent Philippine statement, but said he still "
		   "hoped to meet the Philippine leader later.", "2016-09-06",
		   EXPECT("USAGOV>PHLGOV 164 asserted 2016-09-06",
			  "USAGOV>PHLGOV 036 asserted 2016-09-06"));
	/* ", provided ...": a condition; a pattern ends before it */
	check_with(cd, "Prime Minister Keir Starmer said on Friday Britain planned to recognise "
		   "the State of Palestine next month, provided the Palestinian Authority held "
		   "elections.", "2025-08-01",
		   EXPECT("GBR>PSE 054 conditional 2025-08-01"));
	/* an agreement on a condition stays the intent (036), both ways;
	 * the condition is no act */
	check_with(cd, "Joe Biden and Vladimir Putin agreed in principle to a summit, provided "
		   "Russia did not attack Ukraine.", "2022-02-21",
		   EXPECT("USAGOV>RUSGOV 036 conditional 2022-02-21",
			  "RUSGOV>USAGOV 036 conditional 2022-02-21"));
	/* "in Ukraine's Donbas region": no subject of "killed" */
	check_with(cd, "Russian troops fighting in Ukraine's Donbas region killed dozens of "
		   "civilians on Monday.", "2021-03-01",
		   EXPECT("RUSMIL>UKRCVL 190 asserted 2021-03-01"));
	/* ", and demanded" after "said that ...": the speaker's demand */
	check_with(cd, "Emmanuel Macron said on Wednesday that laboratory tests had given clear "
		   "evidence that opposition leader Alexei Navalny was poisoned with a nerve "
		   "agent, and demanded that the Russian government explain itself.",
		   "2020-09-02",
		   EXPECT("RUSCVL>RUSOPP 185 asserted 2020-09-02",
			  "FRAGOV>RUSGOV 100 asserted 2020-09-02"));
	/* "would be honoured to meet": the one honoured meets */
	check_with(cd, "Moon Jae-in said on Tuesday he would be honoured to meet Kim Jong Un in "
		   "Pyongyang.", "2018-05-01",
		   EXPECT("KORGOV>PRKGOV 040 planned 2018-05-01"));
	/* "but offered" joins "rejected", not "delivered" */
	check_with(cd, "The European Union rejected Russia's demands in a letter delivered on "
		   "Wednesday, but offered talks on arms control.", "2022-01-26",
		   EXPECT("IGOEUREEC>RUS 120 asserted 2022-01-26",
			  "IGOEUREEC>RUS 036 asserted 2022-01-26"));
	/* "had no choice but to attack": the act of the subject of "had";
	 * after "would", yet to come */
	check_with(cd, "Turkey said on Monday it had no choice but to attack Kurdish militants "
		   "in Syria.", "2017-09-19",
		   EXPECT("TUR>SYRREB 190 asserted 2017-09-19"));
	check_with(cd, "The Japanese government said on Monday that Japan would have no choice "
		   "but to attack North Korea.", "2017-09-19",
		   EXPECT("JPN>PRK 190 planned 2017-09-19"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gen_dv7_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
