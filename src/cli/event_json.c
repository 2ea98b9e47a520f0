/*
 * event_json.c - one coded event as the JSON object `dyad code` prints;
 * see event_json.h.  Spans are character offsets into the sentence text,
 * so that every event can be traced back to the words that made it.
 */
#include "event_json.h"

static void json_span(json_t *o, const char *key, const struct dyad_event *ev,
		      const struct dyad_span *sp, int with_code)
{
	json_t *s = json_object();

	json_object_set_new(s, "text", json_stringn(ev->text + sp->start, sp->end - sp->start));
	if (with_code)
		json_object_set_new(s, "code", json_string(sp->code));
	json_object_set_new(s, "start", json_integer(sp->start));
	json_object_set_new(s, "end", json_integer(sp->end));
	json_object_set_new(o, key, s);
}

json_t *event_json(const struct dyad_event *ev)
{
	char date[11];
	json_t *j = json_object();

	if (!j)
		return NULL;
	dyad_date_format(ev->date, date);
	json_object_set_new(j, "article", json_string(ev->article->id));
	json_object_set_new(j, "sentence", json_integer(ev->sentence));
	json_object_set_new(j, "text", json_stringn(ev->text, ev->text_len));
	json_span(j, "source", ev, &ev->source, 1);
	json_span(j, "target", ev, &ev->target, 1);
	if (ev->has_reporter)
		json_span(j, "reporter", ev, &ev->reporter, 1);
	else
		json_object_set_new(j, "reporter", json_null());
	json_span(j, "trigger", ev, &ev->trigger, 0);
	json_object_set_new(j, "cameo", json_string(ev->cameo));
	json_object_set_new(j, "cameo_name", json_string(ev->cameo_name));
	json_object_set_new(j, "root", json_string(ev->root));
	json_object_set_new(j, "quad_class", json_integer(ev->quad_class));
	json_object_set_new(j, "goldstein", json_real(ev->goldstein));
	json_object_set_new(j, "plover", json_string(ev->plover));
	json_object_set_new(j, "mode", json_string(dyad_mode_name(ev->mode)));
	json_object_set_new(j, "date", ev->date.precision ? json_string(date) : json_null());
	json_object_set_new(j, "date_precision",
			    json_string(dyad_precision_name(ev->date.precision)));
	return j;
}
