/*
 * query.c - the analyst's questions over a store: events, dyads,
 * timelines, stories, related stories and the GDELT export.  Focus shifts
 * and the report are in query_focus.c.
 *
 * Each question is one SQL statement built from the filters of a struct
 * dyad_query (every value bound, never pasted into the SQL), whose rows go
 * to the caller's sink as they are stepped.  Column names are the SQL
 * aliases; how many digits a real gets follows from its column's name.
 *
 * Counting: the unique events that pass the filters are "SELECT min(id)
 * ... GROUP BY gid" (query_unique), so the reports of one event in the
 * articles of one story count once.
 */
#include "store_int.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "query.h"

void dyad_query_init(struct dyad_query *q)
{
	memset(q, 0, sizeof(*q));
	q->mode = DYAD_MODE_ANY;
	q->alpha = 0.05;
	q->min_events = 3;
	q->evidence = 2;
	q->top = 5;
}

/* ---- building SQL ---------------------------------------------------------- */

void qb_init(struct qb *b, dyad_error *err)
{
	memset(b, 0, sizeof(*b));
	buf_init(&b->sql, 1u << 20);
	b->err = err;
}

void qb_free(struct qb *b)
{
	buf_free(&b->sql);
}

void qb_sql(struct qb *b, const char *s)
{
	if (buf_adds(&b->sql, s))
		b->rc = DYAD_ENOMEM;
}

static struct qb_bind *qb_new(struct qb *b)
{
	if (b->n_binds == QB_MAX_BINDS) {
		if (!b->rc)
			b->rc = dyad_fail(b->err, DYAD_EUSAGE, "too many conditions in one query");
		return NULL;
	}
	buf_printf(&b->sql, "?%d", b->n_binds + 1);
	return &b->binds[b->n_binds++];
}

void qb_text(struct qb *b, const char *s)
{
	struct qb_bind *p = qb_new(b);

	if (!p)
		return;
	p->type = DYAD_VTEXT;
	if (strlen(s) < sizeof(p->tmp)) {
		memcpy(p->tmp, s, strlen(s) + 1);
		p->s = p->tmp;
	} else {
		p->s = s;
	}
}

void qb_int(struct qb *b, int64_t v)
{
	struct qb_bind *p = qb_new(b);

	if (!p)
		return;
	p->type = DYAD_VINT;
	p->i = v;
}

/* col matches actor spec: a 3-letter code starts it, a longer one is it. */
void qb_actor(struct qb *b, const char *col, const char *spec)
{
	struct st_actor_match m;
	int rc = st_actor_match(spec, &m, b->err);

	if (rc) {
		if (!b->rc)
			b->rc = rc;
		return;
	}
	if (m.exact) {
		buf_printf(&b->sql, "%s = ", col);
		qb_text(b, m.lo);
		return;
	}
	buf_printf(&b->sql, "(%s >= ", col);
	qb_text(b, m.lo);
	buf_printf(&b->sql, " AND %s < ", col);
	qb_text(b, m.hi);
	qb_sql(b, ")");
}

/* Append " AND ..." for every filter of q, on events aliased e. */
void qb_filters(struct qb *b, const struct dyad_query *q)
{
	if (q->actor) {
		qb_sql(b, " AND (");
		qb_actor(b, "e.source", q->actor);
		qb_sql(b, " OR ");
		qb_actor(b, "e.target", q->actor);
		qb_sql(b, ")");
	}
	if (q->source) {
		qb_sql(b, " AND ");
		qb_actor(b, "e.source", q->source);
	}
	if (q->target) {
		qb_sql(b, " AND ");
		qb_actor(b, "e.target", q->target);
	}
	if (q->cameo) {
		qb_sql(b, " AND e.cameo = ");
		qb_text(b, q->cameo);
	}
	if (q->root) {
		qb_sql(b, " AND e.root = ");
		qb_text(b, q->root);
	}
	if (q->quad_class) {
		qb_sql(b, " AND e.quad_class = ");
		qb_int(b, q->quad_class);
	}
	if (q->plover) {
		qb_sql(b, " AND e.plover = upper(");
		qb_text(b, q->plover);
		qb_sql(b, ")");
	}
	if (q->place) {
		qb_sql(b, " AND ");
		qb_actor(b, "e.location", q->place);
	}
	if (q->mode != DYAD_MODE_ANY) {
		qb_sql(b, " AND e.mode = ");
		qb_text(b, dyad_mode_name((enum dyad_mode)q->mode));
	}
	if (q->from) {
		qb_sql(b, " AND e.day >= ");
		qb_text(b, q->from);
	}
	if (q->to) {
		qb_sql(b, " AND e.day <= ");
		qb_text(b, q->to);
	}
	if (q->article) {
		qb_sql(b, " AND e.article IN (SELECT id FROM articles WHERE ref = ");
		qb_text(b, q->article);
		qb_sql(b, " OR id = ");
		qb_text(b, q->article);
		qb_sql(b, ")");
	}
	if (q->text) {
		qb_sql(b, " AND e.article IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ");
		qb_text(b, q->text);
		qb_sql(b, ")");
	}
	if (q->story) {
		qb_sql(b, " AND e.story = ");
		qb_int(b, q->story);
	}
}

