/*
 * event_json.h - the JSON record `dyad code` prints for one coded event.
 *
 * Kept apart from cmd_code.c so that bench/bench.c times the very record
 * the command prints, not a copy of it that could drift.
 */
#ifndef DYAD_CLI_EVENT_JSON_H
#define DYAD_CLI_EVENT_JSON_H

#include "buf.h"
#include "dyad.h"

/* Append ev to b as one compact JSON object (no newline).  Written
 * straight into the buffer, not built as a tree: `dyad code` prints one
 * per event, and building a tree to print it cost more than coding. */
void event_json(struct buf *b, const struct dyad_event *ev);

#endif
