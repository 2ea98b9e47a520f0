/*
 * cmd_extract.c - `dyad extract`: what the readers find in each input.
 *
 * Prints one JSON object per article (id, url, title, date, author,
 * language, site, text), as trafilatura's command line does, or with
 * --format text the body alone.  --eval DIR measures the HTML extraction
 * against expected texts: word-level precision, recall and F1 per page
 * and overall.  --stories then prints the stories: the articles that
 * reprint the same text (dedupe.h), one JSON line per story.
 */
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "cli.h"
#include "dedupe.h"
#include "html.h"

#define MAX_RECORD_DEFAULT (64u << 20)

enum out_format { OUT_JSONL, OUT_TEXT };

static const char extract_help[] =
"usage: dyad extract [OPTIONS] [FILE|DIR|-]...\n"
"       dyad extract --eval DIR\n"
"\n"
"Print what the readers find in each input: the article body without the\n"
"page furniture (menus, share buttons, teasers, comments) and the page's\n"
"metadata.  Inputs are HTML pages, RSS/Atom feeds, web archives, plain\n"
"text or JSON Lines files, directories (walked recursively) or - for\n"
"standard input (the default).\n"
"\n"
"options:\n"
"  --format jsonl|text    jsonl (default): one JSON object per article with\n"
"                         id, url, title, date, author, language, site and\n"
"                         text; text: the body alone, one paragraph per\n"
"                         line, articles separated by an empty line\n"
"  --eval DIR             extract every NAME.html in DIR and compare it\n"
"                         with NAME.txt (the expected body, a paragraph per\n"
"                         line): word-level precision, recall and F1 per\n"
"                         page and overall\n"
"  --stories              after the articles, one JSON line per story (the\n"
"                         articles that reprint the same text, found by\n"
"                         MinHash): story, size, articles (their ids) and\n"
"                         sites (distinct)\n"
"  --max-record BYTES     reject articles larger than this (default 64 MiB)\n"
"  -h, --help             this help\n"
"\n"
"exit status: 0 all input read, 1 some input rejected (the rest was\n"
"printed), 2 usage error, 4 fatal error.\n";

static int dump_cb(const char *buf, size_t size, void *data)
{
	return buf_add((struct buf *)data, buf, size);
}

static json_t *str_or_null(const char *s)
{
	json_t *j = s ? json_string(s) : NULL;

	return j ? j : json_null();
}

static int print_json(const struct dyad_article *art, struct buf *line)
{
	json_t *j = json_object(), *text;
	char date[11];
	int rc;

	dyad_date_format(art->date, date);
	json_object_set_new(j, "id", str_or_null(art->id));
	json_object_set_new(j, "url", str_or_null(art->url));
	json_object_set_new(j, "title", str_or_null(art->title));
	json_object_set_new(j, "date", art->date.precision ? json_string(date) : json_null());
	json_object_set_new(j, "author", str_or_null(art->author));
	json_object_set_new(j, "language", str_or_null(art->language));
	json_object_set_new(j, "site", str_or_null(art->site));
	/* A text reader's article may not be valid UTF-8; say so rather
	 * than print a broken record. */
	text = json_stringn(art->text ? art->text : "", art->text_len);
	json_object_set_new(j, "text", text ? text : json_null());
	buf_reset(line);
	rc = json_dump_callback(j, dump_cb, line, JSON_PRESERVE_ORDER | JSON_COMPACT);
	json_decref(j);
	if (rc || buf_addc(line, '\n'))
		return DYAD_ENOMEM;
	return fwrite(line->data, 1, line->len, stdout) == line->len ? DYAD_OK : DYAD_EIO;
}

/* --stories: every article's id and site, and the dedupe table. */
struct stories {
	struct dedupe *dd;
	char **ids, **sites;            /* by dedupe item */
	size_t n, cap;
};

