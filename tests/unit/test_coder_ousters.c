/*
 * test_coder_ousters.c - the coder on leaders and governments yielding
 * to domestic pressure and the fights over power (tests/dev/README.md,
 * `ousters`): the coder rules of act.c, a leaving of office or a measure
 * given up that no pattern ties to its pressure yields to the crowd,
 * dissent, legislature or army the rest of the sentence names after a
 * word of time or cause (pressed_out()), and a yield participle after a
 * leaving's clause is that leaving, from the one who left
 * (yield_of_leaving()), and a second presser named after "and" in a
 * leaving's cause presses too (act_second_presser()); a curfew and a
 * state of emergency imposed by one verb are two acts (act_final.c,
 * second_measure()); and, with the whole default dictionary, the
 * patterns of verbs-30-ousters.dict: refuge given to a fallen ruler,
 * "ousted" right after its subject, a measure given up "giving in to"
 * protesters.
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static const char ousters_dict[] =
"actor Romania | Romanian = ROU\n"
"actor Zimbabwe | Zimbabwean = ZWE\n"
"actor Kazakhstan | Kazakh = KAZ\n"
"agent prime minister | president | government = GOV\n"
"agent protesters | crowds = CVL\n"
"agent students = EDU\n"
"agent parliament | lawmakers = LEG\n"
"agent army | armed forces = MIL\n"
"set ev_dissent = protest | protests | demonstrations\n"
"set a2_measure = bill | decree | tax\n"
"set southasia_riot_v = stormed\n"
"verb resign\n"
"    * in ~ protest = 140\n"
"verb accept\n"
"    * resignation = ---\n"
"verb scrap\n"
"verb flee\n"
"verb hand\n"
"    * power to + = 0831\n"
"verb bow\n"
"    * to ^ &ev_dissent = 0832\n"
"verb say {said}\n";

/* "resigned on Wednesday, a day after protesters marched on ...", "as
 * crowds of students stormed ...", "after weeks of protests" past an
 * aside: the leaving yields to the crowd, the students of "crowds of
 * students", or the state's civilians; "protesters stormed ... and the
 * president fled the country": to the crowd before (act.c,
 * pressed_out(), rioters_before()) */
static void test_ousters_pressed_out(void **state)
{
	char path[] = "/tmp/dyad-ousters1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(ousters_dict, path, &lx);
	check_with(cd, "Romania's prime minister resigned on Wednesday, the first casualty of the "
		   "fire, after protesters marched on the government's offices.", "2015-11-04",
		   EXPECT("ROUGOV>ROUCVL 0831 asserted 2015-11-04"));
	check_with(cd, "Romania's prime minister resigned on Wednesday as crowds of students "
		   "marched through the capital.", "2015-11-04",
		   EXPECT("ROUGOV>ROUEDU 0831 asserted 2015-11-04"));
	check_with(cd, "Romania's government scrapped the tax on Friday, the first such U-turn, "
		   "after weeks of protests.", "2015-11-06",
		   EXPECT("ROUGOV>ROUCVL 0832 asserted 2015-11-06"));
	/* accepting a resignation is no acceptance, but a leaving */
	check_with(cd, "Kazakhstan's president accepted the government's resignation on Wednesday, "
		   "in the evening, after protesters stormed the offices.", "2022-01-05",
		   EXPECT("KAZGOV>KAZCVL 0831 asserted 2022-01-05"));
	/* the legislature that moves to oust presses, in a time anchor too */
	check_with(cd, "Zimbabwe's president resigned on Tuesday, minutes after lawmakers opened a "
		   "debate on a motion to impeach him.", "2017-11-21",
		   EXPECT("ZWEGOV>ZWELEG 0831 asserted 2017-11-21"));
	/* a flight to another state is a leaving too */
	check_with(cd, "Romania's president fled to Kazakhstan on Wednesday, days after Romanian "
		   "protesters stormed his residence.", "2015-11-05",
		   EXPECT("ROUGOV>ROUCVL 0831 asserted 2015-11-04"));
	/* the crowd that rioted in the clause before, joined by "and" */
	check_with(cd, "Thousands of protesters stormed the compound on Thursday and Romania's "
		   "president fled the country.", "2015-11-05",
		   EXPECT("ROUGOV>ROUCVL 0831 asserted 2015-11-05"));
	/* "people" at a student-led protest: the students */
	check_with(cd, "Romania's prime minister resigned on Monday, a day after thousands of "
		   "crowds joined a student-led march.", "2015-11-09",
		   EXPECT("ROUGOV>ROUEDU 0831 asserted 2015-11-09"));
	/* no yield past "despite" */
	check_with(cd, "Romania's prime minister said he would not resign, on Wednesday, despite "
		   "weeks of protests.", "2015-11-04", NONE);
	coder_done(cd, lx, path);
}

