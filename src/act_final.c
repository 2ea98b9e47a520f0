/*
 * act_final.c - the final code, and the events emitted.
 *
 * The code that fits best once the actors are known (a meeting abroad,
 * a chemical attack, a deportation that is also an expulsion, intent
 * signalled rather than acted on), then each event emitted for every
 * member of each side, with the second events some acts carry: the
 * visit a meeting abroad implies, the mediator of a brokered deal, the
 * second request of one appeal.
 */
#include <stdint.h>
#include <string.h>

#include "act_int.h"

/* "China has decided to ban imports from Japan", "agreed on Monday to
 * ban Russian oil imports": a verb of deciding, planning or agreeing
 * whose own pattern takes the act as its infinitive ("* to ban ...")
 * codes an act still to come, as the infinitive coded on its own would
 * be (a vote's decision is done by the vote: "voted to impeach", no
 * verb of deciding here). */
static int planned_by_own_pattern(const struct sent *s, const struct pred *p)
{
	/* (an attempt told in the past was made: "Ukraine had tried to
	 * kill Putin") */
	static const char *const deciding[] = { "decide", "plan", "intend", "schedule", "aim",
						"agree", "resolve", "want", "wish", "hope", NULL };
	size_t j;

	if (p->kind != LEX_VERB || !head_is_any(s, p->head, deciding) || !p->r.pat ||
	    p->r.last <= p->end)
		return 0;
	for (j = p->end + 1; j < p->r.last && j <= p->end + 4; j++) {
		if ((s->info[j].roles & R_TO) && s->info[j + 1].vlemma != LEX_NONE &&
		    s->info[j + 1].mention < 0)
			return 1;
		if (s->info[j].verb || (s->toks[j].flags & TOK_PUNCT))
			return 0;
	}
	return 0;
}

/* "would like to hold talks with Putin", "is keen to visit Seoul",
 * "said he was willing to meet Kim": whether p, or the verb whose object
 * noun it is, is an infinitive that a word of wish or willingness, no
 * predicate of its own, governs: the act is wished for, not done. */
static int wished(const struct sent *s, const struct pred *preds, const struct pred *p)
{
	static const char *const wishes[] = { "like", "love", "prefer", "willing", "keen", "eager",
					      "happy", "glad", "open", NULL };

	if (p->kind == LEX_NOUN && p->governor >= 0 && (preds[p->governor].vroles & V_LIGHT))
		p = &preds[p->governor];
	return p->kind == LEX_VERB && p->infinitive && p->matrix < 0 && p->group >= 1 &&
	       (s->info[p->group].roles & R_TO) && s->info[p->group - 1].mention < 0 &&
	       word_is_any(s, p->group - 1, wishes);
}

/* "said he would love to meet Kim", "would like to hold talks with Xi",
 * "will want to resume talks": whether p is a verb of wishing, whose
 * intent (03x) is told as held now, whatever "would" or "will" stands
 * before it (tests/dev/README.md: the 03x codes carry the intent). */
static int wishing_verb(const struct sent *s, const struct pred *p)
{
	static const char *const wishes[] = { "love", "like", "want", "wish", "hope", "prefer", NULL };

	if (p->kind != LEX_VERB)
		return 0;
	return head_is_any(s, p->head, wishes);
}

/* The mode, and the code once the actors are known: a denied claim,
 * an attempt, a bombing's kind, forces driven out, weapons, chemical
 * means, a conditional meeting, a protest's demand.  1 when p names
 * only what a threat coded before it threatens. */
/* "China firmly opposes the latest U.S. arms sale to Taiwan, the
 * foreign ministry said": the role mention of a closing ", the ...
 * said" after p, which the clause stage gives no reporter (a plain
 * comma and "the"); its mention, or -1.  Only a role of a state
 * (an agent, not a person or a state by its name), right before the
 * verb of saying, with the sentence's end or a comma near after. */
static int32_t closing_the_sayer(const struct sent *s, const struct pred *p)
{
	static const char *const said[] = { "said", "says", "added", NULL };
	static const char *const a_word[] = { "a", "an", NULL };
	static const char *const spokes[] = { "spokesman", "spokeswoman", "spokesperson", NULL };
	size_t k;

	for (k = p->end + 1; k + 3 < s->n; k++) {
		int32_t mi;
		const struct mention *m;
		uint32_t after;
		/* ("..., a spokesperson of the DPRK Foreign Ministry said": a
		 * spokesman after "a" speaks for the ministry all the same) */
		int a_spokes = word_is_any(s, k + 1, a_word) && word_is_any(s, k + 2, spokes);
		if (!is_punct(s, k, ',') || (!head_is(s, k + 1, "the") && !a_spokes))
			continue;
		if ((mi = s->info[k + 2].mention) < 0)
			continue;
		m = &s->ments[mi];
		after = m->tok + m->n_tok;
		if ((m->kind != M_AGENT && !a_spokes) || m->tok != k + 2 || !m->code ||
		    strlen(m->code) <= 3 || after >= s->n || !word_is_any(s, after, said))
			continue;
		return mi;
	}
	return -1;
}

/* Whether p's verb group holds "should" or "must" ("the two sides
 * should expand cooperation", "both sides must respect"). */
static int sides_should(const struct sent *s, const struct pred *p)
{
	static const char *const should[] = { "should", "must", NULL };
	size_t k;

	for (k = p->group; k < p->head; k++)
		if (word_is_any(s, k, should))
			return 1;
	return 0;
}

/* a's pair acting on itself under "should", told by one of the pair, as
 * that one's intent toward the other: the 03x code for a's kind of
 * cooperation (talks 036, ties 030, trade 0311, defence 0312, law 0313,
 * intelligence 0314, aid 033, yielding 035), asserted. */
static void sides_should_intent(struct act *a)
{
	const struct sent *s = a->e->s;
	const char *rc = s->ments[a->p->reporter].code;
	const char *c = a->code;
	int32_t other;

	if (!rc || a->src < 0 || a->tgt < 0 || !s->ments[a->src].code || !s->ments[a->tgt].code)
		return;
	if (!strncmp(rc, s->ments[a->src].code, 3))
		other = a->tgt;
	else if (!strncmp(rc, s->ments[a->tgt].code, 3))
		other = a->src;
	else
		return;
	a->code = !strncmp(c, "04", 2) ? "036" : !strncmp(c, "05", 2) ? "030" :
		  !strcmp(c, "061") ? "0311" : !strcmp(c, "062") ? "0312" :
		  !strcmp(c, "063") ? "0313" : !strcmp(c, "064") ? "0314" :
		  !strncmp(c, "06", 2) ? "031" : !strncmp(c, "07", 2) ? "033" :
		  !strncmp(c, "08", 2) ? "035" : c;
	a->code2 = NULL;
	a->src = a->p->reporter;
	a->tgt = other;
	a->reciprocal = 0;
	a->pair_sides = 0;
	a->pair_states = 0;
	a->mode = DYAD_MODE_ASSERTED;
}

/* The intent (03x) to do a cooperative act of code c: to meet or talk
 * (036), to cooperate materially (031x), to give aid (033x) or to
 * yield (035x) by the kind of yielding; NULL for any other act, which
 * an intent does not name by its code (agreeing to restore relations
 * or to a deal is the act itself, 054 and 057, by the code table). */
static const char *intent_for_act(const char *c)
{
	static const char *const yields[] = { "035", "0351", "0352", "035", "0353", "0354",
					      "0355", "0356" };

	if (!c || strlen(c) < 3)
		return NULL;
	if (!strncmp(c, "04", 2))
		return "036";
	if (!strncmp(c, "06", 2))
		return !strcmp(c, "061") ? "0311" : !strcmp(c, "062") ? "0312" :
		       !strcmp(c, "063") ? "0313" : !strcmp(c, "064") ? "0314" : "031";
	if (!strncmp(c, "07", 2))
		return !strcmp(c, "071") ? "0331" : !strcmp(c, "072") ? "0332" :
		       !strcmp(c, "073") ? "0333" : !strcmp(c, "074") ? "0334" : "033";
	if (!strncmp(c, "08", 2))
		return c[2] >= '0' && c[2] <= '7' ? yields[c[2] - '0'] : "035";
	return NULL;
}

/* "could consider a summit with South Korea ..., but only if Seoul
 * stopped", "would consider holding talks with Washington, provided":
 * a meeting weighed on a condition is held out to the other side, an
 * intent to meet (036, tests/dev/README.md `readiness`), not a step
 * weighed (014).  Whether p is a verb of weighing whose object, past
 * "holding" and up to two modifiers, is a meeting. */
static int weighed_meeting(const struct sent *s, const struct pred *p)
{
	static const char *const weigh[] = { "consider", "weigh", "mull", "contemplate", NULL };
	static const char *const meetings[] = { "summit", "summits", "talks", "meeting",
						"meetings", "negotiations", "dialogue", NULL };
	static const char *const holding[] = { "holding", "having", "resuming", NULL };
	size_t j, k;

	for (k = 0; weigh[k] && !head_is(s, p->head, weigh[k]); k++)
		;
	if (p->kind != LEX_VERB || !weigh[k])
		return 0;
	j = p->end + 1;
	if (j < s->n && word_is_any(s, j, holding))
		j++;
	for (k = 0; j < s->n && k < 4 && s->info[j].mention < 0; j++, k++) {
		if (word_is_any(s, j, meetings))
			return 1;
		if (!(s->info[j].roles & R_DET) && !is_modifier(s, j))
			return 0;
	}
	return 0;
}

/* "promised Zelensky that the United States would send more weapons",
 * "pledged that it would deliver air defence systems": whether p's
 * "would" or "will" clause is the that-clause of a promise, with at
 * most its addressee and a date between the promise and "that".  1 (a
 * promise, made whatever it hangs on) or 0. */
static int promised_that(const struct sent *s, const struct pred *p)
{
	static const char *const vows[] = { "promised", "promise", "promises", "pledged", "pledge",
					    "pledges", "vowed", "vow", "vows", "assured", "assures",
					    NULL };
	size_t j, k;

	for (j = p->group; j-- > 0 && j + 8 > p->group;) {
		if (head_is(s, j, "that"))
			break;
		if ((s->toks[j].flags & TOK_PUNCT) || (s->info[j].verb && s->info[j].mention < 0))
			return 0;
	}
	if (j >= p->group || j + 8 <= p->group || !head_is(s, j, "that"))
		return 0;
	for (k = j; k-- > 0 && k + 6 > j;) {
		if (word_is_any(s, k, vows))
			return 1;
		if ((s->toks[k].flags & TOK_PUNCT) ||
		    (s->info[k].mention < 0 && !weekday(s, k) && !head_is(s, k, "on")))
			return 0;
	}
	return 0;
}

/* "agreed to switch off its loudspeakers", "promised to visit Seoul",
 * "pledged on Saturday to suspend its tests", "is ready to halt its
 * attacks", "saw no reason not to sit down with": whether p, an
 * infinitive, is a cooperative act its subject agrees, promises or
 * stands ready to do, which is told as the intent (03x), not the act
 * (tests/dev/README.md, Modes: the 03x codes carry the intent).  2 for
 * readiness, which holds on a condition; 1 for an agreement or a
 * promise, made whatever it hangs on; 0 otherwise.  Readiness put with
 * "would" ("would be willing to meet Kim if") is readiness too, the
 * intent on its condition, whatever the auxiliary (tests/dev/README.md,
 * Modes).  An offer ("offered to resume talks, on condition that") is as
 * readiness. */
static int intent_told(const struct sent *s, const struct pred *p)
{
	static const char *const vows[] = { "agreed", "agree", "agrees", "agreeing", "promised",
					    "promise", "promises", "promising", "pledged", "pledge",
					    "pledges", "pledging", "vowed", "vow", "vows", "vowing",
					    "committed", "commits", "undertook", "undertakes",
					    NULL };
	static const char *const ready[] = { "ready", "willing", "prepared", NULL };
	static const char *const offers[] = { "offered", "offer", "offers", "offering", "proposed",
					      NULL };
	static const char *const stated[] = { "was", "is", "are", "were", "'s", "stands", "stood",
					      "stand", "remains", "remained", "remain", "be", NULL };
	static const char *const adverbs[] = { "still", "fully", "always", "now", "also", NULL };
	size_t j, to;

	if (p->kind == LEX_VERB && !p->infinitive && (p->group_roles & (R_WOULD | R_WILL)))
		return promised_that(s, p);
	/* (the verb group starts at its "to") */
	if (p->kind != LEX_VERB || !p->infinitive || p->group < 2 ||
	    !(s->info[p->group].roles & R_TO))
		return 0;
	if (p->agreed)
		return 1;
	to = p->group;
	/* ("saw no reason not to sit down with Washington if") */
	if (to >= 3 && head_is(s, to - 1, "not") && head_is(s, to - 2, "reason") &&
	    head_is(s, to - 3, "no"))
		return 2;
	if (word_is_any(s, to - 1, ready)) {
		for (j = to - 1; j-- > 0 && word_is_any(s, j, adverbs);)
			;
		return j < to - 1 && word_is_any(s, j, stated) ? 2 : 0;
	}
	/* ("promised on Saturday to suspend": a date may come between; an
	 * offer, as readiness, holds on its condition) */
	for (j = to; j-- > 0 && j + 5 > to;) {
		if (word_is_any(s, j, vows))
			return 1;
		if (word_is_any(s, j, offers))
			return 2;
		if (s->info[j].mention >= 0 || (s->toks[j].flags & TOK_PUNCT) || s->info[j].verb)
			return 0;
	}
	return 0;
}

/* The reporter of a's threat or refusal becomes its source when the
 * reported subject is the bare name of the reporter's own state (an
 * agent of it names who acts). */
static void speaker_threatens(struct act *a)
{
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	const char *sc = s->ments[a->src].code;
	const char *rc = s->ments[p->reporter].code;

	/* ("Iran restricted the IAEA's access, state media said": the
	 * media report the state's act; they voice no threat of its) */
	if (sc && rc && country_prefix(sc) && country_prefix(rc) && strlen(sc) == 3 &&
	    strlen(rc) > 3 && !strncmp(sc, rc, 3) && strcmp(rc + 3, "MED"))
		a->src = p->reporter;
}

/* "would not send Taurus missiles to Ukraine despite repeated requests
 * from Kyiv", "will not attend, despite calls from Washington": a "will
 * not" or "would not" kept against a request, call, appeal or pressure
 * is a refusal of it (tests/dev/README.md, Modes: "would not send
 * Tomahawk missiles" Kyiv had asked for is 1222).  Whether such a
 * "despite" follows p's pattern in its clause. */
static int despite_request(const struct sent *s, const struct pred *p, size_t last)
{
	static const char *const despite[] = { "despite", NULL };
	static const char *const asked[] = { "request", "requests", "call", "calls", "appeal",
					     "appeals", "plea", "pleas", "demand", "demands",
					     "pressure", "urging", NULL };
	size_t j, k;

	if ((p->group_roles & (R_WILL | R_WOULD)) == 0 || !(p->group_roles & R_NEG))
		return 0;
	for (j = last + 1; j < s->n && j <= last + 10; j++) {
		if (word_is_any(s, j, despite)) {
			for (k = j + 1; k < s->n && k <= j + 4; k++)
				if (word_is_any(s, k, asked))
					return 1;
			return 0;
		}
		if (is_punct(s, j, ';') || (s->info[j].roles & (R_BUT | R_IF)) ||
		    (s->info[j].verb && s->info[j].mention < 0 && j > last + 1 && past_form(s, j)))
			return 0;
	}
	return 0;
}

/* A verb that makes an intent known ("signalled", "indicated") a few
 * words before p's head, with no word of guessing between. */
static int intent_signalled(const struct sent *s, const struct pred *p)
{
	static const char *const signal[] = { "signal", "signals", "signalled", "signaled",
					      "signalling", "signaling", "indicate", "indicates",
					      "indicated", NULL };
	static const char *const guess[] = { "may", "might", "could", "likely", "possibly",
					     "perhaps", NULL };
	size_t j;

	/* (room for a day between: "signalled on Friday that he would not") */
	for (j = p->head; j-- > 0 && j + 9 > p->head;) {
		if (word_is_any(s, j, guess))
			return 0;
		if (word_is_any(s, j, signal)) {
			/* ("might have signalled") */
			size_t k;
			for (k = j; k-- > 0 && k + 4 > j;)
				if (word_is_any(s, k, guess))
					return 0;
			return 1;
		}
	}
	return 0;
}

