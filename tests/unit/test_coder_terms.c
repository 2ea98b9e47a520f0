/*
 * test_coder_terms.c - the coder on acts offered or refused on terms and
 * on what officials expect (tests/dev/README.md, `terms`): "is expected
 * to" with a verb no dictionary lists ("expected" read as inflected by
 * WordNet's morphology, so a passive of expecting, speculative, not the
 * subject's own opinion), a raising passive's by-agent kept before its
 * "to", "once" before a past form read as "formerly", and the patterns
 * of verbs-31-terms.dict with the whole default dictionary.
 *
 * Each case codes one article and compares the events, rendered as
 * "SOURCE>TARGET CODE mode date", with the expected list
 * (coder_check.h).
 */
#include "unit.h"

#include "coder_check.h"

static const char terms_dict[] =
"actor China = CHN\n"
"actor Japan | Japanese = JPN\n"
"actor Russia = RUS\n"
"actor United States | U.S. = USA\n"
"actor U.N. Security Council | Security Council = IGOUNO\n"
"verb criticize {criticized} = 111\n"
"verb free = 0841\n"
"verb veto = 129\n"
"    * ^ at + = 129\n"
"verb refuse = 125\n"
"    * ^ talks with + = 125\n";

/* "China is expected to criticize Japan": "expected", unknown to this
 * lexicon, is inflected by morphology, so "is expected" is a passive of
 * expecting and what is expected is guessed at (match.c,
 * verb_inflected(); predicate.c, the passive test) */
static void test_terms_expected_unknown(void **state)
{
	char path[] = "/tmp/dyad-terms1-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(terms_dict, path, &lx);
	check_with(cd, "China is expected to criticize Japan.", "2024-02-01",
		   EXPECT("CHN>JPN 111 speculative 2024-02-01"));
	check_with(cd, "China is expected to veto a draft resolution at the U.N. "
		   "Security Council.", "2024-02-01",
		   EXPECT("CHN>IGOUNO 129 speculative 2024-02-01"));
	coder_done(cd, lx, path);
}

/* "is expected to be vetoed by the United States": the "by" past the
 * infinitive is the infinitive's agent, not the expecting's (clause.c,
 * the by-agent search) */
static void test_terms_raising_agent(void **state)
{
	char path[] = "/tmp/dyad-terms2-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(terms_dict, path, &lx);
	check_with(cd, "A draft resolution is expected to be vetoed by the United States at the "
		   "U.N. Security Council.", "2024-02-01",
		   EXPECT("USA>IGOUNO 129 speculative 2024-02-01"));
	coder_done(cd, lx, path);
}

/* "a journalist once known as a critic": "once" before a past form is
 * "formerly", no condition on the act (mode.c, mode_mark_conditions()) */
static void test_terms_once_formerly(void **state)
{
	char path[] = "/tmp/dyad-terms3-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(terms_dict, path, &lx);
	check_with(cd, "Russia will free a Japanese journalist once known as a critic of the "
		   "Kremlin.", "2024-02-01", EXPECT("RUS>JPNCVL 0841 planned 2024-02-01"));
	coder_done(cd, lx, path);
}

/* "will refuse any talks with Japan as long as": a refusal with "will"
 * is made in the saying, whatever it is tied to (act_final.c) */
static void test_terms_refusal_will(void **state)
{
	char path[] = "/tmp/dyad-terms4-XXXXXX";
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_over(terms_dict, path, &lx);
	check_with(cd, "China will refuse any talks with Japan as long as Tokyo keeps its "
		   "sanctions.", "2024-02-01", EXPECT("CHN>JPN 125 asserted 2024-02-01"));
	coder_done(cd, lx, path);
}

/* verbs-31-terms.dict: approval told as "rubber-stamped" and "green-lit" */
static void test_terms_default_approval(void **state)
{
	dyad_lexicon *lx;
	dyad_coder *cd;

	(void)state;
	cd = coder_default(&lx);
	check_with(cd, "Hungary's parliament rubber-stamped Sweden's bid to join NATO on Monday.",
		   "2024-02-26", EXPECT("HUNLEG>SWE 051 asserted 2024-02-26"));
	check_with(cd, "The U.S. Senate green-lit a $95 billion aid package for Ukraine.",
		   "2024-04-23", EXPECT("USALEG>UKR 070 asserted 2024-04-23"));
	coder_done(cd, lx, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_terms_expected_unknown),
		cmocka_unit_test(test_terms_raising_agent),
		cmocka_unit_test(test_terms_once_formerly),
		cmocka_unit_test(test_terms_refusal_will),
		cmocka_unit_test(test_terms_default_approval),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
