/*
 * match_pronoun.c - pronouns resolved to the nearest fitting actor, the
 * rulers and neighbours descriptions name, agents owned by a pronoun
 * ("its forces"), and the links that join mentions into lists and give a
 * lone state's roles their state.
 */
#include <string.h>

#include "cameo.h"
#include "coder_int.h"
#include "match_int.h"

/* the words that open an object relative ("which it accuses of") */
static const char *const object_relatives[] = { "which", "whom", NULL };
/* subordinators after which a subject "he" goes on with the sentence's
 * subject: "travelled to Abu Dhabi, where he met" */
static const char *const sub_then[] = { "where", "before", "until", "whereupon", "when", "after",
					 "while", "once", NULL };

/* After an empty "it is": "it was unclear whether", "it is time to". */
static const char *const impersonal_words[] = { "clear", "unclear", "likely", "unlikely",
						"possible", "impossible", "important", "necessary",
						"time", "too", "difficult", "hard", "easy", "essential",
						"vital", "crucial", "true", "untrue", "known", "unknown",
						"evident", "obvious", "certain", "uncertain", "hoped",
						"expected", "feared", "believed", "understood", "reported",
						"said", "thought", "a", "an", "the", NULL };
static const char *const not_words[] = { "not", "n't", "now", "still", "also", NULL };
/* what an act happens in the course of ("during their attack"), and the
 * doers' own acts it may be ("their march" is the protesters') */
static const char *const during[] = { "during", "amid", NULL };
static const char *const doers_acts[] = { "attack", "attacks", "assault", "offensive", "raid",
					  "raids", "incursion", "invasion", "operation",
					  "operations", "advance", "bombardment", "visit", "trip",
					  "tour", NULL };
static const char *const firms[] = { "BUS", NULL };
/* A speaker's own forces after "said its": "missiles", "troops" */
static const char *const speaker_forces[] = { "missiles", "drones", "forces", "troops",
					      "soldiers", "fighters", "aircraft", "jets",
					      "warplanes", "units", "army", "military", NULL };

/* "Kim said it would take the toughest counteraction", "Erdogan said
 * on Friday it would launch an offensive": "it" after a person's verb
 * of saying is the speaker's state, when the person's code has one and
 * no state or body is named before the pronoun for "it" to be. */
static int speaker_state_it(const struct sent *s, size_t i, size_t n_before,
			    const struct mention *sp)
{
	size_t k;

	/* (the subject of what is said: "it would", not "declaring it") */
	if (!sp->code || strlen(sp->code) <= 3 || !match_is_state_code(sp->code) ||
	    !strncmp(sp->code, "---", 3) || i + 1 >= s->n ||
	    !(s->info[i + 1].roles & (R_BE | R_HAVE | R_WILL | R_WOULD | R_MAY | R_DO | R_CAN)))
		return 0;
	for (k = 0; k < n_before; k++) {
		const struct mention *m = &s->ments[k];
		if (m->tok < i && m != sp && !m->person && m->kind != M_PRONOUN && !m->place_only)
			return 0;
	}
	return 1;
}

/* he/she/it/they to the nearest fitting mention, in this sentence first. */
/* "Ten Chinese and Russian warships sailed through the Tsugaru Strait
 * between Japan's main islands during their first joint patrol": a
 * "their" after a preposition in the clause of a pair named first in
 * the sentence, no comma between, is that pair's, not a state named in
 * between.  The pair's first member, or NULL.  (Two only, and not a
 * verb's object: "Burkina Faso, Mali and Niger announced their
 * withdrawal", "Russia and Ukraine ended their talks" keep their
 * readings.) */
static const struct mention *pair_subject_their(const struct sent *s, size_t i, size_t n_before)
{
	const struct mention *m0, *m1;
	size_t j;

	if (n_before < 2)
		return NULL;
	m0 = &s->ments[0];
	m1 = &s->ments[1];
	if (m0->kind == M_PRONOUN || m1->kind == M_PRONOUN || m0->after_prep || m1->after_prep ||
	    m1->tok + m1->n_tok >= i || !match_listed_before(s, m0, m1) || i == 0 ||
	    !(s->info[i - 1].roles & R_PREP))
		return NULL;
	if (n_before > 2 && match_listed_before(s, m1, &s->ments[2]))
		return NULL;
	for (j = m1->tok + m1->n_tok; j < i; j++)
		if (match_is_punct_tok(s, j, ',') || match_is_punct_tok(s, j, ';'))
			return NULL;
	return m0;
}

/* Whether M is one official named by a title alone ("France's foreign
 * minister", "the foreign minister of Iran"): "France's foreign minister said
 * he would visit Moscow" is the minister's "he", as a named speaker's
 * would be, though no name makes the mention a person. */
static int titled_one(const struct sent *s, const struct mention *m)
{
	static const char *const titles[] = { "minister", "president", "premier", "chancellor",
					      "spokesman", "spokeswoman", "spokesperson",
					      "secretary", "ambassador", "envoy", "king", "emir",
					      NULL };
	size_t j;

	/* ("the foreign minister of Iran": the title inside the name) */
	if (m->person || !(m->kind == M_AGENT || (m->how && (!strcmp(m->how, "state and agent") ||
							     !strcmp(m->how, "agent of state")))))
		return 0;
	for (j = m->tok; j < m->tok + m->n_tok && j < s->n; j++)
		if (word_is_any(s, j, titles))
			return 1;
	return 0;
}

/* "Sybiha asked Blinken for air defence systems during his visit to
 * Kyiv": a "his" or "her" on a visit or trip to a state is the visitor's,
 * not the host's whom the sentence names first.  When the first person
 * before token i is of the state the visit goes to, the first person of
 * another state (of the pronoun's gender) is returned; else NULL. */
static const struct mention *visitor_poss(const struct dyad_coder *c, const struct sent *s,
					  size_t i, size_t n_before, int g, int near)
{
	static const char *const visit_n[] = { "visit", "trip", "tour", NULL };
	static const char *const to_w[] = { "to", NULL };
	const struct mention *first = NULL, *dest = NULL;
	size_t j, k;

	for (j = i + 1; j < s->n && j < i + 4 && !word_is_any(s, j, visit_n); j++)
		if (!(s->toks[j].flags & TOK_WORD) || s->info[j].mention >= 0 || s->info[j].verb)
			return NULL;
	if (j >= s->n || j >= i + 4 || j + 2 >= s->n || !word_is_any(s, j + 1, to_w) ||
	    s->info[j + 2].mention < 0)
		return NULL;
	dest = &s->ments[s->info[j + 2].mention];
	if (!match_is_state_code(dest->code))
		return NULL;
	for (k = 0; k < n_before && s->ments[k].tok < i; k++) {
		const struct mention *m2 = &s->ments[k];
		if (!m2->person || !m2->code || !match_gender_fits(c->lex, m2, g, near))
			continue;
		if (!first) {
			first = m2;
			if (strncmp(m2->code, dest->code, 3))
				return NULL;
		} else if (strncmp(m2->code, dest->code, 3)) {
			return m2;
		}
	}
	return NULL;
}

/* Whether the subject pronoun at token i follows a speech verb that
 * itself follows "and" or "but" (an adverb between): "..., but said he". */
static int elided_speaker_verb(const struct sent *s, size_t i)
{
	size_t v = i - 1;

	if (i < 2 || !(s->info[v].vroles & V_SPEECH))
		return 0;
	if (v >= 2 && match_adverb_at(s, v - 1))
		v--;
	return (s->info[v - 1].roles & (R_CONJ | R_BUT)) && s->info[v - 1].mention < 0;
}

/* The sentence's first subject before token I, of the first N_BEFORE
 * mentions, when it is a single state or body (a name, or an agent that
 * is no plural role) and no preposition's or verb's object; NULL
 * otherwise.  The speech verb before I must have been found elided. */
static const struct mention *first_thing_subject(const struct sent *s, size_t i,
						 size_t n_before)
{
	size_t k;

	if (i < 3 || (!match_is_punct_tok(s, i - 3, ',') && !(i >= 4 && match_adverb_at(s, i - 2) &&
						     match_is_punct_tok(s, i - 4, ','))))
		return NULL;
	for (k = 0; k < n_before && s->ments[k].tok < i; k++) {
		const struct mention *m = &s->ments[k];
		if (m->kind == M_PRONOUN)
			continue;
		if (m->person || m->after_prep || match_object_role(s, m->tok) ||
		    (m->kind != M_NAME && m->kind != M_AGENT) ||
		    (m->kind == M_AGENT && match_plural_mention(s, m)))
			return NULL;
		/* (no list of subjects: "Britain and France said it") */
		{
			size_t e = m->tok + m->n_tok;
			if (e < s->n && ((s->info[e].roles & R_CONJ) || match_is_punct_tok(s, e, ',')) &&
			    e + 1 < s->n && s->info[e + 1].mention >= 0)
				return NULL;
		}
		return m;
	}
	return NULL;
}

/* The subject of the clause token I is in, when it is a name or agent
 * right before its verb with no clause break or comma between it and I
 * ("Hamas gunmen abducted more than 200 people during their ..."); NULL
 * otherwise. */
static const struct mention *doer_before(const struct sent *s, size_t i, size_t n_before)
{
	size_t k, b;

	for (k = 0; k < n_before && s->ments[k].tok < i; k++) {
		const struct mention *m = &s->ments[k];
		size_t v = m->tok + m->n_tok;
		if (m->kind == M_PRONOUN || m->after_prep)
			continue;
		if (v >= i || s->info[v].vlemma == LEX_NONE || s->info[v].mention >= 0)
			return NULL;
		for (b = v; b < i; b++)
			if (s->info[b].brk || match_is_punct_tok(s, b, ','))
				return NULL;
		return m;
	}
	return NULL;
}

