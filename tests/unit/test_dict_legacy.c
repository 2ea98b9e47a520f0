/*
 * test_dict_legacy.c - unit tests for dict_legacy.c, the PETRARCH and
 * TABARI dictionary readers.
 *
 * The reference dictionaries in shared/ load whole, and what the lexicon
 * holds matches counts this file works out from their text with plain
 * line rules; chosen entries read as the files say; malformed lines are
 * reported by file and line; TABARI samples load; formats are detected;
 * the whole load keeps within its time budget.
 */
#include "unit.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dyad.h"
#include "lexicon_int.h"

#define DICT_DIR SHARED_DIR "/reference/petrarch-dictionaries/"
#define CAMEO DICT_DIR "CAMEO.2.0.txt"
#define COUNTRIES DICT_DIR "Phoenix.Countries.actors.txt"
#define INTERNATIONAL DICT_DIR "Phoenix.International.actors.txt"
#define MILNONSTATE DICT_DIR "Phoenix.MilNonState.actors.txt"
#define AGENTS DICT_DIR "Phoenix.agents.txt"
#define DISCARDS DICT_DIR "Phoenix.discards.txt"
#define ISSUES DICT_DIR "Phoenix.IssueCoding.txt"

static const char *const real_files[] = {
	CAMEO, COUNTRIES, INTERNATIONAL, MILNONSTATE, AGENTS, DISCARDS, ISSUES,
};
#define N_REAL (sizeof(real_files) / sizeof(*real_files))

/* ---- helpers ------------------------------------------------------------ */

struct lines {
	const char *s, *end;
	unsigned no;
};

static int next_line(struct lines *it, const char **l, size_t *n)
{
	const char *nl;

	if (it->s >= it->end)
		return 0;
	nl = memchr(it->s, '\n', (size_t)(it->end - it->s));
	*l = it->s;
	*n = nl ? (size_t)(nl - it->s) : (size_t)(it->end - it->s);
	it->s = nl ? nl + 1 : it->end;
	it->no++;
	return 1;
}

/* Drop a '#' comment and trailing blanks. */
static size_t content(const char *l, size_t n)
{
	const char *h = memchr(l, '#', n);

	if (h)
		n = (size_t)(h - l);
	while (n && isspace((unsigned char)l[n - 1]))
		n--;
	return n;
}

static dyad_lexicon *load_real(const char *path, dyad_error *err)
{
	dyad_lexicon *lex;
	int rc;

	memset(err, 0, sizeof(*err));
	assert_int_equal(lex_new_bare(&lex, NULL), DYAD_OK);
	rc = dyad_lexicon_load(lex, path, DYAD_DICT_AUTO, err);
	if (rc != DYAD_OK)
		fail_msg("%s: rc %d: %s", path, rc, err->msg);
	return lex;
}

static dyad_lexicon *load_text(const char *text, int tabari, int want_rc,
			       dyad_error *err)
{
	dyad_lexicon *lex;
	int rc;

	memset(err, 0, sizeof(*err));
	assert_int_equal(lex_new_bare(&lex, NULL), DYAD_OK);
	rc = (tabari ? dict_tabari_load : dict_petrarch_load)(lex, "sample.txt", text,
							       strlen(text), err);
	if (rc != want_rc)
		fail_msg("rc %d, want %d: %s", rc, want_rc, err->msg);
	return lex;
}

/* A set of strings, for counting distinct phrases. */
struct strset {
	char **v;
	size_t n, cap;
};

static void set_add(struct strset *s, const char *p, size_t n)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 256;
		s->v = realloc(s->v, s->cap * sizeof(*s->v));
		assert_non_null(s->v);
	}
	s->v[s->n] = malloc(n + 1);
	assert_non_null(s->v[s->n]);
	memcpy(s->v[s->n], p, n);
	s->v[s->n][n] = '\0';
	s->n++;
}

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static size_t set_distinct(struct strset *s)
{
	size_t i, k = 0;

	qsort(s->v, s->n, sizeof(*s->v), str_cmp);
	for (i = 0; i < s->n; i++)
		if (i == 0 || strcmp(s->v[i], s->v[i - 1]))
			k++;
	return k;
}

static int set_has(const struct strset *s, const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (strlen(s->v[i]) == n && !memcmp(s->v[i], p, n))
			return 1;
	return 0;
}

static void set_free(struct strset *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
	memset(s, 0, sizeof(*s));
}

/* The key under which the lexicon's tries merge phrases: lower case,
 * words split on blanks and '_', a word's trailing '_' dropped. */
static void add_phrase_key(struct strset *s, const char *p, size_t n)
{
	char out[1024];
	size_t o = 0, i;
	int gap = 0;

	for (i = 0; i < n && o + 2 < sizeof(out); i++) {
		char c = p[i];
		if (c == ' ' || c == '_' || c == '\t') {
			gap = o > 0;
			continue;
		}
		if (gap)
			out[o++] = ' ';
		gap = 0;
		out[o++] = (char)tolower((unsigned char)c);
	}
	set_add(s, out, o);
}

static size_t words_in(const char *p, size_t n)
{
	size_t i, w = 0;

	for (i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '_' && p[i] != '\t' &&
		    (i == 0 || p[i - 1] == ' ' || p[i - 1] == '_' || p[i - 1] == '\t'))
			w++;
	return w;
}

static uint32_t word(dyad_lexicon *lex, const char *w)
{
	return lex_word(lex, w, strlen(w));
}

/* The payload of a phrase in a trie, walking it word by word. */
static uint32_t trie_find(dyad_lexicon *lex, const struct lex_trie *t,
			  const char *const *words, size_t n)
{
	uint32_t node = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		node = lex_trie_step(t, node, word(lex, words[i]), 1);
		if (node == LEX_NONE)
			fail_msg("no trie edge for \"%s\"", words[i]);
	}
	return t->values[node];
}

static const struct lex_class *class_named(const dyad_lexicon *lex,
					   const char *label, uint32_t *id)
{
	size_t i;

	for (i = 0; i < lex->classes.n; i++)
		if (!strcmp(lex_str(lex, lex->classes.v[i].label), label)) {
			if (id)
				*id = (uint32_t)i;
			return &lex->classes.v[i];
		}
	fail_msg("no class %s", label);
	return NULL;
}

static const struct lex_pattern *pattern_at(const dyad_lexicon *lex,
					    uint32_t cls, uint32_t line)
{
	size_t i;

	for (i = 0; i < lex->patterns.n; i++)
		if (lex->patterns.v[i].cls == cls && lex->patterns.v[i].line == line)
			return &lex->patterns.v[i];
	fail_msg("no pattern from line %u in class %u", line, cls);
	return NULL;
}

