/*
 * act_source.c - who did it: the source of an act.
 *
 * The pattern's '$' when it has one, else the subject (the agent of a
 * passive), and when the sentence names neither, the party its
 * structure implies: the signer of a document, the side answering with
 * force, the speaker quoted in the first person, the owner of the
 * weapons a passive names.
 */
#include <stdint.h>
#include <string.h>

#include "act_int.h"

/* "is considering whether to scrap its pact with Japan", "is weighing
 * sending troops to Ukraine", "is looking at proscribing the Revolutionary
 * Guards", "is debating whether to curb exports to China": an act a verb
 * of weighing governs is a policy option weighed (014) toward the act's
 * target, not the act.  Returns the weighing verb's token, or -1.  Only
 * "whether", "to", "options", "ways" and a few adverbs may stand between
 * ("would consider seriously sending", "is exploring options to
 * punish"); "considered the strike a provocation" names no act weighed. */
long act_weighed_by(const struct sent *s, const struct pred *p)
{
	static const char *const weigh[] = {
		"consider", "weigh", "mull", "contemplate", "ponder", "study", "review",
		"examine", "debate", "explore", "assess", "reconsider", NULL };
	static const char *const between[] = {
		"whether", "to", "possibly", "also", "seriously", "now", "again", "options",
		"ways", NULL };
	static const char *const looking[] = { "look", "looks", "looked", "looking", NULL };
	static const char *const thinking[] = { "think", "thinks", "thought", "thinking", NULL };
	size_t j, k;

	if (p->kind != LEX_VERB || p->passive || p->group == 0)
		return -1;
	/* (a gerund or an infinitive only: "said it weighed the costs and
	 * sent troops" weighs nothing the verb does) */
	if (!head_ends_ing(s, p->head) && !head_is(s, p->group, "to") &&
	    !(p->group > 0 && head_is(s, p->group - 1, "to")))
		return -1;
	for (j = p->group, k = 0; j-- > 0 && k < 4; k++) {
		if (word_is_any(s, j, between))
			continue;
		if (s->toks[j].flags & TOK_PUNCT)
			return -1;
		for (size_t w = 0; weigh[w]; w++)
			if (head_is(s, j, weigh[w]))
				return (long)j;
		/* "looking at proscribing", "mulling over sending", "thinking
		 * about recognising" */
		if (j > 0 && (head_is(s, j, "at") || head_is(s, j, "over") || head_is(s, j, "about")) &&
		    (word_is_any(s, j - 1, looking) || head_is(s, j - 1, "mull") ||
		     word_is_any(s, j - 1, thinking)))
			return (long)j - 1;
		return -1;
	}
	return -1;
}

/* "a swap brokered by Saudi Arabia", "a truce mediated by Egypt": the
 * agent after a go-between's participle is a third party, not the
 * noun's own doer.  Whether the "by" at token `by` after noun p is
 * such. */
/* The agent of "was carried out by X", "have been committed by X",
 * "were perpetrated by X" that follows the noun at P in its own clause,
 * with nothing but the noun's "of" phrase and place between ("The
 * killings of civilians on Yablunska Street in Bucha were carried out by
 * soldiers"): X's mention, or -1. */
static int32_t perpetrated_by(const struct sent *s, const struct pred *p)
{
	static const char *const be[] = { "was", "were", "been", "is", "are", NULL };
	static const char *const done[] = { "committed", "perpetrated", "conducted", NULL };
	size_t k, j;

	for (k = p->end + 1; k + 2 < s->n && k < p->end + 16u; k++) {
		if (is_punct(s, k, ',') || clause_break(s, k))
			return -1;
		if (!word_is_any(s, k, be))
			continue;
		j = k + 1;
		if (word_is_any(s, j, done))
			j++;
		else if (head_is(s, j, "carried") && j + 1 < s->n && head_is(s, j + 1, "out"))
			j += 2;
		else
			return -1;
		if (j + 1 >= s->n || !(s->info[j].roles & R_BY))
			return -1;
		for (j++; j + 1 < s->n && (s->info[j].roles & R_DET) && s->info[j].mention < 0; j++)
			;
		if (s->info[j].mention >= 0) {
			/* "by soldiers of a Russian airborne regiment": the
			 * unit's state, not the place's */
			const struct mention *m = &s->ments[s->info[j].mention];
			size_t q = m->tok + m->n_tok;
			if (q + 1 < s->n && head_is(s, q, "of")) {
				for (q++; q + 1 < s->n && (s->info[q].roles & R_DET) &&
					  s->info[q].mention < 0; q++)
					;
				if (s->info[q].mention >= 0 && s->ments[s->info[q].mention].code &&
				    strlen(s->ments[s->info[q].mention].code) > 3)
					return s->info[q].mention;
			}
		}
		return s->info[j].mention;
	}
	return -1;
}

static int third_party_by(const struct sent *s, const struct pred *p, size_t by)
{
	static const char *const between[] = { "brokered", "mediated", "facilitated", "arranged",
					       "negotiated", "hosted", "convened", "chaired",
					       "organised", "organized", "sponsored", NULL };

	return by > p->end + 1 && s->info[by - 1].mention < 0 && word_is_any(s, by - 1, between);
}

/* The subject of the main clause after the opening phrase "During a
 * visit to ...," or "In a call with ...," that holds noun P, or -1. */
static int32_t fronted_occasion(const struct sent *s, const struct pred *preds, size_t n,
				const struct pred *p)
{
	static const char *const occasions[] = { "during", "on", "in", "at", NULL };
	size_t comma, k;

	if (s->n < 4 || !word_is_any(s, 0, occasions))
		return -1;
	for (comma = 1; comma < p->head; comma++)
		if (clause_break(s, comma))
			return -1;
	for (comma = p->head + 1; comma < s->n && !is_punct(s, comma, ','); comma++)
		if (clause_break(s, comma) || s->info[comma].verb)
			return -1;
	for (k = 0; k < n; k++) {
		const struct pred *v = &preds[k];
		int32_t who;
		if (v->kind != LEX_VERB || v->head <= comma)
			continue;
		who = v->passive ? v->by_agent : v->subject;
		return who >= 0 && s->ments[who].tok > comma ? who : -1;
	}
	return -1;
}

/* "Modi, on a state visit to Moscow, met Putin", "Wang, during a
 * trip to Brussels, said": an occasion in an aside between commas right
 * after the actor that opens the sentence is that actor's.  The actor,
 * or -1. */
