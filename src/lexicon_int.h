/*
 * lexicon_int.h - the compiled lexicon as the matcher and coder see it.
 *
 * Readers never include this; they go through the builder in lexicon.h.
 * After loading, lex_finalize() sorts heads and patterns into the indexes
 * below; from then on the lexicon is read-only and may be shared.
 */
#ifndef DYAD_LEXICON_INT_H
#define DYAD_LEXICON_INT_H

#include <strings.h>

#include "arena.h"
#include "cameo.h"
#include "intmap.h"
#include "lexicon.h"
#include "morph.h"
#include "strmap.h"

#define LEX_EXACT_BIT 0x80000000u     /* on a pooled word: match exactly */
#define LEX_CODE_NULL (LEX_NONE - 1)   /* the "---" code: match, don't code */

/* Interned strings with ids. */
struct lex_strtab {
	struct strmap map;
	const char **strs;
	size_t n, cap;
};

/* A token trie: nodes are ids, edges live in one hash keyed by
 * (node << 32 | word); node 0 is the root. */
struct lex_trie {
	struct intmap edges;    /* value: child node | LEX_EXACT_BIT */
	uint32_t *values;       /* per node: payload, or LEX_NONE */
	size_t n_nodes, cap;
	/* Bits by word id: the words on an edge from the root.  The
	 * matcher steps from the root at every token, mostly with words
	 * that start nothing; a bit tells so without a probe. */
	uint64_t *firsts;
	size_t n_firsts;        /* 64-bit words in firsts */
};

struct lex_code {
	uint32_t code;          /* id in lex->codes */
	int32_t from, to;       /* yyyymmdd; 0 = open */
};

struct lex_actor {
	uint32_t label;         /* id in lex->strs */
	uint32_t flags;         /* enum lex_actor_flags */
	struct lex_code *codes;
	uint32_t n_codes, cap_codes;
	uint32_t depth;         /* directory depth of the file that made it */
};

/* Where a dictionary writes something: origin is an id in lex->strs
 * (the file), line 0 when the reader does not count lines. */
struct lex_where {
	uint32_t origin, line;
};

/* An actor name written again for another actor: the name is kept by
 * one of them, and dyad dict --report lists the pair. */
struct lex_name_dup {
	uint32_t name;          /* the later spelling, id in lex->strs */
	uint32_t first, later;  /* actors */
	struct lex_where first_at, later_at;
	int later_kept;         /* a file nearer the dictionary root won */
};

struct lex_namepart {           /* a first or last word of an actor's name */
	uint32_t actor;
	uint32_t next;          /* next actor with that word, or LEX_NONE */
};

struct lex_agent {
	uint32_t code;
	uint32_t junta;         /* the code under military rule, or LEX_NONE:
				 * "security forces" COP, MIL under a junta */
	uint8_t place;          /* enum lex_agent_place */
};

/* A state under military rule over a span of dates ("junta MLI
 * 2020-08-18.."): there its "security forces" are its soldiers and its
 * military leaders its government. */
struct lex_junta {
	char state[4];
	int32_t from, to;       /* 0: open */
};

struct lex_member {             /* one phrase of a synonym set */
	uint32_t next;          /* next member, or LEX_NONE */
	uint32_t next_same;     /* next member of its set with the same
				 * first word, or LEX_NONE (after finalize) */
	uint32_t off;           /* words in lex->pool */
	uint8_t n;
};

/* A set with a member that starts with some word, and the first of
 * those members to try (its next_same chain holds the others). */
struct lex_set_start {
	uint32_t set;           /* LEX_NONE ends a word's list */
	uint32_t member;
};

struct lex_synset {
	uint32_t name;          /* id in lex->strs, upper case without '&' */
	uint32_t first;         /* first member, or LEX_NONE */
	uint32_t last;
	uint32_t n;
};

struct lex_class {
	uint8_t kind;           /* enum lex_class_kind */
	uint32_t label;         /* id in lex->strs */
	uint32_t code;          /* id in lex->codes, LEX_CODE_NULL or LEX_NONE */
	uint32_t pat_first, n_pats;     /* into lex->patterns, after finalize */
};