/* Whether mention M is a state named as a place after "in" or "out of"
 * ("troops in Syria", "pull its forces out of Syria"). */
static int place_object(const struct sent *s, const struct mention *m)
{
	static const char *const in_words[] = { "in", NULL };
	static const char *const of_words[] = { "of", NULL };
	static const char *const out_words[] = { "out", NULL };

	return m->country && m->tok >= 1 &&
	       (word_is_any(s, m->tok - 1, in_words) ||
		(m->tok >= 2 && word_is_any(s, m->tok - 1, of_words) &&
		 word_is_any(s, m->tok - 2, out_words)));
}

/* Whether city mention M places the mission the mention after it names
 * ("its Istanbul consulate"). */
static int placed_mission(const struct sent *s, const struct mention *m)
{
	size_t after = m->tok + m->n_tok;

	return after < s->n && s->info[after].mention >= 0 &&
	       match_mission_abroad(s, m, &s->ments[s->info[after].mention]);
}

/* "the group blamed Israel and vowed that it would receive its just
 * punishment", "warned that it would face the consequences": a pronoun
 * I that a threat says will suffer is the threatened, not the one who
 * speaks, when the threat is told by a verb at V or before its "that"
 * at V ("vowed", "warned"; not a noun: "warnings from Washington that it
 * would face sanctions"). */
static int made_to_suffer(const struct sent *s, size_t v, size_t i)
{
	static const char *const modal[] = { "would", "will", "should", "must", NULL };
	static const char *const suffer[] = { "receive", "pay", "face", "regret", "suffer",
					      "bear", NULL };
	static const char *const that[] = { "that", NULL };
	size_t len;
	const char *t;

	if (v > 0 && word_is_any(s, v, that))
		v--;
	t = tok_text(s, v, &len);
	return s->info[v].vlemma != LEX_NONE && ends_with(t, len, "ed") && i + 2 < s->n &&
	       word_is_any(s, i + 1, modal) && word_is_any(s, i + 2, suffer);
}

/* "The International Criminal Court prosecutor said on Thursday he had
 * opened an investigation", "the U.N. Secretary-General said he was
 * shocked": a subject "he" or "she" with no person named before it in
 * its sentence is the office holder an organisation's name ends in, when
 * that name opens the sentence; NULL otherwise. */
static const struct mention *office_subject_before(const struct sent *s, size_t i, size_t n_before)
{
	static const char *const offices[] = { "prosecutor", "chief", "head", "secretary-general",
					       "spokesman", "spokeswoman", "spokesperson", "envoy",
					       "director", "director-general", "commissioner",
					       "chairman", "chairperson", "coordinator", "rapporteur",
					       "negotiator", NULL };
	const struct mention *first = NULL;
	size_t k;

	for (k = 0; k < n_before; k++) {
		const struct mention *m2 = &s->ments[k];
		if (m2->tok >= i)
			break;
		if (m2->person)
			return NULL;
		if (m2->kind != M_PRONOUN && !first)
			first = m2;
	}
	if (!first || first->person || first->after_prep || !first->code || first->n_tok < 2 ||
	    !word_is_any(s, first->tok + first->n_tok - 1, offices))
		return NULL;
	return first;
}