static size_t patterns_of(const dyad_lexicon *lex, uint32_t cls)
{
	size_t i, k = 0;

	for (i = 0; i < lex->patterns.n; i++)
		k += lex->patterns.v[i].cls == cls;
	return k;
}

static const char *code_of(const dyad_lexicon *lex, uint32_t code)
{
	const char *s = code == LEX_NONE ? NULL : lex_code_str(lex, code);

	return s ? s : "(none)";
}

/* ---- the verb dictionary ------------------------------------------------ */

/* Pattern lines of CAMEO 2.0 that are malformed: stray text before the
 * code (2374, 7606), a code "[080!]" (5787) and sets never defined. */
static const unsigned cameo_bad[] = { 2374, 2406, 3887, 5787, 7606, 8443, 8444 };

static int cameo_is_bad(unsigned line)
{
	size_t i;

	for (i = 0; i < sizeof(cameo_bad) / sizeof(*cameo_bad); i++)
		if (cameo_bad[i] == line)
			return 1;
	return 0;
}

static size_t bracket(const char *l, size_t n, const char **code)
{
	const char *b = memchr(l, '[', n), *e;

	if (!b)
		return 0;
	e = memchr(b, ']', n - (size_t)(b - l));
	assert_non_null(e);
	*code = b + 1;
	return (size_t)(e - b - 1);
}

static void test_cameo_counts(void **state)
{
	size_t len, n, headers = 0, sets = 0, heads = 0, subs_total = 0;
	size_t patterns = 0, block_pats = 0, transforms = 0, i;
	char *text = unit_slurp(CAMEO, &len);
	struct lines it = { text, text + len, 0 };
	struct strset subs = { 0 }, seen = { 0 }, alts = { 0 };
	char block_code[16] = "";
	const char *l;
	int in_verbs = 0;
	struct dyad_lexicon_stats st;
	dyad_error err;
	dyad_lexicon *lex;

	(void)state;
	/* A block's patterns go to its class and to each sibling class of
	 * verbs with a code of their own; a paired code adds a bare "*". */
#define END_BLOCK() do { \
		patterns += block_pats * (1 + subs.n) + (strchr(block_code, ':') != NULL); \
		for (i = 0; i < subs.n; i++) \
			patterns += strchr(subs.v[i], ':') != NULL; \
		subs_total += subs.n; \
		set_free(&subs); \
		set_free(&seen); \
		block_pats = 0; \
	} while (0)
	while (next_line(&it, &l, &n)) {
		const char *code;
		size_t cn, k;

		n = content(l, n);
		if (!n)
			continue;
		if (!strncmp(l, "---", 3)) {
			if (in_verbs)
				END_BLOCK();
			in_verbs = 1;
			headers++;
			cn = bracket(l, n, &code);
			snprintf(block_code, sizeof(block_code), "%.*s", (int)cn, code);
		} else if (l[0] == '&') {
			sets++;
		} else if (l[0] == '~') {
			transforms++;
		} else if (l[0] == '-') {
			if (cameo_is_bad(it.no))
				continue;
			block_pats++;
			for (k = 1; k < n;) {
				size_t j = k;
				while (j < n && !strchr(" \t(){}[", l[j]))
					j++;
				if (memchr(l + k, '/', j - k))
					if (!set_has(&alts, l + k, j - k))
						set_add(&alts, l + k, j - k);
				if (j < n && l[j] == '[')
					break;
				k = j + 1;
			}
		} else if (in_verbs) {
			char key[256];
			size_t pn = strcspn(l, "{[;");
			const char *ph = l;

			if (pn > n)
				pn = n;
			while (pn && isspace((unsigned char)ph[pn - 1]))
				pn--;
			if (*ph == '+')
				ph++, pn--;
			cn = bracket(l, n, &code);
			if (cn && strlen(block_code) == cn && !memcmp(block_code, code, cn))
				cn = 0;         /* the block's own class */
			if (cn && !set_has(&subs, code, cn))
				set_add(&subs, code, cn);
			snprintf(key, sizeof(key), "%.*s|%.*s", (int)pn, ph, (int)cn, cn ? code : "");
			if (!set_has(&seen, key, strlen(key))) {
				set_add(&seen, key, strlen(key));
				heads++;
			}
		}
	}
	END_BLOCK();
#undef END_BLOCK

	lex = load_real(CAMEO, &err);
	dyad_lexicon_stats(lex, &st);
	print_message("CAMEO.2.0: %zu blocks, %zu classes, %zu verbs, %zu patterns "
		      "(%zu lines), %zu sets, %zu transformations skipped\n",
		      headers, lex->classes.n, st.verbs, st.patterns, patterns, st.synsets,
		      transforms);
	assert_int_equal(headers, 397);
	assert_int_equal(transforms, 8);
	assert_int_equal(lex->classes.n, headers + subs_total);
	assert_int_equal(st.verbs, heads);
	assert_int_equal(st.patterns, patterns);
	assert_int_equal(st.synsets, sets + alts.n);
	assert_int_equal(st.actors + st.agents + st.discards, 0);
	/* The reader kept going past the malformed lines and named each. */
	assert_int_equal(err.code, DYAD_OK);
	assert_non_null(strstr(err.msg, "7 malformed lines skipped"));
	for (i = 0; i < sizeof(cameo_bad) / sizeof(*cameo_bad); i++) {
		char want[32];
		snprintf(want, sizeof(want), "line %u: ", cameo_bad[i]);
		if (!strstr(err.msg, want))
			fail_msg("warning lacks %s: %s", want, err.msg);
	}
	assert_non_null(strstr(err.msg, "line 2406: undefined synonym set (&FIGHT_CRIM)"));
	assert_non_null(strstr(err.msg, "line 5787: not an event code ([080!])"));
	/* No pattern came from the TRANSFORMATIONS section. */
	for (i = 0; i < lex->patterns.n; i++)
		assert_true(lex->patterns.v[i].line < 9175);
	set_free(&alts);
	dyad_lexicon_free(lex);
	free(text);
}

