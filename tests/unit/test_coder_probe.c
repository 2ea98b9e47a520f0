/*
 * test_coder_probe.c - the coder on investigations, disapproval and
 * rejection (tests/dev/README.md, `probe`): suspects booked and
 * questioned, inquiries one is appointed to run, blame pointed at and laid
 * on a named doer, cases brought by hauling a state before a court, ICC
 * warrants ignored, voters' rejections, and a ceremony's "military" that
 * defies nothing.
 *
 * The cases code with dyad's own dictionaries (data/dict, the rules of
 * verbs-28-probe.dict among them) and compare the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list (coder_check.h).
 */
#include <stdio.h>

#include "unit.h"

#include "coder_check.h"

static dyad_lexicon *probe_lex;
static dyad_coder *probe_coder;

static int probe_setup(void **state)
{
	dyad_error err;

	(void)state;
	if (dyad_lexicon_new(&probe_lex, NULL, &err) ||
	    dyad_lexicon_load_default(probe_lex, &err) ||
	    dyad_coder_new(&probe_coder, probe_lex, &err)) {
		fprintf(stderr, "setup: %s\n", err.msg);
		return -1;
	}
	return 0;
}

static int probe_teardown(void **state)
{
	(void)state;
	dyad_coder_free(probe_coder);
	dyad_lexicon_free(probe_lex);
	return 0;
}

/* a suspect booked or named, a person appearing for questioning by a
 * body, a suspect grilled by investigators: each a criminal inquiry (091)
 * into that person; a lawmaker grilling a minister is none */
static void test_probe_suspects_questioned(void **state)
{
	(void)state;
	check_with(probe_coder, "SEOUL, Dec 8 (Yonhap) -- Prosecutors have booked President Yoon "
		   "Suk Yeol as a suspect in an investigation into insurrection, officials said "
		   "Sunday.", "2024-12-08", EXPECT("KORJUD>KORGOV 091 asserted 2024-12-08"));
	check_with(probe_coder, "SEOUL, June 28 (Yonhap) -- Former President Yoon Suk Yeol "
		   "appeared for questioning by a special counsel on Saturday.", "2025-06-28",
		   EXPECT("KORJUD>KORELI 091 asserted 2025-06-28"));
	check_with(probe_coder, "South Korean prosecutors grilled former President Moon Jae-in "
		   "for hours.", "2024-09-10", EXPECT("KORJUD>KORELI 091 asserted 2024-09-10"));
	check_with(probe_coder, "U.S. senators grilled Defense Secretary Pete Hegseth on Tuesday.",
		   "2025-06-10", NONE);
}

/* an inquiry one is appointed to oversee, or a counsel appointed to run,
 * is that one's (091), in the active and the passive */
static void test_probe_inquiry_overseen(void **state)
{
	(void)state;
	check_with(probe_coder, "A special counsel was appointed to investigate President Yoon "
		   "Suk Yeol on Monday.", "2024-12-16", EXPECT("KORJUD>KORGOV 091 asserted 2024-12-16"));
	check_with(probe_coder, "Lee Jae-myung appointed a special counsel to investigate former "
		   "President Yoon Suk Yeol.", "2025-06-12", EXPECT("KORJUD>KORELI 091 asserted 2025-06-12"));
	check_with(probe_coder, "U.S. Attorney General Merrick Garland on Friday appointed veteran "
		   "prosecutor Jack Smith as special counsel to oversee the criminal investigations "
		   "into former President Donald Trump.", "2022-11-18",
		   EXPECT("USAJUD>USAELI 091 asserted 2022-11-18"));
}

/* blame pointed at a state, laid on the doer of the act blamed, or on the
 * one said to have ordered a harm (112); scorn poured (111); a state
 * hauled before a court (115) */
static void test_probe_blame_and_cases(void **state)
{
	(void)state;
	check_with(probe_coder, "BAKU, Dec 29 (Reuters) - Azerbaijan's President Ilham Aliyev "
		   "pointed the finger at Russia on Sunday over the crash of an Azerbaijan Airlines "
		   "passenger jet.", "2024-12-29", EXPECT("AZEGOV>RUS 112 asserted 2024-12-29"));
	check_with(probe_coder, "JERUSALEM, Oct 18 (Reuters) - Israel's military blamed a failed "
		   "rocket launch by the Islamic Jihad militant group for the deadly blast at Gaza's "
		   "al-Ahli hospital.", "2023-10-18",
		   EXPECT("ISRMIL>PSEINSPIJ 112 asserted 2023-10-18"));
	check_with(probe_coder, "Prime Minister Donald Tusk said on Tuesday that the explosion was "
		   "an act of sabotage ordered by Russian intelligence services.", "2025-11-18",
		   EXPECT("POLGOV>RUSSPY 112 asserted 2025-11-18"));
	check_with(probe_coder, "Germany said Russia bore responsibility for the poisoning.",
		   "2020-09-02", EXPECT("DEU>RUS 112 asserted 2020-09-02"));
	check_with(probe_coder, "Kyiv said Moscow had a hand in the killing.", "2023-05-10",
		   EXPECT("UKR>RUS 112 asserted 2023-05-10"));
	check_with(probe_coder, "Germany said Russia bore no responsibility for the poisoning.",
		   "2020-09-02", NONE);
	check_with(probe_coder, "Russia poured scorn on the NATO summit declaration.", "2023-07-12",
		   EXPECT("RUS>IGOWSTNAT 111 asserted 2023-07-12"));
	check_with(probe_coder, "Ukraine hauled Russia before the International Court of Justice "
		   "on Saturday over its invasion.", "2022-02-26",
		   EXPECT("UKR>RUS 115 asserted 2022-02-26"));
}

