/*
 * act_context.c - what the rest of the sentence and the story add.
 *
 * Once source and target are known, the conditions an act is offered
 * on, the victims an attack names only by number, the charges a claim
 * or an accusation carries, the act a threat answers, the earlier
 * sentences of the story (who intercepted what, who is a party to an
 * accord), and the acts restated in a second clause.
 */
#include <stdint.h>
#include <string.h>

#include "act_int.h"

/* Whether an opinion verb ("think", "believe") before p, whose subject
 * is the one of code src, hedges p: the maker's own view ('"I think he
 * is a war criminal," Biden said'), not another's guess. */
int act_own_opinion(const struct sent *s, const struct pred *preds, size_t n,
		    const struct pred *p, int32_t src)
{
	size_t k;

	for (k = 0; k < n; k++) {
		const struct pred *q = &preds[k];
		/* ("Beijing is expected to condemn the sale": an opinion in
		 * the passive is others', not the maker's) */
		if (q->kind != LEX_VERB || q->head >= p->head || !(q->vroles & V_OPINION) ||
		    q->passive || q->subject < 0 || !s->ments[q->subject].code || !s->ments[src].code)
			continue;
		if (!strcmp(s->ments[q->subject].code, s->ments[src].code))
			return 1;
	}
	return 0;
}

/* Whether a clause of its own, joined after a comma ("..., and",
 * "..., but") or a semicolon, opens among tokens FROM..TO-1: "Ukraine
 * proposed neutrality in exchange for security guarantees, and Turkey
 * hosted both delegations" makes no offer to Turkey. */
static int next_clause_before(const struct sent *s, size_t from, size_t to)
{
	size_t j;

	for (j = from; j < to && j < s->n; j++)
		if (is_punct(s, j, ';') ||
		    (is_punct(s, j, ',') && j + 1 < s->n &&
		     (s->info[j + 1].roles & (R_CONJ | R_BUT))))
			return 1;
	return 0;
}

/* '"... we will totally destroy North Korea," Trump told the
 * Assembly': force the one quoted says "we" will use is a threat made
 * in the saying, condition or not (the verb's group, or that of the
 * verb it hangs on: "will have no choice but to destroy"). */
static int quoted_future(const struct act *a)
{
	const struct pred *p = a->p;

	const struct sent *s = a->e->s;
	static const char *const first[] = { "I", "we", NULL };
	size_t j, k;

	if (!a->quoted)
		return 0;
	if (p->group_roles & (R_WILL | R_WOULD))
		return 1;
	/* back to the "we" quoted_first_person found */
	for (j = p->group, k = 0; j > 1 && k < 8; k++) {
		j--;
		if (word_is_any(s, j, first))
			break;
		if (s->info[j].roles & (R_WILL | R_WOULD))
			return 1;
	}
	return 0;
}

/* "Should Russia attack, ...", "Were Iran to strike, ...", "If Tehran
 * retaliates, ...": the comma that closes a condition opening the
 * sentence (an R_IF word among its first four tokens, no punctuation
 * before the comma), or SIZE_MAX. */
static size_t fronted_if_comma(const struct sent *s)
{
	size_t j, k;

	for (j = 0; j < s->n && !(s->toks[j].flags & TOK_PUNCT); j++)
		;
	if (j >= s->n || !is_punct(s, j, ','))
		return SIZE_MAX;
	for (k = 0; k < j && k <= 3; k++)
		if (s->info[k].roles & R_IF)
			return j;
	return SIZE_MAX;
}

/* "warned it would retaliate if Washington imposed tariffs on European
 * cars", "will respond in kind should the United States impose duties":
 * whether p is a verb of answering back whose condition after it ("if",
 * "unless", "should") names a trade measure, so that the counterblow
 * held out is one in trade. */
static int trade_condition(const struct sent *s, const struct pred *p)
{
	static const char *const answer[] = { "retaliate", "retaliates", "retaliated", "retaliating",
					      "respond", "responds", "responded", "responding",
					      "reply", "replies", "replied", "hit", "strike", NULL };
	static const char *const should[] = { "should", NULL };
	static const char *const measures[] = { "tariff", "tariffs", "duties", "levies", "levy",
						"sanctions", "export", "exports", "imports", NULL };
	size_t j;
	int cond = 0;

	if (p->kind != LEX_VERB || !word_is_any(s, p->head, answer))
		return 0;
	for (j = p->end + 1; j < s->n; j++) {
		if (!cond && ((s->info[j].roles & R_IF) || word_is_any(s, j, should))) {
			cond = 1;
			continue;
		}
		if (clause_break(s, j) && !(s->toks[j].flags & TOK_WORD))
			break;
		if (cond && word_is_any(s, j, measures))
			return 1;
	}
	return 0;
}

/* Whether p holds out "measures", "countermeasures" or "steps" (within
 * six words of its head), or is a verb of answering back, in a sentence that names a trade measure
 * (tariffs, duties, levies, export controls or curbs on chip exports,
 * an entity list, a trade or export blacklist). */
int act_trade_measures(const struct sent *s, const struct pred *p)
{
	static const char *const held[] = { "measures", "countermeasures", "counter-measures",
					    "steps", NULL };
	static const char *const answer[] = { "retaliate", "retaliates", "retaliated",
					      "retaliating", "respond", "responds", "responded",
					      "responding", NULL };
	static const char *const trade[] = { "tariff", "tariffs", "duties", "levies", "levy",
					     "anti-dumping", "antidumping", NULL };
	static const char *const controls[] = { "controls", "curbs", "restrictions", "list", NULL };
	static const char *const kinds[] = { "export", "entity", NULL };
	/* ("added 36 Chinese companies to its trade blacklist") */
	static const char *const blacklist[] = { "blacklist", NULL };
	static const char *const blacklist_kinds[] = { "trade", "export", NULL };
	static const char *const exports[] = { "exports", "chips", "chip", NULL };
	size_t j, k;
	int measures = 0;

	for (j = p->head + 1; j < s->n && j <= p->head + 6; j++)
		if (word_is_any(s, j, held))
			measures = 1;
	/* ("U.S. tariffs on European cheese went into effect, and the EU
	 * warned it would respond": the answer held out to a tariff) */
	if (p->kind == LEX_VERB && word_is_any(s, p->head, answer))
		measures = 1;
	if (!measures)
		return 0;
	for (j = 0; j < s->n; j++) {
		if (word_is_any(s, j, trade) ||
		    (j > 0 && word_is_any(s, j, controls) && word_is_any(s, j - 1, kinds)) ||
		    (j > 0 && word_is_any(s, j, blacklist) && word_is_any(s, j - 1, blacklist_kinds)))
			return 1;
		/* ("the new U.S. curbs on chip exports") */
		if (word_is_any(s, j, controls))
			for (k = j + 1; k < s->n && k <= j + 3; k++)
				if (word_is_any(s, k, exports))
					return 1;
	}
	return 0;
}

/* "A man threw what appeared to be a pipe bomb at Prime Minister Fumio
 * Kishida": the figure a thrown bomb is aimed "at", however far after
 * the verb in its clause, is the one attacked. */
static int thrown_at(const struct sent *s, const struct pred *p, const struct mention *t)
{
	static const char *const throw_w[] = { "threw", "throw", "throws", "throwing", "thrown",
					       "hurled", "hurl", NULL };
	static const char *const at_w[] = { "at", NULL };

	return word_is_any(s, p->head, throw_w) && t->tok > 0 && t->tok <= p->end + 12 &&
	       word_is_any(s, t->tok - 1, at_w);
}

/* "A man beheaded", "A 71-year-old man shot", "A South Korean man
 * wielding a knife slashed", "Two women stabbed": the token of the man
 * or woman that opens p's clause as its subject, with no actor of its
 * own, or -1.  A determiner or count opens the phrase; up to two words
 * (an age, a state's name) stand between it and the person, and a
 * participle's phrase of up to four words may follow the person. */
static long person_subject(const struct sent *s, const struct pred *p)
{
	static const char *const person[] = { "man", "woman", "men", "women", "teenager",
					      "youth", "boy", NULL };
	size_t j, w;

	for (w = p->head; w-- > 0 && w + 7 > p->head;) {
		if (word_is_any(s, w, person))
			break;
		if (clause_break(s, w) || (s->toks[w].flags & TOK_PUNCT) ||
		    (s->info[w].mention >= 0 && !s->ments[s->info[w].mention].country))
			return -1;
	}
	if (w >= p->head || w + 7 <= p->head || !word_is_any(s, w, person))
		return -1;
	/* (the phrase after the person opens with a participle) */
	if (w + 1 < p->head && !head_is(s, w + 1, "wield") && !past_form(s, w + 1) &&
	    !head_ends_ing(s, w + 1))
		return -1;
	for (j = w; j-- > 0 && j + 4 > w;) {
		if ((s->info[j].roles & R_DET) || (s->toks[j].flags & TOK_NUM) ||
		    head_is(s, j, "two") || head_is(s, j, "three"))
			return j == 0 || (s->toks[j - 1].flags & TOK_PUNCT) ||
			       clause_break(s, j - 1) ? (long)w : -1;
	}
	return -1;
}

/* Force or sanctions the speaker's own side would use on a condition
 * are a threat; an offer on a condition is made to the party the
 * condition names; a political figure shot by no one named suffered an
 * attempt on their life (185) or was assassinated (186). */
/* "will keep attacking", "will continue striking", "will go on
 * firing": p is an act kept up (a plan to step it up, "will intensify
 * its strikes until", is told as the strikes to come) */
static int kept_up(const struct sent *s, const struct pred *p)
{
	static const char *const keep[] = { "keep", "continue", "go", NULL };
	size_t j;

	for (j = p->head; j-- > 0 && j + 3 > p->head;)
		if (word_is_any(s, j, keep) || head_is(s, j, "keep") || head_is(s, j, "continue"))
			return 1;
	return 0;
}

/* Whether an "until" clause with a verb of its own follows p in its
 * sentence within reach words, before a semicolon ("until the siege of Gaza is lifted",
 * "until Israel ends its war"; not "until further notice", no clause). */
