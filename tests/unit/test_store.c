/*
 * test_store.c - the store: its schema, migrations from a version-1
 * database, refusing files it cannot read, idempotent ingest by content
 * hash, copies, stories of near-duplicates (joined and merged) and the
 * mention counts that follow from them.
 *
 * Articles and events are written through dyad_store_article_begin() and
 * dyad_store_add_event() with events made here, so the tests do not hang
 * on what the coder finds.  Each test works in a fresh directory.
 */
#include "unit.h"

#include <ftw.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dedupe.h"
#include "dyad.h"

struct fixture {
	char dir[64];
	char db[128];
	dyad_lexicon *lex;
};

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	return remove(path);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	dyad_error err = { 0, "" };
	char path[192];
	FILE *fp;

	if (!f)
		return -1;
	snprintf(f->dir, sizeof(f->dir), "/tmp/dyad-store-XXXXXX");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(f->db, sizeof(f->db), "%s/t.db", f->dir);
	snprintf(path, sizeof(path), "%s/names.dict", f->dir);
	if (!(fp = fopen(path, "w")))
		return -1;
	fputs("actor North Korea = PRK\nactor Russia = RUS\nactor United States = USA\n"
	      "actor China = CHN\nactor United Nations = IGOUNO\n", fp);
	fclose(fp);
	if (dyad_lexicon_new(&f->lex, NULL, &err) ||
	    dyad_lexicon_load(f->lex, path, DYAD_DICT_NATIVE, &err)) {
		fprintf(stderr, "setup: %s\n", err.msg);
		return -1;
	}
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	dyad_lexicon_free(f->lex);
	nftw(f->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(f);
	return 0;
}

/* ---- helpers ------------------------------------------------------------ */

struct ev {
	const char *source, *target, *cameo;
	int quad;
	double goldstein;
	const char *date;
	int mode;
};

static dyad_store *open_write(struct fixture *f)
{
	dyad_store *st = NULL;
	dyad_error err = { 0, "" };
	int rc = dyad_store_open(&st, f->db, DYAD_STORE_WRITE, NULL, &err);

	if (rc)
		fail_msg("open: %s", err.msg);
	rc = dyad_store_ingest_begin(st, f->lex, &err);
	if (rc)
		fail_msg("ingest_begin: %s", err.msg);
	return st;
}

static void close_store(dyad_store *st)
{
	dyad_error err = { 0, "" };

	if (dyad_store_close(st, &err))
		fail_msg("close: %s", err.msg);
}

static struct dyad_date day(const char *s)
{
	struct dyad_date d = { 0, 0 };

	if (s)
		assert_int_equal(dyad_date_parse(s, strlen(s), &d), DYAD_OK);
	return d;
}

/* Store an article (text; one event per ev, each in its own sentence,
 * the sentence being the whole text).  Returns what begin returned. */
static int add(dyad_store *st, const char *id, const char *url, const char *site,
	       const char *date, const char *text, const struct ev *evs, size_t n)
{
	struct dyad_article art;
	dyad_error err = { 0, "" };
	size_t i;
	int rc;

	memset(&art, 0, sizeof(art));
	art.id = id;
	art.url = url;
	art.site = site;
	art.title = id;
	art.text = text;
	art.text_len = strlen(text);
	art.date = day(date);
	art.origin = "test";
	rc = dyad_store_article_begin(st, &art, &err);
	if (rc < 0)
		fail_msg("begin %s: %s", id, err.msg);
	if (rc == 0)
		return 0;
	for (i = 0; i < n; i++) {
		struct dyad_event e;
		char root[3];
		memset(&e, 0, sizeof(e));
		e.article = &art;
		e.sentence = (uint32_t)i;
		e.text = text;
		e.text_len = strlen(text);
		e.source.code = evs[i].source;
		e.source.end = 3;
		e.target.code = evs[i].target;
		e.target.start = 4;
		e.target.end = 7;
		e.trigger.start = 8;
		e.trigger.end = 10;
		e.cameo = evs[i].cameo;
		memcpy(root, evs[i].cameo, 2);
		root[2] = '\0';
		e.root = root;
		e.quad_class = evs[i].quad;
		e.goldstein = evs[i].goldstein;
		e.plover = "CONSULT";
		e.mode = (enum dyad_mode)evs[i].mode;
		e.date = evs[i].date ? day(evs[i].date) : art.date;
		assert_int_equal(dyad_store_add_event(&e, st), 0);
	}
	if (dyad_store_article_end(st, &err))
		fail_msg("end %s: %s", id, err.msg);
	return 1;
}

