/*
 * coder_int.h - what the matcher (match.c and match_*.c) hands the coder (coder.c).
 *
 * For one sentence the matcher annotates tokens (word ids, lemmas, the
 * closed-class roles that drive clause analysis) and finds mentions:
 * actors, agents, their combinations ("North Korean state media"),
 * surnames met earlier in the article, pronouns.  The coder then finds the
 * predicates, assigns source and target, mode and date, and emits events.
 */
#ifndef DYAD_CODER_INT_H
#define DYAD_CODER_INT_H

#include <string.h>
#include <strings.h>

#include "arena.h"
#include "buf.h"
#include "lexicon_int.h"
#include "segment.h"
#include "strmap.h"

/* Closed-class roles of a word (bits). */
enum role {
	R_DET = 1 << 0,         /* a, the, this, his, their ... */
	R_PREP = 1 << 1,        /* to, with, in, by ... */
	R_BE = 1 << 2,          /* is, was, been ... */
	R_HAVE = 1 << 3,
	R_DO = 1 << 4,
	R_WILL = 1 << 5,        /* will, shall: planned */
	R_WOULD = 1 << 6,       /* would: conditional, or planned in reported speech */
	R_MAY = 1 << 7,         /* may, might, could, should, must: speculative */
	R_NEG = 1 << 8,         /* not, n't, never */
	R_PRON = 1 << 9,        /* he, she, it, they ... */
	R_CONJ = 1 << 10,       /* and, or */
	R_SUB = 1 << 11,        /* that, which, who, while, because ... */
	R_IF = 1 << 12,         /* if, unless */
	R_TO = 1 << 13,         /* the word "to" */
	R_BY = 1 << 14,         /* the word "by" */
	R_POSS = 1 << 15,       /* his, her, its, their, 's */
	R_PLANADJ = 1 << 16,    /* upcoming, planned, scheduled, proposed */
	R_SPECADJ = 1 << 17,    /* potential, possible, likely, unlikely */
	R_BUT = 1 << 18,        /* but, while, whereas: hard clause break */
	R_OF = 1 << 19,
	R_AUXNOUN = 1 << 20,    /* words that never head a verb phrase here */
	R_CAN = 1 << 21,        /* can: asserted ability */
	R_FROM = 1 << 22,
	R_ACCORDING = 1 << 23,  /* "according (to X)": X reports */
	R_LOC = 1 << 24,        /* at, in: "police in Gaza", "a professor at X" */
};

/* Roles of verb lemmas that shape the clause around them. */
enum verb_role {
	V_SPEECH = 1 << 0,      /* say, tell, add: reported speech */
	V_OPINION = 1 << 1,     /* believe, see, interpret: the analyst's view */
	V_PLAN = 1 << 2,        /* plan, intend, schedule: planned */
	V_SPEC = 1 << 3,        /* appear, seem, signal: speculative */
	V_DENY = 1 << 4,        /* deny: negated */
	V_LIGHT = 1 << 5,       /* make, hold, pay: "hold talks", "pay a visit" */
	V_CONTROL = 1 << 6,     /* urge, ask, order: "urged Israel to strike" */
	V_ASPECT = 1 << 7,      /* begin, continue, stop: "began sharing" */
	V_REACT = 1 << 8,       /* condemn, demand, reject: their object noun is
				 * another's act, not an event of its own */
	V_AGREE = 1 << 9,       /* agree: the act agreed on is to come */
	V_VOTE = 1 << 10,       /* vote: the act voted is done by the vote */
};

/* Per-token annotation, parallel to the sentence's tokens. */
struct tokinfo {
	uint32_t word, vlemma, nlemma;
	uint32_t roles;         /* enum role */
	uint32_t vroles;        /* enum verb_role of its verb lemma */
	int32_t mention;        /* index of the mention covering it, or -1 */
	uint8_t verb;           /* read as a verb in this sentence */
	uint8_t noun_ctx;       /* a determiner or adjective precedes: noun reading */
	uint8_t brk;            /* ends a clause for argument search */
	uint8_t aside;          /* in an apposition to the actor before it,
				 * its commas included ("Putin, the Russian
				 * president, and Xi") */
	uint8_t kind_word;      /* a word for a kind of state ("kingdom",
				 * "island", "nation"): kind_anaphors() asks
				 * this of every token */
	uint8_t infl;           /* an inflected verb form ("expected",
				 * "visited", "went", "talks"): its verb lemma
				 * is not the word, by the lexicon when it
				 * knows the verb, else by WordNet's morphology
				 * ("rubber-stamped", whose lemma no dictionary
				 * lists); 0 for a bare form or a non-verb */
};

