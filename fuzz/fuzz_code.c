/*
 * fuzz_code.c - libFuzzer target for the coder: dyad_code() with dyad's
 * own dictionaries on arbitrary bytes taken as an article's text.
 *
 * The coder is where most of dyad's rules live (clauses, actors, patterns,
 * modes, dates), and every session adds some; the readers' targets never
 * reach it with text that is English enough to fire them.  Seeded with
 * wire-news sentences, this one does.
 *
 * Beyond what the sanitizers catch, it aborts when an event breaks its
 * contract: the status is DYAD_OK, or DYAD_EINPUT for text that is not
 * UTF-8 or holds NUL; sentences come in order; each span lies inside its
 * sentence and each actor span has a code; the code is a CAMEO code whose
 * root and name agree with it; the mode is one of the five; and coding the
 * same article again with the same coder gives the same events (no state
 * leaks from one article into the next).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dyad.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define CHECK(cond) do { if (!(cond)) { \
	fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
	abort(); } } while (0)

static dyad_lexicon *lex;
static dyad_coder *coder;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	dyad_error err = { 0, "" };

	(void)argc;
	(void)argv;
	if (dyad_lexicon_new(&lex, NULL, &err) || dyad_lexicon_load_default(lex, &err) ||
	    dyad_coder_new(&coder, lex, &err)) {
		fprintf(stderr, "fuzz_code: %s (run 'make' first: it writes "
			"data/dict/generated)\n", err.msg);
		exit(1);
	}
	return 0;
}

struct seen {
	struct buf out;         /* one line per event */
	uint32_t last_sentence;
};

static void span_ok(const struct dyad_event *ev, const struct dyad_span *s, int actor)
{
	CHECK(s->start <= s->end);
	CHECK(s->end <= ev->text_len);
	if (actor) {
		CHECK(s->code && s->code[0]);
		CHECK(s->end > s->start);
	}
}

static int on_event(const struct dyad_event *ev, void *ctx)
{
	struct seen *sn = ctx;

	CHECK(ev->sentence >= sn->last_sentence);
	sn->last_sentence = ev->sentence;
	CHECK(ev->text && ev->text_len > 0);
	span_ok(ev, &ev->source, 1);
	span_ok(ev, &ev->target, 1);
	span_ok(ev, &ev->trigger, 0);
	if (ev->has_reporter)
		span_ok(ev, &ev->reporter, 1);
	CHECK(ev->cameo && strlen(ev->cameo) >= 3 && strlen(ev->cameo) <= 4);
	CHECK(ev->root && strlen(ev->root) == 2 && !strncmp(ev->root, ev->cameo, 2));
	CHECK(ev->cameo_name && ev->cameo_name[0]);
	CHECK(ev->quad_class >= 1 && ev->quad_class <= 4);
	CHECK(ev->mode >= DYAD_MODE_ASSERTED && ev->mode <= DYAD_MODE_SPECULATIVE);
	CHECK(!buf_printf(&sn->out, "%u %s %u-%u %s %u-%u %s %u-%u %d %ld\n",
			  ev->sentence, ev->source.code, ev->source.start, ev->source.end,
			  ev->target.code, ev->target.start, ev->target.end, ev->cameo,
			  ev->trigger.start, ev->trigger.end, (int)ev->mode, (long)ev->date.ymd));
	return 0;
}

static int code_once(const struct dyad_article *art, struct seen *sn)
{
	dyad_error err = { 0, "" };
	int rc;

	memset(sn, 0, sizeof(*sn));
	rc = dyad_code(coder, art, on_event, sn, &err);
	CHECK(rc == DYAD_OK || rc == DYAD_EINPUT);
	if (rc)
		CHECK(err.code == rc && err.msg[0]);
	return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dyad_article art = { 0 };
	struct seen a, b;
	int ra, rb;

	art.id = "fuzz";
	art.origin = "fuzz";
	art.text = (const char *)data;
	art.text_len = size;
	art.date.ymd = 20251026;
	art.date.precision = DYAD_PREC_DAY;
	ra = code_once(&art, &a);
	rb = code_once(&art, &b);
	CHECK(ra == rb);
	CHECK(a.out.len == b.out.len && (a.out.len == 0 || !memcmp(a.out.data, b.out.data, a.out.len)));
	buf_free(&a.out);
	buf_free(&b.out);
	return 0;
}
