/*
 * test_segment.c - seg_split(): tokens (offsets, flags, splits of
 * possessives and contractions) and sentence boundaries on news English:
 * abbreviations, initials, numbers, quotes, datelines, paragraphs, the
 * token cap, and a real article from the shared samples.
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "normalize.h"
#include "segment.h"

static struct arena arena;

static int setup(void **state)
{
	arena_init(&arena, 0);
	return 0;
}

static int teardown(void **state)
{
	arena_free(&arena);
	return 0;
}

/* The invariants every segmentation keeps (the fuzz target checks the
 * same): tokens ordered, inside the text, never empty; sentences ordered,
 * made of whole tokens, capped. */
static void check_invariants(const char *text, size_t len,
			     const struct segmentation *sg)
{
	size_t i, prev_end = 0, next_tok = 0;
	const struct token *t;
	const struct sentence *se;

	for (i = 0; i < sg->n_tokens; i++) {
		t = &sg->tokens[i];
		assert_true(t->start < t->end);
		assert_true(t->start >= prev_end);
		assert_true(t->end <= len);
		prev_end = t->end;
	}
	for (i = 0; i < sg->n_sentences; i++) {
		se = &sg->sentences[i];
		assert_true(se->n_tok >= 1 && se->n_tok <= SEG_MAX_TOKENS);
		assert_true(se->tok >= next_tok);
		assert_true(se->tok + se->n_tok <= sg->n_tokens);
		assert_int_equal(se->start, sg->tokens[se->tok].start);
		assert_int_equal(se->end, sg->tokens[se->tok + se->n_tok - 1].end);
		next_tok = se->tok + se->n_tok;
	}
	(void)text;
}

static struct segmentation split(const char *text)
{
	struct segmentation sg;

	arena_reset(&arena);
	assert_int_equal(seg_split(text, strlen(text), &arena, &sg), DYAD_OK);
	check_invariants(text, strlen(text), &sg);
	return sg;
}

/* Text of token i, for messages and comparisons. */
static const char *tok_str(const char *text, const struct token *t)
{
	static char buf[256];

	snprintf(buf, sizeof(buf), "%.*s", (int)(t->end - t->start),
		 text + t->start);
	return buf;
}

/*
 * Split text and check its sentences are exactly want[] (NULL-ended), each
 * compared as text[start..end).
 */
static void expect_sentences(const char *text, const char *const *want)
{
	struct segmentation sg = split(text);
	const struct sentence *se;
	size_t i, n_want = 0;

	while (want[n_want])
		n_want++;
	for (i = 0; i < sg.n_sentences && i < n_want; i++) {
		se = &sg.sentences[i];
		if (strlen(want[i]) != se->end - se->start ||
		    memcmp(text + se->start, want[i], se->end - se->start))
			fail_msg("in \"%s\":\n sentence %zu is \"%.*s\"\n want \"%s\"",
				 text, i, (int)(se->end - se->start),
				 text + se->start, want[i]);
	}
	if (sg.n_sentences != n_want)
		fail_msg("in \"%s\": %zu sentences, want %zu", text,
			 sg.n_sentences, n_want);
}

#define SENTS(text, ...) do { \
	static const char *const want_[] = { __VA_ARGS__, NULL }; \
	expect_sentences(text, want_); \
} while (0)

/* Split text and check its tokens are exactly want[] (NULL-ended). */
static struct segmentation expect_tokens(const char *text,
					 const char *const *want)
{
	struct segmentation sg = split(text);
	size_t i, n_want = 0;

	while (want[n_want])
		n_want++;
	for (i = 0; i < sg.n_tokens && i < n_want; i++) {
		if (strcmp(tok_str(text, &sg.tokens[i]), want[i]))
			fail_msg("in \"%s\": token %zu is \"%s\", want \"%s\"",
				 text, i, tok_str(text, &sg.tokens[i]), want[i]);
	}
	if (sg.n_tokens != n_want)
		fail_msg("in \"%s\": %zu tokens, want %zu", text, sg.n_tokens,
			 n_want);
	return sg;
}