/* Whether every filter of q holds for all the reports of an event alike:
 * the reports share its story, source, target, code (so root, quad class
 * and PLOVER type) and day, but not their article, text or mode. */
static int filters_shared(const struct dyad_query *q)
{
	return q->mode == DYAD_MODE_ANY && !q->article && !q->text;
}

/* "WITH u AS (the unique events that pass q)": an event is its first
 * report (gid is that report's id), or, when the filters may pass some
 * reports and not others, the first report that passes. */
void qb_unique(struct qb *b, const struct dyad_query *q)
{
	qb_unique_open(b, q);
	qb_unique_close(b, q);
}

void qb_unique_open(struct qb *b, const struct dyad_query *q)
{
	qb_sql(b, filters_shared(q) ? "WITH u AS (SELECT e.id AS id FROM events e WHERE e.id = e.gid"
				    : "WITH u AS (SELECT min(e.id) AS id FROM events e WHERE 1");
}

void qb_unique_close(struct qb *b, const struct dyad_query *q)
{
	qb_filters(b, q);
	qb_sql(b, filters_shared(q) ? ") " : " GROUP BY e.gid) ");
}

void qb_limit(struct qb *b, size_t limit)
{
	if (!limit)
		return;
	qb_sql(b, " LIMIT ");
	qb_int(b, (int64_t)limit);
}

int qb_prepare(dyad_store *st, struct qb *b, sqlite3_stmt **out)
{
	sqlite3_stmt *s;
	int i;

	*out = NULL;
	if (b->rc)
		return b->rc;
	if (sqlite3_prepare_v2(st->db, b->sql.data, (int)b->sql.len, &s, NULL) != SQLITE_OK)
		return q_fail(st, b->err, "preparing a query");
	for (i = 0; i < b->n_binds; i++) {
		const struct qb_bind *p = &b->binds[i];
		if (p->type == DYAD_VINT)
			sqlite3_bind_int64(s, i + 1, p->i);
		else
			sqlite3_bind_text(s, i + 1, p->s, -1, SQLITE_STATIC);
	}
	*out = s;
	return DYAD_OK;
}

/* An SQLite error as the user should read it: a bad full-text query is
 * theirs to fix (DYAD_EUSAGE), anything else the store's. */
int q_fail(dyad_store *st, dyad_error *err, const char *what)
{
	const char *msg = sqlite3_errmsg(st->db);

	/* The SQL built here is sound: a syntax error when stepping can only
	 * come from the full-text query. */
	if (strstr(msg, "fts5") || strstr(msg, "no such column") ||
	    strstr(msg, "unterminated string") || strstr(msg, "syntax error"))
		return dyad_fail(err, DYAD_EUSAGE, "--text: not a valid full-text query (%s); "
				 "quote phrases, e.g. '\"foreign minister\"'", msg);
	return st_fail(st, err, what);
}

/* ---- rows to the sink ---------------------------------------------------------- */

/* Digits after the point for a real column, from its name. */
static int col_digits(const char *name)
{
	if (!strcmp(name, "p") || !strcmp(name, "p_adj"))
		return -1;
	if (!strncmp(name, "share", 5) || !strcmp(name, "change"))
		return 3;
	if (!strcmp(name, "FractionDate"))
		return 4;
	if (!strcmp(name, "goldstein") || !strcmp(name, "goldstein_sum") ||
	    !strcmp(name, "GoldsteinScale"))
		return 1;
	return 2;
}

void q_value(sqlite3_stmt *s, int i, struct dyad_value *v)
{
	memset(v, 0, sizeof(*v));
	switch (sqlite3_column_type(s, i)) {
	case SQLITE_INTEGER:
		v->type = DYAD_VINT;
		v->i = sqlite3_column_int64(s, i);
		break;
	case SQLITE_FLOAT:
		v->type = DYAD_VREAL;
		v->r = sqlite3_column_double(s, i);
		v->digits = col_digits(sqlite3_column_name(s, i));
		break;
	case SQLITE_NULL:
		v->type = DYAD_VNULL;
		break;
	default:
		v->type = DYAD_VTEXT;
		v->s = (const char *)sqlite3_column_text(s, i);
		v->len = (size_t)sqlite3_column_bytes(s, i);
		if (!v->s) {
			v->s = "";
			v->len = 0;
		}
		break;
	}
}

int q_table(const struct dyad_sink *sink, const char *name, sqlite3_stmt *s)
{
	const char *cols[Q_MAX_COLS];
	int i, n = sqlite3_column_count(s);

	if (n > Q_MAX_COLS)
		n = Q_MAX_COLS;
	for (i = 0; i < n; i++)
		cols[i] = sqlite3_column_name(s, i);
	return sink->table(sink->ctx, name, cols, (size_t)n);
}

