/*
 * bench.c - measures dyad's coder: dictionary load time, coding speed on
 * one core, and peak memory.  A measurement tool, not a test: it prints
 * figures and exits 0 whatever they are (non-zero only when it cannot run).
 *
 *   bench [--dict PATH]... [--dict-format F] [--runs N] [--no-json]
 *         [--label NAME] CORPUS
 *
 * Dictionaries: as `dyad code` takes them.  No --dict loads dyad's own;
 * --dict replaces them; --dict default names them.
 *
 * The corpus (JSON Lines, or anything dyad_input_open() reads) is read into
 * memory first, so its I/O is not timed.  Then, after one untimed warm-up
 * pass, each timed run codes every article with one coder:
 *   count  the event callback only counts;
 *   json   the callback also writes each event as JSON into a reused
 *          buffer, as `dyad code` does (nothing is written out).
 * Then long articles: the corpus's articles joined into one article of
 * about 2,000, 8,000 and 32,000 sentences (as far as the corpus goes), each
 * coded --runs times with the counting callback, so a cost that grows
 * faster than an article's length shows as a falling rate.
 * Times are wall-clock (CLOCK_MONOTONIC) medians of the runs; "spread" is
 * the slowest run over the fastest.  MB means 10^6 bytes throughout.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "dyad.h"
#include "cli/event_json.h"

#define MAX_DICTS 32
#define MAX_RUNS 101

struct opts {
	const char *dicts[MAX_DICTS];
	enum dyad_dict_format formats[MAX_DICTS];
	size_t n_dicts;
	int runs;
	int json;
	const char *label;
	const char *corpus;
};

/* The corpus, held in memory: copies of what dyad_input_next() gave. */
struct corpus {
	struct dyad_article *articles;
	size_t n, cap;
	size_t text_bytes;
	size_t rejected;
};

struct count_ctx {
	uint64_t events;
};

struct json_ctx {
	uint64_t events;
	struct buf line;        /* one serialized event, reused */
	uint64_t bytes;         /* bytes of JSON produced */
};

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Median of n values; sorts them in place. */
static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static double peak_mb(void)
{
	struct rusage ru;

	if (getrusage(RUSAGE_SELF, &ru))
		return 0;
	return (double)ru.ru_maxrss * 1024 / 1e6;       /* ru_maxrss is in KiB */
}

static void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p) {
		fputs("bench: out of memory\n", stderr);
		exit(4);
	}
	return p;
}

static char *xstrdup(const char *s)
{
	size_t n;
	char *p;

	if (!s)
		return NULL;
	n = strlen(s) + 1;
	p = xmalloc(n);
	memcpy(p, s, n);
	return p;
}

static void usage(FILE *f)
{
	fputs("usage: bench [--dict PATH]... [--dict-format F] [--runs N] [--no-json]\n"
	      "             [--label NAME] CORPUS\n"
	      "\n"
	      "Measure dyad: dictionary load time, coding speed on one core, peak memory.\n"
	      "  --dict PATH        dictionary file or directory, as for `dyad code`;\n"
	      "                     repeatable; 'default' names dyad's own (the default)\n"
	      "  --dict-format F    auto, native, petrarch or tabari, for the --dict after it\n"
	      "  --runs N           timed runs of each measurement (default 5)\n"
	      "  --no-json          skip the run that also formats events as JSON\n"
	      "  --label NAME       name of the dictionary set in the report\n", f);
}