/* Whether p's verb says one stayed away: "skipped", "boycotted", "missed",
 * "shunned", "stayed away from". */
static int absence_verb(const dyad_lexicon *lex, const struct sent *s, const struct pred *p)
{
	static const char *const absent[] = { "skip", "boycott", "shun", "miss", NULL };
	static const char *const away[] = { "away", NULL };
	const char *lemma;
	size_t k;

	if (s->info[p->head].vlemma == LEX_NONE)
		return 0;
	lemma = lex_word_str(lex, s->info[p->head].vlemma);
	for (k = 0; absent[k]; k++)
		if (!strcmp(lemma, absent[k]))
			return 1;
	return !strcmp(lemma, "stay") && p->end > p->head && word_is_any(s, p->head + 1, away);
}

/* Whether p's clause says one took part from afar: "took part in the
 * BRICS summit in Johannesburg only by video link", "attended via video
 * link": no journey made, the visit not made (tests/dev/README.md,
 * `summits`). */
static int by_video(const struct sent *s, const struct pred *p)
{
	static const char *const by[] = { "by", "via", "through", NULL };
	size_t k;

	for (k = p->end + 1; k + 2 < s->n && k <= p->end + 14; k++) {
		if (is_punct(s, k, ',') || is_punct(s, k, ';') || s->info[k].verb)
			return 0;
		if (word_is_any(s, k, by) && head_is(s, k + 1, "video") &&
		    (head_is(s, k + 2, "link") || head_is(s, k + 2, "conference")))
			return 1;
	}
	return 0;
}

/* Whether the denial at d denies a deed that no CAMEO event names: a
 * hack, cyber attack or breach within its clause ("denied any role in
 * the WannaCry ransomware attack", "denied involvement in the
 * hacking") or a thing used as another ("used the hospital as a command
 * centre"), whose denial the label given the accusation codes. */
static int denied_unnamed_deed(const struct sent *s, const struct pred *d)
{
	static const char *const cyber[] = { "hack", "hacks", "hacking", "cyberattack",
					     "cyberattacks", "cyber", "ransomware", "breach",
					     "intrusion", "malware", NULL };
	static const char *const used[] = { "use", "used", "uses", "using", NULL };
	static const char *const as[] = { "as", NULL };
	size_t j, use = 0;

	for (j = d->end + 1; j < s->n && j <= d->end + 10; j++) {
		if (is_punct(s, j, ',') || is_punct(s, j, ';'))
			break;
		if (word_is_any(s, j, cyber))
			return 1;
		/* "denied that it used the hospital as a command centre",
		 * "denied using civilians as human shields": a place or people
		 * put to a use, no act between two actors */
		if (word_is_any(s, j, used))
			use = j;
		else if (use && word_is_any(s, j, as))
			return 1;
	}
	return 0;
}

/* Aid of no stated kind, asked for or promised (023, 033) or given (070), in
 * a sentence that names an earthquake, flood, storm or other disaster of
 * the set RELIEF_DISASTER ("promised him that more help would follow",
 * "Syria has asked the European Union for help after the earthquake",
 * "pledged $2 million to help earthquake victims"): the help a disaster
 * calls for is humanitarian (0233, 0333, 073; tests/dev/README.md,
 * `relief`).  Returns the humanitarian code, or NULL. */
static const char *relief_for_disaster(const dyad_lexicon *lex, const struct sent *s,
				       const char *code)
{
	static const char *const from[] = { "023", "033", "070", NULL };
	static const char *const to[] = { "0233", "0333", "073", NULL };
	uint32_t disaster;
	size_t k, j, last;

	for (k = 0; from[k] && strcmp(code, from[k]); k++)
		;
	if (!from[k] || !act_set_id(lex, "RELIEF_DISASTER", &disaster))
		return NULL;
	for (j = 0; j < s->n; j++)
		if (pat_set_at(lex, s, j, disaster, &last))
			return to[k];
	return NULL;
}

/* A threat between the states of a's source and target coded before in
 * the sentence. */
static int threat_restated(const struct act *a)
{
	const struct emit_ctx *e = a->e;
	const struct sent *s = e->s;
	const char *sc, *tc;
	size_t k;

	if (a->src < 0 || a->tgt < 0 || a->have_own || a->have_own_src)
		return 0;
	sc = s->ments[a->src].code;
	tc = s->ments[a->tgt].code;
	if (!sc || !tc || strlen(sc) < 3 || strlen(tc) < 3)
		return 0;
	for (k = 0; k < e->n_seen; k++) {
		const struct dyad_event *o = &e->seen[k];
		if (o->root && !strcmp(o->root, "13") && o->source.code && o->target.code &&
		    strlen(o->source.code) >= 3 && strlen(o->target.code) >= 3 &&
		    !strncmp(o->source.code, sc, 3) && !strncmp(o->target.code, tc, 3))
			return 1;
	}
	return 0;
}

/* "The United States imposed sanctions on Turkey's ministers, and
 * Ankara vowed to retaliate", "ordered China to close its consulate in
 * Houston, and Beijing said it would retaliate": a promise to hit back,
 * naming no force, that answers an act of no force the sentence coded
 * (sanctions, expulsions, closures: no show of force, blow or attack by
 * the target's state on the source's) threatens in kind, not with arms
 * (130, not 138).  Whether act A's 138 is such a promise. */
static int answers_unarmed_act(const struct act *a)
{
	static const char *const answer[] = { "retaliate", "retaliates", "retaliated",
					      "retaliating", "retaliation", "respond", "responds",
					      "responded", "response", "reciprocate", NULL };
	const struct emit_ctx *e = a->e;
	const struct sent *s = e->s;
	const char *src, *tgt;
	size_t j, k;
	int unarmed = 0;

	if (a->src < 0 || !(src = s->ments[a->src].code) || !country_prefix(src))
		return 0;
	tgt = a->have_own ? a->own.code : a->tgt >= 0 ? s->ments[a->tgt].code : NULL;
	/* (a bloc answered too: "The European Union banned Belarusian
	 * airlines ..., and Minsk said it would retaliate") */
	if (!tgt || (!country_prefix(tgt) && strncmp(tgt, "IGO", 3)) || !strncmp(tgt, src, 3))
		return 0;
	for (j = a->p->head; j < s->n && j <= a->p->head + 2 && !word_is_any(s, j, answer); j++)
		;
	if (j >= s->n || j > a->p->head + 2)
		return 0;
	for (k = 0; k < e->n_seen; k++) {
		const struct dyad_event *o = &e->seen[k];
		if (!o->root || !o->source.code || !o->target.code ||
		    (country_prefix(tgt) ? strncmp(o->source.code, tgt, 3) : strcmp(o->source.code, tgt)) ||
		    strncmp(o->target.code, src, 3))
			continue;
		if (!strcmp(o->root, "15") || !strcmp(o->root, "18") || !strcmp(o->root, "19") ||
		    !strcmp(o->root, "20"))
			return 0;
		if (!strcmp(o->root, "16") || !strcmp(o->root, "17"))
			unarmed = 1;
	}
	return unarmed;
}

/* "Iran fired about 180 ballistic missiles at Israel, and Netanyahu
 * vowed that Tehran would pay for it", "U.S. and British warplanes
 * struck Houthi targets, and the group vowed to retaliate": a vow of
 * reckoning (130) that answers a use of force the sentence tells, by the
 * state or group vowing on the attacker's, is a threat of force in
 * return (138; tests/dev/README.md, code choices).  Only a vow: a
 * warning "if" more comes is the threat its words say. */
static int answers_armed_act(const struct act *a)
{
	static const char *const vow[] = { "vow", "vows", "vowed", "vowing", "pledge", "pledges",
					   "pledged", "pledging", "promise", "promises", "promised",
					   "promising", "swore", "swear", "swears", "swearing", NULL };
	const struct emit_ctx *e = a->e;
	const struct sent *s = e->s;
	const char *src, *tgt;
	size_t k;

	if (a->src < 0 || !(src = s->ments[a->src].code) || !word_is_any(s, a->p->head, vow))
		return 0;
	tgt = a->have_own ? a->own.code : a->tgt >= 0 ? s->ments[a->tgt].code : NULL;
	if (!tgt || !strncmp(tgt, src, 3))
		return 0;
	for (k = 0; k < e->n_seen; k++) {
		const struct dyad_event *o = &e->seen[k];
		if (o->root && o->source.code && o->target.code && o->mode == DYAD_MODE_ASSERTED &&
		    (!strcmp(o->root, "18") || !strcmp(o->root, "19") || !strcmp(o->root, "20")) &&
		    !strncmp(o->source.code, tgt, 3) && !strncmp(o->target.code, src, 3))
			return 1;
	}
	return 0;
}

/* "Turkey launched an offensive against Kurdish YPG fighters ..., and
 * Erdogan warned it would continue until the militia was crushed",
 * "launched an offensive against Taliban militants and warned that it
 * would pursue them": a warning that the force the warner's own state
 * used in the sentence will go on, widen or be pressed is a threat of
 * force (138) at those the force is used on, not at whatever state "it"
 * or the place names.  The mention that force befell, or -1. */
static int32_t continued_force(const struct act *a)
{
	static const char *const warn[] = { "warn", "warns", "warned", "warning", "vow", "vows",
					    "vowed", "vowing", "threaten", "threatens",
					    "threatened", "threatening", NULL };
	static const char *const aux[] = { "will", "would", "could", NULL };
	static const char *const go_on[] = { "continue", "go", "press", "expand", "widen",
					     "escalate", "intensify", "pursue", "keep", "last",
					     "extend", NULL };
	const struct emit_ctx *e = a->e;
	const struct sent *s = e->s;
	const char *src;
	size_t j, k;
	int on = 0;

	if (a->src < 0 || !(src = s->ments[a->src].code) || strlen(src) < 3 ||
	    !word_is_any(s, a->p->head, warn))
		return -1;
	for (j = a->p->head + 1; j + 1 < s->n && j < a->p->head + 8u; j++) {
		if (word_is_any(s, j, aux) && word_is_any(s, j + 1, go_on))
			on = 1;
		/* ("warned the Taliban they would pay a price": a penalty held
		 * out to those the warner's force is striking, below) */
		else if (word_is_any(s, j, aux) && head_is(s, j + 1, "pay"))
			on = 2;
	}
	if (!on)
		return -1;
	for (k = 0; k < e->n_seen; k++) {
		const struct dyad_event *o = &e->seen[k];
		size_t m;
		if (!o->root || !o->source.code || !o->target.code ||
		    o->mode != DYAD_MODE_ASSERTED ||
		    (strcmp(o->root, "18") && strcmp(o->root, "19") && strcmp(o->root, "20")) ||
		    strncmp(o->source.code, src, 3) || !strncmp(o->target.code, src, 3))
			continue;
		if (on == 2) {
			/* (the penalty's addressee the one struck, by state) */
			const char *t = a->tgt >= 0 ? s->ments[a->tgt].code : NULL;
			if (!t || strlen(t) < 3 || strncmp(t, o->target.code, 3))
				continue;
			return a->tgt;
		}
		for (m = 0; m < s->n_ments; m++)
			if (s->ments[m].code && !strcmp(s->ments[m].code, o->target.code) &&
			    s->ments[m].start == o->target.start)
				return (int32_t)m;
	}
	return -1;
}

/* "threatened to impose a 50% tariff unless Beijing withdrew its levies
 * by Tuesday", "would withhold the next tranche if Athens failed to pass
 * the cuts by the end of the month", "threatened Syria with sanctions
 * unless it stopped its crackdown within four days": a threat whose
 * condition sets a clock is an ultimatum (tests/dev/README.md, `vows`:
 * a penalty tied to a clock is 139).  The clock is a "by" before a day,
 * an hour or the end of a period, or "within" a count of hours, days or
 * weeks, in the 25 words after an "if" or "unless" of the sentence. */
static int deadline_condition(const struct sent *s)
{
	static const char *const cond[] = { "if", "unless", NULL };
	static const char *const when[] = {
		"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"noon", "midnight", "midday", "dawn", "January", "February", "March", "April",
		"May", "June", "July", "August", "September", "October", "November",
		"December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "tomorrow",
		"tonight", NULL
	};
	static const char *const end[] = { "end", "close", NULL };
	static const char *const span[] = { "hours", "days", "weeks", "months", "minutes", NULL };
	static const char *const by[] = { "by", NULL }, *const the[] = { "the", NULL };
	static const char *const within[] = { "within", NULL };
	size_t i, j;

	for (i = 0; i < s->n; i++) {
		if (!word_is_any(s, i, cond))
			continue;
		for (j = i + 1; j + 1 < s->n && j <= i + 25; j++) {
			if (is_punct(s, j, ';'))
				break;
			if (word_is_any(s, j, by) &&
			    (word_is_any(s, j + 1, when) ||
			     (j + 2 < s->n && word_is_any(s, j + 1, the) &&
			      word_is_any(s, j + 2, end))))
				return 1;
			if (word_is_any(s, j, within) && j + 2 < s->n &&
			    word_is_any(s, j + 2, span))
				return 1;
		}
	}
	return 0;
}

/* Who voices act A, a threat (13x), for their own state or people: the
 * reporter of its clause, or the subject of "warned that" or "threatened
 * that" right before its source, when an office holder (GOV, MIL) of the
 * state of A's source, a bare state or its civilians, business or
 * labour; -1 when no one. */
static int32_t threat_voice(const struct sent *s, const struct act *a)
{
	static const char *const offices[] = { "GOV", "MIL", NULL };
	static const char *const people[] = { "CVL", "BUS", "LAB", NULL };
	int32_t who = a->p->reporter;
	const char *rc, *sc;
	size_t k;

	if (a->src < 0 || !a->code || strncmp(a->code, "13", 2))
		return -1;
	for (k = 0; who < 0 && k < a->n; k++) {
		const struct pred *w = &a->preds[k];
		if (w->kind == LEX_VERB && w->subject >= 0 && w->end + 2 == s->ments[a->src].tok &&
		    head_is(s, w->end + 1, "that") &&
		    (head_is(s, w->head, "warn") || head_is(s, w->head, "threaten")))
			who = w->subject;
	}
	if (who < 0 || who == a->src)
		return -1;
	rc = s->ments[who].code;
	sc = s->ments[a->src].code;
	if (!rc || !sc || strlen(rc) != 6 || !role_in(rc, offices) || !strncmp(rc, "---", 3) ||
	    strncmp(rc, sc, 3))
		return -1;
	return strlen(sc) == 3 || (strlen(sc) == 6 && role_in(sc, people)) ? who : -1;
}

/* "warned Israel that any attack on Lebanon would be answered with a
 * war", "warned Syria that any unit approaching the border would be
 * treated as a military threat and a target", "warned that the city would
 * be stormed unless": a warning of no stated kind (130) whose consequence,
 * the words after its "would" or "will", names force is a threat of force
 * (138), nuclear force 1385 (tests/dev/README.md, `vows`: force named is
 * 138).  What the condition or the warned party's own deed names ("if it
 * attacked", "any attack on Lebanon") is not read. */
