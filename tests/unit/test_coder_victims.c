/*
 * test_coder_victims.c - the coder on terror attacks, massacres,
 * bombings and shootings as wire ledes tell their victims
 * (tests/dev/README.md, `victims`), with the whole default dictionary:
 * the victims a toll names after "of them" or by another state's
 * people, one attacker or a shooting kept terror (180) whatever its
 * toll, a claim in a clause of its own leaving the attack to the
 * attackers, a group saying its men carried out the attack (015),
 * police shooting the attacker ("shot him dead": 190), and the towns
 * of the attacks.
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

/* "killing 38 people, most of them British", "killing two Turkish
 * nationals": the toll names the victims (event.c, toll_of_them() and
 * toll_foreign()) */
static void test_victims_toll_names_them(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "A gunman opened fire at a beach hotel in Sousse, Tunisia, on Friday, "
		   "killing 38 people, most of them British.", "2015-06-26",
		   EXPECT("---INS>GBRCVL 180 asserted 2015-06-26"));
	check_with(cd, "Gunmen stormed a university campus in Garissa on Thursday, killing 147 "
		   "people, most of them students.", "2015-04-02",
		   EXPECT("---INS>KENEDU 180 asserted 2015-04-02"));
	check_with(cd, "A suicide bomber struck a hotel in Mogadishu on Friday, killing two "
		   "Turkish nationals.", "2019-07-12",
		   EXPECT("---INS>TURCVL 1831 asserted 2019-07-12"));
	coder_done(cd, lx, NULL);
}

/* one attacker or a shooting is terror with firearms (180) whatever
 * its toll; fighters raiding a village by the score still commit a
 * mass killing (event.c, terror_shooting()) */
static void test_victims_shooting_stays_terror(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "A gunman killed 58 people at a music festival in Las Vegas on Sunday.",
		   "2017-10-02", EXPECT("---INS>USACVL 180 asserted 2017-10-01"));
	check_with(cd, "Gunmen in camouflage opened fire on concertgoers at a concert hall near "
		   "Moscow on Friday, killing at least 133 people.", "2024-03-22",
		   EXPECT("---INS>RUSCVL 180 asserted 2024-03-22"));
	check_with(cd, "Militants killed about 100 villagers in an attack on two villages in "
		   "western Niger on Saturday.", "2021-01-02",
		   EXPECT("---INS>NERCVL 202 asserted 2021-01-02"));
	coder_done(cd, lx, NULL);
}

/* a claim, in a clause of its own too, makes the claimant the attack's
 * source (act_context.c, attack_claimant()); a group saying its men
 * carried out the attack claims it (verbs-30-victims.dict) */
static void test_victims_claims(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "A suicide bomber killed at least 27 people at a mosque in Kabul on Monday, "
		   "and Islamic State claimed the attack.", "2016-11-21",
		   EXPECT("IMGMUSISI>AFGCVL 1831 asserted 2016-11-21",
			  "IMGMUSISI>AFGCVL 015 asserted 2016-11-21"));
	check_with(cd, "Suicide bombers struck Brussels airport on Tuesday, killing 32 people, "
		   "in attacks claimed by Islamic State.", "2016-03-22",
		   EXPECT("IMGMUSISI>BELCVL 1831 asserted 2016-03-22",
			  "IMGMUSISI>BELCVL 015 asserted 2016-03-22"));
	check_with(cd, "A truck bomb tore through a shopping street in Baghdad on Sunday, killing "
		   "120 people, and Islamic State said it had carried out the bombing.",
		   "2016-07-03",
		   EXPECT("IMGMUSISI>IRQCVL 1832 asserted 2016-07-03",
			  "IMGMUSISI>IRQCVL 015 asserted 2016-07-03"));
	/* (a state's "it had carried out strikes" is the strikes) */
	check_with(cd, "Israel said it had carried out strikes on Hezbollah targets in southern "
		   "Lebanon.", "2024-09-20", EXPECT("ISR>LBNINSHEZ 195 asserted 2024-09-20"));
	coder_done(cd, lx, NULL);
}

/* "before police shot him dead": "him" is the one attacker (match.c,
 * lone_attacker_before()), and police shooting an attacker use force
 * (190, event.c) */
static void test_victims_police_shoot_attacker(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "An 18-year-old gunman killed 19 children at a school in Texas on Tuesday "
		   "before police shot him dead.", "2022-05-24",
		   EXPECT("---INS>USACVL 180 asserted 2022-05-24",
			  "USACOP>---INS 190 asserted 2022-05-24"));
	check_with(cd, "An attacker stabbed a police officer to death in London before he was "
		   "shot dead by armed police.", "2017-03-22",
		   EXPECT("---INS>GBRCOP 1823 asserted 2017-03-22",
			  "GBRCOP>---INS 190 asserted 2017-03-22"));
	coder_done(cd, lx, NULL);
}

/* "many of them foreigners from Saudi Arabia, Lebanon and Iraq": each
 * state a toll lists is hit, not the first alone (event.c, toll_next()) */
static void test_victims_toll_lists_states(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "A suicide bomber killed 20 people at a hotel in Kabul on Monday, most of "
		   "them Americans and Britons.", "2018-01-22",
		   EXPECT("---INS>USACVL 1831 asserted 2018-01-22",
			  "---INS>GBRCVL 1831 asserted 2018-01-22"));
	check_with(cd, "Gunmen opened fire on diners at a restaurant in Dhaka on Friday, killing "
		   "22 people, most of them foreigners from Italy, Japan and India.", "2016-07-01",
		   EXPECT("---INS>ITACVL 180 asserted 2016-07-01",
			  "---INS>JPNCVL 180 asserted 2016-07-01",
			  "---INS>INDCVL 180 asserted 2016-07-01"));
	coder_done(cd, lx, NULL);
}

/* "razed the town of Baga ..., killing hundreds of residents": an armed
 * group's destruction of a place with a toll by the score is a mass
 * killing (202, event.c) */
static void test_victims_razed_with_toll(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Boko Haram fighters razed the town of Baga in northeastern Nigeria on "
		   "Saturday, killing hundreds of residents.", "2015-01-10",
		   EXPECT("NGAINSBKH>NGACVL 202 asserted 2015-01-10"));
	coder_done(cd, lx, NULL);
}

/* "a suicide bomber drove an explosives-laden vehicle into their
 * convoy": "their" is not the attacker's own (match_subject.c,
 * attacker_before()) */
static void test_victims_their_not_attacker(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Two Pakistani soldiers were killed on Tuesday when a suicide bomber drove "
		   "an explosives-laden vehicle into their convoy near Besham.", "2024-03-26",
		   EXPECT("---INS>PAKMIL 1831 asserted 2024-03-26"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_victims_toll_names_them),
		cmocka_unit_test(test_victims_shooting_stays_terror),
		cmocka_unit_test(test_victims_claims),
		cmocka_unit_test(test_victims_police_shoot_attacker),
		cmocka_unit_test(test_victims_toll_lists_states),
		cmocka_unit_test(test_victims_razed_with_toll),
		cmocka_unit_test(test_victims_their_not_attacker),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
