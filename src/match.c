/*
 * match.c - the matcher: one pass over a sentence's tokens that finds what
 * the lexicon knows.
 *
 * It annotates each token (word id, verb and noun lemma, closed-class
 * roles), checks discard phrases, and finds mentions of actors: names by
 * longest match in the actor trie, agents in the agent trie and their
 * combinations with a state ("North Korean state media", "Russia's foreign
 * minister", "the foreign minister of Russia"), titles before a name
 * ("Foreign Minister Choe Son-hui"), surnames met earlier in the article,
 * actors joined by a hyphen ("Trump-Kim"), and pronouns resolved to the
 * nearest fitting actor.  Lookups of a word form are cached per coder, so
 * a stream of articles meets WordNet once per distinct word.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "cameo.h"
#include "date.h"
#include "coder_int.h"
#include "error.h"
#include "headline.h"

/* Attackers the news cannot name, of no known state wherever they
 * strike ("a gunman in Lviv", "a suicide bomber in Peshawar": ---INS). */
static const char *const unaffiliated[] = { "gunman", "gunmen", "attacker", "attackers",
					    "assailant", "assailants", "bomber", "bombers",
					    "hijacker", "hijackers", NULL };

/* Plural governments are several states': placed in no one state when
 * they name none ("urged governments to agree"), the states listed
 * before when "their" owns them. */
static const char *const generic_governments[] = { "governments", NULL };
/* Adjectives of a region or a group of states, whose roles are no one
 * state's ("European leaders", "Arab foreign ministers"). */
static const char *const regional_adjectives[] = {
	"European", "Western", "Arab", "African", "Asian", "Gulf", "Nordic", "Baltic", "Balkan",
	"Scandinavian", "Caribbean", "Latin", "Muslim", "Eastern", NULL };

static int acronym_at(const struct sent *s, size_t i);
static int list_article(const struct sent *s, uint32_t t);
static int adverb_at(const struct sent *s, size_t i);

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

static int index_labels(struct dyad_coder *c);

/* Words for one kind of state, which kind_anaphors() reads as a state
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
	if (index_labels(c))
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

/* Verb roles of a word form, through its WordNet verb lemmas. */
static uint32_t verb_roles(struct dyad_coder *c, const char *f, size_t n)
{
	const char *lem[4];
	size_t k, i;
	uint32_t r = 0, v;

	if (strmap_get(&c->vroles, f, n, &v))
		r |= v;
	if (!c->lex->morph)
		return r;
	k = morph_lemmas(c->lex->morph, MORPH_VERB, f, n, lem, 4);
	for (i = 0; i < k; i++)
		if (strmap_get(&c->vroles, lem[i], strlen(lem[i]), &v))
			r |= v;
	return r;
}

static void annotate_word(struct dyad_coder *c, const char *f, size_t n,
			  struct tokinfo *ti)
{
	uint32_t at, one;

	if (strmap_get(&c->cache, f, n, &at)) {
		*ti = c->cache_info[at];
		return;
	}
	ti->word = lex_lookup(c->lex, f, n);
	lex_lemmas(c->lex, f, n, ti->word, &ti->vlemma, &ti->nlemma);
	ti->roles = 0;
	strmap_get(&c->roles, f, n, &ti->roles);
	ti->vroles = verb_roles(c, f, n);
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
	if (i + 2 < s->n && (adverb_at(s, i + 1) || (len == 4 && !strncasecmp(t, "also", 4))))
		i++;
	n = &s->info[i + 1];
	if (n->roles & (R_HAVE | R_BE | R_WILL | R_WOULD | R_MAY | R_CAN | R_DO))
		return 1;
	t = tok_text(s, i + 1, &len);
	/* after an auxiliary, the bare verb too ("will each release") */
	return n->vlemma != LEX_NONE &&
	       (aux || (len > 3 && !strncasecmp(t + len - 2, "ed", 2)));
}

static int is_punct_tok(const struct sent *s, size_t i, char ch);

/* "sanctions on European lawmakers, diplomats and think tanks": "think"
 * before "tank" is the first half of a noun, no opinion verb that
 * would make the clause a guess. */
static int think_tank(const struct sent *s, size_t i)
{
	static const char *const think[] = { "think", NULL };
	static const char *const tank[] = { "tank", "tanks", NULL };

	return word_is_any(s, i, think) && word_is_any(s, i + 1, tank);
}

/* Whether "suspected" or "alleged" at I modifies the noun after it
 * ("Suspected jihadists ambushed", "killed by suspected Islamist
 * militants", "a suspected drone attack"): at the start of a noun
 * phrase (the sentence's first word, or after an article, a
 * preposition, a conjunction or a comma) and before a word, not "that",
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
	 * militants") */
	return is_punct_tok(s, i - 1, ',') || (s->toks[i - 1].flags & TOK_NUM) ||
	       (p->roles & (R_DET | R_PREP | R_CONJ)) != 0;
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

	if (!is_punct_tok(s, i, '('))
		return 0;
	for (j = i + 1; j < s->n && j <= i + 6; j++) {
		size_t len;
		const char *t = tok_text(s, j, &len);

		if (is_punct_tok(s, j, ')'))
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
		if (hedge_adjective(s, i) || think_tank(s, i)) {
			s->info[i].vlemma = LEX_NONE;
			s->info[i].vroles = 0;
		}
	for (i = 0; i + 2 < s->n; i++) {
		size_t close = sum_in_parens(s, i);

		if (close)
			s->info[i].brk = s->info[close].brk = 0;
	}
	/* '"..., it will receive a harsh punishment," Khamenei said': a
	 * quote that opens the sentence and closes on its comma is a clause
	 * of its own, whose verbs take no object from the attribution */
	if (s->n > 3 && is_punct_tok(s, 0, '"'))
		for (i = 2; i < s->n; i++)
			if (is_punct_tok(s, i, '"')) {
				if (is_punct_tok(s, i - 1, ',') || is_punct_tok(s, i - 1, '?') ||
				    is_punct_tok(s, i - 1, '!'))
					s->info[i].brk = 1;
				break;
			}
	return DYAD_OK;
}

/* Walk a trie from token i; returns the last token index of the longest
 * match with a payload (and the payload), or -1. */
/* Walk a trie from token i, by each token's form and, where the form
 * has no edge or leads nowhere, its noun lemma ("workers" reaches both
 * "workers' party" and "worker").  Returns the last token index of the
 * longest match with a payload (and the payload), or -1. */
static long trie_walk(const struct lex_trie *t, const struct sent *s, size_t j,
		      size_t end, uint32_t node, uint32_t *value)
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
		else if (ti->nlemma != ti->word)
			next = lex_trie_step(t, node, ti->nlemma, 0);
		else
			break;
		if (next == LEX_NONE)
			continue;
		sub = trie_walk(t, s, j + 1, end, next, &v);
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
			 size_t i, uint32_t *value)
{
	/* Most tokens start no phrase: say so before walking. */
	if (!t->n_nodes || i >= s->n ||
	    (!lex_trie_first(t, s->info[i].word) && !lex_trie_first(t, s->info[i].nlemma)))
		return -1;
	return trie_walk(t, s, i, s->n < i + LEX_MAX_PHRASE ? s->n : i + LEX_MAX_PHRASE,
			 0, value);
}

