/*
 * input.c - the read stage: paths in, articles out.
 *
 * dyad_input_open() takes the paths named on the command line; each
 * dyad_input_next() call yields one article.  Directories are walked
 * depth-first, each directory's entries in strcmp() order, hidden entries
 * skipped and symlinks followed unless they lead back into a directory
 * being walked.  Each file becomes a source (struct reader_src, one big
 * buffer of block-sized read()s) handed to the reader its extension or,
 * failing that, its first bytes select from the readers[] table.
 *
 * Faults confined to one input (a missing path, an unreadable or empty
 * file, a bad record) come back as DYAD_EINPUT with the path in err and
 * are counted; the next call goes on with the next record or file.  Only
 * running out of memory ends the input.
 *
 * Owns: the copies of the paths, the walk's stack, one source buffer
 * reused from file to file, and the arena readers use for each article.
 */
#include "reader.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "error.h"

/* The formats, in order of preference when sniff() scores tie.  A new
 * reader is one line here. */
static const struct reader *const readers[] = {
	&reader_jsonl,
	&reader_feed,
	&reader_warc,
	&reader_html,
	&reader_text,
};
#define N_READERS (sizeof(readers) / sizeof(readers[0]))

#define SRC_BLOCK ((size_t)1 << 20)     /* one read(): few syscalls per MB */
#define SRC_HEAD 4096                   /* bytes offered to sniff() */
#define SRC_KEEP ((size_t)8 << 20)      /* larger buffers are freed between files */
#define INPUT_MAX_RECORD ((size_t)64 << 20)     /* when the caller passes 0 */
#define INPUT_RECORD_LIMIT ((size_t)-1 / 4)

/* ---- sources --------------------------------------------------------- */

/* Grow the buffer to at least want bytes, but never past max_record +
 * block + 2: enough to hold a record one byte too long and see that it is
 * (or the head sniff() is shown, if max_record is tiny). */
static int src_grow(struct reader_src *src, size_t want)
{
	size_t limit = (src->max_record > SRC_HEAD ? src->max_record : SRC_HEAD) +
		       src->block + 2;
	char *p;

	if (want > limit)
		want = limit;
	if (want <= src->cap)
		return 0;
	p = realloc(src->buf, want);
	if (!p)
		return -1;
	src->buf = p;
	src->cap = want;
	return 0;
}

/* Make room to read at least one byte past end, and a block when the
 * buffer may grow: move the unread bytes to the front when that frees
 * enough, else double the buffer. */
static int src_room(struct reader_src *src)
{
	size_t want;

	if (src->cap - 1 - src->end >= src->block)
		return 0;
	if (src->start > 0) {
		memmove(src->buf, src->buf + src->start, src->end - src->start);
		src->pos += src->start;
		src->end -= src->start;
		src->scan -= src->start;
		src->start = 0;
		src->buf[src->end] = '\0';
		if (src->cap - 1 - src->end >= src->block)
			return 0;
	}
	want = src->cap * 2;
	if (want < src->end + src->block + 2)
		want = src->end + src->block + 2;
	if (src_grow(src, want))
		return -1;
	return src->end + 1 < src->cap ? 0 : -1;
}

/* Read once into the free tail.  Returns 0 (setting eof at the end) or -1
 * with errno set. */
static int src_fill(struct reader_src *src)
{
	size_t room = src->cap - 1 - src->end;
	ssize_t n;

	if (src->eof)
		return 0;
	if (src->mem) {
		size_t left = src->mem_len - src->mem_pos;

		if (room > src->block)
			room = src->block;
		n = (ssize_t)(left < room ? left : room);
		memcpy(src->buf + src->end, src->mem + src->mem_pos, (size_t)n);
		src->mem_pos += (size_t)n;
	} else {
		do
			n = read(src->fd, src->buf + src->end, room);
		while (n < 0 && errno == EINTR);
		if (n < 0)
			return -1;
	}
	if (n == 0)
		src->eof = 1;
	src->end += (size_t)n;
	src->buf[src->end] = '\0';
	return 0;
}

