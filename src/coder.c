/*
 * coder.c - from one article to its events.
 *
 * The pipeline for an article: normalize the text, split it into
 * sentences and tokens, let the matcher (match.c) find in each sentence
 * what the lexicon knows, and then run the coder's stages over it:
 *
 *   1. predicate.c finds the predicates: verbs read as verbs, nouns that
 *      trigger events ("a visit to", "talks with"), each with its verb
 *      group (will, did not, was ... by, plans to);
 *   2. clause.c gives each its subject by a shallow clause analysis,
 *      carried through infinitives ("agreed to resume talks"),
 *      coordination ("met Lavrov and signed"), relative clauses and
 *      passives ("was attacked by"), and marks reported speech ("X said
 *      Y will visit Z": X is the reporter) and opinion ("analysts see
 *      ...": speculative);
 *   3. pattern.c matches the head's patterns to pick the code and the
 *      target;
 *   4. act.c decides who did what to whom, mode.c sets the mode
 *      (asserted, planned, conditional, negated, speculative), and
 *      event.c dates and emits one event per source and target actor.
 *
 * This file drives them, keeps what one sentence tells the next (the
 * memo: people named in full, the article's home state, the antecedents
 * of pronouns), and writes the trace --explain shows.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "act_int.h"
#include "coder_stages.h"
#include "headline.h"
#include "match_int.h"
#include "error.h"
#include "normalize.h"

void coder_tracef(struct dyad_coder *c, const char *fmt, ...)
{
	va_list ap;

	if (!c->trace)
		return;
	buf_reset(&c->tbuf);
	va_start(ap, fmt);
	if (buf_vprintf(&c->tbuf, fmt, ap) == 0)
		c->trace(c->tbuf.data, c->tbuf.len, c->trace_ctx);
	va_end(ap);
}

const char *dyad_mode_name(enum dyad_mode m)
{
	switch (m) {
	case DYAD_MODE_ASSERTED: return "asserted";
	case DYAD_MODE_PLANNED: return "planned";
	case DYAD_MODE_CONDITIONAL: return "conditional";
	case DYAD_MODE_NEGATED: return "negated";
	case DYAD_MODE_SPECULATIVE: return "speculative";
	}
	return "asserted";
}

/* ---- life cycle ------------------------------------------------------- */

int dyad_coder_new(dyad_coder **out, const dyad_lexicon *lex, dyad_error *err)
{
	struct dyad_coder *c;
	int rc;

	*out = NULL;
	if ((rc = lex_finalize((dyad_lexicon *)lex, err)))
		return rc;
	c = calloc(1, sizeof(*c));
	if (!c)
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	c->lex = lex;
	arena_init(&c->mem, 1u << 30);
	buf_init(&c->tbuf, 1u << 20);
	if ((rc = match_init(c, err))) {
		dyad_coder_free(c);
		return rc;
	}
	*out = c;
	return DYAD_OK;
}

void dyad_coder_set_trace(dyad_coder *c, dyad_trace_fn fn, void *ctx)
{
	c->trace = fn;
	c->trace_ctx = ctx;
}

uint64_t dyad_coder_sentences(const dyad_coder *c)
{
	return c->n_sentences;
}

uint64_t dyad_coder_skipped(const dyad_coder *c)
{
	return c->n_skipped;
}

void dyad_coder_free(dyad_coder *c)
{
	if (!c)
		return;
	match_free(c);
	arena_free(&c->mem);
	buf_free(&c->tbuf);
	free(c);
}

/* ---- the memo across sentences --------------------------------------- */

/* "al-Assad", "el-Sisi", "ad-Din": an article prefix before a name. */
static int al_prefixed(const struct sent *s, size_t t)
{
	size_t len;
	const char *x = tok_text(s, t, &len);

	return len > 4 && x[2] == '-' && (x[0] == 'a' || x[0] == 'A' || x[0] == 'e' ||
					  x[0] == 'E') && x[3] >= 'A' && x[3] <= 'Z';
}

static uint32_t al_name_hash(const struct sent *s, size_t t, uint32_t *len)
{
	char f[256];
	size_t n;
	const char *x = tok_text(s, t, &n);

	n = lex_fold(x + 3, n - 3, f, sizeof(f));
	*len = (uint32_t)n;
	return strmap_hash(f, n);
}

static int rank(const struct mention *m)
{
	return m->subject ? 3 : m->after_prep ? 1 : 2;
}

void memo_add_act(struct memo *mo, uint32_t sent, const char *code, const char *source,
		  const char *target)
{
	size_t k, len = strlen(source), clen = strlen(code),
		  tlen = target && strlen(target) < sizeof(mo->acts[0].target) ? strlen(target) : 0,
		  cap = sizeof(mo->acts) / sizeof(mo->acts[0]);

	if (len >= sizeof(mo->acts[0].source) || clen < 2 || clen >= sizeof(mo->acts[0].code))
		return;
	for (k = 0; k < mo->n_acts; k++)
		if (mo->acts[k].sent == sent && !strcmp(mo->acts[k].code, code) &&
		    !strcmp(mo->acts[k].source, source))
			return;
	if (mo->n_acts < cap)
		mo->n_acts++;
	memmove(&mo->acts[1], &mo->acts[0], (mo->n_acts - 1) * sizeof(mo->acts[0]));
	memcpy(mo->acts[0].code, code, clen + 1);
	memcpy(mo->acts[0].source, source, len + 1);
	memcpy(mo->acts[0].target, target ? target : "", tlen);
	mo->acts[0].target[tlen] = '\0';
	mo->acts[0].sent = sent;
}

/* Keep the states sentence S named, by name or role (not places, armed
 * groups or the unknown state), in the memo's recent states, latest
 * first: the last named of a sentence is the first of the list. */