#define TOKS(sg, text, ...) do { \
	static const char *const want_[] = { __VA_ARGS__, NULL }; \
	sg = expect_tokens(text, want_); \
} while (0)

/* Flags of the first token spelled w. */
static uint32_t flags_of(const char *text, const struct segmentation *sg,
			 const char *w)
{
	size_t i;

	for (i = 0; i < sg->n_tokens; i++) {
		if (!strcmp(tok_str(text, &sg->tokens[i]), w))
			return sg->tokens[i].flags;
	}
	fail_msg("no token \"%s\" in \"%s\"", w, text);
	return 0;
}

/* ---- tokens ---------------------------------------------------------- */

static void test_tokens_offsets_round_trip(void **state)
{
	const char *text = "  North Korea's Choe, 2.5 percent (1,000 troops).";
	struct segmentation sg;

	TOKS(sg, text, "North", "Korea", "'s", "Choe", ",", "2.5", "percent",
	     "(", "1,000", "troops", ")", ".");
	assert_int_equal(sg.tokens[0].start, 2);
	assert_int_equal(sg.tokens[0].end, 7);
	assert_int_equal(sg.tokens[11].end, strlen(text));
}

static void test_token_flags(void **state)
{
	const char *text = "NATO and North Korea's Kim-led 2019 G20 A said: \"no\" - I";
	struct segmentation sg = split(text);
	uint32_t f;

	assert_int_equal(flags_of(text, &sg, "NATO"), TOK_WORD | TOK_CAP | TOK_UPPER);
	assert_int_equal(flags_of(text, &sg, "and"), TOK_WORD | TOK_SPACE_BEFORE);
	assert_int_equal(flags_of(text, &sg, "Korea"),
			 TOK_WORD | TOK_CAP | TOK_SPACE_BEFORE);
	assert_int_equal(flags_of(text, &sg, "'s"), TOK_POSS);
	assert_int_equal(flags_of(text, &sg, "Kim-led"),
			 TOK_WORD | TOK_CAP | TOK_HYPHEN | TOK_SPACE_BEFORE);
	assert_int_equal(flags_of(text, &sg, "2019"), TOK_NUM | TOK_SPACE_BEFORE);
	assert_int_equal(flags_of(text, &sg, "G20"),
			 TOK_WORD | TOK_CAP | TOK_UPPER | TOK_SPACE_BEFORE);
	/* One letter is capitalized, not upper. */
	assert_int_equal(flags_of(text, &sg, "A"),
			 TOK_WORD | TOK_CAP | TOK_SPACE_BEFORE);
	assert_int_equal(flags_of(text, &sg, ":"), TOK_PUNCT);
	f = flags_of(text, &sg, "\"");
	assert_int_equal(f, TOK_PUNCT | TOK_QUOTE | TOK_SPACE_BEFORE);
	assert_int_equal(flags_of(text, &sg, "-"), TOK_PUNCT | TOK_SPACE_BEFORE);
}

static void test_hyphens(void **state)
{
	const char *text = "Kim Jong-un's Trump-Kim two-day talks - or not -- ended.";
	struct segmentation sg;

	TOKS(sg, text, "Kim", "Jong-un", "'s", "Trump-Kim", "two-day", "talks",
	     "-", "or", "not", "--", "ended", ".");
	assert_true(flags_of(text, &sg, "Jong-un") & TOK_HYPHEN);
	assert_true(flags_of(text, &sg, "two-day") & TOK_HYPHEN);
	assert_false(flags_of(text, &sg, "talks") & TOK_HYPHEN);
	assert_true(flags_of(text, &sg, "-") & TOK_PUNCT);
	assert_true(flags_of(text, &sg, "--") & TOK_PUNCT);
	/* A hyphen that joins nothing stays outside the word. */
	TOKS(sg, "pre- and post-war", "pre", "-", "and", "post-war");
}

