/*
 * act_target.c - to whom: the target of an act.
 *
 * The pattern's '+', the subject of a passive, the name a noun
 * governs, and when those fail the party the sentence implies: the
 * other side of a pair, the parties a mediator brought together, the
 * host of a visit, the doer an answer or a rebuke replies to, the
 * holder of those released, the state at home a government acts on.
 */
#include <stdint.h>
#include <string.h>

#include "act_int.h"
#include "cameo.h"
#include "match_int.h"

/* "shot down 30 drones launched by Russia", "intercepted missiles fired
 * by the Houthis": the weapons a use of force strikes at are named by
 * a participle and "by" after them; who launched them is the target.
 * The mention after that "by" within the clause from `from`, or -1. */
static int32_t weapon_owner(const struct sent *s, size_t from, uint32_t avoid)
{
	static const char *const launched[] = { "launched", "fired", "sent", "flown", "dropped",
						"shot", NULL };
	size_t j, t;

	for (j = from; j + 1 < s->n && j < from + 8; j++) {
		if (clause_break(s, j) || is_punct(s, j, ',') || s->info[j].mention >= 0)
			return -1;
		if (!(s->info[j].roles & R_BY) || j < from + 2 || !word_is_any(s, j - 1, launched) ||
		    s->info[j - 2].mention >= 0 ||
		    !(s->toks[j - 2].flags & TOK_WORD) || s->info[j - 2].roles)
			continue;
		for (t = j + 1; t < s->n && (s->info[t].roles & R_DET) && s->info[t].mention < 0; t++)
			;
		if (t < s->n && s->info[t].mention >= 0 && s->ments[s->info[t].mention].group != avoid)
			return s->info[t].mention;
		return -1;
	}
	return -1;
}

/* "at his Colombo home", "outside her Moscow apartment": a place named
 * after a possessive pronoun that a preposition of place governs. */
static int owned_place_after_prep(const struct sent *s, const struct mention *m)
{
	return m->country && m->tok >= 2 && (s->info[m->tok - 1].roles & R_POSS) &&
	       (s->info[m->tok - 1].roles & R_PRON) && (s->info[m->tok - 2].roles & R_LOC);
}

/* "were shot dead in the Mediterranean city of Alexandria": a place
 * after "of" and a place noun ("city", "town", "province") that a
 * preposition of place a few words before governs is where the act
 * happened too. */
static int place_of_locative(const struct sent *s, const struct mention *m)
{
	static const char *const of[] = { "of", NULL };
	size_t j;

	if (!m->country || m->tok < 3 || !word_is_any(s, m->tok - 1, of) ||
	    !word_is_any(s, m->tok - 2, match_place_nouns))
		return 0;
	for (j = m->tok - 2; j-- > 0 && j + 6 >= m->tok;) {
		if (s->toks[j].flags & TOK_PUNCT)
			return 0;
		if (s->info[j].roles & R_LOC)
			return 1;
	}
	return 0;
}

/* "Iran fired 180 missiles at Israel, and most of them were
 * intercepted by Israel and its allies": a passive whose subject is
 * "them" after "of" and a share ("most of them", "all of them") stands
 * for weapons named before it, not for the last state named; what befell
 * them befell who fired them, the subject of the clause naming the
 * weapons.  The mention, or -1. */
static const char *const launched_arms[] = { "missiles", "drones", "rockets", "projectiles",
					     "shells", "munitions", "warheads", NULL };

static int32_t passive_weapons_owner(const struct sent *s, const struct pred *p)
{
	static const char *const them[] = { "them", NULL };
	static const char *const of[] = { "of", NULL };
	static const char *const *const arms = launched_arms;
	const struct mention *pm;
	size_t j, at;
	long k;

	if (p->kind != LEX_VERB || !p->passive || p->group == 0 || s->info[p->group - 1].mention < 0)
		return -1;
	pm = &s->ments[s->info[p->group - 1].mention];
	if (pm->kind != M_PRONOUN || !word_is_any(s, pm->tok, them) || pm->tok < 2 ||
	    !word_is_any(s, pm->tok - 1, of))
		return -1;
	for (j = pm->tok - 1; j > 0; j--)
		if (word_is_any(s, j - 1, arms))
			break;
	if (j == 0)
		return -1;
	at = j - 1;
	/* the weapons' clause's subject: the nearest actor before them
	 * that no preposition governs */
	for (k = (long)at - 1; k >= 0 && !clause_break(s, (size_t)k); k--) {
		int32_t m = s->info[k].mention;
		if (m >= 0 && !s->ments[m].after_prep && s->ments[m].kind != M_PRONOUN)
			return m;
	}
	return -1;
}

/* "Almost all of the 300 drones and missiles launched at Israel by Iran
 * were intercepted by Israeli air defences": a passive's subject that
 * names weapons with a participle and its "by" agent names who launched
 * them; what befell the weapons befell that agent.  The agent's mention,
 * or -1. */
static int32_t passive_launcher(const struct sent *s, const struct pred *p)
{
	static const char *const launched[] = { "launched", "fired", "sent", "flown", NULL };
	size_t j, k;

	if (p->kind != LEX_VERB || !p->passive || p->group == 0)
		return -1;
	for (j = p->group; j-- > 1 && !clause_break(s, j) && !is_punct(s, j, ',');) {
		if (!word_is_any(s, j, launched) || !word_is_any(s, j - 1, launched_arms))
			continue;
		for (k = j + 1; k + 1 < p->group; k++) {
			size_t t = k + 1;
			if (!(s->info[k].roles & R_BY))
				continue;
			while (t < p->group && (s->info[t].roles & R_DET) && s->info[t].mention < 0)
				t++;
			return t < p->group ? s->info[t].mention : -1;
		}
		return -1;
	}
	return -1;
}

/* Whether mention m is the state of src, a state or its officials or
 * forces, used as an adjective before a noun ("the U.S. commitment"). */
static int own_adjective(const struct sent *s, const struct mention *src, const struct mention *m)
{
	size_t k = m->tok + m->n_tok;

	return m->country && m->code && src->code && !civil_role(src->code) &&
	       !strncmp(m->code, src->code, 3) &&
	       m != src && k < s->n && s->info[k].mention < 0 && !s->info[k].roles &&
	       (s->toks[k].flags & TOK_WORD) && !(s->toks[k].flags & TOK_CAP);
}

/* The state named as the owner of the noun a pattern's words end on, at
 * token last ("a U.S. peace plan", "Kyiv's offer"): the first actor after
 * p's head, a state's name or adjective other than the source's own
 * ("cut off all U.S. aid to Colombia"), whose only words up to last are
 * modifiers of that noun; -1 when there is none. */
static int32_t owner_of_last(const struct sent *s, const struct pred *p, uint32_t last,
			     int32_t src)
{
	const struct mention *m;
	size_t w, k;

	for (w = p->end + 1; w < last && s->info[w].mention < 0; w++)
		;
	if (w >= last)
		return -1;
	m = &s->ments[s->info[w].mention];
	if (!m->country || m->kind == M_PRONOUN || !m->code ||
	    (src >= 0 && (m->group == s->ments[src].group ||
			  (s->ments[src].code && !strncmp(s->ments[src].code, m->code, 3)))))
		return -1;
	for (k = m->tok + m->n_tok; k < last; k++)
		if (s->info[k].mention >= 0 || (s->info[k].roles & R_PREP) ||
		    !((s->info[k].roles & R_POSS) || is_modifier(s, k)))
			return -1;
	return s->info[w].mention;
}

/* The token at i is a word in lower case ("fighter jets", not
 * "Tigrayan forces"). */
static int lower_word_at(const struct sent *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return (s->toks[i].flags & TOK_WORD) && t[0] >= 'a' && t[0] <= 'z';
}

/* Whether a member of mention src's compound (two or more) holds code. */
static int own_member(const struct sent *s, int32_t src, const char *code)
{
	const struct mention *own[8];
	size_t n = act_group_members(s, src, own, 8), k;

	for (k = 0; n >= 2 && k < n; k++)
		if (own[k]->code && !strcmp(own[k]->code, code))
			return 1;
	return 0;
}

/* Whether a preposition stands between tokens from and to. */
static int prep_before(const struct sent *s, size_t from, size_t to)
{
	size_t j;

	for (j = from; j < to && j < s->n; j++)
		if (s->info[j].roles & R_PREP)
			return 1;
	return 0;
}

/* The party a common noun at token `head` stands for as the antecedent
 * of an object relative clause whose subject is m, or -1: an actor in
 * the noun's own phrase, before it up to its determiner ("the
 * British-flagged tanker", "Iran's consulate", "the U.S. drone"), of
 * another group than m's.  Nouns whose clause is their content ("the
 * claim that", "reports that") and verbs take none, nor (with `that`
 * set) the object of a verb of speech ("told state broadcaster ZBC
 * that"). */
static int32_t noun_antecedent(const struct sent *s, size_t head, const struct mention *m, int that)
{

	long j;
	int steps;

	if (!(s->toks[head].flags & TOK_WORD) || s->info[head].verb || s->info[head].roles ||
	    act_content_noun(s, head))
		return -1;
	for (j = (long)head - 1, steps = 0; j >= 0 && steps < 4; j--, steps++) {
		int32_t mi = s->info[j].mention;
		if (mi >= 0) {
			const struct mention *a = &s->ments[mi];
			long b = (long)a->tok - 1;
			if (a->group == m->group || a->kind == M_PRONOUN || !a->code)
				return -1;
			/* ("telling state broadcaster ZBC that the army was":
			 * a "that" after the object of a verb of speech opens
			 * what was said) */
			while (b >= 0 && (s->info[b].roles & R_DET) && !(s->info[b].roles & R_POSS))
				b--;
			if (that && b >= 0 && s->info[b].verb &&
			    (s->info[b].vroles & (V_SPEECH | V_OPINION)))
				return -1;
			return mi;
		}
		if (!(s->toks[j].flags & TOK_WORD) || s->info[j].verb ||
		    (s->info[j].roles & ~(R_DET | R_POSS)))
			return -1;
		if ((s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS))
			return -1;
	}
	return -1;
}

/* The antecedent of an object relative clause whose subject is m and
 * whose verb is p ("Israel, which Iran blamed"), or -1: the pronoun
 * right before m (past a determiner), an actor right before it (past a
 * comma), and no mention but m's own list between m and the verb. */
static int32_t relative_object(const struct sent *s, const struct mention *m,
			       const struct pred *p)
{
	/* (not "that": "warned Iran that Israel would strike" opens
	 * a complement after the verb's object) */
	static const char *const rel[] = { "which", "whom", "who", NULL };
	long j = (long)m->tok - 1;
	size_t k;
	int that;

	if (m->tok + m->n_tok > p->group || m->kind == M_PRONOUN)
		return -1;
	for (k = m->tok + m->n_tok; k < p->group; k++)
		if ((s->info[k].mention >= 0 && s->ments[s->info[k].mention].group != m->group) ||
		    clause_break(s, k))
			return -1;
	/* ("whom U.S. and British warplanes struck": m's list) */
	while (j >= 1 && ((s->info[j].roles & R_CONJ) || is_punct(s, (size_t)j, ',')) &&
	       s->info[j - 1].mention >= 0 && s->ments[s->info[j - 1].mention].group == m->group)
		j = (long)s->ments[s->info[j - 1].mention].tok - 1;
	if (j >= 0 && (s->info[j].roles & R_DET) && s->info[j].mention < 0)
		j--;
	if (j < 1 || !(word_is_any(s, (size_t)j, rel) || head_is(s, (size_t)j, "that")))
		return -1;
	that = head_is(s, (size_t)j, "that");
	j--;
	if (j >= 1 && is_punct(s, (size_t)j, ','))
		j--;
	/* "the British-flagged tanker that Iran's Revolutionary Guards
	 * seized", "Iran's consulate, which Israeli jets struck": a noun
	 * the clause hangs on stands for the party its own phrase names */
	if (s->info[j].mention < 0)
		return noun_antecedent(s, (size_t)j, m, that);
	/* (a "that" right after a name opens a complement: "warned Iran
	 * that Israel would strike") */
	if (that || s->ments[s->info[j].mention].group == m->group ||
	    s->ments[s->info[j].mention].kind == M_PRONOUN)
		return -1;
	return s->info[j].mention;
}

/* "..., the Indian army said.": mention m reports the sentence from
 * its end, with a speech verb and at most a date after it. */
static int closing_reporter(const struct sent *s, const struct mention *m)
{
	static const char *const dates[] = { "on", "in", "late", "early", "earlier", "later", NULL };
	size_t j = m->tok + m->n_tok;

	if (j >= s->n || !s->info[j].verb || !(s->info[j].vroles & V_SPEECH))
		return 0;
	for (j++; j < s->n && !(s->toks[j].flags & TOK_PUNCT); j++)
		if (!word_is_any(s, j, dates) && !weekday(s, j) && !(s->toks[j].flags & TOK_NUM))
			return 0;
	return j + 1 >= s->n;
}

/* The first mention of the "and" group m is in (m itself when alone). */
static const struct mention *group_first(const struct sent *s, const struct mention *m)
{
	size_t k;

	for (k = 0; k < s->n_ments; k++)
		if (s->ments[k].group == m->group && s->ments[k].tok < m->tok)
			return &s->ments[k];
	return m;
}

/* The state the main clause opens with, as the party a subordinate or
 * relative clause's act p falls on, when that clause's own words name it
 * only by a possessive or "the country": the main clause's subject, a
 * state's mention, not of src's state; -1 when p's clause is no such
 * clause or a plan, threat or condition lies between ("would shoot down
 * U.S. spy planes that violated its exclusive economic zone"). */
static int32_t main_state(const struct sent *s, const struct pred *p, const char *src)
{
	int32_t mi;
	size_t k;

	if (!src || p->group < 1)
		return -1;
	/* (the clause's opener before its subject: "when four Chinese and
	 * four Russian military aircraft entered") */
	for (k = p->group; k-- > 0;) {
		if (s->info[k].verb)
			return -1;
		if ((s->info[k].roles & (R_SUB | R_IF)) || clause_is_relative(s, k))
			break;
		if (k == 0)
			return -1;
	}
	for (k = 0; k < p->group; k++) {
		const struct mention *m;
		size_t b;
		if ((mi = s->info[k].mention) < 0)
			continue;
		m = &s->ments[mi];
		if (m->after_prep || m->kind == M_PRONOUN || !m->code || !country_prefix(m->code) ||
		    !strncmp(m->code, src, 3) || (s->info[k].roles & R_POSS))
			return -1;
		for (b = k; b < p->group; b++)
			if (s->info[b].roles & (R_WILL | R_WOULD | R_MAY | R_CAN | R_IF))
				return -1;
		return mi;
	}
	return -1;
}

/* "South Korea scrambled jets when Chinese and Russian aircraft entered
 * its air defence zone", "Poland shot down drones that violated its
 * airspace": a possessive poss on the land, sea, air or missions of a
 * state, resolved to src's state, is the main clause's state
 * (main_state), or -1. */
static int32_t sovereign_home(const struct sent *s, const struct pred *p,
			      const struct mention *poss, const struct mention *src)
{
	static const char *const realm[] = {
		"airspace", "zone", "territory", "waters", "soil", "border", "borders",
		"frontier", "embassy", "consulate", "capital", "coast", "coastline",
		"island", "islands", "mainland", NULL };
	size_t j = poss->tok + poss->n_tok, k;

	for (k = 0; k < 4 && j < s->n && (s->toks[j].flags & TOK_WORD) &&
		    s->info[j].mention < 0 && !s->info[j].verb && !s->info[j].roles; k++, j++)
		if (word_is_any(s, j, realm))
			return main_state(s, p, src->code);
	return -1;
}

/* "Ukraine cut ties with Russia after Russian forces invaded the
 * country", "after Hamas fired rockets into the south of the country":
 * "the country" in the clause right after verb p's words (up to `last`)
 * is the main clause's state (main_state), or -1. */
static int32_t the_country(const struct sent *s, const struct pred *p, size_t last,
			   const struct mention *src)
{
	static const char *const country[] = { "country", "nation", NULL };
	size_t j;

	for (j = last + 1; j < s->n && j <= last + 8; j++) {
		if (clause_break(s, j) || s->info[j].verb || s->info[j].mention >= 0)
			return -1;
		if (word_is_any(s, j, country) && head_is(s, j - 1, "the"))
			return main_state(s, p, src->code);
	}
	return -1;
}

/* An adverb in "-ly" at token i ("briefly", "reportedly"). */
int act_ly_adverb(const struct sent *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return (s->toks[i].flags & TOK_WORD) && !s->info[i].roles && s->info[i].mention < 0 &&
	       len > 4 && ends_with(t, len, "ly");
}

/* "South Korea's military fired warning shots after North Korean
 * soldiers crossed the border", "Taipei put its forces on alert as
 * Chinese warships approached": a show or use of force (15-20) that names
 * no one is aimed at whom the "after", "when" or "as" clause right
 * after it names as acting, another state's.  That mention, or -1. */
static int32_t provoker(const struct sent *s, const struct pred *p, size_t last,
			const struct mention *src)
{
	static const char *const cause[] = { "after", "when", "as", NULL };
	size_t j = last + 1, k;
	int32_t mi;

	/* up to the opener, past a date or a span ("on Tuesday", "hours") */
	for (; j < s->n && j <= last + 6; j++) {
		if (word_is_any(s, j, cause))
			break;
		if (clause_break(s, j) || s->info[j].verb || s->info[j].mention >= 0)
			return -1;
	}
	if (j >= s->n || j > last + 6 || !src->code || p->anchor >= 0)
		return -1;
	for (k = j + 1; k < s->n && k <= j + 4; k++) {
		if ((mi = s->info[k].mention) >= 0) {
			const struct mention *m = &s->ments[mi];
			size_t after = m->tok + m->n_tok;
			if (m->after_prep || m->kind == M_PRONOUN || !m->code ||
			    !country_prefix(m->code) || !strncmp(m->code, src->code, 3) ||
			    (after < s->n && (s->info[after].roles & R_POSS)))
				return -1;
			/* its verb right after it, past auxiliaries and an
			 * adverb ("briefly crossed"): the clause's subject,
			 * acting (not "as Hamas said") */
			while (after < s->n && ((s->info[after].roles & (R_HAVE | R_BE | R_NEG)) ||
						(!s->info[after].verb && act_ly_adverb(s, after))))
				after++;
			/* (or a participle on it: "North Korean soldiers
			 * working in the border area briefly crossed") */
			return after < s->n && (s->info[after].verb ? !(s->info[after].vroles &
									(V_SPEECH | V_OPINION)) :
						head_ends_ing(s, after)) ? mi : -1;
		}
		if (!(s->info[k].roles & R_DET) && !(s->toks[k].flags & TOK_NUM))
			return -1;
	}
	return -1;
}

/* The target of a clause's act is the main clause's state, mention
 * home: its land, air and sea are the state's own ("its airspace" of
 * "Guyana's President Irfaan Ali" is Guyana's), so an agent's role goes. */
static void bare_home(struct act *a, int32_t home)
{
	struct sent *s = a->e->s;
	const struct mention *m = &s->ments[home];

	a->tgt = home;
	if (m->code && strlen(m->code) > 3 &&
	    act_home_target(a->e->c, s, a->p, a->p->end, m, "", &a->own)) {
		a->own.start = m->start;
		a->own.end = m->end;
		a->have_own = 1;
		a->tgt = -1;
	}
}

/* "North Korea fired shells near the border, and South Korea responded
 * by firing its own into the sea": a show or use of force that answers
 * ("responded by", "retaliated by") and names no one is aimed at the
 * other state whose act the sentence opens with.  That mention, or -1. */
static int32_t answered(const struct sent *s, const struct pred *p, const struct mention *src)
{
	static const char *const reply[] = { "respond", "retaliate", "react", "reply", NULL };
	size_t b = p->group, k, r;
	int32_t mi;

	if (!src->code)
		return -1;
	/* the reply verb itself ("responded by striking targets", its
	 * pattern's), or the gerund after its "by" */
	for (r = 0; reply[r] && !head_is(s, p->head, reply[r]); r++)
		;
	/* (with its "by": not "said it would retaliate without delay") */
	if (reply[r] && !(p->end + 1 < s->n && (s->info[p->end + 1].roles & R_BY)))
		return -1;
	if (!reply[r]) {
		if (b < 3 || !head_ends_ing(s, p->head) || !(s->info[b - 1].roles & R_BY))
			return -1;
		for (r = 0; reply[r] && !head_is(s, b - 2, reply[r]); r++)
			;
		if (!reply[r])
			return -1;
	}
	for (k = 0; k < src->tok; k++) {
		const struct mention *m;
		if ((mi = s->info[k].mention) < 0)
			continue;
		m = &s->ments[mi];
		if (m->after_prep || m->kind == M_PRONOUN || !m->code || !country_prefix(m->code) ||
		    !strncmp(m->code, src->code, 3) || (s->info[k].roles & R_POSS))
			return -1;
		return mi;
	}
	return -1;
}

/* "left the White House without signing a minerals deal", "cut short
 * his summit with Kim in Hanoi without signing any agreement": a deal
 * not made, after "without", that names no party is not made with the
 * one the clause's verb left or met, the nearest actor before
 * "without" that is no place and not of the source's side.  (One way,
 * from the one who left: the tuned sets code it so in devset and both
 * ways in actors-tune and desc-tune.) */
static void without_partner(struct act *a)
{
	struct sent *s = a->e->s;
	const struct pred *p = a->p;
	uint32_t avoid;
	size_t j;

	if (p->kind != LEX_VERB || p->group != p->head || p->head < 2 || !head_ends_ing(s, p->head) ||
	    !head_is(s, p->head - 1, "without") || !a->rc || strcmp(a->rc, "057") || a->src < 0 ||
	    !s->ments[a->src].code)
		return;
	avoid = s->ments[a->src].group;
	for (j = p->head - 1; j-- > 0;) {
		const struct mention *m;
		if ((s->toks[j].flags & TOK_PUNCT) || clause_break(s, j))
			return;
		if (s->info[j].mention < 0)
			continue;
		m = &s->ments[s->info[j].mention];
		if (m->group == avoid || m->place_only || !m->code ||
		    (m->after_prep && (m->prep_roles & R_LOC)) ||
		    !strncmp(m->code, s->ments[a->src].code, 3) ||
		    (m->kind == M_PRONOUN && (s->info[m->tok].roles & R_POSS)))
			continue;
		a->tgt = s->info[j].mention;
		return;
	}
}

/* The addressee an opening phrase before p names: "In a speech to the
 * U.S. Congress,", "In a letter to Abbas,", "Speaking to the Security
 * Council,", "Addressing the European Parliament,"; -1 when the sentence
 * opens otherwise. */
static int32_t fronted_addressee(const struct sent *s, const struct pred *p)
{
	static const char *const in_words[] = { "in", NULL };
	static const char *const addresses[] = { "speech", "address", "message", "letter",
						  "remarks", "statement", "appeal", "call", NULL };
	static const char *const speaking[] = { "speaking", "writing", "talking", NULL };
	static const char *const addressing[] = { "addressing", NULL };
	size_t comma, j, from = 0;

	for (comma = 0; comma < p->head && !is_punct(s, comma, ','); comma++)
		if (clause_break(s, comma) && comma > 0)
			return -1;
	if (comma >= p->head || comma < 2)
		return -1;
	if (word_is_any(s, 0, in_words)) {
		for (j = 1; j + 1 < comma && j < 6; j++)
			if (word_is_any(s, j, addresses) && head_is(s, j + 1, "to")) {
				from = j + 2;
				break;
			}
	} else if (word_is_any(s, 0, speaking) && head_is(s, 1, "to")) {
		from = 2;
	} else if (word_is_any(s, 0, addressing)) {
		from = 1;
	}
	if (!from)
		return -1;
	for (j = from; j < comma; j++) {
		if (s->info[j].mention >= 0)
			return s->info[j].mention;
		if (!(s->info[j].roles & R_DET) && !(s->toks[j].flags & TOK_UPPER))
			return -1;
	}
	return -1;
}

