/*
 * predicate.c - the predicates of a sentence.
 *
 * A predicate is a word that may code an event: a verb read as a verb
 * ("visited", "will impose"), or a trigger noun in a context that makes
 * it one ("a visit to", "the talks with").  For each this stage finds
 * its verb group (the auxiliaries and negation before it, the passive,
 * the particles of a phrasal head after it), which the clause analysis
 * and the modes read.
 */
#include <stdint.h>
#include <string.h>

#include "coder_stages.h"

/* "a", "an", "the" or a name right after token i: an object. */
static int article_after(const struct sent *s, size_t i)
{
	size_t len;
	const char *t;

	/* ("a Russian drone hit their car", "an air strike hit its
	 * vehicle": a possessive determines an object as an article does) */
	if (i + 1 < s->n && s->info[i + 1].mention >= 0)
		return s->ments[s->info[i + 1].mention].kind == M_NAME ||
		       (s->ments[s->info[i + 1].mention].kind == M_PRONOUN &&
			(s->info[i + 1].roles & R_POSS) && i + 2 < s->n &&
			(s->toks[i + 2].flags & TOK_WORD) && s->info[i + 2].mention < 0);
	if (i + 1 >= s->n || !(s->info[i + 1].roles & R_DET))
		return 0;
	t = tok_text(s, i + 1, &len);
	return (len == 1 && (*t == 'a' || *t == 'A')) || (len == 2 && !strncasecmp(t, "an", 2)) ||
	       (len == 3 && !strncasecmp(t, "the", 3));
}

/* An object right after token i: an article or name, a plural, or one
 * modifier and a plural ("cut ties", "cut diplomatic ties"), that
 * modifier maybe two joined by "and" ("cut phone and internet
 * services"). */
