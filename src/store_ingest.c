/*
 * store_ingest.c - the store stage's writing side: an article and its
 * events go in whole, or not at all.
 *
 * dyad_store_article_begin() normalizes the text, hashes it and looks the
 * hash up: a text already stored is skipped (a new URL for it is kept in
 * `copies`, as one more report of its events).  The events the coder
 * gives dyad_store_add_event() are copied into an arena; nothing touches
 * the database until dyad_store_article_end() writes the article, its
 * full-text entry, signature, sentences, events, new actors and story in
 * the open batch transaction, which commits every `batch` articles.  So a
 * crash anywhere loses at most the open batch and never leaves half an
 * article, and a rerun finds the committed articles by their hashes.
 *
 * Stories: each article's MinHash signature (dedupe.h) is stored, and
 * loaded again by dyad_store_ingest_begin(), so a later ingest groups new
 * articles with the stored ones.  A story's id is the article id of its
 * oldest article.  When a new article joins two stories, the younger one
 * is relabelled to the older and its events' gids recomputed.
 *
 * Events: gid is the id of the first event stored with the same story,
 * source, target, code and day; the queries count one event per gid.
 *
 * Owns: the per-article arena, the dedupe table and the item arrays, the
 * actor-name map built from the lexicon.
 */
#include "store_int.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "cameo.h"
#include "dedupe.h"
#include "error.h"
#include "lexicon_int.h"
#include "normalize.h"

#define ARTICLE_MEM_MAX ((size_t)1 << 30)

static const char *const stmt_sql[ST_N] = {
	[ST_FIND_HASH] = "SELECT id, url, story FROM articles WHERE hash = ?1",
	[ST_FIND_COPY] =
		"SELECT EXISTS(SELECT 1 FROM articles WHERE story = ?1 AND site IS ?2)"
		" OR EXISTS(SELECT 1 FROM articles a JOIN copies c ON c.article = a.id"
		" WHERE a.story = ?1 AND c.site IS ?2)",
	[ST_INS_COPY] = "INSERT OR IGNORE INTO copies(article, url, site, date)"
		" VALUES(?1, ?2, ?3, ?4)",
	[ST_INS_ARTICLE] = "INSERT INTO articles(id, hash, ref, url, title, date,"
		" date_precision, author, language, site, origin, text, story, n_events)"
		" VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
	[ST_INS_SIG] = "INSERT INTO signatures(article, sig) VALUES(?1, ?2)",
	[ST_INS_SENTENCE] = "INSERT INTO sentences(article, idx, start, end, text)"
		" VALUES(?1, ?2, ?3, ?4, ?5)",
	[ST_INS_EVENT] = "INSERT INTO events(id, article, sentence, story,"
		" source, source_start, source_end, target, target_start, target_end,"
		" reporter, reporter_start, reporter_end, trigger_start, trigger_end,"
		" cameo, root, quad_class, goldstein, plover, mode, date, date_precision,"
		" day, gid, location, location_start, location_end) VALUES(?1, ?2, ?3, ?4,"
		" ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,"
		" ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28)",
	[ST_FIND_GID] = "SELECT min(id) FROM events WHERE story = ?1 AND source = ?2"
		" AND target = ?3 AND cameo = ?4 AND day IS ?5",
	[ST_INS_ACTOR] = "INSERT OR IGNORE INTO actors(code, name) VALUES(?1, ?2)",
	[ST_STORY] = "UPDATE stories SET size = size + 1, n_sites = n_sites + ?2,"
		" first_day = CASE WHEN ?3 IS NULL OR first_day <= ?3 THEN first_day ELSE ?3 END,"
		" last_day = CASE WHEN ?3 IS NULL OR last_day >= ?3 THEN last_day ELSE ?3 END"
		" WHERE id = ?1",
	[ST_NEW_STORY] = "INSERT INTO stories(id, size, n_sites, first_day, last_day, title)"
		" VALUES(?1, 1, 1, ?2, ?2, ?3)",
	/* The batch's articles, indexed together just before the commit:
	 * FTS5 flushes its pending terms whenever another statement opens a
	 * savepoint, so indexing article by article writes tiny segments. */
	[ST_FTS_BATCH] = "INSERT INTO articles_fts(rowid, title, text)"
		" SELECT id, title, text FROM articles WHERE id >= ?1 ORDER BY id",
	[ST_COUNT_ACTOR] = "INSERT INTO actor_events(code, n) VALUES(?1, ?2)"
		" ON CONFLICT(code) DO UPDATE SET n = n + ?2",
	[ST_MAX_IDS] = "SELECT (SELECT coalesce(max(id), 0) FROM articles),"
		" (SELECT coalesce(max(id), 0) FROM events)",
};

/* A story's row recomputed from its articles and copies. */
static const char story_full_sql[] =
	"INSERT OR REPLACE INTO stories(id, size, n_sites, first_day, last_day, title)"
	" SELECT ?1,"
	" (SELECT count(*) FROM articles WHERE story = ?1) +"
	" (SELECT count(*) FROM copies c JOIN articles a ON a.id = c.article WHERE a.story = ?1),"
	" (SELECT count(DISTINCT coalesce(site, '')) FROM (SELECT site FROM articles"
	"  WHERE story = ?1 UNION ALL SELECT c.site FROM copies c JOIN articles a"
	"  ON a.id = c.article WHERE a.story = ?1)),"
	" (SELECT min(day) FROM (SELECT substr(date, 1, 10) AS day FROM articles"
	"  WHERE story = ?1 UNION ALL SELECT substr(c.date, 1, 10) FROM copies c"
	"  JOIN articles a ON a.id = c.article WHERE a.story = ?1)),"
	" (SELECT max(day) FROM (SELECT substr(date, 1, 10) AS day FROM articles"
	"  WHERE story = ?1 UNION ALL SELECT substr(c.date, 1, 10) FROM copies c"
	"  JOIN articles a ON a.id = c.article WHERE a.story = ?1)),"
	" (SELECT title FROM articles WHERE id = ?1)";