static void memo_recent_states(struct memo *mo, const struct sent *s)
{
	size_t i, k, cap = sizeof(mo->recent) / sizeof(mo->recent[0]);

	for (i = 0; i < s->n_ments; i++) {
		const struct mention *m = &s->ments[i];
		if (!m->code || m->place_only || strlen(m->code) < 3 || !match_is_state_code(m->code) ||
		    !strncmp(m->code, "---", 3) || armed_group(m->code))
			continue;
		for (k = 0; k < mo->n_recent && strncmp(mo->recent[k].code, m->code, 3); k++)
			;
		if (k == mo->n_recent && mo->n_recent < cap)
			mo->n_recent++;
		if (k == cap)
			k = cap - 1;
		memmove(&mo->recent[1], &mo->recent[0], k * sizeof(mo->recent[0]));
		memcpy(mo->recent[0].code, m->code, 3);
		mo->recent[0].code[3] = '\0';
		mo->recent[0].sent = s->index;
	}
}

/* Keep the bodies sentence S named (organisations, by name or role, not
 * through a pronoun), latest first, with their names' words folded. */
static void memo_recent_bodies(struct memo *mo, const struct sent *s)
{
	size_t i, k, cap = sizeof(mo->bodies) / sizeof(mo->bodies[0]);

	for (i = 0; i < s->n_ments; i++) {
		const struct mention *m = &s->ments[i];
		size_t len = m->end - m->start;
		if (!m->code || m->kind == M_PRONOUN || m->place_only ||
		    (strncmp(m->code, "IGO", 3) && strncmp(m->code, "NGO", 3)))
			continue;
		for (k = 0; k < mo->n_bodies && strcmp(mo->bodies[k].code, m->code); k++)
			;
		if (k == mo->n_bodies && mo->n_bodies < cap)
			mo->n_bodies++;
		if (k == cap)
			k = cap - 1;
		memmove(&mo->bodies[1], &mo->bodies[0], k * sizeof(mo->bodies[0]));
		mo->bodies[0].code = m->code;
		if (len >= sizeof(mo->bodies[0].words))
			len = sizeof(mo->bodies[0].words) - 1;
		len = lex_fold(s->text + m->start, len, mo->bodies[0].words,
			       sizeof(mo->bodies[0].words) - 1);
		mo->bodies[0].words[len] = '\0';
		mo->bodies[0].sent = s->index;
	}
}

/* Keep the state's people sentence S named in the memo's titled people,
 * objects of prepositions first and subjects last, so that the latest
 * subject leads; a title named keeps its office ("-" for another
 * title), one named before stays when the person comes back untitled
 * ("Trump"). */
static void memo_titled(struct memo *mo, const struct sent *s)
{
	size_t i, k, cap = sizeof(mo->titled) / sizeof(mo->titled[0]);
	int r;

	for (r = 1; r <= 3; r++)
		for (i = 0; i < s->n_ments; i++) {
			const struct mention *m = &s->ments[i];
			char title[sizeof(mo->titled[0].title)] = "";
			uint32_t actor = m->actor;
			/* ("The president later told Fox News ...": the
			 * person an office stood for comes back too) */
			if (rank(m) == r && m->how && !strcmp(m->how, MATCH_OFFICE_HELD)) {
				for (k = 0; k < mo->n_titled && actor == LEX_NONE; k++)
					if (!strcmp(mo->titled[k].code, m->code))
						actor = mo->titled[k].actor;
			} else if (rank(m) != r || !m->person || m->actor == LEX_NONE || !m->code ||
				   strlen(m->code) < 6 || !country_prefix(m->code) ||
				   m->kind == M_PRONOUN) {
				continue;
			}
			if (actor == LEX_NONE)
				continue;
			/* ("Vice President JD Vance": a title, of no such office) */
			if (!match_office_title(s, m->tok, m->tok + m->n_tok, title, sizeof(title)) &&
			    m->how && !strcmp(m->how, "title and name"))
				title[0] = '-';
			for (k = 0; k < mo->n_titled && mo->titled[k].actor != actor; k++)
				;
			if (k < mo->n_titled && !title[0])
				memcpy(title, mo->titled[k].title, sizeof(title));
			if (k == mo->n_titled && mo->n_titled < cap)
				mo->n_titled++;
			if (k == cap)
				k = cap - 1;
			memmove(&mo->titled[1], &mo->titled[0], k * sizeof(mo->titled[0]));
			mo->titled[0].actor = actor;
			mo->titled[0].code = m->code;
			memcpy(mo->titled[0].title, title, sizeof(title));
			mo->titled[0].sent = s->index;
		}
}