/* One integer from SQL on the store, through a connection of its own. */
static long long sql_int(struct fixture *f, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	long long v = -1;

	assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db));
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v;
}

/* One text value (OUT: buf). */
static const char *sql_text(struct fixture *f, const char *sql, char *buf, size_t size)
{
	sqlite3 *db;
	sqlite3_stmt *s;

	buf[0] = '\0';
	assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db));
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
		snprintf(buf, size, "%s", (const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	sqlite3_close(db);
	return buf;
}

static void sql_exec(struct fixture *f, const char *sql)
{
	sqlite3 *db;
	char *msg = NULL;

	assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", sql, msg);
	sqlite3_close(db);
}

/* ---- schema and migrations ------------------------------------------------ */

static void test_new_store_schema(void **state)
{
	struct fixture *f = *state;
	dyad_store *st = NULL;
	dyad_error err = { 0, "" };
	char buf[64];
	int from = -1;

	assert_int_equal(dyad_store_open(&st, f->db, DYAD_STORE_WRITE, &from, &err), DYAD_OK);
	assert_int_equal(from, 0);
	close_store(st);
	assert_int_equal(sql_int(f, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
	assert_int_equal(sql_int(f, "PRAGMA application_id"), 0x64796164);
	assert_string_equal(sql_text(f, "PRAGMA journal_mode", buf, sizeof(buf)), "wal");
	assert_int_equal(sql_int(f, "SELECT count(*) FROM sqlite_master WHERE name IN"
				 " ('articles', 'sentences', 'events', 'actors', 'cameo',"
				 " 'stories', 'signatures', 'copies', 'articles_fts', 'meta')"), 10);
	/* A second open changes nothing. */
	assert_int_equal(dyad_store_open(&st, f->db, DYAD_STORE_READ, &from, &err), DYAD_OK);
	assert_int_equal(from, DYAD_STORE_SCHEMA);
	close_store(st);
}

static void test_read_missing_store(void **state)
{
	struct fixture *f = *state;
	dyad_store *st = NULL;
	dyad_error err = { 0, "" };

	assert_int_equal(dyad_store_open(&st, f->db, DYAD_STORE_READ, NULL, &err), DYAD_EIO);
	assert_null(st);
	assert_non_null(strstr(err.msg, "no such store"));
	assert_non_null(strstr(err.msg, "dyad ingest --db"));
	assert_int_equal(access(f->db, F_OK), -1);
}

static void test_not_a_store(void **state)
{
	struct fixture *f = *state;
	dyad_store *st = NULL;
	dyad_error err = { 0, "" };
	FILE *fp = fopen(f->db, "w");

	fputs("this is not a database, it is a text file, long enough to be read as "
	      "a header of one and rejected for that.........................\n", fp);
	fclose(fp);
	assert_int_equal(dyad_store_open(&st, f->db, DYAD_STORE_WRITE, NULL, &err), DYAD_EPARSE);
	assert_non_null(strstr(err.msg, "not a dyad store"));
	/* An SQLite database of another program. */
	remove(f->db);
	sql_exec(f, "CREATE TABLE people(name TEXT)");
	assert_int_equal(dyad_store_open(&st, f->db, DYAD_STORE_READ, NULL, &err), DYAD_EPARSE);
	assert_non_null(strstr(err.msg, "not a dyad store"));
}

static void test_newer_store_refused(void **state)
{
	struct fixture *f = *state;
	dyad_store *st = NULL;
	dyad_error err = { 0, "" };
	char want[64], newer[64];

	/* one version past this dyad's, whatever it is */
	close_store(open_write(f));
	snprintf(newer, sizeof(newer), "PRAGMA user_version = %d", DYAD_STORE_SCHEMA + 1);
	sql_exec(f, newer);
	assert_int_equal(dyad_store_open(&st, f->db, DYAD_STORE_READ, NULL, &err), DYAD_EPARSE);
	assert_null(st);
	snprintf(want, sizeof(want), "version %d", DYAD_STORE_SCHEMA + 1);
	assert_non_null(strstr(err.msg, want));
	assert_non_null(strstr(err.msg, "upgrade dyad"));
	snprintf(want, sizeof(want), "up to %d", DYAD_STORE_SCHEMA);
	assert_non_null(strstr(err.msg, want));
	/* Left as it was. */
	assert_int_equal(sql_int(f, "PRAGMA user_version"), DYAD_STORE_SCHEMA + 1);
}

/* The version-1 schema as dyad 0.1 wrote it, with two articles of one
 * story that report the same event, and a third event. */
static const char v1_store[] =
	"PRAGMA application_id = 1685676388;"
	"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
	"CREATE TABLE articles(id INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE,"
	" ref TEXT, url TEXT, title TEXT, date TEXT, date_precision TEXT NOT NULL,"
	" author TEXT, language TEXT, site TEXT, origin TEXT, text TEXT NOT NULL,"
	" story INTEGER NOT NULL, n_events INTEGER NOT NULL);"
	"CREATE INDEX articles_ref ON articles(ref);"
	"CREATE INDEX articles_story ON articles(story, site);"
	"CREATE TABLE signatures(article INTEGER PRIMARY KEY, sig BLOB NOT NULL);"
	"CREATE TABLE sentences(article INTEGER NOT NULL, idx INTEGER NOT NULL,"
	" start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,"
	" PRIMARY KEY(article, idx)) WITHOUT ROWID;"
	"CREATE TABLE events(id INTEGER PRIMARY KEY, article INTEGER NOT NULL,"
	" sentence INTEGER NOT NULL, story INTEGER NOT NULL,"
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
	"CREATE TABLE cameo(code TEXT PRIMARY KEY, name TEXT NOT NULL, root TEXT NOT NULL,"
	" quad_class INTEGER NOT NULL, goldstein REAL NOT NULL, plover TEXT) WITHOUT ROWID;"
	"CREATE TABLE stories(id INTEGER PRIMARY KEY, size INTEGER NOT NULL,"
	" n_sites INTEGER NOT NULL, first_day TEXT, last_day TEXT, title TEXT);"
	"CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles',"
	" content_rowid='id', tokenize='unicode61 remove_diacritics 2');"
	"INSERT INTO meta VALUES('created_by', 'dyad 0.1.0');"
	"INSERT INTO articles VALUES(1, x'01', 'a1', 'http://a.example/1', 'Talks',"
	" '2025-01-05', 'day', NULL, NULL, 'a.example', 't', 'Russia met North Korea.', 1, 2);"
	"INSERT INTO articles VALUES(2, x'02', 'a2', 'http://b.example/1', 'Talks',"
	" '2025-01-05', 'day', NULL, NULL, 'b.example', 't', 'Russia met North Korea!', 1, 1);"
	"INSERT INTO articles_fts(rowid, title, text) SELECT id, title, text FROM articles;"
	"INSERT INTO stories VALUES(1, 2, 2, '2025-01-05', '2025-01-05', 'Talks');"
	"INSERT INTO sentences VALUES(1, 0, 0, 23, 'Russia met North Korea.');"
	"INSERT INTO sentences VALUES(2, 0, 0, 23, 'Russia met North Korea!');"
	"INSERT INTO events VALUES(1, 1, 0, 1, 'RUS', 0, 6, 'PRK', 11, 22, NULL, NULL, NULL,"
	" 7, 10, '040', '04', 1, 1.0, 'CONSULT', 'asserted', '2025-01-05', 'day', '2025-01-05');"
	"INSERT INTO events VALUES(2, 1, 0, 1, 'RUS', 0, 6, 'PRK', 11, 22, NULL, NULL, NULL,"
	" 7, 10, '042', '04', 1, 1.9, 'CONSULT', 'asserted', '2025-01-05', 'day', '2025-01-05');"
	"INSERT INTO events VALUES(3, 2, 0, 1, 'RUS', 0, 6, 'PRK', 11, 22, NULL, NULL, NULL,"
	" 7, 10, '040', '04', 1, 1.0, 'CONSULT', 'asserted', '2025-01-05', 'day', '2025-01-05');"
	"PRAGMA user_version = 1;";

struct capture {
	struct {
		char name[32];
		size_t n_rows;
	} tables[16];
	size_t n_tables;
	char text[1 << 16];     /* "table|v|v|...\n" per row */
	size_t len;
};

static int cap_table(void *ctx, const char *name, const char *const *cols, size_t n)
{
	struct capture *c = ctx;

	assert_true(c->n_tables < 16);
	snprintf(c->tables[c->n_tables].name, 32, "%s", name);
	c->tables[c->n_tables++].n_rows = 0;
	return 0;
}

static int cap_row(void *ctx, const struct dyad_value *v, size_t n)
{
	struct capture *c = ctx;
	size_t i;

	c->tables[c->n_tables - 1].n_rows++;
	c->len += (size_t)snprintf(c->text + c->len, sizeof(c->text) - c->len, "%s",
				   c->tables[c->n_tables - 1].name);
	for (i = 0; i < n && c->len < sizeof(c->text) - 64; i++) {
		if (v[i].type == DYAD_VINT)
			c->len += (size_t)snprintf(c->text + c->len, sizeof(c->text) - c->len,
						   "|%lld", (long long)v[i].i);
		else if (v[i].type == DYAD_VREAL)
			c->len += (size_t)snprintf(c->text + c->len, sizeof(c->text) - c->len,
						   "|%.*f", v[i].digits < 0 ? 3 : v[i].digits, v[i].r);
		else if (v[i].type == DYAD_VTEXT)
			c->len += (size_t)snprintf(c->text + c->len, sizeof(c->text) - c->len,
						   "|%s", v[i].s);
		else
			c->len += (size_t)snprintf(c->text + c->len, sizeof(c->text) - c->len, "|");
	}
	if (c->len < sizeof(c->text) - 1)
		c->text[c->len++] = '\n';
	c->text[c->len] = '\0';
	return 0;
}

static void run_query(dyad_store *st, int (*fn)(dyad_store *, const struct dyad_query *,
						 const struct dyad_sink *, dyad_error *),
		      const struct dyad_query *q, struct capture *c)
{
	struct dyad_sink sink = { cap_table, cap_row, c };
	dyad_error err = { 0, "" };

	memset(c, 0, sizeof(*c));
	if (fn(st, q, &sink, &err))
		fail_msg("query: %s", err.msg);
}

static void test_migrate_from_v1(void **state)
{
	struct fixture *f = *state;
	struct dyad_query q;
	struct capture *c = malloc(sizeof(*c));
	dyad_store *st = NULL;
	dyad_error err = { 0, "" };
	int from = -1;

	sql_exec(f, v1_store);
	assert_int_equal(dyad_store_open(&st, f->db, DYAD_STORE_READ, &from, &err), DYAD_OK);
	assert_int_equal(from, 1);
	/* Articles 1 and 2 report event 1; 042 is another event. */
	dyad_query_init(&q);
	run_query(st, dyad_query_events, &q, c);
	assert_int_equal(c->tables[0].n_rows, 2);
	assert_non_null(strstr(c->text, "events|1|1|2025-01-05|day|2025-01-05|RUS|"));
	close_store(st);
	assert_int_equal(sql_int(f, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
	assert_int_equal(sql_int(f, "SELECT gid FROM events WHERE id = 3"), 1);
	assert_int_equal(sql_int(f, "SELECT gid FROM events WHERE id = 2"), 2);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM copies"), 0);
	/* Version 5 counted the stored events by code. */
	assert_int_equal(sql_int(f, "SELECT n FROM actor_events WHERE code = 'RUS'"), 3);
	assert_int_equal(sql_int(f, "SELECT n FROM actor_events WHERE code = 'PRK'"), 3);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM meta WHERE key = 'created_by'"
				 " AND value = 'dyad 0.1.0'"), 1);
	/* The migrated store takes new articles. */
	st = open_write(f);
	{
		struct ev e = { "RUS", "PRK", "040", 1, 1.0, NULL, 0 };
		assert_int_equal(add(st, "a3", NULL, NULL, "2025-01-06", "Russia and North Korea "
				     "held more talks the next day in Moscow.", &e, 1), 1);
	}
	close_store(st);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM articles"), 3);
	assert_int_equal(sql_int(f, "SELECT max(id) FROM events"), 4);
	assert_int_equal(sql_int(f, "SELECT n FROM actor_events WHERE code = 'RUS'"), 4);
	free(c);
}

/* A migration that fails leaves the store as it was. */
static void test_failed_migration_rolls_back(void **state)
{
	struct fixture *f = *state;
	dyad_store *st = NULL;
	dyad_error err = { 0, "" };

	sql_exec(f, v1_store);
	/* Version 2 creates this table: make that fail. */
	sql_exec(f, "CREATE TABLE copies(x)");
	assert_int_not_equal(dyad_store_open(&st, f->db, DYAD_STORE_READ, NULL, &err), DYAD_OK);
	assert_non_null(strstr(err.msg, "migrating the store from version 1 to "));
	assert_int_equal(sql_int(f, "PRAGMA user_version"), 1);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM pragma_table_info('events')"
				 " WHERE name = 'gid'"), 0);
}

/* ---- ingest -------------------------------------------------------------------- */

static const struct ev talks = { "PRKGOV", "RUSGOV", "040", 1, 1.0, NULL, 0 };

static void test_ingest_twice_stores_once(void **state)
{
	struct fixture *f = *state;
	struct dyad_store_stats s;
	dyad_store *st;
	int pass;

	for (pass = 0; pass < 2; pass++) {
		st = open_write(f);
		assert_int_equal(add(st, "x1", "http://a.example/1", NULL, "2025-02-01",
				     "North Korea's foreign minister met Russian officials in "
				     "Moscow on Saturday.", &talks, 1), !pass);
		/* White space alone does not make another article. */
		assert_int_equal(add(st, "x1-again", "http://a.example/1", NULL, "2025-02-01",
				     "  North Korea's foreign minister met Russian officials\n"
				     "in Moscow  on Saturday. ", &talks, 1), 0);
		assert_int_equal(add(st, "x2", "http://a.example/2", NULL, "2025-02-02",
				     "China's defence minister visited Pyongyang for three days "
				     "of talks on military cooperation.", NULL, 0), !pass);
		dyad_store_stats(st, &s);
		assert_int_equal(s.articles, pass ? 0 : 2);
		assert_int_equal(s.duplicates, pass ? 3 : 1);
		assert_int_equal(s.copies, 0);
		close_store(st);
	}
	assert_int_equal(sql_int(f, "SELECT count(*) FROM articles"), 2);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM events"), 1);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM sentences"), 1);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM stories"), 2);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM articles_fts WHERE articles_fts"
				 " MATCH 'pyongyang'"), 1);
	/* Actors with names from the dictionary and the role table. */
	assert_int_equal(sql_int(f, "SELECT count(*) FROM actors WHERE code = 'PRKGOV'"
				 " AND name = 'North Korea government'"), 1);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM actors WHERE code = 'RUS'"
				 " AND name = 'Russia'"), 1);
}

