/*
 * coder.c - from one article to its events.
 *
 * The pipeline for an article: normalize the text, split it into
 * sentences and tokens, then for each sentence let the matcher find what
 * the lexicon knows, and here:
 *
 *   1. find the predicates: verbs read as verbs, nouns that trigger events
 *      ("a visit to", "talks with"), each with its verb group (will, did
 *      not, was ... by, plans to);
 *   2. give each its subject by a shallow clause analysis: the nearest
 *      mention before it that is no preposition's object, carried through
 *      infinitives ("agreed to resume talks"), coordination ("met Lavrov
 *      and signed"), relative clauses and passives ("was attacked by");
 *   3. mark reported speech ("X said Y will visit Z": X is the reporter)
 *      and opinion ("analysts see ...": speculative);
 *   4. match the head's patterns to pick the code and the target;
 *   5. set the mode (asserted, planned, conditional, negated,
 *      speculative) and the date, and emit one event per source and
 *      target actor.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coder_int.h"
#include "error.h"
#include "normalize.h"
#include "when.h"

#define MAX_PREDS 64
#define TARGET_GAP 8            /* tokens a pattern word may sit from the last */

struct match_result {
	const struct lex_head *head;
	const struct lex_pattern *pat;  /* NULL: the class default */
	uint32_t code, code2;
	int32_t target, source;         /* mentions from '+' and '$', or -1 */
	uint32_t last;                  /* last token the pattern matched */
};

struct pred {
	uint32_t head, end;             /* head token and last particle */
	uint32_t group;                 /* first token of the verb group */
	uint8_t kind;                   /* enum lex_class_kind */
	const struct lex_head *heads;
	size_t n_heads;
	uint32_t vroles;
	uint8_t passive, infinitive;
	uint32_t group_roles;           /* union of roles in the verb group */
	int32_t subject;                /* mention, or -1 */
	int32_t by_agent;               /* passive's "by" mention, or -1 */
	int32_t reporter;               /* mention, or -1 */
	int32_t matrix;                 /* pred this infinitive depends on, or -1 */
	int32_t governor;               /* verb pred whose object this noun is */
	int32_t coord;                  /* verb pred it is coordinated with, or -1 */
	int32_t anchor;                 /* a participle after a comma: the main
					 * clause's verb pred it shares its
					 * subject with ("cut ties, accusing"), or -1 */
	uint8_t spec, plan, neg, cond;  /* mode evidence from outside the group */
	uint8_t has_complement;         /* a speech verb with a clause after it */
	uint8_t consumed;               /* its noun object carries the event */
	uint8_t requested;              /* the content of an appeal or order */
	uint8_t agreed;                 /* "agreed to impose": an act agreed on */
	uint8_t complement;             /* "a plan to end the war": a noun's content */
	int8_t mode;                    /* resolved enum dyad_mode, -1 = not yet */
	int8_t chosen;                  /* 1 matched, 0 nothing, -1 not yet */
	uint8_t inside;                 /* within another head's pattern */
	uint8_t anchored;               /* reported by a speech verb that
					 * dates the news ("days after X said
					 * it would ..."): background */
	struct match_result r;
};

void coder_tracef(struct dyad_coder *c, const char *fmt, ...)
{
	va_list ap;

	if (!c->trace)
		return;
	buf_reset(&c->tbuf);
	va_start(ap, fmt);
	if (buf_vprintf(&c->tbuf, fmt, ap) == 0)
		c->trace(c->tbuf.data, c->tbuf.len, c->trace_ctx);
	va_end(ap);
}

const char *dyad_mode_name(enum dyad_mode m)
{
	switch (m) {
	case DYAD_MODE_ASSERTED: return "asserted";
	case DYAD_MODE_PLANNED: return "planned";
	case DYAD_MODE_CONDITIONAL: return "conditional";
	case DYAD_MODE_NEGATED: return "negated";
	case DYAD_MODE_SPECULATIVE: return "speculative";
	}
	return "asserted";
}

/* ---- life cycle ------------------------------------------------------- */

int dyad_coder_new(dyad_coder **out, const dyad_lexicon *lex, dyad_error *err)
{
	struct dyad_coder *c;
	int rc;

	*out = NULL;
	if ((rc = lex_finalize((dyad_lexicon *)lex, err)))
		return rc;
	c = calloc(1, sizeof(*c));
	if (!c)
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	c->lex = lex;
	arena_init(&c->mem, 1u << 30);
	buf_init(&c->tbuf, 1u << 20);
	if ((rc = match_init(c, err))) {
		dyad_coder_free(c);
		return rc;
	}
	*out = c;
	return DYAD_OK;
}

void dyad_coder_set_trace(dyad_coder *c, dyad_trace_fn fn, void *ctx)
{
	c->trace = fn;
	c->trace_ctx = ctx;
}

uint64_t dyad_coder_sentences(const dyad_coder *c)
{
	return c->n_sentences;
}

uint64_t dyad_coder_skipped(const dyad_coder *c)
{
	return c->n_skipped;
}

void dyad_coder_free(dyad_coder *c)
{
	if (!c)
		return;
	match_free(c);
	arena_free(&c->mem);
	buf_free(&c->tbuf);
	free(c);
}

/* ---- small helpers ---------------------------------------------------- */

static int is_punct(const struct sent *s, size_t i, char ch)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return (s->toks[i].flags & TOK_PUNCT) && len == 1 && t[0] == ch;
}

/* A token that ends a clause for argument search. */
static inline int clause_break(const struct sent *s, size_t i)
{
	return s->info[i].brk;
}

/* ---- predicates ------------------------------------------------------- */

static int is_modifier(const struct sent *s, size_t j)
{
	const struct tokinfo *ti = &s->info[j];

	if (ti->mention >= 0)
		return 1;
	if (ti->roles & (R_PLANADJ | R_SPECADJ))
		return 1;
	if (s->toks[j].flags & TOK_NUM)
		return 1;
	if ((s->toks[j].flags & TOK_WORD) && !ti->roles && !ti->verb)
		return 1;
	/* "a $7 billion loan" */
	if (s->toks[j].end - s->toks[j].start == 1 && strchr("$%", s->text[s->toks[j].start - s->base]))
		return 1;
	return 0;
}

/* A past tense or participle: "imposed", "met", not "visits" or "talks". */
static int past_form(const struct sent *s, size_t i)
{
	const struct tokinfo *ti = &s->info[i];
	size_t len;
	const char *t = tok_text(s, i, &len);

	if (ends_with(t, len, "ed"))
		return 1;
	return ti->vlemma != LEX_NONE && ti->vlemma != ti->word &&
	       !ends_with(t, len, "s") && !ends_with(t, len, "ing");
}

/* Conditions the word table cannot see, since their words mean other
 * things elsewhere: "once Khartoum paid" (not "once again", "once a
 * close ally"), "as long as", "as soon as", "provided that", "on
 * condition that", "only after", "in the event of", "as a last
 * resort".  Each gets R_IF on its last word, as "if" has. */
static void mark_conditions(struct sent *s)
{
	static const char *const once[] = { "once", NULL };
	static const char *const as[] = { "as", NULL };
	static const char *const long_soon[] = { "long", "soon", NULL };
	static const char *const provided[] = { "provided", "providing", "condition", NULL };
	static const char *const that[] = { "that", NULL };
	static const char *const not_clause[] = { "again", "more", "before", "removed", NULL };
	static const char *const only[] = { "only", NULL };
	static const char *const after_when[] = { "after", "when", "once", NULL };
	static const char *const in[] = { "in", NULL };
	static const char *const the[] = { "the", NULL };
	static const char *const event[] = { "event", "case", NULL };
	static const char *const of_that[] = { "of", "that", NULL };
	static const char *const a_[] = { "a", "the", NULL };
	static const char *const last[] = { "last", "final", NULL };
	static const char *const resort[] = { "resort", NULL };
	size_t i, j, mark;

	for (i = 0; i + 1 < s->n; i++) {
		size_t len;
		/* every sentence's every token passes here: the first
		 * letters and lengths of the words above let most go at once */
		unsigned char c0 = (unsigned char)(tok_text(s, i, &len)[0] | 0x20);
		if (!(len == 2 && (c0 == 'a' || c0 == 'i')) && !(len == 4 && c0 == 'o') &&
		    !(len >= 8 && (c0 == 'p' || c0 == 'c')))
			continue;
		mark = SIZE_MAX;
		if (word_is_any(s, i, once) && (s->toks[i + 1].flags & TOK_WORD) &&
		    !word_is_any(s, i + 1, not_clause)) {
			/* a clause of its own: a finite verb before the
			 * next punctuation */
			for (j = i + 1; j < s->n && j <= i + 10 && !(s->toks[j].flags & TOK_PUNCT); j++)
				if ((s->info[j].roles & (R_BE | R_HAVE | R_DO | R_WILL | R_MAY |
							  R_CAN | R_WOULD)) ||
				    (s->info[j].roles == 0 && past_form(s, j))) {
					mark = i;
					break;
				}
		} else if (i + 2 < s->n && word_is_any(s, i, as) &&
			   word_is_any(s, i + 1, long_soon) && word_is_any(s, i + 2, as)) {
			mark = i + 2;
		} else if (word_is_any(s, i, provided) && word_is_any(s, i + 1, that)) {
			mark = i + 1;
		} else if (word_is_any(s, i, only) && word_is_any(s, i + 1, after_when)) {
			mark = i + 1;
		} else if (i + 3 < s->n && word_is_any(s, i, in) && word_is_any(s, i + 1, the) &&
			   word_is_any(s, i + 2, event) && word_is_any(s, i + 3, of_that)) {
			mark = i + 3;
		} else if (i + 3 < s->n && word_is_any(s, i, as) && word_is_any(s, i + 1, a_) &&
			   word_is_any(s, i + 2, last) && word_is_any(s, i + 3, resort)) {
			/* "would use force against Tehran as a last resort":
			 * force kept for when all else fails */
			mark = i + 3;
		}
		if (mark != SIZE_MAX) {
			s->info[mark].roles |= R_IF | R_SUB;
			s->info[mark].brk = 1;
		}
	}
}

static int weekday(const struct sent *s, size_t j)
{
	static const char *const days[] = { "Monday", "Tuesday", "Wednesday", "Thursday",
					    "Friday", "Saturday", "Sunday" };
	size_t len, k;
	const char *t = tok_text(s, j, &len);

	for (k = 0; k < sizeof(days) / sizeof(days[0]); k++)
		if (len == strlen(days[k]) && !strncmp(t, days[k], len))
			return 1;
	return 0;
}

static int head_is(const struct sent *s, size_t i, const char *word);

/* Does a noun phrase starting at token q open a clause: at the start,
 * after punctuation ("KABUL (Reuters) - An air strike"), after a speech
 * verb or "that" ("said an air strike by X hit")?  Not after "after",
 * "since" or a preposition, where it is background. */
static int opens_clause(const struct sent *s, size_t q)
{
	if (q == 0 || (s->toks[q - 1].flags & TOK_PUNCT))
		return 1;
	if (s->info[q - 1].verb && (s->info[q - 1].vroles & (V_SPEECH | V_OPINION)))
		return 1;
	return head_is(s, q - 1, "that");
}

/* "a", "an", "the" or a name right after token i: an object. */
static int article_after(const struct sent *s, size_t i)
{
	size_t len;
	const char *t;

	if (i + 1 < s->n && s->info[i + 1].mention >= 0)
		return s->ments[s->info[i + 1].mention].kind == M_NAME;
	if (i + 1 >= s->n || !(s->info[i + 1].roles & R_DET))
		return 0;
	t = tok_text(s, i + 1, &len);
	return (len == 1 && (*t == 'a' || *t == 'A')) || (len == 2 && !strncasecmp(t, "an", 2)) ||
	       (len == 3 && !strncasecmp(t, "the", 3));
}

/* A determiner or possessive before the word, past up to four modifiers:
 * "a two-day state visit", "her upcoming visit", "the Trump-Kim summit".
 * A past form right after a name is that name's verb: "The United States
 * imposed". */
static int plural_form(const struct sent *s, size_t i);

/* An object right after token i: an article or name, a plural, or one
 * modifier and a plural ("cut ties", "cut diplomatic ties"). */
static int bare_object_after(const struct sent *s, size_t i)
{
	if (i + 1 >= s->n)
		return 0;
	if (article_after(s, i))
		return 1;
	if (s->info[i + 1].mention >= 0 || !(s->toks[i + 1].flags & TOK_WORD) ||
	    s->info[i + 1].roles || s->info[i + 1].verb)
		return 0;
	if (plural_form(s, i + 1) && (i + 2 >= s->n || !plural_form(s, i + 2)))
		return 1;
	return i + 2 < s->n && plural_form(s, i + 2) && s->info[i + 2].mention < 0 &&
	       !s->info[i + 2].roles &&
	       (i + 3 >= s->n || !(s->toks[i + 3].flags & TOK_WORD) || s->info[i + 3].roles);
}

static int noun_context(const struct sent *s, size_t i, uint32_t *mods)
{
	static const char *const places[] = { "on", "near", "outside", "inside", "about",
					      "nearly", "dozens", "hundreds", "scores", NULL };
	static const char *const off[] = { "off", NULL };
	static const char *const al[] = { "al", NULL };
	/* the word before the place, past a particle: "went off in" */
	size_t at = i + 1 < s->n && word_is_any(s, i + 1, off) ? i + 1 : i;
	size_t j = i, steps = 0, glen;
	const char *gt = tok_text(s, i, &glen);
	int gerund = ends_with(gt, glen, "ing");   /* "began sending troops" */

	*mods = 0;
	if (i > 0 && s->info[i - 1].mention >= 0 && past_form(s, i))
		return 0;
	/* "state media on Tuesday denounced the United States", "the Taiwan
	 * Affairs Office condemned Lai's speech": a past form with an object
	 * after it is a verb, unless a determiner sits right before it ("the
	 * occupied West Bank"). */
	/* So is one with a count after it ("a suicide bomber from Islamic
	 * State's Afghan branch killed 13 U.S. service members"). */
	if (i > 0 && i + 1 < s->n && past_form(s, i) &&
	    !(s->info[i - 1].roles & (R_DET | R_POSS)) &&
	    ((s->info[i + 1].roles & (R_DET | R_POSS)) || s->info[i + 1].mention >= 0 ||
	     ((s->toks[i + 1].flags & TOK_NUM) && ends_with(gt, glen, "ed"))))
		return 0;
	/* "a meeting hosted by Anwar": a participle before "by" is a verb. */
	if (i + 1 < s->n && (s->info[i + 1].roles & R_BY) && past_form(s, i))
		return 0;
	/* "An air strike by the U.S. military hit a hospital": so is one
	 * after a noun's agent ("NOUN by X"), which ends a noun phrase
	 * (np_agent then checks that the phrase opens the clause). */
	if (i > 0 && s->info[i - 1].mention >= 0 && article_after(s, i) && !gerund &&
	    !ends_with(gt, glen, "s") && s->info[i].vlemma == s->info[i].word) {
		const struct mention *m = &s->ments[s->info[i - 1].mention];
		size_t k = m->tok;
		while (k > 0 && (s->info[k - 1].roles & R_DET) && !(s->info[k - 1].roles & R_POSS))
			k--;
		if (m->after_prep && k >= 2 && (s->info[k - 1].roles & R_BY) &&
		    s->info[k - 2].mention < 0 && (s->toks[k - 2].flags & TOK_WORD) &&
		    !s->info[k - 2].roles && !s->info[k - 2].verb)
			return 0;
		/* "Rockets fired by Hezbollah hit a school": so is one after
		 * a participle's agent on the noun that opens the clause */
		if (m->after_prep && k >= 3 && (s->info[k - 1].roles & R_BY) &&
		    past_form(s, k - 2) && s->info[k - 3].mention < 0 &&
		    (s->toks[k - 3].flags & TOK_WORD) && !s->info[k - 3].roles &&
		    opens_clause(s, k - 3))
			return 0;
	}
	/* "The government cut ties with Ukraine", "Mali's military government
	 * cut diplomatic ties", "Russia's army hit the depot": a bare form
	 * (one that is also the past: "cut", "hit", "set") right after an
	 * actor's phrase that opens the clause is that actor's verb when an
	 * object follows it: an article or name, a plural, or one modifier
	 * and a plural. */
	if (i > 0 && s->info[i - 1].mention >= 0 && !gerund && !ends_with(gt, glen, "s") &&
	    !ends_with(gt, glen, "ed") && s->info[i].vlemma == s->info[i].word &&
	    !(s->toks[i].flags & TOK_CAP) && i + 1 < s->n) {
		const struct mention *m = &s->ments[s->info[i - 1].mention];
		size_t k = m->tok;
		int obj = bare_object_after(s, i);

		while (k > 0 && (s->info[k - 1].roles & R_DET) && !(s->info[k - 1].roles & R_POSS))
			k--;
		if (obj && !m->after_prep && !m->person && opens_clause(s, k) &&
		    m->tok + m->n_tok == i)
			return 0;
	}
	/* "security forces and allied fighters killed": a past form
	 * between "and" and a plural that a past form follows modifies
	 * that plural. */
	if (i > 0 && i + 2 < s->n && past_form(s, i) && (s->info[i - 1].roles & R_CONJ) &&
	    plural_form(s, i + 1) && past_form(s, i + 2))
		return 1;
	/* "to quell protests against immigration raids", "faced strikes":
	 * a plural right after a verb is its object, a noun. */
	if (i > 0 && s->info[i - 1].verb && !gerund && plural_form(s, i))
		return 1;
	/* "Chinese coast guard ships fired water cannon": a plural right
	 * after an actor, with a past form after it, ends the actor's noun
	 * phrase. */
	if (i > 0 && s->info[i - 1].mention >= 0 && !gerund && plural_form(s, i) &&
	    i + 1 < s->n && past_form(s, i + 1))
		return 1;
	/* "attacked Congolese army positions": so is one right after a role
	 * that is a verb's object, as the end of a compound noun. */
	if (i > 1 && s->info[i - 1].mention >= 0 && !gerund && plural_form(s, i)) {
		const struct mention *m = &s->ments[s->info[i - 1].mention];
		if (m->tok > 0 && s->info[m->tok - 1].verb && m->code && strlen(m->code) >= 6)
			return 1;
	}
	/* "signed an order barring citizens of Iran", "issued a decree
	 * banning the party": a gerund right after a noun, with an object
	 * after it (a determiner or an actor), is a verb on that noun. */
	if (gerund && i > 0 && i + 1 < s->n && s->info[i - 1].mention < 0 &&
	    (s->toks[i - 1].flags & TOK_WORD) && !s->info[i - 1].roles && !s->info[i - 1].verb &&
	    ((s->info[i + 1].roles & (R_DET | R_POSS)) || s->info[i + 1].mention >= 0))
		return 0;
	/* "Fighting between Russia and Ukraine intensified." */
	if (i == 0) {
		size_t len;
		const char *t = tok_text(s, i, &len);
		if (ends_with(t, len, "ing"))
			return 1;
	}
	/* "South Korea's main doctors' association threatened to stage a
	 * strike": so is a past form with an infinitive after it, unless a
	 * determiner makes it a noun ("took the injured to hospital"). */
	if (past_form(s, i) && i > 0 && i + 2 < s->n && (s->info[i + 1].roles & R_TO) &&
	    !(s->info[i - 1].roles & (R_DET | R_POSS)) && s->info[i + 2].mention < 0 &&
	    (s->toks[i + 2].flags & TOK_WORD) && !s->info[i + 2].roles)
		return 0;
	/* "Leaders of the student protest movement demanded on Saturday
	 * that": a past form with a weekday after "on" is the clause's
	 * verb, as one after a weekday is below. */
	if (past_form(s, i) && i + 2 < s->n && head_is(s, i + 1, "on") && weekday(s, i + 2))
		return 0;
	while (j > 0 && steps < 5) {
		const struct tokinfo *ti = &s->info[--j];
		/* "a court on Wednesday sentenced": a past form after a
		 * weekday is the clause's verb */
		/* ("Mali's government on Friday cut diplomatic ties": so
		 * is a bare form that is also the past, with an object) */
		if (steps == 0 && weekday(s, j) &&
		    (past_form(s, i) ||
		     (s->info[i].vlemma == s->info[i].word && !gerund &&
		      !ends_with(gt, glen, "s") && bare_object_after(s, i))))
			return 0;
		/* "An air strike hit a hospital": a bare form that is also
		 * the past ("hit", "put", "cut") after the noun phrase that
		 * opens the sentence or clause, with an article or a name
		 * after it, is that phrase's verb; no noun is followed by
		 * "a" or "the". */
		/* So is a past form with a place or a count after it: "A
		 * truck bomb exploded at a junction", "a bomb went off in a
		 * market", "an air strike killed about 100 people". */
		if ((ti->roles & R_DET) && !(ti->roles & R_POSS) && steps > 0 && opens_clause(s, j) &&
		    ((article_after(s, i) && !gerund && !ends_with(gt, glen, "s") &&
		      s->info[i].vlemma == s->info[i].word) ||
		     (past_form(s, i) && at + 1 < s->n &&
		      ((s->info[at + 1].roles & R_LOC) || word_is_any(s, at + 1, places) ||
		       /* "killed al Qaeda leader Zawahiri" */
		       (at + 2 < s->n && word_is_any(s, at + 1, al) &&
			s->info[at + 2].mention >= 0)))) &&
		    ((s->info[i - 1].mention < 0 &&
		      (s->toks[i - 1].flags & TOK_WORD) && !s->info[i - 1].roles) ||
		     /* "A Russian missile hit a shopping centre": a role
		      * noun ends the phrase as well as a plain one */
		     (s->info[i - 1].mention >= 0 && !s->ments[s->info[i - 1].mention].person &&
		      !(s->toks[i - 1].flags & TOK_CAP) && (s->toks[i - 1].flags & TOK_WORD) &&
		      article_after(s, i) && s->info[i].vlemma == s->info[i].word)))
			return 0;
		if (ti->roles & (R_DET | R_POSS))
			return 1;
		if (ti->roles & (R_PLANADJ | R_SPECADJ))
			*mods |= ti->roles & (R_PLANADJ | R_SPECADJ);
		if (ti->roles & R_PREP)
			return !(ti->roles & R_TO);
		/* "launched air strikes", "staged war games": right after a
		 * verb that takes an object, the word is that object. */
		if (ti->verb && (ti->vroles & V_LIGHT) && steps < 4 && !gerund)
			return 1;
		if (!is_modifier(s, j))
			return 0;
		steps++;
	}
	return 0;
}

/* "took 170 guests hostage", "took about 170 guests and staff
 * hostage": past a count of people that names no actor after token j,
 * the token word `w`, or 0. */
static size_t past_count_object(const struct sent *s, size_t j, uint32_t w)
{
	static const char *const approx[] = { "about", "nearly", "some", "around", "over",
					      "almost", "roughly", "least", NULL };
	static const char *const many[] = { "dozens", "hundreds", "scores", "thousands", NULL };
	size_t k = j + 1, end;

	if (k + 1 < s->n && head_is(s, k, "at") && head_is(s, k + 1, "least"))
		k += 2;
	else if (k < s->n && word_is_any(s, k, approx))
		k++;
	if (k >= s->n || !((s->toks[k].flags & TOK_NUM) || word_is_any(s, k, many)))
		return 0;
	for (end = k + 6, k++; k < s->n && k < end; k++) {
		if (s->info[k].word == w)
			return k;
		if (!(s->toks[k].flags & TOK_WORD) || s->info[k].mention >= 0 ||
		    (s->info[k].roles & ~(R_CONJ | R_OF)))
			return 0;
	}
	return 0;
}

/* Particles of a phrasal head within three tokens after it. */
static long particles_at(const dyad_lexicon *lex, const struct sent *s,
			 size_t i, const struct lex_head *h)
{
	size_t p, j = i, q;

	/* "called off the talks" or "called the talks off": the particle
	 * follows at once, or after one word that names no actor ("called
	 * Putin on Tuesday" is no "call on"). */
	for (p = 0; p < h->n_part; p++) {
		uint32_t w = lex->pool.v[h->part_off + p] & ~LEX_EXACT_BIT;
		if (j + 1 < s->n && s->info[j + 1].word == w)
			j = j + 1;
		else if (j + 2 < s->n && s->info[j + 2].word == w && s->info[j + 1].mention < 0 &&
			 !(s->toks[j + 1].flags & TOK_PUNCT))
			j = j + 2;
		else if (p == 0 && (q = past_count_object(s, j, w)) > 0)
			j = q;
		else
			return -1;
	}
	return (long)j;
}

/* A plural noun's or third person's "-s" ("strikes", "drones"), not
 * "-ss" ("press"). */
static int plural_form(const struct sent *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return ends_with(t, len, "s") && !ends_with(t, len, "ss") && !ends_with(t, len, "'s");
}

static int add_pred(struct pred *preds, size_t *n, uint32_t head, uint8_t kind,
		    const struct lex_head *heads, size_t n_heads, uint32_t vroles)
{
	struct pred *p;

	if (*n == MAX_PREDS)
		return 0;
	p = &preds[(*n)++];
	memset(p, 0, sizeof(*p));
	p->head = p->end = p->group = head;
	p->kind = kind;
	p->heads = heads;
	p->n_heads = n_heads;
	p->vroles = vroles;
	p->subject = p->by_agent = p->reporter = p->matrix = p->governor = p->coord = -1;
	p->anchor = -1;
	p->mode = -1;
	return 1;
}

/* Walk left over auxiliaries, negation and adverbs to find the verb group. */
static void verb_group(const struct sent *s, struct pred *p)
{
	/* adverbs that may stand inside a verb group: "might soon provide",
	 * "has already begun" */
	static const char *const adverbs[] = { "also", "soon", "still", "now", "again", "already",
					       "just", "even", "further", NULL };
	long j = (long)p->head - 1;
	size_t len;
	const char *t = tok_text(s, p->head, &len);

	p->group = p->head;
	while (j >= 0) {
		const struct tokinfo *ti = &s->info[j];
		size_t l2;
		const char *t2 = tok_text(s, (size_t)j, &l2);
		uint32_t aux = R_BE | R_HAVE | R_DO | R_WILL | R_WOULD | R_MAY |
			       R_NEG | R_CAN | R_TO;
		if ((ti->roles & aux) && ti->mention < 0) {
			p->group_roles |= ti->roles & aux;
			p->group = (uint32_t)j;
			if (ti->roles & R_TO)
				break;
			j--;
			continue;
		}
		/* Adverbs inside the group: "also", "previously", "reportedly". */
		if ((s->toks[j].flags & TOK_WORD) && !ti->roles && ti->mention < 0 &&
		    ends_with(t2, l2, "ly") && !ti->verb) {
			j--;
			continue;
		}
		if ((s->toks[j].flags & TOK_WORD) && ti->mention < 0 && word_is_any(s, (size_t)j, adverbs)) {
			j--;
			continue;
		}
		/* "Israel likely carried out a strike": doubt inside the group */
		if ((ti->roles & R_SPECADJ) && ti->mention < 0) {
			p->spec = 1;
			j--;
			continue;
		}
		break;
	}
	p->infinitive = (p->group_roles & R_TO) != 0;
	/* Passive: a form of "be" and a participle that is not the lemma. */
	if ((p->group_roles & R_BE) && s->info[p->head].vlemma != s->info[p->head].word &&
	    !ends_with(t, len, "ing") && !(ends_with(t, len, "s") && !ends_with(t, len, "ss")))
		p->passive = 1;
}

static size_t find_preds(struct dyad_coder *c, struct sent *s, struct pred *preds)
{
	static const char *const back[] = { "back", NULL };
	static const char *const back_where[] = { "into", "to", "in", "from", "home", "out",
						  "down", "up", "away", "inside", NULL };
	const dyad_lexicon *lex = c->lex;
	size_t i, n = 0;

	for (i = 0; i < s->n; i++) {
		struct tokinfo *ti = &s->info[i];
		const struct lex_head *vh = NULL, *nh = NULL;
		size_t nv, nn;
		uint32_t mods = 0;
		int noun_ctx;

		if (!(s->toks[i].flags & TOK_WORD) || ti->mention >= 0)
			continue;
		/* "he had a lengthy phone call with Putin": "have" before a
		 * determiner is the light verb, not the auxiliary. */
		if ((ti->roles & R_HAVE) && i + 1 < s->n && (s->info[i + 1].roles & R_DET) &&
		    !(s->info[i + 1].roles & R_POSS) && ti->mention < 0) {
			ti->verb = 1;
			if (add_pred(preds, &n, (uint32_t)i, LEX_VERB, NULL, 0, V_LIGHT))
				verb_group(s, &preds[n - 1]);
			continue;
		}
		if (ti->roles & ~(R_PLANADJ | R_SPECADJ))
			continue;       /* closed-class words head nothing */
		nv = lex_heads(lex, LEX_VERB, ti->vlemma, &vh);
		/* "let inspectors back into its sites", "came back to": the
		 * adverb, not "to back" a side */
		if (nv && i + 1 < s->n && word_is_any(s, i, back) && word_is_any(s, i + 1, back_where))
			continue;
		nn = lex_heads(lex, LEX_NOUN, ti->nlemma, &nh);
		if (!nn && ti->word != ti->nlemma)
			nn = lex_heads(lex, LEX_NOUN, ti->word, &nh);
		if (!nv && !nn && !ti->vroles)
			continue;
		noun_ctx = noun_context(s, i, &mods);
		ti->noun_ctx = (uint8_t)noun_ctx;
		if (nn && (noun_ctx || (!nv && !ti->vroles))) {
			if (add_pred(preds, &n, (uint32_t)i, LEX_NOUN, nh, nn, 0)) {
				preds[n - 1].spec = (mods & R_SPECADJ) != 0;
				preds[n - 1].plan = (mods & R_PLANADJ) != 0;
			}
			continue;
		}
		if ((nv || ti->vroles) && !noun_ctx) {
			/* "air strikes hit a school bus", "Russian drones
			 * struck Odesa": of two verb readings in a row, a bare
			 * plural before a verb with its object is that verb's
			 * subject, a noun. */
			if (n > 0 && preds[n - 1].kind == LEX_VERB && preds[n - 1].head + 1 == i &&
			    preds[n - 1].group == preds[n - 1].head && plural_form(s, i - 1) &&
			    !plural_form(s, i) && (article_after(s, i) ||
			     (past_form(s, i) && i + 1 < s->n &&
			      ((s->info[i + 1].roles & R_POSS) || (s->toks[i + 1].flags & TOK_NUM))))) {
				const struct lex_head *ph = NULL;
				struct tokinfo *pi = &s->info[i - 1];
				size_t pn = lex_heads(lex, LEX_NOUN, pi->nlemma, &ph);
				pi->verb = 0;
				n--;
				if (pn && add_pred(preds, &n, (uint32_t)(i - 1), LEX_NOUN, ph, pn, 0))
					pi->noun_ctx = 1;
			}
			ti->verb = 1;
			add_pred(preds, &n, (uint32_t)i, LEX_VERB, vh, nv, ti->vroles);
			verb_group(s, &preds[n - 1]);
		}
	}
	return n;
}

/* ---- clause analysis -------------------------------------------------- */

static int is_relative(const struct sent *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return (len == 3 && !strncasecmp(t, "who", 3)) ||
	       (len == 5 && !strncasecmp(t, "which", 5));
}

/* "Thousands of Israelis", "dozens of Palestinians", "members of an
 * armed gang", "units of the Russian army", "a commando of gunmen": the
 * people or force after "of" are the subject. */
static int quantity_of(const struct sent *s, const struct mention *m)
{
	static const char *const q[] = { "thousands", "hundreds", "dozens", "millions",
					 "tens", "scores", "groups", "crowds", "members", "fighters",
					 "units", "elements", "remnants", "group", "crowd", "band",
					 "gang", "commando", "squad", "team", "mob", "unit",
					 "contingent", "handful", "faction", "factions", "detachment",
					 "battalion", "battalions", NULL };
	long of = (long)m->tok - 1;

	while (of > 0 && (s->info[of].roles & R_DET) && !(s->info[of].roles & R_POSS))
		of--;
	if (of < 1 || !(s->info[of].roles & R_OF))
		return 0;
	/* "21 of the schoolgirls" are some of those known, an object */
	if (s->toks[of - 1].flags & TOK_NUM)
		return of + 1 == (long)m->tok;
	return word_is_any(s, (size_t)of - 1, q);
}

/* "the Pacific island nation of Nauru", "the Gulf state of Qatar": the
 * state named after "of" a noun for a state is the phrase's actor. */
static int state_of(const struct sent *s, const struct mention *m)
{
	static const char *const q[] = { "nation", "country", "state", "kingdom", "republic",
					 "island", "islands", "archipelago", "emirate",
					 "sultanate", "principality", "monarchy", NULL };

	if (!m->country || m->tok < 2 || !(s->info[m->tok - 1].roles & R_OF))
		return 0;
	return word_is_any(s, m->tok - 2, q);
}

