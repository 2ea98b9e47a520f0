/*
 * test_lexicon.c - unit tests for the lexicon's indexes (lexicon.c): the
 * synonym-set members listed by first word, and the trie's root words;
 * for the case folding every token goes through; and for the "place"
 * record of the native dictionary format; and for the report of actor
 * names written twice.
 *
 * The coder trusts both to be exact: a set missing from a word's list, or
 * a root word missing from its bits, would lose a match without a trace.
 */
#include "unit.h"

#include <stdio.h>
#include <string.h>

#include "dyad.h"
#include "lexicon_int.h"

static uint32_t word(dyad_lexicon *lex, const char *w)
{
	return lex_word(lex, w, strlen(w));
}

static void add(dyad_lexicon *lex, const char *set, const char *phrase)
{
	assert_int_equal(lex_synset_add(lex, set, strlen(set), phrase, strlen(phrase)), DYAD_OK);
}

/* A new bare lexicon in *lex with dictionary text loaded into it: the
 * load's status (the lexicon is made either way; the caller frees it). */
static int load(dyad_lexicon **lex, const char *text, dyad_error *err)
{
	assert_int_equal(lex_new_bare(lex, NULL), DYAD_OK);
	return dict_native_load(*lex, "t.dict", text, strlen(text), err);
}

static uint32_t set_id(dyad_lexicon *lex, const char *set)
{
	uint32_t id;

	assert_int_equal(lex_synset_id(lex, set, strlen(set), &id), DYAD_OK);
	return id;
}

/* The words of member m, space-separated, for comparing. */
static const char *member_str(const dyad_lexicon *lex, uint32_t m, char *buf, size_t cap)
{
	const struct lex_member *mb = &lex->members.v[m];
	size_t k, o = 0;

	buf[0] = '\0';
	for (k = 0; k < mb->n; k++)
		o += (size_t)snprintf(buf + o, cap - o, "%s%s", k ? " " : "",
				      lex_word_str(lex, lex->pool.v[mb->off + k] & ~LEX_EXACT_BIT));
	return buf;
}

static void test_set_members_by_first_word(void **state)
{
	dyad_lexicon *lex;
	dyad_error err;
	uint32_t military, weapons, m;
	const struct lex_set_start *e;
	char buf[128];
	size_t n;

	(void)state;
	assert_int_equal(lex_new_bare(&lex, NULL), DYAD_OK);
	add(lex, "MILITARY", "armed forces");
	add(lex, "MILITARY", "troops");
	add(lex, "MILITARY", "armed men");
	add(lex, "WEAPONS", "armed drones");
	add(lex, "WEAPONS", "missile");
	add(lex, "MILITARY", "army");
	military = set_id(lex, "MILITARY");
	weapons = set_id(lex, "WEAPONS");
	assert_int_equal(lex_finalize(lex, &err), DYAD_OK);

	/* "armed" starts members of both sets, listed in set order. */
	e = lex_set_starts(lex, word(lex, "armed"));
	assert_non_null(e);
	assert_int_equal(e[0].set, military < weapons ? military : weapons);
	assert_int_equal(e[1].set, military < weapons ? weapons : military);
	assert_int_equal(e[2].set, LEX_NONE);

	/* The members of a set with one first word: the last added first. */
	m = lex_set_member(lex, military, word(lex, "armed"));
	assert_string_equal(member_str(lex, m, buf, sizeof(buf)), "armed men");
	m = lex->members.v[m].next_same;
	assert_string_equal(member_str(lex, m, buf, sizeof(buf)), "armed forces");
	assert_int_equal(lex->members.v[m].next_same, LEX_NONE);
	m = lex_set_member(lex, weapons, word(lex, "armed"));
	assert_string_equal(member_str(lex, m, buf, sizeof(buf)), "armed drones");
	assert_int_equal(lex->members.v[m].next_same, LEX_NONE);

	/* A word that starts members of one set only, or of none. */
	assert_int_equal(lex_set_member(lex, weapons, word(lex, "troops")), LEX_NONE);
	m = lex_set_member(lex, military, word(lex, "troops"));
	assert_string_equal(member_str(lex, m, buf, sizeof(buf)), "troops");
	assert_null(lex_set_starts(lex, word(lex, "forces")));
	assert_int_equal(lex_set_member(lex, military, word(lex, "forces")), LEX_NONE);
	assert_int_equal(lex_set_member(lex, military, LEX_NONE), LEX_NONE);

	/* Every member is reached from its first word. */
	for (n = 0; n < lex->synsets.n; n++)
		for (m = lex->synsets.v[n].first; m != LEX_NONE; m = lex->members.v[m].next) {
			uint32_t w = lex->pool.v[lex->members.v[m].off] & ~LEX_EXACT_BIT, k;
			for (k = lex_set_member(lex, (uint32_t)n, w); k != LEX_NONE && k != m;
			     k = lex->members.v[k].next_same)
				;
			assert_int_equal(k, m);
		}
	dyad_lexicon_free(lex);
}