/* The same text under another URL is a copy: one more report, one more
 * site, no new article. */
static void test_copy_counts_as_report(void **state)
{
	struct fixture *f = *state;
	const char *text = "Russia and North Korea signed a treaty on mutual defence in "
			   "Pyongyang on Wednesday, the state news agency said.";
	struct ev e = { "RUS", "PRK", "057", 1, 8.0, NULL, 0 };
	struct dyad_store_stats s;
	struct capture *c = malloc(sizeof(*c));
	struct dyad_query q;
	dyad_store *st = open_write(f);

	assert_int_equal(add(st, "w1", "http://wire.example/1", NULL, "2025-03-05", text, &e, 1), 1);
	assert_int_equal(add(st, "w2", "http://paper.example/9", NULL, "2025-03-05", text, &e, 1), 0);
	assert_int_equal(add(st, "w2", "http://paper.example/9", NULL, "2025-03-05", text, &e, 1), 0);
	assert_int_equal(add(st, "w3", "http://wire.example/1b", "wire.example", "2025-03-05",
			     text, &e, 1), 0);
	dyad_store_stats(st, &s);
	assert_int_equal(s.articles, 1);
	assert_int_equal(s.copies, 2);
	dyad_query_init(&q);
	run_query(st, dyad_query_events, &q, c);
	/* ... articles 3 (one and two copies), sites 2 */
	assert_non_null(strstr(c->text, "|3|2|1|w1|http://wire.example/1|1|0|"));
	run_query(st, dyad_query_gdelt, &q, c);
	assert_non_null(strstr(c->text, "|057|057|05|1|8.0|3|2|3|"));
	close_store(st);
	assert_int_equal(sql_int(f, "SELECT size * 10 + n_sites FROM stories"), 32);
	free(c);
}