static void test_possessives(void **state)
{
	const char *text = "Russia's envoy, Choe's trip and the allies' talks";
	struct segmentation sg;

	TOKS(sg, text, "Russia", "'s", "envoy", ",", "Choe", "'s", "trip", "and",
	     "the", "allies", "'", "talks");
	assert_int_equal(sg.tokens[1].flags, TOK_POSS);
	assert_int_equal(sg.tokens[10].flags, TOK_POSS);
	assert_int_equal(sg.tokens[1].start, 6);
	/* Apostrophes inside names stay; the abbreviation keeps its period. */
	TOKS(sg, "O'Brien met the U.S.'s envoy", "O'Brien", "met", "the", "U.S.",
	     "'s", "envoy");
	assert_true(sg.tokens[3].flags & TOK_ABBR);
	assert_int_equal(sg.tokens[4].flags, TOK_POSS);
}

static void test_contractions(void **state)
{
	const char *text = "They didn't go and won't; Kim can't. DON'T";
	struct segmentation sg;

	TOKS(sg, text, "They", "did", "n't", "go", "and", "wo", "n't", ";",
	     "Kim", "ca", "n't", ".", "DO", "N'T");
	assert_int_equal(sg.tokens[2].flags, TOK_WORD);
	assert_int_equal(sg.tokens[1].flags, TOK_WORD | TOK_SPACE_BEFORE);
	TOKS(sg, "I'll say they're sure we've seen he'd go I'm", "I", "'ll",
	     "say", "they", "'re", "sure", "we", "'ve", "seen", "he", "'d", "go",
	     "I", "'m");
}

static void test_quote_tokens(void **state)
{
	const char *text = "'We will go,' he said. \"Yes\"";
	struct segmentation sg;

	TOKS(sg, text, "'", "We", "will", "go", ",", "'", "he", "said", ".",
	     "\"", "Yes", "\"");
	assert_int_equal(sg.tokens[0].flags, TOK_PUNCT | TOK_QUOTE);
	assert_int_equal(sg.tokens[5].flags, TOK_PUNCT | TOK_QUOTE);
	assert_int_equal(sg.tokens[11].flags, TOK_PUNCT | TOK_QUOTE);
}

static void test_numbers(void **state)
{
	const char *text = "It rose 2.5 percent to $1,000,000 at 10:30, up 1,2345 and 3.";
	struct segmentation sg;

	TOKS(sg, text, "It", "rose", "2.5", "percent", "to", "$", "1,000,000",
	     "at", "10:30", ",", "up", "1", ",", "2345", "and", "3", ".");
	assert_int_equal(flags_of(text, &sg, "2.5"), TOK_NUM | TOK_SPACE_BEFORE);
	assert_int_equal(flags_of(text, &sg, "1,000,000"), TOK_NUM);
	assert_int_equal(flags_of(text, &sg, "10:30"), TOK_NUM | TOK_SPACE_BEFORE);
}

static void test_non_ascii_words(void **state)
{
	/* Café, Korean, Cyrillic, and an e + combining acute. */
	const char *text = "Caf\xc3\xa9 \xeb\xb6\x81\xed\x95\x9c\xec\x9d\x80 "
			   "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0, e\xcc\x81t\xc3\xa9 \xe2\x82\xac" "5";
	struct segmentation sg;

	TOKS(sg, text, "Caf\xc3\xa9", "\xeb\xb6\x81\xed\x95\x9c\xec\x9d\x80",
	     "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0", ",",
	     "e\xcc\x81t\xc3\xa9", "\xe2\x82\xac", "5");
	assert_int_equal(sg.tokens[0].flags, TOK_WORD | TOK_CAP);
	assert_int_equal(sg.tokens[1].flags, TOK_WORD | TOK_SPACE_BEFORE);
	assert_int_equal(sg.tokens[2].flags,
			 TOK_WORD | TOK_CAP | TOK_SPACE_BEFORE);
	assert_int_equal(sg.tokens[5].flags, TOK_PUNCT | TOK_SPACE_BEFORE);
	/* One upper-case letter of two bytes is not "all upper". */
	TOKS(sg, "\xc3\x89 \xc3\x89T\xc3\x89", "\xc3\x89", "\xc3\x89T\xc3\x89");
	assert_int_equal(sg.tokens[0].flags, TOK_WORD | TOK_CAP);
	assert_int_equal(sg.tokens[1].flags,
			 TOK_WORD | TOK_CAP | TOK_UPPER | TOK_SPACE_BEFORE);
}

