/*
 * test_coder_combat2.c - the coder on ground, sea and air fighting
 * (tests/dev/README.md, `combat2`), with the whole default dictionary:
 * ground held by a side named before a preposition is a noun
 * (predicate.c, held_ground_plural()); a town captured in a region is
 * taken from the region's state (event.c); land held by unnamed rebels
 * is theirs in fighting (match_anaphor.c, match_rebel_held()); "the
 * town" or "the city" stands for the place named before it
 * (match_town_anaphors()); a gerund with a bare plural object after
 * "with" and an actor is that actor's verb (predicate.c,
 * absolute_gerund()); "fought back" answers the attack told first
 * (act_context.c, act_story_intercepts());
 * and the patterns of verbs-32-combat.dict and the "fight for" fix of
 * verbs-14-20.dict.
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_combat2_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* "rebel positions near": a noun, no call-up by the rebels (a state's
	 * helicopters are its forces) */
	check_with(cd, "Macedonian helicopters and tanks pounded ethnic Albanian rebel positions "
		   "near the northern city of Kumanovo on Monday, a government spokesman said.",
		   "2001-05-07", EXPECT("MKDMIL>MKDREB 195 asserted 2001-05-07"));
	/* a town taken in a region named only as a place */
	check_with(cd, "Fano fighters captured the town of Debre Tabor in the Amhara region on "
		   "Tuesday.", "2021-08-10", EXPECT("ETHREBFAN>ETH 192 asserted 2021-08-10"));
	/* land held by rebels no name gives: the rebels of the striker's state */
	check_with(cd, "Syrian government warplanes bombed rebel-held areas near Idlib on Monday, "
		   "state media said.", "2019-05-06",
		   EXPECT("SYRMIL>SYRREB 195 asserted 2019-05-06"));
	check_with(cd, "Syrian government forces seized the rebel-held town of Kafr Nabudah on "
		   "Monday.", "2018-02-19", EXPECT("SYRMIL>SYRREB 192 asserted 2018-02-19"));
	/* "the city": the place named before it */
	check_with(cd, "Islamic State fighters withdrew from Raqqa on Tuesday and Kurdish-led "
		   "forces took control of the city.", "2017-06-13",
		   EXPECT("IMGMUSISI>SYR 0874 asserted 2017-06-13",
			  "---REB>SYR 192 asserted 2017-06-13"));
	/* resistance met is no meeting */
	check_with(cd, "Rebel fighters entered Tripoli on Monday and met little resistance from "
		   "government troops.", "2011-08-22",
		   EXPECT("---REB>LBY 192 asserted 2011-08-22"));
	/* the advance strikes are to halt is no yield of the striker's */
	check_with(cd, "Britain launched air strikes on Islamic State fighters in Iraq on Friday "
		   "to halt their advance on Erbil.", "2014-08-08",
		   EXPECT("GBR>IMGMUSISI 195 asserted 2014-08-08"));
	/* fighters "blamed for" an attack accuse no one */
	check_with(cd, "Nigerian troops killed 20 Boko Haram fighters blamed for the abduction of "
		   "schoolgirls.", "2015-03-02",
		   EXPECT("NGAMIL>NGAINSBKH 190 asserted 2015-03-02"));
	/* a side driven from ground */
	check_with(cd, "Kurdish fighters drove Islamic State from Kobani on Monday.", "2015-01-26",
		   EXPECT("---REB>IMGMUSISI 190 asserted 2015-01-26"));
	/* a siege pressed */
	check_with(cd, "Russian forces pressed their siege of Chernihiv on Sunday.", "2022-03-20",
		   EXPECT("RUSMIL>UKR 191 asserted 2022-03-20"));
	/* troops sent against a side */
	check_with(cd, "Myanmar's junta sent troops against Arakan Army fighters in Rakhine state "
		   "on Monday.", "2024-03-04", EXPECT("MMRGOV>MMRREBARA 190 asserted 2024-03-04"));
	/* shells fired onto a place */
	check_with(cd, "North Korea fired artillery shells onto the South Korean island of "
		   "Baengnyeong on Friday.", "2010-11-26",
		   EXPECT("PRK>KOR 194 asserted 2010-11-26"));
	/* forces trying to ring a city besiege it */
	check_with(cd, "Russian troops tried to encircle Kharkiv on Saturday, Ukrainian officials "
		   "said.", "2022-03-05", EXPECT("RUSMIL>UKR 191 asserted 2022-03-05"));
	/* rocket fire kept up */
	check_with(cd, "Hezbollah kept up rocket fire at northern Israel on Sunday.", "2023-10-15",
		   EXPECT("LBNINSHEZ>ISR 194 asserted 2023-10-15"));
	/* "for hours ... after troops": no side fought for (a battle is
	 * fought both ways) */
	check_with(cd, "Colombian soldiers battled ELN guerrillas for hours on Sunday after troops "
		   "raided a rebel camp.", "2021-03-07",
		   EXPECT("COLMIL>COLREBELN 190 asserted 2021-03-07",
			  "COLREBELN>COLMIL 190 asserted 2021-03-07",
			  "COLMIL>---REB 190 asserted 2021-03-07"));
	/* an absolute "with" clause whose gerund takes a bare plural */
	check_with(cd, "Clashes spread along the frontier on Friday, with Thailand firing shells "
		   "into Cambodia.", "2025-07-25", EXPECT("THA>KHM 194 asserted 2025-07-25"));
	/* "fought back" answers the attack told first */
	check_with(cd, "Armenian troops shelled Azerbaijani positions near Tovuz on Monday, and "
		   "Azerbaijani forces fought back, officials said.", "2020-07-13",
		   EXPECT("ARMMIL>AZEMIL 194 asserted 2020-07-13",
			  "AZEMIL>ARMMIL 190 asserted 2020-07-13"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_combat2_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