static const char *warned_force(const struct sent *s, const struct pred *p,
				const struct mention *src, const struct mention *tgt)
{
	static const char *const warn[] = { "warn", "threaten", "caution", NULL };
	static const char *const modal[] = { "would", "will", "'ll", NULL };
	static const char *const stop[] = { "if", "unless", "because", "after", "before",
					     "while", "until", "and", "but", NULL };
	static const char *const cause[] = { "for", "over", NULL };
	static const char *const deed[] = { "any", "the", "a", "an", "its", "their", "his", "her",
					     "this", "such", NULL };
	static const char *const posture[] = { "deploy", "station", "place", "move", "build",
						"test", "develop", NULL };
	static const char *const nuke[] = { "nuclear", "atomic", "nukes", NULL };
	static const char *const force[] = {
		"war", "military", "force", "strike", "strikes", "attack", "attacks", "target",
		"targets", "stormed", "storm", "fight", "destroy", "destroyed", "destruction",
		"annihilate", "annihilated", "obliterate", "obliterated", "obliteration",
		"bombed", "bombs", "firepower", "retaliation", "retaliate", "flattened",
		"flatten", "razed", "raze", "crushed", "crush", "invaded", "invade",
		"bombarded", "missiles", "fire", NULL
	};
	size_t j, m;

	if (p->kind != LEX_VERB || !head_is_any(s, p->head, warn))
		return NULL;
	/* ("warned Kyiv of more strikes if it kept attacking": the force
	 * warned of, right after "of" and its addressee) */
	for (j = p->end + 1; j + 1 < s->n && j <= p->end + 6; j++) {
		if (s->info[j].mention >= 0 || (s->info[j].roles & R_DET))
			continue;
		if (head_is(s, j, "of"))
			for (m = j + 1; m < s->n && m <= j + 3; m++) {
				if (word_is_any(s, m, nuke))
					return "1385";
				if (word_is_any(s, m, force))
					return "138";
			}
		break;
	}
	for (j = p->end + 1; j < s->n && j <= p->end + 20; j++) {
		if (is_punct(s, j, ';') || word_is_any(s, j, stop))
			return NULL;
		if (word_is_any(s, j, modal))
			break;
		/* ("Russia warned Iran that Israel would strike back", "warned
		 * Pakistan that militants would strike again": a third party's
		 * force foretold is no threat of the warner's) */
		if (s->info[j].mention >= 0) {
			const char *c = s->ments[s->info[j].mention].code;

			if (!c || !src->code || (strncmp(c, src->code, 3) &&
						 (!tgt || !tgt->code || strncmp(c, tgt->code, 3))))
				return NULL;
		}
	}
	if (j >= s->n || j > p->end + 20)
		return NULL;
	for (m = j + 1; m < s->n && m <= j + 12; m++) {
		/* ("would pay a heavy price for any attack on Turkish ships":
		 * what the penalty answers is the warned party's deed) */
		if (is_punct(s, m, ';') || is_punct(s, m, ',') || word_is_any(s, m, stop) ||
		    (word_is_any(s, m, cause) && m + 1 < s->n && word_is_any(s, m + 1, deed)))
			break;
		/* ("would deploy nuclear weapons in the Baltic": a posture
		 * held out, not force) */
		if (word_is_any(s, m, posture))
			return NULL;
		if (word_is_any(s, m, nuke))
			return "1385";
		if (word_is_any(s, m, force))
			return "138";
	}
	return NULL;
}

