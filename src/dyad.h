/*
 * dyad.h - the dyad library: from news articles to coded political events.
 *
 * The pipeline, stage by stage:
 *
 *   read      dyad_input_*      files, directories, stdin: text, JSON Lines,
 *                               HTML, RSS/Atom feeds, WARC archives
 *   normalize                   UTF-8 check, NFC, quotes, dashes, spaces
 *   segment                     sentences and tokens with byte offsets
 *   match                       actors, agents, verbs, nominal triggers
 *   code      dyad_code()       source, target, CAMEO code, mode, date
 *   store     dyad_store_*      SQLite: articles, events, stories; and
 *             dyad_query_*      the analyst's questions over them
 *
 * Everything here returns a status (DYAD_OK or a negative DYAD_E* code)
 * and fills a caller-owned dyad_error with a message naming the file, line
 * or byte offset at fault.  The library never prints and never exits.
 */
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdint.h>

#define DYAD_VERSION "0.1.0"

enum dyad_status {
	DYAD_OK = 0,
	DYAD_ENOMEM = -1,       /* out of memory, or a size cap was reached */
	DYAD_EIO = -2,          /* a file could not be opened or read */
	DYAD_EPARSE = -3,       /* a dictionary or data file is malformed */
	DYAD_EINPUT = -4,       /* one input record was rejected; others go on */
	DYAD_EUSAGE = -5,       /* bad arguments */
	DYAD_ENOTFOUND = -6,    /* no such article or story in the store */
	DYAD_EBUSY = -7,        /* another process is writing to the store */
};

typedef struct dyad_error {
	int code;
	char msg[1024];
} dyad_error;

const char *dyad_strstatus(int code);

/* ---- dates ---------------------------------------------------------- */

enum dyad_precision {
	DYAD_PREC_NONE = 0,
	DYAD_PREC_YEAR,
	DYAD_PREC_MONTH,
	DYAD_PREC_DAY,
};

struct dyad_date {
	int32_t ymd;            /* 20251026; month and day are 0 when unknown */
	uint8_t precision;      /* enum dyad_precision */
};

/* Parse YYYY-MM-DD, YYYY-MM or YYYY, the date of an ISO 8601 timestamp,
 * an RFC 2822 date ("Sun, 26 Oct 2025 09:30:00 +0000") or a month-first
 * one ("October 26, 2025").  Returns DYAD_OK or DYAD_EPARSE. */
int dyad_date_parse(const char *s, size_t len, struct dyad_date *out);
/* Format as YYYY-MM-DD, YYYY-MM or YYYY; buf needs 11 bytes. */
void dyad_date_format(struct dyad_date d, char buf[11]);
const char *dyad_precision_name(enum dyad_precision p);

/* ---- articles and input --------------------------------------------- */

struct dyad_article {
	const char *id;         /* never NULL */
	const char *url;        /* may be NULL */
	const char *title;      /* may be NULL */
	const char *text;       /* UTF-8 as read; checked and normalized by dyad_code */
	size_t text_len;
	struct dyad_date date;  /* publication date; precision NONE when unknown */
	const char *author;     /* may be NULL */
	const char *language;   /* ISO 639-1 code ("en") when a reader identified
				 * it; NULL when unknown (coded as English) */
	const char *site;       /* host or feed the article came from; may be NULL */
	const char *origin;     /* file the article came from ("-" for stdin) */
	long line;              /* its line in origin (JSON Lines), else 0 */
};

typedef struct dyad_input dyad_input;

/* Open a list of paths: files, directories (walked recursively, in name
 * order) or "-" for standard input.  max_record caps one article's size. */
int dyad_input_open(dyad_input **out, const char *const *paths, size_t n_paths,
		    size_t max_record, dyad_error *err);
/* Open len bytes of memory (not copied: they must outlive the input) as
 * one source named name, read by the reader called format ("text",
 * "html", "jsonl", "feed", "warc") or, when format is NULL, the one its
 * content selects.  DYAD_EINPUT when data is empty, DYAD_EUSAGE for an
 * unknown format. */
