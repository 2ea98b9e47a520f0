/*
 * match_merge.c - the dateline, and mentions merged with what describes
 * them: titles before names, descriptors, appositions and their asides
 * ("Hamas, the Islamist group that rules Gaza"), counted people, the
 * speakers of bodies, and roles loyal to or led by another actor.
 */
#include <string.h>

#include "coder_int.h"
#include "match_int.h"

int match_dateline(struct dyad_coder *c, struct sent *s)
{
	int32_t ymd = s->pub.precision ? s->pub.ymd : 0;
	size_t i;
	int rc;

	if ((rc = match_annotate(c, s)))
		return rc;
	s->n_ments = 0;
	if ((rc = match_find_names(c, s, ymd)))
		return rc;
	for (i = 0; i < s->n_ments; i++)
		if (s->ments[i].kind == M_NAME && match_is_state_code(s->ments[i].code) &&
		    strncmp(s->ments[i].code, "---", 3)) {
			memcpy(c->memo.dateline, s->ments[i].code, 3);
			c->memo.dateline[3] = '\0';
			break;
		}
	/* "ANCHORAGE, Alaska, Aug 15 (Reuters) --": a place-only name,
	 * no mention in a sentence, still names the dateline's state */
	if (i == s->n_ments && c->lex->actor_trie.n_nodes) {
		size_t t;
		for (t = 0; t < s->n; t++) {
			uint32_t actor = LEX_NONE;
			long e;
			const char *code;
			if (!match_is_cap(s, t) || (e = match_trie_longest(&c->lex->actor_trie, s, t, &actor)) < 0)
				continue;
			if ((code = match_place_code(c->lex, actor))) {
				memcpy(c->memo.dateline, code, 3);
				c->memo.dateline[3] = '\0';
				break;
			}
			t = (size_t)e;
		}
	}
	s->n_ments = 0;
	return DYAD_OK;
}

/* Make mention b begin where a does, taking in a and what lies between:
 * a title, descriptor or adjective before b is part of its phrase. */
void match_extend_left(struct mention *b, const struct mention *a)
{
	b->n_tok += b->tok - a->tok;
	b->tok = a->tok;
	b->start = a->start;
}

/* Whether the words from token FROM up to token TO are one or two
 * title words that join a body to its officer ("Wagner chief Yevgeny
 * Prigozhin", "Communist Party general secretary To Lam"). */
static size_t title_gap(const struct sent *s, size_t from, size_t to)
{
	static const char *const titles[] = { "chief", "leader", "head", "boss", "secretary",
					      "general", "secretary-general", "chairman",
					      "chairwoman", "founder", "commander", NULL };
	size_t t;

	if (to <= from || to - from > 2)
		return 0;
	for (t = from; t < to; t++)
		if (!word_is_any(s, t, titles) || match_is_cap(s, t))
			return 0;
	return to - from;
}

/* "Hezbollah leader Hassan Nasrallah", "NATO Secretary General Mark
 * Rutte": a title of the same actor right before a named person is
 * part of the person's mention, and the person wins.  Needs the mentions
 * sorted; marks no tokens. */
void match_merge_titles(struct sent *s)
{
	size_t i, out = 0;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *a = out ? &s->ments[out - 1] : NULL, *b = &s->ments[i];
		size_t gap = a && b->tok >= a->tok + a->n_tok ?
				     title_gap(s, a->tok + a->n_tok, b->tok) : 0;
		if (a && b->person && !a->person && a->kind == M_NAME && b->kind == M_NAME &&
		    a->code && b->code && !strncmp(a->code, b->code, 3) &&
		    (b->tok == a->tok + a->n_tok || gap)) {
			match_extend_left(b, a);
			s->ments[out - 1] = *b;
			continue;
		}
		/* "Communist Party chief Nguyen Phu Trong", "police chief
		 * X": a role word and a title word before a person are his
		 * title (the role has no state yet to compare) */
		if (a && b->person && !a->person && a->kind == M_AGENT && b->kind == M_NAME &&
		    a->code && strlen(a->code) == 3 && gap) {
			match_extend_left(b, a);
			s->ments[out - 1] = *b;
			continue;
		}
		if (out != i)
			s->ments[out] = *b;
		out++;
	}
	s->n_ments = out;
}

/* "militant group Jaish-e-Mohammed", "Venezuelan state oil company
 * PDVSA", "the charity World Central Kitchen": a role of no state right
 * before a named body describes it, and so does the body's own state
 * before that (past modifiers); one mention, the body's.  Needs the
 * mentions sorted; marks no tokens. */
void match_merge_descriptors(struct sent *s)
{
	size_t i, out = 0;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *a = out ? &s->ments[out - 1] : NULL, *b = &s->ments[i];
		if (a && a->kind == M_AGENT && !a->person && a->code && strlen(a->code) == 3 &&
		    b->kind == M_NAME && !b->person && !b->country && b->code && strlen(b->code) > 3 &&
		    b->tok == a->tok + a->n_tok) {
			match_extend_left(b, a);
			out--;
			a = out ? &s->ments[out - 1] : NULL;
			if (a && a->kind == M_NAME && a->country && !a->person && a->code &&
			    !strncmp(a->code, b->code, 3) && a->tok + a->n_tok < b->tok &&
			    match_modifiers_only(s, a->tok + a->n_tok, b->tok, 0)) {
				match_extend_left(b, a);
				out--;
			}
			s->ments[out++] = *b;
			continue;
		}
		/* "British Royal Marines", "Venezuelan PDVSA": a state's
		 * adjective right before a body of its own */
		if (a && a->kind == M_NAME && a->country && !a->person && a->code &&
		    strlen(a->code) == 3 && b->kind == M_NAME && !b->person && !b->country &&
		    b->code && strlen(b->code) > 3 && !strncmp(a->code, b->code, 3) &&
		    b->tok == a->tok + a->n_tok && !(s->info[a->tok + a->n_tok - 1].roles & R_POSS)) {
			match_extend_left(b, a);
			s->ments[out - 1] = *b;
			continue;
		}
		if (out != i)
			s->ments[out] = *b;
		out++;
	}
	s->n_ments = out;
}