static void test_trie_root_words(void **state)
{
	dyad_lexicon *lex;
	uint32_t id, node;

	(void)state;
	assert_int_equal(lex_new_bare(&lex, NULL), DYAD_OK);
	/* An empty trie starts nothing. */
	assert_false(lex_trie_first(&lex->actor_trie, word(lex, "north")));
	assert_int_equal(lex_trie_step(&lex->actor_trie, 0, word(lex, "north"), 1), LEX_NONE);
	assert_int_equal(lex_actor_new(lex, "North Korea", 11, LEX_ACTOR_GROUP, &id), DYAD_OK);
	assert_int_equal(lex_actor_name(lex, id, "North Korea", 11), DYAD_OK);
	/* Word ids beyond the first 64 and far beyond. */
	for (node = 0; node < 300; node++) {
		char w[16];
		snprintf(w, sizeof(w), "filler%u", node);
		word(lex, w);
	}
	assert_int_equal(lex_actor_name(lex, id, "Pyongyang", 9), DYAD_OK);

	assert_true(lex_trie_first(&lex->actor_trie, word(lex, "north")));
	assert_true(lex_trie_first(&lex->actor_trie, word(lex, "pyongyang")));
	assert_false(lex_trie_first(&lex->actor_trie, word(lex, "korea")));
	assert_false(lex_trie_first(&lex->actor_trie, word(lex, "filler299")));
	assert_false(lex_trie_first(&lex->actor_trie, LEX_NONE));
	assert_int_equal(lex_trie_step(&lex->actor_trie, 0, LEX_NONE, 1), LEX_NONE);
	/* "korea" is an edge below "north", not from the root. */
	assert_int_equal(lex_trie_step(&lex->actor_trie, 0, word(lex, "korea"), 1), LEX_NONE);
	node = lex_trie_step(&lex->actor_trie, 0, word(lex, "north"), 1);
	assert_int_not_equal(node, LEX_NONE);
	node = lex_trie_step(&lex->actor_trie, node, word(lex, "korea"), 1);
	assert_int_not_equal(node, LEX_NONE);
	assert_int_equal(lex->actor_trie.values[node], id);
	node = lex_trie_step(&lex->actor_trie, 0, word(lex, "pyongyang"), 1);
	assert_int_equal(lex->actor_trie.values[node], id);
	dyad_lexicon_free(lex);
}

/* A "place" record: an actor flagged as a place, with its one state;
 * a code that is not a bare state, or a second code, is an error. */
static void test_place_record(void **state)
{
	dyad_lexicon *lex;
	dyad_error err;
	const char *ok = "place Camp David | Mar-a-Lago = USA\n    | Anchorage\n";
	const char *bad[] = { "place Davos\n", "place Davos = CHEGOV\n",
			      "place Davos = CHE\n    = FRA\n", "place Davos = CHE 2020..\n", NULL };
	uint32_t node, id;
	size_t k;

	(void)state;
	assert_int_equal(load(&lex, ok, &err), DYAD_OK);
	node = lex_trie_step(&lex->actor_trie, 0, word(lex, "camp"), 1);
	assert_int_not_equal(node, LEX_NONE);
	node = lex_trie_step(&lex->actor_trie, node, word(lex, "david"), 1);
	assert_int_not_equal(node, LEX_NONE);
	id = lex->actor_trie.values[node];
	assert_true(lex->actors.v[id].flags & LEX_ACTOR_PLACE);
	assert_int_equal(lex->actors.v[id].n_codes, 1);
	assert_string_equal(lex_code_str(lex, lex->actors.v[id].codes[0].code), "USA");
	node = lex_trie_step(&lex->actor_trie, 0, word(lex, "anchorage"), 1);
	assert_int_not_equal(node, LEX_NONE);
	assert_int_equal(lex->actor_trie.values[node], id);
	dyad_lexicon_free(lex);
	for (k = 0; bad[k]; k++) {
		assert_int_not_equal(load(&lex, bad[k], &err), DYAD_OK);
		dyad_lexicon_free(lex);
	}
}

/* "she" under a person marks a woman; under anything else it is an
 * error that names the line. */