int dyad_input_open_memory(dyad_input **out, const char *name, const void *data,
			   size_t len, const char *format, size_t max_record,
			   dyad_error *err);
/* Read the next article.  Returns 1 with *art filled (valid until the next
 * call), 0 at the end of all input, DYAD_EINPUT when one record was
 * rejected (err says which and why; call again for the next), or another
 * negative status for a failure that ends the input. */
int dyad_input_next(dyad_input *in, struct dyad_article *art, dyad_error *err);
/* Number of records rejected so far. */
size_t dyad_input_rejected(const dyad_input *in);
void dyad_input_free(dyad_input *in);

/* ---- dictionaries ---------------------------------------------------- */

typedef struct dyad_lexicon dyad_lexicon;

enum dyad_dict_format {
	DYAD_DICT_AUTO = 0,     /* detect from the content */
	DYAD_DICT_NATIVE,
	DYAD_DICT_PETRARCH,
	DYAD_DICT_TABARI,
};

struct dyad_lexicon_stats {
	size_t actors, actor_names, actor_codes;
	size_t agents;
	size_t verbs, verb_forms, patterns, nouns, synsets;
	size_t discards;
};

/* data_dir holds dyad's CAMEO table (cameo.tsv); NULL means the built-in
 * default or $DYAD_DATA.  The lexicon starts empty of dictionaries. */
int dyad_lexicon_new(dyad_lexicon **out, const char *data_dir, dyad_error *err);
/* Load a dictionary file, or every dictionary file under a directory. */
int dyad_lexicon_load(dyad_lexicon *lex, const char *path,
		      enum dyad_dict_format fmt, dyad_error *err);
/* Load dyad's own dictionaries from the data directory. */
int dyad_lexicon_load_default(dyad_lexicon *lex, dyad_error *err);
void dyad_lexicon_stats(const dyad_lexicon *lex, struct dyad_lexicon_stats *out);
/* What the dictionaries hold, in detail: people per state (by the
 * states of their codes), patterns and verb or noun classes per CAMEO code,
 * the codes nothing in the dictionaries produces (gaps), and patterns
 * written twice. */
struct dyad_count {
	const char *key;
	size_t n;
};

struct dyad_lexicon_report {
	struct dyad_count *people_by_state;
	size_t n_people_by_state;
	struct dyad_count *patterns_by_code;    /* every CAMEO code, in order */
	size_t n_patterns_by_code;
	const char **gaps;
	size_t n_gaps;
	/* Patterns that repeat another of their verb or noun word for word,
	 * code included: "FILE:LINE repeats line N". */
	char **duplicates;
	size_t n_duplicates;
	/* Actor names written for two different actors: "FILE:LINE names
	 * \"NAME\" again (LABEL), first FILE:LINE (LABEL); ... kept". */
	char **duplicate_names;
	size_t n_duplicate_names;
};

int dyad_lexicon_report(dyad_lexicon *lex, struct dyad_lexicon_report *out,
			dyad_error *err);
void dyad_lexicon_report_free(struct dyad_lexicon_report *r);
void dyad_lexicon_free(dyad_lexicon *lex);
const char *dyad_dict_format_name(enum dyad_dict_format f);
/* The data directory in use. */
const char *dyad_data_dir(const dyad_lexicon *lex);

/* ---- events ---------------------------------------------------------- */

enum dyad_mode {
	DYAD_MODE_ASSERTED = 0,
	DYAD_MODE_PLANNED,
	DYAD_MODE_CONDITIONAL,
	DYAD_MODE_NEGATED,
	DYAD_MODE_SPECULATIVE,
};
const char *dyad_mode_name(enum dyad_mode m);

/* A piece of the sentence: [start, end) are byte offsets into the
 * event's sentence text. */
struct dyad_span {
	uint32_t start, end;
	const char *code;       /* actor code, a place's state code; NULL for a trigger */
};

