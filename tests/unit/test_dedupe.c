/*
 * test_dedupe.c - near-duplicate stories (dedupe.c): fifty reprints of a
 * wire story with their own furniture, headlines and small edits make one
 * story; other stories on the same topic stay apart; signatures round
 * trip; the table is fast.
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dedupe.h"

/* A wire story, sentence by sentence, so that variants can edit it. */
static const char *const wire[] = {
	"North Korea fired two short-range ballistic missiles into the sea off its east coast on Tuesday, South Korea's Joint Chiefs of Staff said, hours after Seoul and Washington began their largest joint military drills in years.",
	"The missiles were launched from an area near Pyongyang at about 7:10 a.m. and flew roughly 600 kilometres before splashing down outside Japan's exclusive economic zone, the military said in a text message to reporters.",
	"Japan's defence ministry said it was analysing the launch and that there were no immediate reports of damage to ships or aircraft in the area.",
	"The launch was the third this month and came a day after Pyongyang warned of an overwhelming response to what it called rehearsals for an invasion.",
	"South Korea's National Security Council held an emergency meeting and condemned the launch as a clear provocation that violated United Nations Security Council resolutions.",
	"In Washington, a State Department spokesperson urged North Korea to refrain from further destabilising acts and to return to dialogue without preconditions.",
	"China's foreign ministry called on all parties to exercise restraint and said Beijing would continue to play a constructive role on the peninsula.",
	"Analysts said the timing suggested Pyongyang was trying to show it could strike the bases from which American reinforcements would flow in a war.",
	"The drills, which run for eleven days, involve tens of thousands of troops as well as fighter jets, warships and, for the first time in five years, a large field training exercise near the border.",
	"North Korea has conducted a record number of weapons tests over the past two years, including intercontinental ballistic missiles capable of reaching the mainland United States.",
	"Officials in Seoul have warned that the North may also be preparing its first nuclear test since 2017 at its Punggye-ri site.",
	"The United Nations Security Council is due to discuss the launches on Thursday at the request of the United States, Japan and South Korea.",
};
#define N_WIRE (sizeof(wire) / sizeof(wire[0]))

static const char *const headlines[] = {
	"N. Korea fires missiles as allies drill", "North Korea launches two ballistic missiles",
	"BREAKING: Missile launch off Korean coast", "Pyongyang fires again", "Seoul says North fired two missiles",
};
static const char *const furniture[] = {
	"Share this article: Facebook Twitter WhatsApp Email",
	"Sign up for our morning newsletter and never miss a story",
	"Most read: Heatwave grips the south; Markets fall; Five things to know today",
	"Advertisement",
	"Related: Kim inspects new tank factory | Seoul election results",
	"Copyright 2025 The Associated Press. All rights reserved.",
	"Reporting by Hyonhee Shin; Editing by Jane Merriman",
};

/* Copy i of the wire story: a headline, some furniture before and after,
 * a dateline, and small edits (a changed word, a dropped sentence, a
 * spelling changed to American). */
static size_t variant(char *out, size_t cap, unsigned i)
{
	size_t n = 0, s;

	n += (size_t)snprintf(out + n, cap - n, "%s\n\n%s\n\n",
			      headlines[i % 5], furniture[i % 7]);
	if (i % 3 == 0)
		n += (size_t)snprintf(out + n, cap - n, "SEOUL (Reuters) - ");
	for (s = 0; s < N_WIRE; s++) {
		const char *p = wire[s];
		char edited[512];

		if (i % 4 == 1 && s == N_WIRE - 1)
			continue;       /* the last paragraph trimmed */
		if (i % 5 == 2 && s == 3) {
			snprintf(edited, sizeof(edited), "%s",
				 "The launch was the third such test this month and came one day after Pyongyang warned of an overwhelming response to what it called rehearsals for an invasion.");
			p = edited;
		}
		if (i % 2 == 1 && s == 2) {
			snprintf(edited, sizeof(edited), "%s", wire[s]);
			memcpy(strstr(edited, "defence"), "defense", 7);
			p = edited;
		}
		n += (size_t)snprintf(out + n, cap - n, "%s%s", p,
				      s % 3 == 2 ? "\n\n" : " ");
	}
	n += (size_t)snprintf(out + n, cap - n, "\n\n%s\n\n%s", furniture[(i + 3) % 7],
			      furniture[(i + 5) % 7]);
	return n;
}

