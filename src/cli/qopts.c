/*
 * qopts.c - the question commands' shared options; see qopts.h.
 */
#include "qopts.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* Options taking a value: which set allows each. */
static const struct {
	const char *name;
	unsigned set;
} valued[] = {
	{ "--db", 0 }, { "--format", 0 },
	{ "--actor", QO_FILTERS }, { "--source", QO_FILTERS }, { "--target", QO_FILTERS },
	{ "--cameo", QO_FILTERS }, { "--root", QO_FILTERS }, { "--quad", QO_FILTERS },
	{ "--plover", QO_FILTERS }, { "--article", QO_FILTERS }, { "--text", QO_FILTERS },
	{ "--story", QO_FILTERS }, { "--place", QO_FILTERS },
	{ "--from", QO_DATES }, { "--to", QO_DATES },
	{ "--mode", QO_MODE }, { "--limit", QO_LIMIT }, { "--offset", QO_OFFSET },
	{ "--after", QO_OFFSET }, { "--bucket", QO_BUCKET },
	{ "--split", QO_FOCUS }, { "--test", QO_FOCUS }, { "--alpha", QO_FOCUS },
	{ "--min", QO_FOCUS }, { "--evidence", QO_FOCUS }, { "--top", QO_FOCUS },
	{ "--direction", QO_FOCUS },
};

static int option_value(struct qopts *o, const char *a, const char *v, unsigned allowed)
{
	dyad_error err = { 0, "" };

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
	} else if (dyad_query_set(&o->q, a, v, &err)) {
		cli_error("%s", err.msg);
		return -1;
	} else if (!strcmp(a, "--mode")) {
		o->mode_set = 1;
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
	{
		dyad_error err = { 0, "" };
		if (dyad_query_check(&o->q, &err)) {
			cli_error("%s", err.msg);
			return EXIT_USAGE;
		}
	}
	return EXIT_OK;
}

int qopt_run_ranked(struct qopts *o, const char *name, qopt_query_fn fn)
{
	if (o->n_args) {
		cli_error("%s: unexpected argument '%s'; see 'dyad %s --help'", name, o->args[0], name);
		return EXIT_USAGE;
	}
	if (!o->mode_set)
		o->q.mode = DYAD_MODE_ASSERTED;
	if (!o->q.limit)
		o->q.limit = 20;
	return qopt_run(o, fn, 0);
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