/* Whether a participle before a's verb describes its subject, the
 * verb being that participle's main verb (clause.c sets main_verb). */
static int participle_subject(const struct act *a)
{
	size_t k;

	for (k = 0; k < a->i; k++)
		if (a->preds[k].main_verb == (int32_t)a->i)
			return 1;
	return 0;
}

/* "had raped, tortured and executed civilians", "abducted and killed
 * two aid workers": an assault or mass violence (18x, 20x) whose verb
 * is one of a series of bare past forms joined by commas and "and"
 * takes the object after the series' last verb, which the verbs share
 * (the verb before the comma names no object of its own); -1 when p
 * is no such verb. */
static int32_t series_object(const struct act *a, uint32_t avoid)
{
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	size_t j = p->end + 1, last = p->end;

	if (p->kind != LEX_VERB || p->passive || !a->rc ||
	    (strncmp(a->rc, "18", 2) && strncmp(a->rc, "20", 2)) || !past_form(s, p->head))
		return -1;
	while (j + 1 < s->n && (is_punct(s, j, ',') || (s->info[j].roles & R_CONJ))) {
		if (is_punct(s, j, ',') && j + 1 < s->n && (s->info[j + 1].roles & R_CONJ))
			j++;
		j++;
		if (!s->info[j].verb || s->info[j].mention >= 0 || !past_form(s, j))
			return -1;
		last = j;
		j++;
	}
	if (last == p->end)
		return -1;
	return clause_mention_right(s, last + 1, avoid, 1);
}

/* "telephoned his rival Donald Trump": a pattern's target that is the
 * source's own possessive pronoun stands for the party named right after
 * the noun it owns (one or two words, no preposition or comma between);
 * t itself otherwise. */
static int32_t named_after_own_possessive(const struct sent *s, int32_t t, int32_t src)
{
	const struct mention *m = &s->ments[t];
	size_t k;

	if (src < 0 || m->kind != M_PRONOUN || !(s->info[m->tok].roles & R_POSS) ||
	    !m->code || !s->ments[src].code || strncmp(m->code, s->ments[src].code, 3))
		return t;
	for (k = m->tok + m->n_tok; k < s->n && k <= m->tok + m->n_tok + 2; k++) {
		if (s->info[k].mention >= 0)
			return k > m->tok + m->n_tok && !s->ments[s->info[k].mention].after_prep &&
			       s->ments[s->info[k].mention].kind == M_NAME ?
			       s->info[k].mention : t;
		if (!(s->toks[k].flags & TOK_WORD) || s->info[k].verb || s->info[k].roles)
			return t;
	}
	return t;
}

/* "a drone struck an apartment building near a U.S. embassy office in
 * central Tel Aviv": force whose pattern reaches an actor named after
 * "near" only as a landmark strikes the place named after it ("in Tel
 * Aviv"), not the landmark; T otherwise, or when no such place
 * follows. */
static int32_t past_landmark(const struct act *a, int32_t t)
{
	static const char *const near[] = { "near", "nearby", NULL };
	const struct sent *s = a->e->s;
	const struct mention *m;
	size_t j;

	if (t < 0 || !a->rc || strncmp(a->rc, "18", 2) < 0 || strncmp(a->rc, "20", 2) > 0)
		return t;
	m = &s->ments[t];
	for (j = m->tok; j-- > 0 && j + 3 >= m->tok;) {
		if (word_is_any(s, j, near))
			break;
		if (!(s->toks[j].flags & TOK_WORD) || s->info[j].mention >= 0 ||
		    (s->info[j].roles & ~R_DET))
			return t;
	}
	if (j == (size_t)-1 || j + 3 < m->tok)
		return t;
	for (j = m->tok + m->n_tok; j < s->n && j < m->tok + m->n_tok + 6; j++) {
		if (s->toks[j].flags & TOK_PUNCT)
			return t;
		if (s->info[j].mention >= 0) {
			const struct mention *q = &s->ments[s->info[j].mention];
			return q->country && q->after_prep && (q->prep_roles & R_LOC) ?
			       s->info[j].mention : t;
		}
	}
	return t;
}

/* "struck PKK positions in the mountains of northern Iraq": an actor
 * whose name ends in the pattern's word for what is hit ("PKK
 * positions", "Iranian positions") and is followed by "in" is the
 * target of force, not the state the pattern's '+' reaches after
 * it; T otherwise (tests/dev/README.md, `strikes`: the owner named right
 * before the targets). */
static int32_t owner_before_place(const struct act *a, int32_t t)
{
	static const char *const in_w[] = { "in", NULL };
	const struct sent *s = a->e->s;
	const struct mention *m = &s->ments[t];
	uint32_t avoid = a->src >= 0 ? s->ments[a->src].group : UINT32_MAX;
	size_t w;

	if (!a->r.pat || !a->rc || strcmp(a->rc, "18") < 0 || strncmp(a->rc, "21", 2) >= 0 ||
	    !m->country || !m->after_prep || m->tok <= a->p->end)
		return t;
	for (w = a->p->end + 1; w < m->tok; w++) {
		const struct mention *o;
		size_t last;
		if (s->info[w].mention < 0)
			continue;
		o = &s->ments[s->info[w].mention];
		last = o->tok + o->n_tok - 1;
		if (o->tok != w || o->n_tok < 2 || o->group == avoid || !o->code || o->country ||
		    o->person || o->kind == M_PRONOUN || last + 1 >= m->tok ||
		    !word_is_any(s, last + 1, in_w) || !pat_names_word(a->e->c->lex, s, a->p, last))
			return t;
		return s->info[w].mention;
	}
	return t;
}

int act_find_target(struct act *a)
{
	static const char *const singular_poss[] = { "its", "his", "her", NULL };
	struct dyad_coder *c = a->e->c;
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *p = a->p;

	/* "was shot dead in Quito": in the passive, a place a
	 * pattern's '+' reaches past the verb is not its object; the
	 * subject is. */
	if (passive_weapons_owner(s, p) >= 0)
		a->tgt = passive_weapons_owner(s, p);
	else if (a->rc && !strncmp(a->rc, "19", 2) && passive_launcher(s, p) >= 0)
		a->tgt = passive_launcher(s, p);
	/* (not a reduced participle's "at": "the drones launched by Russia
	 * at Kyiv" were aimed at Kyiv, whoever the clause's actors are) */
	/* ("was shot dead by a gunman at his Colombo home": so is a place
	 * that a possessive pronoun after the preposition owns) */
	else if (a->r.target >= 0 && p->kind == LEX_VERB && p->passive && p->subject >= 0 &&
	    ((s->ments[a->r.target].after_prep && (s->ments[a->r.target].prep_roles & R_LOC)) ||
	     owned_place_after_prep(s, &s->ments[a->r.target]) ||
	     place_of_locative(s, &s->ments[a->r.target])) &&
	    !(p->group == p->head && a->r.source >= 0 && s->ments[a->r.target].tok > p->head &&
	      head_is(s, s->ments[a->r.target].tok - 1, "at")))
		a->tgt = p->subject;
	else if (a->r.target >= 0)
		a->tgt = past_landmark(a, owner_before_place(a, named_after_own_possessive(s,
								a->r.target, a->src)));
	else if (p->kind == LEX_VERB && p->passive && p->subject >= 0)
		a->tgt = p->subject;
	else if (p->kind == LEX_VERB && p->passive && a->src < 0)
		a->tgt = -1;
	/* ("Missiles launched at Kyiv were intercepted by ...": the place a
	 * participle on the subject names is where the weapons flew, not
	 * what the passive's agent struck) */
	else if (p->kind == LEX_VERB && p->passive && p->subject < 0 && participle_subject(a))
		a->tgt = -1;
	else if (p->kind == LEX_VERB && p->passive && p->subject < 0 && a->rc &&
		 strcmp(a->rc, "18") >= 0 && strncmp(a->rc, "21", 2) < 0 &&
		 act_passive_place(s, p) >= 0)
		/* "Nine sites in Pakistan were struck by Indian missiles" */
		a->tgt = act_passive_place(s, p);
	else if (p->kind == LEX_VERB && p->passive && p->subject < 0 && act_passive_place_of(s, p) >= 0)
		a->tgt = act_passive_place_of(s, p);
	else if (a->r.pat && a->r.last > p->end && s->info[a->r.last].mention >= 0 &&
		 s->ments[s->info[a->r.last].mention].kind == M_NAME &&
		 s->info[a->r.last].mention != a->src)
		/* "joined NATO" (* &ev_bloc): the pattern's last word names
		 * the target itself. */
		a->tgt = s->info[a->r.last].mention;
	else {
		uint32_t avoid = a->src >= 0 ? s->ments[a->src].group : UINT32_MAX;
		size_t w;
		/* "ordered 23 Russian diplomats to leave London": an actor
		 * the pattern's words ("diplomats") fall in is the target, not
		 * the next name after them */
		for (w = p->end + 1; a->r.pat && w <= a->r.last && w < s->n; w++)
			if (s->info[w].mention >= 0 &&
			    s->ments[s->info[w].mention].group != avoid &&
			    /* ("charged at protesters": the crowd after a
			     * preposition is still the one acted on) */
			    (!s->ments[s->info[w].mention].after_prep ||
			     act_people_role(s->ments[s->info[w].mention].code)) &&
			    s->ments[s->info[w].mention].code &&
			    strlen(s->ments[s->info[w].mention].code) >= 6 &&
			    /* ("withdrew its troops": the source's own; but
			     * "police opened fire on young protesters": the
			     * people a state's organs act on at home) */
			    (!(a->src >= 0 && s->ments[a->src].code &&
			       !strncmp(s->ments[a->src].code, s->ments[s->info[w].mention].code, 3)) ||
			     act_people_role(s->ments[s->info[w].mention].code)) &&
			    s->ments[s->info[w].mention].tok + s->ments[s->info[w].mention].n_tok - 1 <=
			    a->r.last && pat_names_word(lex, s, p, w)) {
				a->tgt = s->info[w].mention;
				break;
			}
		/* "rejected key parts of a U.S. peace plan for Ukraine",
		 * "rejected Kyiv's offer of talks": the state whose the
		 * pattern's noun is, named right before it, is the target,
		 * not a name after it */
		if (a->tgt < 0 && a->r.pat && a->r.last > p->end + 1)
			a->tgt = owner_of_last(s, p, a->r.last, a->src);
		/* "vowed that Israel would pay a heavy price for the strike on
		 * its consulate": a threat whose words run on in its
		 * complement is aimed at the complement's subject */
		if (a->tgt < 0 && a->r.pat && a->r.last > p->end + 1 && a->rc && !strncmp(a->rc, "13", 2)) {
			size_t at = p->end + 1 + (head_is(s, p->end + 1, "that") ? 1 : 0);
			if (at < a->r.last && s->info[at].mention >= 0 &&
			    s->ments[s->info[at].mention].group != avoid && second_clause_at(s, at))
				a->tgt = s->info[at].mention;
		}
		if (a->tgt < 0)
			a->tgt = clause_mention_right(s, a->r.last + 1, avoid, 1);
		if (a->tgt < 0 && a->r.last != p->end)
			a->tgt = clause_mention_right(s, p->end + 1, avoid, 1);
		if (a->tgt < 0)
			a->tgt = series_object(a, avoid);
		/* '"We will fight," Nasrallah said, warning Israel': the
		 * speaker a quoted "we" stands for is no target of it */
		if (a->tgt >= 0 && a->src >= 0 && s->ments[a->src].quoted &&
		    s->ments[a->tgt].code && s->ments[a->src].code &&
		    !strcmp(s->ments[a->tgt].code, s->ments[a->src].code) && s->ments[a->tgt].tok > p->end)
			a->tgt = clause_mention_right(s, (a->r.last > p->end ? a->r.last : p->end) + 1,
						      s->ments[a->tgt].group, 1);
		/* "reaffirmed the U.S. commitment to NATO": the source's
		 * own state as the adjective of a noun is no target; the
		 * party after that noun is */
		if (a->tgt >= 0 && a->src >= 0 && own_adjective(s, &s->ments[a->src], &s->ments[a->tgt]))
			a->tgt = clause_mention_right(s, s->ments[a->tgt].tok + s->ments[a->tgt].n_tok,
						      avoid, 1);
		if (a->tgt < 0 && a->rc && !strncmp(a->rc, "19", 2))
			a->tgt = weapon_owner(s, p->end + 1, avoid);
		/* "deployed troops near its border with Belarus", "asked for
		 * consultations with its NATO allies", "lifted its ban": a
		 * possessive pointing back at the source names no target;
		 * the next other party in the clause does, else no one. */
		while (a->tgt >= 0 && a->src >= 0 && s->ments[a->tgt].kind == M_PRONOUN &&
		       (s->info[s->ments[a->tgt].tok].roles & R_POSS) &&
		       (pat_possessor_of_next(s, &s->ments[a->tgt]) ||
			(s->ments[a->tgt].code && s->ments[a->src].code &&
			 !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3))))
		{
			size_t from = s->ments[a->tgt].tok + s->ments[a->tgt].n_tok, j;
			int32_t home = sovereign_home(s, p, &s->ments[a->tgt], &s->ments[a->src]);
			if (home >= 0) {
				bare_home(a, home);
				break;
			}
			a->tgt = clause_mention_right(s, from, avoid, 1);
			for (j = from; a->tgt >= 0 && j < s->ments[a->tgt].tok; j++)
				if (is_punct(s, j, ','))
					a->tgt = -1;
		}
		/* "shot dead seven people outside a synagogue, Israeli police
		 * said": who reports the act after it is not its target */
		/* ("..., and India retaliated with artillery, the Indian
		 * army said": the reporter of the whole sentence, at its
		 * end, of the source's own state, whoever the clause's
		 * reporter is) */
		if (a->tgt >= 0 && s->ments[a->tgt].tok > p->end &&
		    ((p->reporter >= 0 && s->ments[a->tgt].group == s->ments[p->reporter].group) ||
		     (p->anchor < 0 && a->src >= 0 && s->ments[a->src].code && s->ments[a->tgt].code &&
		      !strncmp(s->ments[a->src].code, s->ments[a->tgt].code, 3) &&
		      closing_reporter(s, &s->ments[a->tgt])))) {
			const struct mention *rm = p->reporter >= 0 &&
				s->ments[a->tgt].group == s->ments[p->reporter].group ?
				&s->ments[p->reporter] : &s->ments[a->tgt];
			/* ("..., Japan's defence ministry and South Korea's
			 * military said": the comma stands before the first
			 * of the sayers joined by "and") */
			const struct mention *fm = group_first(s, rm);
			size_t after = rm->tok + rm->n_tok;
			/* ('"I hereby declare martial law," President Yoon
			 * said': or the quote that closes there) */
			if (after < s->n && s->info[after].verb &&
			    (s->info[after].vroles & V_SPEECH) && fm->tok > 0 &&
			    (is_punct(s, fm->tok - 1, ',') || is_punct(s, fm->tok - 1, '"') ||
			     (fm->tok > 1 && (s->info[fm->tok - 1].roles & R_DET) &&
			      (is_punct(s, fm->tok - 2, ',') || is_punct(s, fm->tok - 2, '"')))))
				a->tgt = -1;
		}
	}
	/* "fired two missiles toward the East Sea, Japan's defence ministry
	 * and South Korea's military said": the sayers at the end are no
	 * target, whatever pattern reached them */
	if (a->tgt >= 0 && s->ments[a->tgt].tok > p->end) {
		const struct mention *fm = group_first(s, &s->ments[a->tgt]);
		const struct mention *lm = &s->ments[a->tgt];
		size_t after, k;
		long cm = (long)fm->tok - 1;
		for (k = 0; k < s->n_ments; k++)
			if (s->ments[k].group == lm->group && s->ments[k].tok > lm->tok)
				lm = &s->ments[k];
		after = lm->tok + lm->n_tok;
		/* ("..., two officials said": past the words before the
		 * first sayer) */
		while (cm > 0 && s->info[cm].mention < 0 && !(s->toks[cm].flags & TOK_PUNCT) &&
		       ((s->info[cm].roles & R_DET) || is_modifier(s, (size_t)cm)) &&
		       (long)fm->tok - cm < 3)
			cm--;
		if (after < s->n && s->info[after].verb && (s->info[after].vroles & V_SPEECH) &&
		    cm >= 0 && is_punct(s, (size_t)cm, ',')) {
			const struct mention *sayer = &s->ments[a->tgt];
			a->tgt = -1;
			/* ("fired water cannon at Philippine vessels,
			 * damaging the engine of one boat, the Philippine
			 * coast guard said", "boarded Philippine navy boats
			 * and seized several rifles, the Philippine military
			 * said": a participle's or a joined verb's unnamed
			 * object is the first verb's) */
			int32_t q = p->anchor >= 0 ? p->anchor : p->coord;
			if (q >= 0 && a->preds[q].kind == LEX_VERB) {
				int32_t o = clause_mention_right(s, a->preds[q].end + 1,
								 a->src >= 0 ? s->ments[a->src].group :
								 UINT32_MAX, 1);
				if (o >= 0 && s->ments[o].tok < p->group && o != a->src)
					a->tgt = o;
			}
			/* ("North Korea fired missiles into the East Sea, the
			 * Joint Chiefs of Staff in Seoul said": an act that
			 * names no one else, told by another state's organ, is
			 * aimed at that state, not at the organ that tells it;
			 * words are not so aimed) */
			if (a->tgt < 0 && a->src >= 0 && sayer->code && s->ments[a->src].code &&
			    country_prefix(sayer->code) && strlen(sayer->code) > 3 &&
			    strncmp(sayer->code, s->ments[a->src].code, 3) && a->rc &&
			    strncmp(a->rc, "01", 2) && strncmp(a->rc, "02", 2) &&
			    (strncmp(a->rc, "10", 2) < 0 || strncmp(a->rc, "13", 2) > 0)) {
				char *bare = state_role(c, sayer->code, "");
				if (bare) {
					act_implied_actor(&a->own, s, sayer->tok, bare);
					a->own.start = sayer->start;
					a->own.end = sayer->end;
					a->have_own = 1;
				}
			}
		}
	}
	/* "Erdogan criticised Israel at a rally in Istanbul, accusing it of
	 * war crimes": a pronoun that would make the source rebuke its own
	 * state, in a verb that shares the subject of the verb before it,
	 * stands for that verb's object. */
	if (a->tgt >= 0 && a->src >= 0 && p->kind == LEX_VERB && s->ments[a->tgt].kind == M_PRONOUN &&
	    !(s->info[s->ments[a->tgt].tok].roles & R_POSS) && s->ments[a->tgt].code &&
	    s->ments[a->src].code && !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3) &&
	    (p->anchor >= 0 || p->coord >= 0) && a->rc && !strncmp(a->rc, "11", 2)) {
		const struct pred *q = &a->preds[p->anchor >= 0 ? p->anchor : p->coord];
		int32_t o = q->kind == LEX_VERB ? clause_mention_right(s, q->end + 1, s->ments[a->src].group, 1) : -1;
		if (o >= 0 && s->ments[o].tok < p->group && s->ments[o].code &&
		    strncmp(s->ments[o].code, s->ments[a->src].code, 3))
			a->tgt = o;
	}
	/* "entered its air defence identification zone" (* + air defence
	 * identification zone): a pattern's possessive that would be the
	 * source's own, in a subordinate or relative clause */
	if (a->tgt >= 0 && a->src >= 0 && a->tgt == a->r.target &&
	    s->ments[a->tgt].kind == M_PRONOUN && (s->info[s->ments[a->tgt].tok].roles & R_POSS) &&
	    s->ments[a->tgt].code && s->ments[a->src].code &&
	    (!strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3) ||
	     own_member(s, a->src, s->ments[a->tgt].code))) {
		int32_t home = sovereign_home(s, p, &s->ments[a->tgt], &s->ments[a->tgt]);
		if (home >= 0)
			bare_home(a, home);
	}
	/* "Turkey and Hungary dropped their objections to its membership":
	 * a singular possessive resolved to one member of a compound
	 * subject stands for someone else; the list does not act on
	 * itself through it. */
	/* ("their" may stand for the list: "Philippine and U.S. troops
	 * began their largest joint exercises") */
	if (a->tgt >= 0 && a->src >= 0 && s->ments[a->tgt].kind == M_PRONOUN &&
	    word_is_any(s, s->ments[a->tgt].tok, singular_poss) && s->ments[a->tgt].code &&
	    own_member(s, a->src, s->ments[a->tgt].code))
		a->tgt = -1;
	if (a->tgt < 0 && a->src >= 0 && p->kind == LEX_VERB && !p->passive) {
		int32_t home = the_country(s, p, a->r.pat && a->r.last > p->end ? a->r.last : p->end,
					   &s->ments[a->src]);
		if (home >= 0)
			bare_home(a, home);
	}
	if (a->tgt < 0 && !a->have_own && a->src >= 0 && p->kind == LEX_VERB && !p->passive && a->rc &&
	    strcmp(a->rc, "15") >= 0 && strcmp(a->rc, "21") < 0) {
		a->tgt = provoker(s, p, a->r.pat && a->r.last > p->end ? a->r.last : p->end,
				  &s->ments[a->src]);
		if (a->tgt < 0)
			a->tgt = answered(s, p, &s->ments[a->src]);
	}
	/* "vowed punishment for Israel, which Iran blamed for the attack",
	 * "the Houthis, whom U.S. jets struck overnight": a relative clause
	 * whose own subject follows its pronoun has the antecedent as its
	 * object, when nothing after the verb is one. */
	/* ("Poland, which Kyiv praised for sheltering refugees": a party
	 * after a preposition is the act's ground, not its object) */
	if ((a->tgt < 0 || (a->r.target < 0 && prep_before(s, p->end + 1, s->ments[a->tgt].tok))) &&
	    a->src >= 0 && p->kind == LEX_VERB && !p->passive) {
		int32_t o = relative_object(s, &s->ments[a->src], p);
		if (o >= 0)
			a->tgt = o;
	}
	/* "struck Houthi targets in Yemen", "shelled Hezbollah positions in
	 * Lebanon": a state named as the place of the object stands for
	 * the armed group of that state the object phrase names before it
	 * (names it: "its armed struggle against Turkey" is the source's own). */
	if (a->tgt >= 0 && s->ments[a->tgt].country && s->ments[a->tgt].code &&
	    s->ments[a->tgt].tok > p->end) {
		size_t j;
		for (j = p->end + 1; j < s->ments[a->tgt].tok; j++) {
			const struct mention *m;
			if (clause_break(s, j))
				break;
			if (s->info[j].mention < 0)
				continue;
			m = &s->ments[s->info[j].mention];
			if (s->info[j].mention != a->src && m->kind != M_PRONOUN && !m->person &&
			    m->code && armed_group(m->code) &&
			    !m->placed && !strncmp(m->code, s->ments[a->tgt].code, 3) &&
			    (a->src < 0 || m->group != s->ments[a->src].group)) {
				a->tgt = s->info[j].mention;
				break;
			}
			j = m->tok + m->n_tok - 1;
		}
	}
	/* "staged drills on the eve of Biden's visit to Warsaw", "seized a
	 * tanker ahead of talks with the United States": a party named only
	 * in a phrase that dates the act is not its target */
	/* (but a leaving yields to those who pressed, also when a time
	 * anchor names them: "quit minutes after parliament opened
	 * proceedings to impeach him") */
	if (a->tgt >= 0 && s->ments[a->tgt].tok > p->end && !a->pressed &&
	    act_time_anchor_between(s, p->end + 1, s->ments[a->tgt].tok)) {
		if (TRACING(c))
			coder_tracef(c, "  %s \"%.*s\": \"%.*s\" is named in a time anchor, no target",
				     p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext,
				     (int)(s->ments[a->tgt].end - s->ments[a->tgt].start),
				     s->text + s->ments[a->tgt].start);
		a->tgt = -1;
	}
	if (p->kind == LEX_NOUN && !a->r.pat && !(a->r.target >= 0 && a->src >= 0)) {
		if (TRACING(c))
			coder_tracef(c, "  noun \"%.*s\": no pattern of its own matched", (int)a->hlen, a->htext);
		/* ("Zarif and Kerry announced a framework accord": the verb
		 * whose own pattern names the noun codes it then) */
		if (p->governor >= 0 && a->preds[p->governor].r.pat &&
		    a->preds[p->governor].r.last > a->preds[p->governor].end)
			a->preds[p->governor].consumed = 0;
		return 1;
	}
	/* "In a speech to the U.S. Congress, Zelensky pleaded for a no-fly
	 * zone over Ukraine", "Addressing the Security Council, Guterres
	 * urged restraint": what is said, asked or demanded in an address
	 * the opening phrase names is said to its addressee, when the clause
	 * names no one else than the speaker's own state */
	if (p->kind == LEX_VERB && !p->passive && a->src >= 0 && a->rc && s->ments[a->src].code &&
	    (!strncmp(a->rc, "01", 2) || !strncmp(a->rc, "02", 2) || !strncmp(a->rc, "10", 2)) &&
	    (a->tgt < 0 || (s->ments[a->tgt].code &&
			    !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)) ||
	     /* ("appealed for continued sanctions on Russia", "called for
	      * an end to the war in Gaza": a party the request is about,
	      * after a preposition, is not whom it is made to) */
	     (s->ments[a->tgt].after_prep && s->ments[a->tgt].tok > p->end + 1 &&
	      !head_is(s, p->end + 1, "on") && !head_is(s, p->end + 1, "to")))) {
		int32_t to = fronted_addressee(s, p);
		if (to >= 0 && s->ments[to].group != s->ments[a->src].group && s->ments[to].code &&
		    strncmp(s->ments[to].code, s->ments[a->src].code, 3))
			a->tgt = to;
	}
	if (a->tgt < 0)
		without_partner(a);
	return 0;
}

