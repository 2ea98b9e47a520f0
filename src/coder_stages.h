/*
 * coder_stages.h - what the coder's stages share.
 *
 * coder.c runs each sentence through its stages in order: predicate.c
 * finds the predicates, clause.c gives them subjects, reporters and the
 * predicates they hang on, pattern.c picks each one's code and target
 * from the lexicon, act.c decides who did what to whom, mode.c says
 * whether it was done, planned, conditional, denied or guessed at, and
 * event.c dates, checks and emits each event.  This header holds the
 * types they pass along, their entry points, and the small tests of
 * tokens and actor codes that every stage asks.
 */
#ifndef DYAD_CODER_STAGES_H
#define DYAD_CODER_STAGES_H

#include "coder_int.h"
#include "when.h"

#define MAX_PREDS 64            /* predicates in one sentence */

/* The pattern a predicate matched: its codes, and the mentions its '+'
 * and '$' reached. */
struct match_result {
	const struct lex_head *head;
	const struct lex_pattern *pat;  /* NULL: the class default */
	uint32_t code, code2;
	int32_t target, source;         /* mentions from '+' and '$', or -1 */
	uint32_t last;                  /* last token the pattern matched */
	uint8_t to_place;               /* a visit's (042): a place-only name
					 * may be its target ("flew to Alaska") */
};

/* A word that may code an event, and what the stages learn about it. */
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
	uint8_t neg_subject;            /* neg only for its subject of "no": "No
					 * agreement was signed" (not its nouns) */
	uint8_t has_complement;         /* a speech verb with a clause after it */
	uint8_t consumed;               /* its noun object carries the event */
	uint8_t requested;              /* the content of an appeal or order */
	uint8_t agreed;                 /* "agreed to impose": an act agreed on */
	uint32_t agreed_to;             /* "agreed at their summit in Geneva on
					 * Wednesday to begin talks": the "to"
					 * of the infinitive agreed past
					 * adverbial phrases, or 0 */
	uint8_t held_plan;              /* "was finalising a plan to fire":
					 * the content of a plan the subject
					 * holds or makes known */
	uint8_t complement;             /* "a plan to end the war": a noun's content */
	int8_t mode;                    /* resolved enum dyad_mode, -1 = not yet */
	int8_t chosen;                  /* 1 matched, 0 nothing, -1 not yet */
	uint8_t inside;                 /* within another head's pattern */
	int32_t main_verb;              /* a participle describing the actor
					 * before it ("troops stationed in
					 * Poland shelled"): that actor's
					 * verb pred, or -1 */
	uint8_t reduced;                /* a participle describing the people
					 * before it ("prisoners convicted of
					 * extremism"): background */
	uint8_t anchored;               /* reported by a speech verb that
					 * dates the news ("days after X said
					 * it would ..."): background */
	struct match_result r;
};

/* One sentence on its way out: the caller's callback, the dates its
 * words give, and the events emitted so far, which later rules look back
 * at ("..., killing five" is the toll of the attack before it). */
struct emit_ctx {
	struct dyad_coder *c;
	struct sent *s;
	dyad_event_fn fn;
	void *ctx;
	struct when_expr dates[8];
	size_t n_dates;
	int dates_found;                /* dates and n_dates are this sentence's */
	struct dyad_event seen[32];
	uint32_t seen_people[32][2];    /* source's and target's person, or LEX_NONE */
	size_t n_seen;
	/* the group that claims the act being emitted, told by unidentified
	 * attackers (act_context.c), or NULL: event.c makes it the source
	 * once the act's code is settled by those who did it */
	const struct mention *claimant;
	int stop;
};

/* predicate.c: verbs and event nouns, with their verb groups */
long pred_particles_at(const dyad_lexicon *lex, const struct sent *s,
		       size_t i, const struct lex_head *h);