static void test_initial_is_not_upper(void **state)
{
	const char *text = "George W. Bush met the U.N. chief";
	struct segmentation sg = split(text);

	assert_int_equal(flags_of(text, &sg, "W."),
			 TOK_WORD | TOK_CAP | TOK_ABBR | TOK_SPACE_BEFORE);
	assert_int_equal(flags_of(text, &sg, "U.N."),
			 TOK_WORD | TOK_CAP | TOK_UPPER | TOK_ABBR | TOK_SPACE_BEFORE);
}

static void test_invalid_bytes_are_tokens(void **state)
{
	/* seg_split takes any bytes; a broken sequence is punctuation. */
	struct segmentation sg;

	TOKS(sg, "ab\xff" "cd \xe4\xb8", "ab", "\xff", "cd", "\xe4", "\xb8");
	assert_int_equal(sg.tokens[1].flags, TOK_PUNCT);
}

/* ---- sentences: abbreviations --------------------------------------- */

static void test_titles_do_not_split(void **state)
{
	static const char *const titles[] = { "Mr.", "Mrs.", "Ms.", "Dr.",
		"Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Pres.", "St." };
	char text[128], first[96];
	struct segmentation sg;
	size_t i;

	for (i = 0; i < sizeof(titles) / sizeof(titles[0]); i++) {
		snprintf(first, sizeof(first), "Yesterday %s Kim arrived.", titles[i]);
		snprintf(text, sizeof(text), "%s He left.", first);
		{
			const char *const want[] = { first, "He left.", NULL };
			expect_sentences(text, want);
		}
		sg = split(text);
		assert_int_equal(flags_of(text, &sg, titles[i]),
				 TOK_WORD | TOK_CAP | TOK_ABBR | TOK_SPACE_BEFORE);
	}
}

static void test_dates_and_companies(void **state)
{
	static const char *const months[] = { "Jan.", "Feb.", "Aug.", "Sept.",
					      "Sep.", "Oct.", "Nov.", "Dec." };
	char text[128], first[96];
	size_t i;

	for (i = 0; i < sizeof(months) / sizeof(months[0]); i++) {
		snprintf(first, sizeof(first), "On %s 6 the army moved.", months[i]);
		snprintf(text, sizeof(text), "%s It stopped.", first);
		{
			const char *const want[] = { first, "It stopped.", NULL };
			expect_sentences(text, want);
		}
	}
	SENTS("Acme Inc. said it would go. It went.",
	      "Acme Inc. said it would go.", "It went.");
	SENTS("Acme Corp. and Hanwha Co. Ltd. signed. Then Samsung Co. The deal.",
	      "Acme Corp. and Hanwha Co. Ltd. signed.", "Then Samsung Co.",
	      "The deal.");
	SENTS("Kim vs. Trump was close. It ended.",
	      "Kim vs. Trump was close.", "It ended.");
	SENTS("At 10 a.m. police came. By 3 p.m. They left at 4 p.m. The end.",
	      "At 10 a.m. police came.", "By 3 p.m.", "They left at 4 p.m.",
	      "The end.");
	SENTS("The No. 1 team won. He said no. No. The vote failed.",
	      "The No. 1 team won.", "He said no.", "No.", "The vote failed.");
}

