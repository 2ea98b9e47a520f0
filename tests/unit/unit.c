/*
 * unit.c - helpers any unit test may use (unit.h); linked into every test
 * binary.
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>

char *unit_slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *data;
	long n;

	if (!fp)
		fail_msg("cannot open %s (the tests run from the project root, with "
			 "../shared beside it)", path);
	assert_int_equal(fseek(fp, 0, SEEK_END), 0);
	n = ftell(fp);
	assert_true(n >= 0);
	rewind(fp);
	data = malloc((size_t)n + 1);
	assert_non_null(data);
	assert_int_equal(fread(data, 1, (size_t)n, fp), (size_t)n);
	data[n] = '\0';
	fclose(fp);
	*len = (size_t)n;
	return data;
}
