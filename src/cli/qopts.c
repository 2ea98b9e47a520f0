/*
 * qopts.c - the question commands' shared options; see qopts.h.
 */
#include "qopts.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static int is_day(const char *s)
{
	struct dyad_date d;

	return !dyad_date_parse(s, strlen(s), &d) && d.precision == DYAD_PREC_DAY &&
	       strlen(s) == 10;
}

static int parse_count(const char *opt, const char *s, size_t *out)
{
	char *end;
	unsigned long long v = strtoull(s, &end, 10);

	if (!*s || *end || s[0] == '-') {
		cli_error("%s: '%s' is not a number", opt, s);
		return -1;
	}
	*out = (size_t)v;
	return 0;
}

static int parse_mode(const char *s, int *out)
{
	static const char *const names[] = {
		"asserted", "planned", "conditional", "negated", "speculative",
	};
	int i;

	if (!strcmp(s, "any") || !strcmp(s, "all")) {
		*out = DYAD_MODE_ANY;
		return 0;
	}
	for (i = 0; i < 5; i++)
		if (!strcmp(s, names[i])) {
			*out = i;
			return 0;
		}
	cli_error("--mode: '%s' is not a mode (asserted, planned, conditional, "
		  "negated, speculative or any)", s);
	return -1;
}

/* Options taking a value: which set allows each. */
static const struct {
	const char *name;
	unsigned set;
} valued[] = {
	{ "--db", 0 }, { "--format", 0 },
	{ "--actor", QO_FILTERS }, { "--source", QO_FILTERS }, { "--target", QO_FILTERS },
	{ "--cameo", QO_FILTERS }, { "--root", QO_FILTERS }, { "--quad", QO_FILTERS },
	{ "--plover", QO_FILTERS }, { "--article", QO_FILTERS }, { "--text", QO_FILTERS },
	{ "--story", QO_FILTERS },
	{ "--from", QO_DATES }, { "--to", QO_DATES },
	{ "--mode", QO_MODE }, { "--limit", QO_LIMIT }, { "--bucket", QO_BUCKET },
	{ "--split", QO_FOCUS }, { "--test", QO_FOCUS }, { "--alpha", QO_FOCUS },
	{ "--min", QO_FOCUS }, { "--evidence", QO_FOCUS }, { "--top", QO_FOCUS },
	{ "--direction", QO_FOCUS },
};

static int option_value(struct qopts *o, const char *a, const char *v, unsigned allowed)
{
	struct dyad_query *q = &o->q;

	if (!strcmp(a, "--db")) {
		o->db = v;
	} else if (!strcmp(a, "--format")) {
		if (out_parse_format(v, (allowed & QO_GDELT) != 0, &o->format)) {
			cli_error("--format: '%s' is not a format (%s)", v,
				  allowed & QO_GDELT ? "gdelt, jsonl, csv, tsv or table"
						     : "table, jsonl, csv or tsv");
			return -1;
		}
		o->format_set = 1;
	} else if (!strcmp(a, "--actor")) {
		q->actor = v;
	} else if (!strcmp(a, "--source")) {
		q->source = v;
	} else if (!strcmp(a, "--target")) {
		q->target = v;
	} else if (!strcmp(a, "--cameo")) {
		q->cameo = v;
	} else if (!strcmp(a, "--root")) {
		q->root = v;
	} else if (!strcmp(a, "--quad")) {
		if (strlen(v) != 1 || v[0] < '1' || v[0] > '4') {
			cli_error("--quad: '%s' is not a quad class (1 verbal cooperation, 2 "
				  "material cooperation, 3 verbal conflict, 4 material conflict)", v);
			return -1;
		}
		q->quad_class = v[0] - '0';
	} else if (!strcmp(a, "--plover")) {
		q->plover = v;
	} else if (!strcmp(a, "--article")) {
		q->article = v;
	} else if (!strcmp(a, "--text")) {
		q->text = v;
	} else if (!strcmp(a, "--story")) {
		size_t n = 0;
		if (parse_count(a, v, &n))
			return -1;
		if (!n) {
			cli_error("--story: '%s' is not a story id", v);
			return -1;
		}
		q->story = (int64_t)n;
	} else if (!strcmp(a, "--from") || !strcmp(a, "--to") || !strcmp(a, "--split")) {
		if (!is_day(v)) {
			cli_error("%s: '%s' is not a day (YYYY-MM-DD)", a, v);
			return -1;
		}
		if (a[2] == 'f')
			q->from = v;
		else if (a[2] == 't')
			q->to = v;
		else
			q->split = v;
	} else if (!strcmp(a, "--mode")) {
		o->mode_set = 1;
		return parse_mode(v, &q->mode);
	} else if (!strcmp(a, "--limit")) {
		return parse_count(a, v, &q->limit);
	} else if (!strcmp(a, "--min")) {
		return parse_count(a, v, &q->min_events);
	} else if (!strcmp(a, "--evidence")) {
		return parse_count(a, v, &q->evidence);
	} else if (!strcmp(a, "--top")) {
		return parse_count(a, v, &q->top);
	} else if (!strcmp(a, "--bucket")) {
		if (!strcmp(v, "day"))
			q->bucket = DYAD_BUCKET_DAY;
		else if (!strcmp(v, "week"))
			q->bucket = DYAD_BUCKET_WEEK;
		else if (!strcmp(v, "month"))
			q->bucket = DYAD_BUCKET_MONTH;
		else {
			cli_error("--bucket: '%s' is not day, week or month", v);
			return -1;
		}
	} else if (!strcmp(a, "--test")) {
		if (!strcmp(v, "z"))
			q->test = DYAD_TEST_Z;
		else if (!strcmp(v, "fisher"))
			q->test = DYAD_TEST_FISHER;
		else {
			cli_error("--test: '%s' is not z or fisher", v);
			return -1;
		}
	} else if (!strcmp(a, "--alpha")) {
		char *end;
		double x = strtod(v, &end);
		if (*end || !(x > 0 && x < 1)) {
			cli_error("--alpha: '%s' is not a level between 0 and 1", v);
			return -1;
		}
		q->alpha = x;
	} else if (!strcmp(a, "--direction")) {
		if (!strcmp(v, "out"))
			q->direction = DYAD_DIR_OUT;
		else if (!strcmp(v, "in"))
			q->direction = DYAD_DIR_IN;
		else if (!strcmp(v, "both"))
			q->direction = DYAD_DIR_BOTH;
		else {
			cli_error("--direction: '%s' is not out, in or both", v);
			return -1;
		}
	}
	return 0;
}

