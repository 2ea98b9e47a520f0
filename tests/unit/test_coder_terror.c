/*
 * test_coder_terror.c - the coder on assault and unconventional violence
 * (CAMEO 18) as wire copy tells it (tests/dev/README.md, `terror`), with
 * the whole default dictionary: assassinations and attempts on one
 * political figure (185, 186: event.c attempt_verb(), attempt_told()),
 * attackers named as "a man", "two men", a state's man, a sniper or "one
 * of his own police guards" (act_context.c person_subject(),
 * match_names.c counted_people(), clause.c by_phrase_head()), hostages
 * and human shields (verbs-32-terror.dict), tolls that name victims
 * ("including ...") and bombings whose toll stays a bombing (event.c),
 * and blame and vows after an attack.
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static void test_terror_default_dictionary(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	/* predicate.c past_then_dead_or_title(): "shot dead" after a noun phrase is a verb */
	check_with(cd, "A gunman disguised as a courier shot dead Oleksiy Marchenko, a Ukrainian "
		   "lawmaker, in the city of Lviv on Tuesday.",
		   "2024-03-05",
		   EXPECT("---INS>UKRLEG 186 asserted 2024-03-05"));
	/* event.c: a terror killing of one named figure is 186, even by a suicide bomber */
	check_with(cd, "A suicide bomber who hid explosives under his robe killed Iraqi Governor "
		   "Ahmed Khalaf in Ramadi on Monday.",
		   "2014-03-10",
		   EXPECT("---INS>IRQGOV 186 asserted 2014-03-10"));
	/* match_names.c counted_people(): men counted are actors */
	check_with(cd, "Two men hacked a soldier to death with machetes in the Kenyan town of "
		   "Lamu on Wednesday.",
		   "2013-05-22",
		   EXPECT("KENCVL>KENMIL 1823 asserted 2013-05-22"));
	/* event.c attempt_verb(): gunfire opened on one figure is an attempt on their life */
	check_with(cd, "A gunman opened fire on an Argentine senator outside her home in Buenos "
		   "Aires on Thursday.",
		   "2022-09-04",
		   EXPECT("---INS>ARGLEG 185 asserted 2022-09-01"));
	/* act_context.c thrown_at(), verbs-32-terror.dict: a grenade thrown at a leader */
	check_with(cd, "A man threw what looked like a grenade at President Emmerson Mnangagwa "
		   "during a rally in Bulawayo on Saturday.",
		   "2018-06-23",
		   EXPECT("ZWECVL>ZWEGOV 185 asserted 2018-06-23"));
	/* event.c: armed men seizing people take hostages (181), not a place */
	check_with(cd, "Gunmen seized two Americans and a Briton from their car in western "
		   "Baghdad on Sunday.",
		   "2005-11-20",
		   EXPECT("---INS>USACVL 181 asserted 2005-11-20",
			  "---INS>GBR 192 asserted 2005-11-20"));
	/* verbs-32-terror.dict: people held as human shields (184) */
	check_with(cd, "Islamic State fighters are holding civilians as human shields in the old "
		   "city of Mosul, the Iraqi army said.",
		   "2017-06-01",
		   EXPECT("IMGMUSISI>IRQCVL 184 asserted 2017-06-01"));
	/* act_context.c person_subject(): a man opening the clause, a civilian */
	check_with(cd, "PARIS, Sept 25 (Reuters) - A man wounded two journalists with a meat "
		   "cleaver near the former offices of Charlie Hebdo on Friday.",
		   "2020-09-25",
		   EXPECT("FRACVL>FRAMED 182 asserted 2020-09-25"));
	/* event.c: a state's man as attacker is its civilian, not the state */
	check_with(cd, "A Tunisian man armed with a knife killed two women at a church in the "
		   "French city of Lyon on Thursday, beheading one of them.",
		   "2016-09-15",
		   EXPECT("TUN>FRACVL 190 asserted 2016-09-15",
			  "TUNCVL>FRA 1823 asserted 2016-09-15"));
	/* match.c: a sniper is an unnamed attacker (---INS), wherever he strikes */
	check_with(cd, "A Lebanese judge was shot dead by a sniper in the northern city of "
		   "Tripoli on Saturday.",
		   "2012-03-10",
		   EXPECT("---INS>LBNJUD 186 asserted 2012-03-10"));
	/* act_target.c owned_place_after_prep(): "at his Tripoli home" is no passive's target */
	check_with(cd, "A Lebanese judge was shot dead by gunmen at his Tripoli home on "
		   "Saturday.",
		   "2012-03-10",
		   EXPECT("---INS>LBNJUD 186 asserted 2012-03-10"));
	/* clause.c by_phrase_head(): "by one of his own police guards" names the agent */
	check_with(cd, "A Pakistani minister was shot dead by one of his own police guards in "
		   "Lahore on Wednesday.",
		   "2016-02-10",
		   EXPECT("PAKCOP>PAKGOV 186 asserted 2016-02-10"));
	/* match.c violence_told(): a sport word does not discard a bombing */
	check_with(cd, "A bomb ripped through a crowd watching a World Cup qualifier in Kabul on "
		   "Tuesday, killing 12 people.",
		   "2022-07-11",
		   EXPECT("---INS>AFGCVL 183 asserted 2022-07-05"));
	/* event.c bombs_before(): a bombing's toll stays 183 */
	check_with(cd, "Al Shabaab claimed responsibility for two bomb blasts that tore through "
		   "crowds in Kampala, killing 74 people.",
		   "2010-07-11",
		   EXPECT("SOMINSSHB>UGACVL 015 asserted 2010-07-11",
			  "SOMINSSHB>UGACVL 183 asserted 2010-07-11"));
	/* event.c toll_of_them(): a toll's "including" names its victims */
	check_with(cd, "Gunmen stormed a cafe in Ouagadougou on Friday, killing 28 people "
		   "including two Swiss lawmakers and six Canadians.",
		   "2016-01-15",
		   EXPECT("---INS>CHELEG 180 asserted 2016-01-15"));
	/* event.c attempt_told(): an assault told as an attempt on a figure's life */
	check_with(cd, "A suicide bomber struck the convoy of Somali Prime Minister Omar "
		   "Abdirashid Sharmarke in Mogadishu in the second attempt on his life this "
		   "year.",
		   "2009-12-22",
		   EXPECT("---INS>SOMGOV 185 asserted 2009"));
	/* event.c: a suicide bomber wounding one figure attempts their life (185), no bombing */
	check_with(cd, "A suicide bomber wounded a Pakistani minister in Islamabad on Sunday in "
		   "the second attempt on his life.",
		   "2005-04-24",
		   EXPECT("---INS>PAKGOV 185 asserted 2005-04-24"));
	/* verbs-32-terror.dict: evidence said to point to a group is blame (112) */
	check_with(cd, "Prime Minister Binali Yildirim said the evidence pointed to Islamic "
		   "State after three suicide bombers attacked Istanbul airport.",
		   "2016-06-30",
		   EXPECT("TURGOV>IMGMUSISI 112 asserted 2016-06-30",
			  "---INS>TURCVL 1831 asserted 2016-06-30"));
	/* verbs-32-terror.dict: war vowed on a group is a threat (138) */
	check_with(cd, "French President Francois Hollande vowed a merciless war against Islamic "
		   "State on Saturday.",
		   "2015-11-14",
		   EXPECT("FRAGOV>IMGMUSISI 138 asserted 2015-11-14"));
	/* match_names.c: a force's own sniper is the force */
	check_with(cd, "A gunman wounded a former president at a rally on Saturday before being "
		   "killed by a Secret Service sniper.",
		   "2024-07-13",
		   EXPECT("---INS>USAELI 185 asserted 2024-07-13",
			  "USACOP>---INS 190 asserted 2024-07-13"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_terror_default_dictionary),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