/* "Egypt and Qatar, the main mediators, urged ...", "Qatar, a key
 * mediator, said ...": a role with no state set off by commas after an
 * actor describes that actor; as a mention of its own it would take the
 * clause's subject from the names and, having no state, code nothing.
 * The role is dropped (the names act), a prepositional phrase after it
 * up to the comma included ("a mediator between Israel and Hamas,":
 * its actors stay mentions of their own).  Needs the mentions marked. */
void match_appositive_roles(struct sent *s)
{
	size_t i, out = 0;

	for (i = 0; i < s->n_ments; i++) {
		const struct mention *m = &s->ments[i];
		const struct mention *a = out ? &s->ments[out - 1] : NULL;
		long d = (long)m->tok - 1, k;
		size_t end = m->tok + m->n_tok, gap = 0;
		const char *t;
		size_t len;

		if (a && m->kind == M_AGENT && !m->person && m->code && strlen(m->code) == 3 &&
		    a->kind == M_NAME && a->code && a->tok + a->n_tok < m->tok) {
			/* back over up to two modifiers to "the", "a" or "an" */
			for (k = d; k > d - 3 && k >= 0 && !(s->info[k].roles & R_DET); k--)
				;
			t = k >= 0 ? tok_text(s, (size_t)k, &len) : NULL;
			while (end < s->n && gap < 8 && !match_is_punct_tok(s, end, ',') &&
			       (s->toks[end].flags & TOK_WORD) &&
			       !(s->info[end].roles & (R_SUB | R_BE | R_HAVE | R_WILL | R_WOULD)))
				end++, gap++;
			if (t && k >= 1 && !(s->info[k].roles & (R_POSS | R_PRON | R_NEG)) &&
			    ((len == 3 && !strncasecmp(t, "the", 3)) || (len == 1 && (*t == 'a' || *t == 'A')) ||
			     (len == 2 && !strncasecmp(t, "an", 2))) &&
			    match_modifiers_only(s, (uint32_t)k + 1, m->tok, 0) &&
			    match_is_punct_tok(s, (size_t)k - 1, ',') && a->tok + a->n_tok == (uint32_t)k - 1 &&
			    end < s->n && match_is_punct_tok(s, end, ',') &&
			    (gap == 0 || (s->info[m->tok + m->n_tok].roles & R_PREP)))
				continue;       /* m is dropped */
		}
		if (out != i)
			s->ments[out] = *m;
		out++;
	}
	s->n_ments = out;
}

/* "who", "which", "that": a relative clause on the noun before. */
static const char *const relative_words[] = { "who", "which", "that", NULL };

/* Whether the tokens at i are "known as". */
static int head_is_known_as(const struct sent *s, size_t i)
{
	static const char *const known_w[] = { "known", NULL };
	static const char *const as_w[] = { "as", NULL };

	return i + 1 < s->n && word_is_any(s, i, known_w) && word_is_any(s, i + 1, as_w);
}

/* "the former head of the Clan del Golfo cartel known by the alias
 * Otoniel", "a drug lord nicknamed El Mencho": what follows "known as",
 * "known by the alias", "called", "nicknamed" or "dubbed" inside an
 * apposition names the person again; whether the token at i opens such
 * a name. */
static int alias_head(const struct sent *s, size_t i)
{
	static const char *const known_w[] = { "known", NULL };
	static const char *const as_by[] = { "as", "by", NULL };
	static const char *const naming[] = { "called", "nicknamed", "dubbed", "alias", NULL };

	return word_is_any(s, i, naming) ||
	       (i + 1 < s->n && word_is_any(s, i, known_w) && word_is_any(s, i + 1, as_by));
}

/* Whether the token at i is a double or a single quotation mark. */
static int quote_tok(const struct sent *s, size_t i)
{
	return match_is_punct_tok(s, i, '"') || match_is_punct_tok(s, i, '\'');
}

/* Whether the tokens from `from` up to the comma or full stop at `to` are
 * a noun phrase in apposition to the actor before `from`'s comma: led by
 * a determiner, a possessor ("China's top diplomat", "Zelenskiy's chief
 * of staff") or an age ("Joe Biden, 79,"), holding a common noun of its
 * own (so "Britain, the United States, and France" is a list), and no
 * verb with a subject before it ("a day after Seoul switched off", "the
 * junta that seized power" is a relative clause on the head, allowed). */
