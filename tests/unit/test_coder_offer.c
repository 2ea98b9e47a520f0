/*
 * test_coder_offer.c - the coder on intent to cooperate (CAMEO 03) as wire
 * copy words it: readiness told with "prepared" or "determined", readiness
 * held "whenever" the other side wants, mediation offered for peace in a
 * war's place, and the patterns of data/dict/verbs-28-offer.dict
 * (invitations accepted, mediation welcomed, help to settle offered,
 * conflicts promised an end, cooperation promised by its field).
 *
 * Each case codes one sentence against a small native dictionary written
 * here (coder_check.h).
 */
#include "unit.h"

#include <stdio.h>

#include "coder_check.h"

static const char offer_dict[] =
"actor China | Chinese | Beijing = CHN\n"
"actor India | Indian | New Delhi = IND\n"
"actor Russia | Russian | Moscow = RUS\n"
"actor Ukraine | Ukrainian | Kyiv = UKR\n"
"actor South Korea | Seoul = KOR\n"
"actor North Korea | Pyongyang = PRK\n"
"actor Britain | British = GBR\n"
"actor Egypt = EGY\n"
"actor Gaza = PSE\n"
"actor Qatar = QAT\n"
"actor Israel = ISR\n"
"actor Iran = IRN\n"
"actor Kyrgyzstan = KGZ\n"
"actor Tajikistan = TJK\n"
"actor Malaysia = MYS\n"
"actor Cambodia = KHM\n"
"actor Thailand = THA\n"
"actor Japan = JPN\n"
"actor Philippines = PHL\n"
"actor Armenia = ARM\n"
"actor Azerbaijan = AZE\n"
"actor Myanmar = MMR\n"
"actor Bangladesh | Dhaka = BGD\n"
"actor Rohingya Muslims = MMRCVL\n"
"person Donald Trump | Trump\n"
"    = USAGOV 2025-01-20..\n"
"    = USAGOV 2017-01-20..2021-01-20\n"
"person Kim Jong Un\n"
"    = PRKGOV\n"
"person Hun Manet\n"
"    = KHMGOV\n"
"agent leader = GOV\n"
"set ev_meet = talk | talks | dialogue | summit | meeting | meet\n"
"set ev_settle = peace | settle | political settlement\n"
"set ev_invitation = invitation | invite\n"
"set ev_mediation_n = mediation | mediator\n"
"set ev_ceasefire = ceasefire | truce\n"
"set ev_troops = troops | soldiers\n"
"set ev_humaid = humanitarian assistance | humanitarian aid | food aid\n"
"set ev_milaid = weapons | military aid\n"
"set ev_econaid = loans | economic aid\n"
"set a_give_v = provide | supply | send\n"
"set c7_improve_v = deepen | expand | strengthen\n"
"set ev_milcoop = defence cooperation | military cooperation\n"
"set ev_econcoop = trade | investment\n"
"set ev_relations = ties | cooperation\n"
"set p11_free_v = free\n"
"verb say {said said}\n"
"verb meet {met met} = 040\n"
"    * + = 040\n"
"verb welcome = 051\n"
"    * + = 051\n"
"verb pledge | promise | vow | commit = 030\n"
"    $ and + * to &c7_improve_v ^ &ev_relations = 030:030\n"
"noun ready | willing | keen\n"
"    $ * to &ev_meet with + = 036\n"
"verb sign\n"
"    * ^ deal with + = 057\n"
"verb flee {fled fled}\n"
"    * to + = ---\n"
"noun ceasefire\n"
"    * between + = 0871:0871\n";

/* The patterns of data/dict/verbs-28-offer.dict the cases below need, as
 * that file writes them. */