int match_find_pronouns(struct dyad_coder *c, struct sent *s)
{
	static const char *const choosing[] = { "choosing", NULL };
	static const char *const own_w[] = { "own", NULL };
	static const char *const among_w[] = { "among", NULL };
	static const char *const them_w[] = { "them", NULL };
	size_t i, n_before = s->n_ments, k;

	for (i = 0; i < s->n; i++) {
		size_t len;
		const char *t;
		const struct mention *ref = NULL, *subj, *own, *psub;
		struct mention state;   /* a person speaker's state */
		int want; /* 0 person, 1 thing, 2 group */
		int g = 0, near = 0; /* gender: 1 he, 2 she */
		long v, sp;
		struct mention *m;

		if (!(s->info[i].roles & R_PRON) || s->info[i].mention >= 0)
			continue;
		/* "its NATO allies", "his Russian counterpart": a possessive
		 * before a named actor only determines it. */
		/* (not a city placing its mission: "its Istanbul consulate") */
		if ((s->info[i].roles & R_POSS) && i + 1 < s->n && s->info[i + 1].mention >= 0 &&
		    s->ments[s->info[i + 1].mention].kind == M_NAME &&
		    s->ments[s->info[i + 1].mention].tok == i + 1 &&
		    !placed_mission(s, &s->ments[s->info[i + 1].mention]))
			continue;
		/* "seven Latin American countries, among them Argentina,
		 * Chile and Peru": "them" only points back to the names
		 * that follow it, no actor of its own */
		if (i > 0 && i + 1 < s->n && word_is_any(s, i - 1, among_w) &&
		    word_is_any(s, i, them_w) && s->info[i + 1].mention >= 0)
			continue;
		/* "vowed to respond at a time of its choosing", "in a manner of
		 * their own choosing": the subject's own, no one else named */
		if ((s->info[i].roles & R_POSS) && i + 1 < s->n &&
		    (word_is_any(s, i + 1, choosing) ||
		     (i + 2 < s->n && word_is_any(s, i + 1, own_w) &&
		      word_is_any(s, i + 2, choosing))))
			continue;
		t = tok_text(s, i, &len);
		if (len == 2 && (t[0] == 'h' || t[0] == 'H'))
			want = 0, g = 1;        /* he */
		else if ((len == 3 && (t[0] == 's' || t[0] == 'S')) ||
			 (len == 3 && !strncasecmp(t, "her", 3)))
			want = 0, g = 2;        /* she, her */
		else if (len == 3 && (t[0] == 'h' || t[0] == 'H'))
			want = 0, g = 1;        /* him, his */
		else if (len <= 3 && (t[0] == 'i' || t[0] == 'I'))
			want = 1;               /* it, its */
		else
			want = 2;               /* they, them, their */
		if (want == 0)
			near = match_she_near(c, s, i);
		/* Expletive "it": "it is likely", "it was not clear".  In a
		 * reported clause "it" is most often the reporter ("Britain
		 * said it was sending missiles", "it is ready to talk"), so
		 * only the words of an impersonal clause make it empty
		 * there. */
		if (want == 1 && i + 1 < s->n && (s->info[i + 1].roles & R_BE) && len == 2) {
			size_t w = i + 2;
			if (w < s->n && word_is_any(s, w, not_words))
				w++;
			if (match_report_verb(s, i) < 0 || (w < s->n && word_is_any(s, w, impersonal_words)))
				continue;
		}
		/* "China accused the United States of ..., hours after
		 * Washington imposed tariffs, and said it had been forced to
		 * strike back", "Saudi Arabia admitted that the journalist
		 * had died ..., and announced it had detained": a subject
		 * "it" reported by a verb of speech that ", and" gives no
		 * subject of its own is the first clause's subject, a state
		 * or body, not the name told of last. */
		if (want == 1 && len == 2 && !(s->info[i].roles & R_POSS) && elided_speaker_verb(s, i))
			ref = first_thing_subject(s, i, n_before);
		/* "China has told Japan that it will", "Trump said he would",
		 * "Army officers in Guinea-Bissau said they had", "after Ukraine
		 * said it had hit the ship": the subject of a reported clause
		 * is most often the one who speaks, if of the right kind. */
		/* So is the owner in "rejected U.S. accusations that its army
		 * had": what a claim says of "its" is said of the one who
		 * answers it, not of the accuser. */
		/* "told him": the one told is the verb's object, not its
		 * speaker */
		/* (and "its" on forces right after "said": "denied striking
		 * civilians in Sumy and said its missiles had hit a gathering
		 * of officers" speaks of the speaker's own missiles, not of
		 * the object named last) */
		if (!ref && (v = match_report_verb(s, i)) >= 0 && !(v + 1 == (long)i && word_is_any(s, i, match_told_objects)) &&
		    !made_to_suffer(s, (size_t)v, i) &&
		    (!(s->info[i].roles & R_POSS) || match_claim_before(s, v) ||
		     (v + 1 == (long)i && i + 1 < s->n && word_is_any(s, i + 1, speaker_forces))) &&
		    (sp = match_speaker(s, v, n_before)) >= 0) {
			const struct mention *m2 = &s->ments[sp];
			/* "it" is no plural role ("553 prisoners") */
			int plural = m2->kind == M_AGENT && match_plural_mention(s, m2);
			/* ("Pashinyan and Aliyev signed ... and said they
			 * would": people listed speak as "they") */
			int listed = m2->tok >= 2 && (s->info[m2->tok - 1].roles & R_CONJ) &&
				     s->info[m2->tok - 2].mention >= 0 &&
				     s->ments[s->info[m2->tok - 2].mention].person;
			if ((want == 0 && (m2->person || titled_one(s, m2)) &&
			     match_gender_fits(c->lex, m2, g, near)) ||
			    (want == 1 && !m2->person && !plural &&
			     (m2->kind == M_NAME || m2->kind == M_AGENT)) ||
			    (want == 2 && (!m2->person || listed)))
				ref = m2;
			else if (want == 1 && len == 2 && m2->person &&
				 speaker_state_it(s, i, n_before, m2)) {
				state = *m2;
				if (!(state.code = state_role(c, m2->code, "")))
					return DYAD_ENOMEM;
				state.actor = LEX_NONE;
				state.person = 0;
				state.country = 1;
				ref = &state;
			}
		}
		/* "Choe held talks with Lavrov in Moscow, and she pledged":
		 * a subject "he" or "she" opening a clause joined by "and"
		 * or "but" continues the first clause's subject, not the
		 * person named last. */
		if (!ref && want == 0 && i >= 2 && !(s->info[i].roles & R_POSS) &&
		    !word_is_any(s, i, match_told_objects) &&
		    (s->info[i - 1].roles & (R_CONJ | R_BUT)) && match_is_punct_tok(s, i - 2, ','))
			for (k = 0; k < n_before && s->ments[k].tok < i; k++) {
				const struct mention *m2 = &s->ments[k];
				if (m2->kind == M_PRONOUN)
					continue;
				if (m2->person && !m2->after_prep && !match_object_role(s, m2->tok) &&
				    match_gender_fits(c->lex, m2, g, near))
					ref = m2;
				break;
			}
		/* "Obama cancelled the trip to Manila, citing the Philippine
		 * leader's remarks, but said he still hoped to meet him": a
		 * "said" with no subject of its own, right after "and" or
		 * "but", is the first clause subject's, and so is the "he" it
		 * reports. */
		if (!ref && want == 0 && !(s->info[i].roles & R_POSS) &&
		    !word_is_any(s, i, match_told_objects) && elided_speaker_verb(s, i))
			ref = match_first_person_subject(s, i, n_before);
		/* "travelled to Abu Dhabi, where he met", "met Xi in Beijing
		 * before he flew to Paris": a subject "he" or "she" right after
		 * a subordinator continues the sentence's subject too. */
		if (!ref && want == 0 && i >= 1 && !(s->info[i].roles & R_POSS) &&
		    !word_is_any(s, i, match_told_objects) && word_is_any(s, i - 1, sub_then))
			ref = match_first_person_subject(s, i, n_before);
		if (!ref && want == 0 && !(s->info[i].roles & R_POSS) && !word_is_any(s, i, match_told_objects))
			ref = match_fronted_clause_subject(s, i, n_before);
		if (ref && want == 0 && !match_gender_fits(c->lex, ref, g, near))
			ref = NULL;
		/* "Orban met Putin in Moscow, and EU leaders rebuked him for
		 * the trip": an object "him" or "her" in a clause that ", and"
		 * or ", but" opens with a subject of its own, no person, is
		 * the first clause's subject, not its object. */
		if (!ref && want == 0 && !(s->info[i].roles & R_POSS) &&
		    word_is_any(s, i, match_told_objects) && match_new_subject_clause(s, i))
			ref = match_first_person_subject(s, i, n_before);
		if (ref && want == 0 && !match_gender_fits(c->lex, ref, g, near))
			ref = NULL;
		/* "greeted Trump as Trump began his first trip abroad", "met
		 * Zelenskiy as the Ukrainian president made his second trip":
		 * "his" or "her" right after a verb is the one that verb's
		 * subject, named right before it, is */
		if (!ref && i >= 2 && want == 0 && (s->info[i].roles & R_POSS) &&
		    s->info[i - 1].vlemma != LEX_NONE && !s->info[i - 1].roles &&
		    s->info[i - 1].mention < 0 && s->info[i - 2].mention >= 0) {
			const struct mention *m2 = &s->ments[s->info[i - 2].mention];
			if (m2->kind != M_PRONOUN && m2->tok + m2->n_tok == i - 1 && !m2->after_prep &&
			    (m2->person || (m2->kind == M_AGENT && !match_plural_mention(s, m2))) &&
			    match_gender_fits(c->lex, m2, g, near))
				ref = m2;
		}
		if (!ref && want == 0 && (s->info[i].roles & R_POSS))
			ref = visitor_poss(c, s, i, n_before, g, near);
		/* "Shoigu met Kim in Pyongyang, his second visit": "his" and
		 * "her" are most often the subject's, the sentence's first
		 * person. */
		if (!ref && i > 0 && want == 0 && (s->info[i].roles & R_POSS))
			for (k = 0; k < n_before && s->ments[k].tok < i; k++) {
				const struct mention *m2 = &s->ments[k];
				if (m2->kind == M_PRONOUN)
					continue;
				if (m2->person && match_gender_fits(c->lex, m2, g, near))
					ref = m2;
				break;
			}
		/* "protesters rallied in Tbilisi, and police used tear gas to
		 * disperse them": an object "them" stands for the nearest
		 * plural people or forces named, not for a place or firms
		 * ("setting banks on fire and police firing tear gas to
		 * disperse them"). */
		if (len == 4 && !strncasecmp(t, "them", 4))
			for (k = n_before; !ref && k-- > 0;) {
				const struct mention *m2 = &s->ments[k];
				if (m2->tok >= i || m2->kind != M_AGENT || m2->person ||
				    match_clause_subject(s, m2, i) || (m2->code && role_in(m2->code, firms)))
					continue;
				if (match_plural_mention(s, m2))
					ref = m2;
			}
		/* "Hamas gunmen abducted more than 200 people during their
		 * attack on southern Israel": "their" in what the act
		 * happened during is the doers', the clause's subject, not
		 * the people the act befell */
		if (!ref && len == 5 && !strncasecmp(t, "their", 5) && i > 0 && i + 1 < s->n &&
		    word_is_any(s, i - 1, during) && word_is_any(s, i + 1, doers_acts))
			ref = doer_before(s, i, n_before);
		/* "Blinken and Lammy arrived in Kyiv, and Zelensky received
		 * them": an object "them" stands for people listed before its
		 * clause (plural_pronouns spreads it over the list) rather
		 * than for the place between */
		/* (so does "their": "Modi and Xi met in Kazan and agreed to
		 * resolve their border dispute") */
		if (!ref && ((len == 4 && !strncasecmp(t, "them", 4)) ||
			     (len == 5 && !strncasecmp(t, "their", 5))))
			ref = match_listed_people_before(s, i, n_before);
		/* ("ordered diplomats from Argentina, Chile and Peru to
		 * leave after their governments questioned the vote": the
		 * states listed, whose offices the next word names) */
		if (!ref && len == 5 && !strncasecmp(t, "their", 5) && i + 1 < s->n &&
		    word_is_any(s, i + 1, match_generic_governments))
			ref = match_listed_states_before(s, i, n_before);
		if (!ref && len == 5 && !strncasecmp(t, "their", 5))
			ref = pair_subject_their(s, i, n_before);
		subj = want == 1 && len == 2 ? match_object_it_subject(s, i, n_before) :
		       want != 0 ? match_attacked_owner_subject(c, s, i, n_before) : NULL;
		own = NULL;
		/* "told him he blamed him": the subject of an object
		 * "him" may be a pronoun found before it; "him" is not
		 * that one, and a name before the pronoun is no subject */
		psub = NULL;
		if (len == 3 && !strncasecmp(t, "him", 3))
			for (k = s->n_ments; k-- > n_before;)
				if (s->ments[k].tok < i && !(s->info[s->ments[k].tok].roles & R_POSS) &&
				    !word_is_any(s, s->ments[k].tok, match_told_objects)) {
					if (match_clause_subject(s, &s->ments[k], i))
						psub = &s->ments[k];
					break;
				}
		for (k = n_before; !ref && k-- > 0;) {
			const struct mention *m2 = &s->ments[k];
			/* (a name that only places is no one: "flew near
			 * Alaska, and U.S. jets intercepted them") */
			if (m2->tok >= i || m2->kind == M_PRONOUN || m2->place_only)
				continue;
			/* ("The Houthi movement, which controls northern
			 * Yemen, said it had shot down a U.S. drone": a name
			 * in a relative clause closed before the pronoun tells
			 * of the one before it, and is not the one meant) */
			if (match_in_closed_relative(s, m2, i))
				continue;
			/* ("met Putin on Monday, and Putin urged him", "after
			 * Trump and Vance berated him": nor is it another
			 * mention of that subject's person, or one listed with
			 * it) */
			if (own && m2->person &&
			    (match_listed_before(s, m2, own) ||
			     (m2->code && !strcmp(m2->code, own->code) && m2->actor == own->actor)))
				continue;
			if (psub) {
				if (m2->person && m2->code && psub->code && !strcmp(m2->code, psub->code))
					continue;
				if (m2->person && match_gender_fits(c->lex, m2, g, near)) {
					ref = m2;
					break;
				}
				continue;
			}
			/* "soldiers tried to block them": an object pronoun is
			 * not the subject of its own clause. */
			/* But "removed President Omar al-Bashir and detained
			 * him": a verb's object before "and" and the next
			 * verb is no subject, and is the one meant. */
			/* ("Trump's Asia swing will take him to Malaysia": a
			 * possessor is not its clause's subject) */
			if (((len == 4 && !strncasecmp(t, "them", 4)) ||
			     (len == 3 && !strncasecmp(t, "him", 3))) &&
			    ((match_clause_subject(s, m2, i) && !possessor(s, m2) &&
			      !(m2->person && match_object_role(s, m2->tok) && match_conj_verb_between(s, m2, i)) &&
			      !(m2->person && match_purpose_object(s, m2, i))) ||
			     match_relative_subject(s, m2, i) || match_appositive_subject(s, m2, i) ||
			     match_described_subject(s, m2, i, n_before))) {
				if (m2->person && m2->code && !own)
					own = m2;
				continue;
			}
			/* "sanctions on Russian officials it blamed for the
			 * death": a subject pronoun right after a noun phrase
			 * opens a relative clause about it, and is not it */
			if (m2->tok + m2->n_tok == i && !(s->info[i].roles & R_POSS) &&
			    !word_is_any(s, i, match_told_objects) && i + 1 < s->n &&
			    s->info[i + 1].vlemma != LEX_NONE && !s->info[i + 1].roles)
				continue;
			/* ("severing relations with the United Arab Emirates,
			 * which it accuses of arming the RSF": so is one after
			 * the "which" or "whom" of an object relative on it) */
			if (i >= 1 && word_is_any(s, i - 1, object_relatives) &&
			    !(s->info[i].roles & R_POSS) && !word_is_any(s, i, match_told_objects) &&
			    i + 1 < s->n && s->info[i + 1].vlemma != LEX_NONE &&
			    (m2->tok + m2->n_tok == i - 1 ||
			     (m2->tok + m2->n_tok == i - 2 && match_is_punct_tok(s, i - 2, ','))))
				continue;
			/* "Israel struck Gaza, and the enclave's health ministry
			 * accused it": nor is an object "it" the state of its
			 * clause's subject, which would say "itself". */
			if (subj && (m2 == subj || (m2->code && match_is_state_code(m2->code) &&
						    strncmp(m2->code, "---", 3) &&
						    !strncmp(m2->code, subj->code, 3))))
				continue;
			/* ("Israel released 39 Palestinian prisoners from its
			 * jails": "it" and "its" stand for no plural role of a
			 * state, which a state's name and a role make one name;
			 * the state before it is meant) */
			if (want == 1 && match_plural_state_role(s, m2))
				continue;
			/* ("demanded that Iran pull its forces out of Syria,
			 * and threatened sanctions if it did not change
			 * course": a subject "it" is not a state named only
			 * as where something is or goes, when a mention
			 * before it may be meant) */
			if (want == 1 && len == 2 && !(s->info[i].roles & R_POSS) &&
			    !word_is_any(s, i, match_told_objects) && place_object(s, m2) &&
			    k > 0)
				continue;
			if ((want == 0 && m2->person && match_gender_fits(c->lex, m2, g, near)) ||
			    (want == 1 && !m2->person && m2->kind == M_NAME) ||
			    (want == 2 && !m2->person)) {
				ref = m2;
				break;
			}
		}
		if (!ref && want == 0 && !(s->info[i].roles & R_POSS))
			ref = match_lone_attacker_before(s, i, n_before);
		if (!ref && want == 0 && !(s->info[i].roles & R_POSS) &&
		    !word_is_any(s, i, match_told_objects))
			ref = office_subject_before(s, i, n_before);
		if (!ref) {
			/* "Baerbock met Wang Yi. She urged him": the object
			 * "him" of a subject found there is the other one */
			/* (nor is a "he" a woman) */
			if (want == 0 && c->memo.have_person &&
			    s->index - c->memo.last_person_sent <= 3 && c->memo.have_other_person &&
			    ((psub && psub->actor == c->memo.last_person.actor) ||
			     !match_gender_fits(c->lex, &c->memo.last_person, g, near)) &&
			    match_gender_fits(c->lex, &c->memo.other_person, g, near))
				ref = &c->memo.other_person;
			else if (want == 0 && c->memo.have_person &&
				 s->index - c->memo.last_person_sent <= 3 &&
				 match_gender_fits(c->lex, &c->memo.last_person, g, near))
				ref = &c->memo.last_person;
			else if (want == 1 && c->memo.have_thing &&
				 s->index - c->memo.last_thing_sent <= 3)
				ref = &c->memo.last_thing;
			else if (want == 2 && c->memo.have_group &&
				 s->index - c->memo.last_group_sent <= 3)
				ref = &c->memo.last_group;
			else if (want == 2 && c->memo.have_thing &&
				 s->index - c->memo.last_thing_sent <= 3)
				ref = &c->memo.last_thing;
		}
		if (!ref || !ref->code)
			continue;
		if (!(m = match_push_mention(c, s)))
			return DYAD_ENOMEM;
		match_stand_for(s, m, ref, "pronoun", i, i);
	}
	return DYAD_OK;
}

