/*
 * test_server.c - dyad serve's HTTP API against a store of the bundled
 * sample articles, over real sockets on a free loopback port: every
 * endpoint's answer, errors and their statuses, posting articles, the
 * static folder's walls, and what a slow or abusive client gets.
 *
 * The client here is a few lines of socket code that send raw requests,
 * so that malformed ones can be sent too; answers are parsed with
 * jansson.
 */
#include "unit.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <jansson.h>
#include <sqlite3.h>

#include "dyad.h"

struct fixture {
	char dir[64];
	char db[128];
	char web[128];
	dyad_lexicon *lex;
	size_t articles;
};

static struct fixture fx;

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	return remove(path);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

/* The store: the samples, coded with dyad's own dictionaries.  The web
 * folder: an index and a script, with a secret beside the folder and a
 * symlink to it inside. */
static int setup(void **state)
{
	const char *paths[] = { "samples" };
	dyad_error err = { 0, "" };
	dyad_input *in;
	dyad_store *st;
	dyad_coder *coder;
	struct dyad_article art;
	struct dyad_store_stats stats;
	char path[256];
	int rc;

	snprintf(fx.dir, sizeof(fx.dir), "/tmp/dyad-server-XXXXXX");
	assert_non_null(mkdtemp(fx.dir));
	snprintf(fx.db, sizeof(fx.db), "%s/t.db", fx.dir);
	snprintf(fx.web, sizeof(fx.web), "%s/web", fx.dir);
	assert_int_equal(mkdir(fx.web, 0755), 0);
	snprintf(path, sizeof(path), "%s/index.html", fx.web);
	write_file(path, "<!doctype html><title>dyad</title><p>dashboard</p>\n");
	snprintf(path, sizeof(path), "%s/app.js", fx.web);
	write_file(path, "console.log('dyad');\n");
	snprintf(path, sizeof(path), "%s/.env", fx.web);
	write_file(path, "hidden\n");
	snprintf(path, sizeof(path), "%s/secret.txt", fx.dir);
	write_file(path, "TOP SECRET\n");
	snprintf(path, sizeof(path), "%s/link.txt", fx.web);
	assert_int_equal(symlink("../secret.txt", path), 0);

	assert_int_equal(dyad_lexicon_new(&fx.lex, NULL, &err), DYAD_OK);
	assert_int_equal(dyad_lexicon_load_default(fx.lex, &err), DYAD_OK);
	assert_int_equal(dyad_coder_new(&coder, fx.lex, &err), DYAD_OK);
	assert_int_equal(dyad_store_open(&st, fx.db, DYAD_STORE_WRITE, NULL, &err), DYAD_OK);
	assert_int_equal(dyad_store_ingest_begin(st, fx.lex, &err), DYAD_OK);
	assert_int_equal(dyad_input_open(&in, paths, 1, 0, &err), DYAD_OK);
	while ((rc = dyad_input_next(in, &art, &err)) == 1)
		assert_true(dyad_store_ingest(st, coder, &art, &err) >= 0);
	assert_int_equal(rc, 0);
	dyad_store_stats(st, &stats);
	fx.articles = stats.articles;
	assert_true(fx.articles > 50);
	dyad_input_free(in);
	dyad_coder_free(coder);
	assert_int_equal(dyad_store_close(st, &err), DYAD_OK);
	*state = &fx;
	return 0;
}

static int teardown(void **state)
{
	dyad_lexicon_free(fx.lex);
	nftw(fx.dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	return 0;
}

/* ---- a server and a client ----------------------------------------------- */

static dyad_server *start(size_t max_body, unsigned max_conn, unsigned timeout,
			  int writable)
{
	struct dyad_server_config cfg;
	dyad_error err = { 0, "" };
	dyad_server *srv;

	dyad_server_config_init(&cfg);
	cfg.db = fx.db;
	cfg.port = 0;
	cfg.web_dir = fx.web;
	cfg.lex = writable ? fx.lex : NULL;
	if (max_body)
		cfg.max_body = max_body;
	if (max_conn)
		cfg.max_connections = max_conn;
	if (timeout)
		cfg.timeout = timeout;
	if (dyad_server_start(&srv, &cfg, &err))
		fail_msg("server: %s", err.msg);
	assert_true(dyad_server_port(srv) > 0);
	return srv;
}

static int dial(unsigned port)
{
	struct sockaddr_in a;
	struct timeval tv = { 10, 0 };
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	assert_true(fd >= 0);
	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons((uint16_t)port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(connect(fd, (struct sockaddr *)&a, sizeof(a)), 0);
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	return fd;
}

static void send_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t k = send(fd, p, n, MSG_NOSIGNAL);
		if (k <= 0)
			return;         /* the server may close on us: that is tested */
		p += k;
		n -= (size_t)k;
	}
}

