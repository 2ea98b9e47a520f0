/*
 * act.c - who did what to whom.
 *
 * For one predicate with its pattern chosen, act_code() runs the stages
 * that decide whether it is an act at all (not background, not what
 * another is asked to do, not the content of a threat or a denial), who
 * its source and target are when the pattern did not say (the possessor
 * of a noun, the subject of the light verb before it, the other side of
 * a pair, the party whose act a rebuke or a threat answers), and which
 * code fits best once the actors are known; then it emits the events
 * through event.c.  The first question is settled here; act_source.c,
 * act_target.c, act_context.c and act_final.c settle the others, reading
 * the sentence with act_scan.c's tests (act_int.h lists them).
 */
#include <stdint.h>
#include <string.h>

#include "act_int.h"

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
int act_content_noun(const struct sent *s, size_t i)
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
	       !act_content_noun(s, (size_t)j - 1) && !weekday(s, (size_t)j - 1));
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
int act_not_coded(const struct act *a, const char *why)
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
			/* ("from four regions claimed by Russia": the claimant
			 * of the land, not its owner) */
			if (head_is(s, k, "by"))
				break;
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
int act_forces_off_own_soil(const struct sent *s, const struct pred *p,
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
	if ((dem = act_demand_of(lex, s, preds, p)) >= 0) {
		const struct pred *d = &preds[dem];
		int32_t ds = d->passive ? d->by_agent : d->subject;
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": what a demand asks, coded as the demand",
				     (int)a->hlen, a->htext);
		if (ds < 0 || s->ments[ds].group == s->ments[p->subject].group)
			return 1;
		/* a clause past the demand's pattern ("and that Hamas
		 * release") is asked for in the demand's general code */
		a->code = act_pred_code(lex, d);
		if (p->head > d->r.last && d->r.head &&
		    lex->classes.v[d->r.head->cls].code != LEX_NONE &&
		    lex->classes.v[d->r.head->cls].code != LEX_CODE_NULL)
			a->code = lex_code_str(lex, lex->classes.v[d->r.head->cls].code);
		a->ns = act_group_members(s, ds, a->srcs, 8);
		a->nt = act_group_members(s, p->subject, a->tgts, 8);
		a->mode = mode_resolve(s, preds, (size_t)dem);
		for (si = 0; si < a->ns && !e->stop; si++)
			for (ti = 0; ti < a->nt && !e->stop; ti++) {
				const struct mention *t = a->tgts[ti];
				struct mention mil;
				/* foreign forces asked off the asker's soil, as
				 * act_forces_home() has them */
				if (a->code && (!strcmp(a->code, "1056") || !strcmp(a->code, "105")) &&
				    act_forces_off_own_soil(s, d, t, a->srcs[si]) &&
				    act_home_target(c, s, d, d->end, t, "MIL", &mil)) {
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
	static const char *const comment[] = { "comment", "say", "confirm", "deny", "discuss",
					       "elaborate", NULL };
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
		/* ("reports that", "on whether", "say whether"; "a report
		 * on Tuesday that": past the day the report is dated) */
		if (head_is(s, w, "that") &&
		    (w == 0 || !act_content_noun(s, w - 1)) &&
		    !(w >= 3 && weekday(s, w - 1) && head_is(s, w - 2, "on") &&
		      act_content_noun(s, w - 3)))
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
		for (nm = act_group_members(s, p->subject, ms, 8), m = 0; m < nm; m++)
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
int act_if_after(const struct sent *s, size_t from)
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
int32_t act_quote_about(const struct sent *s, const struct pred *p)
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

/* "rallied in Washington against U.S. plans to invade Iraq": the
 * infinitive right after a noun that a protest is against (a plan, a
 * decision, a bid) says what that plan would do, no act of the
 * protesters nor news of its own.  1 when p is such an infinitive. */
static int planned_by_protested(const struct sent *s, const struct pred *preds, size_t n,
				const struct pred *p)
{
	size_t k;

	if (p->kind != LEX_VERB || p->head < 2 || !head_is(s, p->head - 1, "to"))
		return 0;
	for (k = 0; k < n; k++)
		if (preds[k].kind == LEX_NOUN && preds[k].head + 2 == p->head &&
		    act_protested_object(s, &preds[k]))
			return 1;
	return 0;
}

/* "voiced alarm at the seizure of a Japanese ship by Iran", "expressed
 * concern about China's detention of a pastor", "deep regret over
 * Tokyo's claim", "angered by Madrid's support for": an act named after
 * "at", "about", "over" or "regarding" a noun of feeling or rebuke, or
 * after "by" or "at" a word of anger, is what the reaction is about, no
 * news of its own (the README codes a reaction's object so). */
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
	static const char *const angered[] = { "angered", "incensed", "enraged", "infuriated",
					       "outraged", "irked", "furious", "angry", "appalled",
					       "horrified", "dismayed", "shocked", "disgusted", NULL };
	static const char *const by_w[] = { "by", NULL };
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
	/* ("recalled its envoy, angered by Madrid's support for Morocco's
	 * plan", "furious at Washington's decision": what a state is
	 * angered by is the cause of its act, not news of its own) */
	/* ("said he was \"appalled and outraged\" by Iran's crackdown":
	 * past the quote that closes the words of anger) */
	if (j >= 1 && (word_is_any(s, (size_t)j, about) || word_is_any(s, (size_t)j, by_w)) &&
	    (word_is_any(s, (size_t)j - 1, angered) ||
	     (j >= 2 && is_punct(s, (size_t)j - 1, '"') && word_is_any(s, (size_t)j - 2, angered))))
		return 1;
	if (j < 1 || !word_is_any(s, (size_t)j, about))
		return 0;
	/* (the noun of feeling itself, or past a day or a place: "concern
	 * on Tuesday over") */
	return act_word_back_in_phrase(s, j - 1, 4, feelings);
}

int32_t act_deal_talks_subject(const struct sent *s, const struct pred *preds, size_t n,
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
	v = act_pair_clause(preds, g);
	if (v->kind != LEX_VERB || v->subject < 0)
		return -1;
	for (k = 0; deal_verbs[k]; k++)
		if (head_is(s, g->head, deal_verbs[k]) || head_is(s, v->head, deal_verbs[k]))
			return v->subject;
	return -1;
}

/* Whether the verb at p leaves an office: "resigned", "stepped down",
 * "stood aside", "quit", "fled the country", "fled to the Maldives",
 * "announced his resignation", "accepted his government's resignation". */
static int leaves_office(const struct sent *s, const struct pred *p)
{
	static const char *const down[] = { "down", "aside", NULL };
	static const char *const told[] = { "announce", "announced", "submit", "submitted",
					    "tender", "tendered", "accept", "accepted", NULL };
	size_t h = p->head, k;

	if (head_is(s, h, "resign") || head_is(s, h, "quit"))
		return 1;
	if (word_is_any(s, h, told))
		for (k = h + 1; k < s->n && k <= h + 4; k++)
			if (head_is(s, k, "resignation"))
				return 1;
	if ((head_is(s, h, "step") || head_is(s, h, "stepped") || head_is(s, h, "stand") ||
	     head_is(s, h, "stood")) && h + 1 < s->n && word_is_any(s, h + 1, down))
		return 1;
	if (!head_is(s, h, "flee") && !head_is(s, h, "fled"))
		return 0;
	if (h + 2 < s->n && head_is(s, h + 1, "the") &&
	    (head_is(s, h + 2, "country") || head_is(s, h + 2, "capital")))
		return 1;
	/* ("fled to the Maldives", "fled abroad": a ruler who flees to
	 * another state leaves office too) */
	if (h + 1 < s->n && head_is(s, h + 1, "abroad"))
		return 1;
	if (p->subject < 0 || !s->ments[p->subject].code || h + 1 >= s->n || !head_is(s, h + 1, "to"))
		return 0;
	for (k = h + 2; k < s->n && k <= h + 3; k++) {
		int32_t m = s->info[k].mention;
		const char *mc = m >= 0 ? s->ments[m].code : NULL;

		if (mc && strlen(mc) == 3 && country_prefix(mc) &&
		    strncmp(mc, s->ments[p->subject].code, 3))
			return 1;
	}
	return 0;
}

/* "Thousands of protesters stormed the presidential compound on
 * Thursday and President Askar Akayev fled the country": the crowd of
 * the state sc that rioted in the clause before the leaving's, joined
 * to it by "and", or -1. */
static int32_t rioters_before(const dyad_lexicon *lex, const struct sent *s,
			      const struct pred *p, const char *sc)
{
	static const char *const crowd[] = { "CVL", "EDU", NULL };
	uint32_t riot;
	size_t k, last, and_at = 0;
	int32_t m;

	if (!act_set_id(lex, "SOUTHASIA_RIOT_V", &riot))
		return -1;
	for (k = s->ments[p->subject].tok; k > 0 && !and_at; k--)
		if (head_is(s, k - 1, "and"))
			and_at = k - 1;
	for (k = 0; k < and_at; k++) {
		const char *mc;
		size_t e;

		if ((m = s->info[k].mention) < 0 || !(mc = s->ments[m].code) ||
		    !country_prefix(mc) || !role_in(mc, crowd) || strncmp(mc, sc, 3))
			continue;
		e = s->ments[m].tok + s->ments[m].n_tok;
		if (e < and_at && pat_set_at(lex, s, e, riot, &last))
			return m;
	}
	return -1;
}

/* Whether the verb at p gives up a measure it names within a few words
 * ("scrapped a decree", "suspended planned increases in fuel taxes",
 * "indefinitely suspended a bill"). */
static int gives_up_measure(const dyad_lexicon *lex, const struct sent *s, const struct pred *p)
{
	static const char *const undo[] = { "scrap", "scrapped", "scrapping", "suspend",
					    "suspended", "suspending", "withdraw", "withdrew",
					    "withdrawn", "shelve", "shelved", "repeal", "repealed",
					    "revoke", "revoked", "rescind", "rescinded", "abandon",
					    "abandoned", "drop", "dropped", NULL };
	uint32_t measure;
	size_t k, last;

	if (!word_is_any(s, p->head, undo) || !act_set_id(lex, "A2_MEASURE", &measure))
		return 0;
	for (k = p->end + 1; k < s->n && k <= p->end + 6 && !clause_break(s, k); k++)
		if (pat_set_at(lex, s, k, measure, &last))
			return 1;
	return 0;
}

/* Whether the words after a word of cause at j move to oust ("as
 * lawmakers debated a motion to impeach him", "after the army chief
 * demanded that he leave"), so that the legislature or the army they
 * name presses too. */
static int ousting_after(const struct sent *s, size_t j)
{
	static const char *const oust[] = { "impeach", "impeachment", "no-confidence",
					     "demanded", "ultimatum", NULL };
	size_t k;

	for (k = j + 1; k < s->n && k <= j + 16; k++)
		if (word_is_any(s, k, oust))
			return 1;
	return 0;
}

/* Whether "student-led" stands between tokens from and to. */
static int student_led(const struct sent *s, size_t from, size_t to)
{
	static const char *const led[] = { "student-led", "students-led", NULL };
	size_t k;

	for (k = from; k < s->n && k <= to; k++)
		if (word_is_any(s, k, led))
			return 1;
	return 0;
}

/* The crowd of the state sc that a word of cause at j names within a
 * few words after it ("after student protesters surrounded", "as crowds
 * of students stormed"), the legislature or army that moves to oust, or,
 * with *home set, dissent that names no one ("after weeks of protests");
 * -1 and *home 0 when none. */
static int32_t pressing_crowd(const dyad_lexicon *lex, const struct sent *s, size_t j,
			      const char *sc, uint32_t dissent, int *home)
{
	static const char *const crowd[] = { "CVL", "EDU", "LAB", "OPP", NULL };
	static const char *const ousters[] = { "LEG", "MIL", NULL };
	int oust = ousting_after(s, j);
	size_t k, last;

	*home = 0;
	for (k = j + 1; k < s->n && k <= j + 12; k++) {
		int32_t m = s->info[k].mention;
		const char *mc = m >= 0 ? s->ments[m].code : NULL;

		if (mc && country_prefix(mc) && !strncmp(mc, sc, 3) && !s->ments[m].person &&
		    oust && role_in(mc, ousters) && strcmp(mc + 3, sc + 3))
			return m;
		if (mc && country_prefix(mc) && role_in(mc, crowd) && !strncmp(mc, sc, 3)) {
			/* ("crowds of students"): the students */
			size_t e = s->ments[m].tok + s->ments[m].n_tok;
			int32_t n2 = e + 1 < s->n && head_is(s, e, "of") ?
				     s->info[e + 1].mention : -1;

			if (n2 >= 0 && s->ments[n2].code && role_in(s->ments[n2].code, crowd) &&
			    !strncmp(s->ments[n2].code, sc, 3))
				return n2;
			/* ("after hundreds of thousands of people joined the
			 * biggest student-led protest"): the students, whom
			 * the yield to the state's own people finds */
			if (!strcmp(mc + 3, "CVL") && student_led(s, k, k + 10)) {
				*home = 1;
				return -1;
			}
			return m;
		}
		if (pat_set_at(lex, s, k, dissent, &last)) {
			*home = 1;
			return -1;
		}
	}
	return -1;
}

/* "resigned on Sunday, a day after opposition supporters burst into
 * parliament", "stepped aside ..., the first casualty of the leak, after
 * thousands of protesters rallied", "suspended planned increases in fuel
 * taxes ..., after weeks of protests": an office holder's leaving, or a
 * measure given up, that no pattern ties to its pressure, a comma or a
 * long aside between, yields to the crowd of its own state, or to the
 * dissent, that the rest of the sentence names after a word of time or
 * cause (0831, 0832; to the crowd, else to the state's civilians:
 * tests/dev/README.md, `ousters`).  Sets a->r and returns 1 when so;
 * a lexicon whose patterns never name the code codes nothing so. */
static int pressed_out(struct act *a)
{
	static const char *const office[] = { "GOV", "JUD", "LEG", "MIL", "COP", NULL };
	static const char *const cause[] = { "after", "as", "amid", "following", "bowing",
					     "yielding", "face", NULL };
	const dyad_lexicon *lex = a->e->c->lex;
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	const char *sc, *code;
	uint32_t dissent, id;
	int32_t m = -1;
	int home = 0;
	size_t j;

	if (p->kind != LEX_VERB || p->subject < 0 || !(sc = s->ments[p->subject].code) ||
	    !country_prefix(sc) || !role_in(sc, office) ||
	    !act_set_id(lex, "EV_DISSENT", &dissent))
		return 0;
	if (leaves_office(s, p))
		code = "0831";
	else if (gives_up_measure(lex, s, p))
		code = "0832";
	else
		return 0;
	if (!strmap_get(&lex->codes.map, code, 4, &id))
		return 0;
	for (j = p->end + 1; j < s->n && m < 0 && !home; j++) {
		/* "would not resign despite the protests" yields nothing */
		if (head_is(s, j, "despite") || is_punct(s, j, ';'))
			return 0;
		if (word_is_any(s, j, cause))
			m = pressing_crowd(lex, s, j, sc, dissent, &home);
	}
	if (m < 0 && !home && (strcmp(code, "0831") || (m = rioters_before(lex, s, p, sc)) < 0))
		return 0;
	a->r.code = id;
	a->r.code2 = LEX_NONE;
	a->r.target = m;
	a->r.source = p->subject;
	a->r.last = p->end;
	a->yield_home = home;
	a->pressed = 1;
	return 1;
}

/* Whether the words from..to-1 of a leaving's cause name dissent
 * ("weeks of protests") or a crowd of the state sc, whose civilians
 * (or that crowd) then pressed. */
static int32_t dissent_between(const struct act *a, size_t from, size_t to, const char *sc,
			       int *home)
{
	static const char *const crowd[] = { "CVL", "EDU", "LAB", "OPP", NULL };
	const dyad_lexicon *lex = a->e->c->lex;
	const struct sent *s = a->e->s;
	uint32_t dissent;
	size_t k, last;

	*home = 0;
	if (!act_set_id(lex, "EV_DISSENT", &dissent))
		return -1;
	for (k = from; k < to && k < s->n; k++) {
		int32_t m = s->info[k].mention;
		const char *mc = m >= 0 ? s->ments[m].code : NULL;

		if (mc && country_prefix(mc) && role_in(mc, crowd) && !strncmp(mc, sc, 3))
			return m;
		if (pat_set_at(lex, s, k, dissent, &last)) {
			*home = 1;
			return -1;
		}
	}
	return -1;
}

/* "Inspectors from the Organisation for the Prohibition of Chemical
 * Weapons entered Douma": inspectors or monitors who reach or enter a
 * place visit its state (042, tests/dev/README.md, `summits`), also when
 * their noun opens the actor's name, where verbs-30-summits.dict's
 * patterns, which seek it before the verb, do not reach.  Sets a->r and
 * returns 1 when so. */
static int inspectors_enter(struct act *a)
{
	const dyad_lexicon *lex = a->e->c->lex;
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	const struct mention *sm;
	uint32_t inspectors, id;
	size_t k, last;

	if (p->kind != LEX_VERB || p->subject < 0 || p->passive ||
	    (!head_is(s, p->head, "enter") && !head_is(s, p->head, "reach")) ||
	    !act_set_id(lex, "SUM_INSPECTORS", &inspectors) ||
	    !strmap_get(&lex->codes.map, "042", 3, &id))
		return 0;
	sm = &s->ments[p->subject];
	if (!sm->code || sm->n_tok < 2 || !pat_set_at(lex, s, sm->tok, inspectors, &last) ||
	    last >= sm->tok + sm->n_tok - 1)
		return 0;
	for (k = p->end + 1; k < s->n && k <= p->end + 2; k++) {
		int32_t m = s->info[k].mention;
		const char *mc = m >= 0 ? s->ments[m].code : NULL;

		if (!mc)
			continue;
		if (strlen(mc) != 3 || !country_prefix(mc) || s->ments[m].tok != k)
			return 0;
		a->r.code = id;
		a->r.code2 = LEX_NONE;
		a->r.target = m;
		a->r.source = p->subject;
		a->r.last = s->ments[m].tok + s->ments[m].n_tok - 1;
		return 1;
	}
	return 0;
}

/* "resigned after weeks of protests and a call by the armed forces
 * chief", "bowing to three weeks of protests and to pressure from the
 * head of the armed forces", "... and the defection of the armed
 * forces": a leaving of office (0831) yields to each party that pressed
 * (tests/dev/README.md, `ousters`).  When the one the leaving is coded
 * toward stands before "and" in its cause, the body of the leaver's own
 * state that a word of pressure after "and" names pressed too; when it
 * is that body, the crowd or dissent before "and" did.  Fills *out with
 * the other and returns 1, or returns 0. */
int act_second_presser(struct act *a, struct mention *out)
{
	static const char *const cause[] = { "after", "as", "amid", "following", "bowing",
					     "yielding", "face", NULL };
	static const char *const press[] = { "pressure", "call", "calls", "demand", "demands",
					     "defection", "ultimatum", "mutiny", NULL };
	static const char *const bodies[] = { "MIL", "LEG", "PTY", "COP", "OPP", "EDU", "LAB",
					      "CVL", NULL };
	const struct sent *s = a->e->s;
	const char *sc, *tc;
	size_t j, k, i;

	if (!a->code || strcmp(a->code, "0831") || a->src < 0 || a->have_own_src ||
	    !(sc = s->ments[a->src].code) || !country_prefix(sc))
		return 0;
	tc = a->have_own ? a->own.code : a->tgt >= 0 ? s->ments[a->tgt].code : NULL;
	if (!tc)
		return 0;
	for (j = a->p->head; j < s->n && !word_is_any(s, j, cause); j++)
		if (head_is(s, j, "despite") || is_punct(s, j, ';'))
			return 0;
	for (k = j + 1; k < s->n && k <= j + 16; k++) {
		if (is_punct(s, k, ',') || is_punct(s, k, ';') || head_is(s, k, "despite"))
			return 0;
		if (!head_is(s, k, "and"))
			continue;
		/* ("and to pressure from the army", "and a call by the armed
		 * forces chief", "and the army's demand") */
		for (i = k + 1; i < s->n && i <= k + 8; i++) {
			int32_t m = s->info[i].mention, c;
			const char *mc = m >= 0 ? s->ments[m].code : NULL;
			size_t w;
			int said = 0, home;

			if (!mc)
				continue;
			for (w = k + 1; w < s->n && w <= s->ments[m].tok + s->ments[m].n_tok + 1; w++)
				if (word_is_any(s, w, press))
					said = 1;
			if (!said || !country_prefix(mc) || !role_in(mc, bodies) ||
			    strncmp(mc, sc, 3) || !strcmp(mc, sc))
				return 0;
			if (strcmp(mc, tc)) {
				*out = s->ments[m];
				return 1;
			}
			/* (the pattern took the body after "and"; the
			 * protests before it pressed first) */
			if (a->have_own || m != a->tgt)
				return 0;
			c = dissent_between(a, j + 1, k, sc, &home);
			if (c >= 0 && strcmp(s->ments[c].code, tc)) {
				*out = s->ments[c];
				return 1;
			}
			return home && act_home_target(a->e->c, s, a->p, a->r.last,
						       &s->ments[a->src], "CVL", out);
		}
		return 0;
	}
	return 0;
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
	     clause_background_plural(s, p)) && act_deal_talks_subject(s, preds, n, p) < 0)
		return act_not_coded(a, "a background event (after \"since\", \"after\"...), not coded");
	if (cited_grounds(s, p))
		return act_not_coded(a, "the grounds an act cites (\", citing ...\"), not coded");
	if (feeling_participle(s, p))
		return act_not_coded(a, "a feeling that describes the people before it, not an act");
	if (posted_forces(s, preds, n, p))
		return act_not_coded(a, "where the forces that act are posted, not an act");
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
		return act_not_coded(a, "an earlier event dating the news (\"a day after\"), not coded");
	if (dated_before(s, preds, n, p) ||
	    (p->kind == LEX_NOUN && p->governor >= 0 && (preds[p->governor].vroles & V_LIGHT) &&
	     preds[p->governor].kind == LEX_VERB && dated_before(s, preds, n, &preds[p->governor])))
		return act_not_coded(a, "a clause dated before the news, or on a phrase of one "
				     "that is, not coded");
	if (p->complement)
		return act_not_coded(a, "what a plan or effort is for, not an act");
	if (declined_content(s, p))
		return act_not_coded(a, "what a comment was declined on, not an act");
	if (hoped_content(s, p))
		return act_not_coded(a, "what is hoped for, not an act");
	if (unfounded_content(s, p))
		return act_not_coded(a, "what nothing signals, not an act");
	if (unpassed_resolution(s, p))
		return act_not_coded(a, "what a resolution that did not pass asks, not an act");
	if (p->reduced)
		return act_not_coded(a, "a participle describing the people before it, not an act");
	if (act_gerund_subject(s, p))
		return act_not_coded(a, "a gerund a modal's clause is about, not an act");
	/* "urged the junta to end the violence and hold talks with the
	 * opposition": the talks a light verb asked for are asked for too */
	if (p->requested || act_demanded_act(s, p) ||
	    /* "urged Washington to stop arming Taiwan" */
	    (p->matrix >= 0 && preds[p->matrix].requested) ||
	    (p->kind == LEX_NOUN && p->governor >= 0 && preds[p->governor].requested &&
	     (preds[p->governor].vroles & V_LIGHT) &&
	     act_direct_object(s, preds[p->governor].end, p->head, 0)) ||
	    /* "urged the government and the rebels to negotiate a
	     * ceasefire": the object of any verb another is urged to */
	    (p->kind == LEX_NOUN && p->governor >= 0 && urged_to(s, preds, &preds[p->governor]) &&
	     act_direct_object(s, preds[p->governor].end, p->head, 0)))
		return act_not_coded(a, "what another is urged or asked to do, not an act");
	if (p->kind == LEX_NOUN && (act_reaction_object(s, preds, p) || felt_object(s, p) || act_refused_by_passive(c->lex, s, preds, n, p) ||
				    act_refused_by_noun(c->lex, s, preds, n, p)))
		return act_not_coded(a, "the object of a reaction or request, not an event");
	if (act_topic_of_talks(s, p))
		return act_not_coded(a, "what talks or a deal are about, not an event");
	if (act_protested_object(s, p))
		return act_not_coded(a, "what a protest is against, not an event");
	if (planned_by_protested(s, preds, n, p))
		return act_not_coded(a, "what a plan a protest is against would do, not an event");
	if (p->inside)
		return act_not_coded(a, "part of a longer pattern");
	if (act_relative_background(s, preds, n, p, &a->rel_main)) {
		if (TRACING(c))
			coder_tracef(c, "  %s \"%.*s\": what a relative clause says its actor had done, "
				     "not coded", p->kind == LEX_VERB ? "verb" : "noun", (int)a->hlen, a->htext);
		return 1;
	}
	a->r = p->r;
	if (p->chosen <= 0 && !pressed_out(a) && !inspectors_enter(a))
		return act_not_coded(a, "no pattern matches and no default code");
	if (passive_on_act(lex, s, p))
		return act_not_coded(a, "a passive whose subject is an act no pattern names: the "
				     "class default would misread it");
	/* "condemned the launch as barbaric": a rebuke of an act that names
	 * no party (a null pattern, lest "the attack on Israel" be aimed at
	 * Israel) answers the act coded before it, when there is one. */
	if (a->r.code == LEX_CODE_NULL && (a->r.code2 == LEX_NONE || a->r.code2 == LEX_CODE_NULL) &&
	    p->kind == LEX_VERB && a->r.pat &&
	    a->r.head && act_pattern_has_set(lex, a->r.pat, "EV_EVN") &&
	    lex->classes.v[a->r.head->cls].code != LEX_NONE &&
	    lex->classes.v[a->r.head->cls].code != LEX_CODE_NULL &&
	    !strncmp(lex_code_str(lex, lex->classes.v[a->r.head->cls].code), "11", 2) &&
	    p->subject >= 0 && s->ments[p->subject].code &&
	    act_prior_doers(e, s, p->head, s->ments[p->subject].code, a->doers, 1)) {
		a->r.code = lex->classes.v[a->r.head->cls].code;
		a->r.target = -1;
		a->rebuke_back = 1;
	} else if (a->r.code == LEX_CODE_NULL &&
		   (a->r.code2 == LEX_NONE || a->r.code2 == LEX_CODE_NULL) &&
		   p->kind == LEX_VERB && a->r.pat && a->r.head &&
		   act_pattern_has_set(lex, a->r.pat, "EV_EVN") && p->head < s->qclose &&
		   lex->classes.v[a->r.head->cls].code != LEX_NONE &&
		   lex->classes.v[a->r.head->cls].code != LEX_CODE_NULL &&
		   !strncmp(lex_code_str(lex, lex->classes.v[a->r.head->cls].code), "11", 2) &&
		   act_quote_about(s, p) >= 0) {
		/* '"We condemn this attack in the strongest terms," the
		 * French foreign ministry said of the Russian strike': the
		 * act the quote's rebuke names is the one its attribution
		 * speaks of, and aimed at its doer */
		a->r.code = lex->classes.v[a->r.head->cls].code;
		a->r.target = act_quote_about(s, p);
	}
	/* ("accepted his government's resignation" is no acceptance, but
	 * may be a leaving yielded to protesters) */
	if ((a->r.code == LEX_CODE_NULL || a->r.code == LEX_NONE) &&
	    (a->r.code2 == LEX_CODE_NULL || a->r.code2 == LEX_NONE) && !pressed_out(a))
		return act_not_coded(a, "matched a null (---) pattern: not coded");
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
	if (p->infinitive && p->matrix >= 0 && act_pred_code(lex, &preds[p->matrix]) &&
	    !strncmp(act_pred_code(lex, &preds[p->matrix]), "13", 2))
		return act_not_coded(a, "what a threat threatens, coded with the threat");
	if (act_barred_from(s, p))
		return act_not_coded(a, "what one is barred from doing, not an act");
	if (act_ultimatum_content(lex, preds, n, p))
		return act_not_coded(a, "what an ultimatum demands, coded with the ultimatum");
	if (act_vetoed_draft_content(lex, s, preds, n, p))
		return act_not_coded(a, "what a vetoed draft would have said or done, not an act");
	/* "refused to ratify the treaty", "declined to attend": what a
	 * refusal refuses is coded in the refusal's code (12x), not as an
	 * act done. */
	if ((p->infinitive && p->matrix >= 0 && act_pred_code(lex, &preds[p->matrix]) &&
	     !strncmp(act_pred_code(lex, &preds[p->matrix]), "12", 2)) ||
	    act_refusal_before(lex, s, preds, n, p) >= 0)
		return act_not_coded(a, "what a refusal refuses, coded with the refusal");
	/* "used their vetoes to block sanctions on Syria", "blocked the
	 * bloc's sanctions": the noun a refusal, or the infinitive a refusal
	 * governs, takes as its object is refused, not done */
	if (p->kind == LEX_NOUN && p->governor >= 0 && act_refused_object(lex, preds, p))
		return act_not_coded(a, "what a refusal refuses, coded with the refusal");
	/* The protest's code says what it demands (1411, 1451). */
	if (act_protest_of(lex, s, preds, p) >= 0)
		return act_not_coded(a, "what a protest demands, coded with the protest");

	return 0;
}

