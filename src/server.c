/*
 * server.c - dyad serve: the store's questions over HTTP, the dashboard's
 * files, and articles coded and stored as they are posted.
 *
 * libmicrohttpd runs a pool of threads; each request borrows a read-only
 * store handle from a pool (SQLite in WAL lets readers run beside the one
 * writer) and answers from a dyad_sink that writes JSON straight into the
 * response.  Posted articles go through one writer handle and one coder
 * under a mutex: the store takes one writer at a time anyway.
 *
 * Every answer is JSON, errors included ({"error": {"status", "message"}}),
 * except the dashboard's files.  What a slow or hostile client can do is
 * bounded: the request line and headers by MHD's connection memory, the
 * body by max_body, idleness by the timeout, and connections by
 * max_connections (past it, a 503 while there is room to say so, then
 * refusal).  Static paths are checked segment by segment and then
 * resolved with realpath() to stay inside the web folder.
 */
#include "dyad.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <microhttpd.h>
#include <netdb.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "buf.h"
#include "error.h"
#include "jsonw.h"

#define ANSWER_MAX ((size_t)256 << 20)  /* the largest JSON answer built */
#define SPARE_CONNECTIONS 16            /* past the limit: room for a 503 */

struct dyad_server {
	struct MHD_Daemon *mhd;
	struct dyad_server_config cfg;
	char *db;
	char *web_dir;                  /* realpath() of cfg.web_dir, or NULL */
	unsigned port;

	pthread_mutex_t lock;           /* the pool and the counters */
	dyad_store **pool;              /* idle read handles */
	size_t n_pool, cap_pool;
	unsigned connections;

	/* The totals, kept while the store's generation stays the same:
	 * the dashboard asks for them on every page, and counting a
	 * million events takes a good part of a second. */
	char *stats_json;
	size_t stats_len;
	int64_t stats_generation;

	pthread_mutex_t write_lock;     /* the writer and the coder */
	dyad_store *writer;
	dyad_coder *coder;
};

void dyad_server_config_init(struct dyad_server_config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->host = "127.0.0.1";
	cfg->port = 8080;
	cfg->max_body = (size_t)8 << 20;
	cfg->max_connections = 64;
	cfg->timeout = 30;
	cfg->threads = 2;
}

/* ---- the request ---------------------------------------------------------- */

struct request {
	struct buf body;
	int too_large;
	size_t discarded;
	struct timespec start;
};

/* What a handler answers: a status and a JSON body (or a file). */
struct answer {
	unsigned status;
	struct buf json;
	const char *location;           /* Location header, or NULL */
	char location_buf[64];
	const char *allow;              /* Allow header for 405 */
};