static void memo_update(struct dyad_coder *c, struct sent *s, const struct emit_ctx *e)
{
	struct memo *mo = &c->memo;
	size_t i;
	int best_rank = 0, best_person_rank = 0, other_rank = 0;
	int person_here = 0;

	/* (the acts coded, for "the launch" of the next sentences; those
	 * with no target act.c keeps as it finds them) */
	for (i = e->n_seen; i-- > 0;)
		memo_add_act(mo, s->index, e->seen[i].cameo, e->seen[i].source.code,
			     e->seen[i].target.code);
	memo_recent_states(mo, s);
	memo_recent_bodies(mo, s);
	memo_titled(mo, s);
	for (i = 0; i < s->n_ments; i++) {
		const struct mention *m = &s->ments[i];
		if (!m->code)
			continue;
		/* The states named, for the article's home state. */
		if (m->kind == M_NAME && strlen(m->code) >= 3 && m->code[0] >= 'A' &&
		    m->code[0] <= 'Z' && strncmp(m->code, "IGO", 3) &&
		    strncmp(m->code, "NGO", 3) && strncmp(m->code, "IMG", 3)) {
			size_t k;
			for (k = 0; k < mo->n_states && strncmp(mo->states[k].code, m->code, 3); k++)
				;
			if (k == mo->n_states && k < sizeof(mo->states) / sizeof(mo->states[0])) {
				memcpy(mo->states[k].code, m->code, 3);
				mo->states[k].code[3] = '\0';
				mo->states[k].n = 0;
				mo->n_states++;
			}
			if (k < mo->n_states)
				mo->states[k].n++;
		}
		if (m->person) {
			/* The subject is who "he" or "she" most likely is next. */
			if (rank(m) >= best_person_rank) {
				best_person_rank = rank(m);
				mo->last_person = *m;
				mo->have_person = 1;
				mo->last_person_sent = s->index;
				person_here = 1;
			}
			/* Remember the surname and the given name alone. */
			if ((m->kind == M_NAME || m->kind == M_AGENT) && m->n_tok >= 2 &&
			    mo->n_people + 2 <= 64) {
				uint32_t t;
				for (t = m->tok; t < m->tok + m->n_tok; t++) {
					if ((!(s->toks[t].flags & TOK_CAP) && !al_prefixed(s, t)) ||
					    s->info[t].roles)
						continue;
					mo->people[mo->n_people].hash =
						match_name_hash(s, t, &mo->people[mo->n_people].len);
					/* "Bashar al-Assad" is "Assad" later on. */
					if (mo->n_people + 2 <= 64 && al_prefixed(s, t)) {
						mo->people[mo->n_people + 1] = mo->people[mo->n_people];
						mo->people[mo->n_people + 1].hash =
							al_name_hash(s, t, &mo->people[mo->n_people + 1].len);
						mo->people[mo->n_people + 1].actor = m->actor;
						mo->people[mo->n_people + 1].code = m->code;
						mo->people[mo->n_people + 1].person = 1;
						mo->n_people++;
					}
					mo->people[mo->n_people].actor = m->actor;
					mo->people[mo->n_people].person = 1;
					/* The code outlives the sentence: it lives in
					 * the lexicon or the article's arena. */
					mo->people[mo->n_people].code = m->code;
					mo->n_people++;
					if (mo->n_people == 64)
						break;
				}
			}
		} else {
			size_t len = m->end - m->start;
			const char *t = s->text + m->start;
			int plural = len > 1 && t[len - 1] == 's' && m->kind == M_AGENT;
			if (plural) {
				mo->last_group = *m;
				mo->have_group = 1;
				mo->last_group_sent = s->index;
			} else if (m->kind == M_NAME && rank(m) >= best_rank) {
				/* "it" is a state or an organisation: a subject
				 * outranks a later object, and an object of a verb
				 * one of a preposition. */
				best_rank = rank(m);
				mo->last_thing = *m;
				mo->have_thing = 1;
				mo->last_thing_sent = s->index;
			}
		}
	}
	if (!person_here)
		return;
	mo->have_other_person = 0;
	for (i = 0; i < s->n_ments; i++) {
		const struct mention *m = &s->ments[i];
		if (!m->person || !m->code || m->actor == mo->last_person.actor ||
		    !strcmp(m->code, mo->last_person.code) || rank(m) < other_rank)
			continue;
		other_rank = rank(m);
		mo->other_person = *m;
		mo->have_other_person = 1;
	}
}

/* ---- trace ------------------------------------------------------------ */

static void trace_sentence(struct dyad_coder *c, struct sent *s)
{
	size_t i;

	buf_reset(&c->tbuf);
	buf_adds(&c->tbuf, "  tokens:");
	for (i = 0; i < s->n; i++) {
		size_t len;
		const char *t = tok_text(s, i, &len);
		const struct tokinfo *ti = &s->info[i];
		buf_printf(&c->tbuf, " %.*s", (int)len, t);
		if (ti->vlemma != LEX_NONE && ti->vlemma != ti->word)
			buf_printf(&c->tbuf, "/v:%s", lex_word_str(c->lex, ti->vlemma));
		else if (ti->nlemma != LEX_NONE && ti->nlemma != ti->word)
			buf_printf(&c->tbuf, "/n:%s", lex_word_str(c->lex, ti->nlemma));
	}
	c->trace(c->tbuf.data, c->tbuf.len, c->trace_ctx);
	for (i = 0; i < s->n_ments; i++) {
		const struct mention *m = &s->ments[i];
		coder_tracef(c, "  actor: \"%.*s\" [%u,%u) %s (%s%s)", (int)(m->end - m->start),
			     s->text + m->start, m->start, m->end, m->code ? m->code : "-",
			     m->how, m->after_prep ? ", after a preposition" : "");
	}
}

/* ---- sentence and article -------------------------------------------- */

/* "Ukraine, which Russia invaded in 2022, signed a deal with": whether
 * a pattern of verb p, in a relative clause opened by ", which" or ",
 * who", runs past the comma that closes that clause into the main one. */
static int past_relative(const struct sent *s, const struct pred *p)
{
	size_t j;

	/* a group at the first token has nothing before it (and j would wrap) */
	if (p->kind != LEX_VERB || !p->r.pat || p->r.last <= p->end || p->group == 0)
		return 0;
	for (j = p->group; j-- > 1;) {
		if (clause_is_relative(s, j))
			break;
		if (clause_break(s, j) || is_punct(s, j, ','))
			return 0;
	}
	if (j < 1 || !is_punct(s, j - 1, ','))
		return 0;
	for (j = p->end + 1; j < p->r.last; j++)
		if (is_punct(s, j, ','))
			return 1;
	return 0;
}

/* "Iran, which rejected a proposal from Israel last year, pledged
 * military aid to Canada": a relative clause verb whose pattern ran past
 * the comma closing its clause chooses again within it, and its act is
 * coded as that clause tells it (0 when none is left). */
static int relative_rechosen(struct dyad_coder *c, struct sent *s, struct pred *p)
{
	size_t j;

	if (!past_relative(s, p))
		return 0;
	for (j = p->end + 1; j < p->r.last && !is_punct(s, j, ','); j++)
		;
	return pat_choose_within(c, s, p, &p->r, j) == 1 && !past_relative(s, p);
}

/* "agreed at their summit in Geneva on Wednesday to begin talks": the
 * adverbial phrases a pattern of "agree" leapt over to the infinitive
 * agreed (pattern.c) are no words of the pattern; the summit in them
 * is its own event. */