int act_final_code(struct act *a)
{
	struct emit_ctx *e = a->e;
	struct dyad_coder *c = a->e->c;
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *preds = a->preds;
	struct pred *p = a->p;
	size_t n = a->n;
	size_t i = a->i;

	a->mode = mode_resolve(s, preds, i);
	/* "[:110]" in a legacy dictionary codes only the reverse event. */
	a->code = a->rc;
	if (a->claim_denied && a->code)
		a->code = "016";
	a->code2 = a->r.code2 != LEX_NONE &&
	    a->r.code2 != LEX_CODE_NULL ? lex_code_str(lex, a->r.code2) : NULL;
	if (a->attempt) {
		a->code = a->attempt;
		a->code2 = NULL;
	}
	if (a->bombing && a->code && (!strncmp(a->code, "18", 2) || !strncmp(a->code, "19", 2))) {
		a->code = a->bombing;
		a->code2 = NULL;
	}
	/* "drove Ukrainian troops out of Kursk": driving out forces, not
	 * people, is a battle won, not their displacement */
	if (a->code && !strcmp(a->code, "201") && !a->have_own && a->tgt >= 0 && s->ments[a->tgt].code &&
	    !soft_target(s->ments[a->tgt].code) && strcmp(s->ments[a->tgt].code, "CVL") &&
	    !head_is(s, p->head, "deport"))
		a->code = "190";
	/* force of no stated kind whose source is a weapon or aircraft
	 * is of that weapon's kind */
	if (a->code && !strcmp(a->code, "190") && !a->have_own_src && a->src >= 0 && !a->attempt) {
		const char *w = act_source_weapon(s, &s->ments[a->src]);
		if (w)
			a->code = w;
	}
	/* "Israeli helicopter gunships fired rockets at Arafat's
	 * headquarters", "Syrian helicopter gunships and jets bombarded
	 * rebel positions": rockets and shells fired by aircraft are force
	 * from the air (195) */
	if (a->code && !strcmp(a->code, "194") && !a->have_own_src && a->src >= 0 && !a->attempt &&
	    act_source_aircraft(s, &s->ments[a->src]))
		a->code = "195";
	/* "Sri Lankan troops ... crushed the rebels' last pocket of
	 * resistance": repression aimed at an armed group by a state's
	 * forces is fighting it (190); crowds and civilians are repressed */
	if (a->code && !strcmp(a->code, "175") && !a->have_own && !a->have_own_src && a->src >= 0 &&
	    a->tgt >= 0 && s->ments[a->src].code && s->ments[a->tgt].code &&
	    country_prefix(s->ments[a->src].code) &&
	    role_in(s->ments[a->src].code, (const char *const[]){ "MIL", NULL }) &&
	    armed_group(s->ments[a->tgt].code))
		a->code = "190";
	/* a seat of power taken ("seized the governor's office",
	 * "captured the president's palace") is taken from the state the
	 * office holder serves, as a government-held town is */
	if (a->code && !strcmp(a->code, "192") && a->tgt >= 0 && !a->have_own &&
	    s->ments[a->tgt].code && role_in(s->ments[a->tgt].code, (const char *const[]){ "GOV", NULL }) &&
	    country_prefix(s->ments[a->tgt].code) && s->ments[a->tgt].tok > p->end &&
	    s->ments[a->tgt].tok + s->ments[a->tgt].n_tok < s->n &&
	    (s->info[s->ments[a->tgt].tok + s->ments[a->tgt].n_tok].roles & R_POSS)) {
		char *cc = state_role(c, s->ments[a->tgt].code, "");
		if (cc) {
			act_derived_mention(&a->own, &s->ments[a->tgt], cc, 0, s->ments[a->tgt].start,
					    s->ments[a->tgt].end);
			a->have_own = 1;
		}
	}
	/* "Mexican soldiers captured Ovidio Guzman, a leader of the Sinaloa
	 * Cartel": a person captured is arrested by a state's forces (173),
	 * seized by an armed group (181), no ground occupied */
	if (a->code && !strcmp(a->code, "192") && a->tgt >= 0 && !a->have_own && a->src >= 0 &&
	    p->kind == LEX_VERB && s->ments[a->tgt].person && s->ments[a->tgt].kind == M_NAME &&
	    s->ments[a->src].code && country_prefix(s->ments[a->src].code))
		a->code = armed_group(s->ments[a->src].code) ? "181" : "173";
	/* force on a state's place falls on those the place serves */
	if (a->code && !strncmp(a->code, "19", 2) && a->tgt >= 0 && !a->have_own && !a->pair_sides &&
	    !a->reciprocal &&
	    !a->attempt && s->ments[a->tgt].country && s->ments[a->tgt].code &&
	    strlen(s->ments[a->tgt].code) == 3 && country_prefix(s->ments[a->tgt].code) &&
	    s->ments[a->tgt].tok > p->end) {
		const char *role = act_facility_role(s, p->end + 1, &s->ments[a->tgt]);
		char *cc;
		/* (a bare plural read as a verb is the noun: "coalition air
		 * strikes on Sanaa killed 12 civilians") */
		if (!role && (p->kind == LEX_NOUN ||
			      (p->group == p->head && plural_form(s, p->head) && !past_form(s, p->head))) &&
		    act_killed_people_after(s, &s->ments[a->tgt]))
			role = "CVL";
		/* (a place taken is its state's: "walked into the centre of
		 * Bukavu" occupies no civilians) */
		if (role && !strcmp(role, "CVL") && !strcmp(a->code, "192"))
			role = NULL;
		cc = role ? state_role(c, s->ments[a->tgt].code, role) : NULL;
		if (cc) {
			act_derived_mention(&a->own, &s->ments[a->tgt], cc, 0, s->ments[a->tgt].start,
					    s->ments[a->tgt].end);
			a->have_own = 1;
		}
	}
	/* "A coalition air strike on a school bus in northern Yemen killed
	 * dozens of children": a killing verb that takes its target from
	 * the strike's "on" before it falls on that place's civilians, as
	 * the strike's noun does above */
	if (a->code && !strncmp(a->code, "19", 2) && a->tgt >= 0 && !a->have_own && !a->pair_sides &&
	    !a->reciprocal && !a->attempt && p->kind == LEX_VERB &&
	    (head_is(s, p->head, "kill") || head_is(s, p->head, "wound") || head_is(s, p->head, "injure")) &&
	    s->ments[a->tgt].country && s->ments[a->tgt].code && strlen(s->ments[a->tgt].code) == 3 &&
	    country_prefix(s->ments[a->tgt].code) && s->ments[a->tgt].tok < p->head &&
	    act_killed_people_after(s, &s->ments[a->tgt])) {
		char *cc = state_role(c, s->ments[a->tgt].code, "CVL");
		if (cc) {
			act_derived_mention(&a->own, &s->ments[a->tgt], cc, 0, s->ments[a->tgt].start,
					    s->ments[a->tgt].end);
			a->have_own = 1;
		}
	}
	/* "fired rubber bullets at polling stations across Catalonia":
	 * crowd control (175) in a place falls on its people */
	if (a->code && !strcmp(a->code, "175") && a->tgt >= 0 &&
	    !a->have_own && !a->pair_sides && !a->reciprocal && !a->attempt &&
	    s->ments[a->tgt].country && s->ments[a->tgt].code && strlen(s->ments[a->tgt].code) == 3 &&
	    country_prefix(s->ments[a->tgt].code) && s->ments[a->tgt].tok > p->end) {
		char *cc = state_role(c, s->ments[a->tgt].code, "CVL");
		if (cc) {
			act_derived_mention(&a->own, &s->ments[a->tgt], cc, 0, s->ments[a->tgt].start,
					    s->ments[a->tgt].end);
			a->have_own = 1;
		}
	}
	if (a->code && p->kind == LEX_VERB && (!strncmp(a->code, "18", 2) || !strncmp(a->code, "19", 2)) &&
	    act_chemical_means(s, p, a->tgt >= 0 && !a->have_own && s->ments[a->tgt].tok > a->r.last ?
			       s->ments[a->tgt].tok : a->r.last)) {
		a->code = "2041";
		a->code2 = NULL;
	}
	/* "skipped the SCO summit in Astana", "will boycott the ceremony
	 * in Moscow", "stayed away from the G20 summit": a visit not made,
	 * as "did not attend" says it (negation outranks a plan) */
	if (a->code && !strcmp(a->code, "042") && p->kind == LEX_VERB &&
	    (absence_verb(lex, s, p) || by_video(s, p)) &&
	    (a->mode == DYAD_MODE_ASSERTED || a->mode == DYAD_MODE_PLANNED))
		a->mode = DYAD_MODE_NEGATED;
	if (a->code && !strcmp(a->code, "014") && a->mode == DYAD_MODE_CONDITIONAL &&
	    weighed_meeting(s, p))
		a->code = "036";
	/* "would like to hold talks with Putin", "was willing to meet Kim":
	 * a meeting wished for is an intent to meet (036); another act wished
	 * for is to come */
	if (a->code && !strncmp(a->code, "03", 2) && a->mode == DYAD_MODE_PLANNED &&
	    wishing_verb(s, p))
		a->mode = DYAD_MODE_ASSERTED;
	if (a->code && wished(s, preds, p)) {
		if (!strncmp(a->code, "04", 2)) {
			a->code = "036";
			a->code2 = NULL;        /* the wish is the wisher's alone */
			if (a->mode == DYAD_MODE_PLANNED)
				a->mode = DYAD_MODE_ASSERTED;
		} else if (a->mode == DYAD_MODE_ASSERTED) {
			a->mode = DYAD_MODE_PLANNED;
		}
	}
	/* "agreed to hold off on new tariffs", "promised to visit Seoul",
	 * "stands ready to negotiate with Putin if": a cooperative act
	 * agreed, promised or stood ready for is the intent to do it */
	if (a->code && !a->threat && strncmp(a->code, "03", 2) && intent_for_act(a->code) &&
	    (a->mode == DYAD_MODE_ASSERTED || a->mode == DYAD_MODE_PLANNED ||
	     a->mode == DYAD_MODE_CONDITIONAL)) {
		int told = intent_told(s, p);

		/* ("India and Pakistan agreed to stop all firing": a truce
		 * agreed is the truce, by the code table; one stood ready
		 * for is an intent) */
		if (told && !(told == 1 && !strcmp(a->code, "0871"))) {
			a->code = intent_for_act(a->code);
			/* (a pair's act agreed is each side's intent) */
			a->code2 = intent_for_act(a->code2);
			if (a->mode == DYAD_MODE_PLANNED ||
			    (told == 1 && a->mode == DYAD_MODE_CONDITIONAL))
				a->mode = DYAD_MODE_ASSERTED;
		}
	}
	/* "the two leaders confirmed that they would work together": a
	 * "would" or "will" only in the pattern's complement, past an
	 * intent's own verb told in the past, is what the intent is about,
	 * not its mode (the 03x codes carry the intent) */
	if (a->code && !strncmp(a->code, "03", 2) && a->mode == DYAD_MODE_PLANNED &&
	    p->kind == LEX_VERB && !(p->group_roles & (R_WILL | R_WOULD)) && past_form(s, p->head) &&
	    p->reporter < 0 && a->r.pat && a->r.last > p->end)
		a->mode = DYAD_MODE_ASSERTED;
	/* "Xi met Sanchez in Beijing and said the two sides should expand
	 * cooperation": what "the two sides" should do together, in one
	 * side's words, is that side's own intent to cooperate with the
	 * other (03x), made in the saying; not a joint act, nor a guess */
	if (a->code && a->pair_sides && a->pair_third < 0 && strncmp(a->code, "09", 2) < 0 &&
	    p->reporter >= 0 && p->kind == LEX_VERB && sides_should(s, p))
		sides_should_intent(a);
	/* "signalled its willingness to hold talks", "signalled that it
	 * was ready to resume talks": intent made known is expressed, not
	 * guessed at (the 03x codes carry the intent) */
	if (a->code && !strncmp(a->code, "03", 2) && a->mode == DYAD_MODE_SPECULATIVE &&
	    intent_signalled(s, p))
		a->mode = DYAD_MODE_ASSERTED;
	/* (and so is a refusal: "signalled that he would not give Ukraine
	 * the missiles Kyiv had asked for" refuses, 12x asserted, where a
	 * refusal still to come, "signalled that Washington would veto",
	 * is planned) */
	/* (a verb's: "signals rejection of a summit", an analyst's reading
	 * of a trip, stays a guess) */
	if (a->code && !strncmp(a->code, "12", 2) && a->mode == DYAD_MODE_SPECULATIVE &&
	    p->kind == LEX_VERB && intent_signalled(s, p))
		a->mode = (p->group_roles & (R_WILL | R_WOULD)) && !(p->r.pat &&
			   pat_names_negation(a->e->c->lex, s, p)) ? DYAD_MODE_PLANNED :
			  DYAD_MODE_ASSERTED;
	/* (the refusal of aid is 122x by the aid's kind, of talks 125; a
	 * visit not made stays the visit, negated) */
	if (a->code && a->mode == DYAD_MODE_NEGATED &&
	    (!strncmp(a->code, "07", 2) || !strcmp(a->code, "040") || !strcmp(a->code, "041") ||
	     !strcmp(a->code, "044") || !strncmp(a->code, "046", 3)) &&
	    despite_request(s, p, a->r.pat && a->r.last > p->end ? a->r.last : p->end)) {
		a->code = !strcmp(a->code, "072") ? "1222" : !strcmp(a->code, "073") ? "1223" :
			  !strncmp(a->code, "07", 2) ? "1221" : "125";
		a->code2 = NULL;
		a->mode = DYAD_MODE_ASSERTED;
	}
	/* "said he would not resign or call early elections, a day after
	 * the largest protest", "would not step down": a yield (083x) its
	 * maker says he will not make is the demand refused (123x), as
	 * concede-t096 codes "would not resign", not a yield negated */
	if (a->code && !strncmp(a->code, "083", 3) && strlen(a->code) <= 4 &&
	    a->mode == DYAD_MODE_NEGATED && (p->group_roles & (R_WILL | R_WOULD))) {
		static const char *const refused[] = { "123", "1231", "1232", "1233", "1234" };
		size_t k = a->code[3] >= '1' && a->code[3] <= '4' ? (size_t)(a->code[3] - '0') : 0;
		a->code = refused[k];
		a->code2 = NULL;
		a->mode = DYAD_MODE_ASSERTED;
	}
	/* "had no comment on reports that", "made no comment": declining to
	 * comment (011) is the act, and the "no" that says it does not
	 * negate it */
	/* ("would not comment on reports that": a "would" beside the
	 * refusal, with no if-clause, is no condition either) */
	if (a->code && !strcmp(a->code, "011") &&
	    (a->mode == DYAD_MODE_NEGATED ||
	     (a->mode == DYAD_MODE_CONDITIONAL && (p->group_roles & R_WOULD) &&
	      !act_if_after(s, p->head))))
		a->mode = DYAD_MODE_ASSERTED;
	/* "was not optimistic about a breakthrough": a "not" the pattern
	 * names makes the remark gloomy (012); it is not the remark's mode */
	if (a->code && !strcmp(a->code, "012") && a->mode == DYAD_MODE_NEGATED && p->r.pat &&
	    pat_names_negation(a->e->c->lex, s, p))
		a->mode = DYAD_MODE_ASSERTED;
	/* "had no intention of accepting China's demand", "would not be
	 * bound by the World Court's ruling": a "no" or "not" the pattern
	 * names is the refusal itself (12x), not its mode; "vowed never to
	 * renounce the use of force against Taiwan" leaves force open, a
	 * threat made (13x); "was not happy with Israel" is displeasure
	 * voiced (11x) */
	if (a->code && (!strncmp(a->code, "11", 2) || !strncmp(a->code, "12", 2) ||
			!strncmp(a->code, "13", 2)) &&
	    a->mode == DYAD_MODE_NEGATED && p->r.pat && pat_names_negation(a->e->c->lex, s, p))
		a->mode = DYAD_MODE_ASSERTED;
	/* ("Armenia will not host military exercises of the CSTO this
	 * year", "Kyiv would not bow to pressure from Moscow, the
	 * president's office said": a refusal whose "not" the pattern names
	 * is made in the saying, whatever "will" or "would" it is put with,
	 * as refusals tied to a condition are) */
	if (a->code && !strncmp(a->code, "12", 2) &&
	    (a->mode == DYAD_MODE_PLANNED || a->mode == DYAD_MODE_CONDITIONAL) &&
	    (p->group_roles & (R_WILL | R_WOULD)) && !act_leaving_told(s, p) && p->r.pat &&
	    pat_names_negation(a->e->c->lex, s, p))
		a->mode = DYAD_MODE_ASSERTED;
	/* '"I think he is a war criminal," Biden said': a rebuke,
	 * accusation or threat hedged only by its own maker's "I think" or
	 * "we believe" is made all the same */
	if (a->code && (!strncmp(a->code, "11", 2) || !strncmp(a->code, "12", 2) ||
			!strncmp(a->code, "13", 2)) &&
	    a->mode == DYAD_MODE_SPECULATIVE && a->src >= 0 && act_own_opinion(s, preds, n, p, a->src))
		a->mode = DYAD_MODE_ASSERTED;
	/* 'Khamenei said Israel "must be punished"': a penalty the speaker
	 * says another must or should suffer is the speaker's threat, made
	 * in the saying, not a guess */
	if (a->code && !strncmp(a->code, "13", 2) && a->mode == DYAD_MODE_SPECULATIVE &&
	    p->reporter >= 0 && a->src == p->reporter && sides_should(s, p))
		a->mode = DYAD_MODE_ASSERTED;
	/* "a move that Britain said would undermine the city's freedoms",
	 * "said the decision would hurt people in need": a rebuke a speech
	 * verb makes of harm to come is made in the saying; the "would" is
	 * the harm's */
	if (a->code && !strncmp(a->code, "11", 2) && a->mode == DYAD_MODE_PLANNED &&
	    (p->vroles & V_SPEECH) && !(p->group_roles & (R_WILL | R_WOULD)))
		a->mode = DYAD_MODE_ASSERTED;
	/* "warned of serious consequences if the tanker was not released":
	 * a threat is made, whatever it hangs on */
	if (a->code && !strncmp(a->code, "13", 2) && a->mode == DYAD_MODE_CONDITIONAL)
		a->mode = DYAD_MODE_ASSERTED;
	/* "Iran said it would retaliate" (a pattern of "said"), "would not
	 * rule out a military option", "Israel will respond, Netanyahu
	 * said": a threat stated in reported speech is made in the
	 * stating; what it threatens is to come, not the threat
	 * (tests/dev/README.md, Modes) */
	if (a->code && !strncmp(a->code, "13", 2) && a->mode == DYAD_MODE_PLANNED &&
	    ((p->group_roles & R_WOULD) || p->reporter >= 0 || a->quoted ||
	     ((p->vroles & V_SPEECH) && !(p->group_roles & R_WILL))))
		a->mode = DYAD_MODE_ASSERTED;
	/* "Orban said Hungary would not enforce the ICC's warrant": a
	 * refusal, like a threat, is made in the saying (tests/dev/README.md,
	 * Modes: refusals are asserted).  Leaving or suspending an accord is
	 * done, not said: "Trump said the United States would pull out of
	 * the treaty", "Congo said it would suspend all trade agreements"
	 * are the state's, still to come. */
	if (a->code && !strncmp(a->code, "12", 2) && a->mode == DYAD_MODE_PLANNED &&
	    p->reporter >= 0 && !act_leaving_told(s, p) &&
	    ((p->group_roles & R_WOULD) ||
	     /* ("Myanmar will not grant visas to a U.N. mission, an
	      * official said": the "not" the pattern names is the refusal,
	      * made in the saying) */
	     ((p->group_roles & R_WILL) && p->r.pat && pat_names_negation(lex, s, p))))
		a->mode = DYAD_MODE_ASSERTED;
	/* "ruled out talks with Washington as long as Israel's attacks
	 * continued", "rejected any ceasefire unless": a refusal is made
	 * in the refusing, whatever it is tied to; only an act of leaving
	 * or suspending still to come holds on its condition ("would pull
	 * out of the deal if") */
	/* ("Pyongyang would turn down any summit with Japan so long as
	 * Tokyo kept raising the abductions", "will refuse any talks as
	 * long as": a verb of refusing with "will" or "would" refuses in
	 * the saying too; "would veto the deal if" is left on its
	 * condition) */
	if (a->code && !strncmp(a->code, "12", 2) && a->mode == DYAD_MODE_CONDITIONAL &&
	    (!(p->group_roles & (R_WILL | R_WOULD | R_MAY | R_CAN)) ||
	     (p->kind == LEX_VERB && !(p->group_roles & (R_MAY | R_CAN)) &&
	      (head_is(s, p->head, "refuse") || head_is(s, p->head, "reject") ||
	       head_is(s, p->head, "turn")))) &&
	    !act_leaving_told(s, p))
		a->mode = DYAD_MODE_ASSERTED;
	/* "agreed to impose sanctions": a conflictual act agreed on is
	 * still to come.  A cooperative one is an intent (03x), done in the
	 * agreeing ("agreed to resume talks"), and what a vote decides
	 * ("voted to impeach") is done by the vote. */
	if (a->code && (p->agreed || planned_by_own_pattern(s, p)) &&
	    a->mode == DYAD_MODE_ASSERTED && strncmp(a->code, "10", 2) >= 0)
		a->mode = DYAD_MODE_PLANNED;
	/* "China firmly opposes the new U.S. tariffs and will take all
	 * necessary measures", "said it would take firm countermeasures
	 * against the U.S. tariffs": measures held out against a trade
	 * measure are a threat in trade (1312), made in the saying */
	if (a->code && !a->threat && (!strcmp(a->code, "130") || !strcmp(a->code, "131")) &&
	    act_trade_measures(s, p)) {
		a->code = "1312";
		a->code2 = NULL;
		if (a->mode == DYAD_MODE_PLANNED || a->mode == DYAD_MODE_CONDITIONAL)
			a->mode = DYAD_MODE_ASSERTED;
	}
	if (a->code && !a->threat && !strcmp(a->code, "138") && answers_unarmed_act(a))
		a->code = "130";
	if (a->code && !a->threat && !strcmp(a->code, "130") && answers_armed_act(a))
		a->code = "138";
	if (a->code && !a->threat && !strcmp(a->code, "130")) {
		int32_t hit = continued_force(a);
		if (hit >= 0) {
			a->tgt = hit;
			a->have_own = 0;
			a->code = "138";
		}
	}
	if (a->threat) {
		size_t k;
		/* "threatened that North Korea would shoot down U.S. planes":
		 * the threat is coded already; the act it names is not. */
		for (k = 0; k < e->n_seen; k++)
			if (e->seen[k].root && !strcmp(e->seen[k].root, "13"))
				return act_not_coded(a, "what a threat coded before names, not an act");
		a->code = a->threat;
		a->code2 = NULL;
		a->mode = DYAD_MODE_ASSERTED;
	}
	/* (a threat on a clock: an ultimatum) */
	if (a->code && !strncmp(a->code, "13", 2) && strcmp(a->code, "139") &&
	    deadline_condition(s))
		a->code = "139";
	/* (a warning whose consequence is force) */
	if (a->code && !strcmp(a->code, "130")) {
		const char *f = a->src < 0 ? NULL :
				warned_force(s, p, &s->ments[a->src],
					     a->tgt >= 0 ? &s->ments[a->tgt] : NULL);

		if (f)
			a->code = f;
	}
	/* "Iran denied that it had supplied the Houthis with the missile,
	 * calling the Saudi accusation baseless": a denial that restates
	 * the act is that act, negated; the label it gives the accusation
	 * is part of it, no denial (016) of its own (tests/dev/README.md:
	 * 016 is a denial that does not restate the act) */
	/* ("Hamas denied that it used the hospital as a command centre,
	 * calling the Israeli claims lies": so after a denial whose act no
	 * pattern codes) */
	/* ("North Korea denied any role in the WannaCry attack, calling
	 * Washington's accusation absurd": a denial of a deed no CAMEO
	 * event names, a hack, is coded by the label it gives the
	 * accusation, addressed to its maker, 016) */
	if (a->code && !strcmp(a->code, "016") && p->anchor >= 0) {
		size_t k;

		if ((preds[p->anchor].vroles & V_DENY) &&
		    (head_is(s, p->head, "call") || head_is(s, p->head, "describe") ||
		     head_is(s, p->head, "brand") || head_is(s, p->head, "label")) &&
		    !denied_unnamed_deed(s, &preds[p->anchor]))
			return act_not_coded(a, "the label a denial gives the accusation, "
					     "part of the denial");
		for (k = 0; k < e->n_seen; k++)
			if (e->seen[k].mode == DYAD_MODE_NEGATED)
				return act_not_coded(a, "the label a denial gives the accusation, "
						     "coded with the denied act");
	}
	/* "is considering whether to scrap the pact with Japan": the act
	 * weighed is the option considered (014), in the weighing's mode;
	 * a condition on the act ("would consider recognising Israel only
	 * if") stays the option's */
	if (a->code && !a->threat && strcmp(a->code, "014")) {
		long w = act_weighed_by(s, p);

		if (w >= 0) {
			enum dyad_mode m = DYAD_MODE_ASSERTED;
			size_t k;

			for (k = 0; k < n; k++)
				if (preds[k].kind == LEX_VERB && preds[k].head == (uint32_t)w) {
					m = mode_resolve(s, preds, k);
					break;
				}
			if (a->mode == DYAD_MODE_CONDITIONAL)
				m = DYAD_MODE_CONDITIONAL;
			if (TRACING(c))
				coder_tracef(c, "  verb \"%.*s\": an act weighed, a policy option (014)",
					     (int)a->hlen, a->htext);
			a->code = "014";
			a->code2 = NULL;
			a->mode = m;
		}
	}
	/* "Medvedev said Moscow would have to use a nuclear weapon if",
	 * "the Kremlin said Russia would respond to U.S. plans": a threat
	 * reported of the speaker's own state is the speaker's, made in the
	 * saying (tests/dev/README.md, Reported speech: the speaker is a
	 * source when it threatens) */
	if (a->code && (!strncmp(a->code, "13", 2) || !strcmp(a->code, "110") ||
			!strcmp(a->code, "111") ||
			(!strncmp(a->code, "12", 2) && !act_leaving_told(s, p))) &&
	    p->reporter >= 0 && a->src >= 0 && a->src != p->reporter && !a->have_own_src)
		speaker_threatens(a);
	/* (the same for opposition, a rebuke or a threat a ministry voices
	 * in a closing ", the foreign ministry said": quote-t099, react-t023
	 * give a voiced rebuke to the speaker; refusals and acts told so
	 * stay the state's, as regions-t100 and reject-t102 code them) */
	else if (a->code && (!strncmp(a->code, "13", 2) || !strcmp(a->code, "110") ||
			     !strcmp(a->code, "111")) &&
		 p->reporter < 0 && a->src >= 0 && !a->have_own_src) {
		int32_t sayer = closing_the_sayer(s, p);
		const char *sc = s->ments[a->src].code;
		if (sayer >= 0 && sayer != a->src && sc && strlen(sc) == 3 && country_prefix(sc) &&
		    !strncmp(sc, s->ments[sayer].code, 3) && strcmp(s->ments[sayer].code + 3, "MED")) {
			a->src = sayer;
			/* (a threat is made in the saying, as with a reporter) */
			if (!strncmp(a->code, "13", 2) && a->mode == DYAD_MODE_PLANNED)
				a->mode = DYAD_MODE_ASSERTED;
		}
	}
	/* "Putin warned that Russia would take retaliatory measures if
	 * NATO ...": the threat the warning coded is not made twice by the
	 * words it reports */
	if (a->code && !strncmp(a->code, "13", 2) && threat_restated(a))
		return act_not_coded(a, "a threat coded before, restated");
	/* "Syria asked the European Union for help after the earthquake":
	 * help a disaster calls for is humanitarian */
	if (a->code) {
		const char *hc = relief_for_disaster(lex, s, a->code);

		if (hc)
			a->code = hc;
	}
	/* "blocked roads to demand the resignation of the attorney
	 * general", "stormed the residence, demanding that he resign": a
	 * protest (14y, or force by civilians: 145) for a change of leader,
	 * policy, rights or institutions (104z) is coded as one (14yz). */
	if (a->code && strlen(a->code) == 3) {
		size_t k;
		const char *dc;
		for (k = 0; k < n; k++)
			if (act_protest_of(lex, s, preds, &preds[k]) == (long)i &&
			    (dc = act_pred_code(lex, &preds[k])) && strlen(dc) == 4 &&
			    !strncmp(dc, "104", 3) && dc[3] >= '1' && dc[3] <= '4') {
				char *pc = arena_alloc(&c->mem, 5);
				if (pc) {
					memcpy(pc, strncmp(a->code, "14", 2) || a->code[2] < '1' || a->code[2] > '5' ?
						   "145" : a->code, 3);
					pc[3] = dc[3];
					pc[4] = '\0';
					a->code = pc;
				}
				break;
			}
	}
	/* "China's ambassador warned that Chinese consumers could boycott
	 * Australian beef": a threat an office holder voices for their own
	 * state or people is the office holder's own act
	 * (tests/dev/README.md) */
	{
		int32_t voice = threat_voice(s, a);
		if (voice >= 0)
			a->src = voice;
	}
	return 0;
}

/* "Russia freed Brittney Griner in exchange for Viktor Bout", "Iran
 * freed five Americans in a swap for five Iranians": the people given in
 * return, when the sentence names their state after the swap phrase (the
 * first state-coded mention after the pattern's last word, other than
 * the captives freed first); NULL when it names none, and the freeing
 * side's own people are meant. */
static const struct mention *swap_counterpart(const struct sent *s, const struct act *a,
					      const struct mention *freed)
{
	size_t j;
	for (j = a->r.last + 1; j < s->n; j++) {
		int32_t mi = s->info[j].mention;
		if (mi < 0 || &s->ments[mi] == freed)
			continue;
		/* (a bare role with no state, "arms dealer", names none) */
		/* (nor does the place the other side held them: "an arms
		 * dealer jailed in the United States") */
		if (s->ments[mi].code && country_prefix(s->ments[mi].code) &&
		    (s->ments[mi].country || strlen(s->ments[mi].code) > 3) &&
		    !(freed->code && !strncmp(s->ments[mi].code, freed->code, 3)))
			return &s->ments[mi];
	}
	return NULL;
}

