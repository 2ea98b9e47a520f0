/*
 * test_coder_maritime.c - the coder on the sea's language: transits of
 * the Taiwan Strait, attacks on ships by armed groups, water cannon,
 * detentions and seizures of ships, merchant ships' passages, ships
 * named after their kind, verbs after a participle's phrase, and the toll
 * of a coast guard's coercion.
 *
 * Each case codes one article against a small native dictionary written
 * here and compares the events, rendered as "SOURCE>TARGET CODE mode
 * date", with the expected list (coder_check.h).
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "coder_check.h"

static const char maritime_dict[] =
"actor China | Chinese | Beijing = CHN\n"
"actor Taiwan | Taiwanese = TWN\n"
"actor United States | U.S. = USA\n"
"actor Canada | Canadian = CAN\n"
"actor Germany | German = DEU\n"
"actor Vietnam = VNM\n"
"actor Da Nang = VNM\n"
"actor Philippines | Philippine = PHL\n"
"actor Iran = IRN\n"
"actor Panama-flagged = PANBUS\n"
"actor Greek-flagged = GRCBUS\n"
"actor Cook Islands-registered = COKBUS\n"
"actor Houthis | Houthi = YEMREB\n"
"actor Finland | Finnish = FIN\n"
"agent coast guard | destroyer | frigate | warships | aircraft carrier = MIL\n"
"agent police = COP\n"
"agent fisheries boats = GOV\n"
"agent tanker | oil tanker = BUS\n"
"set m15_vessel = boats | boat | vessels | tanker\n"
"verb sail = 150\n"
"verb cross\n"
"    * the median line ^ + = 150\n"
"verb attack = 190\n"
"verb fire\n"
"    * water cannon at + = 175\n"
"verb blast\n"
"    * + ^ with water cannon = 170\n"
"verb injure {injured injuring} = 182\n"
"verb detain = 173\n"
"verb seize = 181\n"
"verb shoot down = 195\n"
"verb arrive\n"
"    * in + = 042\n";

static void test_maritime_transits_and_ship_targets(void **state)
{
	char path[] = "/tmp/dyad-maritime-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(maritime_dict, path, &lx);
	/* another state's warships passing through the Taiwan Strait show
	 * force to China; China's own crossing its median line to Taiwan */
	check_with(cd, "A U.S. destroyer and a Canadian frigate sailed through the Taiwan Strait "
		   "on Saturday.", "2023-06-03",
		   EXPECT("USAMIL>CHN 150 asserted 2023-06-03", "CANMIL>CHN 150 asserted 2023-06-03"));
	check_with(cd, "Chinese warships crossed the median line of the Taiwan Strait on Saturday.",
		   "2022-08-06", EXPECT("CHNMIL>TWN 150 asserted 2022-08-06"));
	/* an armed group's attack on a ship is an armed attack (190), not
	 * terror (180) */
	check_with(cd, "The Houthis attacked the Greek-flagged oil tanker Sounion on Wednesday.",
		   "2024-08-21", EXPECT("YEMREB>GRCBUS 190 asserted 2024-08-21"));
	/* water cannon at ships coerces them (170), even when the verb's
	 * own pattern reads a crowd (175) */
	check_with(cd, "Chinese coast guard ships fired water cannon at Philippine fisheries boats "
		   "on Saturday.", "2023-12-09", EXPECT("CHNMIL>PHLGOV 170 asserted 2023-12-09"));
	/* a ship detained, or seized by a state, is property impounded */
	check_with(cd, "Finnish police detained the Cook Islands-registered oil tanker Eagle S on "
		   "Thursday.", "2024-12-26", EXPECT("FINCOP>COKBUS 1711 asserted 2024-12-26"));
	check_with(cd, "Iran seized the Panama-flagged tanker Niovi on Wednesday.", "2023-05-03",
		   EXPECT("IRN>PANBUS 1711 asserted 2023-05-03"));
	check_with(cd, "The Houthis seized the Panama-flagged tanker on Sunday.", "2023-11-19",
		   EXPECT("YEMREB>PANBUS 181 asserted 2023-11-19"));
	/* a merchant ship's passage shows no one force */
	check_with(cd, "The Panama-flagged tanker sailed past Iran on Wednesday.", "2023-05-03", NONE);
	coder_done(cd, lx, path);
}

static void test_maritime_ship_names_and_tolls(void **state)
{
	char path[] = "/tmp/dyad-maritime-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(maritime_dict, path, &lx);
	/* a ship's name after its kind is the ship, not a person */
	check_with(cd, "The German frigate Hessen shot down two Houthi drones on Tuesday.",
		   "2024-02-27", EXPECT("DEUMIL>YEMREB 195 asserted 2024-02-27"));
	/* the verb after a present participle's phrase on the subject */
	check_with(cd, "A German frigate sailing in a European naval mission shot down two Houthi "
		   "drones on Tuesday.", "2024-02-27", EXPECT("DEUMIL>YEMREB 195 asserted 2024-02-27"));
	/* a navy's prefix after the ship's kind names the navy */
	check_with(cd, "The aircraft carrier USS Carl Vinson arrived in Da Nang on Monday.",
		   "2018-03-05", EXPECT("USAMIL>VNM 042 asserted 2018-03-05"));
	/* the injuries of a coast guard's coercion are its toll */
	check_with(cd, "Chinese coast guard ships blasted a Philippine boat with water cannon, "
		   "injuring four crew members.", "2024-03-05",
		   EXPECT("CHNMIL>PHL 170 asserted 2024-03-05"));
	coder_done(cd, lx, path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_maritime_transits_and_ship_targets),
		cmocka_unit_test(test_maritime_ship_names_and_tolls),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
