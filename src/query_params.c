/*
 * query_params.c - a question's parameters by name, from text.
 *
 * The CLI's options (--from 2025-01-01) and the server's query strings
 * (from=2025-01-01) are the same parameters; parsing them here, once,
 * keeps their meanings and their error messages the same in both.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"
#include "error.h"
#include "query.h"

static int is_day(const char *s)
{
	struct dyad_date d;

	return strlen(s) == 10 && !dyad_date_parse(s, 10, &d) &&
	       d.precision == DYAD_PREC_DAY;
}

int q_cursor_parse(const char *s, char day[11], int64_t *id)
{
	const char *colon = strrchr(s, ':');
	char *end;
	long long v;

	if (!colon || (colon != s && colon - s != 10))
		return -1;
	memcpy(day, s, (size_t)(colon - s));
	day[colon - s] = '\0';
	if (day[0] && !is_day(day))
		return -1;
	if (colon[1] < '1' || colon[1] > '9')
		return -1;
	errno = 0;
	v = strtoll(colon + 1, &end, 10);
	if (*end || errno)
		return -1;
	*id = v;
	return 0;
}

static int parse_count(const char *name, const char *s, size_t *out, dyad_error *err)
{
	char *end;
	unsigned long long v;

	if (s[0] < '0' || s[0] > '9')
		goto bad;
	v = strtoull(s, &end, 10);
	if (*end || v > (unsigned long long)INT64_MAX)
		goto bad;
	*out = (size_t)v;
	return DYAD_OK;
bad:
	return dyad_fail(err, DYAD_EUSAGE, "%s: '%s' is not a number", name, s);
}

static int parse_flag(const char *name, const char *s, int *out, dyad_error *err)
{
	if (!strcmp(s, "1") || !strcmp(s, "true") || !strcmp(s, "yes")) {
		*out = 1;
		return DYAD_OK;
	}
	if (!strcmp(s, "0") || !strcmp(s, "false") || !strcmp(s, "no")) {
		*out = 0;
		return DYAD_OK;
	}
	return dyad_fail(err, DYAD_EUSAGE, "%s: '%s' is not 1 or 0", name, s);
}

/* One of names[] (index to *out), or a usage error listing them. */
static int parse_word(const char *name, const char *s, const char *const *names,
		      size_t n, const char *expected, int *out, dyad_error *err)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strcmp(s, names[i])) {
			*out = (int)i;
			return DYAD_OK;
		}
	return dyad_fail(err, DYAD_EUSAGE, "%s: '%s' is not %s", name, s, expected);
}

#define N(a) (sizeof(a) / sizeof((a)[0]))

