/*
 * query_browse.c - the questions a browser asks before the analyst's:
 * what the store holds, which actors it names, and one article with the
 * spans of its events (for the dashboard's article view).
 *
 * Spans in the events table are byte offsets into their sentence; the
 * article view wants them in the article, so they are shifted by the
 * sentence's own offset (sentences.start) here, in SQL.
 */
#include "store_int.h"

#include <string.h>

#include "error.h"
#include "query.h"

int dyad_query_stats(dyad_store *st, const struct dyad_query *q,
		     const struct dyad_sink *sink, dyad_error *err)
{
	struct qb b;
	sqlite3_stmt *s;
	int rc;

	(void)q;
	qb_init(&b, err);
	/* Both counts of events in one walk of the gid index, which holds
	 * the ids too; first and last day from the day index. */
	qb_sql(&b, "SELECT (SELECT count(*) FROM articles) AS articles,"
	       " coalesce(c.events, 0) AS events, c.mentions AS mentions,"
	       " (SELECT count(*) FROM stories) AS stories,"
	       " (SELECT count(*) FROM actors) AS actors,"
	       " (SELECT min(day) FROM events) AS first_day,"
	       " (SELECT max(day) FROM events) AS last_day"
	       " FROM (SELECT sum(id = gid) AS events, count(*) AS mentions"
	       " FROM events INDEXED BY events_gid) c");
	if (!(rc = qb_prepare(st, &b, &s)))
		rc = q_run(st, s, "stats", sink, err);
	sqlite3_finalize(s);
	qb_free(&b);
	return rc;
}

/* Rows are never deleted and ids only grow, so the sum of the largest
 * ids changes with every article or event stored, and with nothing else
 * that the questions read. */
int dyad_store_generation(dyad_store *st, int64_t *out, dyad_error *err)
{
	sqlite3_stmt *s;
	int rc;

	if ((rc = st_prepare(st, "SELECT coalesce((SELECT max(id) FROM articles), 0)"
			     " + coalesce((SELECT max(id) FROM events), 0)", &s, err)))
		return rc;
	rc = sqlite3_step(s);
	*out = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_finalize(s);
	return rc == SQLITE_ROW ? DYAD_OK : st_fail(st, err, "reading the store's generation");
}

int dyad_query_actors(dyad_store *st, const struct dyad_query *q,
		      const struct dyad_sink *sink, dyad_error *err)
{
	struct qb b;
	sqlite3_stmt *s;
	int rc;

	qb_init(&b, err);
	/* The candidates come from the actors table, their counts from
	 * actor_events.  A three-letter code counts as the CLI reads it:
	 * every code it starts. */
	qb_sql(&b, "SELECT code, name, CASE WHEN length(code) = 3 THEN"
	       " (SELECT coalesce(sum(n), 0) FROM actor_events"
	       "  WHERE code BETWEEN c.code AND c.code || 'ZZZZZZZZZZZZ')"
	       " ELSE coalesce((SELECT n FROM actor_events WHERE code = c.code), 0) END AS events"
	       " FROM actors c");
	if (q->prefix && q->prefix[0]) {
		/* A code starts with it, or a word of the name does. */
		qb_sql(&b, " WHERE substr(c.code, 1, length(");
		qb_text(&b, q->prefix);
		qb_sql(&b, ")) = upper(");
		qb_text(&b, q->prefix);
		qb_sql(&b, ") OR instr(' ' || lower(c.name), ' ' || lower(");
		qb_text(&b, q->prefix);
		qb_sql(&b, ")) > 0");
	}
	qb_sql(&b, " ORDER BY events DESC, code");
	qb_limit(&b, q->limit);
	if (!(rc = qb_prepare(st, &b, &s)))
		rc = q_run(st, s, "actors", sink, err);
	sqlite3_finalize(s);
	qb_free(&b);
	return rc;
}

#define ABS(col) "s.start + e." col "_start AS " col "_start, s.start + e." col "_end AS " col "_end"

int dyad_query_article(dyad_store *st, const struct dyad_query *q,
		       const struct dyad_sink *sink, dyad_error *err)
{
	struct qb b;
	sqlite3_stmt *s = NULL;
	int64_t id, story;
	int rc;

	if (!q->article)
		return dyad_fail(err, DYAD_EUSAGE, "article: which article?");
	if ((rc = q_find_article(st, q->article, &id, &story, err)))
		return rc;
	qb_init(&b, err);
	qb_sql(&b, "SELECT id AS article, ref, url, title, date, date_precision, site,"
	       " language, author, origin, story, n_events AS events, text"
	       " FROM articles WHERE id = ");
	qb_int(&b, id);
	if (!(rc = qb_prepare(st, &b, &s)))
		rc = q_run(st, s, "article", sink, err);
	sqlite3_finalize(s);
	qb_free(&b);
	if (rc)
		return rc;

	qb_init(&b, err);
	qb_sql(&b, "SELECT e.gid AS event, e.id AS mention, e.sentence AS sentence,"
	       " e.cameo AS cameo, (SELECT name FROM cameo WHERE code = e.cameo) AS cameo_name,"
	       " e.root AS root, e.quad_class AS quad_class, e.goldstein AS goldstein,"
	       " e.plover AS plover, e.mode AS mode, e.date AS date, e.day AS day,"
	       " e.source AS source, (SELECT name FROM actors WHERE code = e.source) AS source_name,"
	       " e.target AS target, (SELECT name FROM actors WHERE code = e.target) AS target_name,"
	       " e.reporter AS reporter,"
	       " s.start AS sentence_start, s.end AS sentence_end, "
	       ABS("source") ", " ABS("target") ", " ABS("trigger") ","
	       " CASE WHEN e.reporter IS NULL THEN NULL ELSE s.start + e.reporter_start END"
	       " AS reporter_start,"
	       " CASE WHEN e.reporter IS NULL THEN NULL ELSE s.start + e.reporter_end END"
	       " AS reporter_end,"
	       " e.location AS location,"
	       " CASE WHEN e.location IS NULL THEN NULL ELSE s.start + e.location_start END"
	       " AS location_start,"
	       " CASE WHEN e.location IS NULL THEN NULL ELSE s.start + e.location_end END"
	       " AS location_end"
	       " FROM events e JOIN sentences s ON s.article = e.article AND s.idx = e.sentence"
	       " WHERE e.article = ");
	qb_int(&b, id);
	qb_sql(&b, " ORDER BY e.sentence, e.trigger_start, e.id");
	if (!(rc = qb_prepare(st, &b, &s)))
		rc = q_run(st, s, "events", sink, err);
	sqlite3_finalize(s);
	qb_free(&b);
	return rc;
}
