/*
 * cmd_focus.c - `dyad focus A`: whom A's cooperation and conflict are
 * aimed at, and the shifts between two periods that chance does not
 * explain.
 */
#include "cli.h"
#include "qopts.h"

static const char focus_help[] =
"usage: dyad focus [OPTIONS] A\n"
"\n"
"The partners of actor A's cooperative (quad classes 1-2) and conflictual\n"
"(3-4) events and their shares in two periods: before and from the day of\n"
"A's middle event (halves by count), or before and from --split.  Each\n"
"partner with enough events is tested for a change of share (two-\n"
"proportion z-test, or Fisher's exact test), the p-values of all tests\n"
"adjusted by Holm's method; a partner whose adjusted p is below --alpha is\n"
"a shift, shown with the sentences of its events.  Tables: focus (the\n"
"periods, counts and test), partners, shares (by month) and evidence.  A\n"
"3-letter code stands for its country (PRK: PRKGOV, PRKMIL...), and\n"
"partners are countries unless --by-actor.\n"
"\n"
"options:\n"
"  --db FILE              the store (default dyad.db)\n"
"  --format F             table (default on a terminal), jsonl (default\n"
"                         otherwise), csv or tsv\n"
"  --direction D          out: events A aims at others (default); in: aimed\n"
"                         at A; both\n"
"  --split YYYY-MM-DD     the first day of the second period\n"
"  --test T               z (default) or fisher\n"
"  --alpha A              family-wise error rate (default 0.05)\n"
"  --min N                test partners with at least N events in a class\n"
"                         (default 3)\n"
"  --evidence N           sentences per shift and period (default 2)\n"
"  --top N                partners per class in the shares over time\n"
"                         (default 5)\n"
"  --bucket B             the shares' buckets: day, week or month (default)\n"
"  --by-actor             partners are actor codes, not countries\n"
QO_PERIOD_HELP
"  -h, --help             this help\n";

int cmd_focus(int argc, char **argv)
{
	struct qopts o;
	int rc = qopt_parse(&o, argc, argv, QO_DATES | QO_MODE | QO_FOCUS | QO_BUCKET |
			       QO_BY_ACTOR, focus_help);

	if (rc)
		return rc;
	if (o.n_args != 1) {
		cli_error("focus: give one actor, e.g. 'dyad focus PRK'");
		return EXIT_USAGE;
	}
	/* Asserted events, unless --mode says otherwise. */
	if (!o.mode_set)
		o.q.mode = DYAD_MODE_ASSERTED;
	o.q.a = o.args[0];
	return qopt_run(&o, dyad_query_focus, 1);
}
