/*
 * coder_check.c - the coder's unit-test harness (see coder_check.h).
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "coder_check.h"

int collect(const struct dyad_event *ev, void *ctx)
{
	struct collected *c = ctx;
	char date[11];

	dyad_date_format(ev->date, date);
	if (c->n < 16)
		snprintf(c->lines[c->n++], sizeof(c->lines[0]), "%s>%s %s %s %s",
			 ev->source.code, ev->target.code, ev->cameo,
			 dyad_mode_name(ev->mode), date);
	return 0;
}

/* Events rendered with the state of their place: "SRC>TGT CODE mode @LOC". */
static int collect_placed(const struct dyad_event *ev, void *ctx)
{
	struct collected *c = ctx;

	if (c->n < 16)
		snprintf(c->lines[c->n++], sizeof(c->lines[0]), "%s>%s %s %s @%s",
			 ev->source.code, ev->target.code, ev->cameo, dyad_mode_name(ev->mode),
			 ev->has_location ? ev->location.code : "-");
	return 0;
}

static void check_rendered(dyad_coder *cd, const char *text, const char *pub,
			   const char *const *expected, dyad_event_fn render)
{
	struct dyad_article art;
	struct collected got;
	dyad_error err;
	size_t i, n_exp = 0;

	memset(&art, 0, sizeof(art));
	memset(&got, 0, sizeof(got));
	art.id = "test";
	art.text = text;
	art.text_len = strlen(text);
	if (pub)
		assert_int_equal(dyad_date_parse(pub, strlen(pub), &art.date), DYAD_OK);
	assert_int_equal(dyad_code(cd, &art, render, &got, &err), DYAD_OK);
	while (expected[n_exp])
		n_exp++;
	for (i = 0; i < got.n || i < n_exp; i++) {
		const char *g = i < got.n ? got.lines[i] : "(none)";
		const char *e = i < n_exp ? expected[i] : "(none)";
		if (strcmp(g, e)) {
			size_t k;
			fprintf(stderr, "text: %s\nevent %zu: got \"%s\", expected \"%s\"\nall events:\n", text, i, g, e);
			for (k = 0; k < got.n; k++)
				fprintf(stderr, "  %s\n", got.lines[k]);
		}
		assert_string_equal(g, e);
	}
}

void check_with(dyad_coder *cd, const char *text, const char *pub,
		const char *const *expected)
{
	check_rendered(cd, text, pub, expected, collect);
}

void check_placed(dyad_coder *cd, const char *text, const char *pub,
		  const char *const *expected)
{
	check_rendered(cd, text, pub, expected, collect_placed);
}

dyad_coder *coder_over(const char *dict, char *path, dyad_lexicon **lx)
{
	dyad_coder *cd;
	dyad_error err;
	FILE *f;
	int fd;

	assert_true((fd = mkstemp(path)) >= 0);
	assert_non_null(f = fdopen(fd, "w"));
	fputs(dict, f);
	fclose(f);
	assert_int_equal(dyad_lexicon_new(lx, NULL, &err), DYAD_OK);
	assert_int_equal(dyad_lexicon_load(*lx, path, DYAD_DICT_NATIVE, &err), DYAD_OK);
	assert_int_equal(dyad_coder_new(&cd, *lx, &err), DYAD_OK);
	return cd;
}

dyad_coder *coder_default(dyad_lexicon **lx)
{
	dyad_coder *cd;
	dyad_error err;

	assert_int_equal(dyad_lexicon_new(lx, NULL, &err), DYAD_OK);
	assert_int_equal(dyad_lexicon_load_default(*lx, &err), DYAD_OK);
	assert_int_equal(dyad_coder_new(&cd, *lx, &err), DYAD_OK);
	return cd;
}

void coder_done(dyad_coder *cd, dyad_lexicon *lx, const char *path)
{
	dyad_coder_free(cd);
	dyad_lexicon_free(lx);
	if (path)
		unlink(path);
}