static void answer_error(struct answer *a, unsigned status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void answer_error(struct answer *a, unsigned status, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	a->status = status;
	buf_reset(&a->json);
	buf_printf(&a->json, "{\"error\":{\"status\":%u,\"message\":", status);
	jw_string(&a->json, msg, strlen(msg));
	buf_adds(&a->json, "}}");
}

/* The HTTP status for a library status. */
static unsigned http_status(int rc)
{
	switch (rc) {
	case DYAD_EUSAGE:
	case DYAD_EINPUT: return MHD_HTTP_BAD_REQUEST;
	case DYAD_ENOTFOUND: return MHD_HTTP_NOT_FOUND;
	case DYAD_EBUSY: return MHD_HTTP_SERVICE_UNAVAILABLE;
	default: return MHD_HTTP_INTERNAL_SERVER_ERROR;
	}
}

static void answer_status(struct answer *a, int rc, const dyad_error *err)
{
	answer_error(a, http_status(rc), "%s", err->msg[0] ? err->msg : dyad_strstatus(rc));
}

/* ---- JSON answers from a sink ------------------------------------------------ */

/* Writes {"table": [{row}, ...], ...} into a buffer: the column names are
 * escaped once per table into keys, then each row is keys and values. */
struct jsink {
	struct buf *out;
	struct buf keys;                /* "col": for each column, back to back */
	size_t key_at[128];
	size_t n_cols, n_tables, n_rows;
	int failed;
	/* events: the last row's day and mention, the cursor of the next page */
	int day_col, mention_col;
	char last_day[11];
	int64_t last_mention;
};

static int jsink_table(void *ctx, const char *name, const char *const *cols, size_t n_cols)
{
	struct jsink *j = ctx;
	size_t i;

	if (n_cols > sizeof(j->key_at) / sizeof(j->key_at[0]) - 1)
		return DYAD_ENOMEM;
	buf_adds(j->out, j->n_tables++ ? "]," : "");
	jw_string(j->out, name, strlen(name));
	buf_adds(j->out, ":[");
	buf_reset(&j->keys);
	for (i = 0; i < n_cols; i++) {
		j->key_at[i] = j->keys.len;
		buf_addc(&j->keys, i ? ',' : '{');
		jw_string(&j->keys, cols[i], strlen(cols[i]));
		buf_addc(&j->keys, ':');
	}
	j->key_at[n_cols] = j->keys.len;
	j->n_cols = n_cols;
	j->n_rows = 0;
	j->day_col = j->mention_col = -1;
	if (!strcmp(name, "events"))
		for (i = 0; i < n_cols; i++) {
			if (!strcmp(cols[i], "day"))
				j->day_col = (int)i;
			else if (!strcmp(cols[i], "mention"))
				j->mention_col = (int)i;
		}
	return 0;
}

static int jsink_row(void *ctx, const struct dyad_value *v, size_t n)
{
	struct jsink *j = ctx;
	size_t i;

	if (n > j->n_cols)
		n = j->n_cols;
	if (j->n_rows++)
		buf_addc(j->out, ',');
	for (i = 0; i < n; i++) {
		buf_add(j->out, j->keys.data + j->key_at[i], j->key_at[i + 1] - j->key_at[i]);
		jw_value(j->out, &v[i]);
	}
	if (j->mention_col >= 0 && j->day_col >= 0 && (size_t)j->mention_col < n &&
	    (size_t)j->day_col < n) {
		const struct dyad_value *d = &v[j->day_col];
		snprintf(j->last_day, sizeof(j->last_day), "%s",
			 d->type == DYAD_VTEXT && d->len == 10 ? d->s : "");
		j->last_mention = v[j->mention_col].i;
	}
	if (buf_adds(j->out, n ? "}" : "{}")) {
		j->failed = 1;
		return DYAD_ENOMEM;
	}
	return 0;
}

/* ---- store handles ------------------------------------------------------------- */

static int pool_take(dyad_server *srv, dyad_store **out, dyad_error *err)
{
	pthread_mutex_lock(&srv->lock);
	if (srv->n_pool) {
		*out = srv->pool[--srv->n_pool];
		pthread_mutex_unlock(&srv->lock);
		return DYAD_OK;
	}
	pthread_mutex_unlock(&srv->lock);
	return dyad_store_open(out, srv->db, DYAD_STORE_READ, NULL, err);
}

static void pool_give(dyad_server *srv, dyad_store *st)
{
	dyad_error err;

	pthread_mutex_lock(&srv->lock);
	if (srv->n_pool == srv->cap_pool) {
		size_t cap = srv->cap_pool ? 2 * srv->cap_pool : 8;
		dyad_store **p = realloc(srv->pool, cap * sizeof(*p));
		if (!p) {
			pthread_mutex_unlock(&srv->lock);
			dyad_store_close(st, &err);
			return;
		}
		srv->pool = p;
		srv->cap_pool = cap;
	}
	srv->pool[srv->n_pool++] = st;
	pthread_mutex_unlock(&srv->lock);
}

typedef int (*query_fn)(dyad_store *st, const struct dyad_query *q,
			const struct dyad_sink *sink, dyad_error *err);

/* Run fn over a pooled handle into a's JSON; extra members (already
 * JSON, starting with a comma) go before the closing brace. */
static void run_query(dyad_server *srv, struct answer *a, query_fn fn,
		      const struct dyad_query *q, const char *extra)
{
	dyad_error err = { 0, "" };
	struct jsink j;
	struct dyad_sink sink = { jsink_table, jsink_row, &j };
	dyad_store *st;
	int rc;

	if ((rc = pool_take(srv, &st, &err))) {
		answer_status(a, rc, &err);
		return;
	}
	memset(&j, 0, sizeof(j));
	j.out = &a->json;
	j.day_col = j.mention_col = -1;
	buf_init(&j.keys, 0);
	buf_reset(&a->json);
	buf_addc(&a->json, '{');
	rc = fn(st, q, &sink, &err);
	pool_give(srv, st);
	buf_free(&j.keys);
	if (rc) {
		if (j.failed)
			answer_error(a, MHD_HTTP_INTERNAL_SERVER_ERROR,
				     "the answer is larger than %zu MiB; ask with a limit",
				     ANSWER_MAX >> 20);
		else
			answer_status(a, rc, &err);
		return;
	}
	if (j.n_tables)
		buf_addc(&a->json, ']');
	if (extra)
		buf_adds(&a->json, j.n_tables ? extra : extra + 1);
	if (j.mention_col >= 0) {
		/* A full page of events may have more after it: the cursor. */
		if (q->limit && j.n_rows == q->limit)
			buf_printf(&a->json, ",\"next\":\"%s:%" PRId64 "\"", j.last_day,
				   j.last_mention);
		else
			buf_adds(&a->json, ",\"next\":null");
	}
	if (buf_addc(&a->json, '}')) {
		answer_error(a, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
		return;
	}
	a->status = MHD_HTTP_OK;
}

/* The totals, from the cache when the store has not grown since. */
static void answer_stats(dyad_server *srv, struct answer *a, const struct dyad_query *q)
{
	dyad_error err = { 0, "" };
	dyad_store *st;
	int64_t gen = -1;
	int rc;

	if ((rc = pool_take(srv, &st, &err))) {
		answer_status(a, rc, &err);
		return;
	}
	rc = dyad_store_generation(st, &gen, &err);
	pool_give(srv, st);
	if (rc) {
		answer_status(a, rc, &err);
		return;
	}
	pthread_mutex_lock(&srv->lock);
	if (srv->stats_json && srv->stats_generation == gen) {
		buf_reset(&a->json);
		rc = buf_add(&a->json, srv->stats_json, srv->stats_len);
		pthread_mutex_unlock(&srv->lock);
		if (rc)
			answer_error(a, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
		else
			a->status = MHD_HTTP_OK;
		return;
	}
	pthread_mutex_unlock(&srv->lock);
	run_query(srv, a, dyad_query_stats, q, NULL);
	if (a->status != MHD_HTTP_OK)
		return;
	pthread_mutex_lock(&srv->lock);
	free(srv->stats_json);
	srv->stats_json = malloc(a->json.len);
	if (srv->stats_json) {
		memcpy(srv->stats_json, a->json.data, a->json.len);
		srv->stats_len = a->json.len;
		srv->stats_generation = gen;
	}
	pthread_mutex_unlock(&srv->lock);
}

/* ---- the API ----------------------------------------------------------------- */

/* An endpoint: the parameters it takes (space-separated), its default
 * and largest limit (0: none), and whether the mode defaults to
 * asserted as in the CLI's command. */
struct endpoint {
	const char *params;
	size_t limit, max_limit;
	int asserted;
};

#define FILTERS "actor source target cameo root quad plover place mode from to article text story "

static const struct endpoint ep_stats = { "", 0, 0, 0 };
static const struct endpoint ep_actors = { "q limit ", 50, 1000, 0 };
static const struct endpoint ep_events = { FILTERS "mentions limit offset after ", 50, 1000, 0 };
static const struct endpoint ep_dyads = { FILTERS "by_actor by-actor limit ", 20, 1000, 1 };
static const struct endpoint ep_places = { FILTERS "limit ", 20, 1000, 1 };
/* A timeline counts every mode, each in its column: no mode filter. */
static const struct endpoint ep_timeline = { "cameo root quad plover place from to article text story "
					     "a b bucket ", 0, 0, 0 };
static const struct endpoint ep_focus = { "actor split test alpha min evidence top direction "
					  "mode from to by_actor by-actor ", 0, 0, 1 };
static const struct endpoint ep_stories = { "from to limit ", 20, 1000, 0 };
static const struct endpoint ep_story = { "", 0, 0, 0 };
static const struct endpoint ep_article = { "", 0, 0, 0 };
static const struct endpoint ep_related = { "limit ", 10, 100, 0 };
static const struct endpoint ep_post = { "date url title id ", 0, 0, 0 };

/* Before the parameters are read: a default is not a choice. */
#define MODE_UNSET (-2)

struct params {
	const struct endpoint *ep;
	struct dyad_query *q;
	dyad_error err;
	int rc;
	int limit_set;
	/* for POST */
	const char *date, *url, *title, *id;
};

static int takes(const struct endpoint *ep, const char *key)
{
	size_t n = strlen(key);
	const char *p = ep->params;

	while ((p = strstr(p, key))) {
		if ((p == ep->params || p[-1] == ' ') && p[n] == ' ')
			return 1;
		p += n;
	}
	return 0;
}

static enum MHD_Result on_param(void *cls, enum MHD_ValueKind kind, const char *key,
				const char *value)
{
	struct params *p = cls;

	(void)kind;
	if (p->rc)
		return MHD_NO;
	if (!takes(p->ep, key)) {
		p->rc = dyad_fail(&p->err, DYAD_EUSAGE, "unknown parameter '%s'%s", key,
				  p->ep->params[0] ? "" : ": this path takes none");
		return MHD_NO;
	}
	if (p->ep == &ep_post) {
		if (!value || !value[0]) {
			p->rc = dyad_fail(&p->err, DYAD_EUSAGE, "%s needs a value", key);
			return MHD_NO;
		}
		if (!strcmp(key, "date"))
			p->date = value;
		else if (!strcmp(key, "url"))
			p->url = value;
		else if (!strcmp(key, "title"))
			p->title = value;
		else
			p->id = value;
		return MHD_YES;
	}
	if (!strcmp(key, "q"))
		key = "prefix";
	if (!strcmp(key, "limit"))
		p->limit_set = 1;
	p->rc = dyad_query_set(p->q, key, value, &p->err);
	return p->rc ? MHD_NO : MHD_YES;
}

/* Parse the query string into q for ep.  0, or a 400 in a. */
static int parse_params(struct MHD_Connection *conn, const struct endpoint *ep,
			struct dyad_query *q, struct params *p, struct answer *a)
{
	memset(p, 0, sizeof(*p));
	p->ep = ep;
	p->q = q;
	dyad_query_init(q);
	q->mode = MODE_UNSET;
	MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, on_param, p);
	if (q->mode == MODE_UNSET)
		q->mode = ep->asserted ? DYAD_MODE_ASSERTED : DYAD_MODE_ANY;
	if (!p->rc && ep->max_limit) {
		if (!p->limit_set)
			q->limit = ep->limit;
		else if (q->limit == 0 || q->limit > ep->max_limit)
			p->rc = dyad_fail(&p->err, DYAD_EUSAGE, "limit: between 1 and %zu",
					  ep->max_limit);
	}
	if (!p->rc)
		p->rc = dyad_query_check(q, &p->err);
	if (p->rc) {
		answer_status(a, p->rc, &p->err);
		return -1;
	}
	return 0;
}

/* The id in "/api/articles/ID..." (OUT: id, rest: what follows it). */
static int path_id(const char *path, const char *prefix, char *id, size_t cap,
		   const char **rest)
{
	size_t n = strlen(prefix), len;
	const char *end;

	if (strncmp(path, prefix, n))
		return 0;
	path += n;
	end = strchr(path, '/');
	len = end ? (size_t)(end - path) : strlen(path);
	if (!len || len >= cap)
		return 0;
	memcpy(id, path, len);
	id[len] = '\0';
	*rest = path + len;
	return 1;
}

/* The article in "/api/articles/ID" or "/api/articles/ID/related".  An
 * input's id may hold slashes ("samples/x.txt", sent as %2F and decoded
 * before the path reaches here), so the id is all that lies between. */
static int article_id(const char *path, char *id, size_t cap, int *related)
{
	static const char prefix[] = "/api/articles/", suffix[] = "/related";
	size_t n = strlen(path), p = sizeof(prefix) - 1, s = sizeof(suffix) - 1;

	if (strncmp(path, prefix, p) || n == p)
		return 0;
	*related = n > p + s && !strcmp(path + n - s, suffix);
	n -= p + (*related ? s : 0);
	if (!n || n >= cap)
		return 0;
	memcpy(id, path + p, n);
	id[n] = '\0';
	return 1;
}

static void api_get(dyad_server *srv, struct MHD_Connection *conn, const char *path,
		    struct answer *a)
{
	struct dyad_query q;
	struct params p;
	char id[512], extra[96];
	const char *rest;
	int related;

	if (!strcmp(path, "/api/stats")) {
		if (!parse_params(conn, &ep_stats, &q, &p, a))
			answer_stats(srv, a, &q);
	} else if (!strcmp(path, "/api/actors")) {
		if (!parse_params(conn, &ep_actors, &q, &p, a))
			run_query(srv, a, dyad_query_actors, &q, NULL);
	} else if (!strcmp(path, "/api/events")) {
		if (!parse_params(conn, &ep_events, &q, &p, a)) {
			snprintf(extra, sizeof(extra), ",\"limit\":%zu,\"offset\":%zu",
				 q.limit, q.offset);
			run_query(srv, a, dyad_query_events, &q, extra);
		}
	} else if (!strcmp(path, "/api/dyads")) {
		if (!parse_params(conn, &ep_dyads, &q, &p, a))
			run_query(srv, a, dyad_query_dyads, &q, NULL);
	} else if (!strcmp(path, "/api/places")) {
		if (!parse_params(conn, &ep_places, &q, &p, a))
			run_query(srv, a, dyad_query_places, &q, NULL);
	} else if (!strcmp(path, "/api/timeline")) {
		if (!parse_params(conn, &ep_timeline, &q, &p, a)) {
			if (!q.a || !q.b)
				answer_error(a, MHD_HTTP_BAD_REQUEST,
					     "a timeline needs two actors: a=PRK&b=RUS");
			else
				run_query(srv, a, dyad_query_timeline, &q, NULL);
		}
	} else if (!strcmp(path, "/api/focus")) {
		if (!parse_params(conn, &ep_focus, &q, &p, a)) {
			/* The focus actor is the query's a, not a filter. */
			q.a = q.actor;
			q.actor = NULL;
			if (!q.a)
				answer_error(a, MHD_HTTP_BAD_REQUEST,
					     "focus needs an actor: actor=PRK");
			else
				run_query(srv, a, dyad_query_focus, &q, NULL);
		}
	} else if (!strcmp(path, "/api/stories")) {
		if (!parse_params(conn, &ep_stories, &q, &p, a))
			run_query(srv, a, dyad_query_story, &q, NULL);
	} else if (path_id(path, "/api/stories/", id, sizeof(id), &rest) && !*rest) {
		char *end;
		long long n = strtoll(id, &end, 10);
		if (*end || n <= 0)
			answer_error(a, MHD_HTTP_NOT_FOUND, "'%s' is not a story id", id);
		else if (!parse_params(conn, &ep_story, &q, &p, a)) {
			q.story = n;
			run_query(srv, a, dyad_query_story, &q, NULL);
		}
	} else if (article_id(path, id, sizeof(id), &related)) {
		if (!parse_params(conn, related ? &ep_related : &ep_article, &q, &p, a)) {
			q.article = id;
			run_query(srv, a, related ? dyad_query_related : dyad_query_article,
				  &q, NULL);
		}
	} else {
		answer_error(a, MHD_HTTP_NOT_FOUND, "no such path: %s (see docs/api.md)", path);
	}
}

/* ---- POST /api/articles ------------------------------------------------------- */

/* The reader for a Content-Type, or NULL. */
static const char *reader_for(const char *type)
{
	static const struct {
		const char *type, *reader;
	} types[] = {
		{ "text/plain", "text" },
		{ "text/html", "html" },
		{ "application/xhtml+xml", "html" },
		{ "application/json", "jsonl" },
	};
	size_t i, n;

	if (!type)
		return NULL;
	n = strcspn(type, "; \t");
	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++)
		if (strlen(types[i].type) == n && !strncasecmp(type, types[i].type, n))
			return types[i].reader;
	return NULL;
}

/* A JSON body as one line of JSON Lines: one object, re-encoded compact
 * (OUT: *line, freed by the caller). */
static int json_one_line(const char *body, size_t len, char **line, dyad_error *err)
{
	json_error_t jerr;
	json_t *v = json_loadb(body, len, JSON_REJECT_DUPLICATES, &jerr);

	if (!v)
		return dyad_fail(err, DYAD_EINPUT, "request body: line %d, column %d: %s",
				 jerr.line, jerr.column, jerr.text);
	if (!json_is_object(v)) {
		json_decref(v);
		return dyad_fail(err, DYAD_EINPUT, "request body: one JSON object, as a "
				 "line of 'dyad ingest' reads, is expected");
	}
	*line = json_dumps(v, JSON_COMPACT | JSON_ENSURE_ASCII);
	json_decref(v);
	return *line ? DYAD_OK : dyad_fail(err, DYAD_ENOMEM, "out of memory");
}

/* Store art through the writer, opened at the first post (OUT: id,
 * stored). */
static int store_article(dyad_server *srv, const struct dyad_article *art,
			 int64_t *id, int *stored, dyad_error *err)
{
	int rc = DYAD_OK;

	pthread_mutex_lock(&srv->write_lock);
	if (!srv->writer) {
		rc = dyad_store_open(&srv->writer, srv->db, DYAD_STORE_WRITE, NULL, err);
		if (!rc)
			rc = dyad_store_ingest_begin(srv->writer, srv->cfg.lex, err);
		if (!rc && !srv->coder)
			rc = dyad_coder_new(&srv->coder, srv->cfg.lex, err);
		if (rc && srv->writer) {
			dyad_error ignored;
			dyad_store_close(srv->writer, &ignored);
			srv->writer = NULL;
		}
		if (!rc)
			dyad_store_set_batch(srv->writer, 1);
	}
	if (!rc) {
		rc = dyad_store_ingest(srv->writer, srv->coder, art, err);
		if (rc >= 0) {
			*stored = rc == 1;
			*id = dyad_store_last_article(srv->writer);
			rc = dyad_store_commit(srv->writer, err);
		}
		if (rc < 0 && rc != DYAD_EINPUT) {
			/* The writer's memory may not match the file any more:
			 * start again at the next post. */
			dyad_error ignored;
			dyad_store_close(srv->writer, &ignored);
			srv->writer = NULL;
		}
	}
	pthread_mutex_unlock(&srv->write_lock);
	return rc;
}

static void api_post_article(dyad_server *srv, struct MHD_Connection *conn,
			     struct request *r, struct answer *a)
{
	const char *type = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
						       MHD_HTTP_HEADER_CONTENT_TYPE);
	const char *reader = reader_for(type);
	dyad_error err = { 0, "" };
	struct dyad_article art, next;
	struct dyad_query q;
	struct params p;
	dyad_input *in = NULL;
	char *line = NULL, idbuf[32];
	const char *data = r->body.data ? r->body.data : "";
	size_t len = r->body.len;
	int64_t id = 0;
	int rc, stored = 0;

	if (!srv->cfg.lex) {
		answer_error(a, MHD_HTTP_FORBIDDEN, "this server is read-only "
			     "(started with --read-only)");
		return;
	}
	if (!reader) {
		answer_error(a, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE, "Content-Type '%s': "
			     "send text/plain, text/html or application/json",
			     type ? type : "(none)");
		return;
	}
	if (parse_params(conn, &ep_post, &q, &p, a))
		return;
	if (!len) {
		answer_error(a, MHD_HTTP_BAD_REQUEST, "the request body is empty: "
			     "send the article");
		return;
	}
	if (!strcmp(reader, "jsonl")) {
		if ((rc = json_one_line(data, len, &line, &err)))
			goto fail;
		data = line;
		len = strlen(line);
	}
	if ((rc = dyad_input_open_memory(&in, "request body", data, len, reader, 0, &err)))
		goto fail;
	rc = dyad_input_next(in, &art, &err);
	if (rc == 0)
		rc = dyad_fail(&err, DYAD_EINPUT, "request body: no article in it");
	if (rc < 0)
		goto fail;
	if (p.id)
		art.id = p.id;
	if (p.url)
		art.url = p.url;
	if (p.title)
		art.title = p.title;
	if (p.date && dyad_date_parse(p.date, strlen(p.date), &art.date)) {
		rc = dyad_fail(&err, DYAD_EUSAGE, "date: '%s' is not a date (YYYY-MM-DD)",
			       p.date);
		goto fail;
	}
	/* art stays valid until the next read, so look ahead after storing. */
	if ((rc = store_article(srv, &art, &id, &stored, &err)) < 0)
		goto fail;
	rc = dyad_input_next(in, &next, &err);
	if (rc > 0)
		rc = dyad_fail(&err, DYAD_EUSAGE, "request body: one article per request; "
			       "the first was %s", stored ? "stored" : "stored before");
	if (rc < 0)
		goto fail;
	dyad_input_free(in);
	free(line);
	snprintf(idbuf, sizeof(idbuf), "%lld", (long long)id);
	dyad_query_init(&q);
	q.article = idbuf;
	run_query(srv, a, dyad_query_article, &q, stored ? ",\"stored\":true" : ",\"stored\":false");
	if (a->status == MHD_HTTP_OK) {
		a->status = stored ? MHD_HTTP_CREATED : MHD_HTTP_OK;
		snprintf(a->location_buf, sizeof(a->location_buf), "/api/articles/%lld",
			 (long long)id);
		a->location = a->location_buf;
	}
	return;
fail:
	dyad_input_free(in);
	free(line);
	answer_status(a, rc, &err);
}

