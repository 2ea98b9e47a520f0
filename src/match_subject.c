/*
 * match_subject.c - appositions, surnames met earlier in the article, the
 * two Koreas told as "the North" and "the South", counted states, and the
 * readings of a clause's subject and speaker that pronouns and anaphors
 * look back to ("..., he said", "its foreign ministry said it ...").
 */
#include <string.h>

#include "coder_int.h"
#include "match_int.h"

uint32_t match_name_hash(const struct sent *s, size_t i, uint32_t *len)
{
	char f[256];
	size_t n;
	const char *t = tok_text(s, i, &n);

	n = lex_fold(t, n, f, sizeof(f));
	*len = (uint32_t)n;
	return strmap_hash(f, n);
}

/* "fired two missiles toward the East Sea, Japan's defence ministry
 * and South Korea's military said": the phrase after the comma is the
 * sayer of the sentence, no apposition, when a speech verb follows it
 * (past the other sayers joined to it) before any other verb. */
static int says_after(const struct sent *s, size_t from)
{
	size_t j;

	for (j = from; j < s->n && j < from + 10; j++) {
		if (s->info[j].mention >= 0 || (s->info[j].roles & (R_CONJ | R_DET)))
			continue;
		if (s->toks[j].flags & TOK_PUNCT)
			return 0;
		return (s->info[j].vroles & V_SPEECH) != 0;
	}
	return 0;
}

/* The head words of a body's head in an apposition ("Mohammad Eslami,
 * head of Iran's ..."). */
static const char *const apposed_heads[] = { "head", "chief", "director", "chairman",
					     "chairwoman", "speaker", NULL };

/* "Lim Eul-chul, a professor at Kyungnam University": a name the
 * dictionaries lack takes the role its apposition gives it. */
int match_find_appositions(struct dyad_coder *c, struct sent *s)
{
	size_t i = 0;

	while (i < s->n) {
		size_t k = i, j;
		struct mention *m;
		const struct mention *ap;
		int headed;

		if (s->info[i].mention >= 0 || !match_is_name_word(s, i) ||
		    (i > 0 && match_is_name_word(s, i - 1))) {
			i++;
			continue;
		}
		while (k + 1 < s->n && match_is_name_word(s, k + 1) && s->info[k + 1].mention < 0 &&
		       k - i < 3)
			k++;
		j = k + 2;
		if (k == i || j >= s->n || !(s->toks[k + 1].flags & TOK_PUNCT) ||
		    s->text[s->toks[k + 1].start - s->base] != ',') {
			i = k + 1;
			continue;
		}
		if (s->info[j].roles & R_DET)
			j++;
		/* ("Mohammad Eslami, head of Iran's atomic energy agency,":
		 * the head of a body takes the body's role) */
		headed = 0;
		if (j + 2 < s->n && s->info[j].mention < 0 && word_is_any(s, j, apposed_heads) &&
		    (s->info[j + 1].roles & R_OF)) {
			headed = 1;
			j += 2;
			if (j < s->n && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS))
				j++;
		}
		if (j >= s->n || s->info[j].mention < 0) {
			i = k + 1;
			continue;
		}
		ap = &s->ments[s->info[j].mention];
		if (ap->tok != j || ap->person || !ap->code ||
		    (ap->kind != M_AGENT && !(ap->kind == M_NAME && (ap->actor == LEX_NONE || headed))) ||
		    says_after(s, ap->tok + ap->n_tok)) {
			i = k + 1;
			continue;
		}
		if (!(m = match_push_mention(c, s)))
			return DYAD_ENOMEM;
		m->kind = M_NAME;
		m->code = s->ments[s->info[j].mention].code;
		m->person = 1;
		m->how = "name and apposition";
		/* ("Evan Gershkovich, a reporter for the Wall Street
		 * Journal,": a role of no state takes the state of the body
		 * it works for) */
		ap = &s->ments[s->info[j].mention];
		if (ap->kind == M_AGENT && strlen(ap->code) == 3) {
			static const char *const for_of[] = { "for", "of", "at", "with", NULL };
			size_t b = ap->tok + ap->n_tok;
			if (b + 1 < s->n && word_is_any(s, b, for_of)) {
				b++;
				if (s->info[b].roles & R_DET)
					b++;
				if (b < s->n && s->info[b].mention >= 0 && s->ments[s->info[b].mention].code &&
				    strlen(s->ments[s->info[b].mention].code) >= 3 &&
				    s->ments[s->info[b].mention].code[0] >= 'A' &&
				    s->ments[s->info[b].mention].code[0] <= 'Z' &&
				    strncmp(s->ments[s->info[b].mention].code, "IGO", 3) &&
				    strncmp(s->ments[s->info[b].mention].code, "IMG", 3) &&
				    !(m->code = state_role(c, s->ments[s->info[b].mention].code, ap->code)))
					return DYAD_ENOMEM;
			}
		}
		/* ("Andriy Parubiy, a lawmaker and former speaker of Ukraine's
		 * parliament,": a role of no state takes the state of the
		 * state's body named further in the same apposition) */
		if (ap->kind == M_AGENT && strlen(m->code) == 3) {
			size_t b;
			for (b = ap->tok + ap->n_tok; b < s->n && b < ap->tok + ap->n_tok + 8; b++) {
				const struct mention *o;
				if (match_is_punct_tok(s, b, ',') || (s->info[b].roles & (R_SUB | R_BUT)) ||
				    (s->info[b].vlemma != LEX_NONE && s->info[b].nlemma == LEX_NONE &&
				     s->info[b].mention < 0))
					break;
				if (s->info[b].mention < 0)
					continue;
				o = &s->ments[s->info[b].mention];
				if (o->code && strlen(o->code) >= 3 && !o->person && match_is_state_code(o->code) &&
				    strncmp(o->code, "---", 3) && strncmp(o->code, "IGO", 3) &&
				    strncmp(o->code, "IMG", 3) && strncmp(o->code, "NGO", 3)) {
					if (!(m->code = state_role(c, o->code, ap->code)))
						return DYAD_ENOMEM;
				}
				break;
			}
		}
		match_set_span(s, m, i, k);
		i = k + 1;
	}
	return DYAD_OK;
}