static void test_etc(void **state)
{
	/* "etc." goes on only before a lower-case word. */
	SENTS("Fruit, nuts etc. were sold. It was fun.",
	      "Fruit, nuts etc. were sold.", "It was fun.");
	SENTS("We sold nuts etc. The shop closed.",
	      "We sold nuts etc.", "The shop closed.");
	SENTS("We sold nuts etc. Kim came.", "We sold nuts etc.", "Kim came.");
}

static void test_us_un(void **state)
{
	struct segmentation sg;
	const char *text = "He flew to the U.S. The trip was long.";

	SENTS("The U.S. Navy sailed. It left.", "The U.S. Navy sailed.", "It left.");
	SENTS("The U.N. Security Council met in the U.S. on Monday.",
	      "The U.N. Security Council met in the U.S. on Monday.");
	SENTS(text, "He flew to the U.S.", "The trip was long.");
	sg = split(text);
	assert_int_equal(flags_of(text, &sg, "U.S."),
			 TOK_WORD | TOK_CAP | TOK_UPPER | TOK_ABBR | TOK_SPACE_BEFORE);
	SENTS("Talks with the U.S. He said no. It is over in the U.S.",
	      "Talks with the U.S.", "He said no.", "It is over in the U.S.");
	SENTS("\"We trust the U.S.\" Kim said so.",
	      "\"We trust the U.S.\"", "Kim said so.");
	/* Dotted forms join a hyphenated word. */
	SENTS("The U.S.-led coalition struck. It hit.",
	      "The U.S.-led coalition struck.", "It hit.");
	/* ... after an inner hyphen too: "Iran-U.S." ends no sentence */
	SENTS("Iran-U.S. nuclear talks resumed. It was May.",
	      "Iran-U.S. nuclear talks resumed.", "It was May.");
	SENTS("Talks on China-U.S. ties ended. Both left.",
	      "Talks on China-U.S. ties ended.", "Both left.");
}

static void test_initials(void **state)
{
	SENTS("George W. Bush met J. Smith. They spoke.",
	      "George W. Bush met J. Smith.", "They spoke.");
	SENTS("It was World War I. The war ended.",
	      "It was World War I.", "The war ended.");
}

static void test_decimals_and_thousands(void **state)
{
	SENTS("Prices rose 2.5 percent to 1,000 won. Trade fell 0.3 percent.",
	      "Prices rose 2.5 percent to 1,000 won.", "Trade fell 0.3 percent.");
	SENTS("It cost 3.5. Then 4.", "It cost 3.5.", "Then 4.");
	SENTS("Visit reuters.com. The site is up.", "Visit reuters.com.",
	      "The site is up.");
}

/* ---- sentences: punctuation, quotes, layout -------------------------- */

static void test_terminal_punctuation(void **state)
{
	SENTS("Will they talk? No! They won't...  Maybe.",
	      "Will they talk?", "No!", "They won't...", "Maybe.");
	SENTS("The end?! Yes.", "The end?!", "Yes.");
	SENTS("a. b. c", "a. b. c");    /* lower case never opens one */
	SENTS("It ended. 2019 was over. (See below.) Then it went.",
	      "It ended.", "2019 was over.", "(See below.)", "Then it went.");
	SENTS("\xeb\xb0\x9c\xed\x91\x9c\xed\x96\x88\xeb\x8b\xa4. \xea\xb7\xb8\xeb\x9f\xac\xeb\x82\x98",
	      "\xeb\xb0\x9c\xed\x91\x9c\xed\x96\x88\xeb\x8b\xa4.",
	      "\xea\xb7\xb8\xeb\x9f\xac\xeb\x82\x98");
}

static void test_quotes(void **state)
{
	SENTS("\"We will go.\" The minister left.",
	      "\"We will go.\"", "The minister left.");
	SENTS("\"We will go...\" he said. It ended.",
	      "\"We will go...\" he said.", "It ended.");
	SENTS("\"Why?\" he asked. \"Because.\"",
	      "\"Why?\" he asked.", "\"Because.\"");
	SENTS("He said: \"We will go.\" 'No.' She left.",
	      "He said: \"We will go.\"", "'No.'", "She left.");
	SENTS("\"We will go,\" he said.", "\"We will go,\" he said.");
}