/* "ruled out sending ground troops to Ukraine", "rejected holding talks
 * with Moscow": a refusal (12x) that names no one is aimed at whom the
 * gerund it refuses names. */
/* Whether a word of proposal ("plan", "offer", "proposal") follows
 * token j within three words: a deal or accord brokered by a third party
 * and left is not the broker's ("pulled out of the U.N.-brokered deal"). */
static int proposal_after(const struct sent *s, size_t j)
{
	static const char *const proposals[] = { "proposal", "proposals", "plan", "plans", "offer",
						 "offers", "initiative", "formula", "framework", "call", "calls", "demand",
						 "demands", "request", "requests", "roadmap", NULL };
	size_t k;

	for (k = j + 1; k < s->n && k <= j + 3; k++)
		if (word_is_any(s, k, proposals))
			return 1;
	return 0;
}

/* "rejected a U.S.-brokered ceasefire proposal", "spurned a
 * Saudi-backed peace plan": the state a hyphened adjective in a refusal's
 * object names as the plan's broker, backer or drafter owns what is
 * refused, and is the refusal's target when no mention is.  Sets a->own. */
void act_hyphen_owner_refused(struct act *a)
{
	static const char *const owned[] = { "brokered", "backed", "drafted", "led", "sponsored",
					     "proposed", "mediated", "authored", "written", NULL };
	struct sent *s = a->e->s;
	const struct pred *p = a->p;
	const char *owner, *t;
	size_t j, len, pre;

	/* (a veto at the UN is the body's, whoever drafted the resolution) */
	if (a->src < 0 || !s->ments[a->src].code || !strcmp(a->rc, "129"))
		return;
	/* ("A U.S.-brokered truce proposal was rejected by Hamas": in the
	 * passive the object stands before the verb group) */
	j = p->passive ? (p->group > 14 ? p->group - 14 : 0) : p->end + 1;
	for (; j < s->n && (p->passive ? j < p->group : j <= p->end + 6); j++) {
		/* (after the verb, the object's own words only; before a
		 * passive, the subject phrase, which may hold names and an
		 * infinitive: "to extend the Gaza ceasefire") */
		if (!p->passive && (clause_break(s, j) || (s->toks[j].flags & TOK_PUNCT) ||
				    s->info[j].mention >= 0 ||
				    (s->info[j].verb && !(s->toks[j].flags & TOK_HYPHEN))))
			return;
		if (p->passive && (s->toks[j].flags & TOK_PUNCT) && !(s->toks[j].flags & TOK_HYPHEN))
			continue;
		if (!(s->toks[j].flags & TOK_HYPHEN) ||
		    !(owner = match_hyphen_owner(a->e->c, s, j, s->pub.precision ? s->pub.ymd : 0,
						 owned)))
			continue;
		if (!strncmp(owner, s->ments[a->src].code, 3) || !proposal_after(s, j))
			return;
		t = tok_text(s, j, &len);
		for (pre = 0; pre < len && t[pre] != '-'; pre++)
			;
		act_derived_mention(&a->own, &s->ments[a->src], owner, 0, s->toks[j].start - s->base,
				    s->toks[j].start - s->base + (uint32_t)pre);
		a->have_own = 1;
		return;
	}
}

int act_refused_target(struct act *a)
{
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *p = a->p;
	size_t k;

	if (a->tgt >= 0 || a->have_own || !a->rc || strncmp(a->rc, "12", 2) || p->kind != LEX_VERB)
		return 0;
	for (k = 0; k < a->n; k++)
		if (act_refusal_before(lex, s, a->preds, a->n, &a->preds[k]) == (long)a->i &&
		    a->preds[k].chosen == 1 && a->preds[k].r.target >= 0 &&
		    a->preds[k].r.target != a->src) {
			a->tgt = a->preds[k].r.target;
			break;
		}
	if (a->tgt < 0)
		act_hyphen_owner_refused(a);
	return 0;
}

/* "Bolivia broke off relations with Israel, while Chile and Colombia
 * recalled their ambassadors": envoys of the source's own state recalled
 * or withdrawn (16x) name no target; the state the sentence's last such
 * act was aimed at is it. */
int act_own_envoys(struct act *a)
{
	struct emit_ctx *e = a->e;
	struct sent *s = e->s;
	const char *sc, *tc;
	size_t k;

	if (!a->rc || strncmp(a->rc, "16", 2) || a->src < 0 || a->tgt < 0 || a->have_own ||
	    a->r.source >= 0)
		return 0;
	sc = s->ments[a->src].code;
	tc = s->ments[a->tgt].code;
	if (!sc || !tc || !country_prefix(sc) || !country_prefix(tc) || strncmp(sc, tc, 3) ||
	    !(s->info[s->ments[a->tgt].tok].roles & R_POSS))
		return 0;
	for (k = e->n_seen; k-- > 0;)
		if (e->seen[k].cameo && !strncmp(e->seen[k].cameo, "16", 2) && e->seen[k].target.code &&
		    strncmp(e->seen[k].target.code, sc, 3)) {
			act_implied_actor(&a->own, s, a->p->head, e->seen[k].target.code);
			a->have_own = 1;
			a->tgt = -1;
			break;
		}
	return 0;
}

/* "Seoul said Pyongyang had sent troops to Russia and warned North
 * Korea": a bare past verb after "and" that would make the reported
 * subject act on its own state is the speaker's, joined to the speech
 * verb, not to the verb it reports. */
int act_speaker_joined(struct act *a)
{
	struct sent *s = a->e->s;
	struct pred *p = a->p;
	const struct pred *q;
	const char *sc, *tc, *rc;

	if (p->kind != LEX_VERB || p->coord < 0 || p->group != p->head || !past_form(s, p->head) ||
	    a->src < 0 || a->tgt < 0 || a->have_own || a->have_own_src)
		return 0;
	q = &a->preds[p->coord];
	if (q->reporter < 0 || q->subject != a->src)
		return 0;
	sc = s->ments[a->src].code;
	tc = s->ments[a->tgt].code;
	rc = s->ments[q->reporter].code;
	if (!sc || !tc || !rc || !country_prefix(sc) || !country_prefix(tc) || !country_prefix(rc) ||
	    strncmp(sc, tc, 3) || !strncmp(rc, tc, 3))
		return 0;
	/* (what hangs on p later, "demanded that Moscow explain", takes
	 * the speaker too) */
	a->src = p->subject = q->reporter;
	p->reporter = -1;
	return 0;
}

/* The finite verb whose subject p's is, past the infinitives and the
 * verbs coordinated with it ("the two leaders agreed to work": "agreed"). */
const struct pred *act_pair_clause(const struct pred *preds, const struct pred *p)
{
	int steps;

	for (steps = 0; steps < 4; steps++) {
		if (p->infinitive && p->matrix >= 0)
			p = &preds[p->matrix];
		else if (p->coord >= 0)
			p = &preds[p->coord];
		else
			break;
	}
	return p;
}

static const char *const held_word[] = { "held", NULL };

/* "the two sides held (nearly three hours of) talks": the token of a
 * form of "hold" or "conduct" up to five words before the noun at
 * `head`, with no name or clause break between; or -1. */
static long held_before(const struct sent *s, size_t head)
{
	size_t j;

	for (j = head; j-- > 0 && head - j <= 5;) {
		if (s->info[j].mention >= 0 || clause_break(s, j) || is_punct(s, j, ','))
			return -1;
		if (head_is(s, j, "hold") || head_is(s, j, "conduct") || word_is_any(s, j, held_word))
			return (long)j;
	}
	return -1;
}

/* Whether mention t, after a possessive pronoun ("their ambassadors"),
 * has the code of a member of mention src's group: the group's own. */
static int own_of_group(const struct sent *s, int32_t t, int32_t src)
{
	const struct mention *m = &s->ments[t];
	size_t k;

	if (!m->code || m->tok == 0 || !(s->info[m->tok].roles & R_POSS))
		return 0;
	for (k = 0; k < s->n_ments; k++)
		if (s->ments[k].group == s->ments[src].group && s->ments[k].code &&
		    !strcmp(s->ments[k].code, m->code))
			return 1;
	return 0;
}

/* Whether mention t is of the state of a member of mention src's group. */
static int state_of_group(const struct sent *s, int32_t t, int32_t src)
{
	const struct mention *m = &s->ments[t];
	size_t k;

	if (!m->code || strlen(m->code) < 3)
		return 0;
	for (k = 0; k < s->n_ments; k++)
		if (s->ments[k].group == s->ments[src].group && s->ments[k].code &&
		    !strncmp(s->ments[k].code, m->code, 3))
			return 1;
	return 0;
}

/* Whether the object from token `from` speaks of the ties of the
 * subject's sides: "the alliance between their countries", "their
 * friendship" (a determiner and two words at most before "their"). */
static int their_ties(const struct sent *s, size_t from)
{
	static const char *const ties[] = { "ties", "relations", "relationship", "alliance",
					    "friendship", "partnership", "countries", "nations",
					    "cooperation", NULL };
	size_t j;

	for (j = from; j < s->n && j < from + 4; j++) {
		if (head_is(s, j, "their"))
			return j + 1 < s->n && word_is_any(s, j + 1, ties);
		if (clause_break(s, j) || s->info[j].mention >= 0)
			return 0;
	}
	return 0;
}

/* How many states the members of mention src's group are of (up to 3). */
static size_t group_states(const struct sent *s, int32_t src)
{
	const struct mention *ms[8];
	size_t n = act_group_members(s, src, ms, 8), k, j, states = 0;

	for (k = 0; k < n && states < 3; k++) {
		if (!ms[k]->code || strlen(ms[k]->code) < 3)
			continue;
		for (j = 0; j < k && (!ms[j]->code || strncmp(ms[j]->code, ms[k]->code, 3)); j++)
			;
		if (j == k)
			states++;
	}
	return states;
}

/* Whether mention m is the object of "on", "over" or "about": what an
 * act is about ("a deal on Ukraine"), not a party to it. */
static int topic_object(const struct sent *s, int32_t m)
{
	static const char *const about[] = { "on", "over", "about", "regarding", NULL };
	long j;

	if (m < 0 || !s->ments[m].after_prep)
		return 0;
	for (j = (long)s->ments[m].tok - 1; j >= 0 && (s->info[j].roles & R_DET) &&
					    !(s->info[j].roles & R_POSS); j--)
		;
	return j >= 0 && word_is_any(s, (size_t)j, about);
}

/* "Armenian and Azerbaijani forces traded artillery fire ..., and each
 * side blamed the other for the clashes": the blame two sides' forces
 * trade is their states' (a rebuke is aimed at the doer's state, and
 * made by it: dv2-0224), not the troops'.  1 when the act is one of
 * disapproval (root 11) and both sides are armed forces. */
static int forces_blame(const struct act *a, const struct mention *pa, const struct mention *pb)
{
	return a->rc && !strncmp(a->rc, "11", 2) && pa->code && pb->code &&
	       strlen(pa->code) == 6 && strlen(pb->code) == 6 &&
	       !strcmp(pa->code + 3, "MIL") && !strcmp(pb->code + 3, "MIL");
}

/* Whether a comma stands between tokens from and to. */
static int comma_between(const struct sent *s, size_t from, size_t to)
{
	size_t j;

	for (j = from + 1; j < to && j < s->n; j++)
		if (is_punct(s, j, ','))
			return 1;
	return 0;
}

/* "Chinese and Russian warships sailed through the strait between
 * Japan's main islands during their first joint patrol": a noun the
 * compound subject's own "their" opens (within four words before it) is
 * the pair's, and an actor named before it is no party to it.  1 when
 * so. */
static int their_own_noun(const struct sent *s, const struct pred *p, int32_t src)
{
	size_t j, from = p->head > 4 ? p->head - 4 : 0;
	int32_t mi;

	if (p->kind != LEX_NOUN)
		return 0;
	for (j = p->head; j-- > from;) {
		if (!(s->toks[j].flags & TOK_WORD))
			return 0;
		if (!head_is(s, j, "their"))
			continue;
		mi = s->info[j].mention;
		/* (the source may be that "their" itself) */
		return mi >= 0 && s->ments[mi].code &&
		       (mi == src || s->ments[mi].group == s->ments[src].group ||
			own_of_group(s, mi, src));
	}
	return 0;
}

/* Whether mention t is the agent a hosting or go-between participle
 * names after "by" ("talks hosted by Kazakhstan", "a meeting chaired by
 * Qatar"): the one who holds the meeting, not a party to it. */
static int host_agent(const struct sent *s, int32_t t)
{
	static const char *const hosts[] = { "host", "mediate", "broker", "sponsor", "chair",
					     "convene", "facilitate", "organise", "organize", NULL };
	size_t k = s->ments[t].tok;

	return k >= 2 && (s->info[k - 1].roles & R_BY) && head_is_any(s, k - 2, hosts);
}

/* Acts between the members of a compound subject ("Russia and China
 * held talks", "accused each other"), between the pair named before
 * ("the two leaders agreed"), or at "their" meeting. */