static int32_t aside_occasion(const struct sent *s, const struct pred *p)
{
	/* ("Erdogan, in a phone call with Putin on Friday, urged") */
	static const char *const occasions[] = { "during", "on", "in", NULL };
	const struct mention *m;
	size_t comma, k;

	for (comma = p->head; comma-- > 0 && !is_punct(s, comma, ',');)
		if (clause_break(s, comma) || s->info[comma].verb)
			return -1;
	if (comma == (size_t)-1 || comma < 1 || comma + 1 >= p->head ||
	    !word_is_any(s, comma + 1, occasions) || s->info[comma - 1].mention < 0)
		return -1;
	for (k = p->head + 1; k < s->n && !is_punct(s, k, ','); k++)
		if (clause_break(s, k) || s->info[k].verb)
			return -1;
	m = &s->ments[s->info[comma - 1].mention];
	if (k >= s->n || m->tok + m->n_tok != comma || m->after_prep)
		return -1;
	for (k = m->tok; k > 0 && (s->info[k - 1].roles & R_DET) && s->info[k - 1].mention < 0; k--)
		;
	return opens_clause(s, k) ? s->info[comma - 1].mention : -1;
}

/* "Ottawa answered with duties on American goods", "China responded
 * with tariffs on U.S. farm goods", "Moscow hit back with a wave of drone
 * strikes on Kyiv": an act named after "with" that follows a verb of
 * answering is the answer of that verb's subject.  The subject (the
 * actor right before the verb), or -1. */
static int32_t answer_with(const struct sent *s, const struct pred *p)
{
	static const char *const with[] = { "with", NULL };
	static const char *const of[] = { "of", NULL };
	static const char *const answers[] = { "answered", "responded", "retaliated", "replied",
					       "reacted", "countered", NULL };
	static const char *const backs[] = { "back", NULL };
	static const char *const hits[] = { "hit", "struck", "fought", NULL };
	long j = (long)p->head - 1, v;
	const struct mention *m;

	/* back over the noun's modifiers and "a wave of", "a barrage of" */
	while (j >= 0 && s->info[j].mention < 0 && !word_is_any(s, (size_t)j, with) &&
	       ((s->info[j].roles & R_DET) || is_modifier(s, (size_t)j) || word_is_any(s, (size_t)j, of) ||
		(j + 1 < (long)s->n && word_is_any(s, (size_t)j + 1, of))) &&
	       (long)p->head - j < 7)
		j--;
	if (j < 2 || !word_is_any(s, (size_t)j, with))
		return -1;
	v = j - 1;
	if (word_is_any(s, (size_t)v, backs) && v >= 2 && word_is_any(s, (size_t)v - 1, hits))
		v--;
	else if (!word_is_any(s, (size_t)v, answers))
		return -1;
	if (v < 1 || s->info[v - 1].mention < 0)
		return -1;
	m = &s->ments[s->info[v - 1].mention];
	if (m->after_prep || m->tok + m->n_tok != (size_t)v)
		return -1;
	return s->info[v - 1].mention;
}

/* "signed a decree on Saturday imposing sanctions on Turkey", "passed a
 * bill granting aid": the source of noun p, the object of a gerund
 * on a document noun, is who made the document: the subject of the verb
 * whose object that noun is; -1 when p is no such object. */
static int32_t document_signer(const struct sent *s, const struct pred *preds, size_t n,
			       const struct pred *p)
{
	static const char *const documents[] = {
		"decree", "decrees", "order", "orders", "law", "laws", "bill", "bills",
		"resolution", "resolutions", "directive", "directives", "measure", "measures",
		"ordinance", "regulation", "regulations", "edict", "proclamation", NULL };
	/* gerunds that enact their object ("banning arms exports" does
	 * the opposite) */
	static const char *const enacting[] = {
		"imposing", "providing", "granting", "extending", "allocating", "sending",
		"deploying", "establishing", "introducing", "levying", "authorizing",
		"authorising", NULL };
	long j = (long)p->head - 1, d;
	size_t k;

	while (j >= 0 && s->info[j].mention < 0 && (s->info[j].roles & R_DET || is_modifier(s, (size_t)j)) &&
	       !head_ends_ing(s, (size_t)j))
		j--;
	if (j < 1 || s->info[j].mention >= 0 || !word_is_any(s, (size_t)j, enacting))
		return -1;
	/* past a date between the noun and its gerund: "on Saturday" */
	d = j - 1;
	if (d >= 1 && weekday(s, (size_t)d) && head_is(s, (size_t)d - 1, "on"))
		d -= 2;
	if (d < 1 || !word_is_any(s, (size_t)d, documents))
		return -1;
	for (j = d - 1; j >= 0 && (s->info[j].roles & R_DET || is_modifier(s, (size_t)j)) &&
	     s->info[j].mention < 0 && !s->info[j].verb; j--)
		;
	for (k = 0; j >= 0 && k < n; k++)
		if (preds[k].kind == LEX_VERB && preds[k].head <= (size_t)j && (size_t)j <= preds[k].end)
			return preds[k].passive ? preds[k].by_agent : preds[k].subject;
	return -1;
}

/* "The General Assembly approved a resolution that demanded Russia
 * withdraw", "passed a resolution that calls on the Houthis to stop",
 * "backed a resolution demanding that Israel end its occupation": what
 * an adopted text demands, urges or condemns, in a relative clause or a
 * participle after it, is the act of the body that adopted it, the
 * subject of the verb whose object the text is.  Light verbs (adopt,
 * pass, approve) adopt for anyone; backing, endorsing or supporting a
 * text does so for a body (IGO...) only, as a state that backs a draft
 * only votes for it.  -1 when p is no such verb. */
static int32_t text_adopter(const struct sent *s, const struct pred *preds, size_t n,
			    const struct pred *p)
{
	static const char *const texts[] = { "resolution", "resolutions", "text", "texts",
					     "declaration", "motion", NULL };
	static const char *const rel[] = { "that", "which", NULL };
	static const char *const backing[] = { "back", "backed", "backs", "backing", "endorse",
					       "endorsed", "endorses", "endorsing", "support",
					       "supported", "supports", "supporting", NULL };
	long j = (long)p->head - 1;
	size_t q;
	int32_t subj;

	/* (the verb group's own words: "that has demanded") */
	while (j >= 0 && (size_t)j >= p->group && (size_t)j < p->head)
		j--;
	if (j >= 0 && word_is_any(s, (size_t)j, rel))
		j--;
	else if (!head_ends_ing(s, p->head))
		return -1;
	if (j >= 2 && weekday(s, (size_t)j) && head_is(s, (size_t)j - 1, "on"))
		j -= 2;
	if (j < 1 || !word_is_any(s, (size_t)j, texts))
		return -1;
	/* (past its sponsor and modifiers: "a Ukrainian and European
	 * resolution", "a U.S.-drafted text") */
	for (j--; j >= 0 && !s->info[j].verb &&
	     ((s->info[j].roles & (R_DET | R_CONJ | R_POSS)) || is_modifier(s, (size_t)j) ||
	      s->info[j].mention >= 0); j--)
		;
	if (j < 0)
		return -1;
	for (q = 0; q < n; q++) {
		const struct pred *g = &preds[q];
		if (g == p || g->kind != LEX_VERB || g->passive || g->head > (size_t)j ||
		    (size_t)j > g->end)
			continue;
		subj = g->subject;
		if (subj < 0 || !s->ments[subj].code)
			return -1;
		if (g->vroles & V_LIGHT)
			return subj;
		if (word_is_any(s, g->head, backing) && !strncmp(s->ments[subj].code, "IGO", 3))
			return subj;
		return -1;
	}
	return -1;
}