/* "branch", "affiliate", "wing": a part of an organisation ("Islamic
 * State's Afghan branch"), unlike "allies" or "backers". */
static int part_noun(const struct sent *s, size_t i)
{
	static const char *const parts[] = { "branch", "branches", "affiliate", "affiliates",
					     "wing", "arm", "unit", "units", "cell", "cells",
					     "chapter", "franchise", "subsidiary", "division",
					     "command", "faction", "offshoot", NULL };

	return word_is_any(s, i, parts);
}

/* "rebels backed by Turkish tanks and warplanes captured": a mention
 * joined by "and" or "or" to the agent of a participle ("backed by X")
 * is that agent too, not a subject.  Looks back over the phrase (words,
 * names, conjunctions; no verb or punctuation) for such a "by". */
static int joined_after_prep(const struct sent *s, const struct mention *m)
{
	long j;
	int conj = 0;

	for (j = (long)m->tok - 1; j > 0 && j + 8 > (long)m->tok; j--) {
		if (s->info[j].roles & R_CONJ)
			conj = 1;
		else if (s->info[j].roles & R_BY)
			return conj && past_form(s, (size_t)j - 1);
		else if (clause_break(s, (size_t)j) || (s->toks[j].flags & TOK_PUNCT) ||
			 (s->info[j].verb && s->info[j].mention < 0) || s->info[j].roles)
			return 0;
	}
	return 0;
}

/* "Forces backing Libya's Tripoli-based government fought": a mention
 * that is the object of an -ing participle right after another name
 * describes that name, which is the subject; else `mi`, m's index. */
static int32_t participle_head(const struct sent *s, const struct mention *m, int32_t mi)
{
	long j;
	size_t len;
	const char *t;

	for (j = (long)m->tok - 1; j > 0 && j + 8 > (long)m->tok; j--) {
		if (s->info[j].mention >= 0 || (s->info[j].roles & (R_DET | R_POSS)))
			continue;
		if (s->info[j].verb) {
			t = tok_text(s, (size_t)j, &len);
			if (ends_with(t, len, "ing") && s->info[j - 1].mention >= 0 &&
			    !s->ments[s->info[j - 1].mention].after_prep)
				return s->info[j - 1].mention;
			return mi;
		}
		if (!is_modifier(s, (size_t)j))
			return mi;
	}
	return mi;
}

/* The token of "loyal" in "loyal to [eastern commander] M", or -1. */
static long loyal_before(const struct sent *s, const struct mention *m)
{
	long j;

	for (j = (long)m->tok - 1; j > 0 && j + 6 > (long)m->tok; j--) {
		if (s->info[j].roles & R_TO) {
			size_t len;
			const char *t = tok_text(s, (size_t)j - 1, &len);
			return len == 5 && !strncasecmp(t, "loyal", 5) ? j - 1 : -1;
		}
		/* "commander", "rival prime minister": a title before the name */
		if (s->info[j].mention >= 0 && s->ments[s->info[j].mention].kind == M_AGENT) {
			j = (long)s->ments[s->info[j].mention].tok;
			continue;
		}
		if (s->info[j].mention >= 0 || !is_modifier(s, (size_t)j))
			return -1;
	}
	return -1;
}

/* A body that acts for whoever owns it: "the IMF's board approved a loan",
 * "his office was investigating".  Unlike an agent, it names no role of its
 * own, so the possessor is the actor. */
static int body_noun(const struct sent *s, size_t i)
{
	static const char *const bodies[] = { "board", "office", "team", "staff",
					      "secretariat", "bureau", NULL };

	return word_is_any(s, i, bodies);
}

/* Whether the possessor `m` owns a body noun that ends right before `from`,
 * with at most one modifier between ("the IMF's executive board"). */
static int owns_body(const struct sent *s, const struct mention *m, size_t from)
{
	size_t q = m->tok + m->n_tok, k;

	if (q < s->n && (s->info[q].roles & R_POSS) && !(s->info[m->tok].roles & R_POSS))
		q++;
	if (q >= from || from - q > 2 || !body_noun(s, from - 1))
		return 0;
	for (k = q; k < from; k++)
		if (s->info[k].mention >= 0 || !(s->toks[k].flags & TOK_WORD) || s->info[k].verb)
			return 0;
	return 1;
}

/* The nearest mention left of `from` that can be a subject. */
static int32_t subject_left(const struct sent *s, const struct pred *preds,
			    size_t n_preds, size_t from)
{
	static const char *const forces[] = { "fighters", "forces", "troops", "militants",
					      "soldiers", "militiamen", "gunmen", "men", NULL };
	long j = (long)from - 1;
	int antecedent = 0;

	/* "The ICC prosecutor, who criticized Russia, issued": a relative
	 * clause between commas right before the verb is passed over to
	 * its antecedent */
	if (j >= 2 && is_punct(s, (size_t)j, ',')) {
		long q;
		for (q = j - 1; q > 0 && !is_punct(s, (size_t)q, ','); q--) {
			if (is_relative(s, (size_t)q) && is_punct(s, (size_t)q - 1, ',')) {
				j = q - 2;
				break;
			}
			if (clause_break(s, (size_t)q))
				break;
		}
	}
	while (j >= 0) {
		const struct tokinfo *ti = &s->info[j];
		size_t k;

		/* "The Kurdistan Workers Party (PKK) said": a short aside in
		 * brackets is passed over to the name it glosses */
		if (is_punct(s, (size_t)j, ')')) {
			long q;
			for (q = j - 1; q > 0 && j - q <= 6 && !clause_break(s, (size_t)q); q--)
				;
			if (q > 0 && j - q <= 6 && is_punct(s, (size_t)q, '(')) {
				j = q - 1;
				continue;
			}
		}
		if (ti->mention >= 0) {
			const struct mention *m = &s->ments[ti->mention];
			size_t after = m->tok + m->n_tok;
			/* A possessor ("their", "Russia's") is no subject. */
			int poss = (ti->roles & R_POSS) ||
				   (after < s->n && (s->info[after].roles & R_POSS));
			/* "M23 rebels, who seized two towns": the antecedent
			 * of "who" acts, even as a preposition's object. */
			if (antecedent && !poss)
				return ti->mention;
			/* "its fighters had seized", "Islamic State's fighters",
			 * "Islamic State's local branch claimed": the possessor
			 * of fighters or of a branch no mention names acts. */
			if (poss && (ti->roles & R_POSS || after < s->n) && m->kind != M_AGENT) {
				size_t f = (ti->roles & R_POSS) ? after : after + 1;
				if (f + 1 <= (size_t)from && f < s->n && s->info[f].mention < 0 &&
				    word_is_any(s, f, forces))
					return ti->mention;
				if (f + 1 < (size_t)from && s->info[f].mention < 0 && !s->info[f].roles &&
				    part_noun(s, f + 1) && s->info[f + 1].mention < 0)
					f++;
				if (f < (size_t)from && f < s->n && s->info[f].mention < 0 && part_noun(s, f))
					return ti->mention;
			}
			/* "Islamic State's Afghan branch killed": a state's
			 * adjective after a possessor, before the noun it
			 * modifies, names a part of the possessor, who acts. */
			if (m->kind == M_NAME && m->country && !poss && m->tok >= 2 &&
			    after < s->n && s->info[after].mention < 0 && part_noun(s, after) &&
			    (s->info[m->tok - 1].roles & R_POSS) && s->info[m->tok - 1].mention < 0 &&
			    s->info[m->tok - 2].mention >= 0 &&
			    !s->ments[s->info[m->tok - 2].mention].after_prep)
				return s->info[m->tok - 2].mention;
			if ((!m->after_prep || quantity_of(s, m) || state_of(s, m)) && !poss &&
			    !joined_after_prep(s, m)) {
				/* "forces loyal to commander Haftar seized": the
				 * leader is not the subject, the forces are */
				long lt = loyal_before(s, m);
				if (lt < 0)
					return participle_head(s, m, ti->mention);
				j = lt - 1;
				continue;
			}
			if (poss && !m->after_prep && owns_body(s, m, (size_t)from))
				return ti->mention;
			j = (long)m->tok - 1;
			continue;
		}
		/* "Lim, who met Trump": the antecedent; "that" only right
		 * after an actor ("Russian drones that entered Polish
		 * airspace"), as "said that" opens a complement. */
		if (is_relative(s, (size_t)j) ||
		    (j > 0 && s->info[j - 1].mention >= 0 && head_is(s, (size_t)j, "that") &&
		     !(s->info[j + 1].roles & R_PRON))) {
			j--;
			if (j >= 0 && is_punct(s, (size_t)j, ','))
				j--;
			antecedent = 1;
			continue;
		}
		if (clause_break(s, (size_t)j))
			return -1;
		/* "rebels backed by Turkey captured": a participle with its
		 * agent right after a name describes that name */
		if (j > 0 && (size_t)j + 1 < s->n && s->info[j - 1].mention >= 0 &&
		    (s->info[j + 1].roles & R_BY) && past_form(s, (size_t)j)) {
			j--;
			continue;
		}
		for (k = 0; k < n_preds; k++)
			if (preds[k].kind == LEX_VERB && preds[k].head == (uint32_t)j &&
			    !(preds[k].vroles & (V_PLAN | V_SPEC)))
				return -1;
		j--;
	}
	return -1;
}

/* The first mention right of `from` up to a clause break or the next verb,
 * not in group `avoid`; with `prep` set, only a preposition's object. */
/* "struck what Israel said were Hezbollah depots", "air strikes on what
 * it said were hideouts of Baloch separatists", "bombed what Ankara
 * described as PKK positions": the speaker of an inserted "what X said
 * was" names no party to the act; the object is what follows.  The
 * token after the insertion when mention m is its speaker, else 0. */
static size_t what_said(const struct sent *s, const struct mention *m)
{
	static const char *const what[] = { "what", NULL };
	static const char *const says[] = { "said", "says", "called", "calls", "described",
					    "describes", "claimed", "claims", "termed", "terms",
					    "identified", "believed", "considered", "alleged",
					    NULL };
	static const char *const copula[] = { "was", "were", "is", "are", "as", "to", "be",
					      NULL };
	size_t k = m->tok + m->n_tok;

	if (m->tok == 0 || !word_is_any(s, m->tok - 1, what) || k >= s->n ||
	    !word_is_any(s, k, says))
		return 0;
	for (k++; k < s->n && word_is_any(s, k, copula); k++)
		;
	return k < s->n ? k : 0;
}

static int32_t mention_right(const struct sent *s, size_t from, uint32_t avoid_group,
			     int skip_by)
{
	size_t j;

	for (j = from; j < s->n; j++) {
		const struct tokinfo *ti = &s->info[j];
		if (ti->mention >= 0) {
			const struct mention *m = &s->ments[ti->mention];
			size_t w = what_said(s, m);
			if (w) {
				j = w - 1;
				continue;
			}
			/* "rallied in Tbilisi and police fired tear gas", "...,
			 * and U.S. jets were scrambled": a mention after "and"
			 * with a verb of its own starts another clause */
			if (m->tok > from && (s->info[m->tok - 1].roles & R_CONJ) &&
			    m->tok + m->n_tok < s->n &&
			    (s->info[m->tok + m->n_tok].verb ||
			     (s->info[m->tok + m->n_tok].roles & R_BE)) &&
			    s->info[m->tok + m->n_tok].mention < 0)
				return -1;
			/* "by X" is a passive's agent, "in X" and "at X" a
			 * place: neither is a default target. */
			if (m->group != avoid_group &&
			    !(m->after_prep && (m->prep_roles & (R_LOC | (skip_by ? R_BY : 0))))) {
				/* "the speech of Taiwan's new president Lai": a
				 * state as possessor of its own office holder or
				 * body is that actor. */
				size_t k = m->tok + m->n_tok;
				if (m->country && k < s->n && (s->info[k].roles & R_POSS) &&
				    s->info[k].mention < 0)
					for (k++; k < s->n && k < m->tok + m->n_tok + 6; k++) {
						int32_t o = s->info[k].mention;
						if (o >= 0 && s->ments[o].kind == M_AGENT &&
						    !s->ments[o].placed) {
							k = s->ments[o].tok + s->ments[o].n_tok - 1;
							continue;       /* "new president" */
						}
						if (o >= 0) {
							if (s->ments[o].code && m->code &&
							    strlen(s->ments[o].code) > 3 &&
							    !strncmp(s->ments[o].code, m->code, 3))
								return o;
							break;
						}
						if (!is_modifier(s, k))
							break;
					}
				return ti->mention;
			}
			j = m->tok + m->n_tok - 1;
			continue;
		}
		/* "extradited Usuga, the country's top drug lord,
		 * known as Otoniel, to the United States": a naming
		 * participle in an apposition between commas ends
		 * no clause; the search goes on past its comma. */
		if (j > from && j + 2 < s->n && (s->toks[j].flags & TOK_WORD) && !ti->roles &&
		    head_is(s, j + 1, "as") &&
		    (is_punct(s, j - 1, ',') ||
		     (j > from + 1 && head_is(s, j - 1, "also") && is_punct(s, j - 2, ',')))) {
			size_t q;
			for (q = j + 2; q < s->n && q < j + 8; q++)
				if (clause_break(s, q) || is_punct(s, q, ',') ||
				    s->info[q].verb)
					break;
			if (q < s->n && q < j + 8 && is_punct(s, q, ',')) {
				j = q;
				continue;
			}
		}
		if (clause_break(s, j))
			return -1;
		if (ti->verb && !(ti->roles & R_TO)) {
			/* "annexing four partially occupied regions of
			 * Ukraine": a participle after an adverb or a count
			 * modifies the object, and ends no clause; so does
			 * one right after the verb, before a name ("arrested
			 * impeached President Yoon"). */
			size_t pl;
			const char *pt = j > from ? tok_text(s, j - 1, &pl) : NULL;
			if (j == from && j > 0 && past_form(s, j) && j + 1 < s->n &&
			    s->info[j + 1].mention >= 0 && s->info[j - 1].verb)
				continue;
			if (!pt || !past_form(s, j) || s->info[j - 1].mention >= 0 ||
			    !((s->toks[j - 1].flags & TOK_NUM) || ends_with(pt, pl, "ly")))
				return -1;
		}
	}
	return -1;
}

/* A verb in a clause opened by "since", "because", "after", "that"...:
 * the opener stands just before its subject or, without one, its verb. */
static int subordinate(const struct sent *s, const struct pred *p)
{
	long j = p->subject >= 0 && s->ments[p->subject].tok < p->group ?
		 (long)s->ments[p->subject].tok - 1 : (long)p->group - 1;

	/* "after an Iranian court sentenced": past the subject's article */
	while (j > 0 && (s->info[j].roles & R_DET) && !(s->info[j].roles & (R_POSS | R_SUB)) &&
	       s->info[j].mention < 0)
		j--;
	return j >= 0 && (s->info[j].roles & (R_SUB | R_IF)) != 0;
}

/* The token before p's clause: before its subject when that comes
 * first, else before its verb group, past an article ("a day after a
 * Houthi drone killed"); -1 at the sentence's start. */
static long before_clause(const struct sent *s, const struct pred *p)
{
	long j = p->subject >= 0 && s->ments[p->subject].tok < p->group ?
		 (long)s->ments[p->subject].tok - 1 : (long)p->group - 1;

	while (j > 0 && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS) &&
	       s->info[j].mention < 0)
		j--;
	return j;
}

/* "a day after Seoul switched off its loudspeakers", "hours after Iran
 * fired": a clause dated by a span of time from another event anchors the
 * news in time; that event was reported before and is not coded again
 * (tests/dev/README.md, "Which mentions are coded").  Not "days before":
 * what follows is often still to come ("days before Trump is due to
 * arrive"). */
static int time_anchor(const struct sent *s, const struct pred *p)
{
	static const char *const spans[] = { "day", "days", "hour", "hours", "week", "weeks",
					     "month", "months", "minutes", NULL };
	static const char *const after[] = { "after", NULL };
	long j = before_clause(s, p);

	return j >= 1 && word_is_any(s, (size_t)j, after) && word_is_any(s, (size_t)j - 1, spans);
}

/* "since it issued a warrant for his arrest": a clause opened by
 * "since" dates the news from an earlier event. */
static int since_clause(const struct sent *s, const struct pred *p)
{
	static const char *const since[] = { "since", NULL };
	long j = before_clause(s, p);

	return j >= 0 && word_is_any(s, (size_t)j, since);
}

/* Nouns whose infinitive names their content: "a plan to", "efforts to". */
static int complement_noun(const struct sent *s, size_t i)
{
	static const char *const nouns[] = {
		"plan", "plans", "bid", "effort", "efforts", "attempt", "attempts", "way",
		"move", "chance", "decision", "proposal", "deal", "agreement", "push",
		"campaign", "pledge", "promise", "threat", "threats", "warning", "demand",
		"demands", "call", "calls", "order", "request", "offer", "right", "ability",
		"opportunity", "intention", "readiness", "steps", "measures", "mandate",
		"resolution", "law", "bill", "initiative", "strategy", "operation", NULL };

	if (s->info[i].mention >= 0 || !(s->toks[i].flags & TOK_WORD) || s->info[i].verb)
		return 0;
	return word_is_any(s, i, nouns);
}

/* The nearest verb or past form before token `comma` in its clause, or
 * -1: the main clause's verb for a participle after the comma, lexicon
 * verb or not ("quake struck" is read as no predicate at all). */
static long main_verb_before(const struct sent *s, size_t comma)
{
	long j;

	for (j = (long)comma - 1; j >= 0; j--) {
		if (clause_break(s, (size_t)j) && !is_punct(s, (size_t)j, ','))
			return -1;
		if (s->info[j].mention < 0 &&
		    (s->info[j].verb || (!s->info[j].roles && past_form(s, (size_t)j))))
			return j;
	}
	return -1;
}

/* "A magnitude 7.1 earthquake struck central Mexico, killing 200",
 * "a passenger jet and an Army helicopter collided, killing 67": the main
 * clause before the comma at `comma` tells a disaster or an accident, so a
 * participle after it gives the toll and no one acts.  Looks at the
 * nearest verb or past form of that clause: an accident verb, or a
 * disaster noun among the words before it in its clause. */
static int mishap_before(const struct sent *s, size_t comma)
{
	static const char *const disasters[] = {
		"earthquake", "earthquakes", "quake", "quakes", "aftershock", "tremor",
		"storm", "storms", "cyclone", "hurricane", "typhoon", "tornado", "tornadoes",
		"flood", "floods", "flooding", "floodwaters", "landslide", "landslides",
		"mudslide", "mudslides", "avalanche", "tsunami", "eruption", "volcano",
		"wildfire", "wildfires", "blaze", "heatwave", "drought", "crash",
		"collision", "derailment", "stampede", "rains", NULL };
	/* stems, as "collided" is no "collide" + "ed" */
	static const char *const mishaps[] = { "crash", "collid", "capsiz", "derail",
					       "collaps", "erupt", NULL };
	long j, v = main_verb_before(s, comma);
	size_t k, vlen;
	const char *vt;

	if (v < 0)
		return 0;
	vt = tok_text(s, (size_t)v, &vlen);
	for (k = 0; mishaps[k]; k++)
		if (vlen >= strlen(mishaps[k]) && !strncasecmp(vt, mishaps[k], strlen(mishaps[k])))
			return 1;
	for (j = v - 1; j >= 0; j--) {
		if (clause_break(s, (size_t)j) || s->info[j].mention >= 0 || s->info[j].verb)
			return 0;
		if (word_is_any(s, (size_t)j, disasters))
			return 1;
	}
	return 0;
}

/* "An air strike by the U.S. military hit a hospital", "shelling by
 * Russian forces killed three civilians": when the noun phrase opening a clause
 * names its actor only as the agent after "by", that agent is the
 * subject of the verb at `group`.  Not in background ("after a strike by
 * Israel hit"), where the phrase does not open the clause. */
static int32_t np_agent(const struct sent *s, size_t group)
{
	const struct mention *m;
	size_t k, q;

	if (group == 0 || s->info[group - 1].mention < 0)
		return -1;
	m = &s->ments[s->info[group - 1].mention];
	if (!m->after_prep || !(m->prep_roles & R_BY) || m->tok + m->n_tok != group)
		return -1;
	k = m->tok;
	while (k > 0 && (s->info[k - 1].roles & R_DET) && !(s->info[k - 1].roles & R_POSS))
		k--;
	if (k < 2 || !(s->info[k - 1].roles & R_BY))
		return -1;
	q = k - 2;
	/* ("a bomb planted by X killed": code_pred's rule for the
	 * participle, which knows its kinds of bomb) */
	if (s->info[q].mention >= 0 || !(s->toks[q].flags & TOK_WORD) || s->info[q].roles ||
	    s->info[q].verb || past_form(s, q))
		return -1;
	/* back over the noun's modifiers to its determiner */
	while (q > 0 && !(s->info[q - 1].roles & R_DET) && s->info[q - 1].mention < 0 &&
	       (s->toks[q - 1].flags & TOK_WORD) && !s->info[q - 1].roles && !s->info[q - 1].verb)
		q--;
	if (q > 0 && (s->info[q - 1].roles & R_DET) && !(s->info[q - 1].roles & R_POSS))
		q--;
	if (!opens_clause(s, q))
		return -1;
	return s->info[group - 1].mention;
}

/* A verb whose object it makes act: "prompted X to", "forced X to". */
static int causative(const struct sent *s, size_t i)
{
	static const char *const forms[] = {
		"prompt", "prompts", "prompted", "prompting", "force", "forces", "forced",
		"forcing", "compel", "compels", "compelled", "compelling", "spur", "spurs",
		"spurred", "spurring", NULL };

	return word_is_any(s, i, forms);
}

/* The token at i ends in "-ing" ("agreeing"). */
static int head_ends_ing(const struct sent *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return ends_with(t, len, "ing");
}

/* "rejected U.S. accusations that its army had used", "denied a report
 * by U.N. experts that its troops had": a denial of a claim whose content
 * follows.  Returns the token of that "that", or -1. */
static long denied_claim(const struct sent *s, const struct pred *sp)
{
	static const char *const denials[] = {
		"reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses",
		"dismissed", "dismissing", "refute", "refutes", "refuted", "refuting",
		"deny", "denies", "denied", "denying", "rebuff", "rebuffed", NULL
	};
	static const char *const that[] = { "that", NULL };
	size_t j;

	if (!(sp->vroles & (V_REACT | V_DENY)) || !word_is_any(s, sp->head, denials))
		return -1;
	for (j = sp->end + 1; j + 1 < s->n && j <= sp->end + 8; j++) {
		if (claim_noun(s, j) && word_is_any(s, j + 1, that))
			return (long)j + 1;
		if (clause_break(s, j) && !(s->info[j].roles & R_PREP))
			return -1;
	}
	return -1;
}

static void analyse_clauses(struct dyad_coder *c, struct sent *s,
			    struct pred *preds, size_t n)
{
	size_t i, k;
	int32_t according = -1;

	for (i = 0; i < n; i++) {
		struct pred *p = &preds[i];

		if (p->kind != LEX_VERB)
			continue;
		/* "a plan to end the war", "in a bid to revive": the
		 * infinitive says what a noun is about, not what happened. */
		if (p->infinitive && p->group > 0 && complement_noun(s, p->group - 1))
			p->complement = 1;
		/* "a deadline for Ukraine to withdraw", "called for Israel to
		 * halt": the infinitive is the act of the one named after
		 * "for", asked or awaited, not an event of its own. */
		if (p->infinitive && p->group > 0 && s->info[p->group - 1].mention >= 0) {
			int32_t mi = s->info[p->group - 1].mention;
			uint32_t first = s->ments[mi].tok;
			size_t fl;
			const char *ft = first > 0 ? tok_text(s, first - 1, &fl) : NULL;
			if (ft && fl == 3 && !strncasecmp(ft, "for", 3)) {
				p->subject = mi;
				p->requested = 1;
				continue;
			}
		}
		/* Infinitive: "agreed to resume", "is scheduled to visit",
		 * "is unlikely to pursue". */
		if (p->infinitive && p->group > 0) {
			long j = (long)p->group - 1;
			for (k = i; k-- > 0;) {
				if (preds[k].kind == LEX_VERB && (long)preds[k].head >= j - 2 &&
				    preds[k].head < p->group) {
					p->matrix = (int32_t)k;
					break;
				}
			}
			while (j >= 0 && (s->info[j].roles & (R_BE | R_NEG)))
				j--;
			if (j >= 0 && (s->info[j].roles & R_PLANADJ))
				p->plan = 1;
			if (j >= 0 && (s->info[j].roles & R_SPECADJ))
				p->spec = 1;
			if (p->matrix < 0 && j >= 0 && (s->info[j].roles & (R_PLANADJ | R_SPECADJ))) {
				p->subject = subject_left(s, preds, n, (size_t)j);
				continue;
			}
		}
		if (p->infinitive && p->matrix < 0) {
			/* "X travelled to Moscow to meet Y": the purpose shares
			 * the subject of the verb before it; "X to visit Y" in a
			 * headline announces a plan. */
			for (k = i; k-- > 0;) {
				size_t j;
				int blocked = 0;
				if (preds[k].kind != LEX_VERB)
					continue;
				/* "said Moscow would have to use": a modal
				 * opens a clause of its own */
				for (j = preds[k].head + 1; j < p->group; j++)
					if (clause_break(s, j) ||
					    (s->info[j].roles & (R_WILL | R_WOULD | R_MAY | R_CAN)))
						blocked = 1;
				if (!blocked)
					p->matrix = (int32_t)k;
				break;
			}
			if (p->matrix < 0) {
				p->subject = subject_left(s, preds, n, p->group);
				if (p->subject >= 0 && s->ments[p->subject].tok + s->ments[p->subject].n_tok == p->group)
					p->plan = 1;
				continue;
			}
			p->subject = preds[p->matrix].passive ? preds[p->matrix].by_agent :
				     preds[p->matrix].subject;
			continue;
		}
		/* "began sharing intelligence with", "denied supplying drones
		 * to": a gerund right after a verb is its complement. */
		if (p->matrix < 0 && !p->infinitive && p->head > 0 && i > 0 &&
		    preds[i - 1].kind == LEX_VERB && preds[i - 1].end + 1 == p->head &&
		    (preds[i - 1].vroles & (V_ASPECT | V_DENY | V_PLAN | V_SPEC))) {
			size_t len;
			const char *t = tok_text(s, p->head, &len);
			if (ends_with(t, len, "ing"))
				p->matrix = (int32_t)(i - 1);
		}
		if (p->matrix >= 0) {
			struct pred *m = &preds[p->matrix];
			int32_t obj;
			/* "prompted Germany to cancel the visit", "forced the
			 * army to withdraw": what a cause makes its object do is
			 * that object's act, done */
			if (p->infinitive && !m->passive && causative(s, m->head) &&
			    (obj = mention_right(s, m->end + 1, UINT32_MAX, 0)) >= 0 &&
			    s->ments[obj].tok < p->group) {
				p->subject = obj;
				continue;
			}
			p->subject = m->passive ? m->by_agent : m->subject;
			if (m->vroles & V_PLAN)
				p->plan = 1;
			if (m->vroles & V_SPEC)
				p->spec = 1;
			if (m->vroles & V_DENY)
				p->neg = 1;
			if ((m->vroles & V_AGREE) && p->infinitive)
				p->agreed = 1;
			/* "urged Israel to strike Iran": a requested act is the
			 * request's content, not an event of its own. */
			if ((m->vroles & V_CONTROL) && p->infinitive) {
				size_t j;
				for (j = m->end + 1; j < p->group; j++)
					if (s->info[j].mention >= 0)
						p->requested = 1;
			}
			continue;
		}
		/* Coordination: "met Lavrov and signed ...". */
		/* The verb shared is the last one of the main clause: in
		 * "arrived ... since Russia invaded his country, and met", the
		 * subordinate "invaded" is passed over. */
		/* A finite verb is coordinated with a finite one: in "ordered
		 * doctors to return to work and threatened to", not with the
		 * infinitives or participles between. */
		/* ("ending without a breakthrough but agreeing to meet":
		 * a participle after "but" is joined to the one before) */
		if (p->group > 0 && ((s->info[p->group - 1].roles & R_CONJ) ||
				     ((s->info[p->group - 1].roles & R_BUT) && p->group == p->head &&
				      !p->infinitive && head_ends_ing(s, p->head)))) {
			size_t hl;
			const char *ht = tok_text(s, p->head, &hl);
			int finite = !p->infinitive && !ends_with(ht, hl, "ing");
			size_t like = i;
			/* "..., cutting phone and internet lines in the region
			 * and placing its politicians under arrest": a
			 * participle joined by "and" is joined to the
			 * participle before it in the clause, past nouns read
			 * as verbs ("lines") between them. */
			if (!finite && !p->infinitive && p->group == p->head)
				for (k = i; k-- > 0;) {
					size_t kl;
					const char *kt = tok_text(s, preds[k].head, &kl);
					if (clause_break(s, preds[k].head))
						break;
					if (preds[k].kind == LEX_VERB && preds[k].group == preds[k].head &&
					    !preds[k].infinitive && ends_with(kt, kl, "ing") &&
					    preds[k].subject >= 0 && !subordinate(s, &preds[k])) {
						like = k + 1;
						break;
					}
				}
			for (k = like; k-- > 0;) {
				size_t kl;
				const char *kt = tok_text(s, preds[k].head, &kl);
				if (finite && preds[k].kind == LEX_VERB && preds[k].group != p->group &&
				    (preds[k].infinitive || (preds[k].group == preds[k].head &&
							     ends_with(kt, kl, "ing"))))
					continue;
				if (preds[k].kind == LEX_VERB && !subordinate(s, &preds[k])) {
					p->subject = preds[k].subject;
					p->coord = (int32_t)k;
					/* a participle joined to one after a comma
					 * shares its main clause ("..., closing
					 * without a deal but agreeing"), as one
					 * joined to a finite verb hangs on it */
					if (!finite)
						p->anchor = preds[k].anchor >= 0 ?
							    preds[k].anchor : (int32_t)k;
					break;
				}
			}
			if (p->subject >= 0)
				goto passive;
		}
		/* "Russia attacked Ukraine, firing missiles at cities": a
		 * participle after a comma shares the main clause's subject;
		 * so does one after "while" or "by" ("paused his tariffs,
		 * while raising the tariff on Chinese imports"). */
		if (p->group > 0 && p->group == p->head &&
		    (is_punct(s, p->group - 1, ',') ||
		     head_is(s, p->group - 1, "while") || (s->info[p->group - 1].roles & R_BY))) {
			size_t len;
			const char *t = tok_text(s, p->head, &len);
			if (ends_with(t, len, "ing") && is_punct(s, p->group - 1, ',') &&
			    mishap_before(s, p->group - 1)) {
				p->subject = -1;
				goto passive;
			}
			if (ends_with(t, len, "ing")) {
				long v;
				for (k = i; k-- > 0;) {
					const struct pred *q = &preds[k];
					int32_t qs = q->passive && q->by_agent >= 0 ? q->by_agent : q->subject;
					/* "opened fire": the particle is no verb of its own */
					if (q->kind != LEX_VERB || subordinate(s, q) || qs < 0)
						continue;
					p->subject = qs;
					p->anchor = (int32_t)k;
					break;
				}
				/* "A Taliban suicide bomber drove an ambulance into a
				 * street in central Kabul, killing 95": with no coded
				 * verb before it, the subject of the main clause's verb
				 * all the same, not the last name before the comma. */
				if (p->subject < 0 && is_punct(s, p->group - 1, ',') &&
				    (v = main_verb_before(s, p->group - 1)) >= 0 && !s->info[v].verb)
					p->subject = subject_left(s, preds, n, (size_t)v);
				if (p->subject >= 0)
					goto passive;
			}
		}
		p->subject = subject_left(s, preds, n, p->group);
		if (p->subject < 0 && !p->passive && !p->infinitive)
			p->subject = np_agent(s, p->group);
passive:
		/* "talks hosted by Anwar", "a deal brokered by China": a
		 * participle right before "by X" is a passive without "be";
		 * what it acts on are the main clause's actors. */
		if (!p->passive && p->group == p->head && p->end + 2 < s->n &&
		    (s->info[p->end + 1].roles & R_BY) && past_form(s, p->head) &&
		    p->head > 0 && !(s->info[p->head - 1].roles & (R_HAVE | R_BE)) &&
		    (s->info[p->head - 1].mention < 0 || is_punct(s, p->head - 1, ',') ||
		     /* "talks in Doha mediated by Qatar" */
		     s->ments[s->info[p->head - 1].mention].after_prep)) {
			p->passive = 1;
			p->subject = -1;
			for (k = i; k-- > 0;)
				if (preds[k].kind == LEX_VERB && !subordinate(s, &preds[k]) &&
				    preds[k].subject >= 0) {
					p->subject = preds[k].subject;
					break;
				}
		}
		if (p->passive) {
			size_t j;
			for (j = p->head + 1; j < s->n && j < p->head + 6u; j++) {
				if (s->info[j].roles & R_BY) {
					if (j + 1 < s->n) {
						size_t t = j + 1;
						while (t < s->n && (s->info[t].roles & R_DET) && s->info[t].mention < 0)
							t++;
						if (t < s->n && s->info[t].mention >= 0)
							p->by_agent = s->info[t].mention;
					}
					break;
				}
			}
		}
	}