/* "imposed sanctions on the regime's morality police", "the junta's
 * leader": a role after "the regime's", "the junta's" or "the rulers'"
 * (past up to two modifiers) is the ruling state's role, one mention
 * over the whole phrase; the ruler's own mention goes, so that it is no
 * party of its own.  Needs the mentions sorted and placed; marks no
 * tokens. */
int match_ruler_roles(struct dyad_coder *c, struct sent *s)
{
	static const char *const rulers[] = { "regime", "junta", "rulers", NULL };
	size_t i, out = 0;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *a = &s->ments[i];
		uint32_t p = a->tok + a->n_tok, j;
		if (a->n_tok == 1 && a->code && strlen(a->code) >= 3 && match_is_state_code(a->code) &&
		    strncmp(a->code, "---", 3) && a->tok > 0 && match_the_at(s, a->tok - 1) &&
		    word_is_any(s, a->tok, rulers) && p + 1 < s->n && (s->info[p].roles & R_POSS) &&
		    i + 1 < s->n_ments) {
			struct mention *b = &s->ments[i + 1];
			for (j = p + 1; j < b->tok && j < p + 4 && match_plain_modifier(s, j); j++)
				;
			if (b->tok == j && j < p + 4 && b->code && strlen(b->code) > 3 &&
			    match_is_state_code(b->code) && b->kind != M_PRONOUN) {
				char *cc = state_role(c, a->code, b->code + 3);
				if (!cc)
					return DYAD_ENOMEM;
				b->code = cc;   /* the ruler's state, the role's role */
				b->how = "role of the rulers named";
				match_set_span(s, b, a->tok - 1, b->tok + b->n_tok - 1);
				continue;       /* the ruler's mention goes */
			}
		}
		if (out != i)
			s->ments[out] = *a;
		out++;
	}
	s->n_ments = out;
	return DYAD_OK;
}

/* Whether the mention A opens a clause as its subject: a verb or an
 * auxiliary follows it ("Ukraine cut ties", "Kyiv has said"). */
static int opens_clause(const struct sent *s, const struct mention *a)
{
	uint32_t after = a->tok + a->n_tok;

	return after < s->n && !(s->info[after].roles & R_POSS) &&
	       ((s->info[after].roles & (R_BE | R_HAVE | R_WILL | R_WOULD | R_MAY | R_DO | R_CAN)) ||
		s->info[after].vlemma != LEX_NONE);
}

/* "Islamabad accused its neighbour of an act of war", "Kyiv severed ties
 * with its neighbour", "suspended all trade with its eastern neighbour":
 * "its neighbour" (after "its" that stands for a state, past up to two
 * modifiers) is the nearest state named before that is not the
 * pronoun's own, nor an armed group's; no mention when the sentence
 * names none.  Whose neighbour is the state of the nearest clause
 * subject before "its" ("Ukraine cut ties with Russia after its
 * neighbour invaded", "Venezuela broke off relations with Colombia,
 * accusing its neighbour"), the pronoun's own only when no subject is a
 * state.  A state named right after ("its western neighbour Colombia")
 * is the neighbour; a role after "its neighbour's" is of the neighbour
 * ("blamed its neighbour's intelligence services").  Needs the pronouns
 * found and the mentions sorted; sorts them again. */
int match_neighbour_anaphors(struct dyad_coder *c, struct sent *s)
{
	static const char *const neighbour[] = { "neighbour", "neighbor", NULL };
	size_t i, n = s->n_ments;
	int pushed = 0;

	for (i = 0; i < n; i++) {
		struct mention *own = &s->ments[i];
		uint32_t w = own->tok + 1, mods = 0;
		struct mention *m, *role = NULL;
		const char *owner = own->code;
		long ref = -1, k;
		char *st;

		if (own->kind != M_PRONOUN || own->n_tok != 1 || !own->code || !match_is_state_code(own->code) ||
		    !strncmp(own->code, "---", 3) || !(s->info[own->tok].roles & R_POSS))
			continue;
		/* ("its eastern neighbour", "its war-torn neighbour") */
		while (w < s->n && mods < 2 && !word_is_any(s, w, neighbour) &&
		       (s->toks[w].flags & TOK_WORD) && s->info[w].mention < 0 &&
		       !(s->info[w].roles & (R_DET | R_POSS | R_PREP | R_CONJ | R_SUB | R_TO)) &&
		       (!match_is_cap(s, w) || match_region_word(s, w)))
			w++, mods++;
		if (w >= s->n || !word_is_any(s, w, neighbour) || s->info[w].mention >= 0)
			continue;
		/* whose neighbour: the nearest clause subject that is a state */
		for (k = (long)i; k-- > 0;) {
			const struct mention *a = &s->ments[k];
			if (a->kind == M_PRONOUN || !a->code || !match_is_state_code(a->code) ||
			    !strncmp(a->code, "---", 3) || armed_group(a->code) || !opens_clause(s, a))
				continue;
			owner = a->code;
			break;
		}
		/* ("its western neighbour Colombia": the name itself) */
		if (w + 1 < s->n && s->info[w + 1].mention >= 0) {
			const struct mention *a = &s->ments[s->info[w + 1].mention];
			if (a->tok == w + 1 && a->code && match_is_state_code(a->code) &&
			    strncmp(a->code, owner, 3) && !armed_group(a->code))
				ref = s->info[w + 1].mention;
		}
		for (k = (long)i; ref < 0 && k-- > 0;) {
			const struct mention *a = &s->ments[k];
			if (a->kind == M_PRONOUN || !a->code || !match_is_state_code(a->code) ||
			    !strncmp(a->code, "---", 3) || armed_group(a->code) ||
			    !strncmp(a->code, owner, 3))
				continue;
			ref = k;
			break;
		}
		/* ("suspended all trade with its eastern neighbour ..., a day
		 * after New Delhi": the other state named after it) */
		for (k = (long)i + 1; ref < 0 && k < (long)n; k++) {
			const struct mention *a = &s->ments[k];
			if (a->tok > w && a->kind != M_PRONOUN && a->code && match_is_state_code(a->code) &&
			    strncmp(a->code, "---", 3) && !armed_group(a->code) &&
			    strncmp(a->code, owner, 3))
				ref = k;
		}
		if (ref < 0)
			continue;
		if (!(st = arena_alloc(&c->mem, 4)))
			return DYAD_ENOMEM;
		memcpy(st, s->ments[ref].code, 3);
		st[3] = '\0';
		/* "its neighbour's intelligence services": the neighbour's role */
		if (w + 2 < s->n && (s->info[w + 1].roles & R_POSS) && s->info[w + 2].mention >= 0) {
			role = &s->ments[s->info[w + 2].mention];
			if (role->tok != w + 2 || role->kind != M_AGENT || role->agent == LEX_NONE ||
			    role->agent >= c->lex->agents.n)
				role = NULL;
		}
		if (strncmp(own->code, owner, 3)) {
			/* the pronoun is the owner's ("accusing its neighbour") */
			own->code = owner;
			own->actor = LEX_NONE;
			own->person = 0;
		}
		if (role) {
			struct mention state = s->ments[ref];
			state.code = st;
			state.country = 1;
			role->code = match_actor_with_agent(c, &state, &c->lex->agents.v[role->agent]);
			role->kind = M_NAME;
			role->how = "role of the neighbour named before";
			match_set_span(s, role, w, role->tok + role->n_tok - 1);
			continue;
		}
		if (!(m = match_push_mention(c, s)))
			return DYAD_ENOMEM;
		pushed = 1;
		*m = s->ments[ref];     /* push_mention may have moved them */
		m->code = st;           /* the state, not its army: "its neighbour" */
		m->actor = LEX_NONE;
		m->kind = M_NAME;
		m->country = 1;
		m->person = 0;
		m->pair = 0;
		m->after_prep = 0;
		m->prep_roles = 0;
		m->how = "the neighbour named before";
		match_set_span(s, m, w - mods, w);
	}
	if (pushed)
		match_sort_mentions(s);
	return DYAD_OK;
}