int dyad_query_set(struct dyad_query *q, const char *name, const char *v,
		   dyad_error *err)
{
	static const char *const modes[] = {
		"asserted", "planned", "conditional", "negated", "speculative",
	};
	static const char *const buckets[] = { "month", "week", "day" };
	static const char *const tests[] = { "z", "fisher" };
	static const char *const directions[] = { "out", "in", "both" };
	const char *key = name;
	int w = 0, rc = DYAD_OK;

	while (*key == '-')
		key++;
	if (!v)
		return dyad_fail(err, DYAD_EUSAGE, "%s needs a value", name);
	if (!strcmp(key, "actor")) {
		q->actor = v;
	} else if (!strcmp(key, "source")) {
		q->source = v;
	} else if (!strcmp(key, "target")) {
		q->target = v;
	} else if (!strcmp(key, "a")) {
		q->a = v;
	} else if (!strcmp(key, "b")) {
		q->b = v;
	} else if (!strcmp(key, "cameo")) {
		q->cameo = v;
	} else if (!strcmp(key, "root")) {
		q->root = v;
	} else if (!strcmp(key, "plover")) {
		q->plover = v;
	} else if (!strcmp(key, "place")) {
		q->place = v;
	} else if (!strcmp(key, "article")) {
		q->article = v;
	} else if (!strcmp(key, "text")) {
		q->text = v;
	} else if (!strcmp(key, "prefix")) {
		q->prefix = v;
	} else if (!strcmp(key, "quad")) {
		if (strlen(v) != 1 || v[0] < '1' || v[0] > '4')
			return dyad_fail(err, DYAD_EUSAGE, "%s: '%s' is not a quad class "
					 "(1 verbal cooperation, 2 material cooperation, "
					 "3 verbal conflict, 4 material conflict)", name, v);
		q->quad_class = v[0] - '0';
	} else if (!strcmp(key, "story")) {
		size_t n = 0;
		if (parse_count(name, v, &n, err) || !n)
			return dyad_fail(err, DYAD_EUSAGE, "%s: '%s' is not a story id", name, v);
		q->story = (int64_t)n;
	} else if (!strcmp(key, "from") || !strcmp(key, "to") || !strcmp(key, "split")) {
		if (!is_day(v))
			return dyad_fail(err, DYAD_EUSAGE, "%s: '%s' is not a day (YYYY-MM-DD)",
					 name, v);
		if (key[0] == 'f')
			q->from = v;
		else if (key[0] == 't')
			q->to = v;
		else
			q->split = v;
	} else if (!strcmp(key, "mode")) {
		if (!strcmp(v, "any") || !strcmp(v, "all"))
			q->mode = DYAD_MODE_ANY;
		else if (!(rc = parse_word(name, v, modes, N(modes), "a mode (asserted, "
					   "planned, conditional, negated, speculative or any)",
					   &w, err)))
			q->mode = w;
	} else if (!strcmp(key, "limit")) {
		rc = parse_count(name, v, &q->limit, err);
	} else if (!strcmp(key, "offset")) {
		rc = parse_count(name, v, &q->offset, err);
	} else if (!strcmp(key, "after")) {
		char day[11];
		int64_t id;
		if (q_cursor_parse(v, day, &id))
			return dyad_fail(err, DYAD_EUSAGE, "%s: '%s' is not a cursor (DAY:ID, "
					 "as \"next\" gives it)", name, v);
		q->after = v;
	} else if (!strcmp(key, "min")) {
		rc = parse_count(name, v, &q->min_events, err);
	} else if (!strcmp(key, "evidence")) {
		rc = parse_count(name, v, &q->evidence, err);
	} else if (!strcmp(key, "top")) {
		rc = parse_count(name, v, &q->top, err);
	} else if (!strcmp(key, "bucket")) {
		if (!(rc = parse_word(name, v, buckets, N(buckets), "day, week or month",
				      &w, err)))
			q->bucket = (enum dyad_bucket)w;
	} else if (!strcmp(key, "test")) {
		if (!(rc = parse_word(name, v, tests, N(tests), "z or fisher", &w, err)))
			q->test = (enum dyad_test)w;
	} else if (!strcmp(key, "direction")) {
		if (!(rc = parse_word(name, v, directions, N(directions), "out, in or both",
				      &w, err)))
			q->direction = (enum dyad_direction)w;
	} else if (!strcmp(key, "alpha")) {
		char *end;
		double x = strtod(v, &end);
		if (end == v || *end || !(x > 0 && x < 1))
			return dyad_fail(err, DYAD_EUSAGE, "%s: '%s' is not a level between "
					 "0 and 1", name, v);
		q->alpha = x;
	} else if (!strcmp(key, "mentions")) {
		rc = parse_flag(name, v, &q->mentions, err);
	} else if (!strcmp(key, "by-actor") || !strcmp(key, "by_actor")) {
		rc = parse_flag(name, v, &q->by_actor, err);
	} else {
		return dyad_fail(err, DYAD_EUSAGE, "unknown parameter '%s'", name);
	}
	return rc;
}

int dyad_query_check(const struct dyad_query *q, dyad_error *err)
{
	if (q->from && q->to && strcmp(q->from, q->to) > 0)
		return dyad_fail(err, DYAD_EUSAGE, "from %s is after to %s", q->from, q->to);
	if (q->after && q->offset)
		return dyad_fail(err, DYAD_EUSAGE, "after and offset page in two ways: "
				 "give one");
	return DYAD_OK;
}
