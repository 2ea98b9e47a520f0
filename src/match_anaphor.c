/*
 * match_anaphor.c - descriptions that name no one: states borrowed from a
 * list, plural pronouns, counterparts, "the two leaders" and the pair an
 * act names, the sides of a war, "the group" and its members, epithets
 * ("the isolated North"), kinds ("the militants"), premises attacked, and
 * the story's earlier actors.
 */
#include <stdlib.h>
#include <string.h>

#include "coder_int.h"
#include "match_int.h"

/* "the Biden administration", "a U.S. Navy destroyer", "Trump's
 * supporters": a role of no state right after an office holder or a
 * state's body (past a possessive or modifiers) is that state's, one
 * mention with it; "the government of President Nicolas Maduro",
 * "supporters of cleric Moqtada al-Sadr": so is a role before "of" and a
 * person of a state.  Armed groups keep their own fighters.  Needs the
 * people found and the mentions sorted; marks no tokens. */
void match_borrow_states(struct dyad_coder *c, struct sent *s)
{
	size_t i, o = 0;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *a = &s->ments[i], *b = i + 1 < s->n_ments ? &s->ments[i + 1] : NULL;
		uint32_t after = a->tok + a->n_tok;
		const struct mention *owner = NULL, *role = NULL;
		int party = 0;

		if (!b || !a->code || !b->code)
			goto keep;
		if (b->kind == M_AGENT && !b->person && strlen(b->code) == 3 &&
		    strlen(a->code) >= 6 && (a->person || a->kind == M_NAME) &&
		    (after == b->tok ||
		     match_modifiers_only(s, after + ((s->info[after].roles & R_POSS) &&
						      !(s->info[after].roles & R_PRON)), b->tok, 1))) {
			owner = a;
			role = b;
		} else if (a->kind == M_AGENT && !a->person && strlen(a->code) == 3 && b->person &&
			   strlen(b->code) >= 6 &&
			   ((s->info[after].roles & R_OF) || ((s->info[after].roles & R_TO) && match_aide_agent(s, a))) &&
			   (b->tok == after + 1 ||
			    /* "supporters of Shi'ite cleric Moqtada al-Sadr" */
			    (b->tok > after + 1 &&
			     match_modifiers_only(s, after + 1 + ((s->info[after + 1].roles & R_DET) &&
								  !(s->info[after + 1].roles & R_POSS)),
						  b->tok, 0)))) {
			owner = b;
			role = a;
		} else if (a->kind == M_AGENT && !a->person && !strcmp(a->code, "CVL") &&
			   b->kind == M_NAME && !b->person && strlen(b->code) >= 6 && armed_group(b->code) &&
			   after + 1 < b->tok && (s->info[after].roles & R_OF) &&
			   (s->info[after + 1].roles & R_DET) && !(s->info[after + 1].roles & R_POSS) &&
			   match_modifiers_only(s, after + 2, b->tok, 0)) {
			/* "supporters of an Iran-backed Iraqi militia": the
			 * civilians of the group's state */
			owner = b;
			role = a;
		} else if (a->kind == M_AGENT && !a->person && !strcmp(a->code, "CVL") &&
			   b->kind == M_NAME && !b->person && strlen(b->code) >= 6 && armed_group(b->code) &&
			   b->tok == after + 1 && (s->info[after].roles & R_OF)) {
			owner = b;
			role = a;
		}
		/* "the secretary general of the main opposition Bangladesh
		 * Nationalist Party", "a spokesman of the ruling party": an
		 * official title before "of" and a party is the party's own
		 * (its opposition or party code), not the state's government */
		if (!owner && a->kind == M_AGENT && !a->person && !strcmp(a->code, "GOV") &&
		    b->kind == M_NAME && !b->person && strlen(b->code) == 6 &&
		    (!strcmp(b->code + 3, "OPP") || !strcmp(b->code + 3, "PTY")) &&
		    (s->info[after].roles & R_OF) && b->tok > after &&
		    match_modifiers_only(s, after + 1 + ((s->info[after + 1].roles & R_DET) &&
							 !(s->info[after + 1].roles & R_POSS)),
					 b->tok, 0)) {
			owner = b;
			role = a;
			party = 1;
			goto merge;
		}
		if (owner && role == a && !strcmp(a->code, "CVL") && armed_group(owner->code) &&
		    match_is_state_code(owner->code) && strncmp(owner->code, "---", 3))
			goto merge;
		if (!owner || !match_is_state_code(owner->code) || !strncmp(owner->code, "---", 3) ||
		    armed_group(owner->code) || !strcmp(role->code, "REB") || !strcmp(role->code, "INS"))
			goto keep;
merge:
		{
			struct mention merged = *role;
			/* "former President Jair Bolsonaro's aides": an aide
			 * serves in his principal's role, whatever it is */
			if (party) {
				merged.code = owner->code;
			} else if (match_aide_agent(s, role) && owner->person) {
				size_t hl;
				const char *ht = tok_text(s, role->tok + role->n_tok - 1, &hl);
				merged.code = owner->code;
				merged.person = ht[hl - 1] != 's';     /* "an aide": one person */
			} else if (!(merged.code = state_role(c, owner->code, role->code)))
				return;
			merged.kind = M_NAME;
			merged.actor = LEX_NONE;
			merged.tok = a->tok;
			merged.n_tok = b->tok + b->n_tok - a->tok;
			merged.start = a->start;
			merged.end = b->end;
			merged.how = owner == a ? "role of the actor before it" :
				     party ? "official of the party after \"of\"" :
				     owner->person ? "role of the person after \"of\"" :
						     "civilians of the group after \"of\"";
			s->ments[o++] = merged;
			i++;
			continue;
		}
keep:
		s->ments[o++] = *a;
	}
	s->n_ments = o;
}

/* Whether the pronoun m took the code of a mention listed with others of
 * the same role ("Russian and Chinese bombers": MIL). */
static int one_kind_listed(const struct sent *s, const struct mention *m)
{
	size_t k, j;

	for (k = 0; k < s->n_ments; k++) {
		const struct mention *a = &s->ments[k];
		int others = 0;
		if (a->kind == M_PRONOUN || a->tok >= m->tok || !a->code || strcmp(a->code, m->code) ||
		    strlen(a->code) != 6)
			continue;
		for (j = 0; j < s->n_ments; j++) {
			const struct mention *b = &s->ments[j];
			if (j == k || b->kind == M_PRONOUN || b->group != a->group)
				continue;
			if (!b->code || strlen(b->code) != 6 || strcmp(b->code + 3, a->code + 3))
				return 0;
			others++;
		}
		return others > 0;
	}
	return 0;
}

/* "Spain, Ireland and Norway said they would recognise", "Burkina Faso,
 * Mali and Niger announced their withdrawal": "they" and "their" stand
 * for every member of the list the antecedent is in.  (An object "them"
 * is found among more candidates, and less surely: it stays one, but
 * for people and for forces of one role listed by their states.)
 * The pronoun keeps its mention (and its token); the other members get
 * mentions of their own over the same word, in the pronoun's group.
 * Runs last: the groups must be linked. */
int match_plural_pronouns(struct dyad_coder *c, struct sent *s)
{
	size_t i, k, n = s->n_ments;
	int bare;

	for (i = 0; i < n; i++) {
		size_t len;
		const char *t;
		long ref = -1;
		int owned;
		if (!s->ments[i].code)
			continue;
		/* "their governments": match_owned_agents() made it the role of
		 * the state "their" stands for */
		owned = s->ments[i].how && !strcmp(s->ments[i].how, "pronoun and agent") &&
			strlen(s->ments[i].code) > 3 && match_is_state_code(s->ments[i].code) &&
			s->ments[i].tok + 1 < s->n && word_is_any(s, s->ments[i].tok + 1, match_generic_governments);
		if (s->ments[i].kind != M_PRONOUN && !owned)
			continue;
		t = tok_text(s, s->ments[i].tok, &len);
		if (owned && !(len == 5 && !strncasecmp(t, "their", 5)))
			continue;
		if (!(len == 4 && !strncasecmp(t, "they", 4)) &&
		    !(len == 5 && !strncasecmp(t, "their", 5)) &&
		    !(len == 4 && !strncasecmp(t, "them", 4)))
			continue;
		/* ("Two Russian and two Chinese bombers flew ..., and U.S.
		 * jets were scrambled to intercept them": forces of one kind
		 * listed by their states; other things listed stay apart) */
		if (!strncasecmp(t, "them", 4) && !s->ments[i].person && !one_kind_listed(s, &s->ments[i]))
			continue;
		/* "the military juntas of Niger, Mali and Burkina Faso said
		 * they": a pronoun that took the state of a listed state's
		 * role stands for each role of the list */
		bare = (strlen(s->ments[i].code) == 3 && match_is_country_code(s->ments[i].code)) || owned;
		for (k = 0; k < n && s->ments[k].tok < s->ments[i].tok; k++)
			if (s->ments[k].kind != M_PRONOUN && s->ments[k].code &&
			    (!strcmp(s->ments[k].code, s->ments[i].code) ||
			     (bare && match_is_state_code(s->ments[k].code) &&
			      !strncmp(s->ments[k].code, s->ments[i].code, 3))))
				ref = (long)k;
		if (ref < 0)
			continue;
		if (!owned)
			s->ments[i].code = s->ments[ref].code;
		for (k = 0; k < n; k++) {
			uint32_t tok = s->ments[i].tok, group = s->ments[i].group;
			struct mention *m;
			if ((long)k == ref || s->ments[k].group != s->ments[ref].group ||
			    s->ments[k].kind == M_PRONOUN || !s->ments[k].code ||
			    (owned && !match_is_state_code(s->ments[k].code)))
				continue;
			if (!(m = match_push_mention(c, s)))
				return DYAD_ENOMEM;
			*m = s->ments[i];       /* push_mention may have moved them */
			if (owned) {
				/* each listed state with the pronoun's role */
				char *cc = state_role(c, s->ments[k].code, s->ments[i].code + 3);
				if (!cc)
					return DYAD_ENOMEM;
				m->code = cc;
				m->how = "pronoun and agent for a list";
				m->tok = tok;
				m->group = group;
				continue;
			}
			m->actor = s->ments[k].actor;
			m->code = s->ments[k].code;
			m->person = s->ments[k].person;
			m->country = s->ments[k].country;
			m->how = "pronoun for a list";
			m->tok = tok;
			m->group = group;
		}
	}
	return DYAD_OK;
}

/* "met his counterpart from India", "his counterparts from Brazil and
 * South Africa": a counterpart is the holder of an office in the state
 * after "from", "in" or "of", not in the possessor's own; each state of
 * a list gets a mention over the counterpart's words, in its group.
 * Runs after the groups are linked. */
int match_counterparts_from(struct dyad_coder *c, struct sent *s)
{
	static const char *const counterpart[] = { "counterpart", "counterparts", NULL };
	static const char *const from[] = { "from", "in", "of", NULL };
	size_t i, k, n = s->n_ments;

	for (i = 0; i < n; i++) {
		struct mention *m = &s->ments[i];
		size_t after = m->tok + m->n_tok;
		int32_t x;
		uint32_t group;
		/* ("his Indian counterpart in Beijing" names its state) */
		if (m->person || m->n_tok > 2 ||
		    (m->n_tok == 2 && !(s->info[m->tok].roles & R_PRON)) ||
		    !word_is_any(s, after - 1, counterpart) || after + 1 >= s->n ||
		    !word_is_any(s, after, from) || (x = s->info[after + 1].mention) < 0 ||
		    !s->ments[x].country || !s->ments[x].code ||
		    !(m->code = state_role(c, s->ments[x].code, "GOV")))
			continue;
		m->how = "counterpart in the state after it";
		m->placed = 0;
		group = s->ments[x].group;
		for (k = 0; k < n; k++) {
			struct mention *o;
			char *code;
			if ((int32_t)k == x || s->ments[k].group != group || !s->ments[k].country ||
			    !s->ments[k].code || !(code = state_role(c, s->ments[k].code, "GOV")))
				continue;
			if (!(o = match_push_mention(c, s)))
				return DYAD_ENOMEM;
			*o = s->ments[i];       /* push_mention may have moved them */
			o->code = code;
			o->group = s->ments[i].group;
		}
	}
	return DYAD_OK;
}

/* Whether the phrase at token I opens its sentence's clause as its
 * subject: first, or after a fronted phrase and its comma that names no
 * actor ("On Saturday, the two leaders agreed"). */
int match_opens_sentence(const struct sent *s, size_t i)
{
	size_t k;

	if (i == 0)
		return 1;
	if (!(s->toks[i - 1].flags & TOK_PUNCT) || s->text[s->toks[i - 1].start - s->base] != ',')
		return 0;
	for (k = 0; k + 1 < i; k++)
		if (s->info[k].mention >= 0 && !s->ments[s->info[k].mention].place_only)
			return 0;
	return 1;
}

/* "After Iran fired missiles at Israel, Guterres urged both sides to step
 * back", "urged all sides to exercise restraint after Russia's attack on
 * Ukraine": where no pair was named as one, the two sides are the doer
 * and the one done to of an act the sentence tells in one phrase: a
 * mention that is no preposition's object (or a possessor), then another
 * party, the object of a verb ("shot down two Indian jets") or after "at",
 * "on", "against" or "into", with no comma or subordinating word between
 * (act_pair_object(): right after a verb past determiners and numbers).  The last such pair in tokens [from, to), into
 * side; whether one was found. */
static int act_pair_object(const struct sent *s, const struct mention *y)
{
	long j = (long)y->tok - 1;

	while (j >= 0 && s->info[j].mention < 0 &&
	       ((s->info[j].roles & R_DET) || (s->toks[j].flags & TOK_NUM)))
		j--;
	return j >= 0 && s->info[j].mention < 0 && s->info[j].vlemma != LEX_NONE &&
	       !s->info[j].roles;
}

/* "hours after Russia launched a full-scale invasion of Ukraine": the one
 * done to after "of" when the word before it is an act's noun the lexicon
 * knows (invasion, attack, blockade), not a role ("the leaders of"). */
static int act_pair_noun_of(const struct sent *s, const struct mention *y)
{
	static const char *const of[] = { "of", NULL };
	size_t j = y->tok - 1;

	return j >= 1 && word_is_any(s, j, of) && s->info[j - 1].mention < 0 &&
	       s->info[j - 1].nlemma != LEX_NONE && !s->info[j - 1].roles;
}

static int act_pair(const struct sent *s, size_t from, size_t to, const struct mention **side)
{
	static const char *const at[] = { "at", "on", "against", "into", NULL };
	size_t k, j, found = 0;

	for (k = 0; k < s->n_ments; k++) {
		const struct mention *x = &s->ments[k], *y;
		size_t xe = x->tok + x->n_tok;
		int32_t yi = -1;
		if (x->tok < from || xe > to || x->kind == M_PRONOUN || !x->code || x->place_only ||
		    (x->after_prep && !possessor(s, x)))
			continue;
		for (j = xe; j < to && j < xe + 10; j++) {
			if ((s->info[j].roles & R_SUB) || match_is_punct_tok(s, j, ',') ||
			    match_is_punct_tok(s, j, ';'))
				break;
			if (s->info[j].mention < 0 || s->info[j].mention == (int32_t)k)
				continue;
			yi = s->info[j].mention;
			break;
		}
		if (yi < 0)
			continue;
		y = &s->ments[yi];
		if (y->kind == M_PRONOUN || !y->code || y->tok < 1 || y->tok + y->n_tok > to ||
		    !strcmp(x->code, y->code) || !(word_is_any(s, y->tok - 1, at) || act_pair_object(s, y) ||
		      act_pair_noun_of(s, y)))
			continue;
		side[0] = x;
		side[1] = y;
		found = 1;
	}
	return (int)found;
}

