/*
 * arena.c - bump allocator; see arena.h.
 */
#include "arena.h"

#include <stdlib.h>
#include <string.h>

struct arena_block {
	struct arena_block *next;
	size_t size, used;
	_Alignas(16) unsigned char data[];
};

#define ARENA_BLOCK (256u * 1024u)

void arena_init(struct arena *a, size_t max)
{
	memset(a, 0, sizeof(*a));
	a->max = max;
}

static struct arena_block *block_new(struct arena *a, size_t need)
{
	struct arena_block *b, **pp;
	size_t size = need > ARENA_BLOCK ? need : ARENA_BLOCK;

	/* Reuse a kept block when one is large enough. */
	for (pp = &a->free; (b = *pp); pp = &b->next) {
		if (b->size >= need) {
			*pp = b->next;
			goto got;
		}
	}
	if (a->max && a->used + size > a->max)
		return NULL;
	b = malloc(sizeof(*b) + size);
	if (!b)
		return NULL;
	b->size = size;
got:
	b->used = 0;
	b->next = a->head;
	a->head = b;
	a->used += b->size;
	return b;
}

void *arena_alloc(struct arena *a, size_t n)
{
	struct arena_block *b = a->head;
	size_t at;

	if (n == 0)
		n = 1;
	if (n > (size_t)-1 / 2)
		return NULL;
	n = (n + 15) & ~(size_t)15;
	if (!b || b->size - b->used < n) {
		b = block_new(a, n);
		if (!b)
			return NULL;
	}
	at = b->used;
	b->used += n;
	return b->data + at;
}

void *arena_zalloc(struct arena *a, size_t n)
{
	void *p = arena_alloc(a, n);
	if (p)
		memset(p, 0, n);
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

int arena_grow(struct arena *a, void **pp, size_t *cap, size_t want, size_t sz)
{
	size_t ncap;
	void *np;

	if (want <= *cap)
		return 0;
	ncap = *cap ? *cap * 2 : 16;
	while (ncap < want)
		ncap *= 2;
	if (ncap > ((size_t)-1 / 4) / sz)
		return -1;
	np = arena_alloc(a, ncap * sz);
	if (!np)
		return -1;
	if (*pp && *cap)
		memcpy(np, *pp, *cap * sz);
	*pp = np;
	*cap = ncap;
	return 0;
}

void arena_reset(struct arena *a)
{
	struct arena_block *b, *next;

	for (b = a->head; b; b = next) {
		next = b->next;
		b->next = a->free;
		a->free = b;
	}
	a->head = NULL;
	a->used = 0;
}

void arena_free(struct arena *a)
{
	struct arena_block *b, *next;

	arena_reset(a);
	for (b = a->free; b; b = next) {
		next = b->next;
		free(b);
	}
	a->free = NULL;
}
