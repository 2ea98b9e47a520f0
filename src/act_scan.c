/*
 * act_scan.c - what the sentence says around a predicate.
 *
 * The tests the stages of act_code() share: whether a span names two
 * sides ("the two leaders", "between Kyiv and Moscow"), the object a
 * verb or a noun takes, the state a meeting is held in, the place an
 * attack fell on, the threat a code stands for.  They read the sentence
 * and decide nothing on their own.
 */
#include <stdint.h>
#include <string.h>

#include "act_int.h"

/* The threat (13x) of doing what `code` codes, or NULL: force (138,
 * nuclear 1385), repression (137), administrative curbs (132...), sanctions (1312), reducing or breaking
 * relations (1313), cutting aid (1311), walking out of talks or
 * mediation (134, 135), leaving an accord (130). */
const char *act_threat_of(const char *code)
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

/* Whether the sentence has already coded an act of one of ROOTS (two-digit
 * CAMEO roots, NULL-terminated) whose trigger starts before token tok. */
int act_root_coded_before(const struct emit_ctx *e, const char *const *roots, size_t tok)
{
	const struct sent *s = e->s;
	size_t i, k;

	for (i = 0; i < e->n_seen; i++)
		for (k = 0; e->seen[i].root && roots[k]; k++)
			if (!strcmp(e->seen[i].root, roots[k]) &&
			    e->seen[i].trigger.start < s->toks[tok].start - s->base)
				return 1;
	return 0;
}

/* "vowed to impose a tariff on Mexico until they clamp down on drugs":
 * p's clause opens with the "until" of a threat (13x) already coded in
 * its sentence; what the threat waits for is no act. */
int act_until_of_threat(const struct emit_ctx *e, const struct pred *p)
{
	static const char *const until[] = { "until", "till", NULL };
	static const char *const threats[] = { "13", NULL };
	const struct sent *s = e->s;
	size_t j;

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
	return act_root_coded_before(e, threats, j);
}

/* "Israel launched air strikes across Gaza, killing hundreds", "gunmen
 * opened fire on concertgoers, killing 130", "fired rockets at Taza,
 * wounding hundreds", "fired on protesters, killing five": a killing or
 * wounding told as the result of a force event the sentence has already
 * coded is that event's toll, not another event. */
