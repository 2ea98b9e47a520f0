/*
 * bench_extract.c - how fast and how well html_extract() finds the
 * article in a web page.
 *
 *   bench_extract [--runs N] [--other NAME DIR]... PAGES TESTSET
 *
 * PAGES and TESTSET are directories of NAME.html pages with NAME.txt, the
 * expected body.  The pages in PAGES are read into memory first (not
 * timed), extracted once to warm up, then --runs times on one thread;
 * the median run gives pages/s and MB/s.  Word-level precision, recall
 * and F1 (html_word_overlap: bags of words with counts) are reported on
 * both sets, micro (over all words) and macro (mean over pages).  Each
 * --other NAME DIR scores another extractor's outputs, DIR/NAME.txt for
 * every page of both sets (DIR/pages and DIR/testset), the same way.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "html.h"

struct page {
	char *name;             /* stem, without .html */
	char *html, *gold;
	size_t html_len, gold_len;
};

struct set {
	struct page *pages;
	size_t n;
	size_t bytes;
};

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *p = NULL;
	long n;

	*len = 0;
	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (p = malloc((size_t)n + 1)) && fread(p, 1, (size_t)n, f) == (size_t)n) {
		p[n] = '\0';
		*len = (size_t)n;
	} else {
		free(p);
		p = NULL;
	}
	fclose(f);
	return p;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(((const struct page *)a)->name, ((const struct page *)b)->name);
}

static int load_set(const char *dir, struct set *s)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	size_t cap = 0;

	memset(s, 0, sizeof(*s));
	if (!d) {
		fprintf(stderr, "bench_extract: cannot open %s\n", dir);
		return -1;
	}
	while ((de = readdir(d))) {
		size_t n = strlen(de->d_name);
		char path[4096];
		struct page *p;

		if (n < 6 || strcmp(de->d_name + n - 5, ".html") || de->d_name[0] == '.')
			continue;
		if (s->n == cap) {
			cap = cap ? cap * 2 : 256;
			s->pages = realloc(s->pages, cap * sizeof(*s->pages));
			if (!s->pages)
				return -1;
		}
		p = &s->pages[s->n];
		p->name = strndup(de->d_name, n - 5);
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		p->html = slurp(path, &p->html_len);
		snprintf(path, sizeof(path), "%s/%s.txt", dir, p->name);
		p->gold = slurp(path, &p->gold_len);
		if (!p->html || !p->gold) {
			fprintf(stderr, "bench_extract: cannot read %s (or its .txt)\n", path);
			closedir(d);
			return -1;
		}
		s->bytes += p->html_len;
		s->n++;
	}
	closedir(d);
	qsort(s->pages, s->n, sizeof(*s->pages), name_cmp);
	return s->n ? 0 : -1;
}

