/*
 * morph.c - WordNet's morphy over in-memory tables; see morph.h.
 *
 * morph_load parses four files of the WordNet database by hand.  An index
 * file streams through a small buffer and only its first column is kept,
 * packed into one pool ("aah\0abacinate\0..."), which is then hashed into
 * a set sized for it, so loading never rehashes.  The reason is measured:
 * on a fresh process, first touches of memory (page faults) cost more
 * than parsing, so load time follows the bytes written, and index.noun
 * holds 4.7 MB for 1.5 MB of words.  An exception file (40 kB) is read
 * whole and kept, its separators turned to NULs, under a map from the
 * inflected form to its bases.  Nothing is written after the load: lookups
 * only read, and never allocate.
 *
 * The rules follow WordNet 3.0's morph.c: exceptions first; else, for a
 * single word, the first detachment rule whose result is in the index;
 * for a collocation ("gave_up", "attorneys_general") the same per word,
 * or for a verb followed by a preposition, the verb alone.
 */
#include "morph.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "error.h"

#define MORPH_FILE_MAX (64u << 20)      /* index.noun is 4.7 MB */
#define MORPH_DEFAULT_DIR "/usr/share/wordnet"

/* The lemmas of an index: slots hold 1 + a word's offset in the pool in
 * their low off_bits (0 marks an empty slot) and the top bits of its hash
 * above, as a tag that settles most mismatches without touching the pool.
 * Four bytes a slot keep the noun set at 1 MB. */
struct wordset {
	char *pool;             /* NUL-terminated words, one after another */
	size_t pool_len, n;
	uint32_t *slots;
	size_t mask;
	unsigned off_bits;
};

/* The exception map: key is 1 + the inflected form's offset in the
 * exception file (0 = empty), val its entry. */
struct slot {
	uint32_t hash;
	uint32_t key;
	uint32_t val;
};

struct table {
	struct slot *slots;
	size_t mask;
};

struct exc_entry {
	uint32_t first;         /* its first base in bases[] */
	uint32_t n_bases;
};

/* Everything known about one part of speech. */
struct morph_side {
	struct wordset index;
	char *exc_pool;         /* the exception file, tokens NUL-terminated */
	struct exc_entry *excs;
	size_t n_excs;
	uint32_t *bases;        /* offsets into exc_pool */
	size_t n_bases;
	struct table exc;       /* keys into exc_pool, val = entry in excs */
};

struct morph {
	struct morph_side side[2];
};

/* ---- rules ------------------------------------------------------------- */

struct rule {
	const char *suffix;
	const char *ending;
};

/* Morphy's detachment tables, in its order: the first rule whose result
 * is a lemma wins, so "boxes" tries "boxe" before "box". */
static const struct rule noun_rules[] = {
	{ "s", "" }, { "ses", "s" }, { "xes", "x" }, { "zes", "z" },
	{ "ches", "ch" }, { "shes", "sh" }, { "men", "man" }, { "ies", "y" },
};
static const struct rule verb_rules[] = {
	{ "s", "" }, { "ies", "y" }, { "es", "e" }, { "es", "" },
	{ "ed", "e" }, { "ed", "" }, { "ing", "e" }, { "ing", "" },
};

/* Words after which a verb collocation's head is its first word. */
static const char *const prepositions[] = {
	"to", "at", "of", "on", "off", "in", "out", "up", "down", "from",
	"with", "into", "for", "about", "between",
};

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* ---- tables -------------------------------------------------------------- */

static int table_init(struct table *t, size_t n_max)
{
	size_t cap = 64;

	while (cap < n_max * 2)
		cap *= 2;
	t->slots = calloc(cap, sizeof(*t->slots));
	if (!t->slots)
		return -1;
	t->mask = cap - 1;
	return 0;
}

/* The slot holding s, or the empty slot where it would go.  Pool strings
 * are NUL-terminated, so a key of length n matches when its first n
 * bytes do and byte n is the NUL. */
