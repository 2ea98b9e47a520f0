/*
 * test_date.c - unit tests for date.c: parsing publication dates in the
 * forms feeds use, printing, and the calendar arithmetic when.c relies on.
 */
#include "unit.h"

#include <string.h>

#include "date.h"
#include "dyad.h"

static struct dyad_date parse_ok(const char *s)
{
	struct dyad_date d = { -1, 99 };

	if (dyad_date_parse(s, strlen(s), &d) != DYAD_OK)
		fail_msg("dyad_date_parse rejected \"%s\"", s);
	return d;
}

static void assert_parses(const char *s, const char *want, enum dyad_precision prec)
{
	struct dyad_date d = parse_ok(s);
	char buf[11];

	dyad_date_format(d, buf);
	if (strcmp(buf, want) != 0 || d.precision != prec)
		fail_msg("\"%s\": got %s (%s), want %s (%s)", s, buf,
			 dyad_precision_name(d.precision), want, dyad_precision_name(prec));
}

static void assert_rejects(const char *s)
{
	struct dyad_date d = { 12345678, DYAD_PREC_DAY };
	int rc = dyad_date_parse(s, strlen(s), &d);

	if (rc != DYAD_EPARSE)
		fail_msg("\"%s\" was accepted (rc %d, ymd %d)", s, rc, (int)d.ymd);
	/* A failed parse leaves the output alone. */
	assert_int_equal(d.ymd, 12345678);
}