int act_target_between(struct act *a)
{
	struct emit_ctx *e = a->e;
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *preds = a->preds;
	struct pred *p = a->p;
	long their;

	/* "Russia and China held talks": with '%' in the pattern, the members
	 * of a compound subject act on one another. */
	/* ("Biden and Putin agreed to return their ambassadors to each
	 * other's capitals": "their ambassadors" are the pair's own) */
	/* ("reached no deal on Ukraine": what a target found after the
	 * pattern's words is about is no party to it) */
	/* ("voiced agreement on the need for cooperation with the United
	 * States": accord (019) is on a topic, whoever it names) */
	if ((a->tgt < 0 || (a->src >= 0 && own_of_group(s, a->tgt, a->src)) ||
	     (a->r.target < 0 && topic_object(s, a->tgt)) ||
	     (a->r.target < 0 && a->rc && !strcmp(a->rc, "019"))) &&
	    a->src >= 0 && a->r.pat && act_pattern_has(lex, a->r.pat, LEX_EL_COMPOUND) &&
	    act_group_members(s, a->src, a->srcs, 8) >= 2) {
		a->tgt = a->src;
		a->reciprocal = 1;
	}
	/* "Chinese and Russian warships sailed through the strait between
	 * Japan's main islands during their first joint patrol": the pair's
	 * own joint act or meeting, whatever its pattern, is between them */
	/* ("Russian and Ukrainian negotiators met in Istanbul for their
	 * first talks in two weeks, with President Tayyip Erdogan urging":
	 * nor is one named after a comma past it) */
	if (a->tgt >= 0 && a->src >= 0 && !a->reciprocal && a->rc &&
	    (!strncmp(a->rc, "06", 2) || !strncmp(a->rc, "04", 2)) &&
	    (s->ments[a->tgt].tok < p->head || comma_between(s, p->head, s->ments[a->tgt].tok)) &&
	    their_own_noun(s, p, a->src) && act_group_members(s, a->src, a->srcs, 8) >= 2) {
		a->tgt = a->src;
		a->reciprocal = 1;
	}
	/* "The foreign ministers of Armenia and Azerbaijan met for talks
	 * hosted by Kazakhstan": a meeting of a compound subject whose party
	 * found is the host a participle names is between the subject's
	 * members (the host's own 043 receives them) */
	if (a->tgt >= 0 && a->src >= 0 && !a->reciprocal && a->rc && !strncmp(a->rc, "04", 2) &&
	    strncmp(a->rc, "042", 3) && strncmp(a->rc, "043", 3) && strncmp(a->rc, "045", 3) &&
	    host_agent(s, a->tgt) && act_group_members(s, a->src, a->srcs, 8) >= 2) {
		a->tgt = a->src;
		a->reciprocal = 1;
	}
	/* "Talks among Russia, Iran and Turkey ended in Astana",
	 * "consultations among the foreign ministers of China, Japan and
	 * South Korea": a meeting among a list of parties, with no owner, is
	 * among its members, each way */
	if (a->src < 0 && a->tgt >= 0 && p->kind == LEX_NOUN && p->head + 1 < s->n &&
	    head_is(s, p->head + 1, "among") && a->rc && !strncmp(a->rc, "04", 2) &&
	    act_group_members(s, a->tgt, a->srcs, 8) >= 2) {
		a->src = a->tgt;
		a->reciprocal = 1;
	}
	/* "India and Pakistan accused each other", "blamed one another",
	 * "each accused the other": a compound subject acts on itself,
	 * whatever the pattern. */
	/* ("accused each other of shelling El Fasher": the place after
	 * "each other" is no target) */
	if ((a->tgt < 0 || (act_each_other(s, p->end + 1) && s->ments[a->tgt].tok > p->end + 2)) &&
	    a->src >= 0 &&
	    (act_each_other(s, p->end + 1) || act_each_the_other(s, p->group, p->end + 1)) &&
	    act_group_members(s, a->src, a->srcs, 8) >= 2) {
		a->tgt = a->src;
		a->reciprocal = 1;
	}
	/* "The two sides praised the alliance between their countries":
	 * "their" after a subject of two states' sides is both; each side
	 * acts on the other, not on its own state */
	if (a->src >= 0 && p->kind == LEX_VERB && !p->passive &&
	    ((a->tgt >= 0 && s->ments[a->tgt].kind == M_PRONOUN && s->ments[a->tgt].tok > p->end &&
	      head_is(s, s->ments[a->tgt].tok, "their") && state_of_group(s, a->tgt, a->src)) ||
	     ((a->tgt < 0 || (s->ments[a->tgt].kind == M_PRONOUN &&
			      head_is(s, s->ments[a->tgt].tok, "their"))) &&
	      a->rc && strncmp(a->rc, "09", 2) < 0 && their_ties(s, p->end + 1))) &&
	    group_states(s, a->src) >= 2) {
		a->tgt = a->src;
		a->reciprocal = 1;
	}
	/* "Ukraine and Russia held talks ..., agreeing to meet again",
	 * "... ended without a breakthrough but agreed to resume contacts":
	 * an agreement of a compound subject that names no other party is
	 * made between its members (intent, 03x, the deal itself, or a
	 * cooperative act agreed on), as is a meeting or a call ("Trump and
	 * Putin had not spoken by phone");
	 * and any participle that shares the compound subject of a main clause
	 * coded both ways, naming no other party, is mutual too. */
	/* ("agreed to swap prisoners": people the sentence only places are
	 * what is agreed on, not a party to it) */
	if (a->tgt >= 0 && s->ments[a->tgt].kind == M_AGENT && s->ments[a->tgt].placed &&
	    a->src >= 0 && p->kind == LEX_VERB && !p->passive && act_agreement_code(lex, a->r.code) &&
	    s->info[p->head].vlemma != LEX_NONE &&
	    !strcmp(lex_word_str(lex, s->info[p->head].vlemma), "agree") &&
	    act_group_members(s, a->src, a->srcs, 8) >= 2)
		a->tgt = -1;
	if (a->tgt < 0 && a->src >= 0 && p->kind == LEX_VERB &&
	    act_group_members(s, a->src, a->srcs, 8) >= 2 &&
	    ((!p->passive && act_agreement_code(lex, a->r.code) && s->info[p->head].vlemma != LEX_NONE &&
	      !strcmp(lex_word_str(lex, s->info[p->head].vlemma), "agree")) ||
	     /* (not a visit, a hosting or a mediation: "Egypt and Qatar
	      * mediated the talks" mediate between others) */
	     (!p->passive && a->rc && !strncmp(a->rc, "04", 2) && strncmp(a->rc, "042", 3) &&
	      strncmp(a->rc, "043", 3) && strncmp(a->rc, "045", 3)) ||
	     /* "agreed to swap prisoners": a cooperative act agreed on */
	     (p->infinitive && p->matrix >= 0 && (preds[p->matrix].vroles & V_AGREE) &&
	      a->rc && strncmp(a->rc, "09", 2) < 0) ||
	     (p->anchor >= 0 && act_mutual_before(e, preds, p, a->src)) ||
	     /* "Francis and Kirill embraced at Havana's airport ..., and
	      * signed a joint declaration": a cooperative verb joined to a
	      * main clause coded both ways shares its pair */
	     /* (so does "and agreed to resume cooperation", whose plain
	      * agreement (030) names nothing agreed on) */
	     (p->coord >= 0 && p->anchor < 0 && !p->passive &&
	      (!(p->vroles & V_AGREE) || (a->rc && !strcmp(a->rc, "030"))) &&
	      a->rc && strncmp(a->rc, "09", 2) < 0 &&
	      act_mutual_before(e, preds, &(struct pred){ .anchor = p->coord, .head = p->head },
				a->src)))) {
		a->tgt = a->src;
		a->reciprocal = 1;
	}
	/* "Russia and Ukraine ended their talks in Antalya without a
	 * ceasefire", "talks between Israel and Hamas in Cairo ended without
	 * a breakthrough": a pattern's "$ and +" whose '+' lands on the
	 * place the pair met in, past the pair's second member, means the
	 * pair, each to the other */
	if (a->tgt >= 0 && a->src >= 0 && a->r.code2 != LEX_NONE && a->r.pat && a->tgt == a->r.target &&
	    a->r.source == a->src && s->ments[a->tgt].after_prep &&
	    (s->ments[a->tgt].prep_roles & R_LOC) && s->ments[a->tgt].group != s->ments[a->src].group &&
	    act_group_members(s, a->src, a->srcs, 8) >= 2) {
		a->tgt = a->src;
		a->reciprocal = 1;
		a->r.code2 = LEX_NONE;
	}
	/* "Biden hosted Xi ..., and the two leaders agreed to resume
	 * talks": "the two leaders", "both sides" are the pair named
	 * before, acting on one another. */
	/* ("..., and the two leaders held nearly three hours of talks": a
	 * noun under its light verb, through that verb's group; through
	 * "held" itself when that is no predicate of its own) */
	long lv = -1;
	if (p->kind == LEX_VERB)
		lv = p->passive ? -1 : (long)p->group;
	else if (p->governor >= 0 && (preds[p->governor].vroles & V_LIGHT))
		lv = preds[p->governor].passive ? -1 : (long)preds[p->governor].group;
	else if (p->governor >= 0 && held_before(s, p->head) > (long)preds[p->governor].end)
		lv = held_before(s, p->head);
	/* ("..., and the two sides later agreed to a 48-hour truce": a noun
	 * whose own pattern names the "agreed" before it, through that word) */
	int agreed = 0;
	if (lv < 0 && p->kind == LEX_NOUN && p->r.pat && (lv = act_agreed_before(s, p->head)) >= 0)
		agreed = 1;
	/* ("..., and the two leaders held talks without reaching a deal":
	 * a participle through the verb it hangs on) */
	if (lv >= 0 && p->kind == LEX_VERB && p->anchor >= 0 && head_ends_ing(s, p->head) &&
	    act_two_sides_before(s, act_past_relative_before(s, (size_t)lv)) < 0 &&
	    !preds[p->anchor].passive)
		lv = (long)preds[p->anchor].group;
	if (lv >= 0) {
		long at = act_two_sides_before(s, act_past_relative_before(s, (size_t)lv));
		int32_t pa, pb;
		if (at >= 0 && act_last_pair(s, (size_t)at, &pa, &pb) &&
		    (a->tgt < 0 || a->tgt == pa || a->tgt == pb || s->ments[a->tgt].kind == M_PRONOUN ||
		     /* ("the two leaders pledged to work together on North
		      * Korea": an intent whose pattern names no one is the
		      * pair's to each other; the name after is its topic) */
		     (a->r.pat && a->r.target < 0 && a->rc && !strncmp(a->rc, "03", 2) &&
		      s->ments[a->tgt].tok > p->end))) {
			size_t before = act_past_relative_before(s, (size_t)lv);

			a->src = pa;
			a->tgt = pb;
			a->pair_sides = 1;
			a->reciprocal = 1;
			/* (what "the two sides" agree to, a truce, binds their
			 * states, not the forces named: tests/dev/clause-t079) */
			a->pair_states = (agreed && act_sides_word_before(s, before)) ||
					 act_states_word_before(s, before) ||
					 forces_blame(a, &s->ments[pa], &s->ments[pb]);
		}
	}
	/* "..., and the three leaders agreed to hold summits every year":
	 * the three named before, each to each */
	if (p->kind == LEX_VERB && !p->passive && !a->pair_sides) {
		long at = act_three_sides_before(s, act_past_relative_before(s, p->group));
		int32_t three[3];
		if (at >= 0 && act_last_three(s, (size_t)at, three) &&
		    (a->tgt < 0 || a->tgt == a->src || a->tgt == three[0] || a->tgt == three[1] ||
		     a->tgt == three[2] || s->ments[a->tgt].kind == M_PRONOUN ||
		     s->ments[a->tgt].tok >= (uint32_t)at)) {
			a->src = three[2];
			a->tgt = three[1];
			a->pair_third = three[0];
			a->pair_sides = 1;
			a->reciprocal = 1;
		}
	}
	/* "Russia promised to scale back ..., Ukraine proposed neutrality
	 * ..., and Turkey hosted both delegations", "urged both sides to
	 * show restraint": "both sides" as the object are the pair named
	 * before the source, each a target. */
	if (p->kind == LEX_VERB && !p->passive && a->src >= 0 && !a->reciprocal && !a->have_own &&
	    s->ments[a->src].code && (a->tgt < 0 || s->ments[a->tgt].tok <= p->end + 3)) {
		size_t end = act_sides_object_end(s, p->end + 1);
		int32_t pa, pb;
		uint32_t first = s->ments[a->src].tok;
		size_t k;
		for (k = 0; k < s->n_ments; k++)
			if (s->ments[k].group == s->ments[a->src].group && s->ments[k].tok < first)
				first = s->ments[k].tok;
		/* (sides that act in the sentence, not names in its
		 * phrases) */
		if (end && act_last_pair(s, first, &pa, &pb) && s->ments[pa].subject &&
		    s->ments[pb].subject &&
		    strncmp(s->ments[pa].code, s->ments[a->src].code, 3) &&
		    strncmp(s->ments[pb].code, s->ments[a->src].code, 3) &&
		    (a->tgt < 0 || s->ments[a->tgt].tok < end)) {
			a->tgt = pa;
			a->also_tgt = pb;
		} else if (end && a->tgt < 0 && act_between_pair(s, &pa, &pb) &&
			   strncmp(s->ments[pa].code, s->ments[a->src].code, 3) &&
			   strncmp(s->ments[pb].code, s->ments[a->src].code, 3)) {
			/* "urged restraint on both sides after deadly clashes
			 * between Thailand and Cambodia": the pair "between"
			 * names anywhere in the sentence */
			a->tgt = pa;
			a->also_tgt = pb;
		}
	}
	/* "Putin and Xi met ..., and the two leaders criticised the United
	 * States", "the two leaders agreed to work toward a summit with
	 * Kim": acting together on a third party, each of the pair is a
	 * source. */
	/* ("the two leaders held talks with Lukashenko": a noun through
	 * the verb whose object it is) */
	if ((p->kind == LEX_VERB || (p->governor >= 0 && a->src >= 0 &&
				     a->src == preds[p->governor].subject)) &&
	    !a->pair_sides && a->tgt >= 0) {
		const struct pred *q = act_pair_clause(preds, p->kind == LEX_VERB ? p : &preds[p->governor]);
		long at = q->passive ? -1 : act_two_sides_before(s, act_past_relative_before(s, q->group));
		int32_t pa, pb;
		if (at >= 0 && act_last_pair(s, (size_t)at, &pa, &pb) && a->tgt != pa && a->tgt != pb &&
		    s->ments[a->tgt].tok > q->group &&
		    /* (the subject search may pass over a phrase no
		     * mention covers to a member of the pair) */
		    (a->src < 0 || a->src == pa || a->src == pb ||
		     (s->ments[a->src].tok >= (uint32_t)at && s->ments[a->src].tok < q->group)) &&
		    s->ments[a->tgt].code && strncmp(s->ments[a->tgt].code, s->ments[pa].code, 3) &&
		    strncmp(s->ments[a->tgt].code, s->ments[pb].code, 3)) {
			a->src = pa;
			a->pair_other = pb;
		}
	}
	/* "asked Li Qiang to play a constructive role ..., at their meeting
	 * in Seoul", "Biden and Xi agreed ... at their summit": a meeting
	 * that is "their" own is among the members of a compound source,
	 * else between the source and the first other party after it. */
	/* '"...," Xi told Macron at their talks in Beijing': a meeting that
	 * is "their" own, whose "their" was taken for its source, is between
	 * the subject of the verb before it, in its clause, and the first
	 * other party after that subject. */
	if (p->kind == LEX_NOUN && !a->reciprocal && a->rc &&
	    !strncmp(a->rc, "04", 2) && (their = act_their_before(s, p->head)) >= 0 &&
	    (a->src < 0 || s->info[their].mention == a->src)) {
		int32_t sub = act_occasion_subject(s, preds, a->n, (size_t)their);
		if (sub >= 0 && sub != s->info[their].mention) {
			a->src = sub;
			a->tgt = -1;
		}
	}
	if (p->kind == LEX_NOUN && a->src >= 0 && !a->reciprocal && a->rc && !strncmp(a->rc, "04", 2) &&
	    (a->tgt < 0 || s->ments[a->tgt].kind == M_PRONOUN) &&
	    (their = act_their_before(s, p->head)) >= 0) {
		/* "their" itself is no source: the clause's subject is */
		if (s->info[their].mention == a->src && p->governor >= 0)
			a->src = preds[p->governor].passive ? preds[p->governor].by_agent :
							   preds[p->governor].subject;
		if (a->src < 0)
			a->tgt = -1;
		else if (act_group_members(s, a->src, a->srcs, 8) >= 2) {
			a->tgt = a->src;
			a->reciprocal = 1;
		} else
			a->tgt = act_next_party(s, &s->ments[a->src], p->head);
	}
	return 0;
}

/* "Armenia and Azerbaijan agreed to a truce, with Russia mediating",
 * "restored ties, with China acting as go-between", "agreed to
 * normalise relations with Israel in a deal brokered by the United
 * States": a mediation (045) after a main clause mediates between that
 * clause's parties, its subject and the first other party after its
 * verb.  It takes them when it names no target of its own, only one of
 * its own state ("shuttling messages between the two delegations",
 * "acting as go-between in talks in Beijing"), or only one of them. */
static int32_t mediated_other(const struct act *a);

int act_mediated_parties(struct act *a)
{
	static const char *const background[] = { "after", "since", "following", NULL };
	struct sent *s = a->e->s;
	const struct pred *p = a->p, *q = NULL;
	const struct mention *src, *t;
	int32_t pa, pb;
	size_t k;

	if (!a->rc || strcmp(a->rc, "045") || a->src < 0 || a->reciprocal || a->have_own ||
	    a->pair_sides || !(src = &s->ments[a->src])->code)
		return 0;
	/* ("agreed to a ceasefire, after weeks of talks in Doha mediated by
	 * Qatar": talks in background, not the news; so is a truce "as" it
	 * takes effect) */
	for (k = p->head; k-- > 0 && k + 10 > p->head;) {
		if (word_is_any(s, k, background))
			return 0;
		/* "halted fighting as a truce brokered by the United States
		 * took effect" (not "acting as a go-between") */
		if (k + 2 < p->head && head_is(s, k, "as") && p->kind == LEX_VERB)
			return 0;
		if (clause_break(s, k) || is_punct(s, k, ','))
			break;
	}
	/* the nearest main verb with an act of its own ("signed a ceasefire
	 * agreement in talks brokered by": not "talks" read as a verb), else
	 * the nearest main verb ("approved a ceasefire with Lebanon") */
	for (k = a->i; k-- > 0;) {
		const struct pred *v = &a->preds[k];
		/* ("..., with Turkey's spy agency acting as a go-between":
		 * the mediator's own verb is no act of the parties) */
		if (v->kind != LEX_VERB || v->passive || v->head >= p->head ||
		    (v->group > 0 && (s->info[v->group - 1].roles & (R_PREP | R_DET))) ||
		    (v->subject < 0 && !(v->r.pat && v->r.source >= 0)) ||
		    (v->subject >= 0 && s->ments[v->subject].group == src->group) ||
		    clause_subordinate(s, v))
			continue;
		if (v->chosen == 1 && v->r.pat) {
			q = v;
			break;
		}
		if (!q)
			q = v;
	}
	/* "A ceasefire between Israel and Hezbollah came into force ...,
	 * under a deal brokered by the United States and France": where no
	 * main verb names the parties, the noun before it that coded both
	 * sides does */
	if (!q || q->chosen != 1) {
		for (k = a->i; k-- > 0;) {
			const struct pred *v = &a->preds[k];
			if (v->kind == LEX_NOUN && v->chosen == 1 && v->r.pat && v->head < p->head &&
			    v->r.source >= 0 && v->r.target >= 0 && v->r.source != v->r.target &&
			    !clause_subordinate(s, v) &&
			    (!q || (v->head < q->head && (q->subject < 0 || q->subject == v->r.source ||
							  q->subject == v->r.target)))) {
				q = v;
				break;
			}
		}
	}
	/* ("Iran released ..., and the United States freed ..., in a swap
	 * mediated by Qatar": two clauses, one side each, come first) */
	if (!q || mediated_other(a) >= 0)
		return 0;
	/* ("$ and + signed": the pattern's two sides) */
	pa = q->r.pat && q->r.source >= 0 ? q->r.source : q->subject;
	if (s->ments[pa].group == src->group || !s->ments[pa].code ||
	    !strncmp(s->ments[pa].code, src->code, 3))
		return 0;
	pb = q->r.pat && q->r.target >= 0 && q->r.target != pa ? q->r.target :
		clause_mention_right(s, q->end + 1, s->ments[pa].group, 1);
	if (pb >= 0 && (s->ments[pb].tok >= p->head || s->ments[pb].group == src->group ||
			!s->ments[pb].code || !strncmp(s->ments[pb].code, src->code, 3) ||
			!strncmp(s->ments[pb].code, s->ments[pa].code, 3)))
		pb = -1;
	t = a->tgt >= 0 ? &s->ments[a->tgt] : NULL;
	/* ("held talks in Brussels under the auspices of the EU": where the
	 * talks were held is no party to them) */
	if (t && t->after_prep && (t->prep_roles & R_LOC) && t->country && t->tok < p->head)
		t = NULL;
	/* ("their families" after "returned four Ukrainian children" is of
	 * a party's state: one of the parties) */
	if (t && t->code && strncmp(t->code, src->code, 3) && t->group != s->ments[pa].group &&
	    strncmp(t->code, s->ments[pa].code, 3) &&
	    (pb < 0 || (t->group != s->ments[pb].group &&
			(!s->ments[pb].code || strncmp(t->code, s->ments[pb].code, 3)))))
		return 0;       /* a party of its own */
	if (TRACING(a->e->c)) {
		size_t qlen;
		const char *qtext = tok_text(s, q->head, &qlen);
		coder_tracef(a->e->c, "  mediation \"%.*s\" between the parties of \"%.*s\"",
			     (int)a->hlen, a->htext, (int)qlen, qtext);
	}
	/* ("Syria's government and the main rebel groups halted fighting
	 * as a truce brokered by the United States took effect": the
	 * target already found stays beside the subject) */
	if (pb < 0 && t && t->group != s->ments[pa].group && strncmp(t->code, src->code, 3))
		pb = a->tgt;
	a->tgt = pa;
	a->also_tgt = pb;
	return 0;
}

/* "Trump met al-Sharaa in Riyadh in a meeting hosted by Saudi Crown
 * Prince Mohammed bin Salman", "signed the accord at a ceremony hosted
 * by Trump": a host the passive on a meeting's noun names receives both
 * its parties, the subject of the main verb before and the one that verb
 * names after it. */
int act_hosted_parties(struct act *a)
{
	static const char *const gatherings[] = { "meeting", "meetings", "talks", "summit",
						  "ceremony", "session", "dinner", "lunch", NULL };
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	size_t k;

	if (!a->rc || strcmp(a->rc, "043") || p->kind != LEX_VERB || !p->passive ||
	    p->group == 0 || !word_is_any(s, p->group - 1, gatherings) || a->tgt < 0 ||
	    a->src < 0 || a->also_tgt >= 0 || a->have_own || a->reciprocal ||
	    !s->ments[a->src].code)
		return 0;
	for (k = a->i; k-- > 0;) {
		const struct pred *v = &a->preds[k];
		int32_t o;
		if (v->kind != LEX_VERB || v->passive || v->head >= p->head ||
		    clause_subordinate(s, v))
			continue;
		if (v->subject < 0 || s->ments[v->subject].group != s->ments[a->tgt].group)
			break;
		o = clause_mention_right(s, v->end + 1, s->ments[v->subject].group, 1);
		if (o >= 0 && s->ments[o].tok < p->group && s->ments[o].code &&
		    country_prefix(s->ments[o].code) && !s->ments[o].country &&
		    strncmp(s->ments[o].code, s->ments[a->src].code, 3))
			a->also_tgt = o;
		break;
	}
	return 0;
}

/* "Hamas freed three hostages, and Israel released 90 prisoners, under
 * a truce brokered by Qatar": a go-between's participle after two main
 * clauses that code the same act, each by one side, mediates between
 * both; the subject of the other one (the participle's own target is
 * the nearer), or -1. */
static int32_t mediated_other(const struct act *a)
{
	const struct sent *s = a->e->s;
	const struct pred *preds = a->preds, *p = a->p, *near = NULL;
	size_t k;

	if (!a->rc || strcmp(a->rc, "045") || p->kind != LEX_VERB || !p->passive ||
	    p->group != p->head || a->tgt < 0 || !s->ments[a->tgt].code)
		return -1;
	for (k = a->i; k-- > 0;) {
		const struct pred *q = &preds[k];
		const struct mention *m;
		if (q->kind != LEX_VERB || clause_subordinate(s, q) || q->subject < 0 ||
		    q->chosen != 1)
			continue;
		if (!near) {
			if (q->subject != a->tgt)
				return -1;
			near = q;
			continue;
		}
		m = &s->ments[q->subject];
		if (q->r.code != near->r.code || !m->code || m->group == s->ments[a->tgt].group ||
		    !strncmp(m->code, s->ments[a->tgt].code, 3) ||
		    (a->src >= 0 && m->group == s->ments[a->src].group))
			return -1;
		return q->subject;
	}
	return -1;
}

/* Acts aimed at someone the clause does not name as their object: a
 * threat, a claim or silence at the other party, a truce or retreat at the
 * other side, a rebuke at whoever did the act it condemns. */
/* The verb p's object is "the move", "the decision", "this step": an
 * act named by what it was, whose doer the sentence told before; with
 * refusal set, also "the offer", "the demand": what one refuses. */
static int act_object(const struct sent *s, const struct pred *p, int refusal)
{
	static const char *const acts[] = { "move", "moves", "decision", "step", "action",
					    "measure", "measures", "annexation", "ruling",
					    "verdict", NULL };
	/* what one refuses: "Kyiv dismissed the offer as absurd" */
	static const char *const asks[] = { "offer", "proposal", "demand", "demands",
					    "ultimatum", "request", NULL };
	size_t j = p->end + 1;

	return j + 1 < s->n && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS) &&
	       (word_is_any(s, j + 1, acts) || (refusal && word_is_any(s, j + 1, asks)));
}

/* The verb p's object is "the allegations", "these claims": a charge
 * whose maker the sentence told before ("accusing them of spying, and
 * Britain dismissed the allegations"). */
static int claim_object(const struct sent *s, const struct pred *p)
{
	static const char *const claims[] = { "allegation", "allegations", "accusation",
					      "accusations", "claim", "claims", "charge",
					      "charges", NULL };
	size_t j = p->end + 1;

	return j + 1 < s->n && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS) &&
	       word_is_any(s, j + 1, claims);
}

/* The demand beside "summoned Britain's ambassador" is made of the state
 * the summons was coded against (GBR), not of its envoy: a target taken
 * from the object of the verb q stands for what q's own event was aimed
 * at, when that is the object's state. */
static void same_target_as(struct act *a, const struct pred *q)
{
	const struct emit_ctx *e = a->e;
	const struct sent *s = e->s;
	const struct mention *m = &s->ments[a->tgt];
	uint32_t at = s->toks[q->head].start - s->base;
	size_t k;

	for (k = 0; k < e->n_seen; k++) {
		const struct dyad_event *o = &e->seen[k];
		if (o->trigger.start != at || !o->target.code || !m->code ||
		    strlen(o->target.code) != 3 || strlen(m->code) <= 3 ||
		    strncmp(o->target.code, m->code, 3))
			continue;
		act_implied_actor(&a->own, s, m->tok, o->target.code);
		a->own.start = m->start;
		a->own.end = m->end;
		a->have_own = 1;
		a->tgt = -1;
		return;
	}
}

/* "India revoked the special status of Kashmir, and Pakistan condemned
 * the move", "Putin proclaimed the annexation ..., and Biden denounced
 * the move as a fraud": a rebuke of "the move" or "the decision" that
 * answers no act coded before it is aimed at the subject of the clause
 * its own is joined to by ", and", when that is another state's.  The
 * subject's mention, or -1. */
static int32_t joined_clause_subject(const struct sent *s, const struct mention *src);

static int32_t joined_clause_doer(const struct sent *s, const struct pred *p,
				  const struct mention *src)
{
	if (!act_object(s, p, 0))
		return -1;
	return joined_clause_subject(s, src);
}

/* The subject of the clause before the one src opens after ", and" (or
 * ", but"), when that is another state's and comes first in the
 * sentence: "Israel struck Iran ..., and Tehran responded"; or -1. */
static int32_t joined_clause_subject(const struct sent *s, const struct mention *src)
{
	size_t k;
	long c = (long)src->tok - 1;

	if (!src->code)
		return -1;
	if (c >= 0 && (s->info[c].roles & R_DET) && s->info[c].mention < 0)
		c--;
	if (c < 2 || !(s->info[c].roles & (R_CONJ | R_BUT)) || !is_punct(s, (size_t)c - 1, ','))
		return -1;
	for (k = 0; k + 1 < (size_t)c; k++) {
		const struct mention *m;
		size_t after;
		if (s->info[k].mention < 0) {
			/* (a verb before any name: the clause has no
			 * subject of its own to blame) */
			if (s->info[k].verb || clause_break(s, k))
				return -1;
			continue;
		}
		m = &s->ments[s->info[k].mention];
		after = m->tok + m->n_tok;
		if (m->after_prep || m->kind == M_PRONOUN || !m->code || !placeable(m) ||
		    (s->info[m->tok].roles & R_POSS) ||
		    (after < s->n && (s->info[after].roles & R_POSS)) ||
		    !strncmp(m->code, src->code, 3))
			return -1;
		return s->info[k].mention;
	}
	return -1;
}

/* The subject of a clause opened by one of WORDS that follows predicate
 * p in its own clause ("expressed disappointment on Friday after Ishiba
 * sent an offering"): the first mention after the word, when it is
 * another state's, no preposition's object or possessive, and a verb
 * follows it within a few words; or -1. */
static int32_t clause_subject_after(const struct sent *s, const struct pred *p,
				    const struct mention *src, const char *const *after_w)
{
	size_t j, k;

	/* (past the rebuke's own object, "lodged a protest", "expressed
	 * deep disappointment on Friday", not past a comma) */
	for (j = p->end + 1; j < s->n && j <= p->end + 8; j++) {
		if (word_is_any(s, j, after_w))
			break;
		if (clause_break(s, j) || is_punct(s, j, ','))
			return -1;
	}
	if (j + 1 >= s->n || j > p->end + 8 || s->info[j + 1].mention < 0)
		return -1;
	{
		const struct mention *m = &s->ments[s->info[j + 1].mention];
		size_t after = m->tok + m->n_tok;
		if (m->kind == M_PRONOUN || !m->code || !placeable(m) || !src->code ||
		    (after < s->n && (s->info[after].roles & R_POSS)) ||
		    !strncmp(m->code, src->code, 3))
			return -1;
		for (k = after; k < s->n && k < after + 3; k++)
			if (s->info[k].verb && s->info[k].mention < 0)
				return s->info[j + 1].mention;
	}
	return -1;
}