static const char regid_sql[] =
	"UPDATE events SET gid = (SELECT min(e2.id) FROM events e2"
	" WHERE e2.story = events.story AND e2.source = events.source"
	" AND e2.target = events.target AND e2.cameo = events.cameo"
	" AND e2.day IS events.day) WHERE story = ?1";

/* ---- actor names ---------------------------------------------------------- */

/* A label as people read it: legacy dictionaries write NORTH_KOREA. */
static char *pretty_label(const char *label)
{
	size_t n = strlen(label), i;
	char *s = malloc(n + 1);
	int has_lower = 0, word_start = 1;

	if (!s)
		return NULL;
	for (i = 0; i < n; i++)
		if (label[i] >= 'a' && label[i] <= 'z')
			has_lower = 1;
	for (i = 0; i < n; i++) {
		char c = label[i] == '_' ? ' ' : label[i];
		if (!has_lower && c >= 'A' && c <= 'Z' && !word_start)
			c = (char)(c - 'A' + 'a');
		word_start = c == ' ' || c == '-';
		s[i] = c;
	}
	s[n] = '\0';
	return s;
}

static int names_put(dyad_store *st, const char *code, const char *label)
{
	uint32_t idx;
	char *name;

	if (strmap_get(&st->names, code, strlen(code), &idx))
		return 0;
	if (st->n_names == st->cap_names) {
		size_t cap = st->cap_names ? 2 * st->cap_names : 256;
		char **p = realloc(st->name_strs, cap * sizeof(*p));
		if (!p)
			return -1;
		st->name_strs = p;
		st->cap_names = cap;
	}
	if (!(name = pretty_label(label)))
		return -1;
	st->name_strs[st->n_names] = name;
	if (strmap_put(&st->names, code, strlen(code), (uint32_t)st->n_names)) {
		free(name);
		return -1;
	}
	st->n_names++;
	return 0;
}

/* Codes to names from the lexicon: the first actor that is not a person
 * names a code (the ISO state names load first). */
static int names_build(dyad_store *st, const dyad_lexicon *lex)
{
	size_t i;
	uint32_t k;

	for (i = 0; i < lex->actors.n; i++) {
		const struct lex_actor *a = &lex->actors.v[i];
		if (a->flags & LEX_ACTOR_PERSON)
			continue;
		for (k = 0; k < a->n_codes; k++) {
			const char *code = lex_code_str(lex, a->codes[k].code);
			if (code && code[0] && names_put(st, code, lex_str(lex, a->label)))
				return -1;
		}
	}
	return 0;
}

static const char *names_get(dyad_store *st, const char *code, size_t len)
{
	uint32_t idx;

	return strmap_get(&st->names, code, len, &idx) ? st->name_strs[idx] : NULL;
}

/* The name of code into b: a state and its roles ("North Korea
 * government"), or a name from the dictionaries.  0 when none is known. */
static int actor_name(dyad_store *st, const char *code, struct buf *b)
{
	size_t len = strlen(code), k;
	const char *n;

	buf_reset(b);
	if (len > 3 && !st_transnational(code) && (n = names_get(st, code, 3))) {
		buf_adds(b, n);
		for (k = 3; k < len; k += 3) {
			const char *r = len - k >= 3 ? cameo_role_name(code + k) : NULL;
			if (!r) {
				buf_printf(b, " (%s)", code + 3);
				return 1;
			}
			buf_printf(b, " %s", r);
		}
		return 1;
	}
	if ((n = names_get(st, code, len))) {
		buf_adds(b, n);
		return 1;
	}
	return 0;
}

/* Insert code and its country into actors, once per store handle. */
static int actor_note(dyad_store *st, const char *code, dyad_error *err)
{
	sqlite3_stmt *s = st->stmts[ST_INS_ACTOR];
	struct buf name = BUF_INIT;
	size_t len = strlen(code), country = st_country(code, len);
	int pass, rc = DYAD_OK;

	for (pass = 0; pass < 2 && !rc; pass++) {
		size_t n = pass == 0 ? len : country;
		char c[64];
		if (pass == 1 && country == len)
			break;
		if (n >= sizeof(c) || strmap_get(&st->actors_seen, code, n, &(uint32_t){ 0 }))
			continue;
		memcpy(c, code, n);
		c[n] = '\0';
		sqlite3_bind_text(s, 1, c, (int)n, SQLITE_STATIC);
		if (actor_name(st, c, &name))
			sqlite3_bind_text(s, 2, name.data, (int)name.len, SQLITE_STATIC);
		else
			sqlite3_bind_null(s, 2);
		if (sqlite3_step(s) != SQLITE_DONE)
			rc = st_fail(st, err, "storing an actor");
		sqlite3_reset(s);
		if (!rc && strmap_put(&st->actors_seen, c, n, 1))
			rc = dyad_fail(err, DYAD_ENOMEM, "out of memory");
	}
	buf_free(&name);
	return rc;
}

/* ---- ingest set-up ---------------------------------------------------------- */

