/*
 * strmap.h - open-addressing hash table from byte strings to 32-bit values.
 *
 * The lexicon interns every word it knows into a strmap, so matching at run
 * time compares integers, never strings.  Keys are copied into the map's own
 * storage and live as long as the map.
 */
#ifndef DYAD_STRMAP_H
#define DYAD_STRMAP_H

#include <stddef.h>
#include <stdint.h>

struct strmap_slot {
	uint32_t hash;
	uint32_t value;
	uint32_t key_off;       /* offset into keys; UINT32_MAX = empty */
	uint32_t key_len;
};

struct strmap {
	struct strmap_slot *slots;
	size_t n_slots, n_used;
	char *keys;
	size_t keys_len, keys_cap;
};

void strmap_init(struct strmap *m);
void strmap_free(struct strmap *m);
/* strmap_hash() is FNV-1a over the bytes: from STRMAP_FNV_BASIS, each
 * byte b makes h = (h ^ b) * STRMAP_FNV_PRIME (a caller that makes the
 * bytes may hash them as it goes). */
#define STRMAP_FNV_BASIS 2166136261u
#define STRMAP_FNV_PRIME 16777619u
uint32_t strmap_hash(const char *s, size_t n);
/* Look up s; returns 1 and sets *value when found, 0 otherwise. */
int strmap_get(const struct strmap *m, const char *s, size_t n, uint32_t *value);
/* Insert or overwrite. Returns 0, or -1 when memory is out. */
int strmap_put(struct strmap *m, const char *s, size_t n, uint32_t value);
/* The same, given h = strmap_hash(s, n), for a caller that has it. */
int strmap_get_h(const struct strmap *m, const char *s, size_t n, uint32_t h,
		 uint32_t *value);
int strmap_put_h(struct strmap *m, const char *s, size_t n, uint32_t h,
		 uint32_t value);

#endif