/* "Sudan's warring factions agreed to a seven-day ceasefire", "Libya's
 * two warring sides signed a permanent ceasefire", "the warring parties
 * in Sudan": a state's war names its two sides, which the news of the
 * day knows; each gets a mention over the phrase, the two in one group,
 * as "the two sides" of a pair named before do (match_pair_anaphors()).
 * NEEDSWORK: the wars are listed here, not in a dictionary record. */
static const struct civil_war {
	const char *state, *side_a, *side_b;
	int32_t from, to;               /* YYYYMMDD; to 0: open */
} civil_wars[] = {
	{ "SDN", "SDNMIL", "SDNREB", 20230415, 0 },        /* the army and the RSF */
	{ "LBY", "LBYGOV", "LBYREB", 20140516, 20210315 }, /* Tripoli and Haftar's LNA */
	{ "ETH", "ETHGOV", "ETHREB", 20201104, 20221103 }, /* Addis Ababa and the TPLF */
	{ "YEM", "YEMGOV", "YEMREB", 20150326, 0 },        /* the government and the Houthis */
	{ "SSD", "SSDGOV", "SSDREB", 20131215, 20180912 }, /* Kiir and Machar's SPLA-IO */
	/* wars fought in a place by a state and a group, or two states,
	 * as the news names them by the place ("a ceasefire in Gaza") */
	{ "PSE", "ISR", "PSEREB", 20231007, 0 },           /* Israel and Hamas in Gaza */
	{ "PSE", "ISR", "PSEREB", 20210510, 20210522 },    /* the 11-day war of May 2021 */
	{ "LBN", "ISR", "LBNREB", 20240923, 20241128 },    /* Israel and Hezbollah */
	{ "UKR", "RUS", "UKR", 20220224, 0 },              /* Russia's invasion */
};

static const struct civil_war *civil_war_of(const char *code, int32_t ymd)
{
	size_t k;

	if (!code || strlen(code) != 3 || ymd <= 0)
		return NULL;
	for (k = 0; k < sizeof(civil_wars) / sizeof(civil_wars[0]); k++)
		if (!strcmp(civil_wars[k].state, code) && ymd >= civil_wars[k].from &&
		    (!civil_wars[k].to || ymd < civil_wars[k].to))
			return &civil_wars[k];
	return NULL;
}

int match_war_sides(const char *code, int32_t ymd, const char **a, const char **b)
{
	const struct civil_war *w = civil_war_of(code, ymd);

	if (!w)
		return 0;
	*a = w->side_a;
	*b = w->side_b;
	return 1;
}

int match_warring_sides(struct dyad_coder *c, struct sent *s)
{
	static const char *const warring[] = { "warring", "rival", "feuding", "belligerent", NULL };
	static const char *const sides[] = { "parties", "sides", "factions", "camps", NULL };
	static const char *const two[] = { "two", "main", NULL };
	static const char *const the[] = { "the", NULL };
	static const char *const in[] = { "in", NULL };
	size_t i, n = s->n_ments;

	for (i = 0; i < n; i++) {
		const struct mention *st = &s->ments[i];
		const struct civil_war *w;
		size_t first, last, j, k;
		int32_t own = -1, grp;
		struct mention ref;

		if (!st->country || st->kind != M_NAME || !(w = civil_war_of(st->code, c->ymd)))
			continue;
		j = st->tok + st->n_tok;
		if (j < s->n && (s->info[j].roles & R_POSS)) {
			/* "Sudan's (two) warring factions" */
			first = st->tok;
			j++;
			if (j < s->n && word_is_any(s, j, two))
				j++;
			if (!(j + 1 < s->n && word_is_any(s, j, warring) && word_is_any(s, j + 1, sides)))
				continue;
			last = j + 1;
		} else if (st->tok >= 4 && word_is_any(s, st->tok - 1, in) &&
			   word_is_any(s, st->tok - 2, sides) &&
			   word_is_any(s, st->tok - 3, warring)) {
			/* "the warring parties in Sudan" */
			first = st->tok - 3;
			if (first >= 1 && word_is_any(s, first - 1, two))
				first--;
			if (first >= 1 && word_is_any(s, first - 1, the))
				first--;
			last = st->tok + st->n_tok - 1;
		} else {
			continue;
		}
		/* (a role word the phrase holds, "factions", gives way) */
		for (k = first; k <= last; k++)
			if (s->info[k].mention >= 0 && s->info[k].mention != (int32_t)i) {
				const struct mention *r = &s->ments[s->info[k].mention];
				if (r->kind != M_AGENT || r->country)
					break;
				own = s->info[k].mention;
			}
		if (k <= last)
			continue;
		memset(&ref, 0, sizeof(ref));
		ref.actor = LEX_NONE;
		ref.code = w->side_a;
		match_stand_for(s, &s->ments[i], &ref, "the pair of a state's war", first, last);
		s->ments[i].agent = LEX_NONE;
		s->ments[i].country = 0;
		s->ments[i].after_prep = first > 0 && (s->info[first - 1].roles & R_PREP);
		s->ments[i].prep_roles = s->ments[i].after_prep ? s->info[first - 1].roles : 0;
		grp = (int32_t)i;
		s->ments[i].group = (uint32_t)grp;
		{
			struct mention *m2 = own >= 0 ? &s->ments[own] : match_push_mention(c, s);
			if (!m2)
				return DYAD_ENOMEM;
			ref.code = w->side_b;
			memset(m2, 0, sizeof(*m2));
			match_stand_for(s, m2, &ref, "the pair of a state's war", first, last);
			m2->agent = LEX_NONE;
			m2->after_prep = s->ments[i].after_prep;
			m2->prep_roles = s->ments[i].prep_roles;
			m2->group = (uint32_t)grp;
		}
		for (k = first; k <= last; k++)
			s->info[k].mention = grp;
		sent_bloom_add(s, lex_lookup(c->lex, "and", 3));
	}
	return DYAD_OK;
}

/* "accused both countries of violating it", "urged the two sides to
 * respect the truce": after a verb or a preposition, "both" or "the two"
 * and a word for parties stand for the pair the sentence named before
 * ("a ceasefire between Israel and Iran").  A sentence that names no pair
 * before the phrase takes the pair of one of the two sentences before
 * it, and then the phrase may be its subject too ("Lee met Ishiba in
 * Tokyo. The two leaders agreed to ..."), where it stands as a compound
 * subject would.  "The two Koreas" and "both Koreas" name their pair
 * themselves, anywhere.  Each side gets a mention over the phrase, the two in
 * one group.  (As a subject after the pair in its own sentence, "Xi met
 * Putin, and the two leaders held talks", the coder pairs them itself.)
 * Runs after the groups are linked. */
int match_pair_anaphors(struct dyad_coder *c, struct sent *s)
{
	static const char *const parties[] = { "sides", "countries", "nations", "parties",
					       "leaders", "governments", "states", "neighbours",
					       "neighbors", "rivals", "capitals", "presidents",
					       "ministers", "delegations",
					       /* (story_: "Trump ... with the North's leader Kim
						* Jong Un. The two men then talked") */
					       "men", NULL };
	static const char *const both[] = { "both", NULL };
	static const char *const the[] = { "the", NULL };
	static const char *const two[] = { "two", NULL };
	static const char *const three[] = { "three", NULL };
	static const char *const all[] = { "all", NULL };
	static const char *const sides[] = { "sides", "parties", NULL };
	/* ("called on both sides", "an appeal to all parties") */
	static const char *const addressed[] = { "on", "to", "for", "by", NULL };
	static const char *const they[] = { "they", NULL };
	static const char *const governed[] = { "leaders", "governments", "presidents", "ministers",
						NULL };
	/* ("Xi met Putin ... The two countries signed": the states, not
	 * the leaders who stood for them) */
	static const char *const stately[] = { "countries", "nations", "states", "neighbours",
					       "neighbors", "country", NULL };
	/* ("Each side blamed the other": one side of the pair, either) */
	static const char *const each[] = { "each", NULL };
	static const char *const each_nouns[] = { "side", "country", "party", "government", NULL };
	static const char *const koreas_w[] = { "Koreas", NULL };
	static const struct mention two_koreas[2] = {
		{ .code = "KOR", .country = 1, .actor = LEX_NONE, .agent = LEX_NONE },
		{ .code = "PRK", .country = 1, .actor = LEX_NONE, .agent = LEX_NONE },
	};
	size_t i, k, n = s->n_ments;
	int remembered = c->memo.have_pair && s->index > c->memo.pair_sent &&
			 s->index - c->memo.pair_sent <= 2;
	int trio_kept = c->memo.have_trio && s->index > c->memo.trio_sent &&
			s->index - c->memo.trio_sent <= 5;

	/* "urged the foes to respect it", "a truce between the nuclear-armed
	 * rivals": words that name a pair with no number */
	static const char *const pair_nouns[] = { "pair", "foes", "rivals", "arch-rivals",
						  "archrivals", "superpowers", "giants", "adversaries",
						  "enemies", "neighbours", "neighbors", NULL };

	for (i = 0; i + 1 < s->n; i++) {
		int trio = word_is_any(s, i, the) && i + 2 < s->n && word_is_any(s, i + 1, three);
		size_t last = word_is_any(s, i, both) ? i + 1 :
			      word_is_any(s, i, the) && i + 2 < s->n &&
			      (word_is_any(s, i + 1, two) || trio) ? i + 2 :
			      /* ("urged all sides to exercise restraint") */
			      word_is_any(s, i, all) && word_is_any(s, i + 1, sides) ? i + 1 :
			      word_is_any(s, i, each) && word_is_any(s, i + 1, each_nouns) ? i + 1 : 0;
		int each_side = last && word_is_any(s, i, each);
		const struct mention *side[3] = { NULL, NULL, NULL };
		struct mention from[3];

		/* ("the pair", "the Asian giants", "the old foes") */
		if (!last && word_is_any(s, i, the)) {
			size_t j = i + 1;
			while (j < s->n && j <= i + 2 && !word_is_any(s, j, pair_nouns) &&
			       (s->toks[j].flags & TOK_WORD) && s->info[j].mention < 0 &&
			       !s->info[j].roles && s->info[j].vlemma == LEX_NONE &&
			       (!match_is_cap(s, j) || match_region_word(s, j)))
				j++;
			if (j < s->n && word_is_any(s, j, pair_nouns) && s->info[j].mention < 0 &&
			    !(j + 1 < s->n && ((s->info[j + 1].roles & R_OF) || (s->info[j + 1].roles & R_POSS))))
				last = j;
		}
		int32_t first, own = -1;
		size_t end = 0, n_sides = 2;
		int subject, pron = 0, memo_pair, koreas;

		/* "Lee met Ishiba in Tokyo. They agreed to ...": "they" opening
		 * the sentence right after the pair's, where no plural group
		 * was named, is the pair */
		if (!last && remembered && s->index - c->memo.pair_sent == 1 &&
		    word_is_any(s, i, they) && match_opens_sentence(s, i) &&
		    (s->info[i + 1].vlemma != LEX_NONE ||
		     (i + 2 < s->n && s->info[i + 2].vlemma != LEX_NONE)) &&
		    !(c->memo.have_group && c->memo.last_group_sent == c->memo.pair_sent) &&
		    (s->info[i].mention < 0 || s->ments[s->info[i].mention].kind == M_PRONOUN))
			last = i, pron = 1;
		/* ("the two foreign ministers": one modifier) */
		else if (last && last + 1 < s->n && !word_is_any(s, last, parties) &&
		    word_is_any(s, last + 1, parties) && (s->toks[last].flags & TOK_WORD) &&
		    !match_is_cap(s, last) && !s->info[last].roles)
			last++;
		koreas = !pron && last && word_is_any(s, last, koreas_w);
		if (!pron && !koreas && !each_side &&
		    (!last || !(word_is_any(s, last, parties) || word_is_any(s, last, pair_nouns))))
			continue;
		subject = (remembered || koreas || (trio && trio_kept)) &&
			  (match_opens_sentence(s, i) || koreas) &&
			  last + 1 < s->n &&
			  (s->info[last + 1].vlemma != LEX_NONE ||
			   (last + 2 < s->n && s->info[last + 2].vlemma != LEX_NONE));
		if (each_side && !subject)
			continue;
		/* ("police arrested the two men": people, unless they open
		 * the sentence as the pair named before) */
		if (!subject && !pron && !koreas && match_story_word_men(s, last))
			continue;
		if (!subject && (i == 0 ||
				 !((s->info[i - 1].vlemma != LEX_NONE && s->info[i - 1].mention < 0 &&
				    !s->info[i - 1].roles) || (s->info[i - 1].roles & R_PREP))))
			continue;
		/* (the role the phrase names, which has no state of its own,
		 * gives way: "The two leaders" is no one state's leaders; nor
		 * is a state the sentence's places lent it, "The two leaders
		 * agreed to begin talks on ending the war in Ukraine") */
		if (s->info[last].mention >= 0) {
			const struct mention *r = &s->ments[s->info[last].mention];
			if (!koreas && (!subject || (!pron && (r->kind != M_AGENT || r->country ||
								 (match_is_state_code(r->code) && !r->placed) ||
								 r->tok < i))))
				continue;
			own = s->info[last].mention;
		}
		/* "the two Koreas" names its pair itself */
		if (koreas) {
			side[0] = &two_koreas[0];
			side[1] = &two_koreas[1];
			end = 1;
		}
		/* the last pair named before: a group of two sides of two
		 * states */
		for (k = 0; k < n && !koreas && !trio; k++) {
			int32_t mem[2] = { -1, -1 };
			size_t j, count = 0;
			if (s->ments[k].tok + s->ments[k].n_tok > i ||
			    s->ments[k].tok + s->ments[k].n_tok <= end || s->ments[k].kind == M_PRONOUN)
				continue;
			for (j = 0; j < n; j++)
				if (s->ments[j].group == s->ments[k].group && s->ments[j].tok < i &&
				    s->ments[j].kind != M_PRONOUN && s->ments[j].code && count++ < 2)
					mem[count - 1] = (int32_t)j;
			if (count == 2 && strncmp(s->ments[mem[0]].code, s->ments[mem[1]].code, 3)) {
				end = s->ments[k].tok + s->ments[k].n_tok;
				side[0] = &s->ments[mem[0]];
				side[1] = &s->ments[mem[1]];
			}
		}
		/* (no pair named as one: "both sides" or "all sides" that a
		 * verb or an appeal addresses are the two sides of an act
		 * told in the sentence, before the phrase or after it) */
		if (!side[0] && !subject && !pron && i > 0 &&
		    (word_is_any(s, i, both) || word_is_any(s, i, all)) &&
		    word_is_any(s, last, sides) &&
		    (s->info[i - 1].vlemma != LEX_NONE || word_is_any(s, i - 1, addressed)) &&
		    !act_pair(s, 0, i, side) && !act_pair(s, last + 1, s->n, side))
			side[0] = side[1] = NULL;
		/* ("the three ministers" only for three, "the two" and
		 * "both" only for two, "they" for either) */
		/* (the three of some sentences before, when the pair since
		 * is two: they are the pair again from here) */
		if (!side[0] && trio && trio_kept && (subject || !end) &&
		    !(remembered && c->memo.have_pair == 3)) {
			memcpy(c->memo.pair, c->memo.trio, sizeof(c->memo.pair));
			c->memo.have_pair = 3;
			remembered = 1;
		}
		if (!side[0] && remembered && (subject || !end) &&
		    (pron || (c->memo.have_pair == 3) == trio)) {
			n_sides = (size_t)c->memo.have_pair;
			for (k = 0; k < n_sides; k++)
				side[k] = &c->memo.pair[k];
		}
		if (!side[0] || (subject && !koreas && side[0] != &c->memo.pair[0]))
			continue;
		/* "Rubio praised the two countries' leaders": a role the
		 * pair's states own is each state's role, one phrase with
		 * them */
		const char *owned = NULL;
		if (own < 0 && !subject && last + 2 < s->n && word_is_any(s, last, stately) &&
		    (s->info[last + 1].roles & R_POSS) && s->info[last + 2].mention >= 0) {
			const struct mention *r = &s->ments[s->info[last + 2].mention];
			if (r->kind == M_AGENT && !r->person && r->tok == last + 2 && r->code &&
			    strlen(r->code) == 6 && match_is_state_code(r->code)) {
				owned = r->code + 3;
				own = s->info[last + 2].mention;
				last = r->tok + r->n_tok - 1;
			}
		}
		/* (copied before match_push_mention() may move the sentence's) */
		for (k = 0; k < n_sides; k++)
			from[k] = *side[k];
		memo_pair = side[0] == &c->memo.pair[0];
		first = own >= 0 ? own : (int32_t)s->n_ments;
		for (k = 0; k < n_sides; k++) {
			struct mention *m;
			if (k == 0 && own >= 0)
				m = &s->ments[own];
			else if (!(m = match_push_mention(c, s)))
				return DYAD_ENOMEM;
			memset(m, 0, sizeof(*m));
			/* ("Lee met Takaichi in South Korea. The two leaders":
			 * a state named for its leader is its government) */
			if (owned && match_is_state_code(from[k].code) && !armed_group(from[k].code)) {
				if (!(from[k].code = state_role(c, from[k].code, owned)))
					return DYAD_ENOMEM;
				from[k].country = 0;
				from[k].person = 0;
			} else if (from[k].country && !pron && word_is_any(s, last, governed) &&
				   !(from[k].code = state_role(c, from[k].code, "GOV"))) {
				return DYAD_ENOMEM;
			}
			if (!from[k].country && !pron && word_is_any(s, last, stately) &&
			    match_is_state_code(from[k].code) && !armed_group(from[k].code) &&
			    strlen(from[k].code) > 3) {
				if (!(from[k].code = state_role(c, from[k].code, "")))
					return DYAD_ENOMEM;
				from[k].country = 1;
				from[k].person = 0;
			}
			match_stand_for(s, m, &from[k], memo_pair ? "the pair of a sentence before" :
							       "the pair named before", i, last);
			m->agent = LEX_NONE;
			m->country = from[k].country && !word_is_any(s, last, governed);
			m->subject = subject;
			m->after_prep = (i > 0 && (s->info[i - 1].roles & R_PREP)) != 0;
			m->prep_roles = m->after_prep ? s->info[i - 1].roles : 0;
			m->group = (uint32_t)first;
		}
		for (k = i; k <= last; k++)
			s->info[k].mention = first;
		/* (patterns of a pair, "$ and + ...", may take the phrase's
		 * two mentions: the sentence may hold their "and") */
		sent_bloom_add(s, lex_lookup(c->lex, "and", 3));
		i = last;
	}
	return DYAD_OK;
}

