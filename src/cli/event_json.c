/*
 * event_json.c - one coded event as the JSON object `dyad code` prints;
 * see event_json.h.  Spans are character offsets into the sentence text,
 * so that every event can be traced back to the words that made it.
 */
#include "event_json.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "jsonw.h"

/* A member's key, after a comma unless it opens its object; KEY() gives
 * it with its quotes and colon, so it is added in one piece. */
#define KEY(b, name) key((b), "\"" name "\":", sizeof("\"" name "\":") - 1)

static void key(struct buf *b, const char *k, size_t n)
{
	if (b->len && b->data[b->len - 1] != '{')
		buf_addc(b, ',');
	buf_add(b, k, n);
}

#define KEY_STRING(b, name, s) (KEY(b, name), jw_string((b), (s), strlen(s)))
#define KEY_INT(b, name, v) (KEY(b, name), buf_addu((b), (v)))

static void json_span(struct buf *b, const char *name, const struct dyad_event *ev,
		      const struct dyad_span *sp, int with_code)
{
	key(b, "\"", 1);
	buf_adds(b, name);
	buf_add(b, "\":{", 3);
	KEY(b, "text");
	jw_string(b, ev->text + sp->start, sp->end - sp->start);
	if (with_code)
		KEY_STRING(b, "code", sp->code);
	KEY_INT(b, "start", sp->start);
	KEY_INT(b, "end", sp->end);
	buf_addc(b, '}');
}

/* A real with three significant digits, always with a point or an
 * exponent so that it reads back as a real: -2.0, 3.4, 10.0. */
static void real3(struct buf *b, double v)
{
	char s[32];

	if (!isfinite(v)) {
		buf_adds(b, "null");
		return;
	}
	snprintf(s, sizeof(s), "%.3g", v);
	buf_adds(b, s);
	if (!strpbrk(s, ".e"))
		buf_adds(b, ".0");
}

void event_json(struct buf *b, const struct dyad_event *ev)
{
	char date[11];

	dyad_date_format(ev->date, date);
	buf_addc(b, '{');
	KEY_STRING(b, "article", ev->article->id);
	KEY_INT(b, "sentence", ev->sentence);
	KEY(b, "text");
	jw_string(b, ev->text, ev->text_len);
	json_span(b, "source", ev, &ev->source, 1);
	json_span(b, "target", ev, &ev->target, 1);
	if (ev->has_reporter) {
		json_span(b, "reporter", ev, &ev->reporter, 1);
	} else {
		KEY(b, "reporter");
		buf_adds(b, "null");
	}
	json_span(b, "trigger", ev, &ev->trigger, 0);
	KEY_STRING(b, "cameo", ev->cameo);
	KEY_STRING(b, "cameo_name", ev->cameo_name);
	KEY_STRING(b, "root", ev->root);
	KEY(b, "quad_class");
	buf_printf(b, "%d", ev->quad_class);
	KEY(b, "goldstein");
	real3(b, ev->goldstein);
	KEY_STRING(b, "plover", ev->plover);
	KEY_STRING(b, "mode", dyad_mode_name(ev->mode));
	KEY(b, "date");
	if (ev->date.precision)
		jw_string(b, date, strlen(date));
	else
		buf_adds(b, "null");
	KEY_STRING(b, "date_precision", dyad_precision_name(ev->date.precision));
	if (ev->has_location) {
		json_span(b, "location", ev, &ev->location, 1);
	} else {
		KEY(b, "location");
		buf_adds(b, "null");
	}
	buf_addc(b, '}');
}