struct resp {
	int status;
	char *raw;              /* the whole answer */
	const char *body;
	json_t *json;           /* the body parsed, when it is JSON */
};

static void resp_free(struct resp *r)
{
	free(r->raw);
	json_decref(r->json);
	memset(r, 0, sizeof(*r));
}

/* Read an answer until the server closes. */
static void receive(int fd, struct resp *r)
{
	size_t len = 0, cap = 1 << 16;
	char *sep;
	ssize_t k;

	memset(r, 0, sizeof(*r));
	r->raw = malloc(cap + 1);
	assert_non_null(r->raw);
	while ((k = recv(fd, r->raw + len, cap - len, 0)) > 0) {
		len += (size_t)k;
		if (len == cap) {
			cap *= 2;
			r->raw = realloc(r->raw, cap + 1);
			assert_non_null(r->raw);
		}
	}
	r->raw[len] = '\0';
	close(fd);
	if (sscanf(r->raw, "HTTP/1.%*d %d", &r->status) != 1)
		r->status = 0;
	sep = strstr(r->raw, "\r\n\r\n");
	r->body = sep ? sep + 4 : "";
	if (strstr(r->raw, "application/json"))
		r->json = json_loads(r->body, 0, NULL);
}

static void request(unsigned port, const char *method, const char *path,
		    const char *type, const char *body, struct resp *r)
{
	char head[4096];
	int fd = dial(port);
	size_t n = body ? strlen(body) : 0;

	if (type)
		snprintf(head, sizeof(head), "%s %s HTTP/1.1\r\nHost: t\r\nConnection: close\r\n"
			 "Content-Type: %s\r\nContent-Length: %zu\r\n\r\n", method, path, type, n);
	else
		snprintf(head, sizeof(head), "%s %s HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
			 method, path);
	send_all(fd, head, strlen(head));
	if (n)
		send_all(fd, body, n);
	receive(fd, r);
}

static void get(unsigned port, const char *path, struct resp *r)
{
	request(port, "GET", path, NULL, NULL, r);
}

/* The rows of table name in a JSON answer. */
static json_t *rows(struct resp *r, const char *name)
{
	json_t *t;

	if (!r->json)
		fail_msg("not JSON: %.300s", r->raw);
	t = json_object_get(r->json, name);
	if (!json_is_array(t))
		fail_msg("no table '%s' in %.300s", name, r->body);
	return t;
}

static const char *str(json_t *row, const char *key)
{
	return json_string_value(json_object_get(row, key));
}

static json_int_t num(json_t *row, const char *key)
{
	return json_integer_value(json_object_get(row, key));
}

/* An error answer: the status, and a message that contains want. */
static void assert_error(struct resp *r, int status, const char *want)
{
	json_t *e;

	if (r->status != status)
		fail_msg("status %d, expected %d: %.300s", r->status, status, r->body);
	e = json_object_get(r->json, "error");
	assert_non_null(e);
	assert_int_equal(num(e, "status"), status);
	if (!strstr(str(e, "message"), want))
		fail_msg("message '%s' lacks '%s'", str(e, "message"), want);
}

/* ---- the questions ------------------------------------------------------------ */