struct dyad_event {
	const struct dyad_article *article;
	uint32_t sentence;      /* index of the sentence in the article, from 0 */
	const char *text;       /* the sentence, normalized */
	size_t text_len;
	uint32_t text_start;    /* the sentence's offset in the normalized article */
	struct dyad_span source, target, trigger;
	int has_reporter;
	struct dyad_span reporter;
	const char *cameo;      /* "042" */
	const char *cameo_name;
	const char *root;       /* "04" */
	int quad_class;         /* 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict */
	double goldstein;
	const char *plover;     /* PLOVER event type, "CONSULT" */
	enum dyad_mode mode;
	struct dyad_date date;
	/* Where it happened, when the sentence says: the place's words and
	 * its state's code ("Beijing", "CHN"). */
	int has_location;
	struct dyad_span location;
};

typedef int (*dyad_event_fn)(const struct dyad_event *ev, void *ctx);
/* Called with one line of --explain output at a time. */
typedef void (*dyad_trace_fn)(const char *line, size_t len, void *ctx);

typedef struct dyad_coder dyad_coder;

int dyad_coder_new(dyad_coder **out, const dyad_lexicon *lex, dyad_error *err);
void dyad_coder_set_trace(dyad_coder *c, dyad_trace_fn fn, void *ctx);
/* Code one article, calling fn for every event in text order.  Pointers in
 * the event are valid only during the call.  A non-zero return from fn
 * stops coding and is returned.  Returns DYAD_EINPUT when the text is not
 * valid UTF-8 or holds NUL bytes (err gives the byte offset).  An article
 * whose language is known and is not English is not coded: the call
 * returns DYAD_OK with no events (dyad_coder_skipped counts them). */
int dyad_code(dyad_coder *c, const struct dyad_article *art,
	      dyad_event_fn fn, void *ctx, dyad_error *err);
/* Sentences coded so far (for rates). */
uint64_t dyad_coder_sentences(const dyad_coder *c);
/* Articles not coded because they are not in English. */
uint64_t dyad_coder_skipped(const dyad_coder *c);
void dyad_coder_free(dyad_coder *c);

/* ---- store: articles and events in SQLite ---------------------------- */
/*
 * The last stage of the pipeline.  A store is one SQLite database file
 * (WAL journal) holding the articles (normalized text, metadata, content
 * hash, story), the sentences that carry events, the events, the actors
 * and CAMEO codes they name, the stories of near-duplicate articles and a
 * full-text index (FTS5) of titles and texts.
 *
 * Writing goes by batches: each transaction holds whole articles only, so
 * a process killed at any point leaves a database that opens and holds
 * whole articles, and ingesting the same input again skips the articles
 * already stored (they are keyed by the SHA-256 of their normalized text)
 * and stores the rest.
 *
 * A store is used by one thread at a time.  dyad_store_close() frees it.
 */
typedef struct dyad_store dyad_store;

#define DYAD_STORE_SCHEMA 7     /* the schema version this dyad writes */

enum dyad_store_mode {
	DYAD_STORE_READ = 0,    /* an existing store, to query */
	DYAD_STORE_WRITE,       /* created when missing, to ingest into */
};

/* Open the store at path.  A store of an older schema is migrated to
 * DYAD_STORE_SCHEMA in one transaction (*from_version, OUT and may be
 * NULL, says from which; it equals DYAD_STORE_SCHEMA when nothing was
 * done).  Returns DYAD_OK, DYAD_EIO when the file cannot be opened or
 * created, DYAD_EPARSE when it is not a dyad store or was written by a
 * newer dyad (the message says which version), DYAD_ENOMEM. */
int dyad_store_open(dyad_store **out, const char *path, enum dyad_store_mode mode,
		    int *from_version, dyad_error *err);
/* Commit the open batch, if any, and close.  st is freed whatever the
 * result; DYAD_EIO when the last commit failed. */