static int apposition_phrase(const struct sent *s, size_t from, size_t to)
{
	size_t j, len;
	int noun = 0, relative = 0;
	const char *t;

	if (to <= from || to - from > 16)
		return 0;
	if (to == from + 1 && (s->toks[from].flags & TOK_NUM))
		return 1;
	if (!(s->info[from].roles & R_DET) &&
	    !(s->info[from].mention >= 0 && s->ments[s->info[from].mention].tok == from &&
	      s->ments[s->info[from].mention].kind != M_PRONOUN &&
	      s->ments[s->info[from].mention].tok + s->ments[s->info[from].mention].n_tok <= to))
		return 0;
	if (s->info[from].roles & (R_NEG | R_PRON) && !(s->info[from].roles & R_POSS))
		return 0;
	for (j = from; j < to; j++) {
		/* (the person named again ends the description) */
		if (j > from + 1 && alias_head(s, j))
			return noun;
		/* ("Russia's foreign minister since 2004": a preposition
		 * that may open a clause; "a day after Seoul switched off"
		 * is one, by its verb below) */
		if (match_is_punct_tok(s, j, ',') ||
		    (s->info[j].brk && !word_is_any(s, j, relative_words) && !(s->info[j].roles & R_PREP)))
			return 0;
		t = tok_text(s, j, &len);
		if (word_is_any(s, j, relative_words) && j > from + 1) {
			relative = 1;
			continue;
		}
		/* a verb after a name or pronoun outside a relative clause
		 * is a clause of its own */
		if (!relative && s->info[j].vlemma != LEX_NONE &&
		    ((len > 3 && !strncmp(t + len - 2, "ed", 2)) || (s->info[j].vroles & V_SPEECH)) &&
		    j > from &&
		    (s->info[j - 1].mention >= 0 || (s->info[j - 1].roles & R_PRON)) &&
		    !(s->info[j - 1].roles & R_POSS))
			return 0;
		if (!relative && (s->toks[j].flags & TOK_WORD) &&
		    len > 2 && t[0] >= 'a' && t[0] <= 'z' &&
		    !(s->info[j].roles & (R_DET | R_PREP | R_CONJ | R_OF | R_BUT | R_SUB)))
			noun = 1;
		/* ("his former defence minister Yoav Gallant and Hamas
		 * commander Mohammed Deif", "a commander of the group,
		 * Taiseer al-Jabari,": a named person heading the phrase is
		 * a member of a list or the name the phrase before it is
		 * in apposition to; "a former Putin ally", "the sister of
		 * leader Kim Jong Un" hold a person in their description) */
		if (!relative && s->info[j].mention >= 0 && s->ments[s->info[j].mention].person &&
		    s->ments[s->info[j].mention].tok == j) {
			const struct mention *pm = &s->ments[s->info[j].mention];
			size_t e = pm->tok + pm->n_tok;
			long q = (long)j - 1;
			while (q >= (long)from && s->info[q].mention >= 0 &&
			       s->info[q].mention == s->info[j].mention)
				q--;
			/* ("a son of jailed drug lord Joaquin Guzman": back
			 * past the lowercase words that describe the person
			 * to the "of" that holds them) */
			{
				long w = q;
				/* (past a nickname in quotes: 'Joaquin "El
				 * Chapo" Guzman') */
				/* (or in single quotes: "'El Chapo'") */
				if (w > (long)from && quote_tok(s, (size_t)w)) {
					long o = w - 1;
					while (o > (long)from && o + 5 > w && !quote_tok(s, (size_t)o))
						o--;
					if (o > (long)from && quote_tok(s, (size_t)o)) {
						w = o - 1;
						while (w >= (long)from && s->info[w].mention < 0 &&
						       (s->toks[w].flags & TOK_WORD) &&
						       tok_text(s, (size_t)w, &len)[0] >= 'A' &&
						       tok_text(s, (size_t)w, &len)[0] <= 'Z')
							w--;
						q = w;
					}
				}
				while (w >= (long)from && w + 4 > q && s->info[w].mention < 0 &&
				       (s->toks[w].flags & TOK_WORD) &&
				       !(s->info[w].roles & (R_PREP | R_OF | R_DET | R_CONJ)) &&
				       tok_text(s, (size_t)w, &len)[0] >= 'a' &&
				       tok_text(s, (size_t)w, &len)[0] <= 'z')
					w--;
				if (w < q && w >= (long)from && (s->info[w].roles & (R_PREP | R_OF)))
					q = w;
			}
			if ((e >= to || (s->info[e].roles & R_CONJ)) &&
			    !(q >= (long)from && (s->info[q].roles & (R_PREP | R_OF))))
				return 0;
		}
		/* "the African Union and the United Nations" is a list;
		 * "Japan's prime minister and the summit's host" is not */
		if (!relative && (s->info[j].roles & R_CONJ) && !noun)
			return 0;
	}
	return noun;
}

/* "Colombia extradited Dairo Antonio Usuga, the country's most-wanted
 * drug lord, known as Otoniel, to the United States": an alias set off
 * by commas (", known as X,", ", alias X,", ", nicknamed X,") names
 * again the person before it; its mentions are dropped and its words
 * are an aside a pattern passes over. */
