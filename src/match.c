/*
 * match.c - the matcher: one pass over a sentence's tokens that finds what
 * the lexicon knows.
 *
 * It annotates each token (word id, verb and noun lemma, closed-class
 * roles), checks discard phrases, and finds mentions of actors:
 * match_mentions() at the end runs the stages in order.  The stages live
 * by what they do: match_names.c finds names and agents and combines them
 * with states ("North Korean state media", "Russia's foreign minister",
 * "Trump-Kim"); match_subject.c finds appositions, surnames met earlier
 * and the subjects and speakers pronouns look back to; match_pronoun.c
 * resolves pronouns and links mentions into lists; match_place.c tells
 * places from actors and gives roles a state; match_merge.c merges titles,
 * descriptors and appositions into the mentions they describe; and
 * match_anaphor.c resolves "the two leaders", "the group", "the North" and
 * the other descriptions that name no one.  Lookups of a word form are
 * cached per coder, so a stream of articles meets WordNet once per
 * distinct word.
 */
#include <stdlib.h>
#include <string.h>

#include "coder_int.h"
#include "date.h"
#include "error.h"
#include "headline.h"
#include "match_int.h"

const char *const match_unaffiliated[] = { "gunman", "gunmen", "attacker", "attackers",
					    "assailant", "assailants", "bomber", "bombers",
					    "hijacker", "hijackers", "sniper", "snipers", NULL };

/* Plural governments are several states': placed in no one state when
 * they name none ("urged governments to agree"), the states listed
 * before when "their" owns them. */
const char *const match_generic_governments[] = { "governments", NULL };

#define CACHE_MAX 400000        /* distinct word forms remembered */

static const struct { const char *w; uint32_t roles; } role_words[] = {
	{ "a", R_DET }, { "an", R_DET }, { "the", R_DET }, { "this", R_DET },
	{ "these", R_DET }, { "those", R_DET }, { "some", R_DET }, { "any", R_DET },
	{ "each", R_DET }, { "every", R_DET }, { "another", R_DET },
	{ "his", R_DET | R_POSS | R_PRON }, { "her", R_DET | R_POSS | R_PRON },
	{ "its", R_DET | R_POSS | R_PRON }, { "their", R_DET | R_POSS | R_PRON },
	{ "our", R_DET | R_POSS }, { "my", R_DET | R_POSS }, { "your", R_DET | R_POSS },
	{ "'s", R_DET | R_POSS }, { "'", R_POSS },
	{ "to", R_PREP | R_TO }, { "by", R_PREP | R_BY }, { "of", R_PREP | R_OF },
	{ "with", R_PREP }, { "in", R_PREP | R_LOC }, { "on", R_PREP }, { "at", R_PREP | R_LOC },
	{ "from", R_PREP | R_FROM }, { "according", R_ACCORDING }, { "for", R_PREP }, { "against", R_PREP },
	{ "into", R_PREP }, { "over", R_PREP }, { "about", R_PREP },
	{ "toward", R_PREP }, { "towards", R_PREP }, { "between", R_PREP },
	{ "among", R_PREP }, { "across", R_PREP }, { "during", R_PREP },
	{ "near", R_PREP }, { "under", R_PREP }, { "through", R_PREP },
	{ "via", R_PREP }, { "amid", R_PREP }, { "despite", R_PREP },
	{ "onto", R_PREP }, { "upon", R_PREP }, { "within", R_PREP },
	{ "without", R_PREP }, { "including", R_PREP }, { "like", R_PREP },
	{ "around", R_PREP }, { "along", R_PREP }, { "beyond", R_PREP },
	{ "behind", R_PREP }, { "off", R_PREP }, { "past", R_PREP },
	{ "throughout", R_PREP }, { "alongside", R_PREP }, { "outside", R_PREP },
	{ "inside", R_PREP }, { "beside", R_PREP }, { "opposite", R_PREP },
	{ "be", R_BE }, { "is", R_BE }, { "are", R_BE }, { "was", R_BE },
	{ "were", R_BE }, { "been", R_BE }, { "being", R_BE }, { "am", R_BE },
	{ "'re", R_BE }, { "'m", R_BE }, { "get", R_BE }, { "got", R_BE },
	{ "gets", R_BE }, { "gotten", R_BE },
	{ "have", R_HAVE }, { "has", R_HAVE }, { "had", R_HAVE },
	{ "having", R_HAVE }, { "'ve", R_HAVE },
	{ "do", R_DO }, { "does", R_DO }, { "did", R_DO },
	{ "will", R_WILL }, { "shall", R_WILL }, { "'ll", R_WILL }, { "wo", R_WILL },
	{ "would", R_WOULD }, { "'d", R_WOULD },
	{ "may", R_MAY }, { "might", R_MAY }, { "could", R_MAY },
	{ "should", R_MAY }, { "must", R_MAY }, { "can", R_CAN },
	{ "ca", R_CAN }, { "cannot", R_CAN | R_NEG },
	{ "not", R_NEG }, { "n't", R_NEG }, { "never", R_NEG }, { "no", R_NEG | R_DET },
	{ "he", R_PRON }, { "she", R_PRON }, { "it", R_PRON }, { "they", R_PRON },
	{ "him", R_PRON }, { "them", R_PRON },
	{ "and", R_CONJ }, { "or", R_CONJ }, { "nor", R_CONJ },
	{ "but", R_BUT }, { "while", R_BUT | R_SUB }, { "whereas", R_BUT | R_SUB },
	{ "although", R_BUT | R_SUB }, { "though", R_BUT | R_SUB },
	{ "that", R_SUB }, { "which", R_SUB }, { "who", R_SUB }, { "whom", R_SUB },
	{ "whose", R_SUB }, { "because", R_SUB }, { "when", R_SUB },
	{ "whether", R_SUB }, { "where", R_SUB }, { "after", R_SUB | R_PREP },
	{ "before", R_SUB | R_PREP }, { "since", R_SUB | R_PREP },
	{ "until", R_SUB | R_PREP }, { "as", R_SUB },
	{ "if", R_IF | R_SUB }, { "unless", R_IF | R_SUB },
	{ "upcoming", R_PLANADJ }, { "planned", R_PLANADJ }, { "scheduled", R_PLANADJ },
	{ "proposed", R_PLANADJ }, { "due", R_PLANADJ }, { "forthcoming", R_PLANADJ }, { "expected", R_PLANADJ },
	{ "potential", R_SPECADJ }, { "possible", R_SPECADJ }, { "likely", R_SPECADJ },
	{ "unlikely", R_SPECADJ }, { "possibly", R_SPECADJ }, { "perhaps", R_SPECADJ },
	{ "probably", R_SPECADJ }, { "maybe", R_SPECADJ }, { "would-be", R_SPECADJ },
	{ "rumored", R_SPECADJ }, { "rumoured", R_SPECADJ }, { "hypothetical", R_SPECADJ },
	{ "imminent", R_SPECADJ },
	/* "the prospects for talks", "the possibility of a summit", "the
	 * likelihood of a Trump-Kim meeting", "played down the chances of" */
	{ "prospect", R_SPECADJ }, { "prospects", R_SPECADJ }, { "possibility", R_SPECADJ },
	{ "possibilities", R_SPECADJ }, { "likelihood", R_SPECADJ }, { "chances", R_SPECADJ },
	{ "odds", R_SPECADJ },
	/* "Russia allegedly poisoned Navalny", "apparently fired": doubt
	 * the teller keeps (as "appears to"; "reportedly" only attributes) */
	{ "allegedly", R_SPECADJ }, { "apparently", R_SPECADJ }, { "supposedly", R_SPECADJ },
	{ "presumably", R_SPECADJ }, { "purportedly", R_SPECADJ },
};

