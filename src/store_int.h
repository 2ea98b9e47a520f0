/*
 * store_int.h - what the store's files share: the handle, SQL helpers and
 * the rules that map actor codes to countries.
 *
 *   store.c         open, schema and migrations, close, commits
 *   store_ingest.c  articles, events, actors and stories going in
 *   query.c         events, dyads, timeline, stories, related, GDELT export
 *   query_focus.c   focus shifts and the report
 *
 * The schema (version DYAD_STORE_SCHEMA) is written out in store.c.
 */
#ifndef DYAD_STORE_INT_H
#define DYAD_STORE_INT_H

#include <sqlite3.h>
#include <stdint.h>

#include "arena.h"
#include "buf.h"
#include "dyad.h"
#include <nettle/sha2.h>
#include "strmap.h"

struct dedupe;

/* One event of the article being stored, copied out of the coder's
 * callback (its pointers die with the call). */
struct st_event {
	uint32_t sentence;
	const char *source, *target, *reporter;         /* codes; reporter may be NULL */
	uint32_t src_start, src_end, tgt_start, tgt_end;
	uint32_t rep_start, rep_end, trg_start, trg_end;
	const char *location;   /* the place's state code, or NULL */
	uint32_t loc_start, loc_end;
	const char *cameo, *root, *plover;
	int quad_class;
	double goldstein;
	int mode;
	struct dyad_date date;
	char day[11];           /* the day it counts on ("" when none) */
};

struct st_sentence {
	uint32_t index, start, end;     /* offsets in the normalized article */
	const char *text;
	size_t len;
};

/* The article between dyad_store_article_begin() and _end(). */
struct st_article {
	int open;
	const struct dyad_article *art;
	uint8_t hash[SHA256_DIGEST_SIZE];
	char *text;                     /* normalized */
	size_t text_len;
	char *site;                     /* art->site or the URL's host; may be NULL */
	struct st_event *events;
	size_t n_events, cap_events;
	struct st_sentence *sentences;
	size_t n_sentences, cap_sentences;
};

enum st_stmt {
	ST_FIND_HASH, ST_FIND_COPY, ST_INS_COPY, ST_INS_ARTICLE,
	ST_INS_SIG, ST_INS_SENTENCE, ST_INS_EVENT, ST_FIND_GID, ST_INS_ACTOR,
	ST_STORY, ST_NEW_STORY, ST_FTS_BATCH, ST_COUNT_ACTOR, ST_MAX_IDS,
	ST_N
};

struct dyad_store {
	sqlite3 *db;
	char *path;
	int mode;                       /* enum dyad_store_mode */
	int lock_fd;                    /* flock()ed while ingesting, else -1 */
	int in_tx;                      /* a batch transaction is open */
	size_t batch, n_in_batch;
	int64_t fts_from;               /* first article of the batch not yet indexed */
	sqlite3_stmt *stmts[ST_N];
	struct dyad_store_stats stats;

	/* ingest */
	int ingesting;
	struct arena mem;               /* the current article; reset per article */
	struct st_article cur;
	int64_t next_article, next_event;
	int64_t last_article;           /* id of the article last begun */
	struct dedupe *dd;
	int64_t *item_article;          /* dedupe item -> article id */
	uint32_t *item_story;           /* dedupe item -> item of its story as stored */
	uint32_t *story_size;           /* per story item: articles as stored */
	size_t n_items, cap_items;
	struct strmap actors_seen;      /* codes already in the actors table */
	struct strmap actor_counts;     /* code -> events of the batch naming
					 * it, not yet in actor_events */
	struct strmap names;            /* code -> index into name_strs */
	char **name_strs;
	size_t n_names, cap_names;
};

/* ---- SQL helpers (store.c) ------------------------------------------- */

/* Fill err from the database's last error; returns DYAD_EIO, or
 * DYAD_ENOMEM when SQLite ran out of memory.  what says what was being
 * done ("storing article x"). */
int st_fail(dyad_store *st, dyad_error *err, const char *what);
/* Run SQL without results. */
int st_exec(dyad_store *st, const char *sql, dyad_error *err);
/* Prepare sql (OUT: stmt). */
int st_prepare(dyad_store *st, const char *sql, sqlite3_stmt **stmt, dyad_error *err);
/* Bind a string that may be NULL. */
void st_bind_text(sqlite3_stmt *s, int i, const char *v);
/* Start the batch transaction when none is open. */
int st_begin(dyad_store *st, dyad_error *err);
/* Write what the batch keeps until its commit (called before it): the
 * full-text index of its articles and its events' counts per actor. */
int st_flush_batch(dyad_store *st, dyad_error *err);

/* ---- actor codes ------------------------------------------------------ */

/* The country of an actor code of len bytes, as a length: 3 (its first
 * three letters) unless the code is that short or starts with a
 * transnational prefix, when it is its own country (IGOUNO).  The SQL
 * function country() is this. */
size_t st_country(const char *code, size_t len);
/* 1 when the 3-letter prefix of code is one of CAMEO's transnational
 * prefixes (IGO, NGO, MNC...), which name no state. */
int st_transnational(const char *code);

/* What an actor argument matches (OUT: m): a 3-letter code every code
 * in [lo, hi) (those it starts), a longer one lo exactly.  The code is
 * upper-cased; DYAD_EUSAGE when it is not letters and digits. */
struct st_actor_match {
	char lo[64], hi[64];
	int exact;
};
int st_actor_match(const char *spec, struct st_actor_match *m, dyad_error *err);

/* ---- ingest internals (store_ingest.c) ------------------------------- */

void st_ingest_free(dyad_store *st);

#endif