static int items_push(dyad_store *st, int64_t article, uint32_t story_item)
{
	if (st->n_items == st->cap_items) {
		size_t cap = st->cap_items ? 2 * st->cap_items : 1024;
		int64_t *a = realloc(st->item_article, cap * sizeof(*a));
		uint32_t *s, *z;
		if (!a)
			return -1;
		st->item_article = a;
		s = realloc(st->item_story, cap * sizeof(*s));
		if (!s)
			return -1;
		st->item_story = s;
		z = realloc(st->story_size, cap * sizeof(*z));
		if (!z)
			return -1;
		st->story_size = z;
		st->cap_items = cap;
	}
	st->item_article[st->n_items] = article;
	st->item_story[st->n_items] = story_item;
	st->story_size[st->n_items] = 0;
	st->story_size[story_item]++;
	st->n_items++;
	return 0;
}

/* The dedupe item of a stored article id: items are in id order. */
static int item_of(const dyad_store *st, int64_t article, uint32_t *item)
{
	size_t lo = 0, hi = st->n_items;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (st->item_article[mid] < article)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < st->n_items && st->item_article[lo] == article) {
		*item = (uint32_t)lo;
		return 1;
	}
	return 0;
}

static void sig_decode(const void *blob, uint32_t sig[DEDUPE_K])
{
	const uint8_t *p = blob;
	size_t i;

	for (i = 0; i < DEDUPE_K; i++, p += 4)
		sig[i] = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
			 (uint32_t)p[3] << 24;
}

static void sig_encode(const uint32_t sig[DEDUPE_K], uint8_t *p)
{
	size_t i;

	for (i = 0; i < DEDUPE_K; i++, p += 4) {
		p[0] = (uint8_t)sig[i];
		p[1] = (uint8_t)(sig[i] >> 8);
		p[2] = (uint8_t)(sig[i] >> 16);
		p[3] = (uint8_t)(sig[i] >> 24);
	}
}

static int load_signatures(dyad_store *st, dyad_error *err)
{
	sqlite3_stmt *s;
	uint32_t sig[DEDUPE_K], story, item;
	int rc;

	if ((rc = st_prepare(st, "SELECT a.id, a.story, s.sig FROM articles a"
			     " JOIN signatures s ON s.article = a.id ORDER BY a.id", &s, err)))
		return rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(s, 0), story_id = sqlite3_column_int64(s, 1);
		const void *blob = sqlite3_column_blob(s, 2);
		if (!blob || sqlite3_column_bytes(s, 2) != DEDUPE_K * 4) {
			sqlite3_finalize(s);
			return dyad_fail(err, DYAD_EPARSE, "article %lld has a malformed "
					 "signature in the store", (long long)id);
		}
		sig_decode(blob, sig);
		if (dedupe_add_signature(st->dd, sig, &story)) {
			sqlite3_finalize(s);
			return dyad_fail(err, DYAD_ENOMEM, "out of memory loading signatures");
		}
		/* The story as stored is authoritative; an article stored
		 * before its story's oldest one cannot happen. */
		if (!item_of(st, story_id, &item))
			item = (uint32_t)st->n_items;
		if (items_push(st, id, item)) {
			sqlite3_finalize(s);
			return dyad_fail(err, DYAD_ENOMEM, "out of memory loading signatures");
		}
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return st_fail(st, err, "loading signatures");
	return DYAD_OK;
}

static int load_actors(dyad_store *st, dyad_error *err)
{
	sqlite3_stmt *s;
	int rc;

	if ((rc = st_prepare(st, "SELECT code FROM actors", &s, err)))
		return rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		if (strmap_put(&st->actors_seen, (const char *)sqlite3_column_text(s, 0),
			       (size_t)sqlite3_column_bytes(s, 0), 1)) {
			sqlite3_finalize(s);
			return dyad_fail(err, DYAD_ENOMEM, "out of memory");
		}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? DYAD_OK : st_fail(st, err, "loading actors");
}

static int store_cameo(dyad_store *st, const dyad_lexicon *lex, dyad_error *err)
{
	sqlite3_stmt *s;
	size_t i, n;
	int rc;

	if (!lex->cameo)
		return DYAD_OK;
	if ((rc = st_prepare(st, "INSERT OR REPLACE INTO cameo(code, name, root, quad_class,"
			     " goldstein, plover) VALUES(?1, ?2, ?3, ?4, ?5, ?6)", &s, err)))
		return rc;
	n = cameo_count(lex->cameo);
	for (i = 0; i < n && !rc; i++) {
		const struct cameo_entry *e = cameo_at(lex->cameo, i);
		sqlite3_bind_text(s, 1, e->code, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 2, e->name, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 3, e->root, -1, SQLITE_STATIC);
		sqlite3_bind_int(s, 4, e->quad_class);
		sqlite3_bind_double(s, 5, e->goldstein);
		st_bind_text(s, 6, e->plover && e->plover[0] ? e->plover : NULL);
		if (sqlite3_step(s) != SQLITE_DONE)
			rc = st_fail(st, err, "storing the CAMEO table");
		sqlite3_reset(s);
	}
	sqlite3_finalize(s);
	return rc;
}