static const char offer28_dict[] =
"set off_settle_v = settle | resolve | end\n"
"set off_dispute_n = conflict | dispute | border conflict | war\n"
"set off_make_v = turn | make | consolidate\n"
"set off_deal_n = deal | peace deal | ceasefire\n"
"set off_back_v = back | underwrite | guarantee\n"
"set off_flow = flowing | moving\n"
"verb accept | take up\n"
"    * ^ &ev_invitation to meet + = 036\n"
"verb welcome | accept | embrace\n"
"    * + 's offer to host = 038\n"
"    * + 's efforts to mediate = 038\n"
"noun ready | willing | prepared | keen | eager | determined | happy | open\n"
"    $ * to help + &off_settle_v = 039\n"
"    $ * to help &off_make_v ^ &ev_ceasefire between + = 039\n"
"    $ * to contribute ^ to ^ &ev_settle in + = 039\n"
"verb pledge | promise | vow | offer | commit | undertake | agree\n"
"    $ and + * to ~ &off_settle_v ^ &off_dispute_n = 037:037\n"
"    $ and + * to ~ &c7_improve_v ^ &ev_milcoop = 0312:0312\n"
"verb prepare | determine\n"
"    $ * to &off_back_v ^ &off_deal_n in + ^ with ^ troops = 0334\n"
"    $ * to keep ^ aid &off_flow into + = 0333\n"
"    $ * to &a_give_v + with ^ &ev_humaid = 0333\n";

static dyad_coder *offer_coder(char *path, dyad_lexicon **lx)
{
	static char dict[sizeof(offer_dict) + sizeof(offer28_dict)];

	snprintf(dict, sizeof(dict), "%s%s", offer_dict, offer28_dict);
	return coder_over(dict, path, lx);
}

/* "was prepared to", "is determined to": the readiness of the one named
 * before them (no passive, whose subject would be acted on), and readiness
 * held "whenever" the other side wants is held on a condition */
static void test_offer_readiness_participles(void **state)
{
	char path[] = "/tmp/dyad-offer1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = offer_coder(path, &lx);
	check_with(cd, "Britain was prepared to back a deal in Ukraine with troops on the ground.",
		   "2025-03-02", EXPECT("GBR>UKR 0334 asserted 2025-03-02"));
	check_with(cd, "Egypt was determined to keep aid flowing into Gaza.", "2023-10-21",
		   EXPECT("EGY>PSE 0333 asserted 2023-10-21"));
	check_with(cd, "South Korea is prepared to provide North Korea with humanitarian assistance.",
		   "2024-01-09", EXPECT("KOR>PRK 0333 asserted 2024-01-09"));
	check_with(cd, "South Korea is prepared to provide North Korea with humanitarian assistance "
		   "whenever Pyongyang wants it.", "2024-01-09",
		   EXPECT("KOR>PRK 0333 conditional 2024-01-09"));
	check_with(cd, "China is ready to hold talks with India whenever New Delhi wants them.",
		   "2024-01-09", EXPECT("CHN>IND 036 conditional 2024-01-09"));
	coder_done(cd, lx, path);
}

/* mediation offered for peace in the place of a war goes to both its
 * sides; before the war, the place is the place */
static void test_offer_peace_in_a_war_place(void **state)
{
	char path[] = "/tmp/dyad-offer2-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = offer_coder(path, &lx);
	check_with(cd, "India was ready to contribute to the restoration of peace in Ukraine.",
		   "2024-08-22", EXPECT("IND>RUS 039 asserted 2024-08-22", "IND>UKR 039 asserted 2024-08-22"));
	check_with(cd, "India was ready to contribute to the restoration of peace in Ukraine.",
		   "2019-08-22", EXPECT("IND>UKR 039 asserted 2019-08-22"));
	coder_done(cd, lx, path);
}

/* verbs-28-offer.dict: an invitation to meet accepted is intent to meet,
 * not the meeting; a mediator's offer welcomed is mediation accepted;
 * help to two parties to settle or keep a truce is mediation offered; a
 * pair's promise to end their conflict is 037, to deepen defence
 * cooperation 0312 */