/* Words w0..w(n-1) with a prefix: texts that share exactly the words
 * they are meant to share. */
static void words(char *out, size_t size, const char *prefix, int from, int to)
{
	size_t len = strlen(out);
	int i;

	for (i = from; i < to && len + 16 < size; i++)
		len += (size_t)snprintf(out + len, size - len, "%s%d ", prefix, i);
}

static void test_near_duplicates_share_a_story(void **state)
{
	struct fixture *f = *state;
	static char a[4096], b[4096];
	struct capture *c = malloc(sizeof(*c));
	struct dyad_query q;
	dyad_store *st = open_write(f);

	a[0] = b[0] = '\0';
	words(a, sizeof(a), "talk", 0, 120);
	words(b, sizeof(b), "talk", 0, 118);
	strcat(b, "reprinted by another site ");
	assert_int_equal(add(st, "n1", "http://one.example/a", NULL, "2025-04-01", a, &talks, 1), 1);
	assert_int_equal(add(st, "n2", "http://two.example/b", NULL, "2025-04-01", b, &talks, 1), 1);
	close_store(st);
	assert_int_equal(sql_int(f, "SELECT count(DISTINCT story) FROM articles"), 1);
	assert_int_equal(sql_int(f, "SELECT story FROM articles WHERE ref = 'n2'"), 1);
	assert_int_equal(sql_int(f, "SELECT count(DISTINCT gid) FROM events"), 1);
	assert_int_equal(sql_int(f, "SELECT size * 10 + n_sites FROM stories"), 22);
	assert_int_equal(dyad_store_open(&st, f->db, DYAD_STORE_READ, NULL, NULL), DYAD_OK);
	dyad_query_init(&q);
	run_query(st, dyad_query_events, &q, c);
	assert_int_equal(c->tables[0].n_rows, 1);
	assert_non_null(strstr(c->text, "|2|2|1|n1|"));
	q.mentions = 1;
	run_query(st, dyad_query_events, &q, c);
	assert_int_equal(c->tables[0].n_rows, 2);
	close_store(st);
	free(c);
}