static void test_parse_iso(void **state)
{
	(void)state;
	assert_parses("2025-10-26", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("2025-10", "2025-10", DYAD_PREC_MONTH);
	assert_parses("2025", "2025", DYAD_PREC_YEAR);
	assert_parses("2025-10-26T09:30:00Z", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("2025-10-26T09:30Z", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("2025-10-26T09:30:00.123456-05:00", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("2025-10-26T23:30:00+0900", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("2025-10-26T23:30:00+09", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("2025-10-26 09:30:00", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("2025-10-26T24:00:00Z", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("20251026", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("2025-299", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("2024-366", "2024-12-31", DYAD_PREC_DAY);
	assert_parses("  2025-10-26\n", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("0001-01-01", "0001-01-01", DYAD_PREC_DAY);
	assert_parses("9999-12-31", "9999-12-31", DYAD_PREC_DAY);
}

/* Local date kept: 23:30 at +09:00 is 14:30 UTC the same day, but 01:00
 * at +09:00 is the previous day in UTC and must still read as the 27th. */
static void test_parse_keeps_local_date(void **state)
{
	(void)state;
	assert_parses("2025-10-27T01:00:00+09:00", "2025-10-27", DYAD_PREC_DAY);
	assert_parses("Mon, 27 Oct 2025 01:00:00 +0900", "2025-10-27", DYAD_PREC_DAY);
}

static void test_parse_rfc2822(void **state)
{
	(void)state;
	assert_parses("Sun, 26 Oct 2025 09:30:00 +0000", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("Sun, 26 Oct 2025 09:30:00 GMT", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("26 Oct 2025 09:30 -0500", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("Sun, 6 Oct 2025 9:30:00 EST", "2025-10-06", DYAD_PREC_DAY);
	assert_parses("Sunday, 26 October 2025 09:30:00 +0000 (UTC)", "2025-10-26",
		      DYAD_PREC_DAY);
	assert_parses("Thu, 29 Feb 2024 12:00:00 Z", "2024-02-29", DYAD_PREC_DAY);
	assert_parses("26 Oct 2025", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("26-Oct-2025", "2025-10-26", DYAD_PREC_DAY);
	/* Obsolete two-digit years: 00-49 are this century. */
	assert_parses("Sun, 26 Oct 25 09:30:00 +0000", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("Fri, 01 Jan 99 00:00:00 GMT", "1999-01-01", DYAD_PREC_DAY);
	/* A wrong weekday is not worth losing the date over. */
	assert_parses("Mon, 26 Oct 2025 09:30:00 +0000", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("Tues, 28 Oct 2025 09:30:00 +0000", "2025-10-28", DYAD_PREC_DAY);
	assert_parses("sun, 26 oct 2025 09:30:00 gmt", "2025-10-26", DYAD_PREC_DAY);
}

static void test_parse_month_first(void **state)
{
	(void)state;
	assert_parses("October 26, 2025", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("Oct. 26, 2025", "2025-10-26", DYAD_PREC_DAY);
	assert_parses("Sept 1 2025 10:00", "2025-09-01", DYAD_PREC_DAY);
	assert_parses("October 2025", "2025-10", DYAD_PREC_MONTH);
	assert_parses("Oct 2025", "2025-10", DYAD_PREC_MONTH);
}

static void test_parse_rejects(void **state)
{
	(void)state;
	assert_rejects("");
	assert_rejects("   ");
	assert_rejects("2025-02-29");           /* not a leap year */
	assert_rejects("1900-02-29");           /* century, not a leap year */
	assert_rejects("2024-02-30");
	assert_rejects("2025-04-31");
	assert_rejects("2025-13-01");
	assert_rejects("2025-00");
	assert_rejects("2025-10-00");
	assert_rejects("0000");
	assert_rejects("0000-01-01");
	assert_rejects("2025-1-5");
	assert_rejects("202");
	assert_rejects("20251");
	assert_rejects("2025-10-26junk");
	assert_rejects("2025-10T10:00");        /* a time needs a full date */
	assert_rejects("2025-10-26T25:00:00Z");
	assert_rejects("2025-10-26T24:30:00Z");
	assert_rejects("2025-10-26T09:60");
	assert_rejects("2025-10-26T09");
	assert_rejects("2025-10-26T09:30+25:00");
	assert_rejects("2025-367");
	assert_rejects("2025-366");
	assert_rejects("Sun, 32 Oct 2025 09:30:00 +0000");
	assert_rejects("Sun, 26 Foo 2025 09:30:00 +0000");
	assert_rejects("Sun, 26 Oct 2025 09:30:00 Eastern Daylight");
	assert_rejects("Sun, 31 Sep 2025");
	assert_rejects("26 Oct 20255");
	assert_rejects("Oct 2025 extra");
	assert_rejects("October");
	assert_rejects("Oct 202");              /* "20" would be a day, "2" no year */
	assert_rejects("yesterday");
	assert_rejects("Sun, 26 Oct 2025 09:30:00 (UTC");
}

/* The length is honoured: nothing past len is read. */
static void test_parse_respects_len(void **state)
{
	const char *s = "2025-10-26T09:30:00Z";
	struct dyad_date d;
	char buf[11];

	(void)state;
	assert_int_equal(dyad_date_parse(s, 7, &d), DYAD_OK);
	dyad_date_format(d, buf);
	assert_string_equal(buf, "2025-10");
	assert_int_equal(dyad_date_parse(s, 10, &d), DYAD_OK);
	assert_int_equal(d.precision, DYAD_PREC_DAY);
	assert_int_equal(dyad_date_parse(s, 12, &d), DYAD_EPARSE);
	assert_int_equal(dyad_date_parse(s, 0, &d), DYAD_EPARSE);
	assert_int_equal(dyad_date_parse(NULL, 0, &d), DYAD_EPARSE);
}

static void test_format(void **state)
{
	struct dyad_date d;
	char buf[11];

	(void)state;
	d.ymd = 20251026; d.precision = DYAD_PREC_DAY;
	dyad_date_format(d, buf);
	assert_string_equal(buf, "2025-10-26");
	d.ymd = 20241100; d.precision = DYAD_PREC_MONTH;
	dyad_date_format(d, buf);
	assert_string_equal(buf, "2024-11");
	d.ymd = 20190000; d.precision = DYAD_PREC_YEAR;
	dyad_date_format(d, buf);
	assert_string_equal(buf, "2019");
	d.ymd = 5; d.precision = DYAD_PREC_DAY;     /* year 0, invalid */
	dyad_date_format(d, buf);
	assert_string_equal(buf, "");
	d.ymd = 20251026; d.precision = DYAD_PREC_NONE;
	dyad_date_format(d, buf);
	assert_string_equal(buf, "");
	d.ymd = 20251026; d.precision = DYAD_PREC_MONTH;    /* stray day */
	dyad_date_format(d, buf);
	assert_string_equal(buf, "");
	d.ymd = 20250230; d.precision = DYAD_PREC_DAY;
	dyad_date_format(d, buf);
	assert_string_equal(buf, "");
	d.ymd = -20251026; d.precision = DYAD_PREC_DAY;
	dyad_date_format(d, buf);
	assert_string_equal(buf, "");
}

static void test_precision_name(void **state)
{
	(void)state;
	assert_string_equal(dyad_precision_name(DYAD_PREC_DAY), "day");
	assert_string_equal(dyad_precision_name(DYAD_PREC_MONTH), "month");
	assert_string_equal(dyad_precision_name(DYAD_PREC_YEAR), "year");
	assert_string_equal(dyad_precision_name(DYAD_PREC_NONE), "none");
	assert_string_equal(dyad_precision_name((enum dyad_precision)42), "none");
}

static void test_days_from_civil(void **state)
{
	int64_t y;
	unsigned m, d;

	(void)state;
	assert_int_equal(date_days_from_civil(1970, 1, 1), 0);
	assert_int_equal(date_days_from_civil(1969, 12, 31), -1);
	assert_int_equal(date_days_from_civil(2000, 3, 1), 11017);
	assert_int_equal(date_days_from_civil(2025, 10, 26), 20387);
	assert_int_equal(date_days_from_civil(1, 1, 1), -719162);
	date_civil_from_days(20387, &y, &m, &d);
	assert_int_equal(y, 2025);
	assert_int_equal(m, 10);
	assert_int_equal(d, 26);
	date_civil_from_days(-719162, &y, &m, &d);
	assert_int_equal(y, 1);
	assert_int_equal(m, 1);
	assert_int_equal(d, 1);
}

/* Every day from 0001-01-01 to 9999-12-31: the day numbers are
 * consecutive and the round trip is exact. */
static void test_days_round_trip_all(void **state)
{
	int64_t z = date_days_from_civil(1, 1, 1), y, yy;
	unsigned m, d, mm, dd;

	(void)state;
	for (y = 1; y <= 9999; y++) {
		for (m = 1; m <= 12; m++) {
			for (d = 1; d <= date_month_days(y, m); d++, z++) {
				if (date_days_from_civil(y, m, d) != z)
					fail_msg("days_from_civil(%lld-%u-%u)", (long long)y, m, d);
				date_civil_from_days(z, &yy, &mm, &dd);
				if (yy != y || mm != m || dd != d)
					fail_msg("civil_from_days(%lld)", (long long)z);
			}
		}
	}
	assert_int_equal(z - 1, date_days_from_civil(9999, 12, 31));
}

static void test_leap_years(void **state)
{
	(void)state;
	assert_true(date_is_leap(2024));
	assert_true(date_is_leap(2000));
	assert_true(date_is_leap(1600));
	assert_false(date_is_leap(1900));
	assert_false(date_is_leap(2100));
	assert_false(date_is_leap(2025));
	assert_int_equal(date_month_days(2024, 2), 29);
	assert_int_equal(date_month_days(2025, 2), 28);
	assert_int_equal(date_month_days(1900, 2), 28);
	assert_int_equal(date_month_days(2000, 2), 29);
	assert_int_equal(date_month_days(2025, 4), 30);
	assert_int_equal(date_month_days(2025, 12), 31);
	assert_int_equal(date_month_days(2025, 0), 0);
	assert_int_equal(date_month_days(2025, 13), 0);
}

static void test_weekday(void **state)
{
	struct dyad_date d;

	(void)state;
	assert_int_equal(date_weekday_from_days(0), 4);         /* Thursday */
	assert_int_equal(date_weekday_from_days(-1), 3);
	assert_int_equal(date_weekday_from_days(-4), 0);
	assert_int_equal(date_weekday_from_days(-5), 6);
	assert_int_equal(date_make(2025, 10, 26, &d), DYAD_OK);
	assert_int_equal(date_weekday(d), 0);                   /* Sunday */
	assert_int_equal(date_make(2026, 1, 3, &d), DYAD_OK);
	assert_int_equal(date_weekday(d), 6);                   /* Saturday */
	assert_int_equal(date_make(2000, 1, 1, &d), DYAD_OK);
	assert_int_equal(date_weekday(d), 6);
	assert_int_equal(date_make(1, 1, 1, &d), DYAD_OK);
	assert_int_equal(date_weekday(d), 1);                   /* Monday */
	assert_int_equal(date_make(2025, 10, 0, &d), DYAD_OK);
	assert_int_equal(date_weekday(d), -1);
}

static void test_make_and_valid(void **state)
{
	struct dyad_date d = { 7, 7 }, bad;

	(void)state;
	assert_int_equal(date_make(2024, 2, 29, &d), DYAD_OK);
	assert_int_equal(d.ymd, 20240229);
	assert_int_equal(d.precision, DYAD_PREC_DAY);
	assert_int_equal(date_make(2024, 2, 0, &d), DYAD_OK);
	assert_int_equal(d.precision, DYAD_PREC_MONTH);
	assert_int_equal(date_make(2024, 0, 0, &d), DYAD_OK);
	assert_int_equal(d.ymd, 20240000);
	assert_int_equal(d.precision, DYAD_PREC_YEAR);
	assert_int_equal(date_make(2025, 2, 29, &d), DYAD_EINPUT);
	assert_int_equal(date_make(2025, 0, 5, &d), DYAD_EINPUT);
	assert_int_equal(date_make(2025, 13, 0, &d), DYAD_EINPUT);
	assert_int_equal(date_make(0, 1, 1, &d), DYAD_EINPUT);
	assert_int_equal(date_make(10000, 1, 1, &d), DYAD_EINPUT);
	assert_int_equal(d.ymd, 20240000);      /* untouched by failures */

	assert_true(date_valid(d));
	bad.ymd = 20240229; bad.precision = DYAD_PREC_MONTH;
	assert_false(date_valid(bad));
	bad.ymd = 20240200; bad.precision = DYAD_PREC_DAY;
	assert_false(date_valid(bad));
	bad.ymd = 20240229; bad.precision = DYAD_PREC_NONE;
	assert_false(date_valid(bad));
	bad.ymd = 20240229; bad.precision = 9;
	assert_false(date_valid(bad));
}

static void assert_date(struct dyad_date d, const char *want)
{
	char buf[11];

	dyad_date_format(d, buf);
	assert_string_equal(buf, want);
}

static void test_add_days(void **state)
{
	struct dyad_date d, r;

	(void)state;
	date_make(2025, 12, 31, &d);
	assert_int_equal(date_add_days(d, 1, &r), DYAD_OK);
	assert_date(r, "2026-01-01");
	date_make(2026, 1, 3, &d);
	assert_int_equal(date_add_days(d, -7, &r), DYAD_OK);
	assert_date(r, "2025-12-27");
	date_make(2024, 3, 1, &d);
	assert_int_equal(date_add_days(d, -1, &r), DYAD_OK);
	assert_date(r, "2024-02-29");
	date_make(2023, 3, 1, &d);
	assert_int_equal(date_add_days(d, -1, &r), DYAD_OK);
	assert_date(r, "2023-02-28");
	date_make(2025, 10, 26, &d);
	assert_int_equal(date_add_days(d, 366, &r), DYAD_OK);
	assert_date(r, "2026-10-27");
	date_make(9999, 12, 31, &d);
	assert_int_equal(date_add_days(d, 1, &r), DYAD_EINPUT);
	date_make(1, 1, 1, &d);
	assert_int_equal(date_add_days(d, -1, &r), DYAD_EINPUT);
	assert_int_equal(date_add_days(d, INT64_MIN, &r), DYAD_EINPUT);
	assert_int_equal(date_add_days(d, INT64_MAX, &r), DYAD_EINPUT);
	date_make(2025, 10, 0, &d);
	assert_int_equal(date_add_days(d, 1, &r), DYAD_EUSAGE);
}

static void test_add_months(void **state)
{
	struct dyad_date d, r;

	(void)state;
	/* Month ends clamp. */
	date_make(2024, 1, 31, &d);
	assert_int_equal(date_add_months(d, 1, &r), DYAD_OK);
	assert_date(r, "2024-02-29");
	date_make(2025, 1, 31, &d);
	assert_int_equal(date_add_months(d, 1, &r), DYAD_OK);
	assert_date(r, "2025-02-28");
	date_make(2025, 3, 31, &d);
	assert_int_equal(date_add_months(d, -1, &r), DYAD_OK);
	assert_date(r, "2025-02-28");
	date_make(2025, 5, 31, &d);
	assert_int_equal(date_add_months(d, 1, &r), DYAD_OK);
	assert_date(r, "2025-06-30");
	/* Year boundaries, both ways. */
	date_make(2026, 1, 0, &d);
	assert_int_equal(date_add_months(d, -1, &r), DYAD_OK);
	assert_date(r, "2025-12");
	assert_int_equal(r.precision, DYAD_PREC_MONTH);
	date_make(2025, 12, 0, &d);
	assert_int_equal(date_add_months(d, 1, &r), DYAD_OK);
	assert_date(r, "2026-01");
	assert_int_equal(date_add_months(d, -25, &r), DYAD_OK);
	assert_date(r, "2023-11");
	assert_int_equal(date_add_months(d, 0, &r), DYAD_OK);
	assert_date(r, "2025-12");
	/* Year precision moves only by whole years. */
	date_make(2025, 0, 0, &d);
	assert_int_equal(date_add_months(d, 24, &r), DYAD_OK);
	assert_date(r, "2027");
	assert_int_equal(date_add_months(d, 5, &r), DYAD_EUSAGE);
	/* Range. */
	date_make(9999, 12, 0, &d);
	assert_int_equal(date_add_months(d, 1, &r), DYAD_EINPUT);
	date_make(1, 1, 0, &d);
	assert_int_equal(date_add_months(d, -1, &r), DYAD_EINPUT);
	assert_int_equal(date_add_months(d, INT64_MIN, &r), DYAD_EINPUT);
	d.ymd = 0; d.precision = DYAD_PREC_NONE;
	assert_int_equal(date_add_months(d, 1, &r), DYAD_EUSAGE);
}

static void test_add_years(void **state)
{
	struct dyad_date d, r;

	(void)state;
	date_make(2024, 2, 29, &d);
	assert_int_equal(date_add_years(d, 1, &r), DYAD_OK);
	assert_date(r, "2025-02-28");
	assert_int_equal(date_add_years(d, 4, &r), DYAD_OK);
	assert_date(r, "2028-02-29");
	assert_int_equal(date_add_years(d, -124, &r), DYAD_OK);
	assert_date(r, "1900-02-28");
	date_make(2025, 11, 0, &d);
	assert_int_equal(date_add_years(d, -1, &r), DYAD_OK);
	assert_date(r, "2024-11");
	assert_int_equal(r.precision, DYAD_PREC_MONTH);
	date_make(2019, 0, 0, &d);
	assert_int_equal(date_add_years(d, 6, &r), DYAD_OK);
	assert_date(r, "2025");
	assert_int_equal(date_add_years(d, 8000, &r), DYAD_EINPUT);
	assert_int_equal(date_add_years(d, INT64_MAX, &r), DYAD_EINPUT);
}

static void test_month_from_name(void **state)
{
	(void)state;
	assert_int_equal(date_month_from_name("January", 7), 1);
	assert_int_equal(date_month_from_name("jan", 3), 1);
	assert_int_equal(date_month_from_name("SEPT", 4), 9);
	assert_int_equal(date_month_from_name("Sep", 3), 9);
	assert_int_equal(date_month_from_name("May", 3), 5);
	assert_int_equal(date_month_from_name("december", 8), 12);
	assert_int_equal(date_month_from_name("Janu", 4), 0);
	assert_int_equal(date_month_from_name("Ja", 2), 0);
	assert_int_equal(date_month_from_name("Octobers", 8), 0);
	assert_int_equal(date_month_from_name("Octo", 4), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_iso),
		cmocka_unit_test(test_parse_keeps_local_date),
		cmocka_unit_test(test_parse_rfc2822),
		cmocka_unit_test(test_parse_month_first),
		cmocka_unit_test(test_parse_rejects),
		cmocka_unit_test(test_parse_respects_len),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_precision_name),
		cmocka_unit_test(test_days_from_civil),
		cmocka_unit_test(test_days_round_trip_all),
		cmocka_unit_test(test_leap_years),
		cmocka_unit_test(test_weekday),
		cmocka_unit_test(test_make_and_valid),
		cmocka_unit_test(test_add_days),
		cmocka_unit_test(test_add_months),
		cmocka_unit_test(test_add_years),
		cmocka_unit_test(test_month_from_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