static void test_cameo_entries(void **state)
{
	dyad_error err;
	dyad_lexicon *lex = load_real(CAMEO, &err);
	const struct lex_class *acc, *ask, *ask020, *visit, *offend, *delay;
	const struct lex_pattern *p;
	const struct lex_elem *el;
	const struct lex_head *h;
	uint32_t acc_id, ask_id, ask020_id, visit_id, offend_id, lemma;
	size_t i, n;
	int saw_ask_for = 0;

	(void)state;
	/* "- * (TO)   [042:043]   # RUSH" in the ACCELERATE block. */
	acc = class_named(lex, "ACCELERATE", &acc_id);
	assert_int_equal(acc->code, LEX_CODE_NULL);
	p = pattern_at(lex, acc_id, 718);
	assert_int_equal(p->n_el, 2);
	el = &lex->elems.v[p->el_off];
	assert_int_equal(el[0].kind, LEX_EL_HEAD);
	assert_int_equal(el[1].kind, LEX_EL_WORD);
	assert_string_equal(lex_word_str(lex, el[1].id), "to");
	assert_string_equal(code_of(lex, p->code), "042");
	assert_string_equal(code_of(lex, p->code2), "043");
	assert_string_equal(lex_str(lex, p->origin), CAMEO);
	/* "- &MILITARY *  [154]": a set before the verb. */
	p = pattern_at(lex, acc_id, 727);
	el = &lex->elems.v[p->el_off];
	assert_int_equal(el[0].kind, LEX_EL_SYNSET);
	assert_string_equal(lex_str(lex, lex->synsets.v[el[0].id].name), "MILITARY");
	assert_int_equal(el[1].kind, LEX_EL_HEAD);
	assert_string_equal(code_of(lex, p->code), "154");
	assert_int_equal(p->code2, LEX_NONE);

	/* SPEED {SPEEDING SPEEDS SPED }: explicit forms map to the lemma. */
	{
		uint32_t lem;
		assert_true(intmap_get(&lex->forms, word(lex, "sped"), &lem));
		assert_int_equal(lem, word(lex, "speed"));
	}

	/* ASK [020] in the [---] block ASK: a sibling class with that code,
	 * holding ASK and +ASK_FOR, with every pattern of the block. */
	ask = class_named(lex, "ASK", &ask_id);
	ask020 = class_named(lex, "ASK [020]", &ask020_id);
	assert_int_equal(ask->code, LEX_CODE_NULL);
	assert_string_equal(code_of(lex, ask020->code), "020");
	class_named(lex, "ASK [110]", NULL);     /* GRILL [110] */
	assert_true(patterns_of(lex, ask_id) > 50);
	assert_int_equal(patterns_of(lex, ask020_id), patterns_of(lex, ask_id));
	lemma = word(lex, "ask");
	for (i = 0; i < lex->heads.n; i++) {
		h = &lex->heads.v[i];
		if (h->lemma != lemma || h->cls != ask020_id)
			continue;
		if (h->n_part == 1 && lex->pool.v[h->part_off] == word(lex, "for"))
			saw_ask_for = 1;
	}
	assert_true(saw_ask_for);

	/* Paired block codes: VISIT [042:043] codes 042 and carries the pair
	 * in a bare "*" pattern; OFFEND [:110] codes only the reverse. */
	visit = class_named(lex, "VISIT", &visit_id);
	assert_string_equal(code_of(lex, visit->code), "042");
	for (i = 0, n = 0; i < lex->patterns.n; i++) {
		p = &lex->patterns.v[i];
		if (p->cls == visit_id && p->n_el == 1) {
			assert_int_equal(lex->elems.v[p->el_off].kind, LEX_EL_HEAD);
			assert_string_equal(code_of(lex, p->code), "042");
			assert_string_equal(code_of(lex, p->code2), "043");
			n++;
		}
	}
	assert_int_equal(n, 1);
	offend = class_named(lex, "OFFEND", &offend_id);
	assert_int_equal(offend->code, LEX_CODE_NULL);
	p = pattern_at(lex, offend_id, 9156);
	assert_int_equal(p->code, LEX_CODE_NULL);
	assert_string_equal(code_of(lex, p->code2), "110");

	/* "---  DELAY   [120]---  ---" */
	delay = class_named(lex, "DELAY", NULL);
	assert_string_equal(code_of(lex, delay->code), "120");

	/* "- * (BY/WITH {SUICIDE_ATTACK}) [...]": "A/B" became a set. */
	{
		uint32_t sid;
		assert_int_equal(lex_synset_id(lex, "BY/WITH", 7, &sid), DYAD_OK);
		assert_int_equal(lex->synsets.v[sid].n, 2);
	}
	dyad_lexicon_free(lex);
}

/* ---- actors ------------------------------------------------------------- */

/* Count "[CODE ...]" groups the reader keeps: not "[---]", and only with
 * dates of six or eight digits. */
static size_t code_groups(const char *l, size_t n)
{
	size_t k = 0;
	const char *b;

	while ((b = memchr(l, '[', n))) {
		const char *e = memchr(b, ']', n - (size_t)(b - l)), *q;
		int ok = 1;

		if (!e)
			break;
		q = b + 1;
		while (q < e && !isspace((unsigned char)*q) && *q != '<' && *q != '>')
			q++;
		if (q - b - 1 == 3 && !memcmp(b + 1, "---", 3))
			ok = 0;
		while (q < e) {
			const char *d = q;
			while (q < e && isdigit((unsigned char)*q))
				q++;
			if (q > d && q - d != 6 && q - d != 8)
				ok = 0;
			if (q == d)
				q++;
		}
		k += ok;
		n -= (size_t)(e + 1 - l);
		l = e + 1;
	}
	return k;
}

static void check_actor_counts(const char *path)
{
	size_t len, n, actors = 0, names = 0, codes = 0;
	char *text = unit_slurp(path, &len);
	struct lines it = { text, text + len, 0 };
	const char *l;
	struct dyad_lexicon_stats st;
	dyad_error err;
	dyad_lexicon *lex;

	while (next_line(&it, &l, &n)) {
		const char *t = l;
		size_t tn;

		n = content(l, n);
		tn = n;
		while (tn && isspace((unsigned char)*t))
			t++, tn--;
		if (!tn)
			continue;
		if (*t == '[') {
			codes += code_groups(t, tn);
		} else if (t != l) {
			continue;       /* indented name: malformed */
		} else if (*t == '+') {
			if (!memchr(t, '[', tn) && !memchr(t, ']', tn))
				names++;
		} else {
			size_t nn = strcspn(t, "[");
			actors++;
			if (nn > tn)
				nn = tn;
			if (words_in(t, nn) <= LEX_MAX_PHRASE)
				names++;
			codes += code_groups(t, tn);
		}
	}
	lex = load_real(path, &err);
	dyad_lexicon_stats(lex, &st);
	print_message("%s: %zu actors, %zu names, %zu codes\n", strrchr(path, '/') + 1,
		      st.actors, st.actor_names, st.actor_codes);
	assert_int_equal(st.actors, actors);
	assert_int_equal(st.actor_names, names);
	assert_int_equal(st.actor_codes, codes);
	dyad_lexicon_free(lex);
	free(text);
}