enum mention_kind {
	M_NAME = 0,             /* an actor name from the dictionaries */
	M_AGENT,                /* an agent alone ("police", "rebels") */
	M_PRONOUN,              /* he, she, it, they: resolved to an earlier mention */
	M_SURNAME,              /* "Choe" after "Choe Son-hui" */
};

struct mention {
	uint32_t tok, n_tok;    /* sentence-relative token range */
	uint32_t start, end;    /* byte offsets in the sentence text */
	uint32_t actor;         /* lexicon actor, or LEX_NONE */
	const char *code;       /* resolved actor code */
	const char *how;        /* for --explain: what matched */
	uint32_t group;         /* mentions joined by "and" share a group */
	uint8_t kind;           /* enum mention_kind */
	uint8_t person;         /* an individual */
	uint8_t country;        /* a bare state code */
	uint8_t after_prep;     /* object of a preposition */
	uint8_t pair;           /* one side of "Trump-Kim" */
	uint8_t subject;        /* the subject of some predicate */
	uint8_t placed;         /* a role given the state of its place */
	uint8_t datelined;      /* a role given the dateline's state, the
				 * sentence naming none of its own */
	uint8_t place_only;     /* a `place` record's name: a location, never
				 * a source or target */
	uint8_t quoted;         /* "I" or "we" in a quote: its speaker */
	uint8_t act_noun;       /* "the launch" for an earlier act's source:
				 * its last word still names the act */
	uint32_t prep_roles;    /* that preposition's roles (R_BY, R_LOC ...) */
	uint32_t agent;         /* an agent alone: its lexicon agent, or LEX_NONE */
};

/* What the coder remembers across the sentences of one article. */
struct memo_person {
	uint32_t hash;          /* of the folded name word (names are rarely
				 * in the lexicon, so no word id) */
	uint32_t len;
	uint32_t actor;
	const char *code;
	uint8_t person;
};

struct memo {
	struct memo_person people[64];
	size_t n_people;
	/* The article's home state: its dateline's, else the state its
	 * sentences have named most so far. */
	char dateline[4];
	struct { char code[4]; uint32_t n; } states[16];
	size_t n_states;
	/* The last mentions fit to stand for pronouns: persons, groups,
	 * states and organisations. */
	struct mention last_person, last_thing, last_group;
	int have_person, have_thing, have_group;
	uint32_t last_person_sent, last_thing_sent, last_group_sent;
	/* The best-placed other person of last_person's sentence: "Baerbock
	 * met Wang Yi. She urged him ..." ("him" is not who "she" is). */
	struct mention other_person;
	int have_other_person;
	int named_scanned;      /* coder->named holds this article's people */
	/* The states of the roles named so far, by the role's word: "North
	 * Korea's foreign ministry condemned ... The ministry accused" */
	struct { char word[24]; char state[4]; } roles[16];
	size_t n_roles;
	/* The last two or three states whose actors a sentence named, and
	 * no other: "Lee met Ishiba in Tokyo. The two leaders agreed ...";
	 * have_pair counts them (0: none remembered). */
	struct mention pair[3];
	int have_pair;
	uint32_t pair_sent;
	/* The last three states remembered so, kept longer: a count of
	 * three is telling ("The foreign ministers of Japan, China and
	 * South Korea met ... Wang held separate talks with Iwaya ... The
	 * three ministers agreed"). */
	struct mention trio[3];
	int have_trio;
	uint32_t trio_sent;
	/* The acts coded in the last sentences, latest first, for the
	 * "the launch" or "the sanctions" of the next ones: "North Korea
	 * fired a missile ... Japan protested the launch" */
	struct { char code[8]; char source[16]; char target[16]; uint32_t sent; } acts[8];
	size_t n_acts;
	/* The states the last sentences named, by name or role, latest
	 * first, for "the kingdom" or "the country" of the next ones:
	 * "Saudi ... met his Iranian counterpart ... The kingdom will
	 * reopen its embassy" */
	struct { char code[4]; uint32_t sent; } recent[8];
	size_t n_recent;
	/* The bodies (IGO and NGO codes) the last sentences named, latest
	 * first, with the words of their names folded, for "the council"
	 * or "the bloc" of the next ones: "The U.N. Security Council
	 * endorsed ... The council urged Israel and Hamas" */
	struct { const char *code; char words[48]; uint32_t sent; } bodies[4];
	size_t n_bodies;
	/* The state's people the last sentences named, latest first (a
	 * sentence's subject before its objects), with the office their
	 * title gave ("president", "prime minister"; "" for none told),
	 * for "the prime minister" or "the president" of the next ones:
	 * "Japan's Takaichi held talks with Chinese President Xi ... The
	 * prime minister urged Xi" */
	struct { uint32_t actor; const char *code; char title[16]; uint32_t sent; } titled[6];
	size_t n_titled;
};

/* Keep an act of sentence SENT, its CAMEO code and its source's code, in
 * the memo's acts (coder.c). */
