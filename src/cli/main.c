/*
 * main.c - the dyad command: a table of subcommands over libdyad.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const struct cli_cmd commands[] = {
	{ "code", cmd_code, "code news articles into political events" },
	{ "dict", cmd_dict, "load dictionaries and report what they hold" },
	{ "eval", cmd_eval, "precision and recall against gold events" },
	{ "extract", cmd_extract, "print the articles the readers find (body and metadata)" },
	{ "ingest", cmd_ingest, "code articles and store them in an SQLite store" },
	{ "events", cmd_events, "list stored events, by actor, code, mode, date, text" },
	{ "dyads", cmd_dyads, "the most active directed pairs of actors" },
	{ "places", cmd_places, "where the events happened, per state" },
	{ "timeline", cmd_timeline, "two actors' relation over time" },
	{ "focus", cmd_focus, "an actor's partners over time and the significant shifts" },
	{ "story", cmd_story, "the articles of a story, or the largest stories" },
	{ "related", cmd_related, "the stories related to an article (BM25)" },
	{ "export", cmd_export, "stored events as GDELT 2.0 rows, JSON Lines or CSV" },
	{ "report", cmd_report, "a short report: dyads, focus shifts, busiest stories" },
	{ "serve", cmd_serve, "the JSON API and the dashboard over HTTP" },
};

#define N_COMMANDS (sizeof(commands) / sizeof(commands[0]))

void cli_error(const char *fmt, ...)
{
	va_list ap;

	fputs("dyad: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int cli_exit_for(int status)
{
	switch (status) {
	case DYAD_OK: return EXIT_OK;
	case DYAD_EINPUT: return EXIT_REJECTED;
	case DYAD_EUSAGE: return EXIT_USAGE;
	case DYAD_ENOTFOUND: return EXIT_USAGE;
	case DYAD_EPARSE: return EXIT_DATA;
	default: return EXIT_FATAL;
	}
}

int cli_next_article(dyad_input *in, struct dyad_article *art, int *status,
		     size_t *rejected)
{
	dyad_error err = { 0, "" };
	int rc;

	for (;;) {
		rc = dyad_input_next(in, art, &err);
		if (rc > 0)
			return 1;
		if (rc == 0)
			return 0;
		cli_error("%s", err.msg);
		if (rc != DYAD_EINPUT) {
			*status = cli_exit_for(rc);
			return 0;
		}
		if (rejected)
			++*rejected;
		*status = EXIT_REJECTED;
	}
}

int cli_dict_option(struct cli_dicts *d, int argc, char **argv, int *i)
{
	const char *a = argv[*i];

	if (strcmp(a, "--dict") && strcmp(a, "--dict-format"))
		return 0;
	if (*i + 1 >= argc) {
		cli_error("%s needs an argument", a);
		return -1;
	}
	if (!strcmp(a, "--dict-format")) {
		const char *f = argv[++*i];
		if (!strcmp(f, "native"))
			d->format = DYAD_DICT_NATIVE;
		else if (!strcmp(f, "petrarch"))
			d->format = DYAD_DICT_PETRARCH;
		else if (!strcmp(f, "tabari"))
			d->format = DYAD_DICT_TABARI;
		else if (!strcmp(f, "auto"))
			d->format = DYAD_DICT_AUTO;
		else {
			cli_error("unknown dictionary format '%s' (petrarch, tabari, native or auto)", f);
			return -1;
		}
		return 1;
	}
	if (d->n == sizeof(d->paths) / sizeof(d->paths[0])) {
		cli_error("too many --dict options");
		return -1;
	}
	d->formats[d->n] = d->format;
	d->paths[d->n++] = argv[++*i];
	return 1;
}

int cli_date_option(struct dyad_date *out, const char *arg)
{
	if (dyad_date_parse(arg, strlen(arg), out) || out->precision == DYAD_PREC_NONE) {
		cli_error("--date: '%s' is not a date (YYYY-MM-DD)", arg);
		return -1;
	}
	return 0;
}

int cli_size_option(size_t *out, const char *opt, const char *arg)
{
	char *end;
	unsigned long long v = strtoull(arg, &end, 10);

	if (!*arg || *end || arg[0] == '-' || v == 0) {
		cli_error("%s: '%s' is not a positive number", opt, arg);
		return -1;
	}
	*out = (size_t)v;
	return 0;
}

int cli_load_lexicon(const struct cli_dicts *d, dyad_lexicon **out)
{
	dyad_error err = { 0, "" };
	dyad_lexicon *lex;
	size_t i;
	int rc;

	*out = NULL;
	if ((rc = dyad_lexicon_new(&lex, NULL, &err))) {
		cli_error("%s", err.msg);
		return rc;
	}
	if (d->n == 0)
		rc = dyad_lexicon_load_default(lex, &err);
	if (!rc && err.msg[0])
		cli_error("warning: %s", err.msg);
	for (i = 0; i < d->n && !rc; i++) {
		/* A load that succeeds may still report lines it skipped. */
		err.msg[0] = '\0';
		if (!strcmp(d->paths[i], "default"))
			rc = dyad_lexicon_load_default(lex, &err);
		else
			rc = dyad_lexicon_load(lex, d->paths[i], d->formats[i], &err);
		if (!rc && err.msg[0])
			cli_error("warning: %s", err.msg);
	}
	if (rc) {
		cli_error("%s", err.msg);
		dyad_lexicon_free(lex);
		return rc == DYAD_EIO ? DYAD_EPARSE : rc;
	}
	*out = lex;
	return DYAD_OK;
}

static void usage(FILE *f)
{
	size_t i;

	fprintf(f, "usage: dyad COMMAND [OPTIONS] [ARGS]\n\n"
		"dyad turns news articles into political event data: who did what\n"
		"to whom, when, coded in CAMEO, each event traceable to its sentence.\n\n"
		"commands:\n");
	for (i = 0; i < N_COMMANDS; i++)
		fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\n'dyad COMMAND --help' describes a command.\n"
		"exit codes: 0 ok, 1 some input rejected, 2 usage, 3 dictionary or\n"
		"data error, 4 fatal I/O or memory error.\n");
}

int main(int argc, char **argv)
{
	size_t i;

	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return EXIT_OK;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("dyad %s\n", DYAD_VERSION);
		return EXIT_OK;
	}
	for (i = 0; i < N_COMMANDS; i++)
		if (!strcmp(argv[1], commands[i].name))
			return commands[i].run(argc - 1, argv + 1);
	cli_error("unknown command '%s'; see 'dyad --help'", argv[1]);
	return EXIT_USAGE;
}
