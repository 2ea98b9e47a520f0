/*
 * test_coder_strikes.c - the coder on military force as wire ledes tell
 * it (tests/dev/README.md, `strikes`): strikes called off coded as the
 * strike negated, "them" after a shoot-down read back to the shooters'
 * own list naming no target, a place named after its holder with a word
 * before its place noun, the blame two sides' forces trade made their
 * states', fire returned at the attacker the sentence told first, and
 * the patterns of verbs-30-strikes.dict with
 * the whole default dictionary (targets named by their owner, aircraft
 * by their model, aircraft brought down, warnings to take shelter); an
 * attack said to be likely or to come, guessed at.
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static const char strikes_dict[] =
"actor Israel | Israeli = ISR\n"
"actor Iran | Iranian = IRN\n"
"actor Jordan = JOR\n"
"actor United States | U.S. = USA\n"
"actor Yemen = YEM\n"
"actor Houthis | Houthi = YEMREB\n"
"actor Ras Isa = YEM\n"
"actor Armenia | Armenian = ARM\n"
"actor Azerbaijan | Azerbaijani = AZE\n"
"agent warplanes | forces = MIL\n"
"set ev_warplane = warplanes\n"
"set ev_drones = drones\n"
"verb strike {struck} = 195\n"
"verb exchange\n"
"    $ and + * fire = 190:190\n"
"verb accuse = 112\n"
"verb attack = 190\n"
"verb return = 190\n"
"    * fire = 190\n"
"verb launch = 195\n"
"    * &ev_drones at + = 195\n"
"verb call off\n"
"    * ^ strikes on + = 195\n"
"verb shoot down {shot} = 195\n"
"    * ^ most of + = 195\n";

/* "Israel called off further strikes on Iran": force a verb of calling
 * off reaches by its pattern was never used (coder.c,
 * force_called_off()) */
static void test_strikes_called_off(void **state)
{
	char path[] = "/tmp/dyad-strikes1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(strikes_dict, path, &lx);
	check_with(cd, "Israel called off further strikes on Iran on Tuesday.", "2025-06-24",
		   EXPECT("ISR>IRN 195 negated 2025-06-24"));
	coder_done(cd, lx, path);
}

/* "Israel and Jordan shot down most of them": "them" is what was fired,
 * not one of the shooters listed before the verb; alone it names no
 * target, after a barrage it is the launcher's (act_target.c,
 * them_own_subject()) */
static void test_strikes_them_own_subject(void **state)
{
	char path[] = "/tmp/dyad-strikes2-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(strikes_dict, path, &lx);
	check_with(cd, "Israel and Jordan shot down most of them.", "2024-04-14", NONE);
	check_with(cd, "Iran launched drones at Israel, and Israel and Jordan shot down most "
		   "of them.",
		   "2024-04-14", EXPECT("IRN>ISR 195 asserted 2024-04-14",
					"ISR>IRN 195 asserted 2024-04-14",
					"JOR>IRN 195 asserted 2024-04-14"));
	coder_done(cd, lx, path);
}

/* "struck the Houthi-held Ras Isa fuel port": a place named after its
 * holder stands for the holder with one word before its place noun
 * (match.c, held_places()) */
static void test_strikes_held_place(void **state)
{
	char path[] = "/tmp/dyad-strikes3-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(strikes_dict, path, &lx);
	check_with(cd, "U.S. warplanes struck the Houthi-held Ras Isa fuel port on Thursday.",
		   "2025-04-17", EXPECT("USAMIL>YEMREB 195 asserted 2025-04-17"));
	coder_done(cd, lx, path);
}

/* "Armenian and Azerbaijani forces exchanged fire ..., each side
 * accusing the other": the blame is their states' (act_target.c,
 * forces_blame()); the fire stays the forces' */
static void test_strikes_forces_blame(void **state)
{
	char path[] = "/tmp/dyad-strikes4-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(strikes_dict, path, &lx);
	check_with(cd, "Armenian and Azerbaijani forces exchanged fire on Tuesday, each side "
		   "accusing the other of starting the clashes.", "2022-09-13",
		   EXPECT("ARMMIL>AZEMIL 190 asserted 2022-09-13",
			  "AZEMIL>ARMMIL 190 asserted 2022-09-13",
			  "ARM>AZE 112 asserted 2022-09-13", "AZE>ARM 112 asserted 2022-09-13"));
	coder_done(cd, lx, path);
}

/* "Armenian forces attacked Azerbaijani forces, and Azerbaijan said its
 * forces had returned fire": fire with no target answers the attack the
 * sentence told on the shooter's side, at its doer as coded
 * (act_context.c, seen_attacker()) */
static void test_strikes_returned_fire(void **state)
{
	char path[] = "/tmp/dyad-strikes5-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(strikes_dict, path, &lx);
	check_with(cd, "Armenian forces attacked Azerbaijani forces on Monday, and Azerbaijan "
		   "said its forces had returned fire.", "2020-07-13",
		   EXPECT("ARMMIL>AZEMIL 190 asserted 2020-07-13",
			  "AZEMIL>ARMMIL 190 asserted 2020-07-13"));
	coder_done(cd, lx, path);
}

