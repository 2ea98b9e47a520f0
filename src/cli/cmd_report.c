/*
 * cmd_report.c - `dyad report`: what a store holds, in one page.
 */
#include "cli.h"
#include "qopts.h"

static const char report_help[] =
"usage: dyad report [OPTIONS]\n"
"\n"
"A short report on a store: what it holds (summary), the most active\n"
"dyads of countries, where the events happened (places), the largest\n"
"focus shifts with their evidence (the most active countries' partners,\n"
"tested as 'dyad focus' does: each country's events in halves by count\n"
"unless --split; the significant shifts first, then the largest moves\n"
"with their adjusted p) and the busiest stories.\n"
"\n"
"options:\n"
"  --db FILE              the store (default dyad.db)\n"
"  --format F             table (default), jsonl, csv or tsv\n"
"  --split YYYY-MM-DD     the first day of the second period\n"
"  --test T               z (default) or fisher\n"
"  --alpha A              family-wise error rate per actor (default 0.05)\n"
"  --min N                test partners with at least N events (default 3)\n"
"  --evidence N           sentences per shift and period (default 2)\n"
QO_PERIOD_HELP
"  --limit N              rows per table (default 10 dyads, 10 places,\n"
"                         5 shifts, 5 stories)\n"
"  -h, --help             this help\n";

int cmd_report(int argc, char **argv)
{
	struct qopts o;
	int rc = qopt_parse(&o, argc, argv, QO_DATES | QO_MODE | QO_FOCUS | QO_LIMIT,
			       report_help);

	if (rc)
		return rc;
	if (o.n_args) {
		cli_error("report: unexpected argument '%s'; see 'dyad report --help'", o.args[0]);
		return EXIT_USAGE;
	}
	if (!o.format_set)
		o.format = OUT_TABLE;
	if (!o.mode_set)
		o.q.mode = DYAD_MODE_ASSERTED;
	return qopt_run(&o, dyad_query_report, 1);
}
