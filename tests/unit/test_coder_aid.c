/*
 * test_coder_aid.c - the coder on aid and yielding as wire copy tells
 * them through what moves (tests/dev/README.md, `aid`): relief carried
 * by trucks and planes, a body's aid trucks, arms handed on by a giver,
 * bodies repatriated, supplies let in, weapons handed over by their
 * owners, "its" after a state's people named in the plural, and the
 * people a reduced object relative names.  The dictionary cases read data/dict/
 * verbs-28-aid.dict itself, after the sets of the other files it uses.
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coder_check.h"

/* The actors and the sets of the other dictionary files that
 * verbs-28-aid.dict names, cut to what the cases need. */
static const char aid_base_dict[] =
"actor Armenia = ARM\n"
"actor Turkey = TUR\n"
"actor China | Chinese = CHN\n"
"actor Italy | Rome = ITA\n"
"actor Russia | Russian = RUS\n"
"actor Ukraine | Ukrainian = UKR\n"
"actor France = FRA\n"
"actor Syria = SYR\n"
"actor Israel | Israeli = ISR\n"
"actor Gaza | Palestinian = PSE\n"
"actor United Nations | U.N. = IGOUNO\n"
"agent soldiers = MIL\n"
"agent war cabinet = GOV\n"
"agent prisoners = CVL\n"
"actor FARC = COLREB\n"
"actor Jordan = JOR\n"
"agent air force = MIL\n"
"actor Pentagon = USAGOV\n"
"set ev_humaid = food | drinking water | medical supplies | medicines\n"
"set pledge_relief = rescue teams | medical equipment | doses\n"
"set pledge_have = has | have | had\n"
"set ev_milaid = fighter jets | tanks | weapons\n"
"set pledge_arms = jets | battle tanks\n"
"set p11_supplies = fuel | trucks | supplies\n"
"set ev_humaccess = aid trucks | aid convoys\n"
"set c8_nucsite = nuclear plant | nuclear site\n"
"actor Kuwait = KWT\n"
"actor Lebanon = LBN\n"
"actor Afghanistan | Kabul = AFG\n"
"actor Romania = ROU\n"
"actor Sri Lanka = LKA\n"
"agent refugees = REF\n"
"agent president = GOV\n"
"agent protesters | civilians = CVL\n"
"actor Hungary = HUN\n"
"actor European Union | EU = IGOEUREEC\n"
"agent leaders = GOV\n"
"set pledge_refugee_n = refugees | asylum seekers\n"
"set ev_dissent = protest | protests\n";

/* The base above and verbs-28-aid.dict as the data directory holds it,
 * in one string the caller frees. */
static char *aid_dict(void)
{
	FILE *f = fopen(DYAD_DATADIR "/dict/verbs-28-aid.dict", "rb");
	size_t nb = strlen(aid_base_dict), nf;
	long len;
	char *out;

	assert_non_null(f);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	len = ftell(f);
	assert_true(len > 0);
	rewind(f);
	out = malloc(nb + (size_t)len + 1);
	assert_non_null(out);
	memcpy(out, aid_base_dict, nb);
	nf = fread(out + nb, 1, (size_t)len, f);
	fclose(f);
	out[nb + nf] = '\0';
	return out;
}

/* relief a carrier brings "from" a giver, or the carrier's owner brings
 * "to help" a state; a body's own aid trucks entering a state */
static void test_aid_carriers(void **state)
{
	char path[] = "/tmp/dyad-aid1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;
	char *dict = aid_dict();

	(void)state;
	cd = coder_over(dict, path, &lx);
	check_with(cd, "Five trucks carrying food and drinking water from Armenia crossed into "
		   "Turkey on Saturday.", "2023-02-11", EXPECT("ARM>TUR 073 asserted 2023-02-11"));
	check_with(cd, "A Chinese plane carrying nine medical experts and 31 tonnes of medical "
		   "supplies landed in Rome on Thursday to help Italy fight the outbreak.",
		   "2020-03-12", EXPECT("CHN>ITA 073 asserted 2020-03-12"));
	check_with(cd, "The first U.N. aid trucks entered Syria on Tuesday.", "2023-02-14",
		   EXPECT("IGOUNO>SYR 073 asserted 2023-02-14"));
	coder_done(cd, lx, path);
	free(dict);
}

/* arms "transferred by" a giver that arrive; the dead "repatriated
 * from" the state that held them; the entry of supplies approved */
static void test_aid_given_returned_let_in(void **state)
{
	char path[] = "/tmp/dyad-aid2-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;
	char *dict = aid_dict();

	(void)state;
	cd = coder_over(dict, path, &lx);
	check_with(cd, "The first Mirage 2000 fighter jets transferred by France have arrived in "
		   "Ukraine.", "2025-02-06", EXPECT("FRA>UKR 072 asserted 2025-02-06"));
	check_with(cd, "The bodies of 79 Ukrainian soldiers were repatriated from Russia on Friday.",
		   "2023-06-16", EXPECT("RUS>UKRMIL 084 asserted 2023-06-16"));
	check_with(cd, "Israel's war cabinet approved the entry of two tankers of fuel a day into "
		   "Gaza on Friday.", "2023-11-17", EXPECT("ISRGOV>PSE 0863 asserted 2023-11-17"));
	coder_done(cd, lx, path);
	free(dict);
}

/* a group's own weapons handed over disarm it (0873), no arms given;
 * relief dropped to people in a place; arms rushed to a state */
