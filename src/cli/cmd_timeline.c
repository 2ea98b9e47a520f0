/*
 * cmd_timeline.c - `dyad timeline A B`: the relation of two actors over
 * time.
 */
#include "cli.h"
#include "qopts.h"

static const char timeline_help[] =
"usage: dyad timeline [OPTIONS] A B\n"
"\n"
"The events between actors A and B, both directions, by day, week or\n"
"month: asserted events by quad class with their Goldstein sum, and apart\n"
"from them the planned, conditional, speculative and negated ones.  A code\n"
"of three letters matches every code it starts (PRK: PRKGOV...).\n"
"\n"
"options:\n"
"  --db FILE              the store (default dyad.db)\n"
"  --format F             table (default on a terminal), jsonl (default\n"
"                         otherwise), csv or tsv\n"
"  --bucket B             day, week (from Monday) or month (default)\n"
"  --from YYYY-MM-DD      events on or after this day\n"
"  --to YYYY-MM-DD        events on or before this day\n"
"  --cameo CODE, --root RR, --quad N, --plover TYPE, --place CODE,\n"
"  --article ID, --story ID, --text QUERY\n"
"                         count only the events these select\n"
"  --limit N              at most N rows\n"
"  -h, --help             this help\n";

static int timeline(dyad_store *st, const struct dyad_query *q,
		    const struct dyad_sink *sink, dyad_error *err)
{
	return dyad_query_timeline(st, q, sink, err);
}

int cmd_timeline(int argc, char **argv)
{
	struct qopts o;
	int rc = qopt_parse(&o, argc, argv, QO_FILTERS | QO_DATES | QO_LIMIT | QO_BUCKET,
			    timeline_help);

	if (rc)
		return rc;
	if (o.n_args != 2) {
		cli_error("timeline: give two actors, e.g. 'dyad timeline PRK RUS'");
		return EXIT_USAGE;
	}
	if (o.q.actor || o.q.source || o.q.target) {
		cli_error("timeline: the actors are A and B; --actor, --source and --target "
			  "do not apply");
		return EXIT_USAGE;
	}
	o.q.a = o.args[0];
	o.q.b = o.args[1];
	return qopt_run(&o, timeline, 0);
}
