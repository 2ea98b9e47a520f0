/*
 * match_names.c - names and agents: the actors the tries know by name,
 * agents ("troops", "the foreign minister", "F-16s") combined with the
 * state or group that owns them, titles before names, flags of vessels,
 * actors joined by a hyphen ("Trump-Kim", "anti-American"), and the sort
 * order the later stages read mentions in.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "cameo.h"
#include "coder_int.h"
#include "headline.h"
#include "match_int.h"

static const char *const surname_titles[] = { "King", "Bishop", "Judge", "Marshal", "Major",
					      NULL };

/* "Russia could court India", "Britain would police the Baltic": a
 * one-word role at I, in lower case and readable as a verb, right after a
 * modal in lower case, is the verb the modal governs, no agent ("In May
 * police arrested": the month is capitalised). */
static int verb_after_modal(const struct sent *s, size_t i, long g_end)
{
	return g_end == (long)i && i > 0 && !match_is_cap(s, i) && !match_is_cap(s, i - 1) &&
	       (s->info[i - 1].roles & (R_WILL | R_WOULD | R_MAY | R_CAN)) &&
	       s->info[i].vlemma != LEX_NONE;
}

/* Whether the words at I are premises named as someone's ("offices of",
 * "headquarters of"): a state or city right before them places them. */
static int premises_of(const struct sent *s, size_t i)
{
	static const char *const premises[] = { "office", "offices", "headquarters", "bureau",
						"studios", "newsroom", NULL };

	return i + 1 < s->n && word_is_any(s, i, premises) && (s->info[i + 1].roles & R_OF);
}

/* The state of "X-based" right before token I, X a state's or a city's
 * name ("Qatar-based", "London-based"), or NULL. */
static const char *based_in(struct dyad_coder *c, const struct sent *s, size_t i, int32_t ymd)
{
	char f[64];
	size_t len, q, k;
	const char *t, *code;
	uint32_t w, node, actor;

	if (i == 0 || !(s->toks[i - 1].flags & TOK_HYPHEN) || s->info[i - 1].mention >= 0 ||
	    !c->lex->actor_trie.n_nodes)
		return NULL;
	t = tok_text(s, i - 1, &len);
	if (len < 8 || strncasecmp(t + len - 6, "-based", 6))
		return NULL;
	for (q = 0; q < len && t[q] != '-'; q++)
		;
	if (q + 6 != len || !(k = lex_fold(t, q, f, sizeof(f))) ||
	    (w = lex_lookup(c->lex, f, k)) == LEX_NONE ||
	    (node = lex_trie_step(&c->lex->actor_trie, 0, w, 1)) == LEX_NONE ||
	    (actor = c->lex->actor_trie.values[node]) == LEX_NONE ||
	    match_actor_is_person(c->lex, actor) || !(code = match_actor_code(c->lex, actor, ymd)) ||
	    strlen(code) != 3 || !match_is_country_code(code))
		return NULL;
	return code;
}

/* Royal titles go before a given name ("King Abdullah", "Emir Tamim",
 * "Prince Harry"): a name after one is no family name. */
static const char *const royal_titles[] = { "king", "queen", "prince", "princess", "emir",
					     "sultan", NULL };

/* Ranks between a service and its officer's name ("Air Force General",
 * "Navy Adm."), as the tokenizer keeps them, a dot with its abbreviation. */
static const char *const military_ranks[] = {
	"general", "gen.", "gen", "admiral", "adm.", "adm", "lieutenant", "lt.", "colonel", "col.",
	"major", "maj.", "brigadier", "brig.", "vice", "rear", "marshal", "captain", "capt.", NULL };

/* Whether the one-word name of the person ACTOR at token I follows
 * another's given name: "Michael Blair", "Kevin Rice", "Tom Putin" name
 * people the dictionaries do not know, not Tony Blair, Condoleezza
 * Rice or Vladimir Putin.  The word before is capitalised, in no
 * mention, no title, honorific or abbreviation, and either another
 * known person's name or no word of English (so neither "Secretary of
 * State Rice" nor "Yesterday Blair"); and its initial is not that of the
 * person's own first name, so that spellings the dictionaries lack
 * ("Mahmud Abbas", "Sergei Lavrov") keep the person. */
static int other_given_name(struct dyad_coder *c, const struct sent *s, size_t i, uint32_t actor)
{
	static const char *const honorifics[] = {
		"mr", "mrs", "ms", "dr", "sir", "lord", "dame", "sheikh", "sheik", "shaikh",
		"mullah", "ayatollah", "imam", "rev", "pope", "gen", "col", "lt", "maj", "capt",
		"sgt", "adm", "sen", "rep", "gov", "madam", "comrade", "hojatoleslam", "emir",
		"crown", "haji", "hajji", "abu", "mister", "monsieur", "herr", "prof", NULL };
	const dyad_lexicon *lex = c->lex;
	const char *label, *t, *lemma;
	uint32_t cand[16];
	size_t len, fl, n, k;
	char f[64];

	if (i == 0 || !match_actor_is_person(lex, actor) || !match_is_name_word(s, i - 1) ||
	    s->info[i - 1].mention >= 0 || word_is_any(s, i - 1, honorifics) ||
	    word_is_any(s, i - 1, royal_titles) || !lex->morph)
		return 0;
	if (s->n_ments && s->ments[s->n_ments - 1].tok + s->ments[s->n_ments - 1].n_tok == i)
		return 0;
	label = lex_str(lex, lex->actors.v[actor].label);
	t = tok_text(s, i - 1, &len);
	/* ("Pres. Biden", "George W. Bush": an abbreviation or an initial) */
	if (!strchr(label, ' ') || len < 2 || t[len - 1] == '.' || !isalpha((unsigned char)label[0]) ||
	    tolower((unsigned char)label[0]) == tolower((unsigned char)t[0]))
		return 0;
	/* a given name some other person the dictionaries know bears
	 * ("Michael", "Tom", which WordNet holds as words too), or a word
	 * WordNet does not hold ("Kevin") */
	n = lex_name_part(lex, s->info[i - 1].word, cand, 16);
	for (k = 0; k < n; k++)
		if (cand[k] != actor && match_actor_is_person(lex, cand[k]))
			return 1;
	return (fl = lex_fold(t, len, f, sizeof(f))) &&
	       !morph_lemmas(lex->morph, MORPH_NOUN, f, fl, &lemma, 1) &&
	       !morph_lemmas(lex->morph, MORPH_VERB, f, fl, &lemma, 1);
}

/* Whether word W (LEN bytes, folded) is one of LABEL's words, or, with
 * INITIAL, starts with the letter of one of its words after the first:
 * "Mahathir Mohammad" is a spelling of Mahathir Mohamad's own name. */
static int word_of_label(const char *label, const char *w, size_t len, int initial)
{
	const char *p = label, *e;
	char f[64];
	size_t fl, k = 0;

	for (; *p; p = *e ? e + 1 : e, k++) {
		for (e = p; *e && *e != ' '; e++)
			;
		/* "Ahmed al-Sharaa": the family name also without its article */
		if (e - p > 3 && (!strncasecmp(p, "al-", 3) || !strncasecmp(p, "el-", 3)) &&
		    (fl = lex_fold(p + 3, (size_t)(e - p - 3), f, sizeof(f))) == len && !memcmp(f, w, len))
			return 1;
		if ((fl = lex_fold(p, (size_t)(e - p), f, sizeof(f))) == len && !memcmp(f, w, len))
			return 1;
		if (initial && k > 0 && fl && f[0] == w[0])
			return 1;
	}
	return 0;
}

/* Whether the one-word name of the person ACTOR at token I is followed
 * by a family name none of the person's: "Anwar Sadat" is not Anwar
 * Ibrahim, "Moon Hee-sang" not Moon Jae-in, "Fidel Ramos" not Fidel
 * Castro, but someone the dictionaries do not know.  The word after is
 * capitalised and in no name, title or agent the tries know; it is no
 * initial, acronym, particle ("bin", "da") or weekday ("met Anwar
 * Monday"); and it is no word of the person's own name, nor starts with
 * the letter of one after the first, so that spellings the dictionaries
 * lack keep the person.  After a given name or a nickname ("Anwar",
 * "Jokowi") it may be a noun of WordNet's ("Sadat", "Hussein": famous
 * bearers made them entries), but no verb, and in a headline in title
 * case ("Anwar Says") no word of English; after the family name the
 * person goes by ("Abbas Kiarostami") it must be no word of English at
 * all, so that "the Bush Doctrine" still names Bush. */
static int other_family_name(struct dyad_coder *c, const struct sent *s, size_t i, uint32_t actor)
{
	static const char *const keep[] = {
		"al", "el", "bin", "ibn", "bint", "binti", "abu", "abd", "abdul", "da", "de", "di",
		"do", "dos", "das", "du", "van", "von", "der", "den", "le", "la", "ben", "ould",
		"ag", "jr", "sr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", NULL };
	const dyad_lexicon *lex = c->lex;
	const char *label, *t, *last, *lemma;
	size_t len, ll, fl, al, n, k;
	uint32_t cand[16], other;
	char f[64], a[64], g[64];
	int family, english;

	if (i + 1 >= s->n || !match_actor_is_person(lex, actor) || !match_is_name_word(s, i + 1) ||
	    (s->toks[i + 1].flags & TOK_UPPER) || word_is_any(s, i + 1, keep) || !lex->morph)
		return 0;
	t = tok_text(s, i + 1, &len);
	if (len < 2 || t[len - 1] == '.' || !(fl = lex_fold(t, len, f, sizeof(f))))
		return 0;
	if (match_trie_longest(&lex->actor_trie, s, i + 1, &other) >= 0 ||
	    match_trie_longest(&lex->agent_trie, s, i + 1, &other) >= 0)
		return 0;
	n = lex_name_part(lex, s->info[i + 1].word, cand, 16);
	for (k = 0; k < n; k++)
		if (cand[k] == actor)
			return 0;
	label = lex_str(lex, lex->actors.v[actor].label);
	if (!strchr(label, ' ') || word_of_label(label, f, fl, 1))
		return 0;
	/* the alias is the family name when it is, or begins like, the
	 * label's last word ("Orban" for Viktor Orbán) */
	ll = strlen(label);
	ll -= lex_generation_suffix(label, ll);
	for (last = label + ll; last > label && last[-1] != ' '; last--)
		;
	if (label + ll - last > 3 && (!strncasecmp(last, "al-", 3) || !strncasecmp(last, "el-", 3)))
		last += 3;
	t = tok_text(s, i, &len);
	al = lex_fold(t, len, a, sizeof(a));
	k = lex_fold(last, (size_t)(label + ll - last), g, sizeof(g));
	family = al && k && (al == k ? !memcmp(a, g, k) : al >= 3 && k >= 3 && !memcmp(a, g, 3));
	english = morph_lemmas(lex->morph, MORPH_NOUN, f, fl, &lemma, 1) ||
		  morph_lemmas(lex->morph, MORPH_VERB, f, fl, &lemma, 1);
	if (family || headline_is_title(s))
		return !english;
	return !morph_lemmas(lex->morph, MORPH_VERB, f, fl, &lemma, 1);
}

/* Whether a state named right before the title at token I ("Jordan's
 * King", "Afghan Chief Executive") is not the state of CODE, the code
 * of the person a family name after the title picks: "Jordan's King
 * Abdullah" is no Afghan named Abdullah, but a name the dictionaries
 * may lack, which the title covers. */
static int title_of_other_state(const struct sent *s, size_t i, const char *code)
{
	const struct mention *m;
	size_t end;

	if (!s->n_ments)
		return 0;
	m = &s->ments[s->n_ments - 1];
	end = m->tok + m->n_tok;
	if (end < i && (s->info[end].roles & R_POSS) && !(s->info[end].roles & R_PRON))
		end++;
	return end == i && !m->person && match_is_country_code(m->code) && code &&
	       strncmp(m->code, code, 3);
}

/* "Japan, Australia, India and the United States held their first
 * in-person Quad summit": a group's summit (a name from I to END that the
 * dictionaries list for the group, "Quad summit", "G20 summit") that
 * someone holds or convenes is their meeting, the event noun, not the
 * group acting as it is in "the Quad summit criticised China". */
static int held_summit(const struct sent *s, size_t i, size_t end)
{
	static const char *const summit[] = { "summit", "summits", NULL };
	static const char *const hold[] = { "hold", "holds", "held", "holding", "convene",
					    "convenes", "convened", "convening", NULL };
	size_t k;

	if (!word_is_any(s, end, summit))
		return 0;
	for (k = i; k-- > 0 && k + 5 > i;) {
		if (word_is_any(s, k, hold))
			return 1;
		if (!(s->toks[k].flags & TOK_WORD) || s->info[k].mention >= 0 ||
		    (s->info[k].roles & ~(R_DET | R_POSS | R_PRON)) || s->info[k].vlemma != LEX_NONE)
			return 0;
	}
	return 0;
}