/* Drop what is buffered and read no more: after a read error or a record
 * too long to hold. */
static void src_drain(struct reader_src *src)
{
	src->pos += src->end;
	src->start = src->end = src->scan = 0;
	if (src->buf)
		src->buf[0] = '\0';
	src->eof = 1;
}

static int src_read_error(struct reader_src *src, dyad_error *err)
{
	int e = errno;

	src_drain(src);
	return dyad_fail(err, DYAD_EINPUT, "%s: read error: %s", src->path,
			 strerror(e));
}

static int src_no_memory(struct reader_src *src, dyad_error *err)
{
	src_drain(src);
	return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory for a %zu-byte buffer",
			 src->path, src->cap * 2);
}

/* Fill the first SRC_HEAD bytes (or the whole source when shorter) for
 * sniff(), and step over a UTF-8 byte order mark. */
static int src_prime(struct reader_src *src, dyad_error *err)
{
	while (!src->eof && src->end < SRC_HEAD) {
		if (src_room(src))
			return src_no_memory(src, err);
		if (src_fill(src))
			return src_read_error(src, err);
	}
	if (src->end >= 3 && memcmp(src->buf, "\xEF\xBB\xBF", 3) == 0)
		src->start = src->scan = src->bom = 3;
	return 0;
}

/* Set src up over fd or mem, keeping any buffer it already has. */
static int src_begin(struct reader_src *src, const char *path, int fd, int own_fd,
		     const void *mem, size_t mem_len, size_t max_record,
		     size_t block, struct arena *arena, dyad_error *err)
{
	struct stat st;

	src->path = path;
	src->max_record = max_record ? max_record : INPUT_MAX_RECORD;
	if (src->max_record > INPUT_RECORD_LIMIT)
		src->max_record = INPUT_RECORD_LIMIT;
	src->line = 0;
	src->bom = 0;
	src->arena = arena;
	src->fd = fd;
	src->own_fd = own_fd;
	src->mem = mem;
	src->mem_len = mem_len;
	src->mem_pos = 0;
	src->block = block && block < SRC_BLOCK ? block : SRC_BLOCK;
	src->size = -1;
	if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
		src->size = st.st_size;
	else if (mem)
		src->size = (int64_t)mem_len;
	src->start = src->end = src->scan = 0;
	src->pos = 0;
	src->eof = 0;
	if (!src->buf) {
		src->cap = src->block + 1;
		src->buf = malloc(src->cap);
		if (!src->buf) {
			src->cap = 0;
			return dyad_fail(err, DYAD_ENOMEM, "%s: out of memory", path);
		}
	}
	src->buf[0] = '\0';
	return src_prime(src, err);
}

/* End the source's file but keep its buffer for the next one, unless a
 * long record made it large. */
static void src_end(struct reader_src *src)
{
	if (src->own_fd && src->fd >= 0)
		close(src->fd);
	src->fd = -1;
	src->own_fd = 0;
	src->mem = NULL;
	src_drain(src);
	if (src->cap > SRC_KEEP) {
		free(src->buf);
		src->buf = NULL;
		src->cap = 0;
	}
}

int reader_src_mem(struct reader_src *src, const char *path, const void *data,
		   size_t len, size_t max_record, size_t block,
		   struct arena *arena)
{
	static const char empty[1];

	memset(src, 0, sizeof(*src));
	src->fd = -1;
	return src_begin(src, path, -1, 0, data ? data : empty, len, max_record,
			 block, arena, NULL);
}

void reader_src_close(struct reader_src *src)
{
	src_end(src);
	free(src->buf);
	src->buf = NULL;
	src->cap = 0;
}

/* The line that just ended at src->line was too long: read on, dropping
 * everything, until its newline.  Memory stays at one buffer however long
 * the line is. */
