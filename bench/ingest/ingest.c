/*
 * ingest.c - measures dyad's store: how fast coded events go into SQLite,
 * and how fast `dyad ingest` runs end to end.  A measurement tool, not a
 * test: it prints figures and exits 0 whatever they are (non-zero only
 * when it cannot run).
 *
 *   ingest [--runs N] [--batch N] [--dir DIR] CORPUS
 *
 * The corpus (anything dyad_input_open() reads) is read into memory and
 * coded once with dyad's own dictionaries; the events are kept.  Then
 * each timed run creates a fresh store in DIR (default bench/out) and:
 *   store  replays the kept events through dyad_store_article_begin(),
 *          dyad_store_add_event() and dyad_store_article_end(), committing
 *          every --batch articles: hashing, story grouping, the writes and
 *          the full-text index, without the coder;
 *   ingest codes and stores every article with dyad_store_ingest(), as
 *          `dyad ingest` does (reading the input excepted).
 * Both include opening the store and the final commit and close.  Times
 * are wall-clock medians; "spread" is the slowest run over the fastest.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "dyad.h"

#define MAX_RUNS 51

struct kept_event {
	struct dyad_event ev;           /* pointers into the strings below */
};

struct corpus {
	struct dyad_article *articles;
	size_t n, cap;
	struct kept_event **events;     /* per article */
	size_t *n_events;
	size_t text_bytes, total_events;
};

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU seconds (user and system) this process has used. */
static double cpu_s(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
	       (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p) {
		fputs("ingest: out of memory\n", stderr);
		exit(4);
	}
	return p;
}

static char *xstrndup(const char *s, size_t n)
{
	char *p;

	if (!s)
		return NULL;
	p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

static char *xstrdup(const char *s)
{
	return s ? xstrndup(s, strlen(s)) : NULL;
}

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
		if (rc == DYAD_EINPUT)
			continue;
		if (rc < 0)
			break;
		if (c->n == c->cap) {
			c->cap = c->cap ? c->cap * 2 : 1024;
			c->articles = realloc(c->articles, c->cap * sizeof(*c->articles));
			if (!c->articles) {
				fputs("ingest: out of memory\n", stderr);
				exit(4);
			}
		}
		a = &c->articles[c->n++];
		*a = art;
		a->id = xstrdup(art.id);
		a->url = xstrdup(art.url);
		a->title = xstrdup(art.title);
		a->origin = xstrdup(art.origin);
		a->author = xstrdup(art.author);
		a->language = xstrdup(art.language);
		a->site = xstrdup(art.site);
		a->text = xstrndup(art.text, art.text_len);
		c->text_bytes += art.text_len;
		rc = 0;
	}
	dyad_input_free(in);
	return rc;
}

/* ---- keeping the coder's events ---------------------------------------- */

struct keep_ctx {
	struct kept_event *v;
	size_t n, cap;
};

static void keep_span(struct dyad_span *to, const struct dyad_span *from)
{
	*to = *from;
	to->code = xstrdup(from->code);
}

static int on_event_keep(const struct dyad_event *ev, void *data)
{
	struct keep_ctx *k = data;
	struct dyad_event *e;

	if (k->n == k->cap) {
		k->cap = k->cap ? 2 * k->cap : 16;
		k->v = realloc(k->v, k->cap * sizeof(*k->v));
		if (!k->v)
			return DYAD_ENOMEM;
	}
	e = &k->v[k->n++].ev;
	*e = *ev;
	e->text = xstrndup(ev->text, ev->text_len);
	keep_span(&e->source, &ev->source);
	keep_span(&e->target, &ev->target);
	keep_span(&e->trigger, &ev->trigger);
	keep_span(&e->reporter, &ev->reporter);
	e->cameo = xstrdup(ev->cameo);
	e->cameo_name = xstrdup(ev->cameo_name);
	e->root = xstrdup(ev->root);
	e->plover = xstrdup(ev->plover);
	return 0;
}

static int code_corpus(struct corpus *c, dyad_coder *coder, dyad_error *err)
{
	size_t i, j;
	int rc;

	c->events = calloc(c->n, sizeof(*c->events));
	c->n_events = calloc(c->n, sizeof(*c->n_events));
	if (!c->events || !c->n_events)
		return DYAD_ENOMEM;
	for (i = 0; i < c->n; i++) {
		struct keep_ctx k = { NULL, 0, 0 };
		rc = dyad_code(coder, &c->articles[i], on_event_keep, &k, err);
		if (rc && rc != DYAD_EINPUT)
			return rc;
		for (j = 0; j < k.n; j++)
			k.v[j].ev.article = &c->articles[i];
		c->events[i] = k.v;
		c->n_events[i] = k.n;
		c->total_events += k.n;
	}
	return DYAD_OK;
}

/* ---- the runs ------------------------------------------------------------ */

static void fresh(const char *db)
{
	char p[600];

	unlink(db);
	snprintf(p, sizeof(p), "%s-wal", db);
	unlink(p);
	snprintf(p, sizeof(p), "%s-shm", db);
	unlink(p);
}

/* One run; returns its seconds, or a negative number on failure (OUT:
 * *cpu, its CPU seconds). */
