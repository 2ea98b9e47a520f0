/*
 * store.c - the store stage: opening dyad's SQLite database, its schema
 * and migrations, transactions, and the actor-code rules every query
 * shares.  See dyad.h for the contract and store_int.h for the layout of
 * the store's files.
 *
 * Schema migrations are a list: migrations[i] takes a database of version
 * i to version i + 1, and a new database runs them all, so the path an
 * old store takes is the path every store has taken.  They run in one
 * transaction with the user_version update; a store whose version is
 * above DYAD_STORE_SCHEMA is refused with a message naming both versions.
 * A migration, once released, is never edited: a change is a new one.
 *
 * Owns: the sqlite3 connection and the prepared statements.
 */
#include "store_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"

/* PRAGMA application_id: "dyad" in ASCII, so `file` and dyad itself can
 * tell a dyad store from any other SQLite file. */
#define DYAD_APP_ID 0x64796164

/* ---- the schema, as a list of migrations ------------------------------ */

static const char schema_v1[] =
	/* key/value facts about the store: who created it */
	"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
	/* articles: hash is the SHA-256 of the normalized text; text is
	 * that text (events' offsets point into it); story is the id of the
	 * oldest article of its story */
	"CREATE TABLE articles("
	" id INTEGER PRIMARY KEY,"
	" hash BLOB NOT NULL UNIQUE,"
	" ref TEXT, url TEXT, title TEXT,"
	" date TEXT, date_precision TEXT NOT NULL,"
	" author TEXT, language TEXT, site TEXT, origin TEXT,"
	" text TEXT NOT NULL,"
	" story INTEGER NOT NULL,"
	" n_events INTEGER NOT NULL);"
	"CREATE INDEX articles_ref ON articles(ref);"
	"CREATE INDEX articles_story ON articles(story, site);"
	/* MinHash signatures (dedupe.h), 128 little-endian uint32 */
	"CREATE TABLE signatures(article INTEGER PRIMARY KEY, sig BLOB NOT NULL);"
	/* the sentences that carry events; offsets into articles.text */
	"CREATE TABLE sentences("
	" article INTEGER NOT NULL, idx INTEGER NOT NULL,"
	" start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,"
	" PRIMARY KEY(article, idx)) WITHOUT ROWID;"
	/* events: spans are byte offsets into the sentence's text; day is
	 * the best day known (the event's, else the article's when it fits) */
	"CREATE TABLE events("
	" id INTEGER PRIMARY KEY,"
	" article INTEGER NOT NULL, sentence INTEGER NOT NULL, story INTEGER NOT NULL,"
	" source TEXT NOT NULL, source_start INTEGER NOT NULL, source_end INTEGER NOT NULL,"
	" target TEXT NOT NULL, target_start INTEGER NOT NULL, target_end INTEGER NOT NULL,"
	" reporter TEXT, reporter_start INTEGER, reporter_end INTEGER,"
	" trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,"
	" cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL,"
	" goldstein REAL NOT NULL, plover TEXT, mode TEXT NOT NULL,"
	" date TEXT, date_precision TEXT NOT NULL, day TEXT);"
	"CREATE INDEX events_article ON events(article, sentence);"
	"CREATE INDEX events_source ON events(source, day);"
	"CREATE INDEX events_target ON events(target, day);"
	"CREATE TABLE actors(code TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID;"
	"CREATE TABLE cameo(code TEXT PRIMARY KEY, name TEXT NOT NULL,"
	" root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,"
	" plover TEXT) WITHOUT ROWID;"
	"CREATE TABLE stories(id INTEGER PRIMARY KEY, size INTEGER NOT NULL,"
	" n_sites INTEGER NOT NULL, first_day TEXT, last_day TEXT, title TEXT);"
	"CREATE VIRTUAL TABLE articles_fts USING fts5(title, text,"
	" content='articles', content_rowid='id',"
	" tokenize='unicode61 remove_diacritics 2');";

/* Version 2: mention counts.  gid names the first event stored with the
 * same story, source, target, code and day; copies keeps the other URLs
 * a stored text came from. */
static const char schema_v2[] =
	"ALTER TABLE events ADD COLUMN gid INTEGER NOT NULL DEFAULT 0;"
	"CREATE INDEX events_key ON events(story, source, target, cameo, day);"
	"UPDATE events SET gid = (SELECT min(e2.id) FROM events e2"
	" WHERE e2.story = events.story AND e2.source = events.source"
	" AND e2.target = events.target AND e2.cameo = events.cameo"
	" AND e2.day IS events.day);"
	"CREATE INDEX events_gid ON events(gid);"
	"CREATE TABLE copies(article INTEGER NOT NULL, url TEXT NOT NULL,"
	" site TEXT, date TEXT, PRIMARY KEY(article, url)) WITHOUT ROWID;";

