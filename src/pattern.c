/*
 * pattern.c - choosing a predicate's pattern.
 *
 * Each head in the lexicon carries patterns ("* to + = 042", "$ and + *
 * = 057:057"), most specific first.  This stage matches them against
 * the sentence around a predicate, word by word within its clause, and
 * keeps the first that fits: its code, its second code, and the mentions
 * its '+' and '$' reached.
 */
#include <stdint.h>
#include <string.h>

#include "coder_stages.h"

#define TARGET_GAP 8            /* tokens a pattern word may sit from the last */

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
			const struct lex_set_start *e;
			if (f > 0 && (ids[f] == ids[0] || ids[f] == ids[f - 1]))
				continue;       /* most lemmas are the form */
			for (e = lex_set_starts(lex, ids[f]); e && e->set != LEX_NONE; e++)
				bits[e->set / 64] |= 1ull << (e->set % 64);
		}
	}
	s->sets = bits;
}

static int sent_may_start(const struct sent *s, uint32_t set)
{
	return set == LEX_NONE || !s->sets || (s->sets[set / 64] >> (set % 64) & 1);
}

/* Whether pattern i can match anywhere in the sentence: the sentence holds
 * its first two words (the bloom filter may say so wrongly, never the
 * reverse) and a possible start of each of its sets.  Its gate answers
 * without the pattern's elements, unless it names more than two sets. */
