/*
 * cmd_ingest.c - `dyad ingest`: read articles, code them and store them,
 * with their events and stories, in an SQLite store.
 *
 * The pipeline end to end: dyad_input_* reads, dyad_store_ingest() codes
 * and stores.  Progress goes to stderr when it is a terminal (or with
 * --progress): articles, events, rate and, when the input's size is
 * known, the time left.  Ctrl-C stops after the article at hand and
 * commits what is stored; kill -9 loses at most the open batch, and a
 * rerun goes on where it stopped.
 */
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

#define MAX_RECORD_DEFAULT (64u << 20)

static const char ingest_help[] =
"usage: dyad ingest [OPTIONS] [FILE|DIR|-]...\n"
"\n"
"Code news articles and store them, with their events, sentences, actors\n"
"and stories, in an SQLite store (created when missing).  An article whose\n"
"text is stored already is skipped, so a rerun (after an interruption, or\n"
"on a grown folder) stores only what is new.  Inputs are read as by 'dyad\n"
"code'; - (the default) is standard input.\n"
"\n"
"options:\n"
"  --db FILE              the store (default dyad.db)\n"
"  --date YYYY-MM-DD      publication date for articles that carry none\n"
"  --dict PATH            load a dictionary file or directory instead of\n"
"                         dyad's own; repeatable; 'default' names dyad's own\n"
"  --dict-format F        format of the --dict options after it: auto\n"
"                         (default), native, petrarch or tabari\n"
"  --batch N              articles per transaction (default 1024)\n"
"  --progress             show progress on stderr even when it is not a\n"
"                         terminal (one line per update)\n"
"  --max-record BYTES     reject articles larger than this (default 64 MiB)\n"
"  -h, --help             this help\n"
"\n"
"exit status: 0 all input stored, 1 some input rejected (the rest was\n"
"stored), 2 usage error, 3 dictionary or store format error, 4 fatal error.\n";

struct ingest_opts {
	struct cli_dicts dicts;
	const char *db;
	struct dyad_date date;
	size_t max_record, batch;
	int progress;
};

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

static int parse_opts(int argc, char **argv, struct ingest_opts *o, int *first_path)
{
	int i, r;

	memset(o, 0, sizeof(*o));
	o->db = "dyad.db";
	o->max_record = MAX_RECORD_DEFAULT;
	o->batch = 1024;
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
			fputs(ingest_help, stdout);
			exit(EXIT_OK);
		} else if (!strcmp(a, "--progress")) {
			o->progress = 1;
		} else if (!strcmp(a, "--db") && i + 1 < argc) {
			o->db = argv[++i];
		} else if (!strcmp(a, "--date") && i + 1 < argc) {
			if (cli_date_option(&o->date, argv[++i]))
				return EXIT_USAGE;
		} else if (!strcmp(a, "--max-record") && i + 1 < argc) {
			if (cli_size_option(&o->max_record, a, argv[++i]))
				return EXIT_USAGE;
		} else if (!strcmp(a, "--batch") && i + 1 < argc) {
			if (cli_size_option(&o->batch, a, argv[++i]))
				return EXIT_USAGE;
		} else {
			cli_error("ingest: unknown option or missing argument '%s'; "
				  "see 'dyad ingest --help'", a);
			return EXIT_USAGE;
		}
	}
	*first_path = i;
	return EXIT_OK;
}

/* ---- progress ------------------------------------------------------------ */

struct progress {
	int on, tty;
	struct timespec start;
	double last;
	uint64_t total_bytes;   /* 0: unknown (standard input) */
	uint64_t done_bytes;    /* files finished */
	uint64_t file_bytes;    /* the current file's size */
	uint64_t file_read;     /* an estimate of what of it is read */
	char origin[512];
	size_t articles;
};

static uint64_t walk_total;

static int walk_add(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)path;
	(void)ftw;
	if (flag == FTW_F && S_ISREG(sb->st_mode))
		walk_total += (uint64_t)sb->st_size;
	return 0;
}

/* The bytes of every input, or 0 when one of them is a stream. */
static uint64_t input_size(char **paths, int n)
{
	struct stat sb;
	int i;

	walk_total = 0;
	for (i = 0; i < n; i++) {
		if (!strcmp(paths[i], "-") || stat(paths[i], &sb))
			return 0;
		if (S_ISDIR(sb.st_mode))
			nftw(paths[i], walk_add, 16, FTW_PHYS);
		else if (S_ISREG(sb.st_mode))
			walk_total += (uint64_t)sb.st_size;
		else
			return 0;
	}
	return walk_total;
}

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + t.tv_nsec / 1e9;
}

/* Account for one article read from art->origin: a new origin means the
 * previous file is done; within a file, the article's bytes move the
 * estimate on. */
static void progress_article(struct progress *p, const struct dyad_article *art)
{
	struct stat sb;

	p->articles++;
	if (!p->total_bytes)
		return;
	if (strcmp(art->origin, p->origin)) {
		p->done_bytes += p->file_bytes;
		snprintf(p->origin, sizeof(p->origin), "%s", art->origin);
		p->file_bytes = !stat(art->origin, &sb) ? (uint64_t)sb.st_size : 0;
		p->file_read = 0;
	}
	/* A JSON line is about its text and fields; a file of one article
	 * is read whole. */
	p->file_read += art->line ? art->text_len + 64 +
				    (art->title ? strlen(art->title) : 0) +
				    (art->url ? strlen(art->url) : 0)
				  : p->file_bytes;
	if (p->file_read > p->file_bytes)
		p->file_read = p->file_bytes;
}