static int stories_add(struct stories *s, const struct dyad_article *art)
{
	uint32_t story;

	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 256;
		char **ids = realloc(s->ids, cap * sizeof(*ids));

		if (!ids)
			return DYAD_ENOMEM;
		s->ids = ids;
		ids = realloc(s->sites, cap * sizeof(*ids));
		if (!ids)
			return DYAD_ENOMEM;
		s->sites = ids;
		s->cap = cap;
	}
	s->ids[s->n] = strdup(art->id);
	s->sites[s->n] = art->site ? strdup(art->site) : NULL;
	if (!s->ids[s->n] || (art->site && !s->sites[s->n]) ||
	    dedupe_add(s->dd, art->text, art->text_len, &story)) {
		free(s->ids[s->n]);
		free(s->sites[s->n]);
		return DYAD_ENOMEM;
	}
	s->n++;
	return DYAD_OK;
}

/* One line per story, by story id (its first article's number, from 0),
 * its articles in input order, its sites distinct in order of first
 * appearance. */
static int stories_print(struct stories *s, struct buf *line)
{
	uint32_t *head = malloc(s->n * sizeof(*head)), *next = malloc(s->n * sizeof(*next));
	uint32_t *tail = malloc(s->n * sizeof(*tail));
	size_t i;
	int rc = DYAD_OK;

	if (s->n && (!head || !next || !tail))
		rc = DYAD_ENOMEM;
	for (i = 0; !rc && i < s->n; i++)
		head[i] = UINT32_MAX;
	for (i = 0; !rc && i < s->n; i++) {
		uint32_t r = dedupe_story(s->dd, (uint32_t)i);

		next[i] = UINT32_MAX;
		if (head[r] == UINT32_MAX)
			head[r] = (uint32_t)i;
		else
			next[tail[r]] = (uint32_t)i;
		tail[r] = (uint32_t)i;
	}
	for (i = 0; !rc && i < s->n; i++) {
		json_t *j, *ids, *sites, *seen;
		uint32_t k;

		if (head[i] == UINT32_MAX)
			continue;
		j = json_object();
		ids = json_array();
		sites = json_array();
		seen = json_object();
		for (k = head[i]; k != UINT32_MAX; k = next[k]) {
			json_array_append_new(ids, json_string(s->ids[k]));
			if (s->sites[k] && !json_object_get(seen, s->sites[k])) {
				json_object_set_new(seen, s->sites[k], json_true());
				json_array_append_new(sites, json_string(s->sites[k]));
			}
		}
		json_object_set_new(j, "story", json_integer((json_int_t)i));
		json_object_set_new(j, "size", json_integer((json_int_t)json_array_size(ids)));
		json_object_set_new(j, "articles", ids);
		json_object_set_new(j, "sites", sites);
		json_decref(seen);
		buf_reset(line);
		if (json_dump_callback(j, dump_cb, line, JSON_PRESERVE_ORDER | JSON_COMPACT) ||
		    buf_addc(line, '\n'))
			rc = DYAD_ENOMEM;
		else if (fwrite(line->data, 1, line->len, stdout) != line->len)
			rc = DYAD_EIO;
		json_decref(j);
	}
	free(head);
	free(next);
	free(tail);
	return rc;
}

static void stories_free(struct stories *s)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		free(s->ids[i]);
		free(s->sites[i]);
	}
	free(s->ids);
	free(s->sites);
	dedupe_free(s->dd);
}

/* The body, one paragraph per line: blank lines dropped, lines trimmed. */
static int print_text(const struct dyad_article *art, int first)
{
	const char *p = art->text, *e = p ? p + art->text_len : NULL;

	if (!first)
		fputc('\n', stdout);
	while (p && p < e) {
		const char *nl = memchr(p, '\n', (size_t)(e - p));
		const char *le = nl ? nl : e, *b = p;

		while (b < le && (*b == ' ' || *b == '\t' || *b == '\r'))
			b++;
		while (le > b && (le[-1] == ' ' || le[-1] == '\t' || le[-1] == '\r'))
			le--;
		if (le > b) {
			fwrite(b, 1, (size_t)(le - b), stdout);
			fputc('\n', stdout);
		}
		p = nl ? nl + 1 : e;
	}
	return ferror(stdout) ? DYAD_EIO : DYAD_OK;
}

