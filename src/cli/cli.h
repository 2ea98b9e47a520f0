/*
 * cli.h - what the subcommands of the dyad tool share.
 *
 * Each subcommand lives in src/cli/cmd_<name>.c and is registered in the
 * table in main.c.  Exit codes are the CLI's alone (the library returns
 * statuses); README.md documents them.
 */
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include "dyad.h"

enum exit_code {
	EXIT_OK = 0,
	EXIT_REJECTED = 1,      /* some input was rejected; the rest was done */
	EXIT_USAGE = 2,         /* bad command line */
	EXIT_DATA = 3,          /* a dictionary or data file is missing or malformed */
	EXIT_FATAL = 4,         /* I/O failure or out of memory: work stopped */
};

struct cli_cmd {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
};

int cmd_code(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_events(int argc, char **argv);
int cmd_dyads(int argc, char **argv);
int cmd_places(int argc, char **argv);
int cmd_timeline(int argc, char **argv);
int cmd_focus(int argc, char **argv);
int cmd_story(int argc, char **argv);
int cmd_related(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_serve(int argc, char **argv);

/* Map a library status to an exit code. */
int cli_exit_for(int status);
/* The next article of in: 1 with it in *art; 0 at the end, or after an
 * error that stops the reading (then *status holds its exit code).  An
 * article the reader rejects is reported, counted in *rejected (unless
 * NULL), marked in *status as EXIT_REJECTED, and skipped. */
int cli_next_article(dyad_input *in, struct dyad_article *art, int *status,
		     size_t *rejected);
/* Print "dyad: msg" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Dictionary options shared by every command that codes. */
struct cli_dicts {
	const char *paths[64];
	enum dyad_dict_format formats[64];
	size_t n;
	enum dyad_dict_format format;   /* --dict-format, for the --dict after it */
};
/* Handle --dict PATH / --dict-format F; returns 1 when it took argv[*i]
 * (and maybe argv[*i + 1]), 0 when the option is not its, -1 on error. */
int cli_dict_option(struct cli_dicts *d, int argc, char **argv, int *i);
/* The values of --date and of size options (--max-record, --batch):
 * 0, or -1 after saying what is wrong. */
int cli_date_option(struct dyad_date *out, const char *arg);
int cli_size_option(size_t *out, const char *opt, const char *arg);
/* Build the lexicon: dyad's own dictionaries unless --dict was given
 * ("--dict default" names them explicitly). */
int cli_load_lexicon(const struct cli_dicts *d, dyad_lexicon **out);

#endif