static void progress_show(struct progress *p, const struct dyad_store_stats *s, int final)
{
	double t = now(), elapsed = t - p->last;
	double run = t - ((double)p->start.tv_sec + p->start.tv_nsec / 1e9);
	uint64_t done = p->done_bytes + p->file_read;
	char left[64] = "";

	if (!p->on || (!final && elapsed < 0.5))
		return;
	p->last = t;
	if (p->total_bytes && done > 0 && done < p->total_bytes && run > 1) {
		double rest = run * (double)(p->total_bytes - done) / (double)done;
		snprintf(left, sizeof(left), ", %.0f%%, %d:%02d left",
			 100.0 * (double)done / (double)p->total_bytes,
			 (int)(rest / 60), (int)rest % 60);
	}
	fprintf(stderr, "%sdyad: %zu articles read, %llu stored, %llu events, "
		"%.0f events/s%s%s%s", p->tty ? "\r" : "", p->articles,
		(unsigned long long)s->articles, (unsigned long long)s->events,
		run > 0 ? (double)s->events / run : 0.0, left,
		p->tty ? "\033[K" : "", p->tty && !final ? "" : "\n");
}

/* ---- the command ----------------------------------------------------------- */

int cmd_ingest(int argc, char **argv)
{
	struct ingest_opts o;
	struct progress prog;
	struct dyad_store_stats stats = { 0 };
	struct sigaction sa;
	dyad_lexicon *lex = NULL;
	dyad_coder *coder = NULL;
	dyad_input *in = NULL;
	dyad_store *st = NULL;
	dyad_error err = { 0, "" };
	const char *stdin_path[] = { "-" };
	struct dyad_article art;
	int first, rc, from, status = EXIT_OK;
	size_t rejected = 0;
	double t0;

	if ((rc = parse_opts(argc, argv, &o, &first)))
		return rc;
	memset(&prog, 0, sizeof(prog));
	prog.tty = isatty(STDERR_FILENO);
	prog.on = prog.tty || o.progress;
	clock_gettime(CLOCK_MONOTONIC, &prog.start);
	t0 = now();
	prog.last = t0;
	if (first < argc)
		prog.total_bytes = input_size(argv + first, argc - first);
	if ((rc = cli_load_lexicon(&o.dicts, &lex)))
		return cli_exit_for(rc);
	if ((rc = dyad_coder_new(&coder, lex, &err))) {
		cli_error("%s", err.msg);
		status = cli_exit_for(rc);
		goto done;
	}
	if ((rc = dyad_store_open(&st, o.db, DYAD_STORE_WRITE, &from, &err)) ||
	    (rc = dyad_store_ingest_begin(st, lex, &err))) {
		cli_error("%s", err.msg);
		status = cli_exit_for(rc);
		dyad_store_close(st, NULL);
		st = NULL;
		goto done;
	}
	if (from != 0 && from != DYAD_STORE_SCHEMA)
		cli_error("note: %s was migrated from store version %d to %d", o.db, from,
			  DYAD_STORE_SCHEMA);
	dyad_store_set_batch(st, o.batch);
	rc = first < argc ?
	     dyad_input_open(&in, (const char *const *)argv + first, (size_t)(argc - first),
			     o.max_record, &err) :
	     dyad_input_open(&in, stdin_path, 1, o.max_record, &err);
	if (rc) {
		cli_error("%s", err.msg);
		status = cli_exit_for(rc);
		goto done;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	while (!interrupted) {
		if (!cli_next_article(in, &art, &status, &rejected))
			break;
		if (art.date.precision == DYAD_PREC_NONE)
			art.date = o.date;
		progress_article(&prog, &art);
		rc = dyad_store_ingest(st, coder, &art, &err);
		if (rc == DYAD_EINPUT) {
			cli_error("%s%s%.0ld: %s", art.origin, art.line ? ":" : "", art.line,
				  err.msg);
			rejected++;
			status = EXIT_REJECTED;
			continue;
		}
		if (rc < 0) {
			cli_error("%s: %s", art.id, err.msg);
			status = cli_exit_for(rc);
			break;
		}
		dyad_store_stats(st, &stats);
		progress_show(&prog, &stats, 0);
	}
	if (interrupted)
		cli_error("interrupted: the articles read so far are stored; run again to go on");
done:
	if (st) {
		int crc;
		dyad_store_stats(st, &stats);
		crc = dyad_store_close(st, &err);
		if (crc) {
			cli_error("%s", err.msg);
			if (status == EXIT_OK || status == EXIT_REJECTED)
				status = cli_exit_for(crc);
		}
		prog.file_read = prog.file_bytes;
		progress_show(&prog, &stats, 1);
		fprintf(stderr, "dyad: %s: %llu articles stored with %llu events, %llu already "
			"stored (%llu as new copies), %zu rejected, in %.1f s\n", o.db,
			(unsigned long long)stats.articles, (unsigned long long)stats.events,
			(unsigned long long)stats.duplicates, (unsigned long long)stats.copies,
			rejected, now() - t0);
	}
	if (interrupted && status == EXIT_OK)
		status = EXIT_FATAL;
	dyad_input_free(in);
	dyad_coder_free(coder);
	dyad_lexicon_free(lex);
	return status;
}
