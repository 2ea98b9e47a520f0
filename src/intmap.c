/*
 * intmap.c - integer hash table; see intmap.h.
 *
 * Linear probing, at most half full, keys mixed with a 64-bit finalizer so
 * the (node, word) pairs of a trie spread evenly.
 */
#include "intmap.h"

#include <stdlib.h>
#include <string.h>

#define EMPTY UINT64_MAX

static inline size_t mix(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	k *= 0xc4ceb9fe1a85ec53ULL;
	k ^= k >> 33;
	return (size_t)k;
}

void intmap_init(struct intmap *m)
{
	memset(m, 0, sizeof(*m));
}

void intmap_free(struct intmap *m)
{
	free(m->slots);
	memset(m, 0, sizeof(*m));
}

int intmap_get(const struct intmap *m, uint64_t key, uint32_t *value)
{
	size_t mask, i;

	if (!m->n_slots)
		return 0;
	mask = m->n_slots - 1;
	for (i = mix(key) & mask;; i = (i + 1) & mask) {
		if (m->slots[i].key == key) {
			*value = m->slots[i].value;
			return 1;
		}
		if (m->slots[i].key == EMPTY)
			return 0;
	}
}

static int grow(struct intmap *m)
{
	size_t n = m->n_slots ? m->n_slots * 2 : 256, i, j;
	struct intmap_slot *ns = malloc(n * sizeof(*ns));

	if (!ns)
		return -1;
	for (i = 0; i < n; i++)
		ns[i].key = EMPTY;
	for (i = 0; i < m->n_slots; i++) {
		if (m->slots[i].key == EMPTY)
			continue;
		for (j = mix(m->slots[i].key) & (n - 1); ns[j].key != EMPTY;
		     j = (j + 1) & (n - 1))
			;
		ns[j] = m->slots[i];
	}
	free(m->slots);
	m->slots = ns;
	m->n_slots = n;
	return 0;
}

int intmap_put(struct intmap *m, uint64_t key, uint32_t value)
{
	size_t mask, i;

	if (key == EMPTY)
		return -1;
	if ((m->n_used + 1) * 2 > m->n_slots && grow(m))
		return -1;
	mask = m->n_slots - 1;
	for (i = mix(key) & mask;; i = (i + 1) & mask) {
		if (m->slots[i].key == key) {
			m->slots[i].value = value;
			return 0;
		}
		if (m->slots[i].key == EMPTY)
			break;
	}
	m->slots[i].key = key;
	m->slots[i].value = value;
	m->n_used++;
	return 0;
}

int intmap_get_or_put(struct intmap *m, uint64_t key, uint32_t value, uint32_t *old)
{
	size_t mask, i;

	if (key == EMPTY)
		return -1;
	if ((m->n_used + 1) * 2 > m->n_slots && grow(m))
		return -1;
	mask = m->n_slots - 1;
	for (i = mix(key) & mask;; i = (i + 1) & mask) {
		if (m->slots[i].key == key) {
			*old = m->slots[i].value;
			return 1;
		}
		if (m->slots[i].key == EMPTY)
			break;
	}
	m->slots[i].key = key;
	m->slots[i].value = value;
	m->n_used++;
	return 0;
}