/* A third article like both of two stories joins them; the younger is
 * relabelled and its events become reports of the older's.  Stories
 * also survive a new ingest (their signatures are reloaded). */
static void test_story_merge(void **state)
{
	struct fixture *f = *state;
	static char a[4096], b[4096], m[4096];
	uint32_t sa[DEDUPE_K], sb[DEDUPE_K], sm[DEDUPE_K];
	struct dyad_store_stats s;
	dyad_store *st;

	a[0] = b[0] = m[0] = '\0';
	words(a, sizeof(a), "left", 0, 16);
	words(a, sizeof(a), "core", 0, 100);
	words(b, sizeof(b), "core", 0, 100);
	words(b, sizeof(b), "right", 0, 16);
	words(m, sizeof(m), "left", 8, 16);
	words(m, sizeof(m), "core", 0, 100);
	words(m, sizeof(m), "right", 0, 8);
	dedupe_signature(a, strlen(a), sa);
	dedupe_signature(b, strlen(b), sb);
	dedupe_signature(m, strlen(m), sm);
	/* The test's premise: a and b apart, m like both. */
	assert_true(dedupe_similarity(sa, sb) < DEDUPE_THRESHOLD);
	assert_true(dedupe_similarity(sa, sm) >= DEDUPE_THRESHOLD);
	assert_true(dedupe_similarity(sb, sm) >= DEDUPE_THRESHOLD);

	st = open_write(f);
	assert_int_equal(add(st, "a", NULL, "a.example", "2025-05-01", a, &talks, 1), 1);
	assert_int_equal(add(st, "b", NULL, "b.example", "2025-05-01", b, &talks, 1), 1);
	close_store(st);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM stories"), 2);
	assert_int_equal(sql_int(f, "SELECT count(DISTINCT gid) FROM events"), 2);
	st = open_write(f);
	assert_int_equal(add(st, "m", NULL, "c.example", "2025-05-01", m, NULL, 0), 1);
	dyad_store_stats(st, &s);
	assert_int_equal(s.merges, 1);
	close_store(st);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM stories"), 1);
	assert_int_equal(sql_int(f, "SELECT id * 100 + size * 10 + n_sites FROM stories"), 133);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM articles WHERE story = 1"), 3);
	assert_int_equal(sql_int(f, "SELECT count(DISTINCT gid) FROM events"), 1);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM events WHERE story = 1 AND gid = 1"), 2);
}