static void test_offer_dictionary_families(void **state)
{
	char path[] = "/tmp/dyad-offer3-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = offer_coder(path, &lx);
	check_with(cd, "Donald Trump accepted an invitation to meet North Korean leader Kim Jong Un.",
		   "2018-03-08", EXPECT("USAGOV>PRKGOV 036 asserted 2018-03-08"));
	check_with(cd, "Hun Manet welcomed Malaysia's offer to host talks.", "2025-07-27",
		   EXPECT("KHMGOV>MYS 038 asserted 2025-07-27"));
	check_with(cd, "Russia was ready to help Kyrgyzstan and Tajikistan settle their border conflict.",
		   "2022-09-16", EXPECT("RUS>KGZ 039 asserted 2022-09-16", "RUS>TJK 039 asserted 2022-09-16"));
	check_with(cd, "Qatar was keen to help turn the ceasefire between Israel and Iran into a "
		   "lasting settlement.", "2025-06-24",
		   EXPECT("QAT>ISR 039 asserted 2025-06-24", "QAT>IRN 039 asserted 2025-06-24"));
	check_with(cd, "Armenia and Azerbaijan committed to end their decades-long conflict.", "2025-08-08",
		   EXPECT("ARM>AZE 037 asserted 2025-08-08", "AZE>ARM 037 asserted 2025-08-08"));
	check_with(cd, "Japan and the Philippines pledged to deepen their defence cooperation.",
		   "2024-04-11", EXPECT("JPN>PHL 0312 asserted 2024-04-11", "PHL>JPN 0312 asserted 2024-04-11"));
	coder_done(cd, lx, path);
}

/* a participle after a comma is the main clause subject's, not that of
 * people a "who" clause before it tells of */
static void test_offer_participle_after_who(void **state)
{
	char path[] = "/tmp/dyad-offer4-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = offer_coder(path, &lx);
	check_with(cd, "Myanmar agreed to take back Rohingya Muslims who fled to Bangladesh, "
		   "signing a deal with Dhaka.", "2017-11-23", EXPECT("MMR>BGD 057 asserted 2017-11-23"));
	coder_done(cd, lx, path);
}

/* The same families through dyad's own dictionaries, as the news words
 * them: each case fails without verbs-28-offer.dict */
static void test_offer_own_dictionaries(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "U.S. President Donald Trump accepted an invitation to meet North Korean "
		   "leader Kim Jong Un.", "2018-03-08", EXPECT("USAGOV>PRKGOV 036 asserted 2018-03-08"));
	check_with(cd, "Qatar said it welcomed the Kuwaiti emir's efforts to mediate.", "2017-06-09",
		   EXPECT("QAT>KWTGOV 038 asserted 2017-06-09"));
	check_with(cd, "The Kremlin said Russia was ready to help Kyrgyzstan and Tajikistan settle "
		   "their border conflict.", "2022-09-16",
		   EXPECT("RUS>KGZ 039 asserted 2022-09-16", "RUS>TJK 039 asserted 2022-09-16"));
	check_with(cd, "Thailand agreed in principle to a ceasefire with Cambodia.", "2025-07-26",
		   EXPECT("THA>KHM 0356 asserted 2025-07-26"));
	check_with(cd, "France and Britain have pledged to deploy troops to Ukraine as a "
		   "reassurance force.", "2025-09-04",
		   EXPECT("FRA>UKR 0334 asserted 2025-09-04", "GBR>UKR 0334 asserted 2025-09-04"));
	check_with(cd, "Bangladesh's army chief promised protesters that an interim government "
		   "would be formed.", "2024-08-05", EXPECT("BGDMIL>BGDCVL 0341 asserted 2024-08-05"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_offer_readiness_participles),
		cmocka_unit_test(test_offer_peace_in_a_war_place),
		cmocka_unit_test(test_offer_dictionary_families),
		cmocka_unit_test(test_offer_participle_after_who),
		cmocka_unit_test(test_offer_own_dictionaries),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