/* Whether the meeting at p is held for negotiations its clause names
 * after "for": "sat down face to face ... for their first peace talks",
 * "came face to face in Doha for the opening of peace talks".  Talks of
 * a stated kind are negotiations (046), wherever they are held. */
static int meeting_for_negotiations(const struct sent *s, const struct pred *p)
{
	static const char *const kind[] = { "peace", "ceasefire", "truce", "nuclear", "trade",
					    "hostage", "tariff", NULL };
	static const char *const talks[] = { "talks", "negotiations", NULL };
	static const char *const for_[] = { "for", NULL };
	size_t k, j;

	for (k = p->end + 1; k < s->n && !clause_break(s, k); k++) {
		if (!word_is_any(s, k, for_))
			continue;
		for (j = k + 1; j + 1 < s->n && j <= k + 6 && !clause_break(s, j); j++)
			if (word_is_any(s, j, kind) && word_is_any(s, j + 1, talks))
				return 1;
	}
	return 0;
}

/* "began peace talks near Washington", "held nuclear talks in Oman": talks
 * named for the deal they seek are negotiations, wherever held. */
static int negotiation_noun(const struct sent *s, const struct pred *p)
{
	static const char *const kind[] = { "peace", "ceasefire", "truce", "nuclear", "trade",
					    "hostage", "tariff", NULL };
	static const char *const talks[] = { "talks", "negotiations", NULL };

	return p->kind == LEX_NOUN && p->head > 0 && word_is_any(s, p->head, talks) &&
	       word_is_any(s, p->head - 1, kind);
}

/* Whether an actor after the swap phrase is a "by" agent, the freeing
 * of the people given in return told by its own verb ("90 Palestinian
 * prisoners freed by Israel"). */
static int swap_told(const struct sent *s, const struct act *a)
{
	static const char *const freed[] = { "freed", "released", "returned", "handed",
					     "repatriated", "exchanged", "swapped", NULL };
	size_t j;
	for (j = a->r.last + 1; j < s->n; j++) {
		int32_t mi = s->info[j].mention;
		if (mi >= 0 && (s->ments[mi].prep_roles & R_BY) && s->ments[mi].tok >= 2 &&
		    word_is_any(s, s->ments[mi].tok - 2, freed))
			return 1;
	}
	return 0;
}

/* Emit one event per source and target member, with the paired event
 * back, and those an act implies beside it (a deportation expels, a
 * switched recognition drops the state it turns from). */
static int brokered_deal(struct act *a);

static int substitute_visit(struct act *a);

/* Whether m is a state's forces named by the craft or weapons they field
 * ("U.S. submarines", "attack helicopters from the United States"): in a
 * trade or a deal (06x) those are goods, and their state the party.  2
 * when the craft can only be arms (a submarine, a warship), 1 when it
 * may be civil too ("500 Boeing jets"), 0 for no craft. */
static int arms_craft(const struct sent *s, const struct mention *m)
{
	static const char *const arms[] = { "submarine", "submarines", "warship", "warships",
					    "frigate", "frigates", "destroyer", "destroyers",
					    "missile", "missiles", "warplane", "warplanes", NULL };
	static const char *const craft[] = { "helicopter", "helicopters", "jet", "jets",
					     "aircraft", "tank", "tanks", "drone", "drones", NULL };
	size_t j;
	int found = 0;

	if (m->kind == M_PRONOUN || m->person || !m->code || strlen(m->code) != 6 ||
	    !country_prefix(m->code) || strcmp(m->code + 3, "MIL"))
		return 0;
	for (j = m->tok; j < m->tok + m->n_tok && j < s->n; j++) {
		if (word_is_any(s, j, arms))
			return 2;
		if (word_is_any(s, j, craft))
			found = 1;
	}
	return found;
}

/* "imposed a three-month state of emergency and a night curfew",
 * "declared martial law and a curfew": one verb that imposes both
 * emergency rule (1724) and a curfew (1723), joined by "and" in its
 * object, does two acts, one per measure (tests/dev/README.md,
 * `ousters`); the code of the one its pattern did not give, or NULL. */
static const char *second_measure(const struct act *a)
{
	const dyad_lexicon *lex = a->e->c->lex;
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	uint32_t curfew, emergency;
	size_t k, last, at_c = 0, at_e = 0, at_and = 0;

	if (!a->code || (strcmp(a->code, "1723") && strcmp(a->code, "1724")) ||
	    p->kind != LEX_VERB ||
	    !act_set_id(lex, "EV_CURFEW", &curfew) ||
	    !act_set_id(lex, "EV_EMERGENCY", &emergency))
		return NULL;
	for (k = p->end + 1; k < s->n && k <= p->end + 16; k++) {
		if (is_punct(s, k, ';') || is_punct(s, k, '.') || (s->info[k].verb && k > p->end + 1))
			break;
		if (head_is(s, k, "and") && !at_and)
			at_and = k;
		if (!at_c && pat_set_at(lex, s, k, curfew, &last))
			at_c = k;
		if (!at_e && pat_set_at(lex, s, k, emergency, &last))
			at_e = k;
	}
	if (!at_c || !at_e || !at_and || at_and < (at_c < at_e ? at_c : at_e) ||
	    at_and > (at_c > at_e ? at_c : at_e))
		return NULL;
	return !strcmp(a->code, "1723") ? "1724" : "1723";
}

/* "pounding cities with missiles and artillery", "shelled the towns
 * overnight with artillery and drones": force told with weapons of both
 * kinds joined by "and" is two acts, one by air or missile (195) and one
 * by artillery (194); the code of the kind its pattern did not give, or
 * NULL.  The weapons follow "with" in the verb's own clause, or come
 * before the participle they strike by. */
static const char *second_weapon(const struct act *a)
{
	static const char *const with[] = { "with", NULL };
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	const char *first = NULL, *kind;
	size_t k, from, at_with = 0, at_and = 0;

	if (!a->code || (strcmp(a->code, "194") && strcmp(a->code, "195")))
		return NULL;
	/* ("with air strikes and artillery fire hitting the town": the
	 * weapons before the participle they do it by) */
	from = act_weapons_participle(a);
	for (k = from ? from : p->end + 1; k < s->n && k <= p->end + 16; k++) {
		/* (past the commas of a list of names: "shelled the towns of
		 * Jermuk, Goris and Kapan overnight with artillery and drones") */
		if (is_punct(s, k, ',') && !at_with && k + 1 < s->n &&
		    (s->toks[k - 1].flags & TOK_CAP) && (s->toks[k + 1].flags & TOK_CAP))
			continue;
		if (is_punct(s, k, ',') || is_punct(s, k, ';') || is_punct(s, k, '.') ||
		    clause_break(s, k) || s->info[k].verb)
			break;
		if (!at_with) {
			at_with = word_is_any(s, k, with) ? k : 0;
			continue;
		}
		if (head_is(s, k, "and") && first)
			at_and = k;
		if (!(kind = act_weapon_word(s, k)))
			continue;
		if (!first)
			first = kind;
		else if (at_and && strcmp(kind, first))
			return !strcmp(a->code, "194") ? "195" : "194";
	}
	return NULL;
}

/* "Modi and Orban visited Moscow and Beijing respectively", "signed
 * treaties with Russia and Ukraine respectively": sources and targets
 * listed alike, and "respectively" after the targets in their clause,
 * pair each source with the target of its rank alone. */
static int respectively_paired(const struct act *a)
{
	static const char *const respectively[] = { "respectively", NULL };
	const struct sent *s = a->e->s;
	size_t j, k;

	if (a->ns < 2 || a->ns != a->nt || a->reciprocal || a->pair_sides)
		return 0;
	for (k = 0; k < a->nt; k++)
		if (a->tgts[k]->tok < a->p->head || (k > 0 && a->tgts[k]->tok <= a->tgts[k - 1]->tok) ||
		    (k > 0 && a->srcs[k]->tok <= a->srcs[k - 1]->tok))
			return 0;
	for (j = a->tgts[a->nt - 1]->tok + a->tgts[a->nt - 1]->n_tok; j < s->n; j++) {
		if (word_is_any(s, j, respectively))
			return 1;
		if (is_punct(s, j, ';') || is_punct(s, j, ',') || s->info[j].verb ||
		    s->info[j].mention >= 0)
			return 0;
	}
	return 0;
}

/* The helper or companion that a phrase at token J names: ", helped by
 * Belarus", "with help from the United States", ", backed by Rwandan
 * troops", ", accompanied by Australian warships", ", joined by
 * Britain".  Its mention, or -1; *FORCE_ONLY says whether it helps only
 * a use of force (a companion shares any act).  A backer or supporter is
 * one only as a force that fights beside the doer ("backed by Russian air
 * power", "backed by tanks", "win back its territory with the support of
 * NATO" are no party). */
static int32_t helper_at(const struct sent *s, size_t j, int *force_only)
{
	static const char *const helped[] = { "helped", "aided", "assisted", "backed",
					      "supported", NULL };
	static const char *const company[] = { "accompanied", "joined", NULL };
	static const char *const by[] = { "by", NULL }, *const with[] = { "with", NULL };
	static const char *const help[] = { "help", "support", "backing", "assistance", NULL };
	static const char *const from_of[] = { "from", "of", NULL };
	size_t k;
	int backed = 0;

	if (j + 2 >= s->n)
		return -1;
	if (j > 0 && is_punct(s, j - 1, ',') && word_is_any(s, j + 1, by) &&
	    (word_is_any(s, j, helped) || word_is_any(s, j, company))) {
		*force_only = word_is_any(s, j, helped);
		backed = head_is(s, j, "back");
		k = j + 2;
	} else if (word_is_any(s, j, with)) {
		k = j + 1;
		if (s->info[k].roles & R_DET)
			k++;
		if (k + 1 >= s->n || !word_is_any(s, k, help) || !word_is_any(s, k + 1, from_of))
			return -1;
		*force_only = 1;
		backed = !head_is(s, k, "help") && !head_is(s, k, "assistance");
		k += 2;
	} else
		return -1;
	/* (the phrase's own object: "with the help of allied aircraft, Tusk
	 * said" names no helper) */
	for (; k < s->n && k < j + 8; k++) {
		if (s->info[k].mention >= 0) {
			const struct mention *m = &s->ments[s->info[k].mention];
			if (!m->after_prep || (backed && !(m->code && strlen(m->code) >= 6 &&
							   (strstr(m->code + 3, "MIL") ||
							    strstr(m->code + 3, "REB")))))
				return -1;
			return s->info[k].mention;
		}
		if (clause_break(s, k) || s->info[k].verb || is_punct(s, k, ',') || is_punct(s, k, ';'))
			return -1;
	}
	return -1;
}

/* "M23 rebels, backed by Rwandan troops, seized Goma", "struck Houthi
 * targets overnight, with support from Australia and Bahrain", "sailed
 * through the strait, accompanied by Australian warships": the helpers
 * (of force, roots 15-20) and companions (of any act) of act A's doer,
 * named between commas right after it or after the act's words in its
 * own clause, are its sources too; they join a->srcs. */
static void helper_after(struct act *a)
{
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	int force = a->code && strlen(a->code) >= 3 && strncmp(a->code, "15", 2) >= 0 &&
		    strncmp(a->code, "20", 2) <= 0;
	int32_t h = -1;
	int force_only = 0;
	size_t j, k;

	if (a->src < 0 || a->have_own_src || a->reciprocal || a->pair_sides || a->attempt ||
	    a->ns == 0 || a->ns >= 8)
		return;
	/* (right after the doer: "Turkish troops, helped by Syrian rebels, drove") */
	j = s->ments[a->src].tok + s->ments[a->src].n_tok;
	if (j < p->group && is_punct(s, j, ','))
		h = helper_at(s, j + 1, &force_only);
	if (h >= 0 && s->ments[h].tok >= p->group)
		h = -1;
	for (j = (a->r.last > p->end ? a->r.last : p->end) + 1;
	     h < 0 && j > p->head && j < s->n && !is_punct(s, j, ';'); j++) {
		if ((h = helper_at(s, j, &force_only)) >= 0)
			break;
		/* (the phrase belongs to no later verb, nor to a clause with a
		 * subject of its own) */
		for (k = 0; k < a->n; k++)
			if (a->preds[k].kind == LEX_VERB && a->preds[k].head == j)
				return;
		if (s->info[j].mention >= 0 && s->ments[s->info[j].mention].subject &&
		    s->ments[s->info[j].mention].group != s->ments[a->src].group)
			return;
	}
	if (h < 0 || (force_only && !force) || s->ments[h].group == s->ments[a->src].group ||
	    (a->tgt >= 0 && s->ments[h].group == s->ments[a->tgt].group))
		return;
	if (TRACING(a->e->c))
		coder_tracef(a->e->c, "    \"%.*s\" %s the doer: a source too",
			     (int)(s->ments[h].end - s->ments[h].start), s->text + s->ments[h].start,
			     force_only ? "helps" : "accompanies");
	a->ns += act_group_members(s, h, a->srcs + a->ns, 8 - a->ns);
}

