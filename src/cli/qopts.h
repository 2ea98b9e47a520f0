/*
 * qopts.h - the options the question commands share (events, dyads,
 * timeline, focus, story, related, export, report): the store, the output
 * format and the filters, parsed in one place so that each means the same
 * everywhere.
 */
#ifndef DYAD_CLI_QOPTS_H
#define DYAD_CLI_QOPTS_H

#include "output.h"

enum qopt_set {
	QO_FILTERS = 1 << 0,    /* --actor --source --target --cameo --root --quad
				 * --plover --article --text --story */
	QO_DATES = 1 << 1,      /* --from --to */
	QO_MODE = 1 << 2,       /* --mode */
	QO_LIMIT = 1 << 3,      /* --limit */
	QO_MENTIONS = 1 << 4,   /* --mentions */
	QO_BY_ACTOR = 1 << 5,   /* --by-actor */
	QO_BUCKET = 1 << 6,     /* --bucket */
	QO_FOCUS = 1 << 7,      /* --split --test --alpha --min --evidence --top
				 * --direction */
	QO_GDELT = 1 << 8,      /* --format gdelt is allowed */
	QO_OFFSET = 1 << 9,     /* --offset */
};

#define QOPT_MAX_ARGS 8

struct qopts {
	const char *db;
	enum out_format format;
	int format_set;
	int mode_set;           /* --mode was given */
	struct dyad_query q;
	const char *args[QOPT_MAX_ARGS];        /* the positional arguments */
	size_t n_args;
};

/* Parse argv (argv[0] is the command name) into o, with the defaults
 * set first: dyad.db, table on a terminal and JSON Lines elsewhere.
 * help is printed for -h/--help (and the process exits 0).  Returns
 * EXIT_OK or EXIT_USAGE (after saying why on stderr). */
int qopt_parse(struct qopts *o, int argc, char **argv, unsigned allowed,
	       const char *help);

/* The --help lines of QO_MODE and QO_DATES, as the counting commands
 * (dyads, places, focus, report) word them. */
#define QO_PERIOD_HELP \
	"  --mode MODE            count events of this mode (default asserted; any)\n" \
	"  --from YYYY-MM-DD      events on or after this day\n" \
	"  --to YYYY-MM-DD        events on or before this day\n"

/* The --help lines of the event filters (QO_FILTERS) but --mode and the
 * dates, for commands that take them all as 'dyad events' does. */
#define QO_FILTERS_HELP \
	"  --actor CODE, --source CODE, --target CODE, --cameo CODE, --root RR,\n" \
	"  --quad N, --plover TYPE, --place CODE, --article ID, --story ID,\n" \
	"  --text QUERY\n"

typedef int (*qopt_query_fn)(dyad_store *st, const struct dyad_query *q,
			     const struct dyad_sink *sink, dyad_error *err);
/* Open o->db, run fn with o->q and print its tables in o->format (multi:
 * the answer has several tables).  Returns the exit code. */
int qopt_run(struct qopts *o, qopt_query_fn fn, int multi);
/* qopt_run for a ranked list (dyads, places): no arguments after the
 * options, asserted events unless --mode, 20 rows unless --limit.  name
 * is the command's, for the message. */
int qopt_run_ranked(struct qopts *o, const char *name, qopt_query_fn fn);

#endif