void match_alias_asides(struct sent *s)
{
	static const char *const known_w[] = { "known", NULL };
	static const char *const as_w[] = { "as", NULL };
	static const char *const alias_w[] = { "alias", "nicknamed", "aka", NULL };
	size_t i, j, k, out, from;

	for (i = 1; i + 3 < s->n; i++) {
		if (!match_is_punct_tok(s, i, ','))
			continue;
		if (word_is_any(s, i + 1, known_w) && word_is_any(s, i + 2, as_w))
			from = i + 3;
		else if (word_is_any(s, i + 1, alias_w))
			from = i + 2;
		else
			continue;
		for (j = from; j < s->n && j < from + 6 && !match_is_punct_tok(s, j, ','); j++)
			if (s->info[j].brk)
				break;
		if (j >= s->n || j == from || !match_is_punct_tok(s, j, ','))
			continue;
		for (k = 0, out = 0; k < s->n_ments; k++) {
			if (s->ments[k].tok > i && s->ments[k].tok < j)
				continue;
			s->ments[out++] = s->ments[k];
		}
		s->n_ments = out;
		for (k = i; k <= j; k++) {
			s->info[k].aside = 1;
			s->info[k].mention = -1;
		}
		i = j;
	}
}

/* "Hegseth and Panama's security minister, Frank Abrego, signed",
 * "met Venezuela's foreign minister, Yvan Gil, in Moscow": a person's
 * name set off by commas right after the role that names the same office
 * is that role's apposition.  The role acts; the name's mention is
 * dropped so that a pair or list around the role stays whole.  Closed, as
 * match_apposition_asides() closes its phrases, by a comma before a verb, a
 * preposition, an auxiliary or "and".  Needs the mentions sorted and
 * marked. */
void match_titled_name_asides(struct sent *s)
{
	size_t i, k, out;

	for (i = 0; i + 1 < s->n_ments; i++) {
		const struct mention *a = &s->ments[i], *b = &s->ments[i + 1];
		size_t c1 = a->tok + a->n_tok, c2 = b->tok + b->n_tok, nx = c2 + 1, len;
		const char *t;
		int closed;

		if (a->person || a->kind == M_PRONOUN || !a->code || strlen(a->code) != 6 ||
		    !match_is_state_code(a->code) || c1 + 1 != b->tok || !match_is_punct_tok(s, c1, ',') ||
		    !b->person || b->kind != M_NAME || !b->code || strcmp(a->code, b->code) ||
		    nx >= s->n || !match_is_punct_tok(s, c2, ','))
			continue;
		t = tok_text(s, nx, &len);
		closed = (s->info[nx].vlemma != LEX_NONE && s->info[nx].mention < 0 &&
			  t[0] >= 'a' && t[0] <= 'z') ||
			 (s->info[nx].roles & (R_PREP | R_BE | R_HAVE | R_WILL | R_WOULD | R_CONJ));
		if (!closed)
			continue;
		for (k = i + 2, out = i + 1; k < s->n_ments; k++)
			s->ments[out++] = s->ments[k];
		s->n_ments = out;
		for (k = c1; k <= c2; k++) {
			s->info[k].aside = 1;
			if (k > c1 && k < c2)
				s->info[k].mention = -1;
		}
	}
}

/* "Friedrich Merz, set to become chancellor,", "Lee, expected to win the
 * vote,": a phrase from "set to", "expected to", "poised to" says what
 * the actor will be or do; the office in it is no actor of the sentence. */
static int prospect_phrase(const struct sent *s, size_t from, size_t to)
{
	static const char *const prospect[] = { "set", "expected", "poised", "tipped", "due",
						"likely", "widely", NULL };
	static const char *const to_w[] = { "to", NULL };
	static const char *const widely[] = { "widely", NULL };
	static const char *const expected[] = { "expected", NULL };
	size_t j = from;

	if (to <= from + 2 || to - from > 12 || !word_is_any(s, j, prospect))
		return 0;
	if (word_is_any(s, j, widely) && j + 1 < to && word_is_any(s, j + 1, expected))
		j++;
	return word_is_any(s, j + 1, to_w);
}

/* "Ghana's President Nana Akufo-Addo, the chairman of ECOWAS, praised",
 * "Prigozhin, a former Putin ally, accused", "Hezbollah, the Iran-backed
 * Lebanese group, fired", "met Wang Yi, China's top diplomat, in
 * Beijing": the actors inside an apposition to a named actor describe it
 * (or are the bodies and people it is related to); as mentions of their
 * own they would take the clause's subject or object from the name.
 * The name acts, the person as the office the sentence leads with, and
 * the apposition's mentions are dropped.  The apposition is closed by a
 * comma before a verb, a preposition, an auxiliary or ", and" and a name
 * (another listed actor with its own apposition), or by the full stop.
 * Needs the mentions sorted and marked. */