void memo_add_act(struct memo *mo, uint32_t sent, const char *code, const char *source,
		  const char *target);

/* A person's label in the chain of labels sharing its first four bytes. */
struct label_link {
	uint32_t actor;
	uint32_t next;          /* index in label_links, or UINT32_MAX */
};

struct dyad_coder {
	const dyad_lexicon *lex;
	struct arena mem;               /* per-article work */
	struct strmap roles;            /* folded word -> enum role */
	struct strmap vroles;           /* verb lemma -> enum verb_role */
	struct strmap kind_words;       /* folded word -> 1 for a kind of state */
	struct strmap cache;            /* folded form -> index in cache_info */
	struct tokinfo *cache_info;
	size_t cache_n, cache_cap;
	uint64_t n_sentences;
	uint64_t n_skipped;             /* articles not in English */
	dyad_trace_fn trace;
	void *trace_ctx;
	struct buf tbuf;                /* trace line being built */
	struct memo memo;
	int32_t ymd;                    /* the sentence's date (0: none), for
					 * the roles of states under a junta */
	/* Which people an article names in full, found in one pass over its
	 * text (match.c): person labels by their first four bytes, the
	 * shorter ones apart, and per actor the stamp of the last article
	 * that names it. */
	struct intmap label_index;      /* 4-byte prefix -> label_links index */
	struct label_link *label_links;
	uint32_t *short_labels;         /* actors with labels under 4 bytes */
	size_t n_short_labels;
	uint8_t label_first[256];       /* first bytes of indexed labels */
	uint32_t *named;                /* actor -> stamp */
	size_t n_named;
	uint32_t stamp;
};

/* Per-sentence state shared by match.c and coder.c. */
struct sent {
	const struct dyad_article *art;
	uint32_t index;
	const char *text;               /* the sentence */
	size_t len;
	uint32_t base;                  /* its offset in the article text */
	size_t doc_len;                 /* the article text's length */
	const struct token *toks;       /* tokens (article offsets) */
	size_t n;
	struct tokinfo *info;
	struct mention *ments;
	size_t n_ments, cap_ments;
	struct dyad_date pub;
	uint64_t bloom[64];             /* word and lemma ids present */
	const uint64_t *sets;           /* bits: synonym sets a token may
					 * start; NULL until a pattern asks */
	/* A quote that opens the sentence ('"...," Lavrov said'): the token
	 * of its closing mark (0: none, or no speaker found), the first
	 * token of its speaker's mention, and of the mention a "said of X"
	 * after it names (-1: none); tokens, as mentions are sorted later. */
	uint32_t qclose;
	int32_t qspeaker_tok, qof_tok;
	int32_t qafter_tok;     /* the subject of "said after X did" (-1) */
};

static inline void sent_bloom_add(struct sent *s, uint32_t id)
{
	if (id != UINT32_MAX) {
		uint32_t h = (id * 2654435761u) >> 20;  /* 12 bits */
		s->bloom[h >> 6] |= 1ull << (h & 63);
	}
}

static inline int sent_bloom_has(const struct sent *s, uint32_t id)
{
	uint32_t h = (id * 2654435761u) >> 20;

	return (s->bloom[h >> 6] >> (h & 63)) & 1;
}

/* the matcher (match.c and its stages, match_*.c) */
int match_init(struct dyad_coder *c, dyad_error *err);
void match_free(struct dyad_coder *c);
int match_annotate(struct dyad_coder *c, struct sent *s);
/* 1 when a discard phrase occurs; *story says it discards the article. */
int match_discard(struct dyad_coder *c, struct sent *s, int *story);
int match_mentions(struct dyad_coder *c, struct sent *s);
/* Read token i as the word WORD (folded, LEN bytes) from now on: its
 * word, lemmas and roles; its mention stays.  For headlines, whose
 * dropped verbs a word stands for (headline.c). */
void match_reread(struct dyad_coder *c, struct sent *s, size_t i, const char *word, size_t len);
/* Note the state a dateline ("SEOUL, Dec 4 (Yonhap) --") names, from the
 * sentence-like span of its tokens, as the article's home state. */
int match_dateline(struct dyad_coder *c, struct sent *s);
/* The state a role with none of its own at token `tok` belongs to: the
 * nearest place named, else the dateline's, else the sentence's one
 * state, else the article's main one; NULL when none.  Call after
 * match_mentions. */
const char *match_place_state(struct dyad_coder *c, const struct sent *s, uint32_t tok);
/* Nouns of places ("city", "town", "province"): match_place.c. */
extern const char *const match_place_nouns[];
/* Whether mention m names a place where things happen: a state or
 * city after "in", "at", "near" ..., "the city of X", "a strike on X",
 * or a role placed in one ("protesters in Tbilisi").  Gives the place's
 * words as byte offsets in the sentence (all of a name, "Tbilisi" of the
 * role's). */