static int parse_opts(int argc, char **argv, struct opts *o)
{
	enum dyad_dict_format fmt = DYAD_DICT_AUTO;
	int i;

	memset(o, 0, sizeof(*o));
	o->runs = 5;
	o->json = 1;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--dict") && i + 1 < argc) {
			if (o->n_dicts == MAX_DICTS) {
				fputs("bench: too many --dict options\n", stderr);
				return -1;
			}
			o->formats[o->n_dicts] = fmt;
			o->dicts[o->n_dicts++] = argv[++i];
		} else if (!strcmp(a, "--dict-format") && i + 1 < argc) {
			const char *f = argv[++i];
			if (!strcmp(f, "auto"))
				fmt = DYAD_DICT_AUTO;
			else if (!strcmp(f, "native"))
				fmt = DYAD_DICT_NATIVE;
			else if (!strcmp(f, "petrarch"))
				fmt = DYAD_DICT_PETRARCH;
			else if (!strcmp(f, "tabari"))
				fmt = DYAD_DICT_TABARI;
			else {
				fprintf(stderr, "bench: unknown dictionary format '%s'\n", f);
				return -1;
			}
		} else if (!strcmp(a, "--runs") && i + 1 < argc) {
			char *end;
			long n = strtol(argv[++i], &end, 10);
			if (*end || n < 1 || n > MAX_RUNS) {
				fprintf(stderr, "bench: --runs: '%s' is not in 1..%d\n", argv[i], MAX_RUNS);
				return -1;
			}
			o->runs = (int)n;
		} else if (!strcmp(a, "--no-json")) {
			o->json = 0;
		} else if (!strcmp(a, "--label") && i + 1 < argc) {
			o->label = argv[++i];
		} else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			usage(stdout);
			exit(0);
		} else if (a[0] == '-' && a[1]) {
			fprintf(stderr, "bench: unknown option or missing argument '%s'\n", a);
			return -1;
		} else if (!o->corpus) {
			o->corpus = a;
		} else {
			fputs("bench: one corpus only\n", stderr);
			return -1;
		}
	}
	if (!o->corpus) {
		usage(stderr);
		return -1;
	}
	return 0;
}

/* ---- dictionaries ------------------------------------------------------ */

/* Create a lexicon and load the dictionaries asked for; *secs: the time
 * both took (OUT). */
static int load_lexicon(const struct opts *o, dyad_lexicon **out, double *secs,
			dyad_error *err)
{
	dyad_lexicon *lex = NULL;
	double t0 = now_s();
	size_t i;
	int rc;

	rc = dyad_lexicon_new(&lex, NULL, err);
	if (!rc && o->n_dicts == 0)
		rc = dyad_lexicon_load_default(lex, err);
	for (i = 0; i < o->n_dicts && !rc; i++) {
		if (!strcmp(o->dicts[i], "default"))
			rc = dyad_lexicon_load_default(lex, err);
		else
			rc = dyad_lexicon_load(lex, o->dicts[i], o->formats[i], err);
	}
	*secs = now_s() - t0;
	if (rc) {
		dyad_lexicon_free(lex);
		return rc;
	}
	*out = lex;
	return DYAD_OK;
}

/* ---- corpus ------------------------------------------------------------ */

static int read_corpus(const char *path, struct corpus *c, dyad_error *err)
{
	const char *paths[1] = { path };
	dyad_input *in = NULL;
	struct dyad_article art;
	int rc;

	memset(c, 0, sizeof(*c));
	if ((rc = dyad_input_open(&in, paths, 1, 0, err)))
		return rc;
	for (;;) {
		struct dyad_article *a;
		rc = dyad_input_next(in, &art, err);
		if (rc == 0)
			break;
		if (rc == DYAD_EINPUT) {
			fprintf(stderr, "bench: skipped: %s\n", err->msg);
			continue;
		}
		if (rc < 0)
			break;
		if (c->n == c->cap) {
			struct dyad_article *p;
			c->cap = c->cap ? c->cap * 2 : 1024;
			p = realloc(c->articles, c->cap * sizeof(*p));
			if (!p) {
				fputs("bench: out of memory\n", stderr);
				exit(4);
			}
			c->articles = p;
		}
		a = &c->articles[c->n++];
		*a = art;
		a->id = xstrdup(art.id);
		a->url = xstrdup(art.url);
		a->title = xstrdup(art.title);
		a->origin = xstrdup(art.origin);
		a->text = memcpy(xmalloc(art.text_len + 1), art.text, art.text_len);
		((char *)a->text)[art.text_len] = '\0';
		c->text_bytes += art.text_len;
		rc = 0;
	}
	c->rejected = dyad_input_rejected(in);
	dyad_input_free(in);
	return rc;
}