void match_apposition_asides(struct sent *s)
{
	static const char *const act_dets[] = { "a", "an", "this", NULL };
	static const char *const act_nouns[] = { "move", "moves", "decision", "step", "act",
						 "action", "measure", "measures", NULL };
	size_t i, k, out;

	for (i = 0; i < s->n_ments; i++) {
		const struct mention *a = &s->ments[i];
		size_t c1 = a->tok + a->n_tok, c2, nx, len;
		const char *t;
		int closed = 0;

		if (a->kind == M_PRONOUN || !a->code || c1 + 2 >= s->n || !match_is_punct_tok(s, c1, ',') ||
		    (a->kind != M_NAME && a->kind != M_SURNAME && !a->person))
			continue;
		for (c2 = c1 + 1; c2 < s->n && c2 < c1 + 18 && !match_is_punct_tok(s, c2, ','); c2++)
			if (s->info[c2].brk && !word_is_any(s, c2, relative_words) &&
			    !(s->info[c2].roles & R_PREP) && !alias_head(s, c2 - 1))
				break;
		if (c2 >= s->n)
			continue;
		if (match_is_punct_tok(s, c2, ',') && c2 + 1 < s->n) {
			nx = c2 + 1;
			t = tok_text(s, nx, &len);
			closed = (s->info[nx].vlemma != LEX_NONE && s->info[nx].mention < 0 &&
				  t[0] >= 'a' && t[0] <= 'z') ||
				 (s->info[nx].roles & (R_PREP | R_BE | R_HAVE | R_WILL | R_WOULD | R_BY)) ||
				 ((s->info[nx].roles & R_CONJ) && nx + 1 < s->n &&
				  s->info[nx + 1].mention >= 0) ||
				 head_is_known_as(s, nx);
		} else if (c2 + 1 == s->n && (s->toks[c2].flags & TOK_PUNCT)) {
			closed = 1;     /* "met Li Qiang, China's premier." */
		}
		/* ("sold arms to Taiwan, their leader said": a sayer after
		 * an object, not an apposition) */
		/* (", known as Otoniel," is an alias, no sayer) */
		if (closed && c2 + 1 < s->n && (s->info[c2 + 1].vroles & V_SPEECH) &&
		    !(c2 + 2 < s->n && head_is_known_as(s, c2 + 1))) {
			for (k = 0; k < a->tok && (s->info[k].roles & R_DET); k++)
				;
			closed = k == a->tok;
		}
		if (!closed || !(apposition_phrase(s, c1 + 1, c2) || prospect_phrase(s, c1 + 1, c2)))
			continue;
		/* ("seized the port in Ukraine, an act the United States and
		 * its allies condemned": a noun naming the act before the
		 * comma opens a clause about that act, no apposition to the
		 * actor before it) */
		if (word_is_any(s, c1 + 1, act_dets) && word_is_any(s, c1 + 2, act_nouns))
			continue;
		/* ("Min Aung Hlaing, the commander-in-chief of Myanmar's
		 * armed forces, detained": a bare name takes the role of its
		 * own state that the apposition gives it; a title before the
		 * name ("Ghana's President Nana Akufo-Addo") keeps its own) */
		for (k = i + 1; k < s->n_ments && s->ments[k].tok < c2; k++) {
			struct mention *d = &s->ments[k];
			if (d->tok <= c1)
				continue;
			/* ("Sheikh Hasina, Bangladesh's deposed leader":
			 * an office lost describes no office held; the
			 * person's own dates decide) */
			size_t w;
			int lost = 0;
			for (w = c1 + 1; w < d->tok + d->n_tok; w++)
				lost |= word_is_any(s, w, match_former_words);
			if (a->person && a->how && !strcmp(a->how, "name") && !d->person && d->code &&
			    strlen(d->code) > 3 && strlen(a->code) >= 3 && !strncmp(d->code, a->code, 3) &&
			    strcmp(d->code, a->code) && !lost)
				s->ments[i].code = d->code;
			break;
		}
		/* drop the mentions inside */
		for (k = i + 1, out = i + 1; k < s->n_ments; k++) {
			if (s->ments[k].tok > c1 && s->ments[k].tok < c2)
				continue;
			if (out != k)
				s->ments[out] = s->ments[k];
			out++;
		}
		s->n_ments = out;
		/* ("Gotabaya Rajapaksa, a former defence chief who crushed
		 * the Tamil Tiger rebels, won": what the apposition says
		 * of its actor is background, no event of the sentence;
		 * pred_find() passes over its words) */
		s->info[c1].aside = 1;
		if (match_is_punct_tok(s, c2, ','))
			s->info[c2].aside = 1;
		for (k = c1 + 1; k < c2; k++) {
			s->info[k].aside = 1;
			s->info[k].mention = -1;
		}
	}
}

/* "thousands of Serbians", "1.1 million Palestinians", "scores of
 * Afghans", "three Americans", "two Britons": a plural demonym after a
 * count names that state's people (its civilians), not the state.
 * Country names that end in "-ans", "-ons" or "-is" (none do, bar
 * capitals like "Paris") never follow a count. */