/* Surnames of people met earlier in the article. */
int match_find_surnames(struct dyad_coder *c, struct sent *s, int32_t ymd)
{
	static const char *const hardware[] = {
		"tank", "tanks", "missile", "missiles", "jet", "jets", "rifle", "rifles",
		"howitzer", "howitzers", "launcher", "launchers", "helicopter", "helicopters",
		"vehicle", "vehicles", NULL
	};
	size_t i, k;

	for (i = 0; i < s->n; i++) {
		uint32_t h, len, actor = LEX_NONE;
		const char *code = NULL, *how = "surname";
		struct mention *m;

		if (s->info[i].mention >= 0 || !match_is_name_word(s, i))
			continue;
		/* First the people the article has named so far (cheap, and
		 * it knows titled names no dictionary holds)... */
		h = match_name_hash(s, i, &len);
		for (k = 0; k < c->memo.n_people && !code; k++)
			if (c->memo.people[k].hash == h && c->memo.people[k].len == len) {
				actor = c->memo.people[k].actor;
				code = c->memo.people[k].code;
			}
		/* ...then one it names in full only later: "Choe ... Choe
		 * Son-hui". */
		if (!code && s->info[i].word != LEX_NONE) {
			actor = match_named_in_article(c, s, s->info[i].word, ymd, &code);
			how = "family name of a person the article names";
		}
		/* ...then the one person of that family name the
		 * dictionaries know, a name of its own ("Jose Sanchez" is
		 * someone else) */
		/* (nor a make of weapon: "31 Abrams tanks") */
		if (!code && s->info[i].word != LEX_NONE &&
		    !(i > 0 && match_is_name_word(s, i - 1) && s->info[i - 1].mention < 0) &&
		    !(i + 1 < s->n && match_is_name_word(s, i + 1)) &&
		    !(i + 1 < s->n && word_is_any(s, i + 1, hardware))) {
			actor = match_unique_surname(c, s, i, ymd, &code);
			how = "family name of one person the dictionaries know";
		}
		if (!code)
			continue;
		if (!(m = match_push_mention(c, s)))
			return DYAD_ENOMEM;
		m->kind = M_SURNAME;
		m->actor = actor;
		m->code = code;
		m->person = 1;
		m->how = how;
		match_set_span(s, m, i, i);
	}
	return DYAD_OK;
}

int match_is_punct_tok(const struct sent *s, size_t i, char ch)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return (s->toks[i].flags & TOK_PUNCT) && len == 1 && t[0] == ch;
}

/* "the North", "the South" in a sentence that names either Korea: North
 * and South Korea, as Korean wire copy writes them ("his second visit to
 * the North", "prompting the South to hold drills"); and the Korea a
 * shared name leaves out ("North and South Korea held talks"). */
int match_korean_sides(struct dyad_coder *c, struct sent *s)
{
	size_t i, k, n_before = s->n_ments;
	int korea = 0;

	for (i = 0; i + 2 < s->n; i++) {
		size_t len, ln;
		const char *t = tok_text(s, i, &len), *tn = tok_text(s, i + 2, &ln);
		int32_t other = s->info[i + 2].mention;
		struct mention *m;
		if (len != 5 || ln != 5 || s->info[i].mention >= 0 || other < 0 ||
		    !s->ments[other].country || !(s->info[i + 1].roles & R_CONJ) ||
		    !s->ments[other].code || s->ments[other].tok != i + 2)
			continue;
		if (!strncmp(t, "North", 5) && !strncmp(tn, "South", 5) &&
		    !strcmp(s->ments[other].code, "KOR"))
			;
		else if (!strncmp(t, "South", 5) && !strncmp(tn, "North", 5) &&
			 !strcmp(s->ments[other].code, "PRK"))
			;
		else
			continue;
		if (!(m = match_push_mention(c, s)))
			return DYAD_ENOMEM;
		m->kind = M_NAME;
		m->code = t[0] == 'N' ? "PRK" : "KOR";
		m->country = 1;
		m->how = "Korea left out";
		match_set_span(s, m, i, i);
	}

	for (k = 0; k < n_before && !korea; k++)
		korea = s->ments[k].code && (!strncmp(s->ments[k].code, "PRK", 3) ||
					     !strncmp(s->ments[k].code, "KOR", 3));
	/* ("SEOUL (Yonhap) -- The North fired": a Korean dateline) */
	korea |= !strcmp(c->memo.dateline, "KOR") || !strcmp(c->memo.dateline, "PRK");
	for (i = 1; i < s->n; i++) {
		/* "the reclusive North", "the nuclear-armed North": words
		 * only the North is called name it with no Korea nearby */
		static const char *const reclusive[] = { "reclusive", "isolated", "communist",
							 "nuclear-armed", "secretive", "impoverished",
							 "hermit", "Stalinist", NULL };
		size_t len, l0, the = i - 1, mods = 0;
		const char *t = tok_text(s, i, &len), *t0;
		const char *code;
		int named = 0;
		struct mention *m;
		/* ("the isolated North": up to two modifiers) */
		while (the > 0 && mods < 2 && s->info[the].mention < 0 && !s->info[the].roles &&
		       (s->toks[the].flags & TOK_WORD) &&
		       (!match_is_cap(s, the) || word_is_any(s, the, reclusive)) &&
		       (s->info[the].vlemma == LEX_NONE || word_is_any(s, the, reclusive))) {
			named |= word_is_any(s, the, reclusive);
			the--, mods++;
		}
		t0 = tok_text(s, the, &l0);
		if (s->info[i].mention >= 0 || !(l0 == 3 && !strncasecmp(t0, "the", 3)))
			continue;
		if (len == 5 && !strncmp(t, "North", 5) && (korea || named))
			code = "PRK";
		else if (len == 5 && !strncmp(t, "South", 5) && korea && !mods)
			code = "KOR";
		else
			continue;
		/* "the South China Sea", "the North Atlantic": a name goes on */
		if (i + 1 < s->n && (s->toks[i + 1].flags & TOK_WORD) &&
		    tok_text(s, i + 1, &len)[0] >= 'A' && tok_text(s, i + 1, &len)[0] <= 'Z')
			continue;
		if (!(m = match_push_mention(c, s)))
			return DYAD_ENOMEM;
		m->kind = M_NAME;
		m->code = code;
		m->country = 1;
		m->how = "Korean side";
		match_set_span(s, m, mods ? the + 1 : i, i);
	}

	/* "the inter-Korean summit at Panmunjom", "inter-Korean talks
	 * resumed": the two Koreas as a hyphenated pair ("the Moon-Kim
	 * summit"), whose nouns the pair pattern codes */
	for (i = 0; i + 1 < s->n; i++) {
		static const char *const own[] = { "summit", "summits", "talks", "dialogue",
						   "meeting", "meetings", "negotiations", NULL };
		static const char *const sides[] = { "KOR", "PRK" };
		size_t len, side;
		const char *t = tok_text(s, i, &len);
		if (s->info[i].mention >= 0 || len != 12 || strncasecmp(t, "inter-Korean", 12) ||
		    !word_is_any(s, i + 1, own))
			continue;
		for (side = 0; side < 2; side++) {
			struct mention *m = match_push_mention(c, s);
			if (!m)
				return DYAD_ENOMEM;
			m->kind = M_NAME;
			m->code = sides[side];
			m->country = 1;
			m->pair = 1;
			m->how = "the two Koreas";
			match_set_span(s, m, i, i);
		}
	}

	/* "North Korea blew up the inter-Korean liaison office", "scrapped
	 * the inter-Korean military pact": what the two Koreas share, acted
	 * on by one, is the other's stake in it, named by the adjective as
	 * "a South Korean office" would be.  Talks, summits and ties
	 * are the pair's own events, which their nouns code. */
	for (i = 0; korea && i + 1 < s->n; i++) {
		static const char *const paired[] = { "summit", "summits", "talks", "dialogue",
						      "relations", "ties", "cooperation", "reconciliation",
						      "exchanges", "meeting", "meetings", "family", NULL };
		const char *first = NULL;
		size_t len;
		const char *t = tok_text(s, i, &len);
		struct mention *m;
		if (s->info[i].mention >= 0 || len != 12 || strncasecmp(t, "inter-Korean", 12) ||
		    word_is_any(s, i + 1, paired))
			continue;
		for (k = 0; k < s->n_ments && !first; k++)
			if (s->ments[k].tok < i && s->ments[k].country && s->ments[k].code &&
			    (!strcmp(s->ments[k].code, "PRK") || !strcmp(s->ments[k].code, "KOR")))
				first = s->ments[k].code;
		if (!first)
			continue;
		if (!(m = match_push_mention(c, s)))
			return DYAD_ENOMEM;
		m->kind = M_NAME;
		m->code = first[0] == 'P' ? "KOR" : "PRK";
		m->how = "the other Korea's stake";
		match_set_span(s, m, i, i);
		/* ("no longer bound by the 2018 inter-Korean military
		 * agreement and said it would": no speaker) */
		for (k = i; k-- > 0 && ((s->info[k].roles & R_DET) || (s->toks[k].flags & TOK_NUM));)
			;
		if (k < i && (s->info[k].roles & R_PREP)) {
			m->after_prep = 1;
			m->prep_roles = s->info[k].roles;
		}
	}
	return DYAD_OK;
}

