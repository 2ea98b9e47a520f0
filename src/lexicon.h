/*
 * lexicon.h - dictionaries compiled for one-pass matching.
 *
 * Every dictionary reader (native, PETRARCH, TABARI) feeds the lexicon
 * through the builder calls below; none of them knows how it is stored.
 * Words are interned to integer ids; multi-word names live in a token trie
 * keyed by (node, word id), so the matcher walks a sentence once and
 * compares integers.
 *
 * Phrases given to the builder are words separated by spaces or '_' (the
 * legacy formats' separator), in any case; they are lowercased and
 * interned.  A word ending in '_' must match exactly; any other word also
 * matches its regular plural and other inflections (by WordNet's morphology).
 */
#ifndef DYAD_LEXICON_H
#define DYAD_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "dyad.h"
#include "strmap.h"

#define LEX_MAX_PHRASE 16       /* words in one name or pattern */
#define LEX_NONE UINT32_MAX

/* ---- builder --------------------------------------------------------- */

/* Intern a word (lowercased).  Returns its id, or LEX_NONE when memory
 * is out. */
uint32_t lex_word(dyad_lexicon *lex, const char *w, size_t n);
const char *lex_word_str(const dyad_lexicon *lex, uint32_t id);

/* Date bounds are yyyymmdd integers; 0 means open. */
enum lex_actor_flags {
	LEX_ACTOR_PERSON = 1,   /* an individual: takes he/she, surname alone */
	LEX_ACTOR_GROUP = 2,    /* a state, organisation or group, whatever
				 * its dated codes suggest */
	LEX_ACTOR_PLACE = 4,    /* a place only ("place" records: Camp David,
				 * Davos): it gives its state to a location
				 * or a dateline, and is never an actor */
	LEX_ACTOR_SHE = 8,      /* a person who is a woman ("she" under a
				 * person record): "she" and "her", not "he" */
};

int lex_actor_new(dyad_lexicon *lex, const char *label, size_t len,
		  unsigned flags, uint32_t *id /* OUT */);
/* The label an actor record was made with: its first name as written
 * ("Ukraine" for the state's record, "Ukrainian" for the record that
 * lists Kyiv and Kharkiv), or "" for no such actor. */
const char *lex_actor_label(const dyad_lexicon *lex, uint32_t actor);
int lex_actor_name(dyad_lexicon *lex, uint32_t actor, const char *phrase,
		   size_t len);
int lex_actor_code(dyad_lexicon *lex, uint32_t actor, const char *code,
		   size_t len, int32_t from, int32_t to);
void lex_actor_set_flags(dyad_lexicon *lex, uint32_t actor, unsigned flags);
/* The file (at the start of its load) and the line that the next names
 * come from, for the report of names written twice. */
int lex_at_file(dyad_lexicon *lex, const char *path);
void lex_at_line(dyad_lexicon *lex, uint32_t line);

enum lex_agent_place {
	LEX_AGENT_SUFFIX = 0,   /* country code + agent code: PRK + GOV */
	LEX_AGENT_PREFIX = 1,   /* agent code + country code (legacy "XXX~") */
};
int lex_agent_add(dyad_lexicon *lex, const char *phrase, size_t len,
		  const char *code, size_t code_len, enum lex_agent_place place);
/* The code an agent phrase takes in a state under military rule
 * ("security forces" = COP, MIL under a junta).  The phrase must have
 * been added; the first reading of a phrase wins, as for its code. */
int lex_agent_junta(dyad_lexicon *lex, const char *phrase, size_t len,
		    const char *code, size_t code_len);
/* A state (three letters) under military rule from `from` up to, not
 * including, `to` (0: open). */
int lex_junta_add(dyad_lexicon *lex, const char *state, int32_t from, int32_t to);
/* Whether `state` (its first three letters are read) is under military
 * rule on ymd (YYYYMMDD; 0, an undated article, is never). */
int lex_junta_on(const dyad_lexicon *lex, const char *state, int32_t ymd);

/* Synonym sets used in patterns ("&MILITARY"). Names are case-insensitive. */
int lex_synset_add(dyad_lexicon *lex, const char *name, size_t name_len,
		   const char *phrase, size_t len);
/* The same in two steps, for a reader that adds many members to one
 * set: the set's id, made if new, then a member of it. */