static const struct { const char *lemma; uint32_t roles; } verb_role_words[] = {
	{ "say", V_SPEECH }, { "tell", V_SPEECH }, { "add", V_SPEECH },
	{ "note", V_SPEECH }, { "state", V_SPEECH }, { "report", V_SPEECH },
	{ "write", V_SPEECH }, { "explain", V_SPEECH }, { "insist", V_SPEECH },
	{ "claim", V_SPEECH }, { "announce", V_SPEECH }, { "declare", V_SPEECH },
	{ "confirm", V_SPEECH }, { "tweet", V_SPEECH }, { "quote", V_SPEECH },
	/* how sayers weigh what they say ("stressed that", "told lawmakers,
	 * revealing that"); "acknowledge" and "admit" own up to acts (015)
	 * and stay events */
	{ "stress", V_SPEECH }, { "emphasise", V_SPEECH }, { "emphasize", V_SPEECH },
	{ "underline", V_SPEECH }, { "assert", V_SPEECH }, { "reveal", V_SPEECH },
	{ "disclose", V_SPEECH }, { "testify", V_SPEECH }, { "remark", V_SPEECH },
	/* "notified Congress that he would drop Cuba from the list": a
	 * formal telling, whose "would" reports a plan */
	{ "notify", V_SPEECH }, { "inform", V_SPEECH },
	{ "believe", V_OPINION }, { "think", V_OPINION }, { "see", V_OPINION },
	{ "interpret", V_OPINION }, { "view", V_OPINION }, { "predict", V_OPINION },
	{ "speculate", V_OPINION }, { "expect", V_OPINION | V_PLAN },
	{ "argue", V_OPINION }, { "suspect", V_OPINION }, { "assess", V_OPINION },
	/* "rights groups fear Lukashenko will order a crackdown": a feared
	 * act is guessed at (speculative) */
	{ "fear", V_SPEC },
	{ "plan", V_PLAN }, { "intend", V_PLAN }, { "schedule", V_PLAN },
	{ "aim", V_PLAN }, { "hope", V_PLAN }, { "prepare", V_PLAN },
	{ "want", V_PLAN }, { "wish", V_PLAN }, { "decide", V_PLAN },
	{ "set", V_PLAN }, { "mean", V_PLAN }, { "go", V_PLAN }, { "try", V_PLAN },
	{ "attempt", V_PLAN }, { "seek", V_PLAN }, { "slate", V_PLAN },
	{ "appear", V_SPEC }, { "seem", V_SPEC }, { "signal", V_SPEC },
	{ "suggest", V_SPEC }, { "indicate", V_SPEC }, { "hint", V_SPEC },
	{ "deny", V_DENY },
	{ "urge", V_CONTROL }, { "ask", V_CONTROL }, { "order", V_CONTROL },
	{ "encourage", V_CONTROL }, { "persuade", V_CONTROL }, { "press", V_CONTROL },
	{ "pressure", V_CONTROL }, { "request", V_CONTROL }, { "instruct", V_CONTROL },
	{ "force", V_CONTROL }, { "allow", V_CONTROL }, { "permit", V_CONTROL },
	{ "authorize", V_CONTROL }, { "authorise", V_CONTROL }, { "invite", V_CONTROL },
	{ "advise", V_CONTROL }, { "appeal", V_CONTROL },
	{ "begin", V_ASPECT }, { "start", V_ASPECT }, { "continue", V_ASPECT },
	{ "resume", V_ASPECT }, { "stop", V_ASPECT }, { "keep", V_ASPECT },
	{ "demand", V_REACT }, { "condemn", V_REACT }, { "denounce", V_REACT },
	{ "criticize", V_REACT }, { "criticise", V_REACT }, { "reject", V_REACT },
	{ "dismiss", V_REACT }, { "welcome", V_REACT }, { "praise", V_REACT },
	{ "hail", V_REACT }, { "investigate", V_REACT }, { "probe", V_REACT },
	{ "accuse", V_REACT }, { "blame", V_REACT }, { "deplore", V_REACT },
	{ "slam", V_REACT }, { "protest", V_REACT }, { "oppose", V_REACT },
	{ "decry", V_REACT }, { "call", V_REACT }, { "seek", V_REACT },
	{ "refute", V_REACT }, { "rebuff", V_REACT }, { "defy", V_REACT }, { "flout", V_REACT },
	/* (react: "commended Qatar for its mediation", "lambasted Tokyo's
	 * decision": what praise or a rebuke is about is its object) */
	{ "commend", V_REACT }, { "applaud", V_REACT }, { "laud", V_REACT },
	{ "thank", V_REACT }, { "congratulate", V_REACT }, { "lambast", V_REACT },
	{ "censure", V_REACT }, { "rebuke", V_REACT }, { "castigate", V_REACT },
	{ "make", V_LIGHT }, { "hold", V_LIGHT }, { "pay", V_LIGHT },
	{ "conduct", V_LIGHT }, { "begin", V_LIGHT }, { "start", V_LIGHT },
	{ "have", V_LIGHT }, { "take", V_LIGHT }, { "give", V_LIGHT },
	{ "host", V_LIGHT }, { "pursue", V_LIGHT }, { "launch", V_LIGHT },
	{ "reiterate", V_LIGHT }, { "express", V_LIGHT }, { "offer", V_LIGHT },
	{ "impose", V_LIGHT }, { "announce", V_LIGHT }, { "carry", V_LIGHT },
	{ "stage", V_LIGHT }, { "mount", V_LIGHT }, { "wage", V_LIGHT },
	{ "issue", V_LIGHT }, { "approve", V_LIGHT }, { "commit", V_LIGHT },
	{ "voice", V_LIGHT }, { "convey", V_LIGHT },
	/* "Britain joined air strikes on Islamic State", "joined the
	 * naval drills": an act joined is the joiner's own act */
	{ "join", V_LIGHT },
	/* "clamped a shoot-on-sight curfew on the country", "slapped
	 * sanctions on": what is clamped or slapped on is imposed */
	{ "clamp", V_LIGHT }, { "slap", V_LIGHT },
	/* "filed a diplomatic protest over China's harassment", "delivered
	 * a note of protest", "unleashed a barrage on" */
	{ "file", V_LIGHT }, { "deliver", V_LIGHT }, { "unleash", V_LIGHT },
	/* "passed a resolution criticising Iran", "adopted a resolution
	 * condemning": a body's text is the body's act, as one issued */
	{ "pass", V_LIGHT }, { "adopt", V_LIGHT },
	/* "Israeli forces expanded ground operations in Gaza", "intensified
	 * air strikes on": an act made larger is the subject's act */
	{ "expand", V_LIGHT }, { "intensify", V_LIGHT },
	{ "broaden", V_LIGHT }, { "escalate", V_LIGHT },
	{ "agree", V_AGREE }, { "vote", V_VOTE },
};

/* Words for one kind of state, which match_kind_anaphors() reads as a state
 * named before ("the kingdom", "the Gulf state"); marked on each token
 * as it is annotated, for that scan of every token is the costliest of
 * the rules otherwise. */
static const char *const state_kinds[] = {
	"kingdom", "emirate", "sultanate", "island", "enclave", "city-state",
	"state", "nation", "country", "republic", NULL
};