/* One number from the fixture's store, read with SQLite directly. */
static json_int_t store_count(const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	json_int_t n;

	assert_int_equal(sqlite3_open_v2(fx.db, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return n;
}
static void test_stats_and_actors(void **state)
{
	dyad_server *srv = start(0, 0, 0, 0);
	unsigned port = dyad_server_port(srv);
	struct resp r;
	json_t *row;

	get(port, "/api/stats", &r);
	assert_int_equal(r.status, 200);
	row = json_array_get(rows(&r, "stats"), 0);
	assert_int_equal(num(row, "articles"), (json_int_t)fx.articles);
	assert_true(num(row, "events") > 100);
	assert_true(num(row, "mentions") >= num(row, "events"));
	/* (the earliest: Choe's trip to Moscow "in November last year", told
	 * in the sample dated by its file name, 2025-10-26) */
	assert_string_equal(str(row, "first_day"), "2024-11-01");
	resp_free(&r);

	/* An actor's count is its events as source and as target, read
	 * from the store's own events: a country code counts its roles. */
	get(port, "/api/actors?q=PRK", &r);
	assert_string_equal(str(json_array_get(rows(&r, "actors"), 0), "code"), "PRK");
	assert_int_equal(num(json_array_get(rows(&r, "actors"), 0), "events"),
			 store_count("SELECT (SELECT count(*) FROM events WHERE source LIKE 'PRK%')"
				     " + (SELECT count(*) FROM events WHERE target LIKE 'PRK%')"));
	resp_free(&r);
	get(port, "/api/actors?q=RUSG", &r);
	assert_int_equal(num(json_array_get(rows(&r, "actors"), 0), "events"),
			 store_count("SELECT (SELECT count(*) FROM events WHERE source = 'RUSGOV')"
				     " + (SELECT count(*) FROM events WHERE target = 'RUSGOV')"));
	resp_free(&r);

	/* "korea" finds North and South Korea by a word of the name. */
	get(port, "/api/actors?q=korea&limit=50", &r);
	assert_int_equal(r.status, 200);
	{
		int prk = 0, kor = 0;
		size_t i;
		json_t *a;
		json_array_foreach(rows(&r, "actors"), i, a) {
			prk |= !strcmp(str(a, "code"), "PRK");
			kor |= !strcmp(str(a, "code"), "KOR");
			assert_non_null(strstr(str(a, "name"), "Korea"));
		}
		assert_true(prk && kor);
	}
	resp_free(&r);
	get(port, "/api/actors?q=RUSG", &r);
	assert_string_equal(str(json_array_get(rows(&r, "actors"), 0), "code"), "RUSGOV");
	resp_free(&r);
	dyad_server_stop(srv);
}

/* Walk a question's events in pages of 7 by the "next" cursor: the same
 * rows, in the same order, as one page of them all. */
static void walk_by_cursor(unsigned port, const char *question, const char *key)
{
	struct resp all, page;
	char path[512], next[64];
	size_t seen = 0, pages = 0, n_all;

	snprintf(path, sizeof(path), "/api/events?%s&limit=1000", question);
	get(port, path, &all);
	assert_int_equal(all.status, 200);
	n_all = json_array_size(rows(&all, "events"));
	assert_true(n_all > 14);
	assert_true(json_is_null(json_object_get(all.json, "next")));
	next[0] = '\0';
	for (;;) {
		json_t *e, *nx;
		size_t i;
		snprintf(path, sizeof(path), "/api/events?%s&limit=7%s%s", question,
			 next[0] ? "&after=" : "", next);
		get(port, path, &page);
		if (page.status != 200)
			fail_msg("%s: %.300s", path, page.raw);
		json_array_foreach(rows(&page, "events"), i, e) {
			assert_true(seen < n_all);
			assert_int_equal(num(e, key),
					 num(json_array_get(rows(&all, "events"), seen), key));
			seen++;
		}
		pages++;
		nx = json_object_get(page.json, "next");
		if (json_is_null(nx)) {
			assert_true(json_array_size(rows(&page, "events")) < 7);
			resp_free(&page);
			break;
		}
		assert_int_equal(json_array_size(rows(&page, "events")), 7);
		assert_true(json_is_string(nx) && strlen(json_string_value(nx)) < sizeof(next));
		snprintf(next, sizeof(next), "%s", json_string_value(nx));
		resp_free(&page);
		assert_true(pages <= n_all / 7 + 1);
	}
	assert_int_equal(seen, n_all);
	resp_free(&all);
}

static void test_events_paging_and_errors(void **state)
{
	dyad_server *srv = start(0, 0, 0, 0);
	unsigned port = dyad_server_port(srv);
	struct resp a, b;
	json_int_t second;

	get(port, "/api/events?actor=PRK&limit=2", &a);
	assert_int_equal(a.status, 200);
	assert_int_equal(json_array_size(rows(&a, "events")), 2);
	assert_int_equal(num(a.json, "limit"), 2);
	assert_int_equal(num(a.json, "offset"), 0);
	second = num(json_array_get(rows(&a, "events"), 1), "event");
	get(port, "/api/events?actor=PRK&limit=2&offset=1", &b);
	assert_int_equal(num(json_array_get(rows(&b, "events"), 0), "event"), second);
	assert_int_equal(num(b.json, "offset"), 1);
	resp_free(&a);
	resp_free(&b);

	/* Every event found by source PRK and target RUS has them. */
	get(port, "/api/events?source=PRK&target=RUS&limit=1000", &a);
	{
		size_t i;
		json_t *e;
		assert_true(json_array_size(rows(&a, "events")) >= 5);
		json_array_foreach(rows(&a, "events"), i, e) {
			assert_memory_equal(str(e, "source"), "PRK", 3);
			assert_memory_equal(str(e, "target"), "RUS", 3);
		}
	}
	resp_free(&a);

	/* Cursors page the unique events (by the day index), the events of
	 * a mode (one report each), and every report. */
	walk_by_cursor(port, "actor=RUS", "event");
	walk_by_cursor(port, "actor=RUS&mode=asserted", "event");
	walk_by_cursor(port, "actor=RUS&mentions=1", "mention");
	get(port, "/api/events?after=2025-06-01%3A12&offset=2", &a);
	assert_error(&a, 400, "give one");
	resp_free(&a);
	get(port, "/api/events?after=2025-06-01", &a);
	assert_error(&a, 400, "after: '2025-06-01' is not a cursor");
	resp_free(&a);
	get(port, "/api/events?after=2025-13-01%3A5", &a);
	assert_error(&a, 400, "not a cursor");
	resp_free(&a);

	get(port, "/api/events?limit=5000", &a);
	assert_error(&a, 400, "limit: between 1 and 1000");
	resp_free(&a);
	get(port, "/api/events?colour=red", &a);
	assert_error(&a, 400, "unknown parameter 'colour'");
	resp_free(&a);
	get(port, "/api/events?from=2025-13-01", &a);
	assert_error(&a, 400, "from: '2025-13-01' is not a day");
	resp_free(&a);
	get(port, "/api/events?from=2025-06-01&to=2025-01-01", &a);
	assert_error(&a, 400, "after");
	resp_free(&a);
	get(port, "/api/events?mode=sure", &a);
	assert_error(&a, 400, "not a mode");
	resp_free(&a);
	get(port, "/api/events?text=%22unterminated", &a);
	assert_error(&a, 400, "full-text");
	resp_free(&a);
	get(port, "/api/nothing", &a);
	assert_error(&a, 404, "no such path");
	resp_free(&a);
	request(port, "DELETE", "/api/events", NULL, NULL, &a);
	assert_error(&a, 405, "DELETE is not allowed");
	assert_non_null(strstr(a.raw, "Allow: GET, HEAD"));
	resp_free(&a);
	dyad_server_stop(srv);
}

static void test_timeline_focus_dyads(void **state)
{
	dyad_server *srv = start(0, 0, 0, 0);
	unsigned port = dyad_server_port(srv);
	struct resp r;
	size_t i;
	json_t *row;
	int rus_up = 0;

	get(port, "/api/timeline?a=PRK&b=RUS&bucket=month", &r);
	assert_int_equal(r.status, 200);
	assert_true(json_array_size(rows(&r, "timeline")) >= 3);
	json_array_foreach(rows(&r, "timeline"), i, row) {
		const char *d = str(row, "direction");
		assert_true(!strcmp(d, "PRK>RUS") || !strcmp(d, "RUS>PRK"));
		assert_int_equal(strlen(str(row, "bucket")), 7);
	}
	resp_free(&r);
	get(port, "/api/timeline?a=PRK", &r);
	assert_error(&r, 400, "two actors");
	resp_free(&r);
	/* Every mode has its column: a mode filter would be ignored. */
	get(port, "/api/timeline?a=PRK&b=RUS&mode=planned", &r);
	assert_error(&r, 400, "unknown parameter 'mode'");
	resp_free(&r);
	get(port, "/api/timeline?a=PRK&b=RUS&bucket=year", &r);
	assert_error(&r, 400, "bucket: 'year' is not day, week or month");
	resp_free(&r);

	/* The samples' story: in 2025 North Korea turns toward Russia in
	 * spring.  (Counted from January: Choe's trip to Moscow in
	 * November 2024 would put Russia in the first period too.) */
	get(port, "/api/focus?actor=PRK&split=2025-04-15&from=2025-01-01", &r);
	assert_int_equal(r.status, 200);
	assert_int_equal(json_array_size(rows(&r, "focus")), 1);
	json_array_foreach(rows(&r, "partners"), i, row)
		if (!strcmp(str(row, "partner"), "RUS") && str(row, "shift") &&
		    !strcmp(str(row, "shift"), "up"))
			rus_up = 1;
	assert_true(rus_up);
	assert_true(json_array_size(rows(&r, "evidence")) > 0);
	assert_true(json_array_size(rows(&r, "shares")) > 0);
	resp_free(&r);
	get(port, "/api/focus", &r);
	assert_error(&r, 400, "focus needs an actor");
	resp_free(&r);

	get(port, "/api/dyads?limit=3", &r);
	assert_int_equal(r.status, 200);
	assert_int_equal(json_array_size(rows(&r, "dyads")), 3);
	row = json_array_get(rows(&r, "dyads"), 0);
	assert_true(num(row, "events") >= num(json_array_get(rows(&r, "dyads"), 1), "events"));
	resp_free(&r);

	/* Where: the busiest places first, and one place alone. */
	get(port, "/api/places?limit=3&mode=any", &r);
	assert_int_equal(r.status, 200);
	assert_int_equal(json_array_size(rows(&r, "places")), 3);
	row = json_array_get(rows(&r, "places"), 0);
	assert_int_equal(strlen(str(row, "place")), 3);
	assert_true(num(row, "events") >= num(json_array_get(rows(&r, "places"), 1), "events"));
	resp_free(&r);
	get(port, "/api/places?place=prk&mode=any", &r);
	assert_int_equal(r.status, 200);
	assert_int_equal(json_array_size(rows(&r, "places")), 1);
	assert_string_equal(str(json_array_get(rows(&r, "places"), 0), "place"), "PRK");
	resp_free(&r);
	dyad_server_stop(srv);
}

/* Every span the article view gives cuts out of the article's text what
 * the events endpoint says the event's words are. */
static void test_article_spans(void **state)
{
	dyad_server *srv = start(0, 0, 0, 0);
	unsigned port = dyad_server_port(srv);
	struct resp art, evs, rel;
	const char *text;
	size_t i, checked = 0, located = 0;
	json_t *e;

	get(port, "/api/articles/sample-079", &art);
	assert_int_equal(art.status, 200);
	text = str(json_array_get(rows(&art, "article"), 0), "text");
	assert_non_null(strstr(text, "Choe Son-hui"));
	get(port, "/api/events?article=sample-079&mentions=1&limit=100", &evs);
	assert_int_equal(json_array_size(rows(&art, "events")),
			 json_array_size(rows(&evs, "events")));
	json_array_foreach(rows(&art, "events"), i, e) {
		json_t *m = NULL, *x;
		size_t j;
		json_array_foreach(rows(&evs, "events"), j, x)
			if (num(x, "mention") == num(e, "mention"))
				m = x;
		assert_non_null(m);
#define CUT(col) do { \
		json_int_t s = num(e, col "_start"), n = num(e, col "_end") - s; \
		const char *want = str(m, strcmp(col, "trigger") ? col "_text" : "trigger"); \
		assert_int_equal((size_t)n, strlen(want)); \
		assert_memory_equal(text + s, want, (size_t)n); \
	} while (0)
		CUT("source");
		CUT("target");
		CUT("trigger");
		/* ("met Lavrov in Moscow": where it happened, when said) */
		if (!json_is_null(json_object_get(e, "location"))) {
			CUT("location");
			assert_string_equal(str(e, "location"), str(m, "location"));
			located++;
		}
		assert_memory_equal(text + num(e, "sentence_start"), str(m, "text"),
				    strlen(str(m, "text")));
		checked++;
	}
	assert_true(checked >= 2);
	assert_true(located >= 1);
	resp_free(&evs);

	get(port, "/api/articles/sample-079/related?limit=2", &rel);
	assert_int_equal(rel.status, 200);
	assert_int_equal(json_array_size(rows(&rel, "related")), 2);
	resp_free(&rel);
	/* An input id with slashes, sent escaped. */
	get(port, "/api/articles/samples%2F2025-10-26-choe-moscow.txt/related?limit=1", &rel);
	assert_int_equal(rel.status, 200);
	resp_free(&rel);
	get(port, "/api/articles/samples%2F2025-10-26-choe-moscow.txt", &rel);
	assert_int_equal(rel.status, 200);
	assert_non_null(strstr(str(json_array_get(rows(&rel, "article"), 0), "text"),
			       "Choe Son-hui"));
	resp_free(&rel);
	get(port, "/api/articles/no-such-article", &rel);
	assert_error(&rel, 404, "no article 'no-such-article'");
	resp_free(&rel);
	get(port, "/api/articles/no-such-article/related", &rel);
	assert_error(&rel, 404, "no article");
	resp_free(&rel);

	/* The story of the article, and the busiest stories. */
	{
		char path[64];
		json_int_t story = num(json_array_get(rows(&art, "article"), 0), "story");
		snprintf(path, sizeof(path), "/api/stories/%lld", (long long)story);
		get(port, path, &rel);
		assert_int_equal(rel.status, 200);
		assert_int_equal(num(json_array_get(rows(&rel, "story"), 0), "story"), story);
		assert_true(json_array_size(rows(&rel, "articles")) >= 1);
		resp_free(&rel);
	}
	resp_free(&art);
	get(port, "/api/stories?limit=5", &rel);
	assert_int_equal(json_array_size(rows(&rel, "stories")), 5);
	assert_true(num(json_array_get(rows(&rel, "stories"), 0), "articles") >= 2);
	resp_free(&rel);
	get(port, "/api/stories/999999", &rel);
	assert_error(&rel, 404, "no story 999999");
	resp_free(&rel);
	get(port, "/api/stories/abc", &rel);
	assert_error(&rel, 404, "not a story id");
	resp_free(&rel);
	dyad_server_stop(srv);
}

/* ---- posting articles ------------------------------------------------------------ */

static void test_post_article(void **state)
{
	static const char text[] = "SEOUL - South Korean President Lee Jae-myung met "
				   "Japanese Prime Minister Shigeru Ishiba in Tokyo on Saturday.";
	dyad_server *srv = start(4096, 0, 0, 1);
	unsigned port = dyad_server_port(srv);
	struct resp r, again;
	json_t *ev;
	char big[5000];
	json_int_t before;

	/* The totals are kept between requests, and follow what is posted. */
	get(port, "/api/stats", &r);
	before = num(json_array_get(rows(&r, "stats"), 0), "articles");
	resp_free(&r);
	get(port, "/api/stats", &r);
	assert_int_equal(num(json_array_get(rows(&r, "stats"), 0), "articles"), before);
	resp_free(&r);

	request(port, "POST", "/api/articles?date=2025-08-23&id=post-lee-ishiba",
		"text/plain; charset=utf-8", text, &r);
	if (r.status != 201)
		fail_msg("POST: %.400s", r.raw);
	assert_non_null(strstr(r.raw, "Location: /api/articles/"));
	assert_true(json_is_true(json_object_get(r.json, "stored")));
	assert_string_equal(str(json_array_get(rows(&r, "article"), 0), "date"), "2025-08-23");
	ev = json_array_get(rows(&r, "events"), 0);
	assert_non_null(ev);
	assert_string_equal(str(ev, "source"), "KORGOV");
	assert_string_equal(str(ev, "target"), "JPNGOV");
	assert_string_equal(str(ev, "root"), "04");

	/* It is in the store for every other question at once. */
	get(port, "/api/stats", &again);
	assert_int_equal(num(json_array_get(rows(&again, "stats"), 0), "articles"), before + 1);
	resp_free(&again);
	get(port, "/api/articles/post-lee-ishiba", &again);
	assert_int_equal(again.status, 200);
	assert_int_equal(json_array_size(rows(&again, "events")),
			 json_array_size(rows(&r, "events")));
	resp_free(&again);
	resp_free(&r);

	/* The same text again is not stored twice. */
	request(port, "POST", "/api/articles?date=2025-08-23", "text/plain", text, &r);
	assert_int_equal(r.status, 200);
	assert_true(json_is_false(json_object_get(r.json, "stored")));
	resp_free(&r);

	request(port, "POST", "/api/articles", "application/json",
		"{\n  \"id\": \"post-json\",\n  \"date\": \"2025-09-02\",\n"
		"  \"text\": \"Chinese President Xi Jinping hosted Russian President "
		"Vladimir Putin in Beijing on Tuesday.\"\n}", &r);
	assert_int_equal(r.status, 201);
	assert_string_equal(str(json_array_get(rows(&r, "article"), 0), "ref"), "post-json");
	resp_free(&r);

	request(port, "POST", "/api/articles", "application/json", "[1, 2]", &r);
	assert_error(&r, 400, "one JSON object");
	resp_free(&r);
	request(port, "POST", "/api/articles", "application/json", "{\"text\": ", &r);
	assert_error(&r, 400, "request body: line 1");
	resp_free(&r);
	request(port, "POST", "/api/articles", "image/png", "abc", &r);
	assert_error(&r, 415, "image/png");
	resp_free(&r);
	request(port, "POST", "/api/articles", "text/plain", "", &r);
	assert_error(&r, 400, "empty");
	resp_free(&r);
	request(port, "POST", "/api/articles?date=yesterday", "text/plain", "Some text.", &r);
	assert_error(&r, 400, "date: 'yesterday'");
	resp_free(&r);
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	request(port, "POST", "/api/articles", "text/plain", big, &r);
	assert_error(&r, 413, "over 4096 bytes");
	resp_free(&r);
	request(port, "POST", "/api/stats", "text/plain", "x", &r);
	assert_error(&r, 405, "POST is not allowed");
	resp_free(&r);
	dyad_server_stop(srv);

	srv = start(0, 0, 0, 0);
	request(dyad_server_port(srv), "POST", "/api/articles", "text/plain", text, &r);
	assert_error(&r, 403, "read-only");
	resp_free(&r);
	dyad_server_stop(srv);
}

/* While another process writes to the store, a post is refused with 503
 * and Retry-After, and nothing is half-stored; once it ends, posts go in. */
static void test_post_while_store_busy(void **state)
{
	static const char text[] = "Indian Prime Minister Narendra Modi met Chinese "
				   "President Xi Jinping in Tianjin on Sunday.";
	dyad_server *srv = start(0, 0, 0, 1);
	unsigned port = dyad_server_port(srv);
	json_int_t before;
	struct resp r;
	int fd;

	get(port, "/api/stats", &r);
	before = num(json_array_get(rows(&r, "stats"), 0), "articles");
	resp_free(&r);
	/* An ingest's lock: flock() on another open file, as dyad ingest
	 * holds it. */
	fd = open(fx.db, O_RDONLY | O_CLOEXEC);
	assert_true(fd >= 0);
	assert_int_equal(flock(fd, LOCK_EX | LOCK_NB), 0);
	request(port, "POST", "/api/articles?date=2025-08-31", "text/plain", text, &r);
	assert_error(&r, 503, "is writing to this store");
	assert_non_null(strstr(r.raw, "Retry-After: 1"));
	resp_free(&r);
	get(port, "/api/stats", &r);
	assert_int_equal(num(json_array_get(rows(&r, "stats"), 0), "articles"), before);
	resp_free(&r);

	assert_int_equal(flock(fd, LOCK_UN), 0);
	close(fd);
	request(port, "POST", "/api/articles?date=2025-08-31", "text/plain", text, &r);
	if (r.status != 201)
		fail_msg("POST after the lock: %.400s", r.raw);
	resp_free(&r);
	dyad_server_stop(srv);
}

/* ---- static files and hostile clients --------------------------------------------- */

static void test_static_files(void **state)
{
	static const char *const refused[] = {
		"/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/link.txt",
		"/.env", "/a/../../secret.txt", "/nothing.html", "/%5c..%5csecret.txt",
	};
	dyad_server *srv = start(0, 0, 0, 0);
	unsigned port = dyad_server_port(srv);
	struct resp r;
	size_t i;

	get(port, "/", &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.raw, "Content-Type: text/html"));
	assert_non_null(strstr(r.body, "dashboard"));
	resp_free(&r);
	get(port, "/app.js", &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.raw, "Content-Type: text/javascript"));
	resp_free(&r);
	for (i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
		get(port, refused[i], &r);
		if (r.status != 404 && r.status != 400)
			fail_msg("%s: status %d", refused[i], r.status);
		assert_null(strstr(r.raw, "TOP SECRET"));
		assert_null(strstr(r.raw, "hidden"));
		resp_free(&r);
	}
	dyad_server_stop(srv);
}

