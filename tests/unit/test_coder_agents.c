/*
 * test_coder_agents.c - the agent part of actor codes with dyad's own
 * dictionaries: combat aircraft named by their model ("Turkish F-16s",
 * "a Russian Su-24 bomber") are their state's forces, a weapon owned by a
 * possessive is that owner's only right after it (a ministry that reports
 * another state's strike is not its striker), an intelligence service's
 * own drones are the service's, a spokesman after the forces' possessive
 * speaks for the forces, and protesters who "stormed and set fire to" an
 * embassy do both (tests/dev/README.md, `agents`); a person's name is
 * matched by its form, not its noun lemma.
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coder_check.h"

/* a model's plural, and a bomber named by its model, are the jets */
static void test_agents_aircraft_models(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Turkish F-16s shot down a Russian Su-24 bomber near the Syrian border on "
		   "Tuesday.", "2015-11-24",
		   EXPECT("TURMIL>RUSMIL 195 asserted 2015-11-24"));
	check_with(cd, "WARSAW, Sept 10 (Reuters) - Polish F-16s and Dutch F-35s shot down several "
		   "Russian drones over Polish territory early on Wednesday.", "2025-09-10",
		   EXPECT("POLMIL>RUSMIL 195 asserted 2025-09-10",
			  "NLDMIL>RUSMIL 195 asserted 2025-09-10"));
	/* alone the model is no actor: what was delivered goes to Ukraine */
	check_with(cd, "Denmark delivered F-16s to Ukraine on Tuesday.", "2024-08-06",
		   EXPECT("DNK>UKR 072 asserted 2024-08-06"));
	coder_done(cd, lx, NULL);
}

/* "X's warplanes struck": the owner strikes only when its possessive is
 * right before the weapons, not when it names the ministry that reports
 * what another state's (or its own forces') weapons did */
static void test_agents_reported_strikes(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Russia's defence ministry said Belarusian warplanes struck Kyiv on Friday.",
		   "2024-03-01", EXPECT("BLRMIL>UKR 195 asserted 2024-03-01"));
	check_with(cd, "Russia's defence ministry said its jets struck Ukrainian positions on Friday.",
		   "2024-03-01", EXPECT("RUSMIL>UKRMIL 195 asserted 2024-03-01"));
	check_with(cd, "Israel's warplanes struck Beirut on Friday.", "2024-09-27",
		   EXPECT("ISRMIL>LBN 195 asserted 2024-09-27"));
	coder_done(cd, lx, NULL);
}

/* an intelligence service's "its drones" are the service's own */
static void test_agents_spy_service_drones(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "KYIV, June 1 (Reuters) - The SBU security service said its drones struck "
		   "Russian bombers on Sunday.", "2025-06-01",
		   EXPECT("UKRSPY>RUSMIL 195 asserted 2025-06-01"));
	coder_done(cd, lx, NULL);
}

/* the military's spokesman speaks for the military */
static void test_agents_forces_spokesman(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "The Israeli military's spokesman accused Hamas of using hospitals.",
		   "2023-11-09", EXPECT("ISRMIL>PSEINSHMS 112 asserted 2023-11-09"));
	coder_done(cd, lx, NULL);
}

/* "after protesters stormed and set fire to": a verb whose past is its
 * base form, joined by "and" to a subordinate clause's past verb, is
 * that clause's, with its subject (the protesters, not the main
 * clause's state) */
static void test_agents_unmarked_past_joins(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Iraq expelled Sweden's ambassador after protesters stormed and set fire to "
		   "the Swedish embassy in Baghdad.", "2023-07-20",
		   EXPECT("IRQ>SWE 161 asserted 2023-07-20", "IRQCVL>SWE 145 asserted 2023-07-20"));
	coder_done(cd, lx, NULL);
}

/* A person's name does not inflect: "Costas" is no plural of Antonio
 * Costa's surname, and the Greek prime minister named in full is his
 * own record; a noun's plural still reaches its singular agent. */
static void test_agents_names_do_not_inflect(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Costas Simitis met Vladimir Putin in Moscow.", "2003-03-01",
		   EXPECT("GRCGOV>RUSGOV 040 asserted 2003-03-01"));
	check_with(cd, "Costas met Vladimir Putin in Moscow.", "2003-03-01", NONE);
	check_with(cd, "Frans Timmermans met Vladimir Putin in Moscow.", "2013-03-01",
		   EXPECT("NLDGOV>RUSGOV 040 asserted 2013-03-01"));
	/* a family name known for one person is no make of weapon */
	check_with(cd, "Germany will send Leopard tanks to Ukraine, and Washington will ship 31 "
		   "Abrams tanks.", "2023-01-25", EXPECT("DEU>UKR 072 planned 2023-01-25"));
	check_with(cd, "Russian soldiers shelled Ukrainian workers.", "2023-03-01",
		   EXPECT("RUSMIL>UKRLAB 194 asserted 2023-03-01"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_agents_aircraft_models),
		cmocka_unit_test(test_agents_reported_strikes),
		cmocka_unit_test(test_agents_spy_service_drones),
		cmocka_unit_test(test_agents_forces_spokesman),
		cmocka_unit_test(test_agents_unmarked_past_joins),
		cmocka_unit_test(test_agents_names_do_not_inflect),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