int act_emit_all(struct act *a)
{
	struct emit_ctx *e = a->e;
	struct dyad_coder *c = a->e->c;
	struct sent *s = a->e->s;
	struct pred *p = a->p;
	const char *third_at = NULL;
	struct mention second;
	size_t si, ti;

	if (TRACING(c))
		coder_tracef(c, "  %s \"%.*s\" -> %s%s%s, source \"%.*s\", target \"%.*s\"%s%s%s",
			     p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext, a->code ? a->code : "---",
			     a->code2 ? ":" : "", a->code2 ? a->code2 : "",
			     (int)(a->have_own_src ? a->own_src.end - a->own_src.start :
				   s->ments[a->src].end - s->ments[a->src].start),
			     a->have_own_src ? s->text + a->own_src.start : s->text + s->ments[a->src].start,
			     (int)(a->have_own ? a->own.end - a->own.start :
				   s->ments[a->tgt].end - s->ments[a->tgt].start),
			     a->have_own ? s->text + a->own.start : s->text + s->ments[a->tgt].start,
			     p->passive ? ", passive" : !a->have_own ? "" :
			     a->own.how ? ", " : ", its own state",
			     a->have_own && !p->passive && a->own.how ? a->own.how : "",
			     a->r.pat ? "" : ", class default");
	if (a->have_own_src) {
		a->srcs[0] = &a->own_src;
		a->ns = 1;
	} else
		a->ns = act_group_members(s, a->src, a->srcs, 8);
	if (a->pair_other >= 0) {
		a->srcs[0] = &s->ments[a->src];
		a->srcs[1] = &s->ments[a->pair_other];
		a->ns = 2;
	}
	if (a->pair_sides) {
		a->srcs[0] = a->tgts[0] = &s->ments[a->src];
		a->srcs[1] = a->tgts[1] = &s->ments[a->tgt];
		a->ns = a->nt = 2;
		if (a->pair_third >= 0) {
			a->srcs[2] = a->tgts[2] = &s->ments[a->pair_third];
			a->ns = a->nt = 3;
		}
		/* "the two countries pledged": the states, not the
		 * leaders named before ("Xi and Putin signed ..., and the
		 * two countries pledged") */
		for (si = 0; a->pair_states && si < a->ns; si++) {
			const struct mention *m = a->srcs[si];
			char *st;
			if (!m->code || strlen(m->code) <= 3 || !country_prefix(m->code) ||
			    !(st = state_role(c, m->code, "")))
				continue;
			a->pair_state[si] = *m;
			a->pair_state[si].code = st;
			a->pair_state[si].person = 0;
			a->pair_state[si].actor = LEX_NONE;
			a->srcs[si] = a->tgts[si] = &a->pair_state[si];
		}
	} else if (a->have_own) {
		a->tgts[0] = &a->own;
		a->nt = 1;
		while (a->nt < a->n_doers)
			a->tgts[a->nt] = &a->more_own[a->nt - 1], a->nt++;
	} else
		a->nt = act_group_members(s, a->tgt, a->tgts, 8);
	if (a->also_tgt >= 0 && !a->have_own && !a->pair_sides)
		a->nt += act_group_members(s, a->also_tgt, a->tgts + a->nt, 8 - a->nt);
	/* ("bowing to weeks of protests and to pressure from the army") */
	if (!a->pair_sides && !a->attempt && a->nt > 0 && a->nt < 8 &&
	    act_second_presser(a, &second))
		a->tgts[a->nt++] = &second;
	if (a->attempt) {
		a->srcs[0] = &a->attacker;
		a->tgts[0] = &s->ments[a->tgt];
		a->ns = a->nt = 1;
	}
	if (!a->have_own && !a->pair_sides && !a->reciprocal && !a->attempt && p->kind == LEX_VERB) {
		const struct mention *t = &s->ments[a->tgt];
		int32_t w = act_along_with(s, t->tok + t->n_tok);
		if (w >= 0 && (a->have_own_src || s->ments[w].group != s->ments[a->src].group))
			a->nt += act_group_members(s, w, a->tgts + a->nt, 8 - a->nt);
	}
	/* "tariffs of 25 percent on Mexico and Canada and 10 percent on
	 * goods from China": a measure's further rate, after "and", falls
	 * on the party named with it. */
	if (!a->have_own && !a->pair_sides && !a->reciprocal && !a->attempt && a->nt > 0 && a->nt < 8 &&
	    a->code && !strncmp(a->code, "16", 2)) {
		size_t j = a->tgts[a->nt - 1]->tok + a->tgts[a->nt - 1]->n_tok, k;
		/* (past the goods the first rate names: "34 percent on
		 * Chinese goods and 20 percent on the European Union") */
		for (k = 0; k < 2 && j < s->n && s->info[j].mention < 0 && !s->info[j].roles &&
			    !s->info[j].verb && (s->toks[j].flags & TOK_WORD); k++)
			j++;
		if (j + 3 < s->n && a->tgts[a->nt - 1]->tok > p->head && (s->info[j].roles & R_CONJ) &&
		    (s->toks[j + 1].flags & TOK_NUM) &&
		    (head_is(s, j + 2, "percent") || is_punct(s, j + 2, '%')))
			for (k = j + 3; k < s->n && k < j + 10; k++) {
				if (clause_break(s, k) || s->info[k].verb)
					break;
				if (s->info[k].mention >= 0) {
					int32_t w = s->info[k].mention;
					if (a->src < 0 || s->ments[w].group != s->ments[a->src].group)
						a->nt += act_group_members(s, w, a->tgts + a->nt, 8 - a->nt);
					break;
				}
			}
	}
	/* "Mali, Burkina Faso and Niger signed a treaty": a pattern's "$ and
	 * +" that picks the last two of a longer list makes every member a
	 * party, each to each; the ordered pairs cover both directions. */
	if (!a->have_own && !a->have_own_src && !a->pair_sides && !a->attempt && !a->reciprocal &&
	    a->code2 &&
	    a->r.source >= 0 && a->r.target >= 0 && s->ments[a->src].group == s->ments[a->tgt].group &&
	    !s->ments[a->src].pair && a->ns >= 3) {
		a->nt = act_group_members(s, a->src, a->tgts, 8);
		a->reciprocal = 1;
		a->code2 = NULL;
	}
	/* A pair like "Trump-Kim" is one group: split it into its sides. */
	if (!a->have_own && !a->have_own_src && !a->pair_sides && !a->attempt &&
	    s->ments[a->src].group == s->ments[a->tgt].group &&
	    !a->reciprocal) {
		a->srcs[0] = &s->ments[a->src];
		a->tgts[0] = &s->ments[a->tgt];
		a->ns = a->nt = 1;
	}
	/* "negotiators sat down face to face for their first peace talks":
	 * a meeting held for talks of a stated kind is a negotiation (046) */
	if (a->code && (!strcmp(a->code, "040") || !strcmp(a->code, "044")) &&
	    ((p->kind == LEX_VERB && meeting_for_negotiations(s, p)) || negotiation_noun(s, p))) {
		if (TRACING(c))
			coder_tracef(c, "    held for negotiations: 046");
		if (a->code2 && !strcmp(a->code2, a->code))
			a->code2 = "046";
		a->code = "046";
	}
	/* "met al-Sharaa in Riyadh", "held talks in Oslo": a meeting in a
	 * state none of its parties belongs to is one at a third location
	 * (044); negotiations keep their own, more telling code (046). */
	if (a->code && !strcmp(a->code, "040") && !a->have_own && !a->have_own_src && !a->attempt) {
		const char *at = act_meeting_state(c, s, p, a->mode == DYAD_MODE_ASSERTED);
		if (at && act_foreign_to_all(at, a->srcs, a->ns) && act_foreign_to_all(at, a->tgts, a->nt)) {
			if (TRACING(c))
				coder_tracef(c, "    held in %.3s, the home of none of its parties: 044", at);
			a->code = "044";
			if (a->code2 && !strcmp(a->code2, "040"))
				a->code2 = "044";
		} else if (at && a->ns * a->nt > 1 && (a->reciprocal || a->code2))
			/* "the presidents of Russia, Iran and Turkey met in
			 * Tehran": each pair by itself, below ("Biden met the
			 * leaders of Japan, India and Australia in Tokyo" stays
			 * a meeting of one host's guest, 040) */
			third_at = at;
	}
	/* "Modi and Xi held talks on the sidelines of a summit in Tianjin": a
	 * meeting a pattern calls one at a third location, held in the home
	 * of one of its parties, is an ordinary meeting (040) */
	if (a->code && !strcmp(a->code, "044") && !a->have_own && !a->have_own_src && !a->attempt &&
	    a->ns == 1 && a->nt == 1) {
		const char *at = act_meeting_state(c, s, p, a->mode == DYAD_MODE_ASSERTED);
		if (at && (!act_foreign_to_all(at, a->srcs, a->ns) || !act_foreign_to_all(at, a->tgts, a->nt)) &&
		    country_prefix(a->srcs[0]->code) && country_prefix(a->tgts[0]->code)) {
			if (TRACING(c))
				coder_tracef(c, "    held in %.3s, the home of one of its parties: 040", at);
			a->code = "040";
			if (a->code2 && !strcmp(a->code2, "044"))
				a->code2 = "040";
		}
	}
	/* "deported 40 Uyghur men to China", "deported 1,086 people to
	 * Myanmar": the people handed to a state (063) are also expelled
	 * (174): those named, else that state's civilians. */
	if (a->code && !strcmp(a->code, "063") && p->kind == LEX_VERB && head_is(s, p->head, "deport") &&
	    !a->have_own && !a->pair_sides && !a->reciprocal && a->nt > 0 && a->tgts[0]->tok > p->end) {
		size_t j;
		static const char *const back_w[] = { "back", "homeland", "home", NULL };
		a->deport = 1;
		for (j = p->end + 1; j < a->tgts[0]->tok && !a->deportee; j++)
			if (s->info[j].mention >= 0 && s->ments[s->info[j].mention].code &&
			    strlen(s->ments[s->info[j].mention].code) >= 6 &&
			    country_prefix(s->ments[s->info[j].mention].code))
				a->deportee = &s->ments[s->info[j].mention];
		/* "deported 28 Afghans back to Afghanistan", "flown home":
		 * people returned to their own state are put out (174), not
		 * handed over to a state that asked for them (063) */
		for (j = p->end; j <= a->tgts[0]->tok + a->tgts[0]->n_tok && j < s->n; j++)
			if (word_is_any(s, j, back_w))
				a->deport_home = 1;
	}
	/* "switched diplomatic recognition from Taiwan to China": the state
	 * a recognition (054) turns from, named after "from" before its
	 * target, loses it (161). */
	if (a->code && !strcmp(a->code, "054") && !a->have_own && !a->pair_sides && !a->reciprocal &&
	    a->nt > 0 &&
	    a->tgts[0]->tok > p->end) {
		size_t j;
		for (j = p->end + 1; j + 1 < a->tgts[0]->tok && !a->dropped; j++)
			if ((s->info[j].roles & R_FROM) && s->info[j + 1].mention >= 0) {
				const struct mention *m = &s->ments[s->info[j + 1].mention];
				if (m->code && a->tgts[0]->code && country_prefix(m->code) &&
				    strncmp(m->code, a->tgts[0]->code, 3))
					a->dropped = m;
			}
	}
	int paired = respectively_paired(a);
	helper_after(a);
	static const char *const swap_for[] = { "for", NULL };
	const char *measure2 = second_measure(a);
	const char *weapon2 = second_weapon(a);
	for (si = 0; si < a->ns && !e->stop; si++)
		for (ti = 0; ti < a->nt && !e->stop; ti++) {
			const struct mention *rep = p->reporter >= 0 ? &s->ments[p->reporter] : NULL;
			if ((a->reciprocal && si == ti) || (paired && si != ti))
				continue;
			/* "North Korea rejected a Trump-Kim summit": the target
			 * is the side of the pair that is not the source's. */
			if (a->tgts[ti]->pair && a->nt > 1 && a->srcs[si]->code && a->tgts[ti]->code &&
			    !strncmp(a->srcs[si]->code, a->tgts[ti]->code, 3))
				continue;
			const char *code = a->code, *code2 = a->code2;
			/* a meeting of several in one's home is one at a third
			 * location for the pairs it is foreign to */
			if (third_at && act_foreign_to_all(third_at, &a->srcs[si], 1) &&
			    act_foreign_to_all(third_at, &a->tgts[ti], 1)) {
				code = "044";
				if (code2 && !strcmp(code2, "040"))
					code2 = "044";
			}
			const struct mention *tg = a->tgts[ti];
			struct mention seller;
			/* "will buy 96 Apache attack helicopters from the United
			 * States", "will buy U.S. submarines": the arms a trade
			 * or a deal moves are no party; their state is */
			/* (forces that drill together stay forces: "Chinese and
			 * Russian warships began joint exercises") */
			int craft = code && !strncmp(code, "06", 2) ? arms_craft(s, tg) : 0;
			if (craft && a->srcs[si]->code && !strstr(a->srcs[si]->code + 3, "MIL")) {
				char *st = state_role(c, tg->code, "");
				if (st) {
					act_derived_mention(&seller, tg, st, 0, tg->start, tg->end);
					seller.country = 1;
					tg = &seller;
					/* (and a trade in what can only be arms is
					 * military, 062) */
					if (craft == 2 && !strcmp(code, "061"))
						code = "062";
				}
			}
			if (code && !(a->deport_home && !strcmp(code, "063")) &&
			    event_emit(e, p, a->srcs[si], tg, rep, code, a->mode))
				return e->stop;
			/* "Russia freed Brittney Griner in exchange for Viktor
			 * Bout": the other side of a swap frees the first
			 * side's people, and it is the captive's state that
			 * frees them, not the captives. */
			/* (not when the sentence tells that release with a verb
			 * of its own: "in exchange for 90 Palestinian prisoners
			 * freed by Israel") */
			if (code2 && !strcmp(code2, "0841") && country_prefix(a->tgts[ti]->code) &&
			    country_prefix(a->srcs[si]->code) && word_is_any(s, a->r.last, swap_for)) {
				if (!swap_told(s, a)) {
					const struct mention *other = swap_counterpart(s, a, a->tgts[ti]);
					const struct mention *back = other ? other : a->srcs[si];
					char *st = state_role(c, a->tgts[ti]->code, "");
					/* the counterpart keeps a role of its own ("Russian
					 * arms dealer Viktor Bout"); a bare state is its
					 * people, as event_emit makes them */
					/* (but the state alone of a person whose kin they are:
					 * "two nephews of President Maduro's wife") */
					const char *ot = other && strlen(other->code) > 3 && !possessor(s, other) ?
							 other->code : state_role(c, back->code, "");
					struct mention d, o;
					if (st && ot && strncmp(ot, st, 3) && a->mode == DYAD_MODE_ASSERTED) {
						act_derived_mention(&d, a->tgts[ti], st, 0, a->tgts[ti]->start,
								    a->tgts[ti]->end);
						d.country = 1;
						act_derived_mention(&o, back, ot, 0, back->start, back->end);
						o.country = strlen(ot) == 3;
						if (event_emit(e, p, &d, &o, rep, code2, a->mode))
							return e->stop;
					}
				}
				code2 = NULL;
			}
			if (code2 && event_emit(e, p, a->tgts[ti], a->srcs[si], rep, code2, a->mode))
				return e->stop;
			if (measure2 && event_emit(e, p, a->srcs[si], tg, rep, measure2, a->mode))
				return e->stop;
			if (weapon2 && event_emit(e, p, a->srcs[si], tg, rep, weapon2, a->mode))
				return e->stop;
			if (a->deportee && ti == 0 && event_emit(e, p, a->srcs[si], a->deportee, rep, "174", a->mode))
				return e->stop;
			if (a->dropped && ti == 0 && event_emit(e, p, a->srcs[si], a->dropped, rep, "161", a->mode))
				return e->stop;
			if (a->deport && !a->deportee && country_prefix(a->tgts[ti]->code)) {
				char *cc = state_role(c, a->tgts[ti]->code, "CVL");
				struct mention d;
				if (!cc)
					continue;
				act_derived_mention(&d, a->tgts[ti], cc, 0, a->tgts[ti]->start, a->tgts[ti]->end);
				if (event_emit(e, p, a->srcs[si], &d, rep, "174", a->mode))
					return e->stop;
			}
		}
	return e->stop || brokered_deal(a) || substitute_visit(a);
}

/* "Xi will not attend the G20 summit in New Delhi, and Premier Li Qiang
 * will lead China's delegation instead", "will skip the summit, sending
 * Li Qiang in his place", "would not attend and would send Lavrov
 * instead", "called off his trip ..., and Vieira will go instead": the
 * one sent in the absent leader's place makes the visit the leader does
 * not, still to come if the absence is (tests/dev/README.md,
 * Format: one pair and code, negated and planned).  The substitute is a person or
 * an agent of the absent one's state named after the visit. */
static int substitute_visit(struct act *a)
{
	static const char *const lead[] = { "lead", "leads", "head", "heads", NULL };
	static const char *const delegation[] = { "delegation", "team", NULL };
	static const char *const go[] = { "go", "goes", "attend", "attends", "travel", "travels",
					  "represent", "represents", NULL };
	static const char *const send[] = { "send", "sends", "sending", "sent", NULL };
	static const char *const instead[] = { "instead", "place", "stead", NULL };
	static const char *const trip[] = { "trip", "visit", "journey", NULL };
	struct emit_ctx *e = a->e;
	struct sent *s = e->s;
	const struct pred *p = a->p;
	const char *sc;
	size_t j, k, from;
	int off, will = 0;

	if (!a->code || a->ns != 1 || a->nt < 1 || !a->srcs[0]->code ||
	    !country_prefix(a->srcs[0]->code))
		return 0;
	/* ("called off his trip to the BRICS summit in Kazan, and Mauro
	 * Vieira will go instead": a trip called off, 125, has a stand-in
	 * too) */
	off = strcmp(a->code, "042") || a->mode != DYAD_MODE_NEGATED;
	if (off) {
		if (strcmp(a->code, "125") || p->kind != LEX_VERB || a->mode != DYAD_MODE_ASSERTED)
			return 0;
		for (j = p->end + 1; j < s->n && j <= p->end + 3 && !word_is_any(s, j, trip); j++)
			;
		if (j >= s->n || j > p->end + 3)
			return 0;
	}
	sc = a->srcs[0]->code;
	from = (a->r.pat && a->r.last > p->end ? a->r.last : p->end) + 1;
	for (j = from; j < s->n && !is_punct(s, j, '.'); j++) {
		const struct mention *m;
		size_t after;
		int ok = 0;

		will = 0;
		if (s->info[j].mention < 0)
			continue;
		m = &s->ments[s->info[j].mention];
		if (m->tok != j || !m->code || strlen(m->code) <= 3 || strncmp(m->code, sc, 3) ||
		    m->country || (!m->person && m->kind != M_AGENT) || m->start == a->srcs[0]->start)
			continue;
		after = m->tok + m->n_tok;
		/* "... Li Qiang will lead China's delegation (instead)",
		 * "Lavrov will go in his place" */
		/* ("with Foreign Minister Sergei Lavrov attending in his
		 * place") */
		if (after < s->n && head_is(s, after, "attending"))
			for (k = after + 1; k < s->n && k <= after + 4; k++)
				if (word_is_any(s, k, instead))
					ok = 1;
		for (k = after; k < s->n && k <= after + 2 && !ok; k++)
			if (s->info[k].roles & (R_WILL | R_WOULD)) {
				size_t v = k + 1, d;

				will = 1;
				if (v < s->n && word_is_any(s, v, lead)) {
					for (d = v + 1; d < s->n && d <= v + 4; d++)
						if (word_is_any(s, d, delegation))
							ok = 1;
				} else if (v < s->n && word_is_any(s, v, go)) {
					for (d = v + 1; d < s->n && d <= v + 4; d++)
						if (word_is_any(s, d, instead))
							ok = 1;
				}
			}
		/* "sending Premier Li Qiang in his place", "would send
		 * Lavrov instead" */
		if (!ok && m->tok > 0 && m->tok <= j && (word_is_any(s, m->tok - 1, send) ||
		    (m->tok > 1 && word_is_any(s, m->tok - 2, send) &&
		     !(s->toks[m->tok - 1].flags & TOK_PUNCT) && s->info[m->tok - 1].mention < 0)))
			for (k = after; k < s->n && k <= after + 3; k++)
				if (word_is_any(s, k, instead))
					ok = 1;
		if (!ok)
			continue;
		for (k = 0; k < a->nt && !e->stop; k++) {
			const struct mention *rep = p->reporter >= 0 ? &s->ments[p->reporter] : NULL;
			/* ("did not attend the summit, sending Li Qiang in
			 * his place": sent, asserted) */
			/* (a trip called off: the stand-in's own "will") */
			if (event_emit(e, p, m, a->tgts[k], rep, "042",
				       (p->group_roles & (R_WILL | R_WOULD)) || (off && will) ?
				       DYAD_MODE_PLANNED : DYAD_MODE_ASSERTED))
				return e->stop;
		}
		break;
	}
	return e->stop;
}

