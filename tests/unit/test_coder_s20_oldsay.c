/*
 * test_coder_s20_oldsay.c - the coder on statements, meetings and
 * inquiries as the wire copy of 2000-2013 tells them: the object of a
 * purpose infinitive after a call or visit ("telephoned Abbas to
 * congratulate him") is the one called, not the caller; a call named
 * "to" the one called ("in a telephone call to Erdogan"); an act
 * welcomed named by its doer after "of" ("welcomed the formation of
 * Iraq's Governing Council"); a past form joined by a bare "and" to a
 * that-clause whose subject names no one is the speaker's ("said that
 * the summit had ended without an agreement and blamed Arafat"); and a
 * body named before a plain noun and a participle with its agent ("A
 * U.N. inquiry led by Richard Goldstone accused Israel") acts; "he"
 * after an office an organisation's name ends in ("The International
 * Criminal Court prosecutor said he had opened") is that office; and the
 * one named right after "an investigation into" is investigated; and a
 * family name that is also a word of English ("Bush", "Rice",
 * "Clinton") is the one office holder of the date, as a verb's subject
 * or a possessor; a return to talks demanded is talks demanded (106);
 * another's goal shared is accord (019); a speaker's remarks dismissed
 * are disparaged (111); a text or step of another welcomed ("welcomed the
 * U.N. resolution") is praised (051); inspectors who search or inspect
 * a site investigate its state (090).
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_oldsay_calls(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* "him" after "to congratulate" is the one telephoned */
	check_with(cd, "Israeli Prime Minister Ariel Sharon telephoned Mahmoud Abbas on Monday to "
		   "congratulate him on his election as Palestinian president.", "2005-01-10",
		   EXPECT("ISRGOV>PSEGOV 041 asserted 2005-01-10",
			  "ISRGOV>PSEGOV 051 asserted 2005-01-10"));
	/* the one called is named after "to" */
	check_with(cd, "Israeli Prime Minister Benjamin Netanyahu apologised to Turkey on Friday for "
		   "the deaths of nine Turks in the flotilla raid, in a telephone call to Prime "
		   "Minister Tayyip Erdogan.", "2013-03-22",
		   EXPECT("ISRGOV>TURGOV 041 asserted 2013-03-22",
			  "ISRGOV>TUR 055 asserted 2013-03-22"));
	/* but not a place or party named after an infinitive's "to" */
	check_with(cd, "Turkish President Tayyip Erdogan urged Vladimir Putin in a phone call on "
		   "Sunday to declare a general ceasefire in Ukraine.", "2022-03-06",
		   EXPECT("TURGOV>RUSGOV 041 asserted 2022-03-06",
			  "RUSGOV>TURGOV 041 asserted 2022-03-06",
			  "TURGOV>RUSGOV 0256 asserted 2022-03-06"));
	coder_done(cd, lx, NULL);
}

static void test_oldsay_statements(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* an act welcomed, its doer named after "of" */
	check_with(cd, "U.N. envoy Sergio Vieira de Mello welcomed the formation of Iraq's Governing "
		   "Council on Sunday as an important first step toward self-rule.", "2003-07-14",
		   EXPECT("IGOUNO>IRQGOV 051 asserted 2003-07-13"));
	/* the speaker blames, past a that-clause that names no one */
	check_with(cd, "President Bill Clinton said on Tuesday that the Camp David summit had ended "
		   "without an agreement and blamed Yasser Arafat for the failure.", "2000-07-25",
		   EXPECT("USAGOV>PSEGOV 112 asserted 2000-07-25"));
	/* a body before a plain noun and "led by" its head acts */
	check_with(cd, "A U.N. inquiry led by Richard Goldstone accused Israel on Tuesday of war "
		   "crimes in its Gaza offensive.", "2009-09-15",
		   EXPECT("IGOUNO>ISR 1124 asserted 2009-09-15"));
	coder_done(cd, lx, NULL);
}