/* "The three leaders agreed ... They also criticised China's ...
 * Beijing accused them of forming exclusive cliques": "them" right
 * after a verb, when the last sentences named a pair or three and the
 * sentence's subject is none of them, is that pair or three, not the
 * subject's own state a plain pronoun would find. */
int match_story_them_pair(struct dyad_coder *c, struct sent *s)
{
	static const char *const them[] = { "them", NULL };
	const struct memo *mo = &c->memo;
	struct mention from[3];
	size_t i, k, n_sides;
	int32_t first;

	if (mo->have_pair < 2 || s->index <= mo->pair_sent || s->index - mo->pair_sent > 2)
		return DYAD_OK;
	n_sides = (size_t)mo->have_pair;
	for (i = 1; i < s->n; i++) {
		const struct mention *subj = NULL;
		if (!word_is_any(s, i, them) || s->info[i].mention < 0 ||
		    s->ments[s->info[i].mention].kind != M_PRONOUN ||
		    s->info[i - 1].vlemma == LEX_NONE)
			continue;
		for (k = 0; k < s->n_ments && !subj; k++)
			if (s->ments[k].tok < i && s->ments[k].code && s->ments[k].kind != M_PRONOUN)
				subj = &s->ments[k];
		if (!subj)
			continue;
		for (k = 0; k < n_sides; k++)
			if (!mo->pair[k].code || !strncmp(mo->pair[k].code, subj->code, 3))
				break;
		if (k < n_sides)
			continue;
		for (k = 0; k < n_sides; k++)
			from[k] = mo->pair[k];
		first = s->info[i].mention;
		for (k = 0; k < n_sides; k++) {
			struct mention *m;
			if (k == 0)
				m = &s->ments[first];
			else if (!(m = match_push_mention(c, s)))
				return DYAD_ENOMEM;
			memset(m, 0, sizeof(*m));
			match_stand_for(s, m, &from[k], "the pair of a sentence before", i, i);
			m->agent = LEX_NONE;
			m->group = (uint32_t)first;
		}
		s->info[i].mention = first;
	}
	return DYAD_OK;
}

/* "Lavrov and Kuleba met in Antalya ... Kuleba accused the other side of
 * seeking Ukraine's surrender", "Israel and Hezbollah agreed to a
 * ceasefire ... Netanyahu said Israel would strike the other side",
 * "India accused its rival": after a pair named in the last two
 * sentences, "the other side" (party, country) or a state's "rival"
 * (foe, adversary, enemy, neighbour) that a verb or a preposition
 * governs is the member of the pair that the sentence's first actor is
 * not; a state's rival is a state, not the agent that stood for it.
 * (match_neighbour_anaphors() has found the neighbours the sentence
 * itself names.) */
int match_pair_other_side(struct dyad_coder *c, struct sent *s)
{
	static const char *const other[] = { "other", NULL };
	static const char *const sides[] = { "side", "party", "country", NULL };
	static const char *const rivals[] = { "rival", "arch-rival", "archrival", "foe",
					      "adversary", "enemy", "neighbour", "neighbor", NULL };
	const struct memo *mo = &c->memo;
	size_t i, k;

	if (mo->have_pair != 2 || s->index <= mo->pair_sent || s->index - mo->pair_sent > 2)
		return DYAD_OK;
	for (i = 1; i + 1 < s->n; i++) {
		const struct mention *subj = NULL;
		struct mention ref, *m;
		size_t last = i + 1;
		int32_t own = s->info[i].mention, side = -1;

		if (i + 2 < s->n && match_the_at(s, i) && word_is_any(s, i + 1, other) &&
		    word_is_any(s, i + 2, sides) && own < 0 && s->info[i + 2].mention < 0)
			last = i + 2;
		else if (own < 0 || s->ments[own].kind != M_PRONOUN || s->ments[own].n_tok != 1 ||
			 !(s->info[i].roles & R_POSS) || !word_is_any(s, i + 1, rivals) ||
			 s->info[i + 1].mention >= 0)
			continue;
		if (!((s->info[i - 1].vlemma != LEX_NONE && s->info[i - 1].mention < 0 &&
		       !s->info[i - 1].roles) || (s->info[i - 1].roles & R_PREP)))
			continue;
		for (k = 0; k < s->n_ments && !subj; k++)
			if (s->ments[k].tok < i && s->ments[k].code && s->ments[k].kind != M_PRONOUN &&
			    !s->ments[k].place_only)
				subj = &s->ments[k];
		for (k = 0; subj && k < 2; k++)
			if (mo->pair[k].code && match_same_side(mo->pair[k].code, subj->code))
				side = (int32_t)k;
		if (side < 0 || !mo->pair[1 - side].code ||
		    match_same_side(mo->pair[1 - side].code, subj->code))
			continue;
		ref = mo->pair[1 - side];
		if (own >= 0 && strlen(ref.code) > 3 && match_is_state_code(ref.code) &&
		    !armed_group(ref.code)) {
			if (!(ref.code = state_role(c, ref.code, "")))
				return DYAD_ENOMEM;
			ref.person = 0;
		}
		if (own < 0) {
			if (!(m = match_push_mention(c, s)))
				return DYAD_ENOMEM;
			own = (int32_t)(m - s->ments);
		}
		m = &s->ments[own];
		memset(m, 0, sizeof(*m));
		match_stand_for(s, m, &ref, "the other side of the pair of a sentence before", i, last);
		m->agent = LEX_NONE;
		m->country = strlen(ref.code) == 3;
		m->after_prep = (s->info[i - 1].roles & R_PREP) != 0;
		m->prep_roles = m->after_prep ? s->info[i - 1].roles : 0;
		m->group = (uint32_t)own;
		for (k = i; k <= last; k++)
			s->info[k].mention = own;
		i = last;
	}
	return DYAD_OK;
}

/* Nouns that name an act an earlier sentence told, with the CAMEO codes
 * of the acts each may stand for: prefixes, the most telling first. */
static const struct {
	const char *noun;
	const char *codes;      /* prefixes, each ended by a space */
} act_nouns[] = {
	{ "launch", "15 19 18 " }, { "launches", "15 19 18 " }, { "test", "15 19 20 " },
	{ "tests", "15 19 20 " }, { "attack", "19 18 20 " }, { "attacks", "19 18 20 " },
	{ "strike", "19 18 20 " }, { "strikes", "19 18 20 " }, { "bombing", "18 19 20 " },
	{ "shelling", "19 20 " }, { "raid", "19 18 17 " }, { "raids", "19 18 17 " },
	{ "offensive", "19 20 " }, { "incursion", "15 19 " }, { "invasion", "19 " },
	{ "sanctions", "163 16 " }, { "tariffs", "163 16 " }, { "duties", "163 16 " },
	{ "curbs", "16 " }, { "drills", "15 06 " }, { "exercise", "15 06 " },
	{ "exercises", "15 06 " }, { "deployment", "15 072 " }, { "deployments", "15 072 " },
	{ "dispatch", "072 15 " }, { "accusation", "112 11 " },
	{ "accusations", "112 11 " }, { "allegation", "112 11 " },
	{ "allegations", "112 11 " }, { "remarks", "01 11 " }, { "threat", "13 " },
	{ "threats", "13 " }, { "warning", "13 " }, { "proposal", "03 " }, { "offer", "03 " },
	{ "visit", "04 " }, { "trip", "04 " }, { "expulsion", "174 17 16 " },
	{ "expulsions", "174 17 16 " }, { "arrest", "173 17 " }, { "arrests", "173 17 " },
	{ "detention", "173 17 " }, { "seizure", "17 " }, { "deal", "057 054 " },
	{ "agreement", "057 054 " }, { "accord", "057 " }, { "pact", "057 " },
	/* (story_: "signed a treaty ... South Korea condemned the treaty",
	 * "agreed to a ceasefire ... accused Islamabad of violating the
	 * truce", "accused India ... Pakistan denied the charge") */
	{ "treaty", "057 " }, { "truce", "0871 087 " }, { "ceasefire", "0871 087 " },
	{ "killing", "186 18 19 " }, { "assassination", "186 185 18 " },
	{ "annexation", "192 19 " }, { "blast", "183 18 19 " },
	{ "charge", "112 11 " }, { "charges", "112 11 " }, { "claim", "112 " },
	{ "claims", "112 " },
	/* ("The IAEA's board declared Iran in breach ... Iran condemned the
	 * resolution", "said it would remove Cuba from its list ... The
	 * island's government welcomed the decision") */
	{ "resolution", "112 163 02 05 " }, { "decision", "08 16 05 " },
};

/* The code a reaction to an act of DOER aims at: the doer's state, not
 * the forces or office that did it ("U.S. bombers struck ... Araqchi
 * called the attack outrageous": USA); groups, people and parties keep
 * their own code. */
static const char *story_doer_state(struct dyad_coder *c, const char *doer)
{
	static const char *const state_roles[] = { "GOV", "MIL", "SPY", "COP", "JUD", "LEG", NULL };
	char *cc;

	if (strlen(doer) != 6 || !role_in(doer, state_roles) ||
	    !(cc = arena_strndup(&c->mem, doer, 3)))
		return doer;
	return match_is_country_code(cc) ? cc : doer;
}

/* Whether token i is WORD (any case). */
static int story_word(const struct sent *s, size_t i, const char *word)
{
	const char *const one[] = { word, NULL };
	return i < s->n && word_is_any(s, i, one);
}

/* "Russia condemned it as aggression", "Putin called it a provocation":
 * "it" right after a verb of reaction, in a sentence after an act, is
 * that act, not a party named in the sentence. */
static int story_reaction_verb(const struct sent *s, size_t i)
{
	static const char *const reacting[] = {
		"condemned", "condemns", "condemn", "condemning", "denounced", "denounces",
		"denouncing", "called", "calls", "calling", "criticised", "criticized",
		"criticising", "criticizing", "slammed", "slams", "decried", "deplored",
		"branded", "brands", "described", "rejected", "protested", "welcomed",
		"praised", "hailed", NULL };
	return word_is_any(s, i, reacting);
}

/* Whether an actor of code's state is named before token tok, other
 * than as a place. */
static int named_before(const struct sent *s, size_t tok, const char *code)
{
	size_t k;

	for (k = 0; k < s->n_ments; k++)
		if (s->ments[k].tok < tok && s->ments[k].code && !s->ments[k].place_only &&
		    !strncmp(s->ments[k].code, code, 3))
			return 1;
	return 0;
}

/* "North Korea fired a missile into the sea ... Japan protested the
 * launch": "the" and a noun for an act, right after a verb, is the act
 * one of the two sentences before coded with a root the noun may name,
 * and stands for that act's source, as "North Korea's launch" would.
 * Not for one the sentence's own actors did ("Kim oversaw the test")
 * nor when the sentence names who did it ("the launch by North Korea").
 * Needs the mentions linked. */
