/*
 * when.c - finding and resolving temporal expressions; see when.h for what
 * each expression resolves to.
 *
 * The scan is head-driven.  Every expression has a head word that can be
 * recognised alone: a month, a weekday, "today", a unit ("week", "days"),
 * a time of day, a four-digit year or an ISO date.  Most tokens are
 * rejected by their first byte and length before any string compare; only
 * at a head do we look left for modifiers ("last", "three", "early", a day
 * number) and right for complements ("ago", "morning", ", 2025").  A left
 * extension never reaches into the previous expression.
 *
 * The hard part is words that are not always dates: "May" the modal verb
 * or the surname, "March" the verb, "Jan" the first name, "2000 troops".
 * Each is accepted only in a context that makes it a date, listed where
 * it is tested.
 */
#include "when.h"

#include <string.h>

#include "date.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* ---- words ------------------------------------------------------------ */

enum head_kind {
	H_NONE = 0,
	H_MONTH,        /* val 1..12 */
	H_WDAY,         /* val 0 = Sunday .. 6 */
	H_REL,          /* today, yesterday...: val is the offset + 1 */
	H_UNIT,         /* val enum unit */
	H_TOD,          /* morning, night...: val 1 for night/evening */
	H_YEAR,         /* a bare four-digit year; val unused, see year */
	H_ISO,          /* 2025-10-26 */
};

enum unit { U_DAY, U_WEEK, U_WEEKEND, U_MONTH, U_YEAR };

#define F_CAP   1       /* only a head when capitalised */
#define F_ABBR  2       /* month abbreviation: needs a number or a cue */
#define F_AMBIG 4       /* May, March: an English word too */
#define F_PLUR  8       /* plural unit */

struct word {
	const char *w;
	uint8_t len, kind, val, flags;
};

struct head {
	uint8_t kind, val, flags;
	uint8_t dot;            /* the token ended in '.' */
	uint8_t mid;            /* "mid-November" as one token */
	int32_t year;           /* H_YEAR */
	struct dyad_date iso;   /* H_ISO */
};

#define W(s, k, v, f) { s, sizeof(s) - 1, k, v, f }

static const struct word words_a[] = {
	W("april", H_MONTH, 4, F_CAP),
	W("apr", H_MONTH, 4, F_CAP | F_ABBR),
	W("august", H_MONTH, 8, F_CAP),
	W("aug", H_MONTH, 8, F_CAP | F_ABBR),
	W("afternoon", H_TOD, 0, 0),
};
static const struct word words_d[] = {
	W("december", H_MONTH, 12, F_CAP),
	W("dec", H_MONTH, 12, F_CAP | F_ABBR),
	W("day", H_UNIT, U_DAY, 0),
	W("days", H_UNIT, U_DAY, F_PLUR),
};
static const struct word words_e[] = {
	W("evening", H_TOD, 1, 0),
};
static const struct word words_f[] = {
	W("february", H_MONTH, 2, F_CAP),
	W("feb", H_MONTH, 2, F_CAP | F_ABBR),
	W("friday", H_WDAY, 5, F_CAP),
};
static const struct word words_j[] = {
	W("january", H_MONTH, 1, F_CAP),
	W("jan", H_MONTH, 1, F_CAP | F_ABBR),
	W("june", H_MONTH, 6, F_CAP),
	W("jun", H_MONTH, 6, F_CAP | F_ABBR),
	W("july", H_MONTH, 7, F_CAP),
	W("jul", H_MONTH, 7, F_CAP | F_ABBR),
};
static const struct word words_m[] = {
	W("march", H_MONTH, 3, F_CAP | F_AMBIG),
	W("mar", H_MONTH, 3, F_CAP | F_ABBR),
	W("may", H_MONTH, 5, F_CAP | F_AMBIG),
	W("monday", H_WDAY, 1, F_CAP),
	W("month", H_UNIT, U_MONTH, 0),
	W("months", H_UNIT, U_MONTH, F_PLUR),
	W("morning", H_TOD, 0, 0),
};
static const struct word words_n[] = {
	W("november", H_MONTH, 11, F_CAP),
	W("nov", H_MONTH, 11, F_CAP | F_ABBR),
	W("night", H_TOD, 1, 0),
};
static const struct word words_o[] = {
	W("october", H_MONTH, 10, F_CAP),
	W("oct", H_MONTH, 10, F_CAP | F_ABBR),
};
static const struct word words_s[] = {
	W("september", H_MONTH, 9, F_CAP),
	W("sept", H_MONTH, 9, F_CAP | F_ABBR),
	W("sep", H_MONTH, 9, F_CAP | F_ABBR),
	W("sunday", H_WDAY, 0, F_CAP),
	W("saturday", H_WDAY, 6, F_CAP),
};
static const struct word words_t[] = {
	W("tuesday", H_WDAY, 2, F_CAP),
	W("thursday", H_WDAY, 4, F_CAP),
	W("today", H_REL, 1, 0),
	W("tonight", H_REL, 1, 0),
	W("tomorrow", H_REL, 2, 0),
};
static const struct word words_w[] = {
	W("wednesday", H_WDAY, 3, F_CAP),
	W("week", H_UNIT, U_WEEK, 0),
	W("weeks", H_UNIT, U_WEEK, F_PLUR),
	W("weekend", H_UNIT, U_WEEKEND, 0),
};
static const struct word words_y[] = {
	W("yesterday", H_REL, 0, 0),
	W("year", H_UNIT, U_YEAR, 0),
	W("years", H_UNIT, U_YEAR, F_PLUR),
};

