/*
 * query.h - what query.c and query_focus.c share: a builder for SQL with
 * bound parameters, and the step from SQLite rows to a dyad_sink.
 */
#ifndef DYAD_QUERY_H
#define DYAD_QUERY_H

#include "store_int.h"

#define QB_MAX_BINDS 48
#define Q_MAX_COLS 72

struct qb_bind {
	int type;               /* DYAD_VINT or DYAD_VTEXT */
	int64_t i;
	const char *s;          /* TEXT: tmp, or the caller's string */
	char tmp[64];
};

/* A statement being built.  The first fault is kept in rc (and err) and
 * every later call is harmless, so a builder is checked once, at
 * qb_prepare().  Text values of 64 bytes or more are not copied: they
 * must outlive the statement. */
struct qb {
	struct buf sql;
	struct qb_bind binds[QB_MAX_BINDS];
	int n_binds;
	int rc;
	dyad_error *err;
};

void qb_init(struct qb *b, dyad_error *err);
void qb_free(struct qb *b);
void qb_sql(struct qb *b, const char *s);
/* Append a parameter ("?N") bound to s or v. */
void qb_text(struct qb *b, const char *s);
void qb_int(struct qb *b, int64_t v);
/* Append a condition: col matches an actor spec. */
void qb_actor(struct qb *b, const char *col, const char *spec);
/* Append " AND ..." for each filter of q, on events aliased e. */
void qb_filters(struct qb *b, const struct dyad_query *q);
/* Append "WITH u AS (...)": the ids of the unique events passing q. */
void qb_unique(struct qb *b, const struct dyad_query *q);
/* The same in two halves, for conditions of the caller's in between
 * (each starting " AND "). */
void qb_unique_open(struct qb *b, const struct dyad_query *q);
void qb_unique_close(struct qb *b, const struct dyad_query *q);
void qb_limit(struct qb *b, size_t limit);
/* Prepare and bind (OUT: *out, the caller finalizes it). */
int qb_prepare(dyad_store *st, struct qb *b, sqlite3_stmt **out);

/* A page cursor "DAY:ID" or ":ID" (OUT: day, "" when none; id).  0 when
 * it is one, -1 when not. */
int q_cursor_parse(const char *s, char day[11], int64_t *id);

/* An SQLite fault as the user should read it. */
int q_fail(dyad_store *st, dyad_error *err, const char *what);
/* Column i of the current row as a value (valid until the next step). */
void q_value(sqlite3_stmt *s, int i, struct dyad_value *v);
/* Announce s's columns as table name to the sink. */
int q_table(const struct dyad_sink *sink, const char *name, sqlite3_stmt *s);
/* Announce, then step every row of s to the sink. */
int q_run(dyad_store *st, sqlite3_stmt *s, const char *name,
	  const struct dyad_sink *sink, dyad_error *err);
/* The article a stored id or an input id names (OUT: id, story). */
int q_find_article(dyad_store *st, const char *ref, int64_t *id, int64_t *story,
		   dyad_error *err);

#endif