static struct slot *table_find(const struct table *t, const char *pool,
			       const char *s, size_t n, uint32_t h)
{
	size_t i = h & t->mask;

	for (;;) {
		struct slot *sl = &t->slots[i];
		if (!sl->key)
			return sl;
		if (sl->hash == h) {
			const char *k = pool + sl->key - 1;
			/* strncmp, not memcmp: it stops at a shorter
			 * key's NUL instead of reading past the pool. */
			if (!strncmp(k, s, n) && k[n] == '\0')
				return sl;
		}
		i = (i + 1) & t->mask;
	}
}

/* FNV-1a: short words, few cycles. */
static uint32_t hash_n(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

static uint32_t off_mask(const struct wordset *ws)
{
	return ws->off_bits >= 32 ? UINT32_MAX
				  : (UINT32_C(1) << ws->off_bits) - 1;
}

/* The slot holding w[0..n) (hashed h), or the empty one where it goes. */
static uint32_t *wordset_find(const struct wordset *ws, const char *w,
			      size_t n, uint32_t h)
{
	uint32_t om = off_mask(ws), tag = h & ~om;
	size_t i = h & ws->mask;

	for (;;) {
		uint32_t *sl = &ws->slots[i];
		if (!*sl)
			return sl;
		if ((*sl & ~om) == tag) {
			/* strncmp, not memcmp: it stops at a shorter
			 * word's NUL instead of reading past the pool. */
			const char *k = ws->pool + (*sl & om) - 1;
			if (!strncmp(k, w, n) && k[n] == '\0')
				return sl;
		}
		i = (i + 1) & ws->mask;
	}
}

/* The index's copy of w[0..n), or NULL when it is not a lemma. */
static const char *side_lemma(const struct morph_side *sd, const char *w,
			      size_t n)
{
	const struct wordset *ws = &sd->index;
	uint32_t *sl;

	if (!ws->slots)
		return NULL;
	sl = wordset_find(ws, w, n, hash_n(w, n));
	return *sl ? ws->pool + (*sl & off_mask(ws)) - 1 : NULL;
}

static const struct exc_entry *side_exc(const struct morph_side *sd,
					const char *w, size_t n)
{
	const struct slot *sl;

	if (!sd->exc.slots)
		return NULL;
	sl = table_find(&sd->exc, sd->exc_pool, w, n, hash_n(w, n));
	return sl->key ? &sd->excs[sl->val] : NULL;
}

static const char *exc_base(const struct morph_side *sd,
			    const struct exc_entry *e, size_t i)
{
	return sd->exc_pool + sd->bases[e->first + i];
}

/* ---- loading ------------------------------------------------------------- */

/* Read path whole into a malloc'd, NUL-terminated *text (OUT). */
static int read_file(const char *path, char **text, size_t *len,
		     dyad_error *err)
{
	struct stat st;
	size_t size, got = 0;
	char *p;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return dyad_fail(err, DYAD_EIO,
				 "%s: %s (install WordNet 3.0, e.g. Debian's "
				 "wordnet-base, or set WNSEARCHDIR)",
				 path, strerror(errno));
	if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		close(fd);
		return dyad_fail(err, DYAD_EIO, "%s: not a regular file", path);
	}
	if ((uintmax_t)st.st_size > MORPH_FILE_MAX) {
		close(fd);
		return dyad_fail(err, DYAD_EIO, "%s: larger than %u MB; not "
				 "a WordNet file", path, MORPH_FILE_MAX >> 20);
	}
	size = (size_t)st.st_size;
	p = malloc(size + 1);
	if (!p) {
		close(fd);
		return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", path);
	}
	while (got < size) {
		ssize_t r = read(fd, p + got, size - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int e = errno;
			free(p);
			close(fd);
			return dyad_fail(err, DYAD_EIO, "%s: %s", path,
					 strerror(e));
		}
		if (r == 0)
			break;  /* shrank under us: take what is there */
		got += (size_t)r;
	}
	close(fd);
	p[got] = '\0';
	*text = p;
	*len = got;
	return DYAD_OK;
}