static double run_once(const struct corpus *c, const dyad_lexicon *lex, dyad_coder *coder,
		       const char *db, size_t batch, int with_coder, uint64_t *events,
		       double *cpu)
{
	double c0;
	dyad_error err = { 0, "" };
	dyad_store *st = NULL;
	double t0;
	size_t i, j;
	int rc;

	fresh(db);
	t0 = now_s();
	c0 = cpu_s();
	rc = dyad_store_open(&st, db, DYAD_STORE_WRITE, NULL, &err);
	if (!rc)
		rc = dyad_store_ingest_begin(st, lex, &err);
	if (!rc)
		dyad_store_set_batch(st, batch);
	for (i = 0; i < c->n && !rc; i++) {
		if (with_coder) {
			rc = dyad_store_ingest(st, coder, &c->articles[i], &err);
			rc = rc < 0 && rc != DYAD_EINPUT ? rc : 0;
			continue;
		}
		rc = dyad_store_article_begin(st, &c->articles[i], &err);
		if (rc <= 0) {
			rc = rc == DYAD_EINPUT ? 0 : rc;
			continue;
		}
		rc = 0;
		for (j = 0; j < c->n_events[i] && !rc; j++)
			rc = dyad_store_add_event(&c->events[i][j].ev, st);
		rc = rc ? rc : dyad_store_article_end(st, &err);
	}
	if (st) {
		struct dyad_store_stats s;
		int crc;
		dyad_store_stats(st, &s);
		*events = s.events;
		crc = dyad_store_close(st, &err);
		rc = rc ? rc : crc;
	}
	if (rc) {
		fprintf(stderr, "ingest: %s\n", err.msg[0] ? err.msg : dyad_strstatus(rc));
		return -1;
	}
	*cpu = cpu_s() - c0;
	return now_s() - t0;
}

int main(int argc, char **argv)
{
	const char *corpus_path = NULL, *dir = "bench/out";
	int runs = 3, i, mode;
	size_t batch = 1024;
	struct corpus c;
	dyad_error err = { 0, "" };
	dyad_lexicon *lex = NULL;
	dyad_coder *coder = NULL;
	char db[512];
	double t0, t_read, t_code;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--runs") && i + 1 < argc) {
			runs = atoi(argv[++i]);
			if (runs < 1 || runs > MAX_RUNS) {
				fprintf(stderr, "ingest: --runs: 1..%d\n", MAX_RUNS);
				return 2;
			}
		} else if (!strcmp(argv[i], "--batch") && i + 1 < argc) {
			batch = (size_t)atol(argv[++i]);
		} else if (!strcmp(argv[i], "--dir") && i + 1 < argc) {
			dir = argv[++i];
		} else if (argv[i][0] == '-') {
			fputs("usage: ingest [--runs N] [--batch N] [--dir DIR] CORPUS\n", stderr);
			return 2;
		} else {
			corpus_path = argv[i];
		}
	}
	if (!corpus_path) {
		fputs("usage: ingest [--runs N] [--batch N] [--dir DIR] CORPUS\n", stderr);
		return 2;
	}
	snprintf(db, sizeof(db), "%s/bench-ingest.db", dir);
	if (dyad_lexicon_new(&lex, NULL, &err) || dyad_lexicon_load_default(lex, &err) ||
	    dyad_coder_new(&coder, lex, &err)) {
		fprintf(stderr, "ingest: %s\n", err.msg);
		return 3;
	}
	t0 = now_s();
	if (read_corpus(corpus_path, &c, &err)) {
		fprintf(stderr, "ingest: %s\n", err.msg);
		return 4;
	}
	t_read = now_s() - t0;
	t0 = now_s();
	if (code_corpus(&c, coder, &err)) {
		fprintf(stderr, "ingest: %s\n", err.msg);
		return 4;
	}
	t_code = now_s() - t0;
	printf("corpus: %s: %zu articles, %.2f MB of text, %zu events (read in %.2f s, "
	       "coded in %.2f s: %.0f events/s)\n", corpus_path, c.n, c.text_bytes / 1e6,
	       c.total_events, t_read, t_code, c.total_events / t_code);
	printf("store: %s, batch %zu articles, %d runs each, fresh store per run\n", db,
	       batch, runs);
	for (mode = 0; mode < 2; mode++) {
		double t[MAX_RUNS], cpu[MAX_RUNS], lo = 1e300, hi = 0, med, cmed;
		uint64_t events = 0;
		for (i = 0; i < runs; i++) {
			t[i] = run_once(&c, lex, coder, db, batch, mode, &events, &cpu[i]);
			if (t[i] < 0)
				return 4;
			lo = t[i] < lo ? t[i] : lo;
			hi = t[i] > hi ? t[i] : hi;
		}
		med = median(t, runs);
		cmed = median(cpu, runs);
		printf("%-7s median %.3f s  min %.3f s  spread %.2f  %.0f events/s  %.0f articles/s"
		       "  %.2f MB/s  (CPU %.3f s: %.0f events per CPU second)\n",
		       mode ? "ingest" : "store", med, lo, hi / lo, events / med, c.n / med,
		       c.text_bytes / 1e6 / med, cmed, events / cmed);
		printf("bench-ingest: mode=%s articles=%zu events=%llu runs=%d batch=%zu "
		       "median_s=%.3f events_per_s=%.0f articles_per_s=%.0f spread=%.2f "
		       "cpu_s_median=%.3f events_per_cpu_s=%.0f\n",
		       mode ? "ingest" : "store", c.n, (unsigned long long)events, runs, batch,
		       med, events / med, c.n / med, hi / lo, cmed, events / cmed);
	}
	fresh(db);
	dyad_coder_free(coder);
	dyad_lexicon_free(lex);
	return 0;
}