static int bare_object_after(const struct sent *s, size_t i)
{
	if (i + 1 >= s->n)
		return 0;
	if (i + 4 < s->n && (s->info[i + 2].roles & R_CONJ) && s->info[i + 1].mention < 0 &&
	    (s->toks[i + 1].flags & TOK_WORD) && !(s->toks[i + 1].flags & TOK_CAP) &&
	    !s->info[i + 1].roles && !plural_form(s, i + 1) && s->info[i + 3].mention < 0 &&
	    (s->toks[i + 3].flags & TOK_WORD) && !s->info[i + 3].roles && !plural_form(s, i + 3) &&
	    plural_form(s, i + 4) && s->info[i + 4].mention < 0 && !s->info[i + 4].roles)
		return 1;
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

/* Whether "with" opens the phrase that starts at token TOK, past its
 * determiners ("with the Kremlin", "with Russia"). */
static int with_before(const struct sent *s, size_t tok)
{
	while (tok > 0 && (s->info[tok - 1].roles & R_DET) && !(s->info[tok - 1].roles & R_POSS))
		tok--;
	return tok > 0 && head_is(s, tok - 1, "with");
}

/* "with Trump accusing Pretoria of", "with police firing tear gas at
 * demonstrators": in an absolute clause the gerund right after the
 * actor "with" opens, with an object after it (an actor, a determiner,
 * or for an agent noun any word), is that actor's verb, which clause.c
 * gives its subject; not a noun the actor modifies ("with Russian
 * backing", "with U.S. funding for"). */
static int absolute_gerund(const struct sent *s, size_t i)
{
	const struct mention *m;

	if (i < 2 || i + 1 >= s->n || s->info[i - 1].mention < 0 ||
	    !(s->toks[i + 1].flags & TOK_WORD))
		return 0;
	m = &s->ments[s->info[i - 1].mention];
	if (m->tok + m->n_tok != i || !with_before(s, m->tok))
		return 0;
	/* ("with Cambodia firing rockets into Thailand": a bare plural
	 * object too, after any actor but a person or a government's
	 * official: "with Oman's foreign minister shuttling messages
	 * between the two delegations" is a go-between's errand) */
	return s->info[i + 1].mention >= 0 || (s->info[i + 1].roles & (R_DET | R_POSS)) ||
	       (m->kind == M_AGENT && !s->info[i + 1].roles) ||
	       (!m->person && !(m->code && strlen(m->code) == 6 && !strcmp(m->code + 3, "GOV")) &&
		!s->info[i + 1].roles && plural_form(s, i + 1) && !past_form(s, i + 1));
}

/* Whether token i is a verb's -ing form ("serving", "operating"). */
static int ing_participle(const struct sent *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return s->info[i].vlemma != LEX_NONE && ends_with(t, len, "ing");
}

/* "A gunman dressed in black opened fire", "a gunman disguised as a
 * tourist opened fire": the past form at i, after the phrase of a
 * participle (past or present j, at its preposition or article) on the noun that
 * opens the clause, is that noun's verb.  The participle sits right after
 * an actor ("gunman") whose phrase opens the clause, with a preposition
 * right after it, at most six words before i, and no verb, comma or
 * conjunction between. */
static int participle_on_subject(const struct sent *s, size_t i, size_t j)
{
	size_t k, q;

	if (!past_form(s, i) || i < 3 || i + 1 >= s->n || !(s->toks[i + 1].flags & TOK_WORD))
		return 0;
	for (k = j; k > 1 && k + 7 > i; k--) {
		const struct tokinfo *pt = &s->info[k - 1];
		int32_t m = s->info[k - 2].mention;
		if (!(s->toks[k - 1].flags & TOK_WORD) || (pt->roles & R_CONJ))
			return 0;
		/* ("A Greek frigate serving in the EU's Aspides mission shot
		 * down": a present participle's phrase too) */
		if (!(past_form(s, k - 1) || ing_participle(s, k - 1)) || pt->mention >= 0 ||
		    !(s->info[k].roles & R_PREP))
			continue;
		if (m < 0 || s->ments[m].tok + s->ments[m].n_tok != k - 1)
			return 0;
		q = s->ments[m].tok;
		while (q > 0 && (s->info[q - 1].roles & R_DET) && !(s->info[q - 1].roles & R_POSS))
			q--;
		return opens_clause(s, q);
	}
	return 0;
}

/* words that open a count at i ("at least 21", "more than 40",
 * "nearly 100", "up to 30"). */
static int count_lead(const struct sent *s, size_t i)
{
	static const char *const one[] = { "nearly", "almost", "about", "around", "roughly",
					   "some", "over", NULL };
	static const char *const at_w[] = { "at", NULL };
	static const char *const least[] = { "least", NULL };
	static const char *const more[] = { "more", "up", NULL };
	static const char *const than[] = { "than", "to", NULL };

	if (word_is_any(s, i, one))
		return i + 1 < s->n && (s->toks[i + 1].flags & TOK_NUM);
	return i + 1 < s->n && ((word_is_any(s, i, at_w) && word_is_any(s, i + 1, least)) ||
				(word_is_any(s, i, more) && word_is_any(s, i + 1, than)));
}

/* A determiner or possessive before the word, past up to four modifiers:
 * "a two-day state visit", "her upcoming visit", "the Trump-Kim summit".
 * A past form right after a name is that name's verb: "The United States
 * imposed". */
/* "fired rubber bullets at thousands of people protesting against
 * the president", "arrested men marching in the capital": a gerund
 * right after a plural of people that does not end in -s, with a
 * preposition after it, is a reduced relative on those people, a verb
 * (as "protesters marching against" already is); the walk back over
 * modifiers would read "people protesting" as one noun. */
static int people_gerund(const struct sent *s, size_t i)
{
	static const char *const people[] = { "people", "men", "women", "children", NULL };

	return i > 0 && i + 1 < s->n && word_is_any(s, i - 1, people) &&
	       (s->info[i + 1].roles & R_PREP) && !(s->info[i + 1].roles & R_OF) &&
	       !(s->info[i].vroles & V_LIGHT);
}

/* "after signing a defence pact with Kim", "upon arriving in Jeddah",
 * "on arriving in Israel", "after holding talks with Trump", "after
 * flying to Washington": a gerund that "after" or "upon" (or "on",
 * for an arrival) opens, with an object, a light verb's noun, or a
 * preposition of direction and a name after it, is a participial clause
 * (the subject's act, coded), no noun of background.  Gerunds that name
 * fighting or a way of life stay nouns ("after fighting in Kharkiv",
 * "after living in exile"), and V_REACT ones are the grounds of what
 * follows ("after accusing Baku of ..."). */
static int after_gerund_verb(const struct sent *s, size_t i)
{
	static const char *const openers[] = { "after", "upon", NULL };
	static const char *const on[] = { "on", NULL };
	static const char *const arrivals[] = { "arriving", "landing", "reaching", "touching",
						NULL };
	static const char *const toward[] = { "in", "to", "at", "with", "for", "into", NULL };
	static const char *const nouns[] = { "fighting", "clashing", "battling", "shelling",
					     "bombing", "living", "working", "serving", "studying",
					     "campaigning", "voting", "hiding", "trading",
					     "spending", "being", NULL };
	size_t k;

	if (!word_is_any(s, i - 1, openers) &&
	    !(word_is_any(s, i - 1, on) && word_is_any(s, i, arrivals)))
		return 0;
	if ((s->info[i].vroles & V_REACT) || word_is_any(s, i, nouns) ||
	    (s->info[i + 1].roles & R_OF))
		return 0;
	/* "after signing a pact", "after meeting the president" */
	if ((s->info[i + 1].roles & (R_DET | R_POSS)) && word_is_any(s, i - 1, openers))
		return 1;
	/* "after holding talks with", "after holding nearly three hours of
	 * talks" */
	if ((s->info[i].vroles & V_LIGHT) && (s->toks[i + 1].flags & TOK_WORD) &&
	    word_is_any(s, i - 1, openers))
		return 1;
	/* "after arriving in Kyiv", "after flying to Washington", "upon
	 * arriving in the city-state" */
	if (!word_is_any(s, i + 1, toward))
		return 0;
	for (k = i + 2; k < s->n && k <= i + 4; k++) {
		if (s->info[k].mention >= 0)
			return 1;
		if (!(s->info[k].roles & R_DET) && !(s->toks[k].flags & TOK_WORD))
			return 0;
	}
	return 0;
}

/* "Spain sent aid to Iran, to which Iran responded by condemning
 * Spain", "retaliated by expelling two diplomats": a gerund with an
 * object after the "by" of a verb of reply is the reply itself, the
 * subject's act (clause.c gives it the subject), no noun. */
static int reply_by_gerund(const struct sent *s, size_t i)
{
	static const char *const reply[] = { "respond", "retaliate", "react", "reply", "answer",
					     NULL };
	static const char *const back[] = { "back", NULL };
	size_t v;

	if (i < 2 || i + 1 >= s->n || !head_is(s, i - 1, "by") ||
	    !(s->toks[i + 1].flags & TOK_WORD) ||
	    !(s->info[i + 1].mention >= 0 || (s->info[i + 1].roles & (R_DET | R_POSS)) ||
	      (!s->info[i + 1].roles && s->info[i + 1].verb == 0)))
		return 0;
	v = i - 2;
	/* ("responded on Monday by", "hit back by") */
	if (v >= 2 && weekday(s, v) && head_is(s, v - 1, "on"))
		v -= 2;
	if (word_is_any(s, v, back) && v > 0)
		return 1;
	return head_is_any(s, v, reply);
}

/* "detained the mayor, sparking protests in Istanbul", "passed the law,
 * triggering mass demonstrations across Serbia": protests a comma
 * participle of cause sets off in a place are that place's crowd
 * protesting, read as the verb "protest" (as "sparking street protests in
 * Istanbul" is read), whose crowd protests at its own government. */
static int sparked_protests(const struct sent *s, size_t i)
{
	static const char *const crowds[] = { "protests", "demonstrations", "rallies", NULL };
	static const char *const causes[] = { "sparking", "triggering", "igniting", "prompting",
					      "provoking", "fuelling", "fueling", "unleashing",
					      NULL };
	static const char *const where[] = { "in", "across", "throughout", NULL };
	static const char *const kinds[] = { "mass", "street", "angry", "nationwide", "large",
					     "widespread", "fresh", "new", "violent", NULL };
	size_t j = i;

	if (!word_is_any(s, i, crowds) || i + 2 >= s->n || !word_is_any(s, i + 1, where) ||
	    s->info[i + 2].mention < 0)
		return 0;
	while (j > 0 && word_is_any(s, j - 1, kinds))
		j--;
	return j >= 2 && word_is_any(s, j - 1, causes) && is_punct(s, j - 2, ',');
}

/* Whether a passive's "by" follows token i within a few words of its
 * own phrase ("fired at Israel by Iran"), before any comma or verb. */
static int by_agent_after(const struct sent *s, size_t i)
{
	size_t k;

	for (k = i + 1; k < s->n && k <= i + 5; k++) {
		if (!(s->toks[k].flags & TOK_WORD) || s->info[k].vlemma != LEX_NONE)
			return 0;
		if (s->info[k].roles & R_BY)
			return 1;
	}
	return 0;
}

size_t pred_by_past_phrase(const struct sent *s, size_t i)
{
	size_t k;

	if (i + 3 >= s->n || !(s->info[i + 1].roles & R_PREP) ||
	    (s->info[i + 1].roles & (R_TO | R_BY | R_OF)))
		return 0;
	for (k = i + 2; k < s->n && k <= i + 6; k++) {
		if (!(s->toks[k].flags & TOK_WORD) || s->info[k].vlemma != LEX_NONE ||
		    (s->info[k].roles & (R_SUB | R_CONJ | R_BUT | R_IF | R_TO)))
			return 0;
		if (s->info[k].roles & R_BY) {
			size_t a = k + 1;
			if (a + 1 < s->n && (s->info[a].roles & R_DET) && s->info[a].mention < 0)
				a++;
			return a < s->n && s->info[a].mention >= 0 ? k : 0;
		}
	}
	return 0;
}

/* Whether the word at i is a form of a verb of giving or sending
 * ("send", "supplying", "provide", "transferring"). */
static int giving_verb(const struct sent *s, size_t i)
{
	static const char *const give[] = {
		"send", "sending", "supply", "supplying", "provide", "providing", "deliver",
		"delivering", "transfer", "transferring", "ship", "shipping", "give", "giving",
		"arm", "arming", "fund", "funding", "sell", "selling", NULL
	};

	return word_is_any(s, i, give);
}

/* Past form i is followed by "dead" ("shot dead", "gunned dead") or by
 * "former", "senior" or "top" and an actor ("killed former President
 * Burhanuddin Rabbani"): the verb of a clause, not a participle. */
static int past_then_dead_or_title(const struct sent *s, size_t i)
{
	static const char *const ranks[] = { "former", "senior", "top", "retired", "ex", NULL };
	static const char *const shot[] = { "shot", NULL };
	size_t len;
	const char *t = tok_text(s, i, &len);

	if (i == 0 || i + 2 >= s->n || !past_form(s, i) ||
	    (s->info[i - 1].roles & (R_DET | R_POSS)))
		return 0;
	/* (regular forms and "shot": "the shot dead" is no phrase) */
	if (!ends_with(t, len, "ed") && !word_is_any(s, i, shot))
		return 0;
	if (head_is(s, i + 1, "dead"))
		return 1;
	return word_is_any(s, i + 1, ranks) && s->info[i + 2].mention >= 0 &&
	       (s->toks[i + 2].flags & TOK_CAP);
}

/* "an arrest warrant for ousted Prime Minister Thaksin", "the deposed
 * president's lawyers": a past form that makes a title of its own kind
 * ("ousted", "deposed", "exiled", "jailed"), after a preposition or an
 * article and right before the actor it describes, is an adjective, no
 * verb whose clause would cut the phrase it stands in ("a coup that
 * ousted President Mursi" keeps its verb). */
static int title_participle(const struct sent *s, size_t i)
{
	static const char *const title_past[] = { "ousted", "deposed", "exiled", "jailed",
						  "imprisoned", "detained", "toppled", NULL };
	static const char *const articles[] = { "the", "a", "an", NULL };
	const struct mention *m;
	size_t after;

	if (i == 0 || i + 1 >= s->n || !word_is_any(s, i, title_past) || s->info[i + 1].mention < 0)
		return 0;
	/* ("banned all activities of ousted Prime Minister Sheikh Hasina's
	 * Awami League party": a possessor's title describes no party the
	 * act is aimed at; its phrase is left as it was read) */
	m = &s->ments[s->info[i + 1].mention];
	after = m->tok + m->n_tok;
	if (after < s->n && (s->info[after].roles & R_POSS))
		return 0;
	return ((s->info[i - 1].roles & R_PREP) && !(s->info[i - 1].roles & R_SUB)) ||
	       word_is_any(s, i - 1, articles);
}

/* "pounded ethnic Albanian rebel positions near Kumanovo", "air strikes
 * against Taliban and al Qaeda targets across Afghanistan": the ground a
 * side holds, named by its owner right before it and followed by a
 * preposition or the clause's end, is a noun; the verbs of these words
 * ("Russia targets Ukraine's grid", "bases its claim on") take an
 * object right after them. */
static int held_ground_plural(const struct sent *s, size_t i)
{
	static const char *const ground[] = { "positions", "targets", "bases", "posts",
					      "outposts", "camps", "strongholds", "hideouts",
					      "lines", NULL };

	if (i == 0 || !word_is_any(s, i, ground) ||
	    s->info[i - 1].mention < 0 || s->ments[s->info[i - 1].mention].person ||
	    s->ments[s->info[i - 1].mention].kind == M_PRONOUN)
		return 0;
	if (i + 1 == s->n || (s->toks[i + 1].flags & TOK_PUNCT))
		return 1;
	return (s->info[i + 1].roles & R_PREP) && !(s->info[i + 1].roles & R_TO);
}

/* "Turkey and its partners took control of Afrin", "the rebels' allies
 * made gains": a past form right after a plural that a determiner or a
 * possessive opens, with a plain word or an article after it (no
 * preposition, no "by": "the hostages held in Gaza" stays a participle),
 * is that phrase's verb; no noun is modified by a plural.  Whether token
 * I is such, STEPS words after the determiner. */
static int past_after_plural(const struct sent *s, size_t i, size_t steps)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return steps > 0 && i + 1 < s->n && past_form(s, i) && !ends_with(t, len, "s") &&
	       plural_form(s, i - 1) && s->info[i - 1].mention < 0 &&
	       (s->toks[i + 1].flags & TOK_WORD) && !(s->toks[i + 1].flags & TOK_CAP) &&
	       !(s->info[i + 1].roles & ~(uint32_t)R_DET);
}