static const struct bucket {
	const struct word *w;
	uint8_t n;
} buckets[26] = {
#define B(c, a) [c - 'a'] = { a, ARRAY_SIZE(a) }
	B('a', words_a), B('d', words_d), B('e', words_e), B('f', words_f),
	B('j', words_j), B('m', words_m), B('n', words_n), B('o', words_o),
	B('s', words_s), B('t', words_t), B('w', words_w), B('y', words_y),
#undef B
};

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static int is_upper(int c)
{
	return c >= 'A' && c <= 'Z';
}

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* s[0..len) equals the lower-case word w, ignoring case. */
static int eq_word(const char *s, size_t len, const char *w)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!w[i] || lower((unsigned char)s[i]) != (unsigned char)w[i])
			return 0;
	return w[len] == '\0';
}

static int is_w(const struct when_tok *t, const char *w)
{
	return t && eq_word(t->s, t->len, w);
}

/* t is one of the NULL-terminated list. */
static int is_any(const struct when_tok *t, const char *const *list)
{
	if (!t)
		return 0;
	for (; *list; list++)
		if (eq_word(t->s, t->len, *list))
			return 1;
	return 0;
}

static int is_punct(const struct when_tok *t, char c)
{
	return t && t->len == 1 && t->s[0] == c;
}

/* A token that starts a word or a number, as opposed to punctuation. */
static int is_wordish(const struct when_tok *t)
{
	unsigned char c;

	if (!t || !t->len)
		return 0;
	c = (unsigned char)t->s[0];
	/* UTF-8 letters lead with 0xC3 and up; 0xE2 leads dashes and quotes. */
	return is_digit(c) || (unsigned)(lower(c) - 'a') < 26 ||
	       (c >= 0xC3 && c != 0xE2);
}

/* Length of t without a possessive "'s" or "’s". */
static uint32_t strip_possessive(const struct when_tok *t)
{
	const unsigned char *s = (const unsigned char *)t->s;
	uint32_t n = t->len;

	if (n > 3 && lower(s[n - 1]) == 's') {
		if (s[n - 2] == '\'')
			return n - 2;
		if (n > 5 && s[n - 4] == 0xE2 && s[n - 3] == 0x80 && s[n - 2] == 0x99)
			return n - 4;
	}
	return n;
}

/* ---- numbers ---------------------------------------------------------- */

/* A day of the month: 1-31 in one or two digits, "26th" allowed. */
static unsigned day_num(const struct when_tok *t)
{
	unsigned v = 0;
	uint32_t i = 0;

	if (!t)
		return 0;
	while (i < t->len && i < 2 && is_digit((unsigned char)t->s[i]))
		v = v * 10 + (unsigned)(t->s[i++] - '0');
	if (i == 0 || v < 1 || v > 31)
		return 0;
	if (i == t->len)
		return v;
	if (t->len - i == 2 && (eq_word(t->s + i, 2, "st") || eq_word(t->s + i, 2, "nd") ||
				eq_word(t->s + i, 2, "rd") || eq_word(t->s + i, 2, "th")))
		return v;
	return 0;
}

/* Four digits exactly; -1 otherwise. */
static int32_t four_digits(const struct when_tok *t)
{
	int32_t v = 0;
	int i;

	if (!t || t->len != 4)
		return -1;
	for (i = 0; i < 4; i++) {
		if (!is_digit((unsigned char)t->s[i]))
			return -1;
		v = v * 10 + (t->s[i] - '0');
	}
	return v;
}

#define YEAR_MIN 1900
#define YEAR_MAX 2100

/* How many: "three", "a", "12". */
static int count_of(const struct when_tok *t)
{
	static const char *const nums[] = {
		"one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve"
	};
	unsigned i;

	if (!t || !t->len)
		return 0;
	if (is_digit((unsigned char)t->s[0])) {
		if (t->len == 1)
			return t->s[0] - '0';
		if (t->len == 2 && is_digit((unsigned char)t->s[1]))
			return (t->s[0] - '0') * 10 + (t->s[1] - '0');
		return 0;
	}
	if (is_w(t, "a") || is_w(t, "an"))
		return 1;
	for (i = 0; i < ARRAY_SIZE(nums); i++)
		if (eq_word(t->s, t->len, nums[i]))
			return (int)i + 1;
	return 0;
}

/* ---- heads ------------------------------------------------------------ */

static int classify_word(const char *s, uint32_t len, struct head *h)
{
	const struct bucket *b;
	unsigned c = (unsigned)lower((unsigned char)s[0]) - 'a';
	uint8_t i;

	if (c >= 26)
		return 0;
	b = &buckets[c];
	for (i = 0; i < b->n; i++) {
		const struct word *w = &b->w[i];
		if (w->len != len || !eq_word(s, len, w->w))
			continue;
		if ((w->flags & F_CAP) && !is_upper((unsigned char)s[0]))
			return 0;
		h->kind = w->kind;
		h->val = w->val;
		h->flags = w->flags;
		return 1;
	}
	return 0;
}

/*
 * Is token t the head of an expression?  This runs on every token, so the
 * cheap rejections come first: length, then the first byte.
 */