int match_find_names(struct dyad_coder *c, struct sent *s, int32_t ymd)
{
	const dyad_lexicon *lex = c->lex;
	size_t i = 0;

	while (i < s->n) {
		uint32_t actor = LEX_NONE, agent = LEX_NONE;
		long a_end = -1, g_end = -1;
		struct mention *m;
		const char *ship, *code;

		/* "the aircraft carrier USS Gerald R. Ford": the ship's name,
		 * capitalised words and initials, is its navy's */
		if ((ship = match_ship_prefix(s, i)) && i + 1 < s->n && match_is_cap(s, i + 1) &&
		    (s->toks[i + 1].flags & TOK_WORD)) {
			size_t k = i + 1;
			while (k + 1 < s->n && k - i < 4 && match_is_cap(s, k + 1) &&
			       (s->toks[k + 1].flags & TOK_WORD) && match_is_name_word(s, k + 1))
				k++;
			if (!(m = match_push_mention(c, s)))
				return DYAD_ENOMEM;
			m->kind = M_NAME;
			m->code = ship;
			m->how = "a navy's ship";
			match_set_span(s, m, i, k);
			i = k + 1;
			continue;
		}

		/* Names start capitalised, but for a few that start "ethnic"
		 * ("ethnic Armenian forces" in Karabakh). */
		if (match_is_cap(s, i) || (s->toks[i].flags & TOK_NUM) ||
		    (i + 1 < s->n && match_is_cap(s, i + 1) && match_after_ethnic(s, i + 1)))
			a_end = match_trie_longest(&lex->actor_trie, s, i, &actor);
		else if ((a_end = match_trie_longest(&lex->actor_lc_trie, s, i, &actor)) >= 0)
			actor = lex->actor_trie.values[actor];
		/* A noun's plural reaches its singular, but a person's name
		 * does not inflect: "Costas Simitis" is not Antonio Costa. */
		if (a_end >= 0 && match_actor_is_person(lex, actor))
			a_end = match_trie_surface(&lex->actor_trie, s, i, &actor);
		g_end = match_trie_longest(&lex->agent_trie, s, i, &agent);
		if (a_end < 0 && g_end < 0) {
			i++;
			continue;
		}
		if (a_end >= g_end && (code = match_place_code(lex, actor))) {
			/* "talks at Camp David", "a military base in
			 * Anchorage": a place-only name after a preposition of
			 * place is where something happens, and gives its
			 * state as a city does; anywhere else ("their Camp
			 * David summit", "Davos hosted") it is no mention. */
			if ((m = match_state_of_place(s, i))) {
				m->how = "place";
				match_set_span(s, m, m->tok, (size_t)a_end);
			} else if (match_place_after_prep(s, i)) {
				if (!(m = match_push_mention(c, s)))
					return DYAD_ENOMEM;
				m->kind = M_NAME;
				m->code = code;
				m->country = 1;
				m->place_only = 1;
				m->how = "place";
				match_set_span(s, m, i, (size_t)a_end);
			}
			i = (size_t)a_end + 1;
			continue;
		}
		if (a_end >= g_end && held_summit(s, i, (size_t)a_end)) {
			i = (size_t)a_end + 1;
			continue;
		}
		if (a_end >= g_end && a_end == (long)i &&
		    (other_given_name(c, s, i, actor) || other_family_name(c, s, i, actor))) {
			i++;
			continue;
		}
		if (a_end >= g_end) {
			code = match_actor_code(lex, actor, ymd);
			if (!code)
				code = match_person_between_roles(c, actor, ymd);
			if (!code) {
				/* Known, but held no coded role on this date. */
				i = (size_t)a_end + 1;
				continue;
			}
			if (strlen(code) == 3 && premises_of(s, (size_t)a_end + 1)) {
				/* "stormed the Paris offices of the satirical
				 * weekly Charlie Hebdo": the place of the
				 * premises of the one named after "of" */
				i = (size_t)a_end + 1;
				continue;
			}
			if (match_after_ethnic(s, i) && strlen(code) == 3) {
				/* "ethnic Serb protesters in Kosovo": a people,
				 * not a state; the place says whose they are. */
				i = (size_t)a_end + 1;
				continue;
			}
			if (!(m = match_push_mention(c, s)))
				return DYAD_ENOMEM;
			m->kind = M_NAME;
			m->actor = actor;
			m->code = code;
			m->person = (uint8_t)match_actor_is_person(lex, actor);
			m->country = (uint8_t)(!m->person && match_is_country_code(code));
			m->how = "name";
			match_set_span(s, m, i, (size_t)a_end);
			i = (size_t)a_end + 1;
			continue;
		}
		/* "Private Travis King", "Martin Luther King": a title that is
		 * also a family name, written capitalised right after a name
		 * word that no mention holds, is the family name, no role
		 * ("the Unification Church" stays a church). */
		if (g_end == (long)i && i > 0 && match_is_cap(s, i) && word_is_any(s, i, surname_titles) &&
		    match_is_name_word(s, i - 1) &&
		    !(s->n_ments && s->ments[s->n_ments - 1].tok + s->ments[s->n_ments - 1].n_tok == i)) {
			i++;
			continue;
		}
		if (verb_after_modal(s, i, g_end)) {
			i++;
			continue;
		}
		/* An agent; a title before a known name gives way to the name,
		 * a title before an unknown name covers the name. */
		{
			size_t j = (size_t)g_end + 1, k;
			uint32_t actor2 = LEX_NONE;
			const char *code2;
			long a2 = -1;
			const struct lex_agent *ag = &lex->agents.v[agent];

			/* lower case too ("former national security adviser
			 * John Bolton"): a known person's name right after a
			 * title is who the title describes */
			if (j < s->n && match_is_cap(s, j))
				a2 = match_trie_longest(&lex->actor_trie, s, j, &actor2);
			/* "U.S. Air Force General Philip Breedlove": a rank
			 * between a service and the name of a known person who
			 * serves an organisation (NATO's commander) is part of
			 * the title, which gives way to the person's own code.
			 * A state's officer is left to the title, which gives
			 * his state's forces as well ("army chief Lieutenant
			 * General Ahmed Gaid Salah"). */
			if (a2 < 0 && j < s->n && match_is_cap(s, j) && word_is_any(s, j, military_ranks)) {
				size_t r = j;
				long a3;
				uint32_t actor3;
				while (r < s->n && r - j < 3 && match_is_cap(s, r) && word_is_any(s, r, military_ranks))
					r++;
				if (r < s->n && match_is_cap(s, r) &&
				    (a3 = match_trie_longest(&lex->actor_trie, s, r, &actor3)) >= 0 &&
				    match_actor_is_person(lex, actor3) && (code2 = match_actor_code(lex, actor3, ymd)) &&
				    !strncmp(code2, "IGO", 3)) {
					a2 = a3;
					actor2 = actor3;
				}
			}
			if (a2 >= 0 && match_actor_is_person(lex, actor2) &&
			    match_actor_code(lex, actor2, ymd)) {
				if (!(m = match_push_mention(c, s)))
					return DYAD_ENOMEM;
				m->kind = M_NAME;
				m->actor = actor2;
				m->code = match_title_over_name(c, s, i, (size_t)g_end, ag, actor2,
								match_actor_code(lex, actor2, ymd));
				m->person = 1;
				m->how = "title and name";
				match_set_span(s, m, i, (size_t)a2);
				i = (size_t)a2 + 1;
				continue;
			}
			/* "Prime Minister Albanese", "Defense Secretary
			 * Austin": a title and a family name alone */
			if (a2 < 0 && match_is_cap(s, i) && j < s->n && match_is_name_word(s, j) &&
			    !word_is_any(s, (size_t)g_end, royal_titles) &&
			    !(j + 1 < s->n && match_is_name_word(s, j + 1)) &&
			    (actor2 = match_unique_surname(c, s, j, ymd, &code2)) != LEX_NONE &&
			    !title_of_other_state(s, i, code2)) {
				if (!(m = match_push_mention(c, s)))
					return DYAD_ENOMEM;
				m->kind = M_NAME;
				m->actor = actor2;
				m->code = code2;
				m->person = 1;
				m->how = "title and family name";
				match_set_span(s, m, i, j);
				i = j + 1;
				continue;
			}
			/* "opposition to NATO": a phrase listed to block a role. */
			if (ag->code == LEX_CODE_NULL) {
				i = (size_t)g_end + 1;
				continue;
			}
			if (!(m = match_push_mention(c, s)))
				return DYAD_ENOMEM;
			m->kind = M_AGENT;
			m->code = lex_code_str(lex, ag->code);
			m->how = "agent";
			k = (size_t)g_end;
			/* "the Qatar-based broadcaster", "a London-based
			 * monitoring group": where it is based is whose it is */
			if (a2 < 0 && (code = based_in(c, s, i, ymd)) && (code = match_combine(c, code, ag))) {
				m->kind = M_NAME;
				m->code = code;
				m->how = "agent based in a state";
				match_set_span(s, m, i - 1, k);
				i = k + 1;
				continue;
			}
			/* "Unification Minister Chung Dong-young": a capitalised
			 * title followed by an unknown name is a person; one
			 * followed by a known body describes it ("State
			 * broadcaster CCTV", "Militant group Hamas"). */
			if (k + 1 < s->n && match_ship_prefix(s, k + 1)) {
				/* "the aircraft carrier USS Carl Vinson": the
				 * prefix names the ship's navy, read next */
			} else if (match_is_cap(s, i) && (a2 < 0 || match_actor_is_person(lex, actor2))) {
				while (k + 1 < s->n && match_is_name_word(s, k + 1) &&
				       s->info[k + 1].mention < 0 && k - (size_t)g_end < 3)
					k++;
				if (k > (size_t)g_end) {
					m->person = 1;
					m->how = "title and unknown name";
				}
			} else if (a2 < 0 && match_vessel_word(s, k) && k + 1 < s->n && match_is_cap(s, k + 1) &&
				   match_is_name_word(s, k + 1) && s->info[k + 1].mention < 0) {
				/* "the German frigate Hessen shot down": a ship's
				 * name of one to three words after its kind is
				 * the ship */
				while (k + 1 < s->n && match_is_cap(s, k + 1) && match_is_name_word(s, k + 1) &&
				       s->info[k + 1].mention < 0 && k - (size_t)g_end < 3)
					k++;
			} else if (a2 < 0) {
				/* "presidential candidate Fernando Villavicencio",
				 * "opposition leader Tundu Lissu": a lower-case
				 * title covers a name of two or three words that
				 * no dictionary knows */
				while (k + 1 < s->n && match_is_name_word(s, k + 1) &&
				       s->info[k + 1].mention < 0 && k - (size_t)g_end < 3)
					k++;
				if (k - (size_t)g_end >= 2 && (k + 1 >= s->n || !match_is_name_word(s, k + 1))) {
					m->person = 1;
					m->how = "title and unknown name";
				} else
					k = (size_t)g_end;
			}
			/* "the German frigate Hessen", "the tanker Eagle S": a
			 * vessel's name after its kind is the ship, no person */
			if (m->person && match_vessel_word(s, (size_t)g_end)) {
				m->person = 0;
				m->how = "vessel and its name";
			}
			m->actor = agent;       /* agent index, for combination */
			match_set_span(s, m, i, k);
			i = k + 1;
		}
	}
	return DYAD_OK;
}

/* The code of a role of an actor: a state's role is state + role
 * ("PRK" + "GOV"); an organisation's officials are the organisation
 * itself ("Hamas officials", "officials of the U.N."), its other roles
 * extend its code ("NATO troops" = IGOWSTNAT + MIL); an actor whose code
 * already names a role within a state ("KOREDU" for a university) lends
 * its state ("a professor at Kyungnam University" = KOR + EDU). */
const char *match_actor_with_agent(struct dyad_coder *c, const struct mention *m,
				    const struct lex_agent *ag)
{
	const char *acode = lex_code_str(c->lex, ag->code);
	char state[4];

	static const char *const fighting[] = { "REB", "INS", NULL };
	static const char *const parties[] = { "OPP", "PTY", NULL };

	if (m->country)
		return match_combine(c, m->code, ag);
	/* "a Secret Service sniper", "police snipers": a force's own
	 * shooter is the force, not an insurgent */
	if (strlen(m->code) == 6 && (!strcmp(m->code + 3, "COP") || !strcmp(m->code + 3, "MIL") ||
				     !strcmp(m->code + 3, "SPY")) && !strcmp(acode, "INS"))
		return m->code;
	/* "Lufthansa pilots", "Gazprom executives": a company's people are
	 * the company */
	if (strlen(m->code) == 6 && !strcmp(m->code + 3, "BUS"))
		return m->code;
	/* "M23 rebels", "Hezbollah fighters": an armed group's fighters
	 * are the group */
	if (armed_group(m->code) && strlen(m->code) > 6 && strlen(acode) == 3 &&
	    (!strncmp(m->code, "IMG", 3) || role_in(m->code, fighting)) &&
	    (!strcmp(acode, "REB") || !strcmp(acode, "INS") || !strcmp(acode, "MIL")))
		return m->code;
	/* "PTI leaders", "a Likud spokesman", "officials of the ANC": a
	 * party's leaders and officials are the party */
	if (strlen(m->code) == 6 && role_in(m->code, parties) && !strcmp(acode, "GOV"))
		return m->code;
	/* "MONUSCO peacekeepers", "UNIFIL troops": a force whose code ends
	 * in the agent's role already is that agent (IGOUNOMIL, not
	 * IGOUNOMILMIL) */
	if (strlen(m->code) > 6 && strlen(acode) == 3 && !strcmp(m->code + strlen(m->code) - 3, acode))
		return m->code;
	if (!strncmp(m->code, "IGO", 3) || !strncmp(m->code, "NGO", 3) ||
	    !strncmp(m->code, "IMG", 3) || strlen(m->code) > 6) {
		if (!strcmp(acode, "GOV"))
			return m->code;
		return match_combine(c, m->code, ag);
	}
	memcpy(state, m->code, 3);
	state[3] = '\0';
	return match_combine(c, state, ag);
}