static void test_hostile_clients(void **state)
{
	dyad_server *srv = start(0, 3, 1, 0);
	unsigned port = dyad_server_port(srv);
	struct resp r;
	char *huge;
	int idle[3], fd, i;
	char c;

	/* A client that stops halfway through its headers is cut off when
	 * the timeout passes. */
	fd = dial(port);
	send_all(fd, "GET /api/stats HTTP/1.1\r\nHost:", 30);
	sleep(3);
	assert_true(recv(fd, &c, 1, 0) <= 0);
	close(fd);

	/* Headers larger than the connection's memory are refused, and the
	 * server goes on. */
	huge = malloc(200000);
	assert_non_null(huge);
	memcpy(huge, "GET /api/stats HTTP/1.1\r\nX-Big: ", 32);
	memset(huge + 32, 'x', 200000 - 37);
	memcpy(huge + 200000 - 5, "\r\n\r\n", 5);
	fd = dial(port);
	send_all(fd, huge, strlen(huge));
	receive(fd, &r);
	assert_true(r.status != 200);
	resp_free(&r);
	free(huge);

	/* Past max_connections, a polite 503. */
	for (i = 0; i < 3; i++)
		idle[i] = dial(port);
	usleep(200000);
	get(port, "/api/stats", &r);
	assert_error(&r, 503, "busy");
	assert_non_null(strstr(r.raw, "Retry-After: 1"));
	resp_free(&r);
	for (i = 0; i < 3; i++)
		close(idle[i]);
	usleep(300000);
	get(port, "/api/stats", &r);
	assert_int_equal(r.status, 200);
	resp_free(&r);
	dyad_server_stop(srv);
}