int dyad_store_close(dyad_store *st, dyad_error *err);

struct dyad_store_stats {
	uint64_t articles;      /* articles stored through this handle */
	uint64_t events;        /* their events */
	uint64_t duplicates;    /* articles skipped: their text was stored */
	uint64_t copies;        /* of those, new URLs for a stored text: kept
				 * as further reports of its events */
	uint64_t merges;        /* stories joined by a new article */
	uint64_t commits;       /* transactions committed */
};
void dyad_store_stats(const dyad_store *st, struct dyad_store_stats *out);

/* Ready a store opened with DYAD_STORE_WRITE for ingesting: the lexicon
 * names the actors and gives the CAMEO table, and the signatures of the
 * stored articles are loaded so that new ones join their stories.
 * DYAD_EBUSY when another process (dyad ingest, or dyad serve taking
 * posts) is writing to the store: nothing is changed, try again later. */
int dyad_store_ingest_begin(dyad_store *st, const dyad_lexicon *lex, dyad_error *err);
/* Articles per transaction (default 1024; 1 commits every article). */
void dyad_store_set_batch(dyad_store *st, size_t n_articles);

/* Code art with coder and store it with its events.  Returns 1 when it
 * was stored, 0 when its text was already stored (it is skipped), or
 * dyad_code's DYAD_EINPUT when it was rejected (nothing is stored).  Any
 * other negative status is fatal: the open batch is lost. */
int dyad_store_ingest(dyad_store *st, dyad_coder *coder,
		      const struct dyad_article *art, dyad_error *err);

/* The steps of dyad_store_ingest(), for a caller that codes by itself:
 * begin (1: new, add its events; 0: already stored, stop here), then
 * dyad_store_add_event() as the dyad_code() callback with st as its
 * context, then end (or abort, which forgets the article). */
int dyad_store_article_begin(dyad_store *st, const struct dyad_article *art,
			     dyad_error *err);
int dyad_store_add_event(const struct dyad_event *ev, void *st);
int dyad_store_article_end(dyad_store *st, dyad_error *err);
void dyad_store_article_abort(dyad_store *st);
/* The stored id of the article last passed to dyad_store_ingest() or
 * dyad_store_article_begin(): the new one, or the one whose text it
 * repeats; 0 before any. */
int64_t dyad_store_last_article(const dyad_store *st);
/* Commit the open batch now. */
int dyad_store_commit(dyad_store *st, dyad_error *err);

/* ---- questions: queries over a store ---------------------------------- */
/*
 * Every query writes its answer as one or more tables to a sink: table()
 * once per table with its name and column names, then row() once per row.
 * Values and their strings are valid only during the call.  A non-zero
 * return from the sink stops the query and is returned.
 *
 * Events are counted once per story: the events of articles in the same
 * story with the same source, target, CAMEO code and day are one event
 * (its id is the first one stored), reported by as many articles and
 * sites as carry it (GDELT's mention counts).
 *
 * Actor arguments: a 3-letter code matches every code that starts with it
 * ("PRK" finds PRK, PRKGOV, PRKMIL); a longer code matches exactly.
 */
enum dyad_vtype {
	DYAD_VNULL = 0,
	DYAD_VINT,
	DYAD_VREAL,
	DYAD_VTEXT,
};

struct dyad_value {
	int type;               /* enum dyad_vtype */
	int digits;             /* REAL: digits after the point; -1 for %.3g */
	int64_t i;
	double r;
	const char *s;          /* TEXT: NUL-terminated */
	size_t len;
};

struct dyad_sink {
	int (*table)(void *ctx, const char *name, const char *const *cols, size_t n_cols);
	int (*row)(void *ctx, const struct dyad_value *vals, size_t n_vals);
	void *ctx;
};