/* The subject of an "after" clause that follows predicate p in its own
 * clause, as clause_subject_after() finds it. */
static int32_t after_clause_subject(const struct sent *s, const struct pred *p,
				    const struct mention *src)
{
	static const char *const after_w[] = { "after", NULL };

	return clause_subject_after(s, p, src, after_w);
}

/* Whether mentions x and y name actors of one state. */
static int s_same_state(const struct sent *s, int32_t x, int32_t y)
{
	const char *a = s->ments[x].code, *b = s->ments[y].code;

	return a && b && strlen(a) >= 3 && strlen(b) >= 3 && !strncmp(a, b, 3);
}

/* "Washington has told Kyiv it will not provide F-16s", "China has
 * told Japan it would take resolute countermeasures": an act of the
 * speaker's side that names no party, told to a hearer of another
 * state, is aimed at the hearer (a name or a person, not "reporters"
 * or "lawmakers").  The hearer's mention, or -1. */
static int32_t told_hearer(const struct sent *s, const struct pred *p, int32_t src)
{
	static const char *const telling[] = { "told", "tells", "telling", "assured", "assures",
					       "assuring", "informed", "informs", NULL };
	const struct mention *h;
	size_t j, k, t;

	if (src < 0 || !s->ments[src].code)
		return -1;
	for (j = p->group, k = 0; j-- > 0 && k < 10; k++) {
		if (!word_is_any(s, j, telling))
			continue;
		if (j + 1 >= s->n || s->info[j + 1].mention < 0)
			return -1;
		/* the teller, right before the verb (past "has"), is of
		 * the source's state */
		for (t = j; t-- > 0 && j - t <= 3 && s->info[t].mention < 0;)
			;
		if (t >= j || s->info[t].mention < 0 ||
		    !s_same_state(s, s->info[t].mention, src))
			return -1;
		h = &s->ments[s->info[j + 1].mention];
		if (h->kind == M_PRONOUN || (!h->person && h->kind != M_NAME) || !h->code ||
		    strlen(h->code) < 3 || !strncmp(h->code, s->ments[src].code, 3) ||
		    (strlen(h->code) >= 6 && !strcmp(h->code + strlen(h->code) - 3, "MED")))
			return -1;
		return s->info[j + 1].mention;
	}
	return -1;
}

/* Whether the verb at i answers an act: "retaliated", "responded",
 * "hit back". */
static int answer_verb(const struct sent *s, size_t i)
{
	static const char *const hit[] = { "hit", "hits", "hitting", "strike", "strikes",
					   "struck", "striking", "fire", "fires", "fired",
					   "firing", "shoot", "shoots", "shot", "shooting", NULL };
	static const char *const back[] = { "back", NULL };

	return head_is(s, i, "retaliate") || head_is(s, i, "respond") ||
	       head_is(s, i, "reply") ||
	       (word_is_any(s, i, hit) && i + 1 < s->n && word_is_any(s, i + 1, back));
}

/* Aim act A at CODE, the state of mention M, with M's span: the party a
 * clause joined to A's names, as it answers that clause's act. */
static void aim_at_state_of(struct act *a, const struct mention *m, const char *code)
{
	act_implied_actor(&a->own, a->e->s, m->tok, code);
	a->own.start = m->start;
	a->own.end = m->end;
	a->have_own = 1;
}

/* Aim act A at the states of the members of mention O's list, each
 * spanned over its own name: "The United States, Britain and France
 * struck Syria, and Russia warned of consequences" threatens all three,
 * not the first alone.  A state named twice ("U.S. warplanes and U.S.
 * warships") or the source's own is aimed at once or not at all. */
static void aim_at_states_of_list(struct act *a, int32_t o)
{
	const struct sent *s = a->e->s;
	const struct mention *mem[8];
	size_t n = act_group_members(s, o, mem, 8), k, q;

	a->n_doers = 0;
	for (k = 0; k < n && a->n_doers < 4; k++) {
		char *st;
		if (!mem[k]->code || !country_prefix(mem[k]->code) ||
		    !strncmp(mem[k]->code, s->ments[a->src].code, 3) ||
		    !(st = state_role(a->e->c, mem[k]->code, "")))
			continue;
		for (q = 0; q < a->n_doers && strcmp(a->doers[q], st); q++)
			;
		if (q < a->n_doers)
			continue;
		a->doers[a->n_doers] = st;
		if (a->n_doers == 0)
			aim_at_state_of(a, mem[k], st);
		else {
			struct mention *more = &a->more_own[a->n_doers - 1];
			act_implied_actor(more, s, mem[k]->tok, st);
			more->start = mem[k]->start;
			more->end = mem[k]->end;
		}
		a->n_doers++;
	}
	/* (one state alone is aimed at as before, through own only) */
	if (a->n_doers == 1)
		a->n_doers = 0;
}

/* Whether an act coded before in the sentence was done, asserted, by an
 * actor of the state of `code` ("Russian troops could attack Kyiv" is
 * feared, and no threat answers it). */
static int answers_done_act(const struct emit_ctx *e, const char *code)
{
	size_t k;

	for (k = 0; k < e->n_seen; k++)
		if (e->seen[k].source.code && !strncmp(e->seen[k].source.code, code, 3) &&
		    e->seen[k].mode == DYAD_MODE_ASSERTED)
			return 1;
	return 0;
}

/* "Georgia's parliament passed a law on foreign agents, and the European
 * Union condemned the vote", "Azerbaijan set up a checkpoint ..., and
 * Armenia's foreign ministry condemned it as a gross violation": a rebuke
 * (11x) of "it" or of an act named by what it was, which answers no act
 * coded before it (the vote, the checkpoint code nothing), is aimed at
 * the subject of the clause its own is joined to by ", and", as "the
 * move" is (joined_clause_doer()).  That subject's mention, or -1. */
static int32_t rebuked_joined_doer(const struct sent *s, const struct pred *p,
				   const struct act *a)
{
	static const char *const acts[] = { "vote", "law", "bill", "plan", "remarks",
					    "comments", "visit", "trip", "detention", "arrest",
					    "sentence", "conviction", "ban", "launch", "test",
					    "operation", "offensive", "raid", "incursion", "drills",
					    "appointment", "expulsion", "execution", "executions",
					    "takeover", "deployment", "closure", NULL };
	static const char *const it_w[] = { "it", "this", NULL };
	size_t j = p->end + 1;

	if (!a->rc || strncmp(a->rc, "11", 2) || a->src < 0 || j >= s->n)
		return -1;
	if (!word_is_any(s, j, it_w) &&
	    !(j + 1 < s->n && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS) &&
	      word_is_any(s, j + 1, acts)))
		return -1;
	return joined_clause_subject(s, &s->ments[a->src]);
}

/* "declared martial law and a general mobilisation after clashes with
 * Azerbaijan", "ordered a general mobilisation on Thursday after Russian
 * forces launched an invasion", "fired warning shots after North Korean
 * soldiers crossed the line", "North Korea blew up the roads, and the
 * South's military raised its alert level": a show of force, alert or
 * call-up (150-154, not police) a state's own side makes that names no
 * target answers the side it is at odds with (a noun's, as a verb's),
 * else the subject of the "after" clause that follows it or of the
 * clause its own is joined to by ", and" (tests/dev/README.md,
 * `posture`, `drills`): shows of force aim at the doer as named (the
 * intruder a scramble meets), alerts and call-ups at its state. */
static void target_call_up_answers(struct act *a)
{
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	static const char *const after_only[] = { "after", NULL };
	static const char *const after_as[] = { "after", "as", NULL };
	const struct mention *src;
	int32_t o;
	char *bare;

	if (a->src < 0 || a->have_own || !a->rc || strncmp(a->rc, "15", 2) ||
	    !strcmp(a->rc, "151") || !strcmp(a->rc, "153"))
		return;
	/* ("put its armed forces on high alert after Indian warplanes
	 * crossed": an alert answers the forces' state, as `posture` codes
	 * it; a call-up keeps the forces faced) */
	if (a->tgt >= 0 && !strcmp(a->rc, "152") && s->ments[a->tgt].code &&
	    s->ments[a->src].code && strlen(s->ments[a->tgt].code) == 6 &&
	    !strcmp(s->ments[a->tgt].code + 3, "MIL") && !s->ments[a->tgt].placed &&
	    !s->ments[a->tgt].datelined &&
	    strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)) {
		bare = state_role(a->e->c, s->ments[a->tgt].code, "");
		if (bare) {
			aim_at_state_of(a, &s->ments[a->tgt], bare);
			a->tgt = -1;
		}
		return;
	}
	if (a->tgt >= 0)
		return;
	src = &s->ments[a->src];
	if (!src->code || !country_prefix(src->code))
		return;
	if (p->kind == LEX_NOUN && strcmp(a->rc, "150") &&
	    (a->tgt = act_party_at_odds(s, p, src)) >= 0)
		return;
	/* ("ordered a general mobilisation on Thursday as Russian forces
	 * attacked Ukraine": a call-up told beside the attack it meets) */
	o = clause_subject_after(s, p, src, strcmp(a->rc, "154") ? after_only : after_as);
	/* ("a day after Seoul switched off its loudspeakers": a time
	 * anchor, no act answered) */
	if (o >= 0 && act_time_anchor_between(s, p->end + 1, s->ments[o].tok + 1))
		o = -1;
	if (o < 0 && p->kind == LEX_VERB)
		o = joined_clause_subject(s, src);
	if (o < 0 || !s->ments[o].code || !country_prefix(s->ments[o].code))
		return;
	if (!strcmp(a->rc, "150")) {
		a->tgt = o;
		return;
	}
	bare = state_role(a->e->c, s->ments[o].code, "");
	if (bare)
		aim_at_state_of(a, &s->ments[o], bare);
}

/* "Israel and Jordan shot down most of them": "them" after force is
 * what was fired, never one of the clause's own subjects it was read
 * back to; with no attack before it in the sentence it names no target
 * (a story's earlier barrage may still give one).  1 when the pronoun
 * T's code is that of the source SRC or of an actor listed with it
 * ("Israel and Jordan", "Israeli, U.S. and British forces": only names,
 * commas and "and" between), not of an actor of a clause before
 * ("Protesters rallied in Kyiv, and police attacked them"). */
static int them_own_subject(const struct sent *s, const struct mention *src,
			    const struct mention *t)
{
	size_t k;

	if (!t->code)
		return 0;
	for (k = 0; k < s->n_ments; k++) {
		const struct mention *m = &s->ments[k];
		size_t j;
		int listed = 1;

		if (m == t || m->kind == M_PRONOUN || !m->code || m->tok > src->tok ||
		    strcmp(m->code, t->code))
			continue;
		for (j = m->tok + m->n_tok; j < src->tok && listed; j++)
			listed = s->info[j].mention >= 0 || is_punct(s, j, ',') ||
				 (s->info[j].roles & R_CONJ);
		if (listed)
			return 1;
	}
	return 0;
}

/* The first actor of another code than src's in the "if" or "unless"
 * clause after p, within twelve words of its opening, or -1. */
static int32_t condition_party(const struct sent *s, const struct pred *p,
			       const struct mention *src)
{
	size_t j, k;

	for (j = p->end + 1; j < s->n; j++) {
		if (is_punct(s, j, ';'))
			return -1;
		if (!(s->info[j].roles & R_IF))
			continue;
		for (k = j + 1; k < s->n && k <= j + 12; k++) {
			const struct mention *m;

			if (s->info[k].mention < 0)
				continue;
			m = &s->ments[s->info[k].mention];
			if (m->code && src->code && strcmp(m->code, src->code) &&
			    m->group != src->group && placeable(m))
				return s->info[k].mention;
		}
		return -1;
	}
	return -1;
}

/* Whether the tokens at j are "in what", the free relative of a
 * reaction that names the act told before it ("fired missiles at an air
 * base in what the Kremlin called an act of aggression"). */
static int in_what_at(const struct sent *s, size_t j)
{
	return j + 1 < s->n && head_is(s, j, "in") && head_is(s, j + 1, "what");
}

/* Whether tgt is src's own side in a threat: the same state, and the
 * state itself, its government or its forces (not its citizens,
 * protesters or opposition, whom a government may threaten). */
static int own_side_threatened(const struct mention *src, const struct mention *tgt)
{
	static const char *const own[] = { "GOV", "MIL", NULL };

	if (!src->code || !tgt->code || strncmp(src->code, tgt->code, 3) ||
	    !country_prefix(tgt->code))
		return 0;
	return strlen(tgt->code) == 3 || (strlen(tgt->code) == 6 && role_in(tgt->code, own));
}