/* Token index of the first token after mention m, skipping adjectives
 * such as "state" in "North Korean state media" is not needed: the
 * agent trie holds "state media". */
int match_adjacent(const struct mention *a, const struct mention *b)
{
	return a->tok + a->n_tok == b->tok;
}

/* "in northern Syria", "in eastern Congo": words for a part of the state
 * named after them, which places roles as the state itself does. */
const char *const match_state_parts[] = { "northern", "southern", "eastern", "western",
					   "central", "northeastern", "northwestern",
					   "southeastern", "southwestern", "north", "south",
					   "east", "west", "northeast", "northwest", "southeast",
					   "southwest", NULL };

/* Weapons listed as agents (data/dict/agents.dict): a state's missile
 * or drone is its forces acting only when the state names it right
 * before ("a Russian missile struck"); "missiles at Israel" are aimed
 * at Israel, "Iran's missile attack" is an attack, and a weapon with no
 * state is no actor at all (the launcher is found elsewhere: "a missile
 * fired by the Houthis"); a group's drone is the group's own.  So are
 * its positions ("attacked Ukrainian positions"): "China's positions on
 * trade" are views, no actor. */
/* ("tanks", "vehicles", "bombs": "Israeli tanks rolled into Rafah",
 * "Russian armoured vehicles", "a Russian glide bomb hit", but not "fuel
 * tanks" or "K2 tanks from South Korea's Hyundai Rotem"; "Israeli
 * helicopters fired missiles", "Israeli tank shells killed 40 people",
 * but no helicopters or shells with no state) */
static const char *const weapon_words[] = { "missile", "missiles", "drone", "drones", "strike",
					    "strikes", "airstrike", "airstrikes", "positions", "tanks",
					    "vehicles", "bomb", "bombs", "artillery", "howitzers",
					    "fire", NULL };
/* (a bare "helicopters" and "tank shells" too, not "military helicopter",
 * which names the forces after a model: "a Russian Mi-24 military
 * helicopter") */
static const char *const craft_words[] = { "helicopter", "helicopters", "shell", "shells", NULL };
static const char *const tank_words[] = { "tank", NULL };

/* "aircraft" alone is a state's forces the same way when they act
 * ("Israeli aircraft struck", "its aircraft shot down"); what is done to
 * a state's aircraft ("banned Russian aircraft from its airspace") is
 * done to its planes of any kind.  A civilian one acting is named so
 * ("passenger aircraft", a BUS agent of its own). */
static const char *const aircraft_words[] = { "aircraft", NULL };

/* So are a state's air defences ("Azerbaijani air defences shot down
 * an airliner", "a Ukrainian air defence missile"): "sent air defence
 * systems to Kyiv" names none. */
static const char *const air_words[] = { "air", NULL };
static const char *const defence_words[] = { "defence", "defense", "defences", "defenses", NULL };
static const char *const air_defence_words[] = { "air-defence", "air-defense", NULL };

/* Whether the aircraft agent M is no subject of a verb right after it
 * (an -ly adverb or "also" between). */
static int inert_aircraft(const struct sent *s, const struct mention *m)
{
	static const char *const also[] = { "also", NULL };
	static const char *const rel[] = { "that", "which", NULL };
	static const char *const met_by[] = { "intercept", "intercepted", "intercepting",
					      "intercepts", "track", "tracked", "tracking",
					      "shadow", "shadowed", "escort", "escorted", "warn",
					      "away", "against", "monitor", "monitored", NULL };
	size_t k = m->tok + m->n_tok;

	size_t j = m->tok;

	if (m->kind != M_AGENT || m->n_tok != 1 || !word_is_any(s, m->tok, aircraft_words))
		return 0;
	/* "was bombed by Russian aircraft": a passive's agent acts, with
	 * no verb after it */
	while (j > 0 && m->tok - j < 6 && (s->toks[j - 1].flags & TOK_WORD) &&
	       !(s->info[j - 1].roles & (R_PREP | R_BY)) && s->info[j - 1].vlemma == LEX_NONE)
		j--;
	if (j > 0 && j < m->tok && (s->info[j - 1].roles & R_BY))
		return 0;
	/* "scrambled jets to warn away nine Chinese aircraft", "most of them
	 * against Chinese aircraft": the aircraft interceptors meet are the
	 * foe's warplanes; so are those a relative clause makes act ("aircraft
	 * that entered its air defence zone") */
	if (j > 0 && j < m->tok && word_is_any(s, j - 1, met_by))
		return 0;
	if (k + 1 < s->n && word_is_any(s, k, rel) && s->info[k + 1].vlemma != LEX_NONE)
		return 0;
	while (k < s->n && (match_adverb_at(s, k) || word_is_any(s, k, also)))
		k++;
	return k >= s->n || s->info[k].vlemma == LEX_NONE ||
	       (s->info[k].roles & (R_PREP | R_CONJ | R_SUB | R_DET));
}

/* An air defence agent ("air defences", "air defence systems"), not
 * the zone named after them ("Taiwan's air defence zone"). */
static int air_defence_agent(const struct sent *s, const struct mention *m)
{
	static const char *const zone[] = { "zone", "identification", NULL };
	size_t e = m->tok + m->n_tok;

	if (e < s->n && word_is_any(s, e, zone))
		return 0;
	return word_is_any(s, m->tok, air_defence_words) ||
	       (m->n_tok > 1 && word_is_any(s, m->tok, air_words) &&
		word_is_any(s, m->tok + 1, defence_words));
}

static int weapon_agent(const struct sent *s, const struct mention *m)
{
	return m->kind == M_AGENT && (word_is_any(s, m->tok + m->n_tok - 1, weapon_words) ||
				      (m->n_tok == 1 && word_is_any(s, m->tok, craft_words)) ||
				      (m->n_tok == 2 && word_is_any(s, m->tok, tank_words) &&
				       word_is_any(s, m->tok + 1, craft_words)) ||
				      (m->n_tok == 1 && word_is_any(s, m->tok, aircraft_words)) ||
				      word_is_any(s, m->tok, air_defence_words) ||
				      (m->n_tok > 1 && word_is_any(s, m->tok, air_words) &&
				       word_is_any(s, m->tok + 1, defence_words)));
}

/* Civilian craft listed as agents (BUS): a state's or a company's
 * airliner or tanker is its owner's ("a Ukrainian airliner" UKRBUS, "a
 * Ryanair airliner" IRLBUS, "an Iranian supertanker") only when named
 * right before; alone they are no actor ("a tanker in the Red Sea"). */
static const char *const vehicle_words[] = { "airliner", "airliners", "jet", "jets", "plane",
					     "planes", "aircraft", "tanker", "tankers",
					     "supertanker", "supertankers", "ship", "ships", "vessel",
					     "vessels", "freighter", "freighters", "boat", "boats",
					     NULL };

static int vehicle_agent(const struct dyad_coder *c, const struct sent *s, const struct mention *m)
{
	return m->kind == M_AGENT && m->code && !strcmp(m->code, "BUS") &&
	       word_is_any(s, m->tok + m->n_tok - 1, vehicle_words) &&
	       !word_is_any(s, m->tok + m->n_tok - 1, weapon_words);
}

/* People named by sex or age (data/dict/agents.dict): a state's women,
 * girls, children or men are its civilians when the state names them
 * right before ("barred Afghan women from universities", "deported
 * Ukrainian children", "Afghanistan's girls"); so are a state's
 * "fighters" its forces ("the last Ukrainian fighters holding out",
 * "Turkish fighters" jets or men), its units its forces ("Russian
 * assault units"), its agents its spies ("a suspected Russian agent")
 * and its mission its diplomats ("Iran's mission to the United
 * Nations").  Alone the words are too common to be actors ("fighter
 * jets", "foreign fighters", "housing units", "a nerve agent", "a
 * peacekeeping mission"). */
static const char *const people_words[] = { "women", "girls", "children", "men", "boys",
					    "fighters", "units", "agent", "agents", "mission",
					    "defenders",
					    NULL };

static int people_agent(const struct sent *s, const struct mention *m)
{
	return m->kind == M_AGENT && m->n_tok == 1 && word_is_any(s, m->tok, people_words);
}

/* "Rebels raped at least 150 women and children", "Two men hacked a
 * soldier to death", "kidnapped dozens of girls": women, men, girls,
 * boys or children counted are people, actors of their own (the
 * place's civilians) where alone the words are not. */
static int counted_people(const struct sent *s, const struct mention *m)
{
	static const char *const sexes[] = { "women", "girls", "children", "men", "boys", NULL };
	/* (not "thousands of women marched": crowds by the thousand are
	 * a protest's, with no one to act on) */
	static const char *const counts[] = { "two", "three", "four", "five", "six", "seven",
					      "eight", "nine", "ten", NULL };
	static const char *const of_w[] = { "of", NULL };
	size_t k = m->tok;

	if (!word_is_any(s, m->tok, sexes) || k == 0)
		return 0;
	k--;
	if (k > 0 && word_is_any(s, k, of_w))
		k--;
	return (s->toks[k].flags & TOK_NUM) || word_is_any(s, k, counts);
}

/* "Russia said its air defences shot down 40 drones", "Hamas said its
 * fighters ambushed a patrol": a weapon or a state's fighters after
 * "its" or "their" are the pronoun's owner's forces (owned_agents joins
 * them once the pronoun is resolved).  Plurals only: a singular is a
 * modifier as often ("its missile programme"); not "its positions" or
 * "its strikes" (views, and attacks named as acts). */
int match_owned_forces(const struct sent *s, const struct mention *m)
{
	static const char *const owners[] = { "its", "their", NULL };
	static const char *const forces[] = { "missiles", "drones", "aircraft", "fighters", "units",
					      "defences", "defenses", "systems", NULL };

	return m->kind == M_AGENT && m->tok > 0 && word_is_any(s, m->tok - 1, owners) &&
	       word_is_any(s, m->tok + m->n_tok - 1, forces) && !inert_aircraft(s, m);
}

/* Whether N is a people word with "'s" after it right before the role
 * AFTER ("children's hospital", "women's prison"): a modifier then. */
static int people_owned_role(const struct sent *s, const struct mention *n,
			     const struct mention *after)
{
	return after && people_agent(s, n) && after->kind == M_AGENT &&
	       after->tok == n->tok + n->n_tok + 1 && (s->info[n->tok + n->n_tok].roles & R_POSS) &&
	       !(s->info[n->tok + n->n_tok].roles & R_PRON);
}

/* "fighters from Hayat Tahrir al-Sham", "fighters of the Rapid Support
 * Forces": fighters of a named armed group are the group's, as "Hamas
 * fighters" are; "fighters from Chechnya" are no state's forces. */
static int group_fighters(const struct sent *s, const struct mention *m, const struct mention *n)
{
	static const char *const fighters[] = { "fighters", NULL };

	return m->n_tok == 1 && word_is_any(s, m->tok, fighters) && n->kind == M_NAME &&
	       !n->person && n->code && armed_group(n->code) && strncmp(n->code, "---", 3);
}

/* Whether agent mention M is armed men ("rebels", "fighters",
 * "militiamen"): its agent's code is REB, INS or MIL. */
static int fighting_agent(struct dyad_coder *c, const struct mention *m)
{
	static const char *const armed_codes[] = { "REB", "INS", "MIL", NULL };
	const char *acode;
	size_t k;

	if (m->actor == LEX_NONE)
		return 0;
	acode = lex_code_str(c->lex, c->lex->agents.v[m->actor].code);
	for (k = 0; armed_codes[k]; k++)
		if (!strcmp(acode, armed_codes[k]))
			return 1;
	return 0;
}

/* Whether token I holds a digit: a model's name ("MiG-31", "F-16"). */
static int has_digit(const struct sent *s, size_t i)
{
	size_t len, k;
	const char *t = tok_text(s, i, &len);

	for (k = 0; k < len; k++)
		if (t[k] >= '0' && t[k] <= '9')
			return 1;
	return 0;
}

/* Whether token I is an adverb in -ly ("unanimously upheld", "formally
 * asked"): it goes with a verb, so a phrase ends before it. */
int match_adverb_at(const struct sent *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return len > 5 && t[len - 2] == 'l' && t[len - 1] == 'y';
}

/* Whether tokens FROM up to TO are at most two lower-case words that can
 * only modify what follows ("Sudan's new military council", "Nicaragua's
 * Roman Catholic bishops"): no article, preposition, pronoun or
 * conjunction, which would start another phrase; with NO_VERBS, no word
 * that can be a verb and no capital but a model's name either ("Russian
 * nuclear-capable bombers", "Russian MiG-31 jets", not "Russia sent
 * troops").  True when none. */