/* The force that opens a "when" or "as" clause right after passive p
 * (past its adverbials), of another state than victim's; -1 when none. */
static int32_t when_force(const struct sent *s, const struct pred *p, const struct mention *victim)
{
	static const char *const when[] = { "when", "as", NULL };
	size_t j;
	int32_t m;

	for (j = p->end + 1; j < s->n && j < p->end + 12; j++) {
		if (is_punct(s, j, ',') || is_punct(s, j, ';') || s->info[j].verb)
			return -1;
		if (word_is_any(s, j, when))
			break;
	}
	if (j + 1 >= s->n || j >= p->end + 12 || !second_clause_at(s, j + 1))
		return -1;
	for (j++; s->info[j].mention < 0; j++)
		;
	m = s->info[j].mention;
	/* (a gunman of no known state is left to the rules for
	 * attempts: "was wounded when a gunman opened fire") */
	return s->ments[m].code && victim->code && can_use_force(s->ments[m].code) &&
	       strncmp(s->ments[m].code, "---", 3) &&
	       strncmp(s->ments[m].code, victim->code, 3) ? m : -1;
}

/* The attacker of a passive with no agent told in the strike it befell
 * in: "Kyiv was targeted in a Russian missile strike", "two civilians
 * were killed in a Russian drone attack on Kherson": the state or force
 * named right before the strike's noun after "in"; -1 when none. */
static int32_t in_strike_by(const struct sent *s, const struct pred *p)
{
	static const char *const in_w[] = { "in", "during", NULL };
	static const char *const strike_w[] = { "strike", "strikes", "airstrike", "airstrikes",
						"attack", "attacks", "raid", "raids", "shelling",
						"bombardment", "barrage", "bombing",
						/* "killed in the Russian invasion of" */
						"invasion", "offensive", "assault", "incursion",
						/* "killed in the army's crackdown" */
						"crackdown", NULL };
	static const char *const spans[] = { "day", "days", "week", "weeks", "month", "months",
					     "year", "years", NULL };
	static const char *const of_w[] = { "of", NULL };
	size_t k = p->end + 1, j, last;
	int32_t m = -1;

	if (k < s->n && !word_is_any(s, k, in_w))
		k++;
	if (k >= s->n || !word_is_any(s, k, in_w))
		return -1;
	/* ("in the first month of the Myanmar army's crackdown": past the
	 * span of time the strikes fill) */
	for (j = k + 1; j < s->n && j < k + 5 && s->info[j].mention < 0; j++)
		if (word_is_any(s, j, spans) && j + 1 < s->n && word_is_any(s, j + 1, of_w)) {
			k = j + 1;
			break;
		}
	for (j = k + 1; j < s->n && j < k + 4 && s->info[j].mention < 0; j++)
		if (!(s->info[j].roles & R_DET) && !is_modifier(s, j))
			return -1;
	if (j >= s->n || (m = s->info[j].mention) < 0 || s->ments[m].person)
		return -1;
	last = s->ments[m].tok + s->ments[m].n_tok;
	/* ("the army's crackdown": past its possessive) */
	if (last < s->n && (s->info[last].roles & R_POSS) && s->info[last].mention < 0)
		last++;
	/* the mention may hold the weapon ("Russian missile" strike) */
	for (j = last; j < s->n && j < last + 3; j++) {
		if (word_is_any(s, j, strike_w))
			return m;
		if (!is_modifier(s, j))
			break;
	}
	return -1;
}

/* The agent of a "claimed by X" participle after passive p in its
 * sentence ("were attacked by drones ..., in strikes claimed by the
 * Houthis"), or the subject of a relative "that X claimed" ("were
 * killed in an attack on an army post that Islamic State claimed the
 * next day"); -1 when none. */
static int32_t claimed_by(const struct sent *s, const struct pred *preds, size_t n,
			  const struct pred *p)
{
	static const char *const rel[] = { "that", "which", NULL };
	size_t k;

	for (k = 0; k < n; k++) {
		const struct pred *q = &preds[k];

		if (q->kind != LEX_VERB || q->head <= p->end || !head_is(s, q->head, "claim"))
			continue;
		if (q->passive && q->by_agent >= 0)
			return q->by_agent;
		if (!q->passive && q->subject >= 0 && s->ments[q->subject].tok > p->end &&
		    s->ments[q->subject].tok > 0 &&
		    word_is_any(s, s->ments[q->subject].tok - 1, rel))
			return q->subject;
	}
	return -1;
}

/* The state a passive with no actor for a subject befalls: the one its
 * subject's phrase places it in, right before the verb ("Nine sites in
 * Pakistan were struck by Indian missiles"); -1 when none. */
int32_t act_passive_place(const struct sent *s, const struct pred *p)
{
	long j = (long)p->group - 1;
	int32_t m;

	while (j >= 0 && s->info[j].mention < 0 && !clause_break(s, (size_t)j) &&
	       !(s->toks[j].flags & TOK_PUNCT) && !(s->info[j].roles & (R_SUB | R_CONJ)))
		j--;
	if (j < 0 || (m = s->info[j].mention) < 0)
		return -1;
	return s->ments[m].after_prep && (s->ments[m].prep_roles & R_LOC) && s->ments[m].country ?
	       m : -1;
}

/* "The eastern town of Avdiivka was captured by Russian forces", "the
 * city of Bakhmut has been seized": a passive whose subject is a kind
 * of place with its name after "of" befalls the place named; the
 * mention, or -1. */
