/*
 * cmd_related.c - `dyad related ARTICLE`: the stories most like an
 * article's.
 */
#include "cli.h"
#include "qopts.h"

static const char related_help[] =
"usage: dyad related [OPTIONS] ARTICLE\n"
"\n"
"The stories most related to an article (its store id, or the id its\n"
"input gave it), its own story left out: the article's most telling words\n"
"(by tf-idf) are searched in the full-text index of titles and texts and\n"
"the stories ranked by the BM25 score of their best article.\n"
"\n"
"options:\n"
"  --db FILE              the store (default dyad.db)\n"
"  --format F             table (default on a terminal), jsonl (default\n"
"                         otherwise), csv or tsv\n"
"  --limit N              at most N stories (default 10)\n"
"  -h, --help             this help\n";

int cmd_related(int argc, char **argv)
{
	struct qopts o;
	int rc = qopt_parse(&o, argc, argv, QO_LIMIT, related_help);

	if (rc)
		return rc;
	if (o.n_args != 1) {
		cli_error("related: give one article, e.g. 'dyad related 12'");
		return EXIT_USAGE;
	}
	o.q.article = o.args[0];
	return qopt_run(&o, dyad_query_related, 0);
}
