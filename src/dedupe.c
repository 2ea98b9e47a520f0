/*
 * dedupe.c - MinHash signatures, LSH banding and union-find stories; see
 * dedupe.h.
 *
 * Signature: each 5-word shingle hashes to 64 bits; its top 7 bits pick
 * one of DEDUPE_K bins and its low 32 bits compete for the bin's minimum
 * (one-permutation hashing, one hash per shingle instead of K).  Bins no
 * shingle fell into borrow the value of a pseudo-randomly chosen filled
 * bin, the same choice for every text (optimal densification), so that
 * two signatures agree on a slot with probability close to the Jaccard
 * similarity even for short texts.
 *
 * Candidates: the signature is cut into DEDUPE_BANDS bands of
 * DEDUPE_ROWS slots; articles whose band hashes collide in some band are
 * compared slot by slot, and grouped when they agree on at least
 * threshold * K slots.  With 32 bands of 4, a pair at Jaccard 0.8 collides
 * in some band with probability 1 - (1 - 0.8^4)^32 > 0.9999, one at 0.3
 * with 0.23, so few comparisons are wasted.
 *
 * Each bucket is a chain through the items (newest first) kept in an
 * array, its head in an intmap.  A walk down a chain stops after
 * DEDUPE_PROBE items: a story reprinted ten thousand times does not make
 * each new copy compare with every old one (its newest copies are in the
 * same story anyway).
 */
#include "dedupe.h"

#include <stdlib.h>
#include <string.h>

#include "intmap.h"

#define DEDUPE_BANDS 32
#define DEDUPE_ROWS (DEDUPE_K / DEDUPE_BANDS)
#define DEDUPE_PROBE 64
#define NONE UINT32_MAX
#define BIN_SHIFT 57                    /* 64 - log2(DEDUPE_K) */

struct dedupe {
	int min_agree;                  /* slots that must agree to group */
	uint32_t *sigs;                 /* n * DEDUPE_K */
	uint32_t *parent;               /* union-find forest */
	uint32_t *size;                 /* articles in the story, at its root */
	uint32_t *chain;                /* n * DEDUPE_BANDS: next older item in
					 * the same bucket, or NONE */
	uint32_t *stamp;                /* the add that last compared item */
	size_t n, cap;
	uint32_t adds;
	struct intmap heads;            /* band key -> newest item */
};

static inline uint64_t mix64(uint64_t x)
{
	x += 0x9e3779b97f4a7c15ULL;
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
	return x ^ (x >> 31);
}

/* ---- signatures ------------------------------------------------------ */

struct sketch {
	uint32_t sig[DEDUPE_K];
	uint64_t filled[DEDUPE_K / 64];
	uint64_t words[DEDUPE_SHINGLE];  /* ring of the last word hashes */
	size_t n_words, n_shingles;
};

static void sketch_shingle(struct sketch *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i, first = s->n_words - n;
	unsigned bin;
	uint32_t v;

	for (i = 0; i < n; i++)
		h = mix64(h ^ s->words[(first + i) % DEDUPE_SHINGLE]);
	bin = (unsigned)(h >> BIN_SHIFT);
	v = (uint32_t)h;
	if (v == DEDUPE_EMPTY)
		v--;
	if (v < s->sig[bin])
		s->sig[bin] = v;
	s->filled[bin / 64] |= (uint64_t)1 << (bin % 64);
	s->n_shingles++;
}

static void sketch_word(struct sketch *s, uint64_t h)
{
	s->words[s->n_words % DEDUPE_SHINGLE] = mix64(h);
	s->n_words++;
	if (s->n_words >= DEDUPE_SHINGLE)
		sketch_shingle(s, DEDUPE_SHINGLE);
}

/* Bytes at p (n left) that end a word: ASCII other than letters and
 * digits, U+0080..U+00BF (C2 xx: controls, no-break space, Latin-1
 * punctuation), general punctuation U+2000..U+206F (E2 80/81 xx: dashes,
 * curly quotes) and CJK punctuation U+3000..U+303F (E3 80 xx).  Returns
 * their length, or 0 for a byte of a word. */
static size_t separator_len(const unsigned char *p, size_t n)
{
	unsigned c = p[0];

	if (c < 0x80)
		return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? 0 : 1;
	if (c == 0xC2 && n >= 2)
		return 2;
	if (c == 0xE2 && n >= 3 && (p[1] == 0x80 || p[1] == 0x81))
		return 3;
	if (c == 0xE3 && n >= 3 && p[1] == 0x80)
		return 3;
	return 0;
}