static size_t count_byte(const char *s, size_t len, char c)
{
	const char *end = s + len;
	size_t n = 0;

	while ((s = memchr(s, c, (size_t)(end - s)))) {
		n++;
		s++;
	}
	return n;
}

/* A word of an index as load_index() read it: its hash_n() and length,
 * taken while copying it, so that building the set reads no word again. */
struct word_seen {
	uint32_t hash, len;
};

/* Hash the pool's words into a set sized for them.  Index files list
 * each lemma once; a repeat would just be skipped. */
static int wordset_build(struct wordset *ws, const struct word_seen *seen)
{
	size_t cap = 64, off, k;

	while (cap < ws->n * 2)
		cap *= 2;
	for (ws->off_bits = 1; ws->off_bits < 32 &&
	     (ws->pool_len + 1) >> ws->off_bits; ws->off_bits++)
		;
	if (cap > UINT32_MAX || (ws->pool_len + 1) >> 31 >> 1)
		return -1;
	ws->slots = calloc(cap, sizeof(*ws->slots));
	if (!ws->slots)
		return -1;
	ws->mask = cap - 1;
	for (off = 0, k = 0; k < ws->n; k++) {
		uint32_t h = seen[k].hash, *sl;

		sl = wordset_find(ws, ws->pool + off, seen[k].len, h);
		if (!*sl)
			*sl = (h & ~off_mask(ws)) | (uint32_t)(off + 1);
		off += seen[k].len + 1;
	}
	return 0;
}

static int grow_seen(struct word_seen **seen, size_t *cap)
{
	size_t ncap = *cap ? *cap * 2 : 16384;
	struct word_seen *ns = realloc(*seen, ncap * sizeof(*ns));

	if (!ns)
		return -1;
	*seen = ns;
	*cap = ncap;
	return 0;
}

/* Keep the first field of every line of an index file.  The file streams
 * through a 64 kB buffer in a small state machine, since a line may span
 * two reads; lines that begin with a space (the licence header begins
 * with two) hold no lemma. */