int match_modifiers_only(const struct sent *s, uint32_t from, uint32_t to, int no_verbs)
{
	uint32_t k;

	if (to < from || to - from > 2)
		return 0;
	for (k = from; k < to; k++)
		if (!(s->toks[k].flags & TOK_WORD) || (no_verbs && match_is_cap(s, k) && !has_digit(s, k)) ||
		    s->info[k].mention >= 0 ||
		    (s->info[k].roles & (R_DET | R_PREP | R_PRON | R_SUB | R_CONJ | R_BE)) ||
		    (no_verbs && (s->info[k].vlemma != LEX_NONE || match_adverb_at(s, k))))
			return 0;
	return 1;
}

/* "Ukrainian Infrastructure Minister Oleksandr Kubrakov", "Israeli
 * National Security Minister Itamar Ben-Gvir": a portfolio the
 * dictionaries do not list, one to three capitalised words, between a
 * state and a capitalised title before a person's name; the state is
 * the person's all the same. */
static int portfolio_between(const struct sent *s, const struct mention *m, const struct mention *n)
{
	uint32_t k, from = m->tok + m->n_tok;

	if (!m->country || !n->person || n->tok <= from || n->tok - from > 3 || !match_is_cap(s, n->tok) ||
	    !n->how || (strcmp(n->how, "title and unknown name") && strcmp(n->how, "title and name") &&
			strcmp(n->how, "title and family name")))
		return 0;
	for (k = from; k < n->tok; k++)
		if (!(s->toks[k].flags & TOK_WORD) || !match_is_cap(s, k) || s->info[k].mention >= 0 ||
		    (s->info[k].roles & (R_DET | R_PREP | R_PRON | R_SUB | R_CONJ | R_BE | R_POSS)))
			return 0;
	return 1;
}

/* A state's adjective and a role with only modifiers between: "Russian
 * troops", "Chinese nuclear-capable bombers"; a title's portfolio
 * ("Ukrainian Infrastructure Minister Oleksandr Kubrakov"). */
static int state_modifies(const struct sent *s, const struct mention *m, const struct mention *n)
{
	uint32_t from = m->tok + m->n_tok;

	return match_adjacent(m, n) || (m->country && match_modifiers_only(s, from, n->tok, 1)) ||
	       portfolio_between(s, m, n) ||
	       /* ("the South Korean \"puppet\" military": a state-media
		* slur in scare quotes is a modifier all the same) */
	       (m->country && n->tok == from + 3 && match_is_punct_tok(s, from, '"') &&
		match_is_punct_tok(s, from + 2, '"') && match_modifiers_only(s, from + 1, from + 2, 1));
}

/* A count as digits or a small number's word ("two Chinese bombers"). */
int match_count_word(const struct sent *s, size_t i)
{
	static const char *const small[] = { "two", "three", "four", "five", "six", "seven",
					     "eight", "nine", "ten", "several", "dozens", NULL };

	return (s->toks[i].flags & TOK_NUM) || word_is_any(s, i, small);
}

/* "the juntas ruling Niger, Mali and Burkina Faso", "the generals
 * running Myanmar": a participle of rule joins a role to the states it
 * rules as "of" does ("the military rulers of Niger"). */
int match_ruling_at(const struct sent *s, size_t i)
{
	static const char *const ruling[] = { "ruling", "running", "governing", NULL };

	return i < s->n && word_is_any(s, i, ruling);
}

/* Whether the role at token TOK is what a state withdraws ("withdrew
 * 1,000 troops from Afghanistan", "pull all remaining soldiers from",
 * "the withdrawal of 41 diplomats from India"): its "from" names where
 * they leave, not whose they are ("troops from Chad attacked"). */
static int withdrawn(struct dyad_coder *c, const struct sent *s, size_t tok)
{
	static const char *const leave[] = { "withdraw", "pull", "evacuate", "remove", "recall",
					     "redeploy", "relocate", NULL };
	static const char *const nouns[] = { "withdrawal", "pullout", "pull-out", "evacuation",
					     "removal", NULL };
	static const char *const fill[] = { "all", "remaining", "about", "some", "roughly",
					    "around", "nearly", "almost", "over", "up", "back",
					    "out", NULL };
	long j = (long)tok - 1;
	size_t k;

	while (j >= 0 && ((s->info[j].roles & R_DET) || (s->toks[j].flags & TOK_NUM) ||
			  word_is_any(s, (size_t)j, fill)))
		j--;
	if (j >= 1 && (s->info[j].roles & R_OF) && word_is_any(s, (size_t)j - 1, nouns))
		return 1;
	if (j < 0 || s->info[j].vlemma == LEX_NONE)
		return 0;
	for (k = 0; leave[k]; k++)
		if (!strcmp(lex_word_str(c->lex, s->info[j].vlemma), leave[k]))
			return 1;
	return 0;
}

/* Whether a possessive pronoun opens the noun phrase of the role at
 * token TOK, a few modifiers before it ("received its first six used
 * Rafale fighter jets from France", "the withdrawal of its last soldiers
 * from Niger"): the pronoun's referent owns the role, and the "from"
 * after it names where the role comes from, not whose it is. */
static int owned_by_pronoun(const struct sent *s, size_t tok)
{
	size_t k, n = 0;

	for (k = tok; k > 0 && n < 6; k--, n++) {
		size_t j = k - 1;

		if ((s->info[j].roles & R_POSS) && (s->info[j].roles & R_PRON))
			return 1;
		if (s->info[j].brk || (s->info[j].roles & R_PREP) || match_is_punct_tok(s, j, ','))
			return 0;
	}
	return 0;
}

/* Whether the role of mention M is arms or craft that a trade verb a
 * few words before takes ("signed a contract to buy 12 Rafale jets from
 * France", "took delivery of six fighter jets from France"): its "from"
 * names the seller, not whose the role is ("jets from France struck",
 * "a delegation of envoys from ECOWAS"). */
static int bought_from(struct dyad_coder *c, const struct sent *s, const struct mention *m)
{
	static const char *const trade[] = { "buy", "purchase", "order", "receive", "acquire",
					     "import", "procure", "lease", NULL };
	static const char *const delivery[] = { "delivery", "deliveries", NULL };
	size_t k, n = 0, w, last = m->tok + m->n_tok - 1;

	if (!word_is_any(s, last, weapon_words) && !word_is_any(s, last, vehicle_words))
		return 0;
	for (k = m->tok; k > 0 && n < 7; k--, n++) {
		size_t j = k - 1;

		if (word_is_any(s, j, delivery))
			return 1;
		if (s->info[j].vlemma != LEX_NONE) {
			for (w = 0; trade[w]; w++)
				if (!strcmp(lex_word_str(c->lex, s->info[j].vlemma), trade[w]))
					return 1;
		}
		if (s->info[j].brk || match_is_punct_tok(s, j, ','))
			return 0;
	}
	return 0;
}

/* Person n, its span reaching back over the mention m before it
 * ("Venezuela's Nicolas Maduro", "African Union envoy Olusegun
 * Obasanjo"). */
static struct mention person_from(const struct mention *m, const struct mention *n)
{
	struct mention merged = *n;

	merged.tok = m->tok;
	merged.n_tok = n->tok + n->n_tok - m->tok;
	merged.start = m->start;
	return merged;
}

/* Whether any code of ACTOR, on any date, is of STATE (its first three
 * letters). */
static int actor_ever_of(const dyad_lexicon *lex, uint32_t actor, const char *state)
{
	const struct lex_actor *a;
	uint32_t i;

	if (actor == LEX_NONE || actor >= lex->actors.n)
		return 0;
	a = &lex->actors.v[actor];
	for (i = 0; i < a->n_codes; i++)
		if (!strncmp(lex_code_str(lex, a->codes[i].code), state, 3))
			return 1;
	return 0;
}

/* "Colombian Defence Minister Pedro Sanchez" in 2025: a state's title
 * before the name of a person the dictionaries know only in another
 * state (Spain's Pedro Sanchez) names a namesake who holds that state's
 * office; the code is the state's with the role the title gave, or NULL
 * when the person is the state's own, or out of memory. */
static const char *namesake_code(struct dyad_coder *c, const struct mention *m,
				 const struct mention *n)
{
	if (!m->country || !m->code || strlen(m->code) != 3 || !n->code ||
	    strlen(n->code) != 6 || strcmp(n->how, "title and name") ||
	    !match_is_state_code(n->code) || !strncmp(m->code, n->code, 3) ||
	    actor_ever_of(c->lex, n->actor, m->code))
		return NULL;
	return state_role(c, m->code, n->code + 3);
}

/* The code of the actor that runs the agent at token TOK, named by a
 * word like "Russian-installed" right before it, or NULL: "Russian-
 * installed officials in Zaporizhzhia" are Russia's, not the place's
 * (run_by_roles gives them their owner's state); "Dutch-led
 * investigators" are the Netherlands', not the speaker's. */
const char *match_run_by_owner(struct dyad_coder *c, const struct sent *s, uint32_t tok,
				int32_t ymd)
{
	static const char *const run[] = { "run", "controlled", "ruled", "administered",
					   "installed", "appointed", "led", NULL };

	return tok > 0 && s->info[tok - 1].mention < 0 ? match_hyphen_owner_of(c, s, tok - 1, ymd, run) :
							  NULL;
}

/* "charged 13 Russians and three Russian companies": a plural after a
 * count is a noun of its own, the people counted, not an adjective
 * waiting for the agent at the list's end ("two Russian and two
 * Chinese bombers" end in no "s"). */
static int counted_plural(const struct sent *s, const struct mention *m)
{
	size_t len;
	const char *t = tok_text(s, m->tok + m->n_tok - 1, &len);

	return m->tok > 0 && len > 3 && t[len - 1] == 's' && match_count_word(s, m->tok - 1);
}

/* The index of the agent that a list of states starting at mention I
 * heads ("Chinese and Russian troops", "Chinese, Russian and Iranian
 * warships", "two Russian and two Chinese bombers"), the last state
 * right before it; -1 when the states after I are no such list. */
static long shared_agent(const struct sent *s, size_t i)
{
	size_t k;
	int conj = 0;

	for (k = i; k + 1 < s->n_ments; k++) {
		const struct mention *m = &s->ments[k], *n = &s->ments[k + 1];
		uint32_t sep = m->tok + m->n_tok;

		if (m->kind == M_NAME && m->country && counted_plural(s, m))
			return -1;

		/* (a list ends in "and" or "or": "the town of Bucha,
		 * Ukrainian officials said" is no list of two) */
		if (n->kind == M_AGENT)
			return k > i && conj && state_modifies(s, m, n) ? (long)k + 1 : -1;
		if (m->kind != M_NAME || !m->country || m->person || !m->code ||
		    n->kind != M_NAME || !n->country || n->person || sep >= s->n)
			return -1;
		if (s->info[sep].roles & R_CONJ) {
			if (!(n->tok == sep + 1 || (n->tok == sep + 2 && match_count_word(s, sep + 1))))
				return -1;
			conj = 1;
		} else if (!match_is_punct_tok(s, sep, ',') ||
			   !(n->tok == sep + 1 ||
			     (n->tok == sep + 2 && (s->info[sep + 1].roles & R_CONJ) && k > i))) {
			/* "Russia, Belarus" and "Russia, Belarus, and Iran"
			 * only: ", and" after the first joins clauses ("at
			 * northern Israel, and Israeli jets struck") */
			return -1;
		} else if (n->tok == sep + 2) {
			conj = 1;
		}
	}
	return -1;
}

/* "warned Ukraine's Western allies", "Kyiv's partners", "Israel's
 * backers": those a state's possessive names by their tie to it are
 * other states, not it, so the state's mention is dropped (the allies
 * themselves are named elsewhere or not at all: no actor).  Needs the
 * mentions marked. */
void match_allies_of_states(struct sent *s)
{
	static const char *const allies[] = { "ally", "allies", "backer", "backers", "partner",
					      "partners", "sponsors", "patrons", NULL };
	size_t i, out = 0;

	for (i = 0; i < s->n_ments; i++) {
		const struct mention *m = &s->ments[i];
		uint32_t k = m->tok + m->n_tok, words = 0;

		if (m->kind == M_NAME && m->country && !m->person && k < s->n &&
		    (s->info[k].roles & R_POSS) && !(s->info[k].roles & R_PRON)) {
			for (k++; k < s->n && words < 3 && (s->toks[k].flags & TOK_WORD) &&
				  s->info[k].mention < 0 && !word_is_any(s, k, allies);
			     k++)
				words++;
			if (k < s->n && words < 3 && s->info[k].mention < 0 &&
			    word_is_any(s, k, allies) &&
			    match_modifiers_only(s, m->tok + m->n_tok + 1, k, 0))
				continue;       /* m is dropped */
		}
		if (out != i)
			s->ments[out] = *m;
		out++;
	}
	s->n_ments = out;
}

/* "Houthi fighters seized the Galaxy Leader": a person's role written
 * capitalised after "the" and one or two capitalised words no
 * dictionary knows, with no name after it, ends a name (a ship's, a
 * prize's), not a title; it is dropped.  "the Senate Majority Leader"
 * keeps it (a known body before), as does "the Opposition Leader Kemi
 * Badenoch" (a name after). */
