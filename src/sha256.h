/*
 * sha256.h - SHA-256 (FIPS 180-4), for the store's content hashes.
 *
 * The store keys every article by the SHA-256 of its normalized text, so
 * the same article read twice (a rerun, a second feed) is stored once.
 * Nothing here allocates.
 */
#ifndef DYAD_SHA256_H
#define DYAD_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_LEN 32

struct sha256 {
	uint32_t h[8];
	uint64_t n_bytes;       /* hashed so far */
	uint8_t block[64];
	size_t n_block;         /* bytes waiting in block */
};

void sha256_init(struct sha256 *s);
void sha256_update(struct sha256 *s, const void *data, size_t len);
/* Write the digest (OUT: out); s must be initialized again to reuse. */
void sha256_final(struct sha256 *s, uint8_t out[SHA256_LEN]);

#endif