static int load_index(struct morph_side *sd, const char *path,
		      dyad_error *err)
{
	enum { LINE_START, FIELD, SKIP } state = LINE_START;
	struct wordset *ws = &sd->index;
	size_t cap, chunk = 64 * 1024, total = 0, len = 0, n_words = 0, start = 0;
	size_t cap_seen = 0;
	struct word_seen *seen = NULL;
	uint32_t h = 0;
	struct stat st;
	char *buf, *pool, *shrunk;
	int fd, rc = DYAD_OK;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return dyad_fail(err, DYAD_EIO,
				 "%s: %s (install WordNet 3.0, e.g. Debian's "
				 "wordnet-base, or set WNSEARCHDIR)",
				 path, strerror(errno));
	if (fstat(fd, &st) || !S_ISREG(st.st_mode) ||
	    (uintmax_t)st.st_size > MORPH_FILE_MAX) {
		close(fd);
		return dyad_fail(err, DYAD_EIO, "%s: not a WordNet index file "
				 "(not a regular file under %u MB)", path,
				 MORPH_FILE_MAX >> 20);
	}
	/* Words never outgrow the file, and untouched pages of a large
	 * allocation cost nothing.  The loop works on locals (pool, len)
	 * because stores through char pointers would make the compiler
	 * reload struct fields at every byte. */
	cap = (size_t)st.st_size + 1;
	pool = ws->pool = malloc(cap);
	buf = malloc(chunk + 1);        /* and a sentinel */
	if (!pool || !buf) {
		free(buf);
		close(fd);
		return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", path);
	}
	for (;;) {
		ssize_t r = read(fd, buf, chunk < cap - 1 - total ?
					      chunk : cap - 1 - total);
		const char *p = buf, *end;

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			rc = dyad_fail(err, DYAD_EIO, "%s: %s", path,
				       strerror(errno));
			break;
		}
		if (r == 0)
			break;
		total += (size_t)r;
		end = buf + r;
		buf[r] = '\n';          /* ends the FIELD loop at the end */
		while (p < end) {
			const char *q;
			unsigned char c;

			switch (state) {
			case LINE_START:
				if (*p == '\n') {
					p++;
					break;
				}
				state = *p == ' ' ? SKIP : FIELD;
				h = 2166136261u;
				start = len;
				break;
			case FIELD:
				/* Byte by byte: words average 12 bytes,
				 * too short to pay for a memcpy call.
				 * hash_n() as it goes (a word may span two
				 * reads). */
				while ((c = (unsigned char)*p) != ' ' && c != '\n') {
					pool[len++] = (char)c;
					h = (h ^ c) * 16777619u;
					p++;
				}
				if (p == end)
					break;
				if (n_words == cap_seen && grow_seen(&seen, &cap_seen)) {
					rc = dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", path);
					goto out;
				}
				seen[n_words].hash = h;
				seen[n_words].len = (uint32_t)(len - start);
				pool[len++] = '\0';
				n_words++;
				state = *p++ == '\n' ? LINE_START : SKIP;
				break;
			case SKIP:
				q = memchr(p, '\n', (size_t)(end - p));
				p = q ? q + 1 : end;
				state = q ? LINE_START : SKIP;
				break;
			}
		}
	}
	if (!rc && state == FIELD) {    /* a last line without a newline */
		if (n_words == cap_seen && grow_seen(&seen, &cap_seen))
			rc = dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", path);
		else {
			seen[n_words].hash = h;
			seen[n_words].len = (uint32_t)(len - start);
			pool[len++] = '\0';
			n_words++;
		}
	}
out:
	close(fd);
	free(buf);
	ws->pool_len = len;
	ws->n = n_words;
	if (!rc && !n_words)
		rc = dyad_fail(err, DYAD_EPARSE, "%s: no lemmas found; not a "
			       "WordNet index file", path);
	if (rc) {
		free(seen);
		return rc;
	}
	shrunk = realloc(ws->pool, ws->pool_len);
	if (shrunk)
		ws->pool = shrunk;
	rc = wordset_build(ws, seen);
	free(seen);
	if (rc)
		return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", path);
	return DYAD_OK;
}

/* The entry for an exception file's inflected form key, new or (for a
 * second line of the same form; noun.exc has four) the one just made, so
 * its bases stay contiguous.  NULL for a repeat further away, which a
 * sorted file never has: the later line is dropped. */
static struct exc_entry *exc_entry_for(struct morph_side *sd, const char *pool,
				       const char *key, size_t n)
{
	uint32_t h = hash_n(key, n);
	struct slot *sl = table_find(&sd->exc, pool, key, n, h);
	struct exc_entry *e;

	if (sl->key)
		return sl->val + 1 == sd->n_excs ? &sd->excs[sl->val] : NULL;
	sl->hash = h;
	sl->key = (uint32_t)(key - pool) + 1;
	sl->val = (uint32_t)sd->n_excs;
	e = &sd->excs[sd->n_excs++];
	e->first = (uint32_t)sd->n_bases;
	e->n_bases = 0;
	return e;
}

/* Map each inflected form of an exception file ("axes ax axis") to its
 * bases, in file order. */