static int agreed_past(const struct pred *p, const struct pred *q)
{
	return p->agreed_to && q->head < p->agreed_to && p->r.last >= p->agreed_to;
}

/* "warned Putin in a two-hour video call that the West would impose
 * sanctions": a meeting or call noun that a longer pattern of p only
 * passes over in a gap, its own pattern matched, is an event of its own
 * (the occasion of p), not p's word. */
static int gap_meeting(const struct dyad_coder *c, const struct sent *s, const struct pred *p,
		       const struct pred *q)
{
	const char *code;

	if (q->kind != LEX_NOUN || q->chosen != 1 || !q->r.pat || q->r.code == LEX_NONE ||
	    q->r.code == LEX_CODE_NULL)
		return 0;
	code = lex_code_str(c->lex, q->r.code);
	return !strncmp(code, "04", 2) && !pat_names_word(c->lex, s, p, q->head);
}

/* "Xi and Putin hailed a new era in relations at talks in the Kremlin":
 * a meeting noun after "at" or "during", past other words of p's object,
 * is the occasion of p's act, its own event, not the thing p names. */
static int occasion_meeting(const struct dyad_coder *c, const struct sent *s,
			    const struct pred *p, const struct pred *q)
{
	static const char *const at[] = { "at", "during", NULL };
	size_t j = q->head;

	/* (a consultation of p's own, "discussed Syria at their meeting",
	 * "represented Washington at the talks with", already codes it) */
	/* (not one that names its members: "at a meeting of defence chiefs
	 * in Tokyo") */
	if (q->kind != LEX_NOUN || q->chosen != 1 || !q->r.pat || q->r.code == LEX_NONE ||
	    q->r.code == LEX_CODE_NULL || q->head < p->end + 3 ||
	    (q->head + 1 < s->n && (s->info[q->head + 1].roles & R_OF)) ||
	    (p->r.code != LEX_NONE && p->r.code != LEX_CODE_NULL &&
	     !strncmp(lex_code_str(c->lex, p->r.code), "04", 2)))
		return 0;
	/* ("at their summit", "during a two-hour meeting") */
	while (j > p->end + 2 && q->head - j < 3 &&
	       ((s->info[j - 1].roles & R_DET) || (s->info[j - 1].mention < 0 && is_modifier(s, j - 1))))
		j--;
	return word_is_any(s, j - 1, at) && !strncmp(lex_code_str(c->lex, q->r.code), "04", 2);
}

/* "began deploying the THAAD missile defence system in South Korea": the
 * gerund right after a null pattern ("will start stationing long-range
 * missiles in Germany" is no strike) keeps its own act when that is a
 * defence system set up to protect the host (074). */
static int shield_gerund(const struct dyad_coder *c, const struct pred *p, const struct pred *q)
{
	return p->r.code == LEX_CODE_NULL && q->kind == LEX_VERB && q->head == p->end + 1 &&
	       q->chosen == 1 && q->r.pat && q->r.code != LEX_NONE && q->r.code != LEX_CODE_NULL &&
	       !strcmp(lex_code_str(c->lex, q->r.code), "074") &&
	       act_pattern_has_set(c->lex, q->r.pat, "F7_DEFSYS");
}

/* Whether a CAMEO code's root (its first two digits) is one of roots. */
static int root_is_any(const char *code, const char *const *roots)
{
	for (; *roots; roots++)
		if (!strncmp(code, *roots, 2))
			return 1;
	return 0;
}

/* "would resume military aid and intelligence sharing with Kyiv": a
 * second object joined by "and" whose own pattern names another kind of
 * act on the same target is that act too (064 besides 072). */
static int joined_object(const struct dyad_coder *c, const struct sent *s, const struct pred *p,
			 const struct pred *q)
{
	static const char *const and_w[] = { "and", NULL };
	/* an intent (03) promises both objects, and what is yielded (08),
	 * rejected (12) or cut (16: "paused military aid and intelligence
	 * sharing") is the object of that act, not an act of its own */
	static const char *const covering[] = { "03", "08", "12", "16", NULL };
	size_t j;

	if (q->chosen != 1 || !q->r.pat || q->r.code == LEX_NONE || q->r.code == LEX_CODE_NULL ||
	    p->r.code == LEX_NONE || p->r.code == LEX_CODE_NULL || p->r.target < 0 ||
	    q->r.target != p->r.target ||
	    !strncmp(lex_code_str(c->lex, q->r.code), lex_code_str(c->lex, p->r.code), 2) ||
	    root_is_any(lex_code_str(c->lex, p->r.code), covering))
		return 0;
	for (j = p->end + 1; j < q->head; j++)
		if (s->info[j].mention >= 0 || is_punct(s, j, ','))
			return 0;
	/* (objects joined, not modifiers: "an immediate and unconditional
	 * ceasefire" is one act, and "exports to and imports from" joins
	 * prepositions) */
	for (j = p->end + 2; j < q->head; j++)
		if (word_is_any(s, j, and_w) && (s->toks[j - 1].flags & TOK_WORD) && !s->info[j - 1].roles &&
		    (j + 1 == q->head || pat_names_word(c->lex, s, q, j + 1)))
			return 1;
	return 0;
}

/* The joined object's act is done by the one who does p's, and in p's
 * mode: "would resume ... intelligence sharing" is sharing to come by
 * the one who resumes. */
static int joined_object_free(const struct dyad_coder *c, const struct sent *s, const struct pred *preds,
			      size_t i, struct pred *q)
{
	if (!joined_object(c, s, &preds[i], q))
		return 0;
	if (q->subject < 0)
		q->subject = preds[i].subject;
	if (q->matrix < 0)
		q->matrix = (int32_t)i;
	return 1;
}

static const char *const between_w[] = { "between", NULL };