int act_target_answered(struct act *a)
{
	if (a->also_tgt < 0)
		a->also_tgt = mediated_other(a);
	/* '"We condemn this attack in the strongest terms," the French
	 * foreign ministry said of the Russian strike', '"We will never
	 * recognise it," Zelensky said of Russia's annexation': a rebuke,
	 * refusal, demand or threat that a quote opening the sentence aims
	 * at no one named is aimed at the one its "said of" names, or at
	 * the doer of what it "said after" */
	if (a->tgt < 0 && a->src >= 0 && a->rc && a->p->head < a->e->s->qclose &&
	    (!strncmp(a->rc, "10", 2) || !strncmp(a->rc, "11", 2) || !strncmp(a->rc, "12", 2) ||
	     !strncmp(a->rc, "13", 2))) {
		a->tgt = act_quote_about(a->e->s, a->p);
	}
	/* (views told to a hearer, "told Xi that Washington opposed any
	 * change", stay views: statements, appeals, demands and rebukes
	 * are not aimed so; nor is a leaving that names nothing left,
	 * "told China that it would leave") */
	if (a->tgt < 0 && a->src >= 0 && a->rc && strncmp(a->rc, "01", 2) &&
	    strncmp(a->rc, "02", 2) && strncmp(a->rc, "10", 2) && strncmp(a->rc, "11", 2) &&
	    strncmp(a->rc, "16", 2))
		a->tgt = told_hearer(a->e->s, a->p, a->src);
	static const char *const it_word[] = { "it", NULL };
	static const char *const naming[] = { "called", "calling", "calls", "described",
					      "describing", "describes", "termed", "terming",
					      "branded", "branding", "dubbed", "dubbing",
					      "labelled", "labelling", "labeled", "labeling", NULL };
	struct emit_ctx *e = a->e;
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *preds = a->preds;
	struct pred *p = a->p;
	size_t n = a->n;
	int32_t lk;

	/* "Zelenskiy, addressing the U.S. Congress by video, appealed for
	 * more weapons and a no-fly zone over his country": an appeal or
	 * a demand that names no one else is made to whom the aside on its
	 * subject says the subject was addressing */
	if (a->src >= 0 && a->rc && (!strncmp(a->rc, "02", 2) || !strncmp(a->rc, "10", 2)) &&
	    p->kind == LEX_VERB && s->ments[a->src].code && p->group >= 1 &&
	    (a->tgt < 0 || (s->ments[a->tgt].code &&
			    !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)))) {
		long q = clause_subject_aside(s, p->group - 1);
		static const char *const addressing[] = { "addressing", "telling", NULL };
		if (q >= 0 && (size_t)q + 2 < p->group && word_is_any(s, (size_t)q + 1, addressing)) {
			size_t j = (size_t)q + 2;
			while (j < p->group && (s->info[j].roles & R_DET) && s->info[j].mention < 0)
				j++;
			if (s->info[j].mention >= 0 && s->ments[s->info[j].mention].code &&
			    strncmp(s->ments[s->info[j].mention].code, s->ments[a->src].code, 3)) {
				a->tgt = s->info[j].mention;
				a->have_own = 0;
			}
		}
	}
	/* "Israeli warplanes struck military targets in Iran, while Iran,
	 * which said its air defences had intercepted most of them, played
	 * down the damage": force whose object is "them" (or "most of
	 * them") after another state's attack strikes at what that state
	 * sent, so at the attacker, not at the nearest name */
	if (a->src >= 0 && a->tgt >= 0 && a->rc && !strncmp(a->rc, "19", 2) &&
	    s->ments[a->tgt].kind == M_PRONOUN && s->ments[a->src].code &&
	    head_is(s, s->ments[a->tgt].tok, "them") && s->ments[a->tgt].tok > p->head) {
		const char *doers[2];
		if (act_prior_doers(e, s, p->head, s->ments[a->src].code, doers, 2) == 1 &&
		    strncmp(doers[0], s->ments[a->src].code, 3)) {
			act_implied_actor(&a->own, s, s->ments[a->tgt].tok, doers[0]);
			a->own.start = s->ments[a->tgt].start;
			a->own.end = s->ments[a->tgt].end;
			a->have_own = 1;
			a->tgt = -1;
		} else if (them_own_subject(s, &s->ments[a->src], &s->ments[a->tgt])) {
			a->tgt = -1;
		}
	}
	/* "drawing condemnation from U.S. President Barack Obama, who warned
	 * of serious consequences, and from ...": a rebuke or a threat that
	 * names no one, in a relative clause on one the sentence has just
	 * coded reacting, is aimed where that reaction was, not at the next
	 * name after it */
	if (a->src >= 0 && !a->have_own && a->r.target < 0 && a->rc &&
	    (!strncmp(a->rc, "11", 2) || !strncmp(a->rc, "13", 2)) && p->kind == LEX_VERB &&
	    p->subject == a->src && act_relative_after(s, &s->ments[a->src], p)) {
		const struct mention *m = &s->ments[a->src];
		size_t k = e->n_seen;
		while (k-- > 0) {
			const struct dyad_event *o = &e->seen[k];
			if (o->source.start != m->start || o->source.end != m->end || !o->target.code ||
			    !o->root || (strcmp(o->root, "11") && strcmp(o->root, "13")))
				continue;
			act_implied_actor(&a->own, s, m->tok, o->target.code);
			a->own.start = o->target.start;
			a->own.end = o->target.end;
			a->have_own = 1;
			a->tgt = -1;
			break;
		}
	}
	/* "threatened that North Korea would shoot down U.S. planes",
	 * "claimed responsibility for bombings that killed 90 people",
	 * "declined to comment on reports that North Korean troops": a
	 * threat, a claim or a refusal to comment is aimed at the first
	 * other party its clause names. */
	/* ("would not comment on reports that it had struck Isfahan": the
	 * source's own pronoun, even as the pattern's '+') */
	if ((a->tgt < 0 || (a->tgt >= 0 && a->src >= 0 && s->ments[a->tgt].code &&
			    (a->r.target < 0 || (s->ments[a->tgt].kind == M_PRONOUN && a->rc &&
						 !strcmp(a->rc, "011"))) &&
			    s->ments[a->src].code && !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3) &&
			    a->rc && !strncmp(a->rc, "01", 2))) &&
	    a->src >= 0 && a->rc && (!strncmp(a->rc, "13", 2) ||
				     !strcmp(a->rc, "015") || !strcmp(a->rc, "011"))) {
		a->tgt = act_other_party(s, p->end + 1, &s->ments[a->src]);
		/* "Israel likely struck near Isfahan, U.S. officials said,
		 * though Israel made no comment": silence on what the
		 * sentence told before */
		if (a->tgt < 0 && !strcmp(a->rc, "011"))
			a->tgt = act_other_party(s, 0, &s->ments[a->src]);
	}
	/* "Somalia's president said his country would go to war if Ethiopia
	 * tried to implement the deal", "said the People's Liberation Army
	 * would not sit idly by if Pelosi went ahead": a threat whose target
	 * is the sayer's own side (its state, government or forces) names
	 * who would act, not who is threatened: the first other party after
	 * the verb is, the condition's included */
	if (a->src >= 0 && a->tgt >= 0 && a->rc && !strncmp(a->rc, "13", 2) &&
	    own_side_threatened(&s->ments[a->src], &s->ments[a->tgt])) {
		int32_t o = act_other_party(s, p->end + 1, &s->ments[a->src]);

		if (o >= 0)
			a->tgt = o;
	}
	/* "Bhutto threatened to lead mass protests unless Musharraf lifted
	 * the emergency": a threat that names no target is aimed at the one
	 * its condition names, also of the sayer's own state (opposition and
	 * government; act_other_party() passes over those) */
	if (a->tgt < 0 && a->src >= 0 && a->rc && !strncmp(a->rc, "13", 2))
		a->tgt = condition_party(s, p, &s->ments[a->src]);
	/* "South Africa filed a case accusing Israel of genocide, and
	 * Israel rejected the accusation": a denial that names no accuser
	 * answers the accusation the sentence told before, made by the
	 * first other party it names */
	if (a->tgt < 0 && a->src >= 0 && a->rc && !strcmp(a->rc, "016") && s->ments[a->src].code) {
		size_t k;

		for (k = 0; k < e->n_seen; k++)
			if (e->seen[k].root && !strcmp(e->seen[k].root, "11") && e->seen[k].target.code &&
			    !strncmp(e->seen[k].target.code, s->ments[a->src].code, 3)) {
				a->tgt = act_other_party(s, 0, &s->ments[a->src]);
				break;
			}
	}
	/* "U.S. officials would neither confirm nor deny reports that the
	 * United States carried out a cyber attack on Iran": silence on its
	 * own state's act is aimed at the other party the report names;
	 * with none ("reports that a Chinese submarine sank", said by
	 * Beijing) the report's own actor stays */
	if (a->tgt >= 0 && a->src >= 0 && a->rc && !strcmp(a->rc, "011") &&
	    s->ments[a->tgt].code && s->ments[a->src].code &&
	    !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)) {
		/* (the party after the report's own verb: "reports that
		 * General Surovikin, deputy commander of Russia's forces in
		 * Ukraine, had been detained" names no act on Ukraine) */
		size_t j = s->ments[a->tgt].tok + s->ments[a->tgt].n_tok;
		int32_t o = -1;

		while (j < s->n && !(s->info[j].verb && s->info[j].mention < 0) &&
		       !is_punct(s, j, ','))
			j++;
		if (j < s->n && s->info[j].verb)
			o = act_other_party(s, j + 1, &s->ments[a->src]);
		if (o >= 0)
			a->tgt = o;
	}
	/* "The United States imposed sanctions on Turkey's ministers, and
	 * Ankara vowed to retaliate", "Indian warplanes struck a camp inside
	 * Pakistan, and Pakistan vowed to respond": a threat that answers
	 * the clause before it and names no one is aimed at the state of
	 * that clause's subject, not at the forces or office that acted
	 * (a pattern must name what is threatened: "though they cautioned
	 * that no decision had been made" threatens no one) */
	/* "A U.S. air strike killed Iranian commander Qassem Soleimani, and
	 * Khamenei vowed harsh revenge for the killing of the architect of
	 * Tehran's regional military network": a threat whose pattern names
	 * no target, and whose first name after it is of the threatener's
	 * own state (the victim avenged), answers the joined clause: it is
	 * dropped here when that clause's doer is another state that acted,
	 * for the block below to aim it there */
	if (a->tgt >= 0 && !a->have_own && a->src >= 0 && a->r.target < 0 && a->rc &&
	    !strncmp(a->rc, "13", 2) && a->r.pat && s->ments[a->src].code &&
	    s->ments[a->tgt].code && s->ments[a->tgt].kind != M_PRONOUN &&
	    country_prefix(s->ments[a->src].code) &&
	    !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)) {
		int32_t o = joined_clause_subject(s, &s->ments[a->src]);
		if (o >= 0 && s->ments[o].code && country_prefix(s->ments[o].code) &&
		    strncmp(s->ments[o].code, s->ments[a->src].code, 3) &&
		    answers_done_act(e, s->ments[o].code))
			a->tgt = -1;
	}
	if (a->tgt < 0 && !a->have_own && a->src >= 0 && a->rc && !strncmp(a->rc, "13", 2) &&
	    a->r.pat) {
		int32_t o = joined_clause_subject(s, &s->ments[a->src]);
		if (o >= 0 && s->ments[o].code && country_prefix(s->ments[o].code) &&
		    answers_done_act(e, s->ments[o].code))
			aim_at_states_of_list(a, o);
	}
	/* "South Korea's military began drills around the Dokdo islets, and
	 * Japan lodged a protest", "Seoul expressed deep disappointment
	 * after Ishiba sent an offering to the Yasukuni shrine": a rebuke or
	 * a protest that names no one answers the clause it is joined to,
	 * or the "after" clause right after it, and is aimed at the state of
	 * that clause's subject (tests/dev/README.md, Direction), though
	 * the act answered is no event of its own (drills at home, an
	 * offering) */
	if (a->tgt < 0 && !a->have_own && a->src >= 0 && a->rc && !strncmp(a->rc, "11", 2) &&
	    a->r.pat && a->r.target < 0 && s->ments[a->src].code &&
	    country_prefix(s->ments[a->src].code)) {
		int32_t o = joined_clause_subject(s, &s->ments[a->src]);
		char *bare;
		if (o < 0)
			o = after_clause_subject(s, p, &s->ments[a->src]);
		/* (an act coded before, "launched strikes ..., and Damascus
		 * condemned the attack", is answered by the rules on the
		 * rebuke's object, each of its doers) */
		bare = o >= 0 && s->ments[o].code && country_prefix(s->ments[o].code) &&
		       !answers_done_act(e, s->ments[o].code) ?
		       state_role(e->c, s->ments[o].code, "") : NULL;
		if (bare)
			aim_at_state_of(a, &s->ments[o], bare);
	}
	/* "Israel struck Iran's nuclear sites, and Tehran responded with
	 * waves of drones", "..., and the group retaliated with missile
	 * attacks", "..., and Beijing hit back with tariffs of its own":
	 * force or sanctions in answer that name no one hit the subject of
	 * the clause they answer. */
	if (a->tgt < 0 && a->src >= 0 && a->rc && p->kind == LEX_VERB && answer_verb(s, p->head) &&
	    (!strncmp(a->rc, "15", 2) || !strncmp(a->rc, "16", 2) || !strncmp(a->rc, "18", 2) ||
	     !strncmp(a->rc, "19", 2) || !strncmp(a->rc, "20", 2)))
		a->tgt = joined_clause_subject(s, &s->ments[a->src]);
	/* "Russian troops retreated in the face of a counter-offensive",
	 * "withdrew its troops from the town of Avdiivka": a retreat or
	 * surrender that names only its own ground yields to the other side
	 * the sentence names, after it or else before. */
	/* "Tigrayan forces retook Mekelle, and the government declared a
	 * unilateral ceasefire": a truce that names no other side, or only
	 * a place of the source's own state, is with the other side the
	 * sentence names (an armed group of the same state stays the
	 * target: "the army and the rebels halted fighting"). */
	if (a->src >= 0 && a->rc &&
	    (!strcmp(a->rc, "0874") ||
	     (!strcmp(a->rc, "0871") &&
	      (a->tgt < 0 || s->ments[a->tgt].country))) &&
	    s->ments[a->src].code &&
	    (a->tgt < 0 || (s->ments[a->tgt].code &&
			    !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)))) {
		int32_t o = act_other_side(s, p, &s->ments[a->src], 0);
		if (o >= 0)
			a->tgt = o;
	}
	/* "Pakistan closed its airspace after India suspended the Indus
	 * Waters Treaty": leaving or suspending an accord (127, 1211) that
	 * names no other party is aimed at the other side the sentence
	 * names (not the one reporting it) */
	if (a->src >= 0 && a->tgt < 0 && a->rc && (!strcmp(a->rc, "127") || !strcmp(a->rc, "1211")) &&
	    s->ments[a->src].code && p->kind == LEX_VERB && act_accord_leaving(s, p->head)) {
		a->tgt = act_other_side(s, p, &s->ments[a->src], 1);
	}
	/* "said it would deploy stronger forces along the border", "called
	 * up 300,000 reservists": a show of force by one's own forces is
	 * aimed at the other side the sentence names, else at no one (its
	 * own protesters remain a target: "deployed soldiers to quell
	 * protests by students"). */
	if (a->src >= 0 && a->tgt >= 0 && a->rc &&
	    !strncmp(a->rc, "15", 2) && s->ments[a->src].code &&
	    s->ments[a->tgt].code && country_prefix(s->ments[a->src].code) &&
	    !civil_role(s->ments[a->tgt].code) &&
	    (!strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3) ||
	     /* "prompting Poland to scramble fighter jets": forces the
	      * verb puts out, placed only by the sentence's other
	      * places, are the source's own */
	     (a->r.target < 0 && p->kind == LEX_VERB && s->ments[a->tgt].kind == M_AGENT &&
	      s->ments[a->tgt].placed && state_force(s->ments[a->tgt].code) &&
	      lower_word_at(s, s->ments[a->tgt].tok) &&
	      s->ments[a->tgt].tok == p->end + 1 + (s->info[p->end + 1].roles & R_DET ? 1 : 0)))) {
		int32_t own = a->tgt;
		int placed = strncmp(s->ments[own].code, s->ments[a->src].code, 3) != 0;
		a->tgt = act_other_side(s, p, &s->ments[a->src], 1);
		/* (not the forces themselves, named after the verb) */
		if (placed && a->tgt == own &&
		    (a->tgt = act_other_party(s, 0, &s->ments[a->src])) == own)
			a->tgt = -1;
	}
	/* "India has rushed troops to Ladakh, after a stand-off with Chinese
	 * soldiers", "ordered a mobilisation amid fears of war with
	 * Ethiopia", "ordered the army to its highest combat readiness as
	 * tensions with Kosovo rose": a show of force, alert or call-up a
	 * state's own side makes that names no target is aimed at the other
	 * side the sentence names as the one it is at odds with (not one
	 * that reacts to it: "fired a missile into the sea, and Japan lodged
	 * a protest", "drawing condemnation from Obama"). */
	if (a->src >= 0 && a->tgt < 0 && a->rc && !strncmp(a->rc, "15", 2) &&
	    p->kind == LEX_VERB && s->ments[a->src].code && country_prefix(s->ments[a->src].code)) {
		a->tgt = act_party_at_odds(s, p, &s->ments[a->src]);
	}
	target_call_up_answers(a);
	/* "Putin signed treaties annexing four regions, a move Kyiv
	 * condemned as illegal": a clause on a noun in apposition to the
	 * main clause reacts to its act, and so to its subject; so does one
	 * on an accord or an attack named again ("clinched a deal, a pact
	 * Netanyahu called a historic mistake", "an attack Qatar
	 * condemned"), and a free relative ("shot down a Russian warplane,
	 * in what Putin called a stab in the back"). */
	if (a->tgt < 0 && a->src >= 0 && p->kind == LEX_VERB && !p->passive && a->r.target < 0) {
		const struct mention *m = &s->ments[a->src];
		long j = (long)m->tok - 1;
		size_t first = m->tok, last = m->tok + m->n_tok, g = p->group, mk;
		/* ("a proposal that Egypt and Jordan quickly rejected": the
		 * whole list is the subject, an adverb may stand before the
		 * verb) */
		for (mk = 0; mk < s->n_ments; mk++)
			if (s->ments[mk].group == m->group) {
				if (s->ments[mk].tok < first)
					first = s->ments[mk].tok;
				if (s->ments[mk].tok + s->ments[mk].n_tok > last)
					last = s->ments[mk].tok + s->ments[mk].n_tok;
			}
		if (g > last && g - 1 == last && s->info[last].mention < 0 && !s->info[last].verb) {
			size_t ll;
			const char *lt = tok_text(s, last, &ll);
			if (ends_with(lt, ll, "ly"))
				g = last;
		}
		j = (long)first - 1;
		/* ("a move that Moon called reckless", "a move Moscow, which
		 * had warned countries against it, denounced as illegal": a
		 * "that" before the subject, an aside after it) */
		if (j >= 2 && head_is(s, (size_t)j, "that"))
			j--;
		if ((last == g ||
		     (p->group >= 1 && clause_subject_aside(s, p->group - 1) ==
		      (long)(m->tok + m->n_tok))) &&
		    j >= 1 && (clause_act_noun(s, (size_t)j) ||
			       (j >= 2 && in_what_at(s, (size_t)j - 1)))) {
			j--;
			if (j >= 0 && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS))
				j--;
			if (j >= 1 && (is_punct(s, (size_t)j, ',') || is_punct(s, (size_t)j, '-') ||
				       in_what_at(s, (size_t)j))) {
				size_t k;
				for (k = 0; k < n && preds[k].head < (uint32_t)j; k++) {
					const struct pred *q = &preds[k];
					int32_t qs = q->passive ? q->by_agent : q->subject;
					if (q->kind == LEX_VERB && !clause_subordinate(s, q) && qs >= 0 &&
					    s->ments[qs].group != m->group) {
						a->tgt = qs;
						break;
					}
				}
				/* ("Japan's cabinet approved the removal ..., a
				 * move that Moon called reckless", "U.S. forces
				 * killed Soleimani, an attack Khamenei vowed to
				 * avenge": a state's rebuke or threat is aimed at
				 * the doer's state, not the office or forces that
				 * acted) */
				if (a->tgt >= 0 && a->rc &&
				    (!strncmp(a->rc, "11", 2) || !strncmp(a->rc, "13", 2)) &&
				    !s->ments[a->tgt].person && s->ments[a->tgt].code && m->code &&
				    country_prefix(s->ments[a->tgt].code) && country_prefix(m->code) &&
				    strlen(s->ments[a->tgt].code) > 3 && !civil_role(s->ments[a->tgt].code) &&
				    strncmp(s->ments[a->tgt].code, m->code, 3)) {
					char *st = state_role(e->c, s->ments[a->tgt].code, "");
					if (st) {
						act_derived_mention(&a->own, &s->ments[a->tgt], st, 0,
								    s->ments[a->tgt].start, s->ments[a->tgt].end);
						a->have_own = 1;
						a->tgt = -1;
					}
				}
			}
		}
	}
	/* "ordered striking doctors to return to work and threatened to
	 * suspend their licences", "expressed condolences to Turkey and
	 * promised further help": a threat or a promise naming no one is
	 * aimed at the object of the verb it is coordinated with; so is one
	 * in a participle after a comma ("visited Kyiv, pledging $500
	 * million in aid"), at the object of the main clause's verb. */
	/* ("lodged a protest with China and demanded the release of a
	 * detained citizen": whom a demand names by no state is what it
	 * asks for, not whom it asks) */
	if (a->tgt >= 0 && (!s->ments[a->tgt].code ||
			    (s->ments[a->tgt].kind == M_AGENT && strlen(s->ments[a->tgt].code) == 3)) &&
	    a->rc && !strncmp(a->rc, "10", 2) && p->coord >= 0)
		a->tgt = -1;
	if (a->tgt < 0 && a->src >= 0 && (lk = p->coord >= 0 ? p->coord : p->anchor) >= 0 && a->rc &&
	    (!strncmp(a->rc, "13", 2) ||
	     /* "met President Moon and signed a declaration", "hosted Xi
	      * and signed a statement": an agreement naming no one is
	      * signed with the object of the verb it is joined to */
	     (!strncmp(a->rc, "057", 3) && p->coord >= 0 && !(preds[lk].vroles & V_SPEECH)) ||
	     /* "gave Niger's junta one week to reinstate the president and
	      * imposed sanctions": sanctions or cut ties naming no one */
	     (!strncmp(a->rc, "16", 2) && p->coord >= 0 && !(preds[lk].vroles & V_SPEECH)) ||
	     /* "met Yulia Navalnaya and expressed his condolences", "spoke
	      * with Kamikawa and offered condolences", "paid tribute": the
	      * sympathy naming no one goes to the one met or called */
	     ((!strncmp(a->rc, "018", 3) || !strncmp(a->rc, "017", 3)) && p->coord >= 0 &&
	      !(preds[lk].vroles & V_SPEECH)) ||
	     /* a promise of something named, beside a verb with an object
	      * (not a speech verb's reported clause) */
	     (!strncmp(a->rc, "03", 2) && a->r.pat &&
	      strcmp(a->rc, "030") && !(preds[lk].vroles & V_SPEECH)) ||
	     /* "summoned Britain's ambassador and demanded the release of
	      * the seized tanker": a demand naming no one, beside a verb
	      * with an object */
	     (!strncmp(a->rc, "10", 2) && preds[lk].kind == LEX_VERB &&
	      !(preds[lk].vroles & V_SPEECH)))) {
		size_t j;
		for (j = preds[lk].end + 1; j < p->group && a->tgt < 0; j++) {
			const struct mention *m;
			if (s->info[j].mention < 0)
				continue;
			m = &s->ments[s->info[j].mention];
			/* (what is signed is signed with the verb's object, or
			 * whom it is done "with": not "embraced at Havana's
			 * airport and signed") */
			if (!strncmp(a->rc, "057", 3)) {
				size_t b = m->tok;
				while (b > 0 && (s->info[b - 1].roles & R_DET) &&
				       !(s->info[b - 1].roles & R_POSS))
					b--;
				if (b == 0 || (b - 1 != preds[lk].end && !head_is(s, b - 1, "with")) ||
				    (m->tok + m->n_tok < s->n && head_is(s, m->tok + m->n_tok, "'s"))) {
					j = m->tok + m->n_tok - 1;
					continue;
				}
			}
			/* "his condolences": the source's own word is no object */
			if (m->group != s->ments[a->src].group && !(m->after_prep && (m->prep_roles & R_LOC)) &&
			    !(m->kind == M_PRONOUN && m->code && s->ments[a->src].code &&
			      !strcmp(m->code, s->ments[a->src].code)))
				a->tgt = s->info[j].mention;
			j = m->tok + m->n_tok - 1;
		}
		/* ("surrounded his residence and demanded a share of
		 * power": a possessor is no addressee) */
		if (a->tgt >= 0 && !strncmp(a->rc, "10", 2) &&
		    (s->info[s->ments[a->tgt].tok].roles & R_POSS))
			a->tgt = -1;
		if (a->tgt >= 0 && !strncmp(a->rc, "10", 2))
			same_target_as(a, &preds[lk]);
	}
	/* "Japan sent rescue teams to Turkey, and Beijing pledged emergency
	 * aid", "Greece sent firefighters to Turkey and Cyprus offered its
	 * condolences": help or sympathy naming no one, in a clause of its
	 * own joined by "and" to one that gave to a party, goes to that
	 * party (the first clause's target or place), not to the first
	 * clause's doer's side nor to the giver's own */
	if (a->tgt < 0 && a->src >= 0 && p->kind == LEX_VERB && p->coord < 0 && p->anchor < 0 &&
	    !p->infinitive && a->rc && s->ments[a->src].code &&
	    country_prefix(s->ments[a->src].code) &&
	    (!strncmp(a->rc, "018", 3) || !strncmp(a->rc, "017", 3) || !strncmp(a->rc, "07", 2) ||
	     (!strncmp(a->rc, "03", 2) && a->r.pat && strcmp(a->rc, "030")))) {
		const struct mention *sm = &s->ments[a->src];
		size_t c = sm->tok;
		long k;
		if (c >= 1 && head_is(s, c - 1, "and") && sm->tok < p->group) {
			const struct pred *q = NULL;
			int32_t qs;
			for (k = (long)n - 1; k >= 0; k--)
				if (preds[k].kind == LEX_VERB && preds[k].end < c - 1 &&
				    !preds[k].infinitive && !clause_subordinate(s, &preds[k])) {
					q = &preds[k];
					break;
				}
			qs = q ? (q->passive ? q->by_agent : q->subject) : -1;
			if (q && qs >= 0 && s->ments[qs].code && country_prefix(s->ments[qs].code) &&
			    !(q->vroles & V_SPEECH) &&
			    strncmp(s->ments[qs].code, sm->code, 3)) {
				size_t j;
				for (j = q->end + 1; j + 1 < c && a->tgt < 0; j++) {
					const struct mention *m;
					if (s->info[j].mention < 0)
						continue;
					m = &s->ments[s->info[j].mention];
					if (m->code && country_prefix(m->code) &&
					    strncmp(m->code, s->ments[qs].code, 3) &&
					    strncmp(m->code, sm->code, 3) &&
					    !(s->info[m->tok].roles & R_POSS) &&
					    /* (where talks were held is no recipient:
					     * "held talks in Jeddah, and Washington
					     * agreed to resume military aid") */
					    !(m->after_prep && (m->prep_roles & R_LOC)))
						a->tgt = s->info[j].mention;
					j = m->tok + m->n_tok - 1;
				}
			}
		}
	}
	/* "fired 200 artillery rounds, prompting the South to hold its own
	 * drills", "ordered China to close its consulate, prompting Beijing
	 * to vow countermeasures": what a party is prompted or forced to do,
	 * naming no one, answers the one that prompted it */
	/* ("prompting the European Union to vow countermeasures and China
	 * to urge Washington to cancel them": the next party prompted, the
	 * subject of an infinitive of its own, is no target of the vow) */
	if (a->tgt > 0 && a->r.target < 0 && a->src >= 0 && p->kind == LEX_VERB &&
	    p->infinitive && p->matrix >= 0 && head_is(s, preds[p->matrix].head, "prompt") &&
	    s->ments[a->tgt].tok > p->end) {
		const struct mention *m = &s->ments[a->tgt];
		size_t end = m->tok + m->n_tok;
		if (end + 1 < s->n && (s->info[end].roles & R_TO) && s->info[end + 1].verb &&
		    m->tok > 0 && (s->info[m->tok - 1].roles & R_CONJ))
			a->tgt = -1;
	}
	if (a->tgt < 0 && a->src >= 0 && s->ments[a->src].code) {
		static const char *const prompts[] = {
			"prompting", "prompted", "forcing", "forced", "spurring", "spurred",
			"compelling", "compelled", NULL };
		/* (a noun under a light verb: "to hold drills", not "to
		 * cancel their meeting") */
		const struct pred *v = p->kind == LEX_NOUN && p->governor >= 0 &&
				       (preds[p->governor].vroles & V_LIGHT) ?
				       &preds[p->governor] : p;
		int32_t who;
		if (v->kind == LEX_VERB && v->infinitive && v->matrix >= 0 &&
		    word_is_any(s, preds[v->matrix].head, prompts) &&
		    (who = preds[v->matrix].passive ? preds[v->matrix].by_agent :
						       preds[v->matrix].subject) >= 0 &&
		    s->ments[who].code && country_prefix(s->ments[who].code) &&
		    strncmp(s->ments[who].code, s->ments[a->src].code, 3))
			a->tgt = who;
	}
	/* "threatened to cut off the transit of Russian gas if the European
	 * Union imposed new sanctions": a threat is aimed at the party whose
	 * act its condition names, rather than at a name in a phrase of its
	 * content ("warned the United States that ... if Pelosi visited",
	 * "threatened to execute Israeli hostages if": its object stays). */
	if (a->src >= 0 && a->r.target < 0 && (a->tgt < 0 || s->ments[a->tgt].after_prep) &&
	    a->rc && !strncmp(a->rc, "13", 2) && s->ments[a->src].code) {
		size_t k;
		for (k = 0; k < n; k++) {
			const struct pred *q = &preds[k];
			int32_t qs = q->passive ? q->by_agent : q->subject;
			if (q->kind != LEX_VERB || q->head <= p->end || qs < 0 ||
			    !mode_in_condition(s, preds, n, q))
				continue;
			if (s->ments[qs].code && strncmp(s->ments[qs].code, s->ments[a->src].code, 3) &&
			    placeable(&s->ments[qs]))
				a->tgt = qs;
			break;
		}
	}
	/* "Islamic State burned a captured pilot alive ..., and Jordan
	 * vowed a response", "Ankara vowed to retaliate": a threat that
	 * names no one answers the act of the last other party before it
	 * (not its reporter's). */
	if (a->tgt < 0 && a->src >= 0 && a->r.target < 0 && a->rc &&
	    !strncmp(a->rc, "13", 2)) {
		size_t k;
		for (k = 0; k < n && preds[k].head < p->group; k++) {
			const struct pred *q = &preds[k];
			int32_t qs = q->passive ? q->by_agent : q->subject;
			const struct mention *m = qs >= 0 ? &s->ments[qs] : NULL;
			/* ("fighters could carry out mass killings, U.N.
			 * officials warned": a feared act is no act it
			 * answers) */
			if (q->kind != LEX_VERB || !m || !m->code || !s->ments[a->src].code ||
			    mode_resolve(s, preds, k) != DYAD_MODE_ASSERTED ||
			    !strncmp(m->code, s->ments[a->src].code, 3) || !placeable(m) ||
			    (p->reporter >= 0 && s->ments[p->reporter].group == m->group) ||
			    !act_clause_act(lex, preds, n, k))
				continue;
			a->tgt = qs;
		}
		/* (the state of the forces or office that acted, as a
		 * rebuke's below; each state of a list, "U.S. and British
		 * warplanes struck ..., and the group vowed that the attacks
		 * would not go unpunished") */
		if (a->tgt >= 0 && !s->ments[a->tgt].person && s->ments[a->tgt].code &&
		    country_prefix(s->ments[a->tgt].code) && strlen(s->ments[a->tgt].code) > 3 &&
		    country_prefix(s->ments[a->src].code) &&
		    strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)) {
			char *st = state_role(e->c, s->ments[a->tgt].code, "");
			aim_at_states_of_list(a, a->tgt);
			if (a->n_doers)
				a->tgt = -1;
			else if (st) {
				act_derived_mention(&a->own, &s->ments[a->tgt], st, 0, s->ments[a->tgt].start,
						    s->ments[a->tgt].end);
				a->have_own = 1;
				a->tgt = -1;
			}
		}
	}
	/* "North Korea fired a missile over Japan ..., and Kishida condemned
	 * the launch as barbaric", "the U.N. condemned the takeover",
	 * "Britain called it a grave step": a rebuke (11x) whose object is an
	 * act that names no party of its own is aimed at whoever did the
	 * last act coded before it in the sentence. */
	/* ("called it a flagrant violation": "it" is the act, not the
	 * speaker) */
	/* ("the Kremlin dismissed the move as meaningless", "Moscow
	 * rejected the ruling": a refusal of an act so named answers it
	 * alike; "accusing them of spying, and Britain dismissed the
	 * allegations": so does a denial of a charge so named) */
	if (a->src >= 0 && !a->have_own && p->kind == LEX_VERB && !p->passive && a->rc &&
	    (!strncmp(a->rc, "11", 2) || (!strncmp(a->rc, "12", 2) && act_object(s, p, 1)) ||
	     (!strcmp(a->rc, "016") && claim_object(s, p))) &&
	    s->ments[a->src].code &&
	    (a->rebuke_back || (a->r.target < 0 && a->tgt < 0) ||
	     (a->tgt >= 0 && (a->r.target < 0 || a->r.target == a->tgt) &&
	      s->ments[a->tgt].kind == M_PRONOUN &&
	      ((s->ments[a->tgt].code && !strcmp(s->ments[a->tgt].code, s->ments[a->src].code)) ||
	       /* ("said Russian forces had executed prisoners,
	        * calling it a war crime", "and Zelensky called it
	        * terrorism": "it" named so is the act) */
	       (word_is_any(s, p->head, naming) && word_is_any(s, s->ments[a->tgt].tok, it_word)))))) {
		const struct mention *own[8];
		size_t n_own = act_group_members(s, a->src, own, 8), k, q, kept = 0;
		a->n_doers = act_prior_doers(e, s, p->head, s->ments[a->src].code, a->doers, 4);
		/* "X, Y and Z said they were leaving ECOWAS, accusing the
		 * bloc": no member of the critic's list is the doer it
		 * rebukes */
		for (k = 0; k < a->n_doers; k++) {
			for (q = 0; q < n_own && (!own[q]->code || strcmp(own[q]->code, a->doers[k])); q++)
				;
			if (q == n_own)
				a->doers[kept++] = a->doers[k];
		}
		a->n_doers = act_unnamed_doer(s, p) ? 0 : kept;
		if (!a->n_doers && a->tgt < 0 && !a->rebuke_back)
			a->tgt = joined_clause_doer(s, p, &s->ments[a->src]);
		if (!a->n_doers && !a->rebuke_back &&
		    (a->tgt < 0 || s->ments[a->tgt].kind == M_PRONOUN)) {
			int32_t d = rebuked_joined_doer(s, p, a);
			if (d >= 0)
				a->tgt = d;
		}
		/* (a state answers another state's act: the doer's state,
		 * not the forces or office that did it -- "Iran's Revolutionary
		 * Guards seized a tanker, and Britain warned", "an attack Qatar
		 * condemned"; at home the office stays: "Colombian police
		 * raided ..., and the government called the raid excessive") */
		for (k = 0; k < a->n_doers; k++)
			if (country_prefix(a->doers[k]) && strlen(a->doers[k]) > 3 &&
			    country_prefix(s->ments[a->src].code) &&
			    strncmp(a->doers[k], s->ments[a->src].code, 3) &&
			    !act_doer_person(e, a->doers[k])) {
				char *st = state_role(e->c, a->doers[k], "");
				if (st)
					a->doers[k] = st;
			}
		if (a->n_doers) {
			act_implied_actor(&a->own, s, p->head, a->doers[0]);
			for (k = 1; k < a->n_doers; k++)
				act_implied_actor(&a->more_own[k - 1], s, p->head, a->doers[k]);
			a->have_own = 1;
			a->tgt = -1;
		}
	}
	return 0;
}