int match_init(struct dyad_coder *c, dyad_error *err)
{
	size_t i;

	strmap_init(&c->roles);
	strmap_init(&c->vroles);
	strmap_init(&c->cache);
	strmap_init(&c->kind_words);
	for (i = 0; state_kinds[i]; i++)
		if (strmap_put(&c->kind_words, state_kinds[i], strlen(state_kinds[i]), 1))
			return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	for (i = 0; i < sizeof(role_words) / sizeof(role_words[0]); i++) {
		uint32_t old = 0;
		const char *w = role_words[i].w;
		strmap_get(&c->roles, w, strlen(w), &old);
		if (strmap_put(&c->roles, w, strlen(w), old | role_words[i].roles))
			return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	}
	for (i = 0; i < sizeof(verb_role_words) / sizeof(verb_role_words[0]); i++) {
		uint32_t old = 0;
		const char *w = verb_role_words[i].lemma;
		strmap_get(&c->vroles, w, strlen(w), &old);
		if (strmap_put(&c->vroles, w, strlen(w), old | verb_role_words[i].roles))
			return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	}
	if (match_index_labels(c))
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	return DYAD_OK;
}

void match_free(struct dyad_coder *c)
{
	strmap_free(&c->roles);
	strmap_free(&c->vroles);
	strmap_free(&c->cache);
	strmap_free(&c->kind_words);
	free(c->cache_info);
	intmap_free(&c->label_index);
	free(c->label_links);
	free(c->short_labels);
	free(c->named);
}

/* Verb roles of a word form, through its k WordNet verb lemmas lem. */
static uint32_t verb_roles(struct dyad_coder *c, const char *f, size_t n,
			   const char *const *lem, size_t k)
{
	size_t i;
	uint32_t r = 0, v;

	if (strmap_get(&c->vroles, f, n, &v))
		r |= v;
	for (i = 0; i < k; i++)
		if (strmap_get(&c->vroles, lem[i], strlen(lem[i]), &v))
			r |= v;
	return r;
}

/* Whether a word form is an inflected verb form (see struct tokinfo's
 * infl).  The lexicon answers for the verbs its dictionaries list; for
 * the rest, vlemma and word are both LEX_NONE and cannot tell "expected"
 * from "expect", so WordNet's morphology does (its k verb lemmas lem):
 * inflected when it knows the word as a verb form and the word is not
 * itself a lemma. */
static uint8_t verb_inflected(const char *f, size_t n, const struct tokinfo *ti,
			      const char *const *lem, size_t k)
{
	if (ti->vlemma != LEX_NONE)
		return ti->vlemma != ti->word;
	if (!k)
		return 0;
	return strlen(lem[0]) != n || memcmp(lem[0], f, n) != 0;
}

static void annotate_word(struct dyad_coder *c, const char *f, size_t n,
			  struct tokinfo *ti)
{
	const char *lem[4];
	size_t k;
	uint32_t at, one;

	if (strmap_get(&c->cache, f, n, &at)) {
		*ti = c->cache_info[at];
		return;
	}
	ti->word = lex_lookup(c->lex, f, n);
	lex_lemmas(c->lex, f, n, ti->word, &ti->vlemma, &ti->nlemma);
	/* the form's verb lemmas, looked up once for both uses below */
	k = c->lex->morph ? morph_lemmas(c->lex->morph, MORPH_VERB, f, n, lem, 4) : 0;
	ti->infl = verb_inflected(f, n, ti, lem, k);
	ti->roles = 0;
	strmap_get(&c->roles, f, n, &ti->roles);
	ti->vroles = verb_roles(c, f, n, lem, k);
	ti->kind_word = strmap_get(&c->kind_words, f, n, &one) != 0;
	if (c->cache_n >= CACHE_MAX)
		return;
	if (c->cache_n == c->cache_cap) {
		size_t ncap = c->cache_cap ? c->cache_cap * 2 : 4096;
		struct tokinfo *ni = realloc(c->cache_info, ncap * sizeof(*ni));
		if (!ni)
			return;         /* a cache miss is only slower */
		c->cache_info = ni;
		c->cache_cap = ncap;
	}
	if (strmap_put(&c->cache, f, n, (uint32_t)c->cache_n) == 0)
		c->cache_info[c->cache_n++] = *ti;
}

void match_reread(struct dyad_coder *c, struct sent *s, size_t i, const char *word, size_t len)
{
	struct tokinfo *ti = &s->info[i];
	int32_t mention = ti->mention;

	annotate_word(c, word, len, ti);
	ti->mention = mention;
	ti->brk = (ti->roles & (R_SUB | R_BUT | R_IF)) != 0;
	sent_bloom_add(s, ti->word);
	sent_bloom_add(s, ti->vlemma);
	sent_bloom_add(s, ti->nlemma);
}

/* Whether "each" at I floats after its subject ("Russia and Ukraine each
 * released 95 prisoners", "the two sides have each freed"), rather than
 * determining a noun ("each side released", "gave each family"): no
 * preposition, article or plain verb before it, and a verb after it (past
 * forms, auxiliaries, or any verb after an auxiliary; past an adverb:
 * "each also freed"), which a noun after a determiner would not be. */
static int floating_each(const struct sent *s, size_t i)
{
	const struct tokinfo *p = &s->info[i - 1], *n;
	size_t len;
	const char *t = tok_text(s, i, &len);
	int aux;

	if (len != 4 || strncasecmp(t, "each", 4) || !(s->toks[i - 1].flags & TOK_WORD) ||
	    (p->roles & (R_PREP | R_DET | R_CONJ | R_SUB | R_BUT | R_IF)) ||
	    (p->vlemma != LEX_NONE && p->nlemma == LEX_NONE &&
	     !(p->roles & (R_HAVE | R_BE | R_WILL | R_WOULD | R_MAY | R_CAN | R_DO))))
		return 0;
	aux = (p->roles & (R_HAVE | R_BE | R_WILL | R_WOULD | R_MAY | R_CAN | R_DO)) != 0;
	t = tok_text(s, i + 1, &len);
	if (i + 2 < s->n && (match_adverb_at(s, i + 1) || (len == 4 && !strncasecmp(t, "also", 4))))
		i++;
	n = &s->info[i + 1];
	if (n->roles & (R_HAVE | R_BE | R_WILL | R_WOULD | R_MAY | R_CAN | R_DO))
		return 1;
	t = tok_text(s, i + 1, &len);
	/* after an auxiliary, the bare verb too ("will each release") */
	return n->vlemma != LEX_NONE &&
	       (aux || (len > 3 && !strncasecmp(t + len - 2, "ed", 2)));
}

/* "sanctions on European lawmakers, diplomats and think tanks": "think"
 * before "tank" is the first half of a noun, no opinion verb that
 * would make the clause a guess. */
static int think_tank(const struct sent *s, size_t i)
{
	static const char *const think[] = { "think", NULL };
	static const char *const tank[] = { "tank", "tanks", NULL };

	return word_is_any(s, i, think) && word_is_any(s, i + 1, tank);
}

/* "according to" is a preposition: read as the verb "accord" its word
 * matched the agreements' word list ("attacked Russia on Monday,
 * according to state media" was an accord with the media, 057).  After
 * the clause it reports, it ends that clause, so its "to" serves no
 * pattern's "to +" ("hosted Turkey ..., according to state media"). */
static int according_to(const struct sent *s, size_t i)
{
	static const char *const according[] = { "according", NULL };
	static const char *const to[] = { "to", NULL };

	return word_is_any(s, i, according) && word_is_any(s, i + 1, to);
}

/* Whether "suspected" or "alleged" at I modifies the noun after it
 * ("Suspected jihadists ambushed", "killed by suspected Islamist
 * militants", "a suspected drone attack"): at the start of a noun
 * phrase (the sentence's first word, or after an article, a
 * preposition, a conjunction, a subordinator or a comma) and before a word, not "that",
 * "of" or "to".  Read as the verbs they also are, they would make what
 * follows an opinion (speculative) and its people a verb's object. */