void match_named_roles(struct sent *s)
{
	static const char *const persons[] = { "leader", "president", "minister", "king", "queen",
					       "chancellor", "premier", "emir", "sultan",
					       "governor", "mayor", "ambassador", "envoy",
					       "commander", "spokesman", "chief", NULL };
	static const char *const the[] = { "the", NULL };
	size_t i, out = 0;

	for (i = 0; i < s->n_ments; i++) {
		const struct mention *m = &s->ments[i];
		long k = (long)m->tok - 1;
		int words = 0;

		if (m->kind == M_AGENT && m->n_tok == 1 && m->tok > 1 && match_is_cap(s, m->tok) &&
		    word_is_any(s, m->tok, persons) &&
		    !(m->tok + 1 < s->n && match_is_name_word(s, m->tok + 1))) {
			while (k >= 0 && words < 2 && match_is_name_word(s, (size_t)k) &&
			       (i == 0 || s->ments[i - 1].tok + s->ments[i - 1].n_tok <= (uint32_t)k)) {
				k--;
				words++;
			}
			if (words > 0 && k >= 0 && word_is_any(s, (size_t)k, the))
				continue;       /* m is dropped */
		}
		if (out != i)
			s->ments[out] = *m;
		out++;
	}
	s->n_ments = out;
}

/* Whether a mention other than SELF has a code starting with PREFIX. */
static int other_mention_of(const struct sent *s, size_t self, const char *prefix)
{
	size_t i;

	for (i = 0; i < s->n_ments; i++)
		if (i != self && s->ments[i].code &&
		    !strncmp(s->ments[i].code, prefix, strlen(prefix)))
			return 1;
	return 0;
}

/* "Brussels imposed tariffs", "talks between Washington and Brussels":
 * the EU's seat, as an actor, is the European Union, as "Moscow" is
 * Russia; as a place it stays in Belgium ("protesters in Brussels",
 * "flew to Brussels", the dateline "BRUSSELS"), and so does the city's
 * own ("Brussels airport", "Brussels prosecutors"), and Belgium's
 * capital in a sentence about Belgium that names no EU body ("Rwanda
 * cut ties with Belgium, and Brussels expelled Rwandan diplomats"). */
void match_seat_metonyms(struct sent *s)
{
	static const char *const places[] = { "in", "at", "near", "outside", "inside", "around",
					      "across", "from", "to", "via", "through",
					      "throughout", "into", NULL };
	static const char *const city[] = { "airport", "prosecutor", "prosecutors", "police",
					    "mayor", "metro", "court", "region", "zoo", "resident",
					    "residents", "municipality", "attacks", "bombings",
					    "attackers", "bombers", NULL };
	/* ("drew criticism from Brussels", "pressure from Brussels", "calls
	 * from Brussels to": what comes from the EU's seat is the EU's) */
	static const char *const from_w[] = { "from", NULL };
	static const char *const said_n[] = { "criticism", "condemnation", "rebuke", "pressure",
					      "calls", "call", "demands", "demand", "warning",
					      "warnings", "objections", "opposition", "request",
					      "requests", "appeal", "appeals", "approval", "backing",
					      "support", "funds", "funding", "money", "threats",
					      "complaints", "praise", "scrutiny", NULL };
	size_t i, len;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		const char *t = tok_text(s, m->tok, &len);
		int said_from = m->tok > 1 && word_is_any(s, m->tok - 1, from_w) &&
				word_is_any(s, m->tok - 2, said_n);

		if (m->kind != M_NAME || m->n_tok != 1 || len != 8 || strncmp(t, "Brussels", 8) ||
		    (m->tok > 0 && word_is_any(s, m->tok - 1, places) && !said_from) ||
		    (m->tok + 1 < s->n && word_is_any(s, m->tok + 1, city)) ||
		    (other_mention_of(s, i, "BEL") && !other_mention_of(s, i, "IGOEUR")))
			continue;
		m->code = "IGOEUREEC";
		m->country = 0;
		m->how = "the EU's seat";
	}
}

/* Country + agent: "Russian troops", "Russia's foreign minister",
 * "the foreign minister of Russia". */
/* Whether agent mention M ends in a word for a leader's aide or adviser,
 * who serves the one named after "to" ("an adviser to Iran's supreme
 * leader"). */
int match_aide_agent(const struct sent *s, const struct mention *m)
{
	static const char *const aides[] = { "aide", "aides", "adviser", "advisers", "advisor",
					     "advisors", NULL };

	return m->n_tok > 0 && word_is_any(s, m->tok + m->n_tok - 1, aides);
}

/* Whether the role at token TOK is a multinational one ("a multinational
 * police force in Haiti", "an international force in Gaza"): no role of
 * the place it serves in. */
int match_multinational_before(const struct sent *s, uint32_t tok)
{
	static const char *const multi[] = { "multinational", "multi-national", "international",
					     NULL };
	uint32_t t;

	for (t = tok; t > 0 && tok - t < 3; t--)
		if (word_is_any(s, t - 1, multi))
			return 1;
	return 0;
}

/* Whether the forces at TOK are the object of a verb that stations them
 * somewhere ("signed an agreement to station a brigade of 5,000 troops
 * in Lithuania", "will deploy fighter jets in Poland"): troops a state
 * stations "in" a place are its own, not the place's, so the place does
 * not lend them its state.  Looks back over the object's modifiers, at
 * most eight words, and not past a comma. */
static int stationed_in(const struct sent *s, uint32_t tok)
{
	static const char *const station_v[] = {
		"station", "stations", "stationed", "stationing", "deploy", "deploys",
		"deployed", "deploying", "redeploy", "redeployed", "position", "positioned",
		"positioning", "base", "rotate", "rotated", "rotating", NULL
	};
	uint32_t t;

	for (t = tok; t > 0 && tok - t < 8; t--) {
		size_t len;
		const char *w = tok_text(s, t - 1, &len);

		if (len == 1 && (*w == ',' || *w == ';' || *w == ':'))
			return 0;
		if (word_is_any(s, t - 1, station_v))
			return 1;
	}
	return 0;
}

/* Whether captives M are told as held in a place right after them
 * ("hostages held in Gaza", "captives in Gaza"): "held" at most, then a
 * preposition of place and a mention. */
int match_held_in_place(const struct sent *s, const struct mention *m)
{
	static const char *const held[] = { "held", "kept", NULL };
	size_t j = m->tok + m->n_tok;

	if (j < s->n && word_is_any(s, j, held))
		j++;
	return j + 1 < s->n && (s->info[j].roles & R_LOC) && s->info[j + 1].mention >= 0;
}

/* The agent a group's listed name ends in ("Hamas negotiators", "Houthi
 * officials": organisations.dict lists such phrases as names), or NULL:
 * the agent the lexicon reads from one of the name's later words up to
 * its last. */
static const struct lex_agent *name_ends_in_agent(const struct dyad_coder *c,
						 const struct sent *s, const struct mention *n)
{
	size_t j, last = n->tok + n->n_tok - 1;
	uint32_t agent;

	for (j = n->tok + 1; j <= last; j++)
		if (match_trie_longest(&c->lex->agent_trie, s, j, &agent) == (long)last &&
		    c->lex->agents.v[agent].code != LEX_CODE_NULL)
			return &c->lex->agents.v[agent];
	return NULL;
}

/* "Israeli and Hamas negotiators", "Saudi and Houthi officials": a state
 * joined by "and" to a group's name that ends in a government role takes
 * that role (as shared_agent() gives a list of states theirs), or NULL.
 * Only GOV: "between Israel and Islamic Jihad militants", "Azerbaijani
 * and Karabakh Armenian forces" stay the states the sets code. */
static const struct lex_agent *agent_shared_with_group(const struct dyad_coder *c,
						      const struct sent *s, size_t i)
{
	const struct mention *m = &s->ments[i], *n;
	const struct lex_agent *ag;
	uint32_t sep = m->tok + m->n_tok;

	if (i + 1 >= s->n_ments)
		return NULL;
	n = &s->ments[i + 1];
	if (m->kind != M_NAME || !m->country || m->person || !m->code || n->kind != M_NAME ||
	    n->country || n->person || !n->code || n->n_tok < 2 || sep >= s->n ||
	    !(s->info[sep].roles & R_CONJ) || n->tok != sep + 1 || !match_is_cap(s, m->tok))
		return NULL;
	ag = name_ends_in_agent(c, s, n);
	return ag && !strcmp(lex_code_str(c->lex, ag->code), "GOV") ? ag : NULL;
}

/* "Iran's top nuclear negotiator Ali Larijani", "China's senior envoy
 * Wu Dawei": a state's possessive, one or two words of rank, then a
 * person named with a title.  The rank words sit outside the title
 * the lexicon knows, so the state would otherwise stand apart as the
 * actor ("talks with Iran").  Whether M's possessive and such words
 * are all that lie between M and N. */
static int possessive_rank_before(const struct sent *s, const struct mention *m,
				  const struct mention *n)
{
	static const char *const rank[] = { "top", "chief", "senior", "lead", "new", "veteran",
					     "powerful", "influential", NULL };
	size_t j = m->tok + m->n_tok;

	if (j >= s->n || !(s->info[j].roles & R_POSS) || (s->info[j].roles & R_PRON) ||
	    !n->how || strcmp(n->how, "title and name") || n->tok <= j + 1 || n->tok > j + 3)
		return 0;
	for (j++; j < n->tok; j++)
		if (!word_is_any(s, j, rank) || s->info[j].mention >= 0)
			return 0;
	return 1;
}

/* "Turkey's defence and energy ministries": a modifier joined by "and"
 * to the agent's own first word, between a state's possessive (FROM is
 * the token after it) and the agent at TO; the ministries are the
 * state's all the same. */
static int coordinated_modifier(const struct sent *s, uint32_t from, uint32_t to)
{
	static const char *const and[] = { "and", NULL };

	return to == from + 2 && to < s->n && (s->toks[from].flags & TOK_WORD) &&
	       !match_is_cap(s, from) && s->info[from].mention < 0 && !s->info[from].roles &&
	       word_is_any(s, from + 1, and);
}

/* "Israel's far-right ministers Itamar Ben-Gvir and Bezalel Smotrich",
 * "Russia's hawkish Defence Minister Andrei Belousov": a state's
 * possessive, one or two lower-case modifiers, then one of its own
 * people by title and name; the state is part of that person's name as
 * it is with the title right after the possessive. */
static int modified_title_after_possessive(const struct sent *s, const struct mention *m,
					   const struct mention *n)
{
	uint32_t poss = m->tok + m->n_tok;

	return m->kind == M_NAME && m->country && m->code && n->kind == M_NAME && n->person &&
	       n->code && n->how && !strcmp(n->how, "title and name") && poss < s->n &&
	       (s->info[poss].roles & R_POSS) && !(s->info[poss].roles & R_PRON) &&
	       n->tok > poss + 1 && !match_is_cap(s, poss + 1) &&
	       match_modifiers_only(s, poss + 1, n->tok, 1) && !strncmp(m->code, n->code, 3);
}

