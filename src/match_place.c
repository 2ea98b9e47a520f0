/*
 * match_place.c - places told from actors: a place named after "in" or
 * "at" is where, not who; the state of a place, of a dateline, of a role
 * whose state the sentence names elsewhere; and the roles and pairs an
 * article's story remembers from one sentence to the next.
 */
#include <ctype.h>
#include <string.h>

#include "cameo.h"
#include "coder_int.h"
#include "match_int.h"

static const char *dateline_abroad(struct dyad_coder *c, const struct sent *s, uint32_t tok);

/* Adjectives of a region or a group of states, whose roles are no one
 * state's ("European leaders", "Arab foreign ministers"). */
static const char *const regional_adjectives[] = {
	"European", "Western", "Arab", "African", "Asian", "Gulf", "Nordic", "Baltic", "Balkan",
	"Scandinavian", "Caribbean", "Latin", "Muslim", "Eastern", NULL };

/* A code that starts with a state: not an organisation, and not a bare
 * role ("MIL" for "Army officers" in a sentence that names no state). */
int match_is_state_code(const char *code)
{
	return code && strlen(code) >= 3 && code[0] >= 'A' && code[0] <= 'Z' &&
	       strncmp(code, "IGO", 3) && strncmp(code, "NGO", 3) && strncmp(code, "IMG", 3) &&
	       !cameo_role_name(code);
}

/* A name after "in", "at", "near" ... is where things happen. */
const char *const match_place_nouns[] = { "city", "town", "village", "region", "province",
					   "district", "port", "capital", "island", "enclave",
					   "oblast", "suburb", "camp", "quarter", "outskirts",
					   "centre", "center", "streets", "governorate", "county",
					   "neighbourhood", "neighborhood", "suburbs", NULL };
static const char *const attack_nouns[] = { "strike", "strikes", "attack", "attacks",
					    "airstrike", "airstrikes", "raid", "raids", "assault",
					    "bombing", "bombings", "shelling", "bombardment",
					    "offensive", NULL };

/* Whether token `i` is an acronym no dictionary knows ("FSB", "SBU"). */
int match_acronym_at(const struct sent *s, size_t i)
{
	size_t len, k;
	const char *t = tok_text(s, i, &len);

	if (len < 2 || len > 6)
		return 0;
	for (k = 0; k < len; k++)
		if (t[k] < 'A' || t[k] > 'Z')
			return 0;
	return 1;
}

/* Prepositions that place the mention after them (is_place()). */
static const char *const placing_preps[] = { "in", "at", "near", "outside", "inside", "across",
					     "around", "throughout", "within", "through", "into",
					     NULL };

/* "attacks on military posts in Myanmar's Shan state": a state's role
 * placed "in" a place of it (not refugees: "refugees in Poland"; CIVIL:
 * civilians too, as is_place() says).  The token of its last placing
 * preposition, or 0. */
static size_t role_place_prep(const struct sent *s, const struct mention *m, int civil)
{
	static const char *const posted[] = { "MIL", "COP", "GOV", "JUD", "LEG", "SPY", NULL };
	static const char *const civilians[] = { "CVL", "LAB", "EDU", "HLH", "REL", "MED", "OPP",
						 NULL };
	size_t k;

	if (m->kind != M_NAME || m->person || !m->how || strcmp(m->how, "agent of state") ||
	    !match_is_state_code(m->code) || !strncmp(m->code, "---", 3) ||
	    !(role_in(m->code, posted) || (civil && role_in(m->code, civilians))) || m->n_tok < 3)
		return 0;
	for (k = m->tok + m->n_tok - 2; k > m->tok; k--)
		if (word_is_any(s, k, placing_preps))
			return k;
	return 0;
}

/* What a state keeps abroad: a state's name before these owns them. */
static const char *const owned_abroad[] = { "base", "bases", "embassy", "consulate", "outpost",
					    "outposts", "warship", "warships", "destroyer",
					    "destroyers", "convoy", "convoys", NULL };

/* Whether mention M is a place.  CIVIL: roles of civilians placed "in"
 * a city are too ("protesters in Tbilisi clashed with police"), for the
 * roles of the state around them; not for armed groups, who need a
 * place named as such ("blamed rebels for a bombing that killed
 * civilians in Kyiv": whose rebels is not told). */
static int is_place(const struct sent *s, const struct mention *m, int civil)
{
	const char *const *at = placing_preps;
	long j = (long)m->tok - 1;
	size_t len;
	const char *t;

	if (role_place_prep(s, m, civil))
		return 1;
	if (m->kind != M_NAME || !m->country)
		return 0;
	/* "fired rockets at a U.S. base in eastern Syria", "outside the
	 * Russian embassy in London": a state naming what it owns abroad
	 * is no place; the place comes after */
	if (m->tok + m->n_tok < s->n && word_is_any(s, m->tok + m->n_tok, owned_abroad))
		return 0;
	while (j >= 0 && (((s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS)) ||
			  word_is_any(s, (size_t)j, match_state_parts)))
		j--;
	if (j < 0)
		return 0;
	if (word_is_any(s, (size_t)j, at))
		return 1;
	if (j == 0)
		return 0;
	t = tok_text(s, (size_t)j, &len);
	/* "the city of Dnipro", "the Iranian town of Isfahan": a name a
	 * place noun introduces is a place; so is the "on X" of an attack
	 * ("a strike on Kharkiv"). */
	if (len == 2 && !strncasecmp(t, "of", 2))
		return word_is_any(s, (size_t)j - 1, match_place_nouns);
	if ((len == 2 && !strncasecmp(t, "on", 2)) || (len == 7 && !strncasecmp(t, "against", 7)))
		return word_is_any(s, (size_t)j - 1, attack_nouns);
	return 0;
}

/* The state the article has named most often so far (one that leads
 * alone), or NULL. */
const char *match_home_state(const struct memo *mo)
{
	size_t i, best = SIZE_MAX;
	int tie = 0;

	for (i = 0; i < mo->n_states; i++) {
		if (best == SIZE_MAX || mo->states[i].n > mo->states[best].n) {
			best = i;
			tie = 0;
		} else if (mo->states[i].n == mo->states[best].n) {
			tie = 1;
		}
	}
	return best == SIZE_MAX || tie ? NULL : mo->states[best].code;
}

/* Words of going somewhere, and the prepositions of where one goes. */
static const char *const travel_forms[] = { "arrived", "arrives", "arriving", "arrive", "travelled",
					    "traveled", "travelling", "traveling", "travels", "flew",
					    "flies", "flying", "headed", "heading", "heads", "went",
					    "landed", "lands", "returned", "returns", NULL };
static const char *const into_words[] = { "in", "to", "into", NULL };

/* The state of the place named nearest token `tok` ("in Bucha"), not
 * counting mention `self` (CIVIL as for is_place); NULL when the
 * sentence names no place. */
static const char *nearest_place(const struct sent *s, uint32_t tok, int32_t self, int civil)
{
	const char *state = NULL;
	uint32_t best = UINT32_MAX;
	size_t k;

	for (k = 0; k < s->n_ments; k++) {
		const struct mention *p = &s->ments[k];
		uint32_t d = p->tok > tok ? p->tok - tok : tok - p->tok, j;
		/* "Jubeir announced in Riyadh, after protesters stormed the
		 * Saudi embassy in Tehran": a place in the role's own clause
		 * before one past a comma that opens another ("rampaged
		 * through Israeli towns, killing hundreds of people" is one) */
		for (j = p->tok > tok ? tok : p->tok + p->n_tok; j < (p->tok > tok ? p->tok : tok); j++)
			if (match_is_punct_tok(s, j, ',') && j + 1 < s->n &&
			    (s->info[j + 1].roles & (R_SUB | R_CONJ | R_BUT))) {
				d += 1000;
				break;
			}
		/* ("The president's special envoy arrived in Israel": where
		 * the role goes is not where it is from) */
		if (self >= 0 && p->tok > tok && p->tok >= 2 && word_is_any(s, p->tok - 1, into_words) &&
		    word_is_any(s, p->tok - 2, travel_forms))
			continue;
		if ((int32_t)k != self && d < best && is_place(s, p, civil)) {
			best = d;
			state = p->code;
		}
	}
	return state;
}

/* The sentence's one state, ignoring roles; NULL when it names none or
 * several. */