static void test_actor_counts(void **state)
{
	(void)state;
	check_actor_counts(COUNTRIES);
	check_actor_counts(INTERNATIONAL);
	check_actor_counts(MILNONSTATE);
}

static void assert_code(const dyad_lexicon *lex, const struct lex_actor *a,
			uint32_t i, const char *code, int32_t from, int32_t to)
{
	assert_true(i < a->n_codes);
	assert_string_equal(lex_code_str(lex, a->codes[i].code), code);
	assert_int_equal(a->codes[i].from, from);
	assert_int_equal(a->codes[i].to, to);
}

static void test_actor_entries(void **state)
{
	static const char *const putin[] = { "vladimir", "putin" };
	static const char *const president[] = { "president", "putin" };
	static const char *const ban[] = { "ban", "ki-moon" };
	static const char *const ocean[] = { "indian", "ocean" };
	static const char *const dukanovic[] = { "milo", "dukanovic" };
	static const char *const zahir[] = { "mohammad", "zahir", "shah" };
	dyad_error err;
	dyad_lexicon *lex = load_real(COUNTRIES, &err);
	const struct lex_actor *a;
	uint32_t id;

	(void)state;
	/* VLADIMIR_PUTIN_ and its dated codes, yymmdd read as PETRARCH does. */
	id = trie_find(lex, &lex->actor_trie, putin, 2);
	assert_int_not_equal(id, LEX_NONE);
	assert_int_equal(trie_find(lex, &lex->actor_trie, president, 2), id);
	a = &lex->actors.v[id];
	assert_string_equal(lex_str(lex, a->label), "VLADIMIR_PUTIN_");
	assert_int_equal(a->n_codes, 5);
	assert_code(lex, a, 0, "RUSELI", 19700101, 19990809);
	assert_code(lex, a, 1, "RUSGOV", 19991231, 20080507);
	assert_code(lex, a, 2, "RUSGOV", 19990809, 20000507);
	assert_code(lex, a, 3, "RUSGOV", 20080508, 0);
	assert_code(lex, a, 4, "RUSELI", 0, 0);
	/* 320101 is 1932 and 070723 is 2007. */
	a = &lex->actors.v[trie_find(lex, &lex->actor_trie, zahir, 3)];
	assert_code(lex, a, 0, "AFGELI", 19320101, 19331108);
	assert_code(lex, a, 2, "AFGELI", 19730717, 20070723);
	/* "[MNEGOV 20121204]", a date with no sign, starts a term. */
	a = &lex->actors.v[trie_find(lex, &lex->actor_trie, dukanovic, 2)];
	assert_code(lex, a, 0, "MNEGOV", 20121204, 0);
	/* "INDIAN_OCEAN  [---]": known, and coded as nothing. */
	id = trie_find(lex, &lex->actor_trie, ocean, 2);
	assert_int_equal(lex->actors.v[id].n_codes, 0);
	/* The malformed dates were skipped and named. */
	assert_non_null(strstr(err.msg, "line 2039: not a date (9008223)"));
	assert_non_null(strstr(err.msg, "line 18010: not a date (201005011)"));
	dyad_lexicon_free(lex);

	/* BAN_KI-MOON is IGOUNO from 2007; his "[KORGOVBUS 2004017-20061201]"
	 * has a seven-digit date and is dropped with a warning. */
	lex = load_real(INTERNATIONAL, &err);
	id = trie_find(lex, &lex->actor_trie, ban, 2);
	a = &lex->actors.v[id];
	assert_int_equal(a->n_codes, 1);
	assert_code(lex, a, 0, "IGOUNO", 20070101, 0);
	assert_int_equal(err.code, DYAD_OK);
	assert_non_null(strstr(err.msg, "line 40: not a date (2004017)"));
	dyad_lexicon_free(lex);
}

/* ---- agents, discards, issues -------------------------------------------- */

static void test_agent_counts(void **state)
{
	size_t len, n;
	char *text = unit_slurp(AGENTS, &len);
	struct lines it = { text, text + len, 0 };
	struct strset keys = { 0 };
	char names[8][32], vals[8][16][32];
	size_t n_sets = 0, n_vals[8] = { 0 }, want;
	const char *l;
	struct dyad_lexicon_stats st;
	dyad_error err;
	dyad_lexicon *lex;

	(void)state;
	while (next_line(&it, &l, &n)) {
		const char *b, *e, *brace;
		char line[512];
		size_t pn, s, v;

		n = content(l, n);
		if (!n)
			continue;
		snprintf(line, sizeof(line), "%.*s", (int)n, l);
		if (line[0] == '!' && strchr(line, '=')) {
			const char *q = strchr(line, '=') + 1;
			assert_true(n_sets < 8);
			snprintf(names[n_sets], 32, "%.*s", (int)strcspn(line + 1, "!"), line + 1);
			while (*q) {
				size_t k;
				q += strspn(q, ", ");
				k = strcspn(q, ", ");
				if (k)
					snprintf(vals[n_sets][n_vals[n_sets]++], 32, "%.*s", (int)k, q);
				q += k;
			}
			n_sets++;
			continue;
		}
		b = strchr(line, '[');
		e = b ? strchr(b, ']') : NULL;
		if (!e)
			continue;       /* no code, or "[~ENV}": malformed */
		brace = strchr(line, '{');
		pn = (size_t)((brace && brace < b ? brace : b) - line);
		/* The phrase, and each plural, with !SET! markers expanded. */
		for (int part = 0; part < 2; part++) {
			const char *ph = line;
			size_t phn = pn;
			char one[256];

			if (part == 1) {
				const char *cb;
				if (!brace || brace > b)
					break;
				cb = strchr(brace, '}');
				ph = brace + 1;
				phn = (size_t)(cb - ph);
			}
			for (const char *q = ph; q < ph + phn;) {
				size_t k = 0;
				while (q < ph + phn && (*q == ' ' || *q == ','))
					q++;
				if (part == 0)
					k = phn;
				else
					while (q + k < ph + phn && q[k] != ' ' && q[k] != ',')
						k++;
				if (!k)
					break;
				snprintf(one, sizeof(one), "%.*s", (int)k, q);
				q += k;
				{
					char *m = strchr(one, '!');
					if (!m) {
						add_phrase_key(&keys, one, strlen(one));
						continue;
					}
					for (s = 0; s < n_sets; s++)
						if (!strncmp(m + 1, names[s], strlen(names[s])) &&
						    m[1 + strlen(names[s])] == '!')
							break;
					assert_true(s < n_sets);
					for (v = 0; v < n_vals[s]; v++) {
						char out[512], marker[40];
						size_t o = 0;
						const char *r = one;
						snprintf(marker, sizeof(marker), "!%s!", names[s]);
						while (*r) {
							if (!strncmp(r, marker, strlen(marker))) {
								o += (size_t)snprintf(out + o, sizeof(out) - o, "%s", vals[s][v]);
								r += strlen(marker);
							} else {
								out[o++] = *r++;
							}
						}
						assert_null(memchr(out, '!', o));
						add_phrase_key(&keys, out, o);
					}
				}
			}
		}
	}
	want = set_distinct(&keys);
	lex = load_real(AGENTS, &err);
	dyad_lexicon_stats(lex, &st);
	print_message("Phoenix.agents: %zu agents\n", st.agents);
	assert_int_equal(st.agents, want);
	assert_non_null(strstr(err.msg, "2 malformed lines skipped"));
	assert_non_null(strstr(err.msg, "line 544: unbalanced brackets"));
	assert_non_null(strstr(err.msg, "line 1927: agent without a [~CODE]"));
	set_free(&keys);
	dyad_lexicon_free(lex);
	free(text);
}