/* Read a whole file (OUT: *data, malloc'd and NUL-terminated, *len). */
static int slurp(const char *path, char **data, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct buf b;
	char chunk[65536];
	size_t n;

	*data = NULL;
	*len = 0;
	if (!f)
		return -1;
	buf_init(&b, 0);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		if (buf_add(&b, chunk, n)) {
			fclose(f);
			buf_free(&b);
			return -1;
		}
	if (ferror(f) || buf_reserve(&b, 0)) {
		fclose(f);
		buf_free(&b);
		return -1;
	}
	fclose(f);
	*data = b.data;
	*len = b.len;
	return 0;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_suffix(const char *s, const char *suf)
{
	size_t n = strlen(s), k = strlen(suf);

	return n > k && !strcmp(s + n - k, suf);
}

/* --eval DIR: every NAME.html against NAME.txt. */
static int run_eval(const char *dir)
{
	struct html_overlap sum = { 0, 0, 0 };
	struct arena a;
	struct dirent *de;
	char **names = NULL;
	size_t n_names = 0, cap = 0, i, n_pages = 0;
	double macro = 0, p, r, f;
	int status = EXIT_OK;
	DIR *d = opendir(dir);

	if (!d) {
		cli_error("extract --eval: %s: %s", dir, strerror(errno));
		return EXIT_USAGE;
	}
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.' || !has_suffix(de->d_name, ".html"))
			continue;
		if (n_names == cap) {
			size_t ncap = cap ? cap * 2 : 64;
			char **np = realloc(names, ncap * sizeof(*np));

			if (!np)
				goto nomem;
			names = np;
			cap = ncap;
		}
		if (!(names[n_names] = strdup(de->d_name)))
			goto nomem;
		n_names++;
	}
	closedir(d);
	d = NULL;
	if (n_names)
		qsort(names, n_names, sizeof(*names), name_cmp);
	arena_init(&a, 0);
	printf("%-32s %9s %9s %9s %7s %7s\n", "page", "precision", "recall", "f1",
	       "gold", "got");
	for (i = 0; i < n_names; i++) {
		char path[4096], *html = NULL, *gold = NULL;
		size_t html_len, gold_len, stem = strlen(names[i]) - 5;
		struct html_overlap o;
		struct html_doc doc;
		dyad_error err = { 0, "" };
		int rc;

		arena_reset(&a);
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		if (slurp(path, &html, &html_len)) {
			cli_error("%s: %s", path, strerror(errno));
			status = EXIT_REJECTED;
			continue;
		}
		snprintf(path, sizeof(path), "%s/%.*s.txt", dir, (int)stem, names[i]);
		if (slurp(path, &gold, &gold_len)) {
			cli_error("%s: %s (the expected text of %s)", path, strerror(errno),
				  names[i]);
			free(html);
			status = EXIT_REJECTED;
			continue;
		}
		rc = html_extract(html, html_len, NULL, &a, &doc, &err);
		if (rc == DYAD_OK)
			rc = html_word_overlap(gold, gold_len, doc.text, doc.text_len, &a, &o);
		free(html);
		free(gold);
		if (rc) {
			cli_error("%s/%s: %s", dir, names[i], err.msg[0] ? err.msg : dyad_strstatus(rc));
			status = rc == DYAD_EINPUT ? EXIT_REJECTED : cli_exit_for(rc);
			if (rc != DYAD_EINPUT)
				break;
			continue;
		}
		html_overlap_score(&o, &p, &r, &f);
		printf("%-32.*s %9.3f %9.3f %9.3f %7zu %7zu\n", (int)stem, names[i], p, r, f,
		       o.gold, o.got);
		sum.gold += o.gold;
		sum.got += o.got;
		sum.common += o.common;
		macro += f;
		n_pages++;
	}
	arena_free(&a);
	html_overlap_score(&sum, &p, &r, &f);
	printf("overall: %zu pages, micro precision %.3f recall %.3f f1 %.3f, macro f1 %.3f\n",
	       n_pages, p, r, f, n_pages ? macro / (double)n_pages : 0.0);
	for (i = 0; i < n_names; i++)
		free(names[i]);
	free(names);
	if (!n_pages) {
		cli_error("extract --eval: no NAME.html pages in %s", dir);
		return EXIT_USAGE;
	}
	return status;

nomem:
	if (d)
		closedir(d);
	for (i = 0; i < n_names; i++)
		free(names[i]);
	free(names);
	cli_error("out of memory");
	return EXIT_FATAL;
}