int lex_synset_new(dyad_lexicon *lex, const char *name, size_t len, uint32_t *id);
int lex_synset_member(dyad_lexicon *lex, uint32_t id, const char *phrase, size_t len);

/* The id of an existing synonym set, for a pattern element; DYAD_EPARSE
 * when no set of that name was defined. */
int lex_synset_id(dyad_lexicon *lex, const char *name, size_t len,
		  uint32_t *id /* OUT */);

enum lex_class_kind {
	LEX_VERB = 0,           /* head is a verb lemma: "visit", "give up" */
	LEX_NOUN = 1,           /* head is a noun: "visit", "sanctions" */
};

/* A class groups head words that share a default code and patterns (a
 * PETRARCH "--- VISIT [042] ---" block).  code may be NULL or "---" for
 * "match but do not code". */
int lex_class_new(dyad_lexicon *lex, enum lex_class_kind kind,
		  const char *label, size_t label_len, const char *code,
		  uint32_t *id /* OUT */);
/* Add a head to a class.  phrase is the lemma, optionally followed by
 * particles ("give up", "call off").  forms are extra inflected forms of
 * the first word that morphology might miss (irregular spellings); they
 * may be NULL. */
int lex_class_head(dyad_lexicon *lex, uint32_t cls, const char *phrase,
		   size_t len, const char *const *forms, size_t n_forms);

enum lex_elem_kind {
	LEX_EL_WORD = 0,        /* a literal word */
	LEX_EL_SYNSET,          /* any phrase of a synonym set */
	LEX_EL_HEAD,            /* the verb or noun itself ('*') */
	LEX_EL_SOURCE,          /* the source actor goes here ('$') */
	LEX_EL_TARGET,          /* the target actor goes here ('+') */
	LEX_EL_SKIP,            /* skip a phrase ('^') */
	LEX_EL_COMPOUND,        /* compound actor ('%'): source and target alike */
	LEX_EL_NEXT,            /* the elements on either side are next to each
				 * other, no word between ('~') */
};

enum lex_elem_flags {
	LEX_EL_EXACT = 1,       /* word ended in '_': no inflections */
};

struct lex_elem {
	uint8_t kind;           /* enum lex_elem_kind */
	uint8_t flags;          /* enum lex_elem_flags */
	uint32_t id;            /* word id or synset id */
};

/* Add a pattern to a class.  elems holds exactly one LEX_EL_HEAD.  code
 * NULL inherits the class's code; "---" suppresses coding; code2, when not
 * NULL, is the paired event coded from target back to source (TABARI's
 * "[042:043]": a visit by A to B is also B hosting A). line is the
 * dictionary line, kept for --explain. */
int lex_pattern_add(dyad_lexicon *lex, uint32_t cls,
		    const struct lex_elem *elems, size_t n,
		    const char *code, const char *code2,
		    const char *origin, uint32_t line);

/* A phrase that suppresses coding: of its sentence, or with story != 0 of
 * the whole article. */
int lex_discard_add(dyad_lexicon *lex, const char *phrase, size_t len,
		    int story);

/* An issue phrase (PETRARCH's issue coding: "nuclear weapons" -> NUCLEAR). */
int lex_issue_add(dyad_lexicon *lex, const char *phrase, size_t len,
		  const char *code, size_t code_len);

/* Split a phrase into interned word ids: spaces and '_' separate words, a
 * trailing '_' marks the word exact.  Returns the count, or -1 when the
 * phrase is empty or has more than LEX_MAX_PHRASE words. */
int lex_phrase(dyad_lexicon *lex, const char *phrase, size_t len,
	       uint32_t *words /* OUT */, uint8_t *exact /* OUT, may be NULL */);

/* Readers, one per format; each fills err with "FILE:LINE: what" on the
 * first malformed line and returns DYAD_EPARSE. */
int dict_native_load(dyad_lexicon *lex, const char *path, const char *text,
		     size_t len, dyad_error *err);
int dict_petrarch_load(dyad_lexicon *lex, const char *path, const char *text,
		       size_t len, dyad_error *err);
int dict_tabari_load(dyad_lexicon *lex, const char *path, const char *text,
		     size_t len, dyad_error *err);
/* Guess the format of a dictionary from its content. */
enum dyad_dict_format dict_detect(const char *text, size_t len);

#endif