static void test_agent_entries(void **state)
{
	static const char *const farmer[] = { "farmer" };
	static const char *const congresswomen[] = { "congresswomen" };
	static const char *const foreign[] = { "ministries", "of", "foreign", "affairs" };
	static const char *const observers[] = { "observers", "in" };
	dyad_error err;
	dyad_lexicon *lex = load_real(AGENTS, &err);
	const struct lex_agent *ag;
	uint32_t id;

	(void)state;
	/* "FARMER [~AGR]": a suffix agent. */
	id = trie_find(lex, &lex->agent_trie, farmer, 1);
	ag = &lex->agents.v[id];
	assert_string_equal(lex_code_str(lex, ag->code), "AGR");
	assert_int_equal(ag->place, LEX_AGENT_SUFFIX);
	/* "CONGRESS!PERSON!  [~LEG]" with !PERSON! = MAN, MEN, WOMAN, ... */
	id = trie_find(lex, &lex->agent_trie, congresswomen, 1);
	assert_string_equal(lex_code_str(lex, lex->agents.v[id].code), "LEG");
	/* ...and expanded words match only as written. */
	assert_int_equal(lex_trie_step(&lex->agent_trie, 0, word(lex, "congresswomen"), 0),
			 LEX_NONE);
	/* "!MINIST! OF_FOREIGN_AFFAIRS [~GOV]" */
	id = trie_find(lex, &lex->agent_trie, foreign, 4);
	assert_string_equal(lex_code_str(lex, lex->agents.v[id].code), "GOV");
	/* "OBSERVERS_IN [IGO~]": a prefix agent. */
	id = trie_find(lex, &lex->agent_trie, observers, 2);
	ag = &lex->agents.v[id];
	assert_string_equal(lex_code_str(lex, ag->code), "IGO");
	assert_int_equal(ag->place, LEX_AGENT_PREFIX);
	dyad_lexicon_free(lex);
}

static void test_discard_counts(void **state)
{
	size_t len, n, story = 0;
	char *text = unit_slurp(DISCARDS, &len);
	struct lines it = { text, text + len, 0 };
	struct strset keys = { 0 };
	const char *l;
	struct dyad_lexicon_stats st;
	dyad_error err;
	dyad_lexicon *lex;
	static const char *const golf[] = { "world", "golf", "championships" };
	static const char *const group_a[] = { "group", "a" };

	(void)state;
	while (next_line(&it, &l, &n)) {
		n = content(l, n);
		while (n && isspace((unsigned char)*l))
			l++, n--;
		if (!n)
			continue;
		if (*l == '+')
			l++, n--, story++;
		add_phrase_key(&keys, l, n);
	}
	lex = load_real(DISCARDS, &err);
	dyad_lexicon_stats(lex, &st);
	print_message("Phoenix.discards: %zu discards, %zu story-level\n", st.discards, story);
	assert_int_equal(st.discards, set_distinct(&keys));
	assert_int_equal(trie_find(lex, &lex->discard_trie, golf, 3), 1);
	assert_int_equal(trie_find(lex, &lex->discard_trie, group_a, 2), 0);
	set_free(&keys);
	dyad_lexicon_free(lex);
	free(text);
}

static void test_issue_counts(void **state)
{
	size_t len, n;
	char *text = unit_slurp(ISSUES, &len);
	struct lines it = { text, text + len, 0 };
	struct strset keys = { 0 };
	const char *l;
	dyad_error err;
	dyad_lexicon *lex;
	uint32_t id;
	static const char *const early[] = { "early-childhood", "education" };
	static const char *const early2[] = { "early", "childhood", "education" };
	static const char *const teacher[] = { "teacher" };
	static const char *const stop[] = { "a", "head", "start" };
	static const char *const album[] = { "album" };
	static const char *const disaster[] = { "ecological", "disaster" };

	(void)state;
	while (next_line(&it, &l, &n)) {
		char a[512], b[512];
		size_t i, pn, o = 0;

		n = content(l, n);
		while (n && isspace((unsigned char)*l))
			l++, n--;
		if (!n || *l == '<')
			continue;
		if (*l == '~') {
			while (n && *l == '~')
				l++, n--;
			pn = n;
		} else {
			const char *br = memchr(l, '[', n);
			if (!br)
				continue;
			pn = (size_t)(br - l);
		}
		for (i = 0; i < pn; i++) {
			if ((i == 0 || l[i - 1] == ' ' || l[i - 1] == '+') &&
			    (l[i] == 'n' || l[i] == 'v') && i + 1 < pn && l[i + 1] == ':') {
				i++;
				continue;
			}
			a[o] = l[i] == '+' ? ' ' : l[i];
			b[o] = l[i] == '+' ? '-' : l[i];
			o++;
		}
		add_phrase_key(&keys, a, o);
		if (memchr(l, '+', pn))
			add_phrase_key(&keys, b, o);
	}
	lex = load_real(ISSUES, &err);
	print_message("Phoenix.IssueCoding: %zu issue phrases\n", lex->issues.n);
	assert_int_equal(lex->issues.n, set_distinct(&keys));
	/* "early+childhood education", "n:teacher", "~a head start",
	 * "~~album", and a 32-byte code. */
	id = trie_find(lex, &lex->issue_trie, early, 2);
	assert_string_equal(lex_code_str(lex, lex->issues.v[id].code),
			    "EARLY_CHILDHOOD_EDUCATION");
	id = trie_find(lex, &lex->issue_trie, early2, 3);
	assert_string_equal(lex_code_str(lex, lex->issues.v[id].code),
			    "EARLY_CHILDHOOD_EDUCATION");
	id = trie_find(lex, &lex->issue_trie, teacher, 1);
	assert_string_equal(lex_code_str(lex, lex->issues.v[id].code), "TEACHERS");
	id = trie_find(lex, &lex->issue_trie, stop, 3);
	assert_string_equal(lex_code_str(lex, lex->issues.v[id].code), "~");
	id = trie_find(lex, &lex->issue_trie, album, 1);
	assert_string_equal(lex_code_str(lex, lex->issues.v[id].code), "~~");
	id = trie_find(lex, &lex->issue_trie, disaster, 2);
	assert_string_equal(lex_code_str(lex, lex->issues.v[id].code),
			    "SELF_IDENTIFIED_ENVIRON_DISASTER");
	set_free(&keys);
	dyad_lexicon_free(lex);
	free(text);
}