static int hedge_adjective(const struct sent *s, size_t i)
{
	static const char *const hedge[] = { "suspected", "alleged", "presumed", NULL };
	static const char *const clause_w[] = { "that", "of", "to", "in", "as", NULL };
	const struct tokinfo *p;

	if (!word_is_any(s, i, hedge) || !(s->toks[i + 1].flags & TOK_WORD) ||
	    word_is_any(s, i + 1, clause_w) || (s->info[i + 1].roles & (R_DET | R_PRON)))
		return 0;
	if (i == 0)
		return 1;
	p = &s->info[i - 1];
	/* ("More than 100 suspected jihadists", "killed 10 suspected
	 * militants", "were killed when suspected jihadists ambushed") */
	return match_is_punct_tok(s, i - 1, ',') || (s->toks[i - 1].flags & TOK_NUM) ||
	       (p->roles & (R_DET | R_PREP | R_CONJ | R_SUB)) != 0;
}

/* "will invest 5 trillion yen ($42 billion) in India": parentheses
 * around a sum alone (digits, currency signs, "million", "billion",
 * "about") restate an amount; they end no clause.  The token at i is the
 * "(" of such a pair; returns the index of its ")" or 0. */
static size_t sum_in_parens(const struct sent *s, size_t i)
{
	static const char *const amount[] = { "million", "billion", "trillion", "about",
					      "around", "nearly", "some", "or", "us", NULL };
	size_t j;

	if (!match_is_punct_tok(s, i, '('))
		return 0;
	for (j = i + 1; j < s->n && j <= i + 6; j++) {
		size_t len;
		const char *t = tok_text(s, j, &len);

		if (match_is_punct_tok(s, j, ')'))
			return j > i + 1 ? j : 0;
		if ((s->toks[j].flags & TOK_NUM) || word_is_any(s, j, amount))
			continue;
		/* "$", "€", "£", "US$" */
		if (!(s->toks[j].flags & TOK_WORD) && len <= 3 &&
		    (t[0] == '$' || !strncmp(t, "\xe2\x82\xac", len < 3 ? len : 3) ||
		     !strncmp(t, "\xc2\xa3", len < 2 ? len : 2)))
			continue;
		if (len == 3 && !strncasecmp(t, "US$", 3))
			continue;
		return 0;
	}
	return 0;
}

int match_annotate(struct dyad_coder *c, struct sent *s)
{
	size_t i;
	char f[256];

	s->info = arena_alloc(&c->mem, (s->n ? s->n : 1) * sizeof(*s->info));
	if (!s->info)
		return DYAD_ENOMEM;
	for (i = 0; i < s->n; i++) {
		struct tokinfo *ti = &s->info[i];
		size_t len, k;
		const char *t = tok_text(s, i, &len);

		memset(ti, 0, sizeof(*ti));
		ti->word = ti->vlemma = ti->nlemma = LEX_NONE;
		ti->mention = -1;
		if (s->toks[i].flags & TOK_PUNCT) {
			k = lex_fold(t, len, f, sizeof(f));
			if (k)
				ti->word = lex_lookup(c->lex, f, k);
			ti->brk = len == 1 && strchr(";:()", t[0]) != NULL;
			sent_bloom_add(s, ti->word);
			continue;
		}
		k = lex_fold(t, len, f, sizeof(f));
		if (!k)
			continue;       /* overlong token: matches nothing */
		annotate_word(c, f, k, ti);
		ti->brk = (ti->roles & (R_SUB | R_BUT | R_IF)) != 0;
		sent_bloom_add(s, ti->word);
		sent_bloom_add(s, ti->vlemma);
		sent_bloom_add(s, ti->nlemma);
	}
	/* A floating "each" says what a floating "both" says ("Russia and
	 * Ukraine each freed" = "both freed"): it reads as that word, and
	 * patterns written with "both" take it */
	for (i = 1; i + 1 < s->n; i++)
		if (floating_each(s, i)) {
			annotate_word(c, "both", 4, &s->info[i]);
			sent_bloom_add(s, s->info[i].word);
		}
	for (i = 0; i + 1 < s->n; i++)
		if (hedge_adjective(s, i) || think_tank(s, i) || according_to(s, i)) {
			if (according_to(s, i) && i > 0)
				s->info[i].brk = 1;
			s->info[i].vlemma = LEX_NONE;
			s->info[i].vroles = 0;
			s->info[i].infl = 0;
		}
	for (i = 0; i + 2 < s->n; i++) {
		size_t close = sum_in_parens(s, i);

		if (close)
			s->info[i].brk = s->info[close].brk = 0;
	}
	/* '"..., it will receive a harsh punishment," Khamenei said': a
	 * quote that opens the sentence and closes on its comma is a clause
	 * of its own, whose verbs take no object from the attribution */
	if (s->n > 3 && match_is_punct_tok(s, 0, '"'))
		for (i = 2; i < s->n; i++)
			if (match_is_punct_tok(s, i, '"')) {
				if (match_is_punct_tok(s, i - 1, ',') || match_is_punct_tok(s, i - 1, '?') ||
				    match_is_punct_tok(s, i - 1, '!'))
					s->info[i].brk = 1;
				break;
			}
	return DYAD_OK;
}

/* Walk a trie from token i, by each token's form and, where the form
 * has no edge or leads nowhere, its noun lemma ("workers" reaches both
 * "workers' party" and "worker") unless surface is set.  Returns the
 * last token index of the longest match with a payload (and the
 * payload), or -1. */
static long trie_walk(const struct lex_trie *t, const struct sent *s, size_t j,
		      size_t end, uint32_t node, int surface, uint32_t *value)
{
	const struct tokinfo *ti;
	long best = -1, sub;
	uint32_t v = 0, next;
	int pass;

	if (j >= end)
		return -1;
	ti = &s->info[j];
	for (pass = 0; pass < 2; pass++) {
		if (pass == 0)
			next = lex_trie_step(t, node, ti->word, 1);
		else if (!surface && ti->nlemma != ti->word)
			next = lex_trie_step(t, node, ti->nlemma, 0);
		else
			break;
		if (next == LEX_NONE)
			continue;
		sub = trie_walk(t, s, j + 1, end, next, surface, &v);
		if (sub > best) {
			best = sub;
			*value = v;
		}
		if (t->values[next] != LEX_NONE && (long)j > best) {
			best = (long)j;
			*value = t->values[next];
		}
	}
	return best;
}

static long trie_longest(const struct lex_trie *t, const struct sent *s,
			 size_t i, int surface, uint32_t *value)
{
	/* Most tokens start no phrase: say so before walking. */
	if (!t->n_nodes || i >= s->n ||
	    (!lex_trie_first(t, s->info[i].word) &&
	     (surface || !lex_trie_first(t, s->info[i].nlemma))))
		return -1;
	return trie_walk(t, s, i, s->n < i + LEX_MAX_PHRASE ? s->n : i + LEX_MAX_PHRASE,
			 0, surface, value);
}

long match_trie_longest(const struct lex_trie *t, const struct sent *s,
			 size_t i, uint32_t *value)
{
	return trie_longest(t, s, i, 0, value);
}

long match_trie_surface(const struct lex_trie *t, const struct sent *s,
			size_t i, uint32_t *value)
{
	return trie_longest(t, s, i, 1, value);
}

/* Whether sentence s tells of terror or killing: bombs, blasts,
 * gunmen, suicide attackers, hostages, the killed. */
static int violence_told(const struct sent *s)
{
	static const char *const words[] = { "bomb", "bombs", "blast", "blasts", "bombing",
					     "bombings", "explosion", "explosions", "gunmen",
					     "gunman", "suicide", "hostage", "hostages", "killed",
					     "killing", NULL };
	size_t i;

	for (i = 0; i < s->n; i++)
		if (word_is_any(s, i, words))
			return 1;
	return 0;
}