int match_act_anaphors(struct dyad_coder *c, struct sent *s)
{
	static const char *const dets[] = { "the", "this", "these", NULL };
	static const char *const by_of[] = { "by", "of", "from", NULL };
	const struct memo *mo = &c->memo;
	size_t i, k;
	int32_t first;

	if (!mo->n_acts || s->index == 0)
		return DYAD_OK;
	for (i = 0; i + 1 < s->n; i++) {
		size_t last = i + 1, a, nk = sizeof(act_nouns) / sizeof(act_nouns[0]);
		const char *codes = NULL, *pre;
		struct mention *m;
		size_t b;

		/* ("condemned what he called an unprovoked and unjustified
		 * attack": the words of the reaction's own subject; "condemned
		 * it as aggression": the act a sentence before told) */
		size_t what = 0;
		int it = 0, opening = 0;

		/* ("The truce was brokered by the United States": the act
		 * opening a passive sentence whose agent follows) */
		if (i == 0) {
			size_t j;
			if (!word_is_any(s, 0, dets))
				continue;
			for (j = 2; j < s->n && j <= 4 && !story_word(s, j, "was") &&
			     !story_word(s, j, "were"); j++)
				;
			if (!(j + 2 < s->n && j <= 4 && s->info[j + 1].vlemma != LEX_NONE &&
			      story_word(s, j + 2, "by")))
				continue;
			opening = 1;
		} else if (i + 4 < s->n && story_word(s, i, "what") && s->info[i + 1].mention >= 0 &&
		    (story_word(s, i + 2, "called") || story_word(s, i + 2, "described")) &&
		    s->info[i - 1].vlemma != LEX_NONE && story_reaction_verb(s, i - 1)) {
			what = i;
			i += story_word(s, i + 3, "as") ? 4 : 3;
			if (!story_word(s, i, "an") && !story_word(s, i, "a") && !story_word(s, i, "the")) {
				i = what;
				what = 0;
			}
			last = i + 1;
		} else if (story_word(s, i, "it") && s->info[i].mention >= 0 &&
			   s->ments[s->info[i].mention].kind == M_PRONOUN &&
			   s->info[i - 1].vlemma != LEX_NONE && story_reaction_verb(s, i - 1) &&
			   !(i + 1 < s->n && (story_word(s, i + 1, "to") || story_word(s, i + 1, "that") ||
					      story_word(s, i + 1, "would") || story_word(s, i + 1, "was")))) {
			it = 1;
		}
		if (!it && !what && !opening && (!word_is_any(s, i, dets) || s->info[i - 1].vlemma == LEX_NONE ||
		    s->info[i - 1].mention >= 0 ||
		    (s->info[i - 1].roles & (R_BE | R_HAVE | R_PREP | R_DET | R_CONJ | R_SUB)) ||
		    (s->info[i - 1].vroles & (V_SPEECH | V_OPINION))))
			continue;
		if (it) {
			/* (an act of force, posture, coercion, sanction, threat
			 * or a deal: what a reaction is to) */
			codes = "19 18 20 15 17 16 13 057 ";
			last = i;
		}
		/* ("the latest launch", "the new sanctions": one modifier;
		 * "what he called an unprovoked and unjustified attack": more) */
		for (; !codes && last <= i + (what ? 5 : 2) && last < s->n; last++) {
			if (s->info[last].mention >= 0 || match_is_cap(s, last))
				break;
			if (what && story_word(s, last, "and"))
				continue;
			for (k = 0; k < nk && !codes; k++) {
				const char *const noun[] = { act_nouns[k].noun, NULL };
				if (word_is_any(s, last, noun))
					codes = act_nouns[k].codes;
			}
			if (codes || !match_plain_modifier(s, last))
				break;
		}
		if (!codes || (last + 2 < s->n && word_is_any(s, last + 1, by_of) &&
			       s->info[last + 2].mention >= 0)) {
			if (what)
				i = what;
			continue;
		}
		/* (the most telling code first, the latest act of it not
		 * done by the sentence's own actors: "North Korea fired
		 * missiles ... as South Korea and the United States began
		 * their exercise. North Korea had condemned the drills") */
		for (a = mo->n_acts, pre = codes; a == mo->n_acts && *pre; pre = strchr(pre, ' ') + 1)
			for (a = 0; a < mo->n_acts; a++)
				if (mo->acts[a].sent < s->index && s->index - mo->acts[a].sent <= 4 &&
				    !strncmp(mo->acts[a].code, pre, (size_t)(strchr(pre, ' ') - pre)) &&
				    !named_before(s, i, mo->acts[a].source))
					break;
		if (a == mo->n_acts) {
			if (what)
				i = what;
			continue;
		}
		/* (a joint act, coded each way, was done by both) */
		for (b = 0; b < mo->n_acts; b++)
			if (b != a && mo->acts[b].sent == mo->acts[a].sent &&
			    !strcmp(mo->acts[b].code, mo->acts[a].code) &&
			    strncmp(mo->acts[b].source, mo->acts[a].source, 3) &&
			    !named_before(s, i, mo->acts[b].source))
				break;
		if (it) {
			/* (the pronoun itself now names the act's doer) */
			m = &s->ments[s->info[i].mention];
			m->code = story_doer_state(c, mo->acts[a].source);
			m->country = strlen(m->code) == 3 && match_is_country_code(m->code);
			m->how = "the act of a sentence before";
			m->act_noun = 1;
			continue;
		}
		first = (int32_t)s->n_ments;
		for (k = 0; k < 2; k++) {
			const char *src = k == 0 ? mo->acts[a].source : b < mo->n_acts ? mo->acts[b].source : NULL;
			if (!src)
				break;
			src = story_doer_state(c, src);
			if (!(m = match_push_mention(c, s)))
				return DYAD_ENOMEM;
			m->kind = M_PRONOUN;
			if (!(m->code = arena_strndup(&c->mem, src, strlen(src))))
				return DYAD_ENOMEM;
			m->country = strlen(m->code) == 3 && match_is_country_code(m->code);
			m->how = "the act of a sentence before";
			m->act_noun = 1;
			m->group = (uint32_t)first;
			match_set_span(s, m, what ? what : i, last);
		}
		for (k = what ? what : i; k <= last; k++)
			s->info[k].mention = first;
		i = last;
	}
	return DYAD_OK;
}

/* Whether CODE is an armed group's: a state's rebels or insurgents
 * ("YEMREB", "YEMREBHTH", "---INS") or an international one ("IMG..."). */
static int story_armed_code(const char *code)
{
	return code && strlen(code) >= 6 &&
	       (!strncmp(code, "IMG", 3) || !strncmp(code + 3, "REB", 3) ||
		!strncmp(code + 3, "INS", 3));
}

/* "The United States and Britain launched air strikes on Houthi
 * targets ... The Iran-backed group vowed to retaliate": "the group",
 * "the militia" or "the movement", after up to two modifiers, that no
 * dictionary names is the armed group an act of the last three
 * sentences was done by or to. */
int match_story_group_anaphors(struct dyad_coder *c, struct sent *s)
{
	static const char *const heads[] = { "group", "militia", "movement", NULL };
	static const char *const the[] = { "the", NULL };
	const struct memo *mo = &c->memo;
	size_t i, k, j;

	if (!mo->n_acts || s->index == 0)
		return DYAD_OK;
	for (i = 0; i + 1 < s->n; i++) {
		const char *code = NULL;
		struct mention *m;
		size_t len;
		const char *w;

		int32_t generic = -1;   /* "the militant group": ---INS, no one's */

		if (!word_is_any(s, i, the) || s->info[i].mention >= 0)
			continue;
		for (j = i + 1; j < s->n && j <= i + 3; j++) {
			if (s->info[j].mention >= 0 && s->ments[s->info[j].mention].code &&
			    !strncmp(s->ments[s->info[j].mention].code, "---", 3) &&
			    word_is_any(s, s->ments[s->info[j].mention].tok +
					   s->ments[s->info[j].mention].n_tok - 1, heads)) {
				generic = s->info[j].mention;
				j = s->ments[generic].tok + s->ments[generic].n_tok - 1;
				break;
			}
			if (s->info[j].mention >= 0)
				break;
			if (word_is_any(s, j, heads))
				break;
			w = tok_text(s, j, &len);
			/* ("Iran-backed", "militant", "Shi'ite") */
			if (!match_plain_modifier(s, j) &&
			    !(len > 7 && (memmem(w, len, "-backed", 7) || memmem(w, len, "-aligned", 8))))
				break;
		}
		if (j >= s->n || j > i + 3 || (s->info[j].mention >= 0 && generic < 0) ||
		    !word_is_any(s, j, heads) ||
		    (j + 1 < s->n && (s->info[j + 1].roles & (R_OF | R_POSS))))
			continue;
		for (k = 0; k < mo->n_acts && !code; k++) {
			if (mo->acts[k].sent >= s->index || s->index - mo->acts[k].sent > 3)
				continue;
			if (story_armed_code(mo->acts[k].source))
				code = mo->acts[k].source;
			else if (story_armed_code(mo->acts[k].target))
				code = mo->acts[k].target;
		}
		if (!code)
			continue;
		if (generic >= 0) {
			/* (the generic agent now names the group) */
			m = &s->ments[generic];
			if (!(m->code = arena_strndup(&c->mem, code, strlen(code))))
				return DYAD_ENOMEM;
			m->how = "the armed group a sentence before named";
			i = j;
			continue;
		}
		if (!(m = match_push_mention(c, s)))
			return DYAD_ENOMEM;
		m->kind = M_PRONOUN;
		if (!(m->code = arena_strndup(&c->mem, code, strlen(code))))
			return DYAD_ENOMEM;
		m->how = "the armed group a sentence before named";
		m->group = (uint32_t)(s->n_ments - 1);
		match_set_span(s, m, i, j);
		for (k = i; k <= j; k++)
			s->info[k].mention = (int32_t)(s->n_ments - 1);
		i = j;
	}
	return DYAD_OK;
}

/* "North Korea's Vice Defence Minister Kim Kang Il", "South Korea's
 * First Vice Foreign Minister Kim Hong-kyun": a role with no state
 * takes the state whose possessive stands before it, past up to two
 * capitalised words of its title.  Needs the mentions marked. */
void match_possessed_roles(struct dyad_coder *c, struct sent *s)
{
	size_t i;

	for (i = 1; i < s->n_ments; i++) {
		struct mention *b = &s->ments[i];
		const struct mention *a;
		long j = (long)b->tok - 1;
		int words = 0;
		char *code;

		if (!b->code || strlen(b->code) != 3 || b->country || b->actor != LEX_NONE)
			continue;
		while (j >= 0 && words < 2 && s->info[j].mention < 0 && match_is_name_word(s, (size_t)j)) {
			j--;
			words++;
		}
		if (j < 1 || !(s->info[j].roles & R_POSS) || (s->info[j].roles & R_PRON) ||
		    s->info[j - 1].mention < 0)
			continue;
		a = &s->ments[s->info[j - 1].mention];
		if (!a->country || !match_is_country_code(a->code) || a->tok + a->n_tok != (uint32_t)j)
			continue;
		if (!(code = state_role(c, a->code, b->code)))
			return;
		b->code = code;
		b->how = "role of the state whose possessive precedes it";
	}
}

/* The code of the one-word actor a hyphenated token starts with ("Hamas"
 * in "Hamas-run") when the word after its last hyphen is one of WORDS,
 * else NULL. */
const char *match_hyphen_owner_of(struct dyad_coder *c, const struct sent *s, size_t i,
				int32_t ymd, const char *const *words)
{
	size_t len, q = 0, last, k;
	const char *t = tok_text(s, i, &len);
	uint32_t actor;

	if (!(s->toks[i].flags & TOK_HYPHEN) || !match_is_cap(s, i))
		return NULL;
	while (q < len && t[q] != '-')
		q++;
	for (last = len; last > 0 && t[last - 1] != '-'; last--)
		;
	if (q == len || last != q + 1)
		return NULL;    /* one hyphen only: "Hamas-run", not "Pan-Arab-led" */
	for (k = 0; words[k]; k++)
		if (len - last == strlen(words[k]) && !strncasecmp(t + last, words[k], len - last))
			break;
	if (!words[k])
		return NULL;
	return match_one_word_actor(c, t, q, ymd, &actor);
}

const char *match_hyphen_owner(struct dyad_coder *c, const struct sent *s, size_t i,
			       int32_t ymd, const char *const *words)
{
	return match_hyphen_owner_of(c, s, i, ymd, words);
}

/* "U.S.-led strikes hit Houthi targets", "a U.S.- and British-led
 * offensive": the state a "-led" word names leads the act of force the
 * noun after it names (past two modifiers), with its forces (USAMIL), as
 * "Saudi-led coalition air strikes" are the coalition's; "and" with a
 * state cut off by a hyphen before it ("U.S." "-" "and") leads too.
 * Needs the mentions marked; pushes mentions, so sort after. */
int match_led_strikes(struct dyad_coder *c, struct sent *s, int32_t ymd)
{
	static const char *const led[] = { "led", NULL };
	static const char *const and_w[] = { "and", NULL };
	static const char *const force[] = { "strike", "strikes", "airstrike", "airstrikes",
					     "attack", "attacks", "raid", "raids", "offensive",
					     "bombing", "bombings", "bombardment", "assault",
					     "incursion", "operation", "operations", NULL };
	size_t i;

	for (i = 0; i < s->n; i++) {
		const char *owner, *code;
		struct mention *m;
		size_t k = i + 1, len, q;
		const char *t;

		if (!(s->toks[i].flags & TOK_HYPHEN) || s->info[i].mention >= 0 ||
		    !(owner = match_hyphen_owner_of(c, s, i, ymd, led)) || !match_is_state_code(owner) ||
		    strlen(owner) != 3)
			continue;
		while (k < s->n && k < i + 3 && s->info[k].mention < 0 && !word_is_any(s, k, force) &&
		       (s->toks[k].flags & TOK_WORD) && !(s->toks[k].flags & TOK_CAP) && !s->info[k].roles)
			k++;
		if (k >= s->n || s->info[k].mention >= 0 || !word_is_any(s, k, force) ||
		    !(code = state_role(c, owner, "MIL")))
			continue;
		t = tok_text(s, i, &len);
		for (q = 0; q < len && t[q] != '-'; q++)
			;
		if (!(m = match_push_mention(c, s)))
			return DYAD_ENOMEM;
		m->kind = M_NAME;
		m->code = code;
		m->how = "the state that leads the act";
		m->tok = (uint32_t)i;
		m->n_tok = 1;
		m->start = s->toks[i].start - s->base;
		m->end = m->start + (uint32_t)q;
		/* ("U.S." "-" "and" before it) */
		if (i >= 3 && word_is_any(s, i - 1, and_w) && match_is_punct_tok(s, i - 2, '-') &&
		    s->info[i - 3].mention >= 0) {
			struct mention *b = &s->ments[s->info[i - 3].mention];
			const char *bc = b->country && b->code && strlen(b->code) == 3 ?
					 state_role(c, b->code, "MIL") : NULL;
			if (bc) {
				b->code = bc;
				b->country = 0;
				b->how = "the state that leads the act";
			}
		}
	}
	return DYAD_OK;
}

/* "the Hamas-run health ministry", "Houthi-controlled media",
 * "Russian-installed officials": a role with no state of its own that
 * an actor runs is a role of that actor's state (PSEGOV, YEMMED,
 * RUSGOV), not of the place or state the sentence names elsewhere.
 * ("Iranian-backed militias" are not Iran's: backing is left out.)
 * Needs the mentions marked. */
void match_run_by_roles(struct dyad_coder *c, struct sent *s, int32_t ymd)
{
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *b = &s->ments[i];
		const char *owner;
		char *code;

		if (!b->code || strlen(b->code) != 3 || b->country || b->person ||
		    b->actor != LEX_NONE || !(owner = match_run_by_owner(c, s, b->tok, ymd)) ||
		    strlen(owner) < 3 ||
		    !match_is_state_code(owner) || !strncmp(owner, "---", 3))
			continue;
		if (!(code = state_role(c, owner, b->code)))
			return;
		b->code = code;
		b->kind = M_NAME;       /* it has its state: place it no more */
		b->how = "role of the actor that runs it";
		b->tok--;
		b->n_tok++;
		b->start = s->toks[b->tok].start - s->base;
	}
}

/* "struck the Houthi-held port of Hodeidah", "the RSF-held city of Wad
 * Madani", "Russian-occupied Crimea": a place named after its holder
 * stands for the holder, the target of what is done to it
 * (tests/dev/README.md: a captured town's target is its holder).  Only
 * a holder named as an actor: "rebel-held Douma" stays the state, whose
 * civilians a chemical attack there strikes.  It stays a place too.
 * Needs the mentions marked. */
void match_held_places(struct dyad_coder *c, struct sent *s, int32_t ymd)
{
	static const char *const held[] = { "held", "controlled", "occupied", "run", NULL };
	static const char *const when_words[] = { "overnight", "today", "yesterday", "tonight",
						  "again", "earlier", "late", "early", "last",
						  "this", "next", NULL };
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		long h = (long)m->tok - 1;
		const char *owner;
		size_t k;

		if (m->kind != M_NAME || !m->country || m->person || !match_is_country_code(m->code))
			continue;
		/* "the Russian-held Zaporizhzhia nuclear power plant": the
		 * holder's word is the plant's, the place a modifier; but a
		 * place noun with one word before it is still the place ("the
		 * Houthi-held Ras Isa fuel port") */
		k = m->tok + m->n_tok;
		if (k < s->n && (s->toks[k].flags & TOK_WORD) && !match_is_cap(s, k) && !s->info[k].roles &&
		    !word_is_any(s, k, match_place_nouns) && !word_is_any(s, k, when_words) &&
		    !(k + 1 < s->n && word_is_any(s, k + 1, match_place_nouns)))
			continue;
		/* back over "port of", "capital", "the town of" */
		if (h >= 1 && (s->info[h].roles & R_OF))
			h--;
		if (h >= 1 && word_is_any(s, (size_t)h, match_place_nouns))
			h--;
		if (h < 0 || h >= (long)m->tok || s->info[h].mention >= 0 ||
		    !(s->toks[h].flags & TOK_HYPHEN) || !(owner = match_hyphen_owner_of(c, s, (size_t)h, ymd, held)))
			continue;
		/* "Ukrainian-held Kramatorsk" is Ukraine's anyway */
		if (!strncmp(owner, m->code, 3) && strlen(owner) <= 3)
			continue;
		m->code = owner;
		m->how = "place named after its holder";
	}
}