/* ---- static files ------------------------------------------------------------------ */

static const char *mime_type(const char *path)
{
	static const struct {
		const char *ext, *type;
	} types[] = {
		{ ".html", "text/html; charset=utf-8" },
		{ ".js", "text/javascript; charset=utf-8" },
		{ ".mjs", "text/javascript; charset=utf-8" },
		{ ".css", "text/css; charset=utf-8" },
		{ ".json", "application/json" },
		{ ".svg", "image/svg+xml" },
		{ ".png", "image/png" },
		{ ".ico", "image/x-icon" },
		{ ".woff2", "font/woff2" },
		{ ".map", "application/json" },
		{ ".txt", "text/plain; charset=utf-8" },
	};
	const char *dot = strrchr(path, '.');
	size_t i;

	for (i = 0; dot && i < sizeof(types) / sizeof(types[0]); i++)
		if (!strcasecmp(dot, types[i].ext))
			return types[i].type;
	return "application/octet-stream";
}

/* A URL path is safe to map to the folder when no segment is empty, "."
 * or ".." or starts with a dot, and no byte is a backslash or control. */
static int safe_path(const char *path)
{
	const char *p = path;

	if (*p != '/')
		return 0;
	while (*p) {
		const char *seg = ++p;
		while (*p && *p != '/') {
			if ((unsigned char)*p < 0x20 || *p == '\\')
				return 0;
			p++;
		}
		if (p == seg)
			return !*p;     /* a trailing slash only */
		if (seg[0] == '.')
			return 0;
	}
	return 1;
}

