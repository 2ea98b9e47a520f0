/*
 * test_coder_ruptures.c - the coder on diplomatic ruptures and
 * non-military coercion between states (tests/dev/README.md,
 * `ruptures`): the coder rule that a foreign state's mission staff,
 * officials, diplomats or spies put out of a state are envoys expelled
 * (161 at their state), not persons deported; and, with the whole default
 * dictionary, envoys called or summoned home from a state, sent away with
 * hours to quit, a state told to shrink its mission, missions closed,
 * trade and ties put on hold, imports and crude halted by the state's
 * adjective, flight bans laid and lifted, a deal let expire, landing
 * rights withdrawn and people ordered out of a country; and the coder
 * rule that a rejection given as the grounds of a rupture on the same
 * state is part of it, that a verb joined to a leader's "may cut ties"
 * shares the threat, and that what a state is "angered by" is the cause
 * of its act, no event.
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static const char ruptures_dict[] =
"actor Czech Republic | Prague = CZE\n"
"actor Russia | Russian | Moscow = RUS\n"
"agent embassy | officials = GOV\n"
"agent foreign minister = GOV\n"
"agent intelligence officers = SPY\n"
"agent citizens = CVL\n"
"verb order\n"
"    * + out = 174\n";

/* "ordered 18 employees of Russia's embassy out", "ordered Russian
 * officials out", "ordered Russian intelligence officers out": envoys
 * expelled, at their state (161; spies keep their role); a named office
 * and a state's citizens put out stay persons expelled (174) (event.c,
 * mission_staff) */
static void test_ruptures_mission_staff_out(void **state)
{
	char path[] = "/tmp/dyad-ruptures1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(ruptures_dict, path, &lx);
	check_with(cd, "Prague ordered 18 employees of Russia's embassy out on Saturday.",
		   "2021-04-17", EXPECT("CZE>RUS 161 asserted 2021-04-17"));
	check_with(cd, "Prague ordered 12 Russian officials out on Saturday.", "2021-04-17",
		   EXPECT("CZE>RUS 161 asserted 2021-04-17"));
	check_with(cd, "Prague ordered 17 Russian intelligence officers out on Saturday.",
		   "2021-04-17", EXPECT("CZE>RUSSPY 161 asserted 2021-04-17"));
	check_with(cd, "Prague ordered Russia's foreign minister out on Saturday.", "2021-04-17",
		   EXPECT("CZE>RUSGOV 174 asserted 2021-04-17"));
	check_with(cd, "Prague ordered Russian citizens out on Saturday.", "2021-04-17",
		   EXPECT("CZE>RUSCVL 174 asserted 2021-04-17"));
	coder_done(cd, lx, path);
}

/* verbs-30-ruptures.dict with the rest of the default dictionary */
static void test_ruptures_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* envoys called, brought or summoned home "from" a state, or "in"
	 * its capital */
	check_with(cd, "China called its ambassador home from Lithuania on Tuesday.",
		   "2021-08-10", EXPECT("CHN>LTU 161 asserted 2021-08-10"));
	check_with(cd, "Israel summoned its envoys in Dublin and Oslo home on Wednesday.",
		   "2024-05-22",
		   EXPECT("ISR>IRL 161 asserted 2024-05-22", "ISR>NOR 161 asserted 2024-05-22"));
	/* hours "to quit"; a state told to shrink its mission */
	check_with(cd, "Mali gave the French ambassador 72 hours to quit the country on Monday.",
		   "2022-01-31", EXPECT("MLI>FRA 161 asserted 2022-01-31"));
	check_with(cd, "Kuwait told Tehran to shrink its embassy staff on Thursday.", "2017-07-20",
		   EXPECT("KWT>IRN 161 asserted 2017-07-20"));
	/* a state's own mission closed in another */
	check_with(cd, "Israel will shut its mission in Ireland.", "2024-12-15",
		   EXPECT("ISR>IRL 161 planned 2024-12-15"));
	/* trade and ties put on hold */
	check_with(cd, "Saudi Arabia put all new business with Canada on hold on Monday.",
		   "2018-08-06", EXPECT("SAU>CAN 163 asserted 2018-08-06"));
	check_with(cd, "Belize has put its diplomatic ties with Israel on hold.", "2023-11-14",
		   EXPECT("BLZ>ISR 161 asserted 2023-11-14"));
	/* a state's imports and crude halted by its adjective */
	check_with(cd, "Saudi Arabia halted all Lebanese imports on Friday.", "2021-10-29",
		   EXPECT("SAU>LBN 163 asserted 2021-10-29"));
	check_with(cd, "Benin is blocking the loading of Nigerien crude at its port.", "2024-05-06",
		   EXPECT("BEN>NER 163 asserted 2024-05-06"));
	/* flight bans laid (163, as the tuned gold) and lifted (085) */
	check_with(cd, "Russia suspended flights to Georgia.", "2019-07-08",
		   EXPECT("RUS>GEO 163 asserted 2019-07-08"));
	check_with(cd, "Putin lifted a ban on Russian airlines flying to Georgia on Wednesday.",
		   "2023-05-10", EXPECT("RUSGOV>GEO 085 asserted 2023-05-10"));
	/* a deal let expire; landing rights withdrawn from an official */
	check_with(cd, "Algeria let a deal to pipe gas to Spain across Morocco expire on Sunday.",
		   "2021-10-31", EXPECT("DZA>MAR 1211 asserted 2021-10-31"));
	check_with(cd, "The Netherlands withdrew landing rights for Turkish Foreign Minister "
		   "Mevlut Cavusoglu's plane on Saturday.", "2017-03-11",
		   EXPECT("NLD>TURGOV 163 asserted 2017-03-11"));
	/* officials ordered "out of the country", past the arrest the order
	 * answers */
	check_with(cd, "Algeria ordered 12 French officials out of the country over the arrest "
		   "of an Algerian consular employee in Paris.", "2025-04-14",
		   EXPECT("DZA>FRA 161 asserted 2025-04-14"));
	coder_done(cd, lx, NULL);
}