/* "resigned on Sunday after less than a week in office, bowing to mass
 * protests": the participle after the leaving's clause is the leaving
 * (0831), from the one who left (act.c, yield_of_leaving()) */
static void test_ousters_yield_of_leaving(void **state)
{
	char path[] = "/tmp/dyad-ousters2-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(ousters_dict, path, &lx);
	check_with(cd, "Romania's prime minister resigned on Sunday after less than a week in "
		   "office, bowing to mass protests.", "2015-11-08",
		   EXPECT("ROUGOV>ROUCVL 0831 asserted 2015-11-08"));
	coder_done(cd, lx, path);
}

/* "resigned after weeks of protests and pressure from the army",
 * "bowing to protests and the defection of the armed forces": a leaving
 * yields to each party that pressed, the body named after "and" in its
 * cause too; and when a pattern took that body, to the protests before
 * "and" as well (act.c, act_second_presser()) */
static void test_ousters_second_presser(void **state)
{
	char path[] = "/tmp/dyad-ousters3-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(ousters_dict, path, &lx);
	check_with(cd, "Romania's prime minister resigned on Wednesday, the first casualty of the "
		   "fire, after weeks of protests and pressure from the army.", "2015-11-04",
		   EXPECT("ROUGOV>ROUCVL 0831 asserted 2015-11-04",
			  "ROUGOV>ROUMIL 0831 asserted 2015-11-04"));
	/* no word of pressure: the army is no presser */
	check_with(cd, "Romania's prime minister resigned on Wednesday, the first casualty of the "
		   "fire, after weeks of protests and the army stayed in its barracks.",
		   "2015-11-04", EXPECT("ROUGOV>ROUCVL 0831 asserted 2015-11-04"));
	coder_done(cd, lx, path);
	cd = coder_default(&lx);
	check_with(cd, "Bolivian President Evo Morales resigned on Sunday, bowing to weeks of "
		   "protests and the defection of the armed forces.", "2019-11-10",
		   EXPECT("BOLGOV>BOLCVL 0831 asserted 2019-11-10",
			  "BOLGOV>BOLMIL 0831 asserted 2019-11-10"));
	check_with(cd, "Bolivian President Evo Morales resigned on Sunday after weeks of protests "
		   "and a call by the armed forces chief for him to go.", "2019-11-10",
		   EXPECT("BOLGOV>BOLMIL 0831 asserted 2019-11-10",
			  "BOLGOV>BOLCVL 0831 asserted 2019-11-10"));
	coder_done(cd, lx, NULL);
}

/* "imposed a state of emergency and a night curfew": one verb, two
 * measures joined by "and", two acts (act_final.c, second_measure()) */
static void test_ousters_two_measures(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Sudan's military imposed a three-month state of emergency and a night "
		   "curfew on Thursday.", "2019-04-11",
		   EXPECT("SDNMIL>SDN 1723 asserted 2019-04-11",
			  "SDNMIL>SDN 1724 asserted 2019-04-11"));
	/* one measure: one act */
	check_with(cd, "Sudan's military imposed a night curfew on Thursday and closed the "
		   "airport.", "2019-04-11", EXPECT("SDNMIL>SDN 1723 asserted 2019-04-11"));
	coder_done(cd, lx, NULL);
}

/* verbs-30-ousters.dict with the whole default dictionary */
static void test_ousters_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* refuge given to a fallen ruler, not a visit hosted or relief */
	check_with(cd, "Saudi Arabia said on Saturday it had welcomed ousted Tunisian President "
		   "Zine al-Abidine Ben Ali and his family to the kingdom.", "2011-01-15",
		   EXPECT("SAU>TUNELI 075 asserted 2011-01-15"));
	check_with(cd, "Belarus has given shelter to ousted Kyrgyz President Kurmanbek Bakiyev, "
		   "President Alexander Lukashenko said on Tuesday.", "2010-04-20",
		   EXPECT("BLR>KGZELI 075 asserted 2010-04-20"));
	check_with(cd, "Ousted Honduran President Manuel Zelaya took refuge in the Brazilian "
		   "embassy in Tegucigalpa on Monday.", "2009-09-21",
		   EXPECT("BRAGOV>HNDELI 075 asserted 2009-09-21"));
	/* "ousted" right after its subject is the verb */
	check_with(cd, "Egypt's army ousted President Mohamed Mursi on Wednesday.", "2013-07-03",
		   EXPECT("EGYMIL>EGYGOV 173 asserted 2013-07-03"));
	/* a measure named before the yield is what is given up */
	check_with(cd, "Georgian lawmakers voted down the bill on Friday, giving in to "
		   "protesters.", "2023-03-10", EXPECT("GEOLEG>GEOCVL 0832 asserted 2023-03-10"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ousters_pressed_out),
		cmocka_unit_test(test_ousters_yield_of_leaving),
		cmocka_unit_test(test_ousters_second_presser),
		cmocka_unit_test(test_ousters_two_measures),
		cmocka_unit_test(test_ousters_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