/* The patterns of data/dict/verbs-30-strikes.dict, as shipped */
static void test_strikes_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* the owner named right before the targets, not the place */
	check_with(cd, "U.S. warplanes struck Islamic State targets in Syria on Tuesday.",
		   "2014-09-23", EXPECT("USAMIL>IMGMUSISI 195 asserted 2014-09-23"));
	check_with(cd, "Israel struck dozens of Iranian military targets in Syria on Thursday.",
		   "2018-05-10", EXPECT("ISR>IRNMIL 195 asserted 2018-05-10"));
	/* a combat aircraft by its model, after its state */
	check_with(cd, "A Turkish F-16 shot down a Russian Su-24 bomber near the Syrian border.",
		   "2015-11-24", EXPECT("TURMIL>RUSMIL 195 asserted 2015-11-24"));
	/* an aircraft brought down by air defence fire; a government is not */
	check_with(cd, "Russian air defence fire brought down an Azerbaijan Airlines "
		   "passenger jet.",
		   "2024-12-26", EXPECT("RUSMIL>AZEBUS 195 asserted 2024-12-26"));
	/* a warning to take shelter is no threat */
	check_with(cd, "Ukrainian officials warned residents to stay in shelters on Tuesday.",
		   "2023-02-14", NONE);
	coder_done(cd, lx, NULL);
}

/* "radar sites in Houthi-controlled territory": land told by its holder
 * alone, or with its state after "in", is the holder's (match_anaphor.c,
 * match_held_territory()) */
static void test_strikes_held_territory(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "U.S. warplanes struck three radar sites in Houthi-controlled territory "
		   "on Thursday.", "2016-10-13",
		   EXPECT("USAMIL>YEMREBHTH 195 asserted 2016-10-13"));
	check_with(cd, "U.S. warplanes struck three radar sites in Houthi-held areas of Yemen "
		   "on Thursday.", "2016-10-13",
		   EXPECT("USAMIL>YEMREBHTH 195 asserted 2016-10-13"));
	coder_done(cd, lx, NULL);
}

/* "struck PKK positions in the mountains of northern Iraq": the group
 * whose name ends in the pattern's word is struck, not the state after
 * "in" (act_target.c, owner_before_place()); so are the users of
 * "facilities ... used by" after a noun of strikes */
static void test_strikes_owner_before_place(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Turkish warplanes struck PKK positions in the mountains of northern Iraq "
		   "on Monday.", "2019-05-27", EXPECT("TURMIL>TURREBPKK 195 asserted 2019-05-27"));
	/* the user after "used by" past the place (verbs-30-strikes.dict) */
	check_with(cd, "The U.S. military carried out air strikes on facilities in eastern Syria "
		   "used by Iran-backed militias.", "2023-10-27",
		   EXPECT("USAMIL>SYRREB 195 asserted 2023-10-27"));
	coder_done(cd, lx, NULL);
}

/* An attack a "be" of doubt says is to come, a modal of a verb that says
 * it comes, or a verb of expectation looks for, is the adjective's
 * actor's, guessed at (after a verb of saying too); one a passive verb
 * tells of is still coded beside it. */
static void test_strikes_expected_attack(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "An Israeli strike on Iranian nuclear facilities is likely within days, "
		   "U.S. officials said.", "2024-10-02",
		   EXPECT("ISRMIL>IRN 195 speculative 2024-10-02"));
	check_with(cd, "Officials said an Israeli strike on Iranian oil facilities was imminent.",
		   "2024-10-02", EXPECT("ISRMIL>IRN 195 speculative 2024-10-02"));
	check_with(cd, "Biden said a Russian assault on Kyiv could come within days.", "2022-02-18",
		   EXPECT("RUS>UKR 190 speculative 2022-02-18"));
	check_with(cd, "The Israeli strike on Iranian nuclear facilities was condemned by China.",
		   "2024-10-27",
		   EXPECT("ISRMIL>IRN 195 asserted 2024-10-27", "CHN>ISR 111 asserted 2024-10-27"));
	/* the object of a verb of expectation, the looker no party */
	check_with(cd, "U.S. officials fear a Russian invasion of Ukraine.", "2022-01-10",
		   EXPECT("RUS>UKR 190 speculative 2022-01-10"));
	check_with(cd, "Officials expect an Iranian strike on Israel within days.", "2024-10-02",
		   EXPECT("IRNMIL>ISR 195 speculative 2024-10-02"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_strikes_called_off),
		cmocka_unit_test(test_strikes_them_own_subject),
		cmocka_unit_test(test_strikes_held_place),
		cmocka_unit_test(test_strikes_held_territory),
		cmocka_unit_test(test_strikes_owner_before_place),
		cmocka_unit_test(test_strikes_forces_blame),
		cmocka_unit_test(test_strikes_returned_fire),
		cmocka_unit_test(test_strikes_default_dictionary),
		cmocka_unit_test(test_strikes_expected_attack),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