/* "ordered diplomats from Argentina and Chile to leave, rejecting what
 * it called interventionist statements by their governments": the
 * rejection is the grounds of the expulsions, and "punishing Moscow"
 * restates them, no event of its own (act_context.c, rejects_grounds) */
static void test_ruptures_rejection_as_grounds(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Venezuela ordered diplomats from Argentina and Chile to leave on Monday, "
		   "rejecting what it called interventionist statements by their governments.",
		   "2024-07-29",
		   EXPECT("VEN>ARG 161 asserted 2024-07-29", "VEN>CHL 161 asserted 2024-07-29"));
	/* so is a punishment that names the same state again */
	check_with(cd, "President Barack Obama expelled 35 Russian diplomats on Thursday, "
		   "punishing Moscow for its meddling in the election.", "2016-12-29",
		   EXPECT("USAGOV>RUS 161 asserted 2016-12-29"));
	coder_done(cd, lx, NULL);
}

/* "Erdogan said Turkey may suspend diplomatic ties with the UAE or
 * withdraw its ambassador": the joined verb shares the speaker's "may",
 * one threat (1313), no speculative recall of its own (act_context.c,
 * voiced) */
static void test_ruptures_joined_threat(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "President Tayyip Erdogan said on Friday Turkey may suspend diplomatic ties "
		   "with the United Arab Emirates or withdraw its ambassador.", "2020-08-14",
		   EXPECT("TURGOV>ARE 1313 asserted 2020-08-14"));
	coder_done(cd, lx, NULL);
}

/* "pulled its envoy out of Paris, angered by French backing for Rabat's
 * plan": what the state is angered by is no event (act.c, felt_object) */
static void test_ruptures_angered_by(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Algiers pulled its envoy out of Paris on Tuesday, angered by French "
		   "backing for Rabat's plan for Western Sahara.", "2024-07-30",
		   EXPECT("DZA>FRA 161 asserted 2024-07-30"));
	coder_done(cd, lx, NULL);
}

/* verbs-30-leftC.dict: a mission's representation downgraded, envoys
 * declared unwelcome, consent for a consulate withdrawn, and a trade
 * status revoked "with" a state or by a bill */
static void test_ruptures_more_wordings(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Bahrain downgraded its diplomatic representation in Tehran on Monday.",
		   "2016-01-04", EXPECT("BHR>IRN 161 asserted 2016-01-04"));
	check_with(cd, "Lithuania declared three Russian embassy staff unwelcome on Friday.",
		   "2022-04-01", EXPECT("LTU>RUS 161 asserted 2022-04-01"));
	check_with(cd, "Poland said it was withdrawing its consent for the Russian consulate "
		   "in Poznan to operate.", "2023-10-20",
		   EXPECT("POL>RUS 161 asserted 2023-10-20"));
	check_with(cd, "The U.S. House of Representatives passed a bill revoking normal trade "
		   "relations with Russia on Thursday.", "2022-04-07",
		   EXPECT("USALEG>RUS 163 asserted 2022-04-07"));
	coder_done(cd, lx, NULL);
}

/* "has not joined its neighbours in cutting or downgrading relations":
 * the act done "in" another's company is as the joining is, negated
 * here (mode.c, joined_in) */
static void test_ruptures_joined_in(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Oman has not joined its Gulf Arab neighbours in cutting or downgrading "
		   "relations with Iran.", "2016-01-05",
		   EXPECT("OMN>IRN 161 negated 2016-01-05"));
	check_with(cd, "Oman has not joined its Gulf Arab neighbours in cutting ties "
		   "with Iran.", "2016-01-05", EXPECT("OMN>IRN 161 negated 2016-01-05"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ruptures_mission_staff_out),
		cmocka_unit_test(test_ruptures_default_dictionary),
		cmocka_unit_test(test_ruptures_rejection_as_grounds),
		cmocka_unit_test(test_ruptures_joined_threat),
		cmocka_unit_test(test_ruptures_angered_by),
		cmocka_unit_test(test_ruptures_more_wordings),
		cmocka_unit_test(test_ruptures_joined_in),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