size_t pred_find(struct dyad_coder *c, struct sent *s, struct pred *preds);
/* "a deal brokered in the Belarusian capital by Merkel", "talks hosted
 * on Friday by Qatar": the "by" that names an actor as the agent of the
 * participle at I past one short phrase of place or time, or 0 (a "by"
 * right after the participle is the caller's own case). */
size_t pred_by_past_phrase(const struct sent *s, size_t i);

/* clause.c: subjects, reporters, and what hangs on what */
int clause_is_relative(const struct sent *s, size_t i);
int32_t clause_subject_left(const struct sent *s, const struct pred *preds,
			    size_t n_preds, size_t from);
size_t clause_what_said(const struct sent *s, const struct mention *m);
/* The opening comma of a ", Peskov said," between a subject and its verb,
 * given the closing one; or -1. */
long clause_said_aside(const struct sent *s, size_t comma);
/* The opening comma of a relative clause or participle aside on the
 * actor before it, ending at `comma` ("Putin, speaking in Moscow,
 * warned"); or -1. */
long clause_subject_aside(const struct sent *s, size_t comma);
/* Whether the word at j is a noun that can name again an act told
 * before it ("move", "decision", "pact", "attack"). */
int clause_act_noun(const struct sent *s, size_t j);
/* Whether a noun after `comma` names the act of the clause before it
 * (", a move the United States condemned"). */
int clause_resumes_act(const struct sent *s, size_t comma);
int32_t clause_mention_right(const struct sent *s, size_t from, uint32_t avoid_group,
			     int skip_by);
int clause_subordinate(const struct sent *s, const struct pred *p);
/* Whether token j is "after" behind a span of time ("a day after"). */
int clause_after_span(const struct sent *s, size_t j);
int clause_time_anchor(const struct sent *s, const struct pred *p);
int clause_since(const struct sent *s, const struct pred *p);
void clause_analyse(struct dyad_coder *c, struct sent *s,
		    struct pred *preds, size_t n);
int clause_background(const struct sent *s, size_t head);
int clause_background_plural(const struct sent *s, const struct pred *p);

/* pattern.c: the lexicon's patterns */
int pat_possessor_of_next(const struct sent *s, const struct mention *m);
int pat_set_at(const dyad_lexicon *lex, const struct sent *s, size_t i, uint32_t set,
	       size_t *last);
int pat_choose(struct dyad_coder *c, struct sent *s, struct pred *p,
	       struct match_result *best);
int pat_choose_within(struct dyad_coder *c, struct sent *s, struct pred *p,
		      struct match_result *best, size_t limit);
int pat_names_negation(const dyad_lexicon *lex, const struct sent *s,
		       const struct pred *p);
int pat_names_word(const dyad_lexicon *lex, const struct sent *s,
		   const struct pred *p, size_t j);

/* mode.c: asserted, planned, conditional, negated, speculative */
void mode_mark_conditions(struct sent *s);
enum dyad_mode mode_resolve(const struct sent *s, struct pred *preds, size_t i);
int mode_in_condition(const struct sent *s, const struct pred *preds, size_t n,
		      const struct pred *p);

/* act.c: who did what to whom */
int act_code(struct emit_ctx *e, struct pred *preds, size_t n, size_t i);
/* act_final.c: the act told last done again by another ("and Norway did
 * the same", "so did China"), once every predicate is coded */
void act_same_again(struct emit_ctx *e, const struct pred *preds, size_t n);

/* event.c: one event out */
const char *event_journey_state(const struct sent *s, const struct pred *p);
int event_named_chief(const struct sent *s, const struct mention *m);
int event_emit(struct emit_ctx *e, const struct pred *p, const struct mention *src,
	       const struct mention *tgt, const struct mention *rep,
	       const char *code, enum dyad_mode mode);

/* ---- tests of tokens ------------------------------------------------- */

/* The token at i is the punctuation mark ch. */
static inline int is_punct(const struct sent *s, size_t i, char ch)
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

/* The token at i is a form of the verb word ("kill": kill, kills,
 * killed, killing; "issue": issues, issued, issuing). */
