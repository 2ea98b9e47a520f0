/*
 * test_coder_hosts.c - the coder on visits and hosting with the direction
 * right: the guest visits (042) the host's state, the host receives
 * (043) the guest.  The patterns of data/dict/verbs-29-hosts.dict (a
 * guest of honour at a dinner another hosts, a guest feted in a city, a
 * host putting off the guest's visit, a border crossed for a visit, a trip
 * that ends with a meeting), act.c's unplaced_trip_dateline() (an arrival
 * or a visit naming no place goes to the dateline's state) and
 * meeting_state()'s use of event_journey_state() (talks a journey is for
 * are held where it goes) (tests/dev/README.md, `hosts`).
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coder_check.h"

/* the guest's honours name the host: "the guest of honour at a state
 * dinner hosted by", "Putin's guest"; a guest feted in a city with no
 * host named is received by the city's state */
static void test_hosts_guests(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Kenyan President William Ruto was the guest of honour on Thursday at a "
		   "state dinner hosted by U.S. President Joe Biden.", "2024-05-23",
		   EXPECT("USAGOV>KENGOV 043 asserted 2024-05-23"));
	check_with(cd, "North Korean leader Kim Jong Un was feted in Beijing on Wednesday.",
		   "2025-09-03", EXPECT("CHN>PRKGOV 043 asserted 2025-09-03"));
	coder_done(cd, lx, NULL);
}

/* a host that puts off the guest's visit to the host's own state
 * refuses the guest (125), not its own state */
static void test_hosts_visit_put_off(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "The French government on Friday postponed King Charles's state visit to "
		   "France.", "2023-03-24", EXPECT("FRAGOV>GBRGOV 125 asserted 2023-03-24"));
	coder_done(cd, lx, NULL);
}

/* an arrival or a visit that names no place goes to the dateline's
 * state, when the traveller is foreign to it; a place named still wins,
 * and a traveller at home visits no one */
static void test_hosts_dateline_trips(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "KYIV, Aug 23 (Reuters) - Indian Prime Minister Narendra Modi arrived by "
		   "train on Friday.", "2024-08-23", EXPECT("INDGOV>UKR 042 asserted 2024-08-23"));
	check_with(cd, "NEW DELHI, Aug 23 (Reuters) - Indian Prime Minister Narendra Modi arrived "
		   "by train on Friday.", "2024-08-23", NONE);
	check_with(cd, "WARSAW, Aug 23 (Reuters) - Indian Prime Minister Narendra Modi arrived in "
		   "Kyiv by train on Friday.", "2024-08-23",
		   EXPECT("INDGOV>UKR 042 asserted 2024-08-23"));
	check_with(cd, "MANILA, July 8 (Reuters) - The Philippines welcomed the pact during a visit "
		   "by Japanese Foreign Minister Yoko Kamikawa.", "2024-07-08",
		   EXPECT("JPNGOV>PHL 042 asserted 2024-07-08"));
	coder_done(cd, lx, NULL);
}

/* talks a journey is for are held where the journey goes: in a state
 * foreign to both parties they are a meeting at a third location (044),
 * in the host's an ordinary one (040); a border crossed for a visit is
 * the visit; a trip that ends with a meeting is the traveller's meeting */
static void test_hosts_journeys(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Zelensky said he would travel to Turkey for direct talks with Vladimir Putin "
		   "if Putin came.", "2025-05-13",
		   EXPECT("UKRGOV>RUSGOV 044 conditional 2025-05-13",
			  "UKRGOV>TUR 042 conditional 2025-05-13"));
	check_with(cd, "Zelensky said he would travel to Moscow for direct talks with Vladimir Putin "
		   "if Putin agreed.", "2025-05-13",
		   EXPECT("UKRGOV>RUSGOV 040 conditional 2025-05-13",
			  "UKRGOV>RUS 042 conditional 2025-05-13"));
	check_with(cd, "U.S. President Joe Biden crossed into the Irish republic on Wednesday for a "
		   "three-day visit.", "2023-04-12", EXPECT("USAGOV>IRL 042 asserted 2023-04-12"));
	/* a trip that ends with a meeting is its traveller's meeting */
	check_with(cd, "Antony Blinken's visit ended with talks with Xi Jinping.", "2023-06-19",
		   EXPECT("USAGOV>CHNGOV 040 asserted 2023-06-19"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hosts_guests),
		cmocka_unit_test(test_hosts_visit_put_off),
		cmocka_unit_test(test_hosts_dateline_trips),
		cmocka_unit_test(test_hosts_journeys),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
