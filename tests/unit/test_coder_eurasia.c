/*
 * test_coder_eurasia.c - the coder on the language of the Caucasus,
 * Central Asia, Turkey, Belarus and Moldova (tests/dev/eurasia-*.jsonl):
 * deeds inside an accusation's charge, charges after an -ly adverb,
 * events that date the news through an attack noun's phrase, struck
 * places named after their state's possessive, and the second of two
 * grounds an "over" gives.
 */
#include "unit.h"

#include "coder_check.h"

static const char eurasia_dict[] =
"actor Armenia | Armenian | Yerevan = ARM\n"
"actor Azerbaijan | Azerbaijani | Baku = AZE\n"
"actor Russia | Russian | Moscow = RUS\n"
"actor Moldova | Moldovan = MDA\n"
"actor Turkey | Turkish | Ankara = TUR\n"
"actor PKK = TURREBPKK\n"
"agent troops = MIL\n"
"agent court = JUD\n"
"agent jets = MIL\n"
"agent company = BUS\n"
"agent governor = GOV\n"
"agent protesters = CVL\n"
"agent government = GOV\n"
"verb accuse = 112\n"
"verb seize = 171\n"
"verb advance = 190\n"
"verb overthrow = 173\n"
"verb sentence = 116\n"
"verb finance = 071\n"
"verb strike {struck} = 195\n"
"verb kill = 190\n"
"verb ask = 020\n"
"agent people = CVL\n"
"actor Ganja = AZE\n"
"agent civilians = CVL\n"
"actor Belarus | Belarusian = BLR\n"
"actor European Union | EU = IGOEUREEC\n"
"agent officials = GOV\n"
"noun crackdown\n"
"    $ * on + = 175\n"
"verb impose\n"
"    * sanctions on + = 163\n";

/* "accused Azerbaijan of attacking its border positions and seizing two
 * military posts": every deed the charge lists is what it accuses, not an
 * act of the accuser's */
static void test_eurasia_accused_deeds(void **state)
{
	char path[] = "/tmp/dyad-eurasia-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(eurasia_dict, path, &lx);
	check_with(cd, "Armenia accused Azerbaijan on Tuesday of attacking its positions and "
		   "seizing Armenian troops, and asked Russia for help.", "2021-11-16",
		   EXPECT("ARM>AZE 112 asserted 2021-11-16", "ARM>RUS 020 asserted 2021-11-16"));
	/* an infinitive under the charge's gerund is charged too */
	check_with(cd, "Moldova accused Russia of plotting to use Moldovan protesters to overthrow "
		   "the Moldovan government.", "2023-02-13",
		   EXPECT("MDA>RUS 112 asserted 2023-02-13"));
	/* a gerund with a subject of its own is that subject's act */
	check_with(cd, "Armenia accused Azerbaijan of attacking its positions and Russian troops "
		   "seizing Armenian troops.", "2021-05-13",
		   EXPECT("ARM>AZE 112 asserted 2021-05-13", "RUSMIL>ARMMIL 171 asserted 2021-05-13"));
	coder_done(cd, lx, path);
}

/* "sentenced the governor for illegally financing the party": the deed a
 * sentence is for, past an -ly adverb, is its charge */
static void test_eurasia_charge_after_adverb(void **state)
{
	char path[] = "/tmp/dyad-eurasia-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(eurasia_dict, path, &lx);
	check_with(cd, "A Moldovan court sentenced the Moldovan governor to seven years for "
		   "illegally financing Russian protesters.", "2025-08-05",
		   EXPECT("MDAJUD>MDAGOV 116 asserted 2025-08-05"));
	coder_done(cd, lx, path);
}

/* "hours after an attack on an aerospace company near Ankara killed five
 * people": the clause a span of time opens dates the news even when its
 * subject is an attack noun whose actor stands in a phrase after it */
static void test_eurasia_anchor_through_attack_phrase(void **state)
{
	char path[] = "/tmp/dyad-eurasia-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(eurasia_dict, path, &lx);
	check_with(cd, "Turkish jets struck the PKK on Wednesday, hours after an attack on an "
		   "aerospace company near Ankara killed five people.", "2024-10-23",
		   EXPECT("TURMIL>TURREBPKK 195 asserted 2024-10-23"));
	coder_done(cd, lx, path);
}

/* "a missile strike on Azerbaijan's second city Ganja killed nine
 * civilians": the city named after its state's possessive is still the
 * struck place, no doer of the killing */
static void test_eurasia_struck_city_after_possessive(void **state)
{
	char path[] = "/tmp/dyad-eurasia-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(eurasia_dict, path, &lx);
	check_with(cd, "A missile strike on Azerbaijan's second city Ganja killed nine civilians "
		   "on Sunday.", "2020-10-11", NONE);
	coder_done(cd, lx, path);
}

/* "sanctions over the rigged election and the crackdown on protesters":
 * both nouns the "over" governs are the grounds, not news */
static void test_eurasia_second_ground_after_over(void **state)
{
	char path[] = "/tmp/dyad-eurasia-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(eurasia_dict, path, &lx);
	check_with(cd, "The EU imposed sanctions on Belarusian officials over the rigged election "
		   "and the crackdown on protesters.", "2020-10-02",
		   EXPECT("IGOEUREEC>BLRGOV 163 asserted 2020-10-02"));
	coder_done(cd, lx, path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_eurasia_accused_deeds),
		cmocka_unit_test(test_eurasia_charge_after_adverb),
		cmocka_unit_test(test_eurasia_anchor_through_attack_phrase),
		cmocka_unit_test(test_eurasia_struck_city_after_possessive),
		cmocka_unit_test(test_eurasia_second_ground_after_over),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