static const char *lone_state_code(const struct sent *s)
{
	const char *lone = NULL;
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		const struct mention *m = &s->ments[i];
		if (m->kind == M_AGENT || !match_is_state_code(m->code) || !strncmp(m->code, "---", 3))
			continue;
		if (lone && strncmp(lone, m->code, 3))
			return NULL;
		lone = m->code;
	}
	return lone;
}

int match_place_words(const struct sent *s, const struct mention *m, uint32_t *start,
		      uint32_t *end)
{
	size_t k, last = m->tok + m->n_tok;

	if (m->country) {
		if (!is_place(s, m, 0))
			return 0;
		*start = m->start;
		*end = m->end;
		return 1;
	}
	/* the words after the role's last "in", "at" ...: "police in
	 * eastern Kabul" is placed in Kabul */
	if (!(k = role_place_prep(s, m, 1)))
		return 0;
	/* (past "the" and "northern", not the "South" of "South Korea") */
	for (k++; k < last && (((s->info[k].roles & R_DET) && !(s->info[k].roles & R_POSS)) ||
			       (word_is_any(s, k, match_state_parts) && !(s->toks[k].flags & TOK_CAP)));
	     k++)
		;
	if (k >= last || !(s->toks[k].flags & TOK_CAP))
		return 0;
	*start = s->toks[k].start - s->base;
	*end = m->end;
	return 1;
}

const char *match_place_state(struct dyad_coder *c, const struct sent *s, uint32_t tok)
{
	const char *state = nearest_place(s, tok, -1, 1), *lone = lone_state_code(s);

	/* as for roles: a dateline abroad yields to the one state named */
	if (!state)
		state = dateline_abroad(c, s, tok);
	if (!state && c->memo.dateline[0])
		state = c->memo.dateline;
	if (!state && lone)
		state = lone;
	if (!state)
		state = match_home_state(&c->memo);
	return state;
}

/* "BAMAKO -- Mali's transitional government ordered the French ambassador
 * to leave ..., after Paris criticised the junta": a junta that names no
 * state of its own is the one state under military rule on the day among
 * those the sentence names and its dateline's; that state's three
 * letters, or NULL when there is none or more than one. */
static const char *junta_state(struct dyad_coder *c, const struct sent *s, size_t i)
{
	static const char *const juntas[] = { "junta", "juntas", NULL };
	static const char *const military[] = { "military", NULL };
	static const char *const rule[] = { "government", "rulers", "ruler", "regime", NULL };
	const struct mention *m = &s->ments[i];
	const char *found = NULL;
	uint32_t t;
	size_t k;
	int is_junta = 0;

	for (t = m->tok; t < m->tok + m->n_tok; t++)
		if (word_is_any(s, t, juntas) ||
		    (t + 1 < m->tok + m->n_tok && word_is_any(s, t, military) &&
		     word_is_any(s, t + 1, rule)))
			is_junta = 1;
	if (!is_junta || !c->ymd)
		return NULL;
	if (c->memo.dateline[0] && lex_junta_on(c->lex, c->memo.dateline, c->ymd))
		found = c->memo.dateline;
	for (k = 0; k < s->n_ments; k++) {
		const char *code = s->ments[k].code;
		if (k == i || !code || !match_is_state_code(code) || !strncmp(code, "---", 3) ||
		    !lex_junta_on(c->lex, code, c->ymd))
			continue;
		if (found && strncmp(found, code, 3))
			return NULL;
		found = code;
	}
	return found;
}

/* "Mali's military government ordered ..., after French ministers
 * called the junta illegitimate": a role after "the" that an earlier
 * mention of the sentence holds in some state is that one; its code, or
 * NULL. */
static const char *role_named_before(const struct sent *s, size_t i)
{
	static const char *const the[] = { "the", NULL };
	const struct mention *m = &s->ments[i];
	size_t k;

	if (m->tok == 0 || !word_is_any(s, m->tok - 1, the))
		return NULL;
	/* ("Blinken met Philippine President Marcos ..., and the Secretary
	 * reaffirmed", "Biden hosted Ukrainian President Zelenskiy ..., and
	 * the President pledged": a readout's bare title, capitalised, names
	 * the first one whose title it is, the readout's own principal, not
	 * the last office holder before it) */
	if (m->n_tok == 1 && match_is_cap(s, m->tok)) {
		size_t tl, al;
		const char *tw = tok_text(s, m->tok, &tl);
		for (k = 0; k < i; k++) {
			const struct mention *a = &s->ments[k];
			uint32_t j;
			if (!a->code || strlen(a->code) != 6 || !match_is_state_code(a->code) ||
			    !strncmp(a->code, "---", 3) || strcmp(a->code + 3, m->code))
				continue;
			for (j = a->tok; j < a->tok + a->n_tok; j++) {
				const char *aw = tok_text(s, j, &al);
				if (al == tl && !strncasecmp(aw, tw, tl))
					return a->code;
			}
		}
	}
	for (k = i; k-- > 0;) {
		const struct mention *a = &s->ments[k];
		if (a->code && strlen(a->code) == 6 && match_is_state_code(a->code) &&
		    strncmp(a->code, "---", 3) && !strcmp(a->code + 3, m->code))
			return a->code;
	}
	return NULL;
}

/* "BEIJING -- China firmly opposes the deployment of a U.S. missile
 * system in the Philippines, the defence ministry said": a ministry or
 * spokesman of no named state closing the sentence as its sayer is the
 * dateline's, not the place the reported clause names last; a governor
 * or mayor there keeps that place ("..., the regional governor said").
 * The dateline's code, or NULL. */
static const char *closing_ministry(struct dyad_coder *c, const struct sent *s,
				    const struct mention *m)
{
	static const char *const national[] = { "ministry", "spokesman", "spokeswoman",
						"spokesperson", "government", NULL };
	static const char *const said[] = { "said", "says", NULL };
	static const char *const the[] = { "the", NULL };
	uint32_t after = m->tok + m->n_tok;

	if (!c->memo.dateline[0] || m->tok < 2 || after >= s->n ||
	    !match_is_punct_tok(s, m->tok - 2, ',') || !word_is_any(s, m->tok - 1, the) ||
	    !word_is_any(s, after - 1, national) || !word_is_any(s, after, said))
		return NULL;
	return c->memo.dateline;
}

/* "The Senate's top Democrat, Chuck Schumer, called for", "the
 * ministry's spokesman, Lin Jian, said": a role that owns the title of a
 * person named in apposition right after it is of that person's state.
 * Up to three title words between the possessive and the comma, none a
 * mention, preposition or conjunction; the person's code, or NULL. */
static const char *owned_title_person(const struct sent *s, size_t i)
{
	const struct mention *m = &s->ments[i], *p;
	uint32_t t = m->tok + m->n_tok, k;
	int32_t pi;

	if (t + 2 >= s->n || !(s->info[t].roles & R_POSS) || (s->info[t].roles & R_PRON))
		return NULL;
	for (k = t + 1; k < s->n && k <= t + 4 && !match_is_punct_tok(s, k, ','); k++)
		if (!(s->toks[k].flags & TOK_WORD) || s->info[k].mention >= 0 ||
		    (s->info[k].roles & (R_PREP | R_CONJ | R_SUB | R_BUT | R_IF | R_DET | R_BE)))
			return NULL;
	if (k == t + 1 || k + 1 >= s->n || !match_is_punct_tok(s, k, ',') ||
	    (pi = s->info[k + 1].mention) < 0)
		return NULL;
	p = &s->ments[pi];
	if (!p->person || p->tok != k + 1 || !p->code || strlen(p->code) != 6 ||
	    !match_is_state_code(p->code) || !strncmp(p->code, "---", 3))
		return NULL;
	return p->code;
}

/* Whether a mention of sentence S is of STATE (its first three letters). */
static int names_state(const struct sent *s, const char *state)
{
	size_t i;

	for (i = 0; i < s->n_ments; i++)
		if (s->ments[i].code && !strncmp(s->ments[i].code, state, 3))
			return 1;
	return 0;
}

/* "DUBAI -- Iranian security forces fired on protesters", "BEIRUT --
 * Syrian warplanes ... killing dozens of people": a dateline abroad whose
 * state the sentence does not name yields to the one state it does name,
 * for what comes after that state's mention at token TOK.  That state's
 * code, or NULL. */
