/*
 * act.c - who did what to whom.
 *
 * For one predicate with its pattern chosen, act_code() decides whether
 * it is an act at all (not background, not what another is asked to do,
 * not the content of a threat or a denial), who its source and target
 * are when the pattern did not say (the possessor of a noun, the subject
 * of the light verb before it, the other side of a pair, the party whose
 * act a rebuke or a threat answers), and which code fits best once the
 * actors are known (a meeting abroad, a chemical attack, a deportation
 * that is also an expulsion).  It emits the events through event.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "coder_stages.h"

/* The threat (13x) of doing what `code` codes, or NULL: force (138,
 * nuclear 1385), repression (137), administrative curbs (132...), sanctions (1312), reducing or breaking
 * relations (1313), cutting aid (1311), walking out of talks or
 * mediation (134, 135), leaving an accord (130). */
static const char *threat_of(const char *code)
{
	if (!strcmp(code, "2042"))
		return "1385";
	if (!strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2))
		return "138";
	/* ("Germany may introduce checks on its borders with Poland,
	 * the interior minister said": administrative curbs held over
	 * another, 132 and its subcodes, not repression) */
	if (!strcmp(code, "172"))
		return "132";
	if (!strcmp(code, "1721"))
		return "1321";
	if (!strcmp(code, "1722"))
		return "1322";
	if (!strcmp(code, "1723"))
		return "1323";
	if (!strcmp(code, "1724"))
		return "1324";
	if (!strncmp(code, "17", 2))
		return "137";
	/* "nurses will strike on Dec. 15 unless the government opens
	 * talks": a protest or strike announced on a condition (133) */
	if (!strncmp(code, "14", 2))
		return "133";
	if (!strcmp(code, "163"))
		return "1312";
	if (!strcmp(code, "161") || !strcmp(code, "160"))
		return "1313";
	/* "would cut off aid to Honduras unless it stopped the caravan",
	 * "warned that Germany could halt development aid to Rwanda": aid
	 * withheld on a condition (1311) */
	if (!strncmp(code, "162", 3))
		return "1311";
	if (!strcmp(code, "164"))
		return "134";
	if (!strcmp(code, "165"))
		return "135";
	/* "Iran would quit the NPT if Britain, France and Germany referred
	 * its case to the Security Council": leaving an accord on a
	 * condition is a threat with no subcode of its own (130) */
	if (!strcmp(code, "127"))
		return "130";
	return NULL;
}

/* "vowed to impose a tariff on Mexico until they clamp down on drugs":
 * p's clause opens with the "until" of a threat (13x) already coded in
 * its sentence; what the threat waits for is no act. */
static int until_of_threat(const struct emit_ctx *e, const struct pred *p)
{
	static const char *const until[] = { "until", "till", NULL };
	const struct sent *s = e->s;
	size_t i, j;

	if (p->kind != LEX_VERB)
		return 0;
	for (j = p->group; j-- > 0 && j + 4 > p->group;) {
		if (word_is_any(s, j, until))
			break;
		if (s->info[j].mention < 0 || is_punct(s, j, ','))
			return 0;
	}
	if (j == SIZE_MAX || j + 4 <= p->group)
		return 0;
	for (i = 0; i < e->n_seen; i++)
		if (e->seen[i].root && !strcmp(e->seen[i].root, "13") &&
		    e->seen[i].trigger.start < s->toks[j].start - s->base)
			return 1;
	return 0;
}

/* "Israel launched air strikes across Gaza, killing hundreds", "gunmen
 * opened fire on concertgoers, killing 130", "fired rockets at Taza,
 * wounding hundreds", "fired on protesters, killing five": a killing or
 * wounding told as the result of a force event the sentence has already
 * coded is that event's toll, not another event. */
static int attack_result(const struct emit_ctx *e, const struct pred *p)
{
	const struct sent *s = e->s;
	size_t i, len;
	const char *t = tok_text(s, p->head, &len);

	/* "killed three U.S. soldiers and wounded dozens": the wounded of
	 * a killing told with it are its toll too */
	int wound_after = p->kind == LEX_VERB && p->group > 0 &&
			  (s->info[p->group - 1].roles & R_CONJ) &&
			  (head_is(s, p->head, "wound") || head_is(s, p->head, "injur"));

	if (wound_after) {
		for (i = 0; i < e->n_seen; i++) {
			const char *r = e->seen[i].root;
			size_t tl;
			const char *tt = e->seen[i].text + e->seen[i].trigger.start;
			tl = e->seen[i].trigger.end - e->seen[i].trigger.start;
			if (r && (!strcmp(r, "18") || !strcmp(r, "19") || !strcmp(r, "20")) &&
			    tl >= 4 && !strncasecmp(tt, "kill", 4) &&
			    e->seen[i].trigger.start < s->toks[p->head].start - s->base)
				return 1;
		}
		/* "rammed a truck bomb into a base, killing two soldiers
		 * and wounding more than 20": the wounded after a toll's
		 * ", killing" are the attack's toll too */
		static const char *const killing[] = { "killing", NULL };
		size_t k, back = p->group > 12 ? p->group - 12 : 1;
		for (k = p->group - 1; k >= back && k > 0; k--) {
			if (!word_is_any(s, k, killing) || !is_punct(s, k - 1, ','))
				continue;
			for (i = 0; i < e->n_seen; i++) {
				const char *r = e->seen[i].root;
				if (r && (!strcmp(r, "18") || !strcmp(r, "19") || !strcmp(r, "20")) &&
				    e->seen[i].trigger.start < s->toks[k].start - s->base)
					return 1;
			}
			break;
		}
		return 0;
	}
	/* "besieged El Fasher, cutting off food to hundreds of
	 * thousands", "struck Syria, destroying most of its navy": what a
	 * siege cuts off or a strike destroys, told after it, is that
	 * event's toll too */
	static const char *const cutting[] = { "cutting", NULL };
	static const char *const wrecking[] = { "destroying", "damaging", NULL };

	if (p->kind == LEX_VERB && p->group > 0 && is_punct(s, p->group - 1, ',') &&
	    (word_is_any(s, p->head, cutting) || word_is_any(s, p->head, wrecking))) {
		int cut = word_is_any(s, p->head, cutting);
		for (i = 0; i < e->n_seen; i++) {
			const char *r = e->seen[i].root;
			/* ("fired water cannon at three boats, damaging
			 * one": the coercion of a ship too) */
			if (cut ? !strcmp(e->seen[i].cameo, "191") :
				  ((r && (!strcmp(r, "19") || !strcmp(r, "18"))) ||
				   !strcmp(e->seen[i].cameo, "170")))
				return 1;
		}
		return 0;
	}
	if (p->kind != LEX_VERB || p->group == 0 || !is_punct(s, p->group - 1, ',') ||
	    !ends_with(t, len, "ing") ||
	    !(head_is(s, p->head, "kill") || head_is(s, p->head, "wound") ||
	      head_is(s, p->head, "injure")))
		return 0;
	/* "..., killing Hezbollah leader Hassan Nasrallah", "killing a
	 * senior commander of Islamic Jihad, Taiseer al-Jabari": killing a
	 * named leader is an act of its own (186) */
	for (i = p->end + 1; i < s->n && i < p->end + 4u; i++) {
		int32_t m = s->info[i].mention;
		if (m < 0)
			continue;
		if (head_is(s, p->head, "kill") &&
		    ((s->ments[m].person && s->ments[m].kind != M_AGENT) ||
		     event_named_chief(s, &s->ments[m])))
			return 0;
		break;
	}
	for (i = 0; i < e->n_seen; i++) {
		const char *r = e->seen[i].root;
		/* ("blasted one of its boats with water cannon, injuring
		 * four crew members": a coast guard's coercion of a ship
		 * has its toll too) */
		if ((r && (!strcmp(r, "18") || !strcmp(r, "19") || !strcmp(r, "20"))) ||
		    !strcmp(e->seen[i].cameo, "175") || !strcmp(e->seen[i].cameo, "170"))
			return 1;
	}
	return 0;
}

/* Whether token I ends in "s" ("strikes", "attacks"): a plural noun
 * the tagger may read as a verb. */
static int head_ends_s(const struct sent *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return len > 3 && t[len - 1] == 's';
}

/* "Russian shelling of the town of Kupiansk killed four people": a
 * killing or wounding whose subject is an attack named by a noun, coded
 * already from the same source, is that attack's toll.  Whether the
 * noun's event sits in the words right before P's verb group, with no
 * verb or punctuation between. */
static int subject_attack_toll(const struct emit_ctx *e, const struct pred *p, const char *src)
{
	const struct sent *s = e->s;
	size_t i, j;

	if (p->kind != LEX_VERB || head_ends_ing(s, p->head) || !src ||
	    !(head_is(s, p->head, "kill") || head_is(s, p->head, "wound") ||
	      head_is(s, p->head, "injur")))
		return 0;
	/* (not a relative clause: "an air strike on a village that killed
	 * scores of people" tells whom the strike fell on) */
	if (p->group > 0 && (head_is(s, p->group - 1, "that") || head_is(s, p->group - 1, "which")))
		return 0;
	for (i = 0; i < e->n_seen; i++) {
		const struct dyad_event *o = &e->seen[i];
		const char *r = o->root;
		uint32_t gstart = s->toks[p->group].start - s->base;
		/* (the same state: the event's source is the adjective's
		 * forces, "RUSMIL" for "Russian") */
		if (!r || (strcmp(r, "18") && strcmp(r, "19")) || !o->source.code ||
		    strlen(src) < 3 || strncmp(o->source.code, src, 3) || o->trigger.end > gstart)
			continue;
		/* back from the verb to the noun that named the attack: no
		 * verb, conjunction or punctuation between, and the noun a
		 * noun ("struck Iran and killed its commanders" is two acts) */
		for (j = p->group; j > 0 && p->group - j < 12; j--) {
			uint32_t ts = s->toks[j - 1].start - s->base;
			if (ts < o->trigger.start)
				break;
			/* (the noun itself may have been read as a verb:
			 * "Israeli strikes across Gaza killed at least 50") */
			if (ts == o->trigger.start && j < p->group &&
			    !(s->toks[j - 1].flags & TOK_PUNCT) && head_ends_s(s, j - 1))
				return 1;
			if ((s->toks[j - 1].flags & TOK_PUNCT) || s->info[j - 1].verb ||
			    (s->info[j - 1].roles & R_CONJ))
				break;
			if (ts == o->trigger.start)
				return 1;
		}
	}
	return 0;
}

/* Every member of a compound group ("Russia and Belarus"). */
static size_t group_members(const struct sent *s, int32_t m, const struct mention **out,
			    size_t max)
{
	size_t i, n = 0;

	if (m < 0)
		return 0;
	for (i = 0; i < s->n_ments && n < max; i++) {
		const struct mention *a = &s->ments[i];
		if (a->group != s->ments[m].group)
			continue;
		/* A descriptor in apposition ("his defence minister Yoav
		 * Gallant") is the same member as the name after it. */
		if (i + 1 < s->n_ments && s->ments[i + 1].group == a->group &&
		    s->ments[i + 1].tok == a->tok + a->n_tok)
			continue;
		out[n++] = a;
	}
	return n;
}

/* No preposition but "of" between a verb and its object noun ("held a
 * round of talks"), or "for" after a plan ("scheduled for a visit"). */
static int direct_object(const struct sent *s, size_t verb_end, size_t noun,
			 int plan)
{
	size_t j, len;

	for (j = verb_end + 1; j < noun; j++) {
		const char *t = tok_text(s, j, &len);
		if (!(s->info[j].roles & R_PREP) || (s->info[j].roles & R_OF))
			continue;
		if (plan && len == 3 && !strncasecmp(t, "for", 3))
			continue;
		return 0;
	}
	return 1;
}

/* "condemned Iran's missile attack", "demanded the release of",
 * "called for a ceasefire between": a noun after a verb of reaction or
 * request, with no preposition but "of" or "for" between, is another's
 * act that verb is about. */
/* Whether mention `m` is a bare state (a place, no role) whose code
 * begins as `code` does: a protester's own country. */
static int own_state(const struct sent *s, int32_t m, const char *code)
{
	const struct mention *t = &s->ments[m];

	return t->kind == M_NAME && t->country && t->code && strlen(t->code) == 3 &&
	       code && !strncmp(t->code, code, 3);
}

/* "accusing the group and allied militias of committing genocide",
 * "blamed Kyiv for carrying out the attacks": a noun that is the object
 * of a gerund after "of" or "for", in the clause of an accusation (or
 * another reaction) before it, is what that accuses. */
static int accused_gerund_object(const struct sent *s, const struct pred *preds,
				 const struct pred *p)
{
	long j = (long)p->head - 1;
	const struct pred *r;
	size_t t;

	if (p->kind != LEX_NOUN)
		return 0;
	while (j >= 0 && ((s->info[j].roles & R_DET) || is_modifier(s, (size_t)j)) &&
	       s->info[j].mention < 0 && !head_ends_ing(s, (size_t)j))
		j--;
	if (j < 2 || !head_ends_ing(s, (size_t)j) || s->info[j].vlemma == LEX_NONE ||
	    !(head_is(s, (size_t)j - 1, "of") || head_is(s, (size_t)j - 1, "for")))
		return 0;
	for (r = p; r-- > preds;) {
		if (r->kind != LEX_VERB || r->head >= (uint32_t)j ||
		    (r->group == r->head && past_form(s, r->head) && r->head + 1 < s->n &&
		     s->info[r->head + 1].mention >= 0))
			continue;
		if (!(r->vroles & V_REACT) || (r->vroles & V_LIGHT))
			return 0;
		/* (past "allied militias" is an adjective) */
		for (t = r->end + 1; t < (size_t)j - 1; t++)
			if (clause_break(s, t) ||
			    (s->info[t].verb && s->info[t].mention < 0 &&
			     !(past_form(s, t) && t + 1 < s->n && s->info[t + 1].mention >= 0)))
				return 0;
		return 1;
	}
	return 0;
}

/* "Putin ordered the partial mobilisation", "ordered an offensive against
 * the rebels": whether noun `p` is an act
 * that is itself an event, which its governor orders, announces,
 * declares or imposes, and so does. */
static int enacted_object(const struct sent *s, const struct pred *preds,
			  const struct pred *p)
{
	/* ("Russian forces pressed an offensive in the Donbas": went on
	 * with it, but "pressed for an inquiry" asks) */
	static const char *const enact[] = { "order", "announc", "declar", "impos",
					     "proclaim", "press", NULL };
	static const char *const acts[] = { "mobilisation", "mobilization", "curfew",
					    "curfews", "blockade", "evacuation", "evacuations",
					    "withdrawal", "ceasefire", "truce", "lockdown",
					    "call-up",
					    /* "ordered a military offensive against
					     * the TPLF", "ordered air strikes on",
					     * "ordered an investigation into", "ordered
					     * the arrest of": done by those ordered,
					     * as the one who orders them */
					    "offensive", "offensives", "strike", "strikes",
					    "airstrike", "airstrikes", "raid", "raids", "crackdown",
					    "investigation", "inquiry", "probe", "arrest", "arrests",
					    /* "ordered missile drills near the border",
					     * "announced war games around Taiwan": a
					     * show of force by those who order it */
					    "drill", "drills", "exercise", "exercises", "wargames",
					    "war-games", "maneuvers", "manoeuvres", "deployment",
					    "deployments", "buildup", "build-up",
					    NULL };
	const char *gt, *nt;
	size_t glen, nlen, k, a;

	if (p->kind != LEX_NOUN || p->governor < 0)
		return 0;
	gt = tok_text(s, preds[p->governor].head, &glen);
	nt = tok_text(s, p->head, &nlen);
	for (k = preds[p->governor].end + 1; k < p->head; k++)
		if (s->info[k].roles & R_PREP)
			return 0;
	for (k = 0; enact[k]; k++)
		if (glen >= strlen(enact[k]) && !strncasecmp(gt, enact[k], strlen(enact[k])))
			for (a = 0; acts[a]; a++)
				if (nlen == strlen(acts[a]) && !strncasecmp(nt, acts[a], nlen))
					return 1;
	return 0;
}

/* "joint army, navy and rocket force drills", "air force jets": "force"
 * after a service's name is the service, a noun, not the verb that asks
 * another to act. */
static int force_as_noun(const struct sent *s, size_t head)
{
	static const char *const force[] = { "force", "forces", NULL };
	static const char *const services[] = { "rocket", "air", "naval", "task", "police",
						"security", "strike", "special", "ground",
						"reaction", "missile", "space", "defence",
						"defense", "self-defence", "self-defense", NULL };

	return head > 0 && word_is_any(s, head, force) && word_is_any(s, head - 1, services);
}

/* "hitting back at Washington's duties on Mexican metals", "retaliated
 * against the U.S. tariffs with", "in response to": a measure answered is
 * what a retaliation is aimed at, told as its cause, not news of its
 * own.  Whether g is a verb of answering back and noun p hangs on its
 * "at", "against" or "to", with no other preposition between. */
static int answered_object(const struct sent *s, const struct pred *g, const struct pred *p)
{
	static const char *const answer[] = { "retaliate", "retaliated", "retaliates", "retaliating",
					      "respond", "responded", "responds", "responding", NULL };
	static const char *const hit[] = { "hit", "hits", "hitting", "strike", "struck", "strikes",
					   "striking", "fire", "fired", "fires", "firing", "push",
					   "pushed", "pushing", NULL };
	static const char *const at[] = { "at", "against", "to", NULL };
	size_t j, k;

	if (g->kind != LEX_VERB)
		return 0;
	if (word_is_any(s, g->head, answer))
		k = g->head + 1;
	else if (word_is_any(s, g->head, hit) && g->head + 1 < s->n && head_is(s, g->head + 1, "back"))
		k = g->head + 2;
	/* (the particle read as a verb of its own: "back" as in "backed") */
	else if (g->head > 0 && head_is(s, g->head, "back") && word_is_any(s, g->head - 1, hit))
		k = g->head + 1;
	else
		return 0;
	if (k >= p->head || !word_is_any(s, k, at))
		return 0;
	for (j = k + 1; j < p->head; j++)
		if ((s->info[j].roles & R_PREP) && !(s->info[j].roles & R_OF))
			return 0;
	return 1;
}

/* "the bloc's first countermeasures against U.S. President Donald
 * Trump's tariffs", "in retaliation for Washington's duties": the measure
 * a counterblow's noun names is its cause, not news of its own.  Whether
 * noun p hangs, past its owner and modifiers, on "against", "to" or
 * "for" after such a noun. */
static int countered_noun(const struct sent *s, const struct pred *p)
{
	static const char *const counters[] = { "countermeasures", "counter-measures",
						"counter-tariffs", "countertariffs", "retaliation",
						"reprisal", "reprisals", "response", NULL };
	static const char *const preps[] = { "against", "to", "for", NULL };
	long j = (long)p->head - 1;
	int steps = 0;

	if (p->kind != LEX_NOUN)
		return 0;
	while (j > 0 && steps++ < 10 && !(s->info[j].roles & R_PREP) && !clause_break(s, (size_t)j))
		j--;
	return j > 0 && word_is_any(s, (size_t)j, preps) && word_is_any(s, (size_t)j - 1, counters);
}

static int reaction_object(const struct sent *s, const struct pred *preds,
			   const struct pred *p)
{
	const struct pred *g;
	size_t j, len;
	int bad = 0;

	if (accused_gerund_object(s, preds, p) || countered_noun(s, p))
		return 1;
	if (p->governor < 0)
		return 0;
	g = &preds[p->governor];
	if (answered_object(s, g, p))
		return 1;
	if (!(g->vroles & (V_REACT | V_CONTROL)) || (g->vroles & V_LIGHT))
		return 0;
	if (enacted_object(s, preds, p) || force_as_noun(s, g->head))
		return 0;
	for (j = g->end + 1; j < p->head; j++) {
		const char *t = tok_text(s, j, &len);
		/* ("pleaded for a no-fly zone over Ukraine and for more
		 * sanctions on Russia": a second "for" the request joins
		 * opens its object afresh) */
		if ((s->info[j].roles & R_CONJ) && j + 1 < p->head && head_is(s, j + 1, "for")) {
			bad = 0;
			j++;
			continue;
		}
		if (!(s->info[j].roles & R_PREP) || (s->info[j].roles & R_OF))
			continue;
		if (len == 3 && !strncasecmp(t, "for", 3))
			continue;
		/* ("condemned on Wednesday the Taliban's ban": the day the
		 * reaction came, between it and its object) */
		if (head_is(s, j, "on") && j + 1 < p->head && weekday(s, j + 1)) {
			j++;
			continue;
		}
		bad = 1;
	}
	return !bad;
}

/* The preposition that opens a noun's phrase ("for talks with", "in a
 * phone call"), or NULL. */
static const char *const meeting_spans[] = { "days", "day", "hours", "weeks", "rounds", "round",
					       NULL };

static const char *noun_prep(const struct sent *s, size_t head, size_t *len)
{
	long j = (long)head - 1;

	while (j >= 0 && ((s->info[j].roles & (R_DET | R_POSS)) || is_modifier(s, (size_t)j)) &&
	       !(s->info[j].roles & R_PREP) && s->info[j].mention < 0)
		j--;
	if (j < 0 || !(s->info[j].roles & R_PREP))
		return NULL;
	/* "for three days of talks with Wang Yi", "after two rounds of
	 * talks": the span the meeting lasts is no noun of its own; its
	 * preposition is the one before the span */
	if (j >= 2 && head_is(s, (size_t)j, "of") && word_is_any(s, (size_t)j - 1, meeting_spans)) {
		long k = j - 2;
		while (k >= 0 && ((s->info[k].roles & R_DET) || is_modifier(s, (size_t)k) ||
				  (s->toks[k].flags & TOK_NUM)) &&
		       !(s->info[k].roles & R_PREP) && s->info[k].mention < 0)
			k--;
		if (k >= 0 && (s->info[k].roles & R_PREP))
			j = k;
	}
	return tok_text(s, (size_t)j, len);
}

/* "said at the end of a five-day visit to China", "met Xi at the start
 * of a state visit": a visit named through its phase ("end", "start",
 * "last leg") hangs on the preposition before the phase, the occasion of
 * the clause's act as "during a visit" is.  That preposition, else
 * noun_prep()'s own. */
static const char *occasion_prep(const struct sent *s, size_t head, size_t *len)
{
	static const char *const phases[] = { "end", "start", "beginning", "close", "conclusion",
					      "outset", "course", "leg", "sidelines", "culmination",
					      "highlight", "centrepiece", "centerpiece", NULL };
	const char *prep = noun_prep(s, head, len);
	long j;

	if (!prep || *len != 2 || strncasecmp(prep, "of", 2))
		return prep;
	for (j = (long)head - 1; j >= 0 && !(s->info[j].roles & R_PREP); j--)
		;
	if (j < 2 || !word_is_any(s, (size_t)j - 1, phases))
		return prep;
	j -= 2;
	while (j >= 0 && ((s->info[j].roles & (R_DET | R_POSS)) || is_modifier(s, (size_t)j)) &&
	       !(s->info[j].roles & R_PREP) && s->info[j].mention < 0)
		j--;
	if (j < 0 || !(s->info[j].roles & R_PREP))
		return prep;
	return tok_text(s, (size_t)j, len);
}

/* "marched through London against Trump's state visit", "rallied in
 * protest at Pristina's arrest of a former officer", "protests over the
 * burning of a Koran": what a protest is against is its object, no event
 * of its own (the README codes such objects as it codes a reaction's).
 * Whether noun p hangs on "against", "over" or "at" after a protest
 * verb or noun in its clause. */
static int protested_object(const struct sent *s, const struct pred *p)
{
	static const char *const against[] = { "against", "over", "at", NULL };
	static const char *const protest_w[] = { "protest", "protests", "protested", "protesting",
						 "rally", "rallies", "rallied", "march", "marches",
						 "marched", "marching", "demonstration",
						 "demonstrations", "demonstrated", "demonstrating",
						 "strike", "strikes", "boycott", "boycotts",
						 "boycotted", "vigil", NULL };
	long j = (long)p->head - 1, k;

	if (p->kind != LEX_NOUN)
		return 0;
	while (j >= 0 && ((s->info[j].roles & (R_DET | R_POSS)) || is_modifier(s, (size_t)j) ||
			  s->info[j].mention >= 0) &&
	       !(s->info[j].roles & R_PREP))
		j--;
	if (j < 1 || !word_is_any(s, (size_t)j, against))
		return 0;
	for (k = j - 1; k >= 0 && k >= j - 12; k--) {
		if (clause_break(s, (size_t)k))
			return 0;
		if (word_is_any(s, (size_t)k, protest_w))
			return 1;
	}
	return 0;
}

/* Whether one of `words` stands in the `span` tokens back from token
 * `from`, within its clause, before any comma or verb. */
static int word_back_in_phrase(const struct sent *s, long from, long span,
			       const char *const *words)
{
	long k;

	for (k = from; k >= 0 && k > from - span; k--) {
		if (word_is_any(s, (size_t)k, words))
			return 1;
		if (clause_break(s, (size_t)k) || is_punct(s, (size_t)k, ',') ||
		    (s->info[k].verb && s->info[k].mention < 0))
			return 0;
	}
	return 0;
}

/* "held talks in Cairo on a ceasefire", "negotiations over a prisoner
 * exchange", "a deal on a truce": what talks or a deal are about is
 * their subject, not an event of its own.  Whether noun p hangs on
 * "on", "over" or "about" after such a noun, a place or a day between. */
static int topic_of_talks(const struct sent *s, const struct pred *p)
{
	static const char *const about[] = { "on", "over", "about", NULL };
	static const char *const talks[] = { "talks", "negotiations", "discussions",
					     "consultations", "dialogue", "deal", "agreement",
					     "accord", "understanding", "framework", "proposal",
					     "proposals", "plan", "meeting", "summit", "call",
					     /* "an emergency session of the General
					      * Assembly on Russia's invasion" */
					     "session", "sessions", "debate", "debates",
					     NULL };
	long j = (long)p->head - 1;

	if (p->kind != LEX_NOUN)
		return 0;
	/* (past the act's owner too: "on Russia's invasion of Ukraine") */
	while (j >= 0 && !word_is_any(s, (size_t)j, about) &&
	       ((((s->info[j].roles & R_DET) || is_modifier(s, (size_t)j)) && s->info[j].mention < 0) ||
		(s->info[j].roles & R_POSS) ||
		(s->info[j].mention >= 0 && (size_t)j + 1 < s->n &&
		 ((s->info[j + 1].roles & R_POSS) || s->info[j].mention == s->info[j + 1].mention))))
		j--;
	if (j < 1 || !word_is_any(s, (size_t)j, about))
		return 0;
	return word_back_in_phrase(s, j - 1, 7, talks);
}

/* Whether CODE is a state's people, not one of its organs: civilians,
 * the opposition, students, workers, the press, refugees, clergy
 * ("USACVL", "HKGOPP"), whom the state's own police, courts and troops
 * act on at home. */
static int people_role(const char *code)
{
	static const char *const people[] = { "CVL", "OPP", "EDU", "LAB", "MED", "REF", "REL",
					      NULL };
	size_t k;

	if (!code || strlen(code) != 6)
		return 0;
	for (k = 0; people[k]; k++)
		if (!strcmp(code + 3, people[k]))
			return 1;
	return 0;
}

/* "riots that erupted after former President Jacob Zuma was jailed",
 * "since he was charged": whether the subject at token TOK opens a
 * clause that dates another by an earlier event (a time anchor, no
 * news of its own). */
static int anchored_subject(const struct sent *s, size_t tok)
{
	static const char *const anchors[] = { "after", "since", "following", "before", "until",
					       "when", NULL };
	size_t j;

	for (j = tok; j-- > 0 && j + 4 > tok;) {
		if (word_is_any(s, j, anchors))
			return 1;
		if (!(s->toks[j].flags & TOK_WORD) || s->info[j].verb || s->info[j].mention >= 0)
			return 0;
	}
	return 0;
}

/* "days before a summit in Seoul", "hours after", "ahead of", "on the
 * eve of", "in the run-up to", "prior to": whether token j opens a phrase
 * that dates the clause by another event, whose parties are not the
 * clause's. */
static int time_anchor_at(const struct sent *s, size_t j)
{
	static const char *const spans[] = { "day", "days", "hour", "hours", "week", "weeks",
					     "month", "months", "minutes", "shortly", "just",
					     "moments", NULL };
	static const char *const sides[] = { "before", "after", "ahead", NULL };
	static const char *const ahead_prior[] = { "ahead", "prior", NULL };
	static const char *const of_to[] = { "of", "to", NULL };
	static const char *const eve[] = { "eve", "run-up", "runup", NULL };

	if (j + 1 >= s->n || s->info[j].mention >= 0)
		return 0;
	if (word_is_any(s, j, spans) && word_is_any(s, j + 1, sides))
		return 1;
	if (word_is_any(s, j, ahead_prior) && word_is_any(s, j + 1, of_to))
		return 1;
	return word_is_any(s, j, eve) && word_is_any(s, j + 1, of_to);
}

/* Whether a time anchor opens between tokens from and to. */
static int time_anchor_between(const struct sent *s, size_t from, size_t to)
{
	size_t j;

	for (j = from; j < to && j < s->n; j++)
		if (time_anchor_at(s, j))
			return 1;
	return 0;
}

/* "suspended", "pulled out of", "revoked": a verb that leaves an accord,
 * unlike one that only names its end ("the conference ended with an
 * agreement"). */
static int accord_leaving(const struct sent *s, size_t i)
{
	static const char *const leave[] = { "suspend", "withdraw", "withdrew", "withdrawn", "pull",
					     "quit", "exit", "leave", "left", "abandon", "scrap",
					     "revoke", "renounce", "terminate", "annul", "cancel", NULL };
	size_t k;

	for (k = 0; leave[k]; k++)
		if (head_is(s, i, leave[k]))
			return 1;
	return 0;
}

/* A reported 12x that is the leaving itself ("said the United States
 * would pull out of the treaty", "would suspend the pact", "had
 * withdrawn from the treaty"): an act of the state the speaker names,
 * not a refusal voiced in the saying.  A negated one ("would not leave
 * the talks") is still a refusal, and one told as under way ("Putin
 * said Russia was suspending its participation in New START") is done
 * in the announcing, by the one announcing. */
static int leaving_told(const struct sent *s, const struct pred *p)
{
	return p->kind == LEX_VERB && accord_leaving(s, p->head) && !(p->group_roles & R_NEG) &&
	       !p->neg && (!(p->group_roles & R_BE) || (p->group_roles & (R_WILL | R_WOULD)));
}

/* Whether p's verb stands in a relative clause (", who warned", ",
 * which said") right after mention m, its subject. */
static int relative_after(const struct sent *s, const struct mention *m, const struct pred *p)
{
	static const char *const rel[] = { "who", "which", NULL };
	size_t c = m->tok + m->n_tok;

	return c + 1 < p->group && is_punct(s, c, ',') && word_is_any(s, c + 1, rel) &&
	       p->group <= c + 4;
}

/* "which vowed to retaliate", "which threatened to hit back": a vow
 * in the simple past to answer what was done (not "which had
 * threatened", told as the grounds). */
static int vow_back(const struct sent *s, const struct pred *p)
{
	static const char *const vows[] = { "vowed", "pledged", "promised", "threatened",
					    "warned", NULL };
	static const char *const back[] = { "retaliate", "respond", "reciprocate", "hit",
					    "strike", NULL };

	return !(p->group_roles & R_HAVE) && word_is_any(s, p->head, vows) && p->head + 2 < s->n &&
	       (s->info[p->head + 1].roles & R_TO) && word_is_any(s, p->head + 2, back);
}

static int32_t other_party(const struct sent *s, size_t from, const struct mention *src)
{
	size_t j;

	for (j = from; j < s->n; j++) {
		const struct mention *m;
		/* ("fired a missile into the sea, days before a summit in
		 * Seoul": the summit's parties are no side of the act) */
		if (is_punct(s, j, ';') || (s->info[j].roles & R_BUT) || time_anchor_at(s, j))
			return -1;
		/* ("annexed four regions, an act the United States
		 * condemned": who reacts to the act is no side of it) */
		if (src->tok < j && clause_resumes_act(s, j))
			return -1;
		if (s->info[j].mention < 0)
			continue;
		m = &s->ments[s->info[j].mention];
		/* a state's armed rebels are a side apart from its government */
		if (m->code && src->code && placeable(m) &&
		    (strncmp(m->code, src->code, 3) || armed_group(m->code) != armed_group(src->code)))
			return s->info[j].mention;
		j = m->tok + m->n_tok - 1;
	}
	return -1;
}

/* The other side the sentence names for p's source: after p's words
 * first, else anywhere in the sentence.  With not_reporter, never the
 * one reporting p ("fired missiles into the sea off its coast, South
 * Korea's military said": who reports a test is not its target). */
static int32_t other_side(const struct sent *s, const struct pred *p, const struct mention *src,
			  int not_reporter)
{
	int32_t o = other_party(s, p->end + 1, src);

	if (o < 0)
		o = other_party(s, 0, src);
	if (o >= 0 && not_reporter && p->reporter >= 0 &&
	    s->ments[o].group == s->ments[p->reporter].group)
		o = -1;
	return o;
}

/* The first party of another side the sentence names right after "with",
 * "by" or "against" ("tensions with Kosovo", "a stand-off with Chinese
 * soldiers", "statements by Medvedev", "air strikes against Houthi
 * rebels"), after p's words first, else before them; never the one
 * reporting p; or -1. */
static int32_t party_at_odds(const struct sent *s, const struct pred *p, const struct mention *src)
{
	static const char *const odds[] = { "with", "by", "against", NULL };
	int pass;
	size_t j;

	for (pass = 0; pass < 2; pass++)
		for (j = pass ? 0 : p->end + 1; j < (pass ? p->group : s->n); j++) {
			const struct mention *m;
			/* ("hours after Washington wrapped up drills with
			 * Seoul": an earlier act's parties are no side) */
			if (is_punct(s, j, ';') || (s->info[j].roles & R_BUT) || time_anchor_at(s, j))
				break;
			if (s->info[j].mention < 0)
				continue;
			m = &s->ments[s->info[j].mention];
			j = m->tok + m->n_tok - 1;
			if (!m->code || !src->code || m->tok == 0 ||
			    !word_is_any(s, m->tok - 1, odds) || !placeable(m) ||
			    (!strncmp(m->code, src->code, 3) &&
			     armed_group(m->code) == armed_group(src->code)) ||
			    (p->reporter >= 0 && m->group == s->ments[p->reporter].group))
				continue;
			return s->info[m->tok].mention;
		}
	return -1;
}

/* A code an agreement between two parties gives: an intent to cooperate
 * (03x, other than the bare default), a deal (057) or a ceasefire
 * (0871). */
static int agreement_code(const dyad_lexicon *lex, uint32_t code)
{
	const char *k;

	if (code == LEX_NONE || code == LEX_CODE_NULL)
		return 0;
	k = lex_code_str(lex, code);
	return (!strncmp(k, "03", 2) && strcmp(k, "030")) || !strcmp(k, "057") ||
	       !strcmp(k, "0871");
}

/* "each other" or "one another" within three words from `from`,
 * before the clause ends. */
static int each_other(const struct sent *s, size_t from)
{
	size_t j;

	for (j = from; j + 1 < s->n && j < from + 4; j++) {
		size_t l1, l2;
		const char *t1 = tok_text(s, j, &l1), *t2 = tok_text(s, j + 1, &l2);
		if (clause_break(s, j))
			return 0;
		if ((l1 == 4 && !strncasecmp(t1, "each", 4) && l2 == 5 && !strncasecmp(t2, "other", 5)) ||
		    (l1 == 3 && !strncasecmp(t1, "one", 3) && l2 == 7 && !strncasecmp(t2, "another", 7)))
			return 1;
	}
	return 0;
}

/* "Russia and Ukraine each accused the other": a floating "each" (no
 * determiner: match.c reads it as "both") in the verb group starting at
 * `group`, and "the other" right at `from`. */
static int each_the_other(const struct sent *s, size_t group, size_t from)
{
	static const char *const the[] = { "the", NULL }, *const other[] = { "other", NULL };
	static const char *const each[] = { "each", NULL };
	size_t j;

	if (from + 1 >= s->n || !word_is_any(s, from, the) || !word_is_any(s, from + 1, other))
		return 0;
	for (j = group; j < from; j++)
		if (word_is_any(s, j, each) && !(s->info[j].roles & R_DET))
			return 1;
	return group > 0 && word_is_any(s, group - 1, each) && !(s->info[group - 1].roles & R_DET);
}

/* The token of "agreed" a few words before a noun's head, in its
 * clause ("agreed to a 48-hour truce"), or -1. */
static long agreed_before(const struct sent *s, size_t head)
{
	size_t j;

	for (j = head; j > 0 && head - j < 6; j--) {
		if (head_is(s, j - 1, "agree"))
			return (long)j - 1;
		if (s->info[j - 1].mention >= 0 || is_punct(s, j - 1, ','))
			return -1;
	}
	return -1;
}

/* Whether "sides" or "parties" ends the phrase before token `at`, past
 * an adverb ("the two sides later agreed"): the pair as sides of a
 * conflict, not as the leaders or forces named. */
static int sides_word_before(const struct sent *s, size_t at)
{
	static const char *const sides[] = { "sides", "parties", NULL };
	static const char *const adverbs[] = { "later", "then", "also", "eventually", "finally",
					       "subsequently", "quickly", "swiftly", NULL };

	if (at >= 2 && word_is_any(s, at - 1, adverbs))
		at--;
	return at > 0 && word_is_any(s, at - 1, sides);
}

/* "the two leaders", "both sides" just before token `at`: the start of
 * the phrase, or -1. */
static long two_sides_before(const struct sent *s, size_t at)
{
	static const char *const nouns[] = { "leaders", "sides", "countries", "nations",
					     "governments", "presidents", "men", "ministers",
					     "neighbours", "neighbors", "delegations", "parties",
					     "heads" };
	static const char *const each_nouns[] = { "side", "country", "government", "party",
						  "army", NULL };
	static const char *const adverbs[] = { "later", "then", "also", "eventually", "finally",
					       "subsequently", "quickly", "swiftly", NULL };
	static const char *const headed[] = { "state", "government", NULL };
	static const char *const of[] = { "of", NULL };
	size_t len, k;
	const char *t;

	/* ("and the two sides later agreed to a 48-hour truce": past one
	 * adverb of time before the verb) */
	if (at >= 3 && word_is_any(s, at - 1, adverbs) && s->info[at - 1].mention < 0)
		at--;
	/* "Xi held talks with Putin ..., and the two heads of state signed
	 * a joint statement": the pair named by their heads' phrase */
	if (at >= 4 && word_is_any(s, at - 1, headed) && word_is_any(s, at - 2, of) &&
	    head_is(s, at - 3, "heads"))
		return two_sides_before(s, at - 2);
	if (at < 2 || (s->info[at - 1].mention >= 0 &&
			s->ments[s->info[at - 1].mention].kind != M_AGENT))
		return -1;
	/* "Trump and Xi agreed to restart talks after the pair met", "and
	 * the nuclear-armed rivals said": "the" and a word that names a
	 * pair, past up to two modifiers */
	{
		static const char *const pair_nouns[] = { "pair", "foes", "rivals", "arch-rivals",
							  "archrivals", "superpowers", "giants",
							  "adversaries", NULL };
		static const char *const the[] = { "the", NULL };
		long j = (long)at - 2;
		if (word_is_any(s, at - 1, pair_nouns)) {
			while (j >= 0 && (long)at - 2 - j < 2 && !word_is_any(s, (size_t)j, the) &&
			       (s->toks[j].flags & TOK_WORD) && s->info[j].mention < 0 &&
			       !s->info[j].roles && s->info[j].vlemma == LEX_NONE)
				j--;
			if (j >= 0 && word_is_any(s, (size_t)j, the))
				return j;
		}
	}
	t = tok_text(s, at - 1, &len);
	/* "met Ishiba in Tokyo, and the two agreed": the number alone */
	if (len == 3 && !strncasecmp(t, "two", 3) && (s->info[at - 2].roles & R_DET) &&
	    !(s->info[at - 2].roles & R_POSS))
		return (long)at - 2;
	for (k = 0; k < sizeof(nouns) / sizeof(nouns[0]); k++)
		if (len == strlen(nouns[k]) && !strncasecmp(t, nouns[k], len))
			break;
	if (k == sizeof(nouns) / sizeof(nouns[0]) && !word_is_any(s, at - 1, each_nouns))
		return -1;
	t = tok_text(s, at - 2, &len);
	/* "each side accusing the other" */
	if (len == 4 && !strncasecmp(t, "each", 4) && word_is_any(s, at - 1, each_nouns))
		return (long)at - 2;
	if (len == 4 && !strncasecmp(t, "both", 4))
		return (long)at - 2;
	if (len == 3 && !strncasecmp(t, "two", 3) && at >= 3 && (s->info[at - 3].roles & R_DET))
		return (long)at - 3;
	return -1;
}

/* Whether the word right before token `at` is a word for states ("the
 * two countries", "both nations", "the two neighbours"): the pair it
 * stands for are states, not their leaders. */
static int states_word_before(const struct sent *s, size_t at)
{
	static const char *const states[] = { "countries", "nations", "states", "neighbours",
					      "neighbors", "capitals", "superpowers", "giants", NULL };

	return at > 0 && word_is_any(s, at - 1, states);
}

/* "the two leaders, who call each other dear friends, pledged": a
 * relative clause between commas right before token `at` is passed over
 * to the phrase it describes.  The comma that opens it, else `at`. */
static size_t past_relative_before(const struct sent *s, size_t at)
{
	long q;

	if (at < 4 || !is_punct(s, at - 1, ','))
		return at;
	for (q = (long)at - 2; q > 0 && at - (size_t)q <= 16; q--) {
		if (is_punct(s, (size_t)q, ','))
			return clause_is_relative(s, (size_t)q + 1) ? (size_t)q : at;
		if (clause_break(s, (size_t)q) && !(s->info[q].roles & R_SUB))
			return at;
	}
	return at;
}

/* "both sides", "the two delegations" at token `at`, right after a
 * verb: the token after the phrase, or 0. */
static size_t both_object_end(const struct sent *s, size_t at)
{
	static const char *const both[] = { "both", NULL }, *const the[] = { "the", NULL };
	static const char *const two[] = { "two", NULL };
	static const char *const sides[] = { "sides", "leaders", "delegations", "countries",
					     "governments", "parties", "neighbours", "neighbors",
					     "nations", NULL };

	if (at + 1 < s->n && word_is_any(s, at, both) && word_is_any(s, at + 1, sides))
		return at + 2;
	if (at + 2 < s->n && word_is_any(s, at, the) && word_is_any(s, at + 1, two) &&
	    word_is_any(s, at + 2, sides))
		return at + 3;
	return 0;
}

/* Whether m can be one of the sides "the two leaders" or "the three
 * countries" refer back to: a place ("in Gyeongju", "near San
 * Francisco") is where they met, not a side. */
static int side_mention(const struct mention *m)
{
	return m->code && placeable(m) && m->kind != M_PRONOUN &&
	       !(m->after_prep && ((m->prep_roles & R_LOC) || m->country));
}

/* "both sides" or "all sides" (as both_object_end() finds them) at
 * token AT or a few words on, past the request's own words ("urged
 * restraint on both sides", "called on all sides to"): the token after
 * them, or 0. */
static size_t sides_object_end(const struct sent *s, size_t at)
{
	static const char *const all[] = { "all", NULL };
	static const char *const sides[] = { "sides", "parties", NULL };
	size_t j, end;

	for (j = at; j < s->n && j < at + 4; j++) {
		if ((end = both_object_end(s, j)))
			return end;
		if (j + 1 < s->n && word_is_any(s, j, all) && word_is_any(s, j + 1, sides))
			return j + 2;
		if (s->info[j].mention >= 0 || clause_break(s, j) || (s->toks[j].flags & TOK_PUNCT))
			return 0;
	}
	return 0;
}

/* The two parties of different states a "between A and B" of the
 * sentence names ("clashes between Thailand and Cambodia"): OUT a, b. */
static int between_pair(const struct sent *s, int32_t *a, int32_t *b)
{
	size_t j;

	for (j = 0; j + 3 < s->n; j++) {
		const struct mention *ma, *mb;
		size_t k;
		if (!head_is(s, j, "between") || s->info[j + 1].mention < 0)
			continue;
		ma = &s->ments[s->info[j + 1].mention];
		k = ma->tok + ma->n_tok;
		if (k + 1 >= s->n || !(s->info[k].roles & R_CONJ) || s->info[k + 1].mention < 0)
			continue;
		mb = &s->ments[s->info[k + 1].mention];
		if (!ma->code || !mb->code || !placeable(ma) || !placeable(mb) ||
		    ma->kind == M_PRONOUN || mb->kind == M_PRONOUN ||
		    !strncmp(ma->code, mb->code, 3))
			continue;
		*a = s->info[j + 1].mention;
		*b = s->info[k + 1].mention;
		return 1;
	}
	return 0;
}

/* Whether m names a gathering after a preposition rather than a party
 * ("met Ishiba on the sidelines of an ASEAN summit in Laos, and the two
 * agreed", "at the APEC summit"): an organisation's summit is where the
 * pair met, not one of the pair. */
static int gathering_mention(const struct sent *s, const struct mention *m)
{
	static const char *const gatherings[] = { "summit", "summits", "meeting", "forum",
						  "conference", "dialogue", NULL };

	size_t next = m->tok + m->n_tok;

	return m->after_prep &&
	       ((m->n_tok > 1 && word_is_any(s, next - 1, gatherings)) ||
		(next < s->n && s->info[next].mention < 0 && word_is_any(s, next, gatherings)));
}

/* The parties of different states named before token `before`, nearest
 * first, into out (at most max); how many were found. */
static size_t sides_before(const struct sent *s, size_t before, int32_t *out, size_t max)
{
	size_t got = 0, k;
	long j;

	for (j = (long)before - 1; j >= 0 && got < max; j--) {
		const struct mention *m;
		int32_t mi = s->info[j].mention;
		if (mi < 0)
			continue;
		m = &s->ments[mi];
		j = (long)m->tok;
		if (!side_mention(m) || gathering_mention(s, m))
			continue;
		for (k = 0; k < got && strncmp(s->ments[out[k]].code, m->code, 3); k++)
			;
		if (k == got)
			out[got++] = mi;
	}
	return got;
}

/* The last two parties of different states named before token `before`
 * ("Biden hosted Xi ..., and the two leaders agreed"): OUT a, b. */
static int last_pair(const struct sent *s, size_t before, int32_t *a, int32_t *b)
{
	int32_t two[2];

	*a = *b = -1;
	if (sides_before(s, before, two, 2) < 2)
		return 0;
	*b = two[0];
	*a = two[1];
	return 1;
}

/* "Biden hosted Kishida and Yoon at Camp David, and the three leaders
 * agreed": "the three" and a plural noun of sides right before token
 * `at`; the token of "the", or -1. */
static long three_sides_before(const struct sent *s, size_t at)
{
	static const char *const nouns[] = { "leaders", "sides", "countries", "nations",
					     "governments", "presidents", "ministers", "neighbours",
					     "neighbors", "delegations", "parties", NULL };

	if (at < 3 || !word_is_any(s, at - 1, nouns) || !head_is(s, at - 2, "three") ||
	    !(s->info[at - 3].roles & R_DET) || (s->info[at - 3].roles & R_POSS))
		return -1;
	return (long)at - 3;
}

/* The mentions of three states before token `before`, as last_pair()
 * finds two; 1 when there are exactly three ("leaders of Chad, Mali,
 * Niger and Sudan met ..., and the three countries signed" names no
 * three). */
static int last_three(const struct sent *s, size_t before, int32_t out[3])
{
	int32_t four[4];
	size_t k;

	if (sides_before(s, before, four, 4) != 3)
		return 0;
	for (k = 0; k < 3; k++)
		out[k] = four[k];
	return 1;
}

/* "hosted Zelensky at the White House, along with Rutte, Starmer and
 * Merz": the mention after "along with" or "together with" within a few
 * words after `from`, or -1. */
static int32_t along_with(const struct sent *s, size_t from)
{
	size_t j;

	for (j = from; j + 2 < s->n && j < from + 10; j++) {
		size_t l1, l2;
		const char *t1 = tok_text(s, j, &l1), *t2 = tok_text(s, j + 1, &l2);
		if (is_punct(s, j, ';') || s->info[j].verb)
			return -1;
		if (((l1 == 5 && !strncasecmp(t1, "along", 5)) ||
		     (l1 == 8 && !strncasecmp(t1, "together", 8))) &&
		    l2 == 4 && !strncasecmp(t2, "with", 4))
			return s->info[j + 2].mention;
	}
	return -1;
}

static int pattern_has(const dyad_lexicon *lex, const struct lex_pattern *pat,
		       enum lex_elem_kind kind)
{
	size_t i;

	for (i = 0; i < pat->n_el; i++)
		if (lex->elems.v[pat->el_off + i].kind == kind)
			return 1;
	return 0;
}

/* Whether the pattern names the set `name` (upper case, without '&'). */
static int pattern_has_set(const dyad_lexicon *lex, const struct lex_pattern *pat,
			   const char *name)
{
	uint32_t id;
	size_t i;

	if (!pat || !strmap_get(&lex->synset_by_name, name, strlen(name), &id))
		return 0;
	for (i = 0; i < pat->n_el; i++)
		if (lex->elems.v[pat->el_off + i].kind == LEX_EL_SYNSET &&
		    lex->elems.v[pat->el_off + i].id == id)
			return 1;
	return 0;
}

/* The code a predicate's pattern or class gives it, or NULL (none, or
 * a null "---" pattern). */
static const char *pred_code(const dyad_lexicon *lex, const struct pred *q)
{
	if (q->chosen != 1 || q->r.code == LEX_NONE || q->r.code == LEX_CODE_NULL)
		return NULL;
	return lex_code_str(lex, q->r.code);
}

/* "Russia vetoed a U.N. Security Council resolution deploring its
 * invasion of Ukraine", "the United States blocked a resolution that
 * would have called for humanitarian pauses in the war", "Hungary
 * blocked an EU statement criticising Israel's strikes": what a draft
 * vetoed (129, not negated) would have said or done is no act of the
 * body, nor of those it names.  Whether p lies in such a draft's phrase:
 * after the draft noun that follows the veto, before a comma or the end. */
static int vetoed_draft_content(const dyad_lexicon *lex, const struct sent *s,
				const struct pred *preds, size_t n, const struct pred *p)
{
	static const char *const drafts[] = { "resolution", "resolutions", "draft", "motion",
					      "text", "statement", "declaration", "communique",
					      NULL };
	const char *code;
	size_t k, j;

	for (k = 0; k < n; k++) {
		const struct pred *q = &preds[k];
		size_t d = 0;
		if (q == p || q->kind != LEX_VERB || q->head >= p->head || q->neg ||
		    (q->group_roles & R_NEG) || !(code = pred_code(lex, q)) || strcmp(code, "129"))
			continue;
		for (j = q->end + 1; j < p->head && !d; j++) {
			if (is_punct(s, j, ',') || is_punct(s, j, ';'))
				break;
			if (word_is_any(s, j, drafts))
				d = j;
		}
		if (!d)
			continue;
		for (j = d + 1; j < p->head; j++)
			if (is_punct(s, j, ',') || is_punct(s, j, ';'))
				break;
		if (j == p->head)
			return 1;
	}
	return 0;
}

/* "Ukraine's request for Taurus missiles was turned down by Scholz",
 * "Putin's offer to extend the treaty was dismissed by the White House":
 * the noun between a passive refusal (12x) and the one it refuses is
 * what is refused, as the object of an active refusal is; no appeal or
 * offer of its own.  Whether noun p is such. */
static int refused_by_passive(const dyad_lexicon *lex, const struct sent *s,
			      const struct pred *preds, size_t n, const struct pred *p)
{
	const char *code;
	size_t k, j;

	if (p->kind != LEX_NOUN)
		return 0;
	for (k = 0; k < n; k++) {
		const struct pred *q = &preds[k];
		/* (its code first: a pred not yet chosen has no target) */
		if (q->kind != LEX_VERB || !q->passive || q->head <= p->head ||
		    !(code = pred_code(lex, q)) || strncmp(code, "12", 2) || q->r.target < 0 ||
		    s->ments[q->r.target].tok >= p->head)
			continue;
		for (j = p->head + 1; j < q->group; j++)
			if (s->info[j].verb && s->info[j].mention < 0 && !(s->info[j - 1].roles & R_TO))
				return 0;
		return 1;
	}
	return 0;
}

/* "Kyiv's proposal met with a flat refusal from Moscow", "Macron's plan
 * received a rebuff from Berlin": the noun between the one refused and
 * a refusal noun (12x) that names its target before its head is what is
 * refused, no offer or plan made. */
static int refused_by_noun(const dyad_lexicon *lex, const struct sent *s,
			   const struct pred *preds, size_t n, const struct pred *p)
{
	const char *code;
	size_t k;

	if (p->kind != LEX_NOUN)
		return 0;
	for (k = 0; k < n; k++) {
		const struct pred *q = &preds[k];
		if (q->kind != LEX_NOUN || !q->r.pat || q->head <= p->head || q->head > p->head + 16 ||
		    !(code = pred_code(lex, q)) || strncmp(code, "12", 2) || q->r.target < 0 ||
		    s->ments[q->r.target].tok >= p->head)
			continue;
		return 1;
	}
	return 0;
}

/* "Russia's demand to bar Ukraine from ever joining the alliance",
 * "prevented lawmakers from entering parliament": what one is barred
 * from doing is not done.  Whether gerund p follows "from" (an adverb
 * between) after a verb of barring at most eight tokens before. */
static int barred_from(const struct sent *s, const struct pred *p)
{
	static const char *const bars[] = { "bar", "ban", "prevent", "stop", "block", "prohibit",
					    "exclude", "deter", "keep", "forbid", "restrict", NULL };
	static const char *const from[] = { "from", NULL };
	size_t len, k, j, b;
	const char *t = tok_text(s, p->head, &len);
	long f = (long)p->group - 1;

	if (p->kind != LEX_VERB || !ends_with(t, len, "ing") || f < 1)
		return 0;
	if (!word_is_any(s, (size_t)f, from) && f >= 2 && word_is_any(s, (size_t)f - 1, from) &&
	    (s->toks[f].flags & TOK_WORD) && s->info[f].mention < 0)
		f--;
	if (!word_is_any(s, (size_t)f, from))
		return 0;
	for (j = (size_t)f, k = 0; j > 0 && k < 8; k++) {
		j--;
		if (is_punct(s, j, ',') || is_punct(s, j, ';'))
			return 0;
		for (b = 0; bars[b]; b++)
			if (head_is(s, j, bars[b]) && s->info[j].verb)
				return 1;
	}
	return 0;
}

/* "gave Hamas until 6 p.m. on Sunday to agree to his peace plan", "gave
 * Ukrainian forces until 5 a.m. to lay down their arms": the infinitive
 * whose "to" ends the pattern of a threat or ultimatum (13x) before it is
 * what the ultimatum demands, coded with it, however many words of time
 * the deadline put between verb and infinitive.  Whether p is such. */
static int ultimatum_content(const dyad_lexicon *lex, const struct pred *preds, size_t n,
			     const struct pred *p)
{
	const char *code;
	size_t k;

	if (p->kind != LEX_VERB || !p->infinitive)
		return 0;
	for (k = 0; k < n; k++) {
		const struct pred *q = &preds[k];
		if (q == p || q->head >= p->head || !q->r.pat || q->r.last != p->group ||
		    !(code = pred_code(lex, q)) || strncmp(code, "13", 2))
			continue;
		return 1;
	}
	return 0;
}

/* Whether noun p is the object of a refusal (12x), or of a verb that a
 * refusal governs as its infinitive ("to block sanctions"). */
static int refused_object(const dyad_lexicon *lex, const struct pred *preds,
			  const struct pred *p)
{
	const struct pred *g = &preds[p->governor];
	const char *code = pred_code(lex, g);

	if (g->kind != LEX_VERB)
		return 0;
	if (code && !strncmp(code, "12", 2))
		return 1;
	return g->infinitive && g->matrix >= 0 && (code = pred_code(lex, &preds[g->matrix])) &&
	       !strncmp(code, "12", 2);
}

/* "ruled out sending ground troops to Ukraine": the gerund right after
 * a refusal (12x) is what it refuses.  The refusal's index, or -1. */
static long refusal_before(const dyad_lexicon *lex, const struct sent *s,
			   const struct pred *preds, size_t n, const struct pred *p)
{
	const char *code;
	size_t j;

	if (p->kind != LEX_VERB || p->group != p->head || !head_ends_ing(s, p->head))
		return -1;
	for (j = 0; j < n; j++)
		if (preds[j].kind == LEX_VERB && preds[j].end + 1 == p->head &&
		    (code = pred_code(lex, &preds[j])) && !strncmp(code, "12", 2))
			return (long)j;
	return -1;
}

/* The code of the act verb pred k's clause states: its own, else that of
 * a noun it governs ("issued an arrest warrant"); NULL for a verb that
 * only reports ("said"). */
static const char *clause_act(const dyad_lexicon *lex, const struct pred *preds, size_t n,
			      size_t k)
{
	const char *code = preds[k].has_complement && !preds[k].r.pat ? NULL :
			   pred_code(lex, &preds[k]);
	size_t q;

	for (q = 0; !code && q < n; q++)
		if (preds[q].kind == LEX_NOUN && preds[q].governor == (int32_t)k)
			code = pred_code(lex, &preds[q]);
	return code;
}

/* "marched through the capital to demand", "stormed the residence,
 * demanding that he resign", "blocked motorways to press the government
 * for better pay": the protest a demand (10x) or an appeal (02x) is the
 * purpose of, by the same people, or -1.  Force by civilians counts, as
 * it is coded a riot (145). */
static long protest_of(const dyad_lexicon *lex, const struct sent *s, const struct pred *preds,
		       const struct pred *p)
{
	/* ("protesters demanding that he resign stormed": the participle
	 * on the protest's subject) */
	int32_t k = p->infinitive ? p->matrix : p->anchor >= 0 ? p->anchor : p->main_verb;
	const char *dc = pred_code(lex, p), *pc;
	int32_t who;

	if (k < 0 || p->kind != LEX_VERB || !dc || (strncmp(dc, "10", 2) && strncmp(dc, "02", 2)) ||
	    !(pc = pred_code(lex, &preds[k])))
		return -1;
	if (!strncmp(pc, "14", 2))
		return k;
	who = preds[k].passive ? preds[k].by_agent : preds[k].subject;
	if ((!strncmp(pc, "18", 2) || !strncmp(pc, "19", 2)) && who >= 0 && s->ments[who].code &&
	    civil_role(s->ments[who].code))
		return k;
	return -1;
}

/* "demanded on Friday that M23 rebels halt their offensive and that
 * Rwandan forces withdraw": the demand (10x) whose content verb p is, a
 * bare verb after "that" and its subject, or -1. */
static long demand_of(const dyad_lexicon *lex, const struct sent *s, const struct pred *preds,
		      const struct pred *p)
{
	const struct mention *m;
	long k, q;
	size_t len;
	const char *t;

	if (p->kind != LEX_VERB || p->infinitive || p->passive || p->subject < 0 ||
	    (p->group_roles & (R_WILL | R_WOULD | R_MAY | R_CAN | R_HAVE | R_BE | R_DO | R_NEG)) ||
	    s->info[p->head].vlemma != s->info[p->head].word)
		return -1;
	m = &s->ments[p->subject];
	k = (long)m->tok - 1;
	if (m->tok + m->n_tok != p->group || k < 1)
		return -1;
	t = tok_text(s, (size_t)k, &len);
	if (len != 4 || strncasecmp(t, "that", 4))
		return -1;
	for (q = (long)(p - preds) - 1; q >= 0; q--) {
		const struct pred *d = &preds[q];
		const char *dc = pred_code(lex, d);
		if (d->kind != LEX_VERB || d->head >= (uint32_t)k)
			continue;
		/* (a protest's demand is in the protest's code) */
		if (dc && !strncmp(dc, "10", 2) &&
		    (k - (long)d->end <= 3 || (s->info[k - 1].roles & R_CONJ)))
			return protest_of(lex, s, preds, d) < 0 ? q : -1;
		if (!(s->info[k - 1].roles & R_CONJ))
			return -1;
	}
	return -1;
}

/* "warned that sending troops to Ukraine would risk a nuclear war": a
 * gerund that opens its clause and is the subject of a modal verb after
 * its object names an act weighed, not done.  A speech verb's is what
 * is said ("state media quoted Kim Yo Jong as saying Seoul would pay
 * dearly"). */
static int gerund_subject(const struct sent *s, const struct pred *p)
{
	size_t j;

	if (p->kind != LEX_VERB || p->group != p->head || !head_ends_ing(s, p->head) ||
	    !opens_clause(s, p->head) || (p->vroles & V_SPEECH))
		return 0;
	for (j = p->end + 1; j < s->n && j <= p->end + 8; j++) {
		if (s->info[j].roles & (R_WOULD | R_MAY | R_CAN | R_WILL))
			return 1;
		if (clause_break(s, j) || is_punct(s, j, ',') || s->info[j].verb)
			return 0;
	}
	return 0;
}

/* ---- objects the lexicon does not know ------------------------------- */

enum { OBJ_NONE, OBJ_PEOPLE, OBJ_PROTEST, OBJ_NAME, OBJ_COUNT };

/* "arrested a 41-year-old man", "detained two women", "released Vadim
 * Krasikov", "to quell protests", "arrested dozens": the direct object
 * of a verb, from token `from`, names people, a protest, a personal name
 * that no mention covers, or is a bare count (of people, when the verb
 * coerces).  Returns OBJ_*, and in *head (OUT) the token where it ends.
 * Determiners, numbers, "at least", and up to two other modifiers
 * ("young", "41-year-old") may come first; a mention, a preposition, a
 * clause break or an -ing form ends the search. */
static int unknown_object(const struct sent *s, size_t from, size_t *head)
{
	static const char *const people[] = {
		"man", "men", "woman", "women", "person", "people", "persons", "boy", "boys",
		"girl", "girls", "child", "children", "teenager", "teenagers", "youth",
		"youths", "suspect", "suspects", "prisoner", "prisoners", "detainee",
		"detainees", "inmate", "inmates", "captive", "captives", "individual",
		"individuals", "passenger", "passengers", "tourist", "tourists", "migrant",
		"migrants", "worshippers", "pilgrims", "mourners", "foreigner", "foreigners",
		"citizen", "citizens", "nationals", "family", "families", "relatives",
		"wife", "husband", "son", "daughter", "brother", "sister", "couple", "patients",
		"residents", "villagers", "shoppers", "guests", "bystanders", "commuters",
		"concertgoers", "churchgoers", "festivalgoers", "pedestrians", "voters",
		"worshipers", "spectators", "onlookers", "crowd", "crowds", "survivors", NULL };
	static const char *const protest[] = {
		"protest", "protests", "demonstration", "demonstrations", "rally", "rallies",
		"riot", "riots", "unrest", "uprising", "dissent", "sit-in", "sit-ins",
		"march", "marches", NULL };
	static const char *const counting[] = {
		"least", "more", "than", "about", "nearly", "almost", "around", "some",
		"over", "another", "one", "two", "three", "four", "five", "six",
		"seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "fifty",
		"hundred", "dozen", "several", "many", "few", "other", "all", "both", NULL };
	static const char *const many[] = { "dozens", "hundreds", "thousands", "scores", NULL };
	/* the last word of a name that is a place or a thing, not a
	 * person's ("Scarborough Shoal", "Zaporizhzhia Nuclear Power Plant") */
	static const char *const not_person[] = {
		"shoal", "reef", "island", "islands", "strait", "sea", "bay", "gulf", "port",
		"airport", "base", "field", "mountain", "mountains", "river", "canal", "plant",
		"station", "bridge", "dam", "square", "palace", "street", "road", "province",
		"district", "region", "city", "town", "village", "valley", "peninsula",
		"corridor", "crossing", "terminal", "refinery", "mine", "hospital", "camp",
		"hall", "tower", "building", "embassy", "consulate", "ministry",
		"university", "company", "corporation", "bank", "group", "party", NULL };
	size_t i, mods = 0;

	for (i = from; i < s->n && i < from + 8; i++) {
		size_t len;
		const char *t = tok_text(s, i, &len);
		if (s->info[i].mention >= 0 || clause_break(s, i) || (s->toks[i].flags & TOK_PUNCT))
			return OBJ_NONE;
		if ((s->toks[i].flags & TOK_CAP) && i + 1 < s->n && s->info[i + 1].mention < 0 &&
		    (s->toks[i + 1].flags & TOK_CAP) && !(s->toks[i].flags & TOK_UPPER) &&
		    !(s->toks[i + 1].flags & TOK_UPPER) && !weekday(s, i) && !weekday(s, i + 1)) {
			size_t nl;
			const char *nt = tok_text(s, i + 1, &nl);
			if (word_in(nt, nl, not_person))
				return OBJ_NONE;
			*head = i + 1;
			return OBJ_NAME;
		}
		if (s->toks[i].flags & TOK_CAP)
			return OBJ_NONE;
		/* "a children's hospital": people in the possessive
		 * qualify what comes after them */
		if (i + 1 < s->n && (s->info[i + 1].roles & R_POSS) && !(s->info[i].roles & R_DET) &&
		    (s->toks[i].flags & TOK_WORD) && ++mods <= 2) {
			i++;
			continue;
		}
		if (word_in(t, len, people)) {
			*head = i;
			return OBJ_PEOPLE;
		}
		if (word_in(t, len, protest)) {
			*head = i;
			return OBJ_PROTEST;
		}
		/* "arrested dozens in Istanbul", "detained at least 30 on
		 * Sunday": a count with no noun after it ("2%" has one) */
		if (((s->toks[i].flags & TOK_NUM) || word_in(t, len, many)) &&
		    (i + 1 >= s->n ||
		     ((s->toks[i + 1].flags & TOK_PUNCT) && !is_punct(s, i + 1, '%')) ||
		     ((s->info[i + 1].roles & R_PREP) && !(s->info[i + 1].roles & R_OF)))) {
			*head = i;
			return OBJ_COUNT;
		}
		if ((s->toks[i].flags & TOK_NUM) || word_in(t, len, counting) ||
		    ((s->info[i].roles & R_DET) && !(s->info[i].roles & R_NEG)))
			continue;
		if ((s->info[i].roles & ~R_DET) || ends_with(t, len, "ing") || ++mods > 2)
			return OBJ_NONE;
	}
	return OBJ_NONE;
}

/* ---- chemical weapons ------------------------------------------------ */

/* A chemical weapon named at token i: "sarin", "chlorine", "a chemical
 * agent", "nerve gas"; not the body that bans or inspects them ("the
 * chemical weapons watchdog"). */
static int chem_at(const struct sent *s, size_t i)
{
	static const char *const agents[] = { "sarin", "chlorine", "Novichok", "VX", "tabun",
					      "ricin", NULL };
	static const char *const kinds[] = { "chemical", "nerve", "mustard", "poison", "toxic",
					     NULL };
	static const char *const means[] = { "weapon", "weapons", "agent", "agents", "gas",
					     "attack", "attacks", "munitions", "shells", "bombs",
					     NULL };
	static const char *const bodies[] = { "watchdog", "inspectors", "experts", "convention",
					      "treaty", "programme", "program", "stockpile",
					      "stockpiles", "plant", "factory", "facility", "ban",
					      NULL };
	size_t after;

	if (s->info[i].mention >= 0)
		return 0;
	if (word_is_any(s, i, agents))
		after = i + 1;
	else if (word_is_any(s, i, kinds) && i + 1 < s->n && word_is_any(s, i + 1, means))
		after = i + 2;
	else
		return 0;
	return after >= s->n || !word_is_any(s, after, bodies);
}

/* "fired rockets filled with a chemical agent at Taza", "a sarin attack on
 * Khan Sheikhoun that killed dozens", "dropped a chlorine gas cylinder on
 * Douma, killing 43": force whose weapon the sentence names as chemical,
 * in the act's own words up to `last`, or, for a killing, in the words
 * leading up to it, is a chemical attack (2041). */
static int chemical_means(const struct sent *s, const struct pred *p, uint32_t last)
{
	size_t j;
	long k;

	for (j = p->end + 1; j <= last && j < s->n; j++)
		if (chem_at(s, j))
			return 1;
	if (!head_is(s, p->head, "kill"))
		return 0;
	for (k = (long)p->group - 1; k >= 0 && k + 16 >= (long)p->group; k--) {
		if (is_punct(s, (size_t)k, ';') || (s->info[k].roles & R_BUT))
			return 0;
		if (chem_at(s, (size_t)k))
			return 1;
	}
	return 0;
}

/* ---- relative clauses after an attack noun ---------------------------- */

/* "a sarin attack on Douma that killed dozens", "twin suicide bombings
 * which wounded 40": a verb opened by "that" or "which" whose antecedent,
 * within its clause, is a noun naming an attack.  Returns that noun's
 * pred, or -1 (also when the noun triggers nothing: "the bomb that
 * killed"); *noun (OUT) is its token, or -1 when there is none. */
static long relative_attack(const struct sent *s, const struct pred *preds, size_t n,
			    const struct pred *p, long *noun)
{
	static const char *const attack[] = {
		"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes",
		"raid", "raids", "bombing", "bombings", "shelling", "bombardment",
		"barrage", "blast", "blasts", "explosion", "explosions", "bomb", "bombs",
		"assault", "offensive", "ambush", "shooting", "shootings", "massacre",
		"missile", "missiles", "drone", "drones", "rocket", "rockets", NULL };
	static const char *const wrought[] = {
		"killed", "kills", "wounded", "wounds", "injured", "injures", "destroyed",
		"destroys", "damaged", "damages", "hit", "hits", "struck", "strikes", "targeted",
		"targets", "left", "leaves", "claimed", "claims", "flattened", "levelled",
		"leveled", "razed", "caused", "causes", "sparked", NULL };
	size_t len, k;
	const char *t;
	long j;

	*noun = -1;
	if (p->kind != LEX_VERB || p->passive || p->group == 0)
		return -1;
	t = tok_text(s, p->group - 1, &len);
	if (!(len == 4 && !strncasecmp(t, "that", 4)) && !(len == 5 && !strncasecmp(t, "which", 5)))
		return -1;
	/* "fired missiles at Israel, which intercepted most of them": an
	 * actor right before the relative word is its antecedent when the
	 * verb is nothing an attack does (kills, hits, destroys ...) */
	j = (long)p->group - 2;
	if (j > 0 && is_punct(s, (size_t)j, ','))
		j--;
	if (j >= 0 && s->info[j].mention >= 0 && !word_is_any(s, p->head, wrought))
		return -1;
	for (j = (long)p->group - 2; j >= 0 && j + 14 >= (long)p->group; j--) {
		if (clause_break(s, (size_t)j) && !is_punct(s, (size_t)j, ','))
			return -1;
		t = tok_text(s, (size_t)j, &len);
		if (s->info[j].mention >= 0 || !word_in(t, len, attack))
			continue;
		*noun = j;
		for (k = 0; k < n; k++)
			if (preds[k].kind == LEX_NOUN && preds[k].head == (uint32_t)j)
				return (long)k;
		return -1;
	}
	return -1;
}

/* "Duque blamed ELN rebels for a car bombing at a police academy that
 * killed 21 people": the attack noun at `noun` is what an accusation
 * (11x) before it in its clause names, so the relative clause on it
 * tells the accused act, not one the sentence reports. */
static int accused_act(const dyad_lexicon *lex, const struct sent *s, const struct pred *preds,
		       size_t n, size_t noun)
{
	size_t k, j;

	for (k = n; k-- > 0;) {
		const struct pred *g = &preds[k];
		if (g->kind != LEX_VERB || g->head >= noun)
			continue;
		for (j = g->end + 1; j < noun; j++)
			if (clause_break(s, j) || (s->info[j].verb && s->info[j].mention < 0))
				return 0;
		return g->chosen == 1 && g->r.code != LEX_NONE && g->r.code != LEX_CODE_NULL &&
		       !strncmp(lex_code_str(lex, g->r.code), "11", 2);
	}
	return 0;
}

/* "sent troops into Cameroon to help it fight Boko Haram", "deployed
 * soldiers to help fight Islamic State-linked insurgents": the verb after
 * "to help" (and its object) is what the help is for, not an act yet. */
static int helped_purpose(const struct sent *s, const struct pred *p)
{
	static const char *const help[] = { "help", "helping", NULL };
	size_t h;

	if (p->kind != LEX_VERB || p->group < 2)
		return 0;
	h = p->group - 1;
	if (s->info[h].mention >= 0) {
		h = s->ments[s->info[h].mention].tok;
		if (h == 0)
			return 0;
		h--;
	}
	return h > 0 && word_is_any(s, h, help) && (s->info[h - 1].roles & R_TO);
}

/* "Iran denied that it had supplied the Houthis with the ballistic
 * missile they fired at Riyadh": a relative clause with no "that" ("the
 * missile they fired") describes a thing a denial or an accusation
 * before it is about; it tells no act of its own. */
static int denied_description(const dyad_lexicon *lex, const struct sent *s,
			      const struct pred *preds, const struct pred *p)
{
	const struct pred *g;
	size_t q;

	if (p->kind != LEX_VERB || p->passive || p->group < 2 || p->subject < 0 ||
	    s->ments[p->subject].kind != M_PRONOUN ||
	    s->ments[p->subject].tok + s->ments[p->subject].n_tok != p->group)
		return 0;
	q = s->ments[p->subject].tok;
	if (q == 0 || s->info[q - 1].mention >= 0 || s->info[q - 1].roles || s->info[q - 1].verb ||
	    !(s->toks[q - 1].flags & TOK_WORD))
		return 0;
	for (g = preds; g < p; g++)
		if (g->kind == LEX_VERB &&
		    ((g->vroles & V_DENY) ||
		     (g->chosen == 1 && g->r.code != LEX_NONE && g->r.code != LEX_CODE_NULL &&
		      !strncmp(lex_code_str(lex, g->r.code), "11", 2))))
			return 1;
	return 0;
}

/* Who made the attack noun at `noun`: "a Russian missile strike",
 * "Islamic State's bombings", "an attack by Hamas", else the subject of
 * the clause the noun stands in ("Hamas claimed responsibility for the
 * bombing", "denied using chemical weapons in an attack").  -1 if no one. */
/* The pattern's code is one of force (18, 19, 20). */
static int force_code(const dyad_lexicon *lex, const struct match_result *r)
{
	const char *cs;

	if (r->code == LEX_NONE || r->code == LEX_CODE_NULL)
		return 0;
	cs = lex_code_str(lex, r->code);
	return !strncmp(cs, "18", 2) || !strncmp(cs, "19", 2) || !strncmp(cs, "20", 2);
}

/* "An Israeli air strike hit a school", "A U.S. drone strike killed
 * Soleimani": an attack noun whose phrase opens the clause and is the
 * subject of the verb after it is the act of the actor named as its
 * adjective.  Not "after an Israeli strike" (background), nor any noun
 * not of force ("a U.S. proposal angered China"). */
static int attack_subject(const struct sent *s, const struct pred *preds, size_t n,
			  const struct pred *p, const struct mention *m,
			  const struct match_result *r, const dyad_lexicon *lex)
{
	size_t q = m->tok, v = p->end + 1, k;

	if (!force_code(lex, r))
		return 0;
	/* the verb follows the noun or its pattern ("a strike on Kyiv
	 * killed") */
	if (v < s->n && !s->info[v].verb && r->pat && r->last > p->end) {
		v = r->last + 1;
		if (v < s->n && s->info[v].mention >= 0)
			v = s->ments[s->info[v].mention].tok + s->ments[s->info[v].mention].n_tok;
	}
	/* "A Ukrainian drone strike on an oil depot in the town of Klintsy
	 * in Russia's Bryansk region sparked a fire": the noun's phrase runs
	 * on in places past its pattern, up to the clause's verb (not past
	 * a comma or a clause break: "a strike on Kyiv, officials said") */
	for (k = v; k < s->n && k < v + 12u && !s->info[k].verb; k++)
		if (clause_break(s, k) || (s->toks[k].flags & TOK_PUNCT))
			break;
	/* (not to a killing, which tells the strike itself: "An Israeli
	 * strike on a school in Gaza's Nuseirat camp killed 30 people") */
	if (v < s->n && !s->info[v].verb && k < s->n && s->info[k].verb && k < v + 12u &&
	    !head_is(s, k, "kill") && !head_is(s, k, "wound"))
		v = k;
	if (v >= s->n || !s->info[v].verb)
		return 0;
	/* "A Russian strike on Kyiv killed civilians": when the verb is an
	 * event of its own with the same subject, it tells the attack; only
	 * a verb the noun's pattern takes in ("air strike hit a school in")
	 * leaves the event to the noun.  (A verb that codes nothing, "a
	 * Ukrainian drone strike on an oil depot sparked a large fire",
	 * leaves it to the noun too.) */
	if (!(r->pat && r->last >= v))
		for (k = 0; k < n; k++)
			if (preds[k].kind == LEX_VERB && preds[k].head == v &&
			    preds[k].subject == (int32_t)(m - s->ments) && preds[k].chosen != 0)
				return 0;
	if (q > 0 && (s->info[q - 1].roles & R_DET) && !(s->info[q - 1].roles & R_POSS))
		q--;
	return opens_clause(s, q);
}

/* "China's military buildup near Taiwan alarmed Japan", "Russian troop
 * movements worried NATO": an actor named right before an event noun
 * that heads the clause's subject does what the noun names (force is
 * attack_subject's, which knows when the verb tells the attack).  Not an
 * object ("covering an Israeli raid": whose raid is the verb's business)
 * nor past a verb ("the United States doubled tariffs"). */
static int state_before_subject(const struct sent *s, const struct pred *p,
				const struct mention *m)
{
	size_t q = m->tok, k;

	if (m->after_prep || m->person)
		return 0;
	for (k = m->tok + m->n_tok; k < p->head; k++)
		if (s->info[k].verb || past_form(s, k))
			return 0;
	/* the clause's verb after the noun and its phrase ("near Taiwan") */
	for (k = p->head + 1; k < s->n && k < p->head + 8u && !s->info[k].verb; k++)
		if (clause_break(s, k) || (s->toks[k].flags & TOK_PUNCT))
			return 0;
	if (k >= s->n || !s->info[k].verb)
		return 0;
	if (q > 0 && (s->info[q - 1].roles & R_DET) && !(s->info[q - 1].roles & R_POSS))
		q--;
	return opens_clause(s, q);
}

static int32_t attack_actor(const struct sent *s, const struct pred *preds, size_t n,
			    size_t noun)
{
	long j = (long)noun - 1;
	size_t k;

	while (j >= 0 && s->info[j].mention < 0 && is_modifier(s, (size_t)j))
		j--;
	if (j >= 0 && (s->info[j].roles & R_POSS) && s->info[j].mention < 0 && j > 0)
		j--;
	if (j >= 0 && s->info[j].mention >= 0 && !s->ments[s->info[j].mention].after_prep)
		return s->info[j].mention;
	for (k = noun + 1; k + 1 < s->n && k < noun + 4; k++)
		if (s->info[k].roles & R_BY) {
			size_t a = k + 1;
			while (a + 1 < s->n && (s->info[a].roles & R_DET) && s->info[a].mention < 0)
				a++;
			if (s->info[a].mention >= 0)
				return s->info[a].mention;
		}
	for (j = (long)noun - 1; j >= 0; j--) {
		if (clause_break(s, (size_t)j) && !is_punct(s, (size_t)j, ','))
			return -1;
		if (s->info[j].mention >= 0) {
			const struct mention *m = &s->ments[s->info[j].mention];
			size_t after = m->tok + m->n_tok;
			int poss = (s->info[j].roles & R_POSS) ||
				   (after < s->n && (s->info[after].roles & R_POSS));
			if (!m->after_prep && !poss)
				return s->info[j].mention;
			j = (long)m->tok;
			continue;
		}
		for (k = 0; k < n; k++)
			if (preds[k].kind == LEX_VERB && preds[k].head == (uint32_t)j) {
				const struct pred *g = &preds[k];
				return g->passive ? g->by_agent : g->subject;
			}
	}
	return -1;
}

/* An actor the text implies rather than names ("the civilians of the
 * state the sentence places them in"): from's place in the sentence, code,
 * spanning the bytes [start, end) that imply it. */
static void derived_mention(struct mention *out, const struct mention *from, const char *code,
			    int person, uint32_t start, uint32_t end)
{
	*out = *from;
	out->code = code;
	out->kind = M_NAME;
	out->person = (uint8_t)person;
	out->pair = 0;
	out->actor = LEX_NONE;
	out->start = start;
	out->end = end;
}

/* The people a "killed" or "killing" at or after token FROM names
 * ("... that killed 54 people"), as claimed_dead() finds them before a
 * claim: their mention, or -1, with *KILLED_AT set to the token of
 * "killed" when the word is there with no such mention after it. */
static int32_t dead_after(const struct sent *s, size_t from, int *killed_at)
{
	static const char *const killed[] = { "killed", "killing", "kills", NULL };
	size_t j, k;

	*killed_at = 0;
	for (j = from; j < s->n; j++) {
		if (is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			break;
		if (!word_is_any(s, j, killed))
			continue;
		for (k = j + 1; k < s->n && k < j + 6; k++) {
			int32_t m = s->info[k].mention;
			if (m < 0)
				continue;
			if (s->ments[m].code && !s->ments[m].person && country_prefix(s->ments[m].code) &&
			    strlen(s->ments[m].code) == 6 && !armed_group(s->ments[m].code)) {
				*killed_at = (int)j;
				return m;
			}
			break;
		}
		*killed_at = (int)j;
		return -1;
	}
	return -1;
}

/* The civilians (or soldiers, police) a "killed" or "killing" before
 * token HEAD names as its object ("killed two Chinese nationals",
 * "killing at least 35 people"), for a claim of responsibility that
 * names no victim; -1 if none. */
static int32_t claimed_dead(const struct sent *s, size_t head)
{
	static const char *const killed[] = { "killed", "killing", "kills", NULL };
	size_t j, k;

	for (j = 0; j < head; j++) {
		if (!word_is_any(s, j, killed))
			continue;
		for (k = j + 1; k < head && k < j + 6; k++) {
			int32_t m = s->info[k].mention;
			if (m < 0)
				continue;
			if (s->ments[m].code && !s->ments[m].person && country_prefix(s->ments[m].code) &&
			    strlen(s->ments[m].code) == 6 && !armed_group(s->ments[m].code))
				return m;
			break;
		}
	}
	return -1;
}

/* An actor that no mention names, only the word at token `tok` implies
 * ("protests spread": the state's civilians; "a bomb exploded": unknown
 * bombers), with code. */
static void implied_actor(struct mention *out, const struct sent *s, size_t tok,
			  const char *code)
{
	memset(out, 0, sizeof *out);
	out->code = code;
	out->kind = M_NAME;
	out->actor = LEX_NONE;
	out->agent = LEX_NONE;
	out->group = UINT32_MAX;
	out->tok = (uint32_t)tok;
	out->start = s->toks[tok].start - s->base;
	out->end = s->toks[tok].end - s->base;
}

/* The first mention right of `from` in its phrase (up to a comma, a
 * clause break or a verb), places after "in" or "at" included, that is no
 * pronoun; -1 when none. */
static int32_t first_in_clause(const struct sent *s, size_t from)
{
	size_t j;

	for (j = from; j < s->n; j++) {
		int32_t m = s->info[j].mention;
		size_t w = m >= 0 ? clause_what_said(s, &s->ments[m]) : 0;
		if (w) {        /* "what it said were" */
			j = w - 1;
			continue;
		}
		if (clause_break(s, j) || is_punct(s, j, ',') || (s->info[j].verb && m < 0))
			return -1;
		if (m >= 0 && s->ments[m].kind != M_PRONOUN)
			return m;
	}
	return -1;
}

/* "fired tear gas at supporters marching against Maduro": whether
 * predicate p is a gerund right after people a preposition governs,
 * what those people were doing. */
static int gerund_on_object(const struct sent *s, const struct pred *p)
{
	const struct mention *m;

	if (p->kind != LEX_VERB || p->group != p->head || p->head == 0 ||
	    !head_ends_ing(s, p->head) || s->info[p->head - 1].mention < 0)
		return 0;
	m = &s->ments[s->info[p->head - 1].mention];
	return m->kind == M_AGENT && m->after_prep && m->tok + m->n_tok == p->head;
}

/* The target of an act aimed at home: src's own state in role ("GOV",
 * "CVL", or "" for the bare state), spanning the predicate's words up to
 * last.  Returns 1 with *own set, 0 when memory is out. */
static int home_target(struct dyad_coder *c, const struct sent *s, const struct pred *p,
		       uint32_t last, const struct mention *src, const char *role,
		       struct mention *own)
{
	char *cc = state_role(c, src->code, role);

	if (!cc)
		return 0;
	*own = *src;
	own->code = cc;
	own->kind = M_NAME;
	own->person = 0;
	own->pair = 0;
	own->start = s->toks[p->head].start - s->base;
	own->end = s->toks[last > p->end ? last : p->end].end - s->base;
	return 1;
}

/* The sources of the last act coded before token `tok` of the sentence
 * by another state than src's, or by src's own on src ("police raided
 * the president's home, and the government called the raid
 * disproportionate"), not a denied one, into out (at most max; those of
 * one trigger: "Britain, Canada and Australia recognised Palestine, a
 * move Netanyahu called a reward for terrorism"); how many: the doers
 * of the act a rebuke that names no one answers ("North Korea fired a
 * missile over Japan, prompting Tokyo to warn residents, and Kishida
 * condemned the launch"). */
static size_t prior_doers(const struct emit_ctx *e, const struct sent *s, size_t tok,
			  const char *src, const char **out, size_t max)
{
	size_t k, n = 0, i;
	uint32_t trig = UINT32_MAX;
	const char *doer;

	for (k = e->n_seen; k-- > 0 && n < max;) {
		const struct dyad_event *o = &e->seen[k];
		if (o->trigger.start >= s->toks[tok].start - s->base || !o->source.code ||
		    !o->target.code || o->mode == DYAD_MODE_NEGATED || !strcmp(o->source.code, src))
			continue;
		if (!strncmp(o->source.code, src, 3) && strcmp(o->target.code, src))
			continue;
		if (trig != UINT32_MAX && o->trigger.start != trig)
			break;
		trig = o->trigger.start;
		/* ("drawing condemnation from Obama, who warned of serious
		 * consequences, and from Park, who called it maniacal
		 * recklessness": a rebuke or a threat told before is another
		 * answer to the act; the act's doer is whom it was aimed at) */
		doer = o->source.code;
		if (o->root && (!strcmp(o->root, "13") ||
				(o->cameo && !strcmp(o->cameo, "111"))) &&
		    strncmp(o->target.code, src, 3))
			doer = o->target.code;
		for (i = 0; i < n && strcmp(out[i], doer); i++)
			;
		if (i == n)
			out[n++] = doer;
	}
	return n;
}

/* Whether the source of an event coded before with code `code` was a
 * person ("Putin demanded ...": a rebuke of it answers him, not his
 * state). */
static int doer_person(const struct emit_ctx *e, const char *code)
{
	size_t k;

	for (k = 0; k < e->n_seen; k++)
		if (e->seen[k].source.code && !strcmp(e->seen[k].source.code, code) &&
		    e->seen_people[k][0] != LEX_NONE)
			return 1;
	return 0;
}

/* "criticised Western sanctions", "denounced Western interference": a
 * name no actor stands for, right before the noun a rebuke's object
 * opens with, says whose the act is; it answers no act coded before. */
static int unnamed_doer(const struct sent *s, const struct pred *p)
{
	size_t j = p->end + 1, len;
	const char *t;

	while (j < s->n && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS))
		j++;
	if (j + 1 >= s->n || s->info[j].mention >= 0 || !(s->toks[j].flags & TOK_WORD) ||
	    s->info[j].roles || s->info[j + 1].mention >= 0 || !(s->toks[j + 1].flags & TOK_WORD))
		return 0;
	t = tok_text(s, j, &len);
	return t[0] >= 'A' && t[0] <= 'Z';
}

/* "deployed soldiers on the city's streets", "is deploying 25,000 troops
 * to quell a week of rioting", "rioters looted shopping malls ..., and
 * Ramaphosa deployed the army": forces sent out at token `head` against
 * unrest at home, by the words of the sentence. */
static int home_deployment(const struct sent *s, size_t head)
{
	static const char *const verbs[] = { "deploy", "send", "sent", "order", "dispatch",
					     "put", "station", NULL };
	static const char *const cues[] = { "street", "quell", "riot", "unrest", "protest",
					    "loot", "disturbance", "restore order", "secure",
					    "security", "gang", "crack down", "violence", NULL };
	size_t j, k, len;

	for (k = 0; verbs[k] && !head_is(s, head, verbs[k]); k++)
		;
	if (!verbs[k])
		return 0;
	for (j = 0; j < s->n; j++) {
		const char *t = tok_text(s, j, &len);
		for (k = 0; cues[k]; k++) {
			size_t n = strlen(cues[k]);
			if (j + 1 < s->n && strchr(cues[k], ' ')) {
				size_t l2;
				const char *t2 = tok_text(s, j + 1, &l2);
				const char *sp = strchr(cues[k], ' ');
				if ((size_t)(sp - cues[k]) == len && !strncasecmp(t, cues[k], len) &&
				    l2 >= strlen(sp + 1) && !strncasecmp(t2, sp + 1, strlen(sp + 1)))
					return 1;
			} else if (len >= n && !strncasecmp(t, cues[k], n))
				return 1;
		}
	}
	return 0;
}

/* ---- acts demanded ---------------------------------------------------- */

/* "demanded that Moscow withdraw its troops", "insisted that Germany pay
 * reparations", "and that Rwandan forces withdraw": a bare verb in a
 * that-clause after a verb of demanding is what is demanded, not an act. */
static int demanded_act(const struct sent *s, const struct pred *p)
{
	static const char *const asks[] = { "demand", "insist", "urge", "ask", "request",
					    "require", "recommend", "propose", "suggest" };
	static const char *const that[] = { "that", NULL };
	long j, k, stop;
	size_t a;

	if (p->kind != LEX_VERB || p->group != p->head || p->passive ||
	    s->info[p->head].vlemma != s->info[p->head].word)
		return 0;
	j = p->subject >= 0 && s->ments[p->subject].tok < p->group ?
	    (long)s->ments[p->subject].tok - 1 : (long)p->group - 1;
	while (j >= 0 && (s->info[j].roles & R_DET) && s->info[j].mention < 0)
		j--;
	if (j < 1 || !word_is_any(s, (size_t)j, that))
		return 0;
	/* "... and that X withdraw": the first that-clause's verb */
	if (s->info[j - 1].roles & R_CONJ)
		for (stop = j - 24 > 0 ? j - 24 : 0, j -= 2; j > stop; j--)
			if (word_is_any(s, (size_t)j, that))
				break;
	/* the demanding verb, past a day or an adverb ("on Friday") */
	for (k = j - 1; k >= 0 && k >= j - 4; k--)
		for (a = 0; a < sizeof(asks) / sizeof(asks[0]); a++)
			if (head_is(s, (size_t)k, asks[a]))
				return 1;
	return 0;
}

/* ---- postures --------------------------------------------------------- */

/* Whether noun p, coded `code`, is a show of force (150) or a warning to a
 * party (13x) that opens a phrase with "in" or "as" ("in a show of force
 * against", "in a warning to", "as a warning to"). */
static int posture_occasion(const struct sent *s, const dyad_lexicon *lex, uint32_t code,
			    const struct pred *p)
{
	static const char *const shows[] = { "show", "display", "demonstration", NULL };
	static const char *const warnings[] = { "warning", "message", "signal", NULL };
	const char *c = lex_code_str(lex, code), *prep;
	size_t plen;

	/* "began joint exercises in the western Pacific, a rare show of
	 * force aimed at North Korea": a show set off by a comma after
	 * the clause is the clause's act too */
	if (p->kind == LEX_NOUN && !strcmp(c, "150") && word_is_any(s, p->head, shows)) {
		long j = (long)p->head - 1;
		while (j >= 0 && ((s->info[j].roles & R_DET) || is_modifier(s, (size_t)j)) &&
		       !(s->info[j].roles & R_PREP) && s->info[j].mention < 0)
			j--;
		if (j > 0 && is_punct(s, (size_t)j, ','))
			return 1;
	}
	if (p->kind != LEX_NOUN || !(prep = noun_prep(s, p->head, &plen)) ||
	    !((plen == 2 && (!strncasecmp(prep, "in", 2) || !strncasecmp(prep, "as", 2)))))
		return 0;
	if (!strcmp(c, "150") && word_is_any(s, p->head, shows))
		return 1;
	return !strncmp(c, "13", 2) && word_is_any(s, p->head, warnings) &&
	       p->end + 1 < s->n && head_is(s, p->end + 1, "to");
}

/* The subject (or passive agent) of the nearest verb before noun p with
 * one, no subordinate clause opening between; -1 if none. */
static int32_t posture_occasion_subject(const struct sent *s, const struct pred *preds, size_t n,
					const struct pred *p)
{
	const struct pred *best = NULL;
	size_t k, j;

	for (k = 0; k < n; k++) {
		const struct pred *q = &preds[k];
		int32_t who = q->passive ? q->by_agent : q->subject;
		if (q->kind == LEX_VERB && q->end < p->head && who >= 0 &&
		    (!best || q->head > best->head))
			best = q;
	}
	if (!best)
		return -1;
	/* ("since the 1980s" dates an aside; it opens no clause) */
	for (j = best->end + 1; j < p->head; j++)
		if ((s->info[j].roles & R_SUB) &&
		    !(j + 1 < s->n && ((s->info[j + 1].roles & R_DET) ||
				       (s->toks[j + 1].flags & TOK_NUM))))
			return -1;
	return best->passive ? best->by_agent : best->subject;
}

/* ---- meetings --------------------------------------------------------- */

/* The token of "their" before the noun at `head`, past its modifiers,
 * in a phrase that gives the occasion of the clause ("at their first
 * formal talks", "during their summit"), or -1.  "..., their first
 * meeting" in apposition restates a meeting coded already, and "over
 * their summit" is another's act. */
static long their_before(const struct sent *s, size_t head)
{
	static const char *const their[] = { "their", NULL };
	static const char *const occasion[] = { "at", "during", "in", NULL };
	long j = (long)head - 1;

	while (j >= 0 && s->info[j].mention < 0 && is_modifier(s, (size_t)j))
		j--;
	return j >= 1 && word_is_any(s, (size_t)j, their) &&
	       word_is_any(s, (size_t)j - 1, occasion) ? j : -1;
}

/* The subject of the verb nearest before token `at` in its clause, when
 * "their" at `at` gives that verb's occasion ("told Macron at their
 * talks"), or -1. */
static int32_t occasion_subject(const struct sent *s, const struct pred *preds, size_t n,
				size_t at)
{
	const struct pred *best = NULL;
	size_t k, j;

	/* (past verbs with no subject of their own: "agreed to resume
	 * trilateral free trade talks, at their first summit" is the
	 * subject of "agreed"'s) */
	for (k = 0; k < n; k++)
		if (preds[k].kind == LEX_VERB && preds[k].end < at &&
		    (preds[k].subject >= 0 || preds[k].passive) &&
		    (!best || preds[k].head > best->head))
			best = &preds[k];
	if (!best || best->passive || best->subject < 0)
		return -1;
	for (j = best->end + 1; j < at; j++)
		if (clause_break(s, j) || (s->info[j].roles & R_BUT))
			return -1;
	return best->subject;
}

/* The first party after `src` and before token `before` of another state
 * than src's: a named or placed actor, not a place or a pronoun; or -1. */
static int32_t next_party(const struct sent *s, const struct mention *src, size_t before)
{
	size_t j;

	for (j = src->tok + src->n_tok; j < before; j++) {
		const struct mention *m;
		if (s->info[j].mention < 0)
			continue;
		m = &s->ments[s->info[j].mention];
		if (m->code && src->code && m->kind != M_PRONOUN && placeable(m) &&
		    !(m->after_prep && (m->prep_roles & R_LOC)) && strncmp(m->code, src->code, 3))
			return s->info[j].mention;
		j = m->tok + m->n_tok - 1;
	}
	return -1;
}

/* A role alone, with no state ("a military base": MIL) names no place
 * nor any host. */
static int stateless_role(const struct mention *m)
{
	return m->agent != LEX_NONE && m->code && strlen(m->code) <= 3;
}

/* Whether m is a bare state or city after "near", "outside" or "around"
 * ("met for four hours near San Francisco", "talks at a villa outside
 * Geneva"): the preposition has no R_LOC role of its own, since "a
 * village near Kharkiv" may be what an attack struck, but next to a
 * meeting it says only where the meeting was. */
static int near_place_mention(const struct sent *s, const struct mention *m)
{
	static const char *const nears[] = { "near", "outside", "around", NULL };
	long j = (long)m->tok - 1;

	if (!m->after_prep || !m->country || m->kind == M_PRONOUN)
		return 0;
	while (j >= 0 && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS))
		j--;
	return j >= 0 && word_is_any(s, (size_t)j, nears);
}

/* Whether m, after a preposition of place, names the state a meeting was
 * held in ("near" and "outside" a state or city too). */
static int venue_mention(const struct sent *s, const struct mention *m)
{
	return ((m->after_prep && (m->prep_roles & R_LOC)) || near_place_mention(s, m)) &&
	       country_prefix(m->code) && m->kind != M_PRONOUN && !stateless_role(m);
}

/* The state of a meeting's host, named in the sentence as the agent of
 * "hosted" ("at talks hosted by Malaysia's Anwar", "in a meeting hosted
 * by Saudi Arabia") or as a state or city that hosts ("Budapest will host
 * the Trump-Putin summit", "Oman hosted the talks"); NULL when none. */
static const char *host_state(const struct sent *s)
{
	static const char *const aux[] = { "will", "would", "to", "also", "has", "had", "is",
					   "was", "again", "agreed", "offered", NULL };
	size_t k;

	for (k = 1; k + 1 < s->n; k++) {
		const struct mention *m = NULL;
		long j;
		if (!head_is(s, k, "host") || s->info[k].mention >= 0)
			continue;
		if (head_is(s, k + 1, "by") && k + 2 < s->n && s->info[k + 2].mention >= 0) {
			m = &s->ments[s->info[k + 2].mention];
		} else {
			for (j = (long)k - 1; j >= 0 && (long)k - j <= 3; j--) {
				if (s->info[j].mention >= 0) {
					m = &s->ments[s->info[j].mention];
					if (!m->country)
						m = NULL;
					break;
				}
				if (!word_is_any(s, (size_t)j, aux))
					break;
			}
		}
		if (m && m->code && country_prefix(m->code) && m->kind != M_PRONOUN &&
		    !stateless_role(m))
			return m->code;
	}
	return NULL;
}

/* Whether token i is a manner adverb between a verb and its phrase
 * ("met unexpectedly in Doha"): a lower-case word of more than five
 * letters ending in "ly", no mention. */
static int manner_adverb_at(const struct sent *s, size_t i)
{
	size_t len;
	const char *t;

	if (i >= s->n || s->info[i].mention >= 0 || (s->toks[i].flags & TOK_CAP))
		return 0;
	t = tok_text(s, i, &len);
	return len > 5 && ends_with(t, len, "ly");
}

/* Whether token j, after the predicate ending at `end`, is a building or
 * grounds a meeting is held at ("met at a villa near Geneva", "talks at
 * an air base in Busan", "at a hotel on Sentosa island"): the place
 * after it says where the meeting was. */
static int venue_building_at(const struct sent *s, size_t j, size_t end)
{
	static const char *const buildings[] = { "villa", "estate", "hotel", "palace", "resort",
						 "base", "residence", "mansion", "retreat",
						 "airport", "compound", "venue", "castle",
						 "lodge", NULL };

	return j > end && s->info[j].mention < 0 && word_is_any(s, j, buildings);
}

/* The state a meeting at predicate p is held in: the place after "in" or
 * "at" that hangs on the meeting itself -- right after the predicate, its
 * partner, a day or a gathering ("met al-Sharaa in Riyadh", "held talks
 * on Friday in Oslo", "at the ASEAN summit in Kuala Lumpur"), not on
 * another noun ("talks on the war in Ukraine") -- else, when the clause
 * names no place and the meeting took place (`held`), the dateline's state
 * ("GENEVA -- Biden and Putin held talks in a lakeside villa"); NULL when
 * neither. */
static const char *meeting_state(const struct dyad_coder *c, const struct sent *s,
				 const struct pred *p, int held)
{
	static const char *const gatherings[] = { "summit", "meeting", "talks", "conference",
						  "forum", "session", "sidelines", "negotiations",
						  "place", NULL };
	/* "talks between the two were held in Istanbul", "a meeting is
	 * expected in Seoul", "took place in Geneva": the verb a meeting
	 * noun is the subject of says where it happens */
	static const char *const happen[] = { "held", "expected", "scheduled", "planned", "set",
					      "took", "take", "takes", "taking", NULL };
	const char *at;
	size_t k, via = SIZE_MAX;

	for (k = p->end + 1; k < s->n; k++) {
		const struct mention *m;
		long j;
		if (p->kind == LEX_NOUN && via == SIZE_MAX && s->info[k].verb &&
		    s->info[k].mention < 0 && word_is_any(s, k, happen)) {
			via = k;
			continue;
		}
		/* ("wrapped up talks in Rome": "talks" read as a verb is the
		 * gathering the pattern named) */
		if (clause_break(s, k) ||
		    (s->info[k].verb && s->info[k].mention < 0 && !word_is_any(s, k, gatherings)))
			break;
		if (s->info[k].mention < 0)
			continue;
		m = &s->ments[s->info[k].mention];
		k = m->tok + m->n_tok - 1;
		/* ("held talks at a military base": a role with no state
		 * names no state the meeting was held in) */
		if (!venue_mention(s, m))
			continue;
		for (j = (long)m->tok - 1; j > 0 && !(s->info[j].roles & R_PREP); j--)
			;
		j--;
		if (j < 0)
			continue;
		if ((size_t)j == p->end || (size_t)j == via || s->info[j].mention >= 0 ||
		    weekday(s, (size_t)j) || word_is_any(s, (size_t)j, gatherings) ||
		    venue_building_at(s, (size_t)j, p->end) ||
		    ((size_t)j == p->end + 1 && manner_adverb_at(s, (size_t)j)))
			return m->code;
	}
	/* "after a brief stop in Abu Dhabi, where he met Mohammed bin
	 * Zayed": the place ", where" refers back to */
	if (p->group >= 3) {
		long j = (long)p->group - 1;
		if (s->info[j].mention >= 0)
			j = (long)s->ments[s->info[j].mention].tok - 1;
		if (j >= 2 && head_is(s, (size_t)j, "where") && is_punct(s, (size_t)j - 1, ',') &&
		    s->info[j - 2].mention >= 0) {
			const struct mention *m = &s->ments[s->info[j - 2].mention];
			if (m->after_prep && (m->prep_roles & R_LOC) && m->code && country_prefix(m->code))
				return m->code;
		}
	}
	/* "On the sidelines of the BRICS summit in Kazan, Modi met Xi", "In
	 * Geneva, the two sides held talks": a phrase of place fronted
	 * before the clause, up to its comma, with no verb of its own */
	if (s->n > 0 && (s->info[0].roles & R_PREP)) {
		const char *fronted = NULL;
		for (k = 1; k < p->head && k < s->n && !is_punct(s, k, ','); k++) {
			const struct mention *m;
			if (clause_break(s, k) || (s->info[k].verb && s->info[k].mention < 0))
				break;
			if (s->info[k].mention < 0)
				continue;
			m = &s->ments[s->info[k].mention];
			k = m->tok + m->n_tok - 1;
			if (venue_mention(s, m))
				fronted = m->code;
		}
		/* (only a phrase closed by its comma before the clause) */
		if (fronted && k < p->head && is_punct(s, k, ','))
			return fronted;
	}
	/* "would travel to Turkey for direct talks with Putin": where the
	 * journey the meeting is for goes */
	if (p->kind == LEX_NOUN && (at = event_journey_state(s, p)))
		return at;
	/* "met in talks hosted by Malaysian Prime Minister Anwar": where
	 * its host is */
	if ((at = host_state(s)))
		return at;
	return held && c->memo.dateline[0] ? c->memo.dateline : NULL;
}

/* The first state named after the verb of `p`, within its clause: where
 * a capture or a massacre that names no victim took place. */
static const char *clause_state_after(const struct sent *s, const struct pred *p)
{
	static const char *const towards[] = { "into", "toward", "towards", NULL };
	size_t j;

	for (j = p->end + 1; j < s->n; j++) {
		int32_t m = s->info[j].mention;
		/* "committed genocide, and Washington imposed sanctions" */
		/* ("... on the eve of talks with the United States") */
		if (clause_break(s, j) || (s->info[j].verb && m < 0) ||
		    ((s->info[j].roles & R_CONJ) && second_clause_at(s, j + 1)) ||
		    time_anchor_at(s, j) || clause_resumes_act(s, j))
			break;
		/* ("taking scores of hostages back into Gaza": where they
		 * are taken is no place the act befalls) */
		if (m >= 0 && s->ments[m].country && s->ments[m].code &&
		    !(s->ments[m].tok > 0 && word_is_any(s, s->ments[m].tok - 1, towards)))
			return s->ments[m].code;
	}
	return NULL;
}

/* Where an act takes place: the state its clause names after its verb,
 * else the place the sentence names (match_place_state). */
static const char *act_state(struct dyad_coder *c, const struct sent *s, const struct pred *p)
{
	const char *state = clause_state_after(s, p);

	return state ? state : match_place_state(c, s, p->head);
}

/* The one state the sentence names other than that of the attacker
 * `src` (bare states and their places, not roles): the state an attack
 * befalls when its victims are placed nowhere; NULL when it names none or
 * several. */
static const char *attacked_state(const struct sent *s, int32_t src)
{
	const char *own = s->ments[src].code, *other = NULL;
	size_t i;

	if (!own || !country_prefix(own))
		return NULL;
	for (i = 0; i < s->n_ments; i++) {
		const struct mention *m = &s->ments[i];
		if (m->kind != M_NAME || !m->country || !m->code || !country_prefix(m->code) ||
		    !strncmp(m->code, own, 3))
			continue;
		if (other && strncmp(other, m->code, 3))
			return NULL;
		other = m->code;
	}
	return other;
}

/* Whether none of the parties belongs to `state` -- all of them states'
 * actors, so that a place can be foreign to each. */
static int foreign_to_all(const char *state, const struct mention *const *ms, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (!country_prefix(ms[k]->code) || !strncmp(ms[k]->code, state, 3))
			return 0;
	return n > 0;
}

/* "A Russian missile hit a crowded shopping centre in the Ukrainian city
 * of Kremenchuk", "struck Kyiv's largest children's hospital", "drones
 * struck two air bases deep inside Russia": force aimed at a state's
 * place hits whom the place serves -- its civilians, patients, pupils or
 * forces.  The role the object phrase from token `from` names around the
 * state mention m ("CVL", "HLH", "EDU", "MIL"), or NULL: the facility nouns
 * from the verb to a few words past the state, in one phrase; failing
 * them, civilians a participle after a comma kills ("struck the centre
 * of Sumy, killing at least 34 people"). */
static const char *facility_role(const struct sent *s, uint32_t from, const struct mention *m)
{
	static const char *const hlh[] = { "hospital", "hospitals", "clinic", "clinics",
					   "maternity", NULL };
	static const char *const edu[] = { "school", "schools", "kindergarten", "university",
					   NULL };
	static const char *const cvl[] = { "centre", "center", "mall", "market", "marketplace",
					   "theatre", "theater", "station", "apartment",
					   "apartments", "residential", "homes", "houses", "café",
					   "cafe", "restaurant", "hotel", "supermarket", "church",
					   "churches", "mosque", "mosques", "synagogue", "temple",
					   "cathedral", "shrine",
					   /* "hit a bus stop in Kherson", "a queue
					    * for pensions", "a playground", "a crowded
					    * beach", "a wedding hall" */
					   "bus", "buses", "stop", "queue", "playground", "park",
					   "beach", "bakery", "shop", "shops", "store",
					   "pizzeria", "wedding", "funeral", "crowd", "crowds",
					   "neighbourhood", "neighborhood", NULL };
	static const char *const mil[] = { "base", "bases", "airbase", "airbases", "barracks",
					   "airfield", "airfields", "warship", "warships",
					   "post", "posts", "outpost", "outposts", "garrison",
					   "garrisons", "convoy", "convoys", NULL };
	static const char *const kill[] = { "killing", NULL };
	size_t j, end = m->tok + m->n_tok + 5;

	for (j = from; j < s->n && j < end; j++) {
		if (clause_break(s, j) || is_punct(s, j, ',') ||
		    (s->info[j].verb && s->info[j].mention < 0))
			break;
		if (s->info[j].mention >= 0 && s->info[j].mention != (int32_t)(m - s->ments) &&
		    j > m->tok)
			break;
		if (word_is_any(s, j, hlh))
			return "HLH";
		if (word_is_any(s, j, edu))
			return "EDU";
		if (word_is_any(s, j, mil))
			return "MIL";
		if (word_is_any(s, j, cvl))
			return "CVL";
	}
	/* (not on the state itself: "attacked Ukraine, killing civilians") */
	for (j = m->tok > from ? from : s->n; j + 2 < s->n && j < from + 30; j++) {
		if (clause_break(s, j))
			return NULL;
		if (is_punct(s, j, ',') && word_is_any(s, j + 1, kill)) {
			size_t k;
			for (k = j + 2; k < s->n && k < j + 6; k++) {
				int32_t o = s->info[k].mention;
				if (o >= 0)
					return s->ments[o].code && (!strcmp(s->ments[o].code, "CVL") ||
								    civil_role(s->ments[o].code)) ?
					       "CVL" : NULL;
			}
			return NULL;
		}
	}
	return NULL;
}

/* "A Russian missile hit a shopping centre", "Israel's air force pounded
 * targets", "Rockets fired by Cambodian forces hit a petrol station", "an
 * air strike by the coalition hit a bus": the weapon or aircraft that
 * names the source, or that a "by" source fired or made, tells the kind
 * of force: from the air or by missile (195), rockets and artillery
 * (194); NULL when it names none. */
static const char *source_weapon(const struct sent *s, const struct mention *m)
{
	static const char *const aerial[] = { "missile", "drone", "air strike", "airstrike",
					      "air force", "aircraft", "warplane", "fighter jet",
					      "jets", "bomber", "helicopter", "gunship",
					      /* "a Russian guided bomb hit" */
					      "bomb", NULL };
	static const char *const artillery[] = { "rocket", "artillery", "shelling", "mortar",
						 "howitzer", NULL };
	static const char *const aerial_w[] = { "missile", "missiles", "drone", "drones",
						"warplanes", "jets", "bombs", "bombers", "strike",
						"strikes", "airstrike", "airstrikes", NULL };
	static const char *const artillery_w[] = { "rocket", "rockets", "shells", "mortar",
						   "mortars", NULL };
	size_t k;
	long j;

	for (k = 0; artillery[k]; k++)
		if (span_has(s, m, artillery[k]))
			return "194";
	for (k = 0; aerial[k]; k++)
		if (span_has(s, m, aerial[k]))
			return "195";
	/* "rockets fired by X", "missiles launched by X" */
	if (!m->after_prep || !(m->prep_roles & R_BY) || m->tok < 3)
		return NULL;
	j = (long)m->tok - 1;
	while (j > 0 && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS))
		j--;
	if (!(s->info[j].roles & R_BY) || j < 2)
		return NULL;
	/* "rockets fired by", or a noun's agent: "an air strike by" */
	j -= past_form(s, (size_t)j - 1) ? 2 : 1;
	for (; j >= 0 && s->info[j].mention < 0 && is_modifier(s, (size_t)j); j--) {
		if (word_is_any(s, (size_t)j, artillery_w))
			return "194";
		if (word_is_any(s, (size_t)j, aerial_w))
			return "195";
	}
	return NULL;
}

/* Whether an event coded from the main clause of participle p (from its
 * anchor's verb group up to p) runs between two members of the compound
 * src, each way. */
static int mutual_before(const struct emit_ctx *e, const struct pred *preds,
			 const struct pred *p, int32_t src)
{
	const struct sent *s = e->s;
	const struct mention *ms[8];
	size_t n = group_members(s, src, ms, 8), i, k;
	uint32_t from = s->toks[preds[p->anchor].group].start - s->base,
		 to = s->toks[p->head].start - s->base;

	for (i = 0; i < e->n_seen; i++) {
		const struct dyad_event *o = &e->seen[i];
		int a = 0, b = 0;
		if (o->trigger.start < from || o->trigger.start >= to)
			continue;
		for (k = 0; k < n; k++) {
			if (ms[k]->code && !strcmp(ms[k]->code, o->source.code))
				a = 1;
			if (ms[k]->code && !strcmp(ms[k]->code, o->target.code))
				b = 1;
		}
		if (a && b)
			return 1;
	}
	return 0;
}

/* "North Korea expelled Travis King, a U.S. soldier who had crossed the
 * border", "a former defence chief who crushed the rebels", "Russia put
 * the ICC prosecutor who issued the warrant for Putin on its wanted
 * list": a relative clause on an actor that tells what the actor had
 * done (perfect aspect, active), did in a former role, or did to the main
 * clause's own subject (the grounds of the act on it) describes the
 * actor; its act was reported before and is not coded.  For verb p (or
 * the verb governing noun p): 1 when background; else 0, with *against
 * (OUT) the main clause's subject when the third case applies to the
 * act's target, else -1. */
static int relative_background(const struct sent *s, const struct pred *preds, size_t n,
			       const struct pred *p, int32_t *against)
{
	static const char *const former[] = { "former", "ex-", NULL };
	const struct pred *v = p;
	const struct mention *ante;
	long j, a;
	size_t k;

	*against = -1;
	if (p->kind == LEX_NOUN) {
		if (p->governor < 0)
			return 0;
		v = &preds[p->governor];
	}
	if (v->kind != LEX_VERB || v->group < 2 || !clause_is_relative(s, v->group - 1))
		return 0;
	a = (long)v->group - 2;
	if (a >= 0 && is_punct(s, (size_t)a, ','))
		a--;
	if (a < 0 || s->info[a].mention < 0)
		return 0;
	ante = &s->ments[s->info[a].mention];
	if ((v->group_roles & R_HAVE) && !v->passive &&
	    !(v->group_roles & (R_WILL | R_WOULD | R_MAY)))
		return 1;
	for (j = (long)ante->tok; j >= 0 && j + 3 > (long)ante->tok; j--)
		if (word_is_any(s, (size_t)j, former) || span_has(s, ante, "former"))
			return 1;
	/* the antecedent is the object of the main clause's verb */
	for (k = n; k-- > 0;) {
		const struct pred *q = &preds[k];
		int32_t qs;
		if (q->kind != LEX_VERB || q->head >= ante->tok)
			continue;
		qs = q->passive ? q->by_agent : q->subject;
		if (qs >= 0 && s->ments[qs].tok < q->head && !clause_subordinate(s, q))
			*against = qs;
		break;
	}
	return 0;
}

/* One predicate's act as act_code()'s stages work it out: who did it to
 * whom, in which code and mode, and the actors that no mention names but
 * the sentence implies (its source's own state, the civilians of the town
 * it names, the doer of the act a rebuke answers). */
struct act {
	struct emit_ctx *e;
	struct pred *preds, *p;         /* all the sentence's, and this one */
	size_t n, i;
	const char *htext;              /* the head's text, for the trace */
	size_t hlen;
	struct match_result r;          /* p's pattern, as the stages amend it */
	const char *rc;                 /* r's code once final, or NULL (none, ---) */
	int32_t src, tgt;               /* mentions, or -1 */
	const struct mention *srcs[8], *tgts[8];        /* each side's members */
	size_t ns, nt;
	enum dyad_mode mode;
	const char *code, *code2;
	int reciprocal;                 /* a compound's members act on one another */
	int pair_sides;                 /* "the two leaders": the pair named before */
	int32_t pair_third;             /* "the three leaders": the third, or -1 */
	int pair_states;                /* "the two countries": the pair's states */
	struct mention pair_state[3];   /* with pair_states: each side as its state */
	int32_t also_tgt;               /* "Hamas freed ..., and Israel released
					 * ..., under a deal brokered by Qatar":
					 * the other side mediated between */
	int32_t pair_other;             /* "the two leaders condemned X": the
					 * pair's second member, the source
					 * beside src, or -1 */
	int yield_home;                 /* yielding to unnamed protesters */
	int deport;                     /* a deportation: also an expulsion (174) */
	int claim_denied;               /* "a claim Pakistan dismissed": 016 */
	const struct mention *deportee; /* "deported Uyghurs to China" */
	int deport_home;		/* "deported them back to Caracas": no handover */
	const struct mention *dropped;  /* "switched recognition from Taiwan" */
	long rel_noun, rel_tok;         /* relative_attack's noun and antecedent */
	int32_t rel_main;               /* relative_background's *against */
	struct mention own, own_src;    /* a target, a source no mention names */
	int have_own, have_own_src;
	struct mention attacker;        /* of an attempt on a political figure */
	const char *attempt;            /* "was shot": 185 or 186 */
	const char *bombing;            /* "a roadside bomb planted by" */
	const char *threat;             /* "would use force if": 13x */
	int quoted;                     /* the source is the one quoted,
					 * speaking as "I" or "we" */
	int rebuke_back;                /* "condemned the launch" */
	const char *doers[4];           /* whom such a rebuke answers */
	struct mention more_own[3];     /* the other doers */
	size_t n_doers;
};

/* "hours after Washington and Seoul wrapped up joint drills", "since
 * the junta seized power in a coup": a noun in a clause that a span of
 * time before "after", or "since", dates the news by, whatever its verb
 * (one the lexicon does not know included); not coded, as the clause is
 * not.  So is a participle on such a noun ("days after an attack on a
 * police station claimed by the Pakistani Taliban"). */
static int noun_in_anchor(const struct sent *s, const struct pred *preds, size_t n,
			  const struct pred *p)
{
	static const char *const since[] = { "since", NULL };
	size_t j, k;

	if (p->kind != LEX_NOUN && !(p->kind == LEX_VERB && p->passive && p->group == p->head))
		return 0;
	for (j = p->head; j-- > 0 && j + 16 > p->head;) {
		/* (the participle's own anchor may be the clause's opener) */
		if (p->kind == LEX_VERB && (word_is_any(s, j, since) || clause_after_span(s, j)))
			return 1;
		if (clause_break(s, j) || is_punct(s, j, ','))
			return 0;
		if (s->info[j].mention >= 0)
			continue;
		for (k = 0; k < n; k++)
			if (preds[k].kind == LEX_VERB && preds[k].head == j)
				return clause_time_anchor(s, &preds[k]) || clause_since(s, &preds[k]);
		if (word_is_any(s, j, since) || clause_after_span(s, j))
			return 1;
	}
	return 0;
}

/* A noun whose "that" clause is its content: "the claim that", "reports
 * that", "fears that". */
static int content_noun(const struct sent *s, size_t i)
{
	static const char *const content[] = {
		"claim", "claims", "report", "reports", "fact", "news", "allegation",
		"allegations", "accusation", "accusations", "fear", "fears", "hope", "hopes",
		"evidence", "sign", "signs", "indication", "indications", "view", "belief",
		"assurance", "assurances", "suggestion", "suggestions", "speculation",
		"statement", "message", "warning", "warnings", "concern", "concerns",
		"idea", "rumours", "rumors", "charge", "charges", "notion", "possibility",
		"risk", "danger", "threat", "threats", "way", "time", "day", "year", NULL };

	return word_is_any(s, i, content);
}

/* Whether token j starts a stretch that dates an act before the news:
 * "days earlier", "weeks ago", "last year", "in 2014" (a year before
 * the article's). */
static int past_time_at(const struct sent *s, size_t j)
{
	static const char *const spans[] = { "days", "weeks", "months", "years", "decades",
					     "day", "week", "month", "year", NULL };
	static const char *const back[] = { "earlier", "ago", "before", NULL };
	static const char *const units[] = { "week", "month", "year", "summer", "winter",
					     "spring", "autumn", NULL };
	size_t len;
	const char *t;

	if (j + 1 < s->n && word_is_any(s, j, spans) && word_is_any(s, j + 1, back))
		return 1;
	if (j + 1 < s->n && head_is(s, j, "last") && word_is_any(s, j + 1, units))
		return 1;
	if (j + 1 < s->n && head_is(s, j, "in") && (s->toks[j + 1].flags & TOK_NUM)) {
		int y = 0;
		size_t k;
		t = tok_text(s, j + 1, &len);
		if (len != 4)
			return 0;
		for (k = 0; k < 4; k++)
			if (t[k] < '0' || t[k] > '9')
				return 0;
			else
				y = y * 10 + (t[k] - '0');
		return y >= 1900 && s->pub.ymd > 0 && y < s->pub.ymd / 10000;
	}
	return 0;
}

/* "a day after Tsai returned from a trip during which she met
 * McCarthy", "Putin, whom the ICC accused of war crimes only days
 * earlier", "sanctions first imposed after Moscow annexed Crimea in
 * 2014": a relative clause on a phrase of an anchored clause is dated
 * with it, and a relative or subordinate clause that dates its own act
 * before the news ("days earlier", "in 2014") tells background; neither
 * is coded. */
static int dated_before(const struct sent *s, const struct pred *preds, size_t n,
			const struct pred *p)
{
	long j = p->subject >= 0 && s->ments[p->subject].tok < p->group ?
		 (long)s->ments[p->subject].tok - 1 : (long)p->group - 1;
	static const char *const subs[] = { "after", "when", "since", "because", "as", "while",
					    "before", "once", NULL };
	size_t k, t;
	int rel;

	if (p->kind != LEX_VERB || j < 1)
		return 0;
	while (j > 0 && (s->info[j].roles & R_DET) && !(s->info[j].roles & (R_POSS | R_SUB)) &&
	       s->info[j].mention < 0)
		j--;
	/* ("acknowledged that its warplanes destroyed a reactor in 2007",
	 * "accusations that its army had used": what a "that" after a
	 * verb or a claim opens is said, and coded as said) */
	/* ("arrived in Moscow, where he held talks with Putin") */
	rel = clause_is_relative(s, (size_t)j) ||
	      (head_is(s, (size_t)j, "where") && is_punct(s, (size_t)j - 1, ',')) ||
	      (head_is(s, (size_t)j, "that") && (s->toks[j - 1].flags & TOK_WORD) &&
	       !s->info[j - 1].verb && (s->info[j - 1].mention >= 0 || !s->info[j - 1].roles) &&
	       !content_noun(s, (size_t)j - 1) && !weekday(s, (size_t)j - 1));
	if (!rel && !word_is_any(s, (size_t)j, subs))
		return 0;
	/* its own act dated before the news, in its clause */
	for (t = p->end + 1; t < s->n && t <= p->end + 14; t++) {
		if (clause_break(s, t) || is_punct(s, t, ',') || (s->info[t].verb && t > p->end + 1))
			break;
		if (past_time_at(s, t))
			return 1;
	}
	if (!rel)
		return 0;
	/* the phrase it hangs on in an anchored clause */
	for (k = n; k-- > 0;)
		if (preds[k].kind == LEX_VERB && preds[k].head < (size_t)j && &preds[k] != p)
			return clause_time_anchor(s, &preds[k]) || clause_since(s, &preds[k]);
	return 0;
}

/* Whether verb q is an infinitive another is urged, asked or ordered
 * to do: its matrix a verb of control with an object of another state
 * before it ("urged the rebels to negotiate"). */
static int urged_to(const struct sent *s, const struct pred *preds, const struct pred *q)
{
	const struct pred *m;
	size_t j;

	if (q->kind != LEX_VERB || !q->infinitive || q->matrix < 0)
		return 0;
	m = &preds[q->matrix];
	if (m->kind != LEX_VERB || !(m->vroles & V_CONTROL) || m->passive)
		return 0;
	/* (not one's own forces: "ordered the army to carry out strikes"
	 * is the strikes done) */
	for (j = m->end + 1; j < q->group; j++) {
		const struct mention *o;
		if (s->info[j].mention < 0)
			continue;
		o = &s->ments[s->info[j].mention];
		if (m->subject < 0 || (o->group != s->ments[m->subject].group && o->code &&
				       s->ments[m->subject].code &&
				       strncmp(o->code, s->ments[m->subject].code, 3)))
			return 1;
	}
	return 0;
}

/* Trace why p codes nothing ("verb \"urged\": what another is asked to
 * do, not an act") and tell act_code() to stop. */
static int not_coded(const struct act *a, const char *why)
{
	struct dyad_coder *c = a->e->c;

	if (TRACING(c))
		coder_tracef(c, "  %s \"%.*s\": %s", a->p->kind == LEX_VERB ? "verb" : "noun",
			     (int)a->hlen, a->htext, why);
	return 1;
}

/* Whether the withdrawal an act asks for is from the source's own soil:
 * "from the country", "from Mali" said by Mali, "must leave their post
 * at Yerevan's airport" said by Armenia. */
static int from_own_soil(const struct sent *s, const struct pred *p, const struct mention *src)
{
	static const char *const own_words[] = { "country", "archipelago", "island", NULL };
	static const char *const forces[] = { "troops", "forces", "soldiers", "military", "guards",
					      "personnel", "contingent", "bases", "mission", NULL };
	size_t j, k;
	int named = 0;

	for (j = p->end + 1; j < s->n; j++) {
		if (is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			return 0;
		/* (forces, not diplomats: "withdraw 40 of its diplomats from
		 * the country" is no military withdrawal) */
		if (word_is_any(s, j, forces))
			named = 1;
		if (!named || (!head_is(s, j, "from") && !head_is(s, j, "leave") &&
			       !head_is(s, j, "quit")))
			continue;
		for (k = j + 1; k < s->n && k <= j + 5; k++) {
			if (s->info[k].mention >= 0) {
				const struct mention *m = &s->ments[s->info[k].mention];
				if (m->code && src->code && !strncmp(m->code, src->code, 3))
					return 1;
				if (m->kind != M_PRONOUN)
					break;
				continue;
			}
			if (word_is_any(s, k, own_words) && k > 0 &&
			    (head_is(s, k - 1, "the") || head_is(s, k - 1, "our")))
				return 1;
			if (is_punct(s, k, ',') || clause_break(s, k))
				break;
		}
	}
	return 0;
}

/* Whether t, another state named bare, is asked by src to take its
 * forces off src's own soil ("Mali's junta demanded that France withdraw
 * its troops from the country"). */
static int forces_off_own_soil(const struct sent *s, const struct pred *p,
			       const struct mention *t, const struct mention *src)
{
	return t->code && src->code && strlen(t->code) == 3 && country_prefix(t->code) &&
	       country_prefix(src->code) && strncmp(t->code, src->code, 3) &&
	       from_own_soil(s, p, src);
}

/* What a demand asks of another ("demanded that M23 rebels halt ...")
 * is coded as the demand, made of each that-clause's subject: 1 when p
 * is such a clause (coded or not). */
static int demanded(struct act *a)
{
	struct emit_ctx *e = a->e;
	struct dyad_coder *c = a->e->c;
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *preds = a->preds;
	struct pred *p = a->p;
	size_t si, ti;
	long dem;

	/* What a demand asks of another ("demanded that M23 rebels halt
	 * their offensive and that Rwandan forces withdraw") is no act: the
	 * demand is made of each that-clause's subject. */
	if ((dem = demand_of(lex, s, preds, p)) >= 0) {
		const struct pred *d = &preds[dem];
		int32_t ds = d->passive ? d->by_agent : d->subject;
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": what a demand asks, coded as the demand",
				     (int)a->hlen, a->htext);
		if (ds < 0 || s->ments[ds].group == s->ments[p->subject].group)
			return 1;
		/* a clause past the demand's pattern ("and that Hamas
		 * release") is asked for in the demand's general code */
		a->code = pred_code(lex, d);
		if (p->head > d->r.last && d->r.head &&
		    lex->classes.v[d->r.head->cls].code != LEX_NONE &&
		    lex->classes.v[d->r.head->cls].code != LEX_CODE_NULL)
			a->code = lex_code_str(lex, lex->classes.v[d->r.head->cls].code);
		a->ns = group_members(s, ds, a->srcs, 8);
		a->nt = group_members(s, p->subject, a->tgts, 8);
		a->mode = mode_resolve(s, preds, (size_t)dem);
		for (si = 0; si < a->ns && !e->stop; si++)
			for (ti = 0; ti < a->nt && !e->stop; ti++) {
				const struct mention *t = a->tgts[ti];
				struct mention mil;
				/* foreign forces asked off the asker's soil, as
				 * forces_home() has them */
				if (a->code && (!strcmp(a->code, "1056") || !strcmp(a->code, "105")) &&
				    forces_off_own_soil(s, d, t, a->srcs[si]) &&
				    home_target(c, s, d, d->end, t, "MIL", &mil)) {
					mil.start = t->start;
					mil.end = t->end;
					t = &mil;
				}
				if (event_emit(e, d, a->srcs[si], t, NULL, a->code, a->mode))
					return 1;
			}
		return 1;
	}
	return 0;
}

/* "a move welcomed by Washington", "the decision was welcomed by Kyiv":
 * a passive matched by no pattern, only its class's default of hosting
 * (043), whose subject is an act rather than an actor: no act is hosted
 * (a deal is brokered, 045, as its default says). */
static int passive_on_act(const dyad_lexicon *lex, const struct sent *s, const struct pred *p)
{
	static const char *const acts[] = {
		"move", "moves", "decision", "step", "steps", "plan", "plans", "proposal",
		"proposals", "deal", "agreement", "measure", "measures", "offer", "initiative",
		"resolution", "call", "request", "bid", "announcement", "demand", "demands", NULL };
	long j = (long)p->group - 1;

	if (p->kind != LEX_VERB || !p->passive || p->r.pat || p->r.code == LEX_NONE ||
	    p->r.code == LEX_CODE_NULL || strcmp(lex_code_str(lex, p->r.code), "043"))
		return 0;
	return j >= 0 && s->info[j].mention < 0 && word_is_any(s, (size_t)j, acts);
}

/* Whether verb p tells what a comment was declined on: "declined to
 * comment on reports that Ukraine had fired ATACMS missiles", "would not
 * say whether Putin would meet Zelensky", "had no comment on reports
 * that Israel struck Iran": the report is no act of the news. */
static int declined_content(const struct sent *s, const struct pred *p)
{
	static const char *const opens[] = { "whether", "that", "if", NULL };
	static const char *const comment[] = { "comment", "say", "confirm", "discuss", "elaborate",
					       NULL };
	static const char *const refusal[] = { "declined", "declines", "decline", "refused",
					       "refuses", "refuse", "not", "no", "n't", "neither",
					       NULL };
	size_t w, k;

	if (p->kind != LEX_VERB || p->group < 3)
		return 0;
	for (w = p->group; w-- > 0 && p->group - w < 12;) {
		if (!word_is_any(s, w, opens)) {
			if (clause_break(s, w) || is_punct(s, w, ';') || (s->info[w].roles & R_BUT))
				return 0;
			continue;
		}
		/* ("reports that", "on whether", "say whether") */
		if (head_is(s, w, "that") && (w == 0 || !content_noun(s, w - 1)))
			return 0;
		for (k = w; k-- > 0 && w - k < 7;) {
			size_t r;
			if (!word_is_any(s, k, comment))
				continue;
			for (r = k; r-- > 0 && k - r < 7;)
				if (word_is_any(s, r, refusal))
					return 1;
			return 0;
		}
		return 0;
	}
	return 0;
}

/* "Nothing in the statement suggested that the two Koreas were about to
 * resume dialogue", "there was no sign that Moscow would negotiate":
 * what nothing signals is neither done nor planned, nor guessed at. */
static int unfounded_content(const struct sent *s, const struct pred *p)
{
	static const char *const signs[] = { "sign", "signs", "indication", "indications",
					     "hint", "hints", NULL };
	static const char *const none[] = { "no", "little", "scant", NULL };
	static const char *const nothing[] = { "nothing", "nobody", NULL };
	const struct mention *ms[8];
	size_t nm, m;
	long j, k;

	if (p->kind != LEX_VERB)
		return 0;
	j = (long)p->group - 1;
	if (p->subject >= 0 && s->ments[p->subject].tok < p->group)
		/* (before the subject's first member: "that Seoul and Pyongyang") */
		for (nm = group_members(s, p->subject, ms, 8), m = 0; m < nm; m++)
			if ((long)ms[m]->tok - 1 < j)
				j = (long)ms[m]->tok - 1;
	if (j >= 0 && head_is(s, (size_t)j, "that"))
		j--;
	if (j < 1)
		return 0;
	if (word_is_any(s, (size_t)j, signs))
		return word_is_any(s, (size_t)j - 1, none) ||
		       (j >= 2 && word_is_any(s, (size_t)j - 2, none));
	if (!(s->info[j].vroles & V_SPEC))
		return 0;
	for (k = j - 1; k >= 0 && k >= j - 6; k--) {
		if (clause_break(s, (size_t)k) || is_punct(s, (size_t)k, ','))
			return 0;
		if (word_is_any(s, (size_t)k, nothing) ||
		    (k > 0 && head_is(s, (size_t)k, "one") && head_is(s, (size_t)k - 1, "no")))
			return 1;
	}
	return 0;
}

/* Whether verb p is what a hope or optimism is about: "voiced hope that
 * Israel and Hamas would agree to a ceasefire", "was hopeful that Iran
 * and Israel would agree to de-escalate", "was pessimistic that Hamas
 * would agree" (tests/dev/README.md, intent: the hoped-for or doubted act
 * is no event; the hope is an appeal or optimism, the doubt pessimism). */
static int hoped_content(const struct sent *s, const struct pred *p)
{
	static const char *const hoped[] = { "hope", "hopes", "hopeful", "optimistic", "optimism",
					     "confident", "confidence", "upbeat",
					     /* gloom: "grew more pessimistic that Hamas would
					      * agree to a deal" is a pessimistic comment (012),
					      * the act doubted no event */
					     "pessimistic", "pessimism", "doubtful", "sceptical",
					     "skeptical", "gloomy", "downbeat", NULL };
	static const char *const of_for[] = { "of", "for", "about", "on", NULL };
	static const char *const meetings[] = { "talks", "negotiations", "meeting", "meetings",
						"summit", "dialogue", NULL };
	size_t j, k;

	/* "was hopeful of a ceasefire deal between Israel and Hamas",
	 * "voiced optimism about a deal": the noun hoped for, up to a
	 * determiner and two modifiers after "of", "for" or "about" (talks
	 * under way are news: "voiced optimism about talks between
	 * Washington and Tehran") */
	if (p->kind == LEX_NOUN && p->head >= 2 && !word_is_any(s, p->head, meetings)) {
		for (j = p->head, k = 0; j-- > 1 && k < 4; k++) {
			if (word_is_any(s, j, of_for))
				return word_is_any(s, j - 1, hoped);
			if (!(s->toks[j].flags & TOK_WORD) || s->info[j].verb ||
			    s->info[j].mention >= 0)
				return 0;
		}
		return 0;
	}
	if (p->kind != LEX_VERB || p->group < 2)
		return 0;
	for (j = p->group, k = 0; j-- > 1 && k < 10; k++) {
		if (head_is(s, j, "that")) {
			size_t w = j - 1;
			if (w >= 3 && weekday(s, w) && head_is(s, w - 1, "on"))
				w -= 2;
			return word_is_any(s, w, hoped);
		}
		if (s->info[j].verb || clause_break(s, j) || (s->toks[j].flags & TOK_PUNCT))
			return 0;
	}
	return 0;
}

/* Whether verb p is a participle that tells what a resolution vetoed,
 * blocked or abstained on asks ("vetoed a resolution demanding an
 * immediate ceasefire", "a draft resolution calling for a truce is
 * expected to be vetoed"): a text that did not pass demands nothing of
 * anyone.  Adopted ones ("a resolution demanding ... was adopted by the
 * General Assembly") are the adopter's demand. */
static int unpassed_resolution(const struct sent *s, const struct pred *p)
{
	static const char *const texts[] = { "resolution", "resolutions", "draft", "text", NULL };
	static const char *const blocked[] = { "veto", "vetoed", "vetoes", "vetoing", "abstain",
					       "abstained", "abstaining", "abstains", "block",
					       "blocked", "blocks", NULL };
	size_t j, k;

	if (p->kind != LEX_VERB || !head_ends_ing(s, p->head) || p->head < 1)
		return 0;
	for (j = p->head, k = 0; j-- > 0 && k < 4; k++) {
		if (word_is_any(s, j, texts))
			break;
		if (!(s->toks[j].flags & TOK_WORD) || s->info[j].verb || s->info[j].mention >= 0)
			if (!weekday(s, j) && !head_is(s, j, "on"))
				return 0;
	}
	if (j == (size_t)-1 || k >= 4 || !word_is_any(s, j, texts))
		return 0;
	for (j = 0; j < s->n; j++)
		if (word_is_any(s, j, blocked))
			return 1;
	return 0;
}

/* Whether an "if" or "unless" follows token FROM in the sentence. */
static int if_after(const struct sent *s, size_t from)
{
	size_t j;

	for (j = from + 1; j < s->n; j++)
		if (s->info[j].roles & R_IF)
			return 1;
	return 0;
}

/* The one a quote that opens the sentence is about, when p is in it:
 * the mention its attribution's "said of" names, or the subject of its
 * "said after" clause, if of another state than the quote's speaker;
 * or -1. */
static int32_t quote_about(const struct sent *s, const struct pred *p)
{
	int32_t about, m, sp;

	if (p->head >= s->qclose || s->qspeaker_tok < 0)
		return -1;
	about = s->qof_tok >= 0 ? s->qof_tok : s->qafter_tok;
	if (about < 0 || (m = s->info[about].mention) < 0 ||
	    (sp = s->info[s->qspeaker_tok].mention) < 0 || !s->ments[m].code ||
	    !s->ments[sp].code || !strncmp(s->ments[m].code, s->ments[sp].code, 3))
		return -1;
	return m;
}

/* ", citing its support for militant groups", ", citing aggressive
 * statements by NATO powers", ", citing credible allegations linking
 * agents of the Indian government to the killing": what a comma phrase
 * opened by "citing" names is the grounds the main clause's act gives
 * (tests/dev/README.md: the act only), no event of its own.  Whether
 * p's head stands in such a phrase: "citing" after a comma before it,
 * no clause break or other comma between. */
static int cited_grounds(const struct sent *s, const struct pred *p)
{
	static const char *const citing[] = { "citing", NULL };
	size_t j, k;

	for (j = p->group, k = 0; j-- > 1 && k < 16; k++) {
		if (word_is_any(s, j, citing))
			return is_punct(s, j - 1, ',');
		if (is_punct(s, j, ',') || clause_break(s, j) || (s->info[j].roles & (R_SUB | R_BUT)))
			return 0;
	}
	return 0;
}

/* "protesters angered by the execution of a cleric", "crowds outraged
 * over the verdict": a participle of feeling right after the people it
 * describes, its cause after "by", "over" or "at", tells how they felt
 * (a reduced relative), no act of theirs toward the cause. */
static int feeling_participle(const struct sent *s, const struct pred *p)
{
	static const char *const feelings[] = { "angered", "outraged", "incensed", "enraged",
						"infuriated", "inflamed", "frustrated", "alarmed",
						"dismayed", "upset", "emboldened", "galvanised",
						"galvanized", "spurred", NULL };
	static const char *const causes[] = { "by", "over", "at", NULL };

	return p->head > 0 && p->head + 1 < s->n && word_is_any(s, p->head, feelings) &&
	       s->info[p->head - 1].mention >= 0 && word_is_any(s, p->head + 1, causes);
}

/* "NATO troops deployed to Kosovo clashed with Serb protesters", "U.S.
 * forces stationed in Syria came under attack": a participle of posting
 * right after the forces that are the subject of a later verb says where
 * they are, as a reduced relative, no deployment reported. */
static int posted_forces(const struct sent *s, const struct pred *preds, size_t n,
			 const struct pred *p)
{
	static const char *const posted[] = { "deployed", "stationed", "based", "posted",
					      "garrisoned", NULL };
	int32_t m;
	size_t k;

	/* (the group may open on the forces' noun read as a verb:
	 * "troops/v:troop deployed") */
	if (p->kind != LEX_VERB || p->head == 0 || p->passive ||
	    !word_is_any(s, p->head, posted) || (m = s->info[p->head - 1].mention) < 0 ||
	    (p->group != p->head && s->info[p->group].mention != m))
		return 0;
	for (k = 0; k < n; k++)
		if (preds[k].kind == LEX_VERB && preds[k].head > p->head && !preds[k].infinitive &&
		    preds[k].subject >= 0 && s->ments[preds[k].subject].group == s->ments[m].group)
			return 1;
	return 0;
}

/* "voiced alarm at the seizure of a Japanese ship by Iran", "expressed
 * concern about China's detention of a pastor", "deep regret over
 * Tokyo's claim": an act named after "at", "about", "over" or
 * "regarding" a noun of feeling or rebuke is what the reaction is about,
 * no news of its own (the README codes a reaction's object so). */
static int felt_object(const struct sent *s, const struct pred *p)
{
	static const char *const feelings[] = { "concern", "concerns", "alarm", "worry", "worries",
						"regret", "regrets", "dismay", "outrage", "anger",
						"shock", "unease", "disappointment", "displeasure",
						"indignation", "fury", "condemnation", "criticism",
						"objection", "objections", "fears", "anxiety", NULL };
	static const char *const about[] = { "at", "about", "over", "regarding", NULL };
	static const char *const rebukes[] = { "condemnation", "condemnations", "criticism",
					       "denunciation", "censure", NULL };
	long j = (long)p->head - 1, k;

	if (p->kind != LEX_NOUN)
		return 0;
	while (j >= 0 && !(s->info[j].roles & R_PREP) &&
	       ((s->info[j].roles & (R_DET | R_POSS)) || is_modifier(s, (size_t)j) ||
		(s->info[j].mention >= 0 && possessor(s, &s->ments[s->info[j].mention]))))
		j--;
	/* ("joined a chorus of condemnation of Russia's missile strikes":
	 * the rebuke's own "of") */
	if (j >= 1 && (s->info[j].roles & R_OF) && word_is_any(s, (size_t)j - 1, rebukes))
		return 1;
	/* ("reacted angrily on Saturday to Biden's recognition of the
	 * killings as genocide": what a reaction answers) */
	if (j >= 1 && (s->info[j].roles & R_TO))
		for (k = j - 1; k >= 0 && k >= j - 4; k--) {
			if (head_is(s, (size_t)k, "react"))
				return 1;
			if (clause_break(s, (size_t)k) || s->info[k].mention >= 0)
				break;
		}
	if (j < 1 || !word_is_any(s, (size_t)j, about))
		return 0;
	/* (the noun of feeling itself, or past a day or a place: "concern
	 * on Tuesday over") */
	return word_back_in_phrase(s, j - 1, 4, feelings);
}

/* "Putin and Erdogan agreed to a ceasefire after six hours of talks in
 * the Kremlin", "Obama and Putin failed to reach a deal after talks on
 * the sidelines of the G20": talks that come right after "after" in the
 * clause of the deal the clause's own subject makes, or fails to make,
 * are the talks that deal came out of, the news itself and not an
 * earlier event placing it in time (tests/dev/README.md, `ledes`).  The
 * subject of that deal's clause, whose members the talks are among, or
 * -1. */
static const struct pred *pair_clause(const struct pred *preds, const struct pred *p);

static int32_t deal_talks_subject(const struct sent *s, const struct pred *preds, size_t n,
				  const struct pred *p)
{
	static const char *const talks[] = { "talks", "negotiations", "meeting", "meetings",
					     "summit", NULL };
	static const char *const after[] = { "after", NULL };
	static const char *const deal_verbs[] = { "agree", "reach", "sign", "clinch", "conclude",
						  "seal", "strike", NULL };
	const struct pred *g = NULL, *v;
	size_t j, k, i;

	if (p->kind != LEX_NOUN || !word_is_any(s, p->head, talks))
		return -1;
	/* "after (more than six hours of) talks": no name, comma or verb
	 * between */
	for (j = p->head; j-- > 0 && p->head - j <= 6;) {
		if (word_is_any(s, j, after))
			break;
		if (s->info[j].mention >= 0 || clause_break(s, j) || is_punct(s, j, ',') ||
		    s->info[j].verb)
			return -1;
	}
	if (j >= p->head || !word_is_any(s, j, after))
		return -1;
	/* the clause's verb: the last before "after", with no clause break
	 * between */
	for (i = 0; i < n; i++)
		if (preds[i].kind == LEX_VERB && preds[i].head < j &&
		    (!g || preds[i].head > g->head))
			g = &preds[i];
	if (!g)
		return -1;
	for (k = g->head + 1; k < j; k++)
		if (clause_break(s, k))
			return -1;
	v = pair_clause(preds, g);
	if (v->kind != LEX_VERB || v->subject < 0)
		return -1;
	for (k = 0; deal_verbs[k]; k++)
		if (head_is(s, g->head, deal_verbs[k]) || head_is(s, v->head, deal_verbs[k]))
			return v->subject;
	return -1;
}

/* 1 when p codes nothing: it only shapes its clause, names a background
 * event or another's act, is what someone is asked to do, part of a
 * longer pattern, matched a null pattern, or is told by a speech or
 * light verb whose object carries the event. */
static int not_an_act(struct act *a)
{
	struct emit_ctx *e = a->e;
	struct dyad_coder *c = a->e->c;
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *preds = a->preds;
	struct pred *p = a->p;
	size_t n = a->n;

	if (p->n_heads == 0) {
		if (TRACING(c) && !p->has_complement && !(p->vroles & V_LIGHT))
			coder_tracef(c, "  %s \"%.*s\": shapes the clause, codes nothing",
				     p->vroles & V_SPEECH ? "speech verb" : "verb", (int)a->hlen, a->htext);
		return 1;
	}
	if (((p->kind == LEX_NOUN && clause_background(s, p->head)) ||
	     clause_background_plural(s, p)) && deal_talks_subject(s, preds, n, p) < 0)
		return not_coded(a, "a background event (after \"since\", \"after\"...), not coded");
	if (cited_grounds(s, p))
		return not_coded(a, "the grounds an act cites (\", citing ...\"), not coded");
	if (feeling_participle(s, p))
		return not_coded(a, "a feeling that describes the people before it, not an act");
	if (posted_forces(s, preds, n, p))
		return not_coded(a, "where the forces that act are posted, not an act");
	/* "a week after a court issued a warrant for his arrest", "since
	 * Russia invaded": an earlier event that dates the news; "since it
	 * issued a warrant": a noun a light verb gives is dated with it */
	/* ("a day after travelling to Kyiv by train to meet Zelensky":
	 * so is the purpose of an anchored verb) */
	if ((p->kind == LEX_VERB && (clause_time_anchor(s, p) || clause_since(s, p))) || p->anchored ||
	    (p->kind == LEX_VERB && p->infinitive && p->matrix >= 0 &&
	     preds[p->matrix].kind == LEX_VERB &&
	     (clause_time_anchor(s, &preds[p->matrix]) || preds[p->matrix].anchored)) ||
	    (p->kind == LEX_NOUN && p->governor >= 0 && (preds[p->governor].vroles & V_LIGHT) &&
	     preds[p->governor].kind == LEX_VERB &&
	     (clause_time_anchor(s, &preds[p->governor]) || clause_since(s, &preds[p->governor]) ||
	      preds[p->governor].anchored)) ||
	    noun_in_anchor(s, preds, n, p))
		return not_coded(a, "an earlier event dating the news (\"a day after\"), not coded");
	if (dated_before(s, preds, n, p) ||
	    (p->kind == LEX_NOUN && p->governor >= 0 && (preds[p->governor].vroles & V_LIGHT) &&
	     preds[p->governor].kind == LEX_VERB && dated_before(s, preds, n, &preds[p->governor])))
		return not_coded(a, "a clause dated before the news, or on a phrase of one "
				 "that is, not coded");
	if (p->complement)
		return not_coded(a, "what a plan or effort is for, not an act");
	if (declined_content(s, p))
		return not_coded(a, "what a comment was declined on, not an act");
	if (hoped_content(s, p))
		return not_coded(a, "what is hoped for, not an act");
	if (unfounded_content(s, p))
		return not_coded(a, "what nothing signals, not an act");
	if (unpassed_resolution(s, p))
		return not_coded(a, "what a resolution that did not pass asks, not an act");
	if (p->reduced)
		return not_coded(a, "a participle describing the people before it, not an act");
	if (gerund_subject(s, p))
		return not_coded(a, "a gerund a modal's clause is about, not an act");
	/* "urged the junta to end the violence and hold talks with the
	 * opposition": the talks a light verb asked for are asked for too */
	if (p->requested || demanded_act(s, p) ||
	    /* "urged Washington to stop arming Taiwan" */
	    (p->matrix >= 0 && preds[p->matrix].requested) ||
	    (p->kind == LEX_NOUN && p->governor >= 0 && preds[p->governor].requested &&
	     (preds[p->governor].vroles & V_LIGHT) &&
	     direct_object(s, preds[p->governor].end, p->head, 0)) ||
	    /* "urged the government and the rebels to negotiate a
	     * ceasefire": the object of any verb another is urged to */
	    (p->kind == LEX_NOUN && p->governor >= 0 && urged_to(s, preds, &preds[p->governor]) &&
	     direct_object(s, preds[p->governor].end, p->head, 0)))
		return not_coded(a, "what another is urged or asked to do, not an act");
	if (p->kind == LEX_NOUN && (reaction_object(s, preds, p) || felt_object(s, p) || refused_by_passive(c->lex, s, preds, n, p) ||
				    refused_by_noun(c->lex, s, preds, n, p)))
		return not_coded(a, "the object of a reaction or request, not an event");
	if (topic_of_talks(s, p))
		return not_coded(a, "what talks or a deal are about, not an event");
	if (protested_object(s, p))
		return not_coded(a, "what a protest is against, not an event");
	if (p->inside)
		return not_coded(a, "part of a longer pattern");
	if (relative_background(s, preds, n, p, &a->rel_main)) {
		if (TRACING(c))
			coder_tracef(c, "  %s \"%.*s\": what a relative clause says its actor had done, "
				     "not coded", p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext);
		return 1;
	}
	a->r = p->r;
	if (p->chosen <= 0)
		return not_coded(a, "no pattern matches and no default code");
	if (passive_on_act(lex, s, p))
		return not_coded(a, "a passive whose subject is an act no pattern names: the "
				 "class default would misread it");
	/* "condemned the launch as barbaric": a rebuke of an act that names
	 * no party (a null pattern, lest "the attack on Israel" be aimed at
	 * Israel) answers the act coded before it, when there is one. */
	if (a->r.code == LEX_CODE_NULL && (a->r.code2 == LEX_NONE || a->r.code2 == LEX_CODE_NULL) &&
	    p->kind == LEX_VERB && a->r.pat &&
	    a->r.head && pattern_has_set(lex, a->r.pat, "EV_EVN") &&
	    lex->classes.v[a->r.head->cls].code != LEX_NONE &&
	    lex->classes.v[a->r.head->cls].code != LEX_CODE_NULL &&
	    !strncmp(lex_code_str(lex, lex->classes.v[a->r.head->cls].code), "11", 2) &&
	    p->subject >= 0 && s->ments[p->subject].code &&
	    prior_doers(e, s, p->head, s->ments[p->subject].code, a->doers, 1)) {
		a->r.code = lex->classes.v[a->r.head->cls].code;
		a->r.target = -1;
		a->rebuke_back = 1;
	} else if (a->r.code == LEX_CODE_NULL &&
		   (a->r.code2 == LEX_NONE || a->r.code2 == LEX_CODE_NULL) &&
		   p->kind == LEX_VERB && a->r.pat && a->r.head &&
		   pattern_has_set(lex, a->r.pat, "EV_EVN") && p->head < s->qclose &&
		   lex->classes.v[a->r.head->cls].code != LEX_NONE &&
		   lex->classes.v[a->r.head->cls].code != LEX_CODE_NULL &&
		   !strncmp(lex_code_str(lex, lex->classes.v[a->r.head->cls].code), "11", 2) &&
		   quote_about(s, p) >= 0) {
		/* '"We condemn this attack in the strongest terms," the
		 * French foreign ministry said of the Russian strike': the
		 * act the quote's rebuke names is the one its attribution
		 * speaks of, and aimed at its doer */
		a->r.code = lex->classes.v[a->r.head->cls].code;
		a->r.target = quote_about(s, p);
	}
	if ((a->r.code == LEX_CODE_NULL || a->r.code == LEX_NONE) &&
	    (a->r.code2 == LEX_CODE_NULL || a->r.code2 == LEX_NONE))
		return not_coded(a, "matched a null (---) pattern: not coded");
	/* A speech verb with a clause after it only reports; a light verb
	 * whose object is a trigger noun ("held talks") leaves the event to
	 * the noun. */
	if (p->has_complement && !a->r.pat) {
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": reports the clause after it", (int)a->hlen, a->htext);
		return 1;
	}
	if (p->consumed) {
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": its object noun carries the event", (int)a->hlen, a->htext);
		return 1;
	}
	/* "threatened to cut off all aid to Colombia", "vowed to punish
	 * those responsible": what a threat threatens is coded in the
	 * threat's own code (1311, 130), not as an act. */
	if (p->infinitive && p->matrix >= 0 && pred_code(lex, &preds[p->matrix]) &&
	    !strncmp(pred_code(lex, &preds[p->matrix]), "13", 2))
		return not_coded(a, "what a threat threatens, coded with the threat");
	if (barred_from(s, p))
		return not_coded(a, "what one is barred from doing, not an act");
	if (ultimatum_content(lex, preds, n, p))
		return not_coded(a, "what an ultimatum demands, coded with the ultimatum");
	if (vetoed_draft_content(lex, s, preds, n, p))
		return not_coded(a, "what a vetoed draft would have said or done, not an act");
	/* "refused to ratify the treaty", "declined to attend": what a
	 * refusal refuses is coded in the refusal's code (12x), not as an
	 * act done. */
	if ((p->infinitive && p->matrix >= 0 && pred_code(lex, &preds[p->matrix]) &&
	     !strncmp(pred_code(lex, &preds[p->matrix]), "12", 2)) ||
	    refusal_before(lex, s, preds, n, p) >= 0)
		return not_coded(a, "what a refusal refuses, coded with the refusal");
	/* "used their vetoes to block sanctions on Syria", "blocked the
	 * bloc's sanctions": the noun a refusal, or the infinitive a refusal
	 * governs, takes as its object is refused, not done */
	if (p->kind == LEX_NOUN && p->governor >= 0 && refused_object(lex, preds, p))
		return not_coded(a, "what a refusal refuses, coded with the refusal");
	/* The protest's code says what it demands (1411, 1451). */
	if (protest_of(lex, s, preds, p) >= 0)
		return not_coded(a, "what a protest demands, coded with the protest");

	return 0;
}

/* "is considering whether to scrap its pact with Japan", "is weighing
 * sending troops to Ukraine", "is looking at proscribing the Revolutionary
 * Guards", "is debating whether to curb exports to China": an act a verb
 * of weighing governs is a policy option weighed (014) toward the act's
 * target, not the act.  Returns the weighing verb's token, or -1.  Only
 * "whether", "to", "options", "ways" and a few adverbs may stand between
 * ("would consider seriously sending", "is exploring options to
 * punish"); "considered the strike a provocation" names no act weighed. */
static long weighed_by(const struct sent *s, const struct pred *p)
{
	static const char *const weigh[] = {
		"consider", "weigh", "mull", "contemplate", "ponder", "study", "review",
		"examine", "debate", "explore", "assess", "reconsider", NULL };
	static const char *const between[] = {
		"whether", "to", "possibly", "also", "seriously", "now", "again", "options",
		"ways", NULL };
	static const char *const looking[] = { "look", "looks", "looked", "looking", NULL };
	static const char *const thinking[] = { "think", "thinks", "thought", "thinking", NULL };
	size_t j, k;

	if (p->kind != LEX_VERB || p->passive || p->group == 0)
		return -1;
	/* (a gerund or an infinitive only: "said it weighed the costs and
	 * sent troops" weighs nothing the verb does) */
	if (!head_ends_ing(s, p->head) && !head_is(s, p->group, "to") &&
	    !(p->group > 0 && head_is(s, p->group - 1, "to")))
		return -1;
	for (j = p->group, k = 0; j-- > 0 && k < 4; k++) {
		if (word_is_any(s, j, between))
			continue;
		if (s->toks[j].flags & TOK_PUNCT)
			return -1;
		for (size_t w = 0; weigh[w]; w++)
			if (head_is(s, j, weigh[w]))
				return (long)j;
		/* "looking at proscribing", "mulling over sending", "thinking
		 * about recognising" */
		if (j > 0 && (head_is(s, j, "at") || head_is(s, j, "over") || head_is(s, j, "about")) &&
		    (word_is_any(s, j - 1, looking) || head_is(s, j - 1, "mull") ||
		     word_is_any(s, j - 1, thinking)))
			return (long)j - 1;
		return -1;
	}
	return -1;
}

/* "a swap brokered by Saudi Arabia", "a truce mediated by Egypt": the
 * agent after a go-between's participle is a third party, not the
 * noun's own doer.  Whether the "by" at token `by` after noun p is
 * such. */
/* The agent of "was carried out by X", "have been committed by X",
 * "were perpetrated by X" that follows the noun at P in its own clause,
 * with nothing but the noun's "of" phrase and place between ("The
 * killings of civilians on Yablunska Street in Bucha were carried out by
 * soldiers"): X's mention, or -1. */
static int32_t perpetrated_by(const struct sent *s, const struct pred *p)
{
	static const char *const be[] = { "was", "were", "been", "is", "are", NULL };
	static const char *const done[] = { "committed", "perpetrated", "conducted", NULL };
	size_t k, j;

	for (k = p->end + 1; k + 2 < s->n && k < p->end + 16u; k++) {
		if (is_punct(s, k, ',') || clause_break(s, k))
			return -1;
		if (!word_is_any(s, k, be))
			continue;
		j = k + 1;
		if (word_is_any(s, j, done))
			j++;
		else if (head_is(s, j, "carried") && j + 1 < s->n && head_is(s, j + 1, "out"))
			j += 2;
		else
			return -1;
		if (j + 1 >= s->n || !(s->info[j].roles & R_BY))
			return -1;
		for (j++; j + 1 < s->n && (s->info[j].roles & R_DET) && s->info[j].mention < 0; j++)
			;
		if (s->info[j].mention >= 0) {
			/* "by soldiers of a Russian airborne regiment": the
			 * unit's state, not the place's */
			const struct mention *m = &s->ments[s->info[j].mention];
			size_t q = m->tok + m->n_tok;
			if (q + 1 < s->n && head_is(s, q, "of")) {
				for (q++; q + 1 < s->n && (s->info[q].roles & R_DET) &&
					  s->info[q].mention < 0; q++)
					;
				if (s->info[q].mention >= 0 && s->ments[s->info[q].mention].code &&
				    strlen(s->ments[s->info[q].mention].code) > 3)
					return s->info[q].mention;
			}
		}
		return s->info[j].mention;
	}
	return -1;
}

static int third_party_by(const struct sent *s, const struct pred *p, size_t by)
{
	static const char *const between[] = { "brokered", "mediated", "facilitated", "arranged",
					       "negotiated", NULL };

	return by > p->end + 1 && s->info[by - 1].mention < 0 && word_is_any(s, by - 1, between);
}

/* The source: the pattern's '$', else the subject (the agent of a
 * passive), else for a noun its possessor, "by X", a pair, or the
 * subject of the verb it is the object of; the maker of a bomb; the
 * attacker behind a relative clause. */
/* The subject of the main clause after the opening phrase "During a
 * visit to ...," or "In a call with ...," that holds noun P, or -1. */
static int32_t fronted_occasion(const struct sent *s, const struct pred *preds, size_t n,
				const struct pred *p)
{
	static const char *const occasions[] = { "during", "on", "in", "at", NULL };
	size_t comma, k;

	if (s->n < 4 || !word_is_any(s, 0, occasions))
		return -1;
	for (comma = 1; comma < p->head; comma++)
		if (clause_break(s, comma))
			return -1;
	for (comma = p->head + 1; comma < s->n && !is_punct(s, comma, ','); comma++)
		if (clause_break(s, comma) || s->info[comma].verb)
			return -1;
	for (k = 0; k < n; k++) {
		const struct pred *v = &preds[k];
		int32_t who;
		if (v->kind != LEX_VERB || v->head <= comma)
			continue;
		who = v->passive ? v->by_agent : v->subject;
		return who >= 0 && s->ments[who].tok > comma ? who : -1;
	}
	return -1;
}

/* "Modi, on a state visit to Moscow, met Putin", "Wang, during a
 * trip to Brussels, said": an occasion in an aside between commas right
 * after the actor that opens the sentence is that actor's.  The actor,
 * or -1. */
static int32_t aside_occasion(const struct sent *s, const struct pred *p)
{
	/* ("Erdogan, in a phone call with Putin on Friday, urged") */
	static const char *const occasions[] = { "during", "on", "in", NULL };
	const struct mention *m;
	size_t comma, k;

	for (comma = p->head; comma-- > 0 && !is_punct(s, comma, ',');)
		if (clause_break(s, comma) || s->info[comma].verb)
			return -1;
	if (comma == (size_t)-1 || comma < 1 || comma + 1 >= p->head ||
	    !word_is_any(s, comma + 1, occasions) || s->info[comma - 1].mention < 0)
		return -1;
	for (k = p->head + 1; k < s->n && !is_punct(s, k, ','); k++)
		if (clause_break(s, k) || s->info[k].verb)
			return -1;
	m = &s->ments[s->info[comma - 1].mention];
	if (k >= s->n || m->tok + m->n_tok != comma || m->after_prep)
		return -1;
	for (k = m->tok; k > 0 && (s->info[k - 1].roles & R_DET) && s->info[k - 1].mention < 0; k--)
		;
	return opens_clause(s, k) ? s->info[comma - 1].mention : -1;
}

/* "Ottawa answered with duties on American goods", "China responded
 * with tariffs on U.S. farm goods", "Moscow hit back with a wave of drone
 * strikes on Kyiv": an act named after "with" that follows a verb of
 * answering is the answer of that verb's subject.  The subject (the
 * actor right before the verb), or -1. */
static int32_t answer_with(const struct sent *s, const struct pred *p)
{
	static const char *const with[] = { "with", NULL };
	static const char *const of[] = { "of", NULL };
	static const char *const answers[] = { "answered", "responded", "retaliated", "replied",
					       "reacted", "countered", NULL };
	static const char *const backs[] = { "back", NULL };
	static const char *const hits[] = { "hit", "struck", "fought", NULL };
	long j = (long)p->head - 1, v;
	const struct mention *m;

	/* back over the noun's modifiers and "a wave of", "a barrage of" */
	while (j >= 0 && s->info[j].mention < 0 && !word_is_any(s, (size_t)j, with) &&
	       ((s->info[j].roles & R_DET) || is_modifier(s, (size_t)j) || word_is_any(s, (size_t)j, of) ||
		(j + 1 < (long)s->n && word_is_any(s, (size_t)j + 1, of))) &&
	       (long)p->head - j < 7)
		j--;
	if (j < 2 || !word_is_any(s, (size_t)j, with))
		return -1;
	v = j - 1;
	if (word_is_any(s, (size_t)v, backs) && v >= 2 && word_is_any(s, (size_t)v - 1, hits))
		v--;
	else if (!word_is_any(s, (size_t)v, answers))
		return -1;
	if (v < 1 || s->info[v - 1].mention < 0)
		return -1;
	m = &s->ments[s->info[v - 1].mention];
	if (m->after_prep || m->tok + m->n_tok != (size_t)v)
		return -1;
	return s->info[v - 1].mention;
}

/* "signed a decree on Saturday imposing sanctions on Turkey", "passed a
 * bill granting aid": the source of noun p, the object of a gerund
 * on a document noun, is who made the document: the subject of the verb
 * whose object that noun is; -1 when p is no such object. */
static int32_t document_signer(const struct sent *s, const struct pred *preds, size_t n,
			       const struct pred *p)
{
	static const char *const documents[] = {
		"decree", "decrees", "order", "orders", "law", "laws", "bill", "bills",
		"resolution", "resolutions", "directive", "directives", "measure", "measures",
		"ordinance", "regulation", "regulations", "edict", "proclamation", NULL };
	/* gerunds that enact their object ("banning arms exports" does
	 * the opposite) */
	static const char *const enacting[] = {
		"imposing", "providing", "granting", "extending", "allocating", "sending",
		"deploying", "establishing", "introducing", "levying", "authorizing",
		"authorising", NULL };
	long j = (long)p->head - 1, d;
	size_t k;

	while (j >= 0 && s->info[j].mention < 0 && (s->info[j].roles & R_DET || is_modifier(s, (size_t)j)) &&
	       !head_ends_ing(s, (size_t)j))
		j--;
	if (j < 1 || s->info[j].mention >= 0 || !word_is_any(s, (size_t)j, enacting))
		return -1;
	/* past a date between the noun and its gerund: "on Saturday" */
	d = j - 1;
	if (d >= 1 && weekday(s, (size_t)d) && head_is(s, (size_t)d - 1, "on"))
		d -= 2;
	if (d < 1 || !word_is_any(s, (size_t)d, documents))
		return -1;
	for (j = d - 1; j >= 0 && (s->info[j].roles & R_DET || is_modifier(s, (size_t)j)) &&
	     s->info[j].mention < 0 && !s->info[j].verb; j--)
		;
	for (k = 0; j >= 0 && k < n; k++)
		if (preds[k].kind == LEX_VERB && preds[k].head <= (size_t)j && (size_t)j <= preds[k].end)
			return preds[k].passive ? preds[k].by_agent : preds[k].subject;
	return -1;
}

/* "The General Assembly approved a resolution that demanded Russia
 * withdraw", "passed a resolution that calls on the Houthis to stop",
 * "backed a resolution demanding that Israel end its occupation": what
 * an adopted text demands, urges or condemns, in a relative clause or a
 * participle after it, is the act of the body that adopted it, the
 * subject of the verb whose object the text is.  Light verbs (adopt,
 * pass, approve) adopt for anyone; backing, endorsing or supporting a
 * text does so for a body (IGO...) only, as a state that backs a draft
 * only votes for it.  -1 when p is no such verb. */
static int32_t text_adopter(const struct sent *s, const struct pred *preds, size_t n,
			    const struct pred *p)
{
	static const char *const texts[] = { "resolution", "resolutions", "text", "texts",
					     "declaration", "motion", NULL };
	static const char *const rel[] = { "that", "which", NULL };
	static const char *const backing[] = { "back", "backed", "backs", "backing", "endorse",
					       "endorsed", "endorses", "endorsing", "support",
					       "supported", "supports", "supporting", NULL };
	long j = (long)p->head - 1;
	size_t q;
	int32_t subj;

	/* (the verb group's own words: "that has demanded") */
	while (j >= 0 && (size_t)j >= p->group && (size_t)j < p->head)
		j--;
	if (j >= 0 && word_is_any(s, (size_t)j, rel))
		j--;
	else if (!head_ends_ing(s, p->head))
		return -1;
	if (j >= 2 && weekday(s, (size_t)j) && head_is(s, (size_t)j - 1, "on"))
		j -= 2;
	if (j < 1 || !word_is_any(s, (size_t)j, texts))
		return -1;
	/* (past its sponsor and modifiers: "a Ukrainian and European
	 * resolution", "a U.S.-drafted text") */
	for (j--; j >= 0 && !s->info[j].verb &&
	     ((s->info[j].roles & (R_DET | R_CONJ | R_POSS)) || is_modifier(s, (size_t)j) ||
	      s->info[j].mention >= 0); j--)
		;
	if (j < 0)
		return -1;
	for (q = 0; q < n; q++) {
		const struct pred *g = &preds[q];
		if (g == p || g->kind != LEX_VERB || g->passive || g->head > (size_t)j ||
		    (size_t)j > g->end)
			continue;
		subj = g->subject;
		if (subj < 0 || !s->ments[subj].code)
			return -1;
		if (g->vroles & V_LIGHT)
			return subj;
		if (word_is_any(s, g->head, backing) && !strncmp(s->ments[subj].code, "IGO", 3))
			return subj;
		return -1;
	}
	return -1;
}

/* The force that opens a "when" or "as" clause right after passive p
 * (past its adverbials), of another state than victim's; -1 when none. */
static int32_t when_force(const struct sent *s, const struct pred *p, const struct mention *victim)
{
	static const char *const when[] = { "when", "as", NULL };
	size_t j;
	int32_t m;

	for (j = p->end + 1; j < s->n && j < p->end + 12; j++) {
		if (is_punct(s, j, ',') || is_punct(s, j, ';') || s->info[j].verb)
			return -1;
		if (word_is_any(s, j, when))
			break;
	}
	if (j + 1 >= s->n || j >= p->end + 12 || !second_clause_at(s, j + 1))
		return -1;
	for (j++; s->info[j].mention < 0; j++)
		;
	m = s->info[j].mention;
	/* (a gunman of no known state is left to the rules for
	 * attempts: "was wounded when a gunman opened fire") */
	return s->ments[m].code && victim->code && can_use_force(s->ments[m].code) &&
	       strncmp(s->ments[m].code, "---", 3) &&
	       strncmp(s->ments[m].code, victim->code, 3) ? m : -1;
}

/* The attacker of a passive with no agent told in the strike it befell
 * in: "Kyiv was targeted in a Russian missile strike", "two civilians
 * were killed in a Russian drone attack on Kherson": the state or force
 * named right before the strike's noun after "in"; -1 when none. */
static int32_t in_strike_by(const struct sent *s, const struct pred *p)
{
	static const char *const in_w[] = { "in", "during", NULL };
	static const char *const strike_w[] = { "strike", "strikes", "airstrike", "airstrikes",
						"attack", "attacks", "raid", "raids", "shelling",
						"bombardment", "barrage", "bombing", NULL };
	size_t k = p->end + 1, j, last;
	int32_t m = -1;

	if (k < s->n && !word_is_any(s, k, in_w))
		k++;
	if (k >= s->n || !word_is_any(s, k, in_w))
		return -1;
	for (j = k + 1; j < s->n && j < k + 4 && s->info[j].mention < 0; j++)
		if (!(s->info[j].roles & R_DET) && !is_modifier(s, j))
			return -1;
	if (j >= s->n || (m = s->info[j].mention) < 0 || s->ments[m].person)
		return -1;
	last = s->ments[m].tok + s->ments[m].n_tok;
	/* the mention may hold the weapon ("Russian missile" strike) */
	for (j = last; j < s->n && j < last + 3; j++) {
		if (word_is_any(s, j, strike_w))
			return m;
		if (!is_modifier(s, j))
			break;
	}
	return -1;
}

/* The agent of a "claimed by X" participle after passive p in its
 * sentence ("were attacked by drones ..., in strikes claimed by the
 * Houthis"); -1 when none. */
static int32_t claimed_by(const struct sent *s, const struct pred *preds, size_t n,
			  const struct pred *p)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (preds[k].kind == LEX_VERB && preds[k].head > p->end && preds[k].passive &&
		    preds[k].by_agent >= 0 && head_is(s, preds[k].head, "claim"))
			return preds[k].by_agent;
	return -1;
}

/* The state a passive with no actor for a subject befalls: the one its
 * subject's phrase places it in, right before the verb ("Nine sites in
 * Pakistan were struck by Indian missiles"); -1 when none. */
static int32_t passive_place(const struct sent *s, const struct pred *p)
{
	long j = (long)p->group - 1;
	int32_t m;

	while (j >= 0 && s->info[j].mention < 0 && !clause_break(s, (size_t)j) &&
	       !(s->toks[j].flags & TOK_PUNCT) && !(s->info[j].roles & (R_SUB | R_CONJ)))
		j--;
	if (j < 0 || (m = s->info[j].mention) < 0)
		return -1;
	return s->ments[m].after_prep && (s->ments[m].prep_roles & R_LOC) && s->ments[m].country ?
	       m : -1;
}

/* "The eastern town of Avdiivka was captured by Russian forces", "the
 * city of Bakhmut has been seized": a passive whose subject is a kind
 * of place with its name after "of" befalls the place named; the
 * mention, or -1. */
static int32_t passive_place_of(const struct sent *s, const struct pred *p)
{
	static const char *const kinds[] = { "town", "city", "village", "port", "capital",
					     "region", "province", "enclave", "stronghold",
					     "district", "settlement", "hub", NULL };
	static const char *const of[] = { "of", NULL };
	long j = (long)p->group - 1;
	int32_t m;
	size_t at;

	if (j < 0 || (m = s->info[j].mention) < 0 || s->ments[m].kind != M_NAME ||
	    s->ments[m].person || !s->ments[m].country || !s->ments[m].code ||
	    strlen(s->ments[m].code) != 3)
		return -1;
	at = s->ments[m].tok;
	if (at < 2 || !word_is_any(s, at - 1, of) || !word_is_any(s, at - 2, kinds))
		return -1;
	return m;
}

/* '"I hereby declare martial law," Yoon said', '"... we will have no
 * choice but to totally destroy North Korea," Trump told the General
 * Assembly': a verb whose subject is a quoted "I" or "we" (match.c makes
 * them mentions of the one quoted) a few words before its group, past
 * words of no actor ("will have no choice but to"), is that speaker's
 * act.  The mention, or -1. */
static int32_t quoted_first_person(const struct sent *s, const struct pred *p)
{
	size_t j, k;

	if (p->kind != LEX_VERB || p->passive)
		return -1;
	for (j = p->group, k = 0; j > 0 && k < 8; k++) {
		j--;
		if (s->info[j].mention >= 0)
			return s->ments[s->info[j].mention].quoted ? s->info[j].mention : -1;
	}
	return -1;
}

/* Whether the hyphenated pair M before verb P heads a noun phrase whose
 * head is a bare word that is neither an actor nor a noun the
 * dictionaries code ("Sino-Japanese tensions over the release have
 * hit"): up to three bare words after the pair, none a noun predicate. */
static int pair_modifies_thing(const struct sent *s, const struct pred *preds, size_t n,
			       const struct mention *m, const struct pred *p)
{
	size_t j = m->tok + m->n_tok, k, words = 0;

	/* (the pair's other part may run further: "Thai-Cambodian forces") */
	for (k = 0; k < s->n_ments; k++)
		if (s->ments[k].pair && s->ments[k].tok == m->tok &&
		    s->ments[k].tok + s->ments[k].n_tok > j)
			j = s->ments[k].tok + s->ments[k].n_tok;
	/* ("U.S.-China trade talks got under way": a verb's form right
	 * after the pair, before a noun the dictionaries code, is that
	 * noun's modifier) */
	if (j == p->head && p->end + 1 < s->n)
		for (k = 0; k < n; k++)
			if (preds[k].kind == LEX_NOUN && preds[k].head == p->end + 1)
				return 1;
	for (; j < p->group && words < 3; j++, words++) {
		if (!(s->toks[j].flags & TOK_WORD) || s->info[j].mention >= 0 ||
		    (s->toks[j].flags & TOK_CAP) || s->info[j].roles)
			break;
		for (k = 0; k < n; k++)
			if (preds[k].kind == LEX_NOUN && preds[k].head == j)
				return 0;
	}
	return words > 0;
}

/* Words that count acts of force or talk ("a wave of strikes", "a new
 * round of talks"): the owner before them owns the acts. */
static const char *const act_counts[] = { "wave", "waves", "barrage", "barrages", "series",
					  "spate", "string", "round", "rounds", "salvo", "salvoes",
					  "salvos", "volley", "volleys", "flurry", NULL };

/* "Orban welcomed Netanyahu on Thursday in defiance of an ICC arrest
 * warrant", "Russia hosted Kim in violation of U.N. sanctions": a defiance
 * told in an adverbial "in defiance of" after a clause is its subject's,
 * not that of the object before it (the pattern's "$" takes the nearest
 * actor); the mention of the clause's verb subject that defies, or -1 */
static int32_t defier_subject(const struct act *a)
{
	static const char *const defied[] = { "defiance", "violation", "violations",
					      "breach", "contravention", NULL };
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	const struct mention *src;
	size_t j, k;

	if (p->kind != LEX_NOUN || a->r.source < 0 || !word_is_any(s, p->head, defied))
		return -1;
	/* ("in defiance", "in open defiance", "in flagrant violation") */
	for (j = p->head; j > 0 && p->head - j < 3; j--)
		if (head_is(s, j - 1, "in"))
			break;
	if (j == 0 || p->head - j >= 3)
		return -1;
	src = &s->ments[a->r.source];
	for (k = a->n; k-- > 0;) {
		const struct pred *v = &a->preds[k];
		if (v->kind != LEX_VERB || v->head >= src->tok)
			continue;
		if (v->passive || v->infinitive || v->subject < 0 || v->subject == a->r.source ||
		    s->ments[v->subject].tok >= v->head)
			return -1;
		/* (no comma or clause word between the verb and the noun) */
		for (j = v->head + 1; j < p->head; j++)
			if (is_punct(s, j, ',') || head_is(s, j, "as") || head_is(s, j, "after") ||
			    head_is(s, j, "when") || head_is(s, j, "which") || head_is(s, j, "who"))
				return -1;
		return v->subject;
	}
	return -1;
}

static int find_source(struct act *a)
{
	struct dyad_coder *c = a->e->c;
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *preds = a->preds;
	struct pred *p = a->p;
	size_t n = a->n;

	if (a->r.source >= 0) {
		int32_t defier = defier_subject(a);
		a->src = defier >= 0 ? defier : a->r.source;
	} else if (p->kind == LEX_VERB) {
		a->src = p->passive ? p->by_agent : p->subject;
		/* "U.S. and Canadian fighter jets were scrambled to intercept
		 * them": a show of force (15x) told in the passive with no
		 * agent, and aimed at an actor the pattern names, is the act
		 * of the state's forces it is told of. */
		if (a->src < 0 && p->passive && a->r.target >= 0 && p->subject >= 0 &&
		    a->r.code != LEX_NONE && a->r.code != LEX_CODE_NULL &&
		    !strncmp(lex_code_str(lex, a->r.code), "15", 2) &&
		    state_force(s->ments[p->subject].code))
			a->src = p->subject;
		/* "Kyiv was targeted in a Russian missile strike": in the
		 * strike a state's adjective names, before any "when" or "as" clause
		 * ("as Moscow launched ...") */
		if (a->src < 0 && p->passive && a->r.code != LEX_NONE &&
		    a->r.code != LEX_CODE_NULL && strcmp(lex_code_str(lex, a->r.code), "18") >= 0 &&
		    strncmp(lex_code_str(lex, a->r.code), "21", 2) < 0)
			a->src = in_strike_by(s, p);
		/* "Two Indian soldiers were killed when Pakistani troops
		 * opened fire": a use of force told in the passive with no
		 * agent is the act of the force whose "when" clause follows */
		if (a->src < 0 && p->passive && p->subject >= 0 && a->r.code != LEX_NONE &&
		    a->r.code != LEX_CODE_NULL && strcmp(lex_code_str(lex, a->r.code), "18") >= 0 &&
		    strncmp(lex_code_str(lex, a->r.code), "21", 2) < 0)
			a->src = when_force(s, p, &s->ments[p->subject]);
		/* "Two Saudi oil facilities were attacked by drones ..., in
		 * strikes claimed by the Houthis": a use of force told in the
		 * passive with no actor for its agent is the act of whoever
		 * claims it in the sentence */
		if (a->src < 0 && p->passive && a->r.code != LEX_NONE &&
		    a->r.code != LEX_CODE_NULL && strcmp(lex_code_str(lex, a->r.code), "18") >= 0 &&
		    strncmp(lex_code_str(lex, a->r.code), "21", 2) < 0)
			a->src = claimed_by(s, preds, n, p);
		/* "signed orders imposing tariffs", "issued orders to": a
		 * verb's form straight after another verb is that verb's
		 * object, a noun, and the act of that verb's subject. */
		/* ("signed an executive order on Monday dismantling most
		 * U.S. sanctions": past a date between the document and its
		 * gerund, as document_signer goes) */
		if (a->src < 0 && !p->passive && p->head > 0) {
			long j = (long)p->head - 1;
			size_t q;
			if (j >= 2 && weekday(s, (size_t)j) && head_is(s, (size_t)j - 1, "on") &&
			    head_ends_ing(s, p->head))
				j -= 2;
			while (j >= 0 && s->info[j].mention < 0 &&
			       ((s->info[j].roles & R_DET) || is_modifier(s, (size_t)j)))
				j--;
			for (q = 0; j >= 0 && q < n; q++)
				if (&preds[q] != p && preds[q].kind == LEX_VERB && !preds[q].passive &&
				    ((preds[q].vroles & (V_LIGHT | V_PLAN)) || head_is(s, preds[q].head, "sign") ||
				     head_is(s, preds[q].head, "issue")) &&
				    preds[q].head <= (size_t)j && (size_t)j <= preds[q].end) {
					a->src = preds[q].subject;
					break;
				}
		}
		if (a->src < 0 && !p->passive)
			a->src = text_adopter(s, preds, n, p);
		if (a->src < 0)
			a->src = quoted_first_person(s, p);
		if (a->src >= 0 && s->ments[a->src].quoted)
			a->quoted = 1;
		/* "Sino-Japanese tensions ... have hit Japanese exporters",
		 * "Indian-Pakistani rivalry hurt Afghan traders": a pair that
		 * modifies a word for no act and no actor is no subject (a
		 * pair's strikes, talks or forces are: "U.S.-Israeli strikes
		 * hit Iran") */
		if (a->src >= 0 && !p->passive && s->ments[a->src].pair &&
		    pair_modifies_thing(s, preds, n, &s->ments[a->src], p))
			a->src = -1;
	} else {
		/* Noun: possessor, "by X", a hyphenated pair, the governor's subject. */
		long j = (long)p->head - 1;
		/* ("Iran's drone and missile attack": past the weapons) */
		while (j >= 0 && s->info[j].mention < 0 &&
		       (is_modifier(s, (size_t)j) || weapon_pair_conj(s, (size_t)j)))
			j--;
		/* ("Moscow's biggest wave of missile strikes", "Tehran's
		 * barrage of missiles": past a word that counts the acts, to
		 * its owner) */
		/* (a name's only: "in its most intense wave of air strikes"
		 * leaves the strikes to the clause's subject) */
		if (j >= 1 && head_is(s, (size_t)j, "of") && s->info[j - 1].mention < 0 &&
		    word_is_any(s, (size_t)j - 1, act_counts)) {
			long k = j - 2;
			while (k >= 0 && s->info[k].mention < 0 && is_modifier(s, (size_t)k))
				k--;
			if (k >= 0 && !(s->info[k].roles & R_PRON))
				j = k;
		}
		if (j >= 0 && (s->info[j].roles & R_POSS) && s->info[j].mention < 0 && j > 0)
			j--;
		if (j >= 0 && s->info[j].mention >= 0) {
			const struct mention *m = &s->ments[s->info[j].mention];
			size_t after = m->tok + m->n_tok;
			int poss = (after < s->n && (s->info[after].roles & R_POSS)) ||
				   (s->info[j].roles & R_POSS);
			int pair = m->pair;
			if (poss)
				a->src = s->info[j].mention;
			else if (!pair && !m->after_prep && attack_subject(s, preds, n, p, m, &a->r, lex))
				a->src = s->info[j].mention;
			else if (!pair && !force_code(lex, &a->r) && state_before_subject(s, p, m))
				a->src = s->info[j].mention;
			else if (pair) {
				const struct mention *mm[2];
				if (group_members(s, s->info[j].mention, mm, 2) == 2 &&
				    mm[0]->tok == mm[1]->tok) {
					a->src = (int32_t)(mm[0] - s->ments);
					if (a->r.target < 0)
						a->r.target = (int32_t)(mm[1] - s->ments);
				}
			}
		}
		if (a->src < 0) {
			size_t k;
			for (k = p->end + 1; k + 1 < s->n && k < p->end + 4u && a->src < 0; k++)
				if ((s->info[k].roles & R_BY) && !third_party_by(s, p, k)) {
					size_t a2 = k + 1;
					/* "by a South Korean leader" */
					while (a2 + 1 < s->n && (s->info[a2].roles & R_DET) &&
					       s->info[a2].mention < 0)
						a2++;
					if (s->info[a2].mention >= 0)
						a->src = s->info[a2].mention;
				}
		}
		/* "The killings of civilians in Bucha were carried out by
		 * soldiers of a Russian regiment", "acts of genocide have been
		 * committed by Israel": a violent act the clause's subject
		 * names, done by the agent of its passive "carried out",
		 * "committed" or "perpetrated" */
		if (a->src < 0 && a->r.code != LEX_NONE && a->r.code != LEX_CODE_NULL) {
			const char *nc = lex_code_str(lex, a->r.code);
			if (!strncmp(nc, "18", 2) || !strncmp(nc, "19", 2) || !strncmp(nc, "20", 2))
				a->src = perpetrated_by(s, p);
		}
		/* "travelled to Moscow for talks with Putin", "in a phone call
		 * with", "at talks in Doha": a meeting named as the purpose or
		 * occasion of the clause's act is its subject's. */
		/* (so is a show of force the act is staged as: "fired a
		 * missile in a show of force against the United States"; not
		 * drills others take part in) */
		static const char *const shows[] = { "show", "display", "demonstration", NULL };
		/* (and a rebuke to a party it is made as: "in a rebuke to
		 * Moscow"; "in a rare rebuke over the military's failure"
		 * names no party rebuked) */
		static const char *const rebukes[] = { "rebuke", "reprimand", NULL };
		if (a->src < 0 && p->governor >= 0 && a->r.code != LEX_NONE && a->r.code != LEX_CODE_NULL &&
		    (!strncmp(lex_code_str(lex, a->r.code), "04", 2) ||
		     (!strcmp(lex_code_str(lex, a->r.code), "150") && word_is_any(s, p->head, shows)) ||
		     (!strcmp(lex_code_str(lex, a->r.code), "111") && word_is_any(s, p->head, rebukes) &&
		      p->end + 1 < s->n && head_is(s, p->end + 1, "to")))) {
			size_t plen;
			const char *prep = occasion_prep(s, p->head, &plen);
			static const char *const occ[] = { "for", "in", "at", "during", "on" };
			size_t k;
			for (k = 0; prep && k < sizeof(occ) / sizeof(occ[0]); k++)
				if (plen == strlen(occ[k]) && !strncasecmp(prep, occ[k], plen)) {
					const struct pred *g = &preds[p->governor];
					/* "pledged aid to Ukraine during a visit to
					 * Kyiv": a word read as a verb inside the
					 * pattern of the verb before it has no subject
					 * of its own; the occasion is that verb's */
					int32_t gi = p->governor;
					while (g->subject < 0 && !g->passive && g->inside && gi > 0) {
						int32_t k2 = gi;
						while (--k2 >= 0 && preds[k2].kind != LEX_VERB)
							;
						if (k2 < 0)
							break;
						gi = k2;
						g = &preds[gi];
					}
					a->src = g->passive ? g->by_agent : g->subject;
					break;
				}
		}
		/* "thanked Americans while on a visit to Washington", "met
		 * Meloni when on a trip to Rome": an occasion after "while" or
		 * "when" (which cut the noun off from the verb before it) is
		 * that verb's subject's */
		if (a->src < 0 && p->governor < 0 && p->kind == LEX_NOUN && a->r.code != LEX_NONE &&
		    a->r.code != LEX_CODE_NULL && !strncmp(lex_code_str(lex, a->r.code), "04", 2)) {
			size_t plen, at;
			const char *prep = noun_prep(s, p->head, &plen);
			for (at = p->head; at > 0 && !(s->info[at].roles & R_PREP); at--)
				;
			if (prep && at >= 2 && ((plen == 2 && !strncasecmp(prep, "on", 2)) ||
						(plen == 6 && !strncasecmp(prep, "during", 6))) &&
			    (head_is(s, at - 1, "while") || head_is(s, at - 1, "when"))) {
				size_t k;
				for (k = n; k-- > 0;) {
					const struct pred *g = &preds[k];
					if (g->kind != LEX_VERB || g->head >= at || g->subject < 0 ||
					    g->passive || clause_subordinate(s, g))
						continue;
					a->src = g->subject;
					break;
				}
			}
		}
		/* "agreed to a ceasefire after six hours of talks": the deal's
		 * subject (deal_talks_subject()) */
		if (a->src < 0 && p->governor < 0 && p->kind == LEX_NOUN && a->r.code != LEX_NONE &&
		    a->r.code != LEX_CODE_NULL && !strncmp(lex_code_str(lex, a->r.code), "04", 2))
			a->src = deal_talks_subject(s, preds, n, p);
		/* "docked in Busan on Tuesday, the first such visit since the
		 * 1980s, in a show of deterrence against North Korea", "arrived
		 * ..., in a warning to Pyongyang": a show of force or a warning
		 * the clause's act is made as, past an aside between commas, is
		 * the subject's of the nearest verb before it */
		if (a->src < 0 && a->r.code != LEX_NONE && a->r.code != LEX_CODE_NULL &&
		    posture_occasion(s, lex, a->r.code, p))
			a->src = posture_occasion_subject(s, preds, n, p);
		/* "held talks with", "imposed sanctions on", "plans a visit
		 * to": the noun is the object of a light or planning verb,
		 * whose subject acts.  After any other verb, or behind a
		 * preposition ("condolences over the attack on"), the noun
		 * names someone else's act. */
		if (a->src < 0 && p->governor >= 0 &&
		    (((preds[p->governor].vroles & (V_LIGHT | V_PLAN | V_SPEC)) &&
		      direct_object(s, preds[p->governor].end, p->head,
				    (preds[p->governor].vroles & V_PLAN) != 0)) ||
		     enacted_object(s, preds, p))) {
			struct pred *g = &preds[p->governor];
			a->src = g->passive ? g->by_agent : g->subject;
			g->consumed = 1;
		}
		/* "denied any involvement in the attack on India": the act a
		 * denial's null pattern names is the denier's, negated */
		if (a->src < 0 && p->governor >= 0 && (preds[p->governor].vroles & V_DENY) &&
		    preds[p->governor].r.pat && preds[p->governor].r.code == LEX_CODE_NULL &&
		    p->head <= preds[p->governor].r.last) {
			const struct pred *g = &preds[p->governor];
			a->src = g->passive ? g->by_agent : g->subject;
		}
		/* "signed a decree on Saturday imposing economic sanctions on
		 * Turkey", "passed a bill providing aid to Ukraine": what a
		 * document does, its signer does */
		if (a->src < 0)
			a->src = document_signer(s, preds, n, p);
		if (a->src < 0)
			a->src = answer_with(s, p);
		/* "pressed its offensive": the noun whose possessor acts is
		 * the verb's event all the same */
		if (p->governor >= 0 && enacted_object(s, preds, p))
			preds[p->governor].consumed = 1;
		/* "During a visit to Tokyo, Rubio met Ishiba", "In a phone
		 * call with Putin, Erdogan offered": a meeting in a phrase
		 * that opens the sentence is the occasion of its main
		 * clause, and that clause's subject's. */
		if (a->src < 0 && p->governor < 0)
			a->src = fronted_occasion(s, preds, n, p);
		if (a->src < 0 && p->governor < 0)
			a->src = aside_occasion(s, p);
		/* "Biden said Putin was responsible for Navalny's death",
		 * "Kyiv said Moscow was behind the strike": blame laid in
		 * reported speech or belief is its speaker's accusation
		 * (tests/dev/README.md), aimed at the one it names. */
		if (a->src < 0 && p->reporter >= 0 && a->r.target >= 0 && a->r.target != p->reporter &&
		    a->r.code != LEX_NONE && a->r.code != LEX_CODE_NULL &&
		    !strncmp(lex_code_str(lex, a->r.code), "112", 3) &&
		    (head_is(s, p->head, "responsible") || head_is(s, p->head, "behind")))
			a->src = p->reporter;
	}
	/* "North Korea will pay a price if it supplies weapons to
	 * Russia, Seoul said", "Russia would face sanctions if it
	 * attacked, Starmer said": a penalty a pattern promises the
	 * clause's own subject is the speaker's threat (13x,
	 * tests/dev/README.md), when the speaker is of another state */
	if ((a->src < 0 || a->src == a->r.target) && p->reporter >= 0 && a->r.target >= 0 &&
	    a->r.target != p->reporter && a->r.code != LEX_NONE &&
	    a->r.code != LEX_CODE_NULL &&
	    !strncmp(lex_code_str(lex, a->r.code), "13", 2) && p->subject == a->r.target &&
	    s->ments[p->reporter].code && s->ments[a->r.target].code &&
	    strncmp(s->ments[p->reporter].code, s->ments[a->r.target].code, 3))
		a->src = p->reporter;
	/* "A roadside bomb planted by Baloch separatists killed": the agent
	 * of a participle in the subject's phrase made the thing that acts;
	 * a roadside or car bomb is such a bombing (1833, 1832). */
	if (p->kind == LEX_VERB && !p->passive && a->src < 0 && a->r.source < 0 && p->group >= 4 &&
	    s->info[p->group - 1].mention >= 0) {
		const struct mention *m = &s->ments[s->info[p->group - 1].mention];
		long by = (long)m->tok - 1, v;
		while (by >= 0 && (s->info[by].roles & R_DET) && !(s->info[by].roles & R_POSS))
			by--;
		v = by - 1;
		if (v >= 0 && !past_form(s, (size_t)v) && v > 0 && past_form(s, (size_t)v - 1))
			v--;            /* "carried out by" */
		if (by > 1 && (s->info[by].roles & R_BY) && past_form(s, (size_t)v) && v > 0 &&
		    s->info[v - 1].mention < 0 && (s->toks[v - 1].flags & TOK_WORD) &&
		    !s->info[v - 1].roles && clause_subject_left(s, preds, n, (size_t)v) < 0) {
			long k;
			a->src = s->info[p->group - 1].mention;
			for (k = v - 1; k >= 0 && k + 4 > v; k--) {
				size_t bl;
				const char *bt = tok_text(s, (size_t)k, &bl);
				if (bl == 8 && !strncasecmp(bt, "roadside", 8))
					a->bombing = "1833";
				else if (bl == 3 && !strncasecmp(bt, "car", 3))
					a->bombing = "1832";
			}
		}
	}
	/* "a Russian missile strike that killed 40 people": the relative
	 * clause's act is the attacker's, and the attack's code, when the noun
	 * gives one of force, is the more telling. */
	if (p->kind == LEX_VERB && a->r.source < 0 &&
	    (a->rel_noun = relative_attack(s, preds, n, p, &a->rel_tok)) < 0 && a->rel_tok >= 0) {
		/* "was behind the bomb that killed": no trigger, but an
		 * attacker all the same */
		int32_t who = attack_actor(s, preds, n, (size_t)a->rel_tok);
		if (who >= 0)
			a->src = who;
	} else if (a->rel_noun >= 0) {
		struct pred *np = &preds[a->rel_noun];
		int32_t who = attack_actor(s, preds, n, np->head);
		if (who >= 0)
			a->src = who;
		if (np->chosen < 0)
			np->chosen = (int8_t)pat_choose(c, s, np, &np->r);
		if (np->chosen == 1 && np->r.code != LEX_NONE && np->r.code != LEX_CODE_NULL) {
			const char *nc = lex_code_str(lex, np->r.code);
			if (!strncmp(nc, "18", 2) || !strncmp(nc, "19", 2) || !strncmp(nc, "20", 2))
				a->r.code = np->r.code;
		}
	}
	/* "twin suicide bombings that killed nearly 90 people", "a car
	 * bomb that killed 21": the kind of bomb the antecedent names */
	if (a->rel_tok >= 2 && !a->bombing) {
		static const char *const kinds[] = { "suicide", "car", "truck", "roadside", NULL };
		long k;
		for (k = a->rel_tok - 1; k >= 0 && k + 3 > a->rel_tok; k--)
			if (word_is_any(s, (size_t)k, kinds)) {
				size_t kl;
				const char *kt = tok_text(s, (size_t)k, &kl);
				a->bombing = kt[0] == 's' || kt[0] == 'S' ? "1831" :
					  kt[0] == 'r' || kt[0] == 'R' ? "1833" : "1832";
				break;
			}
	}
	/* '"The Zionist regime will receive a harsh punishment," Khamenei
	 * said', '"I think he is a war criminal," Biden said of Putin': a
	 * rebuke, accusation, threat or demand a pattern aims at the
	 * clause's own subject, with no source of its own, is the speaker's
	 * (the pattern names no "$"; what the speaker says others did keeps
	 * its own actors) */
	/* (with no source found at all, inside a quote that opens the
	 * sentence, or a passive subject's ("Israel will be punished,
	 * Khamenei said"), only: elsewhere a noun's owner may lie out of
	 * reach) */
	if (a->r.source < 0 && a->r.target >= 0 &&
	    (a->src == a->r.target ||
	     (a->src < 0 && (p->head < s->qclose || (p->passive && p->subject == a->r.target)))) &&
	    p->reporter >= 0 && p->reporter != a->r.target && a->r.code != LEX_NONE &&
	    a->r.code != LEX_CODE_NULL) {
		const char *rc = lex_code_str(lex, a->r.code);
		if (!strncmp(rc, "10", 2) || !strncmp(rc, "11", 2) || !strncmp(rc, "12", 2) ||
		    !strncmp(rc, "13", 2))
			a->src = p->reporter;
	}
	/* '"This is a grave provocation," Seoul said after North Korea fired
	 * a missile': a rebuke with no party at all in a quote that opens
	 * the sentence is the speaker's, at the one the attribution speaks
	 * of */
	if (a->r.source < 0 && a->r.target < 0 && a->src < 0 && p->reporter >= 0 &&
	    a->r.code != LEX_NONE && a->r.code != LEX_CODE_NULL &&
	    !strncmp(lex_code_str(lex, a->r.code), "11", 2) && quote_about(s, p) >= 0) {
		a->r.target = quote_about(s, p);
		a->src = p->reporter;
	}
	return 0;
}

/* 1 when p, now that its source is known, is no act: what help is sent
 * for, a relative clause on a background event, what a denial or an
 * accusation names. */
static int not_an_act_after(struct act *a)
{
	struct dyad_coder *c = a->e->c;
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *preds = a->preds;
	struct pred *p = a->p;
	size_t n = a->n;

	/* the pattern's code is final from here on */
	a->rc = a->r.code != LEX_NONE && a->r.code != LEX_CODE_NULL ?
		lex_code_str(lex, a->r.code) : NULL;
	if (helped_purpose(s, p))
		return not_coded(a, "what help is sent for, not an act yet");
	/* "in retaliation for the drone attack that killed three soldiers",
	 * "after a strike that killed": a relative clause on a background
	 * noun is background too */
	if (a->rel_tok >= 0 && clause_background(s, (size_t)a->rel_tok)) {
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": a relative clause on a background event, "
				     "not coded", (int)a->hlen, a->htext);
		return 1;
	}
	if ((a->rel_tok >= 0 && accused_act(lex, s, preds, n, (size_t)a->rel_tok)) ||
	    denied_description(lex, s, preds, p))
		return not_coded(a, "what a denial or accusation names, not an act of its own");
	return 0;
}

/* "shot down 30 drones launched by Russia", "intercepted missiles fired
 * by the Houthis": the weapons a use of force strikes at are named by
 * a participle and "by" after them; who launched them is the target.
 * The mention after that "by" within the clause from `from`, or -1. */
static int32_t weapon_owner(const struct sent *s, size_t from, uint32_t avoid)
{
	static const char *const launched[] = { "launched", "fired", "sent", "flown", "dropped",
						"shot", NULL };
	size_t j, t;

	for (j = from; j + 1 < s->n && j < from + 8; j++) {
		if (clause_break(s, j) || is_punct(s, j, ',') || s->info[j].mention >= 0)
			return -1;
		if (!(s->info[j].roles & R_BY) || j < from + 2 || !word_is_any(s, j - 1, launched) ||
		    s->info[j - 2].mention >= 0 ||
		    !(s->toks[j - 2].flags & TOK_WORD) || s->info[j - 2].roles)
			continue;
		for (t = j + 1; t < s->n && (s->info[t].roles & R_DET) && s->info[t].mention < 0; t++)
			;
		if (t < s->n && s->info[t].mention >= 0 && s->ments[s->info[t].mention].group != avoid)
			return s->info[t].mention;
		return -1;
	}
	return -1;
}

/* "Iran fired 180 missiles at Israel, and most of them were
 * intercepted by Israel and its allies": a passive whose subject is
 * "them" after "of" and a share ("most of them", "all of them") stands
 * for weapons named before it, not for the last state named; what befell
 * them befell who fired them, the subject of the clause naming the
 * weapons.  The mention, or -1. */
static const char *const launched_arms[] = { "missiles", "drones", "rockets", "projectiles",
					     "shells", "munitions", "warheads", NULL };

static int32_t passive_weapons_owner(const struct sent *s, const struct pred *p)
{
	static const char *const them[] = { "them", NULL };
	static const char *const of[] = { "of", NULL };
	static const char *const *const arms = launched_arms;
	const struct mention *pm;
	size_t j, at;
	long k;

	if (p->kind != LEX_VERB || !p->passive || p->group == 0 || s->info[p->group - 1].mention < 0)
		return -1;
	pm = &s->ments[s->info[p->group - 1].mention];
	if (pm->kind != M_PRONOUN || !word_is_any(s, pm->tok, them) || pm->tok < 2 ||
	    !word_is_any(s, pm->tok - 1, of))
		return -1;
	for (j = pm->tok - 1; j > 0; j--)
		if (word_is_any(s, j - 1, arms))
			break;
	if (j == 0)
		return -1;
	at = j - 1;
	/* the weapons' clause's subject: the nearest actor before them
	 * that no preposition governs */
	for (k = (long)at - 1; k >= 0 && !clause_break(s, (size_t)k); k--) {
		int32_t m = s->info[k].mention;
		if (m >= 0 && !s->ments[m].after_prep && s->ments[m].kind != M_PRONOUN)
			return m;
	}
	return -1;
}

/* "Almost all of the 300 drones and missiles launched at Israel by Iran
 * were intercepted by Israeli air defences": a passive's subject that
 * names weapons with a participle and its "by" agent names who launched
 * them; what befell the weapons befell that agent.  The agent's mention,
 * or -1. */
static int32_t passive_launcher(const struct sent *s, const struct pred *p)
{
	static const char *const launched[] = { "launched", "fired", "sent", "flown", NULL };
	size_t j, k;

	if (p->kind != LEX_VERB || !p->passive || p->group == 0)
		return -1;
	for (j = p->group; j-- > 1 && !clause_break(s, j) && !is_punct(s, j, ',');) {
		if (!word_is_any(s, j, launched) || !word_is_any(s, j - 1, launched_arms))
			continue;
		for (k = j + 1; k + 1 < p->group; k++) {
			size_t t = k + 1;
			if (!(s->info[k].roles & R_BY))
				continue;
			while (t < p->group && (s->info[t].roles & R_DET) && s->info[t].mention < 0)
				t++;
			return t < p->group ? s->info[t].mention : -1;
		}
		return -1;
	}
	return -1;
}

/* Whether mention m is the state of src, a state or its officials or
 * forces, used as an adjective before a noun ("the U.S. commitment"). */
static int own_adjective(const struct sent *s, const struct mention *src, const struct mention *m)
{
	size_t k = m->tok + m->n_tok;

	return m->country && m->code && src->code && !civil_role(src->code) &&
	       !strncmp(m->code, src->code, 3) &&
	       m != src && k < s->n && s->info[k].mention < 0 && !s->info[k].roles &&
	       (s->toks[k].flags & TOK_WORD) && !(s->toks[k].flags & TOK_CAP);
}

/* The state named as the owner of the noun a pattern's words end on, at
 * token last ("a U.S. peace plan", "Kyiv's offer"): the first actor after
 * p's head, a state's name or adjective other than the source's own
 * ("cut off all U.S. aid to Colombia"), whose only words up to last are
 * modifiers of that noun; -1 when there is none. */
static int32_t owner_of_last(const struct sent *s, const struct pred *p, uint32_t last,
			     int32_t src)
{
	const struct mention *m;
	size_t w, k;

	for (w = p->end + 1; w < last && s->info[w].mention < 0; w++)
		;
	if (w >= last)
		return -1;
	m = &s->ments[s->info[w].mention];
	if (!m->country || m->kind == M_PRONOUN || !m->code ||
	    (src >= 0 && (m->group == s->ments[src].group ||
			  (s->ments[src].code && !strncmp(s->ments[src].code, m->code, 3)))))
		return -1;
	for (k = m->tok + m->n_tok; k < last; k++)
		if (s->info[k].mention >= 0 || (s->info[k].roles & R_PREP) ||
		    !((s->info[k].roles & R_POSS) || is_modifier(s, k)))
			return -1;
	return s->info[w].mention;
}

/* The target: the pattern's '+', the subject of a passive, the name
 * the pattern ends on, else the first mention after it that is no
 * possessive pointing back at the source nor its reporter. */
/* The token at i is a word in lower case ("fighter jets", not
 * "Tigrayan forces"). */
static int lower_word_at(const struct sent *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return (s->toks[i].flags & TOK_WORD) && t[0] >= 'a' && t[0] <= 'z';
}

/* Whether a member of mention src's compound (two or more) holds code. */
static int own_member(const struct sent *s, int32_t src, const char *code)
{
	const struct mention *own[8];
	size_t n = group_members(s, src, own, 8), k;

	for (k = 0; n >= 2 && k < n; k++)
		if (own[k]->code && !strcmp(own[k]->code, code))
			return 1;
	return 0;
}

/* Whether a preposition stands between tokens from and to. */
static int prep_before(const struct sent *s, size_t from, size_t to)
{
	size_t j;

	for (j = from; j < to && j < s->n; j++)
		if (s->info[j].roles & R_PREP)
			return 1;
	return 0;
}

/* The party a common noun at token `head` stands for as the antecedent
 * of an object relative clause whose subject is m, or -1: an actor in
 * the noun's own phrase, before it up to its determiner ("the
 * British-flagged tanker", "Iran's consulate", "the U.S. drone"), of
 * another group than m's.  Nouns whose clause is their content ("the
 * claim that", "reports that") and verbs take none, nor (with `that`
 * set) the object of a verb of speech ("told state broadcaster ZBC
 * that"). */
static int32_t noun_antecedent(const struct sent *s, size_t head, const struct mention *m, int that)
{

	long j;
	int steps;

	if (!(s->toks[head].flags & TOK_WORD) || s->info[head].verb || s->info[head].roles ||
	    content_noun(s, head))
		return -1;
	for (j = (long)head - 1, steps = 0; j >= 0 && steps < 4; j--, steps++) {
		int32_t mi = s->info[j].mention;
		if (mi >= 0) {
			const struct mention *a = &s->ments[mi];
			long b = (long)a->tok - 1;
			if (a->group == m->group || a->kind == M_PRONOUN || !a->code)
				return -1;
			/* ("telling state broadcaster ZBC that the army was":
			 * a "that" after the object of a verb of speech opens
			 * what was said) */
			while (b >= 0 && (s->info[b].roles & R_DET) && !(s->info[b].roles & R_POSS))
				b--;
			if (that && b >= 0 && s->info[b].verb &&
			    (s->info[b].vroles & (V_SPEECH | V_OPINION)))
				return -1;
			return mi;
		}
		if (!(s->toks[j].flags & TOK_WORD) || s->info[j].verb ||
		    (s->info[j].roles & ~(R_DET | R_POSS)))
			return -1;
		if ((s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS))
			return -1;
	}
	return -1;
}

/* The antecedent of an object relative clause whose subject is m and
 * whose verb is p ("Israel, which Iran blamed"), or -1: the pronoun
 * right before m (past a determiner), an actor right before it (past a
 * comma), and no mention but m's own list between m and the verb. */
static int32_t relative_object(const struct sent *s, const struct mention *m,
			       const struct pred *p)
{
	/* (not "that": "warned Iran that Israel would strike" opens
	 * a complement after the verb's object) */
	static const char *const rel[] = { "which", "whom", "who", NULL };
	long j = (long)m->tok - 1;
	size_t k;
	int that;

	if (m->tok + m->n_tok > p->group || m->kind == M_PRONOUN)
		return -1;
	for (k = m->tok + m->n_tok; k < p->group; k++)
		if ((s->info[k].mention >= 0 && s->ments[s->info[k].mention].group != m->group) ||
		    clause_break(s, k))
			return -1;
	/* ("whom U.S. and British warplanes struck": m's list) */
	while (j >= 1 && ((s->info[j].roles & R_CONJ) || is_punct(s, (size_t)j, ',')) &&
	       s->info[j - 1].mention >= 0 && s->ments[s->info[j - 1].mention].group == m->group)
		j = (long)s->ments[s->info[j - 1].mention].tok - 1;
	if (j >= 0 && (s->info[j].roles & R_DET) && s->info[j].mention < 0)
		j--;
	if (j < 1 || !(word_is_any(s, (size_t)j, rel) || head_is(s, (size_t)j, "that")))
		return -1;
	that = head_is(s, (size_t)j, "that");
	j--;
	if (j >= 1 && is_punct(s, (size_t)j, ','))
		j--;
	/* "the British-flagged tanker that Iran's Revolutionary Guards
	 * seized", "Iran's consulate, which Israeli jets struck": a noun
	 * the clause hangs on stands for the party its own phrase names */
	if (s->info[j].mention < 0)
		return noun_antecedent(s, (size_t)j, m, that);
	/* (a "that" right after a name opens a complement: "warned Iran
	 * that Israel would strike") */
	if (that || s->ments[s->info[j].mention].group == m->group ||
	    s->ments[s->info[j].mention].kind == M_PRONOUN)
		return -1;
	return s->info[j].mention;
}

/* "..., the Indian army said.": mention m reports the sentence from
 * its end, with a speech verb and at most a date after it. */
static int closing_reporter(const struct sent *s, const struct mention *m)
{
	static const char *const dates[] = { "on", "in", "late", "early", "earlier", "later", NULL };
	size_t j = m->tok + m->n_tok;

	if (j >= s->n || !s->info[j].verb || !(s->info[j].vroles & V_SPEECH))
		return 0;
	for (j++; j < s->n && !(s->toks[j].flags & TOK_PUNCT); j++)
		if (!word_is_any(s, j, dates) && !weekday(s, j) && !(s->toks[j].flags & TOK_NUM))
			return 0;
	return j + 1 >= s->n;
}

/* The first mention of the "and" group m is in (m itself when alone). */
static const struct mention *group_first(const struct sent *s, const struct mention *m)
{
	size_t k;

	for (k = 0; k < s->n_ments; k++)
		if (s->ments[k].group == m->group && s->ments[k].tok < m->tok)
			return &s->ments[k];
	return m;
}

/* The state the main clause opens with, as the party a subordinate or
 * relative clause's act p falls on, when that clause's own words name it
 * only by a possessive or "the country": the main clause's subject, a
 * state's mention, not of src's state; -1 when p's clause is no such
 * clause or a plan, threat or condition lies between ("would shoot down
 * U.S. spy planes that violated its exclusive economic zone"). */
static int32_t main_state(const struct sent *s, const struct pred *p, const char *src)
{
	int32_t mi;
	size_t k;

	if (!src || p->group < 1)
		return -1;
	/* (the clause's opener before its subject: "when four Chinese and
	 * four Russian military aircraft entered") */
	for (k = p->group; k-- > 0;) {
		if (s->info[k].verb)
			return -1;
		if ((s->info[k].roles & (R_SUB | R_IF)) || clause_is_relative(s, k))
			break;
		if (k == 0)
			return -1;
	}
	for (k = 0; k < p->group; k++) {
		const struct mention *m;
		size_t b;
		if ((mi = s->info[k].mention) < 0)
			continue;
		m = &s->ments[mi];
		if (m->after_prep || m->kind == M_PRONOUN || !m->code || !country_prefix(m->code) ||
		    !strncmp(m->code, src, 3) || (s->info[k].roles & R_POSS))
			return -1;
		for (b = k; b < p->group; b++)
			if (s->info[b].roles & (R_WILL | R_WOULD | R_MAY | R_CAN | R_IF))
				return -1;
		return mi;
	}
	return -1;
}

/* "South Korea scrambled jets when Chinese and Russian aircraft entered
 * its air defence zone", "Poland shot down drones that violated its
 * airspace": a possessive poss on the land, sea, air or missions of a
 * state, resolved to src's state, is the main clause's state
 * (main_state), or -1. */
static int32_t sovereign_home(const struct sent *s, const struct pred *p,
			      const struct mention *poss, const struct mention *src)
{
	static const char *const realm[] = {
		"airspace", "zone", "territory", "waters", "soil", "border", "borders",
		"frontier", "embassy", "consulate", "capital", "coast", "coastline",
		"island", "islands", "mainland", NULL };
	size_t j = poss->tok + poss->n_tok, k;

	for (k = 0; k < 4 && j < s->n && (s->toks[j].flags & TOK_WORD) &&
		    s->info[j].mention < 0 && !s->info[j].verb && !s->info[j].roles; k++, j++)
		if (word_is_any(s, j, realm))
			return main_state(s, p, src->code);
	return -1;
}

/* "Ukraine cut ties with Russia after Russian forces invaded the
 * country", "after Hamas fired rockets into the south of the country":
 * "the country" in the clause right after verb p's words (up to `last`)
 * is the main clause's state (main_state), or -1. */
static int32_t the_country(const struct sent *s, const struct pred *p, size_t last,
			   const struct mention *src)
{
	static const char *const country[] = { "country", "nation", NULL };
	size_t j;

	for (j = last + 1; j < s->n && j <= last + 8; j++) {
		if (clause_break(s, j) || s->info[j].verb || s->info[j].mention >= 0)
			return -1;
		if (word_is_any(s, j, country) && head_is(s, j - 1, "the"))
			return main_state(s, p, src->code);
	}
	return -1;
}

/* An adverb in "-ly" at token i ("briefly", "reportedly"). */
static int ly_adverb(const struct sent *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return (s->toks[i].flags & TOK_WORD) && !s->info[i].roles && s->info[i].mention < 0 &&
	       len > 4 && ends_with(t, len, "ly");
}

/* "South Korea's military fired warning shots after North Korean
 * soldiers crossed the border", "Taipei put its forces on alert as
 * Chinese warships approached": a show or use of force (15-20) that names
 * no one is aimed at whom the "after", "when" or "as" clause right
 * after it names as acting, another state's.  That mention, or -1. */
static int32_t provoker(const struct sent *s, const struct pred *p, size_t last,
			const struct mention *src)
{
	static const char *const cause[] = { "after", "when", "as", NULL };
	size_t j = last + 1, k;
	int32_t mi;

	/* up to the opener, past a date or a span ("on Tuesday", "hours") */
	for (; j < s->n && j <= last + 6; j++) {
		if (word_is_any(s, j, cause))
			break;
		if (clause_break(s, j) || s->info[j].verb || s->info[j].mention >= 0)
			return -1;
	}
	if (j >= s->n || j > last + 6 || !src->code || p->anchor >= 0)
		return -1;
	for (k = j + 1; k < s->n && k <= j + 4; k++) {
		if ((mi = s->info[k].mention) >= 0) {
			const struct mention *m = &s->ments[mi];
			size_t after = m->tok + m->n_tok;
			if (m->after_prep || m->kind == M_PRONOUN || !m->code ||
			    !country_prefix(m->code) || !strncmp(m->code, src->code, 3) ||
			    (after < s->n && (s->info[after].roles & R_POSS)))
				return -1;
			/* its verb right after it, past auxiliaries and an
			 * adverb ("briefly crossed"): the clause's subject,
			 * acting (not "as Hamas said") */
			while (after < s->n && ((s->info[after].roles & (R_HAVE | R_BE | R_NEG)) ||
						(!s->info[after].verb && ly_adverb(s, after))))
				after++;
			/* (or a participle on it: "North Korean soldiers
			 * working in the border area briefly crossed") */
			return after < s->n && (s->info[after].verb ? !(s->info[after].vroles &
									(V_SPEECH | V_OPINION)) :
						head_ends_ing(s, after)) ? mi : -1;
		}
		if (!(s->info[k].roles & R_DET) && !(s->toks[k].flags & TOK_NUM))
			return -1;
	}
	return -1;
}

/* The target of a clause's act is the main clause's state, mention
 * home: its land, air and sea are the state's own ("its airspace" of
 * "Guyana's President Irfaan Ali" is Guyana's), so an agent's role goes. */
static void bare_home(struct act *a, int32_t home)
{
	struct sent *s = a->e->s;
	const struct mention *m = &s->ments[home];

	a->tgt = home;
	if (m->code && strlen(m->code) > 3 &&
	    home_target(a->e->c, s, a->p, a->p->end, m, "", &a->own)) {
		a->own.start = m->start;
		a->own.end = m->end;
		a->have_own = 1;
		a->tgt = -1;
	}
}

/* "North Korea fired shells near the border, and South Korea responded
 * by firing its own into the sea": a show or use of force that answers
 * ("responded by", "retaliated by") and names no one is aimed at the
 * other state whose act the sentence opens with.  That mention, or -1. */
static int32_t answered(const struct sent *s, const struct pred *p, const struct mention *src)
{
	static const char *const reply[] = { "respond", "retaliate", "react", "reply", NULL };
	size_t b = p->group, k, r;
	int32_t mi;

	if (!src->code)
		return -1;
	/* the reply verb itself ("responded by striking targets", its
	 * pattern's), or the gerund after its "by" */
	for (r = 0; reply[r] && !head_is(s, p->head, reply[r]); r++)
		;
	/* (with its "by": not "said it would retaliate without delay") */
	if (reply[r] && !(p->end + 1 < s->n && (s->info[p->end + 1].roles & R_BY)))
		return -1;
	if (!reply[r]) {
		if (b < 3 || !head_ends_ing(s, p->head) || !(s->info[b - 1].roles & R_BY))
			return -1;
		for (r = 0; reply[r] && !head_is(s, b - 2, reply[r]); r++)
			;
		if (!reply[r])
			return -1;
	}
	for (k = 0; k < src->tok; k++) {
		const struct mention *m;
		if ((mi = s->info[k].mention) < 0)
			continue;
		m = &s->ments[mi];
		if (m->after_prep || m->kind == M_PRONOUN || !m->code || !country_prefix(m->code) ||
		    !strncmp(m->code, src->code, 3) || (s->info[k].roles & R_POSS))
			return -1;
		return mi;
	}
	return -1;
}

/* "left the White House without signing a minerals deal", "cut short
 * his summit with Kim in Hanoi without signing any agreement": a deal
 * not made, after "without", that names no party is not made with the
 * one the clause's verb left or met, the nearest actor before
 * "without" that is no place and not of the source's side.  (One way,
 * from the one who left: the tuned sets code it so in devset and both
 * ways in actors-tune and desc-tune.) */
static void without_partner(struct act *a)
{
	struct sent *s = a->e->s;
	const struct pred *p = a->p;
	uint32_t avoid;
	size_t j;

	if (p->kind != LEX_VERB || p->group != p->head || p->head < 2 || !head_ends_ing(s, p->head) ||
	    !head_is(s, p->head - 1, "without") || !a->rc || strcmp(a->rc, "057") || a->src < 0 ||
	    !s->ments[a->src].code)
		return;
	avoid = s->ments[a->src].group;
	for (j = p->head - 1; j-- > 0;) {
		const struct mention *m;
		if ((s->toks[j].flags & TOK_PUNCT) || clause_break(s, j))
			return;
		if (s->info[j].mention < 0)
			continue;
		m = &s->ments[s->info[j].mention];
		if (m->group == avoid || m->place_only || !m->code ||
		    (m->after_prep && (m->prep_roles & R_LOC)) ||
		    !strncmp(m->code, s->ments[a->src].code, 3) ||
		    (m->kind == M_PRONOUN && (s->info[m->tok].roles & R_POSS)))
			continue;
		a->tgt = s->info[j].mention;
		return;
	}
}

/* The addressee an opening phrase before p names: "In a speech to the
 * U.S. Congress,", "In a letter to Abbas,", "Speaking to the Security
 * Council,", "Addressing the European Parliament,"; -1 when the sentence
 * opens otherwise. */
static int32_t fronted_addressee(const struct sent *s, const struct pred *p)
{
	static const char *const in_words[] = { "in", NULL };
	static const char *const addresses[] = { "speech", "address", "message", "letter",
						  "remarks", "statement", "appeal", "call", NULL };
	static const char *const speaking[] = { "speaking", "writing", "talking", NULL };
	static const char *const addressing[] = { "addressing", NULL };
	size_t comma, j, from = 0;

	for (comma = 0; comma < p->head && !is_punct(s, comma, ','); comma++)
		if (clause_break(s, comma) && comma > 0)
			return -1;
	if (comma >= p->head || comma < 2)
		return -1;
	if (word_is_any(s, 0, in_words)) {
		for (j = 1; j + 1 < comma && j < 6; j++)
			if (word_is_any(s, j, addresses) && head_is(s, j + 1, "to")) {
				from = j + 2;
				break;
			}
	} else if (word_is_any(s, 0, speaking) && head_is(s, 1, "to")) {
		from = 2;
	} else if (word_is_any(s, 0, addressing)) {
		from = 1;
	}
	if (!from)
		return -1;
	for (j = from; j < comma; j++) {
		if (s->info[j].mention >= 0)
			return s->info[j].mention;
		if (!(s->info[j].roles & R_DET) && !(s->toks[j].flags & TOK_UPPER))
			return -1;
	}
	return -1;
}

/* Whether a participle before a's verb describes its subject, the
 * verb being that participle's main verb (clause.c sets main_verb). */
static int participle_subject(const struct act *a)
{
	size_t k;

	for (k = 0; k < a->i; k++)
		if (a->preds[k].main_verb == (int32_t)a->i)
			return 1;
	return 0;
}

/* "had raped, tortured and executed civilians", "abducted and killed
 * two aid workers": an assault or mass violence (18x, 20x) whose verb
 * is one of a series of bare past forms joined by commas and "and"
 * takes the object after the series' last verb, which the verbs share
 * (the verb before the comma names no object of its own); -1 when p
 * is no such verb. */
static int32_t series_object(const struct act *a, uint32_t avoid)
{
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	size_t j = p->end + 1, last = p->end;

	if (p->kind != LEX_VERB || p->passive || !a->rc ||
	    (strncmp(a->rc, "18", 2) && strncmp(a->rc, "20", 2)) || !past_form(s, p->head))
		return -1;
	while (j + 1 < s->n && (is_punct(s, j, ',') || (s->info[j].roles & R_CONJ))) {
		if (is_punct(s, j, ',') && j + 1 < s->n && (s->info[j + 1].roles & R_CONJ))
			j++;
		j++;
		if (!s->info[j].verb || s->info[j].mention >= 0 || !past_form(s, j))
			return -1;
		last = j;
		j++;
	}
	if (last == p->end)
		return -1;
	return clause_mention_right(s, last + 1, avoid, 1);
}

static int find_target(struct act *a)
{
	static const char *const singular_poss[] = { "its", "his", "her", NULL };
	struct dyad_coder *c = a->e->c;
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *p = a->p;

	/* "was shot dead in Quito": in the passive, a place a
	 * pattern's '+' reaches past the verb is not its object; the
	 * subject is. */
	if (passive_weapons_owner(s, p) >= 0)
		a->tgt = passive_weapons_owner(s, p);
	else if (a->rc && !strncmp(a->rc, "19", 2) && passive_launcher(s, p) >= 0)
		a->tgt = passive_launcher(s, p);
	/* (not a reduced participle's "at": "the drones launched by Russia
	 * at Kyiv" were aimed at Kyiv, whoever the clause's actors are) */
	else if (a->r.target >= 0 && p->kind == LEX_VERB && p->passive && p->subject >= 0 &&
	    s->ments[a->r.target].after_prep && (s->ments[a->r.target].prep_roles & R_LOC) &&
	    !(p->group == p->head && a->r.source >= 0 && s->ments[a->r.target].tok > p->head &&
	      head_is(s, s->ments[a->r.target].tok - 1, "at")))
		a->tgt = p->subject;
	else if (a->r.target >= 0)
		a->tgt = a->r.target;
	else if (p->kind == LEX_VERB && p->passive && p->subject >= 0)
		a->tgt = p->subject;
	else if (p->kind == LEX_VERB && p->passive && a->src < 0)
		a->tgt = -1;
	/* ("Missiles launched at Kyiv were intercepted by ...": the place a
	 * participle on the subject names is where the weapons flew, not
	 * what the passive's agent struck) */
	else if (p->kind == LEX_VERB && p->passive && p->subject < 0 && participle_subject(a))
		a->tgt = -1;
	else if (p->kind == LEX_VERB && p->passive && p->subject < 0 && a->rc &&
		 strcmp(a->rc, "18") >= 0 && strncmp(a->rc, "21", 2) < 0 &&
		 passive_place(s, p) >= 0)
		/* "Nine sites in Pakistan were struck by Indian missiles" */
		a->tgt = passive_place(s, p);
	else if (p->kind == LEX_VERB && p->passive && p->subject < 0 && passive_place_of(s, p) >= 0)
		a->tgt = passive_place_of(s, p);
	else if (a->r.pat && a->r.last > p->end && s->info[a->r.last].mention >= 0 &&
		 s->ments[s->info[a->r.last].mention].kind == M_NAME &&
		 s->info[a->r.last].mention != a->src)
		/* "joined NATO" (* &ev_bloc): the pattern's last word names
		 * the target itself. */
		a->tgt = s->info[a->r.last].mention;
	else {
		uint32_t avoid = a->src >= 0 ? s->ments[a->src].group : UINT32_MAX;
		size_t w;
		/* "ordered 23 Russian diplomats to leave London": an actor
		 * the pattern's words ("diplomats") fall in is the target, not
		 * the next name after them */
		for (w = p->end + 1; a->r.pat && w <= a->r.last && w < s->n; w++)
			if (s->info[w].mention >= 0 &&
			    s->ments[s->info[w].mention].group != avoid &&
			    /* ("charged at protesters": the crowd after a
			     * preposition is still the one acted on) */
			    (!s->ments[s->info[w].mention].after_prep ||
			     people_role(s->ments[s->info[w].mention].code)) &&
			    s->ments[s->info[w].mention].code &&
			    strlen(s->ments[s->info[w].mention].code) >= 6 &&
			    /* ("withdrew its troops": the source's own; but
			     * "police opened fire on young protesters": the
			     * people a state's organs act on at home) */
			    (!(a->src >= 0 && s->ments[a->src].code &&
			       !strncmp(s->ments[a->src].code, s->ments[s->info[w].mention].code, 3)) ||
			     people_role(s->ments[s->info[w].mention].code)) &&
			    s->ments[s->info[w].mention].tok + s->ments[s->info[w].mention].n_tok - 1 <=
			    a->r.last && pat_names_word(lex, s, p, w)) {
				a->tgt = s->info[w].mention;
				break;
			}
		/* "rejected key parts of a U.S. peace plan for Ukraine",
		 * "rejected Kyiv's offer of talks": the state whose the
		 * pattern's noun is, named right before it, is the target,
		 * not a name after it */
		if (a->tgt < 0 && a->r.pat && a->r.last > p->end + 1)
			a->tgt = owner_of_last(s, p, a->r.last, a->src);
		/* "vowed that Israel would pay a heavy price for the strike on
		 * its consulate": a threat whose words run on in its
		 * complement is aimed at the complement's subject */
		if (a->tgt < 0 && a->r.pat && a->r.last > p->end + 1 && a->rc && !strncmp(a->rc, "13", 2)) {
			size_t at = p->end + 1 + (head_is(s, p->end + 1, "that") ? 1 : 0);
			if (at < a->r.last && s->info[at].mention >= 0 &&
			    s->ments[s->info[at].mention].group != avoid && second_clause_at(s, at))
				a->tgt = s->info[at].mention;
		}
		if (a->tgt < 0)
			a->tgt = clause_mention_right(s, a->r.last + 1, avoid, 1);
		if (a->tgt < 0 && a->r.last != p->end)
			a->tgt = clause_mention_right(s, p->end + 1, avoid, 1);
		if (a->tgt < 0)
			a->tgt = series_object(a, avoid);
		/* '"We will fight," Nasrallah said, warning Israel': the
		 * speaker a quoted "we" stands for is no target of it */
		if (a->tgt >= 0 && a->src >= 0 && s->ments[a->src].quoted &&
		    s->ments[a->tgt].code && s->ments[a->src].code &&
		    !strcmp(s->ments[a->tgt].code, s->ments[a->src].code) && s->ments[a->tgt].tok > p->end)
			a->tgt = clause_mention_right(s, (a->r.last > p->end ? a->r.last : p->end) + 1,
						      s->ments[a->tgt].group, 1);
		/* "reaffirmed the U.S. commitment to NATO": the source's
		 * own state as the adjective of a noun is no target; the
		 * party after that noun is */
		if (a->tgt >= 0 && a->src >= 0 && own_adjective(s, &s->ments[a->src], &s->ments[a->tgt]))
			a->tgt = clause_mention_right(s, s->ments[a->tgt].tok + s->ments[a->tgt].n_tok,
						      avoid, 1);
		if (a->tgt < 0 && a->rc && !strncmp(a->rc, "19", 2))
			a->tgt = weapon_owner(s, p->end + 1, avoid);
		/* "deployed troops near its border with Belarus", "asked for
		 * consultations with its NATO allies", "lifted its ban": a
		 * possessive pointing back at the source names no target;
		 * the next other party in the clause does, else no one. */
		while (a->tgt >= 0 && a->src >= 0 && s->ments[a->tgt].kind == M_PRONOUN &&
		       (s->info[s->ments[a->tgt].tok].roles & R_POSS) &&
		       (pat_possessor_of_next(s, &s->ments[a->tgt]) ||
			(s->ments[a->tgt].code && s->ments[a->src].code &&
			 !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3))))
		{
			size_t from = s->ments[a->tgt].tok + s->ments[a->tgt].n_tok, j;
			int32_t home = sovereign_home(s, p, &s->ments[a->tgt], &s->ments[a->src]);
			if (home >= 0) {
				bare_home(a, home);
				break;
			}
			a->tgt = clause_mention_right(s, from, avoid, 1);
			for (j = from; a->tgt >= 0 && j < s->ments[a->tgt].tok; j++)
				if (is_punct(s, j, ','))
					a->tgt = -1;
		}
		/* "shot dead seven people outside a synagogue, Israeli police
		 * said": who reports the act after it is not its target */
		/* ("..., and India retaliated with artillery, the Indian
		 * army said": the reporter of the whole sentence, at its
		 * end, of the source's own state, whoever the clause's
		 * reporter is) */
		if (a->tgt >= 0 && s->ments[a->tgt].tok > p->end &&
		    ((p->reporter >= 0 && s->ments[a->tgt].group == s->ments[p->reporter].group) ||
		     (p->anchor < 0 && a->src >= 0 && s->ments[a->src].code && s->ments[a->tgt].code &&
		      !strncmp(s->ments[a->src].code, s->ments[a->tgt].code, 3) &&
		      closing_reporter(s, &s->ments[a->tgt])))) {
			const struct mention *rm = p->reporter >= 0 &&
				s->ments[a->tgt].group == s->ments[p->reporter].group ?
				&s->ments[p->reporter] : &s->ments[a->tgt];
			/* ("..., Japan's defence ministry and South Korea's
			 * military said": the comma stands before the first
			 * of the sayers joined by "and") */
			const struct mention *fm = group_first(s, rm);
			size_t after = rm->tok + rm->n_tok;
			/* ('"I hereby declare martial law," President Yoon
			 * said': or the quote that closes there) */
			if (after < s->n && s->info[after].verb &&
			    (s->info[after].vroles & V_SPEECH) && fm->tok > 0 &&
			    (is_punct(s, fm->tok - 1, ',') || is_punct(s, fm->tok - 1, '"') ||
			     (fm->tok > 1 && (s->info[fm->tok - 1].roles & R_DET) &&
			      (is_punct(s, fm->tok - 2, ',') || is_punct(s, fm->tok - 2, '"')))))
				a->tgt = -1;
		}
	}
	/* "fired two missiles toward the East Sea, Japan's defence ministry
	 * and South Korea's military said": the sayers at the end are no
	 * target, whatever pattern reached them */
	if (a->tgt >= 0 && s->ments[a->tgt].tok > p->end) {
		const struct mention *fm = group_first(s, &s->ments[a->tgt]);
		const struct mention *lm = &s->ments[a->tgt];
		size_t after, k;
		long cm = (long)fm->tok - 1;
		for (k = 0; k < s->n_ments; k++)
			if (s->ments[k].group == lm->group && s->ments[k].tok > lm->tok)
				lm = &s->ments[k];
		after = lm->tok + lm->n_tok;
		/* ("..., two officials said": past the words before the
		 * first sayer) */
		while (cm > 0 && s->info[cm].mention < 0 && !(s->toks[cm].flags & TOK_PUNCT) &&
		       ((s->info[cm].roles & R_DET) || is_modifier(s, (size_t)cm)) &&
		       (long)fm->tok - cm < 3)
			cm--;
		if (after < s->n && s->info[after].verb && (s->info[after].vroles & V_SPEECH) &&
		    cm >= 0 && is_punct(s, (size_t)cm, ',')) {
			const struct mention *sayer = &s->ments[a->tgt];
			a->tgt = -1;
			/* ("fired water cannon at Philippine vessels,
			 * damaging the engine of one boat, the Philippine
			 * coast guard said", "boarded Philippine navy boats
			 * and seized several rifles, the Philippine military
			 * said": a participle's or a joined verb's unnamed
			 * object is the first verb's) */
			int32_t q = p->anchor >= 0 ? p->anchor : p->coord;
			if (q >= 0 && a->preds[q].kind == LEX_VERB) {
				int32_t o = clause_mention_right(s, a->preds[q].end + 1,
								 a->src >= 0 ? s->ments[a->src].group :
								 UINT32_MAX, 1);
				if (o >= 0 && s->ments[o].tok < p->group && o != a->src)
					a->tgt = o;
			}
			/* ("North Korea fired missiles into the East Sea, the
			 * Joint Chiefs of Staff in Seoul said": an act that
			 * names no one else, told by another state's organ, is
			 * aimed at that state, not at the organ that tells it;
			 * words are not so aimed) */
			if (a->tgt < 0 && a->src >= 0 && sayer->code && s->ments[a->src].code &&
			    country_prefix(sayer->code) && strlen(sayer->code) > 3 &&
			    strncmp(sayer->code, s->ments[a->src].code, 3) && a->rc &&
			    strncmp(a->rc, "01", 2) && strncmp(a->rc, "02", 2) &&
			    (strncmp(a->rc, "10", 2) < 0 || strncmp(a->rc, "13", 2) > 0)) {
				char *bare = state_role(c, sayer->code, "");
				if (bare) {
					implied_actor(&a->own, s, sayer->tok, bare);
					a->own.start = sayer->start;
					a->own.end = sayer->end;
					a->have_own = 1;
				}
			}
		}
	}
	/* "Erdogan criticised Israel at a rally in Istanbul, accusing it of
	 * war crimes": a pronoun that would make the source rebuke its own
	 * state, in a verb that shares the subject of the verb before it,
	 * stands for that verb's object. */
	if (a->tgt >= 0 && a->src >= 0 && p->kind == LEX_VERB && s->ments[a->tgt].kind == M_PRONOUN &&
	    !(s->info[s->ments[a->tgt].tok].roles & R_POSS) && s->ments[a->tgt].code &&
	    s->ments[a->src].code && !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3) &&
	    (p->anchor >= 0 || p->coord >= 0) && a->rc && !strncmp(a->rc, "11", 2)) {
		const struct pred *q = &a->preds[p->anchor >= 0 ? p->anchor : p->coord];
		int32_t o = q->kind == LEX_VERB ? clause_mention_right(s, q->end + 1, s->ments[a->src].group, 1) : -1;
		if (o >= 0 && s->ments[o].tok < p->group && s->ments[o].code &&
		    strncmp(s->ments[o].code, s->ments[a->src].code, 3))
			a->tgt = o;
	}
	/* "entered its air defence identification zone" (* + air defence
	 * identification zone): a pattern's possessive that would be the
	 * source's own, in a subordinate or relative clause */
	if (a->tgt >= 0 && a->src >= 0 && a->tgt == a->r.target &&
	    s->ments[a->tgt].kind == M_PRONOUN && (s->info[s->ments[a->tgt].tok].roles & R_POSS) &&
	    s->ments[a->tgt].code && s->ments[a->src].code &&
	    (!strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3) ||
	     own_member(s, a->src, s->ments[a->tgt].code))) {
		int32_t home = sovereign_home(s, p, &s->ments[a->tgt], &s->ments[a->tgt]);
		if (home >= 0)
			bare_home(a, home);
	}
	/* "Turkey and Hungary dropped their objections to its membership":
	 * a singular possessive resolved to one member of a compound
	 * subject stands for someone else; the list does not act on
	 * itself through it. */
	/* ("their" may stand for the list: "Philippine and U.S. troops
	 * began their largest joint exercises") */
	if (a->tgt >= 0 && a->src >= 0 && s->ments[a->tgt].kind == M_PRONOUN &&
	    word_is_any(s, s->ments[a->tgt].tok, singular_poss) && s->ments[a->tgt].code &&
	    own_member(s, a->src, s->ments[a->tgt].code))
		a->tgt = -1;
	if (a->tgt < 0 && a->src >= 0 && p->kind == LEX_VERB && !p->passive) {
		int32_t home = the_country(s, p, a->r.pat && a->r.last > p->end ? a->r.last : p->end,
					   &s->ments[a->src]);
		if (home >= 0)
			bare_home(a, home);
	}
	if (a->tgt < 0 && !a->have_own && a->src >= 0 && p->kind == LEX_VERB && !p->passive && a->rc &&
	    strcmp(a->rc, "15") >= 0 && strcmp(a->rc, "21") < 0) {
		a->tgt = provoker(s, p, a->r.pat && a->r.last > p->end ? a->r.last : p->end,
				  &s->ments[a->src]);
		if (a->tgt < 0)
			a->tgt = answered(s, p, &s->ments[a->src]);
	}
	/* "vowed punishment for Israel, which Iran blamed for the attack",
	 * "the Houthis, whom U.S. jets struck overnight": a relative clause
	 * whose own subject follows its pronoun has the antecedent as its
	 * object, when nothing after the verb is one. */
	/* ("Poland, which Kyiv praised for sheltering refugees": a party
	 * after a preposition is the act's ground, not its object) */
	if ((a->tgt < 0 || (a->r.target < 0 && prep_before(s, p->end + 1, s->ments[a->tgt].tok))) &&
	    a->src >= 0 && p->kind == LEX_VERB && !p->passive) {
		int32_t o = relative_object(s, &s->ments[a->src], p);
		if (o >= 0)
			a->tgt = o;
	}
	/* "struck Houthi targets in Yemen", "shelled Hezbollah positions in
	 * Lebanon": a state named as the place of the object stands for
	 * the armed group of that state the object phrase names before it
	 * (names it: "its armed struggle against Turkey" is the source's own). */
	if (a->tgt >= 0 && s->ments[a->tgt].country && s->ments[a->tgt].code &&
	    s->ments[a->tgt].tok > p->end) {
		size_t j;
		for (j = p->end + 1; j < s->ments[a->tgt].tok; j++) {
			const struct mention *m;
			if (clause_break(s, j))
				break;
			if (s->info[j].mention < 0)
				continue;
			m = &s->ments[s->info[j].mention];
			if (s->info[j].mention != a->src && m->kind != M_PRONOUN && !m->person &&
			    m->code && armed_group(m->code) &&
			    !m->placed && !strncmp(m->code, s->ments[a->tgt].code, 3) &&
			    (a->src < 0 || m->group != s->ments[a->src].group)) {
				a->tgt = s->info[j].mention;
				break;
			}
			j = m->tok + m->n_tok - 1;
		}
	}
	/* "staged drills on the eve of Biden's visit to Warsaw", "seized a
	 * tanker ahead of talks with the United States": a party named only
	 * in a phrase that dates the act is not its target */
	if (a->tgt >= 0 && s->ments[a->tgt].tok > p->end &&
	    time_anchor_between(s, p->end + 1, s->ments[a->tgt].tok)) {
		if (TRACING(c))
			coder_tracef(c, "  %s \"%.*s\": \"%.*s\" is named in a time anchor, no target",
				     p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext,
				     (int)(s->ments[a->tgt].end - s->ments[a->tgt].start),
				     s->text + s->ments[a->tgt].start);
		a->tgt = -1;
	}
	if (p->kind == LEX_NOUN && !a->r.pat && !(a->r.target >= 0 && a->src >= 0)) {
		if (TRACING(c))
			coder_tracef(c, "  noun \"%.*s\": no pattern of its own matched", (int)a->hlen, a->htext);
		return 1;
	}
	/* "In a speech to the U.S. Congress, Zelensky pleaded for a no-fly
	 * zone over Ukraine", "Addressing the Security Council, Guterres
	 * urged restraint": what is said, asked or demanded in an address
	 * the opening phrase names is said to its addressee, when the clause
	 * names no one else than the speaker's own state */
	if (p->kind == LEX_VERB && !p->passive && a->src >= 0 && a->rc && s->ments[a->src].code &&
	    (!strncmp(a->rc, "01", 2) || !strncmp(a->rc, "02", 2) || !strncmp(a->rc, "10", 2)) &&
	    (a->tgt < 0 || (s->ments[a->tgt].code &&
			    !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)) ||
	     /* ("appealed for continued sanctions on Russia", "called for
	      * an end to the war in Gaza": a party the request is about,
	      * after a preposition, is not whom it is made to) */
	     (s->ments[a->tgt].after_prep && s->ments[a->tgt].tok > p->end + 1 &&
	      !head_is(s, p->end + 1, "on") && !head_is(s, p->end + 1, "to")))) {
		int32_t to = fronted_addressee(s, p);
		if (to >= 0 && s->ments[to].group != s->ments[a->src].group && s->ments[to].code &&
		    strncmp(s->ments[to].code, s->ments[a->src].code, 3))
			a->tgt = to;
	}
	if (a->tgt < 0)
		without_partner(a);
	return 0;
}

/* "ruled out sending ground troops to Ukraine", "rejected holding talks
 * with Moscow": a refusal (12x) that names no one is aimed at whom the
 * gerund it refuses names. */
/* Whether a word of proposal ("plan", "offer", "proposal") follows
 * token j within three words: a deal or accord brokered by a third party
 * and left is not the broker's ("pulled out of the U.N.-brokered deal"). */
static int proposal_after(const struct sent *s, size_t j)
{
	static const char *const proposals[] = { "proposal", "proposals", "plan", "plans", "offer",
						 "offers", "initiative", "formula", "framework", "call", "calls", "demand",
						 "demands", "request", "requests", "roadmap", NULL };
	size_t k;

	for (k = j + 1; k < s->n && k <= j + 3; k++)
		if (word_is_any(s, k, proposals))
			return 1;
	return 0;
}

/* "rejected a U.S.-brokered ceasefire proposal", "spurned a
 * Saudi-backed peace plan": the state a hyphened adjective in a refusal's
 * object names as the plan's broker, backer or drafter owns what is
 * refused, and is the refusal's target when no mention is.  Sets a->own. */
static void hyphen_owner_refused(struct act *a)
{
	static const char *const owned[] = { "brokered", "backed", "drafted", "led", "sponsored",
					     "proposed", "mediated", "authored", "written", NULL };
	struct sent *s = a->e->s;
	const struct pred *p = a->p;
	const char *owner, *t;
	size_t j, len, pre;

	/* (a veto at the UN is the body's, whoever drafted the resolution) */
	if (a->src < 0 || !s->ments[a->src].code || !strcmp(a->rc, "129"))
		return;
	/* ("A U.S.-brokered truce proposal was rejected by Hamas": in the
	 * passive the object stands before the verb group) */
	j = p->passive ? (p->group > 14 ? p->group - 14 : 0) : p->end + 1;
	for (; j < s->n && (p->passive ? j < p->group : j <= p->end + 6); j++) {
		/* (after the verb, the object's own words only; before a
		 * passive, the subject phrase, which may hold names and an
		 * infinitive: "to extend the Gaza ceasefire") */
		if (!p->passive && (clause_break(s, j) || (s->toks[j].flags & TOK_PUNCT) ||
				    s->info[j].mention >= 0 ||
				    (s->info[j].verb && !(s->toks[j].flags & TOK_HYPHEN))))
			return;
		if (p->passive && (s->toks[j].flags & TOK_PUNCT) && !(s->toks[j].flags & TOK_HYPHEN))
			continue;
		if (!(s->toks[j].flags & TOK_HYPHEN) ||
		    !(owner = match_hyphen_owner(a->e->c, s, j, s->pub.precision ? s->pub.ymd : 0,
						 owned)))
			continue;
		if (!strncmp(owner, s->ments[a->src].code, 3) || !proposal_after(s, j))
			return;
		t = tok_text(s, j, &len);
		for (pre = 0; pre < len && t[pre] != '-'; pre++)
			;
		derived_mention(&a->own, &s->ments[a->src], owner, 0, s->toks[j].start - s->base,
				s->toks[j].start - s->base + (uint32_t)pre);
		a->have_own = 1;
		return;
	}
}

static int refused_target(struct act *a)
{
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *p = a->p;
	size_t k;

	if (a->tgt >= 0 || a->have_own || !a->rc || strncmp(a->rc, "12", 2) || p->kind != LEX_VERB)
		return 0;
	for (k = 0; k < a->n; k++)
		if (refusal_before(lex, s, a->preds, a->n, &a->preds[k]) == (long)a->i &&
		    a->preds[k].chosen == 1 && a->preds[k].r.target >= 0 &&
		    a->preds[k].r.target != a->src) {
			a->tgt = a->preds[k].r.target;
			break;
		}
	if (a->tgt < 0)
		hyphen_owner_refused(a);
	return 0;
}

/* "Bolivia broke off relations with Israel, while Chile and Colombia
 * recalled their ambassadors": envoys of the source's own state recalled
 * or withdrawn (16x) name no target; the state the sentence's last such
 * act was aimed at is it. */
static int own_envoys(struct act *a)
{
	struct emit_ctx *e = a->e;
	struct sent *s = e->s;
	const char *sc, *tc;
	size_t k;

	if (!a->rc || strncmp(a->rc, "16", 2) || a->src < 0 || a->tgt < 0 || a->have_own ||
	    a->r.source >= 0)
		return 0;
	sc = s->ments[a->src].code;
	tc = s->ments[a->tgt].code;
	if (!sc || !tc || !country_prefix(sc) || !country_prefix(tc) || strncmp(sc, tc, 3) ||
	    !(s->info[s->ments[a->tgt].tok].roles & R_POSS))
		return 0;
	for (k = e->n_seen; k-- > 0;)
		if (e->seen[k].cameo && !strncmp(e->seen[k].cameo, "16", 2) && e->seen[k].target.code &&
		    strncmp(e->seen[k].target.code, sc, 3)) {
			implied_actor(&a->own, s, a->p->head, e->seen[k].target.code);
			a->have_own = 1;
			a->tgt = -1;
			break;
		}
	return 0;
}

/* "Seoul said Pyongyang had sent troops to Russia and warned North
 * Korea": a bare past verb after "and" that would make the reported
 * subject act on its own state is the speaker's, joined to the speech
 * verb, not to the verb it reports. */
static int speaker_joined(struct act *a)
{
	struct sent *s = a->e->s;
	struct pred *p = a->p;
	const struct pred *q;
	const char *sc, *tc, *rc;

	if (p->kind != LEX_VERB || p->coord < 0 || p->group != p->head || !past_form(s, p->head) ||
	    a->src < 0 || a->tgt < 0 || a->have_own || a->have_own_src)
		return 0;
	q = &a->preds[p->coord];
	if (q->reporter < 0 || q->subject != a->src)
		return 0;
	sc = s->ments[a->src].code;
	tc = s->ments[a->tgt].code;
	rc = s->ments[q->reporter].code;
	if (!sc || !tc || !rc || !country_prefix(sc) || !country_prefix(tc) || !country_prefix(rc) ||
	    strncmp(sc, tc, 3) || !strncmp(rc, tc, 3))
		return 0;
	/* (what hangs on p later, "demanded that Moscow explain", takes
	 * the speaker too) */
	a->src = p->subject = q->reporter;
	p->reporter = -1;
	return 0;
}

/* The finite verb whose subject p's is, past the infinitives and the
 * verbs coordinated with it ("the two leaders agreed to work": "agreed"). */
static const struct pred *pair_clause(const struct pred *preds, const struct pred *p)
{
	int steps;

	for (steps = 0; steps < 4; steps++) {
		if (p->infinitive && p->matrix >= 0)
			p = &preds[p->matrix];
		else if (p->coord >= 0)
			p = &preds[p->coord];
		else
			break;
	}
	return p;
}

static const char *const held_word[] = { "held", NULL };

/* "the two sides held (nearly three hours of) talks": the token of a
 * form of "hold" or "conduct" up to five words before the noun at
 * `head`, with no name or clause break between; or -1. */
static long held_before(const struct sent *s, size_t head)
{
	size_t j;

	for (j = head; j-- > 0 && head - j <= 5;) {
		if (s->info[j].mention >= 0 || clause_break(s, j) || is_punct(s, j, ','))
			return -1;
		if (head_is(s, j, "hold") || head_is(s, j, "conduct") || word_is_any(s, j, held_word))
			return (long)j;
	}
	return -1;
}

/* Whether mention t, after a possessive pronoun ("their ambassadors"),
 * has the code of a member of mention src's group: the group's own. */
static int own_of_group(const struct sent *s, int32_t t, int32_t src)
{
	const struct mention *m = &s->ments[t];
	size_t k;

	if (!m->code || m->tok == 0 || !(s->info[m->tok].roles & R_POSS))
		return 0;
	for (k = 0; k < s->n_ments; k++)
		if (s->ments[k].group == s->ments[src].group && s->ments[k].code &&
		    !strcmp(s->ments[k].code, m->code))
			return 1;
	return 0;
}

/* Whether mention t is of the state of a member of mention src's group. */
static int state_of_group(const struct sent *s, int32_t t, int32_t src)
{
	const struct mention *m = &s->ments[t];
	size_t k;

	if (!m->code || strlen(m->code) < 3)
		return 0;
	for (k = 0; k < s->n_ments; k++)
		if (s->ments[k].group == s->ments[src].group && s->ments[k].code &&
		    !strncmp(s->ments[k].code, m->code, 3))
			return 1;
	return 0;
}

/* Whether the object from token `from` speaks of the ties of the
 * subject's sides: "the alliance between their countries", "their
 * friendship" (a determiner and two words at most before "their"). */
static int their_ties(const struct sent *s, size_t from)
{
	static const char *const ties[] = { "ties", "relations", "relationship", "alliance",
					    "friendship", "partnership", "countries", "nations",
					    "cooperation", NULL };
	size_t j;

	for (j = from; j < s->n && j < from + 4; j++) {
		if (head_is(s, j, "their"))
			return j + 1 < s->n && word_is_any(s, j + 1, ties);
		if (clause_break(s, j) || s->info[j].mention >= 0)
			return 0;
	}
	return 0;
}

/* How many states the members of mention src's group are of (up to 3). */
static size_t group_states(const struct sent *s, int32_t src)
{
	const struct mention *ms[8];
	size_t n = group_members(s, src, ms, 8), k, j, states = 0;

	for (k = 0; k < n && states < 3; k++) {
		if (!ms[k]->code || strlen(ms[k]->code) < 3)
			continue;
		for (j = 0; j < k && (!ms[j]->code || strncmp(ms[j]->code, ms[k]->code, 3)); j++)
			;
		if (j == k)
			states++;
	}
	return states;
}

/* Whether mention m is the object of "on", "over" or "about": what an
 * act is about ("a deal on Ukraine"), not a party to it. */
static int topic_object(const struct sent *s, int32_t m)
{
	static const char *const about[] = { "on", "over", "about", "regarding", NULL };
	long j;

	if (m < 0 || !s->ments[m].after_prep)
		return 0;
	for (j = (long)s->ments[m].tok - 1; j >= 0 && (s->info[j].roles & R_DET) &&
					    !(s->info[j].roles & R_POSS); j--)
		;
	return j >= 0 && word_is_any(s, (size_t)j, about);
}

/* Acts between the members of a compound subject ("Russia and China
 * held talks", "accused each other"), between the pair named before
 * ("the two leaders agreed"), or at "their" meeting. */
static int target_between(struct act *a)
{
	struct emit_ctx *e = a->e;
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *preds = a->preds;
	struct pred *p = a->p;
	long their;

	/* "Russia and China held talks": with '%' in the pattern, the members
	 * of a compound subject act on one another. */
	/* ("Biden and Putin agreed to return their ambassadors to each
	 * other's capitals": "their ambassadors" are the pair's own) */
	/* ("reached no deal on Ukraine": what a target found after the
	 * pattern's words is about is no party to it) */
	/* ("voiced agreement on the need for cooperation with the United
	 * States": accord (019) is on a topic, whoever it names) */
	if ((a->tgt < 0 || (a->src >= 0 && own_of_group(s, a->tgt, a->src)) ||
	     (a->r.target < 0 && topic_object(s, a->tgt)) ||
	     (a->r.target < 0 && a->rc && !strcmp(a->rc, "019"))) &&
	    a->src >= 0 && a->r.pat && pattern_has(lex, a->r.pat, LEX_EL_COMPOUND) &&
	    group_members(s, a->src, a->srcs, 8) >= 2) {
		a->tgt = a->src;
		a->reciprocal = 1;
	}
	/* "Talks among Russia, Iran and Turkey ended in Astana",
	 * "consultations among the foreign ministers of China, Japan and
	 * South Korea": a meeting among a list of parties, with no owner, is
	 * among its members, each way */
	if (a->src < 0 && a->tgt >= 0 && p->kind == LEX_NOUN && p->head + 1 < s->n &&
	    head_is(s, p->head + 1, "among") && a->rc && !strncmp(a->rc, "04", 2) &&
	    group_members(s, a->tgt, a->srcs, 8) >= 2) {
		a->src = a->tgt;
		a->reciprocal = 1;
	}
	/* "India and Pakistan accused each other", "blamed one another",
	 * "each accused the other": a compound subject acts on itself,
	 * whatever the pattern. */
	/* ("accused each other of shelling El Fasher": the place after
	 * "each other" is no target) */
	if ((a->tgt < 0 || (each_other(s, p->end + 1) && s->ments[a->tgt].tok > p->end + 2)) &&
	    a->src >= 0 &&
	    (each_other(s, p->end + 1) || each_the_other(s, p->group, p->end + 1)) &&
	    group_members(s, a->src, a->srcs, 8) >= 2) {
		a->tgt = a->src;
		a->reciprocal = 1;
	}
	/* "The two sides praised the alliance between their countries":
	 * "their" after a subject of two states' sides is both; each side
	 * acts on the other, not on its own state */
	if (a->src >= 0 && p->kind == LEX_VERB && !p->passive &&
	    ((a->tgt >= 0 && s->ments[a->tgt].kind == M_PRONOUN && s->ments[a->tgt].tok > p->end &&
	      head_is(s, s->ments[a->tgt].tok, "their") && state_of_group(s, a->tgt, a->src)) ||
	     ((a->tgt < 0 || (s->ments[a->tgt].kind == M_PRONOUN &&
			      head_is(s, s->ments[a->tgt].tok, "their"))) &&
	      a->rc && strncmp(a->rc, "09", 2) < 0 && their_ties(s, p->end + 1))) &&
	    group_states(s, a->src) >= 2) {
		a->tgt = a->src;
		a->reciprocal = 1;
	}
	/* "Ukraine and Russia held talks ..., agreeing to meet again",
	 * "... ended without a breakthrough but agreed to resume contacts":
	 * an agreement of a compound subject that names no other party is
	 * made between its members (intent, 03x, the deal itself, or a
	 * cooperative act agreed on), as is a meeting or a call ("Trump and
	 * Putin had not spoken by phone");
	 * and any participle that shares the compound subject of a main clause
	 * coded both ways, naming no other party, is mutual too. */
	/* ("agreed to swap prisoners": people the sentence only places are
	 * what is agreed on, not a party to it) */
	if (a->tgt >= 0 && s->ments[a->tgt].kind == M_AGENT && s->ments[a->tgt].placed &&
	    a->src >= 0 && p->kind == LEX_VERB && !p->passive && agreement_code(lex, a->r.code) &&
	    s->info[p->head].vlemma != LEX_NONE &&
	    !strcmp(lex_word_str(lex, s->info[p->head].vlemma), "agree") &&
	    group_members(s, a->src, a->srcs, 8) >= 2)
		a->tgt = -1;
	if (a->tgt < 0 && a->src >= 0 && p->kind == LEX_VERB &&
	    group_members(s, a->src, a->srcs, 8) >= 2 &&
	    ((!p->passive && agreement_code(lex, a->r.code) && s->info[p->head].vlemma != LEX_NONE &&
	      !strcmp(lex_word_str(lex, s->info[p->head].vlemma), "agree")) ||
	     /* (not a visit, a hosting or a mediation: "Egypt and Qatar
	      * mediated the talks" mediate between others) */
	     (!p->passive && a->rc && !strncmp(a->rc, "04", 2) && strncmp(a->rc, "042", 3) &&
	      strncmp(a->rc, "043", 3) && strncmp(a->rc, "045", 3)) ||
	     /* "agreed to swap prisoners": a cooperative act agreed on */
	     (p->infinitive && p->matrix >= 0 && (preds[p->matrix].vroles & V_AGREE) &&
	      a->rc && strncmp(a->rc, "09", 2) < 0) ||
	     (p->anchor >= 0 && mutual_before(e, preds, p, a->src)) ||
	     /* "Francis and Kirill embraced at Havana's airport ..., and
	      * signed a joint declaration": a cooperative verb joined to a
	      * main clause coded both ways shares its pair */
	     (p->coord >= 0 && p->anchor < 0 && !p->passive && !(p->vroles & V_AGREE) &&
	      a->rc && strncmp(a->rc, "09", 2) < 0 &&
	      mutual_before(e, preds, &(struct pred){ .anchor = p->coord, .head = p->head },
			    a->src)))) {
		a->tgt = a->src;
		a->reciprocal = 1;
	}
	/* "Russia and Ukraine ended their talks in Antalya without a
	 * ceasefire", "talks between Israel and Hamas in Cairo ended without
	 * a breakthrough": a pattern's "$ and +" whose '+' lands on the
	 * place the pair met in, past the pair's second member, means the
	 * pair, each to the other */
	if (a->tgt >= 0 && a->src >= 0 && a->r.code2 != LEX_NONE && a->r.pat && a->tgt == a->r.target &&
	    a->r.source == a->src && s->ments[a->tgt].after_prep &&
	    (s->ments[a->tgt].prep_roles & R_LOC) && s->ments[a->tgt].group != s->ments[a->src].group &&
	    group_members(s, a->src, a->srcs, 8) >= 2) {
		a->tgt = a->src;
		a->reciprocal = 1;
		a->r.code2 = LEX_NONE;
	}
	/* "Biden hosted Xi ..., and the two leaders agreed to resume
	 * talks": "the two leaders", "both sides" are the pair named
	 * before, acting on one another. */
	/* ("..., and the two leaders held nearly three hours of talks": a
	 * noun under its light verb, through that verb's group; through
	 * "held" itself when that is no predicate of its own) */
	long lv = -1;
	if (p->kind == LEX_VERB)
		lv = p->passive ? -1 : (long)p->group;
	else if (p->governor >= 0 && (preds[p->governor].vroles & V_LIGHT))
		lv = preds[p->governor].passive ? -1 : (long)preds[p->governor].group;
	else if (p->governor >= 0 && held_before(s, p->head) > (long)preds[p->governor].end)
		lv = held_before(s, p->head);
	/* ("..., and the two sides later agreed to a 48-hour truce": a noun
	 * whose own pattern names the "agreed" before it, through that word) */
	int agreed = 0;
	if (lv < 0 && p->kind == LEX_NOUN && p->r.pat && (lv = agreed_before(s, p->head)) >= 0)
		agreed = 1;
	/* ("..., and the two leaders held talks without reaching a deal":
	 * a participle through the verb it hangs on) */
	if (lv >= 0 && p->kind == LEX_VERB && p->anchor >= 0 && head_ends_ing(s, p->head) &&
	    two_sides_before(s, past_relative_before(s, (size_t)lv)) < 0 &&
	    !preds[p->anchor].passive)
		lv = (long)preds[p->anchor].group;
	if (lv >= 0) {
		long at = two_sides_before(s, past_relative_before(s, (size_t)lv));
		int32_t pa, pb;
		if (at >= 0 && last_pair(s, (size_t)at, &pa, &pb) &&
		    (a->tgt < 0 || a->tgt == pa || a->tgt == pb || s->ments[a->tgt].kind == M_PRONOUN ||
		     /* ("the two leaders pledged to work together on North
		      * Korea": an intent whose pattern names no one is the
		      * pair's to each other; the name after is its topic) */
		     (a->r.pat && a->r.target < 0 && a->rc && !strncmp(a->rc, "03", 2) &&
		      s->ments[a->tgt].tok > p->end))) {
			a->src = pa;
			a->tgt = pb;
			a->pair_sides = 1;
			a->reciprocal = 1;
			/* (what "the two sides" agree to, a truce, binds their
			 * states, not the forces named: tests/dev/clause-t079) */
			a->pair_states = (agreed && sides_word_before(s, past_relative_before(s, (size_t)lv))) ||
					 states_word_before(s, past_relative_before(s, (size_t)lv));
		}
	}
	/* "..., and the three leaders agreed to hold summits every year":
	 * the three named before, each to each */
	if (p->kind == LEX_VERB && !p->passive && !a->pair_sides) {
		long at = three_sides_before(s, past_relative_before(s, p->group));
		int32_t three[3];
		if (at >= 0 && last_three(s, (size_t)at, three) &&
		    (a->tgt < 0 || a->tgt == a->src || a->tgt == three[0] || a->tgt == three[1] ||
		     a->tgt == three[2] || s->ments[a->tgt].kind == M_PRONOUN ||
		     s->ments[a->tgt].tok >= (uint32_t)at)) {
			a->src = three[2];
			a->tgt = three[1];
			a->pair_third = three[0];
			a->pair_sides = 1;
			a->reciprocal = 1;
		}
	}
	/* "Russia promised to scale back ..., Ukraine proposed neutrality
	 * ..., and Turkey hosted both delegations", "urged both sides to
	 * show restraint": "both sides" as the object are the pair named
	 * before the source, each a target. */
	if (p->kind == LEX_VERB && !p->passive && a->src >= 0 && !a->reciprocal && !a->have_own &&
	    s->ments[a->src].code && (a->tgt < 0 || s->ments[a->tgt].tok <= p->end + 3)) {
		size_t end = sides_object_end(s, p->end + 1);
		int32_t pa, pb;
		uint32_t first = s->ments[a->src].tok;
		size_t k;
		for (k = 0; k < s->n_ments; k++)
			if (s->ments[k].group == s->ments[a->src].group && s->ments[k].tok < first)
				first = s->ments[k].tok;
		/* (sides that act in the sentence, not names in its
		 * phrases) */
		if (end && last_pair(s, first, &pa, &pb) && s->ments[pa].subject &&
		    s->ments[pb].subject &&
		    strncmp(s->ments[pa].code, s->ments[a->src].code, 3) &&
		    strncmp(s->ments[pb].code, s->ments[a->src].code, 3) &&
		    (a->tgt < 0 || s->ments[a->tgt].tok < end)) {
			a->tgt = pa;
			a->also_tgt = pb;
		} else if (end && a->tgt < 0 && between_pair(s, &pa, &pb) &&
			   strncmp(s->ments[pa].code, s->ments[a->src].code, 3) &&
			   strncmp(s->ments[pb].code, s->ments[a->src].code, 3)) {
			/* "urged restraint on both sides after deadly clashes
			 * between Thailand and Cambodia": the pair "between"
			 * names anywhere in the sentence */
			a->tgt = pa;
			a->also_tgt = pb;
		}
	}
	/* "Putin and Xi met ..., and the two leaders criticised the United
	 * States", "the two leaders agreed to work toward a summit with
	 * Kim": acting together on a third party, each of the pair is a
	 * source. */
	/* ("the two leaders held talks with Lukashenko": a noun through
	 * the verb whose object it is) */
	if ((p->kind == LEX_VERB || (p->governor >= 0 && a->src >= 0 &&
				     a->src == preds[p->governor].subject)) &&
	    !a->pair_sides && a->tgt >= 0) {
		const struct pred *q = pair_clause(preds, p->kind == LEX_VERB ? p : &preds[p->governor]);
		long at = q->passive ? -1 : two_sides_before(s, past_relative_before(s, q->group));
		int32_t pa, pb;
		if (at >= 0 && last_pair(s, (size_t)at, &pa, &pb) && a->tgt != pa && a->tgt != pb &&
		    s->ments[a->tgt].tok > q->group &&
		    /* (the subject search may pass over a phrase no
		     * mention covers to a member of the pair) */
		    (a->src < 0 || a->src == pa || a->src == pb ||
		     (s->ments[a->src].tok >= (uint32_t)at && s->ments[a->src].tok < q->group)) &&
		    s->ments[a->tgt].code && strncmp(s->ments[a->tgt].code, s->ments[pa].code, 3) &&
		    strncmp(s->ments[a->tgt].code, s->ments[pb].code, 3)) {
			a->src = pa;
			a->pair_other = pb;
		}
	}
	/* "asked Li Qiang to play a constructive role ..., at their meeting
	 * in Seoul", "Biden and Xi agreed ... at their summit": a meeting
	 * that is "their" own is among the members of a compound source,
	 * else between the source and the first other party after it. */
	/* '"...," Xi told Macron at their talks in Beijing': a meeting that
	 * is "their" own, whose "their" was taken for its source, is between
	 * the subject of the verb before it, in its clause, and the first
	 * other party after that subject. */
	if (p->kind == LEX_NOUN && !a->reciprocal && a->rc &&
	    !strncmp(a->rc, "04", 2) && (their = their_before(s, p->head)) >= 0 &&
	    (a->src < 0 || s->info[their].mention == a->src)) {
		int32_t sub = occasion_subject(s, preds, a->n, (size_t)their);
		if (sub >= 0 && sub != s->info[their].mention) {
			a->src = sub;
			a->tgt = -1;
		}
	}
	if (p->kind == LEX_NOUN && a->src >= 0 && !a->reciprocal && a->rc && !strncmp(a->rc, "04", 2) &&
	    (a->tgt < 0 || s->ments[a->tgt].kind == M_PRONOUN) &&
	    (their = their_before(s, p->head)) >= 0) {
		/* "their" itself is no source: the clause's subject is */
		if (s->info[their].mention == a->src && p->governor >= 0)
			a->src = preds[p->governor].passive ? preds[p->governor].by_agent :
							   preds[p->governor].subject;
		if (a->src < 0)
			a->tgt = -1;
		else if (group_members(s, a->src, a->srcs, 8) >= 2) {
			a->tgt = a->src;
			a->reciprocal = 1;
		} else
			a->tgt = next_party(s, &s->ments[a->src], p->head);
	}
	return 0;
}

/* "Armenia and Azerbaijan agreed to a truce, with Russia mediating",
 * "restored ties, with China acting as go-between", "agreed to
 * normalise relations with Israel in a deal brokered by the United
 * States": a mediation (045) after a main clause mediates between that
 * clause's parties, its subject and the first other party after its
 * verb.  It takes them when it names no target of its own, only one of
 * its own state ("shuttling messages between the two delegations",
 * "acting as go-between in talks in Beijing"), or only one of them. */
static int32_t mediated_other(const struct act *a);

static int mediated_parties(struct act *a)
{
	static const char *const background[] = { "after", "since", "following", NULL };
	struct sent *s = a->e->s;
	const struct pred *p = a->p, *q = NULL;
	const struct mention *src, *t;
	int32_t pa, pb;
	size_t k;

	if (!a->rc || strcmp(a->rc, "045") || a->src < 0 || a->reciprocal || a->have_own ||
	    a->pair_sides || !(src = &s->ments[a->src])->code)
		return 0;
	/* ("agreed to a ceasefire, after weeks of talks in Doha mediated by
	 * Qatar": talks in background, not the news; so is a truce "as" it
	 * takes effect) */
	for (k = p->head; k-- > 0 && k + 10 > p->head;) {
		if (word_is_any(s, k, background))
			return 0;
		/* "halted fighting as a truce brokered by the United States
		 * took effect" (not "acting as a go-between") */
		if (k + 2 < p->head && head_is(s, k, "as") && p->kind == LEX_VERB)
			return 0;
		if (clause_break(s, k) || is_punct(s, k, ','))
			break;
	}
	/* the nearest main verb with an act of its own ("signed a ceasefire
	 * agreement in talks brokered by": not "talks" read as a verb), else
	 * the nearest main verb ("approved a ceasefire with Lebanon") */
	for (k = a->i; k-- > 0;) {
		const struct pred *v = &a->preds[k];
		/* ("..., with Turkey's spy agency acting as a go-between":
		 * the mediator's own verb is no act of the parties) */
		if (v->kind != LEX_VERB || v->passive || v->head >= p->head ||
		    (v->group > 0 && (s->info[v->group - 1].roles & (R_PREP | R_DET))) ||
		    (v->subject < 0 && !(v->r.pat && v->r.source >= 0)) ||
		    (v->subject >= 0 && s->ments[v->subject].group == src->group) ||
		    clause_subordinate(s, v))
			continue;
		if (v->chosen == 1 && v->r.pat) {
			q = v;
			break;
		}
		if (!q)
			q = v;
	}
	/* "A ceasefire between Israel and Hezbollah came into force ...,
	 * under a deal brokered by the United States and France": where no
	 * main verb names the parties, the noun before it that coded both
	 * sides does */
	if (!q || q->chosen != 1) {
		for (k = a->i; k-- > 0;) {
			const struct pred *v = &a->preds[k];
			if (v->kind == LEX_NOUN && v->chosen == 1 && v->r.pat && v->head < p->head &&
			    v->r.source >= 0 && v->r.target >= 0 && v->r.source != v->r.target &&
			    !clause_subordinate(s, v) &&
			    (!q || (v->head < q->head && (q->subject < 0 || q->subject == v->r.source ||
							  q->subject == v->r.target)))) {
				q = v;
				break;
			}
		}
	}
	/* ("Iran released ..., and the United States freed ..., in a swap
	 * mediated by Qatar": two clauses, one side each, come first) */
	if (!q || mediated_other(a) >= 0)
		return 0;
	/* ("$ and + signed": the pattern's two sides) */
	pa = q->r.pat && q->r.source >= 0 ? q->r.source : q->subject;
	if (s->ments[pa].group == src->group || !s->ments[pa].code ||
	    !strncmp(s->ments[pa].code, src->code, 3))
		return 0;
	pb = q->r.pat && q->r.target >= 0 && q->r.target != pa ? q->r.target :
		clause_mention_right(s, q->end + 1, s->ments[pa].group, 1);
	if (pb >= 0 && (s->ments[pb].tok >= p->head || s->ments[pb].group == src->group ||
			!s->ments[pb].code || !strncmp(s->ments[pb].code, src->code, 3) ||
			!strncmp(s->ments[pb].code, s->ments[pa].code, 3)))
		pb = -1;
	t = a->tgt >= 0 ? &s->ments[a->tgt] : NULL;
	/* ("held talks in Brussels under the auspices of the EU": where the
	 * talks were held is no party to them) */
	if (t && t->after_prep && (t->prep_roles & R_LOC) && t->country && t->tok < p->head)
		t = NULL;
	/* ("their families" after "returned four Ukrainian children" is of
	 * a party's state: one of the parties) */
	if (t && t->code && strncmp(t->code, src->code, 3) && t->group != s->ments[pa].group &&
	    strncmp(t->code, s->ments[pa].code, 3) &&
	    (pb < 0 || (t->group != s->ments[pb].group &&
			(!s->ments[pb].code || strncmp(t->code, s->ments[pb].code, 3)))))
		return 0;       /* a party of its own */
	if (TRACING(a->e->c)) {
		size_t qlen;
		const char *qtext = tok_text(s, q->head, &qlen);
		coder_tracef(a->e->c, "  mediation \"%.*s\" between the parties of \"%.*s\"",
			     (int)a->hlen, a->htext, (int)qlen, qtext);
	}
	/* ("Syria's government and the main rebel groups halted fighting
	 * as a truce brokered by the United States took effect": the
	 * target already found stays beside the subject) */
	if (pb < 0 && t && t->group != s->ments[pa].group && strncmp(t->code, src->code, 3))
		pb = a->tgt;
	a->tgt = pa;
	a->also_tgt = pb;
	return 0;
}

/* "Trump met al-Sharaa in Riyadh in a meeting hosted by Saudi Crown
 * Prince Mohammed bin Salman", "signed the accord at a ceremony hosted
 * by Trump": a host the passive on a meeting's noun names receives both
 * its parties, the subject of the main verb before and the one that verb
 * names after it. */
static int hosted_parties(struct act *a)
{
	static const char *const gatherings[] = { "meeting", "meetings", "talks", "summit",
						  "ceremony", "session", "dinner", "lunch", NULL };
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	size_t k;

	if (!a->rc || strcmp(a->rc, "043") || p->kind != LEX_VERB || !p->passive ||
	    p->group == 0 || !word_is_any(s, p->group - 1, gatherings) || a->tgt < 0 ||
	    a->src < 0 || a->also_tgt >= 0 || a->have_own || a->reciprocal ||
	    !s->ments[a->src].code)
		return 0;
	for (k = a->i; k-- > 0;) {
		const struct pred *v = &a->preds[k];
		int32_t o;
		if (v->kind != LEX_VERB || v->passive || v->head >= p->head ||
		    clause_subordinate(s, v))
			continue;
		if (v->subject < 0 || s->ments[v->subject].group != s->ments[a->tgt].group)
			break;
		o = clause_mention_right(s, v->end + 1, s->ments[v->subject].group, 1);
		if (o >= 0 && s->ments[o].tok < p->group && s->ments[o].code &&
		    country_prefix(s->ments[o].code) && !s->ments[o].country &&
		    strncmp(s->ments[o].code, s->ments[a->src].code, 3))
			a->also_tgt = o;
		break;
	}
	return 0;
}

/* "Hamas freed three hostages, and Israel released 90 prisoners, under
 * a truce brokered by Qatar": a go-between's participle after two main
 * clauses that code the same act, each by one side, mediates between
 * both; the subject of the other one (the participle's own target is
 * the nearer), or -1. */
static int32_t mediated_other(const struct act *a)
{
	const struct sent *s = a->e->s;
	const struct pred *preds = a->preds, *p = a->p, *near = NULL;
	size_t k;

	if (!a->rc || strcmp(a->rc, "045") || p->kind != LEX_VERB || !p->passive ||
	    p->group != p->head || a->tgt < 0 || !s->ments[a->tgt].code)
		return -1;
	for (k = a->i; k-- > 0;) {
		const struct pred *q = &preds[k];
		const struct mention *m;
		if (q->kind != LEX_VERB || clause_subordinate(s, q) || q->subject < 0 ||
		    q->chosen != 1)
			continue;
		if (!near) {
			if (q->subject != a->tgt)
				return -1;
			near = q;
			continue;
		}
		m = &s->ments[q->subject];
		if (q->r.code != near->r.code || !m->code || m->group == s->ments[a->tgt].group ||
		    !strncmp(m->code, s->ments[a->tgt].code, 3) ||
		    (a->src >= 0 && m->group == s->ments[a->src].group))
			return -1;
		return q->subject;
	}
	return -1;
}

/* Acts aimed at someone the clause does not name as their object: a
 * threat, a claim or silence at the other party, a truce or retreat at the
 * other side, a rebuke at whoever did the act it condemns. */
/* The verb p's object is "the move", "the decision", "this step": an
 * act named by what it was, whose doer the sentence told before; with
 * refusal set, also "the offer", "the demand": what one refuses. */
static int act_object(const struct sent *s, const struct pred *p, int refusal)
{
	static const char *const acts[] = { "move", "moves", "decision", "step", "action",
					    "measure", "measures", "annexation", "ruling",
					    "verdict", NULL };
	/* what one refuses: "Kyiv dismissed the offer as absurd" */
	static const char *const asks[] = { "offer", "proposal", "demand", "demands",
					    "ultimatum", "request", NULL };
	size_t j = p->end + 1;

	return j + 1 < s->n && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS) &&
	       (word_is_any(s, j + 1, acts) || (refusal && word_is_any(s, j + 1, asks)));
}

/* The verb p's object is "the allegations", "these claims": a charge
 * whose maker the sentence told before ("accusing them of spying, and
 * Britain dismissed the allegations"). */
static int claim_object(const struct sent *s, const struct pred *p)
{
	static const char *const claims[] = { "allegation", "allegations", "accusation",
					      "accusations", "claim", "claims", "charge",
					      "charges", NULL };
	size_t j = p->end + 1;

	return j + 1 < s->n && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS) &&
	       word_is_any(s, j + 1, claims);
}

/* The demand beside "summoned Britain's ambassador" is made of the state
 * the summons was coded against (GBR), not of its envoy: a target taken
 * from the object of the verb q stands for what q's own event was aimed
 * at, when that is the object's state. */
static void same_target_as(struct act *a, const struct pred *q)
{
	const struct emit_ctx *e = a->e;
	const struct sent *s = e->s;
	const struct mention *m = &s->ments[a->tgt];
	uint32_t at = s->toks[q->head].start - s->base;
	size_t k;

	for (k = 0; k < e->n_seen; k++) {
		const struct dyad_event *o = &e->seen[k];
		if (o->trigger.start != at || !o->target.code || !m->code ||
		    strlen(o->target.code) != 3 || strlen(m->code) <= 3 ||
		    strncmp(o->target.code, m->code, 3))
			continue;
		implied_actor(&a->own, s, m->tok, o->target.code);
		a->own.start = m->start;
		a->own.end = m->end;
		a->have_own = 1;
		a->tgt = -1;
		return;
	}
}

/* "India revoked the special status of Kashmir, and Pakistan condemned
 * the move", "Putin proclaimed the annexation ..., and Biden denounced
 * the move as a fraud": a rebuke of "the move" or "the decision" that
 * answers no act coded before it is aimed at the subject of the clause
 * its own is joined to by ", and", when that is another state's.  The
 * subject's mention, or -1. */
static int32_t joined_clause_subject(const struct sent *s, const struct mention *src);

static int32_t joined_clause_doer(const struct sent *s, const struct pred *p,
				  const struct mention *src)
{
	if (!act_object(s, p, 0))
		return -1;
	return joined_clause_subject(s, src);
}

/* The subject of the clause before the one src opens after ", and" (or
 * ", but"), when that is another state's and comes first in the
 * sentence: "Israel struck Iran ..., and Tehran responded"; or -1. */
static int32_t joined_clause_subject(const struct sent *s, const struct mention *src)
{
	size_t k;
	long c = (long)src->tok - 1;

	if (!src->code)
		return -1;
	if (c >= 0 && (s->info[c].roles & R_DET) && s->info[c].mention < 0)
		c--;
	if (c < 2 || !(s->info[c].roles & (R_CONJ | R_BUT)) || !is_punct(s, (size_t)c - 1, ','))
		return -1;
	for (k = 0; k + 1 < (size_t)c; k++) {
		const struct mention *m;
		size_t after;
		if (s->info[k].mention < 0) {
			/* (a verb before any name: the clause has no
			 * subject of its own to blame) */
			if (s->info[k].verb || clause_break(s, k))
				return -1;
			continue;
		}
		m = &s->ments[s->info[k].mention];
		after = m->tok + m->n_tok;
		if (m->after_prep || m->kind == M_PRONOUN || !m->code || !placeable(m) ||
		    (s->info[m->tok].roles & R_POSS) ||
		    (after < s->n && (s->info[after].roles & R_POSS)) ||
		    !strncmp(m->code, src->code, 3))
			return -1;
		return s->info[k].mention;
	}
	return -1;
}

/* The subject of an "after" clause that follows predicate p in its own
 * clause ("expressed disappointment on Friday after Ishiba sent an
 * offering"): the first mention after "after", when it is another
 * state's, no preposition's object or possessive, and a verb follows it
 * within a few words; or -1. */
static int32_t after_clause_subject(const struct sent *s, const struct pred *p,
				    const struct mention *src)
{
	static const char *const after_w[] = { "after", NULL };
	size_t j, k;

	/* (past the rebuke's own object, "lodged a protest", "expressed
	 * deep disappointment on Friday", not past a comma) */
	for (j = p->end + 1; j < s->n && j <= p->end + 8; j++) {
		if (word_is_any(s, j, after_w))
			break;
		if (clause_break(s, j) || is_punct(s, j, ','))
			return -1;
	}
	if (j + 1 >= s->n || j > p->end + 8 || s->info[j + 1].mention < 0)
		return -1;
	{
		const struct mention *m = &s->ments[s->info[j + 1].mention];
		size_t after = m->tok + m->n_tok;
		if (m->kind == M_PRONOUN || !m->code || !placeable(m) || !src->code ||
		    (after < s->n && (s->info[after].roles & R_POSS)) ||
		    !strncmp(m->code, src->code, 3))
			return -1;
		for (k = after; k < s->n && k < after + 3; k++)
			if (s->info[k].verb && s->info[k].mention < 0)
				return s->info[j + 1].mention;
	}
	return -1;
}

/* Whether mentions x and y name actors of one state. */
static int s_same_state(const struct sent *s, int32_t x, int32_t y)
{
	const char *a = s->ments[x].code, *b = s->ments[y].code;

	return a && b && strlen(a) >= 3 && strlen(b) >= 3 && !strncmp(a, b, 3);
}

/* "Washington has told Kyiv it will not provide F-16s", "China has
 * told Japan it would take resolute countermeasures": an act of the
 * speaker's side that names no party, told to a hearer of another
 * state, is aimed at the hearer (a name or a person, not "reporters"
 * or "lawmakers").  The hearer's mention, or -1. */
static int32_t told_hearer(const struct sent *s, const struct pred *p, int32_t src)
{
	static const char *const telling[] = { "told", "tells", "telling", "assured", "assures",
					       "assuring", "informed", "informs", NULL };
	const struct mention *h;
	size_t j, k, t;

	if (src < 0 || !s->ments[src].code)
		return -1;
	for (j = p->group, k = 0; j-- > 0 && k < 10; k++) {
		if (!word_is_any(s, j, telling))
			continue;
		if (j + 1 >= s->n || s->info[j + 1].mention < 0)
			return -1;
		/* the teller, right before the verb (past "has"), is of
		 * the source's state */
		for (t = j; t-- > 0 && j - t <= 3 && s->info[t].mention < 0;)
			;
		if (t >= j || s->info[t].mention < 0 ||
		    !s_same_state(s, s->info[t].mention, src))
			return -1;
		h = &s->ments[s->info[j + 1].mention];
		if (h->kind == M_PRONOUN || (!h->person && h->kind != M_NAME) || !h->code ||
		    strlen(h->code) < 3 || !strncmp(h->code, s->ments[src].code, 3) ||
		    (strlen(h->code) >= 6 && !strcmp(h->code + strlen(h->code) - 3, "MED")))
			return -1;
		return s->info[j + 1].mention;
	}
	return -1;
}

/* Whether the verb at i answers an act: "retaliated", "responded",
 * "hit back". */
static int answer_verb(const struct sent *s, size_t i)
{
	static const char *const hit[] = { "hit", "hits", "hitting", "strike", "strikes",
					   "struck", "striking", "fire", "fires", "fired",
					   "firing", "shoot", "shoots", "shot", "shooting", NULL };
	static const char *const back[] = { "back", NULL };

	return head_is(s, i, "retaliate") || head_is(s, i, "respond") ||
	       head_is(s, i, "reply") ||
	       (word_is_any(s, i, hit) && i + 1 < s->n && word_is_any(s, i + 1, back));
}

/* Aim act A at CODE, the state of mention M, with M's span: the party a
 * clause joined to A's names, as it answers that clause's act. */
static void aim_at_state_of(struct act *a, const struct mention *m, const char *code)
{
	implied_actor(&a->own, a->e->s, m->tok, code);
	a->own.start = m->start;
	a->own.end = m->end;
	a->have_own = 1;
}

/* Whether an act coded before in the sentence was done, asserted, by an
 * actor of the state of `code` ("Russian troops could attack Kyiv" is
 * feared, and no threat answers it). */
static int answers_done_act(const struct emit_ctx *e, const char *code)
{
	size_t k;

	for (k = 0; k < e->n_seen; k++)
		if (e->seen[k].source.code && !strncmp(e->seen[k].source.code, code, 3) &&
		    e->seen[k].mode == DYAD_MODE_ASSERTED)
			return 1;
	return 0;
}

/* "Georgia's parliament passed a law on foreign agents, and the European
 * Union condemned the vote", "Azerbaijan set up a checkpoint ..., and
 * Armenia's foreign ministry condemned it as a gross violation": a rebuke
 * (11x) of "it" or of an act named by what it was, which answers no act
 * coded before it (the vote, the checkpoint code nothing), is aimed at
 * the subject of the clause its own is joined to by ", and", as "the
 * move" is (joined_clause_doer()).  That subject's mention, or -1. */
static int32_t rebuked_joined_doer(const struct sent *s, const struct pred *p,
				   const struct act *a)
{
	static const char *const acts[] = { "vote", "law", "bill", "plan", "remarks",
					    "comments", "visit", "trip", "detention", "arrest",
					    "sentence", "conviction", "ban", "launch", "test",
					    "operation", "offensive", "raid", "incursion", "drills",
					    "appointment", "expulsion", "execution", "executions",
					    "takeover", "deployment", "closure", NULL };
	static const char *const it_w[] = { "it", "this", NULL };
	size_t j = p->end + 1;

	if (!a->rc || strncmp(a->rc, "11", 2) || a->src < 0 || j >= s->n)
		return -1;
	if (!word_is_any(s, j, it_w) &&
	    !(j + 1 < s->n && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS) &&
	      word_is_any(s, j + 1, acts)))
		return -1;
	return joined_clause_subject(s, &s->ments[a->src]);
}

static int target_answered(struct act *a)
{
	if (a->also_tgt < 0)
		a->also_tgt = mediated_other(a);
	/* '"We condemn this attack in the strongest terms," the French
	 * foreign ministry said of the Russian strike', '"We will never
	 * recognise it," Zelensky said of Russia's annexation': a rebuke,
	 * refusal, demand or threat that a quote opening the sentence aims
	 * at no one named is aimed at the one its "said of" names, or at
	 * the doer of what it "said after" */
	if (a->tgt < 0 && a->src >= 0 && a->rc && a->p->head < a->e->s->qclose &&
	    (!strncmp(a->rc, "10", 2) || !strncmp(a->rc, "11", 2) || !strncmp(a->rc, "12", 2) ||
	     !strncmp(a->rc, "13", 2))) {
		a->tgt = quote_about(a->e->s, a->p);
	}
	/* (views told to a hearer, "told Xi that Washington opposed any
	 * change", stay views: statements, appeals, demands and rebukes
	 * are not aimed so; nor is a leaving that names nothing left,
	 * "told China that it would leave") */
	if (a->tgt < 0 && a->src >= 0 && a->rc && strncmp(a->rc, "01", 2) &&
	    strncmp(a->rc, "02", 2) && strncmp(a->rc, "10", 2) && strncmp(a->rc, "11", 2) &&
	    strncmp(a->rc, "16", 2))
		a->tgt = told_hearer(a->e->s, a->p, a->src);
	static const char *const it_word[] = { "it", NULL };
	static const char *const naming[] = { "called", "calling", "calls", "described",
					      "describing", "describes", "termed", "terming",
					      "branded", "branding", "dubbed", "dubbing",
					      "labelled", "labelling", "labeled", "labeling", NULL };
	struct emit_ctx *e = a->e;
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *preds = a->preds;
	struct pred *p = a->p;
	size_t n = a->n;
	int32_t lk;

	/* "Zelenskiy, addressing the U.S. Congress by video, appealed for
	 * more weapons and a no-fly zone over his country": an appeal or
	 * a demand that names no one else is made to whom the aside on its
	 * subject says the subject was addressing */
	if (a->src >= 0 && a->rc && (!strncmp(a->rc, "02", 2) || !strncmp(a->rc, "10", 2)) &&
	    p->kind == LEX_VERB && s->ments[a->src].code && p->group >= 1 &&
	    (a->tgt < 0 || (s->ments[a->tgt].code &&
			    !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)))) {
		long q = clause_subject_aside(s, p->group - 1);
		static const char *const addressing[] = { "addressing", "telling", NULL };
		if (q >= 0 && (size_t)q + 2 < p->group && word_is_any(s, (size_t)q + 1, addressing)) {
			size_t j = (size_t)q + 2;
			while (j < p->group && (s->info[j].roles & R_DET) && s->info[j].mention < 0)
				j++;
			if (s->info[j].mention >= 0 && s->ments[s->info[j].mention].code &&
			    strncmp(s->ments[s->info[j].mention].code, s->ments[a->src].code, 3)) {
				a->tgt = s->info[j].mention;
				a->have_own = 0;
			}
		}
	}
	/* "Israeli warplanes struck military targets in Iran, while Iran,
	 * which said its air defences had intercepted most of them, played
	 * down the damage": force whose object is "them" (or "most of
	 * them") after another state's attack strikes at what that state
	 * sent, so at the attacker, not at the nearest name */
	if (a->src >= 0 && a->tgt >= 0 && a->rc && !strncmp(a->rc, "19", 2) &&
	    s->ments[a->tgt].kind == M_PRONOUN && s->ments[a->src].code &&
	    head_is(s, s->ments[a->tgt].tok, "them") && s->ments[a->tgt].tok > p->head) {
		const char *doers[2];
		if (prior_doers(e, s, p->head, s->ments[a->src].code, doers, 2) == 1 &&
		    strncmp(doers[0], s->ments[a->src].code, 3)) {
			implied_actor(&a->own, s, s->ments[a->tgt].tok, doers[0]);
			a->own.start = s->ments[a->tgt].start;
			a->own.end = s->ments[a->tgt].end;
			a->have_own = 1;
			a->tgt = -1;
		}
	}
	/* "drawing condemnation from U.S. President Barack Obama, who warned
	 * of serious consequences, and from ...": a rebuke or a threat that
	 * names no one, in a relative clause on one the sentence has just
	 * coded reacting, is aimed where that reaction was, not at the next
	 * name after it */
	if (a->src >= 0 && !a->have_own && a->r.target < 0 && a->rc &&
	    (!strncmp(a->rc, "11", 2) || !strncmp(a->rc, "13", 2)) && p->kind == LEX_VERB &&
	    p->subject == a->src && relative_after(s, &s->ments[a->src], p)) {
		const struct mention *m = &s->ments[a->src];
		size_t k = e->n_seen;
		while (k-- > 0) {
			const struct dyad_event *o = &e->seen[k];
			if (o->source.start != m->start || o->source.end != m->end || !o->target.code ||
			    !o->root || (strcmp(o->root, "11") && strcmp(o->root, "13")))
				continue;
			implied_actor(&a->own, s, m->tok, o->target.code);
			a->own.start = o->target.start;
			a->own.end = o->target.end;
			a->have_own = 1;
			a->tgt = -1;
			break;
		}
	}
	/* "threatened that North Korea would shoot down U.S. planes",
	 * "claimed responsibility for bombings that killed 90 people",
	 * "declined to comment on reports that North Korean troops": a
	 * threat, a claim or a refusal to comment is aimed at the first
	 * other party its clause names. */
	/* ("would not comment on reports that it had struck Isfahan": the
	 * source's own pronoun, even as the pattern's '+') */
	if ((a->tgt < 0 || (a->tgt >= 0 && a->src >= 0 && s->ments[a->tgt].code &&
			    (a->r.target < 0 || (s->ments[a->tgt].kind == M_PRONOUN && a->rc &&
						 !strcmp(a->rc, "011"))) &&
			    s->ments[a->src].code && !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3) &&
			    a->rc && !strncmp(a->rc, "01", 2))) &&
	    a->src >= 0 && a->rc && (!strncmp(a->rc, "13", 2) ||
				     !strcmp(a->rc, "015") || !strcmp(a->rc, "011"))) {
		a->tgt = other_party(s, p->end + 1, &s->ments[a->src]);
		/* "Israel likely struck near Isfahan, U.S. officials said,
		 * though Israel made no comment": silence on what the
		 * sentence told before */
		if (a->tgt < 0 && !strcmp(a->rc, "011"))
			a->tgt = other_party(s, 0, &s->ments[a->src]);
	}
	/* "South Africa filed a case accusing Israel of genocide, and
	 * Israel rejected the accusation": a denial that names no accuser
	 * answers the accusation the sentence told before, made by the
	 * first other party it names */
	if (a->tgt < 0 && a->src >= 0 && a->rc && !strcmp(a->rc, "016") && s->ments[a->src].code) {
		size_t k;

		for (k = 0; k < e->n_seen; k++)
			if (e->seen[k].root && !strcmp(e->seen[k].root, "11") && e->seen[k].target.code &&
			    !strncmp(e->seen[k].target.code, s->ments[a->src].code, 3)) {
				a->tgt = other_party(s, 0, &s->ments[a->src]);
				break;
			}
	}
	/* "U.S. officials would neither confirm nor deny reports that the
	 * United States carried out a cyber attack on Iran": silence on its
	 * own state's act is aimed at the other party the report names;
	 * with none ("reports that a Chinese submarine sank", said by
	 * Beijing) the report's own actor stays */
	if (a->tgt >= 0 && a->src >= 0 && a->rc && !strcmp(a->rc, "011") &&
	    s->ments[a->tgt].code && s->ments[a->src].code &&
	    !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)) {
		/* (the party after the report's own verb: "reports that
		 * General Surovikin, deputy commander of Russia's forces in
		 * Ukraine, had been detained" names no act on Ukraine) */
		size_t j = s->ments[a->tgt].tok + s->ments[a->tgt].n_tok;
		int32_t o = -1;

		while (j < s->n && !(s->info[j].verb && s->info[j].mention < 0) &&
		       !is_punct(s, j, ','))
			j++;
		if (j < s->n && s->info[j].verb)
			o = other_party(s, j + 1, &s->ments[a->src]);
		if (o >= 0)
			a->tgt = o;
	}
	/* "The United States imposed sanctions on Turkey's ministers, and
	 * Ankara vowed to retaliate", "Indian warplanes struck a camp inside
	 * Pakistan, and Pakistan vowed to respond": a threat that answers
	 * the clause before it and names no one is aimed at the state of
	 * that clause's subject, not at the forces or office that acted
	 * (a pattern must name what is threatened: "though they cautioned
	 * that no decision had been made" threatens no one) */
	/* "A U.S. air strike killed Iranian commander Qassem Soleimani, and
	 * Khamenei vowed harsh revenge for the killing of the architect of
	 * Tehran's regional military network": a threat whose pattern names
	 * no target, and whose first name after it is of the threatener's
	 * own state (the victim avenged), answers the joined clause: it is
	 * dropped here when that clause's doer is another state that acted,
	 * for the block below to aim it there */
	if (a->tgt >= 0 && !a->have_own && a->src >= 0 && a->r.target < 0 && a->rc &&
	    !strncmp(a->rc, "13", 2) && a->r.pat && s->ments[a->src].code &&
	    s->ments[a->tgt].code && s->ments[a->tgt].kind != M_PRONOUN &&
	    country_prefix(s->ments[a->src].code) &&
	    !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)) {
		int32_t o = joined_clause_subject(s, &s->ments[a->src]);
		if (o >= 0 && s->ments[o].code && country_prefix(s->ments[o].code) &&
		    strncmp(s->ments[o].code, s->ments[a->src].code, 3) &&
		    answers_done_act(e, s->ments[o].code))
			a->tgt = -1;
	}
	if (a->tgt < 0 && !a->have_own && a->src >= 0 && a->rc && !strncmp(a->rc, "13", 2) &&
	    a->r.pat) {
		int32_t o = joined_clause_subject(s, &s->ments[a->src]);
		char *bare = o >= 0 && s->ments[o].code && country_prefix(s->ments[o].code) &&
			     answers_done_act(e, s->ments[o].code) ?
			     state_role(e->c, s->ments[o].code, "") : NULL;
		if (bare)
			aim_at_state_of(a, &s->ments[o], bare);
	}
	/* "South Korea's military began drills around the Dokdo islets, and
	 * Japan lodged a protest", "Seoul expressed deep disappointment
	 * after Ishiba sent an offering to the Yasukuni shrine": a rebuke or
	 * a protest that names no one answers the clause it is joined to,
	 * or the "after" clause right after it, and is aimed at the state of
	 * that clause's subject (tests/dev/README.md, Direction), though
	 * the act answered is no event of its own (drills at home, an
	 * offering) */
	if (a->tgt < 0 && !a->have_own && a->src >= 0 && a->rc && !strncmp(a->rc, "11", 2) &&
	    a->r.pat && a->r.target < 0 && s->ments[a->src].code &&
	    country_prefix(s->ments[a->src].code)) {
		int32_t o = joined_clause_subject(s, &s->ments[a->src]);
		char *bare;
		if (o < 0)
			o = after_clause_subject(s, p, &s->ments[a->src]);
		/* (an act coded before, "launched strikes ..., and Damascus
		 * condemned the attack", is answered by the rules on the
		 * rebuke's object, each of its doers) */
		bare = o >= 0 && s->ments[o].code && country_prefix(s->ments[o].code) &&
		       !answers_done_act(e, s->ments[o].code) ?
		       state_role(e->c, s->ments[o].code, "") : NULL;
		if (bare)
			aim_at_state_of(a, &s->ments[o], bare);
	}
	/* "Israel struck Iran's nuclear sites, and Tehran responded with
	 * waves of drones", "..., and the group retaliated with missile
	 * attacks": force in answer that names no one hits the subject of
	 * the clause it answers. */
	if (a->tgt < 0 && a->src >= 0 && a->rc && p->kind == LEX_VERB && answer_verb(s, p->head) &&
	    (!strncmp(a->rc, "15", 2) || !strncmp(a->rc, "18", 2) || !strncmp(a->rc, "19", 2) ||
	     !strncmp(a->rc, "20", 2)))
		a->tgt = joined_clause_subject(s, &s->ments[a->src]);
	/* "Russian troops retreated in the face of a counter-offensive",
	 * "withdrew its troops from the town of Avdiivka": a retreat or
	 * surrender that names only its own ground yields to the other side
	 * the sentence names, after it or else before. */
	/* "Tigrayan forces retook Mekelle, and the government declared a
	 * unilateral ceasefire": a truce that names no other side, or only
	 * a place of the source's own state, is with the other side the
	 * sentence names (an armed group of the same state stays the
	 * target: "the army and the rebels halted fighting"). */
	if (a->src >= 0 && a->rc &&
	    (!strcmp(a->rc, "0874") ||
	     (!strcmp(a->rc, "0871") &&
	      (a->tgt < 0 || s->ments[a->tgt].country))) &&
	    s->ments[a->src].code &&
	    (a->tgt < 0 || (s->ments[a->tgt].code &&
			    !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)))) {
		int32_t o = other_side(s, p, &s->ments[a->src], 0);
		if (o >= 0)
			a->tgt = o;
	}
	/* "Pakistan closed its airspace after India suspended the Indus
	 * Waters Treaty": leaving or suspending an accord (127, 1211) that
	 * names no other party is aimed at the other side the sentence
	 * names (not the one reporting it) */
	if (a->src >= 0 && a->tgt < 0 && a->rc && (!strcmp(a->rc, "127") || !strcmp(a->rc, "1211")) &&
	    s->ments[a->src].code && p->kind == LEX_VERB && accord_leaving(s, p->head)) {
		a->tgt = other_side(s, p, &s->ments[a->src], 1);
	}
	/* "said it would deploy stronger forces along the border", "called
	 * up 300,000 reservists": a show of force by one's own forces is
	 * aimed at the other side the sentence names, else at no one (its
	 * own protesters remain a target: "deployed soldiers to quell
	 * protests by students"). */
	if (a->src >= 0 && a->tgt >= 0 && a->rc &&
	    !strncmp(a->rc, "15", 2) && s->ments[a->src].code &&
	    s->ments[a->tgt].code && country_prefix(s->ments[a->src].code) &&
	    !civil_role(s->ments[a->tgt].code) &&
	    (!strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3) ||
	     /* "prompting Poland to scramble fighter jets": forces the
	      * verb puts out, placed only by the sentence's other
	      * places, are the source's own */
	     (a->r.target < 0 && p->kind == LEX_VERB && s->ments[a->tgt].kind == M_AGENT &&
	      s->ments[a->tgt].placed && state_force(s->ments[a->tgt].code) &&
	      lower_word_at(s, s->ments[a->tgt].tok) &&
	      s->ments[a->tgt].tok == p->end + 1 + (s->info[p->end + 1].roles & R_DET ? 1 : 0)))) {
		int32_t own = a->tgt;
		int placed = strncmp(s->ments[own].code, s->ments[a->src].code, 3) != 0;
		a->tgt = other_side(s, p, &s->ments[a->src], 1);
		/* (not the forces themselves, named after the verb) */
		if (placed && a->tgt == own &&
		    (a->tgt = other_party(s, 0, &s->ments[a->src])) == own)
			a->tgt = -1;
	}
	/* "India has rushed troops to Ladakh, after a stand-off with Chinese
	 * soldiers", "ordered a mobilisation amid fears of war with
	 * Ethiopia", "ordered the army to its highest combat readiness as
	 * tensions with Kosovo rose": a show of force, alert or call-up a
	 * state's own side makes that names no target is aimed at the other
	 * side the sentence names as the one it is at odds with (not one
	 * that reacts to it: "fired a missile into the sea, and Japan lodged
	 * a protest", "drawing condemnation from Obama"). */
	if (a->src >= 0 && a->tgt < 0 && a->rc && !strncmp(a->rc, "15", 2) &&
	    p->kind == LEX_VERB && s->ments[a->src].code && country_prefix(s->ments[a->src].code)) {
		a->tgt = party_at_odds(s, p, &s->ments[a->src]);
	}
	/* "Putin signed treaties annexing four regions, a move Kyiv
	 * condemned as illegal": a clause on a noun in apposition to the
	 * main clause reacts to its act, and so to its subject. */
	if (a->tgt < 0 && a->src >= 0 && p->kind == LEX_VERB && !p->passive && a->r.target < 0) {
		static const char *const acts[] = { "move", "decision", "step", "act", "action",
						    "measure", "plan", "proposal", "idea", "offer",
						    "suggestion", NULL };
		const struct mention *m = &s->ments[a->src];
		long j = (long)m->tok - 1;
		size_t al = 0, first = m->tok, last = m->tok + m->n_tok, g = p->group, mk;
		const char *at;
		/* ("a proposal that Egypt and Jordan quickly rejected": the
		 * whole list is the subject, an adverb may stand before the
		 * verb) */
		for (mk = 0; mk < s->n_ments; mk++)
			if (s->ments[mk].group == m->group) {
				if (s->ments[mk].tok < first)
					first = s->ments[mk].tok;
				if (s->ments[mk].tok + s->ments[mk].n_tok > last)
					last = s->ments[mk].tok + s->ments[mk].n_tok;
			}
		if (g > last && g - 1 == last && s->info[last].mention < 0 && !s->info[last].verb) {
			size_t ll;
			const char *lt = tok_text(s, last, &ll);
			if (ends_with(lt, ll, "ly"))
				g = last;
		}
		j = (long)first - 1;
		/* ("a move that Moon called reckless", "a move Moscow, which
		 * had warned countries against it, denounced as illegal": a
		 * "that" before the subject, an aside after it) */
		if (j >= 2 && head_is(s, (size_t)j, "that"))
			j--;
		at = j >= 1 ? tok_text(s, (size_t)j, &al) : "";
		if ((last == g ||
		     (p->group >= 1 && clause_subject_aside(s, p->group - 1) ==
		      (long)(m->tok + m->n_tok))) &&
		    j >= 1 && word_in(at, al, acts)) {
			j--;
			if (j >= 0 && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS))
				j--;
			if (j >= 1 && (is_punct(s, (size_t)j, ',') || is_punct(s, (size_t)j, '-'))) {
				size_t k;
				for (k = 0; k < n && preds[k].head < (uint32_t)j; k++) {
					const struct pred *q = &preds[k];
					int32_t qs = q->passive ? q->by_agent : q->subject;
					if (q->kind == LEX_VERB && !clause_subordinate(s, q) && qs >= 0 &&
					    s->ments[qs].group != m->group) {
						a->tgt = qs;
						break;
					}
				}
				/* ("Japan's cabinet approved the removal ..., a
				 * move that Moon called reckless": a state's
				 * rebuke is aimed at the doer's state, not the
				 * office or forces that acted) */
				if (a->tgt >= 0 && a->rc && !strncmp(a->rc, "11", 2) &&
				    !s->ments[a->tgt].person && s->ments[a->tgt].code && m->code &&
				    country_prefix(s->ments[a->tgt].code) && country_prefix(m->code) &&
				    strlen(s->ments[a->tgt].code) > 3 && !civil_role(s->ments[a->tgt].code) &&
				    strncmp(s->ments[a->tgt].code, m->code, 3)) {
					char *st = state_role(e->c, s->ments[a->tgt].code, "");
					if (st) {
						derived_mention(&a->own, &s->ments[a->tgt], st, 0,
								s->ments[a->tgt].start, s->ments[a->tgt].end);
						a->have_own = 1;
						a->tgt = -1;
					}
				}
			}
		}
	}
	/* "ordered striking doctors to return to work and threatened to
	 * suspend their licences", "expressed condolences to Turkey and
	 * promised further help": a threat or a promise naming no one is
	 * aimed at the object of the verb it is coordinated with; so is one
	 * in a participle after a comma ("visited Kyiv, pledging $500
	 * million in aid"), at the object of the main clause's verb. */
	/* ("lodged a protest with China and demanded the release of a
	 * detained citizen": whom a demand names by no state is what it
	 * asks for, not whom it asks) */
	if (a->tgt >= 0 && (!s->ments[a->tgt].code ||
			    (s->ments[a->tgt].kind == M_AGENT && strlen(s->ments[a->tgt].code) == 3)) &&
	    a->rc && !strncmp(a->rc, "10", 2) && p->coord >= 0)
		a->tgt = -1;
	if (a->tgt < 0 && a->src >= 0 && (lk = p->coord >= 0 ? p->coord : p->anchor) >= 0 && a->rc &&
	    (!strncmp(a->rc, "13", 2) ||
	     /* "met President Moon and signed a declaration", "hosted Xi
	      * and signed a statement": an agreement naming no one is
	      * signed with the object of the verb it is joined to */
	     (!strncmp(a->rc, "057", 3) && p->coord >= 0 && !(preds[lk].vroles & V_SPEECH)) ||
	     /* "gave Niger's junta one week to reinstate the president and
	      * imposed sanctions": sanctions or cut ties naming no one */
	     (!strncmp(a->rc, "16", 2) && p->coord >= 0 && !(preds[lk].vroles & V_SPEECH)) ||
	     /* "met Yulia Navalnaya and expressed his condolences", "spoke
	      * with Kamikawa and offered condolences", "paid tribute": the
	      * sympathy naming no one goes to the one met or called */
	     ((!strncmp(a->rc, "018", 3) || !strncmp(a->rc, "017", 3)) && p->coord >= 0 &&
	      !(preds[lk].vroles & V_SPEECH)) ||
	     /* a promise of something named, beside a verb with an object
	      * (not a speech verb's reported clause) */
	     (!strncmp(a->rc, "03", 2) && a->r.pat &&
	      strcmp(a->rc, "030") && !(preds[lk].vroles & V_SPEECH)) ||
	     /* "summoned Britain's ambassador and demanded the release of
	      * the seized tanker": a demand naming no one, beside a verb
	      * with an object */
	     (!strncmp(a->rc, "10", 2) && preds[lk].kind == LEX_VERB &&
	      !(preds[lk].vroles & V_SPEECH)))) {
		size_t j;
		for (j = preds[lk].end + 1; j < p->group && a->tgt < 0; j++) {
			const struct mention *m;
			if (s->info[j].mention < 0)
				continue;
			m = &s->ments[s->info[j].mention];
			/* (what is signed is signed with the verb's object, or
			 * whom it is done "with": not "embraced at Havana's
			 * airport and signed") */
			if (!strncmp(a->rc, "057", 3)) {
				size_t b = m->tok;
				while (b > 0 && (s->info[b - 1].roles & R_DET) &&
				       !(s->info[b - 1].roles & R_POSS))
					b--;
				if (b == 0 || (b - 1 != preds[lk].end && !head_is(s, b - 1, "with")) ||
				    (m->tok + m->n_tok < s->n && head_is(s, m->tok + m->n_tok, "'s"))) {
					j = m->tok + m->n_tok - 1;
					continue;
				}
			}
			/* "his condolences": the source's own word is no object */
			if (m->group != s->ments[a->src].group && !(m->after_prep && (m->prep_roles & R_LOC)) &&
			    !(m->kind == M_PRONOUN && m->code && s->ments[a->src].code &&
			      !strcmp(m->code, s->ments[a->src].code)))
				a->tgt = s->info[j].mention;
			j = m->tok + m->n_tok - 1;
		}
		/* ("surrounded his residence and demanded a share of
		 * power": a possessor is no addressee) */
		if (a->tgt >= 0 && !strncmp(a->rc, "10", 2) &&
		    (s->info[s->ments[a->tgt].tok].roles & R_POSS))
			a->tgt = -1;
		if (a->tgt >= 0 && !strncmp(a->rc, "10", 2))
			same_target_as(a, &preds[lk]);
	}
	/* "Japan sent rescue teams to Turkey, and Beijing pledged emergency
	 * aid", "Greece sent firefighters to Turkey and Cyprus offered its
	 * condolences": help or sympathy naming no one, in a clause of its
	 * own joined by "and" to one that gave to a party, goes to that
	 * party (the first clause's target or place), not to the first
	 * clause's doer's side nor to the giver's own */
	if (a->tgt < 0 && a->src >= 0 && p->kind == LEX_VERB && p->coord < 0 && p->anchor < 0 &&
	    !p->infinitive && a->rc && s->ments[a->src].code &&
	    country_prefix(s->ments[a->src].code) &&
	    (!strncmp(a->rc, "018", 3) || !strncmp(a->rc, "017", 3) || !strncmp(a->rc, "07", 2) ||
	     (!strncmp(a->rc, "03", 2) && a->r.pat && strcmp(a->rc, "030")))) {
		const struct mention *sm = &s->ments[a->src];
		size_t c = sm->tok;
		long k;
		if (c >= 1 && head_is(s, c - 1, "and") && sm->tok < p->group) {
			const struct pred *q = NULL;
			int32_t qs;
			for (k = (long)n - 1; k >= 0; k--)
				if (preds[k].kind == LEX_VERB && preds[k].end < c - 1 &&
				    !preds[k].infinitive && !clause_subordinate(s, &preds[k])) {
					q = &preds[k];
					break;
				}
			qs = q ? (q->passive ? q->by_agent : q->subject) : -1;
			if (q && qs >= 0 && s->ments[qs].code && country_prefix(s->ments[qs].code) &&
			    !(q->vroles & V_SPEECH) &&
			    strncmp(s->ments[qs].code, sm->code, 3)) {
				size_t j;
				for (j = q->end + 1; j + 1 < c && a->tgt < 0; j++) {
					const struct mention *m;
					if (s->info[j].mention < 0)
						continue;
					m = &s->ments[s->info[j].mention];
					if (m->code && country_prefix(m->code) &&
					    strncmp(m->code, s->ments[qs].code, 3) &&
					    strncmp(m->code, sm->code, 3) &&
					    !(s->info[m->tok].roles & R_POSS) &&
					    /* (where talks were held is no recipient:
					     * "held talks in Jeddah, and Washington
					     * agreed to resume military aid") */
					    !(m->after_prep && (m->prep_roles & R_LOC)))
						a->tgt = s->info[j].mention;
					j = m->tok + m->n_tok - 1;
				}
			}
		}
	}
	/* "fired 200 artillery rounds, prompting the South to hold its own
	 * drills", "ordered China to close its consulate, prompting Beijing
	 * to vow countermeasures": what a party is prompted or forced to do,
	 * naming no one, answers the one that prompted it */
	/* ("prompting the European Union to vow countermeasures and China
	 * to urge Washington to cancel them": the next party prompted, the
	 * subject of an infinitive of its own, is no target of the vow) */
	if (a->tgt > 0 && a->r.target < 0 && a->src >= 0 && p->kind == LEX_VERB &&
	    p->infinitive && p->matrix >= 0 && head_is(s, preds[p->matrix].head, "prompt") &&
	    s->ments[a->tgt].tok > p->end) {
		const struct mention *m = &s->ments[a->tgt];
		size_t end = m->tok + m->n_tok;
		if (end + 1 < s->n && (s->info[end].roles & R_TO) && s->info[end + 1].verb &&
		    m->tok > 0 && (s->info[m->tok - 1].roles & R_CONJ))
			a->tgt = -1;
	}
	if (a->tgt < 0 && a->src >= 0 && s->ments[a->src].code) {
		static const char *const prompts[] = {
			"prompting", "prompted", "forcing", "forced", "spurring", "spurred",
			"compelling", "compelled", NULL };
		/* (a noun under a light verb: "to hold drills", not "to
		 * cancel their meeting") */
		const struct pred *v = p->kind == LEX_NOUN && p->governor >= 0 &&
				       (preds[p->governor].vroles & V_LIGHT) ?
				       &preds[p->governor] : p;
		int32_t who;
		if (v->kind == LEX_VERB && v->infinitive && v->matrix >= 0 &&
		    word_is_any(s, preds[v->matrix].head, prompts) &&
		    (who = preds[v->matrix].passive ? preds[v->matrix].by_agent :
						       preds[v->matrix].subject) >= 0 &&
		    s->ments[who].code && country_prefix(s->ments[who].code) &&
		    strncmp(s->ments[who].code, s->ments[a->src].code, 3))
			a->tgt = who;
	}
	/* "threatened to cut off the transit of Russian gas if the European
	 * Union imposed new sanctions": a threat is aimed at the party whose
	 * act its condition names, rather than at a name in a phrase of its
	 * content ("warned the United States that ... if Pelosi visited",
	 * "threatened to execute Israeli hostages if": its object stays). */
	if (a->src >= 0 && a->r.target < 0 && (a->tgt < 0 || s->ments[a->tgt].after_prep) &&
	    a->rc && !strncmp(a->rc, "13", 2) && s->ments[a->src].code) {
		size_t k;
		for (k = 0; k < n; k++) {
			const struct pred *q = &preds[k];
			int32_t qs = q->passive ? q->by_agent : q->subject;
			if (q->kind != LEX_VERB || q->head <= p->end || qs < 0 ||
			    !mode_in_condition(s, preds, n, q))
				continue;
			if (s->ments[qs].code && strncmp(s->ments[qs].code, s->ments[a->src].code, 3) &&
			    placeable(&s->ments[qs]))
				a->tgt = qs;
			break;
		}
	}
	/* "Islamic State burned a captured pilot alive ..., and Jordan
	 * vowed a response", "Ankara vowed to retaliate": a threat that
	 * names no one answers the act of the last other party before it
	 * (not its reporter's). */
	if (a->tgt < 0 && a->src >= 0 && a->r.target < 0 && a->rc &&
	    !strncmp(a->rc, "13", 2)) {
		size_t k;
		for (k = 0; k < n && preds[k].head < p->group; k++) {
			const struct pred *q = &preds[k];
			int32_t qs = q->passive ? q->by_agent : q->subject;
			const struct mention *m = qs >= 0 ? &s->ments[qs] : NULL;
			/* ("fighters could carry out mass killings, U.N.
			 * officials warned": a feared act is no act it
			 * answers) */
			if (q->kind != LEX_VERB || !m || !m->code || !s->ments[a->src].code ||
			    mode_resolve(s, preds, k) != DYAD_MODE_ASSERTED ||
			    !strncmp(m->code, s->ments[a->src].code, 3) || !placeable(m) ||
			    (p->reporter >= 0 && s->ments[p->reporter].group == m->group) ||
			    !clause_act(lex, preds, n, k))
				continue;
			a->tgt = qs;
		}
		/* (the state of the forces or office that acted, as a
		 * rebuke's below) */
		if (a->tgt >= 0 && !s->ments[a->tgt].person && s->ments[a->tgt].code &&
		    country_prefix(s->ments[a->tgt].code) && strlen(s->ments[a->tgt].code) > 3 &&
		    country_prefix(s->ments[a->src].code) &&
		    strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)) {
			char *st = state_role(e->c, s->ments[a->tgt].code, "");
			if (st) {
				derived_mention(&a->own, &s->ments[a->tgt], st, 0, s->ments[a->tgt].start,
						s->ments[a->tgt].end);
				a->have_own = 1;
				a->tgt = -1;
			}
		}
	}
	/* "North Korea fired a missile over Japan ..., and Kishida condemned
	 * the launch as barbaric", "the U.N. condemned the takeover",
	 * "Britain called it a grave step": a rebuke (11x) whose object is an
	 * act that names no party of its own is aimed at whoever did the
	 * last act coded before it in the sentence. */
	/* ("called it a flagrant violation": "it" is the act, not the
	 * speaker) */
	/* ("the Kremlin dismissed the move as meaningless", "Moscow
	 * rejected the ruling": a refusal of an act so named answers it
	 * alike; "accusing them of spying, and Britain dismissed the
	 * allegations": so does a denial of a charge so named) */
	if (a->src >= 0 && !a->have_own && p->kind == LEX_VERB && !p->passive && a->rc &&
	    (!strncmp(a->rc, "11", 2) || (!strncmp(a->rc, "12", 2) && act_object(s, p, 1)) ||
	     (!strcmp(a->rc, "016") && claim_object(s, p))) &&
	    s->ments[a->src].code &&
	    (a->rebuke_back || (a->r.target < 0 && a->tgt < 0) ||
	     (a->tgt >= 0 && (a->r.target < 0 || a->r.target == a->tgt) &&
	      s->ments[a->tgt].kind == M_PRONOUN &&
	      ((s->ments[a->tgt].code && !strcmp(s->ments[a->tgt].code, s->ments[a->src].code)) ||
	       /* ("said Russian forces had executed prisoners,
	        * calling it a war crime", "and Zelensky called it
	        * terrorism": "it" named so is the act) */
	       (word_is_any(s, p->head, naming) && word_is_any(s, s->ments[a->tgt].tok, it_word)))))) {
		const struct mention *own[8];
		size_t n_own = group_members(s, a->src, own, 8), k, q, kept = 0;
		a->n_doers = prior_doers(e, s, p->head, s->ments[a->src].code, a->doers, 4);
		/* "X, Y and Z said they were leaving ECOWAS, accusing the
		 * bloc": no member of the critic's list is the doer it
		 * rebukes */
		for (k = 0; k < a->n_doers; k++) {
			for (q = 0; q < n_own && (!own[q]->code || strcmp(own[q]->code, a->doers[k])); q++)
				;
			if (q == n_own)
				a->doers[kept++] = a->doers[k];
		}
		a->n_doers = unnamed_doer(s, p) ? 0 : kept;
		if (!a->n_doers && a->tgt < 0 && !a->rebuke_back)
			a->tgt = joined_clause_doer(s, p, &s->ments[a->src]);
		if (!a->n_doers && !a->rebuke_back &&
		    (a->tgt < 0 || s->ments[a->tgt].kind == M_PRONOUN)) {
			int32_t d = rebuked_joined_doer(s, p, a);
			if (d >= 0)
				a->tgt = d;
		}
		/* (a state answers another state's act: the doer's state,
		 * not the forces or office that did it -- "Iran's Revolutionary
		 * Guards seized a tanker, and Britain warned", "an attack Qatar
		 * condemned"; at home the office stays: "Colombian police
		 * raided ..., and the government called the raid excessive") */
		for (k = 0; k < a->n_doers; k++)
			if (country_prefix(a->doers[k]) && strlen(a->doers[k]) > 3 &&
			    country_prefix(s->ments[a->src].code) &&
			    strncmp(a->doers[k], s->ments[a->src].code, 3) &&
			    !doer_person(e, a->doers[k])) {
				char *st = state_role(e->c, a->doers[k], "");
				if (st)
					a->doers[k] = st;
			}
		if (a->n_doers) {
			implied_actor(&a->own, s, p->head, a->doers[0]);
			for (k = 1; k < a->n_doers; k++)
				implied_actor(&a->more_own[k - 1], s, p->head, a->doers[k]);
			a->have_own = 1;
			a->tgt = -1;
		}
	}
	return 0;
}

/* The act is aimed at the home of mention m's state, as role ("" for the
 * state's people, "MIL" for its forces), spanned over m, when that home
 * is found; else it is left as it was. */
static void home_target_at(struct act *a, const struct mention *m, const char *role)
{
	if (home_target(a->e->c, a->e->s, a->p, a->p->end, m, role, &a->own)) {
		a->own.start = m->start;
		a->own.end = m->end;
		a->have_own = 1;
		a->tgt = -1;
	}
}

/* The mention at token j when it is a state's (or its role's) other than
 * src's and no armed group's; else NULL. */
static const struct mention *other_state_at(const struct sent *s, size_t j,
					    const struct mention *src)
{
	const struct mention *m;

	if (s->info[j].mention < 0)
		return NULL;
	m = &s->ments[s->info[j].mention];
	return m->code && country_prefix(m->code) && strncmp(m->code, src->code, 3) &&
	       !armed_group(m->code) ? m : NULL;
}

/* Whether "of" (past determiners and a few words: "of the Iranian
 * supertanker", "of jailed women's rights activists") governs the
 * mention at token TOK. */
static int release_of(const struct sent *s, size_t tok)
{
	size_t j, steps = 0;

	for (j = tok; j-- > 0 && steps < 3; steps++) {
		if (head_is(s, j, "of"))
			return 1;
		if (s->info[j].mention >= 0 || (s->info[j].roles & (R_PREP | R_CONJ | R_SUB)) ||
		    (s->toks[j].flags & TOK_PUNCT))
			return 0;
	}
	return 0;
}

/* "demanded the immediate release of Alexei Navalny", "called for the
 * release of jailed women's rights activists": a release (0253, 1053) is
 * asked of whoever holds the captives, not of the captives.  Another
 * state's people are held by their own state; the asker's own people
 * ("demanded the release of Huawei's Meng Wanzhou", "sought the release
 * of South Korean workers") by the other state the sentence names, the
 * nearest before the request ("summoned the Canadian ambassador and
 * demanded ...", "flew to Washington to seek ...") or else after the
 * captives ("a reporter detained in Russia"): its office holder when one
 * is named, else the state.  0 always. */
static int release_holder(struct act *a)
{
	static const char *const captive[] = { "CVL", "OPP", "LAB", "EDU", "HLH", "REL", "MED",
					       "BUS", "ELI", "MIL", NULL };
	struct sent *s = a->e->s;
	const struct mention *t, *src, *h = NULL;
	size_t j;

	if (!a->rc || (strcmp(a->rc, "0253") && strcmp(a->rc, "1053")) || a->tgt < 0 ||
	    a->have_own || a->src < 0 || a->reciprocal)
		return 0;
	t = &s->ments[a->tgt];
	src = &s->ments[a->src];
	if (!t->code || !src->code || strlen(t->code) != 6 || !country_prefix(t->code) ||
	    !role_in(t->code, captive) || t->tok < a->p->head ||
	    (t->after_prep && !release_of(s, t->tok)))
		return 0;
	if (strncmp(t->code, src->code, 3)) {
		/* (soldiers are held by the other side, not by their state) */
		if (role_in(t->code, (const char *const[]){ "MIL", NULL }))
			return 0;
		home_target_at(a, t, "");
		return 0;
	}
	for (j = a->p->head; j-- > 0 && !h;)
		h = other_state_at(s, j, src);
	for (j = t->tok + t->n_tok; j < s->n && !h; j++) {
		if (is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			break;
		h = other_state_at(s, j, src);
	}
	if (!h)
		return 0;
	if (h->person && strlen(h->code) == 6) {
		a->tgt = (int32_t)(h - s->ments);
		return 0;
	}
	home_target_at(a, h, "");
	return 0;
}

/* Whether the sentence names emergency rule: martial law, a curfew, a
 * state of emergency. */
static int emergency_rule_named(const struct sent *s)
{
	static const char *const curfew[] = { "curfew", "curfews", NULL };
	size_t j;

	for (j = 0; j < s->n; j++)
		if (word_is_any(s, j, curfew) ||
		    (j + 1 < s->n && head_is(s, j, "martial") && head_is(s, j + 1, "law")) ||
		    (j + 2 < s->n && head_is(s, j, "state") && head_is(s, j + 1, "of") &&
		     head_is(s, j + 2, "emergency")))
			return 1;
	return 0;
}

/* "Mali's junta demanded that France withdraw its troops from the
 * country", "told Russia that its border guards must leave their post
 * at Yerevan's airport": foreign forces asked to leave the asker's own
 * soil are the target (MIL), not their state; a withdrawal from a third
 * country ("demanded that Russia withdraw its troops from Ukraine") is
 * asked of the state.  0 always. */
static int forces_home(struct act *a)
{
	struct sent *s = a->e->s;
	const struct mention *t, *src;

	/* "hoped Iran and Israel would agree to a ceasefire": a pattern that
	 * names the "and" of a pair takes its first; the hope or appeal is
	 * to both */
	if (a->rc && !strncmp(a->rc, "02", 2) && a->tgt >= 0 && a->also_tgt < 0 && !a->have_own &&
	    a->r.target == a->tgt && a->r.pat) {
		size_t k = s->ments[a->tgt].tok + s->ments[a->tgt].n_tok;
		if (k + 1 < s->n && head_is(s, k, "and") && s->info[k + 1].mention >= 0 &&
		    s->info[k + 1].mention != a->src &&
		    s->ments[s->info[k + 1].mention].group != s->ments[a->tgt].group &&
		    s->ments[s->info[k + 1].mention].code && s->ments[a->src].code &&
		    strncmp(s->ments[s->info[k + 1].mention].code, s->ments[a->src].code, 3))
			a->also_tgt = s->info[k + 1].mention;
	}

	if (!a->rc || (strcmp(a->rc, "1056") && strcmp(a->rc, "105") && strcmp(a->rc, "0256")) ||
	    a->tgt < 0 || a->src < 0 || a->have_own || a->reciprocal)
		return 0;
	t = &s->ments[a->tgt];
	src = &s->ments[a->src];
	if (!forces_off_own_soil(s, a->p, t, src))
		return 0;
	home_target_at(a, t, "MIL");
	return 0;
}

/* The state whose dead a symbolic act for "victims", "children", "the
 * dead" or at a "memorial" mourns: the first state named in the sentence
 * that is not the source's own, a place's state included; -1 when the
 * act names none of those words or no such state. */
static int32_t mourned_state(const struct sent *s, const struct pred *p, const struct mention *src)
{
	static const char *const dead[] = { "victims", "children", "dead", "memorial", "memorials",
					    NULL };
	size_t j, k;

	for (j = p->end + 1; j < s->n && j <= p->end + 12; j++)
		if (word_is_any(s, j, dead))
			break;
	if (j >= s->n || j > p->end + 12)
		return -1;
	for (k = 0; k < s->n_ments; k++) {
		const struct mention *m = &s->ments[k];
		if (m->code && country_prefix(m->code) && strlen(m->code) == 3 &&
		    strncmp(m->code, src->code, 3))
			return (int32_t)k;
	}
	return -2;
}

/* Acts aimed at the source's own state or people: emergency rule and
 * curfews, strikes and protests, yielding to unnamed protesters, a
 * threat to crush unrest, a group's demobilization, troops sent out at
 * home. */
/* Whether mention m, in the object of a reaction, names the doer of
 * the act that object names rather than the object itself: its
 * possessor ("a Chinese fighter jet's interception"), its "by" agent
 * ("the storming of the compound by Israeli police"), the state word on
 * its noun ("the U.S. missile strikes"), or the forces a deployment
 * sends ("the deployment of North Korean troops to Russia"). */
static int doer_in_object(const struct sent *s, const struct pred *preds, size_t n,
			  const struct mention *m)
{
	static const char *const sent_out[] = { "deployment", "deployments", "dispatch",
						"sending", "presence", "build-up", "buildup",
						"massing", "incursion", "incursions", "intrusion",
						"intrusions", "entry", "transit", "passage",
						"overflight", "overflights", NULL };
	size_t end = m->tok + m->n_tok, k;
	long j = (long)m->tok - 1;

	if (possessor(s, m))
		return 1;
	while (j >= 0 && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS))
		j--;
	if (j >= 0 && (s->info[j].roles & R_BY))
		return 1;
	if (j >= 1 && (s->info[j].roles & R_OF) && word_is_any(s, (size_t)j - 1, sent_out))
		return 1;
	for (k = 0; end < s->n && k < n; k++)
		if (preds[k].kind == LEX_NOUN && preds[k].head == end)
			return 1;
	return 0;
}

/* "condemned the killing of Iranian commander Qassem Soleimani by the
 * United States", "the diversion of a passenger jet to Minsk by
 * Belarusian authorities": the "by" agent later in the phrase of an act
 * whose "of" object is mention m (no clause break or verb between); -1
 * when there is none. */
static int32_t by_agent_after_of(const struct sent *s, const struct mention *m)
{
	long j = (long)m->tok - 1;
	size_t k;

	while (j >= 0 && ((s->info[j].roles & R_DET) || is_modifier(s, (size_t)j)) &&
	       s->info[j].mention < 0 && !(s->info[j].roles & R_PREP))
		j--;
	if (j < 1 || !(s->info[j].roles & R_OF) || s->info[j - 1].mention >= 0)
		return -1;
	/* (past an apposition: "the detention of a second Canadian, Michael
	 * Spavor, by Chinese authorities") */
	for (k = m->tok + m->n_tok; k < s->n && k < m->tok + m->n_tok + 10; k++) {
		if (clause_break(s, k) ||
		    (s->info[k].verb && s->info[k].mention < 0 && !(s->info[k].roles & R_PREP)))
			return -1;
		if (s->info[k].roles & R_BY) {
			size_t q = k + 1;
			while (q < s->n && (s->info[q].roles & R_DET) && s->info[q].mention < 0)
				q++;
			return q < s->n ? s->info[q].mention : -1;
		}
	}
	return -1;
}

/* The "by" agent of an act that verb p's object names, when no party
 * is named before it ("criticised the conviction of Evan Gershkovich by
 * a Russian court"): a mention of another state than src's right after
 * "by" (past determiners), with an event noun between p and the "by" and
 * no clause break, comma or verb; -1 when there is none. */
static int32_t by_agent_in_object(const struct sent *s, const struct pred *preds, size_t n,
				  const struct pred *p, const struct mention *src)
{
	size_t j, k, q;
	int noun = 0;

	for (j = p->end + 1; j < s->n && j < p->end + 14; j++) {
		if (clause_break(s, j) || is_punct(s, j, ',') ||
		    (s->info[j].verb && s->info[j].mention < 0 && !(s->info[j].roles & R_PREP) &&
		     !noun))
			return -1;
		for (k = 0; k < n; k++)
			if (preds[k].kind == LEX_NOUN && preds[k].head == j)
				noun = 1;
		if (!(s->info[j].roles & R_BY))
			continue;
		if (!noun)
			return -1;
		for (q = j + 1; q < s->n && (s->info[q].roles & R_DET) && s->info[q].mention < 0; q++)
			;
		if (q < s->n && s->info[q].mention >= 0) {
			const struct mention *m = &s->ments[s->info[q].mention];
			if (m->code && country_prefix(m->code) && strncmp(m->code, src->code, 3))
				return s->info[q].mention;
		}
		return -1;
	}
	return -1;
}

/* "criticised a Chinese fighter jet's dangerous interception of an
 * Australian aircraft", "condemned the detention of a reporter by
 * Russia's FSB", "voiced concern over the deployment of North Korean
 * troops": a rebuke or a worry (11x but accusations, 012) about an act
 * its object names is aimed at that act's doer, not at the one the act
 * was done to; and a state answering another state's act answers the
 * state, not the forces, police or service that did it (the README's
 * "an attack Qatar condemned": `QAT ISR 111`).  Accusations keep the
 * forces they name ("accused Russian forces of"). */
static int reacted_doer(struct act *a)
{
	static const char *const forces[] = { "MIL", "COP", "SPY", NULL };
	struct sent *s = a->e->s;
	const struct mention *m, *src;
	int32_t by;
	char *st;

	if (a->src < 0 || a->have_own || !a->rc ||
	    !(!strncmp(a->rc, "11", 2) || !strcmp(a->rc, "012")) || !strncmp(a->rc, "112", 3))
		return 0;
	src = &s->ments[a->src];
	if (!src->code || !country_prefix(src->code))
		return 0;
	/* ("criticised the conviction of Evan Gershkovich by a Russian
	 * court": no party named before the "by" of the act) */
	if (a->tgt < 0 && a->p->kind == LEX_VERB)
		a->tgt = by_agent_in_object(s, a->preds, a->n, a->p, src);
	if (a->tgt < 0 || a->tgt == a->src)
		return 0;
	m = &s->ments[a->tgt];
	if ((by = by_agent_after_of(s, m)) >= 0 && s->ments[by].code &&
	    country_prefix(s->ments[by].code) && strncmp(s->ments[by].code, src->code, 3) &&
	    (!m->code || strncmp(m->code, s->ments[by].code, 3))) {
		a->tgt = by;
		m = &s->ments[by];
	}
	if (m->person || !m->code || !country_prefix(m->code) || !role_in(m->code, forces) ||
	    !strncmp(m->code, src->code, 3) || !doer_in_object(s, a->preds, a->n, m))
		return 0;
	if (!(st = state_role(a->e->c, m->code, "")))
		return 0;
	derived_mention(&a->own, m, st, 0, m->start, m->end);
	a->have_own = 1;
	a->tgt = -1;
	return 0;
}

/* Whether the dissent a resignation or a policy given up answers, told
 * after the predicate's head, is students' ("bowing to weeks of
 * student-led protests", "after student protesters stormed"): the yield
 * is to the state's students (EDU), as actors-t-0079 codes it, not to
 * its civilians at large. */
static int student_dissent(const struct sent *s, size_t from)
{
	static const char *const led[] = { "student-led", "students-led", NULL };
	static const char *const student[] = { "student", "students", NULL };
	static const char *const dissent[] = { "protest", "protests", "protesters", "protestors",
					       "demonstrations", "demonstrators", "movement",
					       "unrest", "rallies", "uprising", NULL };
	size_t i;

	for (i = from; i < s->n; i++) {
		if (word_is_any(s, i, led))
			return 1;
		if (i + 1 < s->n && word_is_any(s, i, student) && word_is_any(s, i + 1, dissent))
			return 1;
		/* ("protests led by students") */
		if (i + 2 < s->n && head_is(s, i, "led") && head_is(s, i + 1, "by") &&
		    word_is_any(s, i + 2, student))
			return 1;
	}
	return 0;
}

/* "Ukrainian troops recaptured Kupiansk, hours after Russia announced it
 * was pulling back", "Iraqi forces took control of Kirkuk as Kurdish
 * peshmerga fighters withdrew": a place of their own state that a
 * state's forces capture is taken from whoever held it, the one other
 * party the act's clause names (another state, or the state's armed
 * groups), not from the state.  (With no such party the place's state
 * stays the target, "Nepal's army took control of the streets of
 * Kathmandu": the capture is news, its loser unnamed.) */
static int retaken_from(struct act *a)
{
	static const char *const joined[] = { "and", "but", "while", "whereas", NULL };
	const struct sent *s = a->e->s;
	const struct mention *src, *tgt;
	int32_t other = -1;
	size_t k;

	if (a->tgt < 0 || a->src < 0 || a->have_own || !a->rc || strcmp(a->rc, "192"))
		return 0;
	src = &s->ments[a->src];
	tgt = &s->ments[a->tgt];
	/* (forces named as such, of their own state: not a pronoun, nor a
	 * role given the state of the place it acts in) */
	if (!src->code || !tgt->code || !country_prefix(src->code) || strlen(src->code) < 6 ||
	    src->kind == M_PRONOUN || src->placed || strlen(tgt->code) != 3 ||
	    strncmp(src->code, tgt->code, 3) ||
	    armed_group(src->code) || civil_role(src->code) || !tgt->country)
		return 0;
	for (k = 0; k < s->n_ments; k++) {
		const struct mention *m = &s->ments[k];
		size_t j, lo, hi;
		if (!m->code || m->place_only || m->kind == M_PRONOUN || !placeable(m) ||
		    m->group == src->group)
			continue;
		/* (in the act's own clause: "and Armenia accused Baku"
		 * after ", and" tells another act) */
		lo = m->tok < a->p->head ? m->tok : a->p->head;
		hi = m->tok < a->p->head ? a->p->head : m->tok;
		for (j = lo; j < hi; j++)
			if (is_punct(s, j, ';') ||
			    (is_punct(s, j, ',') && j + 1 < s->n && word_is_any(s, j + 1, joined)))
				break;
		if (j < hi)
			continue;
		if (!strncmp(m->code, src->code, 3) && !armed_group(m->code))
			continue;
		if (!strncmp(m->code, "IGO", 3) || !strncmp(m->code, "NGO", 3))
			continue;
		if (other >= 0 && strncmp(s->ments[other].code, m->code, 3))
			return 0;       /* two other parties: no guessing */
		if (other < 0)
			other = (int32_t)k;
	}
	if (other < 0)
		return 0;
	a->tgt = other;
	if (TRACING(a->e->c))
		coder_tracef(a->e->c, "  verb \"%.*s\": a place of the source's own state was "
			     "taken from the other party its clause names", (int)a->hlen, a->htext);
	return 0;
}

static int target_at_home(struct act *a)
{
	struct emit_ctx *e = a->e;
	struct dyad_coder *c = a->e->c;
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *p = a->p;

	/* "declared martial law", "lifted the curfew": a state's emergency
	 * rule, curfews and curbs on freedoms at home (1721-1724) and their
	 * easing (0811-0814) fall, when the clause names no one else, on the
	 * source's own state. */
	/* "laid a wreath at the memorial to the victims of the atomic
	 * bombing" in Hiroshima, "paid homage to children killed in the war"
	 * in Kyiv: a symbolic act for the dead that names no one falls on
	 * the civilians of the state the sentence places them in
	 * (tests/dev/README.md, intent: victims take the victims' code) */
	/* (one mourner: "Duda and Zelensky paid tribute to the victims of
	 * the Volhynia massacres" mourn each other's dead) */
	if (a->tgt < 0 && !a->have_own && a->src >= 0 && a->rc && !strcmp(a->rc, "017") &&
	    s->ments[a->src].code && group_members(s, a->src, a->srcs, 2) <= 1) {
		int32_t st = mourned_state(s, p, &s->ments[a->src]);
		/* (a place no dictionary knows, under a dateline: "BUCHA,
		 * Ukraine -- ... in Bucha" mourns the dateline state's dead) */
		const char *state = st >= 0 ? s->ments[st].code :
				    st == -2 && c->memo.dateline[0] &&
				    strncmp(c->memo.dateline, s->ments[a->src].code, 3) ?
				    c->memo.dateline : NULL;
		char *cvl = state ? state_role(c, state, "CVL") : NULL;
		if (cvl) {
			implied_actor(&a->own, s, p->head, cvl);
			if (st >= 0) {
				a->own.start = s->ments[st].start;
				a->own.end = s->ments[st].end;
			}
			a->have_own = 1;
		}
	}
	/* "observed a minute's silence for the victims of the Paris
	 * attacks", "laid wreaths at the cenotaph for the victims of the
	 * atomic bombing of Hiroshima": the place the victims are "of" names
	 * their state, and the act is for its civilians (the same
	 * convention), not for the state */
	if (a->tgt >= 0 && !a->have_own && a->src >= 0 && a->rc && !strcmp(a->rc, "017") &&
	    s->ments[a->tgt].code && strlen(s->ments[a->tgt].code) == 3 &&
	    country_prefix(s->ments[a->tgt].code) && s->ments[a->src].code &&
	    strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)) {
		static const char *const dead[] = { "victims", "dead", NULL };
		size_t j;

		for (j = p->end + 1; j < s->ments[a->tgt].tok; j++)
			if (word_is_any(s, j, dead))
				break;
		if (j < s->ments[a->tgt].tok) {
			char *cvl = state_role(c, s->ments[a->tgt].code, "CVL");
			if (cvl) {
				implied_actor(&a->own, s, p->head, cvl);
				a->own.start = s->ments[a->tgt].start;
				a->own.end = s->ments[a->tgt].end;
				a->have_own = 1;
				a->tgt = -1;
			}
		}
	}
	/* "Lawmakers voted to demand the lifting of martial law",
	 * "protesters called for an end to the curfew": a demand or appeal
	 * that names no one, by a state's own lawmakers, opposition or
	 * people, to lift the emergency rule its sentence names, is made of
	 * that state's government, which rules so */
	/* "Trump said North Korea had demanded the lifting of sanctions", "a
	 * summit ... collapsed after Kim demanded the lifting of most
	 * sanctions": easing asked for that names no one is asked of the
	 * other state the sentence names, whose sanctions they are */
	if (a->tgt < 0 && !a->have_own && a->src >= 0 && a->rc &&
	    (!strcmp(a->rc, "1054") || !strcmp(a->rc, "0254")) && s->ments[a->src].code) {
		int32_t o = other_party(s, 0, &s->ments[a->src]);
		if (o >= 0 && s->ments[o].code && country_prefix(s->ments[o].code))
			home_target_at(a, &s->ments[o], "");
	}
	/* ("that the state of emergency imposed in Bangkok be lifted": the
	 * place it rules is no party) */
	if (a->tgt >= 0 && a->src >= 0 && s->ments[a->tgt].after_prep && s->ments[a->tgt].country &&
	    (s->ments[a->tgt].prep_roles & R_LOC) && s->ments[a->tgt].code &&
	    s->ments[a->src].code && !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3) &&
	    a->rc && (!strncmp(a->rc, "10", 2) || !strncmp(a->rc, "02", 2)) && emergency_rule_named(s))
		a->tgt = -1;
	if (a->tgt < 0 && !a->have_own && a->src >= 0 && a->rc &&
	    (!strncmp(a->rc, "10", 2) || !strncmp(a->rc, "02", 2)) &&
	    country_prefix(s->ments[a->src].code) && strlen(s->ments[a->src].code) == 6 &&
	    (political_role(s->ments[a->src].code) || civil_role(s->ments[a->src].code)) &&
	    strncmp(s->ments[a->src].code + 3, "GOV", 3) && !head_ends_ing(s, p->head) &&
	    emergency_rule_named(s))
		a->have_own = home_target(c, s, p, p->end, &s->ments[a->src], "GOV", &a->own);
	/* "Workers across France went on strike", "protests spread across
	 * Iran": dissent that names no one is against the state's own
	 * government, not against the crowd of the next clause ("and
	 * hundreds of thousands of people marched"). */
	if (a->tgt >= 0 && a->r.pat && a->r.target < 0 && !pattern_has(lex, a->r.pat, LEX_EL_TARGET) &&
	    s->ments[a->tgt].code && civil_role(s->ments[a->tgt].code) && a->rc &&
	    !strncmp(a->rc, "14", 2))
		a->tgt = -1;
	if (a->tgt < 0 && a->src >= 0 && a->rc &&
	    !strncmp(a->rc, "14", 2) && country_prefix(s->ments[a->src].code) &&
	    strlen(s->ments[a->src].code) >= 6 && strncmp(s->ments[a->src].code + 3, "GOV", 3) &&
	    /* a company's staff striking ("Lufthansa pilots went on
	     * strike") act against the company, no one the clause names */
	    strncmp(s->ments[a->src].code + 3, "BUS", 3) &&
	    (s->ments[a->src].kind != M_AGENT || s->ments[a->src].placed) &&
	    !gerund_on_object(s, p)) {
		a->have_own = home_target(c, s, p, a->r.last, &s->ments[a->src], "GOV", &a->own);
	}
	/* "A suicide bomber killed 26 people ..., and the Baloch Liberation
	 * Army claimed responsibility": a claim (015) that names no victim
	 * falls on the victims of the force coded before it in the sentence. */
	/* "in an attack claimed by Islamic State": what a passive claim is
	 * about is the act, whoever its clause names before it */
	if (p->kind == LEX_VERB && p->passive && a->r.target < 0 && a->rc && !strcmp(a->rc, "015"))
		a->tgt = -1;
	/* "denied any involvement in the drone attack that killed three
	 * U.S. soldiers at a base in Jordan": an attack noun whose relative
	 * clause names the people it killed is on them, not on the place */
	if (a->tgt >= 0 && a->src >= 0 && !a->have_own && p->kind == LEX_NOUN && a->rc &&
	    strncmp(a->rc, "18", 2) >= 0 && strncmp(a->rc, "20", 2) <= 0 &&
	    s->ments[a->tgt].after_prep && s->ments[a->tgt].code &&
	    strlen(s->ments[a->tgt].code) == 3) {
		const struct mention *members[2];
		int killed = 0;
		int32_t dead = dead_after(s, p->end + 1, &killed);
		if (dead >= 0 && killed > 0 && (head_is(s, (size_t)killed - 1, "that") ||
						head_is(s, (size_t)killed - 1, "which")) &&
		    group_members(s, dead, members, 2) <= 1 &&
		    strncmp(s->ments[dead].code, s->ments[a->src].code, 3))
			a->tgt = dead;
	}
	/* "Israeli strikes across Gaza killed at least 50 Palestinians",
	 * "Russian drone attacks on Odesa killed three people": an attack
	 * that is the subject of "killed" falls on the people it killed in
	 * the place it names, not on the place (as "a Russian missile strike
	 * on a railway station ... killed more than 50 people" does) */
	if (a->tgt >= 0 && a->src >= 0 && !a->have_own && a->rc &&
	    strncmp(a->rc, "18", 2) >= 0 && strncmp(a->rc, "20", 2) <= 0 &&
	    s->ments[a->tgt].after_prep && s->ments[a->tgt].tok > p->head && s->ments[a->tgt].code &&
	    strlen(s->ments[a->tgt].code) == 3 && s->ments[a->src].code) {
		const struct mention *place = &s->ments[a->tgt], *members[2];
		int killed = 0;
		int32_t dead = dead_after(s, place->tok + place->n_tok, &killed);
		size_t q;
		int plain = killed > 0;
		for (q = place->tok + place->n_tok; plain && q < (size_t)killed; q++)
			if ((s->toks[q].flags & TOK_PUNCT) || s->info[q].verb ||
			    (s->info[q].roles & (R_CONJ | R_BUT | R_SUB)) || s->info[q].mention >= 0 ||
			    head_is(s, q, "that") || head_is(s, q, "which"))
				plain = 0;
		if (plain && dead >= 0 && !strncmp(s->ments[dead].code, place->code, 3) &&
		    strncmp(s->ments[dead].code, s->ments[a->src].code, 3) &&
		    group_members(s, dead, members, 2) <= 1)
			a->tgt = dead;
	}
	/* "claimed responsibility for attacks across Paris that killed 129
	 * people", "claimed a suicide bombing on the outskirts of Kabul that
	 * killed six people": a claim that reaches only the place of the
	 * attack falls on the people its sentence says were killed there,
	 * as the attack does */
	if (a->tgt >= 0 && a->src >= 0 && !a->have_own && p->kind == LEX_VERB && a->rc &&
	    !strcmp(a->rc, "015") && s->ments[a->tgt].after_prep && s->ments[a->tgt].code &&
	    strlen(s->ments[a->tgt].code) == 3) {
		const struct mention *place = &s->ments[a->tgt];
		const struct mention *members[2];
		int killed = 0;
		int32_t dead = dead_after(s, place->tok + place->n_tok, &killed);
		/* (one people only: "killed scores of Afghans and 13 U.S.
		 * service members" is left to the attack's own event) */
		if (dead >= 0 && !strncmp(s->ments[dead].code, place->code, 3) &&
		    group_members(s, dead, members, 2) <= 1) {
			a->tgt = dead;
		} else if (dead < 0 && killed) {
			char *cvl = state_role(c, place->code, "CVL");
			if (cvl) {
				implied_actor(&a->own, s, (size_t)killed, cvl);
				a->have_own = 1;
			}
		}
	}
	if (a->tgt < 0 && a->src >= 0 && !a->have_own && p->kind == LEX_VERB && a->rc &&
	    !strcmp(a->rc, "015")) {
		size_t k;
		/* (the attack's own victims, the first it names: not the
		 * attackers that security forces fired back at, "exchanging
		 * fire with security forces") */
		for (k = 0; k < e->n_seen; k++) {
			const struct dyad_event *o = &e->seen[k];
			if (o->root && strcmp(o->root, "18") >= 0 && strcmp(o->root, "20") <= 0 &&
			    o->trigger.start < s->toks[p->head].start - s->base && o->target.code &&
			    s->ments[a->src].code && strcmp(o->target.code, s->ments[a->src].code) &&
			    !armed_group(o->target.code)) {
				implied_actor(&a->own, s, p->head, o->target.code);
				a->have_own = 1;
				break;
			}
		}
		/* "A bomb blast ... killed two Chinese nationals, and the
		 * Baloch Liberation Army claimed responsibility", "an
		 * explosion ripped through a market, killing 35 people, and
		 * Islamic State claimed responsibility": with no attack coded
		 * (a blast names no bomber), the claim falls on the people
		 * killed before it */
		if (!a->have_own)
			a->tgt = claimed_dead(s, p->head);
		/* "claimed responsibility for twin suicide bombings that
		 * killed nearly 90 people": the people killed after it */
		if (!a->have_own && a->tgt < 0) {
			int killed;
			a->tgt = dead_after(s, p->end + 1, &killed);
		}
	}
	/* "resigned after weeks of protests", "withdrew the pension reform,
	 * bowing to days of protests": yielding to protesters who go unnamed
	 * (0831, or 0832 by a pattern that names the dissent) falls on the
	 * source's own civilians, not on the next name ("and fled to India"). */
	if (a->r.pat && a->r.target < 0 && !pattern_has(lex, a->r.pat, LEX_EL_TARGET) && a->rc &&
	    (!strcmp(a->rc, "0831") ||
	     (!strcmp(a->rc, "0832") &&
	      (pattern_has_set(lex, a->r.pat, "EV_DISSENT") ||
	       /* "withdrew the bill a day after protesters stormed
		* parliament": the crowd named only in a time anchor */
	       pattern_has_set(lex, a->r.pat, "P11_CROWD"))))) {
		a->tgt = -1;
		a->yield_home = 1;
	}
	/* "barred women from attending universities": the curb falls on
	 * the women, the state's own civilians, not on the places named
	 * after it */
	/* ("lifted its ban on WhatsApp", "unblocked Facebook and YouTube":
	 * the platforms let back are no party; the easing is the users',
	 * tests/dev/README.md, yield and concede) */
	if (a->tgt >= 0 && a->r.pat && a->r.target < 0 && !pattern_has(lex, a->r.pat, LEX_EL_TARGET) &&
	    (pattern_has_set(lex, a->r.pat, "COE6_PEOPLE") ||
	     pattern_has_set(lex, a->r.pat, "CONCEDE_PLATFORM") ||
	     (a->rc && !strcmp(a->rc, "0811") && s->ments[a->tgt].code &&
	      strlen(s->ments[a->tgt].code) == 6 && !strcmp(s->ments[a->tgt].code + 3, "BUS"))))
		a->tgt = -1;
	/* "Ruto vowed to crush the unrest": a threat of repression (137)
	 * that names no one is aimed at the state's own civilians. */
	if (a->tgt < 0 && a->src >= 0 && a->rc &&
	    (home_measure(a->rc) || a->yield_home ||
	     !strcmp(a->rc, "0831") || !strcmp(a->rc, "137")) &&
	    country_prefix(s->ments[a->src].code) &&
	    (s->ments[a->src].kind != M_AGENT || s->ments[a->src].placed)) {
		/* "barred women from working", "shut down mobile internet
		 * across the country": the curbed people are the state's
		 * civilians, not the state; a curfew or state of emergency
		 * (1723, 1724) falls on the state itself */
		/* (and freedoms given back, "lifted its ban on Wikipedia",
		 * "restored internet access": 0811 to its civilians, as the
		 * yield and concede sets code it) */
		int civ = a->yield_home || !strcmp(a->rc, "0831") ||
			  !strcmp(a->rc, "137") || !strcmp(a->rc, "1721") ||
			  !strcmp(a->rc, "0811") ||
			  pattern_has_set(lex, a->r.pat, "COE6_PEOPLE");
		const char *role = civ ? "CVL" : "";
		if ((a->yield_home || !strcmp(a->rc, "0831")) && student_dissent(s, p->head))
			role = "EDU";
		a->have_own = home_target(c, s, p, a->r.last, &s->ments[a->src], role, &a->own);
	}
	/* "the PKK said it would disband and lay down its arms": an armed
	 * group's demobilization that names no one is toward its state;
	 * so is its promise to disarm or stand down ("ethnic Armenian
	 * forces agreed to disarm": 0356), its laying down of arms or
	 * retreat ("FARC rebels laid down their weapons": 0874), and its
	 * unilateral truce ("M23 rebels declared a unilateral ceasefire":
	 * 0871, toward Congo). */
	if (a->tgt < 0 && a->src >= 0 && !a->have_own && a->rc &&
	    (!strcmp(a->rc, "0873") || !strcmp(a->rc, "0356") || !strcmp(a->rc, "0874") ||
	     !strcmp(a->rc, "0871")) &&
	    s->ments[a->src].code &&
	    armed_group(s->ments[a->src].code) && country_prefix(s->ments[a->src].code))
		a->have_own = home_target(c, s, p, a->r.last, &s->ments[a->src], "", &a->own);
	/* "deployed soldiers on the city's streets", "ordered National Guard
	 * troops to Los Angeles to quell protests": a state's forces or
	 * police sent out against unrest at home, at no one else (or at
	 * their own state, or at the force itself), are shown to its
	 * people (154; police 153). */
	if (a->src >= 0 && !a->have_own && p->kind == LEX_VERB && !p->passive && a->rc &&
	    (!strcmp(a->rc, "154") ||
	     !strcmp(a->rc, "153")) &&
	    s->ments[a->src].code && country_prefix(s->ments[a->src].code) &&
	    !armed_group(s->ments[a->src].code) && !civil_role(s->ments[a->src].code) &&
	    (a->tgt < 0 || (s->ments[a->tgt].code &&
			    !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3) &&
			    !civil_role(s->ments[a->tgt].code))) &&
	    home_deployment(s, p->head)) {
		a->tgt = -1;
		a->have_own = home_target(c, s, p, a->r.last, &s->ments[a->src], "CVL", &a->own);
	}
	/* "Cuba will free 553 prisoners after the United States removed it
	 * from its terror list": captives a state frees whom the sentence
	 * gives no state of their own are its own people (0841), whatever
	 * other state it names. */
	/* ("Hamas freed the last 20 living hostages, and Israel released
	 * 2,000 prisoners": hostages are another's people, those of the
	 * other state the sentence names) */
	/* (nor are they of the place they are held in: "hostages held in
	 * Gaza") */
	static const char *const hostages[] = { "hostage", "hostages", "captive", "captives", NULL };
	int held = a->tgt >= 0 && word_is_any(s, s->ments[a->tgt].tok + s->ments[a->tgt].n_tok - 1,
					      hostages);
	/* (nor of the dateline's: "VILNIUS -- Belarus freed 52 prisoners"
	 * frees Belarusians) */
	if (a->tgt >= 0 && a->src >= 0 && !a->have_own && a->rc && !strcmp(a->rc, "0841") &&
	    s->ments[a->tgt].code && country_prefix(s->ments[a->src].code) &&
	    ((s->ments[a->tgt].kind == M_AGENT && !strcmp(s->ments[a->tgt].code, "CVL")) ||
	     (s->ments[a->tgt].kind == M_AGENT && s->ments[a->tgt].datelined &&
	      strlen(s->ments[a->tgt].code) == 6 && !strcmp(s->ments[a->tgt].code + 3, "CVL")) ||
	     (held && strlen(s->ments[a->tgt].code) == 6 &&
	      !strcmp(s->ments[a->tgt].code + 3, "CVL") &&
	      !strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)))) {
		const char *whose = s->ments[a->src].code;
		char *cc;
		if (held) {
			size_t k;
			whose = NULL;
			for (k = 0; k < s->n_ments && !whose; k++)
				if (s->ments[k].kind == M_NAME && s->ments[k].code &&
				    country_prefix(s->ments[k].code) && s->ments[k].kind != M_PRONOUN &&
				    strncmp(s->ments[k].code, s->ments[a->src].code, 3))
					whose = s->ments[k].code;
			if (!whose)
				return 0;
		}
		cc = state_role(c, whose, "CVL");
		if (cc) {
			derived_mention(&a->own, &s->ments[a->tgt], cc, 0, s->ments[a->tgt].start,
					s->ments[a->tgt].end);
			a->have_own = 1;
			a->tgt = -1;
		}
	}
	return 0;
}

/* Whether an opinion verb ("think", "believe") before p, whose subject
 * is the one of code src, hedges p: the maker's own view ('"I think he
 * is a war criminal," Biden said'), not another's guess. */
static int own_opinion(const struct sent *s, const struct pred *preds, size_t n,
		       const struct pred *p, int32_t src)
{
	size_t k;

	for (k = 0; k < n; k++) {
		const struct pred *q = &preds[k];
		/* ("Beijing is expected to condemn the sale": an opinion in
		 * the passive is others', not the maker's) */
		if (q->kind != LEX_VERB || q->head >= p->head || !(q->vroles & V_OPINION) ||
		    q->passive || q->subject < 0 || !s->ments[q->subject].code || !s->ments[src].code)
			continue;
		if (!strcmp(s->ments[q->subject].code, s->ments[src].code))
			return 1;
	}
	return 0;
}

/* '"... we will totally destroy North Korea," Trump told the
 * Assembly': force the one quoted says "we" will use is a threat made
 * in the saying, condition or not (the verb's group, or that of the
 * verb it hangs on: "will have no choice but to destroy"). */
static int quoted_future(const struct act *a)
{
	const struct pred *p = a->p;

	const struct sent *s = a->e->s;
	static const char *const first[] = { "I", "we", NULL };
	size_t j, k;

	if (!a->quoted)
		return 0;
	if (p->group_roles & (R_WILL | R_WOULD))
		return 1;
	/* back to the "we" quoted_first_person found */
	for (j = p->group, k = 0; j > 1 && k < 8; k++) {
		j--;
		if (word_is_any(s, j, first))
			break;
		if (s->info[j].roles & (R_WILL | R_WOULD))
			return 1;
	}
	return 0;
}

/* "Should Russia attack, ...", "Were Iran to strike, ...", "If Tehran
 * retaliates, ...": the comma that closes a condition opening the
 * sentence (an R_IF word among its first four tokens, no punctuation
 * before the comma), or SIZE_MAX. */
static size_t fronted_if_comma(const struct sent *s)
{
	size_t j, k;

	for (j = 0; j < s->n && !(s->toks[j].flags & TOK_PUNCT); j++)
		;
	if (j >= s->n || !is_punct(s, j, ','))
		return SIZE_MAX;
	for (k = 0; k < j && k <= 3; k++)
		if (s->info[k].roles & R_IF)
			return j;
	return SIZE_MAX;
}

/* "warned it would retaliate if Washington imposed tariffs on European
 * cars", "will respond in kind should the United States impose duties":
 * whether p is a verb of answering back whose condition after it ("if",
 * "unless", "should") names a trade measure, so that the counterblow
 * held out is one in trade. */
static int trade_condition(const struct sent *s, const struct pred *p)
{
	static const char *const answer[] = { "retaliate", "retaliates", "retaliated", "retaliating",
					      "respond", "responds", "responded", "responding",
					      "reply", "replies", "replied", "hit", "strike", NULL };
	static const char *const should[] = { "should", NULL };
	static const char *const measures[] = { "tariff", "tariffs", "duties", "levies", "levy",
						"sanctions", "export", "exports", "imports", NULL };
	size_t j;
	int cond = 0;

	if (p->kind != LEX_VERB || !word_is_any(s, p->head, answer))
		return 0;
	for (j = p->end + 1; j < s->n; j++) {
		if (!cond && ((s->info[j].roles & R_IF) || word_is_any(s, j, should))) {
			cond = 1;
			continue;
		}
		if (clause_break(s, j) && !(s->toks[j].flags & TOK_WORD))
			break;
		if (cond && word_is_any(s, j, measures))
			return 1;
	}
	return 0;
}

/* Whether p holds out "measures", "countermeasures" or "steps" (within
 * six words of its head), or is a verb of answering back, in a sentence that names a trade measure
 * (tariffs, duties, levies, export controls or curbs on chip exports,
 * an entity list, a trade or export blacklist). */
static int trade_measures(const struct sent *s, const struct pred *p)
{
	static const char *const held[] = { "measures", "countermeasures", "counter-measures",
					    "steps", NULL };
	static const char *const answer[] = { "retaliate", "retaliates", "retaliated",
					      "retaliating", "respond", "responds", "responded",
					      "responding", NULL };
	static const char *const trade[] = { "tariff", "tariffs", "duties", "levies", "levy",
					     "anti-dumping", "antidumping", NULL };
	static const char *const controls[] = { "controls", "curbs", "restrictions", "list", NULL };
	static const char *const kinds[] = { "export", "entity", NULL };
	/* ("added 36 Chinese companies to its trade blacklist") */
	static const char *const blacklist[] = { "blacklist", NULL };
	static const char *const blacklist_kinds[] = { "trade", "export", NULL };
	static const char *const exports[] = { "exports", "chips", "chip", NULL };
	size_t j, k;
	int measures = 0;

	for (j = p->head + 1; j < s->n && j <= p->head + 6; j++)
		if (word_is_any(s, j, held))
			measures = 1;
	/* ("U.S. tariffs on European cheese went into effect, and the EU
	 * warned it would respond": the answer held out to a tariff) */
	if (p->kind == LEX_VERB && word_is_any(s, p->head, answer))
		measures = 1;
	if (!measures)
		return 0;
	for (j = 0; j < s->n; j++) {
		if (word_is_any(s, j, trade) ||
		    (j > 0 && word_is_any(s, j, controls) && word_is_any(s, j - 1, kinds)) ||
		    (j > 0 && word_is_any(s, j, blacklist) && word_is_any(s, j - 1, blacklist_kinds)))
			return 1;
		/* ("the new U.S. curbs on chip exports") */
		if (word_is_any(s, j, controls))
			for (k = j + 1; k < s->n && k <= j + 3; k++)
				if (word_is_any(s, k, exports))
					return 1;
	}
	return 0;
}

/* Force or sanctions the speaker's own side would use on a condition
 * are a threat; an offer on a condition is made to the party the
 * condition names; a political figure shot by no one named suffered an
 * attempt on their life (185) or was assassinated (186). */
/* "will keep attacking", "will continue striking", "will go on
 * firing": p is an act kept up (a plan to step it up, "will intensify
 * its strikes until", is told as the strikes to come) */
static int kept_up(const struct sent *s, const struct pred *p)
{
	static const char *const keep[] = { "keep", "continue", "go", NULL };
	size_t j;

	for (j = p->head; j-- > 0 && j + 3 > p->head;)
		if (word_is_any(s, j, keep) || head_is(s, j, "keep") || head_is(s, j, "continue"))
			return 1;
	return 0;
}

/* Whether an "until" clause with a verb of its own follows p in its
 * sentence within reach words, before a semicolon ("until the siege of Gaza is lifted",
 * "until Israel ends its war"; not "until further notice", no clause). */
static int until_yields(const struct sent *s, const struct pred *p, size_t reach)
{
	static const char *const until[] = { "until", "till", NULL };
	size_t j, k;

	for (j = p->end + 1; j < s->n && j <= p->end + reach; j++) {
		if (is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			return 0;
		if (!word_is_any(s, j, until))
			continue;
		for (k = j + 1; k < s->n && k <= j + 8 && !is_punct(s, k, ','); k++) {
			size_t len;
			const char *t = tok_text(s, k, &len);
			if (s->info[k].verb || (s->info[k].roles & R_BE))
				return 1;
			/* ("until the war in Gaza ends,": a present
			 * tense read as a plural noun, last in its clause) */
			/* (or right after its subject: "until it ends its war") */
			if (s->info[k].vlemma != LEX_NONE && k > j + 1 && len > 2 && t[len - 1] == 's' &&
			    s->info[k].mention < 0 &&
			    ((k > j + 2 && (k + 1 >= s->n || (s->toks[k + 1].flags & TOK_PUNCT))) ||
			     s->info[k - 1].mention >= 0))
				return 1;
		}
		return 0;
	}
	return 0;
}

/* Whether p is told as the source's vow or plan: "vowed to impose",
 * "pledged to slap", "will impose", "plans to impose". */
static int vowed_or_planned(const struct sent *s, const struct pred *p)
{
	static const char *const vows[] = { "vow", "vows", "vowed", "vowing", "pledge", "pledges",
					    "pledged", "pledging", "promise", "promises", "promised",
					    "promising", "swore", "swear", "swears", "will", "would",
					    "plans", "planned", "plan", NULL };
	size_t j;

	for (j = p->head; j-- > 0 && j + 6 > p->head;) {
		if (word_is_any(s, j, vows))
			return 1;
		if (s->info[j].mention >= 0 || is_punct(s, j, ','))
			return 0;
	}
	return 0;
}

/* The actor that opens the first "until" clause within reach words
 * after p ("until they clamp down", "until Iran halts"), or -1 ("until a
 * leak is repaired": no party is waited on). */
static int32_t until_party(const struct sent *s, const struct pred *p, size_t reach)
{
	static const char *const until[] = { "until", "till", NULL };
	size_t j;

	for (j = p->end + 1; j + 1 < s->n && j <= p->end + reach; j++)
		if (word_is_any(s, j, until))
			return s->info[j + 1].mention;
	return -1;
}

static int conditions_and_attempts(struct act *a)
{
	struct dyad_coder *c = a->e->c;
	struct sent *s = a->e->s;
	struct pred *preds = a->preds;
	struct pred *p = a->p;
	size_t i = a->i;

	/* (a counterblow held out against a trade measure: 1312) */
	if (a->rc && (!strcmp(a->rc, "138") || !strcmp(a->rc, "130")) && trade_condition(s, p))
		a->rc = "1312";
	/* "Medvedev said Moscow would have to use a nuclear weapon if a
	 * Ukrainian counter-offensive succeeded": force, sanctions or a
	 * walk-out that the speaker's own side would carry out on a
	 * condition is a threat, aimed at the other party the sentence
	 * names. */
	/* ("the EU will impose new sanctions on Russia unless Moscow
	 * withdraws": so is one its actor announces in its own name) */
	if (a->src >= 0 && a->rc && s->ments[a->src].code &&
	    (p->reporter < 0 ||
	     (s->ments[p->reporter].code &&
	      !strncmp(s->ments[p->reporter].code, s->ments[a->src].code, 3))) &&
	    (a->threat = threat_of(a->rc)) &&
	    (mode_resolve(s, preds, i) == DYAD_MODE_CONDITIONAL || quoted_future(a))) {
		if (a->tgt < 0)
			a->tgt = other_party(s, p->end + 1, &s->ments[a->src]);
	} else
		a->threat = NULL;
	if (a->threat && (!strcmp(a->threat, "138") || !strcmp(a->threat, "130")) &&
	    trade_condition(s, p))
		a->threat = "1312";
	/* "Erdogan said Turkey might suspend diplomatic relations with the
	 * UAE", "Turkey warned it could launch a new incursion into Syria": a
	 * penalty an office holder or the state says their own state may
	 * inflict is held over the
	 * other party, a threat made in the saying (as posture-t057's "warned
	 * that Turkey could cut ties"); another's forecast is no threat */
	if (!a->threat && a->src >= 0 && a->tgt >= 0 && a->rc && p->reporter >= 0 &&
	    (p->group_roles & R_MAY) && !(p->group_roles & R_NEG) && !p->neg &&
	    s->ments[a->src].code && s->ments[p->reporter].code &&
	    country_prefix(s->ments[a->src].code) &&
	    (political_role(s->ments[p->reporter].code) ||
	     (strlen(s->ments[p->reporter].code) == 3 && country_prefix(s->ments[p->reporter].code))) &&
	    !strncmp(s->ments[a->src].code, s->ments[p->reporter].code, 3) &&
	    strncmp(s->ments[a->tgt].code ? s->ments[a->tgt].code : "", s->ments[a->src].code, 3) &&
	    mode_resolve(s, preds, i) == DYAD_MODE_SPECULATIVE)
		a->threat = threat_of(a->rc);
	/* "North Korea's army said it was finalising a plan to fire four
	 * missiles toward Guam": force the sayer's own side says it holds a
	 * plan for is a threat, made in the saying (138) */
	if (!a->threat && a->src >= 0 && a->rc && p->held_plan && !p->neg &&
	    !(p->group_roles & R_NEG) && p->reporter >= 0 &&
	    s->ments[a->src].code && s->ments[p->reporter].code &&
	    country_prefix(s->ments[a->src].code) && can_use_force(s->ments[a->src].code) &&
	    !strncmp(s->ments[a->src].code, s->ments[p->reporter].code, 3) &&
	    (!strncmp(a->rc, "15", 2) || !strncmp(a->rc, "18", 2) || !strncmp(a->rc, "19", 2) ||
	     !strncmp(a->rc, "20", 2)))
		a->threat = "138";
	/* "The Houthis will keep attacking Israeli-linked ships until the
	 * siege of Gaza is lifted, their leader said": force the actor's own
	 * side says it will go on with until the other party yields is held
	 * over that party, a threat made in the saying (138) */
	if (!a->threat && a->src >= 0 && a->rc && !p->neg && !(p->group_roles & R_NEG) &&
	    (!strncmp(a->rc, "18", 2) || !strncmp(a->rc, "19", 2) || !strncmp(a->rc, "20", 2)) &&
	    s->ments[a->src].code &&
	    (p->reporter < 0 ||
	     (s->ments[p->reporter].code &&
	      !strncmp(s->ments[p->reporter].code, s->ments[a->src].code, 3))) &&
	    mode_resolve(s, preds, i) == DYAD_MODE_PLANNED && kept_up(s, p) && until_yields(s, p, 12))
		a->threat = "138";
	/* "Trump vowed to impose a 25% tariff on Mexico and Canada until
	 * they clamp down on drugs", "will keep sanctions on Iran until it
	 * halts enrichment": a tariff or sanction held out until the other
	 * party yields is a threat (1312, tests/dev/README.md `posture`),
	 * not the measure itself */
	if (!a->threat && a->src >= 0 && a->rc && !strcmp(a->rc, "163") && !p->neg &&
	    !(p->group_roles & R_NEG) && p->kind == LEX_VERB &&
	    mode_resolve(s, preds, i) != DYAD_MODE_NEGATED && vowed_or_planned(s, p) &&
	    until_yields(s, p, 24) && until_party(s, p, 24) >= 0)
		a->threat = "1312";
	/* "Should Russia attack a NATO member, the alliance would respond
	 * with force, Rutte said", "Were Iran to strike, Israel would
	 * retaliate": a threat whose condition opens the sentence is aimed
	 * at the actor that condition names, not at the one reporting it */
	if (a->src >= 0 && a->rc && (!strncmp(a->rc, "13", 2) || a->threat) &&
	    (a->tgt < 0 ||
	     (p->reporter >= 0 && s->ments[a->tgt].group == s->ments[p->reporter].group))) {
		size_t comma = fronted_if_comma(s);
		if (comma != SIZE_MAX) {
			int32_t o = other_party(s, 0, &s->ments[a->src]);
			if (o >= 0 && s->ments[o].tok < comma)
				a->tgt = o;
		}
	}
	/* "Israel would agree to a pause in fighting if Hamas released more
	 * hostages": an offer on a condition is made to the party whose act
	 * the condition is. */
	if (a->tgt < 0 && a->src >= 0 && a->rc &&
	    mode_resolve(s, preds, i) == DYAD_MODE_CONDITIONAL) {
		a->tgt = other_party(s, p->end + 1, &s->ments[a->src]);
		/* ("said that if Hamas released the hostages, Israel
		 * would halt its offensive": the condition put before the
		 * act names the party) */
		if (a->tgt < 0) {
			size_t k;
			for (k = p->group; k-- > 0;)
				if (s->info[k].roles & R_IF) {
					int32_t o = other_party(s, k + 1, &s->ments[a->src]);
					if (o >= 0 && s->ments[o].tok < p->group &&
					    o != a->src && s->ments[o].group != s->ments[a->src].group)
						a->tgt = o;
					break;
				}
		}
	}
	/* "Slovak Prime Minister Robert Fico was shot by a 71-year-old man",
	 * "Abe was shot dead": an attack on a political figure by no named
	 * actor is an attempt on their life (185) or their assassination
	 * (186) by one of their own state's civilians. */
	/* "were killed when their helicopter crashed": a bare "killed" may
	 * be no attack at all. */
	/* ("A man stabbed opposition leader Lee Jae-myung in the neck": so
	 * is one whose subject names no actor, the figure its object right
	 * after the verb, not one named further on: "shot down a balloon on
	 * the orders of President Joe Biden".) */
	if (p->kind == LEX_VERB && a->tgt >= 0 &&
	    (p->passive || (a->src < 0 && s->ments[a->tgt].tok > p->end &&
			    s->ments[a->tgt].tok <= p->end + 4)) &&
	    (a->src < 0 || !placeable(&s->ments[a->src])) &&
	    !head_is(s, p->head, "kill") &&
	    s->ments[a->tgt].person && political_role(s->ments[a->tgt].code) && a->rc &&
	    (!strncmp(a->rc, "18", 2) ||
	     !strncmp(a->rc, "19", 2))) {
		char *cc = state_role(c, s->ments[a->tgt].code, "CVL");
		if (cc) {
			derived_mention(&a->attacker, &s->ments[a->tgt], cc, 0,
					s->toks[p->head].start - s->base, s->toks[p->end].end - s->base);
			a->attempt = head_is(s, p->head, "assassinate") ||
				  shot_dead(s, p, &s->ments[a->tgt]) ? "186" : "185";
			a->src = a->tgt;
		}
	}
	return 0;
}

/* "A Russian missile attack on Kyiv killed at least five people",
 * "Russia's missile barrage on Kyiv and other cities killed 11 people":
 * a strike named by a noun whose clause goes on to the people it killed
 * or wounded falls on the civilians of the place struck, as a strike
 * that kills people is coded (tests/dev: dv3-0023).  Whether the clause
 * after mention m says so. */
static int killed_people_after(const struct sent *s, const struct mention *m)
{
	static const char *const people[] = { "people", "civilians", "residents", "children",
					      "passengers", "worshippers", NULL };
	size_t j, k;

	/* (a place named by a description, "air strikes on the enclave
	 * killed 400 people", stays the state: desc-t070) */
	if (s->info[m->tok].roles & R_DET)
		return 0;
	for (j = m->tok + m->n_tok; j < s->n && j < m->tok + m->n_tok + 12; j++) {
		if (is_punct(s, j, ',') || is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			return 0;
		if (!s->info[j].verb)
			continue;
		if (!head_is(s, j, "kill") && !head_is(s, j, "wound") && !head_is(s, j, "injure"))
			return 0;
		for (k = j + 1; k < s->n && k < j + 7; k++) {
			if (word_is_any(s, k, people))
				return 1;
			if (is_punct(s, k, ',') || s->info[k].verb)
				return 0;
		}
		return 0;
	}
	return 0;
}

/* "Peruvians demanding new elections blocked highways", "thousands of
 * Iranians marched": a people named by its plural demonym is the
 * state's civilians, not the state. */
static int state_people(const struct sent *s, int32_t mi)
{
	const struct mention *m = &s->ments[mi];

	return m->country && m->kind == M_NAME && m->n_tok == 1 && plural_form(s, m->tok);
}

/* Victims and places no mention names: people the lexicon does not
 * know ("arrested a 41-year-old man"), civilians of the state the
 * sentence places them in, a state's facilities, protests against the
 * government, captured towns, hostages, massacres, bombs no one claims. */
/* Passive forms of the verbs that take a place ("was captured by",
 * "has been retaken by"), and who takes places by them: a state's
 * forces or rulers, or an armed group. */
static const char *const capture_forms[] = { "captured", "recaptured", "seized", "taken",
					     "retaken", "overrun", NULL };
static const char *const capture_roles[] = { "MIL", "GOV", "REB", NULL };

/* The civilians a ", killing ..." or ", leaving ... dead" after P's
 * clause counts ("pounded Kyiv overnight, killing at least 31 people"):
 * the mention of a state's people (or people of no state) of STATE, or
 * -1.  Only the toll told right after a comma, within its few words. */
static int32_t toll_civilians(const struct sent *s, const struct pred *p, const char *state)
{
	static const char *const toll[] = { "killing", "leaving", NULL };
	size_t j, k;

	for (j = p->end + 1; j + 1 < s->n && j < p->end + 24u; j++) {
		if (is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			return -1;
		if (!is_punct(s, j, ',') || !word_is_any(s, j + 1, toll))
			continue;
		for (k = j + 2; k < s->n && k < j + 9; k++) {
			int32_t m = s->info[k].mention;
			const char *mc;
			if (m < 0)
				continue;
			mc = s->ments[m].code;
			if (!mc || s->ments[m].person)
				return -1;
			if (!strcmp(mc, "CVL") ||
			    (strlen(mc) == 6 && !strcmp(mc + 3, "CVL") && !strncmp(mc, state, 3)))
				return m;
			return -1;
		}
		return -1;
	}
	return -1;
}

/* The act falls on the civilians of `state` (a code it begins), over
 * the target's words. */
static void target_civilians_of(struct act *a, const char *state)
{
	char *cc = state_role(a->e->c, state, "CVL");

	if (!cc)
		return;
	a->own = a->e->s->ments[a->tgt];
	a->own.code = cc;
	a->own.actor = LEX_NONE;
	a->own.placed = 1;
	a->tgt = -1;
	a->have_own = 1;
}

static int unnamed_victims(struct act *a)
{
	struct dyad_coder *c = a->e->c;
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *p = a->p;

	/* "killed more than 400 patients and their relatives at a maternity
	 * hospital in El Fasher": force on people the lexicon does not know,
	 * named right after the verb, falls on them, not on the place named
	 * after them. */
	/* (a pattern's target that is only the possessive of a second
	 * noun, "shot dead more than 460 patients and their companions",
	 * names no victim either) */
	if (a->tgt >= 0 && !a->have_own && a->src >= 0 && p->kind == LEX_VERB && !p->passive &&
	    (a->r.target < 0 || (s->ments[a->tgt].kind == M_PRONOUN &&
				 (s->info[s->ments[a->tgt].tok].roles & R_POSS)) ||
	     /* ("a Russian drone killed a family of five in Kharkiv": a
	      * pattern's first actor after the verb that is a place past the
	      * people) */
	     (s->ments[a->tgt].after_prep && s->ments[a->tgt].kind == M_NAME &&
	      s->ments[a->tgt].code && strlen(s->ments[a->tgt].code) == 3)) &&
	    a->rc && s->ments[a->tgt].tok > p->end && (!strncmp(a->rc, "18", 2) ||
									  !strncmp(a->rc, "19", 2) || !strncmp(a->rc, "20", 2))) {
		size_t oh = 0;
		if (unknown_object(s, (a->r.last > p->end ? a->r.last : p->end) + 1, &oh) == OBJ_PEOPLE &&
		    oh < s->ments[a->tgt].tok)
			a->tgt = -1;
	}
	/* "Russian missiles and drones pounded Kyiv overnight, killing at
	 * least 31 people", "shelled Kherson, killing seven civilians":
	 * force on a town or state named as the verb's object, whose toll
	 * right after counts people there, falls on that state's civilians,
	 * as force on a shopping centre there does.  (Not a place after a
	 * preposition: "launched strikes on Gaza, killing 400" keeps it; nor
	 * a state acting by its name, state on state: "Russia pounded Kyiv
	 * with missiles, killing 12".) */
	if (a->tgt >= 0 && !a->have_own && a->src >= 0 && p->kind == LEX_VERB && !p->passive &&
	    a->rc && (!strncmp(a->rc, "18", 2) || !strncmp(a->rc, "19", 2)) &&
	    s->ments[a->tgt].kind == M_NAME && !s->ments[a->tgt].person && s->ments[a->tgt].code &&
	    !s->ments[a->tgt].after_prep && s->ments[a->tgt].tok > p->end &&
	    strlen(s->ments[a->tgt].code) == 3 && country_prefix(s->ments[a->tgt].code) &&
	    s->ments[a->src].code && strlen(s->ments[a->src].code) > 3 &&
	    strncmp(s->ments[a->src].code, s->ments[a->tgt].code, 3)) {
		int32_t v = toll_civilians(s, p, s->ments[a->tgt].code);
		char *cc = v >= 0 ? state_role(c, s->ments[a->tgt].code, "CVL") : NULL;
		if (cc) {
			derived_mention(&a->own, &s->ments[v], cc, 0, s->ments[v].start,
					s->ments[v].end);
			a->tgt = -1;
			a->have_own = 1;
		}
	}
	/* "police arrested a 41-year-old man", "released Vadim Krasikov",
	 * "to quell protests by students": people, a protest or a personal
	 * name the lexicon does not know, as the object of a verb, are the
	 * civilians of the state the sentence places them in ("protests by
	 * students": the protesters named). */
	if (a->tgt < 0 && !a->have_own && a->src >= 0 && p->kind == LEX_VERB && !p->passive && a->rc) {
		size_t obj_head = 0, k;
		const char *rc = a->rc;
		int kind = unknown_object(s, (a->r.last > p->end ? a->r.last : p->end) + 1, &obj_head);
		const char *state;
		static const char *const on_people[] = { "08", "11", "12", "16", "17", "18", "19",
							 "20", NULL };
		/* A name after "met" or "visited" is more often a place or a
		 * firm; after "arrested", "released", "expelled", "killed",
		 * a person. */
		if (kind == OBJ_NAME && !word_in(rc, 2, on_people))
			kind = OBJ_NONE;
		/* "police arrested dozens": a bare count coerced (17x) is of
		 * people; one wounded or killed is the toll an attack's own
		 * rules count */
		if (kind == OBJ_COUNT)
			kind = !strncmp(rc, "17", 2) ? OBJ_PEOPLE : OBJ_NONE;
		if (kind == OBJ_PROTEST) {
			k = obj_head + 1;
			if (k + 1 < s->n && (s->info[k].roles & R_BY)) {
				for (k++; k + 1 < s->n && (s->info[k].roles & R_DET) && s->info[k].mention < 0; k++)
					;
				if (s->info[k].mention >= 0 && s->info[k].mention != a->src) {
					a->tgt = s->info[k].mention;
					kind = OBJ_NONE;
				}
			}
		}
		if (kind != OBJ_NONE && (state = match_place_state(c, s, (uint32_t)obj_head)) &&
		    country_prefix(state)) {
			char *cc = state_role(c, state, "CVL");
			if (cc) {
				derived_mention(&a->own, &s->ments[a->src], cc, kind == OBJ_NAME,
						s->toks[obj_head - (kind == OBJ_NAME)].start - s->base,
						s->toks[obj_head].end - s->base);
				/* its words, for the count before them ("killed
				 * more than 460 patients") */
				a->own.tok = (uint32_t)(obj_head - (kind == OBJ_NAME));
				a->own.n_tok = kind == OBJ_NAME ? 2 : 1;
				a->have_own = 1;
			}
		}
	}
	/* "thousands protested in Tbilisi", "workers went on strike": a protest
	 * by people out of office that names no target is against the
	 * government of their state, or of the state the sentence places it in. */
	if (a->src >= 0 && a->tgt >= 0 && own_state(s, a->tgt, s->ments[a->src].code) &&
	    !a->have_own && a->rc && !strncmp(a->rc, "14", 2) && civil_role(s->ments[a->src].code))
		a->tgt = -1;       /* "Kenyan protesters marched through Nairobi" */
	/* (not one a gerund on a preposition's object tells: "fired tear
	 * gas at students protesting against quotas" names whom the
	 * protest is against, or no one) */
	if (a->src >= 0 && a->tgt < 0 && !a->have_own && a->rc &&
	    !strncmp(a->rc, "14", 2) && civil_role(s->ments[a->src].code) &&
	    !gerund_on_object(s, p)) {
		const char *sc = s->ments[a->src].code, *state = NULL;
		if (strlen(sc) >= 3 && country_prefix(sc))
			state = sc;
		else
			state = match_place_state(c, s, p->head);
		if (state && country_prefix(state)) {
			char *cc = state_role(c, state, "GOV");
			if (cc) {
				derived_mention(&a->own, &s->ments[a->src], cc, 0,
						s->toks[p->head].start - s->base,
						s->toks[p->end].end - s->base);
				a->have_own = 1;
			}
		}
	}
	/* "Hamas used civilians as human shields": the civilians a party
	 * shelters behind are those of its own state, not the accuser's */
	if (a->src >= 0 && a->tgt >= 0 && !a->have_own && a->rc && !strcmp(a->rc, "184") &&
	    s->ments[a->tgt].code && !strcmp(s->ments[a->tgt].code, "CVL") &&
	    s->ments[a->src].code && strlen(s->ments[a->src].code) >= 3 &&
	    country_prefix(s->ments[a->src].code))
		target_civilians_of(a, s->ments[a->src].code);
	/* "killed dozens of people", "wounded 40 civilians": people a use of
	 * force strikes, with no state of their own, are the civilians of the
	 * state the sentence places them in, else of the one state it names
	 * besides the attacker's ("gunned down civilians fleeing Irpin"). */
	if (a->src >= 0 && a->tgt >= 0 && !a->have_own && a->rc &&
	    !strcmp(s->ments[a->tgt].code, "CVL")) {
		const char *rc2 = a->rc, *state = NULL;
		if ((!strncmp(rc2, "18", 2) || !strncmp(rc2, "19", 2) || !strncmp(rc2, "20", 2)) &&
		    (((state = match_place_state(c, s, s->ments[a->tgt].tok)) && country_prefix(state)) ||
		     (state = attacked_state(s, a->src))))
			target_civilians_of(a, state);
	}
	/* "Russian drones struck a school in Kyiv", "troops attacked a convoy
	 * in Ukraine": force on an object no actor names, placed in another
	 * state's town, falls on that state -- on those its facility serves
	 * when the object is one (facility_role). */
	if (a->src >= 0 && a->tgt < 0 && !a->have_own && p->kind == LEX_VERB && !p->passive &&
	    a->rc && s->ments[a->src].code && (!strncmp(a->rc, "18", 2) ||
					       !strncmp(a->rc, "19", 2))) {
		uint32_t from = (a->r.last > p->end ? a->r.last : p->end) + 1;
		int32_t pl = first_in_clause(s, from);
		const struct mention *m = pl >= 0 ? &s->ments[pl] : NULL;
		static const char *const in[] = { "in", "inside", NULL };
		/* "a mosque in northern Nigeria" */
		static const char *const region[] = { "northern", "southern", "eastern", "western",
						      "central", "northeastern", "northwestern",
						      "southeastern", "southwestern", "north-eastern",
						      "north-western", "south-eastern", "south-western",
						      NULL };
		long q = m ? (long)m->tok - 1 : -1;
		while (q > 0 && (((s->info[q].roles & R_DET) && !(s->info[q].roles & R_POSS)) ||
				 word_is_any(s, (size_t)q, region)))
			q--;
		/* (its own state's too when the place is one its civilians use
		 * and the force comes from the air or the guns: "Sudan's army
		 * bombed a market in Nyala", "the junta's jets struck a school in
		 * Sagaing"; not its own bases, nor commandos storming a cafe to
		 * end a siege) */
		const char *frole = m ? facility_role(s, from, m) : NULL;
		if (m && q > (long)from && word_is_any(s, (size_t)q, in) && m->country &&
		    m->code && strlen(m->code) == 3 && country_prefix(m->code) &&
		    (strncmp(m->code, s->ments[a->src].code, 3) || armed_group(s->ments[a->src].code) ||
		     (frole && strcmp(frole, "MIL") && can_use_force(s->ments[a->src].code) &&
		      (!strcmp(a->rc, "195") || !strcmp(a->rc, "194"))))) {
			const char *role = frole;
			char *cc = state_role(c, m->code, role ? role : "");
			if (cc) {
				derived_mention(&a->own, m, cc, 0, m->start, m->end);
				a->have_own = 1;
			}
		}
	}
	/* "Protests spread across Iran": a protest that names no one is by
	 * the civilians of the state it is placed in, against its
	 * government (or against the target it names). */
	if ((a->src < 0 || state_people(s, a->src)) && p->governor < 0 && a->rc &&
	    !(p->end + 1 < s->n && (s->info[p->end + 1].roles & R_BY)) &&
	    !strncmp(a->rc, "14", 2)) {
		int32_t people = a->src;
		const char *state = people >= 0 ? s->ments[people].code : match_place_state(c, s, p->head);
		char *sc = state && country_prefix(state) ? arena_alloc(&c->mem, 14) : NULL;
		if (sc) {
			memcpy(sc, state, 3);
			memcpy(sc + 3, "CVL", 4);
			memcpy(sc + 7, state, 3);
			memcpy(sc + 10, "GOV", 4);
			implied_actor(&a->own_src, s, p->head, sc);
			/* the people named keep their words */
			if (people >= 0)
				derived_mention(&a->own_src, &s->ments[people], sc, 0,
						s->ments[people].start, s->ments[people].end);
			a->src = -1;
			a->have_own_src = 1;
			if (!a->have_own && (a->tgt < 0 || own_state(s, a->tgt, sc))) {
				implied_actor(&a->own, s, p->head, sc + 7);
				a->tgt = -1;
				a->have_own = 1;
			}
		}
	}
	/* "with demonstrators setting banks on fire", "rioters torched
	 * shops": a riot (145, or force by civilians, which is coded so) by a
	 * state's civilians against its own firms
	 * is aimed at its government; the firms are what was hit.  (Workers
	 * striking against their firms are not.) */
	static const char *const people[] = { "CVL", NULL };
	if (a->src >= 0 && a->tgt >= 0 && !a->have_own && a->rc &&
	    (!strncmp(a->rc, "145", 3) || !strncmp(a->rc, "18", 2) || !strncmp(a->rc, "19", 2)) &&
	    s->ments[a->src].code && s->ments[a->tgt].code &&
	    role_in(s->ments[a->src].code, people) && country_prefix(s->ments[a->tgt].code) &&
	    !strncmp(s->ments[a->src].code, s->ments[a->tgt].code, 3)) {
		static const char *const firms[] = { "BUS", NULL };
		char *cc = role_in(s->ments[a->tgt].code, firms) ?
			   state_role(c, s->ments[a->tgt].code, "GOV") : NULL;
		if (cc) {
			derived_mention(&a->own, &s->ments[a->tgt], cc, 0, s->ments[a->tgt].start,
					s->ments[a->tgt].end);
			a->tgt = -1;
			a->have_own = 1;
		}
	}
	/* "troops marched on the capital": a verb that is a protest only by
	 * its class's default is one when people out of office do it. */
	if (a->src >= 0 && p->kind == LEX_VERB && !a->r.pat && a->rc && !strncmp(a->rc, "14", 2) &&
	    !civil_role(s->ments[a->src].code))
		return not_coded(a, "a protest verb whose subject is not a civilian role");
	/* "Avdiivka was captured by Russian forces", "Damascus was seized by
	 * Syrian rebels": a place taken by armed men, told in the passive,
	 * is a capture (192), not goods seized (171, the class's default
	 * that no pattern overrides in the passive); "the tanker was seized
	 * by the Guards" keeps it, a craft being no place. */
	if (a->src >= 0 && a->tgt >= 0 && !a->have_own && p->kind == LEX_VERB && p->passive &&
	    !a->r.pat && a->rc && !strcmp(a->rc, "171") && word_is_any(s, p->head, capture_forms) &&
	    s->ments[a->tgt].kind == M_NAME && !s->ments[a->tgt].person && s->ments[a->tgt].country &&
	    s->ments[a->tgt].code && strlen(s->ments[a->tgt].code) == 3 && s->ments[a->src].code &&
	    (armed_group(s->ments[a->src].code) || role_in(s->ments[a->src].code, capture_roles)))
		a->rc = "192";
	/* "captured the border town of Jarablus from Islamic State", "wrested
	 * control of the town from the rebels": the side a place is taken
	 * from, named after "from" in the clause, is the target of its
	 * capture (192), not the place; so for a pattern's target that is
	 * only the place by its name ("captured Raqqa from Islamic State"). */
	if (a->src >= 0 && p->kind == LEX_VERB && a->rc && !strcmp(a->rc, "192") &&
	    (!p->passive || (a->tgt >= 0 && !a->have_own && s->ments[a->tgt].tok < p->head)) &&
	    (a->r.target < 0 || (a->tgt >= 0 && !a->have_own && s->ments[a->tgt].country &&
				 s->ments[a->tgt].code && strlen(s->ments[a->tgt].code) == 3))) {
		size_t j;
		for (j = p->end + 1; j + 1 < s->n && j < p->end + 16u; j++) {
			int32_t m = s->info[j].mention;
			if (clause_break(s, j) || (s->info[j].verb && m < 0))
				break;
			if (m >= 0 && s->ments[m].after_prep && (s->ments[m].prep_roles & R_FROM) &&
			    s->ments[m].group != s->ments[a->src].group) {
				a->tgt = m;
				break;
			}
		}
		/* "took control of Kidal, the northern stronghold held by
		 * Tuareg-led rebels for nearly a decade": the side a place
		 * described as "held by" is its holder, the same target */
		for (j = p->end + 1; j + 2 < s->n && j < p->end + 20u; j++) {
			static const char *const held[] = { "held", "controlled", "occupied", "ruled",
							    NULL };
			static const char *const by[] = { "by", NULL };
			size_t k;
			if ((s->info[j].roles & R_CONJ) || is_punct(s, j, ';') || is_punct(s, j, '.'))
				break;
			if (!word_is_any(s, j, held) || !word_is_any(s, j + 1, by))
				continue;
			for (k = j + 2; k < s->n && k < j + 6; k++) {
				int32_t m = s->info[k].mention;
				if (m < 0)
					continue;
				if (s->ments[m].code && s->ments[m].group != s->ments[a->src].group &&
				    strncmp(s->ments[m].code, s->ments[a->src].code, 6))
					a->tgt = m;
				break;
			}
			break;
		}
	}
	/* "M23 rebels seized two towns in the east": a capture (192) that
	 * names no holder is aimed at the state the places lie in, named in
	 * its clause or else placed by the sentence, unless that is the
	 * captor's own ("federal troops retook the town": its holder is
	 * unnamed). */
	/* (so is a siege or shelling of a place named after its kind,
	 * "besieged the town of Sake", "shelled the village of Zaitseve",
	 * the patterns that read the place matched) */
	if (a->src >= 0 && a->tgt < 0 && !a->have_own && p->kind == LEX_VERB && a->rc &&
	    (!strcmp(a->rc, "192") ||
	     (a->r.pat && (!strcmp(a->rc, "191") || !strcmp(a->rc, "194"))))) {
		const char *state = act_state(c, s, p);
		char *cc;
		/* rebels take their own state's towns from it */
		if (state && country_prefix(state) && s->ments[a->src].code &&
		    (strncmp(s->ments[a->src].code, state, 3) || armed_group(s->ments[a->src].code)) &&
		    (cc = state_role(c, state, ""))) {
			implied_actor(&a->own, s, p->head, cc);
			a->have_own = 1;
		}
	}
	/* "Trump vetoed a congressional resolution", "vetoed the defence
	 * bill": a bill or a resolution of the legislature vetoed is the
	 * vetoing leader's own legislature's, not the United Nations' */
	if (a->src >= 0 && a->tgt < 0 && !a->have_own && p->kind == LEX_VERB && a->rc &&
	    !strcmp(a->rc, "129") && head_is(s, p->head, "veto") && s->ments[a->src].code &&
	    country_prefix(s->ments[a->src].code)) {
		static const char *const bills[] = { "bill", "bills", "legislation", "congressional",
						     "parliamentary", NULL };
		size_t j;
		char *cc;
		for (j = p->end + 1; j < s->n && j < p->end + 8u && !clause_break(s, j); j++)
			if (word_is_any(s, j, bills)) {
				if ((cc = state_role(c, s->ments[a->src].code, "LEG"))) {
					implied_actor(&a->own, s, j, cc);
					a->have_own = 1;
				}
				break;
			}
	}
	/* "Russia and China vetoed the resolution", "vetoed a U.S.-led push
	 * to impose more U.N. sanctions", "vetoed the renewal of a panel of
	 * U.N. experts": a draft vetoed with no body named is one of the
	 * U.N. Security Council, the one body whose members veto, and a
	 * U.N. organ the draft names (a panel, its experts) is no target */
	if (a->src >= 0 && !a->have_own && p->kind == LEX_VERB && a->rc &&
	    !strcmp(a->rc, "129") && head_is(s, p->head, "veto") &&
	    (a->tgt < 0 || (s->ments[a->tgt].code && s->ments[a->tgt].tok > p->end &&
			    !strncmp(s->ments[a->tgt].code, "IGOUNO", 6) &&
			    strlen(s->ments[a->tgt].code) > 6))) {
		static const char *const drafts[] = { "resolution", "draft", "push", "bid",
						      "proposal", "renewal", "extension", "motion",
						      NULL };
		size_t j;
		for (j = p->end + 1; j < s->n && j < p->end + 8u && !clause_break(s, j); j++)
			if (word_is_any(s, j, drafts) || head_is(s, j, "resolution")) {
				implied_actor(&a->own, s, j, "IGOUNO");
				a->have_own = 1;
				a->tgt = -1;
				break;
			}
	}
	/* "A U.S. draft resolution on Gaza was vetoed by Russia and China":
	 * in the passive the draft is the subject, and its drafter, named
	 * in it, is no target; the veto is cast in the Security Council. */
	if (a->src >= 0 && !a->have_own && p->kind == LEX_VERB && p->passive && a->rc &&
	    !strcmp(a->rc, "129") && head_is(s, p->head, "veto") &&
	    (a->tgt < 0 || s->ments[a->tgt].tok < p->head)) {
		long j;
		for (j = (long)p->group - 1; j >= 0 && (long)p->group - j < 24; j--) {
			if (head_is(s, (size_t)j, "resolution") || head_is(s, (size_t)j, "draft")) {
				implied_actor(&a->own, s, (size_t)j, "IGOUNO");
				a->have_own = 1;
				a->tgt = -1;
				break;
			}
			/* ("The draft, put forward by the ten elected members,
			 * was vetoed": an aside between commas goes on) */
			if (clause_break(s, (size_t)j))
				break;
		}
	}
	/* "stormed a hotel in Mali's capital and took about 170 guests and
	 * staff hostage": a seizure of people (181) who go unnamed falls on
	 * the civilians of the state its clause places it in, else of the
	 * place the sentence names. */
	if (a->src >= 0 && a->tgt < 0 && !a->have_own && p->kind == LEX_VERB && a->rc &&
	    !strcmp(a->rc, "181")) {
		const char *state = act_state(c, s, p);
		char *cc = state && country_prefix(state) ? state_role(c, state, "CVL") : NULL;
		if (cc) {
			implied_actor(&a->own, s, p->head, cc);
			a->have_own = 1;
		}
	}
	/* "The Syrian air force used sarin in attacks on the village of X":
	 * mass violence (20x, not nuclear) by those who can wage it that
	 * names no victim falls on the civilians of the state its clause
	 * places it in, else of the source's own state (not the dateline's:
	 * "THE HAGUE -"); "parliament banned the slaughter of dogs" is no
	 * massacre. */
	/* (so does a noun whose pattern names its source: "Sudan's RSF had
	 * committed genocide") */
	if (a->src >= 0 && a->tgt < 0 && !a->have_own && (p->kind == LEX_VERB || a->r.source >= 0) &&
	    a->rc && !strncmp(a->rc, "20", 2) &&
	    strcmp(a->rc, "2042") && can_use_force(s->ments[a->src].code)) {
		const char *state = clause_state_after(s, p);
		char *cc;
		if (!state && country_prefix(s->ments[a->src].code))
			state = s->ments[a->src].code;
		if (!state)
			state = match_place_state(c, s, p->head);
		cc = state && country_prefix(state) ? state_role(c, state, "CVL") : NULL;
		if (cc) {
			implied_actor(&a->own, s, p->head, cc);
			a->have_own = 1;
		}
	}
	/* "A truck bomb exploded at a busy junction in Mogadishu", "two car
	 * bombs went off at the education ministry": a bomb the pattern names
	 * before the verb, with no one named behind it, is the work of
	 * unidentified bombers (---INS), aimed at what the clause names next,
	 * a place included, else at the civilians of the sentence's state
	 * (emit_one makes a bare state its civilians).  So is a bomb a
	 * passive's pattern names as its agent ("five soldiers were killed
	 * by a roadside bomb"), aimed at the passive's subject. */
	if (a->src < 0 && !a->have_own_src && p->kind == LEX_VERB && a->r.pat &&
	    (!p->passive || pattern_has_set(lex, a->r.pat, "COERCE_BOMB_ROAD") ||
	     pattern_has_set(lex, a->r.pat, "COERCE_BOMB_CAR") ||
	     pattern_has_set(lex, a->r.pat, "COERCE_BOMB_SUICIDE") ||
	     pattern_has_set(lex, a->r.pat, "COERCE_BOMB")) &&
	    lex->elems.v[a->r.pat->el_off].kind != LEX_EL_HEAD && a->rc && !strncmp(a->rc, "18", 2)) {
		const char *state;
		implied_actor(&a->own_src, s, p->head, "---INS");
		a->have_own_src = 1;
		if (a->r.target < 0)
			a->tgt = first_in_clause(s, a->r.last + 1);
		if (a->tgt < 0 && !a->have_own && (state = match_place_state(c, s, p->head)) &&
		    country_prefix(state)) {
			char *cc = state_role(c, state, "CVL");
			if (cc) {
				implied_actor(&a->own, s, p->head, cc);
				a->have_own = 1;
			}
		}
	}
	return 0;
}

/* A claim rejected in a clause hung on it is denied (016) to its
 * maker; a charge or sentence passed on someone by no one named is the
 * act of their state's courts. */
static int claims_and_charges(struct act *a)
{
	struct dyad_coder *c = a->e->c;
	struct sent *s = a->e->s;
	struct pred *preds = a->preds;
	struct pred *p = a->p;
	size_t n = a->n;
	size_t i = a->i;

	/* "..., a claim Pakistan dismissed as an illusion", "a finding
	 * Israel rejected as false": a claim rejected in a clause hung on it
	 * is denied (016) to whoever made it, the subject of the clause the
	 * claim sums up. */
	if (a->tgt < 0 && !a->have_own && a->src >= 0 && p->kind == LEX_VERB &&
	    (p->vroles & (V_REACT | V_DENY)) && s->ments[a->src].tok > 0 &&
	    claim_noun(s, s->ments[a->src].tok - 1) && s->ments[a->src].code) {
		size_t k;
		for (k = 0; k < n && a->tgt < 0; k++)
			if (k != i && preds[k].kind == LEX_VERB && preds[k].subject >= 0 &&
			    preds[k].head < s->ments[a->src].tok && s->ments[preds[k].subject].code &&
			    strncmp(s->ments[preds[k].subject].code, s->ments[a->src].code, 3))
				a->tgt = preds[k].subject;
		a->claim_denied = a->tgt >= 0;
	}
	/* "Russia is to blame for the attack, Zelensky said", "Kyiv said
	 * Moscow was to blame": blame laid in reported speech is the
	 * speaker's accusation of the one to blame (as "was responsible"),
	 * whatever the pattern reached after "for"; with no speaker no one
	 * accuses.  ("was not to blame" lifts it, and has no target.) */
	if (p->kind == LEX_VERB && p->infinitive && head_is(s, p->head, "blame") && p->group > 0 &&
	    (s->info[p->group - 1].roles & R_BE) && a->src >= 0 && a->src != p->reporter &&
	    !a->have_own && !a->have_own_src) {
		a->tgt = a->src;
		a->src = p->reporter;
	}
	/* "Tanzanian opposition leader Tundu Lissu was charged with
	 * treason", "Trump was indicted on Friday", "activist Huang Qi was
	 * jailed for 12 years", "was remanded in custody": a charge, indictment,
	 * conviction or sentence told in the passive with no agent is the
	 * act of the courts of the accused's state. */
	if (a->src < 0 && !a->have_own_src && p->kind == LEX_VERB && p->passive && p->by_agent < 0 &&
	    a->tgt >= 0 && !a->have_own && a->rc &&
	    !(p->group > 0 && clause_is_relative(s, p->group - 1)) &&
	    (!strcmp(a->rc, "173") || !strcmp(a->rc, "116")) &&
	    s->ments[a->tgt].code && country_prefix(s->ments[a->tgt].code) &&
	    (head_is(s, p->head, "charg") || head_is(s, p->head, "indict") ||
	     head_is(s, p->head, "convict") || head_is(s, p->head, "sentenc") ||
	     head_is(s, p->head, "prosecut") || head_is(s, p->head, "jail") ||
	     head_is(s, p->head, "imprison") || head_is(s, p->head, "remand")) &&
	    !anchored_subject(s, s->ments[a->tgt].tok)) {
		char *cc = state_role(c, s->ments[a->tgt].code, "JUD");
		if (cc) {
			implied_actor(&a->own_src, s, p->head, cc);
			a->have_own_src = 1;
		}
	}
	return 0;
}

/* Whether verb p is in a clause led by ", the first time" (or "the
 * first such", "the first ... since") that comments on the clause
 * before the comma. */
static int first_time_apposition(const struct sent *s, const struct pred *p)
{
	static const char *const the[] = { "the", NULL };
	static const char *const first[] = { "first", NULL };
	size_t j;

	for (j = p->group; j-- > 0;) {
		if (is_punct(s, j, ','))
			return j + 2 < s->n && word_is_any(s, j + 1, the) &&
			       word_is_any(s, j + 2, first);
		if (s->info[j].brk || (s->toks[j].flags & TOK_PUNCT))
			return 0;
	}
	return 0;
}

/* 1 when p, with its actors known, is still no event of its own: it
 * lacks a source or a target, restates or gives the grounds of the act
 * before it, tells what an attack did, or is the condition of a threat
 * or offer. */
/* "Scholz said Germany would not send Taurus missiles to Ukraine,
 * rejecting a request from Kyiv", "Khamenei said Tehran would not
 * negotiate ..., rejecting a letter": what a sayer's side says it will
 * not do is the refusal the participle after it codes, one act (12x),
 * not a negated act besides.  Whether a refusing participle follows p
 * after a comma. */
static int refusal_follows(const struct sent *s, const struct pred *p)
{
	/* ("would not impose sanctions on Russia, defying pressure from
	 * the European Union": defiance of those who pressed is the
	 * refusal too) */
	static const char *const refusing[] = { "rejecting", "refusing", "turning", "ruling",
						"dismissing", "spurning", "rebuffing", "declining",
						"defying", "resisting", NULL };
	size_t j;

	for (j = p->end + 1; j + 1 < s->n; j++) {
		if (is_punct(s, j, ';') || (s->info[j].roles & R_BUT))
			return 0;
		if (is_punct(s, j, ',') && word_is_any(s, j + 1, refusing))
			return 1;
	}
	return 0;
}

/* "sentenced U.S. Army Staff Sergeant Gordon Black ... for stealing from
 * his girlfriend and threatening to kill her", "sentenced Otto Warmbier
 * ... for trying to steal a propaganda banner": the deeds a conviction,
 * sentence or arrest before p is for are its charge, no act of the
 * clause's own (tests/dev/README.md, the law section).  Whether a "for" opening a
 * gerund stands between such a predicate (116, 173) and p. */
static int charged_deed(const dyad_lexicon *lex, const struct sent *s, const struct pred *preds,
			size_t n, const struct pred *p)
{
	static const char *const for_w[] = { "for", NULL };
	static const char *const of_w[] = { "of", NULL };
	static const char *const with_w[] = { "with", NULL };
	static const char *const to_w[] = { "to", NULL };
	/* "suspected of plotting to kill", "on suspicion of spying",
	 * "convicted of trying to", "on charges of helping" */
	static const char *const of_heads[] = { "suspected", "accused", "suspicion", "charges",
						"charge", "convicted", "guilty", "counts",
						"count", "allegations", NULL };
	/* "charged them with plotting", "on charges with attempting" */
	static const char *const with_heads[] = { "charged", "charges", NULL };
	/* "over a suspected plot by far-right extremists to storm
	 * parliament": the plot, not the storming */
	static const char *const plot[] = { "plot", "plots", "plotting", "plotted", "conspiracy",
					    "conspiring", "conspired", NULL };
	size_t j, k;
	int opens, inf = p->infinitive || (p->group > 0 && word_is_any(s, p->group - 1, to_w));

	/* (a gerund, "for stealing ... and threatening", or the infinitive
	 * under one, "for trying to steal"; "detained Lula for questioning
	 * and searched his home" is a second act) */
	if (!head_ends_ing(s, p->head) && !inf)
		return 0;
	for (j = p->group; j-- > 0 && j + 16 > p->group;) {
		if (is_punct(s, j, ';') || is_punct(s, j, ','))
			return 0;
		opens = 0;
		/* ("for illegally financing the party": an -ly adverb before
		 * the gerund) */
		if (j + 2 < s->n && word_is_any(s, j, for_w) && ly_adverb(s, j + 1) &&
		    head_ends_ing(s, j + 2))
			opens = 1;
		else if (j + 1 < s->n && head_ends_ing(s, j + 1))
			opens = word_is_any(s, j, for_w) ||
				(j > 0 && word_is_any(s, j, of_w) && word_is_any(s, j - 1, of_heads)) ||
				(j > 0 && word_is_any(s, j, with_w) &&
				 word_is_any(s, j - 1, with_heads));
		if (!opens && inf && j + 8 > p->group)
			opens = word_is_any(s, j, plot);
		if (!opens)
			continue;
		for (k = 0; k < n; k++) {
			const char *pc = pred_code(lex, &preds[k]);
			if (preds[k].head < j && pc && (!strcmp(pc, "116") || !strcmp(pc, "173")))
				return 1;
		}
		return 0;
	}
	return 0;
}

/* "accused Azerbaijani troops on Thursday of crossing the border and
 * advancing several kilometres into Armenia", "accused Russia of
 * plotting to use saboteurs disguised as protesters to overthrow her
 * government": the deeds told inside the "of" or "for" gerund of an
 * accusation (112x) are what it accuses, no acts the sentence reports,
 * however far that gerund runs through "and" and infinitives before a
 * comma (tests/dev/README.md: an accusation's object is not coded).
 * Whether gerund or infinitive p stands inside such a charge. */
static int accused_deed(const dyad_lexicon *lex, const struct sent *s, const struct pred *preds,
			size_t n, const struct pred *p)
{
	static const char *const of_for[] = { "of", "for", NULL };
	static const char *const to_w[] = { "to", NULL };
	int inf = p->infinitive || (p->group > 0 && word_is_any(s, p->group - 1, to_w));
	size_t j, k, t;

	if (!head_ends_ing(s, p->head) && !inf)
		return 0;
	/* ("accusing Beijing of threatening the order and Chinese official
	 * Yang Jiechi denouncing U.S. hypocrisy": a gerund with a subject of
	 * its own is another's act) */
	if (!inf && p->group > 0 && s->info[p->group - 1].mention >= 0)
		return 0;
	for (j = p->group; j-- > 0 && j + 24 > p->group;) {
		if (is_punct(s, j, ';') || is_punct(s, j, ','))
			return 0;
		if (!inf && p->subject >= 0 && s->ments[p->subject].tok > j)
			return 0;
		if (!word_is_any(s, j, of_for) || j + 1 >= s->n ||
		    !(head_ends_ing(s, j + 1) ||
		      (j + 2 < s->n && ly_adverb(s, j + 1) && head_ends_ing(s, j + 2))))
			continue;
		for (k = 0; k < n; k++) {
			const char *pc = pred_code(lex, &preds[k]);
			int broken = 0;
			if (&preds[k] == p || preds[k].kind != LEX_VERB || preds[k].head >= j || !pc ||
			    strncmp(pc, "112", 3))
				continue;
			for (t = preds[k].end + 1; t < j && !broken; t++)
				broken = is_punct(s, t, ';') || is_punct(s, t, ',');
			if (!broken)
				return 1;
		}
		return 0;
	}
	return 0;
}

/* "one man sentenced to three years for attacking police", "jailed for
 * spying on Iran": an arrest or sentence (173, 116) whose only target
 * stands inside its charge ("for" or "suspected of" and a gerund) falls
 * on someone the text does not name as an actor, never on the one the
 * deed was done to.  Whether the target at token TGT is such. */
static int charge_holds_target(const dyad_lexicon *lex, const struct sent *s,
			       const struct pred *p, const char *rc, size_t tgt)
{
	static const char *const for_w[] = { "for", NULL };
	static const char *const of_w[] = { "of", NULL };
	static const char *const of_heads[] = { "suspected", "accused", "suspicion", "charges",
						"charge", "convicted", "guilty", NULL };
	const char *pc = rc ? rc : pred_code(lex, p);
	size_t j;

	if (!pc || (strcmp(pc, "116") && strcmp(pc, "173")) || tgt <= p->end)
		return 0;
	for (j = p->end + 1; j + 1 < tgt; j++) {
		if (is_punct(s, j, ';') || is_punct(s, j, ',') || s->info[j].mention >= 0)
			return 0;
		if (head_ends_ing(s, j + 1) &&
		    (word_is_any(s, j, for_w) ||
		     (word_is_any(s, j, of_w) && word_is_any(s, j - 1, of_heads))))
			return 1;
	}
	return 0;
}

/* "Zelensky dismissed the country's top commander", "Sunak dismissed
 * interior minister Suella Braverman": a leader dismissing or sacking an
 * office holder of his own state removes him, no rejection (12x) of him
 * (tests/dev/README.md, domestic: dismissing one's own minister is no
 * event).  Whether a's refusal is such a dismissal: the verb is
 * "dismiss" or "sack", its target a role of the source's own state
 * standing right after it, not the owner of what is dismissed ("dismissed
 * the minister's remarks"). */
static int own_official_dismissed(const struct act *a)
{
	static const char *const dismiss[] = { "dismiss", "dismissed", "dismisses", "dismissing",
					       "sack", "sacked", "sacks", "sacking", NULL };
	static const char *const lead[] = { "the", "its", "his", "her", "their", "country",
					    "country's", "'s", "top", "a", "an", ",", NULL };
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	const struct mention *src, *tgt;
	size_t j, end;

	if (p->kind != LEX_VERB || p->passive || !a->rc || strncmp(a->rc, "12", 2) ||
	    a->src < 0 || a->tgt < 0 || !word_is_any(s, p->head, dismiss))
		return 0;
	src = &s->ments[a->src];
	tgt = &s->ments[a->tgt];
	if (!src->code || !tgt->code || !country_prefix(src->code) || !country_prefix(tgt->code) ||
	    strlen(tgt->code) <= 3 || strncmp(src->code, tgt->code, 3) || tgt->tok <= p->head)
		return 0;
	/* (only words of a title between: "the country's top commander") */
	for (j = p->head + 1; j < tgt->tok; j++)
		if (s->info[j].mention >= 0 || (!word_is_any(s, j, lead) && s->info[j].roles == 0 &&
						 j + 4 < tgt->tok))
			return 0;
	end = tgt->tok + tgt->n_tok;
	return !(end < s->n && head_is(s, end, "'s"));
}

/* "Irish voters rejected two proposals to change the constitution",
 * "Swiss voters turned down the plan": a refusal (12) whose source is the
 * electorate, named by its last word, is a vote's result, no actor's
 * refusal (the `reject` and `probe` sections of tests/dev/README.md) */
static int voters_refusal(const struct act *a)
{
	static const char *const electorate[] = { "voters", "electorate", "electors", NULL };
	const struct sent *s = a->e->s;
	const struct mention *src;

	if (!a->rc || strncmp(a->rc, "12", 2) || a->src < 0 || a->p->passive)
		return 0;
	src = &s->ments[a->src];
	return src->n_tok > 0 && word_is_any(s, src->tok + src->n_tok - 1, electorate);
}

/* Aim act A at CODE, which no mention of the sentence names (HOW says
 * whence it came, for --explain), with the span of token TOK. */
static void aim_implied(struct act *a, size_t tok, const char *code, const char *how)
{
	implied_actor(&a->own, a->e->s, tok, code);
	a->own.how = how;
	a->have_own = 1;
}

/* The root of a CAMEO code, its first two digits ("195": 19). */
static int cameo_root(const char *code)
{
	return (code[0] - '0') * 10 + (code[1] - '0');
}

/* The source of the latest act the memo holds from the WITHIN sentences
 * before sentence SENT, of a root from LO to HI, done by a state other
 * than STATE and, when ON is set, done to STATE; NULL if none. */
static const char *memo_doer(const struct memo *mo, uint32_t sent, uint32_t within, int lo,
			     int hi, const char *state, int on)
{
	size_t k;

	for (k = 0; k < mo->n_acts; k++) {
		int root = cameo_root(mo->acts[k].code);

		if (mo->acts[k].sent >= sent || sent - mo->acts[k].sent > within ||
		    root < lo || root > hi || (on && strncmp(mo->acts[k].target, state, 3)))
			continue;
		if (country_prefix(mo->acts[k].source) && strncmp(mo->acts[k].source, state, 3))
			return mo->acts[k].source;
	}
	return NULL;
}

/* "Ukraine's drones hit dozens of Russian bombers at airbases deep
 * inside Russia ... Russia vowed to retaliate": a threat that names no
 * one, in a sentence naming no other party, answers the latest act of
 * force, posture, coercion or sanction of the last four sentences that
 * fell on the threatener's state, and is aimed at the state that did
 * it, as one in the clause after the act is (target_answered()); in a
 * sentence naming that act ("the tariffs"), at its doer. */
static int threat_answers_act(struct act *a)
{
	const struct dyad_coder *c = a->e->c;
	const struct sent *s = a->e->s;
	const struct mention *named = NULL;
	const char *src, *doer;
	size_t k;

	if (a->tgt >= 0 || a->have_own || a->src < 0 || !a->rc || strncmp(a->rc, "13", 2))
		return 0;
	src = s->ments[a->src].code;
	if (!country_prefix(src))
		return 0;
	/* ("criticised the tariffs and said it would take
	 * countermeasures": the act the sentence names, of a sentence
	 * before, is the one answered) */
	doer = NULL;
	for (k = 0; k < s->n_ments; k++) {
		const struct mention *m = &s->ments[k];
		if (!m->code || m->place_only || !strncmp(m->code, src, 3))
			continue;
		if (named || !m->how || strcmp(m->how, "the act of a sentence before") ||
		    !country_prefix(m->code))
			return 0;
		named = m;
	}
	if (named)
		doer = named->code;
	if ((!doer && !(doer = memo_doer(&c->memo, s->index, 4, 15, 20, src, 1))) ||
	    !(doer = state_role(a->e->c, doer, "")))
		return 0;
	aim_implied(a, named ? named->tok : a->p->head, doer,
		    "the doer of the act a sentence before that the threat answers");
	if (named) {
		a->own.start = named->start;
		a->own.end = named->end;
	}
	if (TRACING(c))
		coder_tracef(a->e->c, "  %s \"%.*s\": answers %s's act of a sentence before",
			     a->p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext, doer);
	return 0;
}

/* "Russia launched one of its biggest missile barrages on Ukraine ...
 * The Ukrainian air force said it had shot down 60 of 76 missiles":
 * force of no target on missiles, drones or rockets (or "them") right
 * after the verb strikes at whoever the last three sentences told
 * attacking the shooter's state. */
static int story_intercepts(struct act *a)
{
	static const char *const weapons[] = { "missiles", "missile", "drones", "drone",
					       "rockets", "rocket", "them", "projectiles", NULL };
	const struct dyad_coder *c = a->e->c;
	const struct sent *s = a->e->s;
	const char *src, *doer;
	size_t j;

	if (a->tgt >= 0 || a->have_own || a->src < 0 || !a->rc || strncmp(a->rc, "19", 2))
		return 0;
	src = s->ments[a->src].code;
	if (!country_prefix(src))
		return 0;
	for (j = a->p->head + 1; j < s->n && j <= a->p->head + 7; j++)
		if (word_is_any(s, j, weapons))
			break;
	if (j >= s->n || j > a->p->head + 7)
		return 0;
	if (!(doer = memo_doer(&c->memo, s->index, 3, 18, 20, src, 1)) ||
	    !(doer = state_role(a->e->c, doer, "")))
		return 0;
	aim_implied(a, a->p->head, doer,
		    "the attacker of a sentence before, whose weapons are shot down");
	if (TRACING(c))
		coder_tracef(a->e->c, "  %s \"%.*s\": strikes at %s, whose attack a sentence before told",
			     a->p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext, doer);
	return 0;
}

/* "North Korea test-fired a missile ... Tokyo also lodged a protest
 * through its embassy in Beijing", "North Korea conducted its sixth
 * nuclear test ... Mattis warned of a massive military response to any
 * threat to the United States": a rebuke, protest, rejection or threat
 * by a state or its government whose target came out as that very
 * state (bare, or through a pronoun) aims at no one of its own; it
 * answers the latest act of force or posture another state did in the
 * last three sentences, else the state the sentences before rebuked. */
static int story_self_target(struct act *a)
{
	static const char *const own_roles[] = { "GOV", "MIL", NULL };
	const struct dyad_coder *c = a->e->c;
	const struct memo *mo = &c->memo;
	const struct sent *s = a->e->s;
	const struct mention *t;
	const char *src, *doer = NULL;
	size_t k;

	if (a->tgt < 0 || a->have_own || a->src < 0 || !a->rc ||
	    (strncmp(a->rc, "11", 2) && strncmp(a->rc, "12", 2) && strncmp(a->rc, "13", 2)))
		return 0;
	src = s->ments[a->src].code;
	t = &s->ments[a->tgt];
	if (!src || !t->code || !country_prefix(src) || strncmp(src, t->code, 3) ||
	    (strlen(src) != 3 && !role_in(src, own_roles)))
		return 0;
	if (strlen(t->code) != 3 && t->kind != M_PRONOUN &&
	    !(t->how && !strncmp(t->how, "pronoun", 7)))
		return 0;
	doer = memo_doer(mo, s->index, 3, 15, 20, src, 0);
	for (k = 0; k < mo->n_acts && !doer; k++) {
		int root = cameo_root(mo->acts[k].code);
		if (mo->acts[k].sent >= s->index || s->index - mo->acts[k].sent > 3)
			continue;
		if ((root == 11 || root == 13 || root == 16) && country_prefix(mo->acts[k].target) &&
		    strncmp(mo->acts[k].target, src, 3))
			doer = mo->acts[k].target;
	}
	if (!doer || !(doer = state_role(a->e->c, doer, "")))
		return 0;
	a->tgt = -1;
	a->nt = 0;
	aim_implied(a, a->p->head, doer,
		    "the doer of the act a sentence before, not the reactor's own state");
	if (TRACING(c))
		coder_tracef(a->e->c, "  %s \"%.*s\": its own state is no target; answers %s",
			     a->p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext, doer);
	return 0;
}

/* "Russia quit the Black Sea grain deal", "Germany halted the
 * certification of Nord Stream 2": an accord or project whose very name
 * gives its two parties (the phrases of a dictionary set named
 * ACCORD_PARTIES_XXX_YYY, XXX and YYY their states) is the other
 * party's, so an act on it that names no target, by a state of one side,
 * is aimed at the other side.  The name must follow the head within its
 * clause, a dozen words at most; a source of neither state (Turkey, the
 * U.N. that brokered the grain deal) is aimed at no one. */
static int accord_party(struct act *a)
{
	static const char prefix[] = "ACCORD_PARTIES_";
	const size_t plen = sizeof(prefix) - 1;
	struct dyad_coder *c = a->e->c;
	const dyad_lexicon *lex = c->lex;
	const struct sent *s = a->e->s;
	const char *src, *other = NULL;
	size_t j, last, set;

	if (a->tgt >= 0 || a->have_own || a->src < 0 || !a->rc)
		return 0;
	src = s->ments[a->src].code;
	if (!country_prefix(src))
		return 0;
	for (set = 0; set < lex->synsets.n && !other; set++) {
		const char *name = lex_str(lex, lex->synsets.v[set].name);
		if (!name || strncmp(name, prefix, plen) || strlen(name) != plen + 7 ||
		    name[plen + 3] != '_')
			continue;
		if (!strncmp(name + plen, src, 3))
			other = name + plen + 4;
		else if (!strncmp(name + plen + 4, src, 3))
			other = name + plen;
		else
			continue;
		for (j = a->p->head + 1; j < s->n && j <= a->p->head + 12; j++) {
			if (clause_break(s, j) || is_punct(s, j, ';'))
				break;
			if (pat_set_at(lex, s, j, (uint32_t)set, &last))
				break;
		}
		if (j >= s->n || j > a->p->head + 12 || !pat_set_at(lex, s, j, (uint32_t)set, &last))
			other = NULL;
	}
	if (!other || !(other = state_role(c, other, "")))
		return 0;
	aim_implied(a, a->p->head, other, "the other party of the accord named");
	if (TRACING(c))
		coder_tracef(c, "  %s \"%.*s\": aimed at %s, the other party of the accord named",
			     a->p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext, other);
	return 0;
}

/* Whether the sentence names a party, other than a place alone, of a
 * state other than CODE's. */
static int names_other_state(const struct sent *s, const char *code)
{
	size_t k;

	for (k = 0; k < s->n_ments; k++)
		if (s->ments[k].code && !s->ments[k].place_only &&
		    strncmp(s->ments[k].code, code, 3))
			return 1;
	return 0;
}

/* "Zelensky met Trump at the White House. Zelensky asked for Tomahawk
 * missiles. Trump did not agree to supply the missiles": a request,
 * offer, promise, refusal or demand that names no one, by one side of
 * the pair the sentence before met or spoke with, in a sentence naming
 * no other state, is made to the other side.  Acts of force and posture
 * need their target named; statements and talks have none to find. */
static int pair_counterpart(struct act *a)
{
	static const char *const roots[] = { "02", "03", "06", "07", "08", "10", "12", NULL };
	const struct dyad_coder *c = a->e->c;
	const struct memo *mo = &c->memo;
	const struct sent *s = a->e->s;
	const struct mention *src;
	size_t k;
	int side = -1;

	if (a->tgt >= 0 || a->have_own || a->src < 0 || !a->rc || mo->have_pair != 2 ||
	    s->index <= mo->pair_sent || s->index - mo->pair_sent > 2)
		return 0;
	for (k = 0; roots[k] && strncmp(a->rc, roots[k], 2); k++)
		;
	src = &s->ments[a->src];
	if (!roots[k] || !country_prefix(src->code))
		return 0;
	for (k = 0; k < 2; k++)
		if (mo->pair[k].code && !strncmp(mo->pair[k].code, src->code, 3))
			side = (int)k;
	if (side < 0 || !mo->pair[1 - side].code ||
	    !strncmp(mo->pair[1 - side].code, src->code, 3))
		return 0;
	if (names_other_state(s, src->code))
		return 0;       /* another party named: no guessing */
	aim_implied(a, a->p->head, mo->pair[1 - side].code,
		    "the other side of the pair of a sentence before");
	a->own.person = mo->pair[1 - side].person;
	if (TRACING(c))
		coder_tracef(a->e->c, "  %s \"%.*s\": made to %s, the other side of the pair "
			     "of a sentence before", a->p->kind == LEX_VERB ? "verb" : "noun",
			     (int)a->hlen, a->htext, mo->pair[1 - side].code);
	return 0;
}

/* "The EU adopted its 16th package of sanctions against Russia ...
 * Britain also announced new sanctions on the same day": an act that
 * names no one, said with "also" (or "likewise", "similarly") by a state
 * other than the one that did it, in a sentence naming no other party,
 * joins the latest act of its root the last two sentences told by
 * another state, and is aimed where that one was. */
static int also_joins_act(struct act *a)
{
	static const char *const also[] = { "also", "likewise", "similarly", NULL };
	const struct dyad_coder *c = a->e->c;
	const struct memo *mo = &c->memo;
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	const char *src, *tgt = NULL;
	size_t j, k;
	int said_also = 0;

	if (a->tgt >= 0 || a->have_own || a->src < 0 || !a->rc)
		return 0;
	src = s->ments[a->src].code;
	if (!country_prefix(src))
		return 0;
	/* ("Britain also announced new sanctions", "Canada has also
	 * imposed"): between the source and the trigger */
	for (j = s->ments[a->src].tok + s->ments[a->src].n_tok; j < p->head; j++)
		if (word_is_any(s, j, also))
			said_also = 1;
	if (!said_also)
		return 0;
	if (names_other_state(s, src))
		return 0;       /* another party named: no guessing */
	for (k = 0; k < mo->n_acts && !tgt; k++) {
		if (mo->acts[k].sent >= s->index || s->index - mo->acts[k].sent > 2 ||
		    cameo_root(mo->acts[k].code) != cameo_root(a->rc) ||
		    !mo->acts[k].source[0] || !strncmp(mo->acts[k].source, src, 3))
			continue;
		if (country_prefix(mo->acts[k].target) && strncmp(mo->acts[k].target, src, 3))
			tgt = mo->acts[k].target;
		else
			return 0;       /* the latest such act had no other target */
	}
	if (!tgt)
		return 0;
	aim_implied(a, p->head, tgt, "the target of the act of a sentence before that it also did");
	if (TRACING(c))
		coder_tracef(a->e->c, "  %s \"%.*s\": also did what a sentence before told, to %s",
			     p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext, tgt);
	return 0;
}

/* "in return for the 20 living hostages Hamas is due to release", "the
 * prisoners Russia freed": a verb with a subject and no object, whose
 * subject follows a state's people named in the plural with nothing
 * between, ends a reduced object relative on them; they are its
 * target.  Only auxiliaries and adverbs may stand between the subject
 * and the verb ("is due to", "has now"). */
static void aim_object_relative(struct act *a)
{
	struct sent *s = a->e->s;
	const struct mention *src = &s->ments[a->src], *obj;
	size_t j;
	long mi;

	if (a->p->kind != LEX_VERB || src->tok == 0 || src->kind == M_PRONOUN ||
	    (mi = s->info[src->tok - 1].mention) < 0)
		return;
	obj = &s->ments[mi];
	if (obj == src || obj->tok + obj->n_tok != src->tok || obj->person || !obj->code ||
	    obj->kind == M_PRONOUN || !head_ends_s(s, obj->tok + obj->n_tok - 1) ||
	    !(obj->kind == M_AGENT || (obj->how && !strcmp(obj->how, "state and agent"))))
		return;
	for (j = src->tok + src->n_tok; j < a->p->head; j++)
		if (s->info[j].mention >= 0 || (s->toks[j].flags & TOK_PUNCT))
			return;
	aim_implied(a, obj->tok + obj->n_tok - 1, obj->code,
		    "the people an object relative names, right before its subject");
}

/* "KYIV -- Modi arrived by train on Friday", "MANILA -- ... during a
 * visit by Japan's foreign minister": an arrival or a visit (042) that
 * names no place goes to the state the story is filed from, when that is
 * not the traveller's own.  Arrivals only of a person or a government
 * (troops or ships arriving are no visit of this kind). */
static int unplaced_trip_dateline(const struct act *a)
{
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	const struct mention *src;
	const char *dl = a->e->c->memo.dateline;

	if (a->tgt >= 0 || a->have_own || a->src < 0 || !a->rc || strcmp(a->rc, "042") || !dl[0])
		return 0;
	src = &s->ments[a->src];
	if (!src->code || !country_prefix(src->code) || !strncmp(dl, src->code, 3))
		return 0;
	if (p->kind == LEX_NOUN)
		return head_is(s, p->head, "visit") || head_is(s, p->head, "trip");
	return p->kind == LEX_VERB && (head_is(s, p->head, "arrive") || head_is(s, p->head, "touch")) &&
	       (src->person || (strlen(src->code) == 6 && !strcmp(src->code + 3, "GOV")));
}

/* "froze formal contacts with Moscow until its troops leave Georgia",
 * "suspended aid until Kyiv holds elections": p's clause opens with an
 * "until" after a cut in relations or a rejection (16x, 12x) already
 * coded in its sentence, and p is told in the present: what the cut
 * waits for is no act (a past form is one that happened: "kept up the
 * boycott until Doha backed down").  As until_of_threat() for threats. */
static int until_of_reduction(const struct emit_ctx *e, const struct pred *p)
{
	static const char *const until[] = { "until", "till", NULL };
	const struct sent *s = e->s;
	size_t i, j;

	if (p->kind != LEX_VERB || past_form(s, p->head) || (p->group_roles & (R_WILL | R_WOULD)))
		return 0;
	for (j = p->group; j-- > 0 && j + 6 > p->group;) {
		if (word_is_any(s, j, until))
			break;
		if (is_punct(s, j, ',') || s->info[j].verb)
			return 0;
	}
	if (j == SIZE_MAX || j + 6 <= p->group)
		return 0;
	for (i = 0; i < e->n_seen; i++)
		if (e->seen[i].root && (!strcmp(e->seen[i].root, "16") || !strcmp(e->seen[i].root, "12")) &&
		    e->seen[i].trigger.start < s->toks[j].start - s->base)
			return 1;
	return 0;
}

static int restated(struct act *a)
{
	struct emit_ctx *e = a->e;
	struct dyad_coder *c = a->e->c;
	const dyad_lexicon *lex = a->e->c->lex;
	struct sent *s = a->e->s;
	struct pred *preds = a->preds;
	struct pred *p = a->p;
	size_t n = a->n;

	/* "RIYADH -- ... as Trump began his first trip abroad since taking
	 * office": a trip abroad that names no state goes to the state the
	 * story is filed from, when that is not the traveller's own */
	if (a->tgt < 0 && !a->have_own && a->src >= 0 && a->rc && !strcmp(a->rc, "042") &&
	    s->ments[a->src].code && c->memo.dateline[0] &&
	    country_prefix(s->ments[a->src].code) &&
	    strncmp(c->memo.dateline, s->ments[a->src].code, 3) &&
	    p->end + 1 < s->n && head_is(s, p->end + 1, "abroad"))
		aim_implied(a, p->end + 1, c->memo.dateline, "the dateline's state, where a trip abroad goes");
	if (unplaced_trip_dateline(a))
		aim_implied(a, p->end, c->memo.dateline, "the dateline's state, where a trip naming no place goes");
	if (a->tgt < 0 && !a->have_own && a->src >= 0)
		aim_object_relative(a);
	if ((a->src < 0 && !a->have_own_src) || (a->tgt < 0 && !a->have_own)) {
		/* ("North Korea fired a missile into the sea": an act with no
		 * target may be the "launch" a later sentence protests) */
		if (a->src >= 0 && a->rc && s->ments[a->src].code && !p->neg &&
		    !(p->group_roles & R_NEG))
			memo_add_act(&c->memo, s->index, a->rc, s->ments[a->src].code, NULL);
		if (TRACING(c))
			coder_tracef(c, "  %s \"%.*s\" (%s): not coded: no %s",
				     p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext,
				     a->rc ? a->rc : "---",
				     a->src < 0 && a->tgt < 0 ? "source and no target" :
				     a->src < 0 ? "source" : "target");
		return 1;
	}
	if (own_official_dismissed(a))
		return not_coded(a, "an official of the dismisser's own state removed, no rejection");
	if (voters_refusal(a))
		return not_coded(a, "voters' rejection, a vote's result, no refusal");
	/* "summoned Japan's ambassador to protest remarks by Takaichi": the
	 * complaint a summons is made to lodge is the summons itself (114),
	 * told once */
	if (p->kind == LEX_VERB && p->infinitive && p->matrix >= 0 && (size_t)p->matrix < n &&
	    a->rc && !strcmp(a->rc, "114") && head_is(s, preds[p->matrix].head, "summon"))
		return not_coded(a, "the complaint the summons lodges, told once");
	/* "Moscow will reject any peace plan drawn up without it, Lavrov
	 * said": a refusal aimed at the refuser's own state ("it") names no
	 * one refused */
	if (a->rc && !strncmp(a->rc, "12", 2) && a->src >= 0 && a->tgt >= 0 &&
	    s->ments[a->src].code && s->ments[a->tgt].code &&
	    country_prefix(s->ments[a->src].code) && strlen(s->ments[a->tgt].code) == 3 &&
	    !strncmp(s->ments[a->src].code, s->ments[a->tgt].code, 3)) {
		/* (unless a hyphened owner of what is refused names one: "A
		 * U.S.-backed proposal to extend the Gaza truce was rejected
		 * by Hamas") */
		a->tgt = -1;
		hyphen_owner_refused(a);
		if (!a->have_own)
			return not_coded(a, "a refusal aimed at the refuser's own state, no one refused");
	}
	if (p->reporter >= 0 && a->rc && strncmp(a->rc, "12", 2) && strncmp(a->rc, "13", 2) &&
	    (p->group_roles & R_NEG) && (p->group_roles & (R_WILL | R_WOULD)) &&
	    mode_resolve(s, preds, a->i) == DYAD_MODE_NEGATED &&
	    refusal_follows(s, p))
		return not_coded(a, "what the sayer's side will not do, the refusal after it codes");
	/* "cut diplomatic relations with Morocco, accusing its neighbour of
	 * hostile actions", "suspended aid, accusing Islamabad of": an
	 * accusation given as the grounds of a punitive act (12-20) the
	 * clause before it takes against the same party is part of that act;
	 * "ruled out sending missiles to Ukraine, rejecting Kyiv's requests"
	 * restates it (a demand, rebuke, refusal or threat: 10-13, and a
	 * rebuke that labels what a refusal refused: 11 after 12; acts of
	 * force joined so are distinct, "launched an offensive, overrunning
	 * army posts").  Against another party ("declared martial law,
	 * accusing parliament of") it is an event of its own. */
	if (p->anchor >= 0 && !a->have_own && !a->have_own_src && pred_code(lex, p)) {
		static const char *const label_it[] = { "it", "them", NULL };
		static const char *const label_verbs[] = { "calling", "describing", "terming",
							   "branding", "labelling", "labeling", NULL };
		const char *pc = pred_code(lex, p);
		const char *tc = s->ments[a->tgt].code;
		int32_t an = p->anchor;
		size_t k;
		/* "ordered 45 Russian diplomats to leave, accusing Moscow":
		 * the act is the infinitive's governing verb */
		while (preds[an].infinitive && preds[an].matrix >= 0 && preds[an].matrix < an)
			an = preds[an].matrix;
		/* "expelled Ethiopia's ambassador and ordered the closure of
		 * its consulates, accusing Addis Ababa": the first of the
		 * verbs joined by "and" opens the act */
		while (preds[an].coord >= 0 && preds[an].coord < an)
			an = preds[an].coord;
		/* "Ecuador will impose a tariff on Colombia, Noboa said,
		 * accusing Bogota": the participle shares the subject of a
		 * speech verb that codes nothing, and the act is the one
		 * reported before it, from the sentence's start */
		uint32_t from = s->toks[preds[an].group].start - s->base;
		if (an > 0 && !pred_code(lex, &preds[an]) && preds[an].kind == LEX_VERB &&
		    preds[an].subject >= 0 && s->ments[preds[an].subject].tok > preds[an - 1].head &&
		    s->ments[preds[an].subject].tok > 0 &&
		    is_punct(s, s->ments[preds[an].subject].tok - 1, ','))
			from = 0;
		for (k = 0; k < e->n_seen; k++) {
			const struct dyad_event *o = &e->seen[k];
			/* the same party: the same code, or for an accusation
			 * the same state ("cut off funding to South Africa,
			 * accusing its government") */
			int same = !strcmp(o->target.code, tc) ||
				   (!strncmp(pc, "112", 3) && country_prefix(o->target.code) &&
				    country_prefix(tc) && !strncmp(o->target.code, tc, 3) &&
				    strncmp(o->source.code, tc, 3)) ||
				   /* ("denounced the United States for sending a
				    * submarine to South Korea, calling it a grave
				    * provocation": the "it" a label names is the
				    * act rebuked, whoever else the pronoun might
				    * find; so is "them" after "condemned Israel's
				    * strikes on Iran, calling them unprovoked") */
				   (!strncmp(pc, "11", 2) && !strncmp(o->root, "11", 2) &&
				    s->ments[a->tgt].kind == M_PRONOUN &&
				    word_is_any(s, s->ments[a->tgt].tok, label_it) &&
				    word_is_any(s, p->head, label_verbs));
			/* and the same actor, or for an accusation one of the
			 * same state among its sources ("the juntas of Niger,
			 * Mali and Burkina Faso were withdrawing their countries
			 * from ECOWAS, accusing it") */
			const struct mention *sm[8];
			size_t nsm = !strncmp(pc, "112", 3) ? group_members(s, a->src, sm, 8) : 0, q;
			/* ("Ecuador will impose a tariff on Colombia, Noboa
			 * said, accusing Bogota": the state's office holder
			 * gives the state's grounds) */
			int same_src = !strcmp(o->source.code, s->ments[a->src].code) ||
				       (!strncmp(pc, "112", 3) && s->ments[a->src].code &&
					country_prefix(o->source.code) &&
					country_prefix(s->ments[a->src].code) &&
					!strncmp(o->source.code, s->ments[a->src].code, 3));
			for (q = 0; q < nsm && !same_src; q++)
				same_src = sm[q]->code && country_prefix(sm[q]->code) &&
					   !strncmp(sm[q]->code, o->source.code, 3);
			if (o->trigger.start >= from &&
			    o->trigger.start < s->toks[p->head].start - s->base &&
			    ((!strncmp(pc, "112", 3) && strcmp(o->root, "12") >= 0) ||
			     (!strncmp(o->root, pc, 2) && strcmp(pc, "14") < 0 && strcmp(pc, "10") >= 0) ||
			     /* "said no to NATO's target, calling it
			      * unreasonable": the label a refusal gives
			      * what it refuses is that refusal */
			     (!strncmp(pc, "11", 2) && strncmp(pc, "112", 3) && !strcmp(o->root, "12"))) &&
			    same_src && same)
				return not_coded(a, "the grounds or a restatement of the act before it, not an event");
			/* "signed a peace agreement ..., pledging to end three
			 * decades of conflict": what the signers pledge, with
			 * no party of its own, is the deal's content, not coded
			 * apart from its 057 (tests/dev/README.md) */
			if (o->trigger.start >= from &&
			    o->trigger.start < s->toks[p->head].start - s->base &&
			    !strncmp(pc, "03", 2) && !strcmp(o->cameo, "057"))
				return not_coded(a, "what the deal signed before it pledges, not an event");
		}
	}
	/* "forces retaliating for Indian strikes fired missiles at
	 * military targets", "cardinals meeting in the Sistine Chapel
	 * elected": a participle on the subject names no party after the
	 * subject's own verb, and one of the same root as that verb tells
	 * why or how it acted, not another act */
	if (p->main_verb >= 0 && p->kind == LEX_VERB && head_ends_ing(s, p->head) &&
	    !a->have_own && a->tgt >= 0) {
		const struct pred *mv = &preds[p->main_verb];
		const char *mc = pred_code(lex, mv), *pc = a->rc ? a->rc : pred_code(lex, p);
		if (s->ments[a->tgt].tok >= mv->group)
			return not_coded(a, "a participle on the subject: what follows the "
					 "subject's verb is that verb's");
		if (mc && pc && !strncmp(mc, pc, 2))
			return not_coded(a, "a participle on the subject telling why or how its "
					 "verb's act was done");
	}
	/* "shot down Russian drones, the first time a NATO member has
	 * fired on Russian assets": an apposition that ranks the act
	 * before it restates it */
	if (p->kind == LEX_VERB && first_time_apposition(s, p))
		return not_coded(a, "an apposition that ranks the act before it, not another act");
	/* the grounds of the main clause's act on its own subject (a
	 * protest counts only against that subject itself: "police fired
	 * at protesters who rallied in Minsk against Lukashenko" tells of a
	 * rally against him, not of what the police were paid back for) */
	/* (but "imposed tariffs on the European Union, which vowed to
	 * retaliate": a vow to hit back answers the act, aimed at the doer's
	 * state, as ", and Beijing vowed to retaliate" is) */
	if (a->rel_main >= 0 && !a->have_own && a->tgt >= 0 && a->rc && !strncmp(a->rc, "13", 2) &&
	    p->kind == LEX_VERB && vow_back(s, p) && s->ments[a->tgt].code &&
	    country_prefix(s->ments[a->tgt].code) && strlen(s->ments[a->tgt].code) > 3 &&
	    s->ments[a->src].code && strncmp(s->ments[a->tgt].code, s->ments[a->src].code, 3)) {
		char *st = state_role(e->c, s->ments[a->tgt].code, "");
		if (st) {
			derived_mention(&a->own, &s->ments[a->tgt], st, 0, s->ments[a->tgt].start,
					s->ments[a->tgt].end);
			a->have_own = 1;
			a->tgt = -1;
		}
	}
	if (a->rel_main >= 0 && !a->have_own && a->tgt >= 0 && s->ments[a->tgt].code &&
	    s->ments[a->rel_main].code && country_prefix(s->ments[a->tgt].code) &&
	    !strncmp(s->ments[a->tgt].code, s->ments[a->rel_main].code, 3) &&
	    !(a->rc && !strncmp(a->rc, "14", 2) &&
	      strcmp(s->ments[a->tgt].code, s->ments[a->rel_main].code)) &&
	    !(a->rc && !strncmp(a->rc, "13", 2) && p->kind == LEX_VERB && vow_back(s, p)))
		return not_coded(a, "a relative clause on the object telling what "
				 "it did to the subject, not coded");
	/* "A drone struck a maternity hospital in El Obeid, killing nine
	 * people": a participle after a comma whose main verb names no
	 * doer has none either; what the main verb hit did not kill */
	if (p->kind == LEX_VERB && a->src >= 0 && head_ends_ing(s, p->head) &&
	    p->group > 0 && is_punct(s, p->group - 1, ',')) {
		const struct pred *mv = NULL;
		size_t q;
		for (q = 0; q < n; q++)
			if (preds[q].kind == LEX_VERB && preds[q].end < p->group &&
			    (!mv || preds[q].head > mv->head))
				mv = &preds[q];
		if (mv) {
			int32_t ms = mv->passive ? mv->by_agent : mv->subject;
			const char *mc = pred_code(lex, mv);
			if (ms < 0 && s->ments[a->src].tok > mv->end && s->ments[a->src].tok < p->group &&
			    mc && !strncmp(mc, "19", 2))
				return not_coded(a, "a participle on a force verb that names no doer: "
						 "what it hit is no source");
		}
	}
	if (attack_result(e, p))
		return not_coded(a, "what the attack before it did, not an act of its own");
	if (p->kind == LEX_VERB && charged_deed(lex, s, preds, n, p))
		return not_coded(a, "the deed a conviction or arrest before it is for, not an act");
	if (p->kind == LEX_VERB && accused_deed(lex, s, preds, n, p))
		return not_coded(a, "a deed an accusation before it charges, not an act");
	if (p->kind == LEX_VERB && a->tgt >= 0 && !a->have_own && charge_holds_target(lex, s, p, a->rc, s->ments[a->tgt].tok))
		return not_coded(a, "a target named only in the charge, not the one arrested or sentenced");
	if (a->src >= 0 && subject_attack_toll(e, p, s->ments[a->src].code))
		return not_coded(a, "the toll of the attack its subject names, not an act of its own");
	if (mode_in_condition(s, preds, n, p))
		return not_coded(a, "the condition of a threat or offer, not an act");
	if (until_of_threat(e, p))
		return not_coded(a, "what a threat waits for, not an act");
	if (until_of_reduction(e, p))
		return not_coded(a, "what a cut in relations waits for, not an act");
	return 0;
}

/* "he was ready to meet Zelenskiy", "said he was open to talks": a
 * readiness noun after a present or past "be" (not "would be"), which
 * states the offer as it stands. */
static int stated_readiness(const struct sent *s, const struct pred *p)
{
	static const char *const was[] = { "was", "is", "were", "are", NULL };
	size_t j;

	/* ("was open to talks": the noun may be the readiness's object;
	 * "Moscow is prepared to resume talks", "said he was prepared to
	 * talk": the tagger reads the adjective as a verb) */
	for (j = p->head;
	     (p->kind == LEX_NOUN || head_is(s, p->head, "prepare")) && j-- > 0 && p->head - j <= 3;) {
		if (word_is_any(s, j, was))
			return 1;
		if (s->info[j].mention >= 0 || (s->info[j].roles & (R_WOULD | R_SUB)) ||
		    (s->toks[j].flags & TOK_PUNCT))
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
	size_t k;

	if (p->kind != LEX_VERB)
		return 0;
	for (k = 0; wishes[k]; k++)
		if (head_is(s, p->head, wishes[k]))
			return 1;
	return 0;
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

	for (j = p->head; j-- > 0 && j + 7 > p->head;) {
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

/* Whether p's verb says one stayed away: "skipped", "boycotted",
 * "shunned", "stayed away from". */
static int absence_verb(const dyad_lexicon *lex, const struct sent *s, const struct pred *p)
{
	static const char *const absent[] = { "skip", "boycott", "shun", NULL };
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

static int final_code(struct act *a)
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
		const char *w = source_weapon(s, &s->ments[a->src]);
		if (w)
			a->code = w;
	}
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
			derived_mention(&a->own, &s->ments[a->tgt], cc, 0, s->ments[a->tgt].start,
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
		const char *role = facility_role(s, p->end + 1, &s->ments[a->tgt]);
		char *cc;
		/* (a bare plural read as a verb is the noun: "coalition air
		 * strikes on Sanaa killed 12 civilians") */
		if (!role && (p->kind == LEX_NOUN ||
			      (p->group == p->head && plural_form(s, p->head) && !past_form(s, p->head))) &&
		    killed_people_after(s, &s->ments[a->tgt]))
			role = "CVL";
		/* (a place taken is its state's: "walked into the centre of
		 * Bukavu" occupies no civilians) */
		if (role && !strcmp(role, "CVL") && !strcmp(a->code, "192"))
			role = NULL;
		cc = role ? state_role(c, s->ments[a->tgt].code, role) : NULL;
		if (cc) {
			derived_mention(&a->own, &s->ments[a->tgt], cc, 0, s->ments[a->tgt].start,
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
	    killed_people_after(s, &s->ments[a->tgt])) {
		char *cc = state_role(c, s->ments[a->tgt].code, "CVL");
		if (cc) {
			derived_mention(&a->own, &s->ments[a->tgt], cc, 0, s->ments[a->tgt].start,
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
			derived_mention(&a->own, &s->ments[a->tgt], cc, 0, s->ments[a->tgt].start,
					s->ments[a->tgt].end);
			a->have_own = 1;
		}
	}
	if (a->code && p->kind == LEX_VERB && (!strncmp(a->code, "18", 2) || !strncmp(a->code, "19", 2)) &&
	    chemical_means(s, p, a->tgt >= 0 && !a->have_own && s->ments[a->tgt].tok > a->r.last ?
			   s->ments[a->tgt].tok : a->r.last)) {
		a->code = "2041";
		a->code2 = NULL;
	}
	/* "skipped the SCO summit in Astana", "will boycott the ceremony
	 * in Moscow", "stayed away from the G20 summit": a visit not made,
	 * as "did not attend" says it (negation outranks a plan) */
	if (a->code && !strcmp(a->code, "042") && p->kind == LEX_VERB && absence_verb(lex, s, p) &&
	    (a->mode == DYAD_MODE_ASSERTED || a->mode == DYAD_MODE_PLANNED))
		a->mode = DYAD_MODE_NEGATED;
	/* "would be willing to meet Zelensky if the Ukrainian leader came
	 * to Moscow": an offer on a condition is the meeting itself,
	 * conditional, not a bare intent (036). */
	/* ("was ready to meet Zelenskiy, but only if": a readiness stated
	 * as a fact stays the intent, conditional) */
	/* ("accepted in principle a meeting with Putin on condition
	 * that", "would invite Kim to the White House if the summit went
	 * well": an acceptance or an invitation is an act of its own, not
	 * the meeting; it stays the intent, conditional) */
	if (a->code && !strcmp(a->code, "036") && a->mode == DYAD_MODE_CONDITIONAL &&
	    !stated_readiness(s, p) &&
	    !(p->kind == LEX_VERB && (head_is(s, p->head, "accept") || head_is(s, p->head, "invite"))))
		a->code = "040";
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
	      !if_after(s, p->head))))
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
	    (p->group_roles & (R_WILL | R_WOULD)) && !leaving_told(s, p) && p->r.pat &&
	    pat_names_negation(a->e->c->lex, s, p))
		a->mode = DYAD_MODE_ASSERTED;
	/* '"I think he is a war criminal," Biden said': a rebuke,
	 * accusation or threat hedged only by its own maker's "I think" or
	 * "we believe" is made all the same */
	if (a->code && (!strncmp(a->code, "11", 2) || !strncmp(a->code, "12", 2) ||
			!strncmp(a->code, "13", 2)) &&
	    a->mode == DYAD_MODE_SPECULATIVE && a->src >= 0 && own_opinion(s, preds, n, p, a->src))
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
	    p->reporter >= 0 && !leaving_told(s, p) &&
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
	if (a->code && !strncmp(a->code, "12", 2) && a->mode == DYAD_MODE_CONDITIONAL &&
	    !(p->group_roles & (R_WILL | R_WOULD | R_MAY | R_CAN)) && !leaving_told(s, p))
		a->mode = DYAD_MODE_ASSERTED;
	/* "agreed to impose sanctions": a conflictual act agreed on is
	 * still to come.  A cooperative one is an intent (03x), done in the
	 * agreeing ("agreed to resume talks"), and what a vote decides
	 * ("voted to impeach") is done by the vote. */
	if (a->code && p->agreed && a->mode == DYAD_MODE_ASSERTED && strncmp(a->code, "10", 2) >= 0)
		a->mode = DYAD_MODE_PLANNED;
	/* "China firmly opposes the new U.S. tariffs and will take all
	 * necessary measures", "said it would take firm countermeasures
	 * against the U.S. tariffs": measures held out against a trade
	 * measure are a threat in trade (1312), made in the saying */
	if (a->code && !a->threat && (!strcmp(a->code, "130") || !strcmp(a->code, "131")) &&
	    trade_measures(s, p)) {
		a->code = "1312";
		a->code2 = NULL;
		if (a->mode == DYAD_MODE_PLANNED || a->mode == DYAD_MODE_CONDITIONAL)
			a->mode = DYAD_MODE_ASSERTED;
	}
	if (a->threat) {
		size_t k;
		/* "threatened that North Korea would shoot down U.S. planes":
		 * the threat is coded already; the act it names is not. */
		for (k = 0; k < e->n_seen; k++)
			if (e->seen[k].root && !strcmp(e->seen[k].root, "13"))
				return not_coded(a, "what a threat coded before names, not an act");
		a->code = a->threat;
		a->code2 = NULL;
		a->mode = DYAD_MODE_ASSERTED;
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
			return not_coded(a, "the label a denial gives the accusation, "
					 "part of the denial");
		for (k = 0; k < e->n_seen; k++)
			if (e->seen[k].mode == DYAD_MODE_NEGATED)
				return not_coded(a, "the label a denial gives the accusation, "
						 "coded with the denied act");
	}
	/* "is considering whether to scrap the pact with Japan": the act
	 * weighed is the option considered (014), in the weighing's mode;
	 * a condition on the act ("would consider recognising Israel only
	 * if") stays the option's */
	if (a->code && !a->threat && strcmp(a->code, "014")) {
		long w = weighed_by(s, p);

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
			(!strncmp(a->code, "12", 2) && !leaving_told(s, p))) &&
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
		return not_coded(a, "a threat coded before, restated");
	/* "blocked roads to demand the resignation of the attorney
	 * general", "stormed the residence, demanding that he resign": a
	 * protest (14y, or force by civilians: 145) for a change of leader,
	 * policy, rights or institutions (104z) is coded as one (14yz). */
	if (a->code && strlen(a->code) == 3) {
		size_t k;
		const char *dc;
		for (k = 0; k < n; k++)
			if (protest_of(lex, s, preds, &preds[k]) == (long)i &&
			    (dc = pred_code(lex, &preds[k])) && strlen(dc) == 4 &&
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

static int emit_all(struct act *a)
{
	struct emit_ctx *e = a->e;
	struct dyad_coder *c = a->e->c;
	struct sent *s = a->e->s;
	struct pred *p = a->p;
	const char *third_at = NULL;
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
		a->ns = group_members(s, a->src, a->srcs, 8);
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
		a->nt = group_members(s, a->tgt, a->tgts, 8);
	if (a->also_tgt >= 0 && !a->have_own && !a->pair_sides)
		a->nt += group_members(s, a->also_tgt, a->tgts + a->nt, 8 - a->nt);
	if (a->attempt) {
		a->srcs[0] = &a->attacker;
		a->tgts[0] = &s->ments[a->tgt];
		a->ns = a->nt = 1;
	}
	if (!a->have_own && !a->pair_sides && !a->reciprocal && !a->attempt && p->kind == LEX_VERB) {
		const struct mention *t = &s->ments[a->tgt];
		int32_t w = along_with(s, t->tok + t->n_tok);
		if (w >= 0 && (a->have_own_src || s->ments[w].group != s->ments[a->src].group))
			a->nt += group_members(s, w, a->tgts + a->nt, 8 - a->nt);
	}
	/* "tariffs of 25 percent on Mexico and Canada and 10 percent on
	 * goods from China": a measure's further rate, after "and", falls
	 * on the party named with it. */
	if (!a->have_own && !a->pair_sides && !a->reciprocal && !a->attempt && a->nt > 0 && a->nt < 8 &&
	    a->code && !strncmp(a->code, "16", 2)) {
		size_t j = a->tgts[a->nt - 1]->tok + a->tgts[a->nt - 1]->n_tok, k;
		if (j + 3 < s->n && a->tgts[a->nt - 1]->tok > p->head && (s->info[j].roles & R_CONJ) &&
		    (s->toks[j + 1].flags & TOK_NUM) &&
		    (head_is(s, j + 2, "percent") || is_punct(s, j + 2, '%')))
			for (k = j + 3; k < s->n && k < j + 10; k++) {
				if (clause_break(s, k) || s->info[k].verb)
					break;
				if (s->info[k].mention >= 0) {
					int32_t w = s->info[k].mention;
					if (a->src < 0 || s->ments[w].group != s->ments[a->src].group)
						a->nt += group_members(s, w, a->tgts + a->nt, 8 - a->nt);
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
		a->nt = group_members(s, a->src, a->tgts, 8);
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
	/* "met al-Sharaa in Riyadh", "held talks in Oslo": a meeting in a
	 * state none of its parties belongs to is one at a third location
	 * (044); negotiations keep their own, more telling code (046). */
	if (a->code && !strcmp(a->code, "040") && !a->have_own && !a->have_own_src && !a->attempt) {
		const char *at = meeting_state(c, s, p, a->mode == DYAD_MODE_ASSERTED);
		if (at && foreign_to_all(at, a->srcs, a->ns) && foreign_to_all(at, a->tgts, a->nt)) {
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
		const char *at = meeting_state(c, s, p, a->mode == DYAD_MODE_ASSERTED);
		if (at && (!foreign_to_all(at, a->srcs, a->ns) || !foreign_to_all(at, a->tgts, a->nt)) &&
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
	static const char *const swap_for[] = { "for", NULL };
	for (si = 0; si < a->ns && !e->stop; si++)
		for (ti = 0; ti < a->nt && !e->stop; ti++) {
			const struct mention *rep = p->reporter >= 0 ? &s->ments[p->reporter] : NULL;
			if (a->reciprocal && si == ti)
				continue;
			/* "North Korea rejected a Trump-Kim summit": the target
			 * is the side of the pair that is not the source's. */
			if (a->tgts[ti]->pair && a->nt > 1 && a->srcs[si]->code && a->tgts[ti]->code &&
			    !strncmp(a->srcs[si]->code, a->tgts[ti]->code, 3))
				continue;
			const char *code = a->code, *code2 = a->code2;
			/* a meeting of several in one's home is one at a third
			 * location for the pairs it is foreign to */
			if (third_at && foreign_to_all(third_at, &a->srcs[si], 1) &&
			    foreign_to_all(third_at, &a->tgts[ti], 1)) {
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
					derived_mention(&seller, tg, st, 0, tg->start, tg->end);
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
						derived_mention(&d, a->tgts[ti], st, 0, a->tgts[ti]->start,
								a->tgts[ti]->end);
						d.country = 1;
						derived_mention(&o, back, ot, 0, back->start, back->end);
						o.country = strlen(ot) == 3;
						if (event_emit(e, p, &d, &o, rep, code2, a->mode))
							return e->stop;
					}
				}
				code2 = NULL;
			}
			if (code2 && event_emit(e, p, a->tgts[ti], a->srcs[si], rep, code2, a->mode))
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
				derived_mention(&d, a->tgts[ti], cc, 0, a->tgts[ti]->start, a->tgts[ti]->end);
				if (event_emit(e, p, a->srcs[si], &d, rep, "174", a->mode))
					return e->stop;
			}
		}
	return e->stop || brokered_deal(a) || substitute_visit(a);
}

/* "Xi will not attend the G20 summit in New Delhi, and Premier Li Qiang
 * will lead China's delegation instead", "will skip the summit, sending
 * Li Qiang in his place", "would not attend and would send Lavrov
 * instead": the one sent in the absent leader's place makes the visit
 * the leader does not, still to come if the absence is (tests/dev/README.md,
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
	struct emit_ctx *e = a->e;
	struct sent *s = e->s;
	const struct pred *p = a->p;
	const char *sc;
	size_t j, k, from;

	if (!a->code || strcmp(a->code, "042") || a->mode != DYAD_MODE_NEGATED || a->ns != 1 ||
	    a->nt < 1 || !a->srcs[0]->code || !country_prefix(a->srcs[0]->code))
		return 0;
	sc = a->srcs[0]->code;
	from = (a->r.pat && a->r.last > p->end ? a->r.last : p->end) + 1;
	for (j = from; j < s->n && !is_punct(s, j, '.'); j++) {
		const struct mention *m;
		size_t after;
		int ok = 0;
		if (s->info[j].mention < 0)
			continue;
		m = &s->ments[s->info[j].mention];
		if (m->tok != j || !m->code || strlen(m->code) <= 3 || strncmp(m->code, sc, 3) ||
		    m->country || (!m->person && m->kind != M_AGENT) || m->start == a->srcs[0]->start)
			continue;
		after = m->tok + m->n_tok;
		/* "... Li Qiang will lead China's delegation (instead)",
		 * "Lavrov will go in his place" */
		for (k = after; k < s->n && k <= after + 2 && !ok; k++)
			if (s->info[k].roles & (R_WILL | R_WOULD)) {
				size_t v = k + 1, d;
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
			if (event_emit(e, p, m, a->tgts[k], rep, "042",
				       (p->group_roles & (R_WILL | R_WOULD)) ? DYAD_MODE_PLANNED :
				       DYAD_MODE_ASSERTED))
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
		derived_mention(&med, parties[0], owners[o], 0, owner_start[o], owner_end[o]);
		if (TRACING(e->c))
			coder_tracef(e->c, "    \"%.*s\": %s mediates between its parties (045)",
				     (int)len, t, owners[o]);
		for (k = 0; k < n && !e->stop; k++)
			if (event_emit(e, &q, &med, parties[k], rep, "045", a->mode))
				break;
	}
	return e->stop;
}

/* '"The ball is now in Russia's court," Rubio told reporters in Jeddah':
 * the press a speech verb is told to, right after it, hears what is said
 * and takes no part in it (reporters, an agency, a broadcaster), as it
 * is never the source; 1 when so (not coded). */
static int press_told(struct act *a)
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
	return not_coded(a, "the press it is told to hears it, no party");
}

/* "..., warning of a terrible disaster, the KCNA news agency said",
 * "Russia struck Kyiv overnight, Ukraine's air force said": the one who
 * reports a clause after it is no party of it (a state named earlier in
 * the clause is another mention); 1 when p's target is its reporter,
 * after it (not coded). */
static int reporter_targeted(struct act *a)
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
		return not_coded(a, "the one who reports it is no party of it");
	/* (the subject of a speech verb after it) */
	for (k = 0; k < a->n; k++) {
		const struct pred *q = &a->preds[k];
		if (q->kind == LEX_VERB && (q->vroles & V_SPEECH) && q->subject == a->tgt &&
		    q->head > s->ments[a->tgt].tok)
			return not_coded(a, "the one who reports it is no party of it");
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
static int war_place_sides(struct act *a)
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
	implied_actor(&a->own, s, m->tok, side_a);
	implied_actor(&a->more_own[0], s, m->tok, side_b);
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
static void appeal_second_request(struct act *a)
{
	struct emit_ctx *e = a->e;
	const dyad_lexicon *lex = e->c->lex;
	struct sent *s = e->s;
	const struct pred *p = a->p, *ap = NULL;
	const char *own = NULL, *want;
	uint32_t code = LEX_NONE, ap_start = 0;
	size_t j, k, n_seen;

	if (p->kind != LEX_VERB || !(p->infinitive || p->coord >= 0) || p->head < 2)
		return;
	/* the appeal it is part of: the nearest verb before it in its
	 * clause that coded a 02x event, with no finite verb between */
	for (k = 0; k < e->n_seen; k++) {
		uint32_t t = e->seen[k].trigger.start;
		if (e->seen[k].root && !strcmp(e->seen[k].root, "02") &&
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

		/* (an appeal its pattern left general, 020, asks for nothing
		 * named: no second request beside it) */
		if (ev.trigger.start != ap_start || !ev.root || strcmp(ev.root, "02") ||
		    !strcmp(ev.cameo, "020") || !strcmp(ev.cameo, want) || !ev.source.code ||
		    !ev.target.code)
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
static int topic_party_skipped(struct act *a)
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
static int truce_breach_reporter(struct act *a)
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
	aim_implied(a, rm->tok, bare, "the reporter's state, the other party of the truce broken");
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
 * war_place_sides() gives a third party's appeal to both). */
static int war_place_other_side(struct act *a)
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
	aim_implied(a, m->tok, other, "the other side of the war fought there");
	a->own.country = strlen(other) == 3;
	if (TRACING(a->e->c))
		coder_tracef(a->e->c, "  %s \"%.*s\": aimed at %s, the other side of the war in %s",
			     a->p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext, other,
			     m->code);
	return 0;
}

/* Code predicate i of the sentence: run the stages in order until one
 * finds it is no act (or has coded it, as a demand), then emit. */
int act_code(struct emit_ctx *e, struct pred *preds, size_t n, size_t i)
{
	struct act act = { .e = e, .preds = preds, .p = &preds[i], .n = n, .i = i,
			   .src = -1, .tgt = -1, .rel_noun = -1, .rel_tok = -1, .rel_main = -1,
			   .pair_other = -1, .also_tgt = -1, .pair_third = -1 };

	act.htext = tok_text(e->s, preds[i].head, &act.hlen);
	appeal_second_request(&act);
	if (e->stop)
		return e->stop;
	if (demanded(&act) || not_an_act(&act) || find_source(&act) ||
	    not_an_act_after(&act) || find_target(&act) || topic_party_skipped(&act) ||
	    press_told(&act) ||
	    refused_target(&act) ||
	    own_envoys(&act) || speaker_joined(&act) || target_between(&act) ||
	    mediated_parties(&act) || hosted_parties(&act) ||
	    target_answered(&act) || reacted_doer(&act) || target_at_home(&act) ||
	    retaken_from(&act) || release_holder(&act) ||
	    forces_home(&act) ||
	    conditions_and_attempts(&act) ||
	    unnamed_victims(&act) || claims_and_charges(&act) || threat_answers_act(&act) ||
	    story_self_target(&act) || story_intercepts(&act) ||
	    accord_party(&act) || pair_counterpart(&act) || also_joins_act(&act) ||
	    truce_breach_reporter(&act) || restated(&act) || war_place_sides(&act) ||
	    war_place_other_side(&act) ||
	    reporter_targeted(&act) || final_code(&act))
		return e->stop;
	return emit_all(&act);
}