/* "Angola will host direct peace negotiations between Congo's
 * government and the M23", "Saudi Arabia hosted talks between U.S. and
 * Ukrainian delegations": the talks a host's pattern names between two
 * parties are those parties' own meeting too (joint-t069), coded by the
 * noun's pattern besides the hosting. */
static int hosted_talks(const struct sent *s, const struct pred *h, const struct pred *t)
{
	static const char *const talks[] = { "talks", "negotiations", "meeting", "meetings",
					     "summit", NULL };

	/* (only talks held or fixed: "could host direct talks", "is
	 * ready to host talks" offer them, 039) */
	return h->kind == LEX_VERB && head_is(s, h->head, "host") && !h->infinitive &&
	       !(h->group_roles & (R_MAY | R_CAN | R_WOULD | R_NEG | R_TO)) && t->kind == LEX_NOUN &&
	       word_is_any(s, t->head, talks) && t->head + 1 < s->n &&
	       word_is_any(s, t->head + 1, between_w);
}

/* "Chinese and Russian bombers flew a joint patrol near Japan": a
 * "joint" noun in p's pattern whose own pattern pairs the parties of p's
 * subject ("$ and + joint *") codes their joint act besides p's act on
 * another (150 at Japan, 062 between the two).  Not under an intent
 * (03): "Japan and India agreed to hold their first joint fighter jet
 * drills" promises the drills (0312), it does not hold them. */
static int joint_act(const struct dyad_coder *c, const struct sent *s, const struct pred *p,
		     const struct pred *q)
{
	static const char *const joint[] = { "joint", NULL };
	static const char *const occasion[] = { "at", "during", "in", NULL };
	size_t j;

	if (q->kind != LEX_NOUN || q->chosen != 1 || !q->r.pat || q->r.code == LEX_NONE ||
	    q->r.code == LEX_CODE_NULL || p->r.code == LEX_NONE || p->r.code == LEX_CODE_NULL ||
	    q->r.source < 0 || q->r.target < 0 || q->r.source == q->r.target ||
	    s->ments[q->r.source].tok >= p->group || s->ments[q->r.target].tok >= p->group ||
	    !strncmp(lex_code_str(c->lex, q->r.code), lex_code_str(c->lex, p->r.code), 2) ||
	    !strncmp(lex_code_str(c->lex, p->r.code), "03", 2))
		return 0;
	for (j = p->end + 1; j < q->head; j++)
		if (word_is_any(s, j, joint) && pat_names_word(c->lex, s, q, j))
			return 1;
	/* ("agreed to a ceasefire at talks in Doha": the occasion; not
	 * "agreed to a ceasefire", nor "after talks", which dates it) */
	for (j = q->head; j-- > p->end + 1;)
		if (!(s->toks[j].flags & TOK_WORD) || s->info[j].verb || s->info[j].mention >= 0 ||
		    (s->info[j].roles & ~(uint32_t)R_DET))
			break;
	return j > p->end && word_is_any(s, j, occasion);
}

/* "expelled diplomats from Germany and France, and Poland summoned the
 * Russian ambassador": a list an "and" has closed takes no more after ",
 * and"; a name there with a verb of its own opens a clause, with the
 * names joined to it after.  (A list of three may take a comma before
 * its "and": "Britain, France, and Germany recognised".)  Call once the
 * verbs are known. */
static void split_closed_lists(struct sent *s)
{
	size_t i, k;

	for (i = 2; i < s->n_ments; i++) {
		struct mention *b = &s->ments[i];
		const struct mention *a = &s->ments[i - 1];
		uint32_t g = a->group, t, first = UINT32_MAX;
		int closed = 0;

		if (b->group != g || b->tok < 2 || !(s->info[b->tok - 1].roles & R_CONJ) ||
		    !is_punct(s, b->tok - 2, ',') || !second_clause_at(s, b->tok))
			continue;
		for (k = 0; k < i && first == UINT32_MAX; k++)
			if (s->ments[k].group == g)
				first = s->ments[k].tok;
		for (t = first; t < a->tok && !closed; t++)
			closed = s->info[t].mention < 0 && (s->info[t].roles & R_CONJ);
		if (!closed)
			continue;
		for (k = i; k < s->n_ments; k++)
			if (s->ments[k].group == g) {
				s->ments[k].group = (uint32_t)i;
				s->ments[k].after_prep = 0;
				s->ments[k].prep_roles = 0;
			}
	}
}

/* "Modi, on a two-day visit to Moscow, and Putin agreed to expand
 * trade", "Saudi Arabia, which hosted the talks, and Qatar urged": an
 * aside between commas after the actor that opens a clause, led by a
 * preposition or a relative pronoun, does not end its list; the name
 * after ", and" with the verb they share joins it. */
static void join_across_asides(struct sent *s)
{
	size_t i, k;

	for (i = 0; i + 1 < s->n_ments; i++) {
		const struct mention *a = &s->ments[i];
		size_t c1 = a->tok + a->n_tok, c2, f;
		uint32_t g;
		int apposition;
		const char *t;
		size_t len;

		if (c1 + 3 >= s->n || !is_punct(s, c1, ',') || a->after_prep)
			continue;
		/* ("Erdogan, Turkey's president, and Rutte, the Dutch prime
		 * minister, held talks": an apposition, its actors dropped) */
		t = tok_text(s, c1 + 1, &len);
		apposition = (s->info[c1 + 1].roles & R_DET) ||
			     ((s->toks[c1 + 1].flags & TOK_WORD) && t[0] >= 'A' && t[0] <= 'Z');
		for (c2 = c1 + 1; apposition && c2 < s->n && c2 < c1 + 14 && !is_punct(s, c2, ','); c2++)
			if (s->info[c2].mention >= 0 || s->info[c2].verb || clause_break(s, c2))
				apposition = 0;
		if (!((s->info[c1 + 1].roles & R_PREP) || clause_is_relative(s, c1 + 1) || apposition))
			continue;
		for (f = a->tok; f > 0 && (s->info[f - 1].roles & R_DET) && s->info[f - 1].mention < 0; f--)
			;
		if (!opens_clause(s, f))
			continue;
		for (c2 = c1 + 2; c2 < s->n && c2 < c1 + 14 && !is_punct(s, c2, ','); c2++)
			if (clause_break(s, c2) && !(s->info[c2].roles & R_SUB))
				break;
		if (c2 + 2 >= s->n || !is_punct(s, c2, ',') || !(s->info[c2 + 1].roles & R_CONJ) ||
		    s->info[c2 + 2].mention < 0)
			continue;
		k = (size_t)s->info[c2 + 2].mention;
		if (s->ments[k].group == a->group || !second_clause_at(s, c2 + 2))
			continue;
		g = s->ments[k].group;
		for (; k < s->n_ments; k++)
			if (s->ments[k].group == g)
				s->ments[k].group = a->group;
	}
}