static void free_corpus(struct corpus *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		free((char *)c->articles[i].id);
		free((char *)c->articles[i].url);
		free((char *)c->articles[i].title);
		free((char *)c->articles[i].origin);
		free((char *)c->articles[i].text);
	}
	free(c->articles);
}

/* ---- event callbacks --------------------------------------------------- */

static int on_event_count(const struct dyad_event *ev, void *data)
{
	(void)ev;
	((struct count_ctx *)data)->events++;
	return 0;
}

/* The record `dyad code` prints, built by the same event_json(). */
static int on_event_json(const struct dyad_event *ev, void *data)
{
	struct json_ctx *jc = data;

	buf_reset(&jc->line);
	event_json(&jc->line, ev);
	jc->bytes += jc->line.len + 1;
	jc->events++;
	return 0;
}

/* ---- coding ------------------------------------------------------------ */

struct pass {
	double secs;
	uint64_t sentences, events;
	size_t failed;          /* articles dyad_code() rejected */
};

/* Code every article once with fn; fails only on a fatal status. */
static int code_all(dyad_coder *coder, const struct corpus *c, dyad_event_fn fn,
		    void *ctx, uint64_t *events, struct pass *out, dyad_error *err)
{
	uint64_t s0 = dyad_coder_sentences(coder), e0 = *events;
	double t0 = now_s();
	size_t i;
	int rc;

	out->failed = 0;
	for (i = 0; i < c->n; i++) {
		rc = dyad_code(coder, &c->articles[i], fn, ctx, err);
		if (rc == DYAD_EINPUT) {
			out->failed++;
			continue;
		}
		if (rc)
			return rc;
	}
	out->secs = now_s() - t0;
	out->sentences = dyad_coder_sentences(coder) - s0;
	out->events = *events - e0;
	return DYAD_OK;
}

struct result {
	double med, min, max;
	struct pass last;
};

/* One warm-up pass, then runs timed passes. */
static int measure(dyad_coder *coder, const struct corpus *c, int runs, dyad_event_fn fn,
		   void *ctx, uint64_t *events, struct result *r, dyad_error *err)
{
	double t[MAX_RUNS];
	struct pass p;
	int i, rc;

	if ((rc = code_all(coder, c, fn, ctx, events, &p, err)))
		return rc;
	for (i = 0; i < runs; i++) {
		if ((rc = code_all(coder, c, fn, ctx, events, &p, err)))
			return rc;
		t[i] = p.secs;
	}
	r->last = p;
	r->med = median(t, runs);
	r->min = t[0];
	r->max = t[runs - 1];
	return DYAD_OK;
}

/* ---- long articles ----------------------------------------------------- */

static const size_t long_sizes[] = { 2000, 8000, 32000 };
#define N_LONG (sizeof(long_sizes) / sizeof(long_sizes[0]))

struct long_result {
	uint64_t sentences;     /* 0: the corpus is too small for this size */
	double med, spread;
};

/* Join the corpus's articles, in order, into one article (*out, text
 * malloc'd: the caller frees it) of at least target sentences, counting
 * each article's sentences by coding it once.  0 when the corpus holds
 * fewer sentences than target. */
static int join_articles(dyad_coder *coder, const struct corpus *c, size_t target,
			 struct dyad_article *out, dyad_error *err)
{
	struct count_ctx cc = { 0 };
	uint64_t have = 0;
	size_t i, len = 0, cap = 0;
	char *text = NULL;

	for (i = 0; i < c->n && have < target; i++) {
		const struct dyad_article *a = &c->articles[i];
		uint64_t s0 = dyad_coder_sentences(coder);
		if (dyad_code(coder, a, on_event_count, &cc, err))
			continue;
		have += dyad_coder_sentences(coder) - s0;
		if (len + a->text_len + 3 > cap) {
			cap = (len + a->text_len + 3) * 2;
			if (!(text = realloc(text, cap))) {
				fputs("bench: out of memory\n", stderr);
				exit(4);
			}
		}
		memcpy(text + len, a->text, a->text_len);
		len += a->text_len;
		memcpy(text + len, "\n\n", 3);
		len += 2;
	}
	if (have < target) {
		free(text);
		return 0;
	}
	*out = c->articles[0];
	out->id = "long";
	out->text = text;
	out->text_len = len;
	return 1;
}

