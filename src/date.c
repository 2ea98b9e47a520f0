/*
 * date.c - parsing, printing and arithmetic of dates; see date.h and the
 * dates section of dyad.h.
 *
 * Publication dates arrive in whatever form the source used: ISO 8601 from
 * JSON and sitemaps ("2025-10-26", "2025-10-26T09:30:00+09:00"), RFC 2822
 * from RSS feeds ("Sun, 26 Oct 2025 09:30:00 +0000"), sometimes a bare
 * month or year.  dyad_date_parse accepts those and nothing else: a date
 * that cannot be read exactly is rejected rather than guessed, because a
 * wrong publication date silently shifts every relative date in the
 * article.  Arithmetic is done on day numbers (Hinnant's algorithms),
 * never by hand on month lengths.
 */
#include "date.h"

#include <string.h>

/* ---- day numbers ------------------------------------------------------ */

/*
 * Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms".  Shifting
 * the year to start in March puts the leap day last, so the day of the
 * year is a linear formula in the month; eras of 400 years repeat exactly.
 */
int64_t date_days_from_civil(int64_t y, unsigned m, unsigned d)
{
	int64_t era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (int64_t)(m > 2 ? m - 3 : m + 9) + 2) / 5 + (int64_t)d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void date_civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
	int64_t era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (unsigned)(doy - (153 * mp + 2) / 5 + 1);
	*m = (unsigned)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

int date_weekday_from_days(int64_t z)
{
	/* 1970-01-01 was a Thursday (4); keep the remainder non-negative. */
	return (int)(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

int date_is_leap(int64_t y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

unsigned date_month_days(int64_t y, unsigned m)
{
	static const unsigned char days[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m < 1 || m > 12)
		return 0;
	return days[m - 1] + (m == 2 && date_is_leap(y));
}

/* ---- construction ----------------------------------------------------- */

int date_make(int64_t y, unsigned m, unsigned d, struct dyad_date *out)
{
	uint8_t prec;

	if (y < DATE_YEAR_MIN || y > DATE_YEAR_MAX)
		return DYAD_EINPUT;
	if (m == 0) {
		if (d != 0)
			return DYAD_EINPUT;
		prec = DYAD_PREC_YEAR;
	} else if (m > 12) {
		return DYAD_EINPUT;
	} else if (d == 0) {
		prec = DYAD_PREC_MONTH;
	} else if (d > date_month_days(y, m)) {
		return DYAD_EINPUT;
	} else {
		prec = DYAD_PREC_DAY;
	}
	out->ymd = (int32_t)(y * 10000 + m * 100 + d);
	out->precision = prec;
	return DYAD_OK;
}

void date_split(struct dyad_date dt, int32_t *y, unsigned *m, unsigned *d)
{
	*y = dt.ymd / 10000;
	*m = dt.precision >= DYAD_PREC_MONTH ? (unsigned)(dt.ymd / 100 % 100) : 0;
	*d = dt.precision >= DYAD_PREC_DAY ? (unsigned)(dt.ymd % 100) : 0;
}

int date_valid(struct dyad_date dt)
{
	struct dyad_date chk;
	int32_t y = dt.ymd / 10000;
	unsigned m = (unsigned)(dt.ymd / 100 % 100), d = (unsigned)(dt.ymd % 100);

	if (dt.ymd < 0 || dt.precision == DYAD_PREC_NONE ||
	    dt.precision > DYAD_PREC_DAY)
		return 0;
	/* Parts beyond the precision must be zero, or two equal dates could
	 * compare unequal. */
	if (dt.precision < DYAD_PREC_MONTH && m)
		return 0;
	if (dt.precision < DYAD_PREC_DAY && d)
		return 0;
	return date_make(y, m, d, &chk) == DYAD_OK && chk.precision == dt.precision;
}

int date_to_days(struct dyad_date dt, int64_t *z)
{
	int32_t y;
	unsigned m, d;

	if (dt.precision != DYAD_PREC_DAY || !date_valid(dt))
		return DYAD_EUSAGE;
	date_split(dt, &y, &m, &d);
	*z = date_days_from_civil(y, m, d);
	return DYAD_OK;
}

int date_from_days(int64_t z, struct dyad_date *out)
{
	int64_t y;
	unsigned m, d;

	/* Reject before converting so absurd z cannot overflow the era maths. */
	if (z < date_days_from_civil(DATE_YEAR_MIN, 1, 1) ||
	    z > date_days_from_civil(DATE_YEAR_MAX, 12, 31))
		return DYAD_EINPUT;
	date_civil_from_days(z, &y, &m, &d);
	return date_make(y, m, d, out);
}

/* ---- arithmetic ------------------------------------------------------- */

int date_add_days(struct dyad_date dt, int64_t n, struct dyad_date *out)
{
	int64_t z;
	int rc = date_to_days(dt, &z);

	if (rc)
		return rc;
	/* The valid range is under four million days; anything larger can
	 * only fail, and must not overflow on the way. */
	if (n > 4000000 || n < -4000000)
		return DYAD_EINPUT;
	return date_from_days(z + n, out);
}

int date_weekday(struct dyad_date dt)
{
	int64_t z;

	if (date_to_days(dt, &z))
		return -1;
	return date_weekday_from_days(z);
}

int date_add_months(struct dyad_date dt, int64_t n, struct dyad_date *out)
{
	int32_t y;
	unsigned m, d, last;
	int64_t mi;

	if (!date_valid(dt))
		return DYAD_EUSAGE;
	date_split(dt, &y, &m, &d);
	if (dt.precision == DYAD_PREC_YEAR) {
		if (n % 12)
			return DYAD_EUSAGE;
		return date_add_years(dt, n / 12, out);
	}
	if (n > 120000 || n < -120000)
		return DYAD_EINPUT;
	/* Count months from year 0 so one floor division gives both parts. */
	mi = (int64_t)y * 12 + (m - 1) + n;
	if (mi < 0)
		return DYAD_EINPUT;
	m = (unsigned)(mi % 12) + 1;
	if (d) {
		last = date_month_days(mi / 12, m);
		if (d > last)
			d = last;
	}
	return date_make(mi / 12, m, d, out);
}

int date_add_years(struct dyad_date dt, int64_t n, struct dyad_date *out)
{
	int32_t y;
	unsigned m, d;

	if (!date_valid(dt))
		return DYAD_EUSAGE;
	if (n > 10000 || n < -10000)
		return DYAD_EINPUT;
	date_split(dt, &y, &m, &d);
	if (m == 2 && d == 29 && !date_is_leap(y + n))
		d = 28;
	return date_make(y + n, m, d, out);
}

/* ---- names ------------------------------------------------------------ */

static const char *const month_names[12] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};

/* 1 when s (any case) equals the lower-case word w, or with whole == 0
 * its first len letters. */
static int eq_nocase(const char *s, size_t len, const char *w, int whole)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (!w[i] || c != (unsigned char)w[i])
			return 0;
	}
	return !whole || w[len] == '\0';
}