/* Whether "that" opens a clause between tokens from and to (exclusive,
 * inclusive): "told parliament that Pakistan would ...". */
static int that_between(const struct sent *s, size_t from, size_t to)
{
	static const char *const that[] = { "that", NULL };
	size_t j;

	for (j = from + 1; j <= to && j < s->n; j++)
		if (word_is_any(s, j, that))
			return 1;
	return 0;
}

/* Is there a "would" or "will" between tokens from and to? */
static int modal_between(const struct sent *s, size_t from, size_t to)
{
	size_t j;

	for (j = from + 1; j <= to && j < s->n; j++)
		if (s->info[j].roles & (R_WILL | R_WOULD))
			return 1;
	return 0;
}

/* Does the clause before token end open with "no" and hold no verb
 * ("No agreement was signed", "no aid has been sent")? */
static int no_subject_before(const struct sent *s, size_t end)
{
	static const char *const no_word[] = { "no", NULL };
	size_t j = end;

	while (j > 0 && !clause_break(s, j - 1) && !(s->toks[j - 1].flags & TOK_PUNCT) &&
	       !(s->info[j - 1].roles & (R_SUB | R_CONJ | R_BUT)) && !s->info[j - 1].verb)
		j--;
	return j < end && word_is_any(s, j, no_word);
}

/* "said he had called off strikes on three Iranian sites", "aborted an
 * attack on the base": force that a verb of calling off reaches by its
 * pattern was never used, and the sets code it as that force, negated
 * (dv8-0104, concede-t074), not as a de-escalation.  1 when p is such a
 * verb and its pattern codes force (roots 18 to 20). */
static int force_called_off(const dyad_lexicon *lex, const struct sent *s, const struct pred *p)
{
	static const char *const off[] = { "off", NULL };
	const char *code;
	size_t j;

	if (p->kind != LEX_VERB || !p->r.pat || p->r.code == LEX_NONE || p->r.code == LEX_CODE_NULL)
		return 0;
	code = lex_code_str(lex, p->r.code);
	if (strncmp(code, "18", 2) && strncmp(code, "19", 2) && strncmp(code, "20", 2))
		return 0;
	if (head_is(s, p->head, "abort"))
		return 1;
	if (!head_is(s, p->head, "call"))
		return 0;
	for (j = p->head + 1; j <= p->end && j < s->n; j++)
		if (word_is_any(s, j, off))
			return 1;
	return 0;
}

/* "held trade talks with the United States", "denied holding any trade
 * negotiations with": a noun that modifies the noun right after it
 * ("trade" before "talks") and matched only a null pattern says what kind
 * of talks or deal the next noun is; it does not swallow that noun, which
 * codes on its own patterns when they are talks or accords (roots 03-05).
 * A trade war or a genocide case stays swallowed: no war is fought, and a
 * case told as background is no filing. */
static int null_modifier(const dyad_lexicon *lex, const struct pred *outer,
			 const struct pred *inner)
{
	const char *code;

	if (outer->kind != LEX_NOUN || inner->kind != LEX_NOUN || outer->r.code != LEX_CODE_NULL ||
	    inner->head != outer->head + 1 || inner->chosen <= 0 || !inner->r.pat ||
	    inner->r.code == LEX_NONE || inner->r.code == LEX_CODE_NULL)
		return 0;
	code = lex_code_str(lex, inner->r.code);
	return code[0] == '0' && code[1] >= '3' && code[1] <= '5';
}

/* "shot down most of the drones launched by Russia at Kyiv": a reduced
 * relative (a bare past participle, no "was" or "had" before it) whose
 * own pattern reaches past the end of the pattern it stands in has
 * parties of its own beyond it, and tells an act of its own (the
 * launch at Kyiv), not only the word that names the outer act's target. */
static int reaching_participle(const struct sent *s, const struct pred *outer,
			       const struct pred *q)
{
	return q->kind == LEX_VERB && q->chosen > 0 && q->r.pat && q->r.target >= 0 && q->r.source >= 0 &&
	       q->r.last > outer->r.last && q->group == q->head && q->head > 0 &&
	       past_form(s, q->head) && !(s->info[q->head - 1].roles & (R_HAVE | R_BE)) &&
	       s->info[q->head - 1].mention < 0;
}

/* "began talks in the first attempt to end the fighting, in a process
 * mediated by Saudi Arabia": a participle past a comma that names its own
 * agent with "by" is an act of that agent, not a word of the pattern
 * before the comma ("end ... mediation", 165). */
static int agent_participle(const struct sent *s, const struct pred *outer,
			    const struct pred *q)
{
	size_t j;

	if (q->kind != LEX_VERB || !q->passive || q->group != q->head || q->by_agent < 0 ||
	    s->ments[q->by_agent].tok < q->head)
		return 0;
	for (j = outer->end + 1; j < q->head; j++)
		if (is_punct(s, j, ','))
			return 1;
	return 0;
}

/* A finite verb right after the actor a pattern took as its target is
 * that actor's own act, which the pattern only names ("resigned ... as
 * protesters stormed her residence": the resignation yields to the
 * protesters, and the storming is theirs). */