/* "Drone attacks claimed by the Houthis hit", "Iran rejected claims made
 * by Israel": a plural right before a participle and its "by" is the
 * noun that participle describes; no verb has a passive participle for
 * its object. */
static int plural_before_agent(const struct sent *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	/* ("air strikes carried out by": past the participle's particle) */
	size_t by = i + 3 < s->n && head_is(s, i + 2, "out") ? i + 3 : i + 2;

	return by < s->n && plural_form(s, i) && !past_form(s, i) && !ends_with(t, len, "ing") &&
	       !(s->toks[i].flags & TOK_CAP && i > 0) && past_form(s, i + 1) &&
	       (s->info[by].roles & R_BY);
}

/* Whether a past form or a gerund stands between tokens j and i. */
static int past_between(const struct sent *s, size_t j, size_t i)
{
	size_t k, len;

	for (k = j + 1; k < i; k++) {
		const char *t = tok_text(s, k, &len);
		if (past_form(s, k) || ends_with(t, len, "ing"))
			return 1;
	}
	return 0;
}

/* Whether the word at j counts more than one thing ("two", "12",
 * "dozens"): "struck two Saudi oil plants" (no "one", no year). */
static int plural_count(const struct sent *s, size_t j)
{
	static const char *const counts[] = { "two", "three", "four", "five", "six", "seven",
					      "eight", "nine", "ten", "several", "many", "dozens",
					      "scores", "hundreds", "thousands", NULL };
	size_t len;
	const char *t = tok_text(s, j, &len);

	if (s->toks[j].flags & TOK_NUM)
		return len <= 3 && !(len == 1 && *t == '1');
	return word_is_any(s, j, counts);
}

/* The past form at i comes right after "more than" or "less than",
 * after an actor's name. */
static int past_after_comparison(const struct sent *s, size_t i)
{
	static const char *const more[] = { "more", "less", NULL };
	static const char *const than[] = { "than", NULL };

	return i >= 3 && past_form(s, i) && word_is_any(s, i - 1, than) &&
	       word_is_any(s, i - 2, more) && s->info[i - 3].mention >= 0;
}

/* "declared martial law after accusing Baku of shelling villages": an
 * accusation with its "of" after the one accused (a name), at gerund I
 * after "after", which act_context.c then weighs as the grounds of the
 * main act or an act of its own. */
static int accuse_of_after(const struct sent *s, size_t i)
{
	static const char *const accusing[] = { "accusing", "blaming", NULL };
	static const char *const of_for[] = { "of", "for", NULL };
	const struct mention *m;

	if (!word_is_any(s, i, accusing) || s->info[i + 1].mention < 0)
		return 0;
	m = &s->ments[s->info[i + 1].mention];
	/* (a name: "left the bloc after accusing it of", in a relative
	 * clause, has its accuser far back) */
	return m->tok == i + 1 && m->kind != M_PRONOUN && m->tok + m->n_tok < s->n &&
	       word_is_any(s, m->tok + m->n_tok, of_for);
}