static int src_skip_line(struct reader_src *src, dyad_error *err)
{
	long bad = ++src->line;
	char *nl;

	src->pos += src->end;
	src->start = src->end = src->scan = 0;
	while (!src->eof) {
		if (src_fill(src))
			return src_read_error(src, err);
		nl = memchr(src->buf, '\n', src->end);
		if (nl) {
			src->start = src->scan = (size_t)(nl - src->buf) + 1;
			break;
		}
		src->pos += src->end;
		src->start = src->end = src->scan = 0;
	}
	return dyad_fail(err, DYAD_EINPUT, "%s:%ld: record longer than %zu bytes",
			 src->path, bad, src->max_record);
}

int reader_src_line(struct reader_src *src, char **line, size_t *len,
		    dyad_error *err)
{
	for (;;) {
		char *nl = memchr(src->buf + src->scan, '\n', src->end - src->scan);

		if (nl) {
			size_t at = src->start;
			size_t n = (size_t)(nl - src->buf) - at;

			*nl = '\0';
			src->start = src->scan = (size_t)(nl - src->buf) + 1;
			src->line++;
			if (n > src->max_record)
				return dyad_fail(err, DYAD_EINPUT,
						 "%s:%ld: record longer than %zu bytes",
						 src->path, src->line, src->max_record);
			*line = src->buf + at;
			*len = n;
			return 1;
		}
		src->scan = src->end;
		if (src->end - src->start > src->max_record)
			return src_skip_line(src, err);
		if (src->eof) {
			if (src->start == src->end)
				return 0;
			/* A last line without its newline. */
			*line = src->buf + src->start;
			*len = src->end - src->start;
			src->start = src->scan = src->end;
			src->line++;
			return 1;
		}
		if (src_room(src))
			return src_no_memory(src, err);
		if (src_fill(src))
			return src_read_error(src, err);
	}
}

int reader_src_slurp(struct reader_src *src, const char **data, size_t *len,
		     dyad_error *err)
{
	if (src->eof && src->start == src->end)
		return 0;
	/* A regular file's size is known: refuse a huge one unread, and size
	 * the buffer once instead of doubling up to it. */
	if (src->size >= 0 && (uint64_t)src->size >= src->pos + src->start) {
		uint64_t left = (uint64_t)src->size - src->pos - src->start;

		if (left > src->max_record)
			goto too_long;
		if (src_grow(src, src->end + (size_t)left + 2))
			return src_no_memory(src, err);
	}
	for (;;) {
		if (src->end - src->start > src->max_record)
			goto too_long;
		if (src->eof)
			break;
		/* Sized to fit, the buffer needs no more room to see the end;
		 * asking for a block's worth would double it. */
		if ((src->size < 0 || src->end + 1 == src->cap) && src_room(src))
			return src_no_memory(src, err);
		if (src_fill(src))
			return src_read_error(src, err);
	}
	*data = src->buf + src->start;
	*len = src->end - src->start;
	src->start = src->scan = src->end;
	return 1;

too_long:
	src_drain(src);
	return dyad_fail(err, DYAD_EINPUT, "%s: record longer than %zu bytes",
			 src->path, src->max_record);
}

int reader_src_read(struct reader_src *src, const char **data, size_t *len,
		    size_t max, dyad_error *err)
{
	size_t n;

	if (src->start == src->end) {
		if (src->eof)
			return 0;
		/* All that was buffered is handed out: read again from the
		 * buffer's start. */
		src->pos += src->end;
		src->start = src->end = src->scan = 0;
		if (src_fill(src))
			return src_read_error(src, err);
		if (src->start == src->end)
			return 0;
	}
	n = src->end - src->start;
	if (max && n > max)
		n = max;
	*data = src->buf + src->start;
	*len = n;
	src->start += n;
	if (src->scan < src->start)
		src->scan = src->start;
	return 1;
}

/* ---- choosing a reader ----------------------------------------------- */

/* The extension of path's last component, or NULL: "a/b.txt" -> "txt";
 * "a/.profile", "a/README" and "a/b." have none. */