/* "resigned on Sunday after less than a week in office, bowing to mass
 * street protests", "resigned on Tuesday after the army chief demanded
 * that he leave office at once, bowing to six weeks of protests": a
 * yield participle after a comma that closes the clause of a leaving of
 * office is that leaving's change of leadership (0831), and its subject
 * is the one who left, not the nearest name before the comma. */
static void yield_of_leaving(struct act *a)
{
	const struct sent *s = a->e->s;
	const struct pred *p = a->p;
	size_t k;

	if (!a->rc || (strcmp(a->rc, "0832") && strcmp(a->rc, "0831")) || p->kind != LEX_VERB ||
	    p->head == 0 || !is_punct(s, p->head - 1, ',') || !head_ends_ing(s, p->head))
		return;
	for (k = 0; k < a->n; k++) {
		const struct pred *q = &a->preds[k];

		if (q->head >= p->head || q->kind != LEX_VERB || q->subject < 0 ||
		    !leaves_office(s, q))
			continue;
		a->rc = "0831";
		a->src = q->subject;
		return;
	}
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
	yield_of_leaving(a);
	if (act_helped_purpose(s, p))
		return act_not_coded(a, "what help is sent for, not an act yet");
	/* "in retaliation for the drone attack that killed three soldiers",
	 * "after a strike that killed": a relative clause on a background
	 * noun is background too */
	if (a->rel_tok >= 0 && clause_background(s, (size_t)a->rel_tok)) {
		if (TRACING(c))
			coder_tracef(c, "  verb \"%.*s\": a relative clause on a background event, "
				     "not coded", (int)a->hlen, a->htext);
		return 1;
	}
	if ((a->rel_tok >= 0 && act_accused_act(lex, s, preds, n, (size_t)a->rel_tok)) ||
	    act_denied_description(lex, s, preds, p))
		return act_not_coded(a, "what a denial or accusation names, not an act of its own");
	return 0;
}