struct lex_head {
	uint32_t cls;
	uint32_t lemma;         /* word id of the head lemma */
	uint32_t part_off;      /* particles in lex->pool */
	uint8_t kind, n_part;
};

struct lex_pattern {
	uint32_t cls;
	uint32_t el_off;        /* into lex->elems */
	uint16_t n_el;
	uint16_t weight;        /* words and sets: the more, the more specific */
	uint32_t code, code2;   /* ids in lex->codes; LEX_NONE/LEX_CODE_NULL */
	uint32_t origin;        /* id in lex->strs: dictionary file */
	uint32_t line;
	uint32_t seq;           /* load order, for stable ties */
};

/* What a pattern needs of a sentence before it is worth trying, one per
 * pattern and in the same order: pat_choose() reads these, and only
 * these, for every pattern of a head's classes, so they are kept small
 * and apart from the patterns and their elements. */
struct lex_pat_gate {
	uint32_t req[2];        /* literal words it needs, or LEX_NONE: a
				 * sentence without them cannot match */
	uint32_t set[2];        /* sets of which it needs a start, or LEX_NONE */
	uint16_t weight;        /* the pattern's */
	uint16_t more_sets;     /* it names sets beyond set[]: its elements
				 * must be read to know */
};

struct lex_issue {
	uint32_t code;
};

struct lex_wordinfo {
	uint32_t vlemma;        /* word id of the verb lemma, or LEX_NONE */
	uint32_t nlemma;        /* word id of the noun lemma, or LEX_NONE */
};

#define LEX_VEC(T) struct { T *v; size_t n, cap; }

struct dyad_lexicon {
	struct arena mem;               /* strings and small arrays */
	struct lex_strtab words;        /* lower-case word forms */
	struct lex_strtab codes;        /* actor and event codes */
	struct lex_strtab strs;         /* labels, file names */
	LEX_VEC(uint32_t) pool;         /* word sequences */

	struct lex_trie actor_trie;     /* value: actor index */
	/* The names a dictionary writes in lower case ("euro zone
	 * leaders", "pro-Russian separatists"), which match where the
	 * text writes them so; actor_trie holds them too. */
	struct lex_trie actor_lc_trie;  /* value: its node in actor_trie */
	struct lex_trie agent_trie;     /* value: agent index */
	struct lex_trie discard_trie;   /* value: 0 sentence, 1 story */
	struct lex_trie issue_trie;     /* value: issue index */
	LEX_VEC(struct lex_actor) actors;
	LEX_VEC(struct lex_agent) agents;
	LEX_VEC(struct lex_synset) synsets;
	LEX_VEC(struct lex_member) members;
	LEX_VEC(struct lex_class) classes;
	LEX_VEC(struct lex_head) heads;
	LEX_VEC(struct lex_pattern) patterns;
	struct lex_pat_gate *gates;     /* one per pattern, after finalize */
	LEX_VEC(struct lex_elem) elems;
	LEX_VEC(struct lex_issue) issues;
	LEX_VEC(struct lex_junta) juntas;
	LEX_VEC(struct lex_namepart) nameparts;
	struct strmap synset_by_name;   /* upper-case name -> synset index */
	struct intmap forms;            /* surface word -> lemma word (explicit forms) */
	struct intmap head_index;       /* kind << 32 | lemma -> first head */
	/* Synonym-set members by first word: per word id, the index in
	 * set_starts of its list (sets in increasing order), or LEX_NONE.
	 * An array, not a hash: the coder asks it of every token, for
	 * every set a pattern names. */
	uint32_t *set_start_at;
	uint64_t *set_start_bits;       /* words with a set_start_at entry:
					 * most words have none, and this is
					 * a small table to ask first */
	size_t n_set_start_at;
	LEX_VEC(struct lex_set_start) set_starts;
	struct intmap namepart_index;   /* word -> first namepart */

	size_t n_actor_names;
	size_t n_discards;
	size_t n_duplicate_names;
	/* Per actor_trie node with an actor: where that actor's name is
	 * written; and the names written for two actors. */
	struct lex_where *name_at;
	size_t cap_name_at;
	LEX_VEC(struct lex_name_dup) name_dups;
	struct lex_where at;            /* the line loading, as readers set it */
	uint32_t load_depth;            /* of the file loading: subdirectories
					 * hold generated, weaker names */
	int finalized;

