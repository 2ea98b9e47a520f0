/*
 * event_json.h - the JSON record `dyad code` prints for one coded event.
 *
 * Kept apart from cmd_code.c so that bench/bench.c times the very record
 * the command prints, not a copy of it that could drift.
 */
#ifndef DYAD_CLI_EVENT_JSON_H
#define DYAD_CLI_EVENT_JSON_H

#include <jansson.h>

#include "dyad.h"

/* A new object (the caller decrefs it), or NULL when out of memory. */
json_t *event_json(const struct dyad_event *ev);

#endif