	for (i = 0; i < n; i++)
		if (preds[i].subject >= 0)
			s->ments[preds[i].subject].subject = 1;

	/* "according to X" reports the whole sentence. */
	for (i = 0; i + 2 < s->n; i++)
		if ((s->info[i].roles & R_ACCORDING) &&
		    (s->info[i + 1].roles & R_TO) && s->info[i + 2].mention >= 0)
			according = s->info[i + 2].mention;

	/* Reported speech and opinion. */
	for (i = 0; i < n; i++) {
		struct pred *sp = &preds[i];
		int opinion, deny;
		long claim;

		if (sp->kind != LEX_VERB)
			continue;
		claim = denied_claim(s, sp);
		if (!(sp->vroles & (V_SPEECH | V_OPINION | V_DENY | V_SPEC)) && claim < 0)
			continue;
		opinion = (sp->vroles & (V_OPINION | V_SPEC)) != 0;
		deny = (sp->vroles & V_DENY) != 0 || claim >= 0;
		if (sp->subject >= 0) {
			const struct mention *m = &s->ments[sp->subject];
			size_t len;
			const char *t = s->text + m->start;
			len = m->end - m->start;
			/* The analyst's view is not the actor's act. */
			if (memmem(t, len, "nalyst", 6) || memmem(t, len, "xpert", 5) ||
			    memmem(t, len, "bserver", 7) || memmem(t, len, "cholar", 6) ||
			    memmem(t, len, "rofessor", 8))
				opinion = 1;
		}
		for (k = 0; k < n; k++) {
			struct pred *p = &preds[k];
			int after = p->head > sp->head, before = p->head < sp->head;
			if (k == i || (claim >= 0 && p->head <= (size_t)claim))
				continue;
			/* "X said Y will visit Z" and "Y will visit Z, X said". */
			if ((after && (p->subject < 0 || s->ments[p->subject].tok > sp->head ||
				       p->matrix >= 0 || p->kind == LEX_NOUN)) ||
			    (before && sp->group > 0 && (is_punct(s, sp->group - 1, ',') ||
				(sp->subject >= 0 && s->ments[sp->subject].tok > 0 &&
				 is_punct(s, s->ments[sp->subject].tok - 1, ','))))) {
				if (sp->vroles & V_SPEC && !(sp->vroles & V_SPEECH) && before)
					continue;
				/* "..., arguing that Ankara needed": a participle's
				 * content comes after it, not before. */
				if (before && head_ends_ing(s, sp->head))
					continue;
				/* "appears", "signals": doubt, not a speaker. */
				if (p->reporter < 0 && sp->subject >= 0 && p->subject != sp->subject &&
				    (sp->vroles & (V_SPEECH | V_OPINION | V_DENY)))
					p->reporter = sp->subject;
				/* "days after Washington said it would remove
				 * Khartoum": what the anchor reports is as much
				 * background as the anchor itself */
				if (after && sp->kind == LEX_VERB && (sp->vroles & V_SPEECH) &&
				    time_anchor(s, sp))
					p->anchored = 1;
				if (opinion)
					p->spec = 1;
				if (deny)
					p->neg = 1;
				sp->has_complement = 1;
			}
		}
	}
	if (according >= 0)
		for (i = 0; i < n; i++)
			if (preds[i].reporter < 0)
				preds[i].reporter = according;

	/* Nouns take their source from the verb they are the object of. */
	for (i = 0; i < n; i++) {
		struct pred *p = &preds[i];
		if (p->kind != LEX_NOUN)
			continue;
		for (k = i; k-- > 0;) {
			struct pred *g = &preds[k];
			size_t j;
			int blocked = 0;
			if (g->kind != LEX_VERB)
				continue;
			for (j = g->head + 1; j < p->head; j++)
				if (clause_break(s, j))
					blocked = 1;
			if (!blocked)
				p->governor = (int32_t)k;
			break;
		}
	}
}

/* ---- patterns --------------------------------------------------------- */

/* Does a phrase of set start at token i?  Only members whose first word
 * is the token's form or one of its lemmas are tried. */
static int synset_at(const dyad_lexicon *lex, const struct sent *s, size_t i,
		     uint32_t set, size_t *last)
{
	const struct tokinfo *t0 = &s->info[i];
	const uint32_t firsts[3] = { t0->word, t0->nlemma, t0->vlemma };
	size_t f, k;
	uint32_t m;

	for (f = 0; f < 3; f++) {
		if (firsts[f] == LEX_NONE || (f > 0 && firsts[f] == firsts[0]) ||
		    (f == 2 && firsts[2] == firsts[1]))
			continue;
		for (m = lex_set_member(lex, set, firsts[f]); m != LEX_NONE;
		     m = lex->members.v[m].next_same) {
			const struct lex_member *mb = &lex->members.v[m];
			for (k = 0; k < mb->n && i + k < s->n; k++) {
				uint32_t w = lex->pool.v[mb->off + k];
				uint32_t id = w & ~LEX_EXACT_BIT;
				const struct tokinfo *ti = &s->info[i + k];
				if (ti->word == id)
					continue;
				if (!(w & LEX_EXACT_BIT) && (ti->nlemma == id || ti->vlemma == id))
					continue;
				break;
			}
			if (k == mb->n) {
				*last = i + k - 1;
				return 1;
			}
		}
	}
	return 0;
}

/* Note in s->sets the synonym sets with a member whose first word is a
 * token's form or lemma: synset_at() finds a set nowhere else.  Once per
 * sentence, when its first pattern is tried; when memory is out the bits
 * stay NULL and every set is looked for. */
static void note_sets(struct dyad_coder *c, struct sent *s)
{
	const dyad_lexicon *lex = c->lex;
	size_t n_words = (lex->synsets.n + 63) / 64, i, f;
	uint64_t *bits;

	if (s->sets || !(bits = arena_zalloc(&c->mem, (n_words ? n_words : 1) * sizeof(*bits))))
		return;
	for (i = 0; i < s->n; i++) {
		const struct tokinfo *ti = &s->info[i];
		const uint32_t ids[3] = { ti->word, ti->nlemma, ti->vlemma };
		for (f = 0; f < 3; f++) {
			const struct lex_set_start *e = lex_set_starts(lex, ids[f]);
			for (; e && e->set != LEX_NONE; e++)
				bits[e->set / 64] |= 1ull << (e->set % 64);
		}
	}
	s->sets = bits;
}

/* Whether a pattern can match anywhere in the sentence: the sentence holds
 * its first two words (the bloom filter may say so wrongly, never the
 * reverse) and a possible start of each of its sets. */
static int pattern_possible(const dyad_lexicon *lex, const struct sent *s,
			    const struct lex_pattern *pat)
{
	const struct lex_elem *el = &lex->elems.v[pat->el_off];
	size_t k;

	if ((pat->req[0] != LEX_NONE && !sent_bloom_has(s, pat->req[0])) ||
	    (pat->req[1] != LEX_NONE && !sent_bloom_has(s, pat->req[1])))
		return 0;
	if (s->sets)
		for (k = 0; k < pat->n_el; k++)
			if (el[k].kind == LEX_EL_SYNSET &&
			    !(s->sets[el[k].id / 64] >> (el[k].id % 64) & 1))
				return 0;
	return 1;
}

static int word_at(const struct sent *s, size_t i, const struct lex_elem *e)
{
	const struct tokinfo *ti = &s->info[i];

	if (ti->word == e->id)
		return 1;
	return !(e->flags & LEX_EL_EXACT) && (ti->nlemma == e->id || ti->vlemma == e->id);
}

/* A possessive pronoun ("its", "their") with another actor right after
 * it ("its NATO allies"): the pronoun only says whose that actor is. */
static int possessor_of_next(const struct sent *s, const struct mention *m)
{
	size_t after = m->tok + m->n_tok;

	return m->kind == M_PRONOUN && (s->info[m->tok].roles & R_POSS) &&
	       after < s->n && s->info[after].mention >= 0 &&
	       s->ments[s->info[after].mention].tok == after;
}

/* Match one element list in one direction.  Forward from `at` for the
 * elements after the head, backward for those before it. */
static int match_side(const dyad_lexicon *lex, const struct sent *s,
		      const struct lex_elem *el, size_t n_el, size_t at,
		      size_t limit, int forward, int32_t agent, struct match_result *r)
{
	size_t e;
	long pos = (long)at;

	for (e = 0; e < n_el; e++) {
		const struct lex_elem *x = forward ? &el[e] : &el[n_el - 1 - e];
		size_t gap = 0, last = 0;
		int found = 0;

		if (x->kind == LEX_EL_SKIP || x->kind == LEX_EL_COMPOUND)
			continue;
		while (pos >= 0 && (size_t)pos < s->n && gap <= TARGET_GAP &&
		       (forward ? (size_t)pos < limit : (size_t)pos >= limit)) {
			const struct tokinfo *ti = &s->info[pos];
			if (x->kind == LEX_EL_TARGET || x->kind == LEX_EL_SOURCE) {
				/* The actor sits in the phrase at hand: a comma
				 * ends the search ("missiles at villages near the
				 * border, the United Nations said"). */
				if (is_punct(s, (size_t)pos, ','))
					return 0;
				/* "Putin was welcomed by Kim in Pyongyang": the
				 * agent of a passive is its source, never the
				 * '+' a pattern seeks; the pattern does not match */
				if (ti->mention >= 0 && ti->mention == agent &&
				    x->kind == LEX_EL_TARGET)
					return 0;
				if (ti->mention >= 0 && forward && x->kind == LEX_EL_TARGET &&
				    what_said(s, &s->ments[ti->mention])) {
					pos = (long)what_said(s, &s->ments[ti->mention]);
					continue;
				}
				if (ti->mention >= 0) {
					const struct mention *m = &s->ments[ti->mention];
					/* "with its NATO allies", "to their Western
					 * partners": a possessive right before an actor
					 * says whose; the actor after it is the one named */
					if (x->kind == LEX_EL_TARGET && possessor_of_next(s, m)) {
						pos = (long)(m->tok + m->n_tok);
						ti = &s->info[pos];
						m = &s->ments[ti->mention];
					}
					/* The first '+' of a pattern names the target. */
					if (x->kind == LEX_EL_TARGET && r->target < 0)
						r->target = ti->mention;
					else if (x->kind == LEX_EL_SOURCE && r->source < 0)
						r->source = ti->mention;
					pos = forward ? (long)(m->tok + m->n_tok) : (long)m->tok - 1;
					found = 1;
					break;
				}
			} else if (x->kind == LEX_EL_WORD && word_at(s, (size_t)pos, x)) {
				last = (size_t)pos;
				found = 1;
			} else if (x->kind == LEX_EL_SYNSET && forward &&
				   synset_at(lex, s, (size_t)pos, x->id, &last)) {
				found = 1;
			} else if (x->kind == LEX_EL_SYNSET && !forward &&
				   synset_at(lex, s, (size_t)pos, x->id, &last)) {
				found = 1;
			}
			if (found) {
				if (forward && last + 1 > r->last)
					r->last = (uint32_t)last;
				pos = forward ? (long)last + 1 : pos - 1;
				break;
			}
			/* "imposed a nationwide curfew and deployed the army
			 * on Friday": "and" before a verb in the past starts
			 * another clause, which a gap does not cross. */
			if (forward && gap > 0 && (s->info[pos].roles & R_CONJ) &&
			    (size_t)pos + 1 < s->n &&
			    s->info[pos + 1].verb && s->info[pos + 1].mention < 0 &&
			    past_form(s, (size_t)pos + 1))
				return 0;
			/* "to withdraw a decree that ended fuel subsidies,
			 * bowing to protests": a relative clause right after
			 * a noun the pattern named is passed over. */
			if (clause_break(s, (size_t)pos) && !(s->info[pos].roles & R_PREP) &&
			    !(forward && gap == 0 && e > 0 && pos > 0 &&
			      (is_relative(s, (size_t)pos) || head_is(s, (size_t)pos, "that")) &&
			      s->info[pos - 1].mention < 0 && !s->info[pos - 1].verb &&
			      (s->toks[pos - 1].flags & TOK_WORD) && !s->info[pos - 1].roles))
				return 0;
			pos += forward ? 1 : -1;
			gap++;
		}
		if (!found)
			return 0;
	}
	return 1;
}

/* A target among the pattern's words before its head ("$ and + *"). */
static int pre_has_target(const struct lex_elem *el, size_t h)
{
	size_t k;

	for (k = 0; k < h; k++)
		if (el[k].kind == LEX_EL_TARGET)
			return 1;
	return 0;
}

/* Match a pattern around its head; choose() asks pattern_possible() first. */
static int try_pattern(const dyad_lexicon *lex, const struct sent *s,
		       const struct pred *p, const struct lex_pattern *pat,
		       size_t clause_start, size_t clause_end, struct match_result *r)
{
	const struct lex_elem *el = &lex->elems.v[pat->el_off];
	int32_t agent = p->kind == LEX_VERB && p->passive ? p->by_agent : -1;
	size_t h;

	for (h = 0; h < pat->n_el && el[h].kind != LEX_EL_HEAD; h++)
		;
	r->target = r->source = -1;
	r->last = p->end;
	if (!match_side(lex, s, el + h + 1, pat->n_el - h - 1, p->end + 1,
			clause_end, 1, agent, r))
		return 0;
	/* words before the head are sought before its verb group, then,
	 * failing that, inside it ("would not rule out": "not *") */
	if (h) {
		struct match_result fwd = *r;
		if (!match_side(lex, s, el, h, p->group ? p->group - 1 : 0, clause_start, 0, agent, r)) {
			*r = fwd;
			if (p->head > p->group &&
			    match_side(lex, s, el, h, p->head - 1, clause_start, 0, agent, r))
				return 1;
			*r = fwd;
			/* "Russian and Ukrainian delegations held talks ...,
			 * agreeing to exchange prisoners": a participle after
			 * a comma that shares the main clause's subject finds
			 * the words before its head at that subject */
			if (p->anchor >= 0 && p->subject >= 0 && pre_has_target(el, h) &&
			    s->ments[p->subject].tok + s->ments[p->subject].n_tok <= p->group &&
			    match_side(lex, s, el, h,
				       s->ments[p->subject].tok + s->ments[p->subject].n_tok - 1,
				       clause_start, 0, agent, r))
				return 1;
			return 0;
		}
	}
	if (h && p->group == 0)
		return 0;
	return 1;
}

static size_t clause_end_of(const struct sent *s, size_t from)
{
	size_t j;

	for (j = from; j < s->n; j++)
		if (s->info[j].roles & (R_BUT | R_IF) || is_punct(s, j, ';'))
			return j;
	return s->n;
}

/* A word or set of the pattern after its head is at token `at`. */
static int names_verb(const dyad_lexicon *lex, const struct lex_pattern *pat,
		      const struct sent *s, size_t at)
{
	const struct lex_elem *el = &lex->elems.v[pat->el_off];
	size_t h, k, last;

	if (at >= s->n)
		return 1;
	for (h = 0; h < pat->n_el && el[h].kind != LEX_EL_HEAD; h++)
		;
	for (k = h + 1; k < pat->n_el; k++)
		if ((el[k].kind == LEX_EL_WORD && word_at(s, at, &el[k])) ||
		    (el[k].kind == LEX_EL_SYNSET && synset_at(lex, s, at, el[k].id, &last)))
			return 1;
	return 0;
}

/* Choose head and pattern: the most specific pattern that matches. */
static int choose(struct dyad_coder *c, struct sent *s, struct pred *p,
		  struct match_result *best)
{
	const dyad_lexicon *lex = c->lex;
	size_t h, clause_end = clause_end_of(s, p->head + 1), verb_at = clause_end, j;
	int have = 0;

	note_sets(c, s);

	/* "A Nigerian army drone strike mistakenly killed at least 85
	 * civilians": a noun's words end at the verb after it, the verb of
	 * the noun's own clause, unless the pattern names that verb ("an air
	 * strike hit a school": * hit +); an infinitive is the noun's own
	 * ("willing to work with"). */
	if (p->kind == LEX_NOUN)
		for (j = p->head + 1; j < clause_end; j++)
			if (s->info[j].verb && s->info[j].mention < 0 &&
			    !(s->info[j].roles & R_TO) && !(s->info[j - 1].roles & R_TO)) {
				verb_at = j;
				break;
			}

	for (h = 0; h < p->n_heads; h++) {
		const struct lex_head *hd = &p->heads[h];
		const struct lex_class *cls = &lex->classes.v[hd->cls];
		uint32_t k;
		long pe = particles_at(lex, s, p->head, hd);

		if (pe < 0)
			continue;
		p->end = (uint32_t)pe;
		for (k = 0; k < cls->n_pats; k++) {
			const struct lex_pattern *pat = &lex->patterns.v[cls->pat_first + k];
			struct match_result r;
			if (have && pat->weight <= best->pat->weight)
				break;
			if (!pattern_possible(lex, s, pat))
				continue;
			if (!try_pattern(lex, s, p, pat, 0,
					 names_verb(lex, pat, s, verb_at) ? clause_end : verb_at, &r))
				continue;
			r.head = hd;
			r.pat = pat;
			r.code = pat->code != LEX_NONE ? pat->code : cls->code;
			r.code2 = pat->code2;
			*best = r;
			have = 1;
			if (TRACING(c)) {
				const char *o = lex_str(lex, pat->origin), *slash = strrchr(o, '/');
				coder_tracef(c, "    pattern %s:%u matches \"%s\"",
					     slash ? slash + 1 : o, pat->line, lex_str(lex, cls->label));
			}
			break;
		}
		if (have)
			return 1;
		if (cls->code != LEX_NONE) {
			best->head = hd;
			best->pat = NULL;
			best->code = cls->code;
			best->code2 = LEX_NONE;
			best->target = best->source = -1;
			best->last = (uint32_t)pe;
			return 1;
		}
	}
	return 0;
}

/* ---- events ----------------------------------------------------------- */

struct emit_ctx {
	struct dyad_coder *c;
	struct sent *s;
	dyad_event_fn fn;
	void *ctx;
	struct when_expr dates[8];
	size_t n_dates;
	struct dyad_event seen[32];
	uint32_t seen_people[32][2];    /* source's and target's person, or LEX_NONE */
	size_t n_seen;
	int stop;
};

static struct dyad_date event_date(struct emit_ctx *e, const struct pred *p)
{
	size_t i, best = SIZE_MAX;
	uint32_t dist = UINT32_MAX;

	for (i = 0; i < e->n_dates; i++) {
		const struct when_expr *w = &e->dates[i];
		uint32_t d;
		uint32_t a, b, k;
		int apart = 0;
		if (w->date.precision == DYAD_PREC_NONE)
			continue;
		/* Only a date in the trigger's own clause dates it. */
		a = w->tok < p->head ? w->tok + w->n_tok : p->end + 1;
		b = w->tok < p->head ? p->group : w->tok;
		for (k = a; k < b && k < e->s->n; k++)
			if (clause_break(e->s, k))
				apart = 1;
		if (apart)
			continue;
		d = w->tok > p->head ? w->tok - p->head : p->head - (w->tok + w->n_tok);
		if (d < dist) {
			dist = d;
			best = i;
		}
	}
	if (best != SIZE_MAX)
		return e->dates[best].date;
	return e->s->pub;
}

/* A mode passed on from the predicate another hangs on. */
static void take_mode(enum dyad_mode m, int *neg, int *cond, int *spec, int *plan)
{
	if (m == DYAD_MODE_NEGATED)
		*neg = 1;
	if (m == DYAD_MODE_CONDITIONAL)
		*cond = 1;
	if (m == DYAD_MODE_SPECULATIVE)
		*spec = 1;
	if (m == DYAD_MODE_PLANNED)
		*plan = 1;
}

static enum dyad_mode mode_of(const struct sent *s, struct pred *preds, size_t i)
{
	static const char *const no_one[] = { "no", "neither", NULL };
	struct pred *p = &preds[i];
	uint32_t r = p->group_roles;
	int neg = p->neg || (r & R_NEG), cond = p->cond, spec = p->spec,
	    plan = p->plan || (r & R_WILL);
	size_t j;

	if (p->mode >= 0)
		return (enum dyad_mode)p->mode;
	/* "no U.S. official would attend": a subject no one is */
	if (p->subject >= 0 && s->ments[p->subject].tok > 0 &&
	    word_is_any(s, s->ments[p->subject].tok - 1, no_one))
		neg = 1;
	if (p->matrix >= 0) {
		take_mode(mode_of(s, preds, (size_t)p->matrix), &neg, &cond, &spec, &plan);
	}
	/* "said it would disband and lay down its arms": a bare verb
	 * coordinated with an earlier one shares its auxiliaries ("and
	 * ruled out", past, has its own) */
	if (p->coord >= 0 && (size_t)p->coord < i && p->kind == LEX_VERB && p->group == p->head &&
	    !(r & (R_NEG | R_WILL | R_WOULD | R_MAY)) && !past_form(s, p->head) &&
	    !head_ends_ing(s, p->head)) {
		take_mode(mode_of(s, preds, (size_t)p->coord), &neg, &cond, &spec, &plan);
	}
	if (p->governor >= 0 && p->kind == LEX_NOUN) {
		if (preds[p->governor].vroles & V_PLAN)
			plan = 1;
		take_mode(mode_of(s, preds, (size_t)p->governor), &neg, &cond, &spec, &plan);
	}
	if (p->kind == LEX_NOUN) {
		/* "A meeting between Kim and Trump is likely after next
		 * spring": the noun is the subject of a doubt */
		for (j = p->head + 1; j + 1 < s->n && j <= p->head + 14; j++) {
			if ((s->info[j].roles & R_BE) && (s->info[j + 1].roles & R_SPECADJ)) {
				spec = 1;
				break;
			}
			if (s->info[j].verb || clause_break(s, j) || is_punct(s, j, ','))
				break;
		}
		/* "is scheduled for a two-day state visit", "a potential
		 * summit": the words before the noun up to its clause's verb. */
		for (j = p->head; j-- > 0;) {
			const struct tokinfo *ti = &s->info[j];
			if (ti->roles & R_PLANADJ)
				plan = 1;
			if (ti->roles & R_SPECADJ)
				spec = 1;
			if (ti->verb || clause_break(s, j))
				break;
			r |= ti->roles & (R_WILL | R_MAY | R_NEG | R_WOULD);
		}
		if (r & R_NEG)
			neg = 1;
		if (r & R_WILL)
			plan = 1;
	}
	if (r & R_MAY)
		spec = 1;
	if (r & R_WOULD) {
		/* "would" in reported speech, or after "signalled that", is
		 * the future seen from the past; elsewhere, and always beside
		 * an if-clause, it is a condition. */
		int iff = 0;
		for (j = 0; j < s->n; j++)
			if (s->info[j].roles & R_IF)
				iff = 1;
		if (iff || (p->reporter < 0 && !spec))
			cond = 1;
		else
			plan = 1;
	}
	/* "could ease sanctions on Syria if its new rulers ...", "open
	 * to talks if Washington dropped": a condition after the act, in
	 * its own clause */
	for (j = p->end + 1; j < s->n && j <= p->end + 12; j++) {
		if (s->info[j].roles & R_IF) {
			cond = 1;
			break;
		}
		if (is_punct(s, j, ',') || is_punct(s, j, ';') || (s->info[j].roles & R_BUT) ||
		    s->info[j].verb)
			break;
	}
	/* Inside an if-clause: "if North Korea initiated contact". */
	for (j = p->group; j-- > 0;) {
		if (s->info[j].roles & R_IF) {
			cond = 1;
			break;
		}
		if (is_punct(s, j, ',') || is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			break;
	}
	/* "would not establish relations unless ...": the condition rules
	 * (tests/dev/README.md gives the order). */
	p->mode = cond ? DYAD_MODE_CONDITIONAL : spec ? DYAD_MODE_SPECULATIVE :
		  neg ? DYAD_MODE_NEGATED : plan ? DYAD_MODE_PLANNED :
		  DYAD_MODE_ASSERTED;
	return (enum dyad_mode)p->mode;
}

/* The threat (13x) of doing what `code` codes, or NULL: force (138,
 * nuclear 1385), repression (137), sanctions (1312), breaking relations
 * (1313), walking out of talks or mediation (134, 135). */
static const char *threat_of(const char *code)
{
	if (!strcmp(code, "2042"))
		return "1385";
	if (!strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2))
		return "138";
	if (!strncmp(code, "17", 2))
		return "137";
	if (!strcmp(code, "163"))
		return "1312";
	if (!strcmp(code, "161"))
		return "1313";
	if (!strcmp(code, "164"))
		return "134";
	if (!strcmp(code, "165"))
		return "135";
	return NULL;
}

static int mention_has(const struct sent *s, const struct mention *m, const char *const *words);

/* "a senior commander of Islamic Jihad, Taiseer al-Jabari": one leader
 * or commander of a group or force whom an apposition names. */
static int named_chief(const struct sent *s, const struct mention *m)
{
	static const char *const chief[] = { "leader", "commander", "chief", "founder", NULL };
	size_t k = m->tok + m->n_tok;

	/* past the rest of the group's name ("of the Islamic Jihad
	 * militant group") */
	while (k < s->n && k < m->tok + m->n_tok + 3u && !(s->toks[k].flags & TOK_PUNCT) &&
	       !s->info[k].verb && !(s->info[k].roles & ~R_DET))
		k++;
	if (!m->code || m->country || m->kind == M_PRONOUN || !mention_has(s, m, chief) || k + 2 >= s->n ||
	    !is_punct(s, k, ',') || !(s->toks[k + 1].flags & TOK_CAP))
		return 0;
	/* the name a lexicon knows as no state ("Khaled Mansour"), or
	 * two capitalised words it does not know */
	if (s->info[k + 1].mention >= 0)
		return !s->ments[s->info[k + 1].mention].country &&
		       s->ments[s->info[k + 1].mention].kind != M_PRONOUN &&
		       s->ments[s->info[k + 1].mention].kind != M_AGENT;
	return !s->info[k + 1].roles && !weekday(s, k + 1) && (s->toks[k + 2].flags & TOK_WORD) &&
	       s->info[k + 2].mention < 0 && !s->info[k + 2].roles && !s->info[k + 2].verb;
}

/* "Israel launched air strikes across Gaza, killing hundreds", "gunmen
 * opened fire on concertgoers, killing 130", "fired rockets at Taza,
 * wounding hundreds", "fired on protesters, killing five": a killing or
 * wounding told as the result of a force event the sentence has already
 * coded is that event's toll, not another event. */
static int attack_result(const struct emit_ctx *e, const struct pred *p)
{
	const struct sent *s = e->s;
	size_t i, len;
	const char *t = tok_text(s, p->head, &len);

	/* "killed three U.S. soldiers and wounded dozens": the wounded of
	 * a killing told with it are its toll too */
	int wound_after = p->kind == LEX_VERB && p->group > 0 &&
			  (s->info[p->group - 1].roles & R_CONJ) &&
			  (head_is(s, p->head, "wound") || head_is(s, p->head, "injur"));

	if (wound_after) {
		for (i = 0; i < e->n_seen; i++) {
			const char *r = e->seen[i].root;
			size_t tl;
			const char *tt = e->seen[i].text + e->seen[i].trigger.start;
			tl = e->seen[i].trigger.end - e->seen[i].trigger.start;
			if (r && (!strcmp(r, "18") || !strcmp(r, "19") || !strcmp(r, "20")) &&
			    tl >= 4 && !strncasecmp(tt, "kill", 4) &&
			    e->seen[i].trigger.start < s->toks[p->head].start - s->base)
				return 1;
		}
		return 0;
	}
	if (p->kind != LEX_VERB || p->group == 0 || !is_punct(s, p->group - 1, ',') ||
	    !ends_with(t, len, "ing") ||
	    !(head_is(s, p->head, "kill") || head_is(s, p->head, "wound") ||
	      head_is(s, p->head, "injure")))
		return 0;
	/* "..., killing Hezbollah leader Hassan Nasrallah", "killing a
	 * senior commander of Islamic Jihad, Taiseer al-Jabari": killing a
	 * named leader is an act of its own (186) */
	for (i = p->end + 1; i < s->n && i < p->end + 4u; i++) {
		int32_t m = s->info[i].mention;
		if (m < 0)
			continue;
		if (head_is(s, p->head, "kill") &&
		    ((s->ments[m].person && s->ments[m].kind != M_AGENT) ||
		     named_chief(s, &s->ments[m])))
			return 0;
		break;
	}
	for (i = 0; i < e->n_seen; i++) {
		const char *r = e->seen[i].root;
		if ((r && (!strcmp(r, "18") || !strcmp(r, "19") || !strcmp(r, "20"))) ||
		    !strcmp(e->seen[i].cameo, "175"))
			return 1;
	}
	return 0;
}

/* "threatened retaliation if Finland joined NATO", "would meet him if
 * Putin came": an act inside an if- or unless-clause that hangs on
 * another predicate of the sentence is that predicate's condition, not
 * an event of its own. */