static int target_own_verb(const struct sent *s, const struct pred *outer,
			   const struct pred *q)
{
	static const char *const subordinators[] = { "as", "while", "when", "after", "because",
						     "since", "until", NULL };
	size_t j;

	if (q->kind != LEX_VERB || outer->r.target < 0 || q->head == 0 ||
	    s->info[q->head - 1].mention != outer->r.target || head_ends_ing(s, q->head))
		return 0;
	/* only in a clause of its own that the pattern reaches into ("ordered
	 * Imamoglu jailed" is the order's own word) */
	for (j = outer->end + 1; j < s->ments[outer->r.target].tok && j < s->n; j++) {
		size_t len;
		const char *t = tok_text(s, j, &len);

		if (word_in(t, len, subordinators))
			return 1;
	}
	return 0;
}

static int code_sentence(struct dyad_coder *c, struct sent *s, struct emit_ctx *e,
			 int *story_discard)
{
	static const char *const no_word[] = { "no", NULL };
	struct pred preds[MAX_PREDS];
	size_t n, i;
	int rc;

	if ((rc = match_annotate(c, s)))
		return rc;
	if (TRACING(c))
		coder_tracef(c, "sentence %u: %.*s", s->index, (int)s->len, s->text);
	if (match_discard(c, s, story_discard))
		return DYAD_OK;
	mode_mark_conditions(s);
	if ((rc = match_mentions(c, s)))
		return rc;
	if (TRACING(c))
		trace_sentence(c, s);
	n = pred_find(c, s, preds);
	split_closed_lists(s);
	join_across_asides(s);
	clause_analyse(c, s, preds, n);
	e->s = s;
	e->n_seen = 0;
	e->dates_found = 0;     /* event.c looks for them at its first event */
	if (n == 0 && TRACING(c))
		coder_tracef(c, "  no verb or trigger noun the dictionaries know");
	for (i = 0; i < n; i++) {
		struct pred *p = &preds[i];
		p->chosen = p->n_heads ? (int8_t)pat_choose(c, s, p, &p->r) : 0;
		/* "troops deployed in southern Lebanon fired on peacekeepers":
		 * a participle on the subject ends before the subject's verb,
		 * and a relative clause between commas at its closing comma; a
		 * pattern that runs on past them reads the main verb's words as
		 * its own */
		if (p->chosen == 1 && ((p->main_verb >= 0 && p->r.pat &&
					p->r.last >= preds[p->main_verb].group) || past_relative(s, p))) {
			if (TRACING(c))
				coder_tracef(c, "  verb \"%.*s\": its pattern runs out of its clause into "
					     "the main one", (int)(s->toks[p->head].end - s->toks[p->head].start),
					     s->text + (s->toks[p->head].start - s->base));
			p->chosen = relative_rechosen(c, s, p);
		}
		/* "would not rule out a military option" (not * &b_force): a
		 * negation the pattern names is part of the act, not its mode */
		if (p->chosen == 1 && p->r.pat && (p->group_roles & R_NEG) &&
		    pat_names_negation(c->lex, s, p))
			p->group_roles &= ~(uint32_t)R_NEG;
		/* ... and so is one before an infinitive's "to" ("vowed never
		 * to renounce the use of force against Taiwan") */
		if (p->chosen == 1 && p->r.pat && p->neg && p->infinitive && p->group > 0 &&
		    (s->info[p->group - 1].roles & R_NEG) && pat_names_negation(c->lex, s, p))
			p->neg = 0;
		/* "offered no apology", "made no concessions": an act whose
		 * object is none, unless the pattern says "no" ("made no
		 * comment" is the act of declining) */
		if (p->chosen == 1 && p->kind == LEX_VERB && p->end + 1 < s->n &&
		    word_is_any(s, p->end + 1, no_word) &&
		    !(p->r.pat && pat_names_word(c->lex, s, p, p->end + 1)))
			p->neg = 1;
		if (p->chosen == 1 && force_called_off(c->lex, s, p))
			p->neg = 1;
		/* "No agreement was signed by Trump and Kim": a passive
		 * whose subject is none did not happen */
		if (p->chosen == 1 && p->kind == LEX_VERB && p->passive && p->group > 0 &&
		    !p->neg && !(p->group_roles & R_NEG) && no_subject_before(s, p->group))
			p->neg = p->neg_subject = 1;
		/* "said no U.S. government official would attend the summit",
		 * "no Western leader attended": nor did a subject that "no"
		 * determines act */
		if (p->chosen == 1 && p->kind == LEX_VERB && !p->passive && !p->neg &&
		    !(p->group_roles & R_NEG) && p->subject >= 0 &&
		    s->ments[p->subject].kind != M_PRONOUN && s->ments[p->subject].tok > 0 &&
		    s->ments[p->subject].tok < p->head &&
		    word_is_any(s, s->ments[p->subject].tok - 1, no_word))
			p->neg = p->neg_subject = 1;
		/* "met in Alaska but emerged without a deal", "talks broke
		 * down, with no agreement signed": a verb whose pattern
		 * reaches its deal or truce through "without" or "with no"
		 * did not get it ("allowing travellers to enter without visas" is
		 * allowed all the same) */
		if (p->chosen == 1 && p->kind == LEX_VERB && p->r.pat && p->r.code != LEX_NONE &&
		    p->r.code != LEX_CODE_NULL &&
		    (!strcmp(lex_code_str(c->lex, p->r.code), "057") ||
		     !strcmp(lex_code_str(c->lex, p->r.code), "0871"))) {
			size_t j;
			for (j = p->end + 1; j <= p->r.last && j < s->n; j++)
				if ((head_is(s, j, "without") ||
				     (head_is(s, j, "no") && j > 0 && head_is(s, j - 1, "with"))) &&
				    pat_names_word(c->lex, s, p, j))
					p->neg = 1;
		}
	}
	/* A head inside another's matched pattern is that pattern's word:
	 * "willingness to meet Kim" codes once, as the noun's pattern says. */
	for (i = 0; i < n; i++) {
		size_t k;
		/* a head inside another's pattern has no pattern of its own
		 * to reach further ("agreed to a ceasefire ... at talks in
		 * Doha": the ceasefire's "in +" does not swallow the talks) */
		if (preds[i].chosen <= 0 || !preds[i].r.pat || preds[i].r.last <= preds[i].end ||
		    preds[i].inside)
			continue;
		/* ("denied any involvement in the attack": a denial's null
		 * pattern leaves the act it names to its noun, negated) */
		if (preds[i].r.code == LEX_CODE_NULL && (preds[i].vroles & V_DENY))
			continue;
		/* ("told parliament that Pakistan would release the pilot":
		 * so does a speech verb's, for the act its "that" clause
		 * reports) */
		/* (and one whose pattern reaches the act through the "would"
		 * or "will" of the clause it reports: "said no official would
		 * attend the summit" leaves "attend" its own verb) */
		if (preds[i].r.code == LEX_CODE_NULL && (preds[i].vroles & V_SPEECH) &&
		    (that_between(s, preds[i].end, preds[i].r.last) ||
		     modal_between(s, preds[i].end, preds[i].r.last)))
			continue;
		/* "Israel's plan to occupy Gaza City drew sharp criticism
		 * from Germany": what a plan is for, itself no act, does not
		 * swallow the finite verb of its clause and that verb's words */
		if (preds[i].complement) {
			for (k = 0; k < n; k++)
				if (k != i && preds[k].kind == LEX_VERB && !preds[k].infinitive &&
				    !preds[k].passive && preds[k].head > preds[i].end &&
				    preds[k].head <= preds[i].r.last && !head_ends_ing(s, preds[k].head))
					break;
			if (k < n)
				continue;
		}
		for (k = 0; k < n; k++)
			if (k != i && preds[k].head > preds[i].end && preds[k].head <= preds[i].r.last &&
			    !agreed_past(&preds[i], &preds[k]) &&
			    !gap_meeting(c, s, &preds[i], &preds[k]) &&
			    !occasion_meeting(c, s, &preds[i], &preds[k]) &&
			    !shield_gerund(c, &preds[i], &preds[k]) &&
			    !joint_act(c, s, &preds[i], &preds[k]) &&
			    !joined_object_free(c, s, preds, i, &preds[k]) &&
			    !reaching_participle(s, &preds[i], &preds[k]) && !hosted_talks(s, &preds[i], &preds[k]) &&
			    !target_own_verb(s, &preds[i], &preds[k]) &&
			    !agent_participle(s, &preds[i], &preds[k]) &&
			    !null_modifier(c->lex, &preds[i], &preds[k]))
				preds[k].inside = 1;
	}
	/* Nouns first: they mark the light verbs they stand under. */
	for (i = 0; i < n && !e->stop; i++)
		if (preds[i].kind == LEX_NOUN)
			act_code(e, preds, n, i);
	for (i = 0; i < n && !e->stop; i++)
		if (preds[i].kind == LEX_VERB)
			act_code(e, preds, n, i);
	if (!e->stop)
		act_same_again(e, preds, n);
	memo_update(c, s, e);
	return e->stop;
}