static int pattern_possible(const dyad_lexicon *lex, const struct sent *s, size_t i)
{
	const struct lex_pat_gate *g = &lex->gates[i];
	const struct lex_pattern *pat;
	const struct lex_elem *el;
	size_t k;

	if ((g->req[0] != LEX_NONE && !sent_bloom_has(s, g->req[0])) ||
	    (g->req[1] != LEX_NONE && !sent_bloom_has(s, g->req[1])) ||
	    !sent_may_start(s, g->set[0]) || !sent_may_start(s, g->set[1]))
		return 0;
	if (!g->more_sets)
		return 1;
	pat = &lex->patterns.v[i];
	el = &lex->elems.v[pat->el_off];
	for (k = 0; k < pat->n_el; k++)
		if (el[k].kind == LEX_EL_SYNSET && !sent_may_start(s, el[k].id))
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

/* Whether a phrase of the set `set` starts at token i (OUT *last: its
 * last token), for stages after pattern choice that look for a set's
 * words themselves (act_context.c's act_accord_party()). */
int pat_set_at(const dyad_lexicon *lex, const struct sent *s, size_t i, uint32_t set,
	       size_t *last)
{
	return i < s->n && synset_at(lex, s, i, set, last);
}

/* A possessive pronoun ("its", "their") with another actor right after
 * it ("its NATO allies"): the pronoun only says whose that actor is. */
int pat_possessor_of_next(const struct sent *s, const struct mention *m)
{
	size_t after = m->tok + m->n_tok;

	return m->kind == M_PRONOUN && (s->info[m->tok].roles & R_POSS) &&
	       after < s->n && s->info[after].mention >= 0 &&
	       s->ments[s->info[after].mention].tok == after;
}

/* A subordinator ("after", "as", "while", "once", "if") right before the
 * actor at token `at`, past its determiners: the actor opens a clause. */
static int opens_subordinate(const struct sent *s, size_t at)
{
	static const char *const subs[] = { "after", "before", "as", "while", "when", "once",
					    "if", "unless", "because", "since", "until", "whereas",
					    NULL };

	while (at > 0 && (s->info[at - 1].roles & R_DET) && s->info[at - 1].mention < 0)
		at--;
	return at > 0 && word_is_any(s, at - 1, subs);
}

/* The mention is followed by a form of "be" (and so, before a verb,
 * is the subject of a passive). */
static int passive_subject(const struct sent *s, int32_t mi)
{
	size_t k = s->ments[mi].tok + s->ments[mi].n_tok;

	while (k < s->n && (s->info[k].roles & (R_WILL | R_WOULD | R_HAVE | R_NEG)))
		k++;
	return k < s->n && (s->info[k].roles & R_BE);
}

/* Whether the element met e-th in a backward walk over the n_el
 * elements before a head lies between two actor elements ("and" in
 * "$ and + *"). */
static int between_actors(const struct lex_elem *el, size_t n_el, size_t e)
{
	size_t at = n_el - 1 - e, k;
	int before = 0, after = 0;

	for (k = 0; k < n_el; k++)
		if (el[k].kind == LEX_EL_TARGET || el[k].kind == LEX_EL_SOURCE) {
			if (k < at)
				before = 1;
			else if (k > at)
				after = 1;
		}
	return before && after;
}

/* Whether mention m follows "with" and comes before a participle, a
 * word or two apart at most ("with Washington cutting tariffs", "with
 * Oman again acting as mediator"). */
static int absolute_with(const struct sent *s, const struct mention *m)
{
	static const char *const set_to[] = { "set", "due", "expected", "scheduled", NULL };
	size_t j = m->tok, k = m->tok + m->n_tok;

	while (j > 0 && (s->info[j - 1].roles & R_DET) && s->info[j - 1].mention < 0)
		j--;
	if (j == 0 || !head_is(s, j - 1, "with"))
		return 0;
	while (k < s->n && k < m->tok + m->n_tok + 2 && s->info[k].vlemma == LEX_NONE &&
	       (s->toks[k].flags & TOK_WORD) && !s->info[k].roles && s->info[k].mention < 0)
		k++;
	/* (", with President Donald Trump set to host the ceremony",
	 * ", with Qatar due to mediate": the same after a comma, its verb
	 * to come; "talks with Congo's government due to open" are the
	 * talks') */
	if (k + 1 < s->n && s->info[k].mention < 0 && word_is_any(s, k, set_to) &&
	    head_is(s, k + 1, "to") && j >= 2 && is_punct(s, j - 2, ','))
		return 1;
	/* (by its form: "acting" is read as "the acting president" too) */
	return k < s->n && s->info[k].vlemma != LEX_NONE && s->info[k].mention < 0 &&
	       head_ends_ing(s, k);
}

/* A comma between two actors of one list ("teams from Greece, Israel
 * and Mexico"). */
static int list_comma(const struct sent *s, size_t at)
{
	int32_t a = at > 0 ? s->info[at - 1].mention : -1;
	int32_t b = at + 1 < s->n ? s->info[at + 1].mention : -1;

	return a >= 0 && b >= 0 && s->ments[a].group == s->ments[b].group;
}

/* "said the United States, Britain and Australia would pay a price":
 * the token after the last of the list that mention m begins (its
 * other members share m's group), where a pattern's next word is
 * sought; the end of m itself when m stands alone. */
static size_t list_end(const struct sent *s, const struct mention *m)
{
	size_t end = m->tok + m->n_tok;

	for (;;) {
		size_t k = end;
		int32_t b;

		if (k < s->n && is_punct(s, k, ','))
			k++;
		if (k < s->n && (s->info[k].roles & R_CONJ))
			k++;
		/* ("Saudi Arabia, the United Arab Emirates, Bahrain and
		 * Egypt": past a member's article) */
		if (k > end && k + 1 < s->n && (s->info[k].roles & R_DET) &&
		    !(s->info[k].roles & R_POSS) && s->info[k].mention < 0 &&
		    s->info[k + 1].mention >= 0)
			k++;
		if (k == end || k >= s->n || (b = s->info[k].mention) < 0 ||
		    s->ments[b].tok != k || s->ments[b].group != m->group)
			return end;
		end = s->ments[b].tok + s->ments[b].n_tok;
	}
}

/* An actor ('+' or '$') among the elements after element e. */
static int actor_after(const struct lex_elem *el, size_t n_el, size_t e)
{
	size_t k;

	for (k = e + 1; k < n_el; k++)
		if (el[k].kind == LEX_EL_TARGET || el[k].kind == LEX_EL_SOURCE)
			return 1;
	return 0;
}

/* "Putin hosted Xi and Lula in Kazan and signed a declaration": a
 * mention after a verb of its clause (from `start`) is that verb's
 * object, no subject of a verb joined after it. */
static int object_of_verb(const struct sent *s, const struct mention *m, size_t start)
{
	size_t j;

	/* (not one that reports: "said Russia and Ukraine met and
	 * agreed") */
	for (j = m->tok; j-- > start;) {
		if (clause_break(s, j) || head_is(s, j, "that") ||
		    (s->info[j].vroles & (V_SPEECH | V_OPINION | V_DENY | V_SPEC)))
			return 0;
		if (s->info[j].verb && s->info[j].mention < 0)
			return 1;
	}
	return 0;
}

/* The closing comma of a list of examples that opens at the comma at I
 * (", among them Argentina, Chile and Peru,", ", among them drug lord
 * Rafael Caro Quintero,"), within twelve tokens and before any clause
 * break; 0 when the comma at I opens none. */
static size_t example_list_end(const struct sent *s, size_t i)
{
	size_t j, from;

	if (!is_punct(s, i, ',') || i + 3 >= s->n)
		return 0;
	/* (not ", including": "removed three opposition groups, including
	 * Ginbot 7 and the Oromo Liberation Front, from its list" names in
	 * it the very ones acted on) */
	if (head_is(s, i + 1, "among") && head_is(s, i + 2, "them"))
		from = i + 3;
	else
		return 0;
	for (j = from; j < s->n && j < from + 12; j++) {
		if (s->info[j].brk || s->info[j].verb)
			return 0;
		/* (a list's own commas: "Argentina, Chile and Peru") */
		if (is_punct(s, j, ',')) {
			if (j + 2 < s->n && s->info[j + 1].mention >= 0 &&
			    (is_punct(s, j + 2, ',') || head_is(s, j + 2, "and")))
				continue;
			return j > from ? j : 0;
		}
	}
	return 0;
}

/* "criticised China during a visit to Manila", "pledged closer ties
 * with Vietnam during a visit to Hanoi": a word of the pattern found past
 * "during" in the gap before it heads the verb's occasion, not its object
 * (the visit is coded as its own event).  Only "during" with "a" or a
 * possessive: "abuses committed during the conflict", "killed 19 people
 * during youth-led protests" name what the pattern is about.  A pattern
 * that names "during"
 * matches it as a word, and its gap starts after it.  The gap is the
 * tokens from `from` to the one before `at`. */
static int past_occasion(const struct sent *s, size_t from, size_t at)
{
	static const char *const occasion[] = { "during", NULL };
	static const char *const own[] = { "a", "an", "his", "her", "their", "its", NULL };
	size_t j, k;

	for (j = from; j + 1 < at; j++) {
		if (s->info[j].mention >= 0 || !word_is_any(s, j, occasion) || !word_is_any(s, j + 1, own))
			continue;
		/* only the phrase's own noun ("during his two-day visit"):
		 * words past it ("during his visit to Washington to supply
		 * more air defence") go on with the pattern */
		for (k = j + 2; k < at; k++)
			if (s->info[k].mention >= 0 || (s->info[k].roles & R_PREP) || s->info[k].verb ||
			    (s->toks[k].flags & TOK_PUNCT))
				break;
		if (k == at && at - j <= 5)
			return 1;
	}
	return 0;
}

/* "fired a missile on Wednesday in a show of force against the United
 * States": "on" before a day of the week dates the act; it is not the
 * "on" of a pattern ("* &ev_aerial on + = 195") that names what is hit
 * right after it. */
static int on_a_day(const struct sent *s, size_t i)
{
	static const char *const on[] = { "on", NULL };
	static const char *const days[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
					    "Saturday", "Sunday", NULL };

	return i + 1 < s->n && word_is_any(s, i, on) && word_is_any(s, i + 1, days);
}

/* Whether a pattern's words before element `at` name an owner's "'s"
 * ("$ 's &nominal_act ^ * ..."). */
static int owner_before(const dyad_lexicon *lex, const struct lex_elem *el, size_t at)
{
	size_t k;

	for (k = 0; k < at; k++)
		if (el[k].kind == LEX_EL_WORD && !strcmp(lex_word_str(lex, el[k].id), "'s"))
			return 1;
	return 0;
}

/* The other side of the pair whose phrase mention i covers ("the two
 * leaders", "they" for the pair of a sentence before: two mentions over
 * the same words, in one group), or -1. */
static int32_t span_partner(const struct sent *s, int32_t i)
{
	const struct mention *m = &s->ments[i];
	size_t k;

	if (m->kind != M_PRONOUN || !m->how || strncmp(m->how, "the pair", 8))
		return -1;
	for (k = 0; k < s->n_ments; k++)
		if ((int32_t)k != i && s->ments[k].tok == m->tok && s->ments[k].n_tok == m->n_tok &&
		    s->ments[k].group == m->group)
			return (int32_t)k;
	return -1;
}

/* Whether mention i stands for what is named elsewhere: a place named
 * after "in", "at" ... (where a pair met), or a pronoun ("India and the
 * United States said they planned to ..."). */
static int standing_actor(const struct sent *s, int32_t i)
{
	return i >= 0 && ((s->ments[i].after_prep && (s->ments[i].prep_roles & R_LOC)) ||
			  s->ments[i].kind == M_PRONOUN);
}

/* Whether token i is a manner adverb ("unexpectedly", "secretly"): a
 * lower-case word of more than five letters ending in "ly" ("only",
 * "early" and "July" are too short or written otherwise). */
static int manner_adverb(const struct sent *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return len > 5 && t[len - 2] == 'l' && t[len - 1] == 'y' && !(s->toks[i].flags & TOK_CAP) &&
	       s->info[i].vlemma == LEX_NONE;
}

/* "met Siniora and flew to Jerusalem to meet Olmert", "and then flew
 * to": back from the head, an "and" followed by a verb of its own
 * joins two predicates, not the two actors of "$ and +"; the second
 * actor, a preposition's object past that verb ("to Jerusalem"), is no
 * member of a pair.  (A preposition's object inside the second
 * member's phrase still is: "Iran and six world powers led by the
 * United States clinched", "forces in Nagorno-Karabakh".)  Whether the
 * "and" at token `at`, sought as element e, is such a one, where
 * `second` is the actor the element before it matched. */
static int pair_and_broken(const dyad_lexicon *lex, const struct sent *s,
			   const struct lex_elem *el, size_t n_el, size_t e,
			   size_t at, int32_t second)
{
	static const char *const adverbs[] = { "then", "later", "also", "subsequently", NULL };
	const struct lex_elem *x = &el[n_el - 1 - e];
	const struct lex_elem *before = e > 0 ? &el[n_el - e] : NULL;
	size_t v = at + 1;

	if (!before || x->kind != LEX_EL_WORD || strcmp(lex_word_str(lex, x->id), "and") ||
	    (before->kind != LEX_EL_TARGET && before->kind != LEX_EL_SOURCE))
		return 0;
	if (second < 0 || !s->ments[second].after_prep || !(s->info[at].roles & R_CONJ))
		return 0;
	while (v < s->n && word_is_any(s, v, adverbs))
		v++;
	return v < s->n && v < s->ments[second].tok && s->info[v].verb && s->info[v].mention < 0;
}

/* Match one element list in one direction.  Forward from `at` for the
 * elements after the head, backward for those before it. */
static int match_side(const dyad_lexicon *lex, const struct sent *s,
		      const struct lex_elem *el, size_t n_el, size_t at,
		      size_t limit, int forward, int32_t agent, size_t skip_end,
		      struct match_result *r)
{
	size_t e, max_gap = TARGET_GAP;
	long pos = (long)at;
	int after_and = 0;      /* the last word matched was an "and" before an actor */
	int32_t last_actor = -1;        /* the mention the last actor element matched */

	for (e = 0; e < n_el; e++) {
		const struct lex_elem *x = forward ? &el[e] : &el[n_el - 1 - e];
		size_t gap = 0, last = 0, free_until = 0;
		int found = 0, joined = after_and;

		after_and = 0;

		/* "North Korea's launch of a short-range ballistic missile
		 * ahead of joint drills drew a sharp rebuke": a gap back to an
		 * owner's "'s" spans the whole phrase of what the owner did */
		if (x->kind == LEX_EL_SKIP && !forward && owner_before(lex, el, n_el - 1 - e)) {
			max_gap = 2 * TARGET_GAP;
			continue;
		}
		/* "regards Moldova's decision to cut the staff of the Russian
		 * embassy in Chisinau as an unfriendly step": forward, a gap
		 * from a target that owns what follows ("'s") to the "as" of
		 * a verdict spans the phrase of what the owner did, as the
		 * backward gap does (not to a bare label: "calling Seoul's
		 * decision ... a declaration of war" keeps the short reach) */
		if (x->kind == LEX_EL_SKIP && forward && e > 0 && el[e - 1].kind == LEX_EL_TARGET &&
		    e + 1 < n_el && el[e + 1].kind == LEX_EL_WORD &&
		    !strcmp(lex_word_str(lex, el[e + 1].id), "as") &&
		    pos >= 0 && (size_t)pos < s->n && (s->info[pos].roles & R_POSS)) {
			max_gap = 2 * TARGET_GAP;
			continue;
		}
		if (x->kind == LEX_EL_SKIP || x->kind == LEX_EL_COMPOUND)
			continue;
		if (x->kind == LEX_EL_NEXT) {
			max_gap = 0;    /* the next element sits right here */
			continue;
		}
		while (pos >= 0 && (size_t)pos < s->n && gap <= max_gap &&
		       (forward ? (size_t)pos < limit : (size_t)pos >= limit)) {
			const struct tokinfo *ti = &s->info[pos];
			/* "Putin, the Russian president, and Xi signed",
			 * "Xi Jinping, his Chinese counterpart, signed": an
			 * apposition to the actor sought is passed over (not
			 * for a passive, whose agent the default finds: "Evan
			 * Gershkovich, a reporter ..., was detained by the FSB
			 * in Yekaterinburg") */
			if ((x->kind == LEX_EL_TARGET || x->kind == LEX_EL_SOURCE) && !forward &&
			    ti->aside && ti->mention < 0 && agent < 0) {
				pos--;
				continue;
			}
			/* "met unexpectedly in Doha", "met secretly in
			 * Geneva": one manner adverb between the head and the
			 * word '~' ties to it is passed over */
			if (forward && max_gap == 0 && e == 1 && el[0].kind == LEX_EL_NEXT &&
			    pos == (long)at && ti->mention < 0 && !ti->roles &&
			    (x->kind == LEX_EL_WORD || x->kind == LEX_EL_SYNSET) &&
			    manner_adverb(s, (size_t)pos)) {
				pos++;
				continue;
			}
			/* "extradited Do Kwon, the South Korean founder of the
			 * collapsed crypto firm Terraform Labs, to the United
			 * States": forward, a word of the pattern is sought
			 * past an apposition, which counts for no gap */
			if (forward && ti->aside && ti->mention < 0 &&
			    (x->kind == LEX_EL_WORD || x->kind == LEX_EL_SYNSET)) {
				pos++;
				continue;
			}
			/* "sent 29 cartel figures, among them drug lord
			 * Rafael Caro Quintero, to the United States": a list
			 * of examples set off by commas counts for no gap (its
			 * words may still be the pattern's: "evacuated 150
			 * people, including citizens of Kuwait") */
			if (forward && (x->kind == LEX_EL_WORD || x->kind == LEX_EL_SYNSET) &&
			    example_list_end(s, (size_t)pos))
				free_until = example_list_end(s, (size_t)pos);
			if (x->kind == LEX_EL_TARGET || x->kind == LEX_EL_SOURCE) {
				/* "Russia, the foreign ministry said, is ready
				 * to": back past a split attribution to the
				 * subject it splits off */
				if (!forward && is_punct(s, (size_t)pos, ',')) {
					long q = clause_said_aside(s, (size_t)pos);
					/* ("Trump and Kim, who only months ago were
					 * trading insults, shook hands": back past
					 * a relative clause or a participle aside
					 * on the subject, right before the verb) */
					if (q < 0 && (size_t)pos + 1 < s->n && s->info[pos + 1].verb &&
					    s->info[pos + 1].mention < 0)
						q = clause_subject_aside(s, (size_t)pos);
					if (q > 0) {
						pos = q - 1;
						continue;
					}
				}
				/* The actor sits in the phrase at hand: a comma
				 * ends the search ("missiles at villages near the
				 * border, the United Nations said"). */
				if (is_punct(s, (size_t)pos, ','))
					return 0;
				/* "$ and +" is a pair: the actor's phrase ends
				 * right before its "and", no preposition's phrase
				 * or time between ("released hostages in Gaza on
				 * Saturday and Israel freed": no pair; "Sudan's
				 * army rulers and the opposition": one) */
				if (joined && ti->mention < 0 &&
				    ((ti->roles & R_PREP) || ti->brk || ti->verb || weekday(s, (size_t)pos) ||
				     !(s->toks[pos].flags & TOK_WORD)))
					return 0;
				/* "Putin was welcomed by Kim in Pyongyang": the
				 * agent of a passive is its source, never the
				 * '+' a pattern seeks; the pattern does not match */
				if (ti->mention >= 0 && ti->mention == agent &&
				    x->kind == LEX_EL_TARGET)
					return 0;
				if (ti->mention >= 0 && forward && x->kind == LEX_EL_TARGET &&
				    clause_what_said(s, &s->ments[ti->mention])) {
					pos = (long)clause_what_said(s, &s->ments[ti->mention]);
					continue;
				}
				/* "Russian and Ukrainian delegations met in
				 * Istanbul on Friday and agreed": the names in
				 * the phrases of the verb joined before are no
				 * part of the subject the pattern seeks */
				if (ti->mention >= 0 && !forward && (size_t)pos < skip_end &&
				    (s->ments[ti->mention].after_prep ||
				     object_of_verb(s, &s->ments[ti->mention], limit))) {
					pos = (long)s->ments[ti->mention].tok - 1;
					gap++;
					continue;
				}
				/* "held talks in Muscat, with Oman again acting
				 * as mediator": "with" before an actor and its
				 * participle opens a clause of its own */
				if (ti->mention >= 0 && forward && absolute_with(s, &s->ments[ti->mention]))
					return 0;
				/* "shot Trump at a rally in Pennsylvania": a name
				 * that only places is no actor the pattern seeks */
				if (ti->mention >= 0 && s->ments[ti->mention].place_only &&
				    !(r->to_place && forward && x->kind == LEX_EL_TARGET)) {
					pos = forward ? (long)(s->ments[ti->mention].tok +
							       s->ments[ti->mention].n_tok)
						      : (long)s->ments[ti->mention].tok - 1;
					gap++;
					continue;
				}
				if (ti->mention >= 0) {
					const struct mention *m = &s->ments[ti->mention];
					int32_t other;
					/* "Lee met Ishiba. The two leaders agreed
					 * to ...": the two mentions of one phrase
					 * that stands for a pair are "$ and +" */
					if (!forward && x->kind == LEX_EL_TARGET && e + 2 < n_el &&
					    el[n_el - 2 - e].kind == LEX_EL_WORD &&
					    el[n_el - 3 - e].kind == LEX_EL_SOURCE &&
					    !strcmp(lex_word_str(lex, el[n_el - 2 - e].id), "and") &&
					    r->target < 0 && r->source < 0 &&
					    (other = span_partner(s, ti->mention)) >= 0) {
						r->source = ti->mention;
						r->target = other;
						pos = (long)m->tok - 1;
						e += 2;
						found = 1;
						break;
					}
					/* "with its NATO allies", "to their Western
					 * partners": a possessive right before an actor
					 * says whose; the actor after it is the one named */
					if (x->kind == LEX_EL_TARGET && pat_possessor_of_next(s, m)) {
						pos = (long)(m->tok + m->n_tok);
						ti = &s->info[pos];
						m = &s->ments[ti->mention];
					}
					last_actor = ti->mention;
					/* The first '+' of a pattern names the target. */
					if (x->kind == LEX_EL_TARGET && r->target < 0)
						r->target = ti->mention;
					else if (x->kind == LEX_EL_SOURCE && r->source < 0)
						r->source = ti->mention;
					/* (a list goes on to the next word: "that
					 * Britain and France would pay"; not when a
					 * later actor of the pattern is one of it:
					 * "between $ and +") */
					pos = forward ? (long)(actor_after(el, n_el, e) ? m->tok + m->n_tok
										     : list_end(s, m))
						      : (long)m->tok - 1;
					/* ("protested the launch" after "North
					 * Korea fired a missile": the act's noun
					 * is the pattern's next word too) */
					if (forward && m->act_noun)
						pos = (long)(m->tok + m->n_tok - 1);
					found = 1;
					break;
				}
			} else if (!forward && x->kind == LEX_EL_WORD && ti->verb &&
				   (ti->vroles & V_SPEECH) &&
				   ti->mention < 0 && between_actors(el, n_el, e) &&
				   !strcmp(lex_word_str(lex, x->id), "and") &&
				   !standing_actor(s, r->target >= 0 ? r->target : r->source)) {
				/* "congratulated Trump and said Seoul would
				 * work closely with": a verb of saying between
				 * the pair's "and" and its second actor opens a
				 * clause of its own; the pattern's pair is not
				 * there.  ("Met in Geneva ... and will start
				 * talks": the place the pair met in stands for
				 * the pair, see target_between(), as "they"
				 * does.) */
				return 0;
			} else if (!forward && is_punct(s, (size_t)pos, ',') && between_actors(el, n_el, e) &&
				   !list_comma(s, (size_t)pos)) {
				/* "Ahead of the summit between Trump and Putin,
				 * Zelensky met Merz": the "and" of "$ and +" joins
				 * the subject's own list, not a pair before the
				 * comma ("In a phone call, Trump and Putin
				 * discussed": a fronted phrase may lie there) */
				return 0;
			} else if (forward && gap > 0 && ti->mention >= 0 &&
				   s->ments[ti->mention].tok == (size_t)pos &&
				   opens_subordinate(s, (size_t)pos) &&
				   second_clause_at(s, (size_t)pos) && !passive_subject(s, ti->mention)) {
				/* "struck Iran on Friday after Tehran launched
				 * hundreds of drones": the pattern's words lie in
				 * the clause of another subject and verb (a
				 * passive's subject is who the act befell: "regained
				 * control of Aleppo after the rebels were
				 * evacuated") */
				return 0;
			} else if (forward && gap > 0 && (x->kind == LEX_EL_WORD || x->kind == LEX_EL_SYNSET) &&
				   past_occasion(s, (size_t)pos - gap, (size_t)pos)) {
				/* passed over: the word may come further on */
			} else if (!forward && word_at(s, (size_t)pos, x) &&
				   pair_and_broken(lex, s, el, n_el, e, (size_t)pos, last_actor)) {
				return 0;
			} else if (x->kind == LEX_EL_WORD && word_at(s, (size_t)pos, x) &&
				   !(forward && e + 1 < n_el && el[e + 1].kind == LEX_EL_TARGET &&
				     on_a_day(s, (size_t)pos))) {
				last = (size_t)pos;
				found = 1;
				/* (forward too: "talks between Iran and the E3
				 * ended ... in Geneva" pair Iran with no one) */
				after_and = (s->info[pos].roles & R_CONJ) && e + 1 < n_el &&
					    (forward ? el[e + 1].kind == LEX_EL_SOURCE ||
							       el[e + 1].kind == LEX_EL_TARGET
						     : el[n_el - 2 - e].kind == LEX_EL_SOURCE ||
							       el[n_el - 2 - e].kind == LEX_EL_TARGET);
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
			/* "adopted a resolution demanding a ceasefire": past
			 * a participle that qualifies a noun, the words are
			 * the participle's, not the head's ("keep supplying
			 * weapons" is no such participle) */
			if (forward && gap > 1 && x->kind != LEX_EL_TARGET && s->info[pos].verb &&
			    s->info[pos].mention < 0 && head_ends_ing(s, (size_t)pos) &&
			    (s->toks[pos - 1].flags & TOK_WORD) && !s->info[pos - 1].roles &&
			    !s->info[pos - 1].verb && s->info[pos - 1].mention < 0 &&
			    !(s->info[pos - 1].vroles & V_ASPECT))
				return 0;
			if (forward && ((s->info[pos].roles & R_CONJ) || is_punct(s, (size_t)pos, ','))) {
				size_t next = after_conj(s, (size_t)pos);
				/* "imposed a nationwide curfew and deployed the
				 * army on Friday": "and" before a verb in the past
				 * starts another clause, which a gap does not
				 * cross. */
				if (gap > 0 && (s->info[pos].roles & R_CONJ) && next < s->n &&
				    s->info[next].verb && s->info[next].mention < 0 && past_form(s, next))
					return 0;
				/* "struck three Iranian nuclear sites, and Iran
				 * retaliated with missiles": nor does "and" before
				 * an actor and its verb, the subject of another
				 * clause, nor a comma ("Once Hamas releases the
				 * hostages, Israel will withdraw") */
				if (second_clause_at(s, next))
					return 0;
				/* "recalled its ambassador from Venezuela, a move
				 * likely to anger Canada": a noun that resumes the
				 * act opens a clause about it, whose words are not
				 * the act's */
				if (clause_resumes_act(s, (size_t)pos))
					return 0;
			}
			/* "to withdraw a decree that ended fuel subsidies,
			 * bowing to protests": a relative clause right after
			 * a noun the pattern named is passed over. */
			/* "vowed that Israel would pay a heavy price": a "that"
			 * right after the head opens its complement, where the
			 * pattern's words go on */
			if (clause_break(s, (size_t)pos) && !(s->info[pos].roles & R_PREP) &&
			    !(forward && gap == 0 && e == 0 && (size_t)pos == at &&
			      head_is(s, (size_t)pos, "that")) &&
			    !(forward && gap == 0 && e > 0 && pos > 0 &&
			      (clause_is_relative(s, (size_t)pos) || head_is(s, (size_t)pos, "that")) &&
			      s->info[pos - 1].mention < 0 && !s->info[pos - 1].verb &&
			      (s->toks[pos - 1].flags & TOK_WORD) && !s->info[pos - 1].roles) &&
			    /* "..., a move that Moon called reckless": back
			     * from the head, the "that" of a relative clause
			     * on a noun that names the act told before ends
			     * no search */
			    !(!forward && (x->kind == LEX_EL_WORD || x->kind == LEX_EL_SYNSET) && pos > 2 &&
			      head_is(s, (size_t)pos, "that") && clause_resumes_act(s, (size_t)pos - 3)))
				return 0;
			if (!(forward && (size_t)pos <= free_until))
				gap++;
			pos += forward ? 1 : -1;
		}
		if (!found)
			return 0;
		max_gap = TARGET_GAP;
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

/* "The Houthis, backed by Iran, attacked", "Lavrov, speaking in
 * Beijing, accused": a participle that opens an aside after its
 * clause's actor ends at the comma that closes it, before the main
 * verb; its pattern reaches no further.  The end of p's words, at
 * most `end`. */
static size_t aside_end(const struct sent *s, const struct pred *p, size_t end)
{
	int32_t mi;
	size_t j;

	if (p->kind != LEX_VERB || p->group != p->head || p->group < 2 ||
	    !is_punct(s, p->group - 1, ',') || (mi = s->info[p->group - 2].mention) < 0 ||
	    s->ments[mi].after_prep)
		return end;
	for (j = p->end + 1; j + 1 < end; j++)
		if (is_punct(s, j, ','))
			return s->info[j + 1].verb && s->info[j + 1].mention < 0 &&
			       past_form(s, j + 1) && !(s->info[j + 2 < s->n ? j + 2 : j].roles & R_BY) ?
			       j : end;
	return end;
}

/* "Strikes claimed by the Houthis struck two Saudi oil plants": a
 * participle with its agent right after it describes the noun before it,
 * and the verb after the agent is the clause's own; its words are no part
 * of the participle's pattern ("claimed * &ev_attack_n" does not reach
 * "struck").  The token where p's patterns stop, within END. */
static size_t participle_end(const struct sent *s, const struct pred *p, size_t end)
{
	const struct mention *m;
	size_t j;

	if (p->kind != LEX_VERB || !p->passive || p->group != p->head || p->by_agent < 0 ||
	    p->end + 1 >= s->n || !(s->info[p->end + 1].roles & R_BY))
		return end;
	m = &s->ments[p->by_agent];
	for (j = m->tok + m->n_tok; j < end; j++)
		if (s->info[j].verb && s->info[j].mention < 0)
			return j;
	return end;
}

/* Whether p's subject is parted from p's verb group by an aside
 * between commas (", speaking in Seoul,", ", which signed the accord,"):
 * a comma right after the subject's list and right before the group,
 * with no full clause break between. */
static int subject_aside(const struct sent *s, const struct pred *p)
{
	const struct mention *m = &s->ments[p->subject];
	size_t se = list_end(s, m), j;

	if (se >= p->group || p->group < 2 || !is_punct(s, se, ',') ||
	    !is_punct(s, p->group - 1, ',') || p->group - se > 16)
		return 0;
	for (j = se + 1; j + 1 < p->group; j++)
		if (is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			return 0;
	return 1;
}

/* Match a pattern around its head; pat_choose() asks pattern_possible() first. */
static int try_pattern(const dyad_lexicon *lex, const struct sent *s,
		       const struct pred *p, const struct lex_pattern *pat,
		       size_t clause_start, size_t clause_end, struct match_result *r)
{
	const struct lex_elem *el = &lex->elems.v[pat->el_off];
	int32_t agent = p->kind == LEX_VERB && p->passive ? p->by_agent : -1;
	uint32_t code = pat->code != LEX_NONE ? pat->code : lex->classes.v[pat->cls].code;
	size_t h, skip_end = 0;

	for (h = 0; h < pat->n_el && el[h].kind != LEX_EL_HEAD; h++)
		;
	/* "+ be * to ^ $ ^ &b_blacklist" is a passive: "it was adding
	 * Huawei to its entity list" is the progressive of an active verb,
	 * whose subject acts, so a "be" right before the head does not
	 * match a head in "-ing" */
	if (h && p->kind == LEX_VERB && el[h - 1].kind == LEX_EL_WORD &&
	    !strcmp(lex_word_str(lex, el[h - 1].id), "be") && head_ends_ing(s, p->head))
		return 0;
	r->target = r->source = -1;
	r->last = p->end;
	/* "Putin flew to Alaska", "Xi arrived in Florida": a visit is made
	 * to the state of a place the dictionaries name only as a place */
	r->to_place = code != LEX_NONE && code != LEX_CODE_NULL &&
		      !strcmp(lex_code_str(lex, code), "042");
	/* "agreed at their first summit, held in Geneva on Wednesday, to
	 * begin talks": a pattern's "to" right after the head is the "to"
	 * of the infinitive agreed past the adverbial phrases between
	 * (clause.c, clause_agreed_across()), however far it sits */
	if (p->agreed_to && h + 1 < pat->n_el && el[h + 1].kind == LEX_EL_WORD &&
	    !strcmp(lex_word_str(lex, el[h + 1].id), "to")) {
		if (!match_side(lex, s, el + h + 1, pat->n_el - h - 1, p->agreed_to,
				aside_end(s, p, clause_end), 1, agent, 0, r))
			return 0;
	} else if (!match_side(lex, s, el + h + 1, pat->n_el - h - 1, p->end + 1,
			       participle_end(s, p, aside_end(s, p, clause_end)), 1, agent, 0,
			       r)) {
		return 0;
	}
	/* a verb joined by "and" to one before ("met ... and agreed"):
	 * between the two lie that verb's phrases, not its subject */
	if (p->kind == LEX_VERB && p->coord >= 0 && p->group > 0 &&
	    (s->info[p->group - 1].roles & R_CONJ))
		skip_end = p->group;
	/* words before the head are sought before its verb group, then,
	 * failing that, inside it ("would not rule out": "not *") */
	if (h) {
		struct match_result fwd = *r;
		if (!match_side(lex, s, el, h, p->group ? p->group - 1 : 0, clause_start, 0, agent,
				skip_end, r)) {
			*r = fwd;
			if (p->head > p->group &&
			    match_side(lex, s, el, h, p->head - 1, clause_start, 0, agent, 0, r))
				return 1;
			*r = fwd;
			/* "Russian and Ukrainian delegations held talks ...,
			 * agreeing to exchange prisoners": a participle after
			 * a comma that shares the main clause's subject finds
			 * the words before its head at that subject; so does a
			 * verb joined by "and" ("held talks with Putin and
			 * received Russia's highest award from him") */
			if ((p->anchor >= 0 ||
			     /* (the subject alone as the one the act befalls,
			      * not a pair's "$ and +" the first verb had) */
			     (p->kind == LEX_VERB && p->coord >= 0 && h == 1 &&
			      el[0].kind == LEX_EL_TARGET)) &&
			    p->subject >= 0 && pre_has_target(el, h) &&
			    s->ments[p->subject].tok + s->ments[p->subject].n_tok <= p->group &&
			    match_side(lex, s, el, h,
				       s->ments[p->subject].tok + s->ments[p->subject].n_tok - 1,
				       clause_start, 0, agent, 0, r))
				return 1;
			*r = fwd;
			/* "a move that South Korean President Moon Jae-in,
			 * speaking at an emergency cabinet meeting, called
			 * reckless", "a decision that Britain, France and
			 * Germany, which also signed the accord, said they
			 * regretted": an aside between commas that parts the
			 * subject from its verb is passed over; the words
			 * before the head are sought from the subject back */
			if (p->kind == LEX_VERB && p->subject >= 0 && !pre_has_target(el, h) &&
			    subject_aside(s, p) &&
			    match_side(lex, s, el, h,
				       s->ments[p->subject].tok + s->ments[p->subject].n_tok - 1,
				       clause_start, 0, agent, 0, r))
				return 1;
			*r = fwd;
			return 0;
		}
	}
	if (h && p->group == 0)
		return 0;
	return 1;
}

/* "Mexico recalled its ambassador from China, apologising to Germany",
 * "attacked Turkey on Monday, threatening Venezuela with sanctions": a
 * participle right after a comma opens a clause of its own, whose words
 * ("to Germany", "with sanctions") are no part of a pattern before it,
 * unless the pattern names the participle (not the prepositions in
 * "-ing": "..., including citizens of"). */
static int participle_clause_at(const struct sent *s, size_t j)
{
	static const char *const preps[] = { "including", "following", "according", "excluding",
					     "regarding", "concerning", "involving", "notably",
					     NULL };

	return j > 0 && j < s->n && is_punct(s, j - 1, ',') && s->info[j].verb &&
	       s->info[j].mention < 0 && head_ends_ing(s, j) && !head_is_any(s, j, preps);
}

/* Whether a phrase of two or more words in set `set` starts with the
 * very word at token `at` ("bowing to" of &a2_pressure). */
static int set_phrase_at(const dyad_lexicon *lex, const struct sent *s, size_t at,
			 uint32_t set)
{
	uint32_t m;
	size_t k;

	for (m = lex_set_member(lex, set, s->info[at].word); m != LEX_NONE;
	     m = lex->members.v[m].next_same) {
		const struct lex_member *mb = &lex->members.v[m];
		for (k = 1; k < mb->n && at + k < s->n; k++) {
			uint32_t w = lex->pool.v[mb->off + k], id = w & ~LEX_EXACT_BIT;
			const struct tokinfo *ti = &s->info[at + k];
			if (ti->word != id &&
			    ((w & LEX_EXACT_BIT) || (ti->nlemma != id && ti->vlemma != id)))
				break;
		}
		if (mb->n >= 2 && k == mb->n)
			return 1;
	}
	return 0;
}

/* Whether pattern pat names the participle at token `at` in its "-ing"
 * form ("defended Maduro ..., saying": * + ^ , saying), or a set's
 * phrase starts with it ("resigned, bowing to pressure from the army":
 * * ^ &a2_pressure +).  (A set's one word does not: "stop ... firing"
 * is no pattern of "halt" past the comma of "seized ballot boxes to
 * stop a referendum, firing rubber bullets at crowds".) */
static int names_participle(const dyad_lexicon *lex, const struct lex_pattern *pat,
			    const struct sent *s, size_t at)
{
	const struct lex_elem *el = &lex->elems.v[pat->el_off];
	size_t k, len;

	for (k = 0; k < pat->n_el; k++)
		if (el[k].kind == LEX_EL_SYNSET && set_phrase_at(lex, s, at, el[k].id))
			return 1;
		else if (el[k].kind == LEX_EL_WORD && word_at(s, at, &el[k])) {
			const char *w = lex_word_str(lex, el[k].id);
			len = strlen(w);
			if (len > 3 && !strcmp(w + len - 3, "ing"))
				return 1;
		}
	return 0;
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

/* The last resort for a noun none of its patterns codes in
 * pat_choose().  "the Trump-Kim summit", "U.S.-China trade talks": a noun
 * after two actors joined by a hyphen means that noun "between" the two,
 * so it takes its pattern of that shape ("trade * between $ and +"), the
 * pattern's words before the head being the last words before it.  Only
 * codes of talk and cooperation (01-08) are read so. */
/* Whether token I ends in "s", as a plural noun does ("frictions"). */
static int plural_after(const struct sent *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return len > 3 && t[len - 1] == 's' && t[len - 2] != 's';
}

/* How many of a pair pattern's n_pre words before its head match: the
 * words right before the noun ("U.S.-China trade talks": "trade *
 * between $ and +"), or, with none between the pair and the noun, the
 * words right before the pair ("the second round of U.S.-Iran talks":
 * "round of * between $ and +", the round being the pair's). */
static size_t pair_pre_words(const struct sent *s, const struct pred *p, size_t at,
			     size_t pair_tok, const struct lex_elem *el, size_t n_pre)
{
	size_t i = 0;

	if (n_pre <= p->head - at)
		for (i = 0; i < n_pre && word_at(s, p->head - n_pre + i, &el[i]); i++)
			;
	else if (at == p->head && n_pre <= pair_tok)
		for (i = 0; i < n_pre && word_at(s, pair_tok - n_pre + i, &el[i]); i++)
			;
	return i;
}

static int pair_pattern(const dyad_lexicon *lex, const struct sent *s, struct pred *p,
			struct match_result *best)
{
	size_t at = p->head, h, found_pre = 0;
	int32_t m;
	int found = 0;

	while (at > 0 && at + 3 > p->head && s->info[at - 1].mention < 0 &&
	       (s->toks[at - 1].flags & TOK_WORD) && !(s->toks[at - 1].flags & TOK_CAP) &&
	       !s->info[at - 1].roles)
		at--;
	if (at == 0 || (m = s->info[at - 1].mention) < 0 || !s->ments[m].pair)
		return 0;
	/* "U.S.-China trade frictions": a noun a bare noun (no verb's
	 * form) follows modifies it and is not the pair's */
	if (p->head + 1 < s->n && (s->toks[p->head + 1].flags & TOK_WORD) &&
	    !(s->toks[p->head + 1].flags & TOK_CAP) && s->info[p->head + 1].mention < 0 &&
	    !s->info[p->head + 1].roles && !s->info[p->head + 1].verb &&
	    s->info[p->head + 1].vlemma == LEX_NONE && plural_after(s, p->head + 1))
		return 0;
	if (m > 0 && s->ments[m - 1].tok == s->ments[m].tok)
		m--;
	else if ((size_t)m + 1 >= s->n_ments || s->ments[m + 1].tok != s->ments[m].tok)
		return 0;
	for (h = 0; h < p->n_heads; h++) {
		const struct lex_head *hd = &p->heads[h];
		const struct lex_class *cls = &lex->classes.v[hd->cls];
		long pe = pred_particles_at(lex, s, p->head, hd);
		uint32_t k;

		for (k = 0; pe >= 0 && k < cls->n_pats; k++) {
			const struct lex_pattern *pat = &lex->patterns.v[cls->pat_first + k];
			const struct lex_elem *el = &lex->elems.v[pat->el_off];
			size_t n_pre, i;
			uint32_t code;

			for (n_pre = 0; n_pre < pat->n_el && el[n_pre].kind == LEX_EL_WORD; n_pre++)
				;
			if (n_pre + 5 != pat->n_el || el[n_pre].kind != LEX_EL_HEAD ||
			    el[n_pre + 1].kind != LEX_EL_WORD ||
			    strcmp(lex_word_str(lex, el[n_pre + 1].id), "between") ||
			    el[n_pre + 2].kind != LEX_EL_SOURCE || el[n_pre + 3].kind != LEX_EL_WORD ||
			    strcmp(lex_word_str(lex, el[n_pre + 3].id), "and") ||
			    el[n_pre + 4].kind != LEX_EL_TARGET)
				continue;
			i = pair_pre_words(s, p, at, s->ments[m].tok, el, n_pre);
			code = pat->code != LEX_NONE ? pat->code : cls->code;
			/* "the Russia-Ukraine war", "the Israel-Hamas conflict":
			 * a war so named is the news's background, not news;
			 * words before the noun in the pattern make it news
			 * ("Thai-Cambodian border clashes": "border * between
			 * $ and +") */
			if (i < n_pre || code == LEX_NONE || code == LEX_CODE_NULL ||
			    (strncmp(lex_code_str(lex, code), "09", 2) >= 0 && !n_pre))
				continue;
			/* (the pattern with the most words wins across the
			 * noun's classes: "round of * between $ and +" over
			 * another file's bare "* between $ and +") */
			if (found && n_pre <= found_pre)
				continue;
			found = 1;
			found_pre = n_pre;
			p->end = (uint32_t)pe;
			best->head = hd;
			best->pat = pat;
			best->code = code;
			best->code2 = pat->code2;
			best->source = m;
			best->target = m + 1;
			best->last = (uint32_t)pe;
		}
	}
	return found;
}

/* "Iran is preparing to hold talks with Israel", "is preparing to send
 * troops": the readiness patterns of "prepare" (036, 0334 ...) are
 * written for the adjective "was prepared to", which the tagger reads as
 * the verb; "preparing to" is a plan, and the act it names is coded by
 * its infinitive, planned.  Whether p is such a "preparing"; its
 * patterns of intent (03) are then passed over. */
static int preparing_to(const struct sent *s, const struct pred *p)
{
	return p->kind == LEX_VERB && head_is(s, p->head, "prepare") && head_ends_ing(s, p->head);
}

static int intent_code(const dyad_lexicon *lex, uint32_t code)
{
	return code != LEX_NONE && !strncmp(lex_code_str(lex, code), "03", 2);
}

/* Choose head and pattern: the most specific pattern that matches.  A
 * word may be declared in several classes (a verb of two dictionary
 * files): the patterns of all its heads with the same particles are
 * tried, the heaviest first, before any class's default answers, so a
 * later file's specific pattern is not shadowed by an earlier file's
 * bare default.  Longer phrasal heads ("give up") still come before the
 * plain word ("give"). */
int pat_choose(struct dyad_coder *c, struct sent *s, struct pred *p,
	       struct match_result *best)
{
	return pat_choose_within(c, s, p, best, SIZE_MAX);
}

/* pat_choose(), with the pattern's words ending before token `limit`
 * ("Iran, which rejected a proposal from Israel last year, pledged":
 * the relative clause's verb chooses within it, at its closing comma). */
int pat_choose_within(struct dyad_coder *c, struct sent *s, struct pred *p,
		      struct match_result *best, size_t limit)
{
	const dyad_lexicon *lex = c->lex;
	size_t h, tier, clause_end = clause_end_of(s, p->head + 1), verb_at, j, part_at, lim;
	int preparing = preparing_to(s, p);

	if (limit < clause_end)
		clause_end = limit;
	verb_at = clause_end;
	for (part_at = p->head + 1; part_at < clause_end && !participle_clause_at(s, part_at + 1);
	     part_at++)
		;

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

	for (tier = 0; tier < p->n_heads; tier = h) {
		const struct lex_head *dflt = NULL;
		long best_pe = -1, dflt_pe = -1;
		int have = 0;

		for (h = tier; h < p->n_heads && p->heads[h].n_part == p->heads[tier].n_part; h++) {
			const struct lex_head *hd = &p->heads[h];
			const struct lex_class *cls = &lex->classes.v[hd->cls];
			uint32_t k;
			long pe = pred_particles_at(lex, s, p->head, hd);

			if (pe < 0)
				continue;
			if (!dflt && cls->code != LEX_NONE) {
				dflt = hd;
				dflt_pe = pe;
			}
			p->end = (uint32_t)pe;
			for (k = 0; k < cls->n_pats; k++) {
				const struct lex_pattern *pat;
				struct match_result r;
				if (have && lex->gates[cls->pat_first + k].weight <= best->pat->weight)
					break;
				if (!pattern_possible(lex, s, cls->pat_first + k))
					continue;
				pat = &lex->patterns.v[cls->pat_first + k];
				if (preparing &&
				    intent_code(lex, pat->code != LEX_NONE ? pat->code : cls->code))
					continue;
				lim = names_verb(lex, pat, s, verb_at) ? clause_end : verb_at;
				if (part_at < lim && !names_participle(lex, pat, s, part_at + 1))
					lim = part_at;
				if (!try_pattern(lex, s, p, pat, 0, lim, &r))
					continue;
				r.head = hd;
				r.pat = pat;
				r.code = pat->code != LEX_NONE ? pat->code : cls->code;
				r.code2 = pat->code2;
				*best = r;
				best_pe = pe;
				have = 1;
				break;
			}
		}
		if (have) {
			struct match_result pr;
			/* "an Erdogan-Biden meeting on the sidelines of the
			 * NATO summit": a noun after a hyphenated pair whose
			 * pattern names neither party ("* on the sidelines")
			 * is between the pair as its pair pattern says, both
			 * ways when that pattern is */
			if (p->kind == LEX_NOUN && best->code2 == LEX_NONE && best->source < 0 &&
			    best->target < 0 && pair_pattern(lex, s, p, &pr) && pr.code2 != LEX_NONE &&
			    !strncmp(lex_code_str(lex, pr.code), lex_code_str(lex, best->code), 2)) {
				best->code2 = best->code;
				best->source = pr.source;
				best->target = pr.target;
			}
			p->end = (uint32_t)best_pe;
			if (TRACING(c)) {
				const char *o = lex_str(lex, best->pat->origin), *slash = strrchr(o, '/');
				coder_tracef(c, "    pattern %s:%u matches \"%s\"",
					     slash ? slash + 1 : o, best->pat->line,
					     lex_str(lex, lex->classes.v[best->head->cls].label));
			}
			return 1;
		}
		/* "the Israel-Hamas ceasefire": the pair's pattern ("*
		 * between $ and +") before the class's default */
		if (dflt && p->kind == LEX_NOUN && pair_pattern(lex, s, p, best))
			return 1;
		if (dflt) {
			p->end = (uint32_t)dflt_pe;
			best->head = dflt;
			best->pat = NULL;
			best->code = lex->classes.v[dflt->cls].code;
			best->code2 = LEX_NONE;
			best->target = best->source = -1;
			best->last = (uint32_t)dflt_pe;
			return 1;
		}
	}
	return p->kind == LEX_NOUN && pair_pattern(lex, s, p, best);
}

/* Whether p's pattern names, before its head, a word that stands as a
 * negation inside p's verb group ("not" in "would not rule out") or
 * right before an infinitive's "to" ("vowed never to renounce"), or,
 * for an adjective read as a noun, right before it ("was not optimistic
 * about": the copula's "not"). */
int pat_names_negation(const dyad_lexicon *lex, const struct sent *s,
		       const struct pred *p)
{
	const struct lex_elem *el = &lex->elems.v[p->r.pat->el_off];
	size_t h, j, from = p->group;

	if (p->kind == LEX_NOUN && from == p->head)
		from = p->head >= 2 ? p->head - 2 : 0;
	/* "vowed never to renounce the use of force": an infinitive's
	 * negation stands before its "to", outside its group */
	if (p->kind == LEX_VERB && p->infinitive && from > 0 && (s->info[from - 1].roles & R_NEG))
		from--;
	for (h = 0; h < p->r.pat->n_el && el[h].kind != LEX_EL_HEAD; h++)
		if (el[h].kind == LEX_EL_WORD)
			for (j = from; j < p->head; j++)
				if ((s->info[j].roles & R_NEG) && word_at(s, j, &el[h]))
					return 1;
	return 0;
}

/* Whether a word of p's pattern, or a phrase of one of its sets, starts
 * at token j. */
int pat_names_word(const dyad_lexicon *lex, const struct sent *s,
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