static int noun_context(const struct sent *s, size_t i, uint32_t *mods)
{
	static const char *const set_fire[] = { "fire", NULL };
	static const char *const set_ablaze[] = { "ablaze", "alight", NULL };
	static const char *const formal_adverbs[] = {
		"formally", "officially", "unanimously", "publicly", "swiftly", "repeatedly",
		"jointly", NULL
	};
	/* ("through": "a car bomb ripped through a police academy") */
	static const char *const places[] = { "on", "near", "outside", "inside", "about",
					      "nearly", "dozens", "hundreds", "scores", "through",
					      NULL };
	/* ("up": "a car bomb blew up at a checkpoint") */
	static const char *const off[] = { "off", "up", NULL };
	static const char *const al[] = { "al", NULL };
	static const char *const without[] = { "without", NULL };
	static const char *const after_upon[] = { "after", "upon", NULL };
	static const char *const before[] = { "before", NULL };
	static const char *const for_word[] = { "for", NULL };
	static const char *const motions[] = { "Arriving", "Landing", "Travelling", "Traveling",
					       "Returning", "Flying", "Speaking", NULL };
	static const char *const into[] = { "in", "to", "at", "into", "with", NULL };
	static const char *const leaving[] = { "leaving", "departing", "heading", NULL };
	static const char *const again[] = { "again", "also", "once", "still", NULL };
	static const char *const group_adverbs[] = { "also", "later", "then", "again", "already",
						     "since", "subsequently", "previously", NULL };
	static const char *const large_numbers[] = { "million", "billion", "trillion", NULL };
	static const char *const subject_pronouns[] = { "he", "she", "they", "we", NULL };
	/* "an executive order dismantling most U.S. sanctions" */
	static const char *const quantity[] = { "most", "all", "some", "many", "several",
						"new", "further", "additional", NULL };
	static const char *const on_to[] = { "on", "to", "back", "home", NULL };
	static const char *const weekdays[] = { "Monday", "Tuesday", "Wednesday", "Thursday",
						"Friday", "Saturday", "Sunday", NULL };
	/* texts a body passes or issues ("a resolution on Friday banning") */
	static const char *const texts[] = { "resolution", "resolutions", "decree", "order",
					     "law", "bill", "motion", "statement", NULL };
	/* "apartment blocks" are buildings, no blocking */
	static const char *const blocks[] = { "block", "blocks", NULL };
	static const char *const block_kinds[] = { "apartment", "residential", "tower", "housing",
						   "office", "high-rise", "cell", NULL };
	/* a place described by how it is held ("of occupied Crimea", "in
	 * besieged Mariupol", "in annexed Crimea") */
	static const char *const held_places[] = { "occupied", "annexed", "besieged",
						   "captured", "liberated", "blockaded", NULL };
	/* "an air strike killed five fighters" */
	static const char *const counts[] = { "two", "three", "four", "five", "six", "seven",
					      "eight", "nine", "ten", "eleven", "twelve", "twenty",
					      "thirty", "forty", "fifty", "dozens", "scores",
					      "hundreds", "thousands", NULL };
	/* the word before the place, past a particle: "went off in", "blew
	 * up in" */
	size_t at = i + 1 < s->n && word_is_any(s, i + 1, off) ? i + 1 : i;
	size_t j = i, steps = 0, glen;
	const char *gt = tok_text(s, i, &glen);
	int gerund = ends_with(gt, glen, "ing");   /* "began sending troops" */

	*mods = 0;
	if (sparked_protests(s, i))
		return 0;
	if (plural_before_agent(s, i))
		return 1;
	/* "A gunman disguised as a courier shot dead Andriy Parubiy", "a
	 * suicide bomber who hid explosives in his turban killed former
	 * President Burhanuddin Rabbani": a past form before "dead", or
	 * before a former or senior office holder, is a verb; no noun it
	 * modifies ("the courier shot") is followed so. */
	if (past_then_dead_or_title(s, i))
		return 0;
	/* "The United States more than doubled tariffs on Chinese goods":
	 * a past form after "more than" or "less than" that follows an
	 * actor is that actor's verb, no count ("more than 40") */
	if (past_after_comparison(s, i))
		return 0;
	/* "will no longer send weapons", "is no longer transferring
	 * arms": a verb of giving after "no longer" is a verb, not a noun
	 * the "no" determines (other verbs there, "would no longer regard",
	 * "was no longer welcome", stay as they were read) */
	if (i >= 2 && head_is(s, i - 1, "longer") && head_is(s, i - 2, "no") &&
	    giving_verb(s, i))
		return 0;
	/* "before he travels to Beijing", "when she visits Seoul": a word
	 * right after a subject pronoun is its verb */
	if (i > 0 && word_is_any(s, i - 1, subject_pronouns))
		return 0;
	/* "U.S.-North Korea nuclear talks in Stockholm broke down", "U.S.-
	 * China working-level talks": a plural after a hyphenated pair,
	 * past up to two bare modifiers, is the pair's noun; so is one right
	 * after it ("U.S.-Russia talks in Riyadh lasted": first of the
	 * rules, as those below read a sentence's opening word and the
	 * plural after it as a subject and its verb). */
	/* ("U.S.-China trade frictions": any word but a past form right
	 * after the pair, before a noun that is no verb's form) */
	if (i > 0 && !gerund && !past_form(s, i) &&
	    (plural_form(s, i) || (s->info[i - 1].mention >= 0 && s->ments[s->info[i - 1].mention].pair &&
				    i + 1 < s->n && (s->toks[i + 1].flags & TOK_WORD) &&
				    !(s->toks[i + 1].flags & TOK_CAP) && !s->info[i + 1].roles &&
				    s->info[i + 1].mention < 0 && s->info[i + 1].vlemma == LEX_NONE &&
				    plural_form(s, i + 1)))) {
		size_t k = i;
		while (k > 0 && k + 3 > i && s->info[k - 1].mention < 0 &&
		       (s->toks[k - 1].flags & TOK_WORD) && !(s->toks[k - 1].flags & TOK_CAP) &&
		       !s->info[k - 1].roles && !s->info[k - 1].verb)
			k--;
		if (k > 0 && s->info[k - 1].mention >= 0 && s->ments[s->info[k - 1].mention].pair)
			return 1;
	}
	if (held_ground_plural(s, i))
		return 1;
	/* "Iran denied on Tuesday supplying drones to Russia", "admitted
	 * on Friday carrying out the strike": a gerund after the weekday
	 * that dates the verb before it is that verb's object clause, a
	 * verb (no "Tuesday supplying" noun) */
	if (gerund && i >= 3 && word_is_any(s, i - 1, weekdays) && head_is(s, i - 2, "on") &&
	    s->info[i - 3].verb && s->info[i - 3].mention < 0)
		return 0;
	/* ... and so is one after a text so dated: "adopted a resolution
	 * on Friday banning arms sales to South Sudan" (the text's
	 * participle, no "Friday banning") */
	if (gerund && i >= 3 && word_is_any(s, i - 1, weekdays) && head_is(s, i - 2, "on") &&
	    word_is_any(s, i - 3, texts) && s->info[i - 3].mention < 0)
		return 0;
	/* "passed a resolution demanding that Iran grant access", "issued
	 * a statement on Friday urging that": a gerund of demanding or
	 * saying before "that", after a plain word, is the participle of
	 * the noun's author, not a noun ("the shelling that killed") */
	if (gerund && i > 0 && i + 1 < s->n && head_is(s, i + 1, "that") &&
	    (s->info[i].vroles & (V_SPEECH | V_REACT | V_CONTROL)) &&
	    (s->toks[i - 1].flags & TOK_WORD) && !s->info[i - 1].roles &&
	    s->info[i - 1].mention < 0)
		return 0;
	/* "a plane carrying Saudi relief aid landed in Aleppo", "a convoy
	 * with Jordanian food arrived in Gaza": a past form of a verb of
	 * arrival right before a preposition is the verb of the phrase
	 * before it, however long that phrase (no "the landed aid") */
	if (i > 0 && i + 1 < s->n && past_form(s, i) && (s->info[i + 1].roles & R_PREP) &&
	    !(s->info[i - 1].roles & (R_DET | R_POSS)) &&
	    (head_is(s, i, "arrive") || head_is(s, i, "land") || head_is(s, i, "dock")))
		return 0;
	/* "a truck bomb hidden in a sewage tanker exploded near the German
	 * embassy", "drones laden with explosives detonated near a parade",
	 * "a truck packed with explosives blew up at a busy junction", "a
	 * van ploughed into crowds": so is the past form of a bomb going
	 * off or of a vehicle driven into people, which modifies no noun
	 * ("the exploded shell" has a determiner) */
	if (i > 0 && i + 1 < s->n && past_form(s, i) && !(s->info[i - 1].roles & (R_DET | R_POSS)) &&
	    ((ends_with(gt, glen, "ed") &&
	      ((s->info[i + 1].roles & R_PREP) || (s->toks[i + 1].flags & TOK_PUNCT)) &&
	      (head_is(s, i, "explode") || head_is(s, i, "detonate"))) ||
	     (head_is(s, i, "blow") && head_is(s, i + 1, "up")) ||
	     ((head_is(s, i, "plough") || head_is(s, i, "plow") || head_is(s, i, "smash") ||
	       head_is(s, i, "slam") || head_is(s, i, "crash")) &&
	      (head_is(s, i + 1, "into") || head_is(s, i + 1, "through")))))
		return 0;
	/* "1.6 billion pounds of export finance", "a million doses": the
	 * plural a large number counts is a noun, never a verb ("pounds");
	 * a past form after it is a verb ("$50 billion backed by") */
	if (i > 0 && word_is_any(s, i - 1, large_numbers) && plural_form(s, i) && !past_form(s, i))
		return 1;
	/* (not after a possessive pronoun: "into its bombed nuclear sites") */
	if (i > 0 && s->info[i - 1].mention >= 0 && past_form(s, i) &&
	    !((s->info[i - 1].roles & R_POSS) && (s->info[i - 1].roles & R_PRON) &&
	      i + 1 < s->n && (s->toks[i + 1].flags & TOK_WORD) && !s->info[i + 1].roles))
		return 0;
	if (gerund && absolute_gerund(s, i))
		return 0;
	/* "Russian shelling of Kharkiv killed three people", "Israeli
	 * bombing of Gaza": a gerund between a state's name and "of" is the
	 * state's act named by a noun */
	if (gerund && i > 0 && i + 1 < s->n && s->info[i - 1].mention >= 0 &&
	    s->ments[s->info[i - 1].mention].country &&
	    s->ments[s->info[i - 1].mention].tok + s->ments[s->info[i - 1].mention].n_tok == i &&
	    head_is(s, i + 1, "of"))
		return 1;
	/* "fired tear gas at supporters marching against Maduro", "opened
	 * fire on protesters marching on the palace": a gerund right after
	 * people a preposition governs, named by their role, with a
	 * preposition (not "of") or an object after it, is what those
	 * people are doing, a verb on them ("Israeli
	 * shelling of Gaza", "U.S. funding for Kyiv" stay nouns: a state
	 * modifies them, no role) */
	if (gerund && i > 0 && i + 1 < s->n && s->info[i - 1].mention >= 0 &&
	    plural_form(s, i - 1) && !head_is(s, i + 1, "of")) {
		const struct mention *m = &s->ments[s->info[i - 1].mention];
		/* (an absolute "with" clause is absolute_gerund's, "with
		 * both leaders praising their ties", but for a gerund with
		 * an infinitive, a verb: "with the two leaders agreeing to
		 * resume visits") */
		if (m->kind == M_AGENT && m->tok + m->n_tok == i &&
		    ((m->after_prep && !with_before(s, m->tok)) || (s->info[i + 1].roles & R_TO)) &&
		    ((s->info[i + 1].roles & (R_PREP | R_DET | R_POSS)) ||
		     s->info[i + 1].mention >= 0))
			return 0;
	}
	/* "forces retaliating for Indian strikes fired missiles at": a
	 * regular past form between two bare plurals is the verb of the
	 * phrase before it, whose object the second plural is */
	if (i > 0 && i + 1 < s->n && ends_with(gt, glen, "ed") && plural_form(s, i - 1) &&
	    s->info[i - 1].mention < 0 && !s->info[i - 1].roles && (s->toks[i - 1].flags & TOK_WORD) &&
	    plural_form(s, i + 1) && s->info[i + 1].mention < 0 && !s->info[i + 1].roles &&
	    (s->toks[i + 1].flags & TOK_WORD) && !past_form(s, i + 1))
		return 0;
	/* "agreed to a truce, with Russia mediating": a gerund with no
	 * object right after the one actor "with" opens is that actor's
	 * verb, as after a list ("with Qatar and Egypt mediating") */
	if (gerund && i >= 2 && s->info[i - 1].mention >= 0 &&
	    (i + 1 >= s->n || (s->toks[i + 1].flags & TOK_PUNCT) ||
	     ((s->info[i + 1].roles & R_PREP) && !(s->info[i + 1].roles & R_TO)) ||
	     head_is(s, i + 1, "as")) &&
	    with_before(s, s->ments[s->info[i - 1].mention].tok))
		return 0;
	/* "with Oman again acting as mediator": so with an adverb of
	 * repetition between the actor and its gerund */
	if (gerund && i >= 3 && i + 1 < s->n && word_is_any(s, i - 1, again) &&
	    s->info[i - 2].mention >= 0 &&
	    ((s->toks[i + 1].flags & TOK_PUNCT) || (s->info[i + 1].roles & R_PREP) ||
	     head_is(s, i + 1, "as")) &&
	    with_before(s, s->ments[s->info[i - 2].mention].tok))
		return 0;
	/* "A Chinese coast guard ship fired water cannon", "a Chinese
	 * vessel collided with": so is one after the noun a state's name or
	 * role modifies, when a word follows it */
	if (i > 1 && s->info[i - 2].mention >= 0 && s->info[i - 1].mention < 0 &&
	    (s->toks[i - 1].flags & TOK_WORD) && !(s->toks[i - 1].flags & TOK_CAP) &&
	    !s->info[i - 1].roles && s->info[i - 1].nlemma != LEX_NONE && !plural_form(s, i - 1) &&
	    ends_with(gt, glen, "ed") && past_form(s, i) && i + 1 < s->n &&
	    (s->toks[i + 1].flags & TOK_WORD) && !(s->info[i + 1].roles & R_BY))
		return 0;
	/* "called for a ceasefire and peace talks", "pushed for trade
	 * talks": a plural after a bare noun that follows "and", "for" or
	 * "of" is that compound's head, no verb without a subject */
	if (i >= 2 && plural_form(s, i) && !past_form(s, i) && s->info[i - 1].mention < 0 &&
	    (s->toks[i - 1].flags & TOK_WORD) && !s->info[i - 1].roles && !s->info[i - 1].verb &&
	    s->info[i - 2].mention < 0 && (s->info[i - 2].roles & (R_CONJ | R_PREP)))
		return 1;
	static const char *const every[] = { "remaining", "other", "more", NULL };
	/* "handed over three detained Americans", "freed 20 jailed
	 * activists": a past form between a count and the people it
	 * describes modifies them, no act of the clause. */
	if (i > 0 && i + 1 < s->n && past_form(s, i) && ends_with(gt, glen, "ed") &&
	    ((s->toks[i - 1].flags & TOK_NUM) || word_is_any(s, i - 1, counts) ||
	     word_is_any(s, i - 1, quantity) || word_is_any(s, i - 1, every)) &&
	    (s->info[i + 1].mention >= 0 || (plural_form(s, i + 1) && !s->info[i + 1].roles)))
		return 1;
	/* "state media on Tuesday denounced the United States", "the Taiwan
	 * Affairs Office condemned Lai's speech": a past form with an object
	 * after it is a verb, unless a determiner sits right before it ("the
	 * occupied West Bank"), or a preposition ("off the coast of
	 * occupied Crimea", "in occupied Kherson": the place so described). */
	/* So is one with a count after it ("a suicide bomber from Islamic
	 * State's Afghan branch killed 13 U.S. service members"). */
	if (i > 0 && i + 1 < s->n && past_form(s, i) &&
	    !(s->info[i - 1].roles & (R_DET | R_POSS)) &&
	    !((s->info[i - 1].roles & R_PREP) && !(s->info[i - 1].roles & R_BY) &&
	      s->info[i + 1].mention >= 0 && word_is_any(s, i, held_places)) &&
	    ((s->info[i + 1].roles & (R_DET | R_POSS)) || s->info[i + 1].mention >= 0 ||
	     (((s->toks[i + 1].flags & TOK_NUM) || word_is_any(s, i + 1, counts) ||
	       count_lead(s, i + 1)) &&
	      ends_with(gt, glen, "ed"))))
		return 0;
	/* "The RSF appears to be massing fighters", "Sudan's army
	 * seems to have retaken": a verb of doubt right after its subject,
	 * before "to", is the clause's verb, whatever determiner opens the
	 * subject */
	/* (not "seems to be a textbook example of": a verb of being,
	 * whose subject phrase is the noun's) */
	if (i > 0 && i + 2 < s->n && s->info[i - 1].mention >= 0 && (s->info[i].vroles & V_SPEC) &&
	    (s->info[i + 1].roles & R_TO) &&
	    !((s->info[i + 2].roles & R_BE) && i + 3 < s->n && (s->info[i + 3].roles & R_DET)))
		return 0;
	/* "hit apartment blocks in Kharkiv": a block of flats, no
	 * blocking */
	if (i > 0 && word_is_any(s, i, blocks) && word_is_any(s, i - 1, block_kinds))
		return 1;
	/* "the army summarily executed at least 223 villagers",
	 * "troops deliberately shelled the town": a past form right after
	 * an adverb in -ly, with an object after it, is a verb */
	if (i > 1 && i + 1 < s->n && past_form(s, i) && ends_with(gt, glen, "ed") &&
	    s->info[i - 1].mention < 0 && !s->info[i - 1].roles && (s->toks[i - 1].flags & TOK_WORD) &&
	    !(s->toks[i - 1].flags & TOK_CAP)) {
		size_t alen;
		const char *at_w = tok_text(s, i - 1, &alen);
		/* ("The United States temporarily lifted sanctions on
		 * Venezuela", "the Commerce Department temporarily eased
		 * trade restrictions": right after a named subject, whatever
		 * follows) */
		if (ends_with(at_w, alen, "ly") && alen > 4 &&
		    ((s->info[i + 1].roles & (R_DET | R_POSS)) || s->info[i + 1].mention >= 0 ||
		     (s->info[i - 2].mention >= 0 && !(s->info[i - 2].roles & R_POSS) &&
		      s->ments[s->info[i - 2].mention].tok + s->ments[s->info[i - 2].mention].n_tok ==
			      i - 1) ||
		     (s->toks[i + 1].flags & TOK_NUM) || word_is_any(s, i + 1, counts) ||
		     head_is(s, i + 1, "at")))
			return 0;
		/* "the EU formally opened talks with Ukraine", "formally
		 * launched membership talks": after an adverb of an act done
		 * in form, a bare plural object still makes the past form a
		 * verb ("newly elected lawmakers" is left a noun phrase) */
		if (word_is_any(s, i - 1, formal_adverbs) && i + 2 < s->n &&
		    s->info[i + 1].mention < 0 && !s->info[i + 1].roles &&
		    !(s->toks[i + 1].flags & TOK_CAP) &&
		    (plural_form(s, i + 1) ||
		     (s->info[i + 2].mention < 0 && !s->info[i + 2].roles && plural_form(s, i + 2))))
			return 0;
	}
	/* "Saudi Arabia and its allies cut ties with Qatar", "the
	 * partners severed relations": a past form after a determined
	 * plural that is no actor, with a plural object after it, is the
	 * verb of that plural. */
	if (i >= 2 && i + 1 < s->n && plural_form(s, i - 1) &&
	    (past_form(s, i) || (!s->info[i].infl && !gerund &&
				 !ends_with(gt, glen, "s"))) &&
	    s->info[i - 1].mention < 0 && !s->info[i - 1].roles &&
	    (s->info[i - 2].roles & R_DET) && s->info[i + 1].mention < 0 &&
	    !s->info[i + 1].roles && plural_form(s, i + 1) && !past_form(s, i + 1))
		return 0;
	/* "Islamic State's Khorasan branch claimed responsibility", "Iran's
	 * top diplomat voiced optimism": a past in -ed after a noun phrase a
	 * named possessor opens ("X's [word] noun") is that phrase's verb,
	 * when a word follows it */
	if (i >= 3 && i + 1 < s->n && ends_with(gt, glen, "ed") && past_form(s, i) &&
	    (s->toks[i + 1].flags & TOK_WORD) && !(s->info[i + 1].roles & R_BY) &&
	    s->info[i - 1].mention < 0 && !s->info[i - 1].roles && !s->info[i - 1].verb &&
	    (s->toks[i - 1].flags & TOK_WORD)) {
		size_t k = i - 1, words = 0;
		while (k > 0 && words < 3 && s->info[k].mention < 0 && !s->info[k].roles &&
		       (s->toks[k].flags & TOK_WORD)) {
			k--;
			words++;
		}
		if (words >= 1 && (s->info[k].roles & R_POSS) && !(s->info[k].roles & R_PRON) &&
		    k > 0 && s->info[k - 1].mention >= 0 && opens_clause(s, s->ments[s->info[k - 1].mention].tok))
			return 0;
	}
	/* "a meeting hosted by Anwar": a participle before "by" is a verb. */
	if (i + 1 < s->n && (s->info[i + 1].roles & R_BY) && past_form(s, i))
		return 0;
	/* "An air strike by the U.S. military hit a hospital": so is one
	 * after a noun's agent ("NOUN by X"), which ends a noun phrase
	 * (np_agent then checks that the phrase opens the clause). */
	/* ("Rockets fired by Hezbollah hit two army posts": a count
	 * opens the object as an article does) */
	if (i > 0 && s->info[i - 1].mention >= 0 &&
	    (article_after(s, i) || (i + 1 < s->n && plural_count(s, i + 1))) && !gerund &&
	    !ends_with(gt, glen, "s") && !s->info[i].infl) {
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
		/* ("Drone attacks claimed by Hezbollah hit two bases": past
		 * the noun's own bare modifiers and determiner) */
		if (m->after_prep && k >= 3 && (s->info[k - 1].roles & R_BY) &&
		    past_form(s, k - 2) && s->info[k - 3].mention < 0 &&
		    (s->toks[k - 3].flags & TOK_WORD) && !s->info[k - 3].roles &&
		    opens_clause(s, noun_phrase_start(s, k - 3)))
			return 0;
	}
	/* "The government cut ties with Ukraine", "Mali's military government
	 * cut diplomatic ties", "Russia's army hit the depot": a bare form
	 * (one that is also the past: "cut", "hit", "set") right after an
	 * actor's phrase that opens the clause is that actor's verb when an
	 * object follows it: an article or name, a plural, or one modifier
	 * and a plural. */
	if (i > 0 && s->info[i - 1].mention >= 0 && !gerund && !ends_with(gt, glen, "s") &&
	    !ends_with(gt, glen, "ed") && !s->info[i].infl &&
	    !(s->toks[i].flags & TOK_CAP) && i + 1 < s->n) {
		static const char *const back[] = { "back", "out", NULL };
		static const char *const ablaze[] = { "fire", "ablaze", "alight", NULL };
		const struct mention *m = &s->ments[s->info[i - 1].mention];
		size_t k = m->tok;
		/* "the foreign ministry hit back at", "hit out at"; "after
		 * protesters set fire to parliament", "set ablaze" */
		int obj = bare_object_after(s, i) || word_is_any(s, i + 1, back) ||
			  word_is_any(s, i + 1, ablaze);

		while (k > 0 && (s->info[k - 1].roles & R_DET) && !(s->info[k - 1].roles & R_POSS))
			k--;
		if (obj && !m->after_prep && !m->person && opens_clause(s, k) &&
		    m->tok + m->n_tok == i)
			return 0;
	}
	/* "protesters enraged by a social media ban set fire to
	 * parliament": "set fire to", "set ablaze" after a noun that ends a
	 * participle's phrase on the subject is the subject's verb, no set
	 * of things ("a set of rules" has its determiner before it) */
	if (i > 0 && i + 2 < s->n && head_is(s, i, "set") && !(s->toks[i].flags & TOK_CAP) &&
	    !(s->info[i - 1].roles & (R_DET | R_POSS)) &&
	    ((word_is_any(s, i + 1, set_fire) && head_is(s, i + 2, "to")) ||
	     word_is_any(s, i + 1, set_ablaze)))
		return 0;
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
	/* ("an order on Monday dismantling most U.S. sanctions on
	 * Syria": so with a weekday between, and an object opened by a
	 * word of quantity) */
	if (gerund && i > 0 && i + 1 < s->n && s->info[i - 1].mention < 0 &&
	    (s->toks[i - 1].flags & TOK_WORD) && !s->info[i - 1].roles && !s->info[i - 1].verb &&
	    ((s->info[i + 1].roles & (R_DET | R_POSS)) || s->info[i + 1].mention >= 0 ||
	     word_is_any(s, i + 1, quantity) ||
	     /* ("an order lowering tariffs on Japanese cars") */
	     (plural_form(s, i + 1) && i + 2 < s->n && head_is(s, i + 2, "on"))))
		return 0;
	/* "left Beijing without meeting Xi", "stopped short of imposing
	 * sanctions", "refrained from sending troops": a gerund with an
	 * object after these is the act they say was not done (mode.c
	 * negates it; clause.c gives it the clause's subject), no noun
	 * after a preposition.  (Not before "its": "imposed sanctions on
	 * Tehran without consulting its allies" is no act toward Tehran,
	 * the nearest owner "its" would find.) */
	if (gerund && i >= 1 && i + 1 < s->n && (s->toks[i + 1].flags & TOK_WORD) &&
	    (s->info[i + 1].mention >= 0 || !(s->info[i + 1].roles & ~(R_DET | R_POSS))) &&
	    ((word_is_any(s, i - 1, without) && !(s->info[i + 1].roles & R_POSS)) ||
	     /* "said after meeting Zelensky": the act the clause is
	      * dated by, the subject's own (not "after accusing Baku of",
	      * the grounds of what follows) */
	     (word_is_any(s, i - 1, after_upon) && s->info[i + 1].mention >= 0 &&
	      (!(s->info[i].vroles & V_REACT) || accuse_of_after(s, i))) ||
	     gerund_not_done(s, i)))
		return 0;
	if (gerund && i >= 1 && i + 1 < s->n && after_gerund_verb(s, i))
		return 0;
	if (gerund && reply_by_gerund(s, i))
		return 0;
	if (gerund && people_gerund(s, i))
		return 0;
	/* "visited Riyadh before heading to Doha", "before flying on to
	 * Washington", "before meeting Putin": the next leg of the
	 * subject's trip, a verb (clause.c gives it the clause's subject) */
	/* ("before leaving for South Korea", "before departing for
	 * Jordan": so is leaving for a place) */
	if (gerund && i >= 1 && i + 1 < s->n && word_is_any(s, i - 1, before) &&
	    (s->info[i + 1].mention >= 0 || word_is_any(s, i + 1, on_to) ||
	     (word_is_any(s, i + 1, for_word) && word_is_any(s, i, leaving))))
		return 0;
	/* "Fighting between Russia and Ukraine intensified", "Talks
	 * between Israel and Hamas will resume": no verb opens a sentence
	 * with "between" (or "among") after it */
	/* "Visiting Kyiv on Monday, Baerbock warned", "Arriving in Seoul,
	 * Blinken said": a gerund that opens the sentence with a name for
	 * its object is a participle on the main clause's subject */
	/* (not "Shelling by Russian troops killed", "Fighting in Sudan has
	 * killed": after a preposition only a gerund of motion, and a comma
	 * must close the phrase) */
	if (i == 0 && gerund && s->n > 2 && !(s->info[0].vroles & V_REACT) &&
	    (s->info[1].mention >= 0 ||
	     (word_is_any(s, 0, motions) && word_is_any(s, 1, into) && s->info[2].mention >= 0))) {
		size_t k;
		for (k = 2; k < s->n && k < 12 && !clause_break(s, k); k++)
			if (is_punct(s, k, ','))
				return 0;
	}
	if (i == 0) {
		size_t len;
		const char *t = tok_text(s, i, &len);
		if (ends_with(t, len, "ing") ||
		    (plural_form(s, i) && s->n > 1 &&
		     (head_is(s, 1, "between") || head_is(s, 1, "among"))))
			return 1;
	}
	/* ("Artillery exchanges between Azerbaijani forces and ...", "Heavy
	 * clashes between": so with bare modifiers before it) */
	/* ("Talks among Russia, Iran and Turkey": "among" as "between") */
	if (i > 0 && i < 4 && plural_form(s, i) && i + 1 < s->n &&
	    (head_is(s, i + 1, "between") || head_is(s, i + 1, "among"))) {
		size_t k;
		for (k = 0; k < i; k++)
			if (!(s->toks[k].flags & TOK_WORD) || s->info[k].mention >= 0 ||
			    (s->info[k].roles & ~R_DET) || s->info[k].verb)
				break;
		if (k == i)
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
	/* "The United States also suspended aid to Ukraine": an adverb of
	 * the verb group between an actor's phrase and a past form makes
	 * it that actor's verb ("the recently suspended aid" has none) */
	if (past_form(s, i) && i >= 2 && word_is_any(s, i - 1, group_adverbs) &&
	    s->info[i - 2].mention >= 0)
		return 0;
	/* "the United States and its allies condemned": a plural right
	 * after a possessive pronoun is the noun it owns, not a verb */
	if (i > 0 && (s->info[i - 1].roles & R_POSS) && (s->info[i - 1].roles & R_PRON) &&
	    plural_form(s, i) && !past_form(s, i) && !gerund)
		return 1;
	while (j > 0 && steps < 5) {
		const struct tokinfo *ti = &s->info[--j];
		/* "a court on Wednesday sentenced": a past form after a
		 * weekday is the clause's verb */
		/* ("Mali's government on Friday cut diplomatic ties": so
		 * is a bare form that is also the past, with an object) */
		/* ("Rockets fired by Hezbollah on Saturday hit two army
		 * posts": or with a count after it) */
		if (steps == 0 && weekday(s, j) &&
		    (past_form(s, i) ||
		     (!s->info[i].infl && !gerund && !ends_with(gt, glen, "s") &&
		      (bare_object_after(s, i) || (i + 1 < s->n && plural_count(s, i + 1))))))
			return 0;
		/* "An air strike hit a hospital": a bare form that is also
		 * the past ("hit", "put", "cut") after the noun phrase that
		 * opens the sentence or clause, with an article or a name
		 * after it, is that phrase's verb; no noun is followed by
		 * "a" or "the". */
		/* So is a past form with a place or a count after it: "A
		 * truck bomb exploded at a junction", "a bomb went off in a
		 * market", "an air strike killed about 100 people". */
		/* ("A man threw what appeared to be a pipe bomb", "A mob of
		 * factory workers beat a Sri Lankan manager": an irregular
		 * past with an article or "what" after it too) */
		if ((ti->roles & R_DET) && !(ti->roles & R_POSS) && steps > 0 && opens_clause(s, j) &&
		    ((article_after(s, i) && !gerund && !ends_with(gt, glen, "s") &&
		      (!s->info[i].infl || past_form(s, i))) ||
		     (past_form(s, i) && !ends_with(gt, glen, "s") && i + 1 < s->n &&
		      head_is(s, i + 1, "what")) ||
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
		      article_after(s, i) && !s->info[i].infl)))
			return 0;
		/* "most of the missiles fired at Israel by Iran": a past
		 * form right after the plural a determiner opens, with a
		 * preposition after it and its agent's "by" a few words on,
		 * is a reduced relative on that plural, a verb */
		if ((ti->roles & (R_DET | R_POSS)) && steps > 0 && past_form(s, i) &&
		    ends_with(gt, glen, "ed") && plural_form(s, i - 1) && s->info[i - 1].mention < 0 &&
		    i + 1 < s->n && (s->info[i + 1].roles & R_PREP) && !(s->info[i + 1].roles & R_TO) &&
		    by_agent_after(s, i))
			return 0;
		/* "a deal brokered in the Belarusian capital by Merkel": so
		 * is one after any noun when the "by" past its phrase of
		 * place or time names an actor */
		if ((ti->roles & (R_DET | R_POSS)) && steps > 0 && past_form(s, i) &&
		    ends_with(gt, glen, "ed") && s->info[i - 1].mention < 0 &&
		    pred_by_past_phrase(s, i))
			return 0;
		if ((ti->roles & (R_DET | R_POSS)) && past_after_plural(s, i, steps))
			return 0;
		if (ti->roles & (R_DET | R_POSS))
			return steps > 0 && participle_on_subject(s, i, j) ? 0 : 1;
		if (ti->roles & (R_PLANADJ | R_SPECADJ))
			*mods |= ti->roles & (R_PLANADJ | R_SPECADJ);
		if (ti->roles & R_PREP)
			return j + 1 < i && participle_on_subject(s, i, j) ? 0 : !(ti->roles & R_TO);
		/* "launched air strikes", "staged war games": right after a
		 * verb that takes an object, the word is that object. */
		if (ti->verb && (ti->vroles & V_LIGHT) && steps < 4 && !gerund)
			return 1;
		/* "a Russian missile and drone attack on Kyiv", "air
		 * and missile strikes": two weapons joined modify the noun */
		if (j + 1 < i && weapon_pair_conj(s, j)) {
			steps++;
			continue;
		}
		/* "Drones struck two Saudi oil plants": a plural after a
		 * count, past its modifiers, is the noun counted */
		/* (no past form between: "Group of Seven nations pledged
		 * security guarantees") */
		/* (an object's count, after a verb or a preposition: "Two
		 * Israeli strikes on a hospital killed" is left as it was
		 * read) */
		if (plural_count(s, j) && s->info[j].mention < 0 && s->info[i].mention < 0 &&
		    j > 0 &&
		    (s->info[j - 1].verb || (s->info[j - 1].roles & R_PREP)) &&
		    plural_form(s, i) && !past_form(s, i) && !gerund && !past_between(s, j, i))
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
long pred_particles_at(const dyad_lexicon *lex, const struct sent *s,
		       size_t i, const struct lex_head *h)
{
	size_t p, j = i, q;

	/* "called off the talks" or "called the talks off": the particle
	 * follows at once, or after one word that names no actor ("called
	 * Putin on Tuesday" is no "call on"). */
	for (p = 0; p < h->n_part; p++) {
		uint32_t w = lex->pool.v[h->part_off + p] & ~LEX_EXACT_BIT;
		/* ("called on Friday for a truce" is no "call on": the
		 * "on" of a weekday dates the act, when a preposition
		 * follows the day) */
		if (j + 3 < s->n && s->info[j + 1].word == w && head_is(s, j + 1, "on") &&
		    weekday(s, j + 2) && (s->info[j + 3].roles & R_PREP))
			return -1;
		if (j + 1 < s->n && s->info[j + 1].word == w)
			j = j + 1;
		else if (j + 2 < s->n && s->info[j + 2].word == w && s->info[j + 1].mention < 0 &&
			 !(s->toks[j + 1].flags & TOK_PUNCT))
			j = j + 2;
		else if (p == 0 && (q = past_count_object(s, j, w)) > 0)
			j = q;
		/* "appealed on Wednesday for more weapons": past the day
		 * the act was done */
		else if (p == 0 && j + 3 < s->n && s->info[j + 3].word == w &&
			 head_is(s, j + 1, "on") && weekday(s, j + 2))
			j = j + 3;
		else
			return -1;
	}
	return (long)j;
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
	p->main_verb = -1;
	p->mode = -1;
	return 1;
}

/* "prepared" or "determined" right before "to": the readiness of
 * whoever is, not something done to them. */
static int readiness_participle(const struct sent *s, size_t i)
{
	static const char *const readiness[] = { "prepared", "determined", NULL };

	return word_is_any(s, i, readiness) && i + 1 < s->n && (s->info[i + 1].roles & R_TO);
}

/* Walk left over auxiliaries, negation and adverbs to find the verb group. */
static void verb_group(const struct sent *s, struct pred *p)
{
	/* adverbs that may stand inside a verb group: "might soon provide",
	 * "has already begun", "has not yet recognised"; and a floating
	 * quantifier: "will each give $750 million", "have both signed" */
	static const char *const adverbs[] = { "also", "soon", "still", "now", "again", "already",
					       "just", "even", "further", "yet", "each", "both",
					       "jointly", NULL };
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
		/* "will no longer send": the "longer" of a giving verb's "no
		 * longer" (noun_context() reads that verb as one) */
		if (j >= 1 && head_is(s, (size_t)j, "longer") && head_is(s, (size_t)j - 1, "no") &&
		    giving_verb(s, p->head)) {
			j--;
			continue;
		}
		/* a quoted word of the group: 'would "absolutely not" let',
		 * 'will "never" accept' (the quote mark is skipped only when a
		 * word of the group stands on its left) */
		if (j >= 1 && is_punct(s, (size_t)j, '"') && s->info[j - 1].mention < 0 &&
		    ((s->info[j - 1].roles & aux) || word_is_any(s, (size_t)j - 1, adverbs))) {
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
	/* Passive: a form of "be" and a participle that is not the lemma;
	 * not a participle of readiness before "to" ("Britain was prepared
	 * to back a deal", "Egypt is determined to keep aid flowing"),
	 * which says the subject's own intent as "ready to" does. */
	if ((p->group_roles & R_BE) && s->info[p->head].infl &&
	    !ends_with(t, len, "ing") && !(ends_with(t, len, "s") && !ends_with(t, len, "ss")) &&
	    !readiness_participle(s, p->head))
		p->passive = 1;
}

/* "hosted visiting Ukrainian Foreign Minister Dmytro Kuleba", "Visiting
 * Chinese Foreign Minister Qin Gang met Putin", "the visiting defence
 * minister": "visiting" right before a person or a role, at the start,
 * after a determiner, a preposition or a verb, says who is the guest;
 * it is no visit of the clause's subject (whereas "is visiting Kyiv",
 * "..., visiting Kyiv" are). */
static int visitor_adjective(const struct sent *s, size_t i)
{
	const struct mention *m;
	const char *t;
	size_t len;

	if (i + 1 >= s->n || !head_is(s, i, "visit") || !head_ends_ing(s, i) ||
	    s->info[i + 1].mention < 0)
		return 0;
	m = &s->ments[s->info[i + 1].mention];
	if (m->tok != i + 1 || (!m->person && m->kind != M_AGENT))
		return 0;
	/* (a verb the dictionaries do not know is a verb all the same:
	 * "personally guided visiting Russian Defence Minister Sergei
	 * Shoigu around an exhibition") */
	if (i == 0 || (s->info[i - 1].roles & (R_DET | R_PREP)))
		return 1;
	if (s->info[i - 1].mention >= 0)
		return 0;
	t = tok_text(s, i - 1, &len);
	return s->info[i - 1].verb ||
	       (!s->info[i - 1].roles && !(s->toks[i - 1].flags & TOK_CAP) && ends_with(t, len, "ed"));
}

/* "sanctions on Russian oil and gas for one year": "gas" joined by "and"
 * or "or" to "oil" or "coal" (either side) is the fuel, no verb of
 * gassing. */
static int fuel_gas(const struct sent *s, size_t i)
{
	static const char *const gas[] = { "gas", NULL };
	static const char *const and_or[] = { "and", "or", NULL };
	static const char *const fuels[] = { "oil", "coal", "petroleum", "crude", NULL };

	if (!word_is_any(s, i, gas))
		return 0;
	return (i >= 2 && word_is_any(s, i - 1, and_or) && word_is_any(s, i - 2, fuels)) ||
	       (i + 2 < s->n && word_is_any(s, i + 1, and_or) && word_is_any(s, i + 2, fuels));
}

size_t pred_find(struct dyad_coder *c, struct sent *s, struct pred *preds)
{
	static const char *const back[] = { "back", NULL };
	static const char *const back_where[] = { "into", "to", "in", "from", "home", "out", "on", "onto",
						  "down", "up", "away", "inside", NULL };
	static const char *const stop[] = { "stop", "stops", "stopped", "stopping", NULL };
	const dyad_lexicon *lex = c->lex;
	size_t i, n = 0;

	for (i = 0; i < s->n; i++) {
		struct tokinfo *ti = &s->info[i];
		const struct lex_head *vh = NULL, *nh = NULL;
		size_t nv, nn;
		uint32_t mods = 0;
		int noun_ctx;

		/* (an apposition's words describe its actor: no predicate) */
		if (!(s->toks[i].flags & TOK_WORD) || ti->mention >= 0 || ti->aside)
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
		/* closed-class words head nothing, but for a preposition
		 * said of the subject ("Russia was behind the strike") */
		if ((ti->roles & ~(R_PLANADJ | R_SPECADJ)) &&
		    !(ti->roles == R_PREP && i > 0 && (s->info[i - 1].roles & R_BE)))
			continue;
		if (visitor_adjective(s, i))
			continue;
		if (title_participle(s, i))
			continue;
		/* "pulling back to agreed lines", "returned to occupied
		 * areas": an inflected past right after the preposition
		 * "to", before a word, is an adjective (an infinitive takes
		 * the bare form) */
		if (i > 0 && i + 1 < s->n && (s->info[i - 1].roles & R_TO) && ti->infl &&
		    past_form(s, i) && (s->toks[i + 1].flags & TOK_WORD) &&
		    !(s->info[i + 1].roles & ~R_DET))
			continue;
		nv = fuel_gas(s, i) ? 0 : lex_heads(lex, LEX_VERB, ti->vlemma, &vh);
		/* "let inspectors back into its sites", "came back to", "put
		 * Cuba back on the list": the adverb, not "to back" a side */
		if (nv && i + 1 < s->n && word_is_any(s, i, back) && word_is_any(s, i + 1, back_where))
			continue;
		/* "stopped short of imposing sanctions": nothing was
		 * stopped; the gerund after it is the act not done */
		if (nv && i + 2 < s->n && word_is_any(s, i, stop) && head_is(s, i + 1, "short") &&
		    head_is(s, i + 2, "of"))
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