int match_discard(struct dyad_coder *c, struct sent *s, int *story)
{
	size_t i;
	uint32_t v;

	*story = 0;
	for (i = 0; i < s->n; i++) {
		if (match_trie_longest(&c->lex->discard_trie, s, i, &v) >= 0) {
			/* ("twin bomb blasts tore through crowds watching
			 * the World Cup final in Kampala": the sport is where
			 * the violence struck, the news) */
			if (v != 1 && violence_told(s))
				continue;
			*story = v == 1;
			if (TRACING(c)) {
				size_t len;
				const char *t = tok_text(s, i, &len);
				coder_tracef(c, "  discard: \"%.*s\" (%s-level)", (int)len, t,
					     *story ? "story" : "sentence");
			}
			return 1;
		}
	}
	return 0;
}

/* The state a place-only name gives ("place Camp David = USA"), or NULL
 * when ACTOR is no place. */
const char *match_place_code(const dyad_lexicon *lex, uint32_t actor)
{
	const struct lex_actor *a = &lex->actors.v[actor];

	if (!(a->flags & LEX_ACTOR_PLACE) || !a->n_codes)
		return NULL;
	return lex_code_str(lex, a->codes[0].code);
}

/* A place is never an actor: it has no code as one, so names built on it
 * ("Davos-based", a flag) code nothing; find_names and match_dateline
 * read its state through place_code.
 *
 * An article with no date (ymd 0) is taken to be current news: a person
 * holds the role whose range is still open ("Putin" RUSGOV, "Trump"
 * USAGOV), and one out of office the role without a range (USAELI), not
 * the role after office for everyone. */
const char *match_actor_code(const dyad_lexicon *lex, uint32_t actor, int32_t ymd)
{
	const struct lex_actor *a = &lex->actors.v[actor];
	const char *undated = NULL;
	const struct lex_code *current = NULL;
	uint32_t i;

	if (a->flags & LEX_ACTOR_PLACE)
		return NULL;

	for (i = 0; i < a->n_codes; i++) {
		const struct lex_code *lc = &a->codes[i];
		if (!lc->from && !lc->to) {
			if (!undated)
				undated = lex_code_str(lex, lc->code);
			continue;
		}
		if (!ymd) {
			if (lc->from && !lc->to && (!current || lc->from > current->from))
				current = lc;
			continue;
		}
		if ((!lc->from || lc->from <= ymd) && (!lc->to || ymd < lc->to))
			return lex_code_str(lex, lc->code);
	}
	if (current)
		return lex_code_str(lex, current->code);
	if (!undated && !ymd && a->n_codes)
		return lex_code_str(lex, a->codes[a->n_codes - 1].code);
	return undated;
}

/* "Yulia Navalnaya, widow of Kremlin critic Alexei Navalny, accused
 * Putin" three days before she took up his cause: a person the
 * dictionaries know, named on a date none of their dated roles covers
 * (and with no undated one), is still someone of their state, its elite
 * (ELI) as a former office holder is; the role nearest the date, the
 * last one ended before it or else the first to come, gives the state.
 * NULL for organisations, and for people of no state ("IGO..."). */
const char *match_person_between_roles(struct dyad_coder *c, uint32_t actor, int32_t ymd)
{
	const struct lex_actor *a = &c->lex->actors.v[actor];
	const struct lex_code *past = NULL, *next = NULL, *near;
	const char *code;
	uint32_t i;

	if (!ymd || !match_actor_is_person(c->lex, actor))
		return NULL;
	for (i = 0; i < a->n_codes; i++) {
		const struct lex_code *lc = &a->codes[i];
		if (lc->to && lc->to <= ymd) {
			if (!past || lc->to > past->to)
				past = lc;
		} else if (lc->from > ymd) {
			if (!next || lc->from < next->from)
				next = lc;
		}
	}
	near = past ? past : next;
	if (!near || !(code = lex_code_str(c->lex, near->code)) || strlen(code) < 3 ||
	    !match_is_state_code(code))
		return NULL;
	return state_role(c, code, "ELI");
}

int match_actor_is_person(const dyad_lexicon *lex, uint32_t actor)
{
	const struct lex_actor *a = &lex->actors.v[actor];
	uint32_t i;

	if (a->flags & LEX_ACTOR_PERSON)
		return 1;
	if (a->flags & LEX_ACTOR_GROUP)
		return 0;
	for (i = 0; i < a->n_codes; i++)
		if (a->codes[i].from || a->codes[i].to)
			return 1;
	return 0;
}

int match_is_country_code(const char *code)
{
	return code && strlen(code) == 3 && code[0] >= 'A' && code[0] <= 'Z';
}

struct mention *match_push_mention(struct dyad_coder *c, struct sent *s)
{
	struct mention *m;

	if (arena_grow(&c->mem, (void **)&s->ments, &s->cap_ments,
		       s->n_ments + 1, sizeof(*s->ments)))
		return NULL;
	m = &s->ments[s->n_ments++];
	memset(m, 0, sizeof(*m));
	m->actor = m->agent = LEX_NONE;
	m->group = (uint32_t)s->n_ments - 1;
	return m;
}

void match_set_span(const struct sent *s, struct mention *m, size_t first, size_t last)
{
	m->tok = (uint32_t)first;
	m->n_tok = (uint32_t)(last - first + 1);
	m->start = s->toks[first].start - s->base;
	m->end = s->toks[last].end - s->base;
}

/* Make m a pronoun over tokens first..last that stands for the actor of
 * mention ref ("he", "the two leaders", "we" in a quote). */
void match_stand_for(const struct sent *s, struct mention *m, const struct mention *ref,
		      const char *how, size_t first, size_t last)
{
	m->kind = M_PRONOUN;
	m->actor = ref->actor;
	m->code = ref->code;
	m->person = ref->person;
	m->how = how;
	match_set_span(s, m, first, last);
}

const char *match_combine(struct dyad_coder *c, const char *country,
			   const struct lex_agent *ag)
{
	/* ("Malian security forces" in 2024: a junta's forces) */
	uint32_t code = ag->junta != LEX_NONE && lex_junta_on(c->lex, country, c->ymd) ?
			ag->junta : ag->code;
	const char *acode = lex_code_str(c->lex, code);
	size_t a = strlen(acode), k = strlen(country);
	char *out = arena_alloc(&c->mem, a + k + 1);

	if (!out)
		return country;
	if (ag->place == LEX_AGENT_PREFIX) {
		memcpy(out, acode, a);
		memcpy(out + a, country, k + 1);
	} else {
		memcpy(out, country, k);
		memcpy(out + k, acode, a + 1);
	}
	return out;
}

/* The role an agent mention takes in `state` on the sentence's date:
 * its own ("COP"), or under a junta its junta code ("security forces"
 * in Mali since 2020: MIL; "military leaders": GOV). */
const char *match_junta_role(struct dyad_coder *c, const struct mention *m,
			      const char *state)
{
	const struct lex_agent *ag;

	if (m->agent == LEX_NONE || m->agent >= c->lex->agents.n || !m->code)
		return m->code;
	ag = &c->lex->agents.v[m->agent];
	if (ag->junta == LEX_NONE || strcmp(m->code, lex_code_str(c->lex, ag->code)) ||
	    !lex_junta_on(c->lex, state, c->ymd))
		return m->code;
	return lex_code_str(c->lex, ag->junta);
}

int match_is_cap(const struct sent *s, size_t i)
{
	size_t len;
	const char *t;

	if (s->toks[i].flags & (TOK_CAP | TOK_UPPER))
		return 1;
	/* "al-Qaeda", "al-Shabaab", "ad-Dawla": a lower-case article
	 * joined to a capitalised name. */
	if (!(s->toks[i].flags & TOK_HYPHEN))
		return 0;
	t = tok_text(s, i, &len);
	return len > 3 && t[2] == '-' && t[3] >= 'A' && t[3] <= 'Z';
}