static int classify(const struct when_tok *t, struct head *h)
{
	const unsigned char *s = (const unsigned char *)t->s;
	uint32_t len = t->len;
	unsigned c;
	int32_t y;

	if (len < 3 || len > 25)
		return 0;
	c = s[0];
	if (!is_digit(c)) {
		/* Folds A-Z onto a-z; anything else lands outside 0..25. */
		c = (c | 0x20) - 'a';
		if (c >= 26 || !buckets[c].n)
			return 0;
	}
	memset(h, 0, sizeof(*h));
	if (is_digit(s[0])) {
		if (len == 4) {
			y = four_digits(t);
			if (y < YEAR_MIN || y > YEAR_MAX)
				return 0;
			h->kind = H_YEAR;
			h->year = y;
			return 1;
		}
		/* 2025-10-26, perhaps with a time glued on: 2025-10-26T09:30Z */
		if (len >= 10 && s[4] == '-' && s[7] == '-' &&
		    (len == 10 || s[10] == 'T') &&
		    dyad_date_parse(t->s, 10, &h->iso) == DYAD_OK &&
		    h->iso.precision == DYAD_PREC_DAY) {
			h->kind = H_ISO;
			return 1;
		}
		return 0;
	}
	/* "mid-November", "mid-2024" */
	if (len > 4 && s[3] == '-' && eq_word(t->s, 3, "mid")) {
		struct when_tok rest = { t->s + 4, len - 4 };
		y = four_digits(&rest);
		if (y >= YEAR_MIN && y <= YEAR_MAX) {
			h->kind = H_YEAR;
			h->year = y;
			h->mid = 1;
			return 1;
		}
		if (classify_word(rest.s, rest.len, h) && h->kind == H_MONTH) {
			h->mid = 1;
			return 1;
		}
		return 0;
	}
	len = strip_possessive(t);
	if (len > 3 && s[len - 1] == '.') {
		len--;
		h->dot = 1;
	}
	if (len < 3 || len > 9)
		return 0;
	return classify_word(t->s, len, h);
}

/* ---- context ---------------------------------------------------------- */

struct pub {
	int prec;
	int32_t y;
	unsigned m, d;
	int64_t z;              /* day number when prec is DAY */
	int wd;                 /* weekday of z */
};

struct ctx {
	const struct when_tok *t;
	size_t n;
	struct pub pub;         /* filled at the first head: most sentences have none */
	struct when_expr *out;
	size_t n_out, max;
	size_t lo;              /* first token a new expression may take */
};

static const struct when_tok *tok_at(const struct ctx *c, size_t i)
{
	return i < c->n ? &c->t[i] : NULL;
}

/* Token i - k, or NULL before the start of the sentence. */
static const struct when_tok *before(const struct ctx *c, size_t i, size_t k)
{
	return i >= k ? &c->t[i - k] : NULL;
}

static const struct dyad_date no_date = { 0, DYAD_PREC_NONE };

static size_t emit(struct ctx *c, size_t s, size_t e, struct dyad_date d,
		   int relative)
{
	struct when_expr *x;

	if (c->n_out >= c->max)
		return e;
	x = &c->out[c->n_out++];
	x->tok = (uint32_t)s;
	x->n_tok = (uint32_t)(e - s);
	x->date = d;
	x->relative = d.precision != DYAD_PREC_NONE ? relative : 0;
	return e;
}

static struct dyad_date day_date(int64_t z)
{
	struct dyad_date d;

	return date_from_days(z, &d) ? no_date : d;
}

static struct dyad_date make_date(int64_t y, unsigned m, unsigned d)
{
	struct dyad_date out;

	return date_make(y, m, d, &out) ? no_date : out;
}

/* Monday of the publication week; weeks run Monday to Sunday as in ISO
 * 8601 and in most news style guides. */
static int64_t pub_monday(const struct pub *p)
{
	return p->z - (p->wd + 6) % 7;
}

/*
 * Words that, right before a May, a March or an abbreviation, make it a
 * month: "in May", "since March", "early Oct.".  "the" is absent on
 * purpose: "the May government" is Theresa May's.
 */
static const char *const month_cues[] = {
	"in", "on", "since", "until", "till", "by", "from", "through",
	"during", "last", "next", "this", "early", "late", "mid", "of",
	"before", "after", "between", "around", "throughout", NULL
};

/* Prepositions and modifiers after which 1900-2100 is a year. */
static const char *const year_cues[] = {
	"in", "since", "of", "by", "until", "till", "before", "after",
	"during", "from", "through", "throughout", "circa", "early", "late",
	"mid", NULL
};

/* Words a year is a modifier after: "the 2019 summit", "their 2019". */
static const char *const determiners[] = {
	"the", "their", "his", "her", "its", "our", "your", "my", "this",
	"that", "these", "those", "whose", "a", "an", NULL
};

/* A number before these counts things, it is not a year. */
static const char *const count_nouns[] = {
	"people", "persons", "troops", "soldiers", "men", "women", "children",
	"civilians", "refugees", "migrants", "protesters", "demonstrators",
	"police", "policemen", "officers", "workers", "students", "prisoners",
	"detainees", "fighters", "militants", "rebels", "residents",
	"families", "homes", "houses", "buildings", "km", "kilometers",
	"kilometres", "miles", "meters", "metres", "feet", "tons", "tonnes",
	"barrels", "dollars", "euros", "pounds", "yuan", "yen", "won",
	"rubles", "roubles", "rupees", "votes", "seats", "members", "cases",
	"deaths", "dead", "casualties", "units", "rounds", "rockets",
	"missiles", "shells", "drones", "vehicles", "tanks", "times",
	"percent", "%", "hours", "hrs", "gmt", "utc", "local", "jobs",
	"acres", "hectares", NULL
};

/* ... and after these. */
static const char *const count_cues[] = {
	"about", "some", "nearly", "over", "than", "approximately", "almost",
	"roughly", "least", "only", "just", "another", "additional", "around",
	"under", "exactly", "estimated", "at", "total", "up", NULL
};