void match_counted_people(struct dyad_coder *c, struct sent *s)
{
	static const char *const counts[] = { "thousands", "hundreds", "dozens", "scores",
					      "millions", "tens", "many", "some", NULL };
	static const char *const millions[] = { "million", "thousand", "hundred", NULL };
	static const char *const a_count[] = { "a", "half", NULL };
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		size_t len;
		const char *t;
		long j = (long)m->tok - 1;
		char *code;
		int shape;

		/* ("hundreds of thousands of South Koreans", "two Sri
		 * Lankans": the demonym's last word ends it) */
		if (m->kind != M_NAME || !m->country || m->n_tok < 1 || m->n_tok > 3 ||
		    !match_is_country_code(m->code))
			continue;
		t = tok_text(s, m->tok + m->n_tok - 1, &len);
		/* ("two Spaniards", "three Czechs", "four Poles", "two
		 * Swedes", "two Danes", "five Turks", "two Finns", "three
		 * Cypriots", "two Chinese": plurals of other shapes) */
		shape = (len > 4 && !strncmp(t + len - 3, "ans", 3)) ||
			(len > 4 && !strncmp(t + len - 3, "ons", 3)) ||
			(len > 4 && !strncmp(t + len - 2, "is", 2));
		if (!shape &&
		    !(len > 5 && !strncmp(t + len - 4, "ards", 4)) &&
		    !(len > 4 && !strncmp(t + len - 3, "chs", 3)) &&
		    !(len > 4 && !strncmp(t + len - 3, "les", 3)) &&
		    !(len > 4 && !strncmp(t + len - 3, "des", 3)) &&
		    !(len > 4 && !strncmp(t + len - 3, "nes", 3)) &&
		    !(len > 4 && !strncmp(t + len - 3, "rks", 3)) &&
		    !(len > 4 && !strncmp(t + len - 3, "nns", 3)) &&
		    !(len > 4 && !strncmp(t + len - 3, "ots", 3)) &&
		    !(len > 4 && !strncmp(t + len - 3, "ese", 3)))
			continue;
		/* ("Two Chinese vessels": a demonym of those shapes before its
		 * noun is its adjective) */
		if (!shape && m->tok + m->n_tok < s->n && (s->toks[m->tok + m->n_tok].flags & TOK_WORD) &&
		    !(s->toks[m->tok + m->n_tok].flags & TOK_CAP) && !s->info[m->tok + m->n_tok].roles &&
		    !s->info[m->tok + m->n_tok].verb)
			continue;
		if (j >= 0 && word_is_any(s, (size_t)j, millions)) {
			j--;            /* "1.1 million Palestinians" */
			/* ("half a million Afghans", "a million Syrians") */
			if (j >= 0 && word_is_any(s, (size_t)j, a_count))
				goto counted;
		}
		/* "arrested three Americans", "two Britons" */
		if (!(j >= 0 && ((s->toks[j].flags & TOK_NUM) || match_count_word(s, (size_t)j))) &&
		    !(j >= 1 && (s->info[j].roles & R_OF) && word_is_any(s, (size_t)j - 1, counts)))
			continue;
counted:
		if (!(code = state_role(c, m->code, "CVL")))
			return;
		m->code = code;
		m->country = 0;
		m->how = "a state's people, counted";
	}
}

/* "Yemen's Houthis", "Sudan's Rapid Support Forces", "Ukraine's SBU
 * security service", "Russia's Gazprom": a state as the possessor of a
 * named group or body of its own, right before it, is part of that
 * mention, so that lists, objects and pronouns see the body ("a ceasefire
 * between the United States and Yemen's Houthis", "the SBU said it had").
 * Needs the mentions sorted and marked; marks no tokens. */
void match_merge_possessors(struct sent *s)
{
	size_t i, out = 0;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *a = &s->ments[i], *b = i + 1 < s->n_ments ? &s->ments[i + 1] : NULL;
		uint32_t after = a->tok + a->n_tok;

		if (b && a->kind == M_NAME && a->country && !a->person && a->code &&
		    strlen(a->code) == 3 && after < b->tok && match_modifiers_only(s, after + 1, b->tok, 0) &&
		    after < s->n &&
		    (s->info[after].roles & R_POSS) && !(s->info[after].roles & R_PRON) &&
		    b->kind == M_NAME && !b->person && b->code && strlen(b->code) > 3 &&
		    !strncmp(a->code, b->code, 3)) {
			match_extend_left(b, a);
			continue;       /* a is dropped */
		}
		if (out != i)
			s->ments[out] = *a;
		out++;
	}
	s->n_ments = out;
}

/* "a spokesman for the Israeli military said it struck", "a spokeswoman
 * for the IAEA", "a spokesperson for Russia", "the Israeli army's
 * spokesman": a spokesperson speaks for
 * the body or state named after "for" or "of", so the phrase is that
 * body's mention (a state's spokesperson its government) and its
 * pronouns find the body.  Needs the mentions sorted; marks no tokens. */
void match_speakers_for_bodies(struct dyad_coder *c, struct sent *s)
{
	static const char *const speakers[] = { "spokesman", "spokeswoman", "spokesperson",
						"spokesmen", "spokeswomen", "spokespeople", NULL };
	static const char *const for_of[] = { "for", "of", NULL };
	size_t i, out = 0;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *a = &s->ments[i], *b = i + 1 < s->n_ments ? &s->ments[i + 1] : NULL;
		uint32_t k = a->tok + a->n_tok;

		if (b && a->kind == M_AGENT && !a->person && a->code && strlen(a->code) == 3 &&
		    word_is_any(s, k - 1, speakers) && k + 1 < s->n && word_is_any(s, k, for_of)) {
			k++;
			if ((s->info[k].roles & R_DET) && !(s->info[k].roles & R_POSS))
				k++;
			if (b->tok == k && b->kind == M_NAME && !b->person && b->code &&
			    (strlen(b->code) >= 6 || match_is_country_code(b->code))) {
				if (strlen(b->code) == 3 && !(b->code = state_role(c, b->code, a->code)))
					return;
				match_extend_left(b, a);
				b->country = 0;
				b->how = "spokesperson of a body";
				continue;       /* a is dropped */
			}
		}
		/* "the Israeli army's Arabic-language spokesman", "the
		 * Kremlin's spokesman": the body's possessive before */
		if (out && a->kind == M_AGENT && !a->person && a->code && strlen(a->code) == 3 &&
		    word_is_any(s, k - 1, speakers)) {
			struct mention *p = &s->ments[out - 1];
			uint32_t poss = p->tok + p->n_tok;
			if (p->kind == M_NAME && !p->person && p->code && poss < a->tok &&
			    (strlen(p->code) >= 6 || match_is_country_code(p->code)) &&
			    (s->info[poss].roles & R_POSS) && !(s->info[poss].roles & R_PRON) &&
			    match_modifiers_only(s, poss + 1, a->tok, 0)) {
				if (strlen(p->code) == 3 && !(p->code = state_role(c, p->code, a->code)))
					return;
				p->n_tok = k - p->tok;
				p->end = a->end;
				p->country = 0;
				p->how = "spokesperson of a body";
				continue;       /* a is dropped */
			}
		}
		if (out != i)
			s->ments[out] = *a;
		out++;
	}
	s->n_ments = out;
}