/* "Pakistan said its forces", "Putin and his generals": a possessive
 * pronoun before an agent with no state gives it the state of the one it
 * stands for.  Needs the mentions sorted; marks no tokens. */
/* The code of a force a pronoun's owner holds: "Ukraine's SBU security
 * service said its drones had struck", "Israel's Mossad ... its agents":
 * an intelligence service's own weapons and men are the service's
 * (UKRSPY), where a ministry's or a state's are its state's forces
 * ("Turkey's defence ministry said its jets struck": TURMIL).  NULL
 * when the owner is no intelligence service. */
static const char *spy_owned_force(struct dyad_coder *c, const struct mention *owner,
				   const struct lex_agent *ag)
{
	static const char *const spies[] = { "SPY", NULL };

	if (!owner->code || strlen(owner->code) != 6 || !role_in(owner->code, spies) ||
	    strcmp(lex_code_str(c->lex, ag->code), "MIL"))
		return NULL;
	return owner->code;
}

/* "its Istanbul consulate", "Saudi Arabia's Istanbul consulate": a city
 * between an owner's possessive and the embassy or consulate the owner
 * keeps there says where the mission is, not whose it is. */
int match_mission_abroad(const struct sent *s, const struct mention *m, const struct mention *n)
{
	static const char *const missions[] = { "embassy", "embassies", "consulate", "consulates",
						NULL };

	return m->tok > 0 && (s->info[m->tok - 1].roles & R_POSS) &&
	       n->tok == m->tok + m->n_tok && word_is_any(s, n->tok + n->n_tok - 1, missions);
}

void match_owned_agents(struct dyad_coder *c, struct sent *s)
{
	size_t i, out = 0;

	/* "his country", "its nation": the state itself. */
	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		size_t after = m->tok + m->n_tok, len;
		const char *t;
		char *cc;
		if (m->kind != M_PRONOUN || !m->code || strlen(m->code) < 3 || m->n_tok != 1 ||
		    !(s->info[m->tok].roles & R_POSS) || after >= s->n || s->info[after].mention >= 0)
			continue;
		t = tok_text(s, after, &len);
		if (!((len == 7 && !strncasecmp(t, "country", 7)) || (len == 6 && !strncasecmp(t, "nation", 6))))
			continue;
		if (!(cc = arena_alloc(&c->mem, 4)))
			continue;
		memcpy(cc, m->code, 3);
		cc[3] = '\0';
		m->code = cc;
		m->kind = M_NAME;
		m->country = 1;
		m->person = 0;
		m->actor = LEX_NONE;
		m->how = "pronoun and country";
		m->n_tok = 2;
		m->end = s->toks[after].end - s->base;
	}
	for (i = 0; i < s->n_ments; i++) {
		struct mention *a = out ? &s->ments[out - 1] : NULL, *b = &s->ments[i];
		int mission = 0;
		/* ("its Istanbul consulate": the pronoun owns the mission,
		 * the city only places it) */
		if (a && out >= 2 && b->kind == M_AGENT && match_mission_abroad(s, a, b) &&
		    s->ments[out - 2].kind == M_PRONOUN &&
		    s->ments[out - 2].tok + s->ments[out - 2].n_tok == a->tok) {
			a = &s->ments[out - 2];
			out--;
			mission = 1;
		}
		/* ("the two leaders agreed to upgrade their militaries": a
		 * pronoun that took a role of no state, "leaders", owns no
		 * role of its own; the pair is the coder's to find) */
		if (a && a->kind == M_PRONOUN && a->code && strlen(a->code) == 3 &&
		    cameo_role_name(a->code))
			a = NULL;
		if (a && a->kind == M_PRONOUN && a->code && b->kind == M_AGENT && (!b->placed || mission) &&
		    b->agent != LEX_NONE && b->agent < c->lex->agents.n &&
		    (b->tok == a->tok + a->n_tok || mission ||
		     match_owner_pronoun_before(s, b->tok) == (long)a->tok) &&
		    a->n_tok == 1 && (s->info[a->tok].roles & R_POSS)) {
			const struct lex_agent *ag = &c->lex->agents.v[b->agent];
			struct mention owner = *a;
			struct mention merged = *b;
			owner.country = 0;
			merged.code = spy_owned_force(c, a, ag);
			if (!merged.code)
				merged.code = match_actor_with_agent(c, &owner, ag);
			merged.kind = M_NAME;
			merged.how = "pronoun and agent";
			merged.tok = a->tok;
			merged.n_tok = b->tok + b->n_tok - a->tok;
			merged.start = a->start;
			s->ments[out - 1] = merged;
			continue;
		}
		/* "their drones" whose owner is unknown: no actor */
		if (b->kind == M_AGENT && match_owned_forces(s, b))
			continue;
		if (out != i)
			s->ments[out] = *b;
		out++;
	}
	s->n_ments = out;
}

/* "the" or "a" inside a list: "The United States, the European Union
 * and Britain"; so is a possessive pronoun ("Netanyahu, his former
 * defence minister Yoav Gallant and Deif"). */
int match_list_article(const struct sent *s, uint32_t t)
{
	return (s->info[t].roles & R_DET) &&
	       (!(s->info[t].roles & R_POSS) || (s->info[t].roles & R_PRON));
}

/* Whether "and" after mention B adds the unnamed rest of a list ("diplomats
 * from Argentina, Chile, Peru and four other Latin American countries"):
 * then B closes the list as a named last member would. */
static int unnamed_rest_after(const struct sent *s, const struct mention *b)
{
	static const char *const others[] = { "other", "others", NULL };
	static const char *const lands[] = { "countries", "nations", "states", "governments",
					     "members", NULL };
	uint32_t t = b->tok + b->n_tok, k;
	int other = 0;

	if (t >= s->n || !(s->info[t].roles & R_CONJ))
		return 0;
	for (k = t + 1; k < s->n && k <= t + 6; k++) {
		if (s->info[k].mention >= 0)
			return 0;
		if (word_is_any(s, k, others))
			other = 1;
		else if (word_is_any(s, k, lands))
			return other;
	}
	return 0;
}

/* "and three other", "and two fellow": words that, after a count,
 * add the rest of a list's people after "and" */
static const char *const list_others[] = { "other", "fellow", NULL };

/* Whether mention K and the one after it stand apart only by a comma
 * (and list articles): "Britain, France". */
static int comma_after(const struct sent *s, size_t k)
{
	uint32_t t, end = s->ments[k].tok + s->ments[k].n_tok;
	int comma = 0;

	if (k + 1 >= s->n_ments || s->ments[k + 1].tok < end)
		return 0;
	for (t = end; t < s->ments[k + 1].tok; t++)
		if (match_is_punct_tok(s, t, ','))
			comma = 1;
		else if (!match_list_article(s, t))
			return 0;
	return comma;
}

/* "struck the embassy, killing a commander, Iranian and Syrian
 * officials said": a list after a comma whose last member a report verb
 * follows at the end of the sentence, after a clause with a verb before
 * mention A, is who reports it, no member of A's list. */