int cmd_extract(int argc, char **argv)
{
	enum out_format format = OUT_JSONL;
	const char *stdin_path[] = { "-" };
	const char *eval_dir = NULL;
	size_t max_record = MAX_RECORD_DEFAULT;
	dyad_input *in = NULL;
	dyad_error err = { 0, "" };
	struct dyad_article art;
	struct buf line;
	struct stories stories = { 0 };
	size_t n_articles = 0;
	int i, rc, status = EXIT_OK, want_stories = 0;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (a[0] != '-' || !strcmp(a, "-"))
			break;
		if (!strcmp(a, "--")) {
			i++;
			break;
		}
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(extract_help, stdout);
			return EXIT_OK;
		} else if (!strcmp(a, "--format") && i + 1 < argc) {
			const char *f = argv[++i];

			if (!strcmp(f, "jsonl") || !strcmp(f, "json"))
				format = OUT_JSONL;
			else if (!strcmp(f, "text") || !strcmp(f, "txt"))
				format = OUT_TEXT;
			else {
				cli_error("unknown format '%s' (jsonl or text)", f);
				return EXIT_USAGE;
			}
		} else if (!strcmp(a, "--stories")) {
			want_stories = 1;
		} else if (!strcmp(a, "--eval") && i + 1 < argc) {
			eval_dir = argv[++i];
		} else if (!strcmp(a, "--max-record") && i + 1 < argc) {
			if (cli_size_option(&max_record, a, argv[++i]))
				return EXIT_USAGE;
		} else {
			cli_error("extract: unknown option or missing argument '%s'; see 'dyad extract --help'",
				  a);
			return EXIT_USAGE;
		}
	}
	if (eval_dir) {
		if (i < argc) {
			cli_error("extract: --eval takes a directory and no other input");
			return EXIT_USAGE;
		}
		return run_eval(eval_dir);
	}
	rc = i < argc ?
	     dyad_input_open(&in, (const char *const *)argv + i, (size_t)(argc - i),
			     max_record, &err) :
	     dyad_input_open(&in, stdin_path, 1, max_record, &err);
	if (rc) {
		cli_error("%s", err.msg);
		return cli_exit_for(rc);
	}
	buf_init(&line, 0);
	if (want_stories && !(stories.dd = dedupe_new(0))) {
		cli_error("out of memory");
		dyad_input_free(in);
		return EXIT_FATAL;
	}
	for (;;) {
		if (!cli_next_article(in, &art, &status, NULL))
			break;
		rc = format == OUT_JSONL ? print_json(&art, &line) :
		     print_text(&art, n_articles == 0);
		if (!rc && want_stories)
			rc = stories_add(&stories, &art);
		n_articles++;
		if (rc) {
			cli_error("%s", rc == DYAD_EIO ? "cannot write output" : "out of memory");
			status = EXIT_FATAL;
			break;
		}
	}
	if (want_stories && status != EXIT_FATAL) {
		rc = stories_print(&stories, &line);
		if (rc) {
			cli_error("%s", rc == DYAD_EIO ? "cannot write output" : "out of memory");
			status = EXIT_FATAL;
		}
	}
	if (want_stories)
		stories_free(&stories);
	buf_free(&line);
	dyad_input_free(in);
	if (fflush(stdout) && status != EXIT_FATAL) {
		cli_error("cannot write output");
		status = EXIT_FATAL;
	}
	return status;
}