int q_run(dyad_store *st, sqlite3_stmt *s, const char *name,
	  const struct dyad_sink *sink, dyad_error *err)
{
	struct dyad_value vals[Q_MAX_COLS];
	int rc, i, n = sqlite3_column_count(s);

	if (n > Q_MAX_COLS)
		n = Q_MAX_COLS;
	if ((rc = q_table(sink, name, s)))
		return rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		for (i = 0; i < n; i++)
			q_value(s, i, &vals[i]);
		if ((rc = sink->row(sink->ctx, vals, (size_t)n)))
			return rc;
	}
	if (rc != SQLITE_DONE)
		return q_fail(st, err, "reading the store");
	return DYAD_OK;
}

/* Build, prepare, run and free. */
static int q_exec(dyad_store *st, struct qb *b, const char *name,
		  const struct dyad_sink *sink, dyad_error *err)
{
	sqlite3_stmt *s;
	int rc = qb_prepare(st, b, &s);

	if (!rc)
		rc = q_run(st, s, name, sink, err);
	sqlite3_finalize(s);
	qb_free(b);
	return rc;
}

/* ---- events ------------------------------------------------------------------- */

#define SPAN(col) "CAST(substr(CAST(s.text AS BLOB), e." col "_start + 1, e." col \
	"_end - e." col "_start) AS TEXT)"

/* The reports of event e.gid: articles carrying it and their copies. */
#define REPORTS \
	"(SELECT count(DISTINCT article) FROM events WHERE gid = e.gid) +" \
	" (SELECT count(*) FROM copies WHERE article IN" \
	"  (SELECT article FROM events WHERE gid = e.gid))"
#define SITES \
	"(SELECT count(DISTINCT coalesce(site, '')) FROM (SELECT site FROM articles" \
	"  WHERE id IN (SELECT article FROM events WHERE gid = e.gid)" \
	"  UNION ALL SELECT site FROM copies WHERE article IN" \
	"  (SELECT article FROM events WHERE gid = e.gid)))"

/* The rows to print: every report that passes q, or the rows of u (the
 * page's rows, or the unique events). */
static void events_from(struct qb *b, const struct dyad_query *q, int from_u)
{
	if (!from_u) {
		qb_sql(b, " FROM events e JOIN articles a ON a.id = e.article"
		       " JOIN sentences s ON s.article = e.article AND s.idx = e.sentence"
		       " WHERE 1");
		qb_filters(b, q);
	} else {
		qb_sql(b, " FROM u JOIN events e ON e.id = u.id JOIN articles a ON a.id = e.article"
		       " JOIN sentences s ON s.article = e.article AND s.idx = e.sentence"
		       " WHERE 1");
	}
}

/* Rows come in the order (dated first, day, id), and a cursor is the last
 * row seen.  Append the condition for the rows after it, to a query over
 * the dated rows, the undated ones, or both. */
enum { HALF_DATED = 1, HALF_UNDATED = 2 };

static void after_cursor(struct qb *b, const char *cursor, int halves)
{
	char day[11];
	int64_t id;

	if (!cursor || q_cursor_parse(cursor, day, &id))
		return;
	if (!day[0]) {
		/* After an undated row come only undated rows, further on. */
		if (halves & HALF_UNDATED) {
			qb_sql(b, " AND e.day IS NULL AND e.id > ");
			qb_int(b, id);
		} else {
			qb_sql(b, " AND 0");
		}
		return;
	}
	if (!(halves & HALF_DATED))
		return;         /* every undated row comes after a dated one */
	/* "day >= D" on its own, so that the day index starts there. */
	qb_sql(b, halves & HALF_UNDATED ? " AND (e.day IS NULL OR (e.day >= " : " AND (e.day >= ");
	qb_text(b, day);
	qb_sql(b, " AND (e.day > ");
	qb_text(b, day);
	qb_sql(b, " OR e.id > ");
	qb_int(b, id);
	qb_sql(b, halves & HALF_UNDATED ? ")))" : "))");
}