/* an inquiry into allegations against a party, a person come under
 * investigation by a body, a person questioned by an anti-graft agency */
static void test_probe_inquiries_named(void **state)
{
	(void)state;
	check_with(probe_coder, "Ukraine's security service is looking into allegations that "
		   "Russian troops executed prisoners.", "2023-05-10",
		   EXPECT("UKRSPY>RUSMIL 091 asserted 2023-05-10"));
	check_with(probe_coder, "French President Emmanuel Macron came under investigation by "
		   "prosecutors.", "2023-05-10", EXPECT("FRAJUD>FRAGOV 091 asserted 2023-05-10"));
	check_with(probe_coder, "Pakistan's anti-graft agency questioned Imran Khan on Tuesday over "
		   "a land deal.", "2023-05-23", EXPECT("PAKCOP>PAKOPP 091 asserted 2023-05-23"));
}

/* labels pinned on a state or leader (111), and a complaint against a
 * state filed with the WTO, a case against that state (115) */
static void test_probe_labels_and_trade_cases(void **state)
{
	(void)state;
	check_with(probe_coder, "Turkey's Erdogan called Israel a terror state.", "2023-11-15",
		   EXPECT("TURGOV>ISR 111 asserted 2023-11-15"));
	check_with(probe_coder, "Zelenskiy described Putin as a war criminal.", "2023-05-10",
		   EXPECT("UKRGOV>RUSGOV 111 asserted 2023-05-10"));
	check_with(probe_coder, "Scholz called France a close partner.", "2023-05-10", NONE);
	check_with(probe_coder, "Japan filed a complaint against China with the World Trade "
		   "Organization.", "2023-05-10", EXPECT("JPN>CHN 115 asserted 2023-05-10"));
	check_with(probe_coder, "Japan lodged a complaint with China over the detention.",
		   "2023-05-10", EXPECT("JPN>CHN 114 asserted 2023-05-10"));
}

/* a warrant ignored refuses the court that issued it, not the one it
 * names (1213); "military honours" are a ceremony, not the armed forces,
 * and the host who welcomes "in defiance of" a warrant defies it (128) */
static void test_probe_warrants_defied(void **state)
{
	(void)state;
	check_with(probe_coder, "Mongolia ignored an International Criminal Court warrant for the "
		   "arrest of Russian President Vladimir Putin on Tuesday.", "2024-09-03",
		   EXPECT("MNG>IGOICC 1213 asserted 2024-09-03"));
	check_with(probe_coder, "Hungarian Prime Minister Viktor Orban welcomed Israeli Prime "
		   "Minister Benjamin Netanyahu with military honours on Thursday in defiance of an "
		   "International Criminal Court arrest warrant.", "2025-04-03",
		   EXPECT("HUNGOV>IGOICC 128 asserted 2025-04-03",
			  "HUNGOV>ISRGOV 043 asserted 2025-04-03"));
	/* a defiance after a clause is its subject's, not its object's */
	check_with(probe_coder, "Russia hosted Kim Jong Un in violation of U.N. sanctions.",
		   "2024-06-19", EXPECT("RUS>IGOUNO 128 asserted 2024-06-19",
					"RUS>PRKGOV 043 asserted 2024-06-19"));
}

/* voters turning down a proposal: a vote's result, no refusal */
static void test_probe_voters_no_refusal(void **state)
{
	(void)state;
	check_with(probe_coder, "DUBLIN, March 9 (Reuters) - Irish voters rejected two proposals "
		   "to change the constitution, Prime Minister Leo Varadkar conceded on Saturday.",
		   "2024-03-09", NONE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_probe_suspects_questioned),
		cmocka_unit_test(test_probe_inquiry_overseen),
		cmocka_unit_test(test_probe_blame_and_cases),
		cmocka_unit_test(test_probe_inquiries_named),
		cmocka_unit_test(test_probe_labels_and_trade_cases),
		cmocka_unit_test(test_probe_warrants_defied),
		cmocka_unit_test(test_probe_voters_no_refusal),
	};
	return cmocka_run_group_tests(tests, probe_setup, probe_teardown);
}