int dyad_store_ingest_begin(dyad_store *st, const dyad_lexicon *lex, dyad_error *err)
{
	sqlite3_stmt *s;
	size_t i;
	int rc = DYAD_OK;

	if (st->mode != DYAD_STORE_WRITE)
		return dyad_fail(err, DYAD_EUSAGE, "the store was opened for reading");
	if (st->ingesting)
		return DYAD_OK;
	/* One writer at a time: the ids and stories an ingest keeps in
	 * memory would go wrong under another's.  The lock is flock(),
	 * apart from SQLite's POSIX locks; the kernel drops it with the
	 * process. */
	st->lock_fd = open(st->path, O_RDONLY | O_CLOEXEC);
	if (st->lock_fd < 0)
		return dyad_fail(err, DYAD_EIO, "%s: %s", st->path, strerror(errno));
	if (flock(st->lock_fd, LOCK_EX | LOCK_NB)) {
		int e = errno;
		close(st->lock_fd);
		st->lock_fd = -1;
		if (e == EWOULDBLOCK)
			return dyad_fail(err, DYAD_EBUSY, "%s: another dyad (ingest, or serve "
					 "taking posts) is writing to this store; wait for "
					 "it to end", st->path);
		return dyad_fail(err, DYAD_EIO, "%s: cannot lock: %s", st->path, strerror(e));
	}
	for (i = 0; i < ST_N && !rc; i++)
		rc = st_prepare(st, stmt_sql[i], &st->stmts[i], err);
	if (rc)
		return rc;
	s = st->stmts[ST_MAX_IDS];
	if (sqlite3_step(s) != SQLITE_ROW)
		return st_fail(st, err, "reading the store");
	st->next_article = sqlite3_column_int64(s, 0) + 1;
	st->next_event = sqlite3_column_int64(s, 1) + 1;
	st->fts_from = st->next_article;
	sqlite3_reset(s);
	arena_init(&st->mem, ARTICLE_MEM_MAX);
	strmap_init(&st->actors_seen);
	strmap_init(&st->actor_counts);
	strmap_init(&st->names);
	st->ingesting = 1;
	if (!(st->dd = dedupe_new(0)))
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	if (names_build(st, lex))
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	if ((rc = load_signatures(st, err)) || (rc = load_actors(st, err)))
		return rc;
	/* Fewer, larger checkpoints while ingesting: pages that many
	 * commits touch (the indexes' upper levels) are copied back once. */
	if ((rc = st_exec(st, "PRAGMA wal_autocheckpoint = 16384", err)))
		return rc;
	if ((rc = st_begin(st, err)))
		return rc;
	return store_cameo(st, lex, err);
}

/* Count an event naming code, for actor_events at the batch's end. */
static int count_actor(dyad_store *st, const char *code, dyad_error *err)
{
	size_t len = strlen(code);
	uint32_t n = 0;

	strmap_get(&st->actor_counts, code, len, &n);
	if (strmap_put(&st->actor_counts, code, len, n + 1))
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	return DYAD_OK;
}

/* Add the batch's counts to actor_events; they are dropped either way,
 * as a failure rolls the batch back. */
static int write_actor_counts(dyad_store *st, dyad_error *err)
{
	sqlite3_stmt *s = st->stmts[ST_COUNT_ACTOR];
	const struct strmap *m = &st->actor_counts;
	size_t i;
	int rc = DYAD_OK;

	for (i = 0; i < m->n_slots && !rc; i++) {
		const struct strmap_slot *sl = &m->slots[i];
		if (sl->key_off == UINT32_MAX || !sl->value)
			continue;
		sqlite3_bind_text(s, 1, m->keys + sl->key_off, (int)sl->key_len, SQLITE_STATIC);
		sqlite3_bind_int64(s, 2, sl->value);
		if (sqlite3_step(s) != SQLITE_DONE)
			rc = st_fail(st, err, "counting events per actor");
		sqlite3_reset(s);
	}
	strmap_free(&st->actor_counts);
	strmap_init(&st->actor_counts);
	return rc;
}

int st_flush_batch(dyad_store *st, dyad_error *err)
{
	sqlite3_stmt *s = st->stmts[ST_FTS_BATCH];
	int rc;

	if (st->ingesting != 1)
		return DYAD_OK;
	if ((rc = write_actor_counts(st, err)) || st->fts_from >= st->next_article)
		return rc;
	sqlite3_bind_int64(s, 1, st->fts_from);
	if (sqlite3_step(s) != SQLITE_DONE) {
		sqlite3_reset(s);
		return st_fail(st, err, "indexing articles");
	}
	sqlite3_reset(s);
	st->fts_from = st->next_article;
	return DYAD_OK;
}

void st_ingest_free(dyad_store *st)
{
	size_t i;

	if (!st->ingesting)
		return;
	arena_free(&st->mem);
	dedupe_free(st->dd);
	free(st->item_article);
	free(st->item_story);
	free(st->story_size);
	strmap_free(&st->actors_seen);
	strmap_free(&st->actor_counts);
	strmap_free(&st->names);
	for (i = 0; i < st->n_names; i++)
		free(st->name_strs[i]);
	free(st->name_strs);
	st->ingesting = 0;
}

/* ---- one article ------------------------------------------------------------- */

/* The content hash: SHA-256 of the normalized text with every run of
 * white space made one space and the ends trimmed, so a reflowed copy is
 * the same article.  A text without words hashes its title, URL and id
 * too, so empty articles stay apart.  scratch holds len bytes. */