int32_t act_passive_place_of(const struct sent *s, const struct pred *p)
{
	static const char *const kinds[] = { "town", "city", "village", "port", "capital",
					     "region", "province", "enclave", "stronghold",
					     "district", "settlement", "hub", NULL };
	static const char *const of[] = { "of", NULL };
	long j = (long)p->group - 1;
	int32_t m;
	size_t at;

	if (j < 0 || (m = s->info[j].mention) < 0 || s->ments[m].kind != M_NAME ||
	    s->ments[m].person || !s->ments[m].country || !s->ments[m].code ||
	    strlen(s->ments[m].code) != 3)
		return -1;
	at = s->ments[m].tok;
	if (at < 2 || !word_is_any(s, at - 1, of) || !word_is_any(s, at - 2, kinds))
		return -1;
	return m;
}

/* '"I hereby declare martial law," Yoon said', '"... we will have no
 * choice but to totally destroy North Korea," Trump told the General
 * Assembly': a verb whose subject is a quoted "I" or "we" (match.c makes
 * them mentions of the one quoted) a few words before its group, past
 * words of no actor ("will have no choice but to"), is that speaker's
 * act.  The mention, or -1. */
static int32_t quoted_first_person(const struct sent *s, const struct pred *p)
{
	size_t j, k;

	if (p->kind != LEX_VERB || p->passive)
		return -1;
	for (j = p->group, k = 0; j > 0 && k < 8; k++) {
		j--;
		if (s->info[j].mention >= 0)
			return s->ments[s->info[j].mention].quoted ? s->info[j].mention : -1;
	}
	return -1;
}

/* Whether the hyphenated pair M before verb P heads a noun phrase whose
 * head is a bare word that is neither an actor nor a noun the
 * dictionaries code ("Sino-Japanese tensions over the release have
 * hit"): up to three bare words after the pair, none a noun predicate. */
static int pair_modifies_thing(const struct sent *s, const struct pred *preds, size_t n,
			       const struct mention *m, const struct pred *p)
{
	size_t j = m->tok + m->n_tok, k, words = 0;

	/* (the pair's other part may run further: "Thai-Cambodian forces") */
	for (k = 0; k < s->n_ments; k++)
		if (s->ments[k].pair && s->ments[k].tok == m->tok &&
		    s->ments[k].tok + s->ments[k].n_tok > j)
			j = s->ments[k].tok + s->ments[k].n_tok;
	/* ("U.S.-China trade talks got under way": a verb's form right
	 * after the pair, before a noun the dictionaries code, is that
	 * noun's modifier) */
	if (j == p->head && p->end + 1 < s->n)
		for (k = 0; k < n; k++)
			if (preds[k].kind == LEX_NOUN && preds[k].head == p->end + 1)
				return 1;
	for (; j < p->group && words < 3; j++, words++) {
		if (!(s->toks[j].flags & TOK_WORD) || s->info[j].mention >= 0 ||
		    (s->toks[j].flags & TOK_CAP) || s->info[j].roles)
			break;
		for (k = 0; k < n; k++)
			if (preds[k].kind == LEX_NOUN && preds[k].head == j)
				return 0;
	}
	return words > 0;
}

/* Words that count acts of force or talk ("a wave of strikes", "a new
 * round of talks"): the owner before them owns the acts. */
static const char *const act_counts[] = { "wave", "waves", "barrage", "barrages", "series",
					  "spate", "string", "round", "rounds", "salvo", "salvoes",
					  "salvos", "volley", "volleys", "flurry", NULL };

/* "Orban welcomed Netanyahu on Thursday in defiance of an ICC arrest
 * warrant", "Russia hosted Kim in violation of U.N. sanctions": a defiance
 * told in an adverbial "in defiance of" after a clause is its subject's,
 * not that of the object before it (the pattern's "$" takes the nearest
 * actor); the mention of the clause's verb subject that defies, or -1 */
static int32_t defier_subject(const struct act *a)
{
	static const char *const defied[] = { "defiance", "violation", "violations",
					      "breach", "contravention", NULL };
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	const struct mention *src;
	size_t j, k;

	if (p->kind != LEX_NOUN || a->r.source < 0 || !word_is_any(s, p->head, defied))
		return -1;
	/* ("in defiance", "in open defiance", "in flagrant violation") */
	for (j = p->head; j > 0 && p->head - j < 3; j--)
		if (head_is(s, j - 1, "in"))
			break;
	if (j == 0 || p->head - j >= 3)
		return -1;
	src = &s->ments[a->r.source];
	for (k = a->n; k-- > 0;) {
		const struct pred *v = &a->preds[k];
		if (v->kind != LEX_VERB || v->head >= src->tok)
			continue;
		if (v->passive || v->infinitive || v->subject < 0 || v->subject == a->r.source ||
		    s->ments[v->subject].tok >= v->head)
			return -1;
		/* (no comma or clause word between the verb and the noun) */
		for (j = v->head + 1; j < p->head; j++)
			if (is_punct(s, j, ',') || head_is(s, j, "as") || head_is(s, j, "after") ||
			    head_is(s, j, "when") || head_is(s, j, "which") || head_is(s, j, "who"))
				return -1;
		return v->subject;
	}
	return -1;
}

/* "acknowledged ... responsibility, but stopped short of an apology":
 * a noun after "short of" or "instead of" (noun_not_given()) is what the
 * clause's subject did not give, as the gerund there is (predicate.c
 * drops "stopped" as no act); the subject of the last verb before it
 * that has one, or -1. */
static int32_t short_of_subject(const struct sent *s, const struct pred *preds, size_t n,
				const struct pred *p)
{
	size_t k;

	if (!noun_not_given(s, p->head))
		return -1;
	for (k = n; k-- > 0;)
		if (preds[k].kind == LEX_VERB && preds[k].head < p->head && !preds[k].passive &&
		    preds[k].subject >= 0 && !clause_subordinate(s, &preds[k]))
			return preds[k].subject;
	return -1;
}

/* "A hospital in the city was shelled, killing 12 people", "An aid
 * convoy of the U.N. and the Red Crescent was bombed, killing 20": a
 * participle after a comma that hangs on the sentence's first verb, a
 * passive with no agent (clause.c leaves it no subject), is the act of
 * the unnamed attacker; a pattern's source found before the comma
 * (the owner or place of what was hit) is not it.  Whether that holds
 * for p and the pattern's source m. */