static const char *dateline_abroad(struct dyad_coder *c, const struct sent *s, uint32_t tok)
{
	const char *lone = lone_state_code(s);
	size_t i;

	if (!c->memo.dateline[0] || !lone || armed_group(lone) || names_state(s, c->memo.dateline))
		return NULL;
	for (i = 0; i < s->n_ments; i++)
		if (s->ments[i].tok < tok && s->ments[i].kind != M_AGENT && s->ments[i].code &&
		    !strncmp(s->ments[i].code, lone, 3))
			return lone;
	return NULL;
}

/* A lower-case word with no closed-class role and no verb reading: an
 * adjective or a noun modifier ("new", "senior", "border"). */
int match_plain_modifier(const struct sent *s, size_t j)
{
	return (s->toks[j].flags & TOK_WORD) && !match_is_cap(s, j) && !s->info[j].roles &&
	       s->info[j].mention < 0 && s->info[j].vlemma == LEX_NONE && !s->info[j].verb;
}

/* Whether the role at token TOK is an object, of a preposition or a verb
 * ("fired on protesters", "killing dozens of people"), not a clause's
 * subject ("SEOUL -- North Korea fired ..., and lawmakers condemned"). */
int match_object_role(const struct sent *s, uint32_t tok)
{
	/* "killed at least 500 people", "detained more than 400
	 * protesters": a count between the verb and its object */
	static const char *const counting[] = { "least", "more", "than", "about", "nearly",
						"almost", "some", "over", "up", "around", "many",
						"hundreds", "thousands", "scores", NULL };
	long j = (long)tok - 1;
	int words = 0;

	/* ("visited a new destroyer", "detained senior officials": up to
	 * two plain modifiers before the role) */
	while (j >= 0 && (((s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS)) ||
			  match_count_word(s, (size_t)j) || word_is_any(s, (size_t)j, counting) ||
			  (words < 2 && match_plain_modifier(s, (size_t)j) && ++words)))
		j--;
	/* ("paid tribute to soldiers": "to" before a noun is a preposition) */
	return j >= 0 && (((s->info[j].roles & (R_PREP | R_TO)) && !(s->info[j].roles & R_SUB)) ||
			  (s->info[j].vlemma != LEX_NONE && !(s->info[j].roles & (R_CONJ | R_SUB))));
}

/* Whether the state CODE can be what the word at token W calls it:
 * "the kingdom" a monarchy, "the emirate" one of the Gulf's emirates,
 * "the island" a state on an island ("Saudi Arabia restored ties with
 * Iran, and the kingdom's adviser" is Saudi).  Other words fit any
 * state. */
int match_state_kind_fits(const struct sent *s, size_t w, const char *code)
{
	static const char *const kingdom[] = { "kingdom", NULL };
	static const char *const emirate[] = { "emirate", NULL };
	static const char *const island[] = { "island", NULL };
	static const char *const sultanate[] = { "sultanate", NULL };
	static const char *const enclave[] = { "enclave", NULL };
	static const char *const city_state[] = { "city-state", NULL };
	static const char *const city_states[] = { "SGP", "VAT", "MCO", NULL };
	static const char *const sultanates[] = { "OMN", "BRN", NULL };
	/* Gaza; Nagorno-Karabakh in Azerbaijan; Kaliningrad */
	static const char *const enclaves[] = { "PSE", "AZE", "RUS", NULL };
	static const char *const kingdoms[] = { "SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "THA",
						"NLD", "BEL", "NOR", "SWE", "DNK", "KHM", "BTN",
						"LSO", "SWZ", "OMN", "KWT", "QAT", "ARE", "BRN",
						"MYS", "JPN", "TON", NULL };
	static const char *const emirates[] = { "ARE", "QAT", "KWT", NULL };
	static const char *const islands[] = { "TWN", "CUB", "CYP", "LKA", "GRL", "ISL", "MLT",
					       "JAM", "SGP", "HTI", "MDG", "TLS", "BHR", "IRL",
					       "NZL", "JPN", "PHL", "IDN", "HKG", "MUS", "MDV",
					       NULL };
	const char *const *list = word_is_any(s, w, kingdom) ? kingdoms :
				  word_is_any(s, w, emirate) ? emirates :
				  word_is_any(s, w, island) ? islands :
				  word_is_any(s, w, sultanate) ? sultanates :
				  word_is_any(s, w, enclave) ? enclaves :
				  word_is_any(s, w, city_state) ? city_states : NULL;
	size_t k;

	if (!list)
		return 1;
	for (k = 0; list[k]; k++)
		if (!strncmp(code, list[k], 3))
			return 1;
	return 0;
}

/* "the kingdom's foreign minister", "the Central Asian country's
 * president": the possessive of a word for a state before mention I's
 * role.  The token of "'s", or -1; *THE_TOK gets the article's, *REGION
 * a region word's between them (-1 for none). */
static long country_possessive(const struct sent *s, size_t i, long *the_tok, long *region)
{
	static const char *const country[] = { "country", "nation", "island", "enclave",
					       "kingdom", "emirate", "territory", NULL };
	static const char *const the[] = { "the", NULL };
	const struct mention *m = &s->ments[i];
	long p = (long)m->tok - 1;

	while (p >= 0 && p + 2 >= (long)m->tok && !(s->info[p].roles & R_POSS))
		p--;
	if (p < 2 || !(s->info[p].roles & R_POSS) || (s->info[p].roles & R_PRON) ||
	    !match_modifiers_only(s, (uint32_t)p + 1, m->tok, 0) || !word_is_any(s, (size_t)p - 1, country))
		return -1;
	/* ("the Central Asian country's president": a region between,
	 * which the state must be of) */
	*the_tok = p - 2;
	*region = -1;
	if (*the_tok >= 1 && match_region_word(s, (size_t)*the_tok)) {
		*region = *the_tok;
		*the_tok -= match_desc_words(s, (size_t)*the_tok);
	}
	if (*the_tok < 0 || !word_is_any(s, (size_t)*the_tok, the))
		return -1;
	return p;
}

/* "China began drills around Taiwan ... The island's defence ministry
 * condemned the drills": the possessive of a word for a state the
 * sentence names none of is of the state of that kind the last sentences
 * named (match_story_kind_state(); "the country's" only when they leave
 * one).  Its code, or NULL. */
static const char *story_country_owner(struct dyad_coder *c, const struct sent *s, size_t i)
{
	static const char *const plain[] = { "country", "nation", "territory", NULL };
	long the_tok, region, p = country_possessive(s, i, &the_tok, &region);

	if (p < 0 || region >= 0 || the_tok + 2 != p)
		return NULL;
	return match_story_kind_state(c, s, (size_t)p - 1, word_is_any(s, (size_t)p - 1, plain));
}

const char *match_country_anaphor(const struct sent *s, size_t i)
{
	const char *subject = NULL;
	long p, the_tok, region;
	size_t k;

	if ((p = country_possessive(s, i, &the_tok, &region)) < 0)
		return NULL;

	for (k = i; k-- > 0;) {
		const struct mention *a = &s->ments[k];
		uint32_t after = a->tok + a->n_tok;
		if (region >= 0 && a->code && !match_region_state(s, (size_t)region, a->code))
			continue;
		if (after > (uint32_t)the_tok || !a->code || !match_is_state_code(a->code) ||
		    !strncmp(a->code, "---", 3) || armed_group(a->code) ||
		    (a->kind == M_AGENT && strlen(a->code) == 3))
			continue;
		if (!match_state_kind_fits(s, (size_t)p - 1, a->code))
			continue;       /* "the kingdom" is no republic */
		if (after < s->n && ((s->info[after].roles & (R_BE | R_HAVE | R_WILL | R_WOULD |
							      R_MAY | R_DO | R_CAN)) ||
				     (s->info[after].vlemma != LEX_NONE &&
				      !(s->info[after].roles & R_POSS)))) {
			if (!subject)
				subject = a->code;
			continue;       /* a clause's subject */
		}
		return a->code;
	}
	/* "Saudi Arabia restored ties with Iran, and the kingdom's
	 * ambassador": a word for one kind of state ("---" fits none)
	 * may name the subject of an earlier clause when no other state
	 * of its kind is named; "the country's" may not */
	return subject && !match_state_kind_fits(s, (size_t)p - 1, "---") ? subject : NULL;
}