int dyad_query_events(dyad_store *st, const struct dyad_query *q,
		      const struct dyad_sink *sink, dyad_error *err)
{
	struct qb b;

	/* A page walks the day index, unless the filters pick few rows best
	 * found another way (a story, an article, a text search), or unique
	 * events depend on which of their reports pass. */
	int paged = q->limit && !q->story &&
		    (q->mentions ? !q->article && !q->text : filters_shared(q));
	const char *unique = q->mentions ? "" : " AND e.id = e.gid";

	qb_init(&b, err);
	if (paged) {
		/* A page: walk the day index from the start (or the cursor),
		 * dated rows first, until the page's last row; then only the
		 * page's rows are joined and sorted.  Each half takes as many
		 * rows as the page may need, so their order within the union
		 * is moot. */
		int64_t n = (int64_t)(q->limit + q->offset);
		qb_sql(&b, "WITH u AS (SELECT id FROM (SELECT e.id AS id FROM events e"
		       " INDEXED BY events_day WHERE e.day IS NOT NULL");
		qb_sql(&b, unique);
		qb_filters(&b, q);
		after_cursor(&b, q->after, HALF_DATED);
		qb_sql(&b, " ORDER BY e.day, e.id LIMIT ");
		qb_int(&b, n);
		qb_sql(&b, ") UNION ALL SELECT id FROM (SELECT e.id AS id FROM events e"
		       " WHERE e.day IS NULL");
		qb_sql(&b, unique);
		qb_filters(&b, q);
		after_cursor(&b, q->after, HALF_UNDATED);
		qb_sql(&b, " ORDER BY e.id LIMIT ");
		qb_int(&b, n);
		qb_sql(&b, ")) ");
	} else if (!q->mentions) {
		qb_unique(&b, q);
	}
	if (q->brief)
		qb_sql(&b, "SELECT e.gid AS event, e.day AS day, e.source AS source,"
		       " e.target AS target, e.cameo AS cameo,"
		       " (SELECT name FROM cameo WHERE code = e.cameo) AS cameo_name,"
		       " e.mode AS mode, " REPORTS " AS articles, " SITES " AS sites,"
		       " s.text AS text");
	else
		qb_sql(&b, "SELECT e.gid AS event, e.id AS mention, e.date AS date,"
		       " e.date_precision AS date_precision, e.day AS day,"
		       " e.source AS source, (SELECT name FROM actors WHERE code = e.source) AS source_name,"
		       " " SPAN("source") " AS source_text,"
		       " e.target AS target, (SELECT name FROM actors WHERE code = e.target) AS target_name,"
		       " " SPAN("target") " AS target_text,"
		       " e.reporter AS reporter, CASE WHEN e.reporter IS NULL THEN NULL ELSE "
		       SPAN("reporter") " END AS reporter_text,"
		       " " SPAN("trigger") " AS trigger,"
		       " e.cameo AS cameo, (SELECT name FROM cameo WHERE code = e.cameo) AS cameo_name,"
		       " e.root AS root, e.quad_class AS quad_class, e.goldstein AS goldstein,"
		       " e.plover AS plover, e.mode AS mode,"
		       " e.location AS location, CASE WHEN e.location IS NULL THEN NULL ELSE "
		       SPAN("location") " END AS location_text,"
		       " " REPORTS " AS articles, " SITES " AS sites,"
		       " e.article AS article, a.ref AS article_ref, a.url AS url, e.story AS story,"
		       " e.sentence AS sentence, s.text AS text");
	events_from(&b, q, paged || !q->mentions);
	after_cursor(&b, q->after, HALF_DATED | HALF_UNDATED);
	qb_sql(&b, " ORDER BY e.day IS NULL, e.day, e.id");
	qb_limit(&b, q->limit);
	if (q->offset) {
		qb_sql(&b, q->limit ? " OFFSET " : " LIMIT -1 OFFSET ");
		qb_int(&b, (int64_t)q->offset);
	}
	return q_exec(st, &b, "events", sink, err);
}

/* ---- GDELT 2.0 export ------------------------------------------------------------ */

/* The GDELT 2.0 event table's 61 columns, in order (the GDELT Event
 * Codebook V2.0).  Empty (NULL) where dyad knows nothing: ethnic and
 * religion codes, tone, the actors' places, the coordinates and codes of
 * the event's place (ActionGeo_FullName is the place as its sentence
 * names it: GDELT's country codes are FIPS 10-4, which dyad does not
 * keep), the time the event was added. */
#define ACTOR_COLS(n, col) \
	" e." col " AS Actor" n "Code," \
	" upper((SELECT name FROM actors WHERE code = e." col ")) AS Actor" n "Name," \
	" CASE WHEN length(country(e." col ")) = 3 THEN country(e." col ") END AS Actor" n "CountryCode," \
	" CASE WHEN length(country(e." col ")) > 3 AND length(e." col ") >= 6" \
	"  THEN substr(e." col ", 4, 3) END AS Actor" n "KnownGroupCode," \
	" NULL AS Actor" n "EthnicCode, NULL AS Actor" n "Religion1Code," \
	" NULL AS Actor" n "Religion2Code," \
	" CASE WHEN length(country(e." col ")) > 3 THEN substr(e." col ", 1, 3)" \
	"  WHEN length(e." col ") >= 6 THEN substr(e." col ", 4, 3) END AS Actor" n "Type1Code," \
	" CASE WHEN length(country(e." col ")) = 3 AND length(e." col ") >= 9" \
	"  THEN substr(e." col ", 7, 3) END AS Actor" n "Type2Code," \
	" CASE WHEN length(country(e." col ")) = 3 AND length(e." col ") >= 12" \
	"  THEN substr(e." col ", 10, 3) END AS Actor" n "Type3Code,"
#define GEO_COLS(n, name) \
	" NULL AS " n "Geo_Type, " name " AS " n "Geo_FullName, NULL AS " n "Geo_CountryCode," \
	" NULL AS " n "Geo_ADM1Code, NULL AS " n "Geo_ADM2Code, NULL AS " n "Geo_Lat," \
	" NULL AS " n "Geo_Long, NULL AS " n "Geo_FeatureID,"