static const char *path_ext(const char *path)
{
	const char *base = strrchr(path, '/');
	const char *dot;

	base = base ? base + 1 : path;
	dot = strrchr(base, '.');
	if (!dot || dot == base || !dot[1])
		return NULL;
	return dot + 1;
}

/* The reader owning path's extension, or NULL.  *has_ext tells whether
 * there was an extension at all. */
static const struct reader *reader_by_ext(const char *path, int *has_ext)
{
	const char *ext = path_ext(path);
	size_t i, j;

	*has_ext = ext != NULL;
	if (!ext)
		return NULL;
	for (i = 0; i < N_READERS; i++)
		for (j = 0; readers[i]->exts && readers[i]->exts[j]; j++)
			if (strcasecmp(ext, readers[i]->exts[j]) == 0)
				return readers[i];
	return NULL;
}

static const struct reader *reader_by_content(const char *path,
					      const char *head, size_t n)
{
	const struct reader *best = &reader_text;
	int best_score = 0;
	size_t i;

	for (i = 0; i < N_READERS; i++) {
		int score = readers[i]->sniff ? readers[i]->sniff(path, head, n) : 0;

		if (score > best_score) {
			best = readers[i];
			best_score = score;
		}
	}
	return best;
}

/* ---- the input ------------------------------------------------------- */

struct walk_dir {
	char *path;
	char **names;           /* entries, sorted, hidden ones left out */
	size_t n_names, next;
	dev_t dev;
	ino_t ino;
};

struct dyad_input {
	char **paths;           /* as given to dyad_input_open() */
	size_t n_paths, next_path;
	size_t max_record;

	struct walk_dir *dirs;  /* the walk: a stack of open directories */
	size_t n_dirs, cap_dirs;

	struct reader_src src;  /* the file being read, when rd is set */
	char *src_path;         /* its path (origin of its articles) */
	const struct reader *rd;
	void *rd_state;

	struct arena arena;     /* per-article memory for readers */
	size_t rejected;
	int failed;             /* a status that ended the input, or 0 */
};