void match_combine_agents(struct dyad_coder *c, struct sent *s, int32_t ymd)
{
	static const char *const gaza_captives[] = { "hostages", "hostage", "captives", NULL };
	static const char *const force_nouns[] = { "strike", "strikes", "air", "airstrike",
						   "airstrikes", "attack", "attacks", "raid", "raids",
						   "drone", "missile", "shelling", "bombardment",
						   "operation", "offensive", NULL };
	size_t i, o = 0;
	long k;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i], *n = i + 1 < s->n_ments ? &s->ments[i + 1] : NULL;
		struct mention *people;

		/* "Presidents Felix Tshisekedi of Congo and Paul Kagame of
		 * Rwanda": a known person's own state after "of" is part of
		 * the name, no preposition's object that the next name of
		 * the list would follow */
		if (n && m->kind == M_NAME && m->person && m->code && n->kind == M_NAME &&
		    n->country && !n->person && n->code && n->tok == m->tok + m->n_tok + 1 &&
		    (s->info[m->tok + m->n_tok].roles & R_OF) && !strncmp(m->code, n->code, 3) &&
		    (n->tok + n->n_tok >= s->n || !(s->info[n->tok + n->n_tok].roles & R_POSS))) {
			struct mention merged = *m;
			merged.n_tok = n->tok + n->n_tok - m->tok;
			merged.end = n->end;
			s->ments[o++] = merged;
			i++;
			continue;
		}
		/* "U.S. President Donald Trump", "Myanmar's junta leader Min
		 * Aung Hlaing": the state is part of the name; so is a
		 * state's possessive before one of its own people named
		 * bare ("welcomed Venezuela's Nicolas Maduro", "Russia's
		 * Putin"), who is the actor, not the state. */
		if (n && m->kind == M_NAME && m->country && n->kind == M_NAME && n->person &&
		    (match_adjacent(m, n) || portfolio_between(s, m, n) || possessive_rank_before(s, m, n) ||
		     (n->tok == m->tok + m->n_tok + 1 &&
					(s->info[m->tok + m->n_tok].roles & R_POSS) &&
					(!strcmp(n->how, "title and name") ||
					 (m->code && n->code && !strncmp(m->code, n->code, 3)))) ||
			  modified_title_after_possessive(s, m, n))) {
			struct mention merged = person_from(m, n);
			const char *namesake = namesake_code(c, m, n);
			if (namesake) {
				merged.code = namesake;
				merged.how = "state's title and a namesake";
			}
			s->ments[o++] = merged;
			i++;
			continue;
		}
		/* "African Union envoy Olusegun Obasanjo", "U.N. special
		 * rapporteur Francesca Albanese": an organisation's title
		 * before a known person says for whom the person acts, the
		 * organisation, whatever the person's own code ("a former
		 * Nigerian president").  "former U.N. chief Ban Ki-moon" is
		 * left to the person. */
		if (n && m->kind == M_NAME && !m->country && !m->person && m->code &&
		    (!strncmp(m->code, "IGO", 3) || !strncmp(m->code, "NGO", 3)) &&
		    n->kind == M_NAME && n->person && n->code && match_adjacent(m, n) &&
		    !strcmp(n->how, "title and name") && strncmp(n->code, m->code, strlen(m->code)) &&
		    !(m->tok > 0 && word_is_any(s, m->tok - 1, match_former_words))) {
			struct mention merged = person_from(m, n);
			merged.code = m->code;
			merged.how = "organisation's title and name";
			s->ments[o++] = merged;
			i++;
			continue;
		}
		/* "Chinese and Russian troops", "Two Russian and two Chinese
		 * bombers", "Chinese, Russian and Iranian warships": each
		 * state of a list takes the agent the last one heads; all
		 * stay their own mentions, joined as a group.  So does a state
		 * before a group's negotiators ("Israeli and Hamas
		 * negotiators"). */
		{
			const struct lex_agent *ag = NULL;
			const char *how = "state and agent (coordinated)";
			if ((k = shared_agent(s, i)) > 0)
				ag = &c->lex->agents.v[s->ments[k].actor];
			else if ((ag = agent_shared_with_group(c, s, i)) != NULL)
				how = "state and a group's agent (coordinated)";
			if (ag) {
				struct mention merged = *m;
				merged.code = match_actor_with_agent(c, m, ag);
				merged.actor = LEX_NONE;
				merged.country = 0;
				merged.how = how;
				s->ments[o++] = merged;
				continue;
			}
		}
		/* "Kyiv's largest children's hospital": people's possessive
		 * between is a modifier of the role after it */
		people = NULL;
		if (n && m->kind == M_NAME && !m->person && m->code && m->country &&
		    people_owned_role(s, n, i + 2 < s->n_ments ? &s->ments[i + 2] : NULL)) {
			people = n;
			n = &s->ments[i + 2];
		}
		if (n && m->kind == M_NAME && !m->person && m->code && n->kind == M_AGENT &&
		    !match_mission_abroad(s, m, n)) {
			/* "Russia's foreign ministry"; "Russia's FSB security
			 * service": an acronym of the state's own between. */
			int poss = (s->info[m->tok + m->n_tok].roles & R_POSS) &&
				   (match_modifiers_only(s, m->tok + m->n_tok + 1, people ? people->tok : n->tok, 0) ||
				    (!people && coordinated_modifier(s, m->tok + m->n_tok + 1, n->tok)) ||
				    (n->tok == m->tok + m->n_tok + 2 &&
				     match_acronym_at(s, m->tok + m->n_tok + 1)));
			/* "Qatar's air defences intercepted": a state's
			 * air defences after its possessive too, as the
			 * clause's subject ("fired by Ukraine's air defences"
			 * keeps the state, the passive's agent) */
			if (weapon_agent(s, n) ? (match_adjacent(m, n) ||
						  (poss && n->tok == m->tok + m->n_tok + 1 &&
						   !(m->tok > 0 && (s->info[m->tok - 1].roles & R_PREP)) &&
						   air_defence_agent(s, n))) &&
						 m->country && !inert_aircraft(s, n) :
			    vehicle_agent(c, s, n) ? match_adjacent(m, n) || (poss && n->tok == m->tok + m->n_tok + 1) :
			    people_agent(s, n) ?
			    m->country && (match_adjacent(m, n) || (poss && n->tok == m->tok + m->n_tok + 1)) :
						 (!people && state_modifies(s, m, n)) || poss) {
				const struct lex_agent *ag = &c->lex->agents.v[n->actor];
				struct mention merged = *n;
				merged.kind = M_NAME;
				merged.code = match_actor_with_agent(c, m, ag);
				merged.actor = LEX_NONE;
				merged.country = 0;
				merged.how = "state and agent";
				/* "former Polish deputy justice minister Marcin
				 * Romanowski", "a former Israeli general": an
				 * office once held is the state's elite, not its
				 * office holders (a known person's own dates
				 * decide for him) */
				if (m->country && m->tok > 0 && word_is_any(s, m->tok - 1, match_ex_words) &&
				    match_is_country_code(m->code) && role_in(merged.code, match_office_roles) &&
				    (merged.code = state_role(c, m->code, "ELI")) == NULL)
					return;
				merged.tok = m->tok;
				merged.n_tok = n->tok + n->n_tok - m->tok;
				merged.start = m->start;
				s->ments[o++] = merged;
				i += people ? 2 : 1;
				continue;
			}
		}
		if (people)
			n = people;
		/* "advancing rebels of Laurent Nkunda", "fighters of Joseph
		 * Kony": an armed leader's fighters are his group, as "M23
		 * rebels" are M23 (a state leader's troops stay the state's) */
		if (n && m->kind == M_AGENT && n->kind == M_NAME && n->person && n->code &&
		    armed_group(n->code) && strncmp(n->code, "---", 3) && n->tok == m->tok + m->n_tok + 1 &&
		    (s->info[m->tok + m->n_tok].roles & R_OF) && fighting_agent(c, m)) {
			struct mention merged = *m;
			merged.kind = M_NAME;
			merged.code = n->code;
			merged.actor = LEX_NONE;
			merged.how = "fighters of an armed leader";
			merged.n_tok = n->tok + n->n_tok - m->tok;
			merged.end = n->end;
			s->ments[o++] = merged;
			i++;
			continue;
		}
		/* "the foreign minister of Russia", "police in Gaza", "rebels
		 * in eastern Congo", "a professor at Kyungnam University" (an
		 * actor coded KOREDU lends its state, KOR).  A role a
		 * possessive pronoun owns is its referent's wherever it is:
		 * "its troops in Syria", "its consulate in Damascus" (the
		 * pronouns come later). */
		if (n && m->kind == M_AGENT && !weapon_agent(s, m) && !vehicle_agent(c, s, m) &&
		    (!people_agent(s, m) || group_fighters(s, m, n)) && !match_run_by_owner(c, s, m->tok, ymd) &&
		    n->kind == M_NAME && !n->person &&
		    /* "supporters of a Lebanese militia": the state is the
		     * next role's */
		    !(n->country && i + 2 < s->n_ments && s->ments[i + 2].kind == M_AGENT &&
		      state_modifies(s, n, &s->ments[i + 2])) &&
		    /* "the forces of Syrian President Bashar al-Assad": the
		     * state is the person's title; the role is his */
		    !(n->country && i + 2 < s->n_ments && s->ments[i + 2].person &&
		      match_adjacent(n, &s->ments[i + 2])) &&
		    !(m->tok > 0 && (s->info[m->tok - 1].roles & R_POSS) &&
		      (s->info[m->tok - 1].roles & R_PRON)) &&
		    !((s->info[m->tok + m->n_tok].roles & R_FROM) && owned_by_pronoun(s, m->tok)) &&
		    !((s->info[m->tok + m->n_tok].roles & R_FROM) && bought_from(c, s, m)) &&
		    !((s->info[m->tok + m->n_tok].roles & R_LOC) && match_multinational_before(s, m->tok)) &&
		    !((s->info[m->tok + m->n_tok].roles & R_LOC) && stationed_in(s, m->tok)) &&
		    /* ("shot dead by a gunman in the western city of Lviv":
		     * where an unknown attacker struck says not whose he is,
		     * ---INS) */
		    !((s->info[m->tok + m->n_tok].roles & R_LOC) &&
		      word_is_any(s, m->tok + m->n_tok - 1, match_unaffiliated)) &&
		    n->code && strlen(n->code) >= 3 &&
		    /* ("killed along with several ministers in an Israeli
		     * strike": the state's adjective on the force is no
		     * place of the role) */
		    !(n->country && n->tok + n->n_tok < s->n &&
		      word_is_any(s, n->tok + n->n_tok, force_nouns)) &&
		    /* ("hostages in Gaza" since October 2023 are not the
		     * place's people: match_place_roles() gives them Israel) */
		    !((s->info[m->tok + m->n_tok].roles & R_LOC) && ymd >= 20231007 &&
		      !strncmp(n->code, "PSE", 3) &&
		      word_is_any(s, m->tok + m->n_tok - 1, gaza_captives)) &&
		    ((s->info[m->tok + m->n_tok].roles & (R_OF | R_FROM | R_LOC)) ||
		     ((s->info[m->tok + m->n_tok].roles & R_TO) && match_aide_agent(s, m)) ||
		     match_ruling_at(s, m->tok + m->n_tok)) &&
		    !((s->info[m->tok + m->n_tok].roles & R_FROM) && withdrawn(c, s, m->tok)) &&
		    (n->tok == m->tok + m->n_tok + 1 ||
		     (n->tok == m->tok + m->n_tok + 2 &&
		      ((s->info[m->tok + m->n_tok + 1].roles & R_DET) ||
		       word_is_any(s, m->tok + m->n_tok + 1, match_state_parts))) ||
		     /* "aid workers from the charity World Central Kitchen" */
		     (!n->country && n->tok > m->tok + m->n_tok + 2 &&
		      (s->info[m->tok + m->n_tok + 1].roles & R_DET) &&
		      !(s->info[m->tok + m->n_tok + 1].roles & R_POSS) &&
		      match_modifiers_only(s, m->tok + m->n_tok + 2, n->tok, 1)))) {
			const struct lex_agent *ag = &c->lex->agents.v[m->actor];
			struct mention merged = *m;
			merged.kind = M_NAME;
			merged.code = match_actor_with_agent(c, n, ag);
			merged.actor = LEX_NONE;
			merged.how = "agent of state";
			merged.n_tok = n->tok + n->n_tok - m->tok;
			merged.end = n->end;
			s->ments[o++] = merged;
			i++;
			continue;
		}
		if ((weapon_agent(s, m) || vehicle_agent(c, s, m) ||
		     (people_agent(s, m) && !counted_people(s, m))) &&
		    !match_owned_forces(s, m))
			continue;
		if (m->kind == M_AGENT) {
			m->agent = m->actor;
			m->actor = LEX_NONE;
		}
		s->ments[o++] = *m;
	}
	s->n_ments = o;
}

/* "halted dialogue on climate change and military issues", "resume
 * military aid and intelligence sharing", "protesters against police
 * brutality", "a military accord that allowed U.S. troops": a role word
 * before a noun for a thing it does or has is an adjective, no actor.
 * Alone it is dropped; after a state ("Russian military aid", "U.S.
 * intelligence reports") the state remains, the actor the phrase names.
 * Physical things (bases, posts, vehicles, targets) are left out of the
 * list: "struck military targets" is aimed at the forces; so are what a
 * role is the target of ("protests against police brutality") and its
 * drills ("their annual military exercise": the coder reads the owners
 * as drilling together). */
static const char *const adjective_roles[] = { "military", "police", "intelligence", "army",
					       "government", "naval", NULL };
static const char *const role_things[] = {
	"aid", "assistance", "support", "cooperation", "ties", "relations", "issues", "matters",
	"affairs", "intervention", "interventions", "operation", "operations", "action",
	"campaign", "institutions", "spending", "budget", "budgets", "equipment", "hardware",
	"supplies", "technology", "technologies", "capabilities", "capability", "power",
	"might", "pressure", "threat", "threats", "rule", "coup", "coups", "takeover",
	"dictatorship", "escalation", "solution", "option", "options", "presence", "buildup",
	"build-up", "deployment", "deployments", "mission", "missions", "accord", "accords",
	"agreement", "agreements", "deal", "deals", "pact", "pacts", "alliance", "treaty",
	"dialogue", "hotline", "exports", "sales", "purchases", "activity", "activities",
	"movements", "tension", "tensions", "custody", "reform", "reforms", "sharing", "report",
	"reports", "assessment", "assessments", "failure", "failures", "gathering",
	"information", "data", "policy", "policies", "bonds", "debt", "revenue", "revenues",
	"funds", "funding", "figures", "statistics", "subsidies", "programme", "programmes",
	"program", "programs", "measures", "jobs", "quotas", "contracts", "service",
	"conscription", "parade", "parades", "training", "doctrine", "strategy", "justice",
	"law", "links", "contacts", "blockade", "escort", "escorts",
	/* "refused to rule out using military force ... and threatened
	 * Denmark": the means, not the armed forces ("military forces") */
	"force", "means", "muscle", "response", "retaliation", "invasion", "offensive",
	"conflict", "confrontation",
	/* "welcomed Netanyahu with military honours ... in defiance of the
	 * ICC warrant": the ceremony, not the armed forces defying */
	"honours", "honors", NULL
};

/* "launched military drills around Taiwan": a bare role word before an
 * exercise is no actor of the place after it; with its state ("Chinese
 * military drills") it is the state's forces that drill. */
static const char *const drill_things[] = {
	"drill", "drills", "exercise", "exercises", "manoeuvres", "maneuvers", "wargames", NULL
};

/* "during his first official visit to China", "on an official trip":
 * "official" right before a visit or a ceremony says what kind of visit
 * it is, no official of anyone's; the visit's owner is the one before */