static void content_hash(const struct dyad_article *art, const char *text, size_t len,
			 char *scratch, uint8_t out[SHA256_DIGEST_SIZE])
{
	struct sha256_ctx h;
	size_t i, n = 0;
	int space = 0;

	for (i = 0; i < len; i++) {
		char c = text[i];
		if (c == ' ' || c == '\n' || c == '\t') {
			space = n > 0;
			continue;
		}
		if (space)
			scratch[n++] = ' ';
		space = 0;
		scratch[n++] = c;
	}
	sha256_init(&h);
	sha256_update(&h, n, (const uint8_t *)scratch);
	if (!n) {
		sha256_update(&h, 7, (const uint8_t *)"\0title\0");
		if (art->title)
			sha256_update(&h, strlen(art->title), (const uint8_t *)art->title);
		sha256_update(&h, 5, (const uint8_t *)"\0url\0");
		if (art->url)
			sha256_update(&h, strlen(art->url), (const uint8_t *)art->url);
		sha256_update(&h, 4, (const uint8_t *)"\0id\0");
		sha256_update(&h, strlen(art->id), (const uint8_t *)art->id);
	}
	sha256_digest(&h, SHA256_DIGEST_SIZE, out);
}

/* The host of a URL, lower-cased, without "www.": the site when the
 * reader named none.  NULL when url is NULL or has no host. */
static char *url_host(struct arena *a, const char *url)
{
	const char *p, *end;
	char *h;
	size_t i, n;

	if (!url || !(p = strstr(url, "://")))
		return NULL;
	p += 3;
	end = p + strcspn(p, "/?#");
	for (i = 0; p + i < end; i++)
		if (p[i] == '@')
			p += i + 1, i = 0;
	n = strcspn(p, ":/?#");
	if (p + n > end)
		n = (size_t)(end - p);
	if (n > 4 && !strncasecmp(p, "www.", 4))
		p += 4, n -= 4;
	if (!n || !(h = arena_strndup(a, p, n)))
		return NULL;
	for (i = 0; i < n; i++)
		if (h[i] >= 'A' && h[i] <= 'Z')
			h[i] = (char)(h[i] - 'A' + 'a');
	return h;
}

static void date_text(struct dyad_date d, char buf[11])
{
	if (d.precision == DYAD_PREC_NONE)
		buf[0] = '\0';
	else
		dyad_date_format(d, buf);
}

/* Another URL for a stored text: one more report of its events. */
static int add_copy(dyad_store *st, const struct dyad_article *art, int64_t id,
		    int64_t story, const char *site, dyad_error *err)
{
	sqlite3_stmt *s;
	char date[11];
	int rc, new_site;

	if ((rc = st_begin(st, err)))
		return rc;
	s = st->stmts[ST_FIND_COPY];
	sqlite3_bind_int64(s, 1, story);
	st_bind_text(s, 2, site);
	rc = sqlite3_step(s);
	new_site = rc == SQLITE_ROW && !sqlite3_column_int(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW)
		return st_fail(st, err, "looking up a story");
	s = st->stmts[ST_INS_COPY];
	date_text(art->date, date);
	sqlite3_bind_int64(s, 1, id);
	st_bind_text(s, 2, art->url);
	st_bind_text(s, 3, site);
	st_bind_text(s, 4, date[0] ? date : NULL);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return st_fail(st, err, "storing a copy");
	if (!sqlite3_changes(st->db))
		return DYAD_OK;         /* this URL was seen before */
	st->stats.copies++;
	s = st->stmts[ST_STORY];
	sqlite3_bind_int64(s, 1, story);
	sqlite3_bind_int(s, 2, new_site);
	st_bind_text(s, 3, date[0] ? date : NULL);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? DYAD_OK : st_fail(st, err, "updating a story");
}

int dyad_store_article_begin(dyad_store *st, const struct dyad_article *art,
			     dyad_error *err)
{
	struct st_article *cur = &st->cur;
	sqlite3_stmt *s;
	size_t bad = 0;
	int rc;

	if (!st->ingesting)
		return dyad_fail(err, DYAD_EUSAGE, "dyad_store_ingest_begin() was not called");
	if (cur->open)
		dyad_store_article_abort(st);
	arena_reset(&st->mem);
	memset(cur, 0, sizeof(*cur));
	rc = norm_text(art->text, art->text_len, &st->mem, &cur->text, &cur->text_len,
		       &bad, err);
	if (rc)
		return rc;
	{
		char *scratch = arena_alloc(&st->mem, cur->text_len + 1);
		if (!scratch)
			return dyad_fail(err, DYAD_ENOMEM, "out of memory hashing the article");
		content_hash(art, cur->text, cur->text_len, scratch, cur->hash);
	}
	cur->site = art->site && art->site[0] ? arena_strndup(&st->mem, art->site, strlen(art->site))
					      : url_host(&st->mem, art->url);
	s = st->stmts[ST_FIND_HASH];
	sqlite3_bind_blob(s, 1, cur->hash, SHA256_DIGEST_SIZE, SQLITE_STATIC);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(s, 0);
		int64_t story = sqlite3_column_int64(s, 2);
		const char *url = (const char *)sqlite3_column_text(s, 1);
		int other_url = art->url && art->url[0] && (!url || strcmp(url, art->url));
		sqlite3_reset(s);
		st->last_article = id;
		st->stats.duplicates++;
		if (other_url)
			return add_copy(st, art, id, story, cur->site, err);
		return 0;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return st_fail(st, err, "looking up an article");
	cur->art = art;
	cur->open = 1;
	return 1;
}

static const char *dup_str(dyad_store *st, const char *s)
{
	return s ? arena_strndup(&st->mem, s, strlen(s)) : NULL;
}