/* The number a counted noun phrase gives ("the three countries": 3), or
 * 0.  Two is left to the coder's "the two leaders", which pairs the
 * last two parties whatever lies between them. */
static size_t counted_number(const struct sent *s, size_t i)
{
	static const char *const nums[] = { "three", "four", "five", "six", "seven", "eight",
					    "nine", "ten" };
	size_t len, k;
	const char *t = tok_text(s, i, &len);

	for (k = 0; k < sizeof(nums) / sizeof(nums[0]); k++)
		if (len == strlen(nums[k]) && !strncasecmp(t, nums[k], len))
			return k + 3;
	return 0;
}

/* The list of states that ends with the mention at token LAST and has
 * exactly N members ("Ireland, Norway and Spain"): their indexes into
 * OUT, last first; whether there is one.  Members stand apart only by
 * commas, "and", "or" and articles. */
static int list_of_states(const struct sent *s, size_t last, size_t n, int32_t *out)
{
	int32_t m = s->info[last].mention;
	size_t count = 0;

	while (m >= 0 && count < n) {
		const struct mention *b = &s->ments[m];
		long t = (long)b->tok - 1;
		if (!b->code || b->person || !b->country || !match_is_country_code(b->code))
			return 0;
		out[count++] = m;
		while (t >= 0 && s->info[t].mention < 0 &&
		       (match_is_punct_tok(s, (size_t)t, ',') || (s->info[t].roles & R_CONJ) ||
			match_list_article(s, (uint32_t)t)))
			t--;
		m = t >= 0 && t + 1 < (long)b->tok ? s->info[t].mention : -1;
	}
	/* "Chad, Mali, Niger and Sudan ... the three countries" names none */
	return count == n && m < 0;
}

/* "Israel recalled its ambassadors to Ireland, Norway and Spain after
 * the three countries said they would recognise a Palestinian state":
 * "the three countries" (nations, states, capitals, governments, and
 * "the three Gulf states") stands for each member of
 * the list of as many states right before it, one mention per member
 * over the phrase, paired like "Trump-Kim" so that they make one group.
 * Needs the mentions marked. */
int match_counted_states(struct dyad_coder *c, struct sent *s)
{
	static const char *const nouns[] = { "countries", "nations", "states", "capitals",
					     "governments", NULL };
	static const char *const dets[] = { "the", "all", "these", "those", NULL };
	size_t i;

	for (i = 2; i + 1 < s->n; i++) {
		size_t n, k, w = i + 1;
		int32_t members[10];
		long t;
		size_t len_noun;
		const char *noun = tok_text(s, i + 1, &len_noun);

		/* ("the three Gulf states", "the three European capitals": one
		 * word that describes them, no party of its own) */
		if (i + 2 < s->n && !word_is_any(s, w, nouns) && word_is_any(s, i + 2, nouns) &&
		    (s->toks[w].flags & TOK_WORD) && !s->info[w].verb && !s->info[w].roles &&
		    s->info[w].mention < 0)
			noun = tok_text(s, ++w, &len_noun);
		/* the noun's last letter first: every token passes here */
		if ((noun[len_noun - 1] | 0x20) != 's' || !word_is_any(s, w, nouns) ||
		    !(n = counted_number(s, i)) ||
		    !word_is_any(s, i - 1, dets) ||
		    s->info[i].mention >= 0 || s->info[w].mention >= 0)
			continue;
		/* "the three countries' leaders": a possessor, not the parties;
		 * nor is a closing sayer after a comma ("... to Ukraine, the
		 * three Baltic states said"), which the list before would take
		 * in */
		if (w + 1 < s->n && ((s->info[w + 1].roles & R_POSS) ||
				     (match_is_punct_tok(s, i - 2, ',') && says_after(s, w + 1))))
			continue;
		/* the nearest such list before it, past other parties ("Mali,
		 * Burkina Faso and Niger quit ECOWAS, and the three countries") */
		for (t = (long)i - 2; t >= 0; t--)
			if (s->info[t].mention >= 0 &&
			    s->ments[s->info[t].mention].tok + s->ments[s->info[t].mention].n_tok ==
				    (uint32_t)t + 1 &&
			    list_of_states(s, (size_t)t, n, members))
				break;
		if (t < 0)
			continue;
		for (k = n; k-- > 0;) {
			struct mention *m;
			if (!(m = match_push_mention(c, s)))
				return DYAD_ENOMEM;
			*m = s->ments[members[k]];      /* push_mention may have moved them */
			m->pair = 1;
			m->after_prep = 0;
			m->how = "counted states of a list";
			match_set_span(s, m, i - 1, w);
		}
	}
	return DYAD_OK;
}

static int is_that(const struct sent *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return len == 4 && !strncasecmp(t, "that", 4);
}

/* The verb of speech or the "that" a reported clause starting at token I
 * hangs on, or -1: right after it, or after the time the speech was made
 * ("said on Wednesday they had", "said late on Friday it would"). */