static int agentless_participle(const struct sent *s, const struct pred *preds,
				const struct pred *p, int32_t m)
{
	size_t i = (size_t)(p - preds), v;

	if (p->kind != LEX_VERB || p->subject >= 0 || p->passive || p->group == 0 ||
	    p->group != p->head || !head_ends_ing(s, p->head) ||
	    !is_punct(s, p->group - 1, ',') || s->ments[m].tok >= p->group)
		return 0;
	for (v = i; v > 0 && preds[v - 1].kind != LEX_VERB; v--)
		;
	if (v == 0 || !preds[v - 1].passive || preds[v - 1].by_agent >= 0 ||
	    !(preds[v - 1].group_roles & R_BE))
		return 0;
	/* (a word read as a verb with no subject before it, "aid" in "a
	 * U.N. aid convoy", opens no clause) */
	while (--v > 0)
		if (preds[v - 1].kind == LEX_VERB && preds[v - 1].subject >= 0)
			return 0;
	return 1;
}

/* "Russian warplanes carried out their first air strikes in Syria ...,
 * but U.S. officials said the raids had not hit Islamic State": force
 * whose subject is "the raids", "the strikes" or "the attacks", with no
 * actor, is the act of whoever carried out the force told before it in
 * the sentence; -1 when none was. */
static int32_t strikes_told_before(const struct emit_ctx *e, const struct pred *p)
{
	static const char *const the_w[] = { "the", "these", "those", NULL };
	static const char *const strikes[] = { "raids", "strikes", "airstrikes", "attacks",
					       "bombardment", "shelling", NULL };
	const struct sent *s = e->s;
	uint32_t at;
	size_t i, k;

	if (p->group < 2 || !word_is_any(s, p->group - 1, strikes) ||
	    !word_is_any(s, p->group - 2, the_w))
		return -1;
	at = s->toks[p->group].start - s->base;
	for (i = e->n_seen; i-- > 0;) {
		const struct dyad_event *ev = &e->seen[i];
		if (ev->trigger.start >= at || !ev->root ||
		    (strcmp(ev->root, "18") && strcmp(ev->root, "19") && strcmp(ev->root, "20")))
			continue;
		for (k = 0; k < s->n_ments; k++)
			if (s->ments[k].start == ev->source.start && s->ments[k].end == ev->source.end)
				return (int32_t)k;
		return -1;
	}
	return -1;
}

/* "struck Hodeidah, a day after a drone launched by the group hit an
 * apartment building": the noun phrase whose head is at q sits in a clause
 * dated by a span after another event, which is not coded (the rule
 * clause_time_anchor() keeps for a subject named outright). */
static int agent_phrase_anchored(const struct sent *s, size_t q)
{
	size_t k = noun_phrase_start(s, q);

	return k > 0 && clause_after_span(s, k - 1);
}

