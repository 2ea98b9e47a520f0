/*
 * strmap.c - string hash table; see strmap.h.
 *
 * Linear probing over a power-of-two table kept at most half full; FNV-1a
 * hashes.  Keys are packed one after another in a single growing block.
 */
#include "strmap.h"

#include <stdlib.h>
#include <string.h>

#define EMPTY UINT32_MAX

void strmap_init(struct strmap *m)
{
	memset(m, 0, sizeof(*m));
}

void strmap_free(struct strmap *m)
{
	free(m->slots);
	free(m->keys);
	memset(m, 0, sizeof(*m));
}

uint32_t strmap_hash(const char *s, size_t n)
{
	uint32_t h = STRMAP_FNV_BASIS;
	size_t i;

	/* Four bytes a turn: the same FNV-1a, with a quarter of the loop's
	 * own work (the lexicon hashes every word it loads). */
	for (i = 0; i + 4 <= n; i += 4) {
		h = (h ^ (unsigned char)s[i]) * STRMAP_FNV_PRIME;
		h = (h ^ (unsigned char)s[i + 1]) * STRMAP_FNV_PRIME;
		h = (h ^ (unsigned char)s[i + 2]) * STRMAP_FNV_PRIME;
		h = (h ^ (unsigned char)s[i + 3]) * STRMAP_FNV_PRIME;
	}
	for (; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * STRMAP_FNV_PRIME;
	return h;
}

static struct strmap_slot *find(const struct strmap *m, const char *s,
				size_t n, uint32_t h)
{
	size_t mask = m->n_slots - 1, i = h & mask;

	for (;;) {
		struct strmap_slot *sl = &m->slots[i];
		if (sl->key_off == EMPTY)
			return sl;
		if (sl->hash == h && sl->key_len == n &&
		    memcmp(m->keys + sl->key_off, s, n) == 0)
			return sl;
		i = (i + 1) & mask;
	}
}

int strmap_get(const struct strmap *m, const char *s, size_t n, uint32_t *value)
{
	return strmap_get_h(m, s, n, strmap_hash(s, n), value);
}

int strmap_get_h(const struct strmap *m, const char *s, size_t n, uint32_t h,
		 uint32_t *value)
{
	struct strmap_slot *sl;

	if (!m->n_slots)
		return 0;
	sl = find(m, s, n, h);
	if (sl->key_off == EMPTY)
		return 0;
	*value = sl->value;
	return 1;
}

static int rehash(struct strmap *m)
{
	size_t n = m->n_slots ? m->n_slots * 2 : 64, i;
	struct strmap_slot *old = m->slots, *ns;
	size_t old_n = m->n_slots;

	ns = malloc(n * sizeof(*ns));
	if (!ns)
		return -1;
	for (i = 0; i < n; i++)
		ns[i].key_off = EMPTY;
	m->slots = ns;
	m->n_slots = n;
	for (i = 0; i < old_n; i++) {
		if (old[i].key_off == EMPTY)
			continue;
		struct strmap_slot *sl = &ns[old[i].hash & (n - 1)];
		while (sl->key_off != EMPTY)
			sl = &ns[((size_t)(sl - ns) + 1) & (n - 1)];
		*sl = old[i];
	}
	free(old);
	return 0;
}

int strmap_put(struct strmap *m, const char *s, size_t n, uint32_t value)
{
	return strmap_put_h(m, s, n, strmap_hash(s, n), value);
}

int strmap_put_h(struct strmap *m, const char *s, size_t n, uint32_t h,
		 uint32_t value)
{
	struct strmap_slot *sl;

	if (n >= UINT32_MAX / 2)
		return -1;
	if ((m->n_used + 1) * 2 > m->n_slots && rehash(m))
		return -1;
	sl = find(m, s, n, h);
	if (sl->key_off != EMPTY) {
		sl->value = value;
		return 0;
	}
	if (m->keys_len + n + 1 > m->keys_cap) {
		size_t ncap = m->keys_cap ? m->keys_cap * 2 : 4096;
		char *nk;
		while (ncap < m->keys_len + n + 1)
			ncap *= 2;
		if (ncap >= UINT32_MAX)
			return -1;
		nk = realloc(m->keys, ncap);
		if (!nk)
			return -1;
		m->keys = nk;
		m->keys_cap = ncap;
	}
	memcpy(m->keys + m->keys_len, s, n);
	m->keys[m->keys_len + n] = '\0';
	sl->hash = h;
	sl->value = value;
	sl->key_off = (uint32_t)m->keys_len;
	sl->key_len = (uint32_t)n;
	m->keys_len += n + 1;
	m->n_used++;
	return 0;
}