/* A role with no state of its own ("civilians", "protesters", "police",
 * "hundreds of people") takes one from its sentence: the nearest place
 * named ("killed civilians in Bucha"), else the dateline's state ("SEOUL
 * (Yonhap) -- Lawmakers"), else the one state the sentence names
 * ("Iranian security forces fired at protesters"), else the state the
 * article has named most.
 * Armed groups and insurgents take only a place: they oppose the state
 * the sentence names.  Analysts stay stateless: they are not actors.
 * A role after a possessive pronoun ("its troops") waits for the
 * pronoun's owner unless OWNED: the second pass places what is left. */
/* Whether mention M names a state's own institutions ("the Syrian
 * army", "government forces", "Turkey's interior minister"), not
 * troops that may serve abroad ("Russian troops"). */
static int home_institution(const struct sent *s, const struct mention *m)
{
	static const char *const home[] = { "army", "military", "armed", "government", "regime",
					    "junta", "ministry", "minister", "president", "police",
					    NULL };
	uint32_t t;

	for (t = m->tok; t < m->tok + m->n_tok && t < s->n; t++)
		if (word_is_any(s, t, home))
			return 1;
	return 0;
}

/* The state whose government, police or own army the sentence names
 * when it names no other state ("the Syrian army regained control of
 * Aleppo after the last rebel fighters", "Turkey's interior minister
 * blamed Kurdish militants"): rebels of no other place fight it.  NULL
 * when there is none, or another state is named ("Russian soldiers
 * backing Ukraine's government attacked rebels": whose rebels?). */
static const char *ruling_state(const struct sent *s)
{
	static const char *const rulers[] = { "GOV", "MIL", "COP", NULL };
	const char *state = NULL;
	int home = 0;
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		const char *code = s->ments[i].code;
		if (!code || strlen(code) < 3 || !match_is_state_code(code) || !strncmp(code, "---", 3))
			continue;
		if (state && strncmp(state, code, 3))
			return NULL;
		state = code;
		home |= strlen(code) == 6 && role_in(code, rulers) &&
			home_institution(s, &s->ments[i]);
	}
	return home ? state : NULL;
}

/* "Zelensky, whose forces are retreating in Russia's Kursk region":
 * a role after "whose" (past up to two modifiers) is of the state of
 * the actor the relative clause hangs on, the mention ending right
 * before "whose" or its comma, not of a place named nearby; its code,
 * or NULL. */
static const char *whose_owner(const struct sent *s, size_t i)
{
	static const char *const whose[] = { "whose", NULL };
	const struct mention *m = &s->ments[i];
	long w = (long)m->tok - 1;
	size_t k, end;

	while (w >= 0 && (long)m->tok - w <= 3 && !word_is_any(s, (size_t)w, whose))
		w--;
	if (w < 1 || !word_is_any(s, (size_t)w, whose) ||
	    !match_modifiers_only(s, (uint32_t)w + 1, m->tok, 0))
		return NULL;
	end = match_is_punct_tok(s, (size_t)w - 1, ',') ? (size_t)w - 1 : (size_t)w;
	for (k = 0; k < i; k++) {
		const struct mention *a = &s->ments[k];
		if (a->tok + a->n_tok == end && a->code && match_is_state_code(a->code) &&
		    strncmp(a->code, "---", 3) && !armed_group(a->code))
			return a->code;
	}
	return NULL;
}

/* The state of a state's police (COP) named as the subject of the clause
 * whose object is mention I (protesters and the like, protest_people), the nearest mention before it with no
 * clause's end between ("Hong Kong police fired tear gas at tens of
 * thousands of protesters"); NULL otherwise.  Police act at home; an
 * army does not always, so soldiers are left to the place. */
static const char *const protest_people[] = { "protesters", "protester", "protestors",
					      "demonstrators", "demonstrator", "crowd", "crowds",
					      "rioters", "marchers", "mourners", "worshippers",
					      "students", "activists", "supporters", NULL };

static const char *police_state(const struct sent *s, size_t i)
{
	const struct mention *m = &s->ments[i];
	size_t k, j;

	for (k = i; k-- > 0;) {
		const struct mention *p = &s->ments[k];
		if (p->kind == M_PRONOUN)
			continue;
		for (j = p->tok + p->n_tok; j < m->tok; j++)
			if (s->info[j].brk || (s->info[j].roles & R_SUB))
				return NULL;
		if (!p->code || strlen(p->code) != 6 || strcmp(p->code + 3, "COP") ||
		    !match_is_state_code(p->code) || !strncmp(p->code, "---", 3))
			return NULL;
		return p->code;
	}
	return NULL;
}

/* "MANAGUA -- Nicaragua freed 135 political prisoners" filed from
 * Guatemala City, "Belarus has jailed hundreds of dissidents": the
 * people a state holds, frees or punishes for their politics, named as
 * the object of the clause whose subject is that state (or one of its
 * organs) and placed nowhere else, are that state's, not the
 * dateline's.  The state of that subject, the nearest mention before
 * mention I with no clause's end between; NULL otherwise. */
static const char *const held_people[] = { "detainees", "dissidents", "critics", "opponents",
					   "inmates", NULL };
static const char *const political_w[] = { "political", NULL };
static const char *const prisoners_w[] = { "prisoners", NULL };

static const char *captor_state(const struct sent *s, size_t i)
{
	const struct mention *m = &s->ments[i];
	uint32_t last = m->tok + m->n_tok - 1;
	size_t k, j;

	if (!word_is_any(s, last, held_people) &&
	    !(m->n_tok >= 2 && word_is_any(s, last, prisoners_w) &&
	      word_is_any(s, last - 1, political_w)))
		return NULL;
	for (k = i; k-- > 0;) {
		const struct mention *p = &s->ments[k];
		if (p->kind == M_PRONOUN)
			continue;
		for (j = p->tok + p->n_tok; j < m->tok; j++)
			if (s->info[j].brk || (s->info[j].roles & (R_SUB | R_CONJ)))
				return NULL;
		if (!p->code || strlen(p->code) < 3 || !match_is_state_code(p->code) ||
		    !strncmp(p->code, "---", 3) || p->tok + p->n_tok >= m->tok)
			return NULL;
		return p->code;
	}
	return NULL;
}

/* Whether the role at token TOK is a verb's direct object ("striking
 * militant targets"), not a preposition's ("by masked men", "members of
 * an armed gang"). */
static int verb_object(const struct sent *s, uint32_t tok)
{
	long j = (long)tok - 1;

	while (j >= 0 && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS))
		j--;
	return j >= 0 && s->info[j].vlemma != LEX_NONE &&
	       !(s->info[j].roles & (R_PREP | R_CONJ | R_SUB | R_BE | R_HAVE));
}

/* The state that musters the forces of mention I, when they are the
 * object of a verb that calls up, deploys or masses forces ("Russia ...,
 * calling up 300,000 reservists to shore up its war in Ukraine", "Russia
 * has deployed two armies to its borders near Ukraine", "Putin ordered the
 * army to deploy"): the nearest state
 * named before the verb, with no subordinate clause between; NULL
 * otherwise.  Forces are the mustering state's own, never those of the
 * place they are sent to or fight in. */
