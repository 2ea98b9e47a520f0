/*
 * test_coder_s20_oldactors.c - the actors of 2000-2013 wire ledes: office
 * holders of the era by the role held on the day (Bosnia's High
 * Representative, IGOOHR; OPEC's secretaries-general; Bremer; the
 * cross-strait negotiators; rebel chiefs to the day of their peace), the
 * era's armed groups (al-Qaeda in Iraq, the Mahdi Army, JEM, the SPLA and
 * SPLM by date, the Islamic Courts, Jemaah Islamiyah, the Free Aceh
 * Movement, "the Maoists", ISAF's troops), its authorities (the Coalition
 * Provisional Authority, the Iraqi Governing Council, the SPDC, the
 * coalition forces of 2001-2015), the states that ceased to exist
 * (Yugoslavia, Serbia and Montenegro: SRB) and the juntas of the era.
 *
 * The cases code with dyad's own dictionaries (data/dict), as the
 * shipped patterns and coder read them.
 */
#include "unit.h"

#include "coder_check.h"

static void test_oldactors_office_holders(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* Bosnia's High Representative is the office's own IGO code */
	check_with(cd, "Bosnia's international High Representative Paddy Ashdown condemned Bosnian "
		   "Serb leaders on Wednesday for failing to arrest Radovan Karadzic.", "2004-06-30",
		   EXPECT("IGOOHR>BIHGOV 111 asserted 2004-06-30"));
	/* Lajcak held the office before he was Slovakia's foreign minister */
	check_with(cd, "Miroslav Lajcak, the international envoy who oversees Bosnia, criticised "
		   "Bosnian Serb Prime Minister Milorad Dodik on Tuesday.", "2008-06-10",
		   EXPECT("IGOOHR>BIHGOV 111 asserted 2008-06-10"));
	/* OPEC's secretary-general of 2002-2003 */
	check_with(cd, "OPEC Secretary-General Alvaro Silva Calderon criticised Norway on Monday.",
		   "2003-06-02", EXPECT("IGOOPC>NOR 111 asserted 2003-06-02"));
	/* the CPA's administrator is a U.S. official; Saddam is out of office */
	check_with(cd, "U.S. troops captured former Iraqi President Saddam Hussein near Tikrit, U.S. "
		   "administrator Paul Bremer said on Sunday.", "2003-12-14",
		   EXPECT("USAMIL>IRQELI 173 asserted 2003-12-14"));
	/* a rebel chief is one on the day he signs the peace */
	check_with(cd, "Prime Minister Girija Prasad Koirala and Maoist chief Prachanda signed a "
		   "peace accord on Tuesday.", "2006-11-21",
		   EXPECT("NPLGOV>NPLREB 057 asserted 2006-11-21",
			  "NPLREB>NPLGOV 057 asserted 2006-11-21"));
	/* the negotiators across the Taiwan Strait */
	check_with(cd, "Chen Yunlin and Chiang Pin-kung signed agreements in Taipei on Tuesday.",
		   "2008-11-04",
		   EXPECT("CHNGOV>TWNGOV 057 asserted 2008-11-04",
			  "TWNGOV>CHNGOV 057 asserted 2008-11-04"));
	/* rebel leaders killed, named in full */
	check_with(cd, "Russian forces killed Chechen rebel leader Aslan Maskhadov on Tuesday.",
		   "2005-03-08", EXPECT("RUSMIL>RUSREB 186 asserted 2005-03-08"));
	coder_done(cd, lx, NULL);
}

static void test_oldactors_iraq(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* the militia past its leader's full name, not the cleric */
	check_with(cd, "Moqtada al-Sadr's Mahdi Army militia attacked U.S. troops in Sadr City on "
		   "Tuesday.", "2004-04-06", EXPECT("IRQREBMHD>USAMIL 190 asserted 2004-04-06"));
	/* al-Qaeda's Iraqi branch, not its core */
	check_with(cd, "Al Qaeda in Iraq claimed responsibility for a bombing that killed 30 Iraqi "
		   "policemen on Tuesday.", "2005-03-02",
		   EXPECT("IRQINSAQI>IRQCOP 015 asserted 2005-03-02",
			  "IRQINSAQI>IRQCOP 190 asserted 2005-03-01"));
	/* the coalition's forces of 2001-2015 are the U.S.-led ones ... */
	check_with(cd, "Coalition forces killed 12 insurgents in Falluja on Tuesday.", "2004-04-06",
		   EXPECT("USAMIL>---INS 190 asserted 2004-04-06"));
	/* ... and after the Saudi-led war began, the bare word names no one */
	check_with(cd, "Coalition forces killed 12 insurgents in Falluja on Tuesday.", "2016-04-06",
		   NONE);
	/* the occupation's authorities while they existed */
	check_with(cd, "The Iraqi Governing Council condemned Israel on Tuesday.", "2004-04-06",
		   EXPECT("IRQGOV>ISR 111 asserted 2004-04-06"));
	check_with(cd, "The Coalition Provisional Authority closed Sadr's newspaper on Tuesday.",
		   "2004-04-06", EXPECT("USAGOV>IRQMED 1721 asserted 2004-04-06"));
	coder_done(cd, lx, NULL);
}

