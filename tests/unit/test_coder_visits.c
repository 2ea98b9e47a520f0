/*
 * test_coder_visits.c - the coder on visits and hosting as wire copy tells
 * them: where a visit or a hosting happened, itineraries, travellers named
 * by their vehicles, hosts greeting arrivals, attendance skipped or sent in
 * one's place, trips cut and calls paid.
 *
 * Each case codes one sentence against a small native dictionary written
 * here (coder_check.h); the places cases render each event with its
 * location as "SOURCE>TARGET CODE mode @PLACE".
 */
#include "unit.h"

#include <stdio.h>

#include "coder_check.h"

static const char visits_dict[] =
"actor China | Chinese | Beijing = CHN\n"
"actor United States | U.S. | Washington = USA\n"
"actor Russia | Russian | Moscow | Vladivostok = RUS\n"
"actor India | Indian | New Delhi = IND\n"
"actor France | French | Paris = FRA\n"
"actor Serbia = SRB\n"
"actor Hungary = HUN\n"
"actor North Korea | North Korean | Pyongyang = PRK\n"
"actor Vietnam = VNM\n"
"actor Japan | Japanese | Tokyo = JPN\n"
"actor Singapore = SGP\n"
"actor White House = USAGOV\n"
"actor Germany = DEU\n"
"actor Mongolia | Mongolian = MNG\n"
"actor Australia = AUS\n"
"actor Papua New Guinea = PNG\n"
"actor Britain | British = GBR\n"
"actor South Africa = ZAF\n"
"person Rishi Sunak | Sunak\n"
"    = GBRGOV\n"
"person Volodymyr Zelenskiy | Zelenskiy\n"
"    = UKRGOV\n"
"person Sergei Shoigu | Shoigu\n"
"    = RUSGOV\n"
"person Ukhnaagiin Khurelsukh | Khurelsukh\n"
"    = MNGGOV\n"
"agent government official | official = GOV\n"
"agent defence minister = GOV\n"
"set ev_occasion = summit | parade\n"
"set p9_trip = visit | trip | tour | state visit\n"
"set domestic_fall = arrest\n"
"verb say {said said}\n"
"    * ^ would ^ attend = ---\n"
"verb attend\n"
"    * &ev_occasion in + = 042\n"
"verb cut short\n"
"    * ^ &p9_trip ~ in + = 042\n"
"verb meet {met met}\n"
"    * + = 040\n"
"noun stops\n"
"    * in + = 042\n"
"verb welcome\n"
"    * + &domestic_fall = ---\n"
"place Florida = USA\n"
"person Li Qiang\n"
"    = CHNGOV\n"
"person Xi Jinping | Xi\n"
"    = CHNGOV\n"
"person Joe Biden | Biden\n"
"    = USAGOV\n"
"person Donald Trump | Trump\n"
"    = USAGOV\n"
"person Narendra Modi | Modi\n"
"    = INDGOV\n"
"person Vladimir Putin | Putin\n"
"    = RUSGOV\n"
"person Kim Jong Un | Kim\n"
"    = PRKGOV\n"
"person Justin Trudeau | Trudeau\n"
"    = CANGOV\n"
"agent prime minister | president = GOV\n"
"noun dinner\n"
"    * with + = 040\n"
"noun talks\n"
"    * with + = 040\n"
"noun summit\n"
"    * with + = 040\n"
"verb fly {flew flown}\n"
"    * to + = 042\n"
"verb arrive\n"
"    * in + = 042\n"
"verb visit = 042\n"
"verb welcome = 043\n"
"verb cancel\n"
"    * ^ summit ^ with + = 125\n";

/* A dyad_code callback rendering each event with its place. */
static void test_visits_places(void **state)
{
	char path[] = "/tmp/dyad-visits-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(visits_dict, path, &lx);
	/* a host receives at home when no place is named */
	check_placed(cd, "Joe Biden welcomed Narendra Modi with an arrival ceremony on the South "
		     "Lawn.", "2023-06-22", EXPECT("USAGOV>INDGOV 043 asserted @USA"));
	/* a meeting a journey is for is held where the journey goes */
	check_placed(cd, "Justin Trudeau flew to Florida for dinner with Donald Trump.",
		     "2024-11-29", EXPECT("CANGOV>USAGOV 040 asserted @USA",
					  "CANGOV>USA 042 asserted @USA"));
	/* a visit is to the seat it names */
	/* the span a meeting lasts keeps it the journey's purpose */
	check_placed(cd, "Joe Biden arrived in Beijing for three days of talks with Xi Jinping.",
		     "2024-08-27", EXPECT("USAGOV>CHNGOV 040 asserted @CHN",
					  "USAGOV>CHN 042 asserted @CHN"));
	check_placed(cd, "Narendra Modi visited the White House.", "2023-06-22",
		     EXPECT("INDGOV>USA 042 asserted @USA"));
	/* each stop of a tour is where it goes */
	check_placed(cd, "Xi Jinping arrived in France, and later flew to Serbia.", "2024-05-05",
		     EXPECT("CHNGOV>FRA 042 asserted @FRA", "CHNGOV>SRB 042 asserted @SRB"));
	/* a meeting called off was not called off where it was to be */
	check_placed(cd, "Donald Trump cancelled his planned summit in Singapore with Kim Jong Un.",
		     "2018-05-24", EXPECT("USAGOV>PRKGOV 125 asserted @-"));
	coder_done(cd, lx, path);
}

