/*
 * cmd_story.c - `dyad story [ID]`: the articles of one story, or the
 * largest stories.
 */
#include <stdlib.h>

#include "cli.h"
#include "qopts.h"

static const char story_help[] =
"usage: dyad story [OPTIONS] [ID]\n"
"\n"
"A story is the group of articles that tell the same news (near\n"
"duplicates by MinHash over 5-word shingles); its id is the store id of\n"
"its oldest article.  With an ID: the story (tables story and articles;\n"
"exact copies of a stored text under another URL are listed as kind\n"
"'copy').  Without: the largest stories, by articles and sites.\n"
"\n"
"options:\n"
"  --db FILE              the store (default dyad.db)\n"
"  --format F             table (default on a terminal), jsonl (default\n"
"                         otherwise), csv or tsv\n"
"  --from YYYY-MM-DD      without ID: stories that last until this day or later\n"
"  --to YYYY-MM-DD        without ID: stories that begin on this day or earlier\n"
"  --limit N              at most N rows\n"
"  -h, --help             this help\n";

int cmd_story(int argc, char **argv)
{
	struct qopts o;
	char *end;
	int rc = qopt_parse(&o, argc, argv, QO_DATES | QO_LIMIT, story_help);

	if (rc)
		return rc;
	if (o.n_args > 1) {
		cli_error("story: give one story id at most");
		return EXIT_USAGE;
	}
	if (o.n_args) {
		long long id = strtoll(o.args[0], &end, 10);
		if (*end || id <= 0) {
			cli_error("story: '%s' is not a story id", o.args[0]);
			return EXIT_USAGE;
		}
		o.q.story = id;
	}
	return qopt_run(&o, dyad_query_story, o.n_args != 0);
}
