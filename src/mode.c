/*
 * mode.c - whether an act was done, planned, conditional, denied or
 * guessed at.
 *
 * A predicate's mode comes from its verb group (will, would, may, not),
 * from the predicates it hangs on (an infinitive takes its governor's:
 * "did not agree to meet"), from words around it that the role table
 * cannot see ("once Khartoum paid", "as long as"), and from
 * if-clauses.  When several apply, tests/dev/README.md gives the order:
 * a condition outranks speculation, which outranks negation, which
 * outranks a plan.
 */
#include <stdint.h>
#include <string.h>

#include "coder_stages.h"

/* "as soon as North Korea returns": a lower-case word in -s right
 * after a capitalised one is a verb in the present ("Hamas releases"),
 * where "talks" or "relations" after "the" would be nouns. */
static int present_after_name(const struct sent *s, size_t j)
{
	size_t len;
	const char *t = tok_text(s, j, &len);

	return j > 0 && len > 3 && t[len - 1] == 's' && t[len - 2] != 's' &&
	       !(s->toks[j].flags & (TOK_CAP | TOK_UPPER)) &&
	       (s->toks[j - 1].flags & (TOK_CAP | TOK_UPPER)) && (s->toks[j].flags & TOK_WORD);
}

/* "as long as sanctions remain in place": a bare form right after a
 * lower-case plural that is no closed-class word is its verb in the
 * present. */
static int present_after_plural(const struct sent *s, size_t j)
{
	size_t len;
	const char *t = tok_text(s, j, &len);

	return j > 0 && !s->info[j].infl && !ends_with(t, len, "ing") &&
	       !plural_form(s, j) && (s->toks[j].flags & TOK_WORD) &&
	       !(s->toks[j].flags & (TOK_CAP | TOK_UPPER)) && plural_form(s, j - 1) &&
	       (s->toks[j - 1].flags & TOK_WORD) && !(s->toks[j - 1].flags & TOK_CAP) &&
	       s->info[j - 1].roles == 0;
}

/* "as long as the Europeans pay for them", "provided the Americans
 * agree": a bare form right after a capitalised plural that "the"
 * opens is its verb in the present. */
static int present_after_people(const struct sent *s, size_t j)
{
	static const char *const the[] = { "the", NULL };

	return j >= 2 && !s->info[j].infl && s->info[j].vlemma != LEX_NONE &&
	       (s->toks[j].flags & TOK_WORD) && !(s->toks[j].flags & (TOK_CAP | TOK_UPPER)) &&
	       plural_form(s, j - 1) && (s->toks[j - 1].flags & TOK_CAP) &&
	       word_is_any(s, j - 2, the);
}

/* A clause of its own after token i: a finite verb before the next
 * punctuation. */
static int finite_clause_after(const struct sent *s, size_t i)
{
	size_t j;

	for (j = i + 1; j < s->n && j <= i + 10 && !(s->toks[j].flags & TOK_PUNCT); j++)
		if ((s->info[j].roles & (R_BE | R_HAVE | R_DO | R_WILL | R_MAY | R_CAN | R_WOULD)) ||
		    (s->info[j].roles == 0 && (past_form(s, j) || present_after_name(s, j) ||
					       present_after_plural(s, j) ||
					       present_after_people(s, j))))
			return 1;
	return 0;
}

/* "will lend Lebanon $3 billion provided Beirut carries out reforms",
 * "is willing to resume talks providing New Delhi reverses": a bare
 * "provided" opens a condition when a modal or a word of readiness
 * stands before it in the sentence and a clause of its own, with its
 * subject first, follows; the verb ("the aid provided by Germany",
 * "Berlin has provided tanks", "which provided") has an auxiliary, a
 * relative word or a preposition beside it instead. */
static int bare_proviso(const struct sent *s, size_t i)
{
	static const char *const ready[] = { "ready", "prepared", "willing", "open", NULL };
	static const char *const rel[] = { "which", "that", "who", "and", "or", NULL };
	static const char *const pron[] = { "he", "she", "it", "they", "we", NULL };
	size_t k;
	int modal = 0;

	if (i == 0 || i + 1 >= s->n)
		return 0;
	if ((s->info[i - 1].roles & (R_HAVE | R_BE | R_DO | R_WILL | R_WOULD | R_MAY | R_CAN | R_TO |
				     R_NEG)) ||
	    word_is_any(s, i - 1, rel))
		return 0;
	if (!(s->toks[i + 1].flags & (TOK_CAP | TOK_UPPER)) && !(s->info[i + 1].roles & R_DET) &&
	    !word_is_any(s, i + 1, pron))
		return 0;
	if ((s->info[i + 1].roles & R_PREP) && !(s->info[i + 1].roles & R_DET))
		return 0;
	/* (", provided the Palestinian Authority held elections": set off
	 * by a comma, with a clause of its own after it, it is one too) */
	if (is_punct(s, i - 1, ','))
		modal = 1;
	for (k = i; !modal && k-- > 0 && i - k <= 30;)
		if ((s->info[k].roles & (R_WILL | R_WOULD | R_MAY | R_CAN)) || word_is_any(s, k, ready)) {
			modal = 1;
			break;
		}
	return modal && finite_clause_after(s, i);
}

/* "Were Russia to attack ...", "Were Kyiv to sign the deal ...", "Had
 * Washington acted sooner, ...": "were" or "had" opening the sentence
 * before its subject, a "to" or a past form following within a few
 * words, and a comma closing the clause before the main one. */
static int inverted_were(const struct sent *s, size_t i)
{
	size_t j;

	if (i + 2 >= s->n || !(s->toks[i + 1].flags & TOK_WORD) ||
	    (!(s->toks[i + 1].flags & (TOK_CAP | TOK_UPPER)) && !(s->info[i + 1].roles & R_DET)))
		return 0;
	for (j = i + 2; j < s->n && j <= i + 6; j++) {
		if (s->toks[j].flags & TOK_PUNCT)
			return 0;
		if ((s->info[j].roles & R_TO) || past_form(s, j))
			break;
	}
	if (j >= s->n || j > i + 6)
		return 0;
	for (; j < s->n; j++)
		if (is_punct(s, j, ','))
			return 1;
		else if (s->toks[j].flags & TOK_PUNCT)
			return 0;
	return 0;
}

/* A word of readiness ("ready", "prepared", "willing", "open") within
 * the fifteen words before token i, in its sentence. */
static int ready_before(const struct sent *s, size_t i)
{
	static const char *const ready[] = { "ready", "prepared", "willing", "open", NULL };
	size_t k;

	for (k = i; k-- > 0 && i - k <= 15;)
		if (word_is_any(s, k, ready))
			return 1;
	return 0;
}

/* Whether "only" stands right after a modal ("will only", "would
 * only", "could only") in token I's clause before I. */
static int modal_only_before(const struct sent *s, size_t i)
{
	size_t j;

	for (j = i; j-- > 1 && i - j <= 12;) {
		if ((s->toks[j].flags & TOK_PUNCT) || clause_break(s, j))
			return 0;
		if (head_is(s, j, "only"))
			return (s->info[j - 1].roles & (R_WILL | R_WOULD | R_CAN | R_MAY)) != 0;
	}
	return 0;
}