/* A capitalised word that is not a sentence-initial function word. */
int match_is_name_word(const struct sent *s, size_t i)
{
	return match_is_cap(s, i) && (s->toks[i].flags & TOK_WORD) &&
	       !(s->info[i].roles & (R_DET | R_PREP | R_PRON | R_SUB | R_CONJ | R_BE));
}

/* Whether token `i` follows "ethnic": "ethnic Albanian mayors" are a
 * people, not Albania's officials. */
int match_after_ethnic(const struct sent *s, size_t i)
{
	static const char *const ethnic[] = { "ethnic", NULL };

	return i > 0 && word_is_any(s, i - 1, ethnic);
}

/* Names, agents and titles, left to right, longest first. */
/* The navies that name their warships with a prefix: "USS Gerald R.
 * Ford", "HMS Defender", "HMAS Sydney" are that state's forces. */
static const struct { const char *prefix, *code; } ship_prefixes[] = {
	{ "USS", "USAMIL" }, { "HMS", "GBRMIL" }, { "HMAS", "AUSMIL" }, { "HMCS", "CANMIL" },
	{ "HMNZS", "NZLMIL" }, { "ROKS", "KORMIL" }, { "BRP", "PHLMIL" }, { NULL, NULL }
};

/* Whether token i is a word for a ship ("frigate", "tanker", "carrier"),
 * the last word of an agent a ship's name may follow. */
int match_vessel_word(const struct sent *s, size_t i)
{
	static const char *const vessels[] = {
		"ship", "vessel", "boat", "tanker", "supertanker", "carrier", "freighter",
		"frigate", "destroyer", "cruiser", "corvette", "submarine", "warship",
		"flagship", "trawler", "cutter", NULL
	};
	return word_is_any(s, i, vessels);
}

const char *match_ship_prefix(const struct sent *s, size_t i)
{
	size_t len, k;
	const char *t;

	if (!(s->toks[i].flags & TOK_UPPER))
		return NULL;    /* every prefix is in capitals; most words are not */
	t = tok_text(s, i, &len);
	for (k = 0; ship_prefixes[k].prefix; k++)
		if (len == strlen(ship_prefixes[k].prefix) && !strncmp(t, ship_prefixes[k].prefix, len))
			return ship_prefixes[k].code;
	return NULL;
}

/* Whether the actor's code on the date comes from a dated role rather
 * than the undated one a person keeps after office. */
static int holds_dated_role(const dyad_lexicon *lex, uint32_t actor, int32_t ymd)
{
	const struct lex_actor *a = &lex->actors.v[actor];
	uint32_t i;

	for (i = 0; ymd && i < a->n_codes; i++) {
		const struct lex_code *lc = &a->codes[i];
		if ((lc->from || lc->to) && (!lc->from || lc->from <= ymd) && (!lc->to || ymd < lc->to))
			return 1;
	}
	return 0;
}

/* Whether the word T (LEN bytes) opens LABEL (LL bytes), a person's name
 * written family name first as Korean and Chinese names are ("Yoon Suk
 * Yeol", "Tsai Ing-wen"): the person's code on the date is of one of
 * those states.  Asked of headlines only ("Yoon meets Kishida in
 * Tokyo"): wire copy names the person in full first. */
static int family_name_first(struct dyad_coder *c, uint32_t actor, const char *label, size_t ll,
			     const char *t, size_t len, int32_t ymd)
{
	static const char *const states[] = { "KOR", "PRK", "CHN", "TWN", "HKG", NULL };
	const char *cc;
	size_t k;

	if (ll <= len || strncasecmp(label, t, len) || label[len] != ' ' ||
	    !(cc = match_actor_code(c->lex, actor, ymd)))
		return 0;
	for (k = 0; states[k]; k++)
		if (!strncmp(cc, states[k], 3))
			return 1;
	return 0;
}

/* Whether the last LEN bytes of LABEL (LL bytes) follow "bin", "ibn",
 * "bint" or "ben": "Yusuf bin Alawi bin Abdullah" ends in his father's
 * given name, no family name, so "King Abdullah" is not his. */
static int after_patronymic(const char *label, size_t ll, size_t len)
{
	static const char *const words[] = { "bin", "ibn", "bint", "ben", NULL };
	size_t end = ll - len - 1, start = end, k;

	while (start > 0 && label[start - 1] != ' ')
		start--;
	for (k = 0; words[k]; k++)
		if (end - start == strlen(words[k]) && !strncasecmp(label + start, words[k], end - start))
			return 1;
	return 0;
}

/* Whether a family name at token I that is also a word of English
 * ("Bush", "Rice", "Clinton" in WordNet) stands where a name does: as
 * the subject right before a finite verb ("Bush said", "Rice met",
 * "Powell urged") or a possessor inside the sentence ("dismissed
 * Clinton's remarks"), not before a noun ("Rice exports rose") nor in a
 * name ("the Power of Siberia pipeline") or a date ("from May 1"). */
static int english_surname_place(const struct sent *s, size_t i)
{
	/* finite forms no "-ed" marks */
	static const char *const finite_irregular[] = {
		"said", "says", "told", "tells", "met", "meets", "held", "holds", "sent", "took",
		"made", "led", "flew", "gave", "spoke", "began", "left", "came", "saw", "wrote",
		"won", "sought", "brought", "struck", "has", "had", "was", "is", "will", "would",
		NULL };
	size_t len;
	const char *t;

	/* ("dismissed Clinton's remarks": a possessor, mid-sentence) */
	if (i > 0 && !(s->toks[i - 1].flags & TOK_PUNCT) &&
	    ((s->info[i].roles & R_POSS) || (i + 1 < s->n && (s->info[i + 1].roles & R_POSS))))
		return 1;
	if (i + 1 >= s->n || s->info[i + 1].vlemma == LEX_NONE || s->info[i + 1].mention >= 0)
		return 0;
	t = tok_text(s, i + 1, &len);
	return (len > 2 && !strncasecmp(t + len - 2, "ed", 2)) || word_is_any(s, i + 1, finite_irregular);
}

/* "Prime Minister Albanese", "Carney met Trump", "Trump met Sharaa": the
 * family name in token I of the one person the dictionaries know by it
 * who holds a role on the date ("Sharaa" is Ahmed al-Sharaa in 2025, not
 * Farouk al-Sharaa, long out of office), or of the one person of that
 * name when none holds one; LEX_NONE otherwise. */
