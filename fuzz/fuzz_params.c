/*
 * fuzz_params.c - libFuzzer target for a question's parameters
 * (query_params.c), as the server reads them from a query string: the
 * input is split at '&' into name=value pairs.
 *
 * Every refusal must say why, and a query that is accepted must keep the
 * invariants the questions rely on: a known mode, a quad class in 1..4,
 * an alpha strictly between 0 and 1, and from no later than to.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dyad_query q;
	dyad_error err;
	char *s = malloc(size + 1), *p, *next;

	if (!s)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	dyad_query_init(&q);
	for (p = s; p; p = next) {
		char *eq;

		next = strchr(p, '&');
		if (next)
			*next++ = '\0';
		eq = strchr(p, '=');
		if (eq)
			*eq++ = '\0';
		err.msg[0] = '\0';
		if (dyad_query_set(&q, p, eq, &err) != DYAD_OK) {
			if (!err.msg[0])
				abort();        /* a refusal must say why */
			break;
		}
	}
	if (q.mode < DYAD_MODE_ANY || q.mode > DYAD_MODE_SPECULATIVE ||
	    q.quad_class < 0 || q.quad_class > 4 || !(q.alpha > 0 && q.alpha < 1) ||
	    q.story < 0)
		abort();
	err.msg[0] = '\0';
	if (dyad_query_check(&q, &err) == DYAD_OK) {
		if (q.from && q.to && strcmp(q.from, q.to) > 0)
			abort();
	} else if (!err.msg[0]) {
		abort();
	}
	free(s);
	return 0;
}