static int in_condition(const struct sent *s, const struct pred *preds, size_t n,
			const struct pred *p)
{
	size_t j, k;

	for (j = p->group; j-- > 0;) {
		if (s->info[j].roles & R_IF) {
			for (k = 0; k < n; k++)
				if (preds[k].kind == LEX_VERB && preds[k].head < j &&
				    preds[k].n_heads)
					return 1;
			return 0;
		}
		if (is_punct(s, j, ',') || is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			return 0;
	}
	return 0;
}

static void span_of(const struct mention *m, struct dyad_span *sp)
{
	sp->start = m->start;
	sp->end = m->end;
	sp->code = m->code;
}

static const struct cameo_entry *cameo_find(const dyad_lexicon *lex, const char *code)
{
	char buf[8];
	size_t n = strlen(code);
	const struct cameo_entry *ce;

	if (n >= sizeof(buf))
		return NULL;
	memcpy(buf, code, n + 1);
	/* Legacy dictionaries use a few codes beyond the codebook: fall
	 * back to the nearest parent. */
	while (n >= 2) {
		if ((ce = cameo_get(lex->cameo, buf)))
			return ce;
		buf[--n] = '\0';
	}
	return NULL;
}

/* A role word with no state ("officials", "the military") names nobody
 * an analyst can place; only the groups that are actors on their own
 * (rebels, insurgents) stand alone. */
static int placeable(const struct mention *m)
{
	static const char *const alone[] = { "REB", "INS", "REF", "IGO", "NGO", "IMG", "UAF" };
	size_t i;

	if (m->kind != M_AGENT || m->person || m->placed)
		return 1;
	for (i = 0; i < sizeof(alone) / sizeof(alone[0]); i++)
		if (!strncmp(m->code, alone[i], 3))
			return 1;
	return 0;
}

/* A state's civilians, workers, students or opposition ("KORCVL"). */
static int civil_role(const char *code)
{
	static const char *const civil[] = { "CVL", "OPP", "LAB", "EDU", "HLH", "REL", NULL };

	return role_in(code, civil);
}

/* Civilians in any role, the displaced and businesses: "MLICVL",
 * "AFGHLH", "SDNREF", "GBRBUS", the people an attack may hit who do not
 * fight. */
static int soft_target(const char *code)
{
	static const char *const unarmed[] = { "REF", "BUS", NULL };

	return civil_role(code) || role_in(code, unarmed);
}

static int country_prefix(const char *code);

/* The mention's text holds `what`, in any case. */
static int span_has(const struct sent *s, const struct mention *m, const char *what)
{
	size_t n = strlen(what), k;

	if (m->end < m->start + n || m->end > s->len)
		return 0;
	for (k = m->start; k + n <= m->end; k++)
		if (!strncasecmp(s->text + k, what, n))
			return 1;
	return 0;
}

/* An office holder, former one, opposition or party figure ("SVKGOV",
 * "JPNELI", "PAKOPP"). */
static int political_role(const char *code)
{
	static const char *const roles[] = { "GOV", "ELI", "OPP", "LEG", "PTY", NULL };

	return code && country_prefix(code) && role_in(code, roles);
}

/* The token at i is a form of the verb word ("kill": kill, kills,
 * killed, killing). */
static int head_is(const struct sent *s, size_t i, const char *word)
{
	static const char *const ends[] = { "", "s", "ed", "ing" };
	size_t len, n = strlen(word), k;
	const char *t = tok_text(s, i, &len);

	if (len < n || strncasecmp(t, word, n))
		return 0;
	for (k = 0; k < sizeof(ends) / sizeof(ends[0]); k++)
		if (len - n == strlen(ends[k]) && !strncasecmp(t + n, ends[k], len - n))
			return 1;
	return 0;
}

/* Whether a word of mention M is one of WORDS ("protesters in Kyiv"). */
static int mention_has(const struct sent *s, const struct mention *m, const char *const *words)
{
	uint32_t k;

	for (k = 0; k < m->n_tok; k++)
		if (word_is_any(s, m->tok + k, words))
			return 1;
	return 0;
}

/* The people of a protest, whom force against is repression (175). */
static const char *const protesters[] = { "protesters", "protestors", "demonstrators",
					  "marchers", "rioters", "strikers", NULL };

/* Whether mention M names the people of a protest: "protesters in Kyiv",
 * "clashed with ethnic Serb protesters", or people a participle of
 * protest follows ("crowds protesting against the takeover", "58
 * Palestinians demonstrating along the border", "people who were
 * marching"). */
static int protesting(const struct sent *s, const struct mention *m)
{
	static const char *const acts[] = { "protesting", "demonstrating", "rallying",
					    "marching", NULL };
	static const char *const who[] = { "who", "were", "was", "are", "still", NULL };
	size_t j = m->tok + m->n_tok;

	if (mention_has(s, m, protesters))
		return 1;
	while (j < s->n && j < m->tok + m->n_tok + 3u && word_is_any(s, j, who))
		j++;
	return j < s->n && word_is_any(s, j, acts);
}

/* The roles by which a state uses force: its forces, police and rulers. */
static const char *const force_roles[] = { "MIL", "GOV", "COP", NULL };

/* A state, its government or forces, or an armed group: who can wage
 * war or mass violence ("SYRMIL", "RUS", "IMGMUSISI"), unlike a
 * parliament, a court or civilians. */
static int can_use_force(const char *code)
{
	return code && (armed_group(code) || (strlen(code) == 3 && strcmp(code, "---")) ||
			role_in(code, force_roles));
}

/* How many a mention counts, from the words before it: "more than 260
 * people" 260, "hundreds of civilians" 200, else 0. */
static long count_before(const struct sent *s, const struct mention *m)
{
	static const char *const thousands[] = { "thousands", "hundreds", "tens", NULL };
	size_t j, k;

	for (j = m->tok; j > 0 && j + 4 > m->tok; j--) {
		size_t len;
		const char *t = tok_text(s, j - 1, &len);
		if (s->toks[j - 1].flags & TOK_NUM) {
			long v = 0;
			for (k = 0; k < len && v < 1000000; k++)
				if (t[k] >= '0' && t[k] <= '9')
					v = v * 10 + (t[k] - '0');
				else if (t[k] != ',')
					break;
			return v;
		}
		if ((len == 8 && !strncasecmp(t, "hundreds", 8)) ||
		    (len == 9 && !strncasecmp(t, "thousands", 9)))
			return j >= 3 && word_is_any(s, j - 3, thousands) ? 200000 :
			       len == 9 ? 2000 : 200;
		/* "scores of people": forty and more */
		if (len == 6 && !strncasecmp(t, "scores", 6))
			return 40;
		/* "half a million", "1.1 million", "millions of" */
		if ((len == 7 && !strncasecmp(t, "million", 7)) ||
		    (len == 8 && !strncasecmp(t, "millions", 8)))
			return 1000000;
	}
	return 0;
}

/* "killed 35 people in an overnight attack on the Dogon village of
 * Sobane Da": the clause after the verb tells an attack or raid on a
 * village. */
static int village_attack(const struct sent *s, const struct pred *p)
{
	static const char *const village[] = { "village", "villages", "hamlet", "hamlets", NULL };
	static const char *const attack[] = { "attack", "attacks", "raid", "raids", "assault",
					      NULL };
	size_t j, k;

	for (j = p->end + 1; j < s->n && j < p->end + 16u; j++) {
		if (clause_break(s, j) || is_punct(s, j, ','))
			return 0;
		if (!word_is_any(s, j, village))
			continue;
		for (k = j; k-- > p->end + 1 && k + 5 > j;)
			if (word_is_any(s, k, attack))
				return 1;
	}
	return 0;
}

/* How many the participle ", killing N people" after the act at p kills,
 * by the count before its first mention; 0 when no such toll. */
static long assault_toll(const struct sent *s, const struct pred *p)
{
	size_t j, k;

	for (j = p->end + 1; j + 1 < s->n && j < p->end + 24u; j++) {
		if (clause_break(s, j))
			return 0;
		if (!is_punct(s, j, ',') || !head_is(s, j + 1, "kill"))
			continue;
		for (k = j + 2; k < s->n && k < j + 8; k++)
			if (s->info[k].mention >= 0)
				return count_before(s, &s->ments[s->info[k].mention]);
		return 0;
	}
	return 0;
}

/* Whether code is a state's military, police or government: a state
 * acting by its people, not a bare state named by a weapon's adjective. */
static int state_force(const char *code)
{
	return country_prefix(code) && role_in(code, force_roles);
}

/* Not two different people: either side no known person, or the same. */
static int same_person(uint32_t seen, const struct mention *m)
{
	return seen == LEX_NONE || !m->person || m->actor == LEX_NONE || m->actor == seen;
}

/* "shot", "shoots", "shooting", "gunned": a verb of shooting. */
static int shooting_verb(const struct sent *s, size_t i)
{
	static const char *const forms[] = { "shot", "shoot", "shoots", "shooting", "gunned",
					     NULL };

	return word_is_any(s, i, forms);
}

/* After the act at p, the sentence names it ethnic cleansing or genocide:
 * "in a campaign of ethnic cleansing", "in what activists said was
 * genocide", "acts amounting to ethnic cleansing". */
static int cleansing_frame(const struct sent *s, const struct pred *p)
{
	static const char *const ethnic[] = { "ethnic", NULL };
	static const char *const cleansing[] = { "cleansing", NULL };
	static const char *const genocide[] = { "genocide", NULL };
	static const char *const frame[] = { "campaign", "act", "acts", "amounting", "amounted",
					     "constituting", "constituted", "was", "were", "of",
					     NULL };
	size_t j, k;

	for (j = p->end + 1; j < s->n; j++) {
		size_t at;
		if (is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			return 0;
		if (j + 1 < s->n && word_is_any(s, j, ethnic) && word_is_any(s, j + 1, cleansing))
			at = j;
		else if (word_is_any(s, j, genocide))
			at = j;
		else
			continue;
		for (k = at; k-- > p->end + 1 && k + 4 > at;)
			if (word_is_any(s, k, frame))
				return 1;
	}
	return 0;
}

/* "..., in an attack claimed by Islamic State", "..., and the Baloch
 * Liberation Army claimed responsibility", "and Islamic State later
 * claimed the attack": the armed group that claims the act after it in
 * the sentence, or NULL. */
static const struct mention *claimant(const struct sent *s, const struct pred *p)
{
	static const char *const claimed[] = { "claimed", "claims", "claiming", NULL };
	static const char *const later[] = { "later", "quickly", "swiftly", "has", "have",
					     "had", "subsequently", "also", NULL };
	size_t j;
	long k;

	for (j = p->end + 1; j < s->n; j++) {
		if (is_punct(s, j, ';'))
			return NULL;
		if (!word_is_any(s, j, claimed))
			continue;
		/* "claimed by X" */
		if (j + 1 < s->n && (s->info[j + 1].roles & R_BY)) {
			for (k = (long)j + 2; (size_t)k < s->n && (s->info[k].roles & R_DET) &&
			     s->info[k].mention < 0; k++)
				;
			if ((size_t)k < s->n && s->info[k].mention >= 0) {
				const struct mention *m = &s->ments[s->info[k].mention];
				return m->code && armed_group(m->code) && strcmp(m->code, "---INS") ?
				       m : NULL;
			}
			return NULL;
		}
		/* "X (later) claimed" */
		for (k = (long)j - 1; k >= 0 && word_is_any(s, (size_t)k, later); k--)
			;
		/* ("Islamic State's local branch") */
		{
			long stop = k - 4;
			while (k > stop && k > 0 && s->info[k].mention < 0 &&
			       ((s->info[k].roles & R_POSS) ||
				((s->toks[k].flags & TOK_WORD) && !s->info[k].roles &&
				 !s->info[k].verb)))
				k--;
		}
		if (k >= 0 && s->info[k].mention >= 0) {
			const struct mention *m = &s->ments[s->info[k].mention];
			return m->code && armed_group(m->code) && strcmp(m->code, "---INS") &&
			       m->kind != M_PRONOUN ? m : NULL;
		}
		return NULL;
	}
	return NULL;
}

/* Houses of worship, whose people an attack on them hurts. */
static const char *const worship[] = { "church", "churches", "mosque", "mosques", "synagogue",
				       "synagogues", "temple", "temples", "cathedral", "shrine",
				       NULL };

/* One political figure or officer: a named person in a political role
 * ("former Prime Minister Shinzo Abe", "opposition senator Miguel
 * Uribe"), or one holder of an office a role word names ("the German
 * ambassador", "a Mexican mayor"), not a body or a crowd. */
static int one_official(const struct sent *s, const struct mention *m)
{
	static const char *const office[] = { "ambassador", "mayor", "governor", "minister",
					      "president", "senator", "lawmaker", "legislator",
					      "candidate", "envoy", "consul", "prosecutor", "judge",
					      "general", "commander", "premier", "chancellor",
					      NULL };

	if (!m->code || !country_prefix(m->code))
		return 0;
	if (m->person)
		return political_role(m->code) || role_in(m->code, force_roles);
	return strlen(m->code) >= 6 && mention_has(s, m, office);
}

/* The sentence tells of deportation ("deporting", "deportations") or of
 * people without papers ("undocumented Afghans"). */
static int deport_clause(const struct sent *s)
{
	size_t j, len;

	for (j = 0; j < s->n; j++) {
		const char *t = tok_text(s, j, &len);
		if ((len >= 6 && !strncasecmp(t, "deport", 6)) ||
		    (len == 12 && !strncasecmp(t, "undocumented", 12)))
			return 1;
	}
	return 0;
}

static int home_measure(const char *code);

static int emit_one(struct emit_ctx *e, const struct pred *p, const struct mention *src,
		    const struct mention *tgt, const struct mention *rep,
		    const char *code, enum dyad_mode mode)
{
	struct dyad_coder *c = e->c;
	struct sent *s = e->s;
	const struct cameo_entry *ce = cameo_find(c->lex, code);
	struct dyad_event ev;
	struct mention civ;
	size_t i;

	if (!ce || !src->code || !tgt->code)
		return 0;
	/* Force used by civilians ("protesters stormed parliament", "rioters
	 * attacked a hotel") is a violent protest, not a military act. */
	if (!strcmp(ce->root, "19") && civil_role(src->code)) {
		code = "145";
		if (!(ce = cameo_find(c->lex, code)))
			return 0;
	}
	/* Police firing on protesters or civilians repress them (175). */
	if ((!strcmp(ce->root, "19") || !strcmp(ce->root, "18")) && strlen(src->code) >= 6 &&
	    !strncmp(src->code + 3, "COP", 3) && civil_role(tgt->code)) {
		code = "175";
		if (!(ce = cameo_find(c->lex, code)))
			return 0;
	}
	/* "Soldiers fired on crowds protesting against the coup", "troops
	 * shot dead 58 Palestinians protesting along the border", "NATO
	 * peacekeepers clashed with Serb protesters": armed forces or rulers
	 * using force of no heavy weapon on a protest repress it (175), as
	 * police do. */
	if ((!strcmp(code, "190") || !strcmp(code, "193") || !strcmp(code, "180") ||
	     !strcmp(code, "182") || !strcmp(code, "1823")) &&
	    strlen(src->code) >= 6 && (state_force(src->code) ||
				       !strcmp(src->code + strlen(src->code) - 3, "MIL")) &&
	    civil_role(tgt->code) && protesting(s, tgt)) {
		code = "175";
		if (!(ce = cameo_find(c->lex, code)))
			return 0;
	}
	/* "Brazilian police opened an inquiry into Bolsonaro", "prosecutors
	 * began investigating the church": an investigation of no named kind
	 * by a state's police, prosecutors, courts or intelligence services
	 * is a criminal one (091). */
	if (!strcmp(code, "090") && country_prefix(src->code)) {
		static const char *const law[] = { "COP", "JUD", "SPY", NULL };
		if (role_in(src->code, law)) {
			code = "091";
			if (!(ce = cameo_find(c->lex, code)))
				return 0;
		}
	}
	/* "Israel killed Hezbollah leader Hassan Nasrallah": killing one
	 * named person is an assassination (186), not a battle. */
	if (!strcmp(ce->root, "19") && head_is(s, p->head, "kill") &&
	    ((tgt->person && tgt->kind != M_AGENT) || named_chief(s, tgt))) {
		code = "186";
		if (!(ce = cameo_find(c->lex, code)))
			return 0;
	}
	/* "Gunmen killed 26 people", "RSF fighters killed more than 100
	 * villagers": armed groups killing civilians use unconventional
	 * violence (180), and by the score (30 or more: "killed 44 civilians
	 * at a mosque"), or by twenty in an attack on a village, it is a mass
	 * killing (202). */
	if (!strcmp(ce->root, "19") && !strcmp(code, "190") && armed_group(src->code) &&
	    soft_target(tgt->code) &&
	    (head_is(s, p->head, "kill") || head_is(s, p->head, "massacre"))) {
		long count = count_before(s, tgt);
		code = count >= 30 || (count >= 20 && village_attack(s, p)) ? "202" : "180";
		if (!(ce = cameo_find(c->lex, code)))
			return 0;
	}
	/* "Myanmar troops killed at least 6,700 Rohingya", "the army executed
	 * 223 civilians", "soldiers killed at least 45 civilians": a state's
	 * forces or rulers putting civilians to death by the score (30 or
	 * more), by no weapon the pattern names, commit a mass
	 * killing (202) too; "a Russian strike killed 100" stays one strike.
	 * So does police killing of civilians at that scale; of protesters
	 * it stays repression ("security forces killed more than 100
	 * protesters": 175). */
	if ((!strcmp(code, "190") || !strcmp(code, "1823") ||
	     (!strcmp(code, "175") && !protesting(s, tgt))) &&
	    state_force(src->code) &&
	    soft_target(tgt->code) &&
	    /* "execut": "executed" is no "execute" + "ed" */
	    (head_is(s, p->head, "kill") || head_is(s, p->head, "execut")) &&
	    count_before(s, tgt) >= 30) {
		code = "202";
		if (!(ce = cameo_find(c->lex, code)))
			return 0;
	}
	/* "Gunmen stormed the Radisson Blu hotel", "militants attacked an
	 * Indian army base", "al Shabaab fighters stormed a hotel": an
	 * assault of no stated weapon, or with small arms, by an armed group
	 * on civilians and the places they use, or by attackers no one has
	 * named on anyone, is terror (180), not a battle between forces. */
	/* ("a gunman shot dead seven people": a shooting too, not the
	 * killing of captives: "shot dead six hostages") */
	if ((!strcmp(code, "190") || !strcmp(code, "193") ||
	     (!strcmp(code, "1823") && shooting_verb(s, p->head) && !span_has(s, tgt, "hostage") &&
	      !span_has(s, tgt, "captive") && !span_has(s, tgt, "prisoner") &&
	      !span_has(s, tgt, "detainee"))) && armed_group(src->code) &&
	    (!strcmp(src->code, "---INS") || soft_target(tgt->code))) {
		/* "The RSF stormed the Zamzam camp, killing hundreds of
		 * people", "attacked a church, killing at least 38
		 * worshippers": an assault whose toll runs to the score (30
		 * or more) is a mass killing (202); a shooting stays terror
		 * with firearms */
		code = !strcmp(code, "190") && soft_target(tgt->code) && assault_toll(s, p) >= 30 ?
		       "202" : "180";
		if (!(ce = cameo_find(c->lex, code)))
			return 0;
	}
	/* "forced more than 500,000 Afghans to leave", "expelled 20,000
	 * migrants": driving people out by the thousand is a mass expulsion
	 * (201); "deported 1,086 people to Myanmar" hands them over (063,
	 * 174). */
	if ((!strcmp(code, "170") || !strcmp(code, "174")) && soft_target(tgt->code) &&
	    (head_is(s, p->head, "force") || head_is(s, p->head, "forc") ||
	     head_is(s, p->head, "expel") || head_is(s, p->head, "expell")) &&
	    count_before(s, tgt) >= 1000) {
		code = "201";
		if (!(ce = cameo_find(c->lex, code)))
			return 0;
	}
	/* "have driven 580,000 Rohingya into Bangladesh in a campaign of
	 * ethnic cleansing", "killed hundreds of Masalit, in what survivors
	 * said was a campaign of ethnic cleansing": killing or driving out
	 * people that the sentence tells as ethnic cleansing or genocide is
	 * that (203). */
	if ((!strcmp(code, "201") || !strcmp(code, "202") || !strcmp(code, "180") ||
	     !strcmp(code, "190") || !strcmp(code, "1823")) &&
	    soft_target(tgt->code) && cleansing_frame(s, p)) {
		code = "203";
		if (!(ce = cameo_find(c->lex, code)))
			return 0;
	}
	/* "Suicide bombers struck three churches", "gunmen attacked a mosque
	 * in Kano": force on a house of worship hurts the worshippers, the
	 * civilians, not the religious body the building's word names. */
	if ((!strcmp(ce->root, "18") || !strcmp(ce->root, "19") || !strcmp(ce->root, "20")) &&
	    strlen(tgt->code) == 6 && !strcmp(tgt->code + 3, "REL") && country_prefix(tgt->code) &&
	    mention_has(s, tgt, worship)) {
		char *cv = state_role(c, tgt->code, "CVL");
		if (cv) {
			civ = *tgt;
			civ.code = cv;
			tgt = &civ;
		}
	}
	/* "A gunman shot former Prime Minister Shinzo Abe", "a man stabbed
	 * the opposition leader in the neck", "shot dead Russia's
	 * ambassador", "gunmen shot dead a Mexican mayor": shooting or
	 * stabbing one political figure or officer is an attempt on their
	 * life (185), their assassination (186) when they are shot dead or
	 * gunned down. */
	if ((!strcmp(ce->root, "18") || !strcmp(ce->root, "19")) && strcmp(code, "186") &&
	    strcmp(code, "175") && (shooting_verb(s, p->head) || head_is(s, p->head, "stab") ||
				    head_is(s, p->head, "stabb")) &&
	    one_official(s, tgt)) {
		size_t dl = 0;
		const char *dt = p->end + 1 < s->n ? tok_text(s, p->end + 1, &dl) : "";
		code = head_is(s, p->head, "gunned") || p->end > p->head ||
		       (dl == 4 && !strncasecmp(dt, "dead", 4)) || !strcmp(code, "1823") ? "186" : "185";
		if (!(ce = cameo_find(c->lex, code)))
			return 0;
	}
	/* "A suicide bomber killed dozens": whatever the verb, a suicide
	 * bombing (1831). */
	if ((!strcmp(ce->root, "18") || !strcmp(ce->root, "19") || !strcmp(ce->root, "20")) &&
	    span_has(s, src, "suicide bomb")) {
		code = "1831";
		if (!(ce = cameo_find(c->lex, code)))
			return 0;
	}
	/* "Two suicide bombers struck a peace rally outside Ankara's main
	 * railway station", "militants killed 305 worshippers at a mosque
	 * in North Sinai": terror by armed groups (18x) and mass violence
	 * by anyone (20x) aimed at a place hurt its people, not its state,
	 * as match_place_state places a role: the target is the place's
	 * civilians.  A state's sabotage ("Russian agents blew up a railway
	 * line in Poland") and nuclear use (2042) are against the state;
	 * and a state acting in its own place stays no event. */
	if (((!strcmp(ce->root, "18") && armed_group(src->code)) ||
	     (!strcmp(ce->root, "20") && strcmp(code, "2042"))) &&
	    tgt->country && !tgt->person && strlen(tgt->code) == 3 && country_prefix(tgt->code) &&
	    strcmp(src->code, tgt->code)) {
		char *cv = state_role(c, tgt->code, "CVL");
		if (cv) {
			civ = *tgt;
			civ.code = cv;
			tgt = &civ;
		}
	}
	/* "Pakistan began deporting undocumented Afghans", "Iran has forced
	 * hundreds of thousands of Afghans back across the border, deporting
	 * them": foreigners a state deports en masse are displaced people
	 * (REF), not the civilians of their state at home. */
	if (!strcmp(code, "201") && country_prefix(src->code) && strlen(tgt->code) == 6 &&
	    !strcmp(tgt->code + 3, "CVL") && country_prefix(tgt->code) &&
	    strncmp(src->code, tgt->code, 3) && deport_clause(s)) {
		char *rf = state_role(c, tgt->code, "REF");
		if (rf) {
			civ = *tgt;
			civ.code = rf;
			tgt = &civ;
		}
	}
	/* "expelled Canada's ambassador", "ordered 45 Russian diplomats to
	 * leave", "stripped Iran's ambassador of his accreditation": cutting
	 * diplomatic relations (161) through its envoys is done to their
	 * state, not to its government. */
	/* So is a summons to protest (114) of an envoy no name is given
	 * ("summoned Seoul's ambassador", "the British ambassador"). */
	if ((!strcmp(code, "161") ||
	     (!strcmp(code, "114") && !tgt->person &&
	      (head_is(s, p->head, "summon") || head_is(s, p->head, "call")))) &&
	    strlen(tgt->code) == 6 && !strcmp(tgt->code + 3, "GOV") &&
	    country_prefix(tgt->code) && strncmp(src->code, tgt->code, 3)) {
		char *st = state_role(c, tgt->code, "");
		if (st) {
			civ = *tgt;
			civ.code = st;
			tgt = &civ;
		}
	}
	/* "A suicide bomber killed 54 people ..., and Islamic State claimed
	 * the attack", "in an attack claimed by Islamic State": unidentified
	 * attackers act for the group that claims their act. */
	if (!strcmp(src->code, "---INS") &&
	    (!strcmp(ce->root, "18") || !strcmp(ce->root, "19") || !strcmp(ce->root, "20"))) {
		const struct mention *cl = claimant(s, p);
		if (cl)
			src = cl;
	}
	/* "officers said they had taken full control of the country and
	 * detained President Embalo": a state's own forces or rulers
	 * taking power occupy no territory of their government's (the
	 * coup's detentions code it); rebels taking their state's towns
	 * still do. */
	if (!strcmp(code, "192") && country_prefix(src->code) && strlen(src->code) >= 6 &&
	    role_in(src->code, force_roles) && country_prefix(tgt->code) &&
	    !strncmp(src->code, tgt->code, 3) && political_role(tgt->code)) {
		if (TRACING(c))
			coder_tracef(c, "    not coded: %s taking %s's own ground", src->code, tgt->code);
		return 0;
	}
	if (!placeable(src) || !placeable(tgt)) {
		if (TRACING(c))
			coder_tracef(c, "    not coded: \"%.*s\" is a role with no state",
				     (int)((placeable(src) ? tgt : src)->end - (placeable(src) ? tgt : src)->start),
				     s->text + (placeable(src) ? tgt : src)->start);
		return 0;
	}
	if (!strcmp(src->code, tgt->code) && src->start == tgt->start)
		return 0;
	/* "U.S. and British warplanes and warships struck targets in
	 * Yemen": a state's forces or officials that took their state from
	 * the place the sentence names do not act on that bare state
	 * (civilians storming "the Chinese embassy" still may, and rebels
	 * taking its towns). */
	/* (A curfew or emergency rule its rulers impose is on that state
	 * itself: "the government imposed a nationwide curfew".) */
	if (src->kind == M_AGENT && src->placed && !civil_role(src->code) && !armed_group(src->code) &&
	    strlen(tgt->code) == 3 && !strncmp(src->code, tgt->code, 3) && !home_measure(code)) {
		if (TRACING(c))
			coder_tracef(c, "    not coded: a role placed in %s acting on %s itself", tgt->code,
				     tgt->code);
		return 0;
	}
	if (!strcmp(src->code, tgt->code)) {
		if (TRACING(c))
			coder_tracef(c, "    not coded: source and target are both %s", src->code);
		return 0;
	}
	memset(&ev, 0, sizeof(ev));
	ev.article = s->art;
	ev.sentence = s->index;
	ev.text = s->text;
	ev.text_len = s->len;
	ev.text_start = s->base;
	span_of(src, &ev.source);
	span_of(tgt, &ev.target);
	if (rep && rep->code) {
		ev.has_reporter = 1;
		span_of(rep, &ev.reporter);
	}
	ev.trigger.start = s->toks[p->head].start - s->base;
	ev.trigger.end = s->toks[p->end].end - s->base;
	ev.cameo = code;
	ev.cameo_name = ce->name;
	ev.root = ce->root;
	ev.quad_class = ce->quad_class;
	ev.goldstein = ce->goldstein;
	ev.plover = ce->plover;
	ev.mode = mode;
	ev.date = event_date(e, p);
	for (i = 0; i < e->n_seen; i++) {
		const struct dyad_event *o = &e->seen[i];
		/* Events are a set: the same actors, code and mode from two
		 * triggers or two mentions ("arrived in Taipei ... to visit
		 * Taiwan") are one event.  Two people of one code ("met Lavrov
		 * and Putin") stay two. */
		if (!strcmp(o->cameo, ev.cameo) && !strcmp(o->source.code, ev.source.code) &&
		    !strcmp(o->target.code, ev.target.code) && o->mode == ev.mode &&
		    same_person(e->seen_people[i][0], src) && same_person(e->seen_people[i][1], tgt))
			return 0;
	}
	if (e->n_seen < sizeof(e->seen) / sizeof(e->seen[0])) {
		e->seen_people[e->n_seen][0] = src->person ? src->actor : LEX_NONE;
		e->seen_people[e->n_seen][1] = tgt->person ? tgt->actor : LEX_NONE;
		e->seen[e->n_seen++] = ev;
	}
	if (TRACING(c))
		coder_tracef(c, "    event: %s -> %s %s (%s) mode %s", src->code, tgt->code,
			     code, ce->name, dyad_mode_name(mode));
	e->stop = e->fn(&ev, e->ctx);
	return e->stop;
}

/* Every member of a compound group ("Russia and Belarus"). */
static size_t group_members(const struct sent *s, int32_t m, const struct mention **out,
			    size_t max)
{
	size_t i, n = 0;

	if (m < 0)
		return 0;
	for (i = 0; i < s->n_ments && n < max; i++) {
		const struct mention *a = &s->ments[i];
		if (a->group != s->ments[m].group)
			continue;
		/* A descriptor in apposition ("his defence minister Yoav
		 * Gallant") is the same member as the name after it. */
		if (i + 1 < s->n_ments && s->ments[i + 1].group == a->group &&
		    s->ments[i + 1].tok == a->tok + a->n_tok)
			continue;
		out[n++] = a;
	}
	return n;
}

/* No preposition but "of" between a verb and its object noun ("held a
 * round of talks"), or "for" after a plan ("scheduled for a visit"). */
static int direct_object(const struct sent *s, size_t verb_end, size_t noun,
			 int plan)
{
	size_t j, len;

	for (j = verb_end + 1; j < noun; j++) {
		const char *t = tok_text(s, j, &len);
		if (!(s->info[j].roles & R_PREP) || (s->info[j].roles & R_OF))
			continue;
		if (plan && len == 3 && !strncasecmp(t, "for", 3))
			continue;
		return 0;
	}
	return 1;
}

/* Words that open background: "after the strikes", "amid clashes",
 * "sanctions over its offensive". */
static const char *const background_words[] = { "since", "after", "before", "following",
						"amid", "until", "over", "despite", NULL };

/* "since the invasion", "days after a meeting between", "amid talks
 * with": an event named to place another in time, not reported itself.
 * So is one named as the reason for another ("sanctions over its
 * offensive", "despite the truce", "in retaliation for the attack"), and
 * one reached through "of" ("since the end of its war with"). */
static int background(const struct sent *s, size_t head)
{
	static const char *const answer[] = { "retaliation", "response", "revenge",
					      "reprisal", "protest", NULL };
	static const char *const for_to[] = { "for", "to", NULL };
	long j = (long)head - 1;

	for (;;) {
		/* (and past "and" between two states' names: "after Israeli
		 * and U.S. strikes") */
		while (j >= 0 &&
		       (((s->info[j].roles & (R_DET | R_POSS)) || is_modifier(s, (size_t)j)) ||
			(j > 0 && (s->info[j].roles & R_CONJ) && s->info[j - 1].mention >= 0 &&
			 s->info[j + 1].mention >= 0)) &&
		       !(s->info[j].roles & R_PREP))
			j--;
		if (j < 1 || !(s->info[j].roles & R_OF) ||
		    (s->info[j - 1].roles & (R_PREP | R_DET)))
			break;
		j -= 2;         /* "the end of", "a wave of": on to what governs it */
	}
	if (j < 0)
		return 0;
	if (word_is_any(s, (size_t)j, background_words))
		return 1;
	return j > 0 && word_is_any(s, (size_t)j, for_to) &&
	       word_is_any(s, (size_t)j - 1, answer);
}

/* "following deadly clashes between soldiers and his followers": a bare
 * plural read as a verb, with only words that are no names between it
 * and a word of background before it, is that background's noun. */
static int background_plural(const struct sent *s, const struct pred *p)
{
	long j;

	if (p->kind != LEX_VERB || p->group != p->head || !plural_form(s, p->head))
		return 0;
	for (j = (long)p->head - 1; j >= 0 && j + 6 > (long)p->head; j--) {
		const struct mention *m = s->info[j].mention >= 0 ? &s->ments[s->info[j].mention] : NULL;
		if (word_is_any(s, (size_t)j, background_words))
			return 1;
		/* "after Israeli and U.S. strikes on Iran": states named
		 * as the strikes' authors */
		if (m && m->country && m->kind == M_NAME) {
			j = (long)m->tok;
			continue;
		}
		if (j > 0 && (s->info[j].roles & R_CONJ) && s->info[j - 1].mention >= 0 &&
		    s->ments[s->info[j - 1].mention].country)
			continue;
		if (s->info[j].mention >= 0 || !is_modifier(s, (size_t)j))
			return 0;
	}
	return 0;
}

/* "condemned Iran's missile attack", "demanded the release of",
 * "called for a ceasefire between": a noun after a verb of reaction or
 * request, with no preposition but "of" or "for" between, is another's
 * act that verb is about. */
/* Whether mention `m` is a bare state (a place, no role) whose code
 * begins as `code` does: a protester's own country. */
static int own_state(const struct sent *s, int32_t m, const char *code)
{
	const struct mention *t = &s->ments[m];

	return t->kind == M_NAME && t->country && t->code && strlen(t->code) == 3 &&
	       code && !strncmp(t->code, code, 3);
}

/* "Putin ordered the partial mobilisation": whether noun `p` is an act
 * that is itself an event, which its governor orders, announces,
 * declares or imposes, and so does. */
static int enacted_object(const struct sent *s, const struct pred *preds,
			  const struct pred *p)
{
	static const char *const enact[] = { "order", "announc", "declar", "impos",
					     "proclaim", NULL };
	static const char *const acts[] = { "mobilisation", "mobilization", "curfew",
					    "curfews", "blockade", "evacuation", "evacuations",
					    "withdrawal", "ceasefire", "truce", "lockdown",
					    "call-up", NULL };
	const char *gt, *nt;
	size_t glen, nlen, k, a;

	if (p->kind != LEX_NOUN || p->governor < 0)
		return 0;
	gt = tok_text(s, preds[p->governor].head, &glen);
	nt = tok_text(s, p->head, &nlen);
	for (k = 0; enact[k]; k++)
		if (glen >= strlen(enact[k]) && !strncasecmp(gt, enact[k], strlen(enact[k])))
			for (a = 0; acts[a]; a++)
				if (nlen == strlen(acts[a]) && !strncasecmp(nt, acts[a], nlen))
					return 1;
	return 0;
}

static int reaction_object(const struct sent *s, const struct pred *preds,
			   const struct pred *p)
{
	const struct pred *g;
	size_t j, len;

	if (p->governor < 0)
		return 0;
	g = &preds[p->governor];
	if (!(g->vroles & (V_REACT | V_CONTROL)) || (g->vroles & V_LIGHT))
		return 0;
	if (enacted_object(s, preds, p))
		return 0;
	for (j = g->end + 1; j < p->head; j++) {
		const char *t = tok_text(s, j, &len);
		if (!(s->info[j].roles & R_PREP) || (s->info[j].roles & R_OF))
			continue;
		if (len == 3 && !strncasecmp(t, "for", 3))
			continue;
		return 0;
	}
	return 1;
}

/* The preposition that opens a noun's phrase ("for talks with", "in a
 * phone call"), or NULL. */
static const char *noun_prep(const struct sent *s, size_t head, size_t *len)
{
	long j = (long)head - 1;

	while (j >= 0 && ((s->info[j].roles & (R_DET | R_POSS)) || is_modifier(s, (size_t)j)) &&
	       !(s->info[j].roles & R_PREP) && s->info[j].mention < 0)
		j--;
	if (j < 0 || !(s->info[j].roles & R_PREP))
		return NULL;
	return tok_text(s, (size_t)j, len);
}

/* The first mention from token `from` to the end of the clause whose
 * state is not the source's, or who is armed where the source is not (or
 * the other way round), or -1. */
static int placeable(const struct mention *m);

static int32_t other_party(const struct sent *s, size_t from, const struct mention *src)
{
	size_t j;

	for (j = from; j < s->n; j++) {
		const struct mention *m;
		if (is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			return -1;
		if (s->info[j].mention < 0)
			continue;
		m = &s->ments[s->info[j].mention];
		/* a state's armed rebels are a side apart from its government */
		if (m->code && src->code && placeable(m) &&
		    (strncmp(m->code, src->code, 3) || armed_group(m->code) != armed_group(src->code)))
			return s->info[j].mention;
		j = m->tok + m->n_tok - 1;
	}
	return -1;
}

/* A code an agreement between two parties gives: an intent to cooperate
 * (03x, other than the bare default), a deal (057) or a ceasefire
 * (0871). */
static int agreement_code(const dyad_lexicon *lex, uint32_t code)
{
	const char *k;

	if (code == LEX_NONE || code == LEX_CODE_NULL)
		return 0;
	k = lex_code_str(lex, code);
	return (!strncmp(k, "03", 2) && strcmp(k, "030")) || !strcmp(k, "057") ||
	       !strcmp(k, "0871");
}

/* "each other" or "one another" within three words from `from`,
 * before the clause ends. */
static int each_other(const struct sent *s, size_t from)
{
	size_t j;

	for (j = from; j + 1 < s->n && j < from + 4; j++) {
		size_t l1, l2;
		const char *t1 = tok_text(s, j, &l1), *t2 = tok_text(s, j + 1, &l2);
		if (clause_break(s, j))
			return 0;
		if ((l1 == 4 && !strncasecmp(t1, "each", 4) && l2 == 5 && !strncasecmp(t2, "other", 5)) ||
		    (l1 == 3 && !strncasecmp(t1, "one", 3) && l2 == 7 && !strncasecmp(t2, "another", 7)))
			return 1;
	}
	return 0;
}

/* "the two leaders", "both sides" just before token `at`: the start of
 * the phrase, or -1. */
static long two_sides_before(const struct sent *s, size_t at)
{
	static const char *const nouns[] = { "leaders", "sides", "countries", "nations",
					     "governments", "presidents", "men", "ministers",
					     "neighbours", "neighbors", "delegations", "parties" };
	static const char *const each_nouns[] = { "side", "country", "government", "party",
						  "army", NULL };
	size_t len, k;
	const char *t;

	if (at < 2 || (s->info[at - 1].mention >= 0 &&
			s->ments[s->info[at - 1].mention].kind != M_AGENT))
		return -1;
	t = tok_text(s, at - 1, &len);
	for (k = 0; k < sizeof(nouns) / sizeof(nouns[0]); k++)
		if (len == strlen(nouns[k]) && !strncasecmp(t, nouns[k], len))
			break;
	if (k == sizeof(nouns) / sizeof(nouns[0]) && !word_is_any(s, at - 1, each_nouns))
		return -1;
	t = tok_text(s, at - 2, &len);
	/* "each side accusing the other" */
	if (len == 4 && !strncasecmp(t, "each", 4) && word_is_any(s, at - 1, each_nouns))
		return (long)at - 2;
	if (len == 4 && !strncasecmp(t, "both", 4))
		return (long)at - 2;
	if (len == 3 && !strncasecmp(t, "two", 3) && at >= 3 && (s->info[at - 3].roles & R_DET))
		return (long)at - 3;
	return -1;
}

/* The last two parties of different states named before token `before`
 * ("Biden hosted Xi ..., and the two leaders agreed"): OUT a, b. */
static int last_pair(const struct sent *s, size_t before, int32_t *a, int32_t *b)
{
	long j;

	*a = *b = -1;
	for (j = (long)before - 1; j >= 0; j--) {
		const struct mention *m;
		int32_t mi = s->info[j].mention;
		if (mi < 0)
			continue;
		m = &s->ments[mi];
		j = (long)m->tok;
		/* a place ("in Gyeongju", "near San Francisco") is where
		 * they met, not a side */
		if (!m->code || !placeable(m) || m->kind == M_PRONOUN ||
		    (m->after_prep && ((m->prep_roles & R_LOC) || m->country)))
			continue;
		if (*b < 0)
			*b = mi;
		else if (strncmp(s->ments[*b].code, m->code, 3)) {
			*a = mi;
			return 1;
		}
	}
	return 0;
}

/* "hosted Zelensky at the White House, along with Rutte, Starmer and
 * Merz": the mention after "along with" or "together with" within a few
 * words after `from`, or -1. */
static int32_t along_with(const struct sent *s, size_t from)
{
	size_t j;

	for (j = from; j + 2 < s->n && j < from + 10; j++) {
		size_t l1, l2;
		const char *t1 = tok_text(s, j, &l1), *t2 = tok_text(s, j + 1, &l2);
		if (is_punct(s, j, ';') || s->info[j].verb)
			return -1;
		if (((l1 == 5 && !strncasecmp(t1, "along", 5)) ||
		     (l1 == 8 && !strncasecmp(t1, "together", 8))) &&
		    l2 == 4 && !strncasecmp(t2, "with", 4))
			return s->info[j + 2].mention;
	}
	return -1;
}

static int pattern_has(const dyad_lexicon *lex, const struct lex_pattern *pat,
		       enum lex_elem_kind kind)
{
	size_t i;

	for (i = 0; i < pat->n_el; i++)
		if (lex->elems.v[pat->el_off + i].kind == kind)
			return 1;
	return 0;
}

/* Whether the pattern names the set `name` (upper case, without '&'). */
static int pattern_has_set(const dyad_lexicon *lex, const struct lex_pattern *pat,
			   const char *name)
{
	uint32_t id;
	size_t i;

	if (!pat || !strmap_get(&lex->synset_by_name, name, strlen(name), &id))
		return 0;
	for (i = 0; i < pat->n_el; i++)
		if (lex->elems.v[pat->el_off + i].kind == LEX_EL_SYNSET &&
		    lex->elems.v[pat->el_off + i].id == id)
			return 1;
	return 0;
}

/* 1721-1724 and 0811-0814: measures a state takes at home. */
static int home_measure(const char *code)
{
	return strlen(code) == 4 && ((!strncmp(code, "172", 3) && code[3] >= '1' && code[3] <= '4') ||
				     (!strncmp(code, "081", 3) && code[3] >= '1' && code[3] <= '4'));
}

/* A code that starts with a state's ("UKRGOV", "KOR"), not an IGO's. */
static int country_prefix(const char *code)
{
	size_t i;

	if (!code || strlen(code) < 3 || !strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3) ||
	    !strncmp(code, "IMG", 3) || !strncmp(code, "UAF", 3))
		return 0;
	for (i = 0; i < 3; i++)
		if (code[i] < 'A' || code[i] > 'Z')
			return 0;
	return 1;
}

/* The code a predicate's pattern or class gives it, or NULL (none, or
 * a null "---" pattern). */
static const char *pred_code(const dyad_lexicon *lex, const struct pred *q)
{
	if (q->chosen != 1 || q->r.code == LEX_NONE || q->r.code == LEX_CODE_NULL)
		return NULL;
	return lex_code_str(lex, q->r.code);
}

/* The code of the act verb pred k's clause states: its own, else that of
 * a noun it governs ("issued an arrest warrant"); NULL for a verb that
 * only reports ("said"). */
static const char *clause_act(const dyad_lexicon *lex, const struct pred *preds, size_t n,
			      size_t k)
{
	const char *code = preds[k].has_complement && !preds[k].r.pat ? NULL :
			   pred_code(lex, &preds[k]);
	size_t q;

	for (q = 0; !code && q < n; q++)
		if (preds[q].kind == LEX_NOUN && preds[q].governor == (int32_t)k)
			code = pred_code(lex, &preds[q]);
	return code;
}

/* "marched through the capital to demand", "stormed the residence,
 * demanding that he resign": the protest a demand (10x) is the purpose
 * of, by the same people, or -1.  Force by civilians counts, as it is
 * coded a riot (145). */
static long protest_of(const dyad_lexicon *lex, const struct sent *s, const struct pred *preds,
		       const struct pred *p)
{
	int32_t k = p->infinitive ? p->matrix : p->anchor;
	const char *dc = pred_code(lex, p), *pc;
	int32_t who;

	if (k < 0 || p->kind != LEX_VERB || !dc || strncmp(dc, "10", 2) ||
	    !(pc = pred_code(lex, &preds[k])))
		return -1;
	if (!strncmp(pc, "14", 2))
		return k;
	who = preds[k].passive ? preds[k].by_agent : preds[k].subject;
	if ((!strncmp(pc, "18", 2) || !strncmp(pc, "19", 2)) && who >= 0 && s->ments[who].code &&
	    civil_role(s->ments[who].code))
		return k;
	return -1;
}

/* "demanded on Friday that M23 rebels halt their offensive and that
 * Rwandan forces withdraw": the demand (10x) whose content verb p is, a
 * bare verb after "that" and its subject, or -1. */
static long demand_of(const dyad_lexicon *lex, const struct sent *s, const struct pred *preds,
		      const struct pred *p)
{
	const struct mention *m;
	long k, q;
	size_t len;
	const char *t;

	if (p->kind != LEX_VERB || p->infinitive || p->passive || p->subject < 0 ||
	    (p->group_roles & (R_WILL | R_WOULD | R_MAY | R_CAN | R_HAVE | R_BE | R_DO | R_NEG)) ||
	    s->info[p->head].vlemma != s->info[p->head].word)
		return -1;
	m = &s->ments[p->subject];
	k = (long)m->tok - 1;
	if (m->tok + m->n_tok != p->group || k < 1)
		return -1;
	t = tok_text(s, (size_t)k, &len);
	if (len != 4 || strncasecmp(t, "that", 4))
		return -1;
	for (q = (long)(p - preds) - 1; q >= 0; q--) {
		const struct pred *d = &preds[q];
		const char *dc = pred_code(lex, d);
		if (d->kind != LEX_VERB || d->head >= (uint32_t)k)
			continue;
		/* (a protest's demand is in the protest's code) */
		if (dc && !strncmp(dc, "10", 2) &&
		    (k - (long)d->end <= 3 || (s->info[k - 1].roles & R_CONJ)))
			return protest_of(lex, s, preds, d) < 0 ? q : -1;
		if (!(s->info[k - 1].roles & R_CONJ))
			return -1;
	}
	return -1;
}

/* ---- objects the lexicon does not know ------------------------------- */

static int word_in(const char *t, size_t len, const char *const *list)
{
	for (; *list; list++)
		if (len == strlen(*list) && !strncasecmp(t, *list, len))
			return 1;
	return 0;
}

enum { OBJ_NONE, OBJ_PEOPLE, OBJ_PROTEST, OBJ_NAME };

/* "arrested a 41-year-old man", "detained two women", "released Vadim
 * Krasikov", "to quell protests": the direct object of a verb, from token
 * `from`, names people, a protest or a personal name that no mention
 * covers.  Returns OBJ_*, and in *head (OUT) the token where it ends.
 * Determiners, numbers, "at least", and up to two other modifiers
 * ("young", "41-year-old") may come first; a mention, a preposition, a
 * clause break or an -ing form ends the search. */
static int unknown_object(const struct sent *s, size_t from, size_t *head)
{
	static const char *const people[] = {
		"man", "men", "woman", "women", "person", "people", "persons", "boy", "boys",
		"girl", "girls", "child", "children", "teenager", "teenagers", "youth",
		"youths", "suspect", "suspects", "prisoner", "prisoners", "detainee",
		"detainees", "inmate", "inmates", "captive", "captives", "individual",
		"individuals", "passenger", "passengers", "tourist", "tourists", "migrant",
		"migrants", "worshippers", "pilgrims", "mourners", "foreigner", "foreigners",
		"citizen", "citizens", "nationals", "family", "families", "relatives",
		"wife", "husband", "son", "daughter", "brother", "sister", "couple", "patients",
		"residents", "villagers", "shoppers", "guests", "bystanders", "commuters",
		"concertgoers", "churchgoers", "festivalgoers", "pedestrians", NULL };
	static const char *const protest[] = {
		"protest", "protests", "demonstration", "demonstrations", "rally", "rallies",
		"riot", "riots", "unrest", "uprising", "dissent", "sit-in", "sit-ins",
		"march", "marches", NULL };
	static const char *const counting[] = {
		"least", "more", "than", "about", "nearly", "almost", "around", "some",
		"over", "another", "one", "two", "three", "four", "five", "six",
		"seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "fifty",
		"hundred", "dozen", "several", "many", "few", "other", "all", "both", NULL };
	size_t i, mods = 0;

	for (i = from; i < s->n && i < from + 8; i++) {
		size_t len;
		const char *t = tok_text(s, i, &len);
		if (s->info[i].mention >= 0 || clause_break(s, i) || (s->toks[i].flags & TOK_PUNCT))
			return OBJ_NONE;
		if ((s->toks[i].flags & TOK_CAP) && i + 1 < s->n && s->info[i + 1].mention < 0 &&
		    (s->toks[i + 1].flags & TOK_CAP) && !(s->toks[i].flags & TOK_UPPER) &&
		    !(s->toks[i + 1].flags & TOK_UPPER) && !weekday(s, i) && !weekday(s, i + 1)) {
			*head = i + 1;
			return OBJ_NAME;
		}
		if (s->toks[i].flags & TOK_CAP)
			return OBJ_NONE;
		if (word_in(t, len, people)) {
			*head = i;
			return OBJ_PEOPLE;
		}
		if (word_in(t, len, protest)) {
			*head = i;
			return OBJ_PROTEST;
		}
		if ((s->toks[i].flags & TOK_NUM) || word_in(t, len, counting) ||
		    ((s->info[i].roles & R_DET) && !(s->info[i].roles & R_NEG)))
			continue;
		if ((s->info[i].roles & ~R_DET) || ends_with(t, len, "ing") || ++mods > 2)
			return OBJ_NONE;
	}
	return OBJ_NONE;
}

/* ---- chemical weapons ------------------------------------------------ */

/* A chemical weapon named at token i: "sarin", "chlorine", "a chemical
 * agent", "nerve gas"; not the body that bans or inspects them ("the
 * chemical weapons watchdog"). */
static int chem_at(const struct sent *s, size_t i)
{
	static const char *const agents[] = { "sarin", "chlorine", "Novichok", "VX", "tabun",
					      "ricin", NULL };
	static const char *const kinds[] = { "chemical", "nerve", "mustard", "poison", "toxic",
					     NULL };
	static const char *const means[] = { "weapon", "weapons", "agent", "agents", "gas",
					     "attack", "attacks", "munitions", "shells", "bombs",
					     NULL };
	static const char *const bodies[] = { "watchdog", "inspectors", "experts", "convention",
					      "treaty", "programme", "program", "stockpile",
					      "stockpiles", "plant", "factory", "facility", "ban",
					      NULL };
	size_t after;

	if (s->info[i].mention >= 0)
		return 0;
	if (word_is_any(s, i, agents))
		after = i + 1;
	else if (word_is_any(s, i, kinds) && i + 1 < s->n && word_is_any(s, i + 1, means))
		after = i + 2;
	else
		return 0;
	return after >= s->n || !word_is_any(s, after, bodies);
}

/* "fired rockets filled with a chemical agent at Taza", "a sarin attack on
 * Khan Sheikhoun that killed dozens", "dropped a chlorine gas cylinder on
 * Douma, killing 43": force whose weapon the sentence names as chemical,
 * in the act's own words up to `last`, or, for a killing, in the words
 * leading up to it, is a chemical attack (2041). */
static int chemical_means(const struct sent *s, const struct pred *p, uint32_t last)
{
	size_t j;
	long k;

	for (j = p->end + 1; j <= last && j < s->n; j++)
		if (chem_at(s, j))
			return 1;
	if (!head_is(s, p->head, "kill"))
		return 0;
	for (k = (long)p->group - 1; k >= 0 && k + 16 >= (long)p->group; k--) {
		if (is_punct(s, (size_t)k, ';') || (s->info[k].roles & R_BUT))
			return 0;
		if (chem_at(s, (size_t)k))
			return 1;
	}
	return 0;
}

/* ---- relative clauses after an attack noun ---------------------------- */

/* "a sarin attack on Douma that killed dozens", "twin suicide bombings
 * which wounded 40": a verb opened by "that" or "which" whose antecedent,
 * within its clause, is a noun naming an attack.  Returns that noun's
 * pred, or -1 (also when the noun triggers nothing: "the bomb that
 * killed"); *noun (OUT) is its token, or -1 when there is none. */
static long relative_attack(const struct sent *s, const struct pred *preds, size_t n,
			    const struct pred *p, long *noun)
{
	static const char *const attack[] = {
		"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes",
		"raid", "raids", "bombing", "bombings", "shelling", "bombardment",
		"barrage", "blast", "blasts", "explosion", "explosions", "bomb", "bombs",
		"assault", "offensive", "ambush", "shooting", "shootings", "massacre",
		"missile", "missiles", "drone", "drones", "rocket", "rockets", NULL };
	size_t len, k;
	const char *t;
	long j;

	*noun = -1;
	if (p->kind != LEX_VERB || p->passive || p->group == 0)
		return -1;
	t = tok_text(s, p->group - 1, &len);
	if (!(len == 4 && !strncasecmp(t, "that", 4)) && !(len == 5 && !strncasecmp(t, "which", 5)))
		return -1;
	for (j = (long)p->group - 2; j >= 0 && j + 14 >= (long)p->group; j--) {
		if (clause_break(s, (size_t)j) && !is_punct(s, (size_t)j, ','))
			return -1;
		t = tok_text(s, (size_t)j, &len);
		if (s->info[j].mention >= 0 || !word_in(t, len, attack))
			continue;
		*noun = j;
		for (k = 0; k < n; k++)
			if (preds[k].kind == LEX_NOUN && preds[k].head == (uint32_t)j)
				return (long)k;
		return -1;
	}
	return -1;
}

/* "Duque blamed ELN rebels for a car bombing at a police academy that
 * killed 21 people": the attack noun at `noun` is what an accusation
 * (11x) before it in its clause names, so the relative clause on it
 * tells the accused act, not one the sentence reports. */
static int accused_act(const dyad_lexicon *lex, const struct sent *s, const struct pred *preds,
		       size_t n, size_t noun)
{
	size_t k, j;

	for (k = n; k-- > 0;) {
		const struct pred *g = &preds[k];
		if (g->kind != LEX_VERB || g->head >= noun)
			continue;
		for (j = g->end + 1; j < noun; j++)
			if (clause_break(s, j) || (s->info[j].verb && s->info[j].mention < 0))
				return 0;
		return g->chosen == 1 && g->r.code != LEX_NONE && g->r.code != LEX_CODE_NULL &&
		       !strncmp(lex_code_str(lex, g->r.code), "11", 2);
	}
	return 0;
}

/* "sent troops into Cameroon to help it fight Boko Haram", "deployed
 * soldiers to help fight Islamic State-linked insurgents": the verb after
 * "to help" (and its object) is what the help is for, not an act yet. */
static int helped_purpose(const struct sent *s, const struct pred *p)
{
	static const char *const help[] = { "help", "helping", NULL };
	size_t h;

	if (p->kind != LEX_VERB || p->group < 2)
		return 0;
	h = p->group - 1;
	if (s->info[h].mention >= 0) {
		h = s->ments[s->info[h].mention].tok;
		if (h == 0)
			return 0;
		h--;
	}
	return h > 0 && word_is_any(s, h, help) && (s->info[h - 1].roles & R_TO);
}

/* "Iran denied that it had supplied the Houthis with the ballistic
 * missile they fired at Riyadh": a relative clause with no "that" ("the
 * missile they fired") describes a thing a denial or an accusation
 * before it is about; it tells no act of its own. */
static int denied_description(const dyad_lexicon *lex, const struct sent *s,
			      const struct pred *preds, const struct pred *p)
{
	const struct pred *g;
	size_t q;

	if (p->kind != LEX_VERB || p->passive || p->group < 2 || p->subject < 0 ||
	    s->ments[p->subject].kind != M_PRONOUN ||
	    s->ments[p->subject].tok + s->ments[p->subject].n_tok != p->group)
		return 0;
	q = s->ments[p->subject].tok;
	if (q == 0 || s->info[q - 1].mention >= 0 || s->info[q - 1].roles || s->info[q - 1].verb ||
	    !(s->toks[q - 1].flags & TOK_WORD))
		return 0;
	for (g = preds; g < p; g++)
		if (g->kind == LEX_VERB &&
		    ((g->vroles & V_DENY) ||
		     (g->chosen == 1 && g->r.code != LEX_NONE && g->r.code != LEX_CODE_NULL &&
		      !strncmp(lex_code_str(lex, g->r.code), "11", 2))))
			return 1;
	return 0;
}

/* Who made the attack noun at `noun`: "a Russian missile strike",
 * "Islamic State's bombings", "an attack by Hamas", else the subject of
 * the clause the noun stands in ("Hamas claimed responsibility for the
 * bombing", "denied using chemical weapons in an attack").  -1 if no one. */
/* "An Israeli air strike hit a school", "A U.S. drone strike killed
 * Soleimani": an attack noun whose phrase opens the clause and is the
 * subject of the verb after it is the act of the actor named as its
 * adjective.  Not "after an Israeli strike" (background), nor any noun
 * not of force ("a U.S. proposal angered China"). */
static int attack_subject(const struct sent *s, const struct pred *preds, size_t n,
			  const struct pred *p, const struct mention *m,
			  const struct match_result *r, const dyad_lexicon *lex)
{
	const char *cs;
	size_t q = m->tok, v = p->end + 1, k;

	if (r->code == LEX_NONE || r->code == LEX_CODE_NULL)
		return 0;
	cs = lex_code_str(lex, r->code);
	if (strncmp(cs, "18", 2) && strncmp(cs, "19", 2) && strncmp(cs, "20", 2))
		return 0;
	/* the verb follows the noun or its pattern ("a strike on Kyiv
	 * killed") */
	if (v < s->n && !s->info[v].verb && r->pat && r->last > p->end) {
		v = r->last + 1;
		if (v < s->n && s->info[v].mention >= 0)
			v = s->ments[s->info[v].mention].tok + s->ments[s->info[v].mention].n_tok;
	}
	if (v >= s->n || !s->info[v].verb)
		return 0;
	/* "A Russian strike on Kyiv killed civilians": when the verb is an
	 * event of its own with the same subject, it tells the attack; only
	 * a verb the noun's pattern takes in ("air strike hit a school in")
	 * leaves the event to the noun. */
	if (!(r->pat && r->last >= v))
		for (k = 0; k < n; k++)
			if (preds[k].kind == LEX_VERB && preds[k].head == v &&
			    preds[k].subject == (int32_t)(m - s->ments))
				return 0;
	if (q > 0 && (s->info[q - 1].roles & R_DET) && !(s->info[q - 1].roles & R_POSS))
		q--;
	return opens_clause(s, q);
}

static int32_t attack_actor(const struct sent *s, const struct pred *preds, size_t n,
			    size_t noun)
{
	long j = (long)noun - 1;
	size_t k;

	while (j >= 0 && s->info[j].mention < 0 && is_modifier(s, (size_t)j))
		j--;
	if (j >= 0 && (s->info[j].roles & R_POSS) && s->info[j].mention < 0 && j > 0)
		j--;
	if (j >= 0 && s->info[j].mention >= 0 && !s->ments[s->info[j].mention].after_prep)
		return s->info[j].mention;
	for (k = noun + 1; k + 1 < s->n && k < noun + 4; k++)
		if (s->info[k].roles & R_BY) {
			size_t a = k + 1;
			while (a + 1 < s->n && (s->info[a].roles & R_DET) && s->info[a].mention < 0)
				a++;
			if (s->info[a].mention >= 0)
				return s->info[a].mention;
		}
	for (j = (long)noun - 1; j >= 0; j--) {
		if (clause_break(s, (size_t)j) && !is_punct(s, (size_t)j, ','))
			return -1;
		if (s->info[j].mention >= 0) {
			const struct mention *m = &s->ments[s->info[j].mention];
			size_t after = m->tok + m->n_tok;
			int poss = (s->info[j].roles & R_POSS) ||
				   (after < s->n && (s->info[after].roles & R_POSS));
			if (!m->after_prep && !poss)
				return s->info[j].mention;
			j = (long)m->tok;
			continue;
		}
		for (k = 0; k < n; k++)
			if (preds[k].kind == LEX_VERB && preds[k].head == (uint32_t)j) {
				const struct pred *g = &preds[k];
				return g->passive ? g->by_agent : g->subject;
			}
	}
	return -1;
}

/* An actor the text implies rather than names ("the civilians of the
 * state the sentence places them in"): from's place in the sentence, code,
 * spanning the bytes [start, end) that imply it. */
static void derived_mention(struct mention *out, const struct mention *from, const char *code,
			    int person, uint32_t start, uint32_t end)
{
	*out = *from;
	out->code = code;
	out->kind = M_NAME;
	out->person = (uint8_t)person;
	out->pair = 0;
	out->actor = LEX_NONE;
	out->start = start;
	out->end = end;
}

/* An actor that no mention names, only the word at token `tok` implies
 * ("protests spread": the state's civilians; "a bomb exploded": unknown
 * bombers), with code. */
static void implied_actor(struct mention *out, const struct sent *s, size_t tok,
			  const char *code)
{
	memset(out, 0, sizeof *out);
	out->code = code;
	out->kind = M_NAME;
	out->actor = LEX_NONE;
	out->agent = LEX_NONE;
	out->group = UINT32_MAX;
	out->tok = (uint32_t)tok;
	out->start = s->toks[tok].start - s->base;
	out->end = s->toks[tok].end - s->base;
}

/* The first mention right of `from` in its phrase (up to a comma, a
 * clause break or a verb), places after "in" or "at" included, that is no
 * pronoun; -1 when none. */
static int32_t first_in_clause(const struct sent *s, size_t from)
{
	size_t j;

	for (j = from; j < s->n; j++) {
		int32_t m = s->info[j].mention;
		size_t w = m >= 0 ? what_said(s, &s->ments[m]) : 0;
		if (w) {        /* "what it said were" */
			j = w - 1;
			continue;
		}
		if (clause_break(s, j) || is_punct(s, j, ',') || (s->info[j].verb && m < 0))
			return -1;
		if (m >= 0 && s->ments[m].kind != M_PRONOUN)
			return m;
	}
	return -1;
}

/* The target of an act aimed at home: src's own state in role ("GOV",
 * "CVL", or "" for the bare state), spanning the predicate's words up to
 * last.  Returns 1 with *own set, 0 when memory is out. */
static int home_target(struct dyad_coder *c, const struct sent *s, const struct pred *p,
		       uint32_t last, const struct mention *src, const char *role,
		       struct mention *own)
{
	char *cc = state_role(c, src->code, role);

	if (!cc)
		return 0;
	*own = *src;
	own->code = cc;
	own->kind = M_NAME;
	own->person = 0;
	own->pair = 0;
	own->start = s->toks[p->head].start - s->base;
	own->end = s->toks[last > p->end ? last : p->end].end - s->base;
	return 1;
}

/* The sources of the last act coded before token `tok` of the sentence
 * by another state than src's, or by src's own on src ("police raided
 * the president's home, and the government called the raid
 * disproportionate"), not a denied one, into out (at most max; those of
 * one trigger: "Britain, Canada and Australia recognised Palestine, a
 * move Netanyahu called a reward for terrorism"); how many: the doers
 * of the act a rebuke that names no one answers ("North Korea fired a
 * missile over Japan, prompting Tokyo to warn residents, and Kishida
 * condemned the launch"). */
static size_t prior_doers(const struct emit_ctx *e, const struct sent *s, size_t tok,
			  const char *src, const char **out, size_t max)
{
	size_t k, n = 0, i;
	uint32_t trig = UINT32_MAX;

	for (k = e->n_seen; k-- > 0 && n < max;) {
		const struct dyad_event *o = &e->seen[k];
		if (o->trigger.start >= s->toks[tok].start - s->base || !o->source.code ||
		    !o->target.code || o->mode == DYAD_MODE_NEGATED || !strcmp(o->source.code, src))
			continue;
		if (!strncmp(o->source.code, src, 3) && strcmp(o->target.code, src))
			continue;
		if (trig != UINT32_MAX && o->trigger.start != trig)
			break;
		trig = o->trigger.start;
		for (i = 0; i < n && strcmp(out[i], o->source.code); i++)
			;
		if (i == n)
			out[n++] = o->source.code;
	}
	return n;
}

/* "deployed soldiers on the city's streets", "is deploying 25,000 troops
 * to quell a week of rioting", "rioters looted shopping malls ..., and
 * Ramaphosa deployed the army": forces sent out at token `head` against
 * unrest at home, by the words of the sentence. */
static int home_deployment(const struct sent *s, size_t head)
{
	static const char *const verbs[] = { "deploy", "send", "sent", "order", "dispatch",
					     "put", "station", NULL };
	static const char *const cues[] = { "street", "quell", "riot", "unrest", "protest",
					    "loot", "disturbance", "restore order", "secure",
					    "security", "gang", "crack down", "violence", NULL };
	size_t j, k, len;

	for (k = 0; verbs[k] && !head_is(s, head, verbs[k]); k++)
		;
	if (!verbs[k])
		return 0;
	for (j = 0; j < s->n; j++) {
		const char *t = tok_text(s, j, &len);
		for (k = 0; cues[k]; k++) {
			size_t n = strlen(cues[k]);
			if (j + 1 < s->n && strchr(cues[k], ' ')) {
				size_t l2;
				const char *t2 = tok_text(s, j + 1, &l2);
				const char *sp = strchr(cues[k], ' ');
				if ((size_t)(sp - cues[k]) == len && !strncasecmp(t, cues[k], len) &&
				    l2 >= strlen(sp + 1) && !strncasecmp(t2, sp + 1, strlen(sp + 1)))
					return 1;
			} else if (len >= n && !strncasecmp(t, cues[k], n))
				return 1;
		}
	}
	return 0;
}

/* ---- acts demanded ---------------------------------------------------- */

/* "demanded that Moscow withdraw its troops", "insisted that Germany pay
 * reparations", "and that Rwandan forces withdraw": a bare verb in a
 * that-clause after a verb of demanding is what is demanded, not an act. */
static int demanded_act(const struct sent *s, const struct pred *p)
{
	static const char *const asks[] = { "demand", "insist", "urge", "ask", "request",
					    "require", "recommend", "propose", "suggest" };
	static const char *const that[] = { "that", NULL };
	long j, k, stop;
	size_t a;

	if (p->kind != LEX_VERB || p->group != p->head || p->passive ||
	    s->info[p->head].vlemma != s->info[p->head].word)
		return 0;
	j = p->subject >= 0 && s->ments[p->subject].tok < p->group ?
	    (long)s->ments[p->subject].tok - 1 : (long)p->group - 1;
	while (j >= 0 && (s->info[j].roles & R_DET) && s->info[j].mention < 0)
		j--;
	if (j < 1 || !word_is_any(s, (size_t)j, that))
		return 0;
	/* "... and that X withdraw": the first that-clause's verb */
	if (s->info[j - 1].roles & R_CONJ)
		for (stop = j - 24 > 0 ? j - 24 : 0, j -= 2; j > stop; j--)
			if (word_is_any(s, (size_t)j, that))
				break;
	/* the demanding verb, past a day or an adverb ("on Friday") */
	for (k = j - 1; k >= 0 && k >= j - 4; k--)
		for (a = 0; a < sizeof(asks) / sizeof(asks[0]); a++)
			if (head_is(s, (size_t)k, asks[a]))
				return 1;
	return 0;
}

/* ---- meetings --------------------------------------------------------- */

/* The token of "their" before the noun at `head`, past its modifiers,
 * in a phrase that gives the occasion of the clause ("at their first
 * formal talks", "during their summit"), or -1.  "..., their first
 * meeting" in apposition restates a meeting coded already, and "over
 * their summit" is another's act. */
static long their_before(const struct sent *s, size_t head)
{
	static const char *const their[] = { "their", NULL };
	static const char *const occasion[] = { "at", "during", "in", NULL };
	long j = (long)head - 1;

	while (j >= 0 && s->info[j].mention < 0 && is_modifier(s, (size_t)j))
		j--;
	return j >= 1 && word_is_any(s, (size_t)j, their) &&
	       word_is_any(s, (size_t)j - 1, occasion) ? j : -1;
}

/* The first party after `src` and before token `before` of another state
 * than src's: a named or placed actor, not a place or a pronoun; or -1. */
static int32_t next_party(const struct sent *s, const struct mention *src, size_t before)
{
	size_t j;

	for (j = src->tok + src->n_tok; j < before; j++) {
		const struct mention *m;
		if (s->info[j].mention < 0)
			continue;
		m = &s->ments[s->info[j].mention];
		if (m->code && src->code && m->kind != M_PRONOUN && placeable(m) &&
		    !(m->after_prep && (m->prep_roles & R_LOC)) && strncmp(m->code, src->code, 3))
			return s->info[j].mention;
		j = m->tok + m->n_tok - 1;
	}
	return -1;
}

/* The state a meeting at predicate p is held in: the place after "in" or
 * "at" that hangs on the meeting itself -- right after the predicate, its
 * partner, a day or a gathering ("met al-Sharaa in Riyadh", "held talks
 * on Friday in Oslo", "at the ASEAN summit in Kuala Lumpur"), not on
 * another noun ("talks on the war in Ukraine") -- else, when the clause
 * names no place and the meeting took place (`held`), the dateline's state
 * ("GENEVA -- Biden and Putin held talks in a lakeside villa"); NULL when
 * neither. */
static const char *meeting_state(const struct dyad_coder *c, const struct sent *s,
				 const struct pred *p, int held)
{
	static const char *const gatherings[] = { "summit", "meeting", "talks", "conference",
						  "forum", "session", "sidelines", "negotiations",
						  NULL };
	size_t k;

	for (k = p->end + 1; k < s->n; k++) {
		const struct mention *m;
		long j;
		if (clause_break(s, k) || (s->info[k].verb && s->info[k].mention < 0))
			break;
		if (s->info[k].mention < 0)
			continue;
		m = &s->ments[s->info[k].mention];
		k = m->tok + m->n_tok - 1;
		if (!m->after_prep || !(m->prep_roles & R_LOC) || !country_prefix(m->code) ||
		    m->kind == M_PRONOUN)
			continue;
		for (j = (long)m->tok - 1; j > 0 && !(s->info[j].roles & R_PREP); j--)
			;
		j--;
		if (j < 0)
			continue;
		if ((size_t)j == p->end || s->info[j].mention >= 0 || weekday(s, (size_t)j) ||
		    word_is_any(s, (size_t)j, gatherings))
			return m->code;
	}
	return held && c->memo.dateline[0] ? c->memo.dateline : NULL;
}

/* The first state named after the verb of `p`, within its clause: where
 * a capture or a massacre that names no victim took place. */
static const char *clause_state_after(const struct sent *s, const struct pred *p)
{
	size_t j;

	for (j = p->end + 1; j < s->n; j++) {
		int32_t m = s->info[j].mention;
		if (clause_break(s, j) || (s->info[j].verb && m < 0))
			break;
		if (m >= 0 && s->ments[m].country && s->ments[m].code)
			return s->ments[m].code;
	}
	return NULL;
}

/* Where an act takes place: the state its clause names after its verb,
 * else the place the sentence names (match_place_state). */
static const char *act_state(struct dyad_coder *c, const struct sent *s, const struct pred *p)
{
	const char *state = clause_state_after(s, p);

	return state ? state : match_place_state(c, s, p->head);
}

/* Whether none of the parties belongs to `state` -- all of them states'
 * actors, so that a place can be foreign to each. */
static int foreign_to_all(const char *state, const struct mention *const *ms, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (!country_prefix(ms[k]->code) || !strncmp(ms[k]->code, state, 3))
			return 0;
	return n > 0;
}

/* "A Russian missile hit a crowded shopping centre in the Ukrainian city
 * of Kremenchuk", "struck Kyiv's largest children's hospital", "drones
 * struck two air bases deep inside Russia": force aimed at a state's
 * place hits whom the place serves -- its civilians, patients, pupils or
 * forces.  The role the object phrase from token `from` names around the
 * state mention m ("CVL", "HLH", "EDU", "MIL"), or NULL: the facility nouns
 * from the verb to a few words past the state, in one phrase; failing
 * them, civilians a participle after a comma kills ("struck the centre
 * of Sumy, killing at least 34 people"). */
static const char *facility_role(const struct sent *s, uint32_t from, const struct mention *m)
{
	static const char *const hlh[] = { "hospital", "hospitals", "clinic", "clinics",
					   "maternity", NULL };
	static const char *const edu[] = { "school", "schools", "kindergarten", "university",
					   NULL };
	static const char *const cvl[] = { "centre", "center", "mall", "market", "marketplace",
					   "theatre", "theater", "station", "apartment",
					   "apartments", "residential", "homes", "houses", "café",
					   "cafe", "restaurant", "hotel", "supermarket", "church",
					   "churches", "mosque", "mosques", "synagogue", "temple",
					   "cathedral", "shrine", NULL };
	static const char *const mil[] = { "base", "bases", "airbase", "airbases", "barracks",
					   "airfield", "airfields", "warship", "warships",
					   "post", "posts", "outpost", "outposts", "garrison",
					   "garrisons", "convoy", "convoys", NULL };
	static const char *const kill[] = { "killing", NULL };
	size_t j, end = m->tok + m->n_tok + 5;

	for (j = from; j < s->n && j < end; j++) {
		if (clause_break(s, j) || is_punct(s, j, ',') ||
		    (s->info[j].verb && s->info[j].mention < 0))
			break;
		if (s->info[j].mention >= 0 && s->info[j].mention != (int32_t)(m - s->ments) &&
		    j > m->tok)
			break;
		if (word_is_any(s, j, hlh))
			return "HLH";
		if (word_is_any(s, j, edu))
			return "EDU";
		if (word_is_any(s, j, mil))
			return "MIL";
		if (word_is_any(s, j, cvl))
			return "CVL";
	}
	/* (not on the state itself: "attacked Ukraine, killing civilians") */
	for (j = m->tok > from ? from : s->n; j + 2 < s->n && j < from + 30; j++) {
		if (clause_break(s, j))
			return NULL;
		if (is_punct(s, j, ',') && word_is_any(s, j + 1, kill)) {
			size_t k;
			for (k = j + 2; k < s->n && k < j + 6; k++) {
				int32_t o = s->info[k].mention;
				if (o >= 0)
					return s->ments[o].code && (!strcmp(s->ments[o].code, "CVL") ||
								    civil_role(s->ments[o].code)) ?
					       "CVL" : NULL;
			}
			return NULL;
		}
	}
	return NULL;
}

/* "A Russian missile hit a shopping centre", "Israel's air force pounded
 * targets", "Rockets fired by Cambodian forces hit a petrol station", "an
 * air strike by the coalition hit a bus": the weapon or aircraft that
 * names the source, or that a "by" source fired or made, tells the kind
 * of force: from the air or by missile (195), rockets and artillery
 * (194); NULL when it names none. */
static const char *source_weapon(const struct sent *s, const struct mention *m)
{
	static const char *const aerial[] = { "missile", "drone", "air strike", "airstrike",
					      "air force", "aircraft", "warplane", "fighter jet",
					      "jets", "bomber", "helicopter", "gunship", NULL };
	static const char *const artillery[] = { "rocket", "artillery", "shelling", "mortar",
						 "howitzer", NULL };
	static const char *const aerial_w[] = { "missile", "missiles", "drone", "drones",
						"warplanes", "jets", "bombs", "bombers", "strike",
						"strikes", "airstrike", "airstrikes", NULL };
	static const char *const artillery_w[] = { "rocket", "rockets", "shells", "mortar",
						   "mortars", NULL };
	size_t k;
	long j;

	for (k = 0; artillery[k]; k++)
		if (span_has(s, m, artillery[k]))
			return "194";
	for (k = 0; aerial[k]; k++)
		if (span_has(s, m, aerial[k]))
			return "195";
	/* "rockets fired by X", "missiles launched by X" */
	if (!m->after_prep || !(m->prep_roles & R_BY) || m->tok < 3)
		return NULL;
	j = (long)m->tok - 1;
	while (j > 0 && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS))
		j--;
	if (!(s->info[j].roles & R_BY) || j < 2)
		return NULL;
	/* "rockets fired by", or a noun's agent: "an air strike by" */
	j -= past_form(s, (size_t)j - 1) ? 2 : 1;
	for (; j >= 0 && s->info[j].mention < 0 && is_modifier(s, (size_t)j); j--) {
		if (word_is_any(s, (size_t)j, artillery_w))
			return "194";
		if (word_is_any(s, (size_t)j, aerial_w))
			return "195";
	}
	return NULL;
}

/* Whether an event coded from the main clause of participle p (from its
 * anchor's verb group up to p) runs between two members of the compound
 * src, each way. */
static int mutual_before(const struct emit_ctx *e, const struct pred *preds,
			 const struct pred *p, int32_t src)
{
	const struct sent *s = e->s;
	const struct mention *ms[8];
	size_t n = group_members(s, src, ms, 8), i, k;
	uint32_t from = s->toks[preds[p->anchor].group].start - s->base,
		 to = s->toks[p->head].start - s->base;

	for (i = 0; i < e->n_seen; i++) {
		const struct dyad_event *o = &e->seen[i];
		int a = 0, b = 0;
		if (o->trigger.start < from || o->trigger.start >= to)
			continue;
		for (k = 0; k < n; k++) {
			if (ms[k]->code && !strcmp(ms[k]->code, o->source.code))
				a = 1;
			if (ms[k]->code && !strcmp(ms[k]->code, o->target.code))
				b = 1;
		}
		if (a && b)
			return 1;
	}
	return 0;
}

/* "North Korea expelled Travis King, a U.S. soldier who had crossed the
 * border", "a former defence chief who crushed the rebels", "Russia put
 * the ICC prosecutor who issued the warrant for Putin on its wanted
 * list": a relative clause on an actor that tells what the actor had
 * done (perfect aspect, active), did in a former role, or did to the main
 * clause's own subject (the grounds of the act on it) describes the
 * actor; its act was reported before and is not coded.  For verb p (or
 * the verb governing noun p): 1 when background; else 0, with *against
 * (OUT) the main clause's subject when the third case applies to the
 * act's target, else -1. */
static int relative_background(const struct sent *s, const struct pred *preds, size_t n,
			       const struct pred *p, int32_t *against)
{
	static const char *const former[] = { "former", "ex-", NULL };
	const struct pred *v = p;
	const struct mention *ante;
	long j, a;
	size_t k;

	*against = -1;
	if (p->kind == LEX_NOUN) {
		if (p->governor < 0)
			return 0;
		v = &preds[p->governor];
	}
	if (v->kind != LEX_VERB || v->group < 2 || !is_relative(s, v->group - 1))
		return 0;
	a = (long)v->group - 2;
	if (a >= 0 && is_punct(s, (size_t)a, ','))
		a--;
	if (a < 0 || s->info[a].mention < 0)
		return 0;
	ante = &s->ments[s->info[a].mention];
	if ((v->group_roles & R_HAVE) && !v->passive &&
	    !(v->group_roles & (R_WILL | R_WOULD | R_MAY)))
		return 1;
	for (j = (long)ante->tok; j >= 0 && j + 3 > (long)ante->tok; j--)
		if (word_is_any(s, (size_t)j, former) || span_has(s, ante, "former"))
			return 1;
	/* the antecedent is the object of the main clause's verb */
	for (k = n; k-- > 0;) {
		const struct pred *q = &preds[k];
		int32_t qs;
		if (q->kind != LEX_VERB || q->head >= ante->tok)
			continue;
		qs = q->passive ? q->by_agent : q->subject;
		if (qs >= 0 && s->ments[qs].tok < q->head && !subordinate(s, q))
			*against = qs;
		break;
	}
	return 0;
}

static int code_pred(struct emit_ctx *e, struct pred *preds, size_t n, size_t i)
{
	struct dyad_coder *c = e->c;
	const dyad_lexicon *lex = c->lex;
	struct sent *s = e->s;
	struct pred *p = &preds[i];
	struct match_result r;
	int32_t src = -1, tgt = -1;
	const struct mention *srcs[8], *tgts[8];
	size_t ns, nt, a, b;
	enum dyad_mode mode;
	const char *code, *code2;
	size_t hlen;
	const char *htext = tok_text(s, p->head, &hlen);
	int reciprocal = 0, have_own = 0, pair_sides = 0, yield_home = 0, deport = 0;
	int claim_denied = 0;
	const struct mention *deportee = NULL;  /* "deported Uyghurs to China" */
	const struct mention *dropped = NULL;   /* "switched recognition from Taiwan" */
	long rel_noun = -1, rel_tok = -1, their, dem;
	int32_t rel_main = -1;                  /* relative_background's *against */
	struct mention own, attacker, own_src;
	int have_own_src = 0;
	const char *attempt = NULL;             /* "was shot": 185 or 186 */
	const char *bombing = NULL;             /* "a roadside bomb planted by" */
	const char *threat = NULL;              /* "would use force if": 13x */
	int rebuke_back = 0;                    /* "condemned the launch" */
	const char *doers[4];                   /* whom such a rebuke answers */
	struct mention more_own[3];
	size_t n_doers = 0;

	/* What a demand asks of another ("demanded that M23 rebels halt
	 * their offensive and that Rwandan forces withdraw") is no act: the
	 * demand is made of each that-clause's subject. */
	if ((dem = demand_of(lex, s, preds, p)) >= 0) {
		const struct pred *d = &preds[dem];
		int32_t ds = d->passive ? d->by_agent : d->subject;
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": what a demand asks, coded as the demand",
				     (int)hlen, htext);
		if (ds < 0 || s->ments[ds].group == s->ments[p->subject].group)
			return 0;
		/* a clause past the demand's pattern ("and that Hamas
		 * release") is asked for in the demand's general code */
		code = pred_code(lex, d);
		if (p->head > d->r.last && d->r.head &&
		    lex->classes.v[d->r.head->cls].code != LEX_NONE &&
		    lex->classes.v[d->r.head->cls].code != LEX_CODE_NULL)
			code = lex_code_str(lex, lex->classes.v[d->r.head->cls].code);
		ns = group_members(s, ds, srcs, 8);
		nt = group_members(s, p->subject, tgts, 8);
		mode = mode_of(s, preds, (size_t)dem);
		for (a = 0; a < ns && !e->stop; a++)
			for (b = 0; b < nt && !e->stop; b++)
				if (emit_one(e, d, srcs[a], tgts[b], NULL, code, mode))
					return e->stop;
		return e->stop;
	}
	if (p->n_heads == 0) {
		if (TRACING(c) && !p->has_complement && !(p->vroles & V_LIGHT))
			coder_tracef(c, "  %s \"%.*s\": shapes the clause, codes nothing",
				     p->vroles & V_SPEECH ? "speech verb" : "verb", (int)hlen, htext);
		return 0;
	}
	if ((p->kind == LEX_NOUN && background(s, p->head)) || background_plural(s, p)) {
		if (TRACING(c))
			coder_tracef(c, "  noun \"%.*s\": a background event (after \"since\", \"after\"...), not coded",
				     (int)hlen, htext);
		return 0;
	}
	/* "a week after a court issued a warrant for his arrest", "since
	 * it issued a warrant": a noun a light verb gives is dated with it */
	if ((p->kind == LEX_VERB && time_anchor(s, p)) || p->anchored ||
	    (p->kind == LEX_NOUN && p->governor >= 0 && (preds[p->governor].vroles & V_LIGHT) &&
	     preds[p->governor].kind == LEX_VERB &&
	     (time_anchor(s, &preds[p->governor]) || since_clause(s, &preds[p->governor]) ||
	      preds[p->governor].anchored))) {
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": an earlier event dating the news "
				     "(\"a day after\"), not coded",
				     (int)hlen, htext);
		return 0;
	}
	if (p->complement) {
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": what a plan or effort is for, not an act",
				     (int)hlen, htext);
		return 0;
	}
	if (p->requested || demanded_act(s, p)) {
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": what another is urged or asked to do, not an act",
				     (int)hlen, htext);
		return 0;
	}
	if (p->kind == LEX_NOUN && reaction_object(s, preds, p)) {
		if (TRACING(c))
			coder_tracef(c, "  noun \"%.*s\": the object of a reaction or request, not an event",
				     (int)hlen, htext);
		return 0;
	}
	if (p->inside) {
		if (TRACING(c))
			coder_tracef(c, "  %s \"%.*s\": part of a longer pattern",
				     p->kind == LEX_VERB ? "verb" : "noun", (int)hlen, htext);
		return 0;
	}
	if (relative_background(s, preds, n, p, &rel_main)) {
		if (TRACING(c))
			coder_tracef(c, "  %s \"%.*s\": what a relative clause says its actor had done, "
				     "not coded", p->kind == LEX_VERB ? "verb" : "noun", (int)hlen, htext);
		return 0;
	}
	r = p->r;
	if (p->chosen <= 0) {
		if (TRACING(c))
			coder_tracef(c, "  %s \"%.*s\": no pattern matches and no default code",
				     p->kind == LEX_VERB ? "verb" : "noun", (int)hlen, htext);
		return 0;
	}
	/* "condemned the launch as barbaric": a rebuke of an act that names
	 * no party (a null pattern, lest "the attack on Israel" be aimed at
	 * Israel) answers the act coded before it, when there is one. */
	if (r.code == LEX_CODE_NULL && (r.code2 == LEX_NONE || r.code2 == LEX_CODE_NULL) &&
	    p->kind == LEX_VERB && r.pat &&
	    r.head && pattern_has_set(lex, r.pat, "EV_EVN") &&
	    lex->classes.v[r.head->cls].code != LEX_NONE &&
	    lex->classes.v[r.head->cls].code != LEX_CODE_NULL &&
	    !strncmp(lex_code_str(lex, lex->classes.v[r.head->cls].code), "11", 2) &&
	    p->subject >= 0 && s->ments[p->subject].code &&
	    prior_doers(e, s, p->head, s->ments[p->subject].code, doers, 1)) {
		r.code = lex->classes.v[r.head->cls].code;
		r.target = -1;
		rebuke_back = 1;
	}
	if ((r.code == LEX_CODE_NULL || r.code == LEX_NONE) &&
	    (r.code2 == LEX_CODE_NULL || r.code2 == LEX_NONE)) {
		if (TRACING(c))
			coder_tracef(c, "  %s \"%.*s\": matched a null (---) pattern: not coded",
				     p->kind == LEX_VERB ? "verb" : "noun", (int)hlen, htext);
		return 0;
	}
	/* A speech verb with a clause after it only reports; a light verb
	 * whose object is a trigger noun ("held talks") leaves the event to
	 * the noun. */
	if (p->has_complement && !r.pat) {
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": reports the clause after it", (int)hlen, htext);
		return 0;
	}
	if (p->consumed) {
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": its object noun carries the event", (int)hlen, htext);
		return 0;
	}
	/* "threatened to cut off all aid to Colombia", "vowed to punish
	 * those responsible": what a threat threatens is coded in the
	 * threat's own code (1311, 130), not as an act. */
	if (p->infinitive && p->matrix >= 0 && pred_code(lex, &preds[p->matrix]) &&
	    !strncmp(pred_code(lex, &preds[p->matrix]), "13", 2)) {
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": what a threat threatens, coded with the threat",
				     (int)hlen, htext);
		return 0;
	}
	/* The protest's code says what it demands (1411, 1451). */
	if (protest_of(lex, s, preds, p) >= 0) {
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": what a protest demands, coded with the protest",
				     (int)hlen, htext);
		return 0;
	}

	/* Source. */
	if (r.source >= 0)
		src = r.source;
	else if (p->kind == LEX_VERB) {
		src = p->passive ? p->by_agent : p->subject;
		/* "U.S. and Canadian fighter jets were scrambled to intercept
		 * them": a show of force (15x) told in the passive with no
		 * agent, and aimed at an actor the pattern names, is the act
		 * of the state's forces it is told of. */
		if (src < 0 && p->passive && r.target >= 0 && p->subject >= 0 &&
		    r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
		    !strncmp(lex_code_str(lex, r.code), "15", 2) &&
		    state_force(s->ments[p->subject].code))
			src = p->subject;
		/* "signed orders imposing tariffs", "issued orders to": a
		 * verb's form straight after another verb is that verb's
		 * object, a noun, and the act of that verb's subject. */
		if (src < 0 && !p->passive && p->head > 0) {
			long j = (long)p->head - 1;
			size_t q;
			while (j >= 0 && s->info[j].mention < 0 &&
			       ((s->info[j].roles & R_DET) || is_modifier(s, (size_t)j)))
				j--;
			for (q = 0; j >= 0 && q < n; q++)
				if (&preds[q] != p && preds[q].kind == LEX_VERB && !preds[q].passive &&
				    ((preds[q].vroles & (V_LIGHT | V_PLAN)) || head_is(s, preds[q].head, "sign") ||
				     head_is(s, preds[q].head, "issue")) &&
				    preds[q].head <= (size_t)j && (size_t)j <= preds[q].end) {
					src = preds[q].subject;
					break;
				}
		}
	} else {
		/* Noun: possessor, "by X", a hyphenated pair, the governor's subject. */
		long j = (long)p->head - 1;
		while (j >= 0 && s->info[j].mention < 0 && is_modifier(s, (size_t)j))
			j--;
		if (j >= 0 && (s->info[j].roles & R_POSS) && s->info[j].mention < 0 && j > 0)
			j--;
		if (j >= 0 && s->info[j].mention >= 0) {
			const struct mention *m = &s->ments[s->info[j].mention];
			size_t after = m->tok + m->n_tok;
			int poss = (after < s->n && (s->info[after].roles & R_POSS)) ||
				   (s->info[j].roles & R_POSS);
			int pair = m->group != (uint32_t)s->info[j].mention ||
				   (s->info[j].mention > 0 &&
				    s->ments[s->info[j].mention - 1].group == m->group);
			if (poss)
				src = s->info[j].mention;
			else if (!pair && !m->after_prep && attack_subject(s, preds, n, p, m, &r, lex))
				src = s->info[j].mention;
			else if (pair) {
				const struct mention *mm[2];
				if (group_members(s, s->info[j].mention, mm, 2) == 2 &&
				    mm[0]->tok == mm[1]->tok) {
					src = (int32_t)(mm[0] - s->ments);
					if (r.target < 0)
						r.target = (int32_t)(mm[1] - s->ments);
				}
			}
		}
		if (src < 0) {
			size_t k;
			for (k = p->end + 1; k + 1 < s->n && k < p->end + 4u && src < 0; k++)
				if (s->info[k].roles & R_BY) {
					size_t a2 = k + 1;
					/* "by a South Korean leader" */
					while (a2 + 1 < s->n && (s->info[a2].roles & R_DET) &&
					       s->info[a2].mention < 0)
						a2++;
					if (s->info[a2].mention >= 0)
						src = s->info[a2].mention;
				}
		}
		/* "travelled to Moscow for talks with Putin", "in a phone call
		 * with", "at talks in Doha": a meeting named as the purpose or
		 * occasion of the clause's act is its subject's. */
		if (src < 0 && p->governor >= 0 && r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
		    !strncmp(lex_code_str(lex, r.code), "04", 2)) {
			size_t plen;
			const char *prep = noun_prep(s, p->head, &plen);
			static const char *const occ[] = { "for", "in", "at", "during", "on" };
			size_t k;
			for (k = 0; prep && k < sizeof(occ) / sizeof(occ[0]); k++)
				if (plen == strlen(occ[k]) && !strncasecmp(prep, occ[k], plen)) {
					const struct pred *g = &preds[p->governor];
					src = g->passive ? g->by_agent : g->subject;
					break;
				}
		}
		/* "held talks with", "imposed sanctions on", "plans a visit
		 * to": the noun is the object of a light or planning verb,
		 * whose subject acts.  After any other verb, or behind a
		 * preposition ("condolences over the attack on"), the noun
		 * names someone else's act. */
		if (src < 0 && p->governor >= 0 &&
		    (((preds[p->governor].vroles & (V_LIGHT | V_PLAN | V_SPEC)) &&
		      direct_object(s, preds[p->governor].end, p->head,
				    (preds[p->governor].vroles & V_PLAN) != 0)) ||
		     enacted_object(s, preds, p))) {
			struct pred *g = &preds[p->governor];
			src = g->passive ? g->by_agent : g->subject;
			g->consumed = 1;
		}
	}
	/* "A roadside bomb planted by Baloch separatists killed": the agent
	 * of a participle in the subject's phrase made the thing that acts;
	 * a roadside or car bomb is such a bombing (1833, 1832). */
	if (p->kind == LEX_VERB && !p->passive && src < 0 && r.source < 0 && p->group >= 4 &&
	    s->info[p->group - 1].mention >= 0) {
		const struct mention *m = &s->ments[s->info[p->group - 1].mention];
		long by = (long)m->tok - 1, v;
		while (by >= 0 && (s->info[by].roles & R_DET) && !(s->info[by].roles & R_POSS))
			by--;
		v = by - 1;
		if (v >= 0 && !past_form(s, (size_t)v) && v > 0 && past_form(s, (size_t)v - 1))
			v--;            /* "carried out by" */
		if (by > 1 && (s->info[by].roles & R_BY) && past_form(s, (size_t)v) && v > 0 &&
		    s->info[v - 1].mention < 0 && (s->toks[v - 1].flags & TOK_WORD) &&
		    !s->info[v - 1].roles && subject_left(s, preds, n, (size_t)v) < 0) {
			long k;
			src = s->info[p->group - 1].mention;
			for (k = v - 1; k >= 0 && k + 4 > v; k--) {
				size_t bl;
				const char *bt = tok_text(s, (size_t)k, &bl);
				if (bl == 8 && !strncasecmp(bt, "roadside", 8))
					bombing = "1833";
				else if (bl == 3 && !strncasecmp(bt, "car", 3))
					bombing = "1832";
			}
		}
	}
	/* "a Russian missile strike that killed 40 people": the relative
	 * clause's act is the attacker's, and the attack's code, when the noun
	 * gives one of force, is the more telling. */
	if (p->kind == LEX_VERB && r.source < 0 &&
	    (rel_noun = relative_attack(s, preds, n, p, &rel_tok)) < 0 && rel_tok >= 0) {
		/* "was behind the bomb that killed": no trigger, but an
		 * attacker all the same */
		int32_t who = attack_actor(s, preds, n, (size_t)rel_tok);
		if (who >= 0)
			src = who;
	} else if (rel_noun >= 0) {
		struct pred *np = &preds[rel_noun];
		int32_t who = attack_actor(s, preds, n, np->head);
		if (who >= 0)
			src = who;
		if (np->chosen < 0)
			np->chosen = (int8_t)choose(c, s, np, &np->r);
		if (np->chosen == 1 && np->r.code != LEX_NONE && np->r.code != LEX_CODE_NULL) {
			const char *nc = lex_code_str(lex, np->r.code);
			if (!strncmp(nc, "18", 2) || !strncmp(nc, "19", 2) || !strncmp(nc, "20", 2))
				r.code = np->r.code;
		}
	}
	/* "twin suicide bombings that killed nearly 90 people", "a car
	 * bomb that killed 21": the kind of bomb the antecedent names */
	if (rel_tok >= 2 && !bombing) {
		static const char *const kinds[] = { "suicide", "car", "truck", "roadside", NULL };
		long k;
		for (k = rel_tok - 1; k >= 0 && k + 3 > rel_tok; k--)
			if (word_is_any(s, (size_t)k, kinds)) {
				size_t kl;
				const char *kt = tok_text(s, (size_t)k, &kl);
				bombing = kt[0] == 's' || kt[0] == 'S' ? "1831" :
					  kt[0] == 'r' || kt[0] == 'R' ? "1833" : "1832";
				break;
			}
	}
	if (helped_purpose(s, p)) {
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": what help is sent for, not an act yet",
				     (int)hlen, htext);
		return 0;
	}
	/* "in retaliation for the drone attack that killed three soldiers",
	 * "after a strike that killed": a relative clause on a background
	 * noun is background too */
	if (rel_tok >= 0 && background(s, (size_t)rel_tok)) {
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": a relative clause on a background event, "
				     "not coded", (int)hlen, htext);
		return 0;
	}
	if ((rel_tok >= 0 && accused_act(lex, s, preds, n, (size_t)rel_tok)) ||
	    denied_description(lex, s, preds, p)) {
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": what a denial or accusation names, not an act of its own",
				     (int)hlen, htext);
		return 0;
	}
	/* Target.  "was shot dead in Quito": in the passive, a place a
	 * pattern's '+' reaches past the verb is not its object; the
	 * subject is. */
	if (r.target >= 0 && p->kind == LEX_VERB && p->passive && p->subject >= 0 &&
	    s->ments[r.target].after_prep && (s->ments[r.target].prep_roles & R_LOC))
		tgt = p->subject;
	else if (r.target >= 0)
		tgt = r.target;
	else if (p->kind == LEX_VERB && p->passive && p->subject >= 0)
		tgt = p->subject;
	else if (p->kind == LEX_VERB && p->passive && src < 0)
		tgt = -1;
	else if (r.pat && r.last > p->end && s->info[r.last].mention >= 0 &&
		 s->ments[s->info[r.last].mention].kind == M_NAME &&
		 s->info[r.last].mention != src)
		/* "joined NATO" (* &ev_bloc): the pattern's last word names
		 * the target itself. */
		tgt = s->info[r.last].mention;
	else {
		uint32_t avoid = src >= 0 ? s->ments[src].group : UINT32_MAX;
		tgt = mention_right(s, r.last + 1, avoid, 1);
		if (tgt < 0 && r.last != p->end)
			tgt = mention_right(s, p->end + 1, avoid, 1);
		/* "deployed troops near its border with Belarus", "asked for
		 * consultations with its NATO allies", "lifted its ban": a
		 * possessive pointing back at the source names no target;
		 * the next other party in the clause does, else no one. */
		while (tgt >= 0 && src >= 0 && s->ments[tgt].kind == M_PRONOUN &&
		       (s->info[s->ments[tgt].tok].roles & R_POSS) &&
		       (possessor_of_next(s, &s->ments[tgt]) ||
			(s->ments[tgt].code && s->ments[src].code &&
			 !strncmp(s->ments[tgt].code, s->ments[src].code, 3))))
		{
			size_t from = s->ments[tgt].tok + s->ments[tgt].n_tok, j;
			tgt = mention_right(s, from, avoid, 1);
			for (j = from; tgt >= 0 && j < s->ments[tgt].tok; j++)
				if (is_punct(s, j, ','))
					tgt = -1;
		}
		/* "shot dead seven people outside a synagogue, Israeli police
		 * said": who reports the act after it is not its target */
		if (tgt >= 0 && p->reporter >= 0 && s->ments[tgt].tok > p->end &&
		    s->ments[tgt].group == s->ments[p->reporter].group) {
			const struct mention *rm = &s->ments[p->reporter];
			size_t after = rm->tok + rm->n_tok;
			if (after < s->n && s->info[after].verb &&
			    (s->info[after].vroles & V_SPEECH) && rm->tok > 0 &&
			    (is_punct(s, rm->tok - 1, ',') ||
			     (rm->tok > 1 && (s->info[rm->tok - 1].roles & R_DET) &&
			      is_punct(s, rm->tok - 2, ','))))
				tgt = -1;
		}
	}
	/* "struck Houthi targets in Yemen", "shelled Hezbollah positions in
	 * Lebanon": a state named as the place of the object stands for
	 * the armed group of that state the object phrase names before it
	 * (names it: "its armed struggle against Turkey" is the source's own). */
	if (tgt >= 0 && s->ments[tgt].country && s->ments[tgt].code && s->ments[tgt].tok > p->end) {
		size_t j;
		for (j = p->end + 1; j < s->ments[tgt].tok; j++) {
			const struct mention *m;
			if (clause_break(s, j))
				break;
			if (s->info[j].mention < 0)
				continue;
			m = &s->ments[s->info[j].mention];
			if (s->info[j].mention != src && m->kind != M_PRONOUN && !m->person &&
			    m->code && armed_group(m->code) &&
			    !m->placed && !strncmp(m->code, s->ments[tgt].code, 3) &&
			    (src < 0 || m->group != s->ments[src].group)) {
				tgt = s->info[j].mention;
				break;
			}
			j = m->tok + m->n_tok - 1;
		}
	}
	if (p->kind == LEX_NOUN && !r.pat && !(r.target >= 0 && src >= 0)) {
		if (TRACING(c))
			coder_tracef(c, "  noun \"%.*s\": no pattern of its own matched", (int)hlen, htext);
		return 0;
	}
	/* "Russia and China held talks": with '%' in the pattern, the members
	 * of a compound subject act on one another. */
	if (tgt < 0 && src >= 0 && r.pat && pattern_has(lex, r.pat, LEX_EL_COMPOUND) &&
	    group_members(s, src, srcs, 8) >= 2) {
		tgt = src;
		reciprocal = 1;
	}
	/* "India and Pakistan accused each other", "blamed one another": a
	 * compound subject acts on itself, whatever the pattern. */
	if (tgt < 0 && src >= 0 && each_other(s, p->end + 1) &&
	    group_members(s, src, srcs, 8) >= 2) {
		tgt = src;
		reciprocal = 1;
	}
	/* "Ukraine and Russia held talks ..., agreeing to meet again",
	 * "... ended without a breakthrough but agreed to resume contacts":
	 * an agreement of a compound subject that names no other party is
	 * made between its members (intent, 03x, or the deal itself); and
	 * any participle that shares the compound subject of a main clause
	 * coded both ways, naming no other party, is mutual too. */
	if (tgt < 0 && src >= 0 && p->kind == LEX_VERB && group_members(s, src, srcs, 8) >= 2 &&
	    ((!p->passive && agreement_code(lex, r.code) && s->info[p->head].vlemma != LEX_NONE &&
	      !strcmp(lex_word_str(lex, s->info[p->head].vlemma), "agree")) ||
	     (p->anchor >= 0 && mutual_before(e, preds, p, src)))) {
		tgt = src;
		reciprocal = 1;
	}
	/* "Biden hosted Xi ..., and the two leaders agreed to resume
	 * talks": "the two leaders", "both sides" are the pair named
	 * before, acting on one another. */
	if (p->kind == LEX_VERB && !p->passive) {
		long at = two_sides_before(s, p->group);
		int32_t pa, pb;
		if (at >= 0 && last_pair(s, (size_t)at, &pa, &pb) &&
		    (tgt < 0 || tgt == pa || tgt == pb || s->ments[tgt].kind == M_PRONOUN)) {
			src = pa;
			tgt = pb;
			pair_sides = 1;
			reciprocal = 1;
		}
	}
	/* "asked Li Qiang to play a constructive role ..., at their meeting
	 * in Seoul", "Biden and Xi agreed ... at their summit": a meeting
	 * that is "their" own is among the members of a compound source,
	 * else between the source and the first other party after it. */
	if (p->kind == LEX_NOUN && src >= 0 && !reciprocal && r.code != LEX_NONE &&
	    r.code != LEX_CODE_NULL && !strncmp(lex_code_str(lex, r.code), "04", 2) &&
	    (tgt < 0 || s->ments[tgt].kind == M_PRONOUN) && (their = their_before(s, p->head)) >= 0) {
		/* "their" itself is no source: the clause's subject is */
		if (s->info[their].mention == src && p->governor >= 0)
			src = preds[p->governor].passive ? preds[p->governor].by_agent :
							   preds[p->governor].subject;
		if (src < 0)
			tgt = -1;
		else if (group_members(s, src, srcs, 8) >= 2) {
			tgt = src;
			reciprocal = 1;
		} else
			tgt = next_party(s, &s->ments[src], p->head);
	}
	/* "threatened that North Korea would shoot down U.S. planes",
	 * "claimed responsibility for bombings that killed 90 people",
	 * "declined to comment on reports that North Korean troops": a
	 * threat, a claim or a refusal to comment is aimed at the first
	 * other party its clause names. */
	if ((tgt < 0 || (tgt >= 0 && r.target < 0 && src >= 0 && s->ments[tgt].code &&
			 s->ments[src].code && !strncmp(s->ments[tgt].code, s->ments[src].code, 3) &&
			 r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
			 !strncmp(lex_code_str(lex, r.code), "01", 2))) &&
	    src >= 0 && r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
	    (!strncmp(lex_code_str(lex, r.code), "13", 2) ||
	     !strcmp(lex_code_str(lex, r.code), "015") ||
	     !strcmp(lex_code_str(lex, r.code), "011"))) {
		tgt = other_party(s, p->end + 1, &s->ments[src]);
		/* "Israel likely struck near Isfahan, U.S. officials said,
		 * though Israel made no comment": silence on what the
		 * sentence told before */
		if (tgt < 0 && !strcmp(lex_code_str(lex, r.code), "011"))
			tgt = other_party(s, 0, &s->ments[src]);
	}
	/* "Russian troops retreated in the face of a counter-offensive",
	 * "withdrew its troops from the town of Avdiivka": a retreat or
	 * surrender that names only its own ground yields to the other side
	 * the sentence names, after it or else before. */
	/* "Tigrayan forces retook Mekelle, and the government declared a
	 * unilateral ceasefire": a truce that names no other side, or only
	 * a place of the source's own state, is with the other side the
	 * sentence names (an armed group of the same state stays the
	 * target: "the army and the rebels halted fighting"). */
	if (src >= 0 && r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
	    (!strcmp(lex_code_str(lex, r.code), "0874") ||
	     (!strcmp(lex_code_str(lex, r.code), "0871") &&
	      (tgt < 0 || s->ments[tgt].country))) &&
	    s->ments[src].code &&
	    (tgt < 0 || (s->ments[tgt].code && !strncmp(s->ments[tgt].code, s->ments[src].code, 3)))) {
		int32_t o = other_party(s, p->end + 1, &s->ments[src]);
		if (o < 0)
			o = other_party(s, 0, &s->ments[src]);
		if (o >= 0)
			tgt = o;
	}
	/* "said it would deploy stronger forces along the border", "called
	 * up 300,000 reservists": a show of force by one's own forces is
	 * aimed at the other side the sentence names, else at no one (its
	 * own protesters remain a target: "deployed soldiers to quell
	 * protests by students"). */
	if (src >= 0 && tgt >= 0 && r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
	    !strncmp(lex_code_str(lex, r.code), "15", 2) && s->ments[src].code &&
	    s->ments[tgt].code && country_prefix(s->ments[src].code) &&
	    !civil_role(s->ments[tgt].code) &&
	    !strncmp(s->ments[tgt].code, s->ments[src].code, 3)) {
		int32_t o = other_party(s, p->end + 1, &s->ments[src]);
		if (o < 0)
			o = other_party(s, 0, &s->ments[src]);
		/* "fired missiles into the sea off its coast, South Korea's
		 * military said": who reports a test is not its target */
		if (o >= 0 && p->reporter >= 0 && s->ments[o].group == s->ments[p->reporter].group)
			o = -1;
		tgt = o;
	}
	/* "Putin signed treaties annexing four regions, a move Kyiv
	 * condemned as illegal": a clause on a noun in apposition to the
	 * main clause reacts to its act, and so to its subject. */
	if (tgt < 0 && src >= 0 && p->kind == LEX_VERB && !p->passive && r.target < 0) {
		static const char *const acts[] = { "move", "decision", "step", "act", "action",
						    "measure", "plan", NULL };
		const struct mention *m = &s->ments[src];
		long j = (long)m->tok - 1;
		size_t al = 0;
		const char *at = j >= 1 ? tok_text(s, (size_t)j, &al) : "";
		if (m->tok + m->n_tok == p->group && j >= 1 && word_in(at, al, acts)) {
			j--;
			if (j >= 0 && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS))
				j--;
			if (j >= 1 && is_punct(s, (size_t)j, ',')) {
				size_t k;
				for (k = 0; k < n && preds[k].head < (uint32_t)j; k++) {
					const struct pred *q = &preds[k];
					int32_t qs = q->passive ? q->by_agent : q->subject;
					if (q->kind == LEX_VERB && !subordinate(s, q) && qs >= 0 &&
					    s->ments[qs].group != m->group) {
						tgt = qs;
						break;
					}
				}
			}
		}
	}
	/* "ordered striking doctors to return to work and threatened to
	 * suspend their licences", "expressed condolences to Turkey and
	 * promised further help": a threat or a promise naming no one is
	 * aimed at the object of the verb it is coordinated with. */
	if (tgt < 0 && src >= 0 && p->coord >= 0 && r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
	    (!strncmp(lex_code_str(lex, r.code), "13", 2) ||
	     /* a promise of something named, beside a verb with an object
	      * (not a speech verb's reported clause) */
	     (!strncmp(lex_code_str(lex, r.code), "03", 2) && r.pat &&
	      strcmp(lex_code_str(lex, r.code), "030") &&
	      !(preds[p->coord].vroles & V_SPEECH)))) {
		size_t j;
		for (j = preds[p->coord].end + 1; j < p->group && tgt < 0; j++) {
			const struct mention *m;
			if (s->info[j].mention < 0)
				continue;
			m = &s->ments[s->info[j].mention];
			/* "his condolences": the source's own word is no object */
			if (m->group != s->ments[src].group && !(m->after_prep && (m->prep_roles & R_LOC)) &&
			    !(m->kind == M_PRONOUN && m->code && s->ments[src].code &&
			      !strcmp(m->code, s->ments[src].code)))
				tgt = s->info[j].mention;
			j = m->tok + m->n_tok - 1;
		}
	}
	/* "threatened to cut off the transit of Russian gas if the European
	 * Union imposed new sanctions": a threat is aimed at the party whose
	 * act its condition names, rather than at a name in a phrase of its
	 * content ("warned the United States that ... if Pelosi visited",
	 * "threatened to execute Israeli hostages if": its object stays). */
	if (src >= 0 && r.target < 0 && (tgt < 0 || s->ments[tgt].after_prep) &&
	    r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
	    !strncmp(lex_code_str(lex, r.code), "13", 2) && s->ments[src].code) {
		size_t k;
		for (k = 0; k < n; k++) {
			const struct pred *q = &preds[k];
			int32_t qs = q->passive ? q->by_agent : q->subject;
			if (q->kind != LEX_VERB || q->head <= p->end || qs < 0 ||
			    !in_condition(s, preds, n, q))
				continue;
			if (s->ments[qs].code && strncmp(s->ments[qs].code, s->ments[src].code, 3) &&
			    placeable(&s->ments[qs]))
				tgt = qs;
			break;
		}
	}
	/* "Islamic State burned a captured pilot alive ..., and Jordan
	 * vowed a response", "Ankara vowed to retaliate": a threat that
	 * names no one answers the act of the last other party before it
	 * (not its reporter's). */
	if (tgt < 0 && src >= 0 && r.target < 0 && r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
	    !strncmp(lex_code_str(lex, r.code), "13", 2)) {
		size_t k;
		for (k = 0; k < n && preds[k].head < p->group; k++) {
			const struct pred *q = &preds[k];
			int32_t qs = q->passive ? q->by_agent : q->subject;
			const struct mention *m = qs >= 0 ? &s->ments[qs] : NULL;
			/* ("fighters could carry out mass killings, U.N.
			 * officials warned": a feared act is no act it
			 * answers) */
			if (q->kind != LEX_VERB || !m || !m->code || !s->ments[src].code ||
			    mode_of(s, preds, k) != DYAD_MODE_ASSERTED ||
			    !strncmp(m->code, s->ments[src].code, 3) || !placeable(m) ||
			    (p->reporter >= 0 && s->ments[p->reporter].group == m->group) ||
			    !clause_act(lex, preds, n, k))
				continue;
			tgt = qs;
		}
	}
	/* "North Korea fired a missile over Japan ..., and Kishida condemned
	 * the launch as barbaric", "the U.N. condemned the takeover",
	 * "Britain called it a grave step": a rebuke (11x) whose object is an
	 * act that names no party of its own is aimed at whoever did the
	 * last act coded before it in the sentence. */
	/* ("called it a flagrant violation": "it" is the act, not the
	 * speaker) */
	if (src >= 0 && !have_own && p->kind == LEX_VERB && !p->passive &&
	    r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
	    !strncmp(lex_code_str(lex, r.code), "11", 2) && s->ments[src].code &&
	    (rebuke_back || (r.target < 0 && tgt < 0) ||
	     (tgt >= 0 && (r.target < 0 || r.target == tgt) && s->ments[tgt].kind == M_PRONOUN &&
	      s->ments[tgt].code && !strcmp(s->ments[tgt].code, s->ments[src].code)))) {
		n_doers = prior_doers(e, s, p->head, s->ments[src].code, doers, 4);
		if (n_doers) {
			size_t k;
			implied_actor(&own, s, p->head, doers[0]);
			for (k = 1; k < n_doers; k++)
				implied_actor(&more_own[k - 1], s, p->head, doers[k]);
			have_own = 1;
			tgt = -1;
		}
	}
	/* "declared martial law", "lifted the curfew": a state's emergency
	 * rule, curfews and curbs on freedoms at home (1721-1724) and their
	 * easing (0811-0814) fall, when the clause names no one else, on the
	 * source's own state. */
	/* "Workers across France went on strike", "protests spread across
	 * Iran": dissent that names no one is against the state's own
	 * government, not against the crowd of the next clause ("and
	 * hundreds of thousands of people marched"). */
	if (tgt >= 0 && r.pat && r.target < 0 && !pattern_has(lex, r.pat, LEX_EL_TARGET) &&
	    s->ments[tgt].code && civil_role(s->ments[tgt].code) && r.code != LEX_NONE &&
	    r.code != LEX_CODE_NULL && !strncmp(lex_code_str(lex, r.code), "14", 2))
		tgt = -1;
	if (tgt < 0 && src >= 0 && r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
	    !strncmp(lex_code_str(lex, r.code), "14", 2) && country_prefix(s->ments[src].code) &&
	    strlen(s->ments[src].code) >= 6 && strncmp(s->ments[src].code + 3, "GOV", 3) &&
	    /* a company's staff striking ("Lufthansa pilots went on
	     * strike") act against the company, no one the clause names */
	    strncmp(s->ments[src].code + 3, "BUS", 3) &&
	    (s->ments[src].kind != M_AGENT || s->ments[src].placed)) {
		have_own = home_target(c, s, p, r.last, &s->ments[src], "GOV", &own);
	}
	/* "A suicide bomber killed 26 people ..., and the Baloch Liberation
	 * Army claimed responsibility": a claim (015) that names no victim
	 * falls on the victims of the force coded before it in the sentence. */
	/* "in an attack claimed by Islamic State": what a passive claim is
	 * about is the act, whoever its clause names before it */
	if (p->kind == LEX_VERB && p->passive && r.target < 0 && r.code != LEX_NONE &&
	    r.code != LEX_CODE_NULL && !strcmp(lex_code_str(lex, r.code), "015"))
		tgt = -1;
	if (tgt < 0 && src >= 0 && !have_own && p->kind == LEX_VERB && r.code != LEX_NONE &&
	    r.code != LEX_CODE_NULL && !strcmp(lex_code_str(lex, r.code), "015")) {
		size_t k;
		for (k = e->n_seen; k-- > 0;) {
			const struct dyad_event *o = &e->seen[k];
			if (o->root && strcmp(o->root, "18") >= 0 && strcmp(o->root, "20") <= 0 &&
			    o->trigger.start < s->toks[p->head].start - s->base && o->target.code &&
			    s->ments[src].code && strcmp(o->target.code, s->ments[src].code)) {
				implied_actor(&own, s, p->head, o->target.code);
				have_own = 1;
				break;
			}
		}
	}
	/* "resigned after weeks of protests", "withdrew the pension reform,
	 * bowing to days of protests": yielding to protesters who go unnamed
	 * (0831, or 0832 by a pattern that names the dissent) falls on the
	 * source's own civilians, not on the next name ("and fled to India"). */
	if (r.pat && r.target < 0 && !pattern_has(lex, r.pat, LEX_EL_TARGET) && r.code != LEX_NONE &&
	    r.code != LEX_CODE_NULL && (!strcmp(lex_code_str(lex, r.code), "0831") ||
					(!strcmp(lex_code_str(lex, r.code), "0832") &&
					 pattern_has_set(lex, r.pat, "EV_DISSENT")))) {
		tgt = -1;
		yield_home = 1;
	}
	/* "barred women from attending universities": the curb falls on
	 * the women, the state's own civilians, not on the places named
	 * after it */
	if (tgt >= 0 && r.pat && r.target < 0 && !pattern_has(lex, r.pat, LEX_EL_TARGET) &&
	    pattern_has_set(lex, r.pat, "COE6_PEOPLE"))
		tgt = -1;
	/* "Ruto vowed to crush the unrest": a threat of repression (137)
	 * that names no one is aimed at the state's own civilians. */
	if (tgt < 0 && src >= 0 && r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
	    (home_measure(lex_code_str(lex, r.code)) || yield_home ||
	     !strcmp(lex_code_str(lex, r.code), "0831") || !strcmp(lex_code_str(lex, r.code), "137")) &&
	    country_prefix(s->ments[src].code) &&
	    (s->ments[src].kind != M_AGENT || s->ments[src].placed)) {
		/* "barred women from working": the curbed people are the
		 * state's civilians, not the state */
		int civ = yield_home || !strcmp(lex_code_str(lex, r.code), "0831") ||
			  !strcmp(lex_code_str(lex, r.code), "137") ||
			  pattern_has_set(lex, r.pat, "COE6_PEOPLE");
		have_own = home_target(c, s, p, r.last, &s->ments[src], civ ? "CVL" : "", &own);
	}
	/* "the PKK said it would disband and lay down its arms": an armed
	 * group's demobilization that names no one is toward its state. */
	if (tgt < 0 && src >= 0 && !have_own && r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
	    !strcmp(lex_code_str(lex, r.code), "0873") && s->ments[src].code &&
	    armed_group(s->ments[src].code) && country_prefix(s->ments[src].code))
		have_own = home_target(c, s, p, r.last, &s->ments[src], "", &own);
	/* "deployed soldiers on the city's streets", "ordered National Guard
	 * troops to Los Angeles to quell protests": a state's forces or
	 * police sent out against unrest at home, at no one else (or at
	 * their own state, or at the force itself), are shown to its
	 * people (154; police 153). */
	if (src >= 0 && !have_own && p->kind == LEX_VERB && !p->passive && r.code != LEX_NONE &&
	    r.code != LEX_CODE_NULL && (!strcmp(lex_code_str(lex, r.code), "154") ||
					!strcmp(lex_code_str(lex, r.code), "153")) &&
	    s->ments[src].code && country_prefix(s->ments[src].code) &&
	    !armed_group(s->ments[src].code) && !civil_role(s->ments[src].code) &&
	    (tgt < 0 || (s->ments[tgt].code && !strncmp(s->ments[tgt].code, s->ments[src].code, 3) &&
			 !civil_role(s->ments[tgt].code))) &&
	    home_deployment(s, p->head)) {
		tgt = -1;
		have_own = home_target(c, s, p, r.last, &s->ments[src], "CVL", &own);
	}
	/* "Medvedev said Moscow would have to use a nuclear weapon if a
	 * Ukrainian counter-offensive succeeded": force, sanctions or a
	 * walk-out that the speaker's own side would carry out on a
	 * condition is a threat, aimed at the other party the sentence
	 * names. */
	if (src >= 0 && p->reporter >= 0 && r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
	    s->ments[p->reporter].code && s->ments[src].code &&
	    !strncmp(s->ments[p->reporter].code, s->ments[src].code, 3) &&
	    (threat = threat_of(lex_code_str(lex, r.code))) &&
	    mode_of(s, preds, i) == DYAD_MODE_CONDITIONAL) {
		if (tgt < 0)
			tgt = other_party(s, p->end + 1, &s->ments[src]);
	} else
		threat = NULL;
	/* "Israel would agree to a pause in fighting if Hamas released more
	 * hostages": an offer on a condition is made to the party whose act
	 * the condition is. */
	if (tgt < 0 && src >= 0 && r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
	    mode_of(s, preds, i) == DYAD_MODE_CONDITIONAL)
		tgt = other_party(s, p->end + 1, &s->ments[src]);
	/* "Slovak Prime Minister Robert Fico was shot by a 71-year-old man",
	 * "Abe was shot dead": an attack on a political figure by no named
	 * actor is an attempt on their life (185) or their assassination
	 * (186) by one of their own state's civilians. */
	/* "were killed when their helicopter crashed": a bare "killed" may
	 * be no attack at all. */
	if (p->kind == LEX_VERB && p->passive && tgt >= 0 && (src < 0 || !placeable(&s->ments[src])) &&
	    !head_is(s, p->head, "kill") &&
	    s->ments[tgt].person && political_role(s->ments[tgt].code) && r.code != LEX_NONE &&
	    r.code != LEX_CODE_NULL && (!strncmp(lex_code_str(lex, r.code), "18", 2) ||
					!strncmp(lex_code_str(lex, r.code), "19", 2))) {
		char *cc = state_role(c, s->ments[tgt].code, "CVL");
		if (cc) {
			size_t dl = 0;
			const char *dt = p->end + 1 < s->n ? tok_text(s, p->end + 1, &dl) : "";
			derived_mention(&attacker, &s->ments[tgt], cc, 0,
					s->toks[p->head].start - s->base, s->toks[p->end].end - s->base);
			attempt = head_is(s, p->head, "assassinate") ||
				  (p->end + 1 < s->n && dl == 4 && !strncasecmp(dt, "dead", 4)) ? "186" : "185";
			src = tgt;
		}
	}
	/* "killed more than 400 patients and their relatives at a maternity
	 * hospital in El Fasher": force on people the lexicon does not know,
	 * named right after the verb, falls on them, not on the place named
	 * after them. */
	if (tgt >= 0 && !have_own && src >= 0 && p->kind == LEX_VERB && !p->passive &&
	    r.target < 0 && r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
	    s->ments[tgt].tok > p->end &&
	    (!strncmp(lex_code_str(lex, r.code), "18", 2) ||
	     !strncmp(lex_code_str(lex, r.code), "19", 2) ||
	     !strncmp(lex_code_str(lex, r.code), "20", 2))) {
		size_t oh = 0;
		if (unknown_object(s, (r.last > p->end ? r.last : p->end) + 1, &oh) == OBJ_PEOPLE &&
		    oh < s->ments[tgt].tok)
			tgt = -1;
	}
	/* "police arrested a 41-year-old man", "released Vadim Krasikov",
	 * "to quell protests by students": people, a protest or a personal
	 * name the lexicon does not know, as the object of a verb, are the
	 * civilians of the state the sentence places them in ("protests by
	 * students": the protesters named). */
	if (tgt < 0 && !have_own && src >= 0 && p->kind == LEX_VERB && !p->passive && r.code != LEX_NONE &&
	    r.code != LEX_CODE_NULL) {
		size_t obj_head = 0, k;
		const char *rc = lex_code_str(lex, r.code);
		int kind = unknown_object(s, (r.last > p->end ? r.last : p->end) + 1, &obj_head);
		const char *state;
		static const char *const on_people[] = { "08", "11", "12", "16", "17", "18", "19",
							 "20", NULL };
		/* A name after "met" or "visited" is more often a place or a
		 * firm; after "arrested", "released", "expelled", "killed",
		 * a person. */
		if (kind == OBJ_NAME && !word_in(rc, 2, on_people))
			kind = OBJ_NONE;
		if (kind == OBJ_PROTEST) {
			k = obj_head + 1;
			if (k + 1 < s->n && (s->info[k].roles & R_BY)) {
				for (k++; k + 1 < s->n && (s->info[k].roles & R_DET) && s->info[k].mention < 0; k++)
					;
				if (s->info[k].mention >= 0 && s->info[k].mention != src) {
					tgt = s->info[k].mention;
					kind = OBJ_NONE;
				}
			}
		}
		if (kind != OBJ_NONE && (state = match_place_state(c, s, (uint32_t)obj_head)) &&
		    country_prefix(state)) {
			char *cc = state_role(c, state, "CVL");
			if (cc) {
				derived_mention(&own, &s->ments[src], cc, kind == OBJ_NAME,
						s->toks[obj_head - (kind == OBJ_NAME)].start - s->base,
						s->toks[obj_head].end - s->base);
				/* its words, for the count before them ("killed
				 * more than 460 patients") */
				own.tok = (uint32_t)(obj_head - (kind == OBJ_NAME));
				own.n_tok = kind == OBJ_NAME ? 2 : 1;
				have_own = 1;
			}
		}
	}
	/* "thousands protested in Tbilisi", "workers went on strike": a protest
	 * by people out of office that names no target is against the
	 * government of their state, or of the state the sentence places it in. */
	if (src >= 0 && tgt >= 0 && own_state(s, tgt, s->ments[src].code) &&
	    !have_own && r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
	    !strncmp(lex_code_str(lex, r.code), "14", 2) && civil_role(s->ments[src].code))
		tgt = -1;       /* "Kenyan protesters marched through Nairobi" */
	if (src >= 0 && tgt < 0 && !have_own && r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
	    !strncmp(lex_code_str(lex, r.code), "14", 2) && civil_role(s->ments[src].code)) {
		const char *sc = s->ments[src].code, *state = NULL;
		if (strlen(sc) >= 3 && country_prefix(sc))
			state = sc;
		else
			state = match_place_state(c, s, p->head);
		if (state && country_prefix(state)) {
			char *cc = state_role(c, state, "GOV");
			if (cc) {
				derived_mention(&own, &s->ments[src], cc, 0,
						s->toks[p->head].start - s->base,
						s->toks[p->end].end - s->base);
				have_own = 1;
			}
		}
	}
	/* "killed dozens of people", "wounded 40 civilians": people a use of
	 * force strikes, with no state of their own, are the civilians of the
	 * state the sentence places them in. */
	if (src >= 0 && tgt >= 0 && !have_own && r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
	    !strcmp(s->ments[tgt].code, "CVL")) {
		const char *rc2 = lex_code_str(lex, r.code), *state;
		if ((!strncmp(rc2, "18", 2) || !strncmp(rc2, "19", 2) || !strncmp(rc2, "20", 2)) &&
		    (state = match_place_state(c, s, s->ments[tgt].tok)) && country_prefix(state)) {
			char *cc = state_role(c, state, "CVL");
			if (cc) {
				own = s->ments[tgt];
				own.code = cc;
				own.actor = LEX_NONE;
				tgt = -1;
				have_own = 1;
			}
		}
	}
	/* "Russian drones struck a school in Kyiv", "troops attacked a convoy
	 * in Ukraine": force on an object no actor names, placed in another
	 * state's town, falls on that state -- on those its facility serves
	 * when the object is one (facility_role). */
	if (src >= 0 && tgt < 0 && !have_own && p->kind == LEX_VERB && !p->passive &&
	    r.code != LEX_NONE && r.code != LEX_CODE_NULL && s->ments[src].code &&
	    (!strncmp(lex_code_str(lex, r.code), "18", 2) ||
	     !strncmp(lex_code_str(lex, r.code), "19", 2))) {
		uint32_t from = (r.last > p->end ? r.last : p->end) + 1;
		int32_t pl = first_in_clause(s, from);
		const struct mention *m = pl >= 0 ? &s->ments[pl] : NULL;
		static const char *const in[] = { "in", "inside", NULL };
		/* "a mosque in northern Nigeria" */
		static const char *const region[] = { "northern", "southern", "eastern", "western",
						      "central", "northeastern", "northwestern",
						      "southeastern", "southwestern", "north-eastern",
						      "north-western", "south-eastern", "south-western",
						      NULL };
		long q = m ? (long)m->tok - 1 : -1;
		while (q > 0 && (((s->info[q].roles & R_DET) && !(s->info[q].roles & R_POSS)) ||
				 word_is_any(s, (size_t)q, region)))
			q--;
		if (m && q > (long)from && word_is_any(s, (size_t)q, in) && m->country &&
		    m->code && strlen(m->code) == 3 && country_prefix(m->code) &&
		    (strncmp(m->code, s->ments[src].code, 3) || armed_group(s->ments[src].code))) {
			const char *role = facility_role(s, from, m);
			char *cc = state_role(c, m->code, role ? role : "");
			if (cc) {
				derived_mention(&own, m, cc, 0, m->start, m->end);
				have_own = 1;
			}
		}
	}
	/* "Protests spread across Iran": a protest that names no one is by
	 * the civilians of the state it is placed in, against its
	 * government (or against the target it names). */
	if (src < 0 && p->governor < 0 && r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
	    !(p->end + 1 < s->n && (s->info[p->end + 1].roles & R_BY)) &&
	    !strncmp(lex_code_str(lex, r.code), "14", 2)) {
		const char *state = match_place_state(c, s, p->head);
		char *sc = state && country_prefix(state) ? arena_alloc(&c->mem, 14) : NULL;
		if (sc) {
			memcpy(sc, state, 3);
			memcpy(sc + 3, "CVL", 4);
			memcpy(sc + 7, state, 3);
			memcpy(sc + 10, "GOV", 4);
			implied_actor(&own_src, s, p->head, sc);
			have_own_src = 1;
			if (!have_own && (tgt < 0 || own_state(s, tgt, sc))) {
				own = own_src;
				tgt = -1;
				own.code = sc + 7;
				have_own = 1;
			}
		}
	}
	/* "troops marched on the capital": a verb that is a protest only by
	 * its class's default is one when people out of office do it. */
	if (src >= 0 && p->kind == LEX_VERB && !r.pat && r.code != LEX_NONE &&
	    r.code != LEX_CODE_NULL && !strncmp(lex_code_str(lex, r.code), "14", 2) &&
	    !civil_role(s->ments[src].code)) {
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": a protest verb whose subject is not a civilian role",
				     (int)hlen, htext);
		return 0;
	}
	/* "captured the border town of Jarablus from Islamic State", "wrested
	 * control of the town from the rebels": the side a place is taken
	 * from, named after "from" in the clause, is the target of its
	 * capture (192), not the place. */
	if (src >= 0 && p->kind == LEX_VERB && !p->passive && r.target < 0 && r.code != LEX_NONE &&
	    r.code != LEX_CODE_NULL && !strcmp(lex_code_str(lex, r.code), "192")) {
		size_t j;
		for (j = p->end + 1; j + 1 < s->n && j < p->end + 16u; j++) {
			int32_t m = s->info[j].mention;
			if (clause_break(s, j) || (s->info[j].verb && m < 0))
				break;
			if (m >= 0 && s->ments[m].after_prep && (s->ments[m].prep_roles & R_FROM) &&
			    s->ments[m].group != s->ments[src].group) {
				tgt = m;
				break;
			}
		}
	}
	/* "M23 rebels seized two towns in the east": a capture (192) that
	 * names no holder is aimed at the state the places lie in, named in
	 * its clause or else placed by the sentence, unless that is the
	 * captor's own ("federal troops retook the town": its holder is
	 * unnamed). */
	if (src >= 0 && tgt < 0 && !have_own && p->kind == LEX_VERB && r.code != LEX_NONE &&
	    r.code != LEX_CODE_NULL && !strcmp(lex_code_str(lex, r.code), "192")) {
		const char *state = act_state(c, s, p);
		char *cc;
		/* rebels take their own state's towns from it */
		if (state && country_prefix(state) && s->ments[src].code &&
		    (strncmp(s->ments[src].code, state, 3) || armed_group(s->ments[src].code)) &&
		    (cc = state_role(c, state, ""))) {
			implied_actor(&own, s, p->head, cc);
			have_own = 1;
		}
	}
	/* "stormed a hotel in Mali's capital and took about 170 guests and
	 * staff hostage": a seizure of people (181) who go unnamed falls on
	 * the civilians of the state its clause places it in, else of the
	 * place the sentence names. */
	if (src >= 0 && tgt < 0 && !have_own && p->kind == LEX_VERB && r.code != LEX_NONE &&
	    r.code != LEX_CODE_NULL && !strcmp(lex_code_str(lex, r.code), "181")) {
		const char *state = act_state(c, s, p);
		char *cc = state && country_prefix(state) ? state_role(c, state, "CVL") : NULL;
		if (cc) {
			implied_actor(&own, s, p->head, cc);
			have_own = 1;
		}
	}
	/* "The Syrian air force used sarin in attacks on the village of X":
	 * mass violence (20x, not nuclear) by those who can wage it that
	 * names no victim falls on the civilians of the state its clause
	 * places it in, else of the source's own state (not the dateline's:
	 * "THE HAGUE -"); "parliament banned the slaughter of dogs" is no
	 * massacre. */
	/* (so does a noun whose pattern names its source: "Sudan's RSF had
	 * committed genocide") */
	if (src >= 0 && tgt < 0 && !have_own && (p->kind == LEX_VERB || r.source >= 0) &&
	    r.code != LEX_NONE &&
	    r.code != LEX_CODE_NULL && !strncmp(lex_code_str(lex, r.code), "20", 2) &&
	    strcmp(lex_code_str(lex, r.code), "2042") && can_use_force(s->ments[src].code)) {
		const char *state = clause_state_after(s, p);
		char *cc;
		if (!state && country_prefix(s->ments[src].code))
			state = s->ments[src].code;
		if (!state)
			state = match_place_state(c, s, p->head);
		cc = state && country_prefix(state) ? state_role(c, state, "CVL") : NULL;
		if (cc) {
			implied_actor(&own, s, p->head, cc);
			have_own = 1;
		}
	}
	/* "A truck bomb exploded at a busy junction in Mogadishu", "two car
	 * bombs went off at the education ministry": a bomb the pattern names
	 * before the verb, with no one named behind it, is the work of
	 * unidentified bombers (---INS), aimed at what the clause names next,
	 * a place included, else at the civilians of the sentence's state
	 * (emit_one makes a bare state its civilians). */
	if (src < 0 && !have_own_src && p->kind == LEX_VERB && !p->passive && r.pat &&
	    lex->elems.v[r.pat->el_off].kind != LEX_EL_HEAD && r.code != LEX_NONE &&
	    r.code != LEX_CODE_NULL && !strncmp(lex_code_str(lex, r.code), "18", 2)) {
		const char *state;
		implied_actor(&own_src, s, p->head, "---INS");
		have_own_src = 1;
		if (r.target < 0)
			tgt = first_in_clause(s, r.last + 1);
		if (tgt < 0 && !have_own && (state = match_place_state(c, s, p->head)) &&
		    country_prefix(state)) {
			char *cc = state_role(c, state, "CVL");
			if (cc) {
				implied_actor(&own, s, p->head, cc);
				have_own = 1;
			}
		}
	}
	/* "..., a claim Pakistan dismissed as an illusion", "a finding
	 * Israel rejected as false": a claim rejected in a clause hung on it
	 * is denied (016) to whoever made it, the subject of the clause the
	 * claim sums up. */
	if (tgt < 0 && !have_own && src >= 0 && p->kind == LEX_VERB &&
	    (p->vroles & (V_REACT | V_DENY)) && s->ments[src].tok > 0 &&
	    claim_noun(s, s->ments[src].tok - 1) && s->ments[src].code) {
		size_t k;
		for (k = 0; k < n && tgt < 0; k++)
			if (k != i && preds[k].kind == LEX_VERB && preds[k].subject >= 0 &&
			    preds[k].head < s->ments[src].tok && s->ments[preds[k].subject].code &&
			    strncmp(s->ments[preds[k].subject].code, s->ments[src].code, 3))
				tgt = preds[k].subject;
		claim_denied = tgt >= 0;
	}
	/* "Tanzanian opposition leader Tundu Lissu was charged with
	 * treason", "Trump was indicted on Friday": a charge, indictment,
	 * conviction or sentence told in the passive with no agent is the
	 * act of the courts of the accused's state. */
	if (src < 0 && !have_own_src && p->kind == LEX_VERB && p->passive && p->by_agent < 0 &&
	    tgt >= 0 && !have_own && r.code != LEX_NONE && r.code != LEX_CODE_NULL &&
	    !(p->group > 0 && is_relative(s, p->group - 1)) &&
	    (!strcmp(lex_code_str(lex, r.code), "173") || !strcmp(lex_code_str(lex, r.code), "116")) &&
	    s->ments[tgt].code && country_prefix(s->ments[tgt].code) &&
	    (head_is(s, p->head, "charg") || head_is(s, p->head, "indict") ||
	     head_is(s, p->head, "convict") || head_is(s, p->head, "sentenc") ||
	     head_is(s, p->head, "prosecut"))) {
		char *cc = state_role(c, s->ments[tgt].code, "JUD");
		if (cc) {
			implied_actor(&own_src, s, p->head, cc);
			have_own_src = 1;
		}
	}
	if ((src < 0 && !have_own_src) || (tgt < 0 && !have_own)) {
		if (TRACING(c))
			coder_tracef(c, "  %s \"%.*s\" (%s): not coded: no %s",
				     p->kind == LEX_VERB ? "verb" : "noun", (int)hlen, htext,
				     r.code != LEX_NONE ? lex_code_str(lex, r.code) : "---",
				     src < 0 && tgt < 0 ? "source and no target" :
				     src < 0 ? "source" : "target");
		return 0;
	}
	/* "cut diplomatic relations with Morocco, accusing its neighbour of
	 * hostile actions", "suspended aid, accusing Islamabad of": an
	 * accusation given as the grounds of a punitive act (12-20) the
	 * clause before it takes against the same party is part of that act;
	 * "ruled out sending missiles to Ukraine, rejecting Kyiv's requests"
	 * restates it (a demand, rebuke, refusal or threat: 10-13; acts of
	 * force joined so are distinct, "launched an offensive, overrunning
	 * army posts").  Against another party ("declared martial law,
	 * accusing parliament of") it is an event of its own. */
	if (p->anchor >= 0 && !have_own && !have_own_src && pred_code(lex, p)) {
		const char *pc = pred_code(lex, p);
		const char *tc = s->ments[tgt].code;
		int32_t an = p->anchor;
		size_t k;
		/* "ordered 45 Russian diplomats to leave, accusing Moscow":
		 * the act is the infinitive's governing verb */
		while (preds[an].infinitive && preds[an].matrix >= 0 && preds[an].matrix < an)
			an = preds[an].matrix;
		for (k = 0; k < e->n_seen; k++) {
			const struct dyad_event *o = &e->seen[k];
			/* the same party: the same code, or for an accusation
			 * the same state ("cut off funding to South Africa,
			 * accusing its government") */
			int same = !strcmp(o->target.code, tc) ||
				   (!strncmp(pc, "112", 3) && country_prefix(o->target.code) &&
				    country_prefix(tc) && !strncmp(o->target.code, tc, 3) &&
				    strncmp(o->source.code, tc, 3));
			/* and the same actor, or for an accusation one of the
			 * same state among its sources ("the juntas of Niger,
			 * Mali and Burkina Faso were withdrawing their countries
			 * from ECOWAS, accusing it") */
			const struct mention *sm[8];
			size_t nsm = !strncmp(pc, "112", 3) ? group_members(s, src, sm, 8) : 0, q;
			int same_src = !strcmp(o->source.code, s->ments[src].code);
			for (q = 0; q < nsm && !same_src; q++)
				same_src = sm[q]->code && country_prefix(sm[q]->code) &&
					   !strncmp(sm[q]->code, o->source.code, 3);
			if (o->trigger.start >= s->toks[preds[an].group].start - s->base &&
			    o->trigger.start < s->toks[p->head].start - s->base &&
			    ((!strncmp(pc, "112", 3) && strcmp(o->root, "12") >= 0) ||
			     (!strncmp(o->root, pc, 2) && strcmp(pc, "14") < 0 && strcmp(pc, "10") >= 0)) &&
			    same_src && same) {
				if (TRACING(c))
					coder_tracef(c, "  verb \"%.*s\": the grounds or a restatement "
						     "of the act before it, not an event",
						     (int)hlen, htext);
				return 0;
			}
		}
	}
	/* the grounds of the main clause's act on its own subject */
	if (rel_main >= 0 && !have_own && tgt >= 0 && s->ments[tgt].code &&
	    s->ments[rel_main].code && country_prefix(s->ments[tgt].code) &&
	    !strncmp(s->ments[tgt].code, s->ments[rel_main].code, 3)) {
		if (TRACING(c))
			coder_tracef(c, "  %s \"%.*s\": a relative clause on the object telling what "
				     "it did to the subject, not coded",
				     p->kind == LEX_VERB ? "verb" : "noun", (int)hlen, htext);
		return 0;
	}
	if (attack_result(e, p)) {
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": what the attack before it did, not an act of its own",
				     (int)hlen, htext);
		return 0;
	}
	if (in_condition(s, preds, n, p)) {
		if (TRACING(c))
			coder_tracef(c, "  %s \"%.*s\": the condition of a threat or offer, not an act",
				     p->kind == LEX_VERB ? "verb" : "noun", (int)hlen, htext);
		return 0;
	}
	mode = mode_of(s, preds, i);
	/* "[:110]" in a legacy dictionary codes only the reverse event. */
	code = r.code != LEX_NONE && r.code != LEX_CODE_NULL ? lex_code_str(lex, r.code) : NULL;
	if (claim_denied && code)
		code = "016";
	code2 = r.code2 != LEX_NONE && r.code2 != LEX_CODE_NULL ? lex_code_str(lex, r.code2) : NULL;
	if (attempt) {
		code = attempt;
		code2 = NULL;
	}
	if (bombing && code && (!strncmp(code, "18", 2) || !strncmp(code, "19", 2))) {
		code = bombing;
		code2 = NULL;
	}
	/* "drove Ukrainian troops out of Kursk": driving out forces, not
	 * people, is a battle won, not their displacement */
	if (code && !strcmp(code, "201") && !have_own && tgt >= 0 && s->ments[tgt].code &&
	    !soft_target(s->ments[tgt].code) && strcmp(s->ments[tgt].code, "CVL") &&
	    !head_is(s, p->head, "deport"))
		code = "190";
	/* force of no stated kind whose source is a weapon or aircraft
	 * is of that weapon's kind */
	if (code && !strcmp(code, "190") && !have_own_src && src >= 0 && !attempt) {
		const char *w = source_weapon(s, &s->ments[src]);
		if (w)
			code = w;
	}
	/* force on a state's place falls on those the place serves */
	if (code && !strncmp(code, "19", 2) && tgt >= 0 && !have_own && !pair_sides && !reciprocal &&
	    !attempt && s->ments[tgt].country && s->ments[tgt].code &&
	    strlen(s->ments[tgt].code) == 3 && country_prefix(s->ments[tgt].code) &&
	    s->ments[tgt].tok > p->end) {
		const char *role = facility_role(s, p->end + 1, &s->ments[tgt]);
		char *cc = role ? state_role(c, s->ments[tgt].code, role) : NULL;
		if (cc) {
			derived_mention(&own, &s->ments[tgt], cc, 0, s->ments[tgt].start,
					s->ments[tgt].end);
			have_own = 1;
		}
	}
	if (code && p->kind == LEX_VERB && (!strncmp(code, "18", 2) || !strncmp(code, "19", 2)) &&
	    chemical_means(s, p, tgt >= 0 && !have_own && s->ments[tgt].tok > r.last ?
			   s->ments[tgt].tok : r.last)) {
		code = "2041";
		code2 = NULL;
	}
	/* "would be willing to meet Zelensky if the Ukrainian leader came
	 * to Moscow": an offer on a condition is the meeting itself,
	 * conditional, not a bare intent (036). */
	if (code && !strcmp(code, "036") && mode == DYAD_MODE_CONDITIONAL)
		code = "040";
	/* "warned of serious consequences if the tanker was not released":
	 * a threat is made, whatever it hangs on */
	if (code && !strncmp(code, "13", 2) && mode == DYAD_MODE_CONDITIONAL)
		mode = DYAD_MODE_ASSERTED;
	/* "agreed to impose sanctions": a conflictual act agreed on is
	 * still to come.  A cooperative one is an intent (03x), done in the
	 * agreeing ("agreed to resume talks"), and what a vote decides
	 * ("voted to impeach") is done by the vote. */
	if (code && p->agreed && mode == DYAD_MODE_ASSERTED && strncmp(code, "10", 2) >= 0)
		mode = DYAD_MODE_PLANNED;
	if (threat) {
		size_t k;
		/* "threatened that North Korea would shoot down U.S. planes":
		 * the threat is coded already; the act it names is not. */
		for (k = 0; k < e->n_seen; k++)
			if (e->seen[k].root && !strcmp(e->seen[k].root, "13")) {
				if (TRACING(c))
					coder_tracef(c, "  %s \"%.*s\": what a threat coded before names, not an act",
						     p->kind == LEX_VERB ? "verb" : "noun", (int)hlen, htext);
				return 0;
			}
		code = threat;
		code2 = NULL;
		mode = DYAD_MODE_ASSERTED;
	}
	/* "blocked roads to demand the resignation of the attorney
	 * general", "stormed the residence, demanding that he resign": a
	 * protest (14y, or force by civilians: 145) for a change of leader,
	 * policy, rights or institutions (104z) is coded as one (14yz). */
	if (code && strlen(code) == 3) {
		size_t k;
		const char *dc;
		for (k = 0; k < n; k++)
			if (protest_of(lex, s, preds, &preds[k]) == (long)i &&
			    (dc = pred_code(lex, &preds[k])) && strlen(dc) == 4 &&
			    !strncmp(dc, "104", 3) && dc[3] >= '1' && dc[3] <= '4') {
				char *pc = arena_alloc(&c->mem, 5);
				if (pc) {
					memcpy(pc, strncmp(code, "14", 2) || code[2] < '1' || code[2] > '5' ?
						   "145" : code, 3);
					pc[3] = dc[3];
					pc[4] = '\0';
					code = pc;
				}
				break;
			}
	}
	if (TRACING(c))
		coder_tracef(c, "  %s \"%.*s\" -> %s%s%s, source \"%.*s\", target \"%.*s\"%s%s",
			     p->kind == LEX_VERB ? "verb" : "noun", (int)hlen, htext, code ? code : "---",
			     code2 ? ":" : "", code2 ? code2 : "",
			     (int)(have_own_src ? own_src.end - own_src.start :
				   s->ments[src].end - s->ments[src].start),
			     have_own_src ? s->text + own_src.start : s->text + s->ments[src].start,
			     (int)(have_own ? 0 : s->ments[tgt].end - s->ments[tgt].start),
			     have_own ? "" : s->text + s->ments[tgt].start,
			     p->passive ? ", passive" : have_own ? ", its own state" : "",
			     r.pat ? "" : ", class default");
	if (have_own_src) {
		srcs[0] = &own_src;
		ns = 1;
	} else
		ns = group_members(s, src, srcs, 8);
	if (pair_sides) {
		srcs[0] = tgts[0] = &s->ments[src];
		srcs[1] = tgts[1] = &s->ments[tgt];
		ns = nt = 2;
	} else if (have_own) {
		tgts[0] = &own;
		nt = 1;
		while (nt < n_doers)
			tgts[nt] = &more_own[nt - 1], nt++;
	} else
		nt = group_members(s, tgt, tgts, 8);
	if (attempt) {
		srcs[0] = &attacker;
		tgts[0] = &s->ments[tgt];
		ns = nt = 1;
	}
	if (!have_own && !pair_sides && !reciprocal && !attempt && p->kind == LEX_VERB) {
		const struct mention *t = &s->ments[tgt];
		int32_t w = along_with(s, t->tok + t->n_tok);
		if (w >= 0 && (have_own_src || s->ments[w].group != s->ments[src].group))
			nt += group_members(s, w, tgts + nt, 8 - nt);
	}
	/* "tariffs of 25 percent on Mexico and Canada and 10 percent on
	 * goods from China": a measure's further rate, after "and", falls
	 * on the party named with it. */
	if (!have_own && !pair_sides && !reciprocal && !attempt && nt > 0 && nt < 8 && code &&
	    !strncmp(code, "16", 2)) {
		size_t j = tgts[nt - 1]->tok + tgts[nt - 1]->n_tok, k;
		if (j + 3 < s->n && tgts[nt - 1]->tok > p->head && (s->info[j].roles & R_CONJ) &&
		    (s->toks[j + 1].flags & TOK_NUM) &&
		    (head_is(s, j + 2, "percent") || is_punct(s, j + 2, '%')))
			for (k = j + 3; k < s->n && k < j + 10; k++) {
				if (clause_break(s, k) || s->info[k].verb)
					break;
				if (s->info[k].mention >= 0) {
					int32_t w = s->info[k].mention;
					if (src < 0 || s->ments[w].group != s->ments[src].group)
						nt += group_members(s, w, tgts + nt, 8 - nt);
					break;
				}
			}
	}
	/* "Mali, Burkina Faso and Niger signed a treaty": a pattern's "$ and
	 * +" that picks the last two of a longer list makes every member a
	 * party, each to each; the ordered pairs cover both directions. */
	if (!have_own && !have_own_src && !pair_sides && !attempt && !reciprocal && code2 &&
	    r.source >= 0 && r.target >= 0 && s->ments[src].group == s->ments[tgt].group &&
	    !s->ments[src].pair && ns >= 3) {
		nt = group_members(s, src, tgts, 8);
		reciprocal = 1;
		code2 = NULL;
	}
	/* A pair like "Trump-Kim" is one group: split it into its sides. */
	if (!have_own && !have_own_src && !pair_sides && !attempt &&
	    s->ments[src].group == s->ments[tgt].group &&
	    !reciprocal) {
		srcs[0] = &s->ments[src];
		tgts[0] = &s->ments[tgt];
		ns = nt = 1;
	}
	/* "met al-Sharaa in Riyadh", "held talks in Oslo": a meeting in a
	 * state none of its parties belongs to is one at a third location
	 * (044); negotiations keep their own, more telling code (046). */
	if (code && !strcmp(code, "040") && !have_own && !have_own_src && !attempt) {
		const char *at = meeting_state(c, s, p, mode == DYAD_MODE_ASSERTED);
		if (at && foreign_to_all(at, srcs, ns) && foreign_to_all(at, tgts, nt)) {
			if (TRACING(c))
				coder_tracef(c, "    held in %.3s, the home of none of its parties: 044", at);
			code = "044";
			if (code2 && !strcmp(code2, "040"))
				code2 = "044";
		}
	}
	/* "deported 40 Uyghur men to China", "deported 1,086 people to
	 * Myanmar": the people handed to a state (063) are also expelled
	 * (174): those named, else that state's civilians. */
	if (code && !strcmp(code, "063") && p->kind == LEX_VERB && head_is(s, p->head, "deport") &&
	    !have_own && !pair_sides && !reciprocal && nt > 0 && tgts[0]->tok > p->end) {
		size_t j;
		deport = 1;
		for (j = p->end + 1; j < tgts[0]->tok && !deportee; j++)
			if (s->info[j].mention >= 0 && s->ments[s->info[j].mention].code &&
			    strlen(s->ments[s->info[j].mention].code) >= 6 &&
			    country_prefix(s->ments[s->info[j].mention].code))
				deportee = &s->ments[s->info[j].mention];
	}
	/* "switched diplomatic recognition from Taiwan to China": the state
	 * a recognition (054) turns from, named after "from" before its
	 * target, loses it (161). */
	if (code && !strcmp(code, "054") && !have_own && !pair_sides && !reciprocal && nt > 0 &&
	    tgts[0]->tok > p->end) {
		size_t j;
		for (j = p->end + 1; j + 1 < tgts[0]->tok && !dropped; j++)
			if ((s->info[j].roles & R_FROM) && s->info[j + 1].mention >= 0) {
				const struct mention *m = &s->ments[s->info[j + 1].mention];
				if (m->code && tgts[0]->code && country_prefix(m->code) &&
				    strncmp(m->code, tgts[0]->code, 3))
					dropped = m;
			}
	}
	for (a = 0; a < ns && !e->stop; a++)
		for (b = 0; b < nt && !e->stop; b++) {
			const struct mention *rep = p->reporter >= 0 ? &s->ments[p->reporter] : NULL;
			if (reciprocal && a == b)
				continue;
			/* "North Korea rejected a Trump-Kim summit": the target
			 * is the side of the pair that is not the source's. */
			if (tgts[b]->pair && nt > 1 && srcs[a]->code && tgts[b]->code &&
			    !strncmp(srcs[a]->code, tgts[b]->code, 3))
				continue;
			if (code && emit_one(e, p, srcs[a], tgts[b], rep, code, mode))
				return e->stop;
			if (code2 && emit_one(e, p, tgts[b], srcs[a], rep, code2, mode))
				return e->stop;
			if (deportee && b == 0 && emit_one(e, p, srcs[a], deportee, rep, "174", mode))
				return e->stop;
			if (dropped && b == 0 && emit_one(e, p, srcs[a], dropped, rep, "161", mode))
				return e->stop;
			if (deport && !deportee && country_prefix(tgts[b]->code)) {
				char *cc = state_role(c, tgts[b]->code, "CVL");
				struct mention d;
				if (!cc)
					continue;
				derived_mention(&d, tgts[b], cc, 0, tgts[b]->start, tgts[b]->end);
				if (emit_one(e, p, srcs[a], &d, rep, "174", mode))
					return e->stop;
			}
		}
	return e->stop;
}