int dyad_code(dyad_coder *c, const struct dyad_article *art,
	      dyad_event_fn fn, void *ctx, dyad_error *err)
{
	struct segmentation seg;
	struct emit_ctx e;
	char *text;
	size_t len, bad = 0, i;
	int rc, story = 0;

	arena_reset(&c->mem);
	memset(&c->memo, 0, sizeof(c->memo));
	/* The dictionaries are English: another language is read and kept,
	 * but not coded. */
	if (art->language && art->language[0] && strcmp(art->language, "en")) {
		c->n_skipped++;
		if (TRACING(c))
			coder_tracef(c, "not coded: the article is in \"%s\", not English",
				     art->language);
		return DYAD_OK;
	}
	rc = norm_text(art->text, art->text_len, &c->mem, &text, &len, &bad, err);
	if (rc)
		return rc;
	rc = seg_split(text, len, &c->mem, &seg);
	if (rc)
		return dyad_fail(err, rc, "out of memory segmenting the article");
	memset(&e, 0, sizeof(e));
	e.c = c;
	e.fn = fn;
	e.ctx = ctx;
	/* A dateline belongs to no sentence, but names the home state. */
	if (seg.n_sentences && seg.sentences[0].tok > 0) {
		struct sent s;

		memset(&s, 0, sizeof(s));
		s.art = art;
		s.text = text + seg.tokens[0].start;
		s.len = seg.tokens[seg.sentences[0].tok - 1].end - seg.tokens[0].start;
		s.base = seg.tokens[0].start;
		s.doc_len = len;
		s.toks = seg.tokens;
		s.n = seg.sentences[0].tok;
		s.pub = art->date;
		if ((rc = match_dateline(c, &s)))
			return dyad_fail(err, rc, "out of memory reading the dateline");
	}
	for (i = 0; i < seg.n_sentences && !story; i++) {
		const struct sentence *se = &seg.sentences[i];
		struct sent s;

		memset(&s, 0, sizeof(s));
		s.art = art;
		s.index = (uint32_t)i;
		s.text = text + se->start;
		s.len = se->end - se->start;
		s.base = se->start;
		s.doc_len = len;
		headline_title_case(c->lex, text, seg.tokens + se->tok, se->n_tok);
		s.toks = seg.tokens + se->tok;
		s.n = se->n_tok;
		s.pub = art->date;
		c->n_sentences++;
		rc = code_sentence(c, &s, &e, &story);
		if (rc < 0)
			return dyad_fail(err, rc, "out of memory coding sentence %zu", i);
		if (rc)
			return rc;      /* the callback asked to stop */
		if (story && TRACING(c))
			coder_tracef(c, "  the rest of the article is discarded");
	}
	return DYAD_OK;
}