static void test_she_record(void **state)
{
	dyad_lexicon *lex;
	dyad_error err;
	const char *ok = "person Choe Son-hui | Choe\n    she\n    = PRKGOV 2022-06-10..\n"
			 "person Sergey Lavrov\n    = RUSGOV 2004-03-09..\n";
	const char *bad = "actor Russia = RUS\n    she\n";
	uint32_t node;

	(void)state;
	assert_int_equal(load(&lex, ok, &err), DYAD_OK);
	node = lex_trie_step(&lex->actor_trie, 0, word(lex, "choe"), 1);
	assert_int_not_equal(node, LEX_NONE);
	assert_true(lex->actors.v[lex->actor_trie.values[node]].flags & LEX_ACTOR_SHE);
	assert_true(lex->actors.v[lex->actor_trie.values[node]].flags & LEX_ACTOR_PERSON);
	node = lex_trie_step(&lex->actor_trie, 0, word(lex, "sergey"), 1);
	node = lex_trie_step(&lex->actor_trie, node, word(lex, "lavrov"), 1);
	assert_int_not_equal(node, LEX_NONE);
	assert_false(lex->actors.v[lex->actor_trie.values[node]].flags & LEX_ACTOR_SHE);
	dyad_lexicon_free(lex);
	assert_int_equal(load(&lex, bad, &err), DYAD_EPARSE);
	assert_non_null(strstr(err.msg, "t.dict:2:"));
	dyad_lexicon_free(lex);
}

/* dyad dict --report lists an actor name written for two actors, with
 * the file and line of both and who keeps it; an alias the same actor
 * writes twice is no duplicate. */
static void test_duplicate_names(void **state)
{
	dyad_lexicon *lex;
	dyad_error err;
	struct dyad_lexicon_report r;
	const char *text = "actor Georgia = GEO\n"
			   "person Simon Harris | Harris\n    = IRLGOV 2024-04-09..\n"
			   "    | Simon Harris\n"
			   "actor Georgia State\n    | Georgia = USA\n"
			   "person Kamala Harris | Harris\n    = USAGOV 2021-01-20..2025-01-20\n";

	(void)state;
	assert_int_equal(load(&lex, text, &err), DYAD_OK);
	assert_int_equal(dyad_lexicon_report(lex, &r, &err), DYAD_OK);
	assert_int_equal(r.n_duplicate_names, 2);
	assert_string_equal(r.duplicate_names[0], "t.dict:6 names \"Georgia\" again (Georgia State), "
			    "first t.dict:1 (Georgia); the first is kept");
	assert_string_equal(r.duplicate_names[1], "t.dict:7 names \"Harris\" again (Kamala Harris), "
			    "first t.dict:2 (Simon Harris); the first is kept");
	dyad_lexicon_report_free(&r);
	dyad_lexicon_free(lex);
	/* none written twice: none listed */
	assert_int_equal(load(&lex, "actor Georgia = GEO\n", &err), DYAD_OK);
	assert_int_equal(dyad_lexicon_report(lex, &r, &err), DYAD_OK);
	assert_int_equal(r.n_duplicate_names, 0);
	assert_null(r.duplicate_names);
	dyad_lexicon_report_free(&r);
	dyad_lexicon_free(lex);
}

static void test_fold(void **state)
{
	char out[8];

	(void)state;
	assert_int_equal(lex_fold("North", 5, out, sizeof(out)), 5);
	assert_memory_equal(out, "north", 5);
	assert_int_equal(lex_fold("AZaz@[`{09", 10, out, sizeof(out)), 0);     /* over cap */
	assert_int_equal(lex_fold("AZ@[`{09", 8, out, sizeof(out)), 8);
	assert_memory_equal(out, "az@[`{09", 8);
	/* Past the ASCII bytes, code point by code point. */
	assert_int_equal(lex_fold("K\xc3\x96LN", 5, out, sizeof(out)), 5);
	assert_memory_equal(out, "k\xc3\xb6ln", 5);
	assert_int_equal(lex_fold("\xc3\x96", 2, out, sizeof(out)), 2);
	assert_memory_equal(out, "\xc3\xb6", 2);
	/* What does not fit, or is not UTF-8, folds to nothing. */
	assert_int_equal(lex_fold("ABC", 3, out, 3), 3);
	assert_int_equal(lex_fold("ABC", 3, out, 2), 0);
	assert_int_equal(lex_fold("Ab\xc3\x96", 4, out, 3), 0);
	assert_int_equal(lex_fold("Ab\xc3\x96", 4, out, 4), 4);
	assert_int_equal(lex_fold("ab\xff", 3, out, sizeof(out)), 0);
	assert_int_equal(lex_fold("", 0, out, sizeof(out)), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_set_members_by_first_word),
		cmocka_unit_test(test_trie_root_words),
		cmocka_unit_test(test_place_record),
		cmocka_unit_test(test_she_record),
		cmocka_unit_test(test_duplicate_names),
		cmocka_unit_test(test_fold),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
