/*
 * test_coder_coerce.c - the coder on coercion at home and abroad (CAMEO
 * 17; tests/dev/README.md, `coerce17`), with the whole default
 * dictionary: a ship taken by "control" is seized (171), homes razed are
 * their people's, the press told to leave is put out (174), a role no state is
 * given for takes the coercing state's, a party banned at home is the
 * opposition's and a party ban (1722), force on supporters is repression
 * (175), a ship's captain held is the flag state's person, people put
 * out to a state named bare are its people, social media curbed falls
 * on the people, and a feared act is speculative (event.c, act_final.c,
 * match.c); property put under state management, candidates struck off,
 * wanted lists, journalists ordered out, billionaires as business,
 * martial law rescinded, people sent home, nationalisation announced, a
 * party's closure ordered, a broadcaster's operations shut and crosses
 * torn down (verbs-32-coerce.dict).
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_coerce_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* a ship taken is seized, no place captured (event.c) */
	check_with(cd, "Chinese coast guard ships took control of a Philippine-flagged fishing "
		   "vessel near Scarborough Shoal.", "2022-03-12",
		   EXPECT("CHNMIL>PHLBUS 171 asserted 2022-03-12"));
	/* a home razed is its people's */
	check_with(cd, "Israeli troops demolished a Palestinian family's house near Hebron on "
		   "Tuesday.", "2024-08-20",
		   EXPECT("ISRMIL>PSECVL 1712 asserted 2024-08-20"));
	/* the press told to leave the country is put out (act_final.c) */
	check_with(cd, "Belarus told Polish reporter Andrzej Poczobut to leave the country on "
		   "Wednesday.", "2023-05-10",
		   EXPECT("BLR>POLMED 174 asserted 2023-05-10"));
	/* a role with no state, charged by a state, is that state's */
	check_with(cd, "Algeria charged opposition figure Karim Tabbou with undermining the army "
		   "on Wednesday, a week after he returned from France and Tunisia.",
		   "2021-02-03", EXPECT("DZA>DZAOPP 173 asserted 2021-02-03"));
	/* a party banned at home is the opposition's */
	check_with(cd, "Bangladesh's interim government will seek to ban former Prime Minister "
		   "Sheikh Hasina's party, a minister said.", "2024-08-28",
		   EXPECT("BGDGOV>BGDOPP 1722 planned 2024-08-28"));
	/* an opposition dissolved is a party ban */
	check_with(cd, "Guinea's junta dissolved the opposition FNDC movement on Wednesday.",
		   "2023-06-14", EXPECT("GINGOV>GINOPP 1722 asserted 2023-06-14"));
	/* live rounds at opposition supporters repress them */
	check_with(cd, "Pakistani soldiers fired live rounds at opposition supporters in Karachi "
		   "on Tuesday.", "2024-07-23",
		   EXPECT("PAKMIL>PAKCVL 175 asserted 2024-07-23"));
	/* a fishing boat's captain held: the flag state's person, no ship */
	check_with(cd, "South Korea's coast guard arrested the captain of a Chinese fishing boat "
		   "on Tuesday.", "2016-03-15",
		   EXPECT("KORMIL>CHNCVL 173 asserted 2016-03-15"));
	/* people expelled to a state named bare are its people */
	check_with(cd, "Sweden began expelling Roma to Romania on Tuesday.", "2010-09-14",
		   EXPECT("SWE>ROUCVL 174 asserted 2010-09-14"));
	/* social media blocked: the people's lines, no press */
	check_with(cd, "Nigeria blocked access to social media on Thursday.", "2021-06-10",
		   EXPECT("NGA>NGACVL 1721 asserted 2021-06-10"));
	/* what rights groups fear is guessed at (match.c) */
	check_with(cd, "Human rights groups fear President Kais Saied will order a crackdown on "
		   "his critics after the vote.", "2022-07-20",
		   EXPECT("TUNGOV>TUNOPP 175 speculative 2022-07-20"));
	/* property put under temporary state management */
	check_with(cd, "The Kremlin placed the Russian units of Finland's Fortum and Germany's "
		   "Uniper under temporary state management on Friday.", "2022-03-18",
		   EXPECT("RUSGOV>FINBUS 1711 asserted 2022-03-18",
			  "RUSGOV>DEUBUS 1711 asserted 2022-03-18"));
	/* a candidate struck off the ballot, no air strike */
	check_with(cd, "A Bolivian court struck opposition leader Luis Fernando Camacho off the "
		   "ballot on Thursday.", "2024-05-02",
		   EXPECT("BOLJUD>BOLOPP 1722 asserted 2024-05-02"));
	/* a wanted list, in the passive: its keeper acts */
	check_with(cd, "Lithuanian Prime Minister Ingrida Simonyte has been placed on a Russian "
		   "interior ministry wanted list.", "2023-11-21",
		   EXPECT("RUSGOV>LTUGOV 173 asserted 2023-11-21"));
	/* reporters ordered out of a state */
	check_with(cd, "Three BBC reporters were ordered out of Rwanda on Tuesday.", "2024-02-20",
		   EXPECT("RWA>GBRMED 174 asserted 2024-02-20"));
	/* a billionaire is business; a plant taken from its owner */
	check_with(cd, "French customs officers seized a yacht owned by Russian billionaire Igor "
		   "Sechin on Wednesday.", "2022-03-09",
		   EXPECT("FRACOP>RUSBUS 1711 asserted 2022-03-09"));
	check_with(cd, "Venezuelan troops took control of a pasta plant owned by U.S. food giant "
		   "Cargill on Thursday.", "2009-03-05",
		   EXPECT("VENMIL>USABUS 1711 asserted 2009-03-05"));
	/* martial law rescinded: eased at home */
	check_with(cd, "Bowing to a vote in parliament, Bolivia's president rescinded his martial "
		   "law decree on Friday.", "2019-11-15",
		   EXPECT("BOLGOV>BOL 0814 asserted 2019-11-15"));
	/* people sent home */
	check_with(cd, "Lebanese authorities sent 50 Syrian detainees home on Wednesday.",
		   "2023-03-01", EXPECT("LBNGOV>SYRCVL 174 asserted 2023-03-01"));
	/* nationalisation announced, a party's closure ordered */
	check_with(cd, "Mali's junta announced the nationalisation of a gold mine run by "
		   "Canada's Barrick on Monday.", "2024-01-15",
		   EXPECT("MLIGOV>CANBUS 1711 asserted 2024-01-15"));
	check_with(cd, "Egypt's top court ordered the closure of the Freedom and Justice party on "
		   "Thursday.", "2014-06-05",
		   EXPECT("EGYJUD>EGYOPP 1722 asserted 2014-06-05"));
	/* a broadcaster's operations shut; crosses torn down */
	check_with(cd, "Gabon's junta voted to shut down France 24's operations in the country "
		   "on Friday.", "2023-09-01",
		   EXPECT("GABGOV>FRAMED 172 asserted 2023-09-01"));
	check_with(cd, "Chinese authorities have torn down crosses from dozens of churches in "
		   "Zhejiang, Christian groups said.", "2016-04-20",
		   EXPECT("CHNGOV>CHNREL 1712 asserted 2016-04-20"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_coerce_default_dictionary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