/* The act is aimed at the home of mention m's state, as role ("" for the
 * state's people, "MIL" for its forces), spanned over m, when that home
 * is found; else it is left as it was. */
static void home_target_at(struct act *a, const struct mention *m, const char *role)
{
	if (act_home_target(a->e->c, a->e->s, a->p, a->p->end, m, role, &a->own)) {
		a->own.start = m->start;
		a->own.end = m->end;
		a->have_own = 1;
		a->tgt = -1;
	}
}

/* The mention at token j when it is a state's (or its role's) other than
 * src's and no armed group's; else NULL. */
static const struct mention *other_state_at(const struct sent *s, size_t j,
					    const struct mention *src)
{
	const struct mention *m;

	if (s->info[j].mention < 0)
		return NULL;
	m = &s->ments[s->info[j].mention];
	return m->code && country_prefix(m->code) && strncmp(m->code, src->code, 3) &&
	       !armed_group(m->code) ? m : NULL;
}

/* Whether "of" (past determiners and a few words: "of the Iranian
 * supertanker", "of jailed women's rights activists") governs the
 * mention at token TOK. */
static int release_of(const struct sent *s, size_t tok)
{
	size_t j, steps = 0;

	for (j = tok; j-- > 0 && steps < 3; steps++) {
		if (head_is(s, j, "of"))
			return 1;
		if (s->info[j].mention >= 0 || (s->info[j].roles & (R_PREP | R_CONJ | R_SUB)) ||
		    (s->toks[j].flags & TOK_PUNCT))
			return 0;
	}
	return 0;
}

/* "her immediate release", "their release": a release whose captives
 * only a possessive pronoun names, right after the request's verb. */
static int possessive_release(const struct sent *s, const struct pred *p)
{
	static const char *const poss[] = { "his", "her", "their", NULL };
	size_t j = (size_t)p->end + 1;

	if (j >= s->n || (!word_is_any(s, j, poss) && !(s->info[j].roles & R_POSS) &&
			  !(s->info[j - 1].roles & R_POSS)))
		return 0;
	for (j++; j < s->n && j <= (size_t)p->end + 4; j++) {
		if (head_is(s, j, "release"))
			return 1;
		if (s->info[j].roles || s->info[j].mention >= 0 || (s->toks[j].flags & TOK_PUNCT))
			return 0;
	}
	return 0;
}

/* "Canadian authorities arrested Meng Wanzhou ..., and China demanded her
 * immediate release", "Soldiers in Niger detained President Bazoum, and
 * the United States demanded his release": whom the pronoun's release is
 * asked of is who the sentence already coded taking them, the source of
 * an arrest, seizure (17x) or abduction (181) before the request, when
 * another state's than the asker's.  Its mention, or NULL. */
static const struct mention *captor_before(const struct act *a, const struct mention *src)
{
	const struct emit_ctx *e = a->e;
	const struct sent *s = e->s;
	uint32_t at = s->toks[a->p->head].start - s->base;
	size_t i, k;

	for (i = e->n_seen; i-- > 0;) {
		const struct dyad_event *ev = &e->seen[i];

		if (ev->trigger.start >= at || !ev->source.code || !ev->root ||
		    !country_prefix(ev->source.code) || !strncmp(ev->source.code, src->code, 3) ||
		    armed_group(ev->source.code) || (strcmp(ev->root, "17") && strcmp(ev->cameo, "181")))
			continue;
		for (k = 0; k < s->n_ments; k++)
			if (s->ments[k].start == ev->source.start && s->ments[k].code)
				return &s->ments[k];
	}
	return NULL;
}

/* "demanded the immediate release of Alexei Navalny", "called for the
 * release of jailed women's rights activists": a release (0253, 1053) is
 * asked of whoever holds the captives, not of the captives.  Another
 * state's people are held by their own state; the asker's own people
 * ("demanded the release of Huawei's Meng Wanzhou", "sought the release
 * of South Korean workers") by the other state the sentence names, the
 * nearest before the request ("summoned the Canadian ambassador and
 * demanded ...", "flew to Washington to seek ...") or else after the
 * captives ("a reporter detained in Russia"): its office holder when one
 * is named, else the state; a captor the sentence coded taking them
 * (captor_before()) comes first.  0 always. */