const char *const match_told_objects[] = { "him", "her", "them", "us", "me", NULL };

long match_report_verb(const struct sent *s, size_t i)
{
	static const char *const telling[] = { "told", "tells", "telling", "assured", "assures",
					       "assuring", "informed", "informs", "promised",
					       "promises", NULL };
	static const char *const time_words[] = { "late", "early", "last", "this", "week", "night",
						  "morning", "afternoon", "evening", "overnight",
						  "earlier", "later", NULL };
	size_t j;

	for (j = i; j-- > 0 && i - j <= 4;) {
		if ((s->info[j].vroles & V_SPEECH) || is_that(s, j))
			return (long)j;
		if (j + 1 == i && (s->info[j].roles & R_PREP))
			return -1;      /* "said of them": an object */
		/* "told him he held him responsible": the one told is
		 * passed over to the verb */
		if (j > 0 && (s->info[j - 1].vroles & V_SPEECH) && word_is_any(s, j, match_told_objects))
			continue;
		/* "Washington has told Kyiv it will not provide F-16s",
		 * "assured Seoul it would": what one tells a hearer one will
		 * do is said of oneself; the hearer is passed over ("told
		 * Kyiv it must" is said of the hearer) */
		if (s->info[j].mention >= 0 && i + 1 < s->n &&
		    (s->info[i + 1].roles & (R_WILL | R_WOULD))) {
			const struct mention *h = &s->ments[s->info[j].mention];
			if (h->tok > 0 && h->tok + h->n_tok == i &&
			    word_is_any(s, h->tok - 1, telling)) {
				j = h->tok;
				continue;
			}
		}
		if (s->info[j].mention >= 0 || s->info[j].brk || !(s->toks[j].flags & TOK_WORD))
			return -1;
		if (!(s->info[j].roles & R_PREP) && !match_is_cap(s, j) && !word_is_any(s, j, time_words))
			return -1;
	}
	return -1;
}

/* Whether the "that" at token V opens the content of a claim, its
 * claimant between them or not: "accusations that", "a report by U.N.
 * experts that". */
int match_claim_before(const struct sent *s, long v)
{
	long j;

	if (!is_that(s, (size_t)v))
		return 0;
	for (j = v - 1; j >= 0 && v - j <= 6; j--) {
		if (claim_noun(s, (size_t)j))
			return 1;
		if (s->info[j].brk || !(s->toks[j].flags & TOK_WORD) ||
		    (s->info[j].mention < 0 && !(s->info[j].roles & R_PREP)))
			return 0;
	}
	return 0;
}

/* Whether token I ends like a verb's past or present participle
 * ("notified", "meeting"), for verbs no dictionary lists. */
static int verb_ending(const struct sent *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return len > 4 && (ends_with(t, len, "ed") || ends_with(t, len, "ing"));
}

/* Whether mention m stands in a relative clause set off by commas (",
 * which ...," or ", who ...,") that closes before token i, after a name
 * it describes. */
int match_in_closed_relative(const struct sent *s, const struct mention *m, size_t i)
{
	static const char *const rel[] = { "which", "who", NULL };
	size_t k, open = 0, found = 0;

	for (k = m->tok; k-- > 1;) {
		if (match_is_punct_tok(s, k, ',') || (s->info[k].brk && !word_is_any(s, k, rel)))
			return 0;
		if (word_is_any(s, k, rel)) {
			if (!match_is_punct_tok(s, k - 1, ','))
				return 0;
			open = k;
			found = 1;
			break;
		}
	}
	if (!found || open < 2 || s->info[open - 2].mention < 0)
		return 0;
	for (k = m->tok + m->n_tok; k < i; k++)
		if (match_is_punct_tok(s, k, ','))
			return 1;
	return 0;
}

/* Who speaks at the verb or "that" at token V: the nearest mention before
 * it that is neither a preposition's object ("Army officers in
 * Guinea-Bissau said") nor the hearer ("China has told Japan that"); -1
 * when none of the first N mentions is. */
long match_speaker(const struct sent *s, long v, size_t n)
{
	/* "the outgoing Biden administration said": words before a
	 * speaker that look like verbs and are not */
	static const char *const pre_words[] = { "outgoing", "incoming", "ruling", "governing",
						 "caretaker", "interim", NULL };
	size_t k;

	for (k = n; k-- > 0;) {
		const struct mention *m = &s->ments[k];
		long j = (long)m->tok - 1;
		if ((long)m->tok >= v || m->kind == M_PRONOUN || m->after_prep)
			continue;
		/* ("The Houthi movement, which controls northern Yemen,
		 * said": not the place the aside names) */
		if (match_in_closed_relative(s, m, (size_t)v))
			continue;
		while (j >= 0 && (((s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS)) ||
				  word_is_any(s, (size_t)j, pre_words)))
			j--;
		/* ("died inside its Istanbul consulate ..., and announced":
		 * past the owner and the place before a role, to the
		 * preposition that governs them all) */
		{
			long q = j;
			if (q >= 0 && s->info[q].mention >= 0 &&
			    s->ments[s->info[q].mention].kind != M_PRONOUN &&
			    s->ments[s->info[q].mention].tok + s->ments[s->info[q].mention].n_tok == m->tok)
				q = (long)s->ments[s->info[q].mention].tok - 1;
			if (q >= 1 && (s->info[q].roles & R_POSS) && (s->info[q].roles & R_PRON) &&
			    (s->info[q - 1].roles & R_PREP) && !(s->info[q - 1].roles & R_SUB))
				continue;
		}
		/* the word before the list the mention ends ("accused Spain
		 * and Norway") */
		while (j >= 1 && ((s->info[j].roles & R_CONJ) || match_is_punct_tok(s, (size_t)j, ',')) &&
		       s->info[j - 1].mention >= 0) {
			j = (long)s->ments[s->info[j - 1].mention].tok - 1;
			while (j >= 0 && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS))
				j--;
		}
		/* a verb's object ("accused Rwanda of backing M23 rebels
		 * who ..., and said it would") is not who speaks */
		if (j >= 0 && (((s->info[j].roles & R_PREP) && !(s->info[j].roles & R_SUB)) ||
			       (!match_is_cap(s, (size_t)j) && (s->info[j].vlemma != LEX_NONE ||
								(s->info[j].vroles & V_SPEECH) ||
								verb_ending(s, (size_t)j)))))
			continue;
		return (long)k;
	}
	return -1;
}

/* A word that opens an aside on the actor before its comma: a
 * relative pronoun ("who had flown to Ankara") or an -ing participle
 * ("speaking in Moscow"). */