static int reporter_tail(const struct sent *s, const struct mention *a, const struct mention *b)
{
	static const char *const says[] = { "said", "say", "says", "reported", "told", NULL };
	static const char *const on[] = { "on", NULL };
	static const char *const days[] = { "Monday", "Tuesday", "Wednesday", "Thursday",
					    "Friday", "Saturday", "Sunday", NULL };
	size_t k, t, last = 0;
	int verb = 0;

	for (k = 0; k < s->n_ments; k++)
		if (s->ments[k].group == b->group && s->ments[k].tok + s->ments[k].n_tok > last)
			last = s->ments[k].tok + s->ments[k].n_tok;
	if (last >= s->n || !word_is_any(s, last, says))
		return 0;
	t = last + 1;
	if (t + 1 < s->n && word_is_any(s, t, on) && word_is_any(s, t + 1, days))
		t += 2;
	if (t < s->n && !match_is_punct_tok(s, t, '.'))
		return 0;
	for (t = 0; t < a->tok && !verb; t++)
		verb = s->info[t].infl &&
		       s->info[t].mention < 0 && !(s->info[t].roles & (R_BE | R_HAVE));
	return verb;
}

/* Whether "on DAY and" at token t, right after one mention, and "on
 * DAY" right after mention b follow each other: "met Modi on Saturday
 * and Biden on Sunday" (one verb, two objects on two days). */
static int parallel_days(const struct sent *s, uint32_t t, const struct mention *b)
{
	static const char *const on[] = { "on", NULL };
	static const char *const days[] = { "Monday", "Tuesday", "Wednesday", "Thursday",
					    "Friday", "Saturday", "Sunday", NULL };
	uint32_t e = b->tok + b->n_tok;

	return t + 3 == b->tok && word_is_any(s, t, on) && word_is_any(s, t + 1, days) &&
	       (s->info[t + 2].roles & R_CONJ) && e + 1 < s->n && word_is_any(s, e, on) &&
	       word_is_any(s, e + 1, days) &&
	       /* ("and Hamas on Tuesday fired rockets": a clause) */
	       (e + 2 >= s->n || (s->info[e + 2].roles & R_PREP) ||
		!(s->toks[e + 2].flags & TOK_WORD));
}

/* Whether "and then" or "and later" at token t, right after one mention,
 * leads to mention b that ends its clause (the sentence's end, a comma,
 * a preposition): "met Trump and then Putin". */
static int then_object(const struct sent *s, uint32_t t, const struct mention *b)
{
	static const char *const then[] = { "then", "later", "afterwards", NULL };
	/* ("visited Kyiv and then Warsaw this week") */
	static const char *const when[] = { "this", "next", "last", "later", "earlier", NULL };
	uint32_t e = b->tok + b->n_tok;

	return (s->info[t].roles & R_CONJ) && word_is_any(s, t + 1, then) &&
	       (e >= s->n || (s->info[e].roles & R_PREP) || !(s->toks[e].flags & TOK_WORD) ||
		word_is_any(s, e, when));
}

/* Whether the tokens from the comma at `from` to `to` are ", <an
 * apposition>, and": led by a determiner or a name, holding no actor and
 * no participle or past form of a verb that opens it ("Kyiv, killing
 * three, and Warsaw" is a clause). */
static int appositive_gap(const struct sent *s, uint32_t from, uint32_t to)
{
	uint32_t t;
	size_t len;
	const char *x;

	if (!match_is_punct_tok(s, from, ',') || !match_is_punct_tok(s, to - 2, ',') ||
	    !(s->info[to - 1].roles & R_CONJ) || to - from > 18)
		return 0;
	/* ("a commander of the group, Taiseer al-Jabari, and Israel
	 * said": a name is no apposition; "Turkey's president" is) */
	if (!(s->info[from + 1].roles & R_DET) &&
	    !(from + 2 < to && (s->info[from + 2].roles & R_POSS)))
		return 0;
	for (t = from + 1; t < to - 2; t++) {
		if (s->info[t].mention >= 0 || (s->toks[t].flags & TOK_PUNCT) || s->info[t].brk ||
		    (s->info[t].roles & (R_CONJ | R_BUT | R_SUB)))
			return 0;
		x = tok_text(s, t, &len);
		if (s->info[t].vlemma != LEX_NONE && len > 4 &&
		    (!strncmp(x + len - 3, "ing", 3) || !strncmp(x + len - 2, "ed", 2)) &&
		    t == from + 1)
			return 0;
	}
	return 1;
}

/* Whether token t is a plain lower-case word (no verb, role word or
 * mention) that, after a list article, describes the named member b one
 * or two words on: "Sudan's army and the paramilitary Rapid Support
 * Forces", "Israel and the militant group Hamas". */
static int descriptor_before_name(const struct sent *s, uint32_t t, const struct mention *b)
{
	uint32_t k;

	if (b->kind != M_NAME || t + 2 < b->tok || t >= b->tok || t < 1)
		return 0;
	for (k = t; k < b->tok; k++)
		if (!(s->toks[k].flags & TOK_WORD) || (s->toks[k].flags & TOK_CAP) ||
		    s->info[k].roles || s->info[k].mention >= 0 || s->info[k].verb)
			return 0;
	if (match_list_article(s, t - 1))
		return 1;
	return t + 1 == b->tok && t >= 2 && (s->toks[t - 1].flags & TOK_WORD) &&
	       !(s->toks[t - 1].flags & TOK_CAP) && !s->info[t - 1].roles &&
	       s->info[t - 1].mention < 0 && !s->info[t - 1].verb && match_list_article(s, t - 2);
}

/* The mention that tokens from..to-1 add to the one before them as a
 * further member, or 0: "as well as" ("sanctions on Russia as well as
 * Belarus"), ", along with" and ", together with" ("Macron, along with
 * the leaders of Germany, Britain and Poland, arrived"), ", joined by" and
 * ", accompanied by" ("Trudeau, joined by Sanchez, arrived"), and "and" or "as
 * well as" before the preposition the first member had ("sanctions on
 * Iran's defence ministry and on Maduro": `prep` is that preposition's
 * token, or -1 when the first member has none).  Determiners may follow. */
static int joiner_between(const struct sent *s, uint32_t from, uint32_t to, long prep)
{
	static const char *const as[] = { "as", NULL }, *const well[] = { "well", NULL };
	static const char *const with_words[] = { "along", "together", NULL };
	static const char *const with[] = { "with", NULL };
	static const char *const joined_w[] = { "joined", "accompanied", NULL };
	static const char *const by[] = { "by", NULL };
	uint32_t t = from;
	int joined = 0;
	size_t pl = 0, l;
	const char *px = prep >= 0 ? tok_text(s, (size_t)prep, &pl) : NULL, *x;

	if (t < to && word_is_any(s, t, with_words) && t > 0 && match_is_punct_tok(s, t - 1, ','))
		;
	else if (t < to && match_is_punct_tok(s, t, ',') && t + 1 < to &&
		 word_is_any(s, t + 1, with_words))
		t++;
	if (t + 2 < to && match_is_punct_tok(s, t, ',') && word_is_any(s, t + 1, joined_w) &&
	    word_is_any(s, t + 2, by))
		t += 3, joined = 1;
	else if (t + 1 < to && word_is_any(s, t, with_words) && word_is_any(s, t + 1, with))
		t += 2, joined = 1;
	else if (t + 2 < to && word_is_any(s, t, as) && word_is_any(s, t + 1, well) &&
		 word_is_any(s, t + 2, as))
		t += 3, joined = 2;
	else if (t < to && (s->info[t].roles & R_CONJ) && px)
		t++, joined = 3;
	if (!joined)
		return 0;
	/* ("and on Venezuela's president": the first member's preposition
	 * again, which a plain "and" needs) */
	if (px && t < to && (x = tok_text(s, t, &l)) && l == pl && !strncasecmp(x, px, l))
		t++;
	else if (joined == 3)
		return 0;
	while (t < to && match_list_article(s, t))
		t++;
	return t == to;
}

/* Whether mention b, a name, follows a possessive pronoun a that "and"
 * joined to the list before it and one word of alliance ("Iran and its
 * ally Hezbollah"): b is that list's member; the pronoun names its
 * first member again.  I is b's index. */
static int ally_after_listed_pronoun(const struct sent *s, const struct mention *a,
				     const struct mention *b, size_t i)
{
	static const char *const allies[] = { "ally", "allies", "partner", "proxy", "backer",
					      "patron", NULL };
	static const char *const the[] = { "the", NULL };
	uint32_t end = a->tok + a->n_tok;
	size_t t = end;

	if (a->kind != M_PRONOUN || b->kind != M_NAME || a->group == (uint32_t)(i - 1) ||
	    a->n_tok != 1 || !(s->info[a->tok].roles & R_POSS) || a->tok < 1 ||
	    !(s->info[a->tok - 1].roles & R_CONJ))
		return 0;
	/* ("its close ally", "its key ally") */
	if (t < b->tok && (s->toks[t].flags & TOK_WORD) && !s->info[t].roles &&
	    s->info[t].mention < 0 && !s->info[t].verb && !word_is_any(s, t, allies))
		t++;
	if (t + 1 < b->tok && word_is_any(s, t + 1, the))
		return t + 2 == b->tok && word_is_any(s, t, allies);
	return t + 1 == b->tok && word_is_any(s, t, allies);
}

/* Join to each list the further members that "as well as", "along with"
 * and "together with" or a repeated preposition add (see
 * joiner_between()), unless the first member is a place where the act
 * happens ("talks in Kyiv, along with Macron": that is act_scan.c's
 * act_along_with()). */