static int load_exc(struct morph_side *sd, const char *path, dyad_error *err)
{
	char *text = NULL, *p, *end;
	size_t len = 0, n_lines;
	int rc;

	rc = read_file(path, &text, &len, err);
	if (rc)
		return rc;
	sd->exc_pool = text;
	n_lines = count_byte(text, len, '\n') + 1;
	sd->excs = malloc(n_lines * sizeof(*sd->excs));
	/* Every base follows a space or tab of its line, so those bound
	 * the count; a tighter one would cost a pass to save kilobytes. */
	sd->bases = malloc((count_byte(text, len, ' ') +
			    count_byte(text, len, '\t') + 1) * sizeof(*sd->bases));
	if (!sd->excs || !sd->bases || table_init(&sd->exc, n_lines))
		return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", path);
	end = text + len;
	for (p = text; p < end; ) {
		char *eol = memchr(p, '\n', (size_t)(end - p));
		char *line_end = eol ? eol : end, *q = p, *key = NULL;
		struct exc_entry *e = NULL;
		size_t n_key = 0;

		if (eol)
			*eol = '\0';
		while (q < line_end) {
			char *t;

			while (q < line_end && (*q == ' ' || *q == '\t'))
				*q++ = '\0';
			if (q >= line_end)
				break;
			t = q;
			while (q < line_end && *q != ' ' && *q != '\t')
				q++;
			if (q < line_end)
				*q++ = '\0';
			if (!key) {
				key = t;
				n_key = strlen(t);
				continue;
			}
			if (!e && !(e = exc_entry_for(sd, text, key, n_key)))
				break;
			sd->bases[sd->n_bases++] = (uint32_t)(t - text);
			e->n_bases++;
		}
		p = eol ? eol + 1 : end;
	}
	return DYAD_OK;
}

int morph_load(struct morph **out, const char *dir, dyad_error *err)
{
	static const char *const names[2] = { "noun", "verb" };
	char path[PATH_MAX];
	struct morph *m;
	int rc = DYAD_OK, pos;

	*out = NULL;
	if (!dir || !*dir)
		dir = getenv("WNSEARCHDIR");
	if (!dir || !*dir)
		dir = MORPH_DEFAULT_DIR;
	m = calloc(1, sizeof(*m));
	if (!m)
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	for (pos = 0; pos < 2 && !rc; pos++) {
		int k = snprintf(path, sizeof(path), "%s/index.%s", dir,
				 names[pos]);
		if (k < 0 || (size_t)k >= sizeof(path))
			rc = dyad_fail(err, DYAD_EUSAGE,
				       "%s: WordNet directory name too long", dir);
		if (!rc)
			rc = load_index(&m->side[pos], path, err);
		if (!rc) {
			snprintf(path, sizeof(path), "%s/%s.exc", dir,
				 names[pos]);
			rc = load_exc(&m->side[pos], path, err);
		}
	}
	if (rc) {
		morph_free(m);
		return rc;
	}
	*out = m;
	return DYAD_OK;
}

void morph_free(struct morph *m)
{
	int pos;

	if (!m)
		return;
	for (pos = 0; pos < 2; pos++) {
		struct morph_side *sd = &m->side[pos];
		free(sd->index.pool);
		free(sd->index.slots);
		free(sd->exc_pool);
		free(sd->excs);
		free(sd->bases);
		free(sd->exc.slots);
	}
	free(m);
}

/* ---- lookups ------------------------------------------------------------- */

int morph_is_lemma(const struct morph *m, enum morph_pos pos,
		   const char *w, size_t n)
{
	if (!m || (pos != MORPH_NOUN && pos != MORPH_VERB) || !w ||
	    memchr(w, '\0', n))
		return 0;
	return side_lemma(&m->side[pos], w, n) != NULL;
}

size_t morph_count(const struct morph *m, enum morph_pos pos)
{
	if (!m || (pos != MORPH_NOUN && pos != MORPH_VERB))
		return 0;
	return m->side[pos].index.n;
}

/* Like morphy's strend(): the word must be longer than the suffix. */
static int ends_with(const char *w, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);

	return n > k && !memcmp(w + n - k, suffix, k);
}

/* Apply the first detachment rule that yields a lemma to w[0..n) (a
 * single word, so no exception applies); the index's copy, or NULL. */