static inline int head_is(const struct sent *s, size_t i, const char *word)
{
	static const char *const ends[] = { "", "s", "ed", "ing" };
	static const char *const e_ends[] = { "e", "es", "ed", "ing" };
	size_t len, n = strlen(word), k;
	const char *t = tok_text(s, i, &len);
	const char *const *suf = ends;

	/* a final "e" goes before the ending: "issued", "issuing" */
	if (n > 1 && word[n - 1] == 'e') {
		n--;
		suf = e_ends;
	}
	if (len < n || strncasecmp(t, word, n))
		return 0;
	for (k = 0; k < sizeof(ends) / sizeof(ends[0]); k++)
		if (len - n == strlen(suf[k]) && !strncasecmp(t + n, suf[k], len - n))
			return 1;
	return 0;
}

/* The first token of the noun phrase whose head is at k, past up to
 * three bare modifiers and a determiner ("the drone attacks", "air
 * strikes"). */
static inline size_t noun_phrase_start(const struct sent *s, size_t k)
{
	size_t q = k;

	while (q > 0 && k - q < 3 && s->info[q - 1].mention < 0 &&
	       (s->toks[q - 1].flags & TOK_WORD) && !s->info[q - 1].roles && !s->info[q - 1].verb)
		q--;
	if (q > 0 && (s->info[q - 1].roles & R_DET) && !(s->info[q - 1].roles & R_POSS))
		q--;
	return q;
}

/* The token at i is a form of one of the verbs in words (NULL-ended),
 * as head_is() tells for one. */
static inline int head_is_any(const struct sent *s, size_t i, const char *const *words)
{
	for (; *words; words++)
		if (head_is(s, i, *words))
			return 1;
	return 0;
}

/* An "and" or "or" at j between two weapons that together name a kind
 * of attack ("a Russian missile and drone attack", "air and missile
 * strikes"): a modifier of the noun after them, no coordination of
 * clauses. */
static inline int weapon_pair_conj(const struct sent *s, size_t j)
{
	static const char *const weapons[] = { "missile", "drone", "air", "rocket", "artillery",
						"mortar", "naval", "ground", "sea", "aerial", NULL };

	return (s->info[j].roles & R_CONJ) && j > 0 && j + 1 < s->n &&
	       word_is_any(s, j - 1, weapons) && word_is_any(s, j + 1, weapons);
}

/* A word that may stand between a determiner and its noun: a name, a
 * planning or doubting adjective, a number, an open-class word that is no
 * verb here, a currency or percent sign. */
static inline int is_modifier(const struct sent *s, size_t j)
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
static inline int past_form(const struct sent *s, size_t i)
{
	const struct tokinfo *ti = &s->info[i];
	size_t len;
	const char *t = tok_text(s, i, &len);

	if (ends_with(t, len, "ed"))
		return 1;
	return ti->infl && !ends_with(t, len, "s") && !ends_with(t, len, "ing");
}

/* Whether p's verb is in the present: "visits", "heads", "is visiting"
 * (not "was visiting", "met", "visited", "has visited"). */
static inline int present_form(const struct sent *s, const struct pred *p)
{
	static const char *const present_be[] = { "is", "are", "'s", "am", NULL };
	size_t len, j;
	const char *t;

	if (p->kind != LEX_VERB || p->passive || (p->group_roles & R_HAVE))
		return 0;
	t = tok_text(s, p->head, &len);
	if (ends_with(t, len, "ing")) {
		for (j = p->group; j < p->head; j++)
			if (word_is_any(s, j, present_be))
				return 1;
		return 0;
	}
	return p->group == p->head && len > 3 && ends_with(t, len, "s") && !ends_with(t, len, "ss");
}

/* Whether "dead" follows predicate P: right after the verb ("shot dead
 * the mayor") or after its object T ("shot him dead", "gunned the
 * mayor dead"). */
