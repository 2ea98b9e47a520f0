/*
 * cmd_dyads.c - `dyad dyads`: the most active directed pairs of actors.
 */
#include "cli.h"
#include "qopts.h"

static const char dyads_help[] =
"usage: dyad dyads [OPTIONS]\n"
"\n"
"The most active directed pairs (source, target) of countries, or of\n"
"actor codes with --by-actor: their events by quad class and their mean\n"
"Goldstein score.  A country is a code's first three letters when they\n"
"name a state; other codes (IGOUNO...) stand as they are.\n"
"\n"
"options:\n"
"  --db FILE              the store (default dyad.db)\n"
"  --format F             table (default on a terminal), jsonl (default\n"
"                         otherwise), csv or tsv\n"
"  --by-actor             pairs of actor codes, not of countries\n"
QO_PERIOD_HELP
QO_FILTERS_HELP
"                         count only the events these select (as in\n"
"                         'dyad events')\n"
"  --limit N              at most N pairs (default 20)\n"
"  -h, --help             this help\n";

int cmd_dyads(int argc, char **argv)
{
	struct qopts o;
	int rc = qopt_parse(&o, argc, argv, QO_FILTERS | QO_DATES | QO_MODE | QO_LIMIT |
			    QO_BY_ACTOR, dyads_help);

	return rc ? rc : qopt_run_ranked(&o, "dyads", dyad_query_dyads);
}