	struct morph *morph;
	struct cameo_table *cameo;
	char *data_dir;
};

/* A lexicon with no CAMEO table and no morphology: for fuzzing readers
 * and for tests of the builder.  Free with dyad_lexicon_free. */
int lex_new_bare(dyad_lexicon **out, const char *data_dir);

/* Build the indexes; idempotent.  Called by dyad_coder_new. */
int lex_finalize(dyad_lexicon *lex, dyad_error *err);

/* Case-fold a token into out (ASCII fast path, utf8proc beyond).
 * Returns the folded length, or 0 when it does not fit. */
size_t lex_fold(const char *s, size_t n, char *out, size_t cap);

/* Word id of a folded form, or LEX_NONE when the lexicon never saw it. */
uint32_t lex_lookup(const dyad_lexicon *lex, const char *folded, size_t n);

/* Lemma ids of a folded word form, using explicit forms and WordNet. */
void lex_lemmas(const dyad_lexicon *lex, const char *folded, size_t n,
		uint32_t word, uint32_t *vlemma /* OUT */, uint32_t *nlemma /* OUT */);

/* Whether word is on an edge from the root of t: whether a phrase of t
 * can start with it. */
static inline int lex_trie_first(const struct lex_trie *t, uint32_t word)
{
	return word / 64 < t->n_firsts && (t->firsts[word / 64] >> (word % 64) & 1);
}

/* Trie step: the child of node reached by word (taking an exact edge only
 * when surface is set).  Returns LEX_NONE when there is none. */
static inline uint32_t lex_trie_step(const struct lex_trie *t, uint32_t node,
				     uint32_t word, int surface)
{
	uint32_t child;

	if (node == 0 && !lex_trie_first(t, word))
		return LEX_NONE;        /* LEX_NONE included */
	if (word == LEX_NONE || !intmap_get(&t->edges, (uint64_t)node << 32 | word, &child))
		return LEX_NONE;
	if ((child & LEX_EXACT_BIT) && !surface)
		return LEX_NONE;
	return child & ~LEX_EXACT_BIT;
}

/* Actors with a multi-word name that starts or ends with word ("Kim" for
 * "Kim Jong-un"): writes up to max actor indexes, returns their count. */
size_t lex_name_part(const dyad_lexicon *lex, uint32_t word, uint32_t *actors,
		     size_t max);

/* The synonym sets with a member starting with word, ended by an entry
 * whose set is LEX_NONE; NULL when there are none. */
static inline const struct lex_set_start *lex_set_starts(const dyad_lexicon *lex,
							 uint32_t word)
{
	if (word >= lex->n_set_start_at ||
	    !(lex->set_start_bits[word / 64] >> (word % 64) & 1))
		return NULL;
	return &lex->set_starts.v[lex->set_start_at[word]];
}

/* The first member of set to try at a token whose form or lemma is word
 * (the rest follow by next_same), or LEX_NONE. */
static inline uint32_t lex_set_member(const dyad_lexicon *lex, uint32_t set,
				      uint32_t word)
{
	const struct lex_set_start *e = lex_set_starts(lex, word);

	for (; e && e->set <= set; e++)         /* LEX_NONE ends it */
		if (e->set == set)
			return e->member;
	return LEX_NONE;
}

const char *lex_code_str(const dyad_lexicon *lex, uint32_t code);
const char *lex_str(const dyad_lexicon *lex, uint32_t id);

/* Heads of kind for a lemma: first index into lex->heads and count. */
size_t lex_heads(const dyad_lexicon *lex, enum lex_class_kind kind,
		 uint32_t lemma, const struct lex_head **first /* OUT */);

/* The length of a generation after a name ("Ferdinand Marcos Jr.":
 * " Jr." is 4), which is no part of its family name; 0 when none. */
static inline size_t lex_generation_suffix(const char *name, size_t len)
{
	if (len > 4 && (!strncasecmp(name + len - 4, " Jr.", 4) ||
			!strncasecmp(name + len - 4, " Sr.", 4)))
		return 4;
	if (len > 3 && !strncasecmp(name + len - 3, " Jr", 3))
		return 3;
	return 0;
}

#endif