static void join_further_members(struct sent *s)
{
	size_t i, k;

	for (i = 1; i < s->n_ments; i++) {
		struct mention *a = &s->ments[i - 1], *b = &s->ments[i];
		uint32_t end = a->tok + a->n_tok, g, old;
		long prep = -1;

		if (b->tok <= end || a->group == b->group || a->place_only || b->place_only ||
		    (a->after_prep && (a->prep_roles & R_LOC)))
			continue;
		if (a->after_prep) {
			long j = (long)s->ments[a->group].tok - 1;
			while (j >= 0 && match_list_article(s, (size_t)j))
				j--;
			if (j >= 0 && (s->info[j].roles & R_PREP))
				prep = j;
		}
		if (!joiner_between(s, end, b->tok, prep))
			continue;
		g = a->group;
		old = b->group;
		for (k = 0; k < s->n_ments; k++)
			if (s->ments[k].group == old) {
				s->ments[k].group = g;
				s->ments[k].after_prep = a->after_prep;
				s->ments[k].prep_roles = a->prep_roles;
			}
	}
}

/* "Syrian government forces and allied militias killed", "Turkish
 * troops and affiliated Syrian rebels": a participle of alliance right
 * before the next member (after "and") describes it, and the list goes
 * on.  Whether token T is such. */
static int allied_before(const struct sent *s, uint32_t t, const struct mention *b)
{
	static const char *const allied[] = { "allied", "affiliated", "aligned",
					      "associated", NULL };

	return t + 1 == b->tok && word_is_any(s, t, allied);
}

/* Compound groups ("Russia and Belarus") and prepositions before mentions. */
void match_link_mentions(struct dyad_coder *c, struct sent *s)
{
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		long j = (long)m->tok - 1;

		m->group = (uint32_t)i;
		/* "supporters of former President Bolsonaro": a former office
		 * holder's title is still the preposition's object; so is a
		 * state after a word for its part ("in northern Iraq"). */
		while (j >= 0 && (((s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS)) ||
				  word_is_any(s, (size_t)j, match_former_words) ||
				  word_is_any(s, (size_t)j, match_state_parts)))
			j--;
		/* "before", "after", "since" may open a clause whose subject
		 * this is ("three days before Trump is due to arrive"), so only
		 * the pure prepositions make an object. */
		if (j >= 0 && (s->info[j].roles & R_PREP) && !(s->info[j].roles & R_SUB)) {
			m->after_prep = 1;
			m->prep_roles = s->info[j].roles;
		}
		/* "a missile strike on Azerbaijan's second city Ganja", "in
		 * Ukraine's eastern port Odesa": a place named after its
		 * state's possessive and a word or three for what it is
		 * shares the state's preposition, the struck place, no doer. */
		if (i > 0 && !m->after_prep && m->kind == M_NAME && s->ments[i - 1].after_prep) {
			const struct mention *o = &s->ments[i - 1];
			uint32_t t = o->tok + o->n_tok;
			int words = 0, poss = 0;
			for (; t < m->tok; t++) {
				if (!poss && (s->info[t].roles & R_POSS) && !words) {
					poss = 1;
					continue;
				}
				if (!poss || !(s->toks[t].flags & TOK_WORD) || s->info[t].roles ||
				    (s->toks[t].flags & TOK_CAP) || s->info[t].mention >= 0 ||
				    s->info[t].verb)
					break;
				words++;
			}
			/* (and a name right after the possessive: "troops
			 * fighting in Ethiopia's Tigray region killed") */
			if (t == m->tok && poss && words <= 3) {
				m->after_prep = 1;
				m->prep_roles = o->prep_roles;
			}
		}
		/* "of former foreign minister Sergey Lavrov": a name right
		 * after its title shares the title's preposition. */
		if (i > 0 && !m->after_prep && s->ments[i - 1].kind == M_AGENT &&
		    s->ments[i - 1].tok + s->ments[i - 1].n_tok == m->tok) {
			m->after_prep = s->ments[i - 1].after_prep;
			m->prep_roles = s->ments[i - 1].prep_roles;
		}
	}
	for (i = 1; i < s->n_ments; i++) {
		struct mention *a = &s->ments[i - 1], *b = &s->ments[i];
		uint32_t t, end = a->tok + a->n_tok;
		int ok = b->tok > end, saw_conj = 0, saw_comma = 0;

		if (b->tok == a->tok && a->pair && b->pair) {
			b->group = a->group;
			continue;
		}
		/* "warned Iran and its ally the Houthis", "accused Russia and
		 * its ally Belarus of": a name after a word of alliance on
		 * a list's possessive pronoun is the list's next member */
		if (ally_after_listed_pronoun(s, a, b, i)) {
			b->group = a->group;
			b->after_prep = a->after_prep;
			b->prep_roles = a->prep_roles;
			continue;
		}
		/* "met Modi on Saturday and Biden on Sunday": a day after
		 * each member, the verb's objects in parallel */
		if (end + 3 <= b->tok && parallel_days(s, end, b)) {
			end += 2;
			ok = 1;
		}
		/* "met Trump and then Putin", "visited Riyadh and later
		 * Doha": a second object after "and then", no verb after it */
		if (end + 2 == b->tok && then_object(s, end, b)) {
			/* ("met Lavrov in Moscow and later Putin": the object
			 * before the place) */
			const struct mention *o = a;
			if (a->after_prep && (a->prep_roles & R_LOC) && i >= 2 &&
			    s->ments[i - 2].tok + s->ments[i - 2].n_tok + 1 == a->tok &&
			    !s->ments[i - 2].after_prep)
				o = &s->ments[i - 2];
			b->group = o->group;
			b->after_prep = o->after_prep;
			b->prep_roles = o->prep_roles;
			continue;
		}
		/* "Erdogan, Turkey's president, and Rutte, the Dutch prime
		 * minister, held talks": an apposition (its actors dropped)
		 * between the comma after a member and ", and" */
		if (end + 3 < b->tok && appositive_gap(s, end, b->tok))
			end = b->tok - 1;
		for (t = end; t < b->tok && ok; t++) {
			size_t len;
			const char *x = tok_text(s, t, &len);
			if (s->info[t].roles & R_CONJ)
				saw_conj = 1;
			else if (len == 1 && x[0] == ',')
				saw_comma = 1;
			/* "U.S.- and British-led strikes": the hyphen a
			 * shared ending leaves before "and" */
			else if (len == 1 && x[0] == '-' && t == end && t + 1 < b->tok &&
				 (s->info[t + 1].roles & R_CONJ))
				;
			/* "two Russian and two Chinese bombers"; "Jason
			 * Rezaian and three other U.S. citizens", "and a
			 * fellow American": the rest of those freed or held */
			else if (saw_conj && descriptor_before_name(s, t, b))
				;
			else if (saw_conj && allied_before(s, t, b))
				;
			else if (!match_list_article(s, t) && !(saw_conj && match_count_word(s, t)) &&
				 !(saw_conj && word_is_any(s, t, list_others) && t > end &&
				   match_count_word(s, t - 1) && b->kind != M_AGENT))
				ok = 0;
		}
		/* "rallied in Tbilisi, and police used tear gas": ", and"
		 * after a lone mention opens a clause; a list of two takes no
		 * comma.  A list of three may ("Britain, France, and
		 * Germany"): its comma before the last follows another. */
		if (saw_comma && a->group == (uint32_t)(i - 1) && !(i >= 2 && comma_after(s, i - 2)))
			ok = 0;
		/* "rallied in Kyiv and police attacked them": a role after
		 * the place of an act starts a clause of its own */
		if (a->after_prep && (a->prep_roles & R_LOC) && a->country && b->kind == M_AGENT)
			ok = 0;
		if (ok && saw_conj) {
			b->group = a->group;
			b->after_prep = a->after_prep;
			b->prep_roles = a->prep_roles;
		}
	}
	/* "The United States, Japan and South Korea": a comma joins a
	 * mention to a list that an "and" closes after it. */
	for (i = s->n_ments; i-- > 1;) {
		struct mention *a = &s->ments[i - 1], *b = &s->ments[i];
		uint32_t t, end = a->tok + a->n_tok, g, old;
		size_t k, in_group = 0, in_a_group = 0;
		int ok;

		for (k = 0; k < s->n_ments; k++) {
			in_group += s->ments[k].group == b->group;
			in_a_group += s->ments[k].group == a->group;
		}
		/* "his former defence minister Yoav Gallant and Deif": a
		 * descriptor right before a name in a list stands with it.
		 * A list an "and" has closed takes no more ("the summit
		 * between Trump and Putin, Zelensky and Merz met"). */
		ok = b->tok >= end && (in_group > 1 || unnamed_rest_after(s, b)) && in_a_group == 1;

		/* ("arrested three Americans, two Spaniards and a Czech
		 * citizen": a count after the comma opens the next member) */
		for (t = end; t < b->tok && ok; t++) {
			size_t len;
			const char *x = tok_text(s, t, &len);
			if (!(len == 1 && x[0] == ',') && !match_list_article(s, t) &&
			    !(t > end && match_count_word(s, t)))
				ok = 0;
		}
		if (!ok || a->group == b->group || reporter_tail(s, a, b))
			continue;
		/* b's group changes on the way: compare with the old one. */
		g = a->group;
		old = b->group;
		for (k = 0; k < s->n_ments; k++)
			if (s->ments[k].group == old)
				s->ments[k].group = g;
		b->after_prep = a->after_prep;
		b->prep_roles = a->prep_roles;
	}
	join_further_members(s);
	/* "the leaders of Japan, India and Australia", "officials from the
	 * United States and Ukraine": the role before "of" or "from" is
	 * each listed state's.  Buildings ("the embassies of France and
	 * Rwanda") stand for the states themselves. */
	static const char *const buildings[] = { "embassy", "embassies", "consulate",
						 "consulates", NULL };
	for (i = 0; i < s->n_ments; i++) {
		const struct mention *a = &s->ments[i];
		size_t k, of = 0;
		/* the last "of" or "from" inside the mention, before the
		 * state's name of one to three words ("the foreign ministers
		 * of Saudi Arabia and Iran") */
		if (a->n_tok >= 3)
			for (k = a->tok + a->n_tok - 2; k > a->tok && k + 4 >= a->tok + a->n_tok; k--)
				if ((s->info[k].roles & (R_OF | R_FROM)) || match_ruling_at(s, k)) {
					of = k;
					break;
				}
		if (!of || a->person || !a->code || strlen(a->code) <= 3 ||
		    !match_is_state_code(a->code) || word_is_any(s, of - 1, buildings))
			continue;
		for (k = i + 1; k < s->n_ments; k++) {
			struct mention *b = &s->ments[k];
			char *code;
			if (b->group != a->group || !b->country || !match_is_country_code(b->code))
				continue;
			if (!(code = state_role(c, b->code, a->code + 3)))
				return;
			b->code = code;
			b->country = 0;
			b->how = "state sharing the role before it";
		}
	}
}