static void test_start_errors(void **state)
{
	struct dyad_server_config cfg;
	dyad_error err = { 0, "" };
	dyad_server *srv = NULL;
	char path[256];

	dyad_server_config_init(&cfg);
	snprintf(path, sizeof(path), "%s/missing.db", fx.dir);
	cfg.db = path;
	cfg.port = 0;
	assert_int_equal(dyad_server_start(&srv, &cfg, &err), DYAD_EIO);
	assert_non_null(strstr(err.msg, "no such store"));
	assert_null(srv);

	cfg.db = fx.db;
	cfg.host = "not a host";
	assert_int_equal(dyad_server_start(&srv, &cfg, &err), DYAD_EUSAGE);
	assert_null(srv);

	cfg.host = "127.0.0.1";
	cfg.web_dir = "/no/such/folder";
	cfg.web_required = 1;
	assert_int_equal(dyad_server_start(&srv, &cfg, &err), DYAD_EIO);
	assert_non_null(strstr(err.msg, "/no/such/folder"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stats_and_actors),
		cmocka_unit_test(test_events_paging_and_errors),
		cmocka_unit_test(test_timeline_focus_dyads),
		cmocka_unit_test(test_article_spans),
		cmocka_unit_test(test_post_article),
		cmocka_unit_test(test_post_while_store_busy),
		cmocka_unit_test(test_static_files),
		cmocka_unit_test(test_hostile_clients),
		cmocka_unit_test(test_start_errors),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
