/*
 * cmd_events.c - `dyad events`: the stored events that pass the filters.
 */
#include "cli.h"
#include "qopts.h"

static const char events_help[] =
"usage: dyad events [OPTIONS]\n"
"\n"
"List the stored events that pass the filters, in order of day, one row\n"
"per event with how many articles and sites reported it (the reports of\n"
"one event in the articles of one story count once).  An actor code of\n"
"three letters matches every code it starts (PRK: PRKGOV, PRKMIL...).\n"
"\n"
"options:\n"
"  --db FILE              the store (default dyad.db)\n"
"  --format F             table (default on a terminal), jsonl (default\n"
"                         otherwise), csv or tsv; table shows fewer columns\n"
"  --actor CODE           the source or the target is CODE\n"
"  --source CODE          the source is CODE\n"
"  --target CODE          the target is CODE\n"
"  --cameo CODE           the CAMEO event code (042)\n"
"  --root RR              the CAMEO root code (04)\n"
"  --quad N               the quad class: 1 verbal cooperation, 2 material\n"
"                         cooperation, 3 verbal conflict, 4 material conflict\n"
"  --plover TYPE          the PLOVER event type (CONSULT)\n"
"  --place CODE           events that happened in this state (UKR), as\n"
"                         their sentences place them\n"
"  --mode MODE            asserted, planned, conditional, negated,\n"
"                         speculative or any (default any)\n"
"  --from YYYY-MM-DD      events on or after this day\n"
"  --to YYYY-MM-DD        events on or before this day\n"
"  --article ID           events of this article (its store id or input id)\n"
"  --story ID             events of this story\n"
"  --text QUERY           events of articles whose title or text match this\n"
"                         full-text query (SQLite FTS5 syntax)\n"
"  --mentions             one row per report, not per event\n"
"  --limit N              at most N rows\n"
"  --offset N             skip the first N rows (with --limit: pages)\n"
"  --after DAY:ID         the rows after the row of this day and mention id\n"
"                         (':ID' for an undated one): pages as fast at the\n"
"                         end as at the start\n"
"  -h, --help             this help\n";

int cmd_events(int argc, char **argv)
{
	struct qopts o;
	int rc = qopt_parse(&o, argc, argv, QO_FILTERS | QO_DATES | QO_MODE | QO_LIMIT |
			    QO_MENTIONS | QO_OFFSET, events_help);

	if (rc)
		return rc;
	if (o.n_args) {
		cli_error("events: unexpected argument '%s'; see 'dyad events --help'", o.args[0]);
		return EXIT_USAGE;
	}
	return qopt_run(&o, dyad_query_events, 0);
}