/* ---- faults ------------------------------------------------------------- */

static void assert_fails(const char *text, const char *want)
{
	dyad_error err;
	dyad_lexicon *lex = load_text(text, 0, DYAD_EPARSE, &err);

	assert_int_equal(err.code, DYAD_EPARSE);
	if (strcmp(err.msg, want))
		fail_msg("message\n  got  %s\n  want %s", err.msg, want);
	dyad_lexicon_free(lex);
}

static void test_malformed_lines(void **state)
{
	(void)state;
	assert_fails("---  SAY  [010]  ---\nSAY\n- * (TO [042]\n",
		     "sample.txt:3: unbalanced brackets (* (TO)");
	assert_fails("# verbs\n- * TO + [042]\n",
		     "sample.txt:2: pattern outside any verb block (* TO + [042])");
	assert_fails("---  SAY  [010]  ---\nSAY\n- * TO + [04x]\n",
		     "sample.txt:3: not an event code ([04x])");
	assert_fails("---  SAY  [010]  ---\nSAY\n- * &NOPE [010]\n",
		     "sample.txt:3: undefined synonym set (&NOPE)");
	assert_fails("---  SAY  [010]  ---\nSAY\n- * TO [010]\n- $ SAY + [010]\n",
		     "sample.txt:4: a pattern needs exactly one '*' ($ SAY +)");
	assert_fails("---  SAY  [0101x]  ---\nSAY\n",
		     "sample.txt:1: not an event code; its block is skipped ([0101x])");
	assert_fails("KIM_JONG_UN_\n\t[PRKGOV 111399-]\n",
		     "sample.txt:2: not a date (111399)");
	assert_fails("KIM_JONG_UN_\n\t[PRKGOV >1112177]\n",
		     "sample.txt:2: not a date (1112177)");
	assert_fails("KIM_JONG_UN_\n\t[PRKGOV 111217-]\n",
		     "sample.txt:2: not a date (111217-)");
	assert_fails("KIM_JONG_UN_ [PRK GOV]\n",
		     "sample.txt:1: not a date (GOV)");
	assert_fails("KIM_JONG_UN_ [PRKGOV\n",
		     "sample.txt:1: unbalanced brackets ([PRKGOV)");
	assert_fails("\t[PRKGOV]\nKIM_JONG_UN_\n",
		     "sample.txt:1: date restriction outside any actor ([PRKGOV])");
	assert_fails("MINISTER [~GO-V]\n", "sample.txt:1: not an agent code ([~GO-V])");
	assert_fails("!PERSON! = MAN, MEN\nCHAIR!PERSONS! [~GOV]\n",
		     "sample.txt:2: undefined substitution set (!PERSONS!)");
	assert_fails("<ISSUE CATEGORY=\"X\">\nnuclear arms [NUCLEAR\n",
		     "sample.txt:2: unbalanced brackets (nuclear arms [NUCLEAR)");
	/* Several faults: the first is named, the rest counted. */
	assert_fails("---  SAY  [010]  ---\nSAY\n- * [04x]\n- * [04y]\n- * [04z]\n",
		     "sample.txt:3: not an event code ([04x]) (and 2 more malformed lines)");
}

/* A big file tolerates a stray bad line, and says so. */
static void test_few_faults_tolerated(void **state)
{
	char *text = malloc(64 * 1024), *o = text;
	dyad_error err;
	dyad_lexicon *lex;
	struct dyad_lexicon_stats st;
	int i;

	(void)state;
	for (i = 0; i < 400; i++)
		o += snprintf(o, 64, "ACTOR_%d_ [A%dB]\n", i, i);
	o += snprintf(o, 64, "KIM_JONG_UN_ [PRKGOV 991399-]\n");
	lex = load_text(text, 0, DYAD_OK, &err);
	dyad_lexicon_stats(lex, &st);
	assert_int_equal(st.actors, 401);
	assert_int_equal(st.actor_codes, 400);
	assert_string_equal(err.msg, "sample.txt: 1 malformed line skipped: "
			    "line 401: not a date (991399)");
	dyad_lexicon_free(lex);
	/* Three in 403 lines is too many. */
	snprintf(o, 64, "X_ [A 991399]\nY_ [A 991399]\n");
	lex = load_text(text, 0, DYAD_EPARSE, &err);
	assert_string_equal(err.msg, "sample.txt:401: not a date (991399) "
			    "(and 2 more malformed lines)");
	dyad_lexicon_free(lex);
	free(text);
}

/* Through dyad_lexicon_load and a real file: the message names it. */
static void test_malformed_file(void **state)
{
	char path[] = "/tmp/dyad-dict-XXXXXX", want[128];
	const char *text = "---  SAY  [010]  ---\nSAY\n- * &NOPE [010]\n";
	dyad_lexicon *lex;
	dyad_error err;
	int fd = mkstemp(path);

	(void)state;
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (int)strlen(text));
	close(fd);
	assert_int_equal(lex_new_bare(&lex, NULL), DYAD_OK);
	assert_int_equal(dyad_lexicon_load(lex, path, DYAD_DICT_AUTO, &err), DYAD_EPARSE);
	snprintf(want, sizeof(want), "%s:3: undefined synonym set (&NOPE)", path);
	assert_string_equal(err.msg, want);
	dyad_lexicon_free(lex);
	unlink(path);
}