/* Open the file for path under the web folder (OUT: fd, size, type). */
static int open_static(dyad_server *srv, const char *path, int *fd, uint64_t *size,
		       const char **type)
{
	char want[PATH_MAX], real[PATH_MAX];
	size_t n = strlen(srv->web_dir);
	struct stat st;
	int len;

	len = snprintf(want, sizeof(want), "%s%s%s", srv->web_dir, path,
		       path[strlen(path) - 1] == '/' ? "index.html" : "");
	if (len < 0 || (size_t)len >= sizeof(want) || !realpath(want, real))
		return -1;
	if (strncmp(real, srv->web_dir, n) || real[n] != '/')
		return -1;
	*fd = open(real, O_RDONLY | O_CLOEXEC);
	if (*fd < 0)
		return -1;
	if (fstat(*fd, &st) || !S_ISREG(st.st_mode)) {
		close(*fd);
		return -1;
	}
	*size = (uint64_t)st.st_size;
	*type = mime_type(real);
	return 0;
}

/* ---- the handler -------------------------------------------------------------------- */

static enum MHD_Result send_answer(dyad_server *srv, struct MHD_Connection *conn,
				   const char *method, const char *url,
				   struct request *r, struct answer *a)
{
	struct MHD_Response *res;
	enum MHD_Result ret;
	struct timespec now;
	size_t len = a->json.len;