static const char *rule_lemma(const struct morph_side *sd, enum morph_pos pos,
			      const char *w, size_t n)
{
	const struct rule *rules = pos == MORPH_NOUN ? noun_rules : verb_rules;
	size_t i, n_rules = pos == MORPH_NOUN ? ARRAY_SIZE(noun_rules)
					      : ARRAY_SIZE(verb_rules);
	char cand[MORPH_WORD_MAX + 8];

	if (n > MORPH_WORD_MAX)
		return NULL;
	for (i = 0; i < n_rules; i++) {
		size_t ks = strlen(rules[i].suffix), ke = strlen(rules[i].ending);
		const char *lemma;

		if (!ends_with(w, n, rules[i].suffix))
			continue;
		memcpy(cand, w, n - ks);
		memcpy(cand + n - ks, rules[i].ending, ke);
		if ((lemma = side_lemma(sd, cand, n - ks + ke)))
			return lemma;
	}
	return NULL;
}

/* Morphy's morphword() for a single word: its first exception base, else
 * the first rule lemma.  Nouns in -ful inflect inside ("boxesful" ->
 * "boxful"); other nouns in -ss, and words of two letters or fewer, are
 * left alone.  Copies the base to dst (MORPH_WORD_MAX + 8 bytes) and
 * returns its length, or 0 when there is none. */
static size_t word_base(const struct morph_side *sd, enum morph_pos pos,
			const char *w, size_t n, char *dst)
{
	const struct exc_entry *e = side_exc(sd, w, n);
	const char *b;
	size_t k;

	if (n > MORPH_WORD_MAX)
		return 0;
	if (e) {
		b = exc_base(sd, e, 0);
		k = strlen(b);
		if (k > MORPH_WORD_MAX)
			return 0;
		memcpy(dst, b, k);
		return k;
	}
	if (pos == MORPH_NOUN && ends_with(w, n, "ful")) {
		if (!(b = rule_lemma(sd, pos, w, n - 3)))
			return 0;
		k = strlen(b);
		memcpy(dst, b, k);
		memcpy(dst + k, "ful", 3);
		return k + 3;
	}
	if (pos == MORPH_NOUN && (n <= 2 || ends_with(w, n, "ss")))
		return 0;
	if (!(b = rule_lemma(sd, pos, w, n)))
		return 0;
	k = strlen(b);
	memcpy(dst, b, k);
	return k;
}

/* A collocation with each word replaced by its base (or kept when it has
 * none), separators kept: "attorneys_general" -> "attorney_general". */
static const char *parts_lemma(const struct morph_side *sd, enum morph_pos pos,
			       const char *w, size_t n)
{
	char out[2 * MORPH_WORD_MAX], base[MORPH_WORD_MAX + 8];
	size_t len = 0, i = 0;

	while (i <= n) {
		const char *src = base;
		size_t j = i, k;

		while (j < n && w[j] != '_' && w[j] != '-')
			j++;
		k = j > i ? word_base(sd, pos, w + i, j - i, base) : 0;
		if (!k) {
			src = w + i;
			k = j - i;
		}
		if (len + k + 1 > sizeof(out))
			return NULL;
		memcpy(out + len, src, k);
		len += k;
		if (j < n)
			out[len++] = w[j];
		i = j + 1;
	}
	if (len == n && !memcmp(out, w, n))
		return NULL;
	return side_lemma(sd, out, len);
}

static int is_preposition(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(prepositions); i++)
		if (strlen(prepositions[i]) == n && !memcmp(prepositions[i], w, n))
			return 1;
	return 0;
}

/* A verb collocation whose later word is a preposition ("backed_off"):
 * morphy trusts the first word to be the verb and tries each of its
 * exception bases and rule forms, whether or not that alone is a verb,
 * until the whole is in the index.  The verb must be alphanumeric. */
