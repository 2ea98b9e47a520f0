/*
 * test_coder_negotiate.c - the coder on consultation, diplomatic and
 * material cooperation as ceasefire, peace, trade and security
 * negotiations are worded: talks named negotiations by their kind or
 * topic, meetings held to negotiate, calls held while acting, talks
 * agreed with another, deals a pair commits to, truce deals reached, and
 * a delegation met somewhere that is no delegation "of" the place.
 *
 * Each case codes one sentence against a small native dictionary written
 * here (coder_check.h), with the patterns of
 * data/dict/verbs-28-negotiate.dict as that file writes them.
 */
#include "unit.h"

#include <stdio.h>

#include "coder_check.h"

static const char negotiate_dict[] =
"actor United States | U.S. | Washington = USA\n"
"actor Iran | Iranian = IRN\n"
"actor Oman = OMN\n"
"actor Israel | Israeli = ISR\n"
"actor Egypt | Egyptian = EGY\n"
"actor Qatar | Qatari = QAT\n"
"actor France | Paris = FRA\n"
"actor Hamas = PSEREB\n"
"actor Armenia = ARM\n"
"actor Azerbaijan = AZE\n"
"actor Ukraine | Ukrainian = UKR\n"
"actor Saudi Arabia | Saudi | Jeddah = SAU\n"
"actor Turkey | Turkish = TUR\n"
"actor Pakistan = PAK\n"
"actor Afghanistan = AFG\n"
"actor Doha = QAT\n"
"person Steve Witkoff | Witkoff\n"
"    = USAGOV\n"
"person Abbas Araqchi | Araqchi\n"
"    = IRNGOV\n"
"person William Burns | Burns\n"
"    = USASPY\n"
"person Vladimir Putin | Putin\n"
"    = RUSGOV\n"
"person Donald Trump | Trump\n"
"    = USAGOV\n"
"person Benjamin Netanyahu | Netanyahu\n"
"    = ISRGOV\n"
"agent officials | delegation | prime minister | president = GOV\n"
"set ev_talks = talks | negotiations\n"
"set ev_agreement = agreement | deal | accord\n"
"set ev_ceasefire = ceasefire | truce\n"
"set nuclear_talk_topic = nuclear | nuclear programme\n"
"set coop3_call = call | phone call\n"
"set q12_team = delegation | team\n"
"set a_be = be | become | remain | stay\n"
"noun talks\n"
"    $ and + hold * = 040:040\n"
"    * with + = 040:040\n"
"verb meet {met met}\n"
"    * ^ &q12_team ~ of + = 040\n"
"    * + = 040\n"
"verb apologize | apologise\n"
"    * to + = 055\n"
"verb tell {told told}\n"
"    * + = 010\n"
"verb agree\n"
"    * with + = 019\n"
"verb commit\n"
"    * to &ev_talks = 036\n"
"verb reach\n"
"    $ and + * &ev_ceasefire = 0871:0871\n"
"    $ and + * &ev_agreement = 057:057\n"
"noun call\n"
"    + ^ in a ^ phone * = 041\n"
"noun conversation\n"
"    in a ^ telephone * with + = 041\n";

/* The patterns of data/dict/verbs-28-negotiate.dict the cases below
 * need, as that file writes them. */
static const char negotiate28_dict[] =
"noun talks | parleys\n"
"    $ and + hold indirect * = 046:046\n"
"    $ and + hold ^ indirect * = 046:046\n"
"    * with + over ^ &nuclear_talk_topic = 046:046\n"
"verb meet {met met}\n"
"    * + ^ to negotiate = 046\n"
"noun call | phone call | telephone call\n"
"    $ ^ + ^ in a ^ phone * = 041:041\n"
"    $ ^ + ^ in a * from = 041:041\n"
"noun conversation | conversations\n"
"    $ ^ + ^ in a ^ telephone * = 041:041\n"
"verb agree\n"
"    * with + ^ to start &ev_talks = 036:036\n"
"verb commit | sign up\n"
"    $ and + * to ^ &ev_agreement = 057:057\n"
"verb conclude | clinch | reach | strike {struck} | seal\n"
"    $ and + * &ev_ceasefire and ^ &ev_agreement = 057:057\n"
"    $ and + * ^ &ev_ceasefire ~ deal = 057:057\n"
"verb say {said said}\n"
"    * + &a_be not a terrorist = 052\n";