static void test_oldactors_groups(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	check_with(cd, "The Justice and Equality Movement accused Khartoum of bombing villages in "
		   "Darfur.", "2004-08-06", EXPECT("SDNREBJEM>SDN 1123 asserted 2004-08-06"));
	/* the SPLA: Sudan's southern rebels, then South Sudan's army; never
	 * China's People's Liberation Army */
	check_with(cd, "The Sudan People's Liberation Army accused Khartoum of bombing villages in "
		   "the south.", "2003-08-06", EXPECT("SDNREBSPL>SDN 1123 asserted 2003-08-06"));
	check_with(cd, "The Sudan People's Liberation Army accused the rebels of attacking Bor.",
		   "2013-08-06", EXPECT("SSDMIL>SSDREB 1123 asserted 2013-08-06"));
	/* the Islamic Courts are an armed movement, not a court */
	check_with(cd, "The Islamic Courts Union accused Ethiopia of sending troops into Somalia.",
		   "2006-08-06", EXPECT("SOMREBICU>ETH 112 asserted 2006-08-06"));
	check_with(cd, "Indonesian police arrested a suspected Jemaah Islamiyah leader on Tuesday.",
		   "2002-08-06", EXPECT("IDNCOP>IDNINSJMI 173 asserted 2002-08-06"));
	check_with(cd, "Indonesia and the Free Aceh Movement signed a peace deal on Monday.",
		   "2005-08-15",
		   EXPECT("IDN>IDNREBGAM 057 asserted 2005-08-15",
			  "IDNREBGAM>IDN 057 asserted 2005-08-15"));
	/* "the Maoists" are rebels, of the state the sentence places them in */
	check_with(cd, "The Maoists accused King Gyanendra of blocking peace talks.", "2003-04-06",
		   EXPECT("---REB>NPLGOV 112 asserted 2003-04-06"));
	/* ISAF's troops are NATO's forces, once */
	check_with(cd, "ISAF troops killed 20 Taliban fighters in Helmand on Tuesday.", "2007-04-06",
		   EXPECT("IGOWSTNATMIL>AFGINSTAL 190 asserted 2007-04-03"));
	coder_done(cd, lx, NULL);
}

static void test_oldactors_states(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	/* Myanmar's junta by its council's name, and its security forces
	 * soldiers while it ruled */
	check_with(cd, "The SPDC accused the United States of interfering in Myanmar's affairs.",
		   "2005-08-06", EXPECT("MMRGOV>USA 112 asserted 2005-08-06"));
	check_with(cd, "Myanmar security forces arrested 20 opposition activists on Tuesday.",
		   "2005-08-06", EXPECT("MMRMIL>MMROPP 173 asserted 2005-08-02"));
	/* Yugoslavia and Serbia and Montenegro are Serbia, their continuing
	 * state, while they existed; "the former Yugoslavia" is a region */
	check_with(cd, "Yugoslavia accused NATO of failing to stop Albanian rebels on Tuesday.",
		   "2001-03-06", EXPECT("SRB>IGOWSTNAT 112 asserted 2001-03-06"));
	check_with(cd, "Serbia and Montenegro signed a trade deal with Bosnia on Tuesday.",
		   "2004-03-06",
		   EXPECT("SRB>BIH 057 asserted 2004-03-02", "BIH>SRB 057 asserted 2004-03-02"));
	check_with(cd, "The former Yugoslavia's republics met in Sarajevo on Tuesday.", "2010-03-06",
		   NONE);
	coder_done(cd, lx, NULL);
}

/* A known person's one-word name after another given name is someone
 * else, whom the dictionaries do not know; titles, honorifics, initials
 * and other spellings of the person's own first name keep the person. */
static void test_oldactors_other_given_name(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd = coder_default(&lx);

	(void)state;
	check_with(cd, "Michael Blair criticised Iran on Monday.", "2005-03-02", NONE);
	check_with(cd, "Tom Putin criticised Iran on Monday.", "2005-03-02", NONE);
	check_with(cd, "Blair criticised Iran on Monday.", "2005-03-02",
		   EXPECT("GBRGOV>IRN 111 asserted 2005-02-28"));
	check_with(cd, "Mr Blair criticised Iran on Monday.", "2005-03-02",
		   EXPECT("GBRGOV>IRN 111 asserted 2005-02-28"));
	check_with(cd, "Yesterday Blair criticised Iran.", "2005-03-02",
		   EXPECT("GBRGOV>IRN 111 asserted 2005-03-01"));
	check_with(cd, "Secretary of State Rice criticised Iran on Monday.", "2005-03-02",
		   EXPECT("USAGOV>IRN 111 asserted 2005-02-28"));
	check_with(cd, "Pres. Biden criticised Iran on Monday.", "2023-10-17",
		   EXPECT("USAGOV>IRN 111 asserted 2023-10-16"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_oldactors_office_holders),
		cmocka_unit_test(test_oldactors_iraq),
		cmocka_unit_test(test_oldactors_groups),
		cmocka_unit_test(test_oldactors_states),
		cmocka_unit_test(test_oldactors_other_given_name),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
