/*
 * stats.c - proportion tests and multiple-comparison corrections; see
 * stats.h.
 */
#include "stats.h"

#include <math.h>
#include <stdlib.h>

double stats_normal_sf(double z)
{
	return 0.5 * erfc(z / sqrt(2.0));
}

double stats_ztest(unsigned x1, unsigned n1, unsigned x2, unsigned n2, double *z)
{
	double p1, p2, pool, se;

	*z = 0;
	if (!n1 || !n2)
		return 1;
	p1 = (double)x1 / n1;
	p2 = (double)x2 / n2;
	pool = (double)(x1 + x2) / (n1 + n2);
	se = sqrt(pool * (1 - pool) * (1.0 / n1 + 1.0 / n2));
	if (!(se > 0))
		return 1;
	*z = (p2 - p1) / se;
	return 2 * stats_normal_sf(fabs(*z));
}

/* log of the hypergeometric probability of a table with a in its first
 * cell and the given margins. */
static double hyper_log(unsigned a, unsigned row1, unsigned col1, unsigned n)
{
	unsigned b = row1 - a, c = col1 - a, d = n - row1 - c;

	return lgamma(row1 + 1.0) + lgamma(n - row1 + 1.0) + lgamma(col1 + 1.0) +
	       lgamma(n - col1 + 1.0) - lgamma(n + 1.0) - lgamma(a + 1.0) -
	       lgamma(b + 1.0) - lgamma(c + 1.0) - lgamma(d + 1.0);
}

double stats_fisher(unsigned a, unsigned b, unsigned c, unsigned d)
{
	unsigned row1 = a + b, col1 = a + c, n = a + b + c + d;
	unsigned lo = row1 + col1 > n ? row1 + col1 - n : 0;
	unsigned hi = row1 < col1 ? row1 : col1, k;
	double observed, p = 0;

	if (!n)
		return 1;
	observed = hyper_log(a, row1, col1, n);
	for (k = lo; k <= hi; k++) {
		double l = hyper_log(k, row1, col1, n);
		/* "No more likely", with a relative tolerance for rounding. */
		if (l <= observed + 1e-7)
			p += exp(l);
	}
	return p > 1 ? 1 : p;
}

struct ranked {
	double p;
	size_t i;
};

static int by_p(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;

	if (x->p != y->p)
		return x->p < y->p ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

int stats_holm(const double *p, double *adj, size_t n)
{
	struct ranked *r;
	double running = 0;
	size_t k;

	if (!n)
		return 0;
	r = malloc(n * sizeof(*r));
	if (!r)
		return -1;
	for (k = 0; k < n; k++) {
		r[k].p = p[k];
		r[k].i = k;
	}
	qsort(r, n, sizeof(*r), by_p);
	for (k = 0; k < n; k++) {
		double v = (double)(n - k) * r[k].p;
		if (v > 1)
			v = 1;
		/* Step-down: an adjusted p never falls below an earlier one. */
		if (v < running)
			v = running;
		running = v;
		adj[r[k].i] = v;
	}
	free(r);
	return 0;
}

void stats_bonferroni(const double *p, double *adj, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++) {
		double v = p[k] * (double)n;
		adj[k] = v > 1 ? 1 : v;
	}
}