static int subject_aside_opener(const struct sent *s, size_t o)
{
	static const char *const rel[] = { "who", "which", "whose", "having", NULL };
	size_t len;
	const char *t = tok_text(s, o, &len);

	return word_is_any(s, o, rel) ||
	       ((s->toks[o].flags & TOK_WORD) && !(s->toks[o].flags & TOK_CAP) && len > 5 &&
		!strncmp(t + len - 3, "ing", 3));
}

/* Whether mention M is the subject of the clause of the object pronoun
 * at token I: the last mention before it, with no clause break or comma
 * between ("police used tear gas to disperse them": not the police). */
int match_clause_subject(const struct sent *s, const struct mention *m, size_t i)
{
	size_t b, c;

	for (b = m->tok + m->n_tok; b < i; b++) {
		/* ("Zelenskiy, who had flown to Ankara, accused him": past a
		 * relative clause or a participle aside on the subject) */
		if (b == m->tok + m->n_tok && match_is_punct_tok(s, b, ',')) {
			for (c = b + 1; c < i && c < b + 22 && !match_is_punct_tok(s, c, ','); c++)
				;
			if (c < i && c + 1 < i && i - c <= 3 && c > b + 2 && subject_aside_opener(s, b + 1)) {
				b = c;
				continue;
			}
		}
		if (s->info[b].brk || match_is_punct_tok(s, b, ',') || s->info[b].mention >= 0)
			return 0;
	}
	return 1;
}

/* The last mention before token I, of the first N, when it is the
 * subject of I's clause and a state's (a role of a state only, with
 * ROLE_ONLY); NULL otherwise. */
static const struct mention *state_subject_before(const struct sent *s, size_t i, size_t n,
						  int role_only)
{
	size_t k;

	for (k = n; k-- > 0;) {
		const struct mention *m = &s->ments[k];
		if (m->tok >= i || m->kind == M_PRONOUN)
			continue;
		return match_clause_subject(s, m, i) && m->code && (!role_only || strlen(m->code) > 3) &&
		       match_is_state_code(m->code) && strncmp(m->code, "---", 3) ? m : NULL;
	}
	return NULL;
}

/* "a suicide bomber drove an explosives-laden vehicle into their
 * convoy": the last mention before token I when it is its clause's
 * subject and an attacker of no named state; NULL otherwise. */
static const struct mention *attacker_before(const struct sent *s, size_t i, size_t n)
{
	size_t k;

	for (k = n; k-- > 0;) {
		const struct mention *m = &s->ments[k];
		if (m->tok >= i || m->kind == M_PRONOUN)
			continue;
		return m->code && !strcmp(m->code, "---INS") && match_clause_subject(s, m, i) ?
		       m : NULL;
	}
	return NULL;
}

/* The subject of the clause whose object is the "it" at token I that an
 * accusation names ("the health ministry accused it of killing", "blamed
 * it for"), when the subject is a role of a state; NULL otherwise.  Other
 * objects "it" are as often the act itself ("condemned it as cowardly",
 * "a fighter jet to escort it"), which the coder reads. */
const struct mention *match_object_it_subject(const struct sent *s, size_t i, size_t n)
{
	static const char *const of_for[] = { "of", "for", NULL };

	if (i == 0 || i + 1 >= s->n || s->info[i - 1].vlemma == LEX_NONE ||
	    (s->info[i - 1].roles & (R_BE | R_HAVE | R_SUB | R_CONJ)) ||
	    !word_is_any(s, i + 1, of_for))
		return NULL;
	return state_subject_before(s, i, n, 1);
}

/* The subject of the clause in which "its" or "their" at token I owns
 * what a verb of force hits ("Russian troops shelled its positions",
 * "drones struck their bases"): one does not attack one's own, so the
 * owner is another; NULL otherwise. */
const struct mention *match_attacked_owner_subject(struct dyad_coder *c, const struct sent *s,
						    size_t i, size_t n)
{
	static const char *const force[] = { "shell", "strike", "attack", "bomb", "hit", "target",
					     "pound", "raid", "shoot", "storm", "ambush", NULL };
	/* "fired 40 missiles and 100 drones at its energy facilities",
	 * "launched strikes on its ports": force aimed through a
	 * preposition at what "its" owns; "drove a car bomb into their
	 * convoy": an attacker of no state too (attacker_before()) */
	static const char *const aimed[] = { "fire", "launch", "drop", "strike", "attack", "shell",
					     "drive", "ram", "crash", NULL };
	static const char *const at_on[] = { "at", "on", "against", "into", NULL };
	const struct mention *own;
	const char *lemma;
	size_t f, j;

	if (i == 0 || !(s->info[i].roles & R_POSS))
		return NULL;
	if (s->info[i - 1].vlemma == LEX_NONE) {
		if (i < 3 || !word_is_any(s, i - 1, at_on))
			return NULL;
		for (j = i - 1; j-- > 0 && i - 1 - j <= 8;) {
			if (s->info[j].mention >= 0 || (s->toks[j].flags & TOK_PUNCT))
				return NULL;
			if (s->info[j].vlemma == LEX_NONE)
				continue;
			lemma = lex_word_str(c->lex, s->info[j].vlemma);
			for (f = 0; aimed[f] && strcmp(aimed[f], lemma); f++)
				;
			if (!aimed[f])
				continue;
			own = state_subject_before(s, i, n, 0);
			return own ? own : attacker_before(s, i, n);
		}
		return NULL;
	}
	lemma = lex_word_str(c->lex, s->info[i - 1].vlemma);
	for (f = 0; force[f] && strcmp(force[f], lemma); f++)
		;
	if (!force[f])
		return NULL;
	return state_subject_before(s, i, n, 0);
}

/* Whether a coordinating "and" and then the verb right before token I
 * follow mention M ("... and detained him", "spoke with Putin by phone
 * on Wednesday and urged him"): M then belongs to the first verb's
 * clause, not to the second's. */
int match_conj_verb_between(const struct sent *s, const struct mention *m, size_t i)
{
	size_t k = m->tok + m->n_tok, j;

	if (i < k + 2 || s->info[i - 1].vlemma == LEX_NONE)
		return 0;
	for (j = k; j + 1 < i; j++)
		if (s->info[j].roles & R_CONJ)
			return 1;
	return 0;
}

/* Whether mention M is the one a contact verb reaches, and token I the
 * object of a purpose infinitive right after it: "telephoned Mahmoud
 * Abbas on Monday to congratulate him", "called Erdogan to thank him".
 * The infinitive is the caller's, so its object is the one called, not
 * the caller (who would be "himself"). */