int act_find_source(struct act *a)
{
	struct dyad_coder *c = a->e->c;
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *preds = a->preds;
	struct pred *p = a->p;
	size_t n = a->n;

	if (a->r.source >= 0 && agentless_participle(s, preds, p, a->r.source)) {
		a->src = -1;
	} else if (a->r.source >= 0) {
		int32_t defier = defier_subject(a);
		a->src = defier >= 0 ? defier : a->r.source;
	} else if (p->kind == LEX_VERB) {
		a->src = p->passive ? p->by_agent : p->subject;
		/* "U.S. and Canadian fighter jets were scrambled to intercept
		 * them": a show of force (15x) told in the passive with no
		 * agent, and aimed at an actor the pattern names, is the act
		 * of the state's forces it is told of. */
		if (a->src < 0 && p->passive && a->r.target >= 0 && p->subject >= 0 &&
		    a->r.code != LEX_NONE && a->r.code != LEX_CODE_NULL &&
		    !strncmp(lex_code_str(lex, a->r.code), "15", 2) &&
		    state_force(s->ments[p->subject].code))
			a->src = p->subject;
		/* "Kyiv was targeted in a Russian missile strike": in the
		 * strike a state's adjective names, before any "when" or "as" clause
		 * ("as Moscow launched ...") */
		if (a->src < 0 && p->passive && a->r.code != LEX_NONE &&
		    a->r.code != LEX_CODE_NULL && strcmp(lex_code_str(lex, a->r.code), "18") >= 0 &&
		    strncmp(lex_code_str(lex, a->r.code), "21", 2) < 0)
			a->src = in_strike_by(s, p);
		/* "Two Indian soldiers were killed when Pakistani troops
		 * opened fire": a use of force told in the passive with no
		 * agent is the act of the force whose "when" clause follows */
		if (a->src < 0 && p->passive && p->subject >= 0 && a->r.code != LEX_NONE &&
		    a->r.code != LEX_CODE_NULL && strcmp(lex_code_str(lex, a->r.code), "18") >= 0 &&
		    strncmp(lex_code_str(lex, a->r.code), "21", 2) < 0)
			a->src = when_force(s, p, &s->ments[p->subject]);
		/* "Two Saudi oil facilities were attacked by drones ..., in
		 * strikes claimed by the Houthis": a use of force told in the
		 * passive with no actor for its agent is the act of whoever
		 * claims it in the sentence */
		if (a->src < 0 && p->passive && a->r.code != LEX_NONE &&
		    a->r.code != LEX_CODE_NULL && strcmp(lex_code_str(lex, a->r.code), "18") >= 0 &&
		    strncmp(lex_code_str(lex, a->r.code), "21", 2) < 0)
			a->src = claimed_by(s, preds, n, p);
		/* "signed orders imposing tariffs", "issued orders to": a
		 * verb's form straight after another verb is that verb's
		 * object, a noun, and the act of that verb's subject. */
		/* ("signed an executive order on Monday dismantling most
		 * U.S. sanctions": past a date between the document and its
		 * gerund, as document_signer goes) */
		if (a->src < 0 && !p->passive && p->head > 0) {
			long j = (long)p->head - 1;
			size_t q;
			if (j >= 2 && weekday(s, (size_t)j) && head_is(s, (size_t)j - 1, "on") &&
			    head_ends_ing(s, p->head))
				j -= 2;
			while (j >= 0 && s->info[j].mention < 0 &&
			       ((s->info[j].roles & R_DET) || is_modifier(s, (size_t)j)))
				j--;
			for (q = 0; j >= 0 && q < n; q++)
				if (&preds[q] != p && preds[q].kind == LEX_VERB && !preds[q].passive &&
				    ((preds[q].vroles & (V_LIGHT | V_PLAN)) || head_is(s, preds[q].head, "sign") ||
				     head_is(s, preds[q].head, "issue")) &&
				    preds[q].head <= (size_t)j && (size_t)j <= preds[q].end) {
					a->src = preds[q].subject;
					break;
				}
		}
		if (a->src < 0 && !p->passive)
			a->src = text_adopter(s, preds, n, p);
		if (a->src < 0 && !p->passive && a->r.code != LEX_NONE && a->r.code != LEX_CODE_NULL &&
		    strcmp(lex_code_str(lex, a->r.code), "18") >= 0 &&
		    strncmp(lex_code_str(lex, a->r.code), "21", 2) < 0)
			a->src = strikes_told_before(a->e, p);
		if (a->src < 0)
			a->src = quoted_first_person(s, p);
		if (a->src >= 0 && s->ments[a->src].quoted)
			a->quoted = 1;
		/* "Sino-Japanese tensions ... have hit Japanese exporters",
		 * "Indian-Pakistani rivalry hurt Afghan traders": a pair that
		 * modifies a word for no act and no actor is no subject (a
		 * pair's strikes, talks or forces are: "U.S.-Israeli strikes
		 * hit Iran") */
		if (a->src >= 0 && !p->passive && s->ments[a->src].pair &&
		    pair_modifies_thing(s, preds, n, &s->ments[a->src], p))
			a->src = -1;
	} else {
		/* Noun: possessor, "by X", a hyphenated pair, the governor's subject. */
		long j = (long)p->head - 1;
		/* ("Iran's drone and missile attack": past the weapons) */
		while (j >= 0 && s->info[j].mention < 0 &&
		       (is_modifier(s, (size_t)j) || weapon_pair_conj(s, (size_t)j)))
			j--;
		/* ("Moscow's biggest wave of missile strikes", "Tehran's
		 * barrage of missiles": past a word that counts the acts, to
		 * its owner) */
		/* (a name's only: "in its most intense wave of air strikes"
		 * leaves the strikes to the clause's subject) */
		if (j >= 1 && head_is(s, (size_t)j, "of") && s->info[j - 1].mention < 0 &&
		    word_is_any(s, (size_t)j - 1, act_counts)) {
			long k = j - 2;
			while (k >= 0 && s->info[k].mention < 0 && is_modifier(s, (size_t)k))
				k--;
			if (k >= 0 && !(s->info[k].roles & R_PRON))
				j = k;
		}
		if (j >= 0 && (s->info[j].roles & R_POSS) && s->info[j].mention < 0 && j > 0)
			j--;
		if (j >= 0 && s->info[j].mention >= 0) {
			const struct mention *m = &s->ments[s->info[j].mention];
			size_t after = m->tok + m->n_tok;
			int poss = (after < s->n && (s->info[after].roles & R_POSS)) ||
				   (s->info[j].roles & R_POSS);
			int pair = m->pair;
			if (poss)
				a->src = s->info[j].mention;
			else if (!pair && !m->after_prep && act_attack_subject(s, preds, n, p, m, &a->r, lex))
				a->src = s->info[j].mention;
			else if (!pair && act_expected_attack(s, preds, p, m, &a->r, lex))
				a->src = s->info[j].mention;
			else if (!pair && !act_force_code(lex, &a->r) && act_state_before_subject(s, p, m))
				a->src = s->info[j].mention;
			else if (pair) {
				const struct mention *mm[2];
				if (act_group_members(s, s->info[j].mention, mm, 2) == 2 &&
				    mm[0]->tok == mm[1]->tok) {
					a->src = (int32_t)(mm[0] - s->ments);
					if (a->r.target < 0)
						a->r.target = (int32_t)(mm[1] - s->ments);
				}
			}
		}
		if (a->src < 0) {
			size_t k, lim = p->end + 4u;
			for (k = p->end + 1; k + 1 < s->n && k < lim && a->src < 0; k++) {
				/* ("a visit to Riyadh on Tuesday by Prime
				 * Minister Imran Khan": past the day) */
				if (head_is(s, k, "on") && weekday(s, k + 1))
					lim += 2;
				if ((s->info[k].roles & R_BY) && !third_party_by(s, p, k)) {
					size_t a2 = k + 1;
					/* "by a South Korean leader" */
					while (a2 + 1 < s->n && (s->info[a2].roles & R_DET) &&
					       s->info[a2].mention < 0)
						a2++;
					if (s->info[a2].mention >= 0)
						a->src = s->info[a2].mention;
				}
			}
		}
		if (a->src < 0)
			a->src = short_of_subject(s, preds, n, p);
		/* "The killings of civilians in Bucha were carried out by
		 * soldiers of a Russian regiment", "acts of genocide have been
		 * committed by Israel": a violent act the clause's subject
		 * names, done by the agent of its passive "carried out",
		 * "committed" or "perpetrated" */
		if (a->src < 0 && a->r.code != LEX_NONE && a->r.code != LEX_CODE_NULL) {
			const char *nc = lex_code_str(lex, a->r.code);
			if (!strncmp(nc, "18", 2) || !strncmp(nc, "19", 2) || !strncmp(nc, "20", 2))
				a->src = perpetrated_by(s, p);
		}
		/* "travelled to Moscow for talks with Putin", "in a phone call
		 * with", "at talks in Doha": a meeting named as the purpose or
		 * occasion of the clause's act is its subject's. */
		/* (so is a show of force the act is staged as: "fired a
		 * missile in a show of force against the United States"; not
		 * drills others take part in) */
		static const char *const shows[] = { "show", "display", "demonstration", NULL };
		/* (and a rebuke to a party it is made as: "in a rebuke to
		 * Moscow"; "in a rare rebuke over the military's failure"
		 * names no party rebuked) */
		static const char *const rebukes[] = { "rebuke", "reprimand", NULL };
		if (a->src < 0 && p->governor >= 0 && a->r.code != LEX_NONE && a->r.code != LEX_CODE_NULL &&
		    (!strncmp(lex_code_str(lex, a->r.code), "04", 2) ||
		     (!strcmp(lex_code_str(lex, a->r.code), "150") && word_is_any(s, p->head, shows)) ||
		     (!strcmp(lex_code_str(lex, a->r.code), "111") && word_is_any(s, p->head, rebukes) &&
		      p->end + 1 < s->n && head_is(s, p->end + 1, "to")))) {
			size_t plen;
			const char *prep = act_occasion_prep(s, p->head, &plen);
			static const char *const occ[] = { "for", "in", "at", "during", "on" };
			size_t k;
			for (k = 0; prep && k < sizeof(occ) / sizeof(occ[0]); k++)
				if (plen == strlen(occ[k]) && !strncasecmp(prep, occ[k], plen)) {
					const struct pred *g = &preds[p->governor];
					/* "pledged aid to Ukraine during a visit to
					 * Kyiv": a word read as a verb inside the
					 * pattern of the verb before it has no subject
					 * of its own; the occasion is that verb's */
					int32_t gi = p->governor;
					while (g->subject < 0 && !g->passive && g->inside && gi > 0) {
						int32_t k2 = gi;
						while (--k2 >= 0 && preds[k2].kind != LEX_VERB)
							;
						if (k2 < 0)
							break;
						gi = k2;
						g = &preds[gi];
					}
					a->src = g->passive ? g->by_agent : g->subject;
					break;
				}
		}
		/* "thanked Americans while on a visit to Washington", "met
		 * Meloni when on a trip to Rome": an occasion after "while" or
		 * "when" (which cut the noun off from the verb before it) is
		 * that verb's subject's */
		if (a->src < 0 && p->governor < 0 && p->kind == LEX_NOUN && a->r.code != LEX_NONE &&
		    a->r.code != LEX_CODE_NULL && !strncmp(lex_code_str(lex, a->r.code), "04", 2)) {
			size_t plen, at;
			const char *prep = act_noun_prep(s, p->head, &plen);
			for (at = p->head; at > 0 && !(s->info[at].roles & R_PREP); at--)
				;
			if (prep && at >= 2 && ((plen == 2 && !strncasecmp(prep, "on", 2)) ||
						(plen == 6 && !strncasecmp(prep, "during", 6))) &&
			    (head_is(s, at - 1, "while") || head_is(s, at - 1, "when"))) {
				size_t k;
				for (k = n; k-- > 0;) {
					const struct pred *g = &preds[k];
					if (g->kind != LEX_VERB || g->head >= at || g->subject < 0 ||
					    g->passive || clause_subordinate(s, g))
						continue;
					a->src = g->subject;
					break;
				}
			}
		}
		/* "agreed to a ceasefire after six hours of talks": the deal's
		 * subject (act_deal_talks_subject()) */
		if (a->src < 0 && p->governor < 0 && p->kind == LEX_NOUN && a->r.code != LEX_NONE &&
		    a->r.code != LEX_CODE_NULL && !strncmp(lex_code_str(lex, a->r.code), "04", 2))
			a->src = act_deal_talks_subject(s, preds, n, p);
		/* "docked in Busan on Tuesday, the first such visit since the
		 * 1980s, in a show of deterrence against North Korea", "arrived
		 * ..., in a warning to Pyongyang": a show of force or a warning
		 * the clause's act is made as, past an aside between commas, is
		 * the subject's of the nearest verb before it */
		if (a->src < 0 && a->r.code != LEX_NONE && a->r.code != LEX_CODE_NULL &&
		    act_posture_occasion(s, lex, a->r.code, p))
			a->src = act_posture_occasion_subject(s, preds, n, p);
		/* "held talks with", "imposed sanctions on", "plans a visit
		 * to": the noun is the object of a light or planning verb,
		 * whose subject acts.  After any other verb, or behind a
		 * preposition ("condolences over the attack on"), the noun
		 * names someone else's act. */
		if (a->src < 0 && p->governor >= 0 &&
		    (((preds[p->governor].vroles & (V_LIGHT | V_PLAN | V_SPEC)) &&
		      act_direct_object(s, preds[p->governor].end, p->head,
					(preds[p->governor].vroles & V_PLAN) != 0)) ||
		     act_enacted_object(s, preds, p))) {
			struct pred *g = &preds[p->governor];
			a->src = g->passive ? g->by_agent : g->subject;
			g->consumed = 1;
		}
		/* "denied any involvement in the attack on India": the act a
		 * denial's null pattern names is the denier's, negated */
		if (a->src < 0 && p->governor >= 0 && (preds[p->governor].vroles & V_DENY) &&
		    preds[p->governor].r.pat && preds[p->governor].r.code == LEX_CODE_NULL &&
		    p->head <= preds[p->governor].r.last) {
			const struct pred *g = &preds[p->governor];
			a->src = g->passive ? g->by_agent : g->subject;
		}
		/* "signed a decree on Saturday imposing economic sanctions on
		 * Turkey", "passed a bill providing aid to Ukraine": what a
		 * document does, its signer does */
		if (a->src < 0)
			a->src = document_signer(s, preds, n, p);
		if (a->src < 0)
			a->src = answer_with(s, p);
		/* "pressed its offensive": the noun whose possessor acts is
		 * the verb's event all the same */
		if (p->governor >= 0 && act_enacted_object(s, preds, p))
			preds[p->governor].consumed = 1;
		/* "During a visit to Tokyo, Rubio met Ishiba", "In a phone
		 * call with Putin, Erdogan offered": a meeting in a phrase
		 * that opens the sentence is the occasion of its main
		 * clause, and that clause's subject's. */
		if (a->src < 0 && p->governor < 0)
			a->src = fronted_occasion(s, preds, n, p);
		if (a->src < 0 && p->governor < 0)
			a->src = aside_occasion(s, p);
		/* "Biden said Putin was responsible for Navalny's death",
		 * "Kyiv said Moscow was behind the strike", "said there was
		 * evidence the crown prince was liable for the killing": blame
		 * laid in reported speech or belief is its speaker's
		 * accusation (tests/dev/README.md), aimed at the one it names. */
		if (a->src < 0 && p->reporter >= 0 && a->r.target >= 0 && a->r.target != p->reporter &&
		    a->r.code != LEX_NONE && a->r.code != LEX_CODE_NULL &&
		    !strncmp(lex_code_str(lex, a->r.code), "112", 3) &&
		    (head_is(s, p->head, "responsible") || head_is(s, p->head, "behind") ||
		     head_is(s, p->head, "liable") || head_is(s, p->head, "culpable")))
			a->src = p->reporter;
	}
	/* "North Korea will pay a price if it supplies weapons to
	 * Russia, Seoul said", "Russia would face sanctions if it
	 * attacked, Starmer said": a penalty a pattern promises the
	 * clause's own subject is the speaker's threat (13x,
	 * tests/dev/README.md), when the speaker is of another state */
	if ((a->src < 0 || a->src == a->r.target) && p->reporter >= 0 && a->r.target >= 0 &&
	    a->r.target != p->reporter && a->r.code != LEX_NONE &&
	    a->r.code != LEX_CODE_NULL &&
	    !strncmp(lex_code_str(lex, a->r.code), "13", 2) && p->subject == a->r.target &&
	    s->ments[p->reporter].code && s->ments[a->r.target].code &&
	    strncmp(s->ments[p->reporter].code, s->ments[a->r.target].code, 3))
		a->src = p->reporter;
	/* "A roadside bomb planted by Baloch separatists killed": the agent
	 * of a participle in the subject's phrase made the thing that acts;
	 * a roadside or car bomb is such a bombing (1833, 1832), a bomb of
	 * no kind named a bombing (183). */
	/* ("Drones launched by the Houthis on Saturday struck": past the
	 * day between the agent and the verb) */
	size_t ge = p->group >= 3 && weekday(s, p->group - 1) && head_is(s, p->group - 2, "on") ?
		    p->group - 2 : p->group;
	/* ("A bomb planted by ETA under a police officer's car killed him":
	 * past the place the bomb was planted, a phrase of a few words
	 * opened by a preposition of place) */
	if (p->kind == LEX_VERB && !p->passive && a->src < 0 && a->r.source < 0 && ge >= 6) {
		static const char *const where[] = { "under", "near", "outside", "beside",
						     "inside", "at", NULL };
		size_t w;
		for (w = ge - 2; w + 7 > ge && w > 1; w--) {
			if ((s->toks[w].flags & TOK_PUNCT) || s->info[w].verb)
				break;
			if (word_is_any(s, w, where) && s->info[w - 1].mention >= 0) {
				ge = w;
				break;
			}
		}
	}
	if (p->kind == LEX_VERB && !p->passive && a->src < 0 && a->r.source < 0 && ge >= 4 &&
	    s->info[ge - 1].mention >= 0) {
		const struct mention *m = &s->ments[s->info[ge - 1].mention];
		long by = (long)m->tok - 1, v;
		while (by >= 0 && (s->info[by].roles & R_DET) && !(s->info[by].roles & R_POSS))
			by--;
		v = by - 1;
		if (v >= 0 && !past_form(s, (size_t)v) && v > 0 && past_form(s, (size_t)v - 1))
			v--;            /* "carried out by" */
		if (by > 1 && (s->info[by].roles & R_BY) && past_form(s, (size_t)v) && v > 0 &&
		    s->info[v - 1].mention < 0 && (s->toks[v - 1].flags & TOK_WORD) &&
		    !s->info[v - 1].roles && clause_subject_left(s, preds, n, (size_t)v) < 0 &&
		    !agent_phrase_anchored(s, (size_t)v - 1)) {
			long k;
			a->src = s->info[ge - 1].mention;
			for (k = v - 1; k >= 0 && k + 4 > v; k--) {
				size_t bl;
				const char *bt = tok_text(s, (size_t)k, &bl);
				if (bl == 8 && !strncasecmp(bt, "roadside", 8))
					a->bombing = "1833";
				else if (bl == 3 && !strncasecmp(bt, "car", 3))
					a->bombing = "1832";
				/* ("A bomb planted by ETA": a bombing of no
				 * kinder name, which the word before it may
				 * still give) */
				else if (!a->bombing && ((bl == 4 && !strncasecmp(bt, "bomb", 4)) ||
							 (bl == 5 && !strncasecmp(bt, "bombs", 5))))
					a->bombing = "183";
			}
		}
	}
	/* "a Russian missile strike that killed 40 people": the relative
	 * clause's act is the attacker's, and the attack's code, when the noun
	 * gives one of force, is the more telling. */
	if (p->kind == LEX_VERB && a->r.source < 0 &&
	    (a->rel_noun = act_relative_attack(s, preds, n, p, &a->rel_tok)) < 0 && a->rel_tok >= 0) {
		/* "was behind the bomb that killed": no trigger, but an
		 * attacker all the same */
		int32_t who = act_attack_actor(s, preds, n, (size_t)a->rel_tok);
		if (who >= 0)
			a->src = who;
	} else if (a->rel_noun >= 0) {
		struct pred *np = &preds[a->rel_noun];
		int32_t who = act_attack_actor(s, preds, n, np->head);
		if (who >= 0)
			a->src = who;
		if (np->chosen < 0)
			np->chosen = (int8_t)pat_choose(c, s, np, &np->r);
		if (np->chosen == 1 && np->r.code != LEX_NONE && np->r.code != LEX_CODE_NULL) {
			const char *nc = lex_code_str(lex, np->r.code);
			if (!strncmp(nc, "18", 2) || !strncmp(nc, "19", 2) || !strncmp(nc, "20", 2))
				a->r.code = np->r.code;
		}
	}
	/* "twin suicide bombings that killed nearly 90 people", "a car
	 * bomb that killed 21": the kind of bomb the antecedent names */
	if (a->rel_tok >= 2 && !a->bombing) {
		static const char *const kinds[] = { "suicide", "car", "truck", "roadside", NULL };
		long k;
		for (k = a->rel_tok - 1; k >= 0 && k + 3 > a->rel_tok; k--)
			if (word_is_any(s, (size_t)k, kinds)) {
				size_t kl;
				const char *kt = tok_text(s, (size_t)k, &kl);
				a->bombing = kt[0] == 's' || kt[0] == 'S' ? "1831" :
					  kt[0] == 'r' || kt[0] == 'R' ? "1833" : "1832";
				break;
			}
	}
	/* '"The Zionist regime will receive a harsh punishment," Khamenei
	 * said', '"I think he is a war criminal," Biden said of Putin': a
	 * rebuke, accusation, threat or demand a pattern aims at the
	 * clause's own subject, with no source of its own, is the speaker's
	 * (the pattern names no "$"; what the speaker says others did keeps
	 * its own actors) */
	/* (with no source found at all, inside a quote that opens the
	 * sentence, or a passive subject's ("Israel will be punished,
	 * Khamenei said"), only: elsewhere a noun's owner may lie out of
	 * reach) */
	if (a->r.source < 0 && a->r.target >= 0 &&
	    (a->src == a->r.target ||
	     (a->src < 0 && (p->head < s->qclose || (p->passive && p->subject == a->r.target)))) &&
	    p->reporter >= 0 && p->reporter != a->r.target && a->r.code != LEX_NONE &&
	    a->r.code != LEX_CODE_NULL) {
		const char *rc = lex_code_str(lex, a->r.code);
		if (!strncmp(rc, "10", 2) || !strncmp(rc, "11", 2) || !strncmp(rc, "12", 2) ||
		    !strncmp(rc, "13", 2))
			a->src = p->reporter;
	}
	/* '"This is a grave provocation," Seoul said after North Korea fired
	 * a missile': a rebuke with no party at all in a quote that opens
	 * the sentence is the speaker's, at the one the attribution speaks
	 * of */
	if (a->r.source < 0 && a->r.target < 0 && a->src < 0 && p->reporter >= 0 &&
	    a->r.code != LEX_NONE && a->r.code != LEX_CODE_NULL &&
	    !strncmp(lex_code_str(lex, a->r.code), "11", 2) && act_quote_about(s, p) >= 0) {
		a->r.target = act_quote_about(s, p);
		a->src = p->reporter;
	}
	return 0;
}
