/*
 * dyad.h - the dyad library: from news articles to coded political events.
 *
 * The pipeline, stage by stage:
 *
 *   read      dyad_input_*      files, directories, stdin; text and JSON Lines
 *   normalize                   UTF-8 check, NFC, quotes, dashes, spaces
 *   segment                     sentences and tokens with byte offsets
 *   match                       actors, agents, verbs, nominal triggers
 *   code      dyad_code()       source, target, CAMEO code, mode, date
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

/* Parse YYYY-MM-DD, YYYY-MM or YYYY (and the leading date of an ISO 8601
 * timestamp).  Returns DYAD_OK or DYAD_EPARSE. */
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
 * and the codes nothing in the dictionaries produces (gaps). */
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
	const char *code;       /* actor code; NULL for a trigger */
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

#endif
