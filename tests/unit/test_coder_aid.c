/*
 * test_coder_aid.c - the coder on aid and yielding as wire copy tells
 * them through what moves (tests/dev/README.md, `aid`): relief carried
 * by trucks and planes, a body's aid trucks, arms handed on by a giver,
 * bodies repatriated, supplies let in, and "its" after a state's people
 * named in the plural.  The dictionary cases read data/dict/
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
"set ev_humaid = food | drinking water | medical supplies | medicines\n"
"set pledge_relief = rescue teams | medical equipment | doses\n"
"set pledge_have = has | have | had\n"
"set ev_milaid = fighter jets | tanks | weapons\n"
"set pledge_arms = jets | battle tanks\n"
"set p11_supplies = fuel | trucks | supplies\n"
"set ev_humaccess = aid trucks | aid convoys\n"
"set c8_nucsite = nuclear plant | nuclear site\n";

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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_aid_carriers),
		cmocka_unit_test(test_aid_given_returned_let_in),
		cmocka_unit_test(test_aid_its_after_plural_people),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
