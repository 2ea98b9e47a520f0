/*
 * intmap.h - open-addressing hash table from 64-bit keys to 32-bit values.
 *
 * The lexicon's tries store their edges here, keyed by (node << 32 | word),
 * so one probe finds the child of a node for a word.
 */
#ifndef DYAD_INTMAP_H
#define DYAD_INTMAP_H

#include <stddef.h>
#include <stdint.h>

struct intmap_slot {
	uint64_t key;           /* UINT64_MAX = empty */
	uint32_t value;
};

struct intmap {
	struct intmap_slot *slots;
	size_t n_slots, n_used;
};

void intmap_init(struct intmap *m);
void intmap_free(struct intmap *m);
/* Returns 1 and sets *value when key is present. */
int intmap_get(const struct intmap *m, uint64_t key, uint32_t *value);
/* Insert or overwrite; key must not be UINT64_MAX. 0 or -1 (no memory). */
int intmap_put(struct intmap *m, uint64_t key, uint32_t value);
/* One probe for a get and, when key is missing, a put of value: 1 with
 * *old set when key was there (its value unchanged), 0 when value went
 * in, -1 when memory is out. */
int intmap_get_or_put(struct intmap *m, uint64_t key, uint32_t value, uint32_t *old);

#endif