static const char *mustering_state(const struct sent *s, size_t i)
{
	static const char *const muster[] = {
		"mobilise", "mobilised", "mobilises", "mobilising", "mobilize", "mobilized",
		"mobilizes", "mobilizing", "deploy", "deployed", "deploys", "deploying",
		"mass", "massed", "massing", "amass", "amassed", "amassing", "station",
		"stationed", "stationing", "dispatch", "dispatched", "dispatching",
		"redeploy", "redeployed", "redeploying", "rush", "rushed", "rushing",
		/* "ordered the army to deploy": a leader's own army */
		"order", "ordered", "orders", "ordering", NULL
	};
	static const char *const call[] = { "call", "calls", "called", "calling", NULL };
	static const char *const up[] = { "up", NULL };
	static const char *const unit_of[] = { "of", NULL };
	static const char *const units[] = {
		"brigade", "brigades", "battalion", "battalions", "contingent", "contingents",
		"division", "divisions", "regiment", "regiments", "force", "unit", "units", NULL
	};
	static const char *const approx[] = { "about", "around", "some", "nearly", "roughly",
					      "almost", NULL };
	const struct mention *m = &s->ments[i];
	long j = (long)m->tok - 1, verb = -1;
	size_t k, t;

	if (strcmp(m->code, "MIL"))
		return NULL;
	/* back over counts and modifiers: "two armies and three airborne
	 * units", "300,000 reservists", "additional troops" */
	while (j >= 0 && (long)m->tok - j <= 6) {
		if (word_is_any(s, (size_t)j, muster)) {
			verb = j;
			break;
		}
		if (j > 0 && word_is_any(s, (size_t)j, up) && word_is_any(s, (size_t)j - 1, call)) {
			verb = j - 1;
			break;
		}
		/* "a brigade of about 5,000 troops", "a battalion of some
		 * 1,000 soldiers": the troops a unit is made of */
		if (j > 0 && word_is_any(s, (size_t)j, unit_of) && word_is_any(s, (size_t)j - 1, units)) {
			j -= 2;
			continue;
		}
		if (word_is_any(s, (size_t)j, approx))
			goto next;
		if (s->info[j].brk || (s->info[j].roles & (R_PREP | R_SUB | R_POSS | R_PRON)) ||
		    s->info[j].mention >= 0 || match_is_cap(s, (size_t)j))
			return NULL;
next:
		j--;
	}
	if (verb < 0)
		return NULL;
	for (k = i; k-- > 0;) {
		const struct mention *p = &s->ments[k];
		if (p->tok >= (uint32_t)verb || p->kind == M_PRONOUN)
			continue;
		for (t = p->tok + p->n_tok; t < (size_t)verb; t++)
			if (s->info[t].roles & R_SUB)
				return NULL;
		if (p->kind == M_AGENT || !p->code || !match_is_state_code(p->code) ||
		    !strncmp(p->code, "---", 3) || armed_group(p->code))
			return NULL;
		return p->code;
	}
	return NULL;
}

/* The token of a possessive pronoun right before token TOK, past up to
 * two lower-case modifiers ("its troops", "its top military
 * commanders"); -1 if none.  "Its own officials" are left to the
 * coder's rules for a state's measures at home. */
long match_owner_pronoun_before(const struct sent *s, uint32_t tok)
{
	static const char *const own[] = { "own", NULL };
	long p = (long)tok - 1;

	while (p >= 0 && (long)tok - p <= 2 && !(s->info[p].roles & R_POSS) &&
	       !word_is_any(s, (size_t)p, own) &&
	       (s->toks[p].flags & TOK_WORD) && !match_is_cap(s, (size_t)p) &&
	       !(s->info[p].roles & (R_PREP | R_CONJ | R_SUB | R_DET | R_BE | R_HAVE | R_PRON)) &&
	       s->info[p].mention < 0)     /* "top" may be a verb's form too */
		p--;
	if (p < 0 || (long)tok - p > 3 || !(s->info[p].roles & R_POSS) || !(s->info[p].roles & R_PRON))
		return -1;
	return p;
}

/* The word at token T, lower-cased, into buf (size n); 0 when it does not
 * fit. */
static int lower_word(const struct sent *s, size_t t, char *buf, size_t n)
{
	size_t len, k;
	const char *w = tok_text(s, t, &len);

	if (len >= n)
		return 0;
	for (k = 0; k < len; k++)
		buf[k] = (char)tolower((unsigned char)w[k]);
	buf[len] = '\0';
	return 1;
}

/* The lower-cased word at token T into buf (size n); 0 when it does not
 * fit or is no lower-case word. */
static int role_word(const struct sent *s, size_t t, char *buf, size_t n)
{
	return (s->toks[t].flags & TOK_WORD) && !match_is_cap(s, t) && lower_word(s, t, buf, n);
}

/* The title word of a titled person's mention, lower-cased ("Chinese
 * Foreign Minister Wang Yi": "minister"), for "the minister" of the
 * next sentences: the office held, of the person's state, beats the
 * dateline's ("VIENTIANE -- ... Wang Yi ... The minister urged
 * Washington"). */
static int story_title_word(const struct sent *s, const struct mention *m, char *buf, size_t n)
{
	static const char *const titles[] = { "minister", "secretary", "spokesman",
					      "spokeswoman", "spokesperson", "premier",
					      "chancellor", "envoy", NULL };
	size_t k;

	for (k = m->tok; k < m->tok + m->n_tok && k < s->n; k++)
		if (word_is_any(s, k, titles))
			return lower_word(s, k, buf, n);
	return 0;
}

/* Keep the state of each role the sentence placed, by the role's last
 * word ("foreign ministry": "ministry"), the latest first, for the
 * definite roles of later sentences. */
void match_remember_roles(struct dyad_coder *c, const struct sent *s)
{
	struct memo *mo = &c->memo;
	size_t i, k;

	for (i = 0; i < s->n_ments; i++) {
		const struct mention *m = &s->ments[i];
		char word[sizeof(mo->roles[0].word)];

		if (m->person && m->code && strlen(m->code) >= 6 && match_is_state_code(m->code) &&
		    strncmp(m->code, "---", 3) && m->kind != M_PRONOUN &&
		    story_title_word(s, m, word, sizeof(word)))
			goto keep;      /* ("Chinese Foreign Minister Wang Yi ... The minister") */
		if (m->person || !m->code || strlen(m->code) < 6 || !match_is_state_code(m->code) ||
		    !strncmp(m->code, "---", 3) || m->kind == M_PRONOUN ||
		    !role_word(s, m->tok + m->n_tok - 1, word, sizeof(word)))
			continue;
	keep:
		for (k = 0; k < mo->n_roles && strcmp(mo->roles[k].word, word); k++)
			;
		if (k == mo->n_roles) {
			if (mo->n_roles < sizeof(mo->roles) / sizeof(mo->roles[0]))
				mo->n_roles++;
			k = mo->n_roles - 1;
		}
		memmove(&mo->roles[1], &mo->roles[0], k * sizeof(mo->roles[0]));
		memcpy(mo->roles[0].word, word, sizeof(word));
		memcpy(mo->roles[0].state, m->code, 3);
		mo->roles[0].state[3] = '\0';
	}
}

/* Whether codes a and b are one side of a pair: one state's, unless one
 * is an armed group or the opposition and the other the state's
 * government or forces ("Sudan's army and the RSF", "Colombia's
 * government and the ELN" are two sides; "Gaza" and Hamas one). */
int match_same_side(const char *a, const char *b)
{
	static const char *const apart[] = { "REB", "INS", "OPP", NULL };
	int ga, gb;

	if (strncmp(a, b, 3))
		return 0;
	ga = role_in(a, apart);
	gb = role_in(b, apart);
	return ga == gb || strlen(ga ? b : a) <= 3;
}

/* The place in side[] (three mentions, -1 for none yet) of mention m's
 * state: the side of that state, else the first free one; 3 when all
 * three are other states'.  With APART, a state's government or forces
 * and a group of it are two sides (match_same_side()). */
static int state_side(const struct sent *s, const int32_t *side, const struct mention *m,
		      int apart)
{
	int k;

	for (k = 0; k < 3 && side[k] >= 0 &&
		    (apart ? !match_same_side(s->ments[side[k]].code, m->code) :
			     strncmp(s->ments[side[k]].code, m->code, 3) != 0);
	     k++)
		;
	return k;
}

/* Whether mention M only gives the sentence's source, after a comma
 * and before a speech verb that ends it (", state media reported", ",
 * South Korea's military said", ", the ministry said on Tuesday"): who
 * reports an act is no side of it. */
static int closing_attribution(const struct sent *s, const struct mention *m)
{
	size_t at = m->tok, end = m->tok + m->n_tok, k;

	while (at > 0 && (s->info[at - 1].roles & (R_DET | R_POSS)))
		at--;
	if (at > 0 && s->info[at - 1].mention >= 0 &&
	    (s->info[at].roles & R_POSS))      /* ("South Korea's military") */
		at = s->ments[s->info[at - 1].mention].tok;
	if (at == 0 || !match_is_punct_tok(s, at - 1, ','))
		return 0;
	if (end >= s->n || !(s->info[end].vroles & V_SPEECH))
		return 0;
	for (k = end + 1; k < s->n; k++)
		if (s->info[k].mention >= 0 || s->info[k].verb || match_is_punct_tok(s, k, ','))
			return 0;
	return 1;
}

/* Whether token i is "men". */
int match_story_word_men(const struct sent *s, size_t i)
{
	static const char *const men[] = { "men", NULL };
	return word_is_any(s, i, men);
}

/* "He made the pledge at a summit with South Korean President Moon
 * Jae-in ... The two leaders also signed": "he" or "she" that stands
 * for a state's person is one side of the pair the sentence names. */