/* Time runs codings of one long article of about target sentences, after
 * an untimed one. */
static int measure_long(dyad_coder *coder, const struct corpus *c, size_t target, int runs,
			struct long_result *r, dyad_error *err)
{
	struct dyad_article art;
	struct count_ctx cc = { 0 };
	double t[MAX_RUNS];
	int i, rc = DYAD_OK;

	memset(r, 0, sizeof(*r));
	if (!join_articles(coder, c, target, &art, err))
		return DYAD_OK;
	rc = dyad_code(coder, &art, on_event_count, &cc, err);        /* warm-up */
	for (i = 0; i < runs && !rc; i++) {
		uint64_t s0 = dyad_coder_sentences(coder);
		double t0 = now_s();
		rc = dyad_code(coder, &art, on_event_count, &cc, err);
		t[i] = now_s() - t0;
		r->sentences = dyad_coder_sentences(coder) - s0;
	}
	free((char *)art.text);
	if (rc)
		return rc;
	r->med = median(t, runs);
	r->spread = t[0] > 0 ? t[runs - 1] / t[0] : 0;
	return DYAD_OK;
}

static void print_rates(const char *name, const struct result *r, const struct corpus *c)
{
	double s = r->med;

	printf("  %-12s median %.3f s   min %.3f s   spread %.3f (max/min)\n",
	       name, s, r->min, r->min > 0 ? r->max / r->min : 0);
	printf("  %-12s %.0f sentences/s   %.2f MB/s   %.0f events/s   %.2f events/article\n",
	       "", r->last.sentences / s, c->text_bytes / 1e6 / s, r->last.events / s,
	       c->n ? (double)r->last.events / (double)c->n : 0);
}