/* Earlier in the clause, these make "on Sunday" the next Sunday. */
static const char *const future_cues[] = {
	"will", "'ll", "\xe2\x80\x99ll", "shall", "wo", "won't",
	"won\xe2\x80\x99t", "scheduled", "expected", "due", "upcoming",
	"planned", "plans", "plan", "intends", "intend", NULL
};

static const char *const clause_ends[] = {
	",", ";", ":", "(", ")", "\xe2\x80\x94", "\xe2\x80\x93", "--", NULL
};

/* Is there a future cue in the clause before token s?  Looks back at
 * most eight tokens and stops at punctuation, which is enough for "Trump
 * will arrive on Wednesday" without reaching into the previous clause. */
static int future_before(const struct ctx *c, size_t s)
{
	const struct when_tok *t;
	size_t k;

	if (s > 0 && is_w(&c->t[s - 1], "since"))
		return 0;
	for (k = 1; k <= 8 && k <= s; k++) {
		t = &c->t[s - k];
		if (is_any(t, clause_ends))
			return 0;
		if (is_any(t, future_cues))
			return 1;
		/* "he'll" as one token */
		if ((t->len > 3 && eq_word(t->s + t->len - 3, 3, "'ll")) ||
		    (t->len > 5 && eq_word(t->s + t->len - 5, 5, "\xe2\x80\x99ll")))
			return 1;
	}
	return 0;
}

/* The expression just before token s (skipping one connector token such
 * as "and" or "-"), if it has at least precision prec: "April and May",
 * "from 2019 to 2021". */
static int continues(const struct ctx *c, size_t s, int prec)
{
	static const char *const connectors[] = {
		"and", "or", "to", "through", "until", "-",
		"\xe2\x80\x93", NULL
	};
	const struct when_expr *x;

	if (!c->n_out || s < 1)
		return 0;
	x = &c->out[c->n_out - 1];
	return x->tok + x->n_tok == s - 1 && x->date.precision >= prec &&
	       is_any(&c->t[s - 1], connectors);
}

/* The publication date cut to precision prec; NONE when it is less
 * precise than that. */
static struct dyad_date pub_date(const struct ctx *c, int prec)
{
	const struct pub *p = &c->pub;

	if (p->prec < prec || prec == DYAD_PREC_NONE)
		return no_date;
	return make_date(p->y, prec >= DYAD_PREC_MONTH ? p->m : 0,
			 prec >= DYAD_PREC_DAY ? p->d : 0);
}

/*
 * The anchor for "three days later" and "the next day": the latest
 * expression earlier in this sentence, or the publication date when there
 * is none.  Returns 0 when the anchor is too coarse for the unit ("in
 * March ... two weeks later") or unresolved itself: counting from the
 * publication date instead would be confidently wrong.
 */
static int anchor(const struct ctx *c, int prec, struct dyad_date *d, int *rel)
{
	const struct when_expr *x;

	if (c->n_out) {
		x = &c->out[c->n_out - 1];
		*d = x->date;
		*rel = x->relative;
		return x->date.precision >= prec && x->date.precision != DYAD_PREC_NONE;
	}
	*d = pub_date(c, prec);
	*rel = 1;
	return d->precision != DYAD_PREC_NONE;
}

/* Shift d by n of unit u, at the unit's natural precision; NONE stays
 * NONE. */
static struct dyad_date shift(struct dyad_date d, enum unit u, int64_t n)
{
	struct dyad_date out;
	int rc;

	if (d.precision == DYAD_PREC_NONE)
		return no_date;
	switch (u) {
	case U_DAY:
		rc = date_add_days(d, n, &out);
		break;
	case U_WEEK:
	case U_WEEKEND:
		rc = date_add_days(d, 7 * n, &out);
		break;
	case U_MONTH:
		rc = date_add_months(d, n, &out);
		if (!rc && out.precision == DYAD_PREC_DAY)
			out = make_date(out.ymd / 10000, (unsigned)(out.ymd / 100 % 100), 0);
		break;
	case U_YEAR:
	default:
		rc = date_add_years(d, n, &out);
		if (!rc)
			out = make_date(out.ymd / 10000, 0, 0);
		break;
	}
	return rc ? no_date : out;
}

static int unit_prec(enum unit u)
{
	return u == U_MONTH ? DYAD_PREC_MONTH :
	       u == U_YEAR ? DYAD_PREC_YEAR : DYAD_PREC_DAY;
}

/* Absorb time-of-day words after token e: "Sunday morning". */
static size_t time_of_day(const struct ctx *c, size_t e)
{
	static const char *const tod[] = {
		"morning", "afternoon", "evening", "night", "overnight", NULL
	};

	if (is_any(tok_at(c, e), tod))
		e++;
	return e;
}

/* ---- months ----------------------------------------------------------- */

/* Is token i a month name (by itself, before any context check)? */
static int month_token(const struct ctx *c, size_t i)
{
	struct head h;
	const struct when_tok *t = tok_at(c, i);

	return t && classify(t, &h) && h.kind == H_MONTH;
}

static int is_weekday_token(const struct when_tok *t)
{
	struct head h;

	return t && classify(t, &h) && h.kind == H_WDAY;
}

/*
 * The year after a month or a day, at token k: "Oct. 26, 1918", "May
 * 2019".  The month makes it a date, so history back to 1000 is allowed,
 * unlike a bare year; but after a comma a number may start the next
 * clause ("In March, 2000 troops ..."), so there only 1900-2100 count,
 * and never before a counted noun.  Returns the year or 0.
 */
static int32_t attached_year(const struct ctx *c, size_t k, int after_comma)
{
	int32_t y = four_digits(tok_at(c, k));

	if (after_comma ? y < YEAR_MIN || y > YEAR_MAX : y < 1000 || y > 2999)
		return 0;
	return is_any(tok_at(c, k + 1), count_nouns) ? 0 : y;
}