/* A mention of the holder a hyphenated word names before its hyphen
 * ("Houthi-controlled", "rebel-held"), its span that first part alone;
 * NULL when out of memory. */
static struct mention *hyphen_holder(struct dyad_coder *c, struct sent *s, size_t i,
				     const char *code, const char *how)
{
	struct mention *m;
	size_t len, q;
	const char *t;

	if (!(m = match_push_mention(c, s)))
		return NULL;
	t = tok_text(s, i, &len);
	for (q = 0; q < len && t[q] != '-'; q++)
		;
	m->kind = M_NAME;
	m->code = code;
	m->how = how;
	m->tok = (uint32_t)i;
	m->n_tok = 1;
	m->start = s->toks[i].start - s->base;
	m->end = m->start + (uint32_t)q;
	m->after_prep = i > 0 && (s->info[i - 1].roles & R_PREP);
	return m;
}

/* "struck radar sites in Houthi-controlled territory", "shelled
 * Russian-held areas of Kherson": land told by its holder alone, with no
 * place's name after it or only "in" and its state, is the holder's, the
 * target of what is done to it, as a place named after its holder is
 * (match_held_places()).  The state named after "in" is the holder's
 * too.  Needs the mentions marked; sort them after. */
int match_held_territory(struct dyad_coder *c, struct sent *s, int32_t ymd)
{
	static const char *const held[] = { "held", "controlled", "occupied", NULL };
	static const char *const land[] = { "territory", "territories", "area", "areas", "parts",
					    "regions", "zone", "zones", NULL };
	static const char *const in_of[] = { "in", "of", NULL };
	size_t i, k;

	for (i = 0; i + 1 < s->n; i++) {
		const char *owner;
		struct mention *m;

		if (s->info[i].mention >= 0 || !(s->toks[i].flags & TOK_HYPHEN) ||
		    !word_is_any(s, i + 1, land) || s->info[i + 1].mention >= 0 ||
		    !(owner = match_hyphen_owner_of(c, s, i, ymd, held)) ||
		    !match_is_state_code(owner) || !strncmp(owner, "---", 3))
			continue;
		k = i + 2;
		if (k + 1 < s->n && word_is_any(s, k, in_of) && s->info[k + 1].mention >= 0) {
			m = &s->ments[s->info[k + 1].mention];
			if (m->tok == k + 1 && m->kind == M_NAME && m->country && !m->person &&
			    match_is_country_code(m->code) &&
			    (strncmp(owner, m->code, 3) || strlen(owner) > 3)) {
				m->code = owner;
				m->how = "place named after its holder";
			}
			continue;
		}
		if (!hyphen_holder(c, s, i, owner, "land named after its holder"))
			return DYAD_ENOMEM;
	}
	return DYAD_OK;
}

/* "Turkish-backed Syrian fighters attacked Kurdish forces": fighters of
 * one state that another backs are its rebels (SYRREB), not its army;
 * "U.S.-backed Iraqi forces" and "troops" stay the state's, forces of
 * no named state are rebels ("Kremlin-backed forces").  Needs the
 * mentions marked. */
void match_backed_fighters(struct dyad_coder *c, struct sent *s, int32_t ymd)
{
	static const char *const backed[] = { "backed", "supported", "sponsored", "funded",
					      "armed", "trained", NULL };
	static const char *const fighters[] = { "fighters", "fighter", "militia", "militias",
						"militiamen", "irregulars", "volunteers", NULL };
	static const char *const forces[] = { "forces", NULL };
	/* "Turkish-backed forces of Libya's internationally recognised
	 * government": forces a government commands are its army, whoever
	 * backs it */
	static const char *const rulers[] = { "government", "governments", "army", "regime",
					      "administration", NULL };
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		const char *backer;
		char *code;
		size_t t, end = m->tok + m->n_tok;
		int ruled = 0, of = end < s->n && (s->info[end].roles & R_OF);

		for (t = m->tok; t < end; t++)
			of |= (s->info[t].roles & R_OF) != 0;
		/* only the forces' own "of" phrase: not "attacked the
		 * Syrian army" after them */
		for (t = m->tok; of && t < s->n && t < end + 6 && !s->info[t].brk &&
				 !match_is_punct_tok(s, t, ',') && !(s->info[t].roles & (R_SUB | R_CONJ)); t++)
			ruled |= word_is_any(s, t, rulers);
		if (ruled)
			continue;

		/* "Kremlin-backed forces attacked Pokrovsk", "U.S.-backed
		 * forces in Syria": forces of no state of their own that a
		 * state backs are rebels where they fight (placed later) */
		if (m->kind == M_AGENT && m->code && !strcmp(m->code, "MIL") && !m->person &&
		    m->n_tok == 1 && word_is_any(s, m->tok, forces) && m->tok > 0 &&
		    s->info[m->tok - 1].mention < 0 &&
		    (backer = match_hyphen_owner_of(c, s, m->tok - 1, ymd, backed)) && match_is_state_code(backer)) {
			m->code = "REB";
			m->how = "forces another state backs";
			continue;
		}
		if (!m->code || strlen(m->code) != 6 || strcmp(m->code + 3, "MIL") || m->person ||
		    m->tok == 0 || s->info[m->tok - 1].mention >= 0 ||
		    (!word_is_any(s, m->tok + m->n_tok - 1, fighters) &&
		     /* "U.S.-backed forces in Syria" */
		     !(word_is_any(s, m->tok, forces) && m->how && !strcmp(m->how, "agent of state"))) ||
		    !(backer = match_hyphen_owner_of(c, s, m->tok - 1, ymd, backed)) ||
		    !match_is_state_code(backer) || !strncmp(backer, m->code, 3))
			continue;
		if (!(code = state_role(c, m->code, "REB")))
			return;
		m->code = code;
		m->how = "fighters another state backs";
	}
}

/* Which antecedents "the WORD" can stand for: armed groups ("the
 * militants"), organisations of no state ("the group"), bodies of
 * states ("the bloc", "the watchdog") or courts of states ("the court"
 * after the World Court); 0 for other words. */
enum { ANA_ARMED = 1, ANA_NGO = 2, ANA_IGO = 4, ANA_COURT = 8 };

static int anaphor_kinds(const struct sent *s, size_t i)
{
	static const char *const armed[] = { "militants", "rebels", "insurgents", "jihadists",
					     "militia", "militiamen", "movement", "guerrillas",
					     "assailants", "attackers", "paramilitaries",
					     "paramilitary", "guerrilla", "faction", NULL };
	static const char *const group[] = { "group", "organisation", "organization", NULL };
	static const char *const igo[] = { "bloc", "alliance", "watchdog", NULL };
	static const char *const court[] = { "court", "tribunal", NULL };
	/* "calling on the world body": "body" alone is too often a corpse */
	static const char *const body[] = { "body", NULL };
	static const char *const world[] = { "world", "global", NULL };

	if (match_is_cap(s, i))
		return 0;       /* "the Group of Seven" */
	if (word_is_any(s, i, body))
		return i > 0 && word_is_any(s, i - 1, world) ? ANA_IGO : 0;
	if (word_is_any(s, i, armed))
		return ANA_ARMED;
	if (word_is_any(s, i, group))
		return ANA_ARMED | ANA_NGO;
	if (word_is_any(s, i, igo))
		return ANA_IGO;
	if (word_is_any(s, i, court))
		return ANA_COURT;
	return 0;
}

/* Whether a mention's code is of a kind anaphor_kinds() allows. */
static int anaphor_fits(const struct mention *m, int kinds)
{
	/* a person of a group or a bloc stands for it: "NATO chief Mark
	 * Rutte ..., and the alliance", "Hezbollah leader Naim Qassem said
	 * the group" */
	if (!m->code || (m->person && !(kinds & (ANA_ARMED | ANA_IGO))) || m->kind == M_PRONOUN ||
	    strlen(m->code) < 6)
		return 0;
	return ((kinds & ANA_ARMED) && armed_group(m->code) && strncmp(m->code, "---", 3)) ||
	       ((kinds & ANA_NGO) && !strncmp(m->code, "NGO", 3)) ||
	       ((kinds & ANA_IGO) && !strncmp(m->code, "IGO", 3)) ||
	       ((kinds & ANA_COURT) && !strncmp(m->code, "IGO", 3) &&
		(strstr(m->code, "JUD") || !strcmp(m->code, "IGOICC")));
}

/* Whether the "of" at token I opens a gerund ("accused the alliance of
 * giving", "of supporting terrorism"), the content of an accusation,
 * not a part or a member ("the group of mediators"). */
static int of_gerund(const struct sent *s, size_t i)
{
	size_t len;
	const char *t;

	if (i + 1 >= s->n || !(s->toks[i + 1].flags & TOK_WORD))
		return 0;
	t = tok_text(s, i + 1, &len);
	return len > 4 && !strncmp(t + len - 3, "ing", 3) && !match_is_cap(s, i + 1);
}

/* Whether token I is "the"; the role bit first, as every token asks. */
int match_the_at(const struct sent *s, size_t i)
{
	static const char *const the[] = { "the", NULL };

	return (s->info[i].roles & R_DET) && word_is_any(s, i, the);
}

/* Whether token I is a hyphened word for a group's patron or ties
 * ("Iran-backed", "Kremlin-aligned", "al Qaeda-linked"), which stands
 * between "the" and a group word that refers back. */
static int backing_word(const struct sent *s, size_t i)
{
	static const char *const ties[] = { "backed", "aligned", "allied", "linked", "affiliated",
					    "supported", "sponsored", "funded", NULL };
	size_t len, k, q;
	const char *t = tok_text(s, i, &len);

	if (!(s->toks[i].flags & TOK_HYPHEN))
		return 0;
	for (q = len; q > 0 && t[q - 1] != '-'; q--)
		;
	if (q == 0)
		return 0;
	for (k = 0; ties[k]; k++)
		if (len - q == strlen(ties[k]) && !strncasecmp(t + q, ties[k], len - q))
			return 1;
	return 0;
}

/* "Hezbollah may open a second front, as the group traded fire with
 * Israeli forces", "U.S. forces struck al Shabaab militants after the
 * militants attacked Somali troops", "the West African bloc ECOWAS
 * ... the bloc": "the" and a word for a group stand for the nearest
 * group of that kind the sentence named before.  Needs the mentions
 * sorted and marked; sorts them again. */
int match_group_anaphors(struct dyad_coder *c, struct sent *s)
{
	size_t i, n = s->n_ments;
	int pushed = 0;

	static const char *const adjs[] = { "militant", "armed", "islamist", "jihadist", "rebel",
					    "paramilitary", "insurgent", "separatist", "regional",
					    "military", "nuclear", "world", "global", "guerrilla",
					    "shi'ite", "shiite", "shia", "sunni", "kurdish", "leftist",
					    "marxist", "criminal", "extremist", "hardline", "radical",
					    "ethnic", "outlawed", "banned", "mercenary", NULL };

	for (i = 1; i < s->n; i++) {
		int kinds, steps;
		int32_t at = s->info[i].mention, demonym = -1;
		long j, ref = -1;
		size_t len, the = i - 1;
		const char *t;
		struct mention *m;

		/* every token passes here, and few follow "the" */
		kinds = anaphor_kinds(s, i);
		if (!kinds)
			continue;

		/* "the militant group", "the regional bloc", "the nuclear
		 * watchdog"; "the Iran-backed group", "the al Qaeda-linked
		 * group"; "the Islamist militant group", up to three words;
		 * "the Yemeni group", "the Lebanese militant group": a
		 * state's adjective, the state of the group meant */
		for (steps = 0; steps < 3 && the > 0 && !match_the_at(s, the); steps++) {
			int32_t dm = s->info[the].mention;

			if (word_is_any(s, the, adjs) && dm < 0)
				the--;
			else if (backing_word(s, the))
				the--;
			else if (dm >= 0 && demonym < 0 && s->ments[dm].n_tok == 1 &&
				 s->ments[dm].kind == M_NAME && s->ments[dm].code &&
				 strlen(s->ments[dm].code) == 3 && match_is_state_code(s->ments[dm].code) &&
				 !match_is_cap(s, i)) {
				demonym = dm;
				the--;
			} else
				break;
		}
		t = tok_text(s, the, &len);
		/* "the group of mediators", "the group Human Rights Watch";
		 * but "accused the alliance of giving Russia a green light" */
		if (!(len == 3 && !strncasecmp(t, "the", 3)) || s->info[the].mention >= 0 ||
		    (i + 1 < s->n && (((s->info[i + 1].roles & R_OF) && !of_gerund(s, i + 1)) ||
				      s->info[i + 1].mention >= 0)))
			continue;
		/* a mention of its own only if it is the bare role ("militants") */
		if (at >= 0 && (s->ments[at].kind != M_AGENT || s->ments[at].n_tok != 1))
			continue;
		/* "the Yemeni group" is of a group of Yemen only, and stands
		 * for an armed group ("the Lebanese bloc" is no such thing) */
		if (demonym >= 0 && (!(kinds & ANA_ARMED) || at >= 0))
			continue;
		for (j = 0; j < (long)n; j++)
			if (s->ments[j].tok + s->ments[j].n_tok <= the && anaphor_fits(&s->ments[j], kinds) &&
			    (demonym < 0 || (armed_group(s->ments[j].code) &&
					     !strncmp(s->ments[j].code, s->ments[demonym].code, 3))) &&
			    (ref < 0 || s->ments[j].tok > s->ments[ref].tok))
				ref = j;
		if (ref < 0)
			continue;
		if (demonym >= 0) {
			m = &s->ments[demonym];
		} else if (at >= 0) {
			m = &s->ments[at];
		} else {
			if (!(m = match_push_mention(c, s)))
				return DYAD_ENOMEM;
			pushed = 1;
		}
		*m = s->ments[ref];     /* push_mention may have moved them */
		m->kind = M_NAME;
		m->pair = 0;
		m->person = 0;          /* the group, not its officer */
		m->actor = LEX_NONE;
		m->how = "the group named before";
		match_set_span(s, m, the, i);
	}
	if (pushed)
		match_sort_mentions(s);
	match_mark_tokens(s);
	return DYAD_OK;
}

/* The body a counted or fixed description names whatever the sentence
 * names before it, or NULL: "the world body" and "the 193-member world
 * body" the U.N., "the nuclear watchdog" the IAEA, "the 27-nation bloc"
 * and "the 28-member bloc" the EU, "the 10-nation bloc" ASEAN, "the
 * 32-member alliance" and "the transatlantic alliance" NATO.  MODS are
 * the tokens from FIRST up to the noun at token I. */
static const char *body_epithet(const struct sent *s, size_t first, size_t i)
{
	static const char *const body[] = { "body", NULL }, *const world[] = { "world", NULL };
	static const char *const watchdog[] = { "watchdog", "agency", NULL };
	static const char *const nuclear[] = { "nuclear", "atomic", NULL };
	static const char *const bloc[] = { "bloc", NULL }, *const alliance[] = { "alliance", NULL };
	static const char *const atlantic[] = { "transatlantic", "trans-Atlantic", "Western",
						NULL };
	static const char *const counted[] = { "member", "nation", "country", "state", NULL };
	long count = 0;
	size_t j;

	if (word_is_any(s, i, body))
		return i > first && word_is_any(s, i - 1, world) ? "IGOUNO" : NULL;
	/* ("the nuclear watchdog", not "the nuclear agency's chief" of
	 * a state, which "Iran's" would precede) */
	if (word_is_any(s, i, watchdog))
		return i > first && word_is_any(s, i - 1, nuclear) ? "IGOUNOIAE" : NULL;
	for (j = first; j < i; j++) {
		size_t len, q;
		const char *t = tok_text(s, j, &len);
		char word[16];
		if (word_is_any(s, j, atlantic) && word_is_any(s, i, alliance))
			return "IGOWSTNAT";
		/* "27-nation", "28-member": the count before the hyphen */
		for (q = 0; q < len && t[q] >= '0' && t[q] <= '9'; q++)
			;
		if (!q || q + 1 >= len || t[q] != '-' || len - q - 1 >= sizeof(word))
			continue;
		memcpy(word, t + q + 1, len - q - 1);
		word[len - q - 1] = '\0';
		for (count = 0; counted[count] && strcasecmp(counted[count], word); count++)
			;
		if (!counted[count])
			return NULL;
		count = strtol(t, NULL, 10);
		if (word_is_any(s, i, bloc))
			return count == 27 || count == 28 ? "IGOEUREEC" :
			       count == 10 || count == 11 ? "IGOSEAASN" : NULL;
		if (word_is_any(s, i, alliance))
			return count >= 28 && count <= 32 ? "IGOWSTNAT" : NULL;
	}
	return NULL;
}