static const char *prep_lemma(const struct morph_side *sd, const char *w,
			      size_t n, size_t head)
{
	const struct exc_entry *e = side_exc(sd, w, head);
	const char *rest = w + head, *lemma;
	size_t n_rest = n - head, i;
	char cand[2 * MORPH_WORD_MAX + 8];

	for (i = 0; i < head; i++) {
		unsigned char c = (unsigned char)w[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9')))
			return NULL;
	}
	if (head > MORPH_WORD_MAX || n_rest > MORPH_WORD_MAX)
		return NULL;
	if (e) {
		const char *b = exc_base(sd, e, 0);
		size_t k = strlen(b);
		if (k <= MORPH_WORD_MAX && (k != head || memcmp(b, w, head))) {
			memcpy(cand, b, k);
			memcpy(cand + k, rest, n_rest);
			if ((lemma = side_lemma(sd, cand, k + n_rest)))
				return lemma;
		}
	}
	for (i = 0; i < ARRAY_SIZE(verb_rules); i++) {
		const struct rule *r = &verb_rules[i];
		size_t ks = strlen(r->suffix), ke = strlen(r->ending);

		if (!ends_with(w, head, r->suffix))
			continue;
		memcpy(cand, w, head - ks);
		memcpy(cand + head - ks, r->ending, ke);
		memcpy(cand + head - ks + ke, rest, n_rest);
		if ((lemma = side_lemma(sd, cand, head - ks + ke + n_rest)))
			return lemma;
	}
	return NULL;
}

/* For a verb collocation with a preposition after its first word (as
 * morphy's hasprep() finds them), the length of that first word; else 0. */
static size_t verb_head(const char *w, size_t n)
{
	const char *us = memchr(w, '_', n), *p;

	if (!us)
		return 0;
	for (p = us; p; ) {
		const char *q = p + 1, *next = memchr(q, '_', (size_t)(w + n - q));
		size_t k = (size_t)((next ? next : w + n) - q);
		if (is_preposition(q, k))
			return (size_t)(us - w);
		p = next;
	}
	return 0;
}

struct lemma_list {
	const char **out;
	size_t max, n;
};

static void list_add(struct lemma_list *l, const char *lemma)
{
	size_t i;

	if (!lemma || l->n >= l->max)
		return;
	for (i = 0; i < l->n; i++)
		if (!strcmp(l->out[i], lemma))
			return;
	l->out[l->n++] = lemma;
}

size_t morph_lemmas(const struct morph *m, enum morph_pos pos,
		    const char *w, size_t n, const char **out, size_t max)
{
	struct lemma_list l = { out, max, 0 };
	const struct morph_side *sd;
	const struct exc_entry *e;
	const char *lemma = NULL;
	size_t i, head;
	int multi;

	if (!m || (pos != MORPH_NOUN && pos != MORPH_VERB) || !w || !n ||
	    !max || memchr(w, '\0', n))
		return 0;
	sd = &m->side[pos];
	list_add(&l, side_lemma(sd, w, n));
	if ((e = side_exc(sd, w, n))) {
		for (i = 0; i < e->n_bases; i++)
			list_add(&l, exc_base(sd, e, i));
		return l.n;
	}
	multi = memchr(w, '_', n) || memchr(w, '-', n);
	/* Morphy tries a noun collocation whole before word by word
	 * ("attorney_generals"); verb collocations only word by word. */
	if (pos == MORPH_NOUN || !multi) {
		char base[MORPH_WORD_MAX + 8];
		size_t k = word_base(sd, pos, w, n, base);
		if (k)
			lemma = side_lemma(sd, base, k);
	}
	if (!lemma && multi) {
		head = pos == MORPH_VERB ? verb_head(w, n) : 0;
		lemma = head ? prep_lemma(sd, w, n, head)
			     : parts_lemma(sd, pos, w, n);
	}
	list_add(&l, lemma);
	return l.n;
}