/* Other stories on the same topic, written separately. */
static const char *const others[] = {
	"North Korea fired a ballistic missile toward the sea on Sunday, Japan's coast guard said, the latest in a series of launches this year. The missile appeared to have landed outside Japan's exclusive economic zone. Tokyo lodged a protest with Pyongyang through its embassy in Beijing. South Korea's military said it had detected the launch from the Sunan area and was sharing information with the United States. The launch came as Kim Jong Un's sister warned the allies against holding naval exercises near the peninsula.",
	"South Korea and the United States began eleven days of joint military exercises on Monday, involving tens of thousands of troops, in a show of force that North Korea has repeatedly called a rehearsal for invasion. The allies say the drills are defensive. The exercises include a large field training exercise for the first time in five years, the Joint Chiefs of Staff said. Officials said they were watching for North Korean provocations, including missile launches, during the drills.",
	"The UN Security Council met behind closed doors on Thursday to discuss North Korea's recent ballistic missile launches, but failed to agree on a joint statement as China and Russia blocked a draft put forward by the United States. Washington's envoy said the council's silence emboldened Pyongyang. China's ambassador said sanctions alone could not solve the problem and called for dialogue. North Korea has conducted dozens of weapons tests since the start of last year.",
	"North Korean leader Kim Jong Un oversaw a test of a new solid-fuel intercontinental ballistic missile, state media said on Friday, calling it a powerful deterrent against the United States. The missile flew for more than an hour before landing in waters west of Hokkaido, Japan said. Analysts said solid-fuel missiles are harder to detect before launch. South Korea condemned the test as a grave provocation and said it would strengthen its deterrence with Washington.",
};
#define N_OTHERS (sizeof(others) / sizeof(others[0]))

static void test_fifty_reprints_one_story(void **state)
{
	struct dedupe *d = dedupe_new(0);
	char text[8192];
	uint32_t story, first = 0;
	unsigned i;

	assert_non_null(d);
	for (i = 0; i < 50; i++) {
		size_t n = variant(text, sizeof(text), i);

		assert_int_equal(dedupe_add(d, text, n, &story), 0);
		if (i == 0)
			first = story;
		assert_int_equal(story, first);
	}
	assert_int_equal(dedupe_story_size(d, first), 50);
	for (i = 0; i < N_OTHERS; i++) {
		assert_int_equal(dedupe_add(d, others[i], strlen(others[i]), &story), 0);
		assert_int_equal(story, 50 + i);        /* a story of its own */
		assert_int_equal(dedupe_story_size(d, story), 1);
	}
	for (i = 0; i < 50; i++)
		assert_int_equal(dedupe_story(d, i), first);
	assert_int_equal(dedupe_count(d), 50 + N_OTHERS);
	dedupe_free(d);
}

/* The signature estimates Jaccard similarity: near 1 for reprints, low
 * for stories on the same topic. */
static void test_similarity(void **state)
{
	uint32_t a[DEDUPE_K], b[DEDUPE_K], c[DEDUPE_K];
	char t1[8192], t2[8192];
	size_t n1 = variant(t1, sizeof(t1), 0), n2 = variant(t2, sizeof(t2), 7);

	assert_true(dedupe_signature(t1, n1, a) > 300);
	dedupe_signature(t2, n2, b);
	dedupe_signature(others[0], strlen(others[0]), c);
	assert_true(dedupe_similarity(a, b) >= 0.8);
	assert_true(dedupe_similarity(a, c) < 0.2);
	assert_true(dedupe_similarity(a, a) == 1.0);
}

/* Case, punctuation and spacing do not count; word order does. */
static void test_normalization(void **state)
{
	uint32_t a[DEDUPE_K], b[DEDUPE_K], c[DEDUPE_K];
	const char *x = "The minister said on Tuesday that talks would resume in Geneva next week.";
	const char *y = "THE MINISTER SAID, ON TUESDAY,   that \xe2\x80\x9ctalks\xe2\x80\x9d would resume\n"
			"in Geneva \xe2\x80\x94 next week!";
	const char *z = "Next week in Geneva talks would resume, the minister said on Tuesday.";

	assert_int_equal(dedupe_signature(x, strlen(x), a), 9);
	assert_int_equal(dedupe_signature(y, strlen(y), b), 9);
	assert_memory_equal(a, b, sizeof(a));
	dedupe_signature(z, strlen(z), c);
	assert_true(dedupe_similarity(a, c) < 0.5);
}

static void test_short_and_empty(void **state)
{
	struct dedupe *d = dedupe_new(0.8);
	uint32_t sig[DEDUPE_K], story;
	unsigned i;

	assert_int_equal(dedupe_signature("", 0, sig), 0);
	for (i = 0; i < DEDUPE_K; i++)
		assert_int_equal(sig[i], DEDUPE_EMPTY);
	assert_int_equal(dedupe_signature(" -- !! ", 7, sig), 0);
	/* One to four words are one shingle. */
	assert_int_equal(dedupe_signature("Breaking news", 13, sig), 1);
	assert_int_equal(dedupe_similarity(sig, sig), 1.0);

	/* Texts without words never join anything, not even each other. */
	assert_int_equal(dedupe_add(d, "", 0, &story), 0);
	assert_int_equal(story, 0);
	assert_int_equal(dedupe_add(d, "...", 3, &story), 0);
	assert_int_equal(story, 1);
	/* Two identical short texts are one story. */
	assert_int_equal(dedupe_add(d, "Breaking news", 13, &story), 0);
	assert_int_equal(story, 2);
	assert_int_equal(dedupe_add(d, "breaking NEWS.", 14, &story), 0);
	assert_int_equal(story, 2);
	assert_int_equal(dedupe_story_size(d, 3), 2);
	dedupe_free(d);
}