/* ---- formats and variants ----------------------------------------------- */

static const char tabari_verbs[] =
	"; TABARI verbs, each verb its own entry\n"
	"ABANDON  [---]\n"
	"- * EMBASSY  [---]\n"
	"- $ * + POST [120]  ; left his post\n"
	"ACCUSE  <ACCUSES ACCUSED ACCUSING>  [112]\n"
	"- * + OF &CRIME [1122]\n"
	"&CRIME\n"
	"+MURDER\n"
	"+ARMED_ROBBERY\n"
	"VISIT [042:043]\n"
	"- * + CAPITAL [042:043]\n"
	"CALL_OFF [160]\n";

static const char tabari_actors[] =
	"; TABARI actors: one line each\n"
	"AFGHANISTAN_ [AFG]\n"
	"KABUL_ [AFG]\n"
	"HAMID_KARZAI_ [AFGGOV 011222-140929] [AFGELI]\n"
	"BARACK_OBAMA_ [USAELI 050103-090120] [USAGOV 090120-170120] [USAELI >170120]\n"
	"UNITED_NATIONS_ [IGOUNO]\n"
	"INDIAN_OCEAN [---]\n";

static const char tabari_agents[] =
	"MINISTER [~GOV]\n"
	"FOREIGN_MINISTER [~GOVFRM]  ; of foreign affairs\n"
	"REBEL {REBELS} [~REB]\n"
	"UN_ [IGO~]\n";

static void test_tabari(void **state)
{
	static const char *const obama[] = { "barack", "obama" };
	struct dyad_lexicon_stats st;
	dyad_error err;
	dyad_lexicon *lex;
	const struct lex_actor *a;
	uint32_t id, lem;

	(void)state;
	lex = load_text(tabari_verbs, 1, DYAD_OK, &err);
	dyad_lexicon_stats(lex, &st);
	assert_int_equal(lex->classes.n, 4);
	assert_int_equal(st.verbs, 4);
	assert_int_equal(st.patterns, 5);       /* four, and VISIT's pair */
	assert_int_equal(st.synsets, 1);
	assert_int_equal(st.verb_forms, 3);
	assert_true(intmap_get(&lex->forms, word(lex, "accused"), &lem));
	assert_int_equal(lem, word(lex, "accuse"));
	assert_string_equal(code_of(lex, class_named(lex, "ACCUSE", &id)->code), "112");
	assert_int_equal(patterns_of(lex, id), 1);
	assert_string_equal(code_of(lex, class_named(lex, "CALL_OFF", NULL)->code), "160");
	dyad_lexicon_free(lex);

	/* A malformed verb takes its patterns with it. */
	lex = load_text("ABANDON [---]\n- * EMBASSY [---]\nACCUSE [11x]\n- * + OF CRIME [1122]\n",
			1, DYAD_EPARSE, &err);
	assert_string_equal(err.msg, "sample.txt:3: not an event code ([11x])");
	assert_int_equal(lex->classes.n, 1);
	assert_int_equal(patterns_of(lex, 0), 1);
	dyad_lexicon_free(lex);

	lex = load_text(tabari_actors, 1, DYAD_OK, &err);
	dyad_lexicon_stats(lex, &st);
	assert_int_equal(st.actors, 6);
	assert_int_equal(st.actor_names, 6);
	assert_int_equal(st.actor_codes, 8);
	a = &lex->actors.v[trie_find(lex, &lex->actor_trie, obama, 2)];
	assert_code(lex, a, 1, "USAGOV", 20090120, 20170120);
	assert_code(lex, a, 2, "USAELI", 20170120, 0);
	dyad_lexicon_free(lex);

	lex = load_text(tabari_agents, 1, DYAD_OK, &err);
	dyad_lexicon_stats(lex, &st);
	assert_int_equal(st.agents, 5);
	dyad_lexicon_free(lex);
}

static void test_petrarch_variants(void **state)
{
	static const char verbs[] =
		"---  MEET   [040]  ---\n"
		"MEET {MET MEETING }\n"
		"+MEET_WITH {+MET_WITH +MEETS_WITH }\n"
		"CONFER [040:040]\n"
		"- * &OFFICIAL_ (IN {&PLACE CAPITAL}) [043]  # a set defined below\n"
		"- *SCEPTICAL   [012]\n"
		"- SPY_*_DEAL   [---]\n"
		"- * (TO/FOR +) [:042]\n"
		"\n"
		"&OFFICIAL_\n"
		"+MINISTER\n"
		"+ENVOY\n"
		"&PLACE\n"
		"+CITY\n"
		"~ a (a b ATTACK) SAY = a b 015\n";
	static const char actors[] =
		"NORTH_KOREA_  [PRK]\n"
		"+DPRK\n"
		"KIM_JONG_UN_ # no code here\n"
		"\t[PRKELI <111217]\n"
		"\t[PRKGOV > 111217]\n"
		"  \t[PRKMIL 20111217-20991231] [PRKGOV]\n";
	static const char agents[] =
		"!PERSON! = MAN, WOMAN\n"
		"SPOKES!PERSON! [~GOV]\n"
		"AFFAIRS {} [~GOV]\n";
	struct dyad_lexicon_stats st;
	dyad_error err;
	dyad_lexicon *lex;
	const struct lex_pattern *p;
	const struct lex_elem *el;
	uint32_t cls;

	(void)state;
	lex = load_text(verbs, 0, DYAD_OK, &err);
	dyad_lexicon_stats(lex, &st);
	assert_int_equal(lex->classes.n, 2);    /* MEET, and CONFER's [040:040] */
	assert_int_equal(st.verbs, 3);
	assert_int_equal(st.patterns, 4 * 2 + 1);
	assert_int_equal(st.synsets, 3);        /* OFFICIAL_, PLACE, TO/FOR */
	class_named(lex, "MEET", &cls);
	p = pattern_at(lex, cls, 5);
	el = &lex->elems.v[p->el_off];
	assert_int_equal(p->n_el, 5);
	assert_int_equal(el[0].kind, LEX_EL_HEAD);
	assert_int_equal(el[1].kind, LEX_EL_SYNSET);
	assert_int_equal(el[2].kind, LEX_EL_WORD);
	assert_int_equal(el[3].kind, LEX_EL_SYNSET);
	assert_string_equal(lex_word_str(lex, el[4].id), "capital");
	p = pattern_at(lex, cls, 6);
	el = &lex->elems.v[p->el_off];
	assert_int_equal(p->n_el, 2);
	assert_int_equal(el[0].kind, LEX_EL_HEAD);
	assert_string_equal(lex_word_str(lex, el[1].id), "sceptical");
	p = pattern_at(lex, cls, 7);
	el = &lex->elems.v[p->el_off];
	assert_int_equal(p->n_el, 3);
	assert_int_equal(el[1].kind, LEX_EL_HEAD);
	assert_int_equal(p->code, LEX_CODE_NULL);
	p = pattern_at(lex, cls, 8);
	assert_int_equal(p->code, LEX_CODE_NULL);
	assert_string_equal(code_of(lex, p->code2), "042");
	assert_int_equal(lex->elems.v[p->el_off + 2].kind, LEX_EL_TARGET);
	dyad_lexicon_free(lex);

	lex = load_text(actors, 0, DYAD_OK, &err);
	dyad_lexicon_stats(lex, &st);
	assert_int_equal(st.actors, 2);
	assert_int_equal(st.actor_names, 3);
	assert_int_equal(st.actor_codes, 5);
	assert_code(lex, &lex->actors.v[1], 0, "PRKELI", 0, 20111217);
	assert_code(lex, &lex->actors.v[1], 1, "PRKGOV", 20111217, 0);
	assert_code(lex, &lex->actors.v[1], 2, "PRKMIL", 20111217, 20991231);
	dyad_lexicon_free(lex);

	lex = load_text(agents, 0, DYAD_OK, &err);
	dyad_lexicon_stats(lex, &st);
	assert_int_equal(st.agents, 3);
	/* "{}": no plural, so the word is exact. */
	assert_int_equal(lex_trie_step(&lex->agent_trie, 0, word(lex, "affairs"), 0), LEX_NONE);
	assert_int_not_equal(lex_trie_step(&lex->agent_trie, 0, word(lex, "affairs"), 1), LEX_NONE);
	dyad_lexicon_free(lex);
}