static void walk_dir_free(struct walk_dir *d)
{
	size_t i;

	for (i = 0; i < d->n_names; i++)
		free(d->names[i]);
	free(d->names);
	free(d->path);
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *path_join(const char *dir, const char *name)
{
	size_t dl = strlen(dir), nl = strlen(name);
	int slash = dl > 0 && dir[dl - 1] != '/';
	char *p = malloc(dl + slash + nl + 1);

	if (!p)
		return NULL;
	memcpy(p, dir, dl);
	if (slash)
		p[dl] = '/';
	memcpy(p + dl + slash, name, nl + 1);
	return p;
}

/* Push directory path (taken over) onto the walk with its sorted entries.
 * A directory already on the stack (a symlink loop) is skipped. */
static int walk_push(dyad_input *in, char *path, const struct stat *st,
		     dyad_error *err)
{
	struct walk_dir d = { 0 };
	struct dirent *de;
	DIR *dir;
	size_t i, cap = 0;
	int rc = DYAD_OK;

	for (i = 0; i < in->n_dirs; i++) {
		if (in->dirs[i].dev == st->st_dev && in->dirs[i].ino == st->st_ino) {
			free(path);
			return DYAD_OK;
		}
	}
	dir = opendir(path);
	if (!dir) {
		rc = dyad_fail(err, DYAD_EINPUT, "%s: %s", path, strerror(errno));
		free(path);
		return rc;
	}
	d.path = path;
	d.dev = st->st_dev;
	d.ino = st->st_ino;
	while ((de = readdir(dir))) {
		char *name;

		if (de->d_name[0] == '.')
			continue;
		if (d.n_names == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			char **p = realloc(d.names, ncap * sizeof(*p));

			if (!p)
				goto nomem;
			d.names = p;
			cap = ncap;
		}
		name = strdup(de->d_name);
		if (!name)
			goto nomem;
		d.names[d.n_names++] = name;
	}
	closedir(dir);
	dir = NULL;
	if (d.n_names)
		qsort(d.names, d.n_names, sizeof(*d.names), name_cmp);
	if (in->n_dirs == in->cap_dirs) {
		size_t ncap = in->cap_dirs ? in->cap_dirs * 2 : 8;
		struct walk_dir *p = realloc(in->dirs, ncap * sizeof(*p));

		if (!p)
			goto nomem;
		in->dirs = p;
		in->cap_dirs = ncap;
	}
	in->dirs[in->n_dirs++] = d;
	return DYAD_OK;

nomem:
	if (dir)
		closedir(dir);
	walk_dir_free(&d);
	return dyad_fail(err, DYAD_ENOMEM, "out of memory walking a directory");
}

static void input_end_source(dyad_input *in)
{
	if (in->rd && in->rd->close)
		in->rd->close(in->rd_state);
	in->rd = NULL;
	in->rd_state = NULL;
	src_end(&in->src);
	free(in->src_path);
	in->src_path = NULL;
}

/* Start reading path (taken over) through fd, or from mem when fd is -1,
 * with reader rd, or the reader its content selects when rd is NULL.
 * Returns 1, or DYAD_EINPUT for an empty or unreadable file. */
static int input_begin_source(dyad_input *in, char *path, int fd, int own_fd,
			      const void *mem, size_t mem_len,
			      const struct reader *rd, dyad_error *err)
{
	struct reader_src *src = &in->src;
	int rc;

	in->src_path = path;
	rc = src_begin(src, path, fd, own_fd, mem, mem_len, in->max_record, 0,
		       &in->arena, err);
	if (!rc && src->eof && src->start == src->end)
		rc = dyad_fail(err, DYAD_EINPUT, "%s: empty file", path);
	if (!rc && !rd)
		rd = reader_by_content(path, src->buf + src->start,
				       src->end - src->start);
	if (!rc) {
		in->rd = rd;
		if (rd->open)
			rc = rd->open(&in->rd_state, src, err);
	}
	if (rc) {
		input_end_source(in);
		return rc;
	}
	return 1;
}

/* Open path (taken over) if it is a file to read, or push it if it is a
 * directory.  named says the user gave it: then any file is read, and
 * read as text when no reader claims it; in a walk, files with an
 * extension no reader owns, and anything not a regular file, are passed
 * over.  Returns 1 when a source is open, 0 to go on, or a status. */
static int input_visit(dyad_input *in, char *path, int named, dyad_error *err)
{
	const struct reader *rd;
	struct stat st;
	int has_ext, fd, rc;

	if (stat(path, &st)) {
		rc = dyad_fail(err, DYAD_EINPUT, "%s: %s", path, strerror(errno));
		free(path);
		return rc;
	}
	if (S_ISDIR(st.st_mode))
		return walk_push(in, path, &st, err);
	rd = reader_by_ext(path, &has_ext);
	if (!named && (!S_ISREG(st.st_mode) || (!rd && has_ext))) {
		free(path);
		return 0;
	}
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		rc = dyad_fail(err, DYAD_EINPUT, "%s: %s", path, strerror(errno));
		free(path);
		return rc;
	}
	return input_begin_source(in, path, fd, 1, NULL, 0, rd, err);
}

/* Find and open the next source.  Returns 1 when one is open, 0 when all
 * input is done, or a status. */
static int input_next_source(dyad_input *in, dyad_error *err)
{
	for (;;) {
		const char *given;
		char *path;
		int rc;

		if (in->n_dirs) {
			struct walk_dir *d = &in->dirs[in->n_dirs - 1];

			if (d->next == d->n_names) {
				walk_dir_free(d);
				in->n_dirs--;
				continue;
			}
			path = path_join(d->path, d->names[d->next++]);
			if (!path)
				return dyad_fail(err, DYAD_ENOMEM, "out of memory");
			rc = input_visit(in, path, 0, err);
		} else {
			if (in->next_path == in->n_paths)
				return 0;
			given = in->paths[in->next_path++];
			path = strdup(given);
			if (!path)
				return dyad_fail(err, DYAD_ENOMEM, "out of memory");
			if (strcmp(given, "-") == 0)
				rc = input_begin_source(in, path, STDIN_FILENO, 0,
							NULL, 0, NULL, err);
			else
				rc = input_visit(in, path, 1, err);
		}
		if (rc)
			return rc;
	}
}