static void test_datelines(void **state)
{
	const char *text = "SEOUL (Reuters) - North Korea said it would go. It went.";
	struct segmentation sg;

	SENTS(text, "North Korea said it would go.", "It went.");
	sg = split(text);
	assert_int_equal(sg.sentences[0].start, strlen("SEOUL (Reuters) - "));
	assert_int_equal(sg.sentences[0].tok, 5);
	SENTS("MOSCOW, Oct 26 (AP) -- Russia said it would go.",
	      "Russia said it would go.");
	SENTS("MOSCOW, Oct. 26 (AP) -- Russia said it would go.",
	      "Russia said it would go.");
	SENTS("WASHINGTON - The U.S. said no.", "The U.S. said no.");
	SENTS("SEOUL, South Korea (Yonhap) - Kim left.", "Kim left.");
	/* A dateline opens a paragraph, also after a headline... */
	SENTS("Kim Visits Moscow\n\nMOSCOW (AP) - Kim arrived. He met Putin.\n\n"
	      "SEOUL - Seoul reacted.",
	      "Kim Visits Moscow", "Kim arrived.", "He met Putin.",
	      "Seoul reacted.");
	SENTS("Kim Visits Moscow\nMOSCOW (AP) - Kim arrived.",
	      "Kim Visits Moscow", "Kim arrived.");
	/* ...but not mid-line, and not without capitals or an agency. */
	SENTS("Kim said SEOUL (AP) - no.", "Kim said SEOUL (AP) - no.");
	SENTS("Kim Jong Un - the leader - spoke.",
	      "Kim Jong Un - the leader - spoke.");
	SENTS("SEOUL - \n\nNothing.", "SEOUL -", "Nothing.");
}

static void test_paragraphs_and_headlines(void **state)
{
	SENTS("North Korea Shifts to Russia\n\nKim arrived on Sunday. He met Putin.",
	      "North Korea Shifts to Russia", "Kim arrived on Sunday.",
	      "He met Putin.");
	/* A blank line (even with spaces on it) ends a sentence mid-phrase. */
	SENTS("Kim arrived in the\n \t\nU.S. capital", "Kim arrived in the",
	      "U.S. capital");
	/* A single newline is only wrapping. */
	SENTS("Kim arrived in the\nU.S. capital.", "Kim arrived in the\nU.S. capital.");
	SENTS("", NULL);
	SENTS("  \n\n ", NULL);
}

static void test_token_cap(void **state)
{
	size_t n_words = 2000, i;
	char *text = malloc(n_words * 5 + 1);
	struct segmentation sg;

	assert_non_null(text);
	for (i = 0; i < n_words; i++)
		memcpy(text + i * 5, "word ", 5);
	text[n_words * 5] = '\0';
	sg = split(text);
	assert_int_equal(sg.n_tokens, n_words);
	assert_int_equal(sg.n_sentences, 4);
	assert_int_equal(sg.sentences[0].n_tok, SEG_MAX_TOKENS);
	assert_int_equal(sg.sentences[1].tok, SEG_MAX_TOKENS);
	assert_int_equal(sg.sentences[3].n_tok, n_words - 3 * SEG_MAX_TOKENS);
	assert_int_equal(sg.sentences[3].end, n_words * 5 - 1);
	free(text);
}

static void test_out_of_memory(void **state)
{
	struct arena small;
	struct segmentation sg;

	arena_init(&small, 1024);
	assert_int_equal(seg_split("Kim left.", 9, &small, &sg), DYAD_ENOMEM);
	assert_int_equal(sg.n_tokens, 0);
	assert_null(sg.sentences);
	arena_free(&small);
}

/* ---- a real article --------------------------------------------------- */

#define SAMPLE SHARED_DIR "/samples/nk-diplomacy-2025-10-26.txt"