uint32_t match_unique_surname(struct dyad_coder *c, const struct sent *s, size_t i,
			       int32_t ymd, const char **code)
{
	uint32_t cand[16], found = LEX_NONE, holder = LEX_NONE;
	size_t n = lex_name_part(c->lex, s->info[i].word, cand, 16), k, len, fl;
	size_t n_found = 0, n_holders = 0;
	const char *t = tok_text(s, i, &len), *found_code = NULL, *holder_code = NULL, *lemma;
	char f[64];
	int english;

	/* "Armed Forces Day", "Senator Rice": a word of English is no
	 * family name here, but for an office holder's (english_surname) */
	if (!n || !(fl = lex_fold(t, len, f, sizeof(f))) || !c->lex->morph)
		return LEX_NONE;
	english = morph_lemmas(c->lex->morph, MORPH_NOUN, f, fl, &lemma, 1) ||
		  morph_lemmas(c->lex->morph, MORPH_VERB, f, fl, &lemma, 1);
	if (english && !english_surname_place(s, i))
		return LEX_NONE;
	for (k = 0; k < n; k++) {
		const char *label, *cc;
		size_t ll;
		if (cand[k] == found || cand[k] == holder || !match_actor_is_person(c->lex, cand[k]))
			continue;
		/* the family name ends the name: "Anthony Albanese", "Ahmed
		 * al-Sharaa" */
		label = lex_str(c->lex, c->lex->actors.v[cand[k]].label);
		ll = strlen(label);
		/* "Ferdinand Marcos Jr.": a generation after the family name
		 * is no part of it ("Marcos met Biden") */
		ll -= lex_generation_suffix(label, ll);
		if ((ll <= len || strncasecmp(label + ll - len, t, len) ||
		     (label[ll - len - 1] != ' ' &&
		      !(ll > len + 3 && (!strncasecmp(label + ll - len - 4, " al-", 4) ||
					 !strncasecmp(label + ll - len - 4, " el-", 4))))) &&
		    !(headline_is_title(s) && family_name_first(c, cand[k], label, ll, t, len, ymd)))
			continue;
		if (label[ll - len - 1] == ' ' && after_patronymic(label, ll, len))
			continue;
		if (!(cc = match_actor_code(c->lex, cand[k], ymd)))
			continue;
		if (holds_dated_role(c->lex, cand[k], ymd)) {
			n_holders++;
			holder = cand[k];
			holder_code = cc;
		}
		n_found++;
		found = cand[k];
		found_code = cc;
	}
	/* ("Bush urged Syria", "Clinton met Lavrov", "Powell told
	 * reporters": a family name that is also a word of English, or one
	 * WordNet holds for the very person, is the one person in office on
	 * the date, never a former one) */
	if (english) {
		size_t hl = holder_code ? strlen(holder_code) : 0;
		if (n_holders != 1 || hl < 3 || !strcmp(holder_code + hl - 3, "ELI") ||
		    headline_is_title(s)) {
			*code = NULL;
			return LEX_NONE;
		}
	}
	if (n_holders == 1) {
		*code = holder_code;
		return holder;
	}
	if (n_holders == 0 && n_found == 1) {
		*code = found_code;
		return found;
	}
	/* "Putin meets Kim in Pyongyang": of several in office, a headline's
	 * bare family name is the leader, as a pair of names is
	 * (match_pair_surname()); a sentence of wire copy names whom it means */
	if (n_holders > 1 && headline_is_title(s))
		return match_pair_surname(c, s->info[i].word, t, len, ymd, code);
	*code = NULL;
	return LEX_NONE;
}

/* Whether the name at token I follows a preposition of place ("in",
 * "at", "near": "at Camp David", "in the Alpine resort of Davos" is the
 * noun's), "the" between them allowed. */
/* ("flew to Alaska": where a visit goes, for a visit's pattern only) */
static const char *const place_preps[] = { "in", "at", "on", "near", "outside", "inside",
					      "around", "within", "to", NULL };

int match_place_after_prep(const struct sent *s, size_t i)
{
	static const char *const the[] = { "the", NULL };
	/* "in the central town of Moura", "an attack on the village of
	 * Solhan", "the outskirts of Kabkabiya": a settlement's noun before
	 * "of" names the place as a preposition of place does */
	static const char *const of_w[] = { "of", NULL };
	static const char *const settlement[] = { "town", "towns", "city", "village", "villages",
						  "district", "region", "province", "area",
						  "camp", "hamlet", "locality", "commune", "outskirts",
						  "suburb", "county", "neighbourhood", "neighborhood",
						  NULL };
	size_t j = i;

	if (j > 1 && word_is_any(s, j - 1, of_w) && word_is_any(s, j - 2, settlement))
		return 1;
	if (j > 0 && word_is_any(s, j - 1, the))
		j--;
	return j > 0 && word_is_any(s, j - 1, place_preps);
}

/* "on Singapore's Sentosa island", "in Japan's Hokkaido": the state's
 * mention right before a place-only name at token I, itself after a
 * preposition of place, is where it is; that mention, or NULL. */
struct mention *match_state_of_place(struct sent *s, size_t i)
{
	struct mention *m;

	if (i < 2 || !s->n_ments || !(s->info[i - 1].roles & R_POSS) || (s->info[i - 1].roles & R_PRON))
		return NULL;
	m = &s->ments[s->n_ments - 1];
	if (m->kind != M_NAME || !m->country || m->tok + m->n_tok != i - 1 ||
	    !m->tok || !word_is_any(s, m->tok - 1, place_preps))
		return NULL;
	return m;
}

/* Words that set a person apart from the office named after them. */
const char *const match_former_words[] = { "former", "late", "ousted", "jailed", "exiled",
					    "deposed", "imprisoned", NULL };

/* "former" before a state's office holder: its elite (ELI). */
const char *const match_ex_words[] = { "former", "ex-", NULL };
const char *const match_office_roles[] = { "GOV", "MIL", "LEG", "JUD", "COP", "SPY", NULL };

/* Whether ROLE, a bare role code ("GOV"), is an office (office_roles). */
int match_role_is_office(const char *role)
{
	size_t k;

	for (k = 0; role && match_office_roles[k]; k++)
		if (!strcmp(role, match_office_roles[k]))
			return 1;
	return 0;
}

/* Days since the epoch of a yyyymmdd date. */
static int64_t ymd_days(int32_t ymd)
{
	return date_days_from_civil(ymd / 10000, (unsigned)(ymd / 100 % 100), (unsigned)(ymd % 100));
}

/* Whether ACTOR holds an office of ROLE (GOV, MIL ...) in a dated range
 * that ends at most a week before YMD or starts at most a year after it:
 * the office a title gives a person on the day it ends, or before the
 * dictionaries start it.  0 for an undated article. */
static int office_near(const dyad_lexicon *lex, uint32_t actor, int32_t ymd, const char *role)
{
	const struct lex_actor *a = &lex->actors.v[actor];
	int64_t day;
	uint32_t i;

	if (!ymd || actor == LEX_NONE)
		return 0;
	day = ymd_days(ymd);
	for (i = 0; i < a->n_codes; i++) {
		const struct lex_code *lc = &a->codes[i];
		const char *code = lex_code_str(lex, lc->code);
		if (strlen(code) != 6 || strcmp(code + 3, role))
			continue;
		if (lc->to && lc->to <= ymd && day - ymd_days(lc->to) <= 7)
			return 1;
		if (lc->from && lc->from > ymd && ymd_days(lc->from) - day <= 366)
			return 1;
	}
	return 0;
}

/* "opposition leader Lee Jae-myung" between his party posts, "U.S.
 * envoy Kirill Dmitriev" before the dictionaries date his post: a
 * title the news gives a known person on the day says the role he holds
 * then, where his dated role holds no office (ELI, or a party's, a
 * business's or the media's man).  Only titles for the opposition and
 * for envoys, the roles the dictionaries date least well; a person's
 * office (GOV) is not overruled, nor a current role by a former one
 * ("former Prime Minister Imran Khan" stays PAKOPP).  A title that
 * says its holder has not taken office yet ("Prime Minister-designate
 * Nawaf Salam", "President-elect Donald Trump") is ELI on any date the
 * dictionaries already give the office from; one after "then" ("then-
 * Secretary of State Mike Pompeo") is the office held at the time told,
 * whatever the person holds on the article's date.  CODE is the
 * person's dated code; returns the code to use. */