int main(int argc, char **argv)
{
	struct opts o;
	dyad_error err = { 0, "" };
	dyad_lexicon *lex = NULL;
	dyad_coder *coder = NULL;
	struct dyad_lexicon_stats st;
	struct corpus corpus;
	struct count_ctx cc = { 0 };
	struct json_ctx jc = { 0 };
	struct result rc_count, rc_json;
	struct long_result longs[N_LONG];
	size_t k;
	double load_t[MAX_RUNS], load_med, load_min, read_s, mem_dict, mem_peak;
	const char *label;
	int i, rc;

	if (parse_opts(argc, argv, &o))
		return 2;
	label = o.label ? o.label : o.n_dicts ? o.dicts[0] : "default";

	/* Dictionary loads, one lexicon alive at a time (so peak memory is
	 * one lexicon's); the last is kept for coding. */
	for (i = 0; i < o.runs; i++) {
		dyad_lexicon_free(lex);
		lex = NULL;
		if ((rc = load_lexicon(&o, &lex, &load_t[i], &err))) {
			fprintf(stderr, "bench: dictionaries: %s\n", err.msg);
			return 3;
		}
	}
	load_med = median(load_t, o.runs);
	load_min = load_t[0];
	dyad_lexicon_stats(lex, &st);
	mem_dict = peak_mb();

	read_s = now_s();
	if ((rc = read_corpus(o.corpus, &corpus, &err))) {
		fprintf(stderr, "bench: %s: %s\n", o.corpus, err.msg);
		return 4;
	}
	read_s = now_s() - read_s;
	if (corpus.n == 0) {
		fprintf(stderr, "bench: %s: no articles\n", o.corpus);
		return 4;
	}

	if ((rc = dyad_coder_new(&coder, lex, &err))) {
		fprintf(stderr, "bench: coder: %s\n", err.msg);
		return 4;
	}
	if ((rc = measure(coder, &corpus, o.runs, on_event_count, &cc, &cc.events,
			  &rc_count, &err))) {
		fprintf(stderr, "bench: coding: %s\n", err.msg);
		return 4;
	}
	if (o.json && (rc = measure(coder, &corpus, o.runs, on_event_json, &jc, &jc.events,
				    &rc_json, &err))) {
		fprintf(stderr, "bench: coding (json): %s\n", err.msg);
		return 4;
	}
	for (k = 0; k < N_LONG; k++)
		if ((rc = measure_long(coder, &corpus, long_sizes[k], o.runs, &longs[k], &err))) {
			fprintf(stderr, "bench: coding a long article: %s\n", err.msg);
			return 4;
		}
	mem_peak = peak_mb();

	printf("dyad %s benchmark - dictionaries: %s\n", DYAD_VERSION, label);
	printf("  lexicon      %zu actors (%zu names), %zu agents, %zu verbs (%zu forms), "
	       "%zu patterns, %zu nouns, %zu discards\n",
	       st.actors, st.actor_names, st.agents, st.verbs, st.verb_forms, st.patterns,
	       st.nouns, st.discards);
	printf("  dict load    median %.1f ms   min %.1f ms   (%d loads, lexicon created each time)\n",
	       load_med * 1e3, load_min * 1e3, o.runs);
	printf("  corpus       %s: %zu articles, %.2f MB of text, %" PRIu64 " sentences"
	       " (read in %.2f s, not timed)\n",
	       o.corpus, corpus.n, corpus.text_bytes / 1e6, rc_count.last.sentences, read_s);
	if (corpus.rejected || rc_count.last.failed)
		printf("  rejected     %zu records on input, %zu articles by dyad_code\n",
		       corpus.rejected, rc_count.last.failed);
	printf("  coding, one core, %d runs each:\n", o.runs);
	print_rates("count", &rc_count, &corpus);
	if (o.json) {
		print_rates("+json", &rc_json, &corpus);
		printf("  %-12s %.2f MB of JSON per pass\n", "",
		       (double)jc.bytes / (o.runs + 1) / 1e6);
	}
	printf("  long articles (the corpus's articles joined into one), count, %d runs each:\n",
	       o.runs);
	for (k = 0; k < N_LONG; k++) {
		if (!longs[k].sentences) {
			printf("  %-12zu the corpus is too small\n", long_sizes[k]);
			continue;
		}
		printf("  %-12zu %" PRIu64 " sentences: median %.3f s   spread %.3f   %.0f sentences/s\n",
		       long_sizes[k], longs[k].sentences, longs[k].med, longs[k].spread,
		       longs[k].sentences / longs[k].med);
	}
	printf("  peak memory  %.1f MB (%.1f MB after the dictionary loads; corpus held: %.1f MB)\n",
	       mem_peak, mem_dict, corpus.text_bytes / 1e6);

	printf("bench: dicts=");
	for (const char *p = label; *p; p++)
		putchar(*p == ' ' ? '_' : *p);
	printf(" load_ms_median=%.1f load_ms_min=%.1f articles=%zu sentences=%" PRIu64
	       " text_mb=%.2f runs=%d code_s_median=%.4f code_spread=%.3f"
	       " sent_per_s=%.0f mb_per_s=%.3f events_per_s=%.0f events_per_article=%.3f",
	       load_med * 1e3, load_min * 1e3, corpus.n, rc_count.last.sentences,
	       corpus.text_bytes / 1e6, o.runs, rc_count.med, rc_count.max / rc_count.min,
	       rc_count.last.sentences / rc_count.med, corpus.text_bytes / 1e6 / rc_count.med,
	       rc_count.last.events / rc_count.med,
	       (double)rc_count.last.events / (double)corpus.n);
	if (o.json)
		printf(" json_s_median=%.4f json_sent_per_s=%.0f",
		       rc_json.med, rc_json.last.sentences / rc_json.med);
	for (k = 0; k < N_LONG; k++)
		if (longs[k].sentences)
			printf(" long%zu_sent_per_s=%.0f", long_sizes[k],
			       longs[k].sentences / longs[k].med);
	printf(" peak_mb=%.1f\n", mem_peak);

	buf_free(&jc.line);
	dyad_coder_free(coder);
	dyad_lexicon_free(lex);
	free_corpus(&corpus);
	return 0;
}