int match_purpose_object(const struct sent *s, const struct mention *m, size_t i)
{
	static const char *const contact[] = { "telephoned", "telephones", "telephone", "phoned",
					       "phones", "called", "calls", "rang", "visited", "visits",
					       "met", "meets", "received", "receives", "hosted", "hosts",
					       "greeted", "welcomed", NULL };
	size_t k = m->tok + m->n_tok, j;
	long v = (long)m->tok - 1;

	if (i < k + 2 || i < 2 || s->info[i - 1].vlemma == LEX_NONE ||
	    s->info[i - 2].vlemma != LEX_NONE || !(s->info[i - 2].roles & R_TO))
		return 0;
	while (v >= 0 && (s->info[v].roles & R_DET) && !(s->info[v].roles & R_POSS))
		v--;
	if (v < 0 || !word_is_any(s, (size_t)v, contact))
		return 0;
	for (j = k; j + 2 < i; j++)
		if (s->info[j].brk || match_is_punct_tok(s, j, ',') || s->info[j].mention >= 0 ||
		    s->info[j].vlemma != LEX_NONE)
			return 0;
	return 1;
}

/* Whether mention M is the subject of a relative clause that holds
 * token I: "his host, Russian President Vladimir Putin, who greeted him"
 * (who greets is not who is greeted). */
int match_relative_subject(const struct sent *s, const struct mention *m, size_t i)
{
	static const char *const who[] = { "who", NULL };
	size_t k = m->tok + m->n_tok, j;

	if (k < s->n && match_is_punct_tok(s, k, ','))
		k++;
	if (k >= i || !word_is_any(s, k, who))
		return 0;
	for (j = k + 1; j < i; j++)
		if (s->info[j].brk || match_is_punct_tok(s, j, ',') || s->info[j].mention >= 0)
			return 0;
	return 1;
}

/* Whether mention M is listed right before mention O, only "and" or a
 * comma between them ("Trump and Vance"). */
int match_listed_before(const struct sent *s, const struct mention *m, const struct mention *o)
{
	size_t t = m->tok + m->n_tok;

	if (t >= o->tok)
		return 0;
	for (; t < o->tok; t++)
		if (!(s->info[t].roles & R_CONJ) && !match_is_punct_tok(s, t, ','))
			return 0;
	return 1;
}

/* Whether mention M, set off by commas, is an apposition to the subject
 * of the clause at token I: "the Gulf state's president, Sheikh Mohamed
 * bin Zayed, received him" (the name is the subject's, after a comma,
 * and the verb follows its closing comma). */
int match_appositive_subject(const struct sent *s, const struct mention *m, size_t i)
{
	size_t b = m->tok + m->n_tok;

	if (m->tok == 0 || !match_is_punct_tok(s, m->tok - 1, ',') || b >= i || !match_is_punct_tok(s, b, ','))
		return 0;
	for (b++; b < i; b++)
		if (s->info[b].brk || match_is_punct_tok(s, b, ',') || s->info[b].mention >= 0)
			return 0;
	return 1;
}

/* Whether the subject of the clause at token I, among the first N
 * mentions, is a description of the person M names, which an object
 * "him" cannot be: "Trump welcomed Putin ..., and the Kremlin leader
 * invited him" (a role of M's own code, not a name). */
int match_described_subject(const struct sent *s, const struct mention *m, size_t i, size_t n)
{
	/* words for one person in office; "the army" is not one */
	static const char *const person_heads[] = { "leader", "president", "premier", "chancellor",
						    "king", "monarch", "emir", "prince", "ruler",
						    "strongman", "minister", "secretary", "envoy",
						    "diplomat", "chief", "commander", "general",
						    "spokesman", "spokeswoman", NULL };
	size_t k;

	if (!m->person || !m->code || strlen(m->code) < 6)
		return 0;
	for (k = 0; k < n; k++) {
		const struct mention *d = &s->ments[k];
		if (d == m || d->tok >= i || d->tok < m->tok || d->person || d->kind == M_PRONOUN ||
		    !d->code || strcmp(d->code, m->code) || !match_clause_subject(s, d, i) ||
		    !word_is_any(s, d->tok + d->n_tok - 1, person_heads))
			continue;
		return 1;
	}
	return 0;
}

/* Whether mention M ends in a plural noun ("553 prisoners", "protesters"):
 * a word in -s, not -ss. */
int match_plural_mention(const struct sent *s, const struct mention *m)
{
	size_t hl;
	const char *ht = tok_text(s, m->tok + m->n_tok - 1, &hl);

	return hl > 3 && (ht[hl - 1] == 's' || ht[hl - 1] == 'S') && ht[hl - 2] != 's' &&
	       ht[hl - 2] != 'S';
}

/* Whether M is a state's people or forces named in the plural
 * ("Palestinian prisoners", "Russian forces"), one name made of the
 * state and the role; a state's own plural name ("the United States")
 * is not, nor are its ships, weapons or islands, whose "its" may stand
 * for one of them or for the state ("Chinese warships sailed near its
 * southern islands"). */
int match_plural_state_role(const struct sent *s, const struct mention *m)
{
	static const char *const people[] = { "prisoners", "detainees", "hostages", "captives",
					      "civilians", "refugees", "migrants", "soldiers",
					      "troops", "forces", "fighters", "officers", "officials",
					      "diplomats", "nationals", "citizens", "workers",
					      "students", "protesters", "journalists", "lawmakers",
					      NULL };

	return m->how && !strcmp(m->how, "state and agent") &&
	       word_is_any(s, m->tok + m->n_tok - 1, people);
}

/* Whether the person of mention M may be one a pronoun of gender G
 * (1 "he", 2 "she", 0 neither) stands for.  The dictionaries mark
 * women only, so "he" is anyone's but a woman's, and "she" a woman's
 * when one is at hand (SHE_NEAR), else anyone's. */
int match_gender_fits(const dyad_lexicon *lex, const struct mention *m, int g, int she_near)
{
	int she = m->actor != LEX_NONE && (lex->actors.v[m->actor].flags & LEX_ACTOR_SHE);

	return g == 1 ? !she : g == 2 && she_near ? she : 1;
}

/* Whether a woman is named before token I of the sentence, or was the
 * last or other person of the sentences before. */
int match_she_near(const struct dyad_coder *c, const struct sent *s, size_t i)
{
	const dyad_lexicon *lex = c->lex;
	size_t k;

	for (k = 0; k < s->n_ments; k++)
		if (s->ments[k].tok < i && s->ments[k].person && s->ments[k].actor != LEX_NONE &&
		    (lex->actors.v[s->ments[k].actor].flags & LEX_ACTOR_SHE))
			return 1;
	return (c->memo.have_person && c->memo.last_person.actor != LEX_NONE &&
		(lex->actors.v[c->memo.last_person.actor].flags & LEX_ACTOR_SHE)) ||
	       (c->memo.have_other_person && c->memo.other_person.actor != LEX_NONE &&
		(lex->actors.v[c->memo.other_person.actor].flags & LEX_ACTOR_SHE));
}

/* The first of two or more people listed together before token I, in
 * a clause before I's (not I's own subject), or NULL. */