static void test_aid_disarm_drop_rush(void **state)
{
	char path[] = "/tmp/dyad-aid5-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;
	char *dict = aid_dict();

	(void)state;
	cd = coder_over(dict, path, &lx);
	check_with(cd, "FARC rebels completed the handover of their individual weapons to the United "
		   "Nations on Tuesday.", "2017-06-27", EXPECT("COLREB>IGOUNO 0873 asserted 2017-06-27"));
	check_with(cd, "Jordan's air force parachuted medical supplies to families in Gaza overnight.",
		   "2023-11-06", EXPECT("JORMIL>PSE 073 asserted 2023-11-06"));
	check_with(cd, "The Pentagon rushed a first batch of weapons to Ukraine on Wednesday.",
		   "2024-04-24", EXPECT("USAGOV>UKR 072 asserted 2024-04-24"));
	coder_done(cd, lx, path);
	free(dict);
}

/* "its" after a state's people named in the plural is the state named
 * before them, not them; after vessels it may be one of them */
static const char its_dict[] =
"actor Israel = ISR\n"
"actor Palestinian = PSE\n"
"actor Indonesia | Indonesian = IDN\n"
"actor Chinese = CHN\n"
"agent prisoners = CVL\n"
"agent fishing boats = BUS\n"
"agent navy = MIL\n"
"set yield_jail = jails | prisons\n"
"verb release\n"
"    * from $ &yield_jail = 0841\n"
"    * + = 0841\n"
"verb detain = 173\n";

static void test_aid_its_after_plural_people(void **state)
{
	char path[] = "/tmp/dyad-aid3-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(its_dict, path, &lx);
	check_with(cd, "Israel released 39 Palestinian prisoners from its jails on Friday.",
		   "2023-11-24", EXPECT("ISR>PSECVL 0841 asserted 2023-11-24"));
	check_with(cd, "The Indonesian navy detained Chinese fishing boats and one boat and its crew.",
		   "2016-06-19", EXPECT("IDNMIL>CHNBUS 1711 asserted 2016-06-19"));
	coder_done(cd, lx, path);
}

/* "the 20 Israeli hostages Hamas released", "the prisoners Russia freed":
 * a reduced object relative aims its verb at the people before its
 * subject; a verb with its own object keeps it */
static const char relative_dict[] =
"actor Israeli = ISR\n"
"actor Hamas = PSEREB\n"
"actor Russia = RUS\n"
"actor Ukrainian = UKR\n"
"agent hostages | prisoners = CVL\n"
"verb release | free = 0841\n";

static void test_aid_object_relative(void **state)
{
	char path[] = "/tmp/dyad-aid4-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(relative_dict, path, &lx);
	check_with(cd, "The 20 Israeli hostages Hamas released on Monday arrived home.", "2025-10-13",
		   EXPECT("PSEREB>ISRCVL 0841 asserted 2025-10-13"));
	check_with(cd, "Among them were Ukrainian prisoners Russia is due to free.", "2025-05-23",
		   EXPECT("RUS>UKRCVL 0841 planned 2025-05-23"));
	check_with(cd, "Hamas released 20 Israeli hostages on Monday.", "2025-10-13",
		   EXPECT("PSEREB>ISRCVL 0841 asserted 2025-10-13"));
	coder_done(cd, lx, path);
}

/* a carrier's relief where it lands or is sent; refugees received;
 * aid released to the one it is for; a resignation agreed to amid
 * protests; a humanitarian corridor opened for civilians; a veto lifted */
static void test_aid_refuge_release_resign(void **state)
{
	char path[] = "/tmp/dyad-aid6-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;
	char *dict = aid_dict();

	(void)state;
	cd = coder_over(dict, path, &lx);
	check_with(cd, "A Chinese plane loaded with aid landed in Kabul on Thursday.", "2021-09-10",
		   EXPECT("CHN>AFG 073 asserted 2021-09-09"));
	check_with(cd, "Kuwait sent a plane carrying 40 tonnes of aid to Lebanon.", "2024-10-17",
		   EXPECT("KWT>LBN 073 asserted 2024-10-17"));
	check_with(cd, "Romania has received more than 80,000 Ukrainian refugees.", "2022-03-10",
		   EXPECT("ROU>UKRREF 075 asserted 2022-03-10"));
	check_with(cd, "The Pentagon released the weapons it had withheld from Ukraine.", "2019-09-11",
		   EXPECT("USAGOV>UKR 072 asserted 2019-09-11"));
	check_with(cd, "Sri Lanka's president agreed to resign after months of protests.",
		   "2022-07-11", EXPECT("LKAGOV>LKACVL 0831 asserted 2022-07-11"));
	check_with(cd, "Russia opened a humanitarian corridor for Ukrainian civilians.", "2022-03-08",
		   EXPECT("RUS>UKRCVL 0863 asserted 2022-03-08"));
	check_with(cd, "Hungary lifted its veto on Thursday, clearing the way for the European Union "
		   "to approve the package.", "2024-02-01", EXPECT("HUN>IGOEUREEC 080 asserted 2024-02-01"));
	coder_done(cd, lx, path);
	free(dict);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_aid_carriers),
		cmocka_unit_test(test_aid_given_returned_let_in),
		cmocka_unit_test(test_aid_disarm_drop_rush),
		cmocka_unit_test(test_aid_refuge_release_resign),
		cmocka_unit_test(test_aid_its_after_plural_people),
		cmocka_unit_test(test_aid_object_relative),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