/* An article that is rejected, or abandoned half-way, leaves nothing. */
static void test_rejected_and_aborted(void **state)
{
	struct fixture *f = *state;
	struct dyad_article art;
	dyad_error err = { 0, "" };
	dyad_store *st = open_write(f);

	memset(&art, 0, sizeof(art));
	art.id = "bad";
	art.text = "caf\xC3 au lait";
	art.text_len = strlen(art.text);
	art.origin = "test";
	assert_int_equal(dyad_store_article_begin(st, &art, &err), DYAD_EINPUT);
	assert_non_null(strstr(err.msg, "byte 3"));
	art.id = "half";
	art.text = "North Korea and Russia agreed to build a road bridge.";
	art.text_len = strlen(art.text);
	assert_int_equal(dyad_store_article_begin(st, &art, &err), 1);
	dyad_store_article_abort(st);
	assert_int_equal(dyad_store_article_end(st, &err), DYAD_EUSAGE);
	close_store(st);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM articles"), 0);
	/* It can be stored later. */
	st = open_write(f);
	assert_int_equal(add(st, "half", NULL, NULL, NULL, art.text, &talks, 1), 1);
	close_store(st);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM articles"), 1);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM events WHERE day IS NULL"), 1);
}

/* Batches: with a batch of 2, the third article waits for the close. */
static void test_batches_commit_whole_articles(void **state)
{
	struct fixture *f = *state;
	struct dyad_store_stats s;
	dyad_store *st = open_write(f);
	char buf[64];
	static const char *const texts[] = {
		"Japan and South Korea held talks on fishing rights in Tokyo.",
		"Vietnam protested to China over a collision near the Paracel Islands.",
		"The Philippines summoned the Chinese ambassador over water cannon use.",
	};
	size_t i;

	dyad_store_set_batch(st, 2);
	for (i = 0; i < 3; i++)
		assert_int_equal(add(st, texts[i], NULL, NULL, "2025-06-01", texts[i], &talks, 1), 1);
	/* Another connection sees the committed batch only. */
	assert_int_equal(sql_int(f, "SELECT count(*) FROM articles"), 2);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM articles_fts WHERE articles_fts"
				 " MATCH 'talks OR protested OR summoned'"), 2);
	dyad_store_stats(st, &s);
	assert_int_equal(s.commits, 1);
	close_store(st);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM articles"), 3);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM articles_fts WHERE articles_fts"
				 " MATCH 'talks OR protested OR summoned'"), 3);
	assert_string_equal(sql_text(f, "PRAGMA integrity_check", buf, sizeof(buf)), "ok");
}

