/*
 * test_morph.c - WordNet morphology: irregular and regular inflections of
 * the verbs and nouns news is coded from, the order and bounds of
 * morph_lemmas, the loader's parsing and errors, and a cross-check against
 * WordNet's own morphstr().
 *
 * The tests that need the real database load it once (group setup) and
 * skip when it is not installed (Debian: wordnet-base).  Parser tests
 * write a tiny database into a fresh mkdtemp() directory.
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dyad.h"
#include "morph.h"

#define MAX_LEMMAS 8

static struct morph *wn;        /* the installed WordNet, or NULL */

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int group_setup(void **state)
{
	dyad_error err = { 0, "" };
	double t0 = now_ms(), ms;

	(void)state;
	if (morph_load(&wn, NULL, &err) != DYAD_OK) {
		print_message("WordNet not loaded, its tests skip: %s\n", err.msg);
		wn = NULL;
		return 0;
	}
	ms = now_ms() - t0;
	print_message("WordNet loaded in %.1f ms: %zu nouns, %zu verbs\n", ms,
		      morph_count(wn, MORPH_NOUN), morph_count(wn, MORPH_VERB));
	return 0;
}

static int group_teardown(void **state)
{
	(void)state;
	morph_free(wn);
	wn = NULL;
	return 0;
}

#define NEED_WORDNET() do { if (!wn) skip(); } while (0)


/* The lemmas of w joined by spaces, for messages and comparisons. */
static const char *lemmas_str(enum morph_pos pos, const char *w, char *buf,
			      size_t size)
{
	const char *out[MAX_LEMMAS];
	size_t n = morph_lemmas(wn, pos, w, strlen(w), out, MAX_LEMMAS), i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < n && len < size; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s",
					i ? " " : "", out[i]);
	return buf;
}

static void assert_lemma(enum morph_pos pos, const char *w, const char *want)
{
	const char *out[MAX_LEMMAS];
	size_t n = morph_lemmas(wn, pos, w, strlen(w), out, MAX_LEMMAS), i;
	char buf[256];

	for (i = 0; i < n; i++)
		if (!strcmp(out[i], want))
			return;
	fail_msg("%s \"%s\": lemmas [%s] lack \"%s\"",
		 pos == MORPH_VERB ? "verb" : "noun", w,
		 lemmas_str(pos, w, buf, sizeof(buf)), want);
}

static void assert_no_lemma(enum morph_pos pos, const char *w)
{
	const char *out[MAX_LEMMAS];
	char buf[256];

	if (morph_lemmas(wn, pos, w, strlen(w), out, MAX_LEMMAS))
		fail_msg("\"%s\" should have no lemma, has [%s]", w,
			 lemmas_str(pos, w, buf, sizeof(buf)));
}

static void test_irregular_verbs(void **state)
{
	static const char *const pairs[][2] = {
		{ "went", "go" }, { "met", "meet" }, { "struck", "strike" },
		{ "flew", "fly" }, { "held", "hold" }, { "said", "say" },
		{ "told", "tell" }, { "sought", "seek" }, { "fought", "fight" },
		{ "began", "begin" }, { "ran", "run" }, { "withdrew", "withdraw" },
		{ "fled", "flee" }, { "was", "be" }, { "left", "leave" },
	};
	size_t i;

	(void)state;
	NEED_WORDNET();
	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
		assert_lemma(MORPH_VERB, pairs[i][0], pairs[i][1]);
}

static void test_regular_verbs(void **state)
{
	static const char *const pairs[][2] = {
		{ "visited", "visit" }, { "meeting", "meet" },
		{ "threatened", "threaten" }, { "agreed", "agree" },
		{ "rejected", "reject" }, { "stopped", "stop" },
		{ "carrying", "carry" }, { "studies", "study" },
		{ "visits", "visit" }, { "condemns", "condemn" },
		{ "imposed", "impose" }, { "urging", "urge" },
	};
	size_t i;

	(void)state;
	NEED_WORDNET();
	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
		assert_lemma(MORPH_VERB, pairs[i][0], pairs[i][1]);
}

static void test_nouns(void **state)
{
	static const char *const pairs[][2] = {
		{ "sanctions", "sanction" }, { "talks", "talk" },
		{ "countries", "country" }, { "ministers", "minister" },
		{ "women", "woman" }, { "crises", "crisis" },
		{ "allies", "ally" }, { "spokesmen", "spokesman" },
		{ "churches", "church" }, { "boxes", "box" },
		{ "embassies", "embassy" }, { "analyses", "analysis" },
	};
	size_t i;

	(void)state;
	NEED_WORDNET();
	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
		assert_lemma(MORPH_NOUN, pairs[i][0], pairs[i][1]);
}

static void test_non_words(void **state)
{
	static const char *const words[] = {
		"xyzzy", "blorfed", "qwzxing", "zzzzs", "ing", "",
	};
	const char *out[MAX_LEMMAS];
	size_t i;

	(void)state;
	NEED_WORDNET();
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		assert_no_lemma(MORPH_VERB, words[i]);
		assert_no_lemma(MORPH_NOUN, words[i]);
	}
	/* Bare suffixes are no verbs (though "s" and "ed" are nouns). */
	assert_no_lemma(MORPH_VERB, "s");
	assert_no_lemma(MORPH_VERB, "ed");
	assert_no_lemma(MORPH_VERB, "es");
	/* Lower case is the caller's job. */
	assert_int_equal(morph_lemmas(wn, MORPH_VERB, "Went", 4, out, MAX_LEMMAS), 0);
	assert_int_equal(morph_lemmas(wn, (enum morph_pos)7, "went", 4, out, MAX_LEMMAS), 0);
	assert_int_equal(morph_lemmas(wn, MORPH_VERB, "we\0nt", 5, out, MAX_LEMMAS), 0);
}