	res = MHD_create_response_from_buffer(len, a->json.data, MHD_RESPMEM_MUST_FREE);
	if (!res) {
		buf_free(&a->json);
		return MHD_NO;
	}
	a->json.data = NULL;
	MHD_add_response_header(res, MHD_HTTP_HEADER_CONTENT_TYPE,
				"application/json; charset=utf-8");
	MHD_add_response_header(res, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
	MHD_add_response_header(res, "X-Content-Type-Options", "nosniff");
	if (a->location)
		MHD_add_response_header(res, MHD_HTTP_HEADER_LOCATION, a->location);
	if (a->allow)
		MHD_add_response_header(res, MHD_HTTP_HEADER_ALLOW, a->allow);
	if (a->status == MHD_HTTP_SERVICE_UNAVAILABLE)
		MHD_add_response_header(res, MHD_HTTP_HEADER_RETRY_AFTER, "1");
	ret = MHD_queue_response(conn, a->status, res);
	MHD_destroy_response(res);
	if (srv->cfg.log) {
		char line[512];
		clock_gettime(CLOCK_MONOTONIC, &now);
		snprintf(line, sizeof(line), "%s %.300s %u %zu %.1fms", method, url, a->status,
			 len, (now.tv_sec - r->start.tv_sec) * 1e3 +
			 (now.tv_nsec - r->start.tv_nsec) / 1e6);
		srv->cfg.log(line, srv->cfg.log_ctx);
	}
	return ret;
}

static enum MHD_Result send_file(dyad_server *srv, struct MHD_Connection *conn,
				 const char *method, const char *url, struct request *r,
				 struct answer *a)
{
	struct MHD_Response *res;
	enum MHD_Result ret;
	const char *type;
	uint64_t size;
	int fd;