/* 1 when p starts a kana (U+3040..U+30FF) or Han (U+4000..U+9FFF)
 * character, a word of its own. */
static int is_ideograph(const unsigned char *p, size_t n)
{
	if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
		return 0;
	return (p[0] == 0xE3 && p[1] >= 0x81 && p[1] <= 0x83) ||
	       (p[0] >= 0xE4 && p[0] <= 0xE9);
}

size_t dedupe_signature(const char *text, size_t len, uint32_t sig[DEDUPE_K])
{
	const unsigned char *p = (const unsigned char *)text;
	struct sketch s;
	uint64_t h = 0;
	size_t i = 0, j;
	int in_word = 0;

	memset(&s, 0, sizeof(s));
	for (j = 0; j < DEDUPE_K; j++)
		s.sig[j] = DEDUPE_EMPTY;
	while (i < len) {
		size_t sep = separator_len(p + i, len - i);

		if (sep || is_ideograph(p + i, len - i)) {
			if (in_word)
				sketch_word(&s, h);
			in_word = 0;
			if (!sep) {     /* an ideograph: one word */
				sketch_word(&s, ((uint64_t)p[i] << 16 |
						 (uint64_t)p[i + 1] << 8 | p[i + 2]) + 1);
				sep = 3;
			}
			i += sep;
			continue;
		}
		if (!in_word) {
			h = 0xcbf29ce484222325ULL;
			in_word = 1;
		}
		h = (h ^ (p[i] >= 'A' && p[i] <= 'Z' ? p[i] | 0x20 : p[i])) *
		    0x100000001b3ULL;
		i++;
	}
	if (in_word)
		sketch_word(&s, h);
	if (s.n_words > 0 && s.n_words < DEDUPE_SHINGLE)
		sketch_shingle(&s, s.n_words);

	/* Densify: an empty bin takes the value of the first filled bin in
	 * its own fixed pseudo-random sequence of bins. */
	if (s.n_shingles) {
		for (j = 0; j < DEDUPE_K; j++) {
			uint64_t attempt;
			unsigned k = 0;

			if (s.filled[j / 64] >> (j % 64) & 1)
				continue;
			for (attempt = 1; attempt <= 4 * DEDUPE_K * DEDUPE_K; attempt++) {
				k = (unsigned)(mix64((uint64_t)j << 32 | attempt) >> BIN_SHIFT);
				if (s.filled[k / 64] >> (k % 64) & 1)
					break;
			}
			/* Not reached in practice (2^-100); still deterministic. */
			while (!(s.filled[k / 64] >> (k % 64) & 1))
				k = (k + 1) % DEDUPE_K;
			s.sig[j] = s.sig[k];
		}
	}
	memcpy(sig, s.sig, sizeof(s.sig));
	return s.n_shingles;
}

static int agree(const uint32_t *a, const uint32_t *b)
{
	int i, n = 0;

	for (i = 0; i < DEDUPE_K; i++)
		n += a[i] == b[i];
	return n;
}

double dedupe_similarity(const uint32_t a[DEDUPE_K], const uint32_t b[DEDUPE_K])
{
	if (a[0] == DEDUPE_EMPTY || b[0] == DEDUPE_EMPTY)
		return 0.0;
	return (double)agree(a, b) / DEDUPE_K;
}

/* ---- the table ------------------------------------------------------- */

struct dedupe *dedupe_new(double threshold)
{
	struct dedupe *d = calloc(1, sizeof(*d));

	if (!d)
		return NULL;
	if (!(threshold > 0.0 && threshold <= 1.0))
		threshold = DEDUPE_THRESHOLD;
	d->min_agree = (int)(threshold * DEDUPE_K + 0.999);
	intmap_init(&d->heads);
	return d;
}

void dedupe_free(struct dedupe *d)
{
	if (!d)
		return;
	free(d->sigs);
	free(d->parent);
	free(d->size);
	free(d->chain);
	free(d->stamp);
	intmap_free(&d->heads);
	free(d);
}

size_t dedupe_count(const struct dedupe *d)
{
	return d->n;
}

const uint32_t *dedupe_item_signature(const struct dedupe *d, uint32_t item)
{
	return d->sigs + (size_t)item * DEDUPE_K;
}

static uint32_t find(struct dedupe *d, uint32_t x)
{
	while (d->parent[x] != x) {
		d->parent[x] = d->parent[d->parent[x]];
		x = d->parent[x];
	}
	return x;
}

uint32_t dedupe_story(struct dedupe *d, uint32_t item)
{
	return find(d, item);
}