static inline int shot_dead(const struct sent *s, const struct pred *p, const struct mention *t)
{
	size_t j = p->end + 1, dl = 0;
	const char *dt;

	if (t && t->tok == j && t->n_tok)
		j = t->tok + t->n_tok;
	if (j >= s->n)
		return 0;
	dt = tok_text(s, j, &dl);
	if (dl == 4 && !strncasecmp(dt, "dead", 4))
		return 1;
	dt = tok_text(s, p->end + 1, &dl);
	return p->end + 1 < s->n && dl == 4 && !strncasecmp(dt, "dead", 4);
}

/* A plural noun's or third person's "-s" ("strikes", "drones"), not
 * "-ss" ("press"). */
static inline int plural_form(const struct sent *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return ends_with(t, len, "s") && !ends_with(t, len, "ss") && !ends_with(t, len, "'s");
}

/* The token at j names a day of the week ("on Monday"). */
static inline int weekday(const struct sent *s, size_t j)
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

/* Does a noun phrase starting at token q open a clause: at the start,
 * after punctuation ("KABUL (Reuters) - An air strike"), after a speech
 * verb or "that" ("said an air strike by X hit")?  Not after "after",
 * "since" or a preposition, where it is background. */
static inline int opens_clause(const struct sent *s, size_t q)
{
	/* (a subordinator too: "after a Russian missile hit a school") */
	if (q == 0 || (s->toks[q - 1].flags & TOK_PUNCT) || (s->info[q - 1].roles & R_SUB))
		return 1;
	if (s->info[q - 1].verb && (s->info[q - 1].vroles & (V_SPEECH | V_OPINION)))
		return 1;
	return head_is(s, q - 1, "that");
}

/* "Tokyo said it had no intention of sending troops to the strait": a
 * gerund after "no intention of" (or "no plans of") is an act its
 * holder says will not be done, as one after "stopped short of" is. */
static inline int no_intention_of(const struct sent *s, size_t i)
{
	static const char *const of[] = { "of", NULL };
	static const char *const intent[] = { "intention", "intentions", "plan", "plans", NULL };
	static const char *const no[] = { "no", NULL };

	return i >= 3 && word_is_any(s, i - 1, of) && word_is_any(s, i - 2, intent) &&
	       word_is_any(s, i - 3, no);
}

/* "stopped short of imposing", "instead of sending", "refrained from
 * sending": the two words before the gerund at token i say its act
 * was not done.  ("without" the callers test apart.) */
static inline int gerund_not_done(const struct sent *s, size_t i)
{
	static const char *const of[] = { "of", NULL };
	static const char *const short_instead[] = { "short", "instead", NULL };
	static const char *const from[] = { "from", NULL };
	static const char *const refrain[] = { "refrain", "refrains", "refrained", "refraining",
					       "abstain", "abstains", "abstained", "abstaining",
					       NULL };

	size_t r = i >= 2 ? i - 2 : 0;

	/* "refrained on Friday from sanctioning": the day the verb is
	 * dated by may stand between it and "from" */
	if (r >= 2 && weekday(s, r) && head_is(s, r - 1, "on"))
		r -= 2;
	return i >= 2 && ((word_is_any(s, i - 1, of) && word_is_any(s, i - 2, short_instead)) ||
			  (word_is_any(s, i - 1, from) && word_is_any(s, r, refrain)) ||
			  no_intention_of(s, i));
}

/* "stopped short of an apology", "instead of a fresh apology": the noun
 * at token head, past its article and up to two lower-case modifiers, is
 * what was not given, as a gerund there is (gerund_not_done()). */
static inline int noun_not_given(const struct sent *s, size_t head)
{
	size_t w = head;

	while (w >= 1 && head - w < 2 && !(s->info[w - 1].roles & (R_DET | R_PREP)) &&
	       (s->toks[w - 1].flags & TOK_WORD) && !(s->toks[w - 1].flags & TOK_CAP) &&
	       s->info[w - 1].mention < 0 && !s->info[w - 1].verb)
		w--;
	if (w >= 1 && (s->info[w - 1].roles & R_DET) && !(s->info[w - 1].roles & R_POSS))
		w--;
	return gerund_not_done(s, w);
}

