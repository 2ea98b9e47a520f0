/*
 * reader_check.c - the readers' test harness (reader_check.h).
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "dyad.h"
#include "reader_check.h"

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

void read_items_free(struct read_items *it)
{
	size_t i;

	for (i = 0; i < it->n; i++) {
		free(it->v[i].id);
		free(it->v[i].url);
		free(it->v[i].title);
		free(it->v[i].author);
		free(it->v[i].text);
		free(it->v[i].language);
		free(it->v[i].site);
	}
	it->n = 0;
}

static void keep_article(const struct dyad_article *art, struct read_items *out)
{
	struct read_item *it;

	assert_true(out->n < sizeof(out->v) / sizeof(out->v[0]));
	assert_non_null(art->id);
	assert_non_null(art->text);
	/* the text is a string of text_len bytes: no NUL inside it */
	assert_null(memchr(art->text, '\0', art->text_len));
	it = &out->v[out->n++];
	it->id = strdup(art->id);
	it->url = dup_or_null(art->url);
	it->title = dup_or_null(art->title);
	it->author = dup_or_null(art->author);
	it->text = strndup(art->text, art->text_len);
	it->language = dup_or_null(art->language);
	it->site = dup_or_null(art->site);
	dyad_date_format(art->date, it->date);
	it->line = art->line;
}

void reader_check_mem(const struct reader *rd, const char *path, const char *data,
		      size_t len, size_t block, size_t max_record, struct read_items *out)
{
	struct reader_src src;
	struct arena arena;
	void *state = NULL;
	dyad_error err;
	int rc;

	memset(out, 0, sizeof(*out));
	arena_init(&arena, 0);
	assert_int_equal(reader_src_mem(&src, path, data, len, max_record, block, &arena), 0);
	assert_int_equal(rd->open(&state, &src, &err), DYAD_OK);
	for (;;) {
		struct dyad_article art;

		arena_reset(&arena);
		memset(&art, 0, sizeof(art));
		rc = rd->next(state, &src, &art, &err);
		if (rc == 0)
			break;
		if (rc == DYAD_EINPUT) {
			if (out->n_rejected < 4)
				snprintf(out->errs[out->n_rejected], sizeof(out->errs[0]), "%s",
					 err.msg);
			snprintf(out->last_err, sizeof(out->last_err), "%s", err.msg);
			out->n_rejected++;
			/* a reader that rejects forever never reaches the end */
			assert_true(out->n_rejected < 100);
			continue;
		}
		assert_int_equal(rc, 1);
		keep_article(&art, out);
	}
	rd->close(state);
	reader_src_close(&src);
	arena_free(&arena);
}

void reader_check_file(const struct reader *rd, const char *path, size_t block,
		       size_t max_record, struct read_items *out)
{
	size_t len;
	char *data = unit_slurp(path, &len);

	reader_check_mem(rd, path, data, len, block, max_record, out);
	free(data);
}

void assert_str(const char *got, const char *want)
{
	if (!want) {
		assert_null(got);
		return;
	}
	assert_non_null(got);
	assert_string_equal(got, want);
}
