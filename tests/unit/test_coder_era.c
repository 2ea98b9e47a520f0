/*
 * test_coder_era.c - the coder on wire news of 2000-2014 with dyad's own
 * dictionaries: office holders resolved by the article's date (a senator
 * is a lawmaker until appointed, a leader who won an election is still
 * the opposition until sworn in, a president is one through the day he
 * leaves, Sisi the army's head in 2013), a state's possessive before a
 * ranked title ("Iran's top nuclear negotiator"), the "and" of a pair
 * that joins two predicates instead, and the patterns of
 * data/dict/verbs-29-era.dict (tests/dev/README.md, `era`).
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coder_check.h"

/* a person takes the role held on the article's date */
static void test_era_roles_by_date(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Senator Hillary Rodham Clinton met Prime Minister Nouri al-Maliki in Baghdad "
		   "on Saturday.", "2007-01-13", EXPECT("USALEG>IRQGOV 040 asserted 2007-01-13"));
	check_with(cd, "Senator John McCain met Prime Minister Ehud Olmert in Jerusalem.", "2008-07-23",
		   EXPECT("USALEG>ISRGOV 040 asserted 2008-07-23"));
	/* the election won, not yet sworn in */
	check_with(cd, "Spain's Socialist leader Jose Luis Rodriguez Zapatero said he would bring "
		   "Spanish troops home from Iraq.", "2004-03-15",
		   EXPECT("ESPOPP>IRQ 166 planned 2004-03-15"));
	/* the day he stepped down he was still president; the day after not */
	check_with(cd, "Hosni Mubarak handed power to the military on Friday.", "2011-02-11",
		   EXPECT("EGYGOV>EGYMIL 0831 asserted 2011-02-11"));
	check_with(cd, "Hosni Mubarak met Prime Minister Ahmed Shafik in Cairo on Saturday.", "2011-02-12",
		   EXPECT("EGYELI>EGYGOV 040 asserted 2011-02-12"));
	check_with(cd, "Egypt's army chief General Abdel Fattah al-Sisi removed President Mohamed "
		   "Morsi from power on Wednesday.", "2013-07-03",
		   EXPECT("EGYMIL>EGYGOV 173 asserted 2013-07-03"));
	coder_done(cd, lx, NULL);
}

/* "Iran's top nuclear negotiator Ali Larijani" is the negotiator, not
 * Iran; "met X and then flew to Y to meet Z": the one who flew meets */
static void test_era_rank_and_pairs(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "IAEA chief Mohamed ElBaradei held talks in Tehran on Thursday with Iran's top "
		   "nuclear negotiator Ali Larijani.", "2006-04-13",
		   EXPECT("IGOUNOIAE>IRNGOV 040 asserted 2006-04-13",
			  "IRNGOV>IGOUNOIAE 040 asserted 2006-04-13"));
	check_with(cd, "Condoleezza Rice met Fouad Siniora and then flew to Jerusalem to meet Ehud "
		   "Olmert.", "2006-07-24",
		   EXPECT("USAGOV>LBNGOV 040 asserted 2006-07-24", "USAGOV>ISR 042 asserted 2006-07-24",
			  "USAGOV>ISRGOV 040 asserted 2006-07-24"));
	coder_done(cd, lx, NULL);
}

/* the patterns of verbs-29-era.dict */
static void test_era_patterns(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Defense Secretary Donald Rumsfeld dismissed France and Germany as \"old "
		   "Europe\" on Wednesday.", "2003-01-22",
		   EXPECT("USAGOV>FRA 111 asserted 2003-01-22", "USAGOV>DEU 111 asserted 2003-01-22"));
	/* a proposal dismissed stays a rejection */
	check_with(cd, "India dismissed Pakistan's offer as a ploy.", "2003-01-22",
		   EXPECT("IND>PAK 120 asserted 2003-01-22"));
	check_with(cd, "President Dmitry Medvedev ordered a halt to Russian military operations in "
		   "Georgia on Tuesday.", "2008-08-12", EXPECT("RUSGOV>GEO 087 asserted 2008-08-12"));
	check_with(cd, "Russia and Georgia accepted a six-point peace plan brokered by French President "
		   "Nicolas Sarkozy.", "2008-08-13",
		   EXPECT("RUS>GEO 057 asserted 2008-08-13", "GEO>RUS 057 asserted 2008-08-13",
			  "FRAGOV>RUS 045 asserted 2008-08-13", "FRAGOV>GEO 045 asserted 2008-08-13"));
	check_with(cd, "Prime Minister Jose Luis Rodriguez Zapatero said he would bring Spanish troops "
		   "home from Iraq.", "2004-04-18", EXPECT("ESPGOV>IRQ 166 planned 2004-04-18"));
	check_with(cd, "Condoleezza Rice drove to Ramallah on Monday.", "2005-02-07",
		   EXPECT("USAGOV>PSE 042 asserted 2005-02-07"));
	check_with(cd, "Tunisian President Zine al-Abidine Ben Ali fled the country on Friday after "
		   "weeks of protests.", "2011-01-14", EXPECT("TUNGOV>TUNCVL 0831 asserted 2011-01-14"));
	check_with(cd, "Iranian Foreign Minister Manouchehr Mottaki warned on Friday that Iran would "
		   "respond strongly to any Israeli attack on its nuclear facilities.", "2008-06-20",
		   EXPECT("IRNGOV>ISR 138 asserted 2008-06-20"));
	/* a training camp is struck, no training given */
	check_with(cd, "U.S. and British warplanes struck al Qaeda training camps across Afghanistan "
		   "on Sunday.", "2001-10-07",
		   EXPECT("USAMIL>IMGMUSALQ 195 asserted 2001-10-07",
			  "GBRMIL>IMGMUSALQ 195 asserted 2001-10-07"));
	coder_done(cd, lx, NULL);
}

/* what a cut in relations waits for ("until its troops leave") is no
 * act; what a boycott lasted until, told in the past, happened */
static void test_era_until_a_cut(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "NATO froze formal contacts with Moscow until its troops leave Georgia.",
		   "2008-08-19", EXPECT("IGOWSTNAT>RUS 160 asserted 2008-08-19"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_era_roles_by_date),
		cmocka_unit_test(test_era_rank_and_pairs),
		cmocka_unit_test(test_era_patterns),
		cmocka_unit_test(test_era_until_a_cut),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