int dyad_query_gdelt(dyad_store *st, const struct dyad_query *q,
		     const struct dyad_sink *sink, dyad_error *err)
{
	struct qb b;

	qb_init(&b, err);
	qb_unique(&b, q);
	qb_sql(&b, "SELECT e.gid AS GlobalEventID,"
	       " CAST(replace(e.day, '-', '') AS INTEGER) AS Day,"
	       " CAST(substr(replace(e.day, '-', ''), 1, 6) AS INTEGER) AS MonthYear,"
	       " CAST(substr(e.day, 1, 4) AS INTEGER) AS Year,"
	       " round(CAST(substr(e.day, 1, 4) AS INTEGER) +"
	       "  (CAST(strftime('%j', e.day) AS INTEGER) - 1) / 365.0, 4) AS FractionDate,"
	       ACTOR_COLS("1", "source") ACTOR_COLS("2", "target")
	       " CASE WHEN e.sentence = 0 THEN 1 ELSE 0 END AS IsRootEvent,"
	       " e.cameo AS EventCode, substr(e.cameo, 1, 3) AS EventBaseCode,"
	       " e.root AS EventRootCode, e.quad_class AS QuadClass,"
	       " e.goldstein AS GoldsteinScale,"
	       " (SELECT count(*) FROM events WHERE gid = e.gid) +"
	       "  (SELECT count(*) FROM copies WHERE article IN"
	       "  (SELECT article FROM events WHERE gid = e.gid)) AS NumMentions,"
	       " " SITES " AS NumSources,"
	       " " REPORTS " AS NumArticles,"
	       " NULL AS AvgTone,"
	       GEO_COLS("Actor1", "NULL") GEO_COLS("Actor2", "NULL")
	       GEO_COLS("Action", "(SELECT " SPAN("location") " FROM sentences s"
			" WHERE s.article = e.article AND s.idx = e.sentence)")
	       " NULL AS DATEADDED,"
	       " coalesce(a.url, a.ref) AS SOURCEURL");
	qb_sql(&b, " FROM u JOIN events e ON e.id = u.id JOIN articles a ON a.id = e.article"
	       " WHERE e.day IS NOT NULL ORDER BY e.gid");
	qb_limit(&b, q->limit);
	return q_exec(st, &b, "gdelt", sink, err);
}

/* ---- dyads -------------------------------------------------------------------------- */

/* A group's events of each quad class, over events e. */
#define QUAD_SUMS \
	" sum(e.quad_class = 1) AS verbal_coop, sum(e.quad_class = 2) AS material_coop," \
	" sum(e.quad_class = 3) AS verbal_conflict, sum(e.quad_class = 4) AS material_conflict,"

int dyad_query_dyads(dyad_store *st, const struct dyad_query *q,
		     const struct dyad_sink *sink, dyad_error *err)
{
	const char *side = q->by_actor ? "e.%s" : "country(e.%s)";
	struct qb b;
	char src[32], tgt[32];

	snprintf(src, sizeof(src), side, "source");
	snprintf(tgt, sizeof(tgt), side, "target");
	qb_init(&b, err);
	qb_unique(&b, q);
	qb_sql(&b, "SELECT d.source AS source, (SELECT name FROM actors WHERE code = d.source)"
	       " AS source_name, d.target AS target,"
	       " (SELECT name FROM actors WHERE code = d.target) AS target_name,"
	       " d.events AS events, d.verbal_coop AS verbal_coop,"
	       " d.material_coop AS material_coop, d.verbal_conflict AS verbal_conflict,"
	       " d.material_conflict AS material_conflict,"
	       " round(d.mean_goldstein, 2) AS mean_goldstein,"
	       " d.first AS first, d.last AS last FROM (SELECT ");
	buf_printf(&b.sql, "%s AS source, %s AS target,", src, tgt);
	qb_sql(&b, " count(*) AS events," QUAD_SUMS " avg(e.goldstein) AS mean_goldstein,"
	       " min(e.day) AS first, max(e.day) AS last"
	       " FROM u JOIN events e ON e.id = u.id GROUP BY 1, 2) d"
	       " ORDER BY d.events DESC, d.source, d.target");
	qb_limit(&b, q->limit);
	return q_exec(st, &b, "dyads", sink, err);
}

/* ---- places --------------------------------------------------------------------------- */

/* Where the events happened, as their sentences place them: per state,
 * the events by quad class, their mean Goldstein score, the days of the
 * first and last, and the place named most often ("Kyiv" for UKR). */
