/*
 * when.h - temporal expressions in one sentence of news English.
 *
 * The coder dates an event by the time expression of its sentence, not by
 * the publication date alone: "Choe traveled to Moscow in November last
 * year" happened a year before the article appeared.  when_find spots the
 * expressions in a tokenized sentence and resolves each to a dyad_date,
 * using the publication date for anything relative.  It runs on every
 * sentence, so most tokens cost only a length test and a first-byte test.  Nothing is allocated; tokens are taken as plain
 * (pointer, length) pairs so this module depends on no segmenter.
 *
 * Extents follow TimeML's TIMEX3: an expression spans its determiners and
 * modifiers ("earlier this year", "the past week", "two weeks ago",
 * "Sunday morning") but not the preposition before it ("in", "on",
 * "since"), which the caller may still want for its own purposes.
 *
 * How each kind resolves against the publication date P (all relative
 * results have relative = 1):
 *
 *   Oct. 26, 2025 / 26 October 2025 / 2025-10-26      that day (relative 0)
 *   Oct. 26 / October 26 / 26 October                 in P's year, as
 *                        news style omits the current year; the year before
 *                        when that is over six months after P ("Dec. 30" in
 *                        January), the year after when it is over six
 *                        months before P and a future cue precedes
 *   November 2024 / in 2019 / their 2019 summit       month or year as given
 *   in November / November                            the nearest November at
 *                        or before P's month; at or after it when a future
 *                        cue ("will", "scheduled", "expected"...) precedes
 *                        in the same clause
 *   last November / next November / this November     strictly before P's
 *                        month / strictly after it / in P's year
 *   November last year / this year / next year        that month of P's
 *                        year -1 / 0 / +1
 *   on Sunday / Sunday morning                        the latest Sunday on or
 *                        before P (P itself if a Sunday); the first on or
 *                        after P after a future cue
 *   last Friday / next Tuesday                        strictly before /
 *                        strictly after P, within seven days
 *   this Friday / Friday next week / Friday last week that weekday in P's
 *                        Monday-to-Sunday week / the week after / before
 *   today, tonight, this morning / yesterday, last night / tomorrow
 *                        P / P - 1 / P + 1
 *   this month, last month, next month                month precision
 *   this year, last year, next year, earlier this year, a year ago
 *                        year precision
 *   the weekend / this weekend / last weekend / next weekend   a Saturday:
 *                        the latest on or before P (the first on or after
 *                        P after a future cue) / of P's week / of the week
 *                        before / of the week after
 *   this week / last week / next week                 P / P - 7 / P + 7
 *   the past week, the past few days, in recent days  P: the period ends at P
 *   two weeks ago, three days ago, a month ago        P - 14, P - 3 days;
 *                        P - 1 month at month precision; years at year
 *   three days later / earlier, the next day, the previous day, that day
 *                        counted from the expression just before it in the
 *                        sentence, or from P when there is none; NONE when
 *                        that expression is coarser than the unit ("in
 *                        March ... two weeks later") or itself unresolved
 *   three days before / after + a noun phrase or clause ("three days
 *                        before Trump's arrival")   the anchor is an event
 *                        we cannot see: reported with precision NONE
 *
 * Not dates: "every Sunday", "Good Friday", "the Sunday Times", "Theresa
 * May", "may" and "march" in lower case, "Jan Egeland", "2,000 troops",
 * "some 2000 troops", "at 1930 GMT", "the 2019-20 season", durations
 * ("for three days").
 *
 * There is no week precision in dyad_date, so a week expression names one
 * day inside that week: the same weekday as P.  "last week" is P - 7,
 * which always falls in the previous Monday-to-Sunday week and is at most
 * six days from any day of it; a month or year precision would be wrong
 * at every month boundary instead of merely imprecise.  Callers that need
 * to know read the expression's tokens.
 *
 * A relative expression whose resolution needs more than P's precision
 * (yesterday with a month-precision P) is still reported, so its tokens
 * are known, but with precision NONE.  A day that does not exist
 * ("February 30", "Feb. 29, 2023") is not an expression at all.
 */
#ifndef DYAD_WHEN_H
#define DYAD_WHEN_H

#include <stddef.h>
#include <stdint.h>

#include "dyad.h"

/* One token: its text as in the sentence, original case, not
 * NUL-terminated.  Punctuation is expected as tokens of its own, with
 * abbreviation periods either attached ("Oct.") or not ("Oct" ".");
 * possessives may be attached ("Sunday's") or split ("Sunday" "'s"). */
struct when_tok {
	const char *s;
	uint32_t len;
};

struct when_expr {
	uint32_t tok, n_tok;    /* token range [tok, tok + n_tok) */
	struct dyad_date date;  /* precision NONE when it cannot be resolved */
	int relative;           /* 1 if resolved against the publication date */
};

/* Find every temporal expression in toks[0..n) and resolve it against
 * pub (OUT: out[0..return)).  Expressions do not overlap and come in
 * token order; at most max are stored.  Returns the count. */
size_t when_find(const struct when_tok *toks, size_t n, struct dyad_date pub,
		 struct when_expr *out, size_t max);

#endif