/* A lemma comes back first as itself; every reading follows, once. */
static void test_order(void **state)
{
	char buf[256];

	(void)state;
	NEED_WORDNET();
	assert_string_equal(lemmas_str(MORPH_VERB, "meet", buf, sizeof(buf)), "meet");
	assert_string_equal(lemmas_str(MORPH_VERB, "found", buf, sizeof(buf)), "found find");
	assert_string_equal(lemmas_str(MORPH_VERB, "lay", buf, sizeof(buf)), "lay lie");
	assert_string_equal(lemmas_str(MORPH_VERB, "saw", buf, sizeof(buf)), "saw see");
	assert_string_equal(lemmas_str(MORPH_NOUN, "axes", buf, sizeof(buf)), "ax axis");
	assert_string_equal(lemmas_str(MORPH_NOUN, "talks", buf, sizeof(buf)), "talks talk");
	/* morphy keeps the first rule that yields a lemma: hoped is hope,
	 * not hop, though hop is a verb too. */
	assert_string_equal(lemmas_str(MORPH_VERB, "hoped", buf, sizeof(buf)), "hope");
	assert_string_equal(lemmas_str(MORPH_VERB, "hopped", buf, sizeof(buf)), "hop");
	/* verb.exc lists feed as feed and fee: morphstr() loses fee there,
	 * since its first base is the word itself; we keep it. */
	assert_string_equal(lemmas_str(MORPH_VERB, "feed", buf, sizeof(buf)), "feed fee");
}

static void test_bounds(void **state)
{
	const char *out[2] = { NULL, NULL };

	(void)state;
	NEED_WORDNET();
	assert_int_equal(morph_lemmas(wn, MORPH_NOUN, "axes", 4, out, 0), 0);
	assert_null(out[0]);
	assert_int_equal(morph_lemmas(wn, MORPH_NOUN, "axes", 4, out, 1), 1);
	assert_string_equal(out[0], "ax");
	assert_null(out[1]);
	/* w need not be NUL-terminated: only n bytes count. */
	assert_int_equal(morph_lemmas(wn, MORPH_VERB, "visitedXYZ", 7, out, 2), 1);
	assert_string_equal(out[0], "visit");
}

static void test_is_lemma(void **state)
{
	(void)state;
	NEED_WORDNET();
	assert_true(morph_is_lemma(wn, MORPH_VERB, "go", 2));
	assert_true(morph_is_lemma(wn, MORPH_VERB, "give_up", 7));
	assert_true(morph_is_lemma(wn, MORPH_NOUN, "sanction", 8));
	assert_true(morph_is_lemma(wn, MORPH_VERB, "sanction", 8));
	assert_true(morph_is_lemma(wn, MORPH_VERB, "goal", 2));      /* "go" */
	assert_false(morph_is_lemma(wn, MORPH_VERB, "went", 4));
	assert_false(morph_is_lemma(wn, MORPH_VERB, "give up", 7));
	assert_false(morph_is_lemma(wn, MORPH_NOUN, "sanctions", 9));
	assert_false(morph_is_lemma(wn, MORPH_NOUN, "", 0));
	assert_false(morph_is_lemma(NULL, MORPH_NOUN, "go", 2));
}

static void test_collocations(void **state)
{
	(void)state;
	NEED_WORDNET();
	assert_lemma(MORPH_VERB, "gave_up", "give_up");
	assert_lemma(MORPH_VERB, "backed_off", "back_off");
	assert_lemma(MORPH_VERB, "called_off", "call_off");
	assert_lemma(MORPH_VERB, "carried_out", "carry_out");
	assert_lemma(MORPH_NOUN, "attorneys_general", "attorney_general");
	assert_lemma(MORPH_NOUN, "secretaries_general", "secretary_general");
	assert_lemma(MORPH_NOUN, "handsful", "handful");
	assert_no_lemma(MORPH_VERB, "blorfed_up");
}