int dyad_query_places(dyad_store *st, const struct dyad_query *q,
		      const struct dyad_sink *sink, dyad_error *err)
{
	struct qb b;

	qb_init(&b, err);
	qb_unique(&b, q);
	/* w: the events per place and the words that named it; the
	 * place's own row adds them up and takes its most frequent words */
	qb_sql(&b, ", w AS (SELECT e.location AS place, " SPAN("location") " AS words,"
	       " count(*) AS n," QUAD_SUMS " sum(e.goldstein) AS g,"
	       " min(e.day) AS first, max(e.day) AS last"
	       " FROM u JOIN events e ON e.id = u.id"
	       " JOIN sentences s ON s.article = e.article AND s.idx = e.sentence"
	       " WHERE e.location IS NOT NULL GROUP BY 1, 2)"
	       " SELECT p.place AS place, (SELECT name FROM actors WHERE code = p.place) AS name,"
	       " (SELECT words FROM w WHERE w.place = p.place"
	       /* (a host's home, placed by no words, names nothing) */
	       " ORDER BY words = '' OR words IS NULL, n DESC, words LIMIT 1)"
	       " AS named, p.events AS events, p.verbal_coop AS verbal_coop,"
	       " p.material_coop AS material_coop, p.verbal_conflict AS verbal_conflict,"
	       " p.material_conflict AS material_conflict,"
	       " round(p.g / p.events, 2) AS mean_goldstein, p.first AS first, p.last AS last"
	       " FROM (SELECT place, sum(n) AS events, sum(verbal_coop) AS verbal_coop,"
	       " sum(material_coop) AS material_coop, sum(verbal_conflict) AS verbal_conflict,"
	       " sum(material_conflict) AS material_conflict, sum(g) AS g, min(first) AS first,"
	       " max(last) AS last FROM w GROUP BY place) p ORDER BY p.events DESC, p.place");
	qb_limit(&b, q->limit);
	return q_exec(st, &b, "places", sink, err);
}

/* ---- timeline ------------------------------------------------------------------------- */

static const char *bucket_sql(enum dyad_bucket bk)
{
	switch (bk) {
	case DYAD_BUCKET_DAY: return "e.day";
	/* The Monday of the day's ISO week. */
	case DYAD_BUCKET_WEEK: return "date(e.day, '-6 days', 'weekday 1')";
	case DYAD_BUCKET_MONTH: break;
	}
	return "substr(e.day, 1, 7)";
}

int dyad_query_timeline(dyad_store *st, const struct dyad_query *q,
			const struct dyad_sink *sink, dyad_error *err)
{
	struct dyad_query f = *q;
	struct st_actor_match ma, mb;
	struct qb b;
	int rc;

	if (!q->a || !q->b)
		return dyad_fail(err, DYAD_EUSAGE, "a timeline needs two actors");
	if ((rc = st_actor_match(q->a, &ma, err)) || (rc = st_actor_match(q->b, &mb, err)))
		return rc;
	/* Every mode is counted, each in its column. */
	f.mode = DYAD_MODE_ANY;
	f.actor = f.source = f.target = NULL;
	qb_init(&b, err);
	qb_unique_open(&b, &f);
	qb_sql(&b, " AND ((");
	qb_actor(&b, "e.source", q->a);
	qb_sql(&b, " AND ");
	qb_actor(&b, "e.target", q->b);
	qb_sql(&b, ") OR (");
	qb_actor(&b, "e.source", q->b);
	qb_sql(&b, " AND ");
	qb_actor(&b, "e.target", q->a);
	qb_sql(&b, ")) AND e.day IS NOT NULL");
	qb_unique_close(&b, &f);
	buf_printf(&b.sql, "SELECT %s AS bucket, CASE WHEN ", bucket_sql(q->bucket));
	qb_actor(&b, "e.source", q->a);
	qb_sql(&b, " THEN ");
	buf_printf(&b.sql, "'%s>%s' ELSE '%s>%s' END AS direction,", ma.lo, mb.lo, mb.lo, ma.lo);
	qb_sql(&b, " sum(e.mode = 'asserted') AS asserted,"
	       " sum(e.mode = 'asserted' AND e.quad_class = 1) AS verbal_coop,"
	       " sum(e.mode = 'asserted' AND e.quad_class = 2) AS material_coop,"
	       " sum(e.mode = 'asserted' AND e.quad_class = 3) AS verbal_conflict,"
	       " sum(e.mode = 'asserted' AND e.quad_class = 4) AS material_conflict,"
	       " round(total(CASE WHEN e.mode = 'asserted' THEN e.goldstein END), 1) AS goldstein_sum,"
	       " sum(e.mode = 'planned') AS planned, sum(e.mode = 'conditional') AS conditional,"
	       " sum(e.mode = 'speculative') AS speculative, sum(e.mode = 'negated') AS negated"
	       " FROM u JOIN events e ON e.id = u.id GROUP BY 1, 2 ORDER BY 1, 2");
	qb_limit(&b, q->limit);
	return q_exec(st, &b, "timeline", sink, err);
}

/* ---- stories ------------------------------------------------------------------------------ */

