/*
 * stats.h - the tests `dyad focus` uses to say whether a partner's share
 * moved more than chance allows.
 *
 * Pure functions on counts; nothing allocates except holm(), which works
 * in place on the caller's arrays.
 */
#ifndef DYAD_STATS_H
#define DYAD_STATS_H

#include <stddef.h>

/* Two-sided two-proportion z-test of x1/n1 against x2/n2 with the pooled
 * proportion.  *z (OUT) is (p2 - p1) / se: positive when the share grew.
 * Returns the p-value, or 1 when it cannot be computed (an empty period,
 * or a pooled share of 0 or 1, where *z is 0). */
double stats_ztest(unsigned x1, unsigned n1, unsigned x2, unsigned n2, double *z);

/* Fisher's exact test, two-sided, of the 2x2 table [[a, b], [c, d]]: the
 * sum of the probabilities of every table with the same margins that is
 * no more likely than the one observed. */
double stats_fisher(unsigned a, unsigned b, unsigned c, unsigned d);

/* P(Z > z) for a standard normal Z. */
double stats_normal_sf(double z);

/* Holm's step-down adjustment of n p-values (OUT: adj, may alias p):
 * adj[i] controls the family-wise error rate at any level.  Returns 0,
 * or -1 when memory is out. */
int stats_holm(const double *p, double *adj, size_t n);
/* Bonferroni's: min(1, n * p). */
void stats_bonferroni(const double *p, double *adj, size_t n);

#endif