static void test_negotiate_talks_and_calls(void **state)
{
	char path[] = "/tmp/dyad-negotiate-XXXXXX";
	static char dict[sizeof(negotiate_dict) + sizeof(negotiate28_dict)];
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	snprintf(dict, sizeof(dict), "%s%s", negotiate_dict, negotiate28_dict);
	cd = coder_over(dict, path, &lx);
	/* talks through a go-between are negotiations, in a third country too */
	check_with(cd, "Steve Witkoff and Abbas Araqchi held indirect talks in Oman on Saturday.",
		   "2025-04-12", EXPECT("USAGOV>IRNGOV 046 asserted 2025-04-12",
					"IRNGOV>USAGOV 046 asserted 2025-04-12"));
	/* talks over a nuclear programme are negotiations, both ways */
	check_with(cd, "The United States was holding direct talks with Iran over its nuclear "
		   "programme.", "2025-04-07", EXPECT("USA>IRN 046 asserted 2025-04-07",
						      "IRN>USA 046 asserted 2025-04-07"));
	/* a meeting held to negotiate is a negotiation with each one met,
	 * none among them */
	check_with(cd, "William Burns met Israeli, Egyptian and Qatari officials in Paris on "
		   "Sunday to negotiate a new pause in the fighting.", "2024-01-28",
		   EXPECT("USASPY>ISRGOV 046 asserted 2024-01-28",
			  "USASPY>EGYGOV 046 asserted 2024-01-28",
			  "USASPY>QATGOV 046 asserted 2024-01-28"));
	/* one addressed in a call calls back */
	check_with(cd, "Netanyahu apologised to Qatar's prime minister in a call from the White "
		   "House on Monday.", "2025-09-29",
		   EXPECT("ISRGOV>QATGOV 041 asserted 2025-09-29",
			  "QATGOV>ISRGOV 041 asserted 2025-09-29",
			  "ISRGOV>QATGOV 055 asserted 2025-09-29"));
	check_with(cd, "Putin told Trump in a telephone conversation on Tuesday that the strikes "
		   "would stop.", "2025-03-18",
		   EXPECT("RUSGOV>USAGOV 041 asserted 2025-03-18",
			  "USAGOV>RUSGOV 041 asserted 2025-03-18",
			  "RUSGOV>USAGOV 010 asserted 2025-03-18"));
	/* talks agreed with another are intent to negotiate, both ways */
	check_with(cd, "Trump agreed with Putin to start negotiations.", "2025-02-12",
		   EXPECT("USAGOV>RUSGOV 036 asserted 2025-02-12",
			  "RUSGOV>USAGOV 036 asserted 2025-02-12"));
	/* a pair committing to a deal makes it */
	check_with(cd, "Armenia and Azerbaijan committed on Friday to a peace deal.", "2025-08-08",
		   EXPECT("ARM>AZE 057 asserted 2025-08-08", "AZE>ARM 057 asserted 2025-08-08"));
	/* the deal a truce is part of is what the pair reached */
	check_with(cd, "Israel and Hamas reached a ceasefire and hostage release deal.",
		   "2025-01-15", EXPECT("ISR>PSEREB 057 asserted 2025-01-15",
					"PSEREB>ISR 057 asserted 2025-01-15"));
	check_with(cd, "Israel and Hamas reached a ceasefire.", "2025-01-15",
		   EXPECT("ISR>PSEREB 0871 asserted 2025-01-15",
			  "PSEREB>ISR 0871 asserted 2025-01-15"));
	/* one cleared of the terrorist label is defended */
	check_with(cd, "Turkish President Tayyip Erdogan said Hamas was not a terrorist "
		   "organisation.", "2023-10-25", EXPECT("TURGOV>PSEREB 052 asserted 2023-10-25"));
	/* a delegation met in a city "of" a place is no delegation of it */
	check_with(cd, "Ukrainian officials met a U.S. delegation in the Saudi city of Jeddah.",
		   "2025-03-11", EXPECT("UKRGOV>USAGOV 044 asserted 2025-03-11"));
	coder_done(cd, lx, path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_negotiate_talks_and_calls),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
