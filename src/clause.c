/*
 * clause.c - the shallow clause analysis.
 *
 * Gives each predicate its subject (the nearest mention before it that
 * is no preposition's object, carried through infinitives "agreed to
 * resume talks", coordination "met Lavrov and signed", relative clauses
 * and passives "was attacked by"), its reporter ("X said Y will visit
 * Z": X reports), the predicate it depends on, and the evidence of mode
 * found outside its verb group (opinion, denial, plans, conditions).
 * Also tells which events are only background: named to date or explain
 * another ("since the invasion", "after talks with").
 */
#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "coder_stages.h"

/* A lower-case adverb in -ly that plays no other part ("formally",
 * "reportedly"). */
static int ly_adverb(const struct sent *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return len > 4 && ends_with(t, len, "ly") && !(s->toks[i].flags & TOK_CAP) &&
	       !s->info[i].roles && s->info[i].mention < 0;
}

int clause_is_relative(const struct sent *s, size_t i)
{
	/* ("the Houthis, whom U.S. jets struck, vowed") */
	static const char *const relative[] = { "who", "whom", "which", NULL };

	return word_is_any(s, i, relative);
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
 * state named after "of" a noun for a state is the phrase's actor.  Not
 * a state a possessor owns ("Authorities in India's northeastern state
 * of Manipur imposed"): that is a province, a place. */
static int state_of(const struct sent *s, const struct mention *m)
{
	static const char *const q[] = { "nation", "country", "state", "kingdom", "republic",
					 "island", "islands", "archipelago", "emirate",
					 "sultanate", "principality", "monarchy", NULL };
	size_t k;

	if (!m->country || m->tok < 2 || !(s->info[m->tok - 1].roles & R_OF) ||
	    !word_is_any(s, m->tok - 2, q))
		return 0;
	for (k = m->tok - 2; k-- > 0 && k + 4 >= m->tok;) {
		if (s->info[k].roles & R_POSS)
			return 0;
		if (!(s->toks[k].flags & TOK_WORD) || s->info[k].roles)
			break;
	}
	return 1;
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

/* A noun for what someone said or wrote, which speaks for its owner:
 * "North Korea's statement accused", "her letter urged". */
static int voice_noun(const struct sent *s, size_t i)
{
	static const char *const voices[] = { "statement", "statements", "letter", "message",
					      "editorial", "commentary", "communique", "speech",
					      "remarks", "declaration", "announcement", "post",
					      NULL };

	return word_is_any(s, i, voices);
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

/* "Forces backing Libya's Tripoli-based government fought", "Rebel
 * soldiers trying to topple President Erdogan bombed": a mention that is
 * the object of an -ing participle (or of the infinitive it governs)
 * right after another name describes that name, which is the subject;
 * else `mi`, m's index. */
static int32_t participle_head(const struct sent *s, const struct mention *m, int32_t mi)
{
	/* ("Chechen gunmen holding about 700 hostages threatened": the
	 * words that put a figure on the object are its, no clause's) */
	static const char *const about[] = { "about", "around", "some", "nearly", "almost",
					     "roughly", "approximately", "over", "more", "than",
					     "least", NULL };
	long j;
	size_t len;
	const char *t;

	for (j = (long)m->tok - 1; j > 0 && j + 8 > (long)m->tok; j--) {
		if (s->info[j].mention >= 0 || (s->info[j].roles & (R_DET | R_POSS)))
			continue;
		if (word_is_any(s, (size_t)j, about) ||
		    (head_is(s, (size_t)j, "at") && j + 1 < (long)s->n && word_is_any(s, (size_t)j + 1, about)))
			continue;
		if (s->info[j].verb) {
			if (j >= 3 && (s->info[j - 1].roles & R_TO) && s->info[j - 2].verb &&
			    s->info[j - 2].mention < 0)
				j -= 2;
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

/* "Russian shelling killed three civilians", "protesters demanding
 * reform clashed with police": an "-ing" form with no verb group of its
 * own right after an actor is a noun or a participle of that actor's
 * phrase, not a clause; the subject search goes on past it to the
 * actor. */
static int gerund_after_actor(const struct sent *s, const struct pred *q)
{
	int32_t mi;

	if (q->group != q->head || q->head == 0 || !head_ends_ing(s, q->head) ||
	    (mi = s->info[q->head - 1].mention) < 0)
		return 0;
	return s->ments[mi].tok + s->ments[mi].n_tok == q->head && !s->ments[mi].after_prep;
}

/* "Russian troops stationed in Belarus shelled", "North Korean soldiers
 * sent to Russia fought": a past participle with no verb group right
 * after an actor, a preposition after it, describes that actor; a verb
 * after it in the same clause has that actor as its subject. */
static int reduced_participle(const struct sent *s, const struct pred *q, size_t verb)
{
	int32_t mi;
	size_t j;

	if (q->group != q->head || q->head == 0 || q->end + 1 >= s->n || !past_form(s, q->head) ||
	    (q->vroles & (V_SPEECH | V_OPINION)) ||
	    (mi = s->info[q->head - 1].mention) < 0 || !(s->info[q->end + 1].roles & R_PREP) ||
	    (s->info[q->end + 1].roles & R_BY))
		return 0;
	/* (the verb after it follows in the same clause, no comma between:
	 * "the Pentagon said on Friday, sharply increasing" is a finite
	 * "said") */
	/* (nor an infinitive: "Biden vowed on Thursday to hunt down") */
	for (j = q->end + 1; j < verb; j++)
		if ((s->toks[j].flags & TOK_PUNCT) ||
		    ((s->info[j].roles & R_TO) && j + 1 < s->n && s->info[j + 1].mention < 0 &&
		     !(s->info[j + 1].roles & (R_DET | R_POSS)) &&
		     /* ("peacekeepers deployed to northern Kosovo
		      * clashed": "to" before a place's adjective) */
		     !(j + 2 < s->n && s->info[j + 2].mention >= 0 && !s->info[j + 1].verb)))
			return 0;
	/* ("if its military rulers agreed to a transition": after a
	 * subordinator the actor has its finite verb) */
	for (j = s->ments[mi].tok; j > 0 && (s->info[j - 1].roles & R_DET) &&
	     !(s->info[j - 1].roles & (R_SUB | R_IF)) && s->info[j - 1].mention < 0; j--)
		;
	if (j > 0 && (s->info[j - 1].roles & (R_SUB | R_IF)))
		return 0;
	return s->ments[mi].tok + s->ments[mi].n_tok == q->head && !s->ments[mi].after_prep &&
	       s->ments[mi].kind != M_PRONOUN;
}

/* "Missiles launched at Kyiv overnight were intercepted by Ukrainian air
 * defences": a past participle right after a plural that is no actor,
 * a preposition after it, and a passive verb group at `verb` later in
 * the same clause, describes that plural; the passive is the clause's
 * verb, and its agent no doer of the participle. */
static int plural_participle(const struct sent *s, const struct pred *q, size_t verb)
{
	size_t j;

	if (q->group != q->head || q->head == 0 || q->end + 1 >= verb || !past_form(s, q->head) ||
	    (q->vroles & (V_SPEECH | V_OPINION)) || s->info[q->head - 1].mention >= 0 ||
	    !plural_form(s, q->head - 1) || !(s->info[q->end + 1].roles & R_PREP))
		return 0;
	for (j = q->end + 1; j < verb; j++)
		if ((s->toks[j].flags & TOK_PUNCT) || (s->info[j].roles & (R_SUB | R_IF | R_CONJ)))
			return 0;
	return 1;
}

/* "Protesters demanding the resignation of Sheikh Hasina stormed her
 * residence", "cardinals meeting in the Sistine Chapel elected": an
 * "-ing" participle with no verb group right after the actor that
 * opens the sentence, with the finite verb at `verb` after it in the
 * same clause (no punctuation or subordinator between), describes that
 * actor; the verb at `verb` is the actor's own. */
static int ing_participle(const struct sent *s, const struct pred *q, size_t verb)
{
	int32_t mi;
	size_t j;

	if (!gerund_after_actor(s, q) || q->end + 1 >= verb)
		return 0;
	mi = s->info[q->head - 1].mention;
	if (s->ments[mi].kind == M_PRONOUN)
		return 0;
	for (j = s->ments[mi].tok; j > 0 && (s->info[j - 1].roles & R_DET) &&
	     !(s->info[j - 1].roles & R_POSS) && s->info[j - 1].mention < 0; j--)
		;
	if (!opens_clause(s, j))
		return 0;
	for (j = q->end + 1; j < verb; j++)
		if ((s->toks[j].flags & TOK_PUNCT) || (s->info[j].roles & (R_SUB | R_IF | R_CONJ)) ||
		    s->info[j].verb)
			return 0;
	return 1;
}

/* Whether "by" at token BY leads to an agent ("hosted by Anwar",
 * "backed by the profits from"), not to a bare means ("The head of the
 * SVR, Sergei Naryshkin, spoke by phone with": after an apposition
 * "spoke by phone" is no passive). */
static int by_actor(const struct sent *s, size_t by)
{
	size_t len;
	const char *t;

	if (by + 1 >= s->n || s->info[by + 1].mention >= 0 || !(s->toks[by + 1].flags & TOK_WORD) ||
	    (s->info[by + 1].roles & (R_DET | R_POSS)) || (s->toks[by + 1].flags & TOK_NUM))
		return 1;
	t = tok_text(s, by + 1, &len);
	return !(t[0] >= 'a' && t[0] <= 'z');
}

/* "Lavrov, speaking in Beijing on Tuesday, accused", "Modi, on a visit
 * to Moscow, met", "Guterres, in a statement, urged": an aside between
 * commas right after the actor that opens the clause, led by a
 * participle or a preposition, is passed over to that actor.  The token
 * of the comma that opens the aside closed by the comma at `comma`, or
 * -1. */
static long aside_before(const struct sent *s, size_t comma)
{
	long q, first;
	const struct mention *m;
	int relative = 0, actors = 0, marked;

	for (q = (long)comma - 1; q > 0 && comma - (size_t)q <= 16; q--) {
		if (is_punct(s, (size_t)q, ','))
			break;
		if (s->info[q].mention >= 0)
			actors = 1;
		if (clause_is_relative(s, (size_t)q) || head_is(s, (size_t)q, "that"))
			relative = 1;
		else if (clause_break(s, (size_t)q) && !(s->info[q].roles & R_SUB))
			return -1;
	}
	/* ("Her statement, carried by state media, accused": a participle
	 * on what its owner said) */
	if (q >= 2 && is_punct(s, (size_t)q, ',') && (size_t)q + 1 < comma && !relative &&
	    s->info[q + 1].mention < 0 && s->info[q - 1].mention < 0 && voice_noun(s, (size_t)q - 1) &&
	    (s->info[q - 2].roles & R_POSS) && past_form(s, (size_t)q + 1)) {
		long w = s->info[q - 2].mention >= 0 ? q - 2 : q - 3;
		if (w >= 0 && s->info[w].mention >= 0 &&
		    opens_clause(s, s->ments[s->info[w].mention].tok))
			return q;
		return -1;
	}
	if (q < 1 || !is_punct(s, (size_t)q, ',') || (size_t)q + 1 >= comma ||
	    s->info[q + 1].mention >= 0 || s->info[q - 1].mention < 0)
		return -1;
	/* ("Sergei Lavrov, Russia's foreign minister since 2004, met": an
	 * apposition the matcher marked is passed over whatever it holds) */
	marked = s->info[q].aside && s->info[comma].aside;
	/* ("The CNSP, the junta that seized power in Niger this week,
	 * suspended": an apposition with a relative clause, whose actors
	 * the matcher dropped; an aside with actors is left alone) */
	if (!marked && relative &&
	    (actors || !(s->info[q + 1].roles & R_DET) || clause_is_relative(s, (size_t)q + 1)))
		return -1;
	/* ("The Houthis, backed by Iran, attacked": a participle with
	 * its agent) */
	/* ("Kim, having arrived in Vladivostok by train, met Putin") */
	if (!marked && !relative && !(s->info[q + 1].roles & R_PREP) &&
	    !(s->info[q + 1].verb && head_ends_ing(s, (size_t)q + 1)) &&
	    !head_is(s, (size_t)q + 1, "having") &&
	    !((size_t)q + 2 < comma && past_form(s, (size_t)q + 1) && (s->info[q + 2].roles & R_BY)))
		return -1;
	m = &s->ments[s->info[q - 1].mention];
	if (m->tok + m->n_tok != (uint32_t)q || m->after_prep)
		return -1;
	/* ("A senior Iranian official, speaking on condition of anonymity,
	 * said": past the determiner and the adjectives before the actor) */
	for (first = (long)m->tok; first > 0 && s->info[first - 1].mention < 0 &&
				   ((s->info[first - 1].roles & R_DET) ||
				    (first >= 2 && is_modifier(s, (size_t)first - 1) &&
				     (s->info[first - 2].roles & R_DET)));
	     first--)
		;
	/* (", and Putin, speaking at a meeting of his Security Council,
	 * warned": a subject after ", and" opens its clause too) */
	return opens_clause(s, (size_t)first) ||
	       (first >= 2 && (s->info[first - 1].roles & R_CONJ) && is_punct(s, (size_t)first - 2, ',')) ?
	       q : -1;
}

/* "Israel's strike on Iran drew criticism from China", "North Korea's
 * missile launch drew a rebuke": whether an event noun the lexicon
 * knows heads the phrase at f (past modifiers), before `from`; its
 * possessor is who did what the clause reacts to. */
static int event_noun_at(const struct sent *s, const struct pred *preds, size_t n_preds,
			 size_t f, size_t from)
{
	/* "drew a rebuke", "sparked outrage": what the subject names is
	 * its possessor's act, whatever the noun ("missile launch") */
	static const char *const stirs[] = { "drew", "draws", "sparked", "sparks", "triggered",
					     "triggers", "provoked", "provokes", "angered",
					     "angers", "infuriated", "infuriates", "incurred",
					     NULL };
	size_t j, k;

	/* ("Ukraine's bid was rejected by a court": in the passive the
	 * act is done to the noun, not by its possessor) */
	if (from < s->n && (s->info[from].roles & R_BE))
		return 0;
	for (j = f; j < from && j < f + 3; j++) {
		if (s->info[j].mention >= 0)
			return 0;
		for (k = 0; k < n_preds; k++)
			if (preds[k].kind == LEX_NOUN && preds[k].head == j)
				return 1;
		if (j + 1 == from && (s->toks[j].flags & TOK_WORD) && !s->info[j].roles &&
		    word_is_any(s, from, stirs))
			return 1;
		if (!is_modifier(s, j))
			return 0;
	}
	return 0;
}

/* "Sweden's prime minister said ..., and he accused Moscow": a "he"
 * or "she" at token j no mention resolves, opening a clause joined by
 * "and", stands for the person or office holder who opens the sentence
 * as its subject.  That mention, or -1. */
static int32_t joined_he(const struct sent *s, size_t j)
{
	static const char *const singular[] = { "he", "she", NULL };
	size_t k;

	if (j < 2 || !word_is_any(s, j, singular) || !(s->info[j - 1].roles & R_CONJ))
		return -1;
	for (k = 0; k < j; k++) {
		const struct mention *m;
		if (s->info[k].mention < 0) {
			if (s->info[k].verb || clause_break(s, k))
				return -1;
			continue;
		}
		m = &s->ments[s->info[k].mention];
		if (m->after_prep || m->kind == M_PRONOUN || !m->code ||
		    !(m->person || political_role(m->code)))
			return -1;
		k = m->tok + m->n_tok;
		/* the sentence's subject: its verb comes next */
		return k < s->n && s->info[k].verb ? s->info[m->tok].mention : -1;
	}
	return -1;
}

/* "Fighting broke out, with Armenia and Azerbaijan accusing each other
 * of opening fire": in "with X V-ing", X acts.  The first member of the
 * list right before the gerund p, when "with" opens it; else -1. */
static int32_t with_subject_at(const struct sent *s, size_t ing);

static int32_t with_subject(const struct sent *s, const struct pred *p)
{
	if (p->group != p->head)
		return -1;
	return with_subject_at(s, p->head);
}

/* The same for the -ing word at token ing, predicate or not ("with
 * Washington agreeing to cut tariffs": the one who cuts). */
static int32_t with_subject_at(const struct sent *s, size_t ing)
{
	static const char *const with[] = { "with", NULL };
	/* ("with Oman again acting as mediator") */
	static const char *const again[] = { "again", "also", "once", "still", NULL };
	size_t at = ing;        /* the gerund, or the adverb before it */
	int32_t mi;
	long j;

	if (ing >= 3 && word_is_any(s, ing - 1, again) && s->info[ing - 2].mention >= 0)
		at = ing - 1;
	if (at < 2 || !head_ends_ing(s, ing) || (mi = s->info[at - 1].mention) < 0)
		return -1;
	for (j = (long)at - 1; j >= 0; j--) {
		int32_t o = s->info[j].mention;
		if (o >= 0 && s->ments[o].group == s->ments[mi].group) {
			mi = o;
			j = (long)s->ments[o].tok;
			continue;
		}
		if (!(s->info[j].roles & (R_CONJ | R_DET)) && !is_punct(s, (size_t)j, ','))
			break;
	}
	return j >= 0 && word_is_any(s, (size_t)j, with) ? mi : -1;
}

/* "became the first U.S. president to visit Kyiv": m is named as the
 * first, last or only one to do what follows, which is done, not
 * planned. */
static int record_holder(const struct sent *s, const struct mention *m)
{
	static const char *const firsts[] = { "first", "last", "only", "second", "third", NULL };
	long j;

	for (j = (long)m->tok - 1; j >= 0 && (long)m->tok - j <= 4; j--) {
		if (word_is_any(s, (size_t)j, firsts))
			return 1;
		if (!(s->info[j].roles & R_DET) && !is_modifier(s, (size_t)j) && !s->info[j].verb)
			return 0;
	}
	return 0;
}

/* "Hamas gunmen who burst out of Gaza on Saturday killed", "fighters who
 * stormed the kibbutz slaughtered": the verb Q met going left from a
 * finite verb opens a subject relative clause right after a mention (no
 * comma between), whose antecedent is the later verb's subject too.
 * The antecedent's index, or -1. */
static int32_t clause_relative_antecedent(const struct sent *s, const struct pred *q,
					  size_t from)
{
	static const char *const rel[] = { "who", "that", "which", NULL };
	long j = (long)q->group - 1;
	int32_t mi;

	if (head_ends_ing(s, from) || q->passive)
		return -1;
	for (; j >= 1 && (s->info[j].roles & (R_HAVE | R_BE | R_NEG | R_DO)); j--)
		;
	if (j < 1 || !word_is_any(s, (size_t)j, rel) || (mi = s->info[j - 1].mention) < 0)
		return -1;
	/* (an actor, not a place or a possessor: "in Gaza that") */
	if (s->ments[mi].after_prep || s->ments[mi].kind == M_PRONOUN ||
	    (s->info[j - 1].roles & R_POSS))
		return -1;
	return mi;
}

/* "Gunmen dressed as traditional Dozo hunters killed", "militants
 * disguised as soldiers stormed": "as" after a past participle right
 * after a mention names a guise, not a clause of its own. */
static int clause_guise_as(const struct sent *s, size_t j)
{
	size_t len;
	const char *t;

	if (j < 2 || !head_is(s, j, "as") || s->info[j - 2].mention < 0)
		return 0;
	t = tok_text(s, j - 1, &len);
	return (s->toks[j - 1].flags & TOK_WORD) && len > 4 && !strncmp(t + len - 2, "ed", 2);
}

/* The nearest mention left of `from` that can be a subject. */
/* "a magnitude 7.8 earthquake that struck southern Turkey and northern
 * Syria killed", "the militants who attacked the base fled": mention m is
 * the object of a subject relative clause's verb, and the clause's
 * antecedent, not m, is the subject of the verb after it.  The token of
 * the relative pronoun, or -1. */
static long relative_clause_object(const struct sent *s, const struct mention *m)
{
	static const char *const rel[] = { "that", "which", "who", NULL };
	long j = (long)m->tok - 1;
	int steps = 0;

	/* back over m's list and the object's modifiers to the verb */
	while (j >= 0 && steps < 8 && !s->info[j].verb) {
		if (s->info[j].mention < 0 && !(s->info[j].roles & (R_CONJ | R_DET)) &&
		    !is_punct(s, (size_t)j, ',') && !(s->toks[j].flags & TOK_NUM) &&
		    !((s->toks[j].flags & TOK_WORD) && !s->info[j].roles))
			return -1;
		/* ("said on Wednesday that tests showed Navalny had been":
		 * a past form between is a verb of its own) */
		if (s->info[j].mention < 0 && past_form(s, (size_t)j))
			return -1;
		/* ("drones that entered Polish airspace overnight, and
		 * Prime Minister Donald Tusk asked": ", and" after a word no
		 * list member ends joins clauses, not objects) */
		if ((s->info[j].roles & R_CONJ) && j >= 2 && is_punct(s, (size_t)j - 1, ',') &&
		    s->info[j - 2].mention < 0)
			return -1;
		j--;
		steps++;
	}
	if (j < 2 || !s->info[j].verb)
		return -1;
	for (j--; j >= 1 && (s->info[j].roles & (R_HAVE | R_BE | R_NEG | R_DO)); j--)
		;
	if (j < 1 || !word_is_any(s, (size_t)j, rel))
		return -1;
	/* (a noun or a name before the pronoun: "said that" opens a
	 * complement) */
	if (s->info[j - 1].verb || (s->info[j - 1].mention < 0 && s->info[j - 1].roles) ||
	    !(s->toks[j - 1].flags & TOK_WORD) || weekday(s, (size_t)j - 1))
		return -1;
	return j;
}

/* "Russia, Peskov said, is ready", "Putin, the Kremlin said on Wednesday,
 * would not travel", "North Korean troops, Seoul's spy agency said, have
 * been sent": an attribution set between commas after a fronted subject,
 * before its verb.  The speaker and its speech verb (with the time or
 * the outlet after it) say nothing themselves of who acts.  Given the
 * closing comma, the opening one, or -1.  The aside must open with the
 * speaker's mention (past a determiner), whose last word the speech verb
 * follows, and the opening comma must close a mention: the subject. */
long clause_said_aside(const struct sent *s, size_t comma)
{
	long q, v = -1;
	size_t f;
	const struct mention *m;

	if (comma + 1 >= s->n || s->info[comma + 1].mention >= 0 ||
	    (s->info[comma + 1].roles & (R_SUB | R_CONJ | R_PREP | R_BUT | R_IF)))
		return -1;
	for (q = (long)comma - 1; q > 0 && comma - (size_t)q <= 14; q--) {
		if (is_punct(s, (size_t)q, ','))
			break;
		if (s->info[q].verb && (s->info[q].vroles & V_SPEECH) && s->info[q].mention < 0)
			v = q;
		else if (clause_break(s, (size_t)q) || head_is(s, (size_t)q, "that"))
			return -1;
	}
	if (q < 1 || v < 0 || !is_punct(s, (size_t)q, ',') || s->info[q - 1].mention < 0)
		return -1;
	for (f = (size_t)q + 1; f < (size_t)v && s->info[f].mention < 0 &&
				(s->info[f].roles & R_DET); f++)
		;
	if (s->info[f].mention < 0)
		return -1;
	m = &s->ments[s->info[f].mention];
	if (m->tok + m->n_tok != (uint32_t)v)
		return -1;
	return q;
}

/* "Trump and Kim Jong Un, who only months ago were trading insults,
 * shook hands", "Putin, speaking at a meeting of his Security
 * Council, warned": the opening comma of a relative clause or a
 * participle aside that ends at `comma` and hangs on the actor right
 * before it, or -1.  What it says of the actor is background; the
 * actor is the subject of the verb after `comma`. */
long clause_subject_aside(const struct sent *s, size_t comma)
{
	long q;
	size_t o;

	if (!is_punct(s, comma, ','))
		return -1;
	for (q = (long)comma - 1; q > 0 && comma - (size_t)q <= 20; q--)
		if (is_punct(s, (size_t)q, ',') || is_punct(s, (size_t)q, ';') ||
		    (s->info[q].roles & R_BUT))
			break;
	if (q < 1 || !is_punct(s, (size_t)q, ',') || (size_t)q + 2 >= comma ||
	    s->info[q - 1].mention < 0 || s->ments[s->info[q - 1].mention].after_prep)
		return -1;
	o = (size_t)q + 1;
	if (clause_is_relative(s, o) || head_is(s, o, "whose") || head_is(s, o, "having") ||
	    (s->info[o].verb && s->info[o].mention < 0 && head_ends_ing(s, o)))
		return q;
	return -1;
}

/* "a bombing at a market in Baghdad that killed 30 people": a
 * restrictive "that" (no comma) does not take a proper name of a place
 * for its antecedent, which names no one who acts; the noun before the
 * place's preposition does ("Islamic State, which"/"Russia, which" keep
 * theirs).  Whether the "that" at token J follows such a place. */
static int place_before_that(const struct sent *s, size_t j)
{
	const struct mention *m;

	if (j == 0 || s->info[j - 1].mention < 0)
		return 0;
	m = &s->ments[s->info[j - 1].mention];
	return m->kind == M_NAME && !m->person && m->after_prep && m->code &&
	       strlen(m->code) == 3;
}

/* "Israeli jets struck a Hamas compound, an attack that killed 12
 * people": "that" or "which" after an event noun set off by a comma
 * (", an attack that", ", a raid which") opens a relative clause on
 * that act, which names no actor; the actors before the comma are the
 * act's parties, not this verb's subject (act_relative_attack() finds
 * the attacker).  Whether the relative word at token J is such. */
static int appositive_act_relative(const struct sent *s, const struct pred *preds,
				   size_t n_preds, long j)
{
	long k, d;
	size_t q;

	if (j < 3 || (!head_is(s, (size_t)j, "that") && !head_is(s, (size_t)j, "which")) ||
	    s->info[j - 1].mention >= 0)
		return 0;
	for (q = 0; q < n_preds; q++)
		if (preds[q].kind == LEX_NOUN && preds[q].head == (uint32_t)(j - 1))
			break;
	if (q == n_preds)
		return 0;
	for (k = j - 2, d = 0; k > 0 && d < 3; k--, d++) {
		if (is_punct(s, (size_t)k, ','))
			return 1;
		if (s->info[k].mention >= 0 || !(s->toks[k].flags & TOK_WORD))
			return 0;
	}
	return 0;
}

/* "France, Britain and Canada were among the countries that recognised
 * Palestine": the relative word at J after "were among the countries"
 * has the subject of "were" for its antecedent (the list), who did what
 * the clause says.  That mention, or -1. */
static int32_t among_those_that(const struct sent *s, size_t j)
{
	static const char *const rel[] = { "that", "which", "who", NULL };
	static const char *const kinds[] = { "countries", "nations", "states", "governments",
					     "members", "ones", "parties", "allies", NULL };
	int32_t mi;

	if (j < 5 || !word_is_any(s, j, rel) || !word_is_any(s, j - 1, kinds) ||
	    !(s->info[j - 2].roles & R_DET) || !head_is(s, j - 3, "among") ||
	    !(s->info[j - 4].roles & R_BE) || (mi = s->info[j - 5].mention) < 0 ||
	    s->ments[mi].after_prep || (s->info[j - 5].roles & R_POSS))
		return -1;
	return mi;
}

int32_t clause_subject_left(const struct sent *s, const struct pred *preds,
			    size_t n_preds, size_t from)
{
	static const char *const forces[] = { "fighters", "forces", "troops", "militants",
					      "soldiers", "militiamen", "gunmen", "men", NULL };
	static const char *const nominative[] = { "he", "she", "they", "we", NULL };
	static const char *const adverbs[] = { "instead", "also", "later", "then", "quickly",
					       "swiftly", "immediately", "subsequently", "again",
					       "promptly", NULL };
	long j = (long)from - 1;
	int antecedent = 0;

	/* ("Trump, who had been urged to confront the Kremlin leader,
	 * instead praised him": an adverb between the aside's comma and
	 * the verb) */
	if (j >= 3 && word_is_any(s, (size_t)j, adverbs) && is_punct(s, (size_t)j - 1, ','))
		j--;
	/* "The ICC prosecutor, who criticized Russia, issued": a relative
	 * clause between commas right before the verb is passed over to
	 * its antecedent */
	if (j >= 2 && is_punct(s, (size_t)j, ',')) {
		long q;
		for (q = j - 1; q > 0 && !is_punct(s, (size_t)q, ','); q--) {
			/* ("Starmer, whose government has sent ...,
			 * met") */
			if ((clause_is_relative(s, (size_t)q) || head_is(s, (size_t)q, "whose")) &&
			    is_punct(s, (size_t)q - 1, ',')) {
				j = q - 2;
				break;
			}
			/* ("Hamas, which has ruled Gaza since 2007,
			 * rejected": a subordinator inside goes on) */
			if (clause_break(s, (size_t)q) && !(s->info[q].roles & R_SUB))
				break;
		}
		if (j == (long)from - 1 && (q = aside_before(s, (size_t)j)) >= 0)
			j = q - 1;
		else if (j == (long)from - 1 && (q = clause_said_aside(s, (size_t)j)) >= 0)
			j = q - 1;
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
			/* ("detained more than 1,300 people across Russia on
			 * Wednesday who protested": a place a "who" follows
			 * is no one; the people before it are) */
			if (antecedent == 2 && m->after_prep && m->code && strlen(m->code) == 3 &&
			    m->kind == M_NAME && !m->person) {
				j = (long)m->tok - 1;
				continue;
			}
			if (antecedent && !poss)
				return ti->mention;
			/* "fired tear gas at supporters marching against
			 * Maduro": people a preposition governs do what the
			 * gerund right after them says */
			/* (not in an absolute "with" clause: "with both
			 * leaders praising their ties" is with_subject's) */
			if (m->after_prep && m->kind == M_AGENT && after == from && !poss &&
			    head_ends_ing(s, from) && plural_form(s, after - 1) && m->tok > 0) {
				long w = (long)m->tok - 1;
				while (w > 0 && (s->info[w].roles & R_DET) && !(s->info[w].roles & R_POSS))
					w--;
				if (!head_is(s, (size_t)w, "with"))
					return ti->mention;
			}
			/* "its fighters had seized", "Islamic State's fighters",
			 * "Islamic State's local branch claimed": the possessor
			 * of fighters or of a branch no mention names acts. */
			/* (not a place's: "an explosion at Beirut's port
			 * killed" names no one who acts) */
			if (poss && (ti->roles & R_POSS || after < s->n) && m->kind != M_AGENT &&
			    !(m->after_prep && (m->prep_roles & R_LOC))) {
				size_t f = (ti->roles & R_POSS) ? after : after + 1;
				if (f + 1 <= (size_t)from && f < s->n && s->info[f].mention < 0 &&
				    word_is_any(s, f, forces))
					return ti->mention;
				if (f + 1 < (size_t)from && s->info[f].mention < 0 && !s->info[f].roles &&
				    part_noun(s, f + 1) && s->info[f + 1].mention < 0)
					f++;
				if (f < (size_t)from && f < s->n && s->info[f].mention < 0 && part_noun(s, f))
					return ti->mention;
				/* "North Korea's statement accused", "Her
				 * statement, carried by state media, accused",
				 * "Kim's New Year speech praised": the owner of
				 * what was said speaks (past two modifiers) */
				for (k = f; k < (size_t)from && k < f + 2 && s->info[k].mention < 0 &&
					    (s->toks[k].flags & TOK_WORD) && !s->info[k].roles &&
					    !voice_noun(s, k); k++)
					;
				if (k < (size_t)from && s->info[k].mention < 0 && voice_noun(s, k) &&
				    k + 1 < s->n && !(s->info[k + 1].roles & R_OF))
					return ti->mention;
				/* (a name's "'s" only: "its air defences had shot
				 * down" are the defences' act) */
				if (!(ti->roles & R_POSS) && event_noun_at(s, preds, n_preds, f, from))
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
			if (!antecedent && !poss) {
				long rp = relative_clause_object(s, m);
				if (rp >= 0) {
					j = rp - 1;
					antecedent = 1;
					continue;
				}
			}
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
		if (appositive_act_relative(s, preds, n_preds, j))
			return -1;
		{
			int32_t among = among_those_that(s, (size_t)j);
			if (among >= 0)
				return among;
		}
		/* "Lim, who met Trump": the antecedent; "that" only right
		 * after an actor ("Russian drones that entered Polish
		 * airspace"), as "said that" opens a complement. */
		if (clause_is_relative(s, (size_t)j) ||
		    (j > 0 && s->info[j - 1].mention >= 0 && head_is(s, (size_t)j, "that") &&
		     !(s->info[j + 1].roles & R_PRON) && !place_before_that(s, (size_t)j))) {
			static const char *const persons[] = { "who", "whom", NULL };
			antecedent = word_is_any(s, (size_t)j, persons) ? 2 : 1;
			j--;
			if (j >= 0 && is_punct(s, (size_t)j, ','))
				j--;
			continue;
		}
		if (clause_break(s, (size_t)j) && !clause_guise_as(s, (size_t)j))
			return -1;
		/* "Sweden's prime minister said Russia had tried to
		 * interfere, and he accused Moscow": a subject pronoun no
		 * mention resolves is the subject all the same, unknown, and
		 * no name before it */
		if ((s->info[j].roles & R_PRON) && word_is_any(s, (size_t)j, nominative))
			return joined_he(s, (size_t)j);
		/* "rebels backed by Turkey captured": a participle with its
		 * agent right after a name describes that name */
		/* ("A U.N. inquiry led by Richard Goldstone accused": so
		 * does one after a plain noun a name modifies) */
		if (j > 1 && (size_t)j + 1 < s->n &&
		    (s->info[j - 1].mention >= 0 ||
		     (s->info[j - 2].mention >= 0 && s->info[j - 1].mention < 0 &&
		      !s->info[j - 1].roles && !s->info[j - 1].verb &&
		      (s->toks[j - 1].flags & TOK_WORD))) &&
		    (s->info[j + 1].roles & R_BY) && past_form(s, (size_t)j)) {
			j--;
			continue;
		}
		if (j == 1 && (size_t)j + 1 < s->n && s->info[j - 1].mention >= 0 &&
		    (s->info[j + 1].roles & R_BY) && past_form(s, (size_t)j)) {
			j--;
			continue;
		}
		for (k = 0; k < n_preds; k++)
			if (preds[k].kind == LEX_VERB && preds[k].head == (uint32_t)j &&
			    !(preds[k].vroles & (V_PLAN | V_SPEC)) && !gerund_after_actor(s, &preds[k]) &&
			    !reduced_participle(s, &preds[k], from))
				return clause_relative_antecedent(s, &preds[k], from);
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
size_t clause_what_said(const struct sent *s, const struct mention *m)
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

/* The token after the last member of the list mention m opens ("China
 * and the European Union"): past "and", commas and determiners to each
 * next mention of m's group. */
static size_t list_end(const struct sent *s, const struct mention *m)
{
	size_t k = m->tok + m->n_tok, j;

	for (;;) {
		for (j = k; j < s->n && s->info[j].mention < 0 &&
			    ((s->info[j].roles & (R_CONJ | R_DET)) || is_punct(s, j, ',')); j++)
			;
		if (j == k || j >= s->n || s->info[j].mention < 0 ||
		    s->ments[s->info[j].mention].group != m->group)
			return k;
		k = s->ments[s->info[j].mention].tok + s->ments[s->info[j].mention].n_tok;
	}
}

/* Whether mention m is a body whose meeting "during" names ("tours were
 * suspended during APEC", "during the G20"): an occasion.  (A state
 * there owns an act, "during Russia's invasion".) */
static int occasion_of(const struct sent *s, const struct mention *m)
{
	static const char *const during[] = { "during", NULL };
	size_t j = m->tok;

	if (!m->code || strncmp(m->code, "IGO", 3))
		return 0;
	if (j > 0 && (s->info[j - 1].roles & R_DET) && s->info[j - 1].mention < 0)
		j--;
	return j > 0 && word_is_any(s, j - 1, during);
}

/* "annexed four regions, an act the United States condemned as
 * illegal", "pulled out of the deal, a decision that Britain, France and
 * Germany said they regretted": a noun after a comma that names the act
 * of the clause before it opens a clause about that act; whoever it
 * names reacts to the act and is none of its parties. */
int clause_act_noun(const struct sent *s, size_t j)
{
	static const char *const acts[] = { "move", "moves", "decision", "step", "act",
					    "action", "measure", "measures", "development",
					    /* ", a proposal that Egypt and Jordan
					     * quickly rejected": what was put
					     * forward is resumed as what was done */
					    "proposal", "plan", "idea", "offer", "suggestion",
					    "demand", "call",
					    /* ", a pact Netanyahu called a historic
					     * mistake", ", an attack Qatar
					     * condemned": an accord or a blow
					     * named again */
					    "pact", "deal", "agreement", "accord", "accords",
					    "treaty", "attack", "raid", "offensive", "decree", NULL };

	return word_is_any(s, j, acts);
}

int clause_resumes_act(const struct sent *s, size_t comma)
{
	static const char *const dets[] = { "a", "an", "this", NULL };

	/* (or a dash: "... in Ukraine - a move Moscow denounced as
	 * illegal -") */
	return (is_punct(s, comma, ',') || is_punct(s, comma, '-')) && comma + 2 < s->n &&
	       word_is_any(s, comma + 1, dets) &&
	       s->info[comma + 1].mention < 0 && s->info[comma + 2].mention < 0 &&
	       clause_act_noun(s, comma + 2);
}

int32_t clause_mention_right(const struct sent *s, size_t from, uint32_t avoid_group,
			     int skip_by)
{
	size_t j;

	for (j = from; j < s->n; j++) {
		const struct tokinfo *ti = &s->info[j];
		if (ti->mention >= 0) {
			const struct mention *m = &s->ments[ti->mention];
			size_t w = clause_what_said(s, m);
			if (w) {
				j = w - 1;
				continue;
			}
			/* "rallied in Tbilisi and police fired tear gas", "...,
			 * and U.S. jets were scrambled": a mention after "and"
			 * with a verb of its own starts another clause */
			/* ("..., and China and the European Union vowed to
			 * retaliate": past the rest of its list) */
			size_t e = list_end(s, m);
			/* "struck a school in Gaza City it said was used
			 * by Hamas": a pronoun before a verb of saying opens a
			 * clause of its own, no object */
			if (m->kind == M_PRONOUN && m->tok > from && e < s->n &&
			    (s->info[e].vroles & (V_SPEECH | V_OPINION)) && s->info[e].mention < 0 &&
			    !(s->info[m->tok].roles & R_POSS))
				return -1;
			if (m->tok > from && (s->info[m->tok - 1].roles & R_CONJ) && e < s->n &&
			    (s->info[e].verb || (s->info[e].roles & R_BE)) &&
			    s->info[e].mention < 0)
				return -1;
			/* "by X" is a passive's agent, "in X" and "at X" a
			 * place, "during APEC" an occasion: none is a default
			 * target. */
			if (m->group != avoid_group &&
			    !(m->after_prep && (m->prep_roles & (R_LOC | (skip_by ? R_BY : 0)))) &&
			    !occasion_of(s, m)) {
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
		if (clause_break(s, j) || (j > from && clause_resumes_act(s, j)))
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
int clause_subordinate(const struct sent *s, const struct pred *p)
{
	long j = p->subject >= 0 && s->ments[p->subject].tok < p->group ?
		 (long)s->ments[p->subject].tok - 1 : (long)p->group - 1;

	/* "after an Iranian court sentenced": past the subject's article */
	while (j > 0 && (s->info[j].roles & R_DET) && !(s->info[j].roles & (R_POSS | R_SUB)) &&
	       s->info[j].mention < 0)
		j--;
	return j >= 0 && (s->info[j].roles & (R_SUB | R_IF)) != 0;
}

/* "agreed to take back Rohingya Muslims who fled to Bangladesh, signing
 * a deal with Dhaka": a verb right after "who" tells of the people named
 * before it (a relative clause); a participle after a comma is not
 * theirs but the main clause's subject's. */
static int who_relative(const struct sent *s, const struct pred *p)
{
	static const char *const who[] = { "who", NULL };

	return p->group > 0 && word_is_any(s, p->group - 1, who);
}

/* "held talks with Putin on what he called a peace mission, drawing
 * criticism from Kyiv": a verb whose subject comes right after "what"
 * heads a free relative, the object of a phrase; a participle after a
 * comma is not its subject's but the main clause's. */
static int what_relative(const struct sent *s, const struct pred *p)
{
	return p->subject >= 0 && s->ments[p->subject].tok >= 1 &&
	       s->ments[p->subject].tok + s->ments[p->subject].n_tok == p->group &&
	       head_is(s, s->ments[p->subject].tok - 1, "what");
}

/* "Germany condemned Venezuela on Monday, the ministry said, and
 * launched air strikes on Mexico": a verb of speech whose subject opens right after a
 * comma that closes a clause of its own, with a comma right after the
 * verb, is an attribution set in the sentence; a verb joined after it
 * by ", and" is the clause's, not the speaker's (but for more speech or
 * a comment: "..., Trump said, and added that"; and a participle after
 * the attribution is most often the speaker's own: "..., Pashinyan said,
 * declaring martial law"). */
static int said_between(const struct sent *s, const struct pred *preds, size_t k)
{
	const struct pred *q = &preds[k];
	size_t j, t;

	if (q->kind != LEX_VERB || !(q->vroles & V_SPEECH) || q->passive || q->subject < 0 ||
	    q->end + 1 >= s->n || !is_punct(s, q->end + 1, ',') ||
	    s->ments[q->subject].tok + s->ments[q->subject].n_tok != q->group)
		return 0;
	for (t = s->ments[q->subject].tok; t > 0 && (s->info[t - 1].roles & R_DET) &&
					  s->info[t - 1].mention < 0; t--)
		;
	if (t < 2 || !is_punct(s, t - 1, ','))
		return 0;
	for (j = 0; j < k; j++)
		if (preds[j].kind == LEX_VERB && preds[j].head < t - 1 && preds[j].subject >= 0 &&
		    !clause_subordinate(s, &preds[j]))
			return 1;
	return 0;
}

/* The token before p's clause: before its subject when that comes
 * first, else before its verb group, past an article ("a day after a
 * Houthi drone killed"); -1 at the sentence's start. */
static long before_clause(const struct sent *s, const struct pred *p)
{
	static const char *const of_w[] = { "of", NULL };
	static const char *const counts[] = { "dozens", "hundreds", "thousands", "scores", "wave",
					      "barrage", "volley", "series", "salvo", NULL };
	static const char *const crowds[] = { "dozens", "hundreds", "thousands", "tens",
					      "millions", "scores", NULL };
	int subject = p->subject >= 0 && s->ments[p->subject].tok < p->group;
	long j = subject ? (long)s->ments[p->subject].tok - 1 : (long)p->group - 1;
	int words = 0;

	/* "a day after Trump and Putin spoke": the clause opens at the
	 * first member of a compound subject */
	while (subject && j >= 1 && ((s->info[j].roles & R_CONJ) || is_punct(s, (size_t)j, ',')) &&
	       s->info[j - 1].mention >= 0 &&
	       s->ments[s->info[j - 1].mention].group == s->ments[p->subject].group)
		j = (long)s->ments[s->info[j - 1].mention].tok - 1;

	/* a subject no mention covers: "a decade after the two
	 * countries agreed", "two days after the Asian giants reached" */
	/* (or a crowd by its count: "a day after tens of thousands
	 * marched", "hours after hundreds of people rallied") */
	while (!subject && j > 0 && words < 4 && s->info[j].mention < 0 && !s->info[j].verb &&
	       (s->toks[j].flags & (TOK_WORD | TOK_NUM)) &&
	       (!(s->info[j].roles & ~R_DET) ||
		(word_is_any(s, (size_t)j, of_w) && word_is_any(s, (size_t)j - 1, crowds))) &&
	       (!(s->toks[j].flags & TOK_CAP) || (s->info[j - 1].roles & R_DET))) {
		j--;
		words++;
	}
	/* "a day after dozens of U.S. and British strikes hit",
	 * "hours after a barrage of Iranian missiles struck": the subject's
	 * phrase opens at the count of it */
	if (subject && j >= 2 && word_is_any(s, (size_t)j, of_w) &&
	    word_is_any(s, (size_t)j - 1, counts))
		j -= 2;
	/* "a day after the Sahel juntas withdrew their envoys": up to two
	 * bare words between the subject's article and its role word
	 * modify the role; the phrase opens at the article */
	if (subject) {
		long q = j;
		int mods = 0;
		while (q > 0 && mods < 2 && s->info[q].mention < 0 && !s->info[q].verb &&
		       (s->toks[q].flags & TOK_WORD) && !s->info[q].roles) {
			q--;
			mods++;
		}
		if (mods && (s->info[q].roles & R_DET) && !(s->info[q].roles & R_POSS))
			j = q;
	}
	/* "a day after a drone launched by the group hit": a subject that
	 * is the agent of a participle on a noun opens its phrase at that
	 * noun ("a drone") */
	/* (or the agent no subject was found for, right before the verb) */
	long by = j;
	if (!subject && by >= 0 && s->info[by].mention >= 0)
		by = (long)s->ments[s->info[by].mention].tok - 1;
	while (by > 0 && (s->info[by].roles & R_DET) && !(s->info[by].roles & R_POSS) &&
	       s->info[by].mention < 0)
		by--;
	if (by >= 2 && by < j && (s->info[by].roles & R_BY) && past_form(s, (size_t)by - 1)) {
		long q = by - 2;
		int pw = 0;
		while (q > 0 && pw < 3 && s->info[q].mention < 0 && !s->info[q].roles &&
		       !s->info[q].verb && (s->toks[q].flags & TOK_WORD)) {
			q--;
			pw++;
		}
		if (pw)
			j = q;
	}
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
int clause_after_span(const struct sent *s, size_t j)
{
	static const char *const spans[] = { "day", "days", "hour", "hours", "week", "weeks",
					     "month", "months", "minutes", "year", "years",
					     "decade", "decades", NULL };
	static const char *const after[] = { "after", NULL };
	/* ("will travel to China next month after hosting Xi": the span
	 * dates the main clause, not the clause after it) */
	static const char *const deictic[] = { "next", "this", "last", "coming", "same", NULL };

	return j >= 1 && word_is_any(s, j, after) && word_is_any(s, j - 1, spans) &&
	       !(j >= 2 && word_is_any(s, j - 2, deictic));
}

int clause_time_anchor(const struct sent *s, const struct pred *p)
{
	long j = before_clause(s, p);

	/* "travelled to Beijing, days after visiting Kyiv and Moscow":
	 * a gerund right after the span shares the main clause's subject
	 * and is dated the same way */
	if (p->group >= 2 && p->group == p->head && head_ends_ing(s, p->head) &&
	    clause_after_span(s, p->group - 1))
		return 1;
	if (j >= 1 && clause_after_span(s, (size_t)j))
		return 1;
	/* "days after leader Kim Jong Un's sister Kim Yo Jong
	 * threatened": the subject named by its kin or office under a
	 * possessor ("Kim Jong Un's sister", "Russia's defence minister")
	 * opens its clause at the possessor */
	if (p->subject >= 0 && s->ments[p->subject].tok < p->group) {
		long k = j;
		int steps = 0, poss = 0;
		while (k >= 1 && steps < 8) {
			if (s->info[k].mention >= 0) {
				k = (long)s->ments[s->info[k].mention].tok - 1;
			} else if (s->info[k].roles & R_POSS) {
				poss = 1;
				k--;
			} else if ((s->toks[k].flags & TOK_WORD) && !s->info[k].roles &&
				   !s->info[k].verb && !(s->toks[k].flags & TOK_CAP)) {
				k--;
			} else {
				break;
			}
			steps++;
		}
		if (poss && k >= 1 && clause_after_span(s, (size_t)k))
			return 1;
	}
	/* "hours after an attack on an aerospace company near Ankara killed
	 * five people": the subject is the event noun, its actor named only
	 * in a phrase after a preposition; the clause opens at the noun's
	 * article, past that phrase */
	if (p->subject >= 0 && s->ments[p->subject].tok < p->group) {
		static const char *const preps[] = { "on", "in", "near", "at", "against", "of",
						     "outside", NULL };
		long k = j;
		int steps = 0, prep = 0;
		while (k >= 1 && steps < 12) {
			if (prep && clause_after_span(s, (size_t)k))
				return 1;
			if (s->info[k].mention >= 0) {
				k = (long)s->ments[s->info[k].mention].tok - 1;
			} else if (word_is_any(s, (size_t)k, preps)) {
				prep = 1;
				k--;
			} else if ((s->toks[k].flags & TOK_WORD) && !(s->info[k].roles & ~R_DET)) {
				k--;
			} else {
				break;
			}
			steps++;
		}
	}
	return 0;
}

/* "since it issued a warrant for his arrest": a clause opened by
 * "since" dates the news from an earlier event. */
int clause_since(const struct sent *s, const struct pred *p)
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
		"resolution", "law", "bill", "initiative", "strategy", "operation",
		/* "signed a pact to share satellite data", "signed accords to
		 * cooperate on energy": a deal's terms are its content, not
		 * coded apart from its 057 (tests/dev/README.md) */
		"pact", "pacts", "accord", "accords", "treaty", "memorandum",
		/* "over Tbilisi's refusal to join sanctions against Russia":
		 * what was refused or failed is not done */
		"refusal", "failure", "reluctance", "unwillingness", NULL };

	if (s->info[i].mention >= 0 || !(s->toks[i].flags & TOK_WORD) || s->info[i].verb)
		return 0;
	return word_is_any(s, i, nouns);
}

/* "Russia has no intention to invade", "Seoul has plans to send",
 * "Britain announced plans to send": an intention or a plan its subject
 * has, or makes known, is that subject's own act to come (or, with
 * "no", not to come; *neg OUT).  Returns the token of "has" or
 * "announced", or -1 when noun i is no such plan. */
static long held_plan(const struct sent *s, size_t i, uint8_t *neg)
{
	static const char *const plans[] = { "plan", "plans", "intention", "intentions", NULL };
	static const char *const plans_verb[] = { "plans", NULL };
	static const char *const dets[] = { "no", "every", "a", "an", "any", "the", NULL };
	/* ("the Pentagon is finalising plans to send a Patriot system to
	 * Ukraine, U.S. officials said": plans readied are held too) */
	static const char *const made_known[] = { "announced", "unveiled", "outlined", "revealed",
						  "confirmed", "announces", "unveils", "finalising",
						  "finalizing", "finalised", "finalized", "approved",
						  "approves", "drafted", "drafting", NULL };
	long j = (long)i - 1;
	int no = 0;

	if (!word_is_any(s, i, plans))
		return -1;
	/* "The United States plans to end India's preferential trade
	 * treatment": "plans" right after an actor (not "its plans") is
	 * that actor's verb, its own act to come */
	if (j >= 0 && s->info[j].mention >= 0 && !(s->info[j].roles & R_POSS) &&
	    word_is_any(s, i, plans_verb))
		return (long)i;
	if (j >= 0 && word_is_any(s, (size_t)j, dets)) {
		no = head_is(s, (size_t)j, "no");
		j--;
	}
	if (j < 0 || !((s->info[j].roles & R_HAVE) || word_is_any(s, (size_t)j, made_known)))
		return -1;
	/* "does not have any plans to" */
	if (j >= 1 && (s->info[j - 1].roles & R_NEG))
		no = 1;
	if (no)
		*neg = 1;
	return j;
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

/* The subject of the main clause after the comma that ends an opening
 * phrase, searched from token FROM: the actor right after that comma,
 * with its verb after it; -1 when there is none. */
static int32_t main_subject_after(const struct sent *s, size_t from)
{
	size_t j, at;

	for (j = from; j < s->n && !is_punct(s, j, ','); j++)
		if (clause_break(s, j) || s->info[j].verb)
			return -1;
	if (j >= s->n || !second_clause_at(s, j + 1))
		return -1;
	for (at = j + 1; (s->info[at].roles & R_DET) && s->info[at].mention < 0; at++)
		;
	return s->info[at].mention;
}

/* Whether the words before token `at` are a participle that opens the
 * sentence and what hangs on it ("Speaking after", "Speaking to
 * reporters after", "Visiting Kyiv on Monday after"): an -ing form
 * first, then no actor of the kind that acts (a place or reporters may
 * stand there), no comma and no clause break. */
static int fronted_participle(const struct sent *s, size_t at)
{
	size_t j, len;
	const char *t;

	if (at < 2 || at > 10 || !(s->toks[0].flags & TOK_WORD))
		return 0;
	t = tok_text(s, 0, &len);
	if (!ends_with(t, len, "ing"))
		return 0;
	for (j = 1; j + 1 < at; j++)
		if (is_punct(s, j, ',') || clause_break(s, j) ||
		    (s->info[j].mention >= 0 && !s->ments[s->info[j].mention].after_prep))
			return 0;
	return 1;
}

/* "Hamas gunmen burst through the fence around the Gaza Strip,
 * killing 1,200" (or "... and rampaged"): when the main clause's verb
 * before the comma (the "and") is no word the coder knows, the verb
 * after it is still done by the actor that opens the sentence, not by
 * the last name before the comma.  That actor, when it is the first
 * thing said, no preposition's object, and only unknown words (no verb,
 * no "after") lie between it and the comma; else -1. */
static int32_t opening_subject(const struct sent *s, size_t comma)
{
	size_t j, k;

	for (j = 0; j < comma; j++) {
		int32_t m = s->info[j].mention;
		if (m >= 0) {
			if (s->ments[m].after_prep || s->ments[m].kind == M_PRONOUN)
				return -1;
			/* "crashed ... after skidding off the runway, killing":
			 * a known verb or a subordinate clause in between leaves
			 * the participle to the rules that know them */
			for (k = s->ments[m].tok + s->ments[m].n_tok; k < comma; k++)
				if (s->info[k].verb || (s->info[k].roles & R_SUB) || clause_break(s, k))
					return -1;
			return s->ments[m].tok + s->ments[m].n_tok < comma ? m : -1;
		}
		if (s->info[j].verb || clause_break(s, j) ||
		    !(s->info[j].roles & R_DET))
			return -1;
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
	/* ("a bus plunged into a ravine", "a truck overturned") */
	static const char *const mishaps[] = { "crash", "collid", "capsiz", "derail",
					       "collaps", "erupt", "plung", "overturn", NULL };
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
 * Russian forces killed three civilians", "an air strike blamed on the
 * army killed 15": when the noun phrase opening a clause names its actor
 * only as the agent after "by" (or "blamed on", "attributed to"), that agent is the
 * subject of the verb at `group`.  Not in clause_background ("after a strike by
 * Israel hit"), where the phrase does not open the clause. */
static int32_t np_agent(const struct sent *s, size_t group)
{
	const struct mention *m;
	size_t k, q;

	if (group == 0 || s->info[group - 1].mention < 0)
		return -1;
	m = &s->ments[s->info[group - 1].mention];
	if (!m->after_prep || m->tok + m->n_tok != group)
		return -1;
	k = m->tok;
	while (k > 0 && (s->info[k - 1].roles & R_DET) && !(s->info[k - 1].roles & R_POSS))
		k--;
	if (!(m->prep_roles & R_BY) && !(k >= 3 &&
					 ((head_is(s, k - 2, "blamed") && head_is(s, k - 1, "on")) ||
					  (head_is(s, k - 2, "attributed") && head_is(s, k - 1, "to")))))
		return -1;
	if (k >= 3 && ((head_is(s, k - 2, "blamed") && head_is(s, k - 1, "on")) ||
		       (head_is(s, k - 2, "attributed") && head_is(s, k - 1, "to")))) {
		/* "an air strike blamed on Myanmar's military killed more than
		 * 100 people", "a drone attack attributed to the RSF hit": the
		 * party an attack is laid at is the agent its noun names */
		q = k - 3;
	} else {
		if (k < 2 || !(s->info[k - 1].roles & R_BY))
			return -1;
		q = k - 2;
	}
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

/* "sent", "dispatched", "deployed": a verb whose object goes where its
 * subject sends it, and does there what it was sent for. */
static int sends(const struct sent *s, size_t i)
{
	return head_is(s, i, "send") || head_is(s, i, "sent") || head_is(s, i, "dispatch") ||
	       head_is(s, i, "dispatches") || head_is(s, i, "despatch") ||
	       head_is(s, i, "despatches") || head_is(s, i, "deploy");
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

/* "seized the town after government troops abandoned their positions
 * and pulled out", "fighters who had surrounded his residence and
 * demanded": a finite verb after "and" right after a subordinate or
 * relative clause, no comma between, is that clause's second verb.
 * Whether q is such a clause's verb for p, in the same tense. */
/* Whether the verb at token I is one whose past is written as its base
 * ("set", "hit", "cut", "shut", "put"): after a past verb and "and" it
 * is past too ("after protesters stormed and set fire to the embassy"),
 * though past_form() cannot tell it from a present. */
static int unmarked_past(const struct sent *s, size_t i)
{
	static const char *const same[] = { "set", "hit", "cut", "shut", "put", "let", "quit",
					    "spread", "cast", "burst", "shed", NULL };

	return head_is_any(s, i, same);
}

static int joins_subordinate(const struct sent *s, const struct pred *q, const struct pred *p)
{
	size_t j;
	long t;

	if (q->kind != LEX_VERB || q->infinitive || q->subject < 0 || head_ends_ing(s, q->head) ||
	    (past_form(s, q->head) != past_form(s, p->head) &&
	     !(past_form(s, q->head) && unmarked_past(s, p->head))) ||
	    !clause_subordinate(s, q))
		return 0;
	/* "said that Tokyo would bear ... and warned": a that-clause a verb
	 * takes ends before the "and" of the verb's own clause */
	for (t = (long)s->ments[q->subject].tok - 1; t > 0 && (s->info[t].roles & R_DET) &&
	     s->info[t].mention < 0; t--)
		;
	if (t > 0 && head_is(s, (size_t)t, "that") && s->info[t - 1].verb)
		return 0;
	for (j = q->end + 1; j < p->group; j++)
		if (is_punct(s, j, ',') || clause_break(s, j))
			return 0;
	return 1;
}

/* "the release of 14 prisoners convicted of extremism": a past
 * participle right after a noun in a phrase and before a preposition, a passive describing that noun. */
static int reduced_passive(const struct sent *s, const struct pred *q)
{
	size_t b, len;

	if (q->kind != LEX_VERB || q->group != q->head || q->head == 0 ||
	    !past_form(s, q->head) || s->info[q->head - 1].mention < 0)
		return 0;
	/* (a noun that is itself in a phrase, "of 14 prisoners": not
	 * "Zelensky arrived in") */
	b = s->ments[s->info[q->head - 1].mention].tok;
	while (b > 0 && ((s->info[b - 1].roles & R_DET) ||
			 isdigit((unsigned char)*tok_text(s, b - 1, &len))))
		b--;
	return b > 0 && (s->info[b - 1].roles & R_PREP) && q->end + 1 < s->n && (s->info[q->end + 1].roles & R_PREP);
}

/* "rejected the demand in written replies delivered on Wednesday, but
 * offered talks": a bare participle after a plain noun a preposition
 * governs, a preposition after it, modifies that noun; a finite verb
 * after "and" or "but" is not joined to it (reduced_passive's case for
 * nouns no actor names). */
static int noun_past_participle(const struct sent *s, const struct pred *q)
{
	size_t b, words = 0;

	if (q->kind != LEX_VERB || q->group != q->head || q->head < 2 || q->passive ||
	    !past_form(s, q->head) || q->end + 1 >= s->n ||
	    !(s->info[q->end + 1].roles & R_PREP) || (s->info[q->end + 1].roles & R_SUB))
		return 0;
	for (b = q->head; b > 0 && words < 4; b--, words++) {
		const struct tokinfo *ti = &s->info[b - 1];
		if (!(s->toks[b - 1].flags & TOK_WORD) || (s->toks[b - 1].flags & TOK_CAP) ||
		    ti->roles || ti->mention >= 0)
			break;
	}
	while (b > 0 && (s->info[b - 1].roles & R_DET) && !(s->info[b - 1].roles & R_POSS))
		b--;
	return words >= 1 && b > 0 && (s->info[b - 1].roles & R_PREP) &&
	       !(s->info[b - 1].roles & R_SUB);
}

/* A name follows the verb as its object, within a few words and before
 * any preposition or punctuation ("pardoned two opposition activists",
 * "blamed Vladimir Putin"). */
static int verb_object_after(const struct sent *s, const struct pred *p)
{
	size_t j;

	for (j = p->end + 1; j < s->n && j <= p->end + 4; j++) {
		if (s->info[j].mention >= 0)
			return 1;
		if (!(s->toks[j].flags & TOK_WORD) || (s->info[j].roles & (R_PREP | R_CONJ)))
			return 0;
	}
	return 0;
}

/* The token at i is a verb's bare form ("meet", not "met" or "meets"). */
static int bare_form(const struct sent *s, size_t i)
{
	return s->info[i].vlemma != LEX_NONE && !s->info[i].infl &&
	       !head_ends_ing(s, i);
}

/* "Biden visited Kyiv on Monday, met Zelenskiy and pledged aid", "Trump
 * will visit Riyadh, meet the crown prince and sign deals": a verb right
 * after a comma, in a series of verbs of its form (past, or bare after a
 * modal) that "and" closes, is the next verb of the clause before it and
 * shares its subject and auxiliaries, not the last name before the comma
 * ("Kyiv").  Returns the index of that verb, or -1.  The series must be
 * closed by "and" and a verb of the same form, so an apposition ("the
 * minister, Sergei Lavrov, said") is left alone. */
/* "flew to Washington, his first trip abroad since the invasion, met
 * Biden": whether the tokens between the commas at `from` and `to` are
 * a noun phrase in apposition, led by a determiner or possessive and
 * holding no past verb, which names the act before it rather than
 * opening a clause. */
static int noun_aside(const struct sent *s, size_t from, size_t to)
{
	size_t j;

	if (to <= from + 1 || to - from > 12 || !is_punct(s, to, ',') ||
	    !(s->info[from + 1].roles & R_DET))
		return 0;
	for (j = from + 1; j < to; j++)
		if (is_punct(s, j, ',') || (s->info[j].roles & (R_CONJ | R_BUT)) ||
		    (s->info[j].verb && past_form(s, j)) || clause_is_relative(s, j))
			return 0;
	return 1;
}

/* "Merkel said on Wednesday that tests had shown Navalny was poisoned,
 * and demanded that Moscow explain": a past verb after ", and" with no
 * subject found, past a "that" clause a verb of speech reports, is the
 * act of that verb's subject, not of anyone in what was said. */
static int32_t said_and_subject(const struct sent *s, const struct pred *preds, size_t i)
{
	const struct pred *p = &preds[i];
	size_t k, j;

	if (p->kind != LEX_VERB || p->infinitive || p->passive || p->group != p->head ||
	    p->group < 2 || !(s->info[p->group - 1].roles & R_CONJ) ||
	    !is_punct(s, p->group - 2, ',') || !past_form(s, p->head))
		return -1;
	for (k = 0; k < i; k++) {
		const struct pred *q = &preds[k];
		if (q->kind != LEX_VERB)
			continue;
		if (!(q->vroles & V_SPEECH) || q->passive || q->infinitive || q->subject < 0 ||
		    s->ments[q->subject].tok > q->group || !past_form(s, q->head) ||
		    clause_subordinate(s, q))
			return -1;
		for (j = q->end + 1; j < p->group && j <= q->end + 4; j++)
			if (head_is(s, j, "that"))
				return q->subject;
		return -1;
	}
	return -1;
}

static long series_verb(const struct sent *s, const struct pred *preds, size_t i)
{
	const struct pred *p = &preds[i];
	size_t k, j;
	int closed = 0, past;

	if (p->kind != LEX_VERB || p->infinitive || p->passive || p->group != p->head ||
	    p->group < 2 || !is_punct(s, p->group - 1, ',') || head_ends_ing(s, p->head))
		return -1;
	past = past_form(s, p->head);
	if (!past && !bare_form(s, p->head))
		return -1;
	for (j = p->end + 1; j + 1 < s->n && !closed; j++) {
		if (clause_break(s, j) || clause_is_relative(s, j))
			return -1;
		/* ("met Biden at the White House and later held talks"):
		 * past an adverb of sequence */
		size_t v = after_conj(s, j);
		if ((s->info[j].roles & R_CONJ) && v < s->n && s->info[v].verb &&
		    s->info[v].mention < 0 &&
		    (past ? past_form(s, v) && !head_ends_ing(s, v) : bare_form(s, v)))
			closed = 1;
	}
	if (!closed)
		return -1;
	for (k = i; k-- > 0;) {
		const struct pred *q = &preds[k];
		if (q->kind != LEX_VERB)
			continue;
		if (q->infinitive || q->passive || head_ends_ing(s, q->head) ||
		    (past ? !past_form(s, q->head) :
		     !bare_form(s, q->head) || !(q->group_roles & (R_WILL | R_WOULD | R_MAY | R_CAN))) ||
		    q->subject < 0 || s->ments[q->subject].tok > q->group || clause_subordinate(s, q) ||
		    (q->vroles & (V_SPEECH | V_OPINION)))
			return -1;
		for (j = q->end + 1; j + 1 < p->group; j++) {
			if (is_punct(s, j, ',') && noun_aside(s, j, p->group - 1))
				break;
			if (clause_break(s, j) || clause_is_relative(s, j) ||
			    (s->info[j].verb && s->info[j].mention < 0 && !(s->info[j].roles & R_CONJ)))
				return -1;
		}
		return (long)k;
	}
	return -1;
}

/* "urged the junta to end the violence and hold talks", "agreed to
 * swap prisoners and reopen the border": a bare verb right after "and",
 * whose nearest verb before it in the clause is an infinitive, is a
 * second infinitive of the same verb.  Returns that first infinitive's
 * index; -2 - k when it is no predicate but words of the pattern of
 * preds[k], the verb it hangs on; or -1 ("agreed to talks and met",
 * past, is a finite verb of its own). */
static long coordinated_infinitive(const struct sent *s, const struct pred *preds, size_t i)
{
	const struct pred *p = &preds[i];
	const struct tokinfo *ti = &s->info[p->head];
	size_t k, j;

	if (p->kind != LEX_VERB || p->infinitive || p->passive || p->group != p->head ||
	    p->group == 0 || !(s->info[p->group - 1].roles & R_CONJ) ||
	    ti->vlemma == LEX_NONE || ti->infl || past_form(s, p->head) ||
	    head_ends_ing(s, p->head) || plural_form(s, p->head))
		return -1;
	for (k = i; k-- > 0;) {
		if (preds[k].kind != LEX_VERB)
			continue;
		for (j = preds[k].end + 1; j < p->group; j++)
			if (clause_break(s, j))
				return -1;
		if (preds[k].infinitive)
			return (long)k;
		/* "urged them to stop fighting immediately and return to
		 * talks": the gerund an infinitive governs, then that
		 * infinitive */
		if (head_ends_ing(s, preds[k].head) && preds[k].matrix >= 0 &&
		    (size_t)preds[k].matrix < k && preds[preds[k].matrix].infinitive &&
		    preds[preds[k].matrix].kind == LEX_VERB)
			return (long)preds[k].matrix;
		/* "urged Niger's junta to end the violence and hold talks":
		 * the first infinitive may be inside the pattern of the verb
		 * it hangs on, no predicate of its own; then that verb */
		for (j = preds[k].end + 1; j + 1 < p->group; j++)
			if ((s->info[j].roles & R_TO) && s->info[j + 1].verb &&
			    s->info[j + 1].mention < 0)
				return -(long)k - 2;
		return -1;
	}
	return -1;
}

/* "Putin ordered his military to put ...", "the Taliban ordered
 * universities to bar female students": an order to the orderer's own
 * forces or institutions is the orderer's act, done through them, not a
 * request.  Whether the order verb m's object mention o is such. */
/* Whether the possessive pronoun om stands before the words for one's
 * own people or staff ("his staff", "her aides", "its military"). */
static int own_people(const struct sent *s, const struct mention *om)
{
	static const char *const people[] = { "staff", "aides", "advisers", "advisors", "team",
					      "administration", "officials", "military", "forces",
					      "troops", "commanders", "generals", "cabinet",
					      "ministers", NULL };
	size_t t = om->tok + om->n_tok;

	return om->n_tok == 1 && (s->info[om->tok].roles & R_POSS) && t < s->n &&
	       word_is_any(s, t, people);
}

static int own_command(const struct sent *s, const struct pred *m, int32_t o)
{
	static const char *const orders[] = { "order", "instruct", "direct", "command", NULL };
	/* institutions a government runs, unlike the people in them */
	static const char *const bodies[] = { "universities", "university", "schools", "hospitals",
					      "banks", "broadcasters", "airlines", "courts", NULL };
	const struct mention *om = &s->ments[o], *sm;
	size_t k;

	if (m->subject < 0 || m->passive || om->after_prep)
		return 0;
	for (k = 0; orders[k] && !head_is(s, m->head, orders[k]); k++)
		;
	if (!orders[k])
		return 0;
	sm = &s->ments[m->subject];
	/* "ordered his staff to hold back the aid", "directed his aides
	 * to": a possessive pronoun on the orderer's own people is the
	 * orderer's command too */
	if (om->kind == M_PRONOUN)
		return own_people(s, om) && sm->code && om->code && country_prefix(sm->code) &&
		       !strncmp(sm->code, om->code, 3);
	return sm->code && om->code && strlen(om->code) >= 6 && country_prefix(sm->code) &&
	       !strncmp(sm->code, om->code, 3) &&
	       (!civil_role(om->code) || mention_has(s, om, bodies)) &&
	       (political_role(sm->code) || strlen(sm->code) == 3);
}

/* A word before an agent's name that only describes it: an adverb in
 * -ly or a participle in -ed ("heavily armed", "masked"), no
 * preposition, conjunction or mention of its own. */
static int by_modifier(const struct sent *s, size_t t)
{
	size_t len;
	const char *w = tok_text(s, t, &len);

	if (s->info[t].mention >= 0 || (s->toks[t].flags & (TOK_PUNCT | TOK_NUM)) ||
	    (s->info[t].roles & (R_PREP | R_CONJ | R_SUB | R_BY | R_DET)))
		return 0;
	/* a hyphened describing word ("by an 18-year-old attacker", "by an
	 * off-duty policeman", "by knife-wielding men") is one too */
	return ends_with(w, len, "ly") || ends_with(w, len, "ed") ||
	       (len > 2 && memchr(w + 1, '-', len - 2) != NULL);
}

/* The word after "by" that may name the agent: past determiners,
 * numbers and a collective ("by a group of gunmen", "by two men"). */
static size_t by_phrase_head(const struct sent *s, size_t t)
{
	static const char *const groups[] = { "group", "band", "pair", "team", "squad",
					      "unit", "gang", "couple", NULL };
	static const char *const of[] = { "of", NULL };
	static const char *const one[] = { "one", NULL };
	static const char *const own[] = { "own", NULL };

	for (;;) {
		while (t < s->n && s->info[t].mention < 0 &&
		       ((s->info[t].roles & R_DET) || (s->toks[t].flags & TOK_NUM)))
			t++;
		if (t + 1 < s->n && s->info[t].mention < 0 && word_is_any(s, t, groups) &&
		    word_is_any(s, t + 1, of))
			t += 2;
		/* "by one of his own police bodyguards": one of the agent's
		 * kind, past the owner's pronoun and "own" */
		else if (t + 2 < s->n && s->info[t].mention < 0 && word_is_any(s, t, one) &&
			 word_is_any(s, t + 1, of)) {
			t += 2;
			while (t + 1 < s->n && s->info[t].mention < 0 &&
			       ((s->info[t].roles & R_POSS) || word_is_any(s, t, own)))
				t++;
		}
		else if (t + 2 < s->n && s->info[t].mention < 0 && by_modifier(s, t) &&
			 (s->info[t + 1].mention >= 0 ||
			  (by_modifier(s, t + 1) && s->info[t + 2].mention >= 0)))
			/* "by heavily armed gunmen": one or two words
			 * that only describe the agent before it */
			t += s->info[t + 1].mention >= 0 ? 1 : 2;
		else if (t + 2 < s->n && s->info[t].mention >= 0 && s->ments[s->info[t].mention].country &&
			 s->info[t + 1].mention < 0 && (s->toks[t + 1].flags & TOK_WORD) &&
			 !(s->toks[t + 1].flags & TOK_PUNCT) &&
			 !(s->info[t + 1].roles & (R_PREP | R_CONJ | R_SUB | R_BY | R_DET)) &&
			 !s->info[t + 1].verb && s->info[t + 2].mention >= 0 &&
			 s->ments[s->info[t + 2].mention].code &&
			 s->ments[s->info[t].mention].code &&
			 !strncmp(s->ments[s->info[t + 2].mention].code,
				  s->ments[s->info[t].mention].code, 3))
			/* "by an off-duty Turkish riot policeman": the state
			 * and then, one word on, its agent (TURCOP, not TUR) */
			t += 2;
		else
			return t;
	}
}

/* Verbs that with "for" ask for something ("appealed for aid"). */
static const char *const asking_for[] = { "appeal", "appealed", "appeals", "appealing", "call",
					  "called", "calls", "calling", "ask", "asked", "asks",
					  "asking", "plead", "pleaded", "pleads", "pleading", "press",
					  "pressed", "presses", "pressing", "push", "pushed", "pushes",
					  "pushing", NULL };

/* The first token of the named object whose noun phrase ends at token
 * T ("Syria's new rulers", "the Taliban authorities", "Sudan's warring
 * parties"): a name no preposition governs, followed only by up to three
 * plain words (no verb, preposition, conjunction or punctuation); -1 when
 * T ends no such phrase. */
static long named_object_at(const struct sent *s, size_t t)
{
	size_t k, n_words = 0;

	for (k = t + 1; k-- > 0;) {
		const struct tokinfo *ti = &s->info[k];
		if (ti->mention >= 0) {
			const struct mention *m = &s->ments[ti->mention];
			return n_words > 0 && !m->after_prep ? (long)m->tok : -1;
		}
		if (ti->verb || (s->toks[k].flags & (TOK_PUNCT | TOK_NUM)) ||
		    (ti->roles & (R_PREP | R_CONJ | R_SUB | R_BY | R_TO | R_BE | R_PRON)) ||
		    ++n_words > 3)
			return -1;
	}
	return -1;
}

/* The few words right before an infinitive's "to" (at token BEFORE)
 * that give it a mode of their own, with no predicate to pass it on:
 * "Blinken is to meet Wang" and "the two are to hold talks" announce a
 * plan ("is to blame" is a charge, not a plan); "failed to attend" and
 * "has yet to respond" say the act did not happen. */
static void infinitive_mode(const struct sent *s, struct pred *p, size_t before)
{
	static const char *const be[] = { "is", "are", "was", "were", "'re", NULL };
	static const char *const fail[] = { "fail", "fails", "failed", "failing", "yet", NULL };
	/* "Trump is poised to impose tariffs", "the two are about to sign" */
	static const char *const poised[] = { "poised", "about", NULL };

	if (word_is_any(s, before, be) && !head_is(s, p->head, "blame"))
		p->plan = 1;
	else if (before > 0 && word_is_any(s, before, poised) && word_is_any(s, before - 1, be))
		p->plan = 1;
	else if (word_is_any(s, before, fail) && s->info[before].mention < 0)
		p->neg = 1;
	/* ("failed on Tuesday to agree on sanctions": past the weekday
	 * that dates the failing) */
	else if (before >= 2 && weekday(s, before) && head_is(s, before - 1, "on") &&
		 word_is_any(s, before - 2, fail) && s->info[before - 2].mention < 0)
		p->neg = 1;
	/* "vowed not to send troops", "pledged never to recognise",
	 * "decided not to attend": a negation before "to" is the
	 * infinitive's, outside its verb group */
	else if ((s->info[before].roles & R_NEG) && s->info[before].mention < 0)
		p->neg = 1;
}

/* "agreed in a phone call with Donald Trump on Tuesday to stop attacks",
 * "agreed at their first summit, held in a lakeside villa in Geneva on
 * Wednesday, to begin talks": the "to" that follows "agree" past
 * adverbial phrases only (prepositional phrases and their names, a date,
 * a participle set off by a comma or hung on a noun) opens what was
 * agreed, not the purpose of the nearest verb.  That "to"'s token, or 0.
 * The phrases must start with a preposition other than "to" ("agreed to
 * a truce to let aid in": the truce is what was agreed). */
static size_t clause_agreed_across(const struct sent *s, const struct pred *a)
{
	size_t t;

	if (a->kind != LEX_VERB || a->infinitive || !(a->vroles & V_AGREE) ||
	    a->head + 2 >= s->n || !(s->info[a->head + 1].roles & R_PREP) ||
	    (s->info[a->head + 1].roles & R_TO))
		return 0;
	t = a->head + 1;
	/* ("agreed on Tuesday at talks in Riyadh to": past the day; "agreed
	 * on a ceasefire to start on Feb. 15": what is agreed on) */
	if (head_is(s, t, "on") && t + 2 < s->n && weekday(s, t + 1))
		t += 2;
	if (!(s->info[t].roles & R_PREP) || (s->info[t].roles & R_TO) || head_is(s, t, "on") ||
	    head_is(s, t, "upon"))
		return 0;
	for (t = a->head + 2; t < s->n && t < a->head + 30; t++) {
		if (s->info[t].roles & R_TO)
			return t;
		if ((s->info[t].roles & (R_BUT | R_SUB | R_IF | R_WILL | R_WOULD | R_MAY |
					 R_BE | R_HAVE | R_DO)) ||
		    ((s->toks[t].flags & TOK_PUNCT) && !is_punct(s, t, ',')))
			return 0;
		/* ("with Russia and Ukraine": names joined, no clause) */
		if ((s->info[t].roles & R_CONJ) &&
		    (t + 1 >= s->n ||
		     (s->info[t + 1].mention < 0 && !(s->info[t + 1].roles & R_DET))))
			return 0;
		/* (a participle after a comma or a noun: "held in Geneva",
		 * "talks hosted by Anwar"; no finite verb of its own) */
		if (s->info[t].verb && s->info[t].mention < 0 && !is_punct(s, t - 1, ',') &&
		    (s->info[t - 1].verb || (s->info[t - 1].roles & R_PREP)))
			return 0;
	}
	return 0;
}

/* The token after a claim noun's maker, when a "by", "from" or "of"
 * names one right after the noun at j ("claims by Washington and Seoul
 * that", "a report by U.N. experts that"); j + 1 otherwise. */
static size_t past_claim_maker(const struct sent *s, size_t j)
{
	static const char *const makers[] = { "by", "from", "of", NULL };
	size_t k = j + 1, seen = 0;

	if (k >= s->n || !word_is_any(s, k, makers))
		return j + 1;
	for (k++; k < s->n && k <= j + 8; k++) {
		if (s->info[k].mention >= 0)
			seen = 1;
		else if (!(s->info[k].roles & (R_DET | R_CONJ)))
			break;
	}
	return seen ? k : j + 1;
}

/* "rejected U.S. accusations that its army had used", "denied a report
 * by U.N. experts that its troops had", "dismissed as absurd the claims
 * by Washington and Seoul that Pyongyang was exporting": a denial of a
 * claim whose content follows.  Returns the token of that "that", or -1. */
static long denied_claim(const struct sent *s, const struct pred *sp)
{
	static const char *const denials[] = {
		"reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses",
		"dismissed", "dismissing", "refute", "refutes", "refuted", "refuting",
		"deny", "denies", "denied", "denying", "rebuff", "rebuffed", NULL
	};
	static const char *const that[] = { "that", NULL };
	size_t j, t;

	if (!(sp->vroles & (V_REACT | V_DENY)) || !word_is_any(s, sp->head, denials))
		return -1;
	for (j = sp->end + 1; j + 1 < s->n && j <= sp->end + 10; j++) {
		if (claim_noun(s, j) && (t = past_claim_maker(s, j)) < s->n &&
		    word_is_any(s, t, that))
			return (long)t;
		/* ("dismissed as absurd the claims": the label before
		 * the claim opens no clause) */
		if (clause_break(s, j) && !(s->info[j].roles & R_PREP) && !head_is(s, j, "as"))
			return -1;
	}
	return -1;
}

/* "In talks mediated by Qatar, Israel and Hamas agreed", "At a summit
 * hosted by Egypt, Jordan and France called for": the comma that ends a
 * fronted phrase is no comma of a list, so the phrase's last actor is
 * not one of the subject's.  A group whose first member is a
 * preposition's object in a phrase that opens the clause with a
 * preposition or a participle, is followed by that comma, and whose
 * last member is followed by a verb, loses that first member. */
static void split_fronted(struct sent *s)
{
	size_t i, k, last;
	long j;

	for (i = 0; i + 1 < s->n_ments; i++) {
		struct mention *a = &s->ments[i];
		uint32_t end = a->tok + a->n_tok, first = UINT32_MAX;
		size_t members = 0;

		if (a->group != i || !a->after_prep || end >= s->n || !is_punct(s, end, ','))
			continue;
		for (k = i + 1, last = i; k < s->n_ments; k++)
			if (s->ments[k].group == a->group) {
				if (first == UINT32_MAX)
					first = (uint32_t)k;
				last = k;
				members++;
			}
		if (members < 2 || s->ments[first].tok != end + 1)
			continue;
		/* the verb the rest is the subject of */
		k = s->ments[last].tok + s->ments[last].n_tok;
		while (k < s->n && (s->info[k].roles & (R_WILL | R_WOULD | R_HAVE | R_BE | R_NEG)))
			k++;
		if (k >= s->n || !s->info[k].verb || s->info[k].mention >= 0 || head_ends_ing(s, k))
			continue;
		/* the phrase opens the clause with a preposition or a
		 * participle, and no other actor stands before it */
		for (j = (long)a->tok - 1; j >= 0 && !(s->toks[j].flags & TOK_PUNCT) &&
		     s->info[j].mention < 0; j--)
			;
		if ((j >= 0 && (s->info[j].mention >= 0 || is_punct(s, (size_t)j, ','))) ||
		    (size_t)(j + 1) >= a->tok)
			continue;
		if (!(s->info[j + 1].roles & R_PREP) && !past_form(s, (size_t)(j + 1)))
			continue;
		for (k = i + 1; k < s->n_ments; k++)
			if (s->ments[k].group == a->group) {
				s->ments[k].group = first;
				s->ments[k].after_prep = 0;
				s->ments[k].prep_roles = 0;
			}
	}
}

/* "A ceasefire between Israel and Hezbollah brokered by the United
 * States and France took effect", "talks mediated by Qatar and Egypt
 * resumed": a list that is the "by" agent of participle v, no finite
 * verb before v, stands in the subject's noun phrase; the verb after the
 * list is the sentence's own, and its last member no subject of it. */
static int agents_in_subject(const struct sent *s, size_t v, const struct mention *a)
{
	size_t t = v + 1;

	if (t >= s->n || !(s->info[t].roles & R_BY))
		return 0;
	for (t++; t < a->tok; t++)
		if (!(s->info[t].roles & R_DET))
			return 0;
	for (t = 0; t < v; t++)
		if (s->info[t].verb && s->info[t].mention < 0)
			return 0;
	return 1;
}

/* "Hamas freed three Israeli hostages and Israel released 90
 * prisoners": the "and" that opens a second clause is no "and" of a
 * list, so an actor right before a finite verb is not one more member
 * of the object of the verb before it.  A group that stands right after
 * a verb no speaker or asker uses (whose object may be a clause: "said
 * Russia and Belarus attacked") and whose last member, after "and", is
 * followed by a finite verb loses that last member. */
static void split_second_clause(struct sent *s)
{
	size_t i, k;
	long j, last, v;

	for (i = 0; i + 1 < s->n_ments; i++) {
		const struct mention *a = &s->ments[i];
		struct mention *b;
		if (a->group != i)
			continue;
		for (k = i + 1, last = -1; k < s->n_ments; k++)
			if (s->ments[k].group == a->group)
				last = (long)k;
		if (last < 0)
			continue;
		b = &s->ments[last];
		for (j = (long)b->tok - 1; j > 0 && (s->info[j].roles & R_DET) && s->info[j].mention < 0; j--)
			;
		if (j < 2 || !(s->info[j].roles & R_CONJ) || b->kind == M_PRONOUN)
			continue;
		k = b->tok + b->n_tok;
		while (k < s->n && (s->info[k].roles & (R_WILL | R_WOULD | R_HAVE | R_BE | R_NEG)))
			k++;
		if (k >= s->n || !s->info[k].verb || s->info[k].mention >= 0 || head_ends_ing(s, k) ||
		    (k == b->tok + b->n_tok && !past_form(s, k) && !plural_form(s, k)))
			continue;
		/* "targets in Iraq and Syria linked to Iran": a participle
		 * that a preposition follows describes the last member */
		if (k == b->tok + b->n_tok && k + 1 < s->n && (s->info[k + 1].roles & R_PREP))
			continue;
		/* the verb of the clause the group stands in, within a few
		 * words: "freed three Israeli hostages", "sent tanks to" */
		for (v = (long)a->tok - 1; v >= 0 && v + 8 > (long)a->tok && s->info[v].mention < 0 &&
		     !s->info[v].verb && !clause_break(s, (size_t)v) && !(s->toks[v].flags & TOK_PUNCT) &&
		     !clause_is_relative(s, (size_t)v) && !head_is(s, (size_t)v, "that"); v--)
			;
		if (v < 1 || s->info[v].mention >= 0 || !s->info[v].verb || head_ends_ing(s, (size_t)v) ||
		    (s->info[v].vroles & (V_SPEECH | V_OPINION | V_DENY | V_CONTROL | V_SPEC)) ||
		    (s->info[v - 1].roles & R_BE))
			continue;
		if (agents_in_subject(s, (size_t)v, a))
			continue;
		for (j = (long)b->tok - 2; j > (long)a->tok; j--)
			if (s->toks[j].flags & TOK_PUNCT)
				break;
		if (j > (long)a->tok)
			continue;
		b->group = (uint32_t)last;
		b->after_prep = 0;
		b->prep_roles = 0;
	}
}

/* "prisoners released by Israel", "civilians detained by the army":
 * whether people a participle at `head` may befall (civilians,
 * prisoners, workers, refugees) end right before it, after a word that
 * opens no clause of theirs ("freed 90 prisoners released by", not
 * "Hamas, hostages held by"). */
static int people_before(const struct sent *s, size_t head)
{
	int32_t mi = head > 0 ? s->info[head - 1].mention : -1;
	const struct mention *m;

	if (mi < 0)
		return 0;
	m = &s->ments[mi];
	return m->tok + m->n_tok == head && m->code && strlen(m->code) > 3 && soft_target(m->code) &&
	       m->tok > 0 && !is_punct(s, m->tok - 1, ',') && !opens_clause(s, m->tok);
}

/* "blocked an EU statement condemning Israel, drawing criticism": a
 * participle right after a noun qualifies it, and is no main clause a
 * participle after a comma could share. */
static int noun_participle(const struct sent *s, const struct pred *q)
{
	size_t b = q->head - 1;

	return q->group == q->head && q->head > 0 && head_ends_ing(s, q->head) &&
	       (s->toks[b].flags & TOK_WORD) && !s->info[b].roles && !s->info[b].verb &&
	       s->info[b].mention < 0;
}

/* Whether preds[k] is the sentence's first verb: its main clause's,
 * with no speech or other verb it could be reported by or hang on. */
static int first_verb(const struct pred *preds, size_t k)
{
	while (k-- > 0)
		if (preds[k].kind == LEX_VERB)
			return 0;
	return 1;
}

/* "calling it a war crime", "describing the strike as": a participle
 * that comments on what it follows. */
static int commenting(const struct sent *s, size_t i)
{
	static const char *const comments[] = { "calling", "describing", "terming", "branding",
						"labelling", "labeling", "dubbing", "accusing",
						"blaming", "condemning", "denouncing", "decrying",
						"dismissing", "urging", "warning", "vowing", NULL };

	return word_is_any(s, i, comments);
}

/* Whether a comma ends what comes before token t: ", Peskov said", or
 * one inside a closing quote ('is "extremely dangerous," Peskov said'). */
static int comma_before(const struct sent *s, size_t t)
{
	size_t d = t;

	/* (past a determiner after a quote: '"irresponsible," the State
	 * Department said') */
	while (d >= 3 && s->info[d - 1].mention < 0 && (s->info[d - 1].roles & R_DET) &&
	       !(s->info[d - 1].roles & R_POSS))
		d--;
	if (d < t && is_punct(s, d - 1, '"') && is_punct(s, d - 2, ','))
		return 1;
	return t >= 1 && (is_punct(s, t - 1, ',') ||
			  (t >= 2 && is_punct(s, t - 1, '"') && is_punct(s, t - 2, ',')));
}

/* The speech verb whose complement holds preds[k] ("Kyiv said Russian
 * forces had executed"): before it, with its subject before it and
 * preds[k]'s after it; its index, or -1. */
static long speech_before(const struct sent *s, const struct pred *preds, size_t k)
{
	const struct pred *q = &preds[k];
	size_t j;

	if (q->subject < 0)
		return -1;
	for (j = k; j-- > 0;) {
		const struct pred *sp = &preds[j];
		if (sp->kind != LEX_VERB || !(sp->vroles & V_SPEECH))
			continue;
		if (sp->subject >= 0 && s->ments[sp->subject].tok < sp->head &&
		    s->ments[q->subject].tok > sp->head && sp->subject != q->subject)
			return (long)j;
		return -1;
	}
	return -1;
}

/* Whether ", and" before a subject with a verb of its own ("..., and
 * Egypt welcomed the deal") opens a clause between tokens from and to. */
static int new_clause_between(const struct sent *s, size_t from, size_t to)
{
	size_t j;

	for (j = from; j + 1 < to; j++)
		if (is_punct(s, j, ',') && (s->info[j + 1].roles & R_CONJ) &&
		    second_clause_at(s, after_conj(s, j + 1)))
			return 1;
	return 0;
}

/* "met Xi and later travelled to Shanghai", "phoned Lavrov and then
 * flew to Riyadh", "met Biden, then travelled to Egypt": an adverb of
 * sequence between the conjunction and the verb group leaves the verb
 * joined to the one before, sharing its subject, not the object
 * between.  Whether the verb group at `group` is so joined. */
static int sequel_joined(const struct sent *s, size_t group)
{
	static const char *const then[] = { "then", "later", NULL };

	if (group < 2 || !sequel_adverb(s, group - 1))
		return 0;
	if (s->info[group - 2].roles & R_CONJ)
		return 1;
	if (head_is(s, group - 2, "but") && past_form(s, s->info[group].verb ? group : group - 1))
		return 1;
	return is_punct(s, group - 2, ',') && word_is_any(s, group - 1, then);
}

/* "visited Hiroshima but did not apologise to Japan", "met Putin but
 * would not endorse his plan": a verb group that opens with an auxiliary
 * right after "but" has no subject of its own and shares the one of the
 * verb before, as after "and".  Whether p's group is so joined. */
static int but_aux_joined(const struct sent *s, const struct pred *p)
{
	static const char *const aux[] = { "did", "does", "do", "would", "will", "could",
					   "can", "should", "has", "have", "had", "may",
					   "might", "must", NULL };

	return p->group > 0 && p->group < p->head && !p->infinitive &&
	       head_is(s, p->group - 1, "but") && word_is_any(s, p->group, aux);
}

/* "warned the United States that any retaliation for their attacks
 * would be met with a crushing response, and threatened to hit Israel":
 * a verb whose subject names no actor, in the that-clause of a verb
 * before it (no comma and no other verb between), is not what a verb
 * after ", and" joins; clause_subordinate() cannot see the "that" past
 * an unnamed subject.  Whether verb Q is such. */
static int unnamed_that_clause(const struct sent *s, const struct pred *preds, size_t n,
			       const struct pred *q)
{
	size_t j, k;
	long v;

	if (q->kind != LEX_VERB || q->subject >= 0 || q->by_agent >= 0 || q->group == 0)
		return 0;
	for (j = q->group; j-- > 1 && j + 24 > q->group;) {
		if (!head_is(s, j, "that")) {
			if (is_punct(s, j, ',') || clause_break(s, j))
				return 0;
			for (k = 0; k < n; k++)
				if (preds[k].kind == LEX_VERB && preds[k].head == j)
					return 0;
			continue;
		}
		/* (the nearest verb before it says the clause) */
		for (k = n, v = -1; k-- > 0;)
			if (preds[k].kind == LEX_VERB && preds[k].end < j) {
				v = (long)k;
				break;
			}
		return v >= 0 && preds[v].subject >= 0 && !preds[v].passive &&
		       !new_clause_between(s, preds[v].end, j);
	}
	return 0;
}

/* Does an object of a verb start at token t: an actor, or a determiner
 * before one ("struck Moscow", "hit the Russian fleet")? */
static int object_after(const struct sent *s, size_t t)
{
	while (t < s->n && s->info[t].mention < 0 && (s->info[t].roles & R_DET))
		t++;
	return t < s->n && s->info[t].mention >= 0 && !s->ments[s->info[t].mention].after_prep;
}

/* A passive that only reports or expects what its infinitive tells of
 * its subject ("is expected to", "was said to", "is believed to"). */
static int raising(const struct sent *s, const struct pred *m)
{
	static const char *const verbs[] = { "expect", "say", "report", "believe",
					     "think", "understand", "know", "rumour",
					     "rumor", "schedule", "slate", "tip", NULL };

	if (m->vroles & V_CONTROL)
		return 0;
	if (m->vroles & (V_SPEC | V_OPINION | V_SPEECH))
		return 1;
	return head_is_any(s, m->head, verbs);
}

/* "Seoul would have no choice but to retaliate", "said it had no option
 * but to strike": the infinitive after "no choice but" is the act of the
 * subject of "have"; returns the token of "have" (0 if none). */
static size_t no_choice_but(const struct sent *s, size_t to)
{
	static const char *const choice[] = { "choice", "option", "alternative", NULL };

	if (to < 4 || !(s->info[to].roles & R_TO) || !head_is(s, to - 1, "but") ||
	    !word_is_any(s, to - 2, choice) || !head_is(s, to - 3, "no") ||
	    !(s->info[to - 4].roles & R_HAVE))
		return 0;
	return to - 4;
}

/* "would be honoured to meet Kim", "was forced to withdraw its troops":
 * a passive of feeling or of compulsion, with no agent, leaves the act
 * of its infinitive to its own subject (unlike "was invited to join"). */
static int felt_passive(const struct sent *s, const struct pred *m)
{
	static const char *const verbs[] = { "honour", "honor", "delight", "please", "force",
					     "compel", "oblige", "obligate", NULL };

	if (m->by_agent >= 0)
		return 0;
	return head_is_any(s, m->head, verbs);
}

/* A verb of answering back, which the one struck does ("was attacked by
 * Russia and retaliated against Moscow"), not a participle done to it. */
static int responding(const struct sent *s, size_t head)
{
	static const char *const verbs[] = { "retaliate", "respond", "react", "reply",
					     "vow", "pledge", "promise", "hit", "strike",
					     "fire", "fight", "return", NULL };

	return head_is_any(s, head, verbs);
}

/* The first token of the sayers the subject mention m is one of ("...,
 * Japan's defence ministry and South Korea's military said": Japan's). */
static uint32_t sayers_tok(const struct sent *s, int32_t m)
{
	uint32_t tok = s->ments[m].tok;
	size_t k;

	for (k = 0; k < s->n_ments; k++)
		if (s->ments[k].group == s->ments[m].group && s->ments[k].tok < tok)
			tok = s->ments[k].tok;
	return tok;
}

/* The verb before preds[i] that heads a main clause, its subject named
 * before it: the first (the nearest when NEAREST), an active one only
 * when ACTIVE; -1 if none.  A participle hanging on that clause shares
 * its subject ("..., having met Kim", "after being expelled by Poland"). */
static long main_clause_before(const struct sent *s, const struct pred *preds, size_t i,
			       int nearest, int active)
{
	size_t j;

	for (j = 0; j < i; j++) {
		size_t k = nearest ? i - 1 - j : j;
		const struct pred *q = &preds[k];
		if (q->kind != LEX_VERB || q->subject < 0 || (active && q->passive) ||
		    q->infinitive || clause_subordinate(s, q) || s->ments[q->subject].tok > q->head)
			continue;
		return (long)k;
	}
	return -1;
}

/* "redesignated the Houthis as a terrorist group, aiming to cut off
 * funding for their attacks": an -ing participle of aim after a comma
 * (at token I) gives the purpose of the act before it, what the act is
 * for, not an act of its own. */
static int aim_participle(const struct sent *s, size_t i)
{
	static const char *const aiming[] = { "aiming", NULL };

	return i > 0 && word_is_any(s, i, aiming) && is_punct(s, i - 1, ',');
}

/* "called on the European Union to put sanctions on Russia", "called
 * on Tuesday on Washington to": "call on" asks the one named after it
 * to do what follows "to" (at token TO), as "urge" does, so that act is
 * the request's content, no act of the caller. */
/* Whether a word between tokens FROM and TO (exclusive) names those an
 * appeal is made to without naming any one of them ("called on all
 * countries to cut ties", "urged the international community to act",
 * "pressed Western allies to send"): what they are asked to do is asked
 * for all the same, no act of the asker. */
static int anyone_addressed(const struct sent *s, size_t from, size_t to)
{
	static const char *const anyone[] = { "countries", "nations", "governments", "states",
					      "donors", "everyone", "world", "community", "powers",
					      "leaders", "allies", "partners", NULL };
	size_t j;

	for (j = from; j < to && j < s->n; j++)
		if (s->info[j].mention < 0 && word_is_any(s, j, anyone))
			return 1;
	return 0;
}

/* Whether token i is a form of "tell", whose object is told to act. */
static int told_verb(const struct sent *s, size_t i)
{
	static const char *const told[] = { "told", NULL };

	return head_is(s, i, "tell") || word_is_any(s, i, told);
}

static int calls_on(const struct sent *s, const struct pred *m, size_t to)
{
	static const char *const on[] = { "on", "upon", NULL };
	size_t h = m->head + 1, j;

	if (m->kind != LEX_VERB || !head_is(s, m->head, "call"))
		return 0;
	if (h + 2 < s->n && word_is_any(s, h, on) && weekday(s, h + 1))
		h += 2;
	if (h >= s->n || !word_is_any(s, h, on))
		return 0;
	for (j = h + 1; j < to && j < s->n; j++)
		if (s->info[j].mention >= 0)
			return 1;
	return anyone_addressed(s, h + 1, to);
}

/* "signed a pact on Tuesday to share satellite data", "approved a plan
 * on Friday to take control": a noun whose infinitive names its content,
 * past the day it was made.  Returns the noun's token, or -1.  (Pacts
 * and plans only: "signed a $1.1 billion deal on Saturday to lease its
 * port to China" is the lease, the trade a deal makes, as the `reduce`
 * section of tests/dev/README.md codes it; "filed a request on Wednesday
 * to join the case" joins it.) */
static long complement_noun_dated(const struct sent *s, size_t j)
{
	/* ("clinched a landmark deal on Tuesday to curb Tehran's nuclear
	 * programme": a deal's terms, past the day it was struck) */
	static const char *const dated[] = { "pact", "pacts", "accord", "accords", "treaty",
					     "memorandum", "plan", "plans", "deal", "agreement",
					     NULL };

	if (j < 3 || !weekday(s, j) || !head_is(s, j - 1, "on") || !complement_noun(s, j - 2) ||
	    !word_is_any(s, j - 2, dated))
		return -1;
	return (long)j - 2;
}

/* Whether token j ends the "by" agent of a noun that an infinitive
 * complements ("the move by Washington to blacklist", "a decision by
 * Tokyo to release"): that noun, past its agent. */
static int complement_past_agent(const struct sent *s, size_t j)
{
	const struct mention *m;

	if (s->info[j].mention < 0)
		return 0;
	m = &s->ments[s->info[j].mention];
	return m->tok + m->n_tok == j + 1 && m->tok >= 2 && (s->info[m->tok - 1].roles & R_BY) &&
	       complement_noun(s, m->tok - 2);
}

void clause_analyse(struct dyad_coder *c, struct sent *s,
		    struct pred *preds, size_t n)
{
	static const char *const at_words[] = { "at", NULL };
	static const char *const the_words[] = { "the", NULL };
	static const char *const hands_words[] = { "hands", NULL };
	static const char *const of_words[] = { "of", NULL };
	/* adverbs that may stand between "and" and a joined participle */
	static const char *const later_words[] = { "later", "then", "subsequently",
						   "eventually", "briefly", "also", NULL };
	static const char *const plan_nouns[] = { "plan", "plans", "arrangements",
						  "preparations", NULL };
	static const char *const no_word[] = { "no", NULL };
	static const char *const having[] = { "having", NULL };
	static const char *const being[] = { "being", NULL };
	static const char *const managing[] = { "failing", "managing", NULL };
	static const char *const weekdays[] = { "Monday", "Tuesday", "Wednesday", "Thursday",
						"Friday", "Saturday", "Sunday", NULL };
	static const char *const reported_pass[] = { "believed", "thought", "said", "reported",
						     "understood", "alleged", "suspected",
						     "feared", "estimated", "rumoured", "rumored",
						     "known", NULL };
	static const char *const known_pass[] = { "known", NULL };
	static const char *const tried[] = { "tried", "attempted", NULL };
	static const char *const quoting[] = { "quoted", "quotes", "quoting", "cited", "cites",
					       "citing", NULL };
	size_t i, k;
	long ci;
	int32_t according = -1;

	split_fronted(s);
	for (i = 0; i < n; i++)
		preds[i].agreed_to = (uint32_t)clause_agreed_across(s, &preds[i]);
	split_second_clause(s);
	for (i = 0; i < n; i++) {
		struct pred *p = &preds[i];
		int32_t shared_agent = -1;     /* a joined passive's agent */

		if (p->kind != LEX_VERB)
			continue;
		/* "a plan to end the war", "in a bid to revive": the
		 * infinitive says what a noun is about, not what happened. */
		/* ("condemned the move by Washington to blacklist more
		 * Chinese firms": past the noun's "by" agent) */
		if (p->infinitive && p->group > 0 &&
		    (complement_noun(s, p->group - 1) || complement_past_agent(s, p->group - 1) ||
		     complement_noun_dated(s, p->group - 1) >= 0 ||
		     aim_participle(s, p->group - 1))) {
			long dated = complement_noun_dated(s, p->group - 1);
			long have = held_plan(s, dated >= 0 ? (size_t)dated : p->group - 1,
					      &p->neg);
			if (have < 0) {
				p->complement = 1;
			} else {
				p->plan = 1;
				p->held_plan = 1;
				p->subject = clause_subject_left(s, preds, n, (size_t)have);
				continue;
			}
		}
		/* "Tokyo said it had no intention of sending troops": the
		 * gerund after a held "no intention of" is its holder's act
		 * not to come, as the infinitive after "no intention to" is */
		if (!p->infinitive && p->group == p->head && no_intention_of(s, p->head)) {
			long have = held_plan(s, p->head - 2, &p->neg);
			if (have >= 0) {
				p->plan = 1;
				p->held_plan = 1;
				p->subject = clause_subject_left(s, preds, n, (size_t)have);
				continue;
			}
		}
		/* "a deadline for Ukraine to withdraw", "called for Israel to
		 * halt": the infinitive is the act of the one named after
		 * "for", asked or awaited, not an event of its own. */
		if (p->infinitive && p->group > 0 && s->info[p->group - 1].mention >= 0) {
			int32_t mi = s->info[p->group - 1].mention;
			uint32_t first = s->ments[mi].tok;
			size_t fl;
			const char *ft;
			/* ("a plan for the military to take": past the
			 * article) */
			if (first > 1 && (s->info[first - 1].roles & R_DET) &&
			    !(s->info[first - 1].roles & R_POSS) && head_is(s, first - 2, "for"))
				first--;
			ft = first > 0 ? tok_text(s, first - 1, &fl) : NULL;
			if (ft && fl == 3 && !strncasecmp(ft, "for", 3)) {
				p->subject = mi;
				/* "there were no plans for Trump to meet Putin":
				 * a plan, or none, not a request */
				/* ("approved a plan on Friday for the
				 * military to take control of Gaza City": past
				 * the day the plan was approved) */
				size_t pn = first > 1 ? first - 2 : 0;
				if (pn >= 2 && weekday(s, pn) && head_is(s, pn - 1, "on"))
					pn -= 2;
				if (first > 1 && word_is_any(s, pn, plan_nouns)) {
					p->plan = 1;
					if (pn > 0 && word_is_any(s, pn - 1, no_word))
						p->neg = 1;
				} else
					p->requested = 1;
				continue;
			}
		}
		/* "said Russia was to blame": the one to blame is the
		 * subject of "be", not of a verb before it */
		if (p->infinitive && p->group > 0 && (s->info[p->group - 1].roles & R_BE) &&
		    head_is(s, p->head, "blame")) {
			p->subject = clause_subject_left(s, preds, n, p->group - 1);
			continue;
		}
		/* Infinitive: "agreed to resume", "is scheduled to visit",
		 * "is unlikely to pursue". */
		if (p->infinitive && p->group > 0) {
			long j = (long)p->group - 1, o = j;

			infinitive_mode(s, p, (size_t)j);
			/* ("urged Myanmar's military government on Friday to
			 * end": past the day the request was made) */
			if (o >= 2 && weekday(s, (size_t)o) && head_is(s, (size_t)o - 1, "on") &&
			    (s->info[o - 2].mention >= 0 || named_object_at(s, (size_t)o - 2) >= 0))
				o -= 2;
			/* "urged Syria's new rulers to protect", "asked the
			 * Taliban authorities to reverse": past a noun phrase
			 * that a name in it makes the object */
			if (s->info[o].mention < 0) {
				long named = named_object_at(s, (size_t)o);
				if (named >= 0)
					o = named;
			}
			/* "urged Niger's junta to end", "asked Russian
			 * President Vladimir Putin to halt": past the object,
			 * however many words it takes; not after "force" or
			 * "compel", whose object acts against its will
			 * ("forced a Lufthansa airliner to land in Minsk" is
			 * no visit) */
			if (s->info[o].mention >= 0 && !s->ments[s->info[o].mention].after_prep) {
				uint32_t g = s->ments[s->info[o].mention].group;
				o = (long)s->ments[s->info[o].mention].tok;
				/* ("prompting Japan and the United States to
				 * condemn": back to the first of a compound
				 * object) */
				for (;;) {
					/* (past an article: "and the United
					 * States") */
					long cj = o >= 1 && (s->info[o - 1].roles & R_DET) &&
						 !(s->info[o - 1].roles & R_POSS) ? o - 2 : o - 1;
					if (cj < 1 || !((s->info[cj].roles & R_CONJ) ||
						       is_punct(s, (size_t)cj, ',')) ||
					    s->info[cj - 1].mention < 0 ||
					    (s->ments[s->info[cj - 1].mention].group != g &&
					     s->ments[s->info[cj - 1].mention].after_prep))
						break;
					o = (long)s->ments[s->info[cj - 1].mention].tok;
				}
			}
			for (k = i; k-- > 0;) {
				if (preds[k].kind == LEX_VERB && s->info[preds[k].head].mention < 0 &&
				    (long)preds[k].head >= (o < j && !head_is(s, preds[k].head, "force") &&
							    !head_is(s, preds[k].head, "compel") ? o - 2 : j - 2) &&
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
				p->subject = clause_subject_left(s, preds, n, (size_t)j);
				continue;
			}
			/* "Iran is believed to have supplied Russia with drones",
			 * "North Korea is thought to have sent troops": the
			 * passive of a report or belief gives the infinitive
			 * the subject of "is", guessed at (what is known is
			 * not) */
			if (p->matrix < 0 && j >= 1 && word_is_any(s, (size_t)j, reported_pass) &&
			    (s->info[j - 1].roles & R_BE)) {
				if (!word_is_any(s, (size_t)j, known_pass))
					p->spec = 1;
				p->subject = clause_subject_left(s, preds, n, (size_t)j - 1);
				continue;
			}
		}
		/* ", with Washington agreeing to cut tariffs and Beijing
		 * agreeing to resume purchases": the infinitive of a gerund
		 * that is no predicate of its own is done by the one "with"
		 * names before it */
		if (p->infinitive && p->matrix < 0 && p->group >= 2 &&
		    (s->info[p->group].roles & R_TO) &&
		    (ci = with_subject_at(s, p->group - 1)) >= 0) {
			p->subject = (int32_t)ci;
			continue;
		}
		/* "left Hanoi after failing to reach a deal with Kim", "after
		 * managing to secure the release of": an infinitive on a
		 * gerund of success or failure no lexicon verb reads (failure
		 * negates it: infinitive_mode) after a subordinator or a comma
		 * is the act of the clause it hangs on (not "days after
		 * failing to", an anchor) */
		if (p->infinitive && p->matrix < 0 && p->group >= 2 && !s->info[p->group - 1].verb &&
		    s->info[p->group - 1].mention < 0 && word_is_any(s, p->group - 1, managing) &&
		    !clause_after_span(s, p->group - 2) &&
		    (head_is(s, p->group - 2, "after") || head_is(s, p->group - 2, "before") ||
		     head_is(s, p->group - 2, "while") || head_is(s, p->group - 2, "without") ||
		     head_is(s, p->group - 2, "upon") || is_punct(s, p->group - 2, ','))) {
			for (k = i; k-- > 0;) {
				const struct pred *q = &preds[k];
				if (q->kind != LEX_VERB || q->subject < 0 || q->infinitive ||
				    clause_subordinate(s, q) || s->ments[q->subject].tok > q->head)
					continue;
				p->subject = q->passive && q->by_agent >= 0 && is_punct(s, p->group - 2, ',') ?
					     q->by_agent : q->subject;
				p->anchor = (int32_t)k;
				break;
			}
			if (p->subject >= 0)
				continue;
		}
		if (p->infinitive && p->matrix < 0 && p->group > 0) {
			for (k = 0; k < n && preds[k].agreed_to != p->group; k++)
				;
			if (k < n) {
				p->matrix = (int32_t)k;
				p->agreed = 1;
				p->subject = preds[k].subject;
				continue;
			}
		}
		if (p->infinitive && p->matrix < 0 && (k = no_choice_but(s, p->group)) > 0) {
			p->subject = clause_subject_left(s, preds, n, k);
			/* ("would have no choice but to": yet to come) */
			if (k > 0 && (s->info[k - 1].roles & (R_WILL | R_WOULD)))
				p->plan = 1;
			if (p->subject >= 0)
				continue;
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
				p->subject = clause_subject_left(s, preds, n, p->group);
				if (p->subject >= 0 && s->ments[p->subject].tok + s->ments[p->subject].n_tok == p->group &&
				    !record_holder(s, &s->ments[p->subject]))
					p->plan = 1;
				continue;
			}
			p->subject = preds[p->matrix].passive ? preds[p->matrix].by_agent :
				     preds[p->matrix].subject;
			/* "appealed for international aid to help his country
			 * recover", "called for a U.N. force to protect
			 * civilians": what the thing asked for is to do is asked
			 * for too, no act of the asker */
			if (!preds[p->matrix].passive && word_is_any(s, preds[p->matrix].head, asking_for)) {
				size_t h = preds[p->matrix].head;
				if ((h + 1 < s->n && head_is(s, h + 1, "for")) ||
				    (h + 3 < s->n && head_is(s, h + 1, "on") && weekday(s, h + 2) &&
				     head_is(s, h + 3, "for")) ||
				    calls_on(s, &preds[p->matrix], p->group))
					p->requested = 1;
			}
			/* ("urged the international community on Tuesday to
			 * impose sanctions": past no one named) */
			if (!preds[p->matrix].passive && (preds[p->matrix].vroles & V_CONTROL) &&
			    anyone_addressed(s, preds[p->matrix].end + 1, p->group))
				p->requested = 1;
			/* "dispatched Witkoff to Moscow to meet Putin", "sent
			 * Wang Yi to Brussels to hold talks": the one sent
			 * does what the sending is for */
			if (!preds[p->matrix].passive && sends(s, preds[p->matrix].head)) {
				int32_t obj = clause_mention_right(s, preds[p->matrix].end + 1,
								   UINT32_MAX, 0);
				/* (an envoy, a minister; not "sent a delegation",
				 * "sent troops": the sender's own men, whom the
				 * sender's name stands for) */
				if (obj >= 0 && s->ments[obj].tok < p->group && !s->ments[obj].after_prep &&
				    (s->ments[obj].person || political_role(s->ments[obj].code)))
					p->subject = obj;
			}
			continue;
		}
		/* "began sharing intelligence with", "denied supplying drones
		 * to": a gerund right after a verb is its complement. */
		/* ("denied on Tuesday supplying drones": so past the
		 * weekday that dates the verb) */
		if (p->matrix < 0 && !p->infinitive && p->head > 0 && i > 0 &&
		    preds[i - 1].kind == LEX_VERB &&
		    (preds[i - 1].end + 1 == p->head ||
		     (preds[i - 1].end + 3 == p->head && head_is(s, p->head - 2, "on") &&
		      word_is_any(s, p->head - 1, weekdays))) &&
		    (preds[i - 1].vroles & (V_ASPECT | V_DENY | V_PLAN | V_SPEC))) {
			size_t len;
			const char *t = tok_text(s, p->head, &len);
			if (ends_with(t, len, "ing"))
				p->matrix = (int32_t)(i - 1);
		}
		/* "urged the junta to end the violence and hold talks":
		 * the second infinitive is what the first is, requested,
		 * planned or agreed, of the same subject. */
		ci = coordinated_infinitive(s, preds, i);
		if (ci < -1) {
			p->infinitive = 1;
			p->matrix = (int32_t)(-ci - 2);
		} else if (ci >= 0) {
			const struct pred *q = &preds[ci];
			p->infinitive = 1;
			p->coord = (int32_t)ci;
			p->matrix = q->matrix;
			p->subject = q->subject;
			p->requested = q->requested;
			p->complement = q->complement;
			p->plan |= q->plan;
			p->spec |= q->spec;
			p->neg |= q->neg;
			p->agreed = q->agreed;
			continue;
		}
		if (p->matrix >= 0) {
			struct pred *m = &preds[p->matrix];
			int32_t obj;
			/* "prompted Germany to cancel the visit", "forced the
			 * army to withdraw": what a cause makes its object do is
			 * that object's act, done */
			if (p->infinitive && !m->passive && causative(s, m->head) &&
			    (obj = clause_mention_right(s, m->end + 1, UINT32_MAX, 0)) >= 0 &&
			    s->ments[obj].tok < p->group) {
				p->subject = obj;
				continue;
			}
			/* "analysts expect China to stage drills": what is
			 * expected of someone is their act, guessed at */
			if (p->infinitive && !m->passive && head_is(s, m->head, "expect") &&
			    (obj = clause_mention_right(s, m->end + 1, UINT32_MAX, 0)) >= 0 &&
			    s->ments[obj].tok < p->group) {
				p->subject = obj;
				p->spec = 1;
				continue;
			}
			p->subject = m->passive ? m->by_agent : m->subject;
			/* "agreed at their summit, held in Paris, to meet again
			 * to discuss elections": what an act agreed on is for
			 * is that act's content, no act of its own */
			if (p->infinitive && m->infinitive && m->agreed && !m->passive &&
			    p->group > m->head && !(s->info[p->group - 1].roles & R_CONJ))
				p->complement = 1;
			/* "Kyiv is expected to be visited by Scholz", "Hamas
			 * was said to have been contacted by": a passive of
			 * saying or expecting with no agent of its own raises
			 * its subject, which the infinitive is about (not one
			 * of asking: "would be invited to join" is no joining) */
			if (p->subject < 0 && m->passive && (raising(s, m) || felt_passive(s, m)))
				p->subject = m->subject;
			/* "Iran is believed to have supplied Russia with
			 * drones": a report or belief in the passive hands its
			 * subject to what is believed, guessed at (what is
			 * known is not) */
			if (p->infinitive && m->passive && m->by_agent < 0 &&
			    word_is_any(s, m->head, reported_pass)) {
				if (!word_is_any(s, m->head, known_pass))
					p->spec = 1;
				p->subject = m->subject;
			}
			/* "protesters who tried to storm Incirlik air base",
			 * "tried to march on the Israeli embassy": an attempt
			 * told in the past was made, and the act is coded as
			 * the README codes attempted storming (asserted) */
			if ((m->vroles & V_PLAN) &&
			    !(p->infinitive && word_is_any(s, m->head, tried) &&
			      past_form(s, m->head) && !(m->group_roles & (R_WILL | R_WOULD | R_MAY | R_NEG))))
				p->plan = 1;
			if (m->vroles & V_SPEC)
				p->spec = 1;
			if (m->vroles & V_DENY)
				p->neg = 1;
			if ((m->vroles & V_AGREE) && p->infinitive)
				p->agreed = 1;
			/* ("called on Saudi Arabia, Bahrain and Egypt to ease
			 * their blockade": "call on" asks as "urge" does, though
			 * "call" is no verb of control) */
			if (p->infinitive && !m->passive && calls_on(s, m, p->group))
				p->requested = 1;
			/* "urged Israel to strike Iran": a requested act is the
			 * request's content, not an event of its own ("told
			 * Hamas to free the hostages and to agree to a truce":
			 * so is what one is told to do). */
			if (((m->vroles & V_CONTROL) || told_verb(s, m->head)) && p->infinitive) {
				size_t j;
				/* (an object pronoun that stands for no one
				 * known is asked too: "she urged him to") */
				for (j = m->end + 1; j < p->group; j++)
					if ((s->info[j].mention >= 0 && !own_command(s, m, s->info[j].mention)) ||
					    (s->info[j].mention < 0 && (s->info[j].roles & R_PRON) &&
					     !(s->info[j].roles & R_POSS)))
						p->requested = 1;
				if (anyone_addressed(s, m->end + 1, p->group))
					p->requested = 1;
			}
			/* ("is expected to be visited by Scholz": an
			 * infinitive in the passive has its own agent) */
			goto by_agent;
		}
		/* "Russian soldiers had raped, tortured and executed
		 * civilians": a bare past form right after "VERB ," whose
		 * series goes on with "and" (or another comma) and a past
		 * form shares the subject of the verb before the comma */
		if (p->group == p->head && p->group >= 2 && i > 0 && past_form(s, p->head) &&
		    is_punct(s, p->group - 1, ',') && preds[i - 1].kind == LEX_VERB &&
		    preds[i - 1].end + 2 == p->group && preds[i - 1].subject >= 0 &&
		    !preds[i - 1].passive && past_form(s, preds[i - 1].head) &&
		    p->end + 2 < s->n &&
		    (is_punct(s, p->end + 1, ',') || (s->info[p->end + 1].roles & R_CONJ)) &&
		    s->info[p->end + 2].verb && past_form(s, p->end + 2)) {
			p->subject = preds[i - 1].subject;
			p->coord = (int32_t)(i - 1);
			goto passive;
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
		/* ("met Trump in Alaska but rejected his proposal": so is a
		 * past form right after "but") */
		if (p->group > 0 && ((s->info[p->group - 1].roles & R_CONJ) ||
				     (!p->infinitive && sequel_joined(s, p->group)) ||
				     but_aux_joined(s, p) ||
				     ((s->info[p->group - 1].roles & R_BUT) && p->group == p->head &&
				      !p->infinitive &&
				      (head_ends_ing(s, p->head) ||
				       (head_is(s, p->group - 1, "but") && past_form(s, p->head)))))) {
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
					    preds[k].subject >= 0 && !clause_subordinate(s, &preds[k])) {
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
				/* ("refused to rule out using military force ...
				 * and threatened": a past form is joined to a
				 * past one, not to a bare word of no subject
				 * read as a verb) */
				if (finite && preds[k].kind == LEX_VERB && preds[k].subject < 0 &&
				    preds[k].group == preds[k].head && past_form(s, p->head) &&
				    !past_form(s, preds[k].head) && !clause_break(s, preds[k].head))
					continue;
				/* ("ordered the release of 14 prisoners convicted
				 * of extremism and pardoned two activists",
				 * "spoke hours after his death was announced and
				 * blamed Putin": a past form with an object of
				 * its own is not joined to a passive describing a
				 * noun, one in a subordinate clause or one of no
				 * named subject ("her husband's death was
				 * announced"), but to the verb before it) */
				if (finite && !p->passive && preds[k].kind == LEX_VERB &&
				    past_form(s, p->head) && verb_object_after(s, p) &&
				    (reduced_passive(s, &preds[k]) ||
				     (preds[k].passive && (clause_subordinate(s, &preds[k]) ||
							   preds[k].subject < 0))))
					continue;
				/* ("accused Serbia of backing the gunmen who
				 * attacked police in Banjska, and urged the EU":
				 * a finite verb after ", and" is not the second
				 * verb of a subject relative clause before it) */
				if (finite && p->group >= 2 && (s->info[p->group - 1].roles & R_CONJ) &&
				    is_punct(s, p->group - 2, ',') &&
				    unnamed_that_clause(s, preds, n, &preds[k]))
					continue;
				/* ("said that the Camp David summit had ended
				 * without an agreement and blamed Yasser Arafat":
				 * so, with no comma, is a past form with an actor
				 * for its object after a that-clause whose subject
				 * names no one; the speaker blames) */
				if (finite && !p->passive && p->group >= 1 &&
				    (s->info[p->group - 1].roles & R_CONJ) && past_form(s, p->head) &&
				    past_form(s, preds[k].head) && object_after(s, p->end + 1) &&
				    unnamed_that_clause(s, preds, n, &preds[k]))
					continue;
				if (finite && !p->passive && past_form(s, p->head) &&
				    noun_past_participle(s, &preds[k]))
					continue;
				if (finite && preds[k].kind == LEX_VERB && preds[k].group > 0 &&
				    clause_is_relative(s, preds[k].group - 1) && p->group >= 2 &&
				    (s->info[p->group - 1].roles & R_CONJ) &&
				    is_punct(s, p->group - 2, ','))
					continue;
				if (finite && !(p->vroles & V_SPEECH) && said_between(s, preds, k) &&
				    !commenting(s, p->head))
					continue;
				if (preds[k].kind == LEX_VERB &&
				    (!clause_subordinate(s, &preds[k]) ||
				     (finite && joins_subordinate(s, &preds[k], p)))) {
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
			/* "Hamas gunmen burst through the fence around the Gaza
			 * Strip and rampaged through Israeli towns": with no
			 * verb the coder knows before "and", the actor that
			 * opens the sentence */
			if (p->subject < 0 && finite && p->coord < 0)
				p->subject = opening_subject(s, p->group - 1);
			if (p->subject >= 0)
				goto passive;
		}
		/* "Russia attacked Ukraine, firing missiles at cities": a
		 * participle after a comma shares the main clause's subject;
		 * so does one after "while", "by" or "without" ("paused his
		 * tariffs, while raising the tariff on Chinese imports",
		 * "left Beijing without meeting Xi"). */
		/* ("..., formally blaming the Russian foreign intelligence
		 * service": past an adverb in -ly after the comma) */
		size_t lead = p->group;
		if (lead >= 2 && ly_adverb(s, lead - 1) && is_punct(s, lead - 2, ','))
			lead--;
		if (p->group > 0 && p->group == p->head &&
		    (is_punct(s, lead - 1, ',') || head_is(s, lead - 1, "while") ||
		     head_is(s, lead - 1, "without") || head_is(s, lead - 1, "after") ||
		     head_is(s, lead - 1, "upon") || head_is(s, lead - 1, "before") ||
		     /* ("met the crown prince on arriving in Jeddah") */
		     (head_is(s, lead - 1, "on") && head_is(s, p->head, "arrive")) ||
		     (s->info[lead - 1].roles & R_BY))) {
			size_t len;
			const char *t = tok_text(s, p->head, &len);
			if (ends_with(t, len, "ing") && is_punct(s, lead - 1, ',') &&
			    mishap_before(s, lead - 1)) {
				p->subject = -1;
				goto passive;
			}
			if (ends_with(t, len, "ing")) {
				long v;
				int agentless = 0;
				/* ("was welcomed by Chernyshenko upon landing in
				 * Moscow": after a subordinator, the gerund is the
				 * grammatical subject's, the one welcomed; after a
				 * comma, the agent's: "was struck by Israel,
				 * killing two generals") */
				int by_subordinator = !is_punct(s, lead - 1, ',') &&
						      !(s->info[lead - 1].roles & R_BY);
				for (k = i; k-- > 0;) {
					const struct pred *q = &preds[k];
					int32_t qs = q->passive && q->by_agent >= 0 &&
						     !(by_subordinator && q->subject >= 0) ?
						     q->by_agent : q->subject;
					/* "Iran's embassy in Damascus was struck,
					 * killing two generals": the killing is the
					 * unnamed striker's, not a name before it */
					if (q->kind == LEX_VERB && q->passive && q->by_agent < 0 &&
					    (q->group_roles & R_BE) && is_punct(s, lead - 1, ',') &&
					    first_verb(preds, k)) {
						agentless = 1;
						break;
					}
					/* "opened fire": the particle is no verb of its own;
					 * ("as Trump told parliament the war was over before
					 * flying to Egypt": the next leg is of the nearest
					 * traveller, in a subordinate clause or not) */
					/* ("to which Iran responded by condemning
					 * Spain": the verb right before "by" has the
					 * gerund whatever clause it stands in) */
					if (q->kind != LEX_VERB || qs < 0 || noun_participle(s, q) ||
					    (clause_subordinate(s, q) &&
					     !head_is(s, lead - 1, "before") &&
					     !((s->info[lead - 1].roles & R_BY) &&
					       q->end + 2 == p->group)) ||
					    who_relative(s, q) || what_relative(s, q))
						continue;
					p->subject = qs;
					p->anchor = (int32_t)k;
					break;
				}
				/* "Kyiv said Russian forces had executed prisoners,
				 * calling it a war crime": a comment after what was
				 * reported is the speaker's */
				if (p->anchor >= 0 && is_punct(s, lead - 1, ',') && commenting(s, p->head)) {
					long sp = speech_before(s, preds, (size_t)p->anchor);
					if (sp >= 0) {
						p->subject = preds[sp].subject;
						p->anchor = (int32_t)sp;
					}
				}
				/* "A Taliban suicide bomber drove an ambulance into a
				 * street in central Kabul, killing 95": with no coded
				 * verb before it, the subject of the main clause's verb
				 * all the same, not the last name before the comma. */
				if (agentless)
					goto passive;
				if (p->subject < 0 && is_punct(s, lead - 1, ',') &&
				    (v = main_verb_before(s, lead - 1)) >= 0 && !s->info[v].verb)
					p->subject = clause_subject_left(s, preds, n, (size_t)v);
				if (p->subject < 0 && (is_punct(s, lead - 1, ',') ||
						       head_is(s, lead - 1, "without") ||
						       head_is(s, lead - 1, "after") ||
						       head_is(s, lead - 1, "upon")))
					p->subject = opening_subject(s, lead - 1);
				/* "After meeting Xi in Beijing, Albanese said":
				 * the phrase that opens the sentence is the main
				 * clause's subject's */
				/* ("Speaking after meeting Kim in Singapore, Trump
				 * said", "Speaking to reporters after holding talks
				 * with": so behind a participle that opens it) */
				if (p->subject < 0 && (p->group == 1 || fronted_participle(s, p->group)))
					p->subject = main_subject_after(s, p->end + 1);
				if (p->subject >= 0)
					goto passive;
			}
		}
		/* "left North Korea with three detainees freed by Pyongyang,
		 * having met Kim Jong Un", "after having signed": a perfect
		 * participle after a comma or "after" is the main clause
		 * subject's act, done before it, not that of the name
		 * nearest it (a reduced passive's people, a place) */
		if (p->group > 0 && p->head == p->group + 1 && word_is_any(s, p->group, having) &&
		    past_form(s, p->head) &&
		    (is_punct(s, p->group - 1, ',') || head_is(s, p->group - 1, "after"))) {
			long mc = main_clause_before(s, preds, i, 0, 1);
			if (mc >= 0) {
				p->subject = preds[mc].subject;
				p->anchor = (int32_t)mc;
			}
			if (p->subject >= 0)
				goto passive;
		}
		/* "left Warsaw after being expelled by Poland", "was flown
		 * home after being released by": a passive gerund after
		 * "after", "upon", "before", "while" or "without" befalls the
		 * subject of the clause it hangs on, whom the agent acts on */
		if (p->passive && p->group > 0 && p->head > p->group && word_is_any(s, p->group, being) &&
		    (head_is(s, p->group - 1, "after") || head_is(s, p->group - 1, "upon") ||
		     head_is(s, p->group - 1, "before") || head_is(s, p->group - 1, "while") ||
		     head_is(s, p->group - 1, "without"))) {
			long mc = main_clause_before(s, preds, i, 1, 0);
			if (mc >= 0) {
				p->subject = preds[mc].subject;
				p->anchor = (int32_t)mc;
			}
			if (p->subject >= 0)
				goto passive;
		}
		/* "Visiting Kyiv on Monday, Baerbock warned Russia": a
		 * participle that opens the sentence is the act of the main
		 * clause's subject */
		if (p->group == 0 && p->head == 0 && !p->passive && head_ends_ing(s, p->head) &&
		    (p->subject = main_subject_after(s, p->end + 1)) >= 0)
			goto passive;
		/* "Having secured a ceasefire with Hezbollah, Israel turned":
		 * a perfect participle that opens the sentence is the main
		 * clause subject's act, done before it */
		if (p->group == 0 && p->head == 1 && word_is_any(s, 0, having) &&
		    past_form(s, p->head) &&
		    (p->subject = main_subject_after(s, p->end + 1)) >= 0)
			goto passive;
		/* "..., with Trump accusing Pretoria of": the actor "with"
		 * opens, not the main clause's object before it */
		if (!p->passive && !p->infinitive && (ci = with_subject(s, p)) >= 0) {
			p->subject = (int32_t)ci;
			goto passive;
		}
		if ((ci = series_verb(s, preds, i)) >= 0) {
			p->subject = preds[ci].subject;
			p->coord = (int32_t)ci;
			goto passive;
		}
		p->subject = clause_subject_left(s, preds, n, p->group);
		if (p->subject < 0)
			p->subject = said_and_subject(s, preds, i);
		if (p->subject < 0 && !p->passive && !p->infinitive)
			p->subject = np_agent(s, p->group);
passive:
		/* "talks hosted by Anwar", "a deal brokered by China": a
		 * participle right before "by X" is a passive without "be";
		 * what it acts on are the main clause's actors. */
		if (!p->passive && p->group == p->head && p->end + 2 < s->n &&
		    (((s->info[p->end + 1].roles & R_BY) && by_actor(s, p->end + 1)) ||
		     pred_by_past_phrase(s, p->end)) && past_form(s, p->head) &&
		    p->head > 0 && !(s->info[p->head - 1].roles & (R_HAVE | R_BE)) &&
		    (s->info[p->head - 1].mention < 0 || is_punct(s, p->head - 1, ',') ||
		     /* "talks in Doha mediated by Qatar" */
		     s->ments[s->info[p->head - 1].mention].after_prep ||
		     people_before(s, p->head))) {
			p->passive = 1;
			p->subject = -1;
			/* "in exchange for 90 Palestinian prisoners released by
			 * Israel": people named right before it are whom the
			 * participle befell */
			if (people_before(s, p->head)) {
				p->subject = s->info[p->head - 1].mention;
				goto by_agent;
			}
			/* ("Israel and Hamas agreed to a truce, Qatar's
			 * premier said, after talks mediated by Egypt": not
			 * the reporter's) */
			for (k = i; k-- > 0;)
				if (preds[k].kind == LEX_VERB && !clause_subordinate(s, &preds[k]) &&
				    preds[k].subject >= 0 &&
				    !((s->info[preds[k].head].vroles & V_SPEECH) && !preds[k].passive &&
				      !preds[k].has_complement && preds[k].end + 1 < s->n &&
				      is_punct(s, preds[k].end + 1, ','))) {
					p->subject = preds[k].subject;
					break;
				}
			/* "The talks between Armenia and Azerbaijan, hosted
			 * by Kazakhstan, ended": with no clause before it, the
			 * parties of the phrase it sets off are what it acts
			 * on (not a place: "the summit in Doha, hosted by") */
			if (p->subject < 0 && p->head >= 2 && is_punct(s, p->head - 1, ',') &&
			    s->info[p->head - 2].mention >= 0 &&
			    s->ments[s->info[p->head - 2].mention].after_prep &&
			    !(s->ments[s->info[p->head - 2].mention].prep_roles & R_LOC))
				p->subject = s->info[p->head - 2].mention;
		}
		/* "ordered the release of 14 prisoners convicted of
		 * extremism", "activists jailed for protesting": a participle
		 * of a charge or sentence right after the people it befell,
		 * "of", "for" or "on" after it, describes them (a reduced
		 * relative, told as no act of the news): a passive of no
		 * agent, whose subject they are */
		if (!p->passive && p->group == p->head && past_form(s, p->head) &&
		    people_before(s, p->head) && p->end + 1 < s->n &&
		    (head_is(s, p->end + 1, "of") || head_is(s, p->end + 1, "for") ||
		     head_is(s, p->end + 1, "on")) &&
		    (head_is(s, p->head, "convict") || head_is(s, p->head, "sentenc") ||
		     head_is(s, p->head, "jail") || head_is(s, p->head, "charg") ||
		     head_is(s, p->head, "accus") || head_is(s, p->head, "imprison") ||
		     head_is(s, p->head, "detain") || head_is(s, p->head, "arrest"))) {
			p->passive = 1;
			p->subject = s->info[p->head - 1].mention;
			p->reduced = 1;
		}
		/* "Britain sanctioned Russian officers accused of the
		 * Salisbury poisoning": "accused of" right after a noun is a
		 * passive of no agent whoever it befell (an active accusation
		 * names the accused between) */
		if (!p->passive && p->group == p->head && p->head > 0 && p->end + 1 < s->n &&
		    past_form(s, p->head) && head_is(s, p->head, "accus") &&
		    head_is(s, p->end + 1, "of") && (s->toks[p->head - 1].flags & TOK_WORD) &&
		    !(s->info[p->head - 1].roles & (R_HAVE | R_BE)) && !s->info[p->head - 1].verb) {
			p->passive = 1;
			p->subject = s->info[p->head - 1].mention;
			p->reduced = 1;
		}
		/* "was found guilty by the High Court and sentenced to 12
		 * years", "were detained by police and later charged": a bare
		 * participle joined by "and" to a passive is a passive too,
		 * of the same subject, and with no "by" of its own of the
		 * same agent; not one with an object of its own ("was hit by
		 * Russia and struck Moscow back"), one after a comma, a
		 * verb of speech, plans, agreeing or reacting, one that takes
		 * a clause ("..., and agreed to swap", "and demanded that
		 * Moscow explain"), one that answers back ("and retaliated"), nor one
		 * joined to a bare participle ("a summit hosted by Macron") */
		if (!p->passive && p->coord >= 0 && preds[p->coord].passive &&
		    preds[p->coord].group != preds[p->coord].head &&
		    preds[p->coord].subject >= 0 && p->group == p->head && p->group > 1 &&
		    !is_punct(s, p->group - 2, ',') &&
		    !(p->end + 1 < s->n && (s->info[p->end + 1].roles & R_SUB)) &&
		    !(p->vroles & (V_SPEECH | V_OPINION | V_DENY | V_SPEC | V_PLAN | V_LIGHT |
				   V_ASPECT | V_REACT | V_AGREE | V_VOTE)) &&
		    !responding(s, p->head) &&
		    past_form(s, p->head) && !object_after(s, p->end + 1) &&
		    ((s->info[p->group - 1].roles & R_CONJ) ||
		     (p->group > 1 && (s->info[p->group - 2].roles & R_CONJ) &&
		      word_is_any(s, p->group - 1, later_words)))) {
			p->passive = 1;
			p->subject = preds[p->coord].subject;
			shared_agent = preds[p->coord].by_agent;
		}
by_agent:
		if (p->passive) {
			size_t j;
			/* "was shot down off the coast of South Carolina by a
			 * U.S. fighter jet", "was promised a $50 billion loan by
			 * G7 leaders": the agent may follow several phrases of
			 * place, time or object, as long as the clause goes on
			 * (no comma, conjunction, subordinator or other verb
			 * between; a particle right after the head is its own) */
			for (j = p->head + 1; j < s->n && j < p->head + 14u; j++) {
				/* ("is expected to dismiss the accusations by
				 * Britain", "is expected to be vetoed by the
				 * United States": a passive of saying or
				 * expecting names its agent before its "to",
				 * "is expected by analysts to"; a "by" past the
				 * infinitive is the infinitive's) */
				if (j == p->head + 1 && (s->info[j].roles & R_TO) && raising(s, p))
					break;
				if (j >= p->head + 6u &&
				    ((s->toks[j].flags & TOK_PUNCT) || clause_break(s, j) ||
				     (s->info[j].roles & (R_SUB | R_IF | R_CONJ | R_BUT)) ||
				     (s->info[j].verb && j > p->head + 1)))
					break;
				if (s->info[j].roles & R_BY) {
					if (j + 1 < s->n) {
						size_t t = by_phrase_head(s, j + 1);
						if (t < s->n && s->info[t].mention >= 0)
							p->by_agent = s->info[t].mention;
					}
					break;
				}
				/* "were killed at the hands of Syrian security
				 * forces": the agent as "by" names it */
				if (j + 4 < s->n && word_is_any(s, j, at_words) &&
				    word_is_any(s, j + 1, the_words) && word_is_any(s, j + 2, hands_words) &&
				    word_is_any(s, j + 3, of_words)) {
					size_t t = by_phrase_head(s, j + 4);
					if (t < s->n && s->info[t].mention >= 0) {
						p->by_agent = s->info[t].mention;
						break;
					}
				}
			}
			if (p->by_agent < 0)
				p->by_agent = shared_agent;
		}
	}

	/* "called on Armenia and Azerbaijan to stop fighting and to start
	 * talks": an infinitive joined by "and to" to one asked for is asked
	 * for too */
	for (i = 1; i < n; i++) {
		struct pred *p = &preds[i];
		if (!p->infinitive || p->requested || p->group < 2 ||
		    !(s->info[p->group].roles & R_TO) || !(s->info[p->group - 1].roles & R_CONJ))
			continue;
		for (k = i; k-- > 0;)
			if (preds[k].kind == LEX_VERB && preds[k].infinitive) {
				if (preds[k].requested)
					p->requested = 1;
				break;
			}
	}
	for (i = 0; i < n; i++)
		if (preds[i].subject >= 0)
			s->ments[preds[i].subject].subject = 1;
	/* "Israeli troops deployed in southern Lebanon fired on": the
	 * participle the subject search passed over describes the subject
	 * of the verb after it */
	for (i = 0, k = n; i < n; i++) {       /* k: the verb before, or n */
		if (preds[i].kind != LEX_VERB)
			continue;
		if (k < n && preds[i].subject >= 0 && preds[k].subject == preds[i].subject &&
		    !preds[i].infinitive && preds[i].matrix < 0 && preds[i].coord < 0 &&
		    preds[i].anchor < 0 && !head_ends_ing(s, preds[i].head) &&
		    !(preds[i].passive && preds[i].group == preds[i].head) &&
		    (reduced_participle(s, &preds[k], preds[i].group) ||
		     ing_participle(s, &preds[k], preds[i].group)))
			preds[k].main_verb = (int32_t)i;
		else if (k < n && preds[i].passive && preds[i].group != preds[i].head &&
			 preds[k].main_verb < 0 && plural_participle(s, &preds[k], preds[i].group)) {
			preds[k].main_verb = (int32_t)i;
			/* (the place the weapons were aimed at is no subject
			 * of the passive: the weapons are) */
			if (preds[i].subject >= 0 && s->ments[preds[i].subject].tok > preds[k].head)
				preds[i].subject = -1;
		}
		k = i;
	}

	/* "Russian news agencies quoted Lavrov as saying that Moscow would
	 * respond", "KCNA quoted Kim as saying": the one quoted says it,
	 * the agencies only report it */
	for (i = 0; i < n; i++) {
		struct pred *sp = &preds[i];
		size_t h = sp->head;
		int32_t q;
		if (sp->kind != LEX_VERB || !(sp->vroles & V_SPEECH) || h < 3 ||
		    !head_is(s, h - 1, "as") || (q = s->info[h - 2].mention) < 0 ||
		    s->ments[q].tok < 1 || s->ments[q].kind == M_PRONOUN)
			continue;
		if (!word_is_any(s, s->ments[q].tok - 1, quoting))
			continue;
		sp->subject = q;
		/* (the quoting verb reports nothing of its own) */
		for (k = 0; k < n; k++)
			if (preds[k].kind == LEX_VERB && preds[k].head == s->ments[q].tok - 1)
				preds[k].subject = -1;
	}

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
			int split = 0;
			if (k == i || (claim >= 0 && p->head <= (size_t)claim))
				continue;
			/* "Putin, the Kremlin said, would not travel": the
			 * fronted subject's verb after the aside is what the
			 * aside's speaker says */
			if (after && p->subject >= 0 && sp->kind == LEX_VERB &&
			    (sp->vroles & V_SPEECH)) {
				size_t cm;
				for (cm = sp->end + 1; cm < s->n && cm <= sp->end + 6; cm++)
					if (is_punct(s, cm, ',')) {
						long q = clause_said_aside(s, cm);
						split = q >= 0 && s->ments[p->subject].tok < (size_t)q &&
							sp->head > (size_t)q && p->head > cm;
						break;
					}
			}
			/* "Iran denied that it had supplied drones, and Ukraine
			 * accused Tehran": ", and" before a subject and its
			 * verb ends what was said */
			if (after && p->subject >= 0 && new_clause_between(s, sp->end + 1,
									   s->ments[p->subject].tok))
				continue;
			/* "Russia denied carrying out the strike on the station
			 * that killed 50 people, and blamed Ukrainian forces":
			 * after a denial of a gerund, a past verb right after
			 * "and" is the denier's next act, not part of what is
			 * denied (which would go on "and blaming") */
			if (after && deny && sp->end + 1 < s->n && head_ends_ing(s, sp->end + 1) &&
			    p->kind == LEX_VERB && p->group == p->head && p->group > 0 &&
			    past_form(s, p->head) && !head_ends_ing(s, p->head) &&
			    (s->info[p->group - 1].roles & R_CONJ))
				continue;
			/* "Hezbollah may open a second front, analysts said, as
			 * the group traded fire with Israeli forces": a
			 * speaker set after what it says, between commas,
			 * says nothing of the clause after it */
			if (!split && after && sp->group > 0 && sp->subject >= 0 &&
			    sayers_tok(s, sp->subject) > 0 &&
			    is_punct(s, sayers_tok(s, sp->subject) - 1, ',') &&
			    sp->end + 1 < s->n && is_punct(s, sp->end + 1, ','))
				continue;
			/* "X said Y will visit Z" and "Y will visit Z, X said". */
			if ((after && (split || p->subject < 0 || s->ments[p->subject].tok > sp->head ||
				       p->matrix >= 0 || p->kind == LEX_NOUN)) ||
			    (before && sp->group > 0 && (comma_before(s, sp->group) ||
				(sp->subject >= 0 && sayers_tok(s, sp->subject) > 0 &&
				 comma_before(s, sayers_tok(s, sp->subject)))))) {
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
				    clause_time_anchor(s, sp))
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
	/* '"I would love to meet with him," Trump said': what a quote that
	 * opens the sentence holds is its speaker's reported speech (the
	 * one named, over a role in apposition: '"...," Kanaani, the
	 * ministry's spokesman, said') */
	if (s->qclose > 0 && s->qspeaker_tok >= 0 && s->info[s->qspeaker_tok].mention >= 0)
		for (i = 0; i < n; i++)
			if (preds[i].head < s->qclose)
				preds[i].reporter = s->info[s->qspeaker_tok].mention;

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
				if (clause_break(s, j) ||
				    /* "tariffs went into effect, and Ottawa
				     * answered with duties": ", and" before a
				     * new subject opens another clause */
				    (is_punct(s, j, ',') && j + 2 < p->head &&
				     (s->info[j + 1].roles & R_CONJ) && s->info[j + 2].mention >= 0 &&
				     !s->ments[s->info[j + 2].mention].after_prep))
					blocked = 1;
			if (!blocked)
				p->governor = (int32_t)k;
			break;
		}
	}
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
int clause_background(const struct sent *s, size_t head)
{
	static const char *const answer[] = { "retaliation", "response", "revenge",
					      "reprisal", "protest", "price", "punishment",
					      "vengeance", "retribution", NULL };
	static const char *const against_on[] = { "against", "on", "upon", NULL };
	static const char *const for_to[] = { "for", "to", NULL };
	static const char *const at_against[] = { "at", "against", NULL };
	static const char *const protest[] = { "protest", "protests", NULL };
	/* "ahead of a meeting between Xi and Trump", "on the eve of his
	 * visit", "in the run-up to the summit": an event still to come,
	 * named to place another in time */
	static const char *const eve[] = { "ahead", "eve", "run-up", NULL };
	static const char *const to[] = { "to", NULL };
	static const char *const remembered[] = { "anniversary", "anniversaries", "commemoration",
						  "commemorations", NULL };
	static const char *const over[] = { "over", NULL };
	static const char *const meals[] = { "lunch", "dinner", "breakfast", "supper", "banquet",
					     "tea", "coffee", "drinks", NULL };
	static const char *const during[] = { "during", NULL };
	static const char *const wars[] = { "war", "invasion", "occupation", "siege", NULL };
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
		if (j >= 1 && ((s->info[j].roles & R_OF) || word_is_any(s, (size_t)j, to)) &&
		    word_is_any(s, (size_t)j - 1, eve))
			return 1;
		/* "the second anniversary of Russia's full-scale invasion",
		 * "a commemoration of the massacre": an event remembered,
		 * not reported */
		if (j >= 1 && (s->info[j].roles & R_OF) && word_is_any(s, (size_t)j - 1, remembered))
			return 1;
		if (j < 1 || !(s->info[j].roles & R_OF) ||
		    (s->info[j - 1].roles & (R_PREP | R_DET)))
			break;
		j -= 2;         /* "the end of", "a wave of": on to what governs it */
	}
	if (j < 0)
		return 0;
	/* "agreed over dinner in Buenos Aires", "talked over lunch": a meal
	 * after "over" is where the act was done, not its cause */
	if (word_is_any(s, (size_t)j, over) && word_is_any(s, head, meals))
		return 0;
	if (word_is_any(s, (size_t)j, background_words))
		return 1;
	/* "violations committed during Russia's invasion of Ukraine": a
	 * war the time of another act is told by (not "during a visit",
	 * the occasion of a meeting, nor "during clashes", often the news) */
	if (word_is_any(s, (size_t)j, during) && word_is_any(s, head, wars))
		return 1;
	/* "sanctions over the rigged election and the crackdown on
	 * protesters": the second of two nouns that one background word
	 * governs, past a short first phrase with no verb or comma */
	if (j > 1 && (s->info[j].roles & R_CONJ)) {
		long k = j - 1;
		int words = 0;
		while (k >= 0 && words < 5 && !s->info[k].verb && !is_punct(s, (size_t)k, ',') &&
		       (s->toks[k].flags & TOK_WORD) && !(s->info[k].roles & (R_CONJ | R_PREP))) {
			k--;
			words++;
		}
		if (k >= 0 && words >= 1 && word_is_any(s, (size_t)k, background_words))
			return 1;
	}
	if (j > 0 && word_is_any(s, (size_t)j, for_to) && word_is_any(s, (size_t)j - 1, answer))
		return 1;
	/* "recalled their ambassadors in protest at Algeria's downing of a
	 * drone", "in protest against the raid": what a protest answers */
	if (j > 0 && word_is_any(s, (size_t)j, at_against) && word_is_any(s, (size_t)j - 1, protest))
		return 1;
	/* "responding to Tallinn's expulsion of a Russian envoy",
	 * "retaliating for the drone attack": what a reply answers */
	if (j > 0 && word_is_any(s, (size_t)j, for_to) &&
	    (head_is(s, (size_t)j - 1, "respond") || head_is(s, (size_t)j - 1, "retaliate") ||
	     head_is(s, (size_t)j - 1, "react") || head_is(s, (size_t)j - 1, "reply")))
		return 1;
	/* "Israel must be punished and it shall be for its strike", "held
	 * accountable for the attack", "would retaliate against Israel for
	 * an air strike": what a penalty or a reply answers, a few words
	 * back past the quote or its foe */
	if (j > 0 && head_is(s, (size_t)j, "for")) {
		long k;
		for (k = j - 1; k >= 0 && k + 8 > j && !is_punct(s, (size_t)k, ','); k--)
			if (head_is(s, (size_t)k, "punish") || head_is(s, (size_t)k, "avenge") ||
			    head_is(s, (size_t)k, "accountable") ||
			    head_is(s, (size_t)k, "retaliate"))
				return 1;
	}
	/* "vowed revenge against Israel for an air strike", "would pay a
	 * price for their boycott": the answer named before its foe */
	if (j > 2 && word_is_any(s, (size_t)j, for_to) && s->info[j - 1].mention >= 0) {
		long k = (long)s->ments[s->info[j - 1].mention].tok - 1;
		return k > 0 && word_is_any(s, (size_t)k, against_on) &&
		       word_is_any(s, (size_t)k - 1, answer);
	}
	return 0;
}

/* "following deadly clashes between soldiers and his followers": a bare
 * plural read as a verb, with only words that are no names between it
 * and a word of background before it, is that background's noun. */
int clause_background_plural(const struct sent *s, const struct pred *p)
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