const struct mention *match_listed_people_before(const struct sent *s, size_t i, size_t n)
{
	size_t k, j;

	/* (the groups are not linked yet: listed is "and" or a comma
	 * between) */
	for (k = 0; k < n && s->ments[k].tok < i; k++) {
		const struct mention *m2 = &s->ments[k];
		if (m2->kind == M_PRONOUN || !m2->person || !m2->code || match_clause_subject(s, m2, i))
			continue;
		for (j = k + 1; j < n; j++)
			if (s->ments[j].tok < i && s->ments[j].person && s->ments[j].kind != M_PRONOUN &&
			    match_listed_before(s, m2, &s->ments[j]))
				return m2;
	}
	return NULL;
}

/* "diplomats from Argentina, Chile, Peru and four other countries to leave
 * after their governments questioned": the first of two or more states or
 * state roles listed together before token I, in a clause before I's, or
 * NULL. */
const struct mention *match_listed_states_before(const struct sent *s, size_t i, size_t n)
{
	size_t k, j;

	for (k = 0; k < n && s->ments[k].tok < i; k++) {
		const struct mention *m2 = &s->ments[k];
		if (m2->kind == M_PRONOUN || m2->person || !m2->code || !match_is_state_code(m2->code) ||
		    match_clause_subject(s, m2, i))
			continue;
		for (j = k + 1; j < n; j++)
			if (s->ments[j].tok < i && !s->ments[j].person && s->ments[j].kind != M_PRONOUN &&
			    s->ments[j].code && match_is_state_code(s->ments[j].code) &&
			    strncmp(s->ments[j].code, m2->code, 3) && match_listed_before(s, m2, &s->ments[j]))
				return m2;
	}
	return NULL;
}

/* "A gunman killed 19 children before police shot him dead", "an
 * attacker stabbed an officer before he was shot dead by armed police":
 * the one attacker (an armed role named in the singular) among the first
 * n mentions before token i, for a "he" or "him" that no person fits;
 * NULL if none. */
const struct mention *match_lone_attacker_before(const struct sent *s, size_t i, size_t n)
{
	size_t k;

	for (k = 0; k < n && s->ments[k].tok < i; k++) {
		const struct mention *m2 = &s->ments[k];
		if (m2->kind == M_AGENT && !m2->person && m2->code && armed_group(m2->code) &&
		    !match_plural_mention(s, m2))
			return m2;
	}
	return NULL;
}

/* The sentence's first mention before token I when it is a person and
 * the subject of its clause (no preposition's or verb's object): whom a
 * later "he" continues; NULL otherwise. */
const struct mention *match_first_person_subject(const struct sent *s, size_t i, size_t n)
{
	size_t k;

	for (k = 0; k < n && s->ments[k].tok < i; k++) {
		const struct mention *m2 = &s->ments[k];
		if (m2->kind == M_PRONOUN)
			continue;
		return m2->person && !m2->after_prep && !match_object_role(s, m2->tok) ? m2 : NULL;
	}
	return NULL;
}

/* "When he visits Moscow next week, Xi will sign", "After she met
 * Lavrov, Choe said": a subject "he" or "she" right after a subordinator
 * that opens the sentence (or follows its dateline's dash) names the main
 * clause's subject, the first person right after the clause's comma; or
 * NULL. */
const struct mention *match_fronted_clause_subject(const struct sent *s, size_t i, size_t n)
{
	static const char *const fronted[] = { "when", "after", "before", "while", "once", "until",
					       "as", "since", "if", NULL };
	static const char *const dashes[] = { "-", "--", "\xe2\x80\x94", "\xe2\x80\x93", NULL };
	size_t j, k;

	if (i < 1 || !word_is_any(s, i - 1, fronted) ||
	    (i >= 2 && !word_is_any(s, i - 2, dashes)))
		return NULL;
	for (j = i + 1; j < s->n && !match_is_punct_tok(s, j, ','); j++)
		if (j > i + 16 || match_is_punct_tok(s, j, ';'))
			return NULL;
	for (k = 0; k < n; k++)
		if (s->ments[k].tok > j)
			return s->ments[k].tok == j + 1 && s->ments[k].person ? &s->ments[k] : NULL;
	return NULL;
}

/* The speaker of the quote that opens at token OPEN and closes at CLOSE:
 * '"...," Lavrov said', '"...," said Lavrov', 'Lavrov said: "..."',
 * 'Erdogan told reporters, "..."'; or -1. */
static int32_t quote_speaker(const struct sent *s, size_t open, size_t close)
{
	size_t j, k;

	if (open == 0 && close + 2 < s->n) {
		j = close + 1;
		if (s->info[j].mention < 0 && (s->info[j].vroles & V_SPEECH))
			return s->info[j + 1].mention;
		/* ('"...," the commander of Iran's Revolutionary Guards,
		 * Hossein Salami, told': a role before the speaker's name) */
		while (j < s->n && j <= close + 4 && s->info[j].mention < 0 &&
		       !(s->toks[j].flags & TOK_PUNCT) && !(s->info[j].vroles & V_SPEECH))
			j++;
		if (j >= s->n || s->info[j].mention < 0)
			return -1;
		k = s->ments[s->info[j].mention].tok + s->ments[s->info[j].mention].n_tok;
		/* ('"...," Kim Yo Jong, the powerful sister of Kim Jong Un,
		 * said': past an apposition between commas) */
		if (k < s->n && match_is_punct_tok(s, k, ',')) {
			size_t e;
			for (e = k + 1; e < s->n && e <= k + 16 && !match_is_punct_tok(s, e, ',') &&
					!match_is_punct_tok(s, e, '"') && !(s->info[e].vroles & V_SPEECH);
			     e++)
				;
			if (e < s->n && match_is_punct_tok(s, e, ','))
				k = e + 1;
		}
		return k < s->n && (s->info[k].vroles & V_SPEECH) ? s->info[j].mention : -1;
	}
	if (open < 3 || !(match_is_punct_tok(s, open - 1, ':') || match_is_punct_tok(s, open - 1, ',')))
		return -1;
	for (k = open - 1; k-- > 0 && open - 1 - k <= 4;)
		if (s->info[k].vroles & V_SPEECH)
			return k > 0 ? s->info[k - 1].mention : -1;
	return -1;
}

/* '"I think he is a war criminal," Biden told reporters of Putin', '"I
 * would love to meet with him," Trump said of Kim': the quote that opens
 * the sentence, its speaker, and the one "said of" names after the
 * speech verb, whom its "he", "him", "she", "her", "they" and "them"
 * stand for (made mentions of that one, over any other reading).  Sets
 * s->qclose, s->qspeaker and s->qof. */