/* Whether codes A and B are one party to a mediated deal: of one state,
 * and both armed groups or neither (YEMGOV and YEMREB are two). */
static int same_war_party(const char *a, const char *b)
{
	return !strncmp(a, b, 3) && !armed_group(a) == !armed_group(b);
}

/* "signed a U.S.-brokered peace agreement", "met in Brussels for
 * EU-mediated talks", "agreed to disarm under a Russian-brokered
 * ceasefire": a mediator a hyphened word names, on the deal or talks of
 * a cooperative act (roots 03 to 06, a truce), mediates (045) between
 * the act's parties.  A deal a party leaves or breaks ("pulled out of
 * the U.N.-brokered deal") was mediated long before: old news. */
static int brokered_deal(struct act *a)
{
	static const char *const brokered[] = { "brokered", "mediated", "negotiated",
						"facilitated", NULL };
	static const char *const and_w[] = { "and", NULL };
	struct emit_ctx *e = a->e;
	struct sent *s = e->s;
	const struct pred *p = a->p;
	const struct mention *parties[16], *rep;
	const char *owner = NULL, *owners[4];
	uint32_t owner_start[4], owner_end[4];
	struct mention med;
	struct pred q;
	size_t j, k, n = 0, len, pre, n_owners = 1, o;
	const char *t;

	/* (a prisoner swap too: "freed ... in a UAE-mediated swap") */
	if (!a->code || a->attempt || a->have_own || a->ns == 0 || a->nt == 0 ||
	    (strncmp(a->code, "03", 2) && strncmp(a->code, "04", 2) && strncmp(a->code, "05", 2) &&
	     strncmp(a->code, "06", 2) && strncmp(a->code, "087", 3) &&
	     strncmp(a->code, "0841", 4)))
		return 0;
	/* the hyphened word in the act's clause: "EU-mediated talks"
	 * right before a noun, or after the act's words */
	for (j = p->head >= 2 ? p->head - 2 : 0; j < s->n && j <= p->end + 24; j++) {
		/* (", in a Turkey-brokered declaration": past a comma
		 * only into a prepositional phrase, or in a list of
		 * mediators cut off by hyphens: "U.S.-, Egyptian- and
		 * Qatari-mediated talks") */
		if (j > p->end && (clause_break(s, j) ||
				   (is_punct(s, j, ',') && !is_punct(s, j - 1, '-') &&
				    (j + 1 >= s->n || !(s->info[j + 1].roles & R_PREP)))))
			break;
		if ((s->toks[j].flags & TOK_HYPHEN) &&
		    (owner = match_hyphen_owner(e->c, s, j, s->pub.precision ? s->pub.ymd : 0,
						brokered)))
			break;
	}
	if (!owner)
		return 0;
	t = tok_text(s, j, &len);
	for (pre = 0; pre < len && t[pre] != '-'; pre++)
		;
	owners[0] = owner;
	owner_start[0] = s->toks[j].start - s->base;
	owner_end[0] = owner_start[0] + (uint32_t)pre;
	/* "a U.S.- and French-brokered ceasefire", "Qatari- and
	 * Egyptian-mediated talks": mediators before it, each cut off by a
	 * hyphen ("U.S." "-" "and"), mediate too */
	for (k = j; k >= 3 && n_owners < 4 && (word_is_any(s, k - 1, and_w) || is_punct(s, k - 1, ',')) &&
		    is_punct(s, k - 2, '-') && s->info[k - 3].mention >= 0; k -= 3) {
		const struct mention *m = &s->ments[s->info[k - 3].mention];
		if (!m->code || m->tok + m->n_tok != k - 2)
			break;
		owners[n_owners] = m->code;
		owner_start[n_owners] = m->start;
		owner_end[n_owners++] = m->end;
	}
	for (k = 0; k < a->ns + a->nt && n < 16; k++) {
		const struct mention *m = k < a->ns ? a->srcs[k] : a->tgts[k - a->ns];
		size_t d;
		if (!m->code)
			continue;
		for (o = 0; o < n_owners && strncmp(m->code, owners[o], 3); o++)
			;
		if (o < n_owners)
			continue;
		for (d = 0; d < n && !same_war_party(parties[d]->code, m->code); d++)
			;
		if (d == n)
			parties[n++] = m;
	}
	/* a mediation is between two parties at least: two states, or a
	 * state's own side and its rebels ("Yemen's government and the
	 * Houthis agreed to renew the U.N.-brokered truce"), not two
	 * factions of one side */
	if (n < 2)
		return 0;
	q = *p;
	q.head = q.end = q.group = (uint32_t)j;
	rep = p->reporter >= 0 ? &s->ments[p->reporter] : NULL;
	for (o = 0; o < n_owners && !e->stop; o++) {
		act_derived_mention(&med, parties[0], owners[o], 0, owner_start[o], owner_end[o]);
		if (TRACING(e->c))
			coder_tracef(e->c, "    \"%.*s\": %s mediates between its parties (045)",
				     (int)len, t, owners[o]);
		for (k = 0; k < n && !e->stop; k++)
			if (event_emit(e, &q, &med, parties[k], rep, "045", a->mode))
				break;
	}
	return e->stop;
}

/* "Russia told BBC correspondent Sarah Rainsford to leave the country":
 * the press told to leave, right after its mention, is put out, not
 * spoken to; 1 when so. */
static int press_told_to_leave(const struct sent *s, const struct mention *m)
{
	static const char *const to[] = { "to", NULL };
	static const char *const go[] = { "leave", "quit", "depart", NULL };
	size_t j = (size_t)m->tok + m->n_tok;

	return j + 1 < s->n && word_is_any(s, j, to) && word_is_any(s, j + 1, go);
}

/* '"The ball is now in Russia's court," Rubio told reporters in Jeddah':
 * the press a speech verb is told to, right after it, hears what is said
 * and takes no part in it (reporters, an agency, a broadcaster), as it
 * is never the source; 1 when so (not coded). */
int act_press_told(struct act *a)
{
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	const struct mention *m;
	size_t len;
	size_t j;

	static const char *const tell[] = { "told", "tell", "tells", "telling", NULL };

	/* (only "told": "declared Radio Free Europe an undesirable
	 * organisation" acts on the outlet) */
	if (p->kind != LEX_VERB || !(p->vroles & V_SPEECH) || a->tgt < 0 ||
	    !word_is_any(s, p->head, tell))
		return 0;
	m = &s->ments[a->tgt];
	len = m->code ? strlen(m->code) : 0;
	if (len < 3 || strcmp(m->code + len - 3, "MED") || m->after_prep)
		return 0;
	for (j = p->end + 1; j < m->tok; j++)
		if (!(s->info[j].roles & R_DET))
			return 0;
	if (press_told_to_leave(s, m))
		return 0;
	return act_not_coded(a, "the press it is told to hears it, no party");
}

/* "..., warning of a terrible disaster, the KCNA news agency said",
 * "Russia struck Kyiv overnight, Ukraine's air force said": the one who
 * reports a clause after it is no party of it (a state named earlier in
 * the clause is another mention); 1 when p's target is its reporter,
 * after it (not coded). */
int act_reporter_targeted(struct act *a)
{
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	size_t k, j;

	if (a->tgt < 0 || s->ments[a->tgt].tok <= p->end)
		return 0;
	/* (past a comma after p: ", the KCNA news agency said"; "after Iran
	 * confirmed that Raisi had been killed" reports to the condolences
	 * what they answer) */
	for (j = s->ments[a->tgt].tok; j > p->end + 1 && s->info[j - 1].mention < 0 &&
				      (s->info[j - 1].roles & R_DET); j--)
		;
	if (!(is_punct(s, j - 1, ',') ||
	      (j >= 2 && is_punct(s, j - 1, '"') && is_punct(s, j - 2, ','))))
		return 0;
	if (a->tgt == p->reporter)
		return act_not_coded(a, "the one who reports it is no party of it");
	/* (the subject of a speech verb after it) */
	for (k = 0; k < a->n; k++) {
		const struct pred *q = &a->preds[k];
		if (q->kind == LEX_VERB && (q->vroles & V_SPEECH) && q->subject == a->tgt &&
		    q->head > s->ments[a->tgt].tok)
			return act_not_coded(a, "the one who reports it is no party of it");
	}
	return 0;
}

/* "The General Assembly demanded an immediate ceasefire in Gaza", "the
 * Security Council called for humanitarian pauses in the fighting in
 * Gaza", "China called for a ceasefire in Ukraine": an appeal or demand
 * (02, 10) for a truce in the place a war is fought, that names no one
 * it is made to, is made to the war's two sides (match_war_sides()), not
 * to the place.  So is mediation offered (039) for peace there ("ready
 * to contribute to the restoration of peace in Ukraine"): a third
 * party's help is offered to both sides. */
int act_war_place_sides(struct act *a)
{
	static const char *const truce[] = { "ceasefire", "ceasefires", "cease-fire", "truce",
					     "truces", "pause", "pauses", "halt", "end", "fighting",
					     "war", "hostilities", "violence", "conflict", NULL };
	static const char *const peace[] = { "peace", "settlement", NULL };
	static const char *const in[] = { "in", "across", NULL };
	struct sent *s = a->e->s;
	const struct mention *m;
	const char *side_a, *side_b;
	size_t j;
	int found = 0, mediation;

	if (a->tgt < 0 || a->have_own || a->pair_sides || !a->rc)
		return 0;
	mediation = !strcmp(a->rc, "039");
	if (strncmp(a->rc, "02", 2) && strncmp(a->rc, "10", 2) && !mediation)
		return 0;
	m = &s->ments[a->tgt];
	if (!m->country || m->kind != M_NAME || !m->code || strlen(m->code) != 3 || m->tok < 2 ||
	    !word_is_any(s, m->tok - 1, in) || s->pub.ymd <= 0 ||
	    !match_war_sides(m->code, s->pub.ymd, &side_a, &side_b))
		return 0;
	/* (the truce right before the place, or with a phrase between:
	 * "pauses in the fighting in Gaza", "an end to the war in Sudan") */
	for (j = m->tok - 1; j-- > 0 && j + 6 > m->tok - 1 && !found;) {
		if (clause_break(s, j) || is_punct(s, j, ','))
			break;
		found = word_is_any(s, j, truce) || (mediation && word_is_any(s, j, peace));
	}
	if (!found)
		return 0;
	act_implied_actor(&a->own, s, m->tok, side_a);
	act_implied_actor(&a->more_own[0], s, m->tok, side_b);
	a->own.country = strlen(side_a) == 3;
	a->more_own[0].country = strlen(side_b) == 3;
	a->own.how = "a side of the war fought there";
	a->n_doers = 2;
	a->have_own = 1;
	return 0;
}

/* ---- a second request in one appeal ------------------------------------ */

/* The appeal a requested act asks for (tests/dev/README.md, `appeal`):
 * talks (04) 026, a truce or a withdrawal (087) 0256, a release (084)
 * 0253, sanctions lifted (085) 0254, aid or monitors let in (086) 0255,
 * restrictions eased (081) 0251, dissent eased (082) 0252; NULL for any
 * other. */
static const char *appeal_for_act(const char *code)
{
	if (!code || strlen(code) < 2)
		return NULL;
	if (!strncmp(code, "04", 2))
		return "026";
	if (!strncmp(code, "087", 3))
		return "0256";
	if (!strncmp(code, "084", 3))
		return "0253";
	if (!strncmp(code, "085", 3))
		return "0254";
	if (!strncmp(code, "086", 3))
		return "0255";
	if (!strncmp(code, "081", 3))
		return "0251";
	if (!strncmp(code, "082", 3))
		return "0252";
	return NULL;
}

/* Whether ROOT is one that asks another to act: an appeal (02) or a
 * demand (10). */
static int asking_root(const char *root)
{
	return !strcmp(root, "02") || !strcmp(root, "10");
}

/* The demand (10x) that asks for what appeal code WANT (02x) asks for:
 * 0253 -> 1053, 026 -> 106; written into BUF. */
static const char *demand_for(const char *want, char *buf, size_t size)
{
	size_t n = strlen(want + 2);

	if (n + 3 > size)
		return want;
	buf[0] = '1';
	buf[1] = '0';
	memcpy(buf + 2, want + 2, n + 1);
	return buf;
}

/* Whether verb p follows "and" or "and to". */
static int joined_by_and(const struct sent *s, const struct pred *p)
{
	size_t j = p->group;

	if (j >= 1 && head_is(s, j - 1, "to"))
		j--;
	return j >= 1 && head_is(s, j - 1, "and");
}

/* "called on Armenia and Azerbaijan to cease fire immediately and to
 * begin talks", "urged the army and the RSF to stop fighting and return
 * to dialogue": one appeal asks for two acts, and an expert codes each
 * (un-t027, dv3-0066).  The appeal verb's pattern codes the first; when
 * a later requested act joined by "and" ("and to begin talks", "and
 * return to dialogue") would be asked for with another code, the appeal
 * is emitted again with that code, from the same source to the same
 * targets in the same mode.  The requested act itself stays uncoded. */