static const char *const official_words[] = { "official", NULL };
static const char *const official_things[] = {
	"visit", "visits", "trip", "trips", "tour", "tours", "talks", "engagement",
	"engagements", "ceremony", "ceremonies", "welcome", "reception", NULL
};

static const char *const foreign_words[] = { "foreign", NULL };
static const char *const believed_words[] = { "believed", "thought", "suspected", "said",
					       "reported", NULL };
static const char *const to_words[] = { "to", NULL };
static const char *const be_words[] = { "be", NULL };
static const char *const un_words[] = { "U.N.", "UN", NULL };
static const char *const envoy_words[] = { "envoy", "envoys", NULL };

void match_attributive_roles(struct dyad_coder *c, struct sent *s)
{
	size_t i, o = 0;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		uint32_t last = m->tok + m->n_tok - 1, next = m->tok + m->n_tok;

		/* "foreign soldiers believed to be Russian": the role is of
		 * the state the hedge names; the state's name, nearest the
		 * verb, carries it, and the role word is dropped (the hedge
		 * keeps the act speculative) */
		if (m->kind == M_AGENT && !m->person && m->tok > 0 &&
		    word_is_any(s, m->tok - 1, foreign_words) && strlen(m->code) == 3 &&
		    i + 1 < s->n_ments && next + 3 == s->ments[i + 1].tok &&
		    word_is_any(s, next, believed_words) && word_is_any(s, next + 1, to_words) &&
		    word_is_any(s, next + 2, be_words) && s->ments[i + 1].country &&
		    strlen(s->ments[i + 1].code) == 3) {
			char *code = state_role(c, s->ments[i + 1].code, m->code);
			if (!code)
				return;
			s->ments[i + 1].code = code;
			s->ments[i + 1].country = 0;
			s->ments[i + 1].how = "the state a foreign role is believed to be";
			continue;       /* the role word is dropped */
		}
		/* "foreign troops", "foreign military personnel": a role of
		 * some other state, none the sentence names, is no actor */
		if (m->kind == M_AGENT && !m->person && m->tok > 0 &&
		    word_is_any(s, m->tok - 1, foreign_words))
			continue;       /* dropped */
		/* "U.N. envoy Geir Pedersen", "the U.N. envoy for Yemen": an
		 * envoy the U.N. sends, with no state before it, is the U.N.'s
		 * ("Russia's U.N. envoy" is Russia's: a state before it
		 * combines first) */
		if (m->kind == M_AGENT && word_is_any(s, m->tok, un_words) &&
		    (word_is_any(s, last, envoy_words) ||
		     (m->person && m->n_tok > 1 && word_is_any(s, m->tok + 1, envoy_words)))) {
			m->code = "IGOUNO";
			m->kind = M_NAME;
			m->how = "the U.N.'s envoy";
			goto keep;
		}
		if (m->kind == M_AGENT && !m->person && next < s->n && word_is_any(s, last, adjective_roles) &&
		    word_is_any(s, next, drill_things))
			continue;       /* dropped */
		if (m->kind == M_AGENT && !m->person && m->n_tok == 1 && next < s->n &&
		    word_is_any(s, last, official_words) && word_is_any(s, next, official_things))
			continue;       /* dropped */
		if (m->person || next >= s->n || match_is_cap(s, next) ||
		    !word_is_any(s, last, adjective_roles) || !word_is_any(s, next, role_things) ||
		    (next + 1 < s->n && (s->info[next + 1].roles & R_POSS)))
			goto keep;
		/* "their annual military exercise": the owner's forces */
		if (m->kind == M_AGENT && m->tok > 0 && (s->info[m->tok - 1].roles & R_POSS) &&
		    (s->info[m->tok - 1].roles & R_PRON))
			goto keep;
		if (m->kind == M_AGENT)
			continue;       /* dropped */
		if (m->kind == M_NAME && m->code && strlen(m->code) == 6 && match_is_state_code(m->code) &&
		    !cameo_role_name(m->code) && cameo_role_name(m->code + 3)) {
			char *code = arena_alloc(&c->mem, 4);
			if (code) {
				memcpy(code, m->code, 3);
				code[3] = '\0';
				m->code = code;
				m->country = 1;
				m->how = "state of a role used as an adjective";
			}
		}
keep:
		s->ments[o++] = *m;
	}
	s->n_ments = o;
}

static uint32_t label_prefix(const char *p)
{
	uint32_t k;

	memcpy(&k, p, 4);
	return k;
}

/* Index every person's label by its first four bytes (match_init), so
 * one pass over an article finds the people it names in full. */
int match_index_labels(struct dyad_coder *c)
{
	const dyad_lexicon *lex = c->lex;
	size_t n = lex->actors.n, i, n_links = 0;

	intmap_init(&c->label_index);
	if (!n)
		return 0;
	c->label_links = malloc(n * sizeof(*c->label_links));
	c->short_labels = malloc(n * sizeof(*c->short_labels));
	c->named = calloc(n, sizeof(*c->named));
	if (!c->label_links || !c->short_labels || !c->named)
		return -1;
	c->n_named = n;
	for (i = 0; i < n; i++) {
		const char *label = lex_str(lex, lex->actors.v[i].label);
		uint32_t head;
		if (!match_actor_is_person(lex, (uint32_t)i))
			continue;
		if (strlen(label) < 4) {
			c->short_labels[c->n_short_labels++] = (uint32_t)i;
			continue;
		}
		if (!intmap_get(&c->label_index, label_prefix(label), &head))
			head = UINT32_MAX;
		c->label_links[n_links].actor = (uint32_t)i;
		c->label_links[n_links].next = head;
		if (intmap_put(&c->label_index, label_prefix(label), (uint32_t)n_links))
			return -1;
		n_links++;
		c->label_first[(unsigned char)label[0]] = 1;
	}
	return 0;
}

/* Stamp in c->named every person whose label the article text holds (as
 * memmem() would find it), in one pass over the text. */
static void scan_named(struct dyad_coder *c, const char *doc, size_t len)
{
	const dyad_lexicon *lex = c->lex;
	size_t p, i;

	c->memo.named_scanned = 1;
	if (++c->stamp == 0) {          /* wrapped: forget every old stamp */
		memset(c->named, 0, c->n_named * sizeof(*c->named));
		c->stamp = 1;
	}
	for (i = 0; i < c->n_short_labels; i++) {
		const char *label = lex_str(lex, lex->actors.v[c->short_labels[i]].label);
		if (memmem(doc, len, label, strlen(label)))
			c->named[c->short_labels[i]] = c->stamp;
	}
	for (p = 0; p + 4 <= len; p++) {
		uint32_t at;
		if (!c->label_first[(unsigned char)doc[p]] ||
		    !intmap_get(&c->label_index, label_prefix(doc + p), &at))
			continue;
		for (; at != UINT32_MAX; at = c->label_links[at].next) {
			uint32_t actor = c->label_links[at].actor;
			const char *label = lex_str(lex, lex->actors.v[actor].label);
			size_t n = strlen(label);
			if (n <= len - p && !memcmp(doc + p, label, n))
				c->named[actor] = c->stamp;
		}
	}
}

/* A family name alone ("Kim") is the person of that name whose full name
 * ("Kim Jong-un") the article writes somewhere, before or after.  Returns
 * the actor and its code on the date, or LEX_NONE.  The first call in an
 * article scans its text once (scan_named). */
uint32_t match_named_in_article(struct dyad_coder *c, const struct sent *s,
				 uint32_t word, int32_t ymd, const char **code)
{
	uint32_t cand[16];
	size_t n = lex_name_part(c->lex, word, cand, 16), i;

	*code = NULL;
	if (n && !c->memo.named_scanned)
		scan_named(c, s->text - s->base, s->doc_len);
	for (i = 0; i < n; i++) {
		const char *cc;
		if (!match_actor_is_person(c->lex, cand[i]))
			continue;
		if (cand[i] < c->n_named ? c->named[cand[i]] != c->stamp :
		    !memmem(s->text - s->base, s->doc_len, lex_str(c->lex,
			    c->lex->actors.v[cand[i]].label),
			    strlen(lex_str(c->lex, c->lex->actors.v[cand[i]].label))))
			continue;     /* (an actor added after the coder was made) */
		if ((cc = match_actor_code(c->lex, cand[i], ymd))) {
			*code = cc;
			return cand[i];
		}
	}
	return LEX_NONE;
}

/* "-flagged", "-owned", "-registered" after a state's name in token I
 * (T, LEN: the rest of the token); "-linked", "-operated" and "-managed"
 * only before a ship within three words ("a British-linked oil tanker",
 * the Houthis' "Israel-linked ships"): "Iran-linked hackers" are not a
 * business. */
static int flag_suffix(const struct sent *s, size_t i, const char *t, size_t len)
{
	static const char *const suf[] = { "-flagged", "-owned", "-registered" };
	static const char *const loose[] = { "-linked", "-operated", "-managed" };
	static const char *const ships[] = { "ship", "ships", "vessel", "vessels", "tanker",
					     "tankers", "freighter", "freighters", "carrier",
					     "carriers", "boat", "boats", NULL };
	size_t k, j;

	for (k = 0; k < sizeof(suf) / sizeof(suf[0]); k++)
		if (len == strlen(suf[k]) && !strncasecmp(t, suf[k], len))
			return 1;
	for (k = 0; k < sizeof(loose) / sizeof(loose[0]); k++)
		if (len == strlen(loose[k]) && !strncasecmp(t, loose[k], len))
			for (j = i + 1; j < s->n && j <= i + 3; j++)
				if (word_is_any(s, j, ships))
					return 1;
	return 0;
}

/* The state's code + BUS: a vessel or firm by its flag or its owner's
 * state, as tests/dev/README.md codes ships.  NULL when out of memory. */
static const char *flag_business(struct dyad_coder *c, const char *state)
{
	char *cc = arena_alloc(&c->mem, 7);

	if (cc) {
		memcpy(cc, state, 3);
		memcpy(cc + 3, "BUS", 4);
	}
	return cc;
}

/* "a Cook Islands-flagged tanker", "a Marshall Islands-flagged ship": a
 * state's name of several words whose last word carries the flag suffix
 * (token I, its part before the hyphen FIRST_LEN bytes of T).  The words
 * before it must be capitalised and in no mention.  Adds the mention and
 * returns 1, or returns 0 (no such name) or DYAD_ENOMEM. */
static int multiword_flag(struct dyad_coder *c, struct sent *s, size_t i, const char *t,
			  size_t len, size_t first_len, int32_t ymd)
{
	const struct lex_trie *trie = &c->lex->actor_trie;
	size_t j, k, n;
	char f[256];
	uint32_t w;

	if (!trie->n_nodes || first_len >= len || !flag_suffix(s, i, t + first_len, len - first_len))
		return 0;
	n = lex_fold(t, first_len, f, sizeof(f));
	w = n ? lex_lookup(c->lex, f, n) : LEX_NONE;
	if (w == LEX_NONE)
		return 0;
	/* the longest name first: at most three words before the token */
	for (j = i >= 3 ? i - 3 : 0; j < i; j++) {
		uint32_t node = 0, actor;
		const char *code;
		struct mention *m;
		for (k = j; k < i && node != LEX_NONE; k++)
			node = match_is_cap(s, k) && s->info[k].mention < 0 ?
			       lex_trie_step(trie, node, s->info[k].word, 1) : LEX_NONE;
		if (node == LEX_NONE || (node = lex_trie_step(trie, node, w, 1)) == LEX_NONE)
			continue;
		actor = trie->values[node];
		code = actor != LEX_NONE ? match_actor_code(c->lex, actor, ymd) : NULL;
		if (!code || strlen(code) != 3 || !match_is_country_code(code))
			continue;
		if (!(m = match_push_mention(c, s)) || !(code = flag_business(c, code)))
			return DYAD_ENOMEM;
		m->kind = M_NAME;
		m->actor = LEX_NONE;
		m->code = code;
		m->how = "flag or owner's state";
		match_set_span(s, m, j, i);
		return 1;
	}
	return 0;
}

/* "Trump-Kim", "the Moon-Kim summit": a family name (the word W, text
 * T of LEN bytes) that a hyphen joins to a person names the office
 * holder of that family name on the date; of several ("Kim" in 2018:
 * Kim Jong Un, Kim Yo Jong, Kim Yong Chol), the one longest in a
 * government role that runs through the date, as a pair of names in
 * wire copy pairs leaders.  A word of English is allowed ("Moon"): the
 * hyphen to a person makes it a name.  LEX_NONE when none holds one
 * (OUT *code). */
static int is_cap_text(const char *t, size_t len)
{
	return len > 0 && t[0] >= 'A' && t[0] <= 'Z';
}