/* "fear", "expect", "warned of", "braced for": a verb at token i whose
 * object is an act the subject looks for from others, not one it does
 * or that was done (tests/dev/README.md: what officials expect is the
 * expected event, guessed at). */
static inline int expectation_verb(const struct sent *s, size_t i)
{
	static const char *const looks[] = { "fear", "expect", "anticipate", "predict",
					     "foresee", "forecast", "warn", "brace", NULL };

	return head_is_any(s, i, looks);
}

/* "then", "later", "subsequently": an adverb of sequence that may
 * stand between "and" and what it joins ("and later travelled", "and
 * then Iran retaliated"). */
static inline int sequel_adverb(const struct sent *s, size_t i)
{
	static const char *const sequel[] = { "then", "later", "also", "subsequently",
					      "afterwards", "afterward", "immediately",
					      "again", "finally", "separately", "jointly",
					      "swiftly", "quickly", "promptly", "briefly",
					      "repeatedly", "reportedly", NULL };

	return s->info[i].mention < 0 && word_is_any(s, i, sequel);
}

/* The token after a conjunction at i, past an adverb of sequence. */
static inline size_t after_conj(const struct sent *s, size_t i)
{
	return i + 2 < s->n && sequel_adverb(s, i + 1) ? i + 2 : i + 1;
}

/* The token at i ends in "-ing" ("agreeing"). */
static inline int head_ends_ing(const struct sent *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return ends_with(t, len, "ing");
}

/* Whether an actor at token `at` is followed by its verb (past an
 * auxiliary or a negation): "and Iran retaliated", "and Israel will
 * release".  After a conjunction that is the subject of a clause of its
 * own. */
static inline int second_clause_at(const struct sent *s, size_t at)
{
	const struct mention *m;
	size_t k, end;

	while (at < s->n && (s->info[at].roles & R_DET) && s->info[at].mention < 0)
		at++;
	if (at >= s->n || s->info[at].mention < 0)
		return 0;
	m = &s->ments[s->info[at].mention];
	end = k = m->tok + m->n_tok;
	/* "its planned tariffs", "Russia's military": a possessor;
	 * "crush what he called unrest": a name for a thing */
	/* ("and its warplanes struck": a possessive that opens a mention
	 * of its own role is that role's subject) */
	if (k <= at || ((s->info[m->tok].roles & R_POSS) && m->n_tok == 1) ||
	    (k < s->n && (s->info[k].roles & R_POSS)) ||
	    (m->tok > 0 && head_is(s, m->tok - 1, "what")))
		return 0;
	while (k < s->n && (s->info[k].roles & (R_WILL | R_WOULD | R_HAVE | R_BE | R_NEG)))
		k++;
	/* "other leaders detained by the military": a participle */
	if (k + 1 < s->n && (s->info[k + 1].roles & R_BY))
		return 0;
	/* "targets in Iraq and Syria linked to Iran's Revolutionary
	 * Guards": a participle of ties right before "to" qualifies the
	 * noun before it (a finite "linked" takes its object first:
	 * "Ottawa linked Indian officials to the murder") */
	if (k == end && k + 1 < s->n && (s->info[k + 1].roles & R_TO) &&
	    (head_is(s, k, "link") || head_is(s, k, "tie") || head_is(s, k, "connect") ||
	     head_is(s, k, "affiliate") || head_is(s, k, "ally")))
		return 0;
	return k < s->n && s->info[k].verb && s->info[k].mention < 0 && !head_ends_ing(s, k) &&
	       (past_form(s, k) || plural_form(s, k) || k > end);
}