/* Version 3: an index for pairs of actors, so that a timeline or a
 * dyad's events on a store of millions read only that pair's rows. */
static const char schema_v3[] =
	"CREATE INDEX events_dyad ON events(source, target, day);";

/* Version 4: an index by day that carries the actors, so that a page of
 * an actor's events in day order walks it and stops, instead of sorting
 * all of them. */
static const char schema_v4[] =
	"CREATE INDEX events_day ON events(day, source, target);";

/* Version 5: how many events name each code, as source and target
 * together, kept by triggers so that every writer keeps it true.  The
 * list of actors with their counts read two index ranges per actor,
 * every row of events in all (half a second on a million events); now
 * it reads one row per code. */
static const char schema_v5[] =
	"CREATE TABLE actor_events(code TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;"
	"INSERT INTO actor_events(code, n) SELECT code, sum(n) FROM ("
	" SELECT source AS code, count(*) AS n FROM events GROUP BY source"
	" UNION ALL SELECT target, count(*) FROM events GROUP BY target)"
	" GROUP BY code;"
	"CREATE TRIGGER events_count AFTER INSERT ON events BEGIN"
	" INSERT INTO actor_events(code, n) VALUES(NEW.source, 1)"
	"  ON CONFLICT(code) DO UPDATE SET n = n + 1;"
	" INSERT INTO actor_events(code, n) VALUES(NEW.target, 1)"
	"  ON CONFLICT(code) DO UPDATE SET n = n + 1;"
	" END;"
	"CREATE TRIGGER events_uncount AFTER DELETE ON events BEGIN"
	" UPDATE actor_events SET n = n - 1 WHERE code = OLD.source;"
	" UPDATE actor_events SET n = n - 1 WHERE code = OLD.target;"
	" END;";

/* Version 6: the counts of actor_events kept by the ingest instead of
 * triggers.  A trigger on events made SQLite open a statement journal
 * for every event stored: more than half the cost of storing one.  dyad
 * ingest, the one writer of events, adds each batch's counts before its
 * commit, in its transaction. */
static const char schema_v6[] =
	"DROP TRIGGER events_count;"
	"DROP TRIGGER events_uncount;";

/* Version 7: where each event happened, when its sentence says: the
 * place's state code and its span in the sentence (NULL when none). */
static const char schema_v7[] =
	"ALTER TABLE events ADD COLUMN location TEXT;"
	"ALTER TABLE events ADD COLUMN location_start INTEGER;"
	"ALTER TABLE events ADD COLUMN location_end INTEGER;";

static const char *const migrations[DYAD_STORE_SCHEMA] = {
	schema_v1,
	schema_v2,
	schema_v3,
	schema_v4,
	schema_v5,
	schema_v6,
	schema_v7,
};

/* ---- SQL helpers -------------------------------------------------------- */

int st_fail(dyad_store *st, dyad_error *err, const char *what)
{
	int code = sqlite3_errcode(st->db);

	return dyad_fail(err, code == SQLITE_NOMEM ? DYAD_ENOMEM : DYAD_EIO,
			 "%s: %s", what, sqlite3_errmsg(st->db));
}

int st_exec(dyad_store *st, const char *sql, dyad_error *err)
{
	char *msg = NULL;

	if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) == SQLITE_OK)
		return DYAD_OK;
	dyad_fail(err, sqlite3_errcode(st->db) == SQLITE_NOMEM ? DYAD_ENOMEM : DYAD_EIO,
		  "database: %s", msg ? msg : sqlite3_errmsg(st->db));
	sqlite3_free(msg);
	return err ? err->code : DYAD_EIO;
}

int st_prepare(dyad_store *st, const char *sql, sqlite3_stmt **stmt, dyad_error *err)
{
	if (sqlite3_prepare_v2(st->db, sql, -1, stmt, NULL) == SQLITE_OK)
		return DYAD_OK;
	*stmt = NULL;
	return st_fail(st, err, "preparing a query");
}

void st_bind_text(sqlite3_stmt *s, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, i);
}

int st_begin(dyad_store *st, dyad_error *err)
{
	int rc;

	if (st->in_tx)
		return DYAD_OK;
	if ((rc = st_exec(st, "BEGIN IMMEDIATE", err)))
		return rc;
	st->in_tx = 1;
	st->n_in_batch = 0;
	return DYAD_OK;
}

