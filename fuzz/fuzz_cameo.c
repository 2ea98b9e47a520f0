/*
 * fuzz_cameo.c - libFuzzer target for the CAMEO table reader (cameo.c).
 *
 * cameo_load reads a path, so each input goes through an in-memory file
 * (memfd).  A table that loads must answer for every code it holds.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cameo.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int fd = -1;
	char path[64];
	struct cameo_table *t = NULL;
	dyad_error err;
	size_t i;

	if (fd < 0 && (fd = memfd_create("cameo", 0)) < 0)
		abort();
	if (ftruncate(fd, 0) || lseek(fd, 0, SEEK_SET) ||
	    (size && write(fd, data, size) != (ssize_t)size))
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	if (cameo_load(&t, path, &err) != DYAD_OK) {
		if (!err.msg[0])
			abort();        /* a failure must say why */
		return 0;
	}
	for (i = 0; i < cameo_count(t); i++) {
		const struct cameo_entry *e = cameo_at(t, i);
		if (cameo_get(t, e->code) != e || strncmp(e->root, e->code, 2) ||
		    e->goldstein < -10.0 || e->goldstein > 10.0)
			abort();
	}
	cameo_free(t);
	return 0;
}