int dyad_store_add_event(const struct dyad_event *ev, void *ctx)
{
	dyad_store *st = ctx;
	struct st_article *cur = &st->cur;
	struct st_event *e;

	if (!cur->open)
		return DYAD_EUSAGE;
	if (!cur->n_sentences || cur->sentences[cur->n_sentences - 1].index != ev->sentence) {
		struct st_sentence *se;
		if (arena_grow(&st->mem, (void **)&cur->sentences, &cur->cap_sentences,
			       cur->n_sentences + 1, sizeof(*se)))
			return DYAD_ENOMEM;
		se = &cur->sentences[cur->n_sentences++];
		se->index = ev->sentence;
		se->start = ev->text_start;
		se->end = ev->text_start + (uint32_t)ev->text_len;
		se->len = ev->text_len;
		if (!(se->text = arena_strndup(&st->mem, ev->text, ev->text_len)))
			return DYAD_ENOMEM;
	}
	if (arena_grow(&st->mem, (void **)&cur->events, &cur->cap_events,
		       cur->n_events + 1, sizeof(*e)))
		return DYAD_ENOMEM;
	e = &cur->events[cur->n_events];
	e->sentence = ev->sentence;
	e->source = dup_str(st, ev->source.code);
	e->target = dup_str(st, ev->target.code);
	e->reporter = ev->has_reporter ? dup_str(st, ev->reporter.code) : NULL;
	e->location = ev->has_location ? dup_str(st, ev->location.code) : NULL;
	e->loc_start = ev->location.start;
	e->loc_end = ev->location.end;
	e->src_start = ev->source.start;
	e->src_end = ev->source.end;
	e->tgt_start = ev->target.start;
	e->tgt_end = ev->target.end;
	e->rep_start = ev->reporter.start;
	e->rep_end = ev->reporter.end;
	e->trg_start = ev->trigger.start;
	e->trg_end = ev->trigger.end;
	e->cameo = dup_str(st, ev->cameo);
	e->root = dup_str(st, ev->root);
	e->plover = ev->plover && ev->plover[0] ? dup_str(st, ev->plover) : NULL;
	e->quad_class = ev->quad_class;
	e->goldstein = ev->goldstein;
	e->mode = ev->mode;
	e->date = ev->date;
	if (!e->source || !e->target || !e->cameo || !e->root ||
	    (ev->has_reporter && !e->reporter) || (ev->has_location && !e->location))
		return DYAD_ENOMEM;
	cur->n_events++;
	return 0;
}

void dyad_store_article_abort(dyad_store *st)
{
	memset(&st->cur, 0, sizeof(st->cur));
	arena_reset(&st->mem);
}

/* The day an event is counted on: its own when it has one; else the
 * article's when that falls within the event's month or year (or the
 * event has no date); else the first day of the event's month.  An event
 * known only by a year its article is not from ("since 2022") has no
 * day: placed on January 1st it would pull every timeline back. */
static void event_day(struct dyad_date ev, struct dyad_date art, char buf[11])
{
	buf[0] = '\0';
	if (ev.precision == DYAD_PREC_DAY) {
		dyad_date_format(ev, buf);
		return;
	}
	if (art.precision == DYAD_PREC_DAY &&
	    (ev.precision == DYAD_PREC_NONE ||
	     (ev.precision == DYAD_PREC_MONTH && art.ymd / 100 == ev.ymd / 100) ||
	     (ev.precision == DYAD_PREC_YEAR && art.ymd / 10000 == ev.ymd / 10000))) {
		dyad_date_format(art, buf);
		return;
	}
	if (ev.precision != DYAD_PREC_MONTH)
		return;
	ev.ymd = ev.ymd / 100 * 100 + 1;
	ev.precision = DYAD_PREC_DAY;
	dyad_date_format(ev, buf);
}

static int step_done(dyad_store *st, sqlite3_stmt *s, dyad_error *err, const char *what)
{
	int rc = sqlite3_step(s);

	sqlite3_reset(s);
	return rc == SQLITE_DONE ? DYAD_OK : st_fail(st, err, what);
}

/* The first event of the article with the same key as e, or 0. */
static int64_t same_in_article(const struct st_article *cur, size_t i, int64_t first_id,
			       const char *day)
{
	const struct st_event *e = &cur->events[i];
	size_t j;

	for (j = 0; j < i; j++) {
		const struct st_event *o = &cur->events[j];
		if (!strcmp(o->cameo, e->cameo) && !strcmp(o->source, e->source) &&
		    !strcmp(o->target, e->target) && !strcmp(o->day, day))
			return first_id + (int64_t)j;
	}
	return 0;
}

/* Bind a span's code, start and end to parameters i .. i + 2, or three
 * NULLs when it has no code (no reporter, no place). */
static void bind_span(sqlite3_stmt *s, int i, const char *code, uint32_t start, uint32_t end)
{
	if (!code) {
		sqlite3_bind_null(s, i);
		sqlite3_bind_null(s, i + 1);
		sqlite3_bind_null(s, i + 2);
		return;
	}
	sqlite3_bind_text(s, i, code, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, i + 1, (int)start);
	sqlite3_bind_int(s, i + 2, (int)end);
}