int match_place_words(const struct sent *s, const struct mention *m, uint32_t *start,
		      uint32_t *end);
/* The code of the one-word actor a hyphenated token at i starts with
 * ("U.S." in "U.S.-brokered") when the word after its hyphen is one of
 * words; NULL otherwise. */
const char *match_hyphen_owner(struct dyad_coder *c, const struct sent *s, size_t i,
			       int32_t ymd, const char *const *words);
/* The two sides of the war fought in state CODE (a bare state code) on
 * date YMD (yyyymmdd), in *A and *B: "the warring parties in Sudan" are
 * the army and the RSF, a ceasefire "in Gaza" is Israel's and Hamas's.
 * 0 when no war the coder knows is fought there then. */
int match_war_sides(const char *code, int32_t ymd, const char **a, const char **b);
/* Pick the code an actor held on a date (yyyymmdd); NULL when none. */
const char *match_actor_code(const dyad_lexicon *lex, uint32_t actor, int32_t ymd);
/* A person's state's elite (ELI) on a date none of their roles covers. */
const char *match_person_between_roles(struct dyad_coder *c, uint32_t actor, int32_t ymd);

/* trace helpers (coder.c) */
void coder_tracef(struct dyad_coder *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
#define TRACING(c) ((c)->trace != NULL)

/* Hash of a token's folded text, for names the lexicon does not know. */
uint32_t match_name_hash(const struct sent *s, size_t i, uint32_t *len /* OUT */);

static inline const char *tok_text(const struct sent *s, size_t i, size_t *len)
{
	*len = s->toks[i].end - s->toks[i].start;
	return s->text + (s->toks[i].start - s->base);
}

/* Whether the word t (len bytes) ends in suf, in any case, with more
 * before it ("killed" in "ed"; "ed" itself does not). */
static inline int ends_with(const char *t, size_t len, const char *suf)
{
	size_t k = strlen(suf);

	return len > k && strncasecmp(t + len - k, suf, k) == 0;
}

/* STATE's three letters with ROLE after them ("KEN" + "GOV"), in the
 * article's memory; NULL when it is out. */
static inline char *state_role(struct dyad_coder *c, const char *state, const char *role)
{
	size_t n = strlen(role);
	char *cc = arena_alloc(&c->mem, n + 4);

	if (cc) {
		memcpy(cc, state, 3);
		memcpy(cc + 3, role, n + 1);
	}
	return cc;
}

/* Whether code names a role in `roles` (NULL-ended): the three letters
 * after a state's or group's own ("SYRMIL" is MIL, "---INS" INS). */
static inline int role_in(const char *code, const char *const *roles)
{
	size_t k;

	if (strlen(code) < 6)
		return 0;
	for (k = 0; roles[k]; k++)
		if (!strncmp(code + 3, roles[k], 3))
			return 1;
	return 0;
}

/* Rebels, insurgents and militant groups: "PSEREB", "RUSINS",
 * "IMGMUSISI", "---INS". */
static inline int armed_group(const char *code)
{
	static const char *const armed[] = { "REB", "INS", NULL };

	return !strncmp(code, "IMG", 3) || role_in(code, armed);
}

/* Whether token i is one of the NULL-ended words, in any case.  The
 * coder asks this of most tokens many times over, so the first byte,
 * folded as ASCII case folds, is compared before any length: it never
 * rejects a word strncasecmp() would accept. */
static inline int word_is_any(const struct sent *s, size_t i, const char *const *words)
{
	size_t len, k;
	const char *t = tok_text(s, i, &len);
	unsigned char first = (unsigned char)(t[0] | 0x20);

	for (k = 0; words[k]; k++)
		if ((unsigned char)(words[k][0] | 0x20) == first && len == strlen(words[k]) &&
		    !strncasecmp(t, words[k], len))
			return 1;
	return 0;
}

/* Whether mention M is a possessor ("Trump's Asia swing", "Maduro's
 * wife"). */
static inline int possessor(const struct sent *s, const struct mention *m)
{
	size_t after = m->tok + m->n_tok;

	return after < s->n && (s->info[after].roles & R_POSS);
}

/* A noun naming a claim whose content a "that" clause gives: "U.S.
 * accusations that its army had used", "a report that". */
static inline int claim_noun(const struct sent *s, size_t i)
{
	static const char *const claims[] = {
		"accusation", "accusations", "allegation", "allegations", "claim", "claims",
		"report", "reports", "charge", "charges", "suggestion", "suggestions",
		"assertion", "assertions", "finding", "findings", "conclusion", "conclusions",
		"assessment", NULL
	};

	return word_is_any(s, i, claims);
}

#endif