/* "the head of the armed forces urged him to step down", "the chief of
 * the Pakistani army met Xi", "the head of the IAEA visited Iran", "the
 * speaker of Iran's parliament met Xi": the
 * head of a body acts for it, so the phrase from the head word on is
 * the body's mention and can be the clause's subject.  Heads of states
 * and of people are left alone ("the head of Russia's delegation" is
 * found as the delegation).  Needs the mentions sorted; marks no tokens. */
void match_head_of_bodies(struct sent *s)
{
	static const char *const heads[] = { "head", "heads", "chief", "chiefs", "boss", "bosses",
					     "director", "chairman", "chairwoman", "chair", "speaker",
					     "speakers", NULL };
	static const char *const of[] = { "of", NULL };
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		long j = (long)m->tok - 1;

		if (!m->code || m->person || m->country || m->kind == M_PRONOUN)
			continue;
		if (j >= 0 && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS))
			j--;            /* "of the IAEA" */
		if (j < 1 || !word_is_any(s, (size_t)j, of) || !word_is_any(s, (size_t)j - 1, heads) ||
		    (i > 0 && s->ments[i - 1].tok + s->ments[i - 1].n_tok > (uint32_t)j - 1))
			continue;
		m->n_tok += m->tok - (uint32_t)(j - 1);
		m->tok = (uint32_t)(j - 1);
		m->start = s->toks[j - 1].start - s->base;
		m->how = "head of a body";
	}
}

/* "A commentary in the People's Daily criticised", "an editorial
 * carried by KCNA denounced": a piece an outlet runs is the outlet's
 * voice (MED), so the phrase from the piece's word on is the outlet's
 * mention and can be the clause's subject.  Needs the mentions sorted;
 * marks no tokens. */
void match_media_pieces(struct sent *s)
{
	static const char *const pieces[] = { "commentary", "commentaries", "editorial", "editorials",
					      "op-ed", "column", "article", "articles", NULL };
	static const char *const in_by[] = { "in", "by", NULL };
	static const char *const ran[] = { "carried", "published", "run", "printed", NULL };
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		long j = (long)m->tok - 1;

		if (!m->code || m->person || strlen(m->code) != 6 || strcmp(m->code + 3, "MED"))
			continue;
		if (j >= 0 && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS))
			j--;            /* "in the People's Daily" */
		if (j < 1 || !word_is_any(s, (size_t)j, in_by))
			continue;
		j--;
		if (j >= 1 && word_is_any(s, (size_t)j, ran))
			j--;
		if (!word_is_any(s, (size_t)j, pieces) ||
		    (i > 0 && s->ments[i - 1].tok + s->ments[i - 1].n_tok > (uint32_t)j))
			continue;
		m->n_tok += m->tok - (uint32_t)j;
		m->tok = (uint32_t)j;
		m->start = s->toks[j].start - s->base;
		m->after_prep = 0;
		m->prep_roles = 0;
		m->how = "piece an outlet runs";
	}
}

/* "the kingdom's national security adviser Musaed al-Aiban", "Lieutenant
 * General Igor Kirillov, head of Russia's chemical protection troops": a
 * titled person the dictionaries do not know has a role and no state
 * (match_lone_state() gives one only when the sentence names one state).  The
 * state comes from "the kingdom's" or "the country's" before the title
 * (match_country_anaphor()), else from an apposition right after the name that
 * is a state's body ("head of Russia's ... troops", "a commander in the
 * Israeli army").  Needs match_head_of_bodies() done. */
void match_titled_without_state(struct dyad_coder *c, struct sent *s)
{
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		const char *state = NULL;
		uint32_t k = m->tok + m->n_tok;
		char *code;

		if (!m->person || !m->code || strlen(m->code) != 3 || m->kind == M_PRONOUN ||
		    armed_group(m->code))
			continue;
		if ((state = match_country_anaphor(s, i)) == NULL && i + 1 < s->n_ments &&
		    k + 1 < s->n && match_is_punct_tok(s, k, ',')) {
			const struct mention *b = &s->ments[i + 1];
			k++;
			if (b->tok != k && (s->info[k].roles & R_DET) && !(s->info[k].roles & R_POSS))
				k++;
			if (b->tok == k && !b->person && b->code && strlen(b->code) > 3 &&
			    match_is_state_code(b->code) && strncmp(b->code, "---", 3) && !armed_group(b->code))
				state = b->code;
		}
		if (!state)
			continue;
		if (!(code = state_role(c, state, match_junta_role(c, m, state))))
			return;
		m->code = code;
		m->kind = M_NAME;
		m->how = "titled person of the state described with them";
	}
}

/* Whether the words from token T up to token END are "loyal to" and
 * articles, words for a part of a state, or words that set a leader
 * apart from the one in office ("loyal to rival prime minister"). */