/* The word t (len bytes) is one of the NULL-ended list, in any case. */
static inline int word_in(const char *t, size_t len, const char *const *list)
{
	for (; *list; list++)
		if (len == strlen(*list) && !strncasecmp(t, *list, len))
			return 1;
	return 0;
}

/* Whether a word of mention M is one of WORDS ("protesters in Kyiv"). */
static inline int mention_has(const struct sent *s, const struct mention *m,
			      const char *const *words)
{
	uint32_t k;

	for (k = 0; k < m->n_tok; k++)
		if (word_is_any(s, m->tok + k, words))
			return 1;
	return 0;
}

/* The mention's text holds `what`, in any case. */
static inline int span_has(const struct sent *s, const struct mention *m, const char *what)
{
	size_t n = strlen(what), k;

	if (m->end < m->start + n || m->end > s->len)
		return 0;
	for (k = m->start; k + n <= m->end; k++)
		if (!strncasecmp(s->text + k, what, n))
			return 1;
	return 0;
}

/* ---- tests of actor codes ------------------------------------------- */

/* A code that starts with a state's ("UKRGOV", "KOR"), not an IGO's. */
static inline int country_prefix(const char *code)
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

/* 1721-1724 and 0811-0814: measures a state takes at home. */
static inline int home_measure(const char *code)
{
	return strlen(code) == 4 && ((!strncmp(code, "172", 3) && code[3] >= '1' && code[3] <= '4') ||
				     (!strncmp(code, "081", 3) && code[3] >= '1' && code[3] <= '4'));
}

/* The roles by which a state uses force: its forces, police and rulers. */
static inline int force_role(const char *code)
{
	static const char *const roles[] = { "MIL", "GOV", "COP", NULL };

	return role_in(code, roles);
}

/* A role word with no state ("officials", "the military") names nobody
 * an analyst can place; only the groups that are actors on their own
 * (rebels, insurgents) stand alone. */
static inline int placeable(const struct mention *m)
{
	static const char *const alone[] = { "REB", "INS", "REF", "IGO", "NGO", "IMG", "UAF" };
	size_t i;

	if (m->kind != M_AGENT || m->person || m->placed)
		return 1;
	for (i = 0; i < sizeof(alone) / sizeof(alone[0]); i++)
		if (!strncmp(m->code, alone[i], 3))
			return 1;
	/* "gunmen", "militants": armed men of no known state (---INS) */
	return !strncmp(m->code, "---", 3) && armed_group(m->code);
}

/* A state's civilians, workers, students or opposition ("KORCVL"). */
static inline int civil_role(const char *code)
{
	static const char *const civil[] = { "CVL", "OPP", "LAB", "EDU", "HLH", "REL", NULL };

	return role_in(code, civil);
}

/* Civilians in any role, the displaced and businesses: "MLICVL",
 * "AFGHLH", "SDNREF", "GBRBUS", the people an attack may hit who do not
 * fight. */
static inline int soft_target(const char *code)
{
	static const char *const unarmed[] = { "REF", "BUS", NULL };

	return civil_role(code) || role_in(code, unarmed);
}

/* An office holder, former one, opposition or party figure ("SVKGOV",
 * "JPNELI", "PAKOPP"). */
static inline int political_role(const char *code)
{
	static const char *const roles[] = { "GOV", "ELI", "OPP", "LEG", "PTY", NULL };

	return code && country_prefix(code) && role_in(code, roles);
}

/* A state, its government or forces, or an armed group: who can wage
 * war or mass violence ("SYRMIL", "RUS", "IMGMUSISI"), unlike a
 * parliament, a court or civilians. */
static inline int can_use_force(const char *code)
{
	return code && (armed_group(code) || (strlen(code) == 3 && strcmp(code, "---")) ||
			force_role(code));
}

/* Whether code is a state's military, police or government: a state
 * acting by its people, not a bare state named by a weapon's adjective. */
static inline int state_force(const char *code)
{
	return country_prefix(code) && force_role(code);
}

#endif