static void test_detect(void **state)
{
	size_t i, len;

	(void)state;
	for (i = 0; i < N_REAL; i++) {
		char *text = unit_slurp(real_files[i], &len);
		enum dyad_dict_format f = dict_detect(text, len);
		if (f != DYAD_DICT_PETRARCH)
			fail_msg("%s detected as %s", real_files[i], dyad_dict_format_name(f));
		free(text);
	}
	assert_int_equal(dict_detect(tabari_verbs, strlen(tabari_verbs)), DYAD_DICT_TABARI);
	assert_int_equal(dict_detect(tabari_actors, strlen(tabari_actors)), DYAD_DICT_TABARI);
	assert_int_equal(dict_detect(tabari_agents, strlen(tabari_agents)), DYAD_DICT_TABARI);
#define DETECT(s) dict_detect(s, strlen(s))
	assert_int_equal(DETECT("actor North Korea | DPRK = PRK\n"), DYAD_DICT_NATIVE);
	assert_int_equal(DETECT("# dyad\n\nverb visit = 042\n    * to + = 042\n"), DYAD_DICT_NATIVE);
	assert_int_equal(DETECT("agent foreign minister = GOV\n"), DYAD_DICT_NATIVE);
	assert_int_equal(DETECT("set weapons = missile | rocket\n"), DYAD_DICT_NATIVE);
	assert_int_equal(DETECT("discard football\n"), DYAD_DICT_NATIVE);
	assert_int_equal(DETECT("---  VISIT   [042:043]  ---\nVISIT\n"), DYAD_DICT_PETRARCH);
	assert_int_equal(DETECT("KIM_JONG_UN_\n\t[PRKGOV >111217]\n"), DYAD_DICT_PETRARCH);
	assert_int_equal(DETECT("NORTH_KOREA_ [PRK]\n+DPRK\n"), DYAD_DICT_PETRARCH);
	assert_int_equal(DETECT("!PERSON! = MAN, MEN\n"), DYAD_DICT_PETRARCH);
	assert_int_equal(DETECT(""), DYAD_DICT_AUTO);
	assert_int_equal(DETECT("# nothing\n\nfootball\nworld cup\n"), DYAD_DICT_AUTO);
#undef DETECT
}

/* ---- speed -------------------------------------------------------------- */

static int dbl_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double ms_between(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) * 1e3 + (double)(b->tv_nsec - a->tv_nsec) / 1e6;
}

/* The budget for loading every dictionary is 300 ms.  Wall time on a busy
 * machine says little, so the check is on the process's CPU time. */
static void test_load_time(void **state)
{
	double wall[5], cpu[5];
	size_t r, i;

	(void)state;
	for (r = 0; r < 5; r++) {
		struct timespec w0, w1, c0, c1;
		dyad_lexicon *lex;
		dyad_error err;

		assert_int_equal(lex_new_bare(&lex, NULL), DYAD_OK);
		clock_gettime(CLOCK_MONOTONIC, &w0);
		clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
		for (i = 0; i < N_REAL; i++)
			assert_int_equal(dyad_lexicon_load(lex, real_files[i], DYAD_DICT_AUTO, &err),
					 DYAD_OK);
		clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
		clock_gettime(CLOCK_MONOTONIC, &w1);
		wall[r] = ms_between(&w0, &w1);
		cpu[r] = ms_between(&c0, &c1);
		dyad_lexicon_free(lex);
	}
	qsort(wall, 5, sizeof(*wall), dbl_cmp);
	qsort(cpu, 5, sizeof(*cpu), dbl_cmp);
	print_message("all %zu reference dictionaries: %.1f ms CPU, %.1f ms wall "
		      "(medians of 5; budget 300 ms)\n", N_REAL, cpu[2], wall[2]);
	/* Printed, not checked: the budget is measured by bench/. */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cameo_counts),
		cmocka_unit_test(test_cameo_entries),
		cmocka_unit_test(test_actor_counts),
		cmocka_unit_test(test_actor_entries),
		cmocka_unit_test(test_agent_counts),
		cmocka_unit_test(test_agent_entries),
		cmocka_unit_test(test_discard_counts),
		cmocka_unit_test(test_issue_counts),
		cmocka_unit_test(test_malformed_lines),
		cmocka_unit_test(test_few_faults_tolerated),
		cmocka_unit_test(test_malformed_file),
		cmocka_unit_test(test_tabari),
		cmocka_unit_test(test_petrarch_variants),
		cmocka_unit_test(test_detect),
		cmocka_unit_test(test_load_time),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