/*
 * The year of "Oct. 26" written without one.  News style omits the year
 * when it is the current one, so P's year it is, unless that puts the date
 * more than six months after P ("Dec. 30" in a January article is last
 * December), or more than six months before P in a clause that looks
 * forward ("will be held on March 3" in October).  A day that exists only
 * in another year (Feb. 29) moves to a year either side that has it.
 * Returns 0 when none of the three years will do.
 */
static int64_t year_for(const struct pub *p, unsigned m, unsigned d, int future)
{
	int64_t dist = (int64_t)m - p->m, y = p->y;

	if (dist > 6)
		y = p->y - 1;
	else if (dist < -6 && future)
		y = p->y + 1;
	if (d <= date_month_days(y, m))
		return y;
	/* Feb. 29: the year either side, the past first. */
	if (d <= date_month_days(y - 1, m))
		return y - 1;
	if (d <= date_month_days(y + 1, m))
		return y + 1;
	return 0;
}

static size_t parse_month(struct ctx *c, size_t i, const struct head *h)
{
	const struct when_tok *t;
	unsigned m = h->val, day = 0;
	int32_t year = 0;
	int yrel = 0, has_yrel = 0, mod = 0, has_mod = 0, premod = h->mid;
	int ctx_ok, number_after, comma;
	size_t s = i, e = i + 1, j = i + 1, k;
	const struct pub *p = &c->pub;
	struct dyad_date d;

	/* "Oct" "." "26": the period belongs to the abbreviation only when
	 * the date goes on; otherwise it may end the sentence. */
	if ((h->flags & F_ABBR) && !h->dot && is_punct(tok_at(c, j), '.') &&
	    (day_num(tok_at(c, j + 1)) || attached_year(c, j + 1, 0)))
		j++;
	if ((day = day_num(tok_at(c, j))) != 0) {
		e = j + 1;
		k = e;
		comma = is_punct(tok_at(c, k), ',');
		if ((year = attached_year(c, k + comma, comma)) != 0)
			e = k + comma + 1;
	} else {
		k = j;
		comma = is_punct(tok_at(c, k), ',');
		k += comma;
		if (is_w(tok_at(c, k), "of"))
			k++;
		if ((year = attached_year(c, k, comma)) != 0) {
			e = k + 1;
		} else if (is_w(tok_at(c, k + 1), "year") || is_w(tok_at(c, k + 1), "year's")) {
			t = tok_at(c, k);
			has_yrel = 1;
			if (is_w(t, "last"))
				yrel = -1;
			else if (is_w(t, "next"))
				yrel = 1;
			else if (!is_w(t, "this"))
				has_yrel = 0;
			if (has_yrel)
				e = k + 2;
		}
	}
	number_after = day || year || has_yrel;

	/* Left: "26 October", "the 26th of October", modifiers. */
	if (!day && s > c->lo && (day = day_num(before(c, s, 1))) != 0) {
		s--;
	} else if (!day && s >= c->lo + 2 && is_w(before(c, s, 1), "of") &&
		   (day = day_num(before(c, s, 2))) != 0) {
		s -= 2;
		if (s > c->lo && is_w(before(c, s, 1), "the"))
			s--;
	}
	for (;;) {
		t = s > c->lo ? before(c, s, 1) : NULL;
		if (!t)
			break;
		if (is_w(t, "early") || is_w(t, "late") || is_w(t, "mid")) {
			premod = 1;
			s--;
		} else if (is_punct(t, '-') && s >= c->lo + 2 &&
			   is_w(before(c, s, 2), "mid")) {
			premod = 1;
			s -= 2;
		} else if (!has_mod && !day && !year && !has_yrel &&
			   (is_w(t, "last") || is_w(t, "next") || is_w(t, "this"))) {
			has_mod = 1;
			mod = is_w(t, "last") ? -1 : is_w(t, "next") ? 1 : 0;
			s--;
		} else {
			break;
		}
	}

	/* May, March and the abbreviations need a context that makes them
	 * a month; Theresa May, "may be" and "Jan Egeland" have none. */
	ctx_ok = number_after || premod || has_mod || s < i ||
		 is_any(before(c, s, 1), month_cues) ||
		 continues(c, s, DYAD_PREC_MONTH);
	if ((h->flags & (F_AMBIG | F_ABBR)) && !ctx_ok)
		return 0;
	/* "by Jan Egeland": an undotted abbreviation before a name. */
	if ((h->flags & F_ABBR) && !h->dot && !number_after &&
	    (t = tok_at(c, i + 1)) && t->len && is_upper((unsigned char)t->s[0]))
		return 0;

	/* "Sunday, Oct. 26": the weekday is part of the date. */
	if (day) {
		if (s >= c->lo + 2 && is_punct(before(c, s, 1), ',') &&
		    is_weekday_token(before(c, s, 2)))
			s -= 2;
		else if (s > c->lo && is_weekday_token(before(c, s, 1)))
			s--;
	}

	if (day && has_yrel) {
		if (p->prec < DYAD_PREC_YEAR)
			return emit(c, s, e, no_date, 0);
		d = make_date(p->y + yrel, m, day);
		if (d.precision == DYAD_PREC_NONE)
			return 0;
		return emit(c, s, e, d, 1);
	}
	if (day && year) {
		d = make_date(year, m, day);
		if (d.precision == DYAD_PREC_NONE)
			return 0;
		return emit(c, s, e, d, 0);
	}
	if (day) {
		if (day > date_month_days(2000, m))
			return 0;       /* February 30 */
		if (p->prec < DYAD_PREC_MONTH)
			return emit(c, s, e, no_date, 0);
		year = (int32_t)year_for(p, m, day, future_before(c, s));
		if (!year)
			return 0;
		return emit(c, s, e, make_date(year, m, day), 1);
	}
	if (year)
		return emit(c, s, e, make_date(year, m, 0), 0);
	if (has_yrel || (has_mod && mod == 0)) {
		if (p->prec < DYAD_PREC_YEAR)
			return emit(c, s, e, no_date, 0);
		return emit(c, s, e, make_date(p->y + yrel, m, 0), 1);
	}
	if (p->prec < DYAD_PREC_MONTH)
		return emit(c, s, e, no_date, 0);
	if (has_mod && mod < 0)
		d = make_date(m < p->m ? p->y : p->y - 1, m, 0);
	else if (has_mod)
		d = make_date(m > p->m ? p->y : p->y + 1, m, 0);
	else if (future_before(c, s))
		d = make_date(m >= p->m ? p->y : p->y + 1, m, 0);
	else
		d = make_date(m <= p->m ? p->y : p->y - 1, m, 0);
	return emit(c, s, e, d, 1);
}