static int story_person_pronoun(const struct sent *s, const struct mention *m)
{
	static const char *const person[] = { "he", "she", NULL };
	return m->n_tok == 1 && m->code && strlen(m->code) == 6 && word_is_any(s, m->tok, person);
}

/* Keep the pair of states a sentence names, for "the two leaders" and
 * "both sides" of the next two: the first actor of each of exactly two
 * states, a person before others of the state, places aside ("Rubio met
 * Lavrov in the Saudi capital": USAGOV and RUSGOV); or of three, for
 * "the three ministers".  A sentence naming a fourth state forgets them;
 * one naming fewer than two keeps them. */
void match_remember_pair(struct dyad_coder *c, const struct sent *s)
{
	struct memo *mo = &c->memo;
	int32_t side[3] = { -1, -1, -1 };
	size_t i;
	int listed = 0;

	/* "It was the first meeting between the two countries since Russia
	 * invaded Ukraine": a sentence that speaks of the pair again keeps
	 * it, whatever else it names */
	for (i = 0; i < s->n_ments; i++)
		if (s->ments[i].kind == M_PRONOUN && s->ments[i].how &&
		    !strcmp(s->ments[i].how, "the pair of a sentence before")) {
			mo->pair_sent = s->index;
			return;
		}
	/* "Rubio, Iwaya and Cho reaffirmed their goal of the
	 * denuclearisation of North Korea": a list of two or three states'
	 * actors that opens the sentence is the group, whatever else the
	 * sentence names; a state's government or forces and a group of it
	 * are two there ("Sudan's army and the Rapid Support Forces
	 * signed") */
	for (i = 0; i < s->n_ments; i++)
		if (s->ments[i].kind != M_PRONOUN && !s->ments[i].place_only && !s->ments[i].after_prep)
			break;
	if (i < s->n_ments && match_opens_sentence(s, s->ments[i].tok > 0 && match_the_at(s, s->ments[i].tok - 1) ?
						 s->ments[i].tok - 1 : s->ments[i].tok)) {
		uint32_t group = s->ments[i].group;
		int n_side = 0;
		size_t j;
		for (j = 0; j < s->n_ments && n_side <= 3; j++) {
			const struct mention *m = &s->ments[j];
			if (m->group != group || !m->code || m->kind == M_PRONOUN ||
			    !match_is_state_code(m->code) || !strncmp(m->code, "---", 3) ||
			    state_side(s, side, m, 1) != n_side)
				continue;
			if (n_side < 3)
				side[n_side] = (int32_t)j;
			n_side++;
		}
		listed = n_side >= 2 && n_side <= 3;
		if (!listed)
			side[0] = side[1] = side[2] = -1;
	}
	for (i = 0; i < s->n_ments && !listed; i++) {
		const struct mention *m = &s->ments[i];
		int k;

		/* (a pronoun counts when it stands for the pair: "They also
		 * agreed" keeps it for the sentence after) */
		if (!m->code || m->place_only || !match_is_state_code(m->code) ||
		    !strncmp(m->code, "---", 3) || (m->after_prep && (m->prep_roles & R_LOC)) ||
		    closing_attribution(s, m) ||
		    (m->kind == M_PRONOUN && !(m->how && !strncmp(m->how, "the pair", 8)) &&
		     !story_person_pronoun(s, m)))
			continue;
		if ((k = state_side(s, side, m, 0)) == 3) {
			mo->have_pair = 0;
			return;
		}
		if (side[k] < 0 || (m->person && !s->ments[side[k]].person))
			side[k] = (int32_t)i;
	}
	if (side[1] < 0)
		return;
	for (i = 0; i < 3 && side[i] >= 0; i++)
		mo->pair[i] = s->ments[side[i]];
	mo->have_pair = (int)i;
	mo->pair_sent = s->index;
	if (i == 3) {
		memcpy(mo->trio, mo->pair, sizeof(mo->trio));
		mo->have_trio = 1;
		mo->trio_sent = s->index;
	}
}

/* "The ministry accused Washington", "the military said": a role after
 * "the" that an earlier sentence placed is of that state; NULL if none
 * was. */
static const char *remembered_role(struct dyad_coder *c, const struct sent *s,
				   const struct mention *m)
{
	char word[sizeof(c->memo.roles[0].word)];
	size_t k;

	if (m->tok == 0 || !match_the_at(s, m->tok - 1) || m->n_tok != 1 ||
	    !role_word(s, m->tok, word, sizeof(word)))
		return NULL;
	for (k = 0; k < c->memo.n_roles; k++)
		if (!strcmp(c->memo.roles[k].word, word))
			return c->memo.roles[k].state;
	return NULL;
}

/* The office a head of state or government's title among tokens FROM
 * to TO names, into buf (size n): "president" ("U.S. President Donald
 * Trump", not "Vice President JD Vance"), "prime minister", "premier",
 * "chancellor".  Its token count, or 0 for none. */
size_t match_office_title(const struct sent *s, size_t from, size_t to, char *buf, size_t n)
{
	static const char *const heads[] = { "president", "premier", "chancellor", NULL };
	static const char *const prime[] = { "prime", NULL }, *const minister[] = { "minister", NULL };
	static const char *const vice[] = { "vice", "former", "ex", NULL };
	size_t k;

	for (k = from; k < to && k < s->n; k++) {
		if (k > from && word_is_any(s, k - 1, vice))
			continue;
		if (word_is_any(s, k, heads))
			return lower_word(s, k, buf, n);
		if (word_is_any(s, k, prime) && k + 1 < to && word_is_any(s, k + 1, minister) &&
		    n > sizeof("prime minister") - 1) {
			memcpy(buf, "prime minister", sizeof("prime minister"));
			return 2;
		}
	}
	return 0;
}

/* "Japan's Takaichi held talks with Chinese President Xi ... The prime
 * minister urged Xi": a bare "the president" or "the prime minister"
 * (placed or not: "hosted the president in London") is the latest
 * person of the last three sentences whose title gave that office, or
 * who was named with none and holds an office of state (GOV), past those
 * the sentence names itself; their code, or NULL. */
static const char *story_office(struct dyad_coder *c, const struct sent *s,
				const struct mention *m)
{
	static const char *const placing[] = { "in", "at", NULL };
	const struct memo *mo = &c->memo;
	char word[sizeof(mo->titled[0].title)];
	size_t k, j, n;

	if (m->kind == M_PRONOUN || m->person || m->country || !m->code || strlen(m->code) < 3 ||
	    strcmp(m->code + strlen(m->code) - 3, "GOV") || m->tok == 0 || !match_the_at(s, m->tok - 1) ||
	    !(n = match_office_title(s, m->tok, m->tok + m->n_tok, word, sizeof(word))) ||
	    (n != m->n_tok && !word_is_any(s, m->tok + n, placing)))
		return NULL;
	for (k = 0; k < mo->n_titled; k++) {
		if (mo->titled[k].sent >= s->index || s->index - mo->titled[k].sent > 3 ||
		    (mo->titled[k].title[0] ? strcmp(mo->titled[k].title, word) :
					      strcmp(mo->titled[k].code + 3, "GOV")))
			continue;
		for (j = 0; j < s->n_ments && !(s->ments[j].person &&
						s->ments[j].actor == mo->titled[k].actor); j++)
			;
		if (j == s->n_ments)
			return mo->titled[k].code;
	}
	return NULL;
}

/* Give each bare office of the sentence ("the president", "the prime
 * minister") the person a sentence before named in it (story_office()),
 * before the sentence's one state or its places claim it ("The president
 * later told Fox News he would not apologise to Trump"). */
void match_story_titles(struct dyad_coder *c, struct sent *s)
{
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		const char *code = story_office(c, s, m);
		if (!code)
			continue;
		m->code = code;
		m->placed = 1;
		m->how = MATCH_OFFICE_HELD;
	}
}

/* "Israel launched air strikes on Gaza, the army said", "The army also
 * struck 500 targets in Gaza": a bare "the army" is the source's own,
 * not the place's it strikes.  One that closes the sentence as its
 * source is of the state of the sentence's first actor; a subject is of
 * the state an earlier sentence placed the same word in.  NULL when
 * neither tells. */