uint32_t match_pair_surname(struct dyad_coder *c, uint32_t w, const char *t, size_t len,
			     int32_t ymd, const char **code)
{
	uint32_t cand[16], best = LEX_NONE;
	size_t n = lex_name_part(c->lex, w, cand, 16), k;
	int32_t best_from = 0;
	const char *best_code = NULL;

	*code = NULL;
	for (k = 0; ymd && k < n; k++) {
		const struct lex_actor *a = &c->lex->actors.v[cand[k]];
		const char *label, *cc;
		size_t ll;
		uint32_t r;
		if (!match_actor_is_person(c->lex, cand[k]))
			continue;
		label = lex_str(c->lex, a->label);
		ll = strlen(label);
		ll -= lex_generation_suffix(label, ll);
		/* the family name ends the name, or opens it, as Korean and
		 * Chinese names are written ("Kim Jong Un", "Xi Jinping") */
		if (!(ll > len && !strncasecmp(label + ll - len, t, len) && label[ll - len - 1] == ' ') &&
		    !(ll > len && !strncasecmp(label, t, len) && label[len] == ' '))
			continue;
		if (!(cc = match_actor_code(c->lex, cand[k], ymd)) || strlen(cc) != 6 ||
		    strcmp(cc + 3, "GOV"))
			continue;
		for (r = 0; r < a->n_codes; r++) {
			const struct lex_code *lc = &a->codes[r];
			if (!lc->from || lc->from > ymd || (lc->to && ymd >= lc->to))
				continue;
			if (best == LEX_NONE || lc->from < best_from) {
				best = cand[k];
				best_from = lc->from;
				best_code = cc;
			}
		}
	}
	*code = best_code;
	return best;
}

/* "Trump-Kim summit": actors joined by a hyphen inside one token.  Only a
 * token with two or more actor parts splits: "Pan-American" and
 * "Kremlin-backed" name nobody. */
int match_split_hyphens(struct dyad_coder *c, struct sent *s, int32_t ymd)
{
	size_t i;
	char f[256];

	for (i = 0; i < s->n; i++) {
		size_t len, p = 0, first = s->n_ments;
		const char *t;
		if (!(s->toks[i].flags & TOK_HYPHEN) || s->info[i].mention >= 0 || !match_is_cap(s, i))
			continue;
		t = tok_text(s, i, &len);
		{
			size_t q = 0;
			int rc;
			while (q < len && t[q] != '-')
				q++;
			if ((rc = multiword_flag(c, s, i, t, len, q, ymd)) < 0)
				return rc;
			if (rc)
				continue;
		}
		size_t gap_p[2] = { 0, 0 }, gap_q[2] = { 0, 0 }, n_gaps = 0, n_parts = 0;
		uint32_t gap_w[2] = { LEX_NONE, LEX_NONE };
		while (p < len) {
			size_t q = p, k;
			uint32_t w, node, actor;
			const char *code;
			int person;
			size_t more = 0;        /* tokens after i the last part's name takes */
			while (q < len && t[q] != '-')
				q++;
			k = lex_fold(t + p, q - p, f, sizeof(f));
			w = k ? lex_lookup(c->lex, f, k) : LEX_NONE;
			node = c->lex->actor_trie.n_nodes ? lex_trie_step(&c->lex->actor_trie, 0, w, 1) : LEX_NONE;
			actor = node != LEX_NONE ? c->lex->actor_trie.values[node] : LEX_NONE;
			code = actor != LEX_NONE ? match_actor_code(c->lex, actor, ymd) : NULL;
			person = actor != LEX_NONE && match_actor_is_person(c->lex, actor);
			/* "Trump-Kim": "Kim" is the person whose full name the
			 * article gives, before or after. */
			if (!code && k && w != LEX_NONE) {
				actor = match_named_in_article(c, s, w, ymd, &code);
				person = code != NULL;
			}
			/* "a Japan-South Korea summit", "U.S.-North Korea
			 * talks": the last part is the first word of a name
			 * that goes on in the tokens after this one */
			if (!code && k && w != LEX_NONE && q == len && c->lex->actor_trie.n_nodes) {
				uint32_t nd = lex_trie_step(&c->lex->actor_trie, 0, w, 1);
				size_t j;
				for (j = i + 1; nd != LEX_NONE && j < s->n && j < i + 4; j++) {
					uint32_t a2;
					const char *c2;
					if (!match_is_cap(s, j) || s->info[j].mention >= 0 ||
					    (s->toks[j].flags & TOK_HYPHEN))
						break;
					nd = lex_trie_step(&c->lex->actor_trie, nd, s->info[j].word, 1);
					if (nd == LEX_NONE)
						break;
					a2 = c->lex->actor_trie.values[nd];
					c2 = a2 != LEX_NONE ? match_actor_code(c->lex, a2, ymd) : NULL;
					if (c2 && match_is_country_code(c2)) {
						actor = a2;
						code = c2;
						person = 0;
						more = j - i;
					}
				}
			}
			if (!code && k) {
				uint32_t h = strmap_hash(f, k);
				size_t mp;
				for (mp = 0; mp < c->memo.n_people; mp++)
					if (c->memo.people[mp].hash == h && c->memo.people[mp].len == k) {
						actor = c->memo.people[mp].actor;
						code = c->memo.people[mp].code;
						person = 1;
						break;
					}
			}
			{
				struct mention *m;
				if (code) {
					if (!(m = match_push_mention(c, s)))
						return DYAD_ENOMEM;
					m->kind = M_NAME;
					m->actor = actor;
					m->code = code;
					m->person = (uint8_t)person;
					m->country = (uint8_t)(!m->person && match_is_country_code(code));
					m->how = "hyphenated pair";
					m->tok = (uint32_t)i;
					m->n_tok = 1 + (uint32_t)more;
					m->start = s->toks[i].start - s->base + (uint32_t)p;
					m->end = more ? s->toks[i + more].end - s->base
						      : s->toks[i].start - s->base + (uint32_t)q;
					m->pair = 1;
				} else if (k && w != LEX_NONE && is_cap_text(t + p, q - p) && n_gaps < 2) {
					gap_w[n_gaps] = w;
					gap_p[n_gaps] = p;
					gap_q[n_gaps++] = q;
				}
			}
			n_parts++;
			p = q + 1;
		}
		/* "Trump-Kim", "Kim-Putin talks", "the Moon-Kim summit": family
		 * names joined to a person or to each other, in a token of two
		 * parts */
		if (n_parts == 2 && n_gaps == 2 - (s->n_ments - first) &&
		    (n_gaps == 2 || s->ments[first].person)) {
			uint32_t actors[2] = { LEX_NONE, LEX_NONE };
			const char *codes[2] = { NULL, NULL };
			size_t g;
			for (g = 0; g < n_gaps; g++)
				actors[g] = match_pair_surname(c, gap_w[g], t + gap_p[g], gap_q[g] - gap_p[g],
							       ymd, &codes[g]);
			if (actors[0] != LEX_NONE && (n_gaps == 1 || actors[1] != LEX_NONE) &&
			    (n_gaps == 1 ? actors[0] != s->ments[first].actor : actors[0] != actors[1])) {
				for (g = 0; g < n_gaps; g++) {
					struct mention *m = match_push_mention(c, s);
					if (!m)
						return DYAD_ENOMEM;
					m->kind = M_NAME;
					m->actor = actors[g];
					m->code = codes[g];
					m->person = 1;
					m->how = "hyphenated pair";
					m->tok = (uint32_t)i;
					m->n_tok = 1;
					m->start = s->toks[i].start - s->base + (uint32_t)gap_p[g];
					m->end = s->toks[i].start - s->base + (uint32_t)gap_q[g];
					m->pair = 1;
				}
				/* the parts in the token's order */
				if (s->ments[first + 1].start < s->ments[first].start) {
					struct mention tmp = s->ments[first];
					s->ments[first] = s->ments[first + 1];
					s->ments[first + 1] = tmp;
				}
			}
		}
		/* "a British-flagged tanker", "a Greek-owned ship": a vessel
		 * or firm by its flag or its owner's state is that state's
		 * business (BUS), as tests/dev/README.md codes ships. */
		if (s->n_ments - first == 1 && s->ments[first].country &&
		    strlen(s->ments[first].code) == 3 && s->ments[first].start == s->toks[i].start - s->base &&
		    flag_suffix(s, i, t + (s->ments[first].end - (s->toks[i].start - s->base)),
				len - (s->ments[first].end - (s->toks[i].start - s->base)))) {
			struct mention *m = &s->ments[first];
			const char *cc = flag_business(c, m->code);
			if (!cc)
				return DYAD_ENOMEM;
			m->code = cc;
			m->country = 0;
			m->pair = 0;
			m->actor = LEX_NONE;
			m->how = "flag or owner's state";
			m->end = s->toks[i].end - s->base;
			first++;
		}
		if (s->n_ments - first < 2)
			s->n_ments = first;
	}
	return DYAD_OK;
}

/* "Thai-Cambodian forces clashed", "Sino-Russian bombers flew near
 * Japan", "U.S.-China trade negotiators": the two states of a hyphenated
 * pair each take the agent right after it (past bare modifiers), as
 * "Chinese and Russian bombers" do; the agent's own mention goes.  Runs
 * once the pairs are split (after combine_agents) and the mentions
 * sorted. */
void match_pair_agents(struct dyad_coder *c, struct sent *s)
{
	size_t i, o = 0;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		struct mention *n = i + 1 < s->n_ments ? &s->ments[i + 1] : NULL;
		struct mention *ag = i + 2 < s->n_ments ? &s->ments[i + 2] : NULL;
		const struct lex_agent *la;
		const char *cm, *cn;

		if (!ag || !m->pair || !n->pair || m->tok != n->tok || !m->country || !n->country ||
		    m->person || n->person || !m->code || !n->code || ag->kind != M_AGENT ||
		    ag->agent == LEX_NONE || ag->tok <= m->tok ||
		    !match_modifiers_only(s, m->tok + 1, ag->tok, 0)) {
			s->ments[o++] = *m;
			continue;
		}
		la = &c->lex->agents.v[ag->agent];
		cm = match_actor_with_agent(c, m, la);
		cn = match_actor_with_agent(c, n, la);
		if (!cm || !cn) {
			s->ments[o++] = *m;
			continue;
		}
		m->code = cm;
		m->country = 0;
		m->how = "hyphenated pair and agent";
		n->code = cn;
		n->country = 0;
		n->how = "hyphenated pair and agent";
		/* (the second part's mention runs to the agent's end, as
		 * "Cambodian troops" does in "Thai and Cambodian troops") */
		n->n_tok = ag->tok + ag->n_tok - n->tok;
		n->end = ag->end;
		s->ments[o++] = *m;
		s->ments[o++] = *n;
		i += 2;
	}
	s->n_ments = o;
}

/* The actor the one word text[0, len) names on its own ("Hamas" in
 * "Hamas-run", "French" in "anti-French"; OUT *actor) and its code on
 * ymd; NULL when the word names none. */
const char *match_one_word_actor(struct dyad_coder *c, const char *text, size_t len,
				  int32_t ymd, uint32_t *actor)
{
	char f[256];
	size_t k = lex_fold(text, len, f, sizeof(f));
	uint32_t w = k ? lex_lookup(c->lex, f, k) : LEX_NONE;
	uint32_t node = w != LEX_NONE && c->lex->actor_trie.n_nodes ?
				lex_trie_step(&c->lex->actor_trie, 0, w, 1) : LEX_NONE;

	*actor = node != LEX_NONE ? c->lex->actor_trie.values[node] : LEX_NONE;
	return *actor != LEX_NONE ? match_actor_code(c->lex, *actor, ymd) : NULL;
}

/* "anti-French protests", "anti-American rallies", "Anti-Japan
 * demonstrations": the state an anti- word names is the one the protest
 * is against; the word becomes a mention of it (the protest nouns'
 * "+ ~ *" pattern takes it as their target). */
int match_anti_states(struct dyad_coder *c, struct sent *s, int32_t ymd)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		size_t len, q;
		const char *t, *code;
		uint32_t actor;
		struct mention *m;

		if (!(s->toks[i].flags & TOK_HYPHEN) || s->info[i].mention >= 0)
			continue;
		t = tok_text(s, i, &len);
		if (len < 7 || strncasecmp(t, "anti-", 5))
			continue;
		for (q = 5; q < len && t[q] != '-'; q++)
			;
		if (q < len)
			continue;
		code = match_one_word_actor(c, t + 5, len - 5, ymd, &actor);
		if (!code || !match_is_country_code(code) || match_actor_is_person(c->lex, actor))
			continue;
		if (!(m = match_push_mention(c, s)))
			return DYAD_ENOMEM;
		m->kind = M_NAME;
		m->actor = actor;
		m->code = code;
		m->country = 1;
		m->how = "the state an anti- word names";
		m->tok = (uint32_t)i;
		m->n_tok = 1;
		m->start = s->toks[i].start - s->base + 5;
		m->end = s->toks[i].end - s->base;
	}
	return DYAD_OK;
}

static int mention_cmp(const void *a, const void *b)
{
	const struct mention *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return 0;
}

/* Mentions in text order, as the stages after one that pushed new ones
 * expect. */
void match_sort_mentions(struct sent *s)
{
	if (s->n_ments > 1)
		qsort(s->ments, s->n_ments, sizeof(*s->ments), mention_cmp);
}

void match_mark_tokens(struct sent *s)
{
	size_t i, j;

	for (i = 0; i < s->n; i++)
		s->info[i].mention = -1;
	for (i = 0; i < s->n_ments; i++)
		for (j = s->ments[i].tok; j < s->ments[i].tok + s->ments[i].n_tok && j < s->n; j++)
			if (s->info[j].mention < 0)
				s->info[j].mention = (int32_t)i;
}