/* ---- the memo across sentences --------------------------------------- */

/* "al-Assad", "el-Sisi", "ad-Din": an article prefix before a name. */
static int al_prefixed(const struct sent *s, size_t t)
{
	size_t len;
	const char *x = tok_text(s, t, &len);

	return len > 4 && x[2] == '-' && (x[0] == 'a' || x[0] == 'A' || x[0] == 'e' ||
					  x[0] == 'E') && x[3] >= 'A' && x[3] <= 'Z';
}

static uint32_t al_name_hash(const struct sent *s, size_t t, uint32_t *len)
{
	char f[256];
	size_t n;
	const char *x = tok_text(s, t, &n);

	n = lex_fold(x + 3, n - 3, f, sizeof(f));
	*len = (uint32_t)n;
	return strmap_hash(f, n);
}

static int rank(const struct mention *m)
{
	return m->subject ? 3 : m->after_prep ? 1 : 2;
}

static void memo_update(struct dyad_coder *c, struct sent *s)
{
	struct memo *mo = &c->memo;
	size_t i;
	int best_rank = 0, best_person_rank = 0;

	for (i = 0; i < s->n_ments; i++) {
		const struct mention *m = &s->ments[i];
		if (!m->code)
			continue;
		/* The states named, for the article's home state. */
		if (m->kind == M_NAME && strlen(m->code) >= 3 && m->code[0] >= 'A' &&
		    m->code[0] <= 'Z' && strncmp(m->code, "IGO", 3) &&
		    strncmp(m->code, "NGO", 3) && strncmp(m->code, "IMG", 3)) {
			size_t k;
			for (k = 0; k < mo->n_states && strncmp(mo->states[k].code, m->code, 3); k++)
				;
			if (k == mo->n_states && k < sizeof(mo->states) / sizeof(mo->states[0])) {
				memcpy(mo->states[k].code, m->code, 3);
				mo->states[k].code[3] = '\0';
				mo->states[k].n = 0;
				mo->n_states++;
			}
			if (k < mo->n_states)
				mo->states[k].n++;
		}
		if (m->person) {
			/* The subject is who "he" or "she" most likely is next. */
			if (rank(m) >= best_person_rank) {
				best_person_rank = rank(m);
				mo->last_person = *m;
				mo->have_person = 1;
				mo->last_person_sent = s->index;
			}
			/* Remember the surname and the given name alone. */
			if ((m->kind == M_NAME || m->kind == M_AGENT) && m->n_tok >= 2 &&
			    mo->n_people + 2 <= 64) {
				uint32_t t;
				for (t = m->tok; t < m->tok + m->n_tok; t++) {
					if ((!(s->toks[t].flags & TOK_CAP) && !al_prefixed(s, t)) ||
					    s->info[t].roles)
						continue;
					mo->people[mo->n_people].hash =
						match_name_hash(s, t, &mo->people[mo->n_people].len);
					/* "Bashar al-Assad" is "Assad" later on. */
					if (mo->n_people + 2 <= 64 && al_prefixed(s, t)) {
						mo->people[mo->n_people + 1] = mo->people[mo->n_people];
						mo->people[mo->n_people + 1].hash =
							al_name_hash(s, t, &mo->people[mo->n_people + 1].len);
						mo->people[mo->n_people + 1].actor = m->actor;
						mo->people[mo->n_people + 1].code = m->code;
						mo->people[mo->n_people + 1].person = 1;
						mo->n_people++;
					}
					mo->people[mo->n_people].actor = m->actor;
					mo->people[mo->n_people].person = 1;
					/* The code outlives the sentence: it lives in
					 * the lexicon or the article's arena. */
					mo->people[mo->n_people].code = m->code;
					mo->n_people++;
					if (mo->n_people == 64)
						break;
				}
			}
		} else {
			size_t len = m->end - m->start;
			const char *t = s->text + m->start;
			int plural = len > 1 && t[len - 1] == 's' && m->kind == M_AGENT;
			if (plural) {
				mo->last_group = *m;
				mo->have_group = 1;
				mo->last_group_sent = s->index;
			} else if (m->kind == M_NAME && rank(m) >= best_rank) {
				/* "it" is a state or an organisation: a subject
				 * outranks a later object, and an object of a verb
				 * one of a preposition. */
				best_rank = rank(m);
				mo->last_thing = *m;
				mo->have_thing = 1;
				mo->last_thing_sent = s->index;
			}
		}
	}
}