/* A titled person with no state of their own ("President Mohamed Bazoum"
 * in "Soldiers in Niger detained President Mohamed Bazoum") takes the
 * state of the sentence when the sentence names exactly one.  Bare role
 * words ("officials", "analysts") stay stateless: too often they belong
 * to another state than the one named. */
/* Whether the sentence names the lone state as no more than the object
 * of what the person at mention P does: only by its bare name, after P
 * and not after a preposition ("President Choi criticized Japan", but
 * not "in Niger", "of Niger", "Colombian senator ... Uribe").  With
 * OTHERS (a dateline to fall back on), also by the other party's own
 * title or role and the place they meet ("Vice Foreign Minister Park
 * Yoon-joo met U.S. Deputy Secretary of State Christopher Landau in
 * Washington"). */
static int state_only_acted_on(const struct sent *s, const struct mention *p, int others)
{
	size_t k;

	for (k = 0; k < s->n_ments; k++) {
		const struct mention *m = &s->ments[k];
		if (m->kind == M_AGENT || !match_is_state_code(m->code) || !strncmp(m->code, "---", 3))
			continue;
		if (m->tok < p->tok)
			return 0;
		/* ("SEOUL -- Vice Foreign Minister Park Yoon-joo met U.S.
		 * Deputy Secretary of State Christopher Landau in Washington":
		 * the other party's own title or role, and where they met,
		 * name the other party's state) */
		if (!others) {
			if (!m->country || m->after_prep)
				return 0;
			continue;
		}
		if (m->person || (!m->country && strlen(m->code) == 6) ||
		    (m->country && m->after_prep && (m->prep_roles & R_LOC) && k > 0 &&
		     s->ments[k - 1].tok > p->tok &&
		     (s->ments[k - 1].person || strlen(s->ments[k - 1].code) == 6)))
			continue;
		if (!m->country || m->after_prep)
			return 0;
	}
	return 1;
}

void match_lone_state(struct dyad_coder *c, struct sent *s)
{
	const char *state = NULL;
	size_t i;
	int two = 0, dateline_named = 0;

	for (i = 0; i < s->n_ments; i++) {
		const struct mention *m = &s->ments[i];
		const char *code = m->code;
		if (m->kind == M_AGENT || !match_is_state_code(code) || !strncmp(code, "---", 3))
			continue;
		if (c->memo.dateline[0] && !strncmp(c->memo.dateline, code, 3))
			dateline_named = 1;
		if (state && strncmp(state, code, 3))
			two = 1;
		state = code;
	}
	/* "WASHINGTON -- Special Counsel Robert Mueller charged 13 Russians
	 * and three Russian companies with interfering in the 2016 U.S.
	 * election": of two states named, the dateline's is a titled
	 * prosecutor's, judge's or officer's own (the law acts at home); of
	 * anyone else, no telling whose */
	if (two && !dateline_named)
		return;
	if (two)
		state = c->memo.dateline;
	/* "PHNOM PENH -- A court found opposition leader Kem Sokha not
	 * guilty", "MINSK -- Lukashenko freed opposition figure Viktor
	 * Babariko": a titled person no dictionary knows, in a sentence
	 * that names no state, is of the dateline's state (else the
	 * article's main one), as an untitled role is; never of no state. */
	if (!state && c->memo.dateline[0])
		state = c->memo.dateline;
	if (!state)
		state = match_home_state(&c->memo);
	if (!state || !*state || !match_is_state_code(state))
		return;
	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		char *code;
		const char *own = state;
		if (m->kind != M_AGENT || !m->code || !m->person)
			continue;
		if (!strncmp(m->code, "REB", 3) || !strncmp(m->code, "INS", 3))
			continue;       /* armed groups oppose the state they are in */
		if (two && strcmp(m->code, "JUD") && strcmp(m->code, "COP"))
			continue;
		/* ("SEOUL -- Acting President Choi criticized Japan": then
		 * the dateline's, if any) */
		if (state_only_acted_on(s, m, c->memo.dateline[0] != 0) && !*(own = c->memo.dateline))
			continue;
		/* ("police detained former chief minister Omar Abdullah":
		 * an office no longer held is the state's elite) */
		if (m->tok > 0 && word_is_any(s, m->tok - 1, match_ex_words) &&
		    match_role_is_office(match_junta_role(c, m, own))) {
			if (!(code = state_role(c, own, "ELI")))
				return;
		} else if (!(code = state_role(c, own, match_junta_role(c, m, own))))
			return;
		m->code = code;
		m->kind = M_NAME;
		m->how = own == c->memo.dateline ? "role in the dateline's state" :
			 own == state && state != match_home_state(&c->memo) ? "role in the sentence's one state" :
			 "role in the article's main state";
	}
}

/* "Philippine and U.S. troops", "Russian and Chinese warships": a role
 * after the last of several states belongs to each of them. */
void match_distribute_roles(struct dyad_coder *c, struct sent *s)
{
	size_t i;
	int b_shared = 0;       /* b took its role from the mention after it */

	for (i = s->n_ments; i-- > 1;) {
		struct mention *a = &s->ments[i - 1], *b = &s->ments[i];
		uint32_t t;
		int ok = a->kind == M_NAME && a->country && b->kind == M_NAME && !b->person &&
			 b->code && strlen(b->code) > 3 && (b->actor == LEX_NONE || b_shared) &&
			 b->tok > a->tok + a->n_tok, saw_and = 0, saw_comma = 0;
		char *code;
		size_t n;

		for (t = a->tok + a->n_tok; ok && t < b->tok; t++) {
			if (s->info[t].roles & R_CONJ)
				saw_and = 1;
			else if (match_is_punct_tok(s, t, ','))
				saw_comma = 1;
			else
				ok = 0;
		}
		/* "and" closes the list; a comma alone adds to a list the
		 * role has reached ("U.S., British and French warships");
		 * ", and" closes a list of three ("U.S., British, and French
		 * troops") and else joins clauses ("rockets at northern
		 * Israel, and Israeli jets struck") */
		if (!ok || (!saw_and && !b_shared) ||
		    (saw_and && saw_comma && !(i >= 2 && comma_after(s, i - 2)))) {
			b_shared = 0;
			continue;
		}
		b_shared = 0;
		/* b must be a state and its role ("U.S. troops"), a state
		 * itself: its first three letters, not an organisation's;
		 * "Polish and NATO jets", "British and EU officials": an
		 * organisation's forces or officials lend the role alone. */
		if (!strncmp(b->code, "IGO", 3) || !strncmp(b->code, "NGO", 3) ||
		    !strncmp(b->code, "IMG", 3)) {
			const char *r = b->code + strlen(b->code) - 3;
			if (strlen(b->code) < 9 || (strcmp(r, "MIL") && strcmp(r, "GOV")))
				continue;
			n = 3;
		} else {
			n = strlen(b->code + 3);
		}
		code = arena_alloc(&c->mem, strlen(a->code) + n + 1);
		if (!code)
			return;
		memcpy(code, a->code, strlen(a->code));
		memcpy(code + strlen(a->code), b->code + strlen(b->code) - n, n + 1);
		a->code = code;
		a->country = 0;
		a->how = "state sharing the role after it";
		b_shared = 1;
	}
}

/* "hundreds of people", "26 people", "killing several people": people
 * counted are civilians (CVL), a role like "residents".  "people" alone
 * is too common to be an agent ("the Korean people"). */
int match_find_people(struct dyad_coder *c, struct sent *s)
{
	static const char *const quant[] = { "dozens", "hundreds", "thousands", "millions",
					     "tens", "scores", "many", "several", "numerous", NULL };
	size_t i, len;
	const char *t;
	struct mention *m;

	for (i = 1; i < s->n; i++) {
		size_t j = i - 1;
		int counted = 0;
		if (s->info[i].mention >= 0)
			continue;
		t = tok_text(s, i, &len);
		if (!((len == 6 && !strncasecmp(t, "people", 6)) ||
		      (len == 7 && !strncasecmp(t, "persons", 7))))
			continue;
		if ((s->info[j].roles & R_OF) && j > 0)
			j--;
		if (s->toks[j].flags & TOK_NUM)
			counted = 1;
		if (!counted && word_is_any(s, j, quant))
			counted = 1;
		if (!counted)
			continue;
		if (!(m = match_push_mention(c, s)))
			return DYAD_ENOMEM;
		m->kind = M_AGENT;
		m->code = "CVL";
		m->how = "people counted";
		match_set_span(s, m, i, i);
	}
	return DYAD_OK;
}