size_t dedupe_story_size(struct dedupe *d, uint32_t item)
{
	return d->size[find(d, item)];
}

/* Merge the stories of a and b under the older root. */
static void unite(struct dedupe *d, uint32_t a, uint32_t b)
{
	uint32_t ra = find(d, a), rb = find(d, b), t;

	if (ra == rb)
		return;
	if (rb < ra) {
		t = ra;
		ra = rb;
		rb = t;
	}
	d->parent[rb] = ra;
	d->size[ra] += d->size[rb];
}

/* Resize one array to n elements of sz bytes; 0 or -1. */
static int resize(uint32_t **p, size_t n, size_t sz)
{
	void *q = realloc(*p, n * sz);

	if (!q)
		return -1;
	*p = q;
	return 0;
}

static int reserve(struct dedupe *d)
{
	size_t cap;

	if (d->n < d->cap)
		return 0;
	if (d->cap >= (size_t)NONE / 2)
		return -1;
	cap = d->cap ? d->cap * 2 : 256;
	/* Each array that grows stays valid at its old size when a later
	 * one fails; cap moves only when all have. */
	if (resize(&d->sigs, cap, DEDUPE_K * sizeof(uint32_t)) ||
	    resize(&d->parent, cap, sizeof(uint32_t)) ||
	    resize(&d->size, cap, sizeof(uint32_t)) ||
	    resize(&d->chain, cap, DEDUPE_BANDS * sizeof(uint32_t)) ||
	    resize(&d->stamp, cap, sizeof(uint32_t)))
		return -1;
	d->cap = cap;
	return 0;
}

static uint64_t band_key(const uint32_t *sig, unsigned band)
{
	uint64_t h = mix64(band);
	unsigned r;

	for (r = 0; r < DEDUPE_ROWS; r++)
		h = mix64(h ^ sig[band * DEDUPE_ROWS + r]);
	return h == UINT64_MAX ? h - 1 : h;
}

/* If the LSH index cannot grow, the item is held but reachable through
 * fewer bands: only recall suffers, so that is not an error. */
int dedupe_add_signature(struct dedupe *d, const uint32_t sig[DEDUPE_K],
			 uint32_t *story)
{
	uint32_t item, *mine;
	uint64_t keys[DEDUPE_BANDS];
	unsigned b;
	int empty = sig[0] == DEDUPE_EMPTY;

	if (reserve(d))
		return -1;
	item = (uint32_t)d->n;
	mine = d->sigs + (size_t)item * DEDUPE_K;
	memcpy(mine, sig, DEDUPE_K * sizeof(uint32_t));
	d->parent[item] = item;
	d->size[item] = 1;
	d->stamp[item] = 0;
	d->n++;
	d->adds++;
	if (d->adds == 0) {             /* the stamps wrapped: start afresh */
		memset(d->stamp, 0, d->n * sizeof(uint32_t));
		d->adds = 1;
	}
	d->stamp[item] = d->adds;
	for (b = 0; b < DEDUPE_BANDS; b++)
		d->chain[(size_t)item * DEDUPE_BANDS + b] = NONE;
	if (empty) {
		*story = item;
		return 0;
	}
	for (b = 0; b < DEDUPE_BANDS; b++) {
		uint32_t c, steps = 0;

		keys[b] = band_key(mine, b);
		if (!intmap_get(&d->heads, keys[b], &c))
			continue;
		for (; c != NONE && steps < DEDUPE_PROBE; steps++,
		     c = d->chain[(size_t)c * DEDUPE_BANDS + b]) {
			if (d->stamp[c] == d->adds)
				continue;
			d->stamp[c] = d->adds;
			if (find(d, c) == find(d, item))
				continue;
			if (agree(mine, d->sigs + (size_t)c * DEDUPE_K) >= d->min_agree)
				unite(d, c, item);
		}
	}
	for (b = 0; b < DEDUPE_BANDS; b++) {
		uint32_t head;

		if (intmap_get(&d->heads, keys[b], &head))
			d->chain[(size_t)item * DEDUPE_BANDS + b] = head;
		if (intmap_put(&d->heads, keys[b], item))
			d->chain[(size_t)item * DEDUPE_BANDS + b] = NONE;
	}
	*story = find(d, item);
	return 0;
}

int dedupe_add(struct dedupe *d, const char *text, size_t len, uint32_t *story)
{
	uint32_t sig[DEDUPE_K];

	dedupe_signature(text, len, sig);
	return dedupe_add_signature(d, sig, story);
}
