/*
 * cmd_code.c - `dyad code`: read articles, code them, print events.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "cli.h"
#include "event_json.h"

#define MAX_RECORD_DEFAULT (64u << 20)

enum out_format { OUT_JSONL, OUT_TSV };

struct code_opts {
	struct cli_dicts dicts;
	enum out_format format;
	struct dyad_date date;
	int explain;
	size_t max_record;
};

struct out_ctx {
	enum out_format format;
	struct buf line;
	size_t n_events;
};

static const char code_help[] =
"usage: dyad code [OPTIONS] [FILE|DIR|-]...\n"
"\n"
"Code news articles into political events, one record per event.\n"
"Inputs are plain text files (one article each), JSON Lines files (one\n"
"article per line: id, url, date, title, text), directories (walked\n"
"recursively) or - for standard input (the default).\n"
"\n"
"options:\n"
"  --format jsonl|tsv     output format (default jsonl)\n"
"  --date YYYY-MM-DD      publication date for articles that carry none\n"
"  --dict PATH            load a dictionary file or directory instead of\n"
"                         dyad's own; repeatable; 'default' names dyad's own\n"
"  --dict-format F        format of the --dict options after it: auto\n"
"                         (default), native, petrarch or tabari\n"
"  --explain              print, per sentence, the tokens, actors and\n"
"                         patterns found and why each event was or was not\n"
"                         coded, instead of the events\n"
"  --max-record BYTES     reject articles larger than this (default 64 MiB)\n"
"  -h, --help             this help\n"
"\n"
"exit status: 0 all input coded, 1 some input rejected (the rest was\n"
"coded), 2 usage error, 3 dictionary error, 4 fatal error.\n";

/* A field of free text: its tabs and line breaks become spaces. */
static void tsv_field(struct buf *b, const char *s, size_t n)
{
	size_t i, run = 0;

	for (i = 0; i < n; i++)
		if (s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			buf_add(b, s + run, i - run);
			buf_addc(b, ' ');
			run = i + 1;
		}
	buf_add(b, s + run, n - run);
}

/* A field of dyad's own (a code, a name): no tabs to replace. */
static void tsv_value(struct buf *b, const char *s)
{
	buf_adds(b, s);
	buf_addc(b, '\t');
}

static void tsv_span(struct buf *b, const struct dyad_event *ev, const struct dyad_span *sp,
		     int with_code)
{
	if (with_code)
		tsv_value(b, sp->code);
	tsv_field(b, ev->text + sp->start, sp->end - sp->start);
	buf_addc(b, '\t');
	buf_addu(b, sp->start);
	buf_addc(b, '\t');
	buf_addu(b, sp->end);
	buf_addc(b, '\t');
}

static const char tsv_header[] =
	"article\tsentence\tsource_code\tsource_text\tsource_start\tsource_end\t"
	"target_code\ttarget_text\ttarget_start\ttarget_end\t"
	"reporter_code\treporter_text\treporter_start\treporter_end\t"
	"trigger_text\ttrigger_start\ttrigger_end\tcameo\tcameo_name\troot\t"
	"quad_class\tgoldstein\tplover\tmode\tdate\tdate_precision\t"
	"location_code\tlocation_text\tlocation_start\tlocation_end\ttext\n";

static int on_event(const struct dyad_event *ev, void *data)
{
	struct out_ctx *o = data;
	char date[11];

	dyad_date_format(ev->date, date);
	buf_reset(&o->line);
	if (o->format == OUT_JSONL) {
		event_json(&o->line, ev);
		buf_addc(&o->line, '\n');
	} else {
		tsv_field(&o->line, ev->article->id, strlen(ev->article->id));
		buf_addc(&o->line, '\t');
		buf_addu(&o->line, ev->sentence);
		buf_addc(&o->line, '\t');
		tsv_span(&o->line, ev, &ev->source, 1);
		tsv_span(&o->line, ev, &ev->target, 1);
		if (ev->has_reporter)
			tsv_span(&o->line, ev, &ev->reporter, 1);
		else
			buf_adds(&o->line, "\t\t\t\t");
		tsv_span(&o->line, ev, &ev->trigger, 0);
		tsv_value(&o->line, ev->cameo);
		tsv_value(&o->line, ev->cameo_name);
		tsv_value(&o->line, ev->root);
		buf_printf(&o->line, "%d\t%.1f\t", ev->quad_class, ev->goldstein);
		tsv_value(&o->line, ev->plover);
		tsv_value(&o->line, dyad_mode_name(ev->mode));
		tsv_value(&o->line, ev->date.precision ? date : "");
		tsv_value(&o->line, dyad_precision_name(ev->date.precision));
		if (ev->has_location)
			tsv_span(&o->line, ev, &ev->location, 1);
		else
			buf_adds(&o->line, "\t\t\t\t");
		tsv_field(&o->line, ev->text, ev->text_len);
		buf_addc(&o->line, '\n');
	}
	o->n_events++;
	if (fwrite(o->line.data, 1, o->line.len, stdout) != o->line.len)
		return DYAD_EIO;
	return 0;
}