static const char *story_own_role(struct dyad_coder *c, const struct sent *s, size_t i)
{
	const struct mention *m = &s->ments[i];
	size_t k;

	if (m->tok == 0 || m->n_tok != 1 || !match_the_at(s, m->tok - 1))
		return NULL;
	if (!closing_attribution(s, m))
		return match_object_role(s, m->tok) ? NULL : remembered_role(c, s, m);
	for (k = 0; k < i; k++) {
		const struct mention *a = &s->ments[k];
		if (a->place_only || a->after_prep || !a->code || !match_is_state_code(a->code) ||
		    !strncmp(a->code, "---", 3) || match_object_role(s, a->tok))
			continue;
		return a->code;
	}
	return NULL;
}

/* "imposed sanctions on Russian banks and expelled 10 diplomats", "said
 * it would expel four diplomats over the attack on a former Russian spy
 * in Britain": envoys a verb of expelling puts out, their state not
 * named, are another state's than the expeller's (no state expels its
 * own): that of the state mention nearest them, other than the
 * sentence's first subject's and a place things happen "in", "at" or
 * "near"; NULL when there is none.  M is a role the sentence places
 * nowhere else. */
static const char *expelled_envoys_state(const struct sent *s, const struct mention *m)
{
	static const char *const expel[] = { "expel", "expels", "expelled", "expelling", NULL };
	static const char *const envoys[] = { "diplomats", "diplomat", "envoys", "envoy", "staff",
					      "personnel", "employees", NULL };
	static const char *const where[] = { "in", "at", "near", NULL };
	static const char *const from[] = { "from", "of", NULL };
	const struct mention *subj = NULL;
	const char *best = NULL;
	uint32_t best_d = UINT32_MAX;
	long j = (long)m->tok - 1;
	size_t k;

	/* ("expelled diplomats from seven countries": the states "from"
	 * names are theirs) */
	if (!word_is_any(s, m->tok + m->n_tok - 1, envoys) ||
	    (m->tok + m->n_tok < s->n && word_is_any(s, m->tok + m->n_tok, from)))
		return NULL;
	while (j >= 0 && (long)m->tok - j <= 3 && !word_is_any(s, (size_t)j, expel) &&
	       ((s->info[j].roles & R_DET) || match_count_word(s, (size_t)j)))
		j--;
	if (j < 0 || !word_is_any(s, (size_t)j, expel))
		return NULL;
	for (k = 0; k < s->n_ments && !subj; k++)
		if (s->ments[k].kind != M_PRONOUN && s->ments[k].tok < (uint32_t)j)
			subj = &s->ments[k];
	if (!subj || subj->after_prep || !subj->code || !match_is_state_code(subj->code))
		return NULL;
	for (k = 0; k < s->n_ments; k++) {
		const struct mention *a = &s->ments[k];
		uint32_t d;
		if (a == m || a->kind == M_PRONOUN || a->place_only || !a->code ||
		    !match_is_state_code(a->code) || !strncmp(a->code, "---", 3) ||
		    !strncmp(a->code, subj->code, 3) ||
		    (a->tok > 0 && word_is_any(s, a->tok - 1, where)))
			continue;
		d = a->tok > m->tok ? a->tok - m->tok : m->tok - a->tok;
		if (d < best_d) {
			best_d = d;
			best = a->code;
		}
	}
	return best;
}

/* "The three ministers expressed concern", "the two leaders agreed",
 * "both sides": a subject counted as of several states, the ones an
 * earlier sentence named ("two farmers" after a verb are people). */
static int counted_role(const struct sent *s, const struct mention *m)
{
	static const char *const both[] = { "both", NULL };
	size_t len;
	const char *w = tok_text(s, m->tok + m->n_tok - 1, &len);

	if (len < 2 || w[len - 1] != 's' || match_object_role(s, m->tok))
		return 0;
	return (m->tok > 0 && word_is_any(s, m->tok - 1, both)) ||
	       (m->tok > 1 && match_count_word(s, m->tok - 1) && match_the_at(s, m->tok - 2));
}

/* Whether the sentence opens with a subject pronoun ("He also praised
 * the workers"), past a fronted phrase and its comma. */
static int subject_pronoun_first(const struct sent *s)
{
	static const char *const subjects[] = { "he", "she", "they", "it", "we", NULL };
	size_t i = 0, k;

	if (s->n > 0 && word_is_any(s, 0, subjects))
		return 1;
	/* ("On Saturday, he ...": a fronted phrase with no verb or actor) */
	for (k = 0; k + 1 < s->n && k < 8; k++)
		if (match_is_punct_tok(s, k, ',')) {
			i = k + 1;
			break;
		}
	if (i == 0)
		return 0;
	for (k = 0; k + 1 < i; k++)
		if (s->info[k].vlemma != LEX_NONE || (s->info[k].mention >= 0 &&
						      !s->ments[s->info[k].mention].place_only))
			return 0;
	return i < s->n && word_is_any(s, i, subjects);
}

/* Whether token I is a name joined by a hyphen to a lower-case word,
 * a participle or noun that makes it a modifier ("Egyptian-drafted",
 * "U.S.-led", "Western-backed"), not the owner of the noun after it. */
static int hyphen_participle(const struct sent *s, size_t i)
{
	size_t len, k;
	const char *t;

	if (!(s->toks[i].flags & TOK_HYPHEN))
		return 0;
	t = tok_text(s, i, &len);
	for (k = len; k > 0 && t[k - 1] != '-'; k--)
		;
	return k > 1 && k < len && t[k] >= 'a' && t[k] <= 'z';
}