/* actor_events agrees with the events committed, batch by batch: what
 * another connection sees is counted, what is still open is not. */
static void test_actor_counts_follow_events(void **state)
{
	struct fixture *f = *state;
	static const char mismatches[] =
		"SELECT count(*) FROM (SELECT code, sum(n) AS n FROM ("
		" SELECT source AS code, count(*) AS n FROM events GROUP BY source"
		" UNION ALL SELECT target, count(*) FROM events GROUP BY target) GROUP BY code) c"
		" FULL JOIN actor_events a USING (code) WHERE c.n IS NOT a.n";
	static const struct ev evs[] = {
		{ "PRKGOV", "RUSGOV", "040", 1, 1.0, NULL, 0 },
		{ "RUSGOV", "RUSGOV", "010", 1, 0.0, NULL, 0 },
		{ "UKR", "RUSMIL", "190", 4, -10.0, NULL, 0 },
	};
	dyad_store *st = open_write(f);
	char text[64];
	int i;

	dyad_store_set_batch(st, 2);
	for (i = 0; i < 5; i++) {
		snprintf(text, sizeof(text), "Report number %d on the talks and the war.", i);
		assert_int_equal(add(st, text, NULL, NULL, "2025-06-01", text, evs, (size_t)(i % 3 + 1)), 1);
	}
	/* Two batches of two committed: 1+2 and 3+1 events. */
	assert_int_equal(sql_int(f, "SELECT count(*) FROM events"), 7);
	assert_int_equal(sql_int(f, mismatches), 0);
	assert_int_equal(sql_int(f, "SELECT n FROM actor_events WHERE code = 'RUSGOV'"), 8);
	close_store(st);
	assert_int_equal(sql_int(f, "SELECT count(*) FROM events"), 9);
	assert_int_equal(sql_int(f, mismatches), 0);
	assert_int_equal(sql_int(f, "SELECT sum(n) FROM actor_events"), 18);
	assert_int_equal(sql_int(f, "SELECT n FROM actor_events WHERE code = 'UKR'"), 1);
}

