/*
 * test_coder_assault.c - the coder on assault and unconventional mass
 * violence (CAMEO 18 and 20; tests/dev/README.md, `assault`): the agent
 * of a passive behind describing words, verbs in a series that share
 * their subject and object, bombs and vehicles that go off or are driven
 * into people with words between them and their verb, and blame laid
 * through "a hand in" a killing (with the whole default dictionary).
 *
 * Each case codes one article against a small native dictionary written
 * here and compares the events, rendered as "SOURCE>TARGET CODE mode
 * date", with the expected list (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static const char assault_dict[] =
"actor France | French | Paris = FRA\n"
"actor Russia | Russian | Moscow = RUS\n"
"actor Turkey | Turkish | Ankara = TUR\n"
"actor Ukraine | Ukrainian | Kyiv = UKR\n"
"actor Afghanistan | Afghan | Kabul = AFG\n"
"actor Spain | Barcelona = ESP\n"
"person Vladimir Putin | Putin\n"
"    = RUSGOV 2000-05-07..\n"
"agent teacher | teachers = EDU\n"
"agent ambassador = GOV\n"
"agent policeman | police = COP\n"
"agent soldiers = MIL\n"
"agent civilians | crowds | people = CVL\n"
"agent gunman | gunmen | attacker | attackers = INS\n"
"set ev_bomb_n = bomb | bombs | explosives\n"
"set f7_carbomb = car bomb | truck bomb\n"
"set asl_bomb_placed = hidden in | attached to\n"
"set asl_ram_vehicle = truck | van | car\n"
"verb behead = 1823\n"
"verb shoot {shot} = 1823\n"
"verb rape = 1821\n"
"verb torture = 1822\n"
"verb execute = 1823\n"
"verb say {said}\n"
"verb explode\n"
"    &f7_carbomb &asl_bomb_placed ^ * = 1832\n"
"    &f7_carbomb * = 1832\n"
"verb drive {drove driven} | plough\n"
"    * ^ &asl_ram_vehicle into + = 180\n"
"    &asl_ram_vehicle * into + = 180\n";

/* "by an 18-year-old attacker", "by an off-duty Turkish riot policeman":
 * a passive's agent after a hyphened describing word, and a state's
 * agent one word after the state's name (TURCOP, not TUR) */
static void test_assault_passive_agent_described(void **state)
{
	char path[] = "/tmp/dyad-assault1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(assault_dict, path, &lx);
	check_with(cd, "A teacher was beheaded in a street in Paris on Friday by an 18-year-old "
		   "attacker.", "2020-10-17", EXPECT("---INS>FRAEDU 1823 asserted 2020-10-16"));
	check_with(cd, "Russia's ambassador was shot dead at a gallery in Ankara on Monday by an "
		   "off-duty Turkish riot policeman.", "2016-12-19",
		   EXPECT("TURCOP>RUSGOV 186 asserted 2016-12-19"));
	coder_done(cd, lx, path);
}

/* "had raped, tortured and executed civilians": each verb of the series
 * has the subject before the first and the object after the last */
static void test_assault_series_shares_object(void **state)
{
	char path[] = "/tmp/dyad-assault2-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(assault_dict, path, &lx);
	check_with(cd, "Russian soldiers had raped, tortured and executed Ukrainian civilians.",
		   "2022-09-23",
		   EXPECT("RUSMIL>UKRCVL 1821 asserted 2022-09-23",
			  "RUSMIL>UKRCVL 1822 asserted 2022-09-23",
			  "RUSMIL>UKRCVL 1823 asserted 2022-09-23"));
	coder_done(cd, lx, path);
}

/* "a truck bomb hidden in a sewage tanker exploded", "a van ploughed
 * into crowds": a bomb going off and a vehicle driven into people are
 * verbs after the noun phrase before them, the work of unidentified
 * attackers (---INS) */
static void test_assault_bomb_and_vehicle_verbs(void **state)
{
	char path[] = "/tmp/dyad-assault3-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(assault_dict, path, &lx);
	check_with(cd, "A truck bomb hidden in a sewage tanker exploded in Kabul on Wednesday.",
		   "2017-05-31", EXPECT("---INS>AFGCVL 1832 asserted 2017-05-31"));
	check_with(cd, "A van ploughed into crowds in Barcelona on Thursday.", "2017-08-17",
		   EXPECT("---INS>ESPCVL 180 asserted 2017-08-17"));
	check_with(cd, "An attacker drove a truck into crowds in Paris on Thursday.", "2016-07-14",
		   EXPECT("---INS>FRACVL 180 asserted 2016-07-14"));
	coder_done(cd, lx, path);
}

/* The rules of data/dict/verbs-28-assault.dict with the whole default
 * dictionary: blame through "a hand in" and "a role in" an attack, a
 * vehicle driven into people, a vehicle packed with explosives going off */
static void test_assault_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Putin said on Saturday that Kyiv had a hand in the attack on the concert "
		   "hall.", "2024-03-23", EXPECT("RUSGOV>UKR 112 asserted 2024-03-23"));
	check_with(cd, "Iran's foreign minister said there were indications of Israel's role in "
		   "the killing of a scientist.", "2020-11-27",
		   EXPECT("IRNGOV>ISR 112 asserted 2020-11-27"));
	check_with(cd, "An attacker drove a truck into pedestrians in Nice on Thursday.",
		   "2016-07-14", EXPECT("---INS>FRACVL 180 asserted 2016-07-14"));
	check_with(cd, "A truck packed with explosives exploded at a checkpoint in Mogadishu on "
		   "Saturday.", "2017-10-14", EXPECT("---INS>SOMCVL 1832 asserted 2017-10-14"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_assault_passive_agent_described),
		cmocka_unit_test(test_assault_series_shares_object),
		cmocka_unit_test(test_assault_bomb_and_vehicle_verbs),
		cmocka_unit_test(test_assault_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