/* Code predicate i of the sentence: run the stages in order until one
 * finds it is no act (or has coded it, as a demand), then emit. */
int act_code(struct emit_ctx *e, struct pred *preds, size_t n, size_t i)
{
	struct act act = { .e = e, .preds = preds, .p = &preds[i], .n = n, .i = i,
			   .src = -1, .tgt = -1, .rel_noun = -1, .rel_tok = -1, .rel_main = -1,
			   .pair_other = -1, .also_tgt = -1, .pair_third = -1, .claimant = -1 };
	int rc;

	act.htext = tok_text(e->s, preds[i].head, &act.hlen);
	act_appeal_second_request(&act);
	if (e->stop)
		return e->stop;
	if (demanded(&act) || not_an_act(&act) || act_find_source(&act) ||
	    not_an_act_after(&act) || act_pair_history(&act) || act_find_target(&act) ||
	    act_topic_party_skipped(&act) ||
	    act_press_told(&act) ||
	    act_refused_target(&act) ||
	    act_own_envoys(&act) || act_speaker_joined(&act) || act_target_between(&act) ||
	    act_mediated_parties(&act) || act_hosted_parties(&act) ||
	    act_target_answered(&act) || act_reacted_doer(&act) || act_target_at_home(&act) ||
	    act_retaken_from(&act) || act_stronghold_holder(&act) || act_release_holder(&act) ||
	    act_forces_home(&act) ||
	    act_conditions_and_attempts(&act) ||
	    act_unnamed_victims(&act) || act_claims_and_charges(&act) ||
	    act_apology_owed(&act) || act_threat_answers_act(&act) ||
	    act_story_self_target(&act) || act_story_intercepts(&act) ||
	    act_story_threat_target(&act) ||
	    act_accord_party(&act) || act_pair_counterpart(&act) || act_verdict_other_party(&act) ||
	    act_also_joins_act(&act) ||
	    act_truce_breach_reporter(&act) || act_restated(&act) || act_war_place_sides(&act) ||
	    act_war_place_other_side(&act) ||
	    act_reporter_targeted(&act) || act_final_code(&act))
		return e->stop;
	e->claimant = act.claimant >= 0 ? &e->s->ments[act.claimant] : NULL;
	rc = act_emit_all(&act);
	e->claimant = NULL;
	return rc;
}