static int loyal_to(const struct sent *s, size_t t, size_t end)
{
	static const char *const loyal[] = { "loyal", NULL }, *const to[] = { "to", NULL };
	static const char *const apart[] = { "rival", "former", "ousted", "deposed", "exiled",
					     "renegade", "dissident", "self-declared", "self-proclaimed",
					     NULL };

	if (t + 2 > end || !word_is_any(s, t, loyal) || !word_is_any(s, t + 1, to))
		return 0;
	for (t += 2; t < end; t++)
		if (!(s->info[t].roles & R_DET) && !word_is_any(s, t, match_state_parts) &&
		    !word_is_any(s, t, apart))
			return 0;
	return 1;
}

/* "forces loyal to eastern commander Khalifa Haftar", "troops loyal to
 * President Salva Kiir": a role with no state loyal to someone is theirs,
 * an armed group's own code (LBYREBLNA), else the role in the leader's
 * state (SSDMIL).  Needs the titles merged and the mentions sorted; marks
 * no tokens. */
void match_loyal_roles(struct dyad_coder *c, struct sent *s)
{
	size_t i, o = 0;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i], *n = i + 1 < s->n_ments ? &s->ments[i + 1] : NULL;
		size_t skip = 1;
		/* "loyal to eastern commander Khalifa Haftar": past a title */
		if (n && n->kind == M_AGENT && i + 2 < s->n_ments && s->ments[i + 2].person &&
		    match_adjacent(n, &s->ments[i + 2])) {
			n = &s->ments[i + 2];
			skip = 2;
		}
		if (n && m->kind == M_AGENT && !m->placed && m->agent != LEX_NONE &&
		    m->agent < c->lex->agents.n && m->code && strlen(m->code) == 3 &&
		    n->kind == M_NAME && n->code && strlen(n->code) >= 3 &&
		    loyal_to(s, m->tok + m->n_tok, s->ments[i + 1].tok)) {
			const struct lex_agent *ag = &c->lex->agents.v[m->agent];
			struct mention merged = *m;
			merged.kind = M_NAME;
			merged.code = armed_group(n->code) ? n->code : match_actor_with_agent(c, n, ag);
			merged.how = "agent loyal to";
			merged.n_tok = n->tok + n->n_tok - m->tok;
			merged.end = n->end;
			s->ments[o++] = merged;
			i += skip;
			continue;
		}
		s->ments[o++] = *m;
	}
	s->n_ments = o;
}

/* "a delegation led by Foreign Minister Sergei Lavrov", "the
 * negotiators, headed by Rustem Umerov": a role of no state led by
 * someone is that one's, as a role loyal to him is (RUSGOV, an armed
 * group's own code); the leader stays a mention of his own.  Needs the
 * titles merged and the mentions sorted; marks no tokens. */
void match_led_roles(struct dyad_coder *c, struct sent *s)
{
	static const char *const led[] = { "led", "headed", "commanded", NULL };
	static const char *const by[] = { "by", NULL };
	size_t i;

	for (i = 0; i + 1 < s->n_ments; i++) {
		struct mention *m = &s->ments[i], *n = &s->ments[i + 1];
		size_t t = m->tok + m->n_tok;
		const char *code;

		/* "A Chinese delegation led by Vice Premier Li Hongzhong":
		 * the leader a title names with no state is the state's
		 * whose delegation he leads (CHNGOV) */
		if (m->code && strlen(m->code) >= 6 && m->code[0] >= 'A' && m->code[0] <= 'Z' &&
		    strncmp(m->code, "IGO", 3) && strncmp(m->code, "NGO", 3) &&
		    strncmp(m->code, "IMG", 3) && !armed_group(m->code) &&
		    (m->kind == M_AGENT || m->kind == M_NAME) && n->code && strlen(n->code) == 3 &&
		    !n->country && strcmp(n->code, "---") && !armed_group(n->code)) {
			size_t u = m->tok + m->n_tok;
			char *cc;
			if (u < s->n && match_is_punct_tok(s, u, ','))
				u++;
			if (u + 2 <= n->tok && word_is_any(s, u, led) && word_is_any(s, u + 1, by)) {
				for (u += 2; u < n->tok && (s->info[u].roles & R_DET); u++)
					;
				if (u == n->tok && (cc = arena_alloc(&c->mem, 7))) {
					memcpy(cc, m->code, 3);
					memcpy(cc + 3, n->code, 4);
					n->code = cc;
				}
			}
			continue;
		}
		if (m->kind != M_AGENT || m->placed || m->person || !m->code || strlen(m->code) != 3 ||
		    m->agent == LEX_NONE || m->agent >= c->lex->agents.n ||
		    n->kind != M_NAME || !n->code || strlen(n->code) < 3 || !strncmp(n->code, "---", 3))
			continue;
		if (t < s->n && match_is_punct_tok(s, t, ','))
			t++;
		if (t + 2 > n->tok || !word_is_any(s, t, led) || !word_is_any(s, t + 1, by))
			continue;
		/* "by its foreign minister" */
		for (t += 2; t < n->tok && (s->info[t].roles & R_DET); t++)
			;
		if (t != n->tok)
			continue;
		code = armed_group(n->code) ? n->code :
		       match_actor_with_agent(c, n, &c->lex->agents.v[m->agent]);
		if (!code)
			continue;
		m->code = code;
		m->kind = M_NAME;
		m->how = "role led by someone";
	}
}