unsigned date_month_from_name(const char *s, size_t len)
{
	unsigned i;

	if (len < 3)
		return 0;
	for (i = 0; i < 12; i++)
		if (eq_nocase(s, len, month_names[i], len != 3))
			return i + 1;
	if (eq_nocase(s, len, "sept", 1))
		return 9;
	return 0;
}

const char *dyad_precision_name(enum dyad_precision p)
{
	switch (p) {
	case DYAD_PREC_DAY: return "day";
	case DYAD_PREC_MONTH: return "month";
	case DYAD_PREC_YEAR: return "year";
	case DYAD_PREC_NONE: break;
	}
	return "none";
}

/* ---- printing --------------------------------------------------------- */

static char *put_digits(char *p, unsigned v, int width)
{
	int i;

	for (i = width - 1; i >= 0; i--) {
		p[i] = (char)('0' + v % 10);
		v /= 10;
	}
	return p + width;
}

/* An invalid date prints as the empty string: printing "0000" or a
 * truncated number would pass garbage on as if it were a date. */
void dyad_date_format(struct dyad_date d, char buf[11])
{
	int32_t y;
	unsigned m, day;
	char *p = buf;

	if (!date_valid(d)) {
		buf[0] = '\0';
		return;
	}
	date_split(d, &y, &m, &day);
	p = put_digits(p, (unsigned)y, 4);
	if (d.precision >= DYAD_PREC_MONTH) {
		*p++ = '-';
		p = put_digits(p, m, 2);
	}
	if (d.precision >= DYAD_PREC_DAY) {
		*p++ = '-';
		p = put_digits(p, day, 2);
	}
	*p = '\0';
}

/* ---- parsing ---------------------------------------------------------- */

struct cur {
	const char *s;
	size_t i, n;
};

static int at_end(const struct cur *c)
{
	return c->i >= c->n;
}

static int peek(const struct cur *c)
{
	return c->i < c->n ? (unsigned char)c->s[c->i] : -1;
}

static int is_digit(int ch)
{
	return ch >= '0' && ch <= '9';
}