const char *match_title_over_name(struct dyad_coder *c, const struct sent *s, size_t from,
				   size_t to, const struct lex_agent *ag, uint32_t actor, const char *code)
{
	static const char *const envoys[] = { "envoy", "envoys", "ambassador", "negotiator",
					      "representative", NULL };
	static const char *const former[] = { "former", "ex", "ousted", "exiled", "late", NULL };
	static const char *const then[] = { "then", NULL };
	static const char *const candidates[] = { "candidate", "candidates", "hopeful", "hopefuls",
						  "nominee", NULL };
	const char *tc, *role;
	char *out;
	size_t t;
	int envoy = 0, running = 0;

	if (ag->code == LEX_CODE_NULL || !code || strlen(code) != 6 || !match_is_state_code(code) ||
	    !strncmp(code, "---", 3))
		return code;
	tc = lex_code_str(c->lex, ag->code);
	role = code + 3;
	if (!strcmp(tc, "ELI") && strcmp(role, "ELI")) {
		for (t = from; t <= to; t++) {
			size_t len;
			const char *w = tok_text(s, t, &len);
			if ((len > 6 && !strncasecmp(w + len - 6, "-elect", 6)) ||
			    (len > 10 && !strncasecmp(w + len - 10, "-designate", 10)))
				break;
		}
		if (t <= to) {
			out = state_role(c, code, tc);
			return out ? out : code;
		}
	}
	if (from > 0 && word_is_any(s, from - 1, then) && strcmp(tc, "ELI") && strcmp(role, tc)) {
		out = state_role(c, code, tc);
		return out ? out : code;
	}
	for (t = from; t <= to; t++) {
		if (word_is_any(s, t, former))
			return code;
		envoy |= word_is_any(s, t, envoys);
		running |= word_is_any(s, t, candidates);
	}
	/* ("former Japanese Prime Minister Shinzo Abe": "former" before the
	 * state's word is the title's too) */
	for (t = from; t > 0 && from - t < 4; t--) {
		if (word_is_any(s, t - 1, former) || word_is_any(s, t - 1, match_former_words) ||
		    word_is_any(s, t - 1, match_ex_words))
			return code;
		if (!(s->toks[t - 1].flags & TOK_WORD) || (s->info[t - 1].roles & (R_PREP | R_SUB)))
			break;
	}
	/* "South Korean Unification Minister Chung Dong-young" a few weeks
	 * before the dictionaries start his office, "President Abdelaziz
	 * Bouteflika resigned" on the day they end it: the office the news
	 * gives him on the day is his (not a former one, above; nor one he
	 * left long before the article: "U.S. President Joe Biden" in an
	 * article of 2025 stays ELI) */
	if (!strcmp(role, "ELI") && strlen(tc) == 3 &&
	    (!strcmp(tc, "GOV") || !strcmp(tc, "MIL") || !strcmp(tc, "LEG") || !strcmp(tc, "JUD") ||
	     !strcmp(tc, "SPY")) &&
	    office_near(c->lex, actor, c->ymd, tc)) {
		out = state_role(c, code, tc);
		return out ? out : code;
	}
	/* ("Republican presidential candidate Donald Trump" in 2024: a
	 * candidacy says no opposition post; the former president stays
	 * ELI) */
	if (!((!strcmp(tc, "OPP") && !running &&
	       (!strcmp(role, "ELI") || !strcmp(role, "PTY") || !strcmp(role, "LEG"))) ||
	      (!strcmp(tc, "GOV") && envoy &&
	       (!strcmp(role, "ELI") || !strcmp(role, "BUS") || !strcmp(role, "MED")))))
		return code;
	out = state_role(c, code, tc);
	return out ? out : code;
}

int match_mentions(struct dyad_coder *c, struct sent *s)
{
	int32_t ymd = s->pub.precision ? s->pub.ymd : 0;
	int rc;
	size_t k;

	c->ymd = ymd;
	s->n_ments = 0;
	if ((rc = match_find_names(c, s, ymd)))
		return rc;
	match_named_roles(s);
	match_seat_metonyms(s);
	match_combine_agents(c, s, ymd);
	match_attributive_roles(c, s);
	match_distribute_roles(c, s);
	match_mark_tokens(s);
	match_allies_of_states(s);
	match_mark_tokens(s);
	if ((rc = match_split_hyphens(c, s, ymd)) || (rc = match_anti_states(c, s, ymd)) ||
	    (rc = match_find_surnames(c, s, ymd)) ||
	    (rc = match_find_appositions(c, s)))
		return rc;
	match_sort_mentions(s);
	match_pair_agents(c, s);
	match_mark_tokens(s);
	if ((rc = match_find_people(c, s)))
		return rc;
	match_sort_mentions(s);
	match_merge_titles(s);
	match_merge_descriptors(s);
	match_loyal_roles(c, s);
	match_led_roles(c, s);
	match_borrow_states(c, s);
	match_mark_tokens(s);
	match_appositive_roles(s);
	match_mark_tokens(s);
	match_apposition_asides(s);
	match_mark_tokens(s);
	match_titled_name_asides(s);
	match_mark_tokens(s);
	match_alias_asides(s);
	match_mark_tokens(s);
	match_possessed_roles(c, s);
	match_run_by_roles(c, s, ymd);
	if ((rc = match_led_strikes(c, s, ymd)) || (rc = match_held_territory(c, s, ymd)) ||
	    (rc = match_rebel_held(c, s)))
		return rc;
	match_sort_mentions(s);
	match_held_places(c, s, ymd);
	match_mark_tokens(s);
	match_pakistan_taliban(s);
	match_backed_fighters(c, s, ymd);
	if ((rc = match_group_anaphors(c, s)) || (rc = match_body_epithets(c, s)) ||
	    (rc = match_kind_anaphors(c, s)) || (rc = match_town_anaphors(c, s)))
		return rc;
	match_group_members(s);
	match_speakers_for_bodies(c, s);
	match_story_titles(c, s);
	match_lone_state(c, s);
	match_place_roles(c, s, 0);
	match_counted_people(c, s);
	/* before the pronouns: "Ukraine's SBU said it ..." is the SBU's */
	match_merge_possessors(s);
	match_head_of_bodies(s);
	match_media_pieces(s);
	match_titled_without_state(c, s);
	match_mark_tokens(s);
	/* ("The isolated North fired ..., and Japan protested to the
	 * communist state": the Korean sides are found late) */
	if ((rc = match_korean_sides(c, s)) || (rc = match_kind_anaphors(c, s)) || (rc = match_counted_states(c, s)) ||
	    (rc = match_find_pronouns(c, s)) || (rc = match_quoted_first_persons(c, s)))
		return rc;
	match_sort_mentions(s);
	match_mark_tokens(s);
	/* ("Hamas, the Islamist group that rules Gaza, freed": the
	 * anaphors found since) */
	match_apposition_asides(s);
	match_mark_tokens(s);
	/* "the North's foreign ministry": the Korean sides are found late */
	match_possessed_roles(c, s);
	match_owned_agents(c, s);
	if ((rc = match_ruler_roles(c, s)))
		return rc;
	match_mark_tokens(s);
	if ((rc = match_neighbour_anaphors(c, s)))
		return rc;
	match_place_roles(c, s, 1);   /* the owned roles whose pronoun found no owner */
	match_mark_tokens(s);
	headline_commas(c->lex, s);
	headline_colons(s);
	headline_verbless(c, s);
	match_link_mentions(c, s);
	match_including_states(s);
	match_attacked_premises(c, s);
	/* a place named after "on" ("on Sentosa island") is where, as
	 * after "in" or "at" */
	for (k = 0; k < s->n_ments; k++)
		if (s->ments[k].after_prep && s->ments[k].how && !strcmp(s->ments[k].how, "place"))
			s->ments[k].prep_roles |= R_LOC;
	if ((rc = match_counterparts_from(c, s)) || (rc = match_plural_pronouns(c, s)) ||
	    (rc = match_pair_anaphors(c, s)) || (rc = match_warring_sides(c, s)) || (rc = match_act_anaphors(c, s)) ||
	    (rc = match_story_group_anaphors(c, s)) || (rc = match_story_them_pair(c, s)) ||
	    (rc = match_pair_other_side(c, s)))
		return rc;
	match_remember_roles(c, s);
	match_remember_pair(c, s);
	return DYAD_OK;
}