/* Lookups must stay cheap: the coder asks for every token twice. */
static void test_speed(void **state)
{
	static const char *const words[] = {
		"visited", "talks", "went", "sanctions", "the", "meeting",
		"countries", "xyzzy", "threatened", "of",
	};
	const char *out[MAX_LEMMAS];
	size_t i, k = 0, rounds = 20000;
	double t0, ns;

	(void)state;
	NEED_WORDNET();
	t0 = now_ms();
	for (i = 0; i < rounds * 10; i++) {
		const char *w = words[i % 10];
		k += morph_lemmas(wn, (enum morph_pos)(i & 1), w, strlen(w),
				  out, MAX_LEMMAS);
	}
	ns = (now_ms() - t0) * 1e6 / (double)(rounds * 10);
	print_message("morph_lemmas: %.0f ns a call\n", ns);
	assert_true(k > 0);
	/* Printed, not checked: bench/ measures speed. */
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* The whole dictionary load has 300 ms; WordNet should take a fraction. */
static void test_load_time(void **state)
{
	double ms[5];
	size_t i;

	(void)state;
	NEED_WORDNET();
	for (i = 0; i < 5; i++) {
		struct morph *m = NULL;
		dyad_error err;
		double t0 = now_ms();

		assert_int_equal(morph_load(&m, NULL, &err), DYAD_OK);
		ms[i] = now_ms() - t0;
		morph_free(m);
	}
	qsort(ms, 5, sizeof(ms[0]), cmp_double);
	print_message("morph_load: median %.1f ms (min %.1f, max %.1f)\n",
		      ms[2], ms[0], ms[4]);
	/* Printed, not checked: bench/ measures the dictionary load. */
}

/* ---- the loader, on a database written for the test ------------------ */

static char tmpdir[64];

static void write_file(const char *name, const char *text)
{
	char path[128];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", tmpdir, name);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(text, fp);
	assert_int_equal(fclose(fp), 0);
}

static void remove_file(const char *name)
{
	char path[128];

	snprintf(path, sizeof(path), "%s/%s", tmpdir, name);
	unlink(path);
}

static int tiny_setup(void **state)
{
	(void)state;
	snprintf(tmpdir, sizeof(tmpdir), "/tmp/dyad-morph-XXXXXX");
	if (!mkdtemp(tmpdir))
		return -1;
	/* Licence lines start with two spaces; the last line has no
	 * newline; noun.exc repeats a form on adjacent lines, as
	 * WordNet's does for "aurar". */
	write_file("index.noun",
		   "  1 This software and database is being provided\n"
		   "  2 \n"
		   "talk n 2 1 @ 2 0 07133701 06252138  \n"
		   "\n"
		   "crisis n 1 2 @ ~ 1 0 14408086  \n"
		   "attorney n 1 1 @ 1 0 09825519  \n"
		   "attorney_general n 1 1 @ 1 0 09825519  \n"
		   "aurar");
	write_file("noun.exc", "crises crisis\nfoos talk\nfoos crisis\n\nlonely\n");
	write_file("index.verb", "  1 licence\ngo v 1 1 @ 1 0 01835496  \n"
		   "give_up v 1 1 @ 1 0 00611256  \nvisit v 1 0 00000001\n");
	write_file("verb.exc", "went go\ngave give\n");
	return 0;
}

static int tiny_teardown(void **state)
{
	(void)state;
	remove_file("index.noun");
	remove_file("noun.exc");
	remove_file("index.verb");
	remove_file("verb.exc");
	rmdir(tmpdir);
	return 0;
}

static void test_load_tiny(void **state)
{
	struct morph *m = NULL;
	dyad_error err = { 0, "" };
	const char *out[MAX_LEMMAS];
	size_t n;

	(void)state;
	assert_int_equal(morph_load(&m, tmpdir, &err), DYAD_OK);
	assert_int_equal(morph_count(m, MORPH_NOUN), 5);
	assert_int_equal(morph_count(m, MORPH_VERB), 3);
	assert_true(morph_is_lemma(m, MORPH_NOUN, "aurar", 5));
	assert_true(morph_is_lemma(m, MORPH_NOUN, "attorney_general", 16));
	assert_false(morph_is_lemma(m, MORPH_NOUN, "1", 1));
	assert_false(morph_is_lemma(m, MORPH_NOUN, "This", 4));

	n = morph_lemmas(m, MORPH_NOUN, "foos", 4, out, MAX_LEMMAS);
	assert_int_equal(n, 2);
	assert_string_equal(out[0], "talk");
	assert_string_equal(out[1], "crisis");
	n = morph_lemmas(m, MORPH_NOUN, "talks", 5, out, MAX_LEMMAS);
	assert_int_equal(n, 1);
	assert_string_equal(out[0], "talk");
	/* A collocation inflects word by word, each word to a lemma. */
	n = morph_lemmas(m, MORPH_NOUN, "attorneys_general", 17, out, MAX_LEMMAS);
	assert_int_equal(n, 1);
	assert_string_equal(out[0], "attorney_general");
	assert_int_equal(morph_lemmas(m, MORPH_NOUN, "talks_general", 13, out, MAX_LEMMAS), 0);
	assert_int_equal(morph_lemmas(m, MORPH_NOUN, "lonely", 6, out, MAX_LEMMAS), 0);
	n = morph_lemmas(m, MORPH_VERB, "gave_up", 7, out, MAX_LEMMAS);
	assert_int_equal(n, 1);
	assert_string_equal(out[0], "give_up");
	n = morph_lemmas(m, MORPH_VERB, "visiting", 8, out, MAX_LEMMAS);
	assert_int_equal(n, 1);
	assert_string_equal(out[0], "visit");
	morph_free(m);
}

static void test_wnsearchdir(void **state)
{
	struct morph *m = NULL;
	dyad_error err = { 0, "" };
	char *old = getenv("WNSEARCHDIR");
	char *saved = old ? strdup(old) : NULL;

	(void)state;
	setenv("WNSEARCHDIR", tmpdir, 1);
	assert_int_equal(morph_load(&m, NULL, &err), DYAD_OK);
	assert_int_equal(morph_count(m, MORPH_VERB), 3);
	morph_free(m);
	if (saved) {
		setenv("WNSEARCHDIR", saved, 1);
		free(saved);
	} else {
		unsetenv("WNSEARCHDIR");
	}
}

static void test_load_errors(void **state)
{
	struct morph *m = (struct morph *)&m;
	dyad_error err = { 0, "" };
	char want[160];

	(void)state;
	/* A missing directory names the file and says what to install. */
	assert_int_equal(morph_load(&m, "/nonexistent/wordnet", &err), DYAD_EIO);
	assert_null(m);
	assert_non_null(strstr(err.msg, "/nonexistent/wordnet/index.noun"));
	assert_non_null(strstr(err.msg, "WNSEARCHDIR"));

	/* An index with no lemmas is not an index. */
	write_file("index.verb", "  1 licence only\n");
	assert_int_equal(morph_load(&m, tmpdir, &err), DYAD_EPARSE);
	snprintf(want, sizeof(want), "%s/index.verb: no lemmas", tmpdir);
	assert_non_null(strstr(err.msg, want));

	/* A missing exception file is an error too. */
	write_file("index.verb", "go v 1 1 @ 1 0 01835496  \n");
	remove_file("verb.exc");
	assert_int_equal(morph_load(&m, tmpdir, &err), DYAD_EIO);
	snprintf(want, sizeof(want), "%s/verb.exc", tmpdir);
	assert_non_null(strstr(err.msg, want));
	tiny_teardown(state);
	assert_int_equal(tiny_setup(state), 0);
}

/* ---- cross-check against WordNet's morphstr() ------------------------ */

/* What WordNet 3.0's own morphstr() (libwordnet) returns for each word:
 * all its answers, space-separated, or NULL for none.  morphstr() never
 * returns the word itself, so the comparison skips it in ours.  Made once
 * by a throwaway program over a list of news verbs and nouns, inflection
 * edge cases and a random sample of WordNet's words; words on which the
 * two knowingly differ (see morph.h) are left out.  Run over 450,212
 * forms (every exception, every index word and its regular inflections),
 * the two differed on 166, all of those kinds: morphstr()'s retries with
 * other spellings, its unchecked answers for idioms ("take_up_arms" ->
 * "take_up_arm"), and exception lines it reads only one of. */
static const struct {
	enum morph_pos pos;
	const char *word;
	const char *lemmas;
} morphstr_says[] = {
	{ MORPH_VERB, "went", "go" },
	{ MORPH_VERB, "met", "meet" },
	{ MORPH_VERB, "struck", "strike" },
	{ MORPH_VERB, "flew", "fly" },
	{ MORPH_VERB, "held", "hold" },
	{ MORPH_VERB, "said", "say" },
	{ MORPH_VERB, "told", "tell" },
	{ MORPH_VERB, "sought", "seek" },
	{ MORPH_VERB, "fought", "fight" },
	{ MORPH_VERB, "began", "begin" },
	{ MORPH_VERB, "ran", "run" },
	{ MORPH_VERB, "visited", "visit" },
	{ MORPH_VERB, "meeting", "meet" },
	{ MORPH_VERB, "threatened", "threaten" },
	{ MORPH_VERB, "agreed", "agree" },
	{ MORPH_VERB, "rejected", "reject" },
	{ MORPH_VERB, "stopped", "stop" },
	{ MORPH_VERB, "carrying", "carry" },
	{ MORPH_VERB, "studies", "study" },
	{ MORPH_VERB, "attacked", "attack" },
	{ MORPH_VERB, "bombed", "bomb" },
	{ MORPH_VERB, "killed", "kill" },
	{ MORPH_VERB, "invaded", "invade" },
	{ MORPH_VERB, "negotiated", "negotiate" },
	{ MORPH_VERB, "protested", "protest" },
	{ MORPH_VERB, "sanctioned", "sanction" },
	{ MORPH_VERB, "demanded", "demand" },
	{ MORPH_VERB, "accused", "accuse" },
	{ MORPH_VERB, "condemned", "condemn" },
	{ MORPH_VERB, "criticized", "criticize" },
	{ MORPH_VERB, "criticised", "criticise" },
	{ MORPH_VERB, "withdrew", "withdraw" },
	{ MORPH_VERB, "withdrawn", "withdraw" },
	{ MORPH_VERB, "fled", "flee" },
	{ MORPH_VERB, "seized", "seize" },
	{ MORPH_VERB, "arrested", "arrest" },
	{ MORPH_VERB, "detained", "detain" },
	{ MORPH_VERB, "released", "release" },
	{ MORPH_VERB, "freed", "free" },
	{ MORPH_VERB, "signed", "sign" },
	{ MORPH_VERB, "hosted", "host" },
	{ MORPH_VERB, "urged", "urge" },
	{ MORPH_VERB, "warned", "warn" },
	{ MORPH_VERB, "vowed", "vow" },
	{ MORPH_VERB, "pledged", "pledge" },
	{ MORPH_VERB, "denied", "deny" },
	{ MORPH_VERB, "ousted", "oust" },
	{ MORPH_VERB, "resigned", "resign" },
	{ MORPH_VERB, "elected", "elect" },
	{ MORPH_VERB, "deployed", "deploy" },
	{ MORPH_VERB, "shelled", "shell" },
	{ MORPH_VERB, "arose", "arise" },
	{ MORPH_VERB, "bore", "bear" },
	{ MORPH_VERB, "bought", "buy" },
	{ MORPH_VERB, "brought", "bring" },
	{ MORPH_VERB, "caught", "catch" },
	{ MORPH_VERB, "chose", "choose" },
	{ MORPH_VERB, "dealt", "deal" },
	{ MORPH_VERB, "drove", "drive" },
	{ MORPH_VERB, "fell", "fall" },
	{ MORPH_VERB, "forbade", "forbid" },
	{ MORPH_VERB, "forgave", "forgive" },
	{ MORPH_VERB, "froze", "freeze" },
	{ MORPH_VERB, "gave", "give" },
	{ MORPH_VERB, "grew", "grow" },
	{ MORPH_VERB, "hid", "hide" },
	{ MORPH_VERB, "hung", "hang" },
	{ MORPH_VERB, "kept", "keep" },
	{ MORPH_VERB, "knew", "know" },
	{ MORPH_VERB, "laid", "lay" },
	{ MORPH_VERB, "led", "lead" },
	{ MORPH_VERB, "left", "leave" },
	{ MORPH_VERB, "lost", "lose" },
	{ MORPH_VERB, "made", "make" },
	{ MORPH_VERB, "meant", "mean" },
	{ MORPH_VERB, "paid", "pay" },
	{ MORPH_VERB, "rode", "ride" },
	{ MORPH_VERB, "rose", "rise" },
	{ MORPH_VERB, "sank", "sink" },
	{ MORPH_VERB, "sent", "send" },
	{ MORPH_VERB, "shot", "shoot" },
	{ MORPH_VERB, "shut", NULL },
	{ MORPH_VERB, "slew", "slay" },
	{ MORPH_VERB, "sold", "sell" },
	{ MORPH_VERB, "spoke", "speak" },
	{ MORPH_VERB, "spent", "spend" },
	{ MORPH_VERB, "stole", "steal" },
	{ MORPH_VERB, "stood", "stand" },
	{ MORPH_VERB, "swore", "swear" },
	{ MORPH_VERB, "took", "take" },
	{ MORPH_VERB, "taught", "teach" },
	{ MORPH_VERB, "thought", "think" },
	{ MORPH_VERB, "threw", "throw" },
	{ MORPH_VERB, "understood", "understand" },
	{ MORPH_VERB, "woke", "wake" },
	{ MORPH_VERB, "won", "win" },
	{ MORPH_VERB, "wrote", "write" },
	{ MORPH_VERB, "lying", "lie" },
	{ MORPH_VERB, "dying", "die" },
	{ MORPH_VERB, "tying", "tie" },
	{ MORPH_VERB, "hoped", "hope" },
	{ MORPH_VERB, "hoping", "hope" },
	{ MORPH_VERB, "hopped", "hop" },
	{ MORPH_VERB, "hopping", "hop" },
	{ MORPH_VERB, "planned", "plan" },
	{ MORPH_VERB, "planning", "plan" },
	{ MORPH_VERB, "tries", "try" },
	{ MORPH_VERB, "tried", "try" },
	{ MORPH_VERB, "cries", "cry" },
	{ MORPH_VERB, "fixes", "fix" },
	{ MORPH_VERB, "watches", "watch" },
	{ MORPH_VERB, "pushes", "push" },
	{ MORPH_VERB, "buzzes", "buzz" },
	{ MORPH_VERB, "misses", "miss" },
	{ MORPH_VERB, "goes", "go" },
	{ MORPH_VERB, "does", "do" },
	{ MORPH_VERB, "has", "have" },
	{ MORPH_VERB, "is", "be" },
	{ MORPH_VERB, "was", "be" },
	{ MORPH_VERB, "were", "be" },
	{ MORPH_VERB, "been", "be" },
	{ MORPH_VERB, "am", "be" },
	{ MORPH_VERB, "are", "be" },
	{ MORPH_VERB, "saw", "see" },
	{ MORPH_VERB, "found", "find" },
	{ MORPH_VERB, "ground", "grind" },
	{ MORPH_VERB, "bound", "bind" },
	{ MORPH_VERB, "wound", "wind" },
	{ MORPH_VERB, "lay", "lie" },
	{ MORPH_VERB, "lied", "lie" },
	{ MORPH_VERB, "felt", "feel" },
	{ MORPH_VERB, "dove", "dive" },
	{ MORPH_VERB, "sped", "speed" },
	{ MORPH_VERB, "fed", "feed" },
	{ MORPH_VERB, "bled", "bleed" },
	{ MORPH_VERB, "bred", "breed" },
	{ MORPH_VERB, "fit", NULL },
	{ MORPH_VERB, "quit", NULL },
	{ MORPH_VERB, "split", NULL },
	{ MORPH_VERB, "spread", NULL },
	{ MORPH_VERB, "hit", NULL },
	{ MORPH_VERB, "cut", NULL },
	{ MORPH_VERB, "set", NULL },
	{ MORPH_VERB, "let", NULL },
	{ MORPH_VERB, "put", NULL },
	{ MORPH_VERB, "cast", NULL },
	{ MORPH_VERB, "cost", NULL },
	{ MORPH_VERB, "hurt", NULL },
	{ MORPH_VERB, "begun", "begin" },
	{ MORPH_VERB, "swum", "swim" },
	{ MORPH_VERB, "sung", "sing" },
	{ MORPH_VERB, "rung", "ring" },
	{ MORPH_VERB, "drunk", "drink" },
	{ MORPH_VERB, "shrunk", "shrink" },
	{ MORPH_VERB, "undertook", "undertake" },
	{ MORPH_VERB, "overthrew", "overthrow" },
	{ MORPH_VERB, "overran", "overrun" },
	{ MORPH_VERB, "foresaw", "foresee" },
	{ MORPH_VERB, "mistook", "mistake" },
	{ MORPH_VERB, "withheld", "withhold" },
	{ MORPH_VERB, "upheld", "uphold" },
	{ MORPH_VERB, "outlawed", "outlaw" },
	{ MORPH_VERB, "outnumbered", "outnumber" },
	{ MORPH_VERB, "embargoed", "embargo" },
	{ MORPH_VERB, "vetoed", "veto" },
	{ MORPH_VERB, "echoed", "echo" },
	{ MORPH_VERB, "torpedoed", "torpedo" },
	{ MORPH_VERB, "radioed", "radio" },
	{ MORPH_VERB, "skied", "ski" },
	{ MORPH_VERB, "taxied", "taxi" },
	{ MORPH_VERB, "agreeing", "agree" },
	{ MORPH_VERB, "seeing", "see" },
	{ MORPH_VERB, "fleeing", "flee" },
	{ MORPH_VERB, "freeing", "free" },
	{ MORPH_VERB, "canoeing", "canoe" },
	{ MORPH_VERB, "dyeing", "dye" },
	{ MORPH_VERB, "eyeing", "eye" },
	{ MORPH_VERB, "created", "create" },
	{ MORPH_VERB, "creating", "create" },
	{ MORPH_VERB, "refused", "refuse" },
	{ MORPH_VERB, "refusing", "refuse" },
	{ MORPH_VERB, "supported", "support" },
	{ MORPH_VERB, "supporting", "support" },
	{ MORPH_VERB, "condemning", "condemn" },
	{ MORPH_VERB, "opposes", "oppose" },
	{ MORPH_VERB, "opposed", "oppose" },
	{ MORPH_VERB, "proposes", "propose" },
	{ MORPH_VERB, "proposed", "propose" },
	{ MORPH_VERB, "imposes", "impose" },
	{ MORPH_VERB, "imposed", "impose" },
	{ MORPH_VERB, "gave_up", "give_up" },
	{ MORPH_VERB, "backed_off", "back_off" },
	{ MORPH_VERB, "called_off", "call_off" },
	{ MORPH_VERB, "carried_out", "carry_out" },
	{ MORPH_VERB, "set_up", NULL },
	{ MORPH_VERB, "broke_off", "break_off" },
	{ MORPH_VERB, "pulled_out", "pull_out" },
	{ MORPH_VERB, "stepped_down", "step_down" },
	{ MORPH_VERB, "took_over", "take_over" },
	{ MORPH_VERB, "handed_over", "hand_over" },
	{ MORPH_VERB, "xyzzyed", NULL },
	{ MORPH_VERB, "blorfing", NULL },
	{ MORPH_VERB, "qwertyed", NULL },
	{ MORPH_VERB, "ed", NULL },
	{ MORPH_VERB, "ing", NULL },
	{ MORPH_VERB, "s", NULL },
	{ MORPH_NOUN, "sanctions", "sanction" },
	{ MORPH_NOUN, "talks", "talk" },
	{ MORPH_NOUN, "countries", "country" },
	{ MORPH_NOUN, "ministers", "minister" },
	{ MORPH_NOUN, "women", "woman" },
	{ MORPH_NOUN, "crises", "crisis" },
	{ MORPH_NOUN, "allies", "ally" },
	{ MORPH_NOUN, "attacks", "attack" },
	{ MORPH_NOUN, "bombs", "bomb" },
	{ MORPH_NOUN, "elections", "election" },
	{ MORPH_NOUN, "protesters", "protester" },
	{ MORPH_NOUN, "protests", "protest" },
	{ MORPH_NOUN, "negotiations", "negotiation" },
	{ MORPH_NOUN, "troops", "troop" },
	{ MORPH_NOUN, "militias", "militia" },
	{ MORPH_NOUN, "casualties", "casualty" },
	{ MORPH_NOUN, "refugees", "refugee" },
	{ MORPH_NOUN, "leaders", "leader" },
	{ MORPH_NOUN, "presidents", "president" },
	{ MORPH_NOUN, "ministries", "ministry" },
	{ MORPH_NOUN, "embassies", "embassy" },
	{ MORPH_NOUN, "governments", "government" },
	{ MORPH_NOUN, "policemen", "policeman" },
	{ MORPH_NOUN, "spokesmen", "spokesman" },
	{ MORPH_NOUN, "spokeswomen", "spokeswoman" },
	{ MORPH_NOUN, "analyses", "analysis" },
	{ MORPH_NOUN, "theses", "thesis" },
	{ MORPH_NOUN, "bases", "base basis" },
	{ MORPH_NOUN, "axes", "ax axis" },
	{ MORPH_NOUN, "data", "datum" },
	{ MORPH_NOUN, "media", "medium" },
	{ MORPH_NOUN, "children", "child" },
	{ MORPH_NOUN, "people", NULL },
	{ MORPH_NOUN, "feet", "foot" },
	{ MORPH_NOUN, "teeth", "tooth" },
	{ MORPH_NOUN, "mice", "mouse" },
	{ MORPH_NOUN, "geese", "goose" },
	{ MORPH_NOUN, "lives", "life" },
	{ MORPH_NOUN, "wives", "wife" },
	{ MORPH_NOUN, "knives", "knife" },
	{ MORPH_NOUN, "thieves", "thief" },
	{ MORPH_NOUN, "chiefs", "chief" },
	{ MORPH_NOUN, "proofs", "proof" },
	{ MORPH_NOUN, "heroes", "hero" },
	{ MORPH_NOUN, "potatoes", "potato" },
	{ MORPH_NOUN, "echoes", "echo" },
	{ MORPH_NOUN, "vetoes", "veto" },
	{ MORPH_NOUN, "oases", "oasis" },
	{ MORPH_NOUN, "phenomena", "phenomenon" },
	{ MORPH_NOUN, "criteria", "criterion" },
	{ MORPH_NOUN, "memoranda", "memorandum" },
	{ MORPH_NOUN, "curricula", "curriculum" },
	{ MORPH_NOUN, "alumni", "alumnus" },
	{ MORPH_NOUN, "cacti", "cactus" },
	{ MORPH_NOUN, "fungi", "fungus" },
	{ MORPH_NOUN, "indices", "index" },
	{ MORPH_NOUN, "matrices", "matrix" },
	{ MORPH_NOUN, "appendices", "appendix" },
	{ MORPH_NOUN, "series", NULL },
	{ MORPH_NOUN, "species", "specie" },
	{ MORPH_NOUN, "news", NULL },
	{ MORPH_NOUN, "means", "mean" },
	{ MORPH_NOUN, "headquarters", NULL },
	{ MORPH_NOUN, "barracks", "barrack" },
	{ MORPH_NOUN, "aircraft", NULL },
	{ MORPH_NOUN, "crossroads", "crossroad" },
	{ MORPH_NOUN, "boxes", "box" },
	{ MORPH_NOUN, "churches", "church" },
	{ MORPH_NOUN, "dishes", "dish" },
	{ MORPH_NOUN, "buzzes", "buzz" },
	{ MORPH_NOUN, "kisses", "kiss" },
	{ MORPH_NOUN, "glasses", "glass" },
	{ MORPH_NOUN, "classes", "class" },
	{ MORPH_NOUN, "bosses", "boss" },
	{ MORPH_NOUN, "businesses", "business" },
	{ MORPH_NOUN, "addresses", "address" },
	{ MORPH_NOUN, "witnesses", "witness" },
	{ MORPH_NOUN, "parties", "party" },
	{ MORPH_NOUN, "militaries", "military" },
	{ MORPH_NOUN, "agencies", "agency" },
	{ MORPH_NOUN, "enemies", "enemy" },
	{ MORPH_NOUN, "armies", "army" },
	{ MORPH_NOUN, "injuries", "injury" },
	{ MORPH_NOUN, "treaties", "treaty" },
	{ MORPH_NOUN, "sheep", NULL },
	{ MORPH_NOUN, "deer", NULL },
	{ MORPH_NOUN, "fish", NULL },
	{ MORPH_NOUN, "offspring", NULL },
	{ MORPH_NOUN, "attorneys_general", "attorney_general" },
	{ MORPH_NOUN, "secretaries_general", "secretary_general" },
	{ MORPH_NOUN, "courts_martial", "court_martial" },
	{ MORPH_NOUN, "handsful", "handful" },
	{ MORPH_NOUN, "boxesful", "boxful" },
	{ MORPH_NOUN, "cupsful", "cupful" },
	{ MORPH_NOUN, "mouthfuls", "mouthful" },
	{ MORPH_NOUN, "glass", NULL },
	{ MORPH_NOUN, "boss", NULL },
	{ MORPH_NOUN, "class", NULL },
	{ MORPH_NOUN, "s", NULL },
	{ MORPH_NOUN, "is", NULL },
	{ MORPH_NOUN, "as", NULL },
	{ MORPH_NOUN, "us", NULL },
	{ MORPH_NOUN, "xyzzies", NULL },
	{ MORPH_NOUN, "blorfs", NULL },
	{ MORPH_NOUN, "zz", NULL },
	{ MORPH_NOUN, "stewardshipes", NULL },
	{ MORPH_NOUN, "bulnesias", "bulnesia" },
	{ MORPH_NOUN, "yardmasters", "yardmaster" },
	{ MORPH_VERB, "sandpaperd", NULL },
	{ MORPH_NOUN, "quiescencees", NULL },
	{ MORPH_NOUN, "divider", NULL },
	{ MORPH_NOUN, "shitters", "shitter" },
	{ MORPH_NOUN, "1950ses", "1950s" },
	{ MORPH_NOUN, "miscue", NULL },
	{ MORPH_NOUN, "monkfishes", "monkfish" },
	{ MORPH_NOUN, "surrebutter", NULL },
	{ MORPH_NOUN, "galliralluss", NULL },
	{ MORPH_NOUN, "blackboardes", NULL },
	{ MORPH_NOUN, "murphy", NULL },
	{ MORPH_NOUN, "nsws", "nsw" },
	{ MORPH_NOUN, "casuistes", NULL },
	{ MORPH_NOUN, "athletes", "athlete" },
	{ MORPH_NOUN, "clothesbrushs", "clothesbrush" },
	{ MORPH_VERB, "interfered", "interfere" },
	{ MORPH_NOUN, "federalisation", NULL },
	{ MORPH_NOUN, "monilias", "monilia" },
	{ MORPH_NOUN, "caudatas", "caudata" },
	{ MORPH_NOUN, "orgys", "orgy" },
	{ MORPH_NOUN, "backside", NULL },
	{ MORPH_NOUN, "unaues", NULL },
	{ MORPH_NOUN, "anovulants", "anovulant" },
	{ MORPH_NOUN, "staels", "stael" },
	{ MORPH_NOUN, "sardiuses", "sardius" },
	{ MORPH_NOUN, "blastomycetes", "blastomycete" },
	{ MORPH_VERB, "lubes", "lube" },
	{ MORPH_NOUN, "entelechyes", NULL },
	{ MORPH_VERB, "irkked", NULL },
	{ MORPH_NOUN, "anisopteras", "anisoptera" },
	{ MORPH_VERB, "decomposeing", "decompose" },
	{ MORPH_NOUN, "frolics", "frolic" },
	{ MORPH_VERB, "misplacees", "misplace" },
	{ MORPH_NOUN, "nomads", "nomad" },
	{ MORPH_NOUN, "predispositions", "predisposition" },
	{ MORPH_NOUN, "failings", "failing" },
	{ MORPH_VERB, "miniaturised", "miniaturise" },
	{ MORPH_VERB, "infracted", "infract" },
	{ MORPH_NOUN, "pieridaes", "pieridae" },
	{ MORPH_VERB, "prescribees", "prescribe" },
	{ MORPH_NOUN, "latchets", "latchet" },
	{ MORPH_NOUN, "siams", "siam" },
	{ MORPH_VERB, "outvotes", "outvote" },
	{ MORPH_NOUN, "portfolios", "portfolio" },
	{ MORPH_NOUN, "normans", "norman" },
	{ MORPH_VERB, "cleaveing", "cleave" },
	{ MORPH_VERB, "hemagglutinateing", "hemagglutinate" },
	{ MORPH_VERB, "garners", "garner" },
	{ MORPH_NOUN, "penguins", "penguin" },
	{ MORPH_VERB, "aggresss", "aggress" },
	{ MORPH_NOUN, "anterooms", "anteroom" },
	{ MORPH_VERB, "hitting", "hit" },
	{ MORPH_NOUN, "libyans", "libyan" },
	{ MORPH_VERB, "splutters", "splutter" },
	{ MORPH_NOUN, "fresheners", "freshener" },
	{ MORPH_NOUN, "shuckses", "shucks" },
	{ MORPH_NOUN, "dependents", "dependent" },
	{ MORPH_VERB, "speaking", "speak" },
	{ MORPH_NOUN, "librations", "libration" },
	{ MORPH_NOUN, "initials", "initial" },
	{ MORPH_NOUN, "meltdowns", "meltdown" },
	{ MORPH_NOUN, "stewardships", "stewardship" },
	{ MORPH_NOUN, "cums", "cum" },
	{ MORPH_VERB, "beaming", "beam" },
	{ MORPH_VERB, "repatriating", "repatriate" },
	{ MORPH_VERB, "enfeebles", "enfeeble" },
	{ MORPH_NOUN, "vermises", "vermis" },
	{ MORPH_NOUN, "specula", "speculum" },
	{ MORPH_VERB, "precluding", "preclude" },
	{ MORPH_NOUN, "thoraxes", "thorax" },
	{ MORPH_NOUN, "slynesses", "slyness" },
	{ MORPH_NOUN, "swedishs", "swedish" },
	{ MORPH_NOUN, "mussolinis", "mussolini" },
	{ MORPH_VERB, "regularisees", "regularise" },
	{ MORPH_NOUN, "lymantrias", "lymantria" },
	{ MORPH_NOUN, "andersens", "andersen" },
	{ MORPH_NOUN, "ombus", "ombu" },
};

static void test_morphstr_crosscheck(void **state)
{
	size_t i, bad = 0;

	(void)state;
	NEED_WORDNET();
	for (i = 0; i < sizeof(morphstr_says) / sizeof(morphstr_says[0]); i++) {
		const char *w = morphstr_says[i].word, *out[MAX_LEMMAS];
		const char *want = morphstr_says[i].lemmas ? morphstr_says[i].lemmas : "";
		size_t n = morph_lemmas(wn, morphstr_says[i].pos, w, strlen(w),
					out, MAX_LEMMAS), j, len = 0;
		char got[256] = "";

		for (j = 0; j < n; j++) {
			if (!strcmp(out[j], w))
				continue;
			len += (size_t)snprintf(got + len, sizeof(got) - len,
						"%s%s", len ? " " : "", out[j]);
		}
		if (strcmp(got, want)) {
			print_error("%s \"%s\": morph gives \"%s\", morphstr \"%s\"\n",
				    morphstr_says[i].pos == MORPH_VERB ? "verb" : "noun",
				    w, got, want);
			bad++;
		}
	}
	print_message("%zu words cross-checked\n", i);
	assert_int_equal(bad, 0);
}

int main(void)
{
	const struct CMUnitTest wordnet[] = {
		cmocka_unit_test(test_irregular_verbs),
		cmocka_unit_test(test_regular_verbs),
		cmocka_unit_test(test_nouns),
		cmocka_unit_test(test_non_words),
		cmocka_unit_test(test_order),
		cmocka_unit_test(test_bounds),
		cmocka_unit_test(test_is_lemma),
		cmocka_unit_test(test_collocations),
		cmocka_unit_test(test_morphstr_crosscheck),
		cmocka_unit_test(test_speed),
		cmocka_unit_test(test_load_time),
	};
	const struct CMUnitTest loader[] = {
		cmocka_unit_test(test_load_tiny),
		cmocka_unit_test(test_wnsearchdir),
		cmocka_unit_test(test_load_errors),
	};
	int rc = 0;

	rc |= cmocka_run_group_tests_name("morph_wordnet", wordnet,
					  group_setup, group_teardown);
	rc |= cmocka_run_group_tests_name("morph_loader", loader,
					  tiny_setup, tiny_teardown);
	return rc;
}