/* ---- trace ------------------------------------------------------------ */

static void trace_sentence(struct dyad_coder *c, struct sent *s)
{
	size_t i;

	buf_reset(&c->tbuf);
	buf_adds(&c->tbuf, "  tokens:");
	for (i = 0; i < s->n; i++) {
		size_t len;
		const char *t = tok_text(s, i, &len);
		const struct tokinfo *ti = &s->info[i];
		buf_printf(&c->tbuf, " %.*s", (int)len, t);
		if (ti->vlemma != LEX_NONE && ti->vlemma != ti->word)
			buf_printf(&c->tbuf, "/v:%s", lex_word_str(c->lex, ti->vlemma));
		else if (ti->nlemma != LEX_NONE && ti->nlemma != ti->word)
			buf_printf(&c->tbuf, "/n:%s", lex_word_str(c->lex, ti->nlemma));
	}
	c->trace(c->tbuf.data, c->tbuf.len, c->trace_ctx);
	for (i = 0; i < s->n_ments; i++) {
		const struct mention *m = &s->ments[i];
		coder_tracef(c, "  actor: \"%.*s\" [%u,%u) %s (%s%s)", (int)(m->end - m->start),
			     s->text + m->start, m->start, m->end, m->code ? m->code : "-",
			     m->how, m->after_prep ? ", after a preposition" : "");
	}
}

