/*
 * test_stats.c - the tests behind `dyad focus`: the z-test, Fisher's
 * exact test and Holm's adjustment against values worked by hand or
 * published.
 */
#include "unit.h"

#include <math.h>

#include "stats.h"

static void test_normal_sf(void **state)
{
	assert_true(fabs(stats_normal_sf(0) - 0.5) < 1e-12);
	assert_true(fabs(stats_normal_sf(1.959964) - 0.025) < 1e-6);
	assert_true(fabs(stats_normal_sf(-1.959964) - 0.975) < 1e-6);
}

static void test_ztest(void **state)
{
	double z, p;

	/* 10/20 against 20/20: pooled 0.75, se = sqrt(.75*.25*(2/20)) */
	p = stats_ztest(10, 20, 20, 20, &z);
	assert_true(fabs(z - 0.5 / sqrt(0.75 * 0.25 * 0.1)) < 1e-9);
	assert_true(fabs(p - 2 * stats_normal_sf(z)) < 1e-12);
	assert_true(z > 0);
	/* The same share: z 0, p 1. */
	p = stats_ztest(3, 10, 6, 20, &z);
	assert_true(fabs(z) < 1e-12);
	assert_true(fabs(p - 1) < 1e-12);
	/* Undefined: an empty period, or everyone the partner. */
	assert_true(stats_ztest(0, 0, 3, 5, &z) == 1 && z == 0);
	assert_true(stats_ztest(5, 5, 7, 7, &z) == 1 && z == 0);
	/* A share that falls gives a negative z. */
	stats_ztest(8, 10, 1, 10, &z);
	assert_true(z < 0);
}

static void test_fisher(void **state)
{
	/* Fisher's tea-tasting table: two-sided p = 34/70. */
	assert_true(fabs(stats_fisher(3, 1, 1, 3) - 34.0 / 70) < 1e-9);
	/* [[1, 9], [11, 3]]: two-sided p = 0.002759 (R's fisher.test). */
	assert_true(fabs(stats_fisher(1, 9, 11, 3) - 0.002759) < 1e-5);
	assert_true(fabs(stats_fisher(0, 0, 0, 0) - 1) < 1e-12);
	assert_true(stats_fisher(5, 5, 5, 5) > 0.99);
}

static void test_holm(void **state)
{
	double p[4] = { 0.01, 0.04, 0.03, 0.005 }, adj[4];

	/* Sorted: .005 .01 .03 .04 -> *4 *3 *2 *1 = .02 .03 .06 .04 -> the
	 * running maximum makes the last .06. */
	assert_int_equal(stats_holm(p, adj, 4), 0);
	assert_true(fabs(adj[3] - 0.02) < 1e-12);
	assert_true(fabs(adj[0] - 0.03) < 1e-12);
	assert_true(fabs(adj[2] - 0.06) < 1e-12);
	assert_true(fabs(adj[1] - 0.06) < 1e-12);
	/* Capped at 1, in place. */
	p[0] = 0.5;
	p[1] = 0.9;
	assert_int_equal(stats_holm(p, p, 2), 0);
	assert_true(fabs(p[0] - 1) < 1e-12 && fabs(p[1] - 1) < 1e-12);
	assert_int_equal(stats_holm(p, adj, 0), 0);
}

static void test_bonferroni(void **state)
{
	double p[3] = { 0.01, 0.2, 0.5 }, adj[3];

	stats_bonferroni(p, adj, 3);
	assert_true(fabs(adj[0] - 0.03) < 1e-12);
	assert_true(fabs(adj[1] - 0.6) < 1e-12);
	assert_true(fabs(adj[2] - 1) < 1e-12);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_normal_sf),
		cmocka_unit_test(test_ztest),
		cmocka_unit_test(test_fisher),
		cmocka_unit_test(test_holm),
		cmocka_unit_test(test_bonferroni),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