enum dyad_bucket { DYAD_BUCKET_MONTH = 0, DYAD_BUCKET_WEEK, DYAD_BUCKET_DAY };
enum dyad_direction { DYAD_DIR_OUT = 0, DYAD_DIR_IN, DYAD_DIR_BOTH };
enum dyad_test { DYAD_TEST_Z = 0, DYAD_TEST_FISHER };

#define DYAD_MODE_ANY (-1)

/* What to ask.  Zero (NULL) fields mean "any" or the default; set mode to
 * DYAD_MODE_ANY or an enum dyad_mode (dyad_query_init sets the defaults). */
struct dyad_query {
	/* filters */
	const char *actor;      /* as source or target */
	const char *source, *target;
	const char *cameo;      /* an event code: "042" */
	const char *root;       /* a root: "04" */
	int quad_class;         /* 1..4 */
	const char *plover;     /* "CONSULT" */
	const char *place;      /* where it happened: a state's code, "UKR" */
	int mode;               /* enum dyad_mode or DYAD_MODE_ANY */
	const char *from, *to;  /* days, YYYY-MM-DD, both inclusive */
	const char *article;    /* a stored article id or the input's id */
	const char *text;       /* FTS5 query over article titles and texts */
	int64_t story;          /* 0 = any */
	size_t limit;           /* rows; 0 = no limit */
	size_t offset;          /* events: rows skipped first (paging) */
	const char *after;      /* events: the rows after this cursor, "DAY:ID"
	                         * (the day and mention of the last row seen;
	                         * ":ID" when it had no day): pages that cost
	                         * the same however deep */
	const char *prefix;     /* actors: of a code or a name */
	int brief;              /* fewer columns (for a terminal) */
	int mentions;           /* events: every report, not one row per event */
	int by_actor;           /* dyads, focus: full codes, not countries */
	/* timeline: between a and b */
	const char *a, *b;
	enum dyad_bucket bucket;
	/* focus: the actor is a */
	const char *split;      /* first day of period two; NULL: halves */
	enum dyad_test test;
	double alpha;           /* family-wise error rate (default 0.05) */
	size_t min_events;      /* partners with fewer events are not tested */
	size_t evidence;        /* sentences per shift and period */
	size_t top;             /* partners per class in the shares over time */
	enum dyad_direction direction;
};

void dyad_query_init(struct dyad_query *q);
/* Set the parameter called name (leading dashes ignored: "--from" and
 * "from" are one) from its text, as the CLI's options and the server's
 * query strings both give them: actor source target cameo root quad
 * plover place article text story from to mode limit offset after prefix min evidence
 * top bucket split test alpha direction mentions by-actor a b.  value is
 * not copied.  Returns DYAD_OK, or DYAD_EUSAGE with a message that starts
 * with name as given ("--from: '2025-13-01' is not a day (YYYY-MM-DD)"),
 * for an unknown name too. */
int dyad_query_set(struct dyad_query *q, const char *name, const char *value,
		   dyad_error *err);
/* The checks between parameters (from before to); DYAD_EUSAGE. */
int dyad_query_check(const struct dyad_query *q, dyad_error *err);

/* The events that pass the filters, in order of day: one row per event
 * (q->mentions: per report), with how many articles and sites reported
 * it. */
int dyad_query_events(dyad_store *st, const struct dyad_query *q,
		      const struct dyad_sink *sink, dyad_error *err);
/* The same in the column order of the GDELT 2.0 event table (61
 * columns, NULL where dyad does not know the field). */
int dyad_query_gdelt(dyad_store *st, const struct dyad_query *q,
		     const struct dyad_sink *sink, dyad_error *err);
/* Where events happened, per state their sentences place them in: counts
 * by quad class, mean Goldstein, first and last day, the place named most
 * often. */
int dyad_query_places(dyad_store *st, const struct dyad_query *q,
		      const struct dyad_sink *sink, dyad_error *err);
/* The most active directed pairs: counts by quad class, mean Goldstein. */
int dyad_query_dyads(dyad_store *st, const struct dyad_query *q,
		     const struct dyad_sink *sink, dyad_error *err);