static int is_alpha(int ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static int is_space(int ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' ||
	       ch == '\f' || ch == '\v';
}

static void skip_space(struct cur *c)
{
	while (!at_end(c) && is_space(peek(c)))
		c->i++;
}

/* Read between min and max digits; returns the count read (0 if fewer
 * than min, with the cursor left where it was). */
static int digits(struct cur *c, int min, int max, unsigned *v)
{
	size_t start = c->i;
	unsigned x = 0;
	int k = 0;

	while (k < max && is_digit(peek(c))) {
		x = x * 10 + (unsigned)(peek(c) - '0');
		c->i++;
		k++;
	}
	if (k < min) {
		c->i = start;
		return 0;
	}
	*v = x;
	return k;
}

static int accept(struct cur *c, int ch)
{
	if (peek(c) == ch) {
		c->i++;
		return 1;
	}
	return 0;
}

/* Length of the run of letters at the cursor. */
static size_t word_len(const struct cur *c)
{
	size_t k = c->i;

	while (k < c->n && is_alpha((unsigned char)c->s[k]))
		k++;
	return k - c->i;
}

/*
 * hh:mm[:ss[.frac]] then an optional zone.  The time is checked and
 * thrown away: the calendar date stays the one the publisher wrote, not
 * the UTC date, because "today" and "yesterday" in the article mean the
 * publisher's local day.
 */
static int parse_time(struct cur *c, int iso)
{
	unsigned hh, mm, ss = 0, v;
	size_t w;

	/* Text dates from feeds write "9:30" as often as "09:30". */
	if (!digits(c, iso ? 2 : 1, 2, &hh) || !accept(c, ':') || !digits(c, 2, 2, &mm))
		return DYAD_EPARSE;
	if (accept(c, ':')) {
		if (!digits(c, 2, 2, &ss))
			return DYAD_EPARSE;
		if (accept(c, '.') || accept(c, ',')) {
			if (!digits(c, 1, 9, &v))
				return DYAD_EPARSE;
			while (is_digit(peek(c)))
				c->i++;
		}
	}
	/* 24:00 is ISO's end of day; :60 is a leap second. */
	if (hh > 24 || mm > 59 || ss > 60 || (hh == 24 && (mm || ss)))
		return DYAD_EPARSE;
	if (!iso)
		skip_space(c);
	if (accept(c, 'Z') || accept(c, 'z'))
		return DYAD_OK;
	if (peek(c) == '+' || peek(c) == '-') {
		c->i++;
		if (!digits(c, 2, 2, &hh))
			return DYAD_EPARSE;
		if (accept(c, ':')) {
			if (!digits(c, 2, 2, &mm))
				return DYAD_EPARSE;
		} else if (!digits(c, 2, 2, &mm)) {
			mm = 0;         /* ISO allows "+09" alone */
		}
		if (hh > 23 || mm > 59)
			return DYAD_EPARSE;
		return DYAD_OK;
	}
	if (!iso) {
		/* RFC 2822 names (GMT, UT, EST...), military letters, and
		 * whatever else feeds put there: a short alphabetic zone. */
		w = word_len(c);
		if (w > 0 && w <= 5)
			c->i += w;
		else if (w > 5)
			return DYAD_EPARSE;
	}
	return DYAD_OK;
}

static int parse_iso(struct cur *c, struct dyad_date *out)
{
	unsigned y, m = 0, d = 0, doy;
	int64_t z;
	int rc, k;

	k = digits(c, 4, 8, &y);
	if (k == 8) {
		/* Basic format YYYYMMDD. */
		d = y % 100;
		m = y / 100 % 100;
		y /= 10000;
		if (!d || !m)
			return DYAD_EPARSE;
	} else if (k != 4) {
		return DYAD_EPARSE;
	} else if (accept(c, '-')) {
		k = digits(c, 2, 3, &m);
		if (k == 3) {
			/* Ordinal date YYYY-DDD. */
			doy = m;
			if (doy < 1 || doy > 365u + date_is_leap(y))
				return DYAD_EPARSE;
			z = date_days_from_civil(y, 1, 1) + doy - 1;
			rc = date_from_days(z, out);
			if (rc)
				return DYAD_EPARSE;
			goto time;
		}
		if (k != 2 || m == 0)
			return DYAD_EPARSE;
		if (accept(c, '-')) {
			if (digits(c, 2, 2, &d) != 2 || d == 0)
				return DYAD_EPARSE;
		}
	}
	if (date_make(y, m, d, out))
		return DYAD_EPARSE;
time:
	if (at_end(c))
		return DYAD_OK;
	/* A time only follows a full date. */
	if (out->precision != DYAD_PREC_DAY)
		return DYAD_EPARSE;
	if (!accept(c, 'T') && !accept(c, 't') && !accept(c, ' '))
		return DYAD_EPARSE;
	if (parse_time(c, 1))
		return DYAD_EPARSE;
	return at_end(c) ? DYAD_OK : DYAD_EPARSE;
}

static const char *const day_names[7] = {
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday"
};

static int is_day_name(const char *s, size_t len)
{
	int i;

	/* Full names, "Sun", and the longer "Tues" and "Thurs". */
	for (i = 0; i < 7; i++) {
		if (eq_nocase(s, len, day_names[i], 1))
			return 1;
		if (len == 3 && eq_nocase(s, len, day_names[i], 0))
			return 1;
	}
	return eq_nocase(s, len, "tues", 1) || eq_nocase(s, len, "thurs", 1);
}

/*
 * RFC 2822: [Day,] DD Mon YYYY [hh:mm[:ss] zone], with the obsolete
 * two-digit years (00-49 are 20xx).  The weekday is not checked against
 * the date: feeds get it wrong often enough that rejecting would lose
 * good dates for a redundant field.  Month-first text dates ("October 26,
 * 2025", "Oct 26 2025 09:30") come through the same door.
 */
static int parse_text(struct cur *c, struct dyad_date *out)
{
	unsigned d = 0, m, y = 0;
	size_t w;
	int k;

	w = word_len(c);
	if (w && is_day_name(c->s + c->i, w)) {
		c->i += w;
		accept(c, '.');
		accept(c, ',');
		skip_space(c);
	}
	if (is_digit(peek(c))) {
		if (!digits(c, 1, 2, &d) || is_digit(peek(c)))
			return DYAD_EPARSE;
		skip_space(c);
		accept(c, '-');         /* "26-Oct-2025" */
		w = word_len(c);
		m = date_month_from_name(c->s + c->i, w);
		if (!m)
			return DYAD_EPARSE;
		c->i += w;
		accept(c, '.');
		accept(c, '-');
		skip_space(c);
	} else {
		w = word_len(c);
		m = date_month_from_name(c->s + c->i, w);
		if (!m)
			return DYAD_EPARSE;
		c->i += w;
		accept(c, '.');
		skip_space(c);
		k = digits(c, 1, 4, &d);
		if (k == 4) {
			/* "October 2025": a month, and nothing may follow. */
			skip_space(c);
			if (!at_end(c) || date_make(d, m, 0, out))
				return DYAD_EPARSE;
			return DYAD_OK;
		}
		if (k == 0 || k > 2)
			return DYAD_EPARSE;
		accept(c, ',');
		skip_space(c);
	}
	k = digits(c, 2, 4, &y);
	if (k == 0 || (k == 4 && is_digit(peek(c))))
		return DYAD_EPARSE;
	if (k == 2)
		y += y < 50 ? 2000 : 1900;
	else if (k == 3)
		y += 1900;
	if (d == 0 || date_make(y, m, d, out))
		return DYAD_EPARSE;
	skip_space(c);
	if (at_end(c))
		return DYAD_OK;
	if (parse_time(c, 0))
		return DYAD_EPARSE;
	skip_space(c);
	/* A trailing comment such as "(PDT)". */
	if (accept(c, '(')) {
		while (!at_end(c) && peek(c) != ')')
			c->i++;
		if (!accept(c, ')'))
			return DYAD_EPARSE;
		skip_space(c);
	}
	return at_end(c) ? DYAD_OK : DYAD_EPARSE;
}

int dyad_date_parse(const char *s, size_t len, struct dyad_date *out)
{
	struct cur c = { s, 0, len };
	struct dyad_date d;
	int rc;

	if (!s)
		return DYAD_EPARSE;
	/* Trailing spaces are trimmed; inside, the grammar decides. */
	while (c.n > 0 && is_space((unsigned char)s[c.n - 1]))
		c.n--;
	skip_space(&c);
	if (at_end(&c))
		return DYAD_EPARSE;
	if (is_digit(peek(&c)) && c.n - c.i >= 4 && is_digit((unsigned char)s[c.i + 1]) &&
	    is_digit((unsigned char)s[c.i + 2]) && is_digit((unsigned char)s[c.i + 3]))
		rc = parse_iso(&c, &d);
	else
		rc = parse_text(&c, &d);
	if (rc == DYAD_OK)
		*out = d;
	return rc;
}