int act_release_holder(struct act *a)
{
	static const char *const captive[] = { "CVL", "OPP", "LAB", "EDU", "HLH", "REL", "MED",
					       "BUS", "ELI", "MIL", NULL };
	struct sent *s = a->e->s;
	const struct mention *t, *src, *h = NULL;
	size_t j;

	if (!a->rc || (strcmp(a->rc, "0253") && strcmp(a->rc, "1053")) || a->have_own ||
	    a->src < 0 || a->reciprocal || !s->ments[a->src].code)
		return 0;
	src = &s->ments[a->src];
	/* A release of no captive named, of a pronoun read as a stateless
	 * title ("chief of staff to ...") or as the asker itself ("France's
	 * foreign ministry said ..., demanding their immediate release"), or
	 * with only a name before the request (a verb's object beside it),
	 * is asked of the captor coded before. */
	if ((a->tgt < 0 || s->ments[a->tgt].tok < a->p->head ||
	     (s->ments[a->tgt].kind == M_PRONOUN &&
	      (!s->ments[a->tgt].code || cameo_role_name(s->ments[a->tgt].code) ||
	       !strcmp(s->ments[a->tgt].code, src->code)))) &&
	    possessive_release(s, a->p) && (h = captor_before(a, src))) {
		home_target_at(a, h, "");
		if (!a->have_own)
			a->tgt = (int32_t)(h - s->ments);
		return 0;
	}
	if (a->tgt < 0)
		return 0;
	t = &s->ments[a->tgt];
	if (!t->code || !src->code || strlen(t->code) != 6 || !country_prefix(t->code) ||
	    !role_in(t->code, captive) || t->tok < a->p->head ||
	    (t->after_prep && !release_of(s, t->tok)))
		return 0;
	if (strncmp(t->code, src->code, 3)) {
		/* (soldiers are held by the other side, not by their state) */
		if (role_in(t->code, (const char *const[]){ "MIL", NULL }))
			return 0;
		home_target_at(a, t, "");
		return 0;
	}
	h = captor_before(a, src);
	for (j = a->p->head; j-- > 0 && !h;)
		h = other_state_at(s, j, src);
	for (j = t->tok + t->n_tok; j < s->n && !h; j++) {
		if (is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			break;
		h = other_state_at(s, j, src);
	}
	if (!h)
		return 0;
	if (h->person && strlen(h->code) == 6) {
		a->tgt = (int32_t)(h - s->ments);
		return 0;
	}
	home_target_at(a, h, "");
	return 0;
}

/* Whether the sentence names emergency rule: martial law, a curfew, a
 * state of emergency. */
static int emergency_rule_named(const struct sent *s)
{
	static const char *const curfew[] = { "curfew", "curfews", NULL };
	size_t j;

	for (j = 0; j < s->n; j++)
		if (word_is_any(s, j, curfew) ||
		    (j + 1 < s->n && head_is(s, j, "martial") && head_is(s, j + 1, "law")) ||
		    (j + 2 < s->n && head_is(s, j, "state") && head_is(s, j + 1, "of") &&
		     head_is(s, j + 2, "emergency")))
			return 1;
	return 0;
}

/* "Mali's junta demanded that France withdraw its troops from the
 * country", "told Russia that its border guards must leave their post
 * at Yerevan's airport": foreign forces asked to leave the asker's own
 * soil are the target (MIL), not their state; a withdrawal from a third
 * country ("demanded that Russia withdraw its troops from Ukraine") is
 * asked of the state.  0 always. */
int act_forces_home(struct act *a)
{
	struct sent *s = a->e->s;
	const struct mention *t, *src;

	/* "hoped Iran and Israel would agree to a ceasefire": a pattern that
	 * names the "and" of a pair takes its first; the hope or appeal is
	 * to both */
	if (a->rc && !strncmp(a->rc, "02", 2) && a->tgt >= 0 && a->also_tgt < 0 && !a->have_own &&
	    a->r.target == a->tgt && a->r.pat) {
		size_t k = s->ments[a->tgt].tok + s->ments[a->tgt].n_tok;
		if (k + 1 < s->n && head_is(s, k, "and") && s->info[k + 1].mention >= 0 &&
		    s->info[k + 1].mention != a->src &&
		    s->ments[s->info[k + 1].mention].group != s->ments[a->tgt].group &&
		    s->ments[s->info[k + 1].mention].code && s->ments[a->src].code &&
		    strncmp(s->ments[s->info[k + 1].mention].code, s->ments[a->src].code, 3))
			a->also_tgt = s->info[k + 1].mention;
	}

	if (!a->rc || (strcmp(a->rc, "1056") && strcmp(a->rc, "105") && strcmp(a->rc, "0256")) ||
	    a->tgt < 0 || a->src < 0 || a->have_own || a->reciprocal)
		return 0;
	t = &s->ments[a->tgt];
	src = &s->ments[a->src];
	if (!act_forces_off_own_soil(s, a->p, t, src))
		return 0;
	home_target_at(a, t, "MIL");
	return 0;
}

/* The state whose dead a symbolic act for "victims", "children", "the
 * dead" or at a "memorial" mourns: the first state named in the sentence
 * that is not the source's own, a place's state included; -1 when the
 * act names none of those words or no such state. */
static int32_t mourned_state(const struct sent *s, const struct pred *p, const struct mention *src)
{
	static const char *const dead[] = { "victims", "children", "dead", "memorial", "memorials",
					    NULL };
	size_t j, k;

	for (j = p->end + 1; j < s->n && j <= p->end + 12; j++)
		if (word_is_any(s, j, dead))
			break;
	if (j >= s->n || j > p->end + 12)
		return -1;
	for (k = 0; k < s->n_ments; k++) {
		const struct mention *m = &s->ments[k];
		if (m->code && country_prefix(m->code) && strlen(m->code) == 3 &&
		    strncmp(m->code, src->code, 3))
			return (int32_t)k;
	}
	return -2;
}

/* Acts aimed at the source's own state or people: emergency rule and
 * curfews, strikes and protests, yielding to unnamed protesters, a
 * threat to crush unrest, a group's demobilization, troops sent out at
 * home. */
/* Whether mention m, in the object of a reaction, names the doer of
 * the act that object names rather than the object itself: its
 * possessor ("a Chinese fighter jet's interception"), its "by" agent
 * ("the storming of the compound by Israeli police"), the state word on
 * its noun ("the U.S. missile strikes"), or the forces a deployment
 * sends ("the deployment of North Korean troops to Russia"). */
static int doer_in_object(const struct sent *s, const struct pred *preds, size_t n,
			  const struct mention *m)
{
	static const char *const sent_out[] = { "deployment", "deployments", "dispatch",
						"sending", "presence", "build-up", "buildup",
						"massing", "incursion", "incursions", "intrusion",
						"intrusions", "entry", "transit", "passage",
						"overflight", "overflights", NULL };
	size_t end = m->tok + m->n_tok, k;
	long j = (long)m->tok - 1;

	if (possessor(s, m))
		return 1;
	/* ("the violation of its airspace by three Russian fighter jets") */
	while (j >= 0 && (((s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS)) ||
			  (s->info[j].mention < 0 && match_count_word(s, (size_t)j))))
		j--;
	if (j >= 0 && (s->info[j].roles & R_BY))
		return 1;
	if (j >= 1 && (s->info[j].roles & R_OF) && word_is_any(s, (size_t)j - 1, sent_out))
		return 1;
	for (k = 0; end < s->n && k < n; k++)
		if (preds[k].kind == LEX_NOUN && preds[k].head == end)
			return 1;
	return 0;
}

/* "condemned the killing of Iranian commander Qassem Soleimani by the
 * United States", "the diversion of a passenger jet to Minsk by
 * Belarusian authorities": the "by" agent later in the phrase of an act
 * whose "of" object is mention m (no clause break or verb between); -1
 * when there is none. */
static int32_t by_agent_after_of(const struct sent *s, const struct mention *m)
{
	long j = (long)m->tok - 1;
	size_t k;

	while (j >= 0 && ((s->info[j].roles & R_DET) || is_modifier(s, (size_t)j)) &&
	       s->info[j].mention < 0 && !(s->info[j].roles & R_PREP))
		j--;
	if (j < 1 || !(s->info[j].roles & R_OF) || s->info[j - 1].mention >= 0)
		return -1;
	/* (past an apposition: "the detention of a second Canadian, Michael
	 * Spavor, by Chinese authorities") */
	for (k = m->tok + m->n_tok; k < s->n && k < m->tok + m->n_tok + 10; k++) {
		if (clause_break(s, k) ||
		    (s->info[k].verb && s->info[k].mention < 0 && !(s->info[k].roles & R_PREP)))
			return -1;
		if (s->info[k].roles & R_BY) {
			size_t q = k + 1;
			while (q < s->n && (s->info[q].roles & R_DET) && s->info[q].mention < 0)
				q++;
			return q < s->n ? s->info[q].mention : -1;
		}
	}
	return -1;
}

/* The "by" agent of an act that verb p's object names, when no party
 * is named before it ("criticised the conviction of Evan Gershkovich by
 * a Russian court", "denounced the decision by the International
 * Criminal Court"): a mention of another state than src's, or of an
 * intergovernmental body, right after "by" (past determiners), with an
 * event noun between p and the "by" and no clause break, comma or verb;
 * -1 when there is none. */
static int32_t by_agent_in_object(const struct sent *s, const struct pred *preds, size_t n,
				  const struct pred *p, const struct mention *src)
{
	size_t j, k, q;
	int noun = 0;

	for (j = p->end + 1; j < s->n && j < p->end + 14; j++) {
		if (clause_break(s, j) || is_punct(s, j, ',') ||
		    (s->info[j].verb && s->info[j].mention < 0 && !(s->info[j].roles & R_PREP) &&
		     !noun))
			return -1;
		for (k = 0; k < n; k++)
			if (preds[k].kind == LEX_NOUN && preds[k].head == j)
				noun = 1;
		if (!(s->info[j].roles & R_BY))
			continue;
		if (!noun)
			return -1;
		for (q = j + 1; q < s->n && (s->info[q].roles & R_DET) && s->info[q].mention < 0; q++)
			;
		if (q < s->n && s->info[q].mention >= 0) {
			const struct mention *m = &s->ments[s->info[q].mention];
			if (m->code && strncmp(m->code, src->code, 3) &&
			    (country_prefix(m->code) || !strncmp(m->code, "IGO", 3)))
				return s->info[q].mention;
		}
		return -1;
	}
	return -1;
}

/* "criticised a Chinese fighter jet's dangerous interception of an
 * Australian aircraft", "condemned the detention of a reporter by
 * Russia's FSB", "voiced concern over the deployment of North Korean
 * troops": a rebuke or a worry (11x but accusations, 012) about an act
 * its object names is aimed at that act's doer, not at the one the act
 * was done to; and a state answering another state's act answers the
 * state, not the forces, police or service that did it (the README's
 * "an attack Qatar condemned": `QAT ISR 111`).  Accusations keep the
 * forces they name ("accused Russian forces of"). */
int act_reacted_doer(struct act *a)
{
	static const char *const forces[] = { "MIL", "COP", "SPY", NULL };
	struct sent *s = a->e->s;
	const struct mention *m, *src;
	int32_t by;
	char *st;
	size_t k;

	if (a->src < 0 || a->have_own || !a->rc ||
	    !(!strncmp(a->rc, "11", 2) || !strcmp(a->rc, "012")) || !strncmp(a->rc, "112", 3))
		return 0;
	src = &s->ments[a->src];
	/* (an intergovernmental body answers the state too: "Guterres
	 * condemned Saturday's Russian missile strikes") */
	if (!src->code || (!country_prefix(src->code) && strncmp(src->code, "IGO", 3)))
		return 0;
	/* ("criticised the conviction of Evan Gershkovich by a Russian
	 * court": no party named before the "by" of the act) */
	if (a->tgt < 0 && a->p->kind == LEX_VERB)
		a->tgt = by_agent_in_object(s, a->preds, a->n, a->p, src);
	if (a->tgt < 0 || a->tgt == a->src)
		return 0;
	m = &s->ments[a->tgt];
	if ((by = by_agent_after_of(s, m)) >= 0 && s->ments[by].code &&
	    country_prefix(s->ments[by].code) && strncmp(s->ments[by].code, src->code, 3) &&
	    (!m->code || strncmp(m->code, s->ments[by].code, 3))) {
		a->tgt = by;
		m = &s->ments[by];
	}
	if (m->person || !m->code || !country_prefix(m->code) || !role_in(m->code, forces) ||
	    !strncmp(m->code, src->code, 3) || !doer_in_object(s, a->preds, a->n, m))
		return 0;
	/* ("condemned the detention of Aung San Suu Kyi by Myanmar's
	 * military": an army seizing its own state's government stages a
	 * coup, and is what is rebuked, not its state; not police arresting
	 * a mayor) */
	for (k = a->p->end + 1; k < m->tok && !strcmp(m->code + 3, "MIL"); k++) {
		const struct mention *v = s->info[k].mention >= 0 ? &s->ments[s->info[k].mention] : NULL;
		if (v && v->code && !strncmp(v->code, m->code, 3) && !strcmp(v->code + 3, "GOV"))
			return 0;
	}
	if (!(st = state_role(a->e->c, m->code, "")))
		return 0;
	act_derived_mention(&a->own, m, st, 0, m->start, m->end);
	a->have_own = 1;
	a->tgt = -1;
	return 0;
}

/* Whether the dissent a resignation or a policy given up answers, told
 * after the predicate's head, is students' ("bowing to weeks of
 * student-led protests", "after student protesters stormed"): the yield
 * is to the state's students (EDU), as actors-t-0079 codes it, not to
 * its civilians at large. */
static int student_dissent(const struct sent *s, size_t from)
{
	static const char *const led[] = { "student-led", "students-led", NULL };
	static const char *const student[] = { "student", "students", NULL };
	static const char *const dissent[] = { "protest", "protests", "protesters", "protestors",
					       "demonstrations", "demonstrators", "movement",
					       "unrest", "rallies", "uprising", NULL };
	size_t i;

	for (i = from; i < s->n; i++) {
		if (word_is_any(s, i, led))
			return 1;
		if (i + 1 < s->n && word_is_any(s, i, student) && word_is_any(s, i + 1, dissent))
			return 1;
		/* ("protests led by students") */
		if (i + 2 < s->n && head_is(s, i, "led") && head_is(s, i + 1, "by") &&
		    word_is_any(s, i + 2, student))
			return 1;
	}
	return 0;
}

/* "Iraqi forces recaptured Mosul, Islamic State's largest stronghold in
 * Iraq", "captured Baghouz, Islamic State's last
 * enclave": a place captured (192) that an apposition right after it
 * calls an armed group's or a body's stronghold is taken from that
 * holder (as tests/dev/README.md codes captures), not from the place's
 * state; one a state's forces hold stays the state's. */
int act_stronghold_holder(struct act *a)
{
	static const char *const holds[] = { "stronghold", "strongholds", "bastion", "enclave",
					     "bulwark", "redoubt", NULL };
	static const char *const poss[] = { "'s", "\xe2\x80\x99s", "'", NULL };
	const struct sent *s = a->e->s;
	const struct mention *tgt, *h;
	size_t j, end;

	if (a->tgt < 0 || a->src < 0 || a->have_own || !a->rc || strcmp(a->rc, "192"))
		return 0;
	tgt = &s->ments[a->tgt];
	end = tgt->tok + tgt->n_tok;

	if (tgt->kind != M_NAME || !tgt->code || strlen(tgt->code) != 3 || end + 2 >= s->n ||
	    !is_punct(s, end, ','))
		return 0;
	j = end + 1;
	if (s->info[j].mention < 0 && (s->info[j].roles & R_DET))
		j++;
	if (j >= s->n || s->info[j].mention < 0)
		return 0;
	h = &s->ments[s->info[j].mention];
	/* (an armed group or a body holds it; a town a state's army holds
	 * is the state's, "the army's last stronghold": SDN) */
	if (h->tok > j || !h->code || h->kind == M_PRONOUN || h->group == s->ments[a->src].group ||
	    (country_prefix(h->code) && !armed_group(h->code)))
		return 0;
	/* the holder's possessive, then up to three words to the noun */
	j = h->tok + h->n_tok;
	if (j >= s->n || !word_is_any(s, j, poss))
		return 0;
	for (j++; j < s->n && j < h->tok + h->n_tok + 5; j++) {
		if (word_is_any(s, j, holds))
			break;
		if (!(s->toks[j].flags & TOK_WORD) || s->info[j].mention >= 0)
			return 0;
	}
	if (j >= s->n || !word_is_any(s, j, holds))
		return 0;
	if (TRACING(a->e->c))
		coder_tracef(a->e->c, "    \"%.*s\" holds the place captured: the target",
			     (int)(h->end - h->start), s->text + h->start);
	a->tgt = (int32_t)(h - s->ments);
	return 0;
}

/* "Ukrainian troops recaptured Kupiansk, hours after Russia announced it
 * was pulling back", "Iraqi forces took control of Kirkuk as Kurdish
 * peshmerga fighters withdrew": a place of their own state that a
 * state's forces capture is taken from whoever held it, the one other
 * party the act's clause names (another state, or the state's armed
 * groups), not from the state.  (With no such party the place's state
 * stays the target, "Nepal's army took control of the streets of
 * Kathmandu": the capture is news, its loser unnamed.) */
int act_retaken_from(struct act *a)
{
	static const char *const joined[] = { "and", "but", "while", "whereas", NULL };
	const struct sent *s = a->e->s;
	const struct mention *src, *tgt;
	int32_t other = -1;
	size_t k;

	if (a->tgt < 0 || a->src < 0 || a->have_own || !a->rc || strcmp(a->rc, "192"))
		return 0;
	src = &s->ments[a->src];
	tgt = &s->ments[a->tgt];
	/* (forces named as such, of their own state: not a pronoun, nor a
	 * role given the state of the place it acts in) */
	if (!src->code || !tgt->code || !country_prefix(src->code) || strlen(src->code) < 6 ||
	    src->kind == M_PRONOUN || src->placed || strlen(tgt->code) != 3 ||
	    strncmp(src->code, tgt->code, 3) ||
	    armed_group(src->code) || civil_role(src->code) || !tgt->country)
		return 0;
	for (k = 0; k < s->n_ments; k++) {
		const struct mention *m = &s->ments[k];
		size_t j, lo, hi;
		if (!m->code || m->place_only || m->kind == M_PRONOUN || !placeable(m) ||
		    m->group == src->group)
			continue;
		/* (in the act's own clause: "and Armenia accused Baku"
		 * after ", and" tells another act) */
		lo = m->tok < a->p->head ? m->tok : a->p->head;
		hi = m->tok < a->p->head ? a->p->head : m->tok;
		for (j = lo; j < hi; j++)
			if (is_punct(s, j, ';') ||
			    (is_punct(s, j, ',') && j + 1 < s->n && word_is_any(s, j + 1, joined)))
				break;
		if (j < hi)
			continue;
		if (!strncmp(m->code, src->code, 3) && !armed_group(m->code))
			continue;
		if (!strncmp(m->code, "IGO", 3) || !strncmp(m->code, "NGO", 3))
			continue;
		if (other >= 0 && strncmp(s->ments[other].code, m->code, 3))
			return 0;       /* two other parties: no guessing */
		if (other < 0)
			other = (int32_t)k;
	}
	if (other < 0)
		return 0;
	a->tgt = other;
	if (TRACING(a->e->c))
		coder_tracef(a->e->c, "  verb \"%.*s\": a place of the source's own state was "
			     "taken from the other party its clause names", (int)a->hlen, a->htext);
	return 0;
}

int act_target_at_home(struct act *a)
{
	struct emit_ctx *e = a->e;
	struct dyad_coder *c = a->e->c;
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *p = a->p;

	/* "declared martial law", "lifted the curfew": a state's emergency
	 * rule, curfews and curbs on freedoms at home (1721-1724) and their
	 * easing (0811-0814) fall, when the clause names no one else, on the
	 * source's own state. */
	/* "laid a wreath at the memorial to the victims of the atomic
	 * bombing" in Hiroshima, "paid homage to children killed in the war"
	 * in Kyiv: a symbolic act for the dead that names no one falls on
	 * the civilians of the state the sentence places them in
	 * (tests/dev/README.md, intent: victims take the victims' code) */
	/* (one mourner: "Duda and Zelensky paid tribute to the victims of
	 * the Volhynia massacres" mourn each other's dead) */
	if (a->tgt < 0 && !a->have_own && a->src >= 0 && a->rc && !strcmp(a->rc, "017") &&
	    s->ments[a->src].code && act_group_members(s, a->src, a->srcs, 2) <= 1) {
		int32_t st = mourned_state(s, p, &s->ments[a->src]);
		/* (a place no dictionary knows, under a dateline: "BUCHA,
		 * Ukraine -- ... in Bucha" mourns the dateline state's dead) */
		const char *state = st >= 0 ? s->ments[st].code :
				    st == -2 && c->memo.dateline[0] &&
				    strncmp(c->memo.dateline, s->ments[a->src].code, 3) ?
				    c->memo.dateline : NULL;
		char *cvl = state ? state_role(c, state, "CVL") : NULL;
		if (cvl) {
			act_implied_actor(&a->own, s, p->head, cvl);
			if (st >= 0) {
				a->own.start = s->ments[st].start;
				a->own.end = s->ments[st].end;
			}
			a->have_own = 1;
		}
	}
	/* "observed a minute's silence for the victims of the Paris
	 * attacks", "laid wreaths at the cenotaph for the victims of the
	 * atomic bombing of Hiroshima": the place the victims are "of" names
	 * their state, and the act is for its civilians (the same
	 * convention), not for the state */
	if (a->tgt >= 0 && !a->have_own && a->src >= 0 && a->rc && !strcmp(a->rc, "017") &&
	    s->ments[a->tgt].code && strlen(s->ments[a->tgt].code) == 3 &&
	    country_prefix(s->ments[a->tgt].code) && s->ments[a->src].code &&
	    strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)) {
		static const char *const dead[] = { "victims", "dead", NULL };
		size_t j;

		for (j = p->end + 1; j < s->ments[a->tgt].tok; j++)
			if (word_is_any(s, j, dead))
				break;
		if (j < s->ments[a->tgt].tok) {
			char *cvl = state_role(c, s->ments[a->tgt].code, "CVL");
			if (cvl) {
				act_implied_actor(&a->own, s, p->head, cvl);
				a->own.start = s->ments[a->tgt].start;
				a->own.end = s->ments[a->tgt].end;
				a->have_own = 1;
				a->tgt = -1;
			}
		}
	}
	/* "Lawmakers voted to demand the lifting of martial law",
	 * "protesters called for an end to the curfew": a demand or appeal
	 * that names no one, by a state's own lawmakers, opposition or
	 * people, to lift the emergency rule its sentence names, is made of
	 * that state's government, which rules so */
	/* "Trump said North Korea had demanded the lifting of sanctions", "a
	 * summit ... collapsed after Kim demanded the lifting of most
	 * sanctions": easing asked for that names no one is asked of the
	 * other state the sentence names, whose sanctions they are */
	if (a->tgt < 0 && !a->have_own && a->src >= 0 && a->rc &&
	    (!strcmp(a->rc, "1054") || !strcmp(a->rc, "0254")) && s->ments[a->src].code) {
		int32_t o = act_other_party(s, 0, &s->ments[a->src]);
		if (o >= 0 && s->ments[o].code && country_prefix(s->ments[o].code))
			home_target_at(a, &s->ments[o], "");
	}
	/* ("that the state of emergency imposed in Bangkok be lifted": the
	 * place it rules is no party) */
	if (a->tgt >= 0 && a->src >= 0 && s->ments[a->tgt].after_prep && s->ments[a->tgt].country &&
	    (s->ments[a->tgt].prep_roles & R_LOC) && s->ments[a->tgt].code &&
	    s->ments[a->src].code && !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3) &&
	    a->rc && (!strncmp(a->rc, "10", 2) || !strncmp(a->rc, "02", 2)) && emergency_rule_named(s))
		a->tgt = -1;
	if (a->tgt < 0 && !a->have_own && a->src >= 0 && a->rc &&
	    (!strncmp(a->rc, "10", 2) || !strncmp(a->rc, "02", 2)) &&
	    country_prefix(s->ments[a->src].code) && strlen(s->ments[a->src].code) == 6 &&
	    (political_role(s->ments[a->src].code) || civil_role(s->ments[a->src].code)) &&
	    strncmp(s->ments[a->src].code + 3, "GOV", 3) && !head_ends_ing(s, p->head) &&
	    emergency_rule_named(s))
		a->have_own = act_home_target(c, s, p, p->end, &s->ments[a->src], "GOV", &a->own);
	/* "Workers across France went on strike", "protests spread across
	 * Iran": dissent that names no one is against the state's own
	 * government, not against the crowd of the next clause ("and
	 * hundreds of thousands of people marched"). */
	if (a->tgt >= 0 && a->r.pat && a->r.target < 0 && !act_pattern_has(lex, a->r.pat, LEX_EL_TARGET) &&
	    s->ments[a->tgt].code && civil_role(s->ments[a->tgt].code) && a->rc &&
	    !strncmp(a->rc, "14", 2))
		a->tgt = -1;
	if (a->tgt < 0 && a->src >= 0 && a->rc &&
	    !strncmp(a->rc, "14", 2) && country_prefix(s->ments[a->src].code) &&
	    strlen(s->ments[a->src].code) >= 6 && strncmp(s->ments[a->src].code + 3, "GOV", 3) &&
	    /* a company's staff striking ("Lufthansa pilots went on
	     * strike") act against the company, no one the clause names */
	    strncmp(s->ments[a->src].code + 3, "BUS", 3) &&
	    (s->ments[a->src].kind != M_AGENT || s->ments[a->src].placed) &&
	    !act_gerund_on_object(s, p)) {
		a->have_own = act_home_target(c, s, p, a->r.last, &s->ments[a->src], "GOV", &a->own);
	}
	/* "A suicide bomber killed 26 people ..., and the Baloch Liberation
	 * Army claimed responsibility": a claim (015) that names no victim
	 * falls on the victims of the force coded before it in the sentence. */
	/* "in an attack claimed by Islamic State": what a passive claim is
	 * about is the act, whoever its clause names before it */
	if (p->kind == LEX_VERB && p->passive && a->r.target < 0 && a->rc && !strcmp(a->rc, "015"))
		a->tgt = -1;
	/* "denied any involvement in the drone attack that killed three
	 * U.S. soldiers at a base in Jordan": an attack noun whose relative
	 * clause names the people it killed is on them, not on the place */
	if (a->tgt >= 0 && a->src >= 0 && !a->have_own && p->kind == LEX_NOUN && a->rc &&
	    strncmp(a->rc, "18", 2) >= 0 && strncmp(a->rc, "20", 2) <= 0 &&
	    s->ments[a->tgt].after_prep && s->ments[a->tgt].code &&
	    strlen(s->ments[a->tgt].code) == 3) {
		const struct mention *members[2];
		int killed = 0;
		int32_t dead = act_dead_after(s, p->end + 1, &killed);
		if (dead >= 0 && killed > 0 && (head_is(s, (size_t)killed - 1, "that") ||
						head_is(s, (size_t)killed - 1, "which")) &&
		    act_group_members(s, dead, members, 2) <= 1 &&
		    strncmp(s->ments[dead].code, s->ments[a->src].code, 3))
			a->tgt = dead;
	}
	/* "Israeli strikes across Gaza killed at least 50 Palestinians",
	 * "Russian drone attacks on Odesa killed three people": an attack
	 * that is the subject of "killed" falls on the people it killed in
	 * the place it names, not on the place (as "a Russian missile strike
	 * on a railway station ... killed more than 50 people" does) */
	if (a->tgt >= 0 && a->src >= 0 && !a->have_own && a->rc &&
	    strncmp(a->rc, "18", 2) >= 0 && strncmp(a->rc, "20", 2) <= 0 &&
	    s->ments[a->tgt].after_prep && s->ments[a->tgt].tok > p->head && s->ments[a->tgt].code &&
	    strlen(s->ments[a->tgt].code) == 3 && s->ments[a->src].code) {
		const struct mention *place = &s->ments[a->tgt], *members[2];
		int killed = 0;
		int32_t dead = act_dead_after(s, place->tok + place->n_tok, &killed);
		size_t q;
		int plain = killed > 0;
		for (q = place->tok + place->n_tok; plain && q < (size_t)killed; q++)
			if ((s->toks[q].flags & TOK_PUNCT) || s->info[q].verb ||
			    (s->info[q].roles & (R_CONJ | R_BUT | R_SUB)) || s->info[q].mention >= 0 ||
			    head_is(s, q, "that") || head_is(s, q, "which"))
				plain = 0;
		if (plain && dead >= 0 && !strncmp(s->ments[dead].code, place->code, 3) &&
		    strncmp(s->ments[dead].code, s->ments[a->src].code, 3) &&
		    act_group_members(s, dead, members, 2) <= 1)
			a->tgt = dead;
	}
	/* "Russian shelling killed three civilians in the southern Ukrainian
	 * city of Kherson": an attack told by a gerund that is the subject of
	 * "killed" falls on the people killed right after it, of the state of
	 * the place it reached, not on the place */
	if (a->tgt >= 0 && a->src >= 0 && !a->have_own && a->rc &&
	    strncmp(a->rc, "18", 2) >= 0 && strncmp(a->rc, "20", 2) <= 0 &&
	    s->ments[a->tgt].after_prep && s->ments[a->tgt].code &&
	    strlen(s->ments[a->tgt].code) == 3 && p->end + 2 < s->n &&
	    head_ends_ing(s, p->head) && head_is(s, p->end + 1, "kill")) {
		size_t q;
		for (q = p->end + 2; q < s->n && q < p->end + 7u && q < s->ments[a->tgt].tok; q++) {
			int32_t mi = s->info[q].mention;
			if (mi < 0)
				continue;
			if (s->ments[mi].code && strlen(s->ments[mi].code) == 6 &&
			    !strncmp(s->ments[mi].code, s->ments[a->tgt].code, 3) &&
			    civil_role(s->ments[mi].code))
				a->tgt = mi;
			break;
		}
	}
	/* "claimed responsibility for attacks across Paris that killed 129
	 * people", "claimed a suicide bombing on the outskirts of Kabul that
	 * killed six people": a claim that reaches only the place of the
	 * attack falls on the people its sentence says were killed there,
	 * as the attack does */
	if (a->tgt >= 0 && a->src >= 0 && !a->have_own && p->kind == LEX_VERB && a->rc &&
	    !strcmp(a->rc, "015") && s->ments[a->tgt].after_prep && s->ments[a->tgt].code &&
	    strlen(s->ments[a->tgt].code) == 3) {
		const struct mention *place = &s->ments[a->tgt];
		const struct mention *members[2];
		int killed = 0;
		int32_t dead = act_dead_after(s, place->tok + place->n_tok, &killed);
		/* (one people only: "killed scores of Afghans and 13 U.S.
		 * service members" is left to the attack's own event) */
		if (dead >= 0 && !strncmp(s->ments[dead].code, place->code, 3) &&
		    act_group_members(s, dead, members, 2) <= 1) {
			a->tgt = dead;
		} else if (dead < 0 && killed) {
			char *cvl = state_role(c, place->code, "CVL");
			if (cvl) {
				act_implied_actor(&a->own, s, (size_t)killed, cvl);
				a->have_own = 1;
			}
		}
	}
	if (a->tgt < 0 && a->src >= 0 && !a->have_own && p->kind == LEX_VERB && a->rc &&
	    !strcmp(a->rc, "015")) {
		size_t k;
		/* (the attack's own victims, the first it names: not the
		 * attackers that security forces fired back at, "exchanging
		 * fire with security forces") */
		for (k = 0; k < e->n_seen; k++) {
			const struct dyad_event *o = &e->seen[k];
			if (o->root && strcmp(o->root, "18") >= 0 && strcmp(o->root, "20") <= 0 &&
			    o->trigger.start < s->toks[p->head].start - s->base && o->target.code &&
			    s->ments[a->src].code && strcmp(o->target.code, s->ments[a->src].code) &&
			    !armed_group(o->target.code)) {
				act_implied_actor(&a->own, s, p->head, o->target.code);
				a->have_own = 1;
				break;
			}
		}
		/* "A bomb blast ... killed two Chinese nationals, and the
		 * Baloch Liberation Army claimed responsibility", "an
		 * explosion ripped through a market, killing 35 people, and
		 * Islamic State claimed responsibility": with no attack coded
		 * (a blast names no bomber), the claim falls on the people
		 * killed before it */
		if (!a->have_own)
			a->tgt = act_claimed_dead(s, p->head);
		/* "claimed responsibility for twin suicide bombings that
		 * killed nearly 90 people": the people killed after it */
		if (!a->have_own && a->tgt < 0) {
			int killed;
			a->tgt = act_dead_after(s, p->end + 1, &killed);
		}
	}
	/* "resigned after weeks of protests", "withdrew the pension reform,
	 * bowing to days of protests": yielding to protesters who go unnamed
	 * (0831, or 0832 by a pattern that names the dissent) falls on the
	 * source's own civilians, not on the next name ("and fled to India");
	 * so does a leaving that act.c's pressed_out() finds yielded to
	 * dissent no one is named in. */
	if (a->yield_home && a->r.target < 0)
		a->tgt = -1;
	if (a->r.pat && a->r.target < 0 && !act_pattern_has(lex, a->r.pat, LEX_EL_TARGET) && a->rc &&
	    (!strcmp(a->rc, "0831") ||
	     (!strcmp(a->rc, "0832") &&
	      (act_pattern_has_set(lex, a->r.pat, "EV_DISSENT") ||
	       /* "withdrew the bill a day after protesters stormed
		* parliament": the crowd named only in a time anchor */
	       act_pattern_has_set(lex, a->r.pat, "P11_CROWD"))))) {
		a->tgt = -1;
		a->yield_home = 1;
	}
	/* "barred women from attending universities": the curb falls on
	 * the women, the state's own civilians, not on the places named
	 * after it */
	/* ("lifted its ban on WhatsApp", "unblocked Facebook and YouTube":
	 * the platforms let back are no party; the easing is the users',
	 * tests/dev/README.md, yield and concede) */
	if (a->tgt >= 0 && a->r.pat && a->r.target < 0 && !act_pattern_has(lex, a->r.pat, LEX_EL_TARGET) &&
	    (act_pattern_has_set(lex, a->r.pat, "COE6_PEOPLE") ||
	     act_pattern_has_set(lex, a->r.pat, "CONCEDE_PLATFORM") ||
	     (a->rc && !strcmp(a->rc, "0811") && s->ments[a->tgt].code &&
	      strlen(s->ments[a->tgt].code) == 6 && !strcmp(s->ments[a->tgt].code + 3, "BUS"))))
		a->tgt = -1;
	/* "Ruto vowed to crush the unrest": a threat of repression (137)
	 * that names no one is aimed at the state's own civilians. */
	if (a->tgt < 0 && a->src >= 0 && a->rc &&
	    (home_measure(a->rc) || a->yield_home ||
	     !strcmp(a->rc, "0831") || !strcmp(a->rc, "137")) &&
	    country_prefix(s->ments[a->src].code) &&
	    (s->ments[a->src].kind != M_AGENT || s->ments[a->src].placed)) {
		/* "barred women from working", "shut down mobile internet
		 * across the country": the curbed people are the state's
		 * civilians, not the state; a curfew or state of emergency
		 * (1723, 1724) falls on the state itself */
		/* (and freedoms given back, "lifted its ban on Wikipedia",
		 * "restored internet access": 0811 to its civilians, as the
		 * yield and concede sets code it) */
		int civ = a->yield_home || !strcmp(a->rc, "0831") ||
			  !strcmp(a->rc, "137") || !strcmp(a->rc, "1721") ||
			  !strcmp(a->rc, "0811") ||
			  act_pattern_has_set(lex, a->r.pat, "COE6_PEOPLE");
		const char *role = civ ? "CVL" : "";
		if ((a->yield_home || !strcmp(a->rc, "0831")) && student_dissent(s, p->head))
			role = "EDU";
		a->have_own = act_home_target(c, s, p, a->r.last, &s->ments[a->src], role, &a->own);
	}
	/* "the PKK said it would disband and lay down its arms": an armed
	 * group's demobilization that names no one is toward its state;
	 * so is its promise to disarm or stand down ("ethnic Armenian
	 * forces agreed to disarm": 0356), its laying down of arms or
	 * retreat ("FARC rebels laid down their weapons": 0874), and its
	 * unilateral truce ("M23 rebels declared a unilateral ceasefire":
	 * 0871, toward Congo). */
	if (a->tgt < 0 && a->src >= 0 && !a->have_own && a->rc &&
	    (!strcmp(a->rc, "0873") || !strcmp(a->rc, "0356") || !strcmp(a->rc, "0874") ||
	     !strcmp(a->rc, "0871")) &&
	    s->ments[a->src].code &&
	    armed_group(s->ments[a->src].code) && country_prefix(s->ments[a->src].code))
		a->have_own = act_home_target(c, s, p, a->r.last, &s->ments[a->src], "", &a->own);
	/* "deployed soldiers on the city's streets", "ordered National Guard
	 * troops to Los Angeles to quell protests": a state's forces or
	 * police sent out against unrest at home, at no one else (or at
	 * their own state, or at the force itself), are shown to its
	 * people (154; police 153). */
	if (a->src >= 0 && !a->have_own && p->kind == LEX_VERB && !p->passive && a->rc &&
	    (!strcmp(a->rc, "154") ||
	     !strcmp(a->rc, "153")) &&
	    s->ments[a->src].code && country_prefix(s->ments[a->src].code) &&
	    !armed_group(s->ments[a->src].code) && !civil_role(s->ments[a->src].code) &&
	    (a->tgt < 0 || (s->ments[a->tgt].code &&
			    !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3) &&
			    !civil_role(s->ments[a->tgt].code))) &&
	    act_home_deployment(s, p->head)) {
		a->tgt = -1;
		a->have_own = act_home_target(c, s, p, a->r.last, &s->ments[a->src], "CVL", &a->own);
	}
	/* "Cuba will free 553 prisoners after the United States removed it
	 * from its terror list": captives a state frees whom the sentence
	 * gives no state of their own are its own people (0841), whatever
	 * other state it names. */
	/* ("Hamas freed the last 20 living hostages, and Israel released
	 * 2,000 prisoners": hostages are another's people, those of the
	 * other state the sentence names) */
	/* (nor are they of the place they are held in: "hostages held in
	 * Gaza") */
	static const char *const hostages[] = { "hostage", "hostages", "captive", "captives", NULL };
	int held = a->tgt >= 0 && word_is_any(s, s->ments[a->tgt].tok + s->ments[a->tgt].n_tok - 1,
					      hostages);
	/* (nor of the dateline's: "VILNIUS -- Belarus freed 52 prisoners"
	 * frees Belarusians) */
	if (a->tgt >= 0 && a->src >= 0 && !a->have_own && a->rc && !strcmp(a->rc, "0841") &&
	    s->ments[a->tgt].code && country_prefix(s->ments[a->src].code) &&
	    ((s->ments[a->tgt].kind == M_AGENT && !strcmp(s->ments[a->tgt].code, "CVL")) ||
	     (s->ments[a->tgt].kind == M_AGENT && s->ments[a->tgt].datelined &&
	      strlen(s->ments[a->tgt].code) == 6 && !strcmp(s->ments[a->tgt].code + 3, "CVL")) ||
	     (held && strlen(s->ments[a->tgt].code) == 6 &&
	      !strcmp(s->ments[a->tgt].code + 3, "CVL") &&
	      !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)))) {
		const char *whose = s->ments[a->src].code;
		char *cc;
		if (held) {
			size_t k;
			whose = NULL;
			for (k = 0; k < s->n_ments && !whose; k++)
				if (s->ments[k].kind == M_NAME && s->ments[k].code &&
				    country_prefix(s->ments[k].code) && s->ments[k].kind != M_PRONOUN &&
				    strncmp(s->ments[k].code, s->ments[a->src].code, 3))
					whose = s->ments[k].code;
			if (!whose)
				return 0;
		}
		cc = state_role(c, whose, "CVL");
		if (cc) {
			act_derived_mention(&a->own, &s->ments[a->tgt], cc, 0, s->ments[a->tgt].start,
					    s->ments[a->tgt].end);
			a->have_own = 1;
			a->tgt = -1;
		}
	}
	return 0;
}