static int opening_quote(struct dyad_coder *c, struct sent *s, size_t n_before)
{
	static const char *const third[] = { "he", "him", "she", "her", "they", "them", NULL };
	static const char *const of[] = { "of", NULL };
	static const char *const after[] = { "after", NULL };
	size_t close, j, v;
	int32_t sp, qof = -1;

	s->qclose = 0;
	s->qspeaker_tok = s->qof_tok = s->qafter_tok = -1;
	if (s->n < 4 || !match_is_punct_tok(s, 0, '"'))
		return DYAD_OK;
	for (close = 1; close < s->n && !match_is_punct_tok(s, close, '"'); close++)
		;
	if (close >= s->n || (sp = quote_speaker(s, 0, close)) < 0 || (size_t)sp >= n_before ||
	    !s->ments[sp].code)
		return DYAD_OK;
	s->qclose = (uint32_t)close;
	s->qspeaker_tok = (int32_t)s->ments[sp].tok;
	for (v = close + 1; v < s->n && v <= close + 24 && !(s->info[v].vroles & V_SPEECH); v++)
		if (match_is_punct_tok(s, v, '"'))
			return DYAD_OK;
	for (j = v + 1; j + 1 < s->n && j <= v + 8 && !match_is_punct_tok(s, j, ','); j++) {
		size_t t = j + 1;
		/* ('"This is a grave provocation," Seoul said after North
		 * Korea fired a missile': the subject of the act answered) */
		if (word_is_any(s, j, after)) {
			while (t + 1 < s->n && s->info[t].mention < 0 && (s->info[t].roles & R_DET))
				t++;
			if (s->info[t].mention >= 0 && (size_t)s->info[t].mention < n_before &&
			    s->ments[s->info[t].mention].code &&
			    !s->ments[s->info[t].mention].after_prep)
				s->qafter_tok = (int32_t)s->ments[s->info[t].mention].tok;
			break;
		}
		if (!word_is_any(s, j, of))
			continue;
		while (t + 1 < s->n && s->info[t].mention < 0 && (s->info[t].roles & R_DET))
			t++;
		if (s->info[t].mention >= 0 && (size_t)s->info[t].mention < n_before &&
		    s->ments[s->info[t].mention].code)
			qof = s->info[t].mention;
		break;
	}
	if (qof < 0)
		return DYAD_OK;
	s->qof_tok = (int32_t)s->ments[qof].tok;
	for (j = 1; j < close; j++) {
		struct mention *m;
		const struct mention *o = &s->ments[qof];
		if (!word_is_any(s, j, third))
			continue;
		if (s->info[j].mention >= 0) {
			m = &s->ments[s->info[j].mention];
			if (m->kind != M_PRONOUN || m->n_tok != 1)
				continue;
		} else if (!(m = match_push_mention(c, s)))
			return DYAD_ENOMEM;
		match_stand_for(s, m, o, "quoted one said of", j, j);
	}
	return DYAD_OK;
}

/* '"We will not negotiate under pressure," Lavrov said', 'Lavrov said:
 * "I will not allow it"': "I" and "we" in a quote are its speaker, a
 * pronoun mention patterns can take as their source.  Needs the
 * speakers' mentions found. */
int match_quoted_first_persons(struct dyad_coder *c, struct sent *s)
{
	static const char *const first[] = { "I", "we", "our", "us", "my", "me", NULL };
	size_t n_before = s->n_ments, i, open = 0;
	int inside = 0, rc;

	if ((rc = opening_quote(c, s, n_before)))
		return rc;

	for (i = 0; i < s->n; i++) {
		size_t close;
		int32_t sp;
		struct mention *m;

		if (match_is_punct_tok(s, i, '"')) {
			inside = !inside;
			open = i;
			continue;
		}
		if (!inside || s->info[i].mention >= 0 || !word_is_any(s, i, first))
			continue;
		for (close = i + 1; close < s->n && !match_is_punct_tok(s, close, '"'); close++)
			;
		if (close >= s->n || (sp = quote_speaker(s, open, close)) < 0 ||
		    (size_t)sp >= n_before || !s->ments[sp].code)
			continue;
		if (!(m = match_push_mention(c, s)))
			return DYAD_ENOMEM;
		match_stand_for(s, m, &s->ments[sp], "quoted first person", i, i);
		m->quoted = 1;
	}
	return DYAD_OK;
}

/* Whether the object pronoun at token I follows its verb in a clause that
 * ", and" or ", but" opens with a subject that is no person ("..., and
 * European Union leaders rebuked him"). */
int match_new_subject_clause(const struct sent *s, size_t i)
{
	size_t j;
	int32_t subj = -1;

	if (i < 4 || s->info[i - 1].vlemma == LEX_NONE)
		return 0;
	for (j = i - 1; j-- > 1;) {
		if (s->info[j].mention >= 0)
			subj = s->info[j].mention;
		if (match_is_punct_tok(s, j, ','))
			return 0;
		if ((s->info[j].roles & (R_CONJ | R_BUT)) && match_is_punct_tok(s, j - 1, ','))
			return subj >= 0 && s->ments[subj].tok == j + 1 && !s->ments[subj].person &&
			       s->ments[subj].kind != M_PRONOUN;
		if (s->info[j].brk && !(s->info[j].roles & (R_CONJ | R_BUT)))
			return 0;
	}
	return 0;
}

/* "Several Arab states, including Saudi Arabia and Egypt, cut ties with
 * Qatar": the states listed after ", including" that a plural noun of
 * states opening the clause stands for are its subject, not the object
 * of a preposition ("including" reads as one).  The noun phrase takes no
 * preposition or verb before it, and a comma closes the list. */
void match_including_states(struct sent *s)
{
	static const char *const including[] = { "including", NULL };
	static const char *const states[] = { "states", "countries", "nations", "capitals",
					      "governments", NULL };
	size_t j, k;

	for (j = 2; j + 1 < s->n; j++) {
		int32_t m = s->info[j + 1].mention;
		uint32_t end = 0;

		if (!word_is_any(s, j, including) || !match_is_punct_tok(s, j - 1, ',') ||
		    !word_is_any(s, j - 2, states) || m < 0 || !s->ments[m].country)
			continue;
		for (k = j - 2; k-- > 0;)
			if ((s->toks[k].flags & TOK_PUNCT) || (s->info[k].roles & R_PREP) ||
			    s->info[k].verb)
				break;
		if (k != (size_t)-1 && !(s->toks[k].flags & TOK_PUNCT))
			continue;
		for (k = 0; k < s->n_ments; k++)
			if (s->ments[k].group == s->ments[m].group)
				end = s->ments[k].tok + s->ments[k].n_tok;
		if (end == 0 || end >= s->n || !match_is_punct_tok(s, end, ','))
			continue;
		for (k = 0; k < s->n_ments; k++)
			if (s->ments[k].group == s->ments[m].group) {
				s->ments[k].after_prep = 0;
				s->ments[k].prep_roles = 0;
			}
	}
}