void act_appeal_second_request(struct act *a)
{
	struct emit_ctx *e = a->e;
	const dyad_lexicon *lex = e->c->lex;
	struct sent *s = e->s;
	const struct pred *p = a->p, *ap = NULL;
	const char *own = NULL, *want;
	char demand_code[8];
	uint32_t code = LEX_NONE, ap_start = 0;
	size_t j, k, n_seen;

	if (p->kind != LEX_VERB || !(p->infinitive || p->coord >= 0) || p->head < 2)
		return;
	/* the appeal it is part of: the nearest verb before it in its
	 * clause that coded a 02x event, with no finite verb between */
	for (k = 0; k < e->n_seen; k++) {
		uint32_t t = e->seen[k].trigger.start;
		if (e->seen[k].root && asking_root(e->seen[k].root) &&
		    t < s->toks[p->head].start - s->base && t >= ap_start)
			ap_start = t;
	}
	for (k = 0; k < a->n; k++)
		if (a->preds[k].kind == LEX_VERB &&
		    s->toks[a->preds[k].head].start - s->base == ap_start && e->n_seen)
			ap = &a->preds[k];
	if (!ap || ap->head >= p->head)
		return;
	for (j = ap->end + 1; j < p->group; j++)
		if (clause_break(s, j) || is_punct(s, j, ';'))
			return;
	for (k = 0; k < a->n; k++) {
		const struct pred *q = &a->preds[k];
		if (q->kind == LEX_VERB && q->head > ap->end && q->head < p->head &&
		    !q->infinitive && q->coord < 0 && !head_ends_ing(s, q->head) && !q->inside)
			return;
	}
	/* one of two requests joined by "and" ("to cease fire and to begin
	 * talks"): it follows the "and", or a request after it in its
	 * clause does */
	if (!joined_by_and(s, p)) {
		for (k = 0; k < a->n; k++) {
			const struct pred *q = &a->preds[k];
			if (q->kind == LEX_VERB && q->head > p->head && (q->infinitive || q->coord >= 0) &&
			    joined_by_and(s, q)) {
				for (j = p->end + 1; j < q->group; j++)
					if (clause_break(s, j) || is_punct(s, j, ';'))
						break;
				if (j == q->group)
					break;
			}
		}
		if (k == a->n)
			return;
	}
	if (p->chosen > 0 && p->r.pat)
		code = p->r.code;
	else if (p->n_heads)
		code = lex->classes.v[p->heads[0].cls].code;
	if (code != LEX_NONE && code != LEX_CODE_NULL)
		own = lex_code_str(lex, code);
	if (!(want = appeal_for_act(own)))
		return;
	n_seen = e->n_seen;
	for (k = 0; k < n_seen && !e->stop; k++) {
		struct dyad_event ev = e->seen[k];
		const struct mention *src = NULL, *tgt = NULL;
		struct mention sm, tm;
		size_t q, r;
		int dup = 0;

		/* (a demand asks for the same in its own root: "demanded
		 * that the junta release the leaders and restore democracy",
		 * 1053 beside 1044) */
		if (ev.root && !strcmp(ev.root, "10"))
			want = demand_for(appeal_for_act(own), demand_code, sizeof(demand_code));
		else
			want = appeal_for_act(own);
		/* (an appeal its pattern left general, 020, asks for nothing
		 * named: no second request beside it) */
		if (ev.trigger.start != ap_start || !ev.root || !asking_root(ev.root) ||
		    !strcmp(ev.cameo, "020") || !strcmp(ev.cameo, "100") ||
		    !strcmp(ev.cameo, want) ||
		    !ev.source.code || !ev.target.code)
			continue;
		for (r = 0; r < e->n_seen; r++)
			if (!strcmp(e->seen[r].cameo, want) && e->seen[r].source.code &&
			    e->seen[r].target.code &&
			    !strcmp(e->seen[r].source.code, ev.source.code) &&
			    !strcmp(e->seen[r].target.code, ev.target.code))
				dup = 1;
		if (dup)
			continue;
		for (q = 0; q < s->n_ments; q++) {
			if (s->ments[q].start == ev.source.start && s->ments[q].end == ev.source.end)
				src = &s->ments[q];
			if (s->ments[q].start == ev.target.start && s->ments[q].end == ev.target.end)
				tgt = &s->ments[q];
		}
		if (!src || !tgt)
			continue;
		sm = *src;
		sm.code = ev.source.code;
		tm = *tgt;
		tm.code = ev.target.code;
		if (TRACING(e->c))
			coder_tracef(e->c, "  verb \"%.*s\": a second request of the appeal, %s",
				     (int)a->hlen, a->htext, want);
		if (event_emit(e, ap, &sm, &tm, NULL, want, ev.mode) != 0)
			return;
	}
}

/* "discussed the nuclear talks with Washington and the war in Gaza with
 * his Omani counterpart", "discussed the ceasefire with Israel and the
 * rebuilding of the south with U.S. envoy Tom Barrack": a verb's target
 * found after the "with" of an event noun in its object is that noun's
 * party, a topic; a later "with" in the clause names the verb's own.
 * (Not a possessor after it: "a deal with Iran with China's help"; nor
 * a pronoun.) */
int act_topic_party_skipped(struct act *a)
{
	static const char *const with[] = { "with", NULL };
	struct sent *s = a->e->s;
	const struct pred *p = a->p;
	const struct mention *t;
	size_t j, k, w, m;

	/* (a consultation only: "signed an agreement with Maduro on
	 * cooperating with it" signs with the agreement's party) */
	if (p->kind != LEX_VERB || a->tgt < 0 || a->src < 0 || a->have_own || p->passive ||
	    !a->r.pat || a->r.code == LEX_NONE || a->r.code == LEX_CODE_NULL ||
	    strncmp(lex_code_str(a->e->c->lex, a->r.code), "04", 2))
		return 0;
	t = &s->ments[a->tgt];
	for (j = t->tok; j > 0 && (s->info[j - 1].roles & R_DET) && s->info[j - 1].mention < 0; j--)
		;
	if (j < 2 || j <= p->end + 2 || !word_is_any(s, j - 1, with))
		return 0;
	for (k = 0; k < a->n; k++)
		if (a->preds[k].kind == LEX_NOUN && a->preds[k].head == j - 2)
			break;
	if (k == a->n)
		return 0;
	for (w = t->tok + t->n_tok; w + 1 < s->n; w++) {
		if (clause_break(s, w) || is_punct(s, w, ';') ||
		    (s->info[w].verb && s->info[w].mention < 0))
			return 0;
		if (!word_is_any(s, w, with))
			continue;
		for (m = w + 1; m < s->n && (s->info[m].roles & R_DET) && s->info[m].mention < 0; m++)
			;
		if (m >= s->n || s->info[m].mention < 0)
			return 0;
		{
			const struct mention *o = &s->ments[s->info[m].mention];
			size_t after = o->tok + o->n_tok;
			if (o->group == t->group || o->group == s->ments[a->src].group ||
			    o->kind == M_PRONOUN ||
			    (after < s->n && (s->info[after].roles & R_POSS)))
				return 0;
			if (TRACING(a->e->c))
				coder_tracef(a->e->c, "  verb \"%.*s\": \"with\" after an event noun is a topic's party; the later \"with\" is the verb's",
					     (int)a->hlen, a->htext);
			a->tgt = s->info[m].mention;
		}
		return 0;
	}
	return 0;
}

/* "Russia broke its own Victory Day truce within hours, Ukraine's
 * foreign minister said": a truce broken (196) that names no one else,
 * reported by an agent of another state, is broken against that state,
 * the other party of the truce that charges the breach; the reporter
 * itself is no target (an organ tells, its state was fired on). */
int act_truce_breach_reporter(struct act *a)
{
	const struct sent *s = a->e->s;
	const struct mention *sm, *rm;
	char *bare;

	if (a->tgt >= 0 || a->have_own || a->src < 0 || a->p->reporter < 0 || !a->rc ||
	    strcmp(a->rc, "196"))
		return 0;
	sm = &s->ments[a->src];
	rm = &s->ments[a->p->reporter];
	if (!sm->code || !rm->code || !country_prefix(sm->code) || !country_prefix(rm->code) ||
	    !strncmp(sm->code, rm->code, 3) || !(bare = state_role(a->e->c, rm->code, "")))
		return 0;
	act_aim_implied(a, rm->tok, bare, "the reporter's state, the other party of the truce broken");
	if (TRACING(a->e->c))
		coder_tracef(a->e->c, "  %s \"%.*s\": aimed at %s, the reporter's state",
			     a->p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext, bare);
	return 0;
}

/* Whether CODE is on SIDE of a war (match_war_sides()): the bare state
 * (ISR, UKR) is its state's government and forces, a REB side its armed
 * groups, any other side (SDNMIL, LBYGOV) the state's own organs. */
static int on_war_side(const char *code, const char *side)
{
	if (!code || strncmp(code, side, 3))
		return 0;
	if (strlen(side) > 3 && armed_group(side))
		return armed_group(code);
	return !armed_group(code);
}

/* "Netanyahu rejected calls for a ceasefire in Gaza", "Hamas will abide
 * by the ceasefire in Gaza": a truce kept, offered, refused or broken
 * (0871, 087, 0356, 1246, 196) "in" the place a war is fought, by one of
 * its two sides, is aimed at the other side, not at the place (as
 * act_war_place_sides() gives a third party's appeal to both). */
int act_war_place_other_side(struct act *a)
{
	static const char *const truce[] = { "ceasefire", "ceasefires", "cease-fire", "truce",
					     "truces", "pause", "pauses", NULL };
	static const char *const in[] = { "in", "across", NULL };
	static const char *const codes[] = { "0871", "087", "0356", "1246", "196", NULL };
	struct sent *s = a->e->s;
	const struct mention *m;
	const char *side_a, *side_b, *src, *other;
	size_t j, k;
	int found = 0;

	if (a->tgt < 0 || a->src < 0 || a->have_own || a->pair_sides || !a->rc)
		return 0;
	for (k = 0; codes[k] && strcmp(codes[k], a->rc); k++)
		;
	if (!codes[k])
		return 0;
	m = &s->ments[a->tgt];
	src = s->ments[a->src].code;
	if (!m->country || m->kind != M_NAME || !m->code || strlen(m->code) != 3 || m->tok < 2 ||
	    !word_is_any(s, m->tok - 1, in) || s->pub.ymd <= 0 ||
	    !match_war_sides(m->code, s->pub.ymd, &side_a, &side_b))
		return 0;
	if (on_war_side(src, side_a))
		other = side_b;
	else if (on_war_side(src, side_b))
		other = side_a;
	else
		return 0;
	/* (the truce right before the place: "the ceasefire in Gaza") */
	for (j = m->tok - 1; j-- > 0 && j + 4 > m->tok - 1 && !found;) {
		if (clause_break(s, j) || is_punct(s, j, ','))
			break;
		found = word_is_any(s, j, truce);
	}
	if (!found)
		return 0;
	act_aim_implied(a, m->tok, other, "the other side of the war fought there");
	a->own.country = strlen(other) == 3;
	if (TRACING(a->e->c))
		coder_tracef(a->e->c, "  %s \"%.*s\": aimed at %s, the other side of the war in %s",
			     a->p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext, other,
			     m->code);
	return 0;
}

/* The subject of a "did the same" or "followed suit" whose verb starts
 * at token J: the mention right before it, past a few adverbs, an
 * auxiliary and a relative "which" ("and Britain had done the same",
 * "Nicaragua, which did the same"), or -1.  A subject that a condition
 * opens ("if Russia did the same"), or a negation or an infinitive's "to"
 * follows, is none. */
static int32_t same_subject_left(const struct sent *s, size_t j)
{
	size_t k;

	for (k = j; k-- > 0 && j - k <= 4;) {
		/* ("threatened to do the same": no act done) */
		if (s->info[k].roles & (R_NEG | R_TO))
			return -1;
		if (s->info[k].mention >= 0) {
			const struct mention *m = &s->ments[s->info[k].mention];
			if (m->tok > 0 && (s->info[m->tok - 1].roles & R_IF))
				return -1;
			return s->info[k].mention;
		}
		if (!(s->toks[k].flags & TOK_WORD) && !is_punct(s, k, ','))
			return -1;
	}
	return -1;
}

/* Whether token J opens "did the same", "done the same", "followed suit"
 * (the later doer before it) or "so did", "as did", "so has" (after it):
 * the doer's mention in *who, the token after the phrase in *after. */
static int same_act_at(const struct sent *s, size_t j, int32_t *who, size_t *after)
{
	static const char *const did[] = { "did", "done", "does", "do", NULL };
	static const char *const the[] = { "the", NULL }, *const same[] = { "same", NULL };
	static const char *const followed[] = { "followed", "follows", NULL };
	static const char *const suit[] = { "suit", NULL };
	static const char *const so_as[] = { "so", "as", NULL };
	static const char *const aux[] = { "did", "has", "have", "had", "does", NULL };

	*who = -1;
	if (j + 2 < s->n && word_is_any(s, j, did) && word_is_any(s, j + 1, the) &&
	    word_is_any(s, j + 2, same)) {
		*who = same_subject_left(s, j);
		*after = j + 3;
	} else if (j + 1 < s->n && word_is_any(s, j, followed) && word_is_any(s, j + 1, suit)) {
		*who = same_subject_left(s, j);
		*after = j + 2;
	} else if (j + 2 < s->n && j > 0 &&
		   (is_punct(s, j - 1, ',') || (s->info[j - 1].roles & R_CONJ)) &&
		   word_is_any(s, j, so_as) && word_is_any(s, j + 1, aux) &&
		   s->info[j + 2].mention >= 0) {
		*who = s->info[j + 2].mention;
		*after = s->ments[*who].tok + s->ments[*who].n_tok;
	}
	return *who >= 0;
}

/* "Spain and Ireland recognised a Palestinian state, and Norway did the
 * same", "Russia condemned the strikes, and so did China", "as did
 * Canada", "Italy expelled 30 diplomats, and Spain followed suit",
 * "China did the same to U.S. goods": the act told last before the
 * phrase, done again by its new doer (each member of its group), to the
 * same targets or to those "to" names.  A reciprocal act ("signed a
 * deal with") is copied both ways. */
void act_same_again(struct emit_ctx *e, const struct pred *preds, size_t n)
{
	const struct sent *s = e->s;
	size_t j, i, k, si, ti, after, n0 = e->n_seen;

	for (j = 1; j < s->n && !e->stop; j++) {
		const struct mention *who[8], *to[8];
		const struct pred *p = NULL;
		uint32_t at;
		long trig = -1;
		size_t nw, nto = 0;
		int32_t w;

		if (!same_act_at(s, j, &w, &after))
			continue;
		at = s->ments[w].tok < j ? s->ments[w].start : s->toks[j].start - s->base;
		/* the last trigger before the phrase, not in a clause that only
		 * tells why or when ("cut ties with Iran after protesters
		 * stormed its embassy, and Bahrain followed suit") */
		for (i = 0; i < n0; i++)
			for (k = 0; k < n; k++)
				if (e->seen[i].trigger.start < at && (long)e->seen[i].trigger.start > trig &&
				    s->toks[preds[k].head].start - s->base == e->seen[i].trigger.start &&
				    !clause_subordinate(s, &preds[k])) {
					trig = e->seen[i].trigger.start;
					p = &preds[k];
				}
		if (!p)
			continue;
		nw = act_group_members(s, w, who, 8);
		/* ("did the same to Russia's envoy") */
		if (after + 1 < s->n && (s->info[after].roles & R_TO) && s->info[after + 1].mention >= 0)
			nto = act_group_members(s, s->info[after + 1].mention, to, 8);
		if (TRACING(e->c))
			coder_tracef(e->c, "  \"%.*s\" does the act of \"%.*s\" again",
				     (int)(s->ments[w].end - s->ments[w].start), s->text + s->ments[w].start,
				     (int)(s->toks[p->head].end - s->toks[p->head].start),
				     s->text + (size_t)trig);
		for (i = 0; i < n0 && !e->stop; i++) {
			const struct dyad_event *o = &e->seen[i];
			const struct mention *tg = NULL;
			struct mention d;
			int back = 0;
			/* (the doer's own events: their sources come before the
			 * trigger, as a reciprocal act's second side does not) */
			if ((long)o->trigger.start != trig || (long)o->source.start > trig)
				continue;
			for (k = 0; k < n0; k++)
				if ((long)e->seen[k].trigger.start == trig && !strcmp(e->seen[k].cameo, o->cameo) &&
				    !strcmp(e->seen[k].source.code, o->target.code) &&
				    !strcmp(e->seen[k].target.code, o->source.code))
					back = 1;
			for (k = 0; k < s->n_ments && !nto; k++)
				if (s->ments[k].start == o->target.start && s->ments[k].end == o->target.end)
					tg = &s->ments[k];
			if (!nto && !tg)
				continue;
			if (tg) {
				act_derived_mention(&d, tg, o->target.code, tg->person, tg->start, tg->end);
				d.country = strlen(o->target.code) == 3;
				tg = &d;
			}
			for (si = 0; si < nw && !e->stop; si++)
				for (ti = 0; ti < (nto ? nto : 1) && !e->stop; ti++) {
					const struct mention *t = nto ? to[ti] : tg;
					if (!strcmp(who[si]->code ? who[si]->code : "", o->source.code))
						continue;
					if (event_emit(e, p, who[si], t, NULL, o->cameo, o->mode) ||
					    (back && event_emit(e, p, t, who[si], NULL, o->cameo, o->mode)))
						return;
				}
		}
		j = after - 1;
	}
}
