/*
 * test_when.c - unit tests for when.c: temporal expressions found in real
 * news sentences and resolved against a publication date.
 *
 * Sentences are split by a small tokenizer of our own (when.c must not
 * depend on the segmenter): words, numbers ("2,000", "09:30", "2025-10-26"
 * and "mid-November" stay whole) and single punctuation marks.  Each case
 * names the expected surface text of an expression, so a test shows both
 * what was found and where it starts and ends.
 */
#include "unit.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "date.h"
#include "dyad.h"
#include "when.h"

#define MAX_TOK 128
#define ARRAY_LEN 15
#define MAX_EXPR 16

static int is_alnum(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	       (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Split text into tokens.  With attach_dots, a period right after a word
 * stays on it ("Oct."), as a segmenter that knows abbreviations would
 * leave it; without, every period is a token. */
static size_t tokenize(const char *text, struct when_tok *toks, size_t max,
		       int attach_dots)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0, n = 0, len = strlen(text), start;

	while (i < len && n < max) {
		if (s[i] == ' ') {
			i++;
			continue;
		}
		start = i;
		if (is_alnum(s[i])) {
			while (i < len) {
				if (is_alnum(s[i])) {
					i++;
				} else if ((s[i] == '-' || s[i] == '\'' || s[i] == ',' ||
					    s[i] == ':' || s[i] == '.') &&
					   i + 1 < len && is_alnum(s[i + 1]) &&
					   (s[i] == '-' || s[i] == '\'' ||
					    (s[i - 1] >= '0' && s[i - 1] <= '9' &&
					     s[i + 1] >= '0' && s[i + 1] <= '9'))) {
					/* mid-November, Trump's, 2,000, 09:30 */
					i++;
				} else {
					break;
				}
			}
			if (attach_dots && i < len && s[i] == '.' && i + 1 < len)
				i++;
		} else {
			i++;
		}
		toks[n].s = text + start;
		toks[n].len = (uint32_t)(i - start);
		n++;
	}
	return n;
}

static struct dyad_date pub_of(const char *s)
{
	struct dyad_date d = { 0, DYAD_PREC_NONE };

	if (s && dyad_date_parse(s, strlen(s), &d) != DYAD_OK)
		fail_msg("bad publication date %s", s);
	return d;
}

struct found {
	const char *text;
	struct when_tok toks[MAX_TOK];
	size_t n_tok;
	struct when_expr x[MAX_EXPR];
	size_t n;
};

static void find_in(struct found *f, const char *text, const char *pub, int attach_dots)
{
	f->text = text;
	f->n_tok = tokenize(text, f->toks, MAX_TOK, attach_dots);
	f->n = when_find(f->toks, f->n_tok, pub_of(pub), f->x, MAX_EXPR);
}

/* The surface text of expression k, copied into buf. */
static const char *surface(const struct found *f, size_t k, char *buf, size_t size)
{
	const struct when_expr *x = &f->x[k];
	const char *a = f->toks[x->tok].s;
	const struct when_tok *last = &f->toks[x->tok + x->n_tok - 1];
	size_t len = (size_t)(last->s + last->len - a);

	if (len >= size)
		len = size - 1;
	memcpy(buf, a, len);
	buf[len] = '\0';
	return buf;
}

static void dump(const struct found *f)
{
	char span[256], d[11];
	size_t k;

	print_message("in \"%s\" found %zu:\n", f->text, f->n);
	for (k = 0; k < f->n; k++) {
		dyad_date_format(f->x[k].date, d);
		print_message("  [%s] %s %s rel=%d\n", surface(f, k, span, sizeof(span)),
			      d, dyad_precision_name(f->x[k].date.precision), f->x[k].relative);
	}
}

/*
 * Expect an expression with surface text `span` in `text` published on
 * `pub`, resolving to `date` ("" for precision NONE) with the given
 * relative flag.  Both tokenizations must agree.
 */
static void expect_mode(const char *text, const char *pub, const char *span,
			const char *date, int rel, int attach_dots)
{
	struct found f;
	char buf[256], d[11];
	size_t k;

	find_in(&f, text, pub, attach_dots);
	for (k = 0; k < f.n; k++) {
		if (strcmp(surface(&f, k, buf, sizeof(buf)), span) != 0)
			continue;
		dyad_date_format(f.x[k].date, d);
		if (strcmp(d, date) != 0 || f.x[k].relative != rel) {
			dump(&f);
			fail_msg("[%s]: got %s rel=%d, want %s rel=%d", span, d,
				 f.x[k].relative, date, rel);
		}
		return;
	}
	dump(&f);
	fail_msg("no expression [%s] (dots %s)", span, attach_dots ? "attached" : "split");
}

static void expect(const char *text, const char *pub, const char *span,
		   const char *date, int rel)
{
	expect_mode(text, pub, span, date, rel, 0);
	expect_mode(text, pub, span, date, rel, 1);
}

static void expect_count(const char *text, const char *pub, size_t n)
{
	struct found f;

	find_in(&f, text, pub, 0);
	if (f.n != n) {
		dump(&f);
		fail_msg("found %zu expressions, want %zu", f.n, n);
	}
	find_in(&f, text, pub, 1);
	if (f.n != n) {
		dump(&f);
		fail_msg("found %zu expressions with dots attached, want %zu", f.n, n);
	}
}

static void expect_none(const char *text, const char *pub)
{
	expect_count(text, pub, 0);
}

#define PUB "2025-10-26"        /* a Sunday */

/* The article these cases come from was published on Sunday 2025-10-26. */
static void test_article_2025_10_26(void **state)
{
	const char *s1 = "The announcement came on Sunday morning, three days "
			 "before Trump's arrival in Seoul.";

	(void)state;
	expect(s1, PUB, "Sunday morning", "2025-10-26", 1);
	/* Three days before an event we cannot date: found, unresolved. */
	expect(s1, PUB, "three days before", "", 0);
	expect_count(s1, PUB, 2);

	expect("Choe previously traveled to Moscow in November last year", PUB,
	       "November last year", "2024-11", 1);
	expect("He referenced their surprise 2019 DMZ encounter", PUB,
	       "2019", "2019", 0);
	expect_count("He referenced their surprise 2019 DMZ encounter", PUB, 1);
}

/* Published Saturday 2026-01-03: every relative month crosses the year. */
static void test_year_boundary(void **state)
{
	const char *pub = "2026-01-03";

	(void)state;
	expect("Exports fell sharply last month.", pub, "last month", "2025-12", 1);
	expect("Police said the attack happened on Friday.", pub, "Friday",
	       "2026-01-02", 1);
	expect("The two leaders met in December in Beijing.", pub, "December",
	       "2025-12", 1);
	expect("The vote was held last year.", pub, "last year", "2025", 1);
	expect("Talks resume next month.", pub, "next month", "2026-02", 1);
	expect("He was arrested Dec. 30 in Manila.", pub, "Dec. 30", "2025-12-30", 1);
	expect("The law takes effect on Jan. 10.", pub, "Jan. 10", "2026-01-10", 1);
	expect("The plant closed on Aug. 5 after the flood.", pub, "Aug. 5",
	       "2025-08-05", 1);
	expect("Parliament adjourns on June 30.", pub, "June 30", "2026-06-30", 1);
	expect("Fighting resumed last week.", pub, "last week", "2025-12-27", 1);
	expect("The ceasefire collapsed on Dec. 31, 2025.", pub, "Dec. 31, 2025",
	       "2025-12-31", 0);
	expect("Rebels attacked the town on New Year's Eve, two days ago.", pub,
	       "two days ago", "2026-01-01", 1);
	expect("In January the ministry will publish the figures.", pub, "January",
	       "2026-01", 1);
}

static void test_explicit_dates(void **state)
{
	(void)state;
	expect("The summit opened on Oct. 26, 2025, in Gyeongju.", PUB,
	       "Oct. 26, 2025", "2025-10-26", 0);
	expect("Seoul said October 26 would be a holiday.", PUB,
	       "October 26", "2025-10-26", 1);
	expect("Voters went to the polls on 26 October 2025.", PUB,
	       "26 October 2025", "2025-10-26", 0);
	expect("Prices rose on Oct 26 in Seoul.", PUB, "Oct 26", "2025-10-26", 1);
	expect("The filing is dated 2025-10-26 and signed.", PUB, "2025-10-26",
	       "2025-10-26", 0);
	expect("Logs from 2025-10-24T09:30:00Z show the breach.", PUB,
	       "2025-10-24T09:30:00Z", "2025-10-24", 0);
	expect("The talks began in November 2024 in Geneva.", PUB,
	       "November 2024", "2024-11", 0);
	expect("Kim took power in 2011.", PUB, "2011", "2011", 0);
	expect("The treaty was signed on the 26th of October 1955.", PUB,
	       "the 26th of October 1955", "1955-10-26", 0);
	expect("Hamas attacked Israel on Oct. 7, 2023.", PUB, "Oct. 7, 2023",
	       "2023-10-07", 0);
	expect("Parliament met on Sept. 3 to vote.", PUB, "Sept. 3", "2025-09-03", 1);
	expect("The Sep 11 attacks changed everything.", PUB, "Sep 11", "2025-09-11", 1);
	expect("The ruling came in Sept. 2024 after appeals.", PUB, "Sept. 2024",
	       "2024-09", 0);
	expect("Elections were held on Sunday, Oct. 26, across the country.", PUB,
	       "Sunday, Oct. 26", "2025-10-26", 1);
	expect("The armistice of Nov. 11, 1918 ended the war.", PUB, "Nov. 11, 1918",
	       "1918-11-11", 0);
	expect("It was the 1st of May.", PUB, "the 1st of May", "2025-05-01", 1);
	expect("The deal was struck in November of 2024.", PUB, "November of 2024",
	       "2024-11", 0);
	expect("He visited in mid-November.", PUB, "mid-November", "2024-11", 1);
	expect("The rally is planned for early December.", PUB, "early December",
	       "2025-12", 1);
	expect("Growth slowed in mid-2024.", PUB, "mid-2024", "2024", 0);
	expect("Inflation peaked in late 2022.", PUB, "late 2022", "2022", 0);
}

static void test_leap_and_month_ends(void **state)
{
	(void)state;
	/* Feb. 29 without a year goes to the nearest year that has one. */
	expect("The order was signed on Feb. 29.", "2025-03-01", "Feb. 29",
	       "2024-02-29", 1);
	expect("The order was signed on Feb. 29.", "2028-01-15", "Feb. 29",
	       "2028-02-29", 1);
	expect("The order was signed on Feb. 29, 2024.", PUB, "Feb. 29, 2024",
	       "2024-02-29", 0);
	expect_none("The order was signed on Feb. 30.", PUB);
	expect_none("The order was signed on Feb. 29, 2023.", PUB);
	expect_none("The order was signed on April 31, 2024.", PUB);
	expect("Troops withdrew yesterday.", "2024-03-01", "yesterday", "2024-02-29", 1);
	expect("Troops withdrew yesterday.", "2023-03-01", "yesterday", "2023-02-28", 1);
	expect("Troops will withdraw tomorrow.", "2024-12-31", "tomorrow", "2025-01-01", 1);
	/* A month ago from March 31 is the February, not March 3. */
	expect("The strike began a month ago.", "2025-03-31", "a month ago", "2025-02", 1);
	expect("He was sworn in on Jan. 31, 2024, and resigned a month later.", PUB,
	       "a month later", "2024-02", 0);
	expect("He left on Dec. 30, 2024, and returned three days later.", PUB,
	       "three days later", "2025-01-02", 0);
}

static void test_relative_days(void **state)
{
	(void)state;
	expect("The ministry announced the sanctions today.", PUB, "today",
	       "2025-10-26", 1);
	expect("Yesterday, the army shelled the town.", PUB, "Yesterday",
	       "2025-10-25", 1);
	expect("Protests continued yesterday's standoff.", PUB, "yesterday's",
	       "2025-10-25", 1);
	expect("The envoy arrives tomorrow evening.", PUB, "tomorrow evening",
	       "2025-10-27", 1);
	expect("Officials said this morning that talks failed.", PUB, "this morning",
	       "2025-10-26", 1);
	expect("Missiles struck Kyiv late last night.", PUB, "late last night",
	       "2025-10-25", 1);
	expect("Leaders will speak tonight.", PUB, "tonight", "2025-10-26", 1);
	expect("It happened the day before yesterday.", PUB,
	       "the day before yesterday", "2025-10-24", 1);
	expect("Trump met Xi earlier today.", PUB, "earlier today", "2025-10-26", 1);
}

static void test_weekdays(void **state)
{
	(void)state;
	/* On the publication weekday itself: that day. */
	expect("The announcement came on Sunday.", PUB, "Sunday", "2025-10-26", 1);
	expect("Talks ended on Friday.", PUB, "Friday", "2025-10-24", 1);
	expect("Talks ended Monday.", PUB, "Monday", "2025-10-20", 1);
	expect("Trump arrives next Tuesday.", PUB, "next Tuesday", "2025-10-28", 1);
	expect("The strike began last Friday.", PUB, "last Friday", "2025-10-24", 1);
	expect("The strike began last Sunday.", PUB, "last Sunday", "2025-10-19", 1);
	expect("Ministers meet again next Sunday.", PUB, "next Sunday", "2025-11-02", 1);
	expect("Rockets hit early Saturday morning.", PUB, "early Saturday morning",
	       "2025-10-25", 1);
	/* A future cue earlier in the clause looks forward. */
	expect("Trump will arrive in Seoul on Wednesday.", PUB, "Wednesday",
	       "2025-10-29", 1);
	expect("The vote is scheduled for Thursday.", PUB, "Thursday", "2025-10-30", 1);
	/* ... but not across a clause boundary. */
	expect("Trump, who will fly on, left on Wednesday.", PUB, "Wednesday",
	       "2025-10-22", 1);
	expect("Aid arrived Tuesday next week.", PUB, "Tuesday next week",
	       "2025-10-28", 1);
	expect("They spoke Friday last week.", PUB, "Friday last week", "2025-10-17", 1);
	expect("The meeting is this Friday.", "2025-10-22", "this Friday",
	       "2025-10-24", 1);
	/* Not dates. */
	expect_none("Good Friday is a holiday.", PUB);
	expect_none("He wrote for the Sunday Times for years.", PUB);
	expect_none("The Bloody Sunday inquiry reported.", PUB);
	expect_none("Every Sunday, families gather at the border.", PUB);
	/* "he'll" as one token is a future cue. */
	expect("He'll arrive on Wednesday.", PUB, "Wednesday", "2025-10-29", 1);
}

static void test_months_alone(void **state)
{
	(void)state;
	expect("The parliament voted in November.", PUB, "November", "2024-11", 1);
	expect("The parliament voted in October.", PUB, "October", "2025-10", 1);
	expect("The parliament voted in September.", PUB, "September", "2025-09", 1);
	expect("The parliament will vote in November.", PUB, "November", "2025-11", 1);
	expect("Kim visited Beijing last November.", PUB, "last November", "2024-11", 1);
	expect("Kim visited Beijing last October.", PUB, "last October", "2024-10", 1);
	expect("Kim visited Beijing last September.", PUB, "last September", "2025-09", 1);
	expect("Kim visits Beijing next March.", PUB, "next March", "2026-03", 1);
	expect("Kim visits Beijing this December.", PUB, "this December", "2025-12", 1);
	expect("The strike began in March this year.", PUB, "March this year", "2025-03", 1);
	expect("Elections are due in April next year.", PUB, "April next year", "2026-04", 1);
	expect("Prices have risen since March.", PUB, "March", "2025-03", 1);
	expect("Trade grew between April and May.", PUB, "May", "2025-05", 1);
	expect("The budget passed this month.", PUB, "this month", "2025-10", 1);
	expect("The budget passes next month.", PUB, "next month", "2025-11", 1);
	expect("The plan was unveiled earlier this month.", PUB, "earlier this month",
	       "2025-10", 1);
}

static void test_may_and_march(void **state)
{
	(void)state;
	expect("In May, the talks collapsed.", PUB, "May", "2025-05", 1);
	expect("Talks collapsed on May 5.", PUB, "May 5", "2025-05-05", 1);
	expect("May 5 was a holiday.", PUB, "May 5", "2025-05-05", 1);
	expect("Talks collapsed in May 2019 after a summit.", PUB, "May 2019",
	       "2019-05", 0);
	expect("Troops have stayed since May.", PUB, "May", "2025-05", 1);
	expect("Troops left last May.", PUB, "last May", "2025-05", 1);
	expect("Troops left in mid-May.", PUB, "mid-May", "2025-05", 1);
	expect("Troops left in mid - May.", PUB, "mid - May", "2025-05", 1);
	expect("Troops will leave by late March.", PUB, "late March", "2026-03", 1);
	expect("Protesters marched on March 3.", PUB, "March 3", "2025-03-03", 1);
	expect("The election will be held on March 3.", PUB, "March 3", "2026-03-03", 1);
	expect_none("Officials may meet again soon.", PUB);
	expect_none("May God bless our troops.", PUB);
	expect_none("Theresa May met Macron in Paris.", PUB);
	expect_none("Britain's May said the deal was done.", PUB);
	expect_none("Protesters march on the capital.", PUB);
	expect_none("March with us, the leader said.", PUB);
	expect_none("The talks were led by Jan Egeland.", PUB);
	expect_none("He met the envoy in Jan Egeland's office.", PUB);
}

static void test_weeks_and_periods(void **state)
{
	(void)state;
	expect("Fighting eased this week.", PUB, "this week", "2025-10-26", 1);
	expect("Fighting eased last week.", PUB, "last week", "2025-10-19", 1);
	expect("Talks resume next week.", PUB, "next week", "2025-11-02", 1);
	expect("Fighting eased earlier this week.", PUB, "earlier this week",
	       "2025-10-26", 1);
	expect("Drones struck daily over the past week.", PUB, "the past week",
	       "2025-10-26", 1);
	expect("Dozens died in the past few days.", PUB, "the past few days",
	       "2025-10-26", 1);
	expect("Prices doubled over the last two years.", PUB, "the last two years",
	       "2025", 1);
	expect("Clashes spread in recent days.", PUB, "recent days", "2025-10-26", 1);
	expect("The talks were held over the weekend.", PUB, "the weekend",
	       "2025-10-25", 1);
	expect("Protests are planned for the weekend.", "2025-10-22", "the weekend",
	       "2025-10-25", 1);
	expect("Protests spread last weekend.", "2025-10-22", "last weekend",
	       "2025-10-18", 1);
	expect("Protests spread this past weekend.", PUB, "this past weekend",
	       "2025-10-25", 1);
}

static void test_counted(void **state)
{
	(void)state;
	expect("The ministry said two weeks ago that it would act.", PUB,
	       "two weeks ago", "2025-10-12", 1);
	expect("Inflation hit a peak a month ago.", PUB, "a month ago", "2025-09", 1);
	expect("He was released 3 days ago.", PUB, "3 days ago", "2025-10-23", 1);
	expect("The war began three years ago.", PUB, "three years ago", "2022", 1);
	expect("Results are due two days from now.", PUB, "two days from now",
	       "2025-10-28", 1);
	/* Later and earlier count from the sentence's own date when it has
	 * one, else from publication. */
	expect("Trump arrived on Wednesday and left three days later.", PUB,
	       "three days later", "2025-10-25", 1);
	expect("Three days later, the talks resumed.", PUB, "Three days later",
	       "2025-10-29", 1);
	expect("The talks had collapsed two weeks earlier.", PUB, "two weeks earlier",
	       "2025-10-12", 1);
	expect("He had left five days before, police said.", PUB, "five days before",
	       "2025-10-21", 1);
	expect("He resigned on Oct. 1, 2025, and the cabinet fell the next day.", PUB,
	       "the next day", "2025-10-02", 0);
	expect("He resigned on Oct. 1, 2025, and the cabinet fell the day after.", PUB,
	       "the day after", "2025-10-02", 0);
	expect("He died two days after the vote.", PUB, "two days after", "", 0);
	/* An anchor coarser than the unit leaves the count unresolved. */
	expect("He fled in March and was caught two weeks later.", PUB,
	       "two weeks later", "", 0);
	expect("He fled in 2019 and was caught two years later.", PUB,
	       "two years later", "2021", 0);
	/* A duration is no date. */
	expect_none("The siege lasted for three days.", PUB);
	expect_none("Talks dragged on for weeks.", PUB);
}

static void test_years(void **state)
{
	(void)state;
	expect("The economy shrank earlier this year.", PUB, "earlier this year",
	       "2025", 1);
	expect("The economy shrank last year.", PUB, "last year", "2024", 1);
	expect("The economy will grow next year.", PUB, "next year", "2026", 1);
	expect("Rates will rise early next year.", PUB, "early next year", "2026", 1);
	expect("Sanctions have been in place since 2017.", PUB, "2017", "2017", 0);
	expect("It was the anniversary of 1953.", PUB, "1953", "1953", 0);
	expect("The 2018 Winter Olympics eased tension.", PUB, "2018", "2018", 0);
	expect("Trump's 2019 visit to Hanoi failed.", PUB, "2019", "2019", 0);
	expect("2019 was a hard year for Pyongyang.", PUB, "2019", "2019", 0);
	expect("Emissions must fall by 2030.", PUB, "2030", "2030", 0);
	expect_count("Prices rose from 2019 to 2021.", PUB, 2);
	expect("Prices rose from 2019 to 2021.", PUB, "2021", "2021", 0);
	/* Quantities, not years. */
	expect_none("The army sent 2,000 troops to the border.", PUB);
	expect_none("The army sent 1000 soldiers to the border.", PUB);
	expect_none("The army sent some 2000 troops to the border.", PUB);
	expect_none("The army sent 2000 troops to the border.", PUB);
	expect_none("Of the 2000 people polled, most agreed.", PUB);
	expect_none("The curfew starts at 1930 GMT.", PUB);
	expect_none("Police counted 1950 protesters.", PUB);
	expect_none("He scored in the 2019-20 season.", PUB);
	expect_none("The vote was 2050 to 1200.", PUB);
	expect_none("Room 2101 was searched.", PUB);
	/* After a comma a number may begin the next clause. */
	expect("In November, 1000 people marched.", PUB, "November", "2024-11", 1);
	expect("In November, 2000 protesters marched.", PUB, "November", "2024-11", 1);
	expect_count("In November, 2000 protesters marched.", PUB, 1);
}

/* A segmenter may split possessives and abbreviation periods off. */
static void test_split_tokens(void **state)
{
	static const char *const words[] = {
		"Trump", "'s", "2019", "visit", "and", "yesterday", "\xe2\x80\x99s",
		"talks", "on", "Oct", ".", "26", ",", "2025", "."
	};
	struct when_tok toks[ARRAY_LEN];
	struct when_expr x[4];
	size_t i, n;

	(void)state;
	for (i = 0; i < ARRAY_LEN; i++) {
		toks[i].s = words[i];
		toks[i].len = (uint32_t)strlen(words[i]);
	}
	n = when_find(toks, ARRAY_LEN, pub_of(PUB), x, 4);
	assert_int_equal(n, 3);
	assert_int_equal(x[0].tok, 2);
	assert_int_equal(x[0].date.ymd, 20190000);
	assert_int_equal(x[1].tok, 5);
	assert_int_equal(x[1].n_tok, 1);
	assert_int_equal(x[1].date.ymd, 20251025);
	assert_int_equal(x[2].tok, 9);
	assert_int_equal(x[2].n_tok, 5);
	assert_int_equal(x[2].date.ymd, 20251026);
	assert_int_equal(x[2].date.precision, DYAD_PREC_DAY);
	assert_int_equal(x[2].relative, 0);
}

static void test_pub_precision(void **state)
{
	(void)state;
	/* No publication date: relative expressions are found, unresolved. */
	expect("Troops withdrew yesterday.", NULL, "yesterday", "", 0);
	expect("Kim visited in November.", NULL, "November", "", 0);
	expect("Kim visited on Oct. 26, 2025.", NULL, "Oct. 26, 2025", "2025-10-26", 0);
	expect("Kim visited in 2019.", NULL, "2019", "2019", 0);
	/* A month-precision publication date dates months but not days. */
	expect("Kim visited in November.", "2025-10", "November", "2024-11", 1);
	expect("Kim visited on Friday.", "2025-10", "Friday", "", 0);
	expect("Kim visited last year.", "2025", "last year", "2024", 1);
	expect("Kim visited last month.", "2025", "last month", "", 0);
}

static void test_no_false_positives(void **state)
{
	(void)state;
	expect_none("The minister rejected the proposal outright.", PUB);
	expect_none("Seoul and Washington agreed to expand joint drills.", PUB);
	expect_none("The day of reckoning has come, he said.", PUB);
	expect_none("The year of the dragon is near.", PUB);
	expect_none("He spent years in prison.", PUB);
	expect_none("Officials spoke on condition of anonymity.", PUB);
	expect_none("She said the morning session was cancelled.", PUB);
	expect_none("", PUB);
}

/* Regression guards on the output contract. */
static void test_limits(void **state)
{
	struct when_tok toks[MAX_TOK];
	struct when_expr x[2];
	const char *s = "On Monday, Tuesday and Wednesday, and again on Friday, "
			"talks were held.";
	size_t n = tokenize(s, toks, MAX_TOK, 0);

	(void)state;
	assert_int_equal(when_find(toks, n, pub_of(PUB), x, 2), 2);
	assert_int_equal(x[0].tok, 1);
	assert_int_equal(x[0].n_tok, 1);
	assert_int_equal(when_find(toks, n, pub_of(PUB), x, 0), 0);
	assert_int_equal(when_find(NULL, 0, pub_of(PUB), x, 2), 0);
	/* A token of nothing but bytes >= 0x80, and empty tokens. */
	toks[0].s = "\xe2\x80\x94";
	toks[0].len = 3;
	toks[1].s = "";
	toks[1].len = 0;
	assert_int_equal(when_find(toks, 2, pub_of(PUB), x, 2), 0);
}

/* Expressions come in order and never overlap. */
static void test_order_and_overlap(void **state)
{
	struct found f;
	size_t k;

	(void)state;
	find_in(&f, "On Sunday, Oct. 26, 2025, three days after the Oct. 23 talks "
		    "and a week after last Sunday's vote, officials met in "
		    "November last year's venue.", PUB, 0);
	assert_true(f.n >= 5);
	for (k = 1; k < f.n; k++)
		assert_true(f.x[k].tok >= f.x[k - 1].tok + f.x[k - 1].n_tok);
}

/* when_find runs on every sentence: a sentence with no temporal word must
 * cost well under a microsecond. */
static void test_speed(void **state)
{
	struct when_tok toks[MAX_TOK];
	struct when_expr x[MAX_EXPR];
	const char *s = "North Korean leader Kim Jong Un said the country would "
			"further strengthen its nuclear deterrent, according to "
			"the state news agency, as allies held joint drills near "
			"the border and Seoul urged restraint.";
	size_t n = tokenize(s, toks, MAX_TOK, 0), total = 0;
	struct dyad_date pub = pub_of(PUB);
	struct timespec a, b;
	double ns = 1e9, t;
	const int rounds = 40000;
	int r, batch;

	(void)state;
	assert_true(n > 30);
	/* The best of five batches, so a busy machine does not fail us. */
	for (batch = 0; batch < 5; batch++) {
		clock_gettime(CLOCK_MONOTONIC, &a);
		for (r = 0; r < rounds; r++) {
			total += when_find(toks, n, pub, x, MAX_EXPR);
			/* Keep the compiler from hoisting the call. */
			__asm__ volatile("" : : "g"(toks) : "memory");
		}
		clock_gettime(CLOCK_MONOTONIC, &b);
		t = ((double)(b.tv_sec - a.tv_sec) * 1e9 +
		     (double)(b.tv_nsec - a.tv_nsec)) / rounds;
		if (t < ns)
			ns = t;
	}
	assert_int_equal(total, 0);
	print_message("when_find: %.0f ns for a %zu-token sentence with no date\n", ns, n);
	/* Printed, not checked: bench/ measures speed. */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_article_2025_10_26),
		cmocka_unit_test(test_year_boundary),
		cmocka_unit_test(test_explicit_dates),
		cmocka_unit_test(test_leap_and_month_ends),
		cmocka_unit_test(test_relative_days),
		cmocka_unit_test(test_weekdays),
		cmocka_unit_test(test_months_alone),
		cmocka_unit_test(test_may_and_march),
		cmocka_unit_test(test_weeks_and_periods),
		cmocka_unit_test(test_counted),
		cmocka_unit_test(test_years),
		cmocka_unit_test(test_split_tokens),
		cmocka_unit_test(test_pub_precision),
		cmocka_unit_test(test_no_false_positives),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_order_and_overlap),
		cmocka_unit_test(test_speed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