static void test_oldsay_inquiries(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* "he" after an office an organisation's name ends in, with no
	 * person named before it, is that office; the one named right
	 * after "into" is investigated, of the kind "over" names */
	check_with(cd, "The International Criminal Court prosecutor said on Thursday he had opened "
		   "an investigation into Muammar Gaddafi and his inner circle over killings of "
		   "protesters in Libya.", "2011-03-03",
		   EXPECT("IGOICC>LBYGOV 092 asserted 2011-03-03"));
	/* inspectors searching a site investigate its state */
	check_with(cd, "U.N. weapons inspectors searched a military factory outside Baghdad on "
		   "Wednesday, resuming inspections after a four-year break.", "2002-11-27",
		   EXPECT("IGOUNO>IRQ 090 asserted 2002-11-27"));
	/* police searching homes are no inspectors */
	check_with(cd, "Police searched homes in Leeds on Tuesday.", "2005-07-13", NONE);
	coder_done(cd, lx, NULL);
}

static void test_oldsay_surnames(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a family name that is also a word of English (or WordNet's own
	 * entry for the person) is the one office holder of the date, as
	 * the subject of a finite verb */
	check_with(cd, "Bush urged Syria on Wednesday to withdraw from Lebanon.", "2005-03-02",
		   EXPECT("USAGOV>SYR 0256 asserted 2005-03-02"));
	check_with(cd, "Rice urged Syria on Wednesday to withdraw from Lebanon.", "2006-03-01",
		   EXPECT("USAGOV>SYR 0256 asserted 2006-03-01"));
	check_with(cd, "Clinton met Russian Foreign Minister Sergei Lavrov in Geneva on Friday.",
		   "2010-03-19", EXPECT("USAGOV>RUSGOV 044 asserted 2010-03-19"));
	/* a finite verb no "-ed" marks after the name */
	check_with(cd, "Powell held talks with North Korean Foreign Minister Paek Nam-sun on the "
		   "sidelines of an Asian security forum in Brunei.", "2002-07-31",
		   EXPECT("USAGOV>PRKGOV 044 asserted 2002-07-31",
			  "PRKGOV>USAGOV 044 asserted 2002-07-31"));
	/* not before a noun, nor in a name or a date */
	check_with(cd, "Rice exports to Iran rose on Wednesday.", "2006-03-01", NONE);
	coder_done(cd, lx, NULL);
}

static void test_oldsay_demands_and_accord(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* a return to talks demanded is talks demanded, no release */
	check_with(cd, "Japan demanded that North Korea return to the six-party talks.",
		   "2006-11-01", EXPECT("JPN>PRK 106 asserted 2006-11-01"));
	check_with(cd, "China insisted on Wednesday that North Korea and South Korea return to the "
		   "negotiating table.", "2010-12-01",
		   EXPECT("CHN>PRK 106 asserted 2010-12-01", "CHN>KOR 106 asserted 2010-12-01"));
	/* another's aim shared is accord */
	check_with(cd, "France and Germany said on Friday they shared Washington's goal of a stable "
		   "Iraq.", "2003-05-02",
		   EXPECT("DEU>USA 019 asserted 2003-05-02", "FRA>USA 019 asserted 2003-05-02"));
	/* a text of another welcomed is praised, no guest received */
	check_with(cd, "Syria welcomed the U.N. resolution on Friday.", "2007-12-07",
		   EXPECT("SYR>IGOUNO 051 asserted 2007-12-07"));
	/* a speaker's words dismissed are disparaged */
	check_with(cd, "North Korea dismissed Clinton's remarks as vulgar on Thursday.", "2009-07-23",
		   EXPECT("PRK>USAGOV 111 asserted 2009-07-23"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_oldsay_calls),
		cmocka_unit_test(test_oldsay_statements),
		cmocka_unit_test(test_oldsay_inquiries),
		cmocka_unit_test(test_oldsay_surnames),
		cmocka_unit_test(test_oldsay_demands_and_accord),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