static void expect_sentence(const char *text, const struct segmentation *sg,
			    size_t i, const char *want)
{
	const struct sentence *se;

	assert_true(i < sg->n_sentences);
	se = &sg->sentences[i];
	if (strlen(want) != se->end - se->start ||
	    memcmp(text + se->start, want, se->end - se->start))
		fail_msg("sentence %zu is \"%.*s\"\n want \"%s\"", i,
			 (int)(se->end - se->start), text + se->start, want);
}

static void test_sample_article(void **state)
{
	size_t raw_len = 0, len = 0;
	char *raw = unit_slurp(SAMPLE, &raw_len), *text;
	struct segmentation sg;

	arena_reset(&arena);
	assert_int_equal(norm_text(raw, raw_len, &arena, &text, &len, NULL, NULL),
			 DYAD_OK);
	assert_int_equal(seg_split(text, len, &arena, &sg), DYAD_OK);
	check_invariants(text, len, &sg);
	/* Date line, headline, "Date:", 21 sentences of body, then the
	 * page's boilerplate: "Share post:", "Popular", "More like this /
	 * Related" (one line wrap), four teaser headlines and blurbs. */
	assert_int_equal(sg.n_sentences, 35);
	expect_sentence(text, &sg, 0, "Sunday, October 26, 2025");
	expect_sentence(text, &sg, 1, "North Korea Diplomacy Focus Shifts to Russia");
	expect_sentence(text, &sg, 2, "Date:");
	/* The first paragraph: two sentences, "U.S. President" not split,
	 * the en dash and curly apostrophe normalized. */
	expect_sentence(text, &sg, 3,
		"North Korea diplomacy appears to be prioritizing ties with "
		"Russia over talks with the United States, raising questions "
		"about a possible Trump-Kim meeting.");
	expect_sentence(text, &sg, 4,
		"The announcement comes just days before U.S. President Donald "
		"Trump is scheduled for a two-day state visit to South Korea "
		"during APEC Economic Leaders' Week.");
	expect_sentence(text, &sg, 5,
		"North Korean state media reported that Foreign Minister Choe "
		"Son-hui will visit Russia and Belarus at the invitation of their "
		"foreign ministers.");
	expect_sentence(text, &sg, 11,
		"Lim Eul-chul, a professor at Kyungnam University, said the trip "
		"signals North Korea diplomacy emphasizes its \"blood alliance\" "
		"with Russia.");
	expect_sentence(text, &sg, 13,
		"Trump, meanwhile, reiterated his willingness to meet Kim Jong-un.");
	expect_sentence(text, &sg, 23,
		"Overall, North Korea diplomacy highlights the regime's strategic "
		"calculations, emphasizing strong ties with Russia while keeping "
		"the U.S. engagement option uncertain.");
	expect_sentence(text, &sg, 24, "Share post:");
	expect_sentence(text, &sg, 34,
		"China is using civilian fishing vessels for maritime militia...");
	free(raw);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tokens_offsets_round_trip),
		cmocka_unit_test(test_token_flags),
		cmocka_unit_test(test_hyphens),
		cmocka_unit_test(test_possessives),
		cmocka_unit_test(test_contractions),
		cmocka_unit_test(test_quote_tokens),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_non_ascii_words),
		cmocka_unit_test(test_initial_is_not_upper),
		cmocka_unit_test(test_invalid_bytes_are_tokens),
		cmocka_unit_test(test_titles_do_not_split),
		cmocka_unit_test(test_dates_and_companies),
		cmocka_unit_test(test_etc),
		cmocka_unit_test(test_us_un),
		cmocka_unit_test(test_initials),
		cmocka_unit_test(test_decimals_and_thousands),
		cmocka_unit_test(test_terminal_punctuation),
		cmocka_unit_test(test_quotes),
		cmocka_unit_test(test_datelines),
		cmocka_unit_test(test_paragraphs_and_headlines),
		cmocka_unit_test(test_token_cap),
		cmocka_unit_test(test_out_of_memory),
		cmocka_unit_test(test_sample_article),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