/* ---- weekdays --------------------------------------------------------- */

static size_t parse_weekday(struct ctx *c, size_t i, const struct head *h)
{
	/* Not dates: Good Friday, the Sunday Times. */
	static const char *const named_before[] = {
		"bloody", "good", "black", "super", "easter", "palm", "ash",
		"holy", "maundy", "cyber", "shrove", "giving", NULL
	};
	static const char *const named_after[] = {
		"times", "telegraph", "mirror", "express", "herald", "post",
		"mail", "star", "observer", "independent", "tribune", "live",
		"school", "league", NULL
	};
	const struct pub *p = &c->pub;
	const struct when_tok *t;
	int wd = h->val, mod = 2, week = 2;     /* 2 = none */
	size_t s = i, e = i + 1, j;
	int64_t z;

	t = before(c, i, 1);
	if ((t && is_upper((unsigned char)t->s[0]) && is_any(t, named_before)) ||
	    is_any(tok_at(c, i + 1), named_after))
		return 0;
	/* "every Sunday" is a habit, not a date. */
	if (is_w(t, "every") || is_w(t, "each"))
		return 0;
	/* "Sunday, Oct. 26" and "Sunday 26 October" are dated by the month
	 * that follows; let it take the weekday along. */
	j = i + 1;
	if (is_punct(tok_at(c, j), ','))
		j++;
	if ((month_token(c, j) && (day_num(tok_at(c, j + 1)) ||
				   (is_punct(tok_at(c, j + 1), '.') && day_num(tok_at(c, j + 2))))) ||
	    (day_num(tok_at(c, j)) && month_token(c, j + 1)))
		return 0;

	for (;;) {
		t = s > c->lo ? before(c, s, 1) : NULL;
		if (t && mod == 2 && (is_w(t, "last") || is_w(t, "next") || is_w(t, "this"))) {
			mod = is_w(t, "last") ? -1 : is_w(t, "next") ? 1 : 0;
			s--;
		} else if (t && (is_w(t, "early") || is_w(t, "late"))) {
			s--;
		} else {
			break;
		}
	}
	e = time_of_day(c, e);
	t = tok_at(c, e);
	if (mod == 2 && is_w(tok_at(c, e + 1), "week") &&
	    (is_w(t, "last") || is_w(t, "next") || is_w(t, "this"))) {
		week = is_w(t, "last") ? -1 : is_w(t, "next") ? 1 : 0;
		e += 2;
	}
	if (p->prec < DYAD_PREC_DAY)
		return emit(c, s, e, no_date, 0);
	if (week != 2)
		z = pub_monday(p) + 7 * week + (wd + 6) % 7;
	else if (mod == 0)
		z = pub_monday(p) + (wd + 6) % 7;
	else if (mod == -1)
		z = p->z - ((p->wd - wd + 6) % 7 + 1);
	else if (mod == 1)
		z = p->z + ((wd - p->wd + 6) % 7 + 1);
	else if (future_before(c, s))
		z = p->z + (wd - p->wd + 7) % 7;
	else
		z = p->z - (p->wd - wd + 7) % 7;
	return emit(c, s, e, day_date(z), 1);
}

/* ---- today, yesterday, this morning ----------------------------------- */

static size_t parse_rel(struct ctx *c, size_t i, const struct head *h)
{
	const struct when_tok *t;
	size_t s = i, e = i + 1;

	t = s > c->lo ? before(c, s, 1) : NULL;
	if (is_w(t, "early") || is_w(t, "late") || is_w(t, "earlier") || is_w(t, "later"))
		s--;
	if (!is_w(&c->t[i], "tonight"))
		e = time_of_day(c, e);
	if (c->pub.prec < DYAD_PREC_DAY)
		return emit(c, s, e, no_date, 0);
	return emit(c, s, e, day_date(c->pub.z + h->val - 1), 1);
}

/* "this morning", "last night"; "Sunday morning" and "yesterday evening"
 * are taken by their day word first. */
static size_t parse_tod(struct ctx *c, size_t i, const struct head *h)
{
	const struct when_tok *t = i > c->lo ? before(c, i, 1) : NULL;
	size_t s = i - 1;
	int off;

	if (is_w(t, "this"))
		off = 0;
	else if (is_w(t, "last") && h->val)
		off = -1;
	else
		return 0;
	t = s > c->lo ? before(c, s, 1) : NULL;
	if (is_w(t, "early") || is_w(t, "late"))
		s--;
	if (c->pub.prec < DYAD_PREC_DAY)
		return emit(c, s, i + 1, no_date, 0);
	return emit(c, s, i + 1, day_date(c->pub.z + off), 1);
}