/* ---- sentence and article -------------------------------------------- */

/* Whether p's pattern names, before its head, a word that stands as a
 * negation inside p's verb group ("not" in "would not rule out"). */
static int pattern_names_negation(const dyad_lexicon *lex, const struct sent *s,
				  const struct pred *p)
{
	const struct lex_elem *el = &lex->elems.v[p->r.pat->el_off];
	size_t h, j;

	for (h = 0; h < p->r.pat->n_el && el[h].kind != LEX_EL_HEAD; h++)
		if (el[h].kind == LEX_EL_WORD)
			for (j = p->group; j < p->head; j++)
				if ((s->info[j].roles & R_NEG) && word_at(s, j, &el[h]))
					return 1;
	return 0;
}

/* Whether a word of p's pattern, or a phrase of one of its sets, starts
 * at token j. */
static int pattern_names_word(const dyad_lexicon *lex, const struct sent *s,
			      const struct pred *p, size_t j)
{
	const struct lex_elem *el = &lex->elems.v[p->r.pat->el_off];
	size_t k, last;

	for (k = 0; k < p->r.pat->n_el; k++)
		if ((el[k].kind == LEX_EL_WORD && word_at(s, j, &el[k])) ||
		    (el[k].kind == LEX_EL_SYNSET && synset_at(lex, s, j, el[k].id, &last)))
			return 1;
	return 0;
}