int dyad_query_story(dyad_store *st, const struct dyad_query *q,
		     const struct dyad_sink *sink, dyad_error *err)
{
	struct qb b;
	int rc;

	qb_init(&b, err);
	if (!q->story) {
		qb_sql(&b, "SELECT s.id AS story, s.size AS articles, s.n_sites AS sites,"
		       " (SELECT count(DISTINCT gid) FROM events WHERE story = s.id) AS events,"
		       " s.first_day AS first, s.last_day AS last, s.title AS title"
		       " FROM stories s");
		if (q->from || q->to) {
			qb_sql(&b, " WHERE 1");
			if (q->from) {
				qb_sql(&b, " AND s.last_day >= ");
				qb_text(&b, q->from);
			}
			if (q->to) {
				qb_sql(&b, " AND s.first_day <= ");
				qb_text(&b, q->to);
			}
		}
		qb_sql(&b, " ORDER BY s.size DESC, s.n_sites DESC, events DESC, s.id");
		qb_limit(&b, q->limit);
		return q_exec(st, &b, "stories", sink, err);
	}
	qb_sql(&b, "SELECT s.id AS story, s.size AS articles, s.n_sites AS sites,"
	       " (SELECT count(DISTINCT gid) FROM events WHERE story = s.id) AS events,"
	       " s.first_day AS first, s.last_day AS last, s.title AS title"
	       " FROM stories s WHERE s.id = ");
	qb_int(&b, q->story);
	{
		sqlite3_stmt *s;
		if ((rc = qb_prepare(st, &b, &s))) {
			qb_free(&b);
			return rc;
		}
		rc = sqlite3_step(s);
		if (rc == SQLITE_DONE) {
			sqlite3_finalize(s);
			qb_free(&b);
			return dyad_fail(err, DYAD_ENOTFOUND, "no story %lld in the store; "
					 "'dyad story' lists them", (long long)q->story);
		}
		sqlite3_reset(s);
		rc = q_run(st, s, "story", sink, err);
		sqlite3_finalize(s);
		qb_free(&b);
		if (rc)
			return rc;
	}
	qb_init(&b, err);
	qb_sql(&b, "SELECT a.id AS article, 'article' AS kind, a.ref AS ref, a.date AS date,"
	       " a.site AS site, a.n_events AS events, a.url AS url, a.title AS title"
	       " FROM articles a WHERE a.story = ");
	qb_int(&b, q->story);
	qb_sql(&b, " UNION ALL SELECT c.article, 'copy', a.ref, c.date, c.site, a.n_events,"
	       " c.url, a.title FROM copies c JOIN articles a ON a.id = c.article"
	       " WHERE a.story = ");
	qb_int(&b, q->story);
	qb_sql(&b, " ORDER BY 1, 2, 7");
	qb_limit(&b, q->limit);
	return q_exec(st, &b, "articles", sink, err);
}

/* ---- related stories ---------------------------------------------------------------------- */

/* Words too common in news to tell stories apart. */
static const char *const stopwords[] = {
	"about", "after", "again", "against", "also", "among", "and", "are", "because",
	"been", "before", "being", "between", "both", "but", "can", "could", "did",
	"does", "during", "each", "for", "from", "had", "has", "have", "her", "hers",
	"him", "his", "how", "into", "its", "more", "most", "not", "now", "off", "once",
	"one", "only", "other", "our", "out", "over", "own", "said", "same", "says",
	"she", "should", "since", "some", "such", "than", "that", "the", "their",
	"them", "then", "there", "these", "they", "this", "those", "through", "told",
	"two", "under", "until", "very", "was", "were", "what", "when", "where",
	"which", "while", "who", "whom", "why", "will", "with", "would", "year",
	"you", "your", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "week", "last", "first", "new",
};

static int is_stopword(const char *w)
{
	size_t i;

	for (i = 0; i < sizeof(stopwords) / sizeof(stopwords[0]); i++)
		if (!strcmp(w, stopwords[i]))
			return 1;
	return 0;
}

struct term {
	char w[32];
	unsigned tf;
	double score;
};

static int by_score(const void *a, const void *b)
{
	const struct term *x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return strcmp(x->w, y->w);
}

/* Add the ASCII words of text (3 to 31 letters, not stop words, not all
 * digits) to terms, counting repeats.  The title counts double. */
static int add_terms(struct term **terms, size_t *n, size_t *cap, const char *text,
		     unsigned weight)
{
	const char *p = text;

	while (p && *p) {
		char w[32];
		size_t k = 0, i;
		int alpha = 0;
		while (*p && !isalnum((unsigned char)*p))
			p++;
		while (*p && (isalnum((unsigned char)*p) || (*p & 0x80))) {
			if ((*p & 0x80) || k == sizeof(w) - 1)
				k = sizeof(w);          /* not ASCII, or too long */
			else
				w[k++] = (char)tolower((unsigned char)*p);
			alpha |= isalpha((unsigned char)*p);
			p++;
		}
		if (k < 3 || k >= sizeof(w) || !alpha)
			continue;
		w[k] = '\0';
		if (is_stopword(w))
			continue;
		for (i = 0; i < *n; i++)
			if (!strcmp((*terms)[i].w, w))
				break;
		if (i == *n) {
			if (*n == *cap) {
				size_t c = *cap ? 2 * *cap : 256;
				struct term *t = realloc(*terms, c * sizeof(*t));
				if (!t)
					return -1;
				*terms = t;
				*cap = c;
			}
			memcpy((*terms)[i].w, w, k + 1);
			(*terms)[i].tf = 0;
			(*n)++;
		}
		(*terms)[i].tf += weight;
	}
	return 0;
}