/* ---- units: last week, two weeks ago, the past week ------------------- */

/* "N <unit> ago / later / earlier / before / after / from now". */
static size_t parse_count(struct ctx *c, size_t i, enum unit u, int n)
{
	const struct when_tok *t = tok_at(c, i + 1), *after_t;
	size_t s = i - 1, e = i + 2;
	struct dyad_date d;
	int rel, sign, prec = unit_prec(u);

	if (u == U_WEEKEND || !t)
		return 0;
	if (is_w(t, "ago"))
		return emit(c, s, e, shift(pub_date(c, prec), u, -n), 1);
	if (is_w(t, "from") && is_w(tok_at(c, i + 2), "now"))
		return emit(c, s, i + 3, shift(pub_date(c, prec), u, n), 1);
	if (is_w(t, "earlier") || is_w(t, "before"))
		sign = -1;
	else if (is_w(t, "later") || is_w(t, "after"))
		sign = 1;
	else
		return 0;       /* a duration: "for three days" */
	/* "before Trump's arrival", "after he left": counted from an event
	 * we cannot date. */
	after_t = tok_at(c, i + 2);
	if ((is_w(t, "before") || is_w(t, "after")) && is_wordish(after_t) &&
	    !is_w(after_t, "and") && !is_w(after_t, "but") && !is_w(after_t, "or"))
		return emit(c, s, e, no_date, 0);
	if (!anchor(c, prec, &d, &rel))
		return emit(c, s, e, no_date, 0);
	return emit(c, s, e, shift(d, u, sign * n), rel);
}

/* "the next day", "the previous week", "the day after", "that day". */
static size_t parse_anchored(struct ctx *c, size_t i, enum unit u)
{
	const struct when_tok *t1 = i > c->lo ? before(c, i, 1) : NULL;
	const struct when_tok *t2 = i > c->lo + 1 ? before(c, i, 2) : NULL;
	const struct when_tok *nx = tok_at(c, i + 1);
	size_t s, e = i + 1;
	struct dyad_date d;
	int rel, off, prec = unit_prec(u);

	if (u == U_WEEKEND)
		return 0;
	if (is_w(t1, "that") || (is_w(t1, "same") && is_w(t2, "the"))) {
		if (u != U_DAY)
			return 0;
		off = 0;
		s = is_w(t1, "that") ? i - 1 : i - 2;
	} else if (is_w(t2, "the") && (is_w(t1, "next") || is_w(t1, "following"))) {
		off = 1;
		s = i - 2;
	} else if (is_w(t2, "the") && is_w(t1, "previous")) {
		off = -1;
		s = i - 2;
	} else if (is_w(t1, "the") && u == U_DAY &&
		   (is_w(nx, "before") || is_w(nx, "after"))) {
		off = is_w(nx, "before") ? -1 : 1;
		s = i - 1;
		e = i + 2;
		t2 = tok_at(c, i + 2);
		/* "the day before yesterday" */
		if (is_w(t2, "yesterday") || is_w(t2, "tomorrow") || is_w(t2, "today")) {
			off += is_w(t2, "yesterday") ? -1 : is_w(t2, "tomorrow") ? 1 : 0;
			if (c->pub.prec < DYAD_PREC_DAY)
				return emit(c, s, i + 3, no_date, 0);
			return emit(c, s, i + 3, day_date(c->pub.z + off), 1);
		}
		if (is_wordish(t2) && !is_w(t2, "and") && !is_w(t2, "but"))
			return emit(c, s, e, no_date, 0);
	} else {
		return 0;
	}
	if (!anchor(c, prec, &d, &rel))
		return emit(c, s, e, no_date, 0);
	return emit(c, s, e, shift(d, u, off), rel);
}

static size_t parse_unit(struct ctx *c, size_t i, const struct head *h)
{
	const struct pub *p = &c->pub;
	const struct when_tok *t1, *t2, *t3;
	enum unit u = h->val;
	size_t s, r;
	int n, mod, prec = unit_prec(u);
	int64_t z;

	t1 = i > c->lo ? before(c, i, 1) : NULL;
	t2 = i > c->lo + 1 ? before(c, i, 2) : NULL;
	t3 = i > c->lo + 2 ? before(c, i, 3) : NULL;

	if ((n = count_of(t1)) != 0 && !is_w(t2, "the") && !is_w(t2, "past") &&
	    !is_w(t2, "last"))
		return parse_count(c, i, u, n);
	if ((r = parse_anchored(c, i, u)) != 0)
		return r;

	/* A period ending at publication: "the past week", "the last two
	 * years", "this past week", "in recent days". */
	s = i;
	if (count_of(t1) || is_w(t1, "few") || is_w(t1, "several")) {
		if ((is_w(t2, "past") || is_w(t2, "last")) &&
		    (is_w(t3, "the") || is_w(t3, "this"))) {
			s = i - 3;
		}
	} else if ((is_w(t1, "past") || is_w(t1, "last")) &&
		   (is_w(t2, "the") || is_w(t2, "this"))) {
		s = i - 2;
	} else if (is_w(t1, "recent") && (h->flags & F_PLUR)) {
		s = i - 1;
	}
	if (s != i) {
		if (u == U_WEEKEND) {
			/* the latest Saturday strictly before publication */
			if (p->prec < DYAD_PREC_DAY)
				return emit(c, s, i + 1, no_date, 0);
			z = p->z - (p->wd + 1);
			return emit(c, s, i + 1, day_date(z), 1);
		}
		return emit(c, s, i + 1, pub_date(c, prec), 1);
	}

	if (h->flags & F_PLUR)
		return 0;
	if (u == U_WEEKEND && is_w(t1, "the")) {
		if (p->prec < DYAD_PREC_DAY)
			return emit(c, i - 1, i + 1, no_date, 0);
		if (future_before(c, i - 1))
			z = p->z + (6 - p->wd);
		else
			z = p->z - (p->wd + 1) % 7;
		return emit(c, i - 1, i + 1, day_date(z), 1);
	}
	if (is_w(t1, "last"))
		mod = -1;
	else if (is_w(t1, "next"))
		mod = 1;
	else if (is_w(t1, "this"))
		mod = 0;
	else
		return 0;
	if (u == U_DAY)
		return 0;
	s = i - 1;
	if (is_w(t2, "early") || is_w(t2, "earlier") || is_w(t2, "late") ||
	    is_w(t2, "later"))
		s--;
	if (p->prec < prec)
		return emit(c, s, i + 1, no_date, 0);
	if (u == U_WEEKEND)
		return emit(c, s, i + 1, day_date(pub_monday(p) + 7 * mod + 5), 1);
	return emit(c, s, i + 1, shift(pub_date(c, prec), u, mod), 1);
}