/* One writer at a time; readers go on. */
static void test_one_ingest_at_a_time(void **state)
{
	struct fixture *f = *state;
	dyad_store *a = open_write(f), *b = NULL, *r = NULL;
	dyad_error err = { 0, "" };

	assert_int_equal(dyad_store_open(&b, f->db, DYAD_STORE_WRITE, NULL, &err), DYAD_OK);
	assert_int_equal(dyad_store_ingest_begin(b, f->lex, &err), DYAD_EBUSY);
	assert_non_null(strstr(err.msg, "is writing to this store"));
	close_store(b);
	assert_int_equal(add(a, "x", NULL, NULL, "2025-01-01", "Russia and China held "
			     "naval drills in the Sea of Japan.", &talks, 1), 1);
	assert_int_equal(dyad_store_open(&r, f->db, DYAD_STORE_READ, NULL, &err), DYAD_OK);
	close_store(r);
	close_store(a);
	/* Free again once the first is done. */
	close_store(open_write(f));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_new_store_schema, setup, teardown),
		cmocka_unit_test_setup_teardown(test_read_missing_store, setup, teardown),
		cmocka_unit_test_setup_teardown(test_not_a_store, setup, teardown),
		cmocka_unit_test_setup_teardown(test_newer_store_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migrate_from_v1, setup, teardown),
		cmocka_unit_test_setup_teardown(test_failed_migration_rolls_back, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ingest_twice_stores_once, setup, teardown),
		cmocka_unit_test_setup_teardown(test_copy_counts_as_report, setup, teardown),
		cmocka_unit_test_setup_teardown(test_near_duplicates_share_a_story, setup, teardown),
		cmocka_unit_test_setup_teardown(test_story_merge, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rejected_and_aborted, setup, teardown),
		cmocka_unit_test_setup_teardown(test_batches_commit_whole_articles, setup, teardown),
		cmocka_unit_test_setup_teardown(test_actor_counts_follow_events, setup, teardown),
		cmocka_unit_test_setup_teardown(test_one_ingest_at_a_time, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