	if (!srv->web_dir) {
		answer_error(a, MHD_HTTP_NOT_FOUND, "the dashboard is not built: "
			     "run 'make web' (or give --web DIR)");
		return send_answer(srv, conn, method, url, r, a);
	}
	if (!safe_path(url) || open_static(srv, url, &fd, &size, &type)) {
		answer_error(a, MHD_HTTP_NOT_FOUND, "no such file: %s", url);
		return send_answer(srv, conn, method, url, r, a);
	}
	res = MHD_create_response_from_fd64(size, fd);
	if (!res) {
		close(fd);
		return MHD_NO;
	}
	MHD_add_response_header(res, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	MHD_add_response_header(res, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(res, MHD_HTTP_HEADER_CACHE_CONTROL, "no-cache");
	ret = MHD_queue_response(conn, MHD_HTTP_OK, res);
	MHD_destroy_response(res);
	if (srv->cfg.log) {
		char line[512];
		snprintf(line, sizeof(line), "%s %.300s 200 %llu", method, url,
			 (unsigned long long)size);
		srv->cfg.log(line, srv->cfg.log_ctx);
	}
	return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
				  const char *method, const char *version,
				  const char *upload_data, size_t *upload_data_size,
				  void **req_cls)
{
	dyad_server *srv = cls;
	struct request *r = *req_cls;
	struct answer a;
	int is_get = !strcmp(method, MHD_HTTP_METHOD_GET) ||
		     !strcmp(method, MHD_HTTP_METHOD_HEAD);
	int is_post = !strcmp(method, MHD_HTTP_METHOD_POST);
	int is_api = !strncmp(url, "/api/", 5) || !strcmp(url, "/api");
	int post_path = !strcmp(url, "/api/articles");
	enum MHD_Result ret;

	(void)version;
	memset(&a, 0, sizeof(a));
	if (!r) {
		const char *cl;
		int busy;

		if (!(r = calloc(1, sizeof(*r))))
			return MHD_NO;
		buf_init(&r->body, srv->cfg.max_body);
		clock_gettime(CLOCK_MONOTONIC, &r->start);
		*req_cls = r;
		cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
						 MHD_HTTP_HEADER_CONTENT_LENGTH);
		if (cl && strtoull(cl, NULL, 10) > srv->cfg.max_body)
			r->too_large = 1;
		pthread_mutex_lock(&srv->lock);
		busy = srv->connections > srv->cfg.max_connections;
		pthread_mutex_unlock(&srv->lock);
		if (busy) {
			buf_init(&a.json, 0);
			answer_error(&a, MHD_HTTP_SERVICE_UNAVAILABLE, "busy: more than %u "
				     "connections; try again", srv->cfg.max_connections);
			return send_answer(srv, conn, method, url, r, &a);
		}
		/* Refuse a body that is too large before it is sent. */
		if (r->too_large) {
			buf_init(&a.json, 0);
			answer_error(&a, MHD_HTTP_CONTENT_TOO_LARGE, "request body over %zu bytes "
				     "(--max-body)", srv->cfg.max_body);
			return send_answer(srv, conn, method, url, r, &a);
		}
		return MHD_YES;
	}
	if (*upload_data_size) {
		if (!r->too_large && buf_add(&r->body, upload_data, *upload_data_size))
			r->too_large = 1;
		if (r->too_large) {
			r->discarded += *upload_data_size;
			/* A client that goes on and on is cut off. */
			if (r->discarded > srv->cfg.max_body)
				return MHD_NO;
		}
		*upload_data_size = 0;
		return MHD_YES;
	}

	buf_init(&a.json, ANSWER_MAX);
	if (r->too_large) {
		answer_error(&a, MHD_HTTP_CONTENT_TOO_LARGE, "request body over %zu bytes "
			     "(--max-body)", srv->cfg.max_body);
	} else if (is_post && post_path) {
		api_post_article(srv, conn, r, &a);
	} else if (!is_get) {
		answer_error(&a, MHD_HTTP_METHOD_NOT_ALLOWED, "%s is not allowed on %s",
			     method, url);
		a.allow = post_path ? "GET, HEAD, POST" : "GET, HEAD";
	} else if (is_api) {
		api_get(srv, conn, url, &a);
	} else {
		buf_free(&a.json);
		return send_file(srv, conn, method, url, r, &a);
	}
	ret = send_answer(srv, conn, method, url, r, &a);
	buf_free(&a.json);
	return ret;
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **req_cls,
			 enum MHD_RequestTerminationCode toe)
{
	struct request *r = *req_cls;