static double now(clockid_t clock)
{
	struct timespec ts;

	clock_gettime(clock, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int dbl_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* F1 of the texts got[i] (NULL: read DIR/NAME.txt) against the set. */
static void score(const struct set *s, const char *other_dir, const char *label,
		  const char *set_name)
{
	struct html_overlap sum = { 0, 0, 0 };
	struct arena a;
	double macro = 0, p, r, f;
	size_t i, missing = 0;

	arena_init(&a, 0);
	for (i = 0; i < s->n; i++) {
		const struct page *pg = &s->pages[i];
		struct html_overlap o;
		struct html_doc doc;
		dyad_error err;
		const char *text = "";
		size_t text_len = 0;
		char *own = NULL;

		arena_reset(&a);
		if (other_dir) {
			char path[4096];

			snprintf(path, sizeof(path), "%s/%s.txt", other_dir, pg->name);
			own = slurp(path, &text_len);
			if (own)
				text = own;
			else
				missing++;
		} else if (html_extract(pg->html, pg->html_len, NULL, &a, &doc, &err) == 0) {
			text = doc.text;
			text_len = doc.text_len;
		}
		if (html_word_overlap(pg->gold, pg->gold_len, text, text_len, &a, &o) == 0) {
			html_overlap_score(&o, &p, &r, &f);
			sum.gold += o.gold;
			sum.got += o.got;
			sum.common += o.common;
			macro += f;
		}
		free(own);
	}
	arena_free(&a);
	html_overlap_score(&sum, &p, &r, &f);
	printf("  %-16s %-8s %3zu pages: precision %.3f recall %.3f f1 %.3f (micro), f1 %.3f (macro)%s\n",
	       label, set_name, s->n, p, r, f, macro / (double)s->n,
	       missing ? " [some outputs missing]" : "");
}

int main(int argc, char **argv)
{
	struct set pages, testset;
	const char *others[8][2];
	size_t n_others = 0, i, k;
	int runs = 5, ai;
	double *times, *cpus, t0, c0, med, cpu, total_bytes = 0;
	struct arena a;

	for (ai = 1; ai < argc && argv[ai][0] == '-'; ai++) {
		if (!strcmp(argv[ai], "--runs") && ai + 1 < argc) {
			runs = atoi(argv[++ai]);
		} else if (!strcmp(argv[ai], "--other") && ai + 2 < argc && n_others < 8) {
			others[n_others][0] = argv[++ai];
			others[n_others++][1] = argv[++ai];
		} else {
			break;
		}
	}
	if (argc - ai != 2 || runs < 1) {
		fprintf(stderr, "usage: bench_extract [--runs N] [--other NAME DIR]... PAGES TESTSET\n");
		return 2;
	}
	if (load_set(argv[ai], &pages) || load_set(argv[ai + 1], &testset))
		return 1;
	arena_init(&a, 0);
	times = calloc((size_t)runs, sizeof(*times));
	cpus = calloc((size_t)runs, sizeof(*cpus));
	for (k = 0; k <= (size_t)runs; k++) {
		t0 = now(CLOCK_MONOTONIC);
		c0 = now(CLOCK_PROCESS_CPUTIME_ID);
		for (i = 0; i < pages.n; i++) {
			struct html_doc doc;
			dyad_error err;

			arena_reset(&a);
			if (html_extract(pages.pages[i].html, pages.pages[i].html_len, NULL, &a,
					 &doc, &err)) {
				fprintf(stderr, "bench_extract: %s: %s\n", pages.pages[i].name, err.msg);
				return 1;
			}
		}
		if (k > 0) {    /* the first pass warms up */
			times[k - 1] = now(CLOCK_MONOTONIC) - t0;
			cpus[k - 1] = now(CLOCK_PROCESS_CPUTIME_ID) - c0;
		}
	}
	arena_free(&a);
	total_bytes = (double)pages.bytes;
	qsort(times, (size_t)runs, sizeof(*times), dbl_cmp);
	qsort(cpus, (size_t)runs, sizeof(*cpus), dbl_cmp);
	med = times[runs / 2];
	cpu = cpus[runs / 2];
	printf("extraction: %zu pages, %.1f MB (mean %.0f KB), %d runs, median %.3f s wall, "
	       "%.3f s CPU, spread %.2f\n", pages.n, total_bytes / 1e6,
	       total_bytes / pages.n / 1024, runs, med, cpu, times[runs - 1] / times[0]);
	printf("  dyad html_extract: %.0f pages/s, %.1f MB/s (one core, wall); "
	       "%.0f pages/s, %.1f MB/s per CPU second\n", pages.n / med,
	       total_bytes / 1e6 / med, pages.n / cpu, total_bytes / 1e6 / cpu);
	printf("word-level F1 against the expected bodies:\n");
	score(&testset, NULL, "dyad", "testset");
	score(&pages, NULL, "dyad", "pages");
	for (i = 0; i < n_others; i++) {
		char dir[4096];

		snprintf(dir, sizeof(dir), "%s/testset", others[i][1]);
		score(&testset, dir, others[i][0], "testset");
		snprintf(dir, sizeof(dir), "%s/pages", others[i][1]);
		score(&pages, dir, others[i][0], "pages");
	}
	printf("bench_extract: pages=%zu mb=%.1f runs=%d median_s=%.4f pages_per_s=%.0f mb_per_s=%.1f "
	       "cpu_s=%.4f pages_per_cpu_s=%.0f\n", pages.n, total_bytes / 1e6, runs, med,
	       pages.n / med, total_bytes / 1e6 / med, cpu, pages.n / cpu);
	free(times);
	free(cpus);
	return 0;
}