/* Conditions the word table cannot see, since their words mean other
 * things elsewhere: "once Khartoum paid" (not "once again", "once a
 * close ally"), "as long as", "as soon as", "provided that", "on
 * condition that", "only after", "in the event of", "as a last
 * resort", "whenever" after readiness.  Each gets R_IF on its last
 * word, as "if" has. */
void mode_mark_conditions(struct sent *s)
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
	static const char *const should[] = { "should", NULL };
	static const char *const case_[] = { "case", NULL };
	static const char *const inverted_subj[] = { "the", "any", "a", "an", "its", "his", "her",
						     "their", "it", "they", "he", "she", "we",
						     "either", NULL };
	static const char *const so[] = { "so", NULL };
	static const char *const were[] = { "were", "had", NULL };
	static const char *const long_[] = { "long", NULL };
	static const char *const moment[] = { "moment", "minute", NULL };
	static const char *const return_[] = { "return", "exchange", NULL };
	static const char *const for_[] = { "for", NULL };
	static const char *const hinging[] = { "conditional", "contingent", "conditioned",
					       "predicated", "depending", NULL };
	static const char *const on_upon[] = { "on", "upon", NULL };
	static const char *const whenever[] = { "whenever", NULL };
	size_t i, mark;

	for (i = 0; i + 1 < s->n; i++) {
		size_t len;
		/* every sentence's every token passes here: the first
		 * letters and lengths of the words above let most go at once */
		unsigned char c0 = (unsigned char)(tok_text(s, i, &len)[0] | 0x20);
		if (!(len == 2 && (c0 == 'a' || c0 == 'i' || c0 == 's')) &&
		    !(len == 4 && (c0 == 'o' || c0 == 'w')) && !(len == 3 && c0 == 'h') &&
		    !(len >= 8 && (c0 == 'p' || c0 == 'c' || c0 == 'd')) && !(len == 6 && c0 == 's') &&
		    !(len == 3 && c0 == 't') && !(len == 8 && c0 == 'w') &&
		    !(len == 5 && c0 == 'a'))
			continue;
		mark = SIZE_MAX;
		/* ("the arms dealer once known as the Merchant of Death":
		 * "once" right before a past form is "formerly"; a clause
		 * after it opens with its subject) */
		if (word_is_any(s, i, once) && (s->toks[i + 1].flags & TOK_WORD) &&
		    !word_is_any(s, i + 1, not_clause) && !past_form(s, i + 1)) {
			if (finite_clause_after(s, i))
				mark = i;
		} else if (i + 2 < s->n && word_is_any(s, i, as) &&
			   word_is_any(s, i + 1, long_soon) && word_is_any(s, i + 2, as)) {
			/* "as soon as Israel's offensive stopped", not "as
			 * soon as early next year" */
			if (finite_clause_after(s, i + 2))
				mark = i + 2;
		} else if (i == 0 && word_is_any(s, i, were) && inverted_were(s, i)) {
			/* "Were Russia to attack any NATO member, the United
			 * States would defend": an inverted "if" put first */
			mark = i;
		} else if (i + 2 < s->n && word_is_any(s, i, so) && word_is_any(s, i + 1, long_) &&
			   word_is_any(s, i + 2, as)) {
			/* "so long as the United States does the same" */
			if (finite_clause_after(s, i + 2))
				mark = i + 2;
		} else if (word_is_any(s, i, the) && word_is_any(s, i + 1, moment) &&
			   (i == 0 || !(s->info[i - 1].roles & R_PREP)) &&
			   finite_clause_after(s, i + 1)) {
			/* "would agree to a ceasefire the moment Russia
			 * does", not "at the moment" */
			mark = i + 1;
		} else if (i == 0 && i + 2 < s->n && word_is_any(s, i, in) &&
			   word_is_any(s, i + 1, return_) && word_is_any(s, i + 2, for_)) {
			/* "In return for a halt to Houthi attacks, the
			 * United States will stop": a price put first is the
			 * main clause's condition (after the act, "in
			 * exchange for" is price_after's) */
			mark = i + 2;
		} else if (word_is_any(s, i, hinging) && word_is_any(s, i + 1, on_upon)) {
			/* "will recognise a Palestinian state, conditional on
			 * reforms", "contingent on Congress's approval" */
			mark = i;
		} else if (word_is_any(s, i, provided) && !word_is_any(s, i + 1, that) &&
			   bare_proviso(s, i)) {
			mark = i;
		} else if (word_is_any(s, i, provided) && word_is_any(s, i + 1, that)) {
			mark = i + 1;
			/* ("will resume aid to Ukraine provided that Kyiv
			 * ..."): "provided" reads as a verb, which ends the
			 * search for an act's condition before "that"; the
			 * condition starts at it */
			s->info[i].roles |= R_IF;
		} else if (word_is_any(s, i, whenever) && ready_before(s, i) &&
			   finite_clause_after(s, i)) {
			/* "is prepared to provide aid whenever Pyongyang wants
			 * it", "ready to talk whenever Washington is": readiness
			 * held until the other side wants it, a condition */
			mark = i;
		} else if (word_is_any(s, i, only) && word_is_any(s, i + 1, after_when)) {
			mark = i + 1;
		} else if (word_is_any(s, i, after_when) && modal_only_before(s, i) &&
			   finite_clause_after(s, i)) {
			/* "will only meet Putin after Kyiv agrees", "would
			 * only lift the sanctions when Moscow withdraws": an
			 * "only" on the modal act points to the clause of
			 * time after it, the act's condition */
			mark = i;
		} else if (i + 3 < s->n && word_is_any(s, i, in) && word_is_any(s, i + 1, the) &&
			   word_is_any(s, i + 2, event) && word_is_any(s, i + 3, of_that)) {
			mark = i + 3;
		} else if (i + 2 < s->n && word_is_any(s, i, in) && word_is_any(s, i + 1, case_) &&
			   (word_is_any(s, i + 2, of_that) || finite_clause_after(s, i + 1))) {
			/* "in case of an attack", "in case talks fail": a
			 * precaution is kept for when the case arises */
			mark = word_is_any(s, i + 2, of_that) ? i + 2 : i + 1;
		} else if (word_is_any(s, i, should) &&
			   (i == 0 || !(s->toks[i - 1].flags & (TOK_CAP | TOK_UPPER))) &&
			   (s->toks[i + 1].flags & TOK_WORD) &&
			   ((s->toks[i + 1].flags & (TOK_CAP | TOK_UPPER)) ||
			    word_is_any(s, i + 1, inverted_subj))) {
			/* "Should Russia attack a NATO member, ...", "would
			 * respond should the talks fail": "should" before its
			 * subject is an inverted "if"; as a modal its subject
			 * comes first ("Russia should withdraw") */
			mark = i;
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

/* "Once Hamas releases the hostages, Israel will halt its strikes",
 * "If talks fail, Seoul will suspend the accord": the clause before the
 * comma at token COMMA opens the sentence (its dateline is gone by now)
 * with a condition, so the main clause after it holds on that
 * condition.  A condition further in does not open a clause of this
 * kind: after "X said it would respond if attacked, and ..." the clause
 * is X's own. */
static int fronted_condition(const struct sent *s, size_t comma)
{
	size_t k;

	for (k = 0; k < comma; k++)
		if (s->toks[k].flags & TOK_PUNCT)
			return 0;
	for (k = 0; k < comma && k <= 3; k++)
		if (s->info[k].roles & R_IF)
			return 1;
	return 0;
}

/* A mode passed on from the predicate another hangs on. */
/* Whether "only if" (or "only after", "only when": the word that
 * carries R_IF) follows token j, past a "but" ("..., but only if"). */
static int only_if_after(const struct sent *s, size_t j)
{
	static const char *const only[] = { "only", NULL };
	size_t k = j + 1;

	if (k < s->n && (s->info[k].roles & R_BUT))
		k++;
	return k + 1 < s->n && word_is_any(s, k, only) && (s->info[k + 1].roles & R_IF);
}

/* Whether the clause of predicate p holds a condition ("would meet Kim
 * if", "if attacked, it would strike back"): an R_IF word between the
 * clause boundaries around p, where ";", "but" or a comma with "and"
 * after it ends a clause ("was ready to accept a ceasefire if Moscow
 * did the same, and the United States said it would resume aid"). */
static int if_in_clause(const struct sent *s, const struct pred *p)
{
	size_t j;

	for (j = p->group; j-- > 0;) {
		if (s->info[j].roles & R_IF)
			return 1;
		if (is_punct(s, j, ';') || (s->info[j].roles & R_BUT) ||
		    (is_punct(s, j, ',') && j + 1 < s->n && (s->info[j + 1].roles & R_CONJ)))
			break;
	}
	for (j = p->end + 1; j < s->n; j++) {
		if (s->info[j].roles & R_IF)
			return 1;
		if (is_punct(s, j, ';') ||
		    ((s->info[j].roles & R_BUT) && !only_if_after(s, j - 1)) ||
		    (is_punct(s, j, ',') && j + 1 < s->n && (s->info[j + 1].roles & R_CONJ)))
			break;
	}
	return 0;
}

/* "expressed hope that Congress would approve new aid", "gave
 * assurances that it would not attack": "would" in a that-clause of a
 * noun of saying or believing is reported speech, the future seen from
 * the past, no condition.  1 when the noun hopes, fears or expects (the
 * act is guessed at; so do "rumours", "speculation", "it is possible
 * that"), 2 when it tells or promises (the act is to
 * come), else 0. */
static int said_by_noun(const struct sent *s, const struct pred *p)
{
	static const char *const that[] = { "that", NULL };
	static const char *const guessed[] = { "hope", "hopes", "optimism", "confidence",
					       "expectation", "expectations", "fear", "fears",
					       "concern", "concerns", "belief", "view", "rumour",
					       "rumours", "rumor", "rumors", "speculation",
					       "possibility", "prospect", "prospects", "chance",
					       "chances", "likelihood", "suspicion", "suspicions",
					       "possible", "likely", "unlikely", "probable", NULL };
	static const char *const told[] = { "assurance", "assurances", "promise", "promises",
					    "pledge", "pledges", "statement", "announcement",
					    "warning", "warnings", "word", "guarantee",
					    "guarantees", NULL };
	size_t j, k;

	for (j = p->group, k = 0; j-- > 1 && k < 10; k++) {
		if (word_is_any(s, j, that)) {
			size_t w = j - 1;
			/* ("expressed hope on Saturday that") */
			if (w >= 3 && weekday(s, w) && head_is(s, w - 1, "on"))
				w -= 2;
			return word_is_any(s, w, guessed) ? 1 : word_is_any(s, w, told) ? 2 : 0;
		}
		if (s->info[j].verb || clause_break(s, j) || (s->toks[j].flags & TOK_PUNCT))
			return 0;
	}
	return 0;
}

/* Whether tokens FROM..TO hold only an object phrase: no verb of a
 * clause or a complement of its own ("pledged to give jets to Ukraine
 * once", "signed a pact pledging assistance if", "warned Putin in a
 * call that": the condition there is the complement's).  An -ing word
 * after a name is a noun ("the Rafah crossing"), and so is a bare form
 * in it ("military aid"). */
static int plain_object(const struct sent *s, size_t from, size_t to)
{
	size_t j;

	for (j = from; j <= to && j < s->n; j++) {
		/* (a "to" before a name or a determiner is a preposition:
		 * "aid to Ukraine") */
		/* ("return to indirect nuclear talks": nor before a word
		 * with no verb reading) */
		if ((s->info[j].roles & R_TO) &&
		    !(j + 1 < s->n && (s->info[j + 1].mention >= 0 ||
				       (s->info[j + 1].roles & (R_DET | R_POSS)) ||
				       s->info[j + 1].vlemma == LEX_NONE)))
			return 0;
		if ((s->info[j].roles & R_IF) || head_is(s, j, "that") ||
		    clause_is_relative(s, j) || clause_break(s, j))
			return 0;
		if (j > from && head_ends_ing(s, j) && s->info[j].vlemma != LEX_NONE &&
		    !(s->info[j - 1].roles & (R_DET | R_POSS | R_PREP)) && s->info[j - 1].mention < 0)
			return 0;
		if (s->info[j].verb && past_form(s, j) &&
		    !(j > 0 && (s->info[j - 1].roles & (R_DET | R_POSS))))
			return 0;
	}
	return 1;
}

/* "was prepared to resume talks", "offered to lift sanctions",
 * "stands ready to help", "was open to talks with North Korea once" (the
 * tagger may read the adjective as a verb): a verb of readiness or offer whose pattern
 * takes the act offered as its infinitive; a condition after that act
 * is the offer's.  (A pledge is made whatever it hangs on: "pledged to
 * give F-16s to Ukraine once its pilots were trained" stays asserted.) */
static int readiness_verb(const struct sent *s, const struct pred *p)
{
	static const char *const heads[] = { "prepare", "offer", "propose", "stand", "open", NULL };

	return head_is_any(s, p->head, heads);
}

/* "was ready to free the hostages", "is willing to resume talks": a
 * noun of readiness whose pattern names the act offered. */
static int readiness_noun(const struct sent *s, const struct pred *p)
{
	static const char *const heads[] = { "ready", "willing", "open", "prepared", NULL };

	return p->kind == LEX_NOUN && word_is_any(s, p->head, heads);
}

/* Whether tokens FROM..TO hold the act a readiness verb offers: an
 * infinitive and its object, with no clause of its own ("that", a
 * relative word, a condition, punctuation) among them. */
static int offered_act(const struct sent *s, size_t from, size_t to)
{
	size_t j;

	for (j = from; j <= to && j < s->n; j++)
		if ((s->toks[j].flags & TOK_PUNCT) || (s->info[j].roles & R_IF) ||
		    head_is(s, j, "that") || clause_is_relative(s, j) || clause_break(s, j))
			return 0;
	return 1;
}

/* "would release all the hostages in exchange for Palestinian
 * prisoners", "will free them in return for": a price named for an act
 * still to come is its condition (a done swap, "released Griner in
 * exchange for Bout", is asserted).  Whether "in exchange for" or "in
 * return for" follows token LAST within the act's clause. */
static int price_after(const struct sent *s, size_t last)
{
	static const char *const in[] = { "in", NULL };
	static const char *const exchange[] = { "exchange", "return", NULL };
	static const char *const for_[] = { "for", NULL };
	size_t j;

	/* (the act's own pattern may end on the price: "release + in
	 * exchange for", yield's swap) */
	if (last >= 2 && word_is_any(s, last - 2, in) && word_is_any(s, last - 1, exchange) &&
	    word_is_any(s, last, for_))
		return 1;
	for (j = last + 1; j + 2 < s->n && j <= last + 12; j++) {
		if (word_is_any(s, j, in) && word_is_any(s, j + 1, exchange) &&
		    word_is_any(s, j + 2, for_))
			return 1;
		/* ("offered a package of aid, including food and
		 * infrastructure, in return for": an aside that lists what
		 * is offered is the object's) */
		if (is_punct(s, j, ',') && head_is(s, j + 1, "including")) {
			size_t k;
			for (k = j + 2; k < s->n && k <= j + 9 && !is_punct(s, k, ','); k++)
				;
			if (k < s->n && is_punct(s, k, ',')) {
				j = k;
				continue;
			}
		}
		if (is_punct(s, j, ',') || is_punct(s, j, ';') || (s->info[j].roles & (R_BUT | R_IF)) ||
		    clause_break(s, j) || head_is(s, j, "that"))
			return 0;
	}
	return 0;
}

/* ("India will condemn Pakistan in return for a ceasefire": the
 * act's own pattern may take the price as part of its object, "+ for
 * ..."; a price inside tokens FROM+1..LAST, the pattern's words past
 * the act's head, is the condition all the same) */
static int price_within(const struct sent *s, size_t from, size_t last)
{
	size_t j;

	for (j = from + 1; j + 2 <= last && j + 2 < s->n; j++)
		if (head_is(s, j, "in") &&
		    (head_is(s, j + 1, "exchange") || head_is(s, j + 1, "return")) &&
		    head_is(s, j + 2, "for"))
			return 1;
	return 0;
}

/* "Will Trump meet Kim at the border?", "Could France send troops to
 * Ukraine?": a verb in a yes-no question, which opens with its
 * auxiliary and ends in a question mark, is asked about, not told.
 * (A wh-question takes its act as done: "Why did Russia strike
 * Kyiv?") */
static int in_question(const struct sent *s, const struct pred *p)
{
	size_t j, start = 0;

	for (j = p->end + 1; j < s->n; j++) {
		if (is_punct(s, j, '?'))
			break;
		if (is_punct(s, j, '.') || is_punct(s, j, '!'))
			return 0;
	}
	if (j >= s->n)
		return 0;
	for (j = p->group; j-- > 0;)
		if (is_punct(s, j, '.') || is_punct(s, j, '?') || is_punct(s, j, '!') ||
		    is_punct(s, j, ':')) {
			start = j + 1;
			break;
		}
	return start < p->group &&
	       (s->info[start].roles & (R_WILL | R_WOULD | R_MAY | R_CAN | R_DO | R_BE | R_HAVE)) &&
	       !(s->info[start].roles & R_NEG);
}

/* "Russia may be in a position to attack", "North Korea could be
 * ready to send troops", "is not in a position to strike": an
 * infinitive that hangs on no verb but on the complement of a "be"
 * takes the modal and the negation of that "be"'s group.  The roles
 * it takes, or 0. */
static uint32_t be_complement_modal(const struct sent *s, const struct pred *p)
{
	uint32_t r = 0;
	size_t j, k = 0;
	int be = 0;

	if (!p->infinitive || p->matrix >= 0 || p->kind != LEX_VERB)
		return 0;
	for (j = p->group; j-- > 0 && k < 8; k++) {
		if (s->info[j].roles & R_BE) {
			be = 1;
			continue;
		}
		if (be) {
			if (!(s->info[j].roles & (R_MAY | R_WILL | R_NEG)))
				break;
			r |= s->info[j].roles & (R_MAY | R_WILL | R_NEG);
			continue;
		}
		if ((s->toks[j].flags & TOK_PUNCT) || clause_break(s, j) || s->info[j].mention >= 0 ||
		    s->info[j].verb)
			return 0;
		r |= s->info[j].roles & R_NEG;
	}
	return be ? r : 0;
}

/* "Biden was scheduled to meet Xi on Friday, but the meeting was
 * cancelled", "had been due to visit Seoul before the trip was called
 * off": a plan in the past that the sentence says was dropped was not
 * carried out.  Whether such a dropping follows p, after "but",
 * "before" or "until", and p's plan was told in the past ("was", "were",
 * "had" just before its verb group or its governor's). */
static int plan_dropped(const struct sent *s, const struct pred *p)
{
	static const char *const past[] = { "was", "were", "had", NULL };
	static const char *const turn[] = { "before", "until", NULL };
	static const char *const dropped[] = { "cancelled", "canceled", "postponed", "scrapped",
					       "shelved", "scuttled", "aborted", NULL };
	static const char *const called[] = { "called", "put", NULL };
	static const char *const off[] = { "off", NULL };
	size_t j, k;
	int was = 0, but = 0;

	for (j = p->group, k = 0; j-- > 0 && k < 5; k++) {
		if (word_is_any(s, j, past)) {
			was = 1;
			break;
		}
		if ((s->toks[j].flags & TOK_PUNCT) || s->info[j].mention >= 0)
			break;
	}
	if (!was)
		return 0;
	for (j = p->end + 1; j < s->n; j++) {
		if (is_punct(s, j, '.') || is_punct(s, j, ';'))
			return 0;
		if ((s->info[j].roles & R_BUT) || word_is_any(s, j, turn))
			but = 1;
		else if (but && (word_is_any(s, j, dropped) ||
				 (j + 1 < s->n && word_is_any(s, j, called) && word_is_any(s, j + 1, off))))
			return 1;
	}
	return 0;
}

/* "during his visit to Seoul", "on Putin's first visit to North
 * Korea", "in a video call on Friday": an event noun in a phrase of
 * "during", "on", "at" or "in" (past its determiner, possessor and
 * modifiers) that hangs on the verb of its clause names the occasion of
 * that act: 1, or 2 when a comma sets the phrase off. */
static int occasion_noun(const struct sent *s, const struct pred *p)
{
	static const char *const occasion[] = { "during", "on", "at", "in", NULL };
	size_t j, k = 0;

	if (p->kind != LEX_NOUN || p->governor < 0)
		return 0;
	for (j = p->head; j-- > 0 && k < 5; k++) {
		if (word_is_any(s, j, occasion))
			return j > 0 && is_punct(s, j - 1, ',') ? 2 : 1;
		if ((s->toks[j].flags & TOK_PUNCT) && !is_punct(s, j, '\''))
			return 0;
		if (s->info[j].verb || clause_break(s, j) ||
		    (s->info[j].roles & (R_PREP | R_IF | R_TO | R_BE | R_HAVE | R_DO | R_WILL |
					 R_WOULD | R_MAY | R_CAN)))
			return 0;
		/* (a name is the noun's only as its possessor: "on
		 * Putin's first visit", not "told Xi in") */
		if (s->info[j].mention >= 0 && !(s->info[j].roles & R_POSS) &&
		    !(j + 1 < s->n && head_is(s, j + 1, "'s")) &&
		    !(s->info[j + 1].mention == s->info[j].mention))
			return 0;
	}
	return 0;
}

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

/* Whether preds[i] is in a clause of time ("when", "before", "after",
 * "once", "until") whose main clause, a verb with "will"
 * before it or after the comma of a fronted one, is to come. */
static int time_clause_of_will(const struct sent *s, const struct pred *preds, size_t i)
{
	static const char *const times[] = { "when", "before", "after", "once", "until", NULL };
	const struct pred *p = &preds[i];
	size_t j, k;
	long w = -1;

	for (j = p->group; j-- > 0 && p->group - j <= 4;) {
		if (word_is_any(s, j, times)) {
			w = (long)j;
			break;
		}
		if ((s->toks[j].flags & TOK_PUNCT) || s->info[j].verb)
			return 0;
	}
	if (w < 0)
		return 0;
	for (k = 0; k < i; k++)
		if (preds[k].kind == LEX_VERB && preds[k].head < (size_t)w &&
		    (preds[k].group_roles & R_WILL))
			return 1;
	/* (fronted: the main clause's first verb after the comma) */
	if (w == 0 || (s->toks[w - 1].flags & TOK_PUNCT))
		for (j = p->end + 1; j < s->n; j++)
			if (is_punct(s, j, ',')) {
				for (k = j + 1; k < s->n && k <= j + 8 && !(s->toks[k].flags & TOK_PUNCT);
				     k++) {
					if (s->info[k].roles & R_WILL)
						return 1;
					if (s->info[k].verb)
						return 0;
				}
				break;
			}
	return 0;
}

/* Whether a verb of saying stands before token `before` ("Trump said he
 * would like to meet Kim and would return to meet him": the second
 * "would" is reported as the first is, though no speaker heads its own
 * clause). */
static int said_before(const struct sent *s, size_t before)
{
	size_t j;

	for (j = 0; j < before && j < s->n; j++)
		if (s->info[j].verb && (s->info[j].vroles & V_SPEECH))
			return 1;
	return 0;
}

/* "agreed to a ceasefire that is to take effect on Sunday", "agreed to a
 * truce which will take effect at midnight": a truce agreed for later is
 * to come (planned), as the README's Modes section codes it; the verb
 * "agree" or "reach" before it, the truce word, then "take effect" or
 * "come into force" after "will", "would", "is to" or "due to". */
static int truce_taking_effect_later(const struct sent *s, const struct pred *p)
{
	static const char *const agree[] = { "agreed", "agree", "agrees", "reached", "reach", NULL };
	static const char *const truce[] = { "ceasefire", "cease-fire", "truce", "armistice", NULL };
	static const char *const later[] = { "will", "would", "to", NULL };
	static const char *const take[] = { "take", "come", NULL };
	static const char *const effect[] = { "effect", "force", NULL };
	size_t j, k, end = p->head + 16 < s->n ? p->head + 16 : s->n;

	if (p->kind != LEX_VERB || !word_is_any(s, p->head, agree))
		return 0;
	for (j = p->head + 1; j < end; j++) {
		if (!word_is_any(s, j, truce))
			continue;
		for (k = j + 1; k + 2 < s->n && k < j + 8; k++)
			if (word_is_any(s, k, later) && word_is_any(s, k + 1, take) &&
			    (word_is_any(s, k + 2, effect) ||
			     (k + 3 < s->n && word_is_any(s, k + 3, effect))))
				return 1;
		return 0;
	}
	return 0;
}

/* "has not joined its neighbours in cutting or downgrading relations",
 * "will follow Washington in banning": an act told as done "in" the
 * company of others is as the joining is (negated, to come); the verb
 * pred of "join" or "follow" before "in" and the gerunds it heads ("or
 * downgrading" too), in one clause, or -1. */
static long joined_in(const struct sent *s, const struct pred *preds, size_t i)
{
	const struct pred *p = &preds[i];
	size_t j = p->group, k;

	if (p->kind != LEX_VERB || !head_ends_ing(s, p->head))
		return -1;
	/* back over "cutting or": an earlier gerund of the same list */
	while (j >= 2 && (head_is(s, j - 1, "or") || head_is(s, j - 1, "and")) &&
	       head_ends_ing(s, j - 2))
		j -= 2;
	if (j == 0 || !head_is(s, j - 1, "in"))
		return -1;
	for (k = i; k-- > 0;) {
		const struct pred *q = &preds[k];
		size_t t;
		if (q->kind != LEX_VERB || q->head >= j)
			continue;
		for (t = q->head + 1; t < j; t++)
			if (clause_break(s, t) || s->info[t].verb)
				return -1;
		return head_is(s, q->head, "join") || head_is(s, q->head, "follow") ? (long)k : -1;
	}
	return -1;
}

/* The noun at k opens with "a", "an" or "any": an act not yet pinned to
 * one that happened ("a Chinese attack", not "the Chinese attack"). */
static int indefinite_noun(const struct sent *s, size_t k)
{
	static const char *const indefinite[] = { "a", "an", "any", NULL };
	size_t q = k;

	/* past the state or people named before the noun: "a Chinese
	 * attack", "any U.S. strike" */
	while (q > 0 && k - q < 4 && (s->info[q - 1].mention >= 0 ||
				      ((s->toks[q - 1].flags & TOK_WORD) && !s->info[q - 1].roles &&
				       !s->info[q - 1].verb)))
		q--;
	return q > 0 && word_is_any(s, q - 1, indefinite);
}

enum dyad_mode mode_resolve(const struct sent *s, struct pred *preds, size_t i)
{
	static const char *const no_one[] = { "no", "neither", "nor", NULL };
	static const char *const whether[] = { "whether", NULL };
	static const char *const happen[] = { "take", "happen", "occur", "go", "proceed", "resume",
					      "begin", "start", "held", "come", "follow", NULL };
	static const char *const without[] = { "without", NULL };
	static const char *const expected[] = { "expected", NULL };
	static const char *const set[] = { "set", NULL };
	static const char *const unless[] = { "unless", NULL };
	static const char *const until_while[] = { "until", "till", "before", NULL };
	static const char *const first_things[] = { "release", "return", "withdrawal", "guarantee",
						    "guarantees", "approval", "consent", "lifting",
						    "removal", "end", NULL };
	static const char *const hinging[] = { "conditional", "contingent", "conditioned",
					       "predicated", "depending", "provided", "providing",
					       NULL };
	struct pred *p = &preds[i];
	uint32_t r = p->group_roles;
	int neg = p->neg || (r & R_NEG), cond = p->cond, spec = p->spec,
	    plan = p->plan || (r & R_WILL);
	size_t j, listed = 0, last;
	int occasion;
	long joined;

	if (p->mode >= 0)
		return (enum dyad_mode)p->mode;
	/* "no U.S. official would attend", "neither Russia nor Ukraine
	 * attended": a subject no one is */
	if (p->subject >= 0 && s->ments[p->subject].tok > 0 &&
	    word_is_any(s, s->ments[p->subject].tok - 1, no_one))
		neg = 1;
	if (p->matrix >= 0) {
		take_mode(mode_resolve(s, preds, (size_t)p->matrix), &neg, &cond, &spec, &plan);
	}
	/* "said it would disband and lay down its arms": a bare verb
	 * coordinated with an earlier one shares its auxiliaries ("and
	 * ruled out", past, has its own) */
	if (p->coord >= 0 && (size_t)p->coord < i && p->kind == LEX_VERB && p->group == p->head &&
	    !(r & (R_NEG | R_WILL | R_WOULD | R_MAY)) && !past_form(s, p->head) &&
	    !head_ends_ing(s, p->head)) {
		take_mode(mode_resolve(s, preds, (size_t)p->coord), &neg, &cond, &spec, &plan);
	}
	/* "will visit Pyongyang before travelling to Hanoi": the next leg
	 * is as the act before it (told as done, done: "told parliament
	 * the war was over before flying to Egypt") */
	if (p->kind == LEX_VERB && p->anchor >= 0 && (size_t)p->anchor < i && p->group == p->head &&
	    p->group > 0 && head_is(s, p->group - 1, "before") && head_ends_ing(s, p->head))
		take_mode(mode_resolve(s, preds, (size_t)p->anchor), &neg, &cond, &spec, &plan);
	/* "is expected to meet Putin after arriving in Moscow", "will sign
	 * the pact upon landing in Hanoi": an arrival or act that the one
	 * to come hangs on is to come too, guessed at or on a condition
	 * alike (a denial is the main act's own: "did not sign after
	 * meeting Kim" met him) */
	if (p->kind == LEX_VERB && p->anchor >= 0 && (size_t)p->anchor < i && p->group == p->head &&
	    p->group > 0 && (head_is(s, p->group - 1, "after") || head_is(s, p->group - 1, "upon")) &&
	    head_ends_ing(s, p->head)) {
		int aneg = 0;
		take_mode(mode_resolve(s, preds, (size_t)p->anchor), &aneg, &cond, &spec, &plan);
	}
	if ((joined = joined_in(s, preds, i)) >= 0)
		take_mode(mode_resolve(s, preds, (size_t)joined), &neg, &cond, &spec, &plan);
	if (truce_taking_effect_later(s, p))
		plan = 1;
	occasion = occasion_noun(s, p);
	if (p->governor >= 0 && p->kind == LEX_NOUN && occasion) {
		/* "could meet Kim at the border during his visit to South
		 * Korea next week", "signed a pact ... on Putin's first visit
		 * to North Korea", "no agreement was signed at their summit":
		 * the occasion of an act is taken as given, to come if the act
		 * is, whatever doubt, condition or denial the act has */
		/* (set off by a comma, the occasion is the sentence's, not
		 * the nearest verb's: "signed a pact, pledging aid if
		 * attacked, on Putin's first visit") */
		/* (nor of an act told in the past, whatever hangs on it:
		 * "warned Xi in a video call of consequences if") */
		const struct pred *g = &preds[p->governor];
		enum dyad_mode gm = occasion == 2 ||
				    (g->kind == LEX_VERB && past_form(s, g->head) &&
				     !(g->group_roles & (R_WILL | R_WOULD | R_MAY | R_CAN | R_TO))) ?
				    DYAD_MODE_ASSERTED : mode_resolve(s, preds, (size_t)p->governor);
		if (gm == DYAD_MODE_PLANNED || gm == DYAD_MODE_SPECULATIVE ||
		    gm == DYAD_MODE_CONDITIONAL)
			plan = 1;
	} else if (p->governor >= 0 && p->kind == LEX_NOUN) {
		int own_neg = neg;
		if (preds[p->governor].vroles & V_PLAN)
			plan = 1;
		/* "fear a Russian invasion", "braced for an Iranian attack":
		 * what is looked for is guessed at */
		if (preds[p->governor].kind == LEX_VERB &&
		    expectation_verb(s, preds[p->governor].head))
			spec = 1;
		take_mode(mode_resolve(s, preds, (size_t)p->governor), &neg, &cond, &spec, &plan);
		/* ("No agreement was signed ... at their summit": the summit
		 * was held; only what "no" names did not happen) */
		if (preds[p->governor].neg_subject)
			neg = own_neg;
	}
	if (p->kind == LEX_NOUN) {
		/* "A meeting between Kim and Trump is likely after next
		 * spring": the noun is the subject of a doubt; "a meeting
		 * between Putin and Trump could take place in Budapest",
		 * "the summit will go ahead": of the modal of a verb that
		 * says the event happens (not "the occupation should end"),
		 * when nothing before it in its clause makes it an object */
		int subj = 1, hypothetical = 0;
		size_t words;
		uint32_t modal = 0;
		/* ("Biden said a Russian assault on Kyiv could come within
		 * days": a verb of saying opens the clause the noun heads) */
		for (j = p->head; j-- > 0 && !clause_break(s, j) && !is_punct(s, j, ',');)
			if (s->info[j].verb) {
				if (!(s->info[j].vroles & V_SPEECH))
					subj = 0;
				break;
			}
		for (j = p->head + 1, words = 0; j + 1 < s->n && words < 14; j++, words++) {
			/* ("a planned meeting between Sudan's army chief Abdel
			 * Fattah al-Burhan and RSF leader Mohamed Hamdan Dagalo
			 * did not take place": the names of the parties count
			 * as one word each) */
			if (s->info[j].mention >= 0 && !s->info[j].verb) {
				const struct mention *mm = &s->ments[s->info[j].mention];
				if (mm->tok + mm->n_tok > j + 1 && mm->tok + mm->n_tok < s->n) {
					j = mm->tok + mm->n_tok - 1;
					continue;
				}
			}
			/* "a meeting between Trump and Xi is expected in
			 * October" (as "is expected to"), "talks are
			 * scheduled for Monday", "the summit is set for" */
			if ((s->info[j].roles & R_BE) &&
			    ((s->info[j + 1].roles & R_SPECADJ) || word_is_any(s, j + 1, expected))) {
				spec = 1;
				break;
			}
			if ((s->info[j].roles & R_BE) &&
			    ((s->info[j + 1].roles & R_PLANADJ) || word_is_any(s, j + 1, set))) {
				plan = 1;
				break;
			}
			/* "his first stop will be Tokyo": "will be" says what
			 * the noun will be, an event to come */
			if ((s->info[j].roles & R_BE) && (modal & R_WILL) && !(modal & R_NEG)) {
				plan = 1;
				break;
			}
			modal |= s->info[j].roles & (R_MAY | R_WILL | R_WOULD | R_NEG);
			if (s->info[j].verb || clause_break(s, j) || is_punct(s, j, ',')) {
				if (s->info[j].verb && !word_is_any(s, j, happen) && subj &&
				    (modal & (R_MAY | R_WILL | R_WOULD)) && !(modal & R_NEG) &&
				    indefinite_noun(s, p->head))
					hypothetical = 1;
				if (!(s->info[j].verb && word_is_any(s, j, happen)))
					modal = 0;
				/* "a Putin-Zelenskiy meeting could take place
				 * only once a settlement was prepared": the
				 * condition on the verb that says it happens */
				else if (subj) {
					size_t k;
					for (k = j + 1; k < s->n && k <= j + 6 &&
					     !is_punct(s, k, ',') && !is_punct(s, k, ';'); k++)
						if (s->info[k].roles & R_IF) {
							cond = 1;
							break;
						}
				}
				break;
			}
		}
		/* "Wang Yi is due in New Delhi on Monday": an adjective of
		 * plan read as the trigger is an arrival to come */
		if (s->info[p->head].roles & R_PLANADJ)
			plan = 1;
		/* ("arrived in Cyprus en route to Canada": the journey's end
		 * is still to come) */
		if (p->head > 0 && head_is(s, p->head, "route") && head_is(s, p->head - 1, "en"))
			plan = 1;
		/* "a Chinese attack on Taiwan could trigger a Japanese
		 * response", "any strike on Iran would be met with force":
		 * an act no one has done, put as the subject of what it would
		 * bring, is guessed at */
		if (hypothetical)
			spec = 1;
		if (subj && (modal & R_MAY))
			spec = 1;
		if (subj && (modal & R_WILL))
			plan = 1;
		if (subj && (modal & R_NEG))
			neg = 1;
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
	/* "a Gulf tour that will also take him to Qatar": a noun's pattern
	 * that reaches into a relative clause on it takes that clause's
	 * modal */
	if (p->kind == LEX_NOUN && p->r.pat && p->r.last > p->end) {
		int rel = 0;
		for (j = p->end + 1; j <= p->r.last && j < s->n; j++) {
			if (clause_is_relative(s, j) || head_is(s, j, "that"))
				rel = 1;
			else if (rel && (s->info[j].roles & R_WILL))
				plan = 1;
			else if (rel && (s->info[j].roles & R_MAY))
				spec = 1;
		}
	}
	if (p->kind == LEX_VERB && (p->vroles & V_SPEECH) && p->r.pat && p->r.last > p->end) {
		/* "announced it would send Patriot systems to Ukraine": a
		 * speech verb's pattern reaching into the clause it
		 * reports takes that clause's future.  (With a "no" or
		 * "not" in it the pattern codes the refusal itself: "said
		 * no official would attend", asserted.) */
		int will = 0, no = 0;
		for (j = p->head + 1; j <= p->r.last && j < s->n; j++) {
			will |= (s->info[j].roles & (R_WILL | R_WOULD)) != 0;
			no |= (s->info[j].roles & R_NEG) != 0;
		}
		if (will && !no)
			plan = 1;
	}
	/* "left Beijing without meeting Xi", "stopped short of accusing
	 * Moscow", "refrained from sending troops": an act the words
	 * before it say was not done */
	if (p->head >= 1 && head_ends_ing(s, p->head) && p->group == p->head &&
	    (word_is_any(s, p->head - 1, without) ||
	     gerund_not_done(s, p->head)))
		neg = 1;
	/* "emerged without a deal", "collapsed without any agreement": a
	 * noun "without" stands before, past its determiner, was not had */
	if (p->kind == LEX_NOUN && p->head >= 1) {
		size_t w = p->head - 1;
		if (w >= 1 && (s->info[w].roles & R_DET) && !(s->info[w].roles & R_POSS))
			w--;
		if (word_is_any(s, w, without))
			neg = 1;
		/* "stopped short of an apology", "instead of a fresh apology" */
		if (noun_not_given(s, p->head))
			neg = 1;
	}
	if (r & R_MAY)
		spec = 1;
	/* "rumours that Putin will visit North Korea", "it is possible
	 * that Xi will meet Biden": a "will" in the that-clause of a word
	 * of guessing is guessed at, as a "would" there is */
	if ((r & R_WILL) && !(r & R_WOULD) && p->reporter < 0 && said_by_noun(s, p) == 1)
		spec = 1;
	if (r & R_WOULD) {
		/* "would" in reported speech, or after "signalled that", is
		 * the future seen from the past; elsewhere, and always beside
		 * an if-clause, it is a condition. */
		int iff = if_in_clause(s, p);
		int noun_said = iff || p->reporter >= 0 ? 0 : said_by_noun(s, p);
		if (noun_said == 1)
			spec = 1;
		else if (noun_said == 2)
			plan = 1;
		else if (iff || (p->reporter < 0 && !spec && !neg && !said_before(s, p->group)))
			cond = 1;
		else
			plan = 1;
	}
	/* "could ease sanctions on Syria if its new rulers ...", "open
	 * to talks if Washington dropped": a condition after the act, in
	 * its own clause */
	/* (past the words a readiness noun's pattern took: "ready to meet
	 * Zelenskiy, but only if") */
	last = p->kind == LEX_NOUN && p->chosen == 1 && p->r.pat && p->r.last > p->end &&
	       p->end + 1 < s->n && (s->info[p->end + 1].roles & R_TO) ? p->r.last : p->end;
	/* (past the words a verb's pattern took as its object: "will
	 * open the Rafah crossing if", "let more aid trucks into Gaza on
	 * condition that") */
	/* ("could urge Russia to release the prisoners if the talks
	 * fail", "will call on Turkey to withdraw its troops only if": an
	 * act still to come whose pattern takes its infinitive is held
	 * on the condition after that infinitive, as an offer is) */
	if (p->kind == LEX_VERB && p->chosen == 1 && p->r.pat && p->r.last > last &&
	    (plain_object(s, last + 1, p->r.last) ||
	     ((readiness_verb(s, p) || (r & (R_WILL | R_WOULD | R_MAY | R_CAN))) &&
	      offered_act(s, last + 1, p->r.last))))
		last = p->r.last;
	/* (an occasion's condition is the act's: "warned Xi in a video
	 * call of consequences if") */
	for (j = last + 1; !occasion && j < s->n && j <= last + 12 + listed; j++) {
		if (s->info[j].roles & R_IF) {
			cond = 1;
			break;
		}
		/* ("would resume its efforts when they showed seriousness",
		 * "could join the alliance when members agree": a "when"
		 * after an act that would or could be is its condition; after
		 * "will" it may be a date: "will meet Xi when he visits") */
		if ((r & (R_WOULD | R_MAY)) && head_is(s, j, "when") && finite_clause_after(s, j)) {
			cond = 1;
			break;
		}
		/* ("will not negotiate with Saudi Arabia, the United Arab
		 * Emirates, Bahrain and Egypt unless": a comma between the
		 * actors of a list ends no clause, and their words count
		 * for one) */
		if (is_punct(s, j, ',') && j + 1 < s->n &&
		    (s->info[j + 1].mention >= 0 ||
		     (j + 2 < s->n && (s->info[j + 1].roles & R_DET) && s->info[j + 2].mention >= 0))) {
			listed += 3;
			continue;
		}
		/* ("resume aid to Pyongyang as soon as": a verb's form
		 * right after the act is its object, no new clause) */
		/* ("ready to meet Zelenskiy, but only if he came to
		 * Moscow": a condition the act's own clause puts after a
		 * comma or "but") */
		if ((is_punct(s, j, ',') || (s->info[j].roles & R_BUT)) && only_if_after(s, j)) {
			cond = 1;
			break;
		}
		/* ("agreed to halt strikes for 30 days, provided Kyiv does
		 * the same", "in September, conditional on reforms": a
		 * proviso after a comma is the act's) */
		/* ("invited the armed groups to talks, on condition that
		 * they give up arms": so is one put "on condition") */
		if (is_punct(s, j, ',') && j + 1 < s->n &&
		    (((s->info[j + 1].roles & R_IF) && word_is_any(s, j + 1, hinging)) ||
		     (j + 3 < s->n && head_is(s, j + 1, "on") && head_is(s, j + 2, "condition") &&
		      (s->info[j + 3].roles & R_IF)))) {
			cond = 1;
			break;
		}
		/* ("signed a pact pledging mutual assistance if either is
		 * attacked", "a treaty that obliges each to help if": the
		 * condition is the pact's own words, not the signing's) */
		/* ("the Rafah crossing", "the Kerch bridge": an -ing word
		 * after a name is a noun) */
		if (j > last + 1 && s->info[j].mention < 0 &&
		    ((head_ends_ing(s, j) && s->info[j].vlemma != LEX_NONE &&
		      !(s->info[j - 1].roles & (R_DET | R_POSS | R_PREP)) &&
		      s->info[j - 1].mention < 0) ||
		     head_is(s, j, "that") || clause_is_relative(s, j)))
			break;
		/* ("allow inspectors back into its bombed sites only if": a
		 * past form after a determiner is an adjective) */
		if (is_punct(s, j, ',') || is_punct(s, j, ';') || (s->info[j].roles & R_BUT) ||
		    (s->info[j].verb && j > last + 1 &&
		     !(past_form(s, j) && (s->info[j - 1].roles & (R_DET | R_POSS)))))
			break;
	}
	/* "vowed to slap 25% tariffs on all products from Mexico and
	 * Canada on his first day in office unless they stopped": an
	 * unless-clause past the words a verb's pattern took (a threat's
	 * condition, which the coder turns into the threat) */
	if (!cond && p->kind == LEX_VERB && p->chosen == 1 && p->r.pat && p->r.last > p->end)
		for (j = p->r.last + 1; j < s->n && j <= p->r.last + 12; j++) {
			if (word_is_any(s, j, unless)) {
				cond = 1;
				break;
			}
			if (is_punct(s, j, ',') || is_punct(s, j, ';') || (s->info[j].roles & R_BUT) ||
			    s->info[j].verb)
				break;
		}
	/* "will not release the prisoners until the next release is
	 * assured", "will not lift sanctions until Tehran stops": an act
	 * held back till a clause of its own comes true hangs on it, as
	 * "will not ... unless" does.  ("would not hold talks while
	 * sanctions remained" stays a denial: speech-t097.) */
	/* ("will not agree to a ceasefire without the release of all the
	 * hostages": a "without" that names what must come first is the
	 * same proviso) */
	if (!cond && neg && (r & (R_WILL | R_WOULD)))
		for (j = last + 1; j < s->n && j <= last + 20; j++) {
			if (word_is_any(s, j, until_while) && finite_clause_after(s, j)) {
				cond = 1;
				break;
			}
			if (word_is_any(s, j, without) && j + 1 < s->n &&
			    (word_is_any(s, j + 1, first_things) ||
			     (j + 2 < s->n && (s->info[j + 1].roles & R_DET) &&
			      word_is_any(s, j + 2, first_things)))) {
				cond = 1;
				break;
			}
			if (is_punct(s, j, ',') || is_punct(s, j, ';') ||
			    (s->info[j].roles & (R_BUT | R_IF)) || head_is(s, j, "that"))
				break;
		}
	/* Inside an if-clause: "if North Korea initiated contact"; inside
	 * a whether-clause the act is an open question ("declined to say
	 * whether Putin would meet Trump", "is weighing whether to
	 * impose sanctions"). */
	for (j = p->group; j-- > 0;) {
		if (s->info[j].roles & R_IF) {
			cond = 1;
			break;
		}
		if (word_is_any(s, j, whether)) {
			spec = 1;
			break;
		}
		if (is_punct(s, j, ',') || is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			break;
	}
	/* The main clause after a fronted condition ("Once Hamas releases
	 * the hostages, Israel will halt its strikes"); a clause joined
	 * by "and" or "but" after the comma is not its main clause. */
	for (j = p->group; j-- > 0;) {
		if (is_punct(s, j, ',')) {
			if (fronted_condition(s, j))
				cond = 1;
			break;
		}
		if ((s->toks[j].flags & TOK_PUNCT) || (s->info[j].roles & (R_BUT | R_CONJ | R_IF)) ||
		    clause_break(s, j))
			break;
	}
	/* "before he travels to Beijing, Blinken will meet", "will sign a
	 * deal when he visits Moscow": an act in the present in a clause of
	 * time is as planned as the main clause's "will" */
	if (!plan && !neg && !cond && present_form(s, p) && time_clause_of_will(s, preds, i))
		plan = 1;
	if (p->kind == LEX_VERB && in_question(s, p))
		spec = 1;
	{
		uint32_t be = be_complement_modal(s, p);
		if (be & R_MAY)
			spec = 1;
		if (be & R_NEG)
			neg = 1;
		if (be & R_WILL)
			plan = 1;
	}
	if (plan && !neg && !spec && !cond && plan_dropped(s, p))
		neg = 1;
	/* ("is prepared to ease sanctions in exchange for", "offered to
	 * free him in return for": an offer's price is its condition, as
	 * a plan's is) */
	if ((plan || readiness_verb(s, p) || readiness_noun(s, p)) && !neg && !spec && !cond &&
	    (price_after(s, last) || price_within(s, p->end, last)))
		cond = 1;
	/* "would not establish relations unless ...": the condition rules
	 * (tests/dev/README.md gives the order). */
	p->mode = cond ? DYAD_MODE_CONDITIONAL : spec ? DYAD_MODE_SPECULATIVE :
		  neg ? DYAD_MODE_NEGATED : plan ? DYAD_MODE_PLANNED :
		  DYAD_MODE_ASSERTED;
	return (enum dyad_mode)p->mode;
}

/* "threatened retaliation if Finland joined NATO", "would meet him if
 * Putin came", "If Putin came, he would meet him": an act inside an if-
 * or unless-clause that hangs on another predicate of the sentence is
 * that predicate's condition, not an event of its own. */
int mode_in_condition(const struct sent *s, const struct pred *preds, size_t n,
		      const struct pred *p)
{
	size_t j, k;

	for (j = p->group; j-- > 0;) {
		if (s->info[j].roles & R_IF) {
			/* ("Lebanon is ready for a ceasefire with Israel if
			 * Israel halts its attacks": a readiness noun offers
			 * as a verb does) */
			for (k = 0; k < n; k++)
				if ((preds[k].kind == LEX_VERB || readiness_noun(s, &preds[k])) &&
				    preds[k].head < j && preds[k].n_heads)
					return 1;
			/* "Should Beijing invade Taiwan, Japan would impose
			 * sanctions": a fronted condition hangs on the main
			 * clause after its comma */
			for (j = p->end + 1; j < s->n && !is_punct(s, j, ','); j++)
				;
			if (j < s->n && fronted_condition(s, j))
				for (k = 0; k < n; k++)
					if (preds[k].kind == LEX_VERB && preds[k].head > j &&
					    preds[k].n_heads)
						return 1;
			return 0;
		}
		if (is_punct(s, j, ',') || is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			return 0;
	}
	return 0;
}