static int until_yields(const struct sent *s, const struct pred *p, size_t reach)
{
	static const char *const until[] = { "until", "till", NULL };
	size_t j, k;

	for (j = p->end + 1; j < s->n && j <= p->end + reach; j++) {
		if (is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			return 0;
		if (!word_is_any(s, j, until))
			continue;
		for (k = j + 1; k < s->n && k <= j + 8 && !is_punct(s, k, ','); k++) {
			size_t len;
			const char *t = tok_text(s, k, &len);
			if (s->info[k].verb || (s->info[k].roles & R_BE))
				return 1;
			/* ("until the war in Gaza ends,": a present
			 * tense read as a plural noun, last in its clause) */
			/* (or right after its subject: "until it ends its war") */
			if (s->info[k].vlemma != LEX_NONE && k > j + 1 && len > 2 && t[len - 1] == 's' &&
			    s->info[k].mention < 0 &&
			    ((k > j + 2 && (k + 1 >= s->n || (s->toks[k + 1].flags & TOK_PUNCT))) ||
			     s->info[k - 1].mention >= 0))
				return 1;
		}
		return 0;
	}
	return 0;
}

/* Whether p is told as the source's vow or plan: "vowed to impose",
 * "pledged to slap", "will impose", "plans to impose". */
static int vowed_or_planned(const struct sent *s, const struct pred *p)
{
	static const char *const vows[] = { "vow", "vows", "vowed", "vowing", "pledge", "pledges",
					    "pledged", "pledging", "promise", "promises", "promised",
					    "promising", "swore", "swear", "swears", "will", "would",
					    "plans", "planned", "plan", NULL };
	size_t j;

	for (j = p->head; j-- > 0 && j + 6 > p->head;) {
		if (word_is_any(s, j, vows))
			return 1;
		if (s->info[j].mention >= 0 || is_punct(s, j, ','))
			return 0;
	}
	return 0;
}

/* The actor that opens the first "until" clause within reach words
 * after p ("until they clamp down", "until Iran halts"), or -1 ("until a
 * leak is repaired": no party is waited on). */
static int32_t until_party(const struct sent *s, const struct pred *p, size_t reach)
{
	static const char *const until[] = { "until", "till", NULL };
	size_t j;

	for (j = p->end + 1; j + 1 < s->n && j <= p->end + reach; j++)
		if (word_is_any(s, j, until))
			return s->info[j + 1].mention;
	return -1;
}

int act_conditions_and_attempts(struct act *a)
{
	static const char *const blows[] = { "slap", "slapp", "punch", "kick", "shove", "headbutt",
					     NULL };
	struct dyad_coder *c = a->e->c;
	struct sent *s = a->e->s;
	struct pred *preds = a->preds;
	struct pred *p = a->p;
	size_t i = a->i;

	/* (a counterblow held out against a trade measure: 1312) */
	if (a->rc && (!strcmp(a->rc, "138") || !strcmp(a->rc, "130")) && trade_condition(s, p))
		a->rc = "1312";
	/* "Trump attacked Biden over his handling of the economy", "Macron
	 * attacked Italy's government over its migrant policy": a named
	 * politician who "attacks" an office holder, an opponent or a
	 * government does it in words (111); states, forces and gunmen
	 * attack with arms, and a blow stays one ("A man attacked Prime
	 * Minister Mette Frederiksen" names no politician as its doer). */
	if (p->kind == LEX_VERB && !p->passive && head_is(s, p->head, "attack") && a->rc &&
	    (!strncmp(a->rc, "19", 2) || !strncmp(a->rc, "18", 2)) && a->src >= 0 && a->tgt >= 0 &&
	    s->ments[a->src].person && political_role(s->ments[a->src].code) &&
	    political_role(s->ments[a->tgt].code))
		a->rc = "111";
	/* "Medvedev said Moscow would have to use a nuclear weapon if a
	 * Ukrainian counter-offensive succeeded": force, sanctions or a
	 * walk-out that the speaker's own side would carry out on a
	 * condition is a threat, aimed at the other party the sentence
	 * names. */
	/* ("the EU will impose new sanctions on Russia unless Moscow
	 * withdraws": so is one its actor announces in its own name) */
	if (a->src >= 0 && a->rc && s->ments[a->src].code &&
	    (p->reporter < 0 ||
	     (s->ments[p->reporter].code &&
	      !strncmp(s->ments[p->reporter].code, s->ments[a->src].code, 3))) &&
	    (a->threat = act_threat_of(a->rc)) &&
	    (mode_resolve(s, preds, i) == DYAD_MODE_CONDITIONAL || quoted_future(a))) {
		if (a->tgt < 0)
			a->tgt = act_other_party(s, p->end + 1, &s->ments[a->src]);
	} else
		a->threat = NULL;
	if (a->threat && (!strcmp(a->threat, "138") || !strcmp(a->threat, "130")) &&
	    trade_condition(s, p))
		a->threat = "1312";
	/* "Erdogan said Turkey might suspend diplomatic relations with the
	 * UAE", "Turkey warned it could launch a new incursion into Syria": a
	 * penalty an office holder or the state says their own state may
	 * inflict is held over the
	 * other party, a threat made in the saying (as posture-t057's "warned
	 * that Turkey could cut ties"); another's forecast is no threat */
	/* ("Turkey may suspend diplomatic ties with the UAE or withdraw its
	 * ambassador": a verb joined to the one the speaker voices shares
	 * its speaker and its "may") */
	const struct pred *voiced = p;
	if (p->coord >= 0 && !(p->group_roles & R_MAY) && (preds[p->coord].group_roles & R_MAY) &&
	    (p->reporter < 0 || p->reporter == preds[p->coord].reporter))
		voiced = &preds[p->coord];
	if (!a->threat && a->src >= 0 && a->tgt >= 0 && a->rc && voiced->reporter >= 0 &&
	    (voiced->group_roles & R_MAY) && !(voiced->group_roles & R_NEG) && !voiced->neg &&
	    !p->neg && s->ments[a->src].code && s->ments[voiced->reporter].code &&
	    country_prefix(s->ments[a->src].code) &&
	    (political_role(s->ments[voiced->reporter].code) ||
	     (strlen(s->ments[voiced->reporter].code) == 3 &&
	      country_prefix(s->ments[voiced->reporter].code))) &&
	    !strncmp(s->ments[a->src].code, s->ments[voiced->reporter].code, 3) &&
	    strncmp(s->ments[a->tgt].code ? s->ments[a->tgt].code : "", s->ments[a->src].code, 3) &&
	    mode_resolve(s, preds, i) == DYAD_MODE_SPECULATIVE)
		a->threat = act_threat_of(a->rc);
	/* "North Korea's army said it was finalising a plan to fire four
	 * missiles toward Guam": force the sayer's own side says it holds a
	 * plan for is a threat, made in the saying (138) */
	if (!a->threat && a->src >= 0 && a->rc && p->held_plan && !p->neg &&
	    !(p->group_roles & R_NEG) && p->reporter >= 0 &&
	    s->ments[a->src].code && s->ments[p->reporter].code &&
	    country_prefix(s->ments[a->src].code) && can_use_force(s->ments[a->src].code) &&
	    !strncmp(s->ments[a->src].code, s->ments[p->reporter].code, 3) &&
	    (!strncmp(a->rc, "15", 2) || !strncmp(a->rc, "18", 2) || !strncmp(a->rc, "19", 2) ||
	     !strncmp(a->rc, "20", 2)))
		a->threat = "138";
	/* "The Houthis will keep attacking Israeli-linked ships until the
	 * siege of Gaza is lifted, their leader said": force the actor's own
	 * side says it will go on with until the other party yields is held
	 * over that party, a threat made in the saying (138) */
	if (!a->threat && a->src >= 0 && a->rc && !p->neg && !(p->group_roles & R_NEG) &&
	    (!strncmp(a->rc, "18", 2) || !strncmp(a->rc, "19", 2) || !strncmp(a->rc, "20", 2)) &&
	    s->ments[a->src].code &&
	    (p->reporter < 0 ||
	     (s->ments[p->reporter].code &&
	      !strncmp(s->ments[p->reporter].code, s->ments[a->src].code, 3))) &&
	    mode_resolve(s, preds, i) == DYAD_MODE_PLANNED && kept_up(s, p) && until_yields(s, p, 12))
		a->threat = "138";
	/* "Trump vowed to impose a 25% tariff on Mexico and Canada until
	 * they clamp down on drugs", "will keep sanctions on Iran until it
	 * halts enrichment": a tariff or sanction held out until the other
	 * party yields is a threat (1312, tests/dev/README.md `posture`),
	 * not the measure itself */
	if (!a->threat && a->src >= 0 && a->rc && !strcmp(a->rc, "163") && !p->neg &&
	    !(p->group_roles & R_NEG) && p->kind == LEX_VERB &&
	    mode_resolve(s, preds, i) != DYAD_MODE_NEGATED && vowed_or_planned(s, p) &&
	    until_yields(s, p, 24) && until_party(s, p, 24) >= 0)
		a->threat = "1312";
	/* "Should Russia attack a NATO member, the alliance would respond
	 * with force, Rutte said", "Were Iran to strike, Israel would
	 * retaliate": a threat whose condition opens the sentence is aimed
	 * at the actor that condition names, not at the one reporting it */
	if (a->src >= 0 && a->rc && (!strncmp(a->rc, "13", 2) || a->threat) &&
	    (a->tgt < 0 ||
	     (p->reporter >= 0 && s->ments[a->tgt].group == s->ments[p->reporter].group))) {
		size_t comma = fronted_if_comma(s);
		if (comma != SIZE_MAX) {
			int32_t o = act_other_party(s, 0, &s->ments[a->src]);
			if (o >= 0 && s->ments[o].tok < comma)
				a->tgt = o;
		}
	}
	/* "Israel would agree to a pause in fighting if Hamas released more
	 * hostages": an offer on a condition is made to the party whose act
	 * the condition is. */
	if (a->tgt < 0 && a->src >= 0 && a->rc &&
	    mode_resolve(s, preds, i) == DYAD_MODE_CONDITIONAL) {
		a->tgt = act_other_party(s, p->end + 1, &s->ments[a->src]);
		if (a->tgt >= 0 && next_clause_before(s, p->end + 1, s->ments[a->tgt].tok))
			a->tgt = -1;
		/* ("said that if Hamas released the hostages, Israel
		 * would halt its offensive": the condition put before the
		 * act names the party) */
		if (a->tgt < 0) {
			size_t k;
			for (k = p->group; k-- > 0;)
				if (s->info[k].roles & R_IF) {
					int32_t o = act_other_party(s, k + 1, &s->ments[a->src]);
					if (o >= 0 && s->ments[o].tok < p->group &&
					    o != a->src && s->ments[o].group != s->ments[a->src].group)
						a->tgt = o;
					break;
				}
		}
	}
	/* "Slovak Prime Minister Robert Fico was shot by a 71-year-old man",
	 * "Abe was shot dead": an attack on a political figure by no named
	 * actor is an attempt on their life (185) or their assassination
	 * (186) by one of their own state's civilians. */
	/* "were killed when their helicopter crashed": a bare "killed" may
	 * be no attack at all. */
	/* ("A man stabbed opposition leader Lee Jae-myung in the neck": so
	 * is one whose subject names no actor, the figure its object right
	 * after the verb, not one named further on: "shot down a balloon on
	 * the orders of President Joe Biden".) */
	/* ("A man slapped French President Emmanuel Macron in the face": a
	 * blow of the hand or foot is an assault, no attempt on a life.) */
	if (p->kind == LEX_VERB && a->tgt >= 0 && !head_is_any(s, p->head, blows) &&
	    (p->passive || (a->src < 0 && s->ments[a->tgt].tok > p->end &&
			    (s->ments[a->tgt].tok <= p->end + 4 ||
			     thrown_at(s, p, &s->ments[a->tgt])))) &&
	    (a->src < 0 || !placeable(&s->ments[a->src])) &&
	    !head_is(s, p->head, "kill") &&
	    s->ments[a->tgt].person && political_role(s->ments[a->tgt].code) && a->rc &&
	    (!strncmp(a->rc, "18", 2) ||
	     !strncmp(a->rc, "19", 2))) {
		char *cc = state_role(c, s->ments[a->tgt].code, "CVL");
		if (cc) {
			act_derived_mention(&a->attacker, &s->ments[a->tgt], cc, 0,
					    s->toks[p->head].start - s->base, s->toks[p->end].end - s->base);
			a->attempt = head_is(s, p->head, "assassinate") ||
				  shot_dead(s, p, &s->ments[a->tgt]) ? "186" : "185";
			a->src = a->tgt;
		}
	}
	/* "A man beheaded a history teacher", "A South Korean man wielding a
	 * knife slashed the U.S. ambassador": terror by a man or woman the
	 * sentence names no actor for is done by a civilian of the state
	 * the words name before the person, else of the target's state. */
	if (p->kind == LEX_VERB && !a->attempt && a->src < 0 && a->tgt >= 0 && !p->passive &&
	    a->rc && !strncmp(a->rc, "18", 2) && s->ments[a->tgt].code &&
	    country_prefix(s->ments[a->tgt].code)) {
		long w = person_subject(s, p);
		if (w >= 0) {
			const struct mention *st = &s->ments[a->tgt];
			char *cc;
			if (w > 0 && s->info[w - 1].mention >= 0 &&
			    s->ments[s->info[w - 1].mention].country &&
			    s->ments[s->info[w - 1].mention].code &&
			    country_prefix(s->ments[s->info[w - 1].mention].code))
				st = &s->ments[s->info[w - 1].mention];
			cc = state_role(c, st->code, "CVL");
			if (cc) {
				act_derived_mention(&a->attacker, st, cc, 0,
						    s->toks[p->head].start - s->base,
						    s->toks[p->end].end - s->base);
				a->attempt = a->rc;
				a->src = a->tgt;
			}
		}
	}
	return 0;
}

/* "A Russian missile attack on Kyiv killed at least five people",
 * "Russia's missile barrage on Kyiv and other cities killed 11 people":
 * a strike named by a noun whose clause goes on to the people it killed
 * or wounded falls on the civilians of the place struck, as a strike
 * that kills people is coded (tests/dev: dv3-0023).  Whether the clause
 * after mention m says so. */
int act_killed_people_after(const struct sent *s, const struct mention *m)
{
	static const char *const people[] = { "people", "civilians", "residents", "children",
					      "passengers", "worshippers", NULL };
	size_t j, k;

	/* (a place named by a description, "air strikes on the enclave
	 * killed 400 people", stays the state: desc-t070) */
	if (s->info[m->tok].roles & R_DET)
		return 0;
	for (j = m->tok + m->n_tok; j < s->n && j < m->tok + m->n_tok + 12; j++) {
		if (is_punct(s, j, ',') || is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			return 0;
		if (!s->info[j].verb)
			continue;
		if (!head_is(s, j, "kill") && !head_is(s, j, "wound") && !head_is(s, j, "injure"))
			return 0;
		for (k = j + 1; k < s->n && k < j + 7; k++) {
			if (word_is_any(s, k, people))
				return 1;
			if (is_punct(s, k, ',') || s->info[k].verb)
				return 0;
		}
		return 0;
	}
	return 0;
}

/* "Peruvians demanding new elections blocked highways", "thousands of
 * Iranians marched": a people named by its plural demonym is the
 * state's civilians, not the state. */
static int state_people(const struct sent *s, int32_t mi)
{
	const struct mention *m = &s->ments[mi];

	return m->country && m->kind == M_NAME && m->n_tok == 1 && plural_form(s, m->tok);
}

/* Victims and places no mention names: people the lexicon does not
 * know ("arrested a 41-year-old man"), civilians of the state the
 * sentence places them in, a state's facilities, protests against the
 * government, captured towns, hostages, massacres, bombs no one claims. */
/* Passive forms of the verbs that take a place ("was captured by",
 * "has been retaken by"), and who takes places by them: a state's
 * forces or rulers, or an armed group. */
static const char *const capture_forms[] = { "captured", "recaptured", "seized", "taken",
					     "retaken", "overrun", NULL };

static const char *const capture_roles[] = { "MIL", "GOV", "REB", NULL };

/* The state's forces whose captives are arrested, not abducted. */
static const char *const arrest_roles[] = { "MIL", "COP", "GOV", "SPY", NULL };

/* The civilians a ", killing ..." or ", leaving ... dead" after P's
 * clause counts ("pounded Kyiv overnight, killing at least 31 people"):
 * the mention of a state's people (or people of no state) of STATE, or
 * -1.  Only the toll told right after a comma, within its few words. */
static int32_t toll_civilians(const struct sent *s, const struct pred *p, const char *state)
{
	static const char *const toll[] = { "killing", "leaving", NULL };
	size_t j, k;

	for (j = p->end + 1; j + 1 < s->n && j < p->end + 24u; j++) {
		if (is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			return -1;
		if (!is_punct(s, j, ',') || !word_is_any(s, j + 1, toll))
			continue;
		for (k = j + 2; k < s->n && k < j + 9; k++) {
			int32_t m = s->info[k].mention;
			const char *mc;
			if (m < 0)
				continue;
			mc = s->ments[m].code;
			if (!mc || s->ments[m].person)
				return -1;
			if (!strcmp(mc, "CVL") ||
			    (strlen(mc) == 6 && !strcmp(mc + 3, "CVL") && !strncmp(mc, state, 3)))
				return m;
			return -1;
		}
		return -1;
	}
	return -1;
}

/* "Chechnya's president Akhmad Kadyrov was killed on Sunday when a bomb
 * exploded under the VIP stand": the victim of a bomb that goes off in a
 * "when" clause right after a passive of killing or wounding with no
 * agent is that passive's subject, not the place the clause names; -1
 * when p is no such bomb. */
static int32_t when_bomb_victim(const struct act *a)
{
	static const char *const harm[] = { "kill", "wound", "injure", "hurt", "assassinate", NULL };
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	size_t q, j, k;

	for (q = 0; q < a->n; q++) {
		const struct pred *v = &a->preds[q];
		if (v == p || v->kind != LEX_VERB || !v->passive || v->subject < 0 ||
		    v->by_agent >= 0 || v->end >= p->head || p->head - v->end > 16)
			continue;
		for (k = 0; harm[k] && !head_is(s, v->head, harm[k]); k++)
			;
		if (!harm[k])
			continue;
		/* the "when" within a short adverbial, and the bomb's verb
		 * the first verb after it */
		for (j = v->end + 1; j < p->head && j < v->end + 8; j++) {
			if (is_punct(s, j, ',') || is_punct(s, j, ';') || s->info[j].verb)
				break;
			if (head_is(s, j, "when")) {
				for (k = j + 1; k < p->head && !s->info[k].verb; k++)
					;
				if (k == p->head && p->head - j <= 6)
					return v->subject;
				break;
			}
		}
	}
	return -1;
}

/* The act falls on the civilians of `state` (a code it begins), over
 * the target's words. */
static void target_civilians_of(struct act *a, const char *state)
{
	char *cc = state_role(a->e->c, state, "CVL");

	if (!cc)
		return;
	a->own = a->e->s->ments[a->tgt];
	a->own.code = cc;
	a->own.actor = LEX_NONE;
	a->own.placed = 1;
	a->tgt = -1;
	a->have_own = 1;
}

int act_unnamed_victims(struct act *a)
{
	struct dyad_coder *c = a->e->c;
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *p = a->p;

	/* "killed more than 400 patients and their relatives at a maternity
	 * hospital in El Fasher": force on people the lexicon does not know,
	 * named right after the verb, falls on them, not on the place named
	 * after them. */
	/* (a pattern's target that is only the possessive of a second
	 * noun, "shot dead more than 460 patients and their companions",
	 * names no victim either) */
	if (a->tgt >= 0 && !a->have_own && a->src >= 0 && p->kind == LEX_VERB && !p->passive &&
	    (a->r.target < 0 || (s->ments[a->tgt].kind == M_PRONOUN &&
				 (s->info[s->ments[a->tgt].tok].roles & R_POSS)) ||
	     /* ("a Russian drone killed a family of five in Kharkiv": a
	      * pattern's first actor after the verb that is a place past the
	      * people) */
	     (s->ments[a->tgt].after_prep && s->ments[a->tgt].kind == M_NAME &&
	      s->ments[a->tgt].code && strlen(s->ments[a->tgt].code) == 3)) &&
	    a->rc && s->ments[a->tgt].tok > p->end &&
	    (!strncmp(a->rc, "18", 2) || !strncmp(a->rc, "19", 2) || !strncmp(a->rc, "20", 2) ||
	     /* ("police arrested 13 suspects in raids across Colombo": an
	      * arrest's people before the place, as a killing's) */
	     (!strncmp(a->rc, "17", 2) && s->ments[a->tgt].after_prep))) {
		size_t oh = 0;
		if (act_unknown_object(s, (a->r.last > p->end ? a->r.last : p->end) + 1, &oh) == OBJ_PEOPLE &&
		    oh < s->ments[a->tgt].tok)
			a->tgt = -1;
	}
	/* "Russian missiles and drones pounded Kyiv overnight, killing at
	 * least 31 people", "shelled Kherson, killing seven civilians":
	 * force on a town or state named as the verb's object, whose toll
	 * right after counts people there, falls on that state's civilians,
	 * as force on a shopping centre there does.  (Not a place after a
	 * preposition: "launched strikes on Gaza, killing 400" keeps it; nor
	 * a state acting by its name, state on state: "Russia pounded Kyiv
	 * with missiles, killing 12".) */
	if (a->tgt >= 0 && !a->have_own && a->src >= 0 && p->kind == LEX_VERB && !p->passive &&
	    a->rc && (!strncmp(a->rc, "18", 2) || !strncmp(a->rc, "19", 2)) &&
	    s->ments[a->tgt].kind == M_NAME && !s->ments[a->tgt].person && s->ments[a->tgt].code &&
	    !s->ments[a->tgt].after_prep && s->ments[a->tgt].tok > p->end &&
	    strlen(s->ments[a->tgt].code) == 3 && country_prefix(s->ments[a->tgt].code) &&
	    s->ments[a->src].code && strlen(s->ments[a->src].code) > 3 &&
	    strncmp(s->ments[a->src].code, s->ments[a->tgt].code, 3)) {
		int32_t v = toll_civilians(s, p, s->ments[a->tgt].code);
		char *cc = v >= 0 ? state_role(c, s->ments[a->tgt].code, "CVL") : NULL;
		if (cc) {
			act_derived_mention(&a->own, &s->ments[v], cc, 0, s->ments[v].start,
					    s->ments[v].end);
			a->tgt = -1;
			a->have_own = 1;
		}
	}
	/* "police arrested a 41-year-old man", "released Vadim Krasikov",
	 * "to quell protests by students": people, a protest or a personal
	 * name the lexicon does not know, as the object of a verb, are the
	 * civilians of the state the sentence places them in ("protests by
	 * students": the protesters named). */
	if (a->tgt < 0 && !a->have_own && a->src >= 0 && p->kind == LEX_VERB && !p->passive && a->rc) {
		size_t obj_head = 0, k;
		const char *rc = a->rc;
		int kind = act_unknown_object(s, (a->r.last > p->end ? a->r.last : p->end) + 1, &obj_head);
		const char *state;
		static const char *const on_people[] = { "08", "11", "12", "16", "17", "18", "19",
							 "20", NULL };
		/* A name after "met" or "visited" is more often a place or a
		 * firm; after "arrested", "released", "expelled", "killed",
		 * a person. */
		if (kind == OBJ_NAME && !word_in(rc, 2, on_people))
			kind = OBJ_NONE;
		/* "police arrested dozens": a bare count coerced (17x) is of
		 * people; one wounded or killed is the toll an attack's own
		 * rules count */
		if (kind == OBJ_COUNT)
			kind = !strncmp(rc, "17", 2) ? OBJ_PEOPLE : OBJ_NONE;
		if (kind == OBJ_PROTEST) {
			k = obj_head + 1;
			if (k + 1 < s->n && (s->info[k].roles & R_BY)) {
				for (k++; k + 1 < s->n && (s->info[k].roles & R_DET) && s->info[k].mention < 0; k++)
					;
				if (s->info[k].mention >= 0 && s->info[k].mention != a->src) {
					a->tgt = s->info[k].mention;
					kind = OBJ_NONE;
				}
			}
		}
		if (kind != OBJ_NONE && (state = match_place_state(c, s, (uint32_t)obj_head)) &&
		    country_prefix(state)) {
			char *cc = state_role(c, state, "CVL");
			if (cc) {
				act_derived_mention(&a->own, &s->ments[a->src], cc, kind == OBJ_NAME,
						    s->toks[obj_head - (kind == OBJ_NAME)].start - s->base,
						    s->toks[obj_head].end - s->base);
				/* its words, for the count before them ("killed
				 * more than 460 patients") */
				a->own.tok = (uint32_t)(obj_head - (kind == OBJ_NAME));
				a->own.n_tok = kind == OBJ_NAME ? 2 : 1;
				a->have_own = 1;
			}
		}
	}
	/* "thousands protested in Tbilisi", "workers went on strike": a protest
	 * by people out of office that names no target is against the
	 * government of their state, or of the state the sentence places it in. */
	if (a->src >= 0 && a->tgt >= 0 && act_own_state(s, a->tgt, s->ments[a->src].code) &&
	    !a->have_own && a->rc && !strncmp(a->rc, "14", 2) && civil_role(s->ments[a->src].code))
		a->tgt = -1;       /* "Kenyan protesters marched through Nairobi" */
	/* (not one a gerund on a preposition's object tells: "fired tear
	 * gas at students protesting against quotas" names whom the
	 * protest is against, or no one) */
	/* ("protesters who surrounded the legislature to block debate on a
	 * bill": the purpose of a protest already coded from the same
	 * crowd is that protest, at whom it is aimed, not another at the
	 * government) */
	if (a->src >= 0 && a->tgt < 0 && a->rc && !strncmp(a->rc, "14", 2) &&
	    p->infinitive && p->matrix >= 0 && s->ments[a->src].code) {
		uint32_t at = s->toks[a->preds[p->matrix].head].start - s->base;
		size_t k;
		for (k = 0; k < a->e->n_seen; k++) {
			const struct dyad_event *o = &a->e->seen[k];
			if (o->trigger.start == at && !strncmp(o->root, "14", 2) &&
			    !strcmp(o->source.code, s->ments[a->src].code))
				return act_not_coded(a, "the purpose of the protest before it, not another");
		}
	}
	if (a->src >= 0 && a->tgt < 0 && !a->have_own && a->rc &&
	    !strncmp(a->rc, "14", 2) && civil_role(s->ments[a->src].code) &&
	    !act_gerund_on_object(s, p)) {
		const char *sc = s->ments[a->src].code, *state = NULL;
		if (strlen(sc) >= 3 && country_prefix(sc))
			state = sc;
		else
			state = match_place_state(c, s, p->head);
		if (state && country_prefix(state)) {
			char *cc = state_role(c, state, "GOV");
			if (cc) {
				act_derived_mention(&a->own, &s->ments[a->src], cc, 0,
						    s->toks[p->head].start - s->base,
						    s->toks[p->end].end - s->base);
				a->have_own = 1;
			}
		}
	}
	/* "Hamas used civilians as human shields": the civilians a party
	 * shelters behind are those of its own state, not the accuser's */
	if (a->src >= 0 && a->tgt >= 0 && !a->have_own && a->rc && !strcmp(a->rc, "184") &&
	    s->ments[a->tgt].code && !strcmp(s->ments[a->tgt].code, "CVL") &&
	    s->ments[a->src].code && strlen(s->ments[a->src].code) >= 3 &&
	    country_prefix(s->ments[a->src].code))
		target_civilians_of(a, s->ments[a->src].code);
	/* "killed dozens of people", "wounded 40 civilians": people a use of
	 * force strikes, with no state of their own, are the civilians of the
	 * state the sentence places them in, else of the one state it names
	 * besides the attacker's ("gunned down civilians fleeing Irpin"). */
	if (a->src >= 0 && a->tgt >= 0 && !a->have_own && a->rc &&
	    !strcmp(s->ments[a->tgt].code, "CVL")) {
		const char *rc2 = a->rc, *state = NULL;
		if ((!strncmp(rc2, "18", 2) || !strncmp(rc2, "19", 2) || !strncmp(rc2, "20", 2)) &&
		    (((state = match_place_state(c, s, s->ments[a->tgt].tok)) && country_prefix(state)) ||
		     (state = act_attacked_state(s, a->src))))
			target_civilians_of(a, state);
	}
	/* "Russian drones struck a school in Kyiv", "troops attacked a convoy
	 * in Ukraine": force on an object no actor names, placed in another
	 * state's town, falls on that state -- on those its facility serves
	 * when the object is one (act_facility_role). */
	if (a->src >= 0 && a->tgt < 0 && !a->have_own && p->kind == LEX_VERB && !p->passive &&
	    a->rc && s->ments[a->src].code && (!strncmp(a->rc, "18", 2) ||
					       !strncmp(a->rc, "19", 2))) {
		uint32_t from = (a->r.last > p->end ? a->r.last : p->end) + 1;
		int32_t pl = act_first_in_clause(s, from);
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
		/* (its own state's too when the place is one its civilians use
		 * and the force comes from the air or the guns: "Sudan's army
		 * bombed a market in Nyala", "the junta's jets struck a school in
		 * Sagaing"; not its own bases, nor commandos storming a cafe to
		 * end a siege) */
		const char *frole = m ? act_facility_role(s, from, m) : NULL;
		if (m && q > (long)from && word_is_any(s, (size_t)q, in) && m->country &&
		    m->code && strlen(m->code) == 3 && country_prefix(m->code) &&
		    (strncmp(m->code, s->ments[a->src].code, 3) || armed_group(s->ments[a->src].code) ||
		     (frole && strcmp(frole, "MIL") && can_use_force(s->ments[a->src].code) &&
		      (!strcmp(a->rc, "195") || !strcmp(a->rc, "194"))))) {
			const char *role = frole;
			char *cc = state_role(c, m->code, role ? role : "");
			if (cc) {
				act_derived_mention(&a->own, m, cc, 0, m->start, m->end);
				a->have_own = 1;
			}
		}
	}
	/* "Protests spread across Iran": a protest that names no one is by
	 * the civilians of the state it is placed in, against its
	 * government (or against the target it names). */
	if ((a->src < 0 || state_people(s, a->src)) && p->governor < 0 && a->rc &&
	    !(p->end + 1 < s->n && (s->info[p->end + 1].roles & R_BY)) &&
	    !strncmp(a->rc, "14", 2)) {
		int32_t people = a->src;
		const char *state = people >= 0 ? s->ments[people].code : match_place_state(c, s, p->head);
		char *sc = state && country_prefix(state) ? arena_alloc(&c->mem, 14) : NULL;
		if (sc) {
			memcpy(sc, state, 3);
			memcpy(sc + 3, "CVL", 4);
			memcpy(sc + 7, state, 3);
			memcpy(sc + 10, "GOV", 4);
			act_implied_actor(&a->own_src, s, p->head, sc);
			/* the people named keep their words */
			if (people >= 0)
				act_derived_mention(&a->own_src, &s->ments[people], sc, 0,
						    s->ments[people].start, s->ments[people].end);
			a->src = -1;
			a->have_own_src = 1;
			if (!a->have_own && (a->tgt < 0 || act_own_state(s, a->tgt, sc))) {
				act_implied_actor(&a->own, s, p->head, sc + 7);
				a->tgt = -1;
				a->have_own = 1;
			}
		}
	}
	/* "with demonstrators setting banks on fire", "rioters torched
	 * shops": a riot (145, or force by civilians, which is coded so) by a
	 * state's civilians against its own firms
	 * is aimed at its government; the firms are what was hit.  (Workers
	 * striking against their firms are not.) */
	static const char *const people[] = { "CVL", NULL };
	if (a->src >= 0 && a->tgt >= 0 && !a->have_own && a->rc &&
	    (!strncmp(a->rc, "145", 3) || !strncmp(a->rc, "18", 2) || !strncmp(a->rc, "19", 2)) &&
	    s->ments[a->src].code && s->ments[a->tgt].code &&
	    role_in(s->ments[a->src].code, people) && country_prefix(s->ments[a->tgt].code) &&
	    !strncmp(s->ments[a->src].code, s->ments[a->tgt].code, 3)) {
		static const char *const firms[] = { "BUS", NULL };
		char *cc = role_in(s->ments[a->tgt].code, firms) ?
			   state_role(c, s->ments[a->tgt].code, "GOV") : NULL;
		if (cc) {
			act_derived_mention(&a->own, &s->ments[a->tgt], cc, 0, s->ments[a->tgt].start,
					    s->ments[a->tgt].end);
			a->tgt = -1;
			a->have_own = 1;
		}
	}
	/* "troops marched on the capital": a verb that is a protest only by
	 * its class's default is one when people out of office do it. */
	if (a->src >= 0 && p->kind == LEX_VERB && !a->r.pat && a->rc && !strncmp(a->rc, "14", 2) &&
	    !civil_role(s->ments[a->src].code))
		return act_not_coded(a, "a protest verb whose subject is not a civilian role");
	/* "Avdiivka was captured by Russian forces", "Damascus was seized by
	 * Syrian rebels": a place taken by armed men, told in the passive,
	 * is a capture (192), not goods seized (171, the class's default
	 * that no pattern overrides in the passive); "the tanker was seized
	 * by the Guards" keeps it, a craft being no place. */
	if (a->src >= 0 && a->tgt >= 0 && !a->have_own && p->kind == LEX_VERB && p->passive &&
	    !a->r.pat && a->rc && !strcmp(a->rc, "171") && word_is_any(s, p->head, capture_forms) &&
	    s->ments[a->tgt].kind == M_NAME && !s->ments[a->tgt].person && s->ments[a->tgt].country &&
	    s->ments[a->tgt].code && strlen(s->ments[a->tgt].code) == 3 && s->ments[a->src].code &&
	    (armed_group(s->ments[a->src].code) || role_in(s->ments[a->src].code, capture_roles)))
		a->rc = "192";
	/* "Foday Sankoh was captured by government forces", "troops captured
	 * the rebel leader": a person the state's forces take is arrested
	 * (173), not goods seized (171, the class's default that no pattern
	 * overrides); an armed group's captive keeps the default, hostage
	 * or not. */
	if (a->src >= 0 && a->tgt >= 0 && !a->have_own && p->kind == LEX_VERB && !a->r.pat && a->rc &&
	    !strcmp(a->rc, "171") && word_is_any(s, p->head, capture_forms) && s->ments[a->tgt].person &&
	    s->ments[a->src].code && role_in(s->ments[a->src].code, arrest_roles))
		a->rc = "173";
	/* "captured the border town of Jarablus from Islamic State", "wrested
	 * control of the town from the rebels": the side a place is taken
	 * from, named after "from" in the clause, is the target of its
	 * capture (192), not the place; so for a pattern's target that is
	 * only the place by its name ("captured Raqqa from Islamic State"). */
	if (a->src >= 0 && p->kind == LEX_VERB && a->rc && !strcmp(a->rc, "192") &&
	    (!p->passive || (a->tgt >= 0 && !a->have_own && s->ments[a->tgt].tok < p->head)) &&
	    (a->r.target < 0 || (a->tgt >= 0 && !a->have_own && s->ments[a->tgt].country &&
				 s->ments[a->tgt].code && strlen(s->ments[a->tgt].code) == 3))) {
		size_t j;
		for (j = p->end + 1; j + 1 < s->n && j < p->end + 16u; j++) {
			int32_t m = s->info[j].mention;
			if (clause_break(s, j) || (s->info[j].verb && m < 0))
				break;
			if (m >= 0 && s->ments[m].after_prep && (s->ments[m].prep_roles & R_FROM) &&
			    s->ments[m].group != s->ments[a->src].group) {
				a->tgt = m;
				break;
			}
		}
		/* "took control of Kidal, the northern stronghold held by
		 * Tuareg-led rebels for nearly a decade": the side a place
		 * described as "held by" is its holder, the same target */
		for (j = p->end + 1; j + 2 < s->n && j < p->end + 20u; j++) {
			static const char *const held[] = { "held", "controlled", "occupied", "ruled",
							    NULL };
			static const char *const by[] = { "by", NULL };
			size_t k;
			if ((s->info[j].roles & R_CONJ) || is_punct(s, j, ';') || is_punct(s, j, '.'))
				break;
			if (!word_is_any(s, j, held) || !word_is_any(s, j + 1, by))
				continue;
			for (k = j + 2; k < s->n && k < j + 6; k++) {
				int32_t m = s->info[k].mention;
				if (m < 0)
					continue;
				if (s->ments[m].code && s->ments[m].group != s->ments[a->src].group &&
				    strncmp(s->ments[m].code, s->ments[a->src].code, 6))
					a->tgt = m;
				break;
			}
			break;
		}
	}
	/* "M23 rebels seized two towns in the east": a capture (192) that
	 * names no holder is aimed at the state the places lie in, named in
	 * its clause or else placed by the sentence, unless that is the
	 * captor's own ("federal troops retook the town": its holder is
	 * unnamed). */
	/* (so is a siege or shelling of a place named after its kind,
	 * "besieged the town of Sake", "shelled the village of Zaitseve",
	 * the patterns that read the place matched) */
	if (a->src >= 0 && a->tgt < 0 && !a->have_own && p->kind == LEX_VERB && a->rc &&
	    (!strcmp(a->rc, "192") ||
	     (a->r.pat && (!strcmp(a->rc, "191") || !strcmp(a->rc, "194"))))) {
		const char *state = act_state(c, s, p);
		char *cc;
		/* rebels take their own state's towns from it */
		if (state && country_prefix(state) && s->ments[a->src].code &&
		    (strncmp(s->ments[a->src].code, state, 3) || armed_group(s->ments[a->src].code)) &&
		    (cc = state_role(c, state, ""))) {
			act_implied_actor(&a->own, s, p->head, cc);
			a->have_own = 1;
		}
	}
	/* "Trump vetoed a congressional resolution", "vetoed the defence
	 * bill": a bill or a resolution of the legislature vetoed is the
	 * vetoing leader's own legislature's, not the United Nations' */
	if (a->src >= 0 && a->tgt < 0 && !a->have_own && p->kind == LEX_VERB && a->rc &&
	    !strcmp(a->rc, "129") && head_is(s, p->head, "veto") && s->ments[a->src].code &&
	    country_prefix(s->ments[a->src].code)) {
		static const char *const bills[] = { "bill", "bills", "legislation", "congressional",
						     "parliamentary", NULL };
		size_t j;
		char *cc;
		for (j = p->end + 1; j < s->n && j < p->end + 8u && !clause_break(s, j); j++)
			if (word_is_any(s, j, bills)) {
				if ((cc = state_role(c, s->ments[a->src].code, "LEG"))) {
					act_implied_actor(&a->own, s, j, cc);
					a->have_own = 1;
				}
				break;
			}
	}
	/* "Russia and China vetoed the resolution", "vetoed a U.S.-led push
	 * to impose more U.N. sanctions", "vetoed the renewal of a panel of
	 * U.N. experts": a draft vetoed with no body named is one of the
	 * U.N. Security Council, the one body whose members veto, and a
	 * U.N. organ the draft names (a panel, its experts) is no target */
	if (a->src >= 0 && !a->have_own && p->kind == LEX_VERB && a->rc &&
	    !strcmp(a->rc, "129") && head_is(s, p->head, "veto") &&
	    (a->tgt < 0 || (s->ments[a->tgt].code && s->ments[a->tgt].tok > p->end &&
			    !strncmp(s->ments[a->tgt].code, "IGOUNO", 6) &&
			    strlen(s->ments[a->tgt].code) > 6))) {
		static const char *const drafts[] = { "resolution", "draft", "push", "bid",
						      "proposal", "renewal", "extension", "motion",
						      NULL };
		size_t j;
		for (j = p->end + 1; j < s->n && j < p->end + 8u && !clause_break(s, j); j++)
			if (word_is_any(s, j, drafts) || head_is(s, j, "resolution")) {
				act_implied_actor(&a->own, s, j, "IGOUNO");
				a->have_own = 1;
				a->tgt = -1;
				break;
			}
	}
	/* "A U.S. draft resolution on Gaza was vetoed by Russia and China":
	 * in the passive the draft is the subject, and its drafter, named
	 * in it, is no target; the veto is cast in the Security Council. */
	if (a->src >= 0 && !a->have_own && p->kind == LEX_VERB && p->passive && a->rc &&
	    !strcmp(a->rc, "129") && head_is(s, p->head, "veto") &&
	    (a->tgt < 0 || s->ments[a->tgt].tok < p->head)) {
		long j;
		for (j = (long)p->group - 1; j >= 0 && (long)p->group - j < 24; j--) {
			if (head_is(s, (size_t)j, "resolution") || head_is(s, (size_t)j, "draft")) {
				act_implied_actor(&a->own, s, (size_t)j, "IGOUNO");
				a->have_own = 1;
				a->tgt = -1;
				break;
			}
			/* ("The draft, put forward by the ten elected members,
			 * was vetoed": an aside between commas goes on) */
			if (clause_break(s, (size_t)j))
				break;
		}
	}
	/* "stormed a hotel in Mali's capital and took about 170 guests and
	 * staff hostage": a seizure of people (181) who go unnamed falls on
	 * the civilians of the state its clause places it in, else of the
	 * place the sentence names. */
	if (a->src >= 0 && a->tgt < 0 && !a->have_own && p->kind == LEX_VERB && a->rc &&
	    !strcmp(a->rc, "181")) {
		const char *state = act_state(c, s, p);
		char *cc = state && country_prefix(state) ? state_role(c, state, "CVL") : NULL;
		if (cc) {
			act_implied_actor(&a->own, s, p->head, cc);
			a->have_own = 1;
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
	if (a->src >= 0 && a->tgt < 0 && !a->have_own && (p->kind == LEX_VERB || a->r.source >= 0) &&
	    a->rc && !strncmp(a->rc, "20", 2) &&
	    strcmp(a->rc, "2042") && can_use_force(s->ments[a->src].code)) {
		const char *state = act_clause_state_after(s, p);
		char *cc;
		if (!state && country_prefix(s->ments[a->src].code))
			state = s->ments[a->src].code;
		if (!state)
			state = match_place_state(c, s, p->head);
		cc = state && country_prefix(state) ? state_role(c, state, "CVL") : NULL;
		if (cc) {
			act_implied_actor(&a->own, s, p->head, cc);
			a->have_own = 1;
		}
	}
	/* "A truck bomb exploded at a busy junction in Mogadishu", "two car
	 * bombs went off at the education ministry": a bomb the pattern names
	 * before the verb, with no one named behind it, is the work of
	 * unidentified bombers (---INS), aimed at what the clause names next,
	 * a place included, else at the civilians of the sentence's state
	 * (emit_one makes a bare state its civilians).  So is a bomb a
	 * passive's pattern names as its agent ("five soldiers were killed
	 * by a roadside bomb"), aimed at the passive's subject. */
	if (a->src < 0 && !a->have_own_src && p->kind == LEX_VERB && a->r.pat &&
	    (!p->passive || act_pattern_has_set(lex, a->r.pat, "COERCE_BOMB_ROAD") ||
	     act_pattern_has_set(lex, a->r.pat, "COERCE_BOMB_CAR") ||
	     act_pattern_has_set(lex, a->r.pat, "COERCE_BOMB_SUICIDE") ||
	     act_pattern_has_set(lex, a->r.pat, "COERCE_BOMB")) &&
	    lex->elems.v[a->r.pat->el_off].kind != LEX_EL_HEAD && a->rc && !strncmp(a->rc, "18", 2)) {
		const char *state;
		act_implied_actor(&a->own_src, s, p->head, "---INS");
		a->have_own_src = 1;
		if (a->r.target < 0)
			a->tgt = when_bomb_victim(a);
		if (a->r.target < 0 && a->tgt < 0)
			a->tgt = act_first_in_clause(s, a->r.last + 1);
		if (a->tgt < 0 && !a->have_own && (state = match_place_state(c, s, p->head)) &&
		    country_prefix(state)) {
			char *cc = state_role(c, state, "CVL");
			if (cc) {
				act_implied_actor(&a->own, s, p->head, cc);
				a->have_own = 1;
			}
		}
	}
	return 0;
}

/* Whether code names a use of force (roots 18, 19, 20). */
static int force_root(const char *code)
{
	return code && (!strncmp(code, "18", 2) || !strncmp(code, "19", 2) ||
			!strncmp(code, "20", 2));
}

/* "A suicide bomber killed 22 people ..., and Islamic State claimed
 * responsibility", "Gunmen opened fire ..., and al Qaeda claimed the
 * attack", "A suicide bomber rammed a convoy ..., in an attack claimed
 * by Jaish-e-Mohammed": the group that claims an attack told with no
 * one named behind it, or only unidentified attackers (---INS), is its
 * source, as the claim of "X claimed responsibility for the bombing"
 * is (tests/dev/README.md, claimed attacks).  The claimant: the
 * subject of a later "claim", or of another verb whose pattern codes
 * the claim (015), not negated, or the agent of a later "claimed by",
 * with no other attacker's act told between the two
 * ("A gunman killed 38 people at Sousse, and a suicide bomber killed
 * 27 in Kuwait in an attack claimed by Islamic State": the claim is
 * the second attack's).  -1 when none. */
static int32_t attack_claimant(const struct act *a)
{
	const dyad_lexicon *lex = a->e->c->lex;
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	size_t k, j;

	for (k = 0; k < a->n; k++) {
		const struct pred *q = &a->preds[k];
		int32_t who;

		if (q->kind != LEX_VERB || q->head <= p->end || q->neg || (q->group_roles & R_NEG))
			continue;
		/* ("..., and Islamic State said its fighters had carried out
		 * the attack": a claim told by another verb, as its 015 says) */
		if (!head_is(s, q->head, "claim") &&
		    (q->chosen != 1 || q->r.code == LEX_NONE || q->r.code == LEX_CODE_NULL ||
		     strcmp(lex_code_str(lex, q->r.code), "015")))
			continue;
		who = q->passive ? q->by_agent : q->subject;
		if (who < 0 || !s->ments[who].code || !strcmp(s->ments[who].code, "---INS") ||
		    s->ments[who].tok < p->end)
			continue;
		for (j = 0; j < a->n; j++) {
			const struct pred *o = &a->preds[j];
			if (o->head > p->end && o->head < q->head && o->kind == LEX_VERB &&
			    !o->infinitive && !head_ends_ing(s, o->head) && o->subject >= 0 &&
			    o->subject != a->src && act_force_code(lex, &o->r))
				break;
		}
		return j < a->n ? -1 : who;
	}
	return -1;
}

/* A claim rejected in a clause hung on it is denied (016) to its
 * maker; a charge or sentence passed on someone by no one named is the
 * act of their state's courts. */
int act_claims_and_charges(struct act *a)
{
	struct dyad_coder *c = a->e->c;
	struct sent *s = a->e->s;
	struct pred *preds = a->preds;
	struct pred *p = a->p;
	size_t n = a->n;
	size_t i = a->i;

	/* "..., a claim Pakistan dismissed as an illusion", "a finding
	 * Israel rejected as false": a claim rejected in a clause hung on it
	 * is denied (016) to whoever made it, the subject of the clause the
	 * claim sums up. */
	if (a->tgt < 0 && !a->have_own && a->src >= 0 && p->kind == LEX_VERB &&
	    (p->vroles & (V_REACT | V_DENY)) && s->ments[a->src].tok > 0 &&
	    claim_noun(s, s->ments[a->src].tok - 1) && s->ments[a->src].code) {
		size_t k;
		for (k = 0; k < n && a->tgt < 0; k++)
			if (k != i && preds[k].kind == LEX_VERB && preds[k].subject >= 0 &&
			    preds[k].head < s->ments[a->src].tok && s->ments[preds[k].subject].code &&
			    strncmp(s->ments[preds[k].subject].code, s->ments[a->src].code, 3))
				a->tgt = preds[k].subject;
		a->claim_denied = a->tgt >= 0;
	}
	/* "Russia is to blame for the attack, Zelensky said", "Kyiv said
	 * Moscow was to blame": blame laid in reported speech is the
	 * speaker's accusation of the one to blame (as "was responsible"),
	 * whatever the pattern reached after "for"; with no speaker no one
	 * accuses.  ("was not to blame" lifts it, and has no target.) */
	if (p->kind == LEX_VERB && p->infinitive && head_is(s, p->head, "blame") && p->group > 0 &&
	    (s->info[p->group - 1].roles & R_BE) && a->src >= 0 && a->src != p->reporter &&
	    !a->have_own && !a->have_own_src) {
		a->tgt = a->src;
		a->src = p->reporter;
	}
	/* "Tanzanian opposition leader Tundu Lissu was charged with
	 * treason", "Trump was indicted on Friday", "activist Huang Qi was
	 * jailed for 12 years", "was remanded in custody": a charge, indictment,
	 * conviction or sentence told in the passive with no agent is the
	 * act of the courts of the accused's state. */
	if (a->src < 0 && !a->have_own_src && p->kind == LEX_VERB && p->passive && p->by_agent < 0 &&
	    a->tgt >= 0 && !a->have_own && a->rc &&
	    !(p->group > 0 && clause_is_relative(s, p->group - 1)) &&
	    (!strcmp(a->rc, "173") || !strcmp(a->rc, "116")) &&
	    s->ments[a->tgt].code && country_prefix(s->ments[a->tgt].code) &&
	    (head_is(s, p->head, "charg") || head_is(s, p->head, "indict") ||
	     head_is(s, p->head, "convict") || head_is(s, p->head, "sentenc") ||
	     head_is(s, p->head, "prosecut") || head_is(s, p->head, "jail") ||
	     head_is(s, p->head, "imprison") || head_is(s, p->head, "remand")) &&
	    !act_anchored_subject(s, s->ments[a->tgt].tok)) {
		char *cc = state_role(c, s->ments[a->tgt].code, "JUD");
		if (cc) {
			act_implied_actor(&a->own_src, s, p->head, cc);
			a->have_own_src = 1;
		}
	}
	if (force_root(a->rc) &&
	    ((a->have_own_src && a->own_src.code && !strcmp(a->own_src.code, "---INS")) ||
	     (!a->have_own_src && a->src >= 0 && s->ments[a->src].code &&
	      !strcmp(s->ments[a->src].code, "---INS")))) {
		a->claimant = attack_claimant(a);
		if (a->claimant >= 0 && TRACING(c))
			coder_tracef(c, "    source: %s, who claims the attack",
				     s->ments[a->claimant].code);
	}
	return 0;
}

/* Whether verb p is in a clause led by ", the first time" (or "the
 * first such", "the first ... since") that comments on the clause
 * before the comma. */
static int first_time_apposition(const struct sent *s, const struct pred *p)
{
	static const char *const the[] = { "the", NULL };
	static const char *const first[] = { "first", NULL };
	size_t j;

	for (j = p->group; j-- > 0;) {
		if (is_punct(s, j, ','))
			return j + 2 < s->n && word_is_any(s, j + 1, the) &&
			       word_is_any(s, j + 2, first);
		if (s->info[j].brk || (s->toks[j].flags & TOK_PUNCT))
			return 0;
	}
	return 0;
}

/* 1 when p, with its actors known, is still no event of its own: it
 * lacks a source or a target, restates or gives the grounds of the act
 * before it, tells what an attack did, or is the condition of a threat
 * or offer. */
/* "Scholz said Germany would not send Taurus missiles to Ukraine,
 * rejecting a request from Kyiv", "Khamenei said Tehran would not
 * negotiate ..., rejecting a letter": what a sayer's side says it will
 * not do is the refusal the participle after it codes, one act (12x),
 * not a negated act besides.  Whether a refusing participle follows p
 * after a comma. */
static int refusal_follows(const struct sent *s, const struct pred *p)
{
	/* ("would not impose sanctions on Russia, defying pressure from
	 * the European Union": defiance of those who pressed is the
	 * refusal too) */
	static const char *const refusing[] = { "rejecting", "refusing", "turning", "ruling",
						"dismissing", "spurning", "rebuffing", "declining",
						"defying", "resisting", NULL };
	size_t j;

	for (j = p->end + 1; j + 1 < s->n; j++) {
		if (is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			return 0;
		if (is_punct(s, j, ',') && word_is_any(s, j + 1, refusing))
			return 1;
	}
	return 0;
}

/* "sentenced U.S. Army Staff Sergeant Gordon Black ... for stealing from
 * his girlfriend and threatening to kill her", "sentenced Otto Warmbier
 * ... for trying to steal a propaganda banner": the deeds a conviction,
 * sentence or arrest before p is for are its charge, no act of the
 * clause's own (tests/dev/README.md, the law section).  Whether a "for" opening a
 * gerund stands between such a predicate (116, 173) and p. */
static int charged_deed(const dyad_lexicon *lex, const struct sent *s, const struct pred *preds,
			size_t n, const struct pred *p)
{
	static const char *const for_w[] = { "for", NULL };
	static const char *const of_w[] = { "of", NULL };
	static const char *const with_w[] = { "with", NULL };
	static const char *const to_w[] = { "to", NULL };
	/* "suspected of plotting to kill", "on suspicion of spying",
	 * "convicted of trying to", "on charges of helping" */
	static const char *const of_heads[] = { "suspected", "accused", "suspicion", "charges",
						"charge", "convicted", "guilty", "counts",
						"count", "allegations", NULL };
	/* "charged them with plotting", "on charges with attempting" */
	static const char *const with_heads[] = { "charged", "charges", NULL };
	/* "over a suspected plot by far-right extremists to storm
	 * parliament": the plot, not the storming */
	static const char *const plot[] = { "plot", "plots", "plotting", "plotted", "conspiracy",
					    "conspiring", "conspired", NULL };
	size_t j, k;
	int opens, inf = p->infinitive || (p->group > 0 && word_is_any(s, p->group - 1, to_w));

	/* (a gerund, "for stealing ... and threatening", or the infinitive
	 * under one, "for trying to steal"; "detained Lula for questioning
	 * and searched his home" is a second act) */
	if (!head_ends_ing(s, p->head) && !inf)
		return 0;
	for (j = p->group; j-- > 0 && j + 16 > p->group;) {
		if (is_punct(s, j, ';') || is_punct(s, j, ','))
			return 0;
		opens = 0;
		/* ("for illegally financing the party": an -ly adverb before
		 * the gerund) */
		if (j + 2 < s->n && word_is_any(s, j, for_w) && act_ly_adverb(s, j + 1) &&
		    head_ends_ing(s, j + 2))
			opens = 1;
		else if (j + 1 < s->n && head_ends_ing(s, j + 1))
			opens = word_is_any(s, j, for_w) ||
				(j > 0 && word_is_any(s, j, of_w) && word_is_any(s, j - 1, of_heads)) ||
				(j > 0 && word_is_any(s, j, with_w) &&
				 word_is_any(s, j - 1, with_heads));
		if (!opens && inf && j + 8 > p->group)
			opens = word_is_any(s, j, plot);
		if (!opens)
			continue;
		for (k = 0; k < n; k++) {
			const char *pc = act_pred_code(lex, &preds[k]);
			if (preds[k].head < j && pc && (!strcmp(pc, "116") || !strcmp(pc, "173")))
				return 1;
		}
		return 0;
	}
	return 0;
}

/* "accused Azerbaijani troops on Thursday of crossing the border and
 * advancing several kilometres into Armenia", "accused Russia of
 * plotting to use saboteurs disguised as protesters to overthrow her
 * government": the deeds told inside the "of" or "for" gerund of an
 * accusation (112x) are what it accuses, no acts the sentence reports,
 * however far that gerund runs through "and" and infinitives before a
 * comma (tests/dev/README.md: an accusation's object is not coded).
 * Whether gerund or infinitive p stands inside such a charge. */
static int accused_deed(const dyad_lexicon *lex, const struct sent *s, const struct pred *preds,
			size_t n, const struct pred *p)
{
	static const char *const of_for[] = { "of", "for", NULL };
	static const char *const to_w[] = { "to", NULL };
	int inf = p->infinitive || (p->group > 0 && word_is_any(s, p->group - 1, to_w));
	size_t j, k, t;

	if (!head_ends_ing(s, p->head) && !inf)
		return 0;
	/* ("accusing Beijing of threatening the order and Chinese official
	 * Yang Jiechi denouncing U.S. hypocrisy": a gerund with a subject of
	 * its own is another's act) */
	if (!inf && p->group > 0 && s->info[p->group - 1].mention >= 0)
		return 0;
	for (j = p->group; j-- > 0 && j + 24 > p->group;) {
		if (is_punct(s, j, ';') || is_punct(s, j, ','))
			return 0;
		if (!inf && p->subject >= 0 && s->ments[p->subject].tok > j)
			return 0;
		if (!word_is_any(s, j, of_for) || j + 1 >= s->n ||
		    !(head_ends_ing(s, j + 1) ||
		      (j + 2 < s->n && act_ly_adverb(s, j + 1) && head_ends_ing(s, j + 2))))
			continue;
		for (k = 0; k < n; k++) {
			const char *pc = act_pred_code(lex, &preds[k]);
			int broken = 0;
			if (&preds[k] == p || preds[k].kind != LEX_VERB || preds[k].head >= j || !pc ||
			    strncmp(pc, "112", 3))
				continue;
			for (t = preds[k].end + 1; t < j && !broken; t++)
				broken = is_punct(s, t, ';') || is_punct(s, t, ',');
			if (!broken)
				return 1;
		}
		return 0;
	}
	return 0;
}

/* "one man sentenced to three years for attacking police", "jailed for
 * spying on Iran": an arrest or sentence (173, 116) whose only target
 * stands inside its charge ("for" or "suspected of" and a gerund) falls
 * on someone the text does not name as an actor, never on the one the
 * deed was done to.  Whether the target at token TGT is such. */
static int charge_holds_target(const dyad_lexicon *lex, const struct sent *s,
			       const struct pred *p, const char *rc, size_t tgt)
{
	static const char *const for_w[] = { "for", NULL };
	static const char *const of_w[] = { "of", NULL };
	static const char *const of_heads[] = { "suspected", "accused", "suspicion", "charges",
						"charge", "convicted", "guilty", NULL };
	const char *pc = rc ? rc : act_pred_code(lex, p);
	size_t j;

	if (!pc || (strcmp(pc, "116") && strcmp(pc, "173")) || tgt <= p->end)
		return 0;
	for (j = p->end + 1; j + 1 < tgt; j++) {
		if (is_punct(s, j, ';') || is_punct(s, j, ',') || s->info[j].mention >= 0)
			return 0;
		if (head_ends_ing(s, j + 1) &&
		    (word_is_any(s, j, for_w) ||
		     (word_is_any(s, j, of_w) && word_is_any(s, j - 1, of_heads))))
			return 1;
	}
	return 0;
}

/* "Zelensky dismissed the country's top commander", "Sunak dismissed
 * interior minister Suella Braverman": a leader dismissing or sacking an
 * office holder of his own state removes him, no rejection (12x) of him
 * (tests/dev/README.md, domestic: dismissing one's own minister is no
 * event).  Whether a's refusal is such a dismissal: the verb is
 * "dismiss" or "sack", its target a role of the source's own state
 * standing right after it, not the owner of what is dismissed ("dismissed
 * the minister's remarks"). */
static int own_official_dismissed(const struct act *a)
{
	static const char *const dismiss[] = { "dismiss", "dismissed", "dismisses", "dismissing",
					       "sack", "sacked", "sacks", "sacking", NULL };
	static const char *const lead[] = { "the", "its", "his", "her", "their", "country",
					    "country's", "'s", "top", "a", "an", ",", NULL };
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	const struct mention *src, *tgt;
	size_t j, end;

	if (p->kind != LEX_VERB || p->passive || !a->rc || strncmp(a->rc, "12", 2) ||
	    a->src < 0 || a->tgt < 0 || !word_is_any(s, p->head, dismiss))
		return 0;
	src = &s->ments[a->src];
	tgt = &s->ments[a->tgt];
	if (!src->code || !tgt->code || !country_prefix(src->code) || !country_prefix(tgt->code) ||
	    strlen(tgt->code) <= 3 || strncmp(src->code, tgt->code, 3) || tgt->tok <= p->head)
		return 0;
	/* (only words of a title between: "the country's top commander") */
	for (j = p->head + 1; j < tgt->tok; j++)
		if (s->info[j].mention >= 0 || (!word_is_any(s, j, lead) && s->info[j].roles == 0 &&
						 j + 4 < tgt->tok))
			return 0;
	end = tgt->tok + tgt->n_tok;
	return !(end < s->n && head_is(s, end, "'s"));
}

/* "Irish voters rejected two proposals to change the constitution",
 * "Swiss voters turned down the plan": a refusal (12) whose source is the
 * electorate, named by its last word, is a vote's result, no actor's
 * refusal (the `reject` and `probe` sections of tests/dev/README.md) */
static int voters_refusal(const struct act *a)
{
	static const char *const electorate[] = { "voters", "electorate", "electors", NULL };
	const struct sent *s = a->e->s;
	const struct mention *src;

	if (!a->rc || strncmp(a->rc, "12", 2) || a->src < 0 || a->p->passive)
		return 0;
	src = &s->ments[a->src];
	return src->n_tok > 0 && word_is_any(s, src->tok + src->n_tok - 1, electorate);
}

/* Aim act A at CODE, which no mention of the sentence names (HOW says
 * whence it came, for --explain), with the span of token TOK. */
void act_aim_implied(struct act *a, size_t tok, const char *code, const char *how)
{
	act_implied_actor(&a->own, a->e->s, tok, code);
	a->own.how = how;
	a->have_own = 1;
}

/* The root of a CAMEO code, its first two digits ("195": 19). */
static int cameo_root(const char *code)
{
	return (code[0] - '0') * 10 + (code[1] - '0');
}

/* The source of the latest act the memo holds from the WITHIN sentences
 * before sentence SENT, of a root from LO to HI, done by a state other
 * than STATE and, when ON is set, done to STATE; NULL if none. */
static const char *memo_doer(const struct memo *mo, uint32_t sent, uint32_t within, int lo,
			     int hi, const char *state, int on)
{
	size_t k;

	for (k = 0; k < mo->n_acts; k++) {
		int root = cameo_root(mo->acts[k].code);

		if (mo->acts[k].sent >= sent || sent - mo->acts[k].sent > within ||
		    root < lo || root > hi || (on && strncmp(mo->acts[k].target, state, 3)))
			continue;
		if (country_prefix(mo->acts[k].source) && strncmp(mo->acts[k].source, state, 3))
			return mo->acts[k].source;
	}
	return NULL;
}

/* "Ukraine's drones hit dozens of Russian bombers at airbases deep
 * inside Russia ... Russia vowed to retaliate": a threat that names no
 * one, in a sentence naming no other party, answers the latest act of
 * force, posture, coercion or sanction of the last four sentences that
 * fell on the threatener's state, and is aimed at the state that did
 * it, as one in the clause after the act is (act_target_answered()); in a
 * sentence naming that act ("the tariffs"), at its doer. */
int act_threat_answers_act(struct act *a)
{
	const struct dyad_coder *c = a->e->c;
	const struct sent *s = a->e->s;
	const struct mention *named = NULL;
	const char *src, *doer;
	size_t k;

	if (a->tgt >= 0 || a->have_own || a->src < 0 || !a->rc || strncmp(a->rc, "13", 2))
		return 0;
	src = s->ments[a->src].code;
	if (!country_prefix(src))
		return 0;
	/* ("criticised the tariffs and said it would take
	 * countermeasures": the act the sentence names, of a sentence
	 * before, is the one answered) */
	doer = NULL;
	for (k = 0; k < s->n_ments; k++) {
		const struct mention *m = &s->ments[k];
		if (!m->code || m->place_only || !strncmp(m->code, src, 3))
			continue;
		if (named || !m->how || strcmp(m->how, "the act of a sentence before") ||
		    !country_prefix(m->code))
			return 0;
		named = m;
	}
	if (named)
		doer = named->code;
	if ((!doer && !(doer = memo_doer(&c->memo, s->index, 4, 15, 20, src, 1))) ||
	    !(doer = state_role(a->e->c, doer, "")))
		return 0;
	act_aim_implied(a, named ? named->tok : a->p->head, doer,
			"the doer of the act a sentence before that the threat answers");
	if (named) {
		a->own.start = named->start;
		a->own.end = named->end;
	}
	if (TRACING(c))
		coder_tracef(a->e->c, "  %s \"%.*s\": answers %s's act of a sentence before",
			     a->p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext, doer);
	return 0;
}

/* "Afghan Taliban forces attacked Pakistani army posts ..., and
 * Pakistan said its troops had returned fire": the doer of an attack
 * this sentence has already coded on STATE's side (root 18 to 20, by
 * another state's side), or NULL. */
static const char *seen_attacker(const struct emit_ctx *e, const char *state)
{
	size_t k = e->n_seen;

	while (k-- > 0) {
		const struct dyad_event *o = &e->seen[k];
		if (!o->root || (strcmp(o->root, "18") && strcmp(o->root, "19") &&
				 strcmp(o->root, "20")) ||
		    !o->source.code || !o->target.code || !country_prefix(o->source.code) ||
		    strncmp(o->target.code, state, 3) || !strncmp(o->source.code, state, 3))
			continue;
		return o->source.code;
	}
	return NULL;
}

/* "Russia launched one of its biggest missile barrages on Ukraine ...
 * The Ukrainian air force said it had shot down 60 of 76 missiles":
 * force of no target on missiles, drones, rockets, fire (or "them")
 * right after the verb strikes at whoever this sentence, else the last
 * three, told attacking the shooter's state. */
int act_story_intercepts(struct act *a)
{
	/* ("Ukrainian forces fought back": "back" answers the attack too) */
	static const char *const weapons[] = { "missiles", "missile", "drones", "drone",
					       "rockets", "rocket", "them", "projectiles", "fire",
					       "back", NULL };
	const struct dyad_coder *c = a->e->c;
	const struct sent *s = a->e->s;
	const char *src, *doer;
	size_t j;

	if (a->tgt >= 0 || a->have_own || a->src < 0 || !a->rc || strncmp(a->rc, "19", 2))
		return 0;
	src = s->ments[a->src].code;
	if (!country_prefix(src))
		return 0;
	for (j = a->p->head + 1; j < s->n && j <= a->p->head + 7; j++)
		if (word_is_any(s, j, weapons))
			break;
	if (j >= s->n || j > a->p->head + 7)
		return 0;
	/* (an attack the sentence itself told first is answered at its
	 * doer as coded: "Afghan forces attacked Pakistani posts, and
	 * Pakistan said its troops had returned fire") */
	if (!(doer = seen_attacker(a->e, src)) &&
	    (!(doer = memo_doer(&c->memo, s->index, 3, 18, 20, src, 1)) ||
	     !(doer = state_role(a->e->c, doer, ""))))
		return 0;
	act_aim_implied(a, a->p->head, doer,
			"the attacker, whose weapons or fire are answered");
	if (TRACING(c))
		coder_tracef(a->e->c, "  %s \"%.*s\": strikes at %s, whose attack was told before",
			     a->p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext, doer);
	return 0;
}

/* "North Korea test-fired a missile ... Tokyo also lodged a protest
 * through its embassy in Beijing", "North Korea conducted its sixth
 * nuclear test ... Mattis warned of a massive military response to any
 * threat to the United States": a rebuke, protest, rejection or threat
 * by a state or its government whose target came out as that very
 * state (bare, or through a pronoun) aims at no one of its own; it
 * answers the latest act of force or posture another state did in the
 * last three sentences, else the state the sentences before rebuked. */
int act_story_self_target(struct act *a)
{
	static const char *const own_roles[] = { "GOV", "MIL", NULL };
	const struct dyad_coder *c = a->e->c;
	const struct memo *mo = &c->memo;
	const struct sent *s = a->e->s;
	const struct mention *t;
	const char *src, *doer = NULL;
	size_t k;

	/* ("The two countries blamed each other": a pair acting on itself
	 * is no state rebuking itself) */
	if (a->tgt < 0 || a->have_own || a->src < 0 || !a->rc || a->reciprocal ||
	    (strncmp(a->rc, "11", 2) && strncmp(a->rc, "12", 2) && strncmp(a->rc, "13", 2)))
		return 0;
	src = s->ments[a->src].code;
	t = &s->ments[a->tgt];
	if (!src || !t->code || !country_prefix(src) || strncmp(src, t->code, 3) ||
	    (strlen(src) != 3 && !role_in(src, own_roles)))
		return 0;
	if (strlen(t->code) != 3 && t->kind != M_PRONOUN &&
	    !(t->how && !strncmp(t->how, "pronoun", 7)))
		return 0;
	doer = memo_doer(mo, s->index, 3, 15, 20, src, 0);
	for (k = 0; k < mo->n_acts && !doer; k++) {
		int root = cameo_root(mo->acts[k].code);
		if (mo->acts[k].sent >= s->index || s->index - mo->acts[k].sent > 3)
			continue;
		if ((root == 11 || root == 13 || root == 16) && country_prefix(mo->acts[k].target) &&
		    strncmp(mo->acts[k].target, src, 3))
			doer = mo->acts[k].target;
	}
	if (!doer || !(doer = state_role(a->e->c, doer, "")))
		return 0;
	a->tgt = -1;
	a->nt = 0;
	act_aim_implied(a, a->p->head, doer,
			"the doer of the act a sentence before, not the reactor's own state");
	if (TRACING(c))
		coder_tracef(a->e->c, "  %s \"%.*s\": its own state is no target; answers %s",
			     a->p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext, doer);
	return 0;
}

/* "Russia's foreign ministry summoned the U.S. ambassador ... The
 * ministry accused Washington of direct involvement ... The ministry
 * warned that retaliatory measures would follow": a threat of no target
 * by a state or its government carries on what the same state did the
 * sentence before (a rebuke, protest or cut), at that act's target
 * state. */
int act_story_threat_target(struct act *a)
{
	const struct dyad_coder *c = a->e->c;
	const struct memo *mo = &c->memo;
	const struct sent *s = a->e->s;
	const char *src, *target = NULL;
	size_t k;

	if (a->tgt >= 0 || a->have_own || a->src < 0 || !a->rc || strncmp(a->rc, "13", 2) ||
	    s->index == 0)
		return 0;
	src = s->ments[a->src].code;
	if (!country_prefix(src))
		return 0;
	for (k = 0; k < mo->n_acts && !target; k++) {
		int root = cameo_root(mo->acts[k].code);
		if (mo->acts[k].sent + 1 != s->index)
			continue;
		if ((root == 11 || root == 14 || root == 16) && !strncmp(mo->acts[k].source, src, 3) &&
		    country_prefix(mo->acts[k].target) && strncmp(mo->acts[k].target, src, 3))
			target = mo->acts[k].target;
	}
	if (!target || !(target = state_role(a->e->c, target, "")))
		return 0;
	act_aim_implied(a, a->p->head, target, "the target of what its source did a sentence before");
	if (TRACING(c))
		coder_tracef(a->e->c, "  %s \"%.*s\": aimed at %s, whom its source rebuked before",
			     a->p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext, target);
	return 0;
}

/* "Russia quit the Black Sea grain deal", "Germany halted the
 * certification of Nord Stream 2": an accord or project whose very name
 * gives its two parties (the phrases of a dictionary set named
 * ACCORD_PARTIES_XXX_YYY, XXX and YYY their states) is the other
 * party's, so an act on it that names no target, by a state of one side,
 * is aimed at the other side.  The name must follow the head within its
 * clause, a dozen words at most; a source of neither state (Turkey, the
 * U.N. that brokered the grain deal) is aimed at no one. */
int act_accord_party(struct act *a)
{
	static const char prefix[] = "ACCORD_PARTIES_";
	const size_t plen = sizeof(prefix) - 1;
	struct dyad_coder *c = a->e->c;
	const dyad_lexicon *lex = c->lex;
	const struct sent *s = a->e->s;
	const char *src, *other = NULL;
	size_t j, last, set;

	if (a->tgt >= 0 || a->have_own || a->src < 0 || !a->rc)
		return 0;
	src = s->ments[a->src].code;
	if (!country_prefix(src))
		return 0;
	for (set = 0; set < lex->synsets.n && !other; set++) {
		const char *name = lex_str(lex, lex->synsets.v[set].name);
		if (!name || strncmp(name, prefix, plen) || strlen(name) != plen + 7 ||
		    name[plen + 3] != '_')
			continue;
		if (!strncmp(name + plen, src, 3))
			other = name + plen + 4;
		else if (!strncmp(name + plen + 4, src, 3))
			other = name + plen;
		else
			continue;
		for (j = a->p->head + 1; j < s->n && j <= a->p->head + 12; j++) {
			if (clause_break(s, j) || is_punct(s, j, ';'))
				break;
			if (pat_set_at(lex, s, j, (uint32_t)set, &last))
				break;
		}
		if (j >= s->n || j > a->p->head + 12 || !pat_set_at(lex, s, j, (uint32_t)set, &last))
			other = NULL;
	}
	if (!other || !(other = state_role(c, other, "")))
		return 0;
	act_aim_implied(a, a->p->head, other, "the other party of the accord named");
	if (TRACING(c))
		coder_tracef(c, "  %s \"%.*s\": aimed at %s, the other party of the accord named",
			     a->p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext, other);
	return 0;
}

/* Whether the sentence names a party, other than a place alone, of a
 * state other than CODE's. */
static int names_other_state(const struct sent *s, const char *code)
{
	size_t k;

	for (k = 0; k < s->n_ments; k++)
		if (s->ments[k].code && !s->ments[k].place_only &&
		    strncmp(s->ments[k].code, code, 3))
			return 1;
	return 0;
}

/* "The Philippine government and the MILF signed a peace deal ... The
 * two sides had fought since the 1970s", "the two neighbours had fought
 * for decades", "The two countries have not held a summit since 2019":
 * what a pair named before has or had done, or not, since a date or for
 * a span of years is the story's history, not its news. */
int act_pair_history(struct act *a)
{
	static const char *const since[] = { "since", NULL };
	static const char *const span_for[] = { "for", NULL };
	static const char *const spans[] = { "years", "decades", "months", "generations", NULL };
	static const char *const had[] = { "had", "have", "has", NULL };
	static const char *const never[] = { "not", "never", NULL };
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	const struct mention *src;
	size_t j;

	/* ("had not held talks since": a noun through its light verb) */
	if (p->kind != LEX_VERB && p->governor >= 0)
		p = &a->preds[p->governor];
	if (a->src < 0 || p->kind != LEX_VERB || p->head == 0 || p->passive)
		return 0;
	src = &s->ments[a->src];
	j = p->head - 1;
	if (j > 0 && word_is_any(s, j, never))
		j--;
	if (src->kind != M_PRONOUN || !src->how || strncmp(src->how, "the pair", 8) ||
	    !word_is_any(s, j, had))
		return 0;
	/* ("since" may itself open a clause: "since the 1970s") */
	for (j = p->head + 1; j < s->n && (j == p->head + 1 || !clause_break(s, j - 1)); j++)
		if (word_is_any(s, j, since) ||
		    (word_is_any(s, j, span_for) && j + 2 < s->n &&
		     (word_is_any(s, j + 1, spans) || word_is_any(s, j + 2, spans))))
			return act_not_coded(a, "what the pair named before had done for years, "
					     "history, not news");
	return 0;
}

/* "Zelensky met Trump at the White House. Zelensky asked for Tomahawk
 * missiles. Trump did not agree to supply the missiles": a request,
 * offer, promise, refusal or demand that names no one, by one side of
 * the pair the sentence before met or spoke with, in a sentence naming
 * no other state, is made to the other side.  Acts of force and posture
 * need their target named; statements and talks have none to find. */
int act_pair_counterpart(struct act *a)
{
	static const char *const roots[] = { "02", "03", "06", "07", "08", "10", "12", NULL };
	const struct dyad_coder *c = a->e->c;
	const struct memo *mo = &c->memo;
	const struct sent *s = a->e->s;
	const struct mention *src;
	size_t k;
	int side = -1;

	if (a->tgt >= 0 || a->have_own || a->src < 0 || !a->rc || mo->have_pair != 2 ||
	    s->index <= mo->pair_sent || s->index - mo->pair_sent > 2)
		return 0;
	for (k = 0; roots[k] && strncmp(a->rc, roots[k], 2); k++)
		;
	src = &s->ments[a->src];
	if (!roots[k] || !country_prefix(src->code))
		return 0;
	for (k = 0; k < 2; k++)
		if (mo->pair[k].code && !strncmp(mo->pair[k].code, src->code, 3))
			side = (int)k;
	if (side < 0 || !mo->pair[1 - side].code ||
	    !strncmp(mo->pair[1 - side].code, src->code, 3))
		return 0;
	if (names_other_state(s, src->code))
		return 0;       /* another party named: no guessing */
	act_aim_implied(a, a->p->head, mo->pair[1 - side].code,
			"the other side of the pair of a sentence before");
	a->own.person = mo->pair[1 - side].person;
	if (TRACING(c))
		coder_tracef(a->e->c, "  %s \"%.*s\": made to %s, the other side of the pair "
			     "of a sentence before", a->p->kind == LEX_VERB ? "verb" : "noun",
			     (int)a->hlen, a->htext, mo->pair[1 - side].code);
	return 0;
}

/* "Trump and Kim met in Singapore ..., and Trump said afterwards that
 * their talks had been tremendous", "Putin said afterwards that the talks
 * had been constructive", "met Xi in Busan and called the meeting
 * amazing": a verdict on talks (012, 013) whose pattern names the talks
 * (the dictionary set v_talk) but no party is the speaker's about the
 * other party of the talks, which wire copy names in the same sentence.
 * It goes to the first party of the one state other than the speaker's
 * that the sentence names, places aside; a sentence naming parties of
 * two other states is left alone, as is one naming none (README,
 * `comment` and `verdicts`). */
int act_verdict_other_party(struct act *a)
{
	const struct sent *s = a->e->s;
	const char *src;
	int32_t other = -1;
	size_t k;

	if (a->tgt >= 0 || a->have_own || a->src < 0 || !a->rc ||
	    (strcmp(a->rc, "012") && strcmp(a->rc, "013")) ||
	    !act_pattern_has_set(a->e->c->lex, a->r.pat, "V_TALK"))
		return 0;       /* (only a pattern naming the talks rated) */
	src = s->ments[a->src].code;
	if (!src || !country_prefix(src))
		return 0;
	for (k = 0; k < s->n_ments; k++) {
		const struct mention *m = &s->ments[k];

		/* (a pronoun stands for a party named anyway) */
		if (!m->code || m->place_only || m->kind == M_PRONOUN || !country_prefix(m->code) ||
		    !strncmp(m->code, src, 3) || (m->after_prep && (m->prep_roles & R_LOC)))
			continue;
		if (other < 0)
			other = (int32_t)k;
		else if (strncmp(s->ments[other].code, m->code, 3))
			return 0;       /* parties of two other states: no guessing */
	}
	if (other < 0)
		return 0;
	a->tgt = other;
	if (TRACING(a->e->c))
		coder_tracef(a->e->c, "  %s \"%.*s\": a verdict on talks, at %s, the other party "
			     "the sentence names", a->p->kind == LEX_VERB ? "verb" : "noun",
			     (int)a->hlen, a->htext, s->ments[other].code);
	return 0;
}

/* "The EU adopted its 16th package of sanctions against Russia ...
 * Britain also announced new sanctions on the same day": an act that
 * names no one, said with "also" (or "likewise", "similarly") by a state
 * other than the one that did it, in a sentence naming no other party,
 * joins the latest act of its root the last two sentences told by
 * another state, and is aimed where that one was. */
int act_also_joins_act(struct act *a)
{
	static const char *const also[] = { "also", "likewise", "similarly", NULL };
	const struct dyad_coder *c = a->e->c;
	const struct memo *mo = &c->memo;
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	const char *src, *tgt = NULL;
	size_t j, k;
	int said_also = 0;

	if (a->tgt >= 0 || a->have_own || a->src < 0 || !a->rc)
		return 0;
	src = s->ments[a->src].code;
	if (!country_prefix(src))
		return 0;
	/* ("Britain also announced new sanctions", "Canada has also
	 * imposed"): between the source and the trigger */
	for (j = s->ments[a->src].tok + s->ments[a->src].n_tok; j < p->head; j++)
		if (word_is_any(s, j, also))
			said_also = 1;
	if (!said_also)
		return 0;
	if (names_other_state(s, src))
		return 0;       /* another party named: no guessing */
	for (k = 0; k < mo->n_acts && !tgt; k++) {
		if (mo->acts[k].sent >= s->index || s->index - mo->acts[k].sent > 2 ||
		    cameo_root(mo->acts[k].code) != cameo_root(a->rc) ||
		    !mo->acts[k].source[0] || !strncmp(mo->acts[k].source, src, 3))
			continue;
		if (country_prefix(mo->acts[k].target) && strncmp(mo->acts[k].target, src, 3))
			tgt = mo->acts[k].target;
		else
			return 0;       /* the latest such act had no other target */
	}
	if (!tgt)
		return 0;
	act_aim_implied(a, p->head, tgt, "the target of the act of a sentence before that it also did");
	if (TRACING(c))
		coder_tracef(a->e->c, "  %s \"%.*s\": also did what a sentence before told, to %s",
			     p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext, tgt);
	return 0;
}

/* "in return for the 20 living hostages Hamas is due to release", "the
 * prisoners Russia freed": a verb with a subject and no object, whose
 * subject follows a state's people named in the plural with nothing
 * between, ends a reduced object relative on them; they are its
 * target.  Only auxiliaries and adverbs may stand between the subject
 * and the verb ("is due to", "has now"). */
static void aim_object_relative(struct act *a)
{
	struct sent *s = a->e->s;
	const struct mention *src = &s->ments[a->src], *obj;
	size_t j;
	long mi;

	if (a->p->kind != LEX_VERB || src->tok == 0 || src->kind == M_PRONOUN ||
	    (mi = s->info[src->tok - 1].mention) < 0)
		return;
	obj = &s->ments[mi];
	if (obj == src || obj->tok + obj->n_tok != src->tok || obj->person || !obj->code ||
	    obj->kind == M_PRONOUN || !act_head_ends_s(s, obj->tok + obj->n_tok - 1) ||
	    !(obj->kind == M_AGENT || (obj->how && !strcmp(obj->how, "state and agent"))))
		return;
	for (j = src->tok + src->n_tok; j < a->p->head; j++)
		if (s->info[j].mention >= 0 || (s->toks[j].flags & TOK_PUNCT))
			return;
	act_aim_implied(a, obj->tok + obj->n_tok - 1, obj->code,
			"the people an object relative names, right before its subject");
}

/* "KYIV -- Modi arrived by train on Friday", "MANILA -- ... during a
 * visit by Japan's foreign minister": an arrival or a visit (042) that
 * names no place goes to the state the story is filed from, when that is
 * not the traveller's own.  Arrivals only of a person or a government
 * (troops or ships arriving are no visit of this kind). */
static int unplaced_trip_dateline(const struct act *a)
{
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	const struct mention *src;
	const char *dl = a->e->c->memo.dateline;

	if (a->tgt >= 0 || a->have_own || a->src < 0 || !a->rc || strcmp(a->rc, "042") || !dl[0])
		return 0;
	src = &s->ments[a->src];
	if (!src->code || !country_prefix(src->code) || !strncmp(dl, src->code, 3))
		return 0;
	if (p->kind == LEX_NOUN)
		return head_is(s, p->head, "visit") || head_is(s, p->head, "trip");
	return p->kind == LEX_VERB && (head_is(s, p->head, "arrive") || head_is(s, p->head, "touch")) &&
	       (src->person || (strlen(src->code) == 6 && !strcmp(src->code + 3, "GOV")));
}

/* "froze formal contacts with Moscow until its troops leave Georgia",
 * "suspended aid until Kyiv holds elections": p's clause opens with an
 * "until" after a cut in relations or a rejection (16x, 12x) already
 * coded in its sentence, and p is told in the present: what the cut
 * waits for is no act (a past form is one that happened: "kept up the
 * boycott until Doha backed down").  As act_until_of_threat() for threats. */
static int until_of_reduction(const struct emit_ctx *e, const struct pred *p)
{
	static const char *const until[] = { "until", "till", NULL };
	static const char *const cuts[] = { "16", "12", NULL };
	const struct sent *s = e->s;
	size_t j;

	if (p->kind != LEX_VERB || past_form(s, p->head) || (p->group_roles & (R_WILL | R_WOULD)))
		return 0;
	for (j = p->group; j-- > 0 && j + 6 > p->group;) {
		if (word_is_any(s, j, until))
			break;
		if (is_punct(s, j, ',') || s->info[j].verb)
			return 0;
	}
	if (j == SIZE_MAX || j + 6 <= p->group)
		return 0;
	return act_root_coded_before(e, cuts, j);
}

/* Aims a where event ev of the sentence has its target, at the token
 * that mention starts on; 0 when no token starts there. */
static int aim_at_event_target(struct act *a, const struct dyad_event *ev, const char *how)
{
	const struct sent *s = a->e->s;
	size_t k;

	for (k = 0; k < s->n; k++)
		if (s->toks[k].start - s->base == ev->target.start) {
			act_aim_implied(a, k, ev->target.code, how);
			return 1;
		}
	return 0;
}

/* "Germany will send tanks to Ukraine, hours before Washington said it
 * would ship 31 Abrams tanks", "Britain imposed sanctions on Russia, and
 * Canada imposed sanctions too": an act that names no target, done by
 * another state after the same act (the same code) was told with one in
 * its sentence, is aimed where that act was.  Meetings and visits are
 * not: a second traveller goes where the sentence says. */
static void aim_as_told_before(struct act *a)
{
	const struct emit_ctx *e = a->e;
	const struct sent *s = e->s;
	const char *sc = s->ments[a->src].code;
	size_t i;

	if (!a->rc || !strncmp(a->rc, "04", 2) || !sc || !country_prefix(sc))
		return;
	for (i = e->n_seen; i-- > 0;) {
		const struct dyad_event *ev = &e->seen[i];
		if (strcmp(ev->cameo, a->rc) || !ev->source.code || !ev->target.code ||
		    !country_prefix(ev->source.code) || !strncmp(ev->source.code, sc, 3) ||
		    !strncmp(ev->target.code, sc, 3) ||
		    ev->trigger.start >= s->toks[a->p->head].start - s->base)
			continue;
		aim_at_event_target(a, ev, "the target of the same act told before it");
		return;
	}
}

/* The force "with" a weapon names after token i, up to the clause's
 * end ("pounding towns with artillery": 194; "with air strikes": 195),
 * else plain force (190). */
static const char *participle_weapon(const struct sent *s, size_t i)
{
	static const char *const with[] = { "with", NULL };
	const char *kind;
	size_t j;

	for (; i < s->n && !is_punct(s, i, ',') && !clause_break(s, i); i++) {
		if (!word_is_any(s, i, with))
			continue;
		for (j = i + 1; j < s->n && j < i + 4; j++)
			if ((kind = act_weapon_word(s, j)))
				return kind;
		break;
	}
	return "190";
}

/* "Russian forces invaded Ukraine, pounding cities with missiles",
 * "launched an offensive against Kurdish forces, shelling border towns":
 * force told by a participle whose object is a place or target named
 * only by its kind is aimed where the act of its main clause was, by
 * the same doer. */
static void aim_participle_at_main(struct act *a)
{
	static const char *const places[] = { "cities", "city", "towns", "town", "villages",
					       "village", "capital", "positions", "targets", "areas",
					       "neighbourhoods", "neighborhoods", "districts",
					       "settlements", "bases", "infrastructure",
					       "strongholds", "border", NULL };
	const struct emit_ctx *e = a->e;
	const struct sent *s = e->s;
	const struct pred *p = a->p;
	const char *sc = s->ments[a->src].code;
	uint32_t from, to;
	size_t i, j;
	int root;

	if (!a->rc || p->anchor < 0 || !sc || !country_prefix(sc) || !head_ends_ing(s, p->head))
		return;
	root = cameo_root(a->rc);
	if (root < 18 || root > 20)
		return;
	/* the object: up to two describing words before the place's kind
	 * ("the regional capital", "border towns") */
	for (j = p->end + 1; j < s->n && j < p->end + 4; j++) {
		if (s->info[j].mention >= 0 || !(s->toks[j].flags & TOK_WORD))
			return;
		if (word_is_any(s, j, places))
			break;
	}
	if (j >= s->n || j >= p->end + 4)
		return;
	from = s->toks[a->preds[p->anchor].group].start - s->base;
	to = s->toks[p->head].start - s->base;
	for (i = e->n_seen; i-- > 0;) {
		const struct dyad_event *ev = &e->seen[i];
		if (ev->trigger.start < from || ev->trigger.start >= to || !ev->source.code ||
		    !ev->target.code || strncmp(ev->source.code, sc, 3) ||
		    !country_prefix(ev->target.code) || !strncmp(ev->target.code, sc, 3))
			continue;
		if (aim_at_event_target(a, ev, "the target of its main clause's act") &&
		    !strcmp(a->rc, "190"))
			a->rc = participle_weapon(s, j + 1);
		return;
	}
}

/* The mention of sentence s that starts at byte START with code CODE, or
 * -1. */
static int32_t mention_at(const struct sent *s, uint32_t start, const char *code)
{
	size_t k;

	for (k = 0; k < s->n_ments; k++)
		if (s->ments[k].start == start && s->ments[k].code && !strcmp(s->ments[k].code, code))
			return (int32_t)k;
	return -1;
}

/* ", with air strikes hitting the town", ", with missiles and artillery
 * pounding Kharkiv": force told by a participle whose subject is the
 * weapons after ", with" (no actor between).  The index of the token that
 * opens the weapons ("with"), or 0 when p is not so told. */
size_t act_weapons_participle(const struct act *a)
{
	static const char *const with[] = { "with", NULL };
	static const char *const joins[] = { "and", "fire", "air", NULL };
	const struct sent *s = a->e->s;
	size_t j = a->p->head;
	int weapon = 0;

	if (!a->rc || cameo_root(a->rc) != 19 || !head_ends_ing(s, a->p->head))
		return 0;
	while (j-- > 1) {
		if (word_is_any(s, j, with))
			return weapon && is_punct(s, j - 1, ',') ? j : 0;
		if (act_weapon_word(s, j))
			weapon = 1;
		else if (!word_is_any(s, j, joins))
			return 0;
	}
	return 0;
}

/* "launched a military offensive against Kurdish-led forces, with air
 * strikes hitting the town of Ras al Ain": such a participle naming no
 * one is the force of the main clause's act told before it, by its doer
 * on its target, of the kind of the first weapon named. */
static void weapons_participle_as_main(struct act *a)
{
	const struct emit_ctx *e = a->e;
	const struct sent *s = e->s;
	size_t w = act_weapons_participle(a), j;
	uint32_t before;
	int32_t src;
	size_t i;

	if (!w)
		return;
	before = s->toks[w].start - s->base;
	for (i = e->n_seen; i-- > 0;) {
		const struct dyad_event *ev = &e->seen[i];
		int root = ev->cameo ? cameo_root(ev->cameo) : 0;

		if (ev->trigger.start >= before || root < 18 || root > 20 || !ev->source.code ||
		    !ev->target.code || !country_prefix(ev->source.code) ||
		    (src = mention_at(s, ev->source.start, ev->source.code)) < 0)
			continue;
		if (!aim_at_event_target(a, ev, "the target of the act the weapons serve"))
			return;
		a->src = src;
		for (j = w + 1; j < a->p->head && !act_weapon_word(s, j); j++)
			;
		a->rc = act_weapon_word(s, j);
		return;
	}
}

int act_restated(struct act *a)
{
	struct emit_ctx *e = a->e;
	struct dyad_coder *c = a->e->c;
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *preds = a->preds;
	struct pred *p = a->p;
	size_t n = a->n;

	/* "RIYADH -- ... as Trump began his first trip abroad since taking
	 * office": a trip abroad that names no state goes to the state the
	 * story is filed from, when that is not the traveller's own */
	if (a->tgt < 0 && !a->have_own && a->src >= 0 && a->rc && !strcmp(a->rc, "042") &&
	    s->ments[a->src].code && c->memo.dateline[0] &&
	    country_prefix(s->ments[a->src].code) &&
	    strncmp(c->memo.dateline, s->ments[a->src].code, 3) &&
	    p->end + 1 < s->n && head_is(s, p->end + 1, "abroad"))
		act_aim_implied(a, p->end + 1, c->memo.dateline, "the dateline's state, where a trip abroad goes");
	if (unplaced_trip_dateline(a))
		act_aim_implied(a, p->end, c->memo.dateline, "the dateline's state, where a trip naming no place goes");
	if (a->tgt < 0 && !a->have_own && a->src >= 0)
		aim_object_relative(a);
	if (a->tgt < 0 && !a->have_own && a->src >= 0)
		aim_as_told_before(a);
	if (a->tgt < 0 && !a->have_own && a->src >= 0)
		aim_participle_at_main(a);
	if (a->src < 0 && a->tgt < 0 && !a->have_own && !a->have_own_src)
		weapons_participle_as_main(a);
	if ((a->src < 0 && !a->have_own_src) || (a->tgt < 0 && !a->have_own)) {
		/* ("North Korea fired a missile into the sea": an act with no
		 * target may be the "launch" a later sentence protests) */
		if (a->src >= 0 && a->rc && s->ments[a->src].code && !p->neg &&
		    !(p->group_roles & R_NEG))
			memo_add_act(&c->memo, s->index, a->rc, s->ments[a->src].code, NULL);
		if (TRACING(c))
			coder_tracef(c, "  %s \"%.*s\" (%s): not coded: no %s",
				     p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext,
				     a->rc ? a->rc : "---",
				     a->src < 0 && a->tgt < 0 ? "source and no target" :
				     a->src < 0 ? "source" : "target");
		return 1;
	}
	if (own_official_dismissed(a))
		return act_not_coded(a, "an official of the dismisser's own state removed, no rejection");
	if (voters_refusal(a))
		return act_not_coded(a, "voters' rejection, a vote's result, no refusal");
	/* "summoned Japan's ambassador to protest remarks by Takaichi": the
	 * complaint a summons is made to lodge is the summons itself (114),
	 * told once */
	if (p->kind == LEX_VERB && p->infinitive && p->matrix >= 0 && (size_t)p->matrix < n &&
	    a->rc && !strcmp(a->rc, "114") && head_is(s, preds[p->matrix].head, "summon"))
		return act_not_coded(a, "the complaint the summons lodges, told once");
	/* "Moscow will reject any peace plan drawn up without it, Lavrov
	 * said": a refusal aimed at the refuser's own state ("it") names no
	 * one refused */
	if (a->rc && !strncmp(a->rc, "12", 2) && a->src >= 0 && a->tgt >= 0 &&
	    s->ments[a->src].code && s->ments[a->tgt].code &&
	    country_prefix(s->ments[a->src].code) && strlen(s->ments[a->tgt].code) == 3 &&
	    !strncmp(s->ments[a->src].code, s->ments[a->tgt].code, 3)) {
		/* (unless a hyphened owner of what is refused names one: "A
		 * U.S.-backed proposal to extend the Gaza truce was rejected
		 * by Hamas") */
		a->tgt = -1;
		act_hyphen_owner_refused(a);
		if (!a->have_own)
			return act_not_coded(a, "a refusal aimed at the refuser's own state, no one refused");
	}
	if (p->reporter >= 0 && a->rc && strncmp(a->rc, "12", 2) && strncmp(a->rc, "13", 2) &&
	    (p->group_roles & R_NEG) && (p->group_roles & (R_WILL | R_WOULD)) &&
	    mode_resolve(s, preds, a->i) == DYAD_MODE_NEGATED &&
	    refusal_follows(s, p))
		return act_not_coded(a, "what the sayer's side will not do, the refusal after it codes");
	/* "cut diplomatic relations with Morocco, accusing its neighbour of
	 * hostile actions", "suspended aid, accusing Islamabad of": an
	 * accusation given as the grounds of a punitive act (12-20) the
	 * clause before it takes against the same party is part of that act;
	 * "ruled out sending missiles to Ukraine, rejecting Kyiv's requests"
	 * restates it (a demand, rebuke, refusal or threat: 10-13, and a
	 * rebuke that labels what a refusal refused: 11 after 12; acts of
	 * force joined so are distinct, "launched an offensive, overrunning
	 * army posts").  Against another party ("declared martial law,
	 * accusing parliament of") it is an event of its own. */
	if (p->anchor >= 0 && !a->have_own && !a->have_own_src && act_pred_code(lex, p)) {
		static const char *const label_it[] = { "it", "them", NULL };
		static const char *const label_verbs[] = { "calling", "describing", "terming",
							   "branding", "labelling", "labeling", NULL };
		const char *pc = act_pred_code(lex, p);
		const char *tc = s->ments[a->tgt].code;
		int32_t an = p->anchor;
		size_t k;
		/* "ordered 45 Russian diplomats to leave, accusing Moscow":
		 * the act is the infinitive's governing verb */
		while (preds[an].infinitive && preds[an].matrix >= 0 && preds[an].matrix < an)
			an = preds[an].matrix;
		/* "expelled Ethiopia's ambassador and ordered the closure of
		 * its consulates, accusing Addis Ababa": the first of the
		 * verbs joined by "and" opens the act */
		while (preds[an].coord >= 0 && preds[an].coord < an)
			an = preds[an].coord;
		/* "Ecuador will impose a tariff on Colombia, Noboa said,
		 * accusing Bogota": the participle shares the subject of a
		 * speech verb that codes nothing, and the act is the one
		 * reported before it, from the sentence's start */
		uint32_t from = s->toks[preds[an].group].start - s->base;
		if (an > 0 && !act_pred_code(lex, &preds[an]) && preds[an].kind == LEX_VERB &&
		    preds[an].subject >= 0 && s->ments[preds[an].subject].tok > preds[an - 1].head &&
		    s->ments[preds[an].subject].tok > 0 &&
		    is_punct(s, s->ments[preds[an].subject].tok - 1, ','))
			from = 0;
		for (k = 0; k < e->n_seen; k++) {
			const struct dyad_event *o = &e->seen[k];
			/* the same party: the same code, or for an accusation
			 * the same state ("cut off funding to South Africa,
			 * accusing its government") */
			/* (not its armed groups: "cut links with Pakistan,
			 * blaming Pakistan-based militants") */
			int same = !strcmp(o->target.code, tc) ||
				   (!strncmp(pc, "112", 3) && country_prefix(o->target.code) &&
				    country_prefix(tc) && !strncmp(o->target.code, tc, 3) &&
				    strncmp(o->source.code, tc, 3) &&
				    !armed_group(tc) == !armed_group(o->target.code)) ||
				   /* ("denounced the United States for sending a
				    * submarine to South Korea, calling it a grave
				    * provocation": the "it" a label names is the
				    * act rebuked, whoever else the pronoun might
				    * find; so is "them" after "condemned Israel's
				    * strikes on Iran, calling them unprovoked") */
				   (!strncmp(pc, "11", 2) && !strncmp(o->root, "11", 2) &&
				    s->ments[a->tgt].kind == M_PRONOUN &&
				    word_is_any(s, s->ments[a->tgt].tok, label_it) &&
				    word_is_any(s, p->head, label_verbs));
			/* ("ordered diplomats from seven states to leave,
			 * rejecting what it called interventionist statements
			 * by their governments", "expelled 35 Russian
			 * diplomats, punishing Moscow for", "attacked the
			 * ship, forcing its crew to abandon it": a rejection
			 * given as the grounds of a rupture or a coercive act
			 * (16-20) on the same state, or a coercion (170) that
			 * names it again as punished or forced, is part of it) */
			int rejects_grounds = (!strncmp(pc, "12", 2) || !strcmp(pc, "170")) &&
					      strcmp(o->root, "16") >= 0 &&
					      country_prefix(o->target.code) && country_prefix(tc) &&
					      !strncmp(o->target.code, tc, 3);
			/* and the same actor, or for an accusation one of the
			 * same state among its sources ("the juntas of Niger,
			 * Mali and Burkina Faso were withdrawing their countries
			 * from ECOWAS, accusing it") */
			const struct mention *sm[8];
			size_t nsm = !strncmp(pc, "112", 3) ? act_group_members(s, a->src, sm, 8) : 0, q;
			/* ("Ecuador will impose a tariff on Colombia, Noboa
			 * said, accusing Bogota": the state's office holder
			 * gives the state's grounds) */
			int same_src = !strcmp(o->source.code, s->ments[a->src].code) ||
				       (!strncmp(pc, "112", 3) && s->ments[a->src].code &&
					country_prefix(o->source.code) &&
					country_prefix(s->ments[a->src].code) &&
					!strncmp(o->source.code, s->ments[a->src].code, 3));
			for (q = 0; q < nsm && !same_src; q++)
				same_src = sm[q]->code && country_prefix(sm[q]->code) &&
					   !strncmp(sm[q]->code, o->source.code, 3);
			if (o->trigger.start >= from &&
			    o->trigger.start < s->toks[p->head].start - s->base &&
			    ((!strncmp(pc, "112", 3) && strcmp(o->root, "12") >= 0) ||
			     (!strncmp(o->root, pc, 2) && strcmp(pc, "14") < 0 && strcmp(pc, "10") >= 0) ||
			     /* "said no to NATO's target, calling it
			      * unreasonable": the label a refusal gives
			      * what it refuses is that refusal */
			     (!strncmp(pc, "11", 2) && strncmp(pc, "112", 3) && !strcmp(o->root, "12"))) &&
			    same_src && same)
				return act_not_coded(a, "the grounds or a restatement of the act before it, not an event");
			if (o->trigger.start >= from &&
			    o->trigger.start < s->toks[p->head].start - s->base &&
			    rejects_grounds && same_src)
				return act_not_coded(a, "a rejection or punishment restating the act before it, not an event");
			/* "tightened sanctions on Iran, banning its arms
			 * exports and freezing the assets of 28 people and
			 * companies": a participle that details sanctions on a
			 * state by the ones they hit there (its people, firms,
			 * officials) restates them */
			if (o->trigger.start >= from &&
			    o->trigger.start < s->toks[p->head].start - s->base &&
			    !strcmp(pc, "163") && !strcmp(o->cameo, "163") && same_src &&
			    p->kind == LEX_VERB && head_ends_ing(s, p->head) &&
			    strlen(o->target.code) == 3 && country_prefix(o->target.code) &&
			    tc && country_prefix(tc) && !strncmp(o->target.code, tc, 3))
				return act_not_coded(a, "the details of the sanctions before it, not an event");
			/* "signed a peace agreement ..., pledging to end three
			 * decades of conflict": what the signers pledge, with
			 * no party of its own, is the deal's content, not coded
			 * apart from its 057 (tests/dev/README.md) */
			if (o->trigger.start >= from &&
			    o->trigger.start < s->toks[p->head].start - s->base &&
			    !strncmp(pc, "03", 2) && !strcmp(o->cameo, "057"))
				return act_not_coded(a, "what the deal signed before it pledges, not an event");
		}
	}
	/* "forces retaliating for Indian strikes fired missiles at
	 * military targets", "cardinals meeting in the Sistine Chapel
	 * elected": a participle on the subject names no party after the
	 * subject's own verb, and one of the same root as that verb tells
	 * why or how it acted, not another act */
	if (p->main_verb >= 0 && p->kind == LEX_VERB && head_ends_ing(s, p->head) &&
	    !a->have_own && a->tgt >= 0) {
		const struct pred *mv = &preds[p->main_verb];
		const char *mc = act_pred_code(lex, mv), *pc = a->rc ? a->rc : act_pred_code(lex, p);
		if (s->ments[a->tgt].tok >= mv->group)
			return act_not_coded(a, "a participle on the subject: what follows the "
					     "subject's verb is that verb's");
		if (mc && pc && !strncmp(mc, pc, 2))
			return act_not_coded(a, "a participle on the subject telling why or how its "
					     "verb's act was done");
	}
	/* "shot down Russian drones, the first time a NATO member has
	 * fired on Russian assets": an apposition that ranks the act
	 * before it restates it */
	if (p->kind == LEX_VERB && first_time_apposition(s, p))
		return act_not_coded(a, "an apposition that ranks the act before it, not another act");
	/* the grounds of the main clause's act on its own subject (a
	 * protest counts only against that subject itself: "police fired
	 * at protesters who rallied in Minsk against Lukashenko" tells of a
	 * rally against him, not of what the police were paid back for) */
	/* (but "imposed tariffs on the European Union, which vowed to
	 * retaliate": a vow to hit back answers the act, aimed at the doer's
	 * state, as ", and Beijing vowed to retaliate" is) */
	if (a->rel_main >= 0 && !a->have_own && a->tgt >= 0 && a->rc && !strncmp(a->rc, "13", 2) &&
	    p->kind == LEX_VERB && act_vow_back(s, p) && s->ments[a->tgt].code &&
	    country_prefix(s->ments[a->tgt].code) && strlen(s->ments[a->tgt].code) > 3 &&
	    s->ments[a->src].code && strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)) {
		char *st = state_role(e->c, s->ments[a->tgt].code, "");
		if (st) {
			act_derived_mention(&a->own, &s->ments[a->tgt], st, 0, s->ments[a->tgt].start,
					    s->ments[a->tgt].end);
			a->have_own = 1;
			a->tgt = -1;
		}
	}
	if (a->rel_main >= 0 && !a->have_own && a->tgt >= 0 && s->ments[a->tgt].code &&
	    s->ments[a->rel_main].code && country_prefix(s->ments[a->tgt].code) &&
	    !strncmp(s->ments[a->tgt].code, s->ments[a->rel_main].code, 3) &&
	    !(a->rc && !strncmp(a->rc, "14", 2) &&
	      strcmp(s->ments[a->tgt].code, s->ments[a->rel_main].code)) &&
	    !(a->rc && !strncmp(a->rc, "13", 2) && p->kind == LEX_VERB && act_vow_back(s, p)))
		return act_not_coded(a, "a relative clause on the object telling what "
				     "it did to the subject, not coded");
	/* "A drone struck a maternity hospital in El Obeid, killing nine
	 * people": a participle after a comma whose main verb names no
	 * doer has none either; what the main verb hit did not kill */
	if (p->kind == LEX_VERB && a->src >= 0 && head_ends_ing(s, p->head) &&
	    p->group > 0 && is_punct(s, p->group - 1, ',')) {
		const struct pred *mv = NULL;
		size_t q;
		for (q = 0; q < n; q++)
			if (preds[q].kind == LEX_VERB && preds[q].end < p->group &&
			    (!mv || preds[q].head > mv->head))
				mv = &preds[q];
		if (mv) {
			int32_t ms = mv->passive ? mv->by_agent : mv->subject;
			const char *mc = act_pred_code(lex, mv);
			if (ms < 0 && s->ments[a->src].tok > mv->end && s->ments[a->src].tok < p->group &&
			    mc && !strncmp(mc, "19", 2))
				return act_not_coded(a, "a participle on a force verb that names no doer: "
						     "what it hit is no source");
		}
	}
	if (act_attack_result(e, p))
		return act_not_coded(a, "what the attack before it did, not an act of its own");
	if (p->kind == LEX_VERB && charged_deed(lex, s, preds, n, p))
		return act_not_coded(a, "the deed a conviction or arrest before it is for, not an act");
	if (p->kind == LEX_VERB && accused_deed(lex, s, preds, n, p))
		return act_not_coded(a, "a deed an accusation before it charges, not an act");
	if (p->kind == LEX_VERB && a->tgt >= 0 && !a->have_own && charge_holds_target(lex, s, p, a->rc, s->ments[a->tgt].tok))
		return act_not_coded(a, "a target named only in the charge, not the one arrested or sentenced");
	if (a->src >= 0 && act_subject_attack_toll(e, p, s->ments[a->src].code))
		return act_not_coded(a, "the toll of the attack its subject names, not an act of its own");
	if (mode_in_condition(s, preds, n, p))
		return act_not_coded(a, "the condition of a threat or offer, not an act");
	if (act_until_of_threat(e, p))
		return act_not_coded(a, "what a threat waits for, not an act");
	if (until_of_reduction(e, p))
		return act_not_coded(a, "what a cut in relations waits for, not an act");
	return 0;
}

/* The party an apology that names no one is owed to (055):
 * "telephoned Ukrainian President Volodymyr Zelenskiy to
 * apologise" is to the one called (the purpose of a call, letter or
 * meeting falls on its object, the first other party between the two
 * verbs); "expressed deep regret to Kenya ..., but stopped short of an
 * apology", "acknowledged that France bore responsibility ..., but
 * stopped short of an apology" to the party the same speaker's act told
 * before it in the sentence reached (a claim, 015, has its own rules in
 * act_target.c).  Always 0: it only sets a target. */
int act_apology_owed(struct act *a)
{
	struct sent *s = a->e->s;
	const struct pred *p = a->p;
	const char *sc;
	size_t k;

	if (a->tgt >= 0 || a->have_own || a->src < 0 || !a->rc || strcmp(a->rc, "055") ||
	    !(sc = s->ments[a->src].code))
		return 0;
	if (p->kind == LEX_VERB && p->infinitive && p->matrix >= 0) {
		const struct pred *q = &a->preds[p->matrix];
		for (k = 0; k < s->n_ments; k++) {
			const struct mention *m = &s->ments[k];
			if (m->tok <= q->head || m->tok >= p->group)
				continue;
			if (m->code && strncmp(m->code, sc, 3))
				a->tgt = (int32_t)k;
			break;
		}
		if (a->tgt >= 0)
			return 0;
	}
	for (k = a->e->n_seen; k-- > 0;) {
		const struct dyad_event *o = &a->e->seen[k];
		if (o->source.code && o->target.code && !strcmp(o->source.code, sc) &&
		    o->root && (!strcmp(o->root, "01") || !strcmp(o->root, "05")) &&
		    o->trigger.start < s->toks[p->head].start - s->base &&
		    strncmp(o->target.code, sc, 3)) {
			/* (a wreath laid for a state's dead, then "offered no
			 * apology": owed to the state, not to the people or
			 * the office the act before reached) */
			const char *to = o->target.code;
			char *bare;
			if (strlen(to) == 6 && country_prefix(to) &&
			    (bare = arena_alloc(&a->e->c->mem, 4))) {
				memcpy(bare, to, 3);
				bare[3] = '\0';
				to = bare;
			}
			act_implied_actor(&a->own, s, p->head, to);
			a->have_own = 1;
			return 0;
		}
	}
	/* (nouns are coded before the verbs of their sentence: with no
	 * such act seen yet, the first other party named before it) */
	for (k = 0; k < s->n_ments && s->ments[k].tok < p->group; k++)
		if (s->ments[k].code && s->ments[k].code[0] != '-' &&
		    strncmp(s->ments[k].code, sc, 3)) {
			a->tgt = (int32_t)k;
			break;
		}
	return 0;
}