/* ---- years ------------------------------------------------------------ */

static int is_possessive(const struct when_tok *t)
{
	if (!t)
		return 0;
	return is_w(t, "'s") || is_w(t, "\xe2\x80\x99s") || is_w(t, "'") ||
	       (t->len > 2 && strip_possessive(t) != t->len);
}

/*
 * A bare 1900-2100 is a year after a preposition ("in 2019"), after a
 * determiner or a possessive ("their 2019 summit", "Trump's 2019 visit",
 * "their surprise 2019 DMZ encounter"), before a capitalised name, or at
 * the start of a sentence, where style guides spell out quantities.  Not
 * before a counted noun or after a quantity word ("some 2000 troops").
 */
static size_t parse_year(struct ctx *c, size_t i, const struct head *h)
{
	const struct when_tok *p1 = before(c, i, 1), *p2 = before(c, i, 2);
	const struct when_tok *nx = tok_at(c, i + 1), *t;
	size_t s = i;
	int ok = h->mid;

	if (is_any(nx, count_nouns) || is_any(p1, count_cues))
		return 0;
	/* "2019-20" (a season), "2019/20", "1930:00", "2019.5"; a range of
	 * full years, "2019-2021", is two years. */
	if ((is_punct(nx, '-') || is_punct(nx, '/') || is_punct(nx, '.') ||
	     is_punct(nx, ':')) && (t = tok_at(c, i + 2)) && t->len &&
	    is_digit((unsigned char)t->s[0]) && four_digits(t) < 0)
		return 0;
	if (i == 0 || is_any(p1, year_cues) || is_any(p1, determiners) ||
	    is_possessive(p1) || continues(c, i, DYAD_PREC_YEAR))
		ok = 1;
	if (p1 && p1->len && (unsigned)(lower((unsigned char)p1->s[0]) - 'a') < 26 &&
	    !is_upper((unsigned char)p1->s[0]) &&
	    (is_any(p2, determiners) || is_possessive(p2)))
		ok = 1;
	if (nx && nx->len && is_upper((unsigned char)nx->s[0]))
		ok = 1;
	if (!ok)
		return 0;
	if (s > c->lo && (is_w(p1, "early") || is_w(p1, "late") || is_w(p1, "mid")))
		s--;
	else if (s >= c->lo + 2 && is_punct(p1, '-') && is_w(p2, "mid"))
		s -= 2;
	return emit(c, s, i + 1, make_date(h->year, 0, 0), 0);
}

/* ---- the scan --------------------------------------------------------- */

static void pub_init(struct pub *p, struct dyad_date pub)
{
	memset(p, 0, sizeof(*p));
	if (!date_valid(pub))
		return;         /* precision NONE: nothing relative resolves */
	p->prec = pub.precision;
	date_split(pub, &p->y, &p->m, &p->d);
	if (p->prec == DYAD_PREC_DAY && date_to_days(pub, &p->z) == DYAD_OK)
		p->wd = date_weekday_from_days(p->z);
}

size_t when_find(const struct when_tok *toks, size_t n, struct dyad_date pub,
		 struct when_expr *out, size_t max)
{
	struct ctx c;
	struct head h;
	size_t i, e;
	int pub_ready = 0;

	c.t = toks;
	c.n = n;
	c.out = out;
	c.n_out = 0;
	c.max = max;
	c.lo = 0;
	/* Tokens are counted in 32 bits in when_expr. */
	if (n > UINT32_MAX)
		c.n = n = UINT32_MAX;
	for (i = 0; i < n && c.n_out < max; i++) {
		if (!classify(&toks[i], &h))
			continue;
		if (!pub_ready) {
			pub_init(&c.pub, pub);
			pub_ready = 1;
		}
		switch (h.kind) {
		case H_MONTH: e = parse_month(&c, i, &h); break;
		case H_WDAY: e = parse_weekday(&c, i, &h); break;
		case H_REL: e = parse_rel(&c, i, &h); break;
		case H_TOD: e = parse_tod(&c, i, &h); break;
		case H_UNIT: e = parse_unit(&c, i, &h); break;
		case H_YEAR: e = parse_year(&c, i, &h); break;
		case H_ISO: e = emit(&c, i, i + 1, h.iso, 0); break;
		default: e = 0; break;
		}
		if (e) {
			c.lo = e;
			i = e - 1;
		}
	}
	return c.n_out;
}