int match_discard(struct dyad_coder *c, struct sent *s, int *story)
{
	size_t i;
	uint32_t v;

	*story = 0;
	for (i = 0; i < s->n; i++) {
		if (trie_longest(&c->lex->discard_trie, s, i, &v) >= 0) {
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
static const char *place_code(const dyad_lexicon *lex, uint32_t actor)
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

static int actor_is_person(const dyad_lexicon *lex, uint32_t actor)
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

static int is_country_code(const char *code)
{
	return code && strlen(code) == 3 && code[0] >= 'A' && code[0] <= 'Z';
}

static struct mention *push_mention(struct dyad_coder *c, struct sent *s)
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

static void set_span(const struct sent *s, struct mention *m, size_t first, size_t last)
{
	m->tok = (uint32_t)first;
	m->n_tok = (uint32_t)(last - first + 1);
	m->start = s->toks[first].start - s->base;
	m->end = s->toks[last].end - s->base;
}

/* Make m a pronoun over tokens first..last that stands for the actor of
 * mention ref ("he", "the two leaders", "we" in a quote). */
static void stand_for(const struct sent *s, struct mention *m, const struct mention *ref,
		      const char *how, size_t first, size_t last)
{
	m->kind = M_PRONOUN;
	m->actor = ref->actor;
	m->code = ref->code;
	m->person = ref->person;
	m->how = how;
	set_span(s, m, first, last);
}

static const char *combine(struct dyad_coder *c, const char *country,
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
static const char *junta_role(struct dyad_coder *c, const struct mention *m,
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

static int is_cap(const struct sent *s, size_t i)
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
static int is_name_word(const struct sent *s, size_t i)
{
	return is_cap(s, i) && (s->toks[i].flags & TOK_WORD) &&
	       !(s->info[i].roles & (R_DET | R_PREP | R_PRON | R_SUB | R_CONJ | R_BE));
}

/* Whether token `i` follows "ethnic": "ethnic Albanian mayors" are a
 * people, not Albania's officials. */
static int after_ethnic(const struct sent *s, size_t i)
{
	static const char *const ethnic[] = { "ethnic", NULL };

	return i > 0 && word_is_any(s, i - 1, ethnic);
}

static const char *const surname_titles[] = { "King", "Bishop", "Judge", "Marshal", "Major",
					      NULL };

/* Names, agents and titles, left to right, longest first. */
/* The navies that name their warships with a prefix: "USS Gerald R.
 * Ford", "HMS Defender", "HMAS Sydney" are that state's forces. */
static const struct { const char *prefix, *code; } ship_prefixes[] = {
	{ "USS", "USAMIL" }, { "HMS", "GBRMIL" }, { "HMAS", "AUSMIL" }, { "HMCS", "CANMIL" },
	{ "HMNZS", "NZLMIL" }, { "ROKS", "KORMIL" }, { "BRP", "PHLMIL" }, { NULL, NULL }
};

/* Whether token i is a word for a ship ("frigate", "tanker", "carrier"),
 * the last word of an agent a ship's name may follow. */
static int vessel_word(const struct sent *s, size_t i)
{
	static const char *const vessels[] = {
		"ship", "vessel", "boat", "tanker", "supertanker", "carrier", "freighter",
		"frigate", "destroyer", "cruiser", "corvette", "submarine", "warship",
		"flagship", "trawler", "cutter", NULL
	};
	return word_is_any(s, i, vessels);
}

static const char *ship_prefix(const struct sent *s, size_t i)
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

static uint32_t pair_surname(struct dyad_coder *c, uint32_t w, const char *t, size_t len,
			     int32_t ymd, const char **code);

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

/* "Prime Minister Albanese", "Carney met Trump", "Trump met Sharaa": the
 * family name in token I of the one person the dictionaries know by it
 * who holds a role on the date ("Sharaa" is Ahmed al-Sharaa in 2025, not
 * Farouk al-Sharaa, long out of office), or of the one person of that
 * name when none holds one; LEX_NONE otherwise. */
static uint32_t unique_surname(struct dyad_coder *c, const struct sent *s, size_t i,
			       int32_t ymd, const char **code)
{
	uint32_t cand[16], found = LEX_NONE, holder = LEX_NONE;
	size_t n = lex_name_part(c->lex, s->info[i].word, cand, 16), k, len, fl;
	size_t n_found = 0, n_holders = 0;
	const char *t = tok_text(s, i, &len), *found_code = NULL, *holder_code = NULL, *lemma;
	char f[64];

	/* "Armed Forces Day", "Senator Rice": a word of English is no
	 * family name here */
	if (!n || !(fl = lex_fold(t, len, f, sizeof(f))) || !c->lex->morph ||
	    morph_lemmas(c->lex->morph, MORPH_NOUN, f, fl, &lemma, 1) ||
	    morph_lemmas(c->lex->morph, MORPH_VERB, f, fl, &lemma, 1))
		return LEX_NONE;
	for (k = 0; k < n; k++) {
		const char *label, *cc;
		size_t ll;
		if (cand[k] == found || cand[k] == holder || !actor_is_person(c->lex, cand[k]))
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
	 * (pair_surname()); a sentence of wire copy names whom it means */
	if (n_holders > 1 && headline_is_title(s))
		return pair_surname(c, s->info[i].word, t, len, ymd, code);
	*code = NULL;
	return LEX_NONE;
}

/* Whether the name at token I follows a preposition of place ("in",
 * "at", "near": "at Camp David", "in the Alpine resort of Davos" is the
 * noun's), "the" between them allowed. */
/* ("flew to Alaska": where a visit goes, for a visit's pattern only) */
static const char *const place_preps[] = { "in", "at", "on", "near", "outside", "inside",
					      "around", "within", "to", NULL };

static int place_after_prep(const struct sent *s, size_t i)
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
static struct mention *state_of_place(struct sent *s, size_t i)
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

static int is_state_code(const char *code);

/* Words that set a person apart from the office named after them. */
static const char *const former_words[] = { "former", "late", "ousted", "jailed", "exiled",
					    "deposed", "imprisoned", NULL };

/* "former" before a state's office holder: its elite (ELI). */
static const char *const ex_words[] = { "former", "ex-", NULL };
static const char *const office_roles[] = { "GOV", "MIL", "LEG", "JUD", "COP", "SPY", NULL };

/* Whether ROLE, a bare role code ("GOV"), is an office (office_roles). */
static int role_is_office(const char *role)
{
	size_t k;

	for (k = 0; role && office_roles[k]; k++)
		if (!strcmp(role, office_roles[k]))
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
static const char *title_over_name(struct dyad_coder *c, const struct sent *s, size_t from,
				   size_t to, const struct lex_agent *ag, uint32_t actor, const char *code)
{
	static const char *const envoys[] = { "envoy", "envoys", "ambassador", "negotiator",
					      "representative", NULL };
	static const char *const former[] = { "former", "ex", "ousted", "exiled", "late", NULL };
	static const char *const then[] = { "then", NULL };
	const char *tc, *role;
	char *out;
	size_t t;
	int envoy = 0;

	if (ag->code == LEX_CODE_NULL || !code || strlen(code) != 6 || !is_state_code(code) ||
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
	}
	/* ("former Japanese Prime Minister Shinzo Abe": "former" before the
	 * state's word is the title's too) */
	for (t = from; t > 0 && from - t < 4; t--) {
		if (word_is_any(s, t - 1, former) || word_is_any(s, t - 1, former_words) ||
		    word_is_any(s, t - 1, ex_words))
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
	if (!((!strcmp(tc, "OPP") && (!strcmp(role, "ELI") || !strcmp(role, "PTY") || !strcmp(role, "LEG"))) ||
	      (!strcmp(tc, "GOV") && envoy &&
	       (!strcmp(role, "ELI") || !strcmp(role, "BUS") || !strcmp(role, "MED")))))
		return code;
	out = state_role(c, code, tc);
	return out ? out : code;
}

static int find_names(struct dyad_coder *c, struct sent *s, int32_t ymd)
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
		if ((ship = ship_prefix(s, i)) && i + 1 < s->n && is_cap(s, i + 1) &&
		    (s->toks[i + 1].flags & TOK_WORD)) {
			size_t k = i + 1;
			while (k + 1 < s->n && k - i < 4 && is_cap(s, k + 1) &&
			       (s->toks[k + 1].flags & TOK_WORD) && is_name_word(s, k + 1))
				k++;
			if (!(m = push_mention(c, s)))
				return DYAD_ENOMEM;
			m->kind = M_NAME;
			m->code = ship;
			m->how = "a navy's ship";
			set_span(s, m, i, k);
			i = k + 1;
			continue;
		}

		/* Names start capitalised, but for a few that start "ethnic"
		 * ("ethnic Armenian forces" in Karabakh). */
		if (is_cap(s, i) || (s->toks[i].flags & TOK_NUM) ||
		    (i + 1 < s->n && is_cap(s, i + 1) && after_ethnic(s, i + 1)))
			a_end = trie_longest(&lex->actor_trie, s, i, &actor);
		g_end = trie_longest(&lex->agent_trie, s, i, &agent);
		if (a_end < 0 && g_end < 0) {
			i++;
			continue;
		}
		if (a_end >= g_end && (code = place_code(lex, actor))) {
			/* "talks at Camp David", "a military base in
			 * Anchorage": a place-only name after a preposition of
			 * place is where something happens, and gives its
			 * state as a city does; anywhere else ("their Camp
			 * David summit", "Davos hosted") it is no mention. */
			if ((m = state_of_place(s, i))) {
				m->how = "place";
				set_span(s, m, m->tok, (size_t)a_end);
			} else if (place_after_prep(s, i)) {
				if (!(m = push_mention(c, s)))
					return DYAD_ENOMEM;
				m->kind = M_NAME;
				m->code = code;
				m->country = 1;
				m->place_only = 1;
				m->how = "place";
				set_span(s, m, i, (size_t)a_end);
			}
			i = (size_t)a_end + 1;
			continue;
		}
		if (a_end >= g_end) {
			code = match_actor_code(lex, actor, ymd);
			if (!code) {
				/* Known, but held no coded role on this date. */
				i = (size_t)a_end + 1;
				continue;
			}
			if (after_ethnic(s, i) && strlen(code) == 3) {
				/* "ethnic Serb protesters in Kosovo": a people,
				 * not a state; the place says whose they are. */
				i = (size_t)a_end + 1;
				continue;
			}
			if (!(m = push_mention(c, s)))
				return DYAD_ENOMEM;
			m->kind = M_NAME;
			m->actor = actor;
			m->code = code;
			m->person = (uint8_t)actor_is_person(lex, actor);
			m->country = (uint8_t)(!m->person && is_country_code(code));
			m->how = "name";
			set_span(s, m, i, (size_t)a_end);
			i = (size_t)a_end + 1;
			continue;
		}
		/* "Private Travis King", "Martin Luther King": a title that is
		 * also a family name, written capitalised right after a name
		 * word that no mention holds, is the family name, no role
		 * ("the Unification Church" stays a church). */
		if (g_end == (long)i && i > 0 && is_cap(s, i) && word_is_any(s, i, surname_titles) &&
		    is_name_word(s, i - 1) &&
		    !(s->n_ments && s->ments[s->n_ments - 1].tok + s->ments[s->n_ments - 1].n_tok == i)) {
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
			if (j < s->n && is_cap(s, j))
				a2 = trie_longest(&lex->actor_trie, s, j, &actor2);
			if (a2 >= 0 && actor_is_person(lex, actor2) &&
			    match_actor_code(lex, actor2, ymd)) {
				if (!(m = push_mention(c, s)))
					return DYAD_ENOMEM;
				m->kind = M_NAME;
				m->actor = actor2;
				m->code = title_over_name(c, s, i, (size_t)g_end, ag, actor2,
							  match_actor_code(lex, actor2, ymd));
				m->person = 1;
				m->how = "title and name";
				set_span(s, m, i, (size_t)a2);
				i = (size_t)a2 + 1;
				continue;
			}
			/* "Prime Minister Albanese", "Defense Secretary
			 * Austin": a title and a family name alone */
			if (a2 < 0 && is_cap(s, i) && j < s->n && is_name_word(s, j) &&
			    !(j + 1 < s->n && is_name_word(s, j + 1)) &&
			    (actor2 = unique_surname(c, s, j, ymd, &code2)) != LEX_NONE) {
				if (!(m = push_mention(c, s)))
					return DYAD_ENOMEM;
				m->kind = M_NAME;
				m->actor = actor2;
				m->code = code2;
				m->person = 1;
				m->how = "title and family name";
				set_span(s, m, i, j);
				i = j + 1;
				continue;
			}
			/* "opposition to NATO": a phrase listed to block a role. */
			if (ag->code == LEX_CODE_NULL) {
				i = (size_t)g_end + 1;
				continue;
			}
			if (!(m = push_mention(c, s)))
				return DYAD_ENOMEM;
			m->kind = M_AGENT;
			m->code = lex_code_str(lex, ag->code);
			m->how = "agent";
			k = (size_t)g_end;
			/* "Unification Minister Chung Dong-young": a capitalised
			 * title followed by an unknown name is a person; one
			 * followed by a known body describes it ("State
			 * broadcaster CCTV", "Militant group Hamas"). */
			if (k + 1 < s->n && ship_prefix(s, k + 1)) {
				/* "the aircraft carrier USS Carl Vinson": the
				 * prefix names the ship's navy, read next */
			} else if (is_cap(s, i) && (a2 < 0 || actor_is_person(lex, actor2))) {
				while (k + 1 < s->n && is_name_word(s, k + 1) &&
				       s->info[k + 1].mention < 0 && k - (size_t)g_end < 3)
					k++;
				if (k > (size_t)g_end) {
					m->person = 1;
					m->how = "title and unknown name";
				}
			} else if (a2 < 0 && vessel_word(s, k) && k + 1 < s->n && is_cap(s, k + 1) &&
				   is_name_word(s, k + 1) && s->info[k + 1].mention < 0) {
				/* "the German frigate Hessen shot down": a ship's
				 * name of one to three words after its kind is
				 * the ship */
				while (k + 1 < s->n && is_cap(s, k + 1) && is_name_word(s, k + 1) &&
				       s->info[k + 1].mention < 0 && k - (size_t)g_end < 3)
					k++;
			} else if (a2 < 0) {
				/* "presidential candidate Fernando Villavicencio",
				 * "opposition leader Tundu Lissu": a lower-case
				 * title covers a name of two or three words that
				 * no dictionary knows */
				while (k + 1 < s->n && is_name_word(s, k + 1) &&
				       s->info[k + 1].mention < 0 && k - (size_t)g_end < 3)
					k++;
				if (k - (size_t)g_end >= 2 && (k + 1 >= s->n || !is_name_word(s, k + 1))) {
					m->person = 1;
					m->how = "title and unknown name";
				} else
					k = (size_t)g_end;
			}
			/* "the German frigate Hessen", "the tanker Eagle S": a
			 * vessel's name after its kind is the ship, no person */
			if (m->person && vessel_word(s, (size_t)g_end)) {
				m->person = 0;
				m->how = "vessel and its name";
			}
			m->actor = agent;       /* agent index, for combination */
			set_span(s, m, i, k);
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
static const char *actor_with_agent(struct dyad_coder *c, const struct mention *m,
				    const struct lex_agent *ag)
{
	const char *acode = lex_code_str(c->lex, ag->code);
	char state[4];

	static const char *const fighting[] = { "REB", "INS", NULL };
	static const char *const parties[] = { "OPP", "PTY", NULL };

	if (m->country)
		return combine(c, m->code, ag);
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
	if (!strncmp(m->code, "IGO", 3) || !strncmp(m->code, "NGO", 3) ||
	    !strncmp(m->code, "IMG", 3) || strlen(m->code) > 6) {
		if (!strcmp(acode, "GOV"))
			return m->code;
		return combine(c, m->code, ag);
	}
	memcpy(state, m->code, 3);
	state[3] = '\0';
	return combine(c, state, ag);
}

/* Token index of the first token after mention m, skipping adjectives
 * such as "state" in "North Korean state media" is not needed: the
 * agent trie holds "state media". */
static int adjacent(const struct mention *a, const struct mention *b)
{
	return a->tok + a->n_tok == b->tok;
}

/* "in northern Syria", "in eastern Congo": words for a part of the state
 * named after them, which places roles as the state itself does. */
static const char *const state_parts[] = { "northern", "southern", "eastern", "western",
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
 * tanks" or "K2 tanks from South Korea's Hyundai Rotem") */
static const char *const weapon_words[] = { "missile", "missiles", "drone", "drones", "strike",
					    "strikes", "airstrike", "airstrikes", "positions", "tanks",
					    "vehicles", "bomb", "bombs", "artillery", "howitzers",
					    "fire", NULL };

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
	while (k < s->n && (adverb_at(s, k) || word_is_any(s, k, also)))
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

/* "Russia said its air defences shot down 40 drones", "Hamas said its
 * fighters ambushed a patrol": a weapon or a state's fighters after
 * "its" or "their" are the pronoun's owner's forces (owned_agents joins
 * them once the pronoun is resolved).  Plurals only: a singular is a
 * modifier as often ("its missile programme"); not "its positions" or
 * "its strikes" (views, and attacks named as acts). */
static int owned_forces(const struct sent *s, const struct mention *m)
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
static int adverb_at(const struct sent *s, size_t i)
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
static int modifiers_only(const struct sent *s, uint32_t from, uint32_t to, int no_verbs)
{
	uint32_t k;

	if (to < from || to - from > 2)
		return 0;
	for (k = from; k < to; k++)
		if (!(s->toks[k].flags & TOK_WORD) || (no_verbs && is_cap(s, k) && !has_digit(s, k)) ||
		    s->info[k].mention >= 0 ||
		    (s->info[k].roles & (R_DET | R_PREP | R_PRON | R_SUB | R_CONJ | R_BE)) ||
		    (no_verbs && (s->info[k].vlemma != LEX_NONE || adverb_at(s, k))))
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

	if (!m->country || !n->person || n->tok <= from || n->tok - from > 3 || !is_cap(s, n->tok) ||
	    !n->how || (strcmp(n->how, "title and unknown name") && strcmp(n->how, "title and name") &&
			strcmp(n->how, "title and family name")))
		return 0;
	for (k = from; k < n->tok; k++)
		if (!(s->toks[k].flags & TOK_WORD) || !is_cap(s, k) || s->info[k].mention >= 0 ||
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

	return adjacent(m, n) || (m->country && modifiers_only(s, from, n->tok, 1)) ||
	       portfolio_between(s, m, n) ||
	       /* ("the South Korean \"puppet\" military": a state-media
		* slur in scare quotes is a modifier all the same) */
	       (m->country && n->tok == from + 3 && is_punct_tok(s, from, '"') &&
		is_punct_tok(s, from + 2, '"') && modifiers_only(s, from + 1, from + 2, 1));
}

/* A count as digits or a small number's word ("two Chinese bombers"). */
static int count_word(const struct sent *s, size_t i)
{
	static const char *const small[] = { "two", "three", "four", "five", "six", "seven",
					     "eight", "nine", "ten", "several", "dozens", NULL };

	return (s->toks[i].flags & TOK_NUM) || word_is_any(s, i, small);
}

/* "the juntas ruling Niger, Mali and Burkina Faso", "the generals
 * running Myanmar": a participle of rule joins a role to the states it
 * rules as "of" does ("the military rulers of Niger"). */
static int ruling_at(const struct sent *s, size_t i)
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
		if (s->info[j].brk || (s->info[j].roles & R_PREP) || is_punct_tok(s, j, ','))
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
		if (s->info[j].brk || is_punct_tok(s, j, ','))
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
	    !is_state_code(n->code) || !strncmp(m->code, n->code, 3) ||
	    actor_ever_of(c->lex, n->actor, m->code))
		return NULL;
	return state_role(c, m->code, n->code + 3);
}

static const char *hyphen_owner(struct dyad_coder *c, const struct sent *s, size_t i,
				int32_t ymd, const char *const *words);

/* The code of the actor that runs the agent at token TOK, named by a
 * word like "Russian-installed" right before it, or NULL: "Russian-
 * installed officials in Zaporizhzhia" are Russia's, not the place's
 * (run_by_roles gives them their owner's state); "Dutch-led
 * investigators" are the Netherlands', not the speaker's. */
static const char *run_by_owner(struct dyad_coder *c, const struct sent *s, uint32_t tok,
				int32_t ymd)
{
	static const char *const run[] = { "run", "controlled", "ruled", "administered",
					   "installed", "appointed", "led", NULL };

	return tok > 0 && s->info[tok - 1].mention < 0 ? hyphen_owner(c, s, tok - 1, ymd, run) :
							  NULL;
}

static int is_punct_tok(const struct sent *s, size_t i, char ch);

/* "charged 13 Russians and three Russian companies": a plural after a
 * count is a noun of its own, the people counted, not an adjective
 * waiting for the agent at the list's end ("two Russian and two
 * Chinese bombers" end in no "s"). */
static int counted_plural(const struct sent *s, const struct mention *m)
{
	size_t len;
	const char *t = tok_text(s, m->tok + m->n_tok - 1, &len);

	return m->tok > 0 && len > 3 && t[len - 1] == 's' && count_word(s, m->tok - 1);
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
			if (!(n->tok == sep + 1 || (n->tok == sep + 2 && count_word(s, sep + 1))))
				return -1;
			conj = 1;
		} else if (!is_punct_tok(s, sep, ',') ||
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
static void allies_of_states(struct sent *s)
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
			    modifiers_only(s, m->tok + m->n_tok + 1, k, 0))
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
static void named_roles(struct sent *s)
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

		if (m->kind == M_AGENT && m->n_tok == 1 && m->tok > 1 && is_cap(s, m->tok) &&
		    word_is_any(s, m->tok, persons) &&
		    !(m->tok + 1 < s->n && is_name_word(s, m->tok + 1))) {
			while (k >= 0 && words < 2 && is_name_word(s, (size_t)k) &&
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
static void seat_metonyms(struct sent *s)
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
static int aide_agent(const struct sent *s, const struct mention *m)
{
	static const char *const aides[] = { "aide", "aides", "adviser", "advisers", "advisor",
					     "advisors", NULL };

	return m->n_tok > 0 && word_is_any(s, m->tok + m->n_tok - 1, aides);
}

/* Whether the role at token TOK is a multinational one ("a multinational
 * police force in Haiti", "an international force in Gaza"): no role of
 * the place it serves in. */
static int multinational_before(const struct sent *s, uint32_t tok)
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
static int held_in_place(const struct sent *s, const struct mention *m)
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
		if (trie_longest(&c->lex->agent_trie, s, j, &agent) == (long)last &&
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
	    !(s->info[sep].roles & R_CONJ) || n->tok != sep + 1 || !is_cap(s, m->tok))
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
	       !is_cap(s, from) && s->info[from].mention < 0 && !s->info[from].roles &&
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
	       n->tok > poss + 1 && !is_cap(s, poss + 1) &&
	       modifiers_only(s, poss + 1, n->tok, 1) && !strncmp(m->code, n->code, 3);
}

static void combine_agents(struct dyad_coder *c, struct sent *s, int32_t ymd)
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
		    (adjacent(m, n) || portfolio_between(s, m, n) || possessive_rank_before(s, m, n) ||
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
		    n->kind == M_NAME && n->person && n->code && adjacent(m, n) &&
		    !strcmp(n->how, "title and name") && strncmp(n->code, m->code, strlen(m->code)) &&
		    !(m->tok > 0 && word_is_any(s, m->tok - 1, former_words))) {
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
				merged.code = actor_with_agent(c, m, ag);
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
		if (n && m->kind == M_NAME && !m->person && m->code && n->kind == M_AGENT) {
			/* "Russia's foreign ministry"; "Russia's FSB security
			 * service": an acronym of the state's own between. */
			int poss = (s->info[m->tok + m->n_tok].roles & R_POSS) &&
				   (modifiers_only(s, m->tok + m->n_tok + 1, people ? people->tok : n->tok, 0) ||
				    (!people && coordinated_modifier(s, m->tok + m->n_tok + 1, n->tok)) ||
				    (n->tok == m->tok + m->n_tok + 2 &&
				     acronym_at(s, m->tok + m->n_tok + 1)));
			/* "Qatar's air defences intercepted": a state's
			 * air defences after its possessive too, as the
			 * clause's subject ("fired by Ukraine's air defences"
			 * keeps the state, the passive's agent) */
			if (weapon_agent(s, n) ? (adjacent(m, n) ||
						  (poss && n->tok == m->tok + m->n_tok + 1 &&
						   !(m->tok > 0 && (s->info[m->tok - 1].roles & R_PREP)) &&
						   air_defence_agent(s, n))) &&
						 m->country && !inert_aircraft(s, n) :
			    vehicle_agent(c, s, n) ? adjacent(m, n) || (poss && n->tok == m->tok + m->n_tok + 1) :
			    people_agent(s, n) ?
			    m->country && (adjacent(m, n) || (poss && n->tok == m->tok + m->n_tok + 1)) :
						 (!people && state_modifies(s, m, n)) || poss) {
				const struct lex_agent *ag = &c->lex->agents.v[n->actor];
				struct mention merged = *n;
				merged.kind = M_NAME;
				merged.code = actor_with_agent(c, m, ag);
				merged.actor = LEX_NONE;
				merged.country = 0;
				merged.how = "state and agent";
				/* "former Polish deputy justice minister Marcin
				 * Romanowski", "a former Israeli general": an
				 * office once held is the state's elite, not its
				 * office holders (a known person's own dates
				 * decide for him) */
				if (m->country && m->tok > 0 && word_is_any(s, m->tok - 1, ex_words) &&
				    is_country_code(m->code) && role_in(merged.code, office_roles) &&
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
		/* "the foreign minister of Russia", "police in Gaza", "rebels
		 * in eastern Congo", "a professor at Kyungnam University" (an
		 * actor coded KOREDU lends its state, KOR).  A role a
		 * possessive pronoun owns is its referent's wherever it is:
		 * "its troops in Syria", "its consulate in Damascus" (the
		 * pronouns come later). */
		if (n && m->kind == M_AGENT && !weapon_agent(s, m) && !vehicle_agent(c, s, m) &&
		    (!people_agent(s, m) || group_fighters(s, m, n)) && !run_by_owner(c, s, m->tok, ymd) &&
		    n->kind == M_NAME && !n->person &&
		    /* "supporters of a Lebanese militia": the state is the
		     * next role's */
		    !(n->country && i + 2 < s->n_ments && s->ments[i + 2].kind == M_AGENT &&
		      state_modifies(s, n, &s->ments[i + 2])) &&
		    /* "the forces of Syrian President Bashar al-Assad": the
		     * state is the person's title; the role is his */
		    !(n->country && i + 2 < s->n_ments && s->ments[i + 2].person &&
		      adjacent(n, &s->ments[i + 2])) &&
		    !(m->tok > 0 && (s->info[m->tok - 1].roles & R_POSS) &&
		      (s->info[m->tok - 1].roles & R_PRON)) &&
		    !((s->info[m->tok + m->n_tok].roles & R_FROM) && owned_by_pronoun(s, m->tok)) &&
		    !((s->info[m->tok + m->n_tok].roles & R_FROM) && bought_from(c, s, m)) &&
		    !((s->info[m->tok + m->n_tok].roles & R_LOC) && multinational_before(s, m->tok)) &&
		    !((s->info[m->tok + m->n_tok].roles & R_LOC) && stationed_in(s, m->tok)) &&
		    /* ("shot dead by a gunman in the western city of Lviv":
		     * where an unknown attacker struck says not whose he is,
		     * ---INS) */
		    !((s->info[m->tok + m->n_tok].roles & R_LOC) &&
		      word_is_any(s, m->tok + m->n_tok - 1, unaffiliated)) &&
		    n->code && strlen(n->code) >= 3 &&
		    /* ("killed along with several ministers in an Israeli
		     * strike": the state's adjective on the force is no
		     * place of the role) */
		    !(n->country && n->tok + n->n_tok < s->n &&
		      word_is_any(s, n->tok + n->n_tok, force_nouns)) &&
		    /* ("hostages in Gaza" since October 2023 are not the
		     * place's people: place_roles() gives them Israel) */
		    !((s->info[m->tok + m->n_tok].roles & R_LOC) && ymd >= 20231007 &&
		      !strncmp(n->code, "PSE", 3) &&
		      word_is_any(s, m->tok + m->n_tok - 1, gaza_captives)) &&
		    ((s->info[m->tok + m->n_tok].roles & (R_OF | R_FROM | R_LOC)) ||
		     ((s->info[m->tok + m->n_tok].roles & R_TO) && aide_agent(s, m)) ||
		     ruling_at(s, m->tok + m->n_tok)) &&
		    !((s->info[m->tok + m->n_tok].roles & R_FROM) && withdrawn(c, s, m->tok)) &&
		    (n->tok == m->tok + m->n_tok + 1 ||
		     (n->tok == m->tok + m->n_tok + 2 &&
		      ((s->info[m->tok + m->n_tok + 1].roles & R_DET) ||
		       word_is_any(s, m->tok + m->n_tok + 1, state_parts))) ||
		     /* "aid workers from the charity World Central Kitchen" */
		     (!n->country && n->tok > m->tok + m->n_tok + 2 &&
		      (s->info[m->tok + m->n_tok + 1].roles & R_DET) &&
		      !(s->info[m->tok + m->n_tok + 1].roles & R_POSS) &&
		      modifiers_only(s, m->tok + m->n_tok + 2, n->tok, 1)))) {
			const struct lex_agent *ag = &c->lex->agents.v[m->actor];
			struct mention merged = *m;
			merged.kind = M_NAME;
			merged.code = actor_with_agent(c, n, ag);
			merged.actor = LEX_NONE;
			merged.how = "agent of state";
			merged.n_tok = n->tok + n->n_tok - m->tok;
			merged.end = n->end;
			s->ments[o++] = merged;
			i++;
			continue;
		}
		if ((weapon_agent(s, m) || vehicle_agent(c, s, m) || people_agent(s, m)) &&
		    !owned_forces(s, m))
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

static int is_state_code(const char *code);
static long owner_pronoun_before(const struct sent *s, uint32_t tok);

static void attributive_roles(struct dyad_coder *c, struct sent *s)
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
		if (m->person || next >= s->n || is_cap(s, next) ||
		    !word_is_any(s, last, adjective_roles) || !word_is_any(s, next, role_things) ||
		    (next + 1 < s->n && (s->info[next + 1].roles & R_POSS)))
			goto keep;
		/* "their annual military exercise": the owner's forces */
		if (m->kind == M_AGENT && m->tok > 0 && (s->info[m->tok - 1].roles & R_POSS) &&
		    (s->info[m->tok - 1].roles & R_PRON))
			goto keep;
		if (m->kind == M_AGENT)
			continue;       /* dropped */
		if (m->kind == M_NAME && m->code && strlen(m->code) == 6 && is_state_code(m->code) &&
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
static int index_labels(struct dyad_coder *c)
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
		if (!actor_is_person(lex, (uint32_t)i))
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
static uint32_t named_in_article(struct dyad_coder *c, const struct sent *s,
				 uint32_t word, int32_t ymd, const char **code)
{
	uint32_t cand[16];
	size_t n = lex_name_part(c->lex, word, cand, 16), i;

	*code = NULL;
	if (n && !c->memo.named_scanned)
		scan_named(c, s->text - s->base, s->doc_len);
	for (i = 0; i < n; i++) {
		const char *cc;
		if (!actor_is_person(c->lex, cand[i]))
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
			node = is_cap(s, k) && s->info[k].mention < 0 ?
			       lex_trie_step(trie, node, s->info[k].word, 1) : LEX_NONE;
		if (node == LEX_NONE || (node = lex_trie_step(trie, node, w, 1)) == LEX_NONE)
			continue;
		actor = trie->values[node];
		code = actor != LEX_NONE ? match_actor_code(c->lex, actor, ymd) : NULL;
		if (!code || strlen(code) != 3 || !is_country_code(code))
			continue;
		if (!(m = push_mention(c, s)) || !(code = flag_business(c, code)))
			return DYAD_ENOMEM;
		m->kind = M_NAME;
		m->actor = LEX_NONE;
		m->code = code;
		m->how = "flag or owner's state";
		set_span(s, m, j, i);
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

static uint32_t pair_surname(struct dyad_coder *c, uint32_t w, const char *t, size_t len,
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
		if (!actor_is_person(c->lex, cand[k]))
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
static int split_hyphens(struct dyad_coder *c, struct sent *s, int32_t ymd)
{
	size_t i;
	char f[256];

	for (i = 0; i < s->n; i++) {
		size_t len, p = 0, first = s->n_ments;
		const char *t;
		if (!(s->toks[i].flags & TOK_HYPHEN) || s->info[i].mention >= 0 || !is_cap(s, i))
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
			person = actor != LEX_NONE && actor_is_person(c->lex, actor);
			/* "Trump-Kim": "Kim" is the person whose full name the
			 * article gives, before or after. */
			if (!code && k && w != LEX_NONE) {
				actor = named_in_article(c, s, w, ymd, &code);
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
					if (!is_cap(s, j) || s->info[j].mention >= 0 ||
					    (s->toks[j].flags & TOK_HYPHEN))
						break;
					nd = lex_trie_step(&c->lex->actor_trie, nd, s->info[j].word, 1);
					if (nd == LEX_NONE)
						break;
					a2 = c->lex->actor_trie.values[nd];
					c2 = a2 != LEX_NONE ? match_actor_code(c->lex, a2, ymd) : NULL;
					if (c2 && is_country_code(c2)) {
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
					if (!(m = push_mention(c, s)))
						return DYAD_ENOMEM;
					m->kind = M_NAME;
					m->actor = actor;
					m->code = code;
					m->person = (uint8_t)person;
					m->country = (uint8_t)(!m->person && is_country_code(code));
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
				actors[g] = pair_surname(c, gap_w[g], t + gap_p[g], gap_q[g] - gap_p[g],
							 ymd, &codes[g]);
			if (actors[0] != LEX_NONE && (n_gaps == 1 || actors[1] != LEX_NONE) &&
			    (n_gaps == 1 ? actors[0] != s->ments[first].actor : actors[0] != actors[1])) {
				for (g = 0; g < n_gaps; g++) {
					struct mention *m = push_mention(c, s);
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
static void pair_agents(struct dyad_coder *c, struct sent *s)
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
		    !modifiers_only(s, m->tok + 1, ag->tok, 0)) {
			s->ments[o++] = *m;
			continue;
		}
		la = &c->lex->agents.v[ag->agent];
		cm = actor_with_agent(c, m, la);
		cn = actor_with_agent(c, n, la);
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
static const char *one_word_actor(struct dyad_coder *c, const char *text, size_t len,
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
static int anti_states(struct dyad_coder *c, struct sent *s, int32_t ymd)
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
		code = one_word_actor(c, t + 5, len - 5, ymd, &actor);
		if (!code || !is_country_code(code) || actor_is_person(c->lex, actor))
			continue;
		if (!(m = push_mention(c, s)))
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
static void sort_mentions(struct sent *s)
{
	if (s->n_ments > 1)
		qsort(s->ments, s->n_ments, sizeof(*s->ments), mention_cmp);
}

static void mark_tokens(struct sent *s)
{
	size_t i, j;

	for (i = 0; i < s->n; i++)
		s->info[i].mention = -1;
	for (i = 0; i < s->n_ments; i++)
		for (j = s->ments[i].tok; j < s->ments[i].tok + s->ments[i].n_tok && j < s->n; j++)
			if (s->info[j].mention < 0)
				s->info[j].mention = (int32_t)i;
}

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
static int find_appositions(struct dyad_coder *c, struct sent *s)
{
	size_t i = 0;

	while (i < s->n) {
		size_t k = i, j;
		struct mention *m;
		const struct mention *ap;
		int headed;

		if (s->info[i].mention >= 0 || !is_name_word(s, i) ||
		    (i > 0 && is_name_word(s, i - 1))) {
			i++;
			continue;
		}
		while (k + 1 < s->n && is_name_word(s, k + 1) && s->info[k + 1].mention < 0 &&
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
		if (!(m = push_mention(c, s)))
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
				if (is_punct_tok(s, b, ',') || (s->info[b].roles & (R_SUB | R_BUT)) ||
				    (s->info[b].vlemma != LEX_NONE && s->info[b].nlemma == LEX_NONE &&
				     s->info[b].mention < 0))
					break;
				if (s->info[b].mention < 0)
					continue;
				o = &s->ments[s->info[b].mention];
				if (o->code && strlen(o->code) >= 3 && !o->person && is_state_code(o->code) &&
				    strncmp(o->code, "---", 3) && strncmp(o->code, "IGO", 3) &&
				    strncmp(o->code, "IMG", 3) && strncmp(o->code, "NGO", 3)) {
					if (!(m->code = state_role(c, o->code, ap->code)))
						return DYAD_ENOMEM;
				}
				break;
			}
		}
		set_span(s, m, i, k);
		i = k + 1;
	}
	return DYAD_OK;
}

/* Surnames of people met earlier in the article. */
static int find_surnames(struct dyad_coder *c, struct sent *s, int32_t ymd)
{
	size_t i, k;

	for (i = 0; i < s->n; i++) {
		uint32_t h, len, actor = LEX_NONE;
		const char *code = NULL, *how = "surname";
		struct mention *m;

		if (s->info[i].mention >= 0 || !is_name_word(s, i))
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
			actor = named_in_article(c, s, s->info[i].word, ymd, &code);
			how = "family name of a person the article names";
		}
		/* ...then the one person of that family name the
		 * dictionaries know, a name of its own ("Jose Sanchez" is
		 * someone else) */
		if (!code && s->info[i].word != LEX_NONE &&
		    !(i > 0 && is_name_word(s, i - 1) && s->info[i - 1].mention < 0) &&
		    !(i + 1 < s->n && is_name_word(s, i + 1))) {
			actor = unique_surname(c, s, i, ymd, &code);
			how = "family name of one person the dictionaries know";
		}
		if (!code)
			continue;
		if (!(m = push_mention(c, s)))
			return DYAD_ENOMEM;
		m->kind = M_SURNAME;
		m->actor = actor;
		m->code = code;
		m->person = 1;
		m->how = how;
		set_span(s, m, i, i);
	}
	return DYAD_OK;
}

static int is_punct_tok(const struct sent *s, size_t i, char ch)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return (s->toks[i].flags & TOK_PUNCT) && len == 1 && t[0] == ch;
}

/* "the North", "the South" in a sentence that names either Korea: North
 * and South Korea, as Korean wire copy writes them ("his second visit to
 * the North", "prompting the South to hold drills"); and the Korea a
 * shared name leaves out ("North and South Korea held talks"). */
static int korean_sides(struct dyad_coder *c, struct sent *s)
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
		if (!(m = push_mention(c, s)))
			return DYAD_ENOMEM;
		m->kind = M_NAME;
		m->code = t[0] == 'N' ? "PRK" : "KOR";
		m->country = 1;
		m->how = "Korea left out";
		set_span(s, m, i, i);
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
		       (!is_cap(s, the) || word_is_any(s, the, reclusive)) &&
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
		if (!(m = push_mention(c, s)))
			return DYAD_ENOMEM;
		m->kind = M_NAME;
		m->code = code;
		m->country = 1;
		m->how = "Korean side";
		set_span(s, m, mods ? the + 1 : i, i);
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
			struct mention *m = push_mention(c, s);
			if (!m)
				return DYAD_ENOMEM;
			m->kind = M_NAME;
			m->code = sides[side];
			m->country = 1;
			m->pair = 1;
			m->how = "the two Koreas";
			set_span(s, m, i, i);
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
		if (!(m = push_mention(c, s)))
			return DYAD_ENOMEM;
		m->kind = M_NAME;
		m->code = first[0] == 'P' ? "KOR" : "PRK";
		m->how = "the other Korea's stake";
		set_span(s, m, i, i);
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
		if (!b->code || b->person || !b->country || !is_country_code(b->code))
			return 0;
		out[count++] = m;
		while (t >= 0 && s->info[t].mention < 0 &&
		       (is_punct_tok(s, (size_t)t, ',') || (s->info[t].roles & R_CONJ) ||
			list_article(s, (uint32_t)t)))
			t--;
		m = t >= 0 && t + 1 < (long)b->tok ? s->info[t].mention : -1;
	}
	/* "Chad, Mali, Niger and Sudan ... the three countries" names none */
	return count == n && m < 0;
}

/* "Israel recalled its ambassadors to Ireland, Norway and Spain after
 * the three countries said they would recognise a Palestinian state":
 * "the three countries" (nations, states) stands for each member of
 * the list of as many states right before it, one mention per member
 * over the phrase, paired like "Trump-Kim" so that they make one group.
 * Needs the mentions marked. */
static int counted_states(struct dyad_coder *c, struct sent *s)
{
	static const char *const nouns[] = { "countries", "nations", "states", NULL };
	static const char *const dets[] = { "the", "all", "these", "those", NULL };
	size_t i;

	for (i = 2; i + 1 < s->n; i++) {
		size_t n, k;
		int32_t members[10];
		long t;
		size_t len_noun;
		const char *noun = tok_text(s, i + 1, &len_noun);

		/* the noun's last letter first: every token passes here */
		if ((noun[len_noun - 1] | 0x20) != 's' || !word_is_any(s, i + 1, nouns) ||
		    !(n = counted_number(s, i)) ||
		    !word_is_any(s, i - 1, dets) ||
		    s->info[i].mention >= 0 || s->info[i + 1].mention >= 0)
			continue;
		/* "the three countries' leaders": a possessor, not the parties */
		if (i + 2 < s->n && (s->info[i + 2].roles & R_POSS))
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
			if (!(m = push_mention(c, s)))
				return DYAD_ENOMEM;
			*m = s->ments[members[k]];      /* push_mention may have moved them */
			m->pair = 1;
			m->after_prep = 0;
			m->how = "counted states of a list";
			set_span(s, m, i - 1, i + 1);
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
static const char *const told_objects[] = { "him", "her", "them", "us", "me", NULL };
/* the words that open an object relative ("which it accuses of") */
static const char *const object_relatives[] = { "which", "whom", NULL };
/* subordinators after which a subject "he" goes on with the sentence's
 * subject: "travelled to Abu Dhabi, where he met" */
static const char *const sub_then[] = { "where", "before", "until", "whereupon", "when", "after",
					 "while", "once", NULL };

static long report_verb(const struct sent *s, size_t i)
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
		if (j > 0 && (s->info[j - 1].vroles & V_SPEECH) && word_is_any(s, j, told_objects))
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
		if (!(s->info[j].roles & R_PREP) && !is_cap(s, j) && !word_is_any(s, j, time_words))
			return -1;
	}
	return -1;
}

/* Whether the "that" at token V opens the content of a claim, its
 * claimant between them or not: "accusations that", "a report by U.N.
 * experts that". */
static int claim_before(const struct sent *s, long v)
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
static int in_closed_relative(const struct sent *s, const struct mention *m, size_t i)
{
	static const char *const rel[] = { "which", "who", NULL };
	size_t k, open = 0, found = 0;

	for (k = m->tok; k-- > 1;) {
		if (is_punct_tok(s, k, ',') || (s->info[k].brk && !word_is_any(s, k, rel)))
			return 0;
		if (word_is_any(s, k, rel)) {
			if (!is_punct_tok(s, k - 1, ','))
				return 0;
			open = k;
			found = 1;
			break;
		}
	}
	if (!found || open < 2 || s->info[open - 2].mention < 0)
		return 0;
	for (k = m->tok + m->n_tok; k < i; k++)
		if (is_punct_tok(s, k, ','))
			return 1;
	return 0;
}

/* Who speaks at the verb or "that" at token V: the nearest mention before
 * it that is neither a preposition's object ("Army officers in
 * Guinea-Bissau said") nor the hearer ("China has told Japan that"); -1
 * when none of the first N mentions is. */
static long speaker(const struct sent *s, long v, size_t n)
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
		if (in_closed_relative(s, m, (size_t)v))
			continue;
		while (j >= 0 && (((s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS)) ||
				  word_is_any(s, (size_t)j, pre_words)))
			j--;
		/* the word before the list the mention ends ("accused Spain
		 * and Norway") */
		while (j >= 1 && ((s->info[j].roles & R_CONJ) || is_punct_tok(s, (size_t)j, ',')) &&
		       s->info[j - 1].mention >= 0) {
			j = (long)s->ments[s->info[j - 1].mention].tok - 1;
			while (j >= 0 && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS))
				j--;
		}
		/* a verb's object ("accused Rwanda of backing M23 rebels
		 * who ..., and said it would") is not who speaks */
		if (j >= 0 && (((s->info[j].roles & R_PREP) && !(s->info[j].roles & R_SUB)) ||
			       (!is_cap(s, (size_t)j) && (s->info[j].vlemma != LEX_NONE ||
							  (s->info[j].vroles & V_SPEECH) ||
							  verb_ending(s, (size_t)j)))))
			continue;
		return (long)k;
	}
	return -1;
}

/* After an empty "it is": "it was unclear whether", "it is time to". */
static const char *const impersonal_words[] = { "clear", "unclear", "likely", "unlikely",
						"possible", "impossible", "important", "necessary",
						"time", "too", "difficult", "hard", "easy", "essential",
						"vital", "crucial", "true", "untrue", "known", "unknown",
						"evident", "obvious", "certain", "uncertain", "hoped",
						"expected", "feared", "believed", "understood", "reported",
						"said", "thought", "a", "an", "the", NULL };
static const char *const not_words[] = { "not", "n't", "now", "still", "also", NULL };
static const char *const firms[] = { "BUS", NULL };
/* A speaker's own forces after "said its": "missiles", "troops" */
static const char *const speaker_forces[] = { "missiles", "drones", "forces", "troops",
					      "soldiers", "fighters", "aircraft", "jets",
					      "warplanes", "units", "army", "military", NULL };

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
static int clause_subject(const struct sent *s, const struct mention *m, size_t i)
{
	size_t b, c;

	for (b = m->tok + m->n_tok; b < i; b++) {
		/* ("Zelenskiy, who had flown to Ankara, accused him": past a
		 * relative clause or a participle aside on the subject) */
		if (b == m->tok + m->n_tok && is_punct_tok(s, b, ',')) {
			for (c = b + 1; c < i && c < b + 22 && !is_punct_tok(s, c, ','); c++)
				;
			if (c < i && c + 1 < i && i - c <= 3 && c > b + 2 && subject_aside_opener(s, b + 1)) {
				b = c;
				continue;
			}
		}
		if (s->info[b].brk || is_punct_tok(s, b, ',') || s->info[b].mention >= 0)
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
		return clause_subject(s, m, i) && m->code && (!role_only || strlen(m->code) > 3) &&
		       is_state_code(m->code) && strncmp(m->code, "---", 3) ? m : NULL;
	}
	return NULL;
}

/* The subject of the clause whose object is the "it" at token I that an
 * accusation names ("the health ministry accused it of killing", "blamed
 * it for"), when the subject is a role of a state; NULL otherwise.  Other
 * objects "it" are as often the act itself ("condemned it as cowardly",
 * "a fighter jet to escort it"), which the coder reads. */
static const struct mention *object_it_subject(const struct sent *s, size_t i, size_t n)
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
static const struct mention *attacked_owner_subject(struct dyad_coder *c, const struct sent *s,
						    size_t i, size_t n)
{
	static const char *const force[] = { "shell", "strike", "attack", "bomb", "hit", "target",
					     "pound", "raid", "shoot", "storm", "ambush", NULL };
	/* "fired 40 missiles and 100 drones at its energy facilities",
	 * "launched strikes on its ports": force aimed through a
	 * preposition at what "its" owns */
	static const char *const aimed[] = { "fire", "launch", "drop", "strike", "attack", "shell",
					     NULL };
	static const char *const at_on[] = { "at", "on", "against", "into", NULL };
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
			if (aimed[f])
				return state_subject_before(s, i, n, 0);
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

static int object_role(const struct sent *s, uint32_t tok);

/* Whether a coordinating "and" and then the verb right before token I
 * follow mention M ("... and detained him", "spoke with Putin by phone
 * on Wednesday and urged him"): M then belongs to the first verb's
 * clause, not to the second's. */
static int conj_verb_between(const struct sent *s, const struct mention *m, size_t i)
{
	size_t k = m->tok + m->n_tok, j;

	if (i < k + 2 || s->info[i - 1].vlemma == LEX_NONE)
		return 0;
	for (j = k; j + 1 < i; j++)
		if (s->info[j].roles & R_CONJ)
			return 1;
	return 0;
}


/* Whether mention M is the subject of a relative clause that holds
 * token I: "his host, Russian President Vladimir Putin, who greeted him"
 * (who greets is not who is greeted). */
static int relative_subject(const struct sent *s, const struct mention *m, size_t i)
{
	static const char *const who[] = { "who", NULL };
	size_t k = m->tok + m->n_tok, j;

	if (k < s->n && is_punct_tok(s, k, ','))
		k++;
	if (k >= i || !word_is_any(s, k, who))
		return 0;
	for (j = k + 1; j < i; j++)
		if (s->info[j].brk || is_punct_tok(s, j, ',') || s->info[j].mention >= 0)
			return 0;
	return 1;
}

/* Whether mention M is listed right before mention O, only "and" or a
 * comma between them ("Trump and Vance"). */
static int listed_before(const struct sent *s, const struct mention *m, const struct mention *o)
{
	size_t t = m->tok + m->n_tok;

	if (t >= o->tok)
		return 0;
	for (; t < o->tok; t++)
		if (!(s->info[t].roles & R_CONJ) && !is_punct_tok(s, t, ','))
			return 0;
	return 1;
}

/* Whether mention M, set off by commas, is an apposition to the subject
 * of the clause at token I: "the Gulf state's president, Sheikh Mohamed
 * bin Zayed, received him" (the name is the subject's, after a comma,
 * and the verb follows its closing comma). */
static int appositive_subject(const struct sent *s, const struct mention *m, size_t i)
{
	size_t b = m->tok + m->n_tok;

	if (m->tok == 0 || !is_punct_tok(s, m->tok - 1, ',') || b >= i || !is_punct_tok(s, b, ','))
		return 0;
	for (b++; b < i; b++)
		if (s->info[b].brk || is_punct_tok(s, b, ',') || s->info[b].mention >= 0)
			return 0;
	return 1;
}

/* Whether the subject of the clause at token I, among the first N
 * mentions, is a description of the person M names, which an object
 * "him" cannot be: "Trump welcomed Putin ..., and the Kremlin leader
 * invited him" (a role of M's own code, not a name). */
static int described_subject(const struct sent *s, const struct mention *m, size_t i, size_t n)
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
		    !d->code || strcmp(d->code, m->code) || !clause_subject(s, d, i) ||
		    !word_is_any(s, d->tok + d->n_tok - 1, person_heads))
			continue;
		return 1;
	}
	return 0;
}

/* Whether mention M ends in a plural noun ("553 prisoners", "protesters"):
 * a word in -s, not -ss. */
static int plural_mention(const struct sent *s, const struct mention *m)
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
static int plural_state_role(const struct sent *s, const struct mention *m)
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
static int gender_fits(const dyad_lexicon *lex, const struct mention *m, int g, int she_near)
{
	int she = m->actor != LEX_NONE && (lex->actors.v[m->actor].flags & LEX_ACTOR_SHE);

	return g == 1 ? !she : g == 2 && she_near ? she : 1;
}

/* Whether a woman is named before token I of the sentence, or was the
 * last or other person of the sentences before. */
static int she_near(const struct dyad_coder *c, const struct sent *s, size_t i)
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
static const struct mention *listed_people_before(const struct sent *s, size_t i, size_t n)
{
	size_t k, j;

	/* (the groups are not linked yet: listed is "and" or a comma
	 * between) */
	for (k = 0; k < n && s->ments[k].tok < i; k++) {
		const struct mention *m2 = &s->ments[k];
		if (m2->kind == M_PRONOUN || !m2->person || !m2->code || clause_subject(s, m2, i))
			continue;
		for (j = k + 1; j < n; j++)
			if (s->ments[j].tok < i && s->ments[j].person && s->ments[j].kind != M_PRONOUN &&
			    listed_before(s, m2, &s->ments[j]))
				return m2;
	}
	return NULL;
}

/* "diplomats from Argentina, Chile, Peru and four other countries to leave
 * after their governments questioned": the first of two or more states or
 * state roles listed together before token I, in a clause before I's, or
 * NULL. */
static const struct mention *listed_states_before(const struct sent *s, size_t i, size_t n)
{
	size_t k, j;

	for (k = 0; k < n && s->ments[k].tok < i; k++) {
		const struct mention *m2 = &s->ments[k];
		if (m2->kind == M_PRONOUN || m2->person || !m2->code || !is_state_code(m2->code) ||
		    clause_subject(s, m2, i))
			continue;
		for (j = k + 1; j < n; j++)
			if (s->ments[j].tok < i && !s->ments[j].person && s->ments[j].kind != M_PRONOUN &&
			    s->ments[j].code && is_state_code(s->ments[j].code) &&
			    strncmp(s->ments[j].code, m2->code, 3) && listed_before(s, m2, &s->ments[j]))
				return m2;
	}
	return NULL;
}

/* "A gunman killed 19 children before police shot him dead", "an
 * attacker stabbed an officer before he was shot dead by armed police":
 * the one attacker (an armed role named in the singular) among the first
 * n mentions before token i, for a "he" or "him" that no person fits;
 * NULL if none. */
static const struct mention *lone_attacker_before(const struct sent *s, size_t i, size_t n)
{
	size_t k;

	for (k = 0; k < n && s->ments[k].tok < i; k++) {
		const struct mention *m2 = &s->ments[k];
		if (m2->kind == M_AGENT && !m2->person && m2->code && armed_group(m2->code) &&
		    !plural_mention(s, m2))
			return m2;
	}
	return NULL;
}

/* The sentence's first mention before token I when it is a person and
 * the subject of its clause (no preposition's or verb's object): whom a
 * later "he" continues; NULL otherwise. */
static const struct mention *first_person_subject(const struct sent *s, size_t i, size_t n)
{
	size_t k;

	for (k = 0; k < n && s->ments[k].tok < i; k++) {
		const struct mention *m2 = &s->ments[k];
		if (m2->kind == M_PRONOUN)
			continue;
		return m2->person && !m2->after_prep && !object_role(s, m2->tok) ? m2 : NULL;
	}
	return NULL;
}

/* "When he visits Moscow next week, Xi will sign", "After she met
 * Lavrov, Choe said": a subject "he" or "she" right after a subordinator
 * that opens the sentence (or follows its dateline's dash) names the main
 * clause's subject, the first person right after the clause's comma; or
 * NULL. */
static const struct mention *fronted_clause_subject(const struct sent *s, size_t i, size_t n)
{
	static const char *const fronted[] = { "when", "after", "before", "while", "once", "until",
					       "as", "since", "if", NULL };
	static const char *const dashes[] = { "-", "--", "\xe2\x80\x94", "\xe2\x80\x93", NULL };
	size_t j, k;

	if (i < 1 || !word_is_any(s, i - 1, fronted) ||
	    (i >= 2 && !word_is_any(s, i - 2, dashes)))
		return NULL;
	for (j = i + 1; j < s->n && !is_punct_tok(s, j, ','); j++)
		if (j > i + 16 || is_punct_tok(s, j, ';'))
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
		if (k < s->n && is_punct_tok(s, k, ',')) {
			size_t e;
			for (e = k + 1; e < s->n && e <= k + 16 && !is_punct_tok(s, e, ',') &&
					!is_punct_tok(s, e, '"') && !(s->info[e].vroles & V_SPEECH);
			     e++)
				;
			if (e < s->n && is_punct_tok(s, e, ','))
				k = e + 1;
		}
		return k < s->n && (s->info[k].vroles & V_SPEECH) ? s->info[j].mention : -1;
	}
	if (open < 3 || !(is_punct_tok(s, open - 1, ':') || is_punct_tok(s, open - 1, ',')))
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
	if (s->n < 4 || !is_punct_tok(s, 0, '"'))
		return DYAD_OK;
	for (close = 1; close < s->n && !is_punct_tok(s, close, '"'); close++)
		;
	if (close >= s->n || (sp = quote_speaker(s, 0, close)) < 0 || (size_t)sp >= n_before ||
	    !s->ments[sp].code)
		return DYAD_OK;
	s->qclose = (uint32_t)close;
	s->qspeaker_tok = (int32_t)s->ments[sp].tok;
	for (v = close + 1; v < s->n && v <= close + 24 && !(s->info[v].vroles & V_SPEECH); v++)
		if (is_punct_tok(s, v, '"'))
			return DYAD_OK;
	for (j = v + 1; j + 1 < s->n && j <= v + 8 && !is_punct_tok(s, j, ','); j++) {
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
		} else if (!(m = push_mention(c, s)))
			return DYAD_ENOMEM;
		stand_for(s, m, o, "quoted one said of", j, j);
	}
	return DYAD_OK;
}

/* '"We will not negotiate under pressure," Lavrov said', 'Lavrov said:
 * "I will not allow it"': "I" and "we" in a quote are its speaker, a
 * pronoun mention patterns can take as their source.  Needs the
 * speakers' mentions found. */
static int quoted_first_persons(struct dyad_coder *c, struct sent *s)
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

		if (is_punct_tok(s, i, '"')) {
			inside = !inside;
			open = i;
			continue;
		}
		if (!inside || s->info[i].mention >= 0 || !word_is_any(s, i, first))
			continue;
		for (close = i + 1; close < s->n && !is_punct_tok(s, close, '"'); close++)
			;
		if (close >= s->n || (sp = quote_speaker(s, open, close)) < 0 ||
		    (size_t)sp >= n_before || !s->ments[sp].code)
			continue;
		if (!(m = push_mention(c, s)))
			return DYAD_ENOMEM;
		stand_for(s, m, &s->ments[sp], "quoted first person", i, i);
		m->quoted = 1;
	}
	return DYAD_OK;
}

/* Whether the object pronoun at token I follows its verb in a clause that
 * ", and" or ", but" opens with a subject that is no person ("..., and
 * European Union leaders rebuked him"). */
static int new_subject_clause(const struct sent *s, size_t i)
{
	size_t j;
	int32_t subj = -1;

	if (i < 4 || s->info[i - 1].vlemma == LEX_NONE)
		return 0;
	for (j = i - 1; j-- > 1;) {
		if (s->info[j].mention >= 0)
			subj = s->info[j].mention;
		if (is_punct_tok(s, j, ','))
			return 0;
		if ((s->info[j].roles & (R_CONJ | R_BUT)) && is_punct_tok(s, j - 1, ','))
			return subj >= 0 && s->ments[subj].tok == j + 1 && !s->ments[subj].person &&
			       s->ments[subj].kind != M_PRONOUN;
		if (s->info[j].brk && !(s->info[j].roles & (R_CONJ | R_BUT)))
			return 0;
	}
	return 0;
}

/* he/she/it/they to the nearest fitting mention, in this sentence first. */
static int find_pronouns(struct dyad_coder *c, struct sent *s)
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
		int want; /* 0 person, 1 thing, 2 group */
		int g = 0, near = 0; /* gender: 1 he, 2 she */
		long v, sp;
		struct mention *m;

		if (!(s->info[i].roles & R_PRON) || s->info[i].mention >= 0)
			continue;
		/* "its NATO allies", "his Russian counterpart": a possessive
		 * before a named actor only determines it. */
		if ((s->info[i].roles & R_POSS) && i + 1 < s->n && s->info[i + 1].mention >= 0 &&
		    s->ments[s->info[i + 1].mention].kind == M_NAME &&
		    s->ments[s->info[i + 1].mention].tok == i + 1)
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
			near = she_near(c, s, i);
		/* Expletive "it": "it is likely", "it was not clear".  In a
		 * reported clause "it" is most often the reporter ("Britain
		 * said it was sending missiles", "it is ready to talk"), so
		 * only the words of an impersonal clause make it empty
		 * there. */
		if (want == 1 && i + 1 < s->n && (s->info[i + 1].roles & R_BE) && len == 2) {
			size_t w = i + 2;
			if (w < s->n && word_is_any(s, w, not_words))
				w++;
			if (report_verb(s, i) < 0 || (w < s->n && word_is_any(s, w, impersonal_words)))
				continue;
		}
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
		if ((v = report_verb(s, i)) >= 0 && !(v + 1 == (long)i && word_is_any(s, i, told_objects)) &&
		    (!(s->info[i].roles & R_POSS) || claim_before(s, v) ||
		     (v + 1 == (long)i && i + 1 < s->n && word_is_any(s, i + 1, speaker_forces))) &&
		    (sp = speaker(s, v, n_before)) >= 0) {
			const struct mention *m2 = &s->ments[sp];
			/* "it" is no plural role ("553 prisoners") */
			int plural = m2->kind == M_AGENT && plural_mention(s, m2);
			/* ("Pashinyan and Aliyev signed ... and said they
			 * would": people listed speak as "they") */
			int listed = m2->tok >= 2 && (s->info[m2->tok - 1].roles & R_CONJ) &&
				     s->info[m2->tok - 2].mention >= 0 &&
				     s->ments[s->info[m2->tok - 2].mention].person;
			if ((want == 0 && m2->person && gender_fits(c->lex, m2, g, near)) ||
			    (want == 1 && !m2->person && !plural &&
			     (m2->kind == M_NAME || m2->kind == M_AGENT)) ||
			    (want == 2 && (!m2->person || listed)))
				ref = m2;
		}
		/* "Choe held talks with Lavrov in Moscow, and she pledged":
		 * a subject "he" or "she" opening a clause joined by "and"
		 * or "but" continues the first clause's subject, not the
		 * person named last. */
		if (!ref && want == 0 && i >= 2 && !(s->info[i].roles & R_POSS) &&
		    !word_is_any(s, i, told_objects) &&
		    (s->info[i - 1].roles & (R_CONJ | R_BUT)) && is_punct_tok(s, i - 2, ','))
			for (k = 0; k < n_before && s->ments[k].tok < i; k++) {
				const struct mention *m2 = &s->ments[k];
				if (m2->kind == M_PRONOUN)
					continue;
				if (m2->person && !m2->after_prep && !object_role(s, m2->tok) &&
				    gender_fits(c->lex, m2, g, near))
					ref = m2;
				break;
			}
		/* "travelled to Abu Dhabi, where he met", "met Xi in Beijing
		 * before he flew to Paris": a subject "he" or "she" right after
		 * a subordinator continues the sentence's subject too. */
		if (!ref && want == 0 && i >= 1 && !(s->info[i].roles & R_POSS) &&
		    !word_is_any(s, i, told_objects) && word_is_any(s, i - 1, sub_then))
			ref = first_person_subject(s, i, n_before);
		if (!ref && want == 0 && !(s->info[i].roles & R_POSS) && !word_is_any(s, i, told_objects))
			ref = fronted_clause_subject(s, i, n_before);
		if (ref && want == 0 && !gender_fits(c->lex, ref, g, near))
			ref = NULL;
		/* "Orban met Putin in Moscow, and EU leaders rebuked him for
		 * the trip": an object "him" or "her" in a clause that ", and"
		 * or ", but" opens with a subject of its own, no person, is
		 * the first clause's subject, not its object. */
		if (!ref && want == 0 && !(s->info[i].roles & R_POSS) &&
		    word_is_any(s, i, told_objects) && new_subject_clause(s, i))
			ref = first_person_subject(s, i, n_before);
		if (ref && want == 0 && !gender_fits(c->lex, ref, g, near))
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
			    (m2->person || (m2->kind == M_AGENT && !plural_mention(s, m2))) &&
			    gender_fits(c->lex, m2, g, near))
				ref = m2;
		}
		/* "Shoigu met Kim in Pyongyang, his second visit": "his" and
		 * "her" are most often the subject's, the sentence's first
		 * person. */
		if (!ref && i > 0 && want == 0 && (s->info[i].roles & R_POSS))
			for (k = 0; k < n_before && s->ments[k].tok < i; k++) {
				const struct mention *m2 = &s->ments[k];
				if (m2->kind == M_PRONOUN)
					continue;
				if (m2->person && gender_fits(c->lex, m2, g, near))
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
				    clause_subject(s, m2, i) || (m2->code && role_in(m2->code, firms)))
					continue;
				if (plural_mention(s, m2))
					ref = m2;
			}
		/* "Blinken and Lammy arrived in Kyiv, and Zelensky received
		 * them": an object "them" stands for people listed before its
		 * clause (plural_pronouns spreads it over the list) rather
		 * than for the place between */
		/* (so does "their": "Modi and Xi met in Kazan and agreed to
		 * resolve their border dispute") */
		if (!ref && ((len == 4 && !strncasecmp(t, "them", 4)) ||
			     (len == 5 && !strncasecmp(t, "their", 5))))
			ref = listed_people_before(s, i, n_before);
		/* ("ordered diplomats from Argentina, Chile and Peru to
		 * leave after their governments questioned the vote": the
		 * states listed, whose offices the next word names) */
		if (!ref && len == 5 && !strncasecmp(t, "their", 5) && i + 1 < s->n &&
		    word_is_any(s, i + 1, generic_governments))
			ref = listed_states_before(s, i, n_before);
		subj = want == 1 && len == 2 ? object_it_subject(s, i, n_before) :
		       want != 0 ? attacked_owner_subject(c, s, i, n_before) : NULL;
		own = NULL;
		/* "told him he blamed him": the subject of an object
		 * "him" may be a pronoun found before it; "him" is not
		 * that one, and a name before the pronoun is no subject */
		psub = NULL;
		if (len == 3 && !strncasecmp(t, "him", 3))
			for (k = s->n_ments; k-- > n_before;)
				if (s->ments[k].tok < i && !(s->info[s->ments[k].tok].roles & R_POSS) &&
				    !word_is_any(s, s->ments[k].tok, told_objects)) {
					if (clause_subject(s, &s->ments[k], i))
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
			if (in_closed_relative(s, m2, i))
				continue;
			/* ("met Putin on Monday, and Putin urged him", "after
			 * Trump and Vance berated him": nor is it another
			 * mention of that subject's person, or one listed with
			 * it) */
			if (own && m2->person &&
			    (listed_before(s, m2, own) ||
			     (m2->code && !strcmp(m2->code, own->code) && m2->actor == own->actor)))
				continue;
			if (psub) {
				if (m2->person && m2->code && psub->code && !strcmp(m2->code, psub->code))
					continue;
				if (m2->person && gender_fits(c->lex, m2, g, near)) {
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
			    ((clause_subject(s, m2, i) && !possessor(s, m2) &&
			      !(m2->person && object_role(s, m2->tok) && conj_verb_between(s, m2, i))) ||
			     relative_subject(s, m2, i) || appositive_subject(s, m2, i) ||
			     described_subject(s, m2, i, n_before))) {
				if (m2->person && m2->code && !own)
					own = m2;
				continue;
			}
			/* "sanctions on Russian officials it blamed for the
			 * death": a subject pronoun right after a noun phrase
			 * opens a relative clause about it, and is not it */
			if (m2->tok + m2->n_tok == i && !(s->info[i].roles & R_POSS) &&
			    !word_is_any(s, i, told_objects) && i + 1 < s->n &&
			    s->info[i + 1].vlemma != LEX_NONE && !s->info[i + 1].roles)
				continue;
			/* ("severing relations with the United Arab Emirates,
			 * which it accuses of arming the RSF": so is one after
			 * the "which" or "whom" of an object relative on it) */
			if (i >= 1 && word_is_any(s, i - 1, object_relatives) &&
			    !(s->info[i].roles & R_POSS) && !word_is_any(s, i, told_objects) &&
			    i + 1 < s->n && s->info[i + 1].vlemma != LEX_NONE &&
			    (m2->tok + m2->n_tok == i - 1 ||
			     (m2->tok + m2->n_tok == i - 2 && is_punct_tok(s, i - 2, ','))))
				continue;
			/* "Israel struck Gaza, and the enclave's health ministry
			 * accused it": nor is an object "it" the state of its
			 * clause's subject, which would say "itself". */
			if (subj && (m2 == subj || (m2->code && is_state_code(m2->code) &&
						    strncmp(m2->code, "---", 3) &&
						    !strncmp(m2->code, subj->code, 3))))
				continue;
			/* ("Israel released 39 Palestinian prisoners from its
			 * jails": "it" and "its" stand for no plural role of a
			 * state, which a state's name and a role make one name;
			 * the state before it is meant) */
			if (want == 1 && plural_state_role(s, m2))
				continue;
			if ((want == 0 && m2->person && gender_fits(c->lex, m2, g, near)) ||
			    (want == 1 && !m2->person && m2->kind == M_NAME) ||
			    (want == 2 && !m2->person)) {
				ref = m2;
				break;
			}
		}
		if (!ref && want == 0 && !(s->info[i].roles & R_POSS))
			ref = lone_attacker_before(s, i, n_before);
		if (!ref) {
			/* "Baerbock met Wang Yi. She urged him": the object
			 * "him" of a subject found there is the other one */
			/* (nor is a "he" a woman) */
			if (want == 0 && c->memo.have_person &&
			    s->index - c->memo.last_person_sent <= 3 && c->memo.have_other_person &&
			    ((psub && psub->actor == c->memo.last_person.actor) ||
			     !gender_fits(c->lex, &c->memo.last_person, g, near)) &&
			    gender_fits(c->lex, &c->memo.other_person, g, near))
				ref = &c->memo.other_person;
			else if (want == 0 && c->memo.have_person &&
				 s->index - c->memo.last_person_sent <= 3 &&
				 gender_fits(c->lex, &c->memo.last_person, g, near))
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
		if (!(m = push_mention(c, s)))
			return DYAD_ENOMEM;
		stand_for(s, m, ref, "pronoun", i, i);
	}
	return DYAD_OK;
}

static int plain_modifier(const struct sent *s, size_t j);
static int the_at(const struct sent *s, size_t i);

/* "imposed sanctions on the regime's morality police", "the junta's
 * leader": a role after "the regime's", "the junta's" or "the rulers'"
 * (past up to two modifiers) is the ruling state's role, one mention
 * over the whole phrase; the ruler's own mention goes, so that it is no
 * party of its own.  Needs the mentions sorted and placed; marks no
 * tokens. */
static int ruler_roles(struct dyad_coder *c, struct sent *s)
{
	static const char *const rulers[] = { "regime", "junta", "rulers", NULL };
	size_t i, out = 0;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *a = &s->ments[i];
		uint32_t p = a->tok + a->n_tok, j;
		if (a->n_tok == 1 && a->code && strlen(a->code) >= 3 && is_state_code(a->code) &&
		    strncmp(a->code, "---", 3) && a->tok > 0 && the_at(s, a->tok - 1) &&
		    word_is_any(s, a->tok, rulers) && p + 1 < s->n && (s->info[p].roles & R_POSS) &&
		    i + 1 < s->n_ments) {
			struct mention *b = &s->ments[i + 1];
			for (j = p + 1; j < b->tok && j < p + 4 && plain_modifier(s, j); j++)
				;
			if (b->tok == j && j < p + 4 && b->code && strlen(b->code) > 3 &&
			    is_state_code(b->code) && b->kind != M_PRONOUN) {
				char *cc = state_role(c, a->code, b->code + 3);
				if (!cc)
					return DYAD_ENOMEM;
				b->code = cc;   /* the ruler's state, the role's role */
				b->how = "role of the rulers named";
				set_span(s, b, a->tok - 1, b->tok + b->n_tok - 1);
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

static int region_word(const struct sent *s, size_t w);

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
static int neighbour_anaphors(struct dyad_coder *c, struct sent *s)
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

		if (own->kind != M_PRONOUN || own->n_tok != 1 || !own->code || !is_state_code(own->code) ||
		    !strncmp(own->code, "---", 3) || !(s->info[own->tok].roles & R_POSS))
			continue;
		/* ("its eastern neighbour", "its war-torn neighbour") */
		while (w < s->n && mods < 2 && !word_is_any(s, w, neighbour) &&
		       (s->toks[w].flags & TOK_WORD) && s->info[w].mention < 0 &&
		       !(s->info[w].roles & (R_DET | R_POSS | R_PREP | R_CONJ | R_SUB | R_TO)) &&
		       (!is_cap(s, w) || region_word(s, w)))
			w++, mods++;
		if (w >= s->n || !word_is_any(s, w, neighbour) || s->info[w].mention >= 0)
			continue;
		/* whose neighbour: the nearest clause subject that is a state */
		for (k = (long)i; k-- > 0;) {
			const struct mention *a = &s->ments[k];
			if (a->kind == M_PRONOUN || !a->code || !is_state_code(a->code) ||
			    !strncmp(a->code, "---", 3) || armed_group(a->code) || !opens_clause(s, a))
				continue;
			owner = a->code;
			break;
		}
		/* ("its western neighbour Colombia": the name itself) */
		if (w + 1 < s->n && s->info[w + 1].mention >= 0) {
			const struct mention *a = &s->ments[s->info[w + 1].mention];
			if (a->tok == w + 1 && a->code && is_state_code(a->code) &&
			    strncmp(a->code, owner, 3) && !armed_group(a->code))
				ref = s->info[w + 1].mention;
		}
		for (k = (long)i; ref < 0 && k-- > 0;) {
			const struct mention *a = &s->ments[k];
			if (a->kind == M_PRONOUN || !a->code || !is_state_code(a->code) ||
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
			if (a->tok > w && a->kind != M_PRONOUN && a->code && is_state_code(a->code) &&
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
			role->code = actor_with_agent(c, &state, &c->lex->agents.v[role->agent]);
			role->kind = M_NAME;
			role->how = "role of the neighbour named before";
			set_span(s, role, w, role->tok + role->n_tok - 1);
			continue;
		}
		if (!(m = push_mention(c, s)))
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
		set_span(s, m, w - mods, w);
	}
	if (pushed)
		sort_mentions(s);
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

static void owned_agents(struct dyad_coder *c, struct sent *s)
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
		/* ("the two leaders agreed to upgrade their militaries": a
		 * pronoun that took a role of no state, "leaders", owns no
		 * role of its own; the pair is the coder's to find) */
		if (a && a->kind == M_PRONOUN && a->code && strlen(a->code) == 3 &&
		    cameo_role_name(a->code))
			a = NULL;
		if (a && a->kind == M_PRONOUN && a->code && b->kind == M_AGENT && !b->placed &&
		    b->agent != LEX_NONE && b->agent < c->lex->agents.n &&
		    (b->tok == a->tok + a->n_tok || owner_pronoun_before(s, b->tok) == (long)a->tok) &&
		    a->n_tok == 1 && (s->info[a->tok].roles & R_POSS)) {
			const struct lex_agent *ag = &c->lex->agents.v[b->agent];
			struct mention owner = *a;
			struct mention merged = *b;
			owner.country = 0;
			merged.code = spy_owned_force(c, a, ag);
			if (!merged.code)
				merged.code = actor_with_agent(c, &owner, ag);
			merged.kind = M_NAME;
			merged.how = "pronoun and agent";
			merged.tok = a->tok;
			merged.n_tok = b->tok + b->n_tok - a->tok;
			merged.start = a->start;
			s->ments[out - 1] = merged;
			continue;
		}
		/* "their drones" whose owner is unknown: no actor */
		if (b->kind == M_AGENT && owned_forces(s, b))
			continue;
		if (out != i)
			s->ments[out] = *b;
		out++;
	}
	s->n_ments = out;
}

static const char *dateline_abroad(struct dyad_coder *c, const struct sent *s, uint32_t tok);

/* "the" or "a" inside a list: "The United States, the European Union
 * and Britain"; so is a possessive pronoun ("Netanyahu, his former
 * defence minister Yoav Gallant and Deif"). */
static int list_article(const struct sent *s, uint32_t t)
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
		if (is_punct_tok(s, t, ','))
			comma = 1;
		else if (!list_article(s, t))
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
	if (t < s->n && !is_punct_tok(s, t, '.'))
		return 0;
	for (t = 0; t < a->tok && !verb; t++)
		verb = s->info[t].vlemma != LEX_NONE && s->info[t].vlemma != s->info[t].word &&
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

	if (!is_punct_tok(s, from, ',') || !is_punct_tok(s, to - 2, ',') ||
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
	if (list_article(s, t - 1))
		return 1;
	return t + 1 == b->tok && t >= 2 && (s->toks[t - 1].flags & TOK_WORD) &&
	       !(s->toks[t - 1].flags & TOK_CAP) && !s->info[t - 1].roles &&
	       s->info[t - 1].mention < 0 && !s->info[t - 1].verb && list_article(s, t - 2);
}

/* The mention that tokens from..to-1 add to the one before them as a
 * further member, or 0: "as well as" ("sanctions on Russia as well as
 * Belarus"), ", along with" and ", together with" ("Macron, along with
 * the leaders of Germany, Britain and Poland, arrived"), and "and" or "as
 * well as" before the preposition the first member had ("sanctions on
 * Iran's defence ministry and on Maduro": `prep` is that preposition's
 * token, or -1 when the first member has none).  Determiners may follow. */
static int joiner_between(const struct sent *s, uint32_t from, uint32_t to, long prep)
{
	static const char *const as[] = { "as", NULL }, *const well[] = { "well", NULL };
	static const char *const with_words[] = { "along", "together", NULL };
	static const char *const with[] = { "with", NULL };
	uint32_t t = from;
	int joined = 0;
	size_t pl = 0, l;
	const char *px = prep >= 0 ? tok_text(s, (size_t)prep, &pl) : NULL, *x;

	if (t < to && word_is_any(s, t, with_words) && t > 0 && is_punct_tok(s, t - 1, ','))
		;
	else if (t < to && is_punct_tok(s, t, ',') && t + 1 < to &&
		 word_is_any(s, t + 1, with_words))
		t++;
	if (t + 1 < to && word_is_any(s, t, with_words) && word_is_any(s, t + 1, with))
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
	while (t < to && list_article(s, t))
		t++;
	return t == to;
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
			while (j >= 0 && list_article(s, (size_t)j))
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

/* Compound groups ("Russia and Belarus") and prepositions before mentions. */
static void link_mentions(struct dyad_coder *c, struct sent *s)
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
				  word_is_any(s, (size_t)j, former_words) ||
				  word_is_any(s, (size_t)j, state_parts)))
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
			if (t == m->tok && poss && words >= 1 && words <= 3) {
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
			else if (!list_article(s, t) && !(saw_conj && count_word(s, t)) &&
				 !(saw_conj && word_is_any(s, t, list_others) && t > end &&
				   count_word(s, t - 1) && b->kind != M_AGENT))
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
			if (!(len == 1 && x[0] == ',') && !list_article(s, t) &&
			    !(t > end && count_word(s, t)))
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
				if ((s->info[k].roles & (R_OF | R_FROM)) || ruling_at(s, k)) {
					of = k;
					break;
				}
		if (!of || a->person || !a->code || strlen(a->code) <= 3 ||
		    !is_state_code(a->code) || word_is_any(s, of - 1, buildings))
			continue;
		for (k = i + 1; k < s->n_ments; k++) {
			struct mention *b = &s->ments[k];
			char *code;
			if (b->group != a->group || !b->country || !is_country_code(b->code))
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
		if (m->kind == M_AGENT || !is_state_code(m->code) || !strncmp(m->code, "---", 3))
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

static const char *home_state(const struct memo *mo);

static void lone_state(struct dyad_coder *c, struct sent *s)
{
	const char *state = NULL;
	size_t i;
	int two = 0, dateline_named = 0;

	for (i = 0; i < s->n_ments; i++) {
		const struct mention *m = &s->ments[i];
		const char *code = m->code;
		if (m->kind == M_AGENT || !is_state_code(code) || !strncmp(code, "---", 3))
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
		state = home_state(&c->memo);
	if (!state || !*state || !is_state_code(state))
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
		if (m->tok > 0 && word_is_any(s, m->tok - 1, ex_words) &&
		    role_is_office(junta_role(c, m, own))) {
			if (!(code = state_role(c, own, "ELI")))
				return;
		} else if (!(code = state_role(c, own, junta_role(c, m, own))))
			return;
		m->code = code;
		m->kind = M_NAME;
		m->how = own == c->memo.dateline ? "role in the dateline's state" :
			 own == state && state != home_state(&c->memo) ? "role in the sentence's one state" :
			 "role in the article's main state";
	}
}

/* "Philippine and U.S. troops", "Russian and Chinese warships": a role
 * after the last of several states belongs to each of them. */
static void distribute_roles(struct dyad_coder *c, struct sent *s)
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
			else if (is_punct_tok(s, t, ','))
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
static int find_people(struct dyad_coder *c, struct sent *s)
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
		if (!(m = push_mention(c, s)))
			return DYAD_ENOMEM;
		m->kind = M_AGENT;
		m->code = "CVL";
		m->how = "people counted";
		set_span(s, m, i, i);
	}
	return DYAD_OK;
}

/* A code that starts with a state: not an organisation, and not a bare
 * role ("MIL" for "Army officers" in a sentence that names no state). */
static int is_state_code(const char *code)
{
	return code && strlen(code) >= 3 && code[0] >= 'A' && code[0] <= 'Z' &&
	       strncmp(code, "IGO", 3) && strncmp(code, "NGO", 3) && strncmp(code, "IMG", 3) &&
	       !cameo_role_name(code);
}

/* A name after "in", "at", "near" ... is where things happen. */
static const char *const place_nouns[] = { "city", "town", "village", "region", "province",
					   "district", "port", "capital", "island", "enclave",
					   "oblast", "suburb", "camp", "quarter", "outskirts",
					   "centre", "center", "streets", "governorate", "county",
					   "neighbourhood", "neighborhood", "suburbs", NULL };
static const char *const attack_nouns[] = { "strike", "strikes", "attack", "attacks",
					    "airstrike", "airstrikes", "raid", "raids", "assault",
					    "bombing", "bombings", "shelling", "bombardment",
					    "offensive", NULL };

/* Whether token `i` is an acronym no dictionary knows ("FSB", "SBU"). */
static int acronym_at(const struct sent *s, size_t i)
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
	    !is_state_code(m->code) || !strncmp(m->code, "---", 3) ||
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
			  word_is_any(s, (size_t)j, state_parts)))
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
		return word_is_any(s, (size_t)j - 1, place_nouns);
	if ((len == 2 && !strncasecmp(t, "on", 2)) || (len == 7 && !strncasecmp(t, "against", 7)))
		return word_is_any(s, (size_t)j - 1, attack_nouns);
	return 0;
}

/* The state the article has named most often so far (one that leads
 * alone), or NULL. */
static const char *home_state(const struct memo *mo)
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
			if (is_punct_tok(s, j, ',') && j + 1 < s->n &&
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
		if (m->kind == M_AGENT || !is_state_code(m->code) || !strncmp(m->code, "---", 3))
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
			       (word_is_any(s, k, state_parts) && !(s->toks[k].flags & TOK_CAP)));
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
		state = home_state(&c->memo);
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
		if (k == i || !code || !is_state_code(code) || !strncmp(code, "---", 3) ||
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
	if (m->n_tok == 1 && is_cap(s, m->tok)) {
		size_t tl, al;
		const char *tw = tok_text(s, m->tok, &tl);
		for (k = 0; k < i; k++) {
			const struct mention *a = &s->ments[k];
			uint32_t j;
			if (!a->code || strlen(a->code) != 6 || !is_state_code(a->code) ||
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
		if (a->code && strlen(a->code) == 6 && is_state_code(a->code) &&
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
	    !is_punct_tok(s, m->tok - 2, ',') || !word_is_any(s, m->tok - 1, the) ||
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
	for (k = t + 1; k < s->n && k <= t + 4 && !is_punct_tok(s, k, ','); k++)
		if (!(s->toks[k].flags & TOK_WORD) || s->info[k].mention >= 0 ||
		    (s->info[k].roles & (R_PREP | R_CONJ | R_SUB | R_BUT | R_IF | R_DET | R_BE)))
			return NULL;
	if (k == t + 1 || k + 1 >= s->n || !is_punct_tok(s, k, ',') ||
	    (pi = s->info[k + 1].mention) < 0)
		return NULL;
	p = &s->ments[pi];
	if (!p->person || p->tok != k + 1 || !p->code || strlen(p->code) != 6 ||
	    !is_state_code(p->code) || !strncmp(p->code, "---", 3))
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
static int plain_modifier(const struct sent *s, size_t j)
{
	return (s->toks[j].flags & TOK_WORD) && !is_cap(s, j) && !s->info[j].roles &&
	       s->info[j].mention < 0 && s->info[j].vlemma == LEX_NONE && !s->info[j].verb;
}

/* Whether the role at token TOK is an object, of a preposition or a verb
 * ("fired on protesters", "killing dozens of people"), not a clause's
 * subject ("SEOUL -- North Korea fired ..., and lawmakers condemned"). */
static int object_role(const struct sent *s, uint32_t tok)
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
			  count_word(s, (size_t)j) || word_is_any(s, (size_t)j, counting) ||
			  (words < 2 && plain_modifier(s, (size_t)j) && ++words)))
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
static int state_kind_fits(const struct sent *s, size_t w, const char *code)
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

/* "urged the country's military", "cooperation with the country's
 * military rulers": a role after "the country's" (or "the nation's",
 * and the words news uses for a state of one kind: "the island's
 * defence ministry" after Taiwan, "the enclave's health ministry" after
 * Gaza, "the kingdom's foreign ministry"), past up to two modifiers, is
 * of the state named last before it that is not a clause's subject (the
 * subject would say "its"); its code, or NULL. */
static int desc_words(const struct sent *s, size_t w);
static int region_state(const struct sent *s, size_t w, const char *code);
static const char *desc_only_state(const struct sent *s, size_t w);

static const char *country_anaphor(const struct sent *s, size_t i)
{
	static const char *const country[] = { "country", "nation", "island", "enclave",
					       "kingdom", "emirate", "territory", NULL };
	static const char *const the[] = { "the", NULL };
	const struct mention *m = &s->ments[i];
	const char *subject = NULL;
	long p = (long)m->tok - 1, the_tok, region = -1;
	size_t k;

	while (p >= 0 && p + 2 >= (long)m->tok && !(s->info[p].roles & R_POSS))
		p--;
	if (p < 3 || !(s->info[p].roles & R_POSS) || (s->info[p].roles & R_PRON) ||
	    !modifiers_only(s, (uint32_t)p + 1, m->tok, 0) || !word_is_any(s, (size_t)p - 1, country))
		return NULL;
	/* ("the Central Asian country's president": a region between,
	 * which the state must be of) */
	the_tok = p - 2;
	if (the_tok >= 1 && region_word(s, (size_t)the_tok)) {
		region = the_tok;
		the_tok -= desc_words(s, (size_t)the_tok);
	}
	if (the_tok < 0 || !word_is_any(s, (size_t)the_tok, the))
		return NULL;

	for (k = i; k-- > 0;) {
		const struct mention *a = &s->ments[k];
		uint32_t after = a->tok + a->n_tok;
		if (region >= 0 && a->code && !region_state(s, (size_t)region, a->code))
			continue;
		if (after > (uint32_t)the_tok || !a->code || !is_state_code(a->code) ||
		    !strncmp(a->code, "---", 3) || armed_group(a->code) ||
		    (a->kind == M_AGENT && strlen(a->code) == 3))
			continue;
		if (!state_kind_fits(s, (size_t)p - 1, a->code))
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
	return subject && !state_kind_fits(s, (size_t)p - 1, "---") ? subject : NULL;
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
		if (!code || strlen(code) < 3 || !is_state_code(code) || !strncmp(code, "---", 3))
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
	    !modifiers_only(s, (uint32_t)w + 1, m->tok, 0))
		return NULL;
	end = is_punct_tok(s, (size_t)w - 1, ',') ? (size_t)w - 1 : (size_t)w;
	for (k = 0; k < i; k++) {
		const struct mention *a = &s->ments[k];
		if (a->tok + a->n_tok == end && a->code && is_state_code(a->code) &&
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
		    !is_state_code(p->code) || !strncmp(p->code, "---", 3))
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
		if (!p->code || strlen(p->code) < 3 || !is_state_code(p->code) ||
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
		    s->info[j].mention >= 0 || is_cap(s, (size_t)j))
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
		if (p->kind == M_AGENT || !p->code || !is_state_code(p->code) ||
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
static long owner_pronoun_before(const struct sent *s, uint32_t tok)
{
	static const char *const own[] = { "own", NULL };
	long p = (long)tok - 1;

	while (p >= 0 && (long)tok - p <= 2 && !(s->info[p].roles & R_POSS) &&
	       !word_is_any(s, (size_t)p, own) &&
	       (s->toks[p].flags & TOK_WORD) && !is_cap(s, (size_t)p) &&
	       !(s->info[p].roles & (R_PREP | R_CONJ | R_SUB | R_DET | R_BE | R_HAVE | R_PRON)) &&
	       s->info[p].mention < 0)     /* "top" may be a verb's form too */
		p--;
	if (p < 0 || (long)tok - p > 3 || !(s->info[p].roles & R_POSS) || !(s->info[p].roles & R_PRON))
		return -1;
	return p;
}

static int the_at(const struct sent *s, size_t i);

/* The lower-cased word at token T into buf (size n); 0 when it does not
 * fit or is no lower-case word. */
static int role_word(const struct sent *s, size_t t, char *buf, size_t n)
{
	size_t len, k;
	const char *w = tok_text(s, t, &len);

	if (!(s->toks[t].flags & TOK_WORD) || is_cap(s, t) || len == 0 || len >= n)
		return 0;
	for (k = 0; k < len; k++)
		buf[k] = (char)tolower((unsigned char)w[k]);
	buf[len] = '\0';
	return 1;
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
	size_t k, len, j;
	const char *w;

	for (k = m->tok; k < m->tok + m->n_tok && k < s->n; k++) {
		if (!word_is_any(s, k, titles))
			continue;
		w = tok_text(s, k, &len);
		if (len >= n)
			return 0;
		for (j = 0; j < len; j++)
			buf[j] = (char)tolower((unsigned char)w[j]);
		buf[len] = '\0';
		return 1;
	}
	return 0;
}

/* Keep the state of each role the sentence placed, by the role's last
 * word ("foreign ministry": "ministry"), the latest first, for the
 * definite roles of later sentences. */
static void remember_roles(struct dyad_coder *c, const struct sent *s)
{
	struct memo *mo = &c->memo;
	size_t i, k;

	for (i = 0; i < s->n_ments; i++) {
		const struct mention *m = &s->ments[i];
		char word[sizeof(mo->roles[0].word)];

		if (m->person && m->code && strlen(m->code) >= 6 && is_state_code(m->code) &&
		    strncmp(m->code, "---", 3) && m->kind != M_PRONOUN &&
		    story_title_word(s, m, word, sizeof(word)))
			goto keep;      /* ("Chinese Foreign Minister Wang Yi ... The minister") */
		if (m->person || !m->code || strlen(m->code) < 6 || !is_state_code(m->code) ||
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

static int opens_sentence(const struct sent *s, size_t i);

/* The place in side[] (three mentions, -1 for none yet) of mention m's
 * state: the side of that state, else the first free one; 3 when all
 * three are other states'. */
static int state_side(const struct sent *s, const int32_t *side, const struct mention *m)
{
	int k;

	for (k = 0; k < 3 && side[k] >= 0 && strncmp(s->ments[side[k]].code, m->code, 3); k++)
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
	if (at == 0 || !is_punct_tok(s, at - 1, ','))
		return 0;
	if (end >= s->n || !(s->info[end].vroles & V_SPEECH))
		return 0;
	for (k = end + 1; k < s->n; k++)
		if (s->info[k].mention >= 0 || s->info[k].verb || is_punct_tok(s, k, ','))
			return 0;
	return 1;
}

/* Whether token i is "men". */
static int story_word_men(const struct sent *s, size_t i)
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
static void remember_pair(struct dyad_coder *c, const struct sent *s)
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
	 * sentence names */
	for (i = 0; i < s->n_ments; i++)
		if (s->ments[i].kind != M_PRONOUN && !s->ments[i].place_only && !s->ments[i].after_prep)
			break;
	if (i < s->n_ments && opens_sentence(s, s->ments[i].tok > 0 && the_at(s, s->ments[i].tok - 1) ?
						 s->ments[i].tok - 1 : s->ments[i].tok)) {
		uint32_t group = s->ments[i].group;
		int n_side = 0;
		size_t j;
		for (j = 0; j < s->n_ments && n_side <= 3; j++) {
			const struct mention *m = &s->ments[j];
			if (m->group != group || !m->code || m->kind == M_PRONOUN ||
			    !is_state_code(m->code) || !strncmp(m->code, "---", 3) ||
			    state_side(s, side, m) != n_side)
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
		if (!m->code || m->place_only || !is_state_code(m->code) ||
		    !strncmp(m->code, "---", 3) || (m->after_prep && (m->prep_roles & R_LOC)) ||
		    closing_attribution(s, m) ||
		    (m->kind == M_PRONOUN && !(m->how && !strncmp(m->how, "the pair", 8)) &&
		     !story_person_pronoun(s, m)))
			continue;
		if ((k = state_side(s, side, m)) == 3) {
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

	if (m->tok == 0 || !the_at(s, m->tok - 1) || m->n_tok != 1 ||
	    !role_word(s, m->tok, word, sizeof(word)))
		return NULL;
	for (k = 0; k < c->memo.n_roles; k++)
		if (!strcmp(c->memo.roles[k].word, word))
			return c->memo.roles[k].state;
	return NULL;
}

/* "The three ministers expressed concern", "the two leaders agreed",
 * "both sides": a subject counted as of several states, the ones an
 * earlier sentence named ("two farmers" after a verb are people). */
static int counted_role(const struct sent *s, const struct mention *m)
{
	static const char *const both[] = { "both", NULL };
	size_t len;
	const char *w = tok_text(s, m->tok + m->n_tok - 1, &len);

	if (len < 2 || w[len - 1] != 's' || object_role(s, m->tok))
		return 0;
	return (m->tok > 0 && word_is_any(s, m->tok - 1, both)) ||
	       (m->tok > 1 && count_word(s, m->tok - 1) && the_at(s, m->tok - 2));
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
		if (is_punct_tok(s, k, ',')) {
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

static void place_roles(struct dyad_coder *c, struct sent *s, int owned)
{
	static const char *const security_council[] = { "Security", NULL };
	static const char *const general_assembly[] = { "General", NULL };
	static const char *const unification_words[] = { "unification", NULL };
	static const char *const ministry_of[] = { "ministry", NULL };
	static const char *const captive_words[] = { "hostages", "hostage", "captives", "captive",
						     "abductees", NULL };
	static const char captive_state[] = "ISR";
	const char *lone = lone_state_code(s), *home = home_state(&c->memo), *lone_abroad;
	size_t i;
	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		const char *state = NULL, *junta = NULL, *titled = NULL;
		int armed;
		char *code;
		size_t conj;

		if (m->kind != M_AGENT || m->person || !m->code || strlen(m->code) != 3 ||
		    !strcmp(m->code, "ANL") || multinational_before(s, m->tok))
			continue;
		/* "its troops in Syria", "its top military commanders": the
		 * pronoun's owner, found later; so is the subject "he" of
		 * "He also praised the workers" (after "Kim visited a
		 * factory"), whose state the object's may be */
		if (!owned && (owner_pronoun_before(s, m->tok) >= 0 ||
			       (object_role(s, m->tok) && subject_pronoun_first(s))))
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
		    !word_is_any(s, m->tok + m->n_tok - 1, unaffiliated) &&
		    (state = nearest_place(s, m->tok, (int32_t)i, 0)) && strncmp(state, "---", 3)) {
			if (!(code = state_role(c, state, junta_role(c, m, state))))
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
		    m->n_tok == 2 && is_cap(s, m->tok) && is_cap(s, m->tok + 1) &&
		    !(m->tok > 0 && ((is_cap(s, m->tok - 1) && !(s->info[m->tok - 1].roles & R_DET) &&
				      !hyphen_participle(s, m->tok - 1)) ||
				     (s->info[m->tok - 1].roles & R_POSS)))) {
			m->code = "IGOUNO";
			m->placed = 1;
			m->how = "the U.N. council or assembly no state owns";
			continue;
		}
		if (armed && (!strcmp(m->code, "INS") ||
			      word_is_any(s, m->tok + m->n_tok - 1, unaffiliated))) {
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
		if (conj > 1 && m->tok - conj < 3 && modifiers_only(s, (uint32_t)conj, m->tok, 0) &&
		    !is_cap(s, conj))
			conj--;
		if (conj > 1 && m->tok - conj < 3 && modifiers_only(s, (uint32_t)conj, m->tok, 0) &&
		    !is_cap(s, conj))
			conj--;
		if (conj > 0 && (s->info[conj].roles & R_DET) && !(s->info[conj].roles & R_POSS))
			conj--;
		if (i > 0 && conj >= 1 && (s->info[conj].roles & R_CONJ) &&
		    s->ments[i - 1].tok + s->ments[i - 1].n_tok == conj &&
		    !s->ments[i - 1].person && s->ments[i - 1].code &&
		    strlen(s->ments[i - 1].code) > 3 && is_state_code(s->ments[i - 1].code))
			state = s->ments[i - 1].code;
		else if (!(state = whose_owner(s, i)) && !(state = mustering_state(s, i)) &&
			 !(state = country_anaphor(s, i)) && !(state = junta = junta_state(c, s, i)) &&
			 !(state = role_named_before(s, i)) && !(state = titled = owned_title_person(s, i)) &&
			 !(state = closing_ministry(c, s, m)))
			state = nearest_place(s, m->tok, (int32_t)i, !armed);
		/* "Hong Kong police fired tear gas at protesters who ...": the
		 * people a state's police act on, placed nowhere else, are
		 * that state's */
		if (!state && !armed && object_role(s, m->tok) &&
		    word_is_any(s, m->tok + m->n_tok - 1, protest_people))
			state = police_state(s, i);
		if (!state && !armed && object_role(s, m->tok))
			state = captor_state(s, i);
		/* "DUBAI -- Iranian security forces fired on protesters": a
		 * dateline abroad whose state the sentence does not name
		 * yields to the one state it does name. */
		if (!state && !armed && object_role(s, m->tok) &&
		    (lone_abroad = dateline_abroad(c, s, m->tok)))
			state = lone_abroad;
		/* ("urged governments to agree a climate finance goal", in
		 * Baku: governments in the plural are those of many states,
		 * none of them the dateline's; so are "European leaders",
		 * "Arab diplomats", "Western officials") */
		if (!state && !armed && (word_is_any(s, m->tok + m->n_tok - 1, generic_governments) ||
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
				       !is_cap(s, nx) && s->info[nx].nlemma != LEX_NONE &&
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
		    ((!strncmp(state, "PSE", 3) && (!names_state(s, "ISR") || held_in_place(s, m))) ||
		     (state == c->memo.dateline && strncmp(state, "ISR", 3) && names_state(s, "PSE"))))
			state = captive_state;
		/* "police detained former chief minister Omar Abdullah": an
		 * office the text says is no longer held is the state's elite
		 * (ELI), as a former minister is */
		if (m->tok > 0 && word_is_any(s, m->tok - 1, ex_words) &&
		    role_is_office(junta_role(c, m, state))) {
			if (!(code = state_role(c, state, "ELI")))
				return;
		} else if (!(code = state_role(c, state, junta_role(c, m, state))))
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

int match_dateline(struct dyad_coder *c, struct sent *s)
{
	int32_t ymd = s->pub.precision ? s->pub.ymd : 0;
	size_t i;
	int rc;

	if ((rc = match_annotate(c, s)))
		return rc;
	s->n_ments = 0;
	if ((rc = find_names(c, s, ymd)))
		return rc;
	for (i = 0; i < s->n_ments; i++)
		if (s->ments[i].kind == M_NAME && is_state_code(s->ments[i].code) &&
		    strncmp(s->ments[i].code, "---", 3)) {
			memcpy(c->memo.dateline, s->ments[i].code, 3);
			c->memo.dateline[3] = '\0';
			break;
		}
	/* "ANCHORAGE, Alaska, Aug 15 (Reuters) --": a place-only name,
	 * no mention in a sentence, still names the dateline's state */
	if (i == s->n_ments && c->lex->actor_trie.n_nodes) {
		size_t t;
		for (t = 0; t < s->n; t++) {
			uint32_t actor = LEX_NONE;
			long e;
			const char *code;
			if (!is_cap(s, t) || (e = trie_longest(&c->lex->actor_trie, s, t, &actor)) < 0)
				continue;
			if ((code = place_code(c->lex, actor))) {
				memcpy(c->memo.dateline, code, 3);
				c->memo.dateline[3] = '\0';
				break;
			}
			t = (size_t)e;
		}
	}
	s->n_ments = 0;
	return DYAD_OK;
}

/* Make mention b begin where a does, taking in a and what lies between:
 * a title, descriptor or adjective before b is part of its phrase. */
static void extend_left(struct mention *b, const struct mention *a)
{
	b->n_tok += b->tok - a->tok;
	b->tok = a->tok;
	b->start = a->start;
}

/* Whether the words from token FROM up to token TO are one or two
 * title words that join a body to its officer ("Wagner chief Yevgeny
 * Prigozhin", "Communist Party general secretary To Lam"). */
static size_t title_gap(const struct sent *s, size_t from, size_t to)
{
	static const char *const titles[] = { "chief", "leader", "head", "boss", "secretary",
					      "general", "secretary-general", "chairman",
					      "chairwoman", "founder", "commander", NULL };
	size_t t;

	if (to <= from || to - from > 2)
		return 0;
	for (t = from; t < to; t++)
		if (!word_is_any(s, t, titles) || is_cap(s, t))
			return 0;
	return to - from;
}

/* "Hezbollah leader Hassan Nasrallah", "NATO Secretary General Mark
 * Rutte": a title of the same actor right before a named person is
 * part of the person's mention, and the person wins.  Needs the mentions
 * sorted; marks no tokens. */
static void merge_titles(struct sent *s)
{
	size_t i, out = 0;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *a = out ? &s->ments[out - 1] : NULL, *b = &s->ments[i];
		size_t gap = a && b->tok >= a->tok + a->n_tok ?
				     title_gap(s, a->tok + a->n_tok, b->tok) : 0;
		if (a && b->person && !a->person && a->kind == M_NAME && b->kind == M_NAME &&
		    a->code && b->code && !strncmp(a->code, b->code, 3) &&
		    (b->tok == a->tok + a->n_tok || gap)) {
			extend_left(b, a);
			s->ments[out - 1] = *b;
			continue;
		}
		/* "Communist Party chief Nguyen Phu Trong", "police chief
		 * X": a role word and a title word before a person are his
		 * title (the role has no state yet to compare) */
		if (a && b->person && !a->person && a->kind == M_AGENT && b->kind == M_NAME &&
		    a->code && strlen(a->code) == 3 && gap) {
			extend_left(b, a);
			s->ments[out - 1] = *b;
			continue;
		}
		if (out != i)
			s->ments[out] = *b;
		out++;
	}
	s->n_ments = out;
}

/* "militant group Jaish-e-Mohammed", "Venezuelan state oil company
 * PDVSA", "the charity World Central Kitchen": a role of no state right
 * before a named body describes it, and so does the body's own state
 * before that (past modifiers); one mention, the body's.  Needs the
 * mentions sorted; marks no tokens. */
static void merge_descriptors(struct sent *s)
{
	size_t i, out = 0;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *a = out ? &s->ments[out - 1] : NULL, *b = &s->ments[i];
		if (a && a->kind == M_AGENT && !a->person && a->code && strlen(a->code) == 3 &&
		    b->kind == M_NAME && !b->person && !b->country && b->code && strlen(b->code) > 3 &&
		    b->tok == a->tok + a->n_tok) {
			extend_left(b, a);
			out--;
			a = out ? &s->ments[out - 1] : NULL;
			if (a && a->kind == M_NAME && a->country && !a->person && a->code &&
			    !strncmp(a->code, b->code, 3) && a->tok + a->n_tok < b->tok &&
			    modifiers_only(s, a->tok + a->n_tok, b->tok, 0)) {
				extend_left(b, a);
				out--;
			}
			s->ments[out++] = *b;
			continue;
		}
		/* "British Royal Marines", "Venezuelan PDVSA": a state's
		 * adjective right before a body of its own */
		if (a && a->kind == M_NAME && a->country && !a->person && a->code &&
		    strlen(a->code) == 3 && b->kind == M_NAME && !b->person && !b->country &&
		    b->code && strlen(b->code) > 3 && !strncmp(a->code, b->code, 3) &&
		    b->tok == a->tok + a->n_tok && !(s->info[a->tok + a->n_tok - 1].roles & R_POSS)) {
			extend_left(b, a);
			s->ments[out - 1] = *b;
			continue;
		}
		if (out != i)
			s->ments[out] = *b;
		out++;
	}
	s->n_ments = out;
}

/* "Egypt and Qatar, the main mediators, urged ...", "Qatar, a key
 * mediator, said ...": a role with no state set off by commas after an
 * actor describes that actor; as a mention of its own it would take the
 * clause's subject from the names and, having no state, code nothing.
 * The role is dropped (the names act), a prepositional phrase after it
 * up to the comma included ("a mediator between Israel and Hamas,":
 * its actors stay mentions of their own).  Needs the mentions marked. */
static void appositive_roles(struct sent *s)
{
	size_t i, out = 0;

	for (i = 0; i < s->n_ments; i++) {
		const struct mention *m = &s->ments[i];
		const struct mention *a = out ? &s->ments[out - 1] : NULL;
		long d = (long)m->tok - 1, k;
		size_t end = m->tok + m->n_tok, gap = 0;
		const char *t;
		size_t len;

		if (a && m->kind == M_AGENT && !m->person && m->code && strlen(m->code) == 3 &&
		    a->kind == M_NAME && a->code && a->tok + a->n_tok < m->tok) {
			/* back over up to two modifiers to "the", "a" or "an" */
			for (k = d; k > d - 3 && k >= 0 && !(s->info[k].roles & R_DET); k--)
				;
			t = k >= 0 ? tok_text(s, (size_t)k, &len) : NULL;
			while (end < s->n && gap < 8 && !is_punct_tok(s, end, ',') &&
			       (s->toks[end].flags & TOK_WORD) &&
			       !(s->info[end].roles & (R_SUB | R_BE | R_HAVE | R_WILL | R_WOULD)))
				end++, gap++;
			if (t && k >= 1 && !(s->info[k].roles & (R_POSS | R_PRON | R_NEG)) &&
			    ((len == 3 && !strncasecmp(t, "the", 3)) || (len == 1 && (*t == 'a' || *t == 'A')) ||
			     (len == 2 && !strncasecmp(t, "an", 2))) &&
			    modifiers_only(s, (uint32_t)k + 1, m->tok, 0) &&
			    is_punct_tok(s, (size_t)k - 1, ',') && a->tok + a->n_tok == (uint32_t)k - 1 &&
			    end < s->n && is_punct_tok(s, end, ',') &&
			    (gap == 0 || (s->info[m->tok + m->n_tok].roles & R_PREP)))
				continue;       /* m is dropped */
		}
		if (out != i)
			s->ments[out] = *m;
		out++;
	}
	s->n_ments = out;
}

/* "who", "which", "that": a relative clause on the noun before. */
static const char *const relative_words[] = { "who", "which", "that", NULL };

/* Whether the tokens from `from` up to the comma or full stop at `to` are
 * a noun phrase in apposition to the actor before `from`'s comma: led by
 * a determiner, a possessor ("China's top diplomat", "Zelenskiy's chief
 * of staff") or an age ("Joe Biden, 79,"), holding a common noun of its
 * own (so "Britain, the United States, and France" is a list), and no
 * verb with a subject before it ("a day after Seoul switched off", "the
 * junta that seized power" is a relative clause on the head, allowed). */
static int apposition_phrase(const struct sent *s, size_t from, size_t to)
{
	size_t j, len;
	int noun = 0, relative = 0;
	const char *t;

	if (to <= from || to - from > 16)
		return 0;
	if (to == from + 1 && (s->toks[from].flags & TOK_NUM))
		return 1;
	if (!(s->info[from].roles & R_DET) &&
	    !(s->info[from].mention >= 0 && s->ments[s->info[from].mention].tok == from &&
	      s->ments[s->info[from].mention].kind != M_PRONOUN &&
	      s->ments[s->info[from].mention].tok + s->ments[s->info[from].mention].n_tok <= to))
		return 0;
	if (s->info[from].roles & (R_NEG | R_PRON) && !(s->info[from].roles & R_POSS))
		return 0;
	for (j = from; j < to; j++) {
		/* ("Russia's foreign minister since 2004": a preposition
		 * that may open a clause; "a day after Seoul switched off"
		 * is one, by its verb below) */
		if (is_punct_tok(s, j, ',') ||
		    (s->info[j].brk && !word_is_any(s, j, relative_words) && !(s->info[j].roles & R_PREP)))
			return 0;
		t = tok_text(s, j, &len);
		if (word_is_any(s, j, relative_words) && j > from + 1) {
			relative = 1;
			continue;
		}
		/* a verb after a name or pronoun outside a relative clause
		 * is a clause of its own */
		if (!relative && s->info[j].vlemma != LEX_NONE &&
		    ((len > 3 && !strncmp(t + len - 2, "ed", 2)) || (s->info[j].vroles & V_SPEECH)) &&
		    j > from &&
		    (s->info[j - 1].mention >= 0 || (s->info[j - 1].roles & R_PRON)) &&
		    !(s->info[j - 1].roles & R_POSS))
			return 0;
		if (!relative && (s->toks[j].flags & TOK_WORD) &&
		    len > 2 && t[0] >= 'a' && t[0] <= 'z' &&
		    !(s->info[j].roles & (R_DET | R_PREP | R_CONJ | R_OF | R_BUT | R_SUB)))
			noun = 1;
		/* ("his former defence minister Yoav Gallant and Hamas
		 * commander Mohammed Deif", "a commander of the group,
		 * Taiseer al-Jabari,": a named person heading the phrase is
		 * a member of a list or the name the phrase before it is
		 * in apposition to; "a former Putin ally", "the sister of
		 * leader Kim Jong Un" hold a person in their description) */
		if (!relative && s->info[j].mention >= 0 && s->ments[s->info[j].mention].person &&
		    s->ments[s->info[j].mention].tok == j) {
			const struct mention *pm = &s->ments[s->info[j].mention];
			size_t e = pm->tok + pm->n_tok;
			long q = (long)j - 1;
			while (q >= (long)from && s->info[q].mention >= 0 &&
			       s->info[q].mention == s->info[j].mention)
				q--;
			/* ("a son of jailed drug lord Joaquin Guzman": back
			 * past the lowercase words that describe the person
			 * to the "of" that holds them) */
			{
				long w = q;
				/* (past a nickname in quotes: 'Joaquin "El
				 * Chapo" Guzman') */
				if (w > (long)from && is_punct_tok(s, (size_t)w, '"')) {
					long o = w - 1;
					while (o > (long)from && o + 5 > w && !is_punct_tok(s, (size_t)o, '"'))
						o--;
					if (o > (long)from && is_punct_tok(s, (size_t)o, '"')) {
						w = o - 1;
						while (w >= (long)from && s->info[w].mention < 0 &&
						       (s->toks[w].flags & TOK_WORD) &&
						       tok_text(s, (size_t)w, &len)[0] >= 'A' &&
						       tok_text(s, (size_t)w, &len)[0] <= 'Z')
							w--;
						q = w;
					}
				}
				while (w >= (long)from && w + 4 > q && s->info[w].mention < 0 &&
				       (s->toks[w].flags & TOK_WORD) &&
				       !(s->info[w].roles & (R_PREP | R_OF | R_DET | R_CONJ)) &&
				       tok_text(s, (size_t)w, &len)[0] >= 'a' &&
				       tok_text(s, (size_t)w, &len)[0] <= 'z')
					w--;
				if (w < q && w >= (long)from && (s->info[w].roles & (R_PREP | R_OF)))
					q = w;
			}
			if ((e >= to || (s->info[e].roles & R_CONJ)) &&
			    !(q >= (long)from && (s->info[q].roles & (R_PREP | R_OF))))
				return 0;
		}
		/* "the African Union and the United Nations" is a list;
		 * "Japan's prime minister and the summit's host" is not */
		if (!relative && (s->info[j].roles & R_CONJ) && !noun)
			return 0;
	}
	return noun;
}

/* "Colombia extradited Dairo Antonio Usuga, the country's most-wanted
 * drug lord, known as Otoniel, to the United States": an alias set off
 * by commas (", known as X,", ", alias X,", ", nicknamed X,") names
 * again the person before it; its mentions are dropped and its words
 * are an aside a pattern passes over. */
static void alias_asides(struct sent *s)
{
	static const char *const known_w[] = { "known", NULL };
	static const char *const as_w[] = { "as", NULL };
	static const char *const alias_w[] = { "alias", "nicknamed", "aka", NULL };
	size_t i, j, k, out, from;

	for (i = 1; i + 3 < s->n; i++) {
		if (!is_punct_tok(s, i, ','))
			continue;
		if (word_is_any(s, i + 1, known_w) && word_is_any(s, i + 2, as_w))
			from = i + 3;
		else if (word_is_any(s, i + 1, alias_w))
			from = i + 2;
		else
			continue;
		for (j = from; j < s->n && j < from + 6 && !is_punct_tok(s, j, ','); j++)
			if (s->info[j].brk)
				break;
		if (j >= s->n || j == from || !is_punct_tok(s, j, ','))
			continue;
		for (k = 0, out = 0; k < s->n_ments; k++) {
			if (s->ments[k].tok > i && s->ments[k].tok < j)
				continue;
			s->ments[out++] = s->ments[k];
		}
		s->n_ments = out;
		for (k = i; k <= j; k++) {
			s->info[k].aside = 1;
			s->info[k].mention = -1;
		}
		i = j;
	}
}

/* "Hegseth and Panama's security minister, Frank Abrego, signed",
 * "met Venezuela's foreign minister, Yvan Gil, in Moscow": a person's
 * name set off by commas right after the role that names the same office
 * is that role's apposition.  The role acts; the name's mention is
 * dropped so that a pair or list around the role stays whole.  Closed, as
 * apposition_asides() closes its phrases, by a comma before a verb, a
 * preposition, an auxiliary or "and".  Needs the mentions sorted and
 * marked. */
static void titled_name_asides(struct sent *s)
{
	size_t i, k, out;

	for (i = 0; i + 1 < s->n_ments; i++) {
		const struct mention *a = &s->ments[i], *b = &s->ments[i + 1];
		size_t c1 = a->tok + a->n_tok, c2 = b->tok + b->n_tok, nx = c2 + 1, len;
		const char *t;
		int closed;

		if (a->person || a->kind == M_PRONOUN || !a->code || strlen(a->code) != 6 ||
		    !is_state_code(a->code) || c1 + 1 != b->tok || !is_punct_tok(s, c1, ',') ||
		    !b->person || b->kind != M_NAME || !b->code || strcmp(a->code, b->code) ||
		    nx >= s->n || !is_punct_tok(s, c2, ','))
			continue;
		t = tok_text(s, nx, &len);
		closed = (s->info[nx].vlemma != LEX_NONE && s->info[nx].mention < 0 &&
			  t[0] >= 'a' && t[0] <= 'z') ||
			 (s->info[nx].roles & (R_PREP | R_BE | R_HAVE | R_WILL | R_WOULD | R_CONJ));
		if (!closed)
			continue;
		for (k = i + 2, out = i + 1; k < s->n_ments; k++)
			s->ments[out++] = s->ments[k];
		s->n_ments = out;
		for (k = c1; k <= c2; k++) {
			s->info[k].aside = 1;
			if (k > c1 && k < c2)
				s->info[k].mention = -1;
		}
	}
}

/* Whether the tokens at i are "known as". */
static int head_is_known_as(const struct sent *s, size_t i)
{
	static const char *const known_w[] = { "known", NULL };
	static const char *const as_w[] = { "as", NULL };

	return i + 1 < s->n && word_is_any(s, i, known_w) && word_is_any(s, i + 1, as_w);
}

/* "Ghana's President Nana Akufo-Addo, the chairman of ECOWAS, praised",
 * "Prigozhin, a former Putin ally, accused", "Hezbollah, the Iran-backed
 * Lebanese group, fired", "met Wang Yi, China's top diplomat, in
 * Beijing": the actors inside an apposition to a named actor describe it
 * (or are the bodies and people it is related to); as mentions of their
 * own they would take the clause's subject or object from the name.
 * The name acts, the person as the office the sentence leads with, and
 * the apposition's mentions are dropped.  The apposition is closed by a
 * comma before a verb, a preposition, an auxiliary or ", and" and a name
 * (another listed actor with its own apposition), or by the full stop.
 * Needs the mentions sorted and marked. */
static void apposition_asides(struct sent *s)
{
	static const char *const act_dets[] = { "a", "an", "this", NULL };
	static const char *const act_nouns[] = { "move", "moves", "decision", "step", "act",
						 "action", "measure", "measures", NULL };
	size_t i, k, out;

	for (i = 0; i < s->n_ments; i++) {
		const struct mention *a = &s->ments[i];
		size_t c1 = a->tok + a->n_tok, c2, nx, len;
		const char *t;
		int closed = 0;

		if (a->kind == M_PRONOUN || !a->code || c1 + 2 >= s->n || !is_punct_tok(s, c1, ',') ||
		    (a->kind != M_NAME && a->kind != M_SURNAME && !a->person))
			continue;
		for (c2 = c1 + 1; c2 < s->n && c2 < c1 + 18 && !is_punct_tok(s, c2, ','); c2++)
			if (s->info[c2].brk && !word_is_any(s, c2, relative_words) && !(s->info[c2].roles & R_PREP))
				break;
		if (c2 >= s->n)
			continue;
		if (is_punct_tok(s, c2, ',') && c2 + 1 < s->n) {
			nx = c2 + 1;
			t = tok_text(s, nx, &len);
			closed = (s->info[nx].vlemma != LEX_NONE && s->info[nx].mention < 0 &&
				  t[0] >= 'a' && t[0] <= 'z') ||
				 (s->info[nx].roles & (R_PREP | R_BE | R_HAVE | R_WILL | R_WOULD | R_BY)) ||
				 ((s->info[nx].roles & R_CONJ) && nx + 1 < s->n &&
				  s->info[nx + 1].mention >= 0) ||
				 head_is_known_as(s, nx);
		} else if (c2 + 1 == s->n && (s->toks[c2].flags & TOK_PUNCT)) {
			closed = 1;     /* "met Li Qiang, China's premier." */
		}
		/* ("sold arms to Taiwan, their leader said": a sayer after
		 * an object, not an apposition) */
		/* (", known as Otoniel," is an alias, no sayer) */
		if (closed && c2 + 1 < s->n && (s->info[c2 + 1].vroles & V_SPEECH) &&
		    !(c2 + 2 < s->n && head_is_known_as(s, c2 + 1))) {
			for (k = 0; k < a->tok && (s->info[k].roles & R_DET); k++)
				;
			closed = k == a->tok;
		}
		if (!closed || !apposition_phrase(s, c1 + 1, c2))
			continue;
		/* ("seized the port in Ukraine, an act the United States and
		 * its allies condemned": a noun naming the act before the
		 * comma opens a clause about that act, no apposition to the
		 * actor before it) */
		if (word_is_any(s, c1 + 1, act_dets) && word_is_any(s, c1 + 2, act_nouns))
			continue;
		/* ("Min Aung Hlaing, the commander-in-chief of Myanmar's
		 * armed forces, detained": a bare name takes the role of its
		 * own state that the apposition gives it; a title before the
		 * name ("Ghana's President Nana Akufo-Addo") keeps its own) */
		for (k = i + 1; k < s->n_ments && s->ments[k].tok < c2; k++) {
			struct mention *d = &s->ments[k];
			if (d->tok <= c1)
				continue;
			/* ("Sheikh Hasina, Bangladesh's deposed leader":
			 * an office lost describes no office held; the
			 * person's own dates decide) */
			size_t w;
			int lost = 0;
			for (w = c1 + 1; w < d->tok + d->n_tok; w++)
				lost |= word_is_any(s, w, former_words);
			if (a->person && a->how && !strcmp(a->how, "name") && !d->person && d->code &&
			    strlen(d->code) > 3 && strlen(a->code) >= 3 && !strncmp(d->code, a->code, 3) &&
			    strcmp(d->code, a->code) && !lost)
				s->ments[i].code = d->code;
			break;
		}
		/* drop the mentions inside */
		for (k = i + 1, out = i + 1; k < s->n_ments; k++) {
			if (s->ments[k].tok > c1 && s->ments[k].tok < c2)
				continue;
			if (out != k)
				s->ments[out] = s->ments[k];
			out++;
		}
		s->n_ments = out;
		/* ("Gotabaya Rajapaksa, a former defence chief who crushed
		 * the Tamil Tiger rebels, won": what the apposition says
		 * of its actor is background, no event of the sentence;
		 * pred_find() passes over its words) */
		s->info[c1].aside = 1;
		if (is_punct_tok(s, c2, ','))
			s->info[c2].aside = 1;
		for (k = c1 + 1; k < c2; k++) {
			s->info[k].aside = 1;
			s->info[k].mention = -1;
		}
	}
}

/* "thousands of Serbians", "1.1 million Palestinians", "scores of
 * Afghans", "three Americans", "two Britons": a plural demonym after a
 * count names that state's people (its civilians), not the state.
 * Country names that end in "-ans", "-ons" or "-is" (none do, bar
 * capitals like "Paris") never follow a count. */
static void counted_people(struct dyad_coder *c, struct sent *s)
{
	static const char *const counts[] = { "thousands", "hundreds", "dozens", "scores",
					      "millions", "tens", "many", "some", NULL };
	static const char *const millions[] = { "million", "thousand", "hundred", NULL };
	static const char *const a_count[] = { "a", "half", NULL };
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		size_t len;
		const char *t;
		long j = (long)m->tok - 1;
		char *code;
		int shape;

		/* ("hundreds of thousands of South Koreans", "two Sri
		 * Lankans": the demonym's last word ends it) */
		if (m->kind != M_NAME || !m->country || m->n_tok < 1 || m->n_tok > 3 ||
		    !is_country_code(m->code))
			continue;
		t = tok_text(s, m->tok + m->n_tok - 1, &len);
		/* ("two Spaniards", "three Czechs", "four Poles", "two
		 * Swedes", "two Danes", "five Turks", "two Finns", "three
		 * Cypriots", "two Chinese": plurals of other shapes) */
		shape = (len > 4 && !strncmp(t + len - 3, "ans", 3)) ||
			(len > 4 && !strncmp(t + len - 3, "ons", 3)) ||
			(len > 4 && !strncmp(t + len - 2, "is", 2));
		if (!shape &&
		    !(len > 5 && !strncmp(t + len - 4, "ards", 4)) &&
		    !(len > 4 && !strncmp(t + len - 3, "chs", 3)) &&
		    !(len > 4 && !strncmp(t + len - 3, "les", 3)) &&
		    !(len > 4 && !strncmp(t + len - 3, "des", 3)) &&
		    !(len > 4 && !strncmp(t + len - 3, "nes", 3)) &&
		    !(len > 4 && !strncmp(t + len - 3, "rks", 3)) &&
		    !(len > 4 && !strncmp(t + len - 3, "nns", 3)) &&
		    !(len > 4 && !strncmp(t + len - 3, "ots", 3)) &&
		    !(len > 4 && !strncmp(t + len - 3, "ese", 3)))
			continue;
		/* ("Two Chinese vessels": a demonym of those shapes before its
		 * noun is its adjective) */
		if (!shape && m->tok + m->n_tok < s->n && (s->toks[m->tok + m->n_tok].flags & TOK_WORD) &&
		    !(s->toks[m->tok + m->n_tok].flags & TOK_CAP) && !s->info[m->tok + m->n_tok].roles &&
		    !s->info[m->tok + m->n_tok].verb)
			continue;
		if (j >= 0 && word_is_any(s, (size_t)j, millions)) {
			j--;            /* "1.1 million Palestinians" */
			/* ("half a million Afghans", "a million Syrians") */
			if (j >= 0 && word_is_any(s, (size_t)j, a_count))
				goto counted;
		}
		/* "arrested three Americans", "two Britons" */
		if (!(j >= 0 && ((s->toks[j].flags & TOK_NUM) || count_word(s, (size_t)j))) &&
		    !(j >= 1 && (s->info[j].roles & R_OF) && word_is_any(s, (size_t)j - 1, counts)))
			continue;
counted:
		if (!(code = state_role(c, m->code, "CVL")))
			return;
		m->code = code;
		m->country = 0;
		m->how = "a state's people, counted";
	}
}

/* "Yemen's Houthis", "Sudan's Rapid Support Forces", "Ukraine's SBU
 * security service", "Russia's Gazprom": a state as the possessor of a
 * named group or body of its own, right before it, is part of that
 * mention, so that lists, objects and pronouns see the body ("a ceasefire
 * between the United States and Yemen's Houthis", "the SBU said it had").
 * Needs the mentions sorted and marked; marks no tokens. */
static void merge_possessors(struct sent *s)
{
	size_t i, out = 0;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *a = &s->ments[i], *b = i + 1 < s->n_ments ? &s->ments[i + 1] : NULL;
		uint32_t after = a->tok + a->n_tok;

		if (b && a->kind == M_NAME && a->country && !a->person && a->code &&
		    strlen(a->code) == 3 && after < b->tok && modifiers_only(s, after + 1, b->tok, 0) &&
		    after < s->n &&
		    (s->info[after].roles & R_POSS) && !(s->info[after].roles & R_PRON) &&
		    b->kind == M_NAME && !b->person && b->code && strlen(b->code) > 3 &&
		    !strncmp(a->code, b->code, 3)) {
			extend_left(b, a);
			continue;       /* a is dropped */
		}
		if (out != i)
			s->ments[out] = *a;
		out++;
	}
	s->n_ments = out;
}

/* "a spokesman for the Israeli military said it struck", "a spokeswoman
 * for the IAEA", "a spokesperson for Russia", "the Israeli army's
 * spokesman": a spokesperson speaks for
 * the body or state named after "for" or "of", so the phrase is that
 * body's mention (a state's spokesperson its government) and its
 * pronouns find the body.  Needs the mentions sorted; marks no tokens. */
static void speakers_for_bodies(struct dyad_coder *c, struct sent *s)
{
	static const char *const speakers[] = { "spokesman", "spokeswoman", "spokesperson",
						"spokesmen", "spokeswomen", "spokespeople", NULL };
	static const char *const for_of[] = { "for", "of", NULL };
	size_t i, out = 0;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *a = &s->ments[i], *b = i + 1 < s->n_ments ? &s->ments[i + 1] : NULL;
		uint32_t k = a->tok + a->n_tok;

		if (b && a->kind == M_AGENT && !a->person && a->code && strlen(a->code) == 3 &&
		    word_is_any(s, k - 1, speakers) && k + 1 < s->n && word_is_any(s, k, for_of)) {
			k++;
			if ((s->info[k].roles & R_DET) && !(s->info[k].roles & R_POSS))
				k++;
			if (b->tok == k && b->kind == M_NAME && !b->person && b->code &&
			    (strlen(b->code) >= 6 || is_country_code(b->code))) {
				if (strlen(b->code) == 3 && !(b->code = state_role(c, b->code, a->code)))
					return;
				extend_left(b, a);
				b->country = 0;
				b->how = "spokesperson of a body";
				continue;       /* a is dropped */
			}
		}
		/* "the Israeli army's Arabic-language spokesman", "the
		 * Kremlin's spokesman": the body's possessive before */
		if (out && a->kind == M_AGENT && !a->person && a->code && strlen(a->code) == 3 &&
		    word_is_any(s, k - 1, speakers)) {
			struct mention *p = &s->ments[out - 1];
			uint32_t poss = p->tok + p->n_tok;
			if (p->kind == M_NAME && !p->person && p->code && poss < a->tok &&
			    (strlen(p->code) >= 6 || is_country_code(p->code)) &&
			    (s->info[poss].roles & R_POSS) && !(s->info[poss].roles & R_PRON) &&
			    modifiers_only(s, poss + 1, a->tok, 0)) {
				if (strlen(p->code) == 3 && !(p->code = state_role(c, p->code, a->code)))
					return;
				p->n_tok = k - p->tok;
				p->end = a->end;
				p->country = 0;
				p->how = "spokesperson of a body";
				continue;       /* a is dropped */
			}
		}
		if (out != i)
			s->ments[out] = *a;
		out++;
	}
	s->n_ments = out;
}

/* "the head of the armed forces urged him to step down", "the chief of
 * the Pakistani army met Xi", "the head of the IAEA visited Iran", "the
 * speaker of Iran's parliament met Xi": the
 * head of a body acts for it, so the phrase from the head word on is
 * the body's mention and can be the clause's subject.  Heads of states
 * and of people are left alone ("the head of Russia's delegation" is
 * found as the delegation).  Needs the mentions sorted; marks no tokens. */
static void head_of_bodies(struct sent *s)
{
	static const char *const heads[] = { "head", "heads", "chief", "chiefs", "boss", "bosses",
					     "director", "chairman", "chairwoman", "chair", "speaker",
					     "speakers", NULL };
	static const char *const of[] = { "of", NULL };
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		long j = (long)m->tok - 1;

		if (!m->code || m->person || m->country || m->kind == M_PRONOUN)
			continue;
		if (j >= 0 && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS))
			j--;            /* "of the IAEA" */
		if (j < 1 || !word_is_any(s, (size_t)j, of) || !word_is_any(s, (size_t)j - 1, heads) ||
		    (i > 0 && s->ments[i - 1].tok + s->ments[i - 1].n_tok > (uint32_t)j - 1))
			continue;
		m->n_tok += m->tok - (uint32_t)(j - 1);
		m->tok = (uint32_t)(j - 1);
		m->start = s->toks[j - 1].start - s->base;
		m->how = "head of a body";
	}
}

/* "A commentary in the People's Daily criticised", "an editorial
 * carried by KCNA denounced": a piece an outlet runs is the outlet's
 * voice (MED), so the phrase from the piece's word on is the outlet's
 * mention and can be the clause's subject.  Needs the mentions sorted;
 * marks no tokens. */
static void media_pieces(struct sent *s)
{
	static const char *const pieces[] = { "commentary", "commentaries", "editorial", "editorials",
					      "op-ed", "column", "article", "articles", NULL };
	static const char *const in_by[] = { "in", "by", NULL };
	static const char *const ran[] = { "carried", "published", "run", "printed", NULL };
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		long j = (long)m->tok - 1;

		if (!m->code || m->person || strlen(m->code) != 6 || strcmp(m->code + 3, "MED"))
			continue;
		if (j >= 0 && (s->info[j].roles & R_DET) && !(s->info[j].roles & R_POSS))
			j--;            /* "in the People's Daily" */
		if (j < 1 || !word_is_any(s, (size_t)j, in_by))
			continue;
		j--;
		if (j >= 1 && word_is_any(s, (size_t)j, ran))
			j--;
		if (!word_is_any(s, (size_t)j, pieces) ||
		    (i > 0 && s->ments[i - 1].tok + s->ments[i - 1].n_tok > (uint32_t)j))
			continue;
		m->n_tok += m->tok - (uint32_t)j;
		m->tok = (uint32_t)j;
		m->start = s->toks[j].start - s->base;
		m->after_prep = 0;
		m->prep_roles = 0;
		m->how = "piece an outlet runs";
	}
}

/* "the kingdom's national security adviser Musaed al-Aiban", "Lieutenant
 * General Igor Kirillov, head of Russia's chemical protection troops": a
 * titled person the dictionaries do not know has a role and no state
 * (lone_state() gives one only when the sentence names one state).  The
 * state comes from "the kingdom's" or "the country's" before the title
 * (country_anaphor()), else from an apposition right after the name that
 * is a state's body ("head of Russia's ... troops", "a commander in the
 * Israeli army").  Needs head_of_bodies() done. */
static void titled_without_state(struct dyad_coder *c, struct sent *s)
{
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		const char *state = NULL;
		uint32_t k = m->tok + m->n_tok;
		char *code;

		if (!m->person || !m->code || strlen(m->code) != 3 || m->kind == M_PRONOUN ||
		    armed_group(m->code))
			continue;
		if ((state = country_anaphor(s, i)) == NULL && i + 1 < s->n_ments &&
		    k + 1 < s->n && is_punct_tok(s, k, ',')) {
			const struct mention *b = &s->ments[i + 1];
			k++;
			if (b->tok != k && (s->info[k].roles & R_DET) && !(s->info[k].roles & R_POSS))
				k++;
			if (b->tok == k && !b->person && b->code && strlen(b->code) > 3 &&
			    is_state_code(b->code) && strncmp(b->code, "---", 3) && !armed_group(b->code))
				state = b->code;
		}
		if (!state)
			continue;
		if (!(code = state_role(c, state, junta_role(c, m, state))))
			return;
		m->code = code;
		m->kind = M_NAME;
		m->how = "titled person of the state described with them";
	}
}

/* Whether the words from token T up to token END are "loyal to" and
 * articles, words for a part of a state, or words that set a leader
 * apart from the one in office ("loyal to rival prime minister"). */
static int loyal_to(const struct sent *s, size_t t, size_t end)
{
	static const char *const loyal[] = { "loyal", NULL }, *const to[] = { "to", NULL };
	static const char *const apart[] = { "rival", "former", "ousted", "deposed", "exiled",
					     "renegade", "dissident", "self-declared", "self-proclaimed",
					     NULL };

	if (t + 2 > end || !word_is_any(s, t, loyal) || !word_is_any(s, t + 1, to))
		return 0;
	for (t += 2; t < end; t++)
		if (!(s->info[t].roles & R_DET) && !word_is_any(s, t, state_parts) &&
		    !word_is_any(s, t, apart))
			return 0;
	return 1;
}

/* "forces loyal to eastern commander Khalifa Haftar", "troops loyal to
 * President Salva Kiir": a role with no state loyal to someone is theirs,
 * an armed group's own code (LBYREBLNA), else the role in the leader's
 * state (SSDMIL).  Needs the titles merged and the mentions sorted; marks
 * no tokens. */
static void loyal_roles(struct dyad_coder *c, struct sent *s)
{
	size_t i, o = 0;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i], *n = i + 1 < s->n_ments ? &s->ments[i + 1] : NULL;
		size_t skip = 1;
		/* "loyal to eastern commander Khalifa Haftar": past a title */
		if (n && n->kind == M_AGENT && i + 2 < s->n_ments && s->ments[i + 2].person &&
		    adjacent(n, &s->ments[i + 2])) {
			n = &s->ments[i + 2];
			skip = 2;
		}
		if (n && m->kind == M_AGENT && !m->placed && m->agent != LEX_NONE &&
		    m->agent < c->lex->agents.n && m->code && strlen(m->code) == 3 &&
		    n->kind == M_NAME && n->code && strlen(n->code) >= 3 &&
		    loyal_to(s, m->tok + m->n_tok, s->ments[i + 1].tok)) {
			const struct lex_agent *ag = &c->lex->agents.v[m->agent];
			struct mention merged = *m;
			merged.kind = M_NAME;
			merged.code = armed_group(n->code) ? n->code : actor_with_agent(c, n, ag);
			merged.how = "agent loyal to";
			merged.n_tok = n->tok + n->n_tok - m->tok;
			merged.end = n->end;
			s->ments[o++] = merged;
			i += skip;
			continue;
		}
		s->ments[o++] = *m;
	}
	s->n_ments = o;
}

/* "a delegation led by Foreign Minister Sergei Lavrov", "the
 * negotiators, headed by Rustem Umerov": a role of no state led by
 * someone is that one's, as a role loyal to him is (RUSGOV, an armed
 * group's own code); the leader stays a mention of his own.  Needs the
 * titles merged and the mentions sorted; marks no tokens. */
static void led_roles(struct dyad_coder *c, struct sent *s)
{
	static const char *const led[] = { "led", "headed", "commanded", NULL };
	static const char *const by[] = { "by", NULL };
	size_t i;

	for (i = 0; i + 1 < s->n_ments; i++) {
		struct mention *m = &s->ments[i], *n = &s->ments[i + 1];
		size_t t = m->tok + m->n_tok;
		const char *code;

		/* "A Chinese delegation led by Vice Premier Li Hongzhong":
		 * the leader a title names with no state is the state's
		 * whose delegation he leads (CHNGOV) */
		if (m->code && strlen(m->code) >= 6 && m->code[0] >= 'A' && m->code[0] <= 'Z' &&
		    strncmp(m->code, "IGO", 3) && strncmp(m->code, "NGO", 3) &&
		    strncmp(m->code, "IMG", 3) && !armed_group(m->code) &&
		    (m->kind == M_AGENT || m->kind == M_NAME) && n->code && strlen(n->code) == 3 &&
		    !n->country && strcmp(n->code, "---") && !armed_group(n->code)) {
			size_t u = m->tok + m->n_tok;
			char *cc;
			if (u < s->n && is_punct_tok(s, u, ','))
				u++;
			if (u + 2 <= n->tok && word_is_any(s, u, led) && word_is_any(s, u + 1, by)) {
				for (u += 2; u < n->tok && (s->info[u].roles & R_DET); u++)
					;
				if (u == n->tok && (cc = arena_alloc(&c->mem, 7))) {
					memcpy(cc, m->code, 3);
					memcpy(cc + 3, n->code, 4);
					n->code = cc;
				}
			}
			continue;
		}
		if (m->kind != M_AGENT || m->placed || m->person || !m->code || strlen(m->code) != 3 ||
		    m->agent == LEX_NONE || m->agent >= c->lex->agents.n ||
		    n->kind != M_NAME || !n->code || strlen(n->code) < 3 || !strncmp(n->code, "---", 3))
			continue;
		if (t < s->n && is_punct_tok(s, t, ','))
			t++;
		if (t + 2 > n->tok || !word_is_any(s, t, led) || !word_is_any(s, t + 1, by))
			continue;
		/* "by its foreign minister" */
		for (t += 2; t < n->tok && (s->info[t].roles & R_DET); t++)
			;
		if (t != n->tok)
			continue;
		code = armed_group(n->code) ? n->code :
		       actor_with_agent(c, n, &c->lex->agents.v[m->agent]);
		if (!code)
			continue;
		m->code = code;
		m->kind = M_NAME;
		m->how = "role led by someone";
	}
}

/* "the Biden administration", "a U.S. Navy destroyer", "Trump's
 * supporters": a role of no state right after an office holder or a
 * state's body (past a possessive or modifiers) is that state's, one
 * mention with it; "the government of President Nicolas Maduro",
 * "supporters of cleric Moqtada al-Sadr": so is a role before "of" and a
 * person of a state.  Armed groups keep their own fighters.  Needs the
 * people found and the mentions sorted; marks no tokens. */
static void borrow_states(struct dyad_coder *c, struct sent *s)
{
	size_t i, o = 0;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *a = &s->ments[i], *b = i + 1 < s->n_ments ? &s->ments[i + 1] : NULL;
		uint32_t after = a->tok + a->n_tok;
		const struct mention *owner = NULL, *role = NULL;
		int party = 0;

		if (!b || !a->code || !b->code)
			goto keep;
		if (b->kind == M_AGENT && !b->person && strlen(b->code) == 3 &&
		    strlen(a->code) >= 6 && (a->person || a->kind == M_NAME) &&
		    (after == b->tok ||
		     modifiers_only(s, after + ((s->info[after].roles & R_POSS) &&
						!(s->info[after].roles & R_PRON)), b->tok, 1))) {
			owner = a;
			role = b;
		} else if (a->kind == M_AGENT && !a->person && strlen(a->code) == 3 && b->person &&
			   strlen(b->code) >= 6 &&
			   ((s->info[after].roles & R_OF) || ((s->info[after].roles & R_TO) && aide_agent(s, a))) &&
			   (b->tok == after + 1 ||
			    /* "supporters of Shi'ite cleric Moqtada al-Sadr" */
			    (b->tok > after + 1 &&
			     modifiers_only(s, after + 1 + ((s->info[after + 1].roles & R_DET) &&
							    !(s->info[after + 1].roles & R_POSS)),
					    b->tok, 0)))) {
			owner = b;
			role = a;
		} else if (a->kind == M_AGENT && !a->person && !strcmp(a->code, "CVL") &&
			   b->kind == M_NAME && !b->person && strlen(b->code) >= 6 && armed_group(b->code) &&
			   after + 1 < b->tok && (s->info[after].roles & R_OF) &&
			   (s->info[after + 1].roles & R_DET) && !(s->info[after + 1].roles & R_POSS) &&
			   modifiers_only(s, after + 2, b->tok, 0)) {
			/* "supporters of an Iran-backed Iraqi militia": the
			 * civilians of the group's state */
			owner = b;
			role = a;
		} else if (a->kind == M_AGENT && !a->person && !strcmp(a->code, "CVL") &&
			   b->kind == M_NAME && !b->person && strlen(b->code) >= 6 && armed_group(b->code) &&
			   b->tok == after + 1 && (s->info[after].roles & R_OF)) {
			owner = b;
			role = a;
		}
		/* "the secretary general of the main opposition Bangladesh
		 * Nationalist Party", "a spokesman of the ruling party": an
		 * official title before "of" and a party is the party's own
		 * (its opposition or party code), not the state's government */
		if (!owner && a->kind == M_AGENT && !a->person && !strcmp(a->code, "GOV") &&
		    b->kind == M_NAME && !b->person && strlen(b->code) == 6 &&
		    (!strcmp(b->code + 3, "OPP") || !strcmp(b->code + 3, "PTY")) &&
		    (s->info[after].roles & R_OF) && b->tok > after &&
		    modifiers_only(s, after + 1 + ((s->info[after + 1].roles & R_DET) &&
						   !(s->info[after + 1].roles & R_POSS)),
				   b->tok, 0)) {
			owner = b;
			role = a;
			party = 1;
			goto merge;
		}
		if (owner && role == a && !strcmp(a->code, "CVL") && armed_group(owner->code) &&
		    is_state_code(owner->code) && strncmp(owner->code, "---", 3))
			goto merge;
		if (!owner || !is_state_code(owner->code) || !strncmp(owner->code, "---", 3) ||
		    armed_group(owner->code) || !strcmp(role->code, "REB") || !strcmp(role->code, "INS"))
			goto keep;
merge:
		{
			struct mention merged = *role;
			/* "former President Jair Bolsonaro's aides": an aide
			 * serves in his principal's role, whatever it is */
			if (party) {
				merged.code = owner->code;
			} else if (aide_agent(s, role) && owner->person) {
				size_t hl;
				const char *ht = tok_text(s, role->tok + role->n_tok - 1, &hl);
				merged.code = owner->code;
				merged.person = ht[hl - 1] != 's';     /* "an aide": one person */
			} else if (!(merged.code = state_role(c, owner->code, role->code)))
				return;
			merged.kind = M_NAME;
			merged.actor = LEX_NONE;
			merged.tok = a->tok;
			merged.n_tok = b->tok + b->n_tok - a->tok;
			merged.start = a->start;
			merged.end = b->end;
			merged.how = owner == a ? "role of the actor before it" :
				     party ? "official of the party after \"of\"" :
				     owner->person ? "role of the person after \"of\"" :
						     "civilians of the group after \"of\"";
			s->ments[o++] = merged;
			i++;
			continue;
		}
keep:
		s->ments[o++] = *a;
	}
	s->n_ments = o;
}

/* Whether the pronoun m took the code of a mention listed with others of
 * the same role ("Russian and Chinese bombers": MIL). */
static int one_kind_listed(const struct sent *s, const struct mention *m)
{
	size_t k, j;

	for (k = 0; k < s->n_ments; k++) {
		const struct mention *a = &s->ments[k];
		int others = 0;
		if (a->kind == M_PRONOUN || a->tok >= m->tok || !a->code || strcmp(a->code, m->code) ||
		    strlen(a->code) != 6)
			continue;
		for (j = 0; j < s->n_ments; j++) {
			const struct mention *b = &s->ments[j];
			if (j == k || b->kind == M_PRONOUN || b->group != a->group)
				continue;
			if (!b->code || strlen(b->code) != 6 || strcmp(b->code + 3, a->code + 3))
				return 0;
			others++;
		}
		return others > 0;
	}
	return 0;
}

/* "Spain, Ireland and Norway said they would recognise", "Burkina Faso,
 * Mali and Niger announced their withdrawal": "they" and "their" stand
 * for every member of the list the antecedent is in.  (An object "them"
 * is found among more candidates, and less surely: it stays one, but
 * for people and for forces of one role listed by their states.)
 * The pronoun keeps its mention (and its token); the other members get
 * mentions of their own over the same word, in the pronoun's group.
 * Runs last: the groups must be linked. */
static int plural_pronouns(struct dyad_coder *c, struct sent *s)
{
	size_t i, k, n = s->n_ments;
	int bare;

	for (i = 0; i < n; i++) {
		size_t len;
		const char *t;
		long ref = -1;
		int owned;
		if (!s->ments[i].code)
			continue;
		/* "their governments": owned_agents() made it the role of
		 * the state "their" stands for */
		owned = s->ments[i].how && !strcmp(s->ments[i].how, "pronoun and agent") &&
			strlen(s->ments[i].code) > 3 && is_state_code(s->ments[i].code) &&
			s->ments[i].tok + 1 < s->n && word_is_any(s, s->ments[i].tok + 1, generic_governments);
		if (s->ments[i].kind != M_PRONOUN && !owned)
			continue;
		t = tok_text(s, s->ments[i].tok, &len);
		if (owned && !(len == 5 && !strncasecmp(t, "their", 5)))
			continue;
		if (!(len == 4 && !strncasecmp(t, "they", 4)) &&
		    !(len == 5 && !strncasecmp(t, "their", 5)) &&
		    !(len == 4 && !strncasecmp(t, "them", 4)))
			continue;
		/* ("Two Russian and two Chinese bombers flew ..., and U.S.
		 * jets were scrambled to intercept them": forces of one kind
		 * listed by their states; other things listed stay apart) */
		if (!strncasecmp(t, "them", 4) && !s->ments[i].person && !one_kind_listed(s, &s->ments[i]))
			continue;
		/* "the military juntas of Niger, Mali and Burkina Faso said
		 * they": a pronoun that took the state of a listed state's
		 * role stands for each role of the list */
		bare = (strlen(s->ments[i].code) == 3 && is_country_code(s->ments[i].code)) || owned;
		for (k = 0; k < n && s->ments[k].tok < s->ments[i].tok; k++)
			if (s->ments[k].kind != M_PRONOUN && s->ments[k].code &&
			    (!strcmp(s->ments[k].code, s->ments[i].code) ||
			     (bare && is_state_code(s->ments[k].code) &&
			      !strncmp(s->ments[k].code, s->ments[i].code, 3))))
				ref = (long)k;
		if (ref < 0)
			continue;
		if (!owned)
			s->ments[i].code = s->ments[ref].code;
		for (k = 0; k < n; k++) {
			uint32_t tok = s->ments[i].tok, group = s->ments[i].group;
			struct mention *m;
			if ((long)k == ref || s->ments[k].group != s->ments[ref].group ||
			    s->ments[k].kind == M_PRONOUN || !s->ments[k].code ||
			    (owned && !is_state_code(s->ments[k].code)))
				continue;
			if (!(m = push_mention(c, s)))
				return DYAD_ENOMEM;
			*m = s->ments[i];       /* push_mention may have moved them */
			if (owned) {
				/* each listed state with the pronoun's role */
				char *cc = state_role(c, s->ments[k].code, s->ments[i].code + 3);
				if (!cc)
					return DYAD_ENOMEM;
				m->code = cc;
				m->how = "pronoun and agent for a list";
				m->tok = tok;
				m->group = group;
				continue;
			}
			m->actor = s->ments[k].actor;
			m->code = s->ments[k].code;
			m->person = s->ments[k].person;
			m->country = s->ments[k].country;
			m->how = "pronoun for a list";
			m->tok = tok;
			m->group = group;
		}
	}
	return DYAD_OK;
}

/* "met his counterpart from India", "his counterparts from Brazil and
 * South Africa": a counterpart is the holder of an office in the state
 * after "from", "in" or "of", not in the possessor's own; each state of
 * a list gets a mention over the counterpart's words, in its group.
 * Runs after the groups are linked. */
static int counterparts_from(struct dyad_coder *c, struct sent *s)
{
	static const char *const counterpart[] = { "counterpart", "counterparts", NULL };
	static const char *const from[] = { "from", "in", "of", NULL };
	size_t i, k, n = s->n_ments;

	for (i = 0; i < n; i++) {
		struct mention *m = &s->ments[i];
		size_t after = m->tok + m->n_tok;
		int32_t x;
		uint32_t group;
		/* ("his Indian counterpart in Beijing" names its state) */
		if (m->person || m->n_tok > 2 ||
		    (m->n_tok == 2 && !(s->info[m->tok].roles & R_PRON)) ||
		    !word_is_any(s, after - 1, counterpart) || after + 1 >= s->n ||
		    !word_is_any(s, after, from) || (x = s->info[after + 1].mention) < 0 ||
		    !s->ments[x].country || !s->ments[x].code ||
		    !(m->code = state_role(c, s->ments[x].code, "GOV")))
			continue;
		m->how = "counterpart in the state after it";
		m->placed = 0;
		group = s->ments[x].group;
		for (k = 0; k < n; k++) {
			struct mention *o;
			char *code;
			if ((int32_t)k == x || s->ments[k].group != group || !s->ments[k].country ||
			    !s->ments[k].code || !(code = state_role(c, s->ments[k].code, "GOV")))
				continue;
			if (!(o = push_mention(c, s)))
				return DYAD_ENOMEM;
			*o = s->ments[i];       /* push_mention may have moved them */
			o->code = code;
			o->group = s->ments[i].group;
		}
	}
	return DYAD_OK;
}

/* Whether the phrase at token I opens its sentence's clause as its
 * subject: first, or after a fronted phrase and its comma that names no
 * actor ("On Saturday, the two leaders agreed"). */
static int opens_sentence(const struct sent *s, size_t i)
{
	size_t k;

	if (i == 0)
		return 1;
	if (!(s->toks[i - 1].flags & TOK_PUNCT) || s->text[s->toks[i - 1].start - s->base] != ',')
		return 0;
	for (k = 0; k + 1 < i; k++)
		if (s->info[k].mention >= 0 && !s->ments[s->info[k].mention].place_only)
			return 0;
	return 1;
}

/* "After Iran fired missiles at Israel, Guterres urged both sides to step
 * back", "urged all sides to exercise restraint after Russia's attack on
 * Ukraine": where no pair was named as one, the two sides are the doer
 * and the one done to of an act the sentence tells in one phrase: a
 * mention that is no preposition's object (or a possessor), then another
 * party, the object of a verb ("shot down two Indian jets") or after "at",
 * "on", "against" or "into", with no comma or subordinating word between
 * (act_pair_object(): right after a verb past determiners and numbers).  The last such pair in tokens [from, to), into
 * side; whether one was found. */
static int act_pair_object(const struct sent *s, const struct mention *y)
{
	long j = (long)y->tok - 1;

	while (j >= 0 && s->info[j].mention < 0 &&
	       ((s->info[j].roles & R_DET) || (s->toks[j].flags & TOK_NUM)))
		j--;
	return j >= 0 && s->info[j].mention < 0 && s->info[j].vlemma != LEX_NONE &&
	       !s->info[j].roles;
}

/* "hours after Russia launched a full-scale invasion of Ukraine": the one
 * done to after "of" when the word before it is an act's noun the lexicon
 * knows (invasion, attack, blockade), not a role ("the leaders of"). */
static int act_pair_noun_of(const struct sent *s, const struct mention *y)
{
	static const char *const of[] = { "of", NULL };
	size_t j = y->tok - 1;

	return j >= 1 && word_is_any(s, j, of) && s->info[j - 1].mention < 0 &&
	       s->info[j - 1].nlemma != LEX_NONE && !s->info[j - 1].roles;
}

static int act_pair(const struct sent *s, size_t from, size_t to, const struct mention **side)
{
	static const char *const at[] = { "at", "on", "against", "into", NULL };
	size_t k, j, found = 0;

	for (k = 0; k < s->n_ments; k++) {
		const struct mention *x = &s->ments[k], *y;
		size_t xe = x->tok + x->n_tok;
		int32_t yi = -1;
		if (x->tok < from || xe > to || x->kind == M_PRONOUN || !x->code || x->place_only ||
		    (x->after_prep && !possessor(s, x)))
			continue;
		for (j = xe; j < to && j < xe + 10; j++) {
			if ((s->info[j].roles & R_SUB) || is_punct_tok(s, j, ',') ||
			    is_punct_tok(s, j, ';'))
				break;
			if (s->info[j].mention < 0 || s->info[j].mention == (int32_t)k)
				continue;
			yi = s->info[j].mention;
			break;
		}
		if (yi < 0)
			continue;
		y = &s->ments[yi];
		if (y->kind == M_PRONOUN || !y->code || y->tok < 1 || y->tok + y->n_tok > to ||
		    !strcmp(x->code, y->code) || !(word_is_any(s, y->tok - 1, at) || act_pair_object(s, y) ||
		      act_pair_noun_of(s, y)))
			continue;
		side[0] = x;
		side[1] = y;
		found = 1;
	}
	return (int)found;
}

/* "Sudan's warring factions agreed to a seven-day ceasefire", "Libya's
 * two warring sides signed a permanent ceasefire", "the warring parties
 * in Sudan": a state's war names its two sides, which the news of the
 * day knows; each gets a mention over the phrase, the two in one group,
 * as "the two sides" of a pair named before do (pair_anaphors()).
 * NEEDSWORK: the wars are listed here, not in a dictionary record. */
static const struct civil_war {
	const char *state, *side_a, *side_b;
	int32_t from, to;               /* YYYYMMDD; to 0: open */
} civil_wars[] = {
	{ "SDN", "SDNMIL", "SDNREB", 20230415, 0 },        /* the army and the RSF */
	{ "LBY", "LBYGOV", "LBYREB", 20140516, 20210315 }, /* Tripoli and Haftar's LNA */
	{ "ETH", "ETHGOV", "ETHREB", 20201104, 20221103 }, /* Addis Ababa and the TPLF */
	{ "YEM", "YEMGOV", "YEMREB", 20150326, 0 },        /* the government and the Houthis */
	{ "SSD", "SSDGOV", "SSDREB", 20131215, 20180912 }, /* Kiir and Machar's SPLA-IO */
	/* wars fought in a place by a state and a group, or two states,
	 * as the news names them by the place ("a ceasefire in Gaza") */
	{ "PSE", "ISR", "PSEREB", 20231007, 0 },           /* Israel and Hamas in Gaza */
	{ "PSE", "ISR", "PSEREB", 20210510, 20210522 },    /* the 11-day war of May 2021 */
	{ "LBN", "ISR", "LBNREB", 20240923, 20241128 },    /* Israel and Hezbollah */
	{ "UKR", "RUS", "UKR", 20220224, 0 },              /* Russia's invasion */
};

static const struct civil_war *civil_war_of(const char *code, int32_t ymd)
{
	size_t k;

	if (!code || strlen(code) != 3 || ymd <= 0)
		return NULL;
	for (k = 0; k < sizeof(civil_wars) / sizeof(civil_wars[0]); k++)
		if (!strcmp(civil_wars[k].state, code) && ymd >= civil_wars[k].from &&
		    (!civil_wars[k].to || ymd < civil_wars[k].to))
			return &civil_wars[k];
	return NULL;
}

int match_war_sides(const char *code, int32_t ymd, const char **a, const char **b)
{
	const struct civil_war *w = civil_war_of(code, ymd);

	if (!w)
		return 0;
	*a = w->side_a;
	*b = w->side_b;
	return 1;
}

static int warring_sides(struct dyad_coder *c, struct sent *s)
{
	static const char *const warring[] = { "warring", "rival", "feuding", "belligerent", NULL };
	static const char *const sides[] = { "parties", "sides", "factions", "camps", NULL };
	static const char *const two[] = { "two", "main", NULL };
	static const char *const the[] = { "the", NULL };
	static const char *const in[] = { "in", NULL };
	size_t i, n = s->n_ments;

	for (i = 0; i < n; i++) {
		const struct mention *st = &s->ments[i];
		const struct civil_war *w;
		size_t first, last, j, k;
		int32_t own = -1, grp;
		struct mention ref;

		if (!st->country || st->kind != M_NAME || !(w = civil_war_of(st->code, c->ymd)))
			continue;
		j = st->tok + st->n_tok;
		if (j < s->n && (s->info[j].roles & R_POSS)) {
			/* "Sudan's (two) warring factions" */
			first = st->tok;
			j++;
			if (j < s->n && word_is_any(s, j, two))
				j++;
			if (!(j + 1 < s->n && word_is_any(s, j, warring) && word_is_any(s, j + 1, sides)))
				continue;
			last = j + 1;
		} else if (st->tok >= 4 && word_is_any(s, st->tok - 1, in) &&
			   word_is_any(s, st->tok - 2, sides) &&
			   word_is_any(s, st->tok - 3, warring)) {
			/* "the warring parties in Sudan" */
			first = st->tok - 3;
			if (first >= 1 && word_is_any(s, first - 1, two))
				first--;
			if (first >= 1 && word_is_any(s, first - 1, the))
				first--;
			last = st->tok + st->n_tok - 1;
		} else {
			continue;
		}
		/* (a role word the phrase holds, "factions", gives way) */
		for (k = first; k <= last; k++)
			if (s->info[k].mention >= 0 && s->info[k].mention != (int32_t)i) {
				const struct mention *r = &s->ments[s->info[k].mention];
				if (r->kind != M_AGENT || r->country)
					break;
				own = s->info[k].mention;
			}
		if (k <= last)
			continue;
		memset(&ref, 0, sizeof(ref));
		ref.actor = LEX_NONE;
		ref.code = w->side_a;
		stand_for(s, &s->ments[i], &ref, "the pair of a state's war", first, last);
		s->ments[i].agent = LEX_NONE;
		s->ments[i].country = 0;
		s->ments[i].after_prep = first > 0 && (s->info[first - 1].roles & R_PREP);
		s->ments[i].prep_roles = s->ments[i].after_prep ? s->info[first - 1].roles : 0;
		grp = (int32_t)i;
		s->ments[i].group = (uint32_t)grp;
		{
			struct mention *m2 = own >= 0 ? &s->ments[own] : push_mention(c, s);
			if (!m2)
				return DYAD_ENOMEM;
			ref.code = w->side_b;
			memset(m2, 0, sizeof(*m2));
			stand_for(s, m2, &ref, "the pair of a state's war", first, last);
			m2->agent = LEX_NONE;
			m2->after_prep = s->ments[i].after_prep;
			m2->prep_roles = s->ments[i].prep_roles;
			m2->group = (uint32_t)grp;
		}
		for (k = first; k <= last; k++)
			s->info[k].mention = grp;
		sent_bloom_add(s, lex_lookup(c->lex, "and", 3));
	}
	return DYAD_OK;
}

/* "accused both countries of violating it", "urged the two sides to
 * respect the truce": after a verb or a preposition, "both" or "the two"
 * and a word for parties stand for the pair the sentence named before
 * ("a ceasefire between Israel and Iran").  A sentence that names no pair
 * before the phrase takes the pair of one of the two sentences before
 * it, and then the phrase may be its subject too ("Lee met Ishiba in
 * Tokyo. The two leaders agreed to ..."), where it stands as a compound
 * subject would.  "The two Koreas" and "both Koreas" name their pair
 * themselves, anywhere.  Each side gets a mention over the phrase, the two in
 * one group.  (As a subject after the pair in its own sentence, "Xi met
 * Putin, and the two leaders held talks", the coder pairs them itself.)
 * Runs after the groups are linked. */
static int pair_anaphors(struct dyad_coder *c, struct sent *s)
{
	static const char *const parties[] = { "sides", "countries", "nations", "parties",
					       "leaders", "governments", "states", "neighbours",
					       "neighbors", "rivals", "capitals", "presidents",
					       "ministers", "delegations",
					       /* (story_: "Trump ... with the North's leader Kim
						* Jong Un. The two men then talked") */
					       "men", NULL };
	static const char *const both[] = { "both", NULL };
	static const char *const the[] = { "the", NULL };
	static const char *const two[] = { "two", NULL };
	static const char *const three[] = { "three", NULL };
	static const char *const all[] = { "all", NULL };
	static const char *const sides[] = { "sides", "parties", NULL };
	/* ("called on both sides", "an appeal to all parties") */
	static const char *const addressed[] = { "on", "to", "for", "by", NULL };
	static const char *const they[] = { "they", NULL };
	static const char *const governed[] = { "leaders", "governments", "presidents", "ministers",
						NULL };
	static const char *const koreas_w[] = { "Koreas", NULL };
	static const struct mention two_koreas[2] = {
		{ .code = "KOR", .country = 1, .actor = LEX_NONE, .agent = LEX_NONE },
		{ .code = "PRK", .country = 1, .actor = LEX_NONE, .agent = LEX_NONE },
	};
	size_t i, k, n = s->n_ments;
	int remembered = c->memo.have_pair && s->index > c->memo.pair_sent &&
			 s->index - c->memo.pair_sent <= 2;
	int trio_kept = c->memo.have_trio && s->index > c->memo.trio_sent &&
			s->index - c->memo.trio_sent <= 5;

	/* "urged the foes to respect it", "a truce between the nuclear-armed
	 * rivals": words that name a pair with no number */
	static const char *const pair_nouns[] = { "pair", "foes", "rivals", "arch-rivals",
						  "archrivals", "superpowers", "giants", "adversaries",
						  "enemies", "neighbours", "neighbors", NULL };

	for (i = 0; i + 1 < s->n; i++) {
		int trio = word_is_any(s, i, the) && i + 2 < s->n && word_is_any(s, i + 1, three);
		size_t last = word_is_any(s, i, both) ? i + 1 :
			      word_is_any(s, i, the) && i + 2 < s->n &&
			      (word_is_any(s, i + 1, two) || trio) ? i + 2 :
			      /* ("urged all sides to exercise restraint") */
			      word_is_any(s, i, all) && word_is_any(s, i + 1, sides) ? i + 1 : 0;
		const struct mention *side[3] = { NULL, NULL, NULL };
		struct mention from[3];

		/* ("the pair", "the Asian giants", "the old foes") */
		if (!last && word_is_any(s, i, the)) {
			size_t j = i + 1;
			while (j < s->n && j <= i + 2 && !word_is_any(s, j, pair_nouns) &&
			       (s->toks[j].flags & TOK_WORD) && s->info[j].mention < 0 &&
			       !s->info[j].roles && s->info[j].vlemma == LEX_NONE &&
			       (!is_cap(s, j) || region_word(s, j)))
				j++;
			if (j < s->n && word_is_any(s, j, pair_nouns) && s->info[j].mention < 0 &&
			    !(j + 1 < s->n && ((s->info[j + 1].roles & R_OF) || (s->info[j + 1].roles & R_POSS))))
				last = j;
		}
		int32_t first, own = -1;
		size_t end = 0, n_sides = 2;
		int subject, pron = 0, memo_pair, koreas;

		/* "Lee met Ishiba in Tokyo. They agreed to ...": "they" opening
		 * the sentence right after the pair's, where no plural group
		 * was named, is the pair */
		if (!last && remembered && s->index - c->memo.pair_sent == 1 &&
		    word_is_any(s, i, they) && opens_sentence(s, i) &&
		    (s->info[i + 1].vlemma != LEX_NONE ||
		     (i + 2 < s->n && s->info[i + 2].vlemma != LEX_NONE)) &&
		    !(c->memo.have_group && c->memo.last_group_sent == c->memo.pair_sent) &&
		    (s->info[i].mention < 0 || s->ments[s->info[i].mention].kind == M_PRONOUN))
			last = i, pron = 1;
		/* ("the two foreign ministers": one modifier) */
		else if (last && last + 1 < s->n && !word_is_any(s, last, parties) &&
		    word_is_any(s, last + 1, parties) && (s->toks[last].flags & TOK_WORD) &&
		    !is_cap(s, last) && !s->info[last].roles)
			last++;
		koreas = !pron && last && word_is_any(s, last, koreas_w);
		if (!pron && !koreas &&
		    (!last || !(word_is_any(s, last, parties) || word_is_any(s, last, pair_nouns))))
			continue;
		subject = (remembered || koreas || (trio && trio_kept)) &&
			  (opens_sentence(s, i) || koreas) &&
			  last + 1 < s->n &&
			  (s->info[last + 1].vlemma != LEX_NONE ||
			   (last + 2 < s->n && s->info[last + 2].vlemma != LEX_NONE));
		/* ("police arrested the two men": people, unless they open
		 * the sentence as the pair named before) */
		if (!subject && !pron && !koreas && story_word_men(s, last))
			continue;
		if (!subject && (i == 0 ||
				 !((s->info[i - 1].vlemma != LEX_NONE && s->info[i - 1].mention < 0 &&
				    !s->info[i - 1].roles) || (s->info[i - 1].roles & R_PREP))))
			continue;
		/* (the role the phrase names, which has no state of its own,
		 * gives way: "The two leaders" is no one state's leaders; nor
		 * is a state the sentence's places lent it, "The two leaders
		 * agreed to begin talks on ending the war in Ukraine") */
		if (s->info[last].mention >= 0) {
			const struct mention *r = &s->ments[s->info[last].mention];
			if (!koreas && (!subject || (!pron && (r->kind != M_AGENT || r->country ||
								 (is_state_code(r->code) && !r->placed) ||
								 r->tok < i))))
				continue;
			own = s->info[last].mention;
		}
		/* "the two Koreas" names its pair itself */
		if (koreas) {
			side[0] = &two_koreas[0];
			side[1] = &two_koreas[1];
			end = 1;
		}
		/* the last pair named before: a group of two sides of two
		 * states */
		for (k = 0; k < n && !koreas && !trio; k++) {
			int32_t mem[2] = { -1, -1 };
			size_t j, count = 0;
			if (s->ments[k].tok + s->ments[k].n_tok > i ||
			    s->ments[k].tok + s->ments[k].n_tok <= end || s->ments[k].kind == M_PRONOUN)
				continue;
			for (j = 0; j < n; j++)
				if (s->ments[j].group == s->ments[k].group && s->ments[j].tok < i &&
				    s->ments[j].kind != M_PRONOUN && s->ments[j].code && count++ < 2)
					mem[count - 1] = (int32_t)j;
			if (count == 2 && strncmp(s->ments[mem[0]].code, s->ments[mem[1]].code, 3)) {
				end = s->ments[k].tok + s->ments[k].n_tok;
				side[0] = &s->ments[mem[0]];
				side[1] = &s->ments[mem[1]];
			}
		}
		/* (no pair named as one: "both sides" or "all sides" that a
		 * verb or an appeal addresses are the two sides of an act
		 * told in the sentence, before the phrase or after it) */
		if (!side[0] && !subject && !pron && i > 0 &&
		    (word_is_any(s, i, both) || word_is_any(s, i, all)) &&
		    word_is_any(s, last, sides) &&
		    (s->info[i - 1].vlemma != LEX_NONE || word_is_any(s, i - 1, addressed)) &&
		    !act_pair(s, 0, i, side) && !act_pair(s, last + 1, s->n, side))
			side[0] = side[1] = NULL;
		/* ("the three ministers" only for three, "the two" and
		 * "both" only for two, "they" for either) */
		/* (the three of some sentences before, when the pair since
		 * is two: they are the pair again from here) */
		if (!side[0] && trio && trio_kept && (subject || !end) &&
		    !(remembered && c->memo.have_pair == 3)) {
			memcpy(c->memo.pair, c->memo.trio, sizeof(c->memo.pair));
			c->memo.have_pair = 3;
			remembered = 1;
		}
		if (!side[0] && remembered && (subject || !end) &&
		    (pron || (c->memo.have_pair == 3) == trio)) {
			n_sides = (size_t)c->memo.have_pair;
			for (k = 0; k < n_sides; k++)
				side[k] = &c->memo.pair[k];
		}
		if (!side[0] || (subject && !koreas && side[0] != &c->memo.pair[0]))
			continue;
		/* (copied before push_mention() may move the sentence's) */
		for (k = 0; k < n_sides; k++)
			from[k] = *side[k];
		memo_pair = side[0] == &c->memo.pair[0];
		first = own >= 0 ? own : (int32_t)s->n_ments;
		for (k = 0; k < n_sides; k++) {
			struct mention *m;
			if (k == 0 && own >= 0)
				m = &s->ments[own];
			else if (!(m = push_mention(c, s)))
				return DYAD_ENOMEM;
			memset(m, 0, sizeof(*m));
			/* ("Lee met Takaichi in South Korea. The two leaders":
			 * a state named for its leader is its government) */
			if (from[k].country && !pron && word_is_any(s, last, governed) &&
			    !(from[k].code = state_role(c, from[k].code, "GOV")))
				return DYAD_ENOMEM;
			stand_for(s, m, &from[k], memo_pair ? "the pair of a sentence before" :
							       "the pair named before", i, last);
			m->agent = LEX_NONE;
			m->country = from[k].country && !word_is_any(s, last, governed);
			m->subject = subject;
			m->after_prep = (i > 0 && (s->info[i - 1].roles & R_PREP)) != 0;
			m->prep_roles = m->after_prep ? s->info[i - 1].roles : 0;
			m->group = (uint32_t)first;
		}
		for (k = i; k <= last; k++)
			s->info[k].mention = first;
		/* (patterns of a pair, "$ and + ...", may take the phrase's
		 * two mentions: the sentence may hold their "and") */
		sent_bloom_add(s, lex_lookup(c->lex, "and", 3));
		i = last;
	}
	return DYAD_OK;
}

/* "The three leaders agreed ... They also criticised China's ...
 * Beijing accused them of forming exclusive cliques": "them" right
 * after a verb, when the last sentences named a pair or three and the
 * sentence's subject is none of them, is that pair or three, not the
 * subject's own state a plain pronoun would find. */
static int story_them_pair(struct dyad_coder *c, struct sent *s)
{
	static const char *const them[] = { "them", NULL };
	const struct memo *mo = &c->memo;
	struct mention from[3];
	size_t i, k, n_sides;
	int32_t first;

	if (mo->have_pair < 2 || s->index <= mo->pair_sent || s->index - mo->pair_sent > 2)
		return DYAD_OK;
	n_sides = (size_t)mo->have_pair;
	for (i = 1; i < s->n; i++) {
		const struct mention *subj = NULL;
		if (!word_is_any(s, i, them) || s->info[i].mention < 0 ||
		    s->ments[s->info[i].mention].kind != M_PRONOUN ||
		    s->info[i - 1].vlemma == LEX_NONE)
			continue;
		for (k = 0; k < s->n_ments && !subj; k++)
			if (s->ments[k].tok < i && s->ments[k].code && s->ments[k].kind != M_PRONOUN)
				subj = &s->ments[k];
		if (!subj)
			continue;
		for (k = 0; k < n_sides; k++)
			if (!mo->pair[k].code || !strncmp(mo->pair[k].code, subj->code, 3))
				break;
		if (k < n_sides)
			continue;
		for (k = 0; k < n_sides; k++)
			from[k] = mo->pair[k];
		first = s->info[i].mention;
		for (k = 0; k < n_sides; k++) {
			struct mention *m;
			if (k == 0)
				m = &s->ments[first];
			else if (!(m = push_mention(c, s)))
				return DYAD_ENOMEM;
			memset(m, 0, sizeof(*m));
			stand_for(s, m, &from[k], "the pair of a sentence before", i, i);
			m->agent = LEX_NONE;
			m->group = (uint32_t)first;
		}
		s->info[i].mention = first;
	}
	return DYAD_OK;
}

/* Nouns that name an act an earlier sentence told, with the CAMEO codes
 * of the acts each may stand for: prefixes, the most telling first. */
static const struct {
	const char *noun;
	const char *codes;      /* prefixes, each ended by a space */
} act_nouns[] = {
	{ "launch", "15 19 18 " }, { "launches", "15 19 18 " }, { "test", "15 19 20 " },
	{ "tests", "15 19 20 " }, { "attack", "19 18 20 " }, { "attacks", "19 18 20 " },
	{ "strike", "19 18 20 " }, { "strikes", "19 18 20 " }, { "bombing", "18 19 20 " },
	{ "shelling", "19 20 " }, { "raid", "19 18 17 " }, { "raids", "19 18 17 " },
	{ "offensive", "19 20 " }, { "incursion", "15 19 " }, { "invasion", "19 " },
	{ "sanctions", "163 16 " }, { "tariffs", "163 16 " }, { "duties", "163 16 " },
	{ "curbs", "16 " }, { "drills", "15 06 " }, { "exercise", "15 06 " },
	{ "exercises", "15 06 " }, { "deployment", "15 072 " }, { "deployments", "15 072 " },
	{ "dispatch", "072 15 " }, { "accusation", "112 11 " },
	{ "accusations", "112 11 " }, { "allegation", "112 11 " },
	{ "allegations", "112 11 " }, { "remarks", "01 11 " }, { "threat", "13 " },
	{ "threats", "13 " }, { "warning", "13 " }, { "proposal", "03 " }, { "offer", "03 " },
	{ "visit", "04 " }, { "trip", "04 " }, { "expulsion", "174 17 16 " },
	{ "expulsions", "174 17 16 " }, { "arrest", "173 17 " }, { "arrests", "173 17 " },
	{ "detention", "173 17 " }, { "seizure", "17 " }, { "deal", "057 054 " },
	{ "agreement", "057 054 " }, { "accord", "057 " }, { "pact", "057 " },
	/* (story_: "signed a treaty ... South Korea condemned the treaty",
	 * "agreed to a ceasefire ... accused Islamabad of violating the
	 * truce", "accused India ... Pakistan denied the charge") */
	{ "treaty", "057 " }, { "truce", "0871 087 " }, { "ceasefire", "0871 087 " },
	{ "killing", "186 18 19 " }, { "assassination", "186 185 18 " },
	{ "annexation", "192 19 " }, { "blast", "183 18 19 " },
	{ "charge", "112 11 " }, { "charges", "112 11 " }, { "claim", "112 " },
	{ "claims", "112 " },
};

/* The code a reaction to an act of DOER aims at: the doer's state, not
 * the forces or office that did it ("U.S. bombers struck ... Araqchi
 * called the attack outrageous": USA); groups, people and parties keep
 * their own code. */
static const char *story_doer_state(struct dyad_coder *c, const char *doer)
{
	static const char *const state_roles[] = { "GOV", "MIL", "SPY", "COP", "JUD", "LEG", NULL };
	char *cc;

	if (strlen(doer) != 6 || !role_in(doer, state_roles) ||
	    !(cc = arena_strndup(&c->mem, doer, 3)))
		return doer;
	return is_country_code(cc) ? cc : doer;
}

/* Whether token i is WORD (any case). */
static int story_word(const struct sent *s, size_t i, const char *word)
{
	const char *const one[] = { word, NULL };
	return i < s->n && word_is_any(s, i, one);
}

/* "Russia condemned it as aggression", "Putin called it a provocation":
 * "it" right after a verb of reaction, in a sentence after an act, is
 * that act, not a party named in the sentence. */
static int story_reaction_verb(const struct sent *s, size_t i)
{
	static const char *const reacting[] = {
		"condemned", "condemns", "condemn", "condemning", "denounced", "denounces",
		"denouncing", "called", "calls", "calling", "criticised", "criticized",
		"criticising", "criticizing", "slammed", "slams", "decried", "deplored",
		"branded", "brands", "described", "rejected", "protested", "welcomed",
		"praised", "hailed", NULL };
	return word_is_any(s, i, reacting);
}

/* Whether an actor of code's state is named before token tok, other
 * than as a place. */
static int named_before(const struct sent *s, size_t tok, const char *code)
{
	size_t k;

	for (k = 0; k < s->n_ments; k++)
		if (s->ments[k].tok < tok && s->ments[k].code && !s->ments[k].place_only &&
		    !strncmp(s->ments[k].code, code, 3))
			return 1;
	return 0;
}

/* "North Korea fired a missile into the sea ... Japan protested the
 * launch": "the" and a noun for an act, right after a verb, is the act
 * one of the two sentences before coded with a root the noun may name,
 * and stands for that act's source, as "North Korea's launch" would.
 * Not for one the sentence's own actors did ("Kim oversaw the test")
 * nor when the sentence names who did it ("the launch by North Korea").
 * Needs the mentions linked. */
static int act_anaphors(struct dyad_coder *c, struct sent *s)
{
	static const char *const dets[] = { "the", "this", "these", NULL };
	static const char *const by_of[] = { "by", "of", "from", NULL };
	const struct memo *mo = &c->memo;
	size_t i, k;
	int32_t first;

	if (!mo->n_acts || s->index == 0)
		return DYAD_OK;
	for (i = 0; i + 1 < s->n; i++) {
		size_t last = i + 1, a, nk = sizeof(act_nouns) / sizeof(act_nouns[0]);
		const char *codes = NULL, *pre;
		struct mention *m;
		size_t b;

		/* ("condemned what he called an unprovoked and unjustified
		 * attack": the words of the reaction's own subject; "condemned
		 * it as aggression": the act a sentence before told) */
		size_t what = 0;
		int it = 0, opening = 0;

		/* ("The truce was brokered by the United States": the act
		 * opening a passive sentence whose agent follows) */
		if (i == 0) {
			size_t j;
			if (!word_is_any(s, 0, dets))
				continue;
			for (j = 2; j < s->n && j <= 4 && !story_word(s, j, "was") &&
			     !story_word(s, j, "were"); j++)
				;
			if (!(j + 2 < s->n && j <= 4 && s->info[j + 1].vlemma != LEX_NONE &&
			      story_word(s, j + 2, "by")))
				continue;
			opening = 1;
		} else if (i + 4 < s->n && story_word(s, i, "what") && s->info[i + 1].mention >= 0 &&
		    (story_word(s, i + 2, "called") || story_word(s, i + 2, "described")) &&
		    s->info[i - 1].vlemma != LEX_NONE && story_reaction_verb(s, i - 1)) {
			what = i;
			i += story_word(s, i + 3, "as") ? 4 : 3;
			if (!story_word(s, i, "an") && !story_word(s, i, "a") && !story_word(s, i, "the")) {
				i = what;
				what = 0;
			}
			last = i + 1;
		} else if (story_word(s, i, "it") && s->info[i].mention >= 0 &&
			   s->ments[s->info[i].mention].kind == M_PRONOUN &&
			   s->info[i - 1].vlemma != LEX_NONE && story_reaction_verb(s, i - 1) &&
			   !(i + 1 < s->n && (story_word(s, i + 1, "to") || story_word(s, i + 1, "that") ||
					      story_word(s, i + 1, "would") || story_word(s, i + 1, "was")))) {
			it = 1;
		}
		if (!it && !what && !opening && (!word_is_any(s, i, dets) || s->info[i - 1].vlemma == LEX_NONE ||
		    s->info[i - 1].mention >= 0 ||
		    (s->info[i - 1].roles & (R_BE | R_HAVE | R_PREP | R_DET | R_CONJ | R_SUB)) ||
		    (s->info[i - 1].vroles & (V_SPEECH | V_OPINION))))
			continue;
		if (it) {
			/* (an act of force, posture, coercion, sanction, threat
			 * or a deal: what a reaction is to) */
			codes = "19 18 20 15 17 16 13 057 ";
			last = i;
		}
		/* ("the latest launch", "the new sanctions": one modifier;
		 * "what he called an unprovoked and unjustified attack": more) */
		for (; !codes && last <= i + (what ? 5 : 2) && last < s->n; last++) {
			if (s->info[last].mention >= 0 || is_cap(s, last))
				break;
			if (what && story_word(s, last, "and"))
				continue;
			for (k = 0; k < nk && !codes; k++) {
				const char *const noun[] = { act_nouns[k].noun, NULL };
				if (word_is_any(s, last, noun))
					codes = act_nouns[k].codes;
			}
			if (codes || !plain_modifier(s, last))
				break;
		}
		if (!codes || (last + 2 < s->n && word_is_any(s, last + 1, by_of) &&
			       s->info[last + 2].mention >= 0)) {
			if (what)
				i = what;
			continue;
		}
		/* (the most telling code first, the latest act of it not
		 * done by the sentence's own actors: "North Korea fired
		 * missiles ... as South Korea and the United States began
		 * their exercise. North Korea had condemned the drills") */
		for (a = mo->n_acts, pre = codes; a == mo->n_acts && *pre; pre = strchr(pre, ' ') + 1)
			for (a = 0; a < mo->n_acts; a++)
				if (mo->acts[a].sent < s->index && s->index - mo->acts[a].sent <= 4 &&
				    !strncmp(mo->acts[a].code, pre, (size_t)(strchr(pre, ' ') - pre)) &&
				    !named_before(s, i, mo->acts[a].source))
					break;
		if (a == mo->n_acts) {
			if (what)
				i = what;
			continue;
		}
		/* (a joint act, coded each way, was done by both) */
		for (b = 0; b < mo->n_acts; b++)
			if (b != a && mo->acts[b].sent == mo->acts[a].sent &&
			    !strcmp(mo->acts[b].code, mo->acts[a].code) &&
			    strncmp(mo->acts[b].source, mo->acts[a].source, 3) &&
			    !named_before(s, i, mo->acts[b].source))
				break;
		if (it) {
			/* (the pronoun itself now names the act's doer) */
			m = &s->ments[s->info[i].mention];
			m->code = story_doer_state(c, mo->acts[a].source);
			m->country = strlen(m->code) == 3 && is_country_code(m->code);
			m->how = "the act of a sentence before";
			m->act_noun = 1;
			continue;
		}
		first = (int32_t)s->n_ments;
		for (k = 0; k < 2; k++) {
			const char *src = k == 0 ? mo->acts[a].source : b < mo->n_acts ? mo->acts[b].source : NULL;
			if (!src)
				break;
			src = story_doer_state(c, src);
			if (!(m = push_mention(c, s)))
				return DYAD_ENOMEM;
			m->kind = M_PRONOUN;
			if (!(m->code = arena_strndup(&c->mem, src, strlen(src))))
				return DYAD_ENOMEM;
			m->country = strlen(m->code) == 3 && is_country_code(m->code);
			m->how = "the act of a sentence before";
			m->act_noun = 1;
			m->group = (uint32_t)first;
			set_span(s, m, what ? what : i, last);
		}
		for (k = what ? what : i; k <= last; k++)
			s->info[k].mention = first;
		i = last;
	}
	return DYAD_OK;
}

/* Whether CODE is an armed group's: a state's rebels or insurgents
 * ("YEMREB", "YEMREBHTH", "---INS") or an international one ("IMG..."). */
static int story_armed_code(const char *code)
{
	return code && strlen(code) >= 6 &&
	       (!strncmp(code, "IMG", 3) || !strncmp(code + 3, "REB", 3) ||
		!strncmp(code + 3, "INS", 3));
}

/* "The United States and Britain launched air strikes on Houthi
 * targets ... The Iran-backed group vowed to retaliate": "the group",
 * "the militia" or "the movement", after up to two modifiers, that no
 * dictionary names is the armed group an act of the last three
 * sentences was done by or to. */
static int story_group_anaphors(struct dyad_coder *c, struct sent *s)
{
	static const char *const heads[] = { "group", "militia", "movement", NULL };
	static const char *const the[] = { "the", NULL };
	const struct memo *mo = &c->memo;
	size_t i, k, j;

	if (!mo->n_acts || s->index == 0)
		return DYAD_OK;
	for (i = 0; i + 1 < s->n; i++) {
		const char *code = NULL;
		struct mention *m;
		size_t len;
		const char *w;

		int32_t generic = -1;   /* "the militant group": ---INS, no one's */

		if (!word_is_any(s, i, the) || s->info[i].mention >= 0)
			continue;
		for (j = i + 1; j < s->n && j <= i + 3; j++) {
			if (s->info[j].mention >= 0 && s->ments[s->info[j].mention].code &&
			    !strncmp(s->ments[s->info[j].mention].code, "---", 3) &&
			    word_is_any(s, s->ments[s->info[j].mention].tok +
					   s->ments[s->info[j].mention].n_tok - 1, heads)) {
				generic = s->info[j].mention;
				j = s->ments[generic].tok + s->ments[generic].n_tok - 1;
				break;
			}
			if (s->info[j].mention >= 0)
				break;
			if (word_is_any(s, j, heads))
				break;
			w = tok_text(s, j, &len);
			/* ("Iran-backed", "militant", "Shi'ite") */
			if (!plain_modifier(s, j) &&
			    !(len > 7 && (memmem(w, len, "-backed", 7) || memmem(w, len, "-aligned", 8))))
				break;
		}
		if (j >= s->n || j > i + 3 || (s->info[j].mention >= 0 && generic < 0) ||
		    !word_is_any(s, j, heads) ||
		    (j + 1 < s->n && (s->info[j + 1].roles & (R_OF | R_POSS))))
			continue;
		for (k = 0; k < mo->n_acts && !code; k++) {
			if (mo->acts[k].sent >= s->index || s->index - mo->acts[k].sent > 3)
				continue;
			if (story_armed_code(mo->acts[k].source))
				code = mo->acts[k].source;
			else if (story_armed_code(mo->acts[k].target))
				code = mo->acts[k].target;
		}
		if (!code)
			continue;
		if (generic >= 0) {
			/* (the generic agent now names the group) */
			m = &s->ments[generic];
			if (!(m->code = arena_strndup(&c->mem, code, strlen(code))))
				return DYAD_ENOMEM;
			m->how = "the armed group a sentence before named";
			i = j;
			continue;
		}
		if (!(m = push_mention(c, s)))
			return DYAD_ENOMEM;
		m->kind = M_PRONOUN;
		if (!(m->code = arena_strndup(&c->mem, code, strlen(code))))
			return DYAD_ENOMEM;
		m->how = "the armed group a sentence before named";
		m->group = (uint32_t)(s->n_ments - 1);
		set_span(s, m, i, j);
		for (k = i; k <= j; k++)
			s->info[k].mention = (int32_t)(s->n_ments - 1);
		i = j;
	}
	return DYAD_OK;
}

/* "North Korea's Vice Defence Minister Kim Kang Il", "South Korea's
 * First Vice Foreign Minister Kim Hong-kyun": a role with no state
 * takes the state whose possessive stands before it, past up to two
 * capitalised words of its title.  Needs the mentions marked. */
static void possessed_roles(struct dyad_coder *c, struct sent *s)
{
	size_t i;

	for (i = 1; i < s->n_ments; i++) {
		struct mention *b = &s->ments[i];
		const struct mention *a;
		long j = (long)b->tok - 1;
		int words = 0;
		char *code;

		if (!b->code || strlen(b->code) != 3 || b->country || b->actor != LEX_NONE)
			continue;
		while (j >= 0 && words < 2 && s->info[j].mention < 0 && is_name_word(s, (size_t)j)) {
			j--;
			words++;
		}
		if (j < 1 || !(s->info[j].roles & R_POSS) || (s->info[j].roles & R_PRON) ||
		    s->info[j - 1].mention < 0)
			continue;
		a = &s->ments[s->info[j - 1].mention];
		if (!a->country || !is_country_code(a->code) || a->tok + a->n_tok != (uint32_t)j)
			continue;
		if (!(code = state_role(c, a->code, b->code)))
			return;
		b->code = code;
		b->how = "role of the state whose possessive precedes it";
	}
}

/* The code of the one-word actor a hyphenated token starts with ("Hamas"
 * in "Hamas-run") when the word after its last hyphen is one of WORDS,
 * else NULL. */
static const char *hyphen_owner(struct dyad_coder *c, const struct sent *s, size_t i,
				int32_t ymd, const char *const *words)
{
	size_t len, q = 0, last, k;
	const char *t = tok_text(s, i, &len);
	uint32_t actor;

	if (!(s->toks[i].flags & TOK_HYPHEN) || !is_cap(s, i))
		return NULL;
	while (q < len && t[q] != '-')
		q++;
	for (last = len; last > 0 && t[last - 1] != '-'; last--)
		;
	if (q == len || last != q + 1)
		return NULL;    /* one hyphen only: "Hamas-run", not "Pan-Arab-led" */
	for (k = 0; words[k]; k++)
		if (len - last == strlen(words[k]) && !strncasecmp(t + last, words[k], len - last))
			break;
	if (!words[k])
		return NULL;
	return one_word_actor(c, t, q, ymd, &actor);
}

const char *match_hyphen_owner(struct dyad_coder *c, const struct sent *s, size_t i,
			       int32_t ymd, const char *const *words)
{
	return hyphen_owner(c, s, i, ymd, words);
}

/* "U.S.-led strikes hit Houthi targets", "a U.S.- and British-led
 * offensive": the state a "-led" word names leads the act of force the
 * noun after it names (past two modifiers), with its forces (USAMIL), as
 * "Saudi-led coalition air strikes" are the coalition's; "and" with a
 * state cut off by a hyphen before it ("U.S." "-" "and") leads too.
 * Needs the mentions marked; pushes mentions, so sort after. */
static int led_strikes(struct dyad_coder *c, struct sent *s, int32_t ymd)
{
	static const char *const led[] = { "led", NULL };
	static const char *const and_w[] = { "and", NULL };
	static const char *const force[] = { "strike", "strikes", "airstrike", "airstrikes",
					     "attack", "attacks", "raid", "raids", "offensive",
					     "bombing", "bombings", "bombardment", "assault",
					     "incursion", "operation", "operations", NULL };
	size_t i;

	for (i = 0; i < s->n; i++) {
		const char *owner, *code;
		struct mention *m;
		size_t k = i + 1, len, q;
		const char *t;

		if (!(s->toks[i].flags & TOK_HYPHEN) || s->info[i].mention >= 0 ||
		    !(owner = hyphen_owner(c, s, i, ymd, led)) || !is_state_code(owner) ||
		    strlen(owner) != 3)
			continue;
		while (k < s->n && k < i + 3 && s->info[k].mention < 0 && !word_is_any(s, k, force) &&
		       (s->toks[k].flags & TOK_WORD) && !(s->toks[k].flags & TOK_CAP) && !s->info[k].roles)
			k++;
		if (k >= s->n || s->info[k].mention >= 0 || !word_is_any(s, k, force) ||
		    !(code = state_role(c, owner, "MIL")))
			continue;
		t = tok_text(s, i, &len);
		for (q = 0; q < len && t[q] != '-'; q++)
			;
		if (!(m = push_mention(c, s)))
			return DYAD_ENOMEM;
		m->kind = M_NAME;
		m->code = code;
		m->how = "the state that leads the act";
		m->tok = (uint32_t)i;
		m->n_tok = 1;
		m->start = s->toks[i].start - s->base;
		m->end = m->start + (uint32_t)q;
		/* ("U.S." "-" "and" before it) */
		if (i >= 3 && word_is_any(s, i - 1, and_w) && is_punct_tok(s, i - 2, '-') &&
		    s->info[i - 3].mention >= 0) {
			struct mention *b = &s->ments[s->info[i - 3].mention];
			const char *bc = b->country && b->code && strlen(b->code) == 3 ?
					 state_role(c, b->code, "MIL") : NULL;
			if (bc) {
				b->code = bc;
				b->country = 0;
				b->how = "the state that leads the act";
			}
		}
	}
	return DYAD_OK;
}

/* "the Hamas-run health ministry", "Houthi-controlled media",
 * "Russian-installed officials": a role with no state of its own that
 * an actor runs is a role of that actor's state (PSEGOV, YEMMED,
 * RUSGOV), not of the place or state the sentence names elsewhere.
 * ("Iranian-backed militias" are not Iran's: backing is left out.)
 * Needs the mentions marked. */
static void run_by_roles(struct dyad_coder *c, struct sent *s, int32_t ymd)
{
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *b = &s->ments[i];
		const char *owner;
		char *code;

		if (!b->code || strlen(b->code) != 3 || b->country || b->person ||
		    b->actor != LEX_NONE || !(owner = run_by_owner(c, s, b->tok, ymd)) ||
		    strlen(owner) < 3 ||
		    !is_state_code(owner) || !strncmp(owner, "---", 3))
			continue;
		if (!(code = state_role(c, owner, b->code)))
			return;
		b->code = code;
		b->kind = M_NAME;       /* it has its state: place it no more */
		b->how = "role of the actor that runs it";
		b->tok--;
		b->n_tok++;
		b->start = s->toks[b->tok].start - s->base;
	}
}

/* "struck the Houthi-held port of Hodeidah", "the RSF-held city of Wad
 * Madani", "Russian-occupied Crimea": a place named after its holder
 * stands for the holder, the target of what is done to it
 * (tests/dev/README.md: a captured town's target is its holder).  Only
 * a holder named as an actor: "rebel-held Douma" stays the state, whose
 * civilians a chemical attack there strikes.  It stays a place too.
 * Needs the mentions marked. */
static void held_places(struct dyad_coder *c, struct sent *s, int32_t ymd)
{
	static const char *const held[] = { "held", "controlled", "occupied", "run", NULL };
	static const char *const when_words[] = { "overnight", "today", "yesterday", "tonight",
						  "again", "earlier", "late", "early", "last",
						  "this", "next", NULL };
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		long h = (long)m->tok - 1;
		const char *owner;
		size_t k;

		if (m->kind != M_NAME || !m->country || m->person || !is_country_code(m->code))
			continue;
		/* "the Russian-held Zaporizhzhia nuclear power plant": the
		 * holder's word is the plant's, the place a modifier; but a
		 * place noun with one word before it is still the place ("the
		 * Houthi-held Ras Isa fuel port") */
		k = m->tok + m->n_tok;
		if (k < s->n && (s->toks[k].flags & TOK_WORD) && !is_cap(s, k) && !s->info[k].roles &&
		    !word_is_any(s, k, place_nouns) && !word_is_any(s, k, when_words) &&
		    !(k + 1 < s->n && word_is_any(s, k + 1, place_nouns)))
			continue;
		/* back over "port of", "capital", "the town of" */
		if (h >= 1 && (s->info[h].roles & R_OF))
			h--;
		if (h >= 1 && word_is_any(s, (size_t)h, place_nouns))
			h--;
		if (h < 0 || h >= (long)m->tok || s->info[h].mention >= 0 ||
		    !(s->toks[h].flags & TOK_HYPHEN) || !(owner = hyphen_owner(c, s, (size_t)h, ymd, held)))
			continue;
		/* "Ukrainian-held Kramatorsk" is Ukraine's anyway */
		if (!strncmp(owner, m->code, 3) && strlen(owner) <= 3)
			continue;
		m->code = owner;
		m->how = "place named after its holder";
	}
}

/* "Turkish-backed Syrian fighters attacked Kurdish forces": fighters of
 * one state that another backs are its rebels (SYRREB), not its army;
 * "U.S.-backed Iraqi forces" and "troops" stay the state's, forces of
 * no named state are rebels ("Kremlin-backed forces").  Needs the
 * mentions marked. */
static void backed_fighters(struct dyad_coder *c, struct sent *s, int32_t ymd)
{
	static const char *const backed[] = { "backed", "supported", "sponsored", "funded",
					      "armed", "trained", NULL };
	static const char *const fighters[] = { "fighters", "fighter", "militia", "militias",
						"militiamen", "irregulars", "volunteers", NULL };
	static const char *const forces[] = { "forces", NULL };
	/* "Turkish-backed forces of Libya's internationally recognised
	 * government": forces a government commands are its army, whoever
	 * backs it */
	static const char *const rulers[] = { "government", "governments", "army", "regime",
					      "administration", NULL };
	size_t i;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		const char *backer;
		char *code;
		size_t t, end = m->tok + m->n_tok;
		int ruled = 0, of = end < s->n && (s->info[end].roles & R_OF);

		for (t = m->tok; t < end; t++)
			of |= (s->info[t].roles & R_OF) != 0;
		/* only the forces' own "of" phrase: not "attacked the
		 * Syrian army" after them */
		for (t = m->tok; of && t < s->n && t < end + 6 && !s->info[t].brk &&
				 !is_punct_tok(s, t, ',') && !(s->info[t].roles & (R_SUB | R_CONJ)); t++)
			ruled |= word_is_any(s, t, rulers);
		if (ruled)
			continue;

		/* "Kremlin-backed forces attacked Pokrovsk", "U.S.-backed
		 * forces in Syria": forces of no state of their own that a
		 * state backs are rebels where they fight (placed later) */
		if (m->kind == M_AGENT && m->code && !strcmp(m->code, "MIL") && !m->person &&
		    m->n_tok == 1 && word_is_any(s, m->tok, forces) && m->tok > 0 &&
		    s->info[m->tok - 1].mention < 0 &&
		    (backer = hyphen_owner(c, s, m->tok - 1, ymd, backed)) && is_state_code(backer)) {
			m->code = "REB";
			m->how = "forces another state backs";
			continue;
		}
		if (!m->code || strlen(m->code) != 6 || strcmp(m->code + 3, "MIL") || m->person ||
		    m->tok == 0 || s->info[m->tok - 1].mention >= 0 ||
		    (!word_is_any(s, m->tok + m->n_tok - 1, fighters) &&
		     /* "U.S.-backed forces in Syria" */
		     !(word_is_any(s, m->tok, forces) && m->how && !strcmp(m->how, "agent of state"))) ||
		    !(backer = hyphen_owner(c, s, m->tok - 1, ymd, backed)) ||
		    !is_state_code(backer) || !strncmp(backer, m->code, 3))
			continue;
		if (!(code = state_role(c, m->code, "REB")))
			return;
		m->code = code;
		m->how = "fighters another state backs";
	}
}

/* Which antecedents "the WORD" can stand for: armed groups ("the
 * militants"), organisations of no state ("the group") or bodies of
 * states ("the bloc", "the watchdog"); 0 for other words. */
enum { ANA_ARMED = 1, ANA_NGO = 2, ANA_IGO = 4 };

static int anaphor_kinds(const struct sent *s, size_t i)
{
	static const char *const armed[] = { "militants", "rebels", "insurgents", "jihadists",
					     "militia", "militiamen", "movement", "guerrillas",
					     "assailants", "attackers", "paramilitaries",
					     "paramilitary", "guerrilla", "faction", NULL };
	static const char *const group[] = { "group", "organisation", "organization", NULL };
	static const char *const igo[] = { "bloc", "alliance", "watchdog", NULL };
	/* "calling on the world body": "body" alone is too often a corpse */
	static const char *const body[] = { "body", NULL };
	static const char *const world[] = { "world", "global", NULL };

	if (is_cap(s, i))
		return 0;       /* "the Group of Seven" */
	if (word_is_any(s, i, body))
		return i > 0 && word_is_any(s, i - 1, world) ? ANA_IGO : 0;
	if (word_is_any(s, i, armed))
		return ANA_ARMED;
	if (word_is_any(s, i, group))
		return ANA_ARMED | ANA_NGO;
	if (word_is_any(s, i, igo))
		return ANA_IGO;
	return 0;
}

/* Whether a mention's code is of a kind anaphor_kinds() allows. */
static int anaphor_fits(const struct mention *m, int kinds)
{
	/* a person of a group or a bloc stands for it: "NATO chief Mark
	 * Rutte ..., and the alliance", "Hezbollah leader Naim Qassem said
	 * the group" */
	if (!m->code || (m->person && !(kinds & (ANA_ARMED | ANA_IGO))) || m->kind == M_PRONOUN ||
	    strlen(m->code) < 6)
		return 0;
	return ((kinds & ANA_ARMED) && armed_group(m->code) && strncmp(m->code, "---", 3)) ||
	       ((kinds & ANA_NGO) && !strncmp(m->code, "NGO", 3)) ||
	       ((kinds & ANA_IGO) && !strncmp(m->code, "IGO", 3));
}

/* Whether the "of" at token I opens a gerund ("accused the alliance of
 * giving", "of supporting terrorism"), the content of an accusation,
 * not a part or a member ("the group of mediators"). */
static int of_gerund(const struct sent *s, size_t i)
{
	size_t len;
	const char *t;

	if (i + 1 >= s->n || !(s->toks[i + 1].flags & TOK_WORD))
		return 0;
	t = tok_text(s, i + 1, &len);
	return len > 4 && !strncmp(t + len - 3, "ing", 3) && !is_cap(s, i + 1);
}

/* Whether token I is "the"; the role bit first, as every token asks. */
static int the_at(const struct sent *s, size_t i)
{
	static const char *const the[] = { "the", NULL };

	return (s->info[i].roles & R_DET) && word_is_any(s, i, the);
}

/* Whether token I is a hyphened word for a group's patron or ties
 * ("Iran-backed", "Kremlin-aligned", "al Qaeda-linked"), which stands
 * between "the" and a group word that refers back. */
static int backing_word(const struct sent *s, size_t i)
{
	static const char *const ties[] = { "backed", "aligned", "allied", "linked", "affiliated",
					    "supported", "sponsored", "funded", NULL };
	size_t len, k, q;
	const char *t = tok_text(s, i, &len);

	if (!(s->toks[i].flags & TOK_HYPHEN))
		return 0;
	for (q = len; q > 0 && t[q - 1] != '-'; q--)
		;
	if (q == 0)
		return 0;
	for (k = 0; ties[k]; k++)
		if (len - q == strlen(ties[k]) && !strncasecmp(t + q, ties[k], len - q))
			return 1;
	return 0;
}

/* "Hezbollah may open a second front, as the group traded fire with
 * Israeli forces", "U.S. forces struck al Shabaab militants after the
 * militants attacked Somali troops", "the West African bloc ECOWAS
 * ... the bloc": "the" and a word for a group stand for the nearest
 * group of that kind the sentence named before.  Needs the mentions
 * sorted and marked; sorts them again. */
static int group_anaphors(struct dyad_coder *c, struct sent *s)
{
	size_t i, n = s->n_ments;
	int pushed = 0;

	static const char *const adjs[] = { "militant", "armed", "islamist", "jihadist", "rebel",
					    "paramilitary", "insurgent", "separatist", "regional",
					    "military", "nuclear", "world", "global", "guerrilla",
					    "shi'ite", "shiite", "shia", "sunni", "kurdish", "leftist",
					    "marxist", "criminal", "extremist", "hardline", "radical",
					    "ethnic", "outlawed", "banned", "mercenary", NULL };

	for (i = 1; i < s->n; i++) {
		int kinds, steps;
		int32_t at = s->info[i].mention, demonym = -1;
		long j, ref = -1;
		size_t len, the = i - 1;
		const char *t;
		struct mention *m;

		/* every token passes here, and few follow "the" */
		kinds = anaphor_kinds(s, i);
		if (!kinds)
			continue;

		/* "the militant group", "the regional bloc", "the nuclear
		 * watchdog"; "the Iran-backed group", "the al Qaeda-linked
		 * group"; "the Islamist militant group", up to three words;
		 * "the Yemeni group", "the Lebanese militant group": a
		 * state's adjective, the state of the group meant */
		for (steps = 0; steps < 3 && the > 0 && !the_at(s, the); steps++) {
			int32_t dm = s->info[the].mention;

			if (word_is_any(s, the, adjs) && dm < 0)
				the--;
			else if (backing_word(s, the))
				the--;
			else if (dm >= 0 && demonym < 0 && s->ments[dm].n_tok == 1 &&
				 s->ments[dm].kind == M_NAME && s->ments[dm].code &&
				 strlen(s->ments[dm].code) == 3 && is_state_code(s->ments[dm].code) &&
				 !is_cap(s, i)) {
				demonym = dm;
				the--;
			} else
				break;
		}
		t = tok_text(s, the, &len);
		/* "the group of mediators", "the group Human Rights Watch";
		 * but "accused the alliance of giving Russia a green light" */
		if (!(len == 3 && !strncasecmp(t, "the", 3)) || s->info[the].mention >= 0 ||
		    (i + 1 < s->n && (((s->info[i + 1].roles & R_OF) && !of_gerund(s, i + 1)) ||
				      s->info[i + 1].mention >= 0)))
			continue;
		/* a mention of its own only if it is the bare role ("militants") */
		if (at >= 0 && (s->ments[at].kind != M_AGENT || s->ments[at].n_tok != 1))
			continue;
		/* "the Yemeni group" is of a group of Yemen only, and stands
		 * for an armed group ("the Lebanese bloc" is no such thing) */
		if (demonym >= 0 && (!(kinds & ANA_ARMED) || at >= 0))
			continue;
		for (j = 0; j < (long)n; j++)
			if (s->ments[j].tok + s->ments[j].n_tok <= the && anaphor_fits(&s->ments[j], kinds) &&
			    (demonym < 0 || (armed_group(s->ments[j].code) &&
					     !strncmp(s->ments[j].code, s->ments[demonym].code, 3))) &&
			    (ref < 0 || s->ments[j].tok > s->ments[ref].tok))
				ref = j;
		if (ref < 0)
			continue;
		if (demonym >= 0) {
			m = &s->ments[demonym];
		} else if (at >= 0) {
			m = &s->ments[at];
		} else {
			if (!(m = push_mention(c, s)))
				return DYAD_ENOMEM;
			pushed = 1;
		}
		*m = s->ments[ref];     /* push_mention may have moved them */
		m->kind = M_NAME;
		m->pair = 0;
		m->person = 0;          /* the group, not its officer */
		m->actor = LEX_NONE;
		m->how = "the group named before";
		set_span(s, m, the, i);
	}
	if (pushed)
		sort_mentions(s);
	mark_tokens(s);
	return DYAD_OK;
}

/* The body a counted or fixed description names whatever the sentence
 * names before it, or NULL: "the world body" and "the 193-member world
 * body" the U.N., "the nuclear watchdog" the IAEA, "the 27-nation bloc"
 * and "the 28-member bloc" the EU, "the 10-nation bloc" ASEAN, "the
 * 32-member alliance" and "the transatlantic alliance" NATO.  MODS are
 * the tokens from FIRST up to the noun at token I. */
static const char *body_epithet(const struct sent *s, size_t first, size_t i)
{
	static const char *const body[] = { "body", NULL }, *const world[] = { "world", NULL };
	static const char *const watchdog[] = { "watchdog", "agency", NULL };
	static const char *const nuclear[] = { "nuclear", "atomic", NULL };
	static const char *const bloc[] = { "bloc", NULL }, *const alliance[] = { "alliance", NULL };
	static const char *const atlantic[] = { "transatlantic", "trans-Atlantic", "Western",
						NULL };
	static const char *const counted[] = { "member", "nation", "country", "state", NULL };
	long count = 0;
	size_t j;

	if (word_is_any(s, i, body))
		return i > first && word_is_any(s, i - 1, world) ? "IGOUNO" : NULL;
	/* ("the nuclear watchdog", not "the nuclear agency's chief" of
	 * a state, which "Iran's" would precede) */
	if (word_is_any(s, i, watchdog))
		return i > first && word_is_any(s, i - 1, nuclear) ? "IGOUNOIAE" : NULL;
	for (j = first; j < i; j++) {
		size_t len, q;
		const char *t = tok_text(s, j, &len);
		char word[16];
		if (word_is_any(s, j, atlantic) && word_is_any(s, i, alliance))
			return "IGOWSTNAT";
		/* "27-nation", "28-member": the count before the hyphen */
		for (q = 0; q < len && t[q] >= '0' && t[q] <= '9'; q++)
			;
		if (!q || q + 1 >= len || t[q] != '-' || len - q - 1 >= sizeof(word))
			continue;
		memcpy(word, t + q + 1, len - q - 1);
		word[len - q - 1] = '\0';
		for (count = 0; counted[count] && strcasecmp(counted[count], word); count++)
			;
		if (!counted[count])
			return NULL;
		count = strtol(t, NULL, 10);
		if (word_is_any(s, i, bloc))
			return count == 27 || count == 28 ? "IGOEUREEC" :
			       count == 10 || count == 11 ? "IGOSEAASN" : NULL;
		if (word_is_any(s, i, alliance))
			return count >= 28 && count <= 32 ? "IGOWSTNAT" : NULL;
	}
	return NULL;
}

/* "the world body", "the nuclear watchdog", "the 27-nation bloc", "the
 * 32-member alliance": descriptions that name one body each
 * (body_epithet()) stand for it whether or not the sentence named it
 * before, over what group_anaphors() took for them ("UNRWA ... the
 * world body" is the U.N. itself); under a Brussels dateline "the bloc"
 * and "the alliance" with nothing named before are the EU and NATO.
 * Needs the mentions marked; sorts them again and marks the tokens. */
static int body_epithets(struct dyad_coder *c, struct sent *s)
{
	static const char *const bloc[] = { "bloc", NULL }, *const alliance[] = { "alliance", NULL };
	size_t i;
	int pushed = 0;

	for (i = 1; i < s->n; i++) {
		size_t the = i - 1, mods = 0;
		const char *code;
		int32_t at = s->info[i].mention;
		struct mention *m;

		if (is_cap(s, i) || !(s->toks[i].flags & TOK_WORD))
			continue;
		while (the > 0 && mods < 3 && !the_at(s, the) &&
		       (s->info[the].mention < 0 || (at >= 0 && s->info[the].mention == at)) &&
		       (s->toks[the].flags & (TOK_WORD | TOK_NUM)) && !s->info[the].roles)
			the--, mods++;
		if (!the_at(s, the))
			continue;
		code = body_epithet(s, the + 1, i);
		/* "BRUSSELS -- The bloc imposed sanctions": under a Brussels
		 * dateline, a bloc or an alliance the sentence names no
		 * antecedent for is the EU's or NATO's */
		if (!code && at < 0 && !mods && !strcmp(c->memo.dateline, "BEL"))
			code = word_is_any(s, i, bloc) ? "IGOEUREEC" :
			       word_is_any(s, i, alliance) ? "IGOWSTNAT" : NULL;
		if (!code)
			continue;
		/* "the world body's" is the body; "the watchdog of" a state
		 * is not ("the nuclear watchdog of Iran" is rare) */
		if (i + 1 < s->n && (s->info[i + 1].roles & R_OF) && !of_gerund(s, i + 1))
			continue;
		if (at >= 0 && s->ments[at].how && !strcmp(s->ments[at].how, "the group named before")) {
			m = &s->ments[at];
		} else if (at >= 0) {
			continue;
		} else {
			if (!(m = push_mention(c, s)))
				return DYAD_ENOMEM;
			pushed = 1;
			m->kind = M_NAME;
			m->after_prep = the > 0 && (s->info[the - 1].roles & R_PREP);
			m->prep_roles = m->after_prep ? s->info[the - 1].roles : 0;
		}
		m->code = code;
		m->actor = LEX_NONE;
		m->person = 0;
		m->pair = 0;
		m->country = 0;
		m->how = "a body by its description";
		set_span(s, m, the, i);
	}
	/* "UNRWA said ... the U.N. agency's staff", "IAEA inspectors ...
	 * inspectors of the U.N. agency": the U.N.'s agency named before,
	 * one mention over the phrase */
	for (i = 2; i < s->n; i++) {
		static const char *const agency[] = { "agency", "watchdog", NULL };
		int32_t un = s->info[i - 1].mention;
		long k, ref = -1;
		struct mention *m;
		if (!word_is_any(s, i, agency) || s->info[i].mention >= 0 || un < 0 ||
		    !the_at(s, i - 2) || !s->ments[un].code || strcmp(s->ments[un].code, "IGOUNO") ||
		    s->ments[un].n_tok != 1)
			continue;
		for (k = 0; k < (long)s->n_ments; k++)
			if (s->ments[k].tok < i - 2 && s->ments[k].code &&
			    !strncmp(s->ments[k].code, "IGOUNO", 6) && strlen(s->ments[k].code) > 6 &&
			    (ref < 0 || s->ments[k].tok > s->ments[ref].tok))
				ref = k;
		if (ref < 0)
			continue;
		m = &s->ments[un];
		m->code = s->ments[ref].code;
		m->actor = LEX_NONE;
		m->how = "the U.N. agency named before";
		set_span(s, m, i - 2, i);
	}
	if (pushed)
		sort_mentions(s);
	mark_tokens(s);
	return DYAD_OK;
}

/* Whether CODE is a group of no state's government: an armed group
 * (LBNREB, CODREBM23, IMGMUSISI) or an organisation (IGO..., NGO...). */
static int group_code(const char *code)
{
	return code && strlen(code) >= 6 && strncmp(code, "---", 3) &&
	       (armed_group(code) || !strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3));
}

/* "the group's leaders urged", "a senior official of the group warned",
 * "a commander of Hezbollah", "the alliance's chief": an officer,
 * fighter or member of a group (an armed group, a bloc, an agency)
 * named right before it with a possessive, or right after it with "of"
 * or "from", acts for the group, not for the state of the place the
 * sentence names (M23's leaders are not CODGOV).  The two are merged
 * into one mention with the group's code.  Roles of people the group
 * acts on (civilians, hostages) are left alone.  Needs the mentions
 * sorted and marked; marks no tokens. */
static void group_members(struct sent *s)
{
	static const char *const member_roles[] = { "GOV", "MIL", "REB", "INS", "SPY", "OPP",
						    "PTY", NULL };
	static const char *const of_from[] = { "of", "from", NULL };
	static const char *const group_heads[] = { "chief", "head", "leader", "boss", "commander",
						   "secretary-general", "spokesman", "spokeswoman",
						   "spokesperson", "founder", NULL };
	static const char *const wing_mods[] = { "armed", "military", "political", NULL };
	static const char *const wings[] = { "wing", NULL };
	size_t i, out = 0;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *a = &s->ments[i], *b = i + 1 < s->n_ments ? &s->ments[i + 1] : NULL;
		const struct mention *p = out ? &s->ments[out - 1] : NULL;
		uint32_t end = a->tok + a->n_tok, k;
		size_t r;
		int member = 0;

		if (a->kind == M_AGENT && !a->person && a->code && strlen(a->code) == 3)
			for (r = 0; member_roles[r]; r++)
				member |= !strcmp(a->code, member_roles[r]);
		/* "the group's leaders": the group's possessive before */
		/* "Khalifa Haftar's eastern-based forces": a rebel leader's
		 * fighters are his group's */
		if (member && p && group_code(p->code) && (!p->person || armed_group(p->code)) &&
		    p->kind != M_PRONOUN &&
		    p->tok + p->n_tok < a->tok && (s->info[p->tok + p->n_tok].roles & R_POSS) &&
		    !(s->info[p->tok + p->n_tok].roles & R_PRON) &&
		    modifiers_only(s, p->tok + p->n_tok + 1, a->tok, 0)) {
			struct mention *q = &s->ments[out - 1];
			q->n_tok = end - q->tok;
			q->end = a->end;
			q->how = "member of the group named before it";
			continue;       /* a is dropped */
		}
		/* "a senior official of the group", "commanders from Hamas" */
		k = end;
		if (member && b && k + 1 < s->n && word_is_any(s, k, of_from)) {
			k++;
			/* "of the group": the anaphor's mention holds "the" */
			if (b->tok != k && (s->info[k].roles & R_DET) && !(s->info[k].roles & R_POSS))
				k++;
			if (b->tok == k && group_code(b->code) && !b->person && b->kind != M_PRONOUN) {
				extend_left(b, a);
				b->after_prep = a->after_prep;
				b->prep_roles = a->prep_roles;
				b->how = "member of the group named after it";
				continue;       /* a is dropped */
			}
		}
		/* "the alliance's chief praised": a bare title after the
		 * group's possessive is its officer */
		/* "the Islamist group's armed wing said it had fired" */
		k = end + 1 < s->n && word_is_any(s, end + 1, wing_mods) ? end + 2 : end + 1;
		if (group_code(a->code) && !a->person && a->kind != M_PRONOUN && k < s->n &&
		    (s->info[end].roles & R_POSS) && !(s->info[end].roles & R_PRON) &&
		    s->info[k].mention < 0 && s->info[end + 1].mention < 0 &&
		    (word_is_any(s, k, group_heads) || (k == end + 2 && word_is_any(s, k, wings))) &&
		    (!b || b->tok > k)) {
			a->n_tok = k + 1 - a->tok;
			a->end = s->toks[k].end - s->base;
			a->how = "officer of the group named before";
		}
		if (out != i)
			s->ments[out] = *a;
		out++;
	}
	s->n_ments = out;
}

/* Whether token AT follows "hours after", "days after", "a week
 * after" (a time anchor to an earlier event, not coded) within its
 * clause. */
static int in_time_anchor(const struct sent *s, size_t at)
{
	static const char *const after[] = { "after", NULL };
	static const char *const units[] = { "hours", "days", "weeks", "months", "hour", "day",
					     "week", "month", "minutes", NULL };
	size_t j;

	for (j = at; j-- > 1 && at - j <= 14;) {
		if ((s->info[j].roles & R_CONJ) || is_punct_tok(s, j, ','))
			return 0;
		if (word_is_any(s, j, after))
			return word_is_any(s, j - 1, units);
	}
	return 0;
}

/* Words that say which states a "state", "nation", "country" or
 * "republic" can be: regions ("the Gulf state", "the Baltic state", "the
 * West African nation", "the former Soviet republic") and kinds ("the
 * communist state", "the reclusive state", "the war-torn country").  A
 * word with a PREV must follow it ("Central Asian", "former Soviet"). */
static const struct {
	const char *word, *prev, *states;
} state_descs[] = {
	{ "Gulf", NULL, "SAU ARE QAT KWT BHR OMN" },
	{ "Baltic", NULL, "EST LVA LTU" },
	{ "Nordic", NULL, "NOR SWE DNK FIN ISL" },
	{ "Scandinavian", NULL, "NOR SWE DNK" },
	{ "Balkan", NULL, "SRB BIH MNE MKD ALB KOS HRV SVN BGR" },
	{ "Asian", "Central", "KAZ KGZ TJK TKM UZB" },
	{ "Asian", "Southeast", "IDN MYS PHL THA VNM KHM LAO MMR SGP BRN TLS" },
	{ "Asian", "South", "IND PAK BGD LKA NPL BTN MDV AFG" },
	{ "Caucasus", NULL, "ARM AZE GEO" },
	{ "Himalayan", NULL, "NPL BTN" },
	{ "African", "West", "NGA GHA SEN MLI BFA NER CIV GIN GMB GNB LBR SLE TGO BEN MRT CPV" },
	{ "African", "Central", "CAF CMR TCD GAB COG COD GNQ" },
	{ "African", "East", "KEN TZA UGA RWA BDI ETH SOM SSD ERI DJI" },
	{ "African", "North", "MAR DZA TUN LBY EGY" },
	{ "African", "southern", "ZAF ZWE ZMB MOZ BWA NAM MWI AGO LSO SWZ" },
	{ "Sahel", NULL, "MLI BFA NER TCD MRT" },
	{ "Sahelian", NULL, "MLI BFA NER TCD MRT" },
	{ "American", "South", "ARG BRA CHL COL PER VEN ECU BOL PRY URY GUY SUR" },
	{ "American", "Central", "GTM HND SLV NIC CRI PAN BLZ" },
	{ "American", "Latin", "ARG BRA CHL COL PER VEN ECU BOL PRY URY MEX CUB DOM GTM HND SLV "
			       "NIC CRI PAN HTI" },
	{ "Andean", NULL, "COL PER ECU BOL VEN CHL" },
	{ "Caribbean", NULL, "CUB HTI DOM JAM TTO BHS BRB GRD LCA VCT ATG KNA DMA" },
	{ "Soviet", "former", "ARM AZE BLR EST GEO KAZ KGZ LVA LTU MDA TJK TKM UKR UZB" },
	{ "communist", NULL, "PRK CHN VNM CUB LAO" },
	{ "communist-run", NULL, "PRK CHN VNM CUB LAO" },
	{ "communist-ruled", NULL, "PRK CHN VNM CUB LAO" },
	{ "hermit", NULL, "PRK" },
	{ "reclusive", NULL, "PRK TKM ERI" },
	{ "isolated", NULL, "PRK BLR CUB IRN VEN AFG MMR SYR ERI TKM" },
	{ "war-torn", NULL, "SYR YEM SDN SSD AFG UKR LBY SOM IRQ MMR COD PSE HTI CAF MLI ETH" },
	{ "war-ravaged", NULL, "SYR YEM SDN SSD AFG UKR LBY SOM IRQ MMR COD PSE HTI CAF MLI ETH" },
	{ "oil-rich", NULL, "SAU ARE KWT QAT VEN NGA LBY IRQ BRN AGO OMN BHR GAB GNQ KAZ AZE" },
	{ "energy-rich", NULL, "SAU ARE KWT QAT VEN NGA LBY IRQ BRN AGO OMN BHR KAZ AZE TKM" },
	{ "Jewish", NULL, "ISR" },
};

/* The entry of state_descs[] the word at token W is, or -1. */
static long state_desc(const struct sent *s, size_t w)
{
	size_t len, k;
	const char *t = tok_text(s, w, &len);

	for (k = 0; k < sizeof(state_descs) / sizeof(state_descs[0]); k++) {
		size_t pl;
		const char *pt;
		if (len != strlen(state_descs[k].word) || strncmp(t, state_descs[k].word, len))
			continue;
		if (!state_descs[k].prev)
			return (long)k;
		if (w == 0)
			continue;
		pt = tok_text(s, w - 1, &pl);
		if (pl == strlen(state_descs[k].prev) && !strncasecmp(pt, state_descs[k].prev, pl))
			return (long)k;
	}
	return -1;
}

/* Whether CODE is a state the word at token W describes ("the Gulf
 * state", "the Central Asian country", "the communist state", "the
 * former Soviet republic"); 0 for other words. */
static int region_state(const struct sent *s, size_t w, const char *code)
{
	long k = state_desc(s, w);
	const char *p;

	if (k < 0)
		return 0;
	for (p = state_descs[k].states; *p; p += p[3] ? 4 : 3)
		if (!strncmp(code, p, 3))
			return 1;
	return 0;
}

/* How many words the description at token W takes (2 for "Central
 * Asian", "former Soviet"), 0 when it is none. */
static int desc_words(const struct sent *s, size_t w)
{
	long k = state_desc(s, w);

	return k < 0 ? 0 : state_descs[k].prev ? 2 : 1;
}

/* The one state the description at token W fits ("hermit", "Jewish"),
 * or NULL when it fits several or is none. */
static const char *desc_only_state(const struct sent *s, size_t w)
{
	static const char *const one[] = { "PRK", "ISR", NULL };
	long k = state_desc(s, w);
	size_t j;

	if (k < 0 || strlen(state_descs[k].states) != 3)
		return NULL;
	for (j = 0; one[j]; j++)
		if (!strcmp(one[j], state_descs[k].states))
			return one[j];
	return NULL;
}

/* Whether the word at token W is one region_state() knows. */
static int region_word(const struct sent *s, size_t w)
{
	return state_desc(s, w) >= 0;
}

/* Whether a mention (a role: "foreign ministry", "top diplomat")
 * starts at token AT, past up to two modifiers. */
static int possessed_role(const struct sent *s, size_t at)
{
	size_t j;

	for (j = at; j < s->n && j < at + 3; j++) {
		if (s->info[j].mention >= 0)
			return 1;
		if (!(s->toks[j].flags & TOK_WORD) || s->info[j].roles)
			return 0;
	}
	return 0;
}

/* Whether the word at token J reads as a verb of arriving ("arrived in
 * the city-state"): where one lands is a party to the visit. */
static int arrival_verb(struct dyad_coder *c, const struct sent *s, size_t j)
{
	static const char *const arrive[] = { "arrive", "land", "travel", "fly", NULL };
	const char *lemma;
	size_t k;

	if (s->info[j].vlemma == LEX_NONE)
		return 0;
	lemma = lex_word_str(c->lex, s->info[j].vlemma);
	for (k = 0; arrive[k]; k++)
		if (!strcmp(lemma, arrive[k]))
			return 1;
	return 0;
}

/* "airdropped food into", "air-dropped food parcels into": a verb
 * right before the object carried to the word "into" at `into`, the
 * verb read in the past (the word before, or one of two before that in
 * "-ed"); "the flow of aid into" has none. */
static int carried_into(const struct sent *s, size_t into)
{
	size_t k, len;

	for (k = into >= 2 ? into - 2 : 0; k + 4 >= into && k > 0; k--) {
		const char *t = tok_text(s, k, &len);
		if (s->info[k].mention >= 0 || !(s->toks[k].flags & TOK_WORD))
			return 0;
		if (s->info[k].vlemma != LEX_NONE && (k + 2 == into || (len > 2 && !strncmp(t + len - 2, "ed", 2))))
			return 1;
	}
	return 0;
}

/* "Israel struck Doha, and the Gulf state accused it", "thanked the
 * kingdom", "China's drills around the island": "the" and a word for
 * one kind of state (kingdom, emirate, sultanate, island, enclave; a
 * "state", "nation" or "country" of a region, region_state()), after
 * up to two modifiers ("the energy-rich Gulf state", "the self-ruled
 * island"), stand for the
 * nearest state named before that is of that kind (state_kind_fits());
 * none when no state of the kind is named.  Possessives ("the
 * kingdom's") are country_anaphor()'s.  Needs the mentions sorted and
 * marked; sorts them again and marks the tokens. */
static int kind_anaphors(struct dyad_coder *c, struct sent *s)
{
	static const char *const state_words[] = { "state", "nation", "country", "republic", NULL };
	static const char *const inside_preps[] = { "of", "into", "in", "inside", "within", "from",
						    "across", "throughout", NULL };
	static const char *const on_against[] = { "on", "against", NULL };
	static const char *const into_w[] = { "into", NULL };
	size_t i, n = s->n_ments;
	int pushed = 0;

	for (i = 1; i < s->n; i++) {
		size_t the = i - 1, mods = 0;
		long k, ref = -1;
		struct mention *m;
		char *st;

		if (!s->info[i].kind_word || is_cap(s, i) || s->info[i].mention >= 0)
			continue;
		/* back over up to two modifiers to "the" */
		/* ("the isolated state", "the former Soviet republic": a
		 * describing word may read as a verb or a name) */
		while (the > 0 && mods < 2 && !the_at(s, the) && !s->info[the].roles &&
		       (s->toks[the].flags & TOK_WORD) &&
		       ((s->toks[the].flags & TOK_HYPHEN) || region_word(s, the) ||
			(s->info[the].mention < 0 && s->info[the].vlemma == LEX_NONE)))
			the--, mods++;
		if (!the_at(s, the))
			continue;
		/* "a blockade of the island", "the flow of aid into the
		 * enclave": a place inside a noun's phrase, not a party
		 * ("drills around the island", "missiles off the island"
		 * are aimed at it) */
		/* ("airdropped food into the enclave", "sent fuel into the
		 * enclave": a verb's object carried into the place, which is
		 * the party) */
		if (the >= 2 && word_is_any(s, the - 1, inside_preps) && !s->info[the - 2].verb &&
		    !arrival_verb(c, s, the - 2) &&     /* ("arrived in the city-state") */
		    !s->info[the - 2].roles && s->info[the - 2].mention < 0 &&
		    (s->toks[the - 2].flags & TOK_WORD) && !is_cap(s, the - 2) &&
		    !(word_is_any(s, the - 1, into_w) && carried_into(s, the - 1)))
			continue;
		/* "hours after Washington said it would remove the island
		 * from its list": a time anchor to an earlier event */
		if (in_time_anchor(s, the))
			continue;
		/* "the state", "the nation" and "the country" only of a
		 * region or kind ("the Gulf state", "the communist state"):
		 * a plain "the country" is too often the subject's own
		 * ("ordered Afghans to leave the country", "entered the
		 * country illegally") to be guessed */
		if (word_is_any(s, i, state_words) && !(i > 0 && region_word(s, i - 1)))
			continue;
		/* "the island of Hainan", "the kingdom's foreign ministry",
		 * "the enclave Gaza"; but "sanctions on the island's
		 * exports" are on the island, whose possessive owns no role
		 * (after "on" or "against" only: "stop the kingdom's arms
		 * purchases" names no party acted on) */
		if (i + 1 < s->n && (s->info[i + 1].roles & R_POSS) && !possessed_role(s, i + 2) &&
		    the > 0 && word_is_any(s, the - 1, on_against))
			;
		else if (i + 1 < s->n && ((s->info[i + 1].roles & R_POSS) || s->info[i + 1].mention >= 0 ||
				     ((s->info[i + 1].roles & R_OF) && !of_gerund(s, i + 1)) ||
				     is_cap(s, i + 1)))
			continue;
		for (k = (long)n; k-- > 0;) {
			const struct mention *a = &s->ments[k];
			if (a->tok >= the || a->kind == M_PRONOUN || !a->code || !is_state_code(a->code) ||
			    !strncmp(a->code, "---", 3) || armed_group(a->code))
				continue;
			/* ("the hermit kingdom", "the communist-run island":
			 * the describing word picks among the kind) */
			if (word_is_any(s, i, state_words) || region_word(s, i - 1) ?
				    !region_state(s, i - 1, a->code) : !state_kind_fits(s, i, a->code))
				continue;
			ref = k;
			break;
		}
		/* "protested to the hermit kingdom", "the Jewish nation": a
		 * description only one state fits names it, named before or
		 * not */
		if (ref < 0 && region_word(s, i - 1) && desc_only_state(s, i - 1)) {
			if (!(m = push_mention(c, s)))
				return DYAD_ENOMEM;
			pushed = 1;
			m->code = desc_only_state(s, i - 1);
			m->kind = M_NAME;
			m->country = 1;
			m->after_prep = the > 0 && (s->info[the - 1].roles & R_PREP);
			m->prep_roles = m->after_prep ? s->info[the - 1].roles : 0;
			m->how = "the one state of its kind";
			set_span(s, m, the, i);
			continue;
		}
		/* "SINGAPORE -- The city-state hosted", "TAIPEI -- ... drills
		 * around the island": the dateline's state, if of the kind */
		if (ref < 0 && c->memo.dateline[0] &&
		    (word_is_any(s, i, state_words) ? region_state(s, i - 1, c->memo.dateline) :
						       state_kind_fits(s, i, c->memo.dateline) &&
						       state_kind_fits(s, i, "---") == 0)) {
			if (!(st = arena_alloc(&c->mem, 4)))
				return DYAD_ENOMEM;
			memcpy(st, c->memo.dateline, 4);
			if (!(m = push_mention(c, s)))
				return DYAD_ENOMEM;
			pushed = 1;
			m->code = st;
			m->kind = M_NAME;
			m->country = 1;
			m->after_prep = the > 0 && (s->info[the - 1].roles & R_PREP);
			m->prep_roles = m->after_prep ? s->info[the - 1].roles : 0;
			m->how = "the dateline's state of its kind";
			set_span(s, m, the, i);
			continue;
		}
		if (ref < 0)
			continue;
		if (!(st = arena_alloc(&c->mem, 4)))
			return DYAD_ENOMEM;
		memcpy(st, s->ments[ref].code, 3);
		st[3] = '\0';
		if (!(m = push_mention(c, s)))
			return DYAD_ENOMEM;
		pushed = 1;
		*m = s->ments[ref];     /* push_mention may have moved them */
		m->code = st;
		m->kind = M_NAME;
		m->country = 1;
		m->person = 0;
		m->actor = LEX_NONE;
		m->pair = 0;
		m->after_prep = the > 0 && (s->info[the - 1].roles & R_PREP);
		m->prep_roles = m->after_prep ? s->info[the - 1].roles : 0;
		m->how = "the state of its kind named before";
		set_span(s, m, the, i);
	}
	if (pushed)
		sort_mentions(s);
	mark_tokens(s);
	return DYAD_OK;
}

/* "set fire to the entrance of the French embassy", "stormed the outer
 * wall of the U.S. embassy compound": the word before a part of the
 * premises named first, or @j itself. */
static long premises_part(const struct sent *s, long j)
{
	static const char *const parts[] = { "entrance", "gate", "gates", "door", "doors", NULL };
	static const char *const of[] = { "of", NULL };
	long k;

	if (j < 1 || !word_is_any(s, (size_t)j, of))
		return j;
	for (k = j - 1; k > 0 && k > j - 3 && !word_is_any(s, (size_t)k, parts); k--)
		;
	if (!word_is_any(s, (size_t)k, parts))
		return j;
	for (j = k - 1; j >= 0 && j >= k - 2 && !(s->info[j].roles & (R_PREP | R_TO)) &&
			s->info[j].vlemma == LEX_NONE;
	     j--)
		;
	return j;
}

/* "rallied outside the U.S. embassy", "marched towards the French
 * embassy", "marched on the Israeli embassy": 1 when the word at @j, just
 * before the premises, makes them a place of protest, not the diplomats
 * (a letter handed "to the U.S. embassy" goes to the diplomats).  A
 * leader or government of the same state named elsewhere in the sentence
 * ("outside the U.S. embassy ... against President Trump's recognition")
 * keeps the protest at the government (the caller checks that). */
static int protested_premises(struct dyad_coder *c, const struct sent *s, long j)
{
	static const char *const protest_v[] = { "rally", "protest", "march", "gather", "demonstrate",
						 "assemble", "converge", "picket", "chant", "burn",
						 "throw", "hold", "stage", "camp", "mass", NULL };
	static const char *const protest_n[] = { "protest", "protests", "rally", "rallies",
						 "demonstration", "demonstrations", "vigil", "vigils",
						 "sit-in", "picket", "march", "protesters", "hunger",
						 NULL };
	/* "picketed the U.S. embassy", "surrounded the Israeli embassy" */
	static const char *const ringed[] = { "picket", "surround", "blockade", NULL };
	long k;
	int protest = 0;

	static const char *const premise_preps[] = { "outside", "near", "towards", "toward", NULL };
	static const char *const moved_to[] = { "march", "walk", "parade", "converge", "move", NULL };
	static const char *const of[] = { "of", NULL };
	static const char *const front[] = { "front", NULL };
	static const char *const to_on[] = { "to", "on", NULL };

	if (j < 0)
		return 0;
	if (s->info[j].vlemma != LEX_NONE) {
		const char *lemma = lex_word_str(c->lex, s->info[j].vlemma);
		size_t f;
		for (f = 0; ringed[f] && strcmp(ringed[f], lemma); f++)
			;
		if (ringed[f])
			return 1;
	}
	/* only where a crowd protests: "the suicide bombing outside the
	 * Russian embassy" struck the mission's staff */
	for (k = j - 1; k >= 0 && k >= j - 10 && !protest; k--) {
		if (word_is_any(s, (size_t)k, protest_n))
			protest = 1;
		else if (s->info[k].vlemma != LEX_NONE) {
			const char *lemma = lex_word_str(c->lex, s->info[k].vlemma);
			size_t f;
			for (f = 0; protest_v[f] && strcmp(protest_v[f], lemma); f++)
				;
			protest = protest_v[f] != NULL;
		}
	}
	if (!protest)
		return 0;
	/* "in front of the embassy" */
	if (word_is_any(s, (size_t)j, of) && j >= 1 && word_is_any(s, (size_t)j - 1, front))
		return 1;
	if (word_is_any(s, (size_t)j, premise_preps))
		return 1;
	/* "marched to the U.S. consulate", "marched on the Israeli embassy" */
	if (j >= 1 && word_is_any(s, (size_t)j, to_on) && s->info[j - 1].vlemma != LEX_NONE) {
		const char *lemma = lex_word_str(c->lex, s->info[j - 1].vlemma);
		size_t f;
		for (f = 0; moved_to[f] && strcmp(moved_to[f], lemma); f++)
			;
		return moved_to[f] != NULL;
	}
	return 0;
}

/* "Protesters stormed the Swedish embassy in Baghdad", "attacked the
 * embassies of France, the United States and Rwanda", "an air strike on
 * its consulate in Damascus": an embassy or consulate attacked is the
 * building, and stands for its state (SWE), not for the diplomats who
 * speak for it ("China's embassy in Washington said" stays CHNGOV).
 * So is one protested at ("rallied outside the U.S. embassy": USA),
 * unless the sentence names that state's government or leader too. */
static void attacked_premises(struct dyad_coder *c, struct sent *s)
{
	static const char *const premises[] = { "embassy", "embassies", "consulate", "consulates",
						 "commission", NULL };
	static const char *const high[] = { "high", NULL };
	static const char *const particles[] = { "down", "into", "through", NULL };
	static const char *const force[] = { "storm", "attack", "torch", "burn", "ransack", "besiege",
					     "break", "smash", "barge", "pelt",
					     "bomb", "firebomb", "raid", "stone", "vandalise", "vandalize",
					     "strike", "shell", "breach", "overrun", "loot", NULL };
	static const char *const force_nouns[] = { "attack", "attacks", "assault", "siege", "strike",
						   "strikes", "raid", "fire", NULL };
	static const char *const on[] = { "on", "against", "to", NULL };
	size_t i, k;

	for (i = 0; i < s->n_ments; i++) {
		struct mention *m = &s->ments[i];
		long j = (long)m->tok - 1;
		int hit = 0;
		char *bare;

		if (m->person || !m->code || strlen(m->code) != 6 || strcmp(m->code + 3, "GOV") ||
		    !is_state_code(m->code) || !strncmp(m->code, "---", 3))
			continue;
		for (k = m->tok; k < m->tok + m->n_tok && !word_is_any(s, k, premises); k++)
			;
		if (k == m->tok + m->n_tok)
			continue;
		/* a "high commission" is an embassy; another commission is not */
		if (word_is_any(s, k, premises + 4) && (k == 0 || !word_is_any(s, k - 1, high)))
			continue;
		while (j >= 0 && (s->info[j].roles & R_DET))
			j--;
		j = premises_part(s, j);
		/* "burned down the consulate", "broke into the embassy" */
		if (j >= 1 && word_is_any(s, (size_t)j, particles))
			j--;
		if (j >= 0 && s->info[j].vlemma != LEX_NONE) {
			const char *lemma = lex_word_str(c->lex, s->info[j].vlemma);
			size_t f;
			for (f = 0; force[f] && strcmp(force[f], lemma); f++)
				;
			hit = force[f] != NULL;
		}
		if (!hit && j >= 1 && word_is_any(s, (size_t)j, on) && word_is_any(s, (size_t)j - 1, force_nouns))
			hit = 1;
		if (!hit && protested_premises(c, s, j)) {
			size_t o;
			hit = 1;
			for (o = 0; o < s->n_ments && hit; o++)
				if (o != i && s->ments[o].code && !strcmp(s->ments[o].code, m->code))
					hit = 0;
		}
		if (hit && (bare = state_role(c, m->code, "")))
			m->code = bare;
	}
}

int match_mentions(struct dyad_coder *c, struct sent *s)
{
	int32_t ymd = s->pub.precision ? s->pub.ymd : 0;
	int rc;
	size_t k;

	c->ymd = ymd;
	s->n_ments = 0;
	if ((rc = find_names(c, s, ymd)))
		return rc;
	named_roles(s);
	seat_metonyms(s);
	combine_agents(c, s, ymd);
	attributive_roles(c, s);
	distribute_roles(c, s);
	mark_tokens(s);
	allies_of_states(s);
	mark_tokens(s);
	if ((rc = split_hyphens(c, s, ymd)) || (rc = anti_states(c, s, ymd)) ||
	    (rc = find_surnames(c, s, ymd)) ||
	    (rc = find_appositions(c, s)))
		return rc;
	sort_mentions(s);
	pair_agents(c, s);
	mark_tokens(s);
	if ((rc = find_people(c, s)))
		return rc;
	sort_mentions(s);
	merge_titles(s);
	merge_descriptors(s);
	loyal_roles(c, s);
	led_roles(c, s);
	borrow_states(c, s);
	mark_tokens(s);
	appositive_roles(s);
	mark_tokens(s);
	apposition_asides(s);
	mark_tokens(s);
	titled_name_asides(s);
	mark_tokens(s);
	alias_asides(s);
	mark_tokens(s);
	possessed_roles(c, s);
	run_by_roles(c, s, ymd);
	if ((rc = led_strikes(c, s, ymd)))
		return rc;
	sort_mentions(s);
	held_places(c, s, ymd);
	mark_tokens(s);
	backed_fighters(c, s, ymd);
	if ((rc = group_anaphors(c, s)) || (rc = body_epithets(c, s)) ||
	    (rc = kind_anaphors(c, s)))
		return rc;
	group_members(s);
	speakers_for_bodies(c, s);
	lone_state(c, s);
	place_roles(c, s, 0);
	counted_people(c, s);
	/* before the pronouns: "Ukraine's SBU said it ..." is the SBU's */
	merge_possessors(s);
	head_of_bodies(s);
	media_pieces(s);
	titled_without_state(c, s);
	mark_tokens(s);
	/* ("The isolated North fired ..., and Japan protested to the
	 * communist state": the Korean sides are found late) */
	if ((rc = korean_sides(c, s)) || (rc = kind_anaphors(c, s)) || (rc = counted_states(c, s)) ||
	    (rc = find_pronouns(c, s)) || (rc = quoted_first_persons(c, s)))
		return rc;
	sort_mentions(s);
	mark_tokens(s);
	/* ("Hamas, the Islamist group that rules Gaza, freed": the
	 * anaphors found since) */
	apposition_asides(s);
	mark_tokens(s);
	/* "the North's foreign ministry": the Korean sides are found late */
	possessed_roles(c, s);
	owned_agents(c, s);
	if ((rc = ruler_roles(c, s)))
		return rc;
	mark_tokens(s);
	if ((rc = neighbour_anaphors(c, s)))
		return rc;
	place_roles(c, s, 1);   /* the owned roles whose pronoun found no owner */
	mark_tokens(s);
	headline_commas(c->lex, s);
	headline_colons(s);
	headline_verbless(c, s);
	link_mentions(c, s);
	attacked_premises(c, s);
	/* a place named after "on" ("on Sentosa island") is where, as
	 * after "in" or "at" */
	for (k = 0; k < s->n_ments; k++)
		if (s->ments[k].after_prep && s->ments[k].how && !strcmp(s->ments[k].how, "place"))
			s->ments[k].prep_roles |= R_LOC;
	if ((rc = counterparts_from(c, s)) || (rc = plural_pronouns(c, s)) ||
	    (rc = pair_anaphors(c, s)) || (rc = warring_sides(c, s)) || (rc = act_anaphors(c, s)) ||
	    (rc = story_group_anaphors(c, s)) || (rc = story_them_pair(c, s)))
		return rc;
	remember_roles(c, s);
	remember_pair(c, s);
	return DYAD_OK;
}