static int write_event(dyad_store *st, int64_t article, int64_t story, int joined,
		       size_t i, int64_t first_id, struct dyad_date art_date,
		       dyad_error *err)
{
	struct st_event *e = &st->cur.events[i];
	sqlite3_stmt *g = st->stmts[ST_FIND_GID], *s = st->stmts[ST_INS_EVENT];
	char date[11], day[11];
	int64_t id = st->next_event, gid = id;
	int rc;

	date_text(e->date, date);
	event_day(e->date, art_date, day);
	memcpy(e->day, day, sizeof(day));
	/* Events stored earlier can share the key only in a story that
	 * was there before this article. */
	if (joined) {
		sqlite3_bind_int64(g, 1, story);
		sqlite3_bind_text(g, 2, e->source, -1, SQLITE_STATIC);
		sqlite3_bind_text(g, 3, e->target, -1, SQLITE_STATIC);
		sqlite3_bind_text(g, 4, e->cameo, -1, SQLITE_STATIC);
		st_bind_text(g, 5, day[0] ? day : NULL);
		rc = sqlite3_step(g);
		if (rc == SQLITE_ROW && sqlite3_column_type(g, 0) != SQLITE_NULL)
			gid = sqlite3_column_int64(g, 0);
		sqlite3_reset(g);
		if (rc != SQLITE_ROW)
			return st_fail(st, err, "looking up an event");
	} else {
		int64_t same = same_in_article(&st->cur, i, first_id, day);
		if (same)
			gid = same;
	}
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, article);
	sqlite3_bind_int(s, 3, (int)e->sentence);
	sqlite3_bind_int64(s, 4, story);
	bind_span(s, 5, e->source, e->src_start, e->src_end);
	bind_span(s, 8, e->target, e->tgt_start, e->tgt_end);
	bind_span(s, 11, e->reporter, e->rep_start, e->rep_end);
	sqlite3_bind_int(s, 14, (int)e->trg_start);
	sqlite3_bind_int(s, 15, (int)e->trg_end);
	sqlite3_bind_text(s, 16, e->cameo, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 17, e->root, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 18, e->quad_class);
	sqlite3_bind_double(s, 19, e->goldstein);
	st_bind_text(s, 20, e->plover);
	sqlite3_bind_text(s, 21, dyad_mode_name((enum dyad_mode)e->mode), -1, SQLITE_STATIC);
	st_bind_text(s, 22, date[0] ? date : NULL);
	sqlite3_bind_text(s, 23, dyad_precision_name((enum dyad_precision)e->date.precision),
			  -1, SQLITE_STATIC);
	st_bind_text(s, 24, day[0] ? day : NULL);
	sqlite3_bind_int64(s, 25, gid);
	bind_span(s, 26, e->location, e->loc_start, e->loc_end);
	if ((rc = step_done(st, s, err, "storing an event")))
		return rc;
	st->next_event++;
	if ((rc = count_actor(st, e->source, err)) || (rc = count_actor(st, e->target, err)) ||
	    (rc = actor_note(st, e->source, err)) || (rc = actor_note(st, e->target, err)))
		return rc;
	if (e->reporter && (rc = actor_note(st, e->reporter, err)))
		return rc;
	/* (a place's state is named too: "dyad places" shows its name) */
	if (e->location && (rc = actor_note(st, e->location, err)))
		return rc;
	return DYAD_OK;
}

static int exec_story(dyad_store *st, const char *sql, int64_t story, dyad_error *err)
{
	sqlite3_stmt *s;
	int rc;

	if ((rc = st_prepare(st, sql, &s, err)))
		return rc;
	sqlite3_bind_int64(s, 1, story);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? DYAD_OK : st_fail(st, err, "updating a story");
}

/* Move into the stored story `root` every stored story that dedupe now
 * puts in the same group as dd_root (a merge), then recount the story
 * and recompute its events' gids. */
static int merge_stories(dyad_store *st, uint32_t dd_root, uint32_t root,
			 dyad_error *err)
{
	int64_t story = st->item_article[root];
	sqlite3_stmt *a = NULL, *e = NULL, *d = NULL;
	size_t i, j;
	int rc;

	if ((rc = st_prepare(st, "UPDATE articles SET story = ?1 WHERE story = ?2", &a, err)) ||
	    (rc = st_prepare(st, "UPDATE events SET story = ?1 WHERE story = ?2", &e, err)) ||
	    (rc = st_prepare(st, "DELETE FROM stories WHERE id = ?1", &d, err)))
		goto done;
	for (i = 0; i < st->n_items && !rc; i++) {
		uint32_t old = st->item_story[i];
		int64_t old_id;
		if (old == root || dedupe_story(st->dd, (uint32_t)i) != dd_root)
			continue;
		old_id = st->item_article[old];
		sqlite3_bind_int64(a, 1, story);
		sqlite3_bind_int64(a, 2, old_id);
		sqlite3_bind_int64(e, 1, story);
		sqlite3_bind_int64(e, 2, old_id);
		sqlite3_bind_int64(d, 1, old_id);
		if ((rc = step_done(st, a, err, "merging stories")) ||
		    (rc = step_done(st, e, err, "merging stories")) ||
		    (rc = step_done(st, d, err, "merging stories")))
			break;
		st->story_size[root] += st->story_size[old];
		st->story_size[old] = 0;
		for (j = 0; j < st->n_items; j++)
			if (st->item_story[j] == old)
				st->item_story[j] = root;
		st->stats.merges++;
	}
	if (!rc)
		rc = exec_story(st, regid_sql, story, err);
	if (!rc)
		rc = exec_story(st, story_full_sql, story, err);
done:
	sqlite3_finalize(a);
	sqlite3_finalize(e);
	sqlite3_finalize(d);
	return rc;
}

