/*
 * cmd_export.c - `dyad export`: the stored events for other tools, GDELT's
 * first.
 */
#include "cli.h"
#include "qopts.h"

static const char export_help[] =
"usage: dyad export [OPTIONS]\n"
"\n"
"Write the stored events, one row per event.  gdelt (the default) is the\n"
"GDELT 2.0 event table: 61 tab-separated columns in its order, without a\n"
"header, empty where dyad does not know the field (ethnic and religion\n"
"codes, tone, geography, DATEADDED); NumMentions, NumSources and\n"
"NumArticles count the event's reports, sites and articles.  jsonl, csv\n"
"and tsv hold every field dyad stores (as 'dyad events' does).\n"
"\n"
"options:\n"
"  --db FILE              the store (default dyad.db)\n"
"  --format F             gdelt (default), jsonl, csv or tsv\n"
"  --mode MODE            events of this mode (default: asserted for gdelt,\n"
"                         which has no mode column; any otherwise)\n"
"  --from YYYY-MM-DD      events on or after this day\n"
"  --to YYYY-MM-DD        events on or before this day\n"
QO_FILTERS_HELP
"                         export only the events these select\n"
"  --mentions             jsonl, csv, tsv: one row per report\n"
"  --limit N              at most N rows\n"
"  -h, --help             this help\n";

static int export_gdelt(dyad_store *st, const struct dyad_query *q,
			const struct dyad_sink *sink, dyad_error *err)
{
	return dyad_query_gdelt(st, q, sink, err);
}

int cmd_export(int argc, char **argv)
{
	struct qopts o;
	int rc = qopt_parse(&o, argc, argv, QO_FILTERS | QO_DATES | QO_MODE | QO_LIMIT |
			       QO_MENTIONS | QO_GDELT, export_help);

	if (rc)
		return rc;
	if (o.n_args) {
		cli_error("export: unexpected argument '%s'; see 'dyad export --help'", o.args[0]);
		return EXIT_USAGE;
	}
	if (!o.format_set)
		o.format = OUT_GDELT;
	if (o.format == OUT_TABLE) {
		cli_error("export: --format table is for the other commands; use gdelt, "
			  "jsonl, csv or tsv");
		return EXIT_USAGE;
	}
	if (o.format != OUT_GDELT)
		return qopt_run(&o, dyad_query_events, 0);
	if (!o.mode_set)
		o.q.mode = DYAD_MODE_ASSERTED;
	return qopt_run(&o, export_gdelt, 0);
}