/* --explain prints the trace, whose "event:" lines stand for the records. */
static int count_event(const struct dyad_event *ev, void *data)
{
	(void)ev;
	((struct out_ctx *)data)->n_events++;
	return 0;
}

static void on_trace(const char *line, size_t len, void *ctx)
{
	(void)ctx;
	fwrite(line, 1, len, stdout);
	fputc('\n', stdout);
}

static int parse_opts(int argc, char **argv, struct code_opts *o, int *first_path)
{
	int i, r;

	memset(o, 0, sizeof(*o));
	o->max_record = MAX_RECORD_DEFAULT;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] != '-' || !strcmp(a, "-"))
			break;
		if (!strcmp(a, "--")) {
			i++;
			break;
		}
		if ((r = cli_dict_option(&o->dicts, argc, argv, &i)) < 0)
			return EXIT_USAGE;
		if (r)
			continue;
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(code_help, stdout);
			exit(EXIT_OK);
		} else if (!strcmp(a, "--explain")) {
			o->explain = 1;
		} else if (!strcmp(a, "--format") && i + 1 < argc) {
			const char *f = argv[++i];
			if (!strcmp(f, "jsonl") || !strcmp(f, "json"))
				o->format = OUT_JSONL;
			else if (!strcmp(f, "tsv"))
				o->format = OUT_TSV;
			else {
				cli_error("unknown format '%s' (jsonl or tsv)", f);
				return EXIT_USAGE;
			}
		} else if (!strcmp(a, "--date") && i + 1 < argc) {
			if (cli_date_option(&o->date, argv[++i]))
				return EXIT_USAGE;
		} else if (!strcmp(a, "--max-record") && i + 1 < argc) {
			if (cli_size_option(&o->max_record, a, argv[++i]))
				return EXIT_USAGE;
		} else {
			cli_error("code: unknown option or missing argument '%s'; see 'dyad code --help'", a);
			return EXIT_USAGE;
		}
	}
	*first_path = i;
	return EXIT_OK;
}

int cmd_code(int argc, char **argv)
{
	struct code_opts o;
	struct out_ctx out;
	dyad_lexicon *lex = NULL;
	dyad_coder *coder = NULL;
	dyad_input *in = NULL;
	dyad_error err = { 0, "" };
	const char *stdin_path[] = { "-" };
	struct dyad_article art;
	int first, rc, status = EXIT_OK;
	size_t n_articles = 0;
	time_t last_report = time(NULL);
	int progress = isatty(STDERR_FILENO) && !isatty(STDOUT_FILENO);
	int out_events;

	if ((rc = parse_opts(argc, argv, &o, &first)))
		return rc;
	if ((rc = cli_load_lexicon(&o.dicts, &lex)))
		return cli_exit_for(rc);
	if ((rc = dyad_coder_new(&coder, lex, &err))) {
		cli_error("%s", err.msg);
		dyad_lexicon_free(lex);
		return cli_exit_for(rc);
	}
	if (o.explain)
		dyad_coder_set_trace(coder, on_trace, NULL);
	out_events = !o.explain;
	rc = first < argc ?
	     dyad_input_open(&in, (const char *const *)argv + first, (size_t)(argc - first),
			     o.max_record, &err) :
	     dyad_input_open(&in, stdin_path, 1, o.max_record, &err);
	if (rc) {
		cli_error("%s", err.msg);
		status = cli_exit_for(rc);
		goto done;
	}
	memset(&out, 0, sizeof(out));
	out.format = o.format;
	buf_init(&out.line, 0);
	if (o.format == OUT_TSV && !o.explain)
		fputs(tsv_header, stdout);
	for (;;) {
		if (!cli_next_article(in, &art, &status, NULL))
			break;
		if (art.date.precision == DYAD_PREC_NONE)
			art.date = o.date;
		if (o.explain)
			printf("article %s\n", art.id);
		rc = dyad_code(coder, &art, out_events ? on_event : count_event, &out, &err);
		/* A text that is not UTF-8, or too large to code, is one
		 * rejected article; the others go on. */
		if (rc == DYAD_EINPUT || rc == DYAD_ENOMEM) {
			cli_error("%s%s%.0ld: %s", art.origin,
				  art.line ? ":" : "", art.line, err.msg);
			status = EXIT_REJECTED;
			continue;
		}
		if (rc) {
			cli_error("%s: %s", art.id, rc == DYAD_EIO ? "cannot write output" : err.msg);
			status = EXIT_FATAL;
			break;
		}
		n_articles++;
		if (progress && time(NULL) - last_report >= 2) {
			last_report = time(NULL);
			fprintf(stderr, "\rdyad: %zu articles, %zu events", n_articles, out.n_events);
		}
	}
	if (progress && n_articles)
		fprintf(stderr, "\rdyad: %zu articles, %zu events\n", n_articles, out.n_events);
	buf_free(&out.line);
	if (fflush(stdout)) {
		cli_error("cannot write output");
		status = EXIT_FATAL;
	}
done:
	dyad_input_free(in);
	dyad_coder_free(coder);
	dyad_lexicon_free(lex);
	return status;
}