/* The patterns of data/dict/verbs-27-visits.dict the cases below need,
 * as that file writes them. */
static const char visits27_dict[] =
"set vis_vehicle = train | armoured train | special train | plane\n"
"set vis_landing = airport | tarmac | border station | station\n"
"set vis_honours = honour guard | red carpet | ceremony\n"
"verb pull into | roll into | cross into\n"
"    $ 's ^ &vis_vehicle * + = 042\n"
"    * + ^ aboard = 042\n"
"verb meet {met met}\n"
"    * + at ^ &vis_landing = 043\n"
"    * at ^ &vis_landing = 043\n"
"verb welcome | greet | receive\n"
"    * + ~ with ^ &vis_honours = 043\n"
"    * + at ^ &vis_landing = 043\n"
"verb scrap | cancel | postpone\n"
"    * ^ stops in + = 125\n"
"    * + 's ^ &p9_trip = 125\n"
"verb represent\n"
"    * ^ at ^ &ev_occasion in + = 042\n"
"actor Saudi Arabia | Saudi | Riyadh = SAU\n"
"person King Salman\n"
"    = SAUGOV\n"
"verb begin {began begun}\n"
"    * ^ &p9_trip ~ to + = 042\n"
"noun trip\n"
"    * abroad = 042\n";

static void test_visits_travellers_and_hosts(void **state)
{
	char path[] = "/tmp/dyad-visits-XXXXXX";
	static char dict[sizeof(visits_dict) + sizeof(visits27_dict)];
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	snprintf(dict, sizeof(dict), "%s%s", visits_dict, visits27_dict);
	cd = coder_over(dict, path, &lx);
	/* the traveller named by the train that carries them */
	check_with(cd, "Kim Jong Un's armoured train pulled into Vladivostok on Wednesday.",
		   "2019-04-24", EXPECT("PRKGOV>RUS 042 asserted 2019-04-24"));
	check_with(cd, "A train pulled into Vladivostok on Wednesday.", "2019-04-24", NONE);
	check_with(cd, "Kim Jong Un rolled into Vietnam aboard his armoured train on Tuesday.",
		   "2019-02-26", EXPECT("PRKGOV>VNM 042 asserted 2019-02-26"));
	/* meeting an arrival where they land is receiving them */
	check_with(cd, "Rishi Sunak met Zelenskiy at Stansted airport on Wednesday.", "2023-02-08",
		   EXPECT("GBRGOV>UKRGOV 043 asserted 2023-02-08"));
	/* a host's honours are hosting, whatever the clause says next */
	check_with(cd, "Khurelsukh welcomed Putin with an honour guard, ignoring calls to arrest "
		   "him.", "2024-09-03", EXPECT("MNGGOV>RUSGOV 043 asserted 2024-09-03"));
	/* stops scrapped are meetings put off, not visits made */
	check_with(cd, "Joe Biden cut short an Asia trip, scrapping planned stops in Papua New "
		   "Guinea and Australia.", "2023-05-16",
		   EXPECT("USAGOV>PNG 125 asserted 2023-05-16", "USAGOV>AUS 125 asserted 2023-05-16"));
	/* attending in another's place is the visit */
	check_with(cd, "Li Qiang will represent China at the summit in New Delhi.", "2023-09-04",
		   EXPECT("CHNGOV>IND 042 planned 2023-09-04"));
	/* "visiting" before a person names the guest, no visit of the
	 * subject's */
	check_with(cd, "Kim Jong Un personally guided visiting Russian defence minister Sergei "
		   "Shoigu around an exhibition.", "2023-07-27", NONE);
	/* a subject that "no" determines did not act, and a speech verb's
	 * null pattern leaves the act its "would" reports to its own verb */
	check_with(cd, "Donald Trump said no U.S. government official would attend the summit in "
		   "South Africa.", "2025-11-07", EXPECT("USAGOV>ZAF 042 negated 2025-11-07"));
	/* a trip abroad that names no state goes to the dateline's, and
	 * "his" right after a verb is that verb's subject's */
	check_with(cd, "RIYADH, May 20 (Reuters) - King Salman greeted Donald Trump at the airport "
		   "as Trump began his first trip abroad since taking office.", "2017-05-20",
		   EXPECT("USAGOV>SAU 042 asserted 2017-05-20",
			  "SAUGOV>USAGOV 043 asserted 2017-05-20"));
	check_with(cd, "WASHINGTON, May 19 (Reuters) - Donald Trump began his first trip abroad "
		   "since taking office.", "2017-05-19", NONE);
	coder_done(cd, lx, path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_visits_places),
		cmocka_unit_test(test_visits_travellers_and_hosts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
