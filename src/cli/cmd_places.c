/*
 * cmd_places.c - `dyad places`: where the events happened.
 */
#include "cli.h"
#include "qopts.h"

static const char places_help[] =
"usage: dyad places [OPTIONS]\n"
"\n"
"Where the stored events happened, as their sentences place them (\"met\n"
"Xi in Beijing\", \"missiles struck Kyiv\"): per state, its events by quad\n"
"class, their mean Goldstein score, the first and last day, and the words\n"
"that named the place most often.  Events whose sentence names no place\n"
"are left out.\n"
"\n"
"options:\n"
"  --db FILE              the store (default dyad.db)\n"
"  --format F             table (default on a terminal), jsonl (default\n"
"                         otherwise), csv or tsv\n"
QO_PERIOD_HELP
QO_FILTERS_HELP
"                         count only the events these select (as in\n"
"                         'dyad events')\n"
"  --limit N              at most N places (default 20)\n"
"  -h, --help             this help\n";

int cmd_places(int argc, char **argv)
{
	struct qopts o;
	int rc = qopt_parse(&o, argc, argv, QO_FILTERS | QO_DATES | QO_MODE | QO_LIMIT,
			    places_help);

	return rc ? rc : qopt_run_ranked(&o, "places", dyad_query_places);
}
