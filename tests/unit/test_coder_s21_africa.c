/*
 * test_coder_s21_africa.c - the coder on the politics of Africa and Latin
 * America as the wire copy of 2000-2013 tells it: the actors of the era
 * (Nkunda and the CNDP, MONUC, MEND, the Special Court for Sierra Leone,
 * Ouattara as Gbagbo's rival before April 2011, Mali's junta leader and
 * interim president, Venezuela's two-day president of 2002), a UN force
 * named by its acronym before "peacekeepers" (IGOUNOMIL, no doubled
 * role), a person the state's forces capture (arrested, 173, not goods
 * seized), a plan that "provides for" a leader's exit (no aid), a foreign
 * agency's activities suspended (172), a court ordering a leader to
 * stand trial (173), "rebels of" an armed leader (his group), fire
 * "with helicopter gunships" (195) and a call to "hand power to" a
 * rival (0241).
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_africa_actors(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a UN mission's acronym before its agent keeps one role */
	check_with(cd, "MONUC peacekeepers clashed with Laurent Nkunda's CNDP rebels near Goma on "
		   "Monday.", "2008-10-27",
		   EXPECT("IGOUNOMIL>CODREB 190 asserted 2008-10-27",
			  "CODREB>IGOUNOMIL 190 asserted 2008-10-27"));
	/* the court that tried Taylor near The Hague is Sierra Leone's */
	check_with(cd, "The Special Court for Sierra Leone sentenced former Liberian President Charles "
		   "Taylor to 50 years in prison on Wednesday.", "2012-05-30",
		   EXPECT("SLEJUD>LBRELI 116 asserted 2012-05-30"));
	/* Ouattara, Gbagbo's rival in the standoff, is the opposition */
	check_with(cd, "Alassane Ouattara accused Laurent Gbagbo on Thursday of clinging to power.",
		   "2010-12-16", EXPECT("CIVOPP>CIVGOV 112 asserted 2010-12-16"));
	/* MEND's claimed car bombs */
	check_with(cd, "The Movement for the Emancipation of the Niger Delta claimed responsibility for "
		   "two car bombs that killed 12 people in Abuja on Friday.", "2010-10-01",
		   EXPECT("NGAREBMND>NGACVL 015 asserted 2010-10-01",
			  "NGAREBMND>NGACVL 1832 asserted 2010-10-01"));
	/* Mali's interim president and the junta leader after the handover */
	check_with(cd, "Mali's interim President Dioncounda Traore met Captain Amadou Sanogo in Bamako "
		   "on Thursday.", "2012-05-10", EXPECT("MLIGOV>MLIMIL 040 asserted 2012-05-10"));
	/* Carmona on his one full day in power */
	check_with(cd, "Pedro Carmona met Venezuelan army commanders in Caracas on Saturday.", "2002-04-13",
		   EXPECT("VENGOV>VENMIL 040 asserted 2002-04-13"));
	coder_done(cd, lx, NULL);
}

static void test_africa_acts(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a person the state's forces capture is arrested */
	check_with(cd, "Sierra Leone's rebel leader Foday Sankoh was captured by government forces in "
		   "Freetown on Wednesday.", "2000-05-17", EXPECT("SLEMIL>SLEREB 173 asserted 2000-05-17"));
	/* a plan that provides for a leader's exit gives him no aid */
	check_with(cd, "Libyan rebels rejected an African Union plan for a ceasefire on Monday because it "
		   "did not provide for Muammar Gaddafi to step down.", "2011-04-11",
		   EXPECT("LBYREB>IGOAFRAFU 127 asserted 2011-04-11"));
	/* money between "provide" and "for" is still aid */
	check_with(cd, "Starmer said on Monday that Britain would provide 1.6 billion pounds in export "
		   "finance for Ukraine to buy air defence missiles.", "2025-03-03",
		   EXPECT("GBR>UKR 071 planned 2025-03-03"));
	/* a foreign agency's work stopped on the state's soil */
	check_with(cd, "Bolivia suspended the activities of the U.S. Drug Enforcement Administration on "
		   "Saturday.", "2008-11-01", EXPECT("BOL>USACOP 172 asserted 2008-11-01"));
	/* a committal for trial charges the one committed */
	check_with(cd, "The International Criminal Court ordered Deputy Prime Minister Uhuru Kenyatta to "
		   "stand trial on Monday.", "2012-01-23", EXPECT("IGOICC>KENGOV 173 asserted 2012-01-23"));
	/* an armed leader's rebels are his group; fire from gunships is
	 * an air strike */
	check_with(cd, "U.N. peacekeepers fired on advancing rebels of Laurent Nkunda with helicopter "
		   "gunships on Monday.", "2008-10-27",
		   EXPECT("IGOUNOMIL>CODREB 195 asserted 2008-10-27"));
	/* handing power to a rival is a change of leader asked for */
	check_with(cd, "West African leaders suspended Ivory Coast from the ECOWAS bloc on Tuesday and "
		   "urged Laurent Gbagbo to hand power to Alassane Ouattara.", "2010-12-07",
		   EXPECT("IGOWAFECW>CIV 160 asserted 2010-12-07",
			  "IGOWAFECW>CIVGOV 0241 asserted 2010-12-07"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_africa_actors),
		cmocka_unit_test(test_africa_acts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