int act_attack_result(const struct emit_ctx *e, const struct pred *p)
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
int act_head_ends_s(const struct sent *s, size_t i)
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
int act_subject_attack_toll(const struct emit_ctx *e, const struct pred *p, const char *src)
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
			    !(s->toks[j - 1].flags & TOK_PUNCT) && act_head_ends_s(s, j - 1))
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
size_t act_group_members(const struct sent *s, int32_t m, const struct mention **out,
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
int act_direct_object(const struct sent *s, size_t verb_end, size_t noun,
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
int act_own_state(const struct sent *s, int32_t m, const char *code)
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
int act_enacted_object(const struct sent *s, const struct pred *preds,
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
					    /* "ordered the immediate recall of its
					     * ambassadors", "ordered the expulsion of" */
					    "recall", "expulsion", "expulsions",
					    /* "ordered a direct retaliation against
					     * Israel": a blow ordered is threatened */
					    "retaliation",
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

int act_reaction_object(const struct sent *s, const struct pred *preds,
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
	if (act_enacted_object(s, preds, p) || force_as_noun(s, g->head))
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

const char *act_noun_prep(const struct sent *s, size_t head, size_t *len)
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
 * act_noun_prep()'s own. */
const char *act_occasion_prep(const struct sent *s, size_t head, size_t *len)
{
	static const char *const phases[] = { "end", "start", "beginning", "close", "conclusion",
					      "outset", "course", "leg", "sidelines", "culmination",
					      "highlight", "centrepiece", "centerpiece", NULL };
	const char *prep = act_noun_prep(s, head, len);
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
int act_protested_object(const struct sent *s, const struct pred *p)
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
int act_word_back_in_phrase(const struct sent *s, long from, long span,
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
int act_topic_of_talks(const struct sent *s, const struct pred *p)
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
	return act_word_back_in_phrase(s, j - 1, 7, talks);
}

/* Whether CODE is a state's people, not one of its organs: civilians,
 * the opposition, students, workers, the press, refugees, clergy
 * ("USACVL", "HKGOPP"), whom the state's own police, courts and troops
 * act on at home. */
int act_people_role(const char *code)
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
int act_anchored_subject(const struct sent *s, size_t tok)
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
int act_time_anchor_between(const struct sent *s, size_t from, size_t to)
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
int act_accord_leaving(const struct sent *s, size_t i)
{
	static const char *const leave[] = { "suspend", "withdraw", "withdrew", "withdrawn", "pull",
					     "quit", "exit", "leave", "left", "abandon", "scrap",
					     "revoke", "renounce", "terminate", "annul", "cancel", NULL };

	return head_is_any(s, i, leave);
}

/* A reported 12x that is the leaving itself ("said the United States
 * would pull out of the treaty", "would suspend the pact", "had
 * withdrawn from the treaty"): an act of the state the speaker names,
 * not a refusal voiced in the saying.  A negated one ("would not leave
 * the talks") is still a refusal, and one told as under way ("Putin
 * said Russia was suspending its participation in New START") is done
 * in the announcing, by the one announcing. */
int act_leaving_told(const struct sent *s, const struct pred *p)
{
	return p->kind == LEX_VERB && act_accord_leaving(s, p->head) && !(p->group_roles & R_NEG) &&
	       !p->neg && (!(p->group_roles & R_BE) || (p->group_roles & (R_WILL | R_WOULD)));
}

/* Whether p's verb stands in a relative clause (", who warned", ",
 * which said") right after mention m, its subject. */
int act_relative_after(const struct sent *s, const struct mention *m, const struct pred *p)
{
	static const char *const rel[] = { "who", "which", NULL };
	size_t c = m->tok + m->n_tok;

	return c + 1 < p->group && is_punct(s, c, ',') && word_is_any(s, c + 1, rel) &&
	       p->group <= c + 4;
}

/* "which vowed to retaliate", "which threatened to hit back": a vow
 * in the simple past to answer what was done (not "which had
 * threatened", told as the grounds). */
int act_vow_back(const struct sent *s, const struct pred *p)
{
	static const char *const vows[] = { "vowed", "pledged", "promised", "threatened",
					    "warned", NULL };
	static const char *const back[] = { "retaliate", "respond", "reciprocate", "hit",
					    "strike", NULL };

	return !(p->group_roles & R_HAVE) && word_is_any(s, p->head, vows) && p->head + 2 < s->n &&
	       (s->info[p->head + 1].roles & R_TO) && word_is_any(s, p->head + 2, back);
}

int32_t act_other_party(const struct sent *s, size_t from, const struct mention *src)
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
int32_t act_other_side(const struct sent *s, const struct pred *p, const struct mention *src,
		       int not_reporter)
{
	int32_t o = act_other_party(s, p->end + 1, src);

	if (o < 0)
		o = act_other_party(s, 0, src);
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
int32_t act_party_at_odds(const struct sent *s, const struct pred *p, const struct mention *src)
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
int act_agreement_code(const dyad_lexicon *lex, uint32_t code)
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
int act_each_other(const struct sent *s, size_t from)
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
int act_each_the_other(const struct sent *s, size_t group, size_t from)
{
	static const char *const the[] = { "the", NULL }, *const other[] = { "other", NULL };
	static const char *const each[] = { "each", NULL };
	size_t j;

	if (from + 1 >= s->n || !word_is_any(s, from, the) || !word_is_any(s, from + 1, other))
		return 0;
	for (j = group; j < from; j++)
		if (word_is_any(s, j, each) && !(s->info[j].roles & R_DET))
			return 1;
	/* ("Each side blamed the other": "each" and its noun right before
	 * the verb) */
	if (group > 1 && word_is_any(s, group - 2, each) && s->info[group - 1].mention >= 0 &&
	    s->info[group - 2].mention == s->info[group - 1].mention)
		return 1;
	return group > 0 && word_is_any(s, group - 1, each) && !(s->info[group - 1].roles & R_DET);
}

/* The token of "agreed" a few words before a noun's head, in its
 * clause ("agreed to a 48-hour truce"), or -1. */
long act_agreed_before(const struct sent *s, size_t head)
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
int act_sides_word_before(const struct sent *s, size_t at)
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
long act_two_sides_before(const struct sent *s, size_t at)
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
		return act_two_sides_before(s, at - 2);
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
int act_states_word_before(const struct sent *s, size_t at)
{
	static const char *const states[] = { "countries", "nations", "states", "neighbours",
					      "neighbors", "capitals", "superpowers", "giants", NULL };

	return at > 0 && word_is_any(s, at - 1, states);
}

/* "the two leaders, who call each other dear friends, pledged": a
 * relative clause between commas right before token `at` is passed over
 * to the phrase it describes.  The comma that opens it, else `at`. */
size_t act_past_relative_before(const struct sent *s, size_t at)
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

/* "during a visit to Beijing, as the two countries signed deals": the
 * state a visit goes to is its host, one of the sides. */
static int visited(const struct sent *s, const struct mention *m)
{
	static const char *const visits[] = { "visit", "visits", "trip", "trips", "tour", NULL };

	return m->after_prep && (m->prep_roles & R_TO) && !(m->prep_roles & R_LOC) && m->tok >= 2 &&
	       word_is_any(s, m->tok - 2, visits);
}

/* Whether m can be one of the sides "the two leaders" or "the three
 * countries" refer back to: a place ("in Gyeongju", "near San
 * Francisco") is where they met, not a side. */
static int side_mention(const struct sent *s, const struct mention *m)
{
	return m->code && placeable(m) && m->kind != M_PRONOUN &&
	       (!(m->after_prep && ((m->prep_roles & R_LOC) || m->country)) || visited(s, m));
}

/* "both sides" or "all sides" (as both_object_end() finds them) at
 * token AT or a few words on, past the request's own words ("urged
 * restraint on both sides", "called on all sides to"): the token after
 * them, or 0. */
size_t act_sides_object_end(const struct sent *s, size_t at)
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
int act_between_pair(const struct sent *s, int32_t *a, int32_t *b)
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
		if (!side_mention(s, m) || gathering_mention(s, m))
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
int act_last_pair(const struct sent *s, size_t before, int32_t *a, int32_t *b)
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
long act_three_sides_before(const struct sent *s, size_t at)
{
	static const char *const nouns[] = { "leaders", "sides", "countries", "nations",
					     "governments", "presidents", "ministers", "neighbours",
					     "neighbors", "delegations", "parties", NULL };

	if (at < 3 || !word_is_any(s, at - 1, nouns) || !head_is(s, at - 2, "three") ||
	    !(s->info[at - 3].roles & R_DET) || (s->info[at - 3].roles & R_POSS))
		return -1;
	return (long)at - 3;
}

/* The mentions of three states before token `before`, as act_last_pair()
 * finds two; 1 when there are exactly three ("leaders of Chad, Mali,
 * Niger and Sudan met ..., and the three countries signed" names no
 * three). */
int act_last_three(const struct sent *s, size_t before, int32_t out[3])
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
int32_t act_along_with(const struct sent *s, size_t from)
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

int act_pattern_has(const dyad_lexicon *lex, const struct lex_pattern *pat,
		    enum lex_elem_kind kind)
{
	size_t i;

	for (i = 0; i < pat->n_el; i++)
		if (lex->elems.v[pat->el_off + i].kind == kind)
			return 1;
	return 0;
}

/* The index of the dictionaries' word set `name` (upper case, without
 * '&') in *id; 0 when no dictionary defines it, so that a rule keyed to a
 * set codes nothing with dictionaries that lack it. */
int act_set_id(const dyad_lexicon *lex, const char *name, uint32_t *id)
{
	return strmap_get(&lex->synset_by_name, name, strlen(name), id);
}

/* Whether the pattern names the set `name` (upper case, without '&'). */
int act_pattern_has_set(const dyad_lexicon *lex, const struct lex_pattern *pat,
			const char *name)
{
	uint32_t id;
	size_t i;

	if (!pat || !act_set_id(lex, name, &id))
		return 0;
	for (i = 0; i < pat->n_el; i++)
		if (lex->elems.v[pat->el_off + i].kind == LEX_EL_SYNSET &&
		    lex->elems.v[pat->el_off + i].id == id)
			return 1;
	return 0;
}

/* The code a predicate's pattern or class gives it, or NULL (none, or
 * a null "---" pattern). */
const char *act_pred_code(const dyad_lexicon *lex, const struct pred *q)
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
int act_vetoed_draft_content(const dyad_lexicon *lex, const struct sent *s,
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
		    (q->group_roles & R_NEG) || !(code = act_pred_code(lex, q)) || strcmp(code, "129"))
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
int act_refused_by_passive(const dyad_lexicon *lex, const struct sent *s,
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
		    !(code = act_pred_code(lex, q)) || strncmp(code, "12", 2) || q->r.target < 0 ||
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
int act_refused_by_noun(const dyad_lexicon *lex, const struct sent *s,
			const struct pred *preds, size_t n, const struct pred *p)
{
	const char *code;
	size_t k;

	if (p->kind != LEX_NOUN)
		return 0;
	for (k = 0; k < n; k++) {
		const struct pred *q = &preds[k];
		if (q->kind != LEX_NOUN || !q->r.pat || q->head <= p->head || q->head > p->head + 16 ||
		    !(code = act_pred_code(lex, q)) || strncmp(code, "12", 2) || q->r.target < 0 ||
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
int act_barred_from(const struct sent *s, const struct pred *p)
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
int act_ultimatum_content(const dyad_lexicon *lex, const struct pred *preds, size_t n,
			  const struct pred *p)
{
	const char *code;
	size_t k;

	if (p->kind != LEX_VERB || !p->infinitive)
		return 0;
	for (k = 0; k < n; k++) {
		const struct pred *q = &preds[k];
		if (q == p || q->head >= p->head || !q->r.pat || q->r.last != p->group ||
		    !(code = act_pred_code(lex, q)) || strncmp(code, "13", 2))
			continue;
		return 1;
	}
	return 0;
}

/* Whether noun p is the object of a refusal (12x), or of a verb that a
 * refusal governs as its infinitive ("to block sanctions"). */
int act_refused_object(const dyad_lexicon *lex, const struct pred *preds,
		       const struct pred *p)
{
	const struct pred *g = &preds[p->governor];
	const char *code = act_pred_code(lex, g);

	if (g->kind != LEX_VERB)
		return 0;
	if (code && !strncmp(code, "12", 2))
		return 1;
	return g->infinitive && g->matrix >= 0 && (code = act_pred_code(lex, &preds[g->matrix])) &&
	       !strncmp(code, "12", 2);
}

/* "ruled out sending ground troops to Ukraine": the gerund right after
 * a refusal (12x) is what it refuses.  The refusal's index, or -1. */
long act_refusal_before(const dyad_lexicon *lex, const struct sent *s,
			const struct pred *preds, size_t n, const struct pred *p)
{
	const char *code;
	size_t j;

	if (p->kind != LEX_VERB || p->group != p->head || !head_ends_ing(s, p->head))
		return -1;
	for (j = 0; j < n; j++)
		if (preds[j].kind == LEX_VERB && preds[j].end + 1 == p->head &&
		    (code = act_pred_code(lex, &preds[j])) && !strncmp(code, "12", 2))
			return (long)j;
	return -1;
}

/* The code of the act verb pred k's clause states: its own, else that of
 * a noun it governs ("issued an arrest warrant"); NULL for a verb that
 * only reports ("said"). */
const char *act_clause_act(const dyad_lexicon *lex, const struct pred *preds, size_t n,
			   size_t k)
{
	const char *code = preds[k].has_complement && !preds[k].r.pat ? NULL :
			   act_pred_code(lex, &preds[k]);
	size_t q;

	for (q = 0; !code && q < n; q++)
		if (preds[q].kind == LEX_NOUN && preds[q].governor == (int32_t)k)
			code = act_pred_code(lex, &preds[q]);
	return code;
}

/* "took to the streets on Sunday demanding that Mursi resign",
 * "pressed on with their strike, demanding that he resign": a demand's
 * participle whose subject is that of the verb right before it, when
 * that verb, or the noun it takes, is a protest (14x): the protest's
 * index, or -1.  Only preds before p are read. */
static long protest_before(const dyad_lexicon *lex, const struct sent *s,
			   const struct pred *preds, const struct pred *p)
{
	long j, v = -1, q;
	const char *pc;
	size_t t;

	if (!head_ends_ing(s, p->head))
		return -1;
	for (j = (long)(p - preds) - 1; j >= 0 && v < 0; j--)
		if (preds[j].kind == LEX_VERB && preds[j].head < p->head)
			v = j;
	if (v < 0 || preds[v].subject < 0 ||
	    (p->subject >= 0 && preds[v].subject != p->subject))
		return -1;
	/* (a participle of no subject of its own is the protesters' only
	 * when no name stands between: "fired at protesters demanding" is
	 * the protesters') */
	for (t = preds[v].end + 1; p->subject < 0 && t < p->head; t++)
		if (s->info[t].mention >= 0)
			return -1;
	if ((pc = act_pred_code(lex, &preds[v])) && !strncmp(pc, "14", 2))
		return v;
	for (q = v + 1; q < (long)(p - preds); q++)
		if (preds[q].kind == LEX_NOUN && preds[q].governor == (int32_t)v &&
		    (pc = act_pred_code(lex, &preds[q])) && !strncmp(pc, "14", 2))
			return q;
	return -1;
}

/* "marched through the capital to demand", "stormed the residence,
 * demanding that he resign", "blocked motorways to press the government
 * for better pay": the protest a demand (10x) or an appeal (02x) is the
 * purpose of, by the same people, or -1.  Force by civilians counts, as
 * it is coded a riot (145). */
long act_protest_of(const dyad_lexicon *lex, const struct sent *s, const struct pred *preds,
		    const struct pred *p)
{
	/* ("protesters demanding that he resign stormed": the participle
	 * on the protest's subject) */
	int32_t k = p->infinitive ? p->matrix : p->anchor >= 0 ? p->anchor : p->main_verb;
	const char *dc = act_pred_code(lex, p), *pc;
	int32_t who;

	if (p->kind != LEX_VERB || !dc || (strncmp(dc, "10", 2) && strncmp(dc, "02", 2)))
		return -1;
	if (k < 0 || !(pc = act_pred_code(lex, &preds[k])) || strncmp(pc, "14", 2)) {
		long q = protest_before(lex, s, preds, p);
		if (q >= 0)
			return q;
	}
	if (k < 0 || !(pc = act_pred_code(lex, &preds[k])))
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
long act_demand_of(const dyad_lexicon *lex, const struct sent *s, const struct pred *preds,
		   const struct pred *p)
{
	const struct mention *m;
	long k, q;
	size_t len;
	const char *t;

	if (p->kind != LEX_VERB || p->infinitive || p->passive || p->subject < 0 ||
	    (p->group_roles & (R_WILL | R_WOULD | R_MAY | R_CAN | R_HAVE | R_BE | R_DO | R_NEG)) ||
	    s->info[p->head].infl)
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
		const char *dc = act_pred_code(lex, d);
		if (d->kind != LEX_VERB || d->head >= (uint32_t)k)
			continue;
		/* (a protest's demand is in the protest's code) */
		if (dc && !strncmp(dc, "10", 2) &&
		    (k - (long)d->end <= 3 || (s->info[k - 1].roles & R_CONJ)))
			return act_protest_of(lex, s, preds, d) < 0 ? q : -1;
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
int act_gerund_subject(const struct sent *s, const struct pred *p)
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

/* "arrested a 41-year-old man", "detained two women", "released Vadim
 * Krasikov", "to quell protests", "arrested dozens": the direct object
 * of a verb, from token `from`, names people, a protest, a personal name
 * that no mention covers, or is a bare count (of people, when the verb
 * coerces).  Returns OBJ_*, and in *head (OUT) the token where it ends.
 * Determiners, numbers, "at least", and up to two other modifiers
 * ("young", "41-year-old") may come first; a mention, a preposition, a
 * clause break or an -ing form ends the search. */
int act_unknown_object(const struct sent *s, size_t from, size_t *head)
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
int act_chemical_means(const struct sent *s, const struct pred *p, uint32_t last)
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
long act_relative_attack(const struct sent *s, const struct pred *preds, size_t n,
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
	/* "pagers that killed nine people and wounded thousands": a verb
	 * coordinated with one a relative word opens shares its antecedent */
	if (len == 3 && !strncasecmp(t, "and", 3) && word_is_any(s, p->head, wrought)) {
		const struct pred *q = NULL;
		for (k = 0; k < n && preds[k].head < p->group; k++)
			if (preds[k].kind == LEX_VERB)
				q = &preds[k];
		if (q && word_is_any(s, q->head, wrought))
			return act_relative_attack(s, preds, n, q, noun);
	}
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

/* "rejected U.S. accusations that Tehran was behind a drone attack": an
 * accusation's noun a few words before the blaming noun at `at` (112,
 * "behind"), so the act it names is only alleged ("a commander said
 * the group was behind a suicide bombing" claims it). */
static int alleged_behind(const struct sent *s, size_t at)
{
	static const char *const alleged[] = { "accusations", "accusation", "allegations",
					       "allegation", "charges", "claims", "suggestions",
					       NULL };
	size_t j;

	for (j = at; j-- > 0 && j + 6 >= at;)
		if (word_is_any(s, j, alleged))
			return 1;
	return 0;
}

/* "Duque blamed ELN rebels for a car bombing at a police academy that
 * killed 21 people", "opened an investigation into a missile blast that
 * killed two people": the attack noun at `noun` is what an accusation
 * (11x) or an investigation (09x, verb or noun) before it in its clause
 * names, so the relative clause on it tells the accused or investigated
 * act, not one the sentence reports.  So does the blame of an accusation
 * denied ("rejected U.S. accusations that Tehran was behind a drone
 * attack that killed three American soldiers"). */
int act_accused_act(const dyad_lexicon *lex, const struct sent *s, const struct pred *preds,
		    size_t n, size_t noun)
{
	size_t k, j;

	for (k = n; k-- > 0;) {
		const struct pred *g = &preds[k];
		const char *gc;
		if (g->head >= noun)
			continue;
		gc = g->chosen == 1 && g->r.code != LEX_NONE && g->r.code != LEX_CODE_NULL ?
		     lex_code_str(lex, g->r.code) : "";
		if (g->kind != LEX_VERB && g->head + 4 >= noun && !strncmp(gc, "112", 3) &&
		    alleged_behind(s, g->head))
			return 1;
		if (g->kind != LEX_VERB && strncmp(gc, "09", 2))
			continue;
		for (j = g->end + 1; j < noun; j++)
			if (clause_break(s, j) || (s->info[j].verb && s->info[j].mention < 0))
				return 0;
		return !strncmp(gc, "11", 2) || !strncmp(gc, "09", 2);
	}
	return 0;
}

/* "sent troops into Cameroon to help it fight Boko Haram", "deployed
 * soldiers to help fight Islamic State-linked insurgents": the verb after
 * "to help" (and its object) is what the help is for, not an act yet. */
int act_helped_purpose(const struct sent *s, const struct pred *p)
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
int act_denied_description(const dyad_lexicon *lex, const struct sent *s,
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
int act_force_code(const dyad_lexicon *lex, const struct match_result *r)
{
	const char *cs;

	if (r->code == LEX_NONE || r->code == LEX_CODE_NULL)
		return 0;
	cs = lex_code_str(lex, r->code);
	return !strncmp(cs, "18", 2) || !strncmp(cs, "19", 2) || !strncmp(cs, "20", 2);
}

/* The first token of the phrase an adjective's actor at q stands in:
 * its determiner ("a", "the"), not a possessive. */
static size_t phrase_start(const struct sent *s, size_t q)
{
	if (q > 0 && (s->info[q - 1].roles & R_DET) && !(s->info[q - 1].roles & R_POSS))
		q--;
	return q;
}

/* Whether an actor with a code follows the verb at v in its clause
 * (before punctuation or a clause break). */
static int coded_actor_after(const struct sent *s, size_t v)
{
	size_t k;

	for (k = v + 1; k < s->n && !clause_break(s, k) && !(s->toks[k].flags & TOK_PUNCT); k++)
		if (s->info[k].mention >= 0 && s->ments[s->info[k].mention].code)
			return 1;
	return 0;
}

/* "An Israeli air strike hit a school", "A U.S. drone strike killed
 * Soleimani": an attack noun whose phrase opens the clause and is the
 * subject of the verb after it is the act of the actor named as its
 * adjective.  Not "after an Israeli strike" (background), nor any noun
 * not of force ("a U.S. proposal angered China"). */
int act_attack_subject(const struct sent *s, const struct pred *preds, size_t n,
		       const struct pred *p, const struct mention *m,
		       const struct match_result *r, const dyad_lexicon *lex)
{
	size_t q = m->tok, v = p->end + 1, k;

	if (!act_force_code(lex, r))
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
	/* "An Israeli strike on Iran's oil facilities is likely within
	 * days": a "be" of doubt or plan after the phrase says the attack
	 * is to come (mode.c reads which); the attack is the adjective's
	 * actor's, as before a verb that tells nothing of its own */
	if (v < s->n && !s->info[v].verb) {
		for (k = v; k + 1 < s->n && k < v + 12u && !s->info[k].verb; k++) {
			if (clause_break(s, k) || (s->toks[k].flags & TOK_PUNCT))
				break;
			if ((s->info[k].roles & R_BE) &&
			    (s->info[k + 1].roles & (R_SPECADJ | R_PLANADJ)))
				return opens_clause(s, phrase_start(s, q));
		}
	}
	if (v >= s->n || !s->info[v].verb)
		return 0;
	/* "A Russian strike on Kyiv killed civilians": when the verb is an
	 * event of its own with the same subject, it tells the attack; only
	 * a verb the noun's pattern takes in ("air strike hit a school in")
	 * leaves the event to the noun.  (A verb that codes nothing, "a
	 * Ukrainian drone strike on an oil depot sparked a large fire",
	 * leaves it to the noun too, as does one whose pattern is null:
	 * "could come within days".  Nor a passive, which tells what others
	 * did to the attack: "was condemned by China".) */
	/* ("The Russian invasion of Ukraine killed five people": a verb
	 * with no coded actor after it in its clause finds no target and
	 * codes nothing; the attack is the noun's) */
	if (!(r->pat && r->last >= v) && coded_actor_after(s, v))
		for (k = 0; k < n; k++)
			if (preds[k].kind == LEX_VERB && preds[k].head == v && !preds[k].passive &&
			    preds[k].subject == (int32_t)(m - s->ments) && preds[k].chosen != 0 &&
			    !(preds[k].chosen == 1 && preds[k].r.code == LEX_CODE_NULL))
				return 0;
	return opens_clause(s, phrase_start(s, q));
}

/* "U.S. officials fear a Russian invasion of Ukraine", "Israel braced
 * for an Iranian attack", "warned of an imminent Russian assault": an
 * attack noun the object of a verb of expectation, with an actor named
 * right before it as its adjective, is that actor's attack to come
 * (mode.c makes it guessed at). */
int act_expected_attack(const struct sent *s, const struct pred *preds, const struct pred *p,
			const struct mention *m, const struct match_result *r,
			const dyad_lexicon *lex)
{
	const struct pred *g;
	size_t k;

	if (!act_force_code(lex, r) || p->governor < 0 || m->person)
		return 0;
	g = &preds[p->governor];
	if (g->kind != LEX_VERB || g->passive || !expectation_verb(s, g->head) ||
	    !act_direct_object(s, g->end, p->head, 1))
		return 0;
	for (k = m->tok + m->n_tok; k < p->head; k++)
		if (!is_modifier(s, k))
			return 0;
	return 1;
}

/* "China's military buildup near Taiwan alarmed Japan", "Russian troop
 * movements worried NATO": an actor named right before an event noun
 * that heads the clause's subject does what the noun names (force is
 * act_attack_subject's, which knows when the verb tells the attack).  Not an
 * object ("covering an Israeli raid": whose raid is the verb's business)
 * nor past a verb ("the United States doubled tariffs"). */
int act_state_before_subject(const struct sent *s, const struct pred *p,
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
	return opens_clause(s, phrase_start(s, q));
}

/* "Israeli jets struck a Hamas compound on Monday, an attack that killed
 * 12 people": an attack noun set off by a comma renames the act of the
 * verb before the comma, whose subject attacked (not the actor its object
 * names).  That verb's pred, or -1. */
static long appositive_act_verb(const struct sent *s, const struct pred *preds, size_t n,
				size_t noun)
{
	long j = (long)noun - 1, c, k;
	size_t q;

	while (j > 0 && (long)noun - j <= 3 && s->info[j].mention < 0 &&
	       (is_modifier(s, (size_t)j) || (s->info[j].roles & R_DET)))
		j--;
	if (j <= 0 || !is_punct(s, (size_t)j, ','))
		return -1;
	for (c = j, k = j - 1; k >= 0 && c - k <= 20; k--) {
		if (clause_break(s, (size_t)k) && !is_punct(s, (size_t)k, ','))
			return -1;
		for (q = 0; q < n; q++)
			if (preds[q].kind == LEX_VERB && preds[q].head == (uint32_t)k)
				return (long)q;
	}
	return -1;
}

int32_t act_attack_actor(const struct sent *s, const struct pred *preds, size_t n,
			 size_t noun)
{
	long j = (long)noun - 1;
	size_t k;
	long av = appositive_act_verb(s, preds, n, noun);

	if (av >= 0)
		return preds[av].passive ? preds[av].by_agent : preds[av].subject;

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
void act_derived_mention(struct mention *out, const struct mention *from, const char *code,
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
 * ("... that killed 54 people"), as act_claimed_dead() finds them before a
 * claim: their mention, or -1, with *KILLED_AT set to the token of
 * "killed" when the word is there with no such mention after it. */
int32_t act_dead_after(const struct sent *s, size_t from, int *killed_at)
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
			/* (not past a comma: "killed five people, the
			 * foreign ministry said" names its reporter there) */
			if (is_punct(s, k, ','))
				break;
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
int32_t act_claimed_dead(const struct sent *s, size_t head)
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
void act_implied_actor(struct mention *out, const struct sent *s, size_t tok,
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
int32_t act_first_in_clause(const struct sent *s, size_t from)
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
int act_gerund_on_object(const struct sent *s, const struct pred *p)
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
int act_home_target(struct dyad_coder *c, const struct sent *s, const struct pred *p,
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
size_t act_prior_doers(const struct emit_ctx *e, const struct sent *s, size_t tok,
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
int act_doer_person(const struct emit_ctx *e, const char *code)
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
int act_unnamed_doer(const struct sent *s, const struct pred *p)
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
int act_home_deployment(const struct sent *s, size_t head)
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
/* "told Netanyahu in a phone call that Israel must allow more aid in",
 * "insisted that Kyiv should cede land": an act that a that-clause after
 * a verb of telling or demanding says another must or should do is what
 * is demanded or urged, not an act (verbs-32-requests.dict codes the
 * telling).  The verb, within fourteen tokens of its clause, may have
 * its object and a phrase or two between it and "that". */
static int modal_demanded(const struct sent *s, const struct pred *p)
{
	static const char *const tells[] = { "tell", "demand", "insist", "urge", "warn", NULL };
	static const char *const told[] = { "told", NULL };
	static const char *const musts[] = { "must", "should", NULL };
	static const char *const that[] = { "that", NULL };
	long j, k;
	size_t g = p->group < p->head ? p->group : p->head > 0 ? p->head - 1 : 0;

	if (p->kind != LEX_VERB || p->passive || p->head == 0 || !word_is_any(s, g, musts))
		return 0;
	j = p->subject >= 0 && s->ments[p->subject].tok < g ?
	    (long)s->ments[p->subject].tok - 1 : (long)g - 1;
	while (j >= 0 && (s->info[j].roles & R_DET) && s->info[j].mention < 0)
		j--;
	if (j < 1 || !word_is_any(s, (size_t)j, that))
		return 0;
	for (k = j - 1; k >= 0 && k >= j - 14; k--) {
		if (clause_break(s, (size_t)k))
			return 0;
		if (s->info[k].verb && s->info[k].mention < 0)
			return word_is_any(s, (size_t)k, told) || head_is_any(s, (size_t)k, tells);
	}
	return 0;
}

int act_demanded_act(const struct sent *s, const struct pred *p)
{
	static const char *const asks[] = { "demand", "insist", "urge", "ask", "request",
					    "require", "recommend", "propose", "suggest" };
	static const char *const that[] = { "that", NULL };
	long j, k, stop;
	size_t a;

	if (modal_demanded(s, p))
		return 1;
	if (p->kind != LEX_VERB || p->group != p->head || p->passive ||
	    s->info[p->head].infl)
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
int act_posture_occasion(const struct sent *s, const dyad_lexicon *lex, uint32_t code,
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
	if (p->kind != LEX_NOUN || !(prep = act_noun_prep(s, p->head, &plen)) ||
	    !((plen == 2 && (!strncasecmp(prep, "in", 2) || !strncasecmp(prep, "as", 2)))))
		return 0;
	if (!strcmp(c, "150") && word_is_any(s, p->head, shows))
		return 1;
	return !strncmp(c, "13", 2) && word_is_any(s, p->head, warnings) &&
	       p->end + 1 < s->n && head_is(s, p->end + 1, "to");
}

/* The subject (or passive agent) of the nearest verb before noun p with
 * one, no subordinate clause opening between; -1 if none. */
int32_t act_posture_occasion_subject(const struct sent *s, const struct pred *preds, size_t n,
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
long act_their_before(const struct sent *s, size_t head)
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
int32_t act_occasion_subject(const struct sent *s, const struct pred *preds, size_t n,
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
int32_t act_next_party(const struct sent *s, const struct mention *src, size_t before)
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
const char *act_meeting_state(const struct dyad_coder *c, const struct sent *s,
			      const struct pred *p, int held)
{
	static const char *const gatherings[] = { "summit", "meeting", "talks", "conference",
						  "forum", "session", "sidelines", "negotiations",
						  "place", "gathering", NULL };
	/* "talks between the two were held in Istanbul", "a meeting is
	 * expected in Seoul", "took place in Geneva": the verb a meeting
	 * noun is the subject of says where it happens */
	static const char *const happen[] = { "held", "expected", "scheduled", "planned", "set",
					      "took", "take", "takes", "taking", NULL };
	/* "spent three hours together in Geneva": the company a pair kept,
	 * then where, if a place follows ("rode together in the Russian
	 * leader's limousine" names none) */
	static const char *const company[] = { "together", "alone", NULL };
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
		    (word_is_any(s, (size_t)j, company) && strlen(m->code) == 3) ||
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
const char *act_clause_state_after(const struct sent *s, const struct pred *p)
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
const char *act_state(struct dyad_coder *c, const struct sent *s, const struct pred *p)
{
	const char *state = act_clause_state_after(s, p);

	return state ? state : match_place_state(c, s, p->head);
}

/* The one state the sentence names other than that of the attacker
 * `src` (bare states and their places, not roles): the state an attack
 * befalls when its victims are placed nowhere; NULL when it names none or
 * several. */
const char *act_attacked_state(const struct sent *s, int32_t src)
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
int act_foreign_to_all(const char *state, const struct mention *const *ms, size_t n)
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
const char *act_facility_role(const struct sent *s, uint32_t from, const struct mention *m)
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
const char *act_source_weapon(const struct sent *s, const struct mention *m)
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
	static const char *const ground[] = { "suicide", "car bomb", "truck bomb", "roadside",
					      NULL };
	size_t k;
	long j;

	/* "suicide bombers", "a car bomb": bombs carried or planted on the
	 * ground, not dropped from the air */
	for (k = 0; ground[k]; k++)
		if (span_has(s, m, ground[k]))
			return NULL;
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

/* Whether the source mention names aircraft ("Israeli helicopter
 * gunships", "Syrian jets", "U.S. warplanes"), whose fire comes from the
 * air whatever they fire ("fired rockets at", "bombarded").  "Bombers"
 * is left out: it names men who plant bombs too ("Bombers set off five
 * car bombs and fired mortars"). */
int act_source_aircraft(const struct sent *s, const struct mention *m)
{
	static const char *const aircraft[] = { "helicopter", "gunship", "warplane", "fighter jet",
						"jets", "aircraft", "air force", "drone", NULL };
	size_t k;

	if (span_has(s, m, "suicide"))
		return 0;
	for (k = 0; aircraft[k]; k++)
		if (span_has(s, m, aircraft[k]))
			return 1;
	return 0;
}

/* The kind of force a weapon word at token j fires when a clause names
 * it after "with" ("pounding towns with artillery": 194; "with air
 * strikes", "with missiles": 195); NULL for any other word. */
const char *act_weapon_word(const struct sent *s, size_t j)
{
	static const char *const artillery[] = { "artillery", "shells", "shelling", "rockets",
						 "mortars", "tanks", NULL };
	static const char *const aerial[] = { "missiles", "drones", "airstrikes", "strikes",
					      "warplanes", "jets", "bombs", "bombers", NULL };

	if (word_is_any(s, j, artillery))
		return "194";
	if (word_is_any(s, j, aerial))
		return "195";
	return NULL;
}

/* Whether an event coded from the main clause of participle p (from its
 * anchor's verb group up to p) runs between two members of the compound
 * src, each way. */
int act_mutual_before(const struct emit_ctx *e, const struct pred *preds,
		      const struct pred *p, int32_t src)
{
	const struct sent *s = e->s;
	const struct mention *ms[8];
	size_t n = act_group_members(s, src, ms, 8), i, k;
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
int act_relative_background(const struct sent *s, const struct pred *preds, size_t n,
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