/* The FTS5 query for an article: its 24 words of highest tf-idf, ORed. */
static int related_query(dyad_store *st, int64_t id, struct buf *out, dyad_error *err)
{
	sqlite3_stmt *s = NULL, *v = NULL;
	struct term *terms = NULL;
	size_t n = 0, cap = 0, i;
	double n_docs = 1;
	int rc;

	if ((rc = st_exec(st, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_vocab USING"
			  " fts5vocab(main, articles_fts, 'row')", err)))
		return rc;
	if ((rc = st_prepare(st, "SELECT title, text, (SELECT count(*) FROM articles)"
			     " FROM articles WHERE id = ?1", &s, err)))
		return rc;
	sqlite3_bind_int64(s, 1, id);
	if (sqlite3_step(s) == SQLITE_ROW) {
		n_docs = (double)sqlite3_column_int64(s, 2);
		if (add_terms(&terms, &n, &cap, (const char *)sqlite3_column_text(s, 0), 2) ||
		    add_terms(&terms, &n, &cap, (const char *)sqlite3_column_text(s, 1), 1))
			rc = dyad_fail(err, DYAD_ENOMEM, "out of memory");
	}
	sqlite3_finalize(s);
	if (!rc)
		rc = st_prepare(st, "SELECT doc FROM temp.fts_vocab WHERE term = ?1", &v, err);
	for (i = 0; i < n && !rc; i++) {
		double df = 1;
		sqlite3_bind_text(v, 1, terms[i].w, -1, SQLITE_STATIC);
		if (sqlite3_step(v) == SQLITE_ROW)
			df = (double)sqlite3_column_int64(v, 0);
		sqlite3_reset(v);
		/* A word in every article tells nothing. */
		terms[i].score = terms[i].tf * log((n_docs + 1) / (df + 0.5));
	}
	sqlite3_finalize(v);
	if (!rc) {
		qsort(terms, n, sizeof(*terms), by_score);
		for (i = 0; i < n && i < 24 && terms[i].score > 0; i++)
			buf_printf(out, "%s\"%s\"", i ? " OR " : "", terms[i].w);
	}
	free(terms);
	return rc;
}

/* The article q->article names (OUT: id, story). */
int q_find_article(dyad_store *st, const char *ref, int64_t *id, int64_t *story,
		   dyad_error *err)
{
	sqlite3_stmt *s;
	int rc;

	if ((rc = st_prepare(st, "SELECT id, story FROM articles WHERE id = ?1 OR ref = ?1"
			     " ORDER BY id = ?1 DESC, id LIMIT 1", &s, err)))
		return rc;
	sqlite3_bind_text(s, 1, ref, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		*story = sqlite3_column_int64(s, 1);
	}
	sqlite3_finalize(s);
	if (rc == SQLITE_DONE)
		return dyad_fail(err, DYAD_ENOTFOUND, "no article '%s' in the store "
				 "(give its id or the input's id)", ref);
	return rc == SQLITE_ROW ? DYAD_OK : st_fail(st, err, "finding an article");
}

int dyad_query_related(dyad_store *st, const struct dyad_query *q,
		       const struct dyad_sink *sink, dyad_error *err)
{
	struct buf match = BUF_INIT;
	struct qb b;
	int64_t id = 0, story = 0;
	int rc;

	if (!q->article)
		return dyad_fail(err, DYAD_EUSAGE, "related: which article?");
	if ((rc = q_find_article(st, q->article, &id, &story, err)))
		return rc;
	buf_init(&match, 1u << 16);
	if ((rc = related_query(st, id, &match, err))) {
		buf_free(&match);
		return rc;
	}
	qb_init(&b, err);
	if (match.len) {
		qb_sql(&b, "WITH hits AS (SELECT rowid AS id, bm25(articles_fts, 2.0, 1.0)"
		       " AS score FROM articles_fts WHERE articles_fts MATCH ");
		qb_text(&b, match.data);
		qb_sql(&b, " ORDER BY score LIMIT 1000)");
	} else {
		/* An article without a telling word relates to nothing. */
		qb_sql(&b, "WITH hits AS (SELECT 0 AS id, 0.0 AS score WHERE 0)");
	}
	qb_sql(&b, ""
	       " SELECT r.story AS story, round(-r.best, 2) AS score, s.size AS articles,"
	       " s.n_sites AS sites, r.article AS article, r.ref AS ref, r.date AS date,"
	       " r.title AS title FROM (SELECT a.story AS story, min(h.score) AS best,"
	       " a.id AS article, a.ref AS ref, a.date AS date, a.title AS title"
	       " FROM hits h JOIN articles a ON a.id = h.id WHERE a.story != ");
	qb_int(&b, story);
	qb_sql(&b, " GROUP BY a.story) r JOIN stories s ON s.id = r.story"
	       " ORDER BY r.best, r.story");
	qb_limit(&b, q->limit ? q->limit : 10);
	rc = q_exec(st, &b, "related", sink, err);
	buf_free(&match);
	return rc;
}