int qopt_parse(struct qopts *o, int argc, char **argv, unsigned allowed,
	       const char *help)
{
	int i, only_args = 0;
	size_t k;

	memset(o, 0, sizeof(*o));
	dyad_query_init(&o->q);
	o->db = "dyad.db";
	o->format = isatty(STDOUT_FILENO) ? OUT_TABLE : OUT_JSONL;
	o->q.brief = 0;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (only_args || a[0] != '-' || !strcmp(a, "-")) {
			if (o->n_args == QOPT_MAX_ARGS) {
				cli_error("%s: too many arguments; see 'dyad %s --help'", argv[0], argv[0]);
				return EXIT_USAGE;
			}
			o->args[o->n_args++] = a;
			continue;
		}
		if (!strcmp(a, "--")) {
			only_args = 1;
			continue;
		}
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(help, stdout);
			exit(EXIT_OK);
		}
		if ((allowed & QO_MENTIONS) && !strcmp(a, "--mentions")) {
			o->q.mentions = 1;
			continue;
		}
		if ((allowed & QO_BY_ACTOR) && !strcmp(a, "--by-actor")) {
			o->q.by_actor = 1;
			continue;
		}
		for (k = 0; k < sizeof(valued) / sizeof(valued[0]); k++)
			if (!strcmp(a, valued[k].name) && (!valued[k].set || (allowed & valued[k].set)))
				break;
		if (k == sizeof(valued) / sizeof(valued[0])) {
			cli_error("%s: unknown option '%s'; see 'dyad %s --help'", argv[0], a, argv[0]);
			return EXIT_USAGE;
		}
		if (i + 1 >= argc) {
			cli_error("%s: %s needs a value; see 'dyad %s --help'", argv[0], a, argv[0]);
			return EXIT_USAGE;
		}
		if (option_value(o, a, argv[++i], allowed))
			return EXIT_USAGE;
	}
	if (o->q.from && o->q.to && strcmp(o->q.from, o->q.to) > 0) {
		cli_error("--from %s is after --to %s", o->q.from, o->q.to);
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

int qopt_run(struct qopts *o, qopt_query_fn fn, int multi)
{
	dyad_error err = { 0, "" };
	dyad_store *st = NULL;
	struct dyad_sink sink;
	struct out out;
	int rc, from, status = EXIT_OK;

	if ((rc = dyad_store_open(&st, o->db, DYAD_STORE_READ, &from, &err))) {
		cli_error("%s", err.msg);
		/* No store there is a data file missing, not an I/O fault. */
		return rc == DYAD_EIO && access(o->db, F_OK) ? EXIT_DATA : cli_exit_for(rc);
	}
	if (from != DYAD_STORE_SCHEMA)
		cli_error("note: %s was migrated from store version %d to %d", o->db, from,
			  DYAD_STORE_SCHEMA);
	/* The table format is for people: it shows fewer columns. */
	o->q.brief = o->format == OUT_TABLE;
	out_init(&out, o->format, multi);
	sink = out_sink(&out);
	rc = fn(st, &o->q, &sink, &err);
	if (out_finish(&out) && !rc) {
		cli_error("cannot write output");
		status = EXIT_FATAL;
	}
	if (rc) {
		if (rc == DYAD_EIO && !err.msg[0])
			cli_error("cannot write output");
		else
			cli_error("%s", err.msg[0] ? err.msg : dyad_strstatus(rc));
		status = cli_exit_for(rc);
	}
	out_free(&out);
	if ((rc = dyad_store_close(st, &err)) && status == EXIT_OK) {
		cli_error("%s", err.msg);
		status = cli_exit_for(rc);
	}
	return status;
}