static int write_article(dyad_store *st, dyad_error *err)
{
	struct st_article *cur = &st->cur;
	const struct dyad_article *art = cur->art;
	uint32_t sig[DEDUPE_K], root, item = (uint32_t)st->n_items;
	uint8_t blob[DEDUPE_K * 4];
	int64_t id = st->next_article, story, first_event;
	sqlite3_stmt *s;
	char date[11];
	size_t i;
	int rc, joined, new_site = 1;

	st->last_article = id;
	dedupe_signature(cur->text, cur->text_len, sig);
	if (dedupe_add_signature(st->dd, sig, &root))
		return dyad_fail(err, DYAD_ENOMEM, "out of memory grouping stories");
	joined = root != item;
	if (joined)
		root = st->item_story[root];
	if (items_push(st, id, root))
		return dyad_fail(err, DYAD_ENOMEM, "out of memory grouping stories");
	story = st->item_article[root];
	date_text(art->date, date);
	if (joined) {
		s = st->stmts[ST_FIND_COPY];
		sqlite3_bind_int64(s, 1, story);
		st_bind_text(s, 2, cur->site);
		rc = sqlite3_step(s);
		new_site = rc == SQLITE_ROW && !sqlite3_column_int(s, 0);
		sqlite3_reset(s);
		if (rc != SQLITE_ROW)
			return st_fail(st, err, "looking up a story");
	}

	s = st->stmts[ST_INS_ARTICLE];
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_blob(s, 2, cur->hash, SHA256_DIGEST_SIZE, SQLITE_STATIC);
	st_bind_text(s, 3, art->id);
	st_bind_text(s, 4, art->url);
	st_bind_text(s, 5, art->title);
	st_bind_text(s, 6, date[0] ? date : NULL);
	sqlite3_bind_text(s, 7, dyad_precision_name((enum dyad_precision)art->date.precision),
			  -1, SQLITE_STATIC);
	st_bind_text(s, 8, art->author);
	st_bind_text(s, 9, art->language);
	st_bind_text(s, 10, cur->site);
	st_bind_text(s, 11, art->origin);
	sqlite3_bind_text(s, 12, cur->text, (int)cur->text_len, SQLITE_STATIC);
	sqlite3_bind_int64(s, 13, story);
	sqlite3_bind_int64(s, 14, (int64_t)cur->n_events);
	if ((rc = step_done(st, s, err, "storing an article")))
		return rc;
	st->next_article++;

	s = st->stmts[ST_INS_SIG];
	sig_encode(sig, blob);
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_blob(s, 2, blob, sizeof(blob), SQLITE_STATIC);
	if ((rc = step_done(st, s, err, "storing a signature")))
		return rc;

	s = st->stmts[ST_INS_SENTENCE];
	for (i = 0; i < cur->n_sentences; i++) {
		const struct st_sentence *se = &cur->sentences[i];
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int(s, 2, (int)se->index);
		sqlite3_bind_int(s, 3, (int)se->start);
		sqlite3_bind_int(s, 4, (int)se->end);
		sqlite3_bind_text(s, 5, se->text, (int)se->len, SQLITE_STATIC);
		if ((rc = step_done(st, s, err, "storing a sentence")))
			return rc;
	}
	first_event = st->next_event;
	for (i = 0; i < cur->n_events; i++)
		if ((rc = write_event(st, id, story, joined, i, first_event, art->date, err)))
			return rc;
	st->stats.events += cur->n_events;
	st->stats.articles++;

	/* The story: new, joined, or joined and merged with another. */
	if (!joined) {
		s = st->stmts[ST_NEW_STORY];
		sqlite3_bind_int64(s, 1, story);
		st_bind_text(s, 2, date[0] ? date : NULL);
		st_bind_text(s, 3, art->title);
		return step_done(st, s, err, "storing a story");
	}
	if (dedupe_story_size(st->dd, item) != st->story_size[root])
		return merge_stories(st, dedupe_story(st->dd, item), root, err);
	s = st->stmts[ST_STORY];
	sqlite3_bind_int64(s, 1, story);
	sqlite3_bind_int(s, 2, new_site);
	st_bind_text(s, 3, date[0] ? date : NULL);
	return step_done(st, s, err, "updating a story");
}

int dyad_store_article_end(dyad_store *st, dyad_error *err)
{
	int rc;

	if (!st->cur.open)
		return dyad_fail(err, DYAD_EUSAGE, "no article is open");
	rc = st_begin(st, err);
	if (!rc)
		rc = write_article(st, err);
	dyad_store_article_abort(st);
	if (rc) {
		/* The batch is lost, and the in-memory story table no longer
		 * matches the database: nothing more can be stored. */
		st_exec(st, "ROLLBACK", NULL);
		st->in_tx = 0;
		st->ingesting = st->ingesting ? 2 : 0;
		return rc;
	}
	if (++st->n_in_batch >= st->batch)
		return dyad_store_commit(st, err);
	return DYAD_OK;
}

int64_t dyad_store_last_article(const dyad_store *st)
{
	return st->last_article;
}

int dyad_store_ingest(dyad_store *st, dyad_coder *coder,
		      const struct dyad_article *art, dyad_error *err)
{
	int rc;

	if (st->ingesting == 2)
		return dyad_fail(err, DYAD_EIO, "the store failed earlier; nothing more is stored");
	rc = dyad_store_article_begin(st, art, err);
	if (rc <= 0)
		return rc;
	rc = dyad_code(coder, art, dyad_store_add_event, st, err);
	if (rc) {
		dyad_store_article_abort(st);
		if (rc == DYAD_ENOMEM && err && !err->msg[0])
			dyad_fail(err, rc, "out of memory storing the article's events");
		return rc;
	}
	rc = dyad_store_article_end(st, err);
	return rc ? rc : 1;
}