/* Chinese and Japanese have no spaces: each character is a word, so a
 * one-character edit does not make the text a new story. */
static void test_cjk(void **state)
{
	uint32_t a[DEDUPE_K], b[DEDUPE_K];
	const char *x = "中国外交部发言人周二表示，中方愿与各方一道，通过对话协商解决朝鲜半岛问题，"
			"反对任何可能加剧地区紧张局势的行为。";
	const char *y = "中国外交部发言人周三表示，中方愿与各方一道，通过对话协商解决朝鲜半岛问题，"
			"反对任何可能加剧地区紧张局势的行为。";

	assert_true(dedupe_signature(x, strlen(x), a) > 40);
	dedupe_signature(y, strlen(y), b);
	assert_true(dedupe_similarity(a, b) > 0.75);
}

/* A story that bridges two stories merges them under the older id. */
static void test_merge_keeps_older_id(void **state)
{
	struct dedupe *d = dedupe_new(0.55);
	char a[4096], b[4096], ab[8192];
	uint32_t s;
	size_t i, na = 0, nb = 0;

	/* a and b share a third of their sentences, ab holds them all. */
	for (i = 0; i < 8; i++)
		na += (size_t)snprintf(a + na, sizeof(a) - na, "%s ", wire[i]);
	for (i = 4; i < N_WIRE; i++)
		nb += (size_t)snprintf(b + nb, sizeof(b) - nb, "%s ", wire[i]);
	snprintf(ab, sizeof(ab), "%s", a);
	for (i = 8; i < N_WIRE; i++)
		snprintf(ab + strlen(ab), sizeof(ab) - strlen(ab), "%s ", wire[i]);
	assert_int_equal(dedupe_add(d, others[0], strlen(others[0]), &s), 0);
	assert_int_equal(dedupe_add(d, a, na, &s), 0);
	assert_int_equal(s, 1);
	assert_int_equal(dedupe_add(d, b, nb, &s), 0);
	assert_int_equal(s, 2);
	/* Jaccard of ab with a and with b is about two thirds. */
	assert_int_equal(dedupe_add(d, ab, strlen(ab), &s), 0);
	assert_int_equal(s, 1);
	assert_int_equal(dedupe_story(d, 2), 1);
	assert_int_equal(dedupe_story_size(d, 2), 3);
	assert_int_equal(dedupe_story(d, 0), 0);
	dedupe_free(d);
}

/* A store persists signatures and adds them back: same grouping. */
static void test_signature_round_trip(void **state)
{
	struct dedupe *d1 = dedupe_new(0), *d2 = dedupe_new(0);
	char text[8192];
	uint32_t sig[DEDUPE_K], s1, s2;
	unsigned i;

	for (i = 0; i < 20; i++) {
		size_t n = i % 4 == 3 ? strlen(others[i % N_OTHERS]) : variant(text, sizeof(text), i);
		const char *t = i % 4 == 3 ? others[i % N_OTHERS] : text;

		assert_int_equal(dedupe_add(d1, t, n, &s1), 0);
		dedupe_signature(t, n, sig);
		assert_int_equal(dedupe_add_signature(d2, sig, &s2), 0);
		assert_int_equal(s1, s2);
		assert_memory_equal(dedupe_item_signature(d1, i), sig, sizeof(sig));
	}
	dedupe_free(d1);
	dedupe_free(d2);
}

/* Thousands of articles per second on one core, many of them stories of
 * their own so the index fills up. */
static void test_speed(void **state)
{
	struct dedupe *d = dedupe_new(0);
	char text[8192];
	struct timespec t0, t1;
	uint32_t story;
	unsigned i, n_articles = 5000;
	double secs;

	assert_non_null(d);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (i = 0; i < n_articles; i++) {
		size_t n = variant(text, sizeof(text), i);

		/* Make most articles distinct: a number in every sentence. */
		if (i % 10) {
			size_t j;
			for (j = 0; j + 1 < n; j++)
				if (text[j] == '.' && text[j + 1] == ' ')
					text[j] = (char)('a' + (i * 7 + j) % 26);
			n += (size_t)snprintf(text + n, sizeof(text) - n, " item %u", i);
		}
		assert_int_equal(dedupe_add(d, text, n, &story), 0);
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	print_message("dedupe: %.0f articles/s (%u articles of ~2 KB)\n",
		      n_articles / secs, n_articles);
	/* The rate is printed, not checked: bench/ measures speed. */
	/* Every tenth article is an exact copy of variant i: one story. */
	assert_true(dedupe_story_size(d, 0) >= n_articles / 10);
	dedupe_free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fifty_reprints_one_story),
		cmocka_unit_test(test_similarity),
		cmocka_unit_test(test_normalization),
		cmocka_unit_test(test_short_and_empty),
		cmocka_unit_test(test_cjk),
		cmocka_unit_test(test_merge_keeps_older_id),
		cmocka_unit_test(test_signature_round_trip),
		cmocka_unit_test(test_speed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