/* "The U.N. Security Council endorsed ... The council urged", "West
 * African leaders gave Niger's junta a week ... The bloc imposed
 * sanctions": a body's word at token I is the latest body the last three
 * sentences named whose name has the word or that is of its kind (a
 * bloc or an alliance no U.N. body, an alliance NATO, an agency or a
 * watchdog a U.N. agency).  Its code, or NULL. */
static const char *story_body(struct dyad_coder *c, const struct sent *s, size_t i)
{
	static const char *const words[] = { "bloc", "alliance", "council", "agency", "watchdog",
					     "organisation", "organization", "court", "union", NULL };
	static const char *const regional[] = { "bloc", "alliance", NULL };
	static const char *const agency[] = { "agency", "watchdog", NULL };
	const struct memo *mo = &c->memo;
	char w[16];
	size_t k, len;
	const char *t = tok_text(s, i, &len);

	if (!word_is_any(s, i, words) || len >= sizeof(w))
		return NULL;
	len = lex_fold(t, len, w, sizeof(w) - 1);
	w[len] = '\0';
	for (k = 0; k < mo->n_bodies; k++) {
		const char *code = mo->bodies[k].code;
		if (mo->bodies[k].sent >= s->index || s->index - mo->bodies[k].sent > 3)
			continue;
		if (strstr(mo->bodies[k].words, w) ||
		    (word_is_any(s, i, regional) && strncmp(code, "IGOUNO", 6) &&
		     (!strcmp(w, "bloc") || !strcmp(code, "IGOWSTNAT"))) ||
		    (word_is_any(s, i, agency) && !strncmp(code, "IGOUNO", 6) && strlen(code) > 6))
			return code;
	}
	return NULL;
}

/* "the world body", "the nuclear watchdog", "the 27-nation bloc", "the
 * 32-member alliance": descriptions that name one body each
 * (body_epithet()) stand for it whether or not the sentence named it
 * before, over what match_group_anaphors() took for them ("UNRWA ... the
 * world body" is the U.N. itself); under a Brussels dateline "the bloc"
 * and "the alliance" with nothing named before are the EU and NATO.
 * Needs the mentions marked; sorts them again and marks the tokens. */
int match_body_epithets(struct dyad_coder *c, struct sent *s)
{
	static const char *const bloc[] = { "bloc", NULL }, *const alliance[] = { "alliance", NULL };
	size_t i;
	int pushed = 0;

	for (i = 1; i < s->n; i++) {
		size_t the = i - 1, mods = 0;
		const char *code;
		int32_t at = s->info[i].mention;
		struct mention *m;

		if (match_is_cap(s, i) || !(s->toks[i].flags & TOK_WORD))
			continue;
		while (the > 0 && mods < 3 && !match_the_at(s, the) &&
		       (s->info[the].mention < 0 || (at >= 0 && s->info[the].mention == at)) &&
		       (s->toks[the].flags & (TOK_WORD | TOK_NUM)) && !s->info[the].roles)
			the--, mods++;
		if (!match_the_at(s, the))
			continue;
		code = body_epithet(s, the + 1, i);
		/* "BRUSSELS -- The bloc imposed sanctions": under a Brussels
		 * dateline, a bloc or an alliance the sentence names no
		 * antecedent for is the EU's or NATO's */
		if (!code && at < 0 && !mods)
			code = story_body(c, s, i);
		if (!code && at < 0 && !mods && !strcmp(c->memo.dateline, "BEL"))
			code = word_is_any(s, i, bloc) ? "IGOEUREEC" :
			       word_is_any(s, i, alliance) ? "IGOWSTNAT" : NULL;
		if (!code)
			continue;
		/* "the world body's" is the body; "the watchdog of" a state
		 * is not ("the nuclear watchdog of Iran" is rare) */
		if (i + 1 < s->n && (s->info[i + 1].roles & R_OF) && !of_gerund(s, i + 1))
			continue;
		if (at >= 0 && s->ments[at].how && !strcmp(s->ments[at].how, "the group named before")) {
			m = &s->ments[at];
		} else if (at >= 0) {
			continue;
		} else {
			if (!(m = match_push_mention(c, s)))
				return DYAD_ENOMEM;
			pushed = 1;
			m->kind = M_NAME;
			m->after_prep = the > 0 && (s->info[the - 1].roles & R_PREP);
			m->prep_roles = m->after_prep ? s->info[the - 1].roles : 0;
		}
		m->code = code;
		m->actor = LEX_NONE;
		m->person = 0;
		m->pair = 0;
		m->country = 0;
		m->how = "a body by its description";
		match_set_span(s, m, the, i);
	}
	/* "UNRWA said ... the U.N. agency's staff", "IAEA inspectors ...
	 * inspectors of the U.N. agency": the U.N.'s agency named before,
	 * one mention over the phrase */
	for (i = 2; i < s->n; i++) {
		static const char *const agency[] = { "agency", "watchdog", NULL };
		int32_t un = s->info[i - 1].mention;
		long k, ref = -1;
		struct mention *m;
		if (!word_is_any(s, i, agency) || s->info[i].mention >= 0 || un < 0 ||
		    !match_the_at(s, i - 2) || !s->ments[un].code || strcmp(s->ments[un].code, "IGOUNO") ||
		    s->ments[un].n_tok != 1)
			continue;
		for (k = 0; k < (long)s->n_ments; k++)
			if (s->ments[k].tok < i - 2 && s->ments[k].code &&
			    !strncmp(s->ments[k].code, "IGOUNO", 6) && strlen(s->ments[k].code) > 6 &&
			    (ref < 0 || s->ments[k].tok > s->ments[ref].tok))
				ref = k;
		if (ref < 0)
			continue;
		m = &s->ments[un];
		m->code = s->ments[ref].code;
		m->actor = LEX_NONE;
		m->how = "the U.N. agency named before";
		match_set_span(s, m, i - 2, i);
	}
	if (pushed)
		match_sort_mentions(s);
	match_mark_tokens(s);
	return DYAD_OK;
}

/* Whether CODE is a group of no state's government: an armed group
 * (LBNREB, CODREBM23, IMGMUSISI) or an organisation (IGO..., NGO...). */
static int group_code(const char *code)
{
	return code && strlen(code) >= 6 && strncmp(code, "---", 3) &&
	       (armed_group(code) || !strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3));
}

/* "the group's leaders urged", "a senior official of the group warned",
 * "a commander of Hezbollah", "the alliance's chief": an officer,
 * fighter or member of a group (an armed group, a bloc, an agency)
 * named right before it with a possessive, or right after it with "of"
 * or "from", acts for the group, not for the state of the place the
 * sentence names (M23's leaders are not CODGOV).  The two are merged
 * into one mention with the group's code.  Roles of people the group
 * acts on (civilians, hostages) are left alone.  Needs the mentions
 * sorted and marked; marks no tokens. */
void match_group_members(struct sent *s)
{
	static const char *const member_roles[] = { "GOV", "MIL", "REB", "INS", "SPY", "OPP",
						    "PTY", NULL };
	static const char *const of_from[] = { "of", "from", NULL };
	static const char *const group_heads[] = { "chief", "head", "leader", "boss", "commander",
						   "secretary-general", "spokesman", "spokeswoman",
						   "spokesperson", "founder", NULL };
	static const char *const wing_mods[] = { "armed", "military", "political", NULL };
	static const char *const wings[] = { "wing", NULL };
	size_t i, out = 0;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *a = &s->ments[i], *b = i + 1 < s->n_ments ? &s->ments[i + 1] : NULL;
		const struct mention *p = out ? &s->ments[out - 1] : NULL;
		uint32_t end = a->tok + a->n_tok, k;
		size_t r;
		int member = 0;

		if (a->kind == M_AGENT && !a->person && a->code && strlen(a->code) == 3)
			for (r = 0; member_roles[r]; r++)
				member |= !strcmp(a->code, member_roles[r]);
		/* "the group's leaders": the group's possessive before */
		/* "Khalifa Haftar's eastern-based forces": a rebel leader's
		 * fighters are his group's */
		if (member && p && group_code(p->code) && (!p->person || armed_group(p->code)) &&
		    p->kind != M_PRONOUN &&
		    p->tok + p->n_tok < a->tok && (s->info[p->tok + p->n_tok].roles & R_POSS) &&
		    !(s->info[p->tok + p->n_tok].roles & R_PRON) &&
		    match_modifiers_only(s, p->tok + p->n_tok + 1, a->tok, 0)) {
			struct mention *q = &s->ments[out - 1];
			q->n_tok = end - q->tok;
			q->end = a->end;
			q->how = "member of the group named before it";
			continue;       /* a is dropped */
		}
		/* "a senior official of the group", "commanders from Hamas" */
		k = end;
		if (member && b && k + 1 < s->n && word_is_any(s, k, of_from)) {
			k++;
			/* "of the group": the anaphor's mention holds "the" */
			if (b->tok != k && (s->info[k].roles & R_DET) && !(s->info[k].roles & R_POSS))
				k++;
			if (b->tok == k && group_code(b->code) && !b->person && b->kind != M_PRONOUN) {
				match_extend_left(b, a);
				b->after_prep = a->after_prep;
				b->prep_roles = a->prep_roles;
				b->how = "member of the group named after it";
				continue;       /* a is dropped */
			}
		}
		/* "the alliance's chief praised": a bare title after the
		 * group's possessive is its officer */
		/* "the Islamist group's armed wing said it had fired" */
		k = end + 1 < s->n && word_is_any(s, end + 1, wing_mods) ? end + 2 : end + 1;
		if (group_code(a->code) && !a->person && a->kind != M_PRONOUN && k < s->n &&
		    (s->info[end].roles & R_POSS) && !(s->info[end].roles & R_PRON) &&
		    s->info[k].mention < 0 && s->info[end + 1].mention < 0 &&
		    (word_is_any(s, k, group_heads) || (k == end + 2 && word_is_any(s, k, wings))) &&
		    (!b || b->tok > k)) {
			a->n_tok = k + 1 - a->tok;
			a->end = s->toks[k].end - s->base;
			a->how = "officer of the group named before";
		}
		if (out != i)
			s->ments[out] = *a;
		out++;
	}
	s->n_ments = out;
}

/* Whether token AT follows "hours after", "days after", "a week
 * after" (a time anchor to an earlier event, not coded) within its
 * clause. */
static int in_time_anchor(const struct sent *s, size_t at)
{
	static const char *const after[] = { "after", NULL };
	static const char *const units[] = { "hours", "days", "weeks", "months", "hour", "day",
					     "week", "month", "minutes", NULL };
	size_t j;

	for (j = at; j-- > 1 && at - j <= 14;) {
		if ((s->info[j].roles & R_CONJ) || match_is_punct_tok(s, j, ','))
			return 0;
		if (word_is_any(s, j, after))
			return word_is_any(s, j - 1, units);
	}
	return 0;
}

/* Words that say which states a "state", "nation", "country" or
 * "republic" can be: regions ("the Gulf state", "the Baltic state", "the
 * West African nation", "the former Soviet republic") and kinds ("the
 * communist state", "the reclusive state", "the war-torn country").  A
 * word with a PREV must follow it ("Central Asian", "former Soviet"). */
static const struct {
	const char *word, *prev, *states;
} state_descs[] = {
	{ "Gulf", NULL, "SAU ARE QAT KWT BHR OMN" },
	{ "Baltic", NULL, "EST LVA LTU" },
	{ "Nordic", NULL, "NOR SWE DNK FIN ISL" },
	{ "Scandinavian", NULL, "NOR SWE DNK" },
	{ "Balkan", NULL, "SRB BIH MNE MKD ALB KOS HRV SVN BGR" },
	{ "Asian", "Central", "KAZ KGZ TJK TKM UZB" },
	{ "Asian", "Southeast", "IDN MYS PHL THA VNM KHM LAO MMR SGP BRN TLS" },
	{ "Asian", "South", "IND PAK BGD LKA NPL BTN MDV AFG" },
	{ "Caucasus", NULL, "ARM AZE GEO" },
	{ "Himalayan", NULL, "NPL BTN" },
	{ "African", "West", "NGA GHA SEN MLI BFA NER CIV GIN GMB GNB LBR SLE TGO BEN MRT CPV" },
	{ "African", "Central", "CAF CMR TCD GAB COG COD GNQ" },
	{ "African", "East", "KEN TZA UGA RWA BDI ETH SOM SSD ERI DJI" },
	{ "African", "North", "MAR DZA TUN LBY EGY" },
	{ "African", "southern", "ZAF ZWE ZMB MOZ BWA NAM MWI AGO LSO SWZ" },
	{ "Sahel", NULL, "MLI BFA NER TCD MRT" },
	{ "Sahelian", NULL, "MLI BFA NER TCD MRT" },
	{ "American", "South", "ARG BRA CHL COL PER VEN ECU BOL PRY URY GUY SUR" },
	{ "American", "Central", "GTM HND SLV NIC CRI PAN BLZ" },
	{ "American", "Latin", "ARG BRA CHL COL PER VEN ECU BOL PRY URY MEX CUB DOM GTM HND SLV "
			       "NIC CRI PAN HTI" },
	{ "Andean", NULL, "COL PER ECU BOL VEN CHL" },
	{ "Caribbean", NULL, "CUB HTI DOM JAM TTO BHS BRB GRD LCA VCT ATG KNA DMA" },
	{ "Soviet", "former", "ARM AZE BLR EST GEO KAZ KGZ LVA LTU MDA TJK TKM UKR UZB" },
	{ "communist", NULL, "PRK CHN VNM CUB LAO" },
	{ "communist-run", NULL, "PRK CHN VNM CUB LAO" },
	{ "communist-ruled", NULL, "PRK CHN VNM CUB LAO" },
	{ "hermit", NULL, "PRK" },
	{ "reclusive", NULL, "PRK TKM ERI" },
	{ "isolated", NULL, "PRK BLR CUB IRN VEN AFG MMR SYR ERI TKM" },
	{ "war-torn", NULL, "SYR YEM SDN SSD AFG UKR LBY SOM IRQ MMR COD PSE HTI CAF MLI ETH" },
	{ "war-ravaged", NULL, "SYR YEM SDN SSD AFG UKR LBY SOM IRQ MMR COD PSE HTI CAF MLI ETH" },
	{ "oil-rich", NULL, "SAU ARE KWT QAT VEN NGA LBY IRQ BRN AGO OMN BHR GAB GNQ KAZ AZE" },
	{ "energy-rich", NULL, "SAU ARE KWT QAT VEN NGA LBY IRQ BRN AGO OMN BHR KAZ AZE TKM" },
	{ "Jewish", NULL, "ISR" },
};

/* The entry of state_descs[] the word at token W is, or -1. */
static long state_desc(const struct sent *s, size_t w)
{
	size_t len, k;
	const char *t = tok_text(s, w, &len);

	for (k = 0; k < sizeof(state_descs) / sizeof(state_descs[0]); k++) {
		size_t pl;
		const char *pt;
		if (len != strlen(state_descs[k].word) || strncmp(t, state_descs[k].word, len))
			continue;
		if (!state_descs[k].prev)
			return (long)k;
		if (w == 0)
			continue;
		pt = tok_text(s, w - 1, &pl);
		if (pl == strlen(state_descs[k].prev) && !strncasecmp(pt, state_descs[k].prev, pl))
			return (long)k;
	}
	return -1;
}