void match_place_roles(struct dyad_coder *c, struct sent *s, int owned)
{
	static const char *const security_council[] = { "Security", NULL };
	static const char *const general_assembly[] = { "General", NULL };
	static const char *const unification_words[] = { "unification", NULL };
	static const char *const ministry_of[] = { "ministry", NULL };
	static const char *const captive_words[] = { "hostages", "hostage", "captives", "captive",
						     "abductees", NULL };
	static const char captive_state[] = "ISR";
	const char *lone = lone_state_code(s), *home = match_home_state(&c->memo), *lone_abroad;
	size_t i;
	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		const char *state = NULL, *junta = NULL, *titled = NULL;
		int armed;
		char *code;
		size_t conj;

		if (m->kind != M_AGENT || m->person || !m->code || strlen(m->code) != 3 ||
		    !strcmp(m->code, "ANL") || match_multinational_before(s, m->tok))
			continue;
		/* "its troops in Syria", "its top military commanders": the
		 * pronoun's owner, found later; so is the subject "he" of
		 * "He also praised the workers" (after "Kim visited a
		 * factory"), whose state the object's may be */
		if (!owned && (match_owner_pronoun_before(s, m->tok) >= 0 ||
			       (match_object_role(s, m->tok) && subject_pronoun_first(s))))
			continue;
		armed = !strcmp(m->code, "REB") || !strcmp(m->code, "INS");
		/* "Gunmen killed 26 people near Pahalgam", "a suicide bomber
		 * in Peshawar", "militants killed 305 worshippers in Egypt's
		 * North Sinai": attackers and militants who name no group are
		 * of no known state (---INS), wherever they strike; rebels
		 * ("rebels in eastern Congo") fight their own state and take
		 * its place. */
		/* ... but militants struck where they are ("began striking
		 * militant targets in the Gaza Strip") are that place's */
		if (armed && !strcmp(m->code, "INS") && verb_object(s, m->tok) &&
		    !word_is_any(s, m->tok + m->n_tok - 1, match_unaffiliated) &&
		    (state = nearest_place(s, m->tok, (int32_t)i, 0)) && strncmp(state, "---", 3)) {
			if (!(code = state_role(c, state, match_junta_role(c, m, state))))
				return;
			m->code = code;
			m->placed = 1;
			m->how = "armed role struck in its place";
			continue;
		}
		/* "The Unification Ministry urged North Korea": an office
		 * only South Korea has is South Korea's, wherever the
		 * sentence points */
		if (!strcmp(m->code, "GOV") && m->n_tok >= 2 &&
		    word_is_any(s, m->tok + (word_is_any(s, m->tok, ministry_of) ? m->n_tok - 1 : 0),
				unification_words)) {
			if (!(code = state_role(c, "KOR", "GOV")))
				return;
			m->code = code;
			m->placed = 1;
			m->how = "an office only South Korea has";
			continue;
		}
		/* "vetoed a Security Council resolution", "told the
		 * Security Council", "the General Assembly voted": the
		 * council or assembly capitalised that no state owns is the
		 * U.N.'s ("Russia's Security Council", "the North Carolina
		 * General Assembly" are found with their state before this);
		 * a sponsor's hyphened participle before it owns the draft,
		 * not the council ("an Egyptian-drafted Security Council
		 * resolution", "a Western-backed General Assembly text") */
		if (((!strcmp(m->code, "GOV") && word_is_any(s, m->tok, security_council)) ||
		     (!strcmp(m->code, "LEG") && word_is_any(s, m->tok, general_assembly))) &&
		    m->n_tok == 2 && match_is_cap(s, m->tok) && match_is_cap(s, m->tok + 1) &&
		    !(m->tok > 0 && ((match_is_cap(s, m->tok - 1) && !(s->info[m->tok - 1].roles & R_DET) &&
				      !hyphen_participle(s, m->tok - 1)) ||
				     (s->info[m->tok - 1].roles & R_POSS)))) {
			m->code = "IGOUNO";
			m->placed = 1;
			m->how = "the U.N. council or assembly no state owns";
			continue;
		}
		if (armed && (!strcmp(m->code, "INS") ||
			      word_is_any(s, m->tok + m->n_tok - 1, match_unaffiliated))) {
			m->code = "---INS";
			m->placed = 1;
			m->how = "armed role of no known state";
			continue;
		}
		/* "U.S. and British warplanes and warships", "Venezuela's
		 * government and the opposition": a role joined by "and" to a
		 * state's role is that state's too, before any place or
		 * dateline ("BRIDGETOWN -- ... signed in Barbados"). */
		conj = m->tok > 0 ? m->tok - 1 : 0;
		/* "Syria's government and the main rebel groups" */
		if (conj > 1 && m->tok - conj < 3 && match_modifiers_only(s, (uint32_t)conj, m->tok, 0) &&
		    !match_is_cap(s, conj))
			conj--;
		if (conj > 1 && m->tok - conj < 3 && match_modifiers_only(s, (uint32_t)conj, m->tok, 0) &&
		    !match_is_cap(s, conj))
			conj--;
		if (conj > 0 && (s->info[conj].roles & R_DET) && !(s->info[conj].roles & R_POSS))
			conj--;
		if (i > 0 && conj >= 1 && (s->info[conj].roles & R_CONJ) &&
		    s->ments[i - 1].tok + s->ments[i - 1].n_tok == conj &&
		    !s->ments[i - 1].person && s->ments[i - 1].code &&
		    strlen(s->ments[i - 1].code) > 3 && match_is_state_code(s->ments[i - 1].code))
			state = s->ments[i - 1].code;
		else if (!(state = whose_owner(s, i)) && !(state = mustering_state(s, i)) &&
			 !(state = match_country_anaphor(s, i)) && !(state = story_country_owner(c, s, i)) &&
			 !(state = junta = junta_state(c, s, i)) &&
			 !(state = story_own_role(c, s, i)) && !(state = role_named_before(s, i)) &&
			 !(state = titled = owned_title_person(s, i)) &&
			 !(state = closing_ministry(c, s, m)) &&
			 !(state = expelled_envoys_state(s, m)) &&
			 /* ("accused European leaders ... at the Munich
			  * Security Conference": a region's officials are no
			  * place's; "Arab militias" and "a Muslim activist"
			  * are) */
			 (strcmp(m->code, "GOV") ||
			  !(m->tok > 0 && word_is_any(s, m->tok - 1, regional_adjectives))))
			state = nearest_place(s, m->tok, (int32_t)i, !armed);
		/* "Hong Kong police fired tear gas at protesters who ...": the
		 * people a state's police act on, placed nowhere else, are
		 * that state's */
		if (!state && !armed && match_object_role(s, m->tok) &&
		    word_is_any(s, m->tok + m->n_tok - 1, protest_people))
			state = police_state(s, i);
		if (!state && !armed && match_object_role(s, m->tok))
			state = captor_state(s, i);
		/* "DUBAI -- Iranian security forces fired on protesters": a
		 * dateline abroad whose state the sentence does not name
		 * yields to the one state it does name. */
		if (!state && !armed && match_object_role(s, m->tok) &&
		    (lone_abroad = dateline_abroad(c, s, m->tok)))
			state = lone_abroad;
		/* ("urged governments to agree a climate finance goal", in
		 * Baku: governments in the plural are those of many states,
		 * none of them the dateline's; so are "European leaders",
		 * "Arab diplomats", "Western officials") */
		if (!state && !armed && (word_is_any(s, m->tok + m->n_tok - 1, match_generic_governments) ||
					 (m->tok > 0 && word_is_any(s, m->tok - 1, regional_adjectives))))
			continue;
		/* (a role an earlier sentence placed, before the dateline's:
		 * "North Korea's foreign ministry condemned ... The ministry
		 * accused Washington"; none for a count of several) */
		if (!state && !armed && counted_role(s, m))
			continue;
		if (!state && !armed)
			state = remembered_role(c, s, m);
		if (!state && !armed)
			state = c->memo.dateline[0] ? c->memo.dateline : lone ? lone : home;
		if (!state && armed)
			state = ruling_state(s);
		/* "Druze fighters clashed with Bedouin fighters in Syria's
		 * Sweida", "took the rebel stronghold of Kidal": rebels fight
		 * their own state, the one the sentence names or its
		 * dateline's */
		if (!state && armed && !strcmp(m->code, "REB")) {
			static const char *const between[] = { "between", NULL };
			uint32_t nx = m->tok + m->n_tok;
			/* (the sentence's state only for a rebel word that
			 * modifies a noun or stands between two sides: "Rebels
			 * attacked Russian troops" names no rebels' state) */
			int modifier = nx < s->n && (s->toks[nx].flags & TOK_WORD) &&
				       !match_is_cap(s, nx) && s->info[nx].nlemma != LEX_NONE &&
				       s->info[nx].vlemma == LEX_NONE && s->info[nx].mention < 0;
			int side = m->tok > 0 && word_is_any(s, m->tok - 1, between);
			if (c->memo.dateline[0])
				state = c->memo.dateline;
			else if (lone && (modifier || side))
				state = lone;
		}
		if (!state && armed)
			state = "---";  /* CAMEO's unknown state: "gunmen", "militants" */
		if (!state)
			continue;
		/* "Hamas freed three hostages", "hostages held in Gaza": the
		 * captives Palestinian groups have held since 7 October 2023
		 * are Israel's people, as hostages are the captives' state's
		 * (tests/dev/README.md), not the place's they are held in nor
		 * the holding group's (where the sentence names Israel, its
		 * own reading stands) */
		/* (so are those a dateline abroad would give its state:
		 * "CAIRO -- Hamas refused to release the hostages") */
		/* ("The last 20 hostages held in Gaza were handed over ...,
		 * hours before Israeli authorities freed ...": the place
		 * they are held in, told right after them, is no reading of
		 * the sentence's own, whatever else it names) */
		if (!strcmp(m->code, "CVL") && c->ymd >= 20231007 &&
		    word_is_any(s, m->tok + m->n_tok - 1, captive_words) &&
		    ((!strncmp(state, "PSE", 3) && (!names_state(s, "ISR") || match_held_in_place(s, m))) ||
		     (state == c->memo.dateline && strncmp(state, "ISR", 3) && names_state(s, "PSE"))))
			state = captive_state;
		/* "police detained former chief minister Omar Abdullah": an
		 * office the text says is no longer held is the state's elite
		 * (ELI), as a former minister is */
		if (m->tok > 0 && word_is_any(s, m->tok - 1, match_ex_words) &&
		    match_role_is_office(match_junta_role(c, m, state))) {
			if (!(code = state_role(c, state, "ELI")))
				return;
		} else if (!(code = state_role(c, state, match_junta_role(c, m, state))))
			return;
		m->code = code;
		m->placed = 1;
		m->datelined = state == c->memo.dateline;
		m->how = !strcmp(state, "---") ? "armed role of no known state" :
			 state == lone ? "role in the sentence's one state" :
			 state == home ? "role in the article's main state" :
			 state == c->memo.dateline ? "role in the dateline's state" :
			 state == s->ments[i > 0 ? i - 1 : 0].code ? "role of the state's role before it" :
			 junta && state == junta ? "junta of the one state under military rule" :
			 titled && state == titled ? "role of the person titled after it" :
			 state == captive_state ? "hostages held in Gaza since October 2023" :
			 "role in its place";
	}
}
