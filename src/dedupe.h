/*
 * dedupe.h - near-duplicate articles grouped into stories.
 *
 * Fifty sites reprint one wire story with their own headline, byline,
 * menus and small edits.  dedupe gives each article a MinHash signature
 * of its 5-word shingles and groups articles whose signatures agree on at
 * least a threshold share of their slots (the estimated Jaccard
 * similarity of their shingle sets, 0.8 by default) into one story.
 * Candidates come from LSH banding, so adding an article costs about the
 * same however many are already held.
 *
 * Items are numbered 0, 1, 2... in the order they are added.  A story's
 * id is the item number of its oldest article; when a new article joins
 * two stories, they merge under the older id, so an id handed out earlier
 * may later name a merged story: dedupe_story() gives the current one.
 *
 * The signature is a pure function of the text, so a store can persist
 * it and add it back later with dedupe_add_signature().
 *
 * Memory: the table owns everything (up to about 2 KB per item: the
 * signature, the LSH buckets and the union-find arrays) and frees it in
 * dedupe_free().  Not safe for concurrent use; signatures may be computed
 * in parallel.
 */
#ifndef DYAD_DEDUPE_H
#define DYAD_DEDUPE_H

#include <stddef.h>
#include <stdint.h>

#define DEDUPE_K 128                /* signature slots */
#define DEDUPE_SHINGLE 5            /* words per shingle */
#define DEDUPE_THRESHOLD 0.8        /* default Jaccard estimate to group */
#define DEDUPE_EMPTY UINT32_MAX     /* every slot of a text without words */

struct dedupe;

/* A table grouping at threshold (0 < threshold <= 1; 0 means
 * DEDUPE_THRESHOLD).  NULL when memory is out. */
struct dedupe *dedupe_new(double threshold);
void dedupe_free(struct dedupe *d);

/* The MinHash signature of text (OUT: sig): one-permutation hashing of
 * the 64-bit hashes of its 5-word shingles into DEDUPE_K bins, empty
 * bins filled by optimal densification (Shrivastava, 2017).  Words are
 * runs of letters and digits, ASCII folded to lower case; Han and kana
 * characters are words of their own, since those scripts put no spaces
 * between words.  Returns the number of shingles (a text of 1 to 4 words
 * is one shingle); 0 means the text has no words and sig is all
 * DEDUPE_EMPTY. */
size_t dedupe_signature(const char *text, size_t len, uint32_t sig[DEDUPE_K]);

/* The share of slots on which a and b agree: an estimate of the Jaccard
 * similarity of their shingle sets (standard error about 0.035 at 0.8).
 * Two empty signatures are 0, not 1. */
double dedupe_similarity(const uint32_t a[DEDUPE_K], const uint32_t b[DEDUPE_K]);

/* Add an article (its text) as the next item and group it.  *story (OUT)
 * is the story it joined or started.  An article without words is a
 * story of its own and never joins another.  Returns 0, or -1 when
 * memory is out (the table is unchanged). */
int dedupe_add(struct dedupe *d, const char *text, size_t len, uint32_t *story);
/* The same with a signature from dedupe_signature(). */
int dedupe_add_signature(struct dedupe *d, const uint32_t sig[DEDUPE_K],
			 uint32_t *story);

/* Items added so far. */
size_t dedupe_count(const struct dedupe *d);
/* The current story id of item (its story's oldest item); item must be
 * below dedupe_count(). */
uint32_t dedupe_story(struct dedupe *d, uint32_t item);
/* Articles in the story of item (any member's number, or the story id). */
size_t dedupe_story_size(struct dedupe *d, uint32_t item);
/* The signature held for item. */
const uint32_t *dedupe_item_signature(const struct dedupe *d, uint32_t item);

#endif
