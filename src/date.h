/*
 * date.h - calendar arithmetic on struct dyad_date.
 *
 * The public side (dyad.h) parses and prints dates; this is the arithmetic
 * the pipeline needs to resolve "three days ago" or "last November"
 * against an article's publication date.  Day counts use Howard Hinnant's
 * days_from_civil/civil_from_days algorithms on the proleptic Gregorian
 * calendar, counted from 1970-01-01 (day 0, a Thursday).
 *
 * A dyad_date packs y*10000 + m*100 + d into ymd; month and day are 0 when
 * the precision does not reach them.  Only years DATE_YEAR_MIN through
 * DATE_YEAR_MAX are valid, which keeps ymd positive and YYYY four digits.
 * Nothing here allocates.
 */
#ifndef DYAD_DATE_H
#define DYAD_DATE_H

#include <stdint.h>

#include "dyad.h"

#define DATE_YEAR_MIN 1
#define DATE_YEAR_MAX 9999

/* Days since 1970-01-01 of y-m-d; m in 1..12, d in 1..31.  Any year is
 * accepted here; validation is the caller's (see date_valid). */
int64_t date_days_from_civil(int64_t y, unsigned m, unsigned d);
/* The inverse: the civil date of day z since 1970-01-01 (OUT: y, m, d). */
void date_civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d);
/* 0 = Sunday ... 6 = Saturday, for day z since 1970-01-01. */
int date_weekday_from_days(int64_t z);

int date_is_leap(int64_t y);
/* Days in month m of year y; 0 when m is not 1..12. */
unsigned date_month_days(int64_t y, unsigned m);

/* Build a date whose precision follows from the zeros: (y, 0, 0) is a
 * year, (y, m, 0) a month, (y, m, d) a day.  Returns DYAD_OK, or
 * DYAD_EINPUT when the year is out of range, the month is not 1..12 or
 * the day does not exist in that month (out is then untouched). */
int date_make(int64_t y, unsigned m, unsigned d, struct dyad_date *out);
/* Split into parts (OUT: y, m, d); parts beyond the precision are 0. */
void date_split(struct dyad_date dt, int32_t *y, unsigned *m, unsigned *d);
/* 1 when dt is a well-formed date at its stated precision. */
int date_valid(struct dyad_date dt);

/* Days since 1970-01-01 of a day-precision date (OUT: z).  Returns
 * DYAD_OK, or DYAD_EUSAGE when dt has no day or is malformed. */
int date_to_days(struct dyad_date dt, int64_t *z);
/* The day-precision date of day z.  DYAD_EINPUT when out of range. */
int date_from_days(int64_t z, struct dyad_date *out);

/* Shift a day-precision date by n days.  DYAD_EUSAGE when dt has no day
 * or is malformed, DYAD_EINPUT when the result leaves the valid years.
 * The same two codes mean the same for the month and year shifts below. */
int date_add_days(struct dyad_date dt, int64_t n, struct dyad_date *out);
/* 0 = Sunday ... 6 = Saturday; -1 when dt has no day. */
int date_weekday(struct dyad_date dt);

/* Shift by n months, keeping the precision.  A day past the end of the
 * new month is clamped to it (Jan 31 + 1 month = Feb 28 or 29), which is
 * what "a month after January 31" means in prose.  A year-precision date
 * can only move by whole years: DYAD_EUSAGE when n is not a multiple of
 * 12, since any other answer would invent or drop a month. */
int date_add_months(struct dyad_date dt, int64_t n, struct dyad_date *out);
/* Shift by n years, keeping the precision; Feb 29 becomes Feb 28 in a
 * common year. */
int date_add_years(struct dyad_date dt, int64_t n, struct dyad_date *out);

/* Month 1..12 for an English month name or its three-letter abbreviation
 * (also "Sept"), any case, no period; 0 otherwise. */
unsigned date_month_from_name(const char *s, size_t len);

#endif