/* q->a and q->b over time, both directions, by bucket. */
int dyad_query_timeline(dyad_store *st, const struct dyad_query *q,
			const struct dyad_sink *sink, dyad_error *err);
/* The partners of q->a's cooperative and conflictual events, their
 * shares in two periods, the shifts the test finds and their evidence. */
int dyad_query_focus(dyad_store *st, const struct dyad_query *q,
		     const struct dyad_sink *sink, dyad_error *err);
/* The articles of story q->story; with no story, the largest stories. */
int dyad_query_story(dyad_store *st, const struct dyad_query *q,
		     const struct dyad_sink *sink, dyad_error *err);
/* The stories most related to article q->article, by BM25 over the
 * full-text index. */
int dyad_query_related(dyad_store *st, const struct dyad_query *q,
		       const struct dyad_sink *sink, dyad_error *err);
/* The store's totals: articles, events, stories, actors, first and
 * last day. */
int dyad_query_stats(dyad_store *st, const struct dyad_query *q,
		     const struct dyad_sink *sink, dyad_error *err);
/* A number that grows whenever articles or events are stored (through
 * any handle or process), so that an answer computed before can be
 * kept while it stays the same.  Cheap: two index lookups. */
int dyad_store_generation(dyad_store *st, int64_t *out, dyad_error *err);
/* The actors of the events, most active first; q->prefix keeps those
 * whose code or name starts with it. */
int dyad_query_actors(dyad_store *st, const struct dyad_query *q,
		      const struct dyad_sink *sink, dyad_error *err);
/* Article q->article with its text, and its events with their spans as
 * byte offsets into that text.  DYAD_ENOTFOUND when there is none. */
int dyad_query_article(dyad_store *st, const struct dyad_query *q,
		       const struct dyad_sink *sink, dyad_error *err);
/* The short report: totals, top dyads, the largest focus shifts with
 * their evidence, the busiest stories. */
int dyad_query_report(dyad_store *st, const struct dyad_query *q,
		      const struct dyad_sink *sink, dyad_error *err);

/* ---- server: the questions over HTTP ------------------------------------ */
/*
 * dyad serve: a JSON API over a store (docs/api.md), the dashboard's
 * static files, and POST /api/articles to code and store an article at
 * once.  The server runs its own threads; dyad_server_start() returns
 * once it listens.
 */
typedef struct dyad_server dyad_server;

struct dyad_server_config {
	const char *db;                 /* the store (must exist) */
	const char *host;               /* address to listen on: "127.0.0.1" */
	unsigned port;                  /* 0: a free port (dyad_server_port) */
	const char *web_dir;            /* the dashboard's files, or NULL */
	int web_required;               /* a missing web_dir is an error */
	const dyad_lexicon *lex;        /* codes posted articles; NULL: read-only */
	size_t max_body;                /* bytes of a request body (8 MiB) */
	unsigned max_connections;       /* at once (64); more get 503 */
	unsigned timeout;               /* seconds a connection may idle (30) */
	unsigned threads;               /* serving threads (2) */
	/* One line per request and per server fault, from any thread. */
	void (*log)(const char *line, void *ctx);
	void *log_ctx;
};

void dyad_server_config_init(struct dyad_server_config *cfg);
/* Start serving cfg->db.  DYAD_EIO when the store cannot be opened or the
 * address cannot be bound, DYAD_EUSAGE for an address that does not
 * resolve, DYAD_EPARSE for a file that is not a dyad store.  cfg->lex,
 * when set, must outlive the server. */
int dyad_server_start(dyad_server **out, const struct dyad_server_config *cfg,
		      dyad_error *err);
/* The port it listens on. */
unsigned dyad_server_port(const dyad_server *srv);
/* Whether the dashboard's folder was found. */
int dyad_server_has_web(const dyad_server *srv);
/* Stop: waits for the requests being answered, then frees. */
void dyad_server_stop(dyad_server *srv);

#endif