/* Whether CODE is a state the word at token W describes ("the Gulf
 * state", "the Central Asian country", "the communist state", "the
 * former Soviet republic"); 0 for other words. */
int match_region_state(const struct sent *s, size_t w, const char *code)
{
	long k = state_desc(s, w);
	const char *p;

	if (k < 0)
		return 0;
	for (p = state_descs[k].states; *p; p += p[3] ? 4 : 3)
		if (!strncmp(code, p, 3))
			return 1;
	return 0;
}

/* How many words the description at token W takes (2 for "Central
 * Asian", "former Soviet"), 0 when it is none. */
int match_desc_words(const struct sent *s, size_t w)
{
	long k = state_desc(s, w);

	return k < 0 ? 0 : state_descs[k].prev ? 2 : 1;
}

/* The one state the description at token W fits ("hermit", "Jewish"),
 * or NULL when it fits several or is none. */
static const char *desc_only_state(const struct sent *s, size_t w)
{
	static const char *const one[] = { "PRK", "ISR", NULL };
	long k = state_desc(s, w);
	size_t j;

	if (k < 0 || strlen(state_descs[k].states) != 3)
		return NULL;
	for (j = 0; one[j]; j++)
		if (!strcmp(one[j], state_descs[k].states))
			return one[j];
	return NULL;
}

/* Whether the word at token W is one match_region_state() knows. */
int match_region_word(const struct sent *s, size_t w)
{
	return state_desc(s, w) >= 0;
}

/* Whether a mention (a role: "foreign ministry", "top diplomat")
 * starts at token AT, past up to two modifiers. */
static int possessed_role(const struct sent *s, size_t at)
{
	size_t j;

	for (j = at; j < s->n && j < at + 3; j++) {
		if (s->info[j].mention >= 0)
			return 1;
		if (!(s->toks[j].flags & TOK_WORD) || s->info[j].roles)
			return 0;
	}
	return 0;
}

/* Whether the word at token J reads as a verb of arriving ("arrived in
 * the city-state"): where one lands is a party to the visit. */
static int arrival_verb(struct dyad_coder *c, const struct sent *s, size_t j)
{
	static const char *const arrive[] = { "arrive", "land", "travel", "fly", NULL };
	const char *lemma;
	size_t k;

	if (s->info[j].vlemma == LEX_NONE)
		return 0;
	lemma = lex_word_str(c->lex, s->info[j].vlemma);
	for (k = 0; arrive[k]; k++)
		if (!strcmp(lemma, arrive[k]))
			return 1;
	return 0;
}

/* "airdropped food into", "air-dropped food parcels into": a verb
 * right before the object carried to the word "into" at `into`, the
 * verb read in the past (the word before, or one of two before that in
 * "-ed"); "the flow of aid into" has none. */
static int carried_into(const struct sent *s, size_t into)
{
	size_t k, len;

	for (k = into >= 2 ? into - 2 : 0; k + 4 >= into && k > 0; k--) {
		const char *t = tok_text(s, k, &len);
		if (s->info[k].mention >= 0 || !(s->toks[k].flags & TOK_WORD))
			return 0;
		if (s->info[k].vlemma != LEX_NONE && (k + 2 == into || (len > 2 && !strncmp(t + len - 2, "ed", 2))))
			return 1;
	}
	return 0;
}

/* "Riyadh closed its only land border with the Gulf state": a
 * description after a preposition in the clause of the name that opens
 * it is not that name (English says "its own" or "itself" for it), so
 * the search goes on to a state named before.  Whether mention a opens
 * the clause that holds `the`: a is no preposition's object, and no
 * comma, clause break, "and", relative or "that" and no verb of speech
 * lies between ("Iran said the Islamic Republic would" is Iran). */
static int own_clause_subject(const struct sent *s, const struct mention *a, size_t the)
{
	static const char *const links[] = { "that", "which", "who", "whom", "while", "as",
					     "after", "before", "when", "if", NULL };
	size_t j, q = a->tok;

	while (q > 0 && (s->info[q - 1].roles & R_DET) && !(s->info[q - 1].roles & R_POSS))
		q--;
	if (a->after_prep || (q > 0 && (s->info[q - 1].roles & R_PREP)) ||
	    a->tok + a->n_tok >= the || !(s->info[the - 1].roles & R_PREP))
		return 0;
	for (j = a->tok + a->n_tok; j < the; j++)
		if (match_is_punct_tok(s, j, ',') || match_is_punct_tok(s, j, ';') ||
		    s->info[j].brk || (s->info[j].roles & R_CONJ) || word_is_any(s, j, links) ||
		    (s->info[j].vroles & (V_SPEECH | V_OPINION)) || s->info[j].mention >= 0)
			return 0;
	return 1;
}

/* "Officials in France said that the country had condemned Russia",
 * "Iran was struck on Friday, and the country vowed revenge": a plain
 * "the country" or "the nation" that is its clause's subject (at the
 * sentence's start, after a comma, a conjunction, "that" or a verb of
 * saying, and before a verb) is a state named before, as "it" would
 * be; as an object it is too often the subject's own ("ordered Afghans
 * to leave the country") to be guessed.  `the` is the article's index,
 * `i` the noun's. */
static int country_subject(const struct sent *s, size_t the, size_t i)
{
	static const char *const plain[] = { "country", "nation", NULL };
	static const char *const opener[] = { "that", "and", "but", "while", "as", "after",
					      "because", "since", "when", "so", NULL };
	const struct tokinfo *p;

	/* ("France's president said the country would send aid": a
	 * modal before the verb as well) */
	if (!word_is_any(s, i, plain) || i + 1 >= s->n || !(s->toks[i + 1].flags & TOK_WORD) ||
	    (s->info[i + 1].vlemma == LEX_NONE &&
	     !(s->info[i + 1].roles & (R_WILL | R_WOULD | R_MAY | R_CAN))) ||
	    s->info[i + 1].mention >= 0 ||
	    (s->info[i + 1].roles & (R_PREP | R_POSS | R_OF)))
		return 0;
	if (the == 0)
		return 1;
	p = &s->info[the - 1];
	return match_is_punct_tok(s, the - 1, ',') || word_is_any(s, the - 1, opener) ||
	       (p->vroles & (V_SPEECH | V_OPINION)) != 0;
}

/* "Saudi Foreign Minister Prince Faisal ... met his Iranian counterpart.
 * ... The kingdom will reopen its embassy in Tehran": a word for a kind
 * of state at token I that the sentence names none of is the latest
 * state of that kind the last three sentences named, past those the
 * sentence names itself; a plain "the country" (PLAIN) only when one
 * state is left, else it is not guessed.  The state's code, or NULL. */
const char *match_story_kind_state(struct dyad_coder *c, const struct sent *s, size_t i,
				   int plain)
{
	static const char *const state_words[] = { "state", "nation", "country", "republic", NULL };
	const struct memo *mo = &c->memo;
	const char *found = NULL;
	size_t k, j;

	for (k = 0; k < mo->n_recent; k++) {
		const char *code = mo->recent[k].code;
		if (mo->recent[k].sent >= s->index || s->index - mo->recent[k].sent > 3)
			continue;
		for (j = 0; j < s->n_ments && !(s->ments[j].code && match_is_state_code(s->ments[j].code) &&
						!strncmp(s->ments[j].code, code, 3)); j++)
			;
		if (j < s->n_ments)
			continue;
		if (!plain && (word_is_any(s, i, state_words) || match_region_word(s, i - 1) ?
				       !match_region_state(s, i - 1, code) :
				       !match_state_kind_fits(s, i, code)))
			continue;
		if (!plain)
			return code;
		if (found && strcmp(found, code))
			return NULL;
		found = code;
	}
	return found;
}

/* "Israel struck Doha, and the Gulf state accused it", "thanked the
 * kingdom", "China's drills around the island": "the" and a word for
 * one kind of state (kingdom, emirate, sultanate, island, enclave; a
 * "state", "nation" or "country" of a region, match_region_state()), after
 * up to two modifiers ("the energy-rich Gulf state", "the self-ruled
 * island"), stand for the
 * nearest state named before that is of that kind (match_state_kind_fits()),
 * else the one of that kind the last sentences named
 * (match_story_kind_state()); none when no state of the kind is named.  Possessives ("the
 * kingdom's") are match_country_anaphor()'s.  Needs the mentions sorted and
 * marked; sorts them again and marks the tokens. */
int match_kind_anaphors(struct dyad_coder *c, struct sent *s)
{
	static const char *const state_words[] = { "state", "nation", "country", "republic", NULL };
	static const char *const inside_preps[] = { "of", "into", "in", "inside", "within", "from",
						    "across", "throughout", NULL };
	static const char *const on_against[] = { "on", "against", NULL };
	static const char *const into_w[] = { "into", NULL };
	size_t i, n = s->n_ments;
	int pushed = 0;

	for (i = 1; i < s->n; i++) {
		size_t the = i - 1, mods = 0;
		long k, ref = -1;
		int plain, acted_on;
		struct mention *m;
		const char *code;
		char *st;

		if (!s->info[i].kind_word || match_is_cap(s, i) || s->info[i].mention >= 0)
			continue;
		/* back over up to two modifiers to "the" */
		/* ("the isolated state", "the former Soviet republic": a
		 * describing word may read as a verb or a name) */
		while (the > 0 && mods < 2 && !match_the_at(s, the) && !s->info[the].roles &&
		       (s->toks[the].flags & TOK_WORD) &&
		       ((s->toks[the].flags & TOK_HYPHEN) || match_region_word(s, the) ||
			(s->info[the].mention < 0 && s->info[the].vlemma == LEX_NONE)))
			the--, mods++;
		if (!match_the_at(s, the))
			continue;
		/* "a blockade of the island", "the flow of aid into the
		 * enclave": a place inside a noun's phrase, not a party
		 * ("drills around the island", "missiles off the island"
		 * are aimed at it) */
		/* ("airdropped food into the enclave", "sent fuel into the
		 * enclave": a verb's object carried into the place, which is
		 * the party) */
		if (the >= 2 && word_is_any(s, the - 1, inside_preps) && !s->info[the - 2].verb &&
		    !arrival_verb(c, s, the - 2) &&     /* ("arrived in the city-state") */
		    !s->info[the - 2].roles && s->info[the - 2].mention < 0 &&
		    (s->toks[the - 2].flags & TOK_WORD) && !match_is_cap(s, the - 2) &&
		    !(word_is_any(s, the - 1, into_w) && carried_into(s, the - 1)))
			continue;
		/* "hours after Washington said it would remove the island
		 * from its list": a time anchor to an earlier event */
		if (in_time_anchor(s, the))
			continue;
		/* "the state", "the nation" and "the country" only of a
		 * region or kind ("the Gulf state", "the communist state"):
		 * a plain "the country" is too often the subject's own
		 * ("ordered Afghans to leave the country", "entered the
		 * country illegally") to be guessed, but for its clause's
		 * subject (country_subject()) */
		plain = mods == 0 && !match_region_word(s, i - 1) && country_subject(s, the, i);
		/* ("The bloc also imposed sanctions on the country": acted on,
		 * it is a state an earlier sentence named, not the subject's
		 * own; match_story_kind_state()) */
		acted_on = mods == 0 && !plain && !match_region_word(s, i - 1) && the > 0 &&
			   word_is_any(s, the - 1, on_against) && word_is_any(s, i, state_words);
		if (word_is_any(s, i, state_words) && !(i > 0 && match_region_word(s, i - 1)) &&
		    !plain && !acted_on)
			continue;
		/* "the island of Hainan", "the kingdom's foreign ministry",
		 * "the enclave Gaza"; but "sanctions on the island's
		 * exports" are on the island, whose possessive owns no role
		 * (after "on" or "against" only: "stop the kingdom's arms
		 * purchases" names no party acted on) */
		if (i + 1 < s->n && (s->info[i + 1].roles & R_POSS) && !possessed_role(s, i + 2) &&
		    the > 0 && word_is_any(s, the - 1, on_against))
			;
		else if (i + 1 < s->n && ((s->info[i + 1].roles & R_POSS) || s->info[i + 1].mention >= 0 ||
				     ((s->info[i + 1].roles & R_OF) && !of_gerund(s, i + 1)) ||
				     match_is_cap(s, i + 1)))
			continue;
		for (k = acted_on ? 0 : (long)n; k-- > 0;) {
			const struct mention *a = &s->ments[k];
			if (a->tok >= the || a->kind == M_PRONOUN || !a->code || !match_is_state_code(a->code) ||
			    !strncmp(a->code, "---", 3) || armed_group(a->code))
				continue;
			if (own_clause_subject(s, a, the))
				continue;
			/* ("the hermit kingdom", "the communist-run island":
			 * the describing word picks among the kind) */
			if (!plain &&
			    (word_is_any(s, i, state_words) || match_region_word(s, i - 1) ?
				     !match_region_state(s, i - 1, a->code) :
				     !match_state_kind_fits(s, i, a->code)))
				continue;
			ref = k;
			break;
		}
		if (ref < 0 && (code = match_story_kind_state(c, s, i, plain || acted_on))) {
			if (!(m = match_push_mention(c, s)))
				return DYAD_ENOMEM;
			pushed = 1;
			m->code = code;
			m->kind = M_NAME;
			m->country = 1;
			m->after_prep = the > 0 && (s->info[the - 1].roles & R_PREP);
			m->prep_roles = m->after_prep ? s->info[the - 1].roles : 0;
			m->how = "the state of its kind a sentence before named";
			match_set_span(s, m, the, i);
			continue;
		}
		/* "protested to the hermit kingdom", "the Jewish nation": a
		 * description only one state fits names it, named before or
		 * not */
		if (ref < 0 && match_region_word(s, i - 1) && desc_only_state(s, i - 1)) {
			if (!(m = match_push_mention(c, s)))
				return DYAD_ENOMEM;
			pushed = 1;
			m->code = desc_only_state(s, i - 1);
			m->kind = M_NAME;
			m->country = 1;
			m->after_prep = the > 0 && (s->info[the - 1].roles & R_PREP);
			m->prep_roles = m->after_prep ? s->info[the - 1].roles : 0;
			m->how = "the one state of its kind";
			match_set_span(s, m, the, i);
			continue;
		}
		/* "SINGAPORE -- The city-state hosted", "TAIPEI -- ... drills
		 * around the island": the dateline's state, if of the kind */
		if (ref < 0 && c->memo.dateline[0] &&
		    (word_is_any(s, i, state_words) ? match_region_state(s, i - 1, c->memo.dateline) :
						       match_state_kind_fits(s, i, c->memo.dateline) &&
						       match_state_kind_fits(s, i, "---") == 0)) {
			if (!(st = arena_alloc(&c->mem, 4)))
				return DYAD_ENOMEM;
			memcpy(st, c->memo.dateline, 4);
			if (!(m = match_push_mention(c, s)))
				return DYAD_ENOMEM;
			pushed = 1;
			m->code = st;
			m->kind = M_NAME;
			m->country = 1;
			m->after_prep = the > 0 && (s->info[the - 1].roles & R_PREP);
			m->prep_roles = m->after_prep ? s->info[the - 1].roles : 0;
			m->how = "the dateline's state of its kind";
			match_set_span(s, m, the, i);
			continue;
		}
		if (ref < 0)
			continue;
		if (!(st = arena_alloc(&c->mem, 4)))
			return DYAD_ENOMEM;
		memcpy(st, s->ments[ref].code, 3);
		st[3] = '\0';
		if (!(m = match_push_mention(c, s)))
			return DYAD_ENOMEM;
		pushed = 1;
		*m = s->ments[ref];     /* push_mention may have moved them */
		m->code = st;
		m->kind = M_NAME;
		m->country = 1;
		m->person = 0;
		m->actor = LEX_NONE;
		m->pair = 0;
		m->after_prep = the > 0 && (s->info[the - 1].roles & R_PREP);
		m->prep_roles = m->after_prep ? s->info[the - 1].roles : 0;
		m->how = "the state of its kind named before";
		match_set_span(s, m, the, i);
	}
	if (pushed)
		match_sort_mentions(s);
	match_mark_tokens(s);
	return DYAD_OK;
}

