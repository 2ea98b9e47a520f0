/*
 * test_coder_atrocity.c - the coder on unconventional mass violence as
 * wire copy tells it (tests/dev/README.md, `atrocity`): the subject of a
 * verb past a relative clause or a guise on it, killing from door to
 * door as a mass killing, mass expulsions of people named by their
 * demonym, the people a state's forces drive into a neighbour, and the
 * dead of an attack on a camp for displaced people; and
 * the patterns of verbs-31-atrocity.dict with the whole default
 * dictionary.
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static const char atrocity_dict[] =
"actor Hamas = PSEINS\n"
"actor Gaza = PSE\n"
"actor Israel = ISR\n"
"actor Mali | Malian = MLI\n"
"agent gunmen | fighters = INS\n"
"agent villagers | families = CVL\n"
"verb kill = 190\n"
"verb slaughter = 202\n"
"verb burst\n"
"verb storm = 190\n";

/* "Hamas gunmen who burst out of Gaza killed": the antecedent of a
 * subject relative clause is the subject of the verb after the clause
 * too (clause.c, clause_relative_antecedent()) */
static void test_atrocity_relative_antecedent(void **state)
{
	char path[] = "/tmp/dyad-atrocity1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(atrocity_dict, path, &lx);
	check_with(cd, "Hamas gunmen who burst out of Gaza killed at least 30 families in Israel.",
		   "2023-10-08", EXPECT("PSEINS>ISRCVL 202 asserted 2023-10-08"));
	/* (by the score a mass killing, 202, and armed men's killing of
	 * fewer civilians terror, 180: event.c) */
	/* (the relative clause's own verb codes from the antecedent too) */
	check_with(cd, "Hamas fighters who stormed Israel slaughtered families in Israel.",
		   "2023-10-10", EXPECT("PSEINS>ISR 190 asserted 2023-10-10",
					"PSEINS>ISRCVL 202 asserted 2023-10-10"));
	coder_done(cd, lx, path);
}

/* "Gunmen dressed as Dozo hunters killed": "as" after a participle
 * right after the subject names a guise, no clause of its own (clause.c,
 * clause_guise_as()) */
static void test_atrocity_guise(void **state)
{
	char path[] = "/tmp/dyad-atrocity2-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(atrocity_dict, path, &lx);
	check_with(cd, "Malian gunmen dressed as hunters killed villagers in Mali.", "2019-03-23",
		   EXPECT("MLIINS>MLICVL 180 asserted 2019-03-23"));
	coder_done(cd, lx, path);
}

/* killing from door to door (event.c, house_to_house()), expulsions of
 * a demonym's people and into a neighbour (event.c,
 * driven_into_own_place()), camps' dead, with the default dictionary and
 * verbs-31-atrocity.dict */
static void test_atrocity_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* no visit: the killing, a mass killing with no toll */
	check_with(cd, "JNIM militants went door to door killing civilians in the Burkina Faso "
		   "town of Barsalogho in August.", "2024-10-04",
		   EXPECT("IMGMUSJNM>BFACVL 202 asserted 2024-08"));
	check_with(cd, "RSF fighters went from house to house in the Sudanese town of Ardamata, "
		   "executing Masalit men.", "2023-11-10",
		   EXPECT("SDNREBRSF>SDNCVL 202 asserted 2023-11-10"));
	/* a small toll with no such manner stays force */
	check_with(cd, "Russian soldiers killed 12 civilians in the Ukrainian village of Hroza.",
		   "2024-01-01", EXPECT("RUSMIL>UKRCVL 190 asserted 2024-01-01"));
	/* a demonym's people forced out by the thousand (REF: undocumented) */
	check_with(cd, "Pakistan has forced more than 165,000 undocumented Afghans back across "
		   "the border since Wednesday.", "2023-11-03",
		   EXPECT("PAK>AFGREF 201 asserted 2023-11-03"));
	/* people driven into Bangladesh are Myanmar's */
	check_with(cd, "Myanmar soldiers have driven some 370,000 people across the border into "
		   "Bangladesh, U.N. officials said.", "2017-09-12",
		   EXPECT("MMRMIL>MMRCVL 201 asserted 2017-09-12"));
	/* the dead of an attack on a camp for displaced people are the
	 * displaced (event.c, camp_victims()) */
	check_with(cd, "CODECO militiamen killed at least 60 people in an attack on a camp for "
		   "displaced people in Congo's Ituri province.", "2022-02-02",
		   EXPECT("CODREBCDC>CODREF 202 asserted 2022-02-02"));
	/* verbs-31-atrocity.dict: blame for a chemical attack (1124) */
	check_with(cd, "Tillerson said the Syrian government was responsible for the poison gas "
		   "attack.", "2017-04-06",
		   EXPECT("USAGOV>SYRGOV 1124 asserted 2017-04-06"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_atrocity_relative_antecedent),
		cmocka_unit_test(test_atrocity_guise),
		cmocka_unit_test(test_atrocity_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