int dyad_store_commit(dyad_store *st, dyad_error *err)
{
	int rc;

	if (!st->in_tx)
		return DYAD_OK;
	rc = st_flush_batch(st, err);
	if (!rc)
		rc = st_exec(st, "COMMIT", err);
	if (rc) {
		st_exec(st, "ROLLBACK", NULL);
		st->in_tx = 0;
		return rc;
	}
	st->in_tx = 0;
	st->n_in_batch = 0;
	st->stats.commits++;
	return DYAD_OK;
}

/* ---- actor codes ---------------------------------------------------------- */

/* CAMEO's transnational and non-state prefixes: codes that start with
 * them name no state. */
static const char *const transnational[] = {
	"IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS",
};

int st_transnational(const char *code)
{
	size_t i;

	for (i = 0; i < sizeof(transnational) / sizeof(transnational[0]); i++)
		if (!strncmp(code, transnational[i], 3))
			return 1;
	return 0;
}

size_t st_country(const char *code, size_t len)
{
	if (len <= 3 || st_transnational(code))
		return len;
	return 3;
}

int st_actor_match(const char *spec, struct st_actor_match *m, dyad_error *err)
{
	size_t n = strlen(spec), i;

	if (n == 0 || n >= sizeof(m->lo))
		return dyad_fail(err, DYAD_EUSAGE, "'%s' is not an actor code", spec);
	for (i = 0; i < n; i++) {
		char c = spec[i];
		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
			return dyad_fail(err, DYAD_EUSAGE,
					 "'%s' is not an actor code (letters and digits: PRK, USAGOV)",
					 spec);
		m->lo[i] = (char)(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
	}
	m->lo[n] = '\0';
	m->exact = n != 3;
	memcpy(m->hi, m->lo, n + 1);
	if (!m->exact)
		m->hi[2]++;     /* codes in [PRK, PRL) start with PRK */
	return DYAD_OK;
}

/* SQL: country(code) gives the code's country (st_country). */
static void sql_country(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *code = (const char *)sqlite3_value_text(argv[0]);
	int len = sqlite3_value_bytes(argv[0]);

	if (!code) {
		sqlite3_result_null(ctx);
		return;
	}
	sqlite3_result_text(ctx, code, (int)st_country(code, (size_t)len), SQLITE_TRANSIENT);
}

/* ---- open, migrate, close --------------------------------------------------- */

static int get_int(dyad_store *st, const char *sql, int *out, dyad_error *err)
{
	sqlite3_stmt *s;
	int rc;

	if ((rc = st_prepare(st, sql, &s, err)))
		return rc;
	rc = sqlite3_step(s);
	*out = rc == SQLITE_ROW ? sqlite3_column_int(s, 0) : 0;
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return st_fail(st, err, "reading the store");
	return DYAD_OK;
}

static int migrate(dyad_store *st, const char *path, int *from, dyad_error *err)
{
	int version, app, n_tables, rc, v;
	char sql[160];

	if ((rc = get_int(st, "PRAGMA user_version", &version, err)) ||
	    (rc = get_int(st, "PRAGMA application_id", &app, err)) ||
	    (rc = get_int(st, "SELECT count(*) FROM sqlite_master", &n_tables, err)))
		return rc;
	*from = version;
	if (version == DYAD_STORE_SCHEMA && app == DYAD_APP_ID)
		return DYAD_OK;
	if (app != DYAD_APP_ID && (version != 0 || n_tables != 0))
		return dyad_fail(err, DYAD_EPARSE,
				 "%s: an SQLite database, but not a dyad store; "
				 "give --db a new file name", path);
	if (version > DYAD_STORE_SCHEMA)
		return dyad_fail(err, DYAD_EPARSE,
				 "%s: store schema version %d was written by a newer dyad; "
				 "this dyad (%s) reads versions up to %d: upgrade dyad",
				 path, version, DYAD_VERSION, DYAD_STORE_SCHEMA);
	if (st->mode == DYAD_STORE_READ && version == 0)
		return dyad_fail(err, DYAD_EPARSE,
				 "%s: an empty database, not a dyad store; "
				 "fill it with 'dyad ingest --db %s'", path, path);
	if ((rc = st_exec(st, "BEGIN EXCLUSIVE", err)))
		return rc;
	for (v = version; v < DYAD_STORE_SCHEMA && !rc; v++)
		rc = st_exec(st, migrations[v], err);
	if (!rc && version == 0) {
		snprintf(sql, sizeof(sql),
			 "PRAGMA application_id = %d;"
			 "INSERT INTO meta VALUES('created_by', 'dyad %s');",
			 DYAD_APP_ID, DYAD_VERSION);
		rc = st_exec(st, sql, err);
	}
	if (!rc) {
		snprintf(sql, sizeof(sql),
			 "INSERT OR REPLACE INTO meta VALUES('migrated_by', 'dyad %s');"
			 "PRAGMA user_version = %d;", DYAD_VERSION, DYAD_STORE_SCHEMA);
		rc = st_exec(st, sql, err);
	}
	if (!rc)
		rc = st_exec(st, "COMMIT", err);
	if (rc) {
		char msg[sizeof(err->msg)];
		snprintf(msg, sizeof(msg), "%s", err ? err->msg : "");
		st_exec(st, "ROLLBACK", NULL);
		return dyad_fail(err, rc, "%s: migrating the store from version %d to %d "
				 "failed; it is left as it was: %s",
				 path, version, DYAD_STORE_SCHEMA, msg);
	}
	return DYAD_OK;
}

int dyad_store_open(dyad_store **out, const char *path, enum dyad_store_mode mode,
		    int *from_version, dyad_error *err)
{
	dyad_store *st;
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
	int rc, from = DYAD_STORE_SCHEMA;

	*out = NULL;
	if (from_version)
		*from_version = DYAD_STORE_SCHEMA;
	if (mode == DYAD_STORE_READ && access(path, F_OK) != 0)
		return dyad_fail(err, DYAD_EIO,
				 "%s: no such store (%s); fill one with 'dyad ingest --db %s'",
				 path, strerror(errno), path);
	if (mode == DYAD_STORE_WRITE)
		flags |= SQLITE_OPEN_CREATE;
	st = calloc(1, sizeof(*st));
	if (!st)
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	st->mode = mode;
	st->batch = 1024;
	st->lock_fd = -1;
	if (!(st->path = strdup(path))) {
		free(st);
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	}
	rc = sqlite3_open_v2(path, &st->db, flags, NULL);
	if (rc != SQLITE_OK) {
		rc = dyad_fail(err, rc == SQLITE_NOMEM ? DYAD_ENOMEM : DYAD_EIO,
			       "%s: cannot open the store: %s", path,
			       st->db ? sqlite3_errmsg(st->db) : "out of memory");
		sqlite3_close(st->db);
		free(st->path);
		free(st);
		return rc;
	}
	sqlite3_busy_timeout(st->db, 10000);
	sqlite3_extended_result_codes(st->db, 0);
	/* Reading the header is the first I/O: a file that is not SQLite
	 * fails here. */
	rc = st_exec(st, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
		     "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768;", err);
	if (rc && sqlite3_errcode(st->db) == SQLITE_NOTADB)
		rc = dyad_fail(err, DYAD_EPARSE, "%s: not a dyad store (not an SQLite "
			       "database); give --db a new file name", path);
	else if (rc && err) {
		char msg[sizeof(err->msg)];
		snprintf(msg, sizeof(msg), "%s", err->msg);
		rc = dyad_fail(err, rc, "%s: %s", path, msg);
	}
	/* Readers map the file: a question over millions of events then
	 * reads pages without a copy each. */
	if (!rc && mode == DYAD_STORE_READ)
		rc = st_exec(st, "PRAGMA mmap_size = 1073741824;", err);
	if (!rc && sqlite3_create_function(st->db, "country", 1,
					   SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
					   sql_country, NULL, NULL) != SQLITE_OK)
		rc = st_fail(st, err, "registering SQL functions");
	if (!rc)
		rc = migrate(st, path, &from, err);
	if (rc) {
		sqlite3_close(st->db);
		free(st->path);
		free(st);
		return rc;
	}
	if (from_version)
		*from_version = from;
	*out = st;
	return DYAD_OK;
}

void dyad_store_set_batch(dyad_store *st, size_t n_articles)
{
	st->batch = n_articles ? n_articles : 1;
}

void dyad_store_stats(const dyad_store *st, struct dyad_store_stats *out)
{
	*out = st->stats;
}

int dyad_store_close(dyad_store *st, dyad_error *err)
{
	int rc = DYAD_OK;
	size_t i;

	if (!st)
		return DYAD_OK;
	if (st->cur.open)
		dyad_store_article_abort(st);
	if (st->in_tx)
		rc = dyad_store_commit(st, err);
	for (i = 0; i < ST_N; i++)
		sqlite3_finalize(st->stmts[i]);
	st_ingest_free(st);
	/* The last connection to close checkpoints the WAL into the file. */
	if (sqlite3_close(st->db) != SQLITE_OK && !rc)
		rc = dyad_fail(err, DYAD_EIO, "closing the store: %s", sqlite3_errmsg(st->db));
	/* Only now: closing a descriptor of the file drops the process's
	 * POSIX locks on it, SQLite's included. */
	if (st->lock_fd >= 0)
		close(st->lock_fd);
	free(st->path);
	free(st);
	return rc;
}