	(void)cls;
	(void)conn;
	(void)toe;
	if (r) {
		buf_free(&r->body);
		free(r);
		*req_cls = NULL;
	}
}

static void on_connection(void *cls, struct MHD_Connection *conn, void **socket_ctx,
			  enum MHD_ConnectionNotificationCode code)
{
	dyad_server *srv = cls;

	(void)conn;
	(void)socket_ctx;
	pthread_mutex_lock(&srv->lock);
	if (code == MHD_CONNECTION_NOTIFY_STARTED)
		srv->connections++;
	else if (srv->connections)
		srv->connections--;
	pthread_mutex_unlock(&srv->lock);
}

static void on_mhd_log(void *cls, const char *fmt, va_list ap)
{
	dyad_server *srv = cls;
	char line[512];

	if (!srv->cfg.log)
		return;
	vsnprintf(line, sizeof(line), fmt, ap);
	line[strcspn(line, "\n")] = '\0';
	srv->cfg.log(line, srv->cfg.log_ctx);
}

/* ---- start and stop ------------------------------------------------------------------ */

static void server_free(dyad_server *srv)
{
	dyad_error err;

	if (srv->mhd)
		MHD_stop_daemon(srv->mhd);
	while (srv->n_pool)
		dyad_store_close(srv->pool[--srv->n_pool], &err);
	free(srv->pool);
	free(srv->stats_json);
	if (srv->writer)
		dyad_store_close(srv->writer, &err);
	dyad_coder_free(srv->coder);
	pthread_mutex_destroy(&srv->lock);
	pthread_mutex_destroy(&srv->write_lock);
	free(srv->db);
	free(srv->web_dir);
	free(srv);
}

int dyad_server_start(dyad_server **out, const struct dyad_server_config *cfg,
		      dyad_error *err)
{
	struct addrinfo hints, *ai = NULL;
	const union MHD_DaemonInfo *info;
	dyad_server *srv;
	dyad_store *st;
	char port[16];
	unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD | MHD_USE_ERROR_LOG;
	int rc;

	*out = NULL;
	if (!cfg->db)
		return dyad_fail(err, DYAD_EUSAGE, "no store to serve");
	if (!(srv = calloc(1, sizeof(*srv))))
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	srv->cfg = *cfg;
	pthread_mutex_init(&srv->lock, NULL);
	pthread_mutex_init(&srv->write_lock, NULL);
	if (!(srv->db = strdup(cfg->db))) {
		server_free(srv);
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	}
	if (cfg->web_dir && !(srv->web_dir = realpath(cfg->web_dir, NULL)) && cfg->web_required) {
		rc = dyad_fail(err, DYAD_EIO, "the web folder %s: %s", cfg->web_dir, strerror(errno));
		server_free(srv);
		return rc;
	}
	/* Open the store once now: a missing or foreign file is an error at
	 * start, not at the first request. */
	if ((rc = dyad_store_open(&st, srv->db, DYAD_STORE_READ, NULL, err))) {
		server_free(srv);
		return rc;
	}
	pool_give(srv, st);

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
	snprintf(port, sizeof(port), "%u", cfg->port);
	if ((rc = getaddrinfo(cfg->host, port, &hints, &ai))) {
		server_free(srv);
		return dyad_fail(err, DYAD_EUSAGE, "--listen %s: %s", cfg->host,
				 gai_strerror(rc));
	}
	if (ai->ai_family == AF_INET6)
		flags |= MHD_USE_IPv6;
	srv->mhd = MHD_start_daemon(
		flags, (uint16_t)cfg->port, NULL, NULL, on_request, srv,
		MHD_OPTION_EXTERNAL_LOGGER, on_mhd_log, srv,
		MHD_OPTION_SOCK_ADDR, ai->ai_addr,
		MHD_OPTION_THREAD_POOL_SIZE, (unsigned)(cfg->threads ? cfg->threads : 1),
		MHD_OPTION_CONNECTION_LIMIT, cfg->max_connections + SPARE_CONNECTIONS,
		MHD_OPTION_CONNECTION_TIMEOUT, cfg->timeout,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)64 << 10,
		MHD_OPTION_NOTIFY_COMPLETED, on_completed, srv,
		MHD_OPTION_NOTIFY_CONNECTION, on_connection, srv,
		MHD_OPTION_END);
	freeaddrinfo(ai);
	if (!srv->mhd) {
		rc = dyad_fail(err, DYAD_EIO, "cannot listen on %s port %u: %s", cfg->host,
			       cfg->port, errno ? strerror(errno) : "the HTTP library refused");
		server_free(srv);
		return rc;
	}
	info = MHD_get_daemon_info(srv->mhd, MHD_DAEMON_INFO_BIND_PORT);
	srv->port = info && info->port ? info->port : cfg->port;
	*out = srv;
	return DYAD_OK;
}

unsigned dyad_server_port(const dyad_server *srv)
{
	return srv->port;
}

int dyad_server_has_web(const dyad_server *srv)
{
	return srv->web_dir != NULL;
}

void dyad_server_stop(dyad_server *srv)
{
	if (srv)
		server_free(srv);
}