int dyad_input_open(dyad_input **out, const char *const *paths, size_t n_paths,
		    size_t max_record, dyad_error *err)
{
	dyad_input *in;
	size_t i;

	*out = NULL;
	if (n_paths == 0 || !paths)
		return dyad_fail(err, DYAD_EUSAGE, "no input paths given");
	in = calloc(1, sizeof(*in));
	if (!in)
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	in->paths = calloc(n_paths, sizeof(*in->paths));
	if (!in->paths)
		goto nomem;
	for (i = 0; i < n_paths; i++) {
		if (!paths[i] || !paths[i][0]) {
			dyad_input_free(in);
			return dyad_fail(err, DYAD_EUSAGE, "empty input path");
		}
		in->paths[i] = strdup(paths[i]);
		if (!in->paths[i])
			goto nomem;
		in->n_paths++;
	}
	in->max_record = max_record;
	in->src.fd = -1;
	arena_init(&in->arena, 0);
	*out = in;
	return DYAD_OK;

nomem:
	dyad_input_free(in);
	return dyad_fail(err, DYAD_ENOMEM, "out of memory");
}

int dyad_input_open_memory(dyad_input **out, const char *name, const void *data,
			   size_t len, const char *format, size_t max_record,
			   dyad_error *err)
{
	static const char empty[1];
	const struct reader *rd = NULL;
	dyad_input *in;
	char *path;
	size_t i;
	int rc;

	*out = NULL;
	if (format) {
		for (i = 0; i < N_READERS && !rd; i++)
			if (!strcmp(readers[i]->name, format))
				rd = readers[i];
		if (!rd)
			return dyad_fail(err, DYAD_EUSAGE, "no reader for the format '%s'", format);
	}
	in = calloc(1, sizeof(*in));
	path = strdup(name ? name : "-");
	if (!in || !path) {
		free(in);
		free(path);
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	}
	in->max_record = max_record;
	in->src.fd = -1;
	arena_init(&in->arena, 0);
	rc = input_begin_source(in, path, -1, 0, data ? data : empty, len, rd, err);
	if (rc < 0) {
		dyad_input_free(in);
		return rc;
	}
	*out = in;
	return DYAD_OK;
}

int dyad_input_next(dyad_input *in, struct dyad_article *art, dyad_error *err)
{
	int rc;

	if (in->failed)
		return dyad_fail(err, in->failed, "input ended by an earlier error");
	arena_reset(&in->arena);
	for (;;) {
		if (!in->rd) {
			rc = input_next_source(in, err);
			if (rc == 0)
				return 0;
			if (rc < 0)
				break;
		}
		memset(art, 0, sizeof(*art));
		rc = in->rd->next(in->rd_state, &in->src, art, err);
		if (rc == 1) {
			art->origin = in->src_path;
			if (!art->id)
				art->id = in->src_path;
			return 1;
		}
		if (rc == 0) {
			input_end_source(in);
			continue;
		}
		break;
	}
	if (rc == DYAD_EINPUT) {
		in->rejected++;
	} else {
		input_end_source(in);
		in->failed = rc;
	}
	return rc;
}

size_t dyad_input_rejected(const dyad_input *in)
{
	return in->rejected;
}

void dyad_input_free(dyad_input *in)
{
	size_t i;

	if (!in)
		return;
	input_end_source(in);
	reader_src_close(&in->src);
	while (in->n_dirs)
		walk_dir_free(&in->dirs[--in->n_dirs]);
	free(in->dirs);
	for (i = 0; i < in->n_paths; i++)
		free(in->paths[i]);
	free(in->paths);
	arena_free(&in->arena);
	free(in);
}