/* "set fire to the entrance of the French embassy", "stormed the outer
 * wall of the U.S. embassy compound": the word before a part of the
 * premises named first, or @j itself. */
static long premises_part(const struct sent *s, long j)
{
	static const char *const parts[] = { "entrance", "gate", "gates", "door", "doors", NULL };
	static const char *const of[] = { "of", NULL };
	long k;

	if (j < 1 || !word_is_any(s, (size_t)j, of))
		return j;
	for (k = j - 1; k > 0 && k > j - 3 && !word_is_any(s, (size_t)k, parts); k--)
		;
	if (!word_is_any(s, (size_t)k, parts))
		return j;
	for (j = k - 1; j >= 0 && j >= k - 2 && !(s->info[j].roles & (R_PREP | R_TO)) &&
			s->info[j].vlemma == LEX_NONE;
	     j--)
		;
	return j;
}

/* Whether the verb at token J has one of the lemmas in LIST. */
static int vlemma_in(const struct dyad_coder *c, const struct sent *s, long j,
		     const char *const *list)
{
	const char *lemma;
	size_t f;

	if (j < 0 || s->info[j].vlemma == LEX_NONE)
		return 0;
	lemma = lex_word_str(c->lex, s->info[j].vlemma);
	for (f = 0; list[f] && strcmp(list[f], lemma); f++)
		;
	return list[f] != NULL;
}

/* "rallied outside the U.S. embassy", "marched towards the French
 * embassy", "marched on the Israeli embassy": 1 when the word at @j, just
 * before the premises, makes them a place of protest, not the diplomats
 * (a letter handed "to the U.S. embassy" goes to the diplomats).  A
 * leader or government of the same state named elsewhere in the sentence
 * ("outside the U.S. embassy ... against President Trump's recognition")
 * keeps the protest at the government (the caller checks that). */
static int protested_premises(struct dyad_coder *c, const struct sent *s, long j)
{
	static const char *const protest_v[] = { "rally", "protest", "march", "gather", "demonstrate",
						 "assemble", "converge", "picket", "chant", "burn",
						 "throw", "hold", "stage", "camp", "mass", NULL };
	static const char *const protest_n[] = { "protest", "protests", "rally", "rallies",
						 "demonstration", "demonstrations", "vigil", "vigils",
						 "sit-in", "picket", "march", "protesters", "hunger",
						 NULL };
	/* "picketed the U.S. embassy", "surrounded the Israeli embassy" */
	static const char *const ringed[] = { "picket", "surround", "blockade", NULL };
	long k;
	int protest = 0;

	static const char *const premise_preps[] = { "outside", "near", "towards", "toward", NULL };
	static const char *const moved_to[] = { "march", "walk", "parade", "converge", "move", NULL };
	static const char *const of[] = { "of", NULL };
	static const char *const front[] = { "front", NULL };
	static const char *const to_on[] = { "to", "on", NULL };

	if (j < 0)
		return 0;
	if (vlemma_in(c, s, j, ringed))
		return 1;
	/* only where a crowd protests: "the suicide bombing outside the
	 * Russian embassy" struck the mission's staff */
	for (k = j - 1; k >= 0 && k >= j - 10 && !protest; k--) {
		protest = word_is_any(s, (size_t)k, protest_n) || vlemma_in(c, s, k, protest_v);
	}
	if (!protest)
		return 0;
	/* "in front of the embassy" */
	if (word_is_any(s, (size_t)j, of) && j >= 1 && word_is_any(s, (size_t)j - 1, front))
		return 1;
	if (word_is_any(s, (size_t)j, premise_preps))
		return 1;
	/* "marched to the U.S. consulate", "marched on the Israeli embassy" */
	if (j >= 1 && word_is_any(s, (size_t)j, to_on))
		return vlemma_in(c, s, j - 1, moved_to);
	return 0;
}

/* 1 when mention k is a state's government named only as a state's
 * word before another's premises ("the U.S. and French embassies": the
 * "U.S." is coded USAGOV as the agent it shares). */
static int coordinated_state_gov(const struct sent *s, size_t k)
{
	const struct mention *m = &s->ments[k];

	return !m->person && m->code && strlen(m->code) == 6 && !strcmp(m->code + 3, "GOV") &&
	       match_is_state_code(m->code) && m->n_tok <= 2;
}

/* "Protesters stormed the Swedish embassy in Baghdad", "attacked the
 * embassies of France, the United States and Rwanda", "an air strike on
 * its consulate in Damascus": an embassy or consulate attacked is the
 * building, and stands for its state (SWE), not for the diplomats who
 * speak for it ("China's embassy in Washington said" stays CHNGOV).
 * So is one protested at ("rallied outside the U.S. embassy": USA),
 * unless the sentence names that state's government or leader too. */
void match_attacked_premises(struct dyad_coder *c, struct sent *s)
{
	static const char *const premises[] = { "embassy", "embassies", "consulate", "consulates",
						 "commission", NULL };
	static const char *const high[] = { "high", NULL };
	static const char *const particles[] = { "down", "into", "through", NULL };
	static const char *const force[] = { "storm", "attack", "torch", "burn", "ransack", "besiege",
					     "break", "smash", "barge", "pelt",
					     "bomb", "firebomb", "raid", "stone", "vandalise", "vandalize",
					     "strike", "shell", "breach", "overrun", "loot", NULL };
	static const char *const force_nouns[] = { "attack", "attacks", "assault", "siege", "strike",
						   "strikes", "raid", "fire", NULL };
	static const char *const on[] = { "on", "against", "to", NULL };
	static const char *const and_comma[] = { "and", ",", NULL };
	static const char *const at[] = { "at", NULL };
	static const char *const thrown[] = { "throw", "hurl", "lob", "fling", NULL };
	size_t i, k;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		long j = (long)m->tok - 1, first;
		int hit = 0;
		char *bare;

		if (m->person || !m->code || strlen(m->code) != 6 || strcmp(m->code + 3, "GOV") ||
		    !match_is_state_code(m->code) || !strncmp(m->code, "---", 3))
			continue;
		for (k = m->tok; k < m->tok + m->n_tok && !word_is_any(s, k, premises); k++)
			;
		if (k == m->tok + m->n_tok)
			continue;
		/* a "high commission" is an embassy; another commission is not */
		if (word_is_any(s, k, premises + 4) && (k == 0 || !word_is_any(s, k - 1, high)))
			continue;
		while (j >= 0 && (s->info[j].roles & R_DET))
			j--;
		/* "stormed the U.S. and French embassies": the verb is before
		 * the states coordinated with this one, whose mentions name
		 * the same premises */
		first = (long)i;
		while (j >= 1 && (word_is_any(s, (size_t)j, and_comma)) &&
		       s->info[j - 1].mention >= 0 && s->info[j - 1].mention < (int32_t)i &&
		       coordinated_state_gov(s, (size_t)s->info[j - 1].mention)) {
			first = s->info[j - 1].mention;
			j = (long)s->ments[first].tok - 1;
			while (j >= 0 && (s->info[j].roles & R_DET))
				j--;
		}
		j = premises_part(s, j);
		/* "burned down the consulate", "broke into the embassy" */
		if (j >= 1 && word_is_any(s, (size_t)j, particles))
			j--;
		/* "threw stones and bottles at Japan's embassy", "hurled
		 * petrol bombs at the U.S. consulate" */
		if (!hit && j >= 1 && word_is_any(s, (size_t)j, at)) {
			long v;
			for (v = j - 1; v >= 0 && v >= j - 6 && !hit; v--)
				hit = vlemma_in(c, s, v, thrown);
		}
		if (!hit)
			hit = vlemma_in(c, s, j, force);
		if (!hit && j >= 1 && word_is_any(s, (size_t)j, on) && word_is_any(s, (size_t)j - 1, force_nouns))
			hit = 1;
		if (!hit && protested_premises(c, s, j)) {
			size_t o;
			hit = 1;
			for (o = 0; o < s->n_ments && hit; o++)
				if (o != i && s->ments[o].code && !strcmp(s->ments[o].code, m->code))
					hit = 0;
		}
		if (hit && (bare = state_role(c, m->code, "")))
			m->code = bare;
		/* (and the states coordinated before it) */
		for (k = (size_t)first; hit && k < i; k++)
			if (coordinated_state_gov(s, k) && (bare = state_role(c, s->ments[k].code, "")))
				s->ments[k].code = bare;
	}
}

/* Whether the hyphenated token at i says land is held by rebels of no
 * named group: "rebel-held", "opposition-controlled", "insurgent-held". */
static int rebel_held_word(const struct sent *s, size_t i)
{
	static const char *const holders[] = { "rebel", "rebels", "opposition", "insurgent",
					       "insurgents", "militant", "separatist",
					       "separatists", NULL };
	static const char *const held[] = { "held", "controlled", NULL };
	size_t len, q, k;
	const char *t = tok_text(s, i, &len);

	for (q = 0; q < len && t[q] != '-'; q++)
		;
	if (q == len || !(s->toks[i].flags & TOK_HYPHEN))
		return 0;
	for (k = 0; holders[k]; k++)
		if (strlen(holders[k]) == q && !strncasecmp(t, holders[k], q))
			break;
	if (!holders[k])
		return 0;
	for (k = 0; held[k]; k++)
		if (strlen(held[k]) == len - q - 1 && !strncasecmp(t + q + 1, held[k], len - q - 1))
			return 1;
	return 0;
}

/* "Syrian troops have encircled the rebel-held town of Qusair", "fired
 * Scud missiles at rebel-held areas in the north", "broke the siege of
 * opposition-held eastern Aleppo": land held by rebels no name gives is
 * the rebels' of the state it lies in (SYRREB), the target of the
 * fighting done to it, as land named after a group is
 * (match_held_territory()); event_emit() gives other acts on it (aid,
 * gas dropped on a town) the state.
 * The state is the one of a place named right after the word ("eastern
 * Aleppo", whose mention becomes the rebels'), else of the nearest actor
 * of a state before it (the side fighting them), else after it.  Needs
 * the mentions marked; sort them after. */
int match_rebel_held(struct dyad_coder *c, struct sent *s)
{
	size_t i, k, n0 = s->n_ments;

	for (i = 0; i + 1 < s->n; i++) {
		const struct mention *near = NULL;
		struct mention *m;
		char *code;

		if (s->info[i].mention >= 0 || !rebel_held_word(s, i))
			continue;
		/* a place named after the word, past a plain word or two */
		for (k = i + 1; k < s->n && k <= i + 3; k++) {
			if (s->info[k].mention >= 0)
				break;
			if (!(s->toks[k].flags & TOK_WORD) || match_is_cap(s, k) ||
			    s->info[k].roles)
				break;
		}
		if (k < s->n && k <= i + 3 && s->info[k].mention >= 0) {
			m = &s->ments[s->info[k].mention];
			if (m->tok == k && m->kind == M_NAME && m->country && !m->person &&
			    match_is_country_code(m->code) &&
			    (code = state_role(c, m->code, "REB"))) {
				m->code = code;
				m->how = "place held by rebels";
			}
			continue;
		}
		for (k = 0; k < n0; k++) {
			const struct mention *o = &s->ments[k];
			if (!o->code || !match_is_state_code(o->code) ||
			    !strncmp(o->code, "---", 3))
				continue;
			if (o->tok < i ? !near || near->tok > i || o->tok > near->tok :
			    !near || (near->tok > i && o->tok < near->tok))
				near = o;
		}
		if (!near || !(code = state_role(c, near->code, "REB")))
			continue;
		if (!hyphen_holder(c, s, i, code, "land held by rebels"))
			return DYAD_ENOMEM;
	}
	return DYAD_OK;
}

/* "Pakistani troops launched a ground offensive against Taliban
 * militants in South Waziristan", "Taliban fighters in Pakistan's Swat
 * valley": the Taliban a place right after "in" puts in Pakistan are
 * Pakistan's own (PAKINSTTP), not the Afghan insurgency; "Afghan
 * Taliban" keep theirs, and so do the Taliban once they rule Kabul
 * (no longer AFGINSTAL).  Needs the tokens marked. */
void match_pakistan_taliban(struct sent *s)
{
	static const char *const in_w[] = { "in", NULL };
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		static const char *const afghan[] = { "Afghan", NULL };
		struct mention *m = &s->ments[i];
		size_t k, end = m->tok + m->n_tok;

		if (!m->code || strncmp(m->code, "AFGINSTAL", 9) || m->person || end + 1 >= s->n ||
		    !word_is_any(s, end, in_w))
			continue;
		for (k = m->tok; k < end && !word_is_any(s, k, afghan); k++)
			;
		if (k < end)
			continue;
		for (k = end + 1; k < s->n && k <= end + 3; k++) {
			int32_t o = s->info[k].mention;
			if (o < 0)
				continue;
			if (s->ments[o].code && !strcmp(s->ments[o].code, "PAK") && s->ments[o].country) {
				m->code = "PAKINSTTP";
				m->how = "Taliban placed in Pakistan";
			}
			break;
		}
	}
}

/* "after pro-Russian rebels stormed the town", "the RSF claimed full
 * control of the city": "the" and a word for a town (no "of" and no
 * name after it) stand for the place named last before it in the
 * sentence after a preposition ("withdrew from El Fasher"), whose code
 * is its state's (or its holder's): what is done to the town is done to
 * them, as to the place by name (a state named there gives its own
 * code, as a town in it would).
 * Needs the mentions sorted and marked; sorts them again and marks the
 * tokens. */
int match_town_anaphors(struct dyad_coder *c, struct sent *s)
{
	static const char *const towns[] = { "city", "town", "village", "port", "enclave",
					     NULL };
	static const char *const the[] = { "the", NULL };
	size_t i, n = s->n_ments;
	int pushed = 0;

	for (i = 1; i + 1 < s->n; i++) {
		const struct mention *ref = NULL;
		struct mention *m;
		size_t k;

		if (!word_is_any(s, i, towns) || !word_is_any(s, i - 1, the) ||
		    s->info[i].mention >= 0 || s->info[i - 1].mention >= 0 ||
		    (s->info[i + 1].roles & R_OF) || s->info[i + 1].mention >= 0 ||
		    match_is_cap(s, i + 1) || (s->info[i + 1].roles & R_POSS))
			continue;
		/* (only a place by its name after a preposition: "from
		 * Debaltseve", "in El Fasher", no person or role) */
		for (k = 0; k < n; k++) {
			const struct mention *o = &s->ments[k];
			if (o->tok >= i - 1 || (ref && o->tok < ref->tok) || o->kind != M_NAME ||
			    o->person || !o->code || o->place_only ||
			    !match_is_state_code(o->code) ||
			    !(o->country || (o->how && strstr(o->how, "holder"))) ||
			    !(o->tok > 0 && (s->info[o->tok - 1].roles & R_PREP)))
				continue;
			ref = o;
		}
		if (!ref)
			continue;
		if (!(m = match_push_mention(c, s)))
			return DYAD_ENOMEM;
		pushed = 1;
		*m = s->ments[ref - s->ments];
		m->group = (uint32_t)s->n_ments - 1;
		m->kind = M_NAME;
		m->subject = 0;
		m->after_prep = (s->info[i - 2].roles & R_PREP) != 0;
		m->prep_roles = m->after_prep ? s->info[i - 2].roles : 0;
		m->how = "the town named before";
		match_set_span(s, m, i - 1, i);
	}
	if (pushed) {
		match_sort_mentions(s);
		match_mark_tokens(s);
	}
	return DYAD_OK;
}