static int code_sentence(struct dyad_coder *c, struct sent *s, struct emit_ctx *e,
			 int *story_discard)
{
	static const char *const no_word[] = { "no", NULL };
	struct pred preds[MAX_PREDS];
	struct when_tok wt[SEG_MAX_TOKENS];
	size_t n, i;
	int rc;

	if ((rc = match_annotate(c, s)))
		return rc;
	if (TRACING(c))
		coder_tracef(c, "sentence %u: %.*s", s->index, (int)s->len, s->text);
	if (match_discard(c, s, story_discard))
		return DYAD_OK;
	mark_conditions(s);
	if ((rc = match_mentions(c, s)))
		return rc;
	if (TRACING(c))
		trace_sentence(c, s);
	n = find_preds(c, s, preds);
	analyse_clauses(c, s, preds, n);
	e->s = s;
	e->n_seen = 0;
	for (i = 0; i < s->n && i < SEG_MAX_TOKENS; i++) {
		wt[i].s = s->text + (s->toks[i].start - s->base);
		wt[i].len = s->toks[i].end - s->toks[i].start;
	}
	e->n_dates = when_find(wt, i, s->pub, e->dates, 8);
	if (n == 0 && TRACING(c))
		coder_tracef(c, "  no verb or trigger noun the dictionaries know");
	for (i = 0; i < n; i++) {
		struct pred *p = &preds[i];
		p->chosen = p->n_heads ? (int8_t)choose(c, s, p, &p->r) : 0;
		/* "would not rule out a military option" (not * &b_force): a
		 * negation the pattern names is part of the act, not its mode */
		if (p->chosen == 1 && p->r.pat && (p->group_roles & R_NEG) &&
		    pattern_names_negation(c->lex, s, p))
			p->group_roles &= ~(uint32_t)R_NEG;
		/* "offered no apology", "made no concessions": an act whose
		 * object is none, unless the pattern says "no" ("made no
		 * comment" is the act of declining) */
		if (p->chosen == 1 && p->kind == LEX_VERB && p->end + 1 < s->n &&
		    word_is_any(s, p->end + 1, no_word) &&
		    !(p->r.pat && pattern_names_word(c->lex, s, p, p->end + 1)))
			p->neg = 1;
	}
	/* A head inside another's matched pattern is that pattern's word:
	 * "willingness to meet Kim" codes once, as the noun's pattern says. */
	for (i = 0; i < n; i++) {
		size_t k;
		/* a head inside another's pattern has no pattern of its own
		 * to reach further ("agreed to a ceasefire ... at talks in
		 * Doha": the ceasefire's "in +" does not swallow the talks) */
		if (preds[i].chosen <= 0 || !preds[i].r.pat || preds[i].r.last <= preds[i].end ||
		    preds[i].inside)
			continue;
		for (k = 0; k < n; k++)
			if (k != i && preds[k].head > preds[i].end && preds[k].head <= preds[i].r.last)
				preds[k].inside = 1;
	}
	/* Nouns first: they mark the light verbs they stand under. */
	for (i = 0; i < n && !e->stop; i++)
		if (preds[i].kind == LEX_NOUN)
			code_pred(e, preds, n, i);
	for (i = 0; i < n && !e->stop; i++)
		if (preds[i].kind == LEX_VERB)
			code_pred(e, preds, n, i);
	memo_update(c, s);
	return e->stop;
}

int dyad_code(dyad_coder *c, const struct dyad_article *art,
	      dyad_event_fn fn, void *ctx, dyad_error *err)
{
	struct segmentation seg;
	struct emit_ctx e;
	char *text;
	size_t len, bad = 0, i;
	int rc, story = 0;

	arena_reset(&c->mem);
	memset(&c->memo, 0, sizeof(c->memo));
	/* The dictionaries are English: another language is read and kept,
	 * but not coded. */
	if (art->language && art->language[0] && strcmp(art->language, "en")) {
		c->n_skipped++;
		if (TRACING(c))
			coder_tracef(c, "not coded: the article is in \"%s\", not English",
				     art->language);
		return DYAD_OK;
	}
	rc = norm_text(art->text, art->text_len, &c->mem, &text, &len, &bad, err);
	if (rc)
		return rc;
	rc = seg_split(text, len, &c->mem, &seg);
	if (rc)
		return dyad_fail(err, rc, "out of memory segmenting the article");
	memset(&e, 0, sizeof(e));
	e.c = c;
	e.fn = fn;
	e.ctx = ctx;
	/* A dateline belongs to no sentence, but names the home state. */
	if (seg.n_sentences && seg.sentences[0].tok > 0) {
		struct sent s;

		memset(&s, 0, sizeof(s));
		s.art = art;
		s.text = text + seg.tokens[0].start;
		s.len = seg.tokens[seg.sentences[0].tok - 1].end - seg.tokens[0].start;
		s.base = seg.tokens[0].start;
		s.doc_len = len;
		s.toks = seg.tokens;
		s.n = seg.sentences[0].tok;
		s.pub = art->date;
		if ((rc = match_dateline(c, &s)))
			return dyad_fail(err, rc, "out of memory reading the dateline");
	}
	for (i = 0; i < seg.n_sentences && !story; i++) {
		const struct sentence *se = &seg.sentences[i];
		struct sent s;

		memset(&s, 0, sizeof(s));
		s.art = art;
		s.index = (uint32_t)i;
		s.text = text + se->start;
		s.len = se->end - se->start;
		s.base = se->start;
		s.doc_len = len;
		s.toks = seg.tokens + se->tok;
		s.n = se->n_tok;
		s.pub = art->date;
		c->n_sentences++;
		rc = code_sentence(c, &s, &e, &story);
		if (rc < 0)
			return dyad_fail(err, rc, "out of memory coding sentence %zu", i);
		if (rc)
			return rc;      /* the callback asked to stop */
		if (story && TRACING(c))
			coder_tracef(c, "  the rest of the article is discarded");
	}
	return DYAD_OK;
}
