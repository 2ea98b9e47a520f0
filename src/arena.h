/*
 * arena.h - bump allocator for per-article work.
 *
 * Everything the pipeline builds while coding one article (normalized text,
 * tokens, sentences, candidate events) comes from one arena and is released
 * at once with arena_reset() when the article is done.  Blocks are kept
 * between articles so a steady stream of articles allocates nothing new.
 */
#ifndef DYAD_ARENA_H
#define DYAD_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;   /* block being carved */
	struct arena_block *free;   /* blocks kept after a reset */
	size_t max;                 /* cap on total bytes; 0 = unlimited */
	size_t used;                /* bytes in live blocks */
};

void arena_init(struct arena *a, size_t max);
/* Returns NULL when the cap is reached or malloc fails. Memory is 16-aligned. */
void *arena_alloc(struct arena *a, size_t n);
void *arena_zalloc(struct arena *a, size_t n);
char *arena_strndup(struct arena *a, const char *s, size_t n);
/* Grow the array *pp of *cap elements of size sz to hold at least want. */
int arena_grow(struct arena *a, void **pp, size_t *cap, size_t want, size_t sz);
void arena_reset(struct arena *a);
void arena_free(struct arena *a);

#endif
